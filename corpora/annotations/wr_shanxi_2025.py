"""Gold annotations for wr_shanxi_2025 (2025年山西省政府工作报告), lines 4-10 of
shared/texts/work_report/wr_shanxi_2025.txt.

The excerpt corpora/wr_shanxi_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the second opening paragraph of the review
(过去一年，我省经济承压前行…), the three highlight paragraphs (——向新而行 … ——向效而行), the
line 一年来，主要做了以下工作。 and review items （一） (economy, investment, consumption,
tourism) and （二） (new productive forces, digital, energy) in full.  It is the densest run
of the 2024 review (~130 numerals in 2,424 characters).  The source has no heading
一、2024年工作回顾: the review opens with 刚刚过去的2024年… (line 3, sparse, and one more line
would pass 2,500 characters), so the excerpt starts at 过去一年, which names the review year
inside it.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanxi_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_shanxi_2025"
PLACE = "山西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 4, 10                     # 1-based, inclusive, whole lines
TITLE = "2025年山西省政府工作报告"
SX_ALTS = ["山西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="过去一年，我省经济承压前行", ends="要素集聚得到新提升。")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
SANJIN_NOTE = "三晋 'the three Jin', a literary name of Shanxi, not a quantity"

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# The excerpt is the review of 2024 (过去一年 / 一年来 in a report delivered on 2025-01-17).
# The source has no heading 一、2024年工作回顾; excerpt line 1 opens with 过去一年, which
# names the review year but governs no number of its own line.  Lines 2-4 (the ——
# highlights) and 6-7 (（一）（二）) state no period before their numbers: they take the
# review year as the section frame (SPEC §4) with the period text 过去一年 and the null
# reading in period_alts (as wr_china_2022).  Line 5 一年来 is its own line and governs
# nothing.  Stocks (累计, 达到 N座/个/架 of a network or a register, 占比 of a stock, levels
# after 压缩至) are the instant 2024-12-31 with the literal year and null as alts.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 / 新培育 / 新创建 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
FC = "预计 → forecast (the 2024 figure was not final at delivery)"

# ---- line 1: 过去一年 -------------------------------------------------------------------------
g.neg("过去一年，我省经济", "过去一年", PERIOD_NOTE + " (the review year 2024; names the "
      "frame of the review, no number in its line)")
g.neg("进入四季度增速加快", "四季度", PERIOD_NOTE + " (the fourth quarter of 2024; no "
      "number follows it)")
g.neg("一批打基础利长远", "一批", "quantifier 一批")

# ---- line 2: ——向新而行 -----------------------------------------------------------------------
g.neg("促进四链融合", "四链", LABEL_NOTE + " (“四链”: 创新链、产业链、资金链、人才链, as doc002)")
JCG = ["晋创谷", "山西晋创谷"]
fact("6个设区市晋创谷", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="设区市晋创谷",
     metric_alts=["晋创谷", "挂牌运营的晋创谷", "挂牌运营的设区市晋创谷", "设区市",
                  "晋创谷挂牌运营的设区市", "晋创谷数量"], **FLOW,
     note="6个设区市晋创谷 = the 晋创谷 (innovation valleys) of six prefecture-level cities, "
          "opened (挂牌运营) in 2024: a count of the valleys (one per city), the cities as alt")
fact("优质企业团队300多家", "300多家", value=300, unit="count", kind="count",
     classifier="家", bound="gt", metric="入驻优质企业团队",
     metric_alts=["优质企业团队", "入驻晋创谷的优质企业团队", "入驻企业团队",
                  "晋创谷入驻优质企业团队", "入驻优质企业团队数量"],
     subject_alts=SX_ALTS + JCG, **STOCK,
     note="多 inside the span → gt; teams resident in the valleys (入驻, a stock): "
          + STOCK_NOTE + "; the valleys as subject alt")
fact("等合同4400余件", "4400余件", value=4400, unit="count", kind="count", classifier="件",
     bound="gt", metric="签订技术交易、预约采购等合同",
     metric_alts=["合同", "签订合同", "技术交易、预约采购等合同", "签订技术交易、预约采购等合同数量",
                  "技术交易合同"],
     subject_alts=SX_ALTS + JCG, **FLOW, note="余 inside the span → gt; contracts of 2024")
fact("排名上升5位", "5位", value=5, unit="rank", kind="rank", scope="全国",
     metric="创新能力排名上升位次",
     metric_alts=["创新能力排名", "创新能力", "区域创新能力排名", "创新能力排名上升",
                  "创新能力排名增量", "全省创新能力排名"], **FLOW,
     note="judgement call: places gained in the ranking (上升 N位), kind rank with the value "
          "as written (as wr_xinjiang_2025 排名上升3位, wr_gansu_2025 提升3位); the scope is "
          "not written: 全国, the national ranking of regional innovation capacity among "
          "the provinces, is the only ranking such a 全省 figure can be placed in")
g.neg("行业首座“灯塔工厂”", "首座", FIRST_NOTE)
g.neg("试验线一期项目", "一期", "phase label 一期 (first phase), not a quantity")
g.neg("实现国内首次", "首次", "首次 'for the first time', not a rank or count")
fact("新培育高新技术企业1599家", "1599家", value=1599, unit="count", kind="count",
     classifier="家", metric="高新技术企业",
     metric_alts=["新培育高新技术企业", "高新技术企业增量", "高新技术企业数量增量",
                  "高新技术企业数量"], **FLOW, note=NEW_NOTE + "; 新培育 distributes over the list")
fact("专精特新中小企业626家", "626家", value=626, unit="count", kind="count",
     classifier="家", metric="专精特新中小企业",
     metric_alts=["新培育专精特新中小企业", "专精特新中小企业增量", "专精特新中小企业数量增量",
                  "专精特新中小企业数量", "专精特新企业"], **FLOW, note=NEW_NOTE)
fact("120个“山西精品”", "120个", value=120, unit="count", kind="count", classifier="个",
     metric="“山西精品”",
     metric_alts=["山西精品", "“山西精品”数量", "山西精品数量", "“山西精品”产品", "山西精品品牌"],
     **STOCK, note="the products holding the provincial 山西精品 label (a register): "
                   + STOCK_NOTE)
g.neg("T800、T1000", "T800", "carbon-fibre grade name T800 (SPEC §1 model names), not a "
      "quantity")
g.neg("T800、T1000", "T1000", "carbon-fibre grade name T1000, not a quantity")
fact("8英寸碳化硅衬底", "8英寸", value=8, unit="英寸", kind="amount",
     metric="碳化硅衬底尺寸",
     metric_alts=["碳化硅衬底", "衬底尺寸", "碳化硅衬底直径", "碳化硅衬底规格"], **FLOW,
     note="judgement call: the wafer size of a product made in the province, read as a "
          "technical magnitude (README §2, 显示间距 0.6毫米); 英寸 has no canonical unit → kept "
          "as written (SPEC §3), kind amount; the reading as a product-class label next to "
          "the grade names T800/T1000 (negative) is the alternative")
g.neg("“新三样”出口", "新三样", LABEL_NOTE + " (“新三样”: electric vehicles, lithium "
      "batteries, solar cells; as wr_anhui_2025)")
fact("出口增长两倍多", "两倍多", value=2, unit="times", kind="ratio", bound="gt",
     metric="“新三样”出口",
     metric_alts=["新三样出口", "“新三样”产品出口", "新三样产品出口", "“新三样”出口额",
                  "“新三样”出口增长倍数"], **FLOW,
     note="增长N倍 → kind ratio, unit times, value as written, comparison null (as "
          "wr_chongqing_2025 增长1倍多); 多 inside the span → gt")
REV = "分别: 电子信息 ↔ 2000亿元, 高端装备制造 ↔ 1800亿元, 现代消费品 ↔ 1400亿元; " + FC
fact("达到2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
     metric="电子信息营业收入",
     metric_alts=["电子信息产业营业收入", "电子信息", "电子信息产业营收"], modality="forecast",
     **FLOW, note=REV)
fact("、1800亿元、", "1800亿元", value=1800e8, unit="CNY", kind="amount",
     metric="高端装备制造营业收入",
     metric_alts=["高端装备制造业营业收入", "高端装备制造", "高端装备制造产业营业收入"],
     modality="forecast", **FLOW, note=REV)
fact("、1400亿元。", "1400亿元", value=1400e8, unit="CNY", kind="amount",
     metric="现代消费品营业收入",
     metric_alts=["现代消费品产业营业收入", "现代消费品", "现代消费品工业营业收入"],
     modality="forecast", **FLOW, note=REV)
g.neg("三文鱼", "三文鱼", "fish name 三文鱼 (salmon; 三文 is a transliteration), not a "
      "quantity")

# ---- line 3: ——向绿而行 -----------------------------------------------------------------------
fact("新创建38个", "38个", value=38, unit="count", kind="count", classifier="个",
     metric="省级绿色工厂",
     metric_alts=["新创建省级绿色工厂", "绿色工厂", "省级绿色工厂增量", "省级绿色工厂数量增量"],
     **FLOW, note=NEW_NOTE)
g.neg("提前完成“十四五”目标", "十四五", "plan label 十四五")
fact("累计成交绿证131.7万张", "131.7万张", value=1317000, unit="count", kind="count",
     classifier="张", metric="绿证成交",
     metric_alts=["绿证", "累计成交绿证", "绿证成交量", "绿色电力证书成交量", "成交绿证"],
     **STOCK, note="累计 → " + STOCK_NOTE)
GREEN = ["绿电交易", "绿色电力交易量", "绿电交易电量"]
fact("绿电交易量76.6亿千瓦时", "76.6亿千瓦时", value=7.66e9, unit="kWh", kind="amount",
     metric="绿电交易量", metric_alts=GREEN, period=Y24, period_alts=[Y24_NULL, Y24_END],
     note="judgement call: read as the volume traded in 2024 (the clause has no 累计 of its "
          "own); 累计 of the clause before may also reach it → the instant 2024-12-31 as alt")
fact("外送量全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="外送量",
     metric_alts=["绿电外送量", "绿电外送交易量", "外送电量", "绿电交易外送量", "外送"], **FLOW,
     note="第一 → rank 1, scope 全国; the outbound volume (of the green-power trade just "
          "named) in 2024")
BASE = dict(subject="晋北采煤沉陷区新能源基地",
            subject_alts=["晋北采煤沉陷区新能源基地项目", "新能源基地", PLACE] + SX_ALTS)
fact("投资超过550亿元", "550亿元", value=550e8, unit="CNY", kind="amount", bound="gt",
     metric="投资", metric_alts=["总投资", "新能源基地投资", "晋北采煤沉陷区新能源基地投资",
                                 "计划投资"],
     modality="target", period=None, period_alts=[Y24], **BASE,
     note="judgement call: the planned investment of a base whose construction started in "
          "2024 (开工建设): a quantity describing a project still to be built → modality "
          "target (as capacities in project names, SPEC §1); no horizon → period null, the "
          "review year as alt; 超过 → gt")
fact("装机占比达到49.7%", "49.7%", value=49.7, unit="%", kind="share",
     metric="新能源和清洁能源装机占比",
     metric_alts=["新能源和清洁能源装机比重", "清洁能源装机占比", "新能源装机占比",
                  "新能源和清洁能源装机占总装机比重"], **STOCK,
     note="share of installed capacity (a share of a stock): " + STOCK_NOTE)
fact("营造林319万亩", "319万亩", value=3190000, unit="mu", kind="amount",
     metric="营造林", metric_alts=["营造林面积", "造林", "造林面积"], **FLOW)
fact("水土流失面积579.6万亩", "579.6万亩", value=5796000, unit="mu", kind="amount",
     metric="治理水土流失面积",
     metric_alts=["水土流失治理面积", "水土流失面积", "水土流失综合治理面积"], **FLOW)
fact("保持全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="华北豹、褐马鸡种群数量",
     metric_alts=["华北豹种群数量", "褐马鸡种群数量", "种群数量", "华北豹和褐马鸡种群数量"],
     **STOCK,
     note="首位 → 1; one rank over two species (均 implied) → one fact, each species as a "
          "metric alt (as wr_anhui_2025 均居全国第2位); the rank of a population (a stock): "
          + STOCK_NOTE)
g.neg("“三晋绿色生活”", "三晋", SANJIN_NOTE)
g.neg("全国十佳案例", "十佳", "award label 十佳案例 ('ten best cases'), the set the scheme "
      "entered, not a rank (as wr_hunan_2025)")
g.neg("PM2.5年均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("降至36微克/立方米", "36微克/立方米", value=36, unit="微克/立方米", kind="amount",
     metric="PM2.5年均浓度",
     metric_alts=["PM2.5浓度", "PM2.5平均浓度", "细颗粒物年均浓度", "细颗粒物浓度"], **FLOW,
     note="an annual mean → the year; μg/m³ has no canonical unit → kept as written (as "
          "wr_anhui_2025)")
g.neg("PM10年均浓度", "PM10", "pollutant name (PM10), not a quantity")
g.neg("PM10年均浓度首次", "首次", "首次 'for the first time', not a rank or count")
g.neg("国家二级标准", "二级", "grade of the national air-quality standard (二级标准), a "
      "class label, not a quantity")
fact("优良水体比例达到93.6%", "93.6%", value=93.6, unit="%", kind="share",
     metric="国考断面优良水体比例",
     metric_alts=["优良水体比例", "国考断面水质优良比例", "国考断面优良比例",
                  "国考断面水质优良率"], **FLOW,
     note="share of the sections of good quality over the year (annual assessment)")
g.neg("“一泓清水入黄河”", "一泓", "一泓 'a stretch (of clear water)', part of the "
      "project name “一泓清水入黄河”, not a quantity")
g.neg("水质首次达到优良", "首次", "首次 'for the first time', not a rank or count")

# ---- line 4: ——向效而行 -----------------------------------------------------------------------
AHEAD = ("judgement call: 提前N年 'N year(s) ahead of schedule' read as a duration fact (unit "
         "year, kind amount) of the goal reached early; the reading as an adverbial phrase "
         "without a measured quantity (negative) is the alternative")
fact("提前一年实现", "一年", value=1, unit="year", kind="amount",
     metric="县县通高速公路提前实现时间",
     metric_alts=["提前实现县县通高速公路", "提前时间", "县县通高速公路提前", "提前"],
     **FLOW, note=AHEAD)
fact("结束了5个革命老区县", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="革命老区县",
     metric_alts=["结束不通旅客列车历史的革命老区县", "不通旅客列车的革命老区县",
                  "通旅客列车的革命老区县", "革命老区县数量"], **FLOW,
     note="counties that got passenger trains in 2024 (瓦日铁路 passenger service)")
ROAD = dict(subject="三个一号旅游公路",
            subject_alts=["“三个一号”旅游公路", "旅游公路", "黄河、长城、太行一号旅游公路",
                          PLACE] + SX_ALTS)
fact("历时7年建设", "7年", value=7, unit="year", kind="amount", metric="建设历时",
     metric_alts=["建设工期", "建设时间", "历时", "建设年限", "建设周期"], **ROAD, **FLOW,
     note="duration of construction (年 → year, kind amount); the road was completed "
          "(全线贯通) in 2024 → section frame, null as alt")
fact("投资近千亿元", "千亿元", value=1e11, unit="CNY", kind="amount", bound="approx",
     metric="投资", metric_alts=["总投资", "累计投资", "三个一号旅游公路投资", "建设投资"],
     **ROAD, **STOCK,
     note="近 → approx (outside the span); 千亿元 = 1e11; the total invested over the 7 "
          "years of construction, completed in 2024: " + STOCK_NOTE)
fact("全长1.3万公里", "1.3万公里", value=1.3e7, unit="m", kind="amount", metric="全长",
     metric_alts=["长度", "里程", "总里程", "三个一号旅游公路全长"], **ROAD, **STOCK,
     note="1.3万公里 = 1.3e7 m; length of the completed network (a stock): " + STOCK_NOTE)
g.neg("的三个一号旅游公路", "三个一号", "name of the three tourism roads (黄河一号、长城一号、"
      "太行一号) “三个一号”, not a count claim")
fact("提前三年全线贯通", "三年", value=3, unit="year", kind="amount",
     metric="三个一号旅游公路提前贯通时间",
     metric_alts=["提前贯通时间", "提前全线贯通", "提前时间", "提前"], **ROAD, **FLOW,
     note=AHEAD)
g.neg("“四全工作法”", "四全", LABEL_NOTE + " (“四全工作法”, a working method)")
fact("完成22件便民利企", "22件", value=22, unit="count", kind="count", classifier="件",
     metric="便民利企“高效办成一件事”改革",
     metric_alts=["“高效办成一件事”改革", "高效办成一件事改革", "便民利企高效办成一件事改革",
                  "“高效办成一件事”事项", "改革", "完成“高效办成一件事”改革"], **FLOW)
g.neg("“高效办成一件事”改革", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_beijing_2025)")
g.neg("开工“一件事”做法", "一件事", "reform name “一件事”, not a count")
g.neg("省市县三级用地", "三级", "appositive 三级 restating 省市县 (the three administrative "
      "levels), not a count claim (as wr_beijing_2025)")
fact("压缩至10个自然日内", "10个自然日", value=10, unit="day", kind="amount", bound="le",
     metric="用地预审平均时间",
     metric_alts=["省市县三级用地预审平均时间", "用地预审时间", "用地预审平均办理时间"],
     **STOCK,
     note="内 → le (以内, outside the span); 自然日 → day; the level in force after the 2024 "
          "cut (压缩至, end value of a change, stock rule as wr_china_2019): " + STOCK_NOTE)
fact("降低电力供应成本5.3亿元", "5.3亿元", value=5.3e8, unit="CNY", kind="amount",
     metric="降低电力供应成本",
     metric_alts=["电力供应成本降低", "电力供应成本降低额", "降低成本", "电力供应成本",
                  "电力现货市场交易降低电力供应成本"], **FLOW,
     note="the saving, positive as written under the metric 降低… (as wr_china_2016 "
          "降低利息负担约2000亿元)")
fact("新增规上企业法人1802户", "1802户", value=1802, unit="count", kind="count",
     classifier="户", metric="规上企业法人",
     metric_alts=["新增规上企业法人", "规上企业法人增量", "规模以上企业法人", "规上企业",
                  "规上企业法人数量增量", "新增规上企业"], **FLOW, note=NEW_NOTE)
fact("9家民企上榜", "9家", value=9, unit="count", kind="count", classifier="家",
     metric="上榜中国民营企业500强的民企",
     metric_alts=["上榜民企", "中国民营企业500强", "民企", "中国民营企业500强上榜企业",
                  "上榜中国民营企业500强民企数量", "中国民营企业500强企业"], **FLOW,
     note="the threshold 中国民营企业500强 defines the counted set (SPEC §2) → in the metric; "
          "the 2024 list")
g.neg("中国民营企业500强", "500强", "threshold 500强 defining the set counted by 9家 (SPEC "
      "§2), not a rank of the firms (as nw_cctv_20120803_shenyang_2012)")
INC = "分别: 城镇居民 ↔ 4.1%, 农村居民 ↔ 6%; " + FC
fact("分别增长4.1%", "4.1%", value=4.1, unit="%", kind="growth", metric="城镇居民收入",
     metric_alts=["城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城镇居民收入增速",
                  "城镇居民人均收入"], comparison="yoy", modality="forecast", **FLOW, note=INC)
fact("4.1%、6%", "6%", value=6, unit="%", kind="growth", metric="农村居民收入",
     metric_alts=["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农村居民收入增速",
                  "农村居民人均收入"], comparison="yoy", modality="forecast", **FLOW, note=INC)
g.neg("“一老一小”普惠", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young')")
fact("等15件民生实事", "15件", value=15, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["民生实事数量", "兑现民生实事", "重点民生实事", "民生实事项目"], **FLOW,
     note="the year's 15 livelihood projects, all delivered (全部兑现)")

# ---- line 5 -----------------------------------------------------------------------------------
g.neg("一年来，主要做了", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, "
      "so it governs nothing after it)")

# ---- line 6: （一） economy -----------------------------------------------------------------------
g.neg("（一）着力推动", "（一）", MARKER_NOTE)
g.neg("全面落实一揽子", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")
fact("争取政策性资金824亿元", "824亿元", value=824e8, unit="CNY", kind="amount",
     metric="政策性资金",
     metric_alts=["争取政策性资金", "争取的政策性资金", "争取到的政策性资金"], **FLOW,
     note="funds obtained from the central government in 2024 (争取)")
fact("减税降费退税219.6亿元", "219.6亿元", value=219.6e8, unit="CNY", kind="amount",
     metric="科技创新和制造业发展减税降费退税",
     metric_alts=["减税降费退税", "科技创新和制造业发展减税降费退税金额", "减税降费",
                  "减税降费退税金额"], **FLOW)
g.neg("加快“两重”“两新”", "两重", LABEL_NOTE + " (两重: 国家重大战略实施和重点领域安全能力"
      "建设)")
g.neg("“两重”“两新”政策", "两新", LABEL_NOTE + " (两新: 大规模设备更新和消费品以旧换新)")
fact("76个“两重”项目", "76个", value=76, unit="count", kind="count", classifier="个",
     metric="“两重”项目",
     metric_alts=["两重项目", "开工建设的“两重”项目", "开工建设“两重”项目", "“两重”项目数量",
                  "项目"], **FLOW,
     note="projects whose construction started in 2024; 两重 inside the metric is a label "
          "(its own negative)")
g.neg("76个“两重”项目", "两重", LABEL_NOTE + " (两重)")
fact("设备工器具投资增长11.2%", "11.2%", value=11.2, unit="%", kind="growth",
     metric="设备工器具投资",
     metric_alts=["设备工器具购置投资", "设备工器具", "设备购置投资"], comparison="yoy", **FLOW)
fact("以旧换新补贴48.3亿元", "48.3亿元", value=48.3e8, unit="CNY", kind="amount",
     metric="以旧换新补贴",
     metric_alts=["发放以旧换新补贴", "以旧换新补贴资金", "消费品以旧换新补贴"], **FLOW)
CONS = "分别: 新能源汽车 ↔ 40.9%, 家电类 ↔ 24.8% (消费 of both)"
fact("分别增长40.9%", "40.9%", value=40.9, unit="%", kind="growth", metric="新能源汽车消费",
     metric_alts=["新能源汽车", "新能源汽车消费额", "新能源汽车销售"], comparison="yoy",
     **FLOW, note=CONS)
fact("40.9%、24.8%", "24.8%", value=24.8, unit="%", kind="growth", metric="家电类消费",
     metric_alts=["家电类", "家电消费", "家电类消费额", "家电类商品消费"], comparison="yoy",
     **FLOW, note=CONS)
fact("惠及160余万人", "160余万人", value=1.6e6, unit="count", kind="count",
     classifier="人", bound="gt", metric="惠及人数",
     metric_alts=["以旧换新惠及人数", "受惠人数", "惠及群众", "以旧换新补贴惠及人数", "惠及"],
     **FLOW, note="余 inside the span → gt; people who benefited from the trade-in "
                  "subsidies in 2024")
fact("推进新兴产业领域100个", "100个", value=100, unit="count", kind="count",
     classifier="个", metric="新兴产业领域省级标杆项目",
     metric_alts=["省级标杆项目", "标杆项目", "新兴产业领域省级标杆项目数量",
                  "新兴产业省级标杆项目"], **FLOW, note="projects pushed forward in 2024")
fact("工业投资增长7.7%", "7.7%", value=7.7, unit="%", kind="growth", metric="工业投资",
     metric_alts=["工业投资增速"], comparison="yoy", **FLOW)
INV = "分别: 高技术产业 ↔ 33.4%, 新能源发电 ↔ 29.6% (投资 of both)"
fact("分别增长33.4%", "33.4%", value=33.4, unit="%", kind="growth", metric="高技术产业投资",
     metric_alts=["高技术产业", "高技术产业投资增速"], comparison="yoy", **FLOW, note=INV)
fact("33.4%、29.6%", "29.6%", value=29.6, unit="%", kind="growth", metric="新能源发电投资",
     metric_alts=["新能源发电", "新能源发电投资增速"], comparison="yoy", **FLOW, note=INV)
fact("预计增长9%", "9%", value=9, unit="%", kind="growth", metric="开发区工业投资",
     metric_alts=["开发区工业投资增速", "开发区投资"], comparison="yoy", modality="forecast",
     **FLOW, note=FC)
g.neg("三晋人民", "三晋", SANJIN_NOTE)
g.neg("晋级5A级景区", "5A级", "scenic-area grade label (5A级), not a quantity (as "
      "wr_gansu_2025)")
g.neg("恢复5A级景区", "5A级", "scenic-area grade label (5A级), not a quantity")
TOUR = "分别: 接待游客人次 ↔ 16.9%, 经营收入 ↔ 11.3%"
fact("分别增长16.9%", "16.9%", value=16.9, unit="%", kind="growth",
     metric="重点监测景区接待游客人次",
     metric_alts=["接待游客人次", "景区接待游客人次", "游客人次", "重点监测景区游客接待量"],
     subject_alts=SX_ALTS + ["重点监测景区"], comparison="yoy", **FLOW, note=TOUR)
fact("16.9%、11.3%", "11.3%", value=11.3, unit="%", kind="growth",
     metric="重点监测景区经营收入",
     metric_alts=["经营收入", "景区经营收入", "重点监测景区收入"],
     subject_alts=SX_ALTS + ["重点监测景区"], comparison="yoy", **FLOW, note=TOUR)
fact("竹叶青等14个品牌", "14个", value=14, unit="count", kind="count", classifier="个",
     metric="入选中华老字号的品牌",
     metric_alts=["中华老字号", "中华老字号品牌", "品牌", "入选中华老字号品牌",
                  "新入选中华老字号品牌", "中华老字号数量"], **FLOW,
     note="brands listed in 2024 (入选)")
fact("100个乡村e镇", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="乡村e镇",
     metric_alts=["乡村e镇数量", "投运乡村e镇", "全面投运的乡村e镇"], **LEVEL,
     note="the rural e-commerce towns put into full operation in 2024 → the year, the "
          "year-end stock as alt")

# ---- line 7: （二） new productive forces ------------------------------------------------------------
g.neg("（二）因地制宜", "（二）", MARKER_NOTE)
fact("建成8个高水平", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="高水平实验试验平台",
     metric_alts=["实验试验平台", "建成高水平实验试验平台", "高水平实验试验平台数量"],
     subject="怀柔实验室山西研究院",
     subject_alts=["山西研究院", "怀柔实验室", PLACE] + SX_ALTS, **FLOW,
     note="built (建成) in 2024; the institute owns its platforms (README §4)")
fact("10个特色产业基地", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="特色产业基地",
     metric_alts=["通过国家火炬中心验收的特色产业基地", "国家火炬特色产业基地", "特色产业基地数量"],
     **FLOW, note="bases that passed the acceptance check in 2024")
g.neg("“三晋英才”计划", "三晋", SANJIN_NOTE + " (in the programme name “三晋英才”)")
fact("在4所高校", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="开展“三项改革”试点的高校",
     metric_alts=["高校", "“三项改革”试点高校", "三项改革试点高校", "试点高校",
                  "开展三项改革试点的高校"], **FLOW)
g.neg("“三项改革”试点", "三项", LABEL_NOTE + " (“三项改革”, the name of the reform "
      "package)")
CHAIN = ("the number of provincial key chains / towns whose revenue is reported: a level "
         "of 2024 (the designated set), the year-end reading as alt")
fact("16条省级重点产业链", "16条", value=16, unit="count", kind="count", classifier="条",
     metric="省级重点产业链",
     metric_alts=["重点产业链", "省级重点产业链数量", "产业链"], **LEVEL, note=CHAIN)
fact("18个省级特色专业镇", "18个", value=18, unit="count", kind="count", classifier="个",
     metric="省级特色专业镇",
     metric_alts=["特色专业镇", "省级特色专业镇数量", "专业镇"], **LEVEL, note=CHAIN)
CREV = "分别: 16条省级重点产业链 ↔ 15.6%, 18个省级特色专业镇 ↔ 14% (营业收入 of both); " + FC
fact("分别增长15.6%", "15.6%", value=15.6, unit="%", kind="growth",
     metric="省级重点产业链营业收入",
     metric_alts=["重点产业链营业收入", "16条省级重点产业链营业收入", "省级重点产业链营收"],
     comparison="yoy", modality="forecast", **FLOW, note=CREV)
fact("15.6%、14%", "14%", value=14, unit="%", kind="growth",
     metric="省级特色专业镇营业收入",
     metric_alts=["特色专业镇营业收入", "18个省级特色专业镇营业收入", "省级特色专业镇营收"],
     comparison="yoy", modality="forecast", **FLOW, note=CREV)
fact("利用率达到63.6%", "63.6%", value=63.6, unit="%", kind="share",
     metric="焦炉煤气化产加工利用率",
     metric_alts=["焦炉煤气化产加工利用比例", "焦炉煤气利用率", "化产加工利用率", "利用率"],
     **FLOW, note="the share of coke-oven gas processed into chemicals in 2024 (a rate of "
                  "the year's flow) → the year")
g.neg("5G基站、标准机架", "5G", "technology name 5G (fifth-generation mobile network), "
      "not a quantity (as nw_cctv_20240428_northeast_2024)")
DIG = "分别: 5G基站 ↔ 10.8万个, 标准机架 ↔ 101.2万架; 达到 → " + STOCK_NOTE
fact("达到10.8万个", "10.8万个", value=108000, unit="count", kind="count", classifier="个",
     metric="5G基站", metric_alts=["5G基站数量", "基站"], **STOCK, note=DIG)
fact("101.2万架", "101.2万架", value=1012000, unit="count", kind="count", classifier="架",
     metric="标准机架",
     metric_alts=["标准机架数量", "数据中心标准机架", "机架"], **STOCK, note=DIG)
g.neg("全国第一方阵", "第一方阵", "tier label 第一方阵 ('the leading group'), not a ranked "
      "position (as wr_anhui_2025)")
g.neg("两化融合贯标", "两化", LABEL_NOTE + " (两化融合: integration of informatization and "
      "industrialization)")
fact("达标企业突破1700户", "1700户", value=1700, unit="count", kind="count",
     classifier="户", bound="gt", metric="两化融合贯标达标企业",
     metric_alts=["贯标达标企业", "两化融合贯标达标企业数量", "两化融合达标企业"], **STOCK,
     note="突破 → gt (outside the span); firms certified so far (a register): " + STOCK_NOTE)
g.neg("总决赛一等奖", "一等奖", "award grade label 一等奖 (first prize), not a rank of a "
      "measured quantity (as wr_hebei_2025)")
fact("智能化煤矿达到268座", "268座", value=268, unit="count", kind="count", classifier="座",
     metric="智能化煤矿",
     metric_alts=["智能化煤矿数量", "智能煤矿"], **STOCK,
     note="达到 → eq; " + STOCK_NOTE + "; 排全国前列 after it has no numeral")
fact("先进产能占比达到83%", "83%", value=83, unit="%", kind="share",
     metric="煤炭先进产能占比",
     metric_alts=["先进产能占比", "煤炭先进产能比重", "煤炭先进产能占总产能比重"], **STOCK,
     note="share of a stock (SPEC §4 先进产能占比): " + STOCK_NOTE)
GAS = ["非常规天然气", "非常规天然气产量增速", "非常规气产量"]
fact("产量超过165亿立方米", "165亿立方米", value=1.65e10, unit="m3", kind="amount",
     bound="gt", metric="非常规天然气产量", metric_alts=GAS, **FLOW,
     note="超过 → gt (outside the span); output of the year")
fact("立方米，增长12.7%", "12.7%", value=12.7, unit="%", kind="growth",
     metric="非常规天然气产量", metric_alts=GAS, comparison="yoy", **FLOW)
g.neg("“1+11”转型", "1+11", "judgement call: name of the structure “1+11” (one "
      "province-level zone plus eleven city zones) of the 转型综改示范区体系, a label, not "
      "read as counts 1 and 11 (as “13+2” in wr_chongqing_2025)")
g.neg("大同3个国家级经开区", "3个", "appositive 3个 'the three (zones) just named' (晋城、晋中、"
      "大同), not a quantity claim (as 三地 / 四市 in other golds)")
fact("启动建设13个", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="省级消费品特色园区",
     metric_alts=["消费品特色园区", "启动建设省级消费品特色园区", "省级消费品特色园区数量",
                  "特色园区"], **FLOW, note="parks whose construction began in 2024")
fact("启动建设2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国际合作园区",
     metric_alts=["启动建设国际合作园区", "国际合作园区数量", "合作园区"], **FLOW,
     note="parks whose construction began in 2024")

NOTES = (
    "Excerpt: lines 4-10 of shared/texts/work_report/wr_shanxi_2025.txt (2,424 characters "
    "with the final newline), sliced by code: the second opening paragraph of the review "
    "(过去一年，我省经济承压前行…), the highlight paragraphs ——向新而行 / ——向绿而行 / ——向效而行, "
    "the line 一年来，主要做了以下工作。 and review items （一） and （二） in full. It is the "
    "densest run of the 2024 review (~130 numerals); adding line 3 (刚刚过去的2024年…, sparse) "
    "or line 11 (（三）) would pass 2,500 characters. The source has no heading "
    "一、2024年工作回顾. Title line, source line (来源：山西日报) and line 3 are outside the "
    "excerpt; the title is the source's first line (title_in_text=False). Date: 2025-01-17, "
    "the corpus meta date = the delivery date stated in the report header (2025年1月17日在山西"
    "省第十四届人民代表大会第三次会议上…, quoted in the meta notes; the header line itself is "
    "not in this source text); nothing in the excerpt contradicts it (2024 results, 预计 for "
    "figures not yet final). Place: 山西省 (全省/我省/山西 → alts); owners of their own numbers: "
    "晋北采煤沉陷区新能源基地 (550亿元), 三个一号旅游公路 (7年, 千亿元, 1.3万公里, 提前三年), "
    "怀柔实验室山西研究院 (8个); 晋创谷 and 重点监测景区 as subject alts. Periods: the review "
    "year 2024 is the section frame of every line (period text 过去一年 from excerpt line 1, "
    "null as alt); 四季度 governs no number; 一年来 (line 5) governs nothing; stocks (累计成交"
    "绿证, 入驻团队, 山西精品, 装机占比, 种群数量 rank, 千亿元 / 1.3万公里 of the completed road, "
    "用地预审时间 压缩至, 5G基站/标准机架/两化融合企业/智能化煤矿 达到, 煤炭先进产能占比) → "
    "instant 2024-12-31 with the year and null as alts; designated sets (16条, 18个) and 100个"
    "乡村e镇 → the year with the year-end as alt. Modality: actual, except 预计 (2000/1800/1400"
    "亿元, 4.1%/6%, 9%, 15.6%/14% → forecast) and the planned investment of the base just "
    "started (550亿元 → target, period null, the year as alt). Units: 万亩 → mu; 亿千瓦时 → "
    "kWh; 微克/立方米 and 英寸 kept as written; 自然日 → day; 两倍多 → ratio 2 gt. Judgement "
    "calls: 8英寸 (wafer size) as a technical-magnitude fact; 提前一年 / 提前三年 as duration "
    "facts (year); 排名上升5位 → rank +5 (places gained, scope 全国 inferred, not written); 绿电交易量 read as "
    "the year's volume (累计 of the clause before as alt via the instant); 外送量全国第一 → rank "
    "1 of the outbound volume; 保持全国首位 → one rank for two species; 降低电力供应成本5.3亿元 "
    "→ positive saving; 6个设区市晋创谷 → count of valleys; 3个 (国家级经开区) appositive, "
    "“1+11” and 三个一号 names → negatives. Negatives: 过去一年, 四季度, 一批, 四链, 首座, 一期, "
    "首次 ×3, T800, T1000, 新三样, 三文鱼, 十四五, 三晋 ×3, 十佳, PM2.5, PM10, 二级, 一泓, 三个一号, "
    "四全, 一件事 ×2, 三级, 500强, 一老一小, 一年来, （一）/（二）, 一揽子, 两重 ×2, 两新, 5A级 ×2, "
    "三项, 5G, 第一方阵, 两化, 一等奖, 1+11, 3个. Lexicalized, not listed: 半导体, 进一步, 一体.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(2025年山西省政府工作报告, 来源：山西日报; via alexzhu0/Jina_Embeddings_v4_RAG)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
