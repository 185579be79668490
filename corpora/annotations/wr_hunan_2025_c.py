"""Gold annotations for wr_hunan_2025_c (2025年湖南省政府工作报告, the 2025 part), lines 34-45
of shared/texts/work_report/wr_hunan_2025.txt.

The excerpt corpora/wr_hunan_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: 2025 task （一）全力推动经济持续回升向好 in full (its
opening line, 大力提振消费, 提高投资效益, 壮大经营主体, 强化要素保障 and the closing line) and
task （二）加快建设现代化产业体系 up to 建强产业园区 (提升产业能级, 促进产业融合, 建强产业
园区), 2,375 characters.  Lines 15-22 are annotated in wr_hunan_2025 and lines 75-89 in
wr_hunan_2025_b (no overlap).  Among the runs of whole lines of 2,000-2,500 characters in
the allowed ranges (1-14: 1,941 characters in all; 23-74), 34-45 is the densest that starts
at a heading (19 Arabic numbers; 31-43, from the part heading 二、关于2025年工作, holds 11).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hunan_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hunan_2025_c"
PLACE = "湖南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hunan_2025.txt"
FIRST, LAST = 34, 45                    # 1-based, inclusive, whole lines
TITLE = "2025年湖南省政府工作报告"
SUBJ_ALTS = ["湖南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（一）全力推动经济持续回升向好",
                 ends="园区规模工业占比达到75%以上、亩均税收增长10%以上。")
text = g.text
fact = g.with_subject(PLACE, SUBJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SET_NOTE = ("N大 + category, a set label (README §2 八大; wr_hunan_2025 十大产业项目), "
            "not a count")
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、关于2025年工作 (heading on source line 31, outside the
# excerpt): the plan for 2025.  Line 3 (大力提振消费) names its own period, 全年 (= 2025, the
# report was delivered on 2025-01-14), which governs the clauses after it in that line
# (explicit, 2025-01-01..2025-12-31).  The other lines state no period: their numbers take
# the section frame 2025 (SPEC §4) with the null reading in period_alts.  The heading's
# 2025年 lies outside the excerpt; the period text of the frame is 全年, the excerpt's own
# name for that year (line 3), so that every period text occurs in the article (as the
# shared wr_henan_2025 gold 过去的一年 and wr_hunan_2025 年度; dates are what is scored).
# Modality target throughout (plan text: 新增, 推进好, 力争, 实施, 达到), except
# 13条重点产业链 (the size of an existing set, actual, as 聚焦28条重点产业链 in
# wr_henan_2025_b).
FY = P("全年", "2025-01-01", "2025-12-31")
S25 = P("全年", "2025-01-01", "2025-12-31")
S25_NULL = P("全年", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("plan for 2025 → target; the line states no period: section frame of the heading "
             "二、关于2025年工作 (source line 31, 2025; period text 全年, the excerpt's name for "
             "the year), null as alt")


# ---- line 1 (source 34): heading （一） ------------------------------------------------------
g.neg("（一）全力推动", "（一）", MARKER_NOTE)

# ---- line 2 (source 35) ---------------------------------------------------------------------
g.neg("加力实施“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”等重大政策", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")

# ---- line 3 (source 36): 大力提振消费 ----------------------------------------------------------
g.neg("全年新增限额以上", "全年", PERIOD_NOTE + " (= 2025; governs the rest of the line)")
g.neg("限额以上批零住餐", "批零", "abbreviation 批零 (批发零售, wholesale and retail) in the "
      "sector name 批零住餐; 零 is not a quantity")
fact("批零住餐企业1000家", "1000家", value=1000, unit="count", kind="count",
     classifier="家", bound="ge", metric="限额以上批零住餐企业",
     metric_alts=new("限额以上批零住餐企业", "新增限额以上批零住餐企业", "批零住餐企业",
                     "限额以上批发零售住宿餐饮企业"),
     period=FY, modality="target",
     note="以上 → ge (outside the span); 限额以上 is the threshold of the counted set (no "
          "numeral); firms to be added (新增) in 2025 → target, 增量 alts (README §3); 全年 "
          "explicit, at the head of the clause")
g.neg("支持首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a rank "
      "or count (as wr_sichuan_2025_b)")
g.neg("城市一刻钟便民生活圈", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', a planning standard's name, as wr_henan_2025_b), not a duration "
      "fact")

# ---- line 4 (source 37): 提高投资效益 ----------------------------------------------------------
KEY = "省重点项目"
fact("总投资1.78万亿元", "1.78万亿元", value=1.78e12, unit="CNY", kind="amount",
     metric="省重点项目总投资",
     metric_alts=["总投资", "289个省重点项目总投资", "重点项目总投资", "省重点项目投资"],
     **PLAN,
     note="planned total investment of the 2025 list of provincial key projects (推进好, a "
          "plan) → target; 万亿元 = 1e12; " + PLAN_NOTE)
fact("的289个省重点项目", "289个", value=289, unit="count", kind="count", classifier="个",
     metric=KEY, metric_alts=["省重点项目数量", "重点项目", "推进省重点项目"], **PLAN,
     note="the projects to be advanced in 2025 (the plan's list) → target (as 等13个港航项目 "
          "in wr_henan_2025_b); " + PLAN_NOTE)
g.neg("等“十大产业项目”建设", "十大", SET_NOTE + " (十大产业项目, the ten projects listed "
      "before it; a list name, as in wr_hunan_2025)")
g.neg("、一湖四水港航工程", "一湖四水", "name 一湖四水 (Dongting Lake and Hunan's four rivers), "
      "not a quantity")
g.neg("“四算”新型基础设施", "四算", LABEL_NOTE + " (“四算”: 算力, 算法, 数据, 应用资源), not a "
      "count")
g.neg("等“十大基础设施项目”", "十大", SET_NOTE + " (十大基础设施项目, a list name)")

# ---- line 5 (source 38): 壮大经营主体 ----------------------------------------------------------
g.neg("产业发展“万千百”工程", "万千百", LABEL_NOTE + " (“万千百”工程, a programme named by its "
      "tiers), not a count")
g.neg("推动原地倍增", "倍增", "倍增 'to double' in the slogan 原地倍增 (a goal word with no "
      "stated multiple), not a ratio fact")
g.neg("“两增并举”", "两增", LABEL_NOTE + " (“两增并举”: 原地倍增 and 招引新增)")
g.neg("力争新增百亿企业", "百亿", "threshold 百亿 defining the counted set (百亿企业, firms with "
      "revenue of at least 1e10 yuan; SPEC §2 亿元以上项目), part of the count's metric")
NEW_NOTE = ("力争新增 distributes over the list: firms to be added in 2025 → target, 增量 "
            "alts (README §3); " + PLAN_NOTE)
fact("百亿企业10家", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="百亿企业",
     metric_alts=new("百亿企业", "新增百亿企业", "营收百亿企业"), **PLAN, note=NEW_NOTE)
fact("专精特新中小企业800家", "800家", value=800, unit="count", kind="count",
     classifier="家", metric="省级以上专精特新中小企业",
     metric_alts=new("省级以上专精特新中小企业", "新增省级以上专精特新中小企业",
                     "专精特新中小企业"), **PLAN,
     note="省级以上 is a level threshold inside the metric (no numeral); eq: the 以上 at the "
          "end of the list belongs to the last value, each value having its own classifier "
          "(judgement call); " + NEW_NOTE)
g.neg("、单项冠军企业", "单项", "单项 in the title 单项冠军 ('single-product champion'), not "
      "a quantity (as wr_fujian_2025)")
fact("单项冠军企业40家", "40家", value=40, unit="count", kind="count", classifier="家",
     bound="ge", metric="单项冠军企业",
     metric_alts=new("单项冠军企业", "新增单项冠军企业", "制造业单项冠军企业"), **PLAN,
     note="以上 → ge (outside the span); " + NEW_NOTE)

# ---- line 6 (source 39): 强化要素保障 ----------------------------------------------------------
g.neg("深化“多规合一”", "多规合一", LABEL_NOTE + " (“多规合一”: merging the spatial plans into "
      "one), not a quantity")
g.neg("“一张网、一个价”", "一张网", "slogan “一张网、一个价” (one pipeline network, one "
      "price), not a count")
g.neg("一张网、一个价”", "一个价", "slogan “一张网、一个价”, not a count")
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”: technology, green, "
      "inclusive, pension and digital finance), not a count")

# ---- line 7 (source 40): closing of （一） (no numerals) ----------------------------------------

# ---- line 8 (source 41): heading （二） ------------------------------------------------------
g.neg("（二）加快建设", "（二）", MARKER_NOTE)

# ---- line 9 (source 42) (no numerals) --------------------------------------------------------

# ---- line 10 (source 43): 提升产业能级 ---------------------------------------------------------
g.neg("聚焦“4×4”现代化", "4×4", LABEL_NOTE + " (“4×4”现代化产业体系: 4 sectors × 4 clusters, "
      "a name, as wr_hunan_2025)")
fact("深入推进13条重点产业链", "13条", value=13, unit="count", kind="count", classifier="条",
     metric="重点产业链",
     metric_alts=["重点产业链数量", "产业链", "重点产业链倍增计划"],
     period=S25, period_alts=[S25_NULL, P("全年", REF, REF)],
     note="judgement call: the size of the province's existing set of key chains (the 13 of "
          "the 2024 review, wr_hunan_2025), which the plan takes forward, not a goal → actual "
          "(as 聚焦28条重点产业链 in wr_henan_2025_b); section frame 2025 with null and the "
          "reference date as alts; target is the alternative")
g.neg("关键零部件", "零部件", "lexicalized 零部件 'components'; 零 is not a quantity")
g.neg("打造一批领跑行业", "一批", VAGUE_NOTE)
g.neg("培育一批享誉全球", "一批", VAGUE_NOTE)
g.neg("创建一批未来产业", "一批", VAGUE_NOTE)

# ---- line 11 (source 44): 促进产业融合 ---------------------------------------------------------
g.neg("动态编制“4×4”", "4×4", LABEL_NOTE + " (“4×4”现代化产业体系, a name)")
fact("新实施20个左右", "20个", value=20, unit="count", kind="count", classifier="个",
     bound="approx",
     metric="制造业关键产品“揭榜挂帅”和产业链协同攻关项目",
     metric_alts=new("制造业关键产品“揭榜挂帅”和产业链协同攻关项目",
                     "制造业关键产品揭榜挂帅和产业链协同攻关项目", "“揭榜挂帅”项目",
                     "揭榜挂帅项目", "产业链协同攻关项目", "攻关项目",
                     "新实施制造业关键产品“揭榜挂帅”和产业链协同攻关项目"), **PLAN,
     note="左右 → approx (outside the span); projects to be started (新实施) in 2025 → "
          "target; " + PLAN_NOTE)
g.neg("深化“五首”创新产品", "五首", LABEL_NOTE + " (“五首”: first units, batches, editions, "
      "versions and projects of innovative products), not a count")
fact("增加值增长8%", "8%", value=8, unit="%", kind="growth",
     metric="高新技术产业增加值",
     metric_alts=["高新技术产业", "高新技术产业增加值增速"], comparison="yoy", **PLAN,
     note="力争 → target; no bound word → eq; " + PLAN_NOTE)
g.neg("纵深推进“智赋万企”", "万企", LABEL_NOTE + " (“智赋万企” campaign name, as "
      "wr_hunan_2025)")
SMART_NOTE = "新增 distributes over the list; " + NEW_NOTE.replace("力争新增", "新增")
fact("标杆企业360家", "360家", value=360, unit="count", kind="count", classifier="家",
     metric="智能制造标杆企业",
     metric_alts=new("智能制造标杆企业", "新增智能制造标杆企业", "标杆企业"), **PLAN,
     note=SMART_NOTE)
fact("产线车间1080家", "1080家", value=1080, unit="count", kind="count", classifier="家",
     metric="智能制造产线车间",
     metric_alts=new("智能制造产线车间", "产线车间", "新增产线车间", "智能制造标杆产线车间",
                     "新增智能制造产线车间"), **PLAN,
     note="head 智能制造 carried over (as 产线车间2069个 in wr_hunan_2025); " + SMART_NOTE)
g.neg("推动“四算一体”", "四算一体", LABEL_NOTE + " (“四算一体”: 算力, 算法, 数据, 应用资源 "
      "integrated), not a count")
fact("实施100个数字新基建", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="数字新基建标志性项目",
     metric_alts=["实施数字新基建标志性项目", "数字新基建标志性项目数量", "数字新基建项目",
                  "标志性项目"], **PLAN, note="projects to carry out in 2025; " + PLAN_NOTE)
fact("力争产业规模突破万亿元", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="绿色智能计算产业规模",
     metric_alts=["产业规模", "计算产业规模", "智能计算产业规模", "绿色智能计算产业",
                  "国家绿色智能计算产业先导区产业规模", "计算产业"], **PLAN,
     note="力争 → target; 突破 → gt (outside the span); 万亿元 = 1e12 (span 万亿元, as "
          "重回万亿元规模 in wr_sichuan_2025); judgement call: 产业规模 read as the scale of the "
          "green intelligent computing industry named just before (elided head restored, "
          "README §3), the bare 产业规模 as alt; " + PLAN_NOTE)
fact("核心产业增加值增长15%", "15%", value=15, unit="%", kind="growth",
     metric="数字经济核心产业增加值",
     metric_alts=["数字经济核心产业", "数字经济核心产业增加值增速", "数字经济增加值"],
     comparison="yoy", **PLAN,
     note="力争 governs the clause → target; " + PLAN_NOTE)
g.neg("持续推进“两业融合”", "两业", LABEL_NOTE + " (“两业融合”: advanced manufacturing and "
      "modern services, named after it)")
g.neg("军民两用先进技术", "两用", "两用 'dual-use' (军民两用), not a count")
g.neg("实施一批军民融合", "一批", VAGUE_NOTE)
g.neg("推动一批协同创新", "一批", VAGUE_NOTE)

# ---- line 12 (source 45): 建强产业园区 ---------------------------------------------------------
g.neg("强化“五好”标准", "五好", LABEL_NOTE + " (“五好”园区 standard), not a count")
g.neg("推进“三生”融合", "三生", LABEL_NOTE + " (“三生”: 生产, 生活, 生态)")
g.neg("“三态”协同", "三态", LABEL_NOTE + " (“三态”: 业态, 形态, 生态)")
g.neg("共建园区、零碳园区", "零碳", "label 零碳 (zero-carbon) naming a kind of park (README "
      "§2), not a quantity")
fact("规模工业占比达到75%", "75%", value=75, unit="%", kind="share", bound="ge",
     metric="园区规模工业占比",
     metric_alts=["园区规模工业增加值占比", "园区规模以上工业增加值占比", "园区规模工业占全省比重",
                  "园区规模工业增加值占全省规模工业比重", "规模工业占比"], **PLAN,
     note="达到…以上 → ge (以上 outside the span); the parks' share of the year's industrial "
          "output (a flow share) → the year; " + PLAN_NOTE)
fact("亩均税收增长10%", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="亩均税收",
     metric_alts=["园区亩均税收", "亩均税收增速"], comparison="yoy", **PLAN,
     note="以上 → ge; head 园区 implied (alt); " + PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hunan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 2025 task （一）全力"
    "推动经济持续回升向好 in full (提振消费, 投资效益 with the 289 provincial key projects, 经营"
    "主体, 要素保障) and task （二）加快建设现代化产业体系 up to 建强产业园区. Lines 15-22 are "
    "annotated in wr_hunan_2025 and lines 75-89 in wr_hunan_2025_b (no overlap). The allowed "
    "lines 1-14 make only 1,941 characters; in 23-74, 34-45 is the densest run of 2,000-2,500 "
    "characters that starts at a heading (31-43, from 二、关于2025年工作, holds 11 numbers "
    "against 19). Title, source line and dateline are outside the excerpt (title_in_text="
    "False; title as the source's first line). Date: 2025-01-14, the delivery date in the "
    "source's header (line 4: 2025年1月14日在湖南省第十四届人民代表大会第三次会议上…), as "
    "wr_hunan_2025. Place: 湖南省 (湖南, 全省, 我省 → alts). Periods: line 36 names 全年 (= 2025, "
    "explicit) before its only number (1000家); the other lines state no period and take the "
    "frame of part 二、关于2025年工作 (source line 31, outside the excerpt): 2025-01-01.."
    "2025-12-31, null as alt, with the period text 全年, the excerpt's own name for the year "
    "(as 过去的一年 in the shared wr_henan_2025 gold and 年度 in wr_hunan_2025), so that every "
    "period text occurs in the article (wr_hunan_2025_b kept the heading's 2025年 instead; "
    "only start/end are scored). Modality: target throughout, except "
    "13条重点产业链 (existing set → actual, the reference date as period alt). Bounds: 以上 → "
    "ge (1000家, 40家, 75%, 10%); 左右 → approx (20个); 突破 → gt (万亿元). Units: 万亿元 1e12 "
    "CNY. Judgement calls: 百亿企业10家、…800家、单项冠军企业40家以上 → 以上 only on the last "
    "value (each has its own classifier); 力争产业规模突破万亿元 → the green intelligent "
    "computing industry's scale (产业规模 as alt); 13条重点产业链 → actual; 289个省重点项目 and "
    "总投资1.78万亿元 → target (the 2025 list); 原地倍增 → negative (slogan, no multiple); "
    "百亿 (企业) → threshold (negative). Negatives: （一）, （二）, 两重, 两新, 全年, 首发, 一刻钟, "
    "十大 ×2, 一湖四水, 四算, 万千百, 倍增, 两增, 百亿, 单项, 批零, 零部件, 两用, 多规合一, 一张网, 一个价, 五篇大文章, "
    "4×4 ×2, 一批 ×5, 五首, 万企, 四算一体, 两业, 五好, 三生, 三态, 零碳. Lexicalized, not listed: "
    "一体化 (炼化一体化), 半导体, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_hunan_2025.txt lines {FIRST}–{LAST} "
        "(来源：湖南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
