"""Gold annotations for nw_yicai_20220413_china_trade_2022q1 (corpora/).

第一财经 article (新浪财经 repost), 2022-04-13: 一季度外贸同比增长10.7%，RCEP利好让东盟重回我国第一大
贸易伙伴.  The excerpt is the whole source, lines 1-21 of
shared/texts/news/nw_yicai_20220413_china_trade_2022q1.txt (2,229 characters, shorter than
2,500, so all of it is taken), copied by code from the source bytes, never retyped.  Facts
and negatives are written by hand from the text, sentence by sentence; every offset comes
from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_yicai_20220413_china_trade_2022q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_yicai_20220413_china_trade_2022q1"
PLACE = "中国"
REF = "2022-04-13"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 21                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "一季度外贸同比增长10.7%，RCEP利好让东盟重回我国第一大贸易伙伴"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
DATE_NOTE = "date on its own, not a fact"
OUTLET_NOTE = "outlet name 第一财经 (Yicai), not a rank"

# Periods (reference date 2022-04-13: 今年/一季度 = 2022, Q1 = 2022-01-01..2022-03-31)
Q1 = P("今年一季度", "2022-01-01", "2022-03-31")
Q1_BARE = P("一季度", "2022-01-01", "2022-03-31")
SAME = P("同期", "2022-01-01", "2022-03-31")
M2 = P("今年前2个月", "2022-01-01", "2022-02-28")
MAR = P("今年3月份", "2022-03-01", "2022-03-31")
Y2022 = P("2022年", "2022-01-01", "2022-12-31")
RCEP_Q = P("首季度以来", "2022-01-01", "2022-03-31")
RCEP_Q_ALTS = [P("首季度以来", "2022-01-01", REF), P("首季度以来", None, None)]
# the document's period (lead and title: 一季度 2022) for numbers whose line states no
# period before them; the null reading goes into period_alts (README §5)
DOC = dict(period=Q1_BARE, period_alts=[P("一季度", None, None)])
DOC_NOTE = ("no period expression before it in its line → the document's period (一季度 of "
            "the lead and title: 2022 Q1); null reading in period_alts")

CN_ALTS = ["我国", "全国"]
CN = dict(subject="中国", subject_alts=CN_ALTS)


def partner(*names):
    """China's trade with a partner: 中国 owns the statistic, the partner is an alt (as
    江苏's 对欧盟进出口 in nw_21cbh_20210917)."""
    return dict(subject="中国", subject_alts=CN_ALTS + list(names))


def trade_alts(p, verb=("对", "与")):
    base = [f"{v}{p}进出口" for v in verb]
    return base + [f"{v}{p}进出口额" for v in verb] + [f"{v}{p}贸易" for v in verb] + [
        f"{v}{p}进出口总值" for v in verb] + [f"{v}{p}进出口规模" for v in verb] + [
        f"中国对{p}进出口", f"我国对{p}进出口", f"我国与{p}进出口", f"{p}进出口"]


# ---- line 1 (lead sentence) ----------------------------------------------------------------
g.neg("一季度，我国货物贸易进出口同比增长超过", "一季度", PERIOD_NOTE)
TOTAL = "货物贸易进出口总值"
TOTAL_ALTS = ["货物贸易进出口", "进出口总值", "进出口", "外贸", "外贸进出口", "外贸进出口总值",
              "进出口总额", "货物贸易进出口总额", "货物贸易"]
g.fact("同比增长超过10%", "10%", value=10, unit="%", kind="growth", bound="gt",
       metric="货物贸易进出口", metric_alts=[TOTAL] + TOTAL_ALTS[1:], **CN,
       period=Q1_BARE, comparison="yoy",
       note="lead: 超过 → gt (outside the span); 同比 → yoy; 我国 → 中国; 一季度 = 2022 Q1")

# ---- line 2 --------------------------------------------------------------------------------
g.neg("13日，国务院", "13日", DATE_NOTE + " (day of the press conference = reference date)")
g.neg("举行2022年一季度进出口", "2022年一季度",
      "period expression inside the event name (2022年一季度进出口情况新闻发布会), not a fact")
g.neg("统计，今年一季度我国", "今年一季度", PERIOD_NOTE)
g.fact("进出口总值9.42万亿元人民币", "9.42万亿元", value=9.42e12, unit="CNY", kind="amount",
       metric=TOTAL, metric_alts=TOTAL_ALTS, **CN, period=Q1,
       note="元人民币: the unit 元 ends the span, the currency name 人民币 after it stays "
            "outside (value in CNY either way); 今年一季度 before it → 2022 Q1")
g.fact("同比增长10.7%", "10.7%", value=10.7, unit="%", kind="growth", metric=TOTAL,
       metric_alts=TOTAL_ALTS + ["货物贸易进出口总值增速", "进出口增速"], **CN, period=Q1,
       comparison="yoy")
EXP_ALTS = ["货物贸易出口", "出口额", "出口总值", "出口总额"]
IMP_ALTS = ["货物贸易进口", "进口额", "进口总值", "进口总额"]
g.fact("出口5.23万亿元", "5.23万亿元", value=5.23e12, unit="CNY", kind="amount",
       metric="出口", metric_alts=EXP_ALTS, **CN, period=Q1,
       note="其中: part of China's goods trade; 今年一季度 of the line governs")
g.fact("万亿元，增长13.4%", "13.4%", value=13.4, unit="%", kind="growth", metric="出口",
       metric_alts=EXP_ALTS + ["出口增速"], **CN, period=Q1, comparison="yoy",
       note="growth without basis → yoy")
g.fact("进口4.19万亿元", "4.19万亿元", value=4.19e12, unit="CNY", kind="amount",
       metric="进口", metric_alts=IMP_ALTS, **CN, period=Q1)
g.fact("万亿元，增长7.5%", "7.5%", value=7.5, unit="%", kind="growth", metric="进口",
       metric_alts=IMP_ALTS + ["进口增速"], **CN, period=Q1, comparison="yoy")

# ---- line 3 --------------------------------------------------------------------------------
g.neg("总的来看，今年一季度我国外贸", "今年一季度", PERIOD_NOTE)

# ---- line 4 --------------------------------------------------------------------------------
g.neg("接受第一财经记者采访", "第一财经", OUTLET_NOTE)
g.neg("具备一定的韧性", "一定", "adjective 一定 'a certain (degree of)', not a quantity")
ORDER_NOTE = "lexicalized 订单/抢单 'order(s) of goods'; 单 is not a numeral"
g.neg("国际局势、订单变化", "订单", ORDER_NOTE)

# ---- line 6: heading -----------------------------------------------------------------------
ASEAN_RANK_ALTS = ["贸易伙伴", "第一大贸易伙伴", "贸易伙伴排名", "对东盟进出口排名",
                   "对东盟进出口额", "与东盟进出口", "进出口", "进出口额", "主要贸易伙伴"]
g.fact("东盟重回第一大贸易伙伴", "第一", value=1, unit="rank", kind="rank",
       scope="贸易伙伴", metric="对东盟进出口", metric_alts=ASEAN_RANK_ALTS,
       **partner("东盟"), **DOC,
       note="heading: ASEAN is again China's largest trading partner → rank 1 among China's "
            "trading partners (scope 贸易伙伴), by trade value; subject 中国 as for the trade "
            "figure it ranks, the ranked partner 东盟 as alt (as 对欧盟进出口…排第一 in "
            "nw_21cbh_20210917); span 第一 without 大贸易伙伴 (as 经济第一大省 → 第一); "
            + DOC_NOTE)

# ---- line 7 --------------------------------------------------------------------------------
g.neg("进出口稳步增长。一季度，我国对前五大", "一季度", PERIOD_NOTE)
TOP5 = "东盟、欧盟、美国、韩国和日本"
g.fact("我国对前五大贸易伙伴", "前五", value=5, unit="rank", kind="rank", bound="le",
       scope="贸易伙伴", metric="贸易伙伴",
       metric_alts=["主要贸易伙伴", "前五大贸易伙伴", "贸易伙伴排名", "进出口", "进出口额",
                    f"对{TOP5}进出口", f"对{TOP5}进出口排名"],
       subject="中国",
       subject_alts=CN_ALTS + [TOP5, "东盟、欧盟、美国、韩国、日本", "东盟", "欧盟", "美国",
                               "韩国", "日本"],
       period=Q1_BARE, period_alts=[P("一季度", None, None)],
       note="judgement call: 前五大贸易伙伴 + the five names = the five are China's top-5 "
            "trading partners → one rank fact, 前N → le 5 (as 全国前三); span 前五 without "
            "大贸易伙伴; the partners as subject alts (one mention shared by five, as 位列前三 "
            "in nw_sina_20220427); 一季度 before it governs")
for p, val, ctx, tgt, first in [
        ("东盟", 8.4, "分别增长8.4%、", "8.4%", True),
        ("欧盟", 10.2, "、10.2%、", "10.2%", False),
        ("美国", 9.9, "、9.9%、", "9.9%", False),
        ("韩国", 12.3, "、12.3%和", "12.3%", False),
        ("日本", 1.8, "和1.8%，合计", "1.8%", False)]:
    g.fact(ctx, tgt, value=val, unit="%", kind="growth", metric=f"对{p}进出口",
           metric_alts=trade_alts(p) + [f"对{p}进出口增速"], **partner(p), period=Q1_BARE,
           comparison="yoy",
           note=("分别: 东盟, 欧盟, 美国, 韩国, 日本 ↔ the five values in order; China's "
                 "trade with each partner → subject 中国, the partner as alt; growth without "
                 "basis → yoy; 一季度 of the line governs") if first else None)
PULL = "前五大贸易伙伴拉动进出口整体增长"
g.fact("合计拉动进出口整体增长4.8个百分点", "4.8个百分点", value=4.8, unit="pp",
       kind="change", metric=PULL,
       metric_alts=["拉动进出口整体增长", "拉动进出口增长", "合计拉动进出口整体增长",
                    "前五大贸易伙伴拉动进出口增长", "对进出口增长的拉动",
                    "前五大贸易伙伴对进出口增长的拉动", "进出口增速", "进出口整体增速"],
       subject="中国", subject_alts=CN_ALTS + [TOP5, "前五大贸易伙伴"], period=Q1_BARE,
       comparison="yoy",
       note="拉动…增长 X 个百分点: the five partners' joint pp contribution to the growth of "
            "China's trade → change in pp, comparison that of the growth it adds to (yoy), as "
            "民企拉动进出口增长 in nw_21cbh_20210917")

# ---- line 8 --------------------------------------------------------------------------------
g.neg("李魁文介绍，今年前2个月", "今年前2个月", PERIOD_NOTE)
GAP = "对东盟与对欧盟进出口差距"
g.fact("东盟以约30亿元人民币", "30亿元", value=3e9, unit="CNY", kind="amount",
       bound="approx", metric=GAP,
       metric_alts=["差距", "规模差距", "东盟与欧盟差距", "东盟落后欧盟", "与欧盟的差距",
                    "对东盟进出口落后对欧盟进出口", "东盟与欧盟进出口规模差距",
                    "对东盟与对欧盟进出口之差", "对东盟进出口"],
       subject="中国", subject_alts=CN_ALTS + ["东盟", "欧盟", "东盟与欧盟", "东盟和欧盟"],
       period=M2,
       note="the gap by which China's trade with ASEAN trailed that with the EU in Jan-Feb "
            "(an amount gap, as 高出美国200亿元 in nw_21cbh_20210917); 约 → approx; "
            "人民币 after 元 outside the span; 今年前2个月 = 2022-01-01..2022-02-28")
g.fact("暂居我第二大贸易伙伴", "第二", value=2, unit="rank", kind="rank", scope="贸易伙伴",
       metric="对东盟进出口", metric_alts=ASEAN_RANK_ALTS + ["第二大贸易伙伴"],
       **partner("东盟"), period=M2,
       note="ASEAN was China's second largest partner in Jan-Feb (暂居 'for the time "
            "being') → rank 2; subject as for the heading's 第一")
g.neg("从一季度数据来看", "一季度", PERIOD_NOTE)
ASEAN = "对东盟进出口"
ASEAN_ALTS = trade_alts("东盟")
g.fact("对东盟进出口达到了1.35万亿元", "1.35万亿元", value=1.35e12, unit="CNY",
       kind="amount", metric=ASEAN, metric_alts=ASEAN_ALTS, **partner("东盟"),
       period=Q1_BARE, note="从一季度数据来看 → 2022 Q1; 达到了 → eq")
g.fact("万亿元，同比增长8.4%", "8.4%", value=8.4, unit="%", kind="growth", metric=ASEAN,
       metric_alts=ASEAN_ALTS + ["对东盟进出口增速"], **partner("东盟"), period=Q1_BARE,
       comparison="yoy", note="restates line 7's 8.4%: its own mention, its own fact")
g.fact("占我国外贸总值的14.4%", "14.4%", value=14.4, unit="%", kind="share",
       metric="对东盟进出口占外贸总值比重",
       metric_alts=["对东盟进出口占我国外贸总值比重", "对东盟进出口占我国外贸总值的比重",
                    "占我国外贸总值比重", "占外贸总值比重", "占外贸总值的比重", "东盟占比",
                    "对东盟进出口占比", "对东盟进出口占外贸总值的比重", "东盟占我国外贸总值比重"],
       **partner("东盟"), period=Q1_BARE)
EU = "对欧盟进出口"
g.fact("对欧盟进出口1.31万亿元", "1.31万亿元", value=1.31e12, unit="CNY", kind="amount",
       metric=EU, metric_alts=trade_alts("欧盟"), **partner("欧盟"), period=SAME,
       note="同期 = the same 2022 Q1")
g.fact("重新成为我第一大贸易伙伴", "第一", value=1, unit="rank", kind="rank",
       scope="贸易伙伴", metric="对东盟进出口", metric_alts=ASEAN_RANK_ALTS,
       **partner("东盟"), period=Q1_BARE,
       note="1.35 > 1.31 万亿元 → ASEAN ranks first again in Q1 (从一季度数据来看 earlier in "
            "the line governs)")

# ---- line 9 --------------------------------------------------------------------------------
g.neg("进出口增长，一是《", "一是", "list marker 一是 (first point), not a quantity")
g.neg("海关数据显示，一季度我国与东盟", "一季度", PERIOD_NOTE)
RCEP_SHARE = "与东盟进出口规模占与RCEP贸易伙伴外贸规模比重"
RCEP_SHARE_ALTS = ["与东盟进出口规模占与RCEP贸易伙伴外贸规模的比重",
                   "我国与东盟进出口规模占与RCEP贸易伙伴外贸规模比重",
                   "对东盟进出口占与RCEP贸易伙伴外贸规模比重",
                   "对东盟进出口占与RCEP贸易伙伴进出口比重", "占与RCEP贸易伙伴外贸规模比重",
                   "占与RCEP贸易伙伴外贸规模的比重", "东盟占RCEP贸易伙伴外贸比重", "占比",
                   "东盟占比", "与东盟进出口占比", "对东盟进出口占比"]
g.fact("外贸规模的47.2%", "47.2%", value=47.2, unit="%", kind="share", metric=RCEP_SHARE,
       metric_alts=RCEP_SHARE_ALTS, **partner("东盟", "RCEP贸易伙伴"), period=Q1_BARE,
       note="ASEAN's share of China's trade with its RCEP partners; 一季度 before it")
g.fact("占比接近一半", "一半", value=50, unit="%", kind="share", bound="approx",
       metric=RCEP_SHARE, metric_alts=RCEP_SHARE_ALTS, **partner("东盟", "RCEP贸易伙伴"),
       period=Q1_BARE,
       note="judgement call: 占比接近一半 restates 47.2% in words; a quantity of its own "
            "(一半 = 50%, 接近 → approx, outside the span), as 一半 → share 50 in the "
            "nw_cctv_20170805 gold; not an idiom like 半壁江山")

# ---- line 10 -------------------------------------------------------------------------------
g.neg("霍建国对第一财经记者表示，受", "第一财经", OUTLET_NOTE)

# ---- line 11 -------------------------------------------------------------------------------
g.neg("RCEP实施首季度以来", "首季度以来",
      PERIOD_NOTE + " (the first quarter since RCEP took effect on 2022-01-01 → 2022 Q1; "
      "alts: from then to the reference date, null)")
RCEP_EXP = partner("出口企业", "我国出口企业", "RCEP")
CERT = "申领RCEP原产地证书和开具原产地声明"
g.fact("原产地声明10.9万份", "10.9万份", value=109000, unit="count", kind="count",
       classifier="份", metric=CERT,
       metric_alts=["RCEP原产地证书和原产地声明", "申领RCEP原产地证书和开具原产地声明数量",
                    "RCEP原产地证书", "原产地证书和原产地声明", "原产地证书",
                    "出口企业申领RCEP原产地证书和开具原产地声明", "申领原产地证书和开具原产地声明"],
       **RCEP_EXP, period=RCEP_Q, period_alts=RCEP_Q_ALTS,
       note="number of RCEP certificates of origin and declarations issued to China's "
            "exporters; the country owns the customs statistic, the exporters as alts; "
            "首季度以来 earlier in the line governs (2022 Q1)")
g.fact("、货值371.3亿元", "371.3亿元", value=371.3e8, unit="CNY", kind="amount",
       metric="RCEP原产地证书和原产地声明货值",
       metric_alts=["货值", "申领RCEP原产地证书和开具原产地声明货值", "RCEP项下出口货值",
                    "RCEP原产地证书货值", "原产地证书货值", "享惠出口货值"],
       **RCEP_EXP, period=RCEP_Q, period_alts=RCEP_Q_ALTS,
       note="value of the goods covered by those certificates and declarations")
g.fact("关税减让2.5亿元", "2.5亿元", value=2.5e8, unit="CNY", kind="amount",
       metric="可享受进口国关税减让",
       metric_alts=["进口国关税减让", "关税减让", "享受进口国关税减让", "出口享惠关税减让",
                    "RCEP项下出口关税减让", "可享受关税减让"],
       **RCEP_EXP, period=RCEP_Q, period_alts=RCEP_Q_ALTS,
       note="可享受: the tariff cut the certified exports are entitled to in the importing "
            "countries, computed by customs for the quarter → actual (a measured figure, "
            "not a plan or forecast)")
g.fact("享惠进口货值67.2亿元", "67.2亿元", value=67.2e8, unit="CNY", kind="amount",
       metric="RCEP项下享惠进口货值",
       metric_alts=["享惠进口货值", "RCEP享惠进口货值", "RCEP项下进口货值", "享惠进口"],
       **partner("RCEP"), period=RCEP_Q, period_alts=RCEP_Q_ALTS,
       note="imports into China under RCEP preferences; same period as the sentence before "
            "(the line's 首季度以来)")
g.fact("减让关税1.3亿元", "1.3亿元", value=1.3e8, unit="CNY", kind="amount",
       metric="RCEP项下减让关税",
       metric_alts=["减让关税", "关税减让", "RCEP项下进口减让关税", "享惠进口减让关税",
                    "RCEP项下关税减让"],
       **partner("RCEP"), period=RCEP_Q, period_alts=RCEP_Q_ALTS)

# ---- line 12 -------------------------------------------------------------------------------
g.neg("第二，互联互通", "第二", "list marker 第二 (second point, after 一是 in line 9)")
g.neg("有力保障了双方经贸", "双方", "anaphoric 双方 'both sides' (western China and ASEAN), not a count")
g.neg("相关数据显示，今年一季度", "今年一季度", PERIOD_NOTE)
CORRIDOR = dict(subject="西部陆海新通道",
                subject_alts=["西部陆海新通道铁海联运班列", "铁海联运班列", "中国", "我国"])
TEU = "铁海联运班列发送集装箱货物"
TEU_ALTS = ["发送集装箱货物", "集装箱货物", "西部陆海新通道铁海联运班列发送集装箱货物",
            "铁海联运班列发送集装箱", "集装箱发送量", "铁海联运班列集装箱发送量",
            "铁海联运班列发送集装箱货物量"]
g.fact("集装箱货物17万标箱", "17万标箱", value=170000, unit="count", kind="count",
       classifier="标箱", metric=TEU, metric_alts=TEU_ALTS, **CORRIDOR, period=Q1,
       note="标箱 (TEU) is the measure word → count, classifier 标箱; the corridor owns the "
            "figure (as a facility, README §4), the country as alt")
g.fact("同比增加了56.5%", "56.5%", value=56.5, unit="%", kind="growth", metric=TEU,
       metric_alts=TEU_ALTS + ["铁海联运班列发送集装箱货物增速"], **CORRIDOR, period=Q1,
       comparison="yoy", note="增加了 X% → relative change (growth), 同比 → yoy")
g.neg("56.5%。一季度，我与东盟", "一季度", PERIOD_NOTE)
g.fact("大幅增长了3.5倍", "3.5倍", value=3.5, unit="times", kind="ratio",
       metric="与东盟铁路运输进出口",
       metric_alts=["对东盟铁路运输进出口", "铁路运输进出口", "与东盟铁路运输进出口增长倍数",
                    "中国与东盟铁路运输进出口", "我与东盟铁路运输进出口", "铁路运输进出口增长倍数"],
       **partner("东盟"), period=Q1_BARE,
       note="增长N倍 → kind ratio, unit times, value as written, comparison null (as "
            "增长10.2倍 in nw_cctv_20240226); 我 = 我国 → 中国")

# ---- line 13 -------------------------------------------------------------------------------
MID_SHARE_ALTS = ["中间产品贸易占比", "与东盟中间产品进出口占与东盟外贸规模比重",
                  "与东盟中间产品进出口占与东盟外贸规模的比重", "中间产品进出口占比",
                  "中间产品贸易占与东盟外贸规模比重", "占我国与东盟外贸规模比重",
                  "占我国与东盟外贸规模的比重", "中间产品贸易", "与东盟中间产品进出口占比",
                  "中间产品贸易比重", "中间产品占比"]
g.fact("中间产品贸易超过了6成", "6成", value=60, unit="%", kind="share", bound="gt",
       metric="中间产品贸易占比", metric_alts=MID_SHARE_ALTS[1:],
       **partner("东盟", "区域产业链"), **DOC,
       note="超过了6成 → share > 60% (成 = 10%), gt; the share of intermediate goods in "
            "China-ASEAN trade (restated as 62% later in the line) → subject 中国, ASEAN as "
            "alt; " + DOC_NOTE)
g.neg("今年3月份东盟", "今年3月份", PERIOD_NOTE)
PMI_ALTS = ["制造业采购经理指数（PMI）", "PMI", "制造业PMI", "采购经理指数",
            "东盟国家制造业采购经理指数", "东盟国家制造业PMI", "东盟制造业PMI"]
g.fact("（PMI）为51.7", "51.7", value=51.7, unit="index", kind="amount",
       metric="制造业采购经理指数", metric_alts=PMI_ALTS,
       subject="东盟", subject_alts=["东盟国家", "东盟各国"], period=MAR,
       note="PMI (50 = no change) → unit index, kind amount, comparison null; the ASEAN "
            "countries own it (data by S&P Global); 今年3月份 = March 2022")
g.neg("保持增长。一季度，我国与东盟中间产品", "一季度", PERIOD_NOTE)
MID = "与东盟中间产品进出口"
g.fact("中间产品进出口8384亿元", "8384亿元", value=8384e8, unit="CNY", kind="amount",
       metric=MID,
       metric_alts=["中间产品进出口", "对东盟中间产品进出口", "我国与东盟中间产品进出口",
                    "与东盟中间产品贸易", "中间产品贸易", "中国与东盟中间产品进出口",
                    "与东盟中间产品进出口额"],
       **partner("东盟"), period=Q1_BARE)
g.fact("外贸规模的62%", "62%", value=62, unit="%", kind="share",
       metric="与东盟中间产品进出口占与东盟外贸规模比重", metric_alts=MID_SHARE_ALTS[:1] + MID_SHARE_ALTS[2:],
       **partner("东盟"), period=Q1_BARE,
       note="the exact figure behind 超过了6成 at the head of the line")

# ---- line 14 -------------------------------------------------------------------------------
g.neg("发布的2022年经济展望报告", "2022年",
      "year inside a report's name (2022年经济展望报告), not a fact")
g.neg("2022年初启动", "2022年初", DATE_NOTE + " (RCEP start)")
g.neg("是一个很好的机遇", "一个", "indefinite article 一个")

# ---- line 15 -------------------------------------------------------------------------------
g.fact("德国是我在欧盟内的第一大贸易国", "第一", value=1, unit="rank", kind="rank",
       scope="欧盟", metric="对德国进出口",
       metric_alts=["贸易伙伴", "贸易国", "第一大贸易国", "与德国进出口", "对德国进出口排名",
                    "进出口", "进出口额", "欧盟内贸易伙伴"],
       **partner("德国"), **DOC,
       note="Germany is China's largest trading partner within the EU → rank 1, scope 欧盟 "
            "(the ranking among EU members); subject 中国, the ranked partner as alt (as "
            "the heading's 第一); " + DOC_NOTE)
g.neg("贸易国，一季度我国与德国", "一季度", PERIOD_NOTE)
DE = "与德国进出口"
DE_ALTS = trade_alts("德国", ("与", "对"))
g.fact("与德国进出口3553.4亿元", "3553.4亿元", value=3553.4e8, unit="CNY", kind="amount",
       metric=DE, metric_alts=DE_ALTS, **partner("德国"), period=Q1_BARE)
g.fact("亿元，增长3.5%", "3.5%", value=3.5, unit="%", kind="growth", metric=DE,
       metric_alts=DE_ALTS + ["与德国进出口增速"], **partner("德国"), period=Q1_BARE,
       comparison="yoy")
g.fact("贸易规模的27.1%", "27.1%", value=27.1, unit="%", kind="share",
       metric="与德国进出口占与欧盟贸易规模比重",
       metric_alts=["与德国进出口占与欧盟贸易规模的比重", "占我与欧盟贸易规模比重",
                    "占我与欧盟贸易规模的比重", "占与欧盟贸易规模比重", "德国占比",
                    "与德国进出口占比", "对德国进出口占对欧盟进出口比重", "德国占中欧贸易比重"],
       **partner("德国"), period=Q1_BARE)
NFI = "与荷兰、法国、意大利进出口规模"
g.fact("进出口规模均超过1000亿元", "1000亿元", value=1000e8, unit="CNY", kind="amount",
       bound="gt", metric=NFI,
       metric_alts=["进出口规模", "与荷兰、法国、意大利进出口", "对荷兰、法国、意大利进出口",
                    "与荷兰进出口规模", "与法国进出口规模", "与意大利进出口规模",
                    "与荷兰进出口", "与法国进出口", "与意大利进出口"],
       subject="中国",
       subject_alts=CN_ALTS + ["荷兰、法国、意大利", "荷兰", "法国", "意大利"],
       period=SAME,
       note="均超过: one mention that holds for each of the three partners → one fact (as "
            "位列前三 in nw_sina_20220427); 超过 → gt; 同期 = 2022 Q1")
g.neg("从增速上看，一季度我国与西班牙", "一季度", PERIOD_NOTE)
g.fact("希腊等14个欧盟成员国", "14个", value=14, unit="count", kind="count",
       classifier="个", metric="进出口同比增速超两位数的欧盟成员国",
       metric_alts=["进出口增速超两位数的欧盟成员国", "进出口同比增速超过两位数的欧盟成员国",
                    "增速超两位数的欧盟成员国", "欧盟成员国", "进出口同比增速超10%的欧盟成员国",
                    "进出口同比增速超两位数的欧盟成员国数量"],
       subject="中国", subject_alts=CN_ALTS + ["欧盟", "西班牙、希腊等14个欧盟成员国"],
       period=Q1_BARE,
       note="count of the EU members with which China's trade grew by more than 10%; the "
            "growth threshold 超两位数 defines the counted set → part of the metric (SPEC "
            "§2, as 有11个省份超过万亿 in nw_sina_20220427)")
g.neg("同比增速超两位数", "两位数",
      "judgement call: threshold 超两位数 (> 10%) defining the set counted by 14个 (SPEC "
      "§2), not a fact of its own; the alternative reading (growth > 10% for each of the "
      "14 members) is rejected because the count is the claim")

# ---- line 17 -------------------------------------------------------------------------------
STREAK = P("自2020年第三季度起", "2020-07-01", "2022-03-31")
g.neg("自2020年第三季度起", "2020年第三季度",
      "date (start of the streak), not a fact; it dates the 七个季度")
g.fact("已连续七个季度实现", "七个季度", value=7 / 4, unit="year", kind="amount",
       metric="外贸进出口同比正增长持续时间",
       metric_alts=["连续实现同比正增长", "同比正增长持续时间", "外贸进出口连续同比正增长",
                    "连续同比正增长季度数", "外贸进出口同比正增长的季度数", "正增长持续时间",
                    "外贸进出口连续实现同比正增长"],
       **CN, period=STREAK, period_alts=[P("自2020年第三季度起", "2022-01-01", "2022-03-31"),
                                         P("自2020年第三季度起", None, None)],
       note="length of the streak (连续七个季度) → duration, a quarter = 1/4 year (SPEC §3: "
            "个月 = 1/12) → 1.75 year, as 连续43个月 in nw_sina_20220812; the streak runs "
            "2020 Q3 .. 2022 Q1 (seven quarters) → that span; the latest quarter and null as "
            "alts")

# ---- line 18 -------------------------------------------------------------------------------
g.neg("关系到下一步进出口", "下一步", "'the next step' (下一步), not a quantity")
g.neg("下半年有可能压力", "下半年", PERIOD_NOTE + " (no number follows it)")
g.neg("为出口抢单带来", "抢单", ORDER_NOTE)

# ---- line 19 -------------------------------------------------------------------------------
g.neg("12日，世贸组织", "12日", DATE_NOTE + " (WTO release day, 2022-04-12)")
g.neg("预计2022年全球", "2022年", PERIOD_NOTE)
WORLD = dict(subject="全球", subject_alts=["世界", "全世界", "世贸组织", "WTO"])
VOL_ALTS = ["全球商品贸易量", "商品贸易量增速", "全球商品贸易量增速", "贸易量", "世界商品贸易量"]
g.fact("贸易量将增长3.0%", "3.0%", value=3.0, unit="%", kind="growth",
       metric="商品贸易量", metric_alts=VOL_ALTS, **WORLD, period=Y2022,
       modality="forecast", comparison="yoy",
       note="预计…将增长 → forecast (the WTO's projection for 2022); world → subject 全球, "
            "the forecaster as alt")
g.fact("低于之前预测的4.7%", "4.7%", value=4.7, unit="%", kind="growth",
       metric="商品贸易量", metric_alts=VOL_ALTS, **WORLD, period=Y2022,
       modality="forecast", comparison="yoy",
       note="the WTO's earlier forecast of the same 2022 growth (之前预测的) → forecast, "
            "period 2022")

# ---- line 20 -------------------------------------------------------------------------------
g.neg("高成本压力三个因素", "三个",
      "appositive 三个 restating the three factors just named (外部需求、订单转移和高成本压力), "
      "a discourse count, not a measured quantity (as 两个方面 / 这两个 in other golds)")

g.neg("、订单转移和", "订单", ORDER_NOTE)
g.neg("外部订单确实", "订单", ORDER_NOTE)

# ---- line 21 -------------------------------------------------------------------------------
g.neg("霍建国对第一财经记者称", "第一财经", OUTLET_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-21 (2,229 "
    "characters, a byte copy made by code): shorter than 2,500 characters, so all of it is "
    "taken. Title: the article's headline from the shared meta/INDEX; the text starts with "
    "the lead, so the title is not in the excerpt (title_in_text=False). Date 2022-04-13: "
    "the feed date of the 新浪财经 repost (shared meta) and the text's 13日，国务院新闻办公室"
    "举行2022年一季度进出口情况新闻发布会 agree (the customs Q1 release); 12日 (the WTO "
    "forecast, published 2022-04-12) is consistent. 今年 = 2022, 一季度/今年一季度/同期 = "
    "2022-01-01..2022-03-31, 今年前2个月 = Jan-Feb 2022, 今年3月份 = March 2022, RCEP实施首"
    "季度以来 = 2022 Q1 (RCEP took effect 2022-01-01; alts up to the reference date, null). "
    "Place: a national story → 中国 (我国/我 → 中国, alts 我国, 全国). Subjects: China owns its "
    "trade with each partner (对/与X进出口), the partner in subject_alts, as in "
    "nw_21cbh_20210917; ranks of partners (第一/第二大贸易伙伴, 前五大, 欧盟内第一大贸易国) "
    "likewise, scope 贸易伙伴 / 欧盟; 西部陆海新通道 owns its container count; ASEAN owns "
    "its PMI (index); 全球 the WTO's forecasts (modality forecast). Lines with a number "
    "before any period word (heading line 6, 6成 in line 13, 第一 in line 15) take the "
    "document period 2022 Q1 with the null reading in period_alts. 连续七个季度 → duration "
    "1.75 year over 2020 Q3..2022 Q1. Judgement calls: 前五大贸易伙伴 → rank le 5; 接近一半 "
    "→ share 50 approx (restating 47.2%); 14个…增速超两位数 → count with the threshold in "
    "the metric, 两位数 negative; 可享受…关税减让2.5亿元 → actual; 三个因素 → negative "
    "(appositive). Negatives: periods and dates (一季度 ×7, 今年一季度 ×3, 2022年一季度, "
    "今年前2个月, 今年3月份, 首季度以来, 2020年第三季度, 下半年, 2022年 ×2, 2022年初, "
    "13日, 12日), 第一财经 ×3 (outlet), list markers 一是/第二, 一定, 一个, 下一步, 三个, "
    "两位数, 双方 (anaphoric), 订单 ×3 / 抢单 (lexicalized). shared/gold/check_gold.py "
    "reports two errors that are limits of its number reader, not of the gold: 一半 (it "
    "reads 1; 50 as in nw_cctv_20170805) and 七个季度 (季度 is not in its unit table; 1.75 "
    "year); czfacts check-gold accepts both. Lexicalized, not listed: 一些, 进一步, 之一 (none needed).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "第一财经 article, 新浪财经 repost via Rock-Candy-Tea/RSSHUB-PAGE)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
