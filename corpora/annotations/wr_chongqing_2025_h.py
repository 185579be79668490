"""Gold annotations for wr_chongqing_2025_h (2025年重庆市政府工作报告, the 2024 review: items （五）
reform and （六） opening-up), lines 19-20 of shared/texts/work_report/wr_chongqing_2025.txt.

The excerpt corpora/wr_chongqing_2025_h.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: review items
（五）抓改革强攻坚促突破 (数字重庆: data platform, applications, governance centres; “三攻坚一盘活”:
state-owned enterprises, development zones, asset revitalisation; private economy; fair
competition and credit; reforms in key fields) and （六）抓开放拓空间聚资源 (中新互联互通项目, the
free trade zone, trade structure, services trade, foreign investment, international exchange),
two long paragraphs, each starting at its heading.  Both lie in part 一、2024年工作回顾 (source
line 7; 一年来，主要做了以下工作。 source line 14, both outside the excerpt).  Lines 7-18 and 21-23
of the review are annotated in wr_chongqing_2025 / _b / _c, lines 25-50 and 68-77 in _d-_g (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025_h.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025_h"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_chongqing_2025.txt"
FIRST, LAST = 19, 20                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年重庆市政府工作报告"       # line 1 of the source, outside the excerpt
CQ_ALTS = ["重庆", "全市", "我市"]
SOE_ALTS = CQ_ALTS + ["市属国企", "重庆市属国企", "市属国有企业"]
SG = ["中新（重庆）战略性互联互通示范项目", "中新互联互通示范项目", "中新项目", PLACE] + CQ_ALTS
FTZ = ["中国（重庆）自由贸易试验区", "重庆自由贸易试验区", "自贸试验区", "自贸区", PLACE] + CQ_ALTS

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）抓改革强攻坚促突破",
                 ends="各类资源要素加速向重庆集聚。")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)
soe = g.with_subject(PLACE, SOE_ALTS)          # the city's own state-owned enterprises
sg = g.with_subject("中新互联互通项目", SG)       # the project names the owner (README §4)
ftz = g.with_subject("重庆自贸试验区", FTZ)       # the zone names the owner (as wr_hunan_2025)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
TIER_NOTE = ("tier word {} (the administrative tiers named in the text{}), a level label, not "
             "a count claim (as 三级 in wr_chongqing_2025_f)")
SET_NOTE = "set label N大 ({}; as 八大 in gold README §2), not a count claim"
VAGUE_NOTE = "quantifier 一批 (README §2), not a quantity"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in the detailed review of 2024 (part 一、2024年工作回顾, source line 7;
# 一年来，主要做了以下工作。 source line 14, both outside the excerpt).  Neither line states a
# period before its numbers, and neither names the review year (no 全年 / 年度 / 一年来 /
# 今年; the only time word is 梯次 'in stages'), so every number takes the review year 2024 as
# section frame (SPEC §4), 2024-01-01..2024-12-31 with the null reading in period_alts, and the
# heading's period text 2024年 (outside the excerpt, as wr_chongqing_2025_c, whose lines 21-23
# name no period either; the shared gold/check_gold.py flags that text as "not in the article"
# — a known, accepted consequence; period text is not scored).  Stocks (累计 354个 / 346项 /
# 44座) are the instant 2024-12-31 with the year and null as alts (README §5 stock rule);
# levels and shares reached in the year (满足率达到, 占比增至 / 达到, 推进45个重点领域) → the
# year, null and the year-end instant as alts.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("累计 → stock under the review year 2024: instant 2024-12-31; the literal year "
              "and null in period_alts")
FLOW_NOTE = "done in 2024 (a flow); the line states no period: section frame 2024, null as alt"
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"新增{noun}", f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


# ==== line 1 (source 19): （五） reform ==================================================================
g.neg("（五）抓改革", "（五）", MARKER_NOTE)
g.neg("数字重庆“1361”整体构架", "1361", LABEL_NOTE + " (数字重庆“1361”整体构架, the name of "
      "the digital-Chongqing architecture: 1 platform, 3 tiers of centres, 6 systems, 1 "
      "grass-roots system), not a count")
g.neg("建成市域一体的", "一体", "lexicalized 一体 'integrated' (市域一体 'city-wide integrated'), "
      "not a quantity")
fact("数据供需满足率达到95%", "95%", value=95, unit="%", kind="share",
     metric="数据供需满足率",
     metric_alts=["数据供需满足比例", "数据需求满足率", "满足率", "公共数据供需满足率"],
     **LEVEL,
     note="达到 → eq; the share of data requests met (a rate) → share; the level reached in "
          "2024, year-end as alt; the line states no period: section frame 2024")
g.neg("三级数字化城市运行", "三级", TIER_NOTE.format("三级", ": 市、区县、镇街, the tiers of the "
      "digital city operation and governance centres"))
g.neg("八大板块跑道", "八大", SET_NOTE.format("八大板块跑道, the eight sector 'runways' of the "
      "governance centres"))
g.neg("加力推动六大系统", "六大", SET_NOTE.format("六大系统, the six application systems of "
      "数字重庆, as wr_chongqing_2025_f"))
APPS = ["入账应用", "累计入账应用", "应用", "入账应用数量", "数字重庆入账应用", "上架应用",
        "重大应用", "累计入账应用数量"]
fact("累计入账应用354个", "354个", value=354, unit="count", kind="count", classifier="个",
     metric="入账应用", metric_alts=APPS[1:], **STOCK,
     note="applications entered into the ledger (入账) of 数字重庆 since the start; " + STOCK_NOTE)
g.neg("等一批应用上线实战", "一批", VAGUE_NOTE)
g.neg("网格三级职责任务清单", "三级", TIER_NOTE.format("三级", ": 镇街、村社、网格, named right "
      "before"))
g.neg("“一表通”应用", "一表通", LABEL_NOTE + " (“一表通” 'one form for all', an application's "
      "name)")
g.neg("与“141”基层智治体系", "141", LABEL_NOTE + " (“141”基层智治体系, the name of the "
      "grass-roots smart-governance system: 1 centre, 4 platforms, 1 grid), not a count")
g.neg("“三攻坚一盘活”取得", "三攻坚一盘活", LABEL_NOTE + " (reform package “三攻坚一盘活”, as "
      "wr_chongqing_2025)")
LOSS = ["减亏扭亏企业", "市属国企减亏扭亏", "减亏扭亏", "市属国企减亏扭亏户数", "减亏扭亏户数",
        "减亏扭亏的市属国企", "扭亏减亏企业", "减亏扭亏企业数量"]
soe("市属国企减亏扭亏548户", "548户", value=548, unit="count", kind="count", classifier="户",
    metric="市属国企减亏扭亏企业", metric_alts=LOSS, **FLOW,
    note="the city-owned firms that cut or ended their losses in 2024 (户 a classifier, SPEC "
         "§3); positive: a count of firms, not the change of a level; the city owns its SOEs "
         "→ 重庆市, 市属国企 as alt; " + FLOW_NOTE)
CUT = ["压减法人", "市属国企压减法人", "压减法人户数", "法人户数", "市属国企法人户数",
       "法人户数减少", "压减法人数量", "市属国企法人数量增量", "法人数量增量", "压减的法人"]
soe("压减法人1191户", "1191户", value=-1191, unit="count", kind="count", classifier="户",
    metric="市属国企法人户数增量", metric_alts=CUT,
    note="压减 N = an absolute cut of a level (SPEC §2, as 调减77万亩 and 压减 in "
         "nw_cctv_20210314_shandong_2021 / wr_hebei_2025 / wr_hunan_2025): signed −1191, "
         "metric the level + 增量, the verb readings as alts (judgement call: the positive "
         "count of legal entities removed is the other reading); " + FLOW_NOTE, **FLOW)
REORG = ["市属重点国企战略性重组", "战略性重组", "国企战略性重组", "市属重点国企战略性重组组数",
         "启动实施市属重点国企战略性重组", "战略性重组数量"]
soe("启动实施三批次11组", "三批次", value=3, unit="count", kind="count", classifier="批次",
    metric="市属重点国企战略性重组批次",
    metric_alts=["战略性重组批次", "批次", "启动实施战略性重组批次", "市属重点国企战略性重组"],
    **FLOW,
    note="a count of batches (as 四批次 in wr_chongqing_2025); launched (启动实施) in 2024; "
         + FLOW_NOTE)
soe("三批次11组市属", "11组", value=11, unit="count", kind="count", classifier="组",
    metric="市属重点国企战略性重组", metric_alts=REORG[1:], **FLOW,
    note="11 groups of strategic restructuring of key city-owned firms, launched in 2024; "
         + FLOW_NOTE)
soe("等13项市属国企专业化整合", "13项", value=13, unit="count", kind="count", classifier="项",
    metric="市属国企专业化整合",
    metric_alts=["专业化整合", "完成市属国企专业化整合", "国企专业化整合",
                 "市属国企专业化整合项目", "市属国企专业化整合数量"], **FLOW,
    note="completed in 2024 (人力资源、自然资源、检验检测 are three of the 13); " + FLOW_NOTE)
g.neg("“一企一策”推动7户", "一企一策", LABEL_NOTE + " (“一企一策” 'one plan per firm', as "
      "wr_chongqing_2025_f)")
soe("推动7户市属国有融资平台退出", "7户", value=7, unit="count", kind="count", classifier="户",
    metric="退出的市属国有融资平台",
    metric_alts=["市属国有融资平台退出", "市属国有融资平台", "国有融资平台退出", "融资平台退出",
                 "退出融资平台", "退出的市属国有融资平台数量", "退出的国有融资平台"], **FLOW,
    note="platforms that exited (退出) in 2024: a count of the units, positive (as 退出地炼产能 "
         "in nw_cctv_20210314_shandong_2021); " + FLOW_NOTE)
g.neg("市区两级1076家", "两级", TIER_NOTE.format("两级", ": 市、区, the city and district "
      "levels"))
fact("1076家企业完成政企分离改革", "1076家", value=1076, unit="count", kind="count",
     classifier="家", metric="完成政企分离改革的企业",
     metric_alts=["完成政企分离改革企业", "政企分离改革企业", "企业", "政企分离改革",
                  "市区两级企业完成政企分离改革", "完成政企分离改革的企业数量"],
     subject_alts=CQ_ALTS + ["市区两级", "市属和区属企业"], **FLOW,
     note="firms of the city and district governments that completed the separation of "
          "government and enterprise in 2024 (the predicate defines the counted set → in the "
          "metric); " + FLOW_NOTE)
g.neg("完成新一轮开发区", "一轮", "新一轮 'a new round', not a count (as other golds)")
g.neg("开发区四至范围划定", "四至", "land-survey term 四至 (the four boundaries of a plot: "
      "east, west, south, north), not a count")
TAX = ["规上制造业亩均税收", "亩均税收", "规模以上制造业亩均税收", "制造业亩均税收",
       "规上制造业亩均税收增速", "亩均税收增速"]
fact("亩均税收可比增长13.2%", "13.2%", value=13.2, unit="%", kind="growth",
     metric="规上制造业亩均税收", metric_alts=TAX[1:], comparison="yoy", **FLOW,
     note="可比增长 = growth on a comparable basis against 2023 → yoy; tax per mu of land "
          "(亩均 is part of the metric, no numeral); " + FLOW_NOTE)
g.neg("“三企”联动签约", "三企", LABEL_NOTE + " (“三企”联动: central-government, local state "
      "and private firms acting together, as wr_chongqing_2025_f)")
SIGN = ["签约金额", "“三企”联动签约额", "三企联动签约金额", "资产盘活签约金额", "签约额",
        "“三企”联动签约", "资产盘活“三企”联动签约金额"]
fact("联动签约金额2464亿元", "2464亿元", value=2464e8, unit="CNY", kind="amount",
     metric="“三企”联动签约金额", metric_alts=SIGN, **FLOW,
     note="contracts signed in 2024 under the asset-revitalisation work; 亿元 ×1e8; the "
          "label has its own negative; " + FLOW_NOTE)
g.neg("“千企万户大走访”", "千企万户", LABEL_NOTE + " (campaign name “千企万户大走访” 'visits to "
      "a thousand firms and ten thousand households'), not a count")
g.neg("出台“一园一策”", "一园一策", LABEL_NOTE + " (“一园一策” 'one plan per park')")
g.neg("“一企一策”综合物流", "一企一策", LABEL_NOTE + " (“一企一策” 'one plan per firm')")
POLICY = ["妨碍统一市场和公平竞争政策文件", "清理政策文件", "政策文件",
          "清理妨碍统一市场和公平竞争的政策文件", "妨碍统一市场和公平竞争的政策文件",
          "清理妨碍统一市场和公平竞争政策文件数量", "清理的政策文件"]
fact("公平竞争政策文件309件", "309件", value=309, unit="count", kind="count", classifier="件",
     metric="清理妨碍统一市场和公平竞争政策文件", metric_alts=POLICY, **FLOW,
     note="policy documents cleared away (清理) in 2024: a count of the documents, positive; "
          + FLOW_NOTE)
fact("推进45个重点领域", "45个", value=45, unit="count", kind="count", classifier="个",
     metric="信用分级分类监管重点领域",
     metric_alts=["重点领域", "推进信用分级分类监管的重点领域", "信用分级分类监管领域",
                  "重点领域信用分级分类监管", "信用分级分类监管重点领域数量"], **LEVEL,
     note="the key fields in which graded credit supervision was advanced in 2024 (a level of "
          "the year, year-end as alt); the line states no period: section frame 2024")
g.neg("“双兑现”履约", "双兑现", LABEL_NOTE + " (“双兑现” 'both sides honour their "
      "commitments'), not a quantity")
g.neg("119项“三个一批”", "三个一批", LABEL_NOTE + " (“三个一批” reform projects, a programme "
      "label), not a count")
fact("119项“三个一批”", "119项", value=119, unit="count", kind="count", classifier="项",
     metric="“三个一批”重大改革项目",
     metric_alts=["三个一批重大改革项目", "重大改革项目", "“三个一批”改革项目",
                  "“三个一批”重大改革项目数量", "改革项目"], **FLOW,
     note="projects carried out in stages (梯次实施) in 2024; the label inside the metric has "
          "its own negative; " + FLOW_NOTE)
TASK = ["改革试点任务", "中央部署改革试点任务", "累计完成改革试点任务", "中央部署我市改革试点任务数量",
        "中央部署重庆改革试点任务", "完成改革试点任务", "国家改革试点任务"]
fact("累计完成346项", "346项", value=346, unit="count", kind="count", classifier="项",
     metric="中央部署我市改革试点任务", metric_alts=TASK, **STOCK,
     note="pilot-reform tasks assigned by the central government and completed so far; "
          + STOCK_NOTE)

# ==== line 2 (source 20): （六） opening-up =============================================================
g.neg("（六）抓开放", "（六）", MARKER_NOTE)
SG_NOTE = ("中新互联互通项目 (the China-Singapore connectivity project) is the sentence's "
           "subject and owns the count (as the zone in wr_chongqing_2025_b), the city as alt; ")
sg("政府和商业合作项目32个", "32个", value=32, unit="count", kind="count", classifier="个",
   metric="政府和商业合作项目",
   metric_alts=added("政府和商业合作项目", "新签署政府和商业合作项目", "合作项目",
                     "签署政府和商业合作项目", "签约项目"),
   **FLOW, note="新签署 N: projects signed in 2024 (a flow), 增量 reading in alts; " + SG_NOTE
   + FLOW_NOTE)
sg("落地跨境融资类项目22个", "22个", value=22, unit="count", kind="count", classifier="个",
   metric="跨境融资类项目",
   metric_alts=["落地跨境融资类项目", "跨境融资项目", "跨境融资类项目数量",
                "落地跨境融资项目"],
   **FLOW, note="projects landed (落地) in 2024; " + SG_NOTE + FLOW_NOTE)
FTZ_NOTE = ("重庆自贸试验区 (the pilot free trade zone) is the sentence's subject and owns the "
            "number (as wr_hunan_2025 湖南自贸试验区), the city as alt; ")
ftz("落地26项国家赋权", "26项", value=26, unit="count", kind="count", classifier="项",
    metric="国家赋权先行先试政策",
    metric_alts=["落地国家赋权先行先试政策", "先行先试政策", "国家赋权政策",
                 "国家赋权先行先试政策数量", "赋权政策"],
    **FLOW, note="policies granted by the state that were put into effect in 2024; " + FTZ_NOTE
    + FLOW_NOTE)
ftz("新增注册企业1.7万户", "1.7万户", value=17000, unit="count", kind="count", classifier="户",
    metric="注册企业", metric_alts=added("注册企业", "新注册企业", "新设企业", "企业"),
    **FLOW, note=NEW_NOTE + "; 万户 ×1e4; " + FTZ_NOTE.rstrip("; "))
ftz("外贸占全市比重超过60%", "60%", value=60, unit="%", kind="share", bound="gt",
    metric="自贸试验区外贸占全市比重",
    metric_alts=["外贸占全市比重", "自贸试验区外贸占全市外贸比重", "外贸占比",
                 "自贸试验区外贸占比", "外贸占全市比重（自贸试验区）", "自贸试验区进出口占全市比重"],
    **FLOW,
    note="超过 → gt (outside the span); the zone's foreign trade as a share of the city's in "
         "2024 (a share of a flow) → the year; " + FTZ_NOTE + "the line states no period: "
         "section frame 2024, null as alt")
g.neg("扩大开放万州新田港区", "万", "first character of the place name 万州 (a district of "
      "Chongqing, 万州新田港区 a port area), not a quantity")
EXPORT = ["手机出口", "摩托车出口", "汽车、手机、摩托车出口", "汽车出口额", "汽车出口增速",
          "出口"]
fact("出口实现两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="汽车出口", metric_alts=EXPORT, comparison="yoy", **FLOW,
     note="两位数增长 → growth ≥ 10 % (as wr_chongqing_2025 保持两位数增长); one quantity "
          "mention over three exports (汽车、手机、摩托车) → one fact, the first metric primary and "
          "the others in alts (as 均超过90% in wr_chongqing_2025_c); " + FLOW_NOTE)
g.neg("“新三样”出口", "新三样", LABEL_NOTE + " (“新三样” 'the new three': electric cars, "
      "lithium batteries, solar cells; as nw_cctv_20230509_china_trade_2023m4)")
fact("出口增长23.8%", "23.8%", value=23.8, unit="%", kind="growth", metric="“新三样”出口",
     metric_alts=["新三样出口", "“新三样”产品出口", "新三样产品出口", "“新三样”出口额"],
     comparison="yoy", **FLOW, note="growth without a basis → yoy; " + FLOW_NOTE)
fact("对东盟进出口增长13.8%", "13.8%", value=13.8, unit="%", kind="growth",
     metric="对东盟进出口",
     metric_alts=["对东盟进出口额", "与东盟进出口", "对东盟贸易", "对东盟外贸", "对东盟进出口总额"],
     comparison="yoy", **FLOW, note="growth without a basis → yoy; " + FLOW_NOTE)
fact("一般贸易占比增至40.4%", "40.4%", value=40.4, unit="%", kind="share",
     metric="一般贸易占比",
     metric_alts=["一般贸易占外贸比重", "一般贸易占进出口比重", "一般贸易比重",
                  "一般贸易占进出口总额比重", "一般贸易进出口占比"], **LEVEL,
     note="增至 → the level reached (eq); the share of general trade in the year's foreign "
          "trade (a share of a flow) → the year, null and year-end as alts")
fact("服务贸易增长5%", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="服务贸易", metric_alts=["服务贸易额", "服务贸易进出口", "服务贸易进出口额",
                                    "服务贸易增速"],
     comparison="yoy", **FLOW,
     note="以上 → ge (outside the span); growth without a basis → yoy; " + FLOW_NOTE)
fact("累计建成海外仓44座", "44座", value=44, unit="count", kind="count", classifier="座",
     metric="海外仓", metric_alts=["累计建成海外仓", "建成海外仓", "海外仓数量"], **STOCK,
     note=STOCK_NOTE)
g.neg("外资准入限制“清零”", "清零", "清零 'clear to zero' (remove all restrictions), a goal "
      "word, not a quantity (as wr_chongqing_2025_c)")
FDI_H = ["高技术产业实际利用外资", "高技术产业外资", "高技术产业使用外资", "高技术产业实际使用外资额",
         "高技术产业实际使用外资增速"]
fact("实际使用外资增长6.9%", "6.9%", value=6.9, unit="%", kind="growth",
     metric="高技术产业实际使用外资", metric_alts=FDI_H, comparison="yoy", **FLOW,
     note="growth without a basis → yoy; " + FLOW_NOTE)
FDI_S = ["服务业实际使用外资占比", "服务业外资占比", "服务业实际利用外资占比",
         "服务业实际使用外资比重", "服务业占实际使用外资比重"]
fact("实际使用外资占比达到73.3%", "73.3%", value=73.3, unit="%", kind="share",
     metric="服务业实际使用外资占比", metric_alts=FDI_S[1:] + ["服务业实际使用外资占全市比重"],
     **LEVEL,
     note="达到 → eq; the services' share of the year's FDI (a share of a flow) → the year, "
          "null and year-end as alts")
CITY = ["国际友好城市和友好交流城市", "友好城市", "国际友城", "国际友好城市",
        "友好交流城市"]
fact("友好交流城市10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="国际友好城市和友好交流城市",
     metric_alts=added("国际友好城市和友好交流城市", *CITY[1:]), **FLOW,
     note=NEW_NOTE + "; " + FLOW_NOTE.split("; ")[1])
g.neg("“一带一路”侨商大会", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_chongqing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief: review items （五）抓改革强攻坚促突破 (数字重庆, “三攻坚一盘活” with the state "
    "firms, development zones and asset revitalisation, private economy, fair competition "
    "and credit, key reforms) and （六）抓开放拓空间聚资源 (中新互联互通项目, the free trade zone, "
    "trade structure, services trade, foreign investment, international exchange) in full, "
    "each from its heading. Other excerpts of the report: wr_chongqing_2025 (7-15), _b "
    "(16-18), _c (21-23), _d (68-77), _e (25-34), _f (42-50), _g (35-41); no overlap. Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-19, the delivery date in the header (source line 3: "
    "——2025年1月19日在重庆市第六届人民代表大会第三次会议上); the corpus meta agrees. Place: 重庆市 "
    "(重庆, 全市, 我市 → alts); the city's state firms keep the city as subject (市属国企 as "
    "alt); the 中新互联互通项目 (32个, 22个) and 重庆自贸试验区 (26项, 1.7万户, 60%) are named as "
    "the owners of their figures and are the subject, the city as alt. Periods: neither line "
    "names a period or the review year, so every fact takes the review year 2024 as section "
    "frame (SPEC §4) with the heading's period text 2024年 (outside the excerpt, as "
    "wr_chongqing_2025_c; the shared check_gold.py flags it as not in the article, czfacts "
    "check-gold accepts it), null as alt. Stocks (累计入账应用354个, 累计完成346项, 累计建成海外仓"
    "44座) → instant 2024-12-31 with the year and null as alts; levels and shares reached in "
    "the year (满足率95%, 45个重点领域, 一般贸易占比40.4%, 服务业外资占比73.3%) → the year with "
    "null and year-end as alts. Modality: actual throughout (no 预计 in these lines). "
    "Comparisons: yoy for every growth (可比增长 included). Bounds: 超过 → gt (60%); 以上 → ge "
    "(5%); 两位数 → 10 ge; the rest eq. Judgement calls: 压减法人1191户 → signed −1191, metric "
    "市属国企法人户数增量 (SPEC §2 absolute cut, as 压减 elsewhere in the corpus); 减亏扭亏548户, "
    "7户…退出, 清理…309件 → positive counts of the units concerned; 三批次 → a count of batches "
    "(as 四批次 in wr_chongqing_2025) beside 11组; 汽车、手机、摩托车出口实现两位数增长 → one "
    "growth fact ≥10 %, 汽车出口 primary, the others in alts; the 自贸试验区 and 中新 project as subjects; 1361, 141, "
    "三级, 八大, 六大, 两级, 四至, 一轮 → labels / tiers / terms. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Known false alarms of the shared check_gold.py: period text 2024年 not in the article "
    "(see Periods) and 两位数 read as 2 (value 10 ge, as wr_chongqing_2025 / "
    "nw_cctv_20240318_china_2024m2). Lexicalized, not listed: 统一 (统一规范, 统一市场), 清单 (职责任务清单, 负面清单), 一般 "
    "(一般贸易), 一体 is listed as a negative (市域一体).")

g.write(date=REF, source=f"shared/texts/work_report/wr_chongqing_2025.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
