"""Gold annotations for nw_cctv_20230509_china_trade_2023m4 (corpora/).

央视网消息（新闻联播）, 2023-05-09: 前四个月我国外贸进出口同比增长5.8%.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_cctv_20230509_china_trade_2023m4.txt (a short news item, shorter
than 2,000 characters, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20230509_china_trade_2023m4.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20230509_china_trade_2023m4"
PLACE = "中国"
REF = "2023-05-09"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "前四个月我国外贸进出口同比增长5.8%"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="前四个月我国外贸进出口", ends="拓展了对外贸易空间。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BRI_NOTE = "initiative name 一带一路 (Belt and Road), not a quantity"
THREE_NOTE = ("label “新三样” ('the new three': electric passenger cars, lithium batteries, "
              "solar cells, listed just before), a set label, not a count (as in "
              "nw_cctv_20230807_shanghai_2023)")

# Periods (reference date 2023-05-09, the broadcast day: 海关总署今天（5月9日）公布, the
# customs release of the January-April 2023 data).  前四个月 / 前4个月 / 今年前4个月 /
# 今年1—4月 = 2023-01-01..2023-04-30; 同期 = the same four months; 今年以来 =
# 2023-01-01..reference date (the data behind it are January-April, as an alt).
M4 = P("今年前4个月", "2023-01-01", "2023-04-30")
M4_TITLE = P("前四个月", "2023-01-01", "2023-04-30")
M4_LEAD = P("前4个月", "2023-01-01", "2023-04-30")
SAME = P("同期", "2023-01-01", "2023-04-30")
SINCE = P("今年以来", "2023-01-01", REF)
SINCE_ALTS = [P("今年以来", "2023-01-01", "2023-04-30"), P("今年以来", None, None)]

CN_ALTS = ["我国", "全国"]
CN = dict(subject="中国", subject_alts=CN_ALTS)


def partner(*names):
    """China's trade with a partner: 中国 owns the statistic, the partner is an alt (as in
    nw_yicai_20220413_china_trade_2022q1)."""
    return dict(subject="中国", subject_alts=CN_ALTS + list(names))


TRADE = "外贸进出口"
TRADE_ALTS = ["外贸进出口总值", "进出口", "外贸", "进出口总值", "货物贸易进出口",
              "货物贸易进出口总值", "进出口总额", "外贸进出口增速"]
TOTAL = "外贸进出口总值"
TOTAL_ALTS = ["外贸进出口", "进出口总值", "进出口", "外贸", "货物贸易进出口总值", "进出口总额",
              "货物贸易进出口"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("前四个月我国外贸", "前四个月", PERIOD_NOTE + " (title)")
g.fact("前四个月我国外贸进出口同比增长5.8%", "5.8%", value=5.8, unit="%", kind="growth",
       metric=TRADE, metric_alts=TRADE_ALTS, **CN, period=M4_TITLE, comparison="yoy",
       note="title: 我国 → 中国; 同比 → yoy; 前四个月 before it → Jan-Apr 2023")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（5月9日）", "5月9日", "date on its own (the release day), not a fact")
g.neg("公布，前4个月，我国", "前4个月", PERIOD_NOTE)
g.fact("外贸进出口同比增长5.8%，继续", "5.8%", value=5.8, unit="%", kind="growth",
       metric=TRADE, metric_alts=TRADE_ALTS, **CN, period=M4_LEAD, comparison="yoy",
       note="the lead restates the title's figure: its own mention, its own fact")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("\n今年前4个月，我国外贸进出口总值", "今年前4个月", PERIOD_NOTE)
g.fact("进出口总值13.32万亿元", "13.32万亿元", value=13.32e12, unit="CNY", kind="amount",
       metric=TOTAL, metric_alts=TOTAL_ALTS, **CN, period=M4)
g.fact("13.32万亿元，同比增长5.8%", "5.8%", value=5.8, unit="%", kind="growth",
       metric=TOTAL, metric_alts=TOTAL_ALTS + ["外贸进出口总值增速", "外贸进出口增速"], **CN,
       period=M4, comparison="yoy")
EXP_ALTS = ["出口额", "出口总值", "货物出口", "外贸出口"]
IMP_ALTS = ["进口额", "进口总值", "货物进口", "外贸进口"]
g.fact("出口7.67万亿元", "7.67万亿元", value=7.67e12, unit="CNY", kind="amount",
       metric="出口", metric_alts=EXP_ALTS, **CN, period=M4,
       note="其中: part of China's trade; 今年前4个月 of the line governs")
g.fact("7.67万亿元，同比增长10.6%", "10.6%", value=10.6, unit="%", kind="growth",
       metric="出口", metric_alts=EXP_ALTS + ["出口增速"], **CN, period=M4, comparison="yoy")
g.fact("进口5.65万亿元", "5.65万亿元", value=5.65e12, unit="CNY", kind="amount",
       metric="进口", metric_alts=IMP_ALTS, **CN, period=M4)
g.fact("同比增长0.02%", "0.02%", value=0.02, unit="%", kind="growth", metric="进口",
       metric_alts=IMP_ALTS + ["进口增速"], **CN, period=M4, comparison="yoy")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("\n今年1—4月，随着", "今年1—4月", PERIOD_NOTE + " (no number follows in its line)")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("\n今年前4个月，我国对“一带一路”", "今年前4个月", PERIOD_NOTE)
g.neg("，我国对“一带一路”沿线国家进出口4.61", "一带一路", BRI_NOTE)
BRI = "对“一带一路”沿线国家进出口"
BRI_ALTS = ["对一带一路沿线国家进出口", "对“一带一路”沿线国家进出口额", "对一带一路沿线国家进出口额",
            "“一带一路”沿线国家进出口", "一带一路沿线国家进出口", "对沿线国家进出口",
            "与“一带一路”沿线国家进出口", "我国对“一带一路”沿线国家进出口"]
BRI_SUBJ = partner("“一带一路”沿线国家", "一带一路沿线国家")
g.fact("沿线国家进出口4.61万亿元", "4.61万亿元", value=4.61e12, unit="CNY", kind="amount",
       metric=BRI, metric_alts=BRI_ALTS, **BRI_SUBJ, period=M4,
       note="China's trade with the Belt-and-Road countries → subject 中国, the partners as "
            "alts (as the partner figures in nw_yicai_20220413)")
g.fact("4.61万亿元，同比增长16%", "16%", value=16, unit="%", kind="growth", metric=BRI,
       metric_alts=BRI_ALTS + ["对“一带一路”沿线国家进出口增速"], **BRI_SUBJ, period=M4,
       comparison="yoy")
g.neg("等中亚五国", "五国", "fixed name 中亚五国 (the five Central Asian states), naming the "
      "partner group, not a count claim (as in nw_cctv_20200104_xinjiang_ports_2019)")
C5 = "对中亚五国进出口"
g.fact("分别增长37.4%和9.6%", "37.4%", value=37.4, unit="%", kind="growth", metric=C5,
       metric_alts=["对哈萨克斯坦等中亚五国进出口", "与中亚五国进出口", "中亚五国进出口",
                    "对中亚五国进出口增速", "对中亚五国进出口额"],
       **partner("中亚五国", "哈萨克斯坦等中亚五国", "哈萨克斯坦"), period=M4,
       comparison="yoy",
       note="分别: 对中亚五国 ↔ 37.4%, 对西亚北非国家 ↔ 9.6% (head 进出口 restored); 其中: part "
            "of the Belt-and-Road trade; 今年前4个月 of the line governs; growth → yoy")
WANA = "对西亚北非国家进出口"
g.fact("分别增长37.4%和9.6%", "9.6%", value=9.6, unit="%", kind="growth", metric=WANA,
       metric_alts=["对沙特阿拉伯等西亚北非国家进出口", "与西亚北非国家进出口", "西亚北非国家进出口",
                    "对西亚北非国家进出口增速", "对西亚北非国家进出口额"],
       **partner("西亚北非国家", "沙特阿拉伯等西亚北非国家", "沙特阿拉伯"), period=M4,
       comparison="yoy")
ASEAN = "对东盟进出口"
ASEAN_ALTS = ["与东盟进出口", "对东盟进出口额", "东盟进出口", "中国对东盟进出口", "我国对东盟进出口",
              "对东盟贸易"]
g.fact("东盟进出口2.09万亿元", "2.09万亿元", value=2.09e12, unit="CNY", kind="amount",
       metric=ASEAN, metric_alts=ASEAN_ALTS, **partner("东盟"), period=SAME,
       note="同期 = the same Jan-Apr 2023")
g.fact("2.09万亿元，同比增长13.9%", "13.9%", value=13.9, unit="%", kind="growth",
       metric=ASEAN, metric_alts=ASEAN_ALTS + ["对东盟进出口增速"], **partner("东盟"),
       period=SAME, comparison="yoy")
g.fact("外贸总值的15.7%", "15.7%", value=15.7, unit="%", kind="share",
       metric="对东盟进出口占外贸总值比重",
       metric_alts=["对东盟进出口占我国外贸总值比重", "对东盟进出口占我国外贸总值的比重",
                    "占我国外贸总值比重", "占我国外贸总值的比重", "占外贸总值比重", "东盟占比",
                    "对东盟进出口占比", "对东盟进出口占外贸总值的比重"],
       **partner("东盟"), period=SAME)
g.fact("我国第一大贸易伙伴", "第一", value=1, unit="rank", kind="rank", scope="贸易伙伴",
       metric=ASEAN,
       metric_alts=["贸易伙伴", "第一大贸易伙伴", "贸易伙伴排名", "对东盟进出口排名",
                    "对东盟进出口额", "与东盟进出口", "进出口", "进出口额", "主要贸易伙伴"],
       **partner("东盟"), period=SAME,
       note="ASEAN is (依然) China's largest trading partner → rank 1 among China's trading "
            "partners (scope 贸易伙伴), by trade value; subject 中国, the ranked partner as "
            "alt, span 第一 (as in nw_yicai_20220413); 同期 of the sentence governs")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("“一带一路”倡议提出", "一带一路", BRI_NOTE)
g.neg("倡议提出十年以来", "十年以来",
      PERIOD_NOTE + " (the ten years since the initiative was proposed in 2013; no number "
      "follows in its sentence; not a 10-year duration fact, as 近三年来 in README §2)")
g.neg("东盟、“一带一路”沿线国家及RCEP", "一带一路", BRI_NOTE)
g.neg("东盟、“一带一路”沿线国家的互联互通", "一带一路", BRI_NOTE)

# ---- line 7 ----------------------------------------------------------------------------
g.neg("\n今年前4个月，我国电动载人汽车", "今年前4个月", PERIOD_NOTE)
g.neg("太阳能电池“新三样”产品", "新三样", THREE_NOTE)
NEW3 = "“新三样”产品出口"
NEW3_ALTS = ["新三样产品出口", "“新三样”出口", "新三样出口", "“新三样”产品合计出口",
             "新三样产品合计出口", "电动载人汽车、锂电池、太阳能电池出口",
             "电动载人汽车、锂电池、太阳能电池“新三样”产品出口", "“新三样”产品出口额", "出口"]
NEW3_SUBJ = dict(subject="中国", subject_alts=CN_ALTS + ["“新三样”产品", "新三样"])
g.fact("合计出口3534.8亿元", "3534.8亿元", value=3534.8e8, unit="CNY", kind="amount",
       metric=NEW3, metric_alts=NEW3_ALTS, **NEW3_SUBJ, period=M4,
       note="合计 'together': the one total of the three products → one fact; product-level "
            "figure of the country → 中国 (as the sector figures of README §4)")
g.fact("3534.8亿元，同比增长72%", "72%", value=72, unit="%", kind="growth", metric=NEW3,
       metric_alts=NEW3_ALTS + ["“新三样”产品出口增速"], **NEW3_SUBJ, period=M4,
       comparison="yoy")
g.fact("出口全球200多个国家和地区", "200多个", value=200, unit="count", kind="count",
       bound="gt", classifier="个", metric="出口国家和地区",
       metric_alts=["出口国家和地区数量", "国家和地区", "出口目的地", "出口市场",
                    "“新三样”产品出口国家和地区", "新三样出口国家和地区", "出口全球国家和地区"],
       **NEW3_SUBJ, period=M4,
       note="200多个 → 200 gt (多 inside the span); the countries the three products are "
            "exported to (as 出口80多个国家和地区 in nw_cctv_20241020)")
g.fact("拉高了出口整体增速2.1个百分点", "2.1个百分点", value=2.1, unit="pp", kind="change",
       metric="“新三样”产品拉高出口整体增速",
       metric_alts=["拉高出口整体增速", "拉高了出口整体增速", "新三样产品拉高出口整体增速",
                    "“新三样”拉高出口整体增速", "新三样拉高出口整体增速", "拉动出口增长",
                    "“新三样”产品拉动出口增长", "对出口增长的拉动", "出口整体增速", "出口增速"],
       **NEW3_SUBJ, period=M4, comparison="yoy",
       note="拉高…增速 X 个百分点: the products' pp contribution to the growth of China's "
            "exports → change in pp, comparison that of the growth it adds to (yoy), as "
            "拉动…增长 in nw_yicai_20220413 / nw_21cbh_20210917")
g.neg("以外贸“新三样”为代表", "新三样", THREE_NOTE)

# ---- line 8 ----------------------------------------------------------------------------
g.neg("\n今年前4个月，我国有进出口实绩", "今年前4个月", PERIOD_NOTE)
PRIV_SUBJ = dict(subject="中国", subject_alts=CN_ALTS + ["民营企业", "我国民营企业"])
FIRMS = "有进出口实绩的民营企业"
FIRMS_ALTS = ["有进出口实绩的民营企业数量", "民营企业", "民营企业数量", "有进出口实绩民营企业",
              "外贸民营企业", "有进出口实绩的民营企业增量"]
g.fact("民营企业41.5万家", "41.5万家", value=41.5e4, unit="count", kind="count",
       classifier="家", metric=FIRMS, metric_alts=FIRMS_ALTS[:5], **PRIV_SUBJ, period=M4,
       note="the firms that traded in the period (有进出口实绩: the qualifier defines the set, "
            "part of the metric); sector-level count of the country → 中国, the firms as alts "
            "(README §4)")
g.fact("同比增加8.9%", "8.9%", value=8.9, unit="%", kind="growth", metric=FIRMS,
       metric_alts=FIRMS_ALTS[:5] + ["有进出口实绩的民营企业增速", "民营企业数量增速"],
       **PRIV_SUBJ, period=M4, comparison="yoy",
       note="增加 X% → relative change of the count → growth; 同比 → yoy")
PR = "民营企业进出口"
g.fact("民营企业进出口7.05万亿元", "7.05万亿元", value=7.05e12, unit="CNY", kind="amount",
       metric=PR, metric_alts=["民营企业进出口额", "民营企业进出口值", "民企进出口", "民营企业外贸"],
       **PRIV_SUBJ, period=M4)
g.fact("外贸总值的52.9%", "52.9%", value=52.9, unit="%", kind="share",
       metric="民营企业进出口占外贸总值比重",
       metric_alts=["民营企业进出口占我国外贸总值比重", "民营企业进出口占我国外贸总值的比重",
                    "民营企业进出口占外贸总值的比重", "占我国外贸总值比重", "占我国外贸总值的比重",
                    "占外贸总值比重", "民营企业占比", "民营企业进出口占比", "民企占比"],
       **PRIV_SUBJ, period=M4)

# ---- line 9 ----------------------------------------------------------------------------
g.neg("等一系列政策措施", "一系列", "vague quantifier 一系列 (README §2)")

# ---- line 10 ---------------------------------------------------------------------------
MW = dict(subject="中西部地区", subject_alts=["我国中西部地区", "中西部", "中国中西部地区",
                                              "中国", "我国"])
g.fact("增速高出全国4.8个百分点", "4.8个百分点", value=4.8, unit="pp", kind="change",
       metric="中西部地区进出口增速",
       metric_alts=["进出口增速", "增速", "中西部地区进出口", "中西部地区外贸进出口增速",
                    "中西部进出口增速"],
       **MW, period=SINCE, period_alts=SINCE_ALTS, comparison="比全国",
       note="pp difference of growth rates (the region's vs the country's) → change, metric "
            "<metric>增速, comparison the surface basis 比全国 (as 高出全省外贸整体增速 in "
            "nw_21cbh_20210917); a region of the country → subject 中西部地区 (as in "
            "nw_cctv_20130427); 今年以来 → 2023-01-01..reference date (alt: the Jan-Apr "
            "data it reports; null)")
g.fact("规模占到18.4%", "18.4%", value=18.4, unit="%", kind="share",
       metric="中西部地区进出口占比",
       metric_alts=["中西部地区外贸进出口占比", "中西部地区进出口规模占比", "规模占比",
                    "中西部地区进出口占全国比重", "中西部地区进出口占我国外贸总值比重",
                    "中西部地区进出口占外贸总值比重", "中西部地区进出口规模", "占比"],
       **MW, period=SINCE, period_alts=SINCE_ALTS,
       note="规模占到 X%: the region's share of China's trade (the next sentence calls it "
            "中西部地区外贸进出口占比) → share; 创历史同期新高 is qualitative (no numeral)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-10 (917 "
    "characters, a byte copy made by code): a short 新闻联播 item (under 2,000 characters), "
    "so all of it is taken. Date: 2023-05-09, the broadcast date given by the source meta "
    "(INDEX.tsv, daily transcript news/20230509.md and the 查看原文 URL) and stated in the "
    "text: 海关总署今天（5月9日）公布 — customs released the January-April 2023 trade data on "
    "9 May 2023. 今年 = 2023; 前四个月 / 前4个月 / 今年前4个月 / 今年1—4月 / 同期 = "
    "2023-01-01..2023-04-30; 今年以来 = 2023-01-01..2023-05-09 (alt: the Jan-Apr data). "
    "Place: 中国 (national release; 我国 → 中国). Subjects: China owns its trade with each "
    "partner (对X进出口; partner as alt, as in nw_yicai_20220413), the private firms' and "
    "the “新三样” figures (sector/product level, README §4); 中西部地区 owns its growth gap "
    "and share (a region). Title: line 1 as written. Periods: a line is a paragraph; every "
    "number-bearing line opens with a period, line 10 with 今年以来. Judgement calls: "
    "中亚五国 → negative (fixed group name, as in nw_cctv_20200104); 十年以来 → negative "
    "(period expression, not a duration); 拉高了出口整体增速2.1个百分点 → change pp, yoy (as "
    "拉动 in the other trade golds); 有进出口实绩的民营企业41.5万家 → count, 同比增加8.9% → "
    "growth of the count; 东盟依然是我国第一大贸易伙伴 → rank 1 (scope 贸易伙伴); "
    "增速高出全国4.8个百分点 → comparison 比全国. Negatives: 前四个月, 前4个月, 今年前4个月 "
    "×4, 今年1—4月 (periods), 十年以来, 5月9日 (date), 一带一路 ×4 (name), 中亚五国's 五国, "
    "新三样 ×2 (label), 一系列. Lexicalized, not listed: 进一步.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
