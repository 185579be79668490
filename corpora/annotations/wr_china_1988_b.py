"""Gold annotations for wr_china_1988_b (1988年中华人民共和国国务院政府工作报告, the end of the
five-year review and the price problem), lines 21-36 of shared/texts/work_report/wr_china_1988.txt.

The excerpt corpora/wr_china_1988_b.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief (a run of whole lines that
need not start at a heading, as unseen test excerpts are cut).  It lies in part 过去五年国内工作
的基本总结 (heading: source line 3, outside the excerpt), the review of the five years of the
6th NPC's term (1983-1987): the last four paragraphs under the sub-heading 五年来，不断扩大对外
开放… (source line 19, outside: foreign trade, technology imports, foreign capital, contracting
abroad and tourism), the sub-heading 五年来，改革和建设的实践… with its two paragraphs (no
figures), the paragraph on the results of 1987 (在刚刚过去的１９８７年: industrial and rural output,
grain, exports), the closing of the review (各位代表！第六届全国人民代表大会期间…), and the
paragraph on the price problem with the five measures 一、…五、 the State Council decided on
and the announcement of the price bureau's report (no figures).  Lines 3-18 are annotated in
wr_china_1988 (no overlap).

This report writes its numerals in full-width digits (１９８７年, ８２７亿美元, １４．７％, with a
full-width decimal point ．); the spans keep them as written (README §1).  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1988_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1988_b"
SOURCE_ID = "wr_china_1988"
PLACE = "中国"
REF = "1988-03-25"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 21, 36                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1988年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="对外贸易有了很大发展。", ends="将由国家物价局向大会作一专题汇报。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SESSION_NOTE = "session label of the congress (SPEC §1 二十届三中全会), not a quantity"
PLAN_NOTE = "plan label {} (a Five-Year Plan, SPEC §1 十四五), not a quantity"
MARKER_NOTE = "list marker (N、, a numbered measure), not a quantity"
ARTICLE_NOTE = "indefinite article {} (一 + classifier, README §2), not a count"
FW = "full-width digits (and full-width ． / ％) kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1988-03-25; 去年 = 1987) -------------------------------------------
# As in wr_china_1988: the review covers the term of the 6th NPC, the five statistical years
# 1983-1987 (五年来 / 五年间; the tourism multiples compare １９８７年 with １９８２年, the year
# before the term).
#   - 五年间 (explicit at the head of source lines 22-24) governs the totals after it → the span
#     1983-1987 (period text 五年间), null as alt; a cumulative set in place (１万多个 foreign-
#     invested enterprises and projects) → the instant 1987-12-31 (stock rule), the span and
#     null as alts.
#   - １９８７年 (explicit) → 1987 for the levels after it; multiples 为１９８２年的N倍 keep the
#     period of the level compared (1987; as wr_china_2001 为1997年的2.9倍).
#   - 平均每年增长 of line 21 (source) → the span 1983-1987 of the section frame (sub-heading
#     五年来，不断扩大对外开放… on source line 19, outside the excerpt), the literal １９８７年 that
#     precedes it and null as alts (as wr_china_1988 AVG).
#   - 在刚刚过去的１９８７年 (source line 28) → 1987 for the year's results, growth yoy.
def five(txt):
    return P(txt, "1983-01-01", "1987-12-31")


Y87 = P("１９８７年", "1987-01-01", "1987-12-31")
FIVE = dict(period=five("五年间"), period_alts=[null("五年间")])
AVG = dict(period=five("五年来"), period_alts=[Y87, null("五年来")])
AVG_NOTE = ("平均每年增长 = average annual growth over the five years 1983-1987 (comparison = "
            "the surface basis 年均, as wr_china_1988); judgement call: the span of the section "
            "frame (sub-heading 五年来，不断扩大对外开放…, source line 19) is gold although the "
            "line's １９８７年 literally precedes it (mechanical reading kept as an alt, with null)")
FIVE_NOTE = "五年间 (explicit at the head of the line, 1983-1987) governs: a total over the term"

# ==== line 1 (source 21): 对外贸易 =================================================================
g.neg("发展。１９８７年全国进出口", "１９８７年", PERIOD_NOTE + " (1987; governs the trade level)")
TRADE = ["全国进出口总额", "对外贸易总额", "进出口", "外贸进出口总额", "进出口贸易总额",
         "进出口额", "对外贸易"]
fact("进出口总额达到８２７亿美元", "８２７亿美元", value=827e8, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE, period=Y87,
     note="达到 → eq; 亿美元 → USD ×1e8; " + FW)
fact("平均每年增长１４．７％", "１４．７％", value=14.7, unit="%", kind="growth",
     metric="进出口总额",
     metric_alts=TRADE + ["进出口总额年均增长", "进出口总额年均增速", "对外贸易年均增速"],
     comparison="年均", **AVG,
     note=AVG_NOTE + " (827 / 416 亿美元 of 1982 → 14.7 % a year over 1983-1987)")

# ==== line 2 (source 22): 技术引进 =================================================================
g.neg("五年间为改造现有企业", "五年间", PERIOD_NOTE + " (1983-1987; governs the line)")
fact("先进技术和设备有１万多项", "１万多项", value=1e4, unit="count", kind="count",
     classifier="项", bound="gt", metric="引进的先进技术和设备",
     metric_alts=["引进先进技术和设备", "为改造现有企业而引进的先进技术和设备", "技术引进项目",
                  "引进技术和设备", "技术引进", "引进的先进技术和设备项数", "先进技术和设备"],
     **FIVE, note="多 inside the span → gt; 1万多 = 1e4; items imported for the renovation of "
                  "existing enterprises over the five years; " + FIVE_NOTE)
fact("用汇近１００亿美元", "１００亿美元", value=100e8, unit="USD", kind="amount",
     bound="approx", metric="技术引进用汇",
     metric_alts=["用汇", "引进先进技术和设备用汇", "技术引进用汇额", "用汇额",
                  "引进技术和设备用汇"], **FIVE,
     note="近 → approx (outside the span, SPEC §2); foreign exchange spent on the imports; "
          + FIVE_NOTE)

# ==== line 3 (source 23): 利用外资 =================================================================
g.neg("五年间全国通过各种方式", "五年间", PERIOD_NOTE + " (1983-1987; governs the line)")
fact("使用国外贷款１５３．８亿美元", "１５３．８亿美元", value=153.8e8, unit="USD", kind="amount",
     metric="使用国外贷款",
     metric_alts=["国外贷款", "利用国外贷款", "使用国外贷款金额", "借用国外贷款",
                  "通过各种方式使用国外贷款"], **FIVE,
     note="foreign loans used over the five years (全国 → 中国); full-width decimal point ．; "
          + FIVE_NOTE)
fact("吸收外商直接投资８７．８亿美元", "８７．８亿美元", value=87.8e8, unit="USD", kind="amount",
     metric="吸收外商直接投资",
     metric_alts=["外商直接投资", "利用外商直接投资", "实际吸收外商直接投资",
                  "吸收外商直接投资金额", "使用外商直接投资"], **FIVE, note=FIVE_NOTE)
FIE = ["中外合资经营、合作经营和外商独资企业", "中外合资经营、合作经营和外商独资企业和建设项目数量",
       "三资企业", "外商投资企业和建设项目", "外商投资企业", "外商投资项目",
       "中外合资经营、合作经营和外商独资企业数量"]
fact("在１万多个中外合资经营", "１万多个", value=1e4, unit="count", kind="count",
     classifier="个", bound="gt", metric="中外合资经营、合作经营和外商独资企业和建设项目",
     metric_alts=FIE,
     period=P("五年间", "1987-12-31", "1987-12-31"),
     period_alts=[five("五年间"), null("五年间")],
     note="多 inside the span → gt; judgement call: the set of foreign-invested enterprises and "
          "projects in place (the share of productive / export / technology firms among them "
          "rose), a cumulative stock → the instant at the end of the 五年间 frame (stock rule), "
          "the span and null as alts")
g.neg("已经涌现出一批", "一批", "vague quantifier 一批 (README §2), not a count")

# ==== line 4 (source 24): 对外承包工程、劳务合作、国际旅游 ==============================================
g.neg("五年间对外承包工程", "五年间", PERIOD_NOTE + " (1983-1987; governs the contracting "
      "figures, until １９８７年)")
CONTRACT = ["对外承包工程和劳务合作", "对外承包工程", "劳务合作"]
fact("在１００多个国家和地区", "１００多个", value=100, unit="count", kind="count",
     classifier="个", bound="gt", metric="对外承包工程和劳务合作国家和地区",
     metric_alts=["国家和地区", "对外承包工程和劳务合作所在国家和地区",
                  "对外承包工程和劳务合作覆盖国家和地区", "对外承包工程和劳务合作展开的国家和地区",
                  "对外承包工程和劳务合作国家和地区数量", "国家和地区数量"],
     subject_alts=CN + CONTRACT,
     period=five("五年间"), period_alts=[null("五年间"), P("五年间", "1987-12-31", "1987-12-31")],
     note="多 inside the span → gt; the countries and regions where the contracting and labour "
          "cooperation took place over the five years (" + FIVE_NOTE + "); the end instant as "
          "a further alt")
fact("完成营业额近４０亿美元", "４０亿美元", value=40e8, unit="USD", kind="amount",
     bound="approx", metric="对外承包工程和劳务合作完成营业额",
     metric_alts=["完成营业额", "营业额", "对外承包工程和劳务合作营业额", "对外承包工程营业额",
                  "对外承包工程完成营业额"],
     subject_alts=CN + CONTRACT, **FIVE,
     note="近 → approx (outside the span); " + FIVE_NOTE)
g.neg("４０亿美元。１９８７年来华", "１９８７年", PERIOD_NOTE + " (1987; replaces 五年间 for the "
      "tourism figures)")
TOUR = ["来华旅游入境人数", "入境旅游人数", "来华旅游入境人次", "入境总人数", "入境旅游人次",
        "来华旅游入境总人次", "来华旅游人数", "入境人数"]
fact("入境总人数达到２６９０万人次", "２６９０万人次", value=2690e4, unit="count", kind="count",
     classifier="人次", metric="来华旅游入境总人数", metric_alts=TOUR, period=Y87,
     note="达到 → eq; 人次 is a classifier (SPEC §3); 2690万 = 2.69e7")
FX = ["创汇", "国际旅游创汇", "旅游外汇收入", "国际旅游外汇收入", "来华旅游创汇", "旅游创汇额",
      "国际旅游业创汇"]
fact("创汇１８．４亿美元", "１８．４亿美元", value=18.4e8, unit="USD", kind="amount",
     metric="旅游创汇", metric_alts=FX, subject_alts=CN + ["国际旅游业"], period=Y87,
     note="foreign exchange earned by inbound tourism in 1987 (the subject of the clause: 来华"
          "旅游); full-width decimal point ．")
g.neg("分别为１９８２年的", "１９８２年", "basis year of the multiples (为１９８２年的N倍), not a fact; "
      "the period of the facts stays 1987 (as wr_china_2001 为1997年的2.9倍)")
MULT_NOTE = ("分别: 来华旅游入境总人数 ↔ ３．４倍, 旅游创汇 ↔ ２．２倍; 为１９８２年的N倍 → ratio (the 1987 "
             "level over the 1982 one), comparison null (ratio facts carry none; the basis in "
             "the alts, as wr_china_2001); period 1987")
fact("１９８２年的３．４倍", "３．４倍", value=3.4, unit="times", kind="ratio",
     metric="来华旅游入境总人数",
     metric_alts=TOUR + ["来华旅游入境总人数相当于１９８２年的倍数",
                         "来华旅游入境总人数与１９８２年之比", "来华旅游入境总人数相当于1982年的倍数"],
     period=Y87, note=MULT_NOTE)
fact("３．４倍和２．２倍", "２．２倍", value=2.2, unit="times", kind="ratio", metric="旅游创汇",
     metric_alts=FX + ["旅游创汇相当于１９８２年的倍数", "旅游创汇与１９８２年之比",
                       "旅游创汇相当于1982年的倍数"],
     subject_alts=CN + ["国际旅游业"], period=Y87, note=MULT_NOTE)

# ==== line 5 (source 25): sub-heading 五年来，改革和建设的实践… ===========================================
g.neg("五年来，改革和建设的实践", "五年来", PERIOD_NOTE + " (1983-1987; a sub-heading in a line "
      "of its own, no number follows)")

# ==== line 6 (source 26): new ideas (no facts) ======================================================
g.neg("检验一切工作", "一切", "pronoun 一切 'all', not a quantity (as wr_china_1994)")

# ==== line 7 (source 27): spiritual civilisation (no facts) ===========================================
g.neg("在坚持四项基本原则", "四项基本原则", "policy / programme label (四项基本原则, the Four "
      "Cardinal Principles, as wr_china_1984), not a count")

# ==== line 8 (source 28): the results of 1987 =========================================================
g.neg("刚刚过去的１９８７年", "１９８７年", PERIOD_NOTE + " (在刚刚过去的１９８７年 = 1987, explicit "
      "at the head of the line; governs its results)")
R87_NOTE = "在刚刚过去的１９８７年 governs; growth over 1986 → yoy"
fact("工业总产值增长１４．６％", "１４．６％", value=14.6, unit="%", kind="growth",
     metric="工业总产值",
     metric_alts=["全国工业总产值", "工业总产值（不包括村办工业）", "工业生产", "工业产值"],
     comparison="yoy", period=Y87,
     note=R87_NOTE + "; （不包括村办工业） = excluding village-run industry, a scope note of the "
                     "metric")
fact("农村社会总产值增长１２．７％", "１２．７％", value=12.7, unit="%", kind="growth",
     metric="农村社会总产值", metric_alts=["农村社会总产值增速", "农村总产值"],
     comparison="yoy", period=Y87, note=R87_NOTE)
GRAIN = ["粮食产量", "粮食", "全国粮食总产量"]
fact("粮食总产量增加１０９亿公斤", "１０９亿公斤", value=1.09e7, unit="t", kind="amount",
     metric="粮食总产量增量",
     metric_alts=["粮食总产量", "粮食产量增量", "粮食增产", "粮食总产量增加", "粮食产量",
                  "粮食增产量"], period=Y87,
     note="absolute change of a level (增加 → +, SPEC §2: the level's kind and unit, metric "
          "<level>增量; comparison null as for other absolute changes); 109亿公斤 = 1.09e10 kg "
          "= 1.09e7 t (公斤 = 0.001 t); the increase over 1986")
fact("达到４０２４亿公斤", "４０２４亿公斤", value=4.024e8, unit="t", kind="amount",
     metric="粮食总产量", metric_alts=GRAIN, period=Y87,
     note="达到 → eq; the harvest of 1987: 4024亿公斤 = 4.024e11 kg = 4.024e8 t")
fact("外贸出口增长２７．８％", "２７．８％", value=27.8, unit="%", kind="growth",
     metric="外贸出口", metric_alts=["出口", "出口额", "外贸出口额", "出口总额", "出口贸易"],
     comparison="yoy", period=Y87, note=R87_NOTE)
# 同上年相比 / 去年 (no numeral); 统一 ×2 lexicalized.

# ==== line 9 (source 29): closing of the review =========================================================
g.neg("第六届全国人民代表大会期间，我们", "第六届", SESSION_NOTE + " (the 6th NPC, whose term "
      "the review closes)")
g.neg("较好地完成了第六个五年计划", "第六个五年计划", PLAN_NOTE.format("第六个五年计划 (1981-1985)"))
g.neg("第七个五年计划前两年", "第七个五年计划", PLAN_NOTE.format("第七个五年计划 (1986-1990)"))
g.neg("计划前两年的执行情况", "前两年", PERIOD_NOTE + " (the first two years of the 7th plan, "
      "1986-1987); no number follows it")
g.neg("五年来我们国家", "五年来", PERIOD_NOTE + " (1983-1987); no number follows it")

# ==== line 10 (source 30): the price problem (no facts) =================================================
g.neg("上涨过多的一个重要原因", "一个", ARTICLE_NOTE.format("一个"))
g.neg("还是一个需要继续研究", "一个", ARTICLE_NOTE.format("一个"))
g.neg("受到一定影响", "一定", "adjective 一定 'a certain (degree of)', not a quantity (as "
      "nw_chinanews_20211101_provinces_2021q3 造成一定影响)")
# 一些 (一些国营工商企业) lexicalized; 这几年 / 去年 / 多次 without a numeral.

# ==== lines 11-15 (source 31-35): the five measures 一、…五、 (no facts) ====================================
for marker, ctx in (("一、", "一、继续坚持"), ("二、", "二、从增加供给"), ("三、", "三、对主要食品"),
                    ("四、", "四、积极发展"), ("五、", "五、加强物价管理")):
    g.neg(ctx, marker, MARKER_NOTE + f" (measure {marker[0]} of the price package)")
g.neg("抑制需求两方面入手", "两方面", "两方面 'both sides' (supply and demand), a figure of speech, "
      "not a count claim (as wr_china_2010_b)")

# ==== line 16 (source 36): the price bureau's report ======================================================
g.neg("作一专题汇报", "一", "indefinite article 一 (作一专题汇报 'make a special report'), not a "
      "count")
# 进一步 lexicalized.

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts are "
    "cut). Part of the document: the review part 过去五年国内工作的基本总结 (heading: source "
    "line 3, outside the excerpt) of the five years of the 6th NPC's term — the last four "
    "paragraphs under the sub-heading 五年来，不断扩大对外开放… (source line 19, outside: foreign "
    "trade, technology imports, foreign capital, contracting and tourism), the sub-heading "
    "五年来，改革和建设的实践… with its two paragraphs, the results of 1987 (在刚刚过去的１９８７年…), "
    "the closing of the review (第六届全国人民代表大会期间…), then the paragraph on the current "
    "price problem with the five measures 一、…五、 the State Council decided on, and the "
    "announcement of the price bureau's report (no figures in these). Lines 3-18 are "
    "wr_china_1988 (no overlap). The report writes numerals in full-width digits (１９８７年, "
    "８２７亿美元, １４．７％): spans keep them as written. Title: the shared meta title (the source "
    "has no title line), title_in_text=False. Date: 1988-03-25, the opening day of the 1st "
    "session of the 7th NPC, on which Acting Premier Li Peng delivered the report (as "
    "wr_china_1988; the shared meta gives only the year 1988 and the Wikisource text has no "
    "dateline); nothing in the excerpt contradicts it (刚刚过去的１９８７年, 去年 = 1987). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 对外承包工程和劳务合作 and 国际旅游业 as "
    "alts of their figures). Periods: the five years of the term = 1983-01-01..1987-12-31 (as "
    "wr_china_1988); 五年间 (explicit in source lines 22-24) → the span for the totals after "
    "it, null as alt; １万多个 foreign-invested enterprises and projects → a stock at "
    "1987-12-31, the span and null as alts; １９８７年 → 1987 (levels, and the multiples 为"
    "１９８２年的N倍, whose basis year is a negative); 平均每年增长１４．７％ → the span of the "
    "section frame (sub-heading 五年来 on source line 19), the literal １９８７年 and null as "
    "alts; 在刚刚过去的１９８７年 → 1987 for the year's results (growth yoy). Modality: actual "
    "throughout (the price measures carry no numbers). Units: 亿美元 → USD ×1e8; 亿公斤 → t "
    "(×1e8 × 0.001); 万人次 → count (人次); 倍 → times. Bounds: 多 inside the span → gt "
    "(１万多项, １万多个, １００多个); 近 → approx (１００亿美元, ４０亿美元). Judgement calls: "
    "平均每年增长 takes the five-year span, not the literal １９８７年; １万多个 enterprises and "
    "projects read as a stock at the end of 1987; １００多个国家和地区 → a count over the span; "
    "粮食总产量增加１０９亿公斤 → absolute change (粮食总产量增量, comparison null); the multiples "
    "→ ratio, comparison null; 两方面, 一 (作一专题汇报), 一切, 一定 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些, 统一, 进一步. Known false alarms of the shared "
    "check_gold.py: it reads a full-width decimal point ． as the end of the number "
    "(１４．７％ → 14, …), as noted in wr_china_1988.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
