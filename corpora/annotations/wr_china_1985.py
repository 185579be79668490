"""Gold annotations for wr_china_1985 (1985年中华人民共和国国务院政府工作报告), lines 8-15 of
shared/texts/work_report/wr_china_1985.txt.

The report is Premier Zhao Ziyang's report to the 3rd session of the 6th NPC (delivered
1985-03-27).  Its first part （一）关于经济形势 (source line 6 is the heading, line 7 its
opening paragraph: １９８４年，经过全国各族人民的共同努力…) reviews 1984 and the years of
adjustment since 1979.  The excerpt corpora/wr_china_1985.txt is sliced by code from the
source bytes (whole lines, newline kept), never retyped: the 1984 paragraphs on gross output,
national income and revenue (line 8), agriculture (line 9), industry (line 10), key
construction (line 11), jobs, incomes, retail sales and housing (line 12), and the three
paragraphs on the features of the recent years (lines 13-15: the proportions of agriculture,
light and heavy industry 1953-1984; consumption levels and the accumulation rate 1953-1984).
The excerpt's lines are fixed by the brief (lines 8-15, 2,404 characters).

Numerals are written in two ways: Chinese numerals for levels and counts (一万亿元,
四亿零七百多万吨, 六百零八元, 七万四千个, 十亿人口) and full-width digits with ． and ％ for years
and rates (１９８４年, １４．２％, ３６．５％).  Spans keep the text as written; values are the
numbers written (SPEC §3).  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1985.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1985"
PLACE = "中国"
REF = "1985-03-27"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 8, 15                     # 1-based, inclusive, whole lines
TITLE = "1985年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="１９８４年，我国工农业总产值突破一万亿元",
                 ends="这是我国经济发展战略上又一个具有深远意义的变化。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 第六个五年计划 (the 6th Five-Year Plan, 1981-1985, written out; SPEC §1 "
             "十四五), not a quantity")
CNUM = "Chinese numerals as written; value = the number they write (SPEC §3)"
FW = ("full-width digits (and ．/％) as written in the source; the span keeps them, the value "
      "is the number they denote")
AVG_NOTE = ("平均每年增长 = average annual growth over the stated span (comparison = the surface "
            "basis 年均, as wr_china_1986 / wr_china_1988)")
MARKER_NOTE = "enumeration 一个是…一个是… ('one is…, the other is…'), a list marker, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政"]

fact = g.with_subject(PLACE, CN)

# ---- periods (reference date 1985-03-27; 去年 = 1984, 今年 = 1985) ----------------------------
# The excerpt lies in part （一）关于经济形势, the review of 1984 (and of the years of adjustment
# since 1979).  Lines 8-11 each open with １９８４年, which governs the line (explicit); 全年
# (line 11) restates it.  Line 12 has 从１９７９年到１９８４年 (the jobs total over the span), then
# 去年 / 全年 / 去年 = 1984.  Lines 14-15 are a run of historical series, each value with its own
# period: 从１９７９年到１９８３年 / １９７９年至１９８３年 … 平均每年增长 → 1979-1983 (年均);
# １９５３年到１９７８年的二十六年间 → 1953-1978; single years １９８２年 / １９８３年 / １９８４年;
# from/to pairs 由X提高到Y / 由１９７８年的X降低到１９８１年的Y → each value its own year
# (SPEC §4).  A period inside 在…的基础上 (line 8: １９７９到１９８３年平均每年递增７．９％) governs
# only its own value, as a from/to pair: the 14.2% after it keeps the line's 1984.
Y84 = P("１９８４年", "1984-01-01", "1984-12-31")
Y84_NULL = null("１９８４年")
LAST_YEAR = P("去年", "1984-01-01", "1984-12-31")
FULL_YEAR = P("全年", "1984-01-01", "1984-12-31")
FLOW84 = dict(period=Y84, period_alts=[Y84_NULL])


def span(txt, a, b):
    return P(txt, f"{a}-01-01", f"{b}-12-31")


# ==== line 1 (source 8): gross output, national income, revenue ================================
g.neg("１９８４年，我国工农业总产值", "１９８４年", PERIOD_NOTE + " (1984; governs the line)")
GVO = ["工农业总产值规模", "工农业产值", "工农业生产", "全国工农业总产值"]
fact("工农业总产值突破一万亿元", "一万亿元", value=1e12, unit="CNY", kind="amount",
     bound="gt", metric="工农业总产值", metric_alts=GVO, **FLOW84,
     note="突破 → gt (outside the span); 一万亿元 = 1e12 CNY; " + CNUM)
g.neg("在１９７９到１９８３年平均", "１９７９到１９８３年", PERIOD_NOTE + " (1979-1983; governs "
      "only the average inside 在…的基础上)")
fact("平均每年递增７．９％", "７．９％", value=7.9, unit="%", kind="growth",
     metric="工农业总产值",
     metric_alts=GVO + ["工农业总产值年均增长", "工农业总产值年均增速", "工农业总产值年均递增"],
     comparison="年均",
     period=span("１９７９到１９８３年", 1979, 1983), period_alts=[null("１９７９到１９８３年")],
     note="平均每年递增 = average annual growth 1979-1983 (the basis 在…的基础上, its own "
          "period, SPEC §4 as a from/to pair); " + AVG_NOTE + "; " + FW)
fact("比上年增长１４．２％，各方面", "１４．２％", value=14.2, unit="%", kind="growth",
     metric="工农业总产值", metric_alts=GVO + ["工农业总产值增速"], comparison="yoy",
     **FLOW84,
     note="比上年 → yoy; the 1979-1983 period of the basis governs only its own value, so the "
          "line's １９８４年 governs (judgement call on the construction 在…的基础上)")
fact("都比上年增长１２％", "１２％", value=12, unit="%", kind="growth",
     metric="国民收入和国家财政收入",
     metric_alts=["国民收入", "国家财政收入", "财政收入", "国民收入、国家财政收入",
                  "国民收入和财政收入"],
     subject_alts=CN + GOV, comparison="yoy", **FLOW84,
     note="one quantity mention over two indicators (都) → one fact whose metric names both, "
          "each as alt (as 均/都 facts in wr_anhui_2025, nw_cctv_20230717); 比上年 → yoy")

# ==== line 2 (source 9): agriculture =============================================================
g.neg("１９８４年，我国农业", "１９８４年", PERIOD_NOTE + " (1984; governs the line until 去年)")
GRAIN = ["粮食", "粮食总产量", "全国粮食产量"]
fact("粮食产量达到四亿零七百多万吨", "四亿零七百多万吨", value=4.07e8, unit="t",
     kind="amount", bound="gt", metric="粮食产量", metric_alts=GRAIN, **FLOW84,
     note="多 inside the span → gt (达到 outside); 四亿零七百多万吨 = 407,000,000 t; the "
          "harvest of 1984 (a flow of the year); " + CNUM)
fact("比上年增长５．１％", "５．１％", value=5.1, unit="%", kind="growth", metric="粮食产量",
     metric_alts=GRAIN, comparison="yoy", **FLOW84, note="比上年 → yoy; " + FW)
COTTON = ["棉花", "棉花总产量", "棉花产量达到"]
fact("棉花达到六百零八万吨", "六百零八万吨", value=6.08e6, unit="t", kind="amount",
     metric="棉花产量", metric_alts=COTTON[:2], **FLOW84,
     note="达到 → eq; head 产量 restored from 粮食产量 (README §3); 六百零八万吨 = 6,080,000 t")
fact("增长３１．１％", "３１．１％", value=31.1, unit="%", kind="growth", metric="棉花产量",
     metric_alts=COTTON[:2], comparison="yoy", **FLOW84,
     note="增长 without basis → yoy (README §6)")
g.neg("我们一直期求", "一直", "adverb 一直 'all along', not a quantity")
PC = "per-capita output (平均每人占有) of 去年 = 1984; 斤 → t (× 0.0005, SPEC §3)"
fact("平均每人占有粮食近八百斤", "八百斤", value=0.4, unit="t", kind="amount",
     bound="approx", metric="平均每人占有粮食",
     metric_alts=["人均粮食占有量", "人均占有粮食", "人均粮食", "每人占有粮食",
                  "全国平均每人占有粮食", "人均粮食产量"],
     period=LAST_YEAR, period_alts=[null("去年")],
     note="近 → approx (SPEC §2 bound; outside the span); 八百斤 = 800 × 0.0005 t = 0.4 t; "
          + PC)
fact("棉花十多斤", "十多斤", value=0.005, unit="t", kind="amount", bound="gt",
     metric="平均每人占有棉花",
     metric_alts=["人均棉花占有量", "人均占有棉花", "人均棉花", "每人占有棉花",
                  "全国平均每人占有棉花", "人均棉花产量"],
     period=LAST_YEAR, period_alts=[null("去年")],
     note="多 inside the span → gt (10 gt, as 十多 → 10); 十斤 = 0.005 t; head 平均每人占有 "
          "restored from 粮食 (README §3); " + PC)
fact("十亿人口的大国", "十亿", value=1e9, unit="count", kind="count", classifier="人",
     metric="人口", metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     period=P("去年", "1984-12-31", "1984-12-31"),
     period_alts=[LAST_YEAR, P("去年", REF, REF), null("去年")],
     note="judgement call (as 13亿多人口的大国 in wr_china_2018, 十亿多人口 in wr_china_1986): "
          "十亿人口的大国 states the size of the population → a count fact (人 implied, span "
          "the number); a stock: the line's last period 去年 (1984) → instant 1984-12-31 by "
          "the stock rule; the year, the reference date (the phrase describes the country as "
          "it is) and null as alts")
g.neg("这确实是一个很大的胜利", "一个", "indefinite article 一个, not a count")

# ==== line 3 (source 10): industry ===============================================================
g.neg("１９８４年，我国工业生产", "１９８４年", PERIOD_NOTE + " (1984; governs the line)")
COAL = ["原煤", "煤炭产量", "原煤总产量"]
fact("原煤产量达到七亿七千多万吨", "七亿七千多万吨", value=7.7e8, unit="t", kind="amount",
     bound="gt", metric="原煤产量", metric_alts=COAL, **FLOW84,
     note="多 inside the span → gt (达到 outside); 七亿七千多万吨 = 770,000,000 t; " + CNUM)
OIL = ["原油", "石油产量", "原油总产量"]
fact("原油达到一亿一千四百多万吨", "一亿一千四百多万吨", value=1.14e8, unit="t",
     kind="amount", bound="gt", metric="原油产量", metric_alts=OIL, **FLOW84,
     note="多 inside the span → gt; head 产量 restored from 原煤产量 (README §3); "
          "一亿一千四百多万吨 = 114,000,000 t")
fact("都比上年增长８％", "８％", value=8, unit="%", kind="growth", metric="原煤、原油产量",
     metric_alts=["原煤产量", "原油产量", "原煤和原油产量", "原煤、原油", "能源生产",
                  "能源产量"],
     comparison="yoy", **FLOW84,
     note="one quantity mention over two indicators (都) → one fact whose metric names both, "
          "each as alt; 比上年 → yoy")
g.neg("列入第六个五年计划", "第六个五年计划", PLAN_NOTE)
PROD = ["主要产品", "主要产品种类", "主要产品数量", "第六个五年计划主要产品",
        "“六五”计划主要产品", "列入“六五”计划的主要产品", "第六个五年计划的主要产品"]
fact("六十五种主要产品", "六十五种", value=65, unit="count", kind="count", classifier="种",
     metric="列入第六个五年计划的主要产品", metric_alts=PROD, **FLOW84,
     note="judgement call: the number of major products listed in the 6th plan, the set the "
          "43 kinds belong to → a count fact (as 三十多种主要产品 in wr_china_1984); it holds "
          "for the plan, the line's １９８４年 governs (null as alt)")
g.neg("到１９８４年已有", "１９８４年", PERIOD_NOTE + " (到１９８４年: the year by which the 43 "
      "kinds reached their targets)")
fact("已有四十三种", "四十三种", value=43, unit="count", kind="count", classifier="种",
     metric="提前达到１９８５年指标的主要产品",
     metric_alts=["提前达到1985年指标的主要产品", "提前达到一九八五年指标的主要产品",
                  "提前达到指标的主要产品", "主要产品", "主要产品种类",
                  "提前达到１９８５年的指标的主要产品", "提前达到1985年的指标的主要产品",
                  "提前完成“六五”计划指标的主要产品"],
     period=P("到１９８４年", "1984-01-01", "1984-12-31"),
     period_alts=[P("到１９８４年", "1984-12-31", "1984-12-31"), null("到１９８４年")],
     note="the kinds whose 1984 output already reached the plan's 1985 targets (a property "
          "of the year's output, as 三十多种 in wr_china_1984 → the year); the year-end "
          "instant (已有, a stock reading) and null as alts; 四十三种 = 43")
g.neg("达到１９８５年的指标", "１９８５年", "year in the name of the plan's targets "
      "(１９８５年的指标 = the targets for 1985, the plan's last year), not the period of a fact "
      "(as 一九八五年指标 in wr_china_1984)")

# ==== line 4 (source 11): key construction =======================================================
g.neg("１９８４年，我国重点建设", "１９８４年", PERIOD_NOTE + " (1984; governs the line; 全年 "
      "restates it)")
fact("一百二十三个大中型项目", "一百二十三个", value=123, unit="count", kind="count",
     classifier="个", metric="大中型项目",
     metric_alts=["按合理工期组织建设的大中型项目", "国家按合理工期组织建设的大中型项目",
                  "大中型项目数量", "在建大中型项目", "重点建设大中型项目",
                  "组织建设的大中型项目"],
     subject_alts=CN + ["国家"], **FLOW84,
     note="large and medium projects the state built on a reasonable schedule in 1984 (a set "
          "under construction during the year) → the line's year, null as alt; 一百二十三个 = "
          "123")
g.neg("一批重点煤矿", "一批", "quantifier 一批")
g.neg("第一期工程", "第一期", "phase label 第一期 (README §2 一期), not a quantity")
fact("更新改造项目七万四千个", "七万四千个", value=74000, unit="count", kind="count",
     classifier="个", metric="施工的更新改造项目",
     metric_alts=["更新改造项目", "全年施工的更新改造项目", "施工更新改造项目",
                  "更新改造项目数量", "在建更新改造项目", "施工的更新改造项目数量"],
     period=FULL_YEAR, period_alts=[null("全年")],
     note="全年 (restating the line's 1984) → 1984; 七万四千个 = 74,000")
fact("全部建成的三万九千个", "三万九千个", value=39000, unit="count", kind="count",
     classifier="个", metric="全部建成的更新改造项目",
     metric_alts=["建成的更新改造项目", "建成更新改造项目", "全部建成更新改造项目",
                  "全部建成的更新改造项目数量", "更新改造项目", "建成项目"],
     period=FULL_YEAR, period_alts=[null("全年")],
     note="the elided head 更新改造项目 restored (README §3); 全年 → 1984; 三万九千个 = 39,000")

# ==== line 5 (source 12): jobs, incomes, retail sales, housing ===================================
g.neg("从１９７９年到１９８４年安排", "１９７９年到１９８４年", PERIOD_NOTE + " (1979-1984; "
      "governs the jobs total)")
fact("安排了四千二百多万城镇劳动力", "四千二百多万", value=4.2e7, unit="count",
     kind="count", bound="gt", classifier="人", metric="城镇劳动力就业",
     metric_alts=["安排城镇劳动力就业", "安排就业的城镇劳动力", "城镇安排就业",
                  "城镇安排就业人数", "安排就业", "城镇劳动力就业人数", "城镇就业",
                  "城镇劳动力"],
     period=span("从１９７９年到１９８４年", 1979, 1984),
     period_alts=[null("从１９７９年到１９８４年")],
     note="多 inside the span → gt; no measure word (劳动力 is the counted noun) → classifier "
          "人, span the number (as 三千五百多万人 in wr_china_1986); the total placed in jobs over "
          "1979-1984 (a flow over the span)")
UI = ["城镇居民家庭人均可用于生活费的收入", "城镇居民家庭平均每人生活费收入",
      "城镇居民人均生活费收入", "城镇居民家庭人均生活费收入", "人均生活费收入",
      "生活费收入", "可用于生活费的收入", "城镇居民收入", "城镇居民人均收入"]
UI_SUBJ = CN + ["城镇居民家庭", "全国城镇居民家庭"]
fact("生活费的收入达到六百零八元", "六百零八元", value=608, unit="CNY", kind="amount",
     metric="城镇居民家庭平均每人可用于生活费的收入", metric_alts=UI, subject_alts=UI_SUBJ,
     period=LAST_YEAR,
     note="达到 → eq; 去年 = 1984 (household sample survey of the statistics bureau); "
          "六百零八元 = 608; " + CNUM)
fact("比上年增长１２．５％", "１２．５％", value=12.5, unit="%", kind="growth",
     metric="城镇居民家庭平均每人可用于生活费的收入",
     metric_alts=UI + ["城镇居民家庭人均生活费收入实际增长"], subject_alts=UI_SUBJ,
     comparison="yoy", period=LAST_YEAR,
     note="比上年 → yoy; 扣除物价上涨因素 = real growth (stated in the note, not a field)")
FI = ["农民人均纯收入", "农民的纯收入", "农民纯收入", "农村居民人均纯收入", "人均纯收入",
      "纯收入", "农民平均每人纯收入"]
FI_SUBJ = CN + ["农民"]
fact("平均每人达到三百五十五元", "三百五十五元", value=355, unit="CNY", kind="amount",
     metric="农民平均每人的纯收入", metric_alts=FI, subject_alts=FI_SUBJ, period=LAST_YEAR,
     note="达到 → eq; 农民的纯收入，全国平均每人 → per-capita net income of peasants; 去年 "
          "governs (1984)")
fact("比上年增长１４．７％", "１４．７％", value=14.7, unit="%", kind="growth",
     metric="农民平均每人的纯收入", metric_alts=FI, subject_alts=FI_SUBJ, comparison="yoy",
     period=LAST_YEAR, note="比上年 → yoy; nominal as written (no 扣除 for this clause)")
fact("零售总额，比上年增长１７．８％", "１７．８％", value=17.8, unit="%", kind="growth",
     metric="社会商品零售总额",
     metric_alts=["社会商品零售额", "全年社会商品零售总额", "社会消费品零售总额", "零售总额",
                  "社会商品零售总额增速"],
     comparison="yoy", period=FULL_YEAR,
     note="全年 (after 去年 in the line) = 1984; 比上年 → yoy")
HOUSE = "floor space completed in 去年 = 1984 (a flow); 约 → approx (outside the span); " + CNUM
fact("农村建成住宅约六亿平方米", "六亿平方米", value=6e8, unit="m2", kind="amount",
     bound="approx", metric="农村建成住宅",
     metric_alts=["农村建成住宅面积", "农村住宅", "农村新建住宅", "农村新建住房", "建成住宅",
                  "农村住宅竣工面积"],
     subject_alts=CN + ["农村"], period=LAST_YEAR, note=HOUSE)
fact("城镇建成住宅约一亿平方米", "一亿平方米", value=1e8, unit="m2", kind="amount",
     bound="approx", metric="城镇建成住宅",
     metric_alts=["城镇建成住宅面积", "城镇住宅", "城镇新建住宅", "城镇住宅竣工面积",
                  "建成住宅"],
     subject_alts=CN + ["城镇"], period=LAST_YEAR,
     note=HOUSE + "; 一亿 is a quantity here (1e8 m2), not an article")

# ==== line 6 (source 13): the two features of the recent years (no facts) =========================
g.neg("一个是农业和工业", "一个", MARKER_NOTE)
g.neg("；一个是消费与积累", "一个", MARKER_NOTE)
g.neg("二者互相促进", "二者", "pronoun 二者 'the two' (consumption and accumulation), not a "
      "quantity")

# ==== line 7 (source 14): agriculture, light and heavy industry ===================================
g.neg("从１９７９年到１９８３年，农业", "１９７９年到１９８３年", PERIOD_NOTE + " (1979-1983; "
      "governs the average 7.9%)")
AGR = ["农业总产值（包括村办工业）", "农业总产值(包括村办工业)", "农业产值", "农业",
       "农业总产值年均增长"]
fact("平均每年增长７．９％", "７．９％", value=7.9, unit="%", kind="growth",
     metric="农业总产值", metric_alts=AGR, comparison="年均",
     period=span("从１９７９年到１９８３年", 1979, 1983),
     period_alts=[null("从１９７９年到１９８３年")], note=AVG_NOTE + "; " + FW)
g.neg("７．９％，１９８４年增长", "１９８４年", PERIOD_NOTE + " (1984)")
fact("１９８４年增长１４．５％", "１４．５％", value=14.5, unit="%", kind="growth",
     metric="农业总产值", metric_alts=AGR[:4] + ["农业总产值增速"], comparison="yoy",
     period=Y84, period_alts=[Y84_NULL],
     note="增长 without basis → yoy (README §6); 1984, its own year")
g.neg("超过了１９５３年到１９７８年", "１９５３年到１９７８年", PERIOD_NOTE + " (1953-1978; "
      "governs the historical average 3.2%)")
g.neg("的二十六年间平均每年增长３．２％", "二十六年间", "restates the length of the period "
      "１９５３年到１９７８年 (26 years), part of the period expression, not a fact (as 二十八年间 "
      "in wr_china_1986)")
HIST = "１９５３年到１９７８年的二十六年间"
fact("平均每年增长３．２％", "３．２％", value=3.2, unit="%", kind="growth",
     metric="农业总产值", metric_alts=AGR, comparison="年均",
     period=span(HIST, 1953, 1978), period_alts=[null(HIST)],
     note="historical average annual growth of agriculture 1953-1978 (its own period; the "
          "basis the 1979-1984 rates are compared with, itself a stated fact); " + AVG_NOTE)
g.neg("采取了一系列的政策", "一系列", "vague quantifier 一系列 (README §2)")
g.neg("。１９７９年至１９８３年，轻工业", "１９７９年至１９８３年", PERIOD_NOTE + " (1979-1983)")
LIGHT = ["轻工业", "轻工业产值", "轻工业总产值年均增长", "轻工业生产"]
fact("平均每年增长１１．２％", "１１．２％", value=11.2, unit="%", kind="growth",
     metric="轻工业总产值", metric_alts=LIGHT, comparison="年均",
     period=span("１９７９年至１９８３年", 1979, 1983),
     period_alts=[null("１９７９年至１９８３年")], note=AVG_NOTE)
g.neg("１１．２％，１９８４年增长", "１９８４年", PERIOD_NOTE + " (1984)")
fact("１９８４年增长１３．９％", "１３．９％", value=13.9, unit="%", kind="growth",
     metric="轻工业总产值", metric_alts=LIGHT[:3] + ["轻工业总产值增速"], comparison="yoy",
     period=Y84, period_alts=[Y84_NULL], note="增长 → yoy; 1984, its own year")
g.neg("速度一度下降", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
HEAVY = ["重工业", "重工业产值", "重工业总产值增速", "重工业生产"]
g.neg("１９８２年重工业", "１９８２年", PERIOD_NOTE + " (1982)")
fact("比上年增长９．８％", "９．８％", value=9.8, unit="%", kind="growth",
     metric="重工业总产值", metric_alts=HEAVY, comparison="yoy",
     period=P("１９８２年", "1982-01-01", "1982-12-31"), period_alts=[null("１９８２年")],
     note="比上年 → yoy; 1982, its own year (the recovery after the adjustment)")
g.neg("，１９８３年增长１２．４％", "１９８３年", PERIOD_NOTE + " (1983)")
fact("１９８３年增长１２．４％", "１２．４％", value=12.4, unit="%", kind="growth",
     metric="重工业总产值", metric_alts=HEAVY, comparison="yoy",
     period=P("１９８３年", "1983-01-01", "1983-12-31"), period_alts=[null("１９８３年")],
     note="head 重工业总产值 restored; 增长 → yoy; 1983")
g.neg("，１９８４年增长１４．２％", "１９８４年", PERIOD_NOTE + " (1984)")
fact("１９８４年增长１４．２％", "１４．２％", value=14.2, unit="%", kind="growth",
     metric="重工业总产值", metric_alts=HEAVY, comparison="yoy",
     period=Y84, period_alts=[Y84_NULL], note="head 重工业总产值 restored; 增长 → yoy; 1984")
g.neg("上一个有深远意义", "一个", "indefinite article 一个, not a count")

# ==== line 8 (source 15): consumption and accumulation ============================================
g.neg("居民收入首先是农民", "首先", "adverb 首先 'first of all', not a rank or quantity")
g.neg("１９７９年以来我们", "１９７９年以来", PERIOD_NOTE + " (since 1979; no number in its "
      "sentence)")
g.neg("从１９７８年到１９８３年，城乡", "１９７８年到１９８３年", PERIOD_NOTE + " (the pair "
      "由X提高到Y: X → 1978, Y → 1983)")
CONS = ["居民消费水平", "平均消费水平", "城乡居民消费水平", "消费水平", "居民平均消费水平",
        "城乡居民的平均消费水平", "人均消费水平"]
CONS_SUBJ = CN + ["城乡居民"]
PAIR = P("从１９７８年到１９８３年", "1978-01-01", "1983-12-31")
fact("由一百七十五元", "一百七十五元", value=175, unit="CNY", kind="amount",
     metric="城乡居民平均消费水平", metric_alts=CONS, subject_alts=CONS_SUBJ,
     period=P("１９７８年", "1978-01-01", "1978-12-31"), period_alts=[PAIR, null("１９７８年")],
     note="from/to pair 从１９７８年到１９８３年…由X提高到Y: X is the level of 1978 (SPEC §4, each "
          "value its own year); the literal span and null as alts; 一百七十五元 = 175")
fact("提高到二百八十八元", "二百八十八元", value=288, unit="CNY", kind="amount",
     metric="城乡居民平均消费水平", metric_alts=CONS, subject_alts=CONS_SUBJ,
     period=P("１９８３年", "1983-01-01", "1983-12-31"), period_alts=[PAIR, null("１９８３年")],
     note="end of the pair: the level of 1983; 二百八十八元 = 288")
g.neg("二百八十八元，１９８４年达到", "１９８４年", PERIOD_NOTE + " (1984)")
fact("１９８４年达到三百二十元", "三百二十元", value=320, unit="CNY", kind="amount",
     bound="approx", metric="城乡居民平均消费水平", metric_alts=CONS, subject_alts=CONS_SUBJ,
     period=Y84, period_alts=[Y84_NULL],
     note="左右 → approx (outside the span); 达到 → the level of 1984; 三百二十元 = 320")
fact("平均每年提高７．３％", "７．３％", value=7.3, unit="%", kind="growth",
     metric="城乡居民平均消费水平",
     metric_alts=CONS + ["城乡居民平均消费水平年均增长", "消费水平年均实际增长"],
     subject_alts=CONS_SUBJ, comparison="年均",
     period=P("从１９７８年到１９８３年", "1979-01-01", "1984-12-31"),
     period_alts=[P("从１９７８年到１９８３年", "1978-01-01", "1984-12-31"), PAIR,
                  P("从１９７８年到１９８３年", "1979-01-01", "1983-12-31"), Y84,
                  null("１９８４年")],
     note="judgement call: 扣除价格上涨因素，平均每年提高 = real average annual growth of the "
          "consumption level from the 1978 base to the 1984 level just stated → the growth "
          "years 1979-1984 (comparison 年均); the spans 1978-1984, 1978-1983 and 1979-1983 "
          "(the pair's span only), the literal inheritance 1984 and null as alts")
g.neg("远远超过１９５３年到１９７８年的二十六年间平均每年增长２", "１９５３年到１９７８年",
      PERIOD_NOTE + " (1953-1978; governs the historical average 2.2%)")
g.neg("的二十六年间平均每年增长２．２％", "二十六年间", "restates the length of the period "
      "１９５３年到１９７８年 (26 years), part of the period expression, not a fact")
fact("平均每年增长２．２％", "２．２％", value=2.2, unit="%", kind="growth",
     metric="城乡居民平均消费水平",
     metric_alts=CONS + ["城乡居民平均消费水平年均增长"], subject_alts=CONS_SUBJ,
     comparison="年均", period=span(HIST, 1953, 1978), period_alts=[null(HIST)],
     note="historical average annual growth of the consumption level 1953-1978 (its own "
          "period); " + AVG_NOTE)
ACC = ["积累率", "积累占国民收入比重", "积累在国民收入中的比重", "积累占国民收入的比重",
       "积累在国民收入中所占比重"]
g.neg("由１９７８年的３６", "１９７８年", PERIOD_NOTE + " (the year of the pair's first value)")
fact("１９７８年的３６．５％", "３６．５％", value=36.5, unit="%", kind="share",
     metric="积累在国民收入中所占的比重", metric_alts=ACC,
     period=P("１９７８年", "1978-01-01", "1978-12-31"), period_alts=[null("１９７８年")],
     note="the accumulation rate (share of national income accumulated) of 1978: from/to pair "
          "由１９７８年的X降低到１９８１年的Y, each value its own year (SPEC §4)")
g.neg("降低到１９８１年的", "１９８１年", PERIOD_NOTE + " (the year of the pair's second value)")
fact("１９８１年的２８．５％", "２８．５％", value=28.5, unit="%", kind="share",
     metric="积累在国民收入中所占的比重", metric_alts=ACC,
     period=P("１９８１年", "1981-01-01", "1981-12-31"), period_alts=[null("１９８１年")],
     note="end of the pair: the accumulation rate of 1981 (降低到 → the level, eq)")
g.neg("从１９８２年起略有回升", "１９８２年", PERIOD_NOTE + " (从１９８２年起 'from 1982 on'; no "
      "number follows)")
g.neg("又一个具有深远意义", "一个", "indefinite article 一个 (又一个 'another'), not a count")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt ({len(text):,} "
    "characters with the final newline), sliced by code, as fixed by the brief: part "
    "（一）关于经济形势 of the report (its heading and opening paragraph, source lines 6-7, lie "
    "before the excerpt), the review of 1984 — gross output, national income and revenue; "
    "agriculture (grain, cotton, per-capita output); industry (coal, oil, the 6th plan's "
    "major products); key construction (projects); jobs, incomes, retail sales, housing — and "
    "the paragraphs on the features of the recent years (agriculture / light / heavy industry "
    "1953-1984; consumption level and accumulation rate 1953-1984). Report of Premier Zhao "
    "Ziyang to the 3rd session of the 6th NPC. Numerals: Chinese numerals for levels and "
    "counts (一万亿元, 四亿零七百多万吨, 六百零八元, 七万四千个, 十亿) and full-width digits with "
    "．/％ for years and rates (１９８４年, １４．２％); spans keep the text as written, values "
    "are the numbers written. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 1985-03-27, the day the report was delivered at the opening "
    "of the 3rd session of the 6th NPC (general knowledge: the corpus meta gives only the "
    "year 1985 and the Wikisource text has no dateline); the text fits it (1984 full-year "
    "results known, 去年 = 1984, 今年内 = 1985). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国; 国家/国家财政 for revenue; 城镇居民家庭 / 农民 / 农村 / 城镇 / 城乡居民 for "
    "incomes, housing, consumption). Periods: lines 8-11 open with １９８４年 (explicit, "
    "governs the line; 全年 restates it); line 12: 从１９７９年到１９８４年 (jobs total over the "
    "span), then 去年/全年 = 1984; lines 14-15: each value its own period (1979-1983 年均, "
    "1953-1978 年均, 1982/1983/1984, from/to pairs 1978 → 1983 and 1978 → 1981); the 7.9% "
    "inside 在１９７９到１９８３年…的基础上 takes 1979-1983 and the following 14.2% keeps 1984; "
    "十亿人口 → stock, instant 1984-12-31. Modality: actual throughout (a review; 可望在今年内"
    "陆续投产 has no number). Comparison: 比上年 / bare 增长 → yoy; 平均每年增长/递增/提高 → 年均. "
    "Judgement calls: 国民收入和国家财政收入都…１２％ and 原煤、原油都…８％ → one fact each "
    "(joint metric, each indicator as alt); 消费水平…平均每年提高７．３％ → 1979-1984 (other "
    "spans as alts); 六十五种 (products in the plan) a count fact; 四十三种 → the year 1984 "
    "(year-end instant as alt); 十亿人口的大国 → population count 1e9; 近八百斤 → approx "
    "(0.4 t per head), 十多斤 → 0.005 t gt; the historical basis averages 3.2% / 2.2% "
    "(1953-1978) are facts with their own period; the real growth rates (扣除…因素) are "
    "noted, not a field. Negatives: １９８４年 ×9 (line heads, single years, 到１９８４年), "
    "１９７９到１９８３年, １９７９年到１９８３年, １９７９年至１９８３年, １９７９年到１９８４年, "
    "１９５３年到１９７８年 ×2, 二十六年间 ×2, １９８２年 ×2, １９８３年, １９７８年到１９８３年, "
    "１９７８年, １９８１年, １９７９年以来, １９８５年 (指标), 第六个五年计划, 第一期, 一批, "
    "一系列, 一度, 一直, 首先, 一个 ×5 (article / 一个是 enumeration), 二者. Lexicalized, not listed: "
    "进一步, 一般. Known false alarms of the shared check_gold.py (as in wr_china_1984 / "
    "wr_china_1986): it reads the full-width decimals (７．９％, １４．２％, …) as their integer "
    "parts and 四亿零七百多万吨 / 七亿七千多万吨 / 一亿一千四百多万吨 wrongly; czfacts check-gold "
    "reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
