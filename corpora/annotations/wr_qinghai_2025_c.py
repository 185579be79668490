"""Gold annotations for wr_qinghai_2025_c (2025年青海省政府工作报告), lines 7-9 of
shared/texts/work_report/wr_qinghai_2025.txt.

The excerpt corpora/wr_qinghai_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: three paragraphs of part 一、2024年工作回顾 (source line
5): 生态环境在担当作为中提质增优 (national parks, greening, water and air, waste, carbon),
经济运行在多措并举中回升向好 (farming, industry, services, budget, investment, consumption,
trade) and 特色产业在转型升级中集聚壮大 (salt lakes, clean energy, tourism, organic produce,
green computing), 2,432 characters, the line range as briefed.  Lines 10-12 are annotated in
wr_qinghai_2025, lines 16-23 in wr_qinghai_2025_b.  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_qinghai_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_qinghai_2025_c"
PLACE = "青海省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_qinghai_2025.txt"
FIRST, LAST = 7, 9                      # 1-based, inclusive, whole lines
TITLE = "2025年青海省政府工作报告"
QH_ALTS = ["青海", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="生态环境在担当作为中提质增优。",
                 ends="现代化产业体系建设步入快车道。")
text = g.text
fact = g.with_subject(PLACE, QH_ALTS)


def own(*parts):
    """subject_alts for a zone / facility / project that owns its number, province as alt."""
    return list(parts) + [PLACE] + QH_ALTS


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "name ({}), not a quantity"
NEW_NOTE = "新增/新… N: added in 2024 (a flow), 增量 reading in alts (README §3)"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 一、2024年工作回顾 (source line 5, outside it; 过去一年 opens source
# line 6).  None of its three lines states a period before its numbers and none names the
# review year at all (its only time words are the record window 十年(新高), the streak 连续
# 两年 and 年初, the start of the from/to pair 从年初的400P增加到8400P), so every number takes
# the review year 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31 with the null reading
# in period_alts, and the heading's period text 2024年 (as wr_chongqing_2025_c /
# wr_hebei_2025_b, whose excerpts name no period either: the shared gold/check_gold.py flags
# this period text as "not in the article" — a known, accepted consequence; period text is not
# scored).  年初 governs only its own value (400P, SPEC §4 from/to pair): the instant
# 2024-01-01.  Stocks (shares of an area, coverage rates, 总装机 and its shares, monitored
# area, racks, computing capacity, facilities in operation) are the instant 2024-12-31 with
# the year and null as alts; levels that may be read either way keep the year with the
# instant as alt.
# Modality: actual throughout (no 预计 in the excerpt), except the 万卡 computing centre whose
# demonstration project only started (启动) → target (SPEC §1 capacity of a project being
# built).
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")

# ==== line 1 (source 7): 生态环境在担当作为中提质增优 ================================================
g.neg("三江源国家公园进入", "三江源", NAME_NOTE.format("place name 三江源 'source of three "
      "rivers'"))
fact("自然保护地总面积的75%", "75%", value=75, unit="%", kind="share",
     metric="国家公园占自然保护地总面积比重",
     metric_alts=["国家公园占自然保护地总面积的比重", "国家公园面积占比", "国家公园占比",
                  "国家公园占自然保护地面积比重", "国家公园面积占自然保护地总面积比重"],
     **STOCK, note="share of an area (a stock): " + STOCK_NOTE)
g.neg("“四级三类”", "四级三类", LABEL_NOTE + " (“四级三类”国土空间规划体系: four levels, "
      "three kinds of plans — a name)")
GREEN_NOTE = "新增 distributes over the list; " + NEW_NOTE
fact("新增国土绿化624万亩", "624万亩", value=624e4, unit="mu", kind="amount",
     metric="国土绿化",
     metric_alts=["新增国土绿化", "国土绿化面积", "新增国土绿化面积", "国土绿化增量"], **FLOW,
     note=GREEN_NOTE + "; 亩 stays mu (SPEC §3)")
fact("防沙治沙149万亩", "149万亩", value=149e4, unit="mu", kind="amount", metric="防沙治沙",
     metric_alts=["新增防沙治沙", "防沙治沙面积", "新增防沙治沙面积", "治沙"], **FLOW,
     note=GREEN_NOTE)
fact("草地修复治理470万亩", "470万亩", value=470e4, unit="mu", kind="amount",
     metric="草地修复治理",
     metric_alts=["新增草地修复治理", "草地修复治理面积", "新增草地修复治理面积", "草地修复"],
     **FLOW, note=GREEN_NOTE)
fact("治理水土流失面积308平方公里", "308平方公里", value=308e6, unit="m2", kind="amount",
     metric="治理水土流失面积",
     metric_alts=["水土流失治理面积", "水土流失面积", "治理水土流失"], **FLOW,
     note="平方公里 = 1e6 m2")
g.neg("完成“三北”工程", "三北", LABEL_NOTE + " (“三北”工程, the Three-North shelterbelt "
      "programme)")
g.neg("工程六期建设任务", "六期", "phase label 六期 (the sixth phase of the programme, as "
      "一期 in README §2), not a quantity")
fact("建设任务910万亩", "910万亩", value=910e4, unit="mu", kind="amount",
     metric="“三北”工程六期建设任务",
     metric_alts=["三北工程六期建设任务", "“三北”工程建设任务", "三北工程建设", "建设任务",
                  "完成“三北”工程六期建设任务", "“三北”工程建设面积"], **FLOW,
     note="the sixth-phase work completed in 2024 (完成…建设任务910万亩)")
fact("植被盖度达60%", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="林草综合植被盖度",
     metric_alts=["综合植被盖度", "植被盖度", "林草植被盖度", "草原综合植被盖度"], **LEVEL,
     note="以上 → ge (outside the span); a share of the land covered, the year as gold "
          "(the year's growing season), the year-end instant as alt")
fact("水土保持率提升至77.4%", "77.4%", value=77.4, unit="%", kind="share",
     metric="水土保持率", metric_alts=["水土保持比例"], **STOCK,
     note="提升至 = the level reached; a share of the land area (a stock): " + STOCK_NOTE)
g.neg("“双缩减”", "双缩减", "label “双缩减” (both areas shrank), no quantity stated (as "
      "“双下降”)")
fact("优良天数比例96.3%", "96.3%", value=96.3, unit="%", kind="share",
     metric="空气质量优良天数比例",
     metric_alts=["优良天数比例", "空气优良天数比例", "空气质量优良率"], **FLOW)
g.neg("保持Ⅱ类及以上", "Ⅱ类", "water-quality class label (Ⅱ类), not a quantity")
fact("水质优良比例100%", "100%", value=100, unit="%", kind="share",
     metric="地表水国家考核断面水质优良比例",
     metric_alts=["地表水国考断面水质优良比例", "国家考核断面水质优良比例", "水质优良比例",
                  "地表水水质优良比例", "地表水国家考核断面水质优良率"], **FLOW,
     note="the year's assessment → the year (as wr_henan_2025 86.1%)")
fact("无害化处理率达98.5%", "98.5%", value=98.5, unit="%", kind="share",
     metric="生活垃圾无害化处理率",
     metric_alts=["县城以上地区生活垃圾无害化处理率", "垃圾无害化处理率",
                  "城乡生活垃圾无害化处理率"], **FLOW,
     note="达 → eq; the rate of the year's waste (the towns: 县城以上地区, part of the "
          "province) → the year")
fact("治理管控率达41.3%", "41.3%", value=41.3, unit="%", kind="share",
     metric="农村生活污水治理管控率",
     metric_alts=["生活污水治理管控率", "农村生活污水治理率", "污水治理管控率"], **STOCK,
     note="达 → eq; coverage of the villages (a share of a stock): " + STOCK_NOTE)
g.neg("生活垃圾“零填埋”", "零填埋", LABEL_NOTE + " (“零填埋” 'zero landfill', a goal label "
      "like 零碳), not a quantity")
g.neg("建成首座高速公路", "首座", FIRST_NOTE)
g.neg("“零碳服务区”", "零碳", "label 零碳 (zero-carbon, README §2), part of the facility's "
      "name")
g.neg("发布全国首个金融领域", "首个", FIRST_NOTE)
fact("带动碳减排700万吨", "700万吨", value=700e4, unit="t", kind="amount", bound="ge",
     metric="碳减排",
     metric_alts=["带动碳减排", "碳减排量", "依托碳金融工具带动碳减排", "二氧化碳减排量",
                  "减排量"], **FLOW, note="以上 → ge (outside the span); 万吨 → t")
g.neg("建立全国首个生态环境", "首个", FIRST_NOTE)
g.neg("首次与甘肃", "首次", "first-time claim 首次, not a rank or count")
g.neg("“两山”理念", "两山", LABEL_NOTE + " (“两山”理念: 绿水青山就是金山银山)")

# ==== line 2 (source 8): 经济运行在多措并举中回升向好 ================================================
g.neg("存量政策和一揽子", "一揽子", "quantifier 一揽子 'package of', not a quantity")
g.neg("出台“1+5”政策体系", "1+5", LABEL_NOTE + " (“1+5”政策体系: one plan plus five "
      "supporting policies — a name)")
g.neg("深入开展“八大行动”", "八大", "set label 八大(行动) (README §2 八大), not a count")
g.neg("“一表一单一图一机制”", "一表一单一图一机制", LABEL_NOTE + " (name of a scheduling "
      "method: 'one table, one list, one map, one mechanism')")
CROP_NOTE = "分别: 粮食 ↔ 118.3万吨, 油料 ↔ 33万吨, 蔬菜 ↔ 165万吨; 达 → eq; harvests of 2024"
fact("分别达118.3万吨", "118.3万吨", value=118.3e4, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FLOW, note=CROP_NOTE)
fact("118.3万吨、33万吨", "33万吨", value=33e4, unit="t", kind="amount", metric="油料产量",
     metric_alts=["油料", "油料总产量"], **FLOW, note=CROP_NOTE)
fact("33万吨、165万吨", "165万吨", value=165e4, unit="t", kind="amount", metric="蔬菜产量",
     metric_alts=["蔬菜", "蔬菜总产量"], **FLOW, note=CROP_NOTE)
g.neg("均创十年新高", "十年", PERIOD_NOTE + " (record window 十年新高 'the highest in ten "
      "years': a superlative without a stated rank number, as 近10年来 in wr_guangdong_2025)")
fact("牛羊出栏937万头只", "937万头只", value=937e4, unit="count", kind="count",
     classifier="头只", metric="牛羊出栏",
     metric_alts=["牛羊出栏量", "牛羊出栏数", "牛羊出栏头只数", "出栏牛羊"], **FLOW,
     note="头只 = 头 (cattle) + 只 (sheep), the compound measure word kept as classifier")
fact("工业增加值增长0.9%", "0.9%", value=0.9, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **FLOW)
OUT_NOTE = "分别: 钢材 ↔ 93.1%, 电解铜 ↔ 47.5%, 多晶硅 ↔ 8.3%; 产量 shared"
fact("分别增长93.1%", "93.1%", value=93.1, unit="%", kind="growth", metric="钢材产量",
     metric_alts=["钢材"], comparison="yoy", **FLOW, note=OUT_NOTE)
fact("93.1%、47.5%", "47.5%", value=47.5, unit="%", kind="growth", metric="电解铜产量",
     metric_alts=["电解铜"], comparison="yoy", **FLOW, note=OUT_NOTE)
fact("47.5%、8.3%", "8.3%", value=8.3, unit="%", kind="growth", metric="多晶硅产量",
     metric_alts=["多晶硅"], comparison="yoy", **FLOW, note=OUT_NOTE)
LI = dict(subject="锂电产业集群", subject_alts=own("青海锂电产业集群"))
fact("锂电产业集群连续两年", "两年", value=2, unit="year", kind="amount",
     metric="上榜全国“百强”持续时间",
     metric_alts=["连续上榜全国“百强”", "上榜全国百强持续时间", "上榜全国“百强”年数",
                  "上榜全国百强", "锂电产业集群上榜全国“百强”持续时间", "持续时间"],
     **LI, period=Y24, period_alts=[Y24_NULL, P("连续两年", "2023-01-01", "2024-12-31")],
     note="length of the streak 连续两年 (a duration, unit year, as wr_ningxia_2025 连续两年) "
          "— judgement call; the cluster owns the number; the streak ends in the review year "
          "(alt 2023-2024); the list “百强” states no rank number")
g.neg("全国“百强”", "百强", "name of the list “百强” (the top-100 clusters), a label, not a "
      "count or rank of the cluster")
g.neg("首个绿色铝合金", "首个", FIRST_NOTE)
g.neg("新增两化融合", "两化", LABEL_NOTE + " (两化融合 'integration of informatisation and "
      "industrialisation')")
fact("贯标企业133家", "133家", value=133, unit="count", kind="count", classifier="家",
     metric="两化融合管理体系贯标企业",
     metric_alts=["贯标企业", "新增两化融合管理体系贯标企业", "两化融合贯标企业",
                  "两化融合管理体系贯标企业数量", "两化融合管理体系贯标企业增量"], **FLOW,
     note=NEW_NOTE)
fact("实现高铁1小时互达", "1小时", value=1 / 24, unit="day", kind="amount",
     metric="西宁与兰州高铁通行时间",
     metric_alts=["高铁通行时间", "高铁互达时间", "西宁至兰州高铁时间", "高铁车程",
                  "西宁与兰州高铁互达时间", "互达时间"],
     subject="西宁与兰州", subject_alts=own("西宁", "西宁、兰州"), **STOCK,
     note="the travel time by high-speed rail between the two cities once reached (实现): "
          "1小时 = 1/24 day (SPEC §3); a standard in force → " + STOCK_NOTE + " — judgement "
          "call: read as a measured travel time, not a slogan label like “15分钟…圈”")
fact("预算支出2164.9亿元", "2164.9亿元", value=2164.9e8, unit="CNY", kind="amount",
     metric="一般公共预算支出",
     metric_alts=["公共预算支出", "财政支出", "地方一般公共预算支出", "一般公共预算支出总额"],
     **FLOW)
fact("退税缓费56亿元", "56亿元", value=56e8, unit="CNY", kind="amount",
     metric="新增减税降费、退税缓费",
     metric_alts=["减税降费、退税缓费", "新增减税降费及退税缓费", "减税降费", "减税降费退税缓费",
                  "新增减税降费"], **FLOW)
fact("绿色信贷覆盖率29%", "29%", value=29, unit="%", kind="share", metric="绿色信贷覆盖率",
     metric_alts=["绿色信贷占比", "绿色信贷比重", "绿色贷款覆盖率"], **STOCK,
     note="a share of the loan book (a stock): " + STOCK_NOTE)
fact("固定资产投资增长4.3%", "4.3%", value=4.3, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=["全省固定资产投资", "投资"], comparison="yoy", **FLOW)
g.neg("争取“两重”资金", "两重", LABEL_NOTE + " (“两重”)")
fact("资金51.8亿元", "51.8亿元", value=51.8e8, unit="CNY", kind="amount",
     metric="争取“两重”资金",
     metric_alts=["“两重”资金", "两重资金", "争取两重资金", "“两重”资金规模"], **FLOW)
fact("支持项目96个", "96个", value=96, unit="count", kind="count", classifier="个",
     metric="“两重”支持项目",
     metric_alts=["支持项目", "两重支持项目", "“两重”资金支持项目", "项目", "支持项目数量"],
     **FLOW)
fact("能源投资增长14.7%", "14.7%", value=14.7, unit="%", kind="growth", metric="能源投资",
     metric_alts=["能源领域投资", "能源投资额"], comparison="yoy", **FLOW)
fact("等7条公路", "7条", value=7, unit="count", kind="count", classifier="条",
     metric="建成通车公路",
     metric_alts=["公路", "建成通车的公路", "乐都至化隆等公路", "公路数量", "通车公路"], **FLOW,
     note="roads opened to traffic in 2024; the predicate 建成通车 in the metric")
fact("通车里程1755公里", "1755公里", value=1755e3, unit="m", kind="amount",
     metric="新增公路通车里程",
     metric_alts=["公路通车里程", "公路通车里程增量", "新增公路里程", "公路里程增量"], **FLOW,
     note=NEW_NOTE)
g.neg("提前实现“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
fact("惠及百万群众", "百万", value=1e6, unit="count", kind="count", classifier="人",
     metric="惠及群众",
     metric_alts=["受益群众", "惠及人口", "群众", "受益人口", "引大济湟工程受益群众"],
     subject="引大济湟工程", subject_alts=own("引大济湟"), **FLOW,
     note="judgement call: 百万群众 'a million people' read as a count (as 惠及近千万家庭 in "
          "wr_china_2022), no bound word → eq; no classifier written → 人; the water project "
          "owns the number")
g.neg("推动“两新”18条", "两新", LABEL_NOTE + " (“两新”)")
fact("“两新”18条措施", "18条", value=18, unit="count", kind="count", classifier="条",
     metric="加力推动“两新”措施",
     metric_alts=["措施", "“两新”措施", "两新措施", "加力推动两新措施", "出台措施",
                  "措施数量"], **FLOW, note="count of measures (README §2 七条措施)")
INV_NOTE = "分别: 设备购置(投资) ↔ 7.1%, 企业技术改造投资 ↔ 87.7%; 投资 shared"
fact("分别增长7.1%", "7.1%", value=7.1, unit="%", kind="growth", metric="设备购置投资",
     metric_alts=["设备购置", "设备工器具购置投资", "设备购置类投资"], comparison="yoy",
     **FLOW, note=INV_NOTE)
fact("7.1%、87.7%", "87.7%", value=87.7, unit="%", kind="growth",
     metric="企业技术改造投资", metric_alts=["技术改造投资", "技改投资", "企业技改投资"],
     comparison="yoy", **FLOW, note=INV_NOTE)
fact("超10亿元补贴", "10亿元", value=10e8, unit="CNY", kind="amount", bound="gt",
     metric="以旧换新补贴",
     metric_alts=["补贴", "直达消费者补贴", "补贴资金", "以旧换新补贴资金", "消费品以旧换新补贴"],
     **FLOW, note="超 → gt")
fact("带动消费133.7亿元", "133.7亿元", value=133.7e8, unit="CNY", kind="amount",
     metric="以旧换新带动消费",
     metric_alts=["带动消费", "消费品以旧换新带动消费", "以旧换新拉动消费"], **FLOW)
RET_NOTE = "分别: 网络零售额 ↔ 31%, 购物交易额 ↔ 10%"
fact("分别增长31%", "31%", value=31, unit="%", kind="growth", metric="网络零售额",
     metric_alts=["网上零售额", "网络零售"], comparison="yoy", **FLOW, note=RET_NOTE)
fact("31%、10%", "10%", value=10, unit="%", kind="growth", metric="购物交易额",
     metric_alts=["网络购物交易额", "网购交易额"], comparison="yoy", **FLOW, note=RET_NOTE)
g.neg("“三餐四季”", "三餐四季", NAME_NOTE.format("TV programme title “三餐四季”"))
fact("进出口总值增长23.2%", "23.2%", value=23.2, unit="%", kind="growth",
     metric="进出口总值", metric_alts=["进出口总额", "进出口", "外贸进出口"],
     comparison="yoy", **FLOW)
EXP_NOTE = ("分别: 多晶硅出口 ↔ 73.7倍, 锂电池出口 ↔ 77.5倍; 增长N倍 → kind ratio, unit "
            "times, value as written, comparison null (as 1.33倍 in wr_qinghai_2025)")
fact("分别增长73.7倍", "73.7倍", value=73.7, unit="times", kind="ratio",
     metric="多晶硅出口", metric_alts=["多晶硅出口额", "多晶硅"], **FLOW, note=EXP_NOTE)
fact("73.7倍、77.5倍", "77.5倍", value=77.5, unit="times", kind="ratio",
     metric="锂电池出口", metric_alts=["锂电池出口额", "锂电池"], **FLOW, note=EXP_NOTE)

# ==== line 3 (source 9): 特色产业在转型升级中集聚壮大 ================================================
fact("智能制造等标准28项", "28项", value=28, unit="count", kind="count", classifier="项",
     metric="制定、修订标准",
     metric_alts=["标准", "盐湖产业标准", "制定修订标准", "资源勘探开采、生态环保、智能制造等标准",
                  "标准数量"], **FLOW,
     note="standards drawn up or revised in 2024 for the salt-lake industry")
POT_NOTE = ("分别: 钾肥 ↔ 749万吨 / 4.8%, 碳酸锂 ↔ 13.5万吨 / 22.3%; the year's output")
fact("生产钾肥749万吨", "749万吨", value=749e4, unit="t", kind="amount", metric="钾肥产量",
     metric_alts=["钾肥", "生产钾肥"], **FLOW, note=POT_NOTE)
fact("碳酸锂13.5万吨", "13.5万吨", value=13.5e4, unit="t", kind="amount",
     metric="碳酸锂产量", metric_alts=["碳酸锂", "生产碳酸锂"], **FLOW, note=POT_NOTE)
fact("分别增长4.8%", "4.8%", value=4.8, unit="%", kind="growth", metric="钾肥产量",
     metric_alts=["钾肥", "生产钾肥"], comparison="yoy", **FLOW, note=POT_NOTE)
fact("4.8%、22.3%", "22.3%", value=22.3, unit="%", kind="growth", metric="碳酸锂产量",
     metric_alts=["碳酸锂", "生产碳酸锂"], comparison="yoy", **FLOW, note=POT_NOTE)
MGO = "万吨食品级氧化镁项目"
fact("国内最大的万吨食品级", "万吨", value=1e4, unit="t", kind="amount",
     metric="食品级氧化镁产能",
     metric_alts=["食品级氧化镁年产能", "氧化镁产能", "产能", "项目产能", "食品级氧化镁项目产能"],
     subject=MGO, subject_alts=own("食品级氧化镁项目", "氧化镁项目"), **STOCK,
     note="capacity written into the project's name (SPEC §1: 10 万吨…项目 → the project's "
          "capacity; README §3 X产能, alt X年产能); built and in production (建成投产) → "
          "actual, a capacity (stock): " + STOCK_NOTE + "; 国内最大 states no rank number")
g.neg("第一批大型风电光伏", "第一批", "first batch 第一批 (the national batch of bases), a "
      "label, not a rank or count (as 首批)")
fact("羊曲两座", "两座", value=2, unit="count", kind="count", classifier="座",
     metric="百万千瓦级水电站",
     metric_alts=["水电站", "全容量并网发电水电站", "百万千瓦级水电站数量", "水电站数量"],
     **FLOW, note="a count (the two stations are named: 玛尔挡, 羊曲), not an article; put "
                  "into full operation in 2024")
g.neg("两座百万千瓦级", "百万千瓦", "class threshold 百万千瓦级 (gigawatt-class stations) "
      "naming the kind of station counted, not a measured quantity (as wr_china_2007)")
GL = dict(subject="果洛330千伏第二回电源线路",
          subject_alts=own("果洛电源线路", "果洛330千伏电源线路", "第二回电源线路"))
fact("果洛330千伏", "330千伏", value=330, unit="千伏", kind="amount", metric="电压等级",
     metric_alts=["电压", "输电电压", "线路电压等级"], **GL, **STOCK,
     note="voltage class written into the line's name: a technical magnitude (as 500千伏 in "
          "nw_xinhua_20170515); 千伏 is no canonical unit → kept as the surface unit (SPEC "
          "§3); built and in operation (建成投运) → actual; a standing property → " +
          STOCK_NOTE)
g.neg("第二回电源线路", "第二回", "ordinal inside the line's name (第二回 'second circuit'), "
      "a label, not a rank")
DZ = dict(subject="丁字口、红旗750千伏输变电工程",
          subject_alts=own("丁字口、红旗输变电工程", "750千伏输变电工程", "丁字口", "红旗"))
fact("红旗750千伏", "750千伏", value=750, unit="千伏", kind="amount", metric="电压等级",
     metric_alts=["电压", "输电电压", "输变电工程电压等级"], **DZ, **STOCK,
     note="voltage class in the projects' name (one mention over the two substations' "
          "project); put into operation (提前投运) → actual; " + STOCK_NOTE)
fact("总装机突破7100万千瓦", "7100万千瓦", value=7100e7, unit="W", kind="amount", bound="gt",
     metric="电力总装机",
     metric_alts=["电力装机", "电力总装机容量", "电源总装机", "总装机", "电力装机容量"],
     **STOCK, note="突破 → gt; 万千瓦 = 1e7 W; installed capacity (a stock): " + STOCK_NOTE)
CAP_NOTE = ("分别: 清洁能源装机占比 ↔ 94.6%, 新能源装机占比 ↔ 70%; 达 → eq; a share of the "
            "installed capacity (a stock): " + STOCK_NOTE)
fact("分别达94.6%", "94.6%", value=94.6, unit="%", kind="share", metric="清洁能源装机占比",
     metric_alts=["清洁能源装机比重", "清洁能源装机占电力总装机比重", "清洁能源占比"],
     **STOCK, note=CAP_NOTE)
fact("94.6%、70%", "70%", value=70, unit="%", kind="share", metric="新能源装机占比",
     metric_alts=["新能源装机比重", "新能源装机占电力总装机比重", "新能源占比"], **STOCK,
     note=CAP_NOTE)
g.neg("占比“双主体”", "双主体", "label “双主体” (new energy the main part of both capacity "
      "and generation), no quantity stated")
fact("12个观景点", "12个", value=12, unit="count", kind="count", classifier="个",
     metric="观景点",
     metric_alts=["观景点数量", "青海湖示范区观景点", "串珠成线的观景点"],
     subject="青海湖示范区",
     subject_alts=own("国际生态旅游目的地青海湖示范区", "青海湖"), **LEVEL,
     note="the viewpoints of the 青海湖 zone linked into a route (a level of 2024, the "
          "year-end instant as alt); the zone owns the number")
fact("均增长20%", "20%", value=20, unit="%", kind="growth", metric="旅游人数",
     metric_alts=["旅游收入", "旅游人数和收入", "旅游人数、收入", "接待游客", "旅游总收入",
                  "游客人数"], comparison="yoy", **FLOW,
     note="one growth mention (均增长20%) covering two metrics: one fact (SPEC §1, as "
          "wr_guangdong_2025 均压减一半以上), the first as primary, the second in alts")
fact("监测面积突破3亿亩", "3亿亩", value=3e8, unit="mu", kind="amount", bound="gt",
     metric="有机草原监测面积",
     metric_alts=["有机草原面积", "有机草原监测", "监测面积", "有机草原监测规模"], **STOCK,
     note="突破 → gt; an area under monitoring (a stock): " + STOCK_NOTE)
fact("130余种特色农产品", "130余种", value=130, unit="count", kind="count", classifier="种",
     bound="gt", metric="供应香港的特色农产品",
     metric_alts=["特色农产品", "供港特色农产品", "特色农产品供应香港", "供应香港特色农产品",
                  "特色农产品种类"], **LEVEL,
     note="余 inside the span → gt; the predicate 供应香港 defines the counted set → in the "
          "metric; the year-end instant as alt")
g.neg("冰鲜藏羊首次", "首次", "first-time claim 首次, not a rank or count")
g.neg("“青海三文鱼”", "三文鱼", "lexicalized 三文鱼 'salmon' (a loan word), not a quantity")
fact("出口增长12倍", "12倍", value=12, unit="times", kind="ratio",
     metric="“青海三文鱼”出口",
     metric_alts=["青海三文鱼出口", "三文鱼出口", "“青海三文鱼”出口额", "出口"],
     subject_alts=QH_ALTS + ["“青海三文鱼”", "青海三文鱼"], **FLOW,
     note="增长N倍 → kind ratio, unit times, value as written, comparison null (as 1.33倍 in "
          "wr_qinghai_2025); the brand is part of the province's exports → province subject, "
          "brand as alt")
g.neg("成为全国首个绿色算电", "首个", FIRST_NOTE)
g.neg("、百度、", "百度", NAME_NOTE.format("company name 百度 (Baidu), as wr_ningxia_2025"))
g.neg("、360、", "360", NAME_NOTE.format("company name 360 (Qihoo 360)"))
g.neg("建成全国首个清洁能源", "首个", FIRST_NOTE)
ALI = "中国联通·阿里云万卡绿色算力"
CARD = ["算力卡", "智算卡", "GPU卡", "加速卡", "卡", "万卡绿色算力"]
fact("阿里云万卡绿色算力", "万卡", value=1e4, unit="count", kind="count", classifier="卡",
     metric="算力卡", metric_alts=CARD[1:],
     subject=ALI, subject_alts=own("中国联通·阿里云", "阿里云万卡绿色算力", "中国联通"),
     **STOCK,
     note="judgement call: a quantity inside a facility's name is a fact (SPEC §1, as "
          "wr_heilongjiang_2025 万卡智算中心): 10,000 accelerator cards; in operation (点亮"
          "运行) → actual, a capacity (stock): " + STOCK_NOTE)
g.neg("等一大批项目", "一大批", "quantifier 一大批 'a large batch of' (SPEC §1), not a "
      "quantity")
g.neg("联建的全球首个", "首个", FIRST_NOTE)
MW = "绿色微电网万卡算力中心示范项目"
fact("绿色微电网万卡算力中心", "万卡", value=1e4, unit="count", kind="count", classifier="卡",
     metric="算力卡", metric_alts=CARD[1:],
     subject=MW, subject_alts=own("“自发自储自用自保”绿色微电网万卡算力中心示范项目",
                                   "万卡算力中心", "绿色微电网万卡算力中心", "中国移动、国家电投"),
     modality="target", **STOCK,
     note="a quantity inside a project's name (SPEC §1): the centre's 10,000 cards; the "
          "demonstration project only started (启动) → target (SPEC §1: target while still "
          "being built); the year-end instant as gold (as the other capacities), the year "
          "and null as alts")
fact("标准机架9.3万个", "9.3万个", value=9.3e4, unit="count", kind="count", classifier="个",
     metric="已建在建标准机架",
     metric_alts=["标准机架", "标准机架数量", "已建在建标准机架数量", "数据中心标准机架"],
     **STOCK, note="已建在建 → a stock (built and under construction at year end): "
                   + STOCK_NOTE + "; 翻倍增长 has no numeral (not annotated)")
g.neg("从年初的400P", "年初", PERIOD_NOTE + " (年初 = 2024-01-01, the start of the from/to "
      "pair; governs only 400P)")
SC = ["智算超算算力规模", "算力规模", "智算和超算规模", "智算、超算规模"]
fact("从年初的400P", "400P", value=400, unit="P", kind="amount", metric="智算超算规模",
     metric_alts=SC, period=P("年初", "2024-01-01", "2024-01-01"),
     period_alts=[P("年初", None, None)],
     note="the from-value of 从…增加到 (SPEC §4: a period inside a from/to pair governs only "
          "its own value): the capacity at the start of 2024; P (PFlops) has no canonical "
          "unit → kept as written (as wr_anhui_2025_c 1.6万P)")
fact("增加到8400P", "8400P", value=8400, unit="P", kind="amount", metric="智算超算规模",
     metric_alts=SC, **STOCK,
     note="the to-value: the capacity reached by the end of the review year (a stock): "
          + STOCK_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_qinghai_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not "
    "moved), sliced by code: three paragraphs of part 一、2024年工作回顾 (source line 5) — "
    "生态环境在担当作为中提质增优, 经济运行在多措并举中回升向好, 特色产业在转型升级中集聚壮大 — "
    "i.e. the review of 2024. Title, source line, dateline and heading are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-19, the "
    "delivery date in the report's header (source line 3: ——2025年1月19日在青海省第十四届 "
    "人民代表大会第三次会议上); the corpus meta agrees. Place: 青海省 (青海, 全省, 我省 → alts); "
    "owners of their own numbers: 锂电产业集群 (连续两年), 西宁与兰州 (1小时), 引大济湟工程 "
    "(百万群众), the 万吨食品级氧化镁项目 (capacity), 果洛330千伏第二回电源线路 and 丁字口、红旗"
    "750千伏输变电工程 (voltages), 青海湖示范区 (12个观景点), the two 万卡 computing centres. "
    "Periods: the excerpt names no period of its own (its only time words are 十年(新高), 连续"
    "两年 and 年初 of a from/to pair), so every number takes the review year 2024 as section "
    "frame with the heading's period text 2024年 (outside the excerpt: shared check_gold.py "
    "reports it as not in the article, as for wr_chongqing_2025_c / wr_hebei_2025_b; period "
    "text is not scored), null as alt; 年初 → the instant 2024-01-01 for 400P only; stocks "
    "(国家公园 share of the protected area, 水土保持率, 污水治理管控率, 绿色信贷覆盖率, 电力总装机 "
    "and its shares, 有机草原监测面积, 标准机架, 8400P, capacities and voltages of facilities "
    "in service) → instant 2024-12-31 with the year and null as alts. Modality: actual "
    "throughout (no 预计), except the 万卡 demonstration centre only started (启动) → target. "
    "Units: 亩 mu; 平方公里 1e6 m2; 万吨 → t; 万千瓦 1e7 W; 公里 → m; 1小时 = 1/24 day; 增长N倍 → "
    "ratio in times; P and 千伏 kept as surface units; 头只 classifier. Judgement calls: "
    "连续两年 → 2-year streak duration; 1小时互达 → a travel time (day), not a label; 百万群众 "
    "→ count 1e6 (eq); 万吨 (食品级氧化镁项目), 330千伏, 750千伏, 万卡 ×2 → facts in names "
    "(SPEC §1); 两座 → count; 均增长20% over 旅游人数 and 收入 → one fact; 百万千瓦(级), "
    "第一批, 第二回, 六期, 百强 → labels (negatives); 翻倍增长 (no numeral) not annotated. "
    "Negatives: 三江源, 四级三类, 三北, 六期, 双缩减, Ⅱ类, 零填埋, 首座, 零碳, 首个 ×6, 首次 ×2, "
    "两山, 一揽子, 1+5, 八大, 一表一单一图一机制, 十年, 百强, 两化, 十四五, 两新, 三餐四季, 两重, "
    "第一批, 百万千瓦, 第二回, 双主体, 三文鱼, 百度, 360, 一大批, 年初. Lexicalized, not listed: "
    "零售 ×2, 一般 (一般公共预算).")

g.write(date=REF, source=f"shared/texts/work_report/wr_qinghai_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
