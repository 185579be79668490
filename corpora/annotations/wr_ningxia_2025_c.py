"""Gold annotations for wr_ningxia_2025_c (2025年宁夏回族自治区政府工作报告), lines 35-44 of
shared/texts/work_report/wr_ningxia_2025.txt.

The excerpt corpora/wr_ningxia_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last two paragraphs of review item （六） (法治建设:
review systems, indicators, regulations, proposals; 作风建设: meetings, coordinating bodies,
spending cuts), the thanks and the problems that close the review of 2024, the heading
二、2025年目标任务 with its opening, the 2025 主要预期目标 (GDP, sectors, industry,
investment, retail, revenue, income, unemployment, prices), the transition 实现全年目标…, the
heading of task （一） and its first item 一是… (projects and investment, named project
capacities and totals, consumption, tourism).  The lines were fixed by the brief (a run of
whole lines starting anywhere); lines 10-15 and 26-33 are annotated in wr_ningxia_2025 and
wr_ningxia_2025_b (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_ningxia_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_ningxia_2025_c"
PLACE = "宁夏回族自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_ningxia_2025.txt"
FIRST, LAST = 35, 44                    # 1-based, inclusive, whole lines
TITLE = "2025年宁夏政府工作报告"
NX_ALTS = ["宁夏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="大力加强法治建设。", ends="打造成富民产业和支柱产业。")
text = g.text
fact = g.with_subject(PLACE, NX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
APPOS_NOTE = ("appositive N+classifier restating the items just listed ({}), not a quantity "
              "claim (as 区市县三级 in wr_ningxia_2025)")
SECTOR = "sector name {} (primary/secondary/tertiary industry), not a quantity"
GOV = NX_ALTS + ["自治区人民政府", "自治区政府", "政府"]

# ---- periods (reference date 2025-01-19; 过去一年 = 2024, 今年/全年 of part 二 = 2025) --------
# Lines 1-4 of the excerpt close part 一、2024年工作回顾 (heading at source line 7, outside the
# excerpt).  Lines 1-2 state no period before their numbers: they take the review year as
# section frame (SPEC §4); the excerpt's own name of that year is 过去一年 (line 3), used as
# period text, null in period_alts (as wr_ningxia_2025 / _b use 全年).  Rates of the year's
# work (出庭应诉率 …, 办复率) → the year with the year-end instant as alt (LEVEL).  The streak
# 连续3个季度 ends in the review year: the year as gold, the streak's span as alt.
# Lines 5-10 are part 二、2025年目标任务: the heading and line 6 (2025年是…) name 2025.  The
# target line (7) states no period of its own → the frame 2025 (period text 2025年 of the
# heading, null as alt; as wr_henan_2025).  Line 10 (一是…) names 全年 before its first number
# (全年计划实施项目2900个): 全年 (= 2025) governs the rest of the line, and 力争全年 restates
# it.  Modality: review lines actual; part 二 target (预期目标, 计划, 力争, 确保).
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FRAME_NOTE = ("the line states no period: section frame 2024 (part 一、2024年工作回顾; period "
              "text 过去一年, the excerpt's name of the year in line 3), null as alt")
T25 = P("2025年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("2025年", None, None)], modality="target")
T_NOTE = ("主要预期目标 → target; the line states no period: the frame 2025 of part 二 (heading "
          "二、2025年目标任务), null as alt")
FY25 = P("全年", "2025-01-01", "2025-12-31")
PLAN = dict(period=FY25, period_alts=[P("全年", None, None)], modality="target")
PLAN_NOTE = "全年 (= 2025) earlier in the line governs; a plan of the year → target"

# ---- line 1 (source 35): 大力加强法治建设 ---------------------------------------------------------
fact("审查等8项评估审核制度", "8项", value=8, unit="count", kind="count", classifier="项",
     metric="评估审核制度",
     metric_alts=["政府决策评估审核制度", "评估审核制度数量", "实行评估审核制度",
                  "政府决策合法性、一致性审查等评估审核制度"], **FLOW,
     note="review systems introduced (实行) in 2024; " + FRAME_NOTE)
g.neg("区市两级政府", "两级", APPOS_NOTE.format("区、市"))
KPI = ["出庭应诉率、回应率等关键性指标", "行政机关负责人出庭应诉率", "市场主体投诉举报回应率",
       "关键性指标", "法治政府建设关键性指标"]
fact("等10个关键性指标", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="全部达到100%的关键性指标",
     metric_alts=["关键性指标", "达到100%的关键性指标", "关键性指标数量",
                  "行政机关负责人出庭应诉率、市场主体投诉举报回应率等关键性指标"], **FLOW,
     note="judgement call: the number of key indicators that all reached 100% in 2024 → a "
          "count fact (like 8项 before it); reading it as part of the share's metric only "
          "(negative) is the alternative")
g.neg("指标首次全部达到", "首次", "first-time claim 首次, not a rank or count")
fact("首次全部达到100%", "100%", value=100, unit="%", kind="share",
     metric="行政机关负责人出庭应诉率", metric_alts=KPI[:1] + KPI[2:], **LEVEL,
     note="达到 → eq; one mention (全部达到) covering the 10 indicators: one fact, the first "
          "named rate primary, the others and the group in alts (as 均 in wr_guangdong_2025); "
          "rates of the year's cases → the year, year end as alt")
fact("审议地方性法规15件", "15件", value=15, unit="count", kind="count", classifier="件",
     metric="提请审议地方性法规",
     metric_alts=["地方性法规", "提请自治区人大常委会审议地方性法规", "提请审议地方性法规件数",
                  "审议地方性法规"], subject_alts=GOV, **FLOW)
fact("行政规范性文件等439件", "439件", value=439, unit="count", kind="count",
     classifier="件", metric="制定修订废止政府规章、行政规范性文件",
     metric_alts=["政府规章、行政规范性文件", "制定修订废止政府规章和行政规范性文件",
                  "政府规章和行政规范性文件", "制定修订废止规章和规范性文件",
                  "制定修订废止政府规章、行政规范性文件件数"], subject_alts=GOV, **FLOW,
     note="one count over the two kinds of document (等…件) → one fact")
fact("人大代表建议321件", "321件", value=321, unit="count", kind="count", classifier="件",
     metric="办理人大代表建议",
     metric_alts=["人大代表建议", "办理的人大代表建议", "人大代表建议件数"], subject_alts=GOV,
     **FLOW, note="proposals handled in 2024 (高效办理 shared)")
fact("政协委员提案526件", "526件", value=526, unit="count", kind="count", classifier="件",
     metric="办理政协委员提案",
     metric_alts=["政协委员提案", "办理的政协委员提案", "政协委员提案件数"], subject_alts=GOV,
     **FLOW)
fact("办复率均达100%", "100%", value=100, unit="%", kind="share",
     metric="人大代表建议办复率",
     metric_alts=["办复率", "政协委员提案办复率", "建议提案办复率", "人大代表建议和政协委员提案办复率"],
     subject_alts=GOV, **LEVEL,
     note="均达 → eq; one mention covering both rates (均): one fact, the first primary, the "
          "second in alts (as wr_guangdong_2025); the year's rate, year end as alt")

# ---- line 2 (source 36): 大力加强作风建设 ---------------------------------------------------------
g.neg("减负“十减”任务", "十减", LABEL_NOTE + " (“十减”, the ten reductions of the burden on "
      "the grassroots)")
fact("连续3个季度", "3个季度", value=0.75, unit="year", kind="amount",
     metric="政府系统“无大会季”持续时间",
     metric_alts=["“无大会季”持续时间", "无大会季持续时间", "实行“无大会季”持续时间",
                  "政府系统“无大会季”季度数", "连续实行“无大会季”", "“无大会季”", "持续时间"],
     subject_alts=GOV, period=Y24,
     period_alts=[Y24_NULL, P("连续3个季度", "2024-04-01", "2024-12-31")],
     note="judgement call: length of the streak 连续3个季度 (a duration: a quarter = 1/4 year "
          "→ 0.75 year, as wr_ningxia_2025 连续10个季度 → 2.5 year); the streak lies in the "
          "review year (alt: the last three quarters of 2024); a count of 3 quarters is the "
          "alternative reading. The shared check_gold.py has no 季度 unit and reads 3")
fact("协调机构压减71%", "71%", value=-71, unit="%", kind="growth",
     metric="政府议事协调机构",
     metric_alts=["议事协调机构", "政府议事协调机构数量", "政府议事协调机构压减",
                  "议事协调机构数量"], subject_alts=GOV, comparison="yoy", **FLOW,
     note="压减 X% = a relative cut of the number of bodies → growth, negative (as "
          "wr_china_2014 一般性支出压减5%); comparison yoy by default; " + FRAME_NOTE)
g.neg("“三公”经费", "三公", LABEL_NOTE + " (“三公”经费: official travel abroad, vehicles, "
      "receptions)")
g.neg("“三项费用”", "三项费用", LABEL_NOTE + " (“三项费用”, a named group of expenses), no "
      "number is stated for it (持续压减)")
fact("费用下降24%", "24%", value=-24, unit="%", kind="growth",
     metric="因公出国（境）费用",
     metric_alts=["因公出国(境)费用", "因公出国费用", "因公出国境费用",
                  "自治区本级因公出国（境）费用"],
     subject_alts=NX_ALTS + ["自治区本级"], comparison="yoy", **FLOW,
     note="下降 → negative; the regional level's own spending (自治区本级) → the region, 自治区本级 "
          "as alt")
g.neg("全部“清零”", "清零", "lexicalized verb 清零 'clear to zero, eliminate' (as "
      "wr_ningxia_2025_b), not a stated quantity")
fact("盘活资金8亿多元", "8亿多元", value=8e8, unit="CNY", kind="amount", bound="gt",
     metric="节省盘活资金",
     metric_alts=["共节省盘活资金", "节省盘活资金额", "盘活资金", "节省资金"], subject_alts=GOV,
     **FLOW, note="多 inside the span → gt; 8亿 = 8e8")
g.neg("兜牢“三保”底线", "三保", LABEL_NOTE + " (“三保”: basic livelihood, wages, operation)")

# ---- line 3 (source 37): thanks -----------------------------------------------------------------
g.neg("过去一年成绩", "过去一年", PERIOD_NOTE + " (the review year 2024; its name is the "
      "period text of the frame of lines 1-2)")

# ---- line 4 (source 38): problems — 一些 (lexicalized), no figures ------------------------------

# ---- line 5 (source 39): heading of part 二 ---------------------------------------------------------
g.neg("二、2025年目标任务", "二、", MARKER_NOTE)
g.neg("二、2025年目标任务", "2025年", PERIOD_NOTE + " (section heading: the plan year 2025, "
      "period text of the targets)")

# ---- line 6 (source 40): 2025年是… ----------------------------------------------------------------
g.neg("2025年是“十四五”", "2025年", PERIOD_NOTE + " (the plan year; no number in its line)")
g.neg("2025年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("圆满收官和“十五五”", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("两大国家战略", "两大", APPOS_NOTE.format("“新时代西部大开发”、“黄河流域生态保护和高质量"
      "发展”"))
g.neg("全国唯一全境", "唯一", "uniqueness claim 唯一 'the only (region)', not a measured rank "
      "or count (like 首个, README §2)")
g.neg("“三北”工程", "三北", LABEL_NOTE + " (“三北”工程, the Three-North shelterbelt "
      "programme)")
g.neg("“十大国家级示范试验区”", "十大", LABEL_NOTE + " (“十大国家级示范试验区”, a set label "
      "like 八大(重点行业), README §2)")

# ---- line 7 (source 41): 2025 主要预期目标 ------------------------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "全区地区生产总值", "经济增长", "经济增速"]
fact("地区生产总值增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note=T_NOTE + "; 左右 → approx (outside the span)")
g.neg("一产、二产、三产", "一产", SECTOR.format("一产"))
g.neg("一产、二产、三产", "二产", SECTOR.format("二产"))
g.neg("一产、二产、三产", "三产", SECTOR.format("三产"))
SEC_NOTE = ("分别: 一产 ↔ 5.5%, 二产 ↔ 6%, 三产 ↔ 5% (增加值 shared); 左右 after each value → "
            "approx; " + T_NOTE)
fact("分别增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="第一产业增加值", metric_alts=["一产增加值", "第一产业", "一产", "农业增加值"],
     comparison="yoy", **TARGET, note=SEC_NOTE)
fact("5.5%左右、6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="第二产业增加值", metric_alts=["二产增加值", "第二产业", "二产"],
     comparison="yoy", **TARGET, note=SEC_NOTE)
fact("6%左右、5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="第三产业增加值", metric_alts=["三产增加值", "第三产业", "三产", "服务业增加值"],
     comparison="yoy", **TARGET, note=SEC_NOTE)
fact("工业增加值增长6.5%左右", "6.5%", value=6.5, unit="%", kind="growth", bound="approx",
     metric="规上工业增加值",
     metric_alts=["规模以上工业增加值", "工业增加值", "规上工业"], comparison="yoy", **TARGET,
     note="左右 → approx")
fact("固定资产投资增长6%以上", "6%", value=6, unit="%", kind="growth", bound="ge",
     metric="固定资产投资", metric_alts=["全社会固定资产投资", "投资"], comparison="yoy",
     **TARGET, note="以上 → ge (outside the span)")
fact("零售总额增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET)
fact("预算收入增长3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="地方一般公共预算收入",
     metric_alts=["一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy", **TARGET)
fact("可支配收入增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="全体居民人均可支配收入",
     metric_alts=["居民人均可支配收入", "人均可支配收入", "居民收入"], comparison="yoy",
     **TARGET)
fact("失业率控制在5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 控制在…左右 → approx")
fact("涨幅控制在2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格",
                  "居民消费价格指数涨幅"], comparison="yoy", **TARGET,
     note="涨幅 = growth of the price level (as wr_china_2021); 左右 → approx")
g.neg("2%左右。“十四五”资源", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("宁夏实际和“十四五”收官", "十四五", "plan label 十四五 (SPEC §1)")

# ---- line 8 (source 42): 实现全年目标… — no numeral ----------------------------------------------

# ---- line 9 (source 43): task （一） ----------------------------------------------------------------
g.neg("（一）坚持以特色", "（一）", MARKER_NOTE)
g.neg("按照五个“必须统筹”", "五个", LABEL_NOTE + " (五个“必须统筹”, the five 'must "
      "co-ordinate' requirements of the central economic work conference, a named set of "
      "guidelines) — judgement call")
fact("“六个攻坚战”", "六个", value=6, unit="count", kind="count", classifier="个",
     metric="攻坚战",
     metric_alts=["六个攻坚战", "“六个攻坚战”", "打好攻坚战", "攻坚战数量"], period=T25,
     period_alts=[P("2025年", None, None)], modality="target",
     note="judgement call: the six campaigns of 2025 (enumerated 一是…六是 below) counted, as "
          "“十个专项行动” in wr_ningxia_2025_b; a label reading (negative) is the alternative; "
          "frame 2025 (no period in the line), target")

# ---- line 10 (source 44): 一是 investment and consumption ------------------------------------------
g.neg("一是突出全方位", "一是", MARKER_NOTE)
g.neg("供需两侧协同", "两侧", APPOS_NOTE.format("供、需"))
g.neg("争取“两重”政策", "两重", LABEL_NOTE + " (“两重”)")
g.neg("“十大招商优势”", "十大", LABEL_NOTE + " (“十大招商优势”, a set label like 八大, README "
      "§2)")
g.neg("效益“双增长”", "双增长", LABEL_NOTE + " (“双增长”: both grow; no number stated)")
fact("计划实施项目2900个", "2900个", value=2900, unit="count", kind="count",
     classifier="个", metric="实施项目",
     metric_alts=["项目", "计划实施项目", "实施项目数量", "重点项目"], **PLAN,
     note="计划 → target; " + PLAN_NOTE)
fact("完成年度投资2400亿元", "2400亿元", value=2400e8, unit="CNY", kind="amount",
     metric="年度投资",
     metric_alts=["完成年度投资", "项目投资", "完成投资", "项目年度投资", "项目完成投资"],
     **PLAN, note="the investment planned for the 2900 projects in 2025 → target; " + PLAN_NOTE)
g.neg("晓星氨纶（三期）", "三期", "phase label 三期 (README §2 一期), not a quantity")
CAP_NOTE = ("capacity written into the project's name (SPEC §1 / README §2): metric X产能, "
            "alt X年产能; 万吨 ×1e4 t; 力争开工建设 → designed capacity of a project still to be "
            "built → target (README §6); " + PLAN_NOTE)
NN = dict(subject="国能宁煤",
          subject_alts=["国家能源集团宁夏煤业", "国家能源集团宁夏煤业有限责任公司", PLACE]
          + NX_ALTS)
fact("国能宁煤70万吨煤制烯烃", "70万吨", value=70e4, unit="t", kind="amount",
     metric="煤制烯烃产能",
     metric_alts=["煤制烯烃年产能", "煤制烯烃项目产能", "煤制烯烃", "煤制烯烃项目规模"],
     **NN, **PLAN, note=CAP_NOTE + "; the company owns its project (README §4), the region "
                             "as alt")
fact("80万吨煤制油升级示范", "80万吨", value=80e4, unit="t", kind="amount",
     metric="煤制油产能",
     metric_alts=["煤制油年产能", "煤制油升级示范项目产能", "煤制油升级示范产能", "煤制油",
                  "煤制油项目规模"],
     **NN, **PLAN, note=CAP_NOTE + "; the 80万吨 coal-to-oil upgrade demonstration of the same "
                             "company (国能宁煤 governs both)")
INV_NOTE = ("judgement call: the total investment of the group of projects just listed (A、B、C"
            "等总投资N亿元以上的X项目) → an amount fact, 以上 → ge (outside the span), 力争开工建设 "
            "→ target; reading it as a threshold defining the projects (SPEC §2, negative) is "
            "the alternative; " + PLAN_NOTE)
fact("总投资500亿元以上的精细化工", "500亿元", value=500e8, unit="CNY", kind="amount",
     bound="ge", metric="精细化工项目总投资",
     metric_alts=["精细化工项目投资", "总投资", "精细化工项目"], **PLAN,
     note=INV_NOTE + " (国能宁煤…、中石化对位芳纶、平煤神马尼龙)")
fact("总投资500亿元以上的新材料", "500亿元", value=500e8, unit="CNY", kind="amount",
     bound="ge", metric="新材料项目总投资",
     metric_alts=["新材料项目投资", "总投资", "新材料项目"], **PLAN,
     note=INV_NOTE + " (中色东方高纯钽粉、盈谷高温超导硅)")
fact("总投资1000亿元以上的数据算力", "1000亿元", value=1000e8, unit="CNY", kind="amount",
     bound="ge", metric="数据算力项目总投资",
     metric_alts=["数据算力项目投资", "总投资", "数据算力项目"], **PLAN,
     note=INV_NOTE + " (中国能建、中联云港、中金数据)")
g.neg("华电牛首山", "首", "首 inside the place name 牛首山 (Niushou Mountain, the site of the "
      "pumped-storage station), not a rank")
fact("总投资1000亿元以上的新能源", "1000亿元", value=1000e8, unit="CNY", kind="amount",
     bound="ge", metric="新能源项目总投资",
     metric_alts=["新能源项目投资", "总投资", "新能源项目"], **PLAN,
     note=INV_NOTE + " (华电牛首山抽水蓄能电站、宁国运光伏复合)")
g.neg("全力抓好“十五五”", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("力争一批重大工程", "一批", "quantifier 一批 (README §2)")
g.neg("抢抓“两新”政策", "两新", LABEL_NOTE + " (“两新”)")
g.neg("积极发展首发经济", "首发", "name of a kind of economy 首发经济 ('first-launch "
      "economy'), not a rank (as 首批 / 首座, README §2)")
g.neg("乡村旅游提质“七大行动”", "七大", LABEL_NOTE + " (“七大行动”, a set label like 八大, "
      "README §2) — judgement call: unlike “六个攻坚战” it is written as a 大-label")
fact("旅游花费均增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="游客人次",
     metric_alts=["旅游花费", "游客人次、旅游花费", "游客人数", "接待游客人次", "游客"],
     comparison="yoy", period=FY25, period_alts=[P("全年", None, None)], modality="target",
     note="力争 → target; 以上 → ge (outside the span); one mention (均) covering two metrics: "
          "one fact, the first primary, the second in alts (as wr_guangdong_2025); 力争全年 "
          "restates 2025")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_ningxia_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: lines 1-4 "
    "close the review of 2024 (part 一、2024年工作回顾: the last two paragraphs of item （六） — "
    "法治建设, 作风建设 — the thanks and the problems); lines 5-10 are part 二、2025年目标任务 "
    "(its opening, the 主要预期目标 of 2025, the transition, the heading of task （一） and item "
    "一是 on investment and consumption). Lines 10-15 and 26-33 of the source are annotated in "
    "wr_ningxia_2025 / _b (no overlap). Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line, as wr_ningxia_2025). "
    "Date: 2025-01-19, the delivery date in the report's header (source line 3: ——2025年1月19日"
    "在宁夏回族自治区第十三届人民代表大会第三次会议上); the shared meta agrees. Place: "
    "宁夏回族自治区 (宁夏, 全区, 我区, 自治区 → alts; the regional government as alt of its own "
    "acts; 国能宁煤 owns its project capacities, the region as alt). Periods: review lines 1-2 "
    "take the frame 2024 (period text 过去一年, the excerpt's name of the year in line 3; null "
    "as alt); rates of the year (100% ×2) → the year with year end as alt; the streak 连续3个"
    "季度 → 0.75 year, the year with the streak's span as alt. Targets (line 7) take the "
    "frame 2025 of the heading (period text 2025年, null as alt); line 10 is governed by its "
    "全年 (= 2025, null as alt). Modality: actual in the review, target in part 二. Units: "
    "3个季度 → 0.75 year; 万吨 1e4 t; 亿元 1e8. Judgement calls: 10个关键性指标 → a count fact "
    "and its 100% one share fact (全部达到) over the ten indicators; 办复率均达100% and "
    "游客人次、旅游花费均增长10%以上 → one fact each (first metric primary, second in alts); "
    "压减71% → growth −71; “六个攻坚战” → count 6 (target, as “十个专项行动” in _b) but 五个"
    "“必须统筹”, 十大, 七大, 两大 → label/appositive negatives; 总投资N亿元以上的X项目 → amounts "
    "(ge, target), not thresholds, since no count follows; 国能宁煤 70万吨 / 80万吨 → designed "
    "capacities (target); 唯一 and 首发(经济) → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一致 (一致性审查), 一些, 统一, 一体 (集于一体).")

g.write(date=REF, source=f"shared/texts/work_report/wr_ningxia_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
