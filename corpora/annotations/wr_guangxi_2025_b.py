"""Gold annotations for wr_guangxi_2025_b (2025年广西壮族自治区政府工作报告, second excerpt of the
2024 review), lines 16-21 of shared/texts/work_report/wr_guangxi_2025.txt.

The excerpt corpora/wr_guangxi_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items (六) (reform: state firms, private
economy, finance, budget), (七) (ecology: green factories, renewables, energy intensity,
afforestation, soil and water), (八) (risks: debt, disasters, public safety) and (九)
(livelihoods: jobs, schools, teachers, health insurance, elderly care, housing, pipes,
social assistance, culture and sport) in full, each starting at its heading, then the two
一年来 paragraphs (other work; government self-building: regulations, 办结率).  Lines 7-15
are annotated in wr_guangxi_2025 (no overlap).  Lines 16-21 make 2,011 characters with
about 51 Arabic numbers, the densest run of 2,000-2,500 characters in the allowed lines
16-84: the 2025 part (heading 二、2025年目标任务和重点工作, line 24) holds about 17 numbers in
its first 2,350 characters, and lines 22-23 (no number) would only dilute this run.  Facts
and negatives are written by hand from the text, sentence by sentence; every offset comes
from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangxi_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guangxi_2025_b"
PLACE = "广西壮族自治区"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangxi_2025.txt"
FIRST, LAST = 16, 21                    # 1-based, inclusive, whole lines
TITLE = "2025年广西政府工作报告"          # the source's first line (as wr_guangxi_2025)
GX_ALTS = ["广西", "全区", "我区"]
GOV_ALTS = GX_ALTS + ["广西壮族自治区人民政府", "自治区人民政府", "自治区政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="(六)扎实深化重点领域改革。", ends="抓好审计、统计督察等发现问题整改。")
text = g.text
fact = g.with_subject(PLACE, GX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "place name {}, not a quantity"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The excerpt lies in part 一、过去一年工作回顾 (heading in source line 7, outside the excerpt),
# the review of 2024.  Lines 1-4 (items (六)-(九)) state no period of their own before their
# facts: they take the section frame 2024-01-01..2024-12-31 (the heading's 过去一年, as
# wr_guangxi_2025) with the period text 一年来, the review's own name for the year in this
# excerpt (lines 5-6; as wr_fujian_2025_b; the heading's surface is not in the excerpt), the
# null reading in period_alts (SPEC §4).  In line 2, 1—11月 heads the
# energy-intensity sentence (the latest monthly data); the facts after it in the line
# (afforestation, mangroves, soil erosion, the streak) are annual review figures: they keep
# the year, with the literal 1—11月 inheritance in period_alts (as wr_guangxi_2025 四季度).
# Lines 5 and 6 open with 一年来 (the review year, explicit): it governs line 6's facts.
# Stocks (装机占比, 定点医药机构达到) are the instant 2024-12-31 with the year and null as alts;
# rates and facilities built are the year with the instant as alt.
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
M11 = P("1—11月", "2024-01-01", "2024-11-30")
YL, YL_NULL = Y24, Y24_NULL
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
AFTER_M11 = dict(period=Y24, period_alts=[Y24_NULL, M11])
FLOW_YL = dict(period=YL, period_alts=[YL_NULL])
LEVEL_YL = dict(period=YL, period_alts=[YL_NULL, P("一年来", "2024-12-31", "2024-12-31")])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
AFTER_M11_NOTE = ("annual review figure after the 1—11月 sentence: the year (section frame), "
                  "the literal 1—11月 inheritance in period_alts (as wr_guangxi_2025 四季度)")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
BUILT_NOTE = ("建成 N in the review: facilities completed in 2024 → the year; the cumulative "
              "reading (a stock at 2024-12-31) in period_alts")


# ==== line 1 (source 16): (六) reform ============================================================
g.neg("(六)扎实深化", "(六)", MARKER_NOTE)
fact("战略性新兴产业投资增长42.9%", "42.9%", value=42.9, unit="%", kind="growth",
     metric="区管企业对战略性新兴产业投资",
     metric_alts=["对战略性新兴产业投资", "战略性新兴产业投资", "区管企业战略性新兴产业投资",
                  "区管企业对战略性新兴产业的投资"],
     subject_alts=GX_ALTS + ["区管企业"], comparison="yoy", **FLOW,
     note="the region's state firms as a set (sector-like, README §4): the region keeps the "
          "subject, 区管企业 as alt; section frame 2024 (heading 过去一年 outside the excerpt; "
          "period text 一年来 as in lines 5-6), null as alt")
fact("高质量发展20条措施", "20条", value=20, unit="count", kind="count", classifier="条",
     metric="促进民营经济高质量发展措施",
     metric_alts=["促进民营经济高质量发展的措施", "民营经济高质量发展措施", "措施", "措施数量",
                  "实施促进民营经济高质量发展措施"], **FLOW,
     note="count of measures (README §2 七条措施) carried out in 2024")
fact("民营工业增加值增长11.5%", "11.5%", value=11.5, unit="%", kind="growth",
     metric="规模以上民营工业增加值",
     metric_alts=["规上民营工业增加值", "民营工业增加值", "民营工业"], comparison="yoy", **FLOW)
fact("推进7项全国市场监管", "7项", value=7, unit="count", kind="count", classifier="项",
     metric="全国市场监管重大改革创新试点",
     metric_alts=["市场监管重大改革创新试点", "全国市场监管重大改革创新试点数量",
                  "推进全国市场监管重大改革创新试点", "改革创新试点"], **FLOW)
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”: 科技金融、绿色金融、"
      "普惠金融、养老金融、数字金融, as wr_liaoning_2025_b)")
LOAN_NOTE = "分别: 制造业贷款 ↔ 12.7%, 战略性新兴产业贷款 ↔ 27.2%; head 贷款 shared"
fact("分别增长12.7%", "12.7%", value=12.7, unit="%", kind="growth", metric="制造业贷款",
     metric_alts=["制造业贷款余额", "制造业中长期贷款"], comparison="yoy", **FLOW,
     note=LOAN_NOTE + " (README §3: elided head restored)")
fact("12.7%、27.2%", "27.2%", value=27.2, unit="%", kind="growth",
     metric="战略性新兴产业贷款", metric_alts=["战略性新兴产业贷款余额", "战新产业贷款"],
     comparison="yoy", **FLOW, note=LOAN_NOTE)
fact("融资规模增长23.4%", "23.4%", value=23.4, unit="%", kind="growth",
     metric="企业直接融资规模",
     metric_alts=["直接融资规模", "企业直接融资", "企业直接融资额"], comparison="yoy", **FLOW)
g.neg("深化零基预算", "零基", "reform label 零基预算 (zero-based budgeting), not a quantity "
      "(as wr_anhui_2025)")
g.neg("新一轮机构改革", "一轮", "新一轮 'a new round', not a count")

# ==== line 2 (source 17): (七) ecology =============================================================
g.neg("(七)扎实抓好", "(七)", MARKER_NOTE)
g.neg("“碳达峰十大行动”", "十大", "set label N大 (“碳达峰十大行动”, the ten campaigns), not a "
      "count claim (README §2 八大)")
fact("国家级绿色工厂27家", "27家", value=27, unit="count", kind="count", classifier="家",
     metric="国家级绿色工厂",
     metric_alts=new("国家级绿色工厂", "新增国家级绿色工厂", "绿色工厂"), **FLOW, note=NEW_NOTE)
fact("绿色工业园区3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家级绿色工业园区",
     metric_alts=new("国家级绿色工业园区", "绿色工业园区", "新增绿色工业园区", "新增国家级绿色工业园区"),
     **FLOW, note="新增国家级 distributes over the list (head restored); " + NEW_NOTE)
fact("装机占比提高到41.9%", "41.9%", value=41.9, unit="%", kind="share",
     metric="新能源装机占比",
     metric_alts=["新能源装机比重", "新能源装机占总装机比重", "新能源装机容量占比",
                  "新能源发电装机占比"], **STOCK,
     note="提高到 = the share reached; share of the installed capacity (a stock): " + STOCK_NOTE)
g.neg("1—11月规模以上", "1—11月", PERIOD_NOTE + " (January-November 2024, the latest data of "
      "the energy-intensity sentence)")
fact("能耗强度下降8.9%", "8.9%", value=-8.9, unit="%", kind="growth",
     metric="规模以上工业能耗强度",
     metric_alts=["规上工业能耗强度", "工业能耗强度", "规模以上工业单位增加值能耗",
                  "单位工业增加值能耗"],
     period=M11, period_alts=[P("1—11月", None, None)], comparison="yoy",
     note="下降 → negative growth; 1—11月 heads the sentence (explicit; the year from the "
          "review, 2024-01-01..2024-11-30)")
fact("连续两年获评国家优秀等次", "两年", value=2, unit="year", kind="amount",
     metric="污染防治攻坚战成效考核获评国家优秀等次持续时间",
     metric_alts=["污染防治攻坚战成效考核连续获评国家优秀等次", "污染防治攻坚战成效考核优秀年数",
                  "污染防治攻坚战成效考核获评优秀持续时间", "污染防治攻坚战成效考核"],
     period=Y24, period_alts=[Y24_NULL, P("连续两年", "2023-01-01", "2024-12-31"), M11],
     note="length of the streak 连续两年 (a duration, unit year, as wr_guangxi_2025 连续7年) — "
          "judgement call; the streak ends in the review year (alt 2023-2024); "
          + AFTER_M11_NOTE)
fact("完成植树造林434万亩", "434万亩", value=4.34e6, unit="mu", kind="amount",
     metric="植树造林",
     metric_alts=["植树造林面积", "完成植树造林", "造林面积", "完成造林面积"], **AFTER_M11,
     note="亩 stays mu (SPEC §3); " + AFTER_M11_NOTE)
fact("国家储备林185万亩", "185万亩", value=1.85e6, unit="mu", kind="amount",
     metric="新增国家储备林",
     metric_alts=["国家储备林", "国家储备林增量", "国家储备林面积增量", "新增国家储备林面积",
                  "国家储备林面积"], **AFTER_M11,
     note="新增 of a stock → the indicator phrase kept whole, 增量 reading in alts (as "
          "wr_guangxi_2025 新增统调煤电装机); " + AFTER_M11_NOTE)
fact("红树林1.7万亩", "1.7万亩", value=17000, unit="mu", kind="amount",
     metric="修复和新造红树林",
     metric_alts=["红树林", "修复和新造红树林面积", "红树林修复和营造", "红树林面积",
                  "修复新造红树林"], **AFTER_M11, note=AFTER_M11_NOTE)
fact("治理水土流失1720平方公里", "1720平方公里", value=1.72e9, unit="m2", kind="amount",
     metric="治理水土流失",
     metric_alts=["水土流失治理面积", "治理水土流失面积", "水土流失治理", "水土流失"],
     **AFTER_M11, note="平方公里 = 1e6 m2; " + AFTER_M11_NOTE)
g.neg("程阳八寨景区", "八寨", PLACE_NOTE.format("八寨 (程阳八寨 'the eight villages of "
      "Chengyang', a scenic area)"))
g.neg("百色获批", "百色", PLACE_NOTE.format("百色 (the city of Baise), as wr_guangxi_2025"))
g.neg("国家5A级旅游景区", "5A级", "A-grade class label (5A级), not a quantity (as "
      "wr_guizhou_2025)")

# ==== line 3 (source 18): (八) risks ===============================================================
g.neg("(八)扎实推进", "(八)", MARKER_NOTE)
g.neg("落实一揽子化债方案", "一揽子", "quantifier 一揽子 'package of', not a quantity")
g.neg("稳基层“三保”", "三保", LABEL_NOTE + " (基层“三保”: 保基本民生、保工资、保运转)")
fact("成功应对17轮强降雨", "17轮", value=17, unit="count", kind="count", classifier="轮",
     metric="强降雨",
     metric_alts=["应对强降雨", "强降雨过程", "强降雨轮次", "强降雨次数", "强降雨数量"], **FLOW,
     note="rounds (轮) of heavy rain coped with in 2024")
fact("安全感满意度达98.29%", "98.29%", value=98.29, unit="%", kind="share",
     metric="人民群众安全感满意度",
     metric_alts=["群众安全感满意度", "安全感满意度", "人民群众安全感", "群众安全感"], **LEVEL,
     note="达 → eq; a survey rate of the year → share, the year-end as alt")

# ==== line 4 (source 19): (九) livelihoods =========================================================
g.neg("(九)扎实保障", "(九)", MARKER_NOTE)
fact("坚持把八成左右的财政支出", "八成", value=80, unit="%", kind="share", bound="approx",
     metric="用于民生领域的财政支出占比",
     metric_alts=["民生支出占财政支出比重", "财政支出用于民生领域比重", "民生支出占比",
                  "财政支出用于民生的比例", "用于民生领域的财政支出比重", "民生支出占财政支出的比重"],
     **FLOW, note="八成 → 80 % (SPEC §3); 左右 → approx (outside the span); the share of the "
                  "year's spending")
fact("城镇新增就业40.5万人", "40.5万人", value=405000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人口"], **FLOW,
     note="a flow of the year (the jobs added), the indicator's own name, not 增量 of a level")
fact("毕业生就业率96.1%", "96.1%", value=96.1, unit="%", kind="share",
     metric="离校未就业高校毕业生就业率",
     metric_alts=["高校毕业生就业率", "离校未就业高校毕业生就业比例", "就业率"], **LEVEL,
     note="a rate of a population → share; the year, year-end as alt")
fact("就业岗位21.7万个", "21.7万个", value=217000, unit="count", kind="count",
     classifier="个", metric="退役军人就业岗位",
     metric_alts=["提供退役军人就业岗位", "退役军人岗位", "退役军人就业岗位数量", "就业岗位"],
     **FLOW)
fact("中小学和幼儿园8427所", "8427所", value=8427, unit="count", kind="count",
     classifier="所", metric="新建、改扩建中小学和幼儿园",
     metric_alts=["中小学和幼儿园", "新建改扩建中小学和幼儿园", "新建和改扩建中小学和幼儿园",
                  "新建、改扩建中小学和幼儿园数量", "中小学和幼儿园数量"], **FLOW)
fact("新增学位7.54万个", "7.54万个", value=75400, unit="count", kind="count",
     classifier="个", metric="学位", metric_alts=new("学位", "新增学位"), **FLOW,
     note=NEW_NOTE)
g.neg("综合改革首考", "首考", "首考 'the first exam' under the reformed system, a first-of-kind "
      "event, not a rank or count (gold README §2 首批)")
fact("补充中小学教师2.8万名", "2.8万名", value=28000, unit="count", kind="count",
     classifier="名", metric="补充中小学教师",
     metric_alts=["中小学教师", "补充中小学教师人数", "补充教师", "中小学教师补充"], **FLOW)
fact("其中乡村教师9100名", "9100名", value=9100, unit="count", kind="count",
     classifier="名", metric="补充乡村教师",
     metric_alts=["乡村教师", "补充乡村教师人数", "乡村教师人数"], **FLOW,
     note="其中 of the teachers added: the verb 补充 restored (README §3)")
fact("高等职业学校各2所", "2所", value=2, unit="count", kind="count", classifier="所",
     metric="职业技术大学、高等职业学校",
     metric_alts=["职业技术大学", "高等职业学校", "新增职业技术大学、高等职业学校",
                  "职业技术大学和高等职业学校", "新增职业技术大学", "新增高等职业学校",
                  "职业技术大学增量", "高等职业学校增量"], **FLOW,
     note="one quantity mention over two indicators (各2所: two of each) → one fact, each "
          "indicator as metric alt (as wr_jiangxi_2025 均新增2家); " + NEW_NOTE)
fact("定点医药机构达到1.9万家", "1.9万家", value=19000, unit="count", kind="count",
     classifier="家", metric="纳入跨省直接结算的定点医药机构",
     metric_alts=["跨省直接结算定点医药机构", "定点医药机构", "跨省直接结算的定点医药机构",
                  "纳入跨省直接结算定点医药机构", "跨省直接结算定点医药机构数量"], **STOCK,
     note="达到 → eq; the institutions in the scheme (a register, the predicate defines the "
          "counted set → metric): " + STOCK_NOTE)
fact("新增211项医保报销项目", "211项", value=211, unit="count", kind="count",
     classifier="项", metric="医保报销项目",
     metric_alts=new("医保报销项目", "新增医保报销项目", "报销项目"), **FLOW, note=NEW_NOTE)
fact("301个集中带量采购品种", "301个", value=301, unit="count", kind="count",
     classifier="个", metric="集中带量采购品种",
     metric_alts=new("集中带量采购品种", "新增集中带量采购品种", "带量采购品种"), **FLOW,
     note="新增 shared; " + NEW_NOTE)
fact("报销生育费用7.5亿元", "7.5亿元", value=7.5e8, unit="CNY", kind="amount",
     metric="报销生育费用",
     metric_alts=["生育费用报销", "生育费用", "医保报销生育费用", "生育医疗费用报销"], **FLOW)
fact("发放生育津贴17.3亿元", "17.3亿元", value=17.3e8, unit="CNY", kind="amount",
     metric="发放生育津贴", metric_alts=["生育津贴", "生育津贴发放", "生育津贴发放额"], **FLOW)
fact("建成610个乡镇养老", "610个", value=610, unit="count", kind="count", classifier="个",
     metric="乡镇养老服务中心",
     metric_alts=["建成乡镇养老服务中心", "乡镇养老服务中心数量", "养老服务中心",
                  "乡镇（街道）养老服务中心"],
     period=Y24, period_alts=[Y24_NULL, Y24_END], note=BUILT_NOTE)
fact("惠及1.7万个家庭", "1.7万个", value=17000, unit="count", kind="count", classifier="个",
     metric="长期护理保险制度试点惠及家庭",
     metric_alts=["惠及家庭", "长期护理保险惠及家庭", "长期护理保险制度试点惠及家庭数",
                  "长期护理保险试点惠及家庭", "家庭"], **FLOW,
     note="span number + classifier 个, the counted noun 家庭 outside (README §1)")
fact("安居工程住房10.2万套", "10.2万套", value=102000, unit="count", kind="count",
     classifier="套", metric="保障性安居工程住房",
     metric_alts=["建设保障性安居工程住房", "保障性安居工程", "保障性住房", "安居工程住房",
                  "保障性安居工程住房数量"], **FLOW)
OLD = ["改造城镇老旧小区", "老旧小区", "城镇老旧小区改造", "老旧小区改造", "改造老旧小区"]
fact("老旧小区1376个", "1376个", value=1376, unit="count", kind="count", classifier="个",
     metric="城镇老旧小区", metric_alts=OLD + ["城镇老旧小区数量"], **FLOW,
     note="estates renovated in 2024")
fact("1376个、14万户", "14万户", value=140000, unit="count", kind="count", classifier="户",
     metric="城镇老旧小区户数",
     metric_alts=["改造城镇老旧小区户数", "老旧小区户数", "改造老旧小区户数", "老旧小区改造户数",
                  "户数", "城镇老旧小区"], **FLOW,
     note="the households of the renovated estates; 户 is a classifier (SPEC §3)")
fact("19个城中村改造项目", "19个", value=19, unit="count", kind="count", classifier="个",
     metric="城中村改造项目",
     metric_alts=["启动城中村改造项目", "城中村改造项目数量", "城中村改造"], **FLOW,
     note="projects all started (启动) in 2024")
fact("改造燃气管道1159公里", "1159公里", value=1.159e6, unit="m", kind="amount",
     metric="改造燃气管道",
     metric_alts=["燃气管道改造", "燃气管道", "改造燃气管道长度", "燃气管道改造里程"], **FLOW,
     note="公里 = 1e3 m")
fact("供水管道244公里", "244公里", value=2.44e5, unit="m", kind="amount",
     metric="改造供水管道",
     metric_alts=["供水管道改造", "供水管道", "改造供水管道长度", "供水管道改造里程"], **FLOW,
     note="verb 改造 shared (README §3); 公里 = 1e3 m")
fact("社会救助资金118.7亿元", "118.7亿元", value=118.7e8, unit="CNY", kind="amount",
     metric="发放社会救助资金",
     metric_alts=["社会救助资金", "社会救助资金发放", "社会救助支出"], **FLOW)
fact("惠及310万人", "310万人", value=3.1e6, unit="count", kind="count", classifier="人",
     metric="社会救助资金惠及人数",
     metric_alts=["惠及人数", "社会救助惠及人数", "惠及", "社会救助惠及人口", "社会救助对象",
                  "惠及群众"], **FLOW,
     note="the recipients of the assistance funds just named")
g.neg("“五个一工程”奖", "五个一工程", "award name “五个一工程”, not a count (as "
      "wr_fujian_2025_b)")
fact("，3部作品获", "3部", value=3, unit="count", kind="count", classifier="部",
     metric="获“骏马奖”作品",
     metric_alts=["获骏马奖作品", "作品", "“骏马奖”获奖作品", "骏马奖获奖作品", "获奖作品",
                  "获“骏马奖”的作品"], **FLOW,
     note="works awarded in 2024 (the award defines the counted set → metric)")
g.neg("世界三大赛奖牌", "三大赛", "set label 三大赛 (the three major world competitions), not "
      "a count claim (README §2 八大)")
fact("奖牌36枚", "36枚", value=36, unit="count", kind="count", classifier="枚",
     metric="世界三大赛奖牌",
     metric_alts=["获世界三大赛奖牌", "奖牌", "世界三大赛奖牌数", "奖牌数", "世界大赛奖牌"],
     **FLOW, note="medals won in 2024")
g.neg("时隔16年再获", "时隔16年", PERIOD_NOTE + " (时隔16年 = for the first time in 16 years, "
      "since 2008; not a duration fact, as wr_beijing_2025 时隔5年)")
g.neg("取得1991年以来", "1991年", "basis date of a record (1991年以来最好成绩 'the best result "
      "since 1991'), a period expression, not a fact (as wr_gansu_2025_b 1961年)")

# ==== line 5 (source 20): 一年来, other work (no number facts) =====================================
g.neg("一年来，外事", "一年来", PERIOD_NOTE + " (the review year 2024; its line holds no fact)")
g.neg("残疾人、红十字", "红十字", "organisation name 红十字 (Red Cross); 十字 'cross', not a "
      "number (as wr_hebei_2025)")
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民, as wr_hebei_2025)")

# ==== line 6 (source 21): 一年来, government self-building ==========================================
g.neg("一年来，我们持续", "一年来", PERIOD_NOTE + " (head of the line: the review year 2024, "
      "explicit; governs the line's facts)")
REG = ("laws and rules handled by the regional government in 2024 (its own work: the "
       "region as subject, the government as alt, as wr_hunan_2025 制定省政府规章3件); 一年来 "
       "at the head of the line governs")
fact("法规草案4件", "4件", value=4, unit="count", kind="count", classifier="件",
     metric="提请审议地方性法规草案",
     metric_alts=["地方性法规草案", "提请自治区人大常委会审议地方性法规草案", "法规草案",
                  "提请审议地方性法规草案数量", "地方性法规草案数量"],
     subject_alts=GOV_ALTS, **FLOW_YL, note=REG)
fact("政府规章2件", "2件", value=2, unit="count", kind="count", classifier="件",
     metric="制定自治区政府规章",
     metric_alts=["自治区政府规章", "政府规章", "制定政府规章", "自治区政府规章数量", "规章"],
     subject_alts=GOV_ALTS, **FLOW_YL, note=REG)
fact("废止22件", "22件", value=22, unit="count", kind="count", classifier="件",
     metric="废止自治区政府规章",
     metric_alts=["废止政府规章", "废止规章", "废止自治区政府规章数量", "自治区政府规章",
                  "废止"],
     subject_alts=GOV_ALTS, **FLOW_YL, note="head 自治区政府规章 restored (README §3); " + REG)
g.neg("中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_hainan_2025)")
g.neg("“三公两费”", "三公两费", LABEL_NOTE + " (“三公两费”: official travel abroad, vehicles, "
      "receptions, meetings and training), not a count")
g.neg("高效办成一件事", "一件事", "service-programme name 高效办成一件事, not a count")
fact("问题办结率97.9%", "97.9%", value=97.9, unit="%", kind="share",
     metric="企业反映问题办结率",
     metric_alts=["办结率", "问题办结率", "企业反映问题办结比例"], subject_alts=GOV_ALTS,
     **LEVEL_YL,
     note="the share of firms' complaints settled (a rate of the year's cases) → share; 一年来 "
          "governs, the year-end as alt")
g.neg("第五次全国经济普查", "第五次", "edition label of the census (第五次全国经济普查), not "
      "a count (as wr_guangdong_2025)")

NOTES = (
    "Excerpt: lines 16-21 of shared/texts/work_report/wr_guangxi_2025.txt (2,011 characters "
    "with the final newline), sliced by code: review items (六) (reform), (七) (ecology), (八) "
    "(risks) and (九) (livelihoods) in full, each starting at its heading, and the two 一年来 "
    "paragraphs (other work; government self-building). Lines 7-15 are annotated in "
    "wr_guangxi_2025 (no overlap). Among the runs of 2,000-2,500 characters in lines 16-84 it "
    "holds the most numbers (~51 Arabic numbers); the 2025 part (heading 二、2025年目标任务和"
    "重点工作, line 24) is far sparser (~17 in 2,350 characters), and lines 22-23 hold none. "
    "Title, source line, dateline and the heading 一、过去一年工作回顾 are outside the excerpt "
    "(title_in_text=False; title = the source's first line 2025年广西政府工作报告, as "
    "wr_guangxi_2025). Date: 2025-01-13, the delivery date in the report's header (source "
    "line 3: 2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上); the corpus meta "
    "agrees. Place: 广西壮族自治区 (广西, 全区, 我区 → alts; 区管企业 and the regional "
    "government as alts where they act). Periods: the review of 2024; lines 1-4 state no period "
    "before their facts: section frame 2024-01-01..2024-12-31 (the heading 过去一年, outside "
    "the excerpt) with the period text 一年来, the review's name for the year in lines 5-6 (as "
    "wr_fujian_2025_b), null as alt; 1—11月 heads the "
    "energy-intensity sentence of line 2 (2024-01-01..2024-11-30) and the annual figures after "
    "it keep the year with the 1—11月 inheritance as alt (as wr_guangxi_2025 四季度); line 6 "
    "opens with 一年来 (explicit, 2024). Stocks (新能源装机占比, 定点医药机构达到1.9万家) → "
    "instant 2024-12-31 with the year and null as alts; rates of the year and facilities built "
    "→ the year with the instant as alt; the streak 连续两年 → a duration on the year, its span "
    "as alt. Modality: actual throughout (no 预计 in the excerpt). Units: 万亩 → mu; 平方公里 → "
    "1e6 m2; 公里 → 1e3 m; 八成 → 80 %. Judgement calls: 1—11月 read as governing its sentence "
    "only; 各2所 → one fact over two school types; 新增国家储备林185万亩 → the new area with "
    "增量 alts; 时隔16年 and 1991年(以来) → period expressions (negatives), not durations; "
    "八寨 (程阳八寨) a place name. Negatives: (六)-(九), 五篇大文章, 零基, 一轮, 十大, 1—11月, "
    "八寨, 百色, 5A级, 一揽子, 三保, 首考, 五个一工程, 三大赛, 时隔16年, 1991年, 一年来 ×2, 红十字, 双拥, "
    "八项规定, 三公两费, 一件事, 第五次. Lexicalized, not listed: 统一, 一体 (一体化).")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：广西日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
