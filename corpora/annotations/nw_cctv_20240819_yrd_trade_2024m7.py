"""Gold annotations for nw_cctv_20240819_yrd_trade_2024m7 (corpora/).

央视网消息（新闻联播）, 2024-08-19: 长三角外贸创新高 高端制造业竞争力显著提升.
The excerpt is the whole source, lines 1-4 of
shared/texts/news/nw_cctv_20240819_yrd_trade_2024m7.txt (a short news item, so all of it
is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240819_yrd_trade_2024m7.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240819_yrd_trade_2024m7"
PLACE = "长三角地区"
REF = "2024-08-19"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 4                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "长三角外贸创新高 高端制造业竞争力显著提升"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
YRD_NOTE = "place name 长三角 (the Yangtze River Delta); 三 is not a quantity"

# Periods (reference date 2024-08-19: 今年前7个月 = 2024-01-01..2024-07-31, cumulative)
M7 = P("今年前7个月", "2024-01-01", "2024-07-31")

YRD_ALTS = ["长三角", "长三角区域", "长三角三省一市", "三省一市", "上海、江苏、浙江、安徽",
            "上海市、江苏省、浙江省、安徽省", "沪苏浙皖", "长江三角洲地区", "长江三角洲"]
YRD = dict(subject="长三角地区", subject_alts=YRD_ALTS, period=M7)
PRIV = dict(subject="长三角地区",
            subject_alts=YRD_ALTS + ["长三角区域民营企业", "民营企业", "长三角民营企业",
                                     "长三角地区民营企业"],
            period=M7)


def share_alts(item):
    """Other wordings of 'item as a share of the national item' (占全国的X%)."""
    return [f"{item}占全国的比重", f"{item}全国占比", f"{item}占全国份额", f"{item}占比",
            "占全国比重", "占全国的比重", "全国占比", "占全国份额", f"占全国{item}比重",
            f"占全国{item}的比重"]


def trade_item(amount_ctx, amount, growth_ctx, growth, share_ctx, share, item, alts, note=None):
    """An export item of 长三角: level (亿元/万亿元), yoy growth, share of the national
    exports of the item; level and growth share the metric (README §3)."""
    value = round(float(amount.rstrip("亿万元")) * (1e12 if amount.endswith("万亿元") else 1e8))
    g.fact(amount_ctx, amount, value=value, unit="CNY", kind="amount", metric=item,
           metric_alts=alts, **YRD, note=note)
    g.fact(growth_ctx, growth, value=float(growth[:-1]), unit="%", kind="growth",
           metric=item, metric_alts=alts + [item + "增速"], **YRD, comparison="yoy")
    g.fact(share_ctx, share, value=float(share[:-1]), unit="%", kind="share",
           metric=item + "占全国比重", metric_alts=share_alts(item), **YRD,
           note="占全国的X%: the region's share of the national total of the item (a "
                "share of a flow → the same Jan-Jul period)" if note else None)


# ---- line 1: title ---------------------------------------------------------------------
g.neg("长三角外贸创新高", "长三角", YRD_NOTE)

# ---- line 2 (lead) ---------------------------------------------------------------------
g.neg("显示，今年前7个月", "今年前7个月", PERIOD_NOTE)
g.neg("长三角地区进出口规模", "长三角", YRD_NOTE)
g.neg("长三角地区高端制造业", "长三角", YRD_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.neg("据海关统计，今年前7个月", "今年前7个月", PERIOD_NOTE)
g.neg("长三角地区进出口总值", "长三角", YRD_NOTE)
TRADE_ALTS = ["进出口", "进出口规模", "外贸进出口总值", "外贸总值", "进出口总额", "外贸进出口",
              "外贸", "进出口额", "外贸进出口总额"]
g.fact("进出口总值9.1万亿元", "9.1万亿元", value=9.1e12, unit="CNY", kind="amount",
       metric="进出口总值", metric_alts=TRADE_ALTS, **YRD,
       note="长三角地区 → subject (alts: 长三角, the four provinces); 今年前7个月 earlier in "
            "the line → Jan-Jul 2024")
g.fact("万亿元，同比增长5.8%", "5.8%", value=5.8, unit="%", kind="growth",
       metric="进出口总值", metric_alts=TRADE_ALTS + ["进出口总值增速", "进出口增速"], **YRD,
       comparison="yoy", note="同比 → yoy")
trade_item("汽车出口1806.3亿元", "1806.3亿元", "同比增长2.7%", "2.7%", "占全国的39%",
           "39%", "汽车出口",
           ["汽车出口额", "汽车出口值", "汽车出口总值", "汽车出口金额", "出口汽车", "汽车"],
           note="其中: an item of the region's trade → subject 长三角地区; level, growth and "
                "national share share the item's metric")
trade_item("船舶出口1114.1亿元", "1114.1亿元", "同比增长79%", "79%", "占全国的64.1%",
           "64.1%", "船舶出口",
           ["船舶出口额", "船舶出口值", "船舶出口总值", "船舶出口金额", "出口船舶", "船舶"])
trade_item("高新技术产品出口1.2万亿元", "1.2万亿元", "同比增长4.4%", "4.4%",
           "占全国的34.8%", "34.8%", "高新技术产品出口",
           ["高新技术产品出口额", "高新技术产品出口值", "高新技术产品出口总值",
            "高新技术产品出口金额", "出口高新技术产品", "高新技术产品"])
g.neg("版图中，长三角地区", "长三角", YRD_NOTE)
g.fact("占据了36.7%的份额", "36.7%", value=36.7, unit="%", kind="share",
       metric="进出口总值占全国比重",
       metric_alts=["占全国进出口总值比重", "占全国进出口总值的比重", "占全国进出口总值的份额",
                    "全国进出口总值份额", "进出口总值份额", "进出口总值占全国份额",
                    "进出口总值占全国的比重", "进出口占全国比重", "进出口占全国份额",
                    "外贸占全国比重", "占全国比重", "占全国份额", "份额", "全国占比",
                    "进出口总值全国占比"],
       **YRD,
       note="在全国进出口总值的版图中…占据了36.7%的份额: the region's share of national "
            "trade; 今年前7个月 at the head of the line still governs")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("今年前7个月，长三角地区高端装备", "今年前7个月", PERIOD_NOTE)
g.neg("今年前7个月，长三角地区高端装备", "长三角", YRD_NOTE)
trade_item("高端装备出口1349.7亿元", "1349.7亿元", "同比增长52.7%", "52.7%",
           "占全国的55.3%", "55.3%", "高端装备出口",
           ["高端装备出口额", "高端装备出口值", "高端装备出口总值", "高端装备出口金额",
            "出口高端装备", "高端装备"],
           note="line 4's own 今年前7个月 → Jan-Jul 2024; subject 长三角地区")
g.neg("是长三角区域民营企业的重要", "长三角", YRD_NOTE)
g.neg("今年前7个月，长三角区域", "今年前7个月", PERIOD_NOTE)
g.neg("今年前7个月，长三角区域", "长三角", YRD_NOTE)
PRIV_ALTS = ["民营企业进出口总值", "民营企业进出口额", "民营企业外贸", "民营企业外贸进出口",
             "民营企业外贸总值", "民企进出口", "民营企业进出口规模"]
g.fact("民营企业进出口4.89万亿元", "4.89万亿元", value=4.89e12, unit="CNY", kind="amount",
       metric="民营企业进出口", metric_alts=PRIV_ALTS, **PRIV,
       note="sector-level figure of the region: 长三角地区 as subject, 长三角区域民营企业 / "
            "民营企业 as alts (README §4)")
g.fact("万亿元，同比增长9%", "9%", value=9, unit="%", kind="growth",
       metric="民营企业进出口", metric_alts=PRIV_ALTS + ["民营企业进出口增速"], **PRIV,
       comparison="yoy")
g.neg("占长三角外贸", "长三角", YRD_NOTE)
g.neg("半壁江山", "半壁江山", "idiom 半壁江山 'half of the country' (the largest part), "
      "restated exactly by 53.7% right after it; a figure of speech like 半个中国 in "
      "nw_chinanews, not a share fact of its own")
g.fact("达到53.7%", "53.7%", value=53.7, unit="%", kind="share",
       metric="民营企业进出口占长三角外贸总值比重",
       metric_alts=["民营企业进出口占外贸总值比重", "占长三角外贸总值比重", "占长三角外贸总值的比重",
                    "民营企业进出口占长三角外贸总值的比重", "民营企业进出口占比", "民营企业占比",
                    "民营企业外贸占比", "占外贸总值比重", "民营企业进出口占进出口总值比重",
                    "民营企业占长三角外贸总值比重", "民营企业进出口占外贸总值的比重"],
       **PRIV, note="占长三角外贸总值的半壁江山，达到53.7%: the private firms' share of the "
                    "region's trade; 达到 → eq")
g.neg("成为长三角外贸发展", "长三角", YRD_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-4 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2024-08-19, the "
    "broadcast date given by the source meta (file name of the daily transcript and the "
    "查看原文 URL); nothing contradicts it: customs release January-July trade data in "
    "mid-August, and 今年前7个月 is the latest period. Place: a story about one region → "
    "长三角地区 (the shared meta: 长三角地区（上海、江苏、浙江、安徽）), which owns every figure "
    "(alts 长三角, 长三角区域, 三省一市, the four provinces, 长江三角洲; the private firms as "
    "alts for their figures, README §4). Periods: 今年前7个月 = 2024-01-01..2024-07-31, "
    "stated before the numbers of each line (lines 3 and 4); all figures are flows or "
    "shares of flows over that period. Export items (汽车, 船舶, 高新技术产品, 高端装备): "
    "level, yoy growth and share of the national exports of the item (metric X出口占全国"
    "比重), level and growth sharing the metric. 占据了36.7%的份额 → share of national trade; "
    "半壁江山 is an idiom restated by 53.7% → negative. Negatives: every 长三角 (place "
    "name), 今年前7个月 ×4 (periods), 半壁江山 (idiom); 之一 is lexicalized.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
