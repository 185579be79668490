"""Gold annotations for wr_shanghai_2025_c (2025年上海市政府工作报告, third excerpt: 2025 tasks),
lines 73-86 of shared/texts/work_report/wr_shanghai_2025.txt.

The excerpt corpora/wr_shanghai_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: task sections （七） (美丽上海: pollution control, carbon,
green space), （八） (city governance: fine management, social governance, safety) and （九）
(people's livelihood: jobs, social security, elderly care and childcare, health, housing) of
part 二、2025年主要任务, each from its heading line, in full (2,297 characters with the final
newline).  Lines 1-13 and 22-35 (the 2024 review) are annotated in wr_shanghai_2025 and
wr_shanghai_2025_b (no overlap).  Of the allowed lines (14-21, 36-96), 14-21 make only 1,736
characters and the target list (line 43) sits in a run that starts at a heading only with
lines 41-51 (1,985 characters, too short); lines 73-86 start at a section heading and are the
densest run of the 2025 tasks (24 facts: things to build or add in 2025).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanghai_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanghai_2025_c"
PLACE = "上海市"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_shanghai_2025.txt"
FIRST, LAST = 73, 86                    # 1-based, inclusive, whole lines
TITLE = "2025年上海市政府工作报告"       # line 1 of the source, outside the excerpt
SH_ALTS = ["上海", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（七）聚力建设美丽上海", ends="促进房地产市场平稳健康发展。")
text = g.text
fact = g.with_subject(PLACE, SH_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
ROUND_NOTE = "round label ({}), not a count"
PLAN3_NOTE = "name of a three-year plan (三年行动), not a duration fact"
PHASE_NOTE = "phase label of a project (N期), not a quantity (README §2 一期)"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# The excerpt lies in part 二、2025年主要任务 (source line 41), whose task list is introduced by
# source line 44 今年要重点做好以下工作。 (both outside the excerpt).  Its lines name no period
# of their own except “十四五”末 (line 14 of the excerpt, source 86), so the tasks take the
# section frame 2025 (SPEC §4), 2025-01-01..2025-12-31, with the period text 今年 of the frame
# line 44 (as wr_guangdong_2025_b THIS_YEAR) and the null reading in period_alts; modality
# target throughout (tasks and goals for 2025).  That surface lies outside the excerpt, so
# shared/gold/check_gold.py reports the period text as not in the article: a known, deliberate
# exception (as wr_fujian_2025_b), rather than a made-up surface.
# - counts of things to build or add (设施, 公园, 座椅, 街区, 消防站, 站点, 床位, 食堂, 托额,
#   住房) → the year, with the end instant as a further alt (the set as a stock; as
#   wr_guangdong_2025_c PLAN_SET);
# - lengths, areas and other task volumes (公里, 亩, 公顷, 平方米, 项, 处, 人) → the year, null as
#   alt (PLAN);
# - 实现“十四五”末总量达到60万套（间）: a stock target at the end of the 14th FYP → the instant
#   2025-12-31 (as 千座 in wr_shanghai_2025), and “十四五”末 then governs the rest of its line
#   (SPEC §4): 3万张以上 and 3000台 get that text with the dates of 2025 (the last year of the
#   plan; the same dates as the frame), the end instant and open readings as alts.
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
PLAN = dict(period=T25, period_alts=[T25_NULL], modality="target")
PLAN_SET = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
FYP = "“十四五”末"
FYP_END = dict(period=P(FYP, "2025-12-31", "2025-12-31"),
               period_alts=[P(FYP, None, "2025-12-31"), P(FYP, "2025-01-01", "2025-12-31"),
                            P(FYP, None, None)], modality="target")
FYP_TAIL = dict(period=P(FYP, "2025-01-01", "2025-12-31"),
                period_alts=[P(FYP, "2025-12-31", "2025-12-31"), P(FYP, None, "2025-12-31"),
                             P(FYP, None, None), T25_NULL], modality="target")
PLAN_NOTE = ("2025 task → target; the line states no period: section frame 2025 (period text "
             "今年 of source line 44), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
TAIL_NOTE = ("“十四五”末 earlier in the line governs it (SPEC §4): the last year of the plan, "
             "2025 (the frame's dates), the end instant and open readings as alts; target")


# ---- line 1 (source 73): heading （七） ------------------------------------------------------
g.neg("（七）聚力建设", "（七）", MARKER_NOTE)

# ---- line 2 (source 74): 深化污染防治攻坚 ----------------------------------------------------
g.neg("完成第三轮清洁空气", "第三轮", ROUND_NOTE.format("第三轮清洁空气行动计划, the third "
      "round of the clean-air plan"))
g.neg("白龙港三期", "三期", PHASE_NOTE)
fact("建成5座湿垃圾", "5座", value=5, unit="count", kind="count", classifier="座",
     metric="湿垃圾资源化处理设施",
     metric_alts=new("湿垃圾资源化处理设施", "建成湿垃圾资源化处理设施", "湿垃圾处理设施"),
     **PLAN_SET, note="facilities to be completed (建成) in 2025, 增量 alts; " + SET_NOTE)

# ---- line 3 (source 75): 碳达峰碳中和 --------------------------------------------------------
g.neg("加快建立能耗双控", "双控", LABEL_NOTE + " (能耗双控 'dual control' of energy use: "
      "total and intensity; as 双碳 in README §2)")
g.neg("向碳排放双控", "双控", LABEL_NOTE + " (碳排放双控 'dual control' of carbon emissions)")
g.neg("“三改联动”", "三改联动", LABEL_NOTE + " (“三改联动”: the three retrofits just "
      "listed), not a count claim")
fact("淘汰落后产能400项", "400项", value=400, unit="count", kind="count", classifier="项",
     metric="淘汰落后产能",
     metric_alts=["落后产能", "淘汰落后产能项目", "落后产能淘汰", "淘汰落后产能项数",
                  "淘汰落后产能数量", "落后产能项目"],
     **PLAN, note="items of outdated capacity to be phased out in 2025 (项 is the measure "
                  "word); " + PLAN_NOTE)

# ---- line 4 (source 76): 拓展优化绿色生态空间 -------------------------------------------------
g.neg("“一江一河一带”", "一江一河一带", LABEL_NOTE + " (“一江一河一带”: 黄浦江, 苏州河 and "
      "the ring-road eco belt; as 一江一河 in wr_shanghai_2025_b)")
fact("绿道断点45处以上", "45处", value=45, unit="count", kind="count", classifier="处",
     bound="ge", metric="外环绿道断点",
     metric_alts=["打通外环绿道断点", "绿道断点", "外环绿道断点数量", "打通绿道断点",
                  "外环绿道断点打通"],
     **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("新增公园120座", "120座", value=120, unit="count", kind="count", classifier="座",
     metric="公园", metric_alts=new("公园", "新增公园"), **PLAN_SET,
     note="新增 N: parks to be added in 2025, 增量 alts (as 新增公园141座 in wr_shanghai_2025); "
          + SET_NOTE)
g.neg("推动公园24小时开放", "24小时", "judgement call: 24小时开放 names the round-the-clock "
      "opening policy (a condition, as 849座公园实现24小时开放 in wr_shanghai_2025_b), not a "
      "measured quantity; a 1-day opening-time fact is the alternative")
fact("新增森林3万亩", "3万亩", value=30000, unit="mu", kind="amount",
     metric="新增森林",
     metric_alts=["森林", "森林面积", "新增森林面积", "森林面积增量", "森林增量"], **PLAN,
     note="亩 stays mu (SPEC §3); forest to be added in 2025 (as 新增森林3.1万亩 in "
          "wr_shanghai_2025_b); " + PLAN_NOTE)
GREEN_NOTE = "新建 distributes over the list (绿道 130公里, 绿地 1000公顷, 立体绿化 40万平方米); "
fact("新建绿道130公里", "130公里", value=130000, unit="m", kind="amount", metric="绿道",
     metric_alts=["新建绿道", "新建绿道长度", "绿道增量", "绿道长度增量", "绿道长度"], **PLAN,
     note=GREEN_NOTE + "公里 → ×1e3 m; " + PLAN_NOTE)
fact("绿地1000公顷", "1000公顷", value=1e7, unit="m2", kind="amount", metric="绿地",
     metric_alts=["新建绿地", "绿地面积", "新建绿地面积", "绿地增量", "绿地面积增量"], **PLAN,
     note=GREEN_NOTE + "公顷 → ×1e4 m2")
fact("立体绿化40万平方米", "40万平方米", value=400000, unit="m2", kind="amount",
     metric="立体绿化",
     metric_alts=["新建立体绿化", "立体绿化面积", "新建立体绿化面积", "立体绿化增量",
                  "立体绿化面积增量"], **PLAN, note=GREEN_NOTE + "万平方米 → ×1e4 m2")

# ---- line 5 (source 77): heading （八） ------------------------------------------------------
g.neg("（八）聚力推进", "（八）", MARKER_NOTE)

# ---- line 6 (source 78): 提升城市精细化管理水平 -----------------------------------------------
g.neg("持续推进15分钟社区生活圈", "15分钟", LABEL_NOTE + " (“15分钟社区生活圈” 'fifteen-"
      "minute community life circle', a planning standard's name; as 15分钟健身圈 in "
      "wr_fujian_2025_b)")
fact("完成130公里架空线", "130公里", value=130000, unit="m", kind="amount",
     metric="架空线入地和杆箱整治",
     metric_alts=["架空线入地", "完成架空线入地和杆箱整治", "架空线入地和杆箱整治长度",
                  "架空线入地长度", "架空线入地和杆箱整治里程"],
     **PLAN, note="公里 → ×1e3 m (as 134公里 in wr_shanghai_2025_b); " + PLAN_NOTE)
fact("推动40个机关", "40个", value=40, unit="count", kind="count", classifier="个",
     metric="对社会开放共享的机关、企事业单位附属空间",
     metric_alts=["机关、企事业单位附属空间", "附属空间", "对社会开放共享附属空间",
                  "机关、企事业单位附属空间对社会开放共享", "开放共享附属空间",
                  "机关、企事业单位附属空间开放共享", "开放共享的附属空间数量"],
     **PLAN_SET, note="spaces to be opened to the public in 2025; the predicate defines the "
                      "counted set → in the metric; " + SET_NOTE)
fact("设置优化3000处", "3000处", value=3000, unit="count", kind="count", classifier="处",
     metric="公共空间休憩座椅",
     metric_alts=["休憩座椅", "设置优化公共空间休憩座椅", "公共空间休憩座椅数量", "座椅",
                  "公共空间座椅"],
     **PLAN_SET, note="处 is the measure word (places with seating); " + SET_NOTE)
fact("建成100个“美丽街区”", "100个", value=100, unit="count", kind="count",
     classifier="个", metric="“美丽街区”",
     metric_alts=new("美丽街区", "建成“美丽街区”", "建成美丽街区", "“美丽街区”数量"),
     **PLAN_SET, note="as 建成102个“美丽街区” in wr_shanghai_2025_b; " + SET_NOTE)
fact("实施18个小区", "18个", value=18, unit="count", kind="count", classifier="个",
     metric="小区、道路积水点改造",
     metric_alts=["积水点改造", "小区、道路积水点", "积水点", "实施小区、道路积水点改造",
                  "小区、道路积水点改造数量", "积水点改造数量"],
     **PLAN, note="18个 counts the waterlogging spots of housing estates and roads to be fixed "
                  "in 2025; " + PLAN_NOTE)

# ---- line 7 (source 79): 深化社会治理创新 -----------------------------------------------------
g.neg("“多格合一”", "多格合一", LABEL_NOTE + " (“多格合一” 'several grids merged into one', a "
      "governance model)")
g.neg("重要实践单元", "单元", "lexicalized 单元 'unit' (单 as in 单位), not a quantity")
g.neg("“三所联动”", "三所联动", LABEL_NOTE + " (“三所联动”, as wr_shanghai_2025_b)")

# ---- line 8 (source 80): 守牢城市安全底线 -----------------------------------------------------
g.neg("治本攻坚三年行动", "三年", PLAN3_NOTE)
fact("建设65个社区微型消防站", "65个", value=65, unit="count", kind="count",
     classifier="个", metric="社区微型消防站",
     metric_alts=new("社区微型消防站", "建设社区微型消防站", "微型消防站"), **PLAN_SET,
     note=SET_NOTE)

# ---- line 9 (source 81): heading （九） ------------------------------------------------------
g.neg("（九）聚力加强", "（九）", MARKER_NOTE)

# ---- line 10 (source 82): 着力稳定和扩大就业 --------------------------------------------------
fact("建成500个社区就业", "500个", value=500, unit="count", kind="count", classifier="个",
     metric="社区就业服务站点",
     metric_alts=new("社区就业服务站点", "建成社区就业服务站点", "就业服务站点"), **PLAN_SET,
     note=SET_NOTE)
fact("城镇新增就业60万人以上", "60万人", value=600000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **PLAN,
     note="以上 → ge (outside the span); standard indicator name (新增 part of it); "
          + PLAN_NOTE)
g.neg("第48届世界技能大赛", "第48届", "edition label of an event (第48届世界技能大赛), not a "
      "count")
g.neg("上海市第二届职业技能大赛", "第二届", "edition label of an event (第二届职业技能大赛), "
      "not a count")

# ---- line 11 (source 83): 健全社会保障体系 — no number -------------------------------------

# ---- line 12 (source 84): 提高养老托育服务品质 ------------------------------------------------
fact("新增3000张养老床位", "3000张", value=3000, unit="count", kind="count",
     classifier="张", metric="养老床位", metric_alts=new("养老床位", "新增养老床位"),
     **PLAN_SET, note="新增 N: beds to be added in 2025, 增量 alts; " + SET_NOTE)
fact("改建3000张认知障碍", "3000张", value=3000, unit="count", kind="count",
     classifier="张", metric="认知障碍照护床位",
     metric_alts=new("认知障碍照护床位", "改建认知障碍照护床位", "照护床位"), **PLAN_SET,
     note="beds to be converted (改建) in 2025 (as 3210张 in wr_shanghai_2025_b); " + SET_NOTE)
fact("新建30个社区长者食堂", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="社区长者食堂",
     metric_alts=new("社区长者食堂", "新建社区长者食堂", "长者食堂"), **PLAN_SET,
     note=SET_NOTE)
fact("新增3000个公办幼儿园", "3000个", value=3000, unit="count", kind="count",
     classifier="个", metric="公办幼儿园托班托额",
     metric_alts=new("公办幼儿园托班托额", "新增公办幼儿园托班托额", "托班托额", "公办幼儿园托班"),
     **PLAN_SET, note="places (托额) to be added in 2025; " + SET_NOTE)

# ---- line 13 (source 85): 建设健康上海 ----------------------------------------------------------
g.neg("启动实施新一轮", "一轮", ROUND_NOTE.format("新一轮 'a new round'"))

# ---- line 14 (source 86): 提升市民居住品质 ----------------------------------------------------
fact("建设筹措7万套（间）", "7万套（间）", value=70000, unit="count", kind="count",
     classifier="套（间）", metric="保障性租赁住房",
     metric_alts=new("保障性租赁住房", "建设筹措保障性租赁住房", "筹措保障性租赁住房", "保租房"),
     **PLAN_SET,
     note="the measure word is 套（间） ('units (rooms)'), kept whole in the span as the unit "
          "written (as 7.2万套（间） in wr_shanghai_2025_b); " + SET_NOTE)
g.neg("实现“十四五”末", "十四五", "plan label 十四五 (inside the period expression “十四五”末 "
      "= end of 2025; as wr_shanghai_2025)")
fact("总量达到60万套（间）", "60万套（间）", value=600000, unit="count", kind="count",
     classifier="套（间）", metric="保障性租赁住房总量",
     metric_alts=["保障性租赁住房", "保障性租赁住房总数", "保障性租赁住房累计", "保租房总量",
                  "总量", "保障性租赁住房供应总量", "保障性租赁住房数量"],
     **FYP_END,
     note="达到 → eq; a stock goal at the end of the 14th FYP (“十四五”末 = end of 2025) → the "
          "instant 2025-12-31, target (as 千座 in wr_shanghai_2025), open readings and the year "
          "as alts; head 保障性租赁住房 restored from the clause before")
fact("床位3万张以上", "3万张", value=30000, unit="count", kind="count", classifier="张",
     bound="ge", metric="“新时代城市建设者管理者之家”床位",
     metric_alts=["新时代城市建设者管理者之家床位", "城市建设者管理者之家床位",
                  "筹措供应“新时代城市建设者管理者之家”床位", "床位",
                  "筹措供应新时代城市建设者管理者之家床位"],
     **FYP_TAIL, note="以上 → ge (outside the span); beds to be supplied in 2025; " + TAIL_NOTE)
fact("加装电梯3000台", "3000台", value=3000, unit="count", kind="count", classifier="台",
     metric="既有多层住宅加装电梯",
     metric_alts=["加装电梯", "既有多层住宅加装电梯数量", "加装电梯数量", "电梯",
                  "既有多层住宅加装电梯台数", "完成既有多层住宅加装电梯"],
     **FYP_TAIL, note="lifts to be installed in 2025 (as 3005台 in wr_shanghai_2025_b); "
                      + TAIL_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shanghai_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: task sections （七） "
    "(美丽上海), （八） (城市治理, 安全韧性) and （九） (民生) of part 二、2025年主要任务, each in "
    "full from its heading line. Lines 1-13 and 22-35 (the 2024 review) are annotated in "
    "wr_shanghai_2025 and wr_shanghai_2025_b (no overlap). Of the allowed lines (14-21, "
    "36-96), 14-21 make only 1,736 characters; the run from the heading 二、2025年主要任务 "
    "through line 51 (with the target list of line 43) makes 1,985, and adding line 52 passes "
    "2,500; lines 73-86 start at a section heading and are the densest run of the 2025 tasks. "
    "Title, dateline and source line are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-15, the delivery date in the dateline (source "
    "line 2: ----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告), as "
    "wr_shanghai_2025; the shared meta gives only '2025'. Place: 上海市 (alts 上海, 全市); the "
    "city owns every figure. Periods: the excerpt names no period of its own except “十四五”末; "
    "its tasks take the section frame 2025 (part 二、2025年主要任务, task list introduced by "
    "source line 44 今年要重点做好以下工作), 2025-01-01..2025-12-31, with the period text 今年 "
    "and null as alt; that surface is outside the excerpt, so shared/gold/check_gold.py "
    "reports it as 'not in the article' (a deliberate exception, as wr_fujian_2025_b). Counts of "
    "things to build or add carry the end instant 2025-12-31 as a further alt (as "
    "wr_guangdong_2025_c PLAN_SET); 60万套（间） (总量 at “十四五”末) is a stock target, the "
    "instant 2025-12-31; “十四五”末 then governs the rest of its line (3万张以上, 3000台) with "
    "the dates of 2025. Modality: target throughout. Bounds: 以上 → ge (45处, 60万人, 3万张). "
    "Units: 公里 → m; 公顷 → m2 (×1e4); 万平方米 → m2; 亩 stays mu; 套（间）, 张, 座, 处, 个, "
    "台, 项, 人 → counts with classifier. Judgement calls: 24小时 (公园24小时开放) a policy "
    "condition, negative (as wr_shanghai_2025_b); 15分钟 (社区生活圈) a label; 18个 (小区、道路"
    "积水点改造) one count of spots; 400项 落后产能 a count of items; the literal SPEC §4 "
    "inheritance of “十四五”末 for the two clauses after it (same dates as the frame). "
    "Negatives: （七）（八）（九）, 第三轮, 三期, 双控 ×2, 三改联动, 一江一河一带, 24小时, 15分钟, "
    "多格合一, 单元, 三所联动, 三年, 第48届, 第二届, 一轮, 十四五. Lexicalized, not listed: "
    "一体化 ×2, 单位 (企事业单位).")

g.write(date=REF, source=f"shared/texts/work_report/wr_shanghai_2025.txt lines {FIRST}–{LAST} "
        "(来源：解放日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
