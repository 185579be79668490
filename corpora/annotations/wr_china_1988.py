"""Gold annotations for wr_china_1988 (1988年中华人民共和国国务院政府工作报告), lines 3-18 of
shared/texts/work_report/wr_china_1988.txt.

The excerpt corpora/wr_china_1988.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the section heading 过去五年国内工作的基本总结, its
opening paragraph (第六届全国人民代表大会期间…), the sub-heading 五年来，在改革开放的推动下…
with its three paragraphs of headline figures (国家经济实力: GNP, national income, revenue,
extra-budgetary funds, new fixed assets; 宏观经济效益: labour productivity, energy saved;
城乡人民生活: incomes 1982 → 1987, housing, jobs), the sub-heading on economic reform and its
four paragraphs (no figures), the sub-heading on science, education, democracy and the army
and its four paragraphs (重大科技成果5万多项, 30项 laws, 255项 regulations, 裁员100万).  It is
the longest run from the heading that stays within 2,500 characters (2,440; the next line is
the sub-heading on opening up).  The other dense run, lines 8-24 (2,475 characters: incomes,
science, laws, army, foreign trade and capital), lacks the headline figures (GNP, revenue),
and the 1987 results (source line 28, 工业总产值增长14.6%…) lie 25 lines below the heading
(lines 3-28 hold some 4,800 characters), so they cannot join it.

This report writes its numerals in full-width digits (１９８７年, １０９２０亿元, １１．１％,
with a full-width decimal point ．); the spans keep them as written (README §1).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1988.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1988"
PLACE = "中国"
REF = "1988-03-25"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 18                     # 1-based, inclusive, whole lines
TITLE = "1988年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="过去五年国内工作的基本总结", ends="作出了重大贡献。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SESSION_NOTE = "session label of the congress (SPEC §1 二十届三中全会), not a quantity"
FW = "full-width digits (and full-width ． / ％) kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央政府", "国务院", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1988-03-25; 去年 = 1987, 今年 = 1988) ---------------------------
# The section reviews the term of the 6th NPC (第六届全国人民代表大会期间, June 1983 - March
# 1988): 过去五年 / 五年来 / 五年 / 过去五年中 / 五年内 = the statistical years 1983-1987 (as
# wr_china_1998 reads its five years as 1993-1997); the text confirms it: the income pairs
# run from １９８２年 (the year before the term) to １９８７年.  The heading 过去五年 governs the
# section; the sub-headings 五年来，… stand in lines of their own (no figures) and reach no
# further (SPEC §4: a period never crosses a line).
#   - Levels dated in the text (国民生产总值１９８７年达到…) → that year.
#   - 平均每年增长 (average annual growth over the term) → the span 1983-1987 (period text
#     过去五年, the heading), although a １９８７年 of the line literally precedes most of them:
#     that mechanical reading and null are alts (as wr_china_1998 / wr_china_2013).
#   - Totals over the term (新增加的固定资产, 五年节约能源, 新建住宅/住房, 安排就业, 科技成果,
#     laws and regulations, 裁员) → the span; where a １９８７年 literally precedes them it is an
#     alt, with null.
#   - The pairs １９８２年为…，１９８７年提高到… → each value its own year (SPEC §4 pairs).
def five(txt):
    return P(txt, "1983-01-01", "1987-12-31")


H = "过去五年"                                  # the section heading (line 1 of the excerpt)
Y87 = P("１９８７年", "1987-01-01", "1987-12-31")
Y82 = P("１９８２年", "1982-01-01", "1982-12-31")
AVG = dict(period=five(H), period_alts=[Y87, null(H)])
SPAN = dict(period=five(H), period_alts=[null(H)])
SPAN87 = dict(period=five(H), period_alts=[Y87, null(H)])
AVG_NOTE = ("平均每年增长 = average annual growth over the five years 1983-1987 (comparison = "
            "the surface basis 年均, as wr_china_1998); judgement call: the span (section "
            "heading 过去五年) is gold although the line's １９８７年 literally precedes it (SPEC §4 "
            "mechanical reading, kept as an alt with null)")
TOTAL_NOTE = ("a total over the five years of the term 1983-1987 (judgement call: the "
              "magnitude is a five-year sum, not the flow of 1987); the literal １９８７年 that "
              "precedes it in the line and null as alts")
FRAME_NOTE = ("no period before it in its line → the section frame, the five years 1983-1987 "
              "of the heading 过去五年, null as alt")

# ---- line 1 (source 3): section heading ---------------------------------------------------------
g.neg("过去五年国内工作", "过去五年", PERIOD_NOTE + " (section heading: the five years 1983-1987 "
      "of the 6th NPC's term; the period text of the review facts without a period of their own)")

# ---- line 2 (source 4): opening paragraph, no facts -----------------------------------------------
g.neg("第六届全国人民代表大会期间", "第六届", SESSION_NOTE + " (the 6th NPC, whose term 1983-1988 "
      "the section reviews)")

# ---- line 3 (source 5): sub-heading -------------------------------------------------------------
g.neg("五年来，在改革开放", "五年来", PERIOD_NOTE + " (1983-1987; a sub-heading in a line of its "
      "own, no number follows)")

# ---- line 4 (source 6): 国家经济实力 ----------------------------------------------------------------
g.neg("国民生产总值１９８７年", "１９８７年", PERIOD_NOTE + " (1987; governs the GNP level)")
GNP = ["GNP", "国民生产总值总量", "国民生产总值规模"]
fact("１９８７年达到１０９２０亿元", "１０９２０亿元", value=10920e8, unit="CNY", kind="amount",
     metric="国民生产总值", metric_alts=GNP, period=Y87,
     note="达到 → eq; 10920亿元 = 1.092e12 CNY; " + FW)
fact("平均每年增长１１．１％", "１１．１％", value=11.1, unit="%", kind="growth",
     metric="国民生产总值",
     metric_alts=GNP + ["国民生产总值年均增长", "国民生产总值年均增速", "经济增长", "年均增速"],
     comparison="年均", **AVG, note="按可比价格计算 = in real terms; " + AVG_NOTE)
g.neg("国民收入１９８７年", "１９８７年", PERIOD_NOTE + " (1987; governs the national-income level)")
NI = ["国民收入总额", "国民收入总量"]
fact("１９８７年达到９１５３亿元", "９１５３亿元", value=9153e8, unit="CNY", kind="amount",
     metric="国民收入", metric_alts=NI, period=Y87,
     note="国民收入 = national income (net material product, MPS), a flow of the year")
fact("平均每年增长１０．７％", "１０．７％", value=10.7, unit="%", kind="growth",
     metric="国民收入", metric_alts=NI + ["国民收入年均增长", "国民收入年均增速"],
     comparison="年均", **AVG, note="按可比价格计算 = in real terms; " + AVG_NOTE)
g.neg("国内财政收入１９８７年", "１９８７年", PERIOD_NOTE + " (1987; governs the revenue level)")
REV = ["财政收入", "国家财政收入", "国内财政收入总额", "全国财政收入"]
fact("１９８７年达到２２４３．６亿元", "２２４３．６亿元", value=2243.6e8, unit="CNY",
     kind="amount", metric="国内财政收入", metric_alts=REV, subject_alts=CN + GOV, period=Y87,
     note="the state's domestic revenue (国内 = excluding foreign borrowing); national report "
          "→ 中国, 国家/中央政府 as alts; full-width decimal point ．")
fact("平均每年增长１２．９％", "１２．９％", value=12.9, unit="%", kind="growth",
     metric="国内财政收入", metric_alts=REV + ["国内财政收入年均增长", "财政收入年均增速"],
     subject_alts=CN + GOV, comparison="年均", **AVG, note=AVG_NOTE)
g.neg("预算外资金１９８７年", "１９８７年", PERIOD_NOTE + " (1987; governs the extra-budgetary "
      "funds and, literally, the rest of the line)")
EBF = ["预算外资金收入", "预算外资金总额", "预算外资金规模"]
fact("１９８７年达到１９３０亿元", "１９３０亿元", value=1930e8, unit="CNY", kind="amount",
     metric="预算外资金", metric_alts=EBF, period=Y87,
     note="funds outside the state budget (of local governments, departments and state "
          "enterprises); a flow of the year 1987")
fact("平均每年增长１９．２％", "１９．２％", value=19.2, unit="%", kind="growth",
     metric="预算外资金", metric_alts=EBF + ["预算外资金年均增长", "预算外资金年均增速"],
     comparison="年均", **AVG, note=AVG_NOTE)
fact("固定资产达到５８５４亿元", "５８５４亿元", value=5854e8, unit="CNY", kind="amount",
     metric="全民所有制企业新增固定资产",
     metric_alts=["新增固定资产", "全民所有制企业新增加的固定资产", "新增加的固定资产",
                  "全民所有制单位新增固定资产", "新增固定资产总额"],
     subject_alts=CN + ["全民所有制企业"], **SPAN87,
     note="达到 → eq; fixed assets newly put into use by state-owned enterprises (新增加的 = "
          "a flow); " + TOTAL_NOTE)

# ---- line 5 (source 7): 宏观经济效益 -------------------------------------------------------------
PROD = ["全员劳动生产率", "工业企业的全员劳动生产率", "工业全员劳动生产率",
        "工业企业全员劳动生产率年均增长", "劳动生产率"]
fact("劳动生产率平均每年增长６．５％", "６．５％", value=6.5, unit="%", kind="growth",
     metric="工业企业全员劳动生产率", metric_alts=PROD, subject_alts=CN + ["工业企业"],
     comparison="年均", **SPAN,
     note="平均每年增长 = average annual growth over the five years (comparison 年均); "
          + FRAME_NOTE)
g.neg("五年节约能源", "五年", PERIOD_NOTE + " (五年 = 1983-1987; governs the energy saved)")
fact("折合标准煤１．６亿吨", "１．６亿吨", value=1.6e8, unit="tce", kind="amount",
     metric="节约能源",
     metric_alts=["节能", "节约能源量", "节约能源折合标准煤", "节能量", "工业节约能源",
                  "工业生产节约能源"],
     period=five("五年"), period_alts=[null("五年")],
     note="折合标准煤 + 亿吨 → energy as coal equivalent: unit tce (SPEC §3 吨标准煤), 1.6亿 = "
          "1.6e8; the span holds the number and 亿吨 (标准煤 precedes it); energy saved in "
          "industrial production over the five years (五年 = 1983-1987)")

# ---- line 6 (source 8): 城乡人民生活 -------------------------------------------------------------
RUR = ["农民人均收入", "农村居民人均纯收入", "人均纯收入", "农民收入"]
g.neg("纯收入，１９８２年为", "１９８２年", PERIOD_NOTE + " (start year of the pair: 1982, the "
      "year before the term)")
fact("１９８２年为２７０元", "２７０元", value=270, unit="CNY", kind="amount",
     metric="农民人均纯收入", metric_alts=RUR, period=Y82,
     note="start of a from/to pair with its own year (SPEC §4: the year governs its own value)")
g.neg("２７０元，１９８７年提高到", "１９８７年", PERIOD_NOTE + " (end year of the pair: 1987)")
fact("１９８７年提高到４６３元", "４６３元", value=463, unit="CNY", kind="amount",
     metric="农民人均纯收入", metric_alts=RUR, period=Y87,
     note="end of the pair (提高到 → the level of 1987)")
fact("平均每年增长８．６％", "８．６％", value=8.6, unit="%", kind="growth",
     metric="农民人均纯收入", metric_alts=RUR + ["农民人均纯收入年均增长", "农民人均纯收入年均实际增长"],
     comparison="年均", **AVG,
     note="扣除物价上涨因素 = in real terms; " + AVG_NOTE)
URB = ["城镇居民人均收入", "人均生活费收入", "城镇居民收入", "城镇居民人均生活费"]
g.neg("生活费收入，１９８２年为", "１９８２年", PERIOD_NOTE + " (start year of the pair: 1982)")
fact("１９８２年为４９４．５元", "４９４．５元", value=494.5, unit="CNY", kind="amount",
     metric="城镇居民人均生活费收入", metric_alts=URB, period=Y82,
     note="start of the pair (own year 1982); full-width decimal point ．")
g.neg("４９４．５元，１９８７年提高到", "１９８７年", PERIOD_NOTE + " (end year of the pair: 1987; "
      "literally governs the rest of the line)")
fact("１９８７年提高到９．６元", "９．６元", value=9.6, unit="CNY", kind="amount",
     metric="城镇居民人均生活费收入", metric_alts=URB, period=Y87,
     note="annotated as written: the source reads ９．６元, evidently a corrupted figure (a fall "
          "from 494.5元 contradicts 提高到 and the 6.3% average real growth; the published 1987 "
          "figure is about 916元), but gold records the text's claim (value 9.6 CNY)")
fact("平均每年增长６．３％", "６．３％", value=6.3, unit="%", kind="growth",
     metric="城镇居民人均生活费收入",
     metric_alts=URB + ["城镇居民人均生活费收入年均增长", "城镇居民人均生活费收入年均实际增长"],
     comparison="年均", **AVG, note="扣除物价上涨因素 = in real terms; " + AVG_NOTE)
fact("职工住宅８．５亿平方米", "８．５亿平方米", value=8.5e8, unit="m2", kind="amount",
     metric="城市新建职工住宅",
     metric_alts=["新建职工住宅", "城市新建职工住宅面积", "城市职工住宅", "职工住宅",
                  "城镇新建住宅", "新建职工住宅面积"],
     subject_alts=CN + ["城市"], **SPAN87,
     note="floor space built for urban workers; 亿平方米 = 1e8 m2; " + TOTAL_NOTE)
fact("农村新建住房３９亿平方米", "３９亿平方米", value=39e8, unit="m2", kind="amount",
     metric="农村新建住房",
     metric_alts=["新建住房", "农村新建住房面积", "农村住房", "农村新建住宅", "新建住房面积"],
     subject_alts=CN + ["农村"], **SPAN87,
     note="rural housing floor space built; 39亿平方米 = 3.9e9 m2; " + TOTAL_NOTE)
fact("共安排３７００多万人就业", "３７００多万人", value=3700e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="城镇安排就业",
     metric_alts=["安排就业", "城镇安排就业人数", "全国城镇安排就业", "安排就业人数",
                  "城镇就业", "城镇新增就业"],
     subject_alts=CN + ["全国城镇", "城镇"], **SPAN87,
     note="多 inside the span → gt; 3700多万 = 3.7e7; 共 = the total over the term; "
          + TOTAL_NOTE)

# ---- line 7 (source 9): sub-heading ----------------------------------------------------------------
g.neg("五年来，经济体制改革", "五年来", PERIOD_NOTE + " (1983-1987; a sub-heading in a line of its "
      "own, no number follows)")

# ---- lines 8-11 (source 10-13): reform paragraphs, no figures ------------------------------------------
# 多种形式 / 多种成份 are vague quantifiers without a numeral; nothing to mark.

# ---- line 12 (source 14): sub-heading --------------------------------------------------------------
g.neg("五年来，在经济体制改革", "五年来", PERIOD_NOTE + " (1983-1987; a sub-heading in a line of "
      "its own, no number follows)")

# ---- line 13 (source 15): science and technology ---------------------------------------------------
g.neg("开始改变了单一的", "单一", "lexicalized 单一 'single, uniform' (单一的国家办科研的局面), not a "
      "quantity")
g.neg("过去五年中，全国", "过去五年中", PERIOD_NOTE + " (1983-1987; governs the count of "
      "achievements)")
fact("重大科技成果５万多项", "５万多项", value=5e4, unit="count", kind="count", classifier="项",
     bound="gt", metric="重大科技成果",
     metric_alts=["科技成果", "取得重大科技成果", "重大科技成果数量", "重大科技成果项数"],
     period=five("过去五年中"), period_alts=[null("过去五年中")],
     note="多 inside the span → gt; 共取得 = the total of the five years 1983-1987")
g.neg("其中一部分达到", "一部分", "vague quantifier 一部分 'a part', not a quantity")

# ---- line 14 (source 16): education and culture, no figures -----------------------------------------

# ---- line 15 (source 17): democracy and the legal system -------------------------------------------
LAW = ["法律", "审议通过的法律", "国务院提请审议通过的法律", "法律数量",
       "全国人大常委会审议通过的法律", "提请全国人大常委会审议通过的法律"]
g.neg("五年内国务院", "五年内", PERIOD_NOTE + " (1983-1987; governs the two counts after it)")
fact("通过的法律有３０项", "３０项", value=30, unit="count", kind="count", classifier="项",
     metric="国务院提请全国人大常委会审议通过的法律", metric_alts=LAW,
     subject_alts=CN + ["国务院", "全国人大常委会"],
     period=five("五年内"), period_alts=[null("五年内")],
     note="laws the State Council submitted and the NPC Standing Committee passed within the "
          "five years (a flow count); national report → 中国, the bodies as alts")
fact("行政法规有２５５项", "２５５项", value=255, unit="count", kind="count", classifier="项",
     metric="国务院制定和颁布的行政法规",
     metric_alts=["行政法规", "国务院制定的行政法规", "国务院颁布的行政法规", "行政法规数量",
                  "制定和颁布的行政法规"],
     subject_alts=CN + ["国务院"], period=five("五年内"), period_alts=[null("五年内")],
     note="administrative regulations issued within the five years (五年内 governs)")

# ---- line 16 (source 18): the army ----------------------------------------------------------------
fact("军队裁员１００万", "１００万", value=1e6, unit="count", kind="count", classifier="人",
     metric="军队裁员",
     metric_alts=["裁员", "军队裁员人数", "裁军", "军队裁减员额", "裁减军队员额", "军队裁减人数"],
     subject_alts=CN + ["军队", "人民解放军", "中国人民解放军"], **SPAN,
     note="the cut of one million troops (decided 1985), reported as completed (已经完成) → "
          "actual; no measure word (１００万 + 的任务): 人 implied; " + FRAME_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the section heading "
    "过去五年国内工作的基本总结, its opening paragraph, the sub-heading on the economy with its "
    "three paragraphs of headline figures (GNP, national income, revenue, extra-budgetary "
    "funds, new fixed assets; labour productivity, energy saved; incomes 1982 → 1987, housing, "
    "jobs), the sub-heading on economic reform with its four paragraphs (no figures), and the "
    "sub-heading on science, education, democracy and the army with its four paragraphs. It is "
    "the longest run from the heading within 2,500 characters; the 1987 results (source line "
    "28) lie some 4,800 characters from the heading, and the other dense run (lines 8-24) "
    "lacks the headline figures. The report writes numerals in full-width digits (１９８７年, "
    "１０９２０亿元, １１．１％): spans keep them as written. Title: the corpus meta title (the "
    "source has no title line), title_in_text=False. Date: 1988-03-25, the opening day of the "
    "1st session of the 7th NPC, on which Acting Premier Li Peng delivered the report (general "
    "knowledge; the corpus meta gives only the year 1988 and the Wikisource text has no "
    "dateline); nothing in the excerpt contradicts it (the review closes the 6th NPC's term, "
    "第六届全国人民代表大会期间; the latest figures are for 1987). Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国; 国家/中央政府/国务院 for revenue; the State Council and the "
    "NPC Standing Committee for the laws; 军队/人民解放军 for the troop cut; sector groups "
    "(全民所有制企业, 工业企业, 城市, 农村, 城镇) as alts). Periods: the five years of the 6th NPC "
    "= 1983-01-01..1987-12-31 (过去五年 / 五年来 / 五年 / 过去五年中 / 五年内; the income pairs run "
    "from １９８２年 to １９８７年); the heading 过去五年 governs the section, the sub-headings "
    "五年来，… stand alone in their lines. Levels dated １９８７年 → 1987; pair starts "
    "１９８２年为… → 1982; 平均每年增长 → the span 1983-1987 with the literal １９８７年 (where "
    "one precedes) and null as alts; five-year totals (新增加的固定资产 5854亿元, 新建住宅 8.5亿 "
    "m2 / 住房 39亿 m2, 安排就业 3700多万人) → the span with the literal １９８７年 and null as "
    "alts; facts in lines without a period (劳动生产率 6.5%, 裁员100万) → the section frame, "
    "null as alt. Modality: actual throughout. Judgement calls: five-year totals and averages "
    "take the span, not the literal １９８７年; 节约能源折合标准煤1.6亿吨 → unit tce; "
    "９．６元 (城镇居民人均生活费收入 1987) annotated as written although it is evidently a "
    "corrupted figure (about 916元 in the statistics); 裁员１００万 → count of people (人 "
    "implied), actual (已经完成); 单一 marked as a lexical negative. Negatives: 过去五年, "
    "第六届, 五年来 ×3, １９８７年 ×6, 五年, １９８２年 ×2, 单一, 过去五年中, 一部分, 五年内. "
    "Lexicalized, not listed: 一致 (团结一致). Known false alarms of the shared "
    "check_gold.py: it reads a full-width decimal point ． as the end of the number (１１．１％ "
    "→ 11, ２２４３．６亿元 → 2243, …), as it misreads the spaced digits of wr_china_1998.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
