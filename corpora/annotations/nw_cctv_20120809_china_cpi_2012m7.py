"""Gold annotations for nw_cctv_20120809_china_cpi_2012m7 (corpora/).

央视网消息（新闻联播）, 2012-08-09: 7月CPI涨1.8% 物价上涨压力仍存.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_cctv_20120809_china_cpi_2012m7.txt (a short news item, shorter than
2,000 characters, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20120809_china_cpi_2012m7.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20120809_china_cpi_2012m7"
PLACE = "中国"
REF = "2012-08-09"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "7月CPI涨1.8% 物价上涨压力仍存"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="7月CPI涨1.8%", ends="（视频编辑：林楠 文字编辑：刘禛）")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SINCE_NOTE = ("period expression 两年半以来 'for the first time in two and a half years' "
              "(the span over which CPI stayed above 2%), not a 2.5-year duration fact (as "
              "近三年来, README §2)")
FIRST_NOTE = "first-time claim ({}), not a rank or count"

# Periods (reference date 2012-08-09, the broadcast day; NBS published the July 2012 CPI on
# 9 August 2012: 国家统计局最新数据显示; the 发改委 official spoke 今天).  7月 / 7月份 / 七月份 =
# 2012-07-01..2012-07-31 (今年 = 2012); 1-7月 = 2012-01-01..2012-07-31; 六月份 (after 比) is
# a comparison basis; 去年同期 (no numeral) likewise.
JUL = P("7月份", "2012-07-01", "2012-07-31")
JUL_TITLE = P("7月", "2012-07-01", "2012-07-31")
JUL_CN = P("七月份", "2012-07-01", "2012-07-31")
YTD = P("1-7月", "2012-01-01", "2012-07-31")
HALF3 = P("两年半以来", "2010-02-09", REF)

CN = dict(subject="中国", subject_alts=["全国", "我国", "国内"])
CPI = "居民消费价格总水平"
CPI_ALTS = ["居民消费价格", "CPI", "居民消费价格指数", "全国居民消费价格总水平", "居民消费价格涨幅",
            "CPI涨幅", "全国居民消费价格", "居民消费价格总水平涨幅"]
CPI_W = "CPI"
CPI_W_ALTS = ["居民消费价格", "居民消费价格总水平", "居民消费价格指数", "CPI涨幅",
              "居民消费价格涨幅", "全国居民消费价格总水平"]
WITHIN_NOTE = ("CPI 'back within 2%' (以内 → le, outside the span): a bound restating the "
               "1.8% of July in words, a quantity of its own (as 接近一半 restating 47.2% in "
               "nw_yicai_20220413), not a threshold defining a counted set; growth of the "
               "price level, yoy")

# ---- line 1: title ---------------------------------------------------------------------
g.neg("7月CPI涨1.8%", "7月", PERIOD_NOTE + " (title)")
g.fact("7月CPI涨1.8%", "1.8%", value=1.8, unit="%", kind="growth", metric=CPI_W,
       metric_alts=CPI_W_ALTS, **CN, period=JUL_TITLE, comparison="yoy",
       note="title: 涨 of a price index → growth; the CPI of the country → 中国; 7月 before "
            "it → July 2012; growth without basis → yoy (the lead says 同比)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg(":7月份，全国", "7月份", PERIOD_NOTE)
g.fact("总水平同比上涨1.8%", "1.8%", value=1.8, unit="%", kind="growth", metric=CPI,
       metric_alts=CPI_ALTS, **CN, period=JUL, comparison="yoy",
       note="全国 → 中国; 同比 → yoy; the metric as written (居民消费价格总水平, the CPI)")
g.neg("这是两年半以来", "两年半以来", SINCE_NOTE)
g.neg("CPI首度回到", "首度", FIRST_NOTE.format("首度 'for the first time'"))
g.fact("首度回到2%以内", "2%", value=2, unit="%", kind="growth", bound="le", metric=CPI_W,
       metric_alts=CPI_W_ALTS, **CN, period=JUL, period_alts=[HALF3],
       comparison="yoy",
       note=WITHIN_NOTE + "; 7月份 of the line governs (两年半以来 as an alt: the literal "
                          "nearest period expression)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("\n7月份，全国居民消费价格总水平中", "7月份", PERIOD_NOTE)
LINE3_NOTE = ("breakdown of the July CPI (全国居民消费价格总水平中): the category's price "
              "change, 上涨 → growth, yoy (the 同比 of the lead; no basis written); 7月份 of "
              "the line governs; the national figure → 中国")
g.fact("城市上涨1.9%", "1.9%", value=1.9, unit="%", kind="growth", metric="城市居民消费价格",
       metric_alts=["城市", "城市CPI", "城市居民消费价格总水平", "城市居民消费价格指数", "城市价格",
                    "城市消费价格"],
       **CN, period=JUL, comparison="yoy",
       note="其中 of 居民消费价格总水平: head restored (城市 as written, as alt, as in "
            "cm_zhoukou_2023); " + LINE3_NOTE)
g.fact("农村上涨1.5%", "1.5%", value=1.5, unit="%", kind="growth", metric="农村居民消费价格",
       metric_alts=["农村", "农村CPI", "农村居民消费价格总水平", "农村居民消费价格指数", "农村价格",
                    "农村消费价格"],
       **CN, period=JUL, comparison="yoy")
g.fact("；食品价格上涨2.4%", "2.4%", value=2.4, unit="%", kind="growth", metric="食品价格",
       metric_alts=["食品", "食品价格指数", "食品消费价格"], **CN, period=JUL, comparison="yoy")
g.fact("非食品价格上涨1.5%", "1.5%", value=1.5, unit="%", kind="growth", metric="非食品价格",
       metric_alts=["非食品", "非食品价格指数", "非食品消费价格"], **CN, period=JUL,
       comparison="yoy")
g.fact("消费品价格上涨1.7%", "1.7%", value=1.7, unit="%", kind="growth", metric="消费品价格",
       metric_alts=["消费品", "消费品价格指数"], **CN, period=JUL, comparison="yoy")
g.fact("服务项目价格上涨2.0%", "2.0%", value=2.0, unit="%", kind="growth",
       metric="服务项目价格", metric_alts=["服务项目", "服务价格", "服务项目价格指数"], **CN,
       period=JUL, comparison="yoy")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("CPI两年半以来首次", "两年半以来", SINCE_NOTE)
g.neg("两年半以来首次跌到", "首次", FIRST_NOTE.format("首次 'for the first time'"))
g.fact("首次跌到2%以内", "2%", value=2, unit="%", kind="growth", bound="le", metric=CPI_W,
       metric_alts=CPI_W_ALTS, **CN, period=JUL,
       period_alts=[HALF3, P("两年半以来", None, None)], comparison="yoy",
       note=WITHIN_NOTE + "; the line names no month: the fall below 2% is the July figure "
            "of the item (7月份 of the lines before) → July 2012 as gold, judgement call; "
            "alts: 两年半以来 (the only period expression of the line, literal inheritance) "
            "and null")
g.neg("七月份比六月份", "七月份", PERIOD_NOTE)
g.neg("七月份比六月份", "六月份", "date expression naming the comparison basis of 0.5个百分点 "
      "(比六月份), not a fact and not its period (SPEC §4)")
g.fact("减弱0.5个百分点", "0.5个百分点", value=-0.5, unit="pp", kind="change",
       metric="翘尾因素",
       metric_alts=["翘尾因素影响", "翘尾影响", "翘尾因素对CPI的影响", "CPI翘尾因素", "翘尾"],
       **CN, period=JUL_CN, comparison="mom",
       note="the carry-over effect on the yoy CPI, in pp: July's minus June's (比六月份 = the "
            "previous month → mom, as 比上月 in nw_xinhua_20211110); 减弱 → negative; 七月份 "
            "= July 2012")
g.neg("的另一个重要原因", "一个", "另一个 'another (reason)', not a count")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("看，7月份我国食品价格", "7月份", PERIOD_NOTE)
MOM_NOTE = ("环比 (the line's 环比数据, carried over the list) → mom; 下降 → negative; "
            "7月份 of the line governs")
g.fact("食品价格环比下降0.1%", "0.1%", value=-0.1, unit="%", kind="growth", metric="食品价格",
       metric_alts=["食品", "食品价格指数", "食品消费价格"], **CN, period=JUL, comparison="mom",
       note="我国 → 中国; " + MOM_NOTE)
g.fact("猪肉价格环比下降0.3%", "0.3%", value=-0.3, unit="%", kind="growth", metric="猪肉价格",
       metric_alts=["猪肉", "猪肉价格指数", "猪肉消费价格"], **CN, period=JUL, comparison="mom",
       note="其中: item of 食品; " + MOM_NOTE)
g.fact("水产品价格下降0.6%", "0.6%", value=-0.6, unit="%", kind="growth",
       metric="水产品价格", metric_alts=["水产品", "水产品价格指数", "水产品消费价格"], **CN,
       period=JUL, comparison="mom", note=MOM_NOTE)
g.fact("蛋价格下降2.3%", "2.3%", value=-2.3, unit="%", kind="growth", metric="蛋价格",
       metric_alts=["蛋", "蛋类价格", "鸡蛋价格", "蛋价格指数", "蛋消费价格"], **CN,
       period=JUL, comparison="mom", note=MOM_NOTE)
g.fact("鲜菜价格上涨0.2%", "0.2%", value=0.2, unit="%", kind="growth", metric="鲜菜价格",
       metric_alts=["鲜菜", "鲜菜价格指数", "鲜菜消费价格"], **CN, period=JUL, comparison="mom",
       note="上涨 → positive; 环比 → mom")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("仔细观察了一下", "一下", "verb complement 一下 ('have a look'), not a quantity")
g.neg("一下七月份的上旬", "七月份", PERIOD_NOTE + " (七月份的上旬和中旬; no number follows)")
g.neg("所以七月份应该是", "七月份", PERIOD_NOTE)
g.fact("回来到2%以内", "2%", value=2, unit="%", kind="growth", bound="le", metric=CPI_W,
       metric_alts=CPI_W_ALTS, **CN, period=JUL_CN, comparison="yoy",
       note=WITHIN_NOTE + "; the indicator is not written (the CPI the speaker explains); "
            "应该是 'should be' explains the published July figure → actual, not forecast; "
            "七月份 just before → July 2012")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("从1-7月平均看", "1-7月", PERIOD_NOTE)
g.fact("比去年同期上涨3.1%", "3.1%", value=3.1, unit="%", kind="growth", metric=CPI_W,
       metric_alts=CPI_W_ALTS + ["CPI平均涨幅", "居民消费价格平均涨幅"], **CN, period=YTD,
       comparison="yoy",
       note="从1-7月平均看 → the average yoy rate over Jan-Jul 2012 (2012-01-01..2012-07-31); "
            "比去年同期 → yoy")
g.fact("国际平均3%的通胀警戒线", "3%", value=3, unit="%", kind="growth", metric="通胀警戒线",
       metric_alts=["国际平均通胀警戒线", "国际平均的通胀警戒线", "通胀率警戒线", "通货膨胀警戒线",
                    "警戒线"],
       subject="国际", subject_alts=["国际平均", "全球", "世界"],
       period=None, period_alts=[YTD], comparison="yoy",
       note="judgement call: the international average inflation alert line, a benchmark "
            "value stated as such (not a threshold defining a counted set) → a fact; an "
            "inflation rate is the yoy growth of the price level → kind growth, yoy; owner "
            "the international benchmark (国际平均 → subject 国际); a standing benchmark → "
            "period null, the literal 1-7月 of the line as alt")

# ---- line 8 ----------------------------------------------------------------------------
L8 = dict(period=None, period_alts=[P("最近", None, REF)], comparison="yoy")
L8_NOTE = ("quoted analyst: price rise of the commodity in the market named; the line states "
           "no period (最近 of line 7 does not cross the line) and the item has no document "
           "period → null (the recent span up to the reference date as alt); the basis of "
           "the rise is not written (a recent rise with the drought) → comparison yoy by "
           "SPEC §2's default for growth without a basis (judgement call)")
US = dict(subject="美国", subject_alts=["美国市场"])
g.fact("豆粕美国上涨了70%", "70%", value=70, unit="%", kind="growth", metric="豆粕价格",
       metric_alts=["豆粕", "豆粕美国价格", "美国豆粕价格", "豆粕价格涨幅"], **US, **L8,
       note="豆粕美国 → the US soybean-meal price → subject 美国; " + L8_NOTE)
g.fact("国内上涨了36%", "36%", value=36, unit="%", kind="growth", metric="豆粕价格",
       metric_alts=["豆粕", "国内豆粕价格", "豆粕国内价格", "豆粕价格涨幅"], **CN, **L8,
       note="国内 → 中国 (as the document's place); " + L8_NOTE)
g.fact("玉米美国上涨了27%", "27%", value=27, unit="%", kind="growth", metric="玉米价格",
       metric_alts=["玉米", "玉米美国价格", "美国玉米价格", "玉米价格涨幅"], **US, **L8)
g.fact("国内上涨了5%", "5%", value=5, unit="%", kind="growth", metric="玉米价格",
       metric_alts=["玉米", "国内玉米价格", "玉米国内价格", "玉米价格涨幅"], **CN, **L8)

# ---- line 10 ---------------------------------------------------------------------------
g.neg("“保两头”", "两头", "slogan “保两头” (secure both ends: farm prices and low-income "
      "urban households, spelled out next), a label, not a count")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-10 (892 "
    "characters, a byte copy made by code): a short 新闻联播 item (under 2,000 characters), "
    "so all of it is taken. Date: 2012-08-09, the broadcast date given by the source meta "
    "(INDEX.tsv, file name assets/2012/20120809.json, pubtime 2012-08-09 19:10); the NBS "
    "published the July 2012 CPI (1.8%) on 9 August 2012, and the 发改委 official speaks "
    "今天 — consistent. 今年 = 2012 (not written); 7月 / 7月份 / 七月份 = 2012-07-01.."
    "2012-07-31; 1-7月 = 2012-01-01..2012-07-31; 六月份 (after 比) and 去年同期 are comparison "
    "bases. Place: 中国 (national release; 全国/我国/国内 → 中国). Title: line 1 as written. "
    "Periods: a line is a paragraph; lines 2, 3, 5 open with 7月份, line 6 has 七月份, line "
    "7 1-7月; line 4 has only 两年半以来 before its 2% (gold July 2012, alts the literal "
    "两年半以来 span and null); line 8 (the analyst's quote) states none → null. "
    "Judgement calls: the three '2%以内' statements (回到/跌到/回来到2%以内) → facts, CPI "
    "growth ≤ 2 (le) in July, restating 1.8% (as 接近一半 in nw_yicai_20220413); "
    "七月份比六月份减弱0.5个百分点 → change −0.5 pp of the carry-over effect (翘尾因素), mom; "
    "国际平均3%的通胀警戒线 → a growth fact 3% (subject 国际, period null); the quoted US/"
    "domestic soybean-meal and corn price rises → growth with subject 美国 / 中国, null "
    "period, comparison yoy by the SPEC default (the basis is not written); line 6's 应该是 → actual. "
    "Negatives: 7月 (title), 7月份 ×3, 七月份 ×3, 1-7月 (periods), 六月份 (basis), 两年半以来 "
    "×2, 首度/首次 (first-time claims), 一个 (另一个), 一下, 两头 (slogan 保两头).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
