"""Gold annotations for wr_ningxia_2025_e (2025年宁夏回族自治区政府工作报告), lines 45-48 of
shared/texts/work_report/wr_ningxia_2025.txt.

The excerpt corpora/wr_ningxia_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: items 二是 (science, technology and industry: R&D,
talent funds, high-tech firms, key technologies), 三是 (reform and opening: transport links,
travel time, fairs, foreign-funded firms, investment attracted), 四是 (energy: mining rights,
capacity and installed power to be added, the grid, green-power parks, silica) and 五是
(digital economy: its scale, data centres, green power, digital transformation) of task
（一）坚持以特色优势产业为支撑… in part 二、2025年目标任务.  The lines were fixed by the brief
(a run of whole lines starting anywhere); lines 10-15, 26-33, 35-44 and 17-25 are annotated
in wr_ningxia_2025, _b, _c and _d (no overlap).  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_ningxia_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_ningxia_2025_e"
PLACE = "宁夏回族自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_ningxia_2025.txt"
FIRST, LAST = 45, 48                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年宁夏政府工作报告"
NX_ALTS = ["宁夏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二是突出科技创新引领",
                 ends="为宁夏发展插上智慧的翅膀。")
text = g.text
fact = g.with_subject(PLACE, NX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN3_NOTE = "name of a multi-year plan or campaign ({}), not a duration fact"
ROUND_NOTE = "新一轮 'a new round', not a count (as wr_yunnan_2025)"
EDITION_NOTE = "edition label of an event ({}), not a count"
APPOS_NOTE = ("appositive N+classifier restating the items just listed ({}), not a quantity "
              "claim (as 区市县三级 in wr_ningxia_2025)")
TECH_NOTE = "technology / network label ({}), not a quantity (as 5G, 双千兆 in wr_ningxia_2025)"
GOV = NX_ALTS + ["自治区人民政府", "自治区政府", "政府"]

# ---- periods (reference date 2025-01-19; 今年/全年 of part 二 = 2025) ----------------------------
# The whole excerpt lies in part 二、2025年目标任务 (heading at source line 39, outside the
# excerpt; annotated in wr_ningxia_2025_c): the tasks of 2025 → modality target.  No line of
# the excerpt names a period of its own for its targets (no 今年, 全年, 年度), so they take the
# section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (as
# wr_ningxia_2025_c line 7; that surface is not in this excerpt, kept deliberately as in
# wr_henan_2025_d: dates are what is scored), null in period_alts.  A stock or a share of a stock to be reached
# (国家高新技术企业达到800家, 外送能力达到2000万千瓦, 数字化转型比例达到60%, the travel time
# after the line opens) → the instant 2025-12-31, the year and null as alts (as wr_henan_2025_b
# PLAN_END).  Current facts stated beside the targets are actual: the start of the from/to pair
# 由18小时缩短到5小时 (the time before the change → instant 2025-01-01, as wr_guangdong_2025_c
# FROM), the rank 硅石储量全国第一 (a standing fact → the reference date, as
# wr_guangdong_2025_c EXIST), and 近两年挂牌出让的14个 (a count of the two years before 2025,
# SPEC §4 近N年 → 2023-2024).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
FROM = dict(period=P("2025年", "2025-01-01", "2025-01-01"),
            period_alts=[P("2025年", "2024-12-31", "2024-12-31"), S25, S25_NULL],
            modality="actual")
EXIST = dict(period=P("2025年", REF, REF),
             period_alts=[P("2025年", "2024-12-31", "2024-12-31"), S25, S25_END, S25_NULL],
             modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年目标任务 (source line 39, 2025), null as alt")
END_NOTE = ("a stock (or share of a stock) to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"


# ==== line 1 (source 45): 二是 science, technology and industry ===================================
g.neg("二是突出科技创新", "二是", MARKER_NOTE)
g.neg("统筹推进“六新六特六优+N”", "六新六特六优+N", LABEL_NOTE + " (“六新六特六优+N”产业, "
      "the region's industrial programme: six new, six distinctive, six advantaged industries "
      "plus N; as 六特 in wr_ningxia_2025)")
g.neg("高质量发展三年行动计划", "三年", PLAN3_NOTE.format("特色优势产业高质量发展三年行动计划"))
g.neg("“四大升级工程”", "四大", LABEL_NOTE + " (“四大升级工程”, a set label like 八大, README "
      "§2; also an appositive of the four items just listed)")
g.neg("启动实施“八大行动”", "八大", LABEL_NOTE + " (“八大行动”, a set label like 八大(重点行业), "
      "README §2)")
fact("研发经费投入增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="全社会研发经费投入",
     metric_alts=["研发经费投入", "研发经费", "R&D经费投入", "全社会研发投入", "研发投入",
                  "全社会R&D经费投入"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("人才资金提高到10亿元", "10亿元", value=10e8, unit="CNY", kind="amount",
     metric="人才资金",
     metric_alts=["人才发展资金", "人才专项资金", "人才资金规模", "人才工作资金"],
     subject_alts=GOV, **PLAN_SET,
     note="提高到 → the level of the fund in 2025 (eq); the year's funding (a budget of the "
          "year), the end instant as alt; " + PLAN_NOTE)
g.neg("培育引进一批科技", "一批", "quantifier 一批 (README §2)")
fact("国家高新技术企业达到800家", "800家", value=800, unit="count", kind="count",
     classifier="家", metric="国家高新技术企业",
     metric_alts=["高新技术企业", "国家高新技术企业数量", "高新技术企业数量",
                  "国家高新技术企业总数", "国家高新技术企业总量"], **PLAN_END,
     note="力争…达到 → target, eq; the number of certified firms (a stock): " + END_NOTE)
fact("重要技术攻关100项以上", "100项", value=100, unit="count", kind="count",
     classifier="项", bound="ge", metric="重要技术攻关",
     metric_alts=["技术攻关", "重要技术攻关项目", "开展重要技术攻关", "重要技术攻关数量",
                  "技术攻关项目", "重要技术攻关项数"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("引进转化科技成果500项以上", "500项", value=500, unit="count", kind="count",
     classifier="项", bound="ge", metric="引进转化科技成果",
     metric_alts=["科技成果", "科技成果转化", "引进转化科技成果数量", "转化科技成果",
                  "科技成果引进转化", "引进转化科技成果项数"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)

# ==== line 2 (source 46): 三是 reform and opening =================================================
g.neg("三是突出经济体制", "三是", MARKER_NOTE)
g.neg("着力推动新一轮改革", "一轮", ROUND_NOTE)
g.neg("启动新一轮建设计划", "一轮", ROUND_NOTE)
g.neg("启动实施零基预算", "零基", "method name 零基预算 (zero-based budgeting), not a quantity")
g.neg("群众的首创精神", "首创", "adjective 首创 'pioneering' (首创精神), not a rank or count "
      "(as wr_henan_2025_d 首创性)")
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("启动新一轮“铁公机”", "一轮", ROUND_NOTE)
g.neg("建设三年计划", "三年", PLAN3_NOTE.format("新一轮“铁公机”建设三年计划"))
TRIP = ["银川至北京时间", "银川经包头至北京旅行时间", "银川至北京通行时间", "银川至北京旅行时间",
        "银川经包头至北京的时间", "银川经包头至北京通行时间", "包银高铁银川至北京时间",
        "银川至北京时长"]
TRIP_SUBJ = NX_ALTS + ["包银高铁", "银川"]
fact("由18小时缩短到5小时", "18小时", value=18 / 24, unit="day", kind="amount",
     metric="银川经包头至北京时间", metric_alts=TRIP, subject_alts=TRIP_SUBJ, **FROM,
     note="start value of the from/to pair 由…缩短到…: the travel time before the high-speed "
          "line opens in full, a current level → actual, the instant 2025-01-01 (as "
          "wr_guangdong_2025_c FROM), alts the end of 2024, the year and null; 18小时 = 0.75 "
          "day (SPEC §3 小时 = 1/24; as 240小时 → 10 day in wr_yunnan_2025)")
fact("缩短到5小时", "5小时", value=5 / 24, unit="day", kind="amount",
     metric="银川经包头至北京时间", metric_alts=TRIP, subject_alts=TRIP_SUBJ, **PLAN_END,
     note="end value of the pair: the travel time once 包银高铁 opens in full (实现…全线通车, a "
          "2025 task) → target, the level holding at the end of 2025: " + END_NOTE
          + "; 5小时 = 5/24 day")
g.neg("全面开工国道629线", "629", "road number 国道629线 (national highway G629), a name, not "
      "a quantity")
g.neg("着力构建“七位一体”", "七位一体", LABEL_NOTE + " (“七位一体”现代交通体系, 'seven in "
      "one' transport system)")
g.neg("深入推动“三个试验区”", "三个试验区", LABEL_NOTE + " (“三个试验区”, the standing name of "
      "the region's three pilot zones, like “两区” in wr_beijing_2025) — judgement call: a "
      "count of 3 zones is the alternative reading")
g.neg("办好第七届中阿博览会", "第七届", EDITION_NOTE.format("第七届中阿博览会"))
g.neg("第五届国际葡萄酒博览会", "第五届", EDITION_NOTE.format("第五届国际葡萄酒博览会"))
g.neg("第32届布鲁塞尔", "第32届", EDITION_NOTE.format("第32届布鲁塞尔国际葡萄酒大奖赛"))
g.neg("第23届中国绿色食品博览会", "第23届", EDITION_NOTE.format("第23届中国绿色食品博览会"))
g.neg("“外资三年外贸五年倍增计划”", "三年", PLAN3_NOTE.format("外资三年外贸五年倍增计划: "
      "foreign investment to double in three years, foreign trade in five"))
g.neg("“外资三年外贸五年倍增计划”", "五年", PLAN3_NOTE.format("外资三年外贸五年倍增计划"))
g.neg("“外资三年外贸五年倍增计划”", "倍增", LABEL_NOTE + " (倍增 'doubling' inside the "
      "plan's name; no multiple is stated as a fact; as 倍增行动 in wr_anhui_2025_c)")
fact("新增外资外贸企业30家左右", "30家", value=30, unit="count", kind="count",
     classifier="家", bound="approx", metric="外资外贸企业",
     metric_alts=new("外资外贸企业", "新增外资外贸企业"), **PLAN,
     note="左右 → approx (outside the span); firms to be added in 2025: the noun with 增量 "
          "alts (README §3); " + PLAN_NOTE)
fact("到位资金1500亿元以上", "1500亿元", value=1500e8, unit="CNY", kind="amount",
     bound="ge", metric="招商引资到位资金",
     metric_alts=["到位资金", "招商引资到位资金额", "招商引资", "招商引资资金到位"], **PLAN,
     note="力争 → target; 以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("两个市场、两种资源", "两个市场", "slogan 两个市场、两种资源 (domestic and foreign "
      "markets), not a count (as wr_china_1998)")
g.neg("两个市场、两种资源", "两种资源", "slogan (the two kinds of resources), not a count (as "
      "wr_china_1998)")

# ==== line 3 (source 47): 四是 energy =============================================================
g.neg("四是突出提高效率", "四是", MARKER_NOTE)
g.neg("低碳转型三年行动", "三年", PLAN3_NOTE.format("能源绿色低碳转型三年行动"))
g.neg("“水地煤油气风光电氢硅”十篇大文章", "十篇", APPOS_NOTE.format("水、地、煤、油、气、风、光、"
      "电、氢、硅: 十篇大文章 'ten big essays', a slogan"))
g.neg("加大新一轮找矿", "一轮", ROUND_NOTE)
NEAR2 = P("近两年", "2023-01-01", "2024-12-31")
g.neg("加快近两年挂牌", "近两年", PERIOD_NOTE + " (SPEC §4: the two full years before the "
      "reference year, 2023-2024; governs 14个)")
fact("挂牌出让的14个探（采）矿权项目", "14个", value=14, unit="count", kind="count",
     classifier="个", metric="挂牌出让的探（采）矿权项目",
     metric_alts=["探（采）矿权项目", "探(采)矿权项目", "挂牌出让探（采）矿权项目",
                  "探采矿权项目", "挂牌出让的探(采)矿权项目", "探（采）矿权项目数量",
                  "挂牌出让探（采）矿权"],
     period=NEAR2, period_alts=[P("近两年", None, None), S25, S25_NULL],
     note="judgement call: the mining-right projects auctioned (挂牌出让) in the last two years "
          "— a count of past events → actual, period 近两年 (2023-2024, SPEC §4); the task is "
          "to speed up their construction, so the 2025 frame (target reading, as 等13个港航项目 "
          "in wr_henan_2025_b) is the alternative: the frame and null as period alts")
NEW_NOTE = ("新增 distributes over the list (新增煤炭产能…、火电装机…、风电光伏装机…、储能…): additions "
            "planned for 2025 (实现…目标 → target), the noun phrase with 新增 as metric and 增量 "
            "alts (README §3); " + PLAN_NOTE)
fact("新增煤炭产能800万吨", "800万吨", value=800e4, unit="t", kind="amount",
     metric="新增煤炭产能",
     metric_alts=["煤炭产能增量", "煤炭产能", "新增煤炭年产能", "煤炭年产能增量", "煤炭产能新增"],
     **PLAN, note="万吨 ×1e4 t (a yearly capacity: base unit, rate in the metric); " + NEW_NOTE)
fact("火电装机130万千瓦", "130万千瓦", value=130e7, unit="W", kind="amount",
     metric="新增火电装机",
     metric_alts=["火电装机增量", "火电装机", "新增火电装机容量", "火电装机容量增量",
                  "火电装机容量"],
     **PLAN, note="万千瓦 = 1e7 W; " + NEW_NOTE)
fact("风电光伏装机2060万千瓦", "2060万千瓦", value=2060e7, unit="W", kind="amount",
     metric="新增风电光伏装机",
     metric_alts=["风电光伏装机增量", "风电光伏装机", "新增风电光伏装机容量", "新能源装机增量",
                  "新增新能源装机", "风电光伏装机容量增量"],
     **PLAN, note="万千瓦 = 1e7 W; " + NEW_NOTE)
fact("储能60万千瓦", "60万千瓦", value=60e7, unit="W", kind="amount",
     metric="新增储能",
     metric_alts=["储能增量", "储能装机", "新增储能装机", "储能装机增量", "储能",
                  "新增储能规模", "新型储能装机增量"],
     **PLAN, note="万千瓦 = 1e7 W (power rating of the storage); " + NEW_NOTE)
GRID = NX_ALTS + ["宁夏电网"]
fact("宁夏电网7个750千伏", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="750千伏输变电工程",
     metric_alts=new("750千伏输变电工程", "输变电工程", "新建750千伏输变电工程",
                     "宁夏电网750千伏输变电工程", "新建输变电工程"),
     subject_alts=GRID, **PLAN_SET,
     note="新建 N: projects of the grid to be built in 2025 → target; the noun with 增量 alts "
          "(README §3); the grid as subject alt (README §4); " + SET_NOTE)
UHV = dict(subject="宁夏电网750千伏输变电工程",
           subject_alts=["750千伏输变电工程", "宁夏电网", "输变电工程", PLACE] + NX_ALTS)
fact("7个750千伏输变电工程", "750千伏", value=750, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "输电电压", "输变电工程电压等级"], **UHV, **PLAN,
     note="technical magnitude in the projects' name (SPEC §1 quantities in a project's name; "
          "as 1000千伏 in wr_chongqing_2025, 500千伏 in wr_chongqing_2025_b): the voltage class; "
          "千伏 has no canonical unit → kept as written, kind amount; projects still to be built "
          "→ target; " + PLAN_NOTE)
fact("外送能力达到2000万千瓦", "2000万千瓦", value=2000e7, unit="W", kind="amount",
     metric="外送能力",
     metric_alts=["电力外送能力", "宁夏电网外送能力", "外送电能力", "外送电力能力",
                  "电网外送能力"],
     subject_alts=GRID, **PLAN_END,
     note="达到 → eq; the grid's export capacity (a stock) to be reached: " + END_NOTE
          + "; 万千瓦 = 1e7 W")
fact("投资250亿元建设", "250亿元", value=250e8, unit="CNY", kind="amount",
     metric="绿电园区投资",
     metric_alts=["投资", "绿电园区建设投资", "建设绿电园区投资", "绿电园区总投资",
                  "现代煤化工、硅基、铝锰基、大数据算力等绿电园区投资"],
     **PLAN, note="the investment to build the green-power parks in 2025 → target; "
                  + PLAN_NOTE)
fact("等4个绿电园区", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="绿电园区",
     metric_alts=new("绿电园区", "建设绿电园区", "现代煤化工、硅基、铝锰基、大数据算力等绿电园区"),
     **PLAN_SET,
     note="the parks to be built (the four just named: 现代煤化工、硅基、铝锰基、大数据算力 — a "
          "count of the plan, as 等13个港航项目 in wr_henan_2025_b); 增量 alts (README §3); "
          + SET_NOTE)
fact("硅石储量全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="硅石储量",
     metric_alts=["硅石储量排名", "硅石资源储量", "硅石", "硅石储量规模"], **EXIST,
     note="a standing fact stated as the basis of the plan (利用…优势) → actual; the reserves "
          "held now → the instant of the reference date (as wr_guangdong_2025_c EXIST), alts "
          "the end of 2024, the 2025 frame and null; span 第一 without the scope word (README "
          "§1)")

# ==== line 4 (source 48): 五是 digital economy ====================================================
g.neg("五是突出培育", "五是", MARKER_NOTE)
g.neg("培育第一增长极", "第一", "slogan 第一增长极 'first growth pole' (the goal set for the "
      "digital economy), not a measured rank")
g.neg("全面实施新一轮", "一轮", ROUND_NOTE)
g.neg("高质量发展三年行动，", "三年", PLAN3_NOTE.format("数字经济高质量发展三年行动"))
fact("算力枢纽“十项工程”", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="算力枢纽工程",
     metric_alts=["算力枢纽“十项工程”", "十项工程", "“十项工程”", "算力枢纽十项工程",
                  "建设算力枢纽工程", "算力枢纽工程数量"], **PLAN,
     note="judgement call: quoted name of a package stating its number of projects → a count "
          "(as “十项机制” in wr_ningxia_2025 and “十个专项行动” in wr_ningxia_2025_b), not a bare "
          "label; " + PLAN_NOTE)
fact("数字经济规模达到2200亿元以上", "2200亿元", value=2200e8, unit="CNY", kind="amount",
     bound="ge", metric="数字经济规模",
     metric_alts=["数字经济", "数字经济总量", "数字经济规模总量", "数字经济增加值"], **PLAN,
     note="达到…以上 → ge (以上 outside the span); the size of the digital economy in 2025 (a "
          "yearly value) → the year; " + PLAN_NOTE)
g.neg("启动5G规模化应用", "5G", TECH_NOTE.format("5G"))
g.neg("行动和万兆光网试点", "万兆", TECH_NOTE.format("万兆光网 '10-gigabit optical network', as "
      "万兆 in wr_beijing_2025_b"))
g.neg("推动5G网络行政村", "5G", TECH_NOTE.format("5G"))
g.neg("千兆光纤县域全覆盖", "千兆", TECH_NOTE.format("千兆光纤 'gigabit fibre'"))
fact("等25个数据中心和智算项目", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="数据中心和智算项目",
     metric_alts=new("数据中心和智算项目", "数据中心", "智算项目", "建设数据中心和智算项目",
                     "数据中心和智算项目数量"),
     **PLAN_SET,
     note="the data-centre and intelligent-computing projects to be built (亚马逊、腾讯、中国电信、"
          "中国移动、航天云等) → one count over the group; 增量 alts (README §3); " + SET_NOTE)
g.neg("积极争取一批重大项目", "一批", "quantifier 一批 (README §2)")
fact("新建数据中心100%使用绿电", "100%", value=100, unit="%", kind="share",
     metric="新建数据中心绿电使用比例",
     metric_alts=["新建数据中心使用绿电比例", "新建数据中心绿电使用率", "绿电使用比例",
                  "数据中心绿电使用比例", "新建数据中心绿电占比", "新建数据中心使用绿电",
                  "绿电使用率"],
     **PLAN_SET,
     note="力争 → target; the share of green power used by data centres newly built in 2025 "
          "(a flow of the year), the end instant as alt; " + PLAN_NOTE)
g.neg("办好第三届“西部数谷”", "第三届", EDITION_NOTE.format("第三届“西部数谷”算力产业大会"))
g.neg("推动三次产业与数字技术", "三次产业", "sector set 三次产业 (primary, secondary and tertiary "
      "industry), a label, not a quantity")
fact("数字化转型比例达到60%", "60%", value=60, unit="%", kind="share",
     metric="规上企业数字化转型比例",
     metric_alts=["数字化转型比例", "规模以上企业数字化转型比例", "规上企业数字化转型率",
                  "企业数字化转型比例", "规上工业企业数字化转型比例"],
     **PLAN_END,
     note="力争…达到 → target, eq; the share of the firms above the size threshold that have "
          "gone digital (a share of a stock): " + END_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_ningxia_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: part 二、"
    "2025年目标任务 (heading at source line 39), task （一）坚持以特色优势产业为支撑… (heading at "
    "source line 43), its items 二是 (science, technology and industry), 三是 (reform and "
    "opening), 四是 (energy) and 五是 (digital economy) in full — the plan for 2025. Lines "
    "10-15, 26-33, 35-44 and 17-25 of the source are annotated in wr_ningxia_2025 / _b / _c / "
    "_d (no overlap). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line, as wr_ningxia_2025). Date: "
    "2025-01-19, the delivery date in the report's header (source line 3: ——2025年1月19日在宁夏"
    "回族自治区第十三届人民代表大会第三次会议上); the shared meta agrees. Place: 宁夏回族自治区 "
    "(宁夏, 全区, 我区, 自治区 → alts; the regional government as alt of the talent fund; 宁夏电网 "
    "as alt of the grid's projects and export capacity; the 750千伏 projects own their voltage "
    "class; 包银高铁 and 银川 as alts of the travel time). Periods: no line names a period for "
    "its targets → the frame 2025 of the heading (period text 2025年, null as alt, as "
    "wr_ningxia_2025_c; the surface 2025年 is not in this excerpt, kept deliberately as in "
    "wr_henan_2025_d, so the shared check_gold.py reports 'period.text not in the article' — "
    "a known false alarm; czfacts check-gold accepts it); stocks and shares of stocks to be reached (800家, 2000万千瓦, 60%, the "
    "5小时 travel time) → instant 2025-12-31 with the year and null as alts; things to be "
    "built (7个, 4个, 25个 projects, the talent fund, the green share of new data centres) → "
    "the year with the end instant as a further alt. Modality: target throughout, except "
    "three current facts: 18小时 (start of the from/to pair → actual, instant 2025-01-01 as "
    "wr_guangdong_2025_c FROM), 硅石储量全国第一 (→ actual, the reference date as "
    "wr_guangdong_2025_c EXIST) and 近两年挂牌出让的14个 (→ actual, 近两年 = 2023-2024 by SPEC "
    "§4). Units: 小时 → 1/24 day (18小时 = 0.75, 5小时 = 0.2083 day); 万千瓦 1e7 W; 万吨 1e4 t; "
    "亿元 1e8; 750千伏 kept as 千伏 (no SPEC code). Judgement calls: 14个探（采）矿权项目 → "
    "actual, dated 近两年 (target/2025 the alternative); 算力枢纽“十项工程” → count 10 (as "
    "“十项机制”) but “三个试验区” → label negative (a standing name of existing zones, as “两区”); "
    "“八大行动”, “四大升级工程”, “七位一体”, 十篇(大文章), 六新六特六优+N → label/appositive "
    "negatives; 新增煤炭产能/火电装机/风电光伏装机/储能 → four additions with 新增 in the metric "
    "and 增量 alts; 750千伏 → a fact (voltage class of the projects to be built, target); "
    "人才资金提高到10亿元 → eq amount of the year; 第一增长极 → slogan negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×2, 统一 (全国统一大市场).")

g.write(date=REF, source=f"shared/texts/work_report/wr_ningxia_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
