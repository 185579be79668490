"""Gold annotations for wr_hainan_2025_e (2025年海南省政府工作报告, review items （三）-（五）),
lines 13-15 of shared/texts/work_report/wr_hainan_2025.txt.  HELD OUT: written to
corpora/heldout/.

The excerpt corpora/heldout/wr_hainan_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: review items （三）统筹教育科技人才 (school places,
universities, R&D, awards, post-docs, talent), （四）强化区域协同融通 (the three economic
circles, cross-regional parks, urban renewal and housing, infrastructure, rural
revitalisation) and （五）精心呵护绿水青山 (air and water quality, gibbons, new-energy
vehicles, plastics, sewage, the Boao near-zero-carbon zone), all three in full.  They lie in
part 一 of the report, the review of 2024 (the list of the year's work that opens with
一年来，主要做了以下工作。 on source line 10).  The line range was given by the brief (lines
13-15, 2,196 characters with the final newline), not moved; lines 10-12, 17-25, 49-58 and
62-76 are annotated in wr_hainan_2025_c, wr_hainan_2025, wr_hainan_2025_d and
wr_hainan_2025_b (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hainan_2025_e"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_hainan_2025.txt"
FIRST, LAST = 13, 15                    # 1-based, inclusive, whole lines
TITLE = "2025年海南省政府工作报告"
HN_ALTS = ["海南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）统筹教育科技人才",
                 ends="开展红树林、海草床蓝碳国际合作研究。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity (as wr_hainan_2025)")
NAME_NOTE = "numeral inside a proper name ({}), not a quantity (as wr_hainan_2025_b)"
ROAD_NOTE = "road number {} (a route name), not a quantity (as wr_jilin_2025_b G331)"
PHASE_NOTE = "phase label of a project (N期), not a quantity (as wr_hainan_2025_b)"
AWARD_NOTE = "award grade label ({}), not a quantity (as wr_hebei_2025 一等奖)"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in the review of 2024: items （三）-（五） of the list that opens with
# 一年来，主要做了以下工作。 (source line 10, outside the excerpt).  Numbers whose line states
# no period before them take the review year 2024 as section frame (SPEC §4), with period
# text 一年来 (the report's own name for the year, source line 10, as wr_hainan_2025_c) and
# null in period_alts.  Two explicit periods: 全年 in line 1 (…实施博士后倍增计划，全年新进站
# 博士后304名) governs the rest of line 1 (304名 … 12.1万人); 全年 in line 3 (全年空气质量优良
# 天数比例99.4%) governs the whole of line 3 (every number comes after it).  Same dates
# 2024-01-01..2024-12-31, with their own text.  Stocks (累计, 已建成, 已入驻, 达 N 家 of a set,
# coverage and prevalence rates, 恢复至 of a population, progress of a project) → the instant
# 2024-12-31 with the year and null as alts.  Modality: 预计 in line 1 (研发经费投入增长25%、
# 投入强度提升至1.4%) → forecast (the 2024 figures were not final at delivery, as wr_fujian_2025
# / wr_chongqing_2025_c); the voltage class of the 500千伏 grid project, still being built
# (进度过半), → target (README §6 capacities of projects being built); all else actual.
YF = P("一年来", "2024-01-01", "2024-12-31")
YF_NULL = P("一年来", None, None)
YF_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=YF, period_alts=[YF_NULL])
STOCK = dict(period=YF_END, period_alts=[YF, YF_NULL])
LEVEL = dict(period=YF, period_alts=[YF_NULL, YF_END])
QY = P("全年", "2024-01-01", "2024-12-31")
QY_NULL = P("全年", None, None)
QY_END = P("全年", "2024-12-31", "2024-12-31")
FLOW_Q = dict(period=QY, period_alts=[QY_NULL])
STOCK_Q = dict(period=QY_END, period_alts=[QY, QY_NULL])
LEVEL_Q = dict(period=QY, period_alts=[QY_NULL, QY_END])
FRAME_NOTE = ("no period before it in its line: review year 2024 (section frame, period text "
              "一年来 of source line 10), null as alt")
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
Q1_NOTE = "全年 (= 2024) stands before it in line 1 and governs the rest of the line"
Q3_NOTE = "全年 (= 2024) opens the numbers of line 3 and governs the whole line"
FC = "预计 → forecast (the 2024 figure was not final at delivery)"


# ==== line 1 (source 13): （三）统筹教育科技人才 ===================================================
g.neg("（三）统筹教育", "（三）", MARKER_NOTE)
NEW_SCHOOL = "verb 新增 distributes over the list (学位, 教育集团); 增量 alts (README §3); "
fact("公办学位4.7万个", "4.7万个", value=4.7e4, unit="count", kind="count", classifier="个",
     metric="基础教育公办学位",
     metric_alts=new("基础教育公办学位", "新增基础教育公办学位", "公办学位", "学位"), **FLOW,
     note=NEW_SCHOOL + FRAME_NOTE)
fact("教育集团47个", "47个", value=47, unit="count", kind="count", classifier="个",
     metric="教育集团", metric_alts=new("教育集团", "新增教育集团"), **FLOW, note=NEW_SCHOOL)
fact("公办幼儿园30个", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="公办幼儿园",
     metric_alts=new("公办幼儿园", "新建、改扩建公办幼儿园", "新建改扩建公办幼儿园", "幼儿园"),
     **FLOW, note="new or enlarged kindergartens of 2024 (新建、改扩建)")
g.neg("“一网通办”", "一网通办", LABEL_NOTE + " (service slogan “一网通办” 'one network for "
      "everything')")
g.neg("海南学子首获", "首获", FIRST_NOTE + " (首获 'won for the first time')")
g.neg("国际金牌［9］", "［9］", FOOTNOTE_NOTE)
fact("新设立4所高校", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="高校", metric_alts=new("高校", "新设立高校", "新设高校", "高等学校"), **FLOW,
     note="universities founded in 2024; 增量 alts (README §3)")
fact("新引进4所国内知名高校", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="国内知名高校",
     metric_alts=["新引进国内知名高校", "引进国内知名高校", "来琼办学国内知名高校", "高校",
                  "国内知名高校数量", "新引进国内知名高校来琼办学", "国内知名高校增量"],
     **FLOW, note="universities brought in to run campuses in Hainan in 2024")
fact("新增9个博士学位授权点", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="博士学位授权点",
     metric_alts=new("博士学位授权点", "新增博士学位授权点", "博士点"), **FLOW)
fact("调整143个本专科专业", "143个", value=143, unit="count", kind="count", classifier="个",
     metric="本专科专业",
     metric_alts=["调整本专科专业", "调整的本专科专业", "专业", "本专科专业数量",
                  "调整本专科专业数量"], **FLOW,
     note="majors adjusted in 2024 (a count of acts, not an increment)")
fact("获得世界职业院校技能大赛4项金牌", "4项", value=4, unit="count", kind="count",
     classifier="项", metric="世界职业院校技能大赛金牌",
     metric_alts=["金牌", "世界职业院校技能大赛金牌数", "获得世界职业院校技能大赛金牌",
                  "金牌数量", "世界职业院校技能大赛金牌数量"], **FLOW,
     note="创历史新高 after it states no number")
RD = ["研发经费", "研发投入", "R&D经费投入", "研究与试验发展经费投入", "研发经费支出",
      "研发经费投入总量"]
fact("研发经费投入增长25%", "25%", value=25, unit="%", kind="growth", metric="研发经费投入",
     metric_alts=RD, comparison="yoy", modality="forecast", **FLOW,
     note=FC + "; " + FRAME_NOTE)
fact("投入强度提升至1.4%", "1.4%", value=1.4, unit="%", kind="share",
     metric="研发经费投入强度",
     metric_alts=["投入强度", "研发投入强度", "R&D经费投入强度", "研发经费占GDP比重",
                  "研发经费投入占地区生产总值比重", "研究与试验发展经费投入强度"],
     modality="forecast", **FLOW,
     note="提升至 = the level reached; R&D spending over GDP (a ratio of two flows of the "
          "year) → share of the year; " + FC + " (预计 governs both clauses)")
g.neg("获评2个一等奖", "一等奖", AWARD_NOTE.format("一等奖"))
g.neg("3个二等奖", "二等奖", AWARD_NOTE.format("二等奖"))
AWARD = "awards of the national science and technology prizes won in 2024; 个 classifier"
fact("获评2个一等奖", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家科学技术奖一等奖",
     metric_alts=["一等奖", "国家科学技术奖一等奖数量", "获评国家科学技术奖一等奖", "获评一等奖",
                  "一等奖数量"], **FLOW, note=AWARD)
fact("3个二等奖", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家科学技术奖二等奖",
     metric_alts=["二等奖", "国家科学技术奖二等奖数量", "获评国家科学技术奖二等奖", "获评二等奖",
                  "二等奖数量"], **FLOW, note=AWARD + "; verb 获评 shared")
g.neg("全国首个公共科考码头", "首个", FIRST_NOTE)
g.neg("国家级“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("“一园一策”", "一园一策", LABEL_NOTE + " (“一园一策” 'one policy per park')")
fact("等10个配套文件", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="配套文件",
     metric_alts=["人才配套文件", "制定出台配套文件", "配套文件数量", "文件",
                  "人才政策配套文件"], **FLOW,
     note="等 N 个 closes the list (the talent-policy measures, the 授权松绑 list, "
          "“一园一策”…): the documents issued in 2024; " + FRAME_NOTE)
fact("新设博士后工作站11个", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="博士后工作站",
     metric_alts=new("博士后工作站", "新设博士后工作站", "博士后科研工作站"), **FLOW,
     note="stations set up in 2024; 增量 alts (README §3); before 全年 → frame")
g.neg("博士后倍增计划", "倍增", LABEL_NOTE + " (programme name 博士后倍增计划 'post-doc "
      "doubling plan', as 民营龙头企业倍增行动 in wr_anhui_2025_c), not a ratio")
fact("新进站博士后304名", "304名", value=304, unit="count", kind="count", classifier="名",
     metric="新进站博士后",
     metric_alts=["进站博士后", "博士后", "新进站博士后人数", "博士后进站",
                  "新进站博士后数量", "博士后增量"], **FLOW_Q, note=Q1_NOTE)
fact("国家卓越工程师”2人", "2人", value=2, unit="count", kind="count", classifier="人",
     metric="国家卓越工程师",
     metric_alts=["获评国家卓越工程师", "获评“国家卓越工程师”", "“国家卓越工程师”",
                  "国家卓越工程师人数"], **FLOW_Q, note=Q1_NOTE)
fact("何梁何利奖2人", "2人", value=2, unit="count", kind="count", classifier="人",
     metric="何梁何利奖",
     metric_alts=["获评何梁何利奖", "何梁何利奖获奖人数", "何梁何利奖获得者",
                  "何梁何利奖人数"], **FLOW_Q, note="verb 获评 shared; " + Q1_NOTE)
fact("引进各类人才17.4万人", "17.4万人", value=17.4e4, unit="count", kind="count",
     classifier="人", metric="引进各类人才",
     metric_alts=["各类人才", "引进人才", "人才引进", "引进各类人才人数", "引进人才数量"],
     **FLOW_Q, note=Q1_NOTE + " (翻番 before it has no numeral)")
fact("新增技能人才12.1万人", "12.1万人", value=12.1e4, unit="count", kind="count",
     classifier="人", metric="技能人才",
     metric_alts=new("技能人才", "新增技能人才"), **FLOW_Q,
     note="新增 N: skilled workers added in 2024; 增量 alts; " + Q1_NOTE)

# ==== line 2 (source 14): （四）强化区域协同融通 ===================================================
g.neg("（四）强化区域", "（四）", MARKER_NOTE)
g.neg("全省一盘棋", "一盘棋", "idiom 一盘棋 'one chessboard' (acting as a whole), not a "
      "quantity")
g.neg("“三极”带动", "三极", LABEL_NOTE + " (“三极”: the three growth poles, the 海口, 三亚 and "
      "儋洋 economic circles)")
g.neg("推出一批区域旅游", "一批", VAGUE_NOTE)
g.neg("三亚经济圈在招商", "三亚", NAME_NOTE.format("三亚, a city"))
g.neg("“一起走出去”", "一起", LABEL_NOTE + " (mechanism name “一起走出去” 'going out "
      "together'; 一起 is lexicalized)")
SANYA = dict(subject="三亚经济圈", subject_alts=["三亚", PLACE] + HN_ALTS)
fact("新增政务服务通办事项22项", "22项", value=22, unit="count", kind="count", classifier="项",
     metric="政务服务通办事项",
     metric_alts=new("政务服务通办事项", "新增政务服务通办事项", "通办事项"), **SANYA, **FLOW,
     note="在全省基础上新增: items the 三亚 circle added to the province-wide list in 2024; "
          "the circle owns the count (province as alt); " + FRAME_NOTE)
g.neg("三乐旅游铁路", "三乐", NAME_NOTE.format("三乐旅游铁路, the 三亚–乐东 tourist railway"))
g.neg("旅游铁路三亚段", "三亚", NAME_NOTE.format("三亚段, the 三亚 section"))
fact("工业总产值突破1500亿元", "1500亿元", value=1500e8, unit="CNY", kind="amount",
     bound="gt", metric="工业总产值",
     metric_alts=["儋洋经济圈工业总产值", "工业产值"],
     subject="儋洋经济圈", subject_alts=["儋洋", "儋州洋浦", PLACE] + HN_ALTS, **FLOW,
     note="突破 → gt (outside the span); the 2024 output of the circle (a flow); the circle "
          "owns it (province as alt)")
fact("已入驻企业27家", "27家", value=27, unit="count", kind="count", classifier="家",
     metric="入驻企业",
     metric_alts=["已入驻企业", "入驻企业数量", "企业", "湘琼先进制造业共建产业园入驻企业"],
     subject="湘琼先进制造业共建产业园",
     subject_alts=["湘琼产业园", "湘琼先进制造业共建产业园区", PLACE] + HN_ALTS, **STOCK,
     note="已入驻 → the firms in the park (a stock): " + STOCK_NOTE)
g.neg("三一、中联项目", "三一", NAME_NOTE.format("三一, the firm 三一重工 (Sany)"))
fact("落地项目47个", "47个", value=47, unit="count", kind="count", classifier="个",
     metric="落地项目",
     metric_alts=["项目", "落地项目数量", "落地的项目", "广东海南先进制造业合作产业园落地项目"],
     subject="广东海南先进制造业合作产业园",
     subject_alts=["粤琼产业园", "广东海南产业园", PLACE] + HN_ALTS, **LEVEL,
     note="judgement call: projects that landed in the park, read as 2024 (the park's "
          "cumulative total at year-end as alt)")
g.neg("首批10家企业", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("首批10家企业入驻", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="入驻企业",
     metric_alts=["首批入驻企业", "企业", "入驻企业数量", "浙琼合作产业园入驻企业"],
     subject="浙琼合作产业园", subject_alts=["浙琼产业园", PLACE] + HN_ALTS, **FLOW,
     note="the first firms that moved in when the park opened (揭牌) in 2024")
fact("万亩种植基地", "万亩", value=1e4, unit="mu", kind="amount",
     metric="种植基地面积",
     metric_alts=["种植基地", "万亩种植基地", "种植基地规模", "基地面积"],
     subject="深儋合作区", subject_alts=["深儋", PLACE] + HN_ALTS, **STOCK,
     note="judgement call: size written into the name of the base (万亩种植基地, README §2 "
          "capacities in names, as 万亩 in 001_43732e528f5e02c9), 10,000 mu, no bound word → eq; "
          "the base is in operation (投入运营) → actual; its size is a stock: " + STOCK_NOTE)
fact("实施城市更新项目24个", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="城市更新项目",
     metric_alts=["实施城市更新项目", "城市更新项目数量", "实施的城市更新项目"], **FLOW,
     note=FRAME_NOTE)
fact("、投资145亿元", "145亿元", value=145e8, unit="CNY", kind="amount",
     metric="城市更新项目投资",
     metric_alts=["投资", "城市更新投资", "城市更新项目投资额", "城市更新项目完成投资"], **FLOW,
     note="the investment of the 24 projects in 2024 (head restored)")
fact("城镇老旧小区261个", "261个", value=261, unit="count", kind="count", classifier="个",
     metric="城镇老旧小区",
     metric_alts=["开工改造城镇老旧小区", "老旧小区改造", "城镇老旧小区改造", "老旧小区",
                  "开工改造城镇老旧小区数量"], **FLOW)
fact("惠及居民2.3万户", "2.3万户", value=2.3e4, unit="count", kind="count", classifier="户",
     metric="惠及居民",
     metric_alts=["城镇老旧小区改造惠及居民", "老旧小区改造惠及居民", "居民", "惠及居民户数",
                  "受益居民"], **FLOW, note="户 is a classifier (SPEC §3)")
fact("安居房竣工2.04万套", "2.04万套", value=2.04e4, unit="count", kind="count",
     classifier="套", metric="安居房竣工",
     metric_alts=["安居房", "竣工安居房", "安居房竣工套数", "安居房竣工量"], **FLOW)
fact("保障性租赁住房3929套（间）", "3929套（间）", value=3929, unit="count", kind="count",
     classifier="套（间）", metric="保障性租赁住房",
     metric_alts=["筹集保障性租赁住房", "保障性租赁住房套数", "保租房", "保障性租赁住房数量"],
     **FLOW,
     note="the measure word is 套（间） ('units (rooms)'), kept whole in the span and as the "
          "classifier (as wr_hainan_2025_b 套（间）)")
fact("住房租赁补贴1.76万户", "1.76万户", value=1.76e4, unit="count", kind="count",
     classifier="户", metric="住房租赁补贴",
     metric_alts=["发放住房租赁补贴", "住房租赁补贴户数", "住房租赁补贴发放户数",
                  "领取住房租赁补贴的家庭"], **FLOW,
     note="households paid the allowance in 2024 (as wr_hainan_2025_b 1.6万户)")
g.neg("、G9812高速延长线", "G9812", ROAD_NOTE.format("G9812 (expressway)"))
g.neg("马村港三期", "三期", PHASE_NOTE)
g.neg("、G98环岛高速", "G98", ROAD_NOTE.format("G98 (the round-island expressway)"))
g.neg("大三亚段扩容", "三亚", NAME_NOTE.format("大三亚段, the Greater 三亚 section"))
g.neg("、G225乐东", "G225", ROAD_NOTE.format("G225 (national highway 225)"))
g.neg("乐东至三亚段", "三亚", NAME_NOTE.format("三亚, a city"))
g.neg("“五网合一”示范段", "五网合一", LABEL_NOTE + " (“五网合一” 'five networks in one')")
GRID = dict(subject="500千伏主网工程",
            subject_alts=["500千伏主网", "主网工程", "海南500千伏主网工程", PLACE] + HN_ALTS)
fact("500千伏主网工程", "500千伏", value=500, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "输电电压", "主网电压等级"], modality="target",
     **GRID, **LEVEL,
     note="judgement call: voltage class written into the project's name, a technical "
          "magnitude of the project (README §2; as 川渝电网500千伏第三通道工程 in "
          "nw_xinhua_20170515_southwest_hydropower); the grid is still being built (进度过半) "
          "→ target (README §6); 千伏 has no SPEC code → surface unit kept (SPEC §3)")
fact("进度过半", "半", value=50, unit="%", kind="share", bound="gt",
     metric="500千伏主网工程进度",
     metric_alts=["工程进度", "进度", "主网工程进度", "500千伏主网工程建设进度"], **GRID,
     **STOCK,
     note="过半 'more than half' → 50 % gt (过 outside the span, as 超 → gt; 一半 = 50 % in "
          "nw_cctv_20170225_jjj_2017); progress reached by the end of 2024: " + STOCK_NOTE +
          ". Known false alarm: the shared check_gold.py reads no number in 半")
g.neg("提前完成“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("20户及以上自然村", "20户", "threshold (20户及以上) defining the villages whose coverage "
      "is measured: part of the metric (SPEC §2), not a fact (as 30户以上 in "
      "cm_qiandongnan_2023)")
g.neg("自然村千兆光纤", "千兆", "bandwidth class 千兆 (gigabit) in the name of the network, a "
      "label, not a quantity (as 万兆 in wr_hainan_2025_b)")
g.neg("和5G网络", "5G", "technology generation label 5G, part of the metric, not a quantity")
COVER = ("分别: 千兆光纤 ↔ 100%, 5G网络 ↔ 91.5% (和 joins two values, each with its own %); "
         "达 → eq; coverage of the villages at the end of 2024: " + STOCK_NOTE)
fact("分别达100%", "100%", value=100, unit="%", kind="share",
     metric="20户及以上自然村千兆光纤通达率",
     metric_alts=["千兆光纤通达率", "自然村千兆光纤通达率", "千兆光纤网络通达率",
                  "20户及以上自然村千兆光纤网络通达率"], **STOCK, note=COVER)
fact("100%和91.5%", "91.5%", value=91.5, unit="%", kind="share",
     metric="20户及以上自然村5G网络通达率",
     metric_alts=["5G网络通达率", "自然村5G网络通达率", "5G通达率"], **STOCK, note=COVER)
fact("区域公用品牌56个", "56个", value=56, unit="count", kind="count", classifier="个",
     metric="区域公用品牌",
     metric_alts=["累计发布区域公用品牌", "区域公用品牌数量", "发布区域公用品牌",
                  "农产品区域公用品牌"], **STOCK, note="累计 → " + STOCK_NOTE)
fact("农业品牌示范基地10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="省级农业品牌示范基地",
     metric_alts=new("农业品牌示范基地", "省级“海南鲜品”农业品牌示范基地",
                     "创建省级“海南鲜品”农业品牌示范基地", "创建农业品牌示范基地",
                     "“海南鲜品”农业品牌示范基地", "省级农业品牌示范基地数量"), **FLOW,
     note="bases created (创建) in 2024; 增量 alts (README §3)")
fact("共享农庄达73家", "73家", value=73, unit="count", kind="count", classifier="家",
     metric="省级共享农庄",
     metric_alts=["共享农庄", "省级共享农庄数量", "共享农庄数量"], **STOCK,
     note="达 → the size of the set (a stock): " + STOCK_NOTE + " (翻番 after it has no "
          "numeral)")
fact("农用地资本化1.52万亩", "1.52万亩", value=1.52e4, unit="mu", kind="amount",
     metric="农垦国有划拨建设用地和农用地资本化",
     metric_alts=["农垦国有划拨建设用地和农用地资本化面积", "农垦土地资本化", "资本化面积",
                  "土地资本化", "农用地资本化", "农垦土地资本化面积"], **FLOW,
     note="land capitalised in 2024 (开展…资本化); 亩 stays mu (SPEC §3)")
fact("已建成和美乡村300个", "300个", value=300, unit="count", kind="count", classifier="个",
     metric="和美乡村",
     metric_alts=["建成和美乡村", "已建成和美乡村", "和美乡村数量"], **STOCK,
     note="已建成 → " + STOCK_NOTE)
g.neg("开展“百社联百村", "百社联百村", LABEL_NOTE + " (campaign name “百社联百村” 'a hundred "
      "co-operatives link with a hundred villages'), not a count")
g.neg("百村［10］", "［10］", FOOTNOTE_NOTE)
fact("近百万群众直接受益", "百万", value=1e6, unit="count", kind="count", classifier="人",
     bound="approx", metric="直接受益群众",
     metric_alts=["受益群众", "群众", "直接受益", "受益人数", "直接受益群众人数"],
     subject_alts=HN_ALTS + ["“百社联百村”行动", "百社联百村"], **FLOW,
     note="近 → approx (outside the span); no measure word → classifier 人 (as 百万群众 in "
          "wr_qinghai_2025); the people who benefited from the campaign in 2024")
fact("普及率达99.5%", "99.5%", value=99.5, unit="%", kind="share",
     metric="农村卫生厕所普及率",
     metric_alts=["卫生厕所普及率", "农村卫生厕所普及", "农村卫厕普及率"], **STOCK,
     note="达 → eq; prevalence among rural households (a rate of a stock): " + STOCK_NOTE)
fact("快于城镇居民3个百分点", "3个百分点", value=3, unit="pp", kind="change", bound="approx",
     metric="农村居民人均可支配收入增速",
     metric_alts=["农村居民人均可支配收入", "农村居民收入增速", "农民收入增速",
                  "农村居民人均可支配收入增长"], comparison="比城镇居民", **FLOW,
     note="pp difference of growth rates (README §3: `X增速`), basis 城镇居民 (快于 → "
          "comparison 比城镇居民, as 比工业投资 in README §6); 左右 → approx (outside the span); "
          "no 预计 here → actual")

# ==== line 3 (source 15): （五）精心呵护绿水青山 ===================================================
g.neg("（五）精心呵护", "（五）", MARKER_NOTE)
g.neg("第一、第二轮", "第一", "ordinal label of an inspection round (第一(轮), head shared with "
      "第二轮), not a rank of a measured quantity")
g.neg("第一、第二轮", "第二轮", "ordinal label of an inspection round (第二轮), not a count")
g.neg("第三轮督察", "第三轮", "ordinal label of an inspection round (第三轮), not a count (as "
      "wr_guizhou_2025_b)")
fact("优良天数比例99.4%", "99.4%", value=99.4, unit="%", kind="share",
     metric="空气质量优良天数比例",
     metric_alts=["空气质量优良天数比率", "优良天数比例", "空气质量优良率",
                  "全年空气质量优良天数比例"], **FLOW_Q,
     note="a rate of the year's days → share; " + Q3_NOTE + "; 全国一流 states no rank number")
g.neg("PM2.5浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("PM2.5浓度12微克/立方米", "12微克/立方米", value=12, unit="微克/立方米", kind="amount",
     metric="PM2.5浓度",
     metric_alts=["PM2.5平均浓度", "PM2.5年均浓度", "细颗粒物浓度", "细颗粒物平均浓度"],
     **FLOW_Q,
     note="the year's mean concentration; 微克/立方米 is czfacts' concentration unit (kept as "
          "written, as cm_zhoukou_2023_c / cm_luoyang_2023_b); " + Q3_NOTE)
g.neg("三沙市持续开展", "三沙", NAME_NOTE.format("三沙市, a city"))
GIB = dict(subject="热带雨林国家公园",
           subject_alts=["海南热带雨林国家公园", "海南长臂猿", PLACE] + HN_ALTS)
GIB_NOTE = ("恢复至 → the size of the wild population reached (a stock) → the instant "
            "2024-12-31 under 全年, the year and null as alts; the national park (the "
            "gibbons' range) owns the count, the province as alt")
fact("恢复至7群42只", "7群", value=7, unit="count", kind="count", classifier="群",
     metric="海南长臂猿种群",
     metric_alts=["海南长臂猿群数", "海南长臂猿", "长臂猿种群", "种群", "海南长臂猿种群数量",
                  "长臂猿群"], **GIB, **STOCK_Q, note="群 'family groups' → count; " + GIB_NOTE)
fact("7群42只", "42只", value=42, unit="count", kind="count", classifier="只",
     metric="海南长臂猿",
     metric_alts=["海南长臂猿数量", "海南长臂猿个体", "长臂猿", "海南长臂猿种群数量",
                  "海南长臂猿只数"], **GIB, **STOCK_Q, note=GIB_NOTE)
fact("销量占比超55%", "55%", value=55, unit="%", kind="share", bound="gt",
     metric="新能源汽车销量占比",
     metric_alts=["新能源汽车销量比重", "新能源汽车占比", "新能源汽车销售占比",
                  "新能源汽车销量占汽车销量比重"], **FLOW_Q,
     note="超 → gt (outside the span); a share of the year's sales → the year; 位居全国前列 "
          "states no rank number; " + Q3_NOTE)
g.neg("2024世界新能源汽车大会", "2024", "year inside an event name (2024世界新能源汽车大会), "
      "not a period or a quantity")
g.neg("首创全域禁塑", "首创", FIRST_NOTE + " (首创 'first to create')")
fact("替代率达80%", "80%", value=80, unit="%", kind="share",
     metric="可降解塑料制品替代率",
     metric_alts=["替代率", "可降解塑料替代率", "可降解塑料制品替代比例"], **LEVEL_Q,
     note="达 → eq; replacement rate of the year (the year-end level as alt); " + Q3_NOTE)
fact("新建建筑比重超75%", "75%", value=75, unit="%", kind="share", bound="gt",
     metric="装配式建筑面积占新建建筑比重",
     metric_alts=["装配式建筑占新建建筑比重", "装配式建筑面积占比", "装配式建筑比重",
                  "装配式建筑占比", "装配式建筑面积占新建建筑面积比重"], **FLOW_Q,
     note="超 → gt (outside the span); a share of the year's new floor space → the year")
fact("集中收集率达69%", "69%", value=69, unit="%", kind="share",
     metric="城市生活污水集中收集率",
     metric_alts=["生活污水集中收集率", "污水集中收集率", "城市污水集中收集率"], **LEVEL_Q,
     note="达 → eq; rate of the year, the year-end level as alt")
fact("治理率达80.1%", "80.1%", value=80.1, unit="%", kind="share",
     metric="农村生活污水治理率",
     metric_alts=["生活污水治理率", "农村污水治理率", "农村生活污水治理"], **STOCK_Q,
     note="达 → eq; the share of villages whose sewage is treated (a rate of a stock) → the "
          "instant 2024-12-31 under 全年, the year and null as alts")
fact("地表水优良率96.9%", "96.9%", value=96.9, unit="%", kind="share",
     metric="省控断面地表水优良率",
     metric_alts=["地表水优良率", "省控断面水质优良率", "地表水水质优良比例",
                  "省控断面地表水水质优良率"], **FLOW_Q,
     note="the share of monitored sections meeting the standard over the year (全年)")
g.neg("博鳌近零碳示范区", "近零碳", "label 近零碳 (README §2), not a quantity")
fact("示范区减碳96.2%", "96.2%", value=-96.2, unit="%", kind="growth",
     metric="碳排放",
     metric_alts=["碳排放量", "减碳", "减碳率", "碳排放减少", "碳减排"],
     subject="博鳌近零碳示范区",
     subject_alts=["博鳌", "近零碳示范区", "博鳌近零碳排放示范区", PLACE] + HN_ALTS,
     comparison="比基准", **LEVEL_Q,
     note="judgement call: 减碳96.2% 'carbon cut by 96.2 %' → the relative change of the "
          "zone's emissions, kind growth, negative (减 → −); the basis is the zone's "
          "baseline emissions, not written (comparison 比基准, not the yoy default); the "
          "zone owns it; the level reached as it entered operation in 2024 (year-end alt)")
g.neg("进入近零碳运行阶段", "近零碳", "label 近零碳 (README §2), not a quantity")
g.neg("“两山”转化", "两山", LABEL_NOTE + " (“两山”: 绿水青山就是金山银山)")
g.neg("完成五指山大叶茶", "五指山", NAME_NOTE.format("五指山, a city and mountain"))

negs = [l["provenance"]["text"] for l in g.lines if l.get("negative")]
facts = [l for l in g.lines if not l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hainan_2025.txt "
    f"({len(text):,} characters with the final newline), as given by the brief (not moved), "
    "sliced by code: review items （三）统筹教育科技人才，创新活力持续释放, （四）强化区域协同融通，"
    "城乡发展互促并进 and （五）精心呵护绿水青山，生态底色更加靓丽, in full. It lies in part 一 of "
    "the report, the review of 2024 (the list of the year's work opened by 一年来，主要做了以下"
    "工作。 on source line 10). Lines 10-12, 17-25, 49-58 and 62-76 are annotated in "
    "wr_hainan_2025_c, wr_hainan_2025, wr_hainan_2025_d and wr_hainan_2025_b (no overlap). "
    "Title, dateline and source line are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-14, the delivery date in the report's dateline "
    "(source line 2: ——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的"
    "讲话), as wr_hainan_2025 / _c; the corpus meta gives only '2025'. Place: 海南省 (海南, 全省, "
    "我省 → alts); owners of their own numbers: 三亚经济圈 (22项), 儋洋经济圈 (1500亿元), "
    "湘琼先进制造业共建产业园 (27家), 广东海南先进制造业合作产业园 (47个), 浙琼合作产业园 (10家), "
    "深儋合作区 (万亩), 500千伏主网工程 (500千伏, 过半), 热带雨林国家公园 (7群, 42只), "
    "博鳌近零碳示范区 (96.2%), each with the province as alt. Periods: no period heading in the "
    "excerpt: numbers without a period before them in their line take the review year 2024 "
    "(section frame, SPEC §4) with period text 一年来 (source line 10) and null as alt; 全年 "
    "in line 1 governs the rest of line 1 (304名 … 12.1万人) and 全年 in line 3 the whole of "
    "line 3 (same dates, own text). Stocks (累计 56个, 已建成 300个, 已入驻 27家, 达73家, the "
    "coverage rates 100%/91.5%, 卫生厕所普及率, 农村生活污水治理率, 恢复至7群42只, 进度过半, the "
    "size of the 万亩 base) → instant 2024-12-31, year and null as alts; 落地项目47个, 替代率, "
    "污水集中收集率, 减碳96.2%, 500千伏 → the year with year-end as alt. Modality: 预计 (研发经费"
    "投入增长25%、投入强度提升至1.4%) → forecast; 500千伏 of a grid still being built → target; "
    "all else actual. Units: 万个/万人/万户/万套 counts; 套（间） classifier kept whole; 万亩 / "
    "1.52万亩 → mu; 亿元 → CNY; 微克/立方米 kept; 千伏 kept (no SPEC code); 过半 → 50 % gt; "
    "快于城镇居民3个百分点左右 → change 3 pp approx, comparison 比城镇居民. Judgement calls: "
    "万亩种植基地 → an area fact (1e4 mu, eq); 500千伏 → voltage-class fact (target); 过半 → "
    "share 50 gt; 减碳96.2% → growth −96.2 (comparison 比基准, basis unwritten); 7群 and 42只 → "
    "two counts; 落地项目47个 → the year (stock alt); 近百万群众 → count 1e6 approx (人); "
    "一起 (“一起走出去”) and the place names 三亚 ×4 / 三乐 / 三沙 / 五指山 / 三一 → negatives. "
    "Known false alarms of the shared check_gold.py: period text 一年来 is outside the "
    "excerpt (source line 10; as 2025年 in wr_hainan_2025_d), and it reads no number in 半. "
    "翻番 (境外人才…认可人数实现翻番, 林下经济面积翻番) has no numeral and is not annotated. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) + ".")

g.write(date=REF, source=f"shared/texts/work_report/wr_hainan_2025.txt lines {FIRST}–{LAST} "
        "(来源：海南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
