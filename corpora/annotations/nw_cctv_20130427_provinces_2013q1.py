"""Gold annotations for nw_cctv_20130427_provinces_2013q1 (dev: corpora/).

央视网消息(新闻联播), 2013-04-27: 关注各地经济数据发布：增长放缓 转型提速.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20130427_provinces_2013q1.txt (the article is far shorter than
an excerpt, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20130427_provinces_2013q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20130427_provinces_2013q1"
PLACE = "中国"
REF = "2013-04-27"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "关注各地经济数据发布：增长放缓 转型提速"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2013-04-27: 一季度 = 2013-01-01..2013-03-31; 去年/去年全年 = 2012;
# 截至今天 = the reference date)
Q1 = P("一季度", "2013-01-01", "2013-03-31")
Q1_NULL = P("一季度", None, None)
Y2012_FULL = P("去年全年", "2012-01-01", "2012-12-31")
Y2012 = P("去年", "2012-01-01", "2012-12-31")
TODAY = P("截至今天", REF, REF)
TODAY_OPEN = P("截至今天", None, REF)

# the document's period (line 2: 31个省区市的一季度经济数据; the article reports 2013 Q1)
# for numbers whose paragraph states no period before them; null reading in period_alts
DOC = dict(period=Q1, period_alts=[Q1_NULL])
DOC_NOTE = ("no period expression before it in its paragraph → the document's period "
            "(一季度经济数据, line 2: 2013 Q1); null reading in period_alts")

CN = dict(subject="中国", subject_alts=["全国"])
JS = dict(subject="江苏省", subject_alts=["江苏"])
EAST = dict(subject="东部地区",
            subject_alts=["东部", "东部11个省市", "东部地区11个省市", "东部省市", "东部省份",
                          "整个东部地区"])
MIDWEST = dict(subject="中西部地区",
               subject_alts=["中西部", "中西部地区20个省份", "中西部20个省份", "中西部省份",
                             "中西部地区省份"])
GDP_AVG_ALTS = ["GDP平均增速", "平均增速", "GDP增速", "增速", "增幅", "经济增速",
                "GDP平均增长", "平均增长", "经济增长"]
GDP_PP_ALTS = ["增幅", "GDP增幅", "经济增速", "增速", "GDP平均增速", "平均增速", "GDP"]

# ---- line 1: title (no numerals) -------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.fact("全国31个省区市", "31个", value=31, unit="count", kind="count", classifier="个",
       metric="一季度经济数据已经公布的省区市",
       metric_alts=["一季度经济数据都已经公布的省区市", "经济数据已经公布的省区市",
                    "公布一季度经济数据的省区市", "已公布一季度经济数据的省区市",
                    "一季度经济数据公布的省区市", "省区市", "省区市数量", "省份", "全国省区市",
                    "一季度经济数据已经公布的省区市数量"],
       **CN, period=TODAY, period_alts=[TODAY_OPEN, Q1],
       note="count of provinces → 中国 (全国 as alt); all 31 have released their Q1 data "
            "(都已经公布) → the set is defined by the release, as 截至目前…31个省区市 in "
            "nw_cctv_20160508; 截至今天 → instant at the reference date (alts null..ref and "
            "the Q1 the data cover)")
g.neg("省区市的一季度经济数据", "一季度", PERIOD_NOTE)

# ---- line 3 ----------------------------------------------------------------------------
g.fact("31个省区市中，东部", "31个", value=31, unit="count", kind="count", classifier="个",
       metric="省区市",
       metric_alts=["省区市数量", "省份", "全国省区市", "一季度经济数据已经公布的省区市",
                    "公布一季度经济数据的省区市"],
       **CN, period=Q1, period_alts=[Q1_NULL, TODAY],
       note="the 31 provinces of line 2 restated (31个省区市中, the whole set split into "
            "东部 11 + 中西部 20): a repeated mention is still a mention (as 上述7个省份 in "
            "nw_sina_20220427); " + DOC_NOTE + " and the 截至今天 instant of line 2")
g.fact("东部11个省市", "11个", value=11, unit="count", kind="count", classifier="个",
       metric="东部省市",
       metric_alts=["东部地区省市", "东部省份", "东部地区省份", "省市", "东部省市数量",
                    "东部地区省市数量"],
       subject="中国", subject_alts=["全国", "东部地区", "东部"],
       **DOC,
       note="count of provinces → 中国, the region as alt (as 4个中部省份 in "
            "nw_sina_20220427: subject 中国, alts 中部地区); the 一季度 right after the count "
            "and the document period agree on 2013 Q1; null reading in period_alts")
g.neg("11个省市一季度GDP", "一季度", PERIOD_NOTE)
g.fact("平均增速为9.48%", "9.48%", value=9.48, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_AVG_ALTS, **EAST, period=Q1, comparison="yoy",
       note="the average Q1 GDP growth of the 11 eastern provinces → subject 东部地区 (the "
            "11 provinces as alt); the level and its growth share the metric (GDP), "
            "GDP平均增速 as alt; growth without basis → yoy; 一季度 stated just before it")
g.neg("增幅比去年全年", "去年全年", PERIOD_NOTE + " (here the period of the 9.52% it "
      "qualifies, the comparison basis of 略有放缓)")
g.fact("去年全年的9.52%", "9.52%", value=9.52, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_AVG_ALTS, **EAST, period=Y2012_FULL, comparison="yoy",
       note="the eastern provinces' average GDP growth in 2012 (去年全年的9.52%): a period "
            "inside a comparison governs only its own value (SPEC §4) → 2012; 略有放缓 has "
            "no numeral (9.48 vs 9.52: no pp fact stated)")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("占六成左右", "六成", value=60, unit="%", kind="share", bound="approx",
       metric="经济总量占全国比重",
       metric_alts=["占我国经济比重", "在我国经济比重", "我国经济比重", "经济比重",
                    "占全国经济比重", "占中国经济比重", "占全国经济总量比重",
                    "东部地区占我国经济比重", "东部地区经济占比", "GDP占全国比重",
                    "经济总量占比", "经济占比", "占比"],
       subject="东部地区", subject_alts=["东部"],
       period=Q1, period_alts=[Q1_NULL, P("去年全年", "2012-01-01", "2012-12-31")],
       note="在我国经济比重中占六成左右: 六成 = 60%, 左右 → approx (outside the span); the "
            "eastern region's share of the national economy (as 大半(江山) in "
            "nw_cctv_20160508: metric 经济总量占全国比重); " + DOC_NOTE + "; 2012 (the "
            "last full year) as another alt")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("一季度江苏经济同比", "一季度", PERIOD_NOTE)
g.fact("经济同比增长9.7%", "9.7%", value=9.7, unit="%", kind="growth", metric="GDP",
       metric_alts=["经济", "经济增长", "经济增速", "GDP增速", "地区生产总值", "增速",
                    "江苏经济", "GDP同比增速"],
       **JS, period=Q1, comparison="yoy",
       note="江苏经济同比增长 = the province's GDP growth (metric GDP, 经济 as alt); 同比 → yoy")
g.neg("与去年全年相比", "去年全年", PERIOD_NOTE + " (here only the comparison basis of "
      "回落了0.4个百分点; it does not replace the governing 一季度)")
g.fact("增幅回落了0.4个百分点", "0.4个百分点", value=-0.4, unit="pp", kind="change",
       metric="GDP增速",
       metric_alts=["增幅", "GDP增幅", "经济增速", "经济增幅", "江苏经济增速", "增速",
                    "经济增长增幅"],
       **JS, period=Q1, comparison="比去年全年",
       note="pp difference of growth rates (Q1 2013 9.7% vs the 2012 full-year growth) → "
            "metric X增速 (README §3), 回落 → negative; 与去年全年相比 is the comparison "
            "basis (surface form 比去年全年, as 比1-3月份 in sr_nbs_2017m04), the period "
            "stays 一季度")
g.fact("服务业投资同比增长22.3%", "22.3%", value=22.3, unit="%", kind="growth",
       metric="服务业投资",
       metric_alts=["服务业投资增速", "第三产业投资", "江苏服务业投资"],
       **JS, period=Q1, comparison="yoy",
       note="同比 → yoy; the line's 一季度 still governs (与去年全年相比 is a basis)")
g.fact("快了4.3个百分点", "4.3个百分点", value=4.3, unit="pp", kind="change",
       metric="服务业投资增速",
       metric_alts=["增速", "服务业投资", "服务业投资增速比第二产业投资快",
                    "服务业投资增速与第二产业投资增速之差"],
       **JS, period=Q1, comparison="比第二产业投资",
       note="pp difference of growth rates (增速比第二产业投资快了) → metric X增速, basis "
            "比第二产业投资 (as 比工业投资 in README §6)")
g.neg("整个东部地区，一季度", "一季度", PERIOD_NOTE)
g.fact("增长了20.1%", "20.1%", value=20.1, unit="%", kind="growth", metric="民间投资",
       metric_alts=["民间投资增速", "东部地区民间投资"], **EAST, period=Q1,
       comparison="yoy", note="比去年同期 → yoy; 整个东部地区 → 东部地区")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("从一季度数据看", "一季度", PERIOD_NOTE)
g.fact("中西部地区20个省份", "20个", value=20, unit="count", kind="count", classifier="个",
       metric="中西部省份",
       metric_alts=["中西部地区省份", "省份", "中西部省份数量", "中西部地区省份数量",
                    "中西部地区20个省份"],
       subject="中国", subject_alts=["全国", "中西部地区", "中西部"], period=Q1,
       period_alts=[Q1_NULL],
       note="count of provinces → 中国, the region as alt (as 东部11个省市 on line 3); "
            "从一季度数据看 governs")
g.fact("平均增长10.55%", "10.55%", value=10.55, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_AVG_ALTS, **MIDWEST, period=Q1, comparison="yoy",
       note="average Q1 growth of the 20 central and western provinces (GDP: the section "
            "is about 经济增速, and 去年11.84% is their 2012 GDP growth) → subject "
            "中西部地区; growth without basis → yoy")
g.fact("比去年11.84%的增幅", "11.84%", value=11.84, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_AVG_ALTS, **MIDWEST, period=Y2012, comparison="yoy",
       note="去年11.84%的增幅: the period inside the comparison governs only its own value "
            "(SPEC §4) → 2012")
g.fact("回落了1.3个百分点", "1.3个百分点", value=-1.3, unit="pp", kind="change",
       metric="GDP增速", metric_alts=GDP_PP_ALTS + ["平均增长"], **MIDWEST, period=Q1,
       comparison="比去年",
       note="pp difference of growth rates (10.55% vs 11.84%, rounded) → metric X增速, "
            "回落 → negative; basis 比去年 (the 2012 growth), period 一季度")
g.neg("在未来一段时间内", "一段", "vague 一段(时间) 'some time', not a quantity (a vague "
      "future span with no figure)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): the "
    "article is far shorter than an excerpt, so all of it is taken. Title: line 1 (= the "
    "shared meta title). Date: 2013-04-27, the 新闻联播 broadcast date (shared meta, pubtime "
    "2013-04-27 19:07); nothing contradicts it: 截至今天，全国31个省区市的一季度经济数据都已经"
    "公布 fits late April 2013, and 江苏 Q1 9.7% vs its 2012 growth (10.1%) gives the 0.4 "
    "percentage points stated. Place: a national round-up of provinces → 中国 (the shared "
    "meta says 多省份); counts of provinces (31个, 东部11个省市, 中西部地区20个省份) belong to "
    "中国 with the region as alt; regional averages belong to the region (东部地区, "
    "中西部地区; the 11/20 provinces as alts); 江苏's figures to 江苏省 (alt 江苏). "
    "Periods: 一季度 = 2013-01-01..2013-03-31; 截至今天 = instant 2013-04-27 (line 2's "
    "31个); 去年全年/去年 = 2012 for the values they qualify (9.52%, 11.84%) and only a "
    "comparison basis elsewhere (与去年全年相比 → comparison 比去年全年, 比去年 → the 1.3 pp); "
    "line 3's restated 31个 and line 4's 六成左右 have no period before them in their "
    "paragraph → the document's period 2013 Q1 with the null reading in period_alts. "
    "Judgement calls: 平均增速/平均增长 of a group of provinces → metric GDP (GDP平均增速 "
    "as alt), subject the region; 江苏经济同比增长 → GDP (经济 as alt); 六成左右 → share 60 "
    "approx (metric 经济总量占全国比重, as 大半 in nw_cctv_20160508); the pp changes carry "
    "the sign of 回落/快了; 略有放缓 has no numeral. Negatives: every 一季度/去年全年 "
    "expression with a numeral, and 一段(时间).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
