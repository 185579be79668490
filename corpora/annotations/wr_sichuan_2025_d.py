"""Gold annotations for wr_sichuan_2025_d (2025年四川省政府工作报告, the glossary), lines
86-104 of shared/texts/work_report/wr_sichuan_2025.txt.

The excerpt corpora/wr_sichuan_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 名词解释 and glossary items 1-18 (六大优势
产业 … 省属国有企业“1+8”重点领域改革), 2,029 characters, the line range as briefed.  The
glossary follows the end of the report (各位代表！迎接风险挑战… , source line 85): it is
neither the 2024 review nor the 2025 plan, and it defines terms — most of its numerals are
list markers, dates, plenum labels and programme names; its facts are the counts that
define a policy or programme (6个方面18条措施, 15个产业, 350名左右…).  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_sichuan_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_sichuan_2025_d"
PLACE = "四川省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_sichuan_2025.txt"
FIRST, LAST = 86, 104                   # 1-based, inclusive, whole lines
TITLE = "2025年四川省政府工作报告"
SC_ALTS = ["四川", "全省", "我省"]
GOV_ALTS = SC_ALTS + ["四川省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="名词解释", ends="完善境外国有资产监管体制。")
text = g.text
fact = g.with_subject(PLACE, SC_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (glossary item number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "session label of a plenum (SPEC §1 二十届三中全会), not a quantity"
SET_NOTE = "set label {} (the members are named in the item; README §2 八大), not a count"
HEAD_NOTE = ("headword of the glossary item (the term being defined, a name); its quantities "
             "are annotated in the definition that follows")
DATE_NOTE = PERIOD_NOTE + " (the day the document was issued; governs the clauses after it)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The glossary has no period frame of its own: it is not part of the 2024 review or of the
# 2025 plan, and a definition states what a term means, not what happened in a year.  So:
#   - items 3, 4, 10, 17 open with the day the document was issued (2024年4月7日, …): the
#     day governs the counts after it in the line (SPEC §4), an instant, null as alt;
#   - item 2 says 四川现有…5个 ('Sichuan now has'): 现有 reads as 目前 (SPEC §4) → instant
#     at the reference date 2025-01-20 (alts null..2025-01-20 and null, as 目前 in 001);
#   - items 5, 8, 13, 14, 15 state no period: start and end null (SPEC §4: no section or
#     document period governs a definition).  In item 14, 近3年 sits inside the definition of
#     the programme's target group (近3年…引进的高层次人才): not a frame of the counts after
#     it; its literal SPEC-§4 reading (2022-2024) is kept in period_alts.
# Modality: the counts of issued policies, formed mechanisms and programme structures are
# actual; 要实施…6个重大科技专项 (a plan) and the programme quota 遴选支持350名左右…10个左右
# (numbers to be selected) are target.
REF_NOW = P("现有", REF, REF)
NOW = dict(period=REF_NOW, period_alts=[P("现有", None, REF), P("现有", None, None)])


def day(surface, iso):
    return dict(period=P(surface, iso, iso), period_alts=[P(surface, None, None)])


NONE = dict(period=None)
NEAR3 = dict(period=None, period_alts=[P("近3年", "2022-01-01", "2024-12-31")])

# ==== line 1 (source 86): 名词解释 — no numeral ================================================

# ==== item 1: 六大优势产业 ===================================================================
g.neg("1.六大优势产业", "1.", MARKER_NOTE)
g.neg("1.六大优势产业", "六大", SET_NOTE.format("六大(优势产业)") + "; " + HEAD_NOTE)
g.neg("省委十二届三次全会", "十二届三次全会", SESSION_NOTE)
g.neg("等六大万亿级产业", "六大", SET_NOTE.format("六大(万亿级产业)") + " (as 六大主导产业 "
      "in doc002)")
g.neg("等六大万亿级产业", "万亿级", "class label 万亿级 'trillion-yuan-level' naming the kind "
      "of industry to be built (SPEC §2 threshold, as 千亿级 in doc002), not a fact")

# ==== item 2: 国家先进制造业集群 ==============================================================
g.neg("2.国家先进制造业集群", "2.", MARKER_NOTE)
fact("等5个国家先进制造业集群", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="国家先进制造业集群",
     metric_alts=["国家先进制造业集群数量", "先进制造业集群", "现有国家先进制造业集群",
                  "国家级先进制造业集群"], **NOW,
     note="四川现有…5个 'Sichuan now has five': a stock at the time of the report (现有 as "
          "目前, SPEC §4) → instant 2025-01-20; the five are named before 等")

# ==== item 3: 稳增长“18条” ====================================================================
g.neg("3.稳增长", "3.", MARKER_NOTE)
g.neg("3.稳增长“18条”", "18条", LABEL_NOTE + " (nickname “18条” of the policy); " + HEAD_NOTE)
g.neg("2024年4月7日", "2024年4月7日", DATE_NOTE)
POL18 = dict(subject_alts=GOV_ALTS, **day("2024年4月7日", "2024-04-07"))
POL_NOTE = ("judgement call: N个方面M条措施 = M measures in N areas, both stated quantities → "
            "two counts (as wr_ningxia_2025 6个方面16条经验); the policy issued on {} (the day "
            "governs the line), actual")
fact("等6个方面18条措施", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="稳增长“18条”措施方面",
     metric_alts=["方面", "政策措施方面", "稳增长18条措施方面", "稳增长“18条”方面",
                  "若干政策措施方面", "措施方面"], **POL18,
     note=POL_NOTE.format("2024-04-07"))
fact("6个方面18条措施", "18条", value=18, unit="count", kind="count", classifier="条",
     metric="稳增长“18条”措施",
     metric_alts=["措施", "政策措施", "稳增长18条措施", "稳增长措施", "若干政策措施",
                  "措施数量", "稳增长政策措施"], **POL18,
     note=POL_NOTE.format("2024-04-07"))

# ==== item 4: 稳增长“16条” ====================================================================
g.neg("4.稳增长", "4.", MARKER_NOTE)
g.neg("4.稳增长“16条”", "16条", LABEL_NOTE + " (nickname “16条” of the policy); " + HEAD_NOTE)
g.neg("2024年9月27日", "2024年9月27日", DATE_NOTE)
POL16 = dict(subject_alts=GOV_ALTS, **day("2024年9月27日", "2024-09-27"))
fact("等4个方面16条措施", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="稳增长“16条”措施方面",
     metric_alts=["方面", "政策措施方面", "稳增长16条措施方面", "稳增长“16条”方面",
                  "若干政策措施方面", "措施方面"], **POL16,
     note=POL_NOTE.format("2024-09-27"))
fact("4个方面16条措施", "16条", value=16, unit="count", kind="count", classifier="条",
     metric="稳增长“16条”措施",
     metric_alts=["措施", "政策措施", "稳增长16条措施", "稳增长措施", "若干政策措施",
                  "措施数量", "稳增长政策措施"], **POL16,
     note=POL_NOTE.format("2024-09-27"))

# ==== item 5: “1+3”财政金融互动 ===============================================================
g.neg("5.“1+3”", "5.", MARKER_NOTE)
g.neg("5.“1+3”", "1+3", LABEL_NOTE + " (“1+3”, the name of the policy package: one opinion "
      "plus three kinds of special policies); " + HEAD_NOTE)
g.neg("互动：“1”是指", "1", "label component “1” (the part of the name “1+3” being "
      "explained), not a quantity")
g.neg("“3”是指", "3", "label component “3” (the part of the name “1+3” being explained); "
      "the count itself is 3类 after it")
fact("配套出台的3类专项政策", "3类", value=3, unit="count", kind="count", classifier="类",
     metric="专项政策",
     metric_alts=["配套专项政策", "专项政策类别", "配套出台的专项政策", "专项政策数量",
                  "“1+3”财政金融互动专项政策", "配套专项政策类别"],
     subject_alts=SC_ALTS + ["省级相关部门"], **NONE,
     note="kinds of special policies issued by the provincial departments (the three are "
          "named after 即); no period in the item and none governs the glossary → null")
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (“五篇大文章”, the five major tasks "
      "of finance)")

# ==== items 6, 7: “两重”, “两新” ==============================================================
g.neg("6.“两重”", "6.", MARKER_NOTE)
g.neg("6.“两重”", "两重", LABEL_NOTE + " (“两重”); " + HEAD_NOTE)
g.neg("7.“两新”", "7.", MARKER_NOTE)
g.neg("7.“两新”", "两新", LABEL_NOTE + " (“两新”); " + HEAD_NOTE)

# ==== item 8: 6个重大科技专项 ===================================================================
g.neg("8.6个重大科技专项", "8.", MARKER_NOTE)
g.neg("8.6个重大科技专项", "6个", "judgement call: " + HEAD_NOTE + " (the term “6个重大科技"
      "专项” itself; the count is annotated once, in the definition)")
g.neg("省委十二届五次全会", "十二届五次全会", SESSION_NOTE)
fact("等6个重大科技专项，", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="重大科技专项",
     metric_alts=["实施重大科技专项", "重大科技专项数量", "科技专项", "推进重大科技专项"],
     subject_alts=SC_ALTS + ["省委"], modality="target", **NONE,
     note="要实施 / 全力推进 … 6个重大科技专项: projects the plenum decided to carry out (a "
          "plan) → target; no period governs the glossary → null")
g.neg("突破一批关键核心技术", "一批", "vague quantifier 一批 'a batch of' (README §2)")

# ==== item 9: “线上科创通+线下科创岛”服务模式 ====================================================
g.neg("9.“线上科创通", "9.", MARKER_NOTE)
g.neg("社区生活服务五大功能", "五大", SET_NOTE.format("五大(功能)"))

# ==== item 10: “15+N”重点产业建圈强链 ==========================================================
g.neg("10.“15+N”", "10.", MARKER_NOTE)
g.neg("10.“15+N”", "15+N", LABEL_NOTE + " (“15+N”, the name of the scheme: 15 provincial "
      "chains plus N local ones); " + HEAD_NOTE)
g.neg("2024年7月29日", "2024年7月29日", DATE_NOTE)
fact("等15个产业", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="重点产业",
     metric_alts=["产业", "重点产业链", "“15+N”重点产业", "建圈强链重点产业", "重点产业数量",
                  "产业数量", "重点产业链协同推进机制产业"],
     subject_alts=GOV_ALTS + ["省政府办公厅"], **day("2024年7月29日", "2024-07-29"),
     note="the industries the notice of 2024-07-29 covers (named before 等); the day governs "
          "the line; actual (the mechanism was formed)")

# ==== item 11: 专精特新“小巨人”企业 — only its number ==========================================
g.neg("11.专精特新", "11.", MARKER_NOTE)

# ==== item 12: “智改数转”行动计划 ===============================================================
g.neg("12.“智改数转”", "12.", MARKER_NOTE)
g.neg("2024年10月18日", "2024年10月18日", DATE_NOTE + "; no fact follows it in the item")
g.neg("（2024—2027年）", "2024—2027年", PERIOD_NOTE + " (the span of the action plan in its "
      "title)")
g.neg("到2027年全省", "2027年", PERIOD_NOTE + " (target year of 全覆盖, which states no "
      "number)")

# ==== item 13: EFlops ==========================================================================
g.neg("13.EFlops", "13.", MARKER_NOTE)
g.neg("的一个计量单位", "一个", "indefinite article 一个 'a (unit)', not a count")
fact("每秒进行一百亿亿次", "一百亿亿次", value=1e18, unit="count", kind="count",
     classifier="次", metric="每秒浮点运算次数",
     metric_alts=["浮点运算次数", "每秒进行浮点运算次数", "EFlops每秒浮点运算次数",
                  "浮点运算", "浮点运算能力"],
     subject="EFlops", subject_alts=["1 EFlops", "计算机浮点运算能力"], **NONE,
     note="judgement call: the definition of the unit (1 EFlops = 1e18 floating-point "
          "operations per second) read as a technical magnitude (README §2); 一百亿亿 = 100 × "
          "1e8 × 1e8 = 1e18; the rate per second kept in the metric (SPEC rates: base unit, "
          "rate in metric); no period")
g.neg("（1018次）", "1018次", "parenthetical restatement of 一百亿亿次 as 10¹⁸ whose "
      "superscript was lost in the source (it reads 1018): the same quantity, already "
      "annotated; the literal 1018 would be a wrong value (judgement call)")

# ==== item 14: “天府峨眉计划” ====================================================================
EM = SC_ALTS + ["“天府峨眉计划”", "天府峨眉计划"]
g.neg("14.“天府峨眉计划”", "14.", MARKER_NOTE)
g.neg("四川实施的一项引进", "一项", "indefinite article 一项 'a (programme)', not a count")
g.neg("支持对象为近3年", "近3年", "window inside the definition of the programme's target "
      "group (talents brought in during the last three years): a condition of the set, "
      "not a frame of the counts after it (see the period comment)")
EM_NOTE = ("the structure of the programme (actual); the programme keeps the province as "
           "subject, itself as alt; no period of its own (null), the literal reading of 近3年 "
           "before it in the line in period_alts")
fact("两大类别实施", "两大类别", value=2, unit="count", kind="count", classifier="类别",
     metric="“天府峨眉计划”类别",
     metric_alts=["天府峨眉计划类别", "类别", "实施类别", "大类别", "天府峨眉计划实施类别",
                  "项目类别"], subject_alts=EM, **NEAR3,
     note="judgement call: 分为…两大类别 'divided into two major categories' read as a count "
          "(2, 类别), as 十大类 in wr_qinghai_2025 and next to 3个类别 in the same item, not a "
          "set label like 八大; " + EM_NOTE)
fact("人才专项3个项目", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="前置改革项目",
     metric_alts=["前置改革项目数量", "人才专项", "专项", "“天府峨眉计划”前置改革项目",
                  "天府峨眉计划前置改革项目", "项目"], subject_alts=EM, **NEAR3,
     note="the three special projects (顶尖人才, 创新领军人才, 国防科技领域人才) of the "
          "pre-reform part; " + EM_NOTE)
fact("3个类别9个项目", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="常规项目类别",
     metric_alts=["类别", "常规项目", "“天府峨眉计划”常规项目类别", "天府峨眉计划常规项目类别",
                  "常规项目类别数量"], subject_alts=EM, **NEAR3,
     note="judgement call: N个类别M个项目 = M projects in N categories, two counts (as "
          "6个方面18条措施); " + EM_NOTE)
fact("3个类别9个项目", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="常规项目",
     metric_alts=["项目", "常规项目数量", "“天府峨眉计划”常规项目", "天府峨眉计划常规项目"],
     subject_alts=EM, **NEAR3, note=EM_NOTE)

# ==== item 15: “天府青城计划” ====================================================================
QC = SC_ALTS + ["“天府青城计划”", "天府青城计划"]
g.neg("15.“天府青城计划”", "15.", MARKER_NOTE)
g.neg("四川实施的一项培养", "一项", "indefinite article 一项 'a (programme)', not a count")
g.neg("来川工作3年以上", "3年", "threshold 3年以上 defining the programme's target group "
      "(talents who have worked in Sichuan for three years or more; SPEC §2: a threshold "
      "that defines the set is part of the metric), not a fact")
QC_NOTE = ("the programme's quota (遴选支持 'to select and support') → target; 左右 → approx "
           "(outside the span); the programme keeps the province as subject, itself as alt; "
           "no period (null)")
fact("遴选支持350名左右", "350名", value=350, unit="count", kind="count", classifier="名",
     bound="approx", metric="遴选支持本土高层次人才",
     metric_alts=["本土高层次人才", "支持本土高层次人才", "“天府青城计划”本土高层次人才",
                  "天府青城计划支持本土高层次人才", "高层次人才", "遴选本土高层次人才"],
     subject_alts=QC, modality="target", **NONE, note=QC_NOTE)
fact("和10个左右创新团队", "10个", value=10, unit="count", kind="count", classifier="个",
     bound="approx", metric="遴选支持创新团队",
     metric_alts=["创新团队", "支持创新团队", "“天府青城计划”创新团队", "天府青城计划支持创新团队",
                  "遴选创新团队"],
     subject_alts=QC, modality="target", **NONE, note=QC_NOTE)

# ==== item 16: “天府森林四库” ====================================================================
g.neg("16.“天府森林四库”", "16.", MARKER_NOTE)
g.neg("16.“天府森林四库”", "四库", LABEL_NOTE + " (“天府森林四库”: forest reservoirs of "
      "water, money, food and carbon); " + HEAD_NOTE)
g.neg("2024年9月19日", "2024年9月19日", DATE_NOTE + "; no fact follows it in the item")
g.neg("《建设“天府森林四库”", "四库", LABEL_NOTE + " (the same name, in the document's "
      "title)")

# ==== item 17: 巩固拓展脱贫攻坚成果“1+8”工作方案 =================================================
g.neg("17.巩固拓展", "17.", MARKER_NOTE)
g.neg("攻坚成果“1+8”工作方案：", "1+8", LABEL_NOTE + " (“1+8”, the name of the scheme: one "
      "overall plan plus eight work plans); " + HEAD_NOTE)
g.neg("2024年6月28日", "2024年6月28日", DATE_NOTE)
g.neg("《巩固拓展脱贫攻坚成果“1+8”", "1+8", LABEL_NOTE + " (the same name, in the "
      "document's title)")
PLAN_NOTE = ("judgement call: the quoted parts “1个总体方案” / “8个工作方案” that explain the "
             "name “1+8” state the scheme's make-up → counts (1 overall plan, 8 work plans; "
             "the eight are named after 即); issued on 2024-06-28 (the day governs the line), "
             "actual")
fact("“1个总体方案”", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="总体方案",
     metric_alts=["“1+8”工作方案总体方案", "巩固拓展脱贫攻坚成果总体方案", "总体方案数量"],
     subject_alts=SC_ALTS + ["省委农村工作领导小组"], **day("2024年6月28日", "2024-06-28"),
     note=PLAN_NOTE)
fact("“8个工作方案”", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="工作方案",
     metric_alts=["专项工作方案", "“1+8”工作方案专项工作方案", "工作方案数量",
                  "巩固拓展脱贫攻坚成果工作方案"],
     subject_alts=SC_ALTS + ["省委农村工作领导小组"], **day("2024年6月28日", "2024-06-28"),
     note=PLAN_NOTE)
g.neg("提升“三保障”", "三保障", LABEL_NOTE + " (“三保障”: compulsory education, basic "
      "medical care and housing safety)")

# ==== item 18: 省属国有企业“1+8”重点领域改革 ======================================================
g.neg("18.省属国有企业", "18.", MARKER_NOTE)
g.neg("国有企业“1+8”重点领域改革", "1+8", LABEL_NOTE + " (“1+8”, the name of the reform "
      "package); " + HEAD_NOTE)
g.neg("改革：“1”即", "1", "label component “1” (the part of the name “1+8” being "
      "explained), not a quantity")
g.neg("；“8”即", "8", "label component “8” (the part of the name “1+8” being explained), "
      "not a quantity; the eight tasks are listed after it without a count of their own")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_sichuan_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not "
    "moved), sliced by code: the heading 名词解释 and glossary items 1-18 (六大优势产业 … "
    "省属国有企业“1+8”重点领域改革). Part of the report: the glossary appended after the "
    "report's closing words (source line 85), i.e. neither the 2024 review nor the 2025 "
    "plan; it defines terms used in both. Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-20, the "
    "delivery date in the report's header (source line 3: 2025年1月20日在四川省第十四届人民"
    "代表大会第四次会议上); the corpus meta agrees. Place: 四川省 (四川, 全省, 我省 → alts; the "
    "issuing bodies 省政府, 省委, 省级相关部门, 省委农村工作领导小组 and the programmes "
    "天府峨眉计划 / 天府青城计划 as subject alts); EFlops owns its definition (1e18). "
    "Periods: the glossary has no frame (SPEC §4: null when no section or document period "
    "governs); the issue days 2024年4月7日, 2024年9月27日, 2024年7月29日, 2024年6月28日 govern "
    "the counts after them in their item (instants, null as alt); 现有 (item 2) → instant at "
    "the reference date 2025-01-20 (as 目前); items 5, 8, 13, 14, 15 → null (in item 14 the "
    "literal reading of 近3年, 2022-2024, as alt). Modality: actual for the counts of issued "
    "policies, formed mechanisms and programme structures; target for 要实施…6个重大科技专项 "
    "and the quota 遴选支持350名左右…10个左右. Judgement calls: headwords (稳增长“18条”, “16条”, "
    "6个重大科技专项, “1+3”, “15+N”, “1+8”) are names → negatives, the counts annotated in the "
    "definitions; N个方面M条措施 and 3个类别9个项目 → two counts each; 两大类别 → a count (not a "
    "set label); “1个总体方案” / “8个工作方案” → counts; 一百亿亿次 → 1e18 count (technical "
    "magnitude) and its garbled restatement （1018次） (10¹⁸ without the superscript) a "
    "negative; 六大 / 五大 set labels and 万亿级 a class label (negatives); 近3年 and 3年以上 "
    "conditions of programme target groups (negatives). Negatives: list markers 1.-18. (18), "
    "六大 ×2, 十二届三次全会, 万亿级, 18条, 16条 (nicknames), 2024年4月7日, 2024年9月27日, 1+3, "
    "“1” ×2, “3”, “8”, 五篇大文章, 两重, 两新, 6个 (headword), 十二届五次全会, 一批, 五大, 15+N, "
    "2024年7月29日, 2024年10月18日, 2024—2027年, 2027年, 一个, 1018次, 一项 ×2, 近3年, 3年 (以上), "
    "四库 ×2, 2024年9月19日, 1+8 ×3, 2024年6月28日, 三保障. Lexicalized, not listed: 一体 "
    "(“聚、服、展、孵”一体).")

g.write(date=REF, source=f"shared/texts/work_report/wr_sichuan_2025.txt lines {FIRST}–{LAST} "
        "(来源：四川日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
