"""Gold annotations for wr_xinjiang_2025 (2025年新疆维吾尔自治区政府工作报告), lines 7-14 of
shared/texts/work_report/wr_xinjiang_2025.txt.

The excerpt corpora/wr_xinjiang_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2024年工作回顾, the 过去一年 paragraph,
the paragraph of headline indicators (GDP, industry, investment, retail, trade, revenue,
incomes), the line 一年来…主要做了以下工作。 and review items (一) (agriculture: grain,
cotton, fruit, livestock) and (二) (industry: power, coal, oil and gas, minerals, textiles,
computing, science and talent) in full.  The 2025 targets (source line 37) lie ~4,700
characters after line 14, and the brief asks for the review here.  Lines 7-14 (2,195
characters) are the start of the review and its densest run of numbers.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xinjiang_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_xinjiang_2025"
PLACE = "新疆维吾尔自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 7, 14                     # 1-based, inclusive, whole lines
TITLE = "2025年新疆政府工作报告"
XJ_ALTS = ["新疆", "全疆", "自治区", "全区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2024年工作回顾", ends="投资兴业的热土!")
text = g.text
fact = g.with_subject(PLACE, XJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
JIN = 0.0005                            # t per 斤 (SPEC §3)

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# Line 1 of the excerpt is the heading 一、2024年工作回顾: the section frame of the review.
# Line 2 opens with 过去一年 (= 2024) but has no number.  Lines 3, 6 and 8 state no period
# of their own (line 3 mentions 全年 only after its last number): they take the section
# frame 2024 with the heading's period text 2024年, the null reading in period_alts (SPEC
# §4; as wr_heilongjiang_2025).  Line 4 一年来 is its own line and governs nothing.  Stocks
# (总规模, 累计建成, 达到 N 家 of a register, capacities built, rankings of capacities) are
# the instant 2024-12-31 with the literal year and null as alts.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
DESIGN = dict(modality="target", period=None, period_alts=[Y24])
DESIGN_NOTE = ("designed capacity written into the name of a project whose construction "
               "began in 2024 (启动建设): a fact, modality target while it is being built "
               "(SPEC §1, README §6); the plant's horizon is not stated → period null, the "
               "review year as alt (as wr_heilongjiang_2025 千万吨); unit 万吨/年 → t, the "
               "rate in the metric (年产能)")

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ---- line 2: 过去一年 (no facts) ------------------------------------------------------------
g.neg("过去一年，面对严峻", "过去一年", PERIOD_NOTE + " (the review year 2024; its line has "
      "no number)")
g.neg("党的二十大和", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中、三中全会", "二十届二中、三中全会", "plenum labels (SPEC §1, README span)")
g.neg("“五大战略定位”", "五大", "set label “五大战略定位”")

# ---- line 3: headline indicators --------------------------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "全疆地区生产总值", "经济增长"]
fact("同比增长6.1%", "6.1%", value=6.1, unit="%", kind="growth", metric="地区生产总值",
     metric_alts=GDP_ALTS, comparison="yoy", **FLOW,
     note="no 预计 → actual; section frame 2024年 (heading), null as alt")
fact("突破2万亿元大关", "2万亿元", value=2e12, unit="CNY", kind="amount", bound="gt",
     metric="地区生产总值", metric_alts=GDP_ALTS + ["经济总量"], **FLOW,
     note="突破 → gt (outside the span); 万亿元 = 1e12")
fact("工业增加值增长8%", "8%", value=8, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **FLOW)
fact("固定资产投资增长6.9%", "6.9%", value=6.9, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=["固定资产投资增速"], comparison="yoy", **FLOW)
fact("零售总额增长2%", "2%", value=2, unit="%", kind="growth", metric="社会消费品零售总额",
     metric_alts=["社会消费品零售额", "社零总额"], comparison="yoy", **FLOW)
fact("贸易总额增长21.8%", "21.8%", value=21.8, unit="%", kind="growth",
     metric="进出口贸易总额",
     metric_alts=["进出口总额", "外贸进出口总额", "进出口", "进出口总值"], comparison="yoy",
     **FLOW)
fact("预算收入增长10.5%", "10.5%", value=10.5, unit="%", kind="growth",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **FLOW)
fact("城镇居民人均可支配收入增长5.5%", "5.5%", value=5.5, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇常住居民人均可支配收入", "城镇居民收入"], comparison="yoy", **FLOW)
fact("农村居民人均可支配收入增长8.2%", "8.2%", value=8.2, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村常住居民人均可支配收入", "农村居民收入"], comparison="yoy", **FLOW)

# ---- line 4 -----------------------------------------------------------------------------------
g.neg("一年来，我们按照", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, "
      "so it governs nothing after it)")

# ---- line 5: heading (一) ---------------------------------------------------------------------
g.neg("(一)乡村全面振兴", "(一)", MARKER_NOTE)

# ---- line 6: (一) agriculture -------------------------------------------------------------
g.neg("安排“三农”资金", "三农", LABEL_NOTE + " (三农: 农业、农村、农民)")
fact("“三农”资金1137.8亿元", "1137.8亿元", value=1137.8e8, unit="CNY", kind="amount",
     metric="“三农”资金",
     metric_alts=["三农资金", "安排“三农”资金", "安排三农资金", "“三农”投入"], **FLOW,
     note="funds allocated (安排) to agriculture and rural areas in 2024; the label inside "
          "the metric has its own negative")
SOWN = ["粮食播种面积", "播种面积"]
fact("粮食播种面积4440万亩", "4440万亩", value=4440e4, unit="mu", kind="amount",
     metric="粮食播种面积", metric_alts=["全疆粮食播种面积", "播种面积"], **FLOW)
fact("新增202.9万亩", "202.9万亩", value=202.9e4, unit="mu", kind="amount",
     metric="粮食播种面积增量",
     metric_alts=SOWN + ["新增粮食播种面积", "新增播种面积", "播种面积增量"], **FLOW,
     note="absolute change of the sown area (新增 → positive, metric <level>增量, SPEC §2); "
          "the head 粮食播种面积 is carried from the clause before")
fact("粮食增产42.2亿斤", "42.2亿斤", value=42.2e8 * JIN, unit="t", kind="amount",
     metric="粮食产量增量",
     metric_alts=["粮食增产", "粮食增产量", "粮食总产增量", "粮食总产量增量", "粮食产量"],
     **FLOW,
     note="增产 = the absolute increase of grain output (metric <level>增量, SPEC §2; "
          "粮食增产 as alt); 42.2亿斤 × 0.0005 t = 2.11e6 t")
GRAIN = ["粮食总产量", "粮食产量", "总产", "粮食"]
fact("总产466亿斤", "466亿斤", value=466e8 * JIN, unit="t", kind="amount",
     metric="粮食总产", metric_alts=GRAIN, **FLOW,
     note="head 粮食 carried over (总产 → 粮食总产); 466亿斤 × 0.0005 t = 2.33e7 t")
fact("上升到第13位", "第13位", value=13, unit="rank", kind="rank", scope="全国",
     metric="粮食总产",
     metric_alts=GRAIN + ["粮食总产全国排名", "粮食总产量排名"], **FLOW,
     note="上升到 = the position reached in 2024 (rank of the year's output)")
g.neg("粮食单产1050斤", "单产", "lexicalized 单产 'yield per unit area' (part of the "
      "metric), not a quantity (as wr_heilongjiang_2025)")
YIELD = ["粮食单产量", "单产", "粮食亩产", "粮食平均单产"]
fact("粮食单产1050斤", "1050斤", value=1050 * JIN, unit="t", kind="amount",
     metric="粮食单产", metric_alts=YIELD, **FLOW,
     note="yield per mu: 1050斤 × 0.0005 t = 0.525 t, the per-mu rate kept in the metric "
          "(SPEC rates: base unit, rate in metric)")
g.neg("首次跃居全国第一", "首次", "首次 'for the first time', not a rank or count")
fact("首次跃居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="粮食单产", metric_alts=YIELD + ["粮食单产排名"], **FLOW)
COTTON = ["棉花总产量", "棉花产量", "棉花"]
fact("棉花总产568.6万吨", "568.6万吨", value=568.6e4, unit="t", kind="amount",
     metric="棉花总产", metric_alts=COTTON, **FLOW)
fact("占全国92.2%", "92.2%", value=92.2, unit="%", kind="share",
     metric="棉花总产占全国比重",
     metric_alts=["棉花总产量占全国比重", "棉花产量占全国比重", "棉花总产占全国的比重",
                  "棉花产量占全国的比重", "棉花总产"], **FLOW,
     note="share of the national output of the year")
fact("果品产量达到1400万吨", "1400万吨", value=1400e4, unit="t", kind="amount",
     metric="果品产量", metric_alts=["果品", "水果产量"], **FLOW, note="达到 → eq; output "
     "of the year")
fact("蔬菜产量2313万吨", "2313万吨", value=2313e4, unit="t", kind="amount",
     metric="蔬菜产量", metric_alts=["蔬菜"], **FLOW)
fact("奶产业发展九条政策措施", "九条", value=9, unit="count", kind="count", classifier="条",
     metric="稳定肉牛肉羊及奶产业发展政策措施",
     metric_alts=["肉牛肉羊及奶产业发展政策措施", "政策措施", "措施", "九条政策措施",
                  "稳定肉牛肉羊及奶产业发展九条政策措施"], **FLOW,
     note="number of measures of a policy package issued in 2024 (README §2 七条措施)")
fact("各类资金50.3亿元", "50.3亿元", value=50.3e8, unit="CNY", kind="amount",
     metric="畜牧业发展资金",
     metric_alts=["畜牧业发展各类资金", "落实畜牧业发展各类资金", "畜牧业资金"], **FLOW)
fact("肉类产量211.76万吨", "211.76万吨", value=211.76e4, unit="t", kind="amount",
     metric="肉类产量", metric_alts=["肉类总产量", "肉类"], **FLOW)
fact("牛奶产量198万吨", "198万吨", value=198e4, unit="t", kind="amount",
     metric="牛奶产量", metric_alts=["牛奶", "奶类产量"], **FLOW)
fact("水产品产量19.65万吨", "19.65万吨", value=19.65e4, unit="t", kind="amount",
     metric="水产品产量", metric_alts=["水产品"], **FLOW)
fact("建设高标准农田434万亩", "434万亩", value=434e4, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建设高标准农田", "高标准农田建设", "高标准农田建设面积", "高标准农田面积"],
     **FLOW, note="area built in 2024")
fact("现代农业产业园3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家现代农业产业园",
     metric_alts=["新增国家现代农业产业园", "现代农业产业园", "国家现代农业产业园增量",
                  "国家现代农业产业园数量增量"], **FLOW,
     note="新增 N: parks added in 2024; 增量 alts (README §3)")
fact("农业产业强镇9个", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="农业产业强镇",
     metric_alts=["新增农业产业强镇", "农业产业强镇增量", "农业产业强镇数量增量",
                  "国家农业产业强镇"], **FLOW, note="verb 新增 distributes over the list")
fact("中央149.2亿元", "149.2亿元", value=149.2e8, unit="CNY", kind="amount",
     metric="中央乡村振兴补助资金",
     metric_alts=["乡村振兴补助资金", "中央财政乡村振兴补助资金", "统筹用好中央乡村振兴补助资金"],
     **FLOW,
     note="central funds used (统筹用好) by the region in 2024; the region keeps the "
          "subject, 中央 stays in the metric")
g.neg("“千万工程”", "千万", LABEL_NOTE + " (“千万工程”: the Zhejiang programme "
      "'thousand villages, ten thousand villages')")
fact("创建15个全国", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="全国美丽宜居示范村",
     metric_alts=["美丽宜居示范村", "创建全国美丽宜居示范村", "全国美丽宜居示范村数量"],
     **FLOW)

# ---- line 7: heading (二) ---------------------------------------------------------------------
g.neg("(二)产业集群", "(二)", MARKER_NOTE)

# ---- line 8: (二) industry ---------------------------------------------------------------
g.neg("建成3个千万千瓦级", "千万千瓦", "class threshold 千万千瓦级 defining the counted bases "
      "(SPEC §2), part of the metric of 3个")
fact("建成3个千万千瓦级", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="千万千瓦级新能源基地",
     metric_alts=["新能源基地", "建成千万千瓦级新能源基地", "千万千瓦级新能源基地数量",
                  "建成新能源基地"], **FLOW,
     note="bases completed (建成) in 2024; the class 千万千瓦级 is part of the metric")
fact("新能源并网装机4037万千瓦", "4037万千瓦", value=4037e7, unit="W", kind="amount",
     metric="新能源并网装机",
     metric_alts=["新增新能源并网装机", "新能源并网装机增量", "新能源装机", "新能源并网装机容量",
                  "新能源并网装机容量增量"], **FLOW,
     note="judgement call: read as the capacity connected in 2024 (a flow), since the "
          "total follows as 总规模突破1亿千瓦; the stock reading is not offered because the "
          "total is stated separately; 4037万千瓦 = 4.037e10 W")
NEWTOT = ["新能源装机总规模", "新能源并网装机总规模", "新能源装机", "新能源并网装机", "总规模",
          "新能源装机规模"]
fact("总规模突破1亿千瓦", "1亿千瓦", value=1e11, unit="W", kind="amount", bound="gt",
     metric="新能源并网装机总规模", metric_alts=NEWTOT, **STOCK,
     note="突破 → gt; 1亿千瓦 = 1e11 W; a total installed capacity (stock) → " + STOCK_NOTE)
fact("占全疆电力装机50%", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="新能源装机占全疆电力装机比重",
     metric_alts=["新能源装机占比", "新能源装机占电力装机比重", "新能源占全疆电力装机比重",
                  "新能源装机总规模占全疆电力装机比重", "新能源并网装机占全疆电力装机比重"],
     **STOCK, note="以上 → ge (outside the span); a share of a stock → " + STOCK_NOTE)
OUT = ["“疆电外送”电量", "疆电外送电量", "“疆电外送”", "疆电外送", "外送电量", "疆电外送量"]
fact("“疆电外送”1264亿千瓦时", "1264亿千瓦时", value=1264e8, unit="kWh", kind="amount",
     metric="“疆电外送”电量", metric_alts=OUT[1:], **FLOW,
     note="electricity sent out of the region in 2024 (the label “疆电外送” names the flow)")
fact("新能源占比近1/3", "1/3", value=100 / 3, unit="%", kind="share", bound="approx",
     metric="“疆电外送”新能源占比",
     metric_alts=["疆电外送新能源占比", "新能源占比", "外送电量中新能源占比",
                  "“疆电外送”电量中新能源占比", "疆电外送电量新能源占比"], **FLOW,
     note="近 → approx (outside the span); the fraction 1/3 → 33.33 %; 其中 = of the "
          "1264亿千瓦时 sent out")
g.neg("全球单体规模最大", "单体", "单体 'single unit (project)', not a quantity (README §2 "
      "单个)")
fact("累计建成并网近1000万千瓦", "1000万千瓦", value=1e10, unit="W", kind="amount",
     bound="approx", metric="新型储能累计建成并网",
     metric_alts=["新型储能装机", "新型储能并网装机", "新型储能累计并网装机", "新型储能",
                  "新型储能累计建成并网装机", "新型储能装机规模"], **STOCK,
     note="近 → approx; 累计 → " + STOCK_NOTE)
COAL = ["原煤", "原煤生产", "全疆原煤产量"]
fact("原煤产量5.41亿吨", "5.41亿吨", value=5.41e8, unit="t", kind="amount",
     metric="原煤产量", metric_alts=COAL, **FLOW)
fact("亿吨、增长17.5%", "17.5%", value=17.5, unit="%", kind="growth", metric="原煤产量",
     metric_alts=COAL, comparison="yoy", **FLOW)
STREAK4 = P("连续四年", "2021-01-01", "2024-12-31")
fact("增速连续四年居", "四年", value=4, unit="year", kind="amount",
     metric="原煤产量增速居全国主要产煤省区首位持续时间",
     metric_alts=["原煤产量增速连续居全国主要产煤省区首位", "原煤产量增速居首位年数",
                  "连续居全国主要产煤省区首位", "原煤产量增速"],
     period=Y24, period_alts=[Y24_NULL, STREAK4],
     note="length of the streak 连续四年 (a duration, unit year), as the streaks of "
          "wr_guizhou_2025 / wr_heilongjiang_2025 — judgement call; the streak ends in the "
          "review year (alt 2021-2024)")
fact("产煤省区首位", "首位", value=1, unit="rank", kind="rank", scope="全国主要产煤省区",
     metric="原煤产量增速",
     metric_alts=["原煤产量", "原煤产量增速排名", "增速"],
     period=Y24, period_alts=[Y24_NULL, STREAK4],
     note="首位 → 1 among the main coal-producing provinces (scope); the position in the "
          "review year, held in each year of the streak (alt 2021-2024)")
fact("“疆煤外运”达到1.4亿吨", "1.4亿吨", value=1.4e8, unit="t", kind="amount",
     metric="“疆煤外运”",
     metric_alts=["疆煤外运", "疆煤外运量", "“疆煤外运”量", "外运煤炭", "煤炭外运量"], **FLOW,
     note="达到 → eq; coal shipped out of the region in 2024 (the label names the flow)")
fact("哈密400万吨/年煤制油", "400万吨/年", value=4e6, unit="t", kind="amount",
     metric="煤制油年产能",
     metric_alts=["煤制油产能", "煤制油项目产能", "煤制油", "煤制油项目年产能"],
     subject="哈密煤制油项目",
     subject_alts=["哈密400万吨/年煤制油项目", "煤制油项目", "哈密", "新疆维吾尔自治区",
                   "新疆"],
     **DESIGN, note=DESIGN_NOTE)
fact("、1500万吨/年煤炭", "1500万吨/年", value=1.5e7, unit="t", kind="amount",
     metric="煤炭分质分级利用年产能",
     metric_alts=["煤炭分质分级利用产能", "煤炭分质分级利用能力", "煤炭分质分级利用项目产能",
                  "煤炭分质分级利用", "煤炭分质分级利用项目年产能"],
     subject="哈密煤炭分质分级利用项目",
     subject_alts=["1500万吨/年煤炭分质分级利用项目", "煤炭分质分级利用项目", "哈密",
                   "新疆维吾尔自治区", "新疆"],
     **DESIGN, note=DESIGN_NOTE + "; 哈密 read as covering both projects of the list")
fact("油气产量当量6664万吨", "6664万吨", value=6664e4, unit="t", kind="amount",
     metric="油气产量当量", metric_alts=["油气产量", "油气当量产量", "油气"], **FLOW)
g.neg("建成全国首个年产", "首个", FIRST_NOTE)
fact("年产百万吨国家级", "百万吨", value=1e6, unit="t", kind="amount",
     metric="页岩油年产量",
     metric_alts=["页岩油年产能", "年产量", "页岩油产量", "页岩油产能", "年产"],
     subject="国家级页岩油示范区",
     subject_alts=["页岩油示范区", "吉木萨尔国家级陆相页岩油示范区", "新疆维吾尔自治区",
                   "新疆"],
     **LEVEL,
     note="judgement call: the zone's annual output written into its description "
          "(年产百万吨国家级页岩油示范区, built (建成) in 2024 → actual; SPEC §1 quantities in "
          "a project's name); reading it as the class threshold of 首个 (negative, as "
          "wr_shanghai_2025 5000万标准箱) is the alternative")
fact("地下储气库3座", "3座", value=3, unit="count", kind="count", classifier="座",
     metric="地下储气库",
     metric_alts=["投运地下储气库", "储气库", "地下储气库数量", "投运的地下储气库"], **FLOW,
     note="storage facilities put into operation (投运) in 2024")
fact("储气能力全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="储气能力", metric_alts=["储气能力排名", "地下储气库储气能力"], **STOCK,
     note="rank of a capacity (a stock): " + STOCK_NOTE)
fact("大型资源基地6处", "6处", value=6, unit="count", kind="count", classifier="处",
     metric="大型资源基地",
     metric_alts=["形成大型资源基地", "资源基地", "大型资源基地数量"], **FLOW,
     note="bases formed (形成) by the 2024 exploration")
g.neg("实现首期投产", "首期", "phase label 首期 (first phase), not a quantity")
fact("出让矿业权558个", "558个", value=558, unit="count", kind="count", classifier="个",
     metric="出让矿业权",
     metric_alts=["矿业权", "矿业权出让", "出让矿业权数量"], **FLOW)
fact("收益290亿元", "290亿元", value=290e8, unit="CNY", kind="amount",
     metric="矿业权出让收益",
     metric_alts=["收益", "出让收益", "出让矿业权收益", "矿业权收益"], **FLOW,
     note="the revenue of the 558 rights sold (head restored)")
TEX_ALTS = XJ_ALTS + ["棉花和纺织服装全产业链", "纺织服装产业", "棉花和纺织服装产业"]
fact("产值超2200亿元", "2200亿元", value=2200e8, unit="CNY", kind="amount", bound="gt",
     metric="棉花和纺织服装全产业链产值",
     metric_alts=["产值", "棉花和纺织服装产业产值", "棉花和纺织服装产值", "纺织服装产业产值",
                  "全产业链产值"],
     subject_alts=TEX_ALTS, **FLOW,
     note="超 → gt (outside the span); sector figure: the region stays the subject, the "
          "sector as alt (README §4)")
fact("纺织工业增加值增长24.8%", "24.8%", value=24.8, unit="%", kind="growth",
     metric="规上纺织工业增加值",
     metric_alts=["纺织工业增加值", "规模以上纺织工业增加值"], comparison="yoy", **FLOW)
fact("吸纳就业100余万人", "100余万人", value=1e6, unit="count", kind="count",
     classifier="人", bound="gt", metric="吸纳就业",
     metric_alts=["就业", "就业人数", "吸纳就业人数", "棉花和纺织服装全产业链吸纳就业",
                  "纺织服装产业就业"],
     subject_alts=TEX_ALTS, **STOCK,
     note="余 inside the span → gt; jobs held in the textile chain (a level of "
          "employment, a stock) → " + STOCK_NOTE)
fact("开工建设8个算力网", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="算力网重点项目",
     metric_alts=["开工建设算力网重点项目", "算力网项目", "算力网重点项目数量", "重点项目"],
     **FLOW)
g.neg("全疆首个智算中心", "首个", FIRST_NOTE)
fact("智能算力规模24000P", "24000P", value=24000, unit="P", kind="amount",
     metric="智能算力规模",
     metric_alts=["智能算力", "算力规模", "智算规模", "建成智能算力规模"], **STOCK,
     note="P (PFlops) has no canonical unit (SPEC §3: unknown units are kept as written; "
          "as wr_guizhou_2025 Eflops) → value 24000, unit 'P', kind amount; the capacity "
          "built (a stock): " + STOCK_NOTE)
fact("多晶硅行业增加值增长24%", "24%", value=24, unit="%", kind="growth",
     metric="多晶硅行业增加值", metric_alts=["多晶硅增加值", "多晶硅行业"], comparison="yoy",
     **FLOW)
g.neg("“绿色提锂”等一批", "一批", "quantifier 一批")
fact("塔里木油田万米超深钻井", "万米", value=1e4, unit="m", kind="amount",
     metric="钻井深度",
     metric_alts=["井深", "超深钻井深度", "钻探深度", "深度", "万米超深钻井"],
     subject="塔里木油田",
     subject_alts=["塔里木油田万米超深钻井", "万米超深钻井", "深地塔科1井",
                   "新疆维吾尔自治区", "新疆"],
     **FLOW,
     note="judgement call: a technical magnitude in the well's description (README §2 "
          "technical magnitudes), the depth class 万米 = 1e4 m; drilled (刷新亚洲纪录) in "
          "2024 → actual; reading it as a name (negative) is the alternative")
g.neg("我国首个业务化", "首个", FIRST_NOTE)
g.neg("世界首台10—60", "首台", FIRST_NOTE)
fact("首台10—60兆电子伏", "10—60兆电子伏", value=10, upper=60, unit="兆电子伏",
     kind="amount", metric="质子能量",
     metric_alts=["能量", "质子加速器能量", "能量范围", "质子加速器能量范围", "加速器能量",
                  "质子束能量"],
     subject="质子加速器",
     subject_alts=["10—60兆电子伏质子加速器", "新疆维吾尔自治区", "新疆"], **FLOW,
     note="a technical magnitude (README §2): the energy range of the accelerator, a range "
          "→ value 10, upper 60, one fact, span over both ends; 兆电子伏 (MeV) has no "
          "canonical unit → kept as written; put into operation in 2024 → actual")
fact("创新型中小企业718家", "718家", value=718, unit="count", kind="count",
     classifier="家", metric="创新型中小企业",
     metric_alts=["新认定创新型中小企业", "创新型中小企业增量", "创新型中小企业数量增量",
                  "认定创新型中小企业"], **FLOW,
     note="新认定 N: firms certified in 2024; 增量 alts (README §3)")
fact("专精特新企业305家", "305家", value=305, unit="count", kind="count", classifier="家",
     metric="专精特新企业",
     metric_alts=["新认定专精特新企业", "专精特新企业增量", "专精特新中小企业",
                  "专精特新企业数量增量", "专精特新"], **FLOW,
     note="verb 新认定 distributes over the list")
fact("高新技术企业达到2529家", "2529家", value=2529, unit="count", kind="count",
     classifier="家", metric="高新技术企业",
     metric_alts=["高新技术企业数量", "高新技术企业总数", "国家高新技术企业"], **STOCK,
     note="达到 N 家 of a register of certified firms: " + STOCK_NOTE)
RD = ["研发经费", "R&D经费", "全疆研究与试验发展经费", "研究与试验发展经费支出",
      "研发经费投入"]
fact("发展经费突破百亿元", "百亿元", value=1e10, unit="CNY", kind="amount", bound="gt",
     metric="研究与试验发展经费", metric_alts=RD, **FLOW,
     note="突破 → gt (outside the span); 百亿元 = 1e10 CNY")
fact("增长27%", "27%", value=27, unit="%", kind="growth", metric="研究与试验发展经费",
     metric_alts=RD, comparison="yoy", **FLOW)
fact("增速居全国第二位", "第二位", value=2, unit="rank", kind="rank", scope="全国",
     metric="研究与试验发展经费增速",
     metric_alts=["研究与试验发展经费", "研发经费增速", "R&D经费增速", "增速"], **FLOW)
fact("成交额超过百亿元", "百亿元", value=1e10, unit="CNY", kind="amount", bound="gt",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术合同成交"], **FLOW,
     note="超过 → gt; 百亿元 = 1e10 CNY")
fact("综合排名上升3位", "3位", value=3, unit="rank", kind="rank", scope="全国",
     metric="区域创新能力全国综合排名上升位次",
     metric_alts=["区域创新能力全国综合排名", "区域创新能力综合排名", "区域创新能力排名",
                  "区域创新能力", "区域创新能力全国综合排名增量", "区域创新能力排名上升"],
     **FLOW,
     note="judgement call: a move of 3 places up the national ranking (places gained), not "
          "a position; kind rank as the level's kind (SPEC §2 absolute change) with the "
          "value as written (+3, 上升); a count of places (classifier 位) or −3 (the change "
          "of the rank number) are the alternatives")
fact("急需紧缺人才3200余人", "3200余人", value=3200, unit="count", kind="count",
     classifier="人", bound="gt", metric="培养引进高层次人才和急需紧缺人才",
     metric_alts=["高层次人才和急需紧缺人才", "培养引进人才", "高层次人才",
                  "培养引进的高层次人才和急需紧缺人才", "人才"], **FLOW,
     note="余 inside the span → gt")
fact("新设13个博士后", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="博士后工作站",
     metric_alts=["新设博士后工作站", "博士后工作站增量", "博士后工作站数量增量"], **FLOW,
     note="新设 N: stations set up in 2024; 增量 alts")
fact("、10个博士后创新", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="博士后创新实践基地",
     metric_alts=["新设博士后创新实践基地", "博士后创新实践基地增量",
                  "博士后创新实践基地数量增量"], **FLOW, note="verb 新设 distributes over the list")
g.neg("一大批院士专家", "一大批", "quantifier 一大批 'a large number of', not a quantity")

NOTES = (
    "Excerpt: lines 7-14 of shared/texts/work_report/wr_xinjiang_2025.txt (2,195 "
    "characters), sliced by code: the heading 一、2024年工作回顾, the 过去一年 paragraph, the "
    "headline indicators (line 9: GDP, industry, investment, retail, trade, revenue, "
    "incomes), 一年来…主要做了以下工作。 and review items (一) (agriculture) and (二) "
    "(industry, energy, minerals, textiles, computing, science, talent) in full: the start "
    "of the review and its densest run of numbers. The 2025 targets (source line 37) are "
    "~4,700 characters later; the brief asks for the review. Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; the source's title line reads "
    "2025年新疆政府工作报告, used as the title as written; the corpus meta spells it "
    "2025年新疆维吾尔自治区政府工作报告). Date: 2025-01-19, the delivery date in the report's header "
    "(source line 3: 2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上); the "
    "corpus meta agrees. 过去一年 / 一年来 = 2024. Place: 新疆维吾尔自治区 (新疆, 全疆, 自治区, "
    "全区 → alts); owners of their own numbers: the Hami coal projects (design capacities), "
    "the shale-oil demonstration zone (百万吨), 塔里木油田 (万米 well), the proton "
    "accelerator (10—60兆电子伏); textile-chain figures keep the region (sector as alt). "
    "Periods: the heading 2024年 is the section frame of lines 9, 12 and 14 (period text "
    "2024年, null as alt; line 8 过去一年 has no number, line 10 一年来 is its own line); "
    "stocks (新能源装机总规模, its share, 新型储能累计, 储气能力 rank, 智能算力规模 built, "
    "高新技术企业达到, jobs in the textile chain) → instant 2024-12-31 with the year and null "
    "as alts; streak 连续四年 and its rank 首位 → the year, 2021-2024 as alt. Modality: actual "
    "except the design capacities 400万吨/年 and 1500万吨/年 of projects begun in 2024 "
    "(target, period null, the year as alt). Units: 斤 × 0.0005 t (42.2亿斤, 466亿斤, 1050斤 "
    "per mu); 万千瓦 1e7 W; 亿千瓦时 1e8 kWh; 1/3 → 33.33 %; 24000P and 兆电子伏 kept as "
    "surface units; 10—60兆电子伏 → value 10, upper 60. Judgement calls: 新能源并网装机4037万"
    "千瓦 read as 2024's additions (the total follows separately); 新增202.9万亩 and 粮食增产"
    "42.2亿斤 → absolute changes (metric …增量, SPEC §2); 年产百万吨 (shale-oil zone) and 万米 "
    "(well depth) → facts in descriptions; 排名上升3位 → rank +3 (places gained); 九条 → a "
    "count of measures. Negatives: 一、, 2024年, 过去一年, 二十大, 二十届二中、三中全会, 五大, "
    "一年来, (一)/(二), 三农, 单产, 首次, 千万 (千万工程), 千万千瓦 (class threshold), 单体, "
    "首个 ×3, 首期, 一批, 首台, 一大批.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：新疆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
