"""Gold annotations for nw_cctv_20140608_midwest_trade_2014 (corpora/).

央视网消息(新闻联播), 2014-06-08: 【深化改革·转型活力】中西部成为拉动外贸增长新亮点.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20140608_midwest_trade_2014.txt (a short news item, so all of it
is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20140608_midwest_trade_2014.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20140608_midwest_trade_2014"
PLACE = "中国"                           # national customs data and several provinces
REF = "2014-06-08"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "中西部成为拉动外贸增长新亮点"   # without the column tag 【…】 (gold README §9)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【深化改革·转型活力】" + TITLE, ends="扩大70.3%。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2014-06-08, the broadcast day: 海关总署今天公布 the May 2014 trade
# data).  今年5月份 = 2014-05-01..2014-05-31; 今年前五个月 = 2014-01-01..2014-05-31;
# 2009 (written without 年) / 2013年 inside the from/to pair govern only their own value;
# 去年一年间 = 2013.
MAY = P("今年5月份", "2014-05-01", "2014-05-31")
M5 = P("今年前五个月", "2014-01-01", "2014-05-31")
Y2009 = P("2009", "2009-01-01", "2009-12-31")
Y2013 = P("2013年", "2013-01-01", "2013-12-31")
Y2013B = P("去年一年间", "2013-01-01", "2013-12-31")

CN = dict(subject="中国", subject_alts=["我国", "全国"])
XJ = dict(subject="新疆维吾尔自治区", subject_alts=["新疆"])

TOTAL = "进出口总值"
TOTAL_ALTS = ["进出口", "外贸进出口", "外贸进出口总值", "进出口总额", "货物进出口", "外贸"]

# ---- line 1: title (no numerals) -------------------------------------------------------------

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("海关总署今天公布，今年5月份", "今年5月份", PERIOD_NOTE)
g.fact("我国进出口总值2.18万亿元人民币，进出口同比", "2.18万亿元", value=2.18e12, unit="CNY",
       kind="amount", metric=TOTAL, metric_alts=TOTAL_ALTS, **CN, period=MAY,
       note="元人民币: the unit 元 ends the span, the currency name 人民币 after it stays out "
            "(as nw_yicai_20220413); 我国 → 中国; 今年5月份 → May 2014")

# ---- line 3 ---------------------------------------------------------------------------------
EXP = "特色果蔬农产品出口"
EXP_ALTS = ["新疆特色果蔬农产品出口", "特色果蔬农产品年出口", "年出口", "出口", "果蔬农产品出口",
            "出口额", "特色果蔬农产品出口额"]
g.neg("从2009的年出口", "2009", PERIOD_NOTE + " (the year 2009, 年 not written; from/to "
      "pair: governs only 500多万美元)")
g.fact("年出口500多万美元", "500多万美元", value=500e4, unit="USD", kind="amount", bound="gt",
       metric=EXP, metric_alts=EXP_ALTS, **XJ, period=Y2009,
       note="多 inside the span → gt; 美元 → USD (SPEC §3 foreign currencies by ISO code); "
            "from-value of the pair, 2009 (the year inside the pair governs only its own "
            "value, SPEC §4); annual exports (年出口: the rate word in the metric alts)")
g.neg("到2013年年出口", "2013年", PERIOD_NOTE + " (from/to pair: governs only 8亿多美元)")
g.fact("年出口8亿多美元", "8亿多美元", value=8e8, unit="USD", kind="amount", bound="gt",
       metric=EXP, metric_alts=EXP_ALTS, **XJ, period=Y2013,
       note="多 inside the span → gt; to-value of the pair → 2013")
g.fact("整整翻了160倍", "160倍", value=160, unit="times", kind="ratio", metric=EXP,
       metric_alts=EXP_ALTS + ["特色果蔬农产品出口增长倍数", "出口增长倍数"], **XJ,
       period=Y2013,
       period_alts=[P("2013年", "2009-01-01", "2013-12-31"), P("2013年", None, None)],
       note="翻了160倍: 8亿 / 500万 = 160, so the 2013 exports are 160 times the 2009 ones → "
            "ratio 160 times (not 2^160; 整整 'fully' → eq); the multiple is of the later "
            "value → 2013 (the 2009..2013 span and null as alts); comparison null on a ratio")

# ---- line 4: no numerals ----------------------------------------------------------------------

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("去年一年间", "去年一年间", PERIOD_NOTE + " (= 2013; 一年间 is not a duration fact)")
g.fact("林果业产值已经突破380亿元", "380亿元", value=380e8, unit="CNY", kind="amount",
       bound="gt", metric="林果业产值",
       metric_alts=["新疆林果业产值", "林果业总产值", "林果业"], **XJ, period=Y2013B,
       note="突破 → gt (outside the span); 亿元人民币: 人民币 after the unit stays out; "
            "去年一年间 → 2013")

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("今年前五个月，广东", "今年前五个月", PERIOD_NOTE)
SEVEN = dict(subject="广东、江苏等7个省市",
             subject_alts=["广东省、江苏省等7个省市", "广东、江苏等省市", "广东省", "江苏省",
                           "广东", "江苏", "7个省市"])
g.fact("江苏等7个省市", "7个", value=7, unit="count", kind="count", classifier="个",
       metric="省市",
       metric_alts=["广东、江苏等省市", "省市数量", "外贸大省市", "东部外贸大省市", "省份"],
       **CN, period=M5, period_alts=[P("今年前五个月", None, None)],
       note="the number of provinces in the group the share is measured for (as 在东部十个"
            "省市中 in nw_cctv_20140506: a count of its own) → subject 中国; judgement call "
            "(it could also be read as part of the subject only)")
g.fact("同比回落2.3个百分点", "2.3个百分点", value=-2.3, unit="pp", kind="change",
       metric="外贸进出口合计所占比重",
       metric_alts=["外贸进出口所占比重", "所占比重", "外贸进出口合计占比", "外贸进出口占比",
                    "外贸进出口占全国比重", "进出口所占比重", "外贸进出口合计所占比重变化"],
       **SEVEN, period=M5, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 回落 → negative; 同比 → "
            "yoy; the group owns it (one fact stated of the group)")
EXPG_ALTS = ["出口增速", "出口增长", "出口额", "外贸出口"]
for target, subj, short, first in (("52.6%", "云南省", "云南", True),
                                   ("46.8%", "陕西省", "陕西", False),
                                   ("42.4%", "甘肃省", "甘肃", False),
                                   ("41.9%", "重庆市", "重庆", False),
                                   ("41%", "广西壮族自治区", "广西", False)):
    g.fact("分别为52.6%、46.8%、42.4%、41.9%和41%", target, value=float(target[:-1]),
           unit="%", kind="growth", metric="出口", metric_alts=EXPG_ALTS,
           subject=subj, subject_alts=[short], period=M5, comparison="yoy",
           note=("分别: 云南 ↔ 52.6%, 陕西 ↔ 46.8%, 甘肃 ↔ 42.4%, 重庆 ↔ 41.9%, 广西 ↔ 41% "
                 "(one fact per value, SPEC §1); 出口增速 = export growth → metric 出口 (增速 "
                 "as alt), yoy by default; 今年前五个月 of the line governs") if first else None)

# ---- line 7 ---------------------------------------------------------------------------------
g.neg("海关总署统计显示，今年5月份", "今年5月份", PERIOD_NOTE)
g.fact("我国进出口总值2.18万亿元人民币，同比", "2.18万亿元", value=2.18e12, unit="CNY",
       kind="amount", metric=TOTAL, metric_alts=TOTAL_ALTS, **CN, period=MAY,
       note="restates line 2's figure: its own mention, its own fact")
g.fact("同比增长1.5%", "1.5%", value=1.5, unit="%", kind="growth", metric=TOTAL,
       metric_alts=TOTAL_ALTS + ["进出口总值增速"], **CN, period=MAY, comparison="yoy")
g.fact("其中出口1.2万亿元", "1.2万亿元", value=1.2e12, unit="CNY", kind="amount",
       metric="出口", metric_alts=["出口额", "出口总值", "外贸出口"], **CN, period=MAY)
g.fact("增长5.4%", "5.4%", value=5.4, unit="%", kind="growth", metric="出口",
       metric_alts=["出口额", "出口总值", "出口增速"], **CN, period=MAY, comparison="yoy")
g.fact("进口0.98万亿元", "0.98万亿元", value=0.98e12, unit="CNY", kind="amount",
       metric="进口", metric_alts=["进口额", "进口总值", "外贸进口"], **CN, period=MAY)
g.fact("下降2.9%", "2.9%", value=-2.9, unit="%", kind="growth", metric="进口",
       metric_alts=["进口额", "进口总值", "进口增速"], **CN, period=MAY, comparison="yoy",
       note="下降 → negative")
g.fact("贸易顺差2204亿元", "2204亿元", value=2204e8, unit="CNY", kind="amount",
       metric="贸易顺差", metric_alts=["顺差", "外贸顺差"], **CN, period=MAY)
g.fact("扩大70.3%", "70.3%", value=70.3, unit="%", kind="growth", metric="贸易顺差",
       metric_alts=["顺差", "外贸顺差", "贸易顺差增速"], **CN, period=MAY, comparison="yoy",
       note="扩大 'widened' → a relative increase of the surplus → growth, positive; no "
            "basis written → yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2014-06-08, the broadcast "
    "date given by the source meta (file name assets/2014/20140608.json, pubtime 2014-06-08 "
    "19:08:01); the text agrees: 海关总署今天公布，今年5月份 — customs published the May 2014 "
    "data on 8 June 2014. 今年5月份 = 2014-05; 今年前五个月 = 2014-01-01..2014-05-31; 去年一年间 "
    "= 2013; 2009 (written without 年) and 2013年 inside the from/to pair govern only their own "
    "value. Place: 中国 (national customs data plus several provinces; 我国 → 中国). Subjects: "
    "新疆 → 新疆维吾尔自治区; the provinces of the 分别 list by official name; the group "
    "广东、江苏等7个省市 owns its share change. Title: the headline without the column tag "
    "【深化改革·转型活力】. Judgement calls: 翻了160倍 → ratio 160 times (8亿/500万 = 160), "
    "period 2013; 7个省市 → a count of its own (as 东部十个省市 in nw_cctv_20140506), subject "
    "中国; 回落2.3个百分点 → change −2.3 pp of the group's share; 贸易顺差扩大70.3% → growth. "
    "Negatives: 今年5月份 ×2, 2009, 2013年, 去年一年间, 今年前五个月 (periods). Lexicalized, "
    "not listed: 一样 (像新疆一样).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
