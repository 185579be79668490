"""Gold annotations for wr_china_2010_c (2010年中华人民共和国国务院政府工作报告, the 2010 tasks:
employment, social security, income distribution, housing, health reform, family planning,
and the opening of task （七） reform), lines 137-167 of
shared/texts/work_report/wr_china_2010.txt.

The excerpt corpora/wr_china_2010_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、2010年主要任务 (heading on source
line 58, outside the excerpt), inside task （六）着力保障和改善民生，促进社会和谐进步 (heading on
source line 135, outside): the paragraphs 千方百计扩大就业 (中央财政 433亿元; the “五缓四减三
补贴” policy extended a year), 加快完善…社会保障体系 (新农保 试点 23%的县, 130万“老工伤”人员,
基本养老金 +10%, 中央财政 3185亿元), 改革收入分配制度 (一要…三要), 促进房地产市场平稳健康发展
(一是…四是: 632亿元 / +81亿元, 300万套 / 280万套), 加快推进医药卫生事业改革发展 (五项重点工作,
120元 / +50%, 60％ of the clinics), 人口和计划生育, and task （七）坚定不移推进改革 (heading and
first two lines, no figures).  All of it is the plan for 2010.  wr_china_2010 holds lines
3-29 and wr_china_2010_b lines 33-57 (the review of 2009; no overlap).  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2010_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_china_2010_c"
SOURCE_ID = "wr_china_2010"
PLACE = "中国"
REF = "2010-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 137, 167                  # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2010年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2010)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="千方百计扩大就业。这是保障和改善民生的头等大事。",
                 ends="更好地促进非公有制经济发展。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / N要 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2010 / wr_china_2009_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2010-03-05; 今年 = 2010, 上年 = 2009) ------------------------------
# The excerpt lies in part 二、2010年主要任务 (source line 58, outside the excerpt): the plan for
# 2010 → modality target.  Lines without a period before a number take the section frame
# 2010-01-01..2010-12-31 (SPEC §4), period text 今年 (the excerpt's own word for the plan year,
# lines 1, 7, 19, 30; as wr_china_2009_b), the null reading in period_alts.  Lines that name
# 今年 before their numbers (line 1: 今年就业形势… → 433亿元; line 7: 今年再提高10%, 3185亿元;
# line 19: 今年要把…提高到120元, 50%) get it explicitly, without the null alt.
# - Line 2: 2009年到期的… is a date inside the noun phrase (the policy that expired in 2009),
#   not the time of the extension: 延长一年 takes the plan frame 2010, the literal SPEC §4
#   reading (2009年 governs the clauses after it) and null as alts.
# - Coverage to be reached (试点范围扩大到23%的县, 在60％…机构实施基本药物制度) is a share of a
#   stock → the instant 2010-12-31 at the end of the frame (stock rule, as 10%左右的县 in
#   wr_china_2009_b), the year and null as alts.
# - A per-head yearly standard (财政补助标准提高到120元) → the year, the end instant as alt (as
#   300元/500元 in wr_china_2009_b).
# 比上年 (lines 13, 19) is a comparison basis, not a period.
YT = "今年"
Y10 = P(YT, "2010-01-01", "2010-12-31")
Y10_NULL = P(YT, None, None)
Y10_END = P(YT, "2010-12-31", "2010-12-31")
PLAN = dict(period=Y10, period_alts=[Y10_NULL])
EXPL = dict(period=Y10)
PLAN_STOCK = dict(period=Y10_END, period_alts=[Y10, Y10_NULL])
PLAN_NOTE = ("task for 2010 → target; no period before it in its line: section frame of part "
             "二、2010年主要任务 (outside the excerpt), period text 今年, null as alt")
EXPL_NOTE = "task for 2010 → target; 今年 (= 2010) earlier in its line governs (explicit)"
STOCK_NOTE = ("coverage to be reached in 2010 (a share of a stock) → the instant 2010-12-31 "
              "at the end of the plan frame (stock rule, as wr_china_2009_b), the year and "
              "null as alts; target")

# ==== line 1 (source 137): 千方百计扩大就业 ==========================================================
g.neg("千方百计扩大就业", "千方百计", "idiom 千方百计 'by every means', not a quantity (as "
      "wr_china_2019)")
JOB = ["促进就业资金", "中央财政促进就业投入", "中央财政就业投入", "中央财政投入", "就业资金",
       "中央财政就业资金", "中央财政拟投入促进就业资金", "就业专项资金", "促进就业投入"]
gov("中央财政拟投入433亿元", "433亿元", value=433e8, unit="CNY", kind="amount",
    metric="中央财政促进就业资金", metric_alts=JOB, **EXPL,
    note="拟投入 → target; the purpose clause after it (用于促进就业) names the metric; "
         + EXPL_NOTE + " (今年就业形势依然严峻…); " + GOV_NOTE)

# ==== line 2 (source 138): “五缓四减三补贴” extended ==================================================
g.neg("2009年到期的", "2009年", PERIOD_NOTE + " (2009年到期的: the date the policy expired, "
      "inside the noun phrase; literally the only period of its line)")
g.neg("“五缓四减三补贴”", "五缓四减三补贴", LABEL_NOTE + " (“五缓四减三补贴”: the 2009 "
      "employment-support package — five deferrals, four cuts, three subsidies — a name, not "
      "counts of measures)")
EXT = ["就业扶持政策延长期限", "“五缓四减三补贴”政策延长期限", "延长期限", "政策延长期限",
       "五缓四减三补贴就业扶持政策延长期限", "“五缓四减三补贴”就业扶持政策",
       "就业扶持政策延长时间", "政策延长时间"]
gov("就业扶持政策延长一年", "一年", value=1, unit="year", kind="amount",
    metric="“五缓四减三补贴”就业扶持政策延长期限", metric_alts=EXT,
    period=Y10, period_alts=[Y10_NULL, P("2009年", "2009-01-01", "2009-12-31")],
    note="judgement call: a duration written into a policy (the extension by one year, as "
         "土地承包期再延长30年 in wr_china_1998_c and 延长至240小时 in wr_yunnan_2025) → a fact, "
         "unit year, kind amount; a period reading of 一年 (a negative) is the alternative; the "
         "extension runs through the plan year → the frame 2010 (text 今年); 2009年 before it "
         "dates the expiry, not the extension: the literal SPEC §4 reading (2009) and null as "
         "alts; target")

# ==== lines 3-4 (source 139-140): employment services (no numeral) ====================================

# ==== line 5 (source 141): social security ============================================================
NRP = ["新型农村社会养老保险试点范围", "新型农村社会养老保险试点覆盖面", "新农保试点覆盖面",
       "新农保试点范围", "新农保试点覆盖县比例", "新型农村社会养老保险试点覆盖率",
       "新型农村社会养老保险试点县比例", "新型农村社会养老保险试点县占比", "试点范围",
       "新型农村社会养老保险试点"]
fact("试点范围扩大到23%的县", "23%", value=23, unit="%", kind="share",
     metric="新型农村社会养老保险试点覆盖县比例", metric_alts=NRP, **PLAN_STOCK,
     note="扩大到 → eq; the share of the country's counties the new rural pension pilot is to "
          "cover (the whole = all counties); " + STOCK_NOTE + "; the frame: " + PLAN_NOTE)
OLD = ["“老工伤”人员", "老工伤人员", "纳入工伤保险范围的“老工伤”人员", "纳入工伤保险的“老工伤”人员",
       "“老工伤”人员数量", "老工伤人员数量", "纳入工伤保险范围人员"]
fact("将全国130万", "130万", value=130e4, unit="count", kind="count", classifier="人",
     metric="纳入工伤保险范围的“老工伤”人员", metric_alts=OLD, **PLAN,
     note="no classifier written (130万 + noun “老工伤”人员): 人 implied (as 1200万中小学教师 in "
          "wr_china_2009_b); 全国 → 中国; the people the plan brings into work-injury "
          "insurance (将…全部纳入 → target; judgement call: the number of such people exists "
          "now, actual is the alternative reading); " + PLAN_NOTE)

# ==== line 6 (source 142): the disabled (进一步 lexicalized) ==============================================

# ==== line 7 (source 143): pensions, social security spending ====================================
PENS = ["基本养老金", "企业退休人员养老金", "企业退休人员基本养老金水平", "退休人员基本养老金",
        "企业退休人员基本养老金标准", "企业退休人员基本养老金增幅"]
fact("基本养老金今年再提高10%", "10%", value=10, unit="%", kind="growth",
     metric="企业退休人员基本养老金", metric_alts=PENS, comparison="yoy", **EXPL,
     note="再提高10% = a further rise of the pension level by 10% in 2010 → growth against the "
          "year before (yoy); 今年 right before it (explicit, = 2010); target")
SS = ["社会保障投入", "中央财政社会保障投入", "中央财政社会保障资金", "中央财政社会保障支出",
      "社会保障资金", "中央财政拟安排社会保障投入", "社会保障支出"]
gov("中央财政拟安排3185亿元", "3185亿元", value=3185e8, unit="CNY", kind="amount",
    metric="中央财政社会保障投入", metric_alts=SS, **EXPL,
    note="拟安排 → target; the central budget's part of the 社会保障投入 of the sentence "
         "(各级政府要…增加社会保障投入，中央财政拟安排…); " + EXPL_NOTE + "; " + GOV_NOTE)

# ==== lines 8-9 (source 144-145): income distribution (no numeral) ====================================

# ==== lines 10-12 (source 146-148): 一要 … 三要 ========================================================
g.neg("一要抓紧制定", "一要", MARKER_NOTE + " (一要 … 三要)")
g.neg("二要深化垄断行业", "二要", MARKER_NOTE)
g.neg("的双重调控政策", "双重", "adjective 双重 'dual' (双重调控政策), not a count")
g.neg("三要进一步规范", "三要", MARKER_NOTE)

# ==== line 13 (source 149): 保障性安居工程 funds =======================================================
g.neg("一是继续大规模", "一是", MARKER_NOTE + " (一是 … 四是)")
HOUSE_FUND = ["保障性住房专项补助资金", "中央财政保障性住房补助资金", "保障性住房补助资金",
              "中央财政拟安排保障性住房专项补助资金", "保障性住房专项资金", "保障性安居工程补助资金"]
gov("专项补助资金632亿元", "632亿元", value=632e8, unit="CNY", kind="amount",
    metric="中央财政保障性住房专项补助资金", metric_alts=HOUSE_FUND, **PLAN,
    note="拟安排 → target; " + GOV_NOTE + "; " + PLAN_NOTE)
gov("比上年增加81亿元", "81亿元", value=81e8, unit="CNY", kind="amount",
    metric="中央财政保障性住房专项补助资金增量",
    metric_alts=HOUSE_FUND + ["保障性住房专项补助资金增量", "中央财政保障性住房补助资金增量",
                              "保障性住房专项补助资金比上年增加"],
    **PLAN,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no period and no comparison of an amount fact (as wr_china_2009_b); target; "
         + PLAN_NOTE)

# ==== line 14 (source 150): housing to be built ========================================================
fact("建设保障性住房300万套", "300万套", value=300e4, unit="count", kind="count",
     classifier="套", metric="保障性住房",
     metric_alts=new("保障性住房", "建设保障性住房", "保障性住房建设", "保障房"), **PLAN,
     note="dwellings to be built in 2010 (建设 → target), counted noun 保障性住房, 增量 alts "
          "(README §3); " + PLAN_NOTE)
fact("各类棚户区改造住房280万套", "280万套", value=280e4, unit="count", kind="count",
     classifier="套", metric="棚户区改造住房",
     metric_alts=new("棚户区改造住房", "各类棚户区改造住房", "棚户区改造", "棚户区改造住房套数"),
     **PLAN,
     note="verb 建设 shared; dwellings of the shanty-town renewal to be built in 2010 → "
          "target; " + PLAN_NOTE)

# ==== lines 15-17 (source 151-153): 二是 … 四是 =========================================================
g.neg("二是继续支持居民", "二是", MARKER_NOTE)
g.neg("规范发展二手房市场", "二手", "二手 'second-hand' (二手房), lexicalized, not a quantity")
g.neg("三是抑制投机性购房", "三是", MARKER_NOTE)
g.neg("四是大力整顿", "四是", MARKER_NOTE)

# ==== line 18 (source 154): 五项重点工作 ===============================================================
fact("全面落实五项重点工作", "五项", value=5, unit="count", kind="count", classifier="项",
     metric="医药卫生体制改革重点工作",
     metric_alts=["重点工作", "医改重点工作", "医药卫生体制改革重点工作数量", "重点工作数量",
                  "落实医药卫生体制改革重点工作"],
     **PLAN,
     note="judgement call: the five key tasks of the health reform (set out in 2009; they are "
          "not enumerated here, so no discourse count of a list that follows) → a count of "
          "tasks (as 三项举措 in wr_china_2016_c, 七条措施 in gold README §2); a label reading "
          "(negative) is the alternative; " + PLAN_NOTE)

# ==== line 19 (source 155): 医保 subsidy standard =======================================================
SUB = ["城镇居民基本医保和新农合财政补助标准", "财政补助标准", "补助标准",
       "城镇居民医保和新农合补助标准", "城镇居民医保和新农合财政补助标准", "新农合补助标准",
       "城镇居民基本医保和新农合补助标准", "城镇居民基本医保和新农合的人均财政补助标准",
       "城镇居民基本医保和新农合每人每年补助标准"]
SUB_ALTS = GOV + CN + ["各级财政"]
fact("财政补助标准提高到120元", "120元", value=120, unit="CNY", kind="amount",
     metric="城镇居民基本医保和新农合的财政补助标准", metric_alts=SUB, subject_alts=SUB_ALTS,
     period=Y10, period_alts=[Y10_END],
     note="提高到 gives the new level (eq); the yearly per-head subsidy of the two schemes "
          "(the rate stays in the metric); public finance at all levels → 中国 (各级财政 / "
          "中央财政 as alts); a standard of the year → 2010, the end instant as alt; "
          + EXPL_NOTE)
fact("比上年增长50%", "50%", value=50, unit="%", kind="growth",
     metric="城镇居民基本医保和新农合的财政补助标准", metric_alts=SUB, subject_alts=SUB_ALTS,
     comparison="yoy", **EXPL,
     note="比上年 → yoy; the rise of the standard to 120元 (from 80元) → growth; "
          + EXPL_NOTE)

# ==== line 20 (source 156): essential drugs ============================================================
DRUG = ["实施基本药物制度的基层医疗卫生机构占比", "基本药物制度实施比例",
        "基本药物制度覆盖基层医疗卫生机构比例", "基层医疗卫生机构实施基本药物制度比例",
        "政府举办的基层医疗卫生机构实施基本药物制度比例", "基本药物制度覆盖率",
        "实施基本药物制度的政府办基层医疗卫生机构比例", "基层医疗卫生机构"]
fact("在60％政府举办", "60％", value=60, unit="%", kind="share",
     metric="实施基本药物制度的基层医疗卫生机构比例", metric_alts=DRUG, **PLAN_STOCK,
     note="full-width ％ → % (SPEC §3); the share of the government-run primary clinics that "
          "are to apply the essential-drug system (as 在30％的基层医疗卫生机构 in wr_china_2010_b); "
          + STOCK_NOTE + "; the frame: " + PLAN_NOTE)

# ==== line 21 (source 157): village clinics, 首诊 ========================================================
g.neg("开展社区首诊试点", "首诊", "首诊 'first consultation (in the community)', a term of "
      "the tiered-care system, not a rank (as wr_gansu_2025_c)")

# ==== line 22 (source 158): epidemics ===============================================================
g.neg("甲型H1N1流感", "H1N1", "virus subtype name (甲型H1N1流感), not a quantity (as HlN1 in "
      "wr_china_2010_b)")

# ==== lines 23-25 (source 159-161): hospitals, private capital ============================================
g.neg("等方面一视同仁", "一视同仁", "idiom 一视同仁 'treat equally', not a quantity")
g.neg("克服一切困难", "一切", "pronoun 一切 'all', not a quantity")

# ==== lines 26-28 (source 162-164): family planning, women, the elderly (no numeral) ======================

# ==== line 29 (source 165): heading （七） ==========================================================
g.neg("（七）坚定不移", "（七）", MARKER_NOTE)

# ==== lines 30-31 (source 166-167): reform (no numeral; 今年 has none) ==================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 二、2010年主要任务 (heading on source line 58, outside the excerpt), task "
    "（六）着力保障和改善民生，促进社会和谐进步 (heading on source line 135, outside): employment "
    "(中央财政 433亿元; “五缓四减三补贴” extended a year), social security (新农保 23%的县, 130万"
    "“老工伤”人员, 基本养老金 +10%, 中央财政 3185亿元), income distribution (一要…三要), housing "
    "(一是…四是: 632亿元 and +81亿元, 300万套 / 280万套), health reform (五项重点工作, 120元 and "
    "+50%, 60％ of the clinics; 首诊, H1N1), family planning, and the heading and first two "
    "lines of task （七）坚定不移推进改革 (no figures) — the plan for 2010. wr_china_2010 (lines "
    "3-29) and wr_china_2010_b (lines 33-57) hold the review of 2009 (no overlap). The source "
    "has no title line; the title is the corpus meta title (title_in_text=False). Date: "
    "2010-03-05, the shared meta date: the opening day of the 3rd session of the 11th NPC, on "
    "which Premier Wen Jiabao delivered the report (the Wikisource text has no date line); "
    "nothing in the excerpt contradicts it (今年 = 2010, 上年 = 2009, 2009年到期的 policies). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central budget's spending "
    "(433亿元, 3185亿元, 632亿元 and its change) and its policies (延长一年) add 中央财政/中央政府/"
    "国务院; 各级财政 for the 医保 subsidy standard. Periods: numbers without a period before "
    "them in their line take the section frame 2010 (period text 今年, the excerpt's word for "
    "the plan year, null as alt); 今年 governs lines 1 (433亿元), 7 (10%, 3185亿元) and 19 "
    "(120元, 50%) explicitly; 2009年到期的 dates the expiry of the policy, not the extension "
    "(延长一年 → 2010, the literal 2009 and null as alts); coverage shares (23%的县, 60％ of the "
    "clinics) → the instant 2010-12-31 (stock rule), the year and null as alts; the 120元 "
    "standard → the year, the end instant as alt. Modality: target throughout (拟投入, 拟安排, "
    "扩大到, 将…纳入, 再提高, 建设, 落实, 提高到, 实施). Units: 亿元 1e8; 万套 1e4; 130万 (人 "
    "implied) → count; 一年 → 1 year; ％ → %. Judgement calls: 延长一年 → a 1-year duration "
    "fact of the policy (a period negative is the alternative); 五项重点工作 → a count of tasks "
    "(not enumerated here; a label negative is the alternative); 130万“老工伤”人员 → target "
    "(actual is the alternative); 比上年增加81亿元 → amount 增量; 23%的县 / 60％ → stocks at "
    "year end; “五缓四减三补贴” → one label negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 统一 ×2. No numerals: 头等, 初次, 多种, 多元化.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
