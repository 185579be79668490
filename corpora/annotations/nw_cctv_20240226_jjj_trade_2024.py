"""Gold annotations for nw_cctv_20240226_jjj_trade_2024 (held-out: corpora/heldout/).

央视网消息（新闻联播）, 2024-02-26: 京津冀协同发展十周年 外贸总量连跨两个万亿台阶.
The excerpt is the whole source, lines 1-5 of
shared/texts/news/nw_cctv_20240226_jjj_trade_2024.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240226_jjj_trade_2024.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240226_jjj_trade_2024"
PLACE = "京津冀"
REF = "2024-02-26"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 5                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "京津冀协同发展十周年 外贸总量连跨两个万亿台阶"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = PERIOD_NOTE + " (here the comparison basis 较2014年, not a period of its own)"

# Periods (reference date 2024-02-26; 十年前的今天 = 2014-02-26, when 京津冀协同发展 became a
# national strategy).  十周年 / 十年间 / 十年来 = the ten years 2014..2023, the full years
# before the reference year (as 近三年, SPEC §4) — which are exactly the years the text
# compares (2014 → 2023); the literal 2014-02-26..2024-02-26 and null as alts.
def decade(word):
    return P(word, "2014-01-01", "2023-12-31")


def decade_alts(word):
    return [P(word, "2014-02-26", REF), P(word, None, REF), P(word, None, None)]


Y2014 = P("2014年", "2014-01-01", "2014-12-31")
Y2023 = P("2023年", "2023-01-01", "2023-12-31")

JJJ_ALTS = ["京津冀区域", "京津冀地区", "京津冀三地", "北京、天津、河北", "北京市、天津市、河北省",
            "区域", "京津冀协同发展"]
JJJ = dict(subject="京津冀", subject_alts=JJJ_ALTS)

TRADE = "外贸总值"
TRADE_ALTS = ["区域外贸总值", "外贸进出口总值", "外贸进出口", "进出口总值", "进出口", "外贸总量",
              "外贸", "京津冀区域外贸总值", "外贸进出口总额", "进出口总额"]
STEPS = "外贸总量连跨万亿台阶"
STEPS_ALTS = ["万亿台阶", "连跨万亿台阶", "跨越万亿台阶", "外贸总量跨越万亿台阶",
              "外贸总量跨越的万亿台阶", "外贸总量连跨的万亿台阶", "跨万亿台阶", "外贸总量万亿台阶",
              "外贸总量", "外贸总值", "万亿元台阶", "外贸总量跨越的万亿元台阶"]
STEPS_NOTE = ("连跨两个万亿台阶: the trade total crossed two trillion-yuan steps (3.74 → 5.03 "
              "万亿元: past 4 and 5 万亿) → a count, 2 个; the threshold 万亿 defines the "
              "counted steps → negative, part of the metric (SPEC §2)")

# ---- line 1: title ---------------------------------------------------------------------
g.neg("协同发展十周年 外贸", "十周年",
      "anniversary 十周年 (the tenth anniversary of 京津冀协同发展, 2024-02-26): an event "
      "label / period expression, not a quantity claim")
g.fact("外贸总量连跨两个万亿台阶\n央视网", "两个", value=2, unit="count", kind="count",
       classifier="个", metric=STEPS, metric_alts=STEPS_ALTS, **JJJ,
       period=decade("十周年"), period_alts=decade_alts("十周年") + [Y2023],
       note="title: " + STEPS_NOTE + "; 十周年 before it in the title line = the decade "
            "2014..2023 (alts: literal ten years to the reference date, null, 2023)")
g.neg("外贸总量连跨两个万亿台阶\n央视网", "万亿",
      "threshold defining the counted steps (metric of 两个), not a fact")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("十年前的今天", "十年前的今天", "date on its own (2014-02-26), not a fact")
g.neg("据海关统计，十年间", "十年间", PERIOD_NOTE)
g.neg("由2014年的3.74万亿元", "2014年", PERIOD_NOTE + " (inside a from/to pair)")
g.fact("由2014年的3.74万亿元", "3.74万亿元", value=3.74e12, unit="CNY", kind="amount",
       metric=TRADE, metric_alts=TRADE_ALTS, **JJJ, period=Y2014,
       note="the earlier value of a from/to pair (由…增至…): its own 2014年 governs it "
            "(SPEC §4), a flow → the year 2014; 区域 = 京津冀 → subject, metric 外贸总值 "
            "(区域外贸总值 as alt)")
g.neg("增至2023年的5.03万亿元", "2023年", PERIOD_NOTE + " (inside a from/to pair)")
g.fact("增至2023年的5.03万亿元", "5.03万亿元", value=5.03e12, unit="CNY", kind="amount",
       metric=TRADE, metric_alts=TRADE_ALTS, **JJJ, period=Y2023,
       note="the later value of the from/to pair: its own 2023年 → the year 2023; 增至 = the "
            "level reached, not an increment")
g.fact("万亿元，增长34.4%", "34.4%", value=34.4, unit="%", kind="growth",
       metric=TRADE, metric_alts=TRADE_ALTS + ["外贸总值增速", "区域外贸总值增速"], **JJJ,
       period=decade("十年间"), period_alts=decade_alts("十年间") + [Y2023],
       comparison="比2014年",
       note="growth of the 2023 total over 2014 (5.03 / 3.74 − 1 = 34.5 %, 34.4 % on "
            "unrounded data); the years inside the from/to pair govern only their own "
            "values (SPEC §4), so 十年间 (2014..2023) governs → that span; 2023 with "
            "basis 比2014年 accepted as an alt; comparison = the basis year 2014, not yoy")
g.fact("外贸总量连跨两个万亿台阶，协同", "两个", value=2, unit="count", kind="count",
       classifier="个", metric=STEPS, metric_alts=STEPS_ALTS, **JJJ,
       period=decade("十年间"), period_alts=decade_alts("十年间") + [Y2023],
       note="the title's claim restated: its own mention, its own fact; " + STEPS_NOTE
            + "; 十年间 earlier in the line governs")
g.neg("外贸总量连跨两个万亿台阶，协同", "万亿",
      "threshold defining the counted steps (metric of 两个), not a fact")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("重要支撑。十年来", "十年来", PERIOD_NOTE + " (no fact depends on it)")
g.neg("“新三样”", "新三样", "label 新三样 (electric vehicles, lithium batteries, solar "
      "cells as an export group), not a count")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("京津冀三地启动", "三地", "appositive 三地 'the three places' (京津冀 just named), not a "
      "quantity claim (as 二者/三者)")
g.neg("“最后一公里”", "一公里", "idiom 最后一公里 'the last mile', not a length")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("海关数据显示，2023年", "2023年", PERIOD_NOTE)
g.neg("经京津冀三地口岸", "三地", "appositive 三地 'the three places' (京津冀), not a quantity "
      "claim")
PORT = "口岸进出口"
PORT_ALTS = ["口岸进出口货物", "经京津冀三地口岸进出口货物", "经京津冀三地口岸进出口",
             "经京津冀口岸进出口货物", "口岸进出口货物值", "口岸进出口货值", "口岸进出口总值",
             "口岸进出口额", "进出口货物", "进出口货物总值", "进出口"]
PORT_SUBJ = dict(subject="京津冀",
                 subject_alts=JJJ_ALTS + ["京津冀三地口岸", "京津冀口岸", "口岸",
                                          "京津冀三地口岸进出口货物"])
g.fact("进出口货物3.08万亿元", "3.08万亿元", value=3.08e12, unit="CNY", kind="amount",
       metric=PORT, metric_alts=PORT_ALTS, **PORT_SUBJ, period=Y2023,
       note="goods traded through the ports of the three places (经京津冀三地口岸) in 2023; "
            "the ports belong to the region → subject 京津冀, the ports as alts")
g.neg("万亿元，较2014年增长28.3%", "2014年", BASIS_NOTE)
g.fact("较2014年增长28.3%", "28.3%", value=28.3, unit="%", kind="growth",
       metric=PORT, metric_alts=PORT_ALTS + ["口岸进出口增速", "口岸进出口货物增速"],
       **PORT_SUBJ, period=Y2023,
       period_alts=[decade("十年间"), P("2023年", "2014-01-01", "2023-12-31")],
       comparison="较2014年",
       note="growth of 2023 over 2014; 2023年 at the head of the line governs; the decade "
            "2014..2023 as an alt; comparison = the basis 较2014年")
g.neg("增长28.3%。十年来", "十年来", PERIOD_NOTE)
g.neg("数量由2014年的2个", "2014年", PERIOD_NOTE + " (inside a from/to pair)")
ZONE_ALTS = ["综合保税区数量", "综保区", "综保区数量", "综合保税区个数",
             "京津冀区域综合保税区", "京津冀区域综合保税区数量"]
g.fact("数量由2014年的2个", "2个", value=2, unit="count", kind="count", classifier="个",
       metric="综合保税区", metric_alts=ZONE_ALTS, **JJJ,
       period=P("2014年", "2014-12-31", "2014-12-31"),
       period_alts=[Y2014, P("2014年", None, None)],
       note="the earlier value of a from/to pair, governed by its own 2014年; a number of "
            "zones in operation is a stock → instant at the end of 2014 (the year and null "
            "as alts); counted noun as metric (README §3), 数量 in the alts")
g.fact("2个增至11个", "11个", value=11, unit="count", kind="count", classifier="个",
       metric="综合保税区", metric_alts=ZONE_ALTS, **JJJ,
       period=P("十年来", "2023-12-31", "2023-12-31"),
       period_alts=[P("十年来", REF, REF), decade("十年来"), P("十年来", "2014-02-26", REF),
                    P("十年来", None, REF), P("十年来", None, None)],
       note="the later value of the from/to pair: no year of its own, 十年来 (2014..2023) "
            "governs; a stock → instant at its end, 2023-12-31 (alts: the reference date, "
            "the literal spans, null); 增至 = the level reached")
ZT = "综合保税区外贸进出口"
ZT_ALTS = ["外贸进出口", "综合保税区进出口", "综合保税区进出口总值", "综保区外贸进出口",
           "综合保税区外贸进出口额", "综合保税区外贸进出口总值", "外贸进出口总值", "进出口",
           "京津冀区域综合保税区外贸进出口"]
ZT_SUBJ = dict(subject="京津冀",
               subject_alts=JJJ_ALTS + ["京津冀区域综合保税区", "综合保税区", "京津冀综合保税区",
                                        "综保区"])
g.fact("实现外贸进出口4513.3亿元", "4513.3亿元", value=4513.3e8, unit="CNY", kind="amount",
       metric=ZT, metric_alts=ZT_ALTS, **ZT_SUBJ,
       period=P("十年来", "2023-01-01", "2023-12-31"),
       period_alts=[decade("十年来"), P("十年来", "2014-02-26", REF), P("十年来", None, REF),
                    P("十年来", None, None)],
       note="the zones' trade in 2023: an annual level (it is compared with 2014 — 增长10.2倍 "
            "— and is 7.1 % of the national zones' 2023 total), not a ten-year sum → the year "
            "2023, although the governing expression is 十年来 (its literal 2014..2023 span "
            "and the other readings as alts); sector of the region → subject 京津冀, the zones "
            "as alts (README §4)")
g.neg("4513.3亿元，较2014年", "2014年", BASIS_NOTE)
g.fact("较2014年增长10.2倍", "10.2倍", value=10.2, unit="times", kind="ratio",
       metric=ZT, metric_alts=ZT_ALTS + [ZT + "增长倍数", "综合保税区进出口增长倍数"], **ZT_SUBJ,
       period=decade("十年来"),
       period_alts=decade_alts("十年来") + [P("十年来", "2023-01-01", "2023-12-31")],
       note="增长N倍 → kind ratio, unit times, value as written, comparison null (as "
            "增长3.3、1.4、1.1倍 in nw_chinanews); the change 2014 → 2023 under 十年来 → the "
            "decade span (2023 with basis 2014 as an alt)")
SH = ZT + "占全国综合保税区进出口总值比重"
SH_ALTS = ["占全国综合保税区进出口总值的比重", "占全国综合保税区进出口总值比重",
           "综合保税区进出口占全国综合保税区进出口总值比重", "综合保税区外贸进出口占全国比重",
           "综合保税区进出口占全国比重", "占全国比重", "全国占比", "占比",
           "综合保税区外贸进出口占比", "综合保税区进出口占比", "外贸进出口占全国综合保税区进出口总值比重",
           "占全国综合保税区进出口总值的7.1%", "京津冀综合保税区进出口占全国比重"]
g.fact("占全国综合保税区进出口总值的7.1%", "7.1%", value=7.1, unit="%", kind="share",
       metric=SH, metric_alts=SH_ALTS, **ZT_SUBJ,
       period=P("十年来", "2023-01-01", "2023-12-31"),
       period_alts=[decade("十年来"), P("十年来", "2014-02-26", REF), P("十年来", None, REF),
                    P("十年来", None, None)],
       note="share of a flow (the 2023 trade of the zones in the national zones' total) → "
            "the year 2023, as 4513.3亿元 (governing 十年来 readings as alts)")
g.fact("占比提升4.1个百分点", "4.1个百分点", value=4.1, unit="pp", kind="change",
       metric=SH, metric_alts=SH_ALTS, **ZT_SUBJ,
       period=decade("十年来"),
       period_alts=decade_alts("十年来") + [P("十年来", "2023-01-01", "2023-12-31")],
       comparison="较2014年",
       note="pp change of a share → the share's metric (README §3); the rise from 2014 to "
            "2023 under 十年来 → the decade span (2023 as an alt); basis 2014 (较2014年 of "
            "the same sentence)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-5 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2024-02-26, the "
    "broadcast date given by the source meta (file name of the daily transcript and the "
    "查看原文 URL); the text agrees: 十年前的今天，京津冀协同发展上升为国家战略 (2014-02-26), "
    "and the latest data are for the full year 2023. Place: the region 京津冀 (北京、天津、"
    "河北), which owns every figure (alts 京津冀区域/地区/三地, the three provinces; the "
    "ports and the 综合保税区 as alts for their figures, README §4). Periods: 2014年 / "
    "2023年 = those years (inside a from/to pair each governs only its own value; the stock "
    "2个 综合保税区 → instant 2014-12-31); 十周年 / 十年间 / 十年来 = the ten full years "
    "2014..2023 before the reference year (as 近三年, SPEC §4), which are the years the text "
    "compares; the literal 2014-02-26..2024-02-26 and null as alts. Growth over the decade "
    "(34.4%, 10.2倍, 4.1个百分点) takes the decade span, with 2023 as an alt; 28.3% takes "
    "its line's 2023年. Judgement call: 4513.3亿元 and 7.1% follow 十年来 in the text but are "
    "the zones' 2023 annual trade and its 2023 share of the national zones' trade (they are "
    "compared with 2014), so their gold period is 2023, the decade readings as alts; 11个 is "
    "the stock at the end of the decade (2023-12-31, alt the reference date). 两个 (连跨两个"
    "万亿台阶, title and line 2) is a count of trillion-yuan steps crossed (3.74 → 5.03 "
    "万亿元), the threshold 万亿 a negative. 增长10.2倍 → ratio 10.2 times. Negatives: "
    "十周年 (anniversary label), 十年前的今天 (date), 十年间/十年来 (periods), 2014年/2023年 "
    "(periods, bases), 万亿 ×2 (thresholds), 新三样 (label), 三地 ×2 (appositive), 一公里 "
    "(idiom 最后一公里).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
