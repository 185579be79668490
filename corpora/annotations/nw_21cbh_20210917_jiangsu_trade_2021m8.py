"""Gold annotations for nw_21cbh_20210917_jiangsu_trade_2021m8 (corpora/).

21世纪经济报道 (新浪财经 repost), 2021-09-17: 1-8月江苏外贸同增17.1%，民企拉动进出口增长9.6个百分点.
The excerpt is the whole source, lines 1-13 of
shared/texts/news/nw_21cbh_20210917_jiangsu_trade_2021m8.txt (a short news article, so all
of it is taken), copied by code from the source bytes, never retyped.  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_21cbh_20210917_jiangsu_trade_2021m8.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_21cbh_20210917_jiangsu_trade_2021m8"
PLACE = "江苏省"
REF = "2021-09-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 13                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "1-8月江苏外贸同增17.1%，民企拉动进出口增长9.6个百分点"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
OUTLET_NOTE = "outlet name 21世纪经济报道 (21st Century Business Herald), not a quantity"

# Periods (reference date 2021-09-17: 1-8月 = 2021-01-01..2021-08-31, cumulative; 同期 = the
# same Jan-Aug 2021 period; 同增/同比 = vs Jan-Aug 2020, a comparison, not a period)
M8 = P("1-8月", "2021-01-01", "2021-08-31")
SAME = P("同期", "2021-01-01", "2021-08-31")
# the document's period (title and lead: 1-8月, customs data for Jan-Aug 2021) for numbers
# whose line states no period before them; the null reading goes into period_alts
DOC = dict(period=P("1-8月", "2021-01-01", "2021-08-31"), period_alts=[P("1-8月", None, None)])
DOC_NOTE = ("no period expression before it in its line → the document's period (title/"
            "lead 1-8月 = Jan-Aug 2021); null reading in period_alts")

JS = dict(subject="江苏省", subject_alts=["江苏"])
JS_ALL = dict(subject="江苏省", subject_alts=["江苏", "江苏全省", "全省"])


def sector(*extra):
    """Figures of a trade mode / firm type / partner: the province owns them, the sector
    (as written) is an alt (README §4)."""
    return dict(subject="江苏省", subject_alts=["江苏"] + list(extra))


def yi(s):
    """亿元 amount → CNY."""
    return round(float(s.replace("亿元", "")) * 1e8)


TRADE = "外贸进出口值"
TRADE_ALTS = ["外贸进出口", "进出口", "外贸", "外贸进出口总值", "进出口总值", "外贸进出口额",
              "进出口额", "外贸总值", "外贸进出口总额", "进出口总额"]
TRADE_G_ALTS = TRADE_ALTS + ["外贸进出口值增速", "外贸增速", "进出口增速", "外贸进出口增速"]


def alts_g(alts, metric):
    return alts + [metric + "增速"]


# ---- line 1: 原标题 (the title) -------------------------------------------------------
g.neg("原标题：1-8月", "1-8月", PERIOD_NOTE + " (title)")
g.fact("江苏外贸同增17.1%", "17.1%", value=17.1, unit="%", kind="growth", metric=TRADE,
       metric_alts=TRADE_G_ALTS, **JS, period=M8, comparison="yoy",
       note="title: 江苏外贸 = 江苏省's foreign trade (the lead's 外贸进出口值); 同增 = 同比增长 "
            "→ yoy; 1-8月 before it in the title → Jan-Aug 2021")
PRIV_PULL = "民营企业拉动进出口增长"
PRIV_PULL_ALTS = ["民企拉动进出口增长", "拉动进出口增长", "民营企业拉动", "民企拉动",
                  "民营企业对进出口增长的拉动", "民企对进出口增长的拉动", "对进出口增长的拉动",
                  "民营企业进出口拉动进出口增长", "民营企业进出口拉动外贸增长", "进出口增速",
                  "外贸进出口值增速"]
PRIV_SUBJ = sector("民企", "民营企业", "江苏省民营企业", "江苏民企", "江苏民营企业")
g.fact("民企拉动进出口增长9.6个百分点", "9.6个百分点", value=9.6, unit="pp", kind="change",
       metric=PRIV_PULL, metric_alts=PRIV_PULL_ALTS, **PRIV_SUBJ, period=M8, comparison="yoy",
       note="拉动…增长 X 个百分点: the private firms' pp contribution to the growth of the "
            "province's trade → change in pp, comparison that of the growth it adds to (yoy; "
            "as 工业投资拉动全部投资增长 in nw_sina_20220812); sector-level figure → 江苏省, "
            "民企 as alt")

# ---- line 2 (lead) ---------------------------------------------------------------------
g.neg("21世纪经济报道记者 王海平", "21世纪", OUTLET_NOTE + " (byline)")
g.neg("据南京海关9月17日通报", "9月17日", "date of the customs release (= the reference date), "
      "not a fact")
g.neg("通报，1-8月江苏省", "1-8月", PERIOD_NOTE)
g.fact("外贸进出口值32878.4亿元", "32878.4亿元", value=yi("32878.4亿元"), unit="CNY",
       kind="amount", metric=TRADE, metric_alts=TRADE_ALTS, **JS, period=M8,
       note="江苏省 as written; 1-8月 before it in the line → Jan-Aug 2021")
g.fact("32878.4亿元，同增17.1%", "17.1%", value=17.1, unit="%", kind="growth", metric=TRADE,
       metric_alts=TRADE_G_ALTS, **JS, period=M8, comparison="yoy",
       note="the title's 17.1% restated in the lead: its own mention, its own fact; 同增 → yoy")
g.fact("占中国进出口总值的13.3%", "13.3%", value=13.3, unit="%", kind="share",
       metric="外贸进出口值占中国进出口总值比重",
       metric_alts=["占中国进出口总值比重", "占中国进出口总值的比重", "占全国进出口总值比重",
                    "外贸进出口值占全国进出口总值比重", "外贸进出口占全国比重", "进出口占全国比重",
                    "进出口总值占全国比重", "占全国比重", "全国占比", "外贸占全国比重",
                    "外贸进出口值占中国进出口总值的比重", "进出口占中国进出口总值比重"],
       **JS, period=M8,
       note="江苏's share of China's total trade over the same period (a share of a flow)")
EXP_ALTS = ["出口额", "出口值", "出口总值", "外贸出口", "出口总额"]
IMP_ALTS = ["进口额", "进口值", "进口总值", "外贸进口", "进口总额"]
g.fact("出口20310.4亿元", "20310.4亿元", value=yi("20310.4亿元"), unit="CNY", kind="amount",
       metric="出口", metric_alts=EXP_ALTS, **JS, period=M8,
       note="其中: part of 江苏's trade; 1-8月 of the line governs")
g.fact("20310.4亿元，增长18.6%", "18.6%", value=18.6, unit="%", kind="growth", metric="出口",
       metric_alts=EXP_ALTS + ["出口增速"], **JS, period=M8, comparison="yoy",
       note="growth without basis → yoy")
g.fact("进口12568亿元", "12568亿元", value=yi("12568亿元"), unit="CNY", kind="amount",
       metric="进口", metric_alts=IMP_ALTS, **JS, period=M8)
g.fact("12568亿元，增长14.7%", "14.7%", value=14.7, unit="%", kind="growth", metric="进口",
       metric_alts=IMP_ALTS + ["进口增速"], **JS, period=M8, comparison="yoy")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("一直处于结构优化调整中", "一直", "adverb 一直 'all along', not a quantity")
g.neg("从1-8月的数值看", "1-8月", PERIOD_NOTE)
GT = "一般贸易进出口"
GT_ALTS = ["一般贸易方式进出口", "一般贸易", "一般贸易进出口额", "一般贸易进出口值",
           "一般贸易方式进出口额"]
GT_SUBJ = sector("一般贸易", "江苏省一般贸易", "江苏一般贸易")
g.fact("一般贸易方式进出口18727.3亿元", "18727.3亿元", value=yi("18727.3亿元"), unit="CNY",
       kind="amount", metric=GT, metric_alts=GT_ALTS, **GT_SUBJ, period=M8,
       note="trade by mode 一般贸易 (方式 dropped from the primary, kept in alts); 从1-8月的"
            "数值看 → Jan-Aug 2021")
g.fact("18727.3亿元，增长24.3%", "24.3%", value=24.3, unit="%", kind="growth", metric=GT,
       metric_alts=alts_g(GT_ALTS, GT), **GT_SUBJ, period=M8, comparison="yoy")
GT_SHARE = "一般贸易进出口占外贸总值比重"
GT_SHARE_ALTS = ["一般贸易占比", "一般贸易进出口占比", "一般贸易占外贸总值比重",
                 "一般贸易方式进出口占外贸总值比重", "一般贸易进出口占外贸总值的比重",
                 "占外贸总值比重", "占外贸总值的比重", "一般贸易方式进出口占比",
                 "一般贸易进出口占进出口总值比重"]
g.fact("占外贸总值的57%", "57%", value=57, unit="%", kind="share", metric=GT_SHARE,
       metric_alts=GT_SHARE_ALTS, **GT_SUBJ, period=M8)
g.fact("57%，同比提高3.3个百分点", "3.3个百分点", value=3.3, unit="pp", kind="change",
       metric=GT_SHARE, metric_alts=GT_SHARE_ALTS, **GT_SUBJ, period=M8, comparison="yoy",
       note="pp change of a share → the share's metric (README §3); 同比 → yoy")
PT = "加工贸易进出口"
PT_ALTS = ["加工贸易", "加工贸易进出口额", "加工贸易进出口值", "加工贸易方式进出口"]
PT_SUBJ = sector("加工贸易", "江苏省加工贸易", "江苏加工贸易")
BL = "保税物流进出口"
BL_ALTS = ["保税物流", "保税物流进出口额", "保税物流进出口值", "保税物流方式进出口"]
BL_SUBJ = sector("保税物流", "江苏省保税物流", "江苏保税物流")
LIST_NOTE = ("A和B…X和Y…分别: 加工贸易 ↔ the first value, 保税物流 ↔ the second (each value "
             "with its own unit); 同期 = Jan-Aug 2021")
g.fact("进出口10293亿元和3544.9亿元", "10293亿元", value=yi("10293亿元"), unit="CNY",
       kind="amount", metric=PT, metric_alts=PT_ALTS, **PT_SUBJ, period=SAME, note=LIST_NOTE)
g.fact("进出口10293亿元和3544.9亿元", "3544.9亿元", value=yi("3544.9亿元"), unit="CNY",
       kind="amount", metric=BL, metric_alts=BL_ALTS, **BL_SUBJ, period=SAME)
g.fact("同增1.9%和38.4%", "1.9%", value=1.9, unit="%", kind="growth", metric=PT,
       metric_alts=alts_g(PT_ALTS, PT), **PT_SUBJ, period=SAME, comparison="yoy",
       note="同增 (同比增长) → yoy")
g.fact("同增1.9%和38.4%", "38.4%", value=38.4, unit="%", kind="growth", metric=BL,
       metric_alts=alts_g(BL_ALTS, BL), **BL_SUBJ, period=SAME, comparison="yoy")


def share_alts(item, short):
    return [f"{short}占比", f"{item}占比", f"{short}占外贸总值比重", f"{item}占外贸总值的比重",
            "占外贸总值比重", "占外贸总值的比重", f"{item}占进出口总值比重", "占比"]


g.fact("分别占31.3%和10.8%", "31.3%", value=31.3, unit="%", kind="share",
       metric="加工贸易进出口占外贸总值比重", metric_alts=share_alts(PT, "加工贸易"),
       **PT_SUBJ, period=SAME,
       note="分别占: shares of the same 外贸总值 as the 57% just before (elided) → "
            "X占外贸总值比重; 加工贸易 ↔ 31.3%, 保税物流 ↔ 10.8%")
g.fact("分别占31.3%和10.8%", "10.8%", value=10.8, unit="%", kind="share",
       metric="保税物流进出口占外贸总值比重", metric_alts=share_alts(BL, "保税物流"),
       **BL_SUBJ, period=SAME)

# ---- line 4 ----------------------------------------------------------------------------
g.neg("与之对应的是，1-8月", "1-8月", PERIOD_NOTE)
PR = "民营企业进出口"
PR_ALTS = ["民营企业进出口额", "民营企业进出口值", "民企进出口", "民营企业外贸",
           "民营企业外贸进出口"]
g.fact("民营企业进出口12315.2亿元", "12315.2亿元", value=yi("12315.2亿元"), unit="CNY",
       kind="amount", metric=PR, metric_alts=PR_ALTS, **PRIV_SUBJ, period=M8,
       note="江苏省民营企业: sector-level figure → 江苏省, the firms as alts (README §4)")
g.fact("12315.2亿元，同增28.1%", "28.1%", value=28.1, unit="%", kind="growth", metric=PR,
       metric_alts=alts_g(PR_ALTS, PR), **PRIV_SUBJ, period=M8, comparison="yoy")
g.fact("整体增速11个百分点", "11个百分点", value=11, unit="pp", kind="change",
       metric="民营企业进出口增速",
       metric_alts=["民营企业进出口", "民企进出口增速", "增速", "进出口增速",
                    "民营企业进出口同比增速", "民营企业外贸增速"],
       **PRIV_SUBJ, period=M8, comparison="比全省外贸整体",
       note="pp difference of growth rates (28.1% vs the province's 17.1%) → metric X增速, "
            "comparison the surface basis 比全省外贸整体 (as 比工业投资, README §6)")
g.fact("拉动进出口增长9.6个百分点，占外贸总值", "9.6个百分点", value=9.6, unit="pp",
       kind="change", metric=PRIV_PULL, metric_alts=PRIV_PULL_ALTS, **PRIV_SUBJ, period=M8,
       comparison="yoy", note="the title's 9.6 pp restated in the body: its own fact")
PR_SHARE = "民营企业进出口占外贸总值比重"
PR_SHARE_ALTS = share_alts(PR, "民营企业") + ["民企占比", "民企进出口占外贸总值比重",
                                              "民营企业进出口占外贸总值的比重"]
g.fact("占外贸总值的37.5%", "37.5%", value=37.5, unit="%", kind="share", metric=PR_SHARE,
       metric_alts=PR_SHARE_ALTS, **PRIV_SUBJ, period=M8)
g.fact("37.5%，同比提高3.3个百分点", "3.3个百分点", value=3.3, unit="pp", kind="change",
       metric=PR_SHARE, metric_alts=PR_SHARE_ALTS, **PRIV_SUBJ, period=M8, comparison="yoy",
       note="pp change of a share → the share's metric; 同比 → yoy")
FI = "外商投资企业进出口"
FI_ALTS = ["外商投资企业进出口额", "外商投资企业进出口值", "外资企业进出口", "外企进出口",
           "外商投资企业外贸"]
FI_SUBJ = sector("外商投资企业", "江苏省外商投资企业", "江苏外商投资企业", "外资企业")
g.fact("外商投资企业进出口17613.2亿元", "17613.2亿元", value=yi("17613.2亿元"), unit="CNY",
       kind="amount", metric=FI, metric_alts=FI_ALTS, **FI_SUBJ, period=SAME,
       note="同期 = Jan-Aug 2021; firm type → 江苏省 (README §4)")
g.fact("17613.2亿元，增长10.7%", "10.7%", value=10.7, unit="%", kind="growth", metric=FI,
       metric_alts=alts_g(FI_ALTS, FI), **FI_SUBJ, period=SAME, comparison="yoy")
g.fact("10.7%，占53.5%", "53.5%", value=53.5, unit="%", kind="share",
       metric="外商投资企业进出口占外贸总值比重",
       metric_alts=share_alts(FI, "外商投资企业") + ["外资企业占比"], **FI_SUBJ, period=SAME,
       note="占 X%: share of the same 外贸总值 (elided, as for 民营企业 just before)")
SOE = "国有企业进出口"
SOE_ALTS = ["国有企业进出口额", "国有企业进出口值", "国企进出口", "国有企业外贸"]
SOE_SUBJ = sector("国有企业", "江苏省国有企业", "江苏国有企业", "国企")
g.fact("国有企业进出口2945.3亿元", "2945.3亿元", value=yi("2945.3亿元"), unit="CNY",
       kind="amount", metric=SOE, metric_alts=SOE_ALTS, **SOE_SUBJ, period=SAME)
g.fact("2945.3亿元，增长16.2%", "16.2%", value=16.2, unit="%", kind="growth", metric=SOE,
       metric_alts=alts_g(SOE_ALTS, SOE), **SOE_SUBJ, period=SAME, comparison="yoy")
g.fact("16.2%，占9%", "9%", value=9, unit="%", kind="share",
       metric="国有企业进出口占外贸总值比重",
       metric_alts=share_alts(SOE, "国有企业") + ["国企占比"], **SOE_SUBJ, period=SAME)

# ---- line 5 ----------------------------------------------------------------------------
g.neg("从近10年的数据看", "近10年", "vague period expression 近10年 (the data of the last "
      "ten years), not a duration fact (as 近三年来, README §2); no number depends on it")
g.neg("这一差距正呈现", "这一", "demonstrative 这一 'this', not a quantity")

# ---- line 6 ----------------------------------------------------------------------------
MAIN = "对主要国别和地区进出口占进出口总值比重"
g.fact("进出口总值的61.4%", "61.4%", value=61.4, unit="%", kind="share", metric=MAIN,
       metric_alts=["主要国别和地区占进出口总值比重", "主要国别和地区合计占进出口总值比重",
                    "对主要国别和地区进出口占比", "主要国别和地区占比", "主要贸易伙伴占比",
                    "对主要贸易伙伴进出口占比", "对欧盟、东盟、美国、日、韩进出口占进出口总值比重",
                    "欧盟、东盟、美国、日、韩合计占进出口总值比重", "占全省进出口总值比重",
                    "占江苏全省进出口总值比重", "占进出口总值比重", "合计占比",
                    "对欧盟、东盟、美国、日本、韩国进出口占比"],
       subject="江苏省",
       subject_alts=["江苏", "江苏全省", "全省", "欧盟、东盟、美国、日、韩",
                     "欧盟、东盟、美国、日本、韩国"],
       **DOC,
       note="the five main partners (欧盟、东盟、美国、日、韩) together (合计) as a share of "
            "江苏全省进出口总值 → one share fact of 江苏省; " + DOC_NOTE)
EU = "对欧盟进出口"
EU_ALTS = ["对欧盟进出口额", "对欧盟进出口值", "与欧盟进出口", "与欧盟贸易", "对欧盟贸易",
           "中欧贸易", "欧盟"]
EU_SUBJ = sector("欧盟", "江苏全省", "全省")
g.fact("对欧盟进出口以4905.2亿元", "4905.2亿元", value=yi("4905.2亿元"), unit="CNY",
       kind="amount", metric=EU, metric_alts=EU_ALTS, **EU_SUBJ, **DOC,
       note="其中: 江苏's trade with the EU → 江苏省 (the partner as alt); " + DOC_NOTE)
g.fact("继续排第一", "第一", value=1, unit="rank", kind="rank", scope="主要国别和地区",
       metric="对欧盟进出口",
       metric_alts=["进出口", "贸易伙伴", "主要贸易伙伴", "贸易伙伴排名", "进出口额",
                    "江苏进出口主要国别和地区", "主要国别和地区", "对欧盟进出口额",
                    "对欧盟进出口排名"],
       subject="江苏省", subject_alts=["江苏", "欧盟"], **DOC,
       note="the EU ranks first among 江苏's trading partners by trade value (继续 → still); "
            "scope = the partners of the province (主要国别和地区); subject 江苏省 as for the "
            "4905.2亿元 it ranks, the ranked partner 欧盟 as alt; " + DOC_NOTE)
GAP = "对欧盟与对美国进出口差距"
g.fact("高出美国200亿元", "200亿元", value=yi("200亿元"), unit="CNY", kind="amount",
       metric=GAP,
       metric_alts=["对欧盟进出口高出美国", "对欧盟进出口高出对美国进出口", "欧盟与美国差距",
                    "差距", "领先幅度", "对欧盟进出口领先美国", "对欧盟与美国进出口差额",
                    "对欧盟进出口与对美国进出口之差", "高出美国", "对欧盟进出口"],
       subject="江苏省",
       subject_alts=["江苏", "欧盟", "欧盟与美国", "欧盟、美国", "欧盟和美国"], **DOC,
       note="the EU's lead over the US (the second partner) in 江苏's trade: an amount gap "
            "(as 与福州间的GDP差距 in nw_sina_20220812), not a change of a level; comparison "
            "null (amount); " + DOC_NOTE)
g.neg("江苏对“一带一路”沿线", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
BRI = "对“一带一路”沿线国家进出口"
BRI_ALTS = ["对一带一路沿线国家进出口", "与“一带一路”沿线国家进出口", "与一带一路沿线国家进出口",
            "对“一带一路”沿线国家进出口额", "对一带一路沿线国家进出口额",
            "“一带一路”沿线国家进出口", "一带一路沿线国家进出口", "对沿线国家进出口",
            "沿线国家进出口"]
BRI_SUBJ = sector("“一带一路”沿线国家", "一带一路沿线国家", "沿线国家")
g.fact("沿线国家进出口8314.8亿元", "8314.8亿元", value=yi("8314.8亿元"), unit="CNY",
       kind="amount", metric=BRI, metric_alts=BRI_ALTS, **BRI_SUBJ, period=SAME,
       note="同期 → Jan-Aug 2021")
g.fact("8314.8亿元，增长21.9%", "21.9%", value=21.9, unit="%", kind="growth", metric=BRI,
       metric_alts=BRI_ALTS + ["对“一带一路”沿线国家进出口增速", "对一带一路沿线国家进出口增速"],
       **BRI_SUBJ, period=SAME, comparison="yoy")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("发言人对21世纪经济报道记者表示，其突破口", "21世纪", OUTLET_NOTE)

# ---- line 8 ----------------------------------------------------------------------------
XD = dict(subject="江苏轩达高分子材料有限公司",
          subject_alts=["轩达", "江苏轩达", "轩达高分子", "轩达公司", "公司", "3期项目",
                        "轩达3期项目", "江苏轩达高分子材料有限公司3期项目"])
XD_PERIOD = dict(period=None, period_alts=[M8])
XD_NOTE = ("a company anecdote, not part of the Jan-Aug statistics: the text does not date "
           "it and the line states no period → null (the document's 1-8月 as an alt)")
g.neg("陆佳颖对21世纪经济报道", "21世纪", OUTLET_NOTE)
g.neg("覆盖了公司1-3期项目", "1-3期", "phase labels 1-3期 (phases 1 to 3 of the company's "
      "project, as 一期 in README §2), not a count")
g.neg("其中3期进口", "3期", "phase label 3期 (phase 3 of the project), not a count")
g.fact("进口1.2亿美元的先进生产设备", "1.2亿美元", value=1.2e8, unit="USD", kind="amount",
       metric="进口先进生产设备",
       metric_alts=["进口设备", "先进生产设备进口", "设备进口", "进口先进生产设备金额",
                    "进口先进生产设备额", "进口", "3期进口先进生产设备", "设备进口额"],
       **XD, **XD_PERIOD,
       note="phase 3 of 轩达's project imports 1.2亿美元 of equipment: foreign currency → "
            "USD (SPEC §3), 亿 ×1e8; modality actual (no plan word; 预计 governs only the "
            "saving); " + XD_NOTE)
g.fact("节约税收成本约8000万元", "8000万元", value=8000e4, unit="CNY", kind="amount",
       bound="approx", modality="forecast", metric="节约税收成本",
       metric_alts=["税收成本节约", "节约税收", "节约的税收成本", "税收成本", "节税",
                    "减免税额", "节约成本"],
       **XD, **XD_PERIOD,
       note="预计可以节约 → forecast; 约 → approx (outside the span); " + XD_NOTE)

# ---- line 9 ----------------------------------------------------------------------------
BULKMID_SUBJ = sector("金属矿砂、农产品和能源等大宗商品、重要工业中间品", "大宗商品、重要工业中间品",
                      "大宗商品和重要工业中间品")
g.fact("重要工业中间品拉动进口增长10.7个百分点", "10.7个百分点", value=10.7, unit="pp",
       kind="change", metric="大宗商品和重要工业中间品拉动进口增长",
       metric_alts=["大宗商品、重要工业中间品拉动进口增长", "拉动进口增长",
                    "金属矿砂、农产品和能源等大宗商品、重要工业中间品拉动进口增长",
                    "大宗商品和重要工业中间品对进口增长的拉动", "对进口增长的拉动", "进口增速",
                    "大宗商品和重要工业中间品进口拉动进口增长"],
       **BULKMID_SUBJ, **DOC, comparison="yoy",
       note="pp contribution to import growth (= 5.4 + 2.6 + 2.7 of the three groups that "
            "follow) → change, comparison yoy; " + DOC_NOTE)
g.neg("个百分点。1-8月，江苏省金属矿砂", "1-8月", PERIOD_NOTE)
BULK = "金属矿砂、农产品和能源类大宗商品进口"
BULK_ALTS = ["大宗商品进口", "金属矿砂、农产品和能源等大宗商品进口", "进口大宗商品",
             "大宗商品", "大宗商品进口额", "金属矿砂、农产品和能源类大宗商品",
             "金属矿砂、农产品和能源类大宗商品进口额"]
BULK_SUBJ = sector("金属矿砂、农产品和能源类大宗商品", "大宗商品")
g.fact("大宗商品进口2087.5亿元", "2087.5亿元", value=yi("2087.5亿元"), unit="CNY",
       kind="amount", metric=BULK, metric_alts=BULK_ALTS, **BULK_SUBJ, period=M8,
       note="import item of 江苏省 (as written 江苏省金属矿砂…进口); 1-8月 governs the rest of "
            "the line")
g.fact("2087.5亿元，增长39.4%", "39.4%", value=39.4, unit="%", kind="growth", metric=BULK,
       metric_alts=alts_g(BULK_ALTS, BULK) + ["大宗商品进口增速"], **BULK_SUBJ, period=M8,
       comparison="yoy")
g.fact("39.4%，拉动进口增长5.4个百分点", "5.4个百分点", value=5.4, unit="pp", kind="change",
       metric="大宗商品拉动进口增长",
       metric_alts=["金属矿砂、农产品和能源类大宗商品拉动进口增长", "拉动进口增长",
                    "大宗商品进口拉动进口增长", "大宗商品对进口增长的拉动", "对进口增长的拉动",
                    "进口增速"],
       **BULK_SUBJ, period=M8, comparison="yoy")
MID = "基本有机化学品、初级形状的塑料、铜及铜材、纸浆、纺织原料、铝及铝材等进口"
MID_ALTS = ["重要工业中间品进口", "工业中间品进口", "合计进口", "进口",
            "基本有机化学品、初级形状的塑料、铜及铜材、纸浆、纺织原料、铝及铝材等合计进口",
            "基本有机化学品等进口", "中间品进口"]
MID_SUBJ = sector("基本有机化学品、初级形状的塑料、铜及铜材、纸浆、纺织原料、铝及铝材等",
                  "重要工业中间品")
g.fact("合计进口1515.8亿元", "1515.8亿元", value=yi("1515.8亿元"), unit="CNY",
       kind="amount", metric=MID, metric_alts=MID_ALTS, **MID_SUBJ, period=M8,
       note="a basket of intermediate goods (part of the 重要工业中间品 of the first sentence) "
            "imported together (合计); the list as written is the primary metric")
g.fact("1515.8亿元，增长23.7%", "23.7%", value=23.7, unit="%", kind="growth", metric=MID,
       metric_alts=alts_g(MID_ALTS, MID), **MID_SUBJ, period=M8, comparison="yoy")
g.fact("23.7%，拉动进口增长2.6个百分点", "2.6个百分点", value=2.6, unit="pp", kind="change",
       metric="基本有机化学品、初级形状的塑料、铜及铜材、纸浆、纺织原料、铝及铝材等拉动进口增长",
       metric_alts=["拉动进口增长", "重要工业中间品拉动进口增长", "工业中间品拉动进口增长",
                    "对进口增长的拉动", "进口增速", "基本有机化学品等拉动进口增长"],
       **MID_SUBJ, period=M8, comparison="yoy")
ELEC = "集成电路、电工器材、二极管及类似半导体器件、汽车零配件等进口"
ELEC_ALTS = ["集成电路等进口", "重要工业中间品进口", "工业中间品进口", "进口",
             "集成电路、电工器材、二极管及类似半导体器件、汽车零配件等", "中间品进口"]
ELEC_SUBJ = sector("集成电路、电工器材、二极管及类似半导体器件、汽车零配件等",
                   "重要工业中间品")
g.fact("汽车零配件等进口3494.1亿元", "3494.1亿元", value=yi("3494.1亿元"), unit="CNY",
       kind="amount", metric=ELEC, metric_alts=ELEC_ALTS, **ELEC_SUBJ, period=M8,
       note="second basket of intermediate goods; the list as written is the primary metric")
g.fact("3494.1亿元，增长9.2%", "9.2%", value=9.2, unit="%", kind="growth", metric=ELEC,
       metric_alts=alts_g(ELEC_ALTS, ELEC), **ELEC_SUBJ, period=M8, comparison="yoy")
g.fact("9.2%，拉动进口增长2.7个百分点", "2.7个百分点", value=2.7, unit="pp", kind="change",
       metric="集成电路、电工器材、二极管及类似半导体器件、汽车零配件等拉动进口增长",
       metric_alts=["拉动进口增长", "集成电路等拉动进口增长", "重要工业中间品拉动进口增长",
                    "对进口增长的拉动", "进口增速"],
       **ELEC_SUBJ, period=M8, comparison="yoy")

# ---- line 11 ---------------------------------------------------------------------------
g.neg("1-8月，江苏省出口机电产品", "1-8月", PERIOD_NOTE)
ME = "机电产品出口"
ME_ALTS = ["出口机电产品", "机电产品", "机电产品出口额", "机电产品出口值"]
ME_SUBJ = sector("机电产品", "江苏省机电产品")
g.fact("出口机电产品13380.2亿元", "13380.2亿元", value=yi("13380.2亿元"), unit="CNY",
       kind="amount", metric=ME, metric_alts=ME_ALTS, **ME_SUBJ, period=M8,
       note="出口机电产品 → metric 机电产品出口 (the surface as alt)")
g.fact("13380.2亿元，增长18.1%", "18.1%", value=18.1, unit="%", kind="growth", metric=ME,
       metric_alts=alts_g(ME_ALTS, ME), **ME_SUBJ, period=M8, comparison="yoy")
g.fact("（下同）65.9%", "65.9%", value=65.9, unit="%", kind="share",
       metric="机电产品出口占出口总值比重",
       metric_alts=["机电产品占出口总值比重", "机电产品出口占比", "机电产品占比",
                    "占出口总值比重", "占出口总值的比重", "机电产品出口占出口总值的比重",
                    "出口机电产品占出口总值比重"],
       **ME_SUBJ, period=M8, note="（下同） is an editorial aside inside the phrase")
g.fact("拉动出口增长12个百分点", "12个百分点", value=12, unit="pp", kind="change",
       metric="机电产品拉动出口增长",
       metric_alts=["拉动出口增长", "机电产品出口拉动出口增长", "机电产品对出口增长的拉动",
                    "对出口增长的拉动", "出口增速"],
       **ME_SUBJ, period=M8, comparison="yoy")
ITEMS = [("1493.7亿元", "18.4%", "集成电路"), ("1109.9亿元", "14%", "笔记本电脑"),
         ("922.9亿元", "28.4%", "电工器材"), ("395.6亿元", "23.5%", "太阳能电池")]
AMT_CTX = "分别出口1493.7亿元、1109.9亿元、922.9亿元和395.6亿元"
GR_CTX = "分别增长18.4%、14%、28.4%和23.5%"
for i, (amt, gr, item) in enumerate(ITEMS):
    m = item + "出口"
    alts = ["出口" + item, item, m + "额", m + "值"]
    subj = sector(item, "江苏省" + item)
    g.fact(AMT_CTX, amt, value=yi(amt), unit="CNY", kind="amount", metric=m,
           metric_alts=alts, **subj, period=M8,
           note=("其中 + 分别: 集成电路, 笔记本电脑, 电工器材, 太阳能电池 ↔ the four values in "
                 "order (each with its own unit), items of the 机电产品 exports; 1-8月 of the "
                 "line governs") if i == 0 else None)
    g.fact(GR_CTX, gr, value=float(gr[:-1]), unit="%", kind="growth", metric=m,
           metric_alts=alts_g(alts, m), **subj, period=M8, comparison="yoy",
           note="second 分别 list, same order; growth without basis → yoy" if i == 0 else None)

# ---- line 12 ---------------------------------------------------------------------------
LI = "劳动密集型产品出口"
LI_ALTS = ["出口劳动密集型产品", "劳动密集型产品", "劳动密集型产品出口额", "劳动密集型产品出口值"]
LI_SUBJ = sector("劳动密集型产品", "江苏省劳动密集型产品")
g.fact("出口劳动密集型产品3234.4亿元", "3234.4亿元", value=yi("3234.4亿元"), unit="CNY",
       kind="amount", metric=LI, metric_alts=LI_ALTS, **LI_SUBJ, period=SAME,
       note="同期 (the line's own period word) = Jan-Aug 2021")
g.fact("3234.4亿元，增长8.7%", "8.7%", value=8.7, unit="%", kind="growth", metric=LI,
       metric_alts=alts_g(LI_ALTS, LI), **LI_SUBJ, period=SAME, comparison="yoy")
g.fact("占出口总值的15.9%", "15.9%", value=15.9, unit="%", kind="share",
       metric="劳动密集型产品出口占出口总值比重",
       metric_alts=["劳动密集型产品占出口总值比重", "劳动密集型产品出口占比", "劳动密集型产品占比",
                    "占出口总值比重", "占出口总值的比重", "劳动密集型产品出口占出口总值的比重",
                    "出口劳动密集型产品占出口总值比重"],
       **LI_SUBJ, period=SAME)
g.fact("拉动出口增长1.5个百分点", "1.5个百分点", value=1.5, unit="pp", kind="change",
       metric="劳动密集型产品拉动出口增长",
       metric_alts=["拉动出口增长", "劳动密集型产品出口拉动出口增长", "对出口增长的拉动",
                    "劳动密集型产品对出口增长的拉动", "出口增速"],
       **LI_SUBJ, period=SAME, comparison="yoy")
for amt_ctx, amt, gr_ctx, gr, item in [
        ("出口服装及衣着附件975.2亿元", "975.2亿元", "975.2亿元，增长5.4%", "5.4%", "服装及衣着附件"),
        ("出口塑料制品591.4亿元", "591.4亿元", "591.4亿元，增长21.3%", "21.3%", "塑料制品"),
        ("出口基本有机化学品614.7亿元", "614.7亿元", "614.7亿元，增长32.5%", "32.5%", "基本有机化学品"),
        ("出口钢材578.3亿元", "578.3亿元", "578.3亿元，增长56.6%", "56.6%", "钢材")]:
    m = item + "出口"
    alts = ["出口" + item, item, m + "额", m + "值"]
    subj = sector(item, "江苏省" + item)
    first = item == "服装及衣着附件"
    g.fact(amt_ctx, amt, value=yi(amt), unit="CNY", kind="amount", metric=m, metric_alts=alts,
           **subj, period=SAME,
           note=("export items (其中 / 此外) of the line; 同期 at its head governs") if first
           else None)
    g.fact(gr_ctx, gr, value=float(gr[:-1]), unit="%", kind="growth", metric=m,
           metric_alts=alts_g(alts, m), **subj, period=SAME, comparison="yoy")

# ---- line 13 ---------------------------------------------------------------------------
g.neg("发言人对21世纪经济报道记者表示，疫情期间", "21世纪", OUTLET_NOTE)
CUS = dict(subject="南京海关", subject_alts=["海关", "江苏省", "江苏"])
SOLVE = "企业系统信息更新对碰等问题解决时间"
SOLVE_ALTS = ["企业系统信息更新对碰等问题的解决时间", "问题解决时间", "解决时间", "解决时长",
              "企业系统信息更新对碰问题解决时间", "问题解决用时", "解决用时",
              "企业系统信息更新对碰等问题的解决", "处理时间"]
g.fact("从过去的7天缩短到1天", "7天", value=7, unit="day", kind="amount", metric=SOLVE,
       metric_alts=SOLVE_ALTS, **CUS, period=P("过去", None, None),
       note="the earlier level (过去 'in the past', undated → start/end null); duration in "
            "days (SPEC §3); the customs office (南京海关发言人 speaking of 海关's work) owns "
            "it; two levels, no change fact (the text states no difference)")
g.fact("从过去的7天缩短到1天", "1天", value=1, unit="day", kind="amount", metric=SOLVE,
       metric_alts=SOLVE_ALTS, **CUS, period=P("疫情期间", None, None),
       period_alts=[P("疫情期间", REF, REF), P("疫情期间", "2020-01-01", REF)],
       note="the new level (已…缩短到 → holds now); 疫情期间 earlier in the line is vague "
            "(no dates given) → null; the instant at the reference date and the "
            "2020..reference span as alts")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-13 (a byte copy "
    "made by code). Date 2021-09-17: the feed date of the 新浪财经 repost (shared meta) and "
    "the text's 据南京海关9月17日通报 agree; Jan-Aug trade data are released in mid-September. "
    "Place: a story about one province → 江苏省 (alts 江苏, and 江苏全省/全省 where written). "
    "Periods: 1-8月 = 2021-01-01..2021-08-31 (cumulative), stated before the numbers of "
    "lines 1-4, 9 and 11; 同期 (lines 3, 4, 6, 12) = the same Jan-Aug 2021; lines 6 and 9 "
    "have numbers before any period word → the document's period (1-8月 of title and lead) "
    "with the null reading in period_alts; the company anecdote (line 8) is undated → null "
    "(1-8月 as an alt); line 13's 7天/1天: 过去 and 疫情期间 are undated → null. 同增/同比/"
    "增长 → yoy; 高出全省外贸整体增速11个百分点 → comparison 比全省外贸整体. Subjects: the "
    "province owns every statistic; trade modes (一般贸易, 加工贸易, 保税物流), firm types "
    "(民营企业, 外商投资企业, 国有企业), partners (欧盟, 一带一路沿线国家) and product "
    "groups are in subject_alts (README §4); the company 江苏轩达高分子材料有限公司 owns "
    "1.2亿美元 / 约8000万元 (forecast); 南京海关 owns 7天 → 1天. 拉动…增长X个百分点 → kind "
    "change (pp), metric 'X拉动进出口/进口/出口增长'. The EU's 第一 is a rank among 江苏's "
    "partners (scope 主要国别和地区); 高出美国200亿元 is an amount gap. Negatives: 1-8月 ×6, "
    "9月17日, 近10年 (periods), 21世纪 ×4 (outlet name), 1-3期 / 3期 (phase labels), "
    "一带一路 (initiative name), 一直, 这一; 一般(贸易), 之一 and 二极管 are lexicalized.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "21世纪经济报道 article, 新浪财经 repost via Rock-Candy-Tea/RSSHUB-PAGE)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
