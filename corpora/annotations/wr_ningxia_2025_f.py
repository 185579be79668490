"""Gold annotations for wr_ningxia_2025_f (2025年宁夏回族自治区政府工作报告), lines 51-58 of
shared/texts/work_report/wr_ningxia_2025.txt.

The excerpt corpora/wr_ningxia_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: items 一是 (agricultural and rural modernisation:
high-standard farmland, water-saving farming, saline land, rural roads, sanitation), 二是
(new urbanisation: urbanisation rate, pipelines, old networks) and 三是 (regional integration,
no figures) of task （二）坚持以乡村全面振兴为抓手… (heading at source line 50, just before the
excerpt), then task （三）坚持以“一河三山”为基准线… in full (its heading; 一是 water: recycled
water, industrial water reuse; 二是 environment: clean heating, PM2.5, water quality, soil,
waste, the 几字弯 campaign; 三是 green transition, no figures) and the heading of task （四）,
all in part 二、2025年目标任务.  The lines were fixed by the brief (a run of whole lines
starting anywhere; 2,435 characters with the final newline); lines 10-15, 26-33, 35-44,
17-25 and 45-48 are annotated in wr_ningxia_2025, _b, _c, _d and _e (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_ningxia_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_ningxia_2025_f"
PLACE = "宁夏回族自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_ningxia_2025.txt"
FIRST, LAST = 51, 58                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年宁夏政府工作报告"
NX_ALTS = ["宁夏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一是加快推进农业农村现代化。",
                 ends="为改革发展创造良好条件。")
text = g.text
fact = g.with_subject(PLACE, NX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN5_NOTE = "name of a multi-year plan or campaign ({}), not a duration fact (as wr_ningxia_2025_e)"
QV_NOTE = ("“四水四定” (water resources fix cities, land, population and production), "
           + LABEL_NOTE + " (as wr_ningxia_2025_d)")
RIVER_NOTE = (LABEL_NOTE + " (“一河三山”: the Yellow River and the 贺兰山, 六盘山, 罗山 "
              "mountains, as “三山” in wr_ningxia_2025_d)")

# ---- periods (reference date 2025-01-19; 今年/全年 of part 二 = 2025) ----------------------------
# The whole excerpt lies in part 二、2025年目标任务 (heading at source line 39, outside the
# excerpt; annotated in wr_ningxia_2025_c): the tasks of 2025 → modality target (力争, 达到,
# 提高到, 控制在, 确保).  Only line 6 (source 56) names a period of its own: 全年 before
# 完成黄河“几字弯”攻坚战治理任务200万亩以上 (explicit, 2025; it governs the rest of that line,
# i.e. the 60% after it).  The other numbers follow no period in their line: they take the
# section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (as
# wr_ningxia_2025_e; that surface is not in this excerpt, kept deliberately: dates are what
# is scored), null in period_alts.  Stocks and shares of stocks to be reached (城镇化率, 卫生
# 厕所普及率, 污水治理率, 清洁取暖, the cumulative share of the 几字弯 task) → the instant
# 2025-12-31, the year and null as alts (as wr_ningxia_2025_e PLAN_END); works to be done in
# the year (farmland, roads, pipelines) → the year, the end instant as a further alt
# (PLAN_SET); rates of the year's performance (water reuse, water quality, land and waste
# utilisation) → the year, the end instant as alt.  到2027年 (line 1) names the horizon of a
# goal with no number (全部建成); 3年内 (line 2) is read as the time limit itself (a fact).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
FY = P("全年", "2025-01-01", "2025-12-31")
FY_END = P("全年", "2025-12-31", "2025-12-31")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年目标任务 (source line 39, 2025), null as alt")
END_NOTE = ("a stock (or share of a stock) to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")
SET_NOTE = PLAN_NOTE + "; works to be done in the year: the end instant as a further alt"
RATE_NOTE = PLAN_NOTE + "; a rate of the year's performance: the end instant as a further alt"


# ==== line 1 (source 51): 一是 agricultural and rural modernisation ================================
g.neg("一是加快推进农业农村", "一是", MARKER_NOTE)
g.neg("学习运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村整治 "
      "programme, whose experience is to be learnt), not a count")
g.neg("千方百计推动", "千方百计", "idiom 千方百计 'by every possible means', not a quantity")
FARM_NOTE = ("works to be done in 2025 (新建和改造 / 发展 / 综合利用 N万亩); 亩 stays mu (SPEC §3); "
             + SET_NOTE)
fact("新建和改造高标准农田80万亩", "80万亩", value=80e4, unit="mu", kind="amount",
     metric="新建和改造高标准农田",
     metric_alts=["高标准农田", "新建和改造高标准农田面积", "高标准农田建设", "建设高标准农田",
                  "高标准农田建设面积", "新建高标准农田", "高标准农田增量"], **PLAN_SET,
     note=FARM_NOTE)
fact("发展高效节水农业30万亩", "30万亩", value=30e4, unit="mu", kind="amount",
     metric="高效节水农业",
     metric_alts=["发展高效节水农业", "高效节水农业面积", "高效节水灌溉", "高效节水农业增量",
                  "新增高效节水农业", "高效节水灌溉面积"], **PLAN_SET, note=FARM_NOTE)
fact("盐碱地综合利用15万亩", "15万亩", value=15e4, unit="mu", kind="amount",
     metric="盐碱地综合利用",
     metric_alts=["盐碱地综合利用面积", "盐碱地", "盐碱地利用", "盐碱地综合利用规模"],
     **PLAN_SET, note=FARM_NOTE)
g.neg("力争到2027年将", "2027年", PERIOD_NOTE + " (horizon of the goal 永久基本农田全部建成高标准"
      "农田, which states no number)")
g.neg("现代农业“十强行动”", "十强", LABEL_NOTE + " (“十强行动”, a set label like 八大, README §2)")
g.neg("在抓好“六特”产业", "六特", LABEL_NOTE + " (“六特”产业: the region's six distinctive "
      "industries, as wr_ningxia_2025)")
g.neg("农村“三资”管理", "三资", LABEL_NOTE + " (“三资”: collective funds, assets and resources, "
      "as wr_ningxia_2025_d)")
g.neg("和美乡村“5331”行动", "5331", LABEL_NOTE + " (campaign name 塞上江南和美乡村“5331”行动), not "
      "a quantity")
g.neg("整治提升五年行动", "五年", PLAN5_NOTE.format("农村人居环境整治提升五年行动"))
fact("改造农村公路1500公里", "1500公里", value=1500e3, unit="m", kind="amount",
     metric="改造农村公路",
     metric_alts=["农村公路", "农村公路改造", "农村公路改造里程", "改造农村公路里程",
                  "农村公路改造长度"], **PLAN_SET, note="公里 = 1e3 m; " + SET_NOTE)
fact("普及率达到71%以上", "71%", value=71, unit="%", kind="share", bound="ge",
     metric="农村卫生厕所普及率",
     metric_alts=["卫生厕所普及率", "农村卫生厕所普及", "农村卫生户厕普及率"], **PLAN_END,
     note="力争…达到…以上 → target, ge (以上 outside the span); coverage of the rural "
          "households (a share of a stock): " + END_NOTE)
fact("治理（管控）率达到40%以上", "40%", value=40, unit="%", kind="share", bound="ge",
     metric="农村生活污水治理（管控）率",
     metric_alts=["农村生活污水治理率", "农村生活污水治理(管控)率", "农村生活污水治理管控率",
                  "生活污水治理率", "农村生活污水治理（管控）比例", "农村生活污水治理"],
     **PLAN_END,
     note="力争 (shared) → target; 以上 → ge; the share of villages whose sewage is treated "
          "(a share of a stock): " + END_NOTE)

# ==== line 2 (source 52): 二是 new urbanisation ====================================================
g.neg("二是加快推进新型城镇化", "二是", MARKER_NOTE)
g.neg("新型城镇化五年行动", "五年", PLAN5_NOTE.format("新型城镇化五年行动"))
fact("城镇化率达到69%左右", "69%", value=69, unit="%", kind="share", bound="approx",
     metric="常住人口城镇化率", metric_alts=["城镇化率", "人口城镇化率"], **PLAN_END,
     note="达到…左右 → approx (左右 outside the span); a rate of the population (SPEC §2 "
          "share): " + END_NOTE)
g.neg("更新改造“四类管线”", "四类", LABEL_NOTE + " (“四类管线”: the four kinds of urban "
      "pipelines, as wr_ningxia_2025_d), not a count")
fact("“四类管线”2000公里", "2000公里", value=2000e3, unit="m", kind="amount",
     metric="更新改造“四类管线”",
     metric_alts=["四类管线", "“四类管线”", "更新改造四类管线", "“四类管线”更新改造",
                  "四类管线更新改造", "管线更新改造", "更新改造管线", "“四类管线”更新改造里程",
                  "更新改造“四类管线”长度"], **PLAN_SET,
     note="公里 = 1e3 m; pipelines to be renewed in 2025; " + SET_NOTE)
fact("力争3年内完成", "3年", value=3, unit="year", kind="amount", bound="le",
     metric="城市老旧管网改造任务完成期限",
     metric_alts=["城市老旧管网改造期限", "老旧管网改造期限", "完成城市老旧管网改造任务时间",
                  "城市老旧管网改造时间", "城市老旧管网改造任务期限", "城市老旧管网改造"],
     period=S25, period_alts=[P("3年内", "2025-01-01", "2027-12-31"), S25_NULL],
     modality="target",
     note="judgement call: the time limit of the goal (力争3年内完成… 'within three years') → a "
          "duration, unit year, 内 → le (as 三年内 in wr_china_2019_b and 用三年左右的时间 in "
          "wr_china_1998_c); the period reading of 3年内 (a negative, as 用3年时间 in "
          "wr_yunnan_2025_d) is the alternative; " + PLAN_NOTE + "; the span 2025-2027 as a "
          "further alt")
g.neg("支持五市建设", "五市", "collective name of the region's five prefecture-level cities "
      "(as “五市一地” in wr_ningxia_2025_d), not a count claim — judgement call: a count of 5 "
      "cities to be supported is the alternative reading")

# ==== line 3 (source 53): 三是 regional integration, no facts ========================================
g.neg("三是加快推进区域一体化", "三是", MARKER_NOTE)
g.neg("完善“1+1+9”", "1+1+9", LABEL_NOTE + " (“1+1+9”目标政策体系, the name of the policy "
      "framework), not a quantity")
g.neg("实施“强首府”战略", "强首府", LABEL_NOTE + " (strategy name “强首府” 'strengthen the "
      "regional capital'; 首府 = capital), not a rank")
g.neg("宁东“二次创业”", "二次创业", LABEL_NOTE + " (宁东“二次创业” 'second start-up' of the "
      "宁东 base), not a count")
g.neg("走出一条差异化", "一条", "indefinite article 一条 (走出一条…新路子 'find a new path'), not "
      "a count")

# ==== line 4 (source 54): heading （三） ==========================================================
g.neg("（三）坚持以", "（三）", MARKER_NOTE)
g.neg("坚持以“一河三山”为基准线", "一河三山", RIVER_NOTE)
g.neg("践行“两山”理念", "两山", LABEL_NOTE + " (“两山”理念: 绿水青山就是金山银山)")

# ==== line 5 (source 55): 一是 water (“四水四定”) ===================================================
g.neg("一是全区域深化", "一是", MARKER_NOTE)
g.neg("拓展“四水四定”。", "四水四定", QV_NOTE)
g.neg("健全完善“九大体系”", "九大", LABEL_NOTE + " (“九大体系”, a set label like 八大, README §2)")
g.neg("加力推进“四水四定”由", "四水四定", QV_NOTE)
fact("再生水利用率提高到50%", "50%", value=50, unit="%", kind="share",
     metric="地级城市再生水利用率",
     metric_alts=["再生水利用率", "城市再生水利用率", "地级及以上城市再生水利用率"],
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="提高到 → the level to be reached (eq); the share of the year's wastewater reused "
          "(a rate of flows): " + RATE_NOTE)
fact("重复利用率提高到92%", "92%", value=92, unit="%", kind="share",
     metric="规模以上工业用水重复利用率",
     metric_alts=["工业用水重复利用率", "规上工业用水重复利用率", "用水重复利用率"],
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="提高到 → eq; 规模以上 is part of the metric (SPEC §2 threshold); " + RATE_NOTE)

# ==== line 6 (source 56): 二是 environment ==========================================================
g.neg("二是全方位保护", "二是", MARKER_NOTE)
fact("实现100%清洁取暖", "100%", value=100, unit="%", kind="share",
     metric="城市建成区清洁取暖率",
     metric_alts=["清洁取暖率", "城市清洁取暖率", "城市建成区清洁取暖比例", "城市建成区清洁取暖",
                  "清洁取暖", "城市建成区清洁取暖覆盖率"], **PLAN_END,
     note="实现100% → eq; the share of the built-up area heated cleanly (a share of a "
          "stock): " + END_NOTE)
fact("清洁取暖率达到75%以上", "75%", value=75, unit="%", kind="share", bound="ge",
     metric="农村清洁取暖率",
     metric_alts=["清洁取暖率", "农村清洁取暖比例", "农村清洁取暖"], **PLAN_END,
     note="以上 → ge (outside the span); " + END_NOTE)
g.neg("PM_2.5浓度", "PM_2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm, written PM_2.5), "
      "not a quantity (as cm_zhoukou_2023_c)")
fact("控制在30.5微克/立方米以内", "30.5微克/立方米", value=30.5, unit="微克/立方米",
     kind="amount", bound="le", metric="PM_2.5浓度",
     metric_alts=["PM2.5浓度", "PM2.5平均浓度", "PM_2.5平均浓度", "细颗粒物浓度",
                  "PM2.5年平均浓度", "细颗粒物平均浓度"], **PLAN,
     note="控制在…以内 → le (以内 outside the span); 微克/立方米 is kept as written (czfacts' "
          "concentration unit, as cm_zhoukou_2023_c), kind amount; the annual mean "
          "concentration of 2025; " + PLAN_NOTE)
fact("水质优良比例稳定达到80%以上", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="地表水国控断面水质优良比例",
     metric_alts=["地表水国控断面水质优良率", "国控断面水质优良比例", "地表水水质优良比例",
                  "水质优良比例", "地表水国控断面优良水体比例", "地表水国控断面水质优良断面比例"],
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="稳定达到…以上 → ge; the share of monitored sections of good quality in the year "
          "(a rate of the year's performance): " + RATE_NOTE)
fact("安全利用率达到93%以上", "93%", value=93, unit="%", kind="share", bound="ge",
     metric="受污染耕地安全利用率",
     metric_alts=["受污染耕地安全利用", "污染耕地安全利用率", "耕地安全利用率"],
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="以上 → ge; " + RATE_NOTE)
WASTE = ["建筑垃圾综合利用率", "工业固废综合利用率",
         "城市生活垃圾资源化利用率、建筑垃圾综合利用率、工业固废综合利用率",
         "生活垃圾资源化利用率", "工业固体废物综合利用率", "固废综合利用率",
         "垃圾资源化利用率", "综合利用率"]
fact("均达到60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="城市生活垃圾资源化利用率", metric_alts=WASTE,
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="one quantity mention (均达到60%以上) over three rates → one fact (SPEC §1, as "
          "均达到93% in wr_beijing_2025_c), the first named rate primary, the others and the "
          "group in alts; 力争 → target; 以上 → ge; " + RATE_NOTE)
g.neg("实施“一河三山”生态", "一河三山", RIVER_NOTE)
fact("治理任务200万亩以上", "200万亩", value=200e4, unit="mu", kind="amount", bound="ge",
     metric="黄河“几字弯”攻坚战治理任务",
     metric_alts=["黄河几字弯攻坚战治理任务", "“几字弯”攻坚战治理任务", "攻坚战治理任务",
                  "完成黄河“几字弯”攻坚战治理任务", "黄河“几字弯”攻坚战治理面积", "治理任务",
                  "几字弯攻坚战治理面积", "完成治理任务"],
     period=FY, modality="target",
     note="全年 (= 2025) just before it governs (explicit); 以上 → ge (outside the span); 亩 "
          "stays mu; the area to be treated in 2025; target")
fact("完成总任务60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="黄河“几字弯”攻坚战总任务完成比例",
     metric_alts=["攻坚战总任务完成比例", "完成攻坚战总任务比例", "攻坚战总任务完成率",
                  "累计完成攻坚战总任务", "黄河几字弯攻坚战总任务完成比例",
                  "“几字弯”攻坚战总任务完成比例", "完成攻坚战总任务的比例", "完成总任务比例",
                  "总任务完成比例"],
     period=FY_END, period_alts=[FY, P("全年", None, None)], modality="target",
     note="the cumulative share of the campaign's total task done by the end of 2025 (42% by "
          "the end of 2024 in wr_ningxia_2025_d): a share of a stock → the instant "
          "2025-12-31 at the end of the governing 全年 (stock rule), the year and null as "
          "alts; 以上 → ge; target")

# ==== line 7 (source 57): 三是 green transition, no facts ===========================================
g.neg("三是全社会推进", "三是", MARKER_NOTE)
g.neg("推动能耗双控", "双控", LABEL_NOTE + " (能耗双控: dual control of energy use, like 双碳, "
      "README §2)")
g.neg("碳排放双控全面转型", "双控", LABEL_NOTE + " (碳排放双控)")
g.neg("“零碳工厂”", "零碳", LABEL_NOTE + " (“零碳工厂”, README §2 零碳)")
g.neg("“零碳园区”", "零碳", LABEL_NOTE + " (“零碳园区”, README §2 零碳)")

# ==== line 8 (source 58): heading （四） ============================================================
g.neg("（四）坚持以维护", "（四）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_ningxia_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: part 二、"
    "2025年目标任务 (heading at source line 39) — the plan for 2025: items 一是 (agriculture and "
    "villages), 二是 (urbanisation) and 三是 (regional integration) of task （二） (heading at "
    "source line 50, just before the excerpt), task （三）坚持以“一河三山”为基准线… in full (water, "
    "environment, green transition) and the heading of task （四）. Lines 10-15, 26-33, "
    "35-44, 17-25 and 45-48 of the source are wr_ningxia_2025 / _b / _c / _d / _e (no "
    "overlap). Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line, as wr_ningxia_2025). Date: 2025-01-19, the delivery "
    "date in the report's header (source line 3: ——2025年1月19日在宁夏回族自治区第十三届人民代表"
    "大会第三次会议上); the shared meta agrees. Place: 宁夏回族自治区 (宁夏, 全区, 我区, 自治区 → "
    "alts). Periods: only line 6 names a period (全年, explicit 2025: 200万亩 and the 60% after "
    "it); the other numbers take the frame 2025 of the heading (period text 2025年, null as "
    "alt, as wr_ningxia_2025_e; the surface 2025年 is not in this excerpt, so the shared "
    "check_gold.py reports 'period.text not in the article' — a known false alarm; czfacts "
    "check-gold accepts it); stocks and shares of stocks to be reached (城镇化率 69%, 卫生厕所 "
    "71%, 污水治理 40%, 清洁取暖 100% / 75%, the cumulative 60% of the 几字弯 task) → instant "
    "2025-12-31 with the year and null as alts; works of the year (80/30/15万亩, 1500 / 2000公里) "
    "and rates of the year (再生水 50%, 工业用水 92%, 水质 80%, 耕地 93%, 垃圾 60%) → the year with "
    "the end instant as a further alt; PM_2.5 30.5微克/立方米 → the year. Modality: target "
    "throughout (a plan). Units: 万亩 → mu ×1e4; 公里 → m ×1e3; 微克/立方米 kept as written; "
    "3年 → year. Judgement calls: 力争3年内完成… → a duration fact 3 year le (a period negative, "
    "as 用3年时间 in wr_yunnan_2025_d, is the alternative); 均达到60%以上 → one fact over three "
    "rates; 五市 → negative (collective name of the five cities, as “五市一地”); 十强, 九大, "
    "5331, 1+1+9, 强首府, 二次创业, 千万工程, 四类 → label negatives; 完成总任务60%以上 → a "
    "cumulative share (stock, as 42% in wr_ningxia_2025_d); 到2027年 → period negative (its goal "
    "states no number). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×2, 一体化 ×4, 统一, 单位 (中央单位).")

g.write(date=REF, source=f"shared/texts/work_report/wr_ningxia_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
