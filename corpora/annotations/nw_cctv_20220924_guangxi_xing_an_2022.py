"""Gold annotations for nw_cctv_20220924_guangxi_xing_an_2022 (corpora/).

央视网消息（新闻联播）, 2022-09-24: 【走进县城看发展】广西兴安：突出优势特色 加快县域发展.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20220924_guangxi_xing_an_2022.txt (427 characters: a short news
item, far below the usual excerpt length, so all of it is taken), copied by code from the
source bytes, never retyped.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20220924_guangxi_xing_an_2022.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20220924_guangxi_xing_an_2022"
PLACE = "广西壮族自治区兴安县"
REF = "2022-09-24"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "【走进县城看发展】广西兴安：突出优势特色 加快县域发展"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="分别增长了88%和141%。")
N_CHARS = len(g.text)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
CONGRESS_NOTE = ("congress name 十八大 (the 18th CPC National Congress, Nov 2012) inside the "
                 "period expression 党的十八大以来, not a quantity")

# Periods (reference date 2022-09-24, the broadcast day: 今天（9月24日）).  党的十八大以来 =
# 2012-11-08 (opening of the 18th Party Congress) .. the reference date; levels reached under
# it are stocks → instant at the reference date (as in nw_cctv_20221008_counties_2022);
# 眼下/目前 = the reference date, an instant; 今年上半年 = 2022 H1.
SINCE18 = P("党的十八大以来", "2012-11-08", REF)
SINCE18_ALTS = [P("党的十八大以来", "2012-11-14", REF), P("党的十八大以来", "2012-11-15", REF),
                P("党的十八大以来", "2012-11-01", REF), P("党的十八大以来", None, REF),
                P("党的十八大以来", None, None)]
SINCE18_NOW = P("党的十八大以来", REF, REF)     # stock reading: the level now
H1 = P("今年上半年", "2022-01-01", "2022-06-30")
Y2021 = P("截至2021年底", "2021-01-01", "2021-12-31")


def now(word):
    """An instant at the reference date (眼下, 目前), alts open start and null."""
    return dict(period=P(word, REF, REF), period_alts=[P(word, None, REF), P(word, None, None)])


XA_ALTS = ["兴安", "广西兴安县", "广西壮族自治区兴安县", "桂林兴安县", "广西桂林兴安县",
           "桂林市兴安县", "广西壮族自治区桂林市兴安县", "广西兴安"]
XA = dict(subject="兴安县", subject_alts=XA_ALTS)
XA_ALL = dict(subject="兴安县", subject_alts=["全县"] + XA_ALTS)
GRAPE_AREA_ALTS = ["葡萄面积", "葡萄", "种植面积", "葡萄种植规模", "葡萄种植"]

# ---- line 1: title (no numerals) --------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（9月24日）", "9月24日", "date on its own (the broadcast day), not a fact")
g.neg("党的十八大以来，兴安县立足", "十八大", CONGRESS_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.fact("兴安县15万亩葡萄", "15万亩", value=150000, unit="mu", kind="amount",
       metric="葡萄种植面积", metric_alts=GRAPE_AREA_ALTS + ["陆续上市的葡萄面积"],
       **XA, **now("眼下"),
       note="亩 stays mu (SPEC §3); 15万亩葡萄 = the county's grape area (= 种植面积增加至15万亩 "
            "of line 4); 眼下 before it → instant at the reference date (alts null..ref, null)")
g.neg("唐诚旺一家的", "一家", "一 + 家 'one family' = his household (naming the owner), not a "
      "count")
g.fact("一家的60亩葡萄", "60亩", value=60, unit="mu", kind="amount", metric="葡萄种植面积",
       metric_alts=GRAPE_AREA_ALTS + ["葡萄园面积"],
       subject="唐诚旺一家", subject_alts=["唐诚旺", "唐诚旺家", "兴安县"],
       **now("眼下"),
       note="a household's grape area: the household owns the number (README §4); 眼下 of "
            "the line still governs → instant at the reference date")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("兴安县一直有种葡萄", "一直", "adverb 一直 'all along', not a quantity")
g.neg("党的十八大以来，当地不断创新", "十八大", CONGRESS_NOTE)
g.neg("由单一品种", "单一", "lexicalized adjective 单一 'single, uniform' (由单一品种扩大到… "
      "'from a single variety'), not read as a count: judgement call (a count-1 reading of "
      "the from/to pair was rejected)")
STOCK_NOTE = ("under 党的十八大以来, a level reached (扩大到 / 增加至) → the stock now: instant at "
              "the reference date (SPEC §4 stock rule, as in nw_cctv_20221008_counties_2022); "
              "the literal span Nov 2012..ref, open start and null as alts")
g.fact("晚熟约30个品种", "30个", value=30, unit="count", kind="count", bound="approx",
       classifier="个", metric="葡萄品种",
       metric_alts=["品种", "葡萄品种数量", "早、中、晚熟葡萄品种", "早、中、晚熟品种",
                    "早中晚熟品种", "葡萄品种数"],
       **XA, period=SINCE18_NOW, period_alts=[SINCE18] + SINCE18_ALTS,
       note="约 → approx (outside the span); subject: 当地 = 兴安县; " + STOCK_NOTE)
g.fact("种植面积增加至15万亩", "15万亩", value=150000, unit="mu", kind="amount",
       metric="种植面积", metric_alts=["葡萄种植面积", "葡萄面积", "葡萄种植规模"],
       **XA, period=SINCE18_NOW, period_alts=[SINCE18] + SINCE18_ALTS,
       note="增加至 → the new level, eq; " + STOCK_NOTE)
g.fact("年产量约31万吨", "31万吨", value=310000, unit="t", kind="amount", bound="approx",
       metric="年产量", metric_alts=["葡萄年产量", "葡萄产量", "产量"],
       **XA, period=SINCE18_NOW, period_alts=[SINCE18] + SINCE18_ALTS,
       note="约 → approx; the annual grape output the county has reached (rate in the metric, "
            "SPEC §3): read as the current level, instant at the reference date like the "
            "area beside it; the 党的十八大以来 span, open start and null as alts")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("发展了一批文旅项目", "一批", "quantifier 一批 (SPEC §1)")
g.fact("已建成11条民居旅游示范带", "11条", value=11, unit="count", kind="count",
       classifier="条", metric="民居旅游示范带",
       metric_alts=["已建成民居旅游示范带", "建成民居旅游示范带", "民居旅游示范带数量"],
       **XA_ALL, **now("目前"),
       note="全县 → 兴安县; 目前…已建成 = a stock → instant at the reference date (alts "
            "null..ref, null)")
g.neg("今年上半年，共接待", "今年上半年", PERIOD_NOTE)
g.fact("共接待游客360多万人次", "360多万人次", value=3600000, unit="count", kind="count",
       bound="gt", classifier="人次", metric="接待游客",
       metric_alts=["游客", "接待游客人次", "游客接待量", "接待游客量", "游客人次",
                    "共接待游客"],
       **XA_ALL, period=H1,
       note="多 inside the span → gt; 人次 is the classifier (SPEC §3); 今年上半年 → 2022 H1; "
            "全县 of the previous sentence is the subject (兴安县)")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("截至2021年底", "2021年底", PERIOD_NOTE)
g.neg("较2012年分别增长", "2012年", "period expression naming the comparison basis (较2012年), "
      "not a period frame or a fact")
INC_NOTE = ("分别: 城镇 ↔ 88%, 农村 ↔ 141%; growth of the 2021 level over 2012 (comparison "
            "'较2012年', not yoy); the measured value is the annual income of 2021, so the "
            "period is the year 2021 (截至2021年底); alts: the instant 2021-12-31 of "
            "截至…年底 and the 2012-2021 span")
INC_PERIOD_ALTS = [P("截至2021年底", "2021-12-31", "2021-12-31"),
                   P("截至2021年底", "2012-01-01", "2021-12-31"),
                   P("截至2021年底", "2013-01-01", "2021-12-31")]
g.fact("分别增长了88%和141%", "88%", value=88, unit="%", kind="growth",
       metric="城镇居民人均可支配收入",
       metric_alts=["城镇居民人均可支配收入增速", "城镇居民收入", "人均可支配收入",
                    "城镇和农村居民人均可支配收入"],
       **XA, period=Y2021, period_alts=INC_PERIOD_ALTS, comparison="较2012年", note=INC_NOTE)
g.fact("分别增长了88%和141%", "141%", value=141, unit="%", kind="growth",
       metric="农村居民人均可支配收入",
       metric_alts=["农村居民人均可支配收入增速", "农村居民收入", "人均可支配收入",
                    "城镇和农村居民人均可支配收入"],
       **XA, period=Y2021, period_alts=INC_PERIOD_ALTS, comparison="较2012年",
       note="elided head 居民人均可支配收入 restored (城镇和农村居民人均可支配收入)")

NOTES = (
    f"Excerpt: the whole of shared/texts/news/{DOC_ID}.txt, lines {FIRST}-{LAST} ({N_CHARS} "
    "characters, a byte copy made by code): a short 新闻联播 item, so all of it is taken. "
    "Date: 2022-09-24, the broadcast date given by the source meta (file name of the daily "
    "transcript) and by the text itself (今天（9月24日）); the latest figures (今年上半年 = "
    "2022 H1, 截至2021年底) fit. 今年 = 2022. Place: 广西壮族自治区兴安县 as INDEX.tsv gives it "
    "(the gazetteer lists 兴安县 under 桂林市; the text says 广西桂林兴安县); facts take the "
    "official name 兴安县, with 兴安, 广西兴安县, 广西壮族自治区兴安县, 桂林市兴安县 … and 全县 "
    "as subject_alts; 唐诚旺一家 owns its 60亩. Periods: 眼下 / 目前 → instant at the "
    "reference date (alts null..ref, null); 党的十八大以来 = 2012-11-08..reference date, but "
    "the levels reached under it (约30个品种, 种植面积增加至15万亩, 年产量约31万吨) are read as "
    "the current stock → instant at the reference date (span, open start and null as alts, "
    "as in nw_cctv_20221008_counties_2022); 今年上半年 → 2022-01-01..2022-06-30; the income "
    "growth 较2012年 (comparison) of 截至2021年底 → the year 2021 (the instant 2021-12-31 and "
    "the 2012-2021 span as alts). Judgement calls: 单一(品种) is a negative (lexicalized "
    "'single'), not a count 1 in the from/to pair; 年产量 is a current level, not a flow "
    "with null period. Negatives: 9月24日 (date), 一直 (adverb), 十八大 ×2 (congress name in the period "
    "expression), 一家 (his household), 单一, 一批, 今年上半年, 2021年底, 2012年 (basis).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}-{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo, item 7 of 20220924.md)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(DOC_ID, N_CHARS, "chars;", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
