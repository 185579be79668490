"""Gold annotations for wr_xizang_2025_c (2025年西藏自治区政府工作报告, third excerpt), lines 42-52
of shared/texts/work_report/wr_xizang_2025.txt.

The excerpt corpora/wr_xizang_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: from the 2025 tasks, the three paragraphs of task
(五)统筹推进城乡融合发展 (agriculture, villages, urbanisation), task (六) (heading; reform,
opening up, innovation) and task (七) (heading; jobs and incomes, health, social security)
up to 加强社会保障和服务 (2,115 characters, the line range as briefed).  The excerpt lies in
part 2025年工作安排 (heading on source line 23, outside the excerpt): the plan for 2025.
Lines 16-25 and 1-15 are annotated in wr_xizang_2025 and wr_xizang_2025_b (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xizang_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_xizang_2025_c"
PLACE = "西藏自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xizang_2025.txt"
FIRST, LAST = 42, 52                    # 1-based, inclusive, whole lines
TITLE = "2025年西藏政府工作报告"          # line 1 of the source (as wr_xizang_2025), outside the excerpt
XZ_ALTS = ["西藏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加快农牧业高质高效发展。", ends="托育托幼一体化发展。")
text = g.text
fact = g.with_subject(PLACE, XZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"

# ---- periods (reference date 2025-01-19; 今年 = 2025) -----------------------------------------
# The whole excerpt lies in part 2025年工作安排 (heading on source line 23; 今年，将重点做好以下
# 九个方面工作, source line 27; both outside the excerpt): the plan for 2025.  No line states a
# period before its numbers except line 7 (source 48), whose last sentence opens with 今年
# (explicit, = 2025).  The other numbers take that section frame (SPEC §4), 2025-01-01..
# 2025-12-31, null as alt, with the excerpt's own name of that year, 今年 (line 7), as period
# text (as wr_guangdong_2025_b).  Modality target throughout (plan text: 确保, 实现, 建设, 新建,
# 完成, 安排, 实施).
# - flows of the year (产量, 新建/改造/培育/新增 N, 到位资金, 新增就业, 转移就业, 劳务收入, 安排资金)
#   → the year, null as alt; counts of things to be built or fostered (和美乡村, 经营主体, 安居
#   工程, 老旧小区) → the year with the end instant as a further alt (the set as a stock; as
#   wr_guangdong_2025_b PLAN_SET);
# - levels / shares of a stock to be reached (城镇化率, 90%以上行政村通硬化路) → the instant
#   2025-12-31 (stock rule; as wr_guangdong_2025_b PLAN_END), the year and null as alts;
# - rates of the year's cohort (应届高校毕业生就业率, 区外就业率) → the year, null as alt.
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
PLAN = dict(period=T25, period_alts=[T25_NULL], modality="target")
PLAN_SET = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
PLAN_END = dict(period=T25_END, period_alts=[T25, T25_NULL], modality="target")
FRAME_NOTE = ("2025 plan → target; no period in the line: section frame 2025年工作安排 (2025), "
              "null as alt")
SET_NOTE = FRAME_NOTE + "; things to be built/fostered: the end instant as a further alt"
END_NOTE = ("a level / share of a stock to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")


# ==== line 1 (source 42): 加快农牧业高质高效发展 ===============================================
fact("粮食产量稳定在100万吨以上", "100万吨", value=1e6, unit="t", kind="amount", bound="ge",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食", "粮食总产"], **PLAN,
     note="确保…稳定在…以上 → target; 以上 → ge (outside the span); the 2025 harvest; "
          + FRAME_NOTE)
fact("高标准农田20万亩", "20万亩", value=20e4, unit="mu", kind="amount",
     metric="新建和改造高标准农田",
     metric_alts=["高标准农田", "高标准农田建设面积", "新建和改造高标准农田面积",
                  "高标准农田面积", "建设高标准农田", "新建高标准农田"], **PLAN,
     note="area to be built or upgraded in 2025; 亩 stays mu (SPEC §3); " + FRAME_NOTE)
fact("经营主体20家", "20家", value=20, unit="count", kind="count", classifier="家",
     metric="新型农牧业经营主体",
     metric_alts=new("新型农牧业经营主体", "培育新型农牧业经营主体", "农牧业经营主体",
                     "新型经营主体"), **PLAN_SET,
     note="entities to be fostered (培育) in 2025; " + SET_NOTE)

# ==== line 2 (source 43): 扎实推进高原和美乡村建设 ============================================
g.neg("学习运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村"
      "整治 programme, as wr_anhui_2025_d)")
fact("建设高原和美乡村180个", "180个", value=180, unit="count", kind="count", classifier="个",
     metric="高原和美乡村",
     metric_alts=new("高原和美乡村", "建设高原和美乡村", "和美乡村"), **PLAN_SET,
     note="villages to be built up in 2025; " + SET_NOTE)
fact("实现所有乡镇和90%以上行政村", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="通硬化路行政村比例",
     metric_alts=["行政村通硬化路比例", "通硬化路的行政村比例", "行政村通硬化路率",
                  "通硬化路行政村占比", "行政村通硬化路", "通硬化路"], **PLAN_END,
     note="以上 → ge (outside the span); the share of administrative villages with a paved "
          "road (a share of a stock); " + END_NOTE + "; 所有乡镇 states no number")
g.neg("“一抓两促”", "一抓两促", LABEL_NOTE + " (“一抓两促”, a village-civilisation campaign "
      "name)")
g.neg("“一收入三保障”", "一收入三保障", LABEL_NOTE + " (“一收入三保障”: income plus the three "
      "guarantees of education, health care and housing)")

# ==== line 3 (source 44): 稳步推进新型城镇化建设 ==============================================
fact("常住人口城镇化率达40%以上", "40%", value=40, unit="%", kind="share", bound="ge",
     metric="常住人口城镇化率",
     metric_alts=["城镇化率", "常住人口城镇化水平", "城镇化水平"], **PLAN_END,
     note="达…以上 → ge (outside the span); a rate of the population is a share (SPEC §2) of "
          "a stock; " + END_NOTE)
g.neg("拉萨八廓古城", "八廓", NAME_NOTE.format("八廓 (Barkhor, the old quarter of Lhasa)"))
fact("保障性安居工程1.79万套", "1.79万套", value=17900, unit="count", kind="count",
     classifier="套", metric="新建续建保障性安居工程",
     metric_alts=["保障性安居工程", "新建续建保障性安居工程套数", "保障性安居工程套数",
                  "保障性住房", "新建续建保障性住房"], **PLAN,
     note="units to be built or continued in 2025 (新建续建: the construction work of the "
          "year, so no stock reading); " + FRAME_NOTE)
fact("改造老旧小区70个", "70个", value=70, unit="count", kind="count", classifier="个",
     metric="改造老旧小区",
     metric_alts=["老旧小区", "老旧小区改造", "改造老旧小区数量", "城镇老旧小区改造",
                  "老旧小区数量"], **PLAN,
     note="renovations of 2025; " + FRAME_NOTE)

# ==== line 4 (source 45): (六) ==================================================================
g.neg("(六)加快改革开放", "(六)", MARKER_NOTE)

# ==== line 5 (source 46): 进一步全面深化改革 ====================================================
g.neg("全面深化零基预算", "零基", "reform label 零基预算 (zero-based budgeting), not a quantity "
      "(as wr_anhui_2025)")
g.neg("推进“2+1”财政", "2+1", LABEL_NOTE + " (“2+1”财政综合管理改革, a reform named by its "
      "parts)")
g.neg("“三权分置”", "三权分置", LABEL_NOTE + " (“三权分置”: the separation of ownership, "
      "contract and management rights of rural land)")
g.neg("“三变”改革", "三变", LABEL_NOTE + " (“三变”改革: 资源变资产、资金变股金、农民变股东)")
g.neg("复制推广一批", "一批", "vague quantifier 一批 (README §2), not a quantity")

# ==== line 6 (source 47): 进一步加大开放力度 ====================================================
g.neg("援藏“双招双引”", "双招双引", LABEL_NOTE + " (“双招双引”: 招商引资、招才引智 and their "
      "counterparts), not a count")
fact("到位资金500亿元以上", "500亿元", value=500e8, unit="CNY", kind="amount", bound="ge",
     metric="招商引资到位资金",
     metric_alts=["到位资金", "招商引资到位资金额", "招商引资资金", "招商引资"], **PLAN,
     note="完成…以上 → target; 以上 → ge (outside the span); funds to arrive in 2025; "
          + FRAME_NOTE)

# ==== line 7 (source 48): 进一步提升创新能力 ====================================================
g.neg("(四川天府)", "四川", NAME_NOTE.format("四川, the province, in the school's name "
      "西藏完全中学(四川天府)"))
fact("新增高技能人才2300人", "2300人", value=2300, unit="count", kind="count",
     classifier="人", metric="新增高技能人才",
     metric_alts=["高技能人才", "高技能人才增量", "高技能人才数量增量", "新增高技能人才数量"],
     **PLAN,
     note="新增 N: added in 2025 (indicator 新增技能人才 kept whole, as wr_henan_2025); "
          + FRAME_NOTE)
g.neg("“双清零”", "双清零", LABEL_NOTE + " (“双清零”: no large industrial firm without an R&D "
      "body or R&D activity), a goal word, not a quantity")
g.neg("今年自治区财政", "今年", PERIOD_NOTE + " (= 2025; opens the sentence of 翻一番, and is "
      "the period text of the excerpt's section frame)")
fact("再翻一番", "翻一番", value=2, unit="times", kind="ratio",
     metric="自治区财政科技投入",
     metric_alts=["财政科技投入", "自治区财政科技投入增长倍数", "财政科技投入规模",
                  "科技投入"],
     subject_alts=XZ_ALTS + ["自治区财政", "西藏自治区财政"],
     period=T25, period_alts=[T25_NULL], modality="target",
     note="翻一番 'double once' → the 2025 level is to be 2 times that of 2024: a multiple, "
          "kind ratio 2 times (as nw_cctv_20160918_heilongjiang_2016 / "
          "nw_cctv_20250916_jilin_heilongjiang_2025); 再 ('again') stays outside the span; "
          "comparison null (README §6: non-growth facts; a growth +100% reading is not a "
          "second line); 今年 opens the sentence (explicit, = 2025); target. Known false "
          "alarm: the shared check_gold.py reads 翻一番 as 1")

# ==== line 8 (source 49): (七) ===================================================================
g.neg("(七)更好保障", "(七)", MARKER_NOTE)
fact("安排资金148亿元", "148亿元", value=148e8, unit="CNY", kind="amount",
     metric="民生资金",
     metric_alts=["安排资金", "安排民生资金", "资金", "民生实事资金", "民生投入"], **PLAN,
     note="funds earmarked for the livelihood projects of 2025 (the paragraph is about "
          "people's livelihood; as wr_xizang_2025 落实资金129亿元); " + FRAME_NOTE)
fact("实施民生实事28项", "28项", value=28, unit="count", kind="count", classifier="项",
     metric="民生实事",
     metric_alts=["实施民生实事", "民生实事数量", "民生实事项目"], **PLAN,
     note="projects to be carried out in 2025; " + FRAME_NOTE)

# ==== line 9 (source 50): 全力促进就业增收 ======================================================
fact("城镇新增就业5万人", "5万人", value=50000, unit="count", kind="count", classifier="人",
     metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"], **PLAN,
     note="standard indicator name (新增 part of it); " + FRAME_NOTE)
g.neg("确保零就业家庭", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', "
      "a category, as wr_china_2007_b)")
g.neg("持续动态清零", "清零", "清零 'cleared to zero' (eliminated), a goal word, not a "
      "quantity (as wr_chongqing_2025_c)")
JOB_NOTE = ("确保…以上 → target; a trailing 以上 covers each value it follows; rate of the 2025 "
            "graduates → share, the year")
fact("就业率95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="应届高校毕业生就业率",
     metric_alts=["高校毕业生就业率", "毕业生就业率", "应届高校毕业生就业比例"], **PLAN,
     note=JOB_NOTE + "; " + FRAME_NOTE)
fact("区外就业率12%以上", "12%", value=12, unit="%", kind="share", bound="ge",
     metric="应届高校毕业生区外就业率",
     metric_alts=["区外就业率", "高校毕业生区外就业率", "毕业生区外就业率",
                  "应届高校毕业生区外就业比例"], **PLAN,
     note=JOB_NOTE + "; head 应届高校毕业生 restored (README §3)")
g.neg("千方百计拓展", "千方百计", "idiom 千方百计 'by every means', not a quantity")
fact("转移就业63万人以上", "63万人", value=630000, unit="count", kind="count",
     classifier="人", bound="ge", metric="农牧民转移就业",
     metric_alts=["农牧民转移就业人数", "转移就业", "农村劳动力转移就业"], **PLAN,
     note="实现…以上 → target, ge (outside the span); as wr_xizang_2025 (review: 64.8万人)")
fact("劳务收入68亿元以上", "68亿元", value=68e8, unit="CNY", kind="amount", bound="ge",
     metric="农牧民劳务收入",
     metric_alts=["劳务收入", "农牧民转移就业劳务收入", "转移就业劳务收入"], **PLAN,
     note="实现 shared; 以上 → ge; head 农牧民 restored")

# ==== line 10 (source 51): 提升医疗卫生服务能力 =================================================
g.neg("“五个针对”", "五个针对", LABEL_NOTE + " (“五个针对”, a set of health-work requirements, "
      "as wr_xizang_2025)")
g.neg("“八项行动”", "八项行动", LABEL_NOTE + " (卫生健康“八项行动”, a programme named by its "
      "parts; as wr_xizang_2025) — judgement call; a count of 8 actions is the alternative")

# ==== line 11 (source 52): 加强社会保障和服务 ===================================================
g.neg("“一卡通”", "一卡通", LABEL_NOTE + " (社保卡“一卡通” 'one card for all'), not a count")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_xizang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: part of the report = "
    "the plan for 2025 (part 2025年工作安排, heading on source line 23, outside the excerpt): "
    "task (五) 统筹推进城乡融合发展 (its three paragraphs: agriculture, 高原和美乡村, "
    "urbanisation), task (六) 加快改革开放和全面创新 (heading; reform, opening up, innovation) "
    "and task (七) 更好保障和改善民生 (heading; jobs and incomes, health care, social security) "
    "up to 加强社会保障和服务. Lines 1-15 and 16-25 are annotated in wr_xizang_2025_b and "
    "wr_xizang_2025 (no overlap). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line, as wr_xizang_2025). Date: "
    "2025-01-19, the delivery date in the header (source line 3: ——2025年1月19日在西藏自治区第"
    "十二届人民代表大会第三次会议上); the shared meta agrees. Place: 西藏自治区 (西藏, 全区, 我区, "
    "自治区 → alts; 自治区财政 as a further alt of the 翻一番). Periods: the numbers take the "
    "section frame 2025 (SPEC §4), period text 今年 (the excerpt's own name of the year, line 7), "
    "null as alt; line 7's 今年 opens the 翻一番 sentence (explicit). Counts of things to be "
    "built/fostered (和美乡村, 经营主体) add the end instant as alt; levels / shares of a stock to "
    "be reached (城镇化率, 90%以上行政村通硬化路) → the instant 2025-12-31, the year and null as "
    "alts. Modality: target throughout. Bounds: 以上 → ge; otherwise eq. Units: 万吨 → t; 亩 → "
    "mu; 亿元 → CNY; 翻一番 → 2 times (ratio). Judgement calls: 再翻一番 → ratio 2 times, "
    "comparison null (check_gold.py reads 1: known false alarm); 安排资金148亿元 → metric 民生"
    "资金 (the paragraph's topic); 新建续建保障性安居工程 → the year only (work of the year); "
    "“八项行动”, “五个针对”, “一收入三保障”, “一抓两促”, “2+1”, “双清零”, 零就业(家庭) → labels. "
    "Negatives: 千万工程, 一抓两促, 一收入三保障, 八廓, (六), 零基, 2+1, 三权分置, 三变, 一批, "
    "双招双引, 四川, 双清零, 今年, (七), 零就业, 清零, 千方百计, 五个针对, 八项行动, 一卡通. "
    "Lexicalized, not listed: 进一步, 一体化, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/wr_xizang_2025.txt lines "
        f"{FIRST}–{LAST} (来源：西藏日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
