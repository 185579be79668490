"""Gold annotations for nw_cctv_20160508_provinces_2016q1 (held-out: corpora/heldout/).

央视网消息（新闻联播）, 2016-05-08: 各地经济数据出炉 筑底企稳信号增强.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20160508_provinces_2016q1.txt (726 characters: the article is
far shorter than an excerpt, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20160508_provinces_2016q1.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20160508_provinces_2016q1"
PLACE = "中国"
REF = "2016-05-08"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "各地经济数据出炉 筑底企稳信号增强"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2016-05-08: 一季度 = 2016-01-01..2016-03-31, 今年 = 2016,
# 目前/截至目前 = the reference date)
Q1 = P("一季度", "2016-01-01", "2016-03-31")
Q1_NULL = P("一季度", None, None)
Y2015 = P("去年", "2015-01-01", "2015-12-31")
Y2016 = P("今年", "2016-01-01", "2016-12-31")
NOW = P("截至目前", REF, REF)
NOW_OPEN = P("截至目前", None, REF)
NOW2 = P("目前", REF, REF)
NOW2_ALTS = [P("目前", None, REF), P("目前", None, None)]

# the document's period (title 各地经济数据出炉 + line 2 31个省区市一季度经济数据: 2016 Q1)
# for numbers whose paragraph states no period before them; null reading in period_alts
DOC = dict(period=Q1, period_alts=[Q1_NULL])
DOC_NOTE = ("no period expression before it in its paragraph (与去年一季度相比 is the "
            "comparison basis, not a period) → the document's period (一季度经济数据, line "
            "2: 2016 Q1); null reading in period_alts")

DOC_NOTE_L4 = ("no period expression before it in its paragraph → the document's period "
               "(一季度经济数据, line 2: 2016 Q1); null reading in period_alts")

CN = dict(subject="中国", subject_alts=["全国"])
GD = dict(subject="广东省", subject_alts=["广东"])
JS = dict(subject="江苏省", subject_alts=["江苏", "全省", "江苏全省"])
AH = dict(subject="安徽省", subject_alts=["安徽"])
SC = dict(subject="四川省", subject_alts=["四川"])
CENTRAL = dict(subject="中部地区", subject_alts=["中部", "中部省份", "中部地区各省"])
WEST = dict(subject="西部地区", subject_alts=["西部", "西部省份"])
EAST = dict(subject="东部地区", subject_alts=["东部", "东部省份"])
GDP_G_ALTS = ["GDP增速", "增速", "经济增速", "GDP同比增速", "地区生产总值", "经济增长",
              "增长"]

# ---- line 1: title (no numerals) -------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.fact("全国31个省区市", "31个", value=31, unit="count", kind="count", classifier="个",
       metric="一季度经济数据出炉的省区市",
       metric_alts=["一季度经济数据全部出炉的省区市", "经济数据出炉的省区市",
                    "公布一季度经济数据的省区市", "已公布一季度经济数据的省区市", "省区市",
                    "省区市数量", "省份", "全国省区市"],
       **CN, period=NOW, period_alts=[NOW_OPEN],
       note="count of provinces → 中国 (全国 as alt); all 31 have released their Q1 data "
            "(全部出炉) → the set is defined by the release, as 截止到目前…28个 in "
            "nw_sina_20220427; 截至目前 → instant at the reference date (alt null..ref)")
g.neg("省区市一季度经济数据", "一季度", PERIOD_NOTE)
g.neg("检索一份份经济报告", "一份份", "reduplicated indefinite 一份份 'one report after "
      "another' (cf. 一个个), not a count")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("与去年一季度相比", "去年一季度", PERIOD_NOTE + " (here the comparison basis of the "
      "growth rates, not their period)")
g.fact("上海等14个省市", "14个", value=14, unit="count", kind="count", classifier="个",
       metric="GDP增速加快的省市",
       metric_alts=["GDP增速加快的省份", "增速加快的省市", "GDP增速加快省市", "省市",
                    "GDP增速加快的省市数量", "经济增速加快的省市"],
       **CN, **DOC,
       note="count of provinces (广东、河北、上海等) → 中国; the predicate GDP增速加快 (vs "
            "去年一季度) defines the counted set; " + DOC_NOTE)
g.fact("实现8%左右的增长", "8%", value=8, unit="%", kind="growth", bound="approx",
       metric="GDP", metric_alts=GDP_G_ALTS, **CENTRAL, **DOC, comparison="yoy",
       note="左右 → approx, outside the span; GDP growth (先看经济增速); 普遍 = across the "
            "central provinces → the region as subject; " + DOC_NOTE)
SW = dict(subject="重庆市、西藏自治区、贵州省",
          subject_alts=["重庆、西藏、贵州", "西南地区的重庆、西藏、贵州", "西南地区",
                        "重庆市", "重庆", "西藏自治区", "西藏", "贵州省", "贵州"])
g.fact("增速更是达到10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
       metric="GDP", metric_alts=GDP_G_ALTS, **SW, **DOC, comparison="yoy",
       note="以上 → ge, outside the span; one bound stated of three named provinces → one "
            "fact whose subject lists them (each as an alt); " + DOC_NOTE)

# ---- line 4 ----------------------------------------------------------------------------
g.fact("中国经济大半江山", "大半", value=50, unit="%", kind="share", bound="gt",
       metric="经济总量占全国比重",
       metric_alts=["占中国经济比重", "占中国经济的比重", "经济占全国比重", "占全国经济比重",
                    "东部地区经济占比", "GDP占全国比重", "经济总量占比", "占比",
                    "东部地区占中国经济比重"],
       **EAST, period=Q1, period_alts=[Q1_NULL, Y2015],
       note="judgement call: 占中国经济大半江山 = more than half of China's economy → share "
            "> 50% (大半 'the greater half', lexicalized like 上万: the span keeps 大); the "
            "metaphor 江山 stays outside; " + DOC_NOTE_L4 + "; 2015 (the last full year) as an alt")
g.neg("一季度，经济第一大省", "一季度", PERIOD_NOTE)
g.fact("经济第一大省广东", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="经济总量",
       metric_alts=["GDP", "GDP总量", "经济规模", "经济", "地区生产总值", "经济大省"],
       **GD, period=Q1, period_alts=[Q1_NULL, Y2015],
       note="经济第一大省 = largest provincial economy → rank 1 in the country (scope "
            "全国); span 第一 without 大省 (as 全省第二 → 第二); 一季度 earlier in the "
            "sentence governs (alts null, 2015)")
g.fact("投资同比增长40%", "40%", value=40, unit="%", kind="growth", metric="装备制造业投资",
       metric_alts=["装备制造业投资增速", "装备制造业"], **GD, period=Q1, comparison="yoy")
g.fact("技改投资同比增长23.7%", "23.7%", value=23.7, unit="%", kind="growth",
       metric="工业技改投资",
       metric_alts=["工业技术改造投资", "技改投资", "工业技改投资增速", "技术改造投资"],
       **JS, period=Q1, comparison="yoy",
       note="江苏全省 → 江苏省; 一季度 of the previous sentence (same paragraph) governs")
g.fact("比重达到54.1%", "54.1%", value=54.1, unit="%", kind="share",
       metric="工业技改投资占工业投资比重",
       metric_alts=["占工业投资比重", "技改投资占工业投资比重", "工业技改投资占比",
                    "技改投资占比", "工业技术改造投资占工业投资比重",
                    "工业技改投资占工业投资的比重"],
       **JS, period=Q1,
       note="share of a flow (Q1 investment) → the Q1 span; 达到 → eq")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("一季度，河南的产品", "一季度", PERIOD_NOTE)
g.neg("第一次出现了工业机器人", "第一次", "first-time claim (第一次 = 首次), not a rank or "
      "count")
g.neg("在一季度增长了", "一季度", PERIOD_NOTE)
g.fact("增长了12.1%", "12.1%", value=12.1, unit="%", kind="growth", metric="高新技术产业",
       metric_alts=["高新技术产业增加值", "高新技术产业增速", "高新技术产业增加值增速",
                    "高新技术产业产值"],
       **AH, period=Q1, comparison="yoy",
       note="metric as written (高新技术产业; its value added as an alt); growth without "
            "basis → yoy")
g.fact("提高了2.4个百分点", "2.4个百分点", value=2.4, unit="pp", kind="change",
       metric="高新技术产业占工业比重",
       metric_alts=["高新技术产业在工业中所占比重", "在工业中所占比重", "所占比重",
                    "高新技术产业增加值占工业比重", "高新技术产业增加值占规模以上工业比重",
                    "高新技术产业占比", "高新技术产业增加值占比"],
       **AH, period=Q1, comparison="yoy",
       note="pp change of a share → the share's metric; 提高 against the same period of last "
            "year (default) → yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("质量和效益双双增强", "双双", "adverb 双双 'both', not a quantity")
g.neg("一季度，西部地区", "一季度", PERIOD_NOTE)
g.fact("同比增长13.2%", "13.2%", value=13.2, unit="%", kind="growth", metric="固定资产投资",
       metric_alts=["固定资产投资增速", "投资", "固投"], **WEST, period=Q1,
       comparison="yoy", note="the following 高于全国平均增速 has no numeral")
g.neg("四川一季度开工", "四川", "place name 四川 (Sichuan); 四 is not a quantity")
g.neg("四川一季度开工", "一季度", PERIOD_NOTE)
g.fact("开工的1294个项目", "1294个", value=1294, unit="count", kind="count",
       classifier="个", metric="开工项目",
       metric_alts=["开工的项目", "一季度开工的项目", "新开工项目", "项目", "开工项目数"],
       **SC, period=Q1, note="一季度 stated just before the count (四川一季度开工)")
g.fact("项目占了四分之三", "四分之三", value=75, unit="%", kind="share",
       metric="重大产业和基础设施项目占开工项目比重",
       metric_alts=["重大产业和基础设施项目占比", "重大产业和基础设施项目占开工项目的比重",
                    "重大产业和基础设施项目比重", "占比", "重大产业和基础设施项目",
                    "重大产业和基础设施项目占一季度开工项目比重"],
       **SC, period=Q1,
       note="四分之三 = 75% of the 1294 projects (a share of a count of Q1 starts)")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("显示，一季度，全国", "一季度", PERIOD_NOTE)
g.fact("同比增长4%", "4%", value=4, unit="%", kind="growth", metric="网络招聘总需求",
       metric_alts=["网络招聘需求", "招聘需求", "网络招聘总需求增速", "全国网络招聘总需求"],
       **CN, period=Q1, comparison="yoy", note="全国 → 中国; 同比 → yoy")

# ---- line 8 ----------------------------------------------------------------------------
g.fact("全部就业者的20%左右", "20%", value=20, unit="%", kind="share", bound="approx",
       metric="由创业促进的就业人数占全部就业者比重",
       metric_alts=["由创业促进的就业人数占全部就业者的比重", "由创业促进的就业人数占比",
                    "创业促进的就业人数占比", "创业促进就业人数占全部就业者比重",
                    "创业带动就业占比", "占全部就业者的比重", "占全部就业者比重",
                    "由创业促进的就业人数"],
       **CN, period=NOW2, period_alts=NOW2_ALTS,
       note="左右 → approx, outside the span; a share of a stock (the employed) under 目前 "
            "→ instant at the reference date (SPEC §4); alts null..ref, null")
FORECAST = dict(subject="中国",
                subject_alts=["中国经济", "全国", "国际货币基金组织"],
                period=Y2016, modality="forecast", comparison="yoy")
GDP_F_ALTS = ["预期增速", "经济增速", "GDP增速", "增速", "GDP预期增速", "经济增长",
              "国内生产总值", "中国今年的预期增速", "预期经济增速"]
g.fact("从6.3%调高到6.5%", "6.3%", value=6.3, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_F_ALTS, **FORECAST,
       note="start value of a from/to pair: the IMF's earlier forecast of China's 2016 "
            "growth → modality forecast, period 今年 (2016, the year forecast); growth of a "
            "year over the last → yoy")
g.fact("调高到6.5%", "6.5%", value=6.5, unit="%", kind="growth", metric="GDP",
       metric_alts=GDP_F_ALTS, **FORECAST,
       note="end value of the from/to pair: the IMF's latest (raised) forecast of China's "
            "2016 growth → forecast, period 2016, yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (726 characters "
    "with the final newline, a byte copy made by code): the article is far shorter than an "
    "excerpt, so all of it is taken. Title: line 1 (= the shared meta title). Date: "
    "2016-05-08, the 新闻联播 broadcast date (shared meta, pubtime 2016-05-08 21:14); "
    "nothing contradicts it: 截至目前…31个省区市一季度经济数据全部出炉 fits early May 2016, "
    "and the IMF's raise of China's 2016 forecast from 6.3% to 6.5% is the April 2016 World "
    "Economic Outlook. Place: a national round-up of provinces → 中国; national figures "
    "(全国) → 中国 (alt 全国); each province's number belongs to the province (official name, "
    "short form in subject_alts; 江苏全省 → 江苏省), regions (中部地区, 西部地区, 东部地区) own "
    "their figures, and one bound stated of 重庆、西藏、贵州 (达到10%以上) is one fact whose "
    "subject lists them; counts of provinces (31个, 14个) belong to 中国. Periods: "
    "一季度 = 2016-01-01..2016-03-31; 与去年一季度相比 is a comparison basis, so line 3's "
    "numbers take the document's period (2016 Q1, line 2) with the null reading in "
    "period_alts, as does line 4's 大半 (also 2015 as alt); 截至目前/目前 = instant "
    "2016-05-08 (31个; the stock share 20%左右); 今年 = 2016 for the IMF forecasts "
    "(modality forecast, both values of the from/to pair). Judgement calls: 大半(江山) is "
    "a share fact (> 50%, gt); 经济第一大省 is a rank fact (1, scope 全国); 四分之三 → share "
    "75; 高新技术产业 is kept as written (增加值 as alt). Negatives: every 一季度/去年一季度, "
    "一份份, 第一次 (first-time claim), 双双, 四川 (place name).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
