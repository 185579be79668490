"""Gold annotations for wr_tianjin_2025_d (2025年天津市政府工作报告, the end of the 2025 plan:
agriculture and villages, people's livelihood, the government's own work, the closing), lines
68-83 of shared/texts/work_report/wr_tianjin_2025.txt.

The brief gives lines 68-84; the source has 83 lines (its last line ends with a newline, and
"line 84" is the empty remainder after it), so the excerpt is lines 68-83, the same text: from
line 68 to the end of the file (corpora/annotate.py's write_excerpt refuses a range past the
last line).  The excerpt corpora/wr_tianjin_2025_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the body of task
（六）坚持城乡融合发展，加快推进乡村全面振兴 (its heading, source line 66, and opening line 67
are outside the excerpt: 现代都市型农业, 农村产业增效, 和美乡村, 农村改革), task （七）坚持以高品质
生活为引领，务实发展民生事业 in full (民生保障, 教育, 卫生健康, 文旅体), part 三、努力建设人民满意
政府 in full (政治忠诚, 依法行政, 实干担当, 清廉作风) and the closing paragraph 各位代表！….  All of
it lies in part 二、2025年工作安排 (heading: source line 34, outside the excerpt) and in part 三
(the government's own work in 2025): the plan for 2025.  Lines 7-18 are wr_tianjin_2025
(held out), 20-34 wr_tianjin_2025_c and 55-65 wr_tianjin_2025_b (held out); no overlap.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_tianjin_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_tianjin_2025_d"
SOURCE_ID = "wr_tianjin_2025"
PLACE = "天津市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 68, 83                    # 1-based, inclusive, whole lines (brief: 68-84 = to the end)
TITLE = "2025年天津市政府工作报告"       # line 1 of the source, outside the excerpt
TJ_ALTS = ["天津", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="发展现代都市型农业。", ends="奋力谱写中国式现代化天津篇章！")
assert SRC.read_bytes().endswith(g.text.encode()), "the excerpt is not the end of the source"
text = g.text
fact = g.with_subject(PLACE, TJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
BATCH_NOTE = "vague quantifier 一批 (README §2), not a count"
TWO_WAY = "双向 'two-way' ({}), not a quantity (as wr_anhui_2025_b)"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (source line 34, outside the excerpt; 今年是
# “十四五”规划收官之年, source line 35) and part 三、努力建设人民满意政府 (the government's work in
# 2025): the plan for 2025 → modality target.  No line of the excerpt names a period (no 今年,
# 全年, 年度 or date; 三年 of 三年行动计划 is a plan's name), so every number takes the section
# frame 2025-01-01..2025-12-31 (SPEC §4) with the null reading in period_alts; the period text
# is the heading's 2025年 (as wr_henan_2025_d: that surface lies outside the excerpt, only the
# dates are scored).  Counts of things to be built, added or launched → the year with the end
# instant as a further alt (PLAN_SET, as wr_tianjin_2025_b).  Sets that already exist and are
# only to be run or consolidated (19个国家级农业产业融合发展载体, 368个经济薄弱村) → actual, the
# frame with null, the reference date and the end of 2024 as alts (EXIST, as the 6个国家级经开区
# of wr_tianjin_2025_b).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, P("2025年", REF, REF),
                                      P("2025年", "2024-12-31", "2024-12-31")],
             modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (source line 34), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
EXIST_NOTE = ("judgement call: the size of a set that already exists (the task is to run or "
              "consolidate it), not a goal → actual (as 6个国家级经开区 in wr_tianjin_2025_b); "
              "section frame 2025 with null, the reference date and the end of 2024 as alts; "
              "target is the alternative reading")

# ==== line 1 (source 68): 发展现代都市型农业 =====================================================
g.neg("加快单产提升", "单产", "lexicalized 单产 'yield per unit area', not a quantity (as "
      "wr_anhui_2025_d)")
fact("建设高标准农田30万亩", "30万亩", value=3e5, unit="mu", kind="amount", bound="ge",
     metric="高标准农田",
     metric_alts=["建设高标准农田", "高标准农田建设", "高标准农田面积", "高标准农田建设面积",
                  "新建高标准农田"], **PLAN_SET,
     note="…以上 → ge (以上 outside the span); 亩 stays mu (SPEC §3); " + SET_NOTE)
fact("新建3个环京蔬菜生产基地", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="环京蔬菜生产基地",
     metric_alts=new("环京蔬菜生产基地", "新建环京蔬菜生产基地", "蔬菜生产基地"), **PLAN_SET,
     note="新建 N: to be built in 2025, 增量 alts (README §3); " + SET_NOTE)

# ==== line 2 (source 69): 推进农村产业增效 ======================================================
g.neg("与农货进城双向奔赴", "双向", TWO_WAY.format("双向奔赴 'meet from both directions'"))
fact("建好19个国家级农业产业融合", "19个", value=19, unit="count", kind="count",
     classifier="个", metric="国家级农业产业融合发展载体",
     metric_alts=["农业产业融合发展载体", "国家级农业产业融合发展载体数量", "建好国家级农业产业融合"
                  "发展载体", "国家级农业产业融合载体"], **EXIST,
     note="建好 N: the national-level carriers (already designated) to be built well; "
          + EXIST_NOTE)
fact("培育10家引领型链主企业", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="引领型链主企业",
     metric_alts=new("引领型链主企业", "培育引领型链主企业", "链主企业"), **PLAN_SET,
     note="firms to be fostered in 2025; " + SET_NOTE)
fact("再推出10条乡村旅游精品线路", "10条", value=10, unit="count", kind="count",
     classifier="条", metric="乡村旅游精品线路",
     metric_alts=new("乡村旅游精品线路", "推出乡村旅游精品线路", "再推出乡村旅游精品线路",
                     "乡村旅游线路"), **PLAN_SET,
     note="再推出 N: further routes to be launched in 2025 (增量 alts); " + SET_NOTE)
g.neg("打造一批特色旅游村镇", "一批", BATCH_NOTE)

# ==== line 3 (source 70): 加快和美乡村建设 ======================================================
fact("创成100个乡村振兴示范村", "100个", value=100, unit="count", kind="count",
     classifier="个", metric="乡村振兴示范村",
     metric_alts=new("乡村振兴示范村", "创成乡村振兴示范村", "示范村"), **PLAN_SET,
     note="创成 N: villages to be certified in 2025; " + SET_NOTE)
fact("巩固368个经济薄弱村", "368个", value=368, unit="count", kind="count", classifier="个",
     metric="经济薄弱村",
     metric_alts=["经济薄弱村数量", "经济薄弱村扶持", "扶持经济薄弱村", "巩固经济薄弱村扶持成效",
                  "经济薄弱村扶持成效"], **EXIST,
     note="the villages whose support results are to be consolidated; " + EXIST_NOTE)
g.neg("促进城乡要素双向流动", "双向", TWO_WAY.format("双向流动 'two-way flow'"))

# ==== line 4 (source 71): 深化农村改革 ==========================================================
g.neg("推进第二轮土地承包", "第二轮", "round label 第二轮 (the second round of rural land "
      "contracts), not a count (as wr_henan_2025_c)")
fact("再延长三十年6个", "三十年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后再延长期限",
     metric_alts=["土地承包延长期限", "第二轮土地承包到期后延长期限", "土地承包期延长", "再延长",
                  "延长期限", "土地承包到期后再延长", "土地承包延长",
                  "第二轮土地承包到期后再延长三十年整镇试点"], **PLAN,
     note="judgement call: the extension of the land contracts (再延长三十年) named in the pilot "
          "→ a duration fact, unit year (as 再延长30年 in wr_henan_2025_c / wr_beijing_2025_b); "
          "Chinese numeral 三十 → 30; the pilot is a task for 2025 → target; " + PLAN_NOTE)
fact("三十年6个整镇试点", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="整镇试点",
     metric_alts=["第二轮土地承包到期后再延长三十年整镇试点", "整镇试点数量", "试点镇",
                  "第二轮土地承包到期后再延长三十年试点", "延长三十年整镇试点", "试点"], **PLAN,
     note="whole-town pilots of the extension to be advanced in 2025; " + PLAN_NOTE)

# ==== line 5 (source 72): heading （七） ===========================================================
g.neg("（七）坚持以高品质生活", "（七）", MARKER_NOTE)

# ==== line 6 (source 73): opening of task （七） (no numerals) =====================================

# ==== line 7 (source 74): 做实民生基本保障 ======================================================
fact("（农村幸福院）30个", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="社区型养老服务综合体（农村幸福院）",
     metric_alts=new("社区型养老服务综合体", "社区型养老服务综合体(农村幸福院)", "养老服务综合体",
                     "农村幸福院", "建设社区型养老服务综合体", "社区型养老服务综合体（农村幸福院）数量"),
     **PLAN_SET, note="verb 建设 → to be built in 2025; the bracketed 农村幸福院 (the rural form) "
                      "is part of the counted noun; " + SET_NOTE)
fact("示范型老人家食堂30个", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="示范型老人家食堂",
     metric_alts=new("示范型老人家食堂", "老人家食堂", "建设示范型老人家食堂", "老年食堂"),
     **PLAN_SET, note="verb 建设 shared; " + SET_NOTE)

g.neg("慈善、红十字等事业", "红十字", NAME_NOTE.format("红十字, the Red Cross"))

# ==== line 8 (source 75): 做优教育服务供给 ======================================================
fact("新建改扩建中小学校11所", "11所", value=11, unit="count", kind="count", classifier="所",
     metric="中小学校",
     metric_alts=new("中小学校", "新建改扩建中小学校", "新建、改扩建中小学校", "中小学"),
     **PLAN_SET, note="新建改扩建 N: schools to be built or enlarged in 2025 (增量 alts, as "
                      "wr_tianjin_2025_c); " + SET_NOTE)
fact("新增学位1.62万个", "1.62万个", value=16200, unit="count", kind="count", classifier="个",
     metric="学位", metric_alts=new("学位", "新增学位", "中小学学位", "中小学校学位"),
     **PLAN_SET, note="新增 N: places added in 2025; 1.62万 = 16200; " + SET_NOTE)
g.neg("高职“双高计划”", "双高计划", LABEL_NOTE + " (“双高计划”: the plan for high-level "
      "vocational colleges and majors)")
g.neg("中职“双优计划”", "双优计划", LABEL_NOTE + " (“双优计划”: the plan for excellent "
      "secondary vocational schools and majors)")
g.neg("巩固提升“双一流”", "双一流", LABEL_NOTE + " (“双一流” 'double first-class' "
      "universities and disciplines)")

# ==== line 9 (source 76): 做好卫生健康服务 ======================================================
g.neg("天津医院二期", "二期", PHASE_NOTE.format("二期 (second phase of 协和医学院天津医院)"))
g.neg("中医一附院", "一附院", NAME_NOTE.format("中医一附院, the First Affiliated Hospital of "
      "the TCM university, as wr_tianjin_2025_c"))

# ==== line 10 (source 77): 做活文旅体融合文章 ====================================================
g.neg("做好第四次全国文物普查", "第四次", "edition label of the census (第四次全国文物普查), not a "
      "count")
g.neg("开发一批特色主题旅游线路", "一批", BATCH_NOTE)
g.neg("办好四季主题系列活动", "四季", "四季 'the four seasons' (a themed event series), not a "
      "count claim")
g.neg("加快构建15分钟公共文化服务圈", "15分钟", LABEL_NOTE + " (“15分钟公共文化服务圈” "
      "'fifteen-minute public culture circle', a label, not a measured duration, as "
      "wr_fujian_2025_b 15分钟健身圈 / wr_chongqing_2025)")

# ==== line 11 (source 78): heading of part 三 =====================================================
g.neg("三、努力建设人民满意政府", "三、", MARKER_NOTE + " (part 三 of the report)")

# ==== line 12 (source 79): 筑牢政治忠诚 ===========================================================
g.neg("深刻领悟“两个确立”", "两个确立", LABEL_NOTE + " (political slogan “两个确立”)")
g.neg("坚决做到“两个维护”", "两个维护", LABEL_NOTE + " (political slogan “两个维护”)")

# ==== line 13 (source 80): 推进依法行政 ===========================================================
g.neg("行政执法质量三年行动计划", "三年", "name of a three-year plan or campaign (三年行动计划), "
      "not a duration fact (as wr_henan_2025_d)")
g.neg("开展“八五”普法", "八五", LABEL_NOTE + " (“八五”普法: the eighth five-year legal "
      "awareness campaign, 2021-2025)")
g.neg("编制“十五五”规划", "十五五", "plan label 十五五 (the 15th Five-Year Plan, SPEC §1)")

# ==== line 14 (source 81): 强化实干担当 (no numerals; 进一步 lexicalized) ============================

# ==== line 15 (source 82): 坚守清廉作风 ===========================================================
g.neg("中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_tianjin_2025_c)")
g.neg("一严到底纠治", "一严到底", "idiom 一严到底 'strict all the way', not a quantity")
g.neg("纠治“四风”", "四风", LABEL_NOTE + " (“四风”, the four undesirable work styles, as "
      "wr_china_2019)")
g.neg("一体推进“三不腐”", "三不腐", LABEL_NOTE + " (“三不腐”: 不敢腐、不能腐、不想腐)")

# ==== line 16 (source 83): closing (no numerals) =====================================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code. The brief gives lines "
    "68-84; the source has 83 lines (its final newline leaves an empty 84th piece), so lines "
    "68-83 are the same text, from line 68 to the end of the file (write_excerpt refuses a "
    "range past the last line). The range is given by the brief (a run of whole lines "
    "starting mid-section, as unseen test excerpts are cut). Part of the document: part "
    "二、2025年工作安排 (source line 34, outside the excerpt), the plan for 2025 — the body of "
    "task （六）坚持城乡融合发展… (heading and opening, source lines 66-67, outside: 现代都市型"
    "农业, 农村产业增效, 和美乡村, 农村改革), task （七）坚持以高品质生活为引领… in full (民生保障, "
    "教育, 卫生健康, 文旅体), then part 三、努力建设人民满意政府 in full (the government's own work "
    "in 2025) and the closing paragraph. Lines 7-18 are wr_tianjin_2025, 20-34 "
    "wr_tianjin_2025_c, 55-65 wr_tianjin_2025_b. Title line, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-14, the delivery date in the report's header (source line 3: 2025年1月14日在天津市"
    "第十八届人民代表大会第三次会议上); the shared meta agrees. Place: 天津市 (天津, 全市 → alts). "
    "Periods: no line states a period: section frame 2025 (2025-01-01..2025-12-31, period "
    "text 2025年 of the heading outside the excerpt, null as alt); things to be built, added, "
    "fostered or launched → the year with the end instant as a further alt. Modality: target "
    "throughout, except the existing sets 19个国家级农业产业融合发展载体 and 368个经济薄弱村 "
    "(actual, the frame with null, the reference date and the end of 2024 as alts, judgement "
    "call as 6个国家级经开区 in wr_tianjin_2025_b). Bounds: 30万亩以上 → ge; the rest eq. "
    "Units: 亩 stays mu; 1.62万个 → 16200; 三十年 → 30 year. Judgement calls: 再延长三十年 → a "
    "duration fact of the policy (as wr_henan_2025_c), with 6个整镇试点 a count; the 19 carriers "
    "and 368 villages actual; 农村幸福院 in brackets kept in the counted noun; 15分钟 (公共文化"
    "服务圈), 四季 (主题系列活动), 三年 (行动计划), 一严到底 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体推进), 进一步. Known false alarm of the shared "
    "check_gold.py: it wants period texts in the article, and the frame's 2025年 lies outside "
    "the excerpt (as wr_henan_2025_d).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(brief: 68–84, the end of the file; 来源：天津人大—天津日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
