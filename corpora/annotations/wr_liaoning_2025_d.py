"""Gold annotations for wr_liaoning_2025_d (2025年辽宁省政府工作报告, the 2025 tasks, fourth
excerpt), lines 58-73 of shared/texts/work_report/wr_liaoning_2025.txt.

The excerpt corpora/wr_liaoning_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The line range was given by the brief (it imitates an
unseen test cut and starts mid-task): in part 二、2025年工作安排 (heading on source line 23,
outside), the last two paragraphs of task （七）坚持协同联动，推动区域协调发展 (努力夯实县域
支撑, 提升城市功能品质), task （八）坚持生态优先，加快建设美丽辽宁 in full (污染防治, 生态保护
修复, 绿色转型), task （九）坚持人民至上，全力增进民生福祉 in full (就业, 教育, 健康, 文化, 社会
保障) and task （十）守牢安全底线 up to 推动房地产市场企稳回升 (heading, 金融化险, 地方债务,
房地产), 2,367 characters.  Lines 7-13 (wr_liaoning_2025_c), 16-25 (wr_liaoning_2025) and
33-45 (wr_liaoning_2025_b) are annotated elsewhere (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_liaoning_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_liaoning_2025_d"
PLACE = "辽宁省"
REF = "2025-01-16"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_liaoning_2025.txt"
FIRST, LAST = 58, 73                    # 1-based, inclusive, whole lines
TITLE = "2025年辽宁省政府工作报告"
LN_ALTS = ["辽宁", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="努力夯实县域支撑。",
                 ends="构建房地产发展新模式。")
text = g.text
fact = g.with_subject(PLACE, LN_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label 一期 (README §2), not a quantity"

# ---- periods (reference date 2025-01-16) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 23, outside the
# excerpt; 今年要重点抓好以下十个方面工作 on source line 28): every number is a plan figure for
# 2025 → modality target.  No line of the excerpt states a period of its own (no 今年 / 全年 /
# 年内), so the facts take the section frame 2025-01-01..2025-12-31 (SPEC §4) with the
# heading's period text 2025年 (as wr_liaoning_2025_b), null as alt.  That surface lies
# outside the excerpt (the shared gold/check_gold.py flags the period texts as not in the
# article — accepted, as in wr_liaoning_2025_b; period text is not scored, start/end are).
# Shares of a stock to be reached (绿色矿山占比, the coverage of towns by kindergartens, the
# share of counties meeting a standard) → the instant 2025-12-31 (stock rule; as
# wr_hunan_2025_b), the year and null as alts; flows of work to be done in the year
# (改造, 治理, 营造, 培训, 新增, 建设) and annual means (PM2.5, 优良天数比例) → the year.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 二、2025年工作安排 (outside the excerpt), null as alt")
END_NOTE = ("a share of a stock to be reached (SPEC §4) → the instant at the end of the 2025 "
            "frame, the year and null as alts; " + PLAN_NOTE)


# ==== line 1 (source 58): 努力夯实县域支撑 ========================================================
# 一体 (一体发展) is lexicalized, not listed.
COUNTY_NOTE = ("培育壮大 distributes over the list: counties / towns to be fostered in 2025, "
               "each number with its own classifier 个; 增量 alts (README §3); " + PLAN_NOTE)
g.neg("工业单项冠军县", "单项", "单项 in the title 单项冠军 ('single-product champion'), not a "
      "quantity (as wr_hunan_2025_c)")
fact("工业单项冠军县5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="工业单项冠军县",
     metric_alts=new("工业单项冠军县", "培育壮大工业单项冠军县", "单项冠军县"), **PLAN,
     note=COUNTY_NOTE)
fact("工业强县5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="工业强县",
     metric_alts=new("工业强县", "培育壮大工业强县", "强县"), **PLAN, note=COUNTY_NOTE)
fact("消费品工业特色镇10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="消费品工业特色镇",
     metric_alts=new("消费品工业特色镇", "培育壮大消费品工业特色镇", "工业特色镇", "特色镇"),
     **PLAN, note=COUNTY_NOTE)

# ==== line 2 (source 59): 提升城市功能品质 ========================================================
fact("城市危旧房改造3.5万套", "3.5万套", value=35000, unit="count", kind="count",
     classifier="套", metric="城中村改造和城市危旧房改造",
     metric_alts=["城中村改造和城市危旧房", "城中村和城市危旧房改造", "城中村改造和危旧房改造",
                  "城市危旧房改造", "危旧房改造", "城中村改造", "开展城中村改造和城市危旧房改造",
                  "城中村改造和城市危旧房改造套数"], **PLAN,
     note="one number over two programmes (城中村改造和城市危旧房改造 … 3.5万套) → one fact "
          "(SPEC §1), the parts as alts; 套 = dwellings; " + PLAN_NOTE)
fact("改造老旧小区500个", "500个", value=500, unit="count", kind="count", classifier="个",
     metric="老旧小区",
     metric_alts=["改造老旧小区", "老旧小区改造", "改造老旧小区数量", "城镇老旧小区"], **PLAN,
     note="metric as 改造老旧小区813个 in wr_liaoning_2025; " + PLAN_NOTE)
fact("老旧管网4600公里", "4600公里", value=4600e3, unit="m", kind="amount",
     metric="老旧管网",
     metric_alts=["改造老旧管网", "老旧管网改造", "老旧管网长度", "老旧管网改造长度"], **PLAN,
     note="verb 改造 shared; 公里 = 1e3 m; metric as 老旧管网5305公里 in wr_liaoning_2025; "
          + PLAN_NOTE)

# ==== line 3 (source 60): heading （八） ============================================================
g.neg("（八）坚持生态优先", "（八）", MARKER_NOTE)

# ==== line 4 (source 61): 深入推进污染防治攻坚 =====================================================
g.neg("确保PM2.5平均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity")
fact("低于34微克/立方米", "34微克/立方米", value=34, unit="微克/立方米", kind="amount",
     bound="lt", metric="PM2.5平均浓度",
     metric_alts=["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度"], **PLAN,
     note="确保 → target; 低于 → lt (outside the span); an annual mean → the year; μg/m³ has "
          "no canonical unit → kept as written (SPEC §3; as wr_hunan_2025_b); " + PLAN_NOTE)
fact("稳定在88.3%", "88.3%", value=88.3, unit="%", kind="share", bound="ge",
     metric="空气质量优良天数比例",
     metric_alts=["优良天数比例", "空气质量优良天数比率", "优良天数比率", "空气优良天数比例"],
     **PLAN,
     note="确保 governs the clause → target; 稳定在…以上 → ge (以上 outside the span); a rate "
          "of the year (share of days) → the year; " + PLAN_NOTE)
g.neg("劣Ⅴ类水质", "Ⅴ类", "water-quality class label (劣Ⅴ类, worse than class Ⅴ), not a "
      "quantity (as wr_hunan_2025_b)")

# ==== line 5 (source 62): 持续抓好生态保护修复 =====================================================
g.neg("深入推进“三北”", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity")
fact("综合治理330万亩", "330万亩", value=330e4, unit="mu", kind="amount",
     metric="林草生态修复、沙化耕地等综合治理",
     metric_alts=["综合治理", "林草生态修复、沙化耕地综合治理", "综合治理面积",
                  "科尔沁沙地综合治理", "林草生态修复和沙化耕地综合治理", "沙化耕地综合治理",
                  "林草生态修复"], **PLAN,
     note="one area over the works listed (林草生态修复、沙化耕地等综合治理) → one fact, parts "
          "as alts; 亩 stays mu; under 科尔沁沙地歼灭战 (alt, as wr_liaoning_2025); "
          + PLAN_NOTE)
fact("营造林110万亩", "110万亩", value=110e4, unit="mu", kind="amount", metric="营造林",
     metric_alts=["营造林面积", "造林", "完成营造林", "造林面积"], **PLAN,
     note="metric as 营造林174万亩 in wr_liaoning_2025; " + PLAN_NOTE)
fact("小流域综合治理60万亩", "60万亩", value=60e4, unit="mu", kind="amount", bound="ge",
     metric="小流域综合治理",
     metric_alts=["完成小流域综合治理", "小流域综合治理面积", "小流域治理"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("全面完成43.7万亩", "43.7万亩", value=43.7e4, unit="mu", kind="amount",
     metric="废弃矿山复绿任务",
     metric_alts=["废弃矿山复绿", "废弃矿山复绿治理", "矿山复绿", "完成废弃矿山复绿任务",
                  "废弃矿山复绿面积", "废弃矿山复绿任务面积"], **PLAN,
     note="全面完成 N 万亩…任务 → eq; the area of the reclamation task to be finished in 2025; "
          + PLAN_NOTE)
fact("绿色矿山占比达到75%", "75%", value=75, unit="%", kind="share", bound="ge",
     metric="绿色矿山占比",
     metric_alts=["绿色矿山比例", "绿色矿山比重", "绿色矿山占矿山比重"], **PLAN_END,
     note="达到…以上 → ge (以上 outside the span); the share of the mines that are green "
          "mines (a share of a stock): " + END_NOTE)

# ==== line 6 (source 63): 加快发展方式绿色转型 =====================================================
g.neg("庄河核电一期", "一期", PHASE_NOTE + " (庄河核电一期, phase 1 of a nuclear plant)")
g.neg("推动能耗双控", "双控", LABEL_NOTE + " (能耗双控: control of total energy use and "
      "energy intensity), not a count")
g.neg("转向碳排放双控", "双控", LABEL_NOTE + " (碳排放双控: control of total emissions and "
      "emission intensity), not a count")

# ==== line 7 (source 64): heading （九） ============================================================
g.neg("（九）坚持人民至上", "（九）", MARKER_NOTE)
# 清单 (需求清单, 责任清单) is lexicalized, not listed.

# ==== line 8 (source 65): 强化就业优先导向 =========================================================
fact("职业技能培训21万人次", "21万人次", value=210000, unit="count", kind="count",
     classifier="人次", metric="职业技能培训",
     metric_alts=["开展职业技能培训", "职业技能培训人次", "职业技能培训规模", "技能培训"],
     **PLAN, note="人次 is a classifier (SPEC §3); " + PLAN_NOTE)
g.neg("零就业家庭动态清零", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in "
      "work', a category name; as wr_hunan_2025)")
g.neg("零就业家庭动态清零", "清零", "清零 'clear to zero' (eliminate) in the policy phrase "
      "动态清零, a goal word, not a quantity (as other golds)")
g.neg("我们一定要努力", "一定", "adverb 一定 'certainly', not a quantity (as wr_liaoning_2025_b)")

# ==== line 9 (source 66): 办好人民满意教育 =========================================================
# 一体化 (思政课一体化改革创新) is lexicalized, not listed.
fact("优质公办幼儿园覆盖92%乡镇", "92%", value=92, unit="%", kind="share",
     metric="优质公办幼儿园乡镇覆盖率",
     metric_alts=["优质公办幼儿园覆盖乡镇比例", "优质公办幼儿园覆盖率", "优质公办幼儿园覆盖乡镇",
                  "优质公办幼儿园覆盖乡镇的比例", "乡镇优质公办幼儿园覆盖率", "覆盖乡镇比例"],
     **PLAN_END,
     note="the share of towns with a good public kindergarten (coverage, a share of a stock): "
          + END_NOTE)
fact("，50%县区", "50%", value=50, unit="%", kind="share",
     metric="基本达到义务教育优质均衡标准的县区比例",
     metric_alts=["县区基本达到义务教育优质均衡标准比例", "义务教育优质均衡县区比例",
                  "基本达到义务教育优质均衡标准的县区占比", "达到义务教育优质均衡标准县区比例",
                  "县区比例", "义务教育优质均衡标准"],
     **PLAN_END,
     note="the share of counties/districts meeting the compulsory-education standard (a share "
          "of a stock of units): " + END_NOTE)
fact("招生计划万名", "万名", value=10000, unit="count", kind="count", classifier="名",
     bound="ge", metric="优质特色普通高中招生计划",
     metric_alts=new("优质特色普通高中招生计划", "新增优质特色普通高中招生计划",
                     "优质特色普通高中招生", "普通高中招生计划", "优质特色普通高中招生名额",
                     "招生计划"), **PLAN,
     note="万名 = 10,000 places (a quantity with classifier 名, not the label 万名 of a "
          "campaign); 以上 → ge (outside the span); places added (新增) in 2025, 增量 alts "
          "(README §3); " + PLAN_NOTE)

# ==== line 10 (source 67): 提升全民健康水平 ========================================================
g.neg("深化“三医”协同", "三医", LABEL_NOTE + " (“三医”: 医疗, 医保, 医药; as 三医联动 in "
      "wr_hunan_2025_b)")
fact("建设提升村卫生室3500所", "3500所", value=3500, unit="count", kind="count",
     classifier="所", metric="村卫生室",
     metric_alts=["建设提升村卫生室", "村卫生室建设提升", "村卫生室数量", "建设村卫生室",
                  "提升村卫生室"], **PLAN,
     note="clinics to be built or upgraded in 2025; " + PLAN_NOTE)
fact("临床重点专科100个", "100个", value=100, unit="count", kind="count", classifier="个",
     bound="ge", metric="临床重点专科",
     metric_alts=new("临床重点专科", "新增临床重点专科", "重点专科"), **PLAN,
     note="以上 → ge (outside the span); 新增 → 增量 alts (README §3); " + PLAN_NOTE)

# ==== line 11 (source 68): 传承发展优秀文化 ========================================================
g.neg("辽宁“六地”红色文化", "六地", LABEL_NOTE + " (“六地”: Liaoning's six red-history sites "
      "and roles), not a count")
g.neg("做好第四次文物普查", "第四次", "edition label of a survey (第四次文物普查, the fourth "
      "national cultural-relics census), not a count")

# ==== line 12 (source 69): 提高社会保障能力 ========================================================
g.neg("县乡村三级养老服务网络", "三级", "tier label 三级 (county, township, village: the "
      "three levels named before it), not a count")

# ==== line 13 (source 70): heading （十） ===========================================================
g.neg("（十）守牢安全底线", "（十）", MARKER_NOTE)

# ==== line 14 (source 71): 巩固金融化险改革成果 (no numerals) ======================================

# ==== line 15 (source 72): 防范化解地方债务风险 ====================================================
g.neg("深化零基预算改革", "零基", "零基预算 'zero-based budgeting', a name, not a quantity "
      "(as wr_hunan_2025)")
g.neg("兜牢基层“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生, 保工资, 保运转), not a "
      "count")
# 一般 (一般性支出) is lexicalized, not listed.

# ==== line 16 (source 73): 推动房地产市场企稳回升 ==================================================
# 两端 (供需两端) is lexicalized, not listed.

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_liaoning_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief (it imitates an unseen test cut, starting mid-task without a "
    "heading): in part 二、2025年工作安排 (the plan for 2025), the last two paragraphs of task "
    "（七） (县域支撑, 城市功能品质), tasks （八） (污染防治, 生态修复, 绿色转型) and （九） (就业, "
    "教育, 健康, 文化, 社会保障) in full, and task （十） up to 推动房地产市场企稳回升. Lines 7-13, "
    "16-25 and 33-45 are annotated in wr_liaoning_2025_c, wr_liaoning_2025 and "
    "wr_liaoning_2025_b (no overlap). Title, dateline and the heading of part 二 are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-16, "
    "the date in the report's header (source line 2: ——2025年1月16日省长 李乐成在辽宁省第十四届"
    "人民代表大会第三次会议上的讲话), as wr_liaoning_2025 (the shared meta gives only the year "
    "2025). Place: 辽宁省 (辽宁, 全省, 我省 → alts). Periods: every number is a plan figure "
    "for 2025 and no line of the excerpt states a period, so the facts take the section frame "
    "2025-01-01..2025-12-31 with the heading's period text 2025年, null as alt (that surface "
    "lies outside the excerpt: the shared check_gold.py reports the period texts as not in "
    "the article, as for wr_liaoning_2025_b; period text is not scored); shares of a stock to "
    "be reached (绿色矿山占比, 优质公办幼儿园覆盖92%乡镇, 50%县区 meeting the standard) → the "
    "instant 2025-12-31, the year and null as alts; PM2.5 and 优良天数比例 (annual rates) → "
    "the year. Modality: target throughout (培育, 开展, 改造, 确保, 完成, 新增, 建设 in the "
    "plan). Bounds: 以上 → ge (88.3%, 60万亩, 75%, 万名, 100个); 低于 → lt (34微克/立方米). "
    "Units: 万亩 → mu; 公里 → m; 微克/立方米 kept as written; 人次 → classifier; 万名 → 10,000 "
    "(classifier 名). Judgement calls: 城中村改造和城市危旧房改造3.5万套 and 林草生态修复、沙化"
    "耕地等综合治理330万亩 → one fact each over the listed parts; 万名(以上) → a count of "
    "enrolment places; the coverage/standard shares (92%, 50%) → stock instants; 三级 (县乡村"
    "三级养老服务网络) → tier label. Negatives: 单项, （八）, PM2.5, Ⅴ类, 三北, 一期, 双控 ×2, "
    "（九）, 零就业, 清零, 一定, 三医, 六地, 第四次, 三级, （十）, 零基, 三保. Lexicalized, not listed: "
    "一体 (一体发展), 清单 ×2, 一体化, 一般, 两端.")

g.write(date=REF, source=f"shared/texts/work_report/wr_liaoning_2025.txt lines {FIRST}–{LAST} "
        "(2025年辽宁省政府工作报告, 来源：辽宁日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
