"""Gold annotations for wr_china_1998_e (1998年中华人民共和国国务院政府工作报告), held out
(corpora/heldout/), lines 39-50 of shared/texts/work_report/wr_china_1998.txt.

The excerpt corpora/heldout/wr_china_1998_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is fixed by the brief (a run of
whole lines starting mid-task, as unseen test excerpts are cut): the rest of task 第三，继续加强
和改善宏观调控 after its targets line (source line 38, outside: investment 预定增长10%或者更多
一些, fiscal policy, monetary policy and finance), task 第四，进一步提高对外开放水平 in full
(trade, foreign capital, the 1999 horticultural expo, the balance of payments) and task 第五，
积极发展科技教育文化事业 up to its education paragraph (九年义务教育 covering 72% of the
population, 350万 illiterates to be taught).  All of it lies in part 二、关于1998年政府工作的建议
(heading: source line 22, outside the excerpt): the plan for 1998.  Lines 3-7, 8-11, 22-33
and 55-68 are wr_china_1998, wr_china_1998_b, wr_china_1998_c and wr_china_1998_d (no
overlap).

This report writes its Arabic numerals with a space after every digit (1 0 ％, 7 2 ％,
3 5 0 万, 1 9 9 9 年): the spans keep the source's spaces (README §1), as wr_china_1998 /
wr_china_1998_c.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1998_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1998_e"
SOURCE_ID = "wr_china_1998"
PLACE = "中国"
REF = "1998-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 39, 50                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1998年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1998)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="投资规模的适度增长，是国民经济持续快速健康发展的一个重要条件。",
                 ends="改善教师的工作和生活条件。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SPACED = "the source writes a space after every digit; the spaces stay in the span (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
fact = g.with_subject(PLACE, CN, modality="target")

# ---- periods (reference date 1998-03-05; 去年 = 1997, 今年 = 1998) ---------------------------
# The whole excerpt lies in part 二、关于1998年政府工作的建议 (heading: source line 22, outside
# the excerpt): the government's proposals for 1998 → modality target (预定, 要增加到, 再扫除).
# Every figure has 今年 before it in its line (lines 1 and 12, source 39 and 50): explicit
# 1998-01-01..1998-12-31, no alternative needed for flows (as the 今年 targets of
# wr_china_1998_c).  The population share of the areas where nine-year compulsory education
# is universal is a share of a stock (SPEC §4): the level to be reached by the end of the
# plan year → the instant 1998-12-31, with the literal year and null as alts (as PLAN_END of
# wr_china_1998_d).  去年以来 (line 3, source 41) and 1 9 9 9 年 (line 7, source 45) govern no
# number.
T98 = P("今年", "1998-01-01", "1998-12-31")
T98_END = P("今年", "1998-12-31", "1998-12-31")
T_NOTE = "今年 (= 1998) stands before it in its line and governs it; a plan of the year → target"

# ==== line 1 (source 39): investment ==============================================================
g.neg("健康发展的一个重要条件", "一个", "indefinite article 一个 ('an important condition'), not "
      "a count")
INV = ["固定资产投资", "全社会固定资产投资增长", "全社会固定资产投资增速", "投资", "投资增长",
       "投资规模"]
fact("固定资产投资预定增长1 0 ％", "1 0 ％", value=10, unit="%", kind="growth", bound="ge",
     metric="全社会固定资产投资", metric_alts=INV, comparison="yoy", period=T98,
     note="预定增长 → target; 或者更多一些 '(10 %) or somewhat more' → ge (outside the span, as "
          "或者更多一点 in wr_china_1981); growth without basis → yoy; " + T_NOTE + "; " + SPACED)

# ==== line 2 (source 40): fiscal policy ==============================================================
g.neg("勤俭办一切事业", "一切", "pronoun 一切 'all', not a quantity (as wr_china_2005_b)")

# ==== line 3 (source 41): monetary policy and finance — no numeral (统一, 去年以来) =====================

# ==== line 4 (source 42): 第四，进一步提高对外开放水平 ================================================
g.neg("第四，进一步提高", "第四", MARKER_NOTE + " (第四，… task four of the plan)")

# ==== line 5 (source 43): opening ===================================================================
g.neg("我国的一项基本国策", "一项", "indefinite article 一项 ('a basic state policy'), not a "
      "count")

# ==== line 6 (source 44): trade — no numeral ==========================================================

# ==== line 7 (source 45): foreign capital ===========================================================
g.neg("做好1 9 9 9 年将在昆明", "1 9 9 9 年", PERIOD_NOTE + " (1999, the year of the Kunming "
      "world horticultural exposition; governs no number; " + SPACED + ")")

# ==== line 8 (source 46): balance of payments — no numeral (一些, 统一) =================================

# ==== line 9 (source 47): 第五，积极发展科技教育文化事业 ==============================================
g.neg("第五，积极发展", "第五", MARKER_NOTE + " (第五，… task five of the plan)")

# ==== lines 10-11 (source 48-49): science — no numeral =================================================

# ==== line 12 (source 50): education ================================================================
g.neg("基本普及九年义务教育的地区", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', the name of the school stage, as wr_china_1998_b), not a duration fact")
fact("增加到全国人口的7 2 ％", "7 2 ％", value=72, unit="%", kind="share",
     metric="基本普及九年义务教育地区人口占全国人口比重",
     metric_alts=["基本普及九年义务教育的地区人口占全国人口比重", "九年义务教育人口覆盖率",
                  "普及九年义务教育人口覆盖率", "基本普及九年义务教育地区人口覆盖率",
                  "普及九年义务教育地区人口占比", "占全国人口比重",
                  "基本普及九年义务教育地区人口比重", "基本普及九年义务教育的地区"],
     period=T98_END, period_alts=[T98, null("今年")],
     note="要增加到 → target, the level to be reached (eq); the share of the population living "
          "in areas where nine-year compulsory education is basically universal (a share of a "
          "stock; the 1997 level was 65 %, wr_china_1998_b; same metric) → the instant at the "
          "end of 今年 (1998-12-31), the year and null as alts; " + SPACED)
fact("再扫除3 5 0 万青壮年文盲", "3 5 0 万", value=350e4, unit="count", kind="count",
     classifier="人", metric="扫除青壮年文盲",
     metric_alts=["再扫除青壮年文盲", "扫除青壮年文盲人数", "青壮年文盲", "扫盲人数", "扫除文盲",
                  "青壮年文盲扫除人数", "扫除的青壮年文盲"],
     period=T98,
     note="再扫除 → target: the young and middle-aged illiterates to be taught to read in 1998 "
          "(a flow of the year); no measure word after 3 5 0 万 (+ noun 青壮年文盲): 人 implied "
          "(as 2235万城市居民 in wr_china_2004); judgement call: a positive count of the people "
          "made literate (the verb is 扫除, not 减少), the signed SPEC §2 reading (青壮年文盲增量 "
          "−350万, as 减少青壮年文盲400万人 in wr_china_1997_b) is the alternative; "
          + T_NOTE + "; " + SPACED)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting mid-task). Part of the document: part 二、关于"
    "1998年政府工作的建议 (heading: source line 22, outside the excerpt), the plan for 1998 — "
    "the rest of task 第三，继续加强和改善宏观调控 after its targets line (source 38, outside): "
    "investment, fiscal and monetary policy, finance; task 第四，进一步提高对外开放水平 in full; "
    "task 第五，积极发展科技教育文化事业 up to its education paragraph. The review of 1993-1997 "
    "is wr_china_1998 / wr_china_1998_b; other parts of the plan are wr_china_1998_c (source "
    "22-33) and wr_china_1998_d (55-68), no overlap. This report writes Arabic numerals with "
    "a space after every digit (1 0 ％, 3 5 0 万): spans keep those spaces (README §1). Title: "
    "the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "1998-03-05, the shared meta date: the opening day of the 1st session of the 9th NPC, on "
    "which Premier Li Peng delivered the report (the Wikisource text has no dateline; 今年 = "
    "1998 agrees). Place: national report → 中国 (alts 我国/全国/中华人民共和国). Periods: 今年 "
    "(= 1998) stands before every figure in its line: the investment growth and the "
    "illiterates to be taught → the year (explicit); the population share of the areas with "
    "universal nine-year education (a share of a stock) → the instant 1998-12-31, the year and "
    "null as alts; 1 9 9 9 年 (the expo) → period negative. Modality: target throughout "
    "(预定增长, 要增加到, 再扫除). Comparisons: yoy for the investment growth. Bounds: 或者更多"
    "一些 → ge (1 0 ％); the rest eq. Judgement calls: 或者更多一些 → ge; 再扫除350万青壮年文盲 → "
    "a positive count (classifier 人 implied), not a signed 增量; 72 % → an instant at the end "
    "of 1998. The excerpt is sparse in figures (3 facts): most of its lines are policy prose. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一般, 统一 ×2, 一些 ×3, 进一步 ×4. The shared check_gold.py "
    "reads only the first digit of a spaced span ('3 5 0 万' reads 3) and looks for a source "
    "named after the doc_id: known false alarms, as for wr_china_1998_c; czfacts check-gold "
    "accepts the files.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
