"""Gold annotations for wr_guangdong_2025_e (2025年广东省政府工作报告, fifth excerpt), lines 18-20
of shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items 五是 (opening up: 广交会, trade fairs, exports,
services trade, foreign investment, 招商大会, overseas zones, 中欧班列, free-trade zone), 六是
(ecology and environment: afforestation, mangroves, air and water quality, waste, carbon
market, nuclear, offshore wind, photovoltaics) and 七是 (culture, tourism, sport: cultural
spaces, relics, tourists, Paris Olympic and Paralympic medals) in full (2,264 characters, the
line range as briefed).  The excerpt lies in part 一、2024年工作回顾 (heading on source line 7,
outside the excerpt), in the itemised review (一年来…主要做了以下工作, source line 13).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangdong_2025_e"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangdong_2025.txt"
FIRST, LAST = 18, 20                    # 1-based, inclusive, whole lines
TITLE = "2025年广东省政府工作报告"       # line 1 of the source, outside the excerpt
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="五是深入推进“五外联动”", ends="勇攀高峰的时代风采！")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS)


def alts(*parts):
    """subject_alts: the province's own alts plus the named owner / part."""
    return GD_ALTS + list(parts)


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label ({}), not a quantity (README §2 一期)"
EDITION_NOTE = "edition label of an event ({}), not a count"
VAGUE_NOTE = "vague quantifier {} (README §2 一批), not a quantity"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# The excerpt lies in the itemised review of 2024 (part 一、2024年工作回顾, source line 7;
# 一年来的发展历程很不平凡，主要做了以下工作, source line 13; both outside the excerpt).  None of
# its three lines states a period before its numbers (line 1 and line 2 name no year at all;
# line 3 names 2024年 only at its end, in 在2024年巴黎奥运会上), so every number takes the
# review year 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31 with the null reading
# in period_alts and the heading's period text 2024年 (as wr_chongqing_2025_c; the surface
# 2024年 also occurs in line 3).  The Olympic medals follow 在2024年巴黎奥运会上 (explicit 2024,
# same dates).  Stocks (累计达8个, 累计完成…5648公顷, 累计成交量 rank, 并网容量 and its rank,
# 总处理能力提高到) are the instant 2024-12-31 with the year and null as alts (README §5 stock
# rule); levels that may be read either way (建成开放, 稳居) keep the year with the instant as
# alt.  Streaks (连续4年, 连续3年) are durations ending in the review year, the streak's own
# span as alt (as wr_fujian_2025_b / wr_chongqing_2025_c).  Modality: actual throughout (no
# 预计 in the excerpt).
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增/新建 N: added in 2024 (a flow), 增量 reading in alts (README §3)"


def added(noun, *more):
    """metric_alts of a count / amount of things newly made (README §3): forms + 增量."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


def streak(text_, n):
    """period fields of a streak of n years ending in the review year 2024."""
    return dict(period=Y24, period_alts=[Y24_NULL, P(text_, f"{2025 - n}-01-01", "2024-12-31")])


STREAK_NOTE = ("length of the streak 连续{}年 (a duration, unit year, as wr_fujian_2025_b 连续5年 / "
               "wr_chongqing_2025_c 连续8年) — judgement call; the review year governs (the "
               "streak ends in it), the streak's own years and null as alts")

# ==== line 1 (source 18): 五是 opening up ======================================================
g.neg("五是深入推进", "五是", MARKER_NOTE + " (五是 'fifth')")
g.neg("“五外联动”", "五外联动", LABEL_NOTE + " (“五外联动”: 外贸、外资、外包、外经、外智 linked "
      "together)")
g.neg("创新办好第135届", "第135届", EDITION_NOTE.format("第135届广交会"))
g.neg("第136届广交会", "第136届", EDITION_NOTE.format("第136届广交会"))
FAIR = alts("广交会", "第135届、第136届广交会")
fact("共吸引约50万名境外采购商", "50万名", value=500000, unit="count", kind="count",
     classifier="名", bound="approx", metric="境外采购商",
     metric_alts=["吸引境外采购商", "广交会境外采购商", "境外采购商人数", "境外采购商数量",
                  "广交会吸引境外采购商"],
     subject_alts=FAIR, **FLOW,
     note="约 → approx (outside the span); the buyers of the two 2024 sessions (共 sums them); "
          "judgement call: the province (which 创新办好 the fairs) keeps the subject, the fair "
          "as alt (as wr_yunnan_2025 腾冲科学家论坛)")
fact("采供对接活动1061场", "1061场", value=1061, unit="count", kind="count", classifier="场",
     metric="采供对接活动",
     metric_alts=["同步开展采供对接活动", "开展采供对接活动", "采供对接活动场次",
                  "采供对接活动数量"], subject_alts=alts("各地"), **FLOW)
fact("成交金额194.8亿美元", "194.8亿美元", value=194.8e8, unit="USD", kind="amount",
     metric="采供对接活动成交金额",
     metric_alts=["成交金额", "采供对接活动成交额", "成交额", "对接活动成交金额"],
     subject_alts=alts("各地"), **FLOW,
     note="美元 → ISO USD (SPEC §3 foreign currencies); 亿 = 1e8; the deals of the matching "
          "events just named")
fact("举办300场", "300场", value=300, unit="count", kind="count", classifier="场",
     metric="“粤贸全球”境外展",
     metric_alts=["粤贸全球境外展", "举办“粤贸全球”境外展", "境外展", "“粤贸全球”境外展场次",
                  "“粤贸全球”境外展数量"], **FLOW)
fact("带动2.55万家企业", "2.55万家", value=25500, unit="count", kind="count", classifier="家",
     metric="开拓国际市场企业",
     metric_alts=["带动企业开拓国际市场", "带动企业", "企业", "开拓国际市场的企业",
                  "带动开拓国际市场企业数量"], **FLOW,
     note="firms the fairs brought to foreign markets in 2024")
EXP = "分别: 对东盟出口 ↔ 9.9%, 对中东出口 ↔ 10.5% (head 出口 shared)"
fact("分别增长9.9%", "9.9%", value=9.9, unit="%", kind="growth", metric="对东盟出口",
     metric_alts=["东盟出口", "对东盟出口额", "向东盟出口"], comparison="yoy", **FLOW, note=EXP)
fact("9.9%、10.5%", "10.5%", value=10.5, unit="%", kind="growth", metric="对中东出口",
     metric_alts=["中东出口", "对中东出口额", "向中东出口"], comparison="yoy", **FLOW, note=EXP)
fact("合同金额增长6%", "6%", value=6, unit="%", kind="growth", metric="服务外包合同金额",
     metric_alts=["服务外包合同额", "服务外包", "服务外包合同"], comparison="yoy", **FLOW)
SCALE = ("分别突破: 服务贸易规模 ↔ 1.3万亿元, 数字贸易规模 ↔ 7000亿元 (head 规模 shared); 突破 → "
         "gt (outside the span); the trade of the year")
fact("分别突破1.3万亿元", "1.3万亿元", value=1.3e12, unit="CNY", kind="amount", bound="gt",
     metric="服务贸易规模",
     metric_alts=["服务贸易", "服务贸易额", "服务贸易进出口额", "服务贸易总额"], **FLOW,
     note=SCALE + "; 万亿元 = 1e12")
fact("1.3万亿元、7000亿元", "7000亿元", value=7000e8, unit="CNY", kind="amount", bound="gt",
     metric="数字贸易规模",
     metric_alts=["数字贸易", "数字贸易额", "数字贸易进出口额", "数字贸易总额"], **FLOW,
     note=SCALE)
fact("成交金额约600亿元", "600亿元", value=600e8, unit="CNY", kind="amount", bound="approx",
     metric="“粤贸全国”系列展会成交金额",
     metric_alts=["粤贸全国系列展会成交金额", "“粤贸全国”成交金额", "成交金额",
                  "“粤贸全国”系列展会成交额", "系列展会成交金额"], **FLOW,
     note="约 → approx (outside the span)")
g.neg("出台新一轮外资", "一轮", "新一轮 'a new round', not a count")
FDI = ["新设外资企业数", "新设外资企业数量", "外资企业", "新设外商投资企业"]
fact("新设外资企业2.6万户", "2.6万户", value=26000, unit="count", kind="count",
     classifier="户", metric="新设外资企业", metric_alts=FDI, **FLOW,
     note="foreign-funded firms set up in 2024 (a flow of registrations)")
fact("增长超20%", "20%", value=20, unit="%", kind="growth", bound="gt",
     metric="新设外资企业", metric_alts=FDI, comparison="yoy", **FLOW,
     note="超 → gt (outside the span); the level and its growth share the metric (README §3)")
g.neg("第三届大湾区全球招商大会", "第三届", EDITION_NOTE.format("第三届大湾区全球招商大会"))
CONF = alts("大湾区全球招商大会", "第三届大湾区全球招商大会")
CONF_NOTE = ("the deals signed at the conference held in 2024; judgement call: the province "
             "(which co-hosts it with 港澳) keeps the subject, the conference as alt")
fact("达成投资项目1933个", "1933个", value=1933, unit="count", kind="count", classifier="个",
     metric="达成投资项目",
     metric_alts=["投资项目", "大湾区全球招商大会达成投资项目", "达成投资项目数量", "签约项目",
                  "招商大会达成投资项目"],
     subject_alts=CONF, **FLOW, note=CONF_NOTE)
fact("总金额2.26万亿元", "2.26万亿元", value=2.26e12, unit="CNY", kind="amount",
     metric="达成投资项目总金额",
     metric_alts=["投资项目总金额", "总金额", "达成投资项目金额", "投资总额",
                  "大湾区全球招商大会达成投资项目总金额", "投资项目总额"],
     subject_alts=CONF, **FLOW, note="万亿元 = 1e12; " + CONF_NOTE)
g.neg("埃克森美孚一期竣工", "一期", PHASE_NOTE.format("一期"))
g.neg("中海壳牌三期全面开工", "三期", PHASE_NOTE.format("三期"))
g.neg("一体化基地项目首期投产", "首期", PHASE_NOTE.format("首期 'first phase'"))
fact("新增1个省级境外经贸合作区", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="省级境外经贸合作区",
     metric_alts=added("省级境外经贸合作区", "新增省级境外经贸合作区", "境外经贸合作区"),
     **FLOW, note=NEW_NOTE)
fact("累计达8个", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="省级境外经贸合作区",
     metric_alts=["境外经贸合作区", "省级境外经贸合作区数量", "累计省级境外经贸合作区",
                  "省级境外经贸合作区总数"], **STOCK,
     note="累计达 → eq; the register's size: " + STOCK_NOTE)
fact("中欧班列开行数量增长10%", "10%", value=10, unit="%", kind="growth",
     metric="中欧班列开行数量",
     metric_alts=["中欧班列开行量", "中欧班列开行", "中欧班列开行列数", "中欧班列"],
     comparison="yoy", **FLOW)
g.neg("（一港通）", "一港通", LABEL_NOTE + " (“组合港”（一港通） 'one port pass', a port-"
      "clearance scheme name)")
fact("新开行航线8条", "8条", value=8, unit="count", kind="count", classifier="条",
     metric="“组合港”新开行航线",
     metric_alts=["新开行航线", "组合港新开行航线", "“组合港”（一港通）新开行航线", "航线",
                  "“组合港”航线", "新开行航线数量", "“组合港”航线增量"],
     subject_alts=alts("“组合港”", "组合港"), **FLOW, note=NEW_NOTE)
g.neg("新增和恢复一批国际", "一批", VAGUE_NOTE.format("一批"))
g.neg("深化两岸创新发展", "两岸", NAME_NOTE.format("两岸 'both sides of the Taiwan Strait'"))
fact("将23项省级行政职权事项", "23项", value=23, unit="count", kind="count", classifier="项",
     metric="调整由中新知识城实施的省级行政职权事项",
     metric_alts=["省级行政职权事项", "调整由中新知识城实施省级行政职权事项",
                  "下放中新知识城的省级行政职权事项", "省级行政职权事项数量",
                  "调整实施省级行政职权事项"],
     subject_alts=alts("中新知识城"), **FLOW,
     note="the powers transferred in 2024; the province (which transfers them) keeps the "
          "subject, 中新知识城 as alt — judgement call")
fact("开放试点33项任务", "33项", value=33, unit="count", kind="count", classifier="项",
     metric="制度型开放试点任务",
     metric_alts=["对接国际高标准推进制度型开放试点任务", "制度型开放试点任务落地",
                  "落地制度型开放试点任务", "试点任务", "制度型开放试点任务数量", "任务"],
     subject_alts=alts("广东自贸试验区", "自贸试验区"), **FLOW,
     note="33项任务全部落地: all 33 pilot tasks implemented in 2024; a count of measures "
          "(README §2 七条措施)")
g.neg("第十五届中国航展", "第十五届", EDITION_NOTE.format("第十五届中国航展"))
g.neg("规模倍增", "倍增", "倍增 'doubled' (规模倍增): the multiple of the air show's size "
      "against the previous edition, written as a word without a number — judgement call: not "
      "annotated as a ratio fact (as 倍增 in nw_cctv_20240422_west_2024 / "
      "nw_cctv_20231108_sichuan_2023)")

# ==== line 2 (source 19): 六是 ecology and environment =========================================
g.neg("六是加强生态", "六是", MARKER_NOTE + " (六是 'sixth')")
g.neg("“六大行动”", "六大", "set label N大 (绿美广东生态建设“六大行动”, the six actions named "
      "as a group), not a count claim (as 五大 in wr_guangdong_2025_b)")
g.neg("“两个200万亩”", "两个", "part of the task label “两个200万亩” (the two tasks, each of "
      "200万亩, named just before it); the quantity is 200万亩 (fact)")
fact("“两个200万亩”", "200万亩", value=2e6, unit="mu", kind="amount", bound="gt",
     metric="林分优化提升",
     metric_alts=["森林抚育提升", "林分优化提升面积", "森林抚育提升面积", "林分优化提升任务",
                  "森林抚育提升任务", "林分优化提升、森林抚育提升", "林分优化提升和森林抚育提升",
                  "“两个200万亩”任务", "两个200万亩任务"], **FLOW,
     note="judgement call: one quantity mention (“两个200万亩” = 200万亩 each of 林分优化提升 and "
          "森林抚育提升) → one fact (SPEC §1), the first metric primary and the second in alts "
          "(as 均居全国第一 in wr_guangdong_2025); 超额完成 'over-fulfilled' → the area done "
          "exceeds the task: gt, actual (as wr_china_2001 超额完成); 亩 stays mu")
NEWB = "新建 distributes over the list: built in 2024; " + NEW_NOTE
fact("新建森林城镇38个", "38个", value=38, unit="count", kind="count", classifier="个",
     metric="森林城镇", metric_alts=added("森林城镇", "新建森林城镇"), **FLOW, note=NEWB)
fact("森林乡村159个", "159个", value=159, unit="count", kind="count", classifier="个",
     metric="森林乡村", metric_alts=added("森林乡村", "新建森林乡村"), **FLOW, note=NEWB)
fact("碧道930公里", "930公里", value=930000, unit="m", kind="amount", metric="碧道",
     metric_alts=["新建碧道", "碧道长度", "碧道里程", "碧道增量", "新建碧道里程"], **FLOW,
     note=NEWB + "; 公里 → ×1e3 m")
fact("乡村绿化植树超1858万株", "1858万株", value=18580000, unit="count", kind="count",
     classifier="株", bound="gt", metric="乡村绿化植树",
     metric_alts=["植树", "乡村绿化植树数量", "乡村植树", "乡村绿化植树株数"], **FLOW,
     note="超 → gt (outside the span); trees planted in 2024")
g.neg("三级植物园体系", "三级", "tier label 三级 (the three-tier botanical-garden system), not "
      "a count claim (as 三级养老服务网络 in wr_chongqing_2025_c)")
g.neg("万亩级红树林示范区", "万亩级", "size class 万亩级 'of the 10,000-mu class' describing the "
      "demonstration zone (a threshold of the set, SPEC §2), not a fact of its own")
fact("红树林营造修复5648公顷", "5648公顷", value=5648e4, unit="m2", kind="amount",
     metric="红树林营造修复",
     metric_alts=["累计完成红树林营造修复", "红树林营造修复面积", "累计红树林营造修复面积",
                  "红树林营造和修复", "红树林营造修复累计面积"], **STOCK,
     note="累计完成 → cumulative total: " + STOCK_NOTE + "; 公顷 → ×1e4 m2")
g.neg("全国首笔红树林", "首笔", FIRST_NOTE + " (首笔 'first deal')")
fact("连续4年在国家考核", "4年", value=4, unit="year", kind="amount",
     metric="污染防治攻坚战国家考核获优秀等次持续时间",
     metric_alts=["污染防治攻坚战国家考核连续获优秀等次", "国家考核获优秀等次持续时间",
                  "国家考核获优秀等次年数", "污染防治攻坚战成效考核优秀持续时间",
                  "污染防治攻坚战国家考核", "持续时间"],
     **streak("连续4年", 4), note=STREAK_NOTE.format(4) + " (alt 2021-2024)")
g.neg("PM2.5平均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("降至20.6微克/立方米", "20.6微克/立方米", value=20.6, unit="微克/立方米", kind="amount",
     metric="PM2.5平均浓度",
     metric_alts=["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度"], **FLOW,
     note="降至 → the level reached (eq); the annual mean of 2024; the unit 微克/立方米 is "
          "kept as written (SPEC §3 unknown units; as wr_anhui_2025 / wr_beijing_2025)")
fact("优良天数比率达95.8%", "95.8%", value=95.8, unit="%", kind="share",
     metric="空气质量优良天数比率",
     metric_alts=["优良天数比率", "空气质量优良天数比例", "优良天数比例", "空气优良天数比率"],
     **FLOW, note="达 → eq; a rate of the year (share of days)")
SEW = "新增 distributes over both (管网 / 处理能力): " + NEW_NOTE + "; 超 → gt (outside the span)"
fact("新增污水管网超2000公里", "2000公里", value=2e6, unit="m", kind="amount", bound="gt",
     metric="新增污水管网",
     metric_alts=["污水管网", "新增污水管网长度", "污水管网增量", "污水管网长度增量",
                  "新增污水管网里程"], **FLOW, note=SEW + "; 公里 → ×1e3 m")
fact("污水处理能力超30万吨/日", "30万吨/日", value=300000, unit="t", kind="amount",
     bound="gt", metric="新增污水处理能力",
     metric_alts=["污水处理能力", "新增污水日处理能力", "污水日处理能力", "污水处理能力增量",
                  "新增污水处理规模"], **FLOW,
     note=SEW + "; 万吨/日: a daily capacity → base unit t, the rate in the metric (SPEC §3 "
          "rates, as wr_guangdong_2025_c 30万吨/日); the span keeps /日")
fact("水质优良率达93.2%", "93.2%", value=93.2, unit="%", kind="share",
     metric="地表水国考断面水质优良率",
     metric_alts=["国考断面水质优良率", "地表水水质优良率", "水质优良率",
                  "地表水国考断面水质优良比例", "地表水国考断面优良率"], **FLOW,
     note="达 → eq; a rate of the year's monitoring")
g.neg("Ⅴ类、劣Ⅴ类", "Ⅴ类", "water-quality class label (Ⅴ类), not a quantity (as Ⅱ类 in "
      "wr_chongqing_2025_c)")
g.neg("Ⅴ类、劣Ⅴ类", "劣Ⅴ类", "water-quality class label (劣Ⅴ类 'worse than class V'), not a "
      "quantity")
g.neg("断面首次全面清零", "首次", FIRST_NOTE + " (首次 'for the first time')")
g.neg("首次全面清零", "清零", "清零 'cleared to zero' (eliminated), a goal word, not a quantity "
      "(as wr_chongqing_2025_c)")
fact("处置能力130万吨/年", "130万吨/年", value=1.3e6, unit="t", kind="amount",
     metric="新增危险废物利用处置能力",
     metric_alts=["危险废物利用处置能力", "新增危险废物年利用处置能力", "危险废物年利用处置能力",
                  "危险废物利用处置能力增量", "危险废物处置能力"], **FLOW,
     note=NEW_NOTE + "; 万吨/年: a yearly capacity → base unit t, the rate in the metric "
          "(as wr_xinjiang_2025 400万吨/年); the span keeps /年")
fact("提高到17.1万吨/日", "17.1万吨/日", value=171000, unit="t", kind="amount",
     metric="生活垃圾总处理能力",
     metric_alts=["生活垃圾处理能力", "生活垃圾日处理能力", "生活垃圾总日处理能力",
                  "垃圾处理能力", "生活垃圾处理总能力"], **STOCK,
     note="提高到 → the level reached (an installed capacity, a stock): " + STOCK_NOTE
          + "; 万吨/日 → t, the daily rate in the metric, the span keeps /日")
g.neg("节能降碳十大行动", "十大", "set label N大 (节能降碳十大行动), not a count claim")
fact("均居全国区域碳市场首位", "首位", value=1, unit="rank", kind="rank",
     scope="全国区域碳市场", metric="碳排放配额累计成交量",
     metric_alts=["碳排放配额累计成交额", "累计成交量", "累计成交额", "碳排放配额成交量",
                  "碳排放配额成交额", "碳排放配额累计成交量、成交额",
                  "碳排放配额累计成交量和成交额", "碳市场累计成交量"],
     subject_alts=alts("广东碳市场", "碳市场"), **STOCK,
     note="one rank mention (均居…首位) over two metrics → one fact, the first metric primary "
          "and the second in alts (as 均居全国第一 in wr_guangdong_2025); 首位 → rank 1 (SPEC "
          "§3); rank of cumulative totals: " + STOCK_NOTE)
g.neg("全国首单碳资产", "首单", FIRST_NOTE + " (首单 'first deal')")
fact("连续3年在国务院考核", "3年", value=3, unit="year", kind="amount",
     metric="最严格水资源管理制度国务院考核获优秀等次持续时间",
     metric_alts=["最严格水资源管理制度考核连续获优秀等次", "国务院考核获优秀等次持续时间",
                  "国务院考核获优秀等次年数", "水资源管理考核优秀持续时间",
                  "最严格水资源管理制度考核", "持续时间"],
     **streak("连续3年", 3), note=STREAK_NOTE.format(3) + " (alt 2022-2024)")
g.neg("陆丰核电1、2号机组", "1、2号", NAME_NOTE.format("unit numbers 1、2号机组 of 陆丰核电 "
      "(as wr_fujian_2025_d 2—4号机组)"))
g.neg("全球单体容量最大", "单体", "单体 'single unit (platform)', not a quantity; 最大 states "
      "no number (README §2 单个; as wr_xinjiang_2025)")
WIND = ["海上风电并网容量", "海上风电装机容量", "海上风电并网装机", "海上风电装机", "海上风电"]
fact("并网容量超1200万千瓦", "1200万千瓦", value=1.2e10, unit="W", kind="amount", bound="gt",
     metric=WIND[0], metric_alts=WIND[1:], **STOCK,
     note="超 → gt (outside the span); 万千瓦 = 1e7 W; installed grid-connected capacity (a "
          "stock): " + STOCK_NOTE)
fact("跃居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric=WIND[0], metric_alts=WIND[1:] + ["海上风电并网容量排名"], **STOCK,
     note="首位 → rank 1; the rank of the capacity just stated (a stock): " + STOCK_NOTE)
fact("装机规模超1100万千瓦", "1100万千瓦", value=1.1e10, unit="W", kind="amount", bound="gt",
     metric="新增分布式光伏装机规模",
     metric_alts=["分布式光伏装机规模", "分布式光伏装机", "新增分布式光伏装机",
                  "分布式光伏装机规模增量", "分布式光伏装机容量增量", "新增分布式光伏装机容量"],
     **FLOW, note="超 → gt; " + NEW_NOTE + "; 万千瓦 = 1e7 W")
g.neg("全国首个“光储充换放", "首个", FIRST_NOTE)
fact("绿电交易量增长70%", "70%", value=70, unit="%", kind="growth", metric="绿电交易量",
     metric_alts=["绿电交易", "绿色电力交易量", "全省绿电交易量"], comparison="yoy", **FLOW)
g.neg("呈现出一派", "一派", "quantifier 一派 'a scene of', not a quantity (README §2 一 + "
      "classifier as article)")

# ==== line 3 (source 20): 七是 culture, tourism, sport ========================================
g.neg("七是繁荣发展", "七是", MARKER_NOTE + " (七是 'seventh')")
g.neg("成立75周年", "75周年", "anniversary 75周年 (of the founding of the PRC), an event "
      "label, not a quantity claim (as wr_yunnan_2025)")
fact("公共文化新空间3300余家", "3300余家", value=3300, unit="count", kind="count",
     classifier="家", bound="gt", metric="公共文化新空间",
     metric_alts=["建成开放公共文化新空间", "公共文化空间", "公共文化新空间数量",
                  "建成开放公共文化新空间数量"], **LEVEL,
     note="余 inside the span → gt (README §1); judgement call: 建成开放 without 累计 → opened "
          "in 2024 (the year-end stock as alt, as wr_chongqing_2025_c 建成)")
fact("举办百场艺术精品展演", "百场", value=100, unit="count", kind="count", classifier="场",
     metric="艺术精品展演",
     metric_alts=["举办艺术精品展演", "艺术精品展演场次", "艺术精品展演数量", "展演"], **FLOW,
     note="judgement call: 百场 'a hundred (performances)' read as the round count 100 "
          "(classifier 场), as 百场 in wr_fujian_2025_d")
fact("等4部作品", "4部", value=4, unit="count", kind="count", classifier="部",
     metric="获全国精神文明建设“五个一工程”优秀作品奖作品",
     metric_alts=["“五个一工程”优秀作品奖", "五个一工程优秀作品奖", "获奖作品",
                  "获“五个一工程”奖作品", "“五个一工程”获奖作品", "作品"], **FLOW,
     note="works awarded in 2024 (the predicate defines the counted set → in the metric)")
g.neg("“五个一工程”", "五个一工程", LABEL_NOTE + " (“五个一工程” award name: 'the five-ones "
      "project'), not a count")
fact("增加值稳居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="文化及相关产业增加值",
     metric_alts=["文化产业增加值", "文化及相关产业增加值排名", "文化及相关产业"], **LEVEL,
     note="稳居 → the position held in 2024 (value added of the year; year-end as alt); 首位 → "
          "rank 1")
g.neg("启动第四次全国文物普查", "第四次", "edition label of the census (第四次全国文物普查), "
      "not a count or rank (as 第五次全国经济普查 in wr_guangdong_2025)")
fact("文物标本1200余件", "1200余件", value=1200, unit="count", kind="count", classifier="件",
     bound="gt", metric="出土重要文物标本",
     metric_alts=["重要文物标本", "文物标本", "出土文物标本", "出土重要文物标本数量"], **FLOW,
     note="余 inside the span → gt; excavated in 2024")
g.neg("示范区创建名单", "名单", "lexicalized 名单 'list'; 单 is not a quantity (as "
      "wr_chongqing_2025_c)")
g.neg("河源万绿湖", "万绿湖", NAME_NOTE.format("万绿湖, a lake in 河源"))
g.neg("国家5A级景区", "5A级", "grade label 5A级 (top scenic-spot grade), not a quantity "
      "(as wr_chongqing_2025_c)")
fact("接待游客超8亿人次", "8亿人次", value=8e8, unit="count", kind="count",
     classifier="人次", bound="gt", metric="接待游客",
     metric_alts=["游客", "接待游客人次", "接待游客总数", "游客接待量", "全省接待游客"], **FLOW,
     note="超 → gt (outside the span); 亿 = 1e8; 人次 is a classifier (SPEC §3)")
fact("入境外国游客增长超90%", "90%", value=90, unit="%", kind="growth", bound="gt",
     metric="入境外国游客",
     metric_alts=["入境外国游客人数", "入境外国游客人次", "外国入境游客", "接待入境外国游客"],
     comparison="yoy", **FLOW, note="超 → gt (outside the span)")
g.neg("新建及改扩建一批", "一批", VAGUE_NOTE.format("一批"))
fact("竞赛活动超18万场", "18万场", value=180000, unit="count", kind="count", classifier="场",
     bound="gt", metric="群众性体育竞赛活动",
     metric_alts=["举办群众性体育竞赛活动", "体育竞赛活动", "群众性体育竞赛活动场次",
                  "群众体育竞赛活动"], **FLOW, note="超 → gt (outside the span)")
g.neg("做好十五运会", "十五运会", NAME_NOTE.format("十五运会, the 15th National Games (an "
      "edition label)"))
g.neg("在2024年巴黎奥运会", "2024年", PERIOD_NOTE + " (2024年 in 2024年巴黎奥运会: the Games "
      "of 2024, which date the medal counts after it; same dates as the section frame)")
ATH = alts("我省运动员", "广东运动员", "运动员")
OLY = dict(period=Y24, period_alts=[Y24_NULL])
MEDAL_NOTE = ("金/银/铜 (medal) is the measure word (as wr_fujian_2025_b 2金2银1铜); the "
              "province's athletes → 广东省, athletes as alts; 在2024年巴黎奥运会上 dates the "
              "Games (explicit 2024)")
for tgt, cls, medal in (("8金", "金", "金牌"), ("4银", "银", "银牌"), ("4铜", "铜", "铜牌")):
    fact("斩获8金4银4铜", tgt, value=int(tgt[0]), unit="count", kind="count", classifier=cls,
         metric=f"巴黎奥运会{medal}",
         metric_alts=[f"奥运会{medal}", f"巴黎奥运会{medal}数", medal, f"奥运会{medal}数",
                      f"斩获{medal}"],
         subject_alts=ATH, **OLY, note=MEDAL_NOTE if medal == "金牌" else None)
fact("金牌数奖牌数均居全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="巴黎奥运会金牌数",
     metric_alts=["金牌数", "奖牌数", "巴黎奥运会奖牌数", "奥运会金牌数", "奥运会奖牌数",
                  "金牌数奖牌数", "金牌数、奖牌数", "金牌数和奖牌数"],
     subject_alts=ATH, **OLY,
     note="one rank mention (均居全国首位) over two counts → one fact, the first metric "
          "primary and the second in alts; first among the provinces' delegations at the 2024 "
          "Games; 首位 → rank 1")
PARA_NOTE = ("Paralympics (在残奥会上, the 2024 Paris Paralympics: 2024年 governs the line's "
             "clauses after it); 金/银/铜 as measure word")
for tgt, cls, medal in (("12金", "金", "金牌"), ("8银", "银", "银牌"), ("4铜", "铜", "铜牌")):
    fact("斩获12金8银4铜", tgt, value=int(tgt[:-1]), unit="count", kind="count",
         classifier=cls, metric=f"巴黎残奥会{medal}",
         metric_alts=[f"残奥会{medal}", f"巴黎残奥会{medal}数", medal, f"残奥会{medal}数",
                      f"斩获{medal}"],
         subject_alts=ATH, **OLY, note=PARA_NOTE if medal == "金牌" else None)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guangdong_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review items 五是 "
    "(opening up), 六是 (ecology and environment) and 七是 (culture, tourism, sport) in full. "
    "Part of the report: the itemised review of 2024 (part 一、2024年工作回顾, source line 7; "
    "一年来…主要做了以下工作, source line 13; both outside the excerpt). Lines 7-14, 22-29, "
    "39-45 and 98-108 are annotated in wr_guangdong_2025_d, wr_guangdong_2025, "
    "wr_guangdong_2025_b and wr_guangdong_2025_c (no overlap). Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-15, the delivery date in the header (source line 3: ——2025年1月15日"
    "在广东省第十四届人民代表大会第三次会议上); the shared meta agrees. Place: 广东省 (广东, 全省, "
    "我省 → alts); the 广交会, 各地, the 招商大会, 中新知识城, the 自贸试验区, the carbon market and "
    "the athletes (我省运动员) keep the province as subject with the owner as alt. Periods: no "
    "line states a period before its numbers, so every fact takes the review year 2024 as "
    "section frame (SPEC §4) with the heading's period text 2024年 (also in line 3), null as "
    "alt; the medal counts follow 在2024年巴黎奥运会上 (explicit, same dates). Stocks (累计达8个 "
    "zones, 累计 5648公顷 of mangroves, the carbon-market rank of 累计 totals, offshore wind "
    "capacity and its rank, 生活垃圾总处理能力提高到) → instant 2024-12-31 with the year and null "
    "as alts; 建成开放 3300余家 and 稳居首位 → the year with the instant as alt. Streaks 连续4年 / "
    "连续3年 → durations (unit year), the year as gold and the streak's span as alt. Modality: "
    "actual throughout (no 预计). Units: 亿美元 → USD ×1e8; 万亿元 1e12; 公里 → m; 公顷 → m2; 亩 → "
    "mu; 万千瓦 → W ×1e7; 万吨/日, 万吨/年 → t (rate in the metric, span keeps the rate); "
    "微克/立方米 kept as written; medals 金/银/铜 as classifiers. Bounds: 约 → approx; 超, 突破, "
    "超额完成, 余 → gt. Judgement calls: “两个200万亩” → one fact 200万亩 (gt, 超额完成) with both "
    "tasks as metrics, 两个 a label negative; 百场 → count 100; 均居首位 (碳市场, 金牌数奖牌数) → one "
    "rank fact each with the second metric as alt; 倍增 (航展规模倍增) not a ratio fact; subjects "
    "of the fair/conference numbers = the province. Negatives: 五是/六是/七是, 五外联动, 第135届, "
    "第136届, 一轮, 第三届, 一期, 三期, 首期, 一港通, 一批 ×2, 两岸, 第十五届, 倍增, 六大, 两个, 三级, "
    "万亩级, 首笔, PM2.5, Ⅴ类, 劣Ⅴ类, 首次, 清零, 十大, 首单, 1、2号, 单体, 首个, 一派, 75周年, "
    "五个一工程, 第四次, 名单, 万绿湖, 5A级, 十五运会, 2024年. Lexicalized, not listed: 一体化, 一体 "
    "(集…于一体).")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangdong_2025.txt lines "
        f"{FIRST}–{LAST} (来源 : 南方日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
