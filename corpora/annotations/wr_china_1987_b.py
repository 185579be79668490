"""Gold annotations for wr_china_1987_b (1987年中华人民共和国国务院政府工作报告, the end of part 二:
the 1978-1986 comparison under 第六 and the 增产节约、增收节支 campaign, with the heading line of
part 三), lines 29-35 of shared/texts/work_report/wr_china_1987.txt (held out:
corpora/heldout/).

The excerpt corpora/heldout/wr_china_1987_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in part 二、坚持长期稳定发展经济的方针
(heading on source line 15, outside the excerpt), after its heading 第六，…必须坚定不移地全面推进
经济体制改革 (source line 28, outside): the paragraph 当前经济生活中遇到的问题… with the
comparison １９８６年同１９７８年相比 (国民生产总值, 国民收入, 国家财政收入, 预算外资金, 城乡居民平均
消费水平: five from/to pairs and five growth rates), the five paragraphs on the 增产节约、增收节支
运动 (the 1987 spending cut of １０％) and source line 35, where the heading 三、深入改革经济体制
和扩大对外开放 runs into the first sentence of its part (the Wikisource join).  The review of
1986 (lines 5-12) is wr_china_1987 (no overlap).

This report writes its numerals in full-width digits (３４８０亿元, ９４．９％, with a full-width
decimal point ．); spans keep them as written (README §1).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1987_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1987_b"
SOURCE_ID = "wr_china_1987"
PLACE = "中国"
REF = "1987-03-25"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 29, 35                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1987年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1987)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="当前经济生活中遇到的问题，是前进中的问题",
                 ends="也是进一步顺利推进现代化经济建设的重要保证")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("comparison basis 同１９７８年相比 (a year, not a quantity); becomes `comparison`, "
              "not the period of the growth facts")
FW = "full-width digits (and full-width ． / ％) kept in the span as written (README §1)"
ARTICLE_NOTE = "一 + classifier used as article, not a quantity (README §2)"
ADVERB_NOTE = "adverb {}, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国务院", "中央政府", "国家财政"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1987-03-25; 今年 = 1987, 去年 = 1986) ---------------------------
# Part 二 sets out the principles of steady growth; it has no section year.  Line 1 (source
# 29) opens with 近八年来 (1979 onwards, since the 3rd Plenum of December 1978; a period word,
# no number of its own) and then states the comparison １９８６年同１９７８年相比, which replaces it
# before the first number (as 一九八二年同一九七八年相比 in wr_china_1983 and １９９２年同１９８７年
# 相比 in wr_china_1993):
#   - the from/to pairs 由X增加到Y carry their own years (SPEC §4): X → 1978, Y → 1986 (all five
#     are flows of a year: GNP, national income, revenue, extra-budgetary funds, per-head
#     consumption; the extra-budgetary funds 拥有的 also read as a stock: the end instant as
#     alt), null as alt;
#   - the growth rates 增长N％ are changes of the 1986 level over 1978: the year of the level
#     compared (1986) is gold, the eight years of growth 1979-1986 (= 近八年来) and null as alts;
#     comparison = the surface basis 同１９７８年相比.
# 前两年, 前几年, 近几年来 later in the excerpt govern no number.  Line 4 (source 32) names 今年
# (= 1987) before the spending cut: the 1987 plan → target, comparison the surface basis
# 比去年预算执行数.
C86T = "１９８６年同１９７８年相比"
FROM78 = dict(period=P(C86T, "1978-01-01", "1978-12-31"), period_alts=[null(C86T)])
TO86 = dict(period=P(C86T, "1986-01-01", "1986-12-31"), period_alts=[null(C86T)])
VS78 = dict(period=P(C86T, "1986-01-01", "1986-12-31"),
            period_alts=[P(C86T, "1979-01-01", "1986-12-31"), null(C86T)])
CMP78 = "同１９７８年相比"
PAIR_NOTE = ("from/to pair under １９８６年同１９７８年相比 (由X增加到Y): each value its own year "
             "(SPEC §4), X → 1978, Y → 1986 (增加到 'rose to' the level, not an increment); null "
             "as alt; actual")
VS78_NOTE = ("change of the 1986 level over 1978 (１９８６年同１９７８年相比): period the year of the "
             "level compared (1986, as wr_china_1983 / wr_china_1993), the eight years 1979-1986 "
             "(近八年来) and null as alts; comparison = the surface basis; actual")

# ==== line 1 (source 29): 当前经济生活中遇到的问题… (1978 → 1986) ===================================
g.neg("近八年来，由于贯彻执行", "近八年来", PERIOD_NOTE + " (1979-1986, the years since the 3rd "
      "Plenum; replaced by １９８６年同１９７８年相比 before the first number; not an 8-year "
      "duration fact, as 近三年来 in README §2)")
g.neg("１９８６年同１９７８年相比", "１９８６年", PERIOD_NOTE + " (1986, the year of the levels "
      "compared; governs the line's figures; " + FW + ")")
g.neg("１９８６年同１９７８年相比", "１９７８年", BASIS_NOTE + " (1978, also the year of the pairs' "
      "first values)")
GNP = ["GNP", "国民生产总值总量", "经济总量", "生产总值"]
fact("国民生产总值由３４８０亿元", "３４８０亿元", value=3480e8, unit="CNY", kind="amount",
     metric="国民生产总值", metric_alts=GNP, **FROM78,
     note="start of the pair: the 1978 GNP; ３４８０亿元 = 3.48e11 CNY; " + PAIR_NOTE + "; " + FW)
fact("增加到９３８０亿元", "９３８０亿元", value=9380e8, unit="CNY", kind="amount",
     metric="国民生产总值", metric_alts=GNP, **TO86,
     note="end of the pair: the 1986 GNP; " + PAIR_NOTE)
fact("按可比价格计算增长１０２％", "１０２％", value=102, unit="%", kind="growth",
     metric="国民生产总值",
     metric_alts=GNP + ["国民生产总值增长", "经济增长", "国民生产总值实际增长"],
     comparison=CMP78, **VS78,
     note="按可比价格计算 = in real terms (part of how the rate is measured, not a basis); "
          + VS78_NOTE)
NI = ["国民收入总额", "全国国民收入", "国民收入增长"]
fact("国民收入由３０１０亿元", "３０１０亿元", value=3010e8, unit="CNY", kind="amount",
     metric="国民收入", metric_alts=NI[:2], **FROM78,
     note="start of the pair: the 1978 national income (net material product, MPS); "
          + PAIR_NOTE)
fact("增加到７７９０亿元", "７７９０亿元", value=7790e8, unit="CNY", kind="amount",
     metric="国民收入", metric_alts=NI[:2], **TO86,
     note="end of the pair: the 1986 national income (the same 7790亿元 as in the review of "
          "1986, wr_china_1987); " + PAIR_NOTE)
fact("按可比价格计算增长９４．９％", "９４．９％", value=94.9, unit="%", kind="growth",
     metric="国民收入", metric_alts=NI, comparison=CMP78, **VS78,
     note="in real terms; full-width decimal point ．; " + VS78_NOTE)
REV = ["财政收入", "国家财政总收入", "全国财政收入", "国家财政收入总额"]
REV_SUBJ = CN + ["国家", "国家财政"]
fact("国家财政收入由１１２１亿元", "１１２１亿元", value=1121e8, unit="CNY", kind="amount",
     metric="国家财政收入", metric_alts=REV, subject_alts=REV_SUBJ, **FROM78,
     note="start of the pair: the 1978 state revenue; 国家财政 → 中国 (alts 国家/国家财政); "
          + PAIR_NOTE)
fact("增加到２２２０亿元", "２２２０亿元", value=2220e8, unit="CNY", kind="amount",
     metric="国家财政收入", metric_alts=REV, subject_alts=REV_SUBJ, **TO86,
     note="end of the pair: the 1986 state revenue; " + PAIR_NOTE)
fact("２２２０亿元，增长９８％", "９８％", value=98, unit="%", kind="growth",
     metric="国家财政收入", metric_alts=REV, subject_alts=REV_SUBJ, comparison=CMP78, **VS78,
     note="nominal (no 按可比价格: 2220 / 1121 = 1.98); " + VS78_NOTE)
EBF = ["部门、地方、企业拥有的预算外资金", "预算外资金总额", "预算外资金规模",
       "部门、地方、企业预算外资金", "预算外资金收入"]
EBF_SUBJ = CN + ["部门、地方、企业", "部门", "地方", "企业"]
EBF_NOTE = ("the extra-budgetary funds of ministries, localities and enterprises together (a "
            "national aggregate → 中国, the holders as subject alts, README §4); read as the "
            "funds of the year (a flow, as 预算外资金 in the statistics), the end instant as alt "
            "(拥有的: the stock reading)")
fact("预算外资金由的３４７亿元", "３４７亿元", value=347e8, unit="CNY", kind="amount",
     metric="预算外资金", metric_alts=EBF, subject_alts=EBF_SUBJ,
     period=P(C86T, "1978-01-01", "1978-12-31"),
     period_alts=[P(C86T, "1978-12-31", "1978-12-31"), null(C86T)],
     note="start of the pair (由的３４７亿元: the stray 的 of the source is kept outside the "
          "span); " + EBF_NOTE + "; " + PAIR_NOTE)
fact("增加到１６７０亿元", "１６７０亿元", value=1670e8, unit="CNY", kind="amount",
     metric="预算外资金", metric_alts=EBF, subject_alts=EBF_SUBJ,
     period=P(C86T, "1986-01-01", "1986-12-31"),
     period_alts=[P(C86T, "1986-12-31", "1986-12-31"), null(C86T)],
     note="end of the pair: 1986; " + EBF_NOTE + "; " + PAIR_NOTE)
fact("１６７０亿元，增长３８１％", "３８１％", value=381, unit="%", kind="growth",
     metric="预算外资金", metric_alts=EBF, subject_alts=EBF_SUBJ, comparison=CMP78, **VS78,
     note="1670 / 347 = 4.81 → 381 %; " + VS78_NOTE)
CONS = ["全国城乡居民平均消费水平", "居民平均消费水平", "居民消费水平", "平均消费水平",
        "城乡居民消费水平", "人均消费水平"]
fact("平均消费水平由１７５元", "１７５元", value=175, unit="CNY", kind="amount",
     metric="城乡居民平均消费水平", metric_alts=CONS, **FROM78,
     note="start of the pair: the 1978 average consumption per head (a yearly per-head level); "
          "全国 → 中国; " + PAIR_NOTE)
fact("增加到４５０元", "４５０元", value=450, unit="CNY", kind="amount",
     metric="城乡居民平均消费水平", metric_alts=CONS, **TO86,
     note="end of the pair: 1986; " + PAIR_NOTE)
fact("扣除物价上升因素增长８６．９％", "８６．９％", value=86.9, unit="%", kind="growth",
     metric="城乡居民平均消费水平",
     metric_alts=CONS + ["城乡居民平均消费水平实际增长", "居民消费水平实际增长"],
     comparison=CMP78, **VS78,
     note="扣除物价上升因素 = net of price rises (real terms, part of how the rate is measured); "
          + VS78_NOTE)
g.neg("宏观经济前两年一度", "前两年", PERIOD_NOTE + " (the two years before, 1984-1985, when "
      "control was partly lost; governs no number)")
g.neg("前两年一度出现", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
g.neg("作为一个系统建立起来", "一个", ARTICLE_NOTE)
g.neg("产生某些问题的一个重要原因", "一个", ARTICLE_NOTE)
g.neg("在一定条件下保持", "一定", "adjective 一定 'certain (conditions)', not a quantity")
g.neg("认真总结前几年的改革经验", "前几年", PERIOD_NOTE + " (vague 'the past few years'; "
      "governs no number)")

# ==== line 2 (source 30): 各位代表！…增产节约、增收节支运动 =====================================
g.neg("除了前面讲的几个问题", "几个", "discourse reference to the points discussed above (几个 "
      "问题 'the several questions'), not a quantity claim")
g.neg("一个重要法宝", "一个", ARTICLE_NOTE)
g.neg("勤俭办一切事业", "一切", "pronoun 一切 'all', not a quantity (as wr_china_2015_b)")

# ==== line 3 (source 31): 同深化改革很好地结合 ===================================================
g.neg("因此一定要同深化改革", "一定", ADVERB_NOTE.format("一定 'must'"))
g.neg("近几年来的实践", "近几年来", PERIOD_NOTE + " (vague 'recent years'; governs no number)")
g.neg("处理好这两者之间", "两者", "pronoun 两者 'the two (of them)', referring to the campaign "
      "and the reform, not a quantity claim")

# ==== line 4 (source 32): 重点放在全面提高社会经济效益 — the 1987 spending cut =======================
g.neg("要十分注意收旧利废", "十分", ADVERB_NOTE.format("十分 'very'"))
SPEND = ["行政费、事业费和管理费", "行政费、事业费和管理费开支", "各项开支", "行政费、事业费和管理费等开支",
         "行政管理费开支", "开支", "行政费、事业费和管理费等各项开支节约幅度", "财政支出"]
fact("节约１０％的总要求", "１０％", value=-10, unit="%", kind="growth",
     metric="行政费、事业费和管理费等各项开支", metric_alts=SPEND,
     subject_alts=CN + GOV, modality="target", comparison="比去年预算执行数",
     period=P("今年", "1987-01-01", "1987-12-31"), period_alts=[null("今年")],
     note="节约 N％ = spending to be N % lower → growth −10 (as 一般性支出压减5% in wr_china_2014); "
          "the basis 比去年预算执行数 (the 1986 outturn of the budget) is the comparison; 国务院"
          "决定…要…必须努力做到 → target; 今年 (= 1987) stands before it in its line; the State "
          "Council's decision → 中国, 国家/国务院 as alts; " + FW)

# ==== line 5 (source 33): 科学技术的作用 ============================================================
g.neg("必须十分重视科学技术", "十分", ADVERB_NOTE.format("十分 'very'"))

# ==== line 6 (source 34): 企业的积极进取精神 (一些 lexicalized; no other numeral) ================

# ==== line 7 (source 35): heading 三 and the opening sentence of part 三 ===========================
g.neg("三、深入改革经济体制", "三、", "list marker (heading number of part 三), not a quantity")
g.neg("这是我国近几年来经济发展", "近几年来", PERIOD_NOTE + " (vague 'recent years'; governs no "
      "number)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut); held out "
    "(corpora/heldout/). Part of the document: the end of part 二、坚持长期稳定发展经济的方针 "
    "(heading on source line 15, outside) — the paragraph under 第六 (source line 28, outside) "
    "with the comparison １９８６年同１９７８年相比 (the achievements of the eight reform years, "
    "actual), the five paragraphs on the 增产节约、增收节支运动 (the 1987 campaign, with the "
    "spending cut of １０％ for 1987), and source line 35, where the heading 三、深入改革经济体制和"
    "扩大对外开放 runs into the first sentence of part 三 (Wikisource join). Neither the review "
    "of 1986 (wr_china_1987, lines 5-12) nor the 1987 targets proper. Title: the corpus meta "
    "title (the source has no title line), title_in_text=False. Date: 1987-03-25, the opening "
    "day of the 5th session of the 6th NPC, on which Premier Zhao Ziyang delivered the report "
    "(as wr_china_1987; the corpus meta gives only the year 1987 and the Wikisource text has no "
    "dateline); the text fits it (1986 figures final; 今年 = 1987, 去年 = 1986). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国; 国家/国家财政 for the revenue; 部门、地方、企业 for "
    "the extra-budgetary funds; 国家/国务院 for the spending cut). Periods: 近八年来 (1979-1986) "
    "is replaced by １９８６年同１９７８年相比 before the first number: the from/to pairs → 1978 "
    "(start) and 1986 (end), flows of the year (the extra-budgetary funds with the year-end "
    "instant as alt), null as alt; the growth rates → 1986 (the level compared), the span "
    "1979-1986 and null as alts, comparison = the surface basis 同１９７８年相比; 今年 (= 1987) "
    "governs the spending cut (target, comparison 比去年预算执行数). 前两年, 前几年, 近几年来 ×2 "
    "govern no number (period negatives). Modality: actual for the 1978/1986 figures, target "
    "for 节约１０％. Units: 亿元 1e8 CNY; 元 per head; full-width digits and decimal point kept "
    "in the spans. Judgement calls: 预算外资金 read as a flow (stock instant as alt); "
    "按可比价格计算 / 扣除物价上升因素 → real growth, the basis still 同１９７８年相比; 节约１０％ → "
    "growth −10 (a cut of spending) with the surface basis; 几个问题, 两者 → discourse "
    "negatives; 近八年来 → period, not an 8-year duration. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些, 进一步 ×4. Known false alarms of the shared "
    "check_gold.py (as in wr_china_1987): it reads a full-width decimal point ． as the end of "
    "the number (９４．９％ → 94, ８６．９％ → 86); czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
