"""Gold annotations for wr_china_1986_b (1986年中华人民共和国国务院政府工作报告, the 7th Five-Year
Plan targets), lines 25-32 of shared/texts/work_report/wr_china_1986.txt.

The report is Premier Zhao Ziyang's 关于第七个五年计划的报告 (the 7th Five-Year Plan, 1986-1990,
submitted for approval in March 1986).  The excerpt corpora/wr_china_1986_b.txt is sliced by
code from the source bytes (whole lines, newline kept), never retyped: it lies in part
二、“七五”时期的基本任务和主要建设方针 (heading in source line 20, outside the excerpt) — the
paragraph that quantifies the plan's three basic tasks (五年内 growth of output and GNP, the
1990 levels, investment, products, graduates, trade, consumption), the lead-in to the
questions of economic construction, question 一、确定适度的经济增长率 (the average annual
growth targets and the reasons for them) and the start of question 二、规定恰当的投资规模
(the investment totals of the plan, the phasing, the warning against over-investment).  The
excerpt's lines are fixed by the brief (lines 25-32, 2,344 characters).

All numbers are written in Chinese numerals (百分之三十八, 一万六千七百七十亿元, 一点三倍,
近五百万); spans keep the text as written and values are the numbers written (SPEC §3).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1986_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1986_b"
PLACE = "中国"
REF = "1986-03-25"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_1986.txt"
FIRST, LAST = 25, 32                    # 1-based, inclusive, whole lines
TITLE = "1986年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="上述三项任务，是相互联系、紧密结合的",
                 ends="控制在国力所允许的水平上。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = "plan label {} (a Five-Year Plan, SPEC §1 十四五), not a quantity"
MARKER_NOTE = "list marker / question number of the report, not a quantity"
BASIS_NOTE = "comparison basis {} (a year, not a quantity); not the period of the fact"
BATCH_NOTE = "vague quantifier 一批 (README §2), not a count"
ARTICLE_NOTE = "indefinite article {} (一 + classifier, README §2), not a count"
CNUM = "Chinese numerals as written; value = the number they write (SPEC §3)"

CN = ["我国", "全国", "中华人民共和国"]


fact = g.with_subject(PLACE, CN)


def goal(ctx, target, **kw):
    kw.setdefault("modality", "target")
    fact(ctx, target, **kw)


# ---- periods (reference date 1986-03-25; 今年 = 1986) ------------------------------------------
# The excerpt lies in the plan part of the report: the targets of the 7th Five-Year Plan
# (“七五”, 1986-1990), modality target (计划草案规定, 争取, 将).  Periods, as in wr_china_1982
# (the 6th plan's targets) and wr_china_1986 (its review):
#   - 五年内 / 五年 (五年为, 五年共, 五年增长) = the plan period 1986-01-01..1990-12-31, which
#     governs its clauses until another period replaces it within the line;
#   - growth over the whole plan (五年内…增长, 五年增长: the 1990 level over 1985) → the span,
#     comparison 累计 (as the 十一五 cumulative falls in wr_china_2010), the year 1990 (the level
#     compared) and null as alts;
#   - totals over the plan (投资总额五年为, 五年共培养, 五年内…投资总规模为) → the span, null as
#     alt; their growth over the 6th plan (比“六五”期间增长/增加) → the span, comparison = the
#     surface basis;
#   - levels dated 一九九○年 (一九九○年工农业总产值达到…) → the year 1990 (flows), the end
#     instant, the plan span and null as alts; their multiples over 1980 (比一九八○年增长N倍) →
#     1990, the span and null as alts (ratio, comparison null: the basis stays in the note);
#   - growth of the 1990 level over 1985 (一九九○年比一九八五年增长) → 1990, comparison = the
#     surface basis, the span and null as alts;
#   - average annual growth under “七五”计划草案规定 (source line 28: 平均每年增长) → the plan
#     span (the line names the plan, no other period), comparison 年均, null as alt;
#   - the share of products at a level (争取有百分之四十左右…达到…水平, a share of a stock) →
#     the instant at the end of the governing 五年 (1990-12-31), the span and null as alts.
# Price base 按一九八○年不变价格计算, comparison bases (比一九八○年, 比一九八五年, 比“六五”期间)
# and sub-periods without numbers of their own (后两年, 前两年, 后三年, 九十年代) are negatives.


def seven(txt):
    return P(txt, "1986-01-01", "1990-12-31")


def span(txt, *more):
    return dict(period=seven(txt), period_alts=list(more) + [null(txt)])


def cum(txt):
    return dict(period=seven(txt), period_alts=[P(txt, "1990-01-01", "1990-12-31"), null(txt)])


Y90T = "一九九○年"
Y90 = P(Y90T, "1990-01-01", "1990-12-31")
Y90_END = P(Y90T, "1990-12-31", "1990-12-31")
LVL90 = dict(period=Y90, period_alts=[Y90_END, seven(Y90T), null(Y90T)])
VS90 = dict(period=Y90, period_alts=[seven(Y90T), null(Y90T)])
QI5 = "“七五”"
AVG = dict(period=seven(QI5), period_alts=[null(QI5)])
CUM_NOTE = ("growth over the whole plan (五年内/五年…增长: the 1990 level over 1985): the plan "
            "span 1986-1990, comparison 累计 (basis the 1985 level, not written), the year 1990 "
            "(the level compared) and null as alts; target")
LVL_NOTE = ("a level to be reached in 1990 (一九九○年…达到): the year 1990, the end instant, the "
            "plan span and null as alts; target")
MULT_NOTE = ("比一九八○年增长N倍 → ratio N times as written (as 增长三倍 in wr_china_1986), "
             "comparison null (basis 比一九八○年 in this note); the 1990 level compared → the "
             "year 1990, the plan span and null as alts; target")
VS6_NOTE = ("growth of the plan total over the 6th plan's (比“六五”期间): the span 1986-1990, "
            "comparison = the surface basis; target")
AVG_NOTE = ("平均每年增长 = average annual growth over the 7th plan (comparison = the surface "
            "basis 年均, as wr_china_1982): the plan span (“七五”计划草案规定 names the plan; the "
            "line states no other period), null as alt; target")

# ==== line 1 (source 25): the plan's targets in figures ===========================================
g.neg("上述三项任务", "三项", "anaphoric 上述三项任务 'the three tasks above' (（一）-（三）, "
      "listed just before the excerpt), not a new quantity claim (as wr_china_1986 这两个时期)")
g.neg("最重要的是第一项任务", "第一项", "ordinal 第一项 'the first (task)', not a rank of a "
      "measured quantity")
g.neg("综合考虑这些任务的要求，“七五”", "七五", PLAN_NOTE.format("“七五”") + " (the 7th plan "
      "1986-1990)")
g.neg("五年内全国工农业总产值", "五年内", PERIOD_NOTE + " (1986-1990; governs the two "
      "cumulative growth targets)")
GVIAO = ["全国工农业总产值", "工农业总产值增长", "工农业生产", "工农业产值"]
goal("总产值增长百分之三十八", "百分之三十八", value=38, unit="%", kind="growth",
     metric="工农业总产值", metric_alts=GVIAO + ["工农业总产值累计增长"],
     comparison="累计", **cum("五年内"), note=CUM_NOTE + "; " + CNUM)
GNP = ["GNP", "国民生产总值增长", "经济增长", "经济总量"]
goal("国民生产总值增长百分之四十四", "百分之四十四", value=44, unit="%", kind="growth",
     metric="国民生产总值", metric_alts=GNP + ["国民生产总值累计增长"], comparison="累计",
     **cum("五年内"), note=CUM_NOTE)
g.neg("按一九八○年不变价格", "一九八○年", "price base 按一九八○年不变价格计算 (constant 1980 "
      "prices), not a period of the facts and not a quantity")
g.neg("计算，一九九○年工农业", "一九九○年", PERIOD_NOTE + " (1990, the plan's last year; "
      "governs the 1990 levels)")
goal("达到一万六千七百七十亿元", "一万六千七百七十亿元", value=16770e8, unit="CNY",
     kind="amount", metric="工农业总产值", metric_alts=GVIAO[:1] + GVIAO[2:], **LVL90,
     note="达到 → eq; 一万六千七百七十亿元 = 1.677e12 CNY at constant 1980 prices (按一九八○年"
          "不变价格计算); " + LVL_NOTE)
g.neg("一万六千七百七十亿元，比一九八○年", "一九八○年", BASIS_NOTE.format("比一九八○年"))
goal("增长一点三倍", "一点三倍", value=1.3, unit="times", kind="ratio",
     metric="工农业总产值", metric_alts=GVIAO + ["工农业总产值增长倍数"], **VS90,
     note="一点三倍 → 1.3; " + MULT_NOTE)
goal("达到一万一千一百七十亿元", "一万一千一百七十亿元", value=11170e8, unit="CNY",
     kind="amount", metric="国民生产总值", metric_alts=["GNP", "经济总量"], **LVL90,
     note="一万一千一百七十亿元 = 1.117e12 CNY at constant 1980 prices; 一九九○年 still "
          "governs; " + LVL_NOTE)
g.neg("一万一千一百七十亿元，比一九八○年", "一九八○年", BASIS_NOTE.format("比一九八○年"))
goal("增长一点六倍", "一点六倍", value=1.6, unit="times", kind="ratio",
     metric="国民生产总值", metric_alts=GNP + ["国民生产总值增长倍数"], **VS90,
     note="一点六倍 → 1.6; " + MULT_NOTE)
FAI = ["全民所有制单位的固定资产投资总额", "固定资产投资总额", "全民所有制单位固定资产投资",
       "固定资产投资", "全民所有制单位固定资产投资规模"]
g.neg("投资总额五年为", "五年", PERIOD_NOTE + " (五年为 = the plan total 1986-1990)")
goal("五年为八千九百六十亿元", "八千九百六十亿元", value=8960e8, unit="CNY", kind="amount",
     metric="全民所有制单位固定资产投资总额", metric_alts=FAI,
     subject_alts=CN + ["全民所有制单位"], **span("五年"),
     note="a total over the plan period (五年为); 八千九百六十亿元 = 8.96e11 CNY; target")
g.neg("比“六五”期间增长近", "六五", PLAN_NOTE.format("“六五”") + " (the 6th plan 1981-1985, "
      "the comparison basis)")
goal("增长近百分之七十", "百分之七十", value=70, unit="%", kind="growth", bound="approx",
     metric="全民所有制单位固定资产投资总额", metric_alts=FAI + ["固定资产投资总额增长"],
     subject_alts=CN + ["全民所有制单位"], comparison="比“六五”期间", **span("五年"),
     note="近 → approx (outside the span); " + VS6_NOTE)
g.neg("改建扩建和新建一批", "一批", BATCH_NOTE)
g.neg("改造一批重点企业", "一批", BATCH_NOTE)
g.neg("推广一批效益好", "一批", BATCH_NOTE)
PROD = ["达到发达国家七十年代末或八十年代初水平的主要工业产品比重",
        "主要工业产品在性能和质量上达到发达国家七十年代末或八十年代初水平的比重",
        "达到发达国家水平的主要工业产品比重", "主要工业产品比重", "主要工业产品占比",
        "主要工业产品达到发达国家水平的比重"]
goal("争取有百分之四十左右", "百分之四十", value=40, unit="%", kind="share",
     bound="approx", metric="主要工业产品达到发达国家七十年代末或八十年代初水平的比重",
     metric_alts=PROD, period=P("五年", "1990-12-31", "1990-12-31"),
     period_alts=[seven("五年"), null("五年")],
     note="左右 → approx (outside the span); 争取 → target; the share of the main industrial "
          "products reaching the level of the developed countries of the late 1970s/early "
          "1980s — judgement call on the period: a share of a stock (the product range) → the "
          "instant at the end of the governing 五年 (1990-12-31, stock rule), the plan span and "
          "null as alts")
g.neg("发达国家七十年代末", "七十年代末", PERIOD_NOTE + " (the late 1970s, a technology "
      "level), not a quantity")
g.neg("或八十年代初的水平", "八十年代初", PERIOD_NOTE + " (the early 1980s, a technology "
      "level), not a quantity")
g.neg("推行九年制义务教育", "九年制", "system name 九年制义务教育 (nine-year compulsory "
      "education, like 九年义务教育 in cm_qiandongnan_2023), a label, not a duration fact — "
      "judgement call")
g.neg("高等教育五年共培养", "五年", PERIOD_NOTE + " (五年共 = the plan total 1986-1990)")
TAL = ["高级专门人才", "培养高级专门人才数量", "高级专门人才培养", "培养高级人才",
       "普通高等学校和成人高等教育培养高级专门人才", "高等教育培养高级专门人才"]
goal("共培养近五百万高级专门人才", "五百万", value=5e6, unit="count", kind="count",
     bound="approx", classifier="人", metric="培养高级专门人才", metric_alts=TAL,
     subject_alts=CN + ["普通高等学校和成人高等教育", "普通高等学校", "成人高等教育"],
     **span("五年"),
     note="近 → approx (outside the span); no measure word (高级专门人才 is the counted noun) → "
          "classifier 人, span the number (README §1, as 十亿多人口 in wr_china_1986); 五年共 = "
          "the plan total; target")
g.neg("比“六五”期间增长一倍", "六五", PLAN_NOTE.format("“六五”") + " (the comparison basis)")
goal("比“六五”期间增长一倍", "一倍", value=1, unit="times", kind="ratio",
     metric="培养高级专门人才", metric_alts=TAL + ["培养高级专门人才增长倍数"],
     subject_alts=CN + ["普通高等学校和成人高等教育", "普通高等学校", "成人高等教育"],
     **span("五年"),
     note="增长一倍 → ratio 1 times as written (as wr_china_1986), comparison null (basis "
          "比“六五”期间 in this note); the plan total compared → the span; target")
TRADE = ["进出口总额", "进出口贸易", "对外贸易总额", "进出口额", "外贸进出口总额"]
g.neg("贸易总额一九九○年比", "一九九○年", PERIOD_NOTE + " (1990, the year of the level "
      "compared)")
g.neg("一九九○年比一九八五年", "一九八五年", BASIS_NOTE.format("比一九八五年"))
goal("比一九八五年增长百分之四十", "百分之四十", value=40, unit="%", kind="growth",
     metric="进出口贸易总额", metric_alts=TRADE, comparison="比一九八五年", **VS90,
     note="growth of the 1990 level over 1985 (比一九八五年增长): period the year of the level "
          "compared (1990), the plan span and null as alts; comparison = the surface basis; "
          "target")
g.neg("实际消费水平五年增长", "五年", PERIOD_NOTE + " (五年增长 = over the plan 1986-1990)")
CONS = ["城乡居民的实际消费水平", "实际消费水平", "城乡居民消费水平", "居民消费水平",
        "消费水平", "城乡居民实际消费水平累计增长"]
goal("五年增长百分之二十七左右", "百分之二十七", value=27, unit="%", kind="growth",
     bound="approx", metric="城乡居民实际消费水平", metric_alts=CONS,
     subject_alts=CN + ["城乡居民"], comparison="累计", **cum("五年"),
     note="左右 → approx (outside the span); 实际 = in real terms; " + CUM_NOTE)
g.neg("在这五年内", "这五年内", PERIOD_NOTE + " (1986-1990; no number follows)")
g.neg("第七个五年计划的完成", "第七个五年计划", "plan name 第七个五年计划 (the 7th Five-Year "
      "Plan; SPEC §1 十四五), not a quantity")

# ==== line 2 (source 26): lead-in to the questions (no facts) =====================================
g.neg("关于制定“七五”计划建议", "七五", PLAN_NOTE.format("“七五”"))
g.neg("提出的一系列正确方针", "一系列", "vague quantifier 一系列 (README §2), not a count")

# ==== line 3 (source 27): question 一 (heading) ===================================================
g.neg("一、确定适度的经济增长率", "一、", MARKER_NOTE)

# ==== line 4 (source 28): average annual growth targets ===========================================
g.neg("生产条件的可能，“七五”", "七五", PLAN_NOTE.format("“七五”") + " (“七五”计划草案规定: the "
      "plan 1986-1990, the period of the line's average annual growth targets)")
goal("工农业总产值平均每年增长百分之六点七", "百分之六点七", value=6.7, unit="%",
     kind="growth", metric="工农业总产值",
     metric_alts=GVIAO + ["工农业总产值年均增长", "工农业总产值年均增速"], comparison="年均",
     **AVG, note="百分之六点七 → 6.7; " + AVG_NOTE)
AGR = ["农业总产值年均增长", "农业总产值年均增速", "农业产值", "农业"]
goal("农业总产值平均每年增长百分之四", "百分之四", value=4, unit="%", kind="growth",
     metric="农业总产值", metric_alts=["农业总产值（不包括村办工业）"] + AGR,
     comparison="年均", **AVG,
     note="其中 of 工农业总产值; excluding village-run industry (the bracket gives the other "
          "figure); " + AVG_NOTE)
goal("包括村办工业为百分之六", "百分之六", value=6, unit="%", kind="growth",
     metric="农业总产值（包括村办工业）",
     metric_alts=["包括村办工业的农业总产值", "农业总产值包括村办工业", "农业总产值"] + AGR,
     comparison="年均", **AVG,
     note="the same average annual growth of agricultural output counted with village-run "
          "industry (bracket: 包括村办工业为…); " + AVG_NOTE)
IND = ["工业总产值年均增长", "工业总产值年均增速", "工业产值", "工业"]
goal("工业总产值平均每年增长百分之七点五", "百分之七点五", value=7.5, unit="%",
     kind="growth", metric="工业总产值", metric_alts=["工业总产值（包括村办工业）"] + IND,
     comparison="年均", **AVG, note="其中 of 工农业总产值; " + AVG_NOTE)
goal("不包括村办工业百分之七", "百分之七", value=7, unit="%", kind="growth",
     metric="工业总产值（不包括村办工业）",
     metric_alts=["不包括村办工业的工业总产值", "工业总产值不包括村办工业", "工业总产值"] + IND,
     comparison="年均", **AVG,
     note="the same growth without village-run industry (bracket); " + AVG_NOTE)
goal("国民生产总值平均每年增长百分之七点五", "百分之七点五", value=7.5, unit="%",
     kind="growth", metric="国民生产总值",
     metric_alts=GNP + ["国民生产总值年均增长", "国民生产总值年均增速", "经济增长速度"],
     comparison="年均", **AVG, note=AVG_NOTE)
g.neg("比“六五”期间实际达到", "六五", PLAN_NOTE.format("“六五”") + " (basis of a comparison "
      "without a number)")
g.neg("要有一个逐步积累", "一个", ARTICLE_NOTE.format("一个"))
g.neg("在一定程度上", "一定", "adjective 一定 'certain (degree)', not a quantity")
g.neg("“六五”后两年", "六五", PLAN_NOTE.format("“六五”"))
g.neg("“六五”后两年", "后两年", PERIOD_NOTE + " (the last two years of the 6th plan, "
      "1984-1985; no number in its clause)")
g.neg("。“七五”期间对工农业", "七五", PLAN_NOTE.format("“七五”"))
g.neg("需要有一个比较宽松", "一个", ARTICLE_NOTE.format("一个"))

# ==== line 5 (source 29): on the growth rate (no facts) ===========================================
g.neg("“七五”计划草案规定的经济增长率", "七五", PLAN_NOTE.format("“七五”"))
g.neg("努力争取有一个持续", "一个", ARTICLE_NOTE.format("一个"))
g.neg("无视这一点", "一点", "demonstrative 这一点 'this point', not a quantity (as wr_china_1982)")
g.neg("即使一时上去了", "一时", "adverb 一时 'for a while', not a quantity")
g.neg("需要和可能两个方面", "两个", "两个方面 'the two aspects' (需要 and 可能, just named), a "
      "reference, not a count claim")

# ==== line 6 (source 30): question 二 (heading) ===================================================
g.neg("二、规定恰当的投资规模", "二、", MARKER_NOTE)

# ==== line 7 (source 31): investment totals of the plan ===========================================
g.neg("这是“七五”计划的关键性", "七五", PLAN_NOTE.format("“七五”"))
g.neg("关系到“七五”期间", "七五", PLAN_NOTE.format("“七五”"))
g.neg("也关系到九十年代", "九十年代", PERIOD_NOTE + " (the 1990s), not a quantity")
g.neg("反复平衡，“七五”", "七五", PLAN_NOTE.format("“七五”"))
g.neg("规定，五年内全民所有制", "五年内", PERIOD_NOTE + " (1986-1990; governs the investment "
      "totals)")
CAPEX = ["基本建设投资总规模", "基本建设投资", "全民所有制单位基本建设投资", "基本建设投资规模",
         "基建投资"]
goal("投资总规模为五千亿元", "五千亿元", value=5000e8, unit="CNY", kind="amount",
     metric="全民所有制单位基本建设投资总规模", metric_alts=CAPEX,
     subject_alts=CN + ["全民所有制单位"], **span("五年内"),
     note="a total over the plan period (五年内); 五千亿元 = 5e11 CNY; target")
g.neg("比“六五”期间增加百分之四十九", "六五", PLAN_NOTE.format("“六五”") + " (the comparison "
      "basis)")
goal("增加百分之四十九", "百分之四十九", value=49, unit="%", kind="growth",
     metric="全民所有制单位基本建设投资总规模", metric_alts=CAPEX + ["基本建设投资增长"],
     subject_alts=CN + ["全民所有制单位"], comparison="比“六五”期间", **span("五年内"),
     note="增加 + percent → growth; " + VS6_NOTE)
RENO = ["全民所有制单位更新改造投资", "更新改造投资总规模", "更新改造投资规模", "技术改造投资",
        "更新改造"]
goal("更新改造投资二千七百六十亿元", "二千七百六十亿元", value=2760e8, unit="CNY",
     kind="amount", metric="更新改造投资", metric_alts=RENO,
     subject_alts=CN + ["全民所有制单位"], **span("五年内"),
     note="五年内 and 全民所有制单位 carried over from the clause before; 二千七百六十亿元 = "
          "2.76e11 CNY; target")
g.neg("比“六五”期间增加百分之八十七", "六五", PLAN_NOTE.format("“六五”") + " (the comparison "
      "basis)")
goal("增加百分之八十七", "百分之八十七", value=87, unit="%", kind="growth",
     metric="更新改造投资", metric_alts=RENO + ["更新改造投资增长"],
     subject_alts=CN + ["全民所有制单位"], comparison="比“六五”期间", **span("五年内"),
     note=VS6_NOTE)
g.neg("考虑到“六五”后期", "六五", PLAN_NOTE.format("“六五”") + " (“六五”后期, the late years of "
      "the 6th plan; no number)")
g.neg("“七五”前两年", "七五", PLAN_NOTE.format("“七五”"))
g.neg("“七五”前两年", "前两年", PERIOD_NOTE + " (the first two years of the 7th plan, "
      "1986-1987; no number: 大体维持在一九八五年的水平)")
g.neg("维持在一九八五年的水平", "一九八五年", "reference year of a level (the 1985 level of "
      "investment, not stated), not a quantity")
g.neg("后三年再适当增加", "后三年", PERIOD_NOTE + " (the last three years 1988-1990; no "
      "number follows)")

# ==== line 8 (source 32): investment must match national strength (no facts) =======================
g.neg("经济稳定的一个决定性", "一个", ARTICLE_NOTE.format("一个"))
g.neg("建设的一条客观规律", "一条", ARTICLE_NOTE.format("一条"))
g.neg("前两年出现的投资", "前两年", PERIOD_NOTE + " (the past two years 1984-1985; no number "
      "follows)")
g.neg("为九十年代经济持续", "九十年代", PERIOD_NOTE + " (the 1990s), not a quantity")
g.neg("把“七五”期间的投资规模", "七五", PLAN_NOTE.format("“七五”"))

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_1986.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as fixed by the "
    "brief: part 二、“七五”时期的基本任务和主要建设方针 of Zhao Ziyang's 关于第七个五年计划的报告 "
    "(heading in source line 20, outside the excerpt) — the paragraph quantifying the three "
    "basic tasks of the 7th Five-Year Plan (1986-1990), the lead-in to the questions of "
    "economic construction, question 一 (适度的经济增长率: average annual growth targets and "
    "their reasons) and the start of question 二 (投资规模: the plan's investment totals). No "
    "overlap with wr_china_1986 (lines 6-12, the review of the 6th plan). Numerals: all in "
    "Chinese numerals (百分之三十八, 一万六千七百七十亿元, 一点三倍, 近五百万); spans keep the "
    "text as written, values are the numbers written. Title: the corpus meta title (the "
    "source has no title line), title_in_text=False. Date: 1986-03-25, the day the report was "
    "delivered at the 4th session of the 6th NPC, as wr_china_1986 (general knowledge: the "
    "shared meta gives only the year 1986 and the Wikisource text has no dateline); the text "
    "fits it (the 6th plan completed, the 7th plan 1986-1990 submitted as a draft). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 全民所有制单位, 城乡居民, the "
    "education system as further subject alts). Modality: target throughout (计划草案规定, "
    "争取, 将). Periods: 五年内 / 五年 = the plan 1986-01-01..1990-12-31: growth over the whole "
    "plan (五年内…增长, 五年增长) → the span with comparison 累计, the year 1990 and null as "
    "alts; plan totals (投资总额五年为, 五年共培养, 五年内…投资总规模为, 更新改造投资) → the span, "
    "null as alt, their growth over the 6th plan → comparison 比“六五”期间; 一九九○年 levels → "
    "the year 1990 (end instant, span and null as alts) and their multiples over 1980 → 1990; "
    "进出口 一九九○年比一九八五年增长 → 1990, comparison 比一九八五年; average annual growth "
    "under “七五”计划草案规定 (source line 28) → the plan span, comparison 年均 (period text "
    "“七五”). Judgement calls: 五年内…增长百分之三十八/四十四 and 五年增长百分之二十七 → "
    "cumulative growth (comparison 累计); 比一九八○年增长一点三倍/一点六倍 and 比“六五”期间增长"
    "一倍 → ratio as written (1.3, 1.6, 1), comparison null (as wr_china_1986); 争取有百分之四十"
    "左右的主要工业产品…达到…水平 → share, instant 1990-12-31 (stock rule), span and null as "
    "alts; 近五百万高级专门人才 → count 5e6 approx, classifier 人; the bracketed variants "
    "(包括村办工业为百分之六, 不包括村办工业百分之七) → own facts with the bracket in the metric; "
    "按一九八○年不变价格计算 → price base (negative), not a period; 九年制 (义务教育) → system "
    "name (negative); 上述三项任务 → anaphoric (negative). Negatives: 三项, 第一项, “七五” ×10, "
    "第七个五年计划, “六五” ×7, 五年内 ×2, 五年 ×3, 这五年内, 一九八○年 ×3 (price base, bases), "
    "一九九○年 ×2, 一九八五年 ×2, 一批 ×3, 七十年代末, 八十年代初, 九年制, 一系列, 一、, 二、, "
    "一个 ×4, 一定, 后两年, 一点, 一时, 两个, 九十年代 ×2, 前两年 ×2, 后三年, 一条. Lexicalized, "
    "not listed: 进一步, 一些, 统一. Known false alarms of the shared check_gold.py (as in "
    "wr_china_1986): it reads every 百分之N as 100 and 一点三倍 / 一点六倍 as 1; czfacts check-gold "
    "reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_1986.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
