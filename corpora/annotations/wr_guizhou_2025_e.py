"""Gold annotations for wr_guizhou_2025_e (2025年贵州省政府工作报告, the 2025 plan: industry,
digital economy, tourism), lines 30-32 of shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/wr_guizhou_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): three paragraphs of task
（二） 进一步凝聚力量推动产业发展 — 坚定不移主攻工业 (富矿精开, resource processing, liquor,
coal, power, gas, electric vehicles, aviation, low-altitude economy, textiles, new firms),
推动数字经济取得新突破 (computing power, data industry, software, digital transformation) and
持续提升旅游业发展质效 (tourism growth, scenic areas, liquor tourism, hotels, streets).  All of
it lies in part 二、2025年主要目标任务 (heading on source line 22, outside the excerpt): the
plan for 2025.  Lines 10-12, 15-17, 22-29 and 57-65 are annotated in wr_guizhou_2025 / _b /
_d / _c (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guizhou_2025_e"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 30, 32                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="坚定不移主攻工业。",
                 ends="加快提升旅游业层次和水平。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
GRADE_NOTE = "grade label {} (part of the counted set's name), not a quantity"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 二、2025年主要目标任务 (heading on source line 22, outside the
# excerpt; 今年是“十四五”规划收官之年, source line 23): the tasks for 2025 → modality target.
# None of the three lines states a period of its own, so every number takes the section
# frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (outside the
# excerpt; period text is not scored) and the null reading in period_alts (PLAN, as
# wr_guizhou_2025_d).  Stocks to be reached (电力装机容量达, 集聚企业达到 N 家) → the instant
# 2025-12-31 with the year and null as alts (PLAN_END); things to be built, cultivated or
# added as a set (建成投产煤矿20处, 打造…, 培育…) → the year with the end instant as a further
# alt (PLAN_SET).  Sizes of existing sets the plan works on (the 2 backup projects approved in
# 2024, the 21 liquor-tourism areas of 2024) → actual, the frame with null and the reference
# date as alts (EXIST, as wr_guizhou_2025_c / _d).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
S25_NOW = P("2025年", REF, REF)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, S25_NOW], modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年主要目标任务 (source line 22, outside the excerpt), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/created: the end instant as a further alt"
END_NOTE = ("a stock to be reached → the instant at the end of the 2025 frame (stock rule), "
            "the year and null as alts; target")
EXIST_NOTE = ("judgement call: {} — the size of an existing set the plan works on, not a goal "
              "→ actual (as wr_guizhou_2025_c 5个国家区域医疗中心二期项目 / wr_guizhou_2025_d "
              "在建项目); section frame 2025 with null and the reference date as alts; target "
              "is the alternative reading")

# ==== line 1 (source 30): 坚定不移主攻工业 ======================================================
g.neg("加快提级增储一批", "一批", VAGUE_NOTE)
g.neg("新增探获一批", "一批", VAGUE_NOTE)
fact("资源精深加工产业产值达3300亿元", "3300亿元", value=3300e8, unit="CNY", kind="amount",
     metric="资源精深加工产业产值",
     metric_alts=["资源精深加工产业", "资源精深加工产值", "资源精深加工产业总产值"], **PLAN,
     note="达 → eq; 亿元 = 1e8; the output of the year (a flow) → the year; " + PLAN_NOTE)
fact("白酒产业完成产值1600亿元", "1600亿元", value=1600e8, unit="CNY", kind="amount",
     metric="白酒产业产值",
     metric_alts=["白酒产业完成产值", "白酒产值", "白酒产业", "白酒产业总产值"], **PLAN,
     note="完成 → eq; " + PLAN_NOTE)
fact("建成投产煤矿20处", "20处", value=20, unit="count", kind="count", classifier="处",
     metric="建成投产煤矿",
     metric_alts=new("煤矿", "煤矿", "建成投产的煤矿", "投产煤矿", "建成投产煤矿数量"),
     **PLAN_SET, note="mines to be completed and put into production in 2025; 增量 alts "
                      "(README §3); " + SET_NOTE)
RAW = ["原煤产量", "原煤", "调度原煤"]
fact("调度原煤产量1.8亿吨", "1.8亿吨", value=1.8e8, unit="t", kind="amount",
     metric="调度原煤产量", metric_alts=RAW, **PLAN,
     note="亿吨 = 1e8 t; 调度 kept in the primary metric as written, 原煤产量 as alt (as "
          "wr_guizhou_2025 调度原煤产量1.68亿吨); " + PLAN_NOTE)
fact("电力装机容量达9700万千瓦", "9700万千瓦", value=9.7e10, unit="W", kind="amount",
     metric="电力装机容量",
     metric_alts=["电力装机", "装机容量", "发电装机容量", "全省电力装机容量"], **PLAN_END,
     note="达 → eq; 9700万千瓦 = 9.7e10 W; installed capacity (a stock): " + END_NOTE)
fact("发电量达2700亿千瓦时", "2700亿千瓦时", value=2.7e11, unit="kWh", kind="amount",
     metric="发电量", metric_alts=["发电", "全省发电量"], **PLAN,
     note="达 → eq; 2700亿千瓦时 = 2.7e11 kWh; " + PLAN_NOTE)
GAS_NOTE = ("projects whose construction is to be pushed forward in 2025 (as 全力推进1000个亿元"
            "以上工业项目建设 in wr_guizhou_2025_d) → target; judgement call: some may already be "
            "under way (actual is the alternative reading); shared 项目 restored in each metric "
            "(README §3); " + PLAN_NOTE)
fact("加快推进11个煤层气", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="煤层气项目",
     metric_alts=["煤层气项目建设", "煤层气项目数量", "推进煤层气项目", "煤层气"], **PLAN,
     note=GAS_NOTE)
fact("5个页岩气项目", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="页岩气项目",
     metric_alts=["页岩气项目建设", "页岩气项目数量", "推进页岩气项目", "页岩气"], **PLAN,
     note=GAS_NOTE)
fact("非常规天然气产量达5.2亿立方米", "5.2亿立方米", value=5.2e8, unit="m3", kind="amount",
     metric="非常规天然气产量",
     metric_alts=["非常规天然气", "非常规天然气产量规模", "天然气产量"], **PLAN,
     note="达 → eq; 亿立方米 = 1e8 m3; " + PLAN_NOTE)
g.neg("布局发展一批汽车", "一批", VAGUE_NOTE)
g.neg("汽车零部件配套", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as wr_anhui_2025_d "
      "/ wr_hunan_2025_c)")
fact("新能源汽车产量突破25万辆", "25万辆", value=25e4, unit="count", kind="count",
     classifier="辆", bound="gt", metric="新能源汽车产量",
     metric_alts=["新能源汽车", "新能源汽车生产", "全省新能源汽车产量"], **PLAN,
     note="突破 → gt (outside the span); " + PLAN_NOTE)
fact("汽车制造业增加值增长60%以上", "60%", value=60, unit="%", kind="growth", bound="ge",
     metric="汽车制造业增加值", metric_alts=["汽车制造业", "汽车制造业增加值增速"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("加快推进2个国家重大产业备份项目", "2个", value=2, unit="count", kind="count",
     classifier="个", metric="国家重大产业备份项目",
     metric_alts=["国家重大产业备份项目建设", "重大产业备份项目", "产业备份项目",
                  "国家重大产业备份项目数量"], **EXIST,
     note=EXIST_NOTE.format("the 2 national backup projects approved in 2024 (获批建设2个国家"
                            "重大产业备份项目, wr_guizhou_2025) whose building the plan speeds up"))
fact("装备制造业增加值增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="装备制造业增加值", metric_alts=["装备制造业", "装备制造业增加值增速"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("低空经济高质量发展三年行动", "三年", PLAN3_NOTE + " (低空经济高质量发展三年行动)")
fact("纺织服装产业增加值增长16%左右", "16%", value=16, unit="%", kind="growth", bound="approx",
     metric="纺织服装产业增加值", metric_alts=["纺织服装产业", "纺织服装业增加值"],
     comparison="yoy", **PLAN, note="左右 → approx (outside the span); " + PLAN_NOTE)
g.neg("培育一批药食同源", "一批", VAGUE_NOTE)
fact("新增规模以上工业企业400户以上", "400户", value=400, unit="count", kind="count",
     classifier="户", bound="ge", metric="规模以上工业企业",
     metric_alts=new("规模以上工业企业", "新增规模以上工业企业", "规上工业企业", "新增规上工业企业"),
     **PLAN,
     note="以上 → ge (outside the span); 户 is a classifier; firms to be added in 2025 (新增 N, "
          "增量 alts, README §3; 规模以上 is a threshold without a numeral, in the metric); "
          + PLAN_NOTE)
fact("“专精特新”企业100户以上", "100户", value=100, unit="count", kind="count",
     classifier="户", bound="ge", metric="“专精特新”企业",
     metric_alts=new("“专精特新”企业", "专精特新企业", "培育“专精特新”企业", "培育专精特新企业"),
     **PLAN_SET, note="以上 → ge (outside the span); firms to be cultivated (培育) in 2025; "
                      + SET_NOTE)

# ==== line 2 (source 31): 推动数字经济取得新突破 ==================================================
fact("智算中心等75个亿元以上", "75个", value=75, unit="count", kind="count", classifier="个",
     metric="亿元以上项目",
     metric_alts=["亿元以上项目建设", "推进亿元以上项目", "项目", "亿元以上项目数量",
                  "算力亿元以上项目", "华为云全球智算中心等亿元以上项目"], **PLAN,
     note="projects to be pushed forward in 2025 (as 全力推进1000个亿元以上工业项目建设 in "
          "wr_guizhou_2025_d); 亿元以上 is the threshold of the counted set (negative); "
          + PLAN_NOTE)
g.neg("75个亿元以上项目", "亿元", THRESH_NOTE.format("亿元以上, the size of the projects "
      "counted"))
fact("算力产业规模达到120亿元", "120亿元", value=120e8, unit="CNY", kind="amount",
     metric="算力产业规模",
     metric_alts=["算力产业", "算力产业营收", "算力产业收入", "带动算力产业规模"], **PLAN,
     note="达到 → eq; 亿元 = 1e8; the industry's size in money (its revenue of the year, a "
          "flow) → the year; " + PLAN_NOTE)
fact("生态伙伴企业达到100家", "100家", value=100, unit="count", kind="count", classifier="家",
     metric="华为云生态伙伴企业",
     metric_alts=["集聚华为云生态伙伴企业", "生态伙伴企业", "华为云生态伙伴企业数量",
                  "集聚华为云生态伙伴企业数量"],
     subject_alts=GZ_ALTS + ["华为云"], **PLAN_END,
     note="达到 → eq; partner firms of Huawei Cloud clustered in the province (a register, "
          "a stock) → " + END_NOTE + "; the province keeps the subject, 华为云 as alt")
SOFT = ["软件和信息技术服务业业务收入", "软件和信息技术服务业营业收入", "软件业收入",
        "软件和信息技术服务业"]
fact("服务业收入达到1200亿元", "1200亿元", value=1200e8, unit="CNY", kind="amount",
     metric="软件和信息技术服务业收入", metric_alts=SOFT, **PLAN,
     note="达到 → eq; " + PLAN_NOTE)
fact("1200亿元、增长20%左右", "20%", value=20, unit="%", kind="growth", bound="approx",
     metric="软件和信息技术服务业收入", metric_alts=SOFT, comparison="yoy", **PLAN,
     note="左右 → approx (outside the span); " + PLAN_NOTE)
fact("科创城集聚企业达到1600家", "1600家", value=1600, unit="count", kind="count",
     classifier="家", metric="集聚企业",
     metric_alts=["企业", "入驻企业", "集聚企业数量", "贵阳大数据科创城集聚企业"],
     subject="贵阳大数据科创城", subject_alts=["大数据科创城", "贵阳", PLACE] + GZ_ALTS,
     **PLAN_END,
     note="达到 → eq; the science city owns the count (as wr_guizhou_2025 集聚企业1355家); "
          "firms clustered there (a stock) → " + END_NOTE)
fact("打造数据产品100个以上", "100个", value=100, unit="count", kind="count",
     classifier="个", bound="ge", metric="数据产品",
     metric_alts=new("数据产品", "打造数据产品"), **PLAN_SET,
     note="以上 → ge (outside the span); " + SET_NOTE)
fact("数据开发利用机构100家以上", "100家", value=100, unit="count", kind="count",
     classifier="家", bound="ge", metric="数据开发利用机构",
     metric_alts=new("数据开发利用机构", "培育数据开发利用机构"), **PLAN_SET,
     note="以上 → ge (outside the span); " + SET_NOTE)
fact("交易所交易额达到100亿元以上", "100亿元", value=100e8, unit="CNY", kind="amount",
     bound="ge", metric="交易额",
     metric_alts=["贵阳大数据交易所交易额", "数据交易额", "交易规模", "成交额"],
     subject="贵阳大数据交易所", subject_alts=["大数据交易所", "贵阳", PLACE] + GZ_ALTS,
     **PLAN,
     note="达到 → eq on the verb, 以上 → ge (outside the span); the exchange owns the number "
          "(README §4); the trading of the year (a flow) → " + PLAN_NOTE)
g.neg("在“8+4”等重点", "8+4", LABEL_NOTE + " (“8+4” key industries, a name), not counts 8 "
      "and 4 — judgement call")
g.neg("培育形成一批大模型", "一批", VAGUE_NOTE)
fact("完成1200户规模以上", "1200户", value=1200, unit="count", kind="count", classifier="户",
     metric="数字化改造规模以上工业企业",
     metric_alts=["规模以上工业企业数字化改造", "完成数字化改造的规模以上工业企业",
                  "规上工业企业数字化改造", "数字化改造企业", "规模以上工业企业",
                  "数字化改造规模以上工业企业数量"], **PLAN,
     note="户 is a classifier; firms whose digital retrofit is to be completed in 2025 (the "
          "predicate defines the counted set → in the metric); " + PLAN_NOTE)
fact("打造5个智能工厂", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="智能工厂", metric_alts=new("智能工厂", "打造智能工厂"), **PLAN_SET,
     note=SET_NOTE)
fact("100个数字化车间", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="数字化车间", metric_alts=new("数字化车间", "打造数字化车间"), **PLAN_SET,
     note="verb 打造 shared; " + SET_NOTE)

# ==== line 3 (source 32): 持续提升旅游业发展质效 ==================================================
g.neg("围绕“三大要素”", "三大", SET_LABEL_NOTE + " (“三大要素”)")
g.neg("深入实施“四大行动”", "四大", SET_LABEL_NOTE + " (“四大行动”)")
TOUR = ["接待游客人次", "旅游总花费", "游客人次", "旅游花费", "接待游客", "游客接待人次",
        "接待游客人次和旅游总花费", "全省接待游客人次、旅游总花费"]
fact("均增长8%以上", "8%", value=8, unit="%", kind="growth", bound="ge",
     metric="接待游客人次、旅游总花费", metric_alts=TOUR, comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); one quantity mention over two indicators (均) → one "
          "fact, each indicator as a metric alt (as wr_guizhou_2025 增速均超过30%); "
          + PLAN_NOTE)
g.neg("支持西江千户苗寨", "千户", NAME_NOTE.format("西江千户苗寨, a village of the 黔东南 Miao"))
g.neg("创建国家5A级旅游景区", "5A级", GRADE_NOTE.format("5A级 (the top scenic-area class)"))
fact("世界第一高桥", "第一", value=1, unit="rank", kind="rank", scope="世界",
     metric="桥梁高度",
     metric_alts=["高度", "桥高", "桥梁高度排名", "高桥", "世界高桥排名"],
     subject="花江峡谷大桥", subject_alts=["花江峡谷大桥桥旅融合景区", PLACE] + GZ_ALTS,
     period=S25, period_alts=[S25_NULL, S25_END, S25_NOW], modality="target",
     note="judgement call: 世界第一高桥 is a measured ranking (the bridge's height, rank 1, "
          "scope 世界; span = ordinal marker + number, README §1), owned by the bridge; the "
          "bridge is still being built (加快建设) → its designed height → target (README §6 "
          "designed capacities of projects still being built); section frame 2025 (completion "
          "year) with null, the year end and the reference date as alts; reading it as a "
          "descriptive epithet (negative) is the alternative")
g.neg("更大力度推进“四个一批”", "四个一批", LABEL_NOTE + " (“四个一批”, the liquor-tourism "
      "programme)")
fact("打造10家优质酱酒体验店", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="优质酱酒体验店",
     metric_alts=new("优质酱酒体验店", "打造优质酱酒体验店", "酱酒体验店"), **PLAN_SET,
     note=SET_NOTE)
fact("提升21个酒旅融合景区", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="酒旅融合景区",
     metric_alts=["酒旅融合景区数量", "酒旅融合旅游景区", "提升运营水平的酒旅融合景区"], **EXIST,
     note=EXIST_NOTE.format("the 21 liquor-tourism areas reached in 2024 (酒旅融合景区达到21家, "
                            "wr_guizhou_2025) whose operation the plan improves"))
fact("建设5条美酒美食街区", "5条", value=5, unit="count", kind="count", classifier="条",
     metric="美酒美食街区",
     metric_alts=new("美酒美食街区", "建设美酒美食街区", "美食街区"), **PLAN_SET,
     note=SET_NOTE)
fact("涉旅企业100家以上", "100家", value=100, unit="count", kind="count", classifier="家",
     bound="ge", metric="规上（限上）涉旅企业",
     metric_alts=new("规上（限上）涉旅企业", "新增规上（限上）涉旅企业", "规上(限上)涉旅企业",
                     "新增规上(限上)涉旅企业", "规上涉旅企业", "涉旅企业", "新增涉旅企业"),
     **PLAN,
     note="以上 → ge (outside the span); firms to be added in 2025 (新增 N, 增量 alts, README "
          "§3); " + PLAN_NOTE)
fact("引进涉旅头部企业5家以上", "5家", value=5, unit="count", kind="count", classifier="家",
     bound="ge", metric="涉旅头部企业",
     metric_alts=["引进涉旅头部企业", "头部企业", "涉旅头部企业数量", "引进的涉旅头部企业"],
     **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("盘活旅游存量项目40个左右", "40个", value=40, unit="count", kind="count",
     classifier="个", bound="approx", metric="盘活旅游存量项目",
     metric_alts=["旅游存量项目", "盘活的旅游存量项目", "盘活旅游存量项目数量"], **PLAN,
     note="左右 → approx (outside the span); as wr_guizhou_2025 旅游存量项目83个; " + PLAN_NOTE)
g.neg("增加“一场三站”", "一场三站", LABEL_NOTE + " (“一场三站”: the airport and three "
      "stations)")
g.neg("新增五星级饭店", "五星级", GRADE_NOTE.format("五星级 (hotel grade)"))
fact("五星级饭店5家", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="五星级饭店",
     metric_alts=["新增五星级饭店", "五星级饭店增量", "五星级酒店", "五星级饭店数量增量"],
     **PLAN, note="新增 N: hotels to be added in 2025; 增量 alts (README §3, as wr_guizhou_2025 "
                  "五星级饭店3家); " + PLAN_NOTE)
g.neg("培育四星级标准饭店", "四星级", GRADE_NOTE.format("四星级 (hotel grade)"))
fact("四星级标准饭店40家", "40家", value=40, unit="count", kind="count", classifier="家",
     metric="四星级标准饭店",
     metric_alts=new("四星级标准饭店", "培育四星级标准饭店", "四星级饭店", "四星级酒店"),
     **PLAN_SET, note="hotels to be cultivated (培育) to the 4-star standard; " + SET_NOTE)
fact("新增民宿经营主体1500家", "1500家", value=1500, unit="count", kind="count",
     classifier="家", metric="民宿经营主体",
     metric_alts=new("民宿经营主体", "新增民宿经营主体", "民宿"), **PLAN,
     note="新增 N: businesses to be added in 2025; 增量 alts (README §3); " + PLAN_NOTE)
g.neg("培育一批标准化", "一批", VAGUE_NOTE)
g.neg("培育一批“贵系列”", "一批", VAGUE_NOTE)
g.neg("开发一批民族民间", "一批", VAGUE_NOTE)
fact("打造6条旅游休闲街区", "6条", value=6, unit="count", kind="count", classifier="条",
     metric="旅游休闲街区",
     metric_alts=new("旅游休闲街区", "打造旅游休闲街区", "休闲街区"), **PLAN_SET,
     note=SET_NOTE)
g.neg("建成一批旅居示范", "一批", VAGUE_NOTE)
fact("用好240小时", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签停留期限", "过境免签时长", "免签停留时间", "过境免签停留时限",
                  "停留时间", "过境免签", "过境免签政策"],
     subject_alts=GZ_ALTS + ["中国"], **EXIST,
     note="the length of stay under the visa-free transit rule (240小时 = 10 day, SPEC §3 "
          "小时 = 1/24), a standard in force (as wr_yunnan_2025 / wr_anhui_2025_c); in force "
          "since December 2024 (the review, source line 14: 240小时过境免签政策落地实施) and "
          "only to be used well (用好) in 2025 → " + EXIST_NOTE.format("a rule in force") +
          "; a label negative (the policy's name) is the other reading")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). It lies in "
    "part 二、2025年主要目标任务 (heading on source line 22, outside the excerpt), the plan for "
    "2025: three paragraphs of task （二） 进一步凝聚力量推动产业发展 — 坚定不移主攻工业, 推动"
    "数字经济取得新突破, 持续提升旅游业发展质效. Lines 10-12, 15-17, 22-29 and 57-65 are "
    "annotated in wr_guizhou_2025 / _b / _d / _c (no overlap). Title line, source line and "
    "dateline are outside the excerpt (title_in_text=False; the title as the source's first "
    "line). Date: 2025-01-19, the delivery date in the report's dateline (source line 3: "
    "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: "
    "贵州省 (贵州, 全省, 我省 → alts); owners of their own numbers: 贵阳大数据科创城 (1600家), "
    "贵阳大数据交易所 (交易额), 花江峡谷大桥 (rank); 华为云 partner firms keep the province (华为云 "
    "as alt). Periods: no line states a period; every number takes the heading's frame 2025 "
    "(period text 2025年, outside the excerpt, 2025-01-01..2025-12-31, null as alt); stocks to "
    "be reached (电力装机容量达9700万千瓦, 集聚企业达到100家/1600家) → the instant 2025-12-31 "
    "with the year and null as alts; things to be built/cultivated (煤矿20处, 专精特新企业, "
    "数据产品, 机构, 智能工厂, 车间, 体验店, 街区, 四星级饭店) → the year with the end instant as "
    "alt. Modality: target throughout, except existing sets the plan works on (2个国家重大产业"
    "备份项目 approved in 2024, 21个酒旅融合景区 reached in 2024) and the 240小时 visa-free rule "
    "in force → actual (judgement calls, as wr_guizhou_2025_c / _d; the reference date as a "
    "period alt). Bounds: 左右 → approx; 以上 → ge; 突破 → gt; 达/达到/完成 → eq. Units: 亿元 "
    "1e8; 万千瓦 → W (1e7); 亿千瓦时 → kWh; 亿立方米 → m3; 亿吨 → t; 万辆 → count; 240小时 → 10 "
    "day. Judgement calls: 接待游客人次、旅游总花费均增长8%以上 → one growth fact over two "
    "indicators (each as alt); 世界第一高桥 → rank 1 (scope 世界) of the bridge's height, target "
    "(a bridge under construction); 11个煤层气、5个页岩气项目 and 75个亿元以上项目 → target (as "
    "wr_guizhou_2025_d 1000个); 240小时过境免签政策 → a rule in force (10 day, actual); “8+4”, "
    "三大要素, 四大行动, 四个一批, 一场三站 → labels. Negatives: 一批 ×9, 零部件, 三年 (三年行动), 亿元 "
    "(threshold), 8+4, 三大, 四大, 千户 (西江千户苗寨), 5A级, 四个一批, 一场三站, 五星级, 四星级. "
    "Lexicalized, not listed: 一体化 ×3 / 一体 (矿化一体), 一流.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
