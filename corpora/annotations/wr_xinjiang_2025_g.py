"""Gold annotations for wr_xinjiang_2025_g (2025年新疆政府工作报告, the close of the 2025 tasks
and part 三、全面加强政府自身建设), lines 61-70 of shared/texts/work_report/wr_xinjiang_2025.txt.

The excerpt corpora/wr_xinjiang_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last three
paragraphs of part 二、2025年重点工作 (heading on source line 35, outside the excerpt: 各位代表！
on the 新疆生产建设兵团, on 对口援疆, on national defence), the heading 三、全面加强政府自身建设,
its opening, items (一)-(四) (党的全面领导, 法治政府, 数字政府, 廉洁政府) and the closing
paragraph (各位代表!使命重在担当…).  It is the plan for 2025 and the government's own conduct
→ any fact would be a target; but the excerpt states no numeric claim at all: every numeral in
it is a slogan, a label, an edition or plan name, a list marker, an idiom, a pronoun, a period
or an anniversary (negatives only, 0 facts).  Lines 7-54 are annotated in wr_xinjiang_2025 /
_b / _c / _d / _e / _f (no overlap).  Negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xinjiang_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, excerpt_gold, TEXTS

DOC_ID = "wr_xinjiang_2025_g"
PLACE = "新疆维吾尔自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xinjiang_2025.txt"
FIRST, LAST = 61, 70                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年新疆政府工作报告"         # line 1 of the source, outside the excerpt

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="各位代表!新疆生产建设兵团是实现",
                 ends="以优异的成绩迎接新疆维吾尔自治区成立70周年!")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
IDIOM_NOTE = "idiom / slogan, not a quantity claim"
SERVICE_NOTE = "service-programme name ({}), not a count (as wr_chongqing_2025_d / other golds)"

# ---- periods (reference date 2025-01-19; 今年 = 2025) ---------------------------------------
# Lines 1-3 (source 61-63) close part 二、2025年重点工作 (heading on source line 35, outside the
# excerpt); lines 4-10 (source 64-70) are part 三 (the government's own conduct from 2025 on).
# 今年 (line 2: 今年将召开的第十次…会议) and 新的一年 (line 3) name 2025 but govern no number;
# (2021—2025年) is the span of a plan in a document title.  No fact, so no period is assigned.

# ==== line 1 (source 61): 新疆生产建设兵团 ============================================================
g.neg("牢固树立“兵地一盘棋”", "一盘棋", IDIOM_NOTE + " (slogan “兵地一盘棋” 'the 兵团 and the "
      "localities as one chessboard', as 一盘棋 in other golds)")
g.neg("“兵地一家亲”的思想", "一家亲", IDIOM_NOTE + " (slogan “兵地一家亲” 'the 兵团 and the "
      "localities are one family', as 民族团结一家亲 in other golds)")
g.neg("推进兵地国有企业双向进入", "双向", "双向 'two-way' (mutual entry of state firms), not a "
      "quantity (as other golds)")

# ==== line 2 (source 62): 对口援疆 =============================================================
g.neg("今年将召开的第十次全国对口支援", "第十次", "edition label of a conference (第十次全国对口"
      "支援新疆工作会议), not a count (as 自治区第十次党代会 in other golds)")
g.neg("加强援受两地干部", "两地", "两地 'both places' naming the two parties (the aiding and "
      "the aided places, 援受), not a count (as 京冀两地 in other golds)")

# ==== line 3 (source 63): national defence ================================================================
g.neg("新的一年，我们要一如既往", "新的一年", PERIOD_NOTE + " (the plan year 2025; no number "
      "after it, as in other golds)")
g.neg("我们要一如既往关心", "一如既往", "idiom 一如既往 'as always', not a quantity")

# ==== line 4 (source 64): heading 三、 ======================================================================
g.neg("三、全面加强政府自身建设", "三、", MARKER_NOTE)

# ==== line 5 (source 65): opening of part 三 — no numeral =====================================

# ==== line 6 (source 66): (一)始终坚持党的全面领导 ==================================================
g.neg("(一)始终坚持党的全面领导", "(一)", MARKER_NOTE)
g.neg("坚定拥护“两个确立”", "两个确立", LABEL_NOTE + " (political slogan “两个确立”, as "
      "wr_chongqing_2025_d)")
g.neg("坚决做到“两个维护”", "两个维护", LABEL_NOTE + " (political slogan “两个维护”, as "
      "wr_chongqing_2025_d)")

# ==== line 7 (source 67): (二)扎实推进法治政府建设 ==================================================
g.neg("(二)扎实推进法治政府建设", "(二)", MARKER_NOTE)
g.neg("实施纲要(2021—2025年)》", "2021—2025年", PERIOD_NOTE + " (the span of the plan inside "
      "the document title 《法治政府建设实施纲要(2021—2025年)》; no number depends on it)")
g.neg("全面完成“八五”普法规划", "八五", "plan label “八五” (the 8th five-year legal-education "
      "plan 2021-2025, as 十四五 in SPEC §1)")

# ==== line 8 (source 68): (三)高效推进数字政府建设 ==================================================
g.neg("(三)高效推进数字政府建设", "(三)", MARKER_NOTE)
g.neg("“高效办成一件事”改革", "一件事", SERVICE_NOTE.format("高效办成一件事"))
g.neg("推动“一件事”向", "一件事", SERVICE_NOTE.format("“一件事” 'one matter'"))
g.neg("向“一类事”升级", "一类事", SERVICE_NOTE.format("“一类事” 'a class of matters', as "
                                                   "办好一类事 in other golds"))
g.neg("政务服务事项“一网通办”", "一网通办", LABEL_NOTE + " (一网通办 'one-network service', as "
      "wr_chongqing_2025_d)")
g.neg("企业诉求“一线应答”", "一线应答", LABEL_NOTE + " (一线应答 'answered on the front line', "
      "as wr_chongqing_2025_d)")

# ==== line 9 (source 69): (四)从严推进廉洁政府建设 ==================================================
g.neg("(四)从严推进廉洁政府建设", "(四)", MARKER_NOTE)
g.neg("落实中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as other golds)")
g.neg("践行“四下基层”", "四下基层", LABEL_NOTE + " (“四下基层” system: the four ways of going "
      "down to the grassroots, as wr_chongqing_2025_d)")
g.neg("勤俭办一切事业", "一切", "pronoun 一切 'all', not a quantity")
g.neg("确保“三保”不出问题", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转)")

# ==== line 10 (source 70): closing ================================================================
g.neg("自治区成立70周年!", "70周年", "anniversary 70周年 (of the founding of the 新疆维吾尔"
      "自治区, in 2025), an event label, not a quantity claim (as 75周年 in wr_yunnan_2025)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_xinjiang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting anywhere). Part of the document: the "
    "close of part 二、2025年重点工作 (heading on source line 35, outside the excerpt; the three "
    "各位代表! paragraphs on the 新疆生产建设兵团, 对口援疆 and national defence — the plan for "
    "2025), the heading 三、全面加强政府自身建设 with its opening and items (一)-(四) (党的全面"
    "领导, 法治政府, 数字政府, 廉洁政府 — the government's own conduct), and the closing "
    "paragraph. Lines 7-54 are annotated in wr_xinjiang_2025 / _b / _c / _d / _e / _f (no "
    "overlap). Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line, as wr_xinjiang_2025_e). Date: 2025-01-19, the delivery "
    "date in the report's header (source line 3: 2025年1月19日在新疆维吾尔自治区第十四届人民代表"
    "大会第三次会议上); the shared meta agrees (来源：新疆日报). Place: 新疆维吾尔自治区. The "
    "excerpt holds no numeric claim: 0 facts (any would be a 2025 target); every numeral is a "
    "negative — slogans (一盘棋, 一家亲, 两个确立, 两个维护), labels (八项规定, 四下基层, 三保, "
    "一件事/一类事, 一网通办, 一线应答), the plan label 八五, the edition label 第十次 (全国对口"
    "支援新疆工作会议), the plan span 2021—2025年 in a document title, the period 新的一年, list "
    "markers, 双向 / 两地 (two parties), the idiom 一如既往, the pronoun 一切 and the anniversary "
    "70周年. Judgement calls: 第十次 read as an edition label, not a count of conferences; "
    "(2021—2025年) in the title read as a period expression (negative), not a 5-year duration; "
    "两地 (援受两地) read as naming the two parties. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体制定), 一体化 (国家战略体系, 政务服务平台), 进一步, "
    "一致, 首要 (首要任务), 统一 (统一规范), 清单.")

g.write(date=REF, source=f"shared/texts/work_report/wr_xinjiang_2025.txt lines {FIRST}–{LAST} "
        "(2025年新疆政府工作报告, 来源：新疆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
