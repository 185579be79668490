"""Gold annotations for wr_shaanxi_2025 (held-out: corpora/heldout/).

The excerpt is lines 12-21 (1-based, inclusive, whole lines, newline kept) of
shared/texts/work_report/wr_shaanxi_2025.txt, sliced by code from the source bytes, never
retyped: items （五）…（七） of the 2024 review (一、2024年工作回顾, 一年来，主要做了以下7方面工作),
the 过去一年 closing paragraphs, the thanks and problems paragraphs, the heading of part 二,
the 2025 主要预期目标 (line 20, whole) and the three priorities that follow them.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shaanxi_2025.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_shaanxi_2025"
PLACE = "陕西省"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 12, 21                    # 1-based, inclusive, whole lines
TITLE = "2025年陕西省政府工作报告"
SUBJ_ALTS = ["陕西", "全省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）系统保护，生态环境明显改善",
                 ends="实现高质量发展和高水平安全良性互动。")
fact = g.with_subject(PLACE, SUBJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (（N） / N、 / N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

# ---- periods (reference date 2025-01-16) -------------------------------------------------
# Lines 12-14 are items （五）-（七） of 一年来，主要做了以下7方面工作 (source line 7) in part
# 一、2024年工作回顾 (source line 5), both outside the excerpt: they state no period of their
# own and take the review year 2024 (SPEC §4 section frame).  The excerpt names that year
# 过去一年 (line 15, which opens with it: explicit there), used as the period text; the null
# reading goes into period_alts.  Stocks (达, a level held at the year's end) are the instant
# 2024-12-31, the literal year and null as alts.  Line 20: section 二、2025年工作安排, 今年
# (line 19) = 2025; 主要预期目标 → modality target, period 2025.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])   # flow, stock reading as alt
STOCK_NOTE = ("stock under the inherited review year 2024: instant at 2024-12-31; "
              "period_alts keep the literal inheritance 2024-01-01..2024-12-31 and null")
T25 = P("2025年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("今年", "2025-01-01", "2025-12-31"),
                                       P("2025年", None, None)], modality="target")

# ---- line 12: （五）系统保护，生态环境明显改善 ----------------------------------------------
g.neg("（五）系统保护", "（五）", MARKER_NOTE)
fact("秦岭区域生态修复135.2万亩", "135.2万亩", value=1352000, unit="mu", kind="amount",
     metric="秦岭区域生态修复",
     metric_alts=["生态修复", "秦岭区域生态修复面积", "生态修复面积", "秦岭生态修复"],
     subject_alts=SUBJ_ALTS + ["秦岭区域", "秦岭"], **FLOW,
     note="area restored in 2024; the region 秦岭区域 lies in the province (province as "
          "subject, region as alt, README §4)")
fact("治理沙化土地95.4万亩", "95.4万亩", value=954000, unit="mu", kind="amount",
     metric="治理沙化土地",
     metric_alts=["沙化土地治理", "沙化土地治理面积", "治理沙化土地面积", "沙化土地",
                  "黄河“几字弯”攻坚战治理沙化土地", "黄河几字弯攻坚战治理沙化土地"],
     subject_alts=SUBJ_ALTS + ["黄河“几字弯”", "黄河几字弯"], **FLOW,
     note="黄河“几字弯”攻坚战 names the campaign (几 is not a numeral here)")
g.neg("完成“三北”工程区", "三北", LABEL_NOTE + " (“三北”工程: the Three-North shelterbelt "
      "programme; 三北 = 西北、华北、东北)")
fact("工程区营造林207.2万亩", "207.2万亩", value=2072000, unit="mu", kind="amount",
     metric="营造林",
     metric_alts=["“三北”工程区营造林", "三北工程区营造林", "营造林面积", "完成营造林",
                  "“三北”工程区营造林面积"],
     **FLOW)
g.neg("水质全线达Ⅱ类", "Ⅱ类", "water-quality class label (GB 3838 grade), not a quantity")
g.neg("稳定保持在Ⅱ类", "Ⅱ类", "water-quality class label (GB 3838 grade), not a quantity")
fact("黄帝陵等3处古树群", "3处", value=3, unit="count", kind="count", classifier="处",
     metric="古树群",
     metric_alts=["纳入全国整体保护工程的古树群", "古树群数量", "纳入全国整体保护工程古树群",
                  "黄帝陵等古树群"],
     **FLOW, note="groves included (纳入) in the national programme in 2024")
g.neg("全省PM2.5浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("浓度同比改善7.9%", "7.9%", value=-7.9, unit="%", kind="growth",
     metric="PM2.5浓度",
     metric_alts=["PM2.5平均浓度", "细颗粒物浓度", "PM2.5年均浓度", "全省PM2.5浓度",
                  "PM2.5浓度改善"],
     comparison="yoy", **FLOW,
     note="改善 of a concentration = the concentration fell by 7.9% → growth −7.9 (judgement "
          "call: the sign follows the level, not the word 改善); 同比 → yoy")
fact("重污染天数同比减少6.4天", "6.4天", value=-6.4, unit="day", kind="amount",
     metric="重污染天数增量",
     metric_alts=["重污染天数", "重污染天数减少", "重污染天数同比减少"],
     **FLOW,
     note="absolute change of a level (SPEC §2): the level's kind (amount, day), metric "
          "…增量, 减少 → negative; comparison null (the checker allows it only on growth/change; 同比 = yoy basis); 6.4 is an average over the province's cities")
g.neg("能耗超5000吨标准煤重点企业", "5000吨标准煤",
      "threshold defining the monitored set (能耗超5000吨标准煤重点企业, SPEC §2), not a fact")
fact("参与全国碳市场交易10.8亿元", "10.8亿元", value=1.08e9, unit="CNY", kind="amount",
     metric="碳市场交易",
     metric_alts=["全国碳市场交易", "碳市场交易额", "全国碳市场交易额", "参与全国碳市场交易",
                  "碳交易额", "碳市场交易金额"],
     **FLOW, note="the province's trading volume on the national carbon market in 2024")
g.neg("全国首批生态产品", "首批", "designation 首批, not a rank")

# ---- line 13: （六）办好实事，民生保障可感可及 ----------------------------------------------
g.neg("（六）办好实事", "（六）", MARKER_NOTE)
fact("扎实办好9方面民生实事", "9方面", value=9, unit="count", kind="count",
     classifier="方面", metric="民生实事",
     metric_alts=["民生实事方面", "方面", "民生实事数量", "办好民生实事"],
     **FLOW, note="count of the year's livelihood areas (as 9个方面 / 6方面 in other golds, "
                  "十项重点民生实事 in wr_henan)")
fact("实施17条稳就业", "17条", value=17, unit="count", kind="count", classifier="条",
     metric="稳就业政策措施",
     metric_alts=["稳就业措施", "稳就业政策", "稳就业", "稳就业政策措施数量"],
     **FLOW, note="elided head 政策措施 restored from the second item (README §3)")
fact("8条青年就业创业政策措施", "8条", value=8, unit="count", kind="count", classifier="条",
     metric="青年就业创业政策措施",
     metric_alts=["青年就业创业政策", "青年就业创业措施", "青年就业创业政策措施数量"],
     **FLOW)
fact("城镇新增就业43.4万人", "43.4万人", value=434000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数"], **FLOW)
fact("义务教育薄弱学校1255个", "1255个", value=1255, unit="count", kind="count",
     classifier="个", metric="义务教育薄弱学校",
     metric_alts=["改扩建义务教育薄弱学校", "义务教育薄弱学校改扩建", "薄弱学校",
                  "义务教育薄弱学校数量"],
     **FLOW)
fact("博士硕士授权点106个", "106个", value=106, unit="count", kind="count",
     classifier="个", metric="博士硕士授权点",
     metric_alts=["新增博士硕士授权点", "博士硕士授权点增量", "博士硕士授权点数量增量",
                  "博士硕士授权点数量", "授权点"],
     **FLOW, note="新增 N: the year's additions; alt 增量 for the SPEC §2 reading")
fact("紧密型县域医共体达119个", "119个", value=119, unit="count", kind="count",
     classifier="个", metric="紧密型县域医共体",
     metric_alts=["县域医共体", "紧密型县域医共体数量", "医共体"],
     **STOCK, note="达 → number in place: " + STOCK_NOTE)
fact("147项医检结果", "147项", value=147, unit="count", kind="count", classifier="项",
     metric="医检结果",
     metric_alts=["互认医检结果", "医检结果互认", "全省三甲医院互认医检结果", "互认的医检结果",
                  "医检结果互认项目", "医检互认项目"],
     **LEVEL, note="items recognised by every 三甲 hospital; the year-end stock reading as alt")
g.neg("全省三甲医院互认", "三甲", "hospital grade label 三甲 (三级甲等), part of the metric "
      "context, not a quantity")
g.neg("每千人医疗床位数", "千人",
      "per-1,000-people basis inside the metric name 每千人医疗床位数, not a count")
fact("床位数7.75张", "7.75张", value=7.75, unit="count", kind="count", classifier="张",
     metric="每千人医疗床位数",
     metric_alts=["每千人口医疗床位数", "千人医疗床位数", "医疗床位数", "每千人床位数",
                  "每千人口医疗卫生机构床位数"],
     **STOCK, note="beds per 1,000 people (a level held at year-end): " + STOCK_NOTE)
g.neg("完成“十四五”规划目标", "十四五", "plan name 十四五")
fact("养老服务设施1.6万个", "1.6万个", value=16000, unit="count", kind="count",
     classifier="个", metric="养老服务设施",
     metric_alts=["建成养老服务设施", "养老服务设施数量", "养老服务设施增量"],
     **LEVEL, note="建成 without 累计: read as built in 2024 (flow); the year-end stock "
                   "reading as alt (judgement call)")
fact("完成3.7万户家庭适老化改造", "3.7万户", value=37000, unit="count", kind="count",
     classifier="户", metric="家庭适老化改造",
     metric_alts=["适老化改造", "家庭适老化改造户数", "完成家庭适老化改造", "适老化改造家庭"],
     **FLOW, note="户 is the classifier (SPEC §3)")
fact("新增托位3.2万个", "3.2万个", value=32000, unit="count", kind="count", classifier="个",
     metric="托位",
     metric_alts=["新增托位", "托位增量", "托位数量增量", "托位数量", "托育托位"],
     **FLOW, note="新增 N: the year's additions; alt 增量 (SPEC §2)")
BAOHUIQIAN = ["保回迁项目", "“保回迁”", "保回迁", "完成“保回迁”项目", "完成保回迁项目"]
fact("完成“保回迁”项目195个", "195个", value=195, unit="count", kind="count",
     classifier="个", metric="“保回迁”项目",
     metric_alts=BAOHUIQIAN + ["“保回迁”项目数量", "保回迁项目数量"], **FLOW,
     note="projects completed in 2024")
fact("项目195个11.7万户", "11.7万户", value=117000, unit="count", kind="count",
     classifier="户", metric="“保回迁”项目",
     metric_alts=BAOHUIQIAN + ["“保回迁”户数", "保回迁户数", "“保回迁”项目户数",
                               "保回迁项目户数", "回迁户"],
     **FLOW, note="households of the same 195 projects (户 = classifier); the metric is "
                  "written once for both numbers")
fact("居民小区直供电改造18.3万户", "18.3万户", value=183000, unit="count", kind="count",
     classifier="户", metric="居民小区直供电改造",
     metric_alts=["直供电改造", "居民小区直供电改造户数", "小区直供电改造"], **FLOW)
fact("新建公共停车位5.5万个", "5.5万个", value=55000, unit="count", kind="count",
     classifier="个", metric="公共停车位",
     metric_alts=["新建公共停车位", "公共停车位增量", "公共停车位数量增量",
                  "公共停车位数量"],
     **FLOW)
fact("电动车充电口12.9万个", "12.9万个", value=129000, unit="count", kind="count",
     classifier="个", metric="电动车充电口",
     metric_alts=["新建电动车充电口", "电动车充电口增量", "电动车充电口数量增量",
                  "电动车充电口数量", "充电口"],
     **FLOW, note="verb 新建 distributes over the list")
fact("建成新型公共文化空间1870个", "1870个", value=1870, unit="count", kind="count",
     classifier="个", metric="新型公共文化空间",
     metric_alts=["建成新型公共文化空间", "公共文化空间", "新型公共文化空间数量",
                  "新型公共文化空间增量"],
     **LEVEL, note="建成 without 累计: built in 2024; year-end stock reading as alt")
g.neg("全国十大考古新发现", "十大", "set label 十大考古新发现 (cf. 八大), not a count")
fact("等5部作品", "5部", value=5, unit="count", kind="count", classifier="部",
     metric="“五个一工程”奖作品",
     metric_alts=["五个一工程奖作品", "获“五个一工程”奖作品", "获五个一工程奖作品",
                  "获“五个一工程”奖的作品", "“五个一工程”奖获奖作品", "获奖作品", "作品"],
     **FLOW, note="the award defines the counted set → in the metric (as wr_henan 6部)")
g.neg("获“五个一工程”奖", "五个一工程", "award name “五个一工程”, not a count")
g.neg("沙滩排球U19世锦赛", "U19", "age-category label (under 19) in an event name")

# ---- line 14: （七）筑牢底线，风险隐患有效化解 ----------------------------------------------
g.neg("（七）筑牢底线", "（七）", MARKER_NOTE)
BAOJIAOLOU = ["保交楼项目", "“保交楼”", "保交楼", "完成“保交楼”项目", "完成保交楼项目"]
fact("“保交楼”项目198个", "198个", value=198, unit="count", kind="count", classifier="个",
     metric="“保交楼”项目",
     metric_alts=BAOJIAOLOU + ["“保交楼”项目数量", "保交楼项目数量"], **FLOW,
     note="projects completed in 2024")
fact("项目198个20.1万套", "20.1万套", value=201000, unit="count", kind="count",
     classifier="套", metric="“保交楼”项目",
     metric_alts=BAOJIAOLOU + ["“保交楼”套数", "保交楼套数", "“保交楼”项目套数",
                               "保交楼项目套数", "住房"],
     **FLOW, note="dwellings of the same 198 projects (套 = classifier)")
BAOJIAOFANG = ["保交房项目", "“保交房”", "保交房", "完成“保交房”项目", "完成保交房项目"]
fact("“保交房”项目561个", "561个", value=561, unit="count", kind="count", classifier="个",
     metric="“保交房”项目",
     metric_alts=BAOJIAOFANG + ["“保交房”项目数量", "保交房项目数量"], **FLOW,
     note="verb 完成 carries over; projects completed in 2024")
fact("项目561个10.3万套", "10.3万套", value=103000, unit="count", kind="count",
     classifier="套", metric="“保交房”项目",
     metric_alts=BAOJIAOFANG + ["“保交房”套数", "保交房套数", "“保交房”项目套数",
                                "保交房项目套数", "住房"],
     **FLOW, note="dwellings of the same 561 projects (套 = classifier)")
g.neg("治本攻坚“九大行动”", "九大", "set label “九大行动” (nine named campaigns), not a count")
fact("分别下降18.6%、12.1%", "18.6%", value=-18.6, unit="%", kind="growth",
     metric="安全生产事故起数",
     metric_alts=["事故起数", "安全生产事故数", "生产安全事故起数"],
     comparison="yoy", **FLOW, note="分别 list, first value; 下降 → negative")
fact("分别下降18.6%、12.1%", "12.1%", value=-12.1, unit="%", kind="growth",
     metric="安全生产事故死亡人数",
     metric_alts=["死亡人数", "事故死亡人数", "生产安全事故死亡人数"],
     comparison="yoy", **FLOW,
     note="分别 list, second value; elided head 安全生产事故 restored (README §3)")
fact("分别下降32.4%和19.9%", "32.4%", value=-32.4, unit="%", kind="growth",
     metric="信访总量", metric_alts=["信访量"], comparison="yoy", **FLOW)
fact("分别下降32.4%和19.9%", "19.9%", value=-19.9, unit="%", kind="growth",
     metric="刑事立案量", metric_alts=["刑事案件立案量", "刑事立案数"],
     comparison="yoy", **FLOW)

# ---- line 15: 过去一年，… ------------------------------------------------------------------
g.neg("过去一年，我们严格落实", "过去一年", PERIOD_NOTE + " (the review year 2024)")
fact("案结事了率达88.3%", "88.3%", value=88.3, unit="%", kind="share",
     metric="行政复议案件案结事了率",
     metric_alts=["案结事了率", "行政复议案结事了率", "行政复议案件案结事了比例"],
     subject_alts=SUBJ_ALTS + ["陕西省人民政府", "省政府"],
     period=Y24, period_alts=[Y24_NULL, Y24_END],
     note="rate over the cases of the year (a flow share) under the explicit 过去一年; "
          "year-end reading as alt; the government's own record (subject alts)")

# ---- lines 16-17: thanks and problems (no facts) ----------------------------------------
g.neg("各位代表！过去一年成绩", "过去一年", PERIOD_NOTE)
g.neg("我们一定正视困难", "一定", "adverb 一定 'certainly'")

# ---- lines 18-19: heading of part 二 ------------------------------------------------------
g.neg("二、2025年工作安排", "二、", MARKER_NOTE)
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (section heading: the targets' year)")
g.neg("今年是“十四五”规划", "十四五", "plan name 十四五")
g.neg("重要一年。", "一年", "'an important year' (the year 2025), not a duration fact")

# ---- line 20: 主要预期目标 (2025 targets) --------------------------------------------------
fact("生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="生产总值",
     metric_alts=["地区生产总值", "GDP", "经济增长", "生产总值增速", "全省生产总值"],
     comparison="yoy", **TARGET, note="预期目标 → target; 左右 → approx")
fact("一般公共预算收入增长3%", "3%", value=3, unit="%", kind="growth",
     metric="一般公共预算收入", metric_alts=["地方一般公共预算收入", "公共预算收入"],
     comparison="yoy", **TARGET)
fact("分别增长5%、6%", "5%", value=5, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城乡居民人均可支配收入", "人均可支配收入", "城镇居民收入"],
     subject_alts=SUBJ_ALTS + ["城镇居民"],
     comparison="yoy", **TARGET,
     note="城乡 … 分别 → 城镇 first, 农村 second (list order); head restored per part")
fact("分别增长5%、6%", "6%", value=6, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["城乡居民人均可支配收入", "人均可支配收入", "农村居民收入"],
     subject_alts=SUBJ_ALTS + ["农村居民"],
     comparison="yoy", **TARGET)
fact("城镇新增就业40万人以上", "40万人", value=400000, unit="count", kind="count",
     bound="ge", classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数"], **TARGET, note="以上 → ge, outside the span")
fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate (share of the labour force), not a growth")
fact("价格涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"],
     comparison="yoy", **TARGET, note="涨幅 = growth of the price level")
fact("粮食产量1300万吨以上", "1300万吨", value=1.3e7, unit="t", kind="amount", bound="ge",
     metric="粮食产量", metric_alts=["粮食总产量"], **TARGET, note="以上 → ge")

# ---- line 21: three priorities (no facts) -------------------------------------------------
g.neg("突出抓好三个方面", "三个",
      "discourse count of the speaker's points (三个方面, enumerated 一是/二是/三是 right "
      "after), like 两个方面 in other golds; not a measured quantity (judgement call)")
g.neg("一是坚持稳中求进", "一是", MARKER_NOTE)
g.neg("二是坚持就业优先", "二是", MARKER_NOTE)
g.neg("三是坚持守牢底线", "三是", MARKER_NOTE)

NOTES = (
    "Excerpt: lines 12-21 of shared/texts/work_report/wr_shaanxi_2025.txt (2,265 characters "
    "with the final newline), sliced by code: items （五）生态, （六）民生, （七）风险 of the "
    "2024 review, the 过去一年 closing, thanks and problems paragraphs, the heading of part "
    "二、2025年工作安排, the 主要预期目标 (line 20, whole) and the three priorities after "
    "them (line 21; needed to reach 2,000 characters — lines 12-20 alone are 1,948; starting "
    "at line 11 would pass 2,500). "
    "Date: 2025-01-16, the delivery date in the report's header (source line 3, outside the "
    "excerpt: 2025年1月16日在陕西省第十四届人民代表大会第三次会议上); INDEX.tsv and the corpus "
    "meta agree. 过去一年 = 2024 (part 一、2024年工作回顾), 今年 = 2025 (part 二、2025年工作"
    "安排). Title: line 1 of the source (outside the excerpt). Place: provincial report → "
    "陕西省 (alts 陕西, 全省). Periods: lines 12-14 take the review year 2024 (section "
    "frame, period text 过去一年, the excerpt's own naming of the year), null as alt; "
    "stocks (紧密型县域医共体达119个, 每千人医疗床位数7.75张) are the instant 2024-12-31 with "
    "the year and null as alts; 建成 counts without 累计 (1.6万个, 1870个) and 147项 are read "
    "as the year's flow with the year-end reading as alt. Line 20: targets of 2025 "
    "(modality target, 左右 → approx, 以上 → ge). Judgement calls: PM2.5浓度改善7.9% → "
    "growth −7.9 (concentration fell); 重污染天数减少6.4天 → amount −6.4 day, metric "
    "重污染天数增量; 能耗超5000吨标准煤 is a threshold (negative); 9方面民生实事 is a count, "
    "三个方面 (discourse, enumerated 一是…三是) a negative; 九大行动 / 十大考古新发现 set "
    "labels; the 保回迁/保交楼/保交房 pairs (projects, 户/套) share one metric.")

g.write(date="2025-01-16",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} (来源：陕西日报)",
        title=TITLE, notes=NOTES, title_in_text=False)
facts = [l for l in g.lines if not l.get("negative")]
print(len(facts), "facts,", len(g.lines) - len(facts), "negatives")
