"""Gold annotations for nw_cctv_20140802_guangdong_2014 (corpora/heldout/).

央视网消息(新闻联播), 2014-08-02: 广东：振兴东西北 补齐发展短板.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20140802_guangdong_2014.txt (758 characters: a short 新闻联播
item, far shorter than a usual excerpt, so all of it is taken), copied by code from the
source bytes, never retyped.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20140802_guangdong_2014.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20140802_guangdong_2014"
PLACE = "广东省"
REF = "2014-08-02"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "广东：振兴东西北 补齐发展短板"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="1.5个百分点。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PRD_NOTE = "place name 珠三角 (the Pearl River Delta); 三 is not a quantity"

# Periods (reference date 2014-08-02, the broadcast date; 今年 = 2014).
Y2013 = P("2013年", "2013-01-01", "2013-12-31")
PLAN = P("2013年—2017年", "2013-01-01", "2017-12-31")
LAST_MONTH = P("上个月", "2014-07-01", "2014-07-31")
H1 = P("今年上半年", "2014-01-01", "2014-06-30")

GD = dict(subject="广东省", subject_alts=["广东", "全省"])
# 粤东西北 (eastern, western and northern Guangdong, the 12 cities outside the Pearl River
# Delta): a region of the province that owns its own shares and GDP.
EWN = dict(subject="粤东西北地区",
           subject_alts=["粤东西北", "粤东西北12市", "广东省粤东西北地区", "粤东西北地区12市",
                         "广东粤东西北地区"])
GDP_ALTS = ["GDP", "生产总值", "国内生产总值"]
GROWTH_NOTE = "同比 → yoy; level and growth share the metric (README §3)"

# ---- line 1: title (no numerals: 东西北 has none) -----------------------------------------

# ---- line 2 ------------------------------------------------------------------------------
g.neg("：一头是中国经济", "一头", "一头…一头… 'on the one side … on the other', not a count")
g.neg("领头羊珠三角", "珠三角", PRD_NOTE)
g.neg("珠三角，一头是人均GDP", "一头", "一头…一头… 'on the one side … on the other', not a count")
g.fact("粤东西北11市", "11市", value=11, unit="count", kind="count", classifier="市",
       metric="人均GDP低于全国平均水平的粤东西北城市",
       metric_alts=["人均GDP低于全国平均水平的城市", "人均GDP低于全国平均水平的市",
                    "粤东西北城市", "人均GDP低于全国平均水平的粤东西北市", "城市", "市",
                    "人均GDP低于全国平均水平的城市数量"],
       subject="粤东西北地区",
       subject_alts=["粤东西北", "广东省", "广东", "广东省粤东西北地区"],
       note="count of the cities of 粤东西北 whose GDP per head is below the national average "
            "(the threshold 人均GDP低于全国平均水平 defines the counted set → part of the "
            "metric, SPEC §2). Judgement call: 粤东西北 is usually 12 cities (line 7: 粤东西北12市), "
            "so 11 is read as the number of those below the average rather than a region "
            "name like 东北三省 (which would make it a negative). No period in the line and "
            "a news item has no document period → null")
g.neg("区域发展不平衡一直是", "一直", "adverb 一直 'all along', not a quantity")

# ---- line 3 ------------------------------------------------------------------------------
g.neg("珠三角一直以优异", "珠三角", PRD_NOTE)
g.neg("珠三角一直以优异", "一直", "adverb 一直 'all along', not a quantity")
NO_PERIOD = ("no period expression before it in its line (2013年 comes after and governs "
             "only the GDP share) and no document period → null; the 2013 reading as an alt")
g.fact("占广东国土面积70%", "70%", value=70, unit="%", kind="share",
       metric="占广东国土面积比重",
       metric_alts=["国土面积占比", "占广东国土面积", "国土面积占全省比重", "占全省国土面积比重",
                    "国土面积", "占广东国土面积的比重", "粤东西北地区占广东国土面积比重",
                    "国土面积比重"],
       **EWN, period=None, period_alts=[Y2013],
       note="粤东西北's share of the province's land area; " + NO_PERIOD)
g.fact("，人口50%的粤东西北", "50%", value=50, unit="%", kind="share",
       metric="占广东人口比重",
       metric_alts=["人口占比", "占广东人口", "人口占全省比重", "占全省人口比重", "人口",
                    "占广东人口的比重", "粤东西北地区占广东人口比重", "人口比重"],
       **EWN, period=None, period_alts=[Y2013],
       note="elided 占广东…人口50% (占 governs both shares) → share of the province's "
            "population; " + NO_PERIOD)
g.neg("2013年的国内生产总值", "2013年", PERIOD_NOTE)
g.fact("却仅占全省的21%", "21%", value=21, unit="%", kind="share",
       metric="国内生产总值占全省比重",
       metric_alts=["国内生产总值占比", "GDP占全省比重", "占全省国内生产总值比重",
                    "国内生产总值占全省的比重", "国内生产总值", "地区生产总值占全省比重",
                    "GDP占比", "占全省比重"],
       **EWN, period=Y2013,
       note="仅 'only' → eq; 2013年 governs; the region's share of provincial GDP")

# ---- line 4 ------------------------------------------------------------------------------
g.neg("再过两个月", "两个月",
      "time expression 再过两个月 'two months from now' dating the opening of the 广乐高速 "
      "(about October 2014), not a duration fact of its own — judgement call")
g.neg("多了一条连接珠三角", "一条", "一 + classifier as article (多了一条…大通道 'one more / "
      "another corridor'), not a count")
g.neg("多了一条连接珠三角", "珠三角", PRD_NOTE)

# ---- line 5 ------------------------------------------------------------------------------
g.neg("2013年—2017年，广东省财政", "2013年—2017年", PERIOD_NOTE)
g.fact("统筹安排资金6720亿元", "6720亿元", value=6720e8, unit="CNY", kind="amount",
       metric="统筹安排资金",
       metric_alts=["安排资金", "资金", "财政资金", "支持粤东西北振兴发展资金",
                    "统筹安排的资金", "财政统筹安排资金"],
       subject="广东省", subject_alts=["广东省财政", "广东", "广东省政府"],
       period=PLAN, modality="target",
       note="将 … 统筹安排: a funding plan of the provincial treasury for 2013-2017 → target; "
            "the provincial finance belongs to 广东省 (广东省财政 as an alt)")

# ---- line 6 ------------------------------------------------------------------------------
FUND = dict(subject="粤东西北振兴发展股权基金",
            subject_alts=["基金", "粤东西北振兴发展股权基金管理人", "广东省",
                          "粤东西北振兴发展股权基金项目"])
g.neg("河源、湛江四市", "四市",
      "appositive 四市 'the four cities just named' (肇庆、云浮、河源、湛江), like 三省一市 "
      "in nw_cctv_20210526, not a quantity claim (judgement call)")
g.neg("基金首批40亿元", "首批", "batch label 首批 'the first batch' (README §2), not a rank")
g.fact("基金首批40亿元", "40亿元", value=40e8, unit="CNY", kind="amount",
       metric="首批投资项目金额",
       metric_alts=["首批投资项目", "投资项目", "投资项目金额", "投资额", "首批投资项目投资额",
                    "基金首批投资项目", "首批投资", "投资金额", "首批投资额"],
       **FUND, period=LAST_MONTH,
       note="the first batch of the fund's investments, 40亿元 of projects, landed (正式落地) "
            "at the 上个月 meeting → actual; 上个月 → July 2014")
g.neg("国内500强企业", "500强",
      "class label 国内500强 (the top-500 list) naming the firms, not a measured rank or count "
      "(as 世界500强 in nw_hxnews_20220816)")
g.fact("总投资近百亿元项目", "百亿元", value=1e10, unit="CNY", kind="amount",
       bound="approx", metric="总投资",
       metric_alts=["项目总投资", "投资", "投资总额", "总投资额", "项目投资"],
       subject="茂名市",
       subject_alts=["茂名", "滨海新区", "茂名滨海新区", "茂名市滨海新区", "项目"],
       period=LAST_MONTH,
       period_alts=[P("上个月", None, None), P("上个月", None, REF), P("上个月", REF, REF)],
       note="近 → approx (outside the span); 百亿元 → 1e10; the total investment of a project "
            "that has already moved in (已经入驻) → actual. Period: 上个月 opens the line and "
            "governs its later clauses (SPEC §4, literal reading); alts: null, and the stock "
            "reading up to / at the broadcast (已经入驻)")
g.neg("而珠三角和粤东西北之间", "珠三角", PRD_NOTE)
g.neg("新一轮对口帮扶", "一轮", "新一轮 'a new round', not a count")

# ---- line 7 ------------------------------------------------------------------------------
g.neg("今年上半年广东实现", "今年上半年", PERIOD_NOTE)
g.fact("地区生产总值30879.09亿元", "30879.09亿元", value=30879.09e8, unit="CNY",
       kind="amount", metric="地区生产总值", metric_alts=GDP_ALTS, **GD, period=H1)
g.fact("同比增长7.5%", "7.5%", value=7.5, unit="%", kind="growth", metric="地区生产总值",
       metric_alts=GDP_ALTS, **GD, period=H1, comparison="yoy", note=GROWTH_NOTE)
g.neg("粤东西北12市", "12市",
      "region name 粤东西北12市 (the 12 cities that make up 粤东西北, as 东北三省 / 东南五省 "
      "in the other golds), the subject of the figures after it, not a count")
g.fact("生产总值达6791.9亿元", "6791.9亿元", value=6791.9e8, unit="CNY", kind="amount",
       metric="地区生产总值", metric_alts=GDP_ALTS, **EWN, period=H1,
       note="其中 → part of the province's GDP; 达 → eq; 今年上半年 governs the line")
g.fact("同比增长9%", "9%", value=9, unit="%", kind="growth", metric="地区生产总值",
       metric_alts=GDP_ALTS, **EWN, period=H1, comparison="yoy", note=GROWTH_NOTE)
g.fact("高出全省1.5个百分点", "1.5个百分点", value=1.5, unit="pp", kind="change",
       metric="地区生产总值增速",
       metric_alts=["GDP增速", "增速", "地区生产总值增长速度", "生产总值增速",
                    "地区生产总值增长", "经济增速"],
       **EWN, period=H1, comparison="比全省",
       note="difference of growth rates (9% − 7.5%) → change in pp, metric X增速 (README §3); "
            "basis the province (高出全省)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (758 characters, "
    "a byte copy made by code; a short 新闻联播 item, so all of it). Title: line 1 as "
    "written. Date: 2014-08-02, the 新闻联播 broadcast date (shared meta: file name and "
    "pubtime 2014-08-02 19:18:11); nothing contradicts it (今年上半年 = 2014 H1 is the latest "
    "data; 再过两个月 the 广乐高速 opens, which fits late 2014). 今年 = 2014; 上个月 = July "
    "2014. Place: 广东省 (shared meta 广东省（粤东西北）). Subjects: provincial GDP → 广东省; "
    "the shares, GDP and growth of the 12 cities outside the Pearl River Delta → 粤东西北地区 "
    "(a region of the province, not in the gazetteer; 粤东西北 / 粤东西北12市 as alts); the "
    "6720亿元 plan → 广东省 (广东省财政 as alt); the first 40亿元 of projects → 粤东西北振兴"
    "发展股权基金; the 茂名 project → 茂名市. Periods: 今年上半年 → 2014-01-01..2014-06-30; "
    "2013年 → 2013 (the GDP share only: the 70%/50% before it get null, 2013 as alt); "
    "2013年—2017年 → 2013-01-01..2017-12-31; 上个月 → 2014-07 (governs the rest of line 6; "
    "null as an alt for the 茂名 project); line 2 → null. Modality: the 2013-2017 funding "
    "(将 … 统筹安排) → target; all else actual. Judgement calls: 11市 (line 2) read as the "
    "count of 粤东西北 cities below the national GDP per head (threshold in the metric), "
    "while 粤东西北12市 (line 7) is a region name → negative; 四市 (appositive), 两个月 "
    "(time of the opening) → negatives. Negatives: 一头 ×2, 珠三角 ×4 (place name), 一直 "
    "×2, 2013年, 两个月, 一条, 2013年—2017年, 四市, 首批, 500强, 一轮, 今年上半年, 12市.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
