"""Gold annotations for wr_china_2009_b (2009年中华人民共和国国务院政府工作报告, the 2009 tasks:
social security, education, health reform, family planning, culture), lines 143-166 of
shared/texts/work_report/wr_china_2009.txt (held out: corpora/heldout/).

The excerpt corpora/heldout/wr_china_2009_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in part 三、2009年主要任务 (heading on
source line 51, outside the excerpt), inside task （六）大力发展社会事业，着力保障和改善民生
(heading on source line 135, outside): the paragraphs 加快完善社会保障体系 (一是…三是: 新农保
试点 10%, 基本养老金 10%), 社会福利 (中央财政 2930亿元), 坚持优先发展教育事业 (一是…五是:
公用经费 300元/500元, 普九 debts, 1200万 teachers, 120亿元), 推进医药卫生事业改革发展 (一是…
五是: 参保率 90%, 2.9万所 / 5000所 / 2000所 / 2400所, 15元; 8500亿元 / 3318亿元), 人口和计划
生育 (600元 → 720元), 文化体育 and the first line of 加强民主法制建设.  All of it is the plan
for 2009 (and the years after it where the text says so).  Lines 5-25 (the review of 2008)
are wr_china_2009 (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2009_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2009_b"
SOURCE_ID = "wr_china_2009"
PLACE = "中国"
REF = "2009-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 143, 166                  # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2009年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2009)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加快完善社会保障体系。一是推进制度建设。",
                 ends="民主决策、民主管理、民主监督。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
DISCOURSE_NOTE = ("discourse count of the points enumerated below ({}), not a quantity claim "
                  "(as 以下六个方面 in wr_china_2016_b, 以下三个方面 in wr_china_1983_b)")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2009 / wr_china_2019_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2009-03-05; 今年 = 2009, 上年 = 2008) ------------------------------
# The excerpt lies in part 三、2009年主要任务 (source line 51, outside the excerpt): the plan for
# 2009 → modality target.  Lines without a period before a number take the section frame
# 2009-01-01..2009-12-31 (SPEC §4), period text 今年 (the excerpt's word for the plan year), the null reading in
# period_alts (as wr_china_2019_b / wr_china_2009).  Explicit periods govern the rest of their
# line only (a line is a paragraph):
# - 今明两年 (line 4) = 2009-01-01..2010-12-31 (the pension rises of both years);
# - 三年内 (line 15), 今后三年内 (line 17), 今后三年 (line 20) = the three years from the plan
#   year on, 2009-01-01..2011-12-31 (null as alt); a rate to be reached within them (参保率…
#   提高到90%以上) is a level at the end → instant 2011-12-31 (stock rule, as 森林覆盖率达到 in
#   wr_china_2016_b), the span and null as alts; totals to be spent or built over them → the
#   span;
# - 今年 (line 17) = 2009 for the 2.9万所 clinics;
# - 从今年开始 (line 21) = from 2009 on: the new standard 720元 → the year 2009 (alts from 2009
#   with an open end, the end instant, null); the start value of the pair 由人均600元提高到720元
#   is the standard in force now → actual, the instant at the start of the year of the change
#   (as FROM in wr_china_2019_b), alts the end of 2008, the reference date, the year 2008 and
#   null.
# Per-head yearly standards (人均公用经费, 人均公共卫生服务经费) take the year with the end
# instant as alt (as 每人每年1500元 in wr_china_2009, the standard of its year).
Y09T = "今年"   # the excerpt's own word for the plan year (lines 6, 9, 17), as wr_china_2019_b
Y09 = P(Y09T, "2009-01-01", "2009-12-31")
Y09_NULL = P(Y09T, None, None)
Y09_END = P(Y09T, "2009-12-31", "2009-12-31")
PLAN = dict(period=Y09, period_alts=[Y09_NULL])
PLAN_LEVEL = dict(period=Y09, period_alts=[Y09_NULL, Y09_END])
PLAN_STOCK = dict(period=Y09_END, period_alts=[Y09, Y09_NULL])
PLAN_NOTE = ("task for 2009 → target; no period before it in its line: section frame of part "
             "三、2009年主要任务 (outside the excerpt), null as alt")

# ==== line 1 (source 143): 加快完善社会保障体系。一是推进制度建设 ================================
g.neg("一是推进制度建设", "一是", MARKER_NOTE + " (一是 … 三是)")
fact("覆盖全国10%左右的县", "10%", value=10, unit="%", kind="share", bound="approx",
     metric="新型农村社会养老保险试点覆盖县（市）比例",
     metric_alts=["新型农村社会养老保险试点覆盖面", "新农保试点覆盖面", "新农保试点覆盖县（市）比例",
                  "新型农村社会养老保险试点覆盖率", "新型农村社会养老保险试点覆盖县(市)比例",
                  "新型农村社会养老保险试点覆盖全国县（市）比例", "试点覆盖县（市）比例",
                  "新型农村社会养老保险试点"],
     **PLAN_STOCK,
     note="左右 → approx (outside the span); the share of the country's counties the new "
          "rural pension pilot is to cover (要覆盖 → target); coverage is a share of a stock → "
          "the instant 2009-12-31 at the end of the frame (stock rule, as 覆盖 in "
          "wr_china_2016_b), the year and null as alts; " + PLAN_NOTE)

# ==== line 2 (source 144): 出台养老保险关系转移接续办法 (no numeral) =============================

# ==== line 3 (source 145): 二是扩大社会保障覆盖范围 ==================================================
g.neg("二是扩大社会保障", "二是", MARKER_NOTE)

# ==== line 4 (source 146): 三是提高社会保障待遇 =======================================================
g.neg("三是提高社会保障待遇", "三是", MARKER_NOTE)
g.neg("今明两年继续提高", "今明两年", PERIOD_NOTE + " (2009-01-01..2010-12-31: this year and "
      "next; governs the pension rise after it)")
TWO = P("今明两年", "2009-01-01", "2010-12-31")
PENS = ["企业退休人员人均基本养老金", "基本养老金", "企业退休人员养老金", "企业退休人员基本养老金水平",
        "退休人员基本养老金", "企业退休人员基本养老金增幅"]
fact("人均每年增长10%左右", "10%", value=10, unit="%", kind="growth", bound="approx",
     metric="企业退休人员基本养老金", metric_alts=PENS, comparison="yoy",
     period=TWO, period_alts=[P("今明两年", "2009-01-01", "2009-12-31"),
                              P("今明两年", None, None)],
     note="左右 → approx (outside the span); 人均每年增长 = the rise of the pension per retiree "
          "in each of the two years → growth against the year before (yoy); 今明两年 before it "
          "governs (2009-2010), the first year 2009 and null as alts; 人均 is part of the "
          "indicator (alt), not a subject")
g.neg("农村五保等", "五保", LABEL_NOTE + " (农村五保 'the five guarantees' for rural elderly "
      "without support), not a count")

# ==== line 5 (source 147): 大力发展社会福利事业和慈善事业 =============================================
SS = ["社会保障资金", "中央财政社会保障投入", "中央财政社会保障支出", "社会保障投入",
      "中央财政投入社会保障资金", "中央财政拟投入社会保障资金", "社会保障支出"]
gov("社会保障资金2930亿元", "2930亿元", value=2930e8, unit="CNY", kind="amount",
    metric="中央财政社会保障资金", metric_alts=SS, **PLAN,
    note="拟投入 → target; " + GOV_NOTE + "; " + PLAN_NOTE)
gov("预计数增加439亿元", "439亿元", value=439e8, unit="CNY", kind="amount",
    metric="中央财政社会保障资金增量",
    metric_alts=SS + ["社会保障资金增量", "中央财政社会保障投入增量", "中央财政社会保障支出增量"],
    **PLAN,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年预计数 (the 2008 outturn as estimated) is no period and no comparison of an "
         "amount fact; target (拟投入)")
gov("439亿元，增长17.6%", "17.6%", value=17.6, unit="%", kind="growth",
    metric="中央财政社会保障资金", metric_alts=SS, comparison="yoy", **PLAN,
    note="增长 against 上年预计数 (the 2008 estimate) → yoy; target")

# ==== line 6 (source 148): 坚持优先发展教育事业 =======================================================
g.neg("对2020年前我国", "2020年前", PERIOD_NOTE + " (the horizon of the education plan "
      "outline, up to 2020; no number after it in its line)")
g.neg("年内要重点抓好五个方面", "五个", DISCOURSE_NOTE.format("一是…五是"))

# ==== line 7 (source 149): 一是促进教育公平 ===========================================================
g.neg("一是促进教育公平", "一是", MARKER_NOTE + " (一是 … 五是)")
FUND_NOTE = ("分别: 小学 ↔ 300元, 初中 ↔ 500元 (学生人均公用经费 shared; the elided head "
             "restored, README §3); the yearly per-pupil operating-fund standard of rural "
             "compulsory education to be raised (提高到 → target): a per-head standard of the "
             "year → the frame 2009 with null and the end instant as alts; " + PLAN_NOTE)
fact("分别提高到300元", "300元", value=300, unit="CNY", kind="amount",
     metric="小学学生人均公用经费",
     metric_alts=["小学生人均公用经费", "农村义务教育小学生人均公用经费", "小学人均公用经费",
                  "农村小学生人均公用经费", "小学学生人均公用经费标准", "人均公用经费",
                  "农村义务教育公用经费标准", "公用经费标准"],
     **PLAN_LEVEL, note=FUND_NOTE)
fact("300元和500元", "500元", value=500, unit="CNY", kind="amount",
     metric="初中学生人均公用经费",
     metric_alts=["初中生人均公用经费", "农村义务教育初中生人均公用经费", "初中人均公用经费",
                  "农村初中生人均公用经费", "初中学生人均公用经费标准", "人均公用经费",
                  "农村义务教育公用经费标准", "公用经费标准"],
     **PLAN_LEVEL, note=FUND_NOTE)

# ==== line 8 (source 150): 寄宿生补助, “普九”债务, 助学 ================================================
fact("争取三年内基本解决", "三年", value=3, unit="year", kind="amount", bound="le",
     metric="农村“普九”债务问题解决期限",
     metric_alts=["农村普九债务问题解决期限", "“普九”债务问题解决期限", "普九债务解决期限",
                  "解决农村“普九”债务问题时间", "农村“普九”债务", "“普九”债务"],
     period=Y09, period_alts=[P("三年内", "2009-01-01", "2011-12-31"), Y09_NULL],
     note="judgement call: the time limit of the goal (争取三年内基本解决… 'within three years', "
          "no number governed by it) → a duration, unit year, 内 → le (as 三年内 in "
          "wr_china_2019_b and 力争3年内完成 in wr_ningxia_2025_f); the period reading (a "
          "negative) is the alternative; " + PLAN_NOTE + "; the span 2009-2011 as a further "
          "alt")
g.neg("农村“普九”债务", "普九", LABEL_NOTE + " (“普九” = 普及九年义务教育, the drive to "
      "universalise nine-year compulsory education; its debts), not a quantity")
g.neg("不让一个孩子", "一个", "emphatic 一个 ('not a single child'), not a count")

# ==== line 9 (source 151): 二是优化教育结构 (no other numeral) ======================================
g.neg("二是优化教育结构", "二是", MARKER_NOTE)

# ==== line 10 (source 152): 三是加强教师队伍建设 =====================================================
g.neg("三是加强教师队伍建设", "三是", MARKER_NOTE)
fact("提高1200万中小学教师", "1200万", value=1200e4, unit="count", kind="count",
     classifier="人", metric="中小学教师",
     metric_alts=["提高待遇的中小学教师", "义务教育阶段教师", "中小学教师人数", "教师",
                  "实行绩效工资的中小学教师", "提高待遇中小学教师人数", "中小学教师数量"],
     **PLAN,
     note="no classifier written (1200万 + noun 中小学教师): 人 implied (as 4800多万农村人口 in "
          "wr_china_2009); the teachers whose pay the plan raises → target (judgement call: "
          "the number of teachers exists now, actual is the alternative reading); "
          + PLAN_NOTE)
PAY = ["中央财政投入", "中央财政教师绩效工资投入", "义务教育教师绩效工资中央财政投入",
       "中央财政绩效工资资金", "提高中小学教师待遇中央财政投入", "绩效工资投入",
       "中央财政义务教育教师绩效工资投入"]
gov("将投入120亿元", "120亿元", value=120e8, unit="CNY", kind="amount",
    metric="中央财政教师绩效工资投入", metric_alts=PAY, **PLAN,
    note="将投入 → target; 为此 = for the performance pay of compulsory-education teachers; "
         + GOV_NOTE + "; " + PLAN_NOTE)

# ==== line 11 (source 153): 四是推进素质教育 (no other numeral) ====================================
g.neg("四是推进素质教育", "四是", MARKER_NOTE)

# ==== line 12 (source 154): 五是实施全国中小学校舍安全工程 (no other numeral) =====================
g.neg("五是实施全国中小学", "五是", MARKER_NOTE)

# ==== line 13 (source 155): 推进医药卫生事业改革发展 (no numeral) ==================================

# ==== line 14 (source 156): 从今年开始，重点抓好以下五项工作 ========================================
g.neg("以下五项工作", "五项", DISCOURSE_NOTE.format("一是…五是"))

# ==== line 15 (source 157): 一是推进基本医疗保障制度建设 ============================================
g.neg("一是推进基本医疗保障", "一是", MARKER_NOTE + " (一是 … 五是)")
g.neg("三年内参保率", "三年内", PERIOD_NOTE + " (within three years from the plan year: "
      "2009-01-01..2011-12-31; governs the coverage goal after it)")
T3 = P("三年内", "2009-01-01", "2011-12-31")
fact("均提高到90%", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="参保率",
     metric_alts=["基本医疗保障参保率", "基本医疗保险参保率", "医疗保险参保率", "城乡居民参保率",
                  "城镇职工基本医疗保险、城镇居民基本医疗保险和新型农村合作医疗参保率",
                  "城镇职工基本医疗保险参保率", "城镇居民基本医疗保险参保率",
                  "新型农村合作医疗参合率", "医保参保率"],
     period=P("三年内", "2011-12-31", "2011-12-31"),
     period_alts=[T3, P("三年内", None, None)],
     note="以上 → ge (outside the span); 均 → one value for the three schemes, one quantity "
          "mention → one fact (SPEC §1), the schemes in alts; a rate of a population (share) "
          "to be reached within 三年内 → the instant at the end, 2011-12-31 (stock rule, as "
          "森林覆盖率达到 in wr_china_2016_b), the span 2009-2011 and null as alts; target")

# ==== line 16 (source 158): 二是建立国家基本药物制度 (统一 lexicalized) ==============================
g.neg("二是建立国家基本药物", "二是", MARKER_NOTE)

# ==== line 17 (source 159): 三是健全基层医疗卫生服务体系 ============================================
g.neg("三是健全基层医疗", "三是", MARKER_NOTE)
fact("规划支持的2.9万所", "2.9万所", value=2.9e4, unit="count", kind="count", classifier="所",
     metric="乡镇卫生院建设任务",
     metric_alts=["乡镇卫生院", "规划支持的乡镇卫生院", "乡镇卫生院建设", "完成建设的乡镇卫生院",
                  "规划支持的乡镇卫生院建设任务", "乡镇卫生院数量", "乡镇卫生院建设数量"],
     period=P("今年", "2009-01-01", "2009-12-31"),
     note="今年 right before it (explicit, = 2009); 全面完成…建设任务 → target: the clinics of "
          "the construction plan to be finished this year (the plan's total, counted noun "
          "乡镇卫生院)")
g.neg("今后三年内中央财政", "今后三年内", PERIOD_NOTE + " (the next three years from the plan "
      "year: 2009-01-01..2011-12-31; governs the rest of the line)")
N3 = P("今后三年内", "2009-01-01", "2011-12-31")
NEXT3 = dict(period=N3, period_alts=[P("今后三年内", None, None)])
BUILD_NOTE = ("再支持…建设: facilities whose construction the central budget is to support over "
              "今后三年内 (2009-2011, explicit; null as alt) → target, the span (a total built "
              "over it); " + GOV_NOTE)
gov("再支持5000所", "5000所", value=5000, unit="count", kind="count", classifier="所",
    metric="中心乡镇卫生院",
    metric_alts=["中心乡镇卫生院建设", "中央财政支持建设的中心乡镇卫生院", "支持建设中心乡镇卫生院",
                 "中心乡镇卫生院数量", "中心乡镇卫生院增量"],
    **NEXT3, note=BUILD_NOTE)
gov("2000所县级医院", "2000所", value=2000, unit="count", kind="count", classifier="所",
    metric="县级医院",
    metric_alts=["县级医院建设", "中央财政支持建设的县级医院", "支持建设县级医院", "县级医院数量",
                 "县级医院增量"],
    **NEXT3, note="verb 再支持…建设 shared; " + BUILD_NOTE)
gov("2400所城市社区", "2400所", value=2400, unit="count", kind="count", classifier="所",
    metric="城市社区卫生服务中心",
    metric_alts=["城市社区卫生服务中心建设", "中央财政支持建设的城市社区卫生服务中心",
                 "社区卫生服务中心", "支持建设城市社区卫生服务中心", "城市社区卫生服务中心数量",
                 "城市社区卫生服务中心增量"],
    **NEXT3, note="verb 再支持…建设 shared; " + BUILD_NOTE)

# ==== line 18 (source 160): 四是促进基本公共卫生服务逐步均等化 ======================================
g.neg("四是促进基本公共卫生", "四是", MARKER_NOTE)
fact("服务经费不低于15元", "15元", value=15, unit="CNY", kind="amount", bound="ge",
     metric="城乡居民人均公共卫生服务经费",
     metric_alts=["人均公共卫生服务经费", "人均基本公共卫生服务经费", "公共卫生服务经费",
                  "城乡居民人均公共卫生服务经费标准", "人均公共卫生服务经费标准",
                  "基本公共卫生服务经费"],
     **PLAN_LEVEL,
     note="不低于 → ge (outside the span); a per-head yearly funding standard set for 2009 "
          "(以后逐步提高) → target, the frame with null and the end instant as alts; "
          + PLAN_NOTE)

# ==== line 19 (source 161): 五是推进公立医院改革试点 (no other numeral) ==============================
g.neg("五是推进公立医院", "五是", MARKER_NOTE)

# ==== line 20 (source 162): 今后三年各级政府拟投入8500亿元 ==========================================
g.neg("今后三年各级政府", "今后三年", PERIOD_NOTE + " (the next three years: "
      "2009-01-01..2011-12-31; governs the spending after it)")
N3B = P("今后三年", "2009-01-01", "2011-12-31")
HEALTH = dict(period=N3B, period_alts=[P("今后三年", None, None)])
REFORM = ["医疗卫生体制改革投入", "医改投入", "各级政府投入", "各级政府医疗卫生投入",
          "各级政府拟投入", "医疗卫生体制改革资金", "医药卫生体制改革投入"]
fact("各级政府拟投入8500亿元", "8500亿元", value=8500e8, unit="CNY", kind="amount",
     metric="各级政府医疗卫生体制改革投入", metric_alts=REFORM,
     subject_alts=CN + ["各级政府"] + GOV,
     **HEALTH,
     note="拟投入 → target; a total over 今后三年 (2009-2011, explicit; null as alt); "
          "governments at all levels → the country 中国, 各级政府 as alt; the purpose "
          "(以保证医疗卫生体制改革…) names the metric")
gov("中央财政投入3318亿元", "3318亿元", value=3318e8, unit="CNY", kind="amount",
    metric="中央财政医疗卫生体制改革投入",
    metric_alts=["中央财政投入", "中央财政医改投入", "中央财政医疗卫生投入",
                 "中央财政医疗卫生体制改革资金", "中央财政医药卫生体制改革投入"],
    **HEALTH,
    note="其中: the central budget's part of the 8500亿元 over 今后三年 (2009-2011) → target; "
         + GOV_NOTE)

# ==== line 21 (source 163): 人口和计划生育 ===========================================================
g.neg("为3岁以下婴幼儿", "3岁", "age threshold defining the group (3岁以下婴幼儿, SPEC §2 "
      "threshold; as 失业半年以上 in wr_china_2019_b), part of who is meant, not a fact")
AWARD = ["奖励扶助标准", "农村部分计划生育家庭奖励扶助标准", "计划生育家庭奖励扶助标准",
         "农村计划生育家庭奖励扶助标准", "奖励扶助金", "计划生育奖励扶助标准",
         "农村部分计划生育家庭人均奖励扶助金", "人均奖励扶助标准"]
NOW_T = "从今年开始"
fact("由人均600元", "600元", value=600, unit="CNY", kind="amount",
     metric="农村部分计划生育家庭奖励扶助标准", metric_alts=AWARD,
     period=P(NOW_T, "2009-01-01", "2009-01-01"),
     period_alts=[P(NOW_T, "2008-12-31", "2008-12-31"), P(NOW_T, REF, REF),
                  P(NOW_T, "2008-01-01", "2008-12-31"), P(NOW_T, "2009-01-01", "2009-12-31"),
                  P(NOW_T, None, None)],
     modality="actual",
     note="start value of a from/to pair (由人均600元提高到720元): the per-head standard in "
          "force now → actual, the instant at the start of the year of the change (as FROM "
          "in wr_china_2019_b), alts the end of 2008, the reference date, the year 2008, the "
          "year 2009 (从今年开始 earlier in the line) and null; 人均 is part of the indicator")
fact("提高到720元", "720元", value=720, unit="CNY", kind="amount",
     metric="农村部分计划生育家庭奖励扶助标准", metric_alts=AWARD,
     period=P(NOW_T, "2009-01-01", "2009-12-31"),
     period_alts=[P(NOW_T, "2009-01-01", None), P(NOW_T, "2009-12-31", "2009-12-31"),
                  P(NOW_T, None, None)],
     note="end value of the pair: the per-head yearly standard from 2009 on (将…提高到 → "
          "target); 从今年开始 earlier in the line governs (SPEC §4: a period governs the "
          "clauses after it in its paragraph): the year 2009, alts from 2009 with an open "
          "end, the end instant and null")

# ==== lines 22-24 (source 164-166): 文化体育, 民主法制 (no numeral; “村村通” has none) ================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2009年主要任务 (heading on source line 51, outside the excerpt), task "
    "（六）大力发展社会事业，着力保障和改善民生 (heading on source line 135, outside): social "
    "security (一是…三是), social welfare, education (一是…五是), health reform (一是…五是 and "
    "the three-year spending), family planning, culture and sport, and the first line of "
    "加强民主法制建设 — the plan for 2009. Lines 5-25 (the review of 2008) are wr_china_2009 "
    "(no overlap). The source has no title line; the title is the corpus meta title "
    "(title_in_text=False). Date: 2009-03-05, the opening day of the 2nd session of the 11th "
    "NPC, on which Premier Wen Jiabao delivered the report (corpus meta; the Wikisource text "
    "has no date line). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the "
    "central budget's spending (2930亿元 and its change, 120亿元, 5000/2000/2400所, 3318亿元) "
    "adds 中央财政/中央政府/国务院; 各级政府 (8500亿元) as alt. Periods: 今年 = 2009, 上年 = "
    "2008 (a basis only). Numbers without a period before them in their line take the "
    "section frame 2009 (period text 今年, the excerpt's word for the plan year, null as alt); explicit: 今明两年 = 2009-2010 "
    "(养老金 10%); 三年内 / 今后三年内 / 今后三年 = 2009-2011 (the 90% coverage goal → the "
    "instant 2011-12-31 with the span and null as alts; the clinics to be built and the "
    "8500/3318亿元 → the span); 今年 (2.9万所) = 2009; 从今年开始 (line 21) governs 600元 → "
    "720元. Stocks: 新农保 试点 coverage 10% → instant 2009-12-31 (year, null as alts); "
    "per-head yearly standards (300元, 500元, 15元) → the year with the end instant as alt. "
    "Modality: target (plan), except 由人均600元 (the standard in force now: actual, the "
    "instant 2009-01-01 with the end of 2008, the reference date, 2008, 2009 and null as "
    "alts). Bounds: 左右 → approx; 以上 → ge; 不低于 → ge; 三年内 (duration) → le. Units: 亿元 "
    "1e8; 2.9万所 → 29000 (所); 1200万 (teachers, 人 implied) → count; 三年 → 3 year. "
    "Judgement calls: 争取三年内基本解决农村“普九”债务 → a 3-year time-limit fact (le, target; "
    "a period negative is the alternative), whereas 三年内参保率… / 今后三年(内) govern numbers "
    "and are period negatives; 人均每年增长10%左右 → growth yoy over 今明两年; 提高1200万中小学"
    "教师待遇 → a count, target (actual is the alternative); 参保率均提高到90%以上 → one fact "
    "for the three schemes; 比上年预计数增加439亿元 → amount 增量; 五个方面 / 五项工作 → "
    f"discourse-count negatives. Counts: {len(facts)} facts, {len(negs)} negatives. "
    "Negatives: " + ", ".join(negs) + ". Lexicalized, not listed: 进一步, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
