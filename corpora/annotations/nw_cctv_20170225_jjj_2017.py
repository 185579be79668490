"""Gold annotations for nw_cctv_20170225_jjj_2017 (held-out: corpora/heldout/).

央视网消息（新闻联播）, 2017-02-25: 【京津冀协同发展调研行】协同创新 重构产业发展新版图.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20170225_jjj_2017.txt (826 characters: the article is far
shorter than an excerpt, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20170225_jjj_2017.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20170225_jjj_2017"
PLACE = "京津冀地区"
REF = "2017-02-25"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "协同创新 重构产业发展新版图"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
THREE_NOTE = ("anaphoric 三地/三省市 'the three places' (北京, 天津, 河北 of 京津冀), a "
              "reference like 二者/三者, not a quantity claim")

# Periods (reference date 2017-02-25).
# 三年来: the three years of 京津冀协同发展 (raised as a national strategy on 2014-02-26);
# SPEC §4 近三年 = the three full years before the reference year → 2014-01-01..2016-12-31
# (the Hebei/Beijing totals quoted are those reported for 2014-2016); the literal
# 2014-02-26..2017-02-25, 2014-01-01..ref and null are alts.
THREE_Y = P("三年来", "2014-01-01", "2016-12-31")
THREE_Y_ALTS = [P("三年来", "2014-02-26", "2017-02-25"), P("三年来", "2014-01-01", REF),
                P("三年来", None, None)]
THREE_Y_END = P("三年来", "2016-12-31", "2016-12-31")
Y2016 = P("2016年", "2016-01-01", "2016-12-31")
DAYS_AGO = P("几天前", None, REF)
DAYS_AGO_NULL = P("几天前", None, None)
NOW = P("目前", REF, REF)
NULL = P(None, None, None)

BJ = dict(subject="北京市", subject_alts=["北京"])
TJ = dict(subject="天津市", subject_alts=["天津"])
HB = dict(subject="河北省", subject_alts=["河北"])

# ---- line 1: title (no numerals) -------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("理顺三地产业发展链条", "三地", THREE_NOTE)
g.neg("发展。三年来，三省市", "三年来", PERIOD_NOTE + " (近三年来-type span, not a 3-year "
      "duration claim)")
g.neg("三年来，三省市发挥", "三省市", THREE_NOTE)
g.neg("以“一盘棋”的思路", "一盘棋", "idiom 一盘棋 'one chessboard' (acting as a whole), not "
      "a quantity")

# ---- line 3 ----------------------------------------------------------------------------
FAIR = "京津冀产业协同发展招商推介会"
FAIR_ALTS = ["招商推介会", "推介会", "京津冀", "京津冀地区", "京津冀产业协同发展招商推介会上"]
FAIR_NOTE = ("几天前 = a few days before the broadcast: an unknown day before 2017-02-25 "
             "→ null..ref (alt null), as 近年来 in 001")
g.neg("几天前，在一场", "几天前", PERIOD_NOTE + " (几 'a few': vague relative date)")
g.neg("在一场京津冀", "一场", "indefinite article 一场 'a (fair)', not a count")
g.fact("北京的200多家企业", "200多家", value=200, unit="count", kind="count", bound="gt",
       classifier="家", metric="企业",
       metric_alts=["北京企业", "北京的企业", "参加洽谈的企业", "洽谈企业", "参会企业",
                    "企业数量", "参加洽谈的北京企业"],
       subject="北京市", subject_alts=["北京", FAIR, "招商推介会"],
       period=DAYS_AGO, period_alts=[DAYS_AGO_NULL],
       note="多 inside the span → gt; the firms are 北京's (北京的200多家企业) taking part in "
            "the fair; " + FAIR_NOTE)
TJHB = dict(subject="天津市、河北省",
            subject_alts=["天津、河北", "天津市和河北省", "天津和河北", "天津市", "天津",
                          "河北省", "河北", FAIR, "招商推介会"])
g.fact("河北的30个开发区", "30个", value=30, unit="count", kind="count", classifier="个",
       metric="开发区",
       metric_alts=["天津、河北的开发区", "参加洽谈的开发区", "洽谈开发区", "参会开发区",
                    "开发区数量", "来自天津、河北的开发区"],
       **TJHB, period=DAYS_AGO, period_alts=[DAYS_AGO_NULL],
       note="one count of the development zones of the two named places (来自天津、河北) → "
            "one fact whose subject lists them; " + FAIR_NOTE)
FAIR_S = dict(subject=FAIR, subject_alts=FAIR_ALTS)
g.fact("10个项目成功签约", "10个", value=10, unit="count", kind="count", classifier="个",
       metric="签约项目",
       metric_alts=["成功签约项目", "成功签约的项目", "项目", "签约项目数", "签约的项目"],
       **FAIR_S, period=DAYS_AGO, period_alts=[DAYS_AGO_NULL],
       note="projects signed at the fair → the fair (named in the sentence) as subject, "
            "京津冀(地区) as alt; " + FAIR_NOTE)
g.fact("意向投资金额超过300亿元", "300亿元", value=300e8, unit="CNY", kind="amount",
       bound="gt", metric="意向投资金额",
       metric_alts=["意向投资", "意向投资额", "投资金额", "签约项目意向投资金额",
                    "签约项目意向投资"],
       **FAIR_S, period=DAYS_AGO, period_alts=[DAYS_AGO_NULL],
       note="超过 → gt, outside the span; intended investment of the 10 signed projects; "
            + FAIR_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.neg("正在三地重新配置", "三地", THREE_NOTE)
g.neg("去年11月，天津滨海", "去年11月", PERIOD_NOTE + " (date of the 揭牌, no figure)")

# ---- line 5 ----------------------------------------------------------------------------
CENTER = dict(subject="保定·中关村创新中心",
              subject_alts=["中关村创新中心", "中关村保定创新中心", "保定中关村创新中心",
                            "创新中心", "中关村在北京以外设立的第一家创新中心", "中关村",
                            "保定", "保定市"])
NOPER = "no period expression in its paragraph and no document period (a feature) → null"
g.neg("设立的第一家创新中心", "第一家", "first-of-its-kind claim (第一家…创新中心 outside "
      "北京), not a measured rank or count")
g.neg("首批入驻的86家", "首批", "batch label 首批 'the first batch', not a rank")
g.fact("首批入驻的86家企业", "86家", value=86, unit="count", kind="count", classifier="家",
       metric="首批入驻企业",
       metric_alts=["首批入驻的企业", "入驻企业", "入驻的企业", "企业", "首批入驻企业数量",
                    "入驻企业数量"],
       **CENTER,
       note="the center (中关村在北京以外设立的第一家创新中心, in 保定; its name "
            "保定·中关村创新中心) owns the count; " + NOPER)
g.fact("45家来自北京", "45家", value=45, unit="count", kind="count", classifier="家",
       metric="来自北京的首批入驻企业",
       metric_alts=["来自北京的企业", "来自北京的入驻企业", "北京企业", "首批入驻的北京企业",
                    "首批入驻企业中来自北京的企业", "来自北京的首批入驻企业数量"],
       **CENTER, note="subset of the 86 first-batch firms; " + NOPER)
g.fact("年产30万台小汽车", "30万台", value=300000, unit="count", kind="count",
       classifier="台", metric="小汽车产能",
       metric_alts=["小汽车年产能", "年产能", "产能", "年产小汽车", "小汽车年产量", "年产量",
                    "年产", "小汽车"],
       subject="北京现代第四工厂",
       subject_alts=["北京现代沧州工厂", "北京现代沧州第四工厂", "北京现代", "第四工厂",
                     "沧州工厂", "河北沧州", "沧州", "沧州市"],
       period_alts=[P("已经", REF, REF)],
       note="designed annual capacity of the plant (年产 → rate in the metric, base unit "
            "台 count, SPEC §3); the plant 已经正式投产 → modality actual; " + NOPER
            + " (alt: the reference date, the plant's capacity as it stands)")
g.neg("北京现代第四工厂", "第四", "ordinal in a plant's name (第四工厂 'Plant No. 4'), not "
      "a rank")

# ---- line 6 ----------------------------------------------------------------------------
TY = dict(period=THREE_Y, period_alts=THREE_Y_ALTS)
g.neg("新机遇。三年来，河北", "三年来", PERIOD_NOTE)
g.fact("引进京津项目12716个", "12716个", value=12716, unit="count", kind="count",
       classifier="个", metric="引进京津项目",
       metric_alts=["引进的京津项目", "京津项目", "引进项目", "引进京津项目数",
                    "共引进京津项目", "项目"],
       **HB, **TY,
       note="共引进 = total over the three years (a flow summed over 三年来, 2014-2016; "
            "literal 2014-02-26..ref, 2014..ref and null as alts)")
g.fact("资金11041亿元", "11041亿元", value=11041e8, unit="CNY", kind="amount",
       metric="引进京津资金",
       metric_alts=["资金", "引进资金", "京津资金", "引进京津项目资金", "引进京津资金额",
                    "京津项目资金"],
       **HB, **TY, note="the capital of the 12716 projects; 三年来 governs")
g.fact("引进省外资金的一半以上", "一半", value=50, unit="%", kind="share", bound="ge",
       metric="引进京津资金占引进省外资金比重",
       metric_alts=["占河北省同期引进省外资金比重", "占引进省外资金比重",
                    "占同期引进省外资金的比重", "占河北省同期引进省外资金的比重",
                    "引进京津资金占比", "京津资金占比", "引进京津资金占同期引进省外资金比重",
                    "资金占引进省外资金比重"],
       **HB, **TY,
       note="一半 = 50%, 以上 → ge (outside the span); 同期 = the same 三年来")
g.fact("引进京冀项目4856个", "4856个", value=4856, unit="count", kind="count",
       classifier="个", metric="引进京冀项目",
       metric_alts=["引进的京冀项目", "京冀项目", "引进项目", "引进京冀项目数", "项目"],
       **TJ, **TY, note="三年来 earlier in the paragraph still governs (no new period)")
g.fact("资金5227亿元", "5227亿元", value=5227e8, unit="CNY", kind="amount",
       metric="引进京冀资金",
       metric_alts=["资金", "引进资金", "京冀资金", "引进京冀项目资金", "引进京冀资金额",
                    "京冀项目资金"],
       **TJ, **TY, note="三年来 governs")
g.neg("2016年，在河北", "2016年", PERIOD_NOTE)
g.neg("工业不再“一钢独大”", "一钢独大", "idiom 一钢独大 'steel alone dominating', not a "
      "quantity")
g.fact("成为第一支柱产业", "第一", value=1, unit="rank", kind="rank", scope="河北省工业",
       metric="支柱产业",
       metric_alts=["第一支柱产业", "支柱产业排名", "产业规模", "工业行业规模",
                    "装备制造业", "装备制造业增加值", "装备制造业规模"],
       subject="河北省",
       subject_alts=["河北", "装备制造业", "河北省装备制造业", "河北装备制造业"],
       period=Y2016, period_alts=[P("2016年", "2016-12-31", "2016-12-31")],
       note="judgement call: 装备制造业超过钢铁工业，成为第一支柱产业 is a measured ranking "
            "(it overtook steel in size) → rank 1 among 河北's industries; sector-level → "
            "province as subject, sector as alt (README §4); 第一 without 支柱产业 in the span "
            "(the scope/noun stays out, as 全省第二 → 第二); 2016年 governs")
g.neg("开始下降。三年来，北京", "三年来", PERIOD_NOTE)
g.fact("一般性制造业企业1300多家", "1300多家", value=1300, unit="count", kind="count",
       bound="gt", classifier="家", metric="退出一般性制造业企业",
       metric_alts=["累计退出一般性制造业企业", "退出的一般性制造业企业", "一般性制造业企业",
                    "退出一般性制造业企业数", "退出企业", "疏解退出一般性制造业企业"],
       **BJ, period=THREE_Y, period_alts=THREE_Y_ALTS + [THREE_Y_END],
       note="多 inside the span → gt; 累计退出 = exits summed over 三年来 (2014-2016), a "
            "flow; the end-of-period instant (stock reading of 累计) as an alt; the count "
            "of exited firms, not a signed 增量 (the level of all firms is not the metric)")
g.fact("商品交易市场370多家", "370多家", value=370, unit="count", kind="count",
       bound="gt", classifier="家", metric="调整疏解商品交易市场",
       metric_alts=["调整疏解的商品交易市场", "疏解商品交易市场", "商品交易市场",
                    "调整疏解商品交易市场数", "累计调整疏解商品交易市场"],
       **BJ, period=THREE_Y, period_alts=THREE_Y_ALTS + [THREE_Y_END],
       note="多 inside the span → gt; 累计 (shared with 退出) over 三年来")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("为加速三地产业", "三地", THREE_NOTE)
g.fact("规模100亿元的", "100亿元", value=100e8, unit="CNY", kind="amount",
       metric="基金规模",
       metric_alts=["规模", "引导基金规模", "产业结构调整引导基金规模",
                    "京津冀产业结构调整引导基金规模", "京津冀产业结构调整引导基金"],
       subject="京津冀产业结构调整引导基金",
       subject_alts=["引导基金", "产业结构调整引导基金", "京津冀", "京津冀地区"],
       period=NOW, period_alts=[P("目前", None, REF), P("目前", None, None)],
       note="the fund's size (a stock, 已经成立) → instant at the reference date (目前, SPEC "
            "§4); alts null..ref, null")
g.neg("三地越走越近", "三地", THREE_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (826 characters "
    "with the final newline, a byte copy made by code): the article is far shorter than an "
    "excerpt, so all of it is taken. Title: the headline of line 1 without the column tag "
    "【京津冀协同发展调研行】 (as README §9). Date: 2017-02-25, the 新闻联播 broadcast date "
    "(shared meta, pubtime 2017-02-25 19:07); nothing contradicts it: 三年来 counts from the "
    "京津冀协同发展 strategy of 2014-02-26, 去年11月 (天津滨海-中关村科技园揭牌) is Nov 2016 and "
    "2016年 is the year just ended. Place: the article is about the three-region 京津冀 "
    "coordination → 京津冀地区 (the shared meta says 京津冀（北京、天津、河北）); it resolves "
    "nothing here: every figure carries what the text names: 北京市/天津市/河北省 (short "
    "forms in subject_alts), the 招商推介会 for its signed projects and investment, the "
    "保定 中关村 innovation center, 北京现代第四工厂, the 引导基金. Periods: 三年来 = the "
    "three full years before the reference year (SPEC §4 近三年) 2014-01-01..2016-12-31, "
    "with 2014-02-26..2017-02-25, 2014..ref and null as alts; 几天前 = null..ref (alt "
    "null); 2016年 = 2016; 目前 = instant 2017-02-25 for the fund size (stock); line 5 "
    "states no period and the feature has no document period → null. Judgement calls: "
    "三地/三省市 are anaphoric references (negatives, like 二者/三者 in nw_sina_20220812); "
    "第一支柱产业 is a rank fact (装备制造业 overtook steel), 第一家 (创新中心) and 首批 are "
    "first-of-kind/batch labels (negatives); 年产30万台 is a count capacity (metric "
    "小汽车产能, actual: the plant is in production); 一半以上 → share 50 ge; 累计退出…1300多家 "
    "is a flow over 三年来 (instant end as alt). 一盘棋, 一钢独大, 一场, 第四(工厂), 去年11月, "
    "2016年, 三年来, 几天前 are negatives.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
