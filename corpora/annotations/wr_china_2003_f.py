"""Gold annotations for wr_china_2003_f (2003年中华人民共和国国务院政府工作报告, part of the
review of the five years 1998-2002: market system, finance and tax, social security,
opening-up, science), lines 12-17 of shared/texts/work_report/wr_china_2003.txt.  Held out:
written into corpora/heldout/.

The excerpt corpora/heldout/wr_china_2003_f.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in part 一、过去五年政府工作的回顾
(source line 3): the last four paragraphs under the sub-heading 五年来，改革开放取得突破性进展，
社会主义市场经济体制初步建立 (source line 10, outside the excerpt) — 现代市场体系 (no figures),
金融、财税、投融资体制改革 (no figures), 社会保障体系 (全国社会保障基金 1242亿元), 对外开放 (trade
1997 → 2002, world rank, exports, FDI 2261亿美元, the 15 years to WTO entry) — then the
sub-heading 五年来，科技创新能力明显增强，教育事业蓬勃发展 and its first paragraph (10兆瓦 reactor,
scientific results 14万多项, patents 52万件).  Lines 3-11 are wr_china_2003, 18-31 _b, 41-53
_d, 58-68 _c, 75-83 _e (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2003_f.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2003_f"
SOURCE_ID = "wr_china_2003"
PLACE = "中国"
REF = "2003-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 12, 17                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2003年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2003)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="现代市场体系建设全面展开。",
                 ends="知识产权保护进一步加强。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 (README §2), not a count"
CN = ["我国", "全国", "中华人民共和国"]

fact = g.with_subject(PLACE, CN)

# ---- periods (reference date 2003-03-05; 去年 = 2002, 今年 = 2003) ---------------------------
# The excerpt lies in part 一、过去五年政府工作的回顾: the term of the government sworn in at the
# 1st session of the 9th NPC (March 1998; source line 2) = the statistical years 1998-2002 (as
# wr_china_2003 / _b).  Each sub-heading 五年来，… restates the span and frames the paragraphs
# under it: excerpt lines 1-4 sit under 五年来，改革开放取得突破性进展… (source line 10, outside),
# line 6 under 五年来，科技创新能力明显增强… (excerpt line 5).  A figure whose line states no
# period outside a pair before it takes the frame 1998-2002 (period text 五年来), null as alt
# (SPEC §4).  A line is a paragraph; a period never crosses it.
#   - Line 3 (社会保障, 已积累资金1242亿元): no period in its line; the fund's accumulated money
#     is a stock → the instant at the frame's end 2002-12-31 (the fund held 1241.86亿元 at the
#     end of 2002); alts: the reference date (已 'so far'), the span and null (as 近13亿人口 in
#     wr_china_2003_b).
#   - Line 4 (对外开放): the pair 由1997年的…增加到2002年的… is dated (trade, a flow → the years
#     1997 / 2002); the pairs without years that follow in the same sentence (世界排名由第十位
#     上升到第五位) and the next (出口总额由…增加到…) compare the same two moments → the years
#     1997 / 2002 (flows and the rank of a flow), alts the five-year span (the mechanical
#     reading) and null (as the parallel flow pairs of wr_china_2003_b); then 五年 (五年累计…)
#     governs the rest of the line: FDI 2261亿美元 and the 15年 to WTO entry (judgement call:
#     the duration's own window 1987-2001 and null as alts).
#   - Line 6 (科技): 10兆瓦 has no period before it in its line → the frame 五年来 (the
#     sub-heading right above), null and the end instant as alts; 五年 (五年获得…) then governs
#     the five-year totals 14万多项 / 52万件.
def five(txt):
    return P(txt, "1998-01-01", "2002-12-31")


FRAME = dict(period=five("五年来"), period_alts=[null("五年来")])
FRAME_NOTE = ("no period before it in its line → the section frame 1998-2002 (sub-heading "
              "五年来), null as alt")
SPAN = dict(period=five("五年"), period_alts=[null("五年")])
SPAN_NOTE = "a total over the five years 1998-2002 (五年 of the line governs), null as alt"
Y97 = P("1997年", "1997-01-01", "1997-12-31")
Y02 = P("2002年", "2002-01-01", "2002-12-31")
PAIR_FLOW_NOTE = ("inside a from/to pair dated {y}年 (the year governs only its own value, SPEC "
                  "§4); a flow of the year → {y}")
PAR_FLOW_START = dict(period=Y97, period_alts=[five("五年来"), null("五年来")])
PAR_FLOW_END = dict(period=Y02, period_alts=[five("五年来"), null("五年来")])
PAR_FLOW_NOTE = ("from/to pair without years, parallel to the dated pair 由1997年的…增加到2002年"
                 "的… of the paragraph: {which} → {y} (a flow of the year{rank}); alts: the "
                 "five-year span (the mechanical reading: the frame governs outside the pairs) "
                 "and null (judgement call, as the parallel pairs of wr_china_2003_b)")
BASIS_NOTE = ("{}: the span of years whose total is the basis of the comparison (超过…的总和); "
              "a period expression, not a quantity, and not the period of any fact; 超过 states "
              "no numeral, so no fact (as 1950年到1997年 in wr_china_2003)")

# ==== line 1 (source 12): 现代市场体系建设 ============================================================
g.neg("依法查处了一大批", "一大批", "vague quantifier 一大批 'a large batch of' (SPEC §1, as "
      "wr_china_1997_c), not a count")

# ==== line 2 (source 13): 金融、财税、投融资体制改革 ==================================================
g.neg("中央和省两级实行", "两级", "appositive 两级 'the two tiers' (中央和省, named right "
      "before), a level label, not a count claim (as wr_china_1983_c)")
g.neg("“收支两条线”管理", "收支两条线", LABEL_NOTE + " (“收支两条线” 'revenue and expenditure "
      "on two separate lines', a fiscal-management rule), not a count")

# ==== line 3 (source 14): 社会保障体系框架 ============================================================
NSSF = ["全国社会保障基金", "社会保障基金积累资金", "积累资金", "全国社保基金积累资金",
        "全国社保基金", "全国社会保障基金规模", "全国社会保障基金资产", "社会保障基金",
        "全国社会保障基金已积累资金", "全国社会保障基金资金"]
fact("已积累资金1242亿元", "1242亿元", value=1242e8, unit="CNY", kind="amount",
     metric="全国社会保障基金积累资金", metric_alts=NSSF,
     subject_alts=CN + ["全国社会保障基金", "国家", "全国社保基金"],
     period=P("五年来", "2002-12-31", "2002-12-31"),
     period_alts=[P("五年来", REF, REF), P("五年来", None, REF), five("五年来"), null("五年来")],
     note="the money the national social security fund (set up in 2000) has accumulated: a "
          "stock (已积累 'has accumulated so far'); 亿元 ×1e8; no period in its line → the "
          "instant at the end of the frame 1998-2002 (2002-12-31; the fund's end-2002 assets "
          "were 1241.86亿元); alts: the reference date (the 已 reading), up to it, the span and "
          "null; subject 中国 (national report; the fund is the state's), the fund as alt")

# ==== line 4 (source 15): 对外开放 ====================================================================
g.neg("对外贸易连续跨上几个台阶", "几个", "vague 几个 'several' (of the steps 台阶, a metaphor), "
      "no numeral value (as wr_china_1987_b 几个问题)")
TRADE = ["外贸进出口总额", "进出口总额", "对外贸易进出口总额", "外贸进出口", "进出口",
         "对外贸易总额", "对外贸易额"]
g.neg("由1997年的3252亿美元", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "3252亿美元)")
fact("由1997年的3252亿美元", "3252亿美元", value=3252e8, unit="USD", kind="amount",
     metric="外贸进出口总额", metric_alts=TRADE[1:], period=Y97,
     note="start of the pair; 亿美元 → USD ×1e8; " + PAIR_FLOW_NOTE.format(y=1997))
g.neg("增加到2002年的6208亿美元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 6208亿美元)")
fact("2002年的6208亿美元", "6208亿美元", value=6208e8, unit="USD", kind="amount",
     metric="外贸进出口总额", metric_alts=TRADE[1:], period=Y02,
     note="end of the pair; " + PAIR_FLOW_NOTE.format(y=2002))
RANK = TRADE + ["外贸进出口总额世界排名", "世界排名", "对外贸易世界排名", "进出口总额世界排名",
                "外贸进出口总额排名", "对外贸易排名", "外贸排名", "世界贸易排名"]
fact("世界排名由第十位", "第十位", value=10, unit="rank", kind="rank", scope="世界",
     metric="外贸进出口总额", metric_alts=RANK[1:], **PAR_FLOW_START,
     note="the world rank of the trade total (世界排名由第N位上升到第M位); span without the scope "
          "word (README §1); " + PAR_FLOW_NOTE.format(which="the start value", y=1997,
                                                     rank=": the rank of the year's trade"))
fact("上升到第五位", "第五位", value=5, unit="rank", kind="rank", scope="世界",
     metric="外贸进出口总额", metric_alts=RANK[1:], **PAR_FLOW_END,
     note="the rank reached (上升到); " + PAR_FLOW_NOTE.format(
         which="the end value", y=2002, rank=": the rank of the year's trade"))
EXP = ["出口总额", "出口", "出口额", "外贸出口总额", "外贸出口", "出口贸易额", "货物出口总额"]
fact("出口总额由1828亿美元", "1828亿美元", value=1828e8, unit="USD", kind="amount",
     metric="出口总额", metric_alts=EXP[1:], **PAR_FLOW_START,
     note=PAR_FLOW_NOTE.format(which="the start value", y=1997, rank=""))
fact("增加到3256亿美元", "3256亿美元", value=3256e8, unit="USD", kind="amount",
     metric="出口总额", metric_alts=EXP[1:], **PAR_FLOW_END,
     note=PAR_FLOW_NOTE.format(which="the end value", y=2002, rank=""))
g.neg("五年累计实际利用", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs the rest of the "
      "line)")
FDI = ["实际利用外商直接投资", "实际利用外资", "外商直接投资", "实际使用外资",
       "实际使用外商直接投资", "利用外资", "累计实际利用外商直接投资", "利用外商直接投资"]
fact("直接投资2261亿美元", "2261亿美元", value=2261e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资", metric_alts=FDI[1:], **SPAN,
     note="累计 = the sum of the five years' inflows (a flow over the span); 亿美元 → USD; "
          + SPAN_NOTE)
g.neg("超过1979年到1997年的总和", "1979年到1997年", BASIS_NOTE.format("1979年到1997年"))
WTO = ["加入世界贸易组织历时", "加入世贸组织努力持续时间", "艰苦努力持续时间", "艰苦努力",
       "加入世界贸易组织谈判持续时间", "入世谈判持续时间", "复关和入世谈判持续时间",
       "加入世界贸易组织所用时间", "入世努力时间", "加入世界贸易组织"]
fact("经过15年的艰苦努力", "15年", value=15, unit="year", kind="amount",
     metric="加入世界贸易组织努力持续时间", metric_alts=WTO,
     period=five("五年"),
     period_alts=[null("五年"), P("经过15年", "1987-01-01", "2001-12-31"),
                  P("2001年12月", "2001-12-01", "2001-12-31")],
     note="judgement call: a duration claim (it took 15 years of hard effort, from the 1986 "
          "application to resume GATT membership to WTO entry in December 2001) → amount in "
          "year (SPEC §3; as 经过10余年发展 in doc003), metric …持续时间 (SPEC streak "
          "convention); 五年 of the line governs it mechanically (as the frame of the streaks "
          "of wr_chongqing_2025_c); alts: null, the duration's own window 1987-2001 and the "
          "month of entry")
g.neg("于2001年12月正式加入", "2001年12月", "date on its own (WTO entry, December 2001), not "
      "a quantity; it dates the entry, not any figure")

# ==== line 5 (source 16): sub-heading =================================================================
g.neg("五年来，科技创新能力", "五年来", PERIOD_NOTE + " (sub-heading: 1998-2002, the frame of "
      "the paragraph under it)")

# ==== line 6 (source 17): 科技 =========================================================================
HTR = ["高温气冷核反应堆功率", "高温气冷核反应堆实验工程热功率", "高温气冷堆功率", "反应堆功率",
       "高温气冷核反应堆实验工程规模", "高温气冷核反应堆实验工程装机容量",
       "高温气冷核反应堆实验工程容量", "热功率", "功率", "高温气冷核反应堆实验工程"]
fact("10兆瓦高温气冷核反应堆", "10兆瓦", value=1e7, unit="W", kind="amount",
     metric="高温气冷核反应堆实验工程功率", metric_alts=HTR,
     subject="高温气冷核反应堆实验工程",
     subject_alts=["10兆瓦高温气冷核反应堆实验工程", "高温气冷核反应堆", "高温气冷堆",
                   "10兆瓦高温气冷堆", PLACE] + CN,
     period=five("五年来"),
     period_alts=[null("五年来"), P("五年来", "2002-12-31", "2002-12-31")],
     note="a quantity with a unit inside a project's name is a fact (SPEC §1): the power of "
          "the 10 MW high-temperature gas-cooled test reactor (thermal power); 兆瓦 = MW → "
          "1e7 W; the facility owns it (README §4), 中国 as alt; built (建成) → actual; "
          + FRAME_NOTE + ", the end instant as a further alt")
g.neg("建成一批国家重点实验室", "一批", BATCH_NOTE)
g.neg("实施一批重大科学工程", "一批", BATCH_NOTE)
g.neg("建设一批国家工程技术", "一批", BATCH_NOTE)
g.neg("五年获得国家登记", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs the rest of the "
      "line)")
RES = ["科技成果", "获得国家登记的科技成果", "登记科技成果", "国家登记科技成果", "科技成果登记数",
       "获得国家登记的科技成果数量", "国家登记的科技成果数量", "登记的科技成果"]
fact("科技成果14万多项", "14万多项", value=14e4, unit="count", kind="count", classifier="项",
     bound="gt", metric="国家登记的科技成果", metric_alts=RES, **SPAN,
     note="多 inside the span → gt (README §1 200多亿元); 万项 ×1e4; results registered over "
          "the five years; " + SPAN_NOTE)
PAT = ["专利授权", "专利授权量", "授权专利", "授予专利权数量", "专利权", "专利授权数",
       "授予专利", "专利授予量"]
fact("授予专利权52万件", "52万件", value=52e4, unit="count", kind="count", classifier="件",
     metric="授予专利权", metric_alts=PAT, **SPAN,
     note="patents granted over the five years (五年 of the sentence distributes); 万件 ×1e4; "
          + SPAN_NOTE)
g.neg("取得一批可喜成果", "一批", BATCH_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief. Part of the document: part 一、过去五年政府工作的回顾 (source line 3) — the "
    "last four paragraphs under the sub-heading 五年来，改革开放取得突破性进展… (source line 10, "
    "outside: 现代市场体系, 金融财税投融资体制改革 — no figures; 社会保障体系 — the national "
    "social security fund; 对外开放 — trade, world rank, exports, FDI, WTO entry), the "
    "sub-heading 五年来，科技创新能力明显增强，教育事业蓬勃发展 and its first paragraph (science: "
    "10兆瓦 reactor, registered results, patents). Other excerpts of the report: "
    "wr_china_2003 (3-11), _b (18-31), _d (41-53), _c (58-68), _e (75-83); no overlap. Title: "
    "the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "2003-03-05, the corpus meta date: the opening day of the 1st session of the 10th NPC "
    "(source line 2), on which Premier Zhu Rongji delivered the report; the Wikisource text "
    "has no dateline; nothing in the excerpt contradicts it (latest figures 2002年). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the reactor's power belongs to the "
    "facility (高温气冷核反应堆实验工程, 中国 as alt); the social security fund keeps 中国 (the "
    "fund as alt). Periods: the five years of the outgoing government = 1998-01-01.."
    "2002-12-31. The sub-headings 五年来 frame the figures without a period before them in "
    "their line (10兆瓦 → the span, null and the end instant as alts); the stock 已积累资金"
    "1242亿元 → the instant 2002-12-31 (reference date, span, null as alts). The pair "
    "由1997年的3252亿美元增加到2002年的6208亿美元 dates its own values (flows → 1997 / 2002); "
    "the pairs without years (世界排名第十位→第五位, 出口总额1828→3256亿美元) are read in parallel "
    "→ 1997 / 2002 (span and null as alts); 五年 governs the rest of its line (FDI 2261亿美元, "
    "15年) and of line 6 (14万多项, 52万件) → the span, null as alt. Modality: actual "
    "throughout. Comparisons: none (no growth/change facts). Bounds: 多 → gt (14万多项); the "
    "rest eq. Units: 亿美元 → USD ×1e8; 亿元 → CNY ×1e8; 兆瓦 → W ×1e6; 年 → year; 万项/万件 "
    "×1e4 counts. Judgement calls: 经过15年的艰苦努力 → a duration fact (15 year, metric "
    "加入世界贸易组织努力持续时间), period the span of the line's 五年 with null, the duration "
    "window 1987-2001 and the entry month as alts; 10兆瓦 in the reactor's name → a power fact "
    "owned by the facility; the undated pairs (rank, exports) → 1997 / 2002 by parallel with "
    "the dated pair; 1242亿元 → stock at 2002-12-31; 超过1979年到1997年的总和 → no fact (no "
    "numeral), its years a negative; 两级, 收支两条线, 几个 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 统一 (集中统一).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
