"""Gold annotations for wr_xinjiang_2025_b (2025年新疆政府工作报告, review items (六)-(八)),
lines 21-26 of shared/texts/work_report/wr_xinjiang_2025.txt.

The excerpt corpora/wr_xinjiang_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review item (六) (ecology: air quality of the 天山北坡
city cluster, desert control, afforestation, coal-fire control, water, green power), (七)
(livelihoods: basic spending, jobs, schools and universities, hospitals, social insurance,
assistance, the ten livelihood projects) and (八) (culture, sport, the common language,
ethnic unity), each with its heading line.  Lines 7-14 are annotated in wr_xinjiang_2025
(no overlap).  Lines 21-26 (2,315 characters) start at a heading and hold the most numbers
of the runs of 2,000-2,500 characters in lines 15-70 (59 Arabic numbers; lines 17-22 hold
58, lines 15-20 42, the 2025 part from line 35 on is far sparser).  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_xinjiang_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_xinjiang_2025_b"
PLACE = "新疆维吾尔自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xinjiang_2025.txt"
FIRST, LAST = 21, 26                    # 1-based, inclusive, whole lines
TITLE = "2025年新疆政府工作报告"
XJ_ALTS = ["新疆", "全疆", "自治区", "全区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="(六)生态环境明显改善",
                 ends="合法宗教活动依法得到保障。")
text = g.text
fact = g.with_subject(PLACE, XJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
EDITION_NOTE = "edition label of an event ({}), not a rank or count"
APPOS_NOTE = ("appositive {} 'the … just named' (the places or items listed right before it), "
              "not a quantity claim (as 三地 / 四市 and wr_shanxi_2025 3个 (国家级经开区))")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies inside part 一、2024年工作回顾 (heading on source line 7, outside the
# excerpt): the review of 2024 (过去一年 = 2024 in the report).  Its lines state no period of
# their own before their numbers, except 全年 in line 2 (全年供水…): the facts take the
# review year 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31 with the null reading
# in period_alts.  The heading's surface 2024年 does not occur in the excerpt; the period
# text is the excerpt's own naming of the review year, 全年 (line 2; as wr_chongqing_2025_b
# 年度, wr_yunnan_2025_b 过去一年).  From 全年 on, line 2 is explicit (same dates, no alt).
# Stocks (累计 totals, insured persons, rates of a population reached with 提高至) are the
# instant 2024-12-31 with the year and null as alts; levels of the year that may also read
# as year-end counts (centres 建成运营, hospitals and items of mutual recognition, people
# covered) → the year with the year end as alt.  The streak 连续三年 ends in the review
# year: the year as gold, the streak's own span as alt (as wr_xinjiang_2025 连续四年).
# 年平均 (the yearly effect of the coal-fire control) is a rate per year: period text only
# (as 每年, README §5), the review year as alt.
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FY = dict(period=Y24)                   # under the explicit 全年 of line 2
PER_YEAR = dict(period=P("年平均", None, None), period_alts=[Y24])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
LEVEL_NOTE = ("a level of the review year 2024; the year-end reading (a count in place) as "
              "alt")
FY_NOTE = "全年 (= 2024) stands earlier in the line and governs the clause (explicit)"


# ==== line 1 (source 21): heading (六) ========================================================
g.neg("(六)生态环境", "(六)", MARKER_NOTE)

# ==== line 2 (source 22): (六) ecology ========================================================
TSBP = dict(subject="天山北坡城市群", subject_alts=["天山北坡", PLACE] + XJ_ALTS)
TSBP_NOTE = ("the 天山北坡 city cluster owns the air-quality figures (topic of the clause); "
             "the region as alt")
fact("优良天数比例达90%", "90%", value=90, unit="%", kind="share",
     metric="空气质量优良天数比例",
     metric_alts=["优良天数比例", "空气质量优良天数比率", "优良天数比率", "空气质量优良率",
                  "天山北坡城市群空气质量优良天数比例"], **TSBP, **FLOW,
     note="达 → eq; a rate of the year's days (share); " + TSBP_NOTE)
fact("提高3.4个百分点", "3.4个百分点", value=3.4, unit="pp", kind="change",
     metric="空气质量优良天数比例",
     metric_alts=["优良天数比例", "空气质量优良天数比率", "优良天数比率", "空气质量优良率",
                  "天山北坡城市群空气质量优良天数比例"], comparison="yoy", **TSBP, **FLOW,
     note="pp change of the share against the year before (README §3: the share's metric)")
g.neg("PM10、PM2.5分别", "PM10", "pollutant name (PM10), not a quantity")
g.neg("PM10、PM2.5分别", "PM2.5", "pollutant name (PM2.5), not a quantity")
PM_NOTE = "分别: PM10 ↔ −19.4%, PM2.5 ↔ −14.9% (浓度 implied); 下降 → negative; " + TSBP_NOTE
fact("分别下降19.4%", "19.4%", value=-19.4, unit="%", kind="growth", metric="PM10浓度",
     metric_alts=["PM10", "PM10平均浓度", "PM10年均浓度", "可吸入颗粒物浓度",
                  "可吸入颗粒物平均浓度"], comparison="yoy", **TSBP, **FLOW, note=PM_NOTE)
fact("19.4%、14.9%", "14.9%", value=-14.9, unit="%", kind="growth", metric="PM2.5浓度",
     metric_alts=["PM2.5", "PM2.5平均浓度", "PM2.5年均浓度", "细颗粒物浓度",
                  "细颗粒物平均浓度"], comparison="yoy", **TSBP, **FLOW, note=PM_NOTE)
fact("连续三年在国家", "三年", value=3, unit="year", kind="amount",
     metric="国家污染防治攻坚战成效考核取得优秀等次持续时间",
     metric_alts=["连续在国家污染防治攻坚战成效考核中取得优秀等次",
                  "国家污染防治攻坚战成效考核取得优秀等次年数",
                  "污染防治攻坚战成效考核优秀等次持续时间", "污染防治攻坚战成效考核",
                  "持续时间"],
     subject_alts=XJ_ALTS + ["天山北坡城市群", "天山北坡"],
     period=Y24, period_alts=[Y24_NULL, P("连续三年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续三年 (a duration, unit year, as wr_xinjiang_2025 连续四年) "
          "— judgement call; the national assessment grades provincial governments → the "
          "region owns it (the city cluster of the clause before as alt); the streak ends in "
          "the review year (alt 2022-2024)")
g.neg("“三北”工程", "三北", LABEL_NOTE + " (“三北”工程: the Three-North shelterbelt "
      "programme)")
fact("建设任务1295.76万亩", "1295.76万亩", value=1295.76e4, unit="mu", kind="amount",
     metric="“三北”工程建设任务",
     metric_alts=["三北工程建设任务", "完成“三北”工程建设任务", "“三北”工程建设",
                  "“三北”工程建设面积", "三北工程建设面积", "“三北”工程建设任务面积"], **FLOW,
     note="the area of the year's Three-North tasks completed (完成); 万亩 ×1e4, unit mu; the "
          "label inside the metric has its own negative")
fact("3046公里世界最长", "3046公里", value=3046e3, unit="m", kind="amount",
     metric="环沙漠生态屏障长度",
     metric_alts=["环沙漠生态屏障", "长度", "生态屏障长度", "环沙漠生态屏障全长",
                  "世界最长环沙漠生态屏障长度"],
     subject="环沙漠生态屏障",
     subject_alts=["塔克拉玛干沙漠环沙漠生态屏障", "世界最长环沙漠生态屏障",
                   "塔克拉玛干沙漠", PLACE] + XJ_ALTS, **LEVEL,
     note="judgement call: a technical magnitude (README §2) in the barrier's description, "
          "the barrier owns it (README §4); closed (实现合龙) in 2024 → the year, the "
          "year-end instant as alt; 公里 = 1e3 m; 世界最长 has no numeral (no rank fact)")
fact("完成造林130.6万亩", "130.6万亩", value=130.6e4, unit="mu", kind="amount",
     metric="造林", metric_alts=["造林面积", "完成造林", "营造林", "营造林面积"], **FLOW)
fact("种草改良470万亩", "470万亩", value=470e4, unit="mu", kind="amount",
     metric="种草改良", metric_alts=["种草改良面积", "种草", "草原改良", "种草改良草原"],
     **FLOW)
fact("治理沙化土地601.76万亩", "601.76万亩", value=601.76e4, unit="mu", kind="amount",
     metric="治理沙化土地",
     metric_alts=["沙化土地治理", "沙化土地治理面积", "治理沙化土地面积", "沙化土地"], **FLOW)
COALFIRE = ["煤田灭火", "煤田灭火综合治理"]
fact("完成治理面积240万平方米", "240万平方米", value=240e4, unit="m2", kind="amount",
     metric="煤田灭火治理面积",
     metric_alts=["治理面积", "完成治理面积", "煤田灭火综合治理面积", "煤田灭火完成治理面积",
                  "煤田火区治理面积"],
     subject_alts=XJ_ALTS + COALFIRE, **FLOW,
     note="head 煤田灭火 restored from the sentence's topic; 平方米 = 1 m2")
fact("恢复植被147万平方米", "147万平方米", value=147e4, unit="m2", kind="amount",
     metric="恢复植被",
     metric_alts=["恢复植被面积", "植被恢复面积", "煤田灭火恢复植被", "植被恢复"],
     subject_alts=XJ_ALTS + COALFIRE, **FLOW)
SAVE_NOTE = ("judgement call: the yearly saving written under the metric 减少… is kept "
             "positive as written (as wr_shanxi_2025 降低电力供应成本5.3亿元 and "
             "nw_cctv_20250916_jilin_heilongjiang_2025 减排二氧化碳); 年平均 → a rate per year, "
             "in the metric (SPEC §3 rates); period text 年平均 only (as 每年, README §5), the "
             "review year as alt")
fact("燃烧损失383万吨", "383万吨", value=383e4, unit="t", kind="amount",
     metric="年平均减少煤炭资源燃烧损失",
     metric_alts=["减少煤炭资源燃烧损失", "煤炭资源燃烧损失减少", "年均减少煤炭资源燃烧损失",
                  "减少煤炭燃烧损失", "煤炭资源燃烧损失减少量"],
     subject_alts=XJ_ALTS + COALFIRE, **PER_YEAR, note=SAVE_NOTE)
g.neg("减少二氧化碳排放", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide), not a "
      "quantity (as nw_cctv_20250916_jilin_heilongjiang_2025)")
fact("二氧化碳排放985万吨", "985万吨", value=985e4, unit="t", kind="amount",
     metric="年平均减少二氧化碳排放",
     metric_alts=["减少二氧化碳排放", "二氧化碳减排", "二氧化碳减排量", "减排二氧化碳",
                  "年均减少二氧化碳排放", "二氧化碳排放减少量"],
     subject_alts=XJ_ALTS + COALFIRE, **PER_YEAR,
     note="verb 年平均减少 shared; " + SAVE_NOTE)
g.neg("探索出一条", "一条", VAGUE_NOTE.format("一条 (article: 'a new model')"))
g.neg("南北疆两大流域", "两大", "judgement call: 两大 'the two (authorities)' of 南北疆 (one for "
      "the north, one for the south, named right before it), a set label / appositive (as "
      "README §2 八大), not read as a count; a count of 2 authorities formed is the "
      "alternative")
g.neg("全年供水", "全年", PERIOD_NOTE + " (= 2024; governs the rest of the line)")
WATER_NOTE = ("分别: 供水 ↔ 2.34亿, 水库蓄水 ↔ 13.88亿, 生态补水 ↔ 51.92亿立方米; absolute "
              "changes of the year's volumes (增加 → positive, metric <level>增量, SPEC §2); "
              "亿立方米 = 1e8 m3; amount facts carry no comparison; " + FY_NOTE)
fact("分别增加2.34亿立方米", "2.34亿立方米", value=2.34e8, unit="m3", kind="amount",
     metric="供水增量",
     metric_alts=["供水", "供水量", "供水量增量", "供水增加", "供水增加量"], **FY,
     note=WATER_NOTE)
fact("、13.88亿立方米、", "13.88亿立方米", value=13.88e8, unit="m3", kind="amount",
     metric="水库蓄水增量",
     metric_alts=["水库蓄水", "水库蓄水量", "水库蓄水量增量", "水库蓄水增加", "蓄水量增量"],
     **FY, note=WATER_NOTE)
fact("、51.92亿立方米。", "51.92亿立方米", value=51.92e8, unit="m3", kind="amount",
     metric="生态补水增量",
     metric_alts=["生态补水", "生态补水量", "生态补水量增量", "生态补水增加"], **FY,
     note=WATER_NOTE)
g.neg("国家首批碳达峰", "首批", FIRST_NOTE + " (首批 'first batch' of the national pilots)")
GREEN_NOTE = "分别: 绿电 ↔ 385%, 绿证 ↔ 522% (交易规模 shared); " + FY_NOTE
fact("分别增长385%", "385%", value=385, unit="%", kind="growth", metric="绿电交易规模",
     metric_alts=["绿电交易", "绿电交易量", "绿色电力交易规模", "绿电交易电量"],
     comparison="yoy", **FY, note=GREEN_NOTE)
fact("385%、522%", "522%", value=522, unit="%", kind="growth", metric="绿证交易规模",
     metric_alts=["绿证交易", "绿证交易量", "绿色电力证书交易规模", "绿证交易数量"],
     comparison="yoy", **FY, note=GREEN_NOTE)

# ==== line 3 (source 23): heading (七) ========================================================
g.neg("(七)民生福祉", "(七)", MARKER_NOTE)

# ==== line 4 (source 24): (七) livelihoods ====================================================
g.neg("兜实基层“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转)")
fact("保运转支出2585.3亿元", "2585.3亿元", value=2585.3e8, unit="CNY", kind="amount",
     metric="保基本民生、保工资、保运转支出",
     metric_alts=["“三保”支出", "三保支出", "基层“三保”支出", "基层三保支出",
                  "保基本民生保工资保运转支出"], **FLOW,
     note="spending of the year on the three guarantees (the list names the metric)")
g.neg("基层“三保”得到", "三保", LABEL_NOTE + " (“三保”)")
fact("全疆77%以上", "77%", value=77, unit="%", kind="share", bound="ge",
     metric="财政支出投向民生领域比重",
     metric_alts=["投向民生领域的财政支出占比", "民生支出占财政支出比重", "民生支出占比",
                  "财政支出用于民生比重", "投向民生领域的财政支出比重"], **FLOW,
     note="以上 → ge (outside the span); share of the year's spending")
fact("新增城镇就业48.32万人", "48.32万人", value=483200, unit="count", kind="count",
     classifier="人", metric="新增城镇就业",
     metric_alts=["城镇新增就业", "城镇新增就业人数", "新增城镇就业人数", "新增就业"],
     **FLOW)
fact("去向落实率达92.18%", "92.18%", value=92.18, unit="%", kind="share",
     metric="区属高校应届毕业生去向落实率",
     metric_alts=["高校应届毕业生去向落实率", "高校毕业生去向落实率", "毕业生去向落实率",
                  "去向落实率"], **FLOW,
     note="达 → eq; a rate of the 2024 graduates (share)")
fact("实现就业3.34万人", "3.34万人", value=33400, unit="count", kind="count",
     classifier="人", metric="就业困难人员实现就业",
     metric_alts=["就业困难人员就业", "就业困难人员实现就业人数", "就业困难人员就业人数",
                  "就业困难人员"], **FLOW)
fact("职业技能培训126.14万人次", "126.14万人次", value=1261400, unit="count",
     kind="count", classifier="人次", metric="职业技能培训",
     metric_alts=["开展职业技能培训", "职业技能培训人次", "精准开展职业技能培训"], **FLOW,
     note="人次 is a classifier (SPEC §3)")
g.neg("城镇零就业家庭", "零", "零就业家庭 'zero-employment households', a category name, "
      "not a quantity (as wr_hebei_2025_b)")
g.neg("动态清零。教育", "清零", "清零 'clear to zero' (eliminate), a goal word, not a "
      "quantity (as wr_hebei_2025_b)")
fact("改善1893所", "1893所", value=1893, unit="count", kind="count", classifier="所",
     metric="公办幼儿园",
     metric_alts=["改善办园条件的公办幼儿园", "公办幼儿园数量", "改善公办幼儿园办园条件",
                  "幼儿园"], **FLOW,
     note="kindergartens whose conditions were improved in 2024")
g.neg("南疆五地州本科高校", "五地州", APPOS_NOTE.format("五地州 (the five prefectures of "
      "southern Xinjiang)"))
SOUTH = XJ_ALTS + ["南疆五地州", "南疆", "南疆五地州本科高校"]
fact("学生净增2.49万人", "2.49万人", value=24900, unit="count", kind="count",
     classifier="人", metric="学生增量",
     metric_alts=["学生", "学生净增", "本科高校学生增量", "南疆五地州本科高校学生增量",
                  "南疆本科高校学生增量", "学生数量增量", "本科高校学生"],
     subject_alts=SOUTH, **FLOW,
     note="净增 N: the net change of the students of the southern prefectures' universities "
          "over 2024 (SPEC §2 absolute change → <level>增量, positive, as wr_yunnan_2025 "
          "净增); the region keeps the subject, 南疆五地州 as alt (README §4)")
HIGHER = XJ_ALTS + ["全疆高校", "高校"]
fact("新增17个博士点", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="博士点",
     metric_alts=new("博士点", "新增博士点", "博士学位授权点", "高校博士点"),
     subject_alts=HIGHER, **FLOW, note="新增 N: added in 2024; 增量 alts (README §3)")
fact("、45个硕士点", "45个", value=45, unit="count", kind="count", classifier="个",
     metric="硕士点",
     metric_alts=new("硕士点", "新增硕士点", "硕士学位授权点", "高校硕士点"),
     subject_alts=HIGHER, **FLOW, note="verb 新增 distributes over the list")
g.neg("“十大产业集群”", "十大", "set label 十大 (“十大产业集群”, the region's ten industrial "
      "clusters named as a group; README §2 八大), not a count claim")
g.neg("“三医联动”", "三医联动", LABEL_NOTE + " (“三医联动”: 医疗、医保、医药)")
fact("节省医药费用300亿元", "300亿元", value=300e8, unit="CNY", kind="amount", bound="ge",
     metric="节省医药费用",
     metric_alts=["累计节省医药费用", "集中采购节省医药费用", "节约医药费用", "医药费用节省"],
     **STOCK, note="以上 → ge (outside the span); 累计 → " + STOCK_NOTE)
HOSP_NOTE = ("centres built and in operation (建成运营) by the review year: " + LEVEL_NOTE +
             " (as wr_shaanxi_2025 147项)")
fact("，4个国家区域", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=["建成运营的国家区域医疗中心", "国家区域医疗中心数量", "区域医疗中心",
                  "建成运营国家区域医疗中心"], **LEVEL, note=HOSP_NOTE)
fact("、4个省级区域", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="省级区域医疗中心",
     metric_alts=["建成运营的省级区域医疗中心", "省级区域医疗中心数量", "区域医疗中心",
                  "建成运营省级区域医疗中心"], **LEVEL,
     note="建成运营 shared; " + HOSP_NOTE)
fact("1个省级区域医疗中心稳步推进", "1个", value=1, unit="count", kind="count",
     classifier="个", metric="稳步推进的省级区域医疗中心",
     metric_alts=["省级区域医疗中心", "在建省级区域医疗中心", "推进中的省级区域医疗中心",
                  "稳步推进省级区域医疗中心"], **FLOW,
     note="the one further centre still under way in 2024 (a count of 1, Arabic, not an "
          "article) → actual")
g.neg("全疆60家三甲", "三甲", "hospital grade label 三甲 (三级甲等), part of the counted noun, "
      "not a quantity (as wr_heilongjiang_2025_b)")
fact("全疆60家三甲", "60家", value=60, unit="count", kind="count", classifier="家",
     metric="三甲医院",
     metric_alts=["实现检查检验结果互认的三甲医院", "三甲医院数量", "互认三甲医院",
                  "三级甲等医院"], **LEVEL,
     note="the hospitals sharing results in 2024: " + LEVEL_NOTE)
fact("实现377项检查", "377项", value=377, unit="count", kind="count", classifier="项",
     metric="检查检验结果互认",
     metric_alts=["检查检验结果互认项目", "互认检查检验结果", "检查检验结果", "互认项目",
                  "检查检验结果互认项目数量"],
     subject_alts=XJ_ALTS + ["全疆60家三甲医院", "三甲医院"], **LEVEL,
     note="items recognised by the 60 hospitals (as wr_shaanxi_2025 147项医检结果): "
          + LEVEL_NOTE)
g.neg("工伤三项社会保险", "三项", APPOS_NOTE.format("三项 (the three insurances 基本养老、"
      "失业、工伤 listed right before it)"))
fact("参保2654.39万人次", "2654.39万人次", value=26543900, unit="count", kind="count",
     classifier="人次", metric="基本养老、失业、工伤三项社会保险参保",
     metric_alts=["三项社会保险参保", "三项社会保险参保人次", "社会保险参保",
                  "基本养老、失业、工伤保险参保", "社会保险参保人次", "三项社会保险参保人数"],
     **STOCK, note="insured persons (a register, stock): " + STOCK_NOTE +
                   "; 人次 is a classifier (SPEC §3)")
INS_NOTE = "分别: 生育保险 ↔ 448.2万人, 基本医疗保险 ↔ 2366.7万人 (参保); insured persons: " + STOCK_NOTE
fact("分别参保448.2万人", "448.2万人", value=4482000, unit="count", kind="count",
     classifier="人", metric="生育保险参保",
     metric_alts=["生育保险参保人数", "生育保险", "生育保险参保人员"], **STOCK, note=INS_NOTE)
fact("448.2万人、2366.7万人", "2366.7万人", value=23667000, unit="count", kind="count",
     classifier="人", metric="基本医疗保险参保",
     metric_alts=["基本医疗保险参保人数", "基本医疗保险", "基本医保参保人数", "医保参保人数"],
     **STOCK, note=INS_NOTE)
DIB_NOTE = "分别: 城市低保标准 ↔ 5%, 农村低保标准 ↔ 12% (城乡 split, 低保标准 shared)"
fact("分别增长5%", "5%", value=5, unit="%", kind="growth", metric="城市低保标准",
     metric_alts=["城镇低保标准", "城市居民最低生活保障标准", "城市最低生活保障标准",
                  "低保标准"], comparison="yoy", **FLOW, note=DIB_NOTE)
fact("5%、12%", "12%", value=12, unit="%", kind="growth", metric="农村低保标准",
     metric_alts=["农村居民最低生活保障标准", "农村最低生活保障标准", "低保标准"],
     comparison="yoy", **FLOW, note=DIB_NOTE)
fact("救助资金85.64亿元", "85.64亿元", value=85.64e8, unit="CNY", kind="amount",
     metric="救助资金",
     metric_alts=["各类救助资金", "发放各类救助资金", "发放救助资金", "社会救助资金"], **FLOW)
fact("脱贫人口就业110.3万人", "110.3万人", value=1103000, unit="count", kind="count",
     classifier="人", metric="脱贫人口就业",
     metric_alts=["脱贫人口就业人数", "脱贫人口务工就业", "实现脱贫人口就业", "脱贫人口就业规模"],
     **LEVEL, note="people lifted out of poverty in work in 2024: " + LEVEL_NOTE)
fact("承诺的十件民生实事", "十件", value=10, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["民生实事数量", "十件民生实事", "承诺的民生实事", "重点民生实事"], **FLOW,
     note="the year's ten livelihood projects, all completed (as wr_shanxi_2025 15件)")
g.neg("扩建工程一期建成", "一期", "phase label 一期 (README §2), not a quantity")
g.neg("惠及五地州", "五地州", APPOS_NOTE.format("五地州 (the five prefectures of southern "
      "Xinjiang)"))
fact("五地州500万各族群众", "500万", value=5e6, unit="count", kind="count", classifier="人",
     metric="惠及各族群众",
     metric_alts=["天然气利民管道扩建工程惠及群众", "惠及群众", "受益群众", "惠及人数",
                  "各族群众"],
     subject_alts=XJ_ALTS + ["南北疆天然气利民管道扩建工程", "南北疆天然气利民管道扩建工程一期",
                             "南疆五地州", "五地州"], **LEVEL,
     note="people served by the first phase of the gas pipeline completed in 2024; no "
          "measure word → classifier 人 (as wr_yunnan_2025 389.75万); " + LEVEL_NOTE)
g.neg("“煤改电”二期", "二期", "phase label 二期 (README §2 一期), not a quantity")
fact("83.68万户居民", "83.68万户", value=836800, unit="count", kind="count",
     classifier="户", metric="实现清洁取暖的居民",
     metric_alts=["清洁取暖居民", "实现清洁取暖居民户数", "清洁取暖户数", "居民清洁取暖",
                  "“煤改电”清洁取暖居民"],
     subject_alts=XJ_ALTS + ["“煤改电”二期工程", "“煤改电”工程"], **LEVEL,
     note="households heated cleanly after the second phase closed in 2024: " + LEVEL_NOTE)
fact("2.42万户农房", "2.42万户", value=24200, unit="count", kind="count", classifier="户",
     metric="农房抗震防灾",
     metric_alts=["农房抗震防灾任务", "农房抗震防灾改造", "农房抗震防灾工程", "农房",
                  "完成农房抗震防灾任务"], **FLOW,
     note="households whose houses were made earthquake-safe in 2024 (户 classifier)")
fact("乌什县7.1级地震", "7.1级", value=7.1, unit="级", kind="amount", metric="地震震级",
     metric_alts=["震级", "地震级别", "乌什县地震震级"],
     subject="乌什县地震", subject_alts=["乌什县7.1级地震", "乌什县", "乌什地震"], **FLOW,
     note="judgement call: the magnitude of the 乌什 earthquake (January 2024) written in "
          "the event's description, read as a technical magnitude (README §2, as the 万米 "
          "well of wr_xinjiang_2025); 级 has no canonical unit → kept as written (SPEC §3), "
          "kind amount; reading it as part of the event's name (negative) is the "
          "alternative")
fact("完成2.08万座", "2.08万座", value=20800, unit="count", kind="count", classifier="座",
     metric="牧民越冬放牧点生产用房(居住)加固改造",
     metric_alts=["牧民越冬放牧点生产用房加固改造", "牧民越冬放牧点生产用房",
                  "越冬放牧点生产用房加固改造", "牧民越冬放牧点", "加固改造牧民越冬放牧点生产用房"],
     **FLOW)
fact("改造农村公路1.05万公里", "1.05万公里", value=1.05e7, unit="m", kind="amount",
     metric="改造农村公路",
     metric_alts=["农村公路改造", "农村公路", "改造农村公路里程", "农村公路改造里程"], **FLOW,
     note="公里 = 1e3 m")
fact("完成1.63万户", "1.63万户", value=16300, unit="count", kind="count", classifier="户",
     metric="特殊困难老年人家庭适老化改造",
     metric_alts=["适老化改造", "特殊困难老年人家庭", "特殊困难老年人家庭适老化改造任务",
                  "适老化改造家庭", "完成特殊困难老年人家庭适老化改造"], **FLOW)
fact("老年助餐服务点1.1万个", "1.1万个", value=11000, unit="count", kind="count",
     classifier="个", metric="老年助餐服务点",
     metric_alts=new("老年助餐服务点", "建成老年助餐服务点", "助餐服务点"), **FLOW,
     note="建成 in 2024; 增量 alts (README §3)")
g.neg("青少年、老龄、红十字", "红十字", "organisation name 红十字 (Red Cross); 十字 'cross', "
      "not a number (as wr_hebei_2025)")

# ==== line 5 (source 25): heading (八) ========================================================
g.neg("(八)文化润疆", "(八)", MARKER_NOTE)

# ==== line 6 (source 26): (八) culture and unity ==============================================
g.neg("等一批重点文博场馆", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("荣获“五个一工程”", "五个一工程", "award name “五个一工程”, not a count (as "
      "wr_fujian_2025_b)")
g.neg("举办首届中国新疆", "首届", EDITION_NOTE.format("首届: the first 民间艺术季"))
g.neg("第二届新疆文化艺术节", "第二届", EDITION_NOTE.format("第二届新疆文化艺术节"))
CULT = XJ_ALTS
fact("活动4.62万余场次", "4.62万余场次", value=46200, unit="count", kind="count",
     classifier="场次", bound="gt", metric="群众性文化惠民活动",
     metric_alts=["文化惠民活动", "举办群众性文化惠民活动", "群众性文化惠民活动场次",
                  "文化惠民活动场次"], **FLOW, note="余 inside the span → gt")
fact("惠及4550万余人次", "4550万余人次", value=4.55e7, unit="count", kind="count",
     classifier="人次", bound="gt", metric="群众性文化惠民活动惠及人次",
     metric_alts=["惠及人次", "文化惠民活动惠及人次", "惠及群众", "惠及",
                  "群众性文化惠民活动惠及"], **FLOW, note="余 inside the span → gt")
g.neg("承办第十二届", "第十二届", EDITION_NOTE.format("第十二届全国少数民族传统体育运动会"))
LANG = ["国家通用语言文字普及率", "普通话普及率", "通用语言文字普及率", "普及率"]
fact("普及率提高至72.2%", "72.2%", value=72.2, unit="%", kind="share",
     metric="国家通用语言文字普及率", metric_alts=LANG[1:] + ["全区普及率"], **STOCK,
     note="提高至 → the rate reached (a rate of the population, share, SPEC §2): "
          + STOCK_NOTE)
fact("南疆普及率68.4%", "68.4%", value=68.4, unit="%", kind="share",
     metric="国家通用语言文字普及率", metric_alts=LANG[1:] + ["南疆普及率"],
     subject="南疆", subject_alts=["南疆地区", "南疆四地州", "南疆五地州", PLACE] + XJ_ALTS,
     **STOCK,
     note="其中 → the southern part of the region owns its rate (a place, not a sector); the "
          "region as alt; " + STOCK_NOTE)
fact("8.6万余名中小学生", "8.6万余名", value=86000, unit="count", kind="count",
     classifier="名", bound="gt", metric="赴疆外参加爱国主义研学活动的中小学生",
     metric_alts=["中小学生", "赴疆外研学中小学生", "参加研学活动的中小学生",
                  "赴疆外参加研学活动中小学生", "研学活动中小学生", "中小学生人数"], **FLOW,
     note="余 inside the span → gt; pupils who took part in 2024 (规模为历年之最 states no "
          "number)")
g.neg("举办“五州六县”", "五州六县", "name of a group of autonomous prefectures and counties "
      "(“五州六县”, founded in 1954), a label, not a count")
g.neg("成立70周年庆典", "70周年", "anniversary in an event name (…成立70周年庆典活动), not a "
      "quantity claim (as wr_yunnan_2025 75周年)")
UNITY = ["全国民族团结进步模范集体和模范个人", "民族团结进步模范"]
fact("22个集体", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="全国民族团结进步模范集体",
     metric_alts=["模范集体", "民族团结进步模范集体", "集体", "被评为全国民族团结进步模范集体",
                  "全国民族团结进步模范集体数量"] + UNITY, **FLOW,
     note="named in 2024; the counted noun 集体 with the title it received")
fact("26名个人", "26名", value=26, unit="count", kind="count", classifier="名",
     metric="全国民族团结进步模范个人",
     metric_alts=["模范个人", "民族团结进步模范个人", "个人", "被评为全国民族团结进步模范个人",
                  "全国民族团结进步模范个人人数"] + UNITY, **FLOW)

NOTES = (
    "Excerpt: lines 21-26 of shared/texts/work_report/wr_xinjiang_2025.txt (2,315 "
    "characters with the final newline), sliced by code: review items (六) (ecology), (七) "
    "(livelihoods) and (八) (culture and unity), each with its heading line. Lines 7-14 are "
    "annotated in wr_xinjiang_2025 (no overlap). Among the runs of whole lines of 2,000-2,500 "
    "characters in lines 15-70 that start at a heading, this one holds the most numbers (59 "
    "Arabic numbers; 17-22: 58; 15-20: 42); the 2025 part (lines 35-70) is far sparser. "
    "Title, source line and dateline are outside the excerpt (title_in_text=False; the "
    "title as the source's first line, as wr_xinjiang_2025). Date: 2025-01-19, the delivery "
    "date in the report's header (source line 3: 2025年1月19日在新疆维吾尔自治区第十四届人民代表"
    "大会第三次会议上); the corpus meta agrees. Place: 新疆维吾尔自治区 (新疆, 全疆, 自治区, 全区 "
    "→ alts); owners of their own numbers: 天山北坡城市群 (air quality: 90%, 3.4 pp, PM10/PM2.5), "
    "the 环沙漠生态屏障 (3046公里), 乌什县地震 (7.1级), 南疆 (普及率68.4%); coal-fire control, "
    "南疆五地州 universities, 全疆高校, the 60 hospitals, the gas pipeline and 煤改电 keep the "
    "region (as alts). Periods: the excerpt lies in part 一、2024年工作回顾 (outside it): the "
    "review year 2024 is the section frame of every line, with the excerpt's own period word "
    "全年 (line 2) as period text and null as alt; from 全年 on, line 2 is explicit (water "
    "volumes, green-power trade). Stocks (累计节省医药费用, insured persons, 普及率 提高至) → "
    "instant 2024-12-31, the year and null as alts; levels (centres 建成运营, 60家/377项 of "
    "mutual recognition, people in work or served, the barrier's length) → the year, "
    "year-end as alt; 连续三年 → 3 year, the year as gold, 2022-2024 as alt; 年平均 (coal-fire "
    "savings) → period text only, the year as alt. Modality: actual throughout (no 预计). "
    "Units: 万亩 → mu; 平方米 → m2; 亿立方米 1e8 m3; 公里 1e3 m; 级 (earthquake magnitude) kept "
    "as written; 万人次/场次 → counts. Judgement calls: 连续三年 a duration fact owned by the "
    "region (the national assessment grades provinces); 3046公里 and 7.1级 as technical "
    "magnitudes; 年平均减少…383万吨 / 985万吨 positive savings under 减少… metrics; 分别增加 "
    "(water) → absolute changes …增量; 学生净增 → 学生增量; 两大 (流域管理局), 五地州 ×2, 三项 "
    "(社会保险) → appositives / set labels (negatives); 1个省级区域医疗中心稳步推进 → a count "
    "of 1; 南疆普及率 → subject 南疆. Negatives: (六)/(七)/(八), PM10, PM2.5, 三北, "
    "二氧化碳, 一条, 两大, 全年, 首批, 三保 ×2, 零 (零就业家庭), 清零, 五地州 ×2, 十大, 三医联动, "
    "三甲, 三项, 一期, 二期, 红十字, 一批, 五个一工程, 首届, 第二届, 第十二届, 五州六县, "
    "70周年. Lexicalized, not listed: 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_xinjiang_2025.txt lines {FIRST}–{LAST} "
        "(2025年新疆政府工作报告, 来源：新疆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
