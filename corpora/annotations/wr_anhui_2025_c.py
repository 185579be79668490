"""Gold annotations for wr_anhui_2025_c (2025年安徽省政府工作报告, third excerpt: 2024 review),
lines 18-24 of shared/texts/work_report/wr_anhui_2025.txt.

The excerpt corpora/wr_anhui_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items （三） (reform: state firms, private
industry, funds, listed companies, business environment, market entities; and 开放型经济:
trade, foreign firms, the free-trade zone, China-Europe trains, routes, ports), （四）
(regional strategy: the Yangtze River Delta, 皖北, 皖南, cities, infrastructure, computing,
water diversion), （五） (rural revitalisation) and （六） (green development), each starting
at its heading line.  Lines 6-16 and 33-46 are annotated in wr_anhui_2025 / wr_anhui_2025_b
(no overlap).  Lines 18-24 make 2,210 characters with about 80 numerals; adding line 25
(item （七）) would make 2,559 (over 2,500); line 17 is the tail of item （二） (lines 17-24,
2,524, over 2,500).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_anhui_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_anhui_2025_c"
PLACE = "安徽省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_anhui_2025.txt"
FIRST, LAST = 18, 24                    # 1-based, inclusive, whole lines
TITLE = "2025年安徽省政府工作报告"
AH_ALTS = ["安徽", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）进一步全面深化改革扩大开放",
                 ends="群众“家门口”环境问题有效整治。")
text = g.text
fact = g.with_subject(PLACE, AH_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 亿元以上项目), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 一、2024年工作回顾 (heading on source line 6, outside the
# excerpt): the review of 2024 → modality actual.  Lines without a period expression take
# that section frame (SPEC §4), 2024-01-01..2024-12-31, null as alt, with the excerpt's own
# name of the review year, 全年 (line 2: 全年开行班列909列; line 5: 全年共调水), as period text
# (as wr_qinghai_2025 / wr_chongqing_2025_b name the frame by the excerpt's 年度; the
# heading's 2024年 is not in the excerpt).  全年 itself governs the clauses after it in its
# line (909列, 12条, 12.7%; 4.75亿立方米, 1.3亿吨): same dates, explicit.  Stocks (增至, 扩大到,
# 达, the scope of a rule in force, a coverage, ranks of a stock) → the instant 2024-12-31 with
# the year and null as alts (as wr_anhui_2025 STOCK).
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"


# ---- line 1 (source 18): （三） reform ------------------------------------------------------------
g.neg("（三）进一步", "（三）", MARKER_NOTE)
fact("投资新兴产业超过500亿元", "500亿元", value=500e8, unit="CNY", kind="amount",
     bound="gt", metric="省属企业投资新兴产业",
     metric_alts=["省属企业新兴产业投资", "投资新兴产业", "新兴产业投资", "省属企业投资",
                  "省属企业投资新兴产业金额"],
     subject_alts=AH_ALTS + ["省属企业"], **FLOW,
     note="超过 → gt (outside the span); the province's state firms invested in 2024 (the "
          "province keeps the subject, 省属企业 as alt; sector-like, README §4)")
g.neg("民营龙头企业倍增行动", "倍增", LABEL_NOTE + " (campaign name 民营龙头企业倍增行动, "
      "'doubling' drive), not a ratio fact")
fact("民营工业增加值增长11.6%", "11.6%", value=11.6, unit="%", kind="growth",
     metric="规上民营工业增加值",
     metric_alts=["规模以上民营工业增加值", "民营工业增加值", "规上民营工业"], comparison="yoy",
     **FLOW)
g.neg("全国首个省域", "首个", FIRST_NOTE)
fact("天使投资基金27只", "27只", value=27, unit="count", kind="count", classifier="只",
     metric="天使投资基金",
     metric_alts=new("天使投资基金", "新备案天使投资基金", "备案天使投资基金"), **FLOW,
     note="新备案 N: funds registered in 2024; " + NEW_NOTE)
fact("创业投资基金148只", "148只", value=148, unit="count", kind="count", classifier="只",
     metric="创业投资基金",
     metric_alts=new("创业投资基金", "新备案创业投资基金", "备案创业投资基金", "创投基金"),
     **FLOW, note="verb 新备案 shared with 27只; " + NEW_NOTE)
LISTED = ["境内上市公司数量", "上市公司", "境内上市公司总数", "上市公司数量"]
fact("数量增至184家", "184家", value=184, unit="count", kind="count", classifier="家",
     metric="境内上市公司", metric_alts=LISTED, **STOCK,
     note="增至 → the level reached (eq); the number of listed firms (a stock): " + STOCK_NOTE)
fact("居全国第7位", "第7位", value=7, unit="rank", kind="rank", scope="全国",
     metric="境内上市公司数量",
     metric_alts=["境内上市公司", "境内上市公司数量排名", "上市公司数量", "上市公司"], **STOCK,
     note="rank of a stock → " + STOCK_NOTE)
g.neg("推出新一轮营商", "一轮", "新一轮 'a new round', not a count")
fact("329个高频涉企", "329个", value=329, unit="count", kind="count", classifier="个",
     metric="实现申请材料免提交的高频涉企政务服务事项",
     metric_alts=["高频涉企政务服务事项", "涉企政务服务事项", "申请材料免提交的高频涉企政务服务事项",
                  "高频涉企政务服务事项数量", "申请材料免提交事项", "实现申请材料免提交的政务服务事项"],
     **LEVEL,
     note="items made paper-free in 2024 (the predicate defines the counted set → in the "
          "metric); the set in force at year end as alt")
fact("纳入240小时过境免签", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签停留期限", "过境免签时长", "免签停留时间", "过境免签停留时限",
                  "停留时间", "过境免签"], **STOCK,
     note="the length of stay of the visa-free transit zone the whole province joined: "
          "240小时 = 10 day (SPEC §3 小时 = 1/24), a standard in force (as wr_yunnan_2025 延长至"
          "240小时) → " + STOCK_NOTE)
fact("孵化载体155个", "155个", value=155, unit="count", kind="count", classifier="个",
     metric="创新创业孵化载体",
     metric_alts=new("创新创业孵化载体", "新增创新创业孵化载体", "孵化载体"), **FLOW,
     note=NEW_NOTE)
fact("新登记经营主体121.3万户", "121.3万户", value=1213000, unit="count", kind="count",
     classifier="户", metric="新登记经营主体",
     metric_alts=["经营主体", "新登记经营主体数量", "登记经营主体", "新登记经营主体户数",
                  "经营主体增量"], **FLOW, note="registered in 2024 (a flow)")

# ---- line 2 (source 19): 开放型经济 ----------------------------------------------------------------
fact("交易额增长24%左右", "24%", value=24, unit="%", kind="growth", bound="approx",
     metric="跨境电商交易额",
     metric_alts=["跨境电子商务交易额", "跨境电商交易规模", "跨境电商"], comparison="yoy",
     **FLOW, note="左右 → approx (outside the span)")
g.neg("对共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
fact("国家出口额增长11%", "11%", value=11, unit="%", kind="growth",
     metric="对共建“一带一路”国家出口额",
     metric_alts=["对共建一带一路国家出口额", "对“一带一路”国家出口额", "对一带一路国家出口额",
                  "对共建“一带一路”国家出口", "“一带一路”国家出口额", "对共建一带一路国家出口"],
     comparison="yoy", **FLOW)
fact("外商投资企业606家", "606家", value=606, unit="count", kind="count", classifier="家",
     metric="新设外商投资企业",
     metric_alts=["外商投资企业", "新设外资企业", "新设外商投资企业数量", "外商投资企业增量",
                  "外商投资企业数量增量"], **FLOW, note="set up in 2024 (新设, a flow)")
fact("对外投资增长12.3%", "12.3%", value=12.3, unit="%", kind="growth", metric="对外投资",
     metric_alts=["全省对外投资", "对外投资额", "对外直接投资"], comparison="yoy", **FLOW)
g.neg("推出全国首创", "首创", "adjective 首创 'pioneering (nationwide)', not a rank or count "
      "(as 首创性 in wr_anhui_2025_b)")
fact("制度创新成果12项", "12项", value=12, unit="count", kind="count", classifier="项",
     metric="全国首创制度创新成果",
     metric_alts=["制度创新成果", "首创制度创新成果", "全国首创制度创新成果数量",
                  "推出全国首创制度创新成果", "制度创新成果数量"],
     subject="中国（安徽）自贸试验区",
     subject_alts=["中国(安徽)自贸试验区", "安徽自贸试验区", "自贸试验区", PLACE] + AH_ALTS,
     **FLOW, note="the free-trade zone owns the number (subject of 推出); the province as alt")
g.neg("全年开行班列", "全年", PERIOD_NOTE + " (the review year 2024, explicit; governs the "
      "rest of the line)")
FY = dict(period=Y24, period_alts=[Y24_NULL])
fact("开行班列909列", "909列", value=909, unit="count", kind="count", classifier="列",
     metric="开行班列",
     metric_alts=["中欧班列开行", "合肥中欧班列开行", "班列", "开行班列数", "中欧班列开行列数",
                  "合肥中欧班列开行量", "开行中欧班列"],
     subject="合肥中欧班列集结中心",
     subject_alts=["合肥中欧班列", "中欧班列", "合肥", "合肥市", PLACE] + AH_ALTS, **FY,
     note="全年 (= 2024) explicit; judgement call: the Hefei China-Europe train hub owns the "
          "number (subject of 获批、全年开行), the city and province as alts")
fact("客货运航线12条", "12条", value=12, unit="count", kind="count", classifier="条",
     metric="国际及地区客货运航线",
     metric_alts=new("国际及地区客货运航线", "新增国际及地区客货运航线", "国际及地区航线",
                     "客货运航线", "国际航线"), **FY,
     note="新增 N: routes opened in 2024 (全年 governs); 增量 alts")
fact("货物吞吐量增长12.7%", "12.7%", value=12.7, unit="%", kind="growth",
     metric="口岸外贸货物吞吐量",
     metric_alts=["外贸货物吞吐量", "口岸货物吞吐量", "口岸外贸吞吐量"], comparison="yoy", **FY)

# ---- line 3 (source 20): （四） Yangtze River Delta ----------------------------------------------
g.neg("（四）深度融入", "（四）", MARKER_NOTE)
YRD = PLACE_NOTE.format("长三角, the Yangtze River Delta; as wr_anhui_2025_b")
g.neg("深入推进长三角一体化", "长三角", YRD)
g.neg("牵头实施长三角科技", "长三角", YRD)
fact("攻关项目7项", "7项", value=7, unit="count", kind="count", classifier="项",
     metric="长三角科技创新共同体攻关项目",
     metric_alts=["攻关项目", "牵头实施长三角科技创新共同体攻关项目", "科技创新共同体攻关项目",
                  "长三角科技创新共同体攻关项目数量", "牵头实施攻关项目"], **FLOW,
     note="projects the province led (牵头实施) in 2024")
g.neg("共建首批12家", "首批", FIRST_NOTE)
fact("共建首批12家", "12家", value=12, unit="count", kind="count", classifier="家",
     metric="创新联合体",
     metric_alts=["共建创新联合体", "首批创新联合体", "共建首批创新联合体", "创新联合体数量",
                  "长三角创新联合体"], **FLOW, note="formed jointly in 2024 (共建)")
g.neg("沪皖共建长三角", "长三角", YRD)
g.neg("“一卡通办”", "一卡通办", LABEL_NOTE + " (service name “一卡通办” 'one card for all "
      "services', as 一网通办 in wr_guangdong_2025)")
fact("事项扩大到78项", "78项", value=78, unit="count", kind="count", classifier="项",
     metric="居民服务“一卡通办”事项",
     metric_alts=["居民服务一卡通办事项", "“一卡通办”事项", "一卡通办事项",
                  "居民服务“一卡通办”事项数量", "一卡通办"], **STOCK,
     note="扩大到 → the scope in force after the change (a stock): " + STOCK_NOTE)
fact("事项扩大到176项", "176项", value=176, unit="count", kind="count", classifier="项",
     metric="政务服务“跨省通办”事项",
     metric_alts=["政务服务跨省通办事项", "“跨省通办”事项", "跨省通办事项",
                  "政务服务“跨省通办”事项数量", "跨省通办"], **STOCK,
     note="扩大到 → " + STOCK_NOTE)
g.neg("长三角“超级环线”", "长三角", YRD)
g.neg("实施一批水生态", "一批", "quantifier 一批 (README §2)")
g.neg("“三基地一枢纽”", "三基地一枢纽", LABEL_NOTE + " (“三基地一枢纽”, the roles assigned "
      "to the central provinces)")
g.neg("联接长三角", "长三角", YRD)

# ---- line 4 (source 21): 全省各区域 -----------------------------------------------------------------
WANBEI = dict(subject="皖北", subject_alts=["皖北地区", PLACE] + AH_ALTS)
g.neg("新开工亿元以上制造业", "亿元", THRESH_NOTE)
fact("制造业项目562个", "562个", value=562, unit="count", kind="count", classifier="个",
     metric="亿元以上制造业项目",
     metric_alts=["新开工亿元以上制造业项目", "制造业项目", "新开工制造业项目",
                  "亿元以上制造业项目数量", "新开工亿元以上制造业项目数量"], **WANBEI, **FLOW,
     note="judgement call: 皖北 figures (the sentence is about 皖北重点产业集群 and compares with "
          "全省) → subject 皖北, the province as alt; projects started (新开工) in 2024; the "
          "threshold 亿元以上 is part of the metric (SPEC §2, its own negative)")
fact("高于全省6.7个百分点", "6.7个百分点", value=6.7, unit="pp", kind="change",
     metric="制造业投资增速",
     metric_alts=["制造业投资", "皖北制造业投资增速", "制造业投资增长"], comparison="比全省",
     **WANBEI, **FLOW,
     note="pp difference of growth rates against the province's rate (高于全省 → basis 比全省, "
          "as 比全国 in wr_anhui_2025); metric X增速 (README §3)")
g.neg("合淮、合六", "合六", PLACE_NOTE.format("合六 = 合肥-六安, the name of a joint park"))
g.neg("上海与六安", "六安", PLACE_NOTE.format("六安, a city of the province"))
g.neg("新签约亿元以上项目", "亿元", THRESH_NOTE)
fact("新签约亿元以上项目35个", "35个", value=35, unit="count", kind="count", classifier="个",
     metric="亿元以上项目",
     metric_alts=["新签约亿元以上项目", "新签约项目", "亿元以上项目数量", "签约亿元以上项目",
                  "上海与六安对口合作新签约亿元以上项目", "对口合作新签约亿元以上项目"],
     subject="六安", subject_alts=["六安市", "上海与六安对口合作", "皖西大别山革命老区", PLACE]
     + AH_ALTS, **FLOW,
     note="judgement call: projects signed in 2024 under the Shanghai-六安 pairing, located in "
          "六安 → subject 六安 (the pairing and the province as alts); threshold 亿元以上 in the "
          "metric")
SOUTH = dict(subject="黄山、池州、安庆、宣城四市",
             subject_alts=["黄山、池州、安庆、宣城", "皖南国际文化旅游示范区", "皖南", "四市",
                           PLACE] + AH_ALTS)
g.neg("宣城四市", "四市", "四市 sums up the four cities just named (part of the subject), "
      "not a count claim (as 三大 summing up a list in wr_anhui_2025)")
fact("营收合计增长16.7%", "16.7%", value=16.7, unit="%", kind="growth",
     metric="规上服务业营收",
     metric_alts=["规模以上服务业营业收入", "规上服务业营业收入", "规上服务业营收合计",
                  "服务业营收"], comparison="yoy", **SOUTH, **FLOW,
     note="the four cities of 皖南 own the number (合计 'combined'), the province as alt")
fact("高于全省7.8个百分点", "7.8个百分点", value=7.8, unit="pp", kind="change",
     metric="规上服务业营收增速",
     metric_alts=["规上服务业营收", "规模以上服务业营业收入增速", "规上服务业营业收入增速",
                  "服务业营收增速"], comparison="比全省", **SOUTH, **FLOW,
     note="pp difference of growth rates against the province's rate → basis 比全省")
fact("推进43个城市片区", "43个", value=43, unit="count", kind="count", classifier="个",
     metric="城市片区更新",
     metric_alts=["城市片区", "更新城市片区", "推进更新的城市片区", "城市片区更新数量",
                  "推进城市片区更新"], **FLOW)
fact("老旧小区1545个", "1545个", value=1545, unit="count", kind="count", classifier="个",
     metric="改造城镇老旧小区",
     metric_alts=["城镇老旧小区", "城镇老旧小区改造", "老旧小区改造", "老旧小区",
                  "改造城镇老旧小区数量"], **FLOW)

# ---- line 5 (source 22): infrastructure ---------------------------------------------------------
g.neg("“东数西算”", "东数西算", LABEL_NOTE + " (national programme “东数西算”, 'east data, "
      "west computing')")
COMP = ["全省智能算力", "智能算力规模", "算力", "算力规模"]
fact("智能算力达1.6万P", "1.6万P", value=16000, unit="P", kind="amount",
     metric="智能算力", metric_alts=COMP, **STOCK,
     note="达 → eq; P (PFLOPS) has no canonical unit → kept as written (as wr_gansu_2025 "
          "5.1万P, wr_xinjiang_2025 24000P); installed computing capacity (a stock): "
          + STOCK_NOTE)
fact("1.6万P、增长130%", "130%", value=130, unit="%", kind="growth", metric="智能算力",
     metric_alts=COMP, comparison="yoy", **LEVEL,
     note="growth of a stock over 2024 → the year, the year-end instant as alt")
YJ = dict(subject="引江济淮",
          subject_alts=["“引江济淮”", "引江济淮工程", "“引江济淮”工程", PLACE] + AH_ALTS)
g.neg("全年共调水", "全年", PERIOD_NOTE + " (the review year 2024, explicit; governs the rest "
      "of the line)")
fact("共调水4.75亿立方米", "4.75亿立方米", value=4.75e8, unit="m3", kind="amount",
     metric="调水量",
     metric_alts=["调水", "共调水", "“引江济淮”调水量", "引江济淮调水量", "全年调水量"],
     **YJ, **FY,
     note="the water project owns the number (README §4); 亿立方米 → ×1e8 m3; 全年 = 2024")
fact("过闸总吨位1.3亿吨", "1.3亿吨", value=1.3e8, unit="t", kind="amount",
     metric="过闸总吨位",
     metric_alts=["过闸吨位", "过闸货物吨位", "过闸货运量", "“引江济淮”过闸总吨位"], **YJ, **FY,
     note="全年 governs; 亿吨 → ×1e8 t")

# ---- line 6 (source 23): （五） rural revitalisation -----------------------------------------------
g.neg("（五）推进乡村", "（五）", MARKER_NOTE)
g.neg("“四良两优”", "四良两优", LABEL_NOTE + " (“四良两优”工程: good seeds, fields, methods, "
      "machines; fine crops, fine management)")
fact("高标准农田454.6万亩", "454.6万亩", value=4546000, unit="mu", kind="amount",
     metric="新建、改造高标准农田",
     metric_alts=["高标准农田", "新建改造高标准农田", "高标准农田建设", "新建、改造高标准农田面积",
                  "高标准农田面积", "新建和改造高标准农田"], **FLOW,
     note="亩 stays mu (SPEC §3); 万亩 → ×1e4")
g.neg("新建长三角绿色", "长三角", YRD)
fact("供应基地100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="长三角绿色农产品生产加工供应基地",
     metric_alts=new("长三角绿色农产品生产加工供应基地", "新建长三角绿色农产品生产加工供应基地",
                     "绿色农产品生产加工供应基地", "供应基地"), **FLOW,
     note="新建 N: bases built in 2024; 增量 alts (README §3)")
fact("全产业链产值增长12.6%", "12.6%", value=12.6, unit="%", kind="growth",
     metric="绿色食品全产业链产值",
     metric_alts=["绿色食品产业链产值", "绿色食品全产业链", "绿色食品产值"], comparison="yoy",
     **FLOW)
g.neg("“千村引领、万村升级”", "千村引领、万村升级", LABEL_NOTE + " (campaign name “千村引领、"
      "万村升级”, 'a thousand villages lead, ten thousand upgrade')")
fact("精品示范村211个", "211个", value=211, unit="count", kind="count", classifier="个",
     metric="精品示范村", metric_alts=new("精品示范村", "新增精品示范村", "示范村"), **FLOW,
     note=NEW_NOTE)
fact("省级中心村850个", "850个", value=850, unit="count", kind="count", classifier="个",
     metric="省级中心村", metric_alts=new("省级中心村", "新增省级中心村", "中心村"), **FLOW,
     note="新增 shared with 211个; " + NEW_NOTE)
g.neg("推进二轮土地承包", "二轮", "ordinal label of the contract round (二轮土地承包 = 第二轮), "
      "not a count or rank (as wr_guangdong_2025_b 第二轮)")
fact("39.8万农业转移人口", "39.8万", value=398000, unit="count", kind="count",
     classifier="人", metric="成为新市民的农业转移人口",
     metric_alts=["农业转移人口", "农业转移人口市民化", "新市民", "农业转移人口成为新市民",
                  "农业转移人口市民化人数", "新增市民"], **FLOW,
     note="no measure word written → classifier 人 (as wr_anhui_2025 405万皖北群众); the "
          "predicate 成为新市民 defines the counted set → in the metric; 2024")
g.neg("5G网络", "5G", "network generation name (5G), not a quantity (as wr_hunan_2025_b)")
fact("覆盖94%的农村人口", "94%", value=94, unit="%", kind="share",
     metric="规模化供水工程覆盖农村人口比例",
     metric_alts=["规模化供水工程覆盖率", "农村规模化供水工程覆盖率", "规模化供水覆盖率",
                  "规模化供水工程覆盖农村人口比重", "农村人口规模化供水覆盖率",
                  "规模化供水工程覆盖的农村人口比例"], **STOCK,
     note="a coverage rate is the share of a stock (the rural population served; as "
          "wr_guangdong_2025_b 覆盖率) → " + STOCK_NOTE)
fact("平均营收超百亿元", "百亿元", value=1e10, unit="CNY", kind="amount", bound="gt",
     metric="县域特色产业集群（基地）平均营收",
     metric_alts=["县域特色产业集群平均营收", "县域特色产业集群(基地)平均营收",
                  "县域特色产业集群（基地）平均营业收入", "特色产业集群平均营收", "产业集群平均营收"],
     **FLOW, note="超 → gt (outside the span); 百亿元 = 1e10 CNY; revenue of the year")

# ---- line 7 (source 24): （六） green development ---------------------------------------------------
g.neg("（六）加快绿色", "（六）", MARKER_NOTE)
fact("绿色工厂73家", "73家", value=73, unit="count", kind="count", classifier="家",
     metric="国家级绿色工厂",
     metric_alts=new("国家级绿色工厂", "新创建国家级绿色工厂", "绿色工厂"), **FLOW,
     note="新创建 N: certified in 2024; 增量 alts (README §3)")
fact("绿色供应链管理企业11家", "11家", value=11, unit="count", kind="count", classifier="家",
     metric="国家级绿色供应链管理企业",
     metric_alts=new("国家级绿色供应链管理企业", "新创建国家级绿色供应链管理企业",
                     "绿色供应链管理企业"), **FLOW,
     note="新创建 and 国家级 distribute over the list; 增量 alts")
fact("80%的国家级", "80%", value=80, unit="%", kind="share",
     metric="完成循环化改造的国家级和省级园区占比",
     metric_alts=["国家级和省级园区循环化改造比例", "园区循环化改造比例", "循环化改造园区占比",
                  "完成循环化改造的园区比例", "国家级和省级园区完成循环化改造比例",
                  "国家级和省级园区循环化改造完成率"], **STOCK,
     note="the share of the parks that have completed the circular retrofit (a share of a "
          "stock) → " + STOCK_NOTE)
fact("光伏发电装机1088万千瓦", "1088万千瓦", value=1.088e10, unit="W", kind="amount",
     metric="新增光伏发电装机",
     metric_alts=["光伏发电装机", "光伏发电装机增量", "新增光伏装机", "光伏装机",
                  "光伏发电装机容量增量"], **FLOW,
     note="1088万千瓦 = 1.088e10 W; 新增 of a stock → the indicator phrase kept whole, 增量 "
          "reading in alts (as wr_anhui_2025 新增可再生能源发电装机)")
g.neg("“双碳”管理", "双碳", LABEL_NOTE + " (“双碳”, README §2)")
fact("黑臭水体1653个", "1653个", value=1653, unit="count", kind="count", classifier="个",
     metric="治理农村黑臭水体",
     metric_alts=["农村黑臭水体", "农村黑臭水体治理", "治理农村黑臭水体数量", "黑臭水体",
                  "农村黑臭水体治理数量"], **FLOW)
fact("人工造林27.24万亩", "27.24万亩", value=272400, unit="mu", kind="amount",
     metric="人工造林",
     metric_alts=["人工造林面积", "完成人工造林", "造林", "造林面积"], **FLOW,
     note="亩 stays mu; 万亩 → ×1e4")
g.neg("新安江—千岛湖", "千岛湖", PLACE_NOTE.format("千岛湖, a lake"))
g.neg("十八联圩湿地", "十八联圩", PLACE_NOTE.format("十八联圩, a polder wetland"))
g.neg("修复三期工程", "三期", "phase label of a project (三期), not a quantity (README §2 一期)")
g.neg("入选首批国家生态", "首批", FIRST_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_anhui_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review items （三） "
    "(reform and 开放型经济), （四） (regional strategy and infrastructure), （五） (rural "
    "revitalisation) and （六） (green development), starting at the heading line （三） as "
    "briefed. Lines 6-16 and 33-46 are annotated in wr_anhui_2025 / _b (no overlap). Adding "
    "line 25 would make 2,559 characters. Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-20, the "
    "delivery date in the report's header (source line 3: 2025年1月20日在安徽省第十四届人民代表"
    "大会第三次会议上…), as wr_anhui_2025; the corpus meta agrees. Place: 安徽省 (安徽, 全省, "
    "我省 → alts); owners of their own numbers: 中国（安徽）自贸试验区 (12项), 合肥中欧班列集结中心 "
    "(909列), 皖北 (562个, 6.7个百分点), 六安 (35个), 黄山、池州、安庆、宣城四市 (16.7%, 7.8个百分点), "
    "引江济淮 (4.75亿立方米, 1.3亿吨); 省属企业 keep the province (alt). Periods: the excerpt lies "
    "in the 2024 review (heading 一、2024年工作回顾 outside the excerpt): lines without a period "
    "take that frame with the excerpt's own name of the year, 全年 (lines 2 and 5), as period "
    "text, 2024-01-01..2024-12-31, null as alt; 全年 governs its own lines explicitly. Stocks "
    "(境内上市公司 增至184家 and its rank, 240小时 of the visa-free rule, 一卡通办/跨省通办 事项 "
    "扩大到, 智能算力 达1.6万P, 规模化供水 coverage 94%, 80% of parks retrofitted) → instant "
    "2024-12-31 with the year and null as alts; growth of a stock (算力 130%) and the 329 "
    "items → the year with the instant as alt. Modality: actual throughout (no 预计). Bounds: "
    "超过/超 → gt; 左右 → approx. Units: 240小时 → 10 day; 1.6万P kept as P; 亿立方米 → m3; "
    "万亩 → mu; 万千瓦 → W; 39.8万 (no measure word) → classifier 人. Judgement calls: the "
    "subjects listed above (皖北, 六安, 四市, the train hub, the water project, the FTZ); "
    "高于全省 X个百分点 → change with comparison 比全省; 民营龙头企业倍增行动 → label "
    "(negative); 四市 → part of the subject (negative); 二轮土地承包 → ordinal label "
    "(negative); 百亿元 (平均营收超百亿元) → amount 1e10 gt. Negatives: （三）…（六）, 倍增, 首个, "
    "一轮, 一带一路, 首创, 全年 ×2, 长三角 ×6, 首批 ×2, 一卡通办, 一批, 三基地一枢纽, 亿元 ×2 "
    "(thresholds), 合六, 六安, 四市, 东数西算, 四良两优, 千村引领、万村升级, 二轮, 5G, 双碳, 千岛湖, "
    "十八联圩, 三期. Lexicalized, not listed: 一体化 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/wr_anhui_2025.txt lines {FIRST}–{LAST} "
        "(来源：省政府政策研究室)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
