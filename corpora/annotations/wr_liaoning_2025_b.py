"""Gold annotations for wr_liaoning_2025_b (2025年辽宁省政府工作报告, the 2025 tasks), lines 33-45
of shared/texts/work_report/wr_liaoning_2025.txt.

The excerpt corpora/wr_liaoning_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: tasks （二）坚持创新驱动，加快建设科技强省 (科技体制机制改革,
科技创新平台, 科技创新和产业创新融合, 教育人才), （三）持续精准发力，坚定调整产业结构 (传统产业,
新兴产业和未来产业, 现代服务业) and （四）扛牢首要担当，推进乡村全面振兴 (粮食稳产保供, 乡村产业,
乡村建设) of part 二、2025年工作安排 (heading on source line 23, outside the excerpt), each
with its heading.  Lines 16-25 are annotated in wr_liaoning_2025 (no overlap).  Lines 33-45
make 2,424 characters and hold the most numbers of any run of 2,000-2,500 characters in
lines 26-83 that starts at a task heading (17 facts); the run from （一） (lines 29-40, 2,472)
holds 13, the runs from （三） (lines 38-48, 2,087) 14, and tasks （五）-（十） and part 三 are
nearly free of numbers.  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_liaoning_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_liaoning_2025_b"
PLACE = "辽宁省"
REF = "2025-01-16"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_liaoning_2025.txt"
FIRST, LAST = 33, 45                    # 1-based, inclusive, whole lines
TITLE = "2025年辽宁省政府工作报告"
LN_ALTS = ["辽宁", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（二）坚持创新驱动，加快建设科技强省。",
                 ends="让农村面貌年年有变化、三年大变样。")
text = g.text
fact = g.with_subject(PLACE, LN_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SET_NOTE = "set label N大 (README §2 八大), not a count claim"
ARTICLE_NOTE = "一 + classifier used as article or vague quantifier (README §2), not a quantity"

# ---- periods (reference date 2025-01-16) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 23, outside the
# excerpt; 今年要重点抓好以下十个方面工作 on source line 28): every number is a plan figure for
# 2025 → modality target.  No line of the excerpt states a period of its own (no 今年 / 全年 /
# 年内), so the facts take the section frame 2025-01-01..2025-12-31 (SPEC §4) with the
# heading's period text 2025年 (as wr_hebei_2025_b / wr_henan_2025_b), null as alt.  That
# surface lies outside the excerpt, which names no period anywhere (the shared
# gold/check_gold.py flags the period texts as not in the article — accepted, as in
# wr_hebei_2025_b; period text is not scored, start/end are).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 二、2025年工作安排 (outside the excerpt), null as alt")
SETSIZE_NOTE = ("judgement call: the size of the province's planned set of {} (part of the "
                "plan: {} → target, as the other plan counts); the reading as the size of an "
                "existing set (actual, as 聚焦28条重点产业链 in wr_henan_2025_b) is the "
                "alternative; " + PLAN_NOTE)


# ==== line 1 (source 33): （二）科技强省 ===========================================================
g.neg("（二）坚持创新驱动", "（二）", MARKER_NOTE)

# ==== line 2 (source 34): 深化科技体制机制改革 (no numerals but lexicalized 一体化) ==============

# ==== line 3 (source 35): 建强用好科技创新平台 =====================================================
fact("省科技重大专项8个", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="省科技重大专项",
     metric_alts=["科技重大专项", "实施省科技重大专项", "省科技重大专项数量",
                  "科技重大专项数量"], **PLAN,
     note="持续实施 → the projects to be carried out in 2025; " + PLAN_NOTE)
fact("重点研发项目260项", "260项", value=260, unit="count", kind="count", classifier="项",
     metric="重点研发项目",
     metric_alts=["省重点研发项目", "实施重点研发项目", "重点研发项目数量", "省重点研发项目数量"],
     **PLAN, note="verb 持续实施 (and 省) shared with 省科技重大专项; " + PLAN_NOTE)

# ==== line 4 (source 36): 科技创新和产业创新深度融合 ===============================================
fact("科技特派员3000名", "3000名", value=3000, unit="count", kind="count", classifier="名",
     bound="ge", metric="企业科技特派员",
     metric_alts=["选派企业科技特派员", "科技特派员", "企业科技特派员人数", "企业科技特派员数量",
                  "选派科技特派员"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("成果转化双向", "双向", "双向 'two-way' (揭榜挂帅 in both directions), not a quantity "
      "(as wr_anhui_2025_b)")

# ==== line 5 (source 37): 强化教育人才服务支撑 ====================================================
g.neg("高校“双一流”建设", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")
fact("力争10个学科", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="稳定在世界一流水平的学科",
     metric_alts=["学科", "世界一流学科", "世界一流水平学科", "稳定在世界一流水平学科",
                  "稳定在世界一流水平的学科数量", "一流学科"], **PLAN,
     note="力争 → target; the goal 稳定在世界一流水平 defines the counted set → metric; "
          + PLAN_NOTE)
g.neg("“百万学子留辽来辽”", "百万学子留辽来辽", LABEL_NOTE + " (campaign name “百万学子留辽"
      "来辽” 'a million graduates stay in or come to Liaoning') — judgement call; a count of "
      "about 1e6 graduates is the alternative reading")

# ==== line 6 (source 38): （三）产业结构 ===========================================================
g.neg("（三）持续精准发力", "（三）", MARKER_NOTE)
g.neg("“三篇大文章”", "三篇大文章", LABEL_NOTE + " (结构调整“三篇大文章”: 改造升级“老字号”、"
      "深度开发“原字号”、培育壮大“新字号”, as 三篇大文章 in nw_cctv_20160918_heilongjiang_2016)")
fact("加快建设4个万亿级", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="万亿级产业基地",
     metric_alts=["产业基地", "万亿级产业基地数量", "建设万亿级产业基地", "产业基地数量"],
     **PLAN, note=SETSIZE_NOTE.format("trillion-yuan-class industrial bases",
                                      "加快建设"))
g.neg("4个万亿级产业基地", "万亿级", "class label 万亿级 (a trillion-yuan-class base) naming "
      "the kind of base, no amount stated (as 千亿级 in wr_henan_2025_b / wr_anhui_2025_b), "
      "not a quantity")
fact("、22个重点产业集群", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="重点产业集群",
     metric_alts=["重点产业集群数量", "产业集群", "建设重点产业集群", "产业集群数量"], **PLAN,
     note=SETSIZE_NOTE.format("key industrial clusters", "加快建设 (verb shared)"))

# ==== line 7 (source 39): 加快传统产业转型升级 ====================================================
fact("智能化工厂100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="省级数字化车间、智能化工厂",
     metric_alts=new("省级数字化车间、智能化工厂", "新建省级数字化车间、智能化工厂",
                     "数字化车间、智能化工厂", "省级数字化车间和智能化工厂",
                     "数字化车间和智能化工厂"), **PLAN,
     note="one count over two kinds of units (one number → one fact); units to be newly "
          "built (新建) in 2025, 增量 alts (README §3); " + PLAN_NOTE)
g.neg("新一轮找矿", "一轮", "新一轮 'a new round', not a count")

# ==== line 8 (source 40): 培育壮大新兴产业和未来产业 ===============================================
fact("等10个战略性新兴产业", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="战略性新兴产业",
     metric_alts=["战略性新兴产业数量", "做大做强战略性新兴产业", "新兴产业"], **PLAN,
     note=SETSIZE_NOTE.format("strategic emerging industries (机器人、集成电路装备、生物医药等)",
                              "做大做强"))
g.neg("我们一定要", "一定", "adverb 一定 'certainly', not a quantity (as wr_liaoning_2025)")
g.neg("打下一份基础", "一份", ARTICLE_NOTE + " (一份基础 'a foundation')")
g.neg("创造一份基业", "一份", ARTICLE_NOTE + " (一份基业 'a lasting cause')")

# ==== line 9 (source 41): 做强做优现代服务业 (no facts) ============================================
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”: 科技金融、绿色金融、"
      "普惠金融、养老金融、数字金融)")

# ==== line 10 (source 42): （四）乡村全面振兴 ======================================================
g.neg("（四）扛牢首要担当", "（四）", MARKER_NOTE)

# ==== line 11 (source 43): 确保粮食和重要农产品稳产保供 ===========================================
fact("粮食播种面积达到5330万亩", "5330万亩", value=5330e4, unit="mu", kind="amount",
     metric="粮食播种面积",
     metric_alts=["粮食种植面积", "播种面积", "粮食作物播种面积"], **PLAN,
     note="达到 → eq; the area sown in the 2025 season (a level of the year); 亩 stays mu; "
          + PLAN_NOTE)
g.neg("增产增收一起抓", "一起", "adverb 一起 'together', not a quantity")
fact("高标准农田476万亩", "476万亩", value=476e4, unit="mu", kind="amount",
     metric="新建改造高标准农田",
     metric_alts=["高标准农田", "高标准农田建设", "新建改造高标准农田面积",
                  "高标准农田新建改造", "高标准农田建设面积"], **PLAN, note=PLAN_NOTE)
fact("黑土地保护工程1000万亩", "1000万亩", value=1000e4, unit="mu", kind="amount",
     metric="黑土地保护工程",
     metric_alts=["黑土地保护", "黑土地保护工程面积", "实施黑土地保护工程", "黑土地保护面积",
                  "黑土地保护利用面积"], **PLAN,
     note="the area the programme covers in 2025; " + PLAN_NOTE)
fact("设施农业10万亩", "10万亩", value=10e4, unit="mu", kind="amount",
     metric="新建改造设施农业",
     metric_alts=["设施农业", "设施农业面积", "新建改造设施农业面积", "设施农业新建改造"],
     **PLAN, note=PLAN_NOTE)
fact("规模养殖场200个", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="畜禽规模养殖场",
     metric_alts=new("畜禽规模养殖场", "新建改造畜禽规模养殖场", "规模养殖场"), **PLAN,
     note="verb 新建改造 shared with 设施农业; 增量 alts (README §3); " + PLAN_NOTE)

# ==== line 12 (source 44): 推进乡村产业提质升级 ===================================================
g.neg("梅花鹿等十大", "十大", SET_NOTE + " (十大特色农业产业, summing up 海参、人参、梅花鹿…; "
      "as 十大新兴产业 in wr_anhui_2025_b)")
fact("重点龙头企业50家", "50家", value=50, unit="count", kind="count", classifier="家",
     metric="省级以上农业产业化重点龙头企业",
     metric_alts=new("省级以上农业产业化重点龙头企业", "新增省级以上农业产业化重点龙头企业",
                     "农业产业化重点龙头企业", "龙头企业", "农业产业化龙头企业"), **PLAN,
     note="新增 N: firms to be certified in 2025; the level 省级以上 (no numeral) defines the "
          "counted set (SPEC §2) and stays in the metric; 增量 alts (README §3); " + PLAN_NOTE)
g.neg("农村一二三产业", "一二三", "sector labels 一二三产业 (primary, secondary, tertiary; as "
      "wr_fujian_2025)")
fact("重点支持400个", "400个", value=400, unit="count", kind="count", classifier="个",
     metric="新型农业经营主体",
     metric_alts=["重点支持新型农业经营主体", "支持新型农业经营主体", "新型农业经营主体数量",
                  "提质扩规新型农业经营主体", "支持提质扩规的新型农业经营主体"], **PLAN,
     note="entities to be supported in 2025 (提质扩规); " + PLAN_NOTE)

# ==== line 13 (source 45): 统筹推进乡村建设 =======================================================
g.neg("“千万工程”经验", "千万工程", LABEL_NOTE + " (“千万工程”: 千村示范、万村整治, "
      "Zhejiang's village programme, as wr_hebei_2025_b), not a count")
fact("农村公路5500公里", "5500公里", value=5500e3, unit="m", kind="amount",
     metric="新建改造农村公路",
     metric_alts=["农村公路", "农村公路新建改造", "新建改造农村公路里程", "农村公路里程",
                  "农村公路建设"], **PLAN, note="公里 = 1e3 m; " + PLAN_NOTE)
fact("供水工程300处", "300处", value=300, unit="count", kind="count", classifier="处",
     metric="农村供水工程",
     metric_alts=new("农村供水工程", "建设农村供水工程", "供水工程"), **PLAN,
     note=PLAN_NOTE)
g.neg("三年大变样", "三年大变样", "slogan 年年有变化、三年大变样 ('a change every year, a big "
      "change in three years'), not a duration fact (as 三年上台阶 in wr_yunnan_2025_b)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_liaoning_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: tasks （二） (科技"
    "强省: 体制机制, 创新平台, 产学研融合, 教育人才), （三） (产业结构: 传统产业, 新兴和未来"
    "产业, 现代服务业) and （四） (乡村全面振兴: 粮食保供, 乡村产业, 乡村建设) of part 二、2025年"
    "工作安排, each with its heading. Lines 16-25 are annotated in wr_liaoning_2025 (no "
    "overlap). Among runs of whole lines of 2,000-2,500 characters in lines 26-83 that start "
    "at a task heading, this one holds the most numbers (17 facts; from （一）: lines 29-40, "
    "13; from （三）: lines 38-48, 14); tasks （五）-（十） and part 三 have almost no numbers. Title, dateline and the "
    "heading of part 二 are outside the excerpt (title_in_text=False; title as the source's "
    "first line). Date: 2025-01-16, the date in the report's header (source line 2: ——2025年"
    "1月16日省长 李乐成在辽宁省第十四届人民代表大会第三次会议上的讲话), as wr_liaoning_2025 "
    "(the corpus meta gives only the year 2025). Place: 辽宁省 (辽宁, 全省, 我省 → alts). "
    "Periods: every number is a plan figure for 2025 and no line of the excerpt states a "
    "period, so the facts take the section frame 2025-01-01..2025-12-31 with the heading's "
    "period text 2025年, null as alt (that surface lies outside the excerpt: the shared "
    "check_gold.py reports the period texts as not in the article, as for wr_hebei_2025_b; "
    "period text is not scored). Modality: target throughout (实施, 选派, 力争, 建设, 新建, "
    "新增, 支持 in the plan). Bounds: 以上 → ge (3000名); no other bound words. Units: 万亩 → "
    "mu; 公里 → m. Judgement calls: 4个万亿级产业基地, 22个重点产业集群, 10个战略性新兴产业 → "
    "counts of the plan's sets, target (actual, as an existing set, is the alternative); "
    "万亿级 → class label; 十大(特色农业产业) → set label; “百万学子留辽来辽” → campaign "
    "name; 三年大变样 → slogan; 100个 over 数字化车间、智能化工厂 → one fact. Negatives: "
    "（二）（三）（四）, 双向, 双一流, 百万学子留辽来辽, 三篇大文章, 万亿级, 一轮, 一定, 一份 ×2, "
    "五篇大文章, 一起, 十大, 一二三, 千万工程, 三年大变样. Lexicalized, not listed: 一体 "
    "(一体推进, 一体化), 一流 ×2, 首要.")

g.write(date=REF, source=f"shared/texts/work_report/wr_liaoning_2025.txt lines {FIRST}–{LAST} "
        "(2025年辽宁省政府工作报告, 来源：辽宁日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
