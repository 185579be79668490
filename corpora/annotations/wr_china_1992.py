"""Gold annotations for wr_china_1992 (1992年中华人民共和国国务院政府工作报告), lines 3-11 of
shared/texts/work_report/wr_china_1992.txt.

The excerpt corpora/wr_china_1992.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、１９９１年国内工作的回顾, its opening
line (１９９１年是我们的国家…继续前进的一年), the three result paragraphs of 1991 (国民经济和
社会事业全面发展: GNP, grain, cotton, agriculture, industry, coal, oil, steel, cement,
fertiliser, investment, projects and the capacities put into operation, retail sales,
trade, prices; 改革开放迈出了新的步伐: the grain-price adjustment, foreign-invested firms and
FDI; 安定团结的政治局面进一步巩固: no figures), the paragraph on the first year of the
“八五” plan and the end of 治理整顿, the problems paragraph, the paragraph on the basic line
(回顾１９９１年的工作…) and the first of its 要点 (紧紧抓住经济建设这个中心不放).  The lines are
fixed by the brief (lines 3-11, 2,456 characters); every figure lies in source lines 5-6.

This report writes its Arabic numerals in full-width digits (４３５２４万吨, １０．９亿吨, with a
full-width decimal point ．) and its percentages in Chinese numerals (百分之十四点二); the
spans keep them as written (README §1).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1992.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_1992"
PLACE = "中国"
REF = "1992-03-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 11                     # 1-based, inclusive, whole lines
TITLE = "1992年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、１９９１年国内工作的回顾", ends="巩固和完善社会主义制度。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FW = "full-width digits (and full-width ．) kept in the span as written (README §1)"
CNUM = "percentage written in Chinese numerals (百分之N → N %), span as written"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央政府", "国务院", "中华人民共和国国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1992-03-20; 去年 = 1991, 今年 = 1992) ---------------------------
# The excerpt is part 一 of the report, the review of 1991.  The heading
# 一、１９９１年国内工作的回顾 (line 1 of the excerpt) names the review year and governs the
# section (SPEC §4, as wr_china_1995 / wr_china_2000): numbers whose line states no period
# before them take 1991 (period text １９９１年 of the heading) with the null reading in
# period_alts.  Line 3 (国民经济和社会事业全面发展) states １９９１年 before its first figure and
# governs its line; 当年 (当年新增加的主要生产能力) and then 全年 (全年零售物价) restate the same
# year further on (period text 当年 / 全年 for the facts after them).  Line 4 (改革开放…) takes
# the heading until its 全年 (全年新增外商投资企业…).  The capacities of the projects completed
# in 1991 (宝钢二期, 扬子/齐鲁乙烯) are read as the year the projects were put into operation,
# with the year-end instant (a capacity held) and null as alts.  Lines 6-9 of the excerpt
# (“八五” plan, problems, basic line, 要点) hold no figure: their numerals are labels,
# ordinals and period words (negatives).
Y91T = "１９９１年"
Y91 = P(Y91T, "1991-01-01", "1991-12-31")
Y91_END = P(Y91T, "1991-12-31", "1991-12-31")
FLOW = dict(period=Y91, period_alts=[null(Y91T)])          # explicit or heading 1991
CAPACITY = dict(period=Y91, period_alts=[Y91_END, null(Y91T)])
CUR = P("当年", "1991-01-01", "1991-12-31")
CURY = dict(period=CUR, period_alts=[null("当年")])
FULL = P("全年", "1991-01-01", "1991-12-31")
YEAR = dict(period=FULL, period_alts=[null("全年")])
INHERIT_NOTE = ("no period before it in its line → the section year 1991 (heading 一、"
                "１９９１年国内工作的回顾), null in period_alts")
EXPL_NOTE = "１９９１年 at the head of the line governs"
CUR_NOTE = "当年 (= 1991, the review year) earlier in the line governs"
FULL_NOTE = "全年 (= 1991, the review year) earlier in the line governs"

# ==== line 1 (source 3): heading ===============================================================
g.neg("一、１９９１年国内", "一、", MARKER_NOTE)
g.neg("一、１９９１年国内", "１９９１年", PERIOD_NOTE + " (section heading: the review year "
      "1991, the period text of the review facts without a period of their own; " + FW + ")")

# ==== line 2 (source 4): opening, no facts ======================================================
g.neg("１９９１年是我们的国家", "１９９１年", PERIOD_NOTE + " (1991; no number in its line)")
g.neg("继续前进的一年", "一年", "'a year of continued advance' = 1991, not a duration fact (as "
      "wr_china_1993 大步前进的一年)")
g.neg("坚持四项基本原则", "四项基本原则", LABEL_NOTE + " (四项基本原则, the Four Cardinal "
      "Principles)")

# ==== line 3 (source 5): 国民经济和社会事业全面发展 ================================================
g.neg("全面发展。１９９１年国民", "１９９１年", PERIOD_NOTE + " (1991; governs the line until "
      "当年 / 全年 restate the year)")
GNP = ["GNP", "国民生产总值增长", "经济增长", "经济增速", "生产总值"]
fact("比上年增长百分之七。", "百分之七", value=7, unit="%", kind="growth",
     metric="国民生产总值", metric_alts=GNP, comparison="yoy", **FLOW,
     note="比上年 → yoy; " + EXPL_NOTE + "; " + CNUM)
GRAIN = ["粮食", "粮食总产量", "粮食总产"]
fact("粮食产量达到４３５２４万吨", "４３５２４万吨", value=43524e4, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **FLOW,
     note="达到 → eq; ４３５２４万吨 = 4.3524e8 t; the harvest of 1991; " + FW)
fact("棉花产量达到５６６．３万吨", "５６６．３万吨", value=566.3e4, unit="t", kind="amount",
     metric="棉花产量", metric_alts=["棉花", "棉花总产量"], **FLOW,
     note="达到 → eq; ５６６．３万吨 = 5.663e6 t; " + FW)
AGR = ["农业", "农业总产值增长", "农业产值"]
fact("农业总产值比上年增长百分之三", "百分之三", value=3, unit="%", kind="growth",
     metric="农业总产值", metric_alts=AGR, comparison="yoy", **FLOW,
     note="比上年 → yoy; " + CNUM)
IND = ["工业总产值增长", "总产值", "工业生产", "工业产值", "工业"]
fact("总产值比上年增长百分之十四点二", "百分之十四点二", value=14.2, unit="%", kind="growth",
     metric="工业总产值", metric_alts=IND, comparison="yoy", **FLOW,
     note="工业生产增长较快，总产值… → the elided head 工业 restored (README §3); 比上年 → "
          "yoy; " + CNUM)
PROD_NOTE = ("主要工业产品产量 of 1991 (达到 → eq; 突破 → gt); the elided 产量 restored in the "
             "metric (README §3); " + EXPL_NOTE)
fact("原煤达到１０．９亿吨", "１０．９亿吨", value=10.9e8, unit="t", kind="amount",
     metric="原煤产量", metric_alts=["原煤", "煤炭产量", "原煤产品产量"], **FLOW,
     note="１０．９亿吨 = 1.09e9 t; " + PROD_NOTE)
fact("石油达到１．３９亿吨", "１．３９亿吨", value=1.39e8, unit="t", kind="amount",
     metric="石油产量", metric_alts=["石油", "原油产量", "原油"], **FLOW,
     note="１．３９亿吨 = 1.39e8 t; " + PROD_NOTE)
fact("钢突破７０００万吨", "７０００万吨", value=7000e4, unit="t", kind="amount", bound="gt",
     metric="钢产量", metric_alts=["钢", "钢铁产量", "粗钢产量"], **FLOW,
     note="突破 → gt (outside the span); ７０００万吨 = 7e7 t; " + PROD_NOTE)
CF_NOTE = ("分别: 水泥 ↔ ２．４８亿吨, 化肥（折纯） ↔ １９８８万吨 (each value with its own unit); "
           + PROD_NOTE)
fact("分别达到２．４８亿吨", "２．４８亿吨", value=2.48e8, unit="t", kind="amount",
     metric="水泥产量", metric_alts=["水泥"], **FLOW, note="２．４８亿吨 = 2.48e8 t; " + CF_NOTE)
fact("亿吨和１９８８万吨", "１９８８万吨", value=1988e4, unit="t", kind="amount",
     metric="化肥（折纯）产量",
     metric_alts=["化肥产量", "化肥", "化肥(折纯)产量", "化肥（折纯）", "化肥折纯产量"],
     **FLOW,
     note="１９８８万吨 = 1.988e7 t (a tonnage, not the year 1988: 万吨 follows); " + CF_NOTE)
FAI = ["固定资产投资", "全社会固定资产投资增长", "投资", "全社会固定资产投资总额"]
fact("比上年增长百分之十八点六", "百分之十八点六", value=18.6, unit="%", kind="growth",
     metric="全社会固定资产投资", metric_alts=FAI, comparison="yoy", **FLOW,
     note="比上年 → yoy; " + CNUM)
PROJ = ["大中型基本建设和重要技术改造项目", "建成投产项目", "建成投产大中型基本建设和重要技术改造项目",
        "大中型基本建设和重要技术改造项目数量", "建成投产的大中型基本建设和重要技术改造项目",
        "项目"]
fact("技术改造项目２１５个", "２１５个", value=215, unit="count", kind="count",
     classifier="个", metric="建成投产大中型基本建设和重要技术改造项目", metric_alts=PROJ[:1] + PROJ[2:],
     **FLOW,
     note="projects completed and put into operation in 1991 (a count of the year's "
          "completions); the verb 建成投产 kept in the metric, the bare noun as alt; "
          + EXPL_NOTE)
PROJ_NOTE = ("a capacity written into a project's name (SPEC §1, README §2: 特瓦时能源 10 万吨): "
             "the project owns the number; 其中包括 the projects 建成投产 in 1991 → actual "
             "(in operation), period the year of completion (" + EXPL_NOTE + "), the "
             "year-end instant (a capacity held) and null as alts; one mention 各N → one fact "
             "(SPEC §1), judgement call (two facts, one per product, are the alternative)")
fact("年炼铁和炼钢各３００万吨", "３００万吨", value=300e4, unit="t", kind="amount",
     metric="年炼铁和炼钢能力",
     metric_alts=["炼铁和炼钢年产能", "炼铁和炼钢产能", "年炼铁能力", "年炼钢能力", "炼铁年产能",
                  "炼钢年产能", "年炼铁和炼钢", "年产能", "生产能力", "宝钢二期工程年炼铁和炼钢能力"],
     subject="宝钢二期工程",
     subject_alts=["宝钢二期", "宝钢", "宝山钢铁", "宝钢二期工程项目", PLACE] + CN,
     **CAPACITY, note=PROJ_NOTE + "; 各 'each' (iron and steel): 3e6 t a year each")
g.neg("的宝钢二期工程", "二期", "phase label 二期 (the second phase of 宝钢, README §2 一期), not "
      "a quantity")
fact("年产各３０万吨的扬子", "３０万吨", value=30e4, unit="t", kind="amount",
     metric="乙烯年产能",
     metric_alts=["乙烯产能", "年产", "年产能", "乙烯工程年产能", "乙烯生产能力",
                  "扬子和齐鲁乙烯工程年产能", "乙烯年产量"],
     subject="扬子和齐鲁乙烯工程",
     subject_alts=["扬子乙烯工程", "齐鲁乙烯工程", "扬子和齐鲁乙烯", "扬子乙烯", "齐鲁乙烯",
                   PLACE] + CN,
     **CAPACITY, note=PROJ_NOTE + "; 各 'each' (扬子 and 齐鲁): 3e5 t of ethylene a year each; "
                       "README §3 capacities: X产能, alt X年产能 / here 年产 is written")
NEWCAP_NOTE = ("当年新增加的主要生产能力有… distributes over the list (煤炭, 石油, 发电机组容量): "
               "capacity added in 1991, the head 新增 restored in the metric, the 增量 reading "
               "and the bare noun in the alts (README §3); " + CUR_NOTE)
fact("煤炭２７１４万吨", "２７１４万吨", value=2714e4, unit="t", kind="amount",
     metric="新增煤炭生产能力",
     metric_alts=["煤炭生产能力", "煤炭生产能力增量", "新增煤炭产能", "煤炭产能增量",
                  "新增煤炭年生产能力", "煤炭产能", "新增加的煤炭生产能力", "煤炭"],
     **CURY, note="２７１４万吨 = 2.714e7 t (a yearly rate: base unit, rate in the metric); "
                  + NEWCAP_NOTE)
fact("石油１４９１万吨", "１４９１万吨", value=1491e4, unit="t", kind="amount",
     metric="新增石油生产能力",
     metric_alts=["石油生产能力", "石油生产能力增量", "新增石油产能", "石油产能增量",
                  "新增原油生产能力", "石油产能", "新增加的石油生产能力", "石油"],
     **CURY, note="１４９１万吨 = 1.491e7 t; " + NEWCAP_NOTE)
fact("发电机组容量１１８４万千瓦", "１１８４万千瓦", value=1184e7, unit="W", kind="amount",
     metric="新增发电机组容量",
     metric_alts=["发电机组容量", "发电机组容量增量", "新增发电装机容量", "新增发电装机",
                  "发电装机容量增量", "新增加的发电机组容量", "新增发电机组"],
     **CURY, note="１１８４万千瓦 = 1.184e7 kW = 1.184e10 W; " + NEWCAP_NOTE)
g.neg("购销两旺", "两旺", "idiom 购销两旺 'both buying and selling thrive', not a quantity")
RET = ["社会商品零售额", "社会消费品零售总额", "零售总额", "社会商品零售总额实际增长",
       "社会消费品零售额"]
fact("实际比上年增长百分之十。", "百分之十", value=10, unit="%", kind="growth",
     metric="社会商品零售总额", metric_alts=RET, comparison="yoy", **CURY,
     note="实际 = in real terms; 比上年 → yoy; " + CUR_NOTE + "; " + CNUM)
TRADE = ["进出口", "外贸进出口总额", "对外贸易总额", "进出口贸易总额", "进出口额",
         "进出口总额增长"]
fact("进出口总额增长百分之十七点五", "百分之十七点五", value=17.5, unit="%", kind="growth",
     metric="进出口总额", metric_alts=TRADE, comparison="yoy", **CURY,
     note="据海关统计 (customs statistics); growth without basis → yoy; " + CUR_NOTE + "; "
          + CNUM)
RPI = ["零售物价上涨幅度", "零售物价涨幅", "商品零售物价", "商品零售价格", "物价涨幅",
       "零售价格", "全国零售物价", "物价"]
fact("零售物价上涨百分之二点九", "百分之二点九", value=2.9, unit="%", kind="growth",
     metric="零售物价", metric_alts=RPI, comparison="yoy", **YEAR,
     note="上涨 X% of a price level → growth (as wr_china_1995); no basis → yoy; 全年 "
          "immediately before it (= 1991); " + CNUM)

# ==== line 4 (source 6): 改革开放迈出了新的步伐 =================================================
g.neg("采取了一系列改善", "一系列", "quantifier 一系列 (README §2)")
fact("调整了２５年没有动过", "２５年", value=25, unit="year", kind="amount",
     metric="城镇居民定量平价粮油销售价格未调整时间",
     metric_alts=["定量平价粮油销售价格未调整时间", "平价粮油销售价格未调整时间",
                  "城镇居民定量平价粮油销售价格未动时间", "粮油销售价格未调整年数",
                  "城镇居民定量平价粮油销售价格", "未调整时间", "持续时间"],
     period=Y91, period_alts=[null(Y91T), P("２５年", "1967-01-01", "1991-12-31")],
     note="judgement call: ２５年没有动过 'untouched for 25 years' read as a duration fact (unit "
          "year, kind amount), like the streaks 连续N年 of other golds; the span ends in the "
          "year of the adjustment → " + INHERIT_NOTE + ", the 25 years up to 1991 as alt; "
          "reading it as a negative (no measured indicator) is the alternative; " + FW)
g.neg("计划内外两种价格", "两种", "definite 两种价格 'the two prices' (the in-plan and the "
      "market price just named: 计划内外), a description of the dual-track system, not a "
      "quantity claim (as 双轨制 in wr_china_1993)")
g.neg("都是历史上最多的一年", "一年", "'the year with the most (foreign capital)' = 1991, not a "
      "duration fact (as wr_china_1993)")
FIE = new("外商投资企业", "新增外商投资企业", "新增外商投资企业数")
fact("新增外商投资企业１．２万多家", "１．２万多家", value=1.2e4, unit="count", kind="count",
     bound="gt", classifier="家", metric="外商投资企业", metric_alts=FIE, **YEAR,
     note="多 inside the span → gt; 新增 N: firms added in 1991 (README §3, 增量 alts); 全年 "
          "at the head of the sentence (= 1991); " + FW)
CONTRACT = ["协议金额", "外商直接投资合同金额", "合同外资金额", "协议外资金额",
            "外商直接投资协议额", "协议利用外资金额", "外商直接投资"]
fact("协议金额１２０亿美元", "１２０亿美元", value=120e8, unit="USD", kind="amount",
     metric="外商直接投资协议金额", metric_alts=CONTRACT, **YEAR,
     note="the contracted FDI of 1991; 亿美元 → USD; " + FULL_NOTE)
ACTUAL = ["实际投资", "外商直接投资实际金额", "实际利用外商直接投资", "实际使用外商直接投资",
          "外商直接投资实际使用金额", "外商直接投资实际投资额", "实际使用外资",
          "外商直接投资"]
fact("实际投资４３．７亿美元", "４３．７亿美元", value=43.7e8, unit="USD", kind="amount",
     metric="外商直接投资实际投资", metric_alts=ACTUAL, **YEAR,
     note="the head 外商直接投资 restored (README §3); ４３．７亿美元 = 4.37e9 USD; "
          + FULL_NOTE + "; " + FW)
g.neg("签定了一大批", "一大批", "quantifier 一大批 (SPEC §1)")

# ==== line 5 (source 7): 安定团结的政治局面 — no facts ===========================================
g.neg("处理一批违法违纪案件", "一批", "quantifier 一批")
g.neg("一方有难，八方支援", "一方有难，八方支援", "idiom / slogan 一方有难，八方支援 'when one "
      "place is in trouble, help comes from all sides' (SPEC §1 idioms and slogans)")

# ==== line 6 (source 8): “八五” plan, end of 治理整顿 — no facts ================================
g.neg("１９９１年是我国执行", "１９９１年", PERIOD_NOTE + " (1991; no number in its line)")
g.neg("执行“八五”计划和", "八五", "plan label “八五” (the 8th Five-Year Plan, as 十四五 in "
      "SPEC §1)")
g.neg("计划和十年规划", "十年规划", LABEL_NOTE + " (十年规划, the ten-year programme "
      "1991-2000, a plan name)")
g.neg("十年规划的第一年", "第一年", "ordinal of a year in a plan (1991 = the first year of "
      "the plan), not a rank or a count")
g.neg("治理整顿的第三年", "第三年", "ordinal of a year (1991 = the third year of 治理整顿), "
      "not a rank or a count")
g.neg("实现了“八五”计划第一年", "八五", "plan label “八五” (SPEC §1)")
g.neg("“八五”计划第一年发展", "第一年", "ordinal of a year in the plan (1991), not a rank or "
      "a count")
g.neg("各族人民三年来的艰苦努力", "三年来", PERIOD_NOTE + " (1989-1991, the three years of "
      "治理整顿; not a 3-year duration fact, README §2 近三年来; governs no number)")
g.neg("作为经济发展的一个特定阶段", "一个", "一 + classifier used as article (一个特定阶段), not a "
      "quantity")
g.neg("这三年治理整顿", "三年", "anaphoric 这三年 'these three years' (1989-1991, named just "
      "before), a period word, not a duration fact")

# ==== line 7 (source 9): problems — no numeral but lexicalized 一些 ==============================

# ==== line 8 (source 10): the basic line — no facts =============================================
g.neg("回顾１９９１年的工作", "１９９１年", PERIOD_NOTE + " (1991; no number in its line)")
g.neg("工作和三年来的治理整顿", "三年来", PERIOD_NOTE + " (1989-1991; not a duration fact)")
g.neg("联系到十三年来的改革开放", "十三年来", PERIOD_NOTE + " (十三年来 = 1979-1991, the years of "
      "reform and opening since the 3rd plenum of December 1978; not a duration fact, as "
      "近三年来 in README §2)")
g.neg("“一个中心、两个基本点”", "一个中心、两个基本点", LABEL_NOTE + " (slogan “一个中心、两个"
      "基本点”, the Party's basic line; SPEC §1 slogans)")
g.neg("我们取得的一切成就", "一切", "pronoun 一切 'all', not a quantity (as wr_china_1982)")
g.neg("一百年不动摇", "一百年", "slogan 一百年不动摇 ('unshaken for a hundred years', Deng "
      "Xiaoping's phrase), not a duration fact")

g.neg("我们今后一定要", "一定", "adverb 一定(要) 'must', not a quantity")

# ==== line 9 (source 11): first 要点 — no facts ==================================================
g.neg("上一个新的台阶", "一个", "一 + classifier used as article (上一个新的台阶 'reach a new "
      "level'), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), as fixed by the brief: the start of "
    "part 一、１９９１年国内工作的回顾, the review of 1991 (the report year's plan comes in later "
    "parts): the heading, the opening line, the three result paragraphs (economy: GNP, grain, "
    "cotton, agriculture, industry, coal, oil, steel, cement, fertiliser, investment, 215 "
    "projects, capacities of 宝钢二期 and the 扬子/齐鲁 ethylene plants, new capacity, retail "
    "sales, trade, prices; reform and opening: the grain-price adjustment, foreign-invested "
    "firms, FDI; political stability: no figures), the paragraph on the first year of the "
    "“八五” plan and the end of 治理整顿, the problems, the basic line and its first 要点 (no "
    "figures). Every figure lies in source lines 5-6. The report writes full-width digits "
    "(４３５２４万吨, １０．９亿吨) and Chinese-numeral percentages (百分之十四点二); spans keep "
    "them as written. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 1992-03-20, the shared meta date: the opening day of the 5th "
    "session of the 7th NPC, on which Premier Li Peng delivered the report; the Wikisource "
    "text has no dateline; nothing in the excerpt contradicts it (1991 results, 比上年 of "
    "1991). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the project "
    "capacities belong to their projects (宝钢二期工程; 扬子和齐鲁乙烯工程), 中国 as alt. "
    "Periods: the heading １９９１年 governs the section; line 5 of the source opens with "
    "１９９１年 (explicit) and restates the year as 当年 and 全年 (period texts of the facts "
    "after them); line 6 takes the heading until its 全年; null in period_alts throughout; "
    "the project capacities → the year of completion, the year-end instant and null as alts; "
    "２５年没有动过 → a 25-year span ending in 1991 as alt. Modality: actual throughout (no "
    "target in the excerpt; the projects are 建成投产). Comparisons: yoy for every growth "
    "(比上年, or none stated). Units: 万吨 ×1e4 t, 亿吨 ×1e8 t, 万千瓦 → W ×1e7, 亿美元 → USD. "
    "Judgement calls: 年炼铁和炼钢各３００万吨 and 年产各３０万吨 → one capacity fact each (one "
    "mention with 各, SPEC §1), owned by the project; 当年新增加的主要生产能力 distributed over "
    "煤炭/石油/发电机组容量 (metrics 新增…); 工业…总产值 → 工业总产值; ２５年没有动过 → a 25-year "
    "duration (amount, unit year); 两种价格 → negative (the two prices of the dual-track "
    "system); 第一年 / 第三年 → ordinal negatives; 三年来, 这三年, 十三年来 → period negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 一些. Known false alarms of the shared check_gold.py "
    "(as in wr_china_1993 / wr_china_1995): it reads 百分之N spans as 100 and stops "
    "full-width numbers at the full-width decimal point ．.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
