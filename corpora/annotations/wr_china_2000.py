"""Gold annotations for wr_china_2000 (2000年中华人民共和国国务院政府工作报告), lines 3-11 of
shared/texts/work_report/wr_china_2000.txt.

The excerpt corpora/wr_china_2000.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the section heading 一、1999年国内工作回顾, its opening
line (1999年，全国各族人民…), the four result paragraphs of 1999 (国民经济发展质量提高: profits,
provinces, revenue, exports, reserves; 国有企业改革和脱困: the textile industry's year ahead of
schedule; 科技教育和社会事业: university enrolment; 城乡人民生活继续改善: the 30% rise of the
benefit levels, the spending and the people it reached, incomes, poverty), the paragraph on
the year's events (去年，我们隆重庆祝了…), the credit to the Party centre (这些成绩的取得，是…)
and the acknowledgements (这些成绩的取得，也是…).  It is the whole review of 1999 up to the
problems paragraph: every figure of the review lies in source lines 5-8, which with the
heading and the opening line hold only 1,370 characters, so lines 9-11 complete the run
(2,027); line 12 (the problems, no figure) would only dilute it.  The 2000 part (source
lines 14-40) has its figures in lines 17 and 19 (the bonds and projects of 1998-1999 and the
1000亿元 of 2000), which no run of at most 2,500 characters can join to the review (lines
5-17 hold 3,034 characters); the run around them (lines 15-26, 2,010 characters) holds
about half as many figures, so the review is the excerpt.

This report writes ASCII digits with a full-width decimal point and percent sign (77．7％,
6．1％); one percentage has a space before it (增长 52％, the space stays outside the span).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2000.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2000"
PLACE = "中国"
REF = "2000-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 11                     # 1-based, inclusive, whole lines
TITLE = "2000年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、1999年国内工作回顾", ends="表示衷心的感谢！")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FWP = "full-width decimal point ． and percent sign ％ kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央政府", "国务院", "国家财政", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 2000-03-05; 去年 = 1999, 今年 = 2000) ---------------------------
# Review part = 1999.  The heading 一、1999年国内工作回顾 (line 1 of the excerpt) names the
# review year and governs the section (SPEC §4, as wr_china_1995 / wr_china_2002): numbers
# whose line states no period before them take 1999 (period text 1999年 of the heading), with
# the null reading in period_alts (lines 4 and 5 of the excerpt: 提前一年, 47.4%).  Line 2
# (1999年，全国各族人民…) has no number.  Line 3 (国民经济发展质量提高…) states 全年 before its
# first figure (the profits): 全年 = 1999 governs the line (null as alt, as wr_china_2002);
# 从7月份开始 describes the rebound of exports and governs no number (全年 is restated before
# 1949亿美元); 年底 → the reserves are a stock at the instant 1999-12-31.  Line 6 (城乡人民
# 生活…) opens with 从去年7月1日起 (from 1 July 1999): the measures it introduces (the 30% rise
# of the three benefit levels), their cost (540多亿元) and the people they reached (8400多万人)
# take 1999-07-01..1999-12-31 (the rest of the review year; alts: 1999-07-01 up to the
# reference date, the year 1999, null; the 30% also the instant 1999-07-01 of the rise).
# The income growth rates and the fall of the poor population after them are annual 1999
# figures (比上年实际增长): judgement call, the year is gold (period text 1999年 of the
# heading), the mechanical reading of the line's 去年7月1日 (SPEC §4) and null as alts (as
# the span over the literal year in wr_china_2001).
Y99 = P("1999年", "1999-01-01", "1999-12-31")
Y99_NULL = P("1999年", None, None)
FLOW = dict(period=Y99, period_alts=[Y99_NULL])
FULL = P("全年", "1999-01-01", "1999-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
YE = P("年底", "1999-12-31", "1999-12-31")
JUL = P("去年7月1日", "1999-07-01", "1999-12-31")
JUL_ALTS = [P("去年7月1日", "1999-07-01", REF), P("去年7月1日", "1999-01-01", "1999-12-31"),
            P("去年7月1日", None, None)]
SINCE = dict(period=JUL, period_alts=JUL_ALTS)
ANNUAL = dict(period=Y99, period_alts=[JUL, Y99_NULL])
INHERIT_NOTE = ("no period before it in its line → the section year 1999 (heading 一、1999年"
                "国内工作回顾), null in period_alts")
FULL_NOTE = "全年 (= 1999, the review year) stated earlier in the line governs"
SINCE_NOTE = ("从去年7月1日起 (from 1 July 1999) governs: the rest of the review year "
              "1999-07-01..1999-12-31; alts 1999-07-01 up to the reference date, the year 1999, "
              "null")
ANNUAL_NOTE = ("judgement call: an annual 1999 figure → the review year (period text of the "
               "heading 1999年); the mechanical reading of the line's 从去年7月1日起 "
               "(1999-07-01..1999-12-31, SPEC §4) and null as alts")

# ---- line 1 (source 3): heading -------------------------------------------------------------
g.neg("一、1999年国内", "一、", MARKER_NOTE)
g.neg("一、1999年国内", "1999年", PERIOD_NOTE + " (section heading: the review year 1999, used "
      "as the period text of the review facts without a period of their own)")

# ---- line 2 (source 4): opening, no facts ----------------------------------------------------
g.neg("1999年，全国各族人民", "1999年", PERIOD_NOTE + " (1999; no number in its line)")

# ---- line 3 (source 5): 国民经济发展质量提高 ---------------------------------------------------
g.neg("淘汰了一批落后", "一批", "quantifier 一批")
PROFIT = ["工业企业利润", "实现利润", "利润", "企业利润", "工业企业利润总额",
          "全年工业企业实现利润", "工业企业实现利润总额"]
IND = CN + ["工业企业"]
fact("全年工业企业实现利润2202亿元", "2202亿元", value=2202e8, unit="CNY", kind="amount",
     metric="工业企业实现利润", metric_alts=PROFIT, subject_alts=IND, **YEAR,
     note="全年 at the head of the sentence (= 1999); the profits of industrial enterprises "
          "aggregated nationally → 中国, the enterprises as subject alt (as wr_china_2002)")
fact("比上年增长 52％", "52％", value=52, unit="%", kind="growth",
     metric="工业企业实现利润", metric_alts=PROFIT + ["工业企业利润增长", "利润增长"],
     subject_alts=IND, comparison="yoy", **YEAR,
     note="比上年 → yoy; the source's space before 52 stays outside the span (the span is "
          "the number and its unit, README §1); full-width ％; " + FULL_NOTE)
SOE_PROFIT = ["国有和国有控股工业企业利润", "国有及国有控股工业企业利润",
              "国有及国有控股工业企业实现利润", "国有工业企业利润", "实现利润", "利润",
              "国有和国有控股工业企业利润总额"]
SOE = CN + ["国有和国有控股工业企业", "国有及国有控股工业企业", "国有工业企业"]
fact("国有控股工业企业实现利润967亿元", "967亿元", value=967e8, unit="CNY", kind="amount",
     metric="国有和国有控股工业企业实现利润", metric_alts=SOE_PROFIT, subject_alts=SOE,
     **YEAR,
     note="其中: part of the 2202亿元; the national aggregate of the state-owned and "
          "state-controlled industrial enterprises keeps 中国, the enterprise group as alt "
          "(README §4, as wr_china_2001); " + FULL_NOTE)
fact("967亿元，增长77．7％", "77．7％", value=77.7, unit="%", kind="growth",
     metric="国有和国有控股工业企业实现利润",
     metric_alts=SOE_PROFIT + ["国有和国有控股工业企业利润增长"], subject_alts=SOE,
     comparison="yoy", **YEAR, note="增长 without basis → yoy; " + FWP)
g.neg("创造了近五年来的最高水平", "近五年来", PERIOD_NOTE + " (近五年来 'in nearly five years', "
      "the window of the record 最高水平; not a duration fact, as 近三年来 in README §2)")
PROV = ["省、自治区、直辖市", "工业效益好于上年的省份", "工业效益好于上年的省区市",
        "工业效益好于上年的省、自治区、直辖市数量", "省份", "省区市",
        "工业效益好于上年的省（自治区、直辖市）"]
fact("全国有27个省、自治区", "27个", value=27, unit="count", kind="count", classifier="个",
     metric="工业效益好于上年的省、自治区、直辖市", metric_alts=PROV, **YEAR,
     note="count of the provincial-level divisions whose industrial performance beat 1998's "
          "(the predicate 工业效益好于上年 defines the counted set, part of the metric); "
          "全国有 → 中国; " + FULL_NOTE)
REV = ["财政收入", "全国财政收入", "国家财政收入总额", "财政总收入", "财政收入总额"]
fact("比上年增加1501亿元", "1501亿元", value=1501e8, unit="CNY", kind="amount",
     metric="国家财政收入增量",
     metric_alts=REV + ["国家财政收入", "财政收入增量", "国家财政收入增加", "国家财政收入增加额",
                        "国家财政收入比上年增加"],
     subject_alts=CN + GOV, **YEAR,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
          "比上年 stays in this note (an amount fact carries no comparison, README §6); "
          "national report → 中国, 国家/中央政府 as alts; " + FULL_NOTE)
g.neg("总额首次突破万亿元", "首次", "first-time claim 首次, not a rank or count")
fact("总额首次突破万亿元", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="国家财政收入", metric_alts=REV, subject_alts=CN + GOV, **YEAR,
     note="突破 → gt (outside the span); 万亿元 = 1e12 CNY (the bare 万亿 means one 万亿, as "
          "首次超过万亿元大关 in nw_yicai_20210808_subprov_cities_2021h1); 总额 = the revenue "
          "just named; the milestone passed by the 1999 revenue")
fact("达到11377亿元", "11377亿元", value=11377e8, unit="CNY", kind="amount",
     metric="国家财政收入", metric_alts=REV, subject_alts=CN + GOV, **YEAR,
     note="达到 → eq; 11377亿元 = 1.1377e12 CNY; " + FULL_NOTE)
g.neg("外贸出口从7月份开始", "7月份", PERIOD_NOTE + " (从7月份开始: July 1999, when exports "
      "began to rebound; it governs no number, 全年 is restated before 1949亿美元)")
EXP = ["出口", "出口总额", "出口额", "货物出口", "外贸出口额", "外贸出口总额"]
fact("全年达到1949亿美元", "1949亿美元", value=1949e8, unit="USD", kind="amount",
     metric="外贸出口", metric_alts=EXP, **YEAR,
     note="达到 → eq; 亿美元 → USD; 全年 restated (= 1999)")
fact("比上年增长6．1％", "6．1％", value=6.1, unit="%", kind="growth", metric="外贸出口",
     metric_alts=EXP + ["外贸出口增长", "出口增长", "出口增速"], comparison="yoy", **YEAR,
     note="比上年 → yoy; " + FWP)
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
fact("年底达到1547亿美元", "1547亿美元", value=1547e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"], period=YE,
     note="a stock at 年底 → instant 1999-12-31; 达到 → eq; 国家 → 中国")

# ---- line 4 (source 6): 国有企业改革和脱困 -----------------------------------------------------
g.neg("组建了一批大型企业集团", "一批", "quantifier 一批")
AHEAD = ["纺织行业提前实现三年脱困目标时间", "提前实现三年脱困目标", "提前时间", "提前实现时间",
         "纺织行业提前实现三年脱困目标", "三年脱困目标提前实现时间", "纺织行业提前时间",
         "提前实现三年脱困目标时间"]
fact("纺织行业提前一年实现", "一年", value=1, unit="year", kind="amount",
     metric="纺织行业三年脱困目标提前实现时间", metric_alts=AHEAD,
     subject_alts=CN + ["纺织行业"], **FLOW,
     note="judgement call: 提前N年 'N year(s) ahead of schedule' read as a duration fact (unit "
          "year, kind amount), as 提前一年建成 in wr_china_1995 and wr_shanxi_2025; the textile "
          "industry reached the 1998-2000 goal in 1999 → " + INHERIT_NOTE + "; sector-level "
          "fact: 中国 keeps the subject, the sector as alt (README §4)")
g.neg("实现三年脱困目标", "三年", LABEL_NOTE + " (三年脱困目标 = the 'three-year goal' of SOE "
      "reform and recovery, 1998-2000, named as a programme, as 三年目标 in wr_china_2001; "
      "judgement call: not a duration fact)")
g.neg("东北三省等老工业基地", "东北三省", "region name 东北三省 (the three north-eastern "
      "provinces, as in nw_cctv_20140802_guangdong_2014), not a quantity claim")
g.neg("改革和脱困三年目标", "三年", LABEL_NOTE + " (国有企业改革和脱困三年目标, the same "
      "three-year goal as above)")

# ---- line 5 (source 7): 科技教育和社会事业全面发展 --------------------------------------------------
g.neg("基本普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', as wr_china_2001)")
ENR = ["普通高校招生", "普通高等学校招生", "高校招生", "普通高校招生规模", "高校招生规模",
       "招生规模", "普通高等学校招生人数", "普通高校招生人数", "高校扩招"]
fact("招生规模比上年扩大47．4％", "47．4％", value=47.4, unit="%", kind="growth",
     metric="普通高等学校招生规模", metric_alts=ENR, comparison="yoy", **FLOW,
     note="扩大 X% of an intake = its growth; 比上年 → yoy; the 1999 enrolment expansion → "
          + INHERIT_NOTE + "; " + FWP)

# ---- line 6 (source 8): 城乡人民生活继续改善 ------------------------------------------------------
g.neg("从去年7月1日起", "去年7月1日", PERIOD_NOTE + " (从去年7月1日起: from 1 July 1999, the date "
      "from which the incomes were raised; governs the measures, their cost and reach)")
BEN = ["国有企业下岗职工基本生活费水平", "失业保险金水平", "城镇居民最低生活保障金水平",
       "下岗职工基本生活费水平", "基本生活费水平", "最低生活保障金水平", "三条保障线",
       "三条保障线水平", "下岗职工基本生活费、失业保险金、城镇居民最低生活保障金水平",
       "国有企业下岗职工基本生活费、失业保险金、城镇居民最低生活保障金",
       "下岗职工基本生活费", "失业保险金", "城镇居民最低生活保障金"]
fact("保障金水平提高30％", "30％", value=30, unit="%", kind="growth",
     metric="国有企业下岗职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平",
     metric_alts=BEN, subject_alts=CN + GOV, comparison="yoy",
     period=JUL, period_alts=[P("去年7月1日", "1999-07-01", "1999-07-01")] + JUL_ALTS,
     note="judgement call: one percentage for the three benefit levels listed before it (将…、"
          "…、…水平提高30％) → one fact (SPEC §1: one quantity mention, one fact), the whole "
          "list as metric, each level as alt; 提高 X% of a benefit level → growth, yoy (as "
          "wr_china_2015); the state (国家) raised them → 中国, 国家 as alt; " + SINCE_NOTE +
          ", and the instant 1999-07-01 of the rise")
SPEND = ["国家财政增加支出", "财政增加支出", "增加支出", "财政支出增量", "国家财政增支",
         "国家财政支出", "财政支出", "国家财政增加的支出", "落实这些措施国家财政增加支出"]
fact("共增加支出540多亿元", "540多亿元", value=540e8, unit="CNY", kind="amount", bound="gt",
     metric="国家财政支出增量", metric_alts=SPEND, subject_alts=CN + GOV, **SINCE,
     note="多 inside the span → gt; the budget's additional spending for the measures (增加 → "
          "an absolute change, positive, metric <level>增量, SPEC §2, the 增加支出 forms as "
          "alts, as 中央财政支出增量 in wr_china_2002); 共 'in all' → no bound; " + SINCE_NOTE)
fact("全国有8400多万人受益", "8400多万人", value=8400e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="受益人数",
     metric_alts=["受益人口", "受益人", "受益群众", "增加收入措施受益人数", "受益者",
                  "城镇中低收入者受益人数", "受益的人"],
     **SINCE,
     note="多 inside the span → gt; 全国有 → 中国; the people reached by the income measures "
          "(the predicate 受益 defines the counted people, as 6069万农民受益 in wr_china_2010); "
          + SINCE_NOTE)
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入", "城镇居民人均可支配收入增长",
       "城镇居民人均可支配收入实际增长"]
fact("比上年实际增长9．3％", "9．3％", value=9.3, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **ANNUAL,
     note="考虑价格下降因素…实际 = in real terms; 比上年 → yoy; " + ANNUAL_NOTE + "; " + FWP)
RUR = ["农民人均纯收入", "人均纯收入", "农村居民收入", "农村居民人均收入", "农民收入",
       "农村居民人均纯收入增长"]
fact("纯收入实际增长3．8％", "3．8％", value=3.8, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **ANNUAL,
     note="实际 = in real terms; growth without basis → yoy; " + ANNUAL_NOTE + "; " + FWP)
fact("贫困人口减少800万人", "800万人", value=-800e4, unit="count", kind="count",
     classifier="人", metric="贫困人口增量",
     metric_alts=["贫困人口", "贫困人口减少", "减贫人口", "农村贫困人口增量", "贫困人口减少人数",
                  "减少贫困人口", "贫困人口数量增量", "农村贫困人口减少"],
     **ANNUAL,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2, as "
          "农村贫困人口减少217万人 in wr_china_2007); " + ANNUAL_NOTE)

# ---- line 7 (source 9): events of the year, no facts ----------------------------------------------
g.neg("新中国成立50周年", "50周年", "anniversary label (新中国成立50周年, the celebration), not "
      "a quantity claim (as 60周年 in wr_china_2010, ８０周年 in wr_china_2002)")
g.neg("这两件大事", "两件", "anaphoric 这两件大事 'these two great events' (the anniversary and "
      "Macau's return, just named), not a quantity claim (as 两市 in "
      "nw_yicai_20210808_subprov_cities_2021h1)")

# ---- line 8 (source 10): credit to the Party centre ------------------------------------------------
g.neg("在去年二季度经济", "去年二季度", PERIOD_NOTE + " (Q2 1999, when the economy slowed; "
      "governs no number)")
g.neg("以美国为首的北约", "首", "以…为首 'headed by' (首 = head), not a rank (as 昂首 in "
      "wr_china_1998)")

# ---- line 9 (source 11): acknowledgements — no numeral but lexicalized 统一 ------------------------

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、1999年国内工作回顾, the opening line 1999年，全国各族人民…, the four result paragraphs "
    "of 1999 (economy: profits, the 27 provinces, revenue, exports, reserves; SOE reform: the "
    "textile industry a year ahead; science and education: university enrolment; living "
    "standards: the 30% rise of the benefit levels, its cost and reach, incomes, poverty), "
    "the events of the year (no figures), the credit to the Party centre and the "
    "acknowledgements (no figures). Every figure of the review lies in source lines 5-8, "
    "which with lines 3-4 hold 1,370 characters, so lines 9-11 complete the run; the "
    "problems paragraph (line 12, no figure) is left out; the 2000 part (source lines 14-40) "
    "has figures only in lines 17 and 19, which cannot join the review within 2,500 "
    "characters (lines 5-17 hold 3,034), and lines 15-26 (2,010) hold about half as many. "
    "The report writes ASCII digits with a full-width ． and ％ (77．7％); spans "
    "keep them as written; 增长 52％ has a space before the number, outside the span. Title: "
    "the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "2000-03-05, the corpus meta date: the opening day of the 3rd session of the 9th NPC, on "
    "which Premier Zhu Rongji delivered the report; the Wikisource text has no dateline; "
    "nothing in the excerpt contradicts it (latest figures 1999 / 年底; 去年 = 1999). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 国家/中央政府/国家财政 for revenue, "
    "the benefit rise and the added spending; 国家 for reserves; the enterprise groups for "
    "profits; 纺织行业 for the year ahead). Periods: the heading 1999年 governs the section: "
    "figures with no period before them in their line take 1999 (period text 1999年, null "
    "as alt: 提前一年, 47.4%); in the economy line 全年 (= 1999, null as alt) governs from the "
    "profits on (从7月份开始 governs no number; 全年 restated before exports); 年底 → instant "
    "1999-12-31 for the reserves; 从去年7月1日起 → 1999-07-01..1999-12-31 for the 30% rise "
    "(also the instant 1999-07-01 as alt), the 540多亿元 and the 8400多万人 (alts: up to the "
    "reference date, the year, null); the income growth rates and 贫困人口减少800万人 → the "
    "year 1999 (judgement call; the mechanical 去年7月1日 reading and null as alts). "
    "Modality: actual throughout. Comparisons: yoy for every growth (比上年 or none stated; "
    "the 30% benefit rise as wr_china_2015); none on amount and count facts. Judgement calls: "
    "首次突破万亿元 → amount 1e12 gt (首次 negative); 比上年增加1501亿元 → 国家财政收入增量; "
    "27个省、自治区、直辖市 → count with the predicate in the metric; 提前一年 → 1-year "
    "duration (as wr_china_1995); one 30％ for three benefit levels → one fact (the list as "
    "metric, each level as alt); 共增加支出540多亿元 → 国家财政支出增量 gt; 8400多万人受益 → "
    "count gt (metric 受益人数); 减少800万人 → count −8e6 (贫困人口增量); 三年 (脱困目标) ×2, "
    "九年 (义务教育) → label negatives; 东北三省 → region-name negative; 这两件大事 → anaphoric "
    "negative; 近五年来, 7月份, 去年7月1日, 去年二季度 → period negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 统一 (and 多年来, 这几年, no digit). Known false "
    "alarm of the shared check_gold.py: it reads a full-width decimal point ． as the end of "
    "the number (77．7％ → 77, as in wr_china_1995 / wr_china_2002).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
