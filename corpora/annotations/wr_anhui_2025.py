"""Gold annotations for wr_anhui_2025 (2025年安徽省政府工作报告), lines 6-16 of
shared/texts/work_report/wr_anhui_2025.txt.

The excerpt corpora/wr_anhui_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2024年工作回顾, the opening paragraph
(过去一年，是安徽发展史上…, 7100万江淮儿女), the six highlight paragraphs (——经济实力 …
——人民生活水平), the line 一年来，主要做了以下工作。, review item （一） (macro policy,
consumption, investment, credit, support to firms) in full and the first paragraph of item
（二） (science and innovation, talent).  It is the densest run of numbers of the review
(~90 numerals in 2,078 characters); the 2025 主要预期目标 (source line 35) lie ~5,000
characters further and cannot be joined to it within 2,500 characters, and the brief asks
for the review here.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_anhui_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_anhui_2025"
PLACE = "安徽省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 16                     # 1-based, inclusive, whole lines
TITLE = "2025年安徽省政府工作报告"
AH_ALTS = ["安徽", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2024年工作回顾", ends="新增高技能人才41.7万人。")
text = g.text
fact = g.with_subject(PLACE, AH_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# Line 1 of the excerpt is the heading 一、2024年工作回顾: it names the section frame of the
# whole review.  Line 2 opens with 过去一年 (= 2024) and governs that line (7100万).  The
# highlight lines 3-8 (——…) and the review items of lines 10-11 state no period of their
# own: they take the section frame 2024 with the heading's period text 2024年, the null
# reading in period_alts (SPEC §4; as wr_heilongjiang_2025).  Line 9 一年来 is its own line
# and governs nothing.  Stocks (总数达, 余额, 占比升至, 全覆盖) are the instant 2024-12-31 with
# the literal year and null as alts.
Y7 = P("过去一年", "2024-01-01", "2024-12-31")
Y7_END = P("过去一年", "2024-12-31", "2024-12-31")
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
STREAK48 = P("连续48个月", "2021-01-01", "2024-12-31")

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ---- line 2: 过去一年 ----------------------------------------------------------------------
g.neg("过去一年，是安徽", "过去一年", PERIOD_NOTE + " (the review year 2024; governs line 2)")
g.neg("里程碑意义的一年", "一年", "'a (milestone) year' = 2024, not a duration fact")
g.neg("党的二十届三中全会", "二十届三中全会", "plenum label (SPEC §1)")
fact("7100万江淮儿女", "7100万", value=7.1e7, unit="count", kind="count", classifier="人",
     metric="江淮儿女",
     metric_alts=["人口", "安徽人口", "江淮儿女数量", "常住人口", "安徽人民", "江淮儿女人数"],
     period=Y7_END, period_alts=[Y7, P("过去一年", None, None)],
     note="a rhetorical but real quantity: the province's population (as 14亿多中国人民 in "
          "nw_cctv_20230418); no measure word written → classifier 人, the counted noun "
          "江淮儿女 is the metric; 过去一年 governs the line, a population is a stock → "
          "instant 2024-12-31 (the year and null as alts)")

# ---- line 3: ——经济实力 -------------------------------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值", "经济增长"]
fact("地区生产总值增长5.8%", "5.8%", value=5.8, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **FLOW,
     note="no 预计 → actual; section frame 2024年 (heading), null as alt")
fact("经济总量跨上5万亿元台阶", "5万亿元", value=5e12, unit="CNY", kind="amount", bound="ge",
     metric="经济总量", metric_alts=["地区生产总值", "GDP", "生产总值", "经济规模"], **FLOW,
     note="judgement call: 跨上5万亿元台阶 'stepped onto the 5-trillion level' states the "
          "2024 GDP level as at least 5万亿元 → ge (as wr_shanghai_2025 进入5万亿元以上的新阶段); "
          "not a threshold defining a counted set; 万亿元 = 1e12")
fact("粮食产量836.9亿斤", "836.9亿斤", value=836.9e8 * 0.0005, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FLOW,
     note="836.9亿斤 × 0.0005 t = 4.1845e7 t (SPEC §3)")
IND = ["规模以上工业增加值", "工业增加值", "规上工业"]
fact("规上工业增加值增长9%", "9%", value=9, unit="%", kind="growth",
     metric="规上工业增加值", metric_alts=IND, comparison="yoy", **FLOW)
fact("增速居工业大省第1位", "第1位", value=1, unit="rank", kind="rank", scope="工业大省",
     metric="规上工业增加值增速",
     metric_alts=["规上工业增加值", "规模以上工业增加值增速", "工业增加值增速", "增速"],
     **FLOW, note="rank among the large industrial provinces (scope 工业大省); rank of a "
                  "growth rate of the year → the year")

# ---- line 4: ——科技创新 -------------------------------------------------------------------
g.neg("深空探测三大科创", "三大", "set label N大 (三大科创引领高地, summing up the three "
      "fields just named)")
g.neg("“祖冲之三号”", "三号", "name of a quantum computer (祖冲之三号), not a quantity")
g.neg("“天都”双星", "双星", "name of the satellite pair (“天都”双星, 天都一号/二号): part of "
      "the mission's name, not a measured count (judgement call; a count of 2 satellites "
      "is the alternative)")
g.neg("九韶内核软件", "九韶", "product name (九韶内核, named after the mathematician 秦九韶), "
      "not a quantity")
g.neg("等一批技术和产品", "一批", "quantifier 一批")
g.neg("国家科技进步奖一等奖", "一等", "award grade label (一等奖), not a quantity")
g.neg("每万人口高价值", "万人", "per-10,000-people basis inside the metric name "
      "每万人口高价值发明专利拥有量, not a count (as wr_shanghai_2025)")
fact("拥有量增长28.2%", "28.2%", value=28.2, unit="%", kind="growth",
     metric="每万人口高价值发明专利拥有量",
     metric_alts=["万人口高价值发明专利拥有量", "每万人高价值发明专利拥有量",
                  "高价值发明专利拥有量"], comparison="yoy", **FLOW,
     note="growth of a stock over 2024 (year-end on year-end) → the year")
NEW_NOTE = ("新增 N: the firms added in 2024 (a flow, README §3), 增量 reading in alts; "
            "新增 distributes over the list")
fact("新增高新技术企业3500家", "3500家", value=3500, unit="count", kind="count",
     classifier="家", bound="ge", metric="高新技术企业",
     metric_alts=["新增高新技术企业", "高新技术企业增量", "高新技术企业数量增量",
                  "高新技术企业数量"], **FLOW, note="以上 → ge (outside the span); " + NEW_NOTE)
fact("科技型中小企业7533家", "7533家", value=7533, unit="count", kind="count",
     classifier="家", metric="科技型中小企业",
     metric_alts=["新增科技型中小企业", "科技型中小企业增量", "科技型中小企业数量增量",
                  "科技型中小企业数量"], **FLOW, note=NEW_NOTE)
fact("“小巨人”企业113家", "113家", value=113, unit="count", kind="count", classifier="家",
     metric="专精特新“小巨人”企业",
     metric_alts=["专精特新小巨人企业", "新增专精特新“小巨人”企业", "“小巨人”企业",
                  "小巨人企业", "专精特新“小巨人”企业增量", "专精特新小巨人企业增量"],
     **FLOW, note=NEW_NOTE)
g.neg("居全国第一方阵", "第一方阵", "tier label 第一方阵 ('the leading group'), not a "
      "ranked position (as 第一梯队 / 第一方阵 in other golds)")

# ---- line 5: ——新兴产业 -------------------------------------------------------------------
SEI = "战略性新兴产业产值占规上工业比重"
SEI_ALTS = ["战略性新兴产业产值占比", "战略性新兴产业产值占规上工业的比重",
            "战略性新兴产业产值占规模以上工业比重", "战略性新兴产业占规上工业比重"]
fact("占规上工业比重43.6%", "43.6%", value=43.6, unit="%", kind="share", metric=SEI,
     metric_alts=SEI_ALTS, **FLOW, note="share of the year's output → the year")
fact("43.6%、提高0.7个百分点", "0.7个百分点", value=0.7, unit="pp", kind="change",
     metric=SEI, metric_alts=SEI_ALTS, comparison="yoy", **FLOW,
     note="pp change of the share against the previous year")
HT = "高技术制造业增加值占规上工业比重"
HT_ALTS = ["高技术制造业增加值占比", "高技术制造业增加值占规上工业的比重",
           "高技术制造业增加值占规模以上工业比重", "高技术制造业占规上工业比重"]
fact("占规上工业比重16.1%", "16.1%", value=16.1, unit="%", kind="share", metric=HT,
     metric_alts=HT_ALTS, **FLOW)
fact("16.1%、提高2.1个百分点", "2.1个百分点", value=2.1, unit="pp", kind="change",
     metric=HT, metric_alts=HT_ALTS, comparison="yoy", **FLOW)
CAR = ["汽车", "汽车生产", "全省汽车产量"]
fact("继续保持40%以上增长", "40%", value=40, unit="%", kind="growth", bound="ge",
     metric="汽车产量", metric_alts=CAR, comparison="yoy", **FLOW,
     note="以上 → ge (outside the span)")
fact("达357万辆", "357万辆", value=3.57e6, unit="count", kind="count", classifier="辆",
     metric="汽车产量", metric_alts=CAR, **FLOW, note="达 → eq; output of the year")
NEV = ["新能源汽车", "新能源汽车生产", "全省新能源汽车产量"]
fact("新能源汽车产量增长94.5%", "94.5%", value=94.5, unit="%", kind="growth",
     metric="新能源汽车产量", metric_alts=NEV, comparison="yoy", **FLOW)
fact("达168.4万辆", "168.4万辆", value=1.684e6, unit="count", kind="count", classifier="辆",
     metric="新能源汽车产量", metric_alts=NEV, **FLOW)
fact("产量均居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="汽车、新能源汽车产量",
     metric_alts=["汽车产量", "新能源汽车产量", "产量", "汽车和新能源汽车产量",
                  "汽车产量和新能源汽车产量"], **FLOW,
     note="one quantity mention over two indicators (均) → one fact, each indicator as a "
          "metric alt (as wr_guizhou_2025 化工、有色…均超过30%); rank of the year's output")
fact("集成电路产量增长47.4%", "47.4%", value=47.4, unit="%", kind="growth",
     metric="集成电路产量", metric_alts=["集成电路"], comparison="yoy", **FLOW)
fact("工业机器人产量增长81.4%", "81.4%", value=81.4, unit="%", kind="growth",
     metric="工业机器人产量", metric_alts=["工业机器人"], comparison="yoy", **FLOW)
fact("评价居全国第3位", "第3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="光储产业综合竞争力评价",
     metric_alts=["光储产业综合竞争力", "光储产业综合竞争力评价排名", "光储产业"], **FLOW,
     note="rank in an evaluation published for the year → the year")
fact("评价居全国第6位", "第6位", value=6, unit="rank", kind="rank", scope="全国",
     metric="人工智能产业发展评价",
     metric_alts=["人工智能产业发展", "人工智能产业发展评价排名", "人工智能产业"], **FLOW)

# ---- line 6: ——改革开放 -------------------------------------------------------------------
g.neg("零基预算", "零基", "reform label 零基预算 (zero-based budgeting), not a quantity")
fact("均升至全国第9位", "第9位", value=9, unit="rank", kind="rank", scope="全国",
     metric="进出口总额和出口额",
     metric_alts=["进出口总额", "出口额", "进出口总额和出口额排名", "进出口", "出口"], **FLOW,
     note="one rank over two indicators (均) → one fact, each as a metric alt")
g.neg("“新三样”产品", "新三样", "label “新三样” ('the new three': electric passenger "
      "cars, lithium batteries, solar cells; as other golds)")
fact("产品出口增长23.6%", "23.6%", value=23.6, unit="%", kind="growth",
     metric="“新三样”产品出口",
     metric_alts=["新三样产品出口", "“新三样”出口", "新三样出口", "“新三样”产品出口额"],
     comparison="yoy", **FLOW)
fact("整车出口量跃居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="整车出口量",
     metric_alts=["整车出口", "整车出口量排名", "汽车出口量"], **FLOW,
     note="首位 → 1; rank of the year's exports")
fact("每出口4辆汽车就有1辆安徽造", "4辆汽车就有1辆", value=25, unit="%", kind="share",
     metric="安徽造汽车占全国汽车出口比重",
     metric_alts=["安徽造汽车占全国出口汽车比重", "安徽造汽车出口占比", "安徽汽车出口占全国比重",
                  "整车出口量占全国比重", "汽车出口占全国比重", "安徽造汽车占比",
                  "全国出口汽车中安徽造汽车占比", "整车出口量"],
     **FLOW,
     note="judgement call: 全国每出口4辆汽车就有1辆安徽造 states one proportion (1 in 4 of "
          "China's exported cars = 25%) with two numerals; annotated as one share fact whose "
          "span runs from the denominator to the numerator; the literal reading as two counts "
          "(4辆, 1辆) is the alternative")

# ---- line 7: ——绿色转型 -------------------------------------------------------------------
g.neg("首批10个零碳", "首批", FIRST_NOTE)
fact("首批10个零碳", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="零碳产业园区",
     metric_alts=["首批零碳产业园区", "启动建设零碳产业园区", "零碳产业园区数量",
                  "首批零碳产业园区数量"], **FLOW,
     note="parks whose construction began in 2024 (启动建设)")
g.neg("10个零碳产业园区", "零碳", "label 零碳 ('zero-carbon', README §2)")
fact("发电装机1261万千瓦", "1261万千瓦", value=1.261e10, unit="W", kind="amount",
     metric="新增可再生能源发电装机",
     metric_alts=["可再生能源发电装机", "可再生能源发电装机增量", "新增可再生能源装机",
                  "可再生能源发电装机容量增量", "可再生能源装机"], **FLOW,
     note="1261万千瓦 = 1.261e10 W; 新增 of a stock → the indicator phrase kept whole, "
          "增量 reading in alts (as wr_guizhou_2025 新增新能源装机)")
g.neg("PM2.5平均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("平均浓度35.2微克/立方米", "35.2微克/立方米", value=35.2, unit="微克/立方米",
     kind="amount", metric="PM2.5平均浓度",
     metric_alts=["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度"], **FLOW,
     note="annual mean concentration; μg/m³ has no canonical unit → kept as written (as "
          "nw_cctv_20210526_yrd_2021)")
fact("优良天数比率82.2%", "82.2%", value=82.2, unit="%", kind="share",
     metric="空气质量优良天数比率",
     metric_alts=["空气质量优良天数比例", "优良天数比率", "空气质量优良率"], **FLOW)
fact("水质优良比例90.2%", "90.2%", value=90.2, unit="%", kind="share",
     metric="国考断面水质优良比例",
     metric_alts=["国考断面水质优良比率", "水质优良比例", "国考断面水质优良率",
                  "国考断面优良比例"], **FLOW)

# ---- line 8: ——人民生活 -------------------------------------------------------------------
fact("城镇新增就业75.95万人", "75.95万人", value=759500, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业"], **FLOW)
fact("失业率平均值5.2%", "5.2%", value=5.2, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["城镇调查失业率平均值", "调查失业率", "平均城镇调查失业率"], **FLOW,
     note="a rate → share; the average of the monthly rates of 2024 → the year")
fact("城镇常住居民人均可支配收入增长4.4%", "4.4%", value=4.4, unit="%", kind="growth",
     metric="城镇常住居民人均可支配收入",
     metric_alts=["城镇居民人均可支配收入", "城镇常住居民收入"], comparison="yoy", **FLOW)
fact("农村常住居民人均可支配收入增长6.4%", "6.4%", value=6.4, unit="%", kind="growth",
     metric="农村常住居民人均可支配收入",
     metric_alts=["农村居民人均可支配收入", "农村常住居民收入"], comparison="yoy", **FLOW)
fact("新增405万皖北群众", "405万", value=4.05e6, unit="count", kind="count",
     classifier="人", metric="喝上引调水的皖北群众",
     metric_alts=["皖北群众", "喝上引调水皖北群众", "新增喝上引调水的皖北群众",
                  "喝上引调水人口", "引调水受益群众", "喝上引调水的皖北群众增量"],
     subject_alts=AH_ALTS + ["皖北"], **FLOW,
     note="no measure word written → classifier 人 (as wr_china_2010 6069万…受益农民); the "
          "predicate defines the counted set → in the metric; 新增 → the people newly "
          "supplied in 2024, 增量 as alt; 皖北 lies in the province (province as subject)")

# ---- line 9 ---------------------------------------------------------------------------------
g.neg("一年来，主要做了", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, "
      "so it governs nothing after it)")

# ---- line 10: （一） economy ------------------------------------------------------------------
g.neg("（一）科学调度", "（一）", MARKER_NOTE)
g.neg("落实中央一揽子", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")
g.neg("出台落实“两重”", "两重", LABEL_NOTE + " (两重: 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两重”“两新”政策", "两新", LABEL_NOTE + " (两新: 大规模设备更新和消费品以旧换新)")
g.neg("支持“两重”项目", "两重", LABEL_NOTE + " (两重)")
LH_ALTS = ["“两重”项目", "两重项目", "超长期特别国债支持两重项目", "争取超长期特别国债支持“两重”项目",
           "超长期特别国债支持“两重”项目数量", "项目"]
fact("“两重”项目136个", "136个", value=136, unit="count", kind="count", classifier="个",
     metric="超长期特别国债支持“两重”项目", metric_alts=LH_ALTS, **FLOW,
     note="projects for which the province obtained (争取) ultra-long special treasury bond "
          "support in 2024; 两重 inside the metric is a label (its own negative)")
fact("总投资2747亿元", "2747亿元", value=2747e8, unit="CNY", kind="amount",
     metric="“两重”项目总投资",
     metric_alts=["总投资", "两重项目总投资", "超长期特别国债支持“两重”项目总投资",
                  "超长期特别国债支持两重项目总投资", "项目总投资"], **FLOW,
     note="total investment of the 136 projects (their planned size, stated as the year's "
          "result of the bond application)")
fact("购置投资增长14.6%", "14.6%", value=14.6, unit="%", kind="growth",
     metric="设备工器具购置投资",
     metric_alts=["设备工器具购置", "设备购置投资", "大规模设备更新带动设备工器具购置投资"],
     comparison="yoy", **FLOW)
fact("等销售550.6亿元", "550.6亿元", value=550.6e8, unit="CNY", kind="amount",
     metric="消费品以旧换新带动销售",
     metric_alts=["以旧换新带动销售", "带动销售", "销售", "汽车、家电等销售",
                  "消费品以旧换新带动汽车、家电等销售", "以旧换新销售额", "销售额"], **FLOW,
     note="sales (of cars, appliances …) driven by the trade-in scheme in 2024")
fact("消费新场景100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="皖美消费新场景",
     metric_alts=["消费新场景", "推出皖美消费新场景", "皖美消费新场景数量", "新场景"], **FLOW)
fact("网上零售额增长11.1%", "11.1%", value=11.1, unit="%", kind="growth",
     metric="实物商品网上零售额",
     metric_alts=["网上零售额", "实物商品网络零售额", "网络零售额"], comparison="yoy", **FLOW)
EXP = ["快递业务量排名", "快递量", "快递"]
fact("快递业务量突破60亿件", "60亿件", value=6e9, unit="count", kind="count",
     classifier="件", bound="gt", metric="快递业务量", metric_alts=["快递量", "快递件数"],
     **FLOW, note="突破 → gt (outside the span)")
fact("升至全国第7位", "第7位", value=7, unit="rank", kind="rank", scope="全国",
     metric="快递业务量", metric_alts=EXP, **FLOW)
g.neg("新开工10亿元以上", "10亿元", "threshold defining the counted projects (10亿元以上"
      "制造业项目, SPEC §2), part of the metric of 248个")
MP = "10亿元以上制造业项目"
fact("制造业项目248个", "248个", value=248, unit="count", kind="count", classifier="个",
     metric=MP,
     metric_alts=["新开工10亿元以上制造业项目", "10亿元以上制造业项目数量", "制造业项目",
                  "新开工制造业项目", "新开工10亿元以上制造业项目数量"], **FLOW,
     note="threshold 10亿元以上 is part of the metric (SPEC §2); projects started (新开工) "
          "in 2024")
fact("比上年增加36个", "36个", value=36, unit="count", kind="count", classifier="个",
     metric=MP + "增量",
     metric_alts=["新开工10亿元以上制造业项目增量", "10亿元以上制造业项目数量增量",
                  "制造业项目增量", MP, "新开工10亿元以上制造业项目"], **FLOW,
     note="absolute change against the previous year (比上年增加 → positive, metric <level>"
          "增量, SPEC §2)")
MI = ["制造业投资增速", "全省制造业投资"]
fact("制造业投资增长13.3%", "13.3%", value=13.3, unit="%", kind="growth",
     metric="制造业投资", metric_alts=MI, comparison="yoy", **FLOW)
fact("连续48个月保持", "48个月", value=4, unit="year", kind="amount",
     metric="制造业投资两位数增长持续时间",
     metric_alts=["制造业投资连续保持两位数增长", "制造业投资保持两位数增长持续时间",
                  "连续保持两位数增长", "两位数增长持续时间", "制造业投资两位数增长月数",
                  "制造业投资"],
     period=Y24, period_alts=[Y24_NULL, STREAK48],
     note="length of the streak 连续48个月 (a duration: 个月 = 1/12 year → 4 year), as the "
          "streaks of wr_guizhou_2025 / wr_heilongjiang_2025 — judgement call; the streak "
          "ends in the review year (alt 2021-01..2024-12)")
fact("保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="制造业投资", metric_alts=MI, comparison="yoy",
     period=Y24, period_alts=[Y24_NULL, STREAK48],
     note="两位数增长 → growth ≥ 10% (as nw_cctv_20140506 两位数); held in each month of the "
          "48-month streak, which ends in the review year (streak as alt)")
TG = ["制造业技术改造投资", "技改投资"]
fact("技改投资增长20.4%", "20.4%", value=20.4, unit="%", kind="growth",
     metric="制造业技改投资", metric_alts=TG + ["制造业技改投资增速"], comparison="yoy",
     **FLOW)
fact("高于全国12.4个百分点", "12.4个百分点", value=12.4, unit="pp", kind="change",
     metric="制造业技改投资增速",
     metric_alts=["制造业技改投资", "制造业技术改造投资增速", "技改投资增速"],
     comparison="比全国", **FLOW,
     note="pp difference of growth rates against the national rate (高于全国 → basis 比全国, "
          "as wr_heilongjiang_2025); metric X增速 (README §3)")
fact("中长期贷款增长23.5%", "23.5%", value=23.5, unit="%", kind="growth",
     metric="制造业中长期贷款",
     metric_alts=["制造业中长期贷款余额", "制造业中长期贷款增速"], comparison="yoy", **LEVEL,
     note="growth of a balance over 2024 → the year; the year-end instant and null as alts")
fact("高于全国11.6个百分点", "11.6个百分点", value=11.6, unit="pp", kind="change",
     metric="制造业中长期贷款增速",
     metric_alts=["制造业中长期贷款", "制造业中长期贷款余额增速"], comparison="比全国", **LEVEL)
fact("企业贷款增长18.3%", "18.3%", value=18.3, unit="%", kind="growth",
     metric="普惠小微企业贷款",
     metric_alts=["普惠小微企业贷款余额", "普惠小微贷款", "普惠小微企业贷款增速"],
     comparison="yoy", **LEVEL)
fact("高于全国3.7个百分点", "3.7个百分点", value=3.7, unit="pp", kind="change",
     metric="普惠小微企业贷款增速",
     metric_alts=["普惠小微企业贷款", "普惠小微贷款增速", "普惠小微企业贷款余额增速"],
     comparison="比全国", **LEVEL)
g.neg("“百场万企”", "百场万企", LABEL_NOTE + " (campaign name “百场万企” 'a hundred "
      "events, ten thousand firms')")
fact("供需对接活动999场", "999场", value=999, unit="count", kind="count", classifier="场",
     metric="供需对接活动",
     metric_alts=["“百场万企”供需对接活动", "百场万企供需对接活动", "组织供需对接活动",
                  "供需对接活动场次", "供需对接活动数量"], **FLOW)
fact("退税超过900亿元", "900亿元", value=900e8, unit="CNY", kind="amount", bound="gt",
     metric="减税降费及退税",
     metric_alts=["主要政策减税降费及退税", "支持科技创新和制造业发展的主要政策减税降费及退税",
                  "减税降费及退税额", "减税降费", "减税降费和退税"], **FLOW,
     note="超过 → gt (outside the span)")
fact("兑付资金77.7亿元", "77.7亿元", value=77.7e8, unit="CNY", kind="amount",
     metric="兑付资金",
     metric_alts=["惠企政策兑付资金", "“免申即享”“即申即享”兑付资金", "惠企政策“免申即享”"
                  "“即申即享”兑付资金", "兑付金额"], **FLOW)
fact("惠及企业2.6万家", "2.6万家", value=26000, unit="count", kind="count", classifier="家",
     metric="惠及企业",
     metric_alts=["企业", "受惠企业", "惠企政策惠及企业", "惠及企业数量"], **FLOW)

# ---- line 11: （二） science and innovation --------------------------------------------------
g.neg("（二）推动科技创新", "（二）", MARKER_NOTE)
fact("新增全国重点实验室15家", "15家", value=15, unit="count", kind="count", classifier="家",
     metric="全国重点实验室",
     metric_alts=["新增全国重点实验室", "全国重点实验室增量", "全国重点实验室数量增量",
                  "国家重点实验室"], **FLOW, note="新增 N: laboratories added in 2024; 增量 alts")
fact("总数达23家", "23家", value=23, unit="count", kind="count", classifier="家",
     metric="全国重点实验室",
     metric_alts=["全国重点实验室总数", "全国重点实验室数量", "国家重点实验室"], **STOCK,
     note="总数达 → " + STOCK_NOTE)
fact("80%以上的省科技攻坚项目", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="由企业牵头的省科技攻坚项目占比",
     metric_alts=["企业牵头的省科技攻坚项目占比", "省科技攻坚项目由企业牵头的比例",
                  "企业牵头省科技攻坚项目比重", "省科技攻坚项目企业牵头比例",
                  "省科技攻坚项目"], **FLOW,
     note="以上 → ge (outside the span); the share of the year's provincial key research "
          "projects led by firms")
fact("占全社会比重达81.3%", "81.3%", value=81.3, unit="%", kind="share",
     metric="企业研发投入占全社会比重",
     metric_alts=["企业研发投入占比", "企业研发投入占全社会研发投入比重",
                  "企业研发投入占全社会的比重"], **FLOW, note="达 → eq; share of a flow")
fact("惠及企业1.2万家", "1.2万家", value=12000, unit="count", kind="count", classifier="家",
     metric="惠及企业",
     metric_alts=["企业", "“共同成长计划”惠及企业", "共同成长计划惠及企业", "惠及企业数量",
                  "科创企业"], **FLOW,
     note="firms reached by the 共同成长计划 (financial support to tech firms) in 2024")
LOAN = ["科技型企业贷款", "科技企业贷款余额", "科技型企业贷款余额增速"]
fact("贷款余额突破7500亿元", "7500亿元", value=7500e8, unit="CNY", kind="amount",
     bound="gt", metric="科技型企业贷款余额", metric_alts=LOAN[:2], **STOCK,
     note="突破 → gt; 余额 → " + STOCK_NOTE)
fact("增长20%以上", "20%", value=20, unit="%", kind="growth", bound="ge",
     metric="科技型企业贷款余额", metric_alts=LOAN, comparison="yoy", **LEVEL,
     note="以上 → ge; growth of the balance over 2024 → the year (instant and null as alts)")
fact("专业点占比升至64.9%", "64.9%", value=64.9, unit="%", kind="share",
     metric="省属高校与新兴产业紧密相关的专业点占比",
     metric_alts=["与新兴产业紧密相关的专业点占比", "省属高校新兴产业相关专业点占比",
                  "专业点占比", "省属高校与新兴产业紧密相关专业点占比"], **STOCK,
     note="升至 = the level reached; a share of a stock (the universities' programmes) → "
          + STOCK_NOTE)
g.neg("首招硕博士", "首招", "first intake (首招 'first enrolment'), not a rank or count "
      "(README §2 首批)")
fact("硕博士研究生735名", "735名", value=735, unit="count", kind="count", classifier="名",
     metric="硕博士研究生",
     metric_alts=["首招硕博士研究生", "招收硕博士研究生", "研究生", "首招研究生",
                  "硕博士研究生人数", "招生"],
     subject="安徽高等研究院", subject_alts=["安徽省", "安徽", "全省"], **FLOW,
     note="the institute owns the count (its first intake, 2024)")
fact("实现16个市全覆盖", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="职业院校现代产业学院覆盖的市",
     metric_alts=["现代产业学院覆盖的市", "现代产业学院覆盖市", "覆盖的市", "市",
                  "职业院校现代产业学院覆盖市", "现代产业学院全覆盖的市"], **STOCK,
     note="all 16 cities of the province have a modern industry college at a vocational "
          "school: the cities covered (a stock) → " + STOCK_NOTE)
fact("院士及团队92人次", "92人次", value=92, unit="count", kind="count", classifier="人次",
     metric="柔性引进院士及团队",
     metric_alts=["院士及团队", "引进院士及团队", "柔性引进院士", "柔性引进院士及团队人次"],
     **FLOW)
fact("领军人才200名", "200名", value=200, unit="count", kind="count", classifier="名",
     metric="省级创新创业领军人才",
     metric_alts=["遴选支持省级创新创业领军人才", "创新创业领军人才", "领军人才",
                  "省级创新创业领军人才人数"], **FLOW)
fact("产业创新团队50支", "50支", value=50, unit="count", kind="count", classifier="支",
     metric="产业创新团队",
     metric_alts=["遴选支持产业创新团队", "产业创新团队数量", "创新团队"], **FLOW,
     note="verb 遴选支持 shared with 200名")
fact("新增高技能人才41.7万人", "41.7万人", value=417000, unit="count", kind="count",
     classifier="人", metric="高技能人才",
     metric_alts=["新增高技能人才", "高技能人才增量", "高技能人才数量增量", "高技能人才人数"],
     **FLOW, note="新增 N: skilled workers added in 2024; 增量 alts (README §3)")

NOTES = (
    "Excerpt: lines 6-16 of shared/texts/work_report/wr_anhui_2025.txt (2,078 characters), "
    "sliced by code: the heading 一、2024年工作回顾, the opening paragraph (过去一年，是安徽"
    "发展史上…), the six highlight paragraphs (——经济实力 … ——人民生活水平), 一年来，主要做了"
    "以下工作。, review item （一） (macro policy, consumption, investment, credit, firms) "
    "and the first paragraph of item （二） (science, innovation, talent). It is the densest "
    "run of numbers of the review; the 2025 主要预期目标 (source line 35) is ~5,000 "
    "characters later, out of reach of a 2,500-character run. Title, source line and "
    "dateline are outside the excerpt (title_in_text=False). Date: 2025-01-20, the delivery "
    "date in the report's header (source line 3: 2025年1月20日在安徽省第十四届人民代表大会第三次"
    "会议上…王清宪作政府工作报告); the corpus meta agrees. 过去一年 / 一年来 = 2024. Place: "
    "安徽省 (全省, 我省, 安徽 → alts); 安徽高等研究院 owns its first intake (735名); 皖北 "
    "群众 keep the province (皖北 as alt). Periods: line 2 facts (7100万) carry 过去一年; the "
    "highlight lines and items （一）/（二） state no period: section frame of the heading "
    "(period text 2024年, 2024-01-01..2024-12-31, null as alt; as wr_heilongjiang_2025); "
    "stocks (全国重点实验室总数达23家, 科技型企业贷款余额, 专业点占比升至, 16个市全覆盖, the "
    "population) → instant 2024-12-31 with the literal year and null as alts; growth of a "
    "balance → the year with the instant as alt. Modality: actual throughout (no 预计, no "
    "targets). Judgement calls: 跨上5万亿元台阶 → GDP level ge 5e12 (not a threshold); "
    "全国每出口4辆汽车就有1辆安徽造 → one share 25% spanning 4辆汽车就有1辆; 产量均居全国第2位 "
    "and 均升至全国第9位 → one rank each over two indicators (alts); 连续48个月 → a streak "
    "length (4 year) and 两位数增长 → growth ge 10, both on the year with the streak "
    "2021-2024 as alt; 比上年增加36个 → absolute change (metric …增量); 7100万江淮儿女 → a "
    "population count (人); “天都”双星 read as a name (negative); 第一方阵 a tier label "
    "(negative); 高于全国 X个百分点 → change with comparison 比全国. Negatives: 一、, "
    "2024年, 过去一年, 一年(里程碑意义的一年), 二十届三中全会, 三大, 三号, 双星, 九韶, 一批, "
    "一等(奖), 万人 (per-10,000 basis), 第一方阵, 零基, 新三样, 首批, 零碳, PM2.5, 一年来, "
    "（一）/（二）, 一揽子, 两重 ×2, 两新, 10亿元 (threshold), 百场万企, 首招.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：省政府政策研究室)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
