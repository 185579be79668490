"""Gold annotations for wr_anhui_2025_e (held-out: corpora/heldout/), 2025年安徽省政府工作报告,
the 2025 tasks (science and talent, industry, the start of reform), lines 48-59 of
shared/texts/work_report/wr_anhui_2025.txt.

The excerpt corpora/heldout/wr_anhui_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the last
three paragraphs of task （二） 下好创新先手棋 (产学研融合, 教育, 人才兴皖; the task's heading and
first paragraph, source lines 46-47, are outside), task （三） 因地制宜发展新质生产力 in full
(heading, 先进制造业集群, 新兴产业, 未来产业, 传统产业, 现代服务业, 数字经济) and the heading and
first paragraph of task （四） 经济体制改革 (国资国企).  All of it lies in part 三、2025年重点工作
(heading on source line 40, outside the excerpt): the plan for 2025.  Lines 6-16, 18-24,
33-46 and 67-77 are annotated in wr_anhui_2025 / _c / _b / _d (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_anhui_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_anhui_2025_e"
PLACE = "安徽省"
REF = "2025-01-20"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_anhui_2025.txt"
FIRST, LAST = 48, 59                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年安徽省政府工作报告"       # line 1 of the source, outside the excerpt
AH_ALTS = ["安徽", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加强企业主导的产学研深度融合。",
                 ends="支持优势企业提升技术原创能力。")
text = g.text
fact = g.with_subject(PLACE, AH_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
GEN_NOTE = ("一代 of 新一代 'new generation' ({}), a label inside a name, not a count (as "
            "新一代信息技术 in other golds)")
TWO_IND = (LABEL_NOTE + " (两业融合: the integration of advanced manufacturing and modern "
           "services, as in other golds)")
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 亿元以上项目), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 40, outside the
# excerpt): the plan for 2025 → modality target (新培育, 建设, 新增, 争创, 实施, 培育, 达…).
# No line of the excerpt states a period of its own (no 今年, 全年, 年内 or date), so every
# number takes that section frame (SPEC §4), 2025-01-01..2025-12-31, with the heading's period
# text 2025年 and null in period_alts (as wr_anhui_2025_b, wr_hunan_2025_d; the surface is
# outside the excerpt, period text is not scored).  Things to be newly fostered, built or
# added take the year with the end instant as a further alt (PLAN_SET, as wr_anhui_2025_d);
# projects to be carried out in the year keep the year with null (PLAN); a level to be
# reached (智能算力规模达2万P, a stock) is the instant 2025-12-31 with the year and null as
# alts (PLAN_END, as wr_gansu_2025_d 算力规模突破10万P).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作 (source line 40, 2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be fostered/built/added: the end instant as a further alt"
END_NOTE = ("a level to be reached (a stock) → the instant 2025-12-31 (stock rule), the year "
            "and null as alts; " + PLAN_NOTE)


# ==== line 1 (source 48): 加强企业主导的产学研深度融合 ==============================================
fact("新培育科技领军企业10家以上", "10家", value=10, unit="count", kind="count",
     classifier="家", bound="ge", metric="科技领军企业",
     metric_alts=new("科技领军企业", "新培育科技领军企业", "领军企业"), **PLAN_SET,
     note="以上 → ge (outside the span); firms to be newly fostered (新培育) in 2025: the "
          "counted noun, 增量 alts (README §3); " + SET_NOTE)
fact("新培育科技型中小企业3000家以上", "3000家", value=3000, unit="count", kind="count",
     classifier="家", bound="ge", metric="科技型中小企业",
     metric_alts=new("科技型中小企业", "新培育科技型中小企业", "专精特新科技型中小企业"),
     **PLAN_SET, note="以上 → ge (outside the span); 新培育 N: " + SET_NOTE)
g.neg("建设一批概念验证中心", "一批", VAGUE_NOTE)
g.neg("拓展“三首”“三新”", "三首", LABEL_NOTE + " (“三首” products: 首台套、首批次、首版次, "
      "first units, batches and versions), not a count")
g.neg("“三首”“三新”产品", "三新", LABEL_NOTE + " (“三新” products: new technologies, new "
      "products, new scenarios), not a count")
g.neg("“双创汇”等平台", "双创", LABEL_NOTE + " (双创 = 大众创业、万众创新, in the platform name "
      "“双创汇”), not a count")

# ==== line 2 (source 49): 提升教育服务高质量发展能力 ================================================
g.neg("“双一流”学科培育", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines, as wr_henan_2025)")
fact("建设省级现代产业学院50个", "50个", value=50, unit="count", kind="count",
     classifier="个", metric="省级现代产业学院",
     metric_alts=new("省级现代产业学院", "建设省级现代产业学院", "现代产业学院", "产业学院"),
     **PLAN_SET, note="colleges to be built (建设) in 2025 → 增量 alts (README §3); " + SET_NOTE)

# ==== line 3 (source 50): 深入实施人才兴皖工程 ======================================================
fact("新培育高技能人才12万人", "12万人", value=120000, unit="count", kind="count",
     classifier="人", metric="高技能人才",
     metric_alts=new("高技能人才", "新培育高技能人才", "技能人才", "高技能人才人数"),
     **PLAN_SET, note="people to be newly trained (新培育) in 2025 → 增量 alts (README §3); "
                      + SET_NOTE)

# ==== line 4 (source 51): heading （三） (no facts) ==================================================
g.neg("（三）因地制宜", "（三）", MARKER_NOTE)
g.neg("紧盯新一轮科技革命", "一轮", "新一轮 'a new round', not a count")
g.neg("加快“四链”融合", "四链", LABEL_NOTE + " (“四链”: 创新链、产业链、资金链、人才链, as "
      "doc002)")
g.neg("实数融合、两业融合，", "两业", TWO_IND)

# ==== line 5 (source 52): 建设具有国际竞争力的先进制造业集群 ==========================================
g.neg("实施新一代光储等", "一代", GEN_NOTE.format("新一代光储, the next generation of PV and "
      "storage"))
fact("创新攻关项目30个以上", "30个", value=30, unit="count", kind="count", classifier="个",
     bound="ge", metric="创新攻关项目",
     metric_alts=["新一代光储等创新攻关项目", "光储创新攻关项目", "实施创新攻关项目",
                  "攻关项目", "创新攻关项目数量"], **PLAN,
     note="以上 → ge (outside the span); projects to be carried out (实施) in 2025 in the "
          "PV and storage cluster; " + PLAN_NOTE)
NEWFIRM = ("新增 distributes: 高新技术企业 ↔ 3000家, 专精特新企业 ↔ 1000家左右; firms to be "
           "added in 2025 → 增量 alts (README §3); ")
fact("新增高新技术企业3000家", "3000家", value=3000, unit="count", kind="count",
     classifier="家", metric="高新技术企业",
     metric_alts=new("高新技术企业", "新增高新技术企业", "高新技术企业净增"), **PLAN_SET,
     note=NEWFIRM + SET_NOTE)
fact("专精特新企业1000家左右", "1000家", value=1000, unit="count", kind="count",
     classifier="家", bound="approx", metric="专精特新企业",
     metric_alts=new("专精特新企业", "新增专精特新企业", "专精特新中小企业"), **PLAN_SET,
     note="左右 → approx (outside the span); " + NEWFIRM + SET_NOTE)
g.neg("争创制造业单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "a label, not a count (as wr_fujian_2025)")
CHAMP = ["制造业单项冠军企业和链主企业", "单项冠军和链主企业", "制造业单项冠军", "单项冠军",
         "链主企业", "争创制造业单项冠军和链主企业", "制造业单项冠军和链主企业数量",
         "制造业单项冠军和链主企业增量"]
fact("链主企业10家左右", "10家", value=10, unit="count", kind="count", classifier="家",
     bound="approx", metric="制造业单项冠军和链主企业", metric_alts=CHAMP, **PLAN_SET,
     note="左右 → approx (outside the span); one number over the pair (单项冠军和链主企业) → "
          "one fact, the parts as alts; firms to win the designation (争创) in 2025; "
          + SET_NOTE)

# ==== line 6 (source 53): 实施新兴产业集群发展工程 (no facts) ========================================
g.neg("巩固提升新一代信息", "一代", GEN_NOTE.format("新一代信息和通信技术产业"))
g.neg("布局建设一批省级", "一批", VAGUE_NOTE)

# ==== line 7 (source 54): 实施未来产业培育工程 (no facts) ============================================
g.neg("在首批省级先导区", "首批", "first-of-kind label 首批 'first batch' (README §2), not a "
      "rank or count")
g.neg("先导区落地一批", "一批", VAGUE_NOTE)
g.neg("启动筹建第二批", "第二批", "batch label 第二批 (second batch of pilot zones), not a "
      "rank or count (as in other golds)")

# ==== line 8 (source 55): 加快传统产业改造升级 ======================================================
g.neg("实施亿元以上技改", "亿元", THRESH_NOTE)
fact("技改项目1200项以上", "1200项", value=1200, unit="count", kind="count",
     classifier="项", bound="ge", metric="亿元以上技改项目",
     metric_alts=["技改项目", "实施亿元以上技改项目", "亿元以上技改项目数量", "技术改造项目",
                  "亿元以上技术改造项目"], **PLAN,
     note="以上 → ge (outside the span); the threshold 亿元以上 is part of the metric (SPEC §2, "
          "as 亿元以上重点项目 in wr_anhui_2025_b); projects to be carried out in 2025; "
          + PLAN_NOTE)
g.neg("“两个全覆盖”", "两个全覆盖", LABEL_NOTE + " (“两个全覆盖”, the name of a stage goal of "
      "the digital transformation of manufacturing), not a count")
g.neg("引育一批深耕", "一批", VAGUE_NOTE)
fact("培育工业精品100个以上", "100个", value=100, unit="count", kind="count",
     classifier="个", bound="ge", metric="工业精品",
     metric_alts=new("工业精品", "培育工业精品"), **PLAN_SET,
     note="以上 → ge (outside the span); products to be fostered (培育) in 2025 → 增量 alts "
          "(README §3); " + SET_NOTE)

# ==== line 9 (source 56): 推动现代服务业集聚提档 (no facts) ==========================================
g.neg("建设一批工业设计", "一批", VAGUE_NOTE)
g.neg("培育两业融合标杆", "两业", TWO_IND)
g.neg("通江一级航道", "一级", "grade label 一级 (一级航道 'first-class waterway'), not a "
      "rank or count (as 一级公路 in other golds)")

# ==== line 10 (source 57): 推进数字经济高质量发展 ====================================================
COMP = ["智能算力", "全省智能算力", "算力规模", "算力", "智能算力总规模"]
fact("智能算力规模达2万P", "2万P", value=20000, unit="P", kind="amount",
     metric="智能算力规模", metric_alts=COMP,
     subject_alts=AH_ALTS + ["芜湖数据中心集群", "全省算力网络"], **PLAN_END,
     note="达 → eq; 2万 = 2e4; P (PFLOPS) has no canonical unit → kept as written (SPEC §3, "
          "as wr_anhui_2025_c 1.6万P); computing capacity (a stock) to be reached: "
          + END_NOTE + "; the province owns it (全省算力网络), the Wuhu cluster as alt")
fact("工业互联网平台10家以上", "10家", value=10, unit="count", kind="count",
     classifier="家", bound="ge", metric="省级工业互联网平台",
     metric_alts=new("省级工业互联网平台", "新培育省级工业互联网平台", "工业互联网平台"),
     **PLAN_SET, note="以上 → ge (outside the span); 新培育 N: " + SET_NOTE)

# ==== line 11 (source 58): heading （四） (no facts) ==================================================
g.neg("（四）发挥经济", "（四）", MARKER_NOTE)
g.neg("勇于开展首创性", "首创", "adjective 首创性 'pioneering', not a rank or count (as "
      "wr_anhui_2025_b)")
g.neg("取得一批示范性", "一批", VAGUE_NOTE)

# ==== line 12 (source 59): 提升国资国企改革质效 (no numerals; 清单 lexicalized) ========================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_anhui_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-task, as unseen test excerpts are "
    "cut). It lies in part 三、2025年重点工作 (source line 40), the plan for 2025: the last "
    "three paragraphs of task （二） (产学研融合, 教育, 人才兴皖), task （三） 发展新质生产力 in "
    "full (heading, 先进制造业集群, 新兴产业集群, 未来产业, 传统产业改造, 现代服务业, 数字经济) "
    "and the heading and first paragraph of task （四） (国资国企). Lines 6-16, 18-24, 33-46 "
    "and 67-77 are annotated in wr_anhui_2025 / _c / _b / _d (no overlap). Title, source "
    "line and dateline are outside the excerpt (title_in_text=False; the title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header (source "
    "line 3: 2025年1月20日在安徽省第十四届人民代表大会第三次会议上…); the shared meta agrees. "
    "Place: 安徽省 (安徽, 全省, 我省 → alts); 芜湖数据中心集群 as alt of the computing capacity. "
    "Periods: no line of the excerpt states a period; every number takes the section frame "
    "2025 (2025-01-01..2025-12-31, period text 2025年 of the heading outside the excerpt, null "
    "as alt, as wr_hunan_2025_d); things to be newly fostered/built/added take the year with "
    "the end instant as a further alt; 智能算力规模达2万P (a stock to be reached) → instant "
    "2025-12-31 with the year and null as alts. Modality: target throughout. Bounds: 以上 → "
    "ge; 左右 → approx; 达 / no bound word → eq. Units: 2万P kept as P (PFLOPS, no canonical "
    "unit); counts with 家/个/人/项. Judgement calls: 新增 distributes over 高新技术企业3000家 "
    "and 专精特新企业1000家左右; 单项冠军和链主企业10家左右 → one fact over the pair; 亿元 of "
    "亿元以上技改项目 → threshold (negative) in the metric of 1200项; projects to be carried out "
    "(30个, 1200项) → the year only, counts of things created → year with end-instant alt; "
    "三首, 三新, 双创(汇), 双一流, 四链, 两业 ×2, 两个全覆盖 → labels; 首批, 第二批 → batch "
    "labels; 一级 (航道) → grade label. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体化 ×3, 天地一体), 半导体, 单位, 清单, 数智/数字.")

g.write(date=REF, source=f"shared/texts/work_report/wr_anhui_2025.txt lines {FIRST}–{LAST} "
        "(来源：省政府政策研究室)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
