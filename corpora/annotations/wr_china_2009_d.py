"""Gold annotations for wr_china_2009_d (2009年中华人民共和国国务院政府工作报告, the 2009 tasks:
earthquake reconstruction, agriculture, industrial restructuring, science), lines 73-102 of
shared/texts/work_report/wr_china_2009.txt.

The excerpt corpora/wr_china_2009_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 三、2009年主要任务 (heading on source
line 51, outside the excerpt): the end of task （二） (四是加快推进地震灾区恢复重建: 1300亿元,
95%, 两年 / 三年), task （三） 巩固和加强农业基础地位 in full (五件事: 千亿斤, 6000万人, 500万
沼气用户, 扶贫标准 1196元 / 4007万人; 以下措施: “三农”投入 7161亿元, 最低收购价 0.11元 / 0.13元,
补贴资金 1230亿元, 农机具购置补贴 130亿元, 18亿亩耕地红线) and task （四） 加快转变发展方式 up to
大力推进科技创新 一要/二要 (中小企业发展资金 39亿元 → 96亿元, 技术改造 200亿元, 科技投入 1461亿元).
All of it is the plan for 2009.  The review of 2008 is wr_china_2009 (lines 5-25), part 二 and
task （一） wr_china_2009_c (lines 41-63), the social tasks wr_china_2009_b (lines 143-166): no
overlap.  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2009_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2009_d"
SOURCE_ID = "wr_china_2009"
PLACE = "中国"
REF = "2009-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 73, 102                   # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2009年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2009)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="四是加快推进地震灾区恢复重建。",
                 ends="加快科技成果向现实生产力转化。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / N要 / （N）), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
DISCOURSE_NOTE = ("discourse count of the points enumerated below ({}), not a quantity claim "
                  "(as 以下五项工作 in wr_china_2009_b, 以下六个方面 in wr_china_2016_b)")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget or decision: subject the document's place "
            "中国, 中央财政/中央政府/国务院 as alts (as wr_china_2009_b / wr_china_2009_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2009-03-05; 今年 = 2009, 上年 = 2008, 明年 = 2010) ----------------
# The excerpt lies in part 三、2009年主要任务 (source line 51, outside the excerpt): the plan for
# 2009 → modality target.  A line is a paragraph; a period governs the clauses after it in its
# line only (SPEC §4).  Lines without a period before a number take the section frame
# 2009-01-01..2009-12-31, period text 今年 (the excerpt's word for the plan year, as
# wr_china_2009_b), the null reading in period_alts.  Explicit:
# - 今年 (lines 1, 7, 9, 11, 14, 28 of the excerpt: source 73, 81, 83, 86, 100 and 今年底 of 74)
#   governs the rest of its line (no null alt, as wr_china_2009_b's explicit 今年);
# - 今年底 (source 74) = the instant 2009-12-31: the share of students in permanent school
#   buildings is a level at that instant; the durations 两年 / 三年 later in the line are the
#   reconstruction's time limits: by meaning the plan year is gold (as 争取三年内基本解决 in
#   wr_china_2009_b), the spans and the literal instant 今年底 as alts (judgement call);
# - 到明年底 (source 79) = 2010-12-31, the deadline of the road goal (no number); read
#   literally it would govern 6000万人 / 500万 after it, but these are the 2009 tasks (the
#   2010 report reviews them as 2009 results: 6069万农民, 新增510万沼气用户) → the frame 2009
#   is gold, the literal instant 2010-12-31, the span 2009-2010 and null as alts (judgement
#   call, as 明年 in wr_china_2005_b).
# Standards in force (扶贫标准 1196元, 18亿亩 耕地红线) and the coverage of the poverty policy
# (4007万人) take the year with the end instant as alt.  The pair 从39亿元增加到96亿元 (source
# 97): the start is the 2008 budget amount (actual), the end the 2009 one (target).
Y09T = "今年"
Y09 = P(Y09T, "2009-01-01", "2009-12-31")
Y09_NULL = null(Y09T)
Y09_END = P(Y09T, "2009-12-31", "2009-12-31")
PLAN = dict(period=Y09, period_alts=[Y09_NULL])
PLAN_LEVEL = dict(period=Y09, period_alts=[Y09_NULL, Y09_END])
T09 = dict(period=Y09)
T09_LEVEL = dict(period=Y09, period_alts=[Y09_END])
PLAN_NOTE = ("task for 2009 → target; no period before it in its line: section frame of part "
             "三、2009年主要任务 (outside the excerpt), null as alt")
T_NOTE = "今年 (= 2009) stands before it in its line and governs it"

# ==== line 1 (source 73): 四是加快推进地震灾区恢复重建 ==========================================
g.neg("四是加快推进地震灾区", "四是", MARKER_NOTE + " (四是 of task （二）, whose 一是…三是 lie "
      "before the excerpt)")
REBUILD = ["灾后重建资金", "中央财政灾后重建资金", "灾后恢复重建资金", "中央财政安排灾后重建资金",
           "中央财政灾后恢复重建资金", "灾后重建投入", "中央财政灾后重建投入"]
gov("今年再安排1300亿元", "1300亿元", value=1300e8, unit="CNY", kind="amount",
    metric="中央财政灾后重建资金", metric_alts=REBUILD, **T09,
    note="再安排 → target (the central budget's reconstruction money for 2009; 再 'again', "
         "after the 2008 fund, not an increment); " + T_NOTE + "; " + GOV_NOTE)

# ==== line 2 (source 74): schools, 两年 / 三年 =======================================================
QUAKE = CN + ["地震灾区", "灾区"]
END09 = P("今年底", "2009-12-31", "2009-12-31")
fact("确保今年底95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="在永久性校舍中学习的学生比例",
     metric_alts=["在永久性校舍中学习的学生比重", "永久性校舍学生比例", "在永久性校舍中学习的学生占比",
                  "地震灾区学校学生在永久性校舍中学习比例", "学生在永久性校舍中学习比例",
                  "在永久性校舍中学习的学生"],
     subject_alts=QUAKE, period=END09, period_alts=[Y09, null("今年底")],
     note="以上 → ge (outside the span); 确保 → target; the share of the disaster area's pupils "
          "taught in permanent school buildings at 今年底 (explicit instant 2009-12-31, a share of "
          "a stock), the year and null as alts; the disaster area keeps 中国 as subject, the "
          "region as alt (README §4)")
TWO = P("两年内", "2009-01-01", "2010-12-31")
fact("力争在两年内基本完成", "两年", value=2, unit="year", kind="amount", bound="le",
     metric="灾后恢复重建完成期限",
     metric_alts=["灾后重建完成期限", "灾后恢复重建期限", "完成灾后重建目标任务时间", "灾后重建期限",
                  "完成原定三年目标任务期限", "灾后重建", "灾后恢复重建"],
     subject_alts=QUAKE, period=Y09, period_alts=[TWO, END09, Y09_NULL],
     note="judgement call: the time limit of the goal (力争在两年内基本完成… 'strive to finish "
          "within two years') → a duration, unit year, 内 → le (as 争取三年内基本解决 in "
          "wr_china_2009_b), 力争 → target; the plan year is gold by meaning, the two years "
          "2009-2010, the literal instant 今年底 of the line and null as alts")
fact("原定三年的目标任务", "三年", value=3, unit="year", kind="amount",
     metric="灾后恢复重建原定期限",
     metric_alts=["灾后重建原定期限", "原定灾后恢复重建期限", "灾后恢复重建期限", "灾后重建期限",
                  "灾后恢复重建总体规划期限", "原定目标任务期限", "灾后重建"],
     subject_alts=QUAKE, period=Y09,
     period_alts=[P("三年", "2008-01-01", "2010-12-31"), P("三年", "2009-01-01", "2011-12-31"),
                  END09, Y09_NULL],
     note="judgement call: the length of the original goal (原定三年的目标任务, the span of the "
          "reconstruction master plan) → a duration, unit year, target (as 原定5年取消农业税 in "
          "wr_china_2005_b); the text does not date the three years: the plan year is gold, "
          "the spans 2008-2010 / 2009-2011, the literal instant 今年底 and null as alts")

# ==== line 3 (source 75): heading （三） ==============================================================
g.neg("（三）巩固和加强", "（三）", MARKER_NOTE)

# ==== line 4 (source 76): 今年重点抓好五件事 ==========================================================
g.neg("今年重点抓好五件事", "五件", DISCOURSE_NOTE.format("一是…五是"))

# ==== line 5 (source 77): 一是稳定发展粮食生产 =========================================================
g.neg("一是稳定发展粮食生产", "一是", MARKER_NOTE + " (一是 … 五是)")
g.neg("着力提高单产", "单产", "lexicalized 单产 'yield per unit area', not a quantity (as "
      "wr_anhui_2025_d)")
fact("新增千亿斤粮食生产能力", "千亿斤", value=5e7, unit="t", kind="amount",
     metric="新增粮食生产能力",
     metric_alts=["粮食生产能力增量", "全国新增粮食生产能力", "粮食生产能力", "粮食生产能力建设",
                  "新增千亿斤粮食生产能力", "全国新增千亿斤粮食生产能力"],
     **PLAN,
     note="quantity inside a plan's name (全国新增千亿斤粮食生产能力建设, SPEC §1; as in "
          "wr_china_2010): 千亿斤 = 1e11 斤 × 0.0005 = 5e7 t; a capacity still to be built → "
          "target; " + PLAN_NOTE)

# ==== line 6 (source 78): 二是…调整农业结构 ===========================================================
g.neg("二是以市场需求为导向", "二是", MARKER_NOTE)
g.neg("加快实施新一轮优势农产品", "一轮", "新一轮 'a new round', not a count")

# ==== line 7 (source 79): 三是农业基础设施和农村民生工程 ================================================
g.neg("三是加强农业基础设施", "三是", MARKER_NOTE)
NEXT_END = P("到明年底", "2010-12-31", "2010-12-31")
BY_MEANING = dict(period=Y09, period_alts=[NEXT_END, P("到明年底", "2009-01-01", "2010-12-31"),
                                           Y09_NULL])
BY_MEANING_NOTE = ("judgement call on the period: 到明年底 earlier in the line dates the road goal "
                   "(no number); these are tasks of 2009 (再解决 / 增加 in the list of the year's "
                   "tasks; the 2010 report reviews them as 2009 results) → the frame 2009 is "
                   "gold, the literal 明年底 (instant 2010-12-31), the span 2009-2010 and null "
                   "as alts")
fact("再解决6000万人安全饮水", "6000万人", value=6000e4, unit="count", kind="count",
     classifier="人", metric="解决安全饮水问题的人口",
     metric_alts=["解决安全饮水问题人口", "解决饮水安全问题的农村人口", "解决安全饮水问题的农村人口",
                  "农村饮水安全受益人口", "安全饮水", "饮水安全", "农村人口", "解决安全饮水问题人数"],
     **BY_MEANING,
     note="再解决 → target: the people whose drinking-water safety is to be secured (the "
          "predicate defines the counted set → in the metric, as 4800多万农村人口 in "
          "wr_china_2009); " + BY_MEANING_NOTE)
fact("增加500万沼气用户", "500万", value=500e4, unit="count", kind="count", classifier="户",
     metric="沼气用户",
     metric_alts=["新增沼气用户", "沼气用户增量", "沼气用户数量增量", "农村沼气用户",
                  "增加沼气用户", "沼气用户数量"],
     **BY_MEANING,
     note="no classifier written (500万 + noun 沼气用户): 户 implied (as 新增450万农村沼气用户 in "
          "wr_china_2007); 增加 N → count of the new users, 增量 reading in alts (README §3); "
          "target; " + BY_MEANING_NOTE)

# ==== line 8 (source 80): 四是多渠道促进农民增收 =======================================================
g.neg("四是多渠道促进农民增收", "四是", MARKER_NOTE)
g.neg("发展农村二三产业", "二三", "sector labels 二三产业 (secondary and tertiary industries, as "
      "一二三产业 in wr_beijing_2025_b), not a quantity")

# ==== line 9 (source 81): 五是加大扶贫开发力度 =========================================================
g.neg("五是加大扶贫开发力度", "五是", MARKER_NOTE)
POV = ["扶贫标准", "新扶贫标准", "新的扶贫标准", "国家扶贫标准", "扶贫标准线", "贫困线",
       "农村扶贫标准", "人均扶贫标准"]
gov("新标准提高到人均1196元", "1196元", value=1196, unit="CNY", kind="amount",
    metric="扶贫标准", metric_alts=POV[1:], **T09_LEVEL,
    note="提高到 → the new poverty line to be applied in 2009 (将实行 → target), a per-head "
         "yearly income standard (人均 part of the indicator); " + T_NOTE + " (the year, the end "
         "instant as alt, as the standards of wr_china_2009_b); the state sets it → " + GOV_NOTE)
fact("扶贫对象覆盖4007万人", "4007万人", value=4007e4, unit="count", kind="count",
     classifier="人", metric="扶贫对象",
     metric_alts=["扶贫对象人数", "扶贫对象覆盖人数", "扶贫对象覆盖", "新标准覆盖扶贫对象",
                  "扶贫对象数量", "农村低收入人口"],
     **T09_LEVEL,
     note="the people the new line covers in 2009 (将实行 → target); " + T_NOTE + " (the year, "
          "the end instant as alt)")
g.neg("进入一个新阶段", "一个", "indefinite article 一个, not a count")

# ==== line 10 (source 82): 全面加强“三农”工作要采取以下措施 ============================================
g.neg("全面加强“三农”工作", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 11 (source 83): 一要大幅度增加农业农村投入 ==================================================
g.neg("一要大幅度增加", "一要", MARKER_NOTE + " (一要 … 五要)")
g.neg("拟安排“三农”投入", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
AGRI = ["中央财政“三农”投入", "中央财政用于“三农”的投入", "“三农”投入", "三农投入",
        "中央财政三农投入", "中央财政“三农”支出", "“三农”支出", "中央财政拟安排“三农”投入"]
gov("投入7161亿元", "7161亿元", value=7161e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入", metric_alts=AGRI[1:], **T09,
    note="拟安排 → target; " + T_NOTE + "; " + GOV_NOTE)
gov("比上年增加1206亿元", "1206亿元", value=1206e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入增量",
    metric_alts=AGRI + ["“三农”投入增量", "三农投入增量", "中央财政用于“三农”的投入增量",
                        "中央财政“三农”投入增加"],
    **T09,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no comparison of an amount fact (as wr_china_2009_c); target; " + T_NOTE)

# ==== line 12 (source 84): 产粮大县 (一般性 lexicalized) ============================================

# ==== line 13 (source 85): 二要较大幅度提高粮食最低收购价 ============================================
g.neg("二要较大幅度提高", "二要", MARKER_NOTE)

# ==== line 14 (source 86): 最低收购价 ================================================================
MSP_NOTE = ("分别: 小麦 ↔ 0.11元, 稻谷 ↔ 0.13元 (each with its own 元); the rise of the minimum "
            "purchase price per 斤 on average (平均每斤, part of the indicator) = an absolute "
            "change of a price level (SPEC §2: <level>增量, positive, comparison null); the state "
            "sets the prices → " + GOV_NOTE + "; target; " + T_NOTE)
gov("分别提高0.11元", "0.11元", value=0.11, unit="CNY", kind="amount",
    metric="小麦最低收购价增量",
    metric_alts=["小麦最低收购价", "小麦最低收购价提高", "小麦最低收购价提高幅度",
                 "小麦最低收购价每斤提高", "小麦最低收购价提价幅度", "最低收购价增量", "最低收购价"],
    **T09, note=MSP_NOTE)
gov("0.11元和0.13元", "0.13元", value=0.13, unit="CNY", kind="amount",
    metric="稻谷最低收购价增量",
    metric_alts=["稻谷最低收购价", "稻谷最低收购价提高", "稻谷最低收购价提高幅度",
                 "稻谷最低收购价每斤提高", "稻谷最低收购价提价幅度", "最低收购价增量", "最低收购价"],
    **T09, note=MSP_NOTE)

# ==== line 15 (source 87): 三要进一步增加农业补贴 =====================================================
g.neg("三要进一步增加农业补贴", "三要", MARKER_NOTE)
SUB = ["补贴资金", "中央财政补贴资金", "农业补贴资金", "中央财政农业补贴", "农业补贴",
       "中央财政拟安排补贴资金", "中央财政农业补贴资金总额"]
gov("拟安排补贴资金1230亿元", "1230亿元", value=1230e8, unit="CNY", kind="amount",
    metric="中央财政农业补贴资金", metric_alts=SUB, **PLAN,
    note="拟安排 → target; the farm subsidies of the paragraph (进一步增加农业补贴); "
         + PLAN_NOTE + "; " + GOV_NOTE)
gov("比上年增加200亿元", "200亿元", value=200e8, unit="CNY", kind="amount",
    metric="中央财政农业补贴资金增量",
    metric_alts=SUB + ["补贴资金增量", "农业补贴资金增量", "农业补贴增量", "中央财政补贴资金增量"],
    **PLAN,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2), comparison "
         "null; target; " + PLAN_NOTE)

# ==== line 16 (source 88): 良种补贴 (no numeral) =====================================================

# ==== line 17 (source 89): 农机具购置补贴 ==============================================================
MACH = ["农机具购置补贴", "农机具购置补贴资金", "中央财政农机具购置补贴", "中央财政拟安排资金",
        "农机具购置补贴中央财政资金", "农机购置补贴资金", "农机购置补贴"]
gov("拟安排资金130亿元", "130亿元", value=130e8, unit="CNY", kind="amount",
    metric="中央财政农机具购置补贴资金", metric_alts=MACH, **PLAN,
    note="拟安排 → target; the money of the machinery purchase subsidy named at the head of "
         "the sentence; " + PLAN_NOTE + "; " + GOV_NOTE)
gov("比上年增加90亿元", "90亿元", value=90e8, unit="CNY", kind="amount",
    metric="中央财政农机具购置补贴资金增量",
    metric_alts=MACH + ["农机具购置补贴资金增量", "农机具购置补贴增量", "中央财政农机具购置补贴增量"],
    **PLAN,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2), comparison "
         "null; target; " + PLAN_NOTE)

# ==== line 18 (source 90): 四要…农业社会化服务体系 ====================================================
g.neg("四要加快新型农业", "四要", MARKER_NOTE)

# ==== line 19 (source 91): 五要稳定完善农村基本经营制度 ================================================
g.neg("五要稳定完善", "五要", MARKER_NOTE)

# ==== line 20 (source 92): 18亿亩耕地红线 =============================================================
fact("严守18亿亩耕地红线", "18亿亩", value=18e8, unit="mu", kind="amount",
     metric="耕地红线",
     metric_alts=["耕地保有量", "耕地面积", "耕地", "耕地保护红线", "耕地红线面积", "全国耕地面积"],
     **PLAN_LEVEL,
     note="严守 → target: the floor of the country's cultivated land (the red line is exactly "
          "18亿亩, so eq; the land to be kept at or above it); 亩 stays mu (SPEC §3); a level "
          "held through the year → the frame with null and the end instant as alts; "
          + PLAN_NOTE)

# ==== line 21 (source 93): heading （四） ==============================================================
g.neg("（四）加快转变发展方式", "（四）", MARKER_NOTE)

# ==== line 22 (source 94): no numeral ===================================================================

# ==== line 23 (source 95): 一是…重点产业调整和振兴规划 ================================================
g.neg("一是认真实施汽车", "一是", MARKER_NOTE + " (一是 … 五是)")

# ==== line 24 (source 96): 二是…兼并重组 (一体化 lexicalized) ===========================================
g.neg("二是大力推进企业组织", "二是", MARKER_NOTE)

# ==== line 25 (source 97): 三是扶持中小企业 ===========================================================
g.neg("三是采取更加有力", "三是", MARKER_NOTE)
SME = ["中小企业发展资金", "中央财政中小企业发展专项资金", "中小企业发展专项资金",
       "中央财政中小企业资金", "中小企业资金"]
gov("从39亿元增加到", "39亿元", value=39e8, unit="CNY", kind="amount",
    metric="中央财政中小企业发展资金", metric_alts=SME, modality="actual",
    period=P("上年", "2008-01-01", "2008-12-31"),
    period_alts=[P("上年", "2008-12-31", "2008-12-31"), P("上年", "2009-01-01", "2009-01-01"),
                 Y09, null("上年")],
    note="start value of a from/to pair (从39亿元增加到96亿元) with no year written: the fund of "
         "the year before the plan (2008) → actual, the year 2008 (a yearly budget amount, a "
         "flow); alts the end of 2008, the start of 2009 (the FROM instant of wr_china_2009_b), "
         "the frame 2009 and null — judgement call; " + GOV_NOTE)
gov("增加到96亿元", "96亿元", value=96e8, unit="CNY", kind="amount",
    metric="中央财政中小企业发展资金", metric_alts=SME, **PLAN,
    note="end value of the pair: the fund of the 2009 budget (增加到 'rose to' the level, not "
         "an increment) → target; " + PLAN_NOTE)

# ==== line 26 (source 98): 四是…技术改造 ==============================================================
g.neg("四是积极支持企业", "四是", MARKER_NOTE)
TECH = ["技术改造专项资金", "专项资金", "中央财政专项资金", "中央财政技术改造资金", "技术改造资金",
        "中央财政拟安排专项资金", "企业技术改造专项资金"]
gov("拟安排200亿元专项资金", "200亿元", value=200e8, unit="CNY", kind="amount",
    metric="中央财政技术改造专项资金", metric_alts=TECH, **PLAN,
    note="拟安排 → target; the special fund mainly for interest subsidies on firms' technical "
         "upgrading (the purpose names the metric); " + PLAN_NOTE + "; " + GOV_NOTE)

# ==== line 27 (source 99): 五是…现代服务业 ============================================================
g.neg("五是加快发展现代服务业", "五是", MARKER_NOTE)

# ==== line 28 (source 100): 大力推进科技创新 ==========================================================
SCI = ["中央财政科技支出", "科技投入", "中央财政用于科技的支出", "科技支出", "中央财政科技投入总额"]
gov("今年中央财政科技投入1461亿元", "1461亿元", value=1461e8, unit="CNY", kind="amount",
    metric="中央财政科技投入", metric_alts=SCI, **T09,
    note="the central science budget of 2009 → target; " + T_NOTE + "; " + GOV_NOTE)
gov("1461亿元，增长25.6%", "25.6%", value=25.6, unit="%", kind="growth",
    metric="中央财政科技投入", metric_alts=SCI, comparison="yoy", **T09,
    note="增长 → yoy (over the 2008 budget); target; " + T_NOTE)

# ==== line 29 (source 101): 一要…科技重大专项 (一些 lexicalized) =====================================
g.neg("一要加快实施国家", "一要", MARKER_NOTE + " (一要 … 二要)")
g.neg("尽快突破一批核心技术", "一批", "quantifier 一批 (README §2)")

# ==== line 30 (source 102): 二要深化科技体制改革 ======================================================
g.neg("二要深化科技体制改革", "二要", MARKER_NOTE)
g.neg("投身经济建设第一线", "第一线", "idiom 第一线 'the front line', not a rank")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2009年主要任务 (heading on source line 51, outside the excerpt) — the end "
    "of task （二） (四是加快推进地震灾区恢复重建), task （三） 巩固和加强农业基础地位 in full (五件事 "
    "一是…五是, then the measures 一要…五要) and task （四） 加快转变发展方式 up to 大力推进科技创新 "
    "一要/二要: the plan for 2009. The review of 2008 is wr_china_2009, part 二 and task （一） "
    "wr_china_2009_c, the social tasks wr_china_2009_b (no overlap). The source has no title "
    "line; the title is the corpus meta title (title_in_text=False). Date: 2009-03-05, the "
    "opening day of the 2nd session of the 11th NPC, on which Premier Wen Jiabao delivered the "
    "report (corpus meta; the Wikisource text has no date line); nothing in the excerpt "
    "contradicts it (今年 = 2009, 上年 = 2008, 明年 = 2010). Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国); the central budget and the state's decisions (1300亿元, 7161亿元, "
    "1230亿元, 130亿元, 39亿元 → 96亿元, 200亿元, 1461亿元, the minimum purchase prices, the "
    "poverty line) add 中央财政/中央政府/国务院; the earthquake area's figures (95%, 两年, 三年) "
    "add 地震灾区/灾区. Periods: 今年 governs its line where it stands before the numbers "
    "(1300亿元; 1196元, 4007万人; 7161亿元, 1206亿元; 0.11元, 0.13元; 1461亿元, 25.6%); 今年底 "
    "(instant 2009-12-31) governs 95%; lines without a period take the section frame 2009 "
    "(period text 今年, null as alt); by meaning (judgement calls): 两年 / 三年 (durations) keep "
    "the plan year with the spans and the literal 今年底 as alts; 6000万人 / 500万 keep 2009 "
    "though 到明年底 precedes them in their line (2010-12-31 and 2009-2010 as alts); the start "
    "of the pair 从39亿元增加到96亿元 → 2008 (actual). Standards and coverage (1196元, 4007万人, "
    "18亿亩) → the year with the end instant as alt. Modality: target throughout (拟安排, 再安排, "
    "确保, 力争, 将实行, 严守, 再解决, 增加 of the plan) except 39亿元 (the 2008 fund, actual). "
    "Comparisons: yoy for 增长25.6%; absolute changes 比上年增加 N and the price rises 提高0.11元/"
    "0.13元 → amounts with metric <level>增量, comparison null. Bounds: 以上 → ge (95%); 两年内 → "
    "le. Units: 亿元 1e8; 千亿斤 = 1e11 斤 = 5e7 t; 18亿亩 → mu; 6000万人 → count 人; 500万 "
    "(沼气用户) → count 户 (implied); 两年 / 三年 → year. Judgement calls: 两年内 / 原定三年 → "
    "duration facts (time limits of the reconstruction goal); 千亿斤 in the programme name → a "
    "capacity fact (as wr_china_2010); 18亿亩耕地红线 → an amount fact (eq, target); the price "
    "rises per 斤 → CNY 增量 amounts; 五件事 → discourse-count negative; 二三产业 → sector label. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一般(性转移支付), 一体化, 一些, 进一步 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
