"""Gold annotations for wr_neimenggu_2025_b (2025年内蒙古自治区政府工作报告, 2025 tasks （四）-（五）),
lines 30-36 of shared/texts/work_report/wr_neimenggu_2025.txt.

The excerpt corpora/wr_neimenggu_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: task （四）优化调整产业布局，加快构建优势特色现代化产业体系
in full (heading line; 走在全国前列的产业 — dairy, rare earths, coal chemicals, computing
power; 有特色、有优势的产业 — new energy, storage, green power, hydrogen, equipment, farm
produce chains; 有潜力、有条件的产业 — low-altitude economy, AI, biomanufacturing, alloys),
then the heading of task （五） (农牧业) and its first two paragraphs (单产提升行动 with the
farmland and output targets; 草原畜牧业转型升级).  Lines 10-16 are annotated in
wr_neimenggu_2025 (no overlap).  Lines 30-36 make 2,405 characters and hold the most numbers
of the runs of 2,000-2,500 characters in lines 17-67 that start at a section heading (about
45 numerals; lines 19-28, 2,364 characters, about 26, many of them road names); adding line
37 would pass 2,500.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_neimenggu_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_neimenggu_2025_b"
PLACE = "内蒙古自治区"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_neimenggu_2025.txt"
FIRST, LAST = 30, 36                    # 1-based, inclusive, whole lines
TITLE = "2025年内蒙古自治区政府工作报告"
NM_ALTS = ["内蒙古", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（四）优化调整产业布局", ends="天然草原草畜平衡指数降到10%以下。")
text = g.text
fact = g.with_subject(PLACE, NM_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SET_NOTE = ("N大 + noun, a set label (README §2 八大; as 两大沙漠 / 7大产业集群 in other golds), "
            "not a count claim")
CLASS_NOTE = ("class label 千亿级 (the 100-billion-yuan class of a chain), no amount stated (as "
              "千亿级 in wr_henan_2025_b / wr_hunan_2025_b), not a fact")
LEX_NOTE = "lexicalized {} ('{}'), not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 14, outside the
# excerpt): the plan for 2025.  No line of the excerpt states a period of its own (no 今年,
# 全年, 年度 or date in lines 30-36), so every number takes that section frame (SPEC §4),
# 2025-01-01..2025-12-31, with the heading's period text 2025年 and null in period_alts (as
# wr_neimenggu_2025 for the targets of line 16, and wr_hunan_2025_b whose frame text also
# lies outside its excerpt).  A level to be reached (算力规模突破…, the rank of the computing
# capacity) is the instant at the end of the frame, 2025-12-31, the year and null as alts;
# shares to be reached (养殖比重达到…) → the year with the year end as alt.  Modality: target
# throughout (plan text: 力争, 确保, 新建, 实施, 开工建设), except the size of an existing set
# (肉羊、玉米2个千亿级产业链 → actual, as 聚焦28条重点产业链 in wr_henan_2025_b).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (source line 14, 2025), null as alt")
END_NOTE = ("a level to be reached → the instant at the end of the 2025 frame (stock rule), "
            "the year and null as alts")


# ---- line 1 (source 30): heading （四） ---------------------------------------------------------
g.neg("（四）优化调整", "（四）", MARKER_NOTE)
g.neg("全区“一盘棋”", "一盘棋", "idiom “一盘棋” ('one chessboard', acting as a whole), not a "
      "quantity")
fact("整合设立百亿产业基金", "百亿", value=1e10, unit="CNY", kind="amount",
     metric="产业基金规模",
     metric_alts=["产业基金", "百亿产业基金", "产业基金总规模", "设立产业基金规模",
                  "整合设立产业基金"], **PLAN,
     note="judgement call: the size written into the fund's name (百亿产业基金 'a "
          "10-billion-yuan industry fund'; SPEC §1: a quantity with a unit inside a name is a "
          "fact, as 百万吨乙烯 in wr_henan_2025_b); 百亿 = 1e10, yuan implied; the fund is to "
          "be set up (整合设立) → target; reading it as a class label (negative, as 百亿级) is "
          "the alternative; " + PLAN_NOTE)
g.neg("精心打造十大产业集群", "十大", SET_NOTE + " (十大产业集群, the region's ten clusters "
      "named as a group)")

# ---- line 2 (source 31): 推动走在全国前列的产业保持领先地位 ---------------------------------------
g.neg("伊利、蒙牛两大乳企", "两大", SET_NOTE + "; 两大 restates the two firms just named")
fact("乳业产业链产值突破2500亿元", "2500亿元", value=2500e8, unit="CNY", kind="amount",
     bound="gt", metric="乳业产业链产值",
     metric_alts=["乳业全产业链产值", "乳业产值", "乳业产业链总产值"], **PLAN,
     note="力争 → target; 突破 → gt (outside the span); " + PLAN_NOTE)
g.neg("“两个稀土基地”", "两个稀土基地", LABEL_NOTE + " (“两个稀土基地”建设目标, the quoted name "
      "of the goal: 国家重要稀土新材料基地 and 全球领先的稀土应用基地)")
fact("全产业链产值突破1300亿元", "1300亿元", value=1300e8, unit="CNY", kind="amount",
     bound="gt", metric="稀土全产业链产值",
     metric_alts=["全产业链产值", "稀土产业链产值", "稀土产业产值", "稀土全产业链总产值"],
     **PLAN, note="力争 → target; 突破 → gt; the sentence's topic 稀土 restored in the metric; "
                  + PLAN_NOTE)
fact("稳定在千亿元以上", "千亿元", value=1e11, unit="CNY", kind="amount", bound="ge",
     metric="煤化工产业链产值",
     metric_alts=["现代煤化工产业链产值", "煤化工产值", "现代煤化工产值",
                  "煤化工产业链总产值"], **PLAN,
     note="力争 → target; 稳定在…以上 → ge (outside the span); 千亿元 = 1e11; " + PLAN_NOTE)
g.neg("国家八大算力枢纽节点", "八大", SET_NOTE + " (国家八大算力枢纽节点, the national "
      "computing hubs)")
g.neg("和十大数据中心集群", "十大", SET_NOTE + " (十大数据中心集群, the national data-centre "
      "clusters)")
fact("算力规模突破20万P", "20万P", value=2e5, unit="P", kind="amount", bound="gt",
     metric="算力规模",
     metric_alts=["算力", "算力总规模", "总算力规模", "算力规模突破"], **PLAN_END,
     note="力争 → target; 突破 → gt; P = PFLOPS, no canonical unit → kept as written (SPEC §3 "
          "unknown units are kept, kind amount); the capacity in place (a stock) to be "
          "reached: " + END_NOTE)
fact("智算规模保持全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="智算规模",
     metric_alts=["智能算力规模", "智算规模排名", "智算", "智能算力"], **PLAN_END,
     note="力争 shared → target; rank of a capacity (a stock) to be held: " + END_NOTE)
fact("绿电比例不低于80%", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="新建数据中心绿电比例",
     metric_alts=["数据中心绿电比例", "绿电比例", "新建数据中心绿电占比",
                  "新建数据中心绿色电力比例", "数据中心绿电占比"], **PLAN,
     note="不低于 → ge (outside the span); " + PLAN_NOTE)

# ---- line 3 (source 32): 推动有特色、有优势的产业尽快做大做强 -------------------------------------
g.neg("。一方面要加快", "一方面", "discourse marker 一方面 (README §2), not a quantity")
NE = ["新能源", "新能源产业"]
fact("力争新增并网4000万千瓦", "4000万千瓦", value=4000e7, unit="W", kind="amount",
     metric="新能源新增并网装机",
     metric_alts=["新增并网", "新增并网装机", "新能源并网装机增量", "新增并网容量",
                  "新能源新增并网", "新能源新增并网容量"], **PLAN,
     note="力争 → target; 万千瓦 = 1e7 W; capacity to be connected in 2025 (a flow of the "
          "year); the topic 新能源 restored in the metric; " + PLAN_NOTE)
fact("发电量超3000亿度", "3000亿度", value=3000e8, unit="kWh", kind="amount", bound="gt",
     metric="新能源发电量",
     metric_alts=["发电量", "新能源发电", "新能源年发电量"], **PLAN,
     note="力争 shared → target; 超 → gt (outside the span); 度 = kWh; the year's generation; "
          + PLAN_NOTE)
g.neg("另一方面要坚持", "一方面", "discourse marker (另)一方面, not a quantity")
fact("利用率保持在90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="新能源利用率",
     metric_alts=["利用率", "新能源电力利用率", "新能源消纳率"], **PLAN,
     note="确保 → target; 保持在…以上 → ge (outside the span); the year's utilisation rate; "
          + PLAN_NOTE)
g.neg("重点抓好五件事", "五件事", "discourse count of the tasks enumerated right after "
      "(一是 … 五是), not a measured quantity (as 两个方面 / 两大特点 enumerated by 一是/二是 in "
      "other golds) — judgement call; wr_henan_2025_b counts 十个方面 (the report's work "
      "areas), the alternative reading")
g.neg("：一是加快发展", "一是", MARKER_NOTE + " 一是")
fact("新远景等35个", "35个", value=35, unit="count", kind="count", classifier="个",
     metric="新型储能项目",
     metric_alts=new("新型储能项目", "开工建设新型储能项目", "储能项目"), **PLAN,
     note="projects to start construction (开工建设) in 2025; " + PLAN_NOTE)
STORE_NOTE = ("力争 → target; 万千瓦 = 1e7 W; capacity of the new-type storage (the clause's "
              "topic 新型储能) to start / enter operation in 2025; " + PLAN_NOTE)
fact("新开工装机1000万千瓦", "1000万千瓦", value=1000e7, unit="W", kind="amount",
     metric="新型储能新开工装机",
     metric_alts=["新开工装机", "新开工装机容量", "新型储能新开工规模", "新开工新型储能装机",
                  "储能新开工装机"], **PLAN, note=STORE_NOTE)
fact("新投产600万千瓦", "600万千瓦", value=600e7, unit="W", kind="amount",
     metric="新型储能新投产装机",
     metric_alts=["新投产", "新投产装机", "新投产装机容量", "新型储能新投产规模",
                  "新投产新型储能装机", "储能新投产装机"], **PLAN,
     note=STORE_NOTE + "; head 装机 restored (README §3)")
g.neg("。二是加大", "二是", MARKER_NOTE + " 二是")
g.neg("。三是加快推进", "三是", MARKER_NOTE + " 三是")
g.neg("。四是坚持", "四是", MARKER_NOTE + " 四是")
g.neg("核心零部件", "零部件", LEX_NOTE.format("零部件", "components, parts"))
fact("重点实施113个", "113个", value=113, unit="count", kind="count", classifier="个",
     metric="延链补链项目",
     metric_alts=new("延链补链项目", "实施延链补链项目", "新能源装备制造业延链补链项目",
                     "重点实施延链补链项目"), **PLAN, note=PLAN_NOTE)
fact("产值突破2700亿元", "2700亿元", value=2700e8, unit="CNY", kind="amount", bound="gt",
     metric="新能源装备制造业产值",
     metric_alts=["新能源装备制造产值", "装备制造业产值", "新能源装备制造业总产值"], **PLAN,
     note="力争 → target; 突破 → gt (outside the span); " + PLAN_NOTE)
g.neg("。五是做好", "五是", MARKER_NOTE + " 五是")
CHAIN_NOTE = ("two named chains ({}) counted by 2个 (as 六盘山和贺兰山两个实验室 in "
              "wr_ningxia_2025); the counted chains' goal in the metric")
fact("玉米2个千亿级", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="千亿级产业链",
     metric_alts=["产业链", "千亿级产业链数量", "肉羊、玉米千亿级产业链", "千亿级农牧业产业链",
                  "提质增效的千亿级产业链"],
     period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)],
     note=CHAIN_NOTE.format("肉羊、玉米") + "; judgement call: the chains already at the "
          "千亿级 (the size of an existing set, the plan is their 提质增效) → actual, as "
          "聚焦28条重点产业链 in wr_henan_2025_b (section frame 2025 with null and the "
          "reference date as alts); 千亿级 has its own negative")
g.neg("2个千亿级产业链提质增效", "千亿级", CLASS_NOTE)
fact("草业2个产业链加快", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="加快跨过千亿级的产业链",
     metric_alts=["产业链", "跨过千亿级的产业链", "肉牛、草业产业链", "加快跨过千亿级产业链",
                  "跨过千亿级产业链数量"], **PLAN,
     note=CHAIN_NOTE.format("肉牛、草业") + " (to pass the 千亿级 in 2025) → target; "
          + PLAN_NOTE)
g.neg("加快跨过千亿级", "千亿级", CLASS_NOTE + " (the level to be passed; no amount)")
fact("羊绒2个产业链向", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="向千亿级迈进的产业链",
     metric_alts=["产业链", "马铃薯、羊绒产业链", "向千亿级迈进产业链", "向千亿级迈进的产业链数量"],
     **PLAN, note=CHAIN_NOTE.format("马铃薯、羊绒") + " → target; " + PLAN_NOTE)
g.neg("向千亿级迈进", "千亿级", CLASS_NOTE)

# ---- line 4 (source 33): 推动有潜力、有条件的产业加快培育 -----------------------------------------
fact("低空多元应用三个关键领域", "三个", value=3, unit="count", kind="count", classifier="个",
     metric="低空经济关键领域",
     metric_alts=["关键领域", "低空经济关键领域数量", "关键领域数量", "低空经济要抓住的关键领域"],
     **PLAN,
     note="judgement call: three named areas counted by 三个 (as 六盘山和贺兰山两个实验室 in "
          "wr_ningxia_2025); an appositive reading (negative, as 区市县三级) is the "
          "alternative; " + PLAN_NOTE)
g.neg("生物医药和生物发酵两大领域", "两大", SET_NOTE + "; 两大 restates the two fields just "
      "named (as 巴丹吉林、腾格里两大沙漠)")
g.neg("的生产单元", "单元", LEX_NOTE.format("单元", "unit (of production)"))

# ---- line 5 (source 34): heading （五） ---------------------------------------------------------
g.neg("（五）努力把农牧业", "（五）", MARKER_NOTE)
g.neg("增产增收一起抓", "一起", LEX_NOTE.format("一起", "together"))

# ---- line 6 (source 35): 大力实施单产提升行动 ------------------------------------------------------
g.neg("大力实施单产提升行动", "单产", LEX_NOTE.format("单产", "yield per unit of area") +
      " (part of the campaign name 单产提升行动)")
fact("新建高标准农田850万亩", "850万亩", value=850e4, unit="mu", kind="amount",
     metric="新建高标准农田",
     metric_alts=["高标准农田", "高标准农田面积", "新建高标准农田面积", "高标准农田建设面积",
                  "高标准农田增量"], **PLAN, note="亩 stays mu (SPEC §3); " + PLAN_NOTE)
fact("保护性耕作2500万亩", "2500万亩", value=2500e4, unit="mu", kind="amount",
     metric="黑土地保护性耕作",
     metric_alts=["保护性耕作", "黑土地保护性耕作面积", "保护性耕作面积", "黑土地保护"],
     **PLAN, note=PLAN_NOTE)
fact("新增设施农业25万亩", "25万亩", value=25e4, unit="mu", kind="amount",
     metric="新增设施农业",
     metric_alts=["设施农业", "设施农业面积", "新增设施农业面积", "设施农业增量",
                  "设施农业面积增量"], **PLAN, note=PLAN_NOTE)
g.neg("主要作物单产提升示范区", "单产", LEX_NOTE.format("单产", "yield per unit of area"))
fact("单产提升示范区1000万亩", "1000万亩", value=1000e4, unit="mu", kind="amount",
     metric="主要作物单产提升示范区",
     metric_alts=["单产提升示范区", "主要作物单产提升示范区面积", "单产提升示范区面积",
                  "打造主要作物单产提升示范区"], **PLAN, note=PLAN_NOTE)
fact("“吨粮田”900万亩", "900万亩", value=900e4, unit="mu", kind="amount",
     metric="“吨粮田”",
     metric_alts=["吨粮田", "“吨粮田”面积", "吨粮田面积", "打造“吨粮田”"], **PLAN,
     note="verb 打造 shared with 1000万亩; 吨粮田 (fields yielding a ton per mu) is the name of "
          "the land counted, holds no numeral; " + PLAN_NOTE)
OUT_NOTE = ("分别: 粮 ↔ 800亿斤, 肉 ↔ 60亿斤, 奶 ↔ 160亿斤; 斤 = 0.0005 t (SPEC §3); 稳定在…以上 "
            "→ ge, the trailing 以上 read as covering every value (README §6); the year's "
            "output → " + PLAN_NOTE)
fact("分别稳定在800亿斤", "800亿斤", value=800e8 * 0.0005, unit="t", kind="amount",
     bound="ge", metric="粮食产量",
     metric_alts=["粮产量", "粮食总产量", "粮食"], **PLAN, note=OUT_NOTE)
fact("800亿斤、60亿斤", "60亿斤", value=60e8 * 0.0005, unit="t", kind="amount", bound="ge",
     metric="肉类产量",
     metric_alts=["肉产量", "肉类总产量", "肉类", "肉"], **PLAN,
     note=OUT_NOTE + "; head 产量 shared (粮肉奶产量), restored")
fact("60亿斤、160亿斤", "160亿斤", value=160e8 * 0.0005, unit="t", kind="amount",
     bound="ge", metric="奶类产量",
     metric_alts=["奶产量", "牛奶产量", "奶类总产量", "奶类", "奶"], **PLAN, note=OUT_NOTE)

# ---- line 7 (source 36): 加快推进草原畜牧业转型升级 ------------------------------------------------
g.neg("推广舍饲半舍饲", "半", "半舍饲 'semi-stall feeding', a husbandry mode; 半 is not a "
      "quantity")
fact("舍饲棚圈500万平方米", "500万平方米", value=500e4, unit="m2", kind="amount", bound="ge",
     metric="新建舍饲棚圈",
     metric_alts=["舍饲棚圈", "舍饲棚圈面积", "新建舍饲棚圈面积", "棚圈面积",
                  "舍饲棚圈增量"], **PLAN,
     note="以上 → ge (outside the span); 平方米 = m2; " + PLAN_NOTE)
fact("养殖比重达到75%", "75%", value=75, unit="%", kind="share",
     metric="设施畜牧业养殖比重",
     metric_alts=["设施畜牧业养殖占比", "设施养殖比重", "设施畜牧业比重",
                  "设施畜牧业养殖比例"], **PLAN_LEVEL,
     note="力争 → target; 达到 → eq; share of the year's livestock raised in facilities, year "
          "end as alt; " + PLAN_NOTE)
fact("平衡指数降到10%以下", "10%", value=10, unit="%", kind="share", bound="le",
     metric="天然草原草畜平衡指数",
     metric_alts=["草畜平衡指数", "天然草原超载率", "草原草畜平衡指数", "天然草原草畜平衡率"],
     **PLAN_LEVEL,
     note="降到…以下 → le (outside the span); the index is a percentage (the overstocking "
          "rate of natural grassland) → share; the level for 2025, year end as alt; "
          + PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_neimenggu_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 2025 task （四）优化调整"
    "产业布局，加快构建优势特色现代化产业体系 in full (heading line with 百亿产业基金 and 十大产业"
    "集群; dairy, rare earths, coal chemicals and computing power; new energy, storage, hydrogen, "
    "equipment and the farm-produce chains; low-altitude economy, AI, biomanufacturing, alloys), "
    "the heading of task （五） and its first two paragraphs (单产提升行动: farmland and output "
    "targets; 草原畜牧业转型升级). Lines 10-16 are annotated in wr_neimenggu_2025 (no overlap); "
    "among the runs of 2,000-2,500 characters in lines 17-67 that start at a heading this one "
    "holds the most numbers; adding line 37 passes 2,500. Title and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, the "
    "delivery date in the report's header (source line 2: ——2025年1月14日自治区人民政府主席"
    "王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上…), as wr_neimenggu_2025 (the shared "
    "meta leaves the date as 2025). Place: 内蒙古自治区 (内蒙古, 全区, 我区, 自治区 → alts). "
    "Periods: the excerpt states no period of its own; every number takes the frame of part "
    "二、2025年工作安排 (source line 14, outside the excerpt): period text 2025年, "
    "2025-01-01..2025-12-31, null as alt; levels to be reached (算力规模 20万P, the 智算 rank) → "
    "instant 2025-12-31 with the year and null as alts; shares to be reached (养殖比重, 草畜平衡"
    "指数) → the year with year end as alt. The frame's text 2025年 lies outside the excerpt, "
    "so shared/gold/check_gold.py reports it as 'not in the article': a known, deliberate "
    "exception (as wr_hunan_2025_b). Modality: target throughout (力争, 确保, 新建, 实施, 开工"
    "建设, 打造), except 肉羊、玉米2个千亿级产业链 (existing chains → actual, judgement call). "
    "Bounds: 突破/超 → gt; 以上/不低于/稳定在…以上/保持在…以上 → ge (the trailing 以上 after the "
    "分别 list of 粮肉奶 covers all three); 降到…以下 → le. Units: 万千瓦 1e7 W; 亿度 → 1e8 kWh; "
    "亿斤 → ×1e8 × 0.0005 t; 万亩 → mu; 万平方米 → m2; 千亿元 1e11; 百亿 (fund) 1e10 CNY; 20万P "
    "kept in the surface unit P (PFLOPS). Judgement calls: 百亿产业基金 → the fund's size "
    "(target), not a class label; 五件事 → discourse count (negative) although wr_henan_2025_b "
    "counts 十个方面; 三个关键领域 and the three 2个 (产业链) → counts of named items; 两大 "
    "(乳企, 领域) → set labels (negatives); 千亿级 ×3 → class labels (negatives); 草畜平衡指数 "
    "10% → share. Negatives: （四）, 一盘棋, 十大 ×2, 两大 ×2, 两个稀土基地, 八大, 一方面 ×2, "
    "五件事, 一是-五是, 零部件, 千亿级 ×3, 单元, （五）, 一起, 单产 ×2, 半 (半舍饲). Lexicalized, not "
    "listed: 一体化 (源网荷储一体化), 之一 (十大数据中心集群之一).")

g.write(date=REF, source=f"shared/texts/work_report/wr_neimenggu_2025.txt lines {FIRST}–{LAST} "
        "(no 来源 line; report delivered 2025-01-14)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
