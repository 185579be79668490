"""Gold annotations for wr_china_1982 (held-out: corpora/heldout/) (1982年中华人民共和国国务院政府
工作报告), lines 27-36 of shared/texts/work_report/wr_china_1982.txt.

The report is Premier Zhao Ziyang's 关于第六个五年计划的报告 (the 6th Five-Year Plan, 1981-1985,
submitted for approval in late 1982).  The excerpt corpora/heldout/wr_china_1982.txt is sliced
by code from the source bytes (whole lines, newline kept), never retyped: it lies in the plan
part 第六个五年计划的基本任务 — the body of section 四、关于对外经济技术交流的扩大 (its heading,
source line 26, lies just before: the 1985 trade targets and the opening-up policy), the whole
of section 五、关于人民生活的改善和控制人口的增长 (jobs, incomes, wages, consumption, retail
sales, housing, population) and the start of section 六、关于财政、信贷的基本平衡和物价的基本稳定
(the five-year revenue and spending targets, special funds, the deficit).  The excerpt's lines
are fixed by the brief (lines 27-36, 2,382 characters).

All numbers are written in Chinese numerals (八百五十五亿元, 百分之五十一点八, 千分之十三,
十亿六千万); spans keep the text as written and values are the numbers written (SPEC §3).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1982.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1982"
PLACE = "中国"
REF = "1982-11-30"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 27, 36                    # 1-based, inclusive, whole lines
TITLE = "1982年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="第六个五年计划期间，我们要继续按照平等互利的原则",
                 ends="力争财政赤字少于三十亿元。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 第六个五年计划 (the 6th Five-Year Plan; SPEC §1 十四五), not a quantity; "
             "“第六个五年计划期间” = the plan period 1981-1985, the period of the line")
SECTION_NOTE = "section number of the report, a list marker"
BASIS_NOTE = "comparison basis 比一九八○年 (a year, not a quantity); not the period of the fact"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]


fact = g.with_subject(PLACE, CN)


def goal(ctx, target, **kw):
    kw.setdefault("modality", "target")
    fact(ctx, target, **kw)


# ---- periods (reference date 1982-11-30; 今年 = 1982) ------------------------------------------
# The excerpt lies in the plan part of the report: the targets of the 6th Five-Year Plan
# (1981-1985), modality target (计划规定, 将, 要, 必须控制, 力争), except the actual values the
# plan is measured against (the 1980 levels, the historical averages 1953/1955-1980, the census
# of 1 July 1982, the 1981 deficit) and 预计 (forecast).  Lines open with 第六个五年计划期间 /
# 五年内 / 五年合计 = the plan period 1981-01-01..1985-12-31, which governs the line:
#   - 平均每年递增 over the plan → the span (comparison 年均, as wr_china_2016_b 年均增长 of the
#     13th plan), the mechanical 一九八五年 (where one precedes) and null as alts;
#   - totals over the plan (就业, 住宅, 财政收入/支出, 专项资金) → the span, null as alt;
#   - levels to be reached 到一九八五年 / 一九八五年将达到 → the year 1985 for flows (trade,
#     retail sales, incomes, wages, revenue), the instant 1985-12-31 for the population (a
#     stock), the other reading, the plan span and null as alts (as wr_china_2016_b 到2020年);
#   - growth or change of the 1985 level over 1980 (比一九八○年增长/增加) → the year 1985
#     (the level compared, as wr_china_1993), comparison = the surface basis for growth;
#   - from/to pairs (由一九八○年的X增加到一九八五年的Y; 一九八○年为X，一九八五年将达到Y) →
#     each value its own year (SPEC §4): X actual (1980), Y target (1985);
#   - historical comparisons (一九五五年至一九八○年二十六年中, 一九五三年至一九八○年二十八年)
#     govern only their own value (actual).
PLANT = "第六个五年计划期间"


def six(txt):
    return P(txt, "1981-01-01", "1985-12-31")


def span(txt, *more):
    return dict(period=six(txt), period_alts=list(more) + [null(txt)])


Y85T = "一九八五年"
Y85 = P(Y85T, "1985-01-01", "1985-12-31")
Y85_END = P(Y85T, "1985-12-31", "1985-12-31")
Y80 = P("一九八○年", "1980-01-01", "1980-12-31")
LVL85 = dict(period=Y85, period_alts=[Y85_END, six(Y85T), null(Y85T)])
AVG85 = dict(period=six(PLANT), period_alts=[Y85, null(PLANT)])
BASE80 = dict(period=Y80, period_alts=[null("一九八○年")])
LVL_NOTE = ("a level to be reached in 1985 (到一九八五年 / 一九八五年将达到): the year 1985, the "
            "instant, the plan span and null as alts; modality target")
AVG_NOTE = ("平均每年递增 = average annual growth over the plan period 1981-1985 (comparison = "
            "the surface basis 年均): the span, the literal 一九八五年 before it and null as alts; "
            "modality target")
VS80_NOTE = ("growth of the 1985 level over 1980 (比一九八○年增长): period the year of the level "
             "compared (1985), the plan span and null as alts; comparison = the surface basis; "
             "modality target")
BASE_NOTE = ("the 1980 level, start of a from/to pair with its own year (SPEC §4): the plan's "
             "base, actual")

# ==== line 1 (source 27): foreign trade targets ==================================================
g.neg("第六个五年计划期间，我们要继续", "第六个五年计划", PLAN_NOTE)
g.neg("计划规定，到一九八五年", "一九八五年", PERIOD_NOTE + " (1985, the plan's last year; "
      "governs the trade levels)")
TRADE = ["进出口总额", "进出口贸易", "对外贸易总额", "进出口额", "外贸进出口总额"]
goal("贸易总额将达到八百五十五亿元", "八百五十五亿元", value=855e8, unit="CNY", kind="amount",
     metric="进出口贸易总额", metric_alts=TRADE, **LVL85,
     note="将达到 → eq, target; 八百五十五亿元 = 8.55e10 CNY (in yuan, as written); " + LVL_NOTE)
g.neg("比一九八○年增长百分之五十一点八", "一九八○年", BASIS_NOTE)
goal("增长百分之五十一点八", "百分之五十一点八", value=51.8, unit="%", kind="growth",
     metric="进出口贸易总额", metric_alts=TRADE, comparison="比一九八○年",
     period=Y85, period_alts=[six(Y85T), null(Y85T)], note=VS80_NOTE)
goal("平均每年递增百分之八点七", "百分之八点七", value=8.7, unit="%", kind="growth",
     metric="进出口贸易总额",
     metric_alts=TRADE + ["进出口贸易总额年均增长", "进出口贸易总额年均增速"],
     comparison="年均", **AVG85, note=AVG_NOTE)
goal("出口总额将达到四百零二亿元", "四百零二亿元", value=402e8, unit="CNY", kind="amount",
     metric="出口总额", metric_alts=["出口", "出口额", "出口贸易总额"], **LVL85,
     note="其中 of the trade total; 到一九八五年 still governs; " + LVL_NOTE)
goal("平均每年递增百分之八点一", "百分之八点一", value=8.1, unit="%", kind="growth",
     metric="出口总额", metric_alts=["出口", "出口额", "出口总额年均增长", "出口年均增速"],
     comparison="年均", **AVG85, note=AVG_NOTE)
goal("进口总额将达到四百五十三亿元", "四百五十三亿元", value=453e8, unit="CNY",
     kind="amount", metric="进口总额", metric_alts=["进口", "进口额", "进口贸易总额"], **LVL85,
     note=LVL_NOTE)
goal("平均每年递增百分之九点二", "百分之九点二", value=9.2, unit="%", kind="growth",
     metric="进口总额", metric_alts=["进口", "进口额", "进口总额年均增长", "进口年均增速"],
     comparison="年均", **AVG85, note=AVG_NOTE)

# ==== line 2 (source 28): export and import policy — no figures ==================================
g.neg("一切出口商品", "一切", "pronoun 一切 'all', not a quantity")
g.neg("这一点任何时候", "一点", "这一点 'this point', not a quantity")

# ==== line 3 (source 29): section heading ========================================================
g.neg("五、关于人民生活", "五、", SECTION_NOTE)

# ==== line 4 (source 30): jobs, incomes, wages ====================================================
g.neg("第六个五年计划期间，要继续提高", "第六个五年计划", PLAN_NOTE)
g.neg("五年内，通过发展", "五年内", PERIOD_NOTE + " (1981-1985; governs the jobs target)")
goal("吸收二千九百万人", "二千九百万人", value=2900e4, unit="count", kind="count",
     classifier="人", metric="城镇吸收就业",
     metric_alts=["城镇安排就业", "城镇吸收就业人数", "安排就业", "城镇就业", "吸收就业",
                  "城镇安排就业人数", "城镇吸收就业的劳动力"],
     subject_alts=CN + ["城镇"], **span("五年内"),
     note="将…吸收 → target; a total over the plan period (五年内); 二千九百万 = 2.9e7")
g.neg("经过一定训练", "一定", "adjective 一定 'certain (training)', not a quantity")
INC = ["农民人均纯收入", "每个农民的纯收入", "农民纯收入", "农村居民人均纯收入", "人均纯收入"]
g.neg("将由一九八○年的", "一九八○年", PERIOD_NOTE + " (1980, the year of the pair's first "
      "value)")
fact("一九八○年的一百九十一元", "一百九十一元", value=191, unit="CNY", kind="amount",
     metric="平均每个农民的纯收入", metric_alts=INC, subject_alts=CN + ["农民"], **BASE80,
     note=BASE_NOTE)
g.neg("增加到一九八五年的", "一九八五年", PERIOD_NOTE + " (1985, the year of the pair's second "
      "value)")
goal("一九八五年的二百五十五元", "二百五十五元", value=255, unit="CNY", kind="amount",
     metric="平均每个农民的纯收入", metric_alts=INC, subject_alts=CN + ["农民"], **LVL85,
     note="end of the pair (将…增加到) → target; " + LVL_NOTE)
goal("平均每年递增百分之六，", "百分之六", value=6, unit="%", kind="growth",
     metric="平均每个农民的纯收入",
     metric_alts=INC + ["农民人均纯收入年均增长", "农民人均纯收入年均增速"],
     subject_alts=CN + ["农民"], comparison="年均", **AVG85, note=AVG_NOTE)
g.neg("高于一九五五年至一九八○年", "一九五五年至一九八○年", PERIOD_NOTE + " (1955-1980; "
      "governs the historical average only)")
g.neg("一九八○年二十六年中", "二十六年中", "restates the length of the period "
      "一九五五年至一九八○年 (26 years), part of the period expression, not a fact")
fact("二十六年中平均每年递增百分之四点三", "百分之四点三", value=4.3, unit="%",
     kind="growth", metric="平均每个农民的纯收入",
     metric_alts=INC + ["农民人均纯收入年均增长", "农民人均纯收入年均增速"],
     subject_alts=CN + ["农民"], comparison="年均",
     period=P("一九五五年至一九八○年二十六年中", "1955-01-01", "1980-12-31"),
     period_alts=[null("一九五五年至一九八○年二十六年中")],
     note="historical average annual growth 1955-1980 (这个速度高于…的水平): its own period, "
          "actual")
WAGE = ["职工工资总额", "工资总额", "全国职工工资总额"]
g.neg("工资总额一九八○年为", "一九八○年", PERIOD_NOTE + " (1980, the pair's first value)")
fact("一九八○年为七百七十三亿元", "七百七十三亿元", value=773e8, unit="CNY", kind="amount",
     metric="全国职工的工资总额", metric_alts=WAGE, subject_alts=CN + ["全国职工", "职工"],
     **BASE80, note=BASE_NOTE)
g.neg("一九八五年将达到九百", "一九八五年", PERIOD_NOTE + " (1985, the pair's second value)")
goal("一九八五年将达到九百八十三亿元", "九百八十三亿元", value=983e8, unit="CNY",
     kind="amount", metric="全国职工的工资总额", metric_alts=WAGE,
     subject_alts=CN + ["全国职工", "职工"], **LVL85, note=LVL_NOTE)
goal("平均每年增加四十二亿元", "四十二亿元", value=42e8, unit="CNY", kind="amount",
     metric="全国职工的工资总额增量",
     metric_alts=["职工工资总额增量", "工资总额增量", "职工工资总额年均增量",
                  "职工工资总额平均每年增加", "工资总额年均增加额", "职工工资总额"],
     subject_alts=CN + ["全国职工", "职工"], **AVG85,
     note="平均每年增加 N: the average annual absolute increase over the plan (SPEC §2: "
          "metric <level>增量, positive); (983 − 773) / 5 = 42; the span, the literal 1985 and "
          "null as alts; target")
goal("四十二亿元，增长百分之四点九", "百分之四点九", value=4.9, unit="%", kind="growth",
     metric="全国职工的工资总额",
     metric_alts=WAGE + ["职工工资总额年均增长", "工资总额年均增速"],
     subject_alts=CN + ["全国职工", "职工"], comparison="年均", **AVG85,
     note="平均每年 distributes over 增加…，增长… ((983/773)^(1/5) = 1.049); " + AVG_NOTE)
g.neg("一九八一年已经提高了", "一九八一年", PERIOD_NOTE + " (1981; no number follows)")
g.neg("一九八二年和以后的三年", "一九八二年", PERIOD_NOTE + " (1982; no number follows)")
g.neg("一九八二年和以后的三年", "以后的三年", PERIOD_NOTE + " (the three following years "
      "1983-1985), not a duration fact")

# ==== line 5 (source 31): consumption and retail sales ===========================================
g.neg("到一九八五年，城乡居民", "一九八五年", PERIOD_NOTE + " (1985; governs the consumption "
      "target)")
CONS = ["城乡居民人均消费水平", "居民消费水平", "人均消费水平", "消费水平",
        "城乡居民消费水平"]
g.neg("将比一九八○年增长", "一九八○年", BASIS_NOTE)
goal("将比一九八○年增长百分之二十二", "百分之二十二", value=22, unit="%", kind="growth",
     metric="城乡居民按人口平均的消费水平", metric_alts=CONS,
     subject_alts=CN + ["城乡居民"], comparison="比一九八○年",
     period=Y85, period_alts=[six(Y85T), null(Y85T)], note=VS80_NOTE)
goal("平均每年递增百分之四点一", "百分之四点一", value=4.1, unit="%", kind="growth",
     metric="城乡居民按人口平均的消费水平",
     metric_alts=CONS + ["居民消费水平年均增长", "城乡居民人均消费水平年均增长"],
     subject_alts=CN + ["城乡居民"], comparison="年均", **AVG85, note=AVG_NOTE)
g.neg("高于一九五三年至一九八○年", "一九五三年至一九八○年", PERIOD_NOTE + " (1953-1980; "
      "governs the historical average only)")
g.neg("一九八○年二十八年平均", "二十八年", "restates the length of the period "
      "一九五三年至一九八○年 (28 years), part of the period expression, not a fact")
fact("平均每年递增百分之二点六", "百分之二点六", value=2.6, unit="%", kind="growth",
     metric="城乡居民按人口平均的消费水平",
     metric_alts=CONS + ["居民消费水平年均增长", "城乡居民人均消费水平年均增长"],
     subject_alts=CN + ["城乡居民"], comparison="年均",
     period=P("一九五三年至一九八○年二十八年", "1953-01-01", "1980-12-31"),
     period_alts=[null("一九五三年至一九八○年二十八年")],
     note="historical average annual growth 1953-1980 (its own period), actual")
AVG_SUB = dict(period=six(PLANT), period_alts=[Y85, null(PLANT)])
goal("城镇居民的消费水平平均每年递增百分之三点二", "百分之三点二", value=3.2, unit="%",
     kind="growth", metric="城镇居民的消费水平",
     metric_alts=["城镇居民消费水平", "城镇居民人均消费水平", "城镇居民消费水平年均增长"],
     subject_alts=CN + ["城镇居民"], comparison="年均", **AVG_SUB,
     note="其中 of the plan's 4.1% (the 1953-1980 comparison governs only its own value): "
          + AVG_NOTE)
goal("农村居民的消费水平平均每年递增百分之四点二", "百分之四点二", value=4.2, unit="%",
     kind="growth", metric="农村居民的消费水平",
     metric_alts=["农村居民消费水平", "农村居民人均消费水平", "农村居民消费水平年均增长"],
     subject_alts=CN + ["农村居民"], comparison="年均", **AVG_SUB,
     note="其中 of the plan's 4.1%: " + AVG_NOTE)
RETAIL = ["社会商品零售额", "社会消费品零售总额", "商品零售总额", "零售总额"]
g.neg("零售总额一九八五年将达到", "一九八五年", PERIOD_NOTE + " (1985; governs the retail "
      "target)")
goal("将达到二千九百亿元", "二千九百亿元", value=2900e8, unit="CNY", kind="amount",
     metric="社会商品零售总额", metric_alts=RETAIL, **LVL85, note=LVL_NOTE)
g.neg("比一九八○年增长百分之四十", "一九八○年", BASIS_NOTE)
goal("比一九八○年增长百分之四十", "百分之四十", value=40, unit="%", kind="growth",
     metric="社会商品零售总额", metric_alts=RETAIL, comparison="比一九八○年",
     period=Y85, period_alts=[six(Y85T), null(Y85T)], note=VS80_NOTE)
goal("平均每年递增百分之七。", "百分之七", value=7, unit="%", kind="growth",
     metric="社会商品零售总额",
     metric_alts=RETAIL + ["社会商品零售总额年均增长", "社会商品零售总额年均增速"],
     comparison="年均", **AVG85, note=AVG_NOTE)

# ==== line 6 (source 32): housing ================================================================
g.neg("五年内预计农民", "五年内", PERIOD_NOTE + " (1981-1985; governs the housing figures)")
FORECAST_NOTE = ("预计 'expected' → modality forecast (as wr_china_2022_b / wr_china_2024_b), "
                 "not target (judgement call: farmers' own building is estimated, not planned); "
                 "a total over the plan period (五年内)")
fact("农民新建住宅二十五亿平方米", "二十五亿平方米", value=25e8, unit="m2", kind="amount",
     metric="农民新建住宅",
     metric_alts=["农村新建住宅", "新建住宅", "农民新建住宅面积", "农村新建住房", "农民建房"],
     subject_alts=CN + ["农民", "农村"], modality="forecast", **span("五年内"),
     note="二十五亿平方米 = 2.5e9 m2; " + FORECAST_NOTE)
fact("公共福利设施三亿平方米", "三亿平方米", value=3e8, unit="m2", kind="amount",
     metric="农村新建公共福利设施",
     metric_alts=["新建公共福利设施", "公共福利设施", "农村公共福利设施", "农村新建公共福利设施面积"],
     subject_alts=CN + ["农村"], modality="forecast", **span("五年内"),
     note="预计 governs both clauses; 三亿平方米 = 3e8 m2; " + FORECAST_NOTE)
HOUSE = ["城镇全民所有制单位建成住宅面积", "全民所有制单位建成住宅", "建成住宅", "城镇建成住宅",
         "城镇新建住宅", "住宅建成面积"]
g.neg("单位五年合计建成住宅", "五年", PERIOD_NOTE + " (五年合计 = 1981-1985)")
goal("建成住宅三亿一千万平方米", "三亿一千万平方米", value=3.1e8, unit="m2", kind="amount",
     metric="城镇全民所有制单位建成住宅", metric_alts=HOUSE,
     subject_alts=CN + ["城镇全民所有制单位"], **span("五年"),
     note="合计 = the plan total (target); 三亿一千万平方米 = 3.1e8 m2")
AVGH = ["城镇全民所有制单位平均每年建成住宅", "平均每年建成住宅", "年均建成住宅面积",
        "城镇全民所有制单位建成住宅", "平均每年建成住宅面积", "建成住宅"]
goal("平均每年六千二百万平方米", "六千二百万平方米", value=6.2e7, unit="m2", kind="amount",
     metric="城镇全民所有制单位年均建成住宅", metric_alts=AVGH,
     subject_alts=CN + ["城镇全民所有制单位"], **span("五年"),
     note="平均每年 = the annual average over the plan (3.1e8 / 5); the span, null as alt")
g.neg("等于一九五三年到一九八○年", "一九五三年到一九八○年", PERIOD_NOTE + " (1953-1980, the "
      "period of the basis of the multiple)")
g.neg("一九八○年二十八年中", "二十八年中", "restates the length of the period "
      "一九五三年到一九八○年 (28 years), part of the period expression, not a fact")
goal("住宅面积的二点六倍", "二点六倍", value=2.6, unit="times", kind="ratio",
     metric="城镇全民所有制单位年均建成住宅",
     metric_alts=AVGH + ["年均建成住宅面积倍数", "平均每年建成住宅面积的倍数"],
     subject_alts=CN + ["城镇全民所有制单位"], **span("五年"),
     note="等于…的二点六倍 → ratio 2.6 times (the plan's annual average over that of "
          "1953-1980); comparison null (basis in this note); the plan span; target")

# ==== line 7 (source 33): population ==============================================================
g.neg("第六个五年计划期间，要严格控制", "第六个五年计划", PLAN_NOTE)
g.neg("根据今年七月一日的普查", "今年七月一日", PERIOD_NOTE + " (the census day 1982-07-01)")
fact("人口已经超过十亿", "十亿", value=1e9, unit="count", kind="count", bound="gt",
     classifier="人", metric="人口", metric_alts=["总人口", "全国人口", "人口总数"],
     period=P("今年七月一日", "1982-07-01", "1982-07-01"),
     period_alts=[null("今年七月一日")],
     note="超过 → gt (outside the span); the 1982 census count, a stock at the census day "
          "(instant); no measure word → classifier 人; actual")
PLAN_RATE = dict(period=six(PLANT),
                 period_alts=[P("今后", "1983-01-01", "1985-12-31"),
                              P("今后", REF, "1985-12-31"), null(PLANT)])
goal("控制在千分之十三以下", "千分之十三", value=1.3, unit="%", kind="share", bound="le",
     metric="人口年自然增长率",
     metric_alts=["年自然增长率", "人口自然增长率", "自然增长率", "今后人口的年自然增长率"],
     **PLAN_RATE,
     note="千分之十三 = 13‰ → 1.3 % (SPEC §3 ‰ × 0.1); 以下 → le (outside the span); a rate "
          "of a population → share (SPEC §2); 必须控制 → target; judgement call on the period: "
          "今后 'from now on' within the plan → the plan span of the line, the rest of the plan "
          "(1983-1985 or from the reference date) and null as alts")
g.neg("一九八五年二十九个", "一九八五年", PERIOD_NOTE + " (1985; governs the population cap)")
g.neg("二十九个省、市、自治区", "二十九个", "judgement call: 二十九个省、市、自治区的总人口 is "
      "the name of the statistical aggregate (the population of the 29 provincial-level units, "
      "excluding Taiwan; as 10种有色金属 in wr_yunnan_2025), part of the metric, not a count "
      "claim; a count of 29 units is the alternative reading")
goal("控制在十亿六千万左右", "十亿六千万", value=1.06e9, unit="count", kind="count",
     bound="approx", classifier="人", metric="二十九个省、市、自治区的总人口",
     metric_alts=["总人口", "人口", "全国总人口", "人口总数", "省、市、自治区的总人口"],
     period=Y85_END, period_alts=[Y85, six(Y85T), null(Y85T)],
     note="左右 → approx (outside the span); 十亿六千万 = 1.06e9, no measure word → classifier "
          "人; 必须控制 → target; population, a stock → instant 1985-12-31, the year, the span "
          "and null as alts")
g.neg("这两年，人口净增率", "这两年", PERIOD_NOTE + " (1981-1982; no number in its clause)")
g.neg("是一项极端重要", "一项", "indefinite article 一项 (一项…任务), not a count")
g.neg("一定要引起", "一定", "adverb 一定 'must, certainly', not a quantity")
SLOGAN = ("policy slogan 提倡一对夫妇只生一个孩子 ('one couple, one child'): {} is part of the "
          "norm's wording, not a quantity claim (README §2 slogans)")
g.neg("提倡一对夫妇", "一对", SLOGAN.format("一对"))
g.neg("只生一个孩子", "一个", SLOGAN.format("一个"))
g.neg("严格控制第二胎", "第二胎", "birth-order label 第二胎 'second child', not a rank or count")
g.neg("只生一个女孩", "一个", SLOGAN.format("一个 (只生一个女孩)"))
g.neg("只生一个男孩", "一个", SLOGAN.format("一个 (只生一个男孩)"))

# ==== line 8 (source 34): section heading =========================================================
g.neg("六、关于财政", "六、", SECTION_NOTE)

# ==== line 9 (source 35): fiscal principles — no figures =========================================
g.neg("第六个五年计划期间，在保障", "第六个五年计划", PLAN_NOTE)

# ==== line 10 (source 36): revenue, spending, special funds, deficit =============================
REV = ["财政收入", "国家财政收入总额", "全国财政收入"]
g.neg("五年合计国家财政收入", "五年", PERIOD_NOTE + " (五年合计 = 1981-1985)")
goal("国家财政收入为五千九百五十三亿元", "五千九百五十三亿元", value=5953e8, unit="CNY",
     kind="amount", metric="国家财政收入", metric_alts=REV + ["五年合计国家财政收入"],
     subject_alts=CN + GOV, **span("五年"),
     note="计划规定 → target; the plan total (五年合计); 五千九百五十三亿元 = 5.953e11")
g.neg("其中一九八五年为一千二百", "一九八五年", PERIOD_NOTE + " (1985)")
goal("一九八五年为一千二百七十四亿元", "一千二百七十四亿元", value=1274e8, unit="CNY",
     kind="amount", metric="国家财政收入", metric_alts=REV, subject_alts=CN + GOV, **LVL85,
     note="其中 of the plan total: the 1985 revenue; " + LVL_NOTE)
g.neg("比一九八○年增加一百八十九亿元", "一九八○年", BASIS_NOTE)
CHG_NOTE = ("absolute change of the 1985 level over 1980 (SPEC §2: metric <level>增量, 增加 → "
            "positive); period the year of the level compared (1985), the plan span and null "
            "as alts; the basis 比一九八○年 in this note (comparison null for amounts); target")
goal("增加一百八十九亿元", "一百八十九亿元", value=189e8, unit="CNY", kind="amount",
     metric="国家财政收入增量", metric_alts=REV + ["财政收入增量", "国家财政收入增加额"],
     subject_alts=CN + GOV, period=Y85, period_alts=[six(Y85T), null(Y85T)], note=CHG_NOTE)
EXP = ["国家财政支出", "财政支出总额", "国家财政支出总额"]
g.neg("五年合计财政支出", "五年", PERIOD_NOTE + " (五年合计 = 1981-1985)")
goal("财政支出为六千零九十八亿元", "六千零九十八亿元", value=6098e8, unit="CNY",
     kind="amount", metric="财政支出", metric_alts=EXP + ["五年合计财政支出"],
     subject_alts=CN + GOV, **span("五年"), note="the plan total (五年合计); target")
g.neg("其中一九八五年为一千三百", "一九八五年", PERIOD_NOTE + " (1985)")
goal("一九八五年为一千三百零四亿元", "一千三百零四亿元", value=1304e8, unit="CNY",
     kind="amount", metric="财政支出", metric_alts=EXP, subject_alts=CN + GOV, **LVL85,
     note="其中 of the plan total: the 1985 spending; " + LVL_NOTE)
g.neg("比一九八○年增加九十二亿元", "一九八○年", BASIS_NOTE)
goal("增加九十二亿元", "九十二亿元", value=92e8, unit="CNY", kind="amount",
     metric="财政支出增量", metric_alts=EXP + ["财政支出", "国家财政支出增量", "财政支出增加额"],
     subject_alts=CN + GOV, period=Y85, period_alts=[six(Y85T), null(Y85T)], note=CHG_NOTE)
g.neg("安排首先是保证", "首先", "adverb 首先 'first of all', not a rank or quantity")
g.neg("这五年内，除了", "这五年内", PERIOD_NOTE + " (1981-1985)")
FUND = ["专项资金", "国家财政专项资金", "国家财政拨出专项资金", "支援少数民族地区和经济不发达地区的专项资金",
        "专项资金拨款"]
goal("还将拨出二十五亿元专项资金", "二十五亿元", value=25e8, unit="CNY", kind="amount",
     metric="支援少数民族地区和经济不发达地区建设的专项资金", metric_alts=FUND,
     subject_alts=CN + GOV, **span("这五年内"),
     note="将拨出 → target; a total over the plan period (这五年内); 这些地区 = 少数民族地区和"
          "经济不发达地区 (the sentence before) restored in the metric")
g.neg("比第五个五年计划期间增加", "第五个五年计划", "plan name 第五个五年计划 (the 5th plan "
      "1976-1980, the comparison basis), not a quantity")
goal("增加二十二亿元", "二十二亿元", value=22e8, unit="CNY", kind="amount",
     metric="支援少数民族地区和经济不发达地区建设的专项资金增量",
     metric_alts=["专项资金增量", "专项资金", "专项资金增加额"] + FUND[1:3],
     subject_alts=CN + GOV, **span("这五年内"),
     note="absolute change over the 5th plan's amount (SPEC §2: <level>增量, positive); the "
          "basis 比第五个五年计划期间 in this note; the plan span; target")
g.neg("这五年计划安排平均每年", "这五年", PERIOD_NOTE + " (1981-1985; 这五年计划安排 = 'the "
      "plan of these five years provides')")
DEF = ["财政赤字", "国家财政赤字", "平均每年财政赤字", "年均财政赤字", "财政赤字规模"]
goal("财政赤字三十亿元左右", "三十亿元", value=30e8, unit="CNY", kind="amount",
     bound="approx", metric="年均财政赤字", metric_alts=DEF, subject_alts=CN + GOV,
     **span("这五年"),
     note="左右 → approx (outside the span); 平均每年 = the annual average over the plan "
          "(in the metric); 计划安排 → target")
g.neg("一九八一年实际执行结果", "一九八一年", PERIOD_NOTE + " (1981)")
fact("执行结果为二十五亿元", "二十五亿元", value=25e8, unit="CNY", kind="amount",
     metric="财政赤字", metric_alts=["国家财政赤字", "财政赤字实际执行结果", "赤字"],
     subject_alts=CN + GOV, period=P("一九八一年", "1981-01-01", "1981-12-31"),
     period_alts=[null("一九八一年")],
     note="实际执行结果 → actual: the deficit of 1981 (the plan's first year)")
goal("力争财政赤字少于三十亿元", "三十亿元", value=30e8, unit="CNY", kind="amount",
     bound="lt", metric="财政赤字", metric_alts=["国家财政赤字", "年度财政赤字", "赤字"],
     subject_alts=CN + GOV,
     period=P("今后", "1983-01-01", "1985-12-31"),
     period_alts=[P("今后", REF, "1985-12-31"), six(PLANT), null("今后")],
     note="少于 → lt (outside the span); 力争 → target; judgement call on the period: 今后在"
          "年度计划的执行中 = the annual plans still to come (1983-1985; the 1983 plan is "
          "submitted with this report), from the reference date, the plan span and null as alts")

NOTES = (
    f"Excerpt (held out): lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as fixed by the brief. "
    "The report is Zhao Ziyang's 关于第六个五年计划的报告; the excerpt lies in its plan part "
    "(第六个五年计划的基本任务): the body of section 四、关于对外经济技术交流的扩大 (heading at "
    "source line 26, before the excerpt: the 1985 trade targets, opening-up policy), section "
    "五、关于人民生活的改善和控制人口的增长 in full (jobs, incomes, wages, consumption, retail "
    "sales, housing, population) and the start of section 六、关于财政、信贷的基本平衡和物价的基本"
    "稳定 (revenue, spending, special funds, deficit). Numerals: all Chinese (八百五十五亿元, "
    "百分之五十一点八, 千分之十三, 十亿六千万); spans keep the text, values are the numbers "
    "written. Title: the corpus meta title (no title line in the source), title_in_text=False. "
    "Date: 1982-11-30, the day the report was delivered at the 5th session of the 5th NPC "
    "(general knowledge: the corpus meta gives only the year 1982 and the Wikisource text has "
    "no dateline); the text fits it (根据今年七月一日的普查, 一九八一年实际执行结果, the 1983 "
    "annual plan submitted with it). Place: national report → 中国 (alts 我国/全国/中华人民共和国; "
    "国家/国家财政 for public finance; 农民, 职工, 城乡居民, 城镇 etc. as alts). Periods: the plan "
    "period 1981-01-01..1985-12-31 (第六个五年计划期间, 五年内, 五年合计, 这五年内, 这五年) "
    "governs plan totals and 平均每年递增 (comparison 年均; the literal 一九八五年 and null as "
    "alts); levels 到一九八五年 / 一九八五年将达到 → the year 1985 (flows) or the instant "
    "1985-12-31 (population), with the other reading, the span and null as alts; 比一九八○年增长"
    "/增加 → 1985 (the level compared), comparison 比一九八○年 for growth; from/to pairs → each "
    "value its own year (1980 actual, 1985 target); historical averages (1955-1980, 1953-1980) "
    "their own periods, actual; census 今年七月一日 → instant 1982-07-01; 1981 deficit → 1981; "
    "今后 (the natural growth cap, the deficit cap) → judgement calls with alts. Modality: target "
    "for the plan figures; actual for the 1980 bases, historical averages, the census and the "
    "1981 deficit; forecast for 预计 (农民新建住宅, 农村公共福利设施). Judgement calls: 预计 → "
    "forecast; 二十九个 (省、市、自治区的总人口) read as part of the aggregate's name "
    "(negative); 千分之十三 → share 1.3 % le; 平均每年增加四十二亿元 → amount, metric …增量; "
    "平均每年六千二百万平方米 and 二点六倍 → annual-average metrics; 增加/增长 of an amount → "
    "<level>增量 with the basis in the note; the slogan 一对夫妇只生一个孩子 and 第二胎 as "
    "negatives. Negatives: 第六个五年计划 ×4, 一九八五年 ×8, 一九八○年 ×7, 一切, 一点, 五、, 六、, "
    "五年内 ×2, 一定 ×2, 一九五五年至一九八○年, 二十六年中, 一九八一年 ×2, 一九八二年, 以后的三年, "
    "一九五三年至一九八○年, 二十八年, 五年 ×3, 一九五三年到一九八○年, 二十八年中, 今年七月一日, "
    "二十九个, 这两年, 一项, 一对, 一个 ×3, 第二胎, 这五年内, 第五个五年计划, 这五年, 首先 (adverb). "
    "Lexicalized, not listed: 统一, 进一步. Known false alarms of the shared check_gold.py (as "
    "in wr_china_1993): it reads every 百分之N as 100, 二点六倍 as 2 and 千分之十三 as 1000; "
    "czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
