"""Gold annotations for wr_heilongjiang_2025_d (2025年黑龙江省政府工作报告, the 2025 tasks), lines
28-40 of shared/texts/work_report/wr_heilongjiang_2025.txt.

The excerpt corpora/wr_heilongjiang_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped, the line range as briefed: the last principle of part
二、2025年工作总体要求 (五是聚力真抓实干, no number), the heading 三、2025年重点工作任务, task
（一）大力提振消费 (its target line and three paragraphs), task （二）着力提高投资效益 (its target
line and three paragraphs) and task （三）以科技创新引领新质生产力发展 (its target line and the
paragraphs 注重发挥科技创新增量器作用 and 加快重点产业提质升级).  Lines 1-11, 13-16 and 41-54
are annotated in wr_heilongjiang_2025, _b and _c (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_heilongjiang_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_heilongjiang_2025_d"
PLACE = "黑龙江省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_heilongjiang_2025.txt"
FIRST, LAST = 28, 40                    # 1-based, inclusive, whole lines
TITLE = "2025年黑龙江省政府工作报告"
HLJ_ALTS = ["黑龙江", "全省", "龙江", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="五是聚力真抓实干。", ends="制造业技改投资增长30%以上。")
text = g.text
fact = g.with_subject(PLACE, HLJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
TIER_NOTE = ("appositive 三级 restating {} (the three administrative levels), not a count "
             "claim (as wr_beijing_2025 市区街乡三级)")

# ---- periods (reference date 2025-01-13; 今年 = 2025) ---------------------------------------
# Line 1 of the excerpt (source 28) closes part 二、2025年工作总体要求 and holds no number.  Line 2
# (source 29) is the heading 三、2025年重点工作任务: the tasks after it are the plan for 2025 →
# modality target.  No later line states a period of its own (突破年 in 科技成果产业化突破年 is
# the name of the year's campaign, with no numeral), so every fact takes the heading's frame:
# period text 2025年, 2025-01-01..2025-12-31, null as alt (SPEC §4; as wr_henan_2025_b).
# Growths of flows (零售总额, 投资, 增加值, 营业收入) and things to be done in the year (实施,
# 攻克, 转化) → the year, null as alt; counts of things to be fostered or certified (绿色工厂,
# 智能工厂和数字化车间) and the share of the year's project list → the year with null and the
# end instant as alts (the set as a stock; as wr_heilongjiang_2025_c PLAN_LEVEL).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 三、2025年重点工作任务 (2025), null as alt")
LEVEL_NOTE = PLAN_NOTE + "; the end instant as alt"


# ==== line 1 (source 28): 五是聚力真抓实干 (end of part 二; no facts) ==============================
g.neg("五是聚力真抓实干", "五是", MARKER_NOTE)

# ==== line 2 (source 29): heading 三、 ============================================================
g.neg("三、2025年重点工作任务", "三、", MARKER_NOTE)
g.neg("三、2025年重点工作任务", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "tasks, 2025; the period text of the task facts without a period of their own)")

# ==== line 3 (source 30): （一）大力提振消费 ======================================================
g.neg("（一）大力提振消费", "（一）", MARKER_NOTE)
fact("零售总额增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额",
     metric_alts=["社会消费品零售额", "社零总额", "社零", "全省社会消费品零售总额"],
     comparison="yoy", **PLAN,
     note="the task's target line; 左右 → approx (outside the span); no basis → yoy; "
          + PLAN_NOTE)

# ==== line 4 (source 31): 强化政策赋能促消费 =======================================================
g.neg("千方百计提振", "千方百计", "idiom 千方百计 'by every possible means', not a quantity")
g.neg("新增限上批零住餐", "批零", "abbreviation 批零 (批发零售, wholesale and retail) in the "
      "sector list 批零住餐, not a quantity (as wr_hunan_2025_c)")
g.neg("家电、手机、平板电脑、百货", "百货", "lexicalized 百货 'general merchandise', not a "
      "quantity (as wr_henan_2025_b)")

# ==== line 5 (source 32): 有效激发潜能增消费 =======================================================
g.neg("积极发展首店", "首店", FIRST_NOTE + " (首店 'first store' of a brand, as "
      "wr_guangdong_2025_b)")
g.neg("首店、首展", "首展", FIRST_NOTE + " (首展 'debut exhibition')")
g.neg("等首发经济", "首发", FIRST_NOTE + " (首发经济 'debut economy')")

# ==== line 6 (source 33): 持续优化环境扩消费 =======================================================
g.neg("县乡村三级物流", "三级", TIER_NOTE.format("县乡村"))
g.neg("打造一批区域农产品", "一批", VAGUE_NOTE)
g.neg("创建一刻钟便民生活圈", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', a planning standard's name, as wr_henan_2025_b)")

# ==== line 7 (source 34): （二）着力提高投资效益 ====================================================
g.neg("（二）着力提高", "（二）", MARKER_NOTE)
fact("固定资产投资增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="固定资产投资",
     metric_alts=["全省固定资产投资", "固定资产投资增速", "投资"], comparison="yoy", **PLAN,
     note="the task's target line; 左右 → approx (outside the span); no basis → yoy; "
          + PLAN_NOTE)

# ==== line 8 (source 35): 更好发挥政府投资带动作用 ==================================================
g.neg("抢抓国家“两重”建设", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力"
      "建设)")
GEN_NOTE = "network generation name {} (mobile network generation), not a quantity"
g.neg("边境地区4G/5G", "4G", GEN_NOTE.format("4G"))
g.neg("4G/5G网络", "5G", GEN_NOTE.format("5G"))

# ==== line 9 (source 36): 大力推进产业项目建设 ======================================================
fact("实施1000个重点产业项目", "1000个", value=1000, unit="count", kind="count",
     classifier="个", metric="重点产业项目",
     metric_alts=["实施重点产业项目", "重点产业项目数量", "产业项目", "重点项目"], **PLAN,
     note="projects to be carried out in 2025; " + PLAN_NOTE)
fact("产业项目占比60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="战略性新兴产业项目占比",
     metric_alts=["战略性新兴产业项目占重点产业项目比重", "战略性新兴产业项目比重",
                  "战略性新兴产业项目占重点产业项目比例", "战略性新兴产业项目占比重"],
     **PLAN_LEVEL,
     note="以上 → ge (outside the span); the share of strategic emerging industries in the "
          "year's 1000 key industrial projects; " + LEVEL_NOTE)
PHASE3 = "开工新建一批、竣工投产一批、谋划储备一批"
g.neg(PHASE3, "一批", VAGUE_NOTE + " (开工新建一批)", nth=0)
g.neg(PHASE3, "一批", VAGUE_NOTE + " (竣工投产一批)", nth=1)
g.neg(PHASE3, "一批", VAGUE_NOTE + " (谋划储备一批)", nth=2)
g.neg("”三个一批“", "三个一批", LABEL_NOTE + " (“三个一批”, restating the three batches just "
      "listed, as wr_chongqing_2025_b)")
g.neg("“百大项目”", "百大", LABEL_NOTE + " (“百大项目” 'hundred big projects', a programme "
      "name with no count stated) — judgement call; a count of about 100 projects is the "
      "alternative reading")
g.neg("省市县三级", "三级", TIER_NOTE.format("省市县"))
g.neg("“三单合一”", "三单合一", LABEL_NOTE + " (“三单合一”: the three project lists merged into "
      "one mechanism), not a count")

# ==== line 10 (source 37): 提升招商引资质效 =========================================================
g.neg("“四个清单”", "四个", "set label “四个清单” (the four lists of 招商产业、项目、目标企业和"
      "政策, restating them; as 六个 in “六个龙江” in wr_heilongjiang_2025), not a count claim")

g.neg("京津冀、长三角", "长三角", "place name 长三角 (Yangtze River Delta), not a quantity (as "
      "doc002)")

# ==== line 11 (source 38): （三）以科技创新引领新质生产力发展 ==========================================
g.neg("（三）以科技创新", "（三）", MARKER_NOTE)
g.neg("“4567”现代化", "4567", "label of the industrial system “4567”, not a quantity (as "
      "wr_heilongjiang_2025)")
fact("规上工业增加值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="规上工业增加值",
     metric_alts=["规模以上工业增加值", "工业增加值", "规上工业增加值增速"],
     comparison="yoy", **PLAN,
     note="the task's target line; 左右 → approx (outside the span); no basis → yoy; "
          + PLAN_NOTE)

# ==== line 12 (source 39): 注重发挥科技创新增量器作用 ================================================
fact("攻克关键技术200项以上", "200项", value=200, unit="count", kind="count",
     classifier="项", bound="ge", metric="攻克关键技术",
     metric_alts=["关键技术", "关键核心技术", "攻克关键技术数量", "关键技术攻关",
                  "攻克关键核心技术"], **PLAN,
     note="以上 → ge (outside the span); technologies to be mastered in 2025; " + PLAN_NOTE)
fact("转化重大科技成果650项以上", "650项", value=650, unit="count", kind="count",
     classifier="项", bound="ge", metric="转化重大科技成果",
     metric_alts=["重大科技成果", "重大科技成果转化", "转化重大科技成果数量"], **PLAN,
     note="以上 → ge (outside the span); metric as in the review (wr_heilongjiang_2025 "
          "转化重大科技成果622项); " + PLAN_NOTE)

# ==== line 13 (source 40): 加快重点产业提质升级 =====================================================
fact("核心产业营业收入增长7%以上", "7%", value=7, unit="%", kind="growth", bound="ge",
     metric="数字经济核心产业营业收入",
     metric_alts=["数字经济核心产业营收", "数字经济核心产业", "数字经济核心产业收入"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("生物经济营业收入增长8%以上", "8%", value=8, unit="%", kind="growth", bound="ge",
     metric="生物经济营业收入",
     metric_alts=["生物经济营收", "生物经济", "生物经济收入"], comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("战略性新兴产业倍增计划", "倍增", LABEL_NOTE + " (programme name 战略性新兴产业倍增计划 "
      "'doubling plan', with no stated base or horizon; as wr_hainan_2025_e 博士后倍增计划)")
fact("战略性新兴产业营业收入增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="战略性新兴产业营业收入",
     metric_alts=["战略性新兴产业营收", "战略性新兴产业", "战略性新兴产业收入"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("大力实施千企技改", "千企", LABEL_NOTE + " (campaign name 千企技改 'technical upgrading of "
      "a thousand firms', as wr_gansu_2025 “千企调研纾困”) — judgement call; a target of 1000 "
      "firms is the alternative reading")
fact("培育国家级绿色工厂40个", "40个", value=40, unit="count", kind="count", classifier="个",
     metric="国家级绿色工厂",
     metric_alts=new("国家级绿色工厂", "培育国家级绿色工厂", "绿色工厂"), **PLAN_LEVEL,
     note="factories to be fostered / certified in 2025; 增量 alts (README §3); " + LEVEL_NOTE)
fact("数字化车间50个以上", "50个", value=50, unit="count", kind="count", classifier="个",
     bound="ge", metric="省级智能工厂和数字化车间",
     metric_alts=new("省级智能工厂和数字化车间", "培育省级智能工厂和数字化车间",
                     "智能工厂和数字化车间", "省级智能工厂", "数字化车间", "智能工厂"),
     **PLAN_LEVEL,
     note="以上 → ge (outside the span); one number over two kinds of units (智能工厂和数字化"
          "车间) → one fact (SPEC §1); verb 培育 shared with 40个; 增量 alts (README §3); "
          + LEVEL_NOTE)
fact("技改投资增长30%以上", "30%", value=30, unit="%", kind="growth", bound="ge",
     metric="制造业技改投资",
     metric_alts=["制造业技改投资增速", "制造业技术改造投资", "技改投资"], comparison="yoy",
     **PLAN, note="以上 → ge (outside the span); metric as in the review (wr_heilongjiang_2025 "
                  "技改投资增速23.9%); " + PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_heilongjiang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed. Part of the document: line 1 (source 28) is the last principle (五是聚力真抓实干, "
    "no number) of part 二、2025年工作总体要求; line 2 is the heading 三、2025年重点工作任务; the "
    "rest is the plan for the report year: task （一）大力提振消费 (target line 社会消费品零售总额"
    "增长5%左右 and three paragraphs), task （二）着力提高投资效益 (固定资产投资增长6%左右; 政府投资, "
    "产业项目, 招商引资) and task （三）以科技创新引领新质生产力发展 (规上工业增加值增长5%左右; "
    "科技创新增量器, 重点产业提质升级). Lines 1-11, 13-16 and 41-54 are annotated in "
    "wr_heilongjiang_2025 / _b / _c (no overlap). Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-13, the delivery date in the report's header (source line 3: 2025年1月13日在"
    "黑龙江省第十四届人民代表大会第三次会议上), as the shared meta. Place: 黑龙江省 (黑龙江, "
    "全省, 龙江, 我省 → alts). Periods: no line after the heading states a period; every fact "
    "takes the heading's frame 2025-01-01..2025-12-31 (period text 2025年), null as alt; "
    "counts of factories to be fostered and the share of the year's project list add the end "
    "instant as alt. Modality: target throughout (plan). Bounds: 左右 → approx; 以上 → ge. "
    "Comparison: growth without basis → yoy. Judgement calls: 省级智能工厂和数字化车间50个以上 "
    "→ one count over two nouns; 战略性新兴产业项目占比60%以上 → share of the 1000 key projects "
    "(year, end instant as alt); “百大项目”, 千企技改, 倍增计划, “三个一批”, “四个清单”, "
    "“三单合一”, “4567” → labels (negatives); 三级 ×2 (县乡村, 省市县) → appositives; 首店/首展/"
    "首发 → first-of-kind labels. Negatives: 五是, 三、, 2025年, （一）-（三）, 千方百计, 百货, "
    "首店, 首展, 首发, 三级 ×2, 一批 ×4, 一刻钟, 两重, 4G, 5G, 三个一批, 百大, 三单合一, 四个, "
    "4567, 倍增, 千企, 批零, 长三角. Lexicalized, not listed: 一体化 ×2, 零售 ×3.")

g.write(date=REF, source=f"shared/texts/work_report/wr_heilongjiang_2025.txt lines "
        f"{FIRST}–{LAST} (2025年黑龙江省政府工作报告, 来源：黑龙江新闻网)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
