"""Gold annotations for wr_shandong_2025_f (2025年山东省政府工作报告, the 2025 plan: modern
services, key reforms and opening up), lines 38-49 of
shared/texts/work_report/wr_shandong_2025.txt.

The excerpt corpora/wr_shandong_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the last paragraph of task
（二） 在因地制宜发展新质生产力上下功夫 (大力发展现代服务业; the heading is source line 35,
outside), task （三） 在推进重点领域改革落地上下功夫 in full (private economy, state firms,
education-science-talent, factor markets, finance, business environment, regional
coordination) and the heading and first two paragraphs of task （四） 在打造高水平对外开放新高地
上下功夫 (the institutional opening zones, the foreign-trade drive; the third paragraph,
source line 50, is wr_shandong_2025_e).  All of it lies in part 三、2025年重点工作 (heading on
source line 28, outside the excerpt): the plan for 2025.  Lines 8-13 are wr_shandong_2025_c,
16-25 wr_shandong_2025, 28-37 wr_shandong_2025_d, 50-64 wr_shandong_2025_e, 65-73
wr_shandong_2025_b (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shandong_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shandong_2025_f"
SOURCE_ID = "wr_shandong_2025"
PLACE = "山东省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 38, 49                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年山东省政府工作报告"       # line 1 of the source, outside the excerpt
SD_ALTS = ["山东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="大力发展现代服务业。",
                 ends="推动贸易投资协同发展。")
text = g.text
fact = g.with_subject(PLACE, SD_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (source line 28, outside the excerpt; 今年是
# “十四五”规划收官之年, source line 24): the plan for 2025 → modality target.  No line of the
# excerpt names a period of its own (no 今年, 全年, 年内 or date), so every number takes the
# section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (as
# wr_shandong_2025_e / _b: that surface is not in this excerpt, only the dates are scored),
# null in period_alts.
# - things to be built, added or cultivated (集聚区, “小巨人” and 单项冠军 firms, data sets) →
#   the year with the end instant as a further alt (PLAN_SET, as wr_shandong_2025_d / _e);
# - tasks and events of the year (100个重点事项, 370场 / 50场 fairs) → the year (PLAN).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作 (source line 28), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"

# ==== line 1 (source 38): 大力发展现代服务业 (end of task （二）) ====================================
g.neg("实施一批工业软件", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("开展百强服务业企业", "百强", "label of the award 百强服务业企业评选 (the 'top-100 "
      "service firms' selection), naming the list, not a count claim (judgement call: the "
      "number of firms to be selected, 100, is the alternative reading)")
fact("现代服务业集聚区20个左右", "20个", value=20, unit="count", kind="count",
     classifier="个", bound="approx", metric="省级现代服务业集聚区",
     metric_alts=new("省级现代服务业集聚区", "新增省级现代服务业集聚区", "现代服务业集聚区"),
     **PLAN_SET,
     note="左右 → approx (outside the span); 新增 N: added in 2025, 增量 alts (README §3); "
          + SET_NOTE)

# ==== line 2 (source 39): heading （三） ============================================================
g.neg("（三）在推进重点领域", "（三）", MARKER_NOTE)

# ==== line 3 (source 40): 深化民营经济发展支持机制改革 ===============================================
g.neg("坚定落实“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇”, the policy "
      "on the public and the non-public economy)")
g.neg("“小巨人”和单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "a label, not a count (as other golds)")
LIT = ["专精特新“小巨人”和单项冠军企业", "专精特新小巨人和单项冠军", "专精特新“小巨人”企业和单项冠军企业",
       "新培育专精特新“小巨人”和单项冠军", "培育专精特新“小巨人”和单项冠军"]
fact("单项冠军300家左右", "300家", value=300, unit="count", kind="count", classifier="家",
     bound="approx", metric="专精特新“小巨人”和单项冠军",
     metric_alts=new("专精特新“小巨人”和单项冠军", *LIT), **PLAN_SET,
     note="左右 → approx (outside the span); one number over the two titles joined by 和 → one "
          "fact (SPEC §1), the counted noun as written; 新培育 N: to be newly certified in "
          "2025, 增量 alts (README §3); " + SET_NOTE)

# ==== line 4 (source 41): 深化国资国企改革 ===========================================================
g.neg("抓好“一企一业、一业一企”", "一企一业、一业一企", LABEL_NOTE + " (pilot name “一企一业、"
      "一业一企” 'one firm one business, one business one firm'; as the slogan 一企带一链,"
      "一链成一片, README §2)")

# ==== line 5 (source 42): 深化教育科技人才一体改革 ===================================================
g.neg("学科建设“811”项目", "811", LABEL_NOTE + " (“811”项目, the name of the province's "
      "first-class discipline programme), not a quantity")
g.neg("职务科技成果单列制度", "单列", "lexicalized 单列 'list separately' (单列制度), not a "
      "quantity")

# ==== line 6 (source 43): 深化要素市场化配置改革 =====================================================
fact("高质量数据集10个以上", "10个", value=10, unit="count", kind="count", classifier="个",
     bound="ge", metric="省级高质量数据集",
     metric_alts=new("省级高质量数据集", "打造省级高质量数据集", "高质量数据集"),
     **PLAN_SET, note="以上 → ge (outside the span); data sets to be built (打造) in 2025; "
                      + SET_NOTE)

# ==== line 7 (source 44): 深化财政金融改革 ===========================================================
g.neg("开展零基预算改革", "零基", "reform label 零基预算 (zero-based budgeting), not a "
      "quantity (as wr_anhui_2025)")
g.neg("上市培育“十百千”计划", "十百千", LABEL_NOTE + " (“十百千”计划, the name of the "
      "listing-cultivation programme; as “十百千万”工程 in other golds) — judgement call: tiers "
      "of 10/100/1000 firms are not stated as counts")

# ==== line 8 (source 45): 深化营商环境改革 ===========================================================
g.neg("纵深推进“高效办成一件事”", "一件事", "service-programme name 高效办成一件事 ('get one "
      "thing done efficiently'), not a count")
fact("教育入学等100个重点事项", "100个", value=100, unit="count", kind="count",
     classifier="个", metric="重点事项",
     metric_alts=["“高效办成一件事”重点事项", "高效办成一件事重点事项", "抓好重点事项",
                  "重点事项数量", "“一件事”重点事项", "高效办成一件事事项"], **PLAN,
     note="the key items (company relocation, medical reimbursement, school enrolment, …) of "
          "the 高效办成一件事 programme to be handled in 2025; " + PLAN_NOTE)
g.neg("落实“五个严禁”", "五个严禁", LABEL_NOTE + " (“五个严禁”, a set of five prohibitions on "
      "enforcement against firms, a rule name), not a count claim")
g.neg("“八个不得”，集中", "八个不得", LABEL_NOTE + " (“八个不得”, a set of eight "
      "prohibitions, a rule name), not a count claim")

# ==== line 9 (source 46): 深化区域协调发展机制改革 ===================================================
g.neg("对接京津冀、长三角", "长三角", NAME_NOTE.format("长三角, the Yangtze River Delta"))
g.neg("枣庄承接长三角", "长三角", NAME_NOTE.format("长三角, the Yangtze River Delta"))
g.neg("烟台-大连“双城联动”", "双城联动", LABEL_NOTE + " (“双城联动” 'two-city linkage' of "
      "烟台 and 大连)")
g.neg("加快构建“两圈联动", "两圈联动", LABEL_NOTE + " (“两圈联动、三核引领、…” the "
      "province's development pattern: the two metropolitan circles of 济南 and 青岛)")
g.neg("、三核引领、", "三核引领", LABEL_NOTE + " (“…三核引领…”, the three cores of the "
      "development pattern)")
g.neg("实施“百县图强”计划", "百县图强", LABEL_NOTE + " (plan name “百县图强” 'a hundred "
      "counties striving to be strong'), not a count")

# ==== line 10 (source 47): heading （四） ===========================================================
g.neg("（四）在打造高水平", "（四）", MARKER_NOTE)
g.neg("发挥“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("国内国际双循环", "双循环", LABEL_NOTE + " (双循环 'dual circulation')")

# ==== line 11 (source 48): 聚力建好制度型开放示范区 ===================================================
g.neg("争取全国首个海洋经济", "首个", FIRST_NOTE)

# ==== line 12 (source 49): 聚力实施外贸突破行动 ======================================================
g.neg("推进“万企出海", "万企出海", LABEL_NOTE + " (campaign name “万企出海 鲁贸全球” 'ten "
      "thousand firms go abroad', as 万企兴万村 in other golds)")
fact("境外展洽活动370场以上", "370场", value=370, unit="count", kind="count",
     classifier="场", bound="ge", metric="境外展洽活动",
     metric_alts=["组织企业参加境外展洽活动", "参加境外展洽活动", "境外展洽活动场次",
                  "境外展洽活动数量", "境外展会"], **PLAN,
     note="以上 → ge (outside the span); fairs abroad the province is to take its firms to in "
          "2025 (场 is the classifier); the province organises, so it keeps the subject; "
          + PLAN_NOTE)
fact("国际精准采购活动50场以上", "50场", value=50, unit="count", kind="count",
     classifier="场", bound="ge", metric="国际精准采购活动",
     metric_alts=["组织企业参加国际精准采购活动", "参加国际精准采购活动", "国际精准采购活动场次",
                  "国际精准采购活动数量", "精准采购活动"], **PLAN,
     note="以上 → ge (its own 以上, outside the span); verb 组织企业参加 shared; " + PLAN_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. Part of the document: part 三、2025年重点工作 (heading at source line "
    "28, outside), the plan for 2025 — the last paragraph of task （二） (大力发展现代服务业), "
    "task （三） 在推进重点领域改革落地上下功夫 in full (private economy, state firms, education-"
    "science-talent, factor markets, finance, business environment, regional coordination) "
    "and the heading and first two paragraphs of task （四） 在打造高水平对外开放新高地 (opening "
    "zones, the foreign-trade drive). Lines 8-13 are wr_shandong_2025_c, 16-25 "
    "wr_shandong_2025, 28-37 wr_shandong_2025_d, 50-64 wr_shandong_2025_e, 65-73 "
    "wr_shandong_2025_b (no overlap). Title line and source line are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-20, the delivery "
    "date in the report's header (2025年1月20日在山东省第十四届人民代表大会第三次会议上, per "
    "the corpus meta notes); the corpus meta agrees. Place: 山东省 (山东, 全省, 我省 → alts). "
    "Periods: no line of the excerpt names a period, so every fact takes the section frame "
    "2025 (2025-01-01..2025-12-31, period text 2025年 of the heading, null as alt); things to "
    "be added (集聚区, “小巨人” and 单项冠军, data sets) get the end instant as a further alt. "
    "Modality: target throughout (plan text: 新增, 新培育, 打造, 抓好, 组织). Bounds: 左右 → "
    "approx (20个, 300家); 以上 → ge (10个, 370场, 50场); 100个 eq. Judgement calls: "
    "专精特新“小巨人”和单项冠军300家 → one count over both titles; 百强 (服务业企业评选) and "
    "“十百千”计划 → labels, not counts; 100个重点事项 → target count of the year (PLAN, no end "
    "instant); 两圈联动 / 三核引领 / 双城联动 / 百县图强 / 五个严禁 / 八个不得 → labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 零售 (批发零售), 一流 (世界一流, 争创一流, 一流学科 ×2), 一体 "
    "(一体改革), 一体化 (内外贸一体化). Known false alarm of the shared check_gold.py: the "
    "period text 2025年 (the heading of part 三, outside the excerpt) is not in the article, "
    "as in wr_shandong_2025_e; czfacts check-gold accepts it.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：大众新闻客户端)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
