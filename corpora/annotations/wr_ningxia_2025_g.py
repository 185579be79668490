"""Gold annotations for wr_ningxia_2025_g (held-out: corpora/heldout/) (2025年宁夏回族自治区政府
工作报告), lines 63-70 of shared/texts/work_report/wr_ningxia_2025.txt.

The excerpt corpora/heldout/wr_ningxia_2025_g.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: task （五）坚持以人民为中心的发展思想… of part
二、2025年目标任务 (heading at source line 39): its heading paragraph (125亿元 for 40 民生实事)
and items 一是 (jobs: training, migrant labour, urban jobs, public-welfare posts), 二是
(incomes, no figures), 三是 (education: school places, enrolment rate, industry colleges),
四是 (health: hospitals to standard, the 3-year paediatric / mental-health programme), 五是
(culture and sport, no figures), 六是 (elderly care and childcare: coverage rates) and 七是
(housing: urban villages, old estates, delivery rate, heating temperature); item 八是 (source
line 71) lies outside.  The lines were fixed by the brief (a run of whole lines starting
anywhere; 2,338 characters with the final newline); lines 10-15, 26-33, 35-44, 17-25, 45-48
and 51-58 are annotated in wr_ningxia_2025, _b, _c, _d, _e and _f (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_ningxia_2025_g.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_ningxia_2025_g"
PLACE = "宁夏回族自治区"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_ningxia_2025.txt"
FIRST, LAST = 63, 70                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年宁夏政府工作报告"
NX_ALTS = ["宁夏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）坚持以人民为中心的发展思想",
                 ends="努力为全区人民安居乐业创造良好条件。")
text = g.text
fact = g.with_subject(PLACE, NX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (README §2)"

# ---- periods (reference date 2025-01-19; 今年/全年/年内 of part 二 = 2025) -----------------------
# The whole excerpt lies in part 二、2025年目标任务 (heading at source line 39, outside the
# excerpt): the tasks of 2025 → modality target (投入, 组织, 实现, 确保, 力争, 新增, 新建, 达到).
# Lines 1-6 (source 63-68) name no period of their own: their numbers take the section frame
# 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (as wr_ningxia_2025_e
# and _f; that surface is not in this excerpt, kept deliberately: dates are what is scored),
# null in period_alts.  Stocks and shares of stocks to be reached (hospitals to standard,
# coverage rates of care facilities) → the instant 2025-12-31, the year and null as alts
# (PLAN_END); things to be added in the year (posts, school places, colleges) → the year, the
# end instant as a further alt (PLAN_SET); rates of the year's performance (enrolment) → the
# year, the end instant as alt.  Line 8 (source 70) names its own periods: 年内 (= 2025,
# explicit) before 6000套; 3年内 (2025-2027) before 1.2万套; 年内 again before the delivery
# rate, inherited by the heating temperature after it.  1.5万户 (old estates) follows 3年内 in
# the line but opens a new campaign sentence (开展住房安全专项行动): read as the 2025 task (the
# frame), the literal inheritance 3年内 (2025-2027) as alt — judgement call.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
NIAN = P("年内", "2025-01-01", "2025-12-31")
THREE = P("3年内", "2025-01-01", "2027-12-31")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年目标任务 (source line 39, 2025), null as alt")
END_NOTE = ("a stock (or share of a stock) to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")
SET_NOTE = PLAN_NOTE + "; things to be added in the year: the end instant as a further alt"
RATE_NOTE = PLAN_NOTE + "; a rate of the year's performance: the end instant as a further alt"


# ==== line 1 (source 63): heading （五） ============================================================
g.neg("（五）坚持以人民", "（五）", MARKER_NOTE)
fact("投入125亿元", "125亿元", value=125e8, unit="CNY", kind="amount",
     metric="民生实事投入",
     metric_alts=["投入", "民生投入", "办好民生实事投入", "群众急难愁盼民生实事投入", "民生实事资金",
                  "民生实事投入资金", "民生事业投入"], **PLAN,
     note="投入 N → the spending planned for the 民生实事 of 2025; 亿元 ×1e8; " + PLAN_NOTE)
fact("办好40件群众", "40件", value=40, unit="count", kind="count", classifier="件",
     metric="群众急难愁盼民生实事",
     metric_alts=["民生实事", "办好民生实事", "民生实事数量", "急难愁盼民生实事",
                  "群众急难愁盼民生实事数量", "办好群众急难愁盼民生实事"], **PLAN,
     note="the 民生实事 to be done in 2025 (as 15件重点民生实事 in wr_chongqing_2025_d); "
          + PLAN_NOTE)

# ==== line 2 (source 64): 一是 jobs ================================================================
g.neg("一是持续深化就业", "一是", MARKER_NOTE)
GE_NOTE = "以上 → ge (outside the span); " + PLAN_NOTE
fact("技能培训2万人以上", "2万人", value=2e4, unit="count", kind="count", classifier="人",
     bound="ge", metric="政府补贴性技能培训",
     metric_alts=["补贴性技能培训", "政府补贴性技能培训人数", "技能培训", "组织政府补贴性技能培训",
                  "职业技能培训", "补贴性职业技能培训"], **PLAN,
     note="people to be trained in 2025; " + GE_NOTE)
fact("转移就业80万人以上", "80万人", value=80e4, unit="count", kind="count", classifier="人",
     bound="ge", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "转移就业", "农村劳动力转移", "转移就业人数"], **PLAN,
     note="metric as wr_ningxia_2025_b (84万人 in 2024); " + GE_NOTE)
fact("城镇新增就业8万人以上", "8万人", value=8e4, unit="count", kind="count", classifier="人",
     bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增城镇就业人数"], **PLAN,
     note="metric as wr_ningxia_2025_b (8.4万人 in 2024); " + GE_NOTE)
fact("公益性岗位2.5万个", "2.5万个", value=2.5e4, unit="count", kind="count", classifier="个",
     metric="公益性岗位",
     metric_alts=new("公益性岗位", "新开发公益性岗位", "新开发各类公益性岗位", "各类公益性岗位"),
     **PLAN_SET, note="新开发 N: posts to be created in 2025 (增量 alts, README §3); " + SET_NOTE)
g.neg("确保零就业家庭", "零", "零就业家庭 'zero-employment households', a category name, not a "
      "quantity (as wr_ningxia_2025_b)")
fact("至少有一人稳定就业", "一人", value=1, unit="count", kind="count", classifier="人",
     bound="ge", metric="零就业家庭稳定就业人数",
     metric_alts=["零就业家庭就业人数", "零就业家庭每户稳定就业人数", "每户稳定就业人数",
                  "稳定就业人数", "零就业家庭稳定就业", "零就业家庭实现就业人数"], **PLAN,
     note="judgement call: 至少一人 is a stated minimum (at least one member in stable work per "
          "zero-employment household), a quantity rather than the article 一 → count 1, 至少 → "
          "ge (outside the span), as wr_hunan_2025_b; 确保 → target; " + PLAN_NOTE)

# ==== line 3 (source 65): 二是 incomes (no facts) ====================================================
g.neg("二是持续深化居民", "二是", MARKER_NOTE)

# ==== line 4 (source 66): 三是 education ==========================================================
g.neg("三是持续深化教育", "三是", MARKER_NOTE)
fact("普通高中学位7200个", "7200个", value=7200, unit="count", kind="count", classifier="个",
     metric="义务教育和普通高中学位",
     metric_alts=new("义务教育和普通高中学位", "新增义务教育和普通高中学位", "学位", "新增学位",
                     "学位数"),
     **PLAN_SET, note="新增 N: school places to be added in 2025 (增量 alts, README §3); "
                      + SET_NOTE)
fact("升学率达到73%以上", "73%", value=73, unit="%", kind="share", bound="ge",
     metric="普通高中升学率",
     metric_alts=["高中升学率", "普通高中升学比例", "升学率", "普通高中毛升学率"],
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="力争…达到…以上 → target, ge (以上 outside the span); the share of the year's "
          "graduates going on: " + RATE_NOTE)
fact("新建10个以上", "10个", value=10, unit="count", kind="count", classifier="个", bound="ge",
     metric="现代产业学院", metric_alts=new("现代产业学院", "新建现代产业学院"), **PLAN_SET,
     note="新建 N个以上: colleges to be set up in 2025 → ge; 增量 alts (README §3); " + SET_NOTE)
g.neg("宁夏大学“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")

# ==== line 5 (source 67): 四是 health ==============================================================
g.neg("四是持续深化医疗", "四是", MARKER_NOTE)
g.neg("改造和第五医院", "第五", "ordinal in a hospital's name (第五医院, the region's Fifth "
      "People's Hospital), not a rank or count")
fact("基层医疗卫生机构100%达到", "100%", value=100, unit="%", kind="share",
     metric="县级综合医院、基层医疗卫生机构达到国家标准比例",
     metric_alts=["县级综合医院、基层医疗卫生机构达标率", "县级综合医院和基层医疗卫生机构达到国家标准比例",
                  "县级综合医院、基层医疗卫生机构达到国家标准的比例", "县级综合医院达标率",
                  "基层医疗卫生机构达标率", "达到国家标准比例", "达标率",
                  "县级综合医院达到国家标准比例", "基层医疗卫生机构达到国家标准比例"], **PLAN_END,
     note="one quantity mention over two sets of institutions → one fact (SPEC §1), the parts as "
          "alts; no bound word → eq; the share of institutions meeting the standard (a share of "
          "a stock): " + END_NOTE)
fact("用3年时间补齐", "3年", value=3, unit="year", kind="amount",
     metric="补齐儿科和精神卫生科短板期限",
     metric_alts=["补齐儿科和精神卫生科短板时间", "儿科和精神卫生科短板补齐期限", "补齐短板期限",
                  "补齐儿科和精神卫生科短板用时", "补齐儿科和精神卫生科短板"],
     period=S25, period_alts=[P("3年时间", "2025-01-01", "2027-12-31"), S25_NULL],
     modality="target",
     note="judgement call: the time limit of the goal (用3年时间补齐… 'within three years'), which "
          "governs no number → a duration, unit year, as 用三年时间 in wr_china_2007_b and 力争3年内 "
          "in wr_ningxia_2025_f (no 内 here → eq); the period reading (a negative, as 用3年时间 "
          "governing counts in wr_yunnan_2025_d) is the alternative; " + PLAN_NOTE + "; the span "
          "2025-2027 as a further alt")
g.neg("停车“四难”问题", "四难", LABEL_NOTE + " (“四难”: the four difficulties 挂号、住院、检查、"
      "停车 just listed), not a count claim")

# ==== line 6 (source 68): 五是 culture and sport (no facts) ========================================
g.neg("五是持续深化文体", "五是", MARKER_NOTE)
g.neg("举办第十九届中国", "第十九届", "edition label of an event (第十九届中国西部民歌（花儿）歌会), "
      "not a count (as 第8届 in wr_yunnan_2025)")
g.neg("世界文化遗产零的突破", "零", "idiom 零的突破 'a first (breaking zero)', not a quantity (as "
      "wr_hebei_2025)")
g.neg("我区首个室内", "首个", FIRST_NOTE)

# ==== line 7 (source 69): 六是 elderly care and childcare ==========================================
g.neg("六是持续深化养老", "六是", MARKER_NOTE)
g.neg("呵护“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young', as "
      "wr_china_2021)")
g.neg("县乡村三级养老", "三级", "tier label 三级 (the three-tier 县乡村 elderly-care network), not a "
      "count (as wr_chongqing_2025_c)")
CARE_NOTE = ("分别: 社区养老服务设施 ↔ 90%, 乡镇（街道）综合养老服务中心 ↔ 60%, 农村老饭桌 ↔ 35%; "
             "覆盖率 shared; a trailing 以上 after a 分别 list covers every value (README §6) → "
             "ge; coverage (a share of a stock): " + END_NOTE)
fact("分别达到90%", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="社区养老服务设施覆盖率",
     metric_alts=["社区养老服务设施覆盖", "社区养老服务覆盖率", "社区养老服务设施覆盖比例"],
     **PLAN_END, note=CARE_NOTE + "; head 覆盖率 restored (README §3)")
fact("90%、60%", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="乡镇（街道）综合养老服务中心覆盖率",
     metric_alts=["乡镇(街道)综合养老服务中心覆盖率", "乡镇综合养老服务中心覆盖率",
                  "综合养老服务中心覆盖率", "街道综合养老服务中心覆盖率",
                  "乡镇（街道）综合养老服务中心覆盖"],
     **PLAN_END, note=CARE_NOTE + "; head 覆盖率 restored (README §3)")
fact("60%、35%", "35%", value=35, unit="%", kind="share", bound="ge",
     metric="农村老饭桌覆盖率", metric_alts=["老饭桌覆盖率", "农村老饭桌", "农村老饭桌覆盖比例"],
     **PLAN_END, note=CARE_NOTE)
g.neg("护理“两项补贴”", "两项补贴", LABEL_NOTE + " (“两项补贴”, the service and nursing "
      "allowances, as wr_china_2019)")
g.neg("都有一个温暖", "一个", "indefinite article 一个 (一个温暖快乐的童年), not a quantity "
      "(README §2)")

# ==== line 8 (source 70): 七是 housing =============================================================
g.neg("七是持续深化住房", "七是", MARKER_NOTE)
g.neg("实施“四好”建设", "四好", LABEL_NOTE + " (“四好”建设计划: 好房子、好小区、好社区、好城区), "
      "not a count")
fact("年内完成6000套", "6000套", value=6000, unit="count", kind="count", classifier="套",
     metric="城中村改造",
     metric_alts=["城中村改造计划", "完成城中村改造", "城中村改造套数", "改造城中村", "城中村改造任务",
                  "城中村改造数量"],
     period=NIAN, period_alts=[S25, S25_NULL], modality="target",
     note="年内 (= 2025) right before it, explicit (as wr_anhui_2025_d / wr_hebei_2025_c); the "
          "units of the 城中村改造专项行动 to be finished in 2025 → target; head 城中村 restored")
g.neg("力争3年内全部", "3年内", PERIOD_NOTE + " (3年内 'within three years', 2025-2027: the "
      "horizon of the 1.2万套 goal it governs; judgement call: not a duration fact here, unlike "
      "力争3年内完成 in wr_ningxia_2025_f, which governs no number)")
g.neg("全部启动五市市辖区", "五市", "collective name of the region's five prefecture-level cities "
      "(as in wr_ningxia_2025_f), part of the owner 五市市辖区, not a count claim")
fact("城中村1.2万套", "1.2万套", value=1.2e4, unit="count", kind="count", classifier="套",
     metric="五市市辖区城中村改造任务",
     metric_alts=["城中村改造任务", "城中村改造", "启动城中村改造", "五市市辖区城中村改造",
                  "城中村改造套数", "启动城中村改造任务", "城中村"],
     subject_alts=NX_ALTS + ["五市市辖区", "五市"],
     period=THREE, period_alts=[P("3年内", "2027-12-31", "2027-12-31"), S25, null("3年内")],
     modality="target",
     note="力争3年内全部启动 → target; the whole task of the urban villages in the districts of "
          "the five cities (1.2万套) to be started over 2025-2027 (3年内 just before it, explicit); "
          "the end instant 2027-12-31, the 2025 frame and null as alts; the region keeps the "
          "subject, 五市市辖区 as alt (README §4)")
fact("改造老旧小区1.5万户", "1.5万户", value=1.5e4, unit="count", kind="count", classifier="户",
     metric="改造老旧小区",
     metric_alts=["老旧小区改造", "老旧小区", "老旧小区改造户数", "改造老旧小区户数", "老旧小区改造套数",
                  "改造老旧小区套数"],
     period=S25, period_alts=[S25_NULL, THREE, S25_END], modality="target",
     note="span number + classifier 户 (the parenthetical （套） gives the other measure word, "
          "outside the span); judgement call on the period: the task of the 住房安全专项行动 of "
          "2025 (the frame, as the other targets) as gold, the literal inheritance of 3年内 "
          "(2025-2027) of the sentence before, null and the end instant as alts")
fact("交付率达到100%", "100%", value=100, unit="%", kind="share",
     metric="保交房项目交付率",
     metric_alts=["既有保交房项目交付率", "保交房项目年内交付率", "既有保交房项目年内交付率",
                  "交付率", "保交房交付率", "年内交付率"],
     period=NIAN, period_alts=[P("年内", "2025-12-31", "2025-12-31"), S25, S25_NULL],
     modality="target",
     note="达到 → eq; the share of the existing projects delivered within 2025 (年内, explicit): "
          "the year, the end instant, the frame and null as alts; target")
g.neg("动态清零专项行动", "清零", "清零 'clear to zero' (eliminate) in the policy phrase 动态清零, "
      "a goal word, not a quantity (as wr_beijing_2025_c)")
fact("全部达到20℃", "20℃", value=20, unit="℃", kind="amount",
     metric="居民起居室供热室温",
     metric_alts=["供热室温", "起居室供热室温", "居民起居室室温", "室温", "居民起居室供热室温常态",
                  "供热室温达标"],
     period=NIAN, period_alts=[S25, S25_NULL], modality="target",
     note="judgement call: the target room temperature itself (力争…全部达到20℃) → a fact, unit "
          "℃ kept as written (SPEC §3 unknown units), kind amount, 达到 → eq; unlike 室温20℃达标率 "
          "in wr_ningxia_2025_b, where 20℃ was the threshold inside a rate's name (negative); "
          "年内 of the sentence before governs (2025), the frame and null as alts")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_ningxia_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Held out: corpora/heldout/. Part of "
    "the document: part 二、2025年目标任务 (heading at source line 39) — the plan for 2025: task "
    "（五）坚持以人民为中心的发展思想… (heading paragraph with the 125亿元 for 40 民生实事) and its "
    "items 一是 (jobs) to 七是 (housing); item 八是 (source line 71) lies outside. Lines 10-15, "
    "26-33, 35-44, 17-25, 45-48 and 51-58 of the source are wr_ningxia_2025 / _b / _c / _d / _e "
    "/ _f (no overlap). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line, as wr_ningxia_2025). Date: "
    "2025-01-19, the delivery date in the report's header (source line 3: ——2025年1月19日在宁夏"
    "回族自治区第十三届人民代表大会第三次会议上); the shared meta agrees. Place: 宁夏回族自治区 "
    "(宁夏, 全区, 我区, 自治区 → alts; 五市市辖区 as alt of the 1.2万套). Periods: lines 1-7 name "
    "no period: the frame 2025 of the heading (period text 2025年, null as alt; the surface is "
    "not in this excerpt — the shared check_gold.py may report 'period.text not in the article', "
    "a known false alarm as in wr_ningxia_2025_f); stocks and shares of stocks (100% of "
    "hospitals to standard, coverage 90%/60%/35%) → instant 2025-12-31 with the year and null "
    "as alts; additions of the year (2.5万个 posts, 7200个 places, 10个 colleges) and the "
    "enrolment rate → the year with the end instant as a further alt; line 8: 年内 (explicit "
    "2025) for 6000套, the delivery rate 100% and the 20℃ after it; 3年内 (2025-2027) for "
    "1.2万套; 1.5万户 read as the 2025 task (3年内 as alt). Modality: target throughout (a "
    "plan). Bounds: 以上 → ge (2万人, 80万人, 8万人, 73%, 10个, and 90%/60%/35% with the trailing "
    "以上 of the 分别 list), 至少 → ge (一人). Units: 亿元 ×1e8; 万人/万个/万套/万户 ×1e4; "
    "用3年时间 → 3 year; 20℃ kept as written. Judgement calls: 至少有一人 → count 1 ge (as "
    "wr_hunan_2025_b); 用3年时间 → duration fact (governs no number; as wr_china_2007_b, "
    "wr_ningxia_2025_f) but 3年内 before 1.2万套 → period negative (it governs the count); "
    "1.5万户 dated to 2025 rather than by the literal 3年内; 100%达到国家标准 → one fact over "
    "two sets of institutions; 全部达到20℃ → a fact (target temperature), not a threshold; 五市, "
    "四难, 四好, 三级, 双一流, 两项补贴, 一老一小 → label negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 头等 (头等大事, no numeral), 每个 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/wr_ningxia_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
