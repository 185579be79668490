"""Gold annotations for wr_gansu_2025_b (2025年甘肃省政府工作报告, second excerpt of the 2024
review), lines 15-18 of shared/texts/work_report/wr_gansu_2025.txt.

The excerpt corpora/wr_gansu_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items 四是 (opening up: investment promotion,
foreign trade, routes, foreign firms), 五是 (livelihoods: incomes, poverty relief, labour,
social security, culture, the year's practical projects), the ecology paragraph 良好的生态
环境是最普惠的民生福祉… and 六是 (risks: debt, housing, work safety, ethnic unity, public
order) in full, starting at the heading 四是.  Lines 10-13 are annotated in wr_gansu_2025
(no overlap).  Lines 15-18 make 2,402 characters with about 90 numerals; lines 14-16
(2,057) are as dense but name the review year nowhere, so their facts would carry a period
text that is not in the article, while lines 15-18 name it 年度 (黄河警示片年度整改任务,
line 3 of the excerpt); lines 14-17 (2,504) pass 2,500.  Facts and negatives are written
by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_gansu_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_gansu_2025_b"
PLACE = "甘肃省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_gansu_2025.txt"
FIRST, LAST = 15, 18                    # 1-based, inclusive, whole lines
TITLE = "2025年甘肃省政府工作报告"       # line 1 of the source, outside the excerpt
GS_ALTS = ["甘肃", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="四是聚力打好扩开放主动战", ends="有力保障了全省现代化建设大局。")
text = g.text
fact = g.with_subject(PLACE, GS_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The excerpt lies in the review of 2024 (source lines 6-21; the report has no heading
# 2024年工作回顾, its detailed review is introduced by 一年来…着重抓了以下工作。, source line
# 11, outside the excerpt).  No line states a period before its numbers (the only time words
# are the streak 连续9年, the basis 1961年以来 and 年度 in 黄河警示片年度整改任务, line 3), so
# every number takes the review year 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31
# with the null reading in period_alts, and the excerpt's own name of that year, 年度, as
# period text (as wr_qinghai_2025 年度; wr_gansu_2025 used 一年来, not in this excerpt).
# Stocks (coverage and enrolment rates, a share of a stock, the per-capita museum rank) are
# the instant 2024-12-31 with the year and null as alts (README §5 stock rule).  The streak
# 连续9年 is a duration governed by the review year, its own span as alt.
Y24 = P("年度", "2024-01-01", "2024-12-31")
Y24_NULL = P("年度", None, None)
Y24_END = P("年度", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"新增{noun}", f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


# ---- line 1 (source 15): 四是 opening up ----------------------------------------------------------
g.neg("四是聚力打好", "四是", MARKER_NOTE)
g.neg("用好“一带一路”最大", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
fact("招商推介33场次", "33场次", value=33, unit="count", kind="count", classifier="场次",
     metric="招商推介",
     metric_alts=["“走出去、请进来”招商推介", "招商推介活动", "招商推介场次", "招商推介会"],
     **FLOW, note="the line states no period: section frame 2024 (period text 年度), null as "
                  "alt")
g.neg("中国民营企业500强", "500强", "list name 中国民营企业500强 (the event presents the "
      "list), not a measured rank or count (as 500强 in wr_gansu_2025)")
CSOE = ["新签合作项目投资额", "与央企合作项目投资额", "央企合作项目投资额", "合作项目投资额",
        "与央企新签合作项目投资"]
fact("投资额2248亿元", "2248亿元", value=2248e8, unit="CNY", kind="amount",
     metric="与央企新签合作项目投资额", metric_alts=CSOE, **FLOW)
fact("2248亿元、增长56%", "56%", value=56, unit="%", kind="growth",
     metric="与央企新签合作项目投资额", metric_alts=CSOE, comparison="yoy", **FLOW)
INV = ("分别: 招商引资签约金额 ↔ 1.15万亿元 / 13.1%, 到位资金 ↔ 7969.9亿元 / 33.7%")
SIGN = ["签约金额", "招商引资签约额", "招商引资签约资金"]
ARR = ["到位资金", "招商引资到位资金额", "招商引资资金到位"]
fact("签约金额1.15万亿元", "1.15万亿元", value=1.15e12, unit="CNY", kind="amount",
     metric="招商引资签约金额", metric_alts=SIGN, **FLOW,
     note="万亿元 = 1e12; " + INV)
fact("到位资金7969.9亿元", "7969.9亿元", value=7969.9e8, unit="CNY", kind="amount",
     metric="招商引资到位资金", metric_alts=ARR, **FLOW, note="head 招商引资 restored")
fact("分别增长13.1%", "13.1%", value=13.1, unit="%", kind="growth",
     metric="招商引资签约金额", metric_alts=SIGN, comparison="yoy", **FLOW, note=INV)
fact("13.1%、33.7%", "33.7%", value=33.7, unit="%", kind="growth",
     metric="招商引资到位资金", metric_alts=ARR, comparison="yoy", **FLOW, note=INV)
TRADE = ["外贸进出口", "进出口额", "进出口总额", "外贸进出口总额", "外贸进出口总值"]
fact("外贸进出口额615.4亿元", "615.4亿元", value=615.4e8, unit="CNY", kind="amount",
     metric="外贸进出口额", metric_alts=TRADE, **FLOW)
fact("615.4亿元、增长25.2%", "25.2%", value=25.2, unit="%", kind="growth",
     metric="外贸进出口额", metric_alts=TRADE, comparison="yoy", **FLOW)
fact("增速居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="外贸进出口额增速",
     metric_alts=["外贸进出口额", "外贸进出口增速", "增速", "进出口增速"], **FLOW,
     note="rank of the growth rate 25.2% among the provinces")
g.neg("对共建“一带一路”国家", "一带一路", "initiative name 一带一路 (in 共建“一带一路”国家, "
      "the partner set), not a quantity")
BRI = ["对共建“一带一路”国家进出口", "对共建一带一路国家进出口额", "对“一带一路”国家进出口额",
       "对共建“一带一路”国家进出口总额"]
fact("国家进出口额增长27.7%", "27.7%", value=27.7, unit="%", kind="growth",
     metric="对共建“一带一路”国家进出口额", metric_alts=BRI, comparison="yoy", **FLOW)
fact("27.7%、占比77%", "77%", value=77, unit="%", kind="share",
     metric="对共建“一带一路”国家进出口额占比",
     metric_alts=["对共建一带一路国家进出口额占比", "对共建“一带一路”国家进出口占比",
                  "对共建“一带一路”国家进出口额占外贸进出口额比重", "占比"], **FLOW,
     note="share of the province's trade of the year")
g.neg("首发中欧中亚图定班列", "首发", "first run (首发 'maiden departure'), not a rank or "
      "count (as wr_chongqing_2025)")
fact("新开通4条国际货运包机航线", "4条", value=4, unit="count", kind="count",
     classifier="条", metric="国际货运包机航线",
     metric_alts=added("国际货运包机航线", "新开通国际货运包机航线", "货运包机航线"), **FLOW,
     note="opened in 2024; " + NEW_NOTE)
fact("货运量增长97.6%", "97.6%", value=97.6, unit="%", kind="growth", metric="货运量",
     metric_alts=["航空货运量", "国际货运量", "国际航空货运量", "国际货运包机航线货运量",
                  "航空货邮吞吐量"], comparison="yoy", **FLOW,
     note="judgement call: metric as written (货运量); the sentence is about air cargo (the "
          "new charter routes), so air-cargo phrasings are alts")
fact("新建运营海外仓6个", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="海外仓", metric_alts=added("海外仓", "新建运营海外仓", "新建海外仓"), **FLOW)
fact("进出口实绩企业139家", "139家", value=139, unit="count", kind="count", classifier="家",
     metric="进出口实绩企业",
     metric_alts=added("进出口实绩企业", "有进出口实绩企业", "新增有进出口实绩企业"), **FLOW,
     note=NEW_NOTE)
fact("新入驻企业445家", "445家", value=445, unit="count", kind="count", classifier="家",
     metric="新入驻企业",
     metric_alts=["入驻企业", "入驻企业增量", "新入驻企业数量", "跨境电商公共服务平台新入驻企业"],
     subject="兰州、天水跨境电商公共服务平台",
     subject_alts=["跨境电商公共服务平台", "兰州、天水", "兰州", "天水", PLACE] + GS_ALTS,
     **FLOW, note="the platforms own the firms that moved in during 2024")
fact("新增国际友城3对", "3对", value=3, unit="count", kind="count", classifier="对",
     metric="国际友城", metric_alts=added("国际友城", "国际友好城市", "友好城市"), **FLOW,
     note=NEW_NOTE + "; 对 'pair' is the measure word")
fact("新设外资企业66家", "66家", value=66, unit="count", kind="count", classifier="家",
     metric="新设外资企业",
     metric_alts=["外资企业", "新设外商投资企业", "外资企业增量", "新设外资企业数量"], **FLOW)
fact("利用外资8619万美元", "8619万美元", value=8619e4, unit="USD", kind="amount",
     metric="实际利用外资", metric_alts=["实际使用外资", "利用外资", "外资"], **FLOW,
     note="美元 → ISO code USD (SPEC §3)")

# ---- line 2 (source 16): 五是 livelihoods -------------------------------------------------------
g.neg("五是聚力打好", "五是", MARKER_NOTE)
g.neg("11类民生支出", "11类", "name of the budget aggregate 11类民生支出 (the eleven "
      "livelihood spending categories), part of the share's metric, not a count claim "
      "(as 10种有色金属 in wr_yunnan_2025)")
fact("一般公共预算支出80.2%", "80.2%", value=80.2, unit="%", kind="share",
     metric="11类民生支出占一般公共预算支出比重",
     metric_alts=["民生支出占一般公共预算支出比重", "民生支出占比",
                  "11类民生支出占一般公共预算支出", "民生支出占一般公共预算支出的比重",
                  "11类民生支出占比"], **FLOW,
     note="share of the year's spending (a flow) → the year")
INC = "rank of the growth rate among the provinces (增速居全国第3位)"
ALL = ["居民人均可支配收入", "全体居民人均可支配收入增速", "人均可支配收入", "居民收入"]
fact("可支配收入增长6.4%", "6.4%", value=6.4, unit="%", kind="growth",
     metric="全体居民人均可支配收入", metric_alts=ALL, comparison="yoy", **FLOW)
fact("6.4%、增速居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="全体居民人均可支配收入增速",
     metric_alts=["全体居民人均可支配收入", "居民人均可支配收入增速", "增速"], **FLOW, note=INC)
URB = ["城镇居民收入", "城镇居民人均可支配收入增速", "城镇居民可支配收入"]
fact("城镇居民人均可支配收入增长5%", "5%", value=5, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW)
fact("5%、增速居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="城镇居民人均可支配收入增速",
     metric_alts=["城镇居民人均可支配收入", "增速"], **FLOW, note=INC)
RUR = ["农村居民收入", "农村居民人均可支配收入增速", "农村居民可支配收入"]
fact("农村居民人均可支配收入增长7.4%", "7.4%", value=7.4, unit="%", kind="growth",
     metric="农村居民人均可支配收入", metric_alts=RUR, comparison="yoy", **FLOW)
fact("7.4%、增速居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="农村居民人均可支配收入增速",
     metric_alts=["农村居民人均可支配收入", "增速"], **FLOW, note=INC)
g.neg("“一键报贫”机制", "一键", "label 一键(报贫) ('one-click'), not a quantity (README §2 "
      "一键启动)")
MON = ("监测对象 identified through the mechanism in 2024 (识别, a flow), counted in "
       "households and in people")
fact("识别监测对象3.2万户", "3.2万户", value=32000, unit="count", kind="count",
     classifier="户", metric="监测对象",
     metric_alts=["识别监测对象", "监测对象户数", "防止返贫监测对象", "监测对象数量"],
     subject_alts=GS_ALTS + ["“一键报贫”机制"], **FLOW, note=MON)
fact("3.2万户14.9万人", "14.9万人", value=149000, unit="count", kind="count",
     classifier="人", metric="监测对象",
     metric_alts=["识别监测对象", "监测对象人数", "防止返贫监测对象", "监测对象数量"],
     subject_alts=GS_ALTS + ["“一键报贫”机制"], **FLOW, note=MON)
fact("风险消除率68.6%", "68.6%", value=68.6, unit="%", kind="share", metric="风险消除率",
     metric_alts=["监测对象风险消除率", "返贫致贫风险消除率"], **STOCK,
     note="share of the monitored households whose risk was removed (a share of a stock): "
          + STOCK_NOTE)
fact("衔接资金的62%", "62%", value=62, unit="%", kind="share",
     metric="衔接资金用于产业发展比重",
     metric_alts=["衔接资金用于产业发展的比重", "衔接资金用于产业发展比例",
                  "衔接资金用于产业发展占比", "衔接资金用于产业发展", "衔接资金"], **FLOW,
     note="share of the year's 衔接资金 (funds linking poverty relief and rural "
          "revitalisation) spent on industries")
AID = GS_ALTS + ["东部协作省份和中央定点帮扶单位", "东部协作省份", "中央定点帮扶单位"]
AID_NOTE = ("judgement call: received by the province (its review) → the province keeps the "
            "subject; the donors (东部协作省份和中央定点帮扶单位) as alts")
fact("援助资金38.8亿元", "38.8亿元", value=38.8e8, unit="CNY", kind="amount",
     metric="援助资金",
     metric_alts=["东部协作省份和中央定点帮扶单位援助资金", "帮扶资金", "东西部协作援助资金",
                  "援助资金额"], subject_alts=AID, **FLOW, note=AID_NOTE)
fact("消费帮扶94.9亿元", "94.9亿元", value=94.9e8, unit="CNY", kind="amount",
     metric="消费帮扶",
     metric_alts=["消费帮扶金额", "东部协作省份和中央定点帮扶单位消费帮扶", "消费帮扶额"],
     subject_alts=AID, **FLOW, note=AID_NOTE)
fact("采购金额11.4亿元", "11.4亿元", value=11.4e8, unit="CNY", kind="amount",
     metric="“央地携手·富民兴陇”消费帮扶聚力行动采购金额",
     metric_alts=["央地携手·富民兴陇消费帮扶聚力行动采购金额", "消费帮扶聚力行动采购金额",
                  "采购金额", "“央地携手·富民兴陇”采购金额"], **FLOW)
fact("富余劳动力519.2万人", "519.2万人", value=5192000, unit="count", kind="count",
     classifier="人", metric="输转城乡富余劳动力",
     metric_alts=["城乡富余劳动力输转", "输转劳动力", "劳动力输转", "输转城乡富余劳动力人数"],
     **FLOW)
fact("劳务收入1637.5亿元", "1637.5亿元", value=1637.5e8, unit="CNY", kind="amount",
     metric="劳务收入", metric_alts=["输转劳动力劳务收入", "劳务输转收入", "创劳务收入"],
     **FLOW)
fact("为5.58万名农民工", "5.58万名", value=55800, unit="count", kind="count",
     classifier="名", metric="追回工资的农民工",
     metric_alts=["农民工", "追回欠薪的农民工", "农民工人数", "追回工资农民工"], **FLOW,
     note="the workers for whom wages were recovered in 2024 (the predicate defines the "
          "counted set → in the metric)")
fact("追回工资7.2亿元", "7.2亿元", value=7.2e8, unit="CNY", kind="amount",
     metric="追回工资",
     metric_alts=["为农民工追回工资", "追回农民工工资", "追回欠薪", "追回工资金额"], **FLOW)
fact("帮办实事17.5万件", "17.5万件", value=175000, unit="count", kind="count",
     classifier="件", metric="帮办实事",
     metric_alts=["实事", "帮办实事数量", "“结对帮扶·爱心甘肃”工程帮办实事"], **FLOW)
fact("资助款物4290.2万元", "4290.2万元", value=4290.2e4, unit="CNY", kind="amount",
     metric="资助款物", metric_alts=["资助款物金额", "资助金额", "“结对帮扶·爱心甘肃”工程资助款物"],
     **FLOW)
fact("适老化改造6.7万户", "6.7万户", value=67000, unit="count", kind="count",
     classifier="户", metric="居家适老化改造",
     metric_alts=["完成居家适老化改造", "适老化改造", "居家适老化改造户数"], **FLOW)
fact("改造老旧小区455个", "455个", value=455, unit="count", kind="count", classifier="个",
     metric="老旧小区",
     metric_alts=["改造老旧小区", "老旧小区改造", "老旧小区数量", "老旧小区改造数量"], **FLOW)
INS = ("基本养老 ↔ 98%, 基本医疗保险 ↔ 95% (保险参保率 shared); 稳定在 → the rate held, "
       "a share of a population stock: " + STOCK_NOTE + "; the trailing 以上 read as covering "
       "both values (README §6, as 分别达到93%、94%以上) → ge, ge")
fact("稳定在98%", "98%", value=98, unit="%", kind="share", bound="ge",
     metric="基本养老保险参保率",
     metric_alts=["基本养老参保率", "基本养老保险参保覆盖率", "养老保险参保率"], **STOCK,
     note=INS)
fact("98%和95%", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="基本医疗保险参保率",
     metric_alts=["基本医疗参保率", "医疗保险参保率", "基本医保参保率"], **STOCK,
     note=INS + "; 以上 outside the span")
fact("70个县实现", "70个", value=70, unit="count", kind="count", classifier="个",
     metric="实现五大急危重症救治中心全覆盖的县",
     metric_alts=["县", "五大急危重症救治中心全覆盖县", "实现五大急危重症救治中心全覆盖县",
                  "急危重症救治中心全覆盖的县"], **STOCK,
     note="counties where the coverage holds (a status reached: a stock): " + STOCK_NOTE)
g.neg("五大急危重症", "五大", "set label N大 (五大急危重症救治中心: chest pain, stroke, trauma, "
      "maternal and neonatal centres), part of the metric, not a count claim")
g.neg("国家一级博物馆", "一级", "grade label 一级博物馆 (first-grade museum), not a rank or "
      "count (as 5A级 in other golds)")
fact("一级博物馆6家", "6家", value=6, unit="count", kind="count", classifier="家",
     metric="国家一级博物馆",
     metric_alts=["新晋国家一级博物馆", "一级博物馆", "国家一级博物馆增量",
                  "国家一级博物馆数量"], **FLOW, note="newly rated (新晋) in 2024")
fact("居全国之首", "之首", value=1, unit="rank", kind="rank", scope="全国",
     metric="人均博物馆拥有量",
     metric_alts=["人均博物馆", "人均博物馆数量", "人均博物馆拥有量排名"], **STOCK,
     note="居全国之首 'first in the country' → rank 1 (as 首位 → 1, SPEC §3); span 之首 "
          "without the scope word; museums per head (a stock): " + STOCK_NOTE)
g.neg("荣获“五个一工程”", "五个一工程", "award name “五个一工程”, not a count (as "
      "wr_henan_2025)")
fact("20所县域普通高中", "20所", value=20, unit="count", kind="count", classifier="所",
     metric="县域普通高中",
     metric_alts=["扩优提质县域普通高中", "县域普通高中扩优提质", "县域高中", "县域普通高中数量"],
     **FLOW, note="upgraded (扩优提质) in 2024, a practical project of the year")
fact("增补学位2.8万个", "2.8万个", value=28000, unit="count", kind="count", classifier="个",
     metric="义务教育增补学位",
     metric_alts=["增补学位", "义务教育学位", "学位", "义务教育学位增量"], **FLOW)
fact("周转宿舍1335套", "1335套", value=1335, unit="count", kind="count", classifier="套",
     metric="教师周转宿舍",
     metric_alts=["建成教师周转宿舍", "周转宿舍", "教师周转宿舍数量"], **FLOW)
fact("改造食堂477个", "477个", value=477, unit="count", kind="count", classifier="个",
     metric="食堂", metric_alts=["改造食堂", "食堂改造", "学校食堂", "食堂数量"], **FLOW)
fact("1万名高校毕业生", "1万名", value=10000, unit="count", kind="count", classifier="名",
     metric="高校毕业生基层就业",
     metric_alts=["基层就业高校毕业生", "高校毕业生", "高校毕业生基层就业人数"], **FLOW)
fact("城镇新增就业31.4万人", "31.4万人", value=314000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FLOW)
CARE = "建成投运 distributes over the list: opened in 2024"
fact("投运100个乡镇", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="乡镇综合养老服务中心",
     metric_alts=["建成投运乡镇综合养老服务中心", "综合养老服务中心", "养老服务中心",
                  "乡镇综合养老服务中心数量"], **FLOW, note=CARE)
fact("300个村级互助幸福院", "300个", value=300, unit="count", kind="count",
     classifier="个", metric="村级互助幸福院",
     metric_alts=["建成投运村级互助幸福院", "互助幸福院", "村级互助幸福院数量"], **FLOW,
     note=CARE)
fact("向6097名困难", "6097名", value=6097, unit="count", kind="count", classifier="名",
     metric="发放普通高校入学资助金的困难家庭子女",
     metric_alts=["困难家庭子女", "资助困难家庭子女", "受资助困难家庭子女",
                  "普通高校入学资助困难家庭子女"], **FLOW,
     note="the recipients of the grant in 2024 (the predicate defines the counted set)")
fact("入学资助金5650.4万元", "5650.4万元", value=5650.4e4, unit="CNY", kind="amount",
     metric="普通高校入学资助金",
     metric_alts=["入学资助金", "发放普通高校入学资助金", "高校入学资助金"], **FLOW)
fact("为10323名低保", "10323名", value=10323, unit="count", kind="count", classifier="名",
     metric="免费实施白内障手术的低保困难老年人",
     metric_alts=["低保困难老年人", "免费白内障手术", "白内障手术", "免费实施白内障手术",
                  "白内障手术人数"], **FLOW)
fact("无障碍改造8613户", "8613户", value=8613, unit="count", kind="count",
     classifier="户", metric="困难重度残疾人家庭无障碍改造",
     metric_alts=["无障碍改造", "残疾人家庭无障碍改造", "困难重度残疾人家庭无障碍改造户数"],
     **FLOW)
fact("建成20个残疾人", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="残疾人日间照料服务中心",
     metric_alts=["建成残疾人日间照料服务中心", "日间照料服务中心",
                  "残疾人日间照料服务中心数量"], **FLOW)
fact("为21.5万名城乡妇女", "21.5万名", value=215000, unit="count", kind="count",
     classifier="名", metric="免费开展“两癌”检查的城乡妇女",
     metric_alts=["城乡妇女", "“两癌”检查", "两癌检查", "免费“两癌”检查",
                  "“两癌”检查人数", "城乡妇女“两癌”检查"], **FLOW)
g.neg("“两癌”检查", "两癌", LABEL_NOTE + " (“两癌” 'the two cancers', cervical and breast), "
      "part of the metric")
g.neg("景电二期", "二期", "phase label 二期 (second phase of the 景电 irrigation project), "
      "not a quantity (README §2 一期)")
fact("“水盆子”914个", "914个", value=914, unit="count", kind="count", classifier="个",
     metric="“水盆子”",
     metric_alts=["水盆子", "建成“水盆子”", "“水盆子”数量", "农村水利惠民工程“水盆子”"], **FLOW)
fact("避险搬迁3万户", "3万户", value=30000, unit="count", kind="count", classifier="户",
     metric="生态及地质灾害避险搬迁",
     metric_alts=["避险搬迁", "地质灾害避险搬迁", "完成生态及地质灾害避险搬迁",
                  "避险搬迁户数"], **FLOW)
fact("10.62万群众", "10.62万", value=106200, unit="count", kind="count", classifier="人",
     metric="远离危险的群众",
     metric_alts=["群众", "搬迁群众", "避险搬迁群众", "生态及地质灾害避险搬迁人数",
                  "避险搬迁人口"], **FLOW,
     note="the people moved out of danger by the relocation of 2024; no measure word "
          "written → classifier 人 (as wr_chongqing_2025 95万低保和特困人员)")

# ---- line 3 (source 17): ecology ------------------------------------------------------------------
g.neg("黄河首曲湿地", "首曲", NAME_NOTE.format("黄河首曲, 'the first bend' of the Yellow "
      "River, a place name"))
YR = GS_ALTS + ["黄河流域甘肃段", "黄河甘肃段"]
fact("水质优良比例98.2%", "98.2%", value=98.2, unit="%", kind="share",
     metric="黄河流域甘肃段水质优良比例",
     metric_alts=["水质优良比例", "黄河流域水质优良比例", "黄河甘肃段水质优良比例",
                  "水质优良断面比例"], subject_alts=YR, **FLOW,
     note="share of good-quality sections over the year's assessment (as wr_chongqing_2025 "
          "国控断面水质优良比例); the river section keeps the province as subject (README §4)")
fact("水质连续9年达到", "9年", value=9, unit="year", kind="amount",
     metric="干流出境断面水质达到Ⅱ类持续时间",
     metric_alts=["干流出境断面水质连续达到Ⅱ类", "干流出境断面水质达到Ⅱ类年数",
                  "水质连续达到Ⅱ类", "连续达到Ⅱ类持续时间", "干流出境断面水质"],
     subject_alts=YR + ["黄河干流出境断面"],
     period=Y24, period_alts=[Y24_NULL, P("连续9年", "2016-01-01", "2024-12-31")],
     note="length of the streak 连续9年 (a duration, unit year, as wr_gansu_2025 连续三年) — "
          "judgement call; the streak ends in the review year (alt 2016-2024)")
g.neg("达到Ⅱ类。", "Ⅱ类", "water-quality class label (GB 3838 grade), not a quantity (as "
      "wr_henan_2025)")
fact("综合治理1370.6万亩", "1370.6万亩", value=1370.6e4, unit="mu", kind="amount",
     metric="国土绿化综合治理",
     metric_alts=["完成国土绿化综合治理", "国土绿化", "国土绿化综合治理面积", "国土绿化面积"],
     **FLOW)
g.neg("“三北”工程", "三北", "programme name “三北” (the Three-North shelterbelt), not a "
      "quantity")
fact("综合治理项目53个", "53个", value=53, unit="count", kind="count", classifier="个",
     metric="林草沙综合治理项目",
     metric_alts=["实施林草沙综合治理项目", "综合治理项目", "林草沙综合治理项目数量"], **FLOW)
fact("提高1.3个百分点", "1.3个百分点", value=1.3, unit="pp", kind="change",
     metric="空气质量优良天数比率",
     metric_alts=["优良天数比率", "空气质量优良天数比例", "空气优良天数比率"],
     comparison="yoy", **FLOW, note="pp change of a rate against 2023 → yoy")
fact("优良水体比例98.6%", "98.6%", value=98.6, unit="%", kind="share",
     metric="地表水国考断面优良水体比例",
     metric_alts=["优良水体比例", "国考断面优良水体比例", "地表水优良水体比例",
                  "地表水国考断面水质优良比例"], **FLOW)
g.neg("黄河警示片年度整改任务", "年度", PERIOD_NOTE + " (年度 = 2024, the period text of "
      "this excerpt's section frame)")
fact("黄河流域4市州", "4市州", value=4, unit="count", kind="count", classifier="市州",
     metric="开展省级环保督察的市州",
     metric_alts=["市州", "黄河流域市州", "省级环保督察市州", "省级环保督察",
                  "黄河流域市州省级环保督察"], **FLOW,
     note="the prefectures inspected in 2024; 市州 is measure word and counted noun (as "
          "2县 in wr_gansu_2025)")
fact("新建绿色矿山34座", "34座", value=34, unit="count", kind="count", classifier="座",
     metric="绿色矿山", metric_alts=added("绿色矿山", "新建绿色矿山"), **FLOW)
g.neg("全国首家成规模", "首家", FIRST_NOTE)

# ---- line 4 (source 18): 六是 risks ---------------------------------------------------------------
g.neg("六是聚力打好", "六是", MARKER_NOTE)
fact("高风险机构退出10家", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="退出的高风险机构",
     metric_alts=["高风险机构退出", "监管口径高风险机构退出", "高风险机构", "退出高风险机构",
                  "高风险金融机构退出"], **FLOW, note="institutions that exited in 2024")
PLAT = ["融资平台数量", "融资平台压降", "融资平台个数"]
fact("融资平台压降94户", "94户", value=-94, unit="count", kind="count", classifier="户",
     metric="融资平台增量",
     metric_alts=["融资平台数量增量", "融资平台", "融资平台压降", "压降融资平台",
                  "融资平台压降数量"], **FLOW,
     note="压降 N: absolute change of a level (SPEC §2: 调减77万亩 → negative) → −94, metric "
          "<level>增量; the plain reading (94 platforms cut) as metric alts — judgement call "
          "on the sign (the span writes 94)")
fact("下降35.9%", "35.9%", value=-35.9, unit="%", kind="growth", metric="融资平台",
     metric_alts=PLAT, comparison="yoy", **FLOW, note="下降 → negative value")
fact("交付住房近7万套", "7万套", value=70000, unit="count", kind="count", classifier="套",
     bound="approx", metric="保交房交付住房",
     metric_alts=["交付住房", "保交房交付", "保交房", "保交房交付住房套数"], **FLOW,
     note="近 → approx (outside the span); homes delivered in 2024")
SAFE = ("分别: 生产安全事故起数 ↔ −13.3%, 死亡人数 ↔ −12.1%, 受伤人数 ↔ −25.5%, 直接经济损失 "
        "↔ −24%; 下降 → negative; head 生产安全事故 restored")
fact("分别下降13.3%", "13.3%", value=-13.3, unit="%", kind="growth",
     metric="生产安全事故起数", metric_alts=["安全事故起数", "事故起数", "生产安全事故"],
     comparison="yoy", **FLOW, note=SAFE)
fact("13.3%、12.1%", "12.1%", value=-12.1, unit="%", kind="growth",
     metric="生产安全事故死亡人数", metric_alts=["死亡人数", "事故死亡人数"],
     comparison="yoy", **FLOW, note=SAFE)
fact("12.1%、25.5%", "25.5%", value=-25.5, unit="%", kind="growth",
     metric="生产安全事故受伤人数", metric_alts=["受伤人数", "事故受伤人数"],
     comparison="yoy", **FLOW, note=SAFE)
fact("25.5%、24%", "24%", value=-24, unit="%", kind="growth",
     metric="生产安全事故直接经济损失", metric_alts=["直接经济损失", "事故直接经济损失"],
     comparison="yoy", **FLOW, note=SAFE)
g.neg("1961年以来最强", "1961年", "basis date of a record (1961年以来最强 'the strongest "
      "since 1961'), a period expression, not a fact")
HON = "honoured in 2024 (获…表彰); the award defines the counted set → in the metric"
fact("10家单位", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="获全国民族团结进步模范表彰的单位",
     metric_alts=["单位", "全国民族团结进步模范集体", "获表彰单位",
                  "获全国民族团结进步模范表彰单位"], **FLOW, note=HON)
fact("10名个人", "10名", value=10, unit="count", kind="count", classifier="名",
     metric="获全国民族团结进步模范表彰的个人",
     metric_alts=["个人", "全国民族团结进步模范个人", "获表彰个人",
                  "获全国民族团结进步模范表彰个人"], **FLOW, note=HON)
CRIME = "分别: 刑事案件发案数 ↔ −28%, 治安案件受理数 ↔ −10.6%; 下降 → negative"
fact("分别下降28%", "28%", value=-28, unit="%", kind="growth", metric="刑事案件发案数",
     metric_alts=["刑事案件", "刑事案件发案"], comparison="yoy", **FLOW, note=CRIME)
fact("28%、10.6%", "10.6%", value=-10.6, unit="%", kind="growth", metric="治安案件受理数",
     metric_alts=["治安案件", "治安案件受理"], comparison="yoy", **FLOW, note=CRIME)
g.neg("“双下降”", "双下降", "label “双下降” ('both fell', of cases and losses), no number "
      "of its own")
g.neg("一次性化解率", "一次性", "adverb 一次性 'at the first attempt' inside the metric name, "
      "not a count (as nw_cctv_20160918_heilongjiang_2016)")
fact("化解率达到96.4%", "96.4%", value=96.4, unit="%", kind="share",
     metric="信访事项一次性化解率",
     metric_alts=["一次性化解率", "信访事项化解率", "化解率"], **FLOW,
     note="达到 → eq; the rate of the year's petitions")
g.neg("守护万家灯火", "万家灯火", "idiom 万家灯火 ('the lights of ten thousand homes'), not "
      "a quantity")

NOTES = (
    "Excerpt: lines 15-18 of shared/texts/work_report/wr_gansu_2025.txt (2,402 characters with "
    "the final newline), sliced by code: review items 四是 (opening up), 五是 (livelihoods), "
    "the ecology paragraph (良好的生态环境是最普惠的民生福祉…) and 六是 (risks) in full, from the "
    "heading 四是. Lines 10-13 are annotated in wr_gansu_2025 (no overlap). Lines 14-16 "
    "(2,057) name the review year nowhere, lines 14-17 (2,504) pass 2,500; lines 15-18 name "
    "it 年度 (source line 17). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-20, the delivery "
    "date in the header (source line 3: ——2025年1月20日在甘肃省第十四届人民代表大会第三次会议上); "
    "the corpus meta agrees. Place: 甘肃省 (甘肃, 全省, 我省 → alts); owner of its own number: "
    "兰州、天水跨境电商公共服务平台 (445家); aid received from 东部协作省份和中央定点帮扶单位 and "
    "the Yellow River section keep the province as subject (alts). Periods: no line states a "
    "period before its numbers, so every fact takes the review year 2024 as section frame "
    "(SPEC §4) with the excerpt's own name of it, 年度, as period text and null as alt (as "
    "wr_qinghai_2025). Stocks (风险消除率, 参保率 98%/95%, 70个县 with full coverage, the "
    "per-capita museum rank 之首) → instant 2024-12-31 with the year and null as alts; the "
    "streak 连续9年 → 9 year on the review year, its own span (2016-2024) as alt. Modality: "
    "actual throughout (no 预计, no targets). Units: 1.15万亿元 → 1.15e12 CNY; 8619万美元 → "
    "USD; 万亩 → mu; 10.62万 without a measure word → classifier 人; 4市州 → count with "
    "classifier 市州. Judgement calls: 压降94户 → −94 on 融资平台增量 (SPEC §2 signed change); "
    "98%和95%以上 → ge for both; 居全国之首 → rank 1 (span 之首); 货运量 read as the air cargo of "
    "the new routes (metric as written, air-cargo alts); 11类 (民生支出), 五大 (急危重症救治中心), "
    "一级 (博物馆), 500强 read as labels (negatives); aid amounts keep the recipient province as "
    "subject. Negatives: 四是, 五是, 六是, 一带一路 ×2, 500强, 首发, 11类, 一键, 五大, 一级, "
    "五个一工程, 两癌, 二期, 首曲, Ⅱ类, 三北, 年度, 首家, 1961年, 双下降, 一次性, 万家灯火. "
    "Lexicalized, not listed: 一般 (一般公共预算), 一体化, 单位.")

g.write(date=REF, source=f"shared/texts/work_report/wr_gansu_2025.txt lines {FIRST}–{LAST} "
        "(来源：甘肃日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
