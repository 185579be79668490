"""Gold annotations for wr_china_2017 (2017年中华人民共和国国务院政府工作报告), lines 6-19 of
shared/texts/work_report/wr_china_2017.txt.

The excerpt corpora/wr_china_2017.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the seven headline bullets of 2016 (——经济运行缓中趋稳
… ——人民生活继续改善), the G20 line (我国成功主办二十国集团领导人杭州峰会…), 回顾过去一年，走过
的路很不寻常… (7年来最低), the line 一年来，我们主要做了以下工作。 and review items 一是 (macro
policy: 营改增, debt swap, M2), 二是 (三去一降一补: steel and coal capacity) and 三是 (reform,
with its opening paragraph 积极扩大对外开放: 12个, 7个, 1300多亿美元, 首位).  It is the
number-dense start of the 2016 review (40 facts in 2,349 characters).  The brief allows
source lines 5-30: the heading 一、2016年工作回顾 (line 4) lies outside that range; the
opening 过去一年… (line 5, 268 characters, no fact) would push lines 5-19 to 2,617 and
lines 5-18 (2,418) would trade the opening-up paragraph (4 facts) for it; line 20 (item
四是) would make 2,564.  The 2017 主要预期目标 lie after source line 30, outside the allowed
range, so the excerpt is review only.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2017.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2017"
PLACE = "中国"
REF = "2017-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 19                     # 1-based, inclusive, whole lines
TITLE = "2017年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——经济运行缓中趋稳", ends="继续位居发展中国家首位。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 (README §2), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院 as alts (as wr_china_2016)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2017-03-05; 去年 = 2016, 今年 = 2017) ---------------------------
# The whole excerpt lies in part 一、2016年工作回顾 (heading on source line 4, outside the
# excerpt; source line 5 opens with 过去一年).  Numbers whose line states no period before
# them take the review year 2016 (SPEC §4 section frame): the bullets ——经济运行 (line 6),
# ——经济结构 (9), ——基础设施 (11), ——人民生活 (12) and the opening-up paragraph (19).  The
# excerpt names that year as 过去一年 (回顾过去一年, line 14), used as their period text (as
# wr_hebei_2025 / wr_beijing_2025); null in period_alts.  Explicit periods govern the rest
# of their line: 全年 (lines 7, 10, 17 and line 16 after 去年), 年末 (line 7: the
# unemployment rate and the population, instants 2016-12-31), 去年 (line 16 before 全年,
# line 18).  In line 6 the pair 由上年下降2.3%转为增长8.5%: 上年 (the year before the review
# year, 2015) governs only its own value (SPEC §4); 8.5% takes the frame.  In line 18 the
# 本届政府 target (减少行政审批事项三分之一) is the term's, not 2016's.
Y16 = P("过去一年", "2016-01-01", "2016-12-31")
FLOW = dict(period=Y16, period_alts=[P("过去一年", None, None)])
QY = P("全年", "2016-01-01", "2016-12-31")
FLOW_Q = dict(period=QY, period_alts=[P("全年", None, None)])
LY = P("去年", "2016-01-01", "2016-12-31")
FLOW_LY = dict(period=LY, period_alts=[P("去年", None, None)])
YE = dict(period=P("年末", "2016-12-31", "2016-12-31"),
          period_alts=[P("年末", "2016-01-01", "2016-12-31"), P("年末", None, None)])
FRAME_NOTE = ("no period before it in its line → the review year 2016 (section 一、2016年工作"
              "回顾, period text 过去一年 of line 14), null in period_alts")
Q_NOTE = "全年 (= 2016) governs the rest of the line"

# ---- line 1 (source 6): ——经济运行缓中趋稳、稳中向好 --------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到74.4万亿元", "74.4万亿元", value=74.4e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="达到 → eq; 万亿元 = 1e12; the year's output (a flow); " + FRAME_NOTE)
fact("74.4万亿元，增长6.7%", "6.7%", value=6.7, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy",
     **FLOW, note="名列世界前茅 after it states no rank number")
fact("贡献率超过30%", "30%", value=30, unit="%", kind="share", bound="gt",
     metric="对全球经济增长的贡献率",
     metric_alts=["对全球经济增长贡献率", "对世界经济增长的贡献率", "对世界经济增长贡献率",
                  "全球经济增长贡献率", "贡献率"], **FLOW,
     note="超过 → gt (outside the span); China's share of the world's growth in 2016 (as "
          "wr_china_2018 贡献率超过30%)")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅"]
fact("居民消费价格上涨2%", "2%", value=2, unit="%", kind="growth", metric="居民消费价格",
     metric_alts=CPI, comparison="yoy", **FLOW,
     note="上涨 = growth of the price level (as wr_china_2018)")
PROFIT = ["规模以上工业企业利润", "工业企业利润总额", "规上工业企业利润", "工业利润", "利润"]
fact("由上年下降2.3%", "2.3%", value=-2.3, unit="%", kind="growth", metric="工业企业利润",
     metric_alts=PROFIT, comparison="yoy",
     period=P("上年", "2015-01-01", "2015-12-31"), period_alts=[P("上年", None, None)],
     note="start of a from/to pair (由上年下降X转为增长Y): 上年 inside the pair = the year "
          "before the review year (2015) and governs only its own value (SPEC §4, as "
          "wr_china_1995 由上年的…); 下降 → negative")
fact("转为增长8.5%", "8.5%", value=8.5, unit="%", kind="growth", metric="工业企业利润",
     metric_alts=PROFIT, comparison="yoy", **FLOW,
     note="end of the pair: the growth of 2016 (上年 does not reach it); " + FRAME_NOTE)
fact("能耗下降5%", "5%", value=-5, unit="%", kind="growth", metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位国内生产总值能源消耗", "能源消耗强度"],
     comparison="yoy", **FLOW, note="下降 → negative; 单位 is lexicalized (per unit of GDP)")

# ---- line 2 (source 7): ——就业增长超出预期 ---------------------------------------------------
fact("城镇新增就业1314万人", "1314万人", value=1314e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW_Q, note=Q_NOTE + " until 年末 replaces it")
fact("城镇登记失业率4.02%", "4.02%", value=4.02, unit="%", kind="share",
     metric="城镇登记失业率", metric_alts=["登记失业率", "失业率", "年末城镇登记失业率"],
     **YE,
     note="a rate of a population → share; 年末 (the end of the review year) → the instant "
          "2016-12-31 (as wr_china_2014); the year and null as alts; 为多年来最低 after it "
          "states no number")
fact("13亿多人口", "13亿多", value=13e8, unit="count", kind="count", classifier="人",
     bound="gt", metric="人口", metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     **YE,
     note="judgement call (as wr_china_2018 13亿多人口的大国): the size of the population "
          "(more than 1.3 billion) → a count fact, 多 inside the span → gt, 人 implied; a "
          "stock under the governing 年末 → instant 2016-12-31, the year and null as alts")

# ---- line 3 (source 8): ——改革开放深入推进 (no facts) ---------------------------------------
g.neg("“一带一路”建设进展", "一带一路", "initiative name 一带一路 (Belt and Road)")
g.neg("一批重大工程", "一批", BATCH_NOTE)

# ---- line 4 (source 9): ——经济结构加快调整 ---------------------------------------------------
fact("比重上升到51.6%", "51.6%", value=51.6, unit="%", kind="share",
     metric="服务业增加值占国内生产总值比重",
     metric_alts=["服务业比重", "服务业占国内生产总值比重", "服务业增加值比重",
                  "服务业占GDP比重", "服务业在国内生产总值中的比重", "服务业增加值占GDP比重"],
     **FLOW,
     note="上升到 = the level reached; a share of the year's output (a flow) → the year; "
          + FRAME_NOTE)

# ---- line 5 (source 10): ——发展新动能不断增强 -------------------------------------------------
g.neg("科技领域取得一批", "一批", BATCH_NOTE)
g.neg("大众创业、万众创新广泛", "万众", "slogan 大众创业、万众创新, not a quantity")
fact("新登记企业增长24.5%", "24.5%", value=24.5, unit="%", kind="growth",
     metric="新登记企业",
     metric_alts=["新登记企业数量", "新登记注册企业", "新登记企业数", "新注册企业",
                  "新登记注册企业数量"], comparison="yoy", **FLOW_Q, note=Q_NOTE)
fact("平均每天新增1.5万户", "1.5万户", value=15000, unit="count", kind="count",
     classifier="户", metric="平均每天新增企业",
     metric_alts=["日均新增企业", "每天新增企业", "平均每天新增", "日均新登记企业",
                  "平均每天新登记企业", "平均每天新登记注册企业"], **FLOW_Q,
     note="the elided noun is 新登记企业 (as wr_china_2016 平均每天新增1.2万户); a daily "
          "average over 2016 (全年) → the year")
fact("每天新增4.5万户", "4.5万户", value=45000, unit="count", kind="count", classifier="户",
     metric="每天新增市场主体",
     metric_alts=["各类市场主体每天新增", "市场主体每天新增", "日均新增市场主体",
                  "平均每天新增市场主体", "每天新增各类市场主体", "各类市场主体日均新增"],
     **FLOW_Q,
     note="firms plus 个体工商户 etc. (加上…): all market entities, a daily average over 2016 "
          "(全年) → the year")

# ---- line 6 (source 11): ——基础设施支撑能力持续提升 ---------------------------------------------
fact("投产里程超过1900公里", "1900公里", value=1.9e6, unit="m", kind="amount", bound="gt",
     metric="新建高速铁路投产里程",
     metric_alts=["高速铁路投产里程", "高铁投产里程", "新建高铁投产里程", "高速铁路新增里程",
                  "高速铁路里程增量", "新建高速铁路"], **FLOW,
     note="超过 → gt (outside the span); 公里 = 1e3 m; " + FRAME_NOTE)
ROAD_NOTE = "verb 新建改建 shared by the list (高速公路 6700多公里、农村公路 29万公里); 公里 = 1e3 m"
fact("高速公路6700多公里", "6700多公里", value=6.7e6, unit="m", kind="amount", bound="gt",
     metric="新建改建高速公路",
     metric_alts=["新建改建高速公路里程", "高速公路", "新改建高速公路", "高速公路新建改建里程",
                  "新建高速公路", "高速公路里程增量"], **FLOW,
     note="多 inside the span → gt; " + ROAD_NOTE)
fact("农村公路29万公里", "29万公里", value=2.9e8, unit="m", kind="amount",
     metric="新建改建农村公路",
     metric_alts=["农村公路", "新建改建农村公路里程", "新改建农村公路", "农村公路新建改建里程",
                  "农村公路里程增量"], **FLOW, note=ROAD_NOTE)
fact("重大水利工程21项", "21项", value=21, unit="count", kind="count", classifier="项",
     metric="新开工重大水利工程",
     metric_alts=["重大水利工程", "新开工重大水利工程项目", "重大水利工程新开工",
                  "新开工重大水利工程数量", "开工重大水利工程"], **FLOW, note=FRAME_NOTE)
g.neg("新增第四代移动通信", "第四代", "technology generation label (4G), not a rank (as "
      "wr_china_2014)")
fact("移动通信用户3.4亿", "3.4亿", value=3.4e8, unit="count", kind="count", classifier="户",
     metric="第四代移动通信用户",
     metric_alts=["4G用户", "新增第四代移动通信用户", "第四代移动通信用户增量", "4G用户增量",
                  "第四代移动通信用户数", "第四代移动通信用户数量增量", "移动通信用户"],
     **FLOW,
     note="新增 N: users added in 2016, the noun with the 增量 reading as alts (README §3); "
          "no measure word written → classifier 户 (telephone users are counted in 户 in "
          "the communiqués); " + FRAME_NOTE)
fact("光缆线路550多万公里", "550多万公里", value=5.5e9, unit="m", kind="amount", bound="gt",
     metric="光缆线路",
     metric_alts=["新增光缆线路", "光缆线路长度", "光缆线路增量", "光缆线路长度增量",
                  "新增光缆线路长度"], **FLOW,
     note="verb 新增 shared with 3.4亿; 多 inside the span → gt; 万公里 = 1e7 m")

# ---- line 7 (source 12): ——人民生活继续改善 ---------------------------------------------------
fact("可支配收入实际增长6.3%", "6.3%", value=6.3, unit="%", kind="growth",
     metric="全国居民人均可支配收入",
     metric_alts=["居民人均可支配收入", "人均可支配收入", "居民收入"], comparison="yoy",
     **FLOW, note="实际 = in real terms; " + FRAME_NOTE)
fact("贫困人口减少1240万", "1240万", value=-1240e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "减贫人口", "农村贫困人口减少人数",
                  "贫困人口增量"], **FLOW,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2, as "
          "wr_china_2016); no measure word → 人")
fact("搬迁人口超过240万", "240万", value=240e4, unit="count", kind="count", classifier="人",
     bound="gt", metric="易地扶贫搬迁人口",
     metric_alts=["易地扶贫搬迁", "易地扶贫搬迁人数", "易地搬迁人口", "易地扶贫搬迁人口数"],
     **FLOW, note="超过 → gt (outside the span); no measure word (the noun is 人口) → 人")
fact("住房改造600多万套", "600多万套", value=600e4, unit="count", kind="count",
     classifier="套", bound="gt", metric="棚户区住房改造",
     metric_alts=["棚户区改造", "棚户区改造住房", "棚户区住房改造套数", "棚改"], **FLOW,
     note="多 inside the span → gt")
fact("危房改造380多万户", "380多万户", value=380e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="农村危房改造",
     metric_alts=["农村危房改造户数", "危房改造"], **FLOW, note="多 inside the span → gt")
fact("出境旅游超过1.2亿人次", "1.2亿人次", value=1.2e8, unit="count", kind="count",
     classifier="人次", bound="gt", metric="出境旅游",
     metric_alts=["出境旅游人次", "出境旅游人数", "出境游人次", "出境旅游人次数", "出境游"],
     **FLOW, note="超过 → gt (outside the span); 人次 is a classifier (SPEC §3)")

# ---- line 8 (source 13): G20 (no facts) ------------------------------------------------------
g.neg("二十国集团领导人", "二十国集团", "name of the Group of Twenty (G20 summit in "
      "Hangzhou), not a count")
g.neg("取得一系列开创性", "一系列", "quantifier 一系列")

# ---- line 9 (source 14): 回顾过去一年 (no facts) -----------------------------------------------
g.neg("回顾过去一年", "过去一年", PERIOD_NOTE + " (the review year 2016; the period text of "
      "the review facts without a period of their own)")
g.neg("贸易增速7年来最低", "7年来", PERIOD_NOTE + " (the window of the comparison 7年来最低 "
      "'the lowest in seven years'; no measured value is given, as 6年来 in wr_china_2016)")

# ---- line 10 (source 15) ----------------------------------------------------------------------
g.neg("一年来，我们主要", "一年来", PERIOD_NOTE + " (the review year 2016; its own line, so "
      "it governs nothing after it)")

# ---- line 11 (source 16): 一是 macro policy ----------------------------------------------------
g.neg("一是继续创新", "一是", MARKER_NOTE)
gov("降低企业税负5700多亿元", "5700多亿元", value=5700e8, unit="CNY", kind="amount",
    bound="gt", metric="降低企业税负",
    metric_alts=["企业税负降低", "营改增降低企业税负", "营改增减税", "减税", "降低税负",
                 "减轻企业税负", "企业减税", "营改增试点降低企业税负"], **FLOW_Q,
    note="多 inside the span → gt; the tax cut of the VAT reform (营改增) in 2016: 全年 "
         "replaces the line's 去年 (same year); " + GOV_NOTE)
fact("降低利息负担约4000亿元", "4000亿元", value=4000e8, unit="CNY", kind="amount",
     bound="approx", metric="降低利息负担",
     metric_alts=["利息负担降低", "节约利息", "利息负担", "地方政府利息负担降低",
                  "减少利息支出", "地方政府存量债务置换降低利息负担"],
     subject_alts=CN + GOV + ["地方政府"], **FLOW_Q,
     note="约 → approx (outside the span); interest saved by the swap of local-government "
          "debt (as wr_china_2016 2000亿元): the national programme keeps 中国, the local "
          "and central governments as alts; " + Q_NOTE)
g.neg("广义货币M2增长", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2014)")
M2 = ["M2", "广义货币供应量", "广义货币M2", "M2余额", "广义货币余额", "货币供应量", "M2增速"]
fact("M2增长11.3%", "11.3%", value=11.3, unit="%", kind="growth", metric="广义货币",
     metric_alts=M2, comparison="yoy", period=QY,
     period_alts=[P("全年", None, None), P("全年", "2016-12-31", "2016-12-31")],
     note="the growth of a balance over 2016 (year-end on year-end): the year as in "
          "wr_china_2014, the year-end instant as alt; " + Q_NOTE)
fact("低于13%左右的预期目标", "13%", value=13, unit="%", kind="growth", bound="approx",
     metric="广义货币", metric_alts=M2, modality="target", comparison="yoy", period=QY,
     period_alts=[P("全年", None, None), P("全年", "2016-12-31", "2016-12-31")],
     note="the M2 growth target set for 2016 by last year's report (预期目标) → modality "
          "target, 左右 → approx (outside the span), as the ceiling 百分之十 in wr_china_1995; "
          "the year of the target = 2016 (全年). Known false alarm: the shared check_gold.py "
         "reads 低于 before it as a fall; the value is the target level itself, positive")

# ---- line 12 (source 17): 二是 三去一降一补 -----------------------------------------------------
g.neg("二是着力抓好", "二是", MARKER_NOTE)
g.neg("“三去一降一补”", "三去一降一补", LABEL_NOTE + " (“三去一降一补”: cut capacity, "
      "inventory, leverage; lower costs; shore up weak spots)")
CAP_NOTE = ("超过 → gt (outside the span); capacity closed in 2016 (全年 governs the line): "
            "base unit t, the capacity in the metric (README §3)")
fact("钢铁产能超过6500万吨", "6500万吨", value=6500e4, unit="t", kind="amount", bound="gt",
     metric="退出钢铁产能",
     metric_alts=["钢铁产能", "钢铁去产能", "钢铁产能退出", "退出钢铁产能规模", "去产能钢铁",
                  "钢铁行业去产能"], **FLOW_Q, note=CAP_NOTE)
fact("煤炭产能超过2.9亿吨", "2.9亿吨", value=2.9e8, unit="t", kind="amount", bound="gt",
     metric="退出煤炭产能",
     metric_alts=["煤炭产能", "煤炭去产能", "煤炭产能退出", "退出煤炭产能规模", "去产能煤炭",
                  "煤炭行业去产能"], **FLOW_Q, note="verb 退出 shared; " + CAP_NOTE)
g.neg("降低“五险一金”", "五险一金", LABEL_NOTE + " (“五险一金”, the five social insurances "
      "and the housing fund)")
g.neg("办了一批", "一批", BATCH_NOTE)

# ---- line 13 (source 18): 三是 reform -----------------------------------------------------------
g.neg("三是大力深化", "三是", MARKER_NOTE)
g.neg("推出一批标志性", "一批", BATCH_NOTE)
g.neg("关系这一经济体制", "这一", "demonstrative 这一 'this', not a quantity")
gov("减少行政审批事项三分之一目标", "三分之一", value=-100 / 3, unit="%", kind="growth",
    metric="行政审批事项",
    metric_alts=["国务院部门行政审批事项", "行政审批事项数量", "减少行政审批事项",
                 "本届政府减少行政审批事项"],
    subject_alts=GOV + CN + ["本届政府"], modality="target", comparison="比2012年",
    period=P("本届政府", "2013-01-01", "2017-12-31"),
    period_alts=[P("本届政府", None, None), Y16, P("过去一年", None, None)],
    note="judgement call: the target of the government's term (本届政府, in office since "
         "March 2013) to cut the number of approval items by one third, completed ahead of "
         "time (提前完成…目标): the value is the target → modality target; 三分之一 → 33.33 %, "
         "减少 → negative (as wr_china_2016); the horizon is the term, read as the years "
         "2013-2017 (as wr_china_2018's 五年来), null and the review-year frame as alts; the "
         "basis is the count before the term (not written) → comparison 比2012年 (as the "
         "five-year falls of wr_china_2018). Known false alarm: the shared check_gold.py "
         "reads 三分之一 as 3")
APPROVE_NOTE = "去年 (= 2016) governs the rest of the line; " + GOV_NOTE
gov("又取消165项", "165项", value=165, unit="count", kind="count", classifier="项",
    metric="取消审批事项",
    metric_alts=["取消的审批事项", "国务院部门及其指定地方实施的审批事项",
                 "取消国务院部门及其指定地方实施的审批事项", "审批事项", "行政审批事项",
                 "取消行政审批事项"], **FLOW_LY, note=APPROVE_NOTE)
gov("清理规范192项", "192项", value=192, unit="count", kind="count", classifier="项",
    metric="清理规范审批中介服务事项",
    metric_alts=["审批中介服务事项", "清理规范的审批中介服务事项", "中介服务事项",
                 "清理审批中介服务事项"], **FLOW_LY, note=APPROVE_NOTE)
gov("、220项职业资格", "220项", value=220, unit="count", kind="count", classifier="项",
    metric="清理规范职业资格许可认定事项",
    metric_alts=["职业资格许可认定事项", "清理规范的职业资格许可认定事项",
                 "职业资格许可和认定事项", "清理职业资格许可认定事项"], **FLOW_LY,
    note="verb 清理规范 shared; " + APPROVE_NOTE)
g.neg("“双随机、一公开”", "双随机、一公开", LABEL_NOTE + " (“双随机、一公开” inspection "
      "scheme)")
g.neg("“三权分置”", "三权分置", LABEL_NOTE + " (“三权分置”: the three rights to rural land)")

# ---- line 14 (source 19): 积极扩大对外开放 ------------------------------------------------------
g.neg("推进“一带一路”建设，与", "一带一路", "initiative name 一带一路 (Belt and Road)")
NEW_NOTE = ("新设 N: zones set up in 2016, the noun with the 增量 reading as alts (README §3); "
            + FRAME_NOTE + "; " + GOV_NOTE)
gov("新设12个", "12个", value=12, unit="count", kind="count", classifier="个",
    metric="跨境电子商务综合试验区",
    metric_alts=["新设跨境电子商务综合试验区", "跨境电商综合试验区", "跨境电子商务综合试验区增量",
                 "跨境电子商务综合试验区数量增量", "跨境电子商务综合试验区数量",
                 "跨境电商综试区"], **FLOW, note=NEW_NOTE)
gov("新设7个", "7个", value=7, unit="count", kind="count", classifier="个",
    metric="自贸试验区",
    metric_alts=["新设自贸试验区", "自由贸易试验区", "自贸试验区增量", "自贸试验区数量增量",
                 "自贸试验区数量", "新设自由贸易试验区"], **FLOW, note=NEW_NOTE)
FDI = ["实际利用外资", "利用外资", "外商直接投资"]
fact("实际使用外资1300多亿美元", "1300多亿美元", value=1300e8, unit="USD", kind="amount",
     bound="gt", metric="实际使用外资", metric_alts=FDI, **FLOW,
     note="多 inside the span → gt; 亿美元 → USD; " + FRAME_NOTE)
fact("位居发展中国家首位", "首位", value=1, unit="rank", kind="rank", scope="发展中国家",
     metric="实际使用外资",
     metric_alts=FDI + ["实际使用外资规模", "实际使用外资规模排名", "实际使用外资排名"],
     **FLOW,
     note="首位 → 1 (SPEC §3), scope 发展中国家; the rank of the year's inflow (a flow) → the "
          "year; " + FRAME_NOTE)

negs = [l["provenance"]["text"] for l in g.lines if l.get("negative")]
facts = [l for l in g.lines if not l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the seven headline "
    "bullets of 2016 (——经济运行 … ——人民生活), the G20 line, 回顾过去一年… (7年来最低), "
    "一年来，我们主要做了以下工作。 and review items 一是 (macro policy), 二是 (三去一降一补) and "
    "三是 (reform, with its opening-up paragraph). The brief allows source lines 5-30: the "
    "heading 一、2016年工作回顾 (line 4) is outside that range; adding the opening 过去一年… "
    "(line 5, no fact) would exceed 2,500 characters, and so would item 四是 (line 20); the "
    "2017 主要预期目标 lie after line 30, so the excerpt is review only. Title: the corpus "
    "meta title (the source's first line is 政府工作报告), title_in_text=False. Date: "
    "2017-03-05, the corpus meta date and the source's own dateline (line 2: ——2017年3月5日"
    "在第十二届全国人民代表大会第五次会议上), the opening day of the 5th session of the 12th "
    "NPC; nothing in the excerpt contradicts it (去年 = 2016, the report reviews 2016). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central government's "
    "own acts (营改增 5700多亿元, the approval-item cuts 三分之一/165项/192项/220项, the new "
    "zones 12个/7个) add 中央政府/国务院; the debt swap (4000亿元) adds 地方政府. Periods: the "
    "whole excerpt lies in section 一、2016年工作回顾 (heading outside the excerpt): lines "
    "without a period before their numbers (bullets 经济运行, 经济结构, 基础设施, 人民生活 and "
    "the opening-up paragraph) take the review year 2016 with the period text 过去一年 (the "
    "excerpt's own name for it, line 14; as wr_hebei_2025), null as alt; 全年 governs the "
    "rest of its line (lines 7, 10, 17; in line 16 it replaces 去年, same year); 年末 (line 7) "
    "→ the instant 2016-12-31 for the unemployment rate and the population (year and null "
    "as alts); 去年 governs line 18; in 由上年下降2.3%转为增长8.5% the 上年 (= 2015) governs "
    "only −2.3% (SPEC §4). Modality: actual except the 2016 M2 target (13%左右的预期目标) and "
    "the term target 减少行政审批事项三分之一. Units: 万亿元 1e12; 公里 1e3 m; 亿美元 → USD; "
    "三分之一 → 33.33 %; 首位 → rank 1. Judgement calls: 13亿多人口 → population count "
    "(1.3e9 gt, instant at 年末, as wr_china_2018); 本届政府…三分之一目标 → target −33.33 % "
    "over the term 2013-2017 (review year and null as alts); 3.4亿 4G users → count with "
    "classifier 户; 农村贫困人口减少1240万 → count −1.24e7 (…增量); M2 11.3% → the year "
    "(year-end instant as alt); 二十国集团 and 7年来 → negatives. Known false alarm: the "
    "shared check_gold.py reads 三分之一 as 3 and reads 低于 before the 13% target as a "
    "fall. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 单位 (单位国内生产总值), 十分 (十分不易), 进一步, 统一, 一律, 一定.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
