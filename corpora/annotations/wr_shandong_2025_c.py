"""Gold annotations for wr_shandong_2025_c (2025年山东省政府工作报告, the 2024 review: green
transition, infrastructure, rural revitalisation, livelihood, and the first of the 一年来 work
items), lines 8-13 of shared/texts/work_report/wr_shandong_2025.txt.

The excerpt corpora/wr_shandong_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): review items
（三）绿色转型实现突破, （四）基础设施加快提升, （五）乡村振兴深化拓展 and （六）民生福祉持续增进
in full, the lead-in 一年来，着重抓了以下工作： and item 一是扎实抓好重大政策举措落实.  All of it
lies in part 一、2024年工作回顾 (source line 3, outside the excerpt): the review of 2024.
Lines 16-25 are wr_shandong_2025 and lines 65-73 wr_shandong_2025_b (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shandong_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shandong_2025_c"
SOURCE_ID = "wr_shandong_2025"
PLACE = "山东省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 8, 13                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年山东省政府工作报告"       # line 1 of the source, outside the excerpt
SD_ALTS = ["山东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）绿色转型实现突破。",
                 ends="入选联合国旅游组织“最佳旅游乡村”。")
text = g.text
fact = g.with_subject(PLACE, SD_ALTS)


def subj(main, *alts):
    """subject + subject_alts for a number owned by a unit inside the province."""
    return dict(subject=main, subject_alts=list(alts) + [PLACE] + SD_ALTS)


MARKER_NOTE = "list marker (（N） / N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (README §2)"
PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 一、2024年工作回顾 (source line 3): the review of 2024.  Its
# lines state no period before their numbers (the source's 一年来 of line 5 and 全年 of line 7
# are outside the excerpt and could not reach it anyway; 一年来 of line 5 of the excerpt heads a
# line with no numbers; 去年9月26日 in line 6 dates a meeting, not the facts), so every
# number takes the review year (SPEC §4 section frame, period text 一年来, the review's own
# word in the excerpt; only the dates are scored) with the null reading in period_alts.
# - stocks (达, 达到, 累计, 总数, 突破 N of a network or a register, capacities, coverage
#   rates and ranks of stocks) → the instant 2024-12-31, the year and null as alts;
# - counts of things under way (加快推进, 建设) → the year with the year-end instant as alt
#   (LEVEL, as wr_tianjin_2025);
# - streaks (连续四年, 连续26年) end in the review year: the year as gold, null and the
#   streak's own span as alts (as wr_yunnan_2025 / wr_fujian_2025_b).
# No 预计 in the excerpt → actual throughout.
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")


def streak(n, first_year):
    """period of a streak of n years ending in the review year."""
    return dict(period=Y24, period_alts=[Y24_NULL, P(f"连续{n}年", f"{first_year}-01-01",
                                                      "2024-12-31")])


STREAK_NOTE = ("length of the streak 连续{}年 (a duration, unit year, as wr_fujian_2025_b / "
               "wr_tianjin_2025 连续三年); the review year as gold, null and the streak's span "
               "as alts")

# ==== line 1 (source 8): （三）绿色转型实现突破 ================================================
g.neg("（三）绿色转型", "（三）", MARKER_NOTE)
fact("发电装机达1.15亿千瓦", "1.15亿千瓦", value=1.15e11, unit="W", kind="amount",
     metric="新能源和可再生能源发电装机",
     metric_alts=["新能源和可再生能源装机", "新能源和可再生能源发电装机容量", "新能源装机",
                  "可再生能源发电装机", "新能源和可再生能源发电装机规模"], **STOCK,
     note="达 → eq; 亿千瓦 = 1e8 × 1e3 W; installed capacity (a stock): " + STOCK_NOTE)
g.neg("石岛湾核电扩建一期", "一期", PHASE_NOTE.format("一期 (first phase of the 石岛湾 "
      "extension)"))
g.neg("招远核电一期", "一期", PHASE_NOTE.format("一期 (first phase of 招远 nuclear plant)"))
NUKE = ["核准和在建核电机组装机", "核准和在建核电装机", "核准和在建核电机组规模", "核电机组",
        "核电装机", "核准在建核电机组", "核准和在建核电机组容量"]
fact("核电机组1003万千瓦", "1003万千瓦", value=1.003e10, unit="W", kind="amount",
     metric="核准和在建核电机组", metric_alts=NUKE, **STOCK,
     note="万千瓦 = 1e7 W; the capacity of units approved or under construction at year end "
          "(a stock): " + STOCK_NOTE)
fact("居全国第二位", "第二位", value=2, unit="rank", kind="rank", scope="全国",
     metric="核准和在建核电机组", metric_alts=NUKE + ["核准和在建核电机组排名"], **STOCK,
     note="rank of the capacity just given (a stock): " + STOCK_NOTE)
fact("光伏装机居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="光伏装机",
     metric_alts=["光伏装机容量", "光伏发电装机", "光伏装机规模", "光伏装机排名"], **STOCK,
     note="首位 → 1; rank of an installed capacity (a stock): " + STOCK_NOTE)
STORAGE_NOTE = ("the project's power written before its name (SPEC §1: a quantity with a unit "
                "in a project's name is its capacity); connected to the grid (并网) in 2024 → "
                "actual; 兆瓦 = MW = 1e6 W (SPEC §3); verb 并网 shared by both projects")
fact("肥城300兆瓦压缩空气储能", "300兆瓦", value=3e8, unit="W", kind="amount",
     metric="压缩空气储能规模",
     metric_alts=["压缩空气储能", "压缩空气储能容量", "压缩空气储能装机", "储能规模", "装机规模",
                  "压缩空气储能项目规模", "压缩空气储能功率"],
     **subj("肥城压缩空气储能项目", "肥城300兆瓦压缩空气储能项目", "肥城"), **FLOW,
     note=STORAGE_NOTE)
fact("东营津辉500兆瓦电化学储能", "500兆瓦", value=5e8, unit="W", kind="amount",
     metric="电化学储能规模",
     metric_alts=["电化学储能", "电化学储能容量", "电化学储能装机", "储能规模", "装机规模",
                  "电化学储能项目规模", "电化学储能功率"],
     **subj("东营津辉电化学储能项目", "东营津辉500兆瓦电化学储能项目", "东营津辉", "东营"),
     **FLOW, note=STORAGE_NOTE)
g.neg("国家首批绿色低碳示范项目", "首批", FIRST_NOTE + " (首批 'first batch')")
g.neg("提前完成“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("任务。PM2.5浓度", "PM2.5",
      "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("PM2.5浓度改善5.1%", "5.1%", value=-5.1, unit="%", kind="growth",
     metric="PM2.5浓度",
     metric_alts=["PM2.5平均浓度", "细颗粒物浓度", "PM2.5年均浓度", "PM2.5浓度改善",
                  "细颗粒物平均浓度"], comparison="yoy", **FLOW,
     note="改善 of a concentration = the concentration fell by 5.1% → growth −5.1 (as "
          "wr_shaanxi_2025 浓度同比改善7.9%; judgement call: the sign follows the level); "
          "basis the year before → yoy")
fact("优良天数增加22天", "22天", value=22, unit="day", kind="amount",
     metric="优良天数增量",
     metric_alts=["优良天数", "空气质量优良天数增量", "空气质量优良天数", "优良天数增加"],
     **FLOW,
     note="absolute change of a level (增加 → +22, SPEC §2: the level's kind and unit, metric "
          "<level>增量; comparison null as wr_beijing_2025 增加19天)")
fact("水体优良率全国前三", "前三", value=3, unit="rank", kind="rank", bound="le",
     scope="全国", metric="近岸海域水体优良率",
     metric_alts=["近岸海域水质优良率", "近岸海域优良水质比例", "近岸海域水体优良率排名",
                  "水体优良率"], **FLOW,
     note="前三 → le (README §6); the rate of the year's monitoring → the year")
fact("考核连续四年优秀", "四年", value=4, unit="year", kind="amount",
     metric="中央污染防治攻坚战考核优秀持续时间",
     metric_alts=["中央污染防治攻坚战考核连续优秀", "中央污染防治攻坚战考核优秀年数",
                  "污染防治攻坚战考核优秀持续时间", "中央污染防治攻坚战考核", "污染防治攻坚战考核",
                  "连续优秀年数"],
     **streak("四", 2021), note=STREAK_NOTE.format("四"))
g.neg("“国际零碳岛屿", "零碳", "label 零碳 ('zero-carbon', README §2), not a quantity")

# ==== line 2 (source 9): （四）基础设施加快提升 ================================================
g.neg("（四）基础设施", "（四）", MARKER_NOTE)
INV_NOTE = ("分别: 交通 ↔ 3252亿元, 能源 ↔ 2140亿元, 水利 ↔ 748亿元; 完成投资 shared, head "
            "restored per part (README §3); each value has its own unit")
fact("分别完成投资3252亿元", "3252亿元", value=3252e8, unit="CNY", kind="amount",
     metric="交通投资",
     metric_alts=["交通完成投资", "交通基础设施投资", "交通运输投资", "交通领域投资"], **FLOW,
     note=INV_NOTE)
fact("3252亿元、2140亿元", "2140亿元", value=2140e8, unit="CNY", kind="amount",
     metric="能源投资",
     metric_alts=["能源完成投资", "能源基础设施投资", "能源领域投资"], **FLOW, note=INV_NOTE)
fact("2140亿元、748亿元", "748亿元", value=748e8, unit="CNY", kind="amount",
     metric="水利投资",
     metric_alts=["水利完成投资", "水利基础设施投资", "水利建设投资", "水利领域投资"], **FLOW,
     note=INV_NOTE)
fact("等6个高铁项目", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="高铁项目",
     metric_alts=["高铁项目数量", "在建高铁项目", "高速铁路项目", "加快推进的高铁项目"], **LEVEL,
     note="projects under way (加快推进) in 2024; the year-end instant as alt")
HSR = ["高铁运营里程", "高速铁路通车里程", "高铁里程", "高速铁路运营里程"]
fact("高铁通车里程突破3000公里", "3000公里", value=3e6, unit="m", kind="amount", bound="gt",
     metric="高铁通车里程", metric_alts=HSR, **STOCK,
     note="突破 → gt; 公里 = 1e3 m; the network in service (a stock): " + STOCK_NOTE)
fact("3000公里、全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="高铁通车里程", metric_alts=HSR + ["高铁通车里程排名"], **STOCK,
     note="rank of the network length (a stock): " + STOCK_NOTE)
fact("等8个项目建成", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="高速公路项目",
     metric_alts=["建成项目", "项目", "高速公路建成项目", "高速公路改扩建项目", "建成高速公路项目",
                  "高速公路项目数量"], **FLOW,
     note="motorway projects (临淄至临沂, 济菏高速改扩建 …) completed in 2024")
fact("高速公路通车里程突破8700公里", "8700公里", value=8.7e6, unit="m", kind="amount",
     bound="gt", metric="高速公路通车里程",
     metric_alts=["高速公路里程", "高速公路通车总里程", "高速通车里程"], **STOCK,
     note="突破 → gt; " + STOCK_NOTE)
g.neg("济南机场二期", "二期", PHASE_NOTE.format("二期 (second phase of 济南机场)"))
g.neg("烟台机场二期", "二期", PHASE_NOTE.format("二期 (second phase of 烟台机场)"))
PORT = ["沿海港口货物吞吐量", "港口货物吞吐量", "货物吞吐量", "沿海港口吞吐量"]
PORT_SUBJ = subj(PLACE, "沿海港口", "山东沿海港口")
fact("吞吐量突破20亿吨", "20亿吨", value=2e9, unit="t", kind="amount", bound="gt",
     metric="沿海港口货物吞吐量", metric_alts=PORT[1:], **PORT_SUBJ, **FLOW,
     note="突破 → gt; throughput of the year; the province keeps the subject (its coastal "
          "ports as alt)")
fact("20亿吨、居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="沿海港口货物吞吐量", metric_alts=PORT[1:] + ["沿海港口货物吞吐量排名"],
     **PORT_SUBJ, **FLOW, note="首位 → 1; rank of the year's throughput")
fact("吞吐量超过1.2亿吨", "1.2亿吨", value=1.2e8, unit="t", kind="amount", bound="gt",
     metric="内河航运吞吐量",
     metric_alts=["内河航运货物吞吐量", "内河港口吞吐量", "内河吞吐量", "内河航运"], **FLOW,
     note="超过 → gt; throughput of the year")
fact("内陆港达到51个", "51个", value=51, unit="count", kind="count", classifier="个",
     metric="内陆港", metric_alts=["内陆港数量", "内陆无水港"], **STOCK,
     note="达到 → eq; " + STOCK_NOTE)
fact("累计开行超1.1万列", "1.1万列", value=11000, unit="count", kind="count", bound="gt",
     classifier="列", metric="中欧班列开行",
     metric_alts=["中欧班列", "中欧班列累计开行", "累计开行中欧班列", "中欧班列开行列数",
                  "中欧班列开行量", "中欧班列开行数量"],
     subject_alts=SD_ALTS + ["中欧班列", "中欧班列（齐鲁号）"], **STOCK,
     note="超 → gt; 累计 since the service began → cumulative total at the end of the review "
          "year: " + STOCK_NOTE)
fact("通水里程突破7100公里", "7100公里", value=7.1e6, unit="m", kind="amount", bound="gt",
     metric="通水里程",
     metric_alts=["水网通水里程", "省水网通水里程", "骨干水网通水里程", "输水线路通水里程"],
     **STOCK, note="突破 → gt; the water network in service (a stock): " + STOCK_NOTE)
g.neg("投运。5G基站", "5G",
      "technology generation label 5G, part of the counted noun, not a quantity (as "
      "cm_qiandongnan_2023_c)")
fact("5G基站达到24.2万个", "24.2万个", value=242000, unit="count", kind="count",
     classifier="个", metric="5G基站", metric_alts=["5G基站数量", "基站"], **STOCK,
     note="达到 → eq; " + STOCK_NOTE)
fact("智能算力比例超过30%", "30%", value=30, unit="%", kind="share", bound="gt",
     metric="智能算力比例",
     metric_alts=["智能算力占比", "智能算力占算力总规模比重", "智能算力比重", "智算比例"],
     **STOCK, note="超过 → gt; share of the installed computing capacity (a share of a "
                   "stock): " + STOCK_NOTE)

# ==== line 3 (source 10): （五）乡村振兴深化拓展 ================================================
g.neg("（五）乡村振兴", "（五）", MARKER_NOTE)
g.neg("率先制定新一轮", "一轮", "新一轮 'a new round', not a count")
fact("乡村振兴片区1598个", "1598个", value=1598, unit="count", kind="count", classifier="个",
     metric="乡村振兴片区",
     metric_alts=["建设乡村振兴片区", "乡村振兴片区数量", "省市县建设乡村振兴片区"], **LEVEL,
     note="zones the province, cities and counties are building (建设); the year with the "
          "year-end instant as alt")
fact("覆盖村庄1.5万个", "1.5万个", value=15000, unit="count", kind="count", classifier="个",
     metric="乡村振兴片区覆盖村庄",
     metric_alts=["覆盖村庄", "村庄", "覆盖村庄数量", "乡村振兴片区覆盖村庄数量"], **LEVEL,
     note="villages covered by the 1598 zones; as 1598个")
FARM = ["农林牧渔业产值", "农林牧渔总产值", "农业总产值"]
fact("总产值达到1.28万亿元", "1.28万亿元", value=1.28e12, unit="CNY", kind="amount",
     metric="农林牧渔业总产值", metric_alts=FARM, **FLOW,
     note="达到 → eq; output of the year; 万亿元 = 1e12")
fact("持续位居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="农林牧渔业总产值", metric_alts=FARM + ["农林牧渔业总产值排名"], **FLOW,
     note="首位 → 1; rank of the year's output (持续: held again in 2024)")
fact("耕地面积连续四年", "四年", value=4, unit="year", kind="amount",
     metric="耕地面积净增加持续时间",
     metric_alts=["耕地面积连续净增加", "耕地面积连续净增加年数", "耕地面积净增加年数",
                  "耕地净增加持续时间", "连续净增加年数", "耕地面积", "持续时间"],
     **streak("四", 2021), note=STREAK_NOTE.format("四") + " (metric as wr_fujian_2025_b "
                                                        "耕地面积连续两年)")
fact("高标准农田达7759万亩", "7759万亩", value=7.759e7, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["高标准农田面积", "高标准农田建设面积", "累计建成高标准农田"], **STOCK,
     note="达 → eq; 亩 stays mu; the farmland built to the standard so far (a stock): "
          + STOCK_NOTE)
fact("粮食总产1142亿斤", "1142亿斤", value=1142e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产",
     metric_alts=["粮食总产量", "粮食产量", "粮食"], **FLOW,
     note="斤 = 0.0005 t (SPEC §3): 1142亿斤 = 5.71e7 t; the year's harvest")
g.neg("微山湖四鼻鲤鱼", "四鼻", NAME_NOTE.format("四鼻鲤鱼, the 'four-nostril carp' of 微山湖"))
fact("规上农产品加工企业突破1.1万家", "1.1万家", value=11000, unit="count", kind="count",
     bound="gt", classifier="家", metric="规上农产品加工企业",
     metric_alts=["规模以上农产品加工企业", "农产品加工企业", "规上农产品加工企业数量"],
     **STOCK, note="突破 → gt; firms on the register (a stock): " + STOCK_NOTE)
PROC = ["粮油加工能力", "果蔬加工能力", "肉类加工能力", "水产品加工能力", "农产品加工能力",
        "粮油、果蔬、肉类、水产品加工能力排名"]
fact("加工能力均居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="粮油、果蔬、肉类、水产品加工能力", metric_alts=PROC, **STOCK,
     note="均 + one rank: one quantity mention → one fact (SPEC §1) for the four capacities, "
          "each as alt (judgement call, as wr_tianjin_2025 均突破1.2万家); rank of a capacity "
          "(a stock): " + STOCK_NOTE)
fact("农产品出口连续26年", "26年", value=26, unit="year", kind="amount",
     metric="农产品出口居全国第一持续时间",
     metric_alts=["农产品出口连续全国第一", "农产品出口全国第一持续时间",
                  "农产品出口居全国第一年数", "农产品出口连续居全国第一", "农产品出口",
                  "持续时间"],
     **streak(26, 1999), note=STREAK_NOTE.format(26) + " (1999-2024)")
fact("连续26年全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="农产品出口",
     metric_alts=["农产品出口额", "农产品出口规模", "农产品出口排名"],
     **streak(26, 1999),
     note="the position held in 2024 (and in each year of the streak: its span as alt)")
ORG = ["家庭农场、农民合作社、农业社会化服务组织", "家庭农场", "农民合作社",
       "农业社会化服务组织", "新型农业经营主体总量", "家庭农场、农民合作社、农业社会化服务组织总量排名"]
fact("服务组织总量居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="家庭农场、农民合作社、农业社会化服务组织总量", metric_alts=ORG, **STOCK,
     note="one rank for the combined total (总量); rank of a stock: " + STOCK_NOTE)
fact("85%以上农户", "85%", value=85, unit="%", kind="share", bound="ge",
     metric="参与农业产业化经营农户比重",
     metric_alts=["参与农业产业化经营农户占比", "农户参与农业产业化经营比例", "农户参与率",
                  "参与农业产业化经营的农户比重", "农户参与农业产业化经营比重", "农户"],
     **LEVEL, note="以上 → ge (outside the span); the share of farm households taking part "
                   "in 2024; the year-end instant as alt")
g.neg("新改建“四好农村路”", "四好", LABEL_NOTE + " (“四好农村路”: roads built, managed, "
      "maintained and operated well, as wr_fujian_2025_b)")
fact("“四好农村路”7570公里", "7570公里", value=7.57e6, unit="m", kind="amount",
     metric="“四好农村路”",
     metric_alts=["四好农村路", "新改建“四好农村路”", "新改建四好农村路", "农村公路",
                  "新改建农村公路", "“四好农村路”里程", "四好农村路里程", "“四好农村路”增量"],
     **FLOW, note="roads built or rebuilt (新改建) in 2024; 公里 = 1e3 m")
fact("规模化供水率达到95%", "95%", value=95, unit="%", kind="share",
     metric="农村规模化供水率",
     metric_alts=["规模化供水率", "农村规模化供水覆盖率", "农村规模化供水比例"], **STOCK,
     note="达到 → eq; coverage = share of a stock: " + STOCK_NOTE)
fact("10601个村卫生室", "10601个", value=10601, unit="count", kind="count", classifier="个",
     metric="村卫生室",
     metric_alts=["实现“五有三提升”的村卫生室", "实现五有三提升的村卫生室", "村卫生室数量",
                  "“五有三提升”村卫生室"], **FLOW,
     note="clinics upgraded to the 五有三提升 standard in 2024 (the standard defines the set)")
g.neg("实现“五有三提升”", "五有三提升", LABEL_NOTE + " (“五有三提升”, a standard for village "
      "clinics: five haves, three upgrades)")
g.neg("整体提升三年行动", "三年", "name of a three-year campaign (三年行动), not a duration fact "
      "(as wr_shandong_2025)")
fact("国家文明村镇246个", "246个", value=246, unit="count", kind="count", classifier="个",
     metric="国家文明村镇",
     metric_alts=["累计创建国家文明村镇", "全国文明村镇", "国家文明村镇数量", "文明村镇"],
     **STOCK, note="累计 → cumulative total: " + STOCK_NOTE)
fact("省级文明村镇4295个", "4295个", value=4295, unit="count", kind="count", classifier="个",
     metric="省级文明村镇",
     metric_alts=["累计创建省级文明村镇", "省级文明村镇数量", "文明村镇"], **STOCK,
     note="verb 累计创建 shared; " + STOCK_NOTE)

# ==== line 4 (source 11): （六）民生福祉持续增进 ================================================
g.neg("（六）民生福祉", "（六）", MARKER_NOTE)
g.neg("民生支出首次突破", "首次", "first-time claim 首次, not a rank or count")
fact("首次突破万亿元", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="财政民生支出",
     metric_alts=["民生支出", "财政民生支出总额", "民生领域支出"], **FLOW,
     note="突破 → gt; 万亿元 = 1e12; spending of the year")
fact("占比80%左右", "80%", value=80, unit="%", kind="share", bound="approx",
     metric="财政民生支出占比",
     metric_alts=["民生支出占比", "财政民生支出占一般公共预算支出比重", "民生支出占财政支出比重",
                  "财政民生支出占财政支出比重"], **FLOW,
     note="左右 → approx (outside the span); share of the year's spending")
INC_NOTE = "分别: 城镇 ↔ 4.8%, 农村 ↔ 6.2%; head 居民人均可支配收入 restored per part"
fact("分别增长4.8%", "4.8%", value=4.8, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇居民收入", "城镇人均可支配收入", "城镇常住居民人均可支配收入"],
     comparison="yoy", **FLOW, note=INC_NOTE)
fact("4.8%、6.2%", "6.2%", value=6.2, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "农村人均可支配收入", "农村常住居民人均可支配收入",
                  "农民人均可支配收入"], comparison="yoy", **FLOW, note=INC_NOTE)
fact("城镇新增就业124.5万人", "124.5万人", value=1.245e6, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["新增城镇就业", "城镇新增就业人数", "城镇就业增量"], **FLOW)
fact("吸纳就业29.1万人次", "29.1万人次", value=291000, unit="count", kind="count",
     classifier="人次", metric="公益性岗位、以工代赈吸纳就业",
     metric_alts=["吸纳就业", "公益性岗位吸纳就业", "以工代赈吸纳就业", "公益性岗位和以工代赈吸纳就业",
                  "吸纳就业人次"], **FLOW,
     note="one quantity for the two channels → one fact (SPEC §1); 人次 a classifier")
fact("在园幼儿占比超过60%", "60%", value=60, unit="%", kind="share", bound="gt",
     metric="公办幼儿园在园幼儿占比",
     metric_alts=["公办园在园幼儿占比", "公办幼儿园在园幼儿比例", "公办幼儿园在园幼儿占比超过",
                  "公办幼儿园幼儿占比"], **STOCK,
     note="超过 → gt; a share of a stock (children enrolled): " + STOCK_NOTE)
fact("均衡县数量跃居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="义务教育优质均衡县数量",
     metric_alts=["义务教育优质均衡县", "义务教育优质均衡县数量排名", "优质均衡县数量"], **STOCK,
     note="跃居 → the position reached; rank of the number of certified counties (a stock): "
          + STOCK_NOTE)
g.neg("获批全国唯一", "唯一", "lexicalized 唯一 'the only one' (uniqueness, not a count or "
      "rank), as nw_sina_20220812")
fact("学位授予权单位10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="博士、硕士学位授予权单位",
     metric_alts=new("博士、硕士学位授予权单位", "新增博士、硕士学位授予权单位", "学位授予权单位",
                     "博士硕士学位授予单位"), **FLOW,
     note="新增 N: added in 2024; 增量 alts (README §3)")
g.neg("获批首个公办", "首个", FIRST_NOTE)
fact("新增高职院校4所", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="高职院校", metric_alts=new("高职院校", "新增高职院校"), **FLOW,
     note="新增 N: added in 2024; 增量 alts (README §3)")
ATH = SD_ALTS + ["我省选手", "山东选手"]
fact("世界技能大赛2个全国首金", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="世界技能大赛全国首金",
     metric_alts=["全国首金", "世界技能大赛金牌", "金牌", "世界技能大赛首金"],
     subject_alts=ATH, **FLOW,
     note="two golds that were the country's first in their events (全国首金): a count of "
          "medals; the province's competitors → 山东省, alts; 首金 inside the counted noun has "
          "its own negative")
g.neg("2个全国首金", "首金", "first-of-kind word 首金 ('first gold'), part of the counted noun, "
      "not a rank (as 首店 in wr_anhui_2025_b)")
fact("3个市获批", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家公立医院改革与高质量发展示范项目城市",
     metric_alts=["公立医院改革与高质量发展示范项目城市", "示范项目城市", "市",
                  "获批国家公立医院改革与高质量发展示范项目城市的市",
                  "国家公立医院改革与高质量发展示范项目城市数量"], **FLOW,
     note="cities approved in 2024 (the designation defines the counted set)")
fact("建设项目17个", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="国家临床重点专科建设项目",
     metric_alts=["入选国家临床重点专科建设项目", "临床重点专科建设项目", "国家临床重点专科",
                  "国家临床重点专科建设项目数量"], **FLOW)
fact("直接结算率90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="异地就医直接结算率",
     metric_alts=["直接结算率", "异地就医结算率", "异地就医直接结算比例"], **FLOW,
     note="以上 → ge (outside the span); the rate of the year's claims")
g.neg("“两证齐全”医养", "两证齐全", LABEL_NOTE + " (“两证齐全” 'both licences in hand', the "
      "qualification defining the counted set)")
fact("医养结合机构突破1000家", "1000家", value=1000, unit="count", kind="count", bound="gt",
     classifier="家", metric="“两证齐全”医养结合机构",
     metric_alts=["两证齐全医养结合机构", "医养结合机构", "“两证齐全”医养结合机构数量",
                  "医养结合机构数量"], **STOCK,
     note="突破 → gt; institutions licensed (a stock): " + STOCK_NOTE)
fact("家庭养老床位新增1.1万张", "1.1万张", value=11000, unit="count", kind="count",
     classifier="张", metric="家庭养老床位",
     metric_alts=new("家庭养老床位", "新增家庭养老床位"), **FLOW,
     note="新增 N: added in 2024; 增量 alts (README §3)")
fact("适老化改造3万户", "3万户", value=30000, unit="count", kind="count", classifier="户",
     metric="特殊困难家庭适老化改造",
     metric_alts=["适老化改造", "特殊困难家庭适老化改造户数", "适老化改造户数", "特殊困难家庭"],
     **FLOW, note="户 a classifier (SPEC §3)")
fact("名列第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="困难群众基本生活救助工作绩效评价",
     metric_alts=["全国困难群众基本生活救助工作绩效评价", "困难群众基本生活救助工作绩效评价排名",
                  "基本生活救助工作绩效评价", "困难群众基本生活救助绩效评价"], **FLOW,
     note="the national evaluation of the 2024 work: scope 全国 (在全国…中)")
DIBAO_NOTE = ("分别: 城(市) ↔ 7%, 乡(农村) ↔ 9% (the pair 城乡 splits in list order); head "
              "低保标准 restored per part")
fact("分别增长7%和9%", "7%", value=7, unit="%", kind="growth", metric="城市低保标准",
     metric_alts=["城市最低生活保障标准", "城镇低保标准", "城市居民最低生活保障标准", "城乡低保标准",
                  "低保标准"], comparison="yoy", **FLOW, note=DIBAO_NOTE)
fact("分别增长7%和9%", "9%", value=9, unit="%", kind="growth", metric="农村低保标准",
     metric_alts=["农村最低生活保障标准", "农村居民最低生活保障标准", "城乡低保标准", "低保标准"],
     comparison="yoy", **FLOW, note=DIBAO_NOTE)
fact("托养服务残疾人3.4万人", "3.4万人", value=34000, unit="count", kind="count",
     classifier="人", metric="“阳光家园”托养服务残疾人",
     metric_alts=["阳光家园托养服务残疾人", "托养服务残疾人", "托养残疾人", "残疾人",
                  "“阳光家园”托养服务残疾人数"], **FLOW)
fact("开工改造老旧小区70万户", "70万户", value=700000, unit="count", kind="count",
     classifier="户", metric="开工改造老旧小区",
     metric_alts=["老旧小区改造", "改造老旧小区", "老旧小区", "开工改造老旧小区户数",
                  "老旧小区改造户数"], **FLOW,
     note="households of the old estates whose renovation started in 2024 (户 classifier)")
fact("城中村改造安置30.7万套", "30.7万套", value=307000, unit="count", kind="count",
     classifier="套", metric="城中村改造安置",
     metric_alts=["城中村改造安置房", "城中村改造安置套数", "城中村改造", "安置房"], **FLOW)
fact("农村危房改造1.2万户", "1.2万户", value=12000, unit="count", kind="count",
     classifier="户", metric="农村危房改造",
     metric_alts=["完成农村危房改造", "农村危房改造户数", "危房改造"], **FLOW)
g.neg("全国十大考古新发现", "十大", SET_LABEL_NOTE + " (全国十大考古新发现, an annual award "
      "list)")
g.neg("“五个一工程”奖", "五个一", NAME_NOTE.format("“五个一工程”奖, a national arts award"))
fact("8部作品入选", "8部", value=8, unit="count", kind="count", classifier="部",
     metric="入选“五个一工程”奖作品",
     metric_alts=["作品", "入选五个一工程奖作品", "“五个一工程”奖作品", "五个一工程奖作品",
                  "入选作品"], **FLOW)
fact("文化惠民活动50余万场", "50余万场", value=500000, unit="count", kind="count",
     bound="gt", classifier="场", metric="文化惠民活动",
     metric_alts=["开展文化惠民活动", "群众性小戏小剧等文化惠民活动", "文化惠民活动场次",
                  "文化惠民活动场数"], **FLOW, note="余 inside the span → gt")
fact("公共文化空间350个", "350个", value=350, unit="count", kind="count", classifier="个",
     metric="新型公共文化空间",
     metric_alts=new("新型公共文化空间", "新打造新型公共文化空间", "公共文化空间"), **FLOW,
     note="新打造 N: created in 2024; 增量 alts (README §3)")
fact("群众赛事活动8万余场", "8万余场", value=80000, unit="count", kind="count", bound="gt",
     classifier="场", metric="“好运山东”群众赛事活动",
     metric_alts=["好运山东群众赛事活动", "群众赛事活动", "开展“好运山东”群众赛事活动",
                  "群众赛事活动场次", "“好运山东”群众赛事活动场次"], **FLOW,
     note="余 inside the span → gt")
MEDAL_NOTE = ("金/银/铜 (medal) is the measure word (as wr_fujian_2025_b 2金2银1铜); one "
              "tally for the Olympics and Paralympics together (巴黎奥运会、残奥会上勇夺…); the "
              "province's athletes → 山东省, athletes as alts; the Games were in 2024")
OLY = SD_ALTS + ["我省体育健儿", "山东体育健儿", "体育健儿"]
for tgt, n, cl, noun in (("8金", 8, "金", "金牌"), ("9银", 9, "银", "银牌"), ("6铜", 6, "铜", "铜牌")):
    fact("勇夺8金9银6铜", tgt, value=n, unit="count", kind="count", classifier=cl,
         metric=f"巴黎奥运会、残奥会{noun}",
         metric_alts=[noun, f"奥运会、残奥会{noun}", f"巴黎奥运会和残奥会{noun}",
                      f"巴黎奥运会、残奥会{noun}数", f"{noun}数", f"勇夺{noun}"],
         subject_alts=OLY, **FLOW, note=MEDAL_NOTE if cl == "金" else None)
g.neg("在首届全国青少年", "首届", "edition label 首届 (the first games), not a rank")
g.neg("青少年三大球比赛", "三大球", SET_LABEL_NOTE + " (三大球 'the three big ball games': "
      "football, basketball, volleyball)")
YOUTH_NOTE = ("medals at the 首届全国青少年三大球比赛 (2024); 金/银 measure words; subject as "
              "for the Olympic medals")
fact("获得4金2银", "4金", value=4, unit="count", kind="count", classifier="金",
     metric="全国青少年三大球比赛金牌",
     metric_alts=["金牌", "首届全国青少年三大球比赛金牌", "青少年三大球比赛金牌", "获得金牌",
                  "全国青少年三大球比赛金牌数"], subject_alts=OLY, **FLOW, note=YOUTH_NOTE)
fact("获得4金2银", "2银", value=2, unit="count", kind="count", classifier="银",
     metric="全国青少年三大球比赛银牌",
     metric_alts=["银牌", "首届全国青少年三大球比赛银牌", "青少年三大球比赛银牌", "获得银牌",
                  "全国青少年三大球比赛银牌数"], subject_alts=OLY, **FLOW, note=YOUTH_NOTE)

# ==== line 5 (source 12): 一年来，着重抓了以下工作 ===============================================
g.neg("一年来，着重抓了", "一年来", PERIOD_NOTE + " (the review year 2024, its own line, no "
      "number after it in the line); not a duration fact")

# ==== line 6 (source 13): 一是扎实抓好重大政策举措落实 ============================================
g.neg("一是扎实抓好重大政策", "一是", MARKER_NOTE)
g.neg("用好“两重”", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”机遇", "两新", LABEL_NOTE + " (“两新”: 设备更新和消费品以旧换新)")
g.neg("落实去年9月26日", "去年9月26日", "date of a meeting (the Politburo meeting of 26 "
      "September 2024): a period/date expression, not a fact; it dates the meeting, not the "
      "figures after it (judgement call: they keep the review year)")
g.neg("部署的一揽子", "一揽子", "一揽子 'package of', not a quantity")
fact("新增专项债资金3903亿元", "3903亿元", value=3903e8, unit="CNY", kind="amount",
     metric="新增专项债资金",
     metric_alts=["争取新增专项债资金", "专项债资金", "新增专项债券资金", "新增专项债", "专项债"],
     **FLOW, note="funds obtained (争取) for 2024")
fact("特别国债资金383亿元", "383亿元", value=383e8, unit="CNY", kind="amount",
     metric="超长期特别国债资金",
     metric_alts=["争取超长期特别国债资金", "超长期特别国债", "超长期特别国债支持资金"], **FLOW)
fact("支持项目512个", "512个", value=512, unit="count", kind="count", classifier="个",
     metric="超长期特别国债支持项目",
     metric_alts=["支持项目", "项目", "超长期特别国债支持项目数量", "支持项目数量"], **FLOW,
     note="projects the bond funds support; head 超长期特别国债 restored")
fact("实施设备更新项目7910个", "7910个", value=7910, unit="count", kind="count",
     classifier="个", metric="设备更新项目",
     metric_alts=["实施设备更新项目", "设备更新项目数量", "设备更新"], **FLOW)
fact("完成投资4763.4亿元", "4763.4亿元", value=4763.4e8, unit="CNY", kind="amount",
     metric="设备更新项目完成投资",
     metric_alts=["设备更新投资", "完成投资", "设备更新项目投资", "设备更新完成投资"], **FLOW,
     note="the investment of the 7910 projects (head restored)")
fact("接续推出三批政策清单", "三批", value=3, unit="count", kind="count", classifier="批",
     metric="政策清单",
     metric_alts=["推出政策清单", "政策清单批数", "政策清单数量", "接续推出政策清单"], **FLOW,
     note="batches of policy lists issued in 2024: a count of measures/editions (README §2)")
fact("151项务实举措", "151项", value=151, unit="count", kind="count", classifier="项",
     metric="务实举措",
     metric_alts=["政策举措", "举措", "务实举措数量", "推出务实举措", "政策清单务实举措"],
     **FLOW, note="measures in the three lists (README §2 counts of measures)")
fact("要素政策赋能清单16条", "16条", value=16, unit="count", kind="count", classifier="条",
     metric="要素政策赋能清单",
     metric_alts=["“要素政策赋能清单16条”", "要素政策赋能清单16条", "要素政策赋能措施",
                  "要素政策赋能清单条款", "要素政策赋能清单措施"], **FLOW,
     note="quoted nickname of a policy document that states its number of measures: a count "
          "of measures (as wr_shandong_2025 营商环境创新提升59条)")
fact("完成投资2.9万亿元以上", "2.9万亿元", value=2.9e12, unit="CNY", kind="amount",
     bound="ge", metric="省市县重点项目完成投资",
     metric_alts=["重点项目完成投资", "重点项目投资", "省市县重点项目投资", "完成投资"], **FLOW,
     note="以上 → ge (outside the span); 万亿元 = 1e12")
fact("汽车更新申请76.3万辆", "76.3万辆", value=763000, unit="count", kind="count",
     classifier="辆", metric="汽车更新申请",
     metric_alts=["汽车以旧换新申请", "汽车更新", "汽车更新申请量", "汽车更新申请数量"], **FLOW,
     note="applications for the car trade-in subsidy (one per vehicle, classifier 辆)")
fact("带动汽车销售超千亿元", "千亿元", value=1e11, unit="CNY", kind="amount", bound="gt",
     metric="带动汽车销售",
     metric_alts=["汽车销售", "汽车销售额", "带动汽车销售额", "以旧换新带动汽车销售"], **FLOW,
     note="超 → gt; 千亿元 = 1e11 (SPEC §3)")
fact("促消费活动600余场", "600余场", value=600, unit="count", kind="count", bound="gt",
     classifier="场", metric="省市联办促消费活动",
     metric_alts=["促消费活动", "省市联办促消费活动场次", "促消费活动场次", "联办促消费活动"],
     **FLOW, note="余 inside the span → gt")
g.neg("五星级酒店新增", "五星级", "grade label 五星级 (five-star), part of the counted noun, "
      "not a quantity")
fact("五星级酒店新增7家", "7家", value=7, unit="count", kind="count", classifier="家",
     metric="五星级酒店", metric_alts=new("五星级酒店", "新增五星级酒店"), **FLOW,
     note="新增 N: added in 2024; 增量 alts (README §3)")
g.neg("5A级景区新增", "5A级", "A-grade class label (5A级) defining the scenic spots being "
      "counted: part of the count's metric (SPEC §2), not a fact (as cm_qiandongnan_2023)")
fact("总数达到16家", "16家", value=16, unit="count", kind="count", classifier="家",
     metric="5A级景区",
     metric_alts=["5A级旅游景区", "5A级景区数量", "5A级景区总数", "景区"], **STOCK,
     note="总数达到 → the total on the register (a stock): " + STOCK_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-review, as unseen test excerpts are "
    "cut). Part of the document: part 一、2024年工作回顾 (source line 3, outside the excerpt), "
    "the review of 2024 — review items （三）绿色转型实现突破, （四）基础设施加快提升, （五）乡村"
    "振兴深化拓展 and （六）民生福祉持续增进 in full, the lead-in 一年来，着重抓了以下工作： and item "
    "一是扎实抓好重大政策举措落实 (policies, investment, consumption, tourism). Lines 16-25 are "
    "wr_shandong_2025, lines 65-73 wr_shandong_2025_b. Title line, source line and heading "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-20, the delivery date of the report (shared meta: 2025年1月20日在山东省第十四届"
    "人民代表大会第三次会议上; not in the text itself). Place: 山东省 (山东, 全省, 我省 → "
    "alts); the storage projects (肥城, 东营津辉) own their capacities; coastal ports, 中欧班列 "
    "and the province's athletes are alts of 山东省. Periods: no line states a period before "
    "its numbers: the review year 2024 (section frame; period text 一年来, the review's own "
    "word in the excerpt; null as alt); stocks (装机, 核电机组, ranks of capacities and "
    "networks, 通车里程, 内陆港, 累计 中欧班列 / 文明村镇, 高标准农田, 规上企业, coverage rates, "
    "在园幼儿占比, 医养结合机构, 5A级景区总数) → the instant 2024-12-31 with the year and null "
    "as alts; projects under way and zones being built (6个高铁项目, 1598个/1.5万个, 85%) → the "
    "year with the year-end instant as alt; streaks 连续四年 ×2 (2021-2024) and 连续26年 "
    "(1999-2024) → the year, null and the span as alts; 去年9月26日 dates a meeting, not the "
    "figures. Modality: actual throughout (no 预计 in the excerpt). Units: 亿千瓦/万千瓦/兆瓦 → "
    "W; 公里 → m; 亿吨 → t; 亿斤 → t (×0.0005); 万亩 → mu; 万亿元/千亿元 → CNY; 天 → day. "
    "Judgement calls: PM2.5浓度改善5.1% → growth −5.1; 优良天数增加22天 → 优良天数增量 +22 day; "
    "均居全国首位 (four processing capacities) → one rank; 连续26年全国第一 → a 26-year streak "
    "plus rank 1; 城乡低保标准分别增长7%和9% → 城市 / 农村; 8金9银6铜 → three medal counts for "
    "the Olympics and Paralympics together; 2个全国首金 → count 2 (首金 negative); 三批政策清单 "
    "→ count 3 (批); 要素政策赋能清单16条 → count 16 (条); 300兆瓦 / 500兆瓦 → project "
    "capacities (actual, connected in 2024); 居全国第二位 span 第二位. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 单位 (学位授予权单位), 清单 (政策清单, 赋能清单).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：大众新闻客户端)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
