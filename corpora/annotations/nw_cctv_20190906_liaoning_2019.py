"""Gold annotations for nw_cctv_20190906_liaoning_2019 (corpora/).

央视网消息（新闻联播）, 2019-09-06: 【壮丽70年 奋斗新时代——推动高质量发展调研行】辽宁：加快打造
对外开放新前沿.  The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20190906_liaoning_2019.txt (a short 新闻联播 item, so all of it
is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20190906_liaoning_2019.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20190906_liaoning_2019"
PLACE = "辽宁省"
REF = "2019-09-06"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "辽宁：加快打造对外开放新前沿"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BRI_NOTE = "initiative name 一带一路 (Belt and Road), not a quantity"

# Periods (reference date 2019-09-06, the broadcast date)
H1 = P("今年上半年", "2019-01-01", "2019-06-30")
SEP5 = P("9月5日", "2019-09-05", "2019-09-05")
RECENT = P("近日", None, REF)
RECENT_ALTS = [P("近日", REF, REF), P("近日", None, None)]
Y18 = P("2018年", "2018-01-01", "2018-12-31")
SINCE18 = P("2018年以来", "2018-01-01", REF)
SINCE18_ALTS = [P("2018年以来", "2018-01-01", None), P("2018年以来", "2018-01-01", "2019-06-30"),
                P("2018年以来", "2018-01-01", "2019-07-31"), P("2018年以来", REF, REF)]

LN = dict(subject="辽宁省", subject_alts=["辽宁"])
DLG = dict(subject="大连港", subject_alts=["大连港集团", "辽宁自贸试验区大连片区"])

# ---- line 1: title ---------------------------------------------------------------------
g.neg("【壮丽70年", "70年", "column slogan 壮丽70年 (the 70th anniversary of the PRC), a label, "
      "not a duration fact")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("融入国家“一带一路”建设", "一带一路", BRI_NOTE)

# ---- line 3: no numerals ---------------------------------------------------------------

# ---- line 4 ----------------------------------------------------------------------------
g.neg("借助“一带一路”", "一带一路", BRI_NOTE)

# ---- line 5 ----------------------------------------------------------------------------
g.neg("今年上半年，辽宁对", "今年上半年", PERIOD_NOTE)
g.neg("辽宁对“一带一路”国家", "一带一路", BRI_NOTE + " (part of the market 对…国家出口)")
g.fact("国家出口增长11.5%", "11.5%", value=11.5, unit="%", kind="growth",
       metric="对“一带一路”国家出口",
       metric_alts=["对一带一路国家出口", "对“一带一路”沿线国家出口", "对一带一路沿线国家出口",
                    "对“一带一路”国家出口额", "对一带一路国家出口额",
                    "对“一带一路”国家出口增速", "对一带一路国家出口增速", "出口"],
       **LN, period=H1, comparison="yoy", note="growth without basis → yoy; H1 2019")
g.neg("9月5日，总投资", "9月5日", "date (the signing day; becomes `period`), not a fact")
g.fact("总投资120亿美元", "120亿美元", value=1.2e10, unit="USD", kind="amount",
       metric="总投资",
       metric_alts=["石化产业项目总投资", "项目总投资", "石化项目总投资", "石化产业项目投资",
                    "投资", "投资额"],
       subject="石化产业项目", subject_alts=["石化项目", "辽宁省", "辽宁"],
       period=SEP5, period_alts=[P("9月5日", None, None)], modality="target",
       note="a project's total investment, signed only as a framework agreement (签署了落户"
            "辽宁的框架协议) → planned, modality target; the project owns the number, the host "
            "province as an alt; 亿美元 → USD ×1e8; period the signing day 9月5日 (2019)")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("今年上半年，辽宁省新设立", "今年上半年", PERIOD_NOTE)
g.fact("外商投资企业296家", "296家", value=296, unit="count", kind="count", classifier="家",
       metric="新设立外商投资企业",
       metric_alts=["外商投资企业", "新设外商投资企业", "新设立外商投资企业数量",
                    "外商投资企业增量", "外商投资企业数量增量", "新设立外资企业", "外资企业"],
       **LN, period=H1,
       note="新设立外商投资企业 is the statistical indicator (a flow), kept whole as in the "
            "新设立市场主体 gold; the noun and 增量 forms as alts")
FDI_ALTS = ["实际利用外资", "实际使用外资", "利用外资", "注册资本项下实际使用外资",
            "实际利用外资额"]
g.fact("实际利用外资12亿美元", "12亿美元", value=1.2e9, unit="USD", kind="amount",
       metric="注册资本项下实际利用外资", metric_alts=FDI_ALTS, **LN, period=H1,
       note="the qualifier 注册资本项下 (under registered capital) restricts the indicator, so "
            "it stays in the primary metric; 实际利用外资 as an alt")
g.fact("同比增长3.6%", "3.6%", value=3.6, unit="%", kind="growth",
       metric="注册资本项下实际利用外资",
       metric_alts=FDI_ALTS + ["注册资本项下实际利用外资增速", "实际利用外资增速"],
       **LN, period=H1, comparison="yoy",
       note="the growth of the amount just named (同比 → yoy); read as the growth of 实际利用外资, "
            "not of the firm count")

# ---- line 7 ----------------------------------------------------------------------------
g.fact("大连港40万吨级", "40万吨", value=4e5, unit="t", kind="amount",
       metric="矿石船吨级",
       metric_alts=["超大型矿石船吨级", "吨级", "船舶吨级", "载重吨位", "矿石船载重吨位",
                    "矿石船载重吨", "载重量", "超大型矿石船载重吨位"],
       subject="超大型矿石船",
       subject_alts=["矿石船", "大连港超大型矿石船", "大连港", "超大型矿石船舶"],
       period=RECENT, period_alts=RECENT_ALTS,
       note="ship class 40万吨级 = a vessel of 400,000 t (deadweight), a technical magnitude "
            "(README §2); span without the class suffix 级 (as 30万吨级航道 in the wr_jiangsu "
            "gold); 近日 → null..reference date (alts the instant, text only)")
g.fact("来自海外的40万吨矿石", "40万吨", value=4e5, unit="t", kind="amount",
       metric="矿石卸货量",
       metric_alts=["矿石", "卸下的矿石", "卸下矿石", "卸船矿石", "进口矿石", "海外矿石",
                    "混矿作业矿石", "矿石量", "矿石卸船量"],
       subject="大连港",
       subject_alts=["超大型矿石船", "矿石船", "大连港超大型矿石船", "码头堆场"],
       period=RECENT, period_alts=RECENT_ALTS,
       note="the ore the ship unloaded (卸下的…40万吨矿石) into 大连港's yard; the port as "
            "subject, the ship as an alt; 近日 as above")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("创新了一项可复制", "一项", "indefinite article 一项 ('an' experience), not a count")
g.neg("大连港2018年净增", "2018年", PERIOD_NOTE)
THRU_ALTS = ["吞吐量", "净增吞吐量", "吞吐量净增", "吞吐量净增量", "货物吞吐量增量",
             "港口吞吐量增量", "吞吐量增加", "货物吞吐量"]
g.fact("净增2000万吨吞吐量", "2000万吨", value=2e7, unit="t", kind="amount",
       metric="吞吐量增量", metric_alts=THRU_ALTS, **DLG, period=Y18,
       note="absolute change of a level (净增 'net increase') → <level>增量, signed + "
            "(SPEC §2); 万吨 ×1e4; 2018年 just before it")
g.fact("甩掉了亏损8000万元包袱", "8000万元", value=8e7, unit="CNY", kind="amount",
       metric="亏损",
       metric_alts=["亏损额", "亏损包袱", "甩掉亏损", "扭亏", "扭亏额", "减亏", "减亏额",
                    "亏损减少", "亏损减少额", "亏损增量"],
       **DLG, period=Y18,
       period_alts=[P("2018年", "2017-01-01", "2017-12-31"), P("2018年", None, None)],
       note="甩掉了亏损8000万元包袱: the loss of 8000万元 the port shook off → the level of the "
            "loss (value positive as written; the change reading 亏损增量 −8e7 is not "
            "asserted by the text); 2018年 governs (the year it was shed), the loss-year "
            "2017 and null as alts")
g.neg("2018年以来，辽宁与", "2018年以来", PERIOD_NOTE)
g.fact("进出口贸易总额突破446亿美元", "446亿美元", value=4.46e10, unit="USD",
       kind="amount", bound="gt", metric="与东北亚国家进出口贸易总额",
       metric_alts=["进出口贸易总额", "对东北亚国家进出口贸易总额", "与东北亚国家进出口总额",
                    "对东北亚国家进出口总额", "进出口总额", "进出口贸易额", "东北亚进出口贸易总额",
                    "对东北亚进出口"],
       **LN, period=SINCE18, period_alts=SINCE18_ALTS,
       note="突破 → gt; the trade is 辽宁与东北亚国家 (the partner restored into the metric); "
            "2018年以来 → a cumulative flow 2018-01-01..reference date (alts: open end, the "
            "end of H1 or July 2019 as the likely data cut-off, the stock instant)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): a short "
    "新闻联播 item, so all of it is taken. Title: the headline of line 1 without the column "
    "tag 【壮丽70年 奋斗新时代——推动高质量发展调研行】. Date: 2019-09-06, the broadcast date "
    "of the source meta (pubtime 2019-09-06 19:30); nothing contradicts it (9月5日 is the "
    "day before; 2018年/去年 = 2018). Place: 辽宁省 (a story about one province; 辽宁 → "
    "辽宁省). Subjects: the province owns the trade, FDI and firm figures; the 石化产业项目 "
    "owns its planned total investment (target: only a framework agreement was signed); "
    "大连港 owns the 2018 throughput increase and the shed loss; the 40万吨级 ore carrier "
    "owns its class (span without 级), the port the 40万吨 of ore. Periods: 今年上半年 = "
    "2019-01-01..2019-06-30; 9月5日 = 2019-09-05; 近日 = null..2019-09-06 (alts the "
    "instant, text only); 2018年 = the year 2018; 2018年以来 = 2018-01-01..2019-09-06 "
    "(cumulative trade; alts open end, H1/July 2019 cut-offs, instant). 净增2000万吨 → "
    "吞吐量增量 (SPEC §2). Negatives: 70年 (column slogan), 一带一路 ×3, 一项 (article), "
    "今年上半年 ×2, 9月5日, 2018年, 2018年以来.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 新闻联播 item, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
