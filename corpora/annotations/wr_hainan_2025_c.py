"""Gold annotations for wr_hainan_2025_c (2025年海南省政府工作报告, review items （一）-（二）),
lines 10-12 of shared/texts/work_report/wr_hainan_2025.txt.

The excerpt corpora/wr_hainan_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the line 一年来，主要做了以下工作。 that opens the list of
the year's work, review item （一）加快发展新质生产力 (industry, tourism, agriculture and
fishery, duty-free consumption, the “五向图强” fields) and review item （二）锚定封关运作目标
(customs-closure preparation, free-trade-port policies, opening, shipping registry, the
anti-smuggling line), both in full.  The line range was given by the brief (lines 10-12,
2,123 characters with the final newline); lines 17-25 are annotated in wr_hainan_2025 and
62-76 in wr_hainan_2025_b (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hainan_2025_c"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hainan_2025.txt"
FIRST, LAST = 10, 12                    # 1-based, inclusive, whole lines
TITLE = "2025年海南省政府工作报告"
HN_ALTS = ["海南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一年来，主要做了以下工作。",
                 ends="全岛闭环的反走私防线持续筑牢。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity (as wr_hainan_2025)")
LIST500_NOTE = ("list label {} (a top-500 ranking the firm or firms entered), a class that "
                "defines a set, not a measured rank of the subject (as 世界500强 / 百强县 in "
                "other golds)")
ZERO_NOTE = "label 零关税 ('zero tariff', as 零碳 in README §2), not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in the review of 2024.  Line 1 (一年来，主要做了以下工作。) names the review
# year but holds no number, and a period never reaches the next line (SPEC §4).  Lines 2-3
# (items （一） and （二）) state no period of their own: they take the review year 2024 as the
# section frame (SPEC §4) with the excerpt's own name of that year, 一年来 (line 1), as period
# text and null in period_alts (as wr_liaoning_2025 / wr_hainan_2025).  Stocks (已建成, 累计,
# 增至, shares of installed capacity, the size of a set or a staff at a moment) → the instant
# 2024-12-31, the year and null as alts.  No 预计 in items （一）-（二） → modality actual
# throughout.
YF = P("一年来", "2024-01-01", "2024-12-31")
YF_NULL = P("一年来", None, None)
YF_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=YF, period_alts=[YF_NULL])
STOCK = dict(period=YF_END, period_alts=[YF, YF_NULL])
LEVEL = dict(period=YF, period_alts=[YF_NULL, YF_END])
FRAME_NOTE = ("no period in the line: review year 2024 (section frame, period text 一年来 "
              "of line 1), null as alt")
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")


# ==== line 1 (source 10): 一年来，主要做了以下工作。 ==============================================
g.neg("一年来，主要做了", "一年来", PERIOD_NOTE + " (the review year 2024; the line holds no "
      "number, and the period text of the review facts below)")

# ==== line 2 (source 11): （一）加快发展新质生产力 ===============================================
g.neg("（一）加快发展", "（一）", MARKER_NOTE)
fact("现代服务业增加值增长7%", "7%", value=7, unit="%", kind="growth",
     metric="现代服务业增加值", metric_alts=["现代服务业"], comparison="yoy", **FLOW,
     note=FRAME_NOTE)
fact("高新技术产业增加值增长8%", "8%", value=8, unit="%", kind="growth",
     metric="高新技术产业增加值", metric_alts=["高新技术产业"], comparison="yoy", **FLOW)
fact("相关服务业营收增长9%", "9%", value=9, unit="%", kind="growth",
     metric="规模以上互联网和相关服务业营收",
     metric_alts=["规上互联网和相关服务业营收", "互联网和相关服务业营收",
                  "规模以上互联网和相关服务业营业收入", "互联网和相关服务业营业收入",
                  "互联网和相关服务业"], comparison="yoy", **FLOW)
fact("技术服务业营收增长14.9%", "14.9%", value=14.9, unit="%", kind="growth",
     metric="科学研究和技术服务业营收",
     metric_alts=["科学研究和技术服务业营业收入", "科学研究和技术服务业",
                  "规模以上科学研究和技术服务业营收"], comparison="yoy", **FLOW,
     note="the 规模以上 of the previous item may or may not carry over: the form with it as alt")
g.neg("四大主导产业［7］", "四大", "set label N大 (四大主导产业, Hainan's four leading "
      "industries named as a group; README §2 八大), not a count claim")
g.neg("四大主导产业［7］", "［7］", FOOTNOTE_NOTE)
LEAD = ["四大主导产业", "海南省四大主导产业"] + [PLACE] + HN_ALTS
fact("增加值占比提高4个百分点", "4个百分点", value=4, unit="pp", kind="change",
     metric="四大主导产业增加值占比",
     metric_alts=["四大主导产业增加值占GDP比重", "四大主导产业增加值占地区生产总值比重",
                  "主导产业增加值占比", "增加值占比", "四大主导产业增加值比重"],
     comparison="yoy", **FLOW,
     note="提高 N 个百分点 → change in pp of the share (README §3: the share's metric), "
          "against the year before → yoy; the footnote ［7］ and the set label 四大 are "
          "negatives")
fact("纳税人净增长10.5%", "10.5%", value=10.5, unit="%", kind="growth",
     metric="四大主导产业纳税人",
     metric_alts=["纳税人", "纳税人数量", "四大主导产业纳税人数量", "纳税人净增长",
                  "四大主导产业纳税人数"], subject_alts=HN_ALTS + ["四大主导产业"], **FLOW,
     comparison="yoy",
     note="净增长 N% → the relative (net) growth of the number of taxpayers; head 四大主导"
          "产业 carried over from the first list item (README §3)")
fact("高于全省4.7个百分点", "4.7个百分点", value=4.7, unit="pp", kind="change",
     metric="四大主导产业税收收入增速",
     metric_alts=["税收收入增速", "四大主导产业税收收入", "税收收入", "四大主导产业税收增速"],
     subject_alts=HN_ALTS + ["四大主导产业"], comparison="比全省", **FLOW,
     note="pp difference of growth rates (README §3: `X增速`), basis the province as a "
          "whole (高于全省 → comparison 比全省, as 比工业投资 in README §6)")
fact("大型演艺活动31场", "31场", value=31, unit="count", kind="count", classifier="场",
     metric="大型演艺活动",
     metric_alts=["举办大型演艺活动", "大型演艺活动场次", "大型演艺活动数量", "演艺活动"],
     **FLOW)
g.neg("国家5A级景区", "5A级", "grade label 5A级 (the top class of scenic spots), not a "
      "quantity (as 5A级 in cm_qiandongnan_2023)")
fact("新增3家国家级夜间", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="国家级夜间文化和旅游消费集聚区",
     metric_alts=new("国家级夜间文化和旅游消费集聚区", "新增国家级夜间文化和旅游消费集聚区",
                     "夜间文化和旅游消费集聚区", "国家级夜间文旅消费集聚区"), **FLOW,
     note="新增 N: districts designated in 2024; 增量 alts (README §3)")
g.neg("进入中国企业500强", "500强", LIST500_NOTE.format("中国企业500强"))
fact("6家企业进入", "6家", value=6, unit="count", kind="count", classifier="家",
     metric="进入中国农业企业500强的企业",
     metric_alts=["中国农业企业500强企业", "进入中国农业企业500强企业", "中国农业企业500强",
                  "企业", "农业企业500强企业", "进入中国农业企业500强的企业数量"], **FLOW,
     note="the list 中国农业企业500强 defines the counted set → in the metric (SPEC §2, as "
          "45家世界500强企业 in nw_cctv_20120803_shenyang_2012); the 2024 list")
g.neg("中国农业企业500强", "500强", LIST500_NOTE.format("中国农业企业500强"))
fact("农产品出岛量增长64.7%", "64.7%", value=64.7, unit="%", kind="growth",
     metric="农产品出岛量", metric_alts=["农产品出岛", "出岛农产品", "农产品出岛数量"],
     comparison="yoy", **FLOW)
fact("深水网箱养殖水体89万立方米", "89万立方米", value=89e4, unit="m3", kind="amount",
     metric="深水网箱养殖水体",
     metric_alts=["新增深水网箱养殖水体", "深水网箱养殖水体增量", "深水网箱养殖水体规模",
                  "深水网箱养殖", "深水网箱养殖水体体积"], **FLOW,
     note="新增 N: water volume added in 2024 (as 新增 counts, the 增量 reading as alt); "
          "立方米 → m3, 万 × 1e4")
fact("工厂化养殖面积67万平方米", "67万平方米", value=67e4, unit="m2", kind="amount",
     metric="工厂化养殖面积",
     metric_alts=["新增工厂化养殖面积", "工厂化养殖面积增量", "工厂化养殖"], **FLOW,
     note="verb 新增 shared; 平方米 → m2")
fact("休闲渔业产值增长19.2%", "19.2%", value=19.2, unit="%", kind="growth",
     metric="休闲渔业产值", metric_alts=["休闲渔业"], comparison="yoy", **FLOW)
g.neg("“最初一公里”", "一公里", "slogan 最初一公里 ('the first kilometre' of the cold chain "
      "for farm produce), not a length")
g.neg("第四届消博会", "第四届", "edition label of an event (第四届消博会), not a count")
fact("经营主体销售额470.3亿元", "470.3亿元", value=470.3e8, unit="CNY", kind="amount",
     metric="离岛免税经营主体销售额",
     metric_alts=["离岛免税销售额", "离岛免税经营主体销售", "销售额", "离岛免税销售"], **FLOW,
     note="the duty-free operators' sales of 2024 (a flow)")
LECHENG = dict(subject="博鳌乐城",
               subject_alts=["博鳌乐城国际医疗旅游先行区", "乐城先行区", "乐城", PLACE] + HN_ALTS)
LC_NOTE = ("分别: 特许药械使用人次 ↔ 79.3%, 医疗旅游人次 ↔ 36.8% (和 joins the two values, each "
           "with its own %); the pilot zone 博鳌乐城 owns the numbers (province as alt)")
fact("分别增长79.3%", "79.3%", value=79.3, unit="%", kind="growth",
     metric="特许药械使用人次",
     metric_alts=["博鳌乐城特许药械使用人次", "特许药械使用", "特许药械使用人数"],
     comparison="yoy", **LECHENG, **FLOW, note=LC_NOTE)
fact("79.3%和36.8%", "36.8%", value=36.8, unit="%", kind="growth",
     metric="医疗旅游人次",
     metric_alts=["博鳌乐城医疗旅游人次", "医疗旅游", "医疗旅游人数"],
     comparison="yoy", **LECHENG, **FLOW, note=LC_NOTE)
fact("师生规模近5000人", "5000人", value=5000, unit="count", kind="count", classifier="人",
     bound="approx", metric="师生规模",
     metric_alts=["师生", "师生人数", "师生数量", "在校师生", "师生总数"],
     subject="陵水黎安国际教育创新试验区",
     subject_alts=["黎安国际教育创新试验区", "陵水黎安", "黎安", PLACE] + HN_ALTS, **STOCK,
     note="近 → approx (outside the span); the zone owns the number; the size of its "
          "population of teachers and students (a stock): " + STOCK_NOTE)
g.neg("“五向图强”聚势", "五向图强", LABEL_NOTE + " (“五向图强”: the five directions 种、海、天、"
      "数、绿 that follow)")
fact("已建成20个种业", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="种业科研平台",
     metric_alts=["建成种业科研平台", "已建成种业科研平台", "种业科研平台数量", "科研平台"],
     subject="南繁硅谷", subject_alts=["“南繁硅谷”", "南繁", PLACE] + HN_ALTS, **STOCK,
     note="已建成 → the platforms in place (a stock): " + STOCK_NOTE + "; the 南繁 base "
          "owns the count (the province as alt)")
fact("南繁种业产值增长47.75%", "47.75%", value=47.75, unit="%", kind="growth",
     metric="南繁种业产值", metric_alts=["种业产值", "南繁种业"], comparison="yoy", **FLOW)
g.neg("一批重大深海装备", "一批", VAGUE_NOTE)
g.neg("我国首艘自主研制", "首艘", FIRST_NOTE)
g.neg("“探索三号”", "三号", "ship name “探索三号” (Tansuo-3), not a quantity")
g.neg("全国首个深水高压气田", "首个", FIRST_NOTE)
g.neg("位居全国第一梯次", "第一梯次", "tier label 第一梯次 ('the leading group'), not a "
      "ranked position (as 第一梯队 in wr_hainan_2025)")
fact("海洋生产总值增长10.4%", "10.4%", value=10.4, unit="%", kind="growth",
     metric="海洋生产总值", metric_alts=["海洋经济生产总值", "海洋GDP", "海洋经济"],
     comparison="yoy", **FLOW)
g.neg("全国首个商业航天发射场", "首个", FIRST_NOTE)
g.neg("发射场首发成功", "首发", "首发 'first launch' (of the launch site), not a rank or "
      "count")
g.neg("厂房等一批产业项目", "一批", VAGUE_NOTE)
g.neg("“来数加工”首单业务", "首单", FIRST_NOTE + " (首单 'first deal')")
fact("网络游戏版号114个", "114个", value=114, unit="count", kind="count", classifier="个",
     metric="网络游戏版号",
     metric_alts=["获批网络游戏版号", "网络游戏版号数量", "游戏版号", "获批的网络游戏版号"],
     **FLOW, note="licences granted in 2024; 位居全国前列 states no rank number")
fact("核心产业营收增长8%", "8%", value=8, unit="%", kind="growth",
     metric="数字经济核心产业营收",
     metric_alts=["数字经济核心产业营业收入", "数字经济核心产业", "数字经济核心产业收入"],
     comparison="yoy", **FLOW)
fact("清洁能源装机比重达83.6%", "83.6%", value=83.6, unit="%", kind="share",
     metric="清洁能源装机比重",
     metric_alts=["清洁能源装机占比", "清洁能源装机容量比重", "清洁能源装机容量占比",
                  "全省清洁能源装机比重", "清洁能源装机"], **STOCK,
     note="达 → eq; installed capacity is a stock, its share too: " + STOCK_NOTE)
fact("碳减排量近200万吨", "200万吨", value=2e6, unit="t", kind="amount", bound="approx",
     metric="碳减排量",
     metric_alts=["带动碳减排量", "碳减排工具带动碳减排量", "碳减排", "二氧化碳减排量",
                  "减排量"], **LEVEL,
     note="近 → approx (outside the span); the emissions cut by the loans and certificates "
          "(碳中和贷, 绿电绿证); read as the year's effect, the year-end cumulative reading "
          "as alt (judgement call)")

# ==== line 3 (source 12): （二）锚定封关运作目标 =================================================
g.neg("（二）锚定封关", "（二）", MARKER_NOTE)
g.neg("党的二十届三中全会", "二十届三中全会", "plenum label (SPEC §1)")
g.neg("等“33+13”项", "33+13", "judgement call: name of the task list “33+13” (33 key tasks "
      "of the customs closure plus 13 more), read as a label, as “16+16” / “2+3” in "
      "wr_yunnan_2025; a count (46 tasks, or 33 and 13) is the alternative reading")
fact("等31个封关硬件项目", "31个", value=31, unit="count", kind="count", classifier="个",
     metric="封关硬件项目",
     metric_alts=["封关硬件项目数量", "建成封关硬件项目", "硬件项目"], **LEVEL,
     note="all completed (全部建成) by the end of 2024: the year, the year-end reading as "
          "alt")
fact("及4个查漏补缺项目", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="查漏补缺项目",
     metric_alts=["查漏补缺项目数量", "建成查漏补缺项目", "封关查漏补缺项目"], **LEVEL,
     note="verb 全部建成 shared")
fact("等33个信息化项目", "33个", value=33, unit="count", kind="count", classifier="个",
     metric="信息化项目",
     metric_alts=["信息化项目数量", "投入使用或上线试运行的信息化项目", "封关信息化项目"],
     **FLOW, note="projects put into use or trial operation in 2024")
g.neg("等“27+10”项", "27+10", "judgement call: name of the stress-test list “27+10” (27 "
      "tests plus 10 more), read as a label like “33+13”; a count is the alternative")
fact("目录增加33项内容", "33项", value=33, unit="count", kind="count", classifier="项",
     metric="鼓励类产业目录内容增量",
     metric_alts=["鼓励类产业目录增加内容", "鼓励类产业目录内容", "鼓励类产业目录条目增量",
                  "鼓励类产业目录", "增加内容", "内容"], **FLOW,
     note="增加 N 项: an absolute change of the list's size (SPEC §2 → <level>增量, "
          "positive); the plain noun as alt")
DUTY = ["加工增值货物内销免关税政策", "加工增值内销免关税"]
fact("申报企业累计176家", "176家", value=176, unit="count", kind="count", classifier="家",
     metric="申报企业",
     metric_alts=["累计申报企业", "加工增值货物内销免关税申报企业", "申报企业数量",
                  "加工增值内销免关税申报企业"], **STOCK,
     note="累计 → cumulative total since the policy began: " + STOCK_NOTE)
fact("内销货值20.4亿元", "20.4亿元", value=20.4e8, unit="CNY", kind="amount",
     metric="内销货值",
     metric_alts=["加工增值货物内销货值", "累计内销货值", "加工增值内销货值",
                  "加工增值货物内销免关税货值", "免关税内销货值"], **STOCK,
     note="judgement call: 累计 of the previous clause read as shared (the value sold under "
          "the policy since it began) → " + STOCK_NOTE + " (the year's flow is the "
          "literal-year alt)")
g.neg("三张“零关税”清单", "三张", "set label 三张清单 (the three “零关税” lists: raw and "
      "auxiliary materials, transport vehicles and yachts, production equipment), named "
      "as a group, not a count claim (judgement call, as 三个定位)")
g.neg("三张“零关税”清单", "零关税", ZERO_NOTE)
g.neg("清单［8］", "［8］", FOOTNOTE_NOTE)
g.neg("监管“零关税”货值", "零关税", ZERO_NOTE)
fact("货值超19亿元", "19亿元", value=19e8, unit="CNY", kind="amount", bound="gt",
     metric="监管“零关税”货值",
     metric_alts=["“零关税”货值", "零关税货值", "监管零关税货值", "“零关税”商品货值",
                  "零关税进口货值"], **LEVEL,
     note="超 → gt (outside the span); the value of zero-tariff goods under customs "
          "supervision, read as 2024 (cumulative since the lists began is the other "
          "reading: year-end alt)")
fact("新发布3批", "3批", value=3, unit="count", kind="count", classifier="批",
     metric="制度集成创新案例批次",
     metric_alts=["制度集成创新案例", "发布制度集成创新案例批次", "批次", "制度集成创新案例批数",
                  "新发布制度集成创新案例批次"], **FLOW,
     note="batches of cases published in 2024 (a count of editions, README §2)")
fact("3批18项制度", "18项", value=18, unit="count", kind="count", classifier="项",
     metric="制度集成创新案例",
     metric_alts=new("制度集成创新案例", "新发布制度集成创新案例", "发布制度集成创新案例"),
     **FLOW, note="新发布 N: cases published in 2024; 增量 alts (README §3)")
g.neg("第五批“最佳实践案例”", "第五批", "batch label 第五批 (the fifth batch of the national "
      "best-practice cases), not a count (as 第十一批 in wr_liaoning_2025)")
fact("等30余项措施", "30余项", value=30, unit="count", kind="count", classifier="项",
     bound="gt", metric="对接国际高标准经贸规则措施",
     metric_alts=["措施", "落地实施措施", "落地实施的措施", "对接国际高标准经贸规则的措施",
                  "措施数量", "免关税等措施"], **FLOW,
     note="余 inside the span → gt; measures put into effect in 2024")
fact("维修货值增长5倍", "5倍", value=5, unit="times", kind="ratio",
     metric="飞机保税维修货值",
     metric_alts=["飞机保税维修", "保税维修货值", "飞机保税维修货值增长倍数"], **FLOW,
     note="增长N倍 → kind ratio, unit times, value as written, comparison null (as 增长2倍 in "
          "nw_sina_20220122 / 增长4.4倍 in cm_qiandongnan_2023_b)")
fact("便利化措施56条", "56条", value=56, unit="count", kind="count", classifier="条",
     metric="便利化措施",
     metric_alts=["优化口岸营商环境、促进外贸高质量发展系列便利化措施", "系列便利化措施",
                  "便利化措施数量", "出台便利化措施", "措施"], **FLOW)
fact("合作伙伴增至38个", "38个", value=38, unit="count", kind="count", classifier="个",
     metric="全球自贸区（港）合作伙伴",
     metric_alts=["全球自贸区(港)合作伙伴", "全球自贸区合作伙伴", "合作伙伴",
                  "全球自贸区（港）合作伙伴数量", "自贸区（港）合作伙伴"], **STOCK,
     note="增至 → the level reached (a stock): " + STOCK_NOTE)
fact("资金增长87%", "87%", value=87, unit="%", kind="growth",
     metric="自由贸易账户（FT账户）资金",
     metric_alts=["自由贸易账户(FT账户)资金", "FT账户资金", "自由贸易账户资金", "FT账户"],
     comparison="yoy", **FLOW)
fact("收支规模达1086.3亿美元", "1086.3亿美元", value=1086.3e8, unit="USD", kind="amount",
     metric="跨境收支规模",
     metric_alts=["跨境收支", "自由贸易账户跨境收支规模", "FT账户跨境收支规模",
                  "跨境收支金额"], **FLOW,
     note="达 → eq; 美元 → USD (SPEC §3 foreign currencies by ISO code); the year's "
          "receipts and payments (a flow)")
fact("便利化16条举措", "16条", value=16, unit="count", kind="count", classifier="条",
     metric="外籍人员工作生活便利化举措",
     metric_alts=["便利化举措", "外籍人员工作生活便利化措施", "举措", "外籍人员便利化举措",
                  "外籍人员工作生活便利化举措数量"], **FLOW)
fact("扩大59国人员", "59国", value=59, unit="count", kind="count", classifier="国",
     metric="免签入境海南国家",
     metric_alts=["免签入境国家", "免签国家", "59国人员免签入境海南", "免签入境海南的国家",
                  "入境免签国家", "国家", "免签入境海南国家数量"], **STOCK,
     note="judgement call: the countries whose nationals may enter Hainan visa-free (the "
          "scope of a rule in force, a stock, as 扩展到9个州 in wr_yunnan_2025): "
          + STOCK_NOTE + "; 国 is the classifier")
fact("入境144小时免签政策", "144小时", value=6, unit="day", kind="amount",
     metric="港澳地区外国旅游团入境免签停留时间",
     metric_alts=["入境免签停留时间", "免签停留时间", "入境免签时长", "免签政策时长",
                  "外国旅游团入境免签", "144小时免签政策", "免签"], **LEVEL,
     note="duration carried in a policy's name (as 240小时过境免签 in wr_henan_2025): 144小时 "
          "= 6 day (SPEC §3); in force (实施) → actual; the year, year-end as alt")
fact("外国人240小时过境免签", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签", "过境免签时长", "过境免签政策", "过境免签政策时长",
                  "过境免签停留时长", "外国人过境免签停留时间", "240小时过境免签政策"],
     **LEVEL, note="240小时 = 10 day (SPEC §3), as wr_henan_2025; in force → actual")
fact("工作许可增长16%", "16%", value=16, unit="%", kind="growth",
     metric="办理外国人来琼工作许可",
     metric_alts=["外国人来琼工作许可", "外国人工作许可", "外国人来琼工作许可办理量",
                  "办理外国人来琼工作许可数量"], comparison="yoy", **FLOW)
fact("境外航线77条", "77条", value=77, unit="count", kind="count", classifier="条",
     metric="境外航线",
     metric_alts=["累计开通境外航线", "开通境外航线", "境外航线数量", "国际航线"], **STOCK,
     note="累计 → " + STOCK_NOTE)
g.neg("我省第三个国际空港", "第三个", "judgement call: ordinal of the airport's place in a "
      "sequence (the third international airport to open), not a measured rank; the "
      "count of 3 international airports is the alternative reading")
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("全国首家国际船舶", "首家", FIRST_NOTE)
YP = dict(subject="中国洋浦港",
          subject_alts=["“中国洋浦港”", "洋浦港", "洋浦", PLACE] + HN_ALTS)
YP_NOTE = ("the port of registry “中国洋浦港” owns the numbers (the province as alt); 累计 "
           "→ " + STOCK_NOTE)
fact("登记国际船舶48艘", "48艘", value=48, unit="count", kind="count", classifier="艘",
     metric="登记国际船舶",
     metric_alts=["累计登记国际船舶", "国际船舶", "登记国际船舶数量", "国际登记船舶"],
     **YP, **STOCK, note=YP_NOTE)
fact("总载重吨达536.9万吨", "536.9万吨", value=536.9e4, unit="t", kind="amount",
     metric="总载重吨",
     metric_alts=["登记国际船舶总载重吨", "国际船舶总载重吨", "载重吨", "船舶总载重吨",
                  "总载重"], **YP, **STOCK,
     note="达 → eq; deadweight tonnage of the registered fleet (a stock); " + YP_NOTE)
fact("万吨、全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
     metric="总载重吨",
     metric_alts=["登记国际船舶总载重吨", "国际船舶总载重吨", "载重吨", "船籍港规模",
                  "登记国际船舶规模", "总载重吨排名"], **YP, **STOCK,
     note="rank of the registered fleet's tonnage among China's ports of registry (scope "
          "全国), a stock → " + STOCK_NOTE)
fact("航线累计72条", "72条", value=72, unit="count", kind="count", classifier="条",
     metric="集装箱班轮航线",
     metric_alts=["累计集装箱班轮航线", "集装箱班轮航线数量", "集装箱航线", "班轮航线"],
     subject="洋浦港", subject_alts=["中国洋浦港", "洋浦", PLACE] + HN_ALTS, **STOCK,
     note="the port's routes (the sentence's topic 洋浦港); " + STOCK_NOTE)
g.neg("获批建设三大运营商", "三大", "set label N大 (三大运营商, the three state telecom "
      "operators named as a group; README §2 八大), not a count claim")
fact("64个反走私综合执法站", "64个", value=64, unit="count", kind="count", classifier="个",
     metric="反走私综合执法站",
     metric_alts=["反走私综合执法站数量", "综合执法站", "反走私执法站"], **STOCK,
     note="the stations in operation (the size of an existing set, a stock): " + STOCK_NOTE)

NOTES = (
    "Excerpt: lines 10-12 of shared/texts/work_report/wr_hainan_2025.txt (2,123 characters "
    "with the final newline), as given by the brief, sliced by code: 一年来，主要做了以下工作。 "
    "and review items （一）加快发展新质生产力，产业结构进一步优化 and （二）锚定封关运作目标，"
    "自贸港建设扎实推进 in full. It lies in part 一 of the report, the review of 2024 (the "
    "list of the year's work that opens after the 刚刚过去的2024年 / 一年来 paragraphs of "
    "source lines 5-9). Lines 17-25 are annotated in wr_hainan_2025 and 62-76 in "
    "wr_hainan_2025_b (no overlap). Title, dateline and source line are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-14, the delivery "
    "date in the report's dateline (source line 2: ——2025年1月14日海南省省长 刘小明在海南省第七届"
    "人民代表大会第四次会议上的讲话), as wr_hainan_2025; the corpus meta gives only '2025'. "
    "Place: 海南省 (海南, 全省, 我省 → alts); owners of their own numbers: 博鳌乐城 (the two "
    "growths of 人次), 陵水黎安国际教育创新试验区 (师生 近5000人), 南繁硅谷 (20个种业科研平台), "
    "中国洋浦港 / 洋浦港 (48艘, 536.9万吨, 全国第二, 72条), each with the province as alt; "
    "四大主导产业 as subject alt of its taxpayers and tax growth. Periods: line 1 names the "
    "review year (一年来) but holds no number; lines 2-3 state no period of their own and take "
    "the review year 2024 as section frame (SPEC §4) with period text 一年来 and null as alt "
    "(as wr_liaoning_2025). Stocks (已建成20个, 累计 176家 / 77条 / 48艘 / 72条, 增至38个, "
    "总载重吨, its rank, 清洁能源装机比重, 师生规模, 59国 of the visa-free rule, 64个 stations) → "
    "instant 2024-12-31 with the year and null as alts; 全部建成 projects, 货值超19亿元, "
    "碳减排量, the 144/240-hour visa rules → the year with year-end as alt. Modality: actual "
    "throughout (no 预计 in these lines). Units: 万立方米 → m3; 万平方米 → m2; 亿美元 → USD; "
    "144小时 → 6 day, 240小时 → 10 day; 增长5倍 → ratio 5 times; 提高4个百分点 → change 4 pp "
    "(yoy); 高于全省4.7个百分点 → change 4.7 pp, comparison 比全省. Judgement calls: “33+13” "
    "and “27+10” (task / test lists) read as labels (negatives; counts are the alternative); "
    "三张“零关税”清单 → set label; 第三个国际空港 → ordinal (negative); 累计 read as shared by "
    "内销货值20.4亿元 (stock); 碳减排量 and 货值超19亿元 read as flows of 2024; 59国 → a count "
    "(stock); 3批 and 18项 → two counts. Negatives: 一年来, （一）, （二）, 四大, ［7］, 5A级, "
    "500强 ×2, 一公里 (最初一公里), 第四届, 五向图强, 一批 ×2, 首艘, 三号 (探索三号), 首个 ×2, "
    "第一梯次, 首发, 首单, 二十届三中全会, 33+13, 27+10, 三张, 零关税 ×2, ［8］, 第五批, 第三个, "
    "一带一路, 首家, 三大. Lexicalized, not listed: 清单 ×3.")

g.write(date=REF, source=f"shared/texts/work_report/wr_hainan_2025.txt lines {FIRST}–{LAST} "
        "(来源：海南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
