"""Gold annotations for wr_yunnan_2025 (2025年云南省政府工作报告), lines 7-12 of
shared/texts/work_report/wr_yunnan_2025.txt.

The excerpt corpora/wr_yunnan_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2024年工作回顾, the opening paragraph of
the review (2024年，是中华人民共和国成立75周年… with the headline indicators: GDP, industry,
sectors, retail, revenue, incomes, grain) and review items （一） (economy: investment,
consumption), （二） (industry, energy, metals, zones, agriculture, tourism), （三） (reform,
market entities, talent, science) and （四） (opening: railway, parks, ports, trade) in full.
It is the start of the review and its densest run of numbers (~110 numerals in 2,175
characters).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_yunnan_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_yunnan_2025"
PLACE = "云南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 7, 12                     # 1-based, inclusive, whole lines
TITLE = "2025年云南省政府工作报告"
YN_ALTS = ["云南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2024年工作回顾", ends="对接活动等成果丰硕。")
text = g.text
fact = g.with_subject(PLACE, YN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 亿元以上项目), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# Line 1 of the excerpt is the heading 一、2024年工作回顾: the section frame of the review.
# Line 2 opens with 2024年，是… and governs that line (explicit, same dates).  Lines 3-6
# (items （一）…（四）) state no period of their own: they take the section frame 2024 with
# the heading's period text 2024年, the null reading in period_alts (SPEC §4; as
# wr_xinjiang_2025 / wr_anhui_2025).  Stocks (总装机, 累计, 达 N 万户 of a register, ranks of
# capacities, the scope of a rule in force) are the instant 2024-12-31 with the literal year
# and null as alts.  Streaks (连续12个季度, 连续3年, 连续三年) end in the review year: the
# year as gold, the streak's own span as alt (as wr_anhui_2025 连续48个月).
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NET_NOTE = ("净增 N: the net change of a register over 2024 (SPEC §2 absolute change → "
            "<level>增量, positive); the plain noun and 净增… as alts")

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ---- line 2: 2024年，是… (headline indicators) ----------------------------------------------
g.neg("2024年，是中华人民共和国", "2024年", PERIOD_NOTE + " (explicit at the head of line 2: "
      "governs its headline indicators)")
g.neg("成立75周年", "75周年", "anniversary 75周年 (of the founding of the PRC), an event "
      "label, not a quantity claim (as 十周年 in other golds)")
g.neg("实现“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("的关键一年", "一年", "'a key year' = 2024, not a duration fact (as wr_anhui_2025 "
      "里程碑意义的一年)")
g.neg("党的二十届三中全会胜利召开", "二十届三中全会", "plenum label (SPEC §1)")
g.neg("党的二十大和", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中、三中全会精神", "二十届二中、三中全会", "plenum labels (SPEC §1, README span)")
g.neg("“三个定位”", "三个定位", LABEL_NOTE + " (“三个定位”, the three roles assigned to "
      "Yunnan)")
g.neg("“3815”战略", "3815", LABEL_NOTE + " (“3815”战略发展目标, the province's strategy "
      "name), not a quantity")
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值", "经济总量"]
fact("地区生产总值31534亿元", "31534亿元", value=31534e8, unit="CNY", kind="amount",
     metric="地区生产总值", metric_alts=GDP_ALTS, **FLOW,
     note="完成 → eq; 2024年 at the head of the line governs; no 预计 → actual")
fact("31534亿元、增长3.3%", "3.3%", value=3.3, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS + ["经济增长"], comparison="yoy", **FLOW)
fact("工业增加值增长3.3%", "3.3%", value=3.3, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **FLOW)
SECTOR = "sector name {} (primary/tertiary industry), not a quantity"
g.neg("第一、第三产业", "第一", SECTOR.format("第一(产业), head shared with 第三产业"))
g.neg("第一、第三产业", "第三产业", SECTOR.format("第三产业"))
SEC_NOTE = "分别: 第一产业 ↔ 2.5%, 第三产业 ↔ 3.9%; 增加值 shared"
fact("分别增长2.5%", "2.5%", value=2.5, unit="%", kind="growth", metric="第一产业增加值",
     metric_alts=["第一产业", "农业增加值"], comparison="yoy", **FLOW,
     note=SEC_NOTE + "; the elided head 产业 restored (README §3)")
fact("2.5%、3.9%", "3.9%", value=3.9, unit="%", kind="growth", metric="第三产业增加值",
     metric_alts=["第三产业", "服务业增加值"], comparison="yoy", **FLOW, note=SEC_NOTE)
fact("零售总额增长2.9%", "2.9%", value=2.9, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **FLOW)
fact("预算收入增长2%", "2%", value=2, unit="%", kind="growth",
     metric="地方一般公共预算收入",
     metric_alts=["一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy", **FLOW)
fact("可支配收入增长5.3%", "5.3%", value=5.3, unit="%", kind="growth",
     metric="居民人均可支配收入",
     metric_alts=["全省居民人均可支配收入", "人均可支配收入", "居民收入"], comparison="yoy",
     **FLOW)
fact("粮食总产量1993.5万吨", "1993.5万吨", value=1993.5e4, unit="t", kind="amount",
     metric="粮食总产量", metric_alts=["粮食产量", "粮食"], **FLOW,
     note="the year's harvest (创历史新高 states no number)")

# ---- line 3: （一） economy --------------------------------------------------------------------
g.neg("（一）经济运行", "（一）", MARKER_NOTE)
g.neg("国家一揽子", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")
g.neg("百日攻坚行动", "百日", LABEL_NOTE + " (campaign name 稳增长解难题优环境百日攻坚行动, "
      "'hundred-day drive'), not a duration fact (judgement call)")
g.neg("聚焦“两重”", "两重", LABEL_NOTE + " (“两重”)")
g.neg("“两新”扩大", "两新", LABEL_NOTE + " (“两新”)")
fact("连续12个季度", "12个季度", value=3, unit="year", kind="amount",
     metric="重大产业项目推进会召开持续时间",
     metric_alts=["连续召开重大产业项目推进会", "重大产业项目推进会连续召开季度数",
                  "召开重大产业项目推进会持续时间", "重大产业项目推进会", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, P("连续12个季度", "2022-01-01", "2024-12-31")],
     note="judgement call: length of the streak 连续12个季度 (a duration; a quarter = 1/4 "
          "year → 3 year, as 连续八个季度 → 2 year in other golds); the streak ends in the "
          "review year (alt 2022-01..2024-12); a count of 12 meetings is the alternative "
          "reading. Known false alarm: the shared check_gold.py has no 季度 unit and reads 12")
fact("占全部投资比重达52.1%", "52.1%", value=52.1, unit="%", kind="share",
     metric="产业投资占全部投资比重",
     metric_alts=["产业投资占比", "产业投资占全部投资的比重", "产业投资占固定资产投资比重"],
     **FLOW, note="达 → eq; share of the year's investment (a flow) → the year")
fact("占全部民间投资比重达66.5%", "66.5%", value=66.5, unit="%", kind="share",
     metric="产业民间投资占全部民间投资比重",
     metric_alts=["产业民间投资占比", "产业民间投资占全部民间投资的比重",
                  "产业民间投资占民间投资比重"], **FLOW)
fact("直接带动消费超330亿元", "330亿元", value=330e8, unit="CNY", kind="amount",
     bound="gt", metric="消费品以旧换新直接带动消费",
     metric_alts=["直接带动消费", "带动消费", "以旧换新带动消费", "消费品以旧换新带动消费",
                  "以旧换新直接带动消费"], **FLOW, note="超 → gt (outside the span)")

# ---- line 4: （二） industry ---------------------------------------------------------------------
g.neg("（二）产业强省", "（二）", MARKER_NOTE)
ELEC_NOTE = ("分别: 规模以上工业发电量 ↔ 10.6%, 全社会用电量 ↔ 10.9%, 西电东送电量 ↔ 22.9%")
fact("分别增长10.6%", "10.6%", value=10.6, unit="%", kind="growth",
     metric="规模以上工业发电量", metric_alts=["规上工业发电量", "发电量", "工业发电量"],
     comparison="yoy", **FLOW, note=ELEC_NOTE)
fact("10.6%、10.9%", "10.9%", value=10.9, unit="%", kind="growth",
     metric="全社会用电量", metric_alts=["用电量", "社会用电量"], comparison="yoy", **FLOW,
     note=ELEC_NOTE)
fact("10.9%、22.9%", "22.9%", value=22.9, unit="%", kind="growth",
     metric="西电东送电量", metric_alts=["西电东送", "外送电量", "“西电东送”电量"],
     comparison="yoy", **FLOW, note=ELEC_NOTE)
POWER = ["电力装机", "电力总装机容量", "电源总装机", "总装机", "电力装机容量"]
fact("总装机突破1.5亿千瓦", "1.5亿千瓦", value=1.5e11, unit="W", kind="amount", bound="gt",
     metric="电力总装机", metric_alts=POWER, **STOCK,
     note="突破 → gt (outside the span); 1.5亿千瓦 = 1.5e11 W; installed capacity (a stock): "
          + STOCK_NOTE)
fact("绿电占比超90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="绿电占比",
     metric_alts=["绿电装机占比", "绿色电力占比", "绿色电源装机占比", "绿电装机占电力总装机比重",
                  "绿电发电量占比", "清洁能源装机占比"],
     period=Y24_END, period_alts=[Y24, Y24_NULL],
     note="超 → gt; judgement call: written right after 电力总装机, read as the green share "
          "of the installed capacity (a share of a stock → instant 2024-12-31); the share "
          "of the year's generation (the year, in alts) is the other reading")
CAP_NOTE = ("分别: 单晶硅产能 ↔ 第2, 电解铝产能 ↔ 第4位; shared unit 位 goes with the last "
            "(README §1: 第2 bare); rank of a capacity (a stock) → " + STOCK_NOTE)
g.neg("90%。单晶硅", "单晶", "单晶 'single-crystal' in the material name 单晶硅 "
      "(monocrystalline silicon), not a quantity")
fact("分别居全国第2、", "第2", value=2, unit="rank", kind="rank", scope="全国",
     metric="单晶硅产能", metric_alts=["单晶硅", "单晶硅产能排名", "单晶硅产能规模"],
     **STOCK, note=CAP_NOTE)
fact("第2、第4位", "第4位", value=4, unit="rank", kind="rank", scope="全国",
     metric="电解铝产能", metric_alts=["电解铝", "电解铝产能排名", "电解铝产能规模"],
     **STOCK, note=CAP_NOTE)
g.neg("云南工业“新三样”", "新三样", "label “新三样” ('the new three': green aluminium, "
      "silicon photovoltaics, new-energy batteries, listed just before), a set label, not a "
      "count (as other golds)")
N3 = ["“新三样”增加值", "新三样增加值", "云南工业新三样增加值", "绿色铝、硅光伏、新能源电池增加值",
      "工业“新三样”增加值", "“新三样”"]
fact("增加值增长8.2%", "8.2%", value=8.2, unit="%", kind="growth",
     metric="云南工业“新三样”增加值", metric_alts=N3, comparison="yoy", **FLOW)
MFG_NOTE = "分别: 装备制造业 ↔ 19%, 高技术制造业 ↔ 17.7%; 增加值 shared"
fact("分别增长19%", "19%", value=19, unit="%", kind="growth", metric="装备制造业增加值",
     metric_alts=["装备制造业"], comparison="yoy", **FLOW, note=MFG_NOTE)
fact("19%、17.7%", "17.7%", value=17.7, unit="%", kind="growth", metric="高技术制造业增加值",
     metric_alts=["高技术制造业"], comparison="yoy", **FLOW, note=MFG_NOTE)
g.neg("10种有色金属产量", "10种", "name of the statistical aggregate 10种有色金属 (十种有色"
      "金属, the ten nonferrous metals), part of the metric, not a count claim (judgement "
      "call)")
fact("占全国比重超1/10", "1/10", value=10, unit="%", kind="share", bound="gt",
     metric="10种有色金属产量占全国比重",
     metric_alts=["十种有色金属产量占全国比重", "有色金属产量占全国比重",
                  "10种有色金属产量占全国的比重", "10种有色金属产量占比"], **FLOW,
     note="超 → gt; the fraction 1/10 → 10 %; share of the national output of the year. "
          "Known false alarm: the shared check_gold.py reads the span 1/10 as 1")
fact("89个开发区", "89个", value=89, unit="count", kind="count", classifier="个",
     metric="开发区", metric_alts=["开发区数量", "全省开发区"], **STOCK,
     note="judgement call: the number of the province's development zones, stated as the "
          "set the share belongs to (a stock: " + STOCK_NOTE + "); reading it as part of "
          "the share's owner only (negative) is the alternative")
fact("占全省比重达78%", "78%", value=78, unit="%", kind="share",
     metric="开发区规上工业总产值占全省比重",
     metric_alts=["开发区规上工业总产值占比", "开发区规上工业总产值占全省的比重",
                  "89个开发区规上工业总产值占全省比重", "规上工业总产值占全省比重",
                  "开发区规模以上工业总产值占全省比重"],
     subject_alts=YN_ALTS + ["89个开发区", "开发区"], **FLOW,
     note="达 → eq; the zones' share of the province's output of the year; the province "
          "keeps the subject (a set of zones, sector-like, README §4), the zones as alts")
fact("连续3年保持全国前列", "3年", value=3, unit="year", kind="amount",
     metric="农业投资规模保持全国前列持续时间",
     metric_alts=["农业投资规模连续保持全国前列", "农业投资规模保持全国前列年数",
                  "连续保持全国前列", "农业投资规模"],
     period=Y24, period_alts=[Y24_NULL, P("连续3年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续3年 (a duration, unit year), as wr_xinjiang_2025 连续四年 "
          "— judgement call; 全国前列 states no rank number; the streak ends in the review "
          "year (alt 2022-2024)")
CROPS = ["茶叶、鲜切花、核桃、咖啡、橡胶种植面积和产量", "种植面积和产量",
         "茶叶、鲜切花、核桃、咖啡、橡胶等种植面积", "茶叶、鲜切花、核桃、咖啡、橡胶等产量",
         "茶叶种植面积和产量", "种植面积", "产量"]
fact("稳居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="茶叶、鲜切花、核桃、咖啡、橡胶等种植面积和产量", metric_alts=CROPS, **LEVEL,
     note="one rank mention over five crops and two indicators (等…稳居全国第1位) → one fact "
          "(SPEC §1), parts as metric alts; area and output of the 2024 season → the year, "
          "year-end as alt")
fact("新增2个国家优势", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家优势特色产业集群",
     metric_alts=["新增国家优势特色产业集群", "优势特色产业集群", "国家优势特色产业集群增量",
                  "国家优势特色产业集群数量增量"], **FLOW,
     note="新增 N: clusters added in 2024; 增量 alts (README §3)")
fact("全链条产值突破2.7万亿元", "2.7万亿元", value=2.7e12, unit="CNY", kind="amount",
     bound="gt", metric="重点产业全链条产值",
     metric_alts=["全链条产值", "重点产业全产业链产值", "农业重点产业全链条产值",
                  "重点产业全链条总产值"], **FLOW,
     note="突破 → gt; 万亿元 = 1e12; output of the year (the agricultural key industries, "
          "the sentence's topic)")
g.neg("“有一种叫云南的生活”", "一种", "slogan “有一种叫云南的生活” ('there is a life called "
      "Yunnan'): 一种 is an article, not a quantity")
fact("旅游总花费1.14万亿元", "1.14万亿元", value=1.14e12, unit="CNY", kind="amount",
     metric="旅游总花费",
     metric_alts=["旅游花费", "旅游总收入", "旅游收入", "实现旅游总花费"], **FLOW,
     note="实现 → eq; 万亿元 = 1e12")
fact("扩展到9个州", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="过境免签州（市）",
     metric_alts=["过境免签州(市)", "过境免签扩展州（市）", "过境免签适用州（市）", "州（市）",
                  "过境免签覆盖州（市）", "过境免签州市", "过境免签州（市）数量"], **STOCK,
     note="the prefectures the visa-free transit covers after 扩展到 (the scope of a rule in "
          "force, a stock): " + STOCK_NOTE + "; counted noun 州（市） (span number + "
          "classifier, README §1)")
fact("延长至240小时", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签停留期限", "过境免签时长", "免签停留时间", "过境免签停留时限",
                  "停留时间", "过境免签"], **STOCK,
     note="延长至 → the length of stay in force after the change: 240小时 = 10 day (SPEC §3 "
          "小时 = 1/24); a standard in force at year end → " + STOCK_NOTE)
fact("入境过夜游客增长168%", "168%", value=168, unit="%", kind="growth",
     metric="接待入境过夜游客",
     metric_alts=["入境过夜游客", "入境过夜游客人数", "接待入境过夜游客人数"],
     comparison="yoy", **FLOW)
SOJ = ["旅居人数", "旅居人员", "旅居人口", "旅居云南人数"]
fact("旅居人数达389.75万", "389.75万", value=3897500, unit="count", kind="count",
     classifier="人", metric="旅居人数", metric_alts=SOJ[1:], **FLOW,
     note="达 → eq; no measure word written → classifier 人 (as wr_anhui_2025 7100万); "
          "the sojourners of the year (a flow of visitors) → the year")
fact("389.75万、增长20.7%", "20.7%", value=20.7, unit="%", kind="growth",
     metric="旅居人数", metric_alts=SOJ[1:], comparison="yoy", **FLOW)

# ---- line 5: （三） reform, market entities, talent, science -----------------------------------
g.neg("（三）改革创新", "（三）", MARKER_NOTE)
g.neg("新一轮国企改革", "一轮", "新一轮 'a new round', not a count")
g.neg("推动万名干部进万企", "万名干部进万企", LABEL_NOTE + " (campaign name “万名干部进万企”, "
      "'ten thousand cadres into ten thousand firms') — judgement call; counts of about 1e4 "
      "cadres and firms are the alternative reading")
fact("办好10件惠企实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="惠企实事",
     metric_alts=["办好惠企实事", "惠企实事数量", "惠企实事件数"], **FLOW)
fact("创新开展6期", "6期", value=6, unit="count", kind="count", classifier="期",
     metric="“厅局长坐诊接诉”",
     metric_alts=["厅局长坐诊接诉", "“厅局长坐诊接诉”活动", "厅局长坐诊接诉活动",
                  "开展“厅局长坐诊接诉”", "“厅局长坐诊接诉”期数"], **FLOW,
     note="editions (期) of the programme held in 2024 (README §2 counts of editions)")
fact("选派552名金融特派员", "552名", value=552, unit="count", kind="count", classifier="名",
     metric="金融特派员",
     metric_alts=["选派金融特派员", "金融特派员数量", "金融特派员人数"], **FLOW)
RX = ["新增授信", "融信服平台授信", "授信", "融信服平台新增授信额", "新增授信额"]
fact("新增授信超2100亿元", "2100亿元", value=2100e8, unit="CNY", kind="amount", bound="gt",
     metric="融信服平台新增授信", metric_alts=RX,
     subject_alts=YN_ALTS + ["融信服平台"], **FLOW,
     note="超 → gt; judgement call: credit newly granted through the province's financing "
          "platform 融信服 → the province keeps the subject, the platform in the metric and "
          "as subject alt")
fact("惠及经营主体14.6万户次", "14.6万户次", value=146000, unit="count", kind="count",
     classifier="户次", metric="惠及经营主体",
     metric_alts=["经营主体", "惠及经营主体户次", "受惠经营主体", "融信服平台惠及经营主体"],
     subject_alts=YN_ALTS + ["融信服平台"], **FLOW, note="户次 is a classifier (SPEC §3)")
fact("退税超167亿元", "167亿元", value=167e8, unit="CNY", kind="amount", bound="gt",
     metric="减税降费及退税",
     metric_alts=["减税降费", "减税降费及退税金额", "支持科技创新和制造业发展减税降费及退税",
                  "税费优惠", "减税退税降费"], **FLOW, note="超 → gt")
ENT = ["经营主体数量", "经营主体总量", "市场主体"]
fact("经营主体净增48万户", "48万户", value=480000, unit="count", kind="count",
     classifier="户", metric="经营主体增量",
     metric_alts=["经营主体", "净增经营主体", "经营主体净增", "经营主体数量增量"], **FLOW,
     note=NET_NOTE)
fact("达680万户", "680万户", value=6800000, unit="count", kind="count", classifier="户",
     metric="经营主体", metric_alts=ENT, **STOCK,
     note="达 → eq; the register's size (a stock): " + STOCK_NOTE)
FIRM = ["企业数量", "企业总量", "企业总数"]
fact("企业净增15万户", "15万户", value=150000, unit="count", kind="count", classifier="户",
     metric="企业增量",
     metric_alts=["企业", "净增企业", "企业净增", "企业数量增量"], **FLOW, note=NET_NOTE)
fact("达157万户", "157万户", value=1570000, unit="count", kind="count", classifier="户",
     metric="企业", metric_alts=FIRM, **STOCK, note="达 → eq; " + STOCK_NOTE)
g.neg("“四上”企业", "四上", LABEL_NOTE + " (“四上”企业: the four classes of enterprises "
      "above the statistical size thresholds), part of the metric")
Q4 = ["“四上”企业", "四上企业", "“四上”企业数量", "四上企业数量"]
fact("净增3193户", "3193户", value=3193, unit="count", kind="count", classifier="户",
     metric="“四上”企业增量",
     metric_alts=Q4 + ["四上企业增量", "净增“四上”企业", "“四上”企业净增"], **FLOW,
     note=NET_NOTE)
fact("超2.4万户", "2.4万户", value=24000, unit="count", kind="count", classifier="户",
     bound="gt", metric="“四上”企业", metric_alts=Q4[1:] + ["“四上”企业总数"], **STOCK,
     note="超 → gt; " + STOCK_NOTE)
FORUM = YN_ALTS + ["腾冲科学家论坛"]
FORUM_NOTE = ("累计促成: projects brought about by the 腾冲科学家论坛 since it began, a "
              "cumulative total (stock rule) → " + STOCK_NOTE + "; the province keeps the "
              "subject, the forum as alt")
fact("人才引进项目496个", "496个", value=496, unit="count", kind="count", classifier="个",
     metric="人才引进项目",
     metric_alts=["促成人才引进项目", "累计促成人才引进项目", "人才引进项目数量",
                  "腾冲科学家论坛促成人才引进项目"],
     subject_alts=FORUM, **STOCK, note=FORUM_NOTE)
fact("招商引资项目780个", "780个", value=780, unit="count", kind="count", classifier="个",
     metric="招商引资项目",
     metric_alts=["促成招商引资项目", "累计促成招商引资项目", "招商引资项目数量",
                  "腾冲科学家论坛促成招商引资项目"],
     subject_alts=FORUM, **STOCK, note="verb 累计促成 shared; " + FORUM_NOTE)
TAL_NOTE = ("新增 N: added in 2024, the verb distributes over the list (增量 alts, README "
            "§3); no measure word after 74万 / 8.1万 → classifier 人 (the list ends in 73人)")
fact("新增技能人才74万", "74万", value=740000, unit="count", kind="count", classifier="人",
     metric="技能人才",
     metric_alts=["新增技能人才", "技能人才增量", "技能人才数量增量", "技能人才数量"], **FLOW,
     note=TAL_NOTE)
fact("专业人才8.1万", "8.1万", value=81000, unit="count", kind="count", classifier="人",
     metric="专业人才",
     metric_alts=["新增专业人才", "专业人才增量", "专业人才数量增量", "专业技术人才"], **FLOW,
     note=TAL_NOTE)
g.neg("首席技师73人", "首席", "title word 首席 ('chief', 首席技师), not a rank or count")
fact("首席技师73人", "73人", value=73, unit="count", kind="count", classifier="人",
     metric="首席技师",
     metric_alts=["新增首席技师", "首席技师增量", "首席技师数量增量", "首席技师人数"], **FLOW,
     note=TAL_NOTE + "; 首席 in the title 首席技师 ('chief technician') has its own negative")
fact("科技特派员2621人", "2621人", value=2621, unit="count", kind="count", classifier="人",
     metric="省级科技特派员",
     metric_alts=["科技特派员", "选派省级科技特派员", "省级科技特派员人数"], **FLOW)
g.neg("发布首批重大技术", "首批", FIRST_NOTE + " (首批 'first batch' of the list)")
g.neg("项目榜单", "榜单", "lexicalized 榜单 'list' (单 as in 清单), not a quantity")
fact("高新技术企业净增600户", "600户", value=600, unit="count", kind="count",
     classifier="户", metric="高新技术企业增量",
     metric_alts=["高新技术企业", "净增高新技术企业", "高新技术企业净增",
                  "高新技术企业数量增量"], **FLOW, note=NET_NOTE)
fact("“小巨人”企业15户", "15户", value=15, unit="count", kind="count", classifier="户",
     metric="国家级专精特新“小巨人”企业",
     metric_alts=["专精特新“小巨人”企业", "国家级专精特新小巨人企业", "专精特新小巨人企业",
                  "“小巨人”企业", "新增国家级专精特新“小巨人”企业",
                  "国家级专精特新“小巨人”企业增量"], **FLOW,
     note="新增 N: certified in 2024; 增量 alts (README §3)")
TECH_NOTE = "分别: 技术合同登记数 ↔ 21.4%, (技术合同)成交额 ↔ 25.2%"
fact("分别增长21.4%", "21.4%", value=21.4, unit="%", kind="growth",
     metric="技术合同登记数",
     metric_alts=["技术合同登记数量", "技术合同数", "登记技术合同"], comparison="yoy", **FLOW,
     note=TECH_NOTE)
fact("21.4%、25.2%", "25.2%", value=25.2, unit="%", kind="growth",
     metric="技术合同成交额", metric_alts=["成交额", "技术合同成交金额", "技术合同登记成交额"],
     comparison="yoy", **FLOW, note=TECH_NOTE + "; head 技术合同 restored")

# ---- line 6: （四） opening ------------------------------------------------------------------
g.neg("（四）开放势能", "（四）", MARKER_NOTE)
g.neg("推进“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("开通中国首列", "首列", FIRST_NOTE)
LAO = dict(subject="中老铁路", subject_alts=["中老铁路全线", PLACE] + YN_ALTS)
fact("发送旅客超4500万人次", "4500万人次", value=4.5e7, unit="count", kind="count",
     classifier="人次", bound="gt", metric="发送旅客",
     metric_alts=["累计发送旅客", "旅客发送量", "累计旅客发送量", "客运量", "发送旅客人次"],
     **LAO, **STOCK,
     note="超 → gt; the railway owns the number; 累计 since the line opened (Dec 2021) → "
          "cumulative total at the end of the review year: " + STOCK_NOTE)
fact("货物超5000万吨", "5000万吨", value=5e7, unit="t", kind="amount", bound="gt",
     metric="发送货物",
     metric_alts=["累计发送货物", "货物发送量", "累计货物发送量", "货运量", "发送货物量"],
     **LAO, **STOCK, note="超 → gt; verb 累计发送 shared; " + STOCK_NOTE)
fact("客货运量连续三年增长", "三年", value=3, unit="year", kind="amount",
     metric="客货运量增长持续时间",
     metric_alts=["客货运量连续增长", "客货运量增长年数", "客货运量连续增长持续时间",
                  "客货运量", "连续增长持续时间"],
     **LAO, period=Y24, period_alts=[Y24_NULL, P("连续三年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续三年 (a duration, unit year, as wr_xinjiang_2025 连续四年) — "
          "judgement call; the streak ends in the review year (alt 2022-2024)")
g.neg("沪滇“16+16”", "16+16", LABEL_NOTE + " (“16+16”园区共建体系, the scheme pairing 16 "
      "Shanghai parks with 16 Yunnan parks, a name) — judgement call; two counts of 16 parks "
      "are the alternative reading")
g.neg("落地亿元以上项目", "亿元", THRESH_NOTE)
BORDER = ["沿边产业园区", "磨憨、瑞丽、河口", PLACE] + YN_ALTS
fact("亿元以上项目11个", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="亿元以上项目",
     metric_alts=["落地亿元以上项目", "亿元以上项目数量", "落地项目", "项目"],
     subject="磨憨、瑞丽、河口沿边产业园区", subject_alts=BORDER, **FLOW,
     note="judgement call: the three border parks own the projects that landed there (the "
          "province as alt); 亿元以上 is the threshold of the counted set (negative)")
g.neg("“2+3”园区", "2+3", LABEL_NOTE + " (“2+3”园区, the name of a group of parks under the "
      "沪滇 scheme), not a count claim")
fact("到位省外资金708亿元", "708亿元", value=708e8, unit="CNY", kind="amount",
     metric="到位省外资金",
     metric_alts=["累计到位省外资金", "省外资金", "省外到位资金", "到位资金",
                  "“2+3”园区累计到位省外资金"],
     subject="“2+3”园区", subject_alts=["2+3园区", PLACE] + YN_ALTS, **STOCK,
     note="the parks own the number; 累计 since the scheme began → cumulative total at the "
          "end of the review year: " + STOCK_NOTE)
g.neg("我国首个经世卫", "首个", FIRST_NOTE)
fact("保持西部第1位", "第1位", value=1, unit="rank", kind="rank", scope="西部",
     metric="农产品出口规模",
     metric_alts=["农产品出口", "农产品出口额", "农产品出口规模排名"], **LEVEL,
     note="保持 → the position held in 2024 among the western provinces (scope 西部); the "
          "year-end instant as alt")
fact("机电产品出口增长25.1%", "25.1%", value=25.1, unit="%", kind="growth",
     metric="机电产品出口", metric_alts=["机电产品出口额"], comparison="yoy", **FLOW)
fact("跨境电商进出口增长13.6%", "13.6%", value=13.6, unit="%", kind="growth",
     metric="跨境电商进出口", metric_alts=["跨境电商进出口额", "跨境电子商务进出口"],
     comparison="yoy", **FLOW)
g.neg("经济合作第八次领导人会议", "第八次", "edition label of a meeting (大湄公河次区域经济合作"
      "第八次领导人会议), not a count")
g.neg("第8届中国—南亚博览会", "第8届", "edition label of an event (第8届中国—南亚博览会), "
      "not a count")
g.neg("2024中国国际友城大会", "2024", "year inside an event name (2024中国国际友城大会); no "
      "fact after it in the line")

NOTES = (
    "Excerpt: lines 7-12 of shared/texts/work_report/wr_yunnan_2025.txt (2,175 characters "
    "with the final newline), sliced by code: the heading 一、2024年工作回顾, the opening "
    "paragraph of the review (2024年，是…: GDP, industry, sectors, retail, revenue, incomes, "
    "grain) and review items （一） (economy), （二） (industry, energy, metals, development "
    "zones, agriculture, tourism), （三） (reform, market entities, talent, science) and "
    "（四） (opening: 中老铁路, parks, ports, trade) in full: the start of the review and its "
    "densest run of numbers. Lines 7-13 (2,599) exceed 2,500; lines 9-13 (2,025) would "
    "drop the headline indicators. Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-18, the "
    "delivery date in the report's header (source line 3: ——2025年1月18日在云南省第十四届人民"
    "代表大会第三次会议上); the corpus meta agrees. Place: 云南省 (云南, 全省, 我省 → alts); "
    "owners of their own numbers: 中老铁路 (passengers, freight, streak), 磨憨、瑞丽、河口沿边"
    "产业园区 (11个 projects), “2+3”园区 (708亿元); the 融信服 platform, the 89 development "
    "zones and the 腾冲科学家论坛 keep the province as subject (as alts). Periods: the "
    "heading 2024年 is the section frame; line 8 opens with 2024年 itself (explicit, same "
    "dates); lines 9-12 state no period and take the frame (period text 2024年, null as "
    "alt). Stocks (电力总装机, 绿电占比 of the capacity, capacity ranks, 89个开发区, 9个州（市） "
    "and 240小时 of the visa-free rule in force, 经营主体/企业/“四上”企业 totals, 累计 totals of "
    "the forum, the railway and the “2+3” parks) → instant 2024-12-31 with the year and null "
    "as alts. Streaks 连续12个季度 (3 year), 连续3年, 连续三年 → durations, the year as gold "
    "and the streak's span as alt. Modality: actual throughout (no 预计 in the excerpt). "
    "Units: 亿千瓦 1e8 × 1e3 W; 万亿元 1e12; 1/10 → 10 %; 240小时 → 10 day; 74万 / 8.1万 / "
    "389.75万 without a measure word → classifier 人. Judgement calls: 净增 N → <level>增量 "
    "(SPEC §2) with the noun as alt; 绿电占比 read as a capacity share (stock); 89个开发区 "
    "a count fact; 10种有色金属, “16+16”, “2+3”, 万名干部进万企, 百日 (攻坚行动) read as labels "
    "(negatives); 茶叶…等种植面积和产量稳居全国第1位 → one rank fact. Negatives: 一、, 2024年 "
    "×2, 75周年, 十四五, 一年, 二十届三中全会, 二十大, 二十届二中、三中全会, 三个定位, 3815, "
    "第一/第三产业, （一）…（四）, 一揽子, 百日, 两重, 两新, 新三样, 10种, 一种 (slogan), 一轮, "
    "万名干部进万企, 四上, 首批, 一带一路, 首列, 16+16, 亿元 (threshold), 2+3, 首个, 第八次, "
    "第8届, 2024 (event name), 单晶 (单晶硅), 首席 (首席技师), 榜单. Lexicalized, not listed: 一体 (一体推进), 进一步, 零售, 一般, "
    "统一.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
