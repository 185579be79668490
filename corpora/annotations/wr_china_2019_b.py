"""Gold annotations for wr_china_2019_b (2019年中华人民共和国国务院政府工作报告, the 2019 tasks:
macro policy — tax and fee cuts, finance for firms, special bonds, jobs and vocational
education), lines 34-44 of shared/texts/work_report/wr_china_2019.txt (held out:
corpora/heldout/).

The excerpt corpora/heldout/wr_china_2019_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut): the opening line of part 三、2019年政府工作任务
(今年经济社会发展任务重…; the heading itself is source line 33, outside the excerpt), task
（一） 继续创新和完善宏观调控 in full (heading, opening, 更大规模的减税, 社保缴费, 减税降费落实,
融资难融资贵, 地方政府债券, 就业) and the heading and opening line of task （二） 激发市场主体活力.
All of it is the plan for 2019.  Lines 15-25 are annotated in wr_china_2019 (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2019_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2019_b"
SOURCE_ID = "wr_china_2019"
PLACE = "中国"
REF = "2019-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 34, 44                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2019年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2019)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="今年经济社会发展任务重、挑战多、要求高。",
                 ends="下硬功夫打造好发展软环境。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2014 / wr_china_2024_b)")


fact = g.with_subject(PLACE, CN, modality="target")


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2019-03-05; 去年 = 2018, 今年 = 2019) ----------------------------
# The excerpt lies in part 三、2019年政府工作任务 (source line 33, outside the excerpt): the plan
# for 2019 → modality target.  Line 1 opens with 今年 (= 2019), the excerpt's own word for the
# plan year; it governs only its own line (no number there).  Lines without a period before a
# number take the section frame 2019-01-01..2019-12-31 (SPEC §4), period text 今年, null in
# period_alts (as wr_guizhou_2025_c / wr_china_2024_b).  Explicit periods: 全年 (line 6)
# governs the rest of its line; 今年 in lines 7, 8 and 9 governs the clauses after it (same
# dates, no null alt).
# - from/to pairs (现行16%的税率降至13%): the start value is the rate in force now → actual,
#   the instant at the start of the year of the change (as wr_china_2019 FROM; alts the end
#   of 2018, the reference date, the year, null); the end value is the rate to be in force
#   after the change → target, the instant at the end of the frame (TO; alts the year, null);
# - a rate to be reached (各地可降至16%) → TO;
# - sizes of existing sets (三档 of VAT rates, 上亿市场主体) → actual: 三档 the frame with null
#   and the reference date as alts (EXIST, as wr_heilongjiang_2025_c); 我国有上亿市场主体 is a
#   present-tense stock (有…, 目前 reading) → the instant of the reference date (SPEC §4), the
#   end of 2018, the year and null as alts (NOW).
S19 = P("今年", "2019-01-01", "2019-12-31")
S19_NULL = P("今年", None, None)
S19_END = P("今年", "2019-12-31", "2019-12-31")
PLAN = dict(period=S19, period_alts=[S19_NULL])
PLAN_LEVEL = dict(period=S19, period_alts=[S19_NULL, S19_END])
YEAR = dict(period=S19)
FULLYEAR = dict(period=P("全年", "2019-01-01", "2019-12-31"))
FROM = dict(period=P("今年", "2019-01-01", "2019-01-01"),
            period_alts=[P("今年", "2018-12-31", "2018-12-31"), P("今年", REF, REF), S19,
                         S19_NULL],
            modality="actual")
TO = dict(period=S19_END, period_alts=[S19, S19_NULL])
EXIST = dict(period=S19, period_alts=[S19_NULL, P("今年", REF, REF)], modality="actual")
NOW = dict(period=P("今年", REF, REF),
           period_alts=[P("今年", "2018-12-31", "2018-12-31"), S19, S19_NULL],
           modality="actual")
PLAN_NOTE = ("task for 2019 → target; no period before it in its line: section frame of part "
             "三、2019年政府工作任务 (period text 今年, the excerpt's word for the plan year), null "
             "as alt")
FROM_NOTE = ("start value of a from/to pair (现行X的税率降至Y): the rate in force now → actual, "
             "the instant at the start of the year of the change (as wr_china_2019 FROM), alts "
             "the end of 2018, the reference date, the year and null")
TO_NOTE = ("end value of a from/to pair: the rate to be in force after the 2019 change → "
           "target, the instant at the end of the frame (stock rule), the year and null as "
           "alts")
RATE_NOTE = "a tax rate (a rate, not a growth) → share (as 关税总水平 in wr_china_2019)"

# ==== line 1 (source 34): 今年经济社会发展任务重… (no numerals beyond 今年) ========================

# ==== line 2 (source 35): heading （一） ===========================================================
g.neg("（一）继续创新", "（一）", MARKER_NOTE)

# ==== line 3 (source 36): opening of （一） (no numerals) =========================================

# ==== line 4 (source 37): 实施更大规模的减税 =======================================================
VAT_M = ["增值税税率", "制造业增值税税率", "制造业等行业税率", "制造业税率", "税率",
         "制造业等行业现行税率"]
VAT_S = CN + ["制造业等行业", "制造业"]
fact("制造业等行业现行16%", "16%", value=16, unit="%", kind="share",
     metric="制造业等行业增值税税率", metric_alts=VAT_M, subject_alts=VAT_S, **FROM,
     note=RATE_NOTE + "; " + FROM_NOTE + "; the sector as subject alt (README §4)")
fact("的税率降至13%", "13%", value=13, unit="%", kind="share",
     metric="制造业等行业增值税税率", metric_alts=VAT_M, subject_alts=VAT_S, **TO,
     note=RATE_NOTE + "; " + TO_NOTE)
TB_M = ["增值税税率", "交通运输业、建筑业增值税税率", "交通运输业增值税税率", "建筑业增值税税率",
        "交通运输业、建筑业等行业税率", "税率", "交通运输业、建筑业等行业现行税率"]
TB_S = CN + ["交通运输业、建筑业等行业", "交通运输业", "建筑业"]
fact("建筑业等行业现行10%", "10%", value=10, unit="%", kind="share",
     metric="交通运输业、建筑业等行业增值税税率", metric_alts=TB_M, subject_alts=TB_S, **FROM,
     note=RATE_NOTE + "; " + FROM_NOTE)
fact("的税率降至9%", "9%", value=9, unit="%", kind="share",
     metric="交通运输业、建筑业等行业增值税税率", metric_alts=TB_M, subject_alts=TB_S, **TO,
     note=RATE_NOTE + "; " + TO_NOTE)
fact("保持6%一档", "6%", value=6, unit="%", kind="share",
     metric="增值税税率",
     metric_alts=["6%一档的税率", "一档税率", "税率", "增值税6%档税率", "服务业增值税税率",
                  "现代服务业增值税税率"], **PLAN_LEVEL,
     note=RATE_NOTE + "; the 6% bracket kept unchanged through 2019 (保持…不变, a plan) → "
          "target, the year with null and the end instant as alts; judgement call: the rate "
          "is also in force now (actual is the alternative)")
g.neg("6%一档的税率", "一档", "一档 'one bracket' naming the 6% bracket (保持6%一档的税率不变), "
      "not a count of its own (the number of brackets is 三档 below)")
fact("推进税率三档并两档", "三档", value=3, unit="count", kind="count", classifier="档",
     metric="增值税税率档次",
     metric_alts=["税率档次", "增值税税率档数", "税率档数", "增值税税率档", "税率"], **EXIST,
     note="judgement call: 三档并两档 is a set phrase but states quantities — the VAT has three "
          "rate brackets (16/10/6, then 13/9/6) to be merged into two: 三档 = the existing "
          "number → actual, the frame with null and the reference date as alts; reading the "
          "phrase as a reform label (negative) is the alternative")
fact("三档并两档", "两档", value=2, unit="count", kind="count", classifier="档",
     metric="增值税税率档次",
     metric_alts=["税率档次", "增值税税率档数", "税率档数", "增值税税率档", "税率"], **PLAN,
     note="judgement call: the number of brackets the reform moves toward (向…方向迈进, no "
          "deadline) → target, the frame 2019 with null as alt; label reading the alternative")

# ==== line 5 (source 38): 明显降低企业社保缴费负担 ==================================================
fact("各地可降至16%", "16%", value=16, unit="%", kind="share",
     metric="城镇职工基本养老保险单位缴费比例",
     metric_alts=["基本养老保险单位缴费比例", "养老保险单位缴费比例", "单位缴费比例",
                  "城镇职工基本养老保险单位缴费比例降至", "养老保险缴费比例"],
     subject_alts=CN + ["各地"], **TO,
     note="可降至 'may lower to': the contribution rate localities may set after the 2019 cut "
          "(a rate → share), no bound word → eq; the rate to be in force after the change → "
          + TO_NOTE + "; the line's 今年 comes after the number")

# ==== line 6 (source 39): 确保减税降费落实到位 =====================================================
CUT = ["减税降费", "减轻企业负担", "减轻企业税收和社保缴费负担规模", "企业税收和社保缴费负担减轻",
       "减税降费规模", "全年减轻企业税收和社保缴费负担", "减税降费金额"]
gov("缴费负担近2万亿元", "2万亿元", value=2e12, unit="CNY", kind="amount", bound="approx",
    metric="减轻企业税收和社保缴费负担", metric_alts=CUT, **FULLYEAR,
    note="近 → approx (outside the span); 全年 = 2019 (explicit); the planned relief of the "
         "year → target (forecast is the alternative reading); " + GOV_NOTE)
gov("一般性支出压减5%", "5%", value=-5, unit="%", kind="growth", bound="ge",
    metric="一般性支出",
    metric_alts=["中央财政一般性支出", "一般性支出压减", "中央一般性支出", "一般性支出压减比例"],
    comparison="yoy", **FULLYEAR,
    note="压减 X% = a relative cut of the spending → growth, negative (as wr_china_2014 "
         "一般性支出压减5%); 以上 → ge, a bound on the size of the cut as written (as "
         "wr_china_2019 压缩一半以上); the sentence's subject is 中央财政; 全年 of the line "
         "governs; " + GOV_NOTE)
g.neg("“三公”经费", "三公", LABEL_NOTE + " (“三公”经费: spending on official travel abroad, "
      "vehicles and receptions, as wr_china_2012_b)")
gov("经费再压减3%", "3%", value=-3, unit="%", kind="growth", bound="approx",
    metric="“三公”经费",
    metric_alts=["三公经费", "“三公”经费压减", "三公经费压减", "中央财政“三公”经费",
                 "“三公”经费压减比例"],
    comparison="yoy", **FULLYEAR,
    note="再压减 X% = a further relative cut → growth, negative; 左右 → approx (outside the "
         "span); 全年 governs; " + GOV_NOTE)
g.neg("长期沉淀资金一律", "一律", "adverb 一律 'without exception', not a quantity")
g.neg("困难再多也一定", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 7 (source 40): 着力缓解企业融资难融资贵问题 ==============================================
fact("小微企业贷款要增长30%", "30%", value=30, unit="%", kind="growth", bound="ge",
     metric="小微企业贷款",
     metric_alts=["国有大型商业银行小微企业贷款", "小微企业贷款余额", "小微企业贷款增速",
                  "大型商业银行小微企业贷款"],
     subject="国有大型商业银行",
     subject_alts=["大型商业银行", "国有大型银行", PLACE] + CN, comparison="yoy", **YEAR,
     note="以上 → ge (outside the span); 今年 right before it (explicit, = 2019); the banks "
          "own the loans (subject), the country as alt; target (要)")

# ==== line 8 (source 41): 有效发挥地方政府债券作用 ===================================================
BOND = ["专项债券", "地方政府专项债", "专项债", "地方政府专项债券规模", "拟安排地方政府专项债券",
        "新增地方政府专项债券"]
gov("拟安排地方政府专项债券2.15万亿元", "2.15万亿元", value=2.15e12, unit="CNY",
    kind="amount", metric="地方政府专项债券", metric_alts=BOND,
    subject_alts=GOV + CN + ["地方政府"], **YEAR,
    note="拟安排 → target; 今年 = 2019 (explicit, at the head of the line); 万亿元 = 1e12; the "
         "quota is set by the central government in the budget → 中国, 地方政府 (the issuers) "
         "as alt (as wr_china_2024_b)")
gov("比去年增加8000亿元", "8000亿元", value=8e11, unit="CNY", kind="amount",
    metric="地方政府专项债券增量",
    metric_alts=["专项债券增量", "地方政府专项债增量", "专项债增量", "地方政府专项债券规模增量",
                 "地方政府专项债券", "地方政府专项债券比去年增加"],
    subject_alts=GOV + CN + ["地方政府"], **YEAR,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 比去年 is "
         "the basis, not a period, and no comparison of an amount fact; target (拟安排)")
g.neg("继续发行一定数量", "一定", "一定数量 'a certain amount', not a quantity")
g.neg("不能搞“半拉子”", "半拉子", "idiom “半拉子”工程 ('half-finished project'), not a "
      "quantity")

# ==== line 9 (source 42): 多管齐下稳定和扩大就业 =====================================================
g.neg("城镇登记失业半年以上", "半年", "threshold defining the group (失业半年以上人员, SPEC §2), "
      "part of who is meant, not a fact of its own")
fact("三年内给予定额", "三年", value=3, unit="year", kind="amount", bound="le",
     metric="定额税费减免期限",
     metric_alts=["税费减免期限", "定额税费减免", "减免期限", "定额税费减免年限",
                  "招用重点群体定额税费减免期限"], **PLAN,
     note="judgement call: the length of the relief period (三年内 'within three years') — a "
          "policy parameter (as the extension period in wr_guangdong_2025_b), unit year; 内 → "
          "le; " + PLAN_NOTE)
SKILL = ["失业保险基金结余", "职业技能提升行动资金", "职业技能提升行动", "技能提升和转岗转业培训资金",
         "从失业保险基金结余中拿出资金", "失业保险基金结余拿出资金", "职业技能提升资金"]
gov("结余中拿出1000亿元", "1000亿元", value=1e11, unit="CNY", kind="amount",
    metric="职业技能提升行动资金", metric_alts=SKILL, **PLAN,
    note="funds taken from the unemployment-insurance surplus for the skills drive; "
         + PLAN_NOTE + "; " + GOV_NOTE)
fact("用于1500万人次", "1500万人次", value=1.5e7, unit="count", kind="count",
     classifier="人次", bound="ge", metric="职工技能提升和转岗转业培训",
     metric_alts=["技能提升和转岗转业培训", "职工技能提升和转岗转业培训人次", "职工技能提升培训",
                  "职业技能培训", "转岗转业培训"], **PLAN,
     note="以上 → ge (outside the span); 人次 is a classifier (SPEC §3); " + PLAN_NOTE)
fact("今年大规模扩招100万人", "100万人", value=1e6, unit="count", kind="count",
     classifier="人", metric="高职院校扩招",
     metric_alts=["扩招", "高职院校扩招人数", "扩招人数", "高职扩招", "高职院校扩大招生"],
     **YEAR, note="今年 right before it (explicit, = 2019); target")
g.neg("引导一批普通本科", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("凭借一技之长", "一技之长", "idiom 一技之长 'a skill of one's own', not a quantity")
g.neg("让三百六十行", "三百六十行", "idiom 三百六十行 'every trade and profession', not a "
      "quantity")

# ==== line 10 (source 43): heading （二） ==========================================================
g.neg("（二）激发市场主体", "（二）", MARKER_NOTE)

# ==== line 11 (source 44): 我国有上亿市场主体… ======================================================
fact("我国有上亿市场主体", "上亿", value=1e8, unit="count", kind="count", classifier="户",
     bound="ge", metric="市场主体",
     metric_alts=["市场主体数量", "市场主体总量", "市场主体总数"], **NOW,
     note="上亿 is a lexicalized approximate numeral (SPEC §2 上百/上万 → ge; README §1 the "
          "prefix stays in the span; as wr_china_2022 上亿市场主体), classifier 户 implied; "
          "我国有… in the present tense = the stock now (目前 reading) → actual, the instant of "
          "the reference date, the end of 2018, the year and null as alts")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2019年政府工作任务 (heading on source line 33, outside the excerpt), the "
    "plan for 2019 — its opening line (今年经济社会发展任务重…), task （一） 继续创新和完善宏观"
    "调控 in full (VAT cuts, social-insurance contributions, 减税降费 and central spending cuts, "
    "bank lending, local special bonds, jobs and vocational education) and the heading and "
    "opening line of task （二） 激发市场主体活力. Lines 15-25 (the end of the 2018 review and "
    "the 2019 targets) are wr_china_2019 (no overlap). The source has no title line; the title "
    "is the corpus meta title (title_in_text=False). Date: 2019-03-05, the opening day of the "
    "2nd session of the 13th NPC, on which the Premier delivered the report (corpus meta; "
    "the Wikisource text has no date line). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); central budget acts (2万亿元 relief, 一般性支出, “三公”经费, 专项债券, "
    "1000亿元) keep 中国 with 中央政府/国务院/中央财政 as alts; 国有大型商业银行 own their loan "
    "growth (the country as alt). Periods: 今年 = 2019, 去年 = 2018 (a basis only). Numbers "
    "without a period before them in their line take the section frame 2019 (period text 今年, "
    "null as alt); 全年 (line 6) and 今年 (lines 7-9) are explicit where they precede. "
    "Modality: target (plan), except the rates in force now (现行16%, 现行10%: actual, the "
    "instant 2019-01-01 with the end of 2018, the reference date, the year and null as alts), "
    "三档 (the existing brackets, actual) and 我国有上亿市场主体 (actual, the instant of the "
    "reference date). Rates after the change (13%, 9%, 各地可降至16%) → the instant 2019-12-31 "
    "(year and null as alts). Bounds: 近 → approx; 以上 → ge (压减5%以上 on the size of the "
    "cut, value −5); 左右 → approx; 三年内 → le; 上亿 → ge. Units: 万亿元 1e12, 亿元 1e8; "
    "万人次/万人 → counts; 三年 → 3 year. Judgement calls: tax rates → share; 三档并两档 read "
    "as two counts (3 actual, 2 target) rather than a label; 保持6%一档的税率不变 → target; "
    "三年内 (定额税费减免) → a 3-year period parameter, le; 全年减轻…近2万亿元 → target (forecast "
    f"the alternative). Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: "
    + ", ".join(negs) + ". Lexicalized, not listed: 一般 (一般性支出).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
