"""Gold annotations for wr_guangxi_2025 (2025年广西壮族自治区政府工作报告), lines 7-15 of
shared/texts/work_report/wr_guangxi_2025.txt.

The excerpt corpora/wr_guangxi_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、过去一年工作回顾, the opening paragraph
(2024年是中华人民共和国成立75周年…), the headline indicators (初步预计，全区地区生产总值增长
4.2%左右…), the line 一年来…我们主要做了以下工作： and review items (一) (policies, funds,
credit, tourism), (二) (industry, science, services, agriculture), (三) (railways, roads,
ports, water, energy projects), (四) (opening: parks, investment, ports, trade) and (五) (rural
revitalisation) in full.  It is the start of the review and its densest run of numbers
(~110 numerals in 2,350 characters).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangxi_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangxi_2025"
PLACE = "广西壮族自治区"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 7, 15                     # 1-based, inclusive, whole lines
TITLE = "2025年广西政府工作报告"          # the source's first line (as wr_xinjiang_2025)
GX_ALTS = ["广西", "全区", "我区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、过去一年工作回顾", ends="广西万村篮球赛等文体活动丰富多彩。")
text = g.text
fact = g.with_subject(PLACE, GX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLACE_NOTE = "place name {}, not a quantity"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# Line 1 of the excerpt is the heading 一、过去一年工作回顾: the section frame of the whole
# review, 过去一年 = 2024 (the report was delivered on 2025-01-13).  Line 2 opens with 2024年
# but holds no fact.  Lines 3 and 5-9 state no period of their own (初步预计 is a modality,
# not a period): they take the section frame with the heading's period text 过去一年, the
# null reading in period_alts (SPEC §4; as wr_guangdong_2025 过去一年).  Line 4 一年来 is its
# own line and governs nothing.  Stocks (高速公路/高铁里程, 投资完成概算比例, 在建项目投资,
# 普及率提高到) are the instant 2024-12-31 with the literal year and null as alts.  In line 5
# 9月26日…后 and 四季度 belong to the policy-campaign clause; the facts after them keep the
# year with the literal 四季度 inheritance as an alt (as wr_guangdong_2025).  Streaks
# (连续33个榨季, 连续7年) end in the review year: the year as gold, the streak's span as alt.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
Q4 = P("四季度", "2024-10-01", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FLOW_Q4 = dict(period=Y24, period_alts=[Y24_NULL, Q4])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
AFTER_Q4 = ("review fact of 2024 (section frame); 9月26日…后 / 四季度 earlier in the paragraph "
            "belong to the policy-campaign clause, the literal 四季度 inheritance in period_alts "
            "(as wr_guangdong_2025)")
FC = ("初步预计 opens the sentence and governs its list → forecast (the 2024 figures were not "
      "final at delivery on 13 January; as the 预计 lists of wr_beijing_2025 / wr_tianjin_2025)")
NEW_NOTE = "新增 N: added in 2024 (a flow, README §3), 增量 reading in alts"

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("一、过去一年工作回顾", "一、", MARKER_NOTE)
g.neg("一、过去一年工作回顾", "过去一年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ---- line 2: 2024年是… (no facts) -------------------------------------------------------------
g.neg("2024年是中华人民共和国", "2024年", PERIOD_NOTE + " (head of line 2, which holds no fact)")
g.neg("成立75周年", "75周年", "anniversary 75周年 (of the founding of the PRC), an event "
      "label, not a quantity claim (as wr_yunnan_2025)")
g.neg("实现“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("的关键一年", "一年", "'a key year' = 2024, not a duration fact (as wr_yunnan_2025)")
g.neg("国内国际双循环", "双循环", LABEL_NOTE + " (双循环 'dual circulation')")
g.neg("等一系列支持广西", "一系列", "quantifier 一系列 'a series of' (README §2)")

# ---- line 3: headline indicators ---------------------------------------------------------------
# sentence 1: 初步预计 → forecast
GDP_ALTS = ["GDP", "生产总值", "全区地区生产总值", "经济增长"]
fact("地区生产总值增长4.2%左右", "4.2%", value=4.2, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", modality="forecast",
     **FLOW, note=FC + "; 左右 → approx (outside the span); no period in the line → the "
     "section frame 过去一年 (2024), null as alt")
g.neg("，一、二、三产业增加值", "一、二、三产业", "sector names (第一/二/三产业 with a shared "
      "head), ordinal labels, not a rank or count")
SEC_NOTE = "分别: 第一产业 ↔ 4%, 第二产业 ↔ 5.3%, 第三产业 ↔ 3.4%; 增加值 shared; " + FC
fact("分别增长4%", "4%", value=4, unit="%", kind="growth", metric="第一产业增加值",
     metric_alts=["第一产业", "一产增加值"], comparison="yoy", modality="forecast", **FLOW,
     note=SEC_NOTE)
fact("4%、5.3%", "5.3%", value=5.3, unit="%", kind="growth", metric="第二产业增加值",
     metric_alts=["第二产业", "二产增加值"], comparison="yoy", modality="forecast", **FLOW)
fact("5.3%、3.4%", "3.4%", value=3.4, unit="%", kind="growth", metric="第三产业增加值",
     metric_alts=["第三产业", "三产增加值"], comparison="yoy", modality="forecast", **FLOW)
fact("进出口总额增长9.4%", "9.4%", value=9.4, unit="%", kind="growth",
     metric="外贸进出口总额",
     metric_alts=["外贸进出口", "进出口总额", "外贸进出口额", "对外贸易进出口总额"],
     comparison="yoy", modality="forecast", **FLOW, note=FC)
fact("预算收入增长3%", "3%", value=3, unit="%", kind="growth", metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     modality="forecast", **FLOW, note=FC)
fact("粮食产量280.76亿斤", "280.76亿斤", value=280.76e8 * 0.0005, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], modality="forecast", **FLOW,
     note="280.76亿斤 × 0.0005 t = 1.4038e7 t (SPEC §3); last item of the 初步预计 sentence → "
          "forecast")
# sentences 2-5: no 预计 of their own → actual (judgement call)
ACT = ("a new sentence after the 初步预计 list: no 预计 of its own → actual (judgement call: "
       "the forecast reading of the whole paragraph is the alternative)")
fact("工业增加值增长7.5%", "7.5%", value=7.5, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **FLOW, note=ACT)
fact("工业对GDP增长贡献率45%", "45%", value=45, unit="%", kind="share",
     metric="工业对GDP增长贡献率",
     metric_alts=["工业对GDP增长的贡献率", "工业贡献率", "工业对经济增长贡献率",
                  "工业对GDP贡献率"], **FLOW, note="contribution rate → share")
fact("工业增长贡献率超50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="新产业新产品对工业增长贡献率",
     metric_alts=["新产业新产品对工业增长的贡献率", "新产业新产品贡献率",
                  "新产业新产品对工业贡献率"], **FLOW, note="超 → gt (outside the span)")
fact("高速公路里程突破1万公里", "1万公里", value=1e7, unit="m", kind="amount", bound="gt",
     metric="高速公路里程",
     metric_alts=["高速公路通车里程", "高速公路总里程", "高速公路通车总里程"], **STOCK,
     note="突破 → gt; 1万公里 = 1e7 m; length of the network (a stock): " + STOCK_NOTE)
fact("年开行突破万列", "万列", value=1e4, unit="count", kind="count", classifier="列",
     bound="gt", metric="西部陆海新通道海铁联运班列年开行",
     metric_alts=["海铁联运班列年开行", "海铁联运班列开行", "海铁联运班列",
                  "西部陆海新通道海铁联运班列", "西部陆海新通道海铁联运班列开行",
                  "海铁联运班列开行量", "班列年开行"],
     subject_alts=GX_ALTS + ["西部陆海新通道"], **FLOW,
     note="突破 → gt; bare 万 + classifier 列 = 10,000 trains run in the year (年开行)")
fact("优良天数比率97.1%", "97.1%", value=97.1, unit="%", kind="share",
     metric="空气质量优良天数比率",
     metric_alts=["优良天数比率", "空气质量优良天数比例", "空气质量优良率"], **FLOW)
fact("水质优良比例98.2%", "98.2%", value=98.2, unit="%", kind="share",
     metric="地表水考核断面水质优良比例",
     metric_alts=["水质优良比例", "地表水水质优良比例", "地表水考核断面水质优良比率",
                  "考核断面水质优良比例"], **FLOW)
fact("优良水质面积比例92.9%", "92.9%", value=92.9, unit="%", kind="share",
     metric="近岸海域优良水质面积比例",
     metric_alts=["近岸海域水质优良比例", "优良水质面积比例", "近岸海域优良水质比例"], **FLOW)
fact("民生支出增长6.8%", "6.8%", value=6.8, unit="%", kind="growth", metric="民生支出",
     metric_alts=["民生领域支出"], comparison="yoy", **FLOW)
INC_NOTE = "分别: 城镇 ↔ 4.3%, 农村 ↔ 7.1%; head 居民人均可支配收入 shared"
fact("分别增长4.3%", "4.3%", value=4.3, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇常住居民人均可支配收入", "城镇居民收入"], comparison="yoy", **FLOW,
     note=INC_NOTE)
fact("4.3%和7.1%", "7.1%", value=7.1, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村常住居民人均可支配收入", "农村居民收入"], comparison="yoy", **FLOW,
     note=INC_NOTE)
fact("城镇调查失业率5.5%", "5.5%", value=5.5, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["调查失业率", "城镇调查失业率平均值"], **FLOW, note="a rate → share")

# ---- line 4 ---------------------------------------------------------------------------------
g.neg("一年来，按照", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, so it "
      "governs nothing after it)")

# ---- line 5: (一) policies ------------------------------------------------------------------
g.neg("(一)扎实推进", "(一)", MARKER_NOTE)
g.neg("围绕“两重”", "两重", LABEL_NOTE + " (两重: 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”等", "两新", LABEL_NOTE + " (两新: 大规模设备更新和消费品以旧换新)")
g.neg("国家一揽子经济政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")
fact("出台配套措施126项", "126项", value=126, unit="count", kind="count", classifier="项",
     metric="配套措施",
     metric_alts=["出台配套措施", "配套措施数量", "配套政策措施"], **FLOW,
     note="count of measures (README §2: 七条措施 → 7 条) issued in 2024")
g.neg("聚焦“五张清单”", "五张清单", LABEL_NOTE + " (“五张清单”, a management tool's name)")
g.neg("“双向清单”", "双向清单", LABEL_NOTE + " (“双向清单”)")
g.neg("特别是9月26日", "9月26日", "date of the Politburo meeting (9月26日中央政治局会议后); "
      "a date, not a fact; it frames only its own clause")
g.neg("攻坚四季度", "四季度", PERIOD_NOTE + " (Q4 2024, the object of the campaign 攻坚四季度; "
      "the facts after it keep the review year, Q4 as alt)")
FUNDS = ["用于投资的资金", "争取中央预算内投资、国债、政府专项债券等用于投资的资金",
         "中央预算内投资、国债、政府专项债券等用于投资的资金", "争取资金", "争取用于投资资金",
         "争取中央资金"]
fact("用于投资的资金超1200亿元", "1200亿元", value=1200e8, unit="CNY", kind="amount",
     bound="gt", metric="争取用于投资的资金", metric_alts=FUNDS, **FLOW_Q4,
     note="超 → gt (outside the span); " + AFTER_Q4)
fact("前期工作周转金25亿元", "25亿元", value=25e8, unit="CNY", kind="amount",
     metric="前期工作周转金",
     metric_alts=["安排前期工作周转金", "前期工作周转资金"], **FLOW_Q4, note=AFTER_Q4)
fact("统筹安排52.3亿元资金", "52.3亿元", value=52.3e8, unit="CNY", kind="amount",
     metric="统筹安排支持稳增长资金",
     metric_alts=["新增统筹安排资金", "统筹安排资金", "稳增长资金", "支持稳增长资金",
                  "新增统筹安排支持稳增长资金", "资金"], **FLOW_Q4,
     note="新增 'additionally' arranged funds: an amount of money, not the absolute change of "
          "a level (no 增量 metric); " + AFTER_Q4)
fact("筹措30.5亿元", "30.5亿元", value=30.5e8, unit="CNY", kind="amount",
     metric="筹措资金",
     metric_alts=["撬动“桂惠贷”筹措资金", "“桂惠贷”筹措资金", "桂惠贷筹措资金", "筹措",
                  "“桂惠贷”财政资金", "桂惠贷贴息资金"], **FLOW_Q4,
     note="the funds raised to leverage the 桂惠贷 loans; " + AFTER_Q4)
GHD = ["桂惠贷新增贷款", "新增贷款", "“桂惠贷”贷款", "桂惠贷贷款", "“桂惠贷”新增贷款额",
       "撬动“桂惠贷”新增贷款"]
fact("新增贷款2317.3亿元", "2317.3亿元", value=2317.3e8, unit="CNY", kind="amount",
     metric="“桂惠贷”新增贷款", metric_alts=GHD, **FLOW_Q4,
     note="new loans of the 桂惠贷 scheme in 2024 (a flow of lending, the metric's own 新增); "
          + AFTER_Q4)
fact("惠及经营主体10.4万户", "10.4万户", value=104000, unit="count", kind="count",
     classifier="户", metric="惠及经营主体",
     metric_alts=["经营主体", "“桂惠贷”惠及经营主体", "桂惠贷惠及经营主体", "受惠经营主体",
                  "惠及经营主体户数"], **FLOW_Q4, note=AFTER_Q4)
TOUR_NOTE = "分别: 接待游客人数 ↔ 10.8%, 旅游收入 ↔ 11.1%; " + AFTER_Q4
fact("分别增长10.8%", "10.8%", value=10.8, unit="%", kind="growth", metric="接待游客人数",
     metric_alts=["游客人数", "接待游客", "接待游客总人数"], comparison="yoy", **FLOW_Q4,
     note=TOUR_NOTE)
fact("10.8%、11.1%", "11.1%", value=11.1, unit="%", kind="growth", metric="旅游收入",
     metric_alts=["旅游总收入"], comparison="yoy", **FLOW_Q4, note=TOUR_NOTE)

# ---- line 6: (二) industry, science, services, agriculture -----------------------------------
g.neg("(二)扎实推进", "(二)", MARKER_NOTE)
g.neg("启动新一轮工业振兴", "一轮", "新一轮 'a new round', not a count")
g.neg("工业振兴三年行动", "三年", "name of a three-year campaign (工业振兴三年行动), not a "
      "duration fact")
IND_FUNDS = ["统筹一般公共预算资金和政府债券", "一般公共预算资金和政府债券",
             "用于工业发展的资金", "工业发展资金", "统筹用于工业发展资金",
             "统筹一般公共预算资金和政府债券用于工业发展"]
fact("政府债券超400亿元", "400亿元", value=400e8, unit="CNY", kind="amount", bound="gt",
     metric="统筹用于工业发展的资金", metric_alts=IND_FUNDS, **FLOW,
     note="超 → gt (outside the span); budget funds and government bonds pooled for industry")
fact("占固定资产投资比重40.7%", "40.7%", value=40.7, unit="%", kind="share",
     metric="工业投资占固定资产投资比重",
     metric_alts=["工业投资占比", "工业投资占固定资产投资的比重", "工业投资比重"], **FLOW,
     note="share of the year's investment (a flow) → the year")
fact("企业利润增长45.7%", "45.7%", value=45.7, unit="%", kind="growth",
     metric="规模以上工业企业利润",
     metric_alts=["规上工业企业利润", "规模以上工业企业利润总额", "工业企业利润"],
     comparison="yoy", **FLOW)
fact("特色产业集群2个，新增", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家中小企业特色产业集群",
     metric_alts=["新增国家中小企业特色产业集群", "中小企业特色产业集群",
                  "国家中小企业特色产业集群增量", "国家中小企业特色产业集群数量增量"],
     **FLOW, note=NEW_NOTE)
fact("规模以上工业企业1209家", "1209家", value=1209, unit="count", kind="count",
     classifier="家", metric="规模以上工业企业",
     metric_alts=["新增规模以上工业企业", "规上工业企业", "规模以上工业企业增量",
                  "规模以上工业企业数量增量", "新增规上工业企业"], **FLOW, note=NEW_NOTE)
g.neg("我国首条规模化", "首条", FIRST_NOTE)
g.neg("首次实现汽车面板", "首次", FIRST_NOTE + " (首次 'for the first time')")
fact("突破重大技术254项", "254项", value=254, unit="count", kind="count", classifier="项",
     metric="重大技术",
     metric_alts=["突破重大技术", "科技“尖锋”行动突破重大技术", "重大技术突破",
                  "重大技术数量", "突破重大技术项数"], **FLOW)
fact("新备案专利产品增长74%", "74%", value=74, unit="%", kind="growth",
     metric="新备案专利产品",
     metric_alts=["备案专利产品", "新备案专利产品数量", "专利产品备案"], comparison="yoy",
     **FLOW)
fact("我区参与的5项科技成果", "5项", value=5, unit="count", kind="count", classifier="项",
     metric="获国家科学技术奖的科技成果",
     metric_alts=["科技成果", "获国家科学技术奖科技成果", "国家科学技术奖",
                  "我区参与的科技成果", "获奖科技成果", "获国家科学技术奖的科技成果数量"],
     **FLOW, note="awards of 2024 to achievements the region took part in (我区 → subject)")
fact("营业收入增长14.6%", "14.6%", value=14.6, unit="%", kind="growth",
     metric="规模以上高技术服务业营业收入",
     metric_alts=["高技术服务业营业收入", "规上高技术服务业营业收入"], comparison="yoy",
     **FLOW)
fact("带动销售额317.5亿元", "317.5亿元", value=317.5e8, unit="CNY", kind="amount",
     metric="消费品以旧换新带动销售额",
     metric_alts=["以旧换新带动销售额", "带动销售额", "销售额", "以旧换新销售额"], **FLOW)
g.neg("农业产业发展三年行动", "三年", "name of a three-year campaign (现代特色农业产业发展三年"
      "行动), not a duration fact")
AGRI_NOTE = NEW_NOTE + "; 新增 distributes over the list"
fact("特色产业集群2个、", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家优势特色产业集群",
     metric_alts=["新增国家优势特色产业集群", "优势特色产业集群", "国家优势特色产业集群增量",
                  "国家优势特色产业集群数量增量"], **FLOW, note=AGRI_NOTE)
fact("现代农业产业园2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="现代农业产业园",
     metric_alts=["新增现代农业产业园", "现代农业产业园增量", "现代农业产业园数量增量",
                  "国家现代农业产业园"], **FLOW, note=AGRI_NOTE)
fact("农业产业强镇9个", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="农业产业强镇",
     metric_alts=["新增农业产业强镇", "农业产业强镇增量", "农业产业强镇数量增量",
                  "国家农业产业强镇"], **FLOW, note=AGRI_NOTE)
fact("贡献率达60.8%", "60.8%", value=60.8, unit="%", kind="share",
     metric="农业科技进步贡献率", metric_alts=["科技进步贡献率", "农业科技贡献率"], **LEVEL,
     note="达 → eq; a rate of the year, the year-end reading as alt")

# ---- line 7: (三) major projects ---------------------------------------------------------------
g.neg("(三)扎实推进", "(三)", MARKER_NOTE)
g.neg("黄百铁路", "黄百", PLACE_NOTE.format("黄百 (黄桶-百色 railway)"))
fact("高铁运营总里程超2400公里", "2400公里", value=2.4e6, unit="m", kind="amount",
     bound="gt", metric="高铁运营总里程",
     metric_alts=["高铁运营里程", "高铁里程", "高铁总里程", "高速铁路运营里程"], **STOCK,
     note="超 → gt; 2400公里 = 2.4e6 m; the network in operation (a stock): " + STOCK_NOTE)
PLR = ["投资完成工程概算的比例", "投资完成工程概算比例", "投资完成率", "工程概算完成比例",
       "投资完成比例", "平陆运河投资完成工程概算比例", "完成工程概算"]
fact("完成工程概算的64.6%", "64.6%", value=64.6, unit="%", kind="share",
     metric="投资完成工程概算比例", metric_alts=PLR,
     subject="平陆运河", subject_alts=[PLACE] + GX_ALTS, **STOCK,
     note="the canal owns the number; investment completed since construction began over the "
          "budget estimate, a cumulative share → " + STOCK_NOTE)
fact("新建成运营5个泊位", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="泊位",
     metric_alts=["新建成运营泊位", "新建成泊位", "泊位数量", "泊位增量", "新建成运营泊位数量",
                  "新增泊位"],
     subject="北部湾港", subject_alts=[PLACE] + GX_ALTS, **FLOW,
     note="berths that went into operation at the port in 2024 (新建成运营 → the noun with "
          "增量 alts, README §3)")
fact("至贵港3000吨级航道工程", "3000吨", value=3000, unit="t", kind="amount",
     metric="航道吨级",
     metric_alts=["航道通航吨级", "航道等级", "通航能力", "航道通航能力", "航道设计吨级", "吨级",
                  "航道工程吨级", "3000吨级航道"],
     subject="西江航运干线南宁(牛湾)至贵港航道",
     subject_alts=["西江航运干线南宁(牛湾)至贵港3000吨级航道工程", "西江航运干线南宁至贵港航道",
                   "西江航运干线", "南宁至贵港航道", PLACE] + GX_ALTS,
     modality="target", **FLOW,
     note="a quantity with a unit inside a project's name is a fact (SPEC §1): the channel's "
          "design class (ships of 3,000 t), modality target while the project is being built "
          "(开工建设 in 2024); span without the class suffix 级 (as wr_jiangsu_2025 30万吨级航道)")
g.neg("来宾下六甲灌区", "下六甲", PLACE_NOTE.format("下六甲 (来宾下六甲灌区)"))
g.neg("建成百色水库灌区", "百色", PLACE_NOTE.format("百色 (city, 百色水库灌区)"))
g.neg("白龙核电一期", "一期", "phase label (一期), not a quantity (README §2)")
fact("以及6座抽水蓄能电站", "6座", value=6, unit="count", kind="count", classifier="座",
     metric="抽水蓄能电站",
     metric_alts=["开工建设抽水蓄能电站", "开工抽水蓄能电站", "抽水蓄能电站数量",
                  "新开工抽水蓄能电站"], **FLOW,
     note="stations whose construction began in 2024 (开工建设: the start is the fact → actual)")
COAL = ["统调煤电装机", "统调煤电装机增量", "新增煤电装机", "煤电装机", "统调煤电装机容量增量",
        "新增统调煤电装机容量"]
fact("煤电装机198万千瓦", "198万千瓦", value=1.98e9, unit="W", kind="amount",
     metric="新增统调煤电装机", metric_alts=COAL, **FLOW,
     note="198万千瓦 = 1.98e9 W; 新增 of a stock → the indicator phrase kept whole, 增量 "
          "reading in alts (as wr_anhui_2025 新增可再生能源发电装机)")
NUC = ["核电装机", "核电装机增量", "新增统调核电装机", "统调核电装机", "核电装机容量增量",
       "新增核电装机容量"]
fact("核电装机118万千瓦", "118万千瓦", value=1.18e9, unit="W", kind="amount",
     metric="新增核电装机", metric_alts=NUC, **FLOW,
     note="新增统调 distributes over the list; 118万千瓦 = 1.18e9 W")
g.neg("一批全区人民", "一批", "quantifier 一批 (README §2)")

# ---- line 8: (四) opening ----------------------------------------------------------------------
g.neg("(四)扎实扩大", "(四)", MARKER_NOTE)
ZONES = "沿边临港产业园区和中国—东盟产业合作区"
fact("在建项目投资超万亿元", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="在建项目投资",
     metric_alts=["在建项目总投资", "在建项目投资额", "在建项目计划总投资", "在建项目"],
     subject=ZONES,
     subject_alts=["沿边临港产业园区", "中国—东盟产业合作区", PLACE] + GX_ALTS, **STOCK,
     note="超 → gt; bare 万亿元 = 1e12 CNY; the (planned) investment of the projects under "
          "construction in the zones, a portfolio at a moment → " + STOCK_NOTE)
BORDER = dict(subject="沿边临港产业园区",
              subject_alts=[ZONES, PLACE] + GX_ALTS)
fact("工业投资增长38%", "38%", value=38, unit="%", kind="growth", metric="工业投资",
     metric_alts=["沿边临港产业园区工业投资", "工业投资增速"], comparison="yoy", **BORDER,
     **FLOW, note="其中 of the zones: the border/port parks own the number")
fact("产业链项目146个", "146个", value=146, unit="count", kind="count", classifier="个",
     metric="跨境跨区域产业链项目",
     metric_alts=["建设跨境跨区域产业链项目", "产业链项目", "跨境跨区域产业链项目数量",
                  "跨境产业链项目"], **BORDER, **FLOW,
     note="the parks of the clause build the projects (subject carried over)")
fact("新签约项目2433个", "2433个", value=2433, unit="count", kind="count", classifier="个",
     metric="招商引资新签约项目",
     metric_alts=["新签约项目", "招商引资签约项目", "招商引资新签约项目数量", "签约项目"],
     **FLOW)
fact("完成投资3185亿元", "3185亿元", value=3185e8, unit="CNY", kind="amount",
     metric="落地项目完成投资",
     metric_alts=["招商引资落地项目完成投资", "落地项目投资", "完成投资",
                  "招商引资项目完成投资"], **FLOW)
g.neg("钦州港首次满载", "首次", FIRST_NOTE + " (首次 'for the first time')")
fact("靠泊30万吨级超大型油轮", "30万吨", value=3e5, unit="t", kind="amount",
     metric="油轮吨级",
     metric_alts=["超大型油轮吨级", "吨级", "船舶吨级", "载重吨位", "油轮载重吨位", "靠泊船舶吨级",
                  "靠泊能力"],
     subject="超大型油轮",
     subject_alts=["钦州港", "30万吨级超大型油轮", "油轮", PLACE] + GX_ALTS, **FLOW,
     note="ship class 30万吨级 = a vessel of 300,000 t (deadweight), a technical magnitude "
          "(README §2; as nw_cctv_20190906 40万吨级 矿石船: the ship as subject, the port as "
          "alt); span without the class suffix 级; berthed in 2024 → the year")
fact("稳居全国沿海港口前十", "前十", value=10, unit="rank", kind="rank", bound="le",
     scope="全国沿海港口", metric="货物和集装箱吞吐量",
     metric_alts=["北部湾港货物和集装箱吞吐量", "货物吞吐量", "集装箱吞吐量",
                  "北部湾港货物吞吐量", "北部湾港集装箱吞吐量", "吞吐量"],
     subject="北部湾港", subject_alts=[PLACE] + GX_ALTS, **LEVEL,
     note="前N → rank N, le (README §1/§6); one rank mention over two indicators → one fact, "
          "each as a metric alt; the port owns it; the year's throughput → the year")
fact("口岸进出口增长12.6%", "12.6%", value=12.6, unit="%", kind="growth",
     metric="经广西口岸进出口",
     metric_alts=["西部陆海新通道沿线省份经广西口岸进出口", "沿线省份经广西口岸进出口",
                  "经广西口岸进出口额"],
     subject="西部陆海新通道沿线省份",
     subject_alts=["沿线省份", "西部陆海新通道", PLACE] + GX_ALTS, comparison="yoy", **FLOW,
     note="judgement call: the corridor provinces' trade through Guangxi's ports — the "
          "provinces as subject, Guangxi (the ports) as alt")
fact("年过货量突破2.2亿吨", "2.2亿吨", value=2.2e8, unit="t", kind="amount", bound="gt",
     metric="船闸年过货量",
     metric_alts=["年过货量", "过货量", "船闸过货量", "长洲水利枢纽船闸年过货量"],
     subject="长洲水利枢纽船闸",
     subject_alts=["长洲水利枢纽", "长洲船闸", PLACE] + GX_ALTS, **FLOW,
     note="突破 → gt; the ship lock owns the number; freight of the year (年过货量)")
fact("货邮吞吐量增长23.2%", "23.2%", value=23.2, unit="%", kind="growth",
     metric="国际货邮吞吐量",
     metric_alts=["南宁机场国际货邮吞吐量", "货邮吞吐量", "国际货邮"],
     subject="南宁机场", subject_alts=["南宁吴圩国际机场", "南宁", PLACE] + GX_ALTS,
     comparison="yoy", **FLOW, note="the airport owns the number")
g.neg("第21届东博会", "第21届", "edition label of an event (第21届中国—东盟博览会), not a "
      "count")
g.neg("中马“两国双园”", "两国双园", LABEL_NOTE + " (“两国双园”, the China-Malaysia twin "
      "parks scheme)")
fact("对东盟进出口增长16.5%", "16.5%", value=16.5, unit="%", kind="growth",
     metric="对东盟进出口",
     metric_alts=["对东盟进出口额", "与东盟进出口", "对东盟贸易"], comparison="yoy", **FLOW)
fact("稳居西部和边境省区第一", "第一", value=1, unit="rank", kind="rank",
     scope="西部和边境省区", metric="跨境人民币结算量",
     metric_alts=["跨境人民币结算", "跨境人民币结算量排名", "跨境人民币结算规模"], **LEVEL,
     note="rank among the western and border provinces (scope 西部和边境省区); the year's "
          "volume → the year, year-end as alt")

# ---- line 9: (五) rural revitalisation ----------------------------------------------------------
g.neg("(五)扎实推进", "(五)", MARKER_NOTE)
g.neg("“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”, the 千村示范、万村整治 programme)")
g.neg("面积、单产、总产", "单产", "单产 'yield per unit area' (单 as in 单位), not a number")
g.neg("实现“三增长”", "三增长", "label “三增长” summing up the three indicators just named "
      "(area, yield, output all grew), not a count")
fact("改善灌溉面积75.8万亩", "75.8万亩", value=758000, unit="mu", kind="amount",
     metric="改善灌溉面积",
     metric_alts=["灌溉面积", "新增改善灌溉面积", "改善灌溉"], **FLOW,
     note="亩 stays 'mu' (SPEC §3)")
STREAK33 = P("连续33个榨季", "1992-01-01", "2024-12-31")
STREAK7 = P("连续7年", "2018-01-01", "2024-12-31")
fact("连续33个榨季排全国第一", "33个榨季", value=33, unit="榨季", kind="amount",
     metric="食糖产量排全国第一持续时间",
     metric_alts=["食糖产量连续排全国第一", "食糖产量排全国第一榨季数", "食糖产量连续排全国第一榨季数",
                  "连续排全国第一", "食糖产量", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, STREAK33],
     note="judgement call: length of the streak 连续33个榨季 (crushing seasons), kept in its "
          "surface unit 榨季 (SPEC §3: unknown units are kept, kind amount; as the streaks "
          "连续3年 / 连续12个季度 of wr_yunnan_2025 are durations); a count of 33 seasons "
          "(classifier 个) or 33 year are the alternative readings; the streak ends in the "
          "review year (alt 1992..2024, one season a year)")
fact("33个榨季排全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="食糖产量", metric_alts=["食糖产量排名", "食糖", "产糖量"],
     period=Y24, period_alts=[Y24_NULL, STREAK33, Y24_END],
     note="rank of the latest season's output (held each season of the streak) → the year")
fact("水果产量连续7年", "7年", value=7, unit="year", kind="amount",
     metric="水果产量排全国第一持续时间",
     metric_alts=["水果产量连续排全国第一", "水果产量排全国第一年数", "连续排全国第一",
                  "水果产量", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, STREAK7],
     note="length of the streak 连续7年 (a duration, unit year, as wr_yunnan_2025 连续3年); "
          "the streak ends in the review year (alt 2018-2024)")
fact("连续7年排全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="水果产量", metric_alts=["水果产量排名", "水果"],
     period=Y24, period_alts=[Y24_NULL, STREAK7, Y24_END],
     note="rank of the year's output → the year")
fact("率先突破万亿元大关", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="林草产业总产值", metric_alts=["林草产业产值", "林草产业"], **FLOW,
     note="突破…大关 → gt (the level passed, not a threshold defining a set; as wr_anhui_2025 "
          "跨上5万亿元台阶); bare 万亿元 = 1e12 CNY; output of the year")
fact("脱贫地区人均可支配收入增长7.6%", "7.6%", value=7.6, unit="%", kind="growth",
     metric="脱贫地区人均可支配收入",
     metric_alts=["脱贫地区农村居民人均可支配收入", "脱贫地区居民人均可支配收入",
                  "脱贫地区收入"],
     subject_alts=GX_ALTS + ["脱贫地区"], comparison="yoy", **FLOW,
     note="the poverty-exit areas lie in the region (region as subject, README §4); 增速居中西部"
          "省份前列 states no rank number")
fact("美丽移民村350个", "350个", value=350, unit="count", kind="count", classifier="个",
     metric="大中型水库美丽移民村",
     metric_alts=["美丽移民村", "建设大中型水库美丽移民村", "水库移民村",
                  "大中型水库美丽移民村数量"], **FLOW, note="villages built in 2024")
g.neg("“万企兴万村”", "万企兴万村", LABEL_NOTE + " (campaign name “万企兴万村” 'ten thousand "
      "firms boost ten thousand villages')")
fact("新增1600个自然村", "1600个", value=1600, unit="count", kind="count", classifier="个",
     metric="通硬化路的自然村(屯)",
     metric_alts=["通硬化路的自然村（屯）", "新增通硬化路自然村(屯)", "自然村(屯)", "自然村（屯）",
                  "自然村", "通硬化路自然村", "新增通硬化路的自然村(屯)",
                  "通硬化路的自然村(屯)增量", "自然村(屯)通硬化路"], **FLOW,
     note="the predicate (通硬化路) defines the counted set → metric; " + NEW_NOTE)
fact("改造农村危房5785户", "5785户", value=5785, unit="count", kind="count", classifier="户",
     metric="改造农村危房",
     metric_alts=["农村危房改造", "农村危房", "改造农村危房户数", "农村危房改造户数"], **FLOW)
fact("普及率提高到90.6%", "90.6%", value=90.6, unit="%", kind="share",
     metric="农村自来水普及率", metric_alts=["自来水普及率", "农村自来水覆盖率"], **STOCK,
     note="提高到 = the level reached; a share of a stock (households served) → " + STOCK_NOTE)
g.neg("广西万村篮球赛", "万村", "event name 万村篮球赛 ('ten-thousand-village basketball "
      "games'), a label, not a measured count")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt ({len(text):,} "
    "characters with the final newline), sliced by code: the heading 一、过去一年工作回顾, the "
    "opening paragraph (2024年是…, no facts), the headline indicators (初步预计，全区地区生产总值"
    "增长4.2%左右…), 一年来…我们主要做了以下工作： and review items (一)-(五) in full (policies "
    "and funds, industry and science, major projects, opening, rural revitalisation): the "
    "number-dense start of the review. Lines 7-16 (2,627) exceed 2,500. Title, source line, "
    "dateline and speaker are outside the excerpt (title_in_text=False); title = the source's "
    "first line 2025年广西政府工作报告 (the corpus meta spells it 2025年广西壮族自治区政府工作报告). "
    "Date: 2025-01-13, the delivery date in the report's header (source line 3: 2025年1月13日在"
    "广西壮族自治区第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: 广西壮族自治区 "
    "(广西, 全区, 我区 → alts); owners of their own numbers: 平陆运河 (64.6%), 北部湾港 (5个泊位, "
    "前十), the 西江 channel project (3000吨级), 沿边临港产业园区 (+中国—东盟产业合作区: 万亿元, "
    "38%, 146个), the 30万吨级 tanker (钦州港 as alt), the corridor provinces (12.6%), 长洲水利"
    "枢纽船闸 (2.2亿吨), 南宁机场 (23.2%). Periods: the heading's 过去一年 (2024) is the section "
    "frame of every fact (no line of the excerpt states a period of its own before a fact), "
    "null as alt; 一年来 (own line) governs nothing; 9月26日…后 and 四季度 (source line 11) frame only the "
    "campaign clause, the facts after them keep the year with Q4 as alt (as wr_guangdong_2025). "
    "Stocks (高速公路里程 1万公里, 高铁运营总里程, 平陆运河 investment share, 在建项目投资, 农村"
    "自来水普及率) → instant 2024-12-31 with the year and null as alts; ranks and rates → the "
    "year with the year-end as alt; streaks (连续33个榨季, 连续7年) → durations on the year with "
    "the streak's span as alt. Modality: 初步预计 governs the first sentence of source line 9 (GDP, the "
    "three sectors, trade, budget revenue, grain) → forecast; the later sentences of that line "
    "have no 预计 → actual (judgement call); 3000吨级航道工程 (under construction) → target; the "
    "rest actual. Units: 280.76亿斤 → 1.4038e7 t; 万千瓦 → 1e7 W; 万亿元 1e12; bare 万列 → "
    "1e4 trains; 33个榨季 kept in its surface unit 榨季. Judgement calls: sentence scope of 初步"
    "预计; 33个榨季 as a streak length in 榨季; the corridor provinces as the owner of 12.6%; "
    "前十 of two throughputs → one rank fact; 新增统调煤电/核电装机 → the new capacity with "
    "增量 alts; 新增…52.3亿元资金 an amount (not 增量). Negatives: 一、, 过去一年, 2024年, 75周年, "
    "十四五, 一年, 双循环, 一系列, 一、二、三产业, 一年来, (一)-(五), 两重, 两新, 一揽子, 五张清单, "
    "双向清单, 9月26日, 四季度, 一轮, 三年 ×2, 首条, 首次 ×2, 黄百, 下六甲, 百色, 一期, 一批, "
    "第21届, 两国双园, 千万工程, 单产, 三增长, 万企兴万村, 万村. Lexicalized, not listed: 一般 "
    "(一般公共预算).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：广西日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
