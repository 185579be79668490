"""Gold annotations for wr_china_2013_d (held-out: corpora/heldout/; 2013年中华人民共和国国务院
政府工作报告, the end of the review of 2008-2012), lines 18-31 of
shared/texts/work_report/wr_china_2013.txt.

The excerpt corpora/heldout/wr_china_2013_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): items 六是 (reform of
finance, taxes, banking, state firms; no figure), 七是 (opening: trade, its world rank, exports,
FDI, outward investment) and 八是 (government: administrative approvals) of part 一、过去五年
工作回顾 (heading on source line 3, outside the excerpt: the review of the five years
2008-2012), then 各位代表！, the paragraphs on ethnic and religious affairs, overseas Chinese,
defence, Hong Kong/Macao/Taiwan and diplomacy (no figures), the thanks, the problems, and the
heading of part 二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策 (last line).  Other
excerpts of this report: wr_china_2013 (6-10), wr_china_2013_b (11-17), wr_china_2013_c
(33-44); no overlap.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2013_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2013_d"
SOURCE_ID = "wr_china_2013"
PLACE = "中国"
REF = "2013-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 18, 31                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2013年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2013)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="六是深化重要领域改革",
                 ends="二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
STRAIT_NOTE = "place term 两岸 (the two sides of the Taiwan Strait), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院 as alts (as wr_china_2013 / wr_china_2013_b)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2013-03-05; 去年 = 2012, 今年 = 2013) ---------------------------
# Lines 1-13 of the excerpt (source 18-30) lie in part 一、过去五年工作回顾 (source line 3,
# outside the excerpt): the review of the five years since the 1st session of the 11th NPC
# (March 2008), i.e. the statistical years 2008-2012 (as wr_china_2013 / wr_china_2013_b) →
# modality actual.  That span is the section frame (SPEC §4) of every number whose line
# states no period before it; period text 五年 (the excerpt's own word: 五年累计, 五年中, 五年来,
# 过去五年; the heading lies outside, as wr_china_2013_b), null as alt:
#   - 年均 growth → the span;
#   - the pair 从世界第三位提升到第二位 without years: the positions before and at the end of
#     the five years (ranks of a flow) → the years 2007 and 2012 (as 从世界第六位上升到第三位 in
#     wr_china_2008_b), the mechanical frame reading and null as alts;
#   - 跃居世界第一位 (exports) → the position held in the last review year 2012, its end
#     instant, the span and null as alts;
#   - 比2007年提高2个多百分点 → a change over the five years: the span (as 提高2.7个百分点 in
#     wr_china_2013), the year 2012 and null as alts; 2007年 is the basis (comparison).
# Periods written in a line govern what follows them there: 五年累计 (line 2) → the span for
# 5528亿美元 and, past the pair 从2007年的…到2012年的 (whose years date only their own values,
# SPEC §4), for 年均增长25.5%; 五年中 (line 3) → the span for 两轮 and 498项; the cumulative
# total 总数达到2497项 and its share 69.3% are stocks → the instant 2012-12-31 (stock rule), the
# span and null as alts.  五年来 (line 5) and 过去五年 (line 12) govern no number.  Line 14
# (source 31) is the heading of part 二 (no figure).
H = "五年"


def five(txt):
    return P(txt, "2008-01-01", "2012-12-31")


def end5(txt):
    return P(txt, "2012-12-31", "2012-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


SPAN = dict(period=five(H), period_alts=[null(H)])
FRAME_NOTE = ("no period before it in its line → the section frame, the five review years "
              "2008-2012 (heading 过去五年, outside the excerpt; period text 五年), null as alt")
AVG_NOTE = ("average annual growth over the five review years 2008-2012 (comparison = the "
            "surface basis 年均, as wr_china_2013 / wr_china_2013_b)")
C = "五年累计"
CUM = dict(period=five(C), period_alts=[null(C)])
CUM_NOTE = "五年累计 (2008-2012) earlier in the line governs: a total over the five years"
M = "五年中"
IN5 = dict(period=five(M), period_alts=[null(M)])
IN5_NOTE = "五年中 (2008-2012) earlier in the line governs: a total over the five years"
IN5_STOCK = dict(period=end5(M), period_alts=[five(M), null(M)])
STOCK_NOTE = ("a cumulative total / its share (总数达到, a stock) under 五年中: the instant "
              "2012-12-31 at the end of the span (stock rule), the span and null as alts")

# ==== line 1 (source 18): 六是 reform (no figure) ====================================================
g.neg("六是深化重要领域改革", "六是", MARKER_NOTE)

# ==== line 2 (source 19): 七是 opening ==============================================================
g.neg("七是坚定不移扩大对外开放", "七是", MARKER_NOTE)
TRADE = ["进出口", "外贸进出口总额", "进出口贸易总额", "对外贸易总额", "货物进出口总额", "对外贸易",
         "外贸"]
fact("进出口总额年均增长12.2%", "12.2%", value=12.2, unit="%", kind="growth",
     metric="进出口总额",
     metric_alts=TRADE + ["进出口总额年均增长", "进出口总额年均增速", "外贸年均增速"],
     comparison="年均", **SPAN, note=AVG_NOTE + "; " + FRAME_NOTE)
RANK = TRADE + ["进出口总额排名", "进出口总额世界排名", "进出口总额世界位次", "外贸世界排名",
                "对外贸易世界排名", "贸易规模"]
fact("从世界第三位提升", "第三位", value=3, unit="rank", kind="rank", scope="世界",
     metric="进出口总额", metric_alts=RANK,
     period=year(H, 2007),
     period_alts=[P(H, "2007-12-31", "2007-12-31"), P(H, "2008-01-01", "2008-01-01"), five(H),
                  null(H)],
     note="start of the pair 从世界第三位提升到第二位 (rank of a flow; span without the scope "
          "word 世界, README §1) with no year written: the position before the five years → "
          "the year 2007 (as 从世界第六位上升到第三位 in wr_china_2008_b); the end of 2007, the "
          "start of the span, the span (the mechanical frame reading) and null as alts — "
          "judgement call")
fact("提升到第二位", "第二位", value=2, unit="rank", kind="rank", scope="世界",
     metric="进出口总额", metric_alts=RANK,
     period=year(H, 2012), period_alts=[end5(H), five(H), null(H)],
     note="end of the pair: the position in the last review year 2012 (its end instant, the "
          "span and null as alts); scope 世界 carried from 第三位")
EXP = ["出口", "出口总额", "货物出口", "出口额排名", "出口额世界排名", "出口规模", "出口贸易"]
fact("其中出口额跃居世界第一位", "第一位", value=1, unit="rank", kind="rank", scope="世界",
     metric="出口额", metric_alts=EXP,
     period=year(H, 2012), period_alts=[end5(H), five(H), null(H)],
     note="跃居 'leapt to' → the position reached and held at the end of the review: the "
          "year 2012 (rank of a flow, as 跃居世界第二位 in wr_china_2018 / 成为…第一 in "
          "wr_china_2016_b), its end instant, the span and null as alts; 第一位 → 1")
g.neg("份额比2007年提高", "2007年", "comparison basis 比2007年 (a year, not a quantity); becomes "
      "`comparison`, not a period (as wr_china_2013)")
SHARE = ["出口额占国际市场份额", "国际市场份额", "出口占国际市场份额", "出口国际市场份额",
         "出口额占国际市场份额比重", "出口市场份额", "占国际市场份额", "出口占国际市场比重"]
fact("提高2个多百分点", "2个多百分点", value=2, unit="pp", kind="change", bound="gt",
     metric="出口额占国际市场份额", metric_alts=SHARE[1:], comparison="比2007年",
     period=five(H), period_alts=[year(H, 2012), null(H)],
     note="多 inside the span → gt (README §1 200多亿元); pp change of a share (README §3: the "
          "share's metric); basis 比2007年 → comparison; a change over the five review years: "
          "the span (as 提高2.7个百分点 in wr_china_2013), the year 2012 (the level compared) and "
          "null as alts")
g.neg("五年累计实际利用外资", "五年", PERIOD_NOTE + " (五年累计 = 2008-2012; governs the rest "
      "of the line, past the pair's own years)")
FDI = ["利用外资", "实际使用外资", "累计实际利用外资", "外商直接投资", "实际利用外资额",
       "实际使用外资金额", "五年累计实际利用外资"]
fact("实际利用外资5528亿美元", "5528亿美元", value=5528e8, unit="USD", kind="amount",
     metric="实际利用外资", metric_alts=FDI, **CUM,
     note="亿美元 → ×1e8 USD (SPEC §3, foreign currency by ISO code); " + CUM_NOTE)
ODI = ["对外直接投资", "非金融类对外直接投资额", "对外投资", "非金融类对外投资", "境外直接投资",
       "非金融类境外直接投资"]
g.neg("从2007年的248亿美元", "2007年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "248亿美元)")
fact("从2007年的248亿美元", "248亿美元", value=248e8, unit="USD", kind="amount",
     metric="非金融类对外直接投资", metric_alts=ODI, period=year("2007年", 2007),
     note="start of the pair: the outward investment of 2007 (a flow of the year)")
g.neg("上升到2012年的772亿美元", "2012年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "772亿美元)")
fact("2012年的772亿美元", "772亿美元", value=772e8, unit="USD", kind="amount",
     metric="非金融类对外直接投资", metric_alts=ODI, period=year("2012年", 2012),
     note="end of the pair: the outward investment of 2012")
fact("年均增长25.5%", "25.5%", value=25.5, unit="%", kind="growth",
     metric="非金融类对外直接投资",
     metric_alts=ODI + ["非金融类对外直接投资年均增长", "对外直接投资年均增速"],
     comparison="年均", **CUM,
     note=AVG_NOTE + " (2007 → 2012); the pair's years date only their own values, so "
          "五年累计 of the line governs (the same span)")

# ==== line 3 (source 20): 八是 government =============================================================
g.neg("八是切实加强政府", "八是", MARKER_NOTE)
g.neg("采取了一系列新举措", "一系列", "quantifier 一系列")
g.neg("五年中分两轮", "五年中", PERIOD_NOTE + " (2008-2012; governs the approvals after it)")
gov("分两轮取消和调整", "两轮", value=2, unit="count", kind="count", classifier="轮",
    metric="取消和调整行政审批事项轮次",
    metric_alts=["行政审批事项取消和调整轮次", "取消和调整行政审批事项", "行政审批制度改革轮次",
                 "取消和调整行政审批事项批次", "轮次", "行政审批事项清理轮次"],
    **IN5,
    note="judgement call: the number of rounds (分两轮 'in two rounds') of the approval reform, "
         "a count (as 两次上调 in wr_china_2007; classifier 轮), not an article; " + IN5_NOTE
         + "; " + GOV_NOTE)
APPR = ["取消和调整的行政审批事项", "行政审批事项", "取消和调整行政审批事项数量",
        "行政审批事项取消和调整", "取消调整行政审批事项", "取消和调整行政审批项目",
        "国务院取消和调整行政审批事项"]
gov("行政审批事项498项", "498项", value=498, unit="count", kind="count", classifier="项",
    metric="取消和调整行政审批事项", metric_alts=APPR, **IN5,
    note="items removed or adjusted over the five years (a total of the span); " + IN5_NOTE
         + "; " + GOV_NOTE)
DEPT = GOV + CN + ["国务院各部门"]
TOT = ["国务院各部门取消和调整的审批项目总数", "取消和调整的审批项目总数", "取消和调整的审批项目",
       "审批项目", "取消和调整审批项目", "国务院各部门取消和调整审批项目", "审批项目总数"]
gov("总数达到2497项", "2497项", value=2497, unit="count", kind="count", classifier="项",
    metric="国务院各部门取消和调整的审批项目", metric_alts=TOT, subject_alts=DEPT, **IN5_STOCK,
    note="总数达到 → eq; the cumulative total of the State Council departments' cuts (since "
         "the reform began, beyond the five years) → " + STOCK_NOTE + "; 国务院各部门 as "
         "subject alt")
fact("占原有审批项目的69.3%", "69.3%", value=69.3, unit="%", kind="share",
     metric="取消和调整的审批项目占原有审批项目比重",
     metric_alts=["占原有审批项目比重", "取消和调整的审批项目占比", "取消和调整审批项目占原有审批项目比例",
                  "国务院各部门取消和调整的审批项目占原有审批项目比重", "占原有审批项目的比重",
                  "取消和调整的审批项目占原有审批项目的比例"],
     subject_alts=DEPT, **IN5_STOCK,
     note="share of the cumulative total 2497项 in the original approval items (a share of a "
          "stock) → " + STOCK_NOTE)

g.neg("以行政首长为重点", "首长", "title word 首长 ('chief', 行政首长 'head of an "
      "administration'), not a rank (as 首席 in wr_yunnan_2025)")

# ==== line 4 (source 21): 各位代表！ (no numeral) ==========================================================

# ==== line 5 (source 22): ethnic affairs (no fact) ======================================================
g.neg("五年来，我们贯彻", "五年来", PERIOD_NOTE + " (2008-2012; no number after it in its line)")

# ==== lines 6-7 (source 23-24): religion, overseas Chinese (no numeral) =================================

# ==== line 8 (source 25): defence (no fact) =============================================================
g.neg("出色完成一系列急难险重任务", "一系列", "quantifier 一系列")

# ==== line 9 (source 26): Hong Kong, Macao, Taiwan (no fact) ============================================
g.neg("推动两岸关系实现重大转折", "两岸", STRAIT_NOTE)
g.neg("两岸直接双向", "两岸", STRAIT_NOTE)
g.neg("两岸直接双向", "双向", "adverb 双向 'two-way' (direct two-way links), not a count")
g.neg("“三通”全面实现", "三通", LABEL_NOTE + " (“三通”: direct mail, transport and trade across "
      "the Strait, a name)")
g.neg("签署实施两岸经济", "两岸", STRAIT_NOTE)
g.neg("形成两岸全方位", "两岸", STRAIT_NOTE)
g.neg("开创两岸关系和平", "两岸", STRAIT_NOTE)

# ==== lines 10-11 (source 27-28): diplomacy, 各位代表！ (no numeral) =======================================

# ==== line 12 (source 29): thanks (no fact) =============================================================
g.neg("过去五年取得的成就", "过去五年", PERIOD_NOTE + " (2008-2012; no number after it in its "
      "line)")

# ==== line 13 (source 30): the problems (no numeral but 一些, lexicalized) ===============================

# ==== line 14 (source 31): heading of part 二 ===========================================================
g.neg("二、今年经济社会发展", "二、", "list marker / heading number, not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code: items 六是 (reform; no figure), 七是 (opening: trade growth 12.2% a year, "
    "world rank 第三位 → 第二位, exports 第一位, export market share +2个多百分点, FDI 5528亿美元 "
    "over five years, outward investment 248亿美元 (2007) → 772亿美元 (2012), 25.5% a year) and "
    "八是 (government: 两轮 of approval cuts, 498项, the departments' total 2497项 = 69.3%) of "
    "part 一、过去五年工作回顾 (heading on source line 3, outside the excerpt): the review of the "
    "five years 2008-2012, so every fact is actual; then 各位代表！, the paragraphs on ethnic "
    "and religious affairs, overseas Chinese, defence, Hong Kong/Macao/Taiwan and diplomacy, "
    "the thanks and the problems (no figures), and the heading of part 二 (last line). Other "
    "excerpts of this report: wr_china_2013 (6-10), wr_china_2013_b (11-17), wr_china_2013_c "
    "(33-44); no overlap. Date: 2013-03-05, the opening day of the 1st session of the 12th "
    "NPC, on which the Premier delivered the report (shared meta; the Wikisource text has no "
    "date line); nothing in the excerpt contradicts it (2012 the last review year; 今年 in the "
    "heading of part 二 = 2013). Title: the shared meta title (the source has no title line; "
    "title_in_text=False). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the "
    "approval cuts add 中央政府/国务院 (and 国务院各部门 for 2497项 / 69.3%). Periods: the "
    "section frame is the span 2008-01-01..2012-12-31 (period text 五年; null as alt) for "
    "figures with no period before them in their line (12.2%, the ranks, 2个多百分点); the "
    "pair 从世界第三位提升到第二位 → the years 2007 / 2012 (frame and null as alts); 跃居世界"
    "第一位 → 2012 (end instant, span, null as alts); 五年累计 → the span for 5528亿美元 and "
    "25.5% (the pair 从2007年的…到2012年的 dates only 248 / 772亿美元); 五年中 → the span for "
    "两轮 and 498项; the stock 总数达到2497项 and its share 69.3% → the instant 2012-12-31 "
    "(span and null as alts). Comparisons: 年均 for the average growth rates; 比2007年 for the "
    "pp change of the export market share. Units: 亿美元 → ×1e8 USD; 个百分点 → pp. Bounds: "
    "多 inside 2个多百分点 → gt. Judgement calls: dating the rank pair without years (2007 / "
    "2012) and 跃居第一位 (2012); the pp change dated by the span; 两轮 → a count of rounds "
    "(轮); 2497项 read as a cumulative stock (instant) with 69.3% its share; 双向 (two-way) and "
    "两岸 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 ×2, 一些 ×3, 进一步 ×4.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(一、过去五年工作回顾, items 六是 to 八是 and the closing paragraphs, then the heading of "
        "part 二; Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
