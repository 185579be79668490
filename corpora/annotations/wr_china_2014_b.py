"""Gold annotations for wr_china_2014_b (2014年中华人民共和国国务院政府工作报告, the end of the
review of 2013 and the opening of part 二 with the 2014 主要预期目标), lines 23-39 of
shared/texts/work_report/wr_china_2014.txt (held-out: corpora/heldout/).

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines, as unseen test excerpts
are cut).  It lies in part 一、2013年工作回顾 (source line 3) from the paragraphs of item 四是
(民生, whose heading line 22 is outside the excerpt: 低保, pensions, housing, education,
health, culture), item 五是 (社会治理: disasters, safety, laws, the 三公 spending) and diplomacy,
the closing lines of the review (成就来之不易, 困难和问题), then part 二、2014年工作总体部署: the
outlook, the general requirements and the 2014 主要预期目标 (GDP 7.5%左右, CPI 3.5%左右, jobs
1000万人以上, unemployment 4.6%以内).  The review from the heading to item 三是 (lines 3-21) is
wr_china_2014 (no overlap).  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2014_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2014_b"
SOURCE_ID = "wr_china_2014"
PLACE = "中国"
REF = "2014-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 23, 39                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2014年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2014)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="保障群众基本生活。", ends="着重对两个目标加以说明。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 / 一系列, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2014)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


goal = g.with_subject(PLACE, CN, modality="target")


# ---- periods (reference date 2014-03-05; 去年 = 2013, 今年 = 2014) ---------------------------
# Lines 1-13 of the excerpt (source 23-35) lie in part 一、2013年工作回顾 (heading at source
# line 3, outside the excerpt), which governs the section (SPEC §4, as wr_china_2014): figures
# whose line states no period before them take the year 2013 (period text 去年, the excerpt's
# own word for the review year, as 五年 in wr_china_2013_b) with the null reading in
# period_alts.  去年 opens lines 6 and 10 (source 28, 32),
# which hold no figure.  Stocks and shares of stocks (coverage of village clinics) → the
# instant 2013-12-31 with the literal year and null as alts; standards and counts of
# participating provinces in the year (补助标准人均280元, 28个省份, 31个省份) → the year with the
# instant as alt.  Line 14 is the heading 二、2014年工作总体部署 (the plan for 2014); line 15
# opens with 2014年 (no figures); line 17 opens with 今年 (= 2014), which governs the four
# 主要预期目标 (modality target).
H = "去年"   # period text of the frame: the heading 一、2013年工作回顾 lies outside the excerpt
Y13 = P(H, "2013-01-01", "2013-12-31")
Y13_NULL = P(H, None, None)
Y13_END = P(H, "2013-12-31", "2013-12-31")
FLOW = dict(period=Y13, period_alts=[Y13_NULL])
STOCK = dict(period=Y13_END, period_alts=[Y13, Y13_NULL])
LEVEL = dict(period=Y13, period_alts=[Y13_NULL, Y13_END])
INHERIT_NOTE = ("no period before it in its line → the section year 2013 (heading 一、2013年"
                "工作回顾, outside the excerpt; period text 去年), null in period_alts")
STOCK_NOTE = ("stock under the section year 2013: instant 2013-12-31 (stock rule); the literal "
              "year and null in period_alts")
LEVEL_NOTE = ("a level of the year 2013 (section year, no period in its line); the year-end "
              "instant and null as alts")
T14 = P("今年", "2014-01-01", "2014-12-31")
TARGET = dict(period=T14)
TGT = "今年…主要预期目标 → target; 今年 (= 2014) opens the line and governs it"

# ==== line 1 (source 23): 保障群众基本生活 ===========================================================
LOW_NOTE = "分别 in order of 城乡: 城市 ↔ 13.1%, 农村 ↔ 17.7%; 提高 X% → growth; " + INHERIT_NOTE
fact("分别提高13.1%", "13.1%", value=13.1, unit="%", kind="growth", metric="城市低保标准",
     metric_alts=["城镇低保标准", "城市居民最低生活保障标准", "城市最低生活保障标准", "城乡低保标准",
                  "低保标准"],
     comparison="yoy", **FLOW, note=LOW_NOTE)
fact("13.1%和17.7%", "17.7%", value=17.7, unit="%", kind="growth", metric="农村低保标准",
     metric_alts=["农村居民最低生活保障标准", "农村最低生活保障标准", "城乡低保标准", "低保标准"],
     comparison="yoy", **FLOW, note=LOW_NOTE)
PEN = ["企业退休人员基本养老金水平", "基本养老金", "基本养老金水平", "企业退休人员养老金",
       "退休人员基本养老金"]
fact("养老金水平提高10%", "10%", value=10, unit="%", kind="growth",
     metric="企业退休人员基本养老金", metric_alts=PEN, comparison="yoy", **FLOW,
     note="提高 X% → growth; " + INHERIT_NOTE)
HOUSE_START = ["保障性安居工程新开工", "保障性安居工程", "新开工保障性安居工程套数",
               "保障性住房新开工", "新开工保障性住房", "保障性安居工程开工"]
fact("新开工保障性安居工程666万套", "666万套", value=666e4, unit="count", kind="count",
     classifier="套", metric="新开工保障性安居工程", metric_alts=HOUSE_START, **FLOW,
     note="dwellings started in 2013 (a flow); " + INHERIT_NOTE)
fact("基本建成544万套", "544万套", value=544e4, unit="count", kind="count", classifier="套",
     metric="基本建成保障性安居工程",
     metric_alts=["保障性安居工程基本建成", "基本建成", "基本建成保障性住房", "保障性安居工程",
                  "基本建成保障性安居工程套数", "保障性安居工程建成"],
     **FLOW, note="dwellings basically completed in 2013 (a flow; head 保障性安居工程 restored)")
fact("上千万住房困难群众", "上千万", value=1e7, unit="count", kind="count", bound="ge",
     classifier="人", metric="乔迁新居的住房困难群众",
     metric_alts=["住房困难群众", "乔迁新居", "乔迁新居住房困难群众", "住房困难群众乔迁新居",
                  "乔迁新居人数"],
     **FLOW,
     note="上千万 'upwards of ten million' → 1e7 ge, the lexicalized prefix stays in the span "
          "(README §1: 上万个 → ge); no measure word → 人 implied; the predicate 乔迁新居 "
          "defines the counted set → in the metric")

# ==== line 2 (source 24): 教育 ======================================================================
fact("惠及3200万孩子", "3200万", value=3200e4, unit="count", kind="count", classifier="人",
     metric="学生营养改善计划惠及孩子",
     metric_alts=["惠及孩子", "学生营养改善计划受益学生", "受益学生", "营养改善计划惠及学生",
                  "学生营养改善计划覆盖学生", "孩子"],
     **LEVEL,
     note="the children covered by the school-meal programme in 2013; no measure word → 人 "
          "implied; " + LEVEL_NOTE)
fact("比上年增长8.5%", "8.5%", value=8.5, unit="%", kind="growth",
     metric="贫困地区农村学生上重点高校人数",
     metric_alts=["贫困地区农村学生上重点高校", "农村学生上重点高校人数",
                  "贫困地区农村学生进入重点高校人数", "重点高校招收贫困地区农村学生人数"],
     comparison="yoy", **FLOW, note="比上年 → yoy; " + INHERIT_NOTE)

# ==== line 3 (source 25): 医药卫生 ==================================================================
SUB = ["城乡居民基本医保财政补助", "基本医保财政补助标准", "财政补助标准", "医保财政补助标准",
       "城乡居民医保财政补助标准", "城乡居民基本医保人均财政补助标准",
       "新农合和城镇居民医保财政补助标准"]
gov("增加到人均280元", "280元", value=280, unit="CNY", kind="amount",
    metric="城乡居民基本医保财政补助标准", metric_alts=SUB, **LEVEL,
    note="the per-head subsidy of the year (人均 in the metric; 增加到 = the level reached, "
         "eq); government money → " + GOV_NOTE + "; " + LEVEL_NOTE)
CLINIC = ["基本药物制度覆盖村卫生室", "村卫生室覆盖率", "基本药物制度村卫生室覆盖率",
          "基本药物制度覆盖村卫生室比重", "基本药物制度覆盖率", "实施基本药物制度的村卫生室比例"]
fact("覆盖80%以上村卫生室", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="基本药物制度覆盖村卫生室比例", metric_alts=CLINIC, **STOCK,
     note="以上 → ge (outside the span); coverage reached (a share of a stock, as 80%以上 in "
          "wr_china_2007_b): " + STOCK_NOTE)
fact("28个省份开展", "28个", value=28, unit="count", kind="count", classifier="个",
     metric="开展大病医疗保险试点的省份",
     metric_alts=["大病医疗保险试点省份", "开展大病保险试点的省份", "省份", "省份数量",
                  "开展大病医疗保险试点省份", "大病医疗保险试点"],
     **LEVEL,
     note="the predicate (开展大病医疗保险试点) defines the counted set → in the metric (as "
          "28个省份 in wr_china_2015); a count of provinces → 中国; " + LEVEL_NOTE)
fact("使600万个家庭受益", "600万个", value=600e4, unit="count", kind="count",
     classifier="个", metric="农村免费孕前检查受益家庭",
     metric_alts=["受益家庭", "免费孕前检查受益家庭", "家庭", "农村免费孕前检查受益家庭数",
                  "受益家庭数量"],
     **FLOW, note="families benefiting in 2013 (a flow); " + INHERIT_NOTE)

# ==== line 4 (source 26): 文化 ======================================================================
g.neg("推出一批文化精品", "一批", BATCH_NOTE)
fact("文化产业增加值增长15%", "15%", value=15, unit="%", kind="growth", bound="ge",
     metric="文化产业增加值", metric_alts=["文化产业", "文化产业增加值增速"],
     comparison="yoy", **FLOW, note="以上 → ge (outside the span); " + INHERIT_NOTE)
g.neg("第十二届全国运动会", "第十二届", "edition label of an event (第十二届全国运动会, the 12th "
      "National Games), not a count (as 第十一届亚运会 in wr_china_1993)")

# ==== line 5 (source 27): 五是 (no facts) ===========================================================
g.neg("五是改进社会治理方式", "五是", MARKER_NOTE + " (item 五是 of the review)")

# ==== line 6 (source 28): 去年…自然灾害 (no facts; 统一 lexicalized) ================================
g.neg("发生四川芦山地震", "四川", "place name 四川 (Sichuan province), not a quantity (as 三峡 in "
      "wr_china_2003)")

# ==== line 7 (source 29): 安全生产和市场监管 =========================================================
fact("重特大事故下降16.9%", "16.9%", value=-16.9, unit="%", kind="growth",
     metric="重特大事故",
     metric_alts=["重特大事故起数", "重特大安全事故", "重特大生产安全事故", "重大和特别重大事故"],
     comparison="yoy", **FLOW, note="下降 → negative; " + INHERIT_NOTE)

# ==== line 8 (source 30): 依法行政 ==================================================================
gov("制定修订法律34件", "34件", value=34, unit="count", kind="count", classifier="件",
    metric="提请制定修订法律",
    metric_alts=["制定修订法律", "提请全国人大常委会制定修订法律", "法律", "制定修订的法律",
                 "提请制定修订的法律", "法律议案"],
    **FLOW,
    note="laws the State Council asked the NPC Standing Committee to enact or amend in 2013; "
         + GOV_NOTE + "; " + INHERIT_NOTE)
gov("制定修订行政法规47件", "47件", value=47, unit="count", kind="count", classifier="件",
    metric="制定修订行政法规",
    metric_alts=["行政法规", "制定修订的行政法规", "制定和修订行政法规", "行政法规数量"],
    **FLOW, note="administrative regulations enacted or amended in 2013; " + GOV_NOTE)

# ==== line 9 (source 31): 作风建设 ==================================================================
g.neg("中央八项规定精神", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_china_2017_b)")
g.neg("反对“四风”", "四风", LABEL_NOTE + " (“四风”, four undesirable work styles, as "
      "wr_china_2017_b)")
g.neg("“约法三章”", "约法三章", "idiom 约法三章 (the State Council's three rules on spending), a "
      "label, not a count (as wr_china_2017_b)")
g.neg("中央国家机关“三公”", "三公", LABEL_NOTE + " (“三公”经费: spending on official travel "
      "abroad, vehicles and receptions, as wr_china_2012_b)")
fact("经费减少35%", "35%", value=-35, unit="%", kind="growth",
     metric="中央国家机关“三公”经费",
     metric_alts=["“三公”经费", "三公经费", "中央国家机关三公经费", "中央国家机关“三公”经费支出",
                  "“三公”经费支出"],
     subject_alts=GOV + CN + ["中央国家机关"], comparison="yoy", **FLOW,
     note="减少 X% → growth, negative; the central organs' own spending → 中国, 中央国家机关 "
          "and the central government as alts; " + INHERIT_NOTE)
PROV = GOV + CN + ["31个省份", "省份", "各省份"]
fact("31个省份本级", "31个", value=31, unit="count", kind="count", classifier="个",
     metric="省份",
     metric_alts=["省份数量", "公务接待费减少的省份", "本级公务接待费减少的省份", "省（区、市）"],
     **LEVEL,
     note="judgement call: the provinces whose own-level reception spending is reported (all "
          "31, as 全国31个省区市 in nw_cctv_20130427_provinces_2013q1) → a count fact; treating "
          "31个省份 as the owner of the 26% only (negative) is the alternative; " + LEVEL_NOTE)
fact("公务接待费减少26%", "26%", value=-26, unit="%", kind="growth",
     metric="省份本级公务接待费",
     metric_alts=["本级公务接待费", "公务接待费", "31个省份本级公务接待费", "省级公务接待费",
                  "省本级公务接待费"],
     subject_alts=PROV, comparison="yoy", **FLOW,
     note="减少 X% → growth, negative; the aggregate of the 31 provincial governments' own "
          "spending → 中国 (national report), the provinces as alts; " + INHERIT_NOTE)
g.neg("一批违法违纪分子", "一批", BATCH_NOTE)

# ==== line 10 (source 32): 外交 (no facts) ==========================================================
g.neg("开创新局的一年", "一年", "'a year that opened new ground' = 2013 itself (去年是…的一年), not "
      "a duration fact (as wr_yunnan_2025 的关键一年)")
g.neg("等新一届国家领导人", "一届", "新一届 'the new (term of) leaders', not a count (as 新一轮)")
g.neg("出席二十国集团", "二十国集团", "name of the Group of Twenty (G20), not a quantity (as "
      "wr_china_2017)")
g.neg("访问一系列国家", "一系列", BATCH_NOTE)

# ==== line 11 (source 33): 各位代表！ ================================================================

# ==== line 12 (source 34): 过去一年的成就 (no facts) =================================================
g.neg("过去一年的成就", "过去一年", PERIOD_NOTE + " (the review year 2013; no number in its line)")

# ==== line 13 (source 35): 困难和问题 (no facts) =====================================================
g.neg("过去一年政府工作中", "过去一年", PERIOD_NOTE + " (the review year 2013; no number in its "
      "line)")

# ==== line 14 (source 36): heading of part 二 =======================================================
g.neg("二、2014年工作总体部署", "二、", MARKER_NOTE)
g.neg("二、2014年工作总体部署", "2014年", PERIOD_NOTE + " (section heading: the plan year "
      "2014)")

# ==== line 15 (source 37): outlook (no facts) =======================================================
g.neg("2014年，我国面临", "2014年", PERIOD_NOTE + " (2014; no number in its line)")
g.neg("今后一个时期", "一个", "indefinite article 一个 (今后一个时期 'the period ahead'), not a "
      "quantity")
g.neg("一定要牢牢把握", "一定", "adverb 一定 'must', not a quantity (as wr_china_2015_b)")

# ==== line 16 (source 38): 总体要求 (no facts) ======================================================
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")
g.neg("党的十八大和", "十八大", "congress label 十八大 (SPEC §1 二十大)")
g.neg("十八届二中、三中全会精神", "十八届二中、三中全会", "plenum labels (SPEC §1, README span, as "
      "二十届二中、三中全会)")

# ==== line 17 (source 39): the 2014 主要预期目标 =====================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
goal("国内生产总值增长7.5%左右", "7.5%", value=7.5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note="左右 → approx (outside the span); " + TGT)
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平",
       "物价涨幅"]
goal("涨幅控制在3.5%左右", "3.5%", value=3.5, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **TARGET,
     note="涨幅 = growth of the price level; 控制在…左右 → approx; " + TGT)
goal("城镇新增就业1000万人以上", "1000万人", value=1000e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET,
     note="以上 → ge (outside the span); " + TGT)
goal("失业率控制在4.6%以内", "4.6%", value=4.6, unit="%", kind="share", bound="le",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 控制在…以内 → le (outside the span); " + TGT)
g.neg("着重对两个目标", "两个", "discourse count 两个(目标) of the targets explained next (growth "
      "and prices), not a measured quantity (as 以下三点 in wr_china_2015_b)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the end of part 一、2013年工作"
    "回顾 (the review of 2013): the paragraphs of item 四是 (民生; its heading, source line 22, "
    "is outside: 低保, pensions, 保障性安居工程, education, health, culture), item 五是 (社会治理: "
    "disasters, safety, laws, 三公 spending), diplomacy and the closing lines (成就来之不易, "
    "困难和问题); then the start of part 二、2014年工作总体部署 (the outlook, the general "
    "requirements and the 2014 主要预期目标, the plan for 2014). The review lines 3-21 are "
    "wr_china_2014. The source has no title line; the title is the corpus meta title, "
    "title_in_text=False. Date: 2014-03-05, the corpus meta date: the opening day of the 2nd "
    "session of the 12th NPC, on which Premier Li Keqiang delivered the report; the Wikisource "
    "text has no dateline; nothing in the excerpt contradicts it (去年 = 2013, 今年 = 2014). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); the State Council's acts and "
    "money (34件 laws, 47件 regulations, the medical-insurance subsidy) add 中央政府/国务院/中央"
    "财政; the 三公 cut adds 中央国家机关; the provinces' reception spending adds the provinces. "
    "Periods: lines 1-13 lie under the heading 一、2013年工作回顾 (section year 2013; the "
    "heading is outside the excerpt, so the period text is 去年, the excerpt's own word for "
    "2013; null as alt); 去年 opens lines 6 and 10 and 过去一年 lines 12-13, none with a "
    "figure; the coverage of village clinics (a share of a stock) → instant 2013-12-31 with "
    "the year and null as alts; levels of the year (补助标准人均280元, 3200万孩子, 28个省份, 31个"
    "省份) → the year with the instant and null as alts. Line 17 opens with 今年 (= 2014): the "
    "four targets → 2014, modality target. Modality: actual for the 2013 review, target for the "
    "2014 goals. Comparisons: yoy for the growth facts (提高 X%, 增长, 下降, 减少 X%; 比上年). "
    "Units: 万套 / 万人 / 万个 → count; 上千万 → 1e7 ge (人 implied); 人均280元 → 280 CNY. "
    "Judgement calls: 城乡低保标准分别提高13.1%和17.7% → 城市 / 农村 in order; 上千万住房困难群众 "
    "→ count 1e7 ge, span 上千万; 3200万孩子 → count (人 implied); 31个省份 → a count fact "
    "(negative reading possible); 三公经费减少35% / 公务接待费减少26% → growth −35 / −26; "
    "补助标准 → the year (not an instant); 两个(目标) → discourse negative; 今后一个时期 → 一个 "
    "negative; 新一届 → negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 (统一指挥), 一些 (×3), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
