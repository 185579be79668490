"""Gold annotations for wr_fujian_2025_b (2025年福建省政府工作报告, second excerpt), lines 28-37
of shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the 2024 review (一年来的主要工作, source line 9) from
section （五） (its three paragraphs 城市功能, 和美乡村, 对口协作; its heading, source line 27,
lies just before) through section （六） in full (就业, 健康, 社会保障, 文体) to the heading of
section （七） and its first paragraph 生态环境质量保持领先.  Lines 6-17 are annotated in
wr_fujian_2025 (no overlap).  Among the runs of whole lines of 2,000-2,500 characters
outside lines 6-17, lines 28-37 (2,414 characters, 75 Arabic numbers) are the densest;
adding the heading line 27 gives 2,440 characters with no number more, adding line 38
passes 2,500.  The 2025 part of this text has no target list and few numbers.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_fujian_2025_b"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_fujian_2025.txt"
FIRST, LAST = 28, 37                    # 1-based, inclusive, whole lines
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt
FJ_ALTS = ["福建", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="城市功能持续增强。", ends="好山好水好空气总是令人欣喜自豪。")
text = g.text
fact = g.with_subject(PLACE, FJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-its-kind claim / designation, not a measured rank (README §2 首批)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier ({}), not a quantity (README §2 一个, 一批)"

# ---- periods (reference date 2025-01-13) ---------------------------------------------
# The excerpt lies in the review 一年来的主要工作 (source line 9, outside it) of part 一 (the
# 2024 review): no line of the excerpt names a period of its own (its only time words are
# streaks, 连续N年), so every number takes the review year 2024 (SPEC §4 section frame),
# 2024-01-01..2024-12-31 with null in period_alts, and the period text 一年来 that names
# this frame in source line 9, as in wr_fujian_2025 (lines 10-17).  That surface lies outside
# the excerpt (no period word occurs in source lines 18-43), so shared/gold/check_gold.py
# flags the period text as not in the article: a known, deliberate exception (see NOTES).
# Stocks (城镇化率, 普及率, coverage, 累计, the rank of a total) → the instant 2024-12-31
# with the year and null as alts (README §5 stock rule); levels without 累计 (centres in
# use, rates of the year's claims, life expectancy) → the year with the year-end instant
# as alt.  Streaks (连续N年) are durations (unit year) governed by the review year, with
# the streak's own years as an alt (as wr_china_2007 / wr_ningxia_2025).
REV = P("一年来", "2024-01-01", "2024-12-31")
REV_NULL = P("一年来", None, None)
REV_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=REV, period_alts=[REV_NULL])
LEVEL = dict(period=REV, period_alts=[REV_NULL, REV_END])
STOCK = dict(period=REV_END, period_alts=[REV, REV_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant at 2024-12-31 (README §5); the "
              "literal year and null in period_alts")
LEVEL_NOTE = "level of the review year 2024; the year-end instant and null as alts"
NEW_NOTE = ("新增 N: count of the new units; 增量 alts for the SPEC-2 absolute-change reading "
            "(same value and kind)")


def added(noun, extra=()):
    """metric_alts of a 新增 / 新建 count (README §3)."""
    return [f"新增{noun}", f"{noun}数量", f"{noun}增量", f"{noun}数量增量", *extra]


def streak(n, first_year):
    """period and period_alts of a streak 连续N年 ending in 2024."""
    return dict(period=REV, period_alts=[REV_NULL, P(f"连续{n}年", f"{first_year}-01-01",
                                                             "2024-12-31")])


STREAK_NOTE = ("length of the streak 连续{}年 (a duration, unit year, as wr_china_2007 连续四年 / "
               "wr_ningxia_2025 连续两年); the review year governs (the streak ends in it), the "
               "streak's own years and null as alts")

# ---- line 1 (source 28): 城市功能持续增强 ------------------------------------------------
fact("城镇化率达71.8%", "71.8%", value=71.8, unit="%", kind="share", metric="城镇化率",
     metric_alts=["常住人口城镇化率"], **STOCK,
     note="达 → eq; rate of a population stock (SPEC §2/§4): " + STOCK_NOTE)
fact("老旧小区改造36万户", "36万户", value=360000, unit="count", kind="count",
     classifier="户", metric="老旧小区改造",
     metric_alts=["开工老旧小区改造", "老旧小区", "开工改造老旧小区", "老旧小区改造户数",
                  "城镇老旧小区改造", "开工老旧小区改造户数"],
     **FLOW, note="户 is the classifier (SPEC §3); works started (开工) in 2024")
fact("保障性住房4.1万套", "4.1万套", value=41000, unit="count", kind="count",
     classifier="套", metric="保障性住房",
     metric_alts=["开工筹集保障性住房", "筹集保障性住房", "保障性住房数量", "保障性住房增量",
                  "开工保障性住房", "保障性住房数量增量"], **FLOW)
fact("公共停车位2.8万个", "2.8万个", value=28000, unit="count", kind="count",
     classifier="个", metric="公共停车位", metric_alts=added("公共停车位", ["停车位"]),
     **FLOW, note=NEW_NOTE)
fact("供排水管网2182公里", "2182公里", value=2182000, unit="m", kind="amount",
     metric="新改建供排水管网",
     metric_alts=["供排水管网", "新改建供排水管网长度", "新改建供排水管网里程", "供排水管网长度",
                  "供排水管网里程"], **FLOW, note="公里 → ×1e3 m")
fact("福道930公里", "930公里", value=930000, unit="m", kind="amount",
     metric="新建和改造提升福道",
     metric_alts=["福道", "福道里程", "福道长度", "新建和改造提升福道里程",
                  "新建改造提升福道"], **FLOW, note="公里 → ×1e3 m")
fact("4个项目获中国人居环境范例奖", "4个", value=4, unit="count", kind="count",
     classifier="个", metric="获中国人居环境范例奖的项目",
     metric_alts=["项目", "获奖项目", "中国人居环境范例奖项目", "获中国人居环境范例奖项目",
                  "中国人居环境范例奖", "获中国人居环境范例奖的项目数量"],
     **FLOW, note="the award defines the counted set → in the metric")
g.neg("福州入选首批", "首批", FIRST_NOTE + " (首批 'first batch')")
g.neg("入选全国第四批", "第四批", "batch label 第四批 (the fourth batch of pilot cities), "
      "not a rank or count (as 第一批 in wr_hunan_2025)")
g.neg("第四批一刻钟便民生活圈", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', a programme name)")
g.neg("老百姓的生活", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity "
      "(as nw_cctv_20210526_yrd_2021)")

# ---- line 2 (source 29): 和美乡村更具活力 ------------------------------------------------
fact("耕地面积连续两年", "两年", value=2, unit="year", kind="amount",
     metric="耕地面积净增加持续时间",
     metric_alts=["耕地面积连续净增加", "耕地面积连续净增加年数", "耕地面积净增加年数",
                  "耕地净增加持续时间", "连续净增加年数", "耕地面积", "持续时间"],
     **streak("两", 2023), note=STREAK_NOTE.format("两"))
fact("粮食播种面积1266.6万亩", "1266.6万亩", value=12666000, unit="mu", kind="amount",
     metric="粮食播种面积", metric_alts=["粮食种植面积", "播种面积"], **FLOW,
     note="亩 stays mu (SPEC §3); the year's sown area")
fact("产量514.4万吨", "514.4万吨", value=5144000, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "产量"], **FLOW,
     note="head 粮食 carried from 粮食播种面积; 万吨 ×1e4 t")
fact("制种面积占全国31.5%", "31.5%", value=31.5, unit="%", kind="share",
     metric="杂交水稻制种面积占全国比重",
     metric_alts=["杂交水稻制种面积占比", "杂交水稻制种面积占全国的比重",
                  "杂交水稻制种面积占全国", "杂交水稻制种面积全国占比"], **FLOW,
     note="share of the national seed-production area of the year")
fact("4个省级粮库", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="省级粮库",
     metric_alts=["新建成投用省级粮库", "新建成投用的省级粮库", "省级粮库数量", "省级粮库增量",
                  "省级粮库数量增量", "粮库"],
     **FLOW, note="granaries newly completed and put into use (新建成投用) in 2024, 增量 alts")
fact("优势特色产业集群1个", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="国家级优势特色产业集群",
     metric_alts=added("国家级优势特色产业集群", ["优势特色产业集群",
                                           "国家级农业优势特色产业集群"]),
     **FLOW, note=NEW_NOTE)
fact("现代农业产业园2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="现代农业产业园",
     metric_alts=added("现代农业产业园", ["国家级现代农业产业园", "新增国家级现代农业产业园"]),
     **FLOW, note="新增 (and likely 国家级) distributes over the list: 国家级 form in alts; "
                  + NEW_NOTE)
fact("海洋牧场1个", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="海洋牧场",
     metric_alts=added("海洋牧场", ["国家级海洋牧场", "新增国家级海洋牧场", "国家级海洋牧场示范区"]),
     **FLOW, note="新增 (and likely 国家级) distributes over the list; " + NEW_NOTE)
g.neg("“两通工程”", "两通", LABEL_NOTE + " (“两通工程”, a transport programme)")
fact("新开通2个高速公路出入口", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="高速公路出入口",
     metric_alts=["新开通高速公路出入口", "高速公路出入口数量", "高速公路出入口增量",
                  "高速公路出入口数量增量", "新开通高速公路出入口数量"], **FLOW)
fact("和18个服务区出入口", "18个", value=18, unit="count", kind="count", classifier="个",
     metric="服务区出入口",
     metric_alts=["新开通服务区出入口", "高速公路服务区出入口", "服务区出入口数量",
                  "服务区出入口增量", "服务区出入口数量增量", "新开通服务区出入口数量"],
     **FLOW, note="verb 新开通 shared with 2个")
fact("9个县获评", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="获评“四好农村路”全国示范县的县",
     metric_alts=["县", "“四好农村路”全国示范县", "四好农村路全国示范县", "全国示范县",
                  "获评四好农村路全国示范县的县", "获评“四好农村路”全国示范县", "示范县",
                  "获评“四好农村路”全国示范县的县数量"],
     **FLOW, note="the title won in 2024 defines the counted set → in the metric")
g.neg("获评“四好农村路”", "四好", LABEL_NOTE + " (“四好农村路”: roads built, managed, "
      "maintained and operated well)")
fact("自来水普及率达93.5%", "93.5%", value=93.5, unit="%", kind="share",
     metric="农村自来水普及率",
     metric_alts=["自来水普及率", "农村自来水普及率水平"], **STOCK,
     note="达 → eq; coverage = share of a stock: " + STOCK_NOTE)
g.neg("实现“零填埋”", "零填埋", LABEL_NOTE + " (“零填埋” 'zero landfill', as 零碳 in README "
      "§2)")
fact("3个县入选", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="入选全国村庄清洁行动先进县的县",
     metric_alts=["县", "全国村庄清洁行动先进县", "村庄清洁行动先进县", "先进县",
                  "入选全国村庄清洁行动先进县", "入选全国村庄清洁行动先进县的县数量"],
     **FLOW, note="the list entered in 2024 defines the counted set → in the metric")
g.neg("吹遍千乡万村", "千乡万村", "idiom 千乡万村 'every village', not a count")

# ---- line 3 (source 30): 对口协作效果显现 ------------------------------------------------
g.neg("主动对接长三角", "长三角", NAME_NOTE.format("长三角, the Yangtze River Delta"))
g.neg("“跨境一锁”", "一锁", LABEL_NOTE + " (“跨境一锁” 'one lock across the border', a "
      "customs-clearance model)")
fact("闽宁协作考核连续6年", "6年", value=6, unit="year", kind="amount",
     metric="闽宁协作考核为“好”持续时间",
     metric_alts=["闽宁协作考核连续为“好”", "闽宁协作考核连续为好", "闽宁协作考核为好持续时间",
                  "闽宁协作考核为“好”年数", "闽宁协作考核为好年数", "闽宁协作考核",
                  "持续时间"],
     **streak(6, 2019), note=STREAK_NOTE.format(6))
g.neg("首批103个", "首批", FIRST_NOTE + " (the first batch of 山海协作 projects)")
fact("首批103个重点项目", "103个", value=103, unit="count", kind="count", classifier="个",
     metric="山海协作重点项目",
     metric_alts=["重点项目", "首批重点项目", "山海协作首批重点项目", "新时代山海协作重点项目",
                  "重点项目数量", "首批山海协作重点项目"],
     **LEVEL, note="the first batch of projects under way (加快推进) in 2024: " + LEVEL_NOTE)
fact("总投资350亿元", "350亿元", value=350e8, unit="CNY", kind="amount",
     metric="山海协作重点项目总投资",
     metric_alts=["总投资", "重点项目总投资", "首批重点项目总投资", "山海协作首批重点项目总投资"],
     **FLOW, note="total investment of the 103 projects (head restored), reported as a fact "
                  "of 2024 (as 总投资超2200亿元 in wr_fujian_2025)")

# ---- line 4 (source 31): heading （六） ----------------------------------------------------
g.neg("（六）办好民生实事", "（六）", MARKER_NOTE)

# ---- line 5 (source 32): 就业形势总体稳定 ------------------------------------------------
fact("统筹9.8亿元", "9.8亿元", value=9.8e8, unit="CNY", kind="amount",
     metric="援企稳岗资金",
     metric_alts=["援企稳岗", "统筹援企稳岗资金", "用于援企稳岗资金", "援企稳岗投入",
                  "统筹资金", "援企稳岗资金规模"], **FLOW,
     note="money allotted (统筹) to job-retention support in 2024")
fact("减收失业保险费62.7亿元", "62.7亿元", value=62.7e8, unit="CNY", kind="amount",
     metric="减收失业保险费",
     metric_alts=["失业保险费减收", "减收失业保险费金额", "失业保险费减收额",
                  "降低失业保险费率减收", "减收失业保险费规模"], **FLOW,
     note="judgement call: a relief amount (fees not collected thanks to the reduced rate), "
          "kept positive with the verb in the metric as 减免税费 / 减税降费 amounts "
          "(wr_guangdong_2025, wr_jiangsu_2025), not the SPEC-2 cut of a level (压减)")
fact("城镇新增就业53.1万人", "53.1万人", value=531000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "新增城镇就业"], **FLOW,
     note="standard indicator name; 新增 is part of it (wr_henan_2025)")
fact("实现再就业14.3万人", "14.3万人", value=143000, unit="count", kind="count",
     classifier="人", metric="失业人员再就业",
     metric_alts=["失业人员实现再就业", "失业人员再就业人数", "再就业", "失业人员实现再就业人数",
                  "再就业人数"], **FLOW)
fact("投入4.3亿元", "4.3亿元", value=4.3e8, unit="CNY", kind="amount",
     metric="职业技能提升工程投入",
     metric_alts=["投入", "职业技能提升工程资金", "实施职业技能提升工程投入",
                  "职业技能提升工程投入资金"], **FLOW)
fact("新增5个国家级", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="国家级高技能人才培训基地",
     metric_alts=added("国家级高技能人才培训基地", ["高技能人才培训基地"]), **FLOW,
     note="5个国家级、60个省级高技能人才培训基地: the head is shared; " + NEW_NOTE)
fact("60个省级高技能", "60个", value=60, unit="count", kind="count", classifier="个",
     metric="省级高技能人才培训基地",
     metric_alts=added("省级高技能人才培训基地", ["高技能人才培训基地"]), **FLOW,
     note="新增 distributes; " + NEW_NOTE)
fact("补贴性培训31.9万人次", "31.9万人次", value=319000, unit="count", kind="count",
     classifier="人次", metric="补贴性培训",
     metric_alts=["补贴性培训人次", "补贴性职业技能培训", "补贴性技能培训"], **FLOW,
     note="人次 is the classifier (SPEC §3)")
fact("建成10个线上", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="线上零工平台",
     metric_alts=["建成线上零工平台", "线上零工平台数量", "零工平台", "线上零工平台增量"],
     **FLOW, note="platforms completed (建成) in 2024")
g.neg("线上零工平台", "零工", "lexicalized 零工 'odd jobs'; 零 is not a quantity (as 零部件 "
      "in wr_jiangsu_2025_b)")
fact("727家线下", "727家", value=727, unit="count", kind="count", classifier="家",
     metric="线下零工驿站",
     metric_alts=["建成线下零工驿站", "线下零工驿站数量", "零工驿站", "线下零工驿站增量"],
     **FLOW, note="verb 建成 shared with 10个")
g.neg("线下零工驿站", "零工", "lexicalized 零工 'odd jobs'; 零 is not a quantity")
fact("工资支付工作连续4年", "4年", value=4, unit="year", kind="amount",
     metric="保障农民工工资支付工作位列全国第一方阵持续时间",
     metric_alts=["保障农民工工资支付工作连续位列全国第一方阵",
                  "保障农民工工资支付工作位列全国第一方阵年数", "位列全国第一方阵持续时间",
                  "保障农民工工资支付工作", "农民工工资支付工作位列全国第一方阵持续时间",
                  "持续时间"],
     **streak(4, 2021), note=STREAK_NOTE.format(4))
g.neg("位列全国第一方阵", "第一方阵", "tier label 第一方阵 ('the leading group'), not a "
      "ranked position (as 第一梯队 in wr_fujian_2025, 第一方阵 in wr_guangdong_2025)")
g.neg("劳动者的每一份付出", "一份", VAGUE_NOTE.format("每一份 'every bit'"))
g.neg("每一份工资", "一份", VAGUE_NOTE.format("每一份 'every'"))
g.neg("牵动着一个家庭", "一个", VAGUE_NOTE.format("一个 'a (family)', article"))
g.neg("大家的每一滴", "一滴", VAGUE_NOTE.format("每一滴 'every drop'"))

# ---- line 6 (source 33): 健康福建深入推进 ------------------------------------------------
fact("8个国家区域医疗中心", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=["国家区域医疗中心数量", "投用国家区域医疗中心", "全部投用的国家区域医疗中心",
                  "投用的国家区域医疗中心"],
     **LEVEL, note="centres all in use (全部投用): a level, as 8个国家区域医疗中心 in "
                   "wr_hebei_2025; " + LEVEL_NOTE)
fact("9个省级区域医疗中心", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="省级区域医疗中心",
     metric_alts=["扩容建设省级区域医疗中心", "省级区域医疗中心数量", "扩容建设的省级区域医疗中心"],
     **LEVEL, note="centres under expansion (扩容建设) in 2024: " + LEVEL_NOTE)
g.neg("开展“千名医生下基层”", "千名医生下基层", LABEL_NOTE + " (campaign name “千名医生下"
      "基层” 'a thousand doctors to the grassroots', as “百人计划” in wr_fujian_2025)")
g.neg("省市县三级巡回", "三级", "appositive 三级 restating 省市县 (the three levels), not a "
      "quantity claim (as 区市县三级 in wr_ningxia_2025)")
fact("覆盖全省90%乡镇卫生院", "90%", value=90, unit="%", kind="share",
     metric="覆盖乡镇卫生院、社区卫生服务中心比例",
     metric_alts=["基层医院检查、上级医院诊断方式覆盖率",
                  "县域内基层医院检查、上级医院诊断的方式覆盖率", "覆盖率",
                  "乡镇卫生院、社区卫生服务中心覆盖率", "覆盖乡镇卫生院、社区卫生服务中心的比例",
                  "基层检查、上级诊断覆盖率", "覆盖乡镇卫生院和社区卫生服务中心比例"],
     **STOCK, note="share of the township health centres and community health service centres "
                   "reached by the 基层检查、上级诊断 model (coverage = share of a stock): "
                   + STOCK_NOTE)
fact("连续3年为适龄女性", "3年", value=3, unit="year", kind="amount",
     metric="为适龄女性免费接种HPV疫苗持续时间",
     metric_alts=["连续为适龄女性免费接种HPV疫苗", "为适龄女性免费接种HPV疫苗年数",
                  "免费接种HPV疫苗持续时间", "免费接种HPV疫苗", "持续时间"],
     **streak(3, 2022), note=STREAK_NOTE.format(3))
fact("29个专科", "29个", value=29, unit="count", kind="count", classifier="个",
     metric="列入国家中医优势专科建设单位的专科",
     metric_alts=["专科", "国家中医优势专科", "国家中医优势专科建设单位", "中医优势专科",
                  "列入国家中医优势专科建设单位专科", "列入国家中医优势专科建设单位的专科数量"],
     **FLOW, note="the list entered in 2024 defines the counted set → in the metric")
g.neg("漳州、三明入选", "三明", NAME_NOTE.format("三明, a city") + " (as wr_fujian_2025)")
fact("预计提高到79.3岁", "79.3岁", value=79.3, unit="year", kind="amount",
     metric="人均预期寿命", metric_alts=["预期寿命", "人口平均预期寿命", "平均预期寿命"],
     modality="forecast", **LEVEL,
     note="预计 → forecast; 岁 → year (SPEC §3, as wr_sichuan_2025 78.5岁); life expectancy "
          "of 2024 (a period measure of the year), the year-end reading and null as alts")
INP = ["住院报销比例", "住院费用报销比例", "住院费用政策范围内报销比例"]
fact("提高至85.6%", "85.6%", value=85.6, unit="%", kind="share",
     metric="职工住院报销比例",
     metric_alts=["职工医保住院报销比例", "职工住院费用报销比例"] + INP, **LEVEL,
     note="分别: 职工 ↔ 85.6%, 居民 ↔ 68.5%; 提高至 gives the new level (eq); the rate of "
          "the year's claims: " + LEVEL_NOTE)
fact("85.6%、68.5%", "68.5%", value=68.5, unit="%", kind="share",
     metric="居民住院报销比例",
     metric_alts=["居民医保住院报销比例", "居民住院费用报销比例", "城乡居民住院报销比例"] + INP,
     **LEVEL)
fact("平均降价47.4%", "47.4%", value=-47.4, unit="%", kind="growth",
     metric="省级集采药品耗材价格",
     metric_alts=["省级集采药品耗材平均价格", "集采药品耗材价格", "省级集采药品耗材平均降价",
                  "药品耗材价格", "省级集采药品耗材降价幅度", "集采药品耗材平均降价",
                  "省级集采药品耗材"],
     comparison="yoy", **FLOW,
     note="降价 → negative growth of the price; the basis (the price before procurement) is "
          "not written, comparison left at the default yoy (as wr_ningxia_2025)")

# ---- line 7 (source 34): 社会保障扩面提质 ------------------------------------------------
fact("连续3年提高城乡居民", "3年", value=3, unit="year", kind="amount",
     metric="提高城乡居民基础养老金持续时间",
     metric_alts=["连续提高城乡居民基础养老金", "提高城乡居民基础养老金年数",
                  "城乡居民基础养老金连续提高年数", "城乡居民基础养老金", "持续时间"],
     **streak(3, 2022), note=STREAK_NOTE.format(3))
fact("惠及549万人", "549万人", value=5490000, unit="count", kind="count", classifier="人",
     metric="城乡居民基础养老金惠及人数",
     metric_alts=["惠及人数", "惠及", "提高城乡居民基础养老金惠及人数", "受益人数",
                  "城乡居民基础养老金受益人数", "城乡居民基础养老金领取人数"],
     **LEVEL, note="the people reached by the 2024 rise of the basic pension: " + LEVEL_NOTE)
fact("新增参保85.6万人", "85.6万人", value=856000, unit="count", kind="count",
     classifier="人", metric="企业职工基本养老保险新增参保",
     metric_alts=["企业职工基本养老保险新增参保人数", "新增参保", "新增参保人数",
                  "企业职工基本养老保险参保人数增量", "企业职工基本养老保险参保增量",
                  "企业职工基本养老保险参保人数"],
     **FLOW, note="新增参保 kept as the indicator phrase (as 城镇新增就业), 增量 alts")
g.neg("促进“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小”: the elderly and small "
      "children)")
fact("养老服务机构52个", "52个", value=52, unit="count", kind="count", classifier="个",
     metric="嵌入式养老服务机构",
     metric_alts=added("嵌入式养老服务机构", ["新建嵌入式养老服务机构", "养老服务机构"]),
     **FLOW, note="新建 N: count of the new units, 增量 alts (README §3)")
fact("长者食堂405个", "405个", value=405, unit="count", kind="count", classifier="个",
     metric="示范性长者食堂",
     metric_alts=added("示范性长者食堂", ["新建示范性长者食堂", "长者食堂"]),
     **FLOW, note="新建 distributes over the list; 增量 alts")
fact("新增托位1.7万个", "1.7万个", value=17000, unit="count", kind="count",
     classifier="个", metric="托位", metric_alts=added("托位", ["托育托位", "托育服务托位"]),
     **FLOW, note=NEW_NOTE)
fact("补贴标准增长6.5%", "6.5%", value=6.5, unit="%", kind="growth",
     metric="困难残疾人生活补贴标准",
     metric_alts=["困难残疾人生活补贴", "残疾人生活补贴标准", "困难残疾人生活补贴标准增长"],
     comparison="yoy", **FLOW)
fact("社会救助资金57.7亿元", "57.7亿元", value=57.7e8, unit="CNY", kind="amount",
     metric="社会救助资金",
     metric_alts=["发放社会救助资金", "各类社会救助资金", "发放各类社会救助资金",
                  "社会救助资金发放"], **FLOW)
fact("帮扶群众191万人次", "191万人次", value=1910000, unit="count", kind="count",
     classifier="人次", metric="慈善项目帮扶群众",
     metric_alts=["帮扶群众", "慈善项目帮扶人次", "慈善帮扶群众", "慈善项目帮扶群众人次"],
     **FLOW)

# ---- line 8 (source 35): 文体事业蓬勃兴旺 ------------------------------------------------
fact("9部作品", "9部", value=9, unit="count", kind="count", classifier="部",
     metric="获“五个一工程”优秀作品奖的作品",
     metric_alts=["作品", "获奖作品", "“五个一工程”优秀作品", "五个一工程优秀作品",
                  "获五个一工程优秀作品奖的作品", "获“五个一工程”优秀作品奖作品",
                  "“五个一工程”优秀作品奖获奖作品"],
     **FLOW, note="the award defines the counted set → in the metric (as 6部 in wr_henan_2025)")
g.neg("获“五个一工程”", "五个一工程", "award name “五个一工程”, not a count (as wr_henan_2025)")
fact("15件作品", "15件", value=15, unit="count", kind="count", classifier="件",
     metric="获中国新闻奖的作品",
     metric_alts=["作品", "获奖作品", "中国新闻奖作品", "获中国新闻奖作品",
                  "中国新闻奖获奖作品"], **FLOW)
g.neg("一批“闽派”", "一批", VAGUE_NOTE.format("一批"))
g.neg("金鸡百花电影节", "百花", NAME_NOTE.format("金鸡百花电影节, a film festival"))
g.neg("入选全国十大考古新发现", "十大", "set label 十大考古新发现 (cf. 八大), not a count "
      "(as wr_henan_2025)")
fact("新增2个全国传统村落", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="全国传统村落集中连片保护利用示范县",
     metric_alts=added("全国传统村落集中连片保护利用示范县",
                       ["传统村落集中连片保护利用示范县", "示范县"]),
     **FLOW, note=NEW_NOTE)
fact("总数居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="全国传统村落集中连片保护利用示范县总数",
     metric_alts=["全国传统村落集中连片保护利用示范县数量", "示范县总数", "总数",
                  "全国传统村落集中连片保护利用示范县", "传统村落集中连片保护利用示范县总数"],
     **STOCK, note="首位 → rank 1 (SPEC §3); the rank of a total (a stock): " + STOCK_NOTE)
fact("119家公共文化场馆", "119家", value=119, unit="count", kind="count", classifier="家",
     metric="延时错时开放的公共文化场馆",
     metric_alts=["公共文化场馆", "延时错时开放公共文化场馆", "公共文化场馆数量",
                  "延时错时开放的公共文化场馆数量"],
     **LEVEL, note="the predicate defines the counted set → in the metric; " + LEVEL_NOTE)
fact("惠及5900万人次", "5900万人次", value=5.9e7, unit="count", kind="count",
     classifier="人次", metric="公共文化场馆延时错时开放惠及人次",
     metric_alts=["惠及人次", "惠及", "惠及群众", "延时错时开放惠及人次", "公共文化场馆惠及人次",
                  "服务人次"], **FLOW)
fact("1110所学校", "1110所", value=1110, unit="count", kind="count", classifier="所",
     metric="体育场地面向社会开放的学校",
     metric_alts=["学校", "学校体育场地面向社会开放", "体育场地向社会开放的学校",
                  "开放体育场地的学校", "学校体育场地开放", "体育场地面向社会开放的学校数量"],
     **LEVEL, note="the predicate defines the counted set → in the metric; " + LEVEL_NOTE)
g.neg("城区“15分钟健身圈”", "15分钟", LABEL_NOTE + " (“15分钟健身圈” 'fifteen-minute fitness "
      "circle', a planning standard's name, as 一刻钟便民生活圈)")
g.neg("“八闽名赛”", "八闽", "name 八闽 (Fujian), not a count (as wr_fujian_2025)")
ATH = FJ_ALTS + ["我省体育健儿", "福建体育健儿", "体育健儿"]
MEDAL_NOTE = ("巴黎奥运会和残奥会 … 分别摘得2金2银1铜、2金1银: Olympics ↔ 2金2银1铜, "
              "Paralympics ↔ 2金1银 (list order); 金/银/铜 (medal) is the measure word (as "
              "wr_hebei_2025 4金, wr_neimenggu_2025 1金1银); the province's athletes → 福建省, "
              "athletes as alts; the Games were in 2024")
fact("摘得2金2银1铜", "2金", value=2, unit="count", kind="count", classifier="金",
     metric="巴黎奥运会金牌",
     metric_alts=["奥运会金牌", "巴黎奥运会金牌数", "金牌", "奥运会金牌数", "摘得金牌"],
     subject_alts=ATH, **FLOW, note=MEDAL_NOTE)
fact("摘得2金2银1铜", "2银", value=2, unit="count", kind="count", classifier="银",
     metric="巴黎奥运会银牌",
     metric_alts=["奥运会银牌", "巴黎奥运会银牌数", "银牌", "奥运会银牌数"],
     subject_alts=ATH, **FLOW)
fact("摘得2金2银1铜", "1铜", value=1, unit="count", kind="count", classifier="铜",
     metric="巴黎奥运会铜牌",
     metric_alts=["奥运会铜牌", "巴黎奥运会铜牌数", "铜牌", "奥运会铜牌数"],
     subject_alts=ATH, **FLOW)
fact("1铜、2金1银", "2金", value=2, unit="count", kind="count", classifier="金",
     metric="巴黎残奥会金牌",
     metric_alts=["残奥会金牌", "巴黎残奥会金牌数", "金牌", "残奥会金牌数"],
     subject_alts=ATH, **FLOW, note="Paralympics (second member of 分别)")
fact("1铜、2金1银", "1银", value=1, unit="count", kind="count", classifier="银",
     metric="巴黎残奥会银牌",
     metric_alts=["残奥会银牌", "巴黎残奥会银牌数", "银牌", "残奥会银牌数"],
     subject_alts=ATH, **FLOW)

# ---- line 9 (source 36): heading （七） ----------------------------------------------------
g.neg("（七）建设美丽福建", "（七）", MARKER_NOTE)

# ---- line 10 (source 37): 生态环境质量保持领先 --------------------------------------------
fact("一体推进三轮中央", "三轮", value=3, unit="count", kind="count", classifier="轮",
     metric="中央生态环境保护督察",
     metric_alts=["中央生态环境保护督察轮次", "中央生态环境保护督察轮数", "督察轮次",
                  "中央生态环境保护督察反馈问题整改", "中央生态环境保护督察次数"],
     **FLOW, note="judgement call: the number of inspection rounds whose findings were being "
                  "rectified together in 2024 (a count of editions, README §2 四届), not a "
                  "label")
fact("成效考核连续5年", "5年", value=5, unit="year", kind="amount",
     metric="污染防治攻坚战成效考核全国优秀持续时间",
     metric_alts=["污染防治攻坚战成效考核连续全国优秀", "污染防治攻坚战成效考核全国优秀年数",
                  "污染防治攻坚战成效考核", "成效考核全国优秀持续时间", "持续时间"],
     **streak(5, 2020), note=STREAK_NOTE.format(5))
fact("优良天数比例为98.3%", "98.3%", value=98.3, unit="%", kind="share",
     metric="设区城市空气质量优良天数比例",
     metric_alts=["空气质量优良天数比例", "优良天数比例", "空气质量优良天数比率",
                  "设区市空气质量优良天数比例", "设区城市优良天数比例"], **FLOW)
g.neg("PM2.5平均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("浓度为每立方米20微克", "每立方米20微克", value=20, unit="微克/立方米", kind="amount",
     metric="PM2.5平均浓度",
     metric_alts=["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度"], **FLOW,
     note="annual mean concentration; the unit 微克/立方米 is written split (每立方米 … 微克), "
          "so the tightest span holding number and unit starts at 每立方米 (judgement call); "
          "μg/m³ has no canonical unit → kept as written (as wr_anhui_2025)")
fact("优良水质比例100%", "100%", value=100, unit="%", kind="share",
     metric="主要流域国控断面优良水质比例",
     metric_alts=["国控断面优良水质比例", "主要流域优良水质比例", "优良水质比例",
                  "主要流域国控断面水质优良比例", "国控断面水质优良比例"], **FLOW)
fact("优良水质比例92.6%", "92.6%", value=92.6, unit="%", kind="share",
     metric="近岸海域优良水质比例",
     metric_alts=["近岸海域水质优良比例", "近岸海域优良水质面积比例", "近岸海域水质优良率"],
     **FLOW)
fact("治理项目4132个", "4132个", value=4132, unit="count", kind="count", classifier="个",
     metric="生态环境治理项目",
     metric_alts=["实施生态环境治理项目", "生态环境治理项目数量", "治理项目"], **FLOW)
fact("总投资612亿元", "612亿元", value=612e8, unit="CNY", kind="amount",
     metric="生态环境治理项目总投资",
     metric_alts=["总投资", "治理项目总投资", "生态环境治理项目投资"], **FLOW,
     note="total investment of the 4132 projects (head restored)")
fact("网箱养殖719.7公顷", "719.7公顷", value=7197000, unit="m2", kind="amount",
     metric="清退超规划网箱养殖",
     metric_alts=["超规划网箱养殖清退面积", "清退超规划网箱养殖面积", "清退网箱养殖",
                  "累计清退超规划网箱养殖", "累计清退超规划网箱养殖面积"],
     **STOCK, note="公顷 ×1e4 m2; 超规划 'beyond the plan' qualifies the fish cages (not a "
                   "bound: eq); 累计 → " + STOCK_NOTE)
fact("互花米草6861亩", "6861亩", value=6861, unit="mu", kind="amount",
     metric="除治复萌互花米草",
     metric_alts=["复萌互花米草除治", "除治复萌互花米草面积", "互花米草除治面积",
                  "除治互花米草", "互花米草除治"],
     **LEVEL, note="亩 stays mu; 累计 may or may not reach this clause: the year, the year-end "
                   "instant (cumulative reading) and null as alts")
fact("完成生态修复10837亩", "10837亩", value=10837, unit="mu", kind="amount",
     metric="生态修复",
     metric_alts=["完成生态修复", "生态修复面积", "完成生态修复面积", "互花米草生态修复"],
     **LEVEL, note="亩 stays mu; as 6861亩: the year, the year-end instant and null as alts")
fact("安全生态水系234公里", "234公里", value=234000, unit="m", kind="amount",
     metric="安全生态水系",
     metric_alts=["打造安全生态水系", "安全生态水系长度", "安全生态水系里程",
                  "打造安全生态水系长度"], **FLOW, note="公里 → ×1e3 m")
g.neg("环顾四周", "四周", "idiom 环顾四周 'all around', not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_fujian_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the 2024 review "
    "(一年来的主要工作, source line 9) from the paragraphs of section （五） (城市功能, 和美乡村, "
    "对口协作; its heading, line 27, lies just before) through section （六） in full (就业, "
    "健康, 社会保障, 文体) to the heading of （七） and its first paragraph (生态环境质量). "
    "Lines 6-17 are annotated in wr_fujian_2025 (no overlap). It is the densest run of "
    "2,000-2,500 characters outside lines 6-17 (75 Arabic numbers); adding the heading line 27 "
    "adds no number, adding line 38 passes 2,500. Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-13, "
    "the delivery date in the report's header (source line 3: 2025年1月13日在福建省第十四届"
    "人民代表大会第三次会议上…), as wr_fujian_2025. Place: 福建省 (福建, 全省, 我省 → alts; "
    "athletes as alts of the medals). Periods: the excerpt names no period of its own (only "
    "streaks 连续N年): every number takes the review year 2024 (SPEC §4 section frame), "
    "2024-01-01..2024-12-31, null in period_alts, with the period text 一年来 of source line 9 "
    "as in wr_fujian_2025. That surface lies outside the excerpt (no period word occurs in "
    "source lines 18-43), so shared/gold/check_gold.py reports the period text as 'not in the "
    "article': kept deliberately (SPEC §4/§5 allow a section or document period whose surface "
    "is not in the text; dates are what is scored), rather than a less dense excerpt or a "
    "made-up surface. Stocks (城镇化率, 农村自来水普及率, the 90% coverage, 累计清退, the rank "
    "of a total) → instant 2024-12-31 with the year and null as alts; levels (centres in use or "
    "under expansion, 住院报销比例, 预期寿命, 103 projects under way, 119 venues, 1110 schools, "
    "549万人 reached) → the year with the year-end instant as alt; streaks 连续两年/6年/4年/3年"
    "/3年/5年 → durations (unit year) under the review year, the streak's own years as alt. "
    "Modality: actual, except 预计提高到79.3岁 → forecast. Units: 万户/万套/万个/万人/万人次 → "
    "counts with classifier; 万亩 → mu; 万吨 → t; 公里 → m; 公顷 → m2; 岁 → year; 微克/立方米 "
    "kept as written. Judgement calls: 减收失业保险费62.7亿元 → a positive relief amount (as "
    "减免税费), not a signed cut; 三轮(中央生态环境保护督察) → a count of rounds; 每立方米20微克 "
    "→ span from 每立方米 (split unit); 平均降价47.4% → growth −47.4 with default yoy; "
    "2金2银1铜、2金1银 → five medal counts (classifiers 金/银/铜); 国家级 read into the alts of "
    "现代农业产业园2个 / 海洋牧场1个; 首批, 第四批, 第一方阵, 十大, 五个一工程, 千名医生下基层, "
    "一刻钟, 15分钟 → negatives. Negatives: 首批 ×2, 第四批, 一刻钟, 老百姓, 两通, 四好, 零填埋, "
    "千乡万村, 长三角, 一锁, （六）, 零工 ×2, 第一方阵, 一份 ×2, 一个, 一滴, 千名医生下基层, "
    "三级, 三明, 一老一小, 五个一工程, 一批, 百花, 十大, 15分钟, 八闽, （七）, PM2.5, 四周. "
    "Lexicalized, not listed: 一体化 ×2, 一体推进.")

g.write(date=REF, source=f"shared/texts/work_report/wr_fujian_2025.txt lines {FIRST}–{LAST} "
        "(来源：福建日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
