"""Gold annotations for wr_xinjiang_2025_c (2025年新疆政府工作报告, review items (三)-(五)),
lines 15-20 of shared/texts/work_report/wr_xinjiang_2025.txt.

The excerpt corpora/wr_xinjiang_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: review item (三)
(major projects: project investment, roads, railways, power lines, dams, airports), (四)
(consumption: trade-in subsidies, express delivery, logistics, rail freight, tourism,
passenger traffic) and (五) (reform and opening: state firms, private investment, loans,
market entities, the China-Europe (Central Asia) trains, ports, the free trade zone, Central
Asia, the China-Eurasia Expo, foreign visits), each with its heading line.  All of it lies
in part 一、2024年工作回顾 (heading on source line 7, outside the excerpt).  Lines 7-14 and
21-26 are annotated in wr_xinjiang_2025 / wr_xinjiang_2025_b (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xinjiang_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_xinjiang_2025_c"
PLACE = "新疆维吾尔自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xinjiang_2025.txt"
FIRST, LAST = 15, 20                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年新疆政府工作报告"
XJ_ALTS = ["新疆", "全疆", "自治区", "全区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="(三)重大项目加快布局建设",
                 ends="合作伙伴越来越多!")
text = g.text
fact = g.with_subject(PLACE, XJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
EDITION_NOTE = "edition label of an event ({}), not a rank or count"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
ORDINAL_NAME_NOTE = "ordinal inside a project's name ({}), not a count or rank"
ROAD_NOTE = "road number {} (a designation), not a quantity"
APPOS_NOTE = ("appositive {} 'the … just named' (the countries or provinces named as a group), "
              "not a quantity claim (as 五地州 in wr_xinjiang_2025_b)")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies inside part 一、2024年工作回顾 (heading on source line 7, outside the
# excerpt): the review of 2024.  Lines state no period of their own before their numbers,
# except 全年 in line 4 (全年铁路货物发送量…, once more 全年接待游客…) and line 6 (全年过境中欧
# (中亚)班列…, 全年接待外国政要…).  Numbers before the first 全年 of their line take the review
# year 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31 with the null reading in
# period_alts; the period text is the excerpt's own naming of the review year, 全年 (as
# wr_xinjiang_2025_b).  From 全年 on, the line is explicit (same dates, no alt).  Stocks
# (余额, 登记在册 N 户, 达到 N 个) are the instant 2024-12-31 (with the year, and under the frame
# null, as alts); growth of a stock and levels held or under way in the year (projects being
# built, items in force) → the year with the year end as alt.
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FY = dict(period=Y24)                                   # under an explicit 全年 of the line
FY_STOCK = dict(period=Y24_END, period_alts=[Y24])      # stock under an explicit 全年
FY_LEVEL = dict(period=Y24, period_alts=[Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
LEVEL_NOTE = "a level of the review year 2024; the year-end reading as alt"
FY_NOTE = "全年 (= 2024) stands earlier in the line and governs the clause (explicit)"


# ==== line 1 (source 15): heading (三) ========================================================
g.neg("(三)重大项目", "(三)", MARKER_NOTE)
g.neg("为构建基础设施“十张网”", "十张网", LABEL_NOTE + " (“十张网”: the region's ten "
      "infrastructure networks named as a group), not a count")

# ==== line 2 (source 16): (三) major projects =================================================
g.neg("健全“十大机制”", "十大", SET_LABEL_NOTE + " (“十大机制”)")
g.neg("落实“六重清单”", "六重", LABEL_NOTE + " (“六重清单”, the six lists of key projects), "
      "not a count")
g.neg("自治区“千百亿”重大工程", "千百亿", LABEL_NOTE + " (“千百亿”重大工程, the programme "
      "name), not an amount")
g.neg("和基础设施“十张网”建设", "十张网", LABEL_NOTE + " (“十张网”)")
fact("完成重点项目投资3557亿元", "3557亿元", value=3557e8, unit="CNY", kind="amount",
     metric="重点项目投资",
     metric_alts=["完成重点项目投资", "重点项目完成投资", "重点项目投资额", "重点项目完成投资额"],
     **FLOW, note="完成 → eq; investment of the review year; section frame 2024, null as alt")
g.neg("“疆电外送”第四通道", "第四", ORDINAL_NAME_NOTE.format("“疆电外送”第四通道, the fourth "
      "power-export corridor"))
TAE = dict(subject="塔额750千伏输变电工程",
           subject_alts=["塔额输变电工程", "塔额750千伏输变电", PLACE] + XJ_ALTS)
fact("塔额750千伏", "750千伏", value=750, unit="千伏", kind="amount", metric="电压等级",
     metric_alts=["电压", "输变电电压等级", "输电电压"], **TAE,
     modality="target", period=None, period_alts=[Y24],
     note="technical magnitude in the project's name (SPEC §1; as the 500千伏 of the 张家坝 "
          "substation in wr_chongqing_2025_b): the voltage class; 千伏 has no canonical unit → "
          "kept as written; construction only started in 2024 (开工建设) → target while being "
          "built, no horizon stated → period null, the review year as alt")
g.neg("等一批重点项目开工建设", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("G219昭苏至温宿公路", "G219", ROAD_NOTE.format("G219 (national highway 219)"))
g.neg("等一批重点项目建成投运", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
TW = dict(subject="塔城至乌苏750千伏输变电工程",
          subject_alts=["塔城至乌苏输变电工程", "塔城至乌苏750千伏输变电", PLACE] + XJ_ALTS)
fact("塔城至乌苏750千伏", "750千伏", value=750, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "输变电电压等级", "输电电压"], **TW, **FLOW,
     note="technical magnitude in the project's name (as the 1000千伏 of the 川渝 UHV line in "
          "wr_chongqing_2025): the voltage class, kept in 千伏; the line was completed and "
          "put into operation (建成投运) in 2024 → actual, the review year")
g.neg("“疆电外送”第三通道", "第三", ORDINAL_NAME_NOTE.format("“疆电外送”第三通道, the third "
      "power-export corridor"))
g.neg("一大批重大交通", "一大批", VAGUE_NOTE.format("一大批 'a great many' (SPEC §1)"))

# ==== line 3 (source 17): heading (四) ========================================================
g.neg("(四)社会消费", "(四)", MARKER_NOTE)

# ==== line 4 (source 18): (四) consumption ====================================================
g.neg("自治区“两新”政策", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")
fact("下达补贴资金53.4亿元", "53.4亿元", value=53.4e8, unit="CNY", kind="amount",
     metric="补贴资金",
     metric_alts=["下达补贴资金", "“两新”补贴资金", "两新补贴资金", "“两新”政策补贴资金",
                  "下达“两新”补贴资金"], **FLOW,
     note="the subsidies of the trade-in policy (两新) issued in 2024")
fact("带动消费188亿元", "188亿元", value=188e8, unit="CNY", kind="amount",
     metric="消费品以旧换新带动消费",
     metric_alts=["以旧换新带动消费", "带动消费", "消费品以旧换新直接带动消费",
                  "以旧换新带动消费额"], **FLOW, note="metric as in wr_yunnan_2025")
g.neg("央视《三餐四季》", "三餐四季", "title of a TV series (《三餐四季》), not a quantity")
fact("快递业务量增长39.2%", "39.2%", value=39.2, unit="%", kind="growth",
     metric="快递业务量", metric_alts=["快递业务", "快递量", "快递业务总量"], comparison="yoy",
     **FLOW)
fact("和16个区域物流枢纽", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="区域物流枢纽",
     metric_alts=["区域物流枢纽数量", "加快建设的区域物流枢纽", "在建区域物流枢纽", "物流枢纽"],
     **LEVEL, note="hubs whose construction was sped up in 2024 (under way) → actual, "
                   + LEVEL_NOTE)
g.neg("全年铁路货物发送量", "全年", PERIOD_NOTE + " (= 2024, explicit: governs the rest of "
      "the line)")
RAILF = ["铁路货物发送量", "铁路货运量", "铁路货物发送"]
fact("发送量2.37亿吨", "2.37亿吨", value=2.37e8, unit="t", kind="amount",
     metric="铁路货物发送量", metric_alts=RAILF[1:], **FY, note=FY_NOTE)
fact("2.37亿吨、增长10.6%", "10.6%", value=10.6, unit="%", kind="growth",
     metric="铁路货物发送量", metric_alts=RAILF[1:], comparison="yoy", **FY, note=FY_NOTE)
fact("增速位居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="铁路货物发送量增速",
     metric_alts=["铁路货物发送量增长", "铁路货运量增速", "增速", "铁路货物发送量"], **FY,
     note="位居全国第一 → rank 1 of the growth rate (增速), scope 全国; " + FY_NOTE)
g.neg("高质量发展三年行动", "三年", PLAN3_NOTE + " (旅游业高质量发展三年行动)")
g.neg("等一批优秀作品", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("S101天山地理画廊", "S101", ROAD_NOTE.format("S101 (provincial road 101)"))
g.neg("5A级景区达到", "5A级", "A-grade class label (5A级) defining the scenic areas counted, "
      "part of the metric (as cm_qiandongnan_2023)")
fact("景区达到18个", "18个", value=18, unit="count", kind="count", classifier="个",
     metric="5A级景区",
     metric_alts=["5A级旅游景区", "5A级景区数量", "国家5A级旅游景区", "5A级景区总数"],
     **FY_STOCK,
     note="达到 → the number reached (a register, stock): the instant at the end of the "
          "explicit 全年 (2024-12-31), the year as alt")
AIR = ["机场旅客吞吐量人次", "旅客吞吐量", "民航旅客吞吐量"]
fact("机场旅客吞吐量4854.4万人次", "4854.4万人次", value=48544000, unit="count",
     kind="count", classifier="人次", metric="机场旅客吞吐量", metric_alts=AIR, **FY,
     note="人次 is a classifier (SPEC §3); " + FY_NOTE)
fact("4854.4万人次、增长18.5%", "18.5%", value=18.5, unit="%", kind="growth",
     metric="机场旅客吞吐量", metric_alts=AIR, comparison="yoy", **FY)
RAILP = ["铁路旅客发送人数", "铁路客运量", "铁路旅客发送"]
fact("铁路旅客发送量5079.7万人", "5079.7万人", value=50797000, unit="count", kind="count",
     classifier="人", metric="铁路旅客发送量", metric_alts=RAILP, **FY, note=FY_NOTE)
fact("5079.7万人、增长14.1%", "14.1%", value=14.1, unit="%", kind="growth",
     metric="铁路旅客发送量", metric_alts=RAILP, comparison="yoy", **FY)
fact("增速居全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
     metric="铁路旅客发送量增速",
     metric_alts=["铁路旅客发送量增长", "铁路客运量增速", "增速", "铁路旅客发送量"], **FY,
     note="judgement call: 增速居全国第二 follows 铁路旅客发送量…增长14.1% directly → the rank of "
          "that growth rate (the airport figure before it is the other reading); " + FY_NOTE)
g.neg("全年接待游客", "全年", PERIOD_NOTE + " (= 2024, repeated; explicit)")
TOUR_NOTE = "分别: 接待游客 ↔ 14%, 游客花费 ↔ 21% (和)"
fact("接待游客突破3亿人次", "3亿人次", value=3e8, unit="count", kind="count",
     classifier="人次", bound="gt", metric="接待游客",
     metric_alts=["接待游客人次", "游客接待量", "接待游客数量", "游客人次"], **FY,
     note="突破 → gt (outside the span); " + FY_NOTE)
fact("游客花费3595.42亿元", "3595.42亿元", value=3595.42e8, unit="CNY", kind="amount",
     metric="游客花费", metric_alts=["旅游花费", "游客总花费", "旅游总花费", "旅游收入"], **FY)
fact("分别增长14%", "14%", value=14, unit="%", kind="growth", metric="接待游客",
     metric_alts=["接待游客人次", "游客接待量", "接待游客数量", "游客人次"], comparison="yoy",
     **FY, note=TOUR_NOTE)
fact("14%和21%", "21%", value=21, unit="%", kind="growth", metric="游客花费",
     metric_alts=["旅游花费", "游客总花费", "旅游总花费", "旅游收入"], comparison="yoy", **FY,
     note=TOUR_NOTE)

# ==== line 5 (source 19): heading (五) ========================================================
g.neg("(五)重点领域", "(五)", MARKER_NOTE)

# ==== line 6 (source 20): (五) reform and opening ==============================================
fact("标检等3家", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="专业化产业公司",
     metric_alts=["组建专业化产业公司", "专业化产业公司数量", "新组建专业化产业公司",
                  "专业化产业公司增量", "产业公司"], **FLOW,
     note="judgement call: firms formed (组建) in 2024, 医药、环保、标检等 naming their lines → a "
          "count (as 平煤神马等5家企业 in wr_henan_2025_b); an appositive summary of the list "
          "(negative) is the alternative")
g.neg("“一揽子”推动", "一揽子", "quantifier 一揽子 'package (of measures)', not a quantity")
fact("推介项目120个", "120个", value=120, unit="count", kind="count", classifier="个",
     metric="向民间资本推介项目",
     metric_alts=["推介项目", "向民间资本推介项目数量", "推介项目数量", "向民间资本推介的项目"],
     **FLOW)
fact("总投资753.27亿元", "753.27亿元", value=753.27e8, unit="CNY", kind="amount",
     metric="向民间资本推介项目总投资",
     metric_alts=["推介项目总投资", "总投资", "推介项目投资额", "向民间资本推介项目投资"], **FLOW,
     note="the total investment of the 120 projects promoted in 2024")
LOAN = ["小微企业贷款", "小微企业贷款余额增速", "全疆小微企业贷款余额"]
fact("贷款余额8628.7亿元", "8628.7亿元", value=8628.7e8, unit="CNY", kind="amount",
     metric="小微企业贷款余额", metric_alts=LOAN[::2], **STOCK,
     note="余额 is a stock: " + STOCK_NOTE)
fact("8628.7亿元、增长16.8%", "16.8%", value=16.8, unit="%", kind="growth",
     metric="小微企业贷款余额", metric_alts=LOAN, comparison="yoy", **LEVEL,
     note="growth of a stock over the year (as wr_anhui_2025 科技型企业贷款余额): " + LEVEL_NOTE)
ENT = ["经营主体", "登记在册经营主体", "各类经营主体", "经营主体数量", "登记在册各类经营主体数量"]
fact("经营主体259.47万户", "259.47万户", value=2594700, unit="count", kind="count",
     classifier="户", metric="登记在册各类经营主体", metric_alts=ENT, **STOCK,
     note="a register (登记在册, stock): " + STOCK_NOTE)
fact("259.47万户、增长6.08%", "6.08%", value=6.08, unit="%", kind="growth",
     metric="登记在册各类经营主体", metric_alts=ENT, comparison="yoy", **LEVEL,
     note="growth of a stock over the year: " + LEVEL_NOTE)
g.neg("营商环境优化提升三年行动", "三年", PLAN3_NOTE)
g.neg("实现动态清零", "清零", "清零 'clear to zero' (eliminate), a goal word, not a quantity "
      "(as wr_xinjiang_2025_b)")
fact("筹划近30年", "30年", value=30, unit="year", kind="amount", bound="approx",
     metric="筹划时间",
     metric_alts=["筹划持续时间", "项目筹划时间", "中吉乌铁路项目筹划时间", "筹划年数"],
     subject="中吉乌铁路项目", subject_alts=["中吉乌铁路", PLACE] + XJ_ALTS, **FLOW,
     note="judgement call: the length of the project's planning (a duration, unit year, as the "
          "streaks 连续三年 in wr_xinjiang_2025_b), which ended with the start of construction "
          "in 2024 → the review year, null as alt; 近 → approx (outside the span); the "
          "railway project owns it")
fact("运营票数居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="TIR运输运营票数",
     metric_alts=["TIR运输运营票", "TIR运输票数", "运营票数", "TIR运营票数"],
     subject="喀什集结中心", subject_alts=["喀什TIR集结中心", "喀什", PLACE] + XJ_ALTS, **FLOW,
     note="居全国第一 → rank 1, scope 全国; the 喀什 assembly centre owns the number (README §4), "
          "the region as alt")
g.neg("全年过境中欧", "全年", PERIOD_NOTE + " (= 2024, explicit: governs the rest of the "
      "line)")
TRAIN = ["过境中欧(中亚)班列", "过境中欧班列", "中欧（中亚）班列", "中欧(中亚)班列",
         "中欧班列", "过境中欧(中亚)班列数量"]
fact("班列增长14%", "14%", value=14, unit="%", kind="growth",
     metric="过境中欧（中亚）班列", metric_alts=TRAIN, comparison="yoy", **FY, note=FY_NOTE)
fact("达到1.64万列", "1.64万列", value=16400, unit="count", kind="count", classifier="列",
     metric="过境中欧（中亚）班列", metric_alts=TRAIN, **FY,
     note="达到 → eq; trains run through the region in 2024 (a flow) → the year; 列 is the "
          "classifier; " + FY_NOTE)
fact("占全国一半以上", "一半", value=50, unit="%", kind="share", bound="ge",
     metric="过境中欧（中亚）班列占全国比重",
     metric_alts=["过境中欧(中亚)班列占全国比重", "占全国比重", "过境中欧班列占全国比重",
                  "过境中欧(中亚)班列占全国的比重", "中欧（中亚）班列占全国比重"], **FY,
     note="一半 = 50 % (share), 以上 → ge (outside the span); share of the year's trains. "
          "Known false alarm: the shared check_gold.py may not read 一半 as 50")
fact("始发中欧(中亚)班列1394列", "1394列", value=1394, unit="count", kind="count",
     classifier="列", metric="始发中欧（中亚）班列",
     metric_alts=["始发中欧(中亚)班列", "始发中欧班列", "始发班列", "中欧(中亚)班列始发量"],
     **FY, note="其中 (part of the 1.64万列); " + FY_NOTE)
fact("“天山号”发运562列", "562列", value=562, unit="count", kind="count", classifier="列",
     metric="“天山号”发运",
     metric_alts=["天山号发运", "“天山号”班列", "天山号班列", "“天山号”发运班列",
                  "“天山号”班列发运量"], **FY, note=FY_NOTE)
g.neg("实施新一轮总体发展规划", "一轮", "新一轮 'a new round', not a count")
g.neg("西北五省区首个", "五省区", APPOS_NOTE.format("五省区 (西北五省区, the five north-west "
      "provinces and regions)"))
g.neg("西北五省区首个", "首个", FIRST_NOTE)
FTZ = dict(subject="自贸试验区",
           subject_alts=["新疆自贸试验区", "中国（新疆）自由贸易试验区", "自由贸易试验区",
                         "新疆自由贸易试验区", PLACE] + XJ_ALTS)
FTZ_NOTE = "the free trade zone owns its number (README §4, as the parks in wr_yunnan_2025)"
fact("129项改革任务", "129项", value=129, unit="count", kind="count", classifier="项",
     metric="改革任务",
     metric_alts=["改革任务数量", "全面铺开的改革任务", "自贸试验区改革任务", "改革试点任务"],
     **FTZ, **FY, note="the reform tasks rolled out in 2024; " + FTZ_NOTE + "; " + FY_NOTE)
fact("典型案例35个", "35个", value=35, unit="count", kind="count", classifier="个",
     metric="省级制度创新成果和典型案例",
     metric_alts=["制度创新成果和典型案例", "省级制度创新成果", "典型案例", "制度创新成果",
                  "形成省级制度创新成果和典型案例"], **FTZ, **FY,
     note="formed in 2024; " + FTZ_NOTE)
fact("新增企业8500余家", "8500余家", value=8500, unit="count", kind="count",
     classifier="家", bound="gt", metric="企业",
     metric_alts=new("企业", "新增企业", "自贸试验区新增企业", "新增企业数量"), **FTZ, **FY,
     note="余 inside the span → gt; 新增 N: firms added in 2024, 增量 alts (README §3); "
          + FTZ_NOTE)
g.neg("开展全疆首个飞机", "首个", FIRST_NOTE)
g.neg("航空口岸首个公用型", "首个", FIRST_NOTE)
g.neg("出访中亚五国", "五国", APPOS_NOTE.format("五国 (中亚五国, the five Central Asian "
      "states)"))
g.neg("中亚国家元首", "元首", "lexicalized 元首 'head of state'; 首 is not a quantity")
g.neg("政府首脑", "首脑", "lexicalized 首脑 'head (of government)'; 首 is not a quantity")
g.neg("签署一系列经贸", "一系列", VAGUE_NOTE.format("一系列 'a series of'"))
g.neg("对中亚五国进出口额", "五国", APPOS_NOTE.format("五国 (中亚五国)") + "; part of the "
      "share's metric")
fact("占全区的67.9%", "67.9%", value=67.9, unit="%", kind="share",
     metric="对中亚五国进出口额占全区比重",
     metric_alts=["对中亚五国进出口额占比", "对中亚五国进出口占全区比重",
                  "对中亚五国进出口额占全区的比重", "对中亚进出口额占比", "对中亚五国进出口额"],
     **FY, note="share of the year's trade; " + FY_NOTE)
g.neg("举办第八届中国—亚欧博览会", "第八届", EDITION_NOTE.format("第八届中国—亚欧博览会"))
fact("签约总金额6155.52亿元", "6155.52亿元", value=6155.52e8, unit="CNY", kind="amount",
     metric="签约总金额",
     metric_alts=["中国—亚欧博览会签约总金额", "亚欧博览会签约总金额", "签约金额", "签约额",
                  "第八届中国—亚欧博览会签约总金额"],
     subject_alts=XJ_ALTS + ["第八届中国—亚欧博览会", "中国—亚欧博览会", "亚欧博览会"], **FY,
     note="judgement call: contracts signed at the expo the region hosted → the region keeps "
          "the subject, the expo as alt; " + FY_NOTE)
g.neg("全年接待外国政要", "全年", PERIOD_NOTE + " (= 2024, repeated; explicit)")
fact("等516批团组", "516批", value=516, unit="count", kind="count", classifier="批",
     metric="接待外国政要、驻华使节、媒体记者、专家学者、企业家等团组",
     metric_alts=["接待团组", "团组", "接待外国团组", "接待外宾团组", "来疆参访团组",
                  "接待外国政要等团组"], **FY,
     note="批 is the classifier (batches of delegations); " + FY_NOTE)
fact("1.06万人次来疆参访", "1.06万人次", value=10600, unit="count", kind="count",
     classifier="人次", metric="来疆参访",
     metric_alts=["来疆参访人次", "来疆参访外宾", "接待外宾", "接待来疆参访人次"], **FY,
     note="人次 is a classifier (SPEC §3); " + FY_NOTE)
fact("组织出访447批", "447批", value=447, unit="count", kind="count", classifier="批",
     metric="组织出访",
     metric_alts=["出访团组", "组织出访团组", "出访批次", "出访"], **FY, note=FY_NOTE)
fact("447批、1955人次", "1955人次", value=1955, unit="count", kind="count",
     classifier="人次", metric="组织出访人次",
     metric_alts=["组织出访", "出访人次", "出访人员", "出访"], **FY, note=FY_NOTE)
g.neg("首次邀请外宾", "首次", FIRST_NOTE + " (首次 'for the first time')")
g.neg("自治区“两会”", "两会", LABEL_NOTE + " (“两会”: the regional people's congress and "
      "political consultative conference)")
g.neg("举办第六届世界媒体峰会", "第六届", EDITION_NOTE.format("第六届世界媒体峰会"))

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_xinjiang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. It lies in part 一、2024年工作回顾 (heading on source line 7, outside "
    "the excerpt), the review of 2024: items (三) (major projects), (四) (consumption, "
    "logistics, tourism, passenger traffic) and (五) (reform and opening), each with its "
    "heading line. Lines 7-14 and 21-26 are annotated in wr_xinjiang_2025 / _b (no overlap). "
    "Title, source line and dateline are outside the excerpt (title_in_text=False; the title "
    "as the source's first line, as wr_xinjiang_2025). Date: 2025-01-19, the delivery date in "
    "the report's header (source line 3: 2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次"
    "会议上); the corpus meta agrees. Place: 新疆维吾尔自治区 (新疆, 全疆, 自治区, 全区 → alts); "
    "owners of their own numbers: the two 750千伏 power-line projects (voltage class), 中吉乌"
    "铁路项目 (planning time), 喀什集结中心 (TIR rank), the free trade zone (129项, 35个, 8500余家); "
    "the China-Eurasia Expo keeps the region (expo as alt). Periods: the review year 2024 is "
    "the section frame (period text 全年, the excerpt's own naming of it, as wr_xinjiang_2025_b; "
    "null as alt) for numbers before the first 全年 of their line; from 全年 on (lines 4 and 6) "
    "the line is explicit (same dates, no alt). Stocks (小微企业贷款余额, 登记在册经营主体, 5A级"
    "景区达到18个) → instant 2024-12-31 (year, and null under the frame, as alts); their growth "
    "and projects under way (16个区域物流枢纽) → the year with the year end as alt. Modality: "
    "actual throughout except 塔额750千伏 (construction started in 2024 → target, period null, "
    "the year as alt). Bounds: 突破 → gt; 余 → gt; 近 → approx; 一半以上 → ge. Units: 亿吨 → t; "
    "万人次/万人/列/批 → counts; 一半 → 50 % (known false alarm: the shared check_gold.py "
    "reads the span 一半 as 1); 千伏 kept (no canonical unit). Judgement calls: 750"
    "千伏 ×2 → voltage facts (as wr_chongqing_2025 / _b); 筹划近30年 → a duration fact (30 year, "
    "approx); 增速居全国第二 → rank of the rail passenger growth; 医药、环保、标检等3家 → a count "
    "(not an appositive); 五国 ×2, 五省区 → appositives (negatives); the expo's 签约总金额 → the "
    "region as subject. Negatives: (三)/(四)/(五), 十张网 ×2, 十大, 六重, 千百亿, 第四, 第三, 一批 "
    "×3, G219, 一大批, 两新, 三餐四季, 全年 ×4, 三年 ×2, S101, 5A级, 一揽子, 清零, 一轮, 五省区, "
    "首个 ×3, 五国 ×2, 元首, 首脑, 一系列, 第八届, 首次, 两会, 第六届. Lexicalized, not listed: 统一 "
    "(统一法人), 进一步, 清单 (六重清单, beside the 六重 negative).")

g.write(date=REF, source=f"shared/texts/work_report/wr_xinjiang_2025.txt lines {FIRST}–{LAST} "
        "(2025年新疆政府工作报告, 来源：新疆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
