"""Gold annotations for wr_china_1980_b (1980年中华人民共和国国务院政府工作报告, second excerpt),
lines 23-45 of shared/texts/work_report/wr_china_1980.txt.

The report is Vice-Premier Yao Yilin's 关于1980、1981年国民经济计划安排的报告, delivered on
behalf of the State Council at the 3rd session of the 5th NPC (30 August 1980).  The excerpt
corpora/wr_china_1980_b.txt is sliced by code from the source bytes (whole lines, newline kept),
never retyped.  It straddles two parts of the report:
  - the end of part 一、国民经济在调整、改革、整顿、提高中取得了新的进展 (heading at source line
    5), the review of 1979 and of the first half of 1980: the trade paragraph of point 第五,
    point 第六 in full (science: inventions, research results, new products; education:
    students; the natural growth rate of population), the paragraph on the execution of the
    1980 plan (summer grain, the industrial output plan) and the closing paragraph on problems
    (no figures);
  - part 二、1981年国民经济计划的任务和主要指标 (its heading is source line 29, inside the
    excerpt) up to the population target: the main tasks and the table-like list of the 1981
    plan indicators (output, agriculture, light industry, energy, materials, machinery,
    transport, investment, trade, retail sales, science, education, jobs, population).
Lines 12-21 are annotated in wr_china_1980 (no overlap).  The lines are fixed by the brief
(lines 23-45, 2,490 characters).

Numbers are written in ASCII digits with full-width ％ and, for thousands, a full-width comma
(3，000多项, 34，250万吨, 62，000万吨, 3，120亿度); spans keep the text as written and values are
the numbers written (SPEC §3); a few are Chinese numerals (一成, 四百多项, 上千种).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1980_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1980_b"
PLACE = "中国"
REF = "1980-08-30"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_1980.txt"
FIRST, LAST = 23, 45                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1980年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="1979年进出口贸易总额比上年增长28％",
                 ends="计划生育，人口自然增长率为1％。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker of the report's parts / points, not a quantity"
ARTICLE_NOTE = "一 + classifier used as article or vague quantifier (README §2), not a quantity"
BASIS_NOTE = ("comparison basis 比1980年预计 (the estimated 1980 level; a year, not a quantity); "
              "not the period of the fact (SPEC §4)")
FW = ("the full-width comma is a thousands separator: the span keeps it as written, the value "
      "is the number written (SPEC §3)")
CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1980-08-30; 今年 = 1980, 去年 / 上年 = 1979) -------------------------
# Lines 1-6 of the excerpt (source 23-28) lie in part 一, the review of 1979 and of the first
# half of 1980.  The part has no single governing year, so each number takes the last period
# expression before it in its line (a line is a paragraph; no period crosses a line):
#   - line 1: 1979年 (trade growth), 1980年上半年 (trade growth, H1 1980);
#   - line 3: 1979年 governs the inventions, the research results and the new products;
#   - line 4: 1979年 (students enrolled: a stock → the instant 1979-12-31, the year and null as
#     alts); the pair 由上年的1.2％下降到1.17％ dates each value (上年 = 1978, 1979年);
#   - line 5: 今年 = 1980 (summer grain, actual: the harvest is in) and 全年 = 1980 (the
#     industrial output plan 计划比上年增长6％ → target).
# Lines 7-23 (source 29-45) are part 二, the 1981 plan: its heading 二、1981年国民经济计划的任务
# 和主要指标 (line 7) is the section frame; the indicator lines (source 32-42, 44-45) state no
# period of their own and take it (period text 1981年, 1981-01-01..1981-12-31, null as alt, as
# wr_beijing_2025_b takes its heading's 2025年); line 21 (source 43) states 1981年 itself.
# Every plan number is modality target; levels of output, freight, trade, retail sales,
# investment are flows of the year; 比1980年预计增加 N → the SPEC §2 absolute change (<level>
# 增量, positive), 比1980年预计增长 N% → growth over the (estimated) year before → yoy.
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow(txt, y):
    return dict(period=year(txt, y), period_alts=[null(txt)])


Y81 = year("1981年", 1981)
PLAN = dict(period=Y81, period_alts=[null("1981年")], modality="target")
PLAN_NOTE = ("1981 plan indicator (part 二) → target; the line states no period: section frame "
             "二、1981年国民经济计划的任务和主要指标 (1981), null as alt")


def goal(ctx, target, note=None, **kw):
    for key, value in PLAN.items():
        kw.setdefault(key, value)
    fact(ctx, target, note=PLAN_NOTE if note is None else note + "; " + PLAN_NOTE, **kw)


def level_and_rise(ctx_level, level, value, unit, metric, alts, ctx_rise, rise, rise_value,
                   kind="amount", classifier=None, sector=None, note=None, basis=None):
    nth = ctx_rise.count(rise) - 1        # the rise is the last occurrence in its context
    """An output target and its rise over the 1980 estimate (比1980年预计增加 N / 增加 N)."""
    extra = {} if classifier is None else {"classifier": classifier}
    subj = {} if sector is None else {"subject_alts": CN + [sector]}
    goal(ctx_level, level, value=value, unit=unit, kind=kind, metric=metric, metric_alts=alts,
         note=note, **extra, **subj)
    if basis:
        g.neg(basis, "1980年", BASIS_NOTE)
    goal(ctx_rise, rise, value=rise_value, unit=unit, kind=kind, metric=metric + "增量",
         metric_alts=[a + "增量" for a in alts] + [metric, metric + "增加", metric + "增加额"],
         note="增加 N over the 1980 estimate = the absolute change of the level (SPEC §2 → "
              "<level>增量, positive; comparison null)", nth=nth, **extra, **subj)


# ==== line 1 (source 23): foreign trade (point 第五, end) ==========================================
g.neg("1979年进出口贸易总额", "1979年", PERIOD_NOTE + " (1979)")
TRADE = ["进出口总额", "进出口贸易", "对外贸易总额", "进出口额", "外贸进出口总额"]
fact("比上年增长28％", "28％", value=28, unit="%", kind="growth", metric="进出口贸易总额",
     metric_alts=TRADE, comparison="yoy", **flow("1979年", 1979),
     note="比上年 → yoy; full-width ％")
g.neg("1980年上半年又比", "1980年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30)")
fact("又比去年同期增长20.2％", "20.2％", value=20.2, unit="%", kind="growth",
     metric="进出口贸易总额", metric_alts=TRADE, comparison="yoy",
     period=P("1980年上半年", "1980-01-01", "1980-06-30"), period_alts=[null("1980年上半年")],
     note="比去年同期 → yoy; head 进出口贸易总额 carried from the first clause")

# ==== line 2 (source 24): heading 第六 =============================================================
g.neg("第六，科学", "第六", MARKER_NOTE)

# ==== line 3 (source 25): science and technology ==================================================
g.neg("1979年国家已批准", "1979年", PERIOD_NOTE + " (1979; governs the line until 今年上半年)")
fact("已批准的发明103项", "103项", value=103, unit="count", kind="count", classifier="项",
     metric="国家已批准的发明",
     metric_alts=["批准的发明", "已批准的发明", "发明", "国家批准的发明", "国家已批准的发明数量",
                  "发明项目"],
     subject_alts=CN + GOV, **flow("1979年", 1979),
     note="inventions approved by the state in 1979 (a flow of the year)")
fact("科学技术成果3，000多项", "3，000多项", value=3000, unit="count", kind="count",
     classifier="项", bound="gt", metric="重大科学技术成果",
     metric_alts=["全国取得的重大科学技术成果", "科学技术成果", "科技成果", "重大科技成果",
                  "重大科学技术成果数量"],
     **flow("1979年", 1979),
     note="多 inside the span → gt; research results obtained in 1979; " + FW)
fact("试制成功上千种重要的新产品", "上千种", value=1000, unit="count", kind="count",
     classifier="种", bound="ge", metric="试制成功重要的新产品",
     metric_alts=["重要的新产品", "新产品", "试制成功新产品", "重要新产品", "试制成功的重要新产品",
                  "工业部门试制成功重要的新产品"],
     subject_alts=CN + ["工业部门"], **flow("1979年", 1979),
     note="上千 → ge, value 1000 (SPEC §2 上百 / 上万 → ge; the prefix 上 stays in the span, "
          "README §1 上万个); the industrial departments as subject alt (README §4); 1979年 "
          "at the head of the line still governs")
g.neg("金川三大共生矿", "三大", "appositive 三大 'the three (big) … just named' (攀枝花、包头和"
      "金川), a set label, not a count claim (as 八大 in README §2) — judgement call")
g.neg("今年上半年，完成了", "今年上半年", PERIOD_NOTE + " (1980-01-01..1980-06-30; no number "
      "follows)")
g.neg("达到了一个新的水平", "一个", ARTICLE_NOTE)

# ==== line 4 (source 26): education and population ===============================================
g.neg("1979年大专学校", "1979年", PERIOD_NOTE + " (1979; governs the students enrolled)")
STU = dict(period=P("1979年", "1979-12-31", "1979-12-31"),
           period_alts=[year("1979年", 1979), null("1979年")])
STU_NOTE = ("students enrolled (在校学生) are a stock: under the line's 1979年 → the instant "
            "1979-12-31 (stock rule, as 在校学生 at 年末 in cm_qiandongnan_2023), the year and "
            "null as alts")
for ctx, span, val, metric, alts in [
        ("大专学校在校学生102万人", "102万人", 102e4, "大专学校在校学生",
         ["大专学校在校学生数", "大专在校学生", "高等学校在校学生", "在校学生", "大专院校在校学生",
          "大专学校在校生"]),
        ("中等专业学校在校学生120万人", "120万人", 120e4, "中等专业学校在校学生",
         ["中等专业学校在校学生数", "中专在校学生", "在校学生", "中等专业学校在校生"]),
        ("普通中学在校学生5，905万人", "5，905万人", 5905e4, "普通中学在校学生",
         ["普通中学在校学生数", "中学在校学生", "在校学生", "普通中学在校生"]),
        ("在校学生达到86万人", "86万人", 86e4, "成人高等教育在校学生",
         ["成人高教育在校学生", "各种形式的成人高教育在校学生", "成人高教在校学生", "在校学生",
          "成人高等教育在校学生数", "各种形式的成人高等教育在校学生"])]:
    fact(ctx, span, value=val, unit="count", kind="count", classifier="人", metric=metric,
         metric_alts=alts, **STU,
         note=STU_NOTE + ("; 达到 → eq; the text's 成人高教育 (sic) in the alts" if span == "86万人"
                          else "") + ("; " + FW if "，" in span else ""))
g.neg("1979年人口自然增长率", "1979年", PERIOD_NOTE + " (1979, the year of the pair's end "
      "value)")
NGR = ["自然增长率", "人口自然增长", "全国人口自然增长率"]
fact("由上年的1.2％", "1.2％", value=1.2, unit="%", kind="share", metric="人口自然增长率",
     metric_alts=NGR, period=year("上年", 1978), period_alts=[null("上年")],
     note="a rate of a population → share (SPEC §2); start of the from/to pair 由上年的…下降到…: "
          "its own period 上年 = 1978 (SPEC §4)")
fact("下降到1.17％", "1.17％", value=1.17, unit="%", kind="share", metric="人口自然增长率",
     metric_alts=NGR, **flow("1979年", 1979),
     note="end of the pair: the rate of 1979 (下降到 'fell to' → the level, not a growth)")

# ==== line 5 (source 27): execution of the 1980 plan =============================================
g.neg("今年国民经济计划的执行", "今年", PERIOD_NOTE + " (今年 = 1980; governs the line)")
fact("夏粮减产一成以上", "一成", value=-10, unit="%", kind="growth", bound="ge",
     metric="夏粮产量", metric_alts=["夏粮", "夏粮减产", "夏粮生产", "夏粮总产量"],
     comparison="yoy", **flow("今年", 1980),
     note="减产 → negative growth; 一成 = 10 % (SPEC §3 八成 → 80); 以上 → ge (outside the span), "
          "read on the size of the fall as in other golds (下降…以上 → negative value, ge); the "
          "1980 summer harvest is in by the reference date → actual; 今年 governs")
fact("全年工业总产值计划比上年增长6％", "6％", value=6, unit="%", kind="growth",
     metric="工业总产值", metric_alts=["工业产值", "工业", "工业总产值增长", "工业总产值计划"],
     comparison="yoy", modality="target",
     period=P("全年", "1980-01-01", "1980-12-31"), period_alts=[null("全年")],
     note="the 1980 plan figure (计划比上年增长) → modality target; 预计可以超过 states no number "
          "(judgement call: forecast would fit an estimate, but the 6％ is the plan's); 全年 = "
          "1980 (今年 of the line); 比上年 → yoy")

# ==== line 6 (source 28): problems (no facts) =====================================================
g.neg("一年多来，党和政府", "一年多来", PERIOD_NOTE + " (since 1979; no number in its line)")
g.neg("采取的一系列方针", "一系列", ARTICLE_NOTE + " (一系列, README §2)")
g.neg("一部分没有奖金收入", "一部分", "vague quantifier 一部分 'a part of', not a quantity")
g.neg("要有一个过程", "一个", ARTICLE_NOTE)
g.neg("一部分重工业企业", "一部分", "vague quantifier 一部分, not a quantity")
g.neg("一部分生产资料积压", "一部分", "vague quantifier 一部分, not a quantity")
g.neg("是一项极其复杂", "一项", ARTICLE_NOTE)

# ==== line 7 (source 29): heading of part 二 ========================================================
g.neg("二、1981年国民经济计划的任务", "二、", MARKER_NOTE)
g.neg("二、1981年国民经济计划的任务", "1981年", PERIOD_NOTE + " (heading of part 二: the plan "
      "year 1981, the section frame of the indicator lines)")

# ==== lines 8-9 (source 30-31): tasks (no facts) ===================================================
g.neg("1981年发展国民经济", "1981年", PERIOD_NOTE + " (1981; no number in its line)")
g.neg("根据上述要求，1981年", "1981年", PERIOD_NOTE + " (1981; no number in its line)")

# ==== line 10 (source 32): gross output value ======================================================
g.neg("比1980年预计增长5.5％", "1980年", BASIS_NOTE)
GROW_NOTE = ("比1980年预计增长 = growth over the estimated level of the year before → yoy "
             "(the surface basis 比1980年预计 in this note)")
fact("比1980年预计增长5.5％", "5.5％", value=5.5, unit="%", kind="growth",
     metric="工农业总产值", metric_alts=["工农业总产值增长", "工农业产值", "工农业生产"],
     comparison="yoy", **PLAN, note=GROW_NOTE + "; " + PLAN_NOTE)
fact("农业总产值增长4％", "4％", value=4, unit="%", kind="growth", metric="农业总产值",
     metric_alts=["农业产值", "农业", "农业总产值增长"], comparison="yoy", **PLAN,
     note="其中 of 工农业总产值; basis shared; " + GROW_NOTE + "; " + PLAN_NOTE)
fact("工业总产值增长6％", "6％", value=6, unit="%", kind="growth", metric="工业总产值",
     metric_alts=["工业产值", "工业", "工业总产值增长"], comparison="yoy", **PLAN,
     note="其中 of 工农业总产值; basis shared; " + GROW_NOTE + "; " + PLAN_NOTE)

# ==== line 11 (source 33): agriculture ============================================================
level_and_rise("粮食产量34，250万吨", "34，250万吨", 34250e4, "t", "粮食产量",
               ["粮食", "粮食总产量"], "34，250万吨，比1980年预计增加1，000万吨", "1，000万吨",
               1000e4, sector="农业", note=FW, basis="34，250万吨，比1980年预计")
level_and_rise("棉花产量255万吨", "255万吨", 255e4, "t", "棉花产量", ["棉花", "棉花总产量"],
               "255万吨，比1980年预计增加25万吨", "25万吨", 25e4, sector="农业",
               basis="255万吨，比1980年预计")
g.neg("也将有一个新的增长", "一个", ARTICLE_NOTE)

# ==== line 12 (source 34): light industry =========================================================
g.neg("总产值比1980年预计增长8％", "1980年", BASIS_NOTE)
LI = CN + ["轻工业"]
goal("比1980年预计增长8％", "8％", value=8, unit="%", kind="growth", metric="轻工业总产值",
     metric_alts=["轻工业产值", "轻工业", "轻工业总产值增长"], comparison="yoy",
     subject_alts=LI, note=GROW_NOTE + "; head 轻工业 from the line's topic")
level_and_rise("棉纱产量286.5万吨", "286.5万吨", 286.5e4, "t", "棉纱产量", ["棉纱"],
               "286.5万吨，比1980年预计增加9万吨", "9万吨", 9e4, sector="轻工业",
               basis="286.5万吨，比1980年预计")
ELIDE = "the head 产量 restored from 棉纱产量 (README §3 elided heads); 增加 N shares the basis"
level_and_rise("纸520万吨", "520万吨", 520e4, "t", "纸产量", ["纸"],
               "520万吨，增加20万吨", "20万吨", 20e4, sector="轻工业", note=ELIDE)
level_and_rise("糖260万吨", "260万吨", 260e4, "t", "糖产量", ["糖"],
               "260万吨，增加10万吨", "10万吨", 10e4, sector="轻工业", note=ELIDE)
level_and_rise("自行车1，484万辆", "1，484万辆", 1484e4, "count", "自行车产量", ["自行车"],
               "1，484万辆，增加224万辆", "224万辆", 224e4, kind="count", classifier="辆",
               sector="轻工业", note=ELIDE + "; " + FW)
level_and_rise("缝纫机860万架", "860万架", 860e4, "count", "缝纫机产量", ["缝纫机"],
               "860万架，增加140万架", "140万架", 140e4, kind="count", classifier="架",
               sector="轻工业", note=ELIDE)
level_and_rise("表2，360万只", "2，360万只", 2360e4, "count", "表产量", ["表", "手表产量", "手表"],
               "2，360万只，增加260万只", "260万只", 260e4, kind="count", classifier="只",
               sector="轻工业", note=ELIDE + "; 表 = watches; " + FW)
level_and_rise("合成洗涤剂48万吨", "48万吨", 48e4, "t", "合成洗涤剂产量", ["合成洗涤剂"],
               "48万吨，增加5万吨", "5万吨", 5e4, sector="轻工业", note=ELIDE)

# ==== line 13 (source 35): energy =================================================================
level_and_rise("煤炭产量62，000万吨", "62，000万吨", 62000e4, "t", "煤炭产量",
               ["煤炭", "原煤产量", "煤产量"], "62，000万吨，比1980年预计增加1，000万吨",
               "1，000万吨", 1000e4, sector="能源工业", note=FW,
               basis="62，000万吨，比1980年预计")
goal("石油产量10，600万吨", "10，600万吨", value=10600e4, unit="t", kind="amount",
     metric="石油产量", metric_alts=["石油", "原油产量"], subject_alts=CN + ["能源工业"],
     note="保持近两年的水平 (the level of 1979-1980) states no further number; " + FW)
g.neg("10，600万吨，保持近两年", "近两年", PERIOD_NOTE + " (the last two years 1979-1980, "
      "the comparison level 近两年的水平), not a duration fact")
level_and_rise("发电量3，120亿度", "3，120亿度", 3120e8, "kWh", "发电量", ["发电", "发电总量"],
               "3，120亿度，比1980年预计增加120亿度", "120亿度", 120e8, sector="能源工业",
               note="度 = kWh (SPEC §3); " + FW, basis="3，120亿度，比1980年预计")

# ==== line 14 (source 36): raw materials ==========================================================
RM = "原材料工业"
goal("钢产量3，500万吨", "3，500万吨", value=3500e4, unit="t", kind="amount", metric="钢产量",
     metric_alts=["钢", "粗钢产量"], subject_alts=CN + [RM], note=FW)
g.neg("十种有色金属108万吨", "十种", "name of the statistical aggregate 十种有色金属 (the ten "
      "non-ferrous metals), part of the metric, not a count claim (as wr_yunnan_2025 10种)")
goal("十种有色金属108万吨", "108万吨", value=108e4, unit="t", kind="amount",
     metric="十种有色金属产量", metric_alts=["十种有色金属", "有色金属产量", "10种有色金属产量"],
     subject_alts=CN + [RM], note="head 产量 restored from 钢产量")
for ctx, span, val, metric, alts, unit in [
        ("水泥7，800万吨", "7，800万吨", 7800e4, "水泥产量", ["水泥"], "t"),
        ("化肥1，230万吨", "1，230万吨", 1230e4, "化肥产量", ["化肥"], "t"),
        ("木材4，910万立方米", "4，910万立方米", 4910e4, "木材产量", ["木材", "木材采伐量"], "m3")]:
    goal(ctx, span, value=val, unit=unit, kind="amount", metric=metric, metric_alts=alts,
         subject_alts=CN + [RM], note="head 产量 restored from 钢产量; " + FW
         + ("; 立方米 → m3" if unit == "m3" else ""))

# ==== line 15 (source 37): machinery ==============================================================
MI = CN + ["机械工业"]
goal("拖拉机9.75万台", "9.75万台", value=9.75e4, unit="count", kind="count", classifier="台",
     metric="拖拉机产量", metric_alts=["拖拉机"], subject_alts=MI,
     note="output of the machine-building industry (the line's topic) → 产量")
goal("内燃机2，000万马力", "2，000万马力", value=2000e4, unit="马力", kind="amount",
     metric="内燃机产量", metric_alts=["内燃机", "内燃机产量（马力）"], subject_alts=MI,
     note="马力 (horsepower) is not a canonical unit of SPEC §3 → kept as the surface unit "
          "(SPEC §3: unknown units are kept), value the number with its scale 万 (2e7); " + FW)
goal("汽车16万辆", "16万辆", value=16e4, unit="count", kind="count", classifier="辆",
     metric="汽车产量", metric_alts=["汽车"], subject_alts=MI,
     note="这是根据需要和油料供应的可能安排的 adds no number")

# ==== line 16 (source 38): transport ==============================================================
TR = CN + ["交通运输业"]
for ctx, span, val, metric, alts in [
        ("铁路货运量10.6亿吨", "10.6亿吨", 10.6e8, "铁路货运量", ["铁路货物运输量", "铁路货运"]),
        ("驳船货运量3.9亿吨", "3.9亿吨", 3.9e8, "轮船、驳船货运量",
         ["轮船驳船货运量", "水运货运量", "轮船、驳船货物运输量"]),
        ("汽车货运量5.4亿吨", "5.4亿吨", 5.4e8, "汽车货运量", ["公路货运量", "汽车货物运输量"])]:
    goal(ctx, span, value=val, unit="t", kind="amount", metric=metric, metric_alts=alts,
         subject_alts=TR, note="freight carried over the year (a flow); 亿吨 → ×1e8 t")

# ==== line 17 (source 39): basic construction =====================================================
goal("总的投资额控制在550亿元左右", "550亿元", value=550e8, unit="CNY", kind="amount",
     bound="approx", metric="基本建设总的投资额",
     metric_alts=["基本建设投资总额", "总的投资额", "投资额", "基本建设投资", "基建投资",
                  "基本建设投资额", "基本建设总投资"],
     subject_alts=CN + GOV,
     note="左右 → approx (outside the span); 控制在 a cap, but the bound word written is 左右; "
          "the sum of budgetary, self-raised, bank-loan and foreign-funded investment")

# ==== line 18 (source 40): foreign trade ==========================================================
level_and_rise("进出口总额559亿元", "559亿元", 559e8, "CNY", "进出口总额",
               ["进出口贸易总额", "对外贸易总额", "进出口额", "外贸进出口总额"],
               "559亿元，比1980年预计增加42亿元", "42亿元", 42e8, sector="对外贸易",
               basis="559亿元，比1980年预计")

# ==== line 19 (source 41): retail sales ===========================================================
level_and_rise("社会商品零售总额2，200亿元", "2，200亿元", 2200e8, "CNY", "社会商品零售总额",
               ["社会商品零售额", "零售总额", "社会消费品零售总额"],
               "2，200亿元，比1980年预计增加150亿元", "150亿元", 150e8, sector="国内市场",
               note=FW, basis="2，200亿元，比1980年预计")

# ==== line 20 (source 42): science and technology ==================================================
goal("重大科学研究项目共四百多项", "四百多项", value=400, unit="count", kind="count",
     classifier="项", bound="gt",
     metric="列入全国科技计划的新产品试制、中间试验、重大科学研究项目",
     metric_alts=["列入全国科技计划的项目", "全国科技计划项目", "科技计划项目",
                  "新产品试制、中间试验、重大科学研究项目", "重大科学研究项目",
                  "列入全国科技计划的新产品试制、中间试验、重大科学研究项目数量"],
     note="共 → a total; 多 inside the span → gt, value 400 (Chinese numeral)")

# ==== line 21 (source 43): education ==============================================================
g.neg("由于1977年新生入学", "1977年", PERIOD_NOTE + " (1977, the year the students entered; "
      "no number of its own)")
g.neg("推迟到1981年寒假", "1981年寒假", PERIOD_NOTE + " (the winter vacation of early 1981, "
      "when they graduate; no number)")
g.neg("1981年招生数", "1981年", PERIOD_NOTE + " (1981, explicit: governs the intake)")
fact("招生数仍然安排27万人", "27万人", value=27e4, unit="count", kind="count", classifier="人",
     metric="高等学校招生数",
     metric_alts=["招生数", "高等学校招生", "高校招生数", "招生", "高等学校招生人数"],
     modality="target", **flow("1981年", 1981),
     note="安排 → the 1981 plan figure, target; 1981年 written in the clause governs; head "
          "高等学校 from the start of the line")
g.neg("27万人，保持近两年", "近两年", PERIOD_NOTE + " (1979-1980, the comparison level 近两年"
      "的水平), not a duration fact")

# ==== line 22 (source 44): jobs ===================================================================
goal("在城镇安排600万人", "600万人", value=600e4, unit="count", kind="count", classifier="人",
     metric="城镇安排就业",
     metric_alts=["安排就业", "城镇安排就业人数", "劳动就业", "城镇就业", "城镇新增就业",
                  "就业", "城镇安置就业"],
     subject_alts=CN + ["城镇"], note="people to be placed in urban jobs in 1981")

# ==== line 23 (source 45): population =============================================================
goal("人口自然增长率为1％", "1％", value=1, unit="%", kind="share", metric="人口自然增长率",
     metric_alts=NGR, note="a rate of a population → share (SPEC §2); 为 → eq")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_1980.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed by "
    "the brief (a run of whole lines starting anywhere); lines 12-21 are annotated in "
    "wr_china_1980 (no overlap). The report is Yao Yilin's 关于1980、1981年国民经济计划安排的报告 "
    "(on behalf of the State Council). The excerpt straddles two parts: (a) source lines 23-28, "
    "the end of part 一、国民经济在调整、改革、整顿、提高中取得了新的进展 (heading at source "
    "line 5), the review of 1979 and of the first half of 1980 — trade (end of point 第五), "
    "point 第六 (science, education, population), the execution of the 1980 plan and the "
    "closing paragraph on problems; (b) source lines 29-45, part 二、1981年国民经济计划的任务和"
    "主要指标 (heading inside the excerpt), the main tasks and the indicators of the 1981 plan "
    "up to the population target. Title: the corpus meta title (no title line in the source), "
    "title_in_text=False. Date: 1980-08-30, the day the report was delivered at the opening of "
    "the 3rd session of the 5th NPC (as wr_china_1980; the shared meta gives only the year "
    "1980; the text fits it: 现在正是大秋作物的生长季节, the latest data are for 1980 H1). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 国家/国务院 for inventions and "
    "investment; sectors — 工业部门, 农业, 轻工业, 能源工业, 原材料工业, 机械工业, 交通运输业, "
    "对外贸易, 国内市场, 城镇 — as alts, README §4). Periods: in part 一 each number takes the "
    "last period expression before it in its line (1979年, 1980年上半年, 上年 = 1978 inside the "
    "from/to pair of the natural growth rate, 今年 = 1980, 全年 = 1980); students enrolled "
    "under 1979年 are stocks → instant 1979-12-31 with the year and null as alts. In part 二 the "
    "heading's 1981年 is the section frame: the indicator lines state no period and take "
    "1981-01-01..1981-12-31 (period text 1981年, null as alt); 1981年招生数 states it itself. "
    "Modality: actual in part 一 except 全年工业总产值计划比上年增长6％ (the 1980 plan → "
    "target); target for every number of part 二. Comparisons: 比上年 / 比去年同期 → yoy; "
    "比1980年预计增长 (growth over the estimated year before) → yoy, its 1980年 a basis "
    "negative; 比1980年预计增加 N / 增加 N → SPEC §2 absolute changes (<level>增量, positive, "
    "comparison null). Units: full-width comma = thousands separator (3，000多项 → 3000, "
    "34，250万吨 → 3.425e8 t, 62，000万吨 → 6.2e8 t, 3，120亿度 → 3.12e11 kWh, 4，910万立方米 → "
    "4.91e7 m3); full-width ％; 度 → kWh; 一成 → 10 %; 马力 kept as the surface unit (not in "
    "SPEC §3): 2，000万马力 → 2e7 马力; output of bicycles, sewing machines, watches, tractors, "
    "cars → counts with their measure words (辆, 架, 只, 台). Judgement calls: 夏粮减产一成以上 → "
    "growth −10 with bound ge (以上 on the size of the fall, as other golds); 上千种 → 1000 ge "
    "with 上 in the span; 全年工业总产值计划…6％ → target (预计可以超过 adds no number); 1.2％ / "
    "1.17％ and 1％ natural growth rates → share; 三大 (共生矿) and 十种 (有色金属) → labels "
    "(negatives); 内燃机 2，000万马力 kept in 马力; 近两年 (的水平) → period expressions (negatives); "
    "elided heads 产量 restored (纸产量, 糖产量, 水泥产量 …). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Known false alarms of the shared check_gold.py: it stops a number at the full-width "
    "comma (3，000多项 read as 3, 34，250万吨 as 34, …); czfacts check-gold accepts them. "
    "Lexicalized, not listed: 进一步, 一些.")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_1980.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
