"""Gold annotations for wr_jiangxi_2025_b (2025年江西省政府工作报告, second excerpt of the 2024
review), lines 12-16 of shared/texts/work_report/wr_jiangxi_2025.txt.

The excerpt corpora/wr_jiangxi_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items 五是区域城乡协调并进 (planning, farmland,
grain, agricultural firms and products, villages, towns), 六是生态优势巩固提升 (air and
water quality, streaks of assessments, carbon, eco-compensation), 七是风险防控有序有效 (debt,
housing, floods, work safety, public order), 八是民生保障扎实有力 (jobs, incomes, elderly
care, child care, schools, health insurance, culture and sport) and 九是政府自身建设成效明显
(discipline, law-based government, e-government) in full, starting at the heading of item
五是.  Lines 6-11 are annotated in wr_jiangxi_2025 (no overlap).  Lines 12-16 make 2,392
characters with about 67 Arabic numbers, the densest run in the allowed lines 12-86: the
first section heading after line 11, 二、2025年工作安排 (line 19), starts runs of 2,000-2,500
characters with about 27 numbers (lines 19-29, 2,443), and lines 12-15 alone (2,021) would
cut the review before its last item.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jiangxi_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jiangxi_2025_b"
PLACE = "江西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_jiangxi_2025.txt"
FIRST, LAST = 12, 16                    # 1-based, inclusive, whole lines
TITLE = "2025年江西省政府工作报告"
JX_ALTS = ["江西", "全省", "我省"]
GOV_ALTS = JX_ALTS + ["江西省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="五是区域城乡协调并进。", ends="干事创业更加协同高效，狠抓落实蔚然成风。")
text = g.text
fact = g.with_subject(PLACE, JX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
LEVELS_NOTE = ("{} restating the administrative levels just named ({}), a structure label, "
               "not a count claim (as wr_beijing_2025 三级 / wr_hunan_2025 四级)")

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# The excerpt lies in part 一、2024年工作回顾 (heading in source line 6, outside the excerpt),
# the review of 2024.  Lines 1, 2, 4, 5 state no period of their own before their facts, so
# they take the section frame 2024-01-01..2024-12-31 with the heading's period text 2024年
# (as wr_jiangxi_2025; in this excerpt that surface occurs only in an event name — period
# text is not scored, start/end are; as wr_heilongjiang_2025_b), the null reading in period_alts (SPEC §4).  Line 3
# (七是) names 全年 before 生产安全事故起数…: from there on its facts take 全年 (same dates,
# explicit).  年初 (年初确定的10件民生实事, line 4) dates the decision inside a relative clause
# and is not read as a governing period (judgement call).  Stocks (总数达, 累计, coverage and
# treatment rates of villages, 每千人口托位数) are the instant 2024-12-31 with the year and null as
# alts; levels of the year (ranks, rates, facilities built) are the year with the instant as
# alt.  Streaks (连续12年, 连续7年, 连续4年, 连续6年, 连续18年) end in the review year: the year
# as gold, the streak's own span as alt (as wr_jiangxi_2025 / wr_yunnan_2025).
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FY = P("全年", "2024-01-01", "2024-12-31")
FY_NULL = P("全年", None, None)
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FLOW_FY = dict(period=FY, period_alts=[FY_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
BUILT_NOTE = ("建成 N in the review: facilities completed in 2024 → the year; the cumulative "
              "reading (a stock at 2024-12-31) in period_alts")
STREAK_NOTE = ("length of the streak {} (a duration, unit year, as wr_jiangxi_2025 / "
               "wr_yunnan_2025 连续3年) — judgement call; the streak ends in the review year "
               "(alt {})")


def streak(text_, n):
    """period fields of a streak of n years ending in 2024 (under the section frame)."""
    return dict(period=Y24, period_alts=[Y24_NULL, P(text_, f"{2025 - n}-01-01", "2024-12-31")])


def streak_fy(text_, n):
    """period fields of a streak of n years ending in 2024, under the line's 全年."""
    return dict(period=FY, period_alts=[FY_NULL, P(text_, f"{2025 - n}-01-01", "2024-12-31")])


# ==== line 1 (source 12): 五是区域城乡协调并进 =================================================
g.neg("五是区域城乡", "五是", MARKER_NOTE)
g.neg("省市县三级国土", "三级", LEVELS_NOTE.format("三级", "省市县"))
g.neg("“一主一副、两翼联动", "一主一副", LABEL_NOTE + " (regional layout slogan “一主一副、两翼"
      "联动、多点支撑”: one main centre, one sub-centre)")
g.neg("一主一副、两翼联动", "两翼", LABEL_NOTE + " (两翼 'two wings' of the same slogan)")
fact("高标准农田360万亩", "360万亩", value=3.6e6, unit="mu", kind="amount",
     metric="新建和改造提升高标准农田",
     metric_alts=["高标准农田", "高标准农田建设", "新建和改造提升高标准农田面积",
                  "高标准农田面积", "新建和改造提升的高标准农田"], **FLOW,
     note="亩 stays mu (SPEC §3); farmland built or upgraded in 2024; the section frame "
          "2024年 (heading outside the excerpt), null as alt")
GRAIN = ["粮食总产量", "粮食产量", "粮食"]
fact("粮食总产439.2亿斤", "439.2亿斤", value=439.2e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产", metric_alts=GRAIN, **FLOW,
     note="斤 → t (× 0.0005, SPEC §3): 439.2亿斤 = 2.196e7 t; the 2024 harvest")
fact("连续12年超430亿斤", "12年", value=12, unit="year", kind="amount",
     metric="粮食总产超430亿斤持续时间",
     metric_alts=["粮食总产连续超430亿斤", "粮食总产超430亿斤年数", "连续超430亿斤",
                  "粮食产量超430亿斤持续时间", "粮食总产量超430亿斤持续时间", "粮食总产持续时间"],
     **streak("连续12年", 12), note=STREAK_NOTE.format("连续12年", "2013-2024"))
fact("连续12年超430亿斤", "430亿斤", value=430e8 * 0.0005, unit="t", kind="amount",
     bound="gt", metric="粮食总产", metric_alts=GRAIN,
     period=Y24, period_alts=[P("连续12年", "2013-01-01", "2024-12-31"), Y24_NULL],
     note="超 → gt (outside the span); the level held in each year of the streak (as "
          "wr_china_2012 连续5年超万亿斤: the streak's condition is a fact of its own); 430亿斤 "
          "= 2.15e7 t; the review year, the streak's span as alt")
LEAD = ["国家级农业产业化重点龙头企业数量", "农业产业化国家重点龙头企业", "国家重点龙头企业",
        "农业产业化重点龙头企业"]
fact("新增13家国家级农业", "13家", value=13, unit="count", kind="count", classifier="家",
     metric="国家级农业产业化重点龙头企业",
     metric_alts=new("国家级农业产业化重点龙头企业", "新增国家级农业产业化重点龙头企业")
     + LEAD[1:], **FLOW, note=NEW_NOTE)
fact("龙头企业、总数达81家", "81家", value=81, unit="count", kind="count", classifier="家",
     metric="国家级农业产业化重点龙头企业",
     metric_alts=LEAD + ["国家级农业产业化重点龙头企业总数"], **STOCK,
     note="总数达 → eq; the total after the additions: " + STOCK_NOTE)
AGP = ["入驻高端商超餐厅的农产品", "农产品", "入驻高端商超餐厅农产品", "新增入驻高端商超餐厅的农产品",
       "新增入驻高端商超餐厅农产品", "农产品入驻高端商超餐厅", "入驻高端商超餐厅的农产品数量"]
fact("新增1207款农产品", "1207款", value=1207, unit="count", kind="count", classifier="款",
     metric=AGP[0],
     metric_alts=AGP[1:] + ["入驻高端商超餐厅的农产品增量", "入驻高端商超餐厅的农产品数量增量"],
     **FLOW, note="products (款) newly placed in high-end supermarkets and restaurants in 2024; "
                  "the predicate defines the counted set → metric; " + NEW_NOTE)
fact("增长6.7倍", "6.7倍", value=6.7, unit="times", kind="ratio", metric=AGP[0],
     metric_alts=AGP[1:] + ["入驻高端商超餐厅的农产品增长倍数", "新增入驻农产品增长倍数"],
     **FLOW,
     note="增长N倍 → kind ratio, unit times, value as written, comparison null (as "
          "cm_qiandongnan_2023_b 增长4.4倍); the growth of the count just given")
MTY = ["全国名特优新农产品数量", "名特优新农产品", "累计培育全国名特优新农产品", "全国名特优新农产品总数"]
fact("全国名特优新农产品360个", "360个", value=360, unit="count", kind="count",
     classifier="个", metric="全国名特优新农产品", metric_alts=MTY, **STOCK,
     note="累计培育: the total certified so far (a stock): " + STOCK_NOTE)
fact("360个、居全国第6", "第6", value=6, unit="rank", kind="rank", scope="全国",
     metric="全国名特优新农产品",
     metric_alts=MTY + ["全国名特优新农产品数量排名", "名特优新农产品数量"], **STOCK,
     note="rank of the cumulative total among the provinces (scope 全国) → the same instant")
CAM = ["油茶产业产值", "油茶产业", "油茶产值", "油茶产业总产值"]
fact("产值突破600亿元", "600亿元", value=600e8, unit="CNY", kind="amount", bound="gt",
     metric=CAM[0], metric_alts=CAM[1:], **FLOW,
     note="突破 → gt (outside the span); output of the year")
fact("600亿元、居全国第2", "第2", value=2, unit="rank", kind="rank", scope="全国",
     metric=CAM[0], metric_alts=CAM[1:] + ["油茶产业产值排名"], **LEVEL,
     note="rank of the year's output (scope 全国); the year-end instant as alt")
fact("覆盖率达96%", "96%", value=96, unit="%", kind="share",
     metric="宜居村庄整治建设覆盖率",
     metric_alts=["宜居村庄整治建设覆盖面", "村庄整治建设覆盖率", "宜居村庄覆盖率"], **STOCK,
     note="达 → eq; coverage of the villages reached (a share of a stock, as wr_guangxi_2025 "
          "普及率): " + STOCK_NOTE)
fact("开工率达100%", "100%", value=100, unit="%", kind="share",
     metric="农村危房改造开工率",
     metric_alts=["危房改造开工率", "农村危房改造开工比例"], **LEVEL,
     note="达 → eq; the share of the year's planned renovations started → the year, the "
          "year-end instant as alt")
fact("（管控）率达48.3%", "48.3%", value=48.3, unit="%", kind="share",
     metric="农村生活污水治理（管控）率",
     metric_alts=["农村生活污水治理(管控)率", "农村生活污水治理率", "农村生活污水治理管控率",
                  "生活污水治理（管控）率", "农村生活污水治理（管控）比例"], **STOCK,
     note="达 → eq; the share of villages whose sewage is treated or controlled (a share of "
          "a stock): " + STOCK_NOTE)
fact("在17个县（市、区）", "17个", value=17, unit="count", kind="count", classifier="个",
     metric="开展“四融一共”和美乡村先行区建设的县（市、区）",
     metric_alts=["县（市、区）", "县(市、区)", "“四融一共”和美乡村先行区建设县（市、区）",
                  "和美乡村先行区建设县（市、区）", "开展和美乡村先行区建设的县", "和美乡村先行区",
                  "“四融一共”和美乡村先行区", "县（市、区）数量"], **FLOW,
     note="counties where the pilot was carried out in 2024 (the predicate defines the "
          "counted set → metric); span number + classifier 个 (README §1)")
g.neg("“四融一共”和美", "四融一共", LABEL_NOTE + " (“四融一共”, the village-building "
      "mechanism's name)")
g.neg("新型城镇化战略五年行动计划", "五年", "name of a five-year action plan (五年行动计划), "
      "not a duration fact (as 三年行动 in other golds)")
OLD = ["老旧小区", "城镇老旧小区", "改造城镇老旧小区", "老旧小区改造", "改造老旧小区数量"]
fact("改造老旧小区1343个", "1343个", value=1343, unit="count", kind="count", classifier="个",
     metric="改造老旧小区", metric_alts=OLD, **FLOW)
fact("1343个52.54万户", "52.54万户", value=525400, unit="count", kind="count",
     classifier="户", metric="改造老旧小区户数",
     metric_alts=["老旧小区户数", "改造老旧小区涉及户数", "老旧小区改造户数", "改造老旧小区",
                  "惠及户数", "户数"], **FLOW,
     note="the households of the 1343 estates renovated (number written right after the "
          "estate count, no separator); 户 is a classifier (SPEC §3)")
SEW = ["城市生活污水集中收集率", "生活污水集中收集率", "污水集中收集率", "城市污水集中收集率"]
fact("提升5个百分点", "5个百分点", value=5, unit="pp", kind="change", metric=SEW[0],
     metric_alts=SEW[1:], comparison="yoy", **FLOW,
     note="pp change of a rate against 2023 (README §6: 提高 N 个百分点 → yoy)")
fact("达68.13%", "68.13%", value=68.13, unit="%", kind="share", metric=SEW[0],
     metric_alts=SEW[1:], **LEVEL,
     note="达 → eq; the rate reached in 2024 (sewage collected in the year) → the year, the "
          "year-end instant as alt")

# ==== line 2 (source 13): 六是生态优势巩固提升 =================================================
g.neg("六是生态优势", "六是", MARKER_NOTE)
g.neg("全省PM2.5", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("平均浓度27微克/立方米", "27微克/立方米", value=27, unit="微克/立方米", kind="amount",
     metric="PM2.5平均浓度",
     metric_alts=["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度"], **FLOW,
     note="unit kept as written (SPEC §3 unknown units; as wr_anhui_2025 35.2微克/立方米); the "
          "year's mean")
fact("优良天数比率95.5%", "95.5%", value=95.5, unit="%", kind="share",
     metric="空气优良天数比率",
     metric_alts=["空气质量优良天数比率", "优良天数比率", "空气质量优良天数比例", "空气优良率"],
     **FLOW)
fact("水质优良比例97.7%", "97.7%", value=97.7, unit="%", kind="share",
     metric="地表水国考断面水质优良比例",
     metric_alts=["水质优良比例", "国考断面水质优良比例", "地表水水质优良比例",
                  "地表水国考断面水质优良比率"], **FLOW)
fact("长江干流断面连续7年", "7年", value=7, unit="year", kind="amount",
     metric="长江干流断面保持Ⅱ类水质持续时间",
     metric_alts=["长江干流断面连续保持Ⅱ类水质", "长江干流断面保持Ⅱ类水质年数",
                  "长江干流断面水质", "保持Ⅱ类水质持续时间", "长江干流断面持续时间"],
     subject_alts=JX_ALTS + ["长江干流断面", "长江干流江西段"],
     **streak("连续7年", 7),
     note=STREAK_NOTE.format("连续7年", "2018-2024") + "; the river section keeps the "
          "province as subject (README §4, as wr_gansu_2025_b), the section as alt")
fact("赣江干流断面连续4年", "4年", value=4, unit="year", kind="amount",
     metric="赣江干流断面保持Ⅱ类水质持续时间",
     metric_alts=["赣江干流断面连续保持Ⅱ类水质", "赣江干流断面保持Ⅱ类水质年数",
                  "赣江干流断面水质", "保持Ⅱ类水质持续时间", "赣江干流断面持续时间"],
     subject_alts=JX_ALTS + ["赣江干流断面", "赣江干流"],
     **streak("连续4年", 4),
     note=STREAK_NOTE.format("连续4年", "2021-2024") + "; verb 保持Ⅱ类水质 shared")
g.neg("保持Ⅱ类水质", "Ⅱ类", "water-quality class label (GB 3838 grade), not a quantity (as "
      "wr_gansu_2025_b)")
fact("总磷浓度剔除自然因素影响后下降8.5%", "8.5%", value=-8.5, unit="%", kind="growth",
     metric="总磷浓度",
     metric_alts=["鄱阳湖区总磷浓度", "总磷平均浓度", "鄱阳湖总磷浓度"],
     subject="鄱阳湖区", subject_alts=["鄱阳湖", PLACE] + JX_ALTS, comparison="yoy", **FLOW,
     note="下降 → negative growth; the lake area owns its concentration (judgement call, the "
          "province as alt); 剔除自然因素影响后 qualifies the measurement, not the period")
fact("考核连续6年优秀", "6年", value=6, unit="year", kind="amount",
     metric="最严格水资源管理制度考核优秀持续时间",
     metric_alts=["最严格水资源管理制度考核连续优秀", "最严格水资源管理制度考核优秀年数",
                  "国务院实行最严格水资源管理制度考核连续优秀", "水资源管理制度考核优秀持续时间",
                  "最严格水资源管理制度考核"],
     **streak("连续6年", 6), note=STREAK_NOTE.format("连续6年", "2019-2024"))
fact("考核连续4年全国优秀", "4年", value=4, unit="year", kind="amount",
     metric="污染防治攻坚战成效考核全国优秀持续时间",
     metric_alts=["污染防治攻坚战成效考核连续全国优秀", "污染防治攻坚战成效考核优秀年数",
                  "污染防治攻坚战成效考核优秀持续时间", "污染防治攻坚战成效考核"],
     **streak("连续4年", 4), note=STREAK_NOTE.format("连续4年", "2021-2024"))
fact("生态质量指数居全国第1", "第1", value=1, unit="rank", kind="rank", scope="全国",
     metric="生态质量指数",
     metric_alts=["生态质量指数排名", "生态质量"], **LEVEL,
     note="rank of the year's index among the provinces (scope 全国); year-end as alt")
g.neg("全国首张", "首张", FIRST_NOTE)
g.neg("“5A级零碳景区”", "5A级", "A-grade class label 5A级 in the certificate's name, not a "
      "quantity (as 5A级 in other golds)")
g.neg("5A级零碳景区", "零碳", "label 零碳 (README §2)")
g.neg("“三星零碳工厂”", "三星", "grade label 三星 ('three-star') in the factory title, not a "
      "count or rank")
g.neg("三星零碳工厂", "零碳", "label 零碳 (README §2)")
g.neg("实现零的突破", "零", "idiom 零的突破 'a first (breaking zero)', not a quantity (as "
      "wr_hebei_2025)")
g.neg("中部地区首单", "首单", FIRST_NOTE)
g.neg("全国首个生态文明", "首个", FIRST_NOTE)
g.neg("国家5A级景区", "5A级", "A-grade class label (5A级景区), not a quantity (as "
      "wr_gansu_2025)")

# ==== line 3 (source 14): 七是风险防控有序有效 =================================================
g.neg("七是风险防控", "七是", MARKER_NOTE)
g.neg("“1+9”实施方案", "1+9", LABEL_NOTE + " (“1+9”实施方案: one plan and nine supporting "
      "documents), a name")
g.neg("实现双压降", "双压降", "label 双压降 ('double reduction' of the platforms and their "
      "debt), not a quantity")
g.neg("全面清零", "清零", "清零 'cleared to zero' (eliminated), an idiom, not a quantity (as "
      "wr_hebei_2025_b)")
g.neg("全国唯一", "唯一", "lexicalized 唯一 'the only one' (uniqueness, not a count or rank)")
g.neg("债券零违约", "零违约", "label 零违约 ('zero default'), a record claim, not a measured "
      "quantity")
fact("发展20条措施", "20条", value=20, unit="count", kind="count", classifier="条",
     metric="推动房地产市场平稳健康发展措施",
     metric_alts=["推动房地产市场平稳健康发展的措施", "房地产市场平稳健康发展措施", "措施",
                  "措施数量", "房地产措施"], **FLOW,
     note="count of measures issued in 2024 (README §2 七条措施)")
fact("本世纪第二高水位", "第二", value=2, unit="rank", kind="rank", scope="本世纪",
     metric="鄱阳湖水位",
     metric_alts=["水位", "鄱阳湖最高水位", "鄱阳湖水位排名", "鄱阳湖洪水水位"],
     subject="鄱阳湖", subject_alts=["鄱阳湖区", PLACE] + JX_ALTS, **FLOW,
     note="judgement call: 本世纪第二高水位 ranks the 2024 peak level of the lake among the "
          "years of this century (rank 2, scope 本世纪, span without 高); reading it as a "
          "descriptive record phrase (negative) is the alternative; the 2024 flood → the year")
g.neg("新余“1·24”", "1·24", "date label of the event (新余“1·24”特大火灾事故, 24 January 2024), "
      "not a fact (as wr_yunnan_2025_b 1·22)")
g.neg("“1+7”政策", "1+7", LABEL_NOTE + " (“1+7”政策, named in the report's annex), a name")
g.neg("举一反三", "举一反三", "idiom 举一反三 ('draw inferences'), not a quantity")
SAFE = ("分别: 生产安全事故起数 ↔ 8.89%, 死亡人数 ↔ 4.6%; 下降 → negative; 全年 of the line "
        "governs (explicit)")
fact("分别下降8.89%", "8.89%", value=-8.89, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["安全事故起数", "生产安全事故", "事故起数"], comparison="yoy", **FLOW_FY,
     note=SAFE)
fact("8.89%、4.6%", "4.6%", value=-4.6, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "安全事故死亡人数", "事故死亡人数"], comparison="yoy", **FLOW_FY,
     note=SAFE + "; head 生产安全事故 restored (README §3)")
g.neg("“三大专项行动”", "三大", "set label N大 (“三大专项行动”, the three campaigns just "
      "named), not a count claim (README §2 八大)")
g.neg("降至近十年最低", "近十年", PERIOD_NOTE + " (the window of the record 近十年最低 'the "
      "lowest in nearly ten years', as wr_heilongjiang_2025_b 近6年), not a duration fact")
g.neg("进入全国第一方阵", "第一方阵", "tier label 第一方阵 ('the leading group'), not a "
      "measured rank (as wr_anhui_2025)")
fact("连续6年居全国前列", "6年", value=6, unit="year", kind="amount",
     metric="扫黑除恶工作居全国前列持续时间",
     metric_alts=["扫黑除恶工作连续居全国前列", "扫黑除恶工作居全国前列年数", "连续居全国前列",
                  "扫黑除恶工作", "扫黑除恶"],
     **streak_fy("连续6年", 6),
     note=STREAK_NOTE.format("连续6年", "2019-2024") + "; 全国前列 states no rank number; "
          "全年 earlier in the line governs (same dates)")
FRAUD = ("分别: 电信网络诈骗发案数 ↔ 16.86%, 损失数 ↔ 9.27%; 再降 → negative growth; 全年 of "
         "the line governs")
fact("分别再降16.86%", "16.86%", value=-16.86, unit="%", kind="growth",
     metric="电信网络诈骗发案数",
     metric_alts=["电信网络诈骗案件发案数", "电信网络诈骗发案", "电诈发案数", "发案数"],
     comparison="yoy", **FLOW_FY, note=FRAUD)
fact("16.86%、9.27%", "9.27%", value=-9.27, unit="%", kind="growth",
     metric="电信网络诈骗损失数",
     metric_alts=["电信网络诈骗损失", "损失数", "电信网络诈骗损失金额", "电诈损失数"],
     comparison="yoy", **FLOW_FY, note=FRAUD + "; head 电信网络诈骗 restored")
fact("连续18年获全国平安建设", "18年", value=18, unit="year", kind="amount",
     metric="获全国平安建设（综治工作）考评优秀省持续时间",
     metric_alts=["获全国平安建设(综治工作)考评优秀省持续时间", "连续获全国平安建设考评优秀省",
                  "全国平安建设（综治工作）考评优秀省", "全国平安建设考评优秀年数",
                  "平安建设考评优秀持续时间", "全国平安建设考评优秀省持续时间"],
     **streak_fy("连续18年", 18),
     note=STREAK_NOTE.format("连续18年", "2007-2024") + "; 全年 of the line governs")

# ==== line 4 (source 15): 八是民生保障扎实有力 =================================================
g.neg("八是民生保障", "八是", MARKER_NOTE)
fact("年初确定的10件民生实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["年初确定的民生实事", "民生实事数量", "确定的民生实事", "民生实事件数"],
     **FLOW,
     note="the livelihood projects fixed at the start of 2024, all delivered; 年初 dates the "
          "decision inside the relative clause, not read as the fact's period (judgement call)")
g.neg("解决了一批", "一批", "quantifier 一批 (README §2)")
PLAN_NOTE = ("分别: 城镇新增就业 ↔ 113.4%, 新增发放创业担保贷款 ↔ 256.1%; the share of the "
             "year's plan achieved (完成年计划的 N%) → share")
fact("分别完成年计划的113.4%", "113.4%", value=113.4, unit="%", kind="share",
     metric="城镇新增就业完成年计划比例",
     metric_alts=["城镇新增就业年计划完成率", "城镇新增就业完成年计划", "城镇新增就业计划完成率",
                  "城镇新增就业完成年计划的比例", "城镇新增就业"], **FLOW, note=PLAN_NOTE)
fact("113.4%、256.1%", "256.1%", value=256.1, unit="%", kind="share",
     metric="新增发放创业担保贷款完成年计划比例",
     metric_alts=["新增发放创业担保贷款年计划完成率", "新增发放创业担保贷款完成年计划",
                  "创业担保贷款完成年计划比例", "创业担保贷款计划完成率",
                  "新增发放创业担保贷款完成年计划的比例", "新增发放创业担保贷款"], **FLOW,
     note=PLAN_NOTE)
INC = "分别: 城镇 ↔ 4.3%, 农村 ↔ 6.2%; head 居民人均可支配收入 shared"
fact("分别增长4.3%", "4.3%", value=4.3, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇常住居民人均可支配收入", "城镇居民收入"], comparison="yoy", **FLOW,
     note=INC)
fact("4.3%、6.2%", "6.2%", value=6.2, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村常住居民人均可支配收入", "农村居民收入"], comparison="yoy", **FLOW,
     note=INC)
fact("供养标准连续18年提高", "18年", value=18, unit="year", kind="amount",
     metric="城乡低保、特困人员供养标准提高持续时间",
     metric_alts=["城乡低保、特困人员供养标准连续提高", "城乡低保、特困人员供养标准提高年数",
                  "城乡低保和特困人员供养标准提高持续时间", "低保标准提高持续时间",
                  "特困人员供养标准提高持续时间", "城乡低保、特困人员供养标准"],
     **streak("连续18年", 18), note=STREAK_NOTE.format("连续18年", "2007-2024"))
fact("稳居中部地区第1", "第1", value=1, unit="rank", kind="rank", scope="中部地区",
     metric="城乡居民养老保险待遇水平",
     metric_alts=["城乡居民养老保险待遇", "城乡居民养老保险待遇水平排名", "居民养老保险待遇水平",
                  "城乡居民基本养老保险待遇水平"], **LEVEL,
     note="rank among the central provinces (scope 中部地区) in 2024; year-end as alt")
fact("适老化改造4.4万户", "4.4万户", value=44000, unit="count", kind="count",
     classifier="户", metric="居家适老化改造",
     metric_alts=["实施居家适老化改造", "居家适老化改造户数", "适老化改造", "居家适老化改造家庭"],
     **FLOW, note="households whose homes were adapted in 2024; 户 is a classifier (SPEC §3)")
fact("嵌入式养老院47家", "47家", value=47, unit="count", kind="count", classifier="家",
     metric="社区嵌入式养老院",
     metric_alts=new("社区嵌入式养老院", "新增社区嵌入式养老院", "嵌入式养老院"), **FLOW,
     note=NEW_NOTE)
fact("中心敬老院377家", "377家", value=377, unit="count", kind="count", classifier="家",
     metric="区域性中心敬老院",
     metric_alts=["建成区域性中心敬老院", "区域性中心敬老院数量", "中心敬老院", "敬老院"],
     period=Y24, period_alts=[Y24_NULL, Y24_END], note=BUILT_NOTE)
fact("助餐点7800余个", "7800余个", value=7800, unit="count", kind="count", classifier="个",
     bound="gt", metric="城乡老年助餐点",
     metric_alts=["建成城乡老年助餐点", "老年助餐点", "城乡老年助餐点数量", "助餐点"],
     period=Y24, period_alts=[Y24_NULL, Y24_END],
     note="余 inside the span → gt; verb 建成 shared; " + BUILT_NOTE)
g.neg("“一老一小幸福院”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young', in "
      "the facility name 一老一小幸福院)")
fact("幸福院”698个", "698个", value=698, unit="count", kind="count", classifier="个",
     metric="“一老一小幸福院”",
     metric_alts=["一老一小幸福院", "建成“一老一小幸福院”", "“一老一小幸福院”数量", "幸福院"],
     period=Y24, period_alts=[Y24_NULL, Y24_END], note="verb 建成 shared; " + BUILT_NOTE)
g.neg("每千人口托位数", "千人", "per-1,000-people basis inside the metric name 每千人口托位数, "
      "not a count (as 每万人 in wr_jiangxi_2025)")
fact("托位数达4.32个", "4.32个", value=4.32, unit="count", kind="count", classifier="个",
     metric="每千人口托位数",
     metric_alts=["每千人口拥有托位数", "千人口托位数", "托位数", "每千人口3岁以下婴幼儿托位数"],
     **STOCK,
     note="达 → eq; childcare places per 1,000 people (a ratio of a stock, classifier 个, as "
          "每万人有效发明专利拥有量 in wr_jiangxi_2025): " + STOCK_NOTE)
fact("小规模学校4303所", "4303所", value=4303, unit="count", kind="count", classifier="所",
     metric="优化撤并小规模学校",
     metric_alts=["小规模学校", "撤并小规模学校", "优化撤并的小规模学校", "撤并小规模学校数量"],
     **FLOW, note="schools merged or closed in 2024")
fact("义务教育学校656所", "656所", value=656, unit="count", kind="count", classifier="所",
     metric="新改扩建义务教育学校",
     metric_alts=["义务教育学校", "新建改扩建义务教育学校", "新改扩建义务教育学校数量",
                  "新建和改扩建义务教育学校"], **FLOW)
fact("新增学位16.4万个", "16.4万个", value=164000, unit="count", kind="count",
     classifier="个", metric="学位",
     metric_alts=new("学位", "新增学位", "义务教育学位", "新增义务教育学位"), **FLOW,
     note=NEW_NOTE)
fact("计划新增2万余个", "2万余个", value=20000, unit="count", kind="count", classifier="个",
     bound="gt", metric="本科招生计划增量",
     metric_alts=["本科招生计划", "本科招生计划新增", "新增本科招生计划", "全省本科招生计划增量",
                  "本科招生计划数量增量", "本科招生名额增量"], **FLOW,
     note="余 inside the span → gt; 新增 of a plan level: the absolute change of the "
          "enrolment quota (SPEC §2 → <level>增量), the plain noun as alt")
fact("4家省级区域医疗中心", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="省级区域医疗中心",
     metric_alts=["运营省级区域医疗中心", "省级区域医疗中心数量", "区域医疗中心",
                  "运营的省级区域医疗中心"],
     period=Y24, period_alts=[Y24_NULL, Y24_END],
     note="centres in operation in 2024 (the year, the year-end instant as alt)")
fact("参保率稳定在95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="基本医保参保率",
     metric_alts=["基本医疗保险参保率", "医保参保率", "参保率"], **LEVEL,
     note="以上 → ge (outside the span); the coverage held in 2024; year-end as alt")
g.neg("医保码“一码付”", "一码付", LABEL_NOTE + " (service name “一码付” 'pay with one code')")
g.neg("第四次全国文物普查", "第四次", "edition label of the census (第四次全国文物普查), not "
      "a count (as wr_guangdong_2025 第五次)")
g.neg("成功举办2024年世界", "2024年", "year inside an event name (2024年世界青年羽毛球锦标赛); no "
      "fact after it in the line")
g.neg("首届全国青少年", "首届", "edition label 首届 (the first edition of the games), not a "
      "count or rank (as wr_china_2022)")

# ==== line 5 (source 16): 九是政府自身建设成效明显 ==============================================
g.neg("九是政府自身", "九是", MARKER_NOTE)
g.neg("“两个确立”", "两个确立", LABEL_NOTE + " (“两个确立”)")
g.neg("“两个维护”", "两个维护", LABEL_NOTE + " (“两个维护”)")
g.neg("“八小时以外”", "八小时", LABEL_NOTE + " (“八小时以外” 'outside the eight working "
      "hours', the name of a conduct rule), not a duration fact")
g.neg("实现一码通全省", "一码通", LABEL_NOTE + " (一码通全省 'one code for the whole "
      "province', as wr_hainan_2025 一码通全岛)")
fact("两批34项", "两批", value=2, unit="count", kind="count", classifier="批",
     metric="“高效办成一件事”事项批次",
     metric_alts=["高效办成一件事事项批次", "批次", "“高效办成一件事”批次", "“高效办成一件事”事项"],
     subject_alts=GOV_ALTS, **FLOW,
     note="judgement call: 两批 read as a count of batches (2), not a vague quantifier (as "
          "wr_guangdong_2025 两批21个)")
fact("两批34项", "34项", value=34, unit="count", kind="count", classifier="项",
     metric="“高效办成一件事”事项",
     metric_alts=["高效办成一件事事项", "“高效办成一件事”", "高效办成一件事",
                  "“高效办成一件事”事项数量", "事项", "上线运行“高效办成一件事”事项"],
     subject_alts=GOV_ALTS, **FLOW, note="items put into operation (上线运行) in 2024")
g.neg("“高效办成一件事”上线", "一件事", "service-programme name 高效办成一件事, not a count")
g.neg("省市县乡四级", "四级", LEVELS_NOTE.format("四级", "省市县乡"))
g.neg("“一表同享”", "一表同享", LABEL_NOTE + " (reform name “一表同享” 'one form, shared', "
      "explained in the report's annex)")
fact("压减62.44%", "62.44%", value=-62.44, unit="%", kind="growth",
     metric="业务表单数量",
     metric_alts=["业务表单", "表单数量", "基层填表报数数量", "业务表单数"],
     subject="“一表同享”改革试点县",
     subject_alts=["一表同享改革试点县", "改革试点县", "试点县", PLACE] + JX_ALTS,
     comparison="yoy", **FLOW,
     note="压减 N% → negative growth of the number of forms; the pilot counties own the "
          "number (judgement call, the province as alt); comparison yoy by default (README "
          "§6; the basis is the state before the reform)")

NOTES = (
    "Excerpt: lines 12-16 of shared/texts/work_report/wr_jiangxi_2025.txt (2,392 characters "
    "with the final newline), sliced by code: review items 五是区域城乡协调并进, 六是生态优势巩固"
    "提升, 七是风险防控有序有效, 八是民生保障扎实有力 and 九是政府自身建设成效明显 in full, "
    "starting at the heading of item 五是. Lines 6-11 are annotated in wr_jiangxi_2025 (no "
    "overlap). Among the runs of 2,000-2,500 characters in lines 12-86 it holds the most "
    "numbers (~67 Arabic numbers); the runs from the section heading 二、2025年工作安排 (line "
    "19) hold ~27. Title, source line, dateline and the heading 一、2024年工作回顾 are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-17, "
    "the delivery date in the report's header (source line 3: 2025年1月17日在江西省第十四届人民"
    "代表大会第三次会议上省长叶建春作政府工作报告), as wr_jiangxi_2025; the corpus meta agrees. "
    "Place: 江西省 (江西, 全省, 我省 → alts; the provincial government as alt of the "
    "e-government counts); owners of their own numbers: 鄱阳湖区 (total phosphorus), 鄱阳湖 "
    "(water-level rank), the “一表同享” pilot counties (62.44%); river sections keep the "
    "province (as alts). Periods: the excerpt lies in the review of 2024 and lines 1, 2, 4, 5 "
    "state no period before their facts: section frame 2024-01-01..2024-12-31 with the "
    "heading's period text 2024年 (the heading is outside the excerpt; the surface occurs "
    "in it only in the event name 2024年世界青年羽毛球锦标赛; period text is not scored), null "
    "as alt; line 3 names 全年 before its accident figures, which govern the rest of that line "
    "(same dates). Stocks (总数达81家, 累计360个 and its rank, village coverage and sewage "
    "treatment rates, 每千人口托位数) → instant 2024-12-31 with the year and null as alts; "
    "ranks, rates of the year and facilities built (建成…377家/7800余个/698个, 4家 in "
    "operation) → the year with the instant as alt; streaks (连续12年, 连续7年, 连续4年 ×2, "
    "连续6年 ×2, 连续18年 ×2) → durations on the year, the streak's span as alt. Modality: "
    "actual throughout (no 预计 in the excerpt). Units: 亿斤 → t × 0.0005 (439.2亿斤 = "
    "2.196e7 t, 430亿斤 = 2.15e7 t); 万亩 → mu; 微克/立方米 kept as written; 增长6.7倍 → "
    "ratio 6.7 times. Judgement calls: 连续12年超430亿斤 → the streak length and the level "
    "(gt) as two facts; 本世纪第二高水位 → rank 2 of the lake's level (scope 本世纪); 年初 "
    "(年初确定的10件民生实事) not a governing period; 两批 → a count of batches; 完成年计划的"
    "113.4%/256.1% → shares; 本科招生计划新增2万余个 → <level>增量; 压减62.44% → growth −62.44 "
    "owned by the pilot counties; 建成 N in the review → the year (cumulative reading as alt). "
    "Negatives: 五是-九是, 三级, 一主一副, 两翼, 四融一共, 五年 (行动计划), PM2.5, Ⅱ类, 首张, 5A级 "
    "×2, 零碳 ×2, 三星, 零 (零的突破), 首单, 首个, 1+9, 双压降, 清零, 唯一, 零违约, 1·24, 1+7, "
    "举一反三, 三大, 近十年, 第一方阵, 一批, 一老一小, 千人 (per-1,000 basis), 一码付, 第四次, "
    "2024年 (event name), 首届, 两个确立, 两个维护, 八小时, 一码通, 一件事, 四级, 一表同享. "
    "Lexicalized, not listed: 进一步, 清单 ×2, 表单 (单 as in 清单).")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：江西省人民政府)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
