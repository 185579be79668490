"""Gold annotations for wr_china_2021_e (2021年中华人民共和国国务院政府工作报告: the end of the
review of 2020, the close of the review part and the opening of part 二 on the 13th and 14th
Five-Year Plans), lines 14-22 of shared/texts/work_report/wr_china_2021.txt.

The excerpt corpora/wr_china_2021_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut):
  - source lines 14-18 close part 一 (the review of 2020; the source has no heading naming
    the year, the review opens on source line 4 with 过去一年): the last two paragraphs of
    review item 七是 (从严治党; 大国外交), the closing line 一年来的工作殊为不易…上亿市场主体…,
    各位代表！ and the paragraph on difficulties and challenges (no figures);
  - source lines 19-22 open part 二、“十三五”时期发展成就和“十四五”时期主要目标任务 (heading
    inside the excerpt): the review of the 13th Five-Year Plan 2016-2020 (过去五年… GDP from
    不到70万亿元 to 超过100万亿元, 5575万 / 960多万 poor, 1亿 settled, 2100万套, 6000万人), the
    opening of the 14th-plan section (“十四五”时期是…第一个五年, 《建议》/《纲要草案》) and the
    first plan bullet (——着力提升发展质量效益…城镇调查失业率控制在5.5%以内).
wr_china_2021_b holds lines 2-13 (the review of 2020), wr_china_2021 lines 23-34 (the next
plan bullets and the 2021 targets), wr_china_2021_d 38-45 and wr_china_2021_c 48-58: no
overlap.  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2021_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2021_e"
SOURCE_ID = "wr_china_2021"
PLACE = "中国"
REF = "2021-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 14, 22                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2021年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2021)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="贯彻落实党中央全面从严治党战略部署",
                 ends="实现更高质量、更有效率、更加公平、更可持续、更为安全的发展。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL_NOTE = ("plan label {} (SPEC §1: 十四五), the name of a five-year plan period, not a "
                   "quantity")
IDIOM_NOTE = "idiom {}, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]

fact = g.with_subject(PLACE, CN)

# ---- periods (reference date 2021-03-05; 一年来 / 去年 = 2020, 今年 = 2021) --------------------
# Excerpt lines 1-5 (source 14-18) close the review of 2020 (part 一, no heading naming the
# year; wr_china_2021_b reads the review year 2020 from 过去一年/一年来/全年).  Their only figure,
# 上亿市场主体 (line 3), stands after 一年来 at the head of its line (explicit): a stock (the
# market entities that exist) under the year → the instant 2020-12-31 (stock rule, as
# 上亿市场主体 in wr_china_2022), the year, null and the reference date (the 目前 reading of
# wr_china_2019_b) as alts.
# Excerpt lines 6-9 (source 19-22) are part 二.
#   - line 7 (source 20) opens with 过去五年 = the 13th Five-Year Plan, the statistical years
#     2016-2020 (as wr_china_2018 reads its 过去五年 as 2013-2017): it governs the line.
#     Cumulative flows of the five years (脱贫, 搬迁, 落户, 棚改, 新增就业) → the span, null as
#     alt.  The from/to pair of GDP (从不到70万亿元增加到超过100万亿元) has no year written: its
#     ends are the GDP of the year before the five years (2015) and of their last year (2020),
#     a flow of a year each (as the from/to pair 从10.1%下降到2.6% under 过去五年 in
#     wr_china_2013), with the instants, the span and null as alts.
#   - line 9 (source 22, the first 14th-plan bullet): no period of its own before its number;
#     the period of line 8 (“十四五”时期) does not reach the next line (SPEC §4), so it takes the
#     section frame, the plan period 2021-2025 (period text “十四五”, as wr_china_2021 for the
#     bullets that follow), with the plan's end and null as alts (a ceiling held throughout:
#     FLOOR of wr_china_2021).  Modality target.
Y20 = P("一年来", "2020-01-01", "2020-12-31")
Y20_END = P("一年来", "2020-12-31", "2020-12-31")
STOCK20 = dict(period=Y20_END, period_alts=[Y20, null("一年来"), P("一年来", REF, REF)])
S5 = "过去五年"
FIVE = P(S5, "2016-01-01", "2020-12-31")
FLOW5 = dict(period=FIVE, period_alts=[null(S5)])
FLOW5_NOTE = ("cumulative flow of the 13th Five-Year Plan: 过去五年 (= 2016-2020) opens the line "
              "and governs it, null as alt")
PLAN = P("“十四五”", "2021-01-01", "2025-12-31")
PLAN_END = P("“十四五”", "2025-12-31", "2025-12-31")
FLOOR = dict(period=PLAN, period_alts=[PLAN_END, null("“十四五”")])

# ==== line 1 (source 14): 从严治党 (end of review item 七是) =====================================
g.neg("中央八项规定精神", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_jilin_2025)")

# ==== line 2 (source 15): 中国特色大国外交 ========================================================
g.neg("联合国成立75周年", "75周年", "anniversary in an event name (联合国成立75周年系列高级别会议), "
      "not a quantity (as 新中国成立75周年 in other golds)")
g.neg("二十国集团领导人峰会", "二十国集团", "organisation name 二十国集团 (G20), not a count (as "
      "wr_china_2017)")

# ==== line 3 (source 16): 一年来的工作殊为不易 ====================================================
g.neg("一年来的工作殊为不易", "一年来", PERIOD_NOTE + " (the review year 2020; governs its line: "
      "上亿市场主体); not a duration fact")
fact("上亿市场主体在应对冲击", "上亿", value=1e8, unit="count", kind="count", classifier="户",
     bound="ge", metric="市场主体",
     metric_alts=["市场主体数量", "市场主体总量", "市场主体总数"], **STOCK20,
     note="judgement call (rhetorical but stated as a fact, as wr_china_2022 / wr_china_2019_b): "
          "上亿 is a lexicalized approximate numeral (SPEC §2 上百/上万 → ge; README §1 the prefix "
          "stays in the span), classifier 户 implied; the market entities that exist (a stock) "
          "under 一年来 (= 2020) → instant 2020-12-31, the year, null and the reference date as "
          "alts; actual")
g.neg("诠释了百折不挠", "百折不挠", IDIOM_NOTE.format("百折不挠 'unbending despite a hundred "
      "setbacks'"))
g.neg("战胜一切困难挑战", "一切", "pronoun 一切 'all', not a quantity (as wr_china_2004_c)")

# ==== line 4 (source 17): 各位代表！ (no numerals) ================================================

# ==== line 5 (source 18): difficulties and challenges ================================================
g.neg("我们一定要直面问题", "一定", "adverb 一定(要) 'must', not a quantity")

# ==== line 6 (source 19): heading of part 二 ======================================================
g.neg("二、“十三五”", "二、", MARKER_NOTE)
g.neg("二、“十三五”时期", "十三五", PLAN_LABEL_NOTE.format("十三五 (“十三五”时期 = 2016-2020, "
      "the period reviewed in the line below as 过去五年)"))
g.neg("“十四五”时期主要目标任务", "十四五", PLAN_LABEL_NOTE.format("十四五 (“十四五”时期 = "
      "2021-2025)"))

# ==== line 7 (source 20): 过去五年 — the 13th Five-Year Plan ===========================================
g.neg("过去五年，我国经济", "过去五年", PERIOD_NOTE + " (the 13th Five-Year Plan, 2016-2020; "
      "governs the line); not a duration fact")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量", "GDP总量"]
fact("国内生产总值从不到70万亿元", "70万亿元", value=70e12, unit="CNY", kind="amount",
     bound="lt", metric="国内生产总值", metric_alts=GDP,
     period=P(S5, "2015-01-01", "2015-12-31"),
     period_alts=[P(S5, "2016-01-01", "2016-01-01"), P(S5, "2015-12-31", "2015-12-31"), FIVE,
                  null(S5)],
     note="start of a from/to pair (从不到…增加到超过…); 不到 → lt (outside the span); 万亿元 = "
          "1e12; no year written: under the five-year frame its start value is the GDP of the "
          "year before it, 2015 (a flow of a year, as 从10.1%下降 in wr_china_2013); alts the "
          "frame's start instant, the end of 2015, the span and null")
fact("增加到超过100万亿元", "100万亿元", value=100e12, unit="CNY", kind="amount", bound="gt",
     metric="国内生产总值", metric_alts=GDP,
     period=P(S5, "2020-01-01", "2020-12-31"),
     period_alts=[P(S5, "2020-12-31", "2020-12-31"), FIVE, null(S5)],
     note="end of the pair; 超过 → gt (outside the span); the GDP of the frame's last year 2020; "
          "alts the instant 2020-12-31, the span and null; the pair is two facts (SPEC §4: a "
          "from/to pair), the difference is not stated")
g.neg("取得一批重大科技成果", "一批", "quantifier 一批 'a batch of' (README §2), not a quantity")
POOR = ["农村贫困人口", "脱贫农村贫困人口", "农村贫困人口脱贫", "脱贫人口", "减贫人数",
        "脱贫人数", "贫困人口脱贫", "实现脱贫的农村贫困人口数量", "农村贫困人口实现脱贫"]
fact("5575万农村贫困人口实现脱贫", "5575万", value=5575e4, unit="count", kind="count",
     classifier="人", metric="实现脱贫的农村贫困人口", metric_alts=POOR,
     period=FIVE, period_alts=[null(S5), P(S5, "2016-01-01", "2016-01-01")],
     note="rural poor lifted out of poverty over 2016-2020 (the predicate defines the counted "
          "set → in the metric, the bare noun as alt); no measure word (5575万 + noun): span "
          "the number only, classifier 人 implied (as 551万农村贫困人口 in wr_china_2021_b); "
          + FLOW5_NOTE + "; the stock at the start of the plan (those to be lifted out) as a "
          "further alt")
RELOC = ["建档立卡贫困人口", "易地扶贫搬迁贫困人口", "易地扶贫搬迁人口", "易地扶贫搬迁",
         "易地扶贫搬迁人数", "通过易地扶贫搬迁摆脱困境的建档立卡贫困人口",
         "易地扶贫搬迁建档立卡贫困人口数量", "搬迁人口"]
fact("960多万建档立卡", "960多万", value=960e4, unit="count", kind="count", classifier="人",
     bound="gt", metric="易地扶贫搬迁建档立卡贫困人口", metric_alts=RELOC, **FLOW5,
     note="多 inside the span → gt; registered poor relocated over 2016-2020 (通过易地扶贫搬迁 "
          "defines the set → in the metric); no measure word: span the number only, classifier "
          "人 implied; " + FLOW5_NOTE)
g.neg("“一方水土难养一方人”", "一方水土难养一方人", IDIOM_NOTE.format("一方水土难养一方人 "
      "'the land cannot support its people'") + " (README §2 idioms)")
SETTLE = ["城镇落户", "在城镇落户", "农业转移人口和其他常住人口城镇落户", "城镇落户人口",
          "农业转移人口落户城镇", "农业转移人口和其他常住人口在城镇落户目标",
          "在城镇落户的农业转移人口和其他常住人口", "落户城镇人口", "城镇落户目标",
          "农业转移人口落户"]
fact("1亿农业转移人口", "1亿", value=1e8, unit="count", kind="count", classifier="人",
     metric="农业转移人口和其他常住人口在城镇落户", metric_alts=SETTLE, **FLOW5,
     note="judgement call: …落户目标顺利实现 reports that the 13th-plan target was met → the "
          "settlement achieved, modality actual (as 实现高职院校扩招100万人目标 in "
          "wr_china_2021_b; the target itself would be the other reading); no measure word "
          "(1亿 + noun): span the number only, classifier 人 implied; " + FLOW5_NOTE)
SHANTY = ["棚户区住房改造", "城镇棚户区改造", "棚户区改造", "城镇棚户区住房改造套数",
          "棚改", "棚户区改造住房", "城镇棚户区住房改造数量"]
fact("改造超过2100万套", "2100万套", value=2100e4, unit="count", kind="count", classifier="套",
     bound="gt", metric="城镇棚户区住房改造", metric_alts=SHANTY, **FLOW5,
     note="超过 → gt (outside the span); dwellings rebuilt over 2016-2020; " + FLOW5_NOTE)
g.neg("共建“一带一路”成果", "一带一路", "initiative name 一带一路 (Belt and Road)")
fact("城镇新增就业超过6000万人", "6000万人", value=6000e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业累计"], **FLOW5,
     note="超过 → gt (outside the span); the five years' cumulative new urban jobs; "
          + FLOW5_NOTE)
g.neg("经过五年持续奋斗", "五年", PERIOD_NOTE + " (the five years 2016-2020 of the plan, "
      "restated; no number follows) — judgement call: not a duration fact (as 五年累计 in "
      "wr_china_2013)")
g.neg("“十三五”规划主要目标", "十三五", PLAN_LABEL_NOTE.format("十三五 (“十三五”规划)"))
g.neg("新的一大步", "一大步", IDIOM_NOTE.format("一大步 'a big step'"))

# ==== line 8 (source 21): opening of the 14th-plan section (no facts) ==================================
g.neg("“十四五”时期是开启", "十四五", PLAN_LABEL_NOTE.format("十四五 (“十四五”时期)"))
g.neg("新征程的第一个五年", "第一个五年", "'the first five years' of the new march (the 14th "
      "plan period named by its place in the sequence): a rhetorical ordinal label, not a "
      "measured rank nor a duration fact — judgement call")
g.neg("制定国民经济和社会发展第十四个五年规划", "第十四个五年规划", "document title (《中共中央"
      "关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》): the plan's name, "
      "not a quantity")
g.neg("规划和二〇三五年远景目标的建议", "二〇三五年", "horizon year in a document title "
      "(…二〇三五年远景目标的建议), not a period of any figure, not a quantity")
g.neg("国务院编制了《国民经济和社会发展第十四个五年规划", "第十四个五年规划", "document title "
      "(《国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）》): the plan's name, not a "
      "quantity")
g.neg("和2035年远景目标纲要", "2035年", "horizon year in a document title (…2035年远景目标"
      "纲要（草案）), not a period of any figure, not a quantity")
g.neg("实化量化“十四五”时期", "十四五", PLAN_LABEL_NOTE.format("十四五 (“十四五”时期); the "
      "period of line 8 reaches no figure (its line has none; SPEC §4)"))

# ==== line 9 (source 22): first 14th-plan bullet ==================================================
g.neg("解决我国一切问题", "一切", "pronoun 一切 'all', not a quantity")
fact("城镇调查失业率控制在5.5%以内", "5.5%", value=5.5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], modality="target", **FLOOR,
     note="a rate of a population → share (SPEC §2); 以内 → le (outside the span); a 14th-plan "
          "goal (控制在) → target; a ceiling held throughout the plan: the section frame "
          "2021-2025 (period text “十四五”, as the bullets of wr_china_2021), the plan's end and "
          "null as alts")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: source lines 14-18 close part 一, the review of 2020 (从严治党, 大国外交, "
    "一年来的工作殊为不易…上亿市场主体, 各位代表！, difficulties and challenges); source lines "
    "19-22 open part 二、“十三五”时期发展成就和“十四五”时期主要目标任务 (heading inside the "
    "excerpt): the five-year review 过去五年… (GDP 不到70万亿元 → 超过100万亿元, 5575万 poor "
    "lifted out, 960多万 relocated, 1亿 settled in towns, 2100万套 shanty dwellings, 6000万人 "
    "new urban jobs), the opening of the 14th-plan section and its first bullet (城镇调查失业率"
    "控制在5.5%以内). Other excerpts of the report: wr_china_2021_b (2-13), wr_china_2021 "
    "(23-34), wr_china_2021_d (38-45), wr_china_2021_c (48-58); no overlap. Title line, "
    "dateline and speaker are outside the excerpt; the title is the corpus meta title "
    "(title_in_text=False). Date: 2021-03-05, the delivery date of the dateline (source line "
    "2: ——2021年3月5日在第十三届全国人民代表大会第四次会议上), as the other excerpts and the "
    "shared meta; nothing in the excerpt contradicts it (一年来 = 2020; 过去五年 = the 13th "
    "plan 2016-2020; “十四五”时期 = 2021-2025). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国). Periods: 上亿市场主体 (after 一年来 at the head of its line) → a stock, "
    "instant 2020-12-31 (the year, null and the reference date as alts); line 7 (过去五年 at "
    "its head) → the span 2016-01-01..2020-12-31 for the cumulative flows, null as alt; the "
    "GDP pair → 2015 (start, no year written) and 2020 (end), with instants, the span and null "
    "as alts; the 5.5%以内 bullet → the plan frame 2021-2025 (period text “十四五”; “十四五”时期 "
    "of line 8 does not cross the line), the plan's end and null as alts. Modality: actual in "
    "the reviews, target for the 14th-plan goal. Bounds: 上亿 → ge; 不到 → lt; 超过 → gt (×3); "
    "多 inside the span → gt (960多万); 以内 → le. Units: 万亿元 1e12 CNY; counts without a "
    "measure word (5575万, 960多万, 1亿 + a noun for people) → classifier 人, span the number "
    "only. Judgement calls: 上亿市场主体 → a fact (ge) as in wr_china_2022 / wr_china_2019_b; "
    "the GDP pair's start → the year 2015; 1亿…落户目标顺利实现 → actual (the target met); "
    "5575万 / 960多万 with the predicate in the metric; 经过五年 → period negative, not a "
    "duration; 第一个五年 → rhetorical ordinal label; 二〇三五年 / 2035年 in document titles → "
    "negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些 ×2. No numeral characters: 几个方面, 连年, 少数, 中小微. "
    "Known false alarms of the shared check_gold.py: the meta title is not in the excerpt "
    "(title line outside it), and with --src it looks for a source named wr_china_2021_e "
    "(the excerpt is lines of wr_china_2021.txt); no uncovered numeral.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
