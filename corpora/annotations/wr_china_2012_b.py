"""Gold annotations for wr_china_2012_b (2012年中华人民共和国国务院政府工作报告), lines 26-42 of
shared/texts/work_report/wr_china_2012.txt.

The excerpt corpora/heldout/wr_china_2012_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the middle of part 一、2011年工作回顾 (heading at source
line 3, outside the excerpt; lines 3-25 are wr_china_2012): the end of review item (三)
社会事业 (pre-school and teacher education, culture, health reform), item (四) 民生 in full
(jobs and migrant workers, incomes and pensions, income tax and the poverty line, social
insurance pilots, 老工伤, affordable housing, public safety) and the first lines of item
(五) 改革开放 (fiscal and pricing reforms, forestry and state-firm reforms, trade and
investment).  The excerpt's lines are fixed by the brief (lines 26-42, 2,198 characters).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2012_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2012_b"
SRC_ID = "wr_china_2012"
PLACE = "中国"
REF = "2012-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SRC_ID}.txt"
FIRST, LAST = 26, 42                    # 1-based, inclusive, whole lines
TITLE = "2012年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推动实施“学前教育三年行动计划”", ends="多边双边经贸关系继续深化。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2012)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2012-03-05; 去年 = 2011, 今年 = 2012) ---------------------------
# The excerpt lies in part 一、2011年工作回顾 (heading at source line 3, outside the excerpt):
# the review year 2011 is the section frame (SPEC §4) of every number whose line states no
# period before it.  Its period text is 全年, the excerpt's own name for the year (source
# lines 32, 36 and 42; the heading's 2011年 is not in the excerpt), with the null reading in
# period_alts (as wr_china_2011 takes 五年 for a heading outside its excerpt).
#   - flows (people helped, funds, housing built, trade) → the year 2011;
#   - stocks (people insured or drawing pensions under a pilot, counties in a pilot,
#     coverage, a standard in force) → the instant 2011-12-31, the year and null as alts;
#   - lines that state 全年 (source lines 32, 36, 42) take it from there on (same dates,
#     without the frame's null reading);
#   - from/to pairs (由每人每年120元提高到200元, 从2000元提高到3500元) without years: the
#     start value is the level in force before the 2011 change (instant 2011-01-01; the end
#     of 2010, the year and null as alts), the end value the level after it (instant
#     2011-12-31; the year and null as alts), as wr_china_2019;
#   - 1985年以来 / 2009年 / 2010年 name comparison windows or bases, not periods of a value.
# Streaks (连续两年, 连续第7年) take the review year, the streak's span and null as alts.
FT = "全年"
Y11 = P(FT, "2011-01-01", "2011-12-31")
Y11_NULL = P(FT, None, None)
Y11_END = P(FT, "2011-12-31", "2011-12-31")
FLOW = dict(period=Y11, period_alts=[Y11_NULL])
STOCK = dict(period=Y11_END, period_alts=[Y11, Y11_NULL])
LEVEL = dict(period=Y11, period_alts=[Y11_NULL, Y11_END])
YEAR = dict(period=Y11)                                       # 全年 stated in the line
FROM = dict(period=P(FT, "2011-01-01", "2011-01-01"),
            period_alts=[P(FT, "2010-12-31", "2010-12-31"), Y11, Y11_NULL])
TO = dict(period=Y11_END, period_alts=[Y11, Y11_NULL])
INHERIT_NOTE = ("no period before it in its line → the review year 2011 (section 一、2011年"
                "工作回顾; period text 全年, the excerpt's name for the year), null in "
                "period_alts")
STOCK_NOTE = ("a level held at the end of the review year (stock rule): instant 2011-12-31, "
              "the year and null as alts")
FROM_NOTE = ("start value of a from/to pair without a year (由X提高到Y / 从X提高到Y): the level "
             "in force before the 2011 change, an instant at the start of the review year "
             "(alts: the end of 2010, the year, null), as wr_china_2019")
TO_NOTE = ("end value of the pair: the level in force after the 2011 change, an instant at "
           "the end of the review year (stock rule); alts: the year, null")

# ==== line 1 (source 26): 学前教育, 师范生 ===========================================================
g.neg("学前教育三年行动计划", "三年", LABEL_NOTE + " (name of the campaign 学前教育三年行动计划, "
      "as 基础研究十年行动方案 in wr_china_2021), not a duration fact")
g.neg("首届免费师范生", "首届", "first-of-kind label 首届 'the first cohort' (README §2 首批), "
      "not a rank or count")
fact("90％以上在中西部", "90％", value=90, unit="%", kind="share", bound="ge",
     metric="首届免费师范生在中西部任教比例",
     metric_alts=["免费师范生在中西部任教比例", "在中西部任教比例", "首届免费师范生在中西部比例",
                  "免费师范生中西部任教比重", "首届免费师范生到中西部任教比例"],
     subject_alts=CN + ["中西部", "中西部地区"], **FLOW,
     note="以上 → ge (outside the span); the share of the first cohort of free teacher-"
          "training graduates (2011) teaching in the central and western regions; "
          + INHERIT_NOTE)

# ==== line 2 (source 27): 文化 — no numeral ===========================================================

# ==== line 3 (source 28): 医药卫生 =====================================================================
fact("13亿城乡居民参保", "13亿", value=13e8, unit="count", kind="count", classifier="人",
     metric="参加基本医疗保险的城乡居民",
     metric_alts=["基本医疗保险参保人数", "参保城乡居民", "城乡居民参保", "参保人数",
                  "城乡居民", "基本医疗保险参保城乡居民"], **STOCK,
     note="no classifier written (13亿 + noun 城乡居民): 人 implied; people insured (a stock): "
          + STOCK_NOTE)
SUB = ["城镇居民医保和新农合补助标准", "补助标准", "每人每年补助标准",
       "各级财政对城镇居民医保和新农合的补助标准", "城镇居民医保和新农合财政补助标准",
       "新农合补助标准", "城镇居民医保和新农合的人均补助标准"]
SUB_ALTS = CN + ["各级财政"]
fact("由每人每年120元", "120元", value=120, unit="CNY", kind="amount",
     metric="城镇居民医保和新农合每人每年补助标准", metric_alts=SUB, subject_alts=SUB_ALTS,
     **FROM,
     note="每人每年 'per person per year': the rate stays in the metric (SPEC §3); all levels "
          "of government (各级财政) → 中国, 各级财政 as alt; " + FROM_NOTE)
fact("提高到200元", "200元", value=200, unit="CNY", kind="amount",
     metric="城镇居民医保和新农合每人每年补助标准", metric_alts=SUB, subject_alts=SUB_ALTS,
     **TO, note=TO_NOTE)

# ==== line 4 (source 29): （四） heading ==============================================================
g.neg("（四）切实保障", "（四）", MARKER_NOTE)

# ==== line 6 (source 31): 就业 ======================================================================
GRAD = ["初次就业率", "高校毕业生就业率", "高校毕业生初次就业率水平"]
fact("初次就业率77.8％", "77.8％", value=77.8, unit="%", kind="share",
     metric="高校毕业生初次就业率", metric_alts=GRAD, **FLOW,
     note="a rate → share; the graduates of 2011; " + INHERIT_NOTE)
fact("同比提高1.2个百分点", "1.2个百分点", value=1.2, unit="pp", kind="change",
     metric="高校毕业生初次就业率", metric_alts=GRAD, comparison="yoy", **FLOW,
     note="pp change of a share → the share's metric (README §3); 同比 → yoy")
MIG = ["农民工", "农民工数量", "农民工总数", "农民工人数"]
fact("农民工总量2.53亿人", "2.53亿人", value=2.53e8, unit="count", kind="count",
     classifier="人", metric="农民工总量", metric_alts=MIG, **LEVEL,
     note="the number of migrant workers of 2011 (an annual survey level): the year, null "
          "and the year-end instant as alts")
fact("比上年增长4.4％", "4.4％", value=4.4, unit="%", kind="growth", metric="农民工总量",
     metric_alts=MIG, comparison="yoy", **FLOW, note="比上年 → yoy")
OUT = ["外出农民工数量", "外出农民工人数", "外出农民工总量"]
fact("外出农民工1.59亿人", "1.59亿人", value=1.59e8, unit="count", kind="count",
     classifier="人", metric="外出农民工", metric_alts=OUT, **LEVEL,
     note="其中: part of the 2.53亿")
fact("增长3.4％", "3.4％", value=3.4, unit="%", kind="growth", metric="外出农民工",
     metric_alts=OUT, comparison="yoy", **FLOW)

# ==== line 7 (source 32): 收入分配 ===================================================================
g.neg("为1985年以来最高", "1985年以来", PERIOD_NOTE + " (the window of the comparison 1985年"
      "以来最高 'the highest since 1985'; no measured value is given, as 6年来最低 in "
      "wr_china_2016)")
fact("连续两年快于城镇居民", "两年", value=2, unit="year", kind="amount",
     metric="农村居民人均纯收入增速快于城镇居民持续时间",
     metric_alts=["农村居民收入增速连续快于城镇居民", "农村居民人均纯收入增速快于城镇居民年数",
                  "农村居民人均纯收入连续快于城镇居民", "连续快于城镇居民",
                  "农村居民人均纯收入实际增速"],
     period=Y11, period_alts=[P("连续两年", "2010-01-01", "2011-12-31"), Y11_NULL],
     note="length of the streak (连续两年, as 连续两年下降 in wr_china_2011): 2 year, kind "
          "amount; the review year (the streak's last year), the streak 2010-2011 and null "
          "as alts")
PENSION = ["企业退休人员基本养老金", "提高企业退休人员基本养老金持续时间",
           "企业退休人员基本养老金连续提高年数", "连续提高企业退休人员基本养老金",
           "企业退休人员基本养老金连续提高", "基本养老金连续提高年数", "持续时间"]
fact("连续第7年提高", "第7年", value=7, unit="year", kind="amount",
     metric="提高企业退休人员基本养老金持续时间", metric_alts=PENSION[:1] + PENSION[2:],
     period=Y11, period_alts=[P("连续第7年", "2005-01-01", "2011-12-31"), Y11_NULL],
     note="judgement call: 连续第7年 'for the seventh year running' → the length of the streak "
          "of pension raises, 7 year (as 连续7年提高 of the same series in wr_china_2011; the "
          "ordinal marker 第 kept in the span); the streak 2005-2011 ends in the review year "
          "(alt); a count of 7 raises is the other reading")
g.neg("基本养老金，全年人均", "全年", PERIOD_NOTE + " (2011; governs the rest of the line)")
PEN_INC = ["企业退休人员基本养老金人均增加", "人均增加", "基本养老金人均增加额",
           "企业退休人员人均基本养老金", "企业退休人员基本养老金人均增量", "人均基本养老金增加",
           "基本养老金增量"]
fact("全年人均增加1680元", "1680元", value=1680, unit="CNY", kind="amount",
     metric="企业退休人员人均基本养老金增量", metric_alts=PEN_INC, **YEAR,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2): the "
          "yearly pension per retiree rose by 1680元 in 2011; 全年 stated before it")
fact("5700多万人受益", "5700多万人", value=5.7e7, unit="count", kind="count", bound="gt",
     classifier="人", metric="受益企业退休人员",
     metric_alts=["受益人数", "受益人", "养老金提高受益人数", "受益的企业退休人员",
                  "提高基本养老金受益人数"], **YEAR,
     note="多 inside the span → gt; the retirees who benefited from the 2011 raise")
g.neg("农村五保供养对象", "五保", LABEL_NOTE + " (“五保” 'five guarantees')")
fact("等8600多万名困难群众", "8600多万名", value=8.6e7, unit="count", kind="count",
     bound="gt", classifier="名", metric="发放一次性生活补贴的困难群众",
     metric_alts=["困难群众", "获得一次性生活补贴的困难群众", "一次性生活补贴发放对象",
                  "发放一次性生活补贴困难群众", "一次性生活补贴受益人数",
                  "发放一次性生活补贴的困难群众人数"], **YEAR,
     note="多 inside the span → gt; the predicate defines the counted set; 全年 earlier in "
          "the line governs")
g.neg("发放一次性生活补贴", "一次性", "adjective 一次性 'one-off', not a quantity")

# ==== line 8 (source 33): 个税, 扶贫标准 ==============================================================
IIT = ["个税起征点", "个人所得税免征额", "工资薪金所得减除费用标准", "起征点",
       "个人所得税费用扣除标准"]
fact("从2000元提高到3500元", "2000元", value=2000, unit="CNY", kind="amount",
     metric="个人所得税起征点", metric_alts=IIT, subject_alts=CN + GOV, **FROM,
     note="the monthly threshold of the individual income tax before the 2011 change; "
          + FROM_NOTE)
fact("提高到3500元", "3500元", value=3500, unit="CNY", kind="amount",
     metric="个人所得税起征点", metric_alts=IIT, subject_alts=CN + GOV, **TO, note=TO_NOTE)
fact("降低900多万个体工商户", "900多万", value=9e6, unit="count", kind="count", bound="gt",
     classifier="户", metric="降低税负的个体工商户",
     metric_alts=["个体工商户", "税负降低的个体工商户", "降低税负个体工商户", "受益个体工商户",
                  "降低税负的个体工商户数量"], subject_alts=CN + GOV, **FLOW,
     note="多 inside the span → gt; no classifier written (900多万 + noun 个体工商户): 户 "
          "implied (as 450万沼气用户 in wr_china_2007); " + INHERIT_NOTE)
POV = ["扶贫标准", "国家扶贫标准", "新的国家扶贫标准", "扶贫标准线", "贫困线",
       "国家扶贫标准（农民人均纯收入）"]
CENTRAL = CN + GOV + ["中央"]
fact("农民人均纯收入2300元", "2300元", value=2300, unit="CNY", kind="amount",
     metric="国家扶贫标准", metric_alts=POV[2:] + ["农民人均纯收入", "扶贫标准"],
     subject_alts=CENTRAL, **STOCK,
     note="the new national poverty line (an income of 2300元 per farmer and year at 2010 "
          "prices) decided in 2011 and in force (a standard, as 240小时 in wr_yunnan_2025): "
          + STOCK_NOTE + "; 中央决定 → 中国, 中央 as alt")
g.neg("（2010年不变价）", "2010年", "price base 2010年不变价 (constant 2010 prices), not a "
      "period or quantity")
g.neg("比2009年提高", "2009年", "comparison basis 比2009年 (a year, not a quantity); becomes "
      "`comparison`, not a period")
fact("比2009年提高92％", "92％", value=92, unit="%", kind="growth", metric="国家扶贫标准",
     metric_alts=POV[:2] + POV[3:5], subject_alts=CENTRAL, comparison="比2009年",
     period=Y11, period_alts=[Y11_END, Y11_NULL],
     note="提高92％ = relative change of the poverty line over the 2009 line (1196元); the "
          "year of the new line (2011), its instant and null as alts")

# ==== line 9 (source 34): 社会保障 ===================================================================
URB_P = ["城镇居民社会养老保险试点县", "城镇居民社会养老保险试点县（市、区）", "试点县（市、区）",
         "实施城镇居民社会养老保险试点的县", "城镇居民社会养老保险试点县(市、区)"]
fact("2147个县", "2147个", value=2147, unit="count", kind="count", classifier="个",
     metric="实施城镇居民社会养老保险试点的县（市、区）", metric_alts=URB_P, **STOCK,
     note="counties in the pilot (a stock): " + STOCK_NOTE + "; counted noun 县（市、区）, "
          "span number + classifier (README §1)")
fact("1334万人参保", "1334万人", value=1334e4, unit="count", kind="count", classifier="人",
     metric="城镇居民社会养老保险参保人数",
     metric_alts=["参保人数", "城镇居民社会养老保险参保", "城镇居民养老保险参保人数",
                  "城镇居民社会养老保险试点参保人数"], **STOCK, note=STOCK_NOTE)
fact("641万人领取养老金", "641万人", value=641e4, unit="count", kind="count",
     classifier="人", metric="城镇居民社会养老保险领取养老金人数",
     metric_alts=["领取养老金人数", "领取养老金", "城镇居民社会养老保险领取养老金",
                  "城镇居民养老保险领取养老金人数"], **STOCK, note=STOCK_NOTE)
RUR_P = ["新型农村社会养老保险试点县", "新农保试点县", "新型农村社会养老保险试点县（市、区）",
         "试点县（市、区）", "开展新型农村社会养老保险试点的县",
         "新型农村社会养老保险试点县(市、区)"]
fact("2343个县", "2343个", value=2343, unit="count", kind="count", classifier="个",
     metric="开展新型农村社会养老保险试点的县（市、区）", metric_alts=RUR_P, **STOCK,
     note=STOCK_NOTE)
fact("3.58亿人参保", "3.58亿人", value=3.58e8, unit="count", kind="count", classifier="人",
     metric="新型农村社会养老保险参保人数",
     metric_alts=["参保人数", "新农保参保人数", "新型农村社会养老保险参保",
                  "新型农村社会养老保险试点参保人数"], **STOCK, note=STOCK_NOTE)
fact("9880万人领取养老金", "9880万人", value=9880e4, unit="count", kind="count",
     classifier="人", metric="新型农村社会养老保险领取养老金人数",
     metric_alts=["领取养老金人数", "领取养老金", "新农保领取养老金人数",
                  "新型农村社会养老保险领取养老金"], **STOCK, note=STOCK_NOTE)
fact("覆盖面扩大到60％以上", "60％", value=60, unit="%", kind="share", bound="ge",
     metric="新型农村社会养老保险试点覆盖面",
     metric_alts=["覆盖面", "新农保试点覆盖面", "新农保覆盖面", "新型农村社会养老保险覆盖面",
                  "新型农村社会养老保险试点覆盖率", "新农保试点覆盖率"], **STOCK,
     note="以上 → ge (outside the span); coverage reached (a share of a stock): "
          + STOCK_NOTE)

# ==== line 10 (source 35): 集体企业退休人员, 老工伤 ===================================================
fact("解决了500多万名", "500多万名", value=5e6, unit="count", kind="count", bound="gt",
     classifier="名", metric="解决养老保障历史遗留问题的集体企业退休人员",
     metric_alts=["集体企业退休人员", "解决养老保障问题的集体企业退休人员",
                  "集体企业退休人员养老保障", "解决养老保障历史遗留问题的集体企业退休人员人数",
                  "纳入养老保障的集体企业退休人员"], **FLOW,
     note="多 inside the span → gt; the predicate defines the counted set; " + INHERIT_NOTE)
fact("将312万名企业", "312万名", value=312e4, unit="count", kind="count", classifier="名",
     metric="纳入工伤保险统筹管理的企业“老工伤”人员和工亡职工供养亲属",
     metric_alts=["企业“老工伤”人员和工亡职工供养亲属", "“老工伤”人员", "老工伤人员",
                  "企业“老工伤”人员", "纳入工伤保险统筹管理人员",
                  "纳入工伤保险统筹管理的“老工伤”人员",
                  "纳入工伤保险统筹管理的企业老工伤人员和工亡职工供养亲属"], **FLOW,
     note="the predicate defines the counted set; " + INHERIT_NOTE)

# ==== line 11 (source 36): 保障性安居工程 ==============================================================
HOUSE_FUND = ["中央财政安排资金", "保障性安居工程中央财政资金", "中央财政保障性安居工程投入",
              "中央财政保障性安居工程补助资金", "保障性安居工程资金", "中央财政资金"]
gov("中央财政安排资金1713亿元", "1713亿元", value=1713e8, unit="CNY", kind="amount",
    metric="中央财政保障性安居工程资金", metric_alts=HOUSE_FUND, **FLOW,
    note="the central money for affordable housing (the paragraph's topic) restored in the "
         "metric; " + GOV_NOTE + "; " + INHERIT_NOTE)
g.neg("是2010年的2.2倍", "2010年", "basis year of the multiple (是2010年的N倍), not a fact; the "
      "period of the fact stays 2011 (as 为1997年的2.9倍 in wr_china_2001)")
gov("是2010年的2.2倍", "2.2倍", value=2.2, unit="times", kind="ratio",
    metric="中央财政保障性安居工程资金",
    metric_alts=HOUSE_FUND + ["中央财政保障性安居工程资金相当于2010年的倍数"], **FLOW,
    note="是…的N倍 → ratio (the 2011 money over that of 2010); comparison null (ratio facts "
         "carry none)")
g.neg("全年城镇保障性住房", "全年", PERIOD_NOTE + " (2011; governs the rest of the line)")
fact("基本建成432万套", "432万套", value=432e4, unit="count", kind="count", classifier="套",
     metric="城镇保障性住房基本建成",
     metric_alts=["基本建成城镇保障性住房", "城镇保障性住房", "保障性住房基本建成",
                  "基本建成保障性住房", "城镇保障性住房基本建成套数", "保障性住房"], **YEAR,
     note="全年 (= 2011) stated before it")
fact("新开工建设1043万套", "1043万套", value=1043e4, unit="count", kind="count",
     classifier="套", metric="城镇保障性住房新开工建设",
     metric_alts=["新开工建设城镇保障性住房", "城镇保障性住房新开工", "保障性住房新开工",
                  "新开工建设保障性住房", "新开工保障性住房", "城镇保障性住房新开工套数"],
     **YEAR, note="head 城镇保障性住房 restored; 全年 governs")

# ==== line 13 (source 38): （五） heading =============================================================
g.neg("（五）深入推进", "（五）", MARKER_NOTE)

# ==== line 14 (source 39) ==========================================================================
g.neg("按照“十二五”规划", "十二五", "plan label 十二五 (SPEC §1)")

# ==== line 15 (source 40): 财政 ====================================================================
fact("98个中央部门", "98个", value=98, unit="count", kind="count", classifier="个",
     metric="公开“三公经费”的中央部门",
     metric_alts=["中央部门", "公开三公经费的中央部门", "公开“三公经费”中央部门",
                  "公开“三公经费”的中央部门数量", "公开预决算的中央部门"],
     subject_alts=CN + GOV, **FLOW,
     note="the central departments that published their 三公 spending in 2011; the predicate "
          "defines the counted set; " + INHERIT_NOTE)
g.neg("公开“三公经费”", "三公", LABEL_NOTE + " (“三公经费”, spending on official travel abroad, "
      "vehicles and receptions)")

# ==== line 17 (source 42): 对外贸易和投资 ============================================================
g.neg("全年货物进出口", "全年", PERIOD_NOTE + " (2011; governs the rest of the line)")
TRADE = ["进出口总额", "货物进出口", "外贸进出口总额", "对外贸易总额", "进出口"]
fact("进出口总额3.64万亿美元", "3.64万亿美元", value=3.64e12, unit="USD", kind="amount",
     metric="货物进出口总额", metric_alts=TRADE, **YEAR, note="万亿美元 → 3.64e12 USD; 全年")
fact("增长22.5％", "22.5％", value=22.5, unit="%", kind="growth", metric="货物进出口总额",
     metric_alts=TRADE, comparison="yoy", **YEAR)
fact("出口增长20.3％", "20.3％", value=20.3, unit="%", kind="growth", metric="出口",
     metric_alts=["货物出口", "出口总额", "出口额", "货物出口总额"], comparison="yoy", **YEAR,
     note="其中: part of the trade total")
fact("进口增长24.9％", "24.9％", value=24.9, unit="%", kind="growth", metric="进口",
     metric_alts=["货物进口", "进口总额", "进口额", "货物进口总额"], comparison="yoy", **YEAR)
FDI = ["实际使用外资", "实际利用外商直接投资", "外商直接投资", "利用外资"]
fact("外商直接投资1160亿美元", "1160亿美元", value=1160e8, unit="USD", kind="amount",
     metric="实际使用外商直接投资", metric_alts=FDI, **YEAR)
ODI = ["对外直接投资", "非金融类对外直接投资额", "非金融类境外直接投资", "对外投资"]
fact("对外直接投资601亿美元", "601亿美元", value=601e8, unit="USD", kind="amount",
     metric="非金融类对外直接投资", metric_alts=ODI, subject_alts=CN + ["企业", "中国企业"],
     **YEAR, note="企业“走出去” → 中国, 企业 as alt")
g.neg("多边双边", "双边", "lexicalized 双边 'bilateral', not a quantity (as wr_china_2011)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SRC_ID}.txt "
    f"({len(text):,} characters with the final newline), as fixed by the brief: the middle "
    "of part 一、2011年工作回顾 (the review of 2011; heading at source line 3, outside the "
    "excerpt; lines 3-25 are wr_china_2012): the end of item (三) 社会事业 (pre-school, "
    "teachers, culture, health), item (四) 民生 in full and the first lines of item (五) 改革"
    "开放 (fiscal and other reforms, trade and investment). No 2012 target is in the "
    "excerpt. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2012-03-05, the shared meta date: the opening day of the 5th "
    "session of the 11th NPC, on which the Premier delivered the report (no dateline in the "
    "Wikisource text); nothing in the excerpt contradicts it (2011 results, 是2010年的2.2倍). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central government's "
    "own money and acts (保障房 1713亿元 and its multiple, the tax threshold, the poverty line "
    "decided by 中央, 900多万 个体工商户, 98个中央部门) add 中央财政/中央政府/国务院 (and 中央); "
    "各级财政, 中西部 and 企业 as alts where they own the number. Periods: the review year 2011 "
    "is the section frame (period text 全年, the excerpt's own word for the year; null as alt) "
    "of every number whose line has no period before it; lines stating 全年 (source lines 32, "
    "36, 42) take it from there on; stocks (13亿 insured, pilot counties and their insured and "
    "pensioners, 60％ coverage, the 2300元 poverty line in force) → instant 2011-12-31 with the "
    "year and null as alts; 农民工总量 / 外出农民工 → the year with the instant as alt; from/to "
    "pairs without years (120元→200元, 2000元→3500元) → the instants 2011-01-01 and 2011-12-31 "
    "(as wr_china_2019); streaks (连续两年, 连续第7年) → the year with the streak's span as alt. "
    "Modality: actual throughout. Judgement calls: 连续第7年 → duration 7 year (span 第7年, as "
    "连续7年提高 in wr_china_2011); 提高92％ of the poverty line → growth with comparison "
    "比2009年; 每人每年 补助标准 → rate kept in the metric; 900多万 个体工商户 → classifier 户 "
    "implied, 13亿 城乡居民 → 人 implied; 学前教育三年行动计划 → label negative; 1985年以来 → "
    "comparison-window negative; 2010年不变价 → price-base negative. Negatives: 三年, 首届, "
    "（四）, 1985年以来, 全年 ×3, 五保, 一次性, 2010年 ×2, 2009年, （五）, 十二五, 三公, 双边. "
    "Lexicalized, not listed: 进一步, 单位 (事业单位).")

g.write(date=REF, source=f"shared/texts/work_report/{SRC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
