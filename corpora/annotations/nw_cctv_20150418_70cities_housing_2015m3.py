"""Gold annotations for nw_cctv_20150418_70cities_housing_2015m3 (corpora/).

央视网消息(新闻联播), 2015-04-18: 70城市3月份新房销量明显回升.
The excerpt is the whole source, lines 1-6 of shared/texts/news/<doc_id>.txt (449
characters: a short news item, below the usual excerpt length, so all of it is taken),
copied by code from the source bytes, never retyped.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_cctv_20150418_70cities_housing_2015m3.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20150418_70cities_housing_2015m3"
PLACE = "中国"
REF = "2015-04-18"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "70城市3月份新房销量明显回升"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="但降幅都比2月份收窄。")
N_CHARS = len(g.text)
T = g.text

PANEL_NOTE = ("70个大中城市 (70城市) names the NBS survey panel (the fixed sample of 70 large "
              "and medium cities): a label, not a claim about a number of cities")
MONTH_NOTE = ("month expression (the period of the facts it governs, or the basis of 比2月份), "
              "not a fact")
SECOND_HAND_NOTE = "二手 'second-hand' (二手房, 二手住宅), lexicalized, not a quantity"

# Periods (reference date 2015-04-18, the broadcast day; 今天 = that day, when NBS published
# the March data).  3月份 = 2015-03-01..2015-03-31, 2月份 = 2015-02-01..2015-02-28.
MAR = P("3月份", "2015-03-01", "2015-03-31")
FEB = P("2月份", "2015-02-01", "2015-02-28")

PANEL = dict(subject="70个大中城市", subject_alts=["中国", "全国", "70城市"])


def neg_every(word, note):
    """A negative for every occurrence of ``word``, each with the shortest unique context."""
    i = T.find(word)
    while i >= 0:
        k = 1
        while True:
            ctx = T[max(0, i - k):i + len(word) + k]
            if T.count(ctx) == 1:
                break
            k += 1
        left = i - max(0, i - k)
        nth, j = 0, ctx.find(word)
        while j != left:
            nth += 1
            j = ctx.find(word, j + 1)
        g.neg(ctx, word, note, nth=nth)
        i = T.find(word, i + 1)


neg_every("70个", PANEL_NOTE)
neg_every("3月份", MONTH_NOTE)
neg_every("2月份", MONTH_NOTE)
neg_every("二手", SECOND_HAND_NOTE)

# ---- line 1: title --------------------------------------------------------------------
g.neg("70城市3月份", "70", PANEL_NOTE + " (title)")


def cities(ctx, target, value, housing, trend, *, change=False, note=None):
    """A count of panel cities whose 环比 price moved one way (trend), or its change
    against February (change=True: metric …增量, signed)."""
    base = f"{housing}价格环比{trend}的城市"
    short = f"环比{trend}的城市"
    alts = [short, f"{housing}价格环比{trend}城市", f"价格环比{trend}的城市",
            f"{trend}的城市", base + "数量"]
    if change:
        alts = [a + "增量" for a in alts] + [base, short]
        base += "增量"
    g.fact(ctx, target, value=value, unit="count", kind="count", classifier="个",
           metric=base, metric_alts=alts, **PANEL, period=MAR, note=note)


# ---- line 3 (新建商品住宅) -----------------------------------------------------------------
NEW = "新建商品住宅"
cities("环比下降的城市有50个", "50个", 50, NEW, "下降",
       note="count of panel cities (the 70-city panel owns it, 中国 as alt); 3月份 = March "
            "2015; 50 + 8 + 12 = 70")
cities("比2月份减少16个；", "16个", -16, NEW, "下降", change=True,
       note="absolute change of a count against February (比2月份减少) → metric …增量, "
            "signed −16 (SPEC §2); the period stays March")
cities("分别有8个和12个，分别比2月份增加6个和10个。\n从二手房", "8个", 8, NEW, "持平",
       note="分别: 持平 ↔ 8个, 上涨 ↔ 12个; the elided head (新建商品住宅价格环比) restored")
cities("分别有8个和12个，分别比2月份增加6个和10个。\n从二手房", "12个", 12, NEW, "上涨")
cities("分别有8个和12个，分别比2月份增加6个和10个。\n从二手房", "6个", 6, NEW, "持平",
       change=True, note="分别: 持平 ↔ +6, 上涨 ↔ +10 (比2月份增加)")
cities("分别有8个和12个，分别比2月份增加6个和10个。\n从二手房", "10个", 10, NEW, "上涨",
       change=True)

# ---- line 4 (二手住宅) --------------------------------------------------------------------
USED = "二手住宅"
cities("环比下降的城市有48个", "48个", 48, USED, "下降", note="48 + 10 + 12 = 70")
cities("比2月份减少13个；", "13个", -13, USED, "下降", change=True)
cities("分别有10个和12个，分别比2月份增加6个和7个。", "10个", 10, USED, "持平")
cities("分别有10个和12个，分别比2月份增加6个和7个。", "12个", 12, USED, "上涨")
cities("分别有10个和12个，分别比2月份增加6个和7个。", "6个", 6, USED, "持平", change=True)
cities("分别有10个和12个，分别比2月份增加6个和7个。", "7个", 7, USED, "上涨", change=True)

# ---- line 5 ----------------------------------------------------------------------------
SALES = dict(metric="新建商品住宅成交量",
             metric_alts=["成交量", "新建商品住宅成交套数", "新房销量", "销量",
                          "新建商品住宅销量"])
g.fact("成交量为21.7万套", "21.7万套", value=217000, unit="count", kind="count",
       classifier="套", **SALES, **PANEL, period=MAR,
       note="a volume counted in 套 (dwellings) → count, classifier 套")
g.fact("比2月份增加了65.9%", "65.9%", value=65.9, unit="%", kind="growth", **SALES,
       **PANEL, period=MAR, comparison="mom",
       note="比2月份 = against the previous month → comparison mom")
# 与去年同期相比，70个大中城市新建商品住宅价格仍然全部下降: the 70个 is the panel (negative
# above); 全部 carries no numeral, so no count fact is written for it.

# ---- line 6 ----------------------------------------------------------------------------
TIER1 = dict(subject="一线城市", subject_alts=["70个大中城市一线城市", "一线城市综合平均"])
g.neg("一线城市新建商品住宅", "一线", "city-tier label 一线城市 (first-tier cities), the "
      "subject of the figures, not a quantity")
g.fact("2月份下降0.1%", "0.1%", value=-0.1, unit="%", kind="growth",
       metric="新建商品住宅价格",
       metric_alts=["新建商品住宅价格环比", "新建商品住宅价格环比综合平均", "新建商品住宅价格环比涨幅",
                    "房价"],
       **TIER1, period=FEB, comparison="mom",
       note="from/to pair (由2月份…转为3月份…): 2月份 governs only its own values; 分别: "
            "new-build ↔ 下降0.1%, second-hand ↔ 持平 (no numeral, no fact); 环比 → mom; "
            "下降 → negative")
NEWP = dict(metric="新建商品住宅价格",
            metric_alts=["新建商品住宅价格环比", "新建商品住宅价格环比综合平均",
                         "新建商品住宅价格环比涨幅", "房价"])
USEDP = dict(metric="二手住宅价格",
             metric_alts=["二手住宅价格环比", "二手住宅价格环比综合平均", "二手住宅价格环比涨幅",
                          "房价"])
g.fact("上涨0.2%和0.3%", "0.2%", value=0.2, unit="%", kind="growth", **NEWP, **TIER1,
       period=MAR, comparison="mom",
       note="分别: new-build ↔ 0.2%, second-hand ↔ 0.3% (each with its own %); 3月份 of the "
            "pair governs")
g.fact("上涨0.2%和0.3%", "0.3%", value=0.3, unit="%", kind="growth", **USEDP, **TIER1,
       period=MAR, comparison="mom")
g.neg("二、三线城市", "二、三线", "city-tier labels 二线/三线城市, not quantities")

NOTES = (
    f"Excerpt: the whole of shared/texts/news/{DOC_ID}.txt, lines {FIRST}-{LAST} ({N_CHARS} "
    "characters, a byte copy made by code): a short 新闻联播 item, so all of it is taken. "
    "Date: 2015-04-18, the broadcast date given by the source meta (file name of the daily "
    "transcript, pubtime 2015-04-18 19:25:21); the text agrees: 国家统计局今天发布了3月份 "
    "data, and NBS released the March 2015 70-city figures on 18 April 2015. 今天 = the "
    "reference date; 3月份 = 2015-03-01..2015-03-31; 2月份 = February 2015, the basis of "
    "比2月份 (counts: metric …增量; growth: comparison mom) or, in the from/to pair of line 6, "
    "the period of its own value. 去年同期 (line 5) carries no number. Place: 中国 (a national "
    "NBS release; INDEX place 70个大中城市). Subject: the figures describe the NBS 70-city "
    "panel, not the whole country → 70个大中城市 (alts 中国, 全国, 70城市); line 6's figures "
    "are the 一线城市 composite averages → 一线城市. Negatives: every 70个/70 (the panel's "
    "name, a label), every 3月份/2月份, 二手 (second-hand), the tier labels 一线, 二、三线. "
    "Counts of cities by direction (环比下降/持平/上涨的城市) are counts with classifier 个, "
    "the elided heads restored (新建商品住宅价格环比持平的城市 …); changes against February are "
    "signed counts with metric …增量 (SPEC §2). 持平 (0 %) has no numeral and gives no fact. "
    "Judgement calls: subject 70个大中城市 rather than 中国; 70个 in 与去年同期相比，70个大中城市"
    "…仍然全部下降 kept as the panel label (not a count of cities whose prices fell yoy).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(facts), "facts,", len(g.lines) - len(facts), "negatives,", N_CHARS, "chars")
