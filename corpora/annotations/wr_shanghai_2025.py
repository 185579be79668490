"""Gold annotations for wr_shanghai_2025 (2025年上海市政府工作报告), lines 1-13 of
shared/texts/work_report/wr_shanghai_2025.txt.

The excerpt corpora/wr_shanghai_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the title, the dateline (2025年1月15日…), the source
line, the opening, the one-paragraph summary of 2024 (一年来… 一是 … 四是, line 6), the
line 过去一年，我们主要做了以下工作。 and section （一） of the detailed review (the five
"centres": economy, finance, trade, shipping, science).  The 2025 主要预期目标 (source line
43) lies ~5,800 characters later and cannot be reached by a contiguous run of 2,000-2,500
characters, so the excerpt is review only.  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_shanghai_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_shanghai_2025"
PLACE = "上海市"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 13                     # 1-based, inclusive, whole lines
TITLE = "2025年上海市政府工作报告"
SH_ALTS = ["上海", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts=TITLE, ends="高水平人才高地建设成效显著。")
text = g.text
fact = g.with_subject(PLACE, SH_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PHASE_NOTE = "phase label of a project (N期), not a quantity"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# Line 6 opens with 一年来 (= 2024, the year under review): its facts carry that period text.
# Lines 9-13 are section （一） of the detailed review introduced by line 7 过去一年，我们主要
# 做了以下工作。 (its own line, so it governs nothing by the paragraph rule, but it names the
# section frame): their facts take the review year 2024 with period text 过去一年, the null
# reading in period_alts (SPEC §4 section frame, as wr_henan_2025 / wr_beijing_2025).
# Stocks (累计, 余额, 拥有量, 增加到/扩展到/达到 N 家 of a register) are the instant
# 2024-12-31 with the literal year and null as alts.
Y24a = P("一年来", "2024-01-01", "2024-12-31")
Y24a_NULL = P("一年来", None, None)
Y24a_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW_A = dict(period=Y24a, period_alts=[Y24a_NULL])
STOCK_A = dict(period=Y24a_END, period_alts=[Y24a, Y24a_NULL])
LEVEL_A = dict(period=Y24a, period_alts=[Y24a_NULL, Y24a_END])

Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")

# ---- lines 1-5: title, dateline, source, opening ---------------------------------------------
g.neg(TITLE, "2025年", PERIOD_NOTE + " (title: the year of the report)")
g.neg("----2025年1月15日龚正", "2025年1月15日",
      "date of delivery (the reference date), not a fact")
g.neg("上海市第十六届人民代表大会", "第十六届", "session label of the congress")
g.neg("第三次会议的政府工作报告", "第三次", "session label of the meeting")

# ---- line 6: summary of 2024 (一年来 … 一是 … 四是) ----------------------------------------
g.neg("一年来，全市经济社会", "一年来", PERIOD_NOTE + " (the review year 2024; governs "
      "line 6)")
g.neg("一是经济运行", "一是", MARKER_NOTE)
GDP_ALTS = ["GDP", "地区生产总值", "全市生产总值", "经济增长"]
fact("全市生产总值增长5%", "5%", value=5, unit="%", kind="growth", metric="生产总值",
     metric_alts=GDP_ALTS, comparison="yoy", **FLOW_A,
     note="no 预计 in the text → actual; 一年来 at the head of the line governs it")
fact("进入了5万亿元以上的新阶段", "5万亿元", value=5e12, unit="CNY", kind="amount",
     bound="ge", metric="城市经济规模",
     metric_alts=["经济规模", "经济总量", "生产总值", "地区生产总值", "GDP", "全市生产总值"],
     **FLOW_A,
     note="judgement call: 城市经济规模进入了5万亿元以上的新阶段 states the 2024 GDP level "
          "as at least 5万亿元 (a fact of the level, 以上 → ge, outside the span), not a "
          "threshold defining a counted set; 万亿元 = 1e12")
fact("预算收入达到8374.2亿元", "8374.2亿元", value=8374.2e8, unit="CNY", kind="amount",
     metric="地方一般公共预算收入",
     metric_alts=["一般公共预算收入", "公共预算收入", "地方财政收入"], **FLOW_A)
fact("亿元、增长0.7%", "0.7%", value=0.7, unit="%", kind="growth",
     metric="地方一般公共预算收入",
     metric_alts=["一般公共预算收入", "公共预算收入", "地方财政收入"], comparison="yoy",
     **FLOW_A)
fact("失业率平均为4.2%", "4.2%", value=4.2, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["调查失业率", "平均城镇调查失业率", "城镇调查失业率平均"], **FLOW_A,
     note="a rate → share; 平均 = the average of the monthly rates over 2024 (a flow "
          "average → the year)")
g.neg("二是新动能", "二是", MARKER_NOTE)
fact("的比例达到4.4%左右", "4.4%", value=4.4, unit="%", kind="share", bound="approx",
     metric="全社会研发经费支出相当于全市生产总值的比例",
     metric_alts=["研发经费支出相当于全市生产总值的比例", "全社会研发经费支出相当于生产总值的比例",
                  "研发经费支出相当于生产总值的比例", "研发投入强度", "研发经费投入强度",
                  "全社会研发经费投入强度", "R&D经费投入强度", "研发经费支出占生产总值比重",
                  "全社会研发经费支出占全市生产总值的比例"],
     **FLOW_A, note="ratio of two flows of the year → share; 左右 → approx (outside the "
                    "span); no 预计 → actual")
g.neg("每万人口高价值", "万人", "per-10,000-people basis inside the metric name "
      "每万人口高价值发明专利拥有量, not a count (as wr_jiangsu_2025)")
fact("拥有量提高到57.9件", "57.9件", value=57.9, unit="count", kind="count", classifier="件",
     metric="每万人口高价值发明专利拥有量",
     metric_alts=["万人口高价值发明专利拥有量", "万人高价值发明专利拥有量",
                  "每万人高价值发明专利拥有量", "高价值发明专利拥有量"],
     **STOCK_A, note="patents held per 10,000 people (拥有量, a stock; 提高到 = the level "
                     "reached): instant 2024-12-31, literal year and null as alts")
g.neg("人工智能三大先导产业", "三大", "set label N大 (三大先导产业, summing up the three "
      "industries just named; README §2 八大)")
fact("产业规模达到1.8万亿元", "1.8万亿元", value=1.8e12, unit="CNY", kind="amount",
     metric="三大先导产业规模",
     metric_alts=["先导产业规模", "集成电路、生物医药、人工智能三大先导产业规模",
                  "集成电路、生物医药、人工智能产业规模", "三大先导产业", "产业规模"],
     **LEVEL_A, note="size (output/revenue) of the three industries in 2024 → the year; "
                     "the year-end reading as alt")
g.neg("三是改革开放", "三是", MARKER_NOTE)
fact("进出口总额达到4.27万亿元", "4.27万亿元", value=4.27e12, unit="CNY", kind="amount",
     metric="外贸进出口总额",
     metric_alts=["进出口总额", "外贸进出口", "进出口", "进出口总值", "外贸进出口总值"],
     **FLOW_A)
fact("实际使用外资175亿美元左右", "175亿美元", value=175e8, unit="USD", kind="amount",
     bound="approx", metric="实际使用外资",
     metric_alts=["实际利用外资", "外资", "实际使用外资金额"], **FLOW_A,
     note="亿美元 → USD ×1e8; 左右 → approx")
fact("约合1243亿元人民币", "1243亿元", value=1243e8, unit="CNY", kind="amount",
     bound="approx", metric="实际使用外资",
     metric_alts=["实际利用外资", "外资", "实际使用外资金额"], **FLOW_A,
     note="the same inflow converted into yuan: its own quantity mention (one fact per "
          "mention, SPEC §1); 约合 → approx (约 outside the span); span without the currency "
          "name 人民币 after the unit (as nw_yicai 9.42万亿元人民币)")
NEW_ALTS = "verb 新认定 over the 分别 list: count of the units certified in 2024; 增量 alts"
fact("分别新认定60家", "60家", value=60, unit="count", kind="count", classifier="家",
     metric="跨国公司地区总部",
     metric_alts=["新认定跨国公司地区总部", "跨国公司地区总部数量", "跨国公司地区总部增量",
                  "跨国公司地区总部数量增量"],
     **FLOW_A, note=NEW_ALTS + "; 分别 in list order: 总部 60, 研发中心 30")
fact("新认定60家和30家", "30家", value=30, unit="count", kind="count", classifier="家",
     metric="外资研发中心",
     metric_alts=["新认定外资研发中心", "外资研发中心数量", "外资研发中心增量",
                  "外资研发中心数量增量"],
     **FLOW_A, note=NEW_ALTS)
fact("累计分别达到1016家", "1016家", value=1016, unit="count", kind="count", classifier="家",
     metric="跨国公司地区总部",
     metric_alts=["累计跨国公司地区总部", "跨国公司地区总部数量", "跨国公司地区总部累计",
                  "累计认定跨国公司地区总部"],
     **STOCK_A, note="累计 → stock: instant 2024-12-31, literal year and null as alts")
fact("1016家和591家", "591家", value=591, unit="count", kind="count", classifier="家",
     metric="外资研发中心",
     metric_alts=["累计外资研发中心", "外资研发中心数量", "外资研发中心累计",
                  "累计认定外资研发中心"],
     **STOCK_A, note="累计 → stock: instant 2024-12-31, literal year and null as alts")
fact("交易总额达到3650万亿元", "3650万亿元", value=3650e12, unit="CNY", kind="amount",
     metric="金融市场交易总额", metric_alts=["金融市场交易额", "金融市场成交额"], **FLOW_A,
     note="万亿元 = 1e12 → 3.65e15 CNY (turnover of the year)")
fact("万亿元、增长8.2%", "8.2%", value=8.2, unit="%", kind="growth",
     metric="金融市场交易总额", metric_alts=["金融市场交易额", "金融市场成交额"],
     comparison="yoy", **FLOW_A)
g.neg("四是人民生活", "四是", MARKER_NOTE)
fact("可支配收入达到8.8万元", "8.8万元", value=88000, unit="CNY", kind="amount",
     metric="居民人均可支配收入", metric_alts=["人均可支配收入"], **FLOW_A)
fact("万元、增长4.2%", "4.2%", value=4.2, unit="%", kind="growth",
     metric="居民人均可支配收入", metric_alts=["人均可支配收入"], comparison="yoy",
     **FLOW_A)
fact("优良率达到88.5%", "88.5%", value=88.5, unit="%", kind="share",
     metric="环境空气质量优良率",
     metric_alts=["空气质量优良率", "优良率", "空气质量优良天数比例", "环境空气质量优良天数比例"],
     **FLOW_A, note="share of good-air days in the year → the year")
fact("提高0.8个百分点", "0.8个百分点", value=0.8, unit="pp", kind="change",
     metric="环境空气质量优良率",
     metric_alts=["空气质量优良率", "优良率", "空气质量优良天数比例", "环境空气质量优良天数比例"],
     comparison="yoy", **FLOW_A, note="pp change of the rate against the previous year")
fact("新增公园141座", "141座", value=141, unit="count", kind="count", classifier="座",
     metric="公园",
     metric_alts=["新增公园", "公园数量", "公园增量", "公园数量增量"], **FLOW_A,
     note="新增 N: count of the new parks of 2024; 增量 alts (README §3)")
fact("累计达到973座", "973座", value=973, unit="count", kind="count", classifier="座",
     metric="公园", metric_alts=["公园数量", "公园总数", "累计公园", "累计建成公园"],
     **STOCK_A, note="累计 → stock: instant 2024-12-31, literal year and null as alts")
g.neg("为“十四五”末建成", "十四五", "plan label 十四五 (inside the period expression "
      "“十四五”末 = end of 2025)")
fact("末建成千座公园城市", "千座", value=1000, unit="count", kind="count", classifier="座",
     metric="公园", metric_alts=["公园数量", "公园总数", "千座公园城市", "建成公园"],
     modality="target", period=P("“十四五”末", "2025-12-31", "2025-12-31"),
     period_alts=[P("“十四五”末", None, "2025-12-31"), P("“十四五”末", "2025-01-01", "2025-12-31"),
                  P("“十四五”末", None, None)],
     note="judgement call: 为“十四五”末建成千座公园城市打下扎实基础 states the goal of a "
          "city with 1,000 parks by the end of the 14th FYP (end of 2025), right after the "
          "stock 973座 → a target count of the park stock (instant 2025-12-31); the reading "
          "as a mere slogan label (千座公园城市) is the alternative (would be a negative)")

# ---- line 7: 过去一年 --------------------------------------------------------------------
g.neg("过去一年，我们主要", "过去一年", PERIOD_NOTE + " (the review year 2024; its own "
      "line, names the frame of the detailed review)")

# ---- line 8: heading （一） ---------------------------------------------------------------
g.neg("（一）奋力落实", "（一）", MARKER_NOTE)
g.neg("落实“五个中心”建设", "五个中心", LABEL_NOTE + " (the five centres, each named in "
      "lines 9-13)")

# ---- line 9: 国际经济中心 -------------------------------------------------------------------
g.neg("新型工业化“五大行动”", "五大", "set label “五大行动”")
g.neg("全力落实三大先导产业", "三大", "set label 三大先导产业")
g.neg("先导产业新一轮", "一轮", "新一轮 'a new round', not a count")
fact("打造28个未来产业试验场", "28个", value=28, unit="count", kind="count", classifier="个",
     metric="未来产业试验场",
     metric_alts=["打造未来产业试验场", "未来产业试验场数量", "未来产业试验场增量"], **FLOW)
fact("总规模1000亿元", "1000亿元", value=1000e8, unit="CNY", kind="amount",
     metric="三大先导产业母基金和未来产业基金总规模",
     metric_alts=["总规模", "基金总规模", "三大先导产业母基金和未来产业基金规模",
                  "三大先导产业母基金和未来产业基金", "母基金和未来产业基金总规模",
                  "先导产业母基金和未来产业基金总规模"],
     subject_alts=SH_ALTS + ["三大先导产业母基金和未来产业基金", "三大先导产业母基金",
                             "未来产业基金"],
     **LEVEL,
     note="total size of the funds launched (启动运行) in 2024 → the year, the instant as "
          "alt; the city is the subject (the funds as alts)")
g.neg("的三大先导产业母基金", "三大", "set label 三大先导产业 inside the fund's name")
g.neg("开工建设10亿元以上", "10亿元", "threshold defining the counted projects (亿元以上项目, "
      "SPEC §2), part of the metric of 26个")
fact("重大产业项目26个", "26个", value=26, unit="count", kind="count", classifier="个",
     metric="10亿元以上重大产业项目",
     metric_alts=["10亿元以上重大产业项目数量", "开工建设10亿元以上重大产业项目", "重大产业项目",
                  "开工建设重大产业项目", "10 亿元以上重大产业项目"],
     **FLOW, note="threshold 10亿元以上 is part of the metric (SPEC §2); projects started "
                  "(开工建设) in 2024")
g.neg("“两评估、一清单", "两评估", LABEL_NOTE + " (两评估、一清单、一盘活)")
g.neg("两评估、一清单、", "一清单", LABEL_NOTE + " (两评估、一清单、一盘活)")
g.neg("一清单、一盘活", "一盘活", LABEL_NOTE + " (两评估、一清单、一盘活)")
fact("产业用地45平方公里", "45平方公里", value=45e6, unit="m2", kind="amount",
     metric="盘活处置低效产业用地",
     metric_alts=["低效产业用地", "盘活处置低效产业用地面积", "低效产业用地盘活处置",
                  "低效产业用地盘活", "盘活低效产业用地"], **FLOW,
     note="平方公里 = 1e6 m2")
fact("“工业上楼”项目151个", "151个", value=151, unit="count", kind="count", classifier="个",
     metric="“工业上楼”项目",
     metric_alts=["工业上楼项目", "实施“工业上楼”项目", "实施工业上楼项目", "工业上楼项目数量"],
     **FLOW)
fact("智造空间1015万平方米", "1015万平方米", value=1015e4, unit="m2", kind="amount",
     metric="智造空间",
     metric_alts=["打造智造空间", "智造空间面积", "智造空间建筑面积"], **FLOW)

# ---- line 10: 国际金融中心 ------------------------------------------------------------------
g.neg("金融“四个体系”", "四个", "set label 金融“四个体系”, not a count claim")
fact("发布“科创板八条”", "八条", value=8, unit="count", kind="count", classifier="条",
     metric="科创板八条",
     metric_alts=["“科创板八条”", "科创板措施", "科创板改革措施", "科创板政策措施", "措施"],
     subject="中央金融管理部门",
     subject_alts=["中国证监会", "中国证券监督管理委员会", "上海市", "上海", "全市"],
     **FLOW,
     note="judgement call: the quoted nickname of a policy package states its number of "
          "measures → count of measures (README §2 七条措施; wr_jiangsu “33条”), released by "
          "the central financial regulators with Shanghai's cooperation (配合), so they "
          "own it, the city as alt; the reading as a pure name (negative) is the "
          "alternative")
fact("持牌金融机构增加到1782家", "1782家", value=1782, unit="count", kind="count",
     classifier="家", metric="持牌金融机构",
     metric_alts=["持牌金融机构数量", "持牌金融机构总数", "金融机构"], **STOCK,
     note="增加到 = the level reached (a register): " + STOCK_NOTE)
fact("贷款余额达到1.3万亿元", "1.3万亿元", value=1.3e12, unit="CNY", kind="amount",
     metric="普惠小微贷款余额", metric_alts=["普惠小微贷款", "小微贷款余额"], **STOCK,
     note="余额 → " + STOCK_NOTE)
fact("万亿元、增长15%", "15%", value=15, unit="%", kind="growth",
     metric="普惠小微贷款余额", metric_alts=["普惠小微贷款", "小微贷款余额"],
     comparison="yoy", **LEVEL,
     note="growth of the balance over 2024 (year-end on year-end) → the year; the "
          "year-end instant and null as alts")

# ---- line 11: 国际贸易中心 ------------------------------------------------------------------
CIIE = dict(subject="第七届中国国际进口博览会",
            subject_alts=["中国国际进口博览会", "进口博览会", "进博会", "第七届进博会",
                          "上海市", "上海"])
g.neg("第七届中国国际进口博览会", "第七届", "edition label of an event (第七届…博览会), "
      "not a count")
g.neg("按一年计意向", "一年", "basis of the figure (按一年计 'counted over one year'), not "
      "a duration fact")
fact("意向成交金额800.1亿美元", "800.1亿美元", value=800.1e8, unit="USD", kind="amount",
     metric="按一年计意向成交金额",
     metric_alts=["意向成交金额", "意向成交额", "进博会意向成交金额", "按一年计意向成交额"],
     **CIIE, **FLOW,
     note="the expo (Nov 2024) owns the number; 亿美元 → USD ×1e8; 按一年计 (annualised) "
          "kept in the primary metric")
fact("亿美元、增长2%", "2%", value=2, unit="%", kind="growth",
     metric="按一年计意向成交金额",
     metric_alts=["意向成交金额", "意向成交额", "进博会意向成交金额", "按一年计意向成交额"],
     comparison="yoy", **CIIE, **FLOW,
     note="against the sixth expo (2023) → yoy")
g.neg("上线“365展贸网”", "365", "number inside a platform name (365展贸网), not a quantity")
fact("举办92场上海会议活动", "92场", value=92, unit="count", kind="count", classifier="场",
     metric="上海会议活动",
     metric_alts=["举办上海会议活动", "上海会议活动数量", "会议活动", "进博会期间上海会议活动"],
     **FLOW, note="side events held by Shanghai during the expo; the city is the subject")
g.neg("深入创建全国首个", "首个", FIRST_NOTE)
fact("（AEO）达到558家", "558家", value=558, unit="count", kind="count", classifier="家",
     metric="“经认证的经营者”（AEO）",
     metric_alts=["经认证的经营者", "“经认证的经营者”", "AEO", "AEO企业", "经认证的经营者数量",
                  "AEO企业数量", "“经认证的经营者”（AEO）数量"],
     **STOCK, note="达到 N 家 of a register of certified firms: " + STOCK_NOTE)
fact("进口目录扩展到24个", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="再制造产品进口目录",
     metric_alts=["再制造产品进口目录产品", "再制造进口产品", "再制造产品进口目录产品数量",
                  "再制造产品进口目录数量", "再制造产品"],
     **STOCK, note="扩展到 = the level reached (products in the catalogue): " + STOCK_NOTE)
g.neg("全国首家二手汽车", "首家", FIRST_NOTE)
g.neg("首家二手汽车", "二手", "lexicalized 二手 'second-hand', not a quantity")
g.neg("首例海关特殊监管区外", "首例", FIRST_NOTE)

# ---- line 12: 国际航运中心 ------------------------------------------------------------------
g.neg("全国首例涉外海事", "首例", FIRST_NOTE)
g.neg("推出电子提单", "提单", "lexicalized 提单 'bill of lading' (单 = document), not a "
      "quantity")
g.neg("完成国内首次绿色甲醇", "首次", FIRST_NOTE)
g.neg("浦东国际机场四期", "四期", PHASE_NOTE)
g.neg("罗泾港区改造一期", "一期", PHASE_NOTE)
PORT = dict(subject="上海港", subject_alts=["上海", "上海市"])
PORT_M = dict(metric="集装箱吞吐量",
              metric_alts=["上海港集装箱吞吐量", "港口集装箱吞吐量", "年吞吐量", "吞吐量"])
fact("吞吐量达到5150.6万标准箱", "5150.6万标准箱", value=51506000, unit="count",
     kind="count", classifier="标准箱", **PORT_M, **PORT, **FLOW,
     note="标准箱 (TEU) is the measure word → count, classifier 标准箱 (as nw_yicai 标箱); "
          "the port owns the number; throughput of the year")
fact("连续15年排名", "15年", value=15, unit="year", kind="amount",
     metric="集装箱吞吐量世界第一持续时间",
     metric_alts=["集装箱吞吐量连续世界第一", "集装箱吞吐量连续排名世界第一",
                  "集装箱吞吐量世界第一年数", "连续排名世界第一", "集装箱吞吐量"],
     **PORT, **FLOW,
     note="length of the streak 连续15年 (a duration, unit year), as the streaks of "
          "wr_jiangsu_2025 — judgement call; the streak ends in the review year")
fact("排名世界第一，", "第一", value=1, unit="rank", kind="rank", scope="世界",
     metric="集装箱吞吐量",
     metric_alts=["上海港集装箱吞吐量", "集装箱吞吐量排名", "港口集装箱吞吐量"], **PORT,
     period=Y24, period_alts=[Y24_NULL, P("连续15年", "2010-01-01", "2024-12-31")],
     note="the position in the review year; held in each year of the streak (alt "
          "2010-2024)")
g.neg("成为全球首个年吞吐量", "首个", FIRST_NOTE)
g.neg("超过5000万标准箱的世界大港", "5000万标准箱",
      "threshold defining the class of ports (年吞吐量超过5000万标准箱的世界大港, SPEC §2) "
      "of which Shanghai is the first; not a fact of its own")
AIR = dict(subject="上海机场", subject_alts=["上海机场集团", "上海", "上海市",
                                               "浦东国际机场和虹桥国际机场"])
fact("分别达到420.6万吨", "420.6万吨", value=420.6e4, unit="t", kind="amount",
     metric="航空货邮吞吐量",
     metric_alts=["货邮吞吐量", "上海机场航空货邮吞吐量", "航空货邮"], **AIR, **FLOW,
     note="分别 in list order: 货邮 420.6万吨, 旅客 1.25亿人次; the airports own them")
fact("万吨、1.25亿人次", "1.25亿人次", value=1.25e8, unit="count", kind="count",
     classifier="人次", metric="旅客吞吐量",
     metric_alts=["航空旅客吞吐量", "上海机场旅客吞吐量", "上海机场航空旅客吞吐量"],
     **AIR, **FLOW, note="head 航空…吞吐量 restored from the list")
fact("升至世界第二", "第二", value=2, unit="rank", kind="rank", scope="世界",
     metric="航空货邮吞吐量",
     metric_alts=["货邮吞吐量", "航空货邮吞吐量排名", "货邮吞吐量排名", "上海机场航空货邮吞吐量"],
     **AIR, **FLOW, note="分别 in list order: 货邮 → 第二, 旅客 → 第三; rank of a flow → "
                         "the year")
fact("世界第二、世界第三", "第三", value=3, unit="rank", kind="rank", scope="世界",
     metric="旅客吞吐量",
     metric_alts=["航空旅客吞吐量", "旅客吞吐量排名", "航空旅客吞吐量排名", "上海机场旅客吞吐量"],
     **AIR, **FLOW)

# ---- line 13: 国际科技创新中心 ---------------------------------------------------------------
g.neg("承担实施一批重大科技", "一批", "quantifier 一批")
g.neg("实施新一轮科技成果", "一轮", "新一轮 'a new round', not a count")
fact("成交额达到5200.7亿元", "5200.7亿元", value=5200.7e8, unit="CNY", kind="amount",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同成交"], **FLOW)
fact("亿元、增长7.2%", "7.2%", value=7.2, unit="%", kind="growth",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同成交"],
     comparison="yoy", **FLOW)
g.neg("“大零号湾”", "零号", "place name 大零号湾 (an innovation district), not a quantity")
fact("高新技术企业达到2.5万家", "2.5万家", value=25000, unit="count", kind="count",
     classifier="家", metric="高新技术企业",
     metric_alts=["高新技术企业数量", "高新技术企业总数", "国家高新技术企业"], **STOCK,
     note="达到 N 家 of a register of certified firms: " + STOCK_NOTE)
g.neg("“一站式”人才", "一站式", "label 一站式 'one-stop', not a quantity")

NOTES = (
    "Excerpt: lines 1-13 of shared/texts/work_report/wr_shanghai_2025.txt (2,177 "
    "characters), sliced by code: title, dateline, source line, opening, the one-paragraph "
    "summary of 2024 (line 6: 一年来 … 一是 … 四是), 过去一年，我们主要做了以下工作。 and "
    "section （一） of the detailed review (lines 9-13, the five 中心). The 2025 主要预期目标 "
    "(source line 43) is ~5,800 characters further and cannot be joined by a contiguous "
    "run of 2,000-2,500 characters, so the excerpt is review only. Date: 2025-01-15, the "
    "delivery date in the dateline (line 2: ----2025年1月15日龚正市长在上海市第十六届人民代表"
    "大会第三次会议的政府工作报告). The corpus meta and INDEX.tsv give only '2025'; the "
    "dateline is the document's own statement and fixes the day. 一年来 / 过去一年 = 2024; "
    "今年 = 2025 (not used in the excerpt); 上年 (居民消费价格与上年基本持平) = 2023, a "
    "comparison basis without a numeral. Place: 上海市 (全市 → 上海市, alts 上海, 全市); "
    "units that own their numbers take the subject: 上海港 (TEU, streak, rank), 上海机场 "
    "(cargo, passengers, ranks), 第七届中国国际进口博览会 (deal value, growth), "
    "中央金融管理部门 (科创板八条, the city as alt); the funds' size keeps the city (funds "
    "as alts). Periods: line 6 facts carry 一年来 (2024-01-01..2024-12-31, null as alt); "
    "lines 9-13 take the section frame 2024 with the period text 过去一年 (line 7), null as "
    "alt; stocks (累计, 余额, 拥有量, registers at 达到/增加到/扩展到: AEO, 持牌金融机构, "
    "高新技术企业, 再制造目录) are the instant 2024-12-31 with the literal year and null as "
    "alts; growth of a balance is the year. Modality: actual throughout (no 预计; 左右 → "
    "approx) except 千座 (target of the park stock at the end of the 14th FYP, "
    "2025-12-31). Judgement calls: 5万亿元以上 (GDP level, ge) is a fact, not a threshold; "
    "约合1243亿元 is a second fact of the same inflow in yuan; “科创板八条” a count of "
    "measures (as wr_jiangsu “33条”); 连续15年 a duration fact (as wr_jiangsu) with the rank "
    "第一 on the year; 千座公园城市 a target count; 5000万标准箱 a negative (threshold "
    "defining the class of ports). Negatives: years/dates, session labels, 一是-四是, "
    "（一）, 一年来/过去一年, 十四五, labels (五个中心, 五大, 三大 ×3, 两评估/一清单/一盘活, "
    "四个体系, 365展贸网, 大零号湾, 一站式), 第七届, 按一年计, 首个/首家/首例/首次, 二手, "
    "四期/一期, 一轮 ×2, 提单, 10亿元 threshold, 万人 (per-10,000 basis), 一批.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：解放日报)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
