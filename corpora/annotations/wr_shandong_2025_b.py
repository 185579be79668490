"""Gold annotations for wr_shandong_2025_b (2025年山东省政府工作报告, the 2025 plan: culture,
tourism and people's livelihood), lines 65-73 of shared/texts/work_report/wr_shandong_2025.txt
(held out: corpora/heldout/).

The excerpt corpora/heldout/wr_shandong_2025_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the three
paragraphs of task （八） 在担负起新时代的文化使命上下功夫 (精神文明, 文化“两创”, 文旅产业; its
heading is source line 64, outside the excerpt) and task （九） 在保障和改善民生上下功夫 in full
(heading with 20项重点民生实事, jobs, education, health care, elderly and child care, social
security).  All of it lies in part 三、2025年重点工作 (heading on source line 28, outside the
excerpt): the plan for 2025.  Lines 16-25 are annotated in wr_shandong_2025 (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shandong_2025_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shandong_2025_b"
SOURCE_ID = "wr_shandong_2025"
PLACE = "山东省"
REF = "2025-01-20"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 65, 73                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年山东省政府工作报告"       # line 1 of the source, outside the excerpt
SD_ALTS = ["山东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="深入推进城乡精神文明建设。",
                 ends="共同富裕路上，一个也不能掉队。")
text = g.text
fact = g.with_subject(PLACE, SD_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
GRADE_NOTE = "grade / level label {}, not a quantity"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (source line 28, outside the excerpt; 今年是
# “十四五”规划收官之年, source line 24): the plan for 2025 → modality target.  No line of the
# excerpt names a period of its own (no 今年, 全年, 年度 or date), so every number takes the
# section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (as
# wr_henan_2025_d / wr_hunan_2025_b: that surface is not in this excerpt, kept deliberately,
# only the dates are scored), null in period_alts.
# - things to be built, added or certified → the year with the end instant as a further alt
#   (PLAN_SET, as wr_guizhou_2025_c);
# - a share of a stock to be reached (公办幼儿园在园幼儿占比达到63%) → the instant 2025-12-31,
#   the year and null as alts (PLAN_END, as wr_henan_2025_d 公办园在园幼儿超过50%);
# - sizes of existing sets and the duration of an existing policy the plan works with (9个国家
#   区域医疗中心, 240小时过境免签) → actual, the frame with null and the reference date as alts
#   (EXIST, as wr_heilongjiang_2025_c).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, P("2025年", REF, REF),
                                      P("2025年", "2024-12-31", "2024-12-31")],
             modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作 (source line 28), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
EXIST_NOTE = ("judgement call: {} already exist(s) and the plan works with it, not a goal → "
              "actual (as wr_heilongjiang_2025_c EXIST, wr_guizhou_2025_c 5个国家区域医疗中心); "
              "section frame 2025 with null, the reference date and the end of 2024 as alts; "
              "target is the alternative reading")


# ==== line 1 (source 65): 深入推进城乡精神文明建设 =================================================
fact("城乡书房等300个", "300个", value=300, unit="count", kind="count", classifier="个",
     bound="ge", metric="城市艺术综合体、城乡书房",
     metric_alts=new("城市艺术综合体、城乡书房", "新建城市艺术综合体、城乡书房", "城乡书房",
                     "城市艺术综合体", "城市艺术综合体、城乡书房等", "城市艺术综合体和城乡书房"),
     **PLAN_SET, note="以上 → ge (outside the span); one quantity for the listed kinds (等) → "
                      "one fact; " + SET_NOTE)
g.neg("战争胜利80周年", "80周年", "anniversary label (抗日战争暨世界反法西斯战争胜利80周年, the "
      "commemoration), not a quantity claim (as 75周年 in wr_beijing_2025)")

# ==== line 2 (source 66): 深入推进文化“两创” ======================================================
g.neg("深入推进文化“两创”", "两创", LABEL_NOTE + " (“两创”: 创造性转化、创新性发展)")
g.neg("高质量推进第四次", "第四次", "edition label of a survey (第四次全国文物普查), not a count "
      "or rank (as wr_guizhou_2025_c)")
fact("新建5处省级以上", "5处", value=5, unit="count", kind="count", classifier="处",
     metric="省级以上考古遗址公园",
     metric_alts=new("省级以上考古遗址公园", "新建省级以上考古遗址公园", "考古遗址公园"),
     **PLAN_SET, note="省级以上 is a level threshold inside the metric (no numeral); "
                      + SET_NOTE)
g.neg("推进一批文化展示", "一批", VAGUE_NOTE.format("一批 'a batch of'"))

# ==== line 3 (source 67): 深入推进文旅产业高质量发展 ===============================================
g.neg("、“三孔”争创", "三孔", NAME_NOTE.format("“三孔”, the Confucius temple, mansion and "
      "cemetery of 曲阜 as one site"))
g.neg("新增4A级以上景区", "4A级", GRADE_NOTE.format("4A级 (以上), the grade of the scenic "
      "areas counted (as cm_qiandongnan_2023 / wr_guizhou_2025_c)"))
fact("景区10家", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="4A级以上景区",
     metric_alts=new("4A级以上景区", "新增4A级以上景区", "4A级以上旅游景区", "A级景区", "景区"),
     **PLAN_SET, note="新增 N: added in 2025, 增量 alts (README §3); " + SET_NOTE)
g.neg("和千里滨海", "千里", NAME_NOTE.format("千里滨海, the name of a scenic coastal road "
      "(千里 'thousand-li'), as 万里 in README §2"))
fact("用好入境免签和240小时", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签", "过境免签时长", "过境免签政策", "过境免签政策时长", "过境免签停留时长",
                  "过境免签时间", "240小时过境免签政策"],
     subject_alts=SD_ALTS + ["中国"], **EXIST,
     note="duration carried in a policy name (as wr_heilongjiang_2025_c 用好240小时, "
          "wr_hainan_2025_c); 240小时 = 10 day (SPEC §3 小时 = 1/24); "
          + EXIST_NOTE.format("the (national) visa-free transit policy"))

# ==== line 4 (source 68): heading （九） with the 20 projects =========================================
g.neg("（九）在保障", "（九）", MARKER_NOTE)
fact("办好20项重点民生实事", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="重点民生实事",
     metric_alts=["民生实事", "办好重点民生实事", "重点民生实事数量", "民生实事数量"], **PLAN,
     note="the number of livelihood projects to be done in 2025 (unquoted, a count as "
          "wr_xizang_2025 办好21项民生实事); " + PLAN_NOTE)

# ==== line 5 (source 69): 持续促进高质量充分就业 ====================================================
fact("赋能中心15个", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="大学生就业创业赋能中心",
     metric_alts=new("大学生就业创业赋能中心", "新建大学生就业创业赋能中心", "就业创业赋能中心",
                     "赋能中心"), **PLAN_SET, note=SET_NOTE)
g.neg("培育一批省级创业街区", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("打造城市15分钟", "15分钟", "part of the programme name 15分钟生活就业融合服务圈 (the "
      "'15-minute' circle), a label, not a measured duration (as wr_guizhou_2025_c "
      "“15分钟健身圈”)")
fact("职业技能培训40万人次", "40万人次", value=400000, unit="count", kind="count",
     classifier="人次", metric="职业技能培训",
     metric_alts=["开展职业技能培训", "职业技能培训人次", "职业技能培训规模", "培训"], **PLAN,
     note="人次 is a classifier (SPEC §3); " + PLAN_NOTE)
fact("服务残疾人就业2.5万人次", "2.5万人次", value=25000, unit="count", kind="count",
     classifier="人次", metric="服务残疾人就业",
     metric_alts=["残疾人就业", "残疾人就业服务", "服务残疾人就业人次", "残疾人就业服务人次"],
     **PLAN, note="人次 is a classifier (SPEC §3); " + PLAN_NOTE)
g.neg("要千方百计办好", "千方百计", "idiom 千方百计 'by every possible means', not a quantity")

# ==== line 6 (source 70): 持续推动教育优质均衡发展 ==================================================
g.neg("打造一批大思政课", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("在园幼儿占比达到63%", "63%", value=63, unit="%", kind="share",
     metric="公办幼儿园在园幼儿占比",
     metric_alts=["公办园在园幼儿占比", "公办幼儿园在园幼儿比例", "公办幼儿园在园幼儿占比达到",
                  "公办幼儿园在园幼儿占在园幼儿比重", "在园幼儿占比"], **PLAN_END,
     note="达到 → eq; a share of a stock (the children enrolled) to be reached → the instant "
          "at the end of the 2025 frame (stock rule, as wr_henan_2025_d 公办园在园幼儿), the "
          "year and null as alts; target")

# ==== line 7 (source 71): 持续完善医疗服务体系 ======================================================
fact("发挥好9个国家区域医疗中心", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=["国家区域医疗中心数量", "区域医疗中心"], **EXIST,
     note="the centres whose service functions are to be put to good use (发挥好) exist "
          "already; " + EXIST_NOTE.format("the 9 centres"))
fact("争创12个国家临床", "12个", value=12, unit="count", kind="count", classifier="个",
     metric="国家临床重点专科建设项目",
     metric_alts=["国家临床重点专科", "争创国家临床重点专科建设项目", "国家临床重点专科建设项目数量",
                  "临床重点专科建设项目"], **PLAN,
     note="projects to be won (争创) in 2025; " + PLAN_NOTE)
fact("打造10个省级中医康复", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="省级中医康复医疗中心",
     metric_alts=new("省级中医康复医疗中心", "打造省级中医康复医疗中心", "中医康复医疗中心"),
     **PLAN_SET, note=SET_NOTE)
fact("等机构100家", "100家", value=100, unit="count", kind="count", classifier="家",
     metric="医养结合、康复护理等机构",
     metric_alts=new("医养结合、康复护理等机构", "新增医养结合、康复护理等机构", "医养结合机构",
                     "康复护理机构", "医养结合、康复护理机构", "机构"),
     **PLAN_SET, note="新增 N: added in 2025, 增量 alts (README §3); one quantity for the "
                      "listed kinds (等) → one fact; " + SET_NOTE)

# ==== line 8 (source 72): 持续优化养老托育服务供给 ===================================================
g.neg("县、乡、村三级养老", "三级", GRADE_NOTE.format("三级 (the three-tier county-township-"
      "village elderly-care network, as wr_guizhou_2025_c 三级就业服务)"))
fact("养老服务机构200家", "200家", value=200, unit="count", kind="count", classifier="家",
     metric="社区嵌入式养老服务机构",
     metric_alts=new("社区嵌入式养老服务机构", "培育社区嵌入式养老服务机构", "嵌入式养老服务机构",
                     "养老服务机构"), **PLAN_SET, note=SET_NOTE)
fact("新增智慧养老院30家", "30家", value=30, unit="count", kind="count", classifier="家",
     metric="智慧养老院",
     metric_alts=new("智慧养老院", "新增智慧养老院", "养老院"), **PLAN_SET,
     note="新增 N: added in 2025 (新增 distributes over the list), 增量 alts; " + SET_NOTE)
fact("家庭养老床位1万张", "1万张", value=10000, unit="count", kind="count", classifier="张",
     metric="家庭养老床位",
     metric_alts=new("家庭养老床位", "新增家庭养老床位", "养老床位"), **PLAN_SET,
     note="verb 新增 shared; " + SET_NOTE)
fact("适老化改造1.5万户", "1.5万户", value=15000, unit="count", kind="count", classifier="户",
     metric="特殊困难家庭适老化改造",
     metric_alts=["特殊困难家庭", "适老化改造", "适老化改造家庭", "特殊困难家庭适老化改造户数",
                  "新增特殊困难家庭适老化改造", "特殊困难老年人家庭适老化改造"], **PLAN,
     note="households whose homes are to be adapted in 2025 (verb 新增 shared; works of the "
          "year, as wr_guizhou_2025_c 8000户); " + PLAN_NOTE)
fact("友好社区50个", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="认知障碍老年人友好社区",
     metric_alts=new("认知障碍老年人友好社区", "建设认知障碍老年人友好社区", "老年人友好社区",
                     "友好社区"), **PLAN_SET, note=SET_NOTE)
fact("认知障碍床位3000张", "3000张", value=3000, unit="count", kind="count", classifier="张",
     metric="认知障碍床位",
     metric_alts=new("认知障碍床位", "建设认知障碍床位", "床位"), **PLAN_SET,
     note="verb 建设 shared; " + SET_NOTE)
g.neg("招收2-3岁幼儿", "2-3岁", THRESH_NOTE.format("2-3岁幼儿, the age range of the "
      "children kindergartens may admit"))
fact("每人发放1万元助学金", "1万元", value=10000, unit="CNY", kind="amount",
     metric="孤儿助学金",
     metric_alts=["助学金", "孤儿每人助学金", "每人助学金", "助学金标准", "孤儿助学金标准",
                  "符合条件的孤儿助学金", "每人发放助学金"],
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="per-person grant (每人, outside the span, is part of the indicator, as 每人每月 in "
          "wr_guangdong_2025_c); a payment of the year → the frame 2025, null and the end "
          "instant (a standard in force) as alts; target")
g.neg("我们一定传承好", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 9 (source 73): 持续提升社会保障水平 ======================================================
fact("小区改造100万户", "100万户", value=1e6, unit="count", kind="count", classifier="户",
     metric="非直供电小区改造",
     metric_alts=["完成非直供电小区改造", "非直供电小区改造户数", "非直供电小区", "非直供电改造"],
     **PLAN, note="户 is the classifier (SPEC §3 户); works of the year; " + PLAN_NOTE)
g.neg("一个也不能掉队", "一个", "idiom 一个也不能掉队 'not one left behind', not a count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts are "
    "cut). Part of the document: part 三、2025年重点工作 (source line 28, outside the excerpt), "
    "the plan for 2025 — the three paragraphs of task （八） (文化使命; its heading, source line "
    "64, is outside the excerpt) and task （九） 在保障和改善民生上下功夫 in full (heading with the "
    "20 重点民生实事, jobs, education, health care, elderly and child care, social security). "
    "Lines 16-25 are wr_shandong_2025 (no overlap). Title line and source line are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-20, "
    "the delivery date in the report's header (2025年1月20日在山东省第十四届人民代表大会第三次会议"
    "上, per the corpus meta notes); the corpus meta agrees. Place: 山东省 (山东, 全省, 我省 → "
    "alts; 中国 added for the national visa-free policy). Periods: no line states a period: "
    "section frame 2025 (2025-01-01..2025-12-31, null as alt; period text 2025年 of the "
    "heading, not in the excerpt — deliberate, only the dates are scored: the shared "
    "check_gold.py flags it, a known exception as in wr_hunan_2025_b / wr_henan_2025_d); things to be built/added → the year with the end instant as "
    "a further alt; 公办幼儿园在园幼儿占比63% → the instant 2025-12-31 (year and null as alts). "
    "Modality: target throughout, except 9个国家区域医疗中心 and 240小时 (过境免签) — an "
    "existing set and an existing policy → actual (judgement calls). Bounds: 300个以上 → ge; "
    "the rest eq (达到, no bound word). Units: 240小时 → 10 day; 万人次/万张/万户 → counts; "
    "1万元 → CNY. Judgement calls: 20项重点民生实事 → a count (unquoted); 300个 over 城市艺术"
    "综合体、城乡书房等 and 100家 over 医养结合、康复护理等机构 → one fact each; 1万元 per orphan "
    "→ amount, metric 孤儿助学金; 15分钟 (服务圈), 三孔, 千里 (滨海), 4A级, 2-3岁, 三级 → "
    f"labels / thresholds (negatives). Counts: {len(facts)} facts, {len(negs)} negatives. "
    "Negatives: " + ", ".join(negs) + ". Lexicalized, not listed: 单位 (单位办托).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：大众新闻客户端)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
