"""Gold annotations for wr_china_2002 (2002年中华人民共和国国务院政府工作报告), lines 3-11 of
shared/texts/work_report/wr_china_2002.txt.

The excerpt corpora/wr_china_2002.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 首先报告２００１年的工作, its opening line
(新世纪第一年，全国各族人民…), the four result paragraphs of 2001 (国民经济保持良好发展势头:
GDP, profits, revenue, CPI, trade, FDI, reserves; 经济体制改革进一步深化: the 120多万起
counterfeiting cases; 科技、教育和社会事业全面发展: university enrolment; 城乡人民生活继续改善:
incomes, 低保 coverage, central spending), the paragraph on the year's events (去年，我们隆重
庆祝了…, no figures), the acknowledgements (２００１年经济和社会发展的显著成绩…) and the
problems (我们也清醒地看到…, no figures).  It is the whole review of 2001: every figure of the
review lies in source lines 5-8, which with the heading and the opening line hold only
1,512 characters, so lines 9-11 complete the run (2,256).  The 2002 part (source lines
12-40) has almost no figures (its first, the 1500亿元 of bonds in line 23, ends a run of
4,282 characters from line 5), so no run of at most 2,500 characters joins it to the
review: the excerpt is the review only.

This report writes its Arabic numerals in full-width digits (９５９３３亿元, ７．３％, with a
full-width decimal point ． and a full-width ％); the spans keep them as written (README §1,
as wr_china_1995).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2002.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2002"
PLACE = "中国"
REF = "2002-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 11                     # 1-based, inclusive, whole lines
TITLE = "2002年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="首先报告２００１年的工作", ends="采取有力措施加以解决。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "session label of the congress (SPEC §1 二十届三中全会), not a quantity"
FW = "full-width digits (and full-width ．/％) kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央政府", "国务院", "中央财政", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 2002-03-05; 去年 = 2001, 今年 = 2002) ---------------------------
# Review part = 2001.  The heading 首先报告２００１年的工作 (line 1 of the excerpt) names the
# review year and governs the section (SPEC §4, as wr_china_1995 / wr_china_2007): numbers
# whose line states no period before them take 2001 (period text ２００１年 of the heading),
# with the null reading in period_alts (lines 4, 5 and the start of line 6 of the excerpt).
# Line 2 (新世纪第一年 = 2001) has no number.  Line 3 (国民经济…) states ２００１年 before GDP
# (explicit, no alt); 全年 restates the year before the profits and governs the line (period
# text 全年 = 2001, null as alt, as wr_china_2007) until 年末 (国家外汇储备): the reserves are
# a stock → instant 2001-12-31, their increase 比上年末 is the change of that stock → the
# instant, the year as alt (CHANGE_YE of cm_qiandongnan_2016).  Line 6 (城乡人民生活…): the
# urban income growth takes the heading; in the from/to pair 由年初的…扩大到年末的… each
# period governs only its own value (SPEC §4): 年初 → the instant 2001-01-01 (as 年初 in
# wr_qinghai_2025; 2000-12-31 as alt), 年末 → 2001-12-31; then 当年 (= 2001) governs the
# central spending and the farmers' income growth after it (null as alt).
Y01 = P("２００１年", "2001-01-01", "2001-12-31")
Y01_NULL = P("２００１年", None, None)
FLOW = dict(period=Y01, period_alts=[Y01_NULL])
EXPL = dict(period=Y01)
FULL = P("全年", "2001-01-01", "2001-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
YE = P("年末", "2001-12-31", "2001-12-31")
STOCK_YE = dict(period=YE)
CHANGE_YE = dict(period=YE, period_alts=[P("年末", "2001-01-01", "2001-12-31")])
NC = dict(period=P("年初", "2001-01-01", "2001-01-01"),
          period_alts=[P("年初", "2000-12-31", "2000-12-31")])
DANG = dict(period=P("当年", "2001-01-01", "2001-12-31"), period_alts=[P("当年", None, None)])
INHERIT_NOTE = ("no period before it in its line → the section year 2001 (heading 首先报告"
                "２００１年的工作), null in period_alts")
FULL_NOTE = "全年 (= 2001, the review year) stated earlier in the line governs"

# ---- line 1 (source 3): heading -------------------------------------------------------------
g.neg("首先报告２００１年的工作", "２００１年", PERIOD_NOTE + " (section heading: the review "
      "year 2001, used as the period text of the review facts without a period of their own; "
      + FW + ")")

# ---- line 2 (source 4): opening, no facts ----------------------------------------------------
g.neg("新世纪第一年，全国", "第一年", PERIOD_NOTE + " (新世纪第一年 'the first year of the new "
      "century' = 2001; not a rank; no number in its line)")

# ---- line 3 (source 5): 国民经济保持良好发展势头 -------------------------------------------------
g.neg("２００１年国内生产总值", "２００１年", PERIOD_NOTE + " (explicit 2001 before GDP; 全年 "
      "restates it later in the line)")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到９５９３３亿元", "９５９３３亿元", value=95933e8, unit="CNY",
     kind="amount", metric="国内生产总值", metric_alts=GDP, **EXPL,
     note="达到 → eq; ９５９３３亿元 = 9.5933e12 CNY; " + FW + "; the explicit ２００１年 governs")
fact("比上年增长７．３％", "７．３％", value=7.3, unit="%", kind="growth",
     metric="国内生产总值",
     metric_alts=GDP + ["经济增长", "经济增速", "国内生产总值增长", "国内生产总值增速"],
     comparison="yoy", **EXPL, note="比上年 → yoy; full-width ． and ％")
g.neg("完成了一批公路", "一批", "quantifier 一批")
PROFIT = ["规模以上工业企业利润", "工业企业利润", "企业利润", "利润", "规上工业企业利润",
          "实现利润", "规模以上工业企业利润总额"]
IND = CN + ["规模以上工业企业", "工业企业"]
fact("实现利润４６５７亿元", "４６５７亿元", value=4657e8, unit="CNY", kind="amount",
     metric="规模以上工业企业实现利润", metric_alts=PROFIT, subject_alts=IND, **YEAR,
     note="全年 at the head of the sentence (= 2001); the profits of industrial firms above "
          "designated size, aggregated nationally → 中国, the firms as subject alt (as "
          "wr_china_2007); " + FW)
fact("４６５７亿元，增长８．１％", "８．１％", value=8.1, unit="%", kind="growth",
     metric="规模以上工业企业实现利润", metric_alts=PROFIT, subject_alts=IND,
     comparison="yoy", **YEAR, note="增长 without basis → yoy; " + FULL_NOTE)
REV = ["财政收入", "国家财政收入", "财政总收入", "全国财政收入总额"]
fact("财政收入达到１６３７１亿元", "１６３７１亿元", value=16371e8, unit="CNY",
     kind="amount", metric="全国财政收入", metric_alts=REV, subject_alts=CN + GOV, **YEAR,
     note="达到 → eq; 全国 → 中国, 国家/中央政府 etc. as alts; " + FULL_NOTE)
fact("按可比口径增加２４００亿元", "２４００亿元", value=2400e8, unit="CNY", kind="amount",
     metric="全国财政收入增量",
     metric_alts=REV + ["全国财政收入", "财政收入增量", "全国财政收入增加",
                        "全国财政收入增加额", "全国财政收入按可比口径增加",
                        "国家财政收入增量"],
     subject_alts=CN + GOV, **YEAR,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 按可比口径 "
          "'on a comparable basis' (against 2000) stays in this note: an amount fact carries "
          "no comparison (README §6); " + FULL_NOTE)
CPI = ["居民消费价格", "居民消费价格指数", "CPI", "居民消费价格涨幅", "消费价格",
       "居民消费价格总水平涨幅", "物价总水平"]
fact("价格总水平上升０．７％", "０．７％", value=0.7, unit="%", kind="growth",
     metric="居民消费价格总水平", metric_alts=CPI, comparison="yoy", **YEAR,
     note="上升 = growth of the price level (as 上涨 in wr_china_2007); yoy; " + FULL_NOTE)
TRADE = ["进出口总额", "进出口", "对外贸易总额", "进出口贸易总额", "货物进出口总额",
         "进出口额", "外贸进出口"]
fact("进出口总额突破５０００亿美元", "５０００亿美元", value=5000e8, unit="USD",
     kind="amount", bound="gt", metric="外贸进出口总额", metric_alts=TRADE, **YEAR,
     note="突破 → gt (outside the span); 亿美元 → USD; " + FULL_NOTE)
EXP = ["出口总额", "出口额", "货物出口", "外贸出口"]
fact("其中出口２６６２亿美元", "２６６２亿美元", value=2662e8, unit="USD", kind="amount",
     metric="出口", metric_alts=EXP, **YEAR,
     note="其中: part of the trade total; " + FULL_NOTE)
fact("亿美元，增长６．８％", "６．８％", value=6.8, unit="%", kind="growth", metric="出口",
     metric_alts=EXP + ["出口增长", "出口增速"], comparison="yoy", **YEAR,
     note="judgement call: 增长 follows 出口 directly → the growth of exports (the trade "
          "total, stated only as 突破５０００亿美元, has no growth here); yoy")
FDI = ["实际利用外资", "实际利用外商直接投资", "实际使用外资", "实际使用外商直接投资", "利用外资",
       "外商直接投资实际使用金额"]
fact("外商直接投资４６８亿美元", "４６８亿美元", value=468e8, unit="USD", kind="amount",
     metric="外商直接投资", metric_alts=FDI, **YEAR,
     note="the inflow of the year (全年 governs); the metric as written, the 实际利用/实际使用 "
          "forms as alts")
fact("亿美元，增长１４．９％", "１４．９％", value=14.9, unit="%", kind="growth",
     metric="外商直接投资", metric_alts=FDI, comparison="yoy", **YEAR, note="yoy")
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
fact("外汇储备达到２１２２亿美元", "２１２２亿美元", value=2122e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"], **STOCK_YE,
     note="a stock at 年末 → instant 2001-12-31; 达到 → eq; 国家 → 中国")
fact("比上年末增加４６６亿美元", "４６６亿美元", value=466e8, unit="USD", kind="amount",
     metric="国家外汇储备增量",
     metric_alts=FX + ["国家外汇储备", "外汇储备增量", "国家外汇储备增加", "国家外汇储备增加额",
                       "国家外汇储备比上年末增加"],
     subject_alts=CN + ["国家"], **CHANGE_YE,
     note="absolute change of a stock (增加 → positive, metric <level>增量, SPEC §2); the basis "
          "比上年末 is no comparison of an amount fact (README §6); the change of a 年末 stock: "
          "the instant 2001-12-31, the year over which it changed as alt (as CHANGE_YE in "
          "cm_qiandongnan_2016)")

# ---- line 4 (source 6): 经济体制改革进一步深化 ----------------------------------------------------
g.neg("一批资源枯竭的矿山", "一批", "quantifier 一批")
g.neg("药品生产流通体制三项改革", "三项", "appositive 三项 'the three reforms just named' "
      "(城镇职工基本医疗保险制度、医疗卫生体制和药品生产流通体制, the well-known 医疗“三项改革”), "
      "not a quantity claim (judgement call, as “三项改革” in wr_shanxi_2025 and 三项 in "
      "wr_xinjiang_2025_b; a count of 3 reforms is the alternative reading)")
CASE = ["制假售假违法活动立案查处", "制假售假案件", "立案查处制假售假违法活动",
        "制假售假违法活动立案查处案件数", "立案查处制假售假案件", "制假售假违法案件",
        "立案查处案件", "制假售假违法活动案件"]
fact("就达１２０多万起", "１２０多万起", value=1.2e6, unit="count", kind="count", bound="gt",
     classifier="起", metric="制假售假违法活动立案查处案件", metric_alts=CASE, **FLOW,
     note="多 inside the span → gt; 就达 → no bound of its own; 起 = the classifier of cases "
          "(as 40起 in wr_guizhou_2025_b); the cases opened in the 2001 campaign to rectify "
          "the market order → " + INHERIT_NOTE)

# ---- line 5 (source 7): 科技、教育和社会事业全面发展 -----------------------------------------------
g.neg("新的“８６３计划”", "８６３", LABEL_NOTE + " (“863计划”, the high-tech programme named "
      "after its launch in March 1986, as wr_china_2001); " + FW)
g.neg("一批国家高新技术", "一批", "quantifier 一批")
ENR = ["普通高校招生人数", "高校招生", "全国普通高校招生", "普通高等学校招生", "招生",
       "普通高校招生规模"]
fact("高校招生２６８万人", "２６８万人", value=268e4, unit="count", kind="count",
     classifier="人", metric="普通高校招生", metric_alts=ENR, **FLOW,
     note="the 2001 intake of regular universities; 全国 → 中国; " + FW + "; "
          + INHERIT_NOTE)
fact("比上年增加４８万人", "４８万人", value=48e4, unit="count", kind="count",
     classifier="人", metric="普通高校招生增量",
     metric_alts=ENR + ["普通高校招生", "普通高校招生人数增量", "高校招生增量",
                        "普通高校招生增加", "普通高校招生比上年增加"],
     **FLOW,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
          "比上年 stays in this note (count facts carry no comparison); " + INHERIT_NOTE)
g.neg("农村“三个代表”学习", "三个代表", "policy label “三个代表” (the Three Represents), not a "
      "quantity")
g.neg("铲除一批黑恶势力", "一批", "quantifier 一批")
g.neg("惩治了一批严重刑事", "一批", "quantifier 一批")

# ---- line 6 (source 8): 城乡人民生活继续改善 ------------------------------------------------------
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入", "城镇居民人均可支配收入增长"]
fact("可支配收入实际增长８．５％", "８．５％", value=8.5, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="实际 = in real terms; growth without basis → yoy; " + INHERIT_NOTE)
DIBAO = ["城市居民最低生活保障的覆盖人数", "城市居民最低生活保障人数", "最低生活保障覆盖人数",
         "城市低保覆盖人数", "城市低保人数", "低保人数", "城市居民最低生活保障对象",
         "城市居民最低生活保障"]
PAIR_NOTE = ("from/to pair 由年初的…扩大到年末的…: each period governs only its own value "
             "(SPEC §4); the people covered by the urban minimum living guarantee (a stock); "
             "no measure word but 人 → classifier 人; 多 inside the span → gt")
fact("由年初的４００多万人", "４００多万人", value=400e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="城市居民最低生活保障覆盖人数", metric_alts=DIBAO,
     subject_alts=CN + ["城市居民"], **NC,
     note=PAIR_NOTE + "; 年初 → the instant 2001-01-01 (as wr_qinghai_2025), the end of 2000 "
          "as alt")
fact("年末的１１２０多万人", "１１２０多万人", value=1120e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="城市居民最低生活保障覆盖人数", metric_alts=DIBAO,
     subject_alts=CN + ["城市居民"], period=YE,
     note=PAIR_NOTE + "; 年末 → the instant 2001-12-31")
SPEND = ["中央财政增加支出", "中央财政支出", "增加支出", "支出增量", "中央财政当年增加支出",
         "中央财政增支", "社会保障和工资支出增量", "以上几项中央财政增加支出",
         "中央财政增加的支出"]
fact("增加支出６２１亿元", "６２１亿元", value=621e8, unit="CNY", kind="amount",
     metric="中央财政支出增量", metric_alts=SPEND, subject_alts=GOV + CN, **DANG,
     note="以上几项 (social security, the 低保, the wage and pension rises just named): the "
          "central budget's additional spending in 2001 (增加 → an absolute change, positive, "
          "metric <level>增量, SPEC §2, the 增加支出 forms as alts); the central government's "
          "own spending → 中国, 中央财政/中央政府 as alts (as wr_china_2007); 仅 'the central "
          "budget alone' → no bound; 当年 (= 2001) governs")
RUR = ["农村居民人均纯收入", "人均纯收入", "农村居民收入", "农民收入", "农村居民人均收入"]
fact("纯收入实际增长４．２％", "４．２％", value=4.2, unit="%", kind="growth",
     metric="农民人均纯收入", metric_alts=RUR, comparison="yoy", **DANG,
     note="实际 = in real terms; yoy; 当年 stated earlier in the line (= 2001) governs (same "
          "dates as the heading), null as alt")

# ---- line 7 (source 9): events of the year, no facts ----------------------------------------------
g.neg("成立８０周年", "８０周年", "anniversary label (中国共产党成立80周年, the celebration), "
      "not a quantity claim (as 60周年 in wr_china_2010); " + FW)
g.neg("“七一”重要讲话", "七一", "date label “七一” (1 July, the day of the speech) in the name "
      "of the speech, not a quantity")
g.neg("阐述了“三个代表”思想", "三个代表", "policy label “三个代表”, not a quantity")
g.neg("党的十五届六中全会", "十五届六中全会", SESSION_NOTE + " (6th plenum of the 15th Central "
      "Committee)")
g.neg("北京赢得了２００８年奥运会", "２００８年", "year in the event name 2008年奥运会 (the "
      "2008 Olympic Games), not a quantity and not the period of any fact")
g.neg("亚太经合组织第九次", "第九次", "edition label of a meeting (亚太经合组织第九次领导人非正式"
      "会议), not a count (as 第八次 in wr_yunnan_2025)")

# ---- line 8 (source 10): acknowledgements, no facts ----------------------------------------------
g.neg("２００１年经济和社会发展", "２００１年", PERIOD_NOTE + " (2001; no number in its line)")

# ---- line 9 (source 11): problems — no numeral but lexicalized 一些 ----------------------------------

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "首先报告２００１年的工作, the opening line 新世纪第一年…, the four result paragraphs of 2001 "
    "(economy: GDP, profits, revenue, CPI, trade, FDI, reserves; reform: counterfeiting "
    "cases; science, education and society: university intake; living standards: incomes, "
    "低保 coverage, central spending), the events of the year (no figures), the "
    "acknowledgements and the problems (no figures). Every figure of the review lies in "
    "source lines 5-8, which with lines 3-4 hold 1,512 characters, so lines 9-11 complete "
    "the run; the 2002 part (source lines 12-40) is nearly figure-free and its only target "
    "figure (1500亿元 of bonds, line 23) cannot join the review within 2,500 characters "
    "(lines 5-23 hold 4,282), so "
    "the excerpt is the review only. The report writes full-width digits (９５９３３亿元, "
    "７．３％); spans keep them as written. Title: the corpus meta title (the source has no "
    "title line), title_in_text=False. Date: 2002-03-05, the corpus meta date: the opening "
    "day of the 5th session of the 9th NPC, on which Premier Zhu Rongji delivered the "
    "report; the Wikisource text has no dateline; nothing in the excerpt contradicts it "
    "(latest figures 2001 / 年末; 去年 = 2001). Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国; 国家/中央政府/中央财政 for revenue and central spending; 国家 for "
    "reserves; 规模以上工业企业 for profits; 城市居民 for the 低保 coverage). Periods: the "
    "heading ２００１年 governs the section: figures with no period before them in their line "
    "take 2001 (period text ２００１年, null as alt: the cases, the university intake, the "
    "urban income growth); in the economy line the explicit ２００１年 (GDP) and then 全年 "
    "(profits to FDI, null as alt) = 2001; 年末 → instant 2001-12-31 for the reserves, their "
    "increase 比上年末 → the instant with the year as alt; 由年初的…扩大到年末的… → instants "
    "2001-01-01 (alt 2000-12-31) and 2001-12-31, each governing only its own value; 当年 "
    "(= 2001, null as alt) governs the 621亿元 and the farmers' income growth after it. "
    "Modality: actual throughout. Comparisons: yoy for every growth (比上年 or none stated); "
    "none on amount and count facts (增加 → <level>增量). Judgement calls: 外贸进出口总额突破"
    "５０００亿美元 → gt; 增长６．８％ after 其中出口 → exports (not the total); 按可比口径增加"
    "２４００亿元 → 全国财政收入增量; 比上年末增加４６６亿美元 → 国家外汇储备增量 at the year-end "
    "instant; 中央财政当年就增加支出６２１亿元 → 中央财政支出增量 (the 增加支出 forms as alts); "
    "１２０多万起 → count gt (classifier 起); 三项改革 → appositive negative (count 3 the "
    "alternative); 新世纪第一年 → period negative; ８０周年, 七一, 三个代表, 863, "
    "十五届六中全会, 第九次, ２００８年 (奥运会) → label negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 首先, 一些, 统一, 进一步, 单位 (and 以上几项, no digit). Known "
    "false alarms of the shared check_gold.py: it reads a full-width decimal point ． as the "
    "end of the number (７．３％ → 7, as in wr_china_1995) and flags 首 of 首先.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
