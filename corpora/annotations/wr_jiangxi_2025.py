"""Gold annotations for wr_jiangxi_2025 (2025年江西省政府工作报告), lines 6-11 of
shared/texts/work_report/wr_jiangxi_2025.txt.

The excerpt corpora/wr_jiangxi_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2024年工作回顾, the opening paragraph
(刚刚过去的2024年…, no number facts) and the first four review paragraphs 一是经济运行持续向好
(headline indicators, projects, consumption, trade), 二是产业发展量质齐升 (clusters, firms,
digital economy, zones), 三是科创实力不断增强 (innovation index, laboratories, degrees,
patents, firsts) and 四是改革开放纵深推进 (reform, state assets, credit, opening) in full.
It is the start of the review and its densest run (~110 numerals in 2,349 characters); adding
五是 (line 12) would make 2,798 (over 2,500).  The 2025 targets (line 21) lie ~3,500
characters later; the brief asks for the review here.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_jiangxi_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_jiangxi_2025"
PLACE = "江西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 11                     # 1-based, inclusive, whole lines
TITLE = "2025年江西省政府工作报告"
JX_ALTS = ["江西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2024年工作回顾", ends="前景更加广阔。")
text = g.text
fact = g.with_subject(PLACE, JX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLACE_NOTE = "place name {}, not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# Line 1 of the excerpt is the heading 一、2024年工作回顾: the section frame of the review.
# Line 2 opens with 刚刚过去的2024年 but holds no number fact (a period never crosses a line).
# Lines 3-6 (一是 … 四是) state no period of their own: they take the section frame 2024 with
# the heading's period text 2024年, the null reading in period_alts (SPEC §4; as
# wr_yunnan_2025 / wr_anhui_2025).  Stocks (总数达, 达 N 家 of a register, 重组至, 拥有量,
# 资产总额, 余额) are the instant 2024-12-31 with the literal year and null as alts; levels
# of an evaluation of the year (index, ranks) are the year with the instant as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
TOTAL_NOTE = "总数达 → eq; the total after the additions: " + STOCK_NOTE

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ---- line 2: 刚刚过去的2024年 (no number facts) ------------------------------------------------
g.neg("刚刚过去的2024年", "2024年", PERIOD_NOTE + " (head of line 2, which holds no fact)")
g.neg("党的二十大", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中、三中全会", "二十届二中、三中全会", "plenum labels (SPEC §1, README span)")
g.neg("新中国成立75周年", "75周年", "anniversary 75周年 (of the founding of the PRC), an event "
      "label, not a quantity claim (as wr_yunnan_2025)")

# ---- line 3: 一是经济运行持续向好 ---------------------------------------------------------------
g.neg("一是经济运行", "一是", MARKER_NOTE)
g.neg("国家一揽子增量政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a "
      "quantity")
fact("政策的26条措施", "26条", value=26, unit="count", kind="count", classifier="条",
     metric="全面落实国家一揽子增量政策措施",
     metric_alts=["全面落实国家一揽子增量政策的措施", "落实国家一揽子增量政策措施", "措施",
                  "增量政策措施", "落实增量政策措施", "措施数量"], **FLOW,
     note="count of measures issued in 2024 (README §2 七条措施); section frame 2024年 "
          "(heading), null as alt")
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值", "经济总量"]
fact("地区生产总值增长5.1%", "5.1%", value=5.1, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS + ["经济增长"], comparison="yoy", **FLOW,
     note="no 预计 → actual; section frame 2024年, null as alt")
IND = ["规上工业增加值", "工业增加值", "规上工业"]
fact("工业增加值增长8.5%", "8.5%", value=8.5, unit="%", kind="growth",
     metric="规模以上工业增加值", metric_alts=IND, comparison="yoy", **FLOW)
fact("固定资产投资增长4.8%", "4.8%", value=4.8, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=["全省固定资产投资", "固定资产投资增速"],
     comparison="yoy", **FLOW)
fact("民间投资增长3.6%", "3.6%", value=3.6, unit="%", kind="growth", metric="民间投资",
     metric_alts=["民间投资增速"], comparison="yoy", **FLOW,
     note="其中: the private part of fixed-asset investment")
fact("零售总额增长4.9%", "4.9%", value=4.9, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **FLOW)
g.neg("“两重”建设", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”工作", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")
fact("139个“两重”项目", "139个", value=139, unit="count", kind="count", classifier="个",
     metric="列入国家“盘子”的“两重”项目",
     metric_alts=["“两重”项目", "两重项目", "列入国家盘子的两重项目", "列入国家“盘子”“两重”项目",
                  "“两重”项目数量", "项目"], **FLOW,
     note="projects admitted to the national programme in 2024 (the predicate defines the "
          "counted set → in the metric); 两重 has its own negative")
g.neg("139个“两重”项目", "两重", LABEL_NOTE + " (“两重”)")
fact("更新设备约15万台（套）", "15万台（套）", value=150000, unit="count", kind="count",
     classifier="台（套）", bound="approx", metric="更新设备",
     metric_alts=["设备更新", "更新设备数量", "大规模设备更新", "更新的设备"], **FLOW,
     note="约 → approx (outside the span); the classifier is written 台（套）(as "
          "nw_cctv_20241020_chongqing_2024 7630台（套）)")
fact("补贴280余万件（辆）", "280余万件（辆）", value=2.8e6, unit="count", kind="count",
     classifier="件（辆）", bound="gt", metric="消费品以旧换新补贴",
     metric_alts=["以旧换新补贴", "消费品以旧换新补贴件数", "以旧换新补贴产品", "补贴",
                  "消费品以旧换新"], **FLOW,
     note="余 inside the span → gt; units (件/辆) of goods subsidised by the trade-in scheme "
          "in 2024; classifier as written")
fact("惠及消费者150余万人", "150余万人", value=1.5e6, unit="count", kind="count",
     classifier="人", bound="gt", metric="惠及消费者",
     metric_alts=["消费者", "受惠消费者", "以旧换新惠及消费者", "惠及消费者人数"], **FLOW,
     note="余 inside the span → gt")
g.neg("“十百千万”工程", "十百千万", LABEL_NOTE + " (“十百千万”工程, a project campaign's "
      "name), not a quantity")
fact("项目投资突破1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="省大中型项目投资",
     metric_alts=["大中型项目投资", "省大中型项目完成投资", "省大中型项目年度投资",
                  "大中型项目完成投资"], **FLOW,
     note="突破 → gt (outside the span); 万亿元 = 1e12; investment of the year")
g.neg("南昌西二绕城高速", "西二绕城", "name of the expressway 南昌西二绕城高速 ('western "
      "second ring'), not a quantity")
g.neg("新余电厂二期", "二期", PHASE_NOTE.format("二期"))
g.neg("，九江石化", "九江", PLACE_NOTE.format("九江 (the city of Jiujiang, in the company "
      "name 九江石化)"))
fact("九江石化年产150万吨芳烃", "150万吨", value=1.5e6, unit="t", kind="amount",
     metric="芳烃年产能",
     metric_alts=["芳烃产能", "年产芳烃", "芳烃", "芳烃项目产能", "芳烃项目规模",
                  "九江石化芳烃年产能"],
     subject="九江石化", subject_alts=["九江石化芳烃项目", PLACE] + JX_ALTS,
     modality="target", **FLOW,
     note="capacity written into the project's name (SPEC §1 / README §2): 年产 → the rate "
          "in the metric (X年产能, alt X产能); 万吨 ×1e4 t; the project started construction "
          "(开工建设) in 2024 → designed capacity → target (README §6); the company owns it")
g.neg("洪屏抽水蓄能电站二期", "二期", PHASE_NOTE.format("二期"))
g.neg("瑶湖科学岛一期", "一期", PHASE_NOTE.format("一期"))
fact("商贸经营主体5000多家", "5000多家", value=5000, unit="count", kind="count",
     classifier="家", bound="gt", metric="限额以上商贸经营主体",
     metric_alts=["新增限额以上商贸经营主体", "限额以上商贸经营主体增量",
                  "限额以上商贸经营主体数量增量", "商贸经营主体", "限上商贸经营主体"], **FLOW,
     note="多 inside the span → gt; " + NEW_NOTE + "; the threshold 限额以上 is part of the "
          "metric (SPEC §2)")
fact("培育中华老字号34个", "34个", value=34, unit="count", kind="count", classifier="个",
     metric="中华老字号",
     metric_alts=["培育中华老字号", "中华老字号数量", "新培育中华老字号", "老字号"], **FLOW,
     note="brands certified in 2024")
TRADE_NOTE = "分别: 生产型企业进出口占比 ↔ 11.1, 机电产品出口占比 ↔ 11.2; shared unit 个百分点 " \
             "goes with the last (README §1: 11.1 bare); pp change of a share against 2023"
PX = "生产型企业进出口占外贸比重"
PX_ALTS = ["生产型企业进出口占比", "生产型企业进出口占外贸的比重", "生产型企业进出口占外贸进出口比重",
           "生产型企业进出口占进出口比重"]
fact("占外贸比重78.7%", "78.7%", value=78.7, unit="%", kind="share", metric=PX,
     metric_alts=PX_ALTS, **FLOW, note="share of the year's trade")
MX = "机电产品出口占出口比重"
MX_ALTS = ["机电产品出口占比", "机电产品出口占出口的比重", "机电产品出口占出口总额比重"]
fact("占出口比重62.6%", "62.6%", value=62.6, unit="%", kind="share", metric=MX,
     metric_alts=MX_ALTS, **FLOW)
fact("分别提高11.1、", "11.1", value=11.1, unit="pp", kind="change", metric=PX,
     metric_alts=PX_ALTS, comparison="yoy", **FLOW, note=TRADE_NOTE)
fact("11.1、11.2个百分点", "11.2个百分点", value=11.2, unit="pp", kind="change", metric=MX,
     metric_alts=MX_ALTS, comparison="yoy", **FLOW, note=TRADE_NOTE)
g.neg("一月接着一月", "一月接着一月", "idiom 一月接着一月 ('month after month'), not a "
      "period or quantity")
g.neg("一季更比一季", "一季更比一季", "idiom 一季更比一季好 ('better quarter by quarter'), not "
      "a period or quantity")

# ---- line 4: 二是产业发展量质齐升 ---------------------------------------------------------------
g.neg("二是产业发展", "二是", MARKER_NOTE)
g.neg("“1269”行动计划", "1269", LABEL_NOTE + " (“1269”行动计划, the province's industrial-chain "
      "plan), not a quantity")
g.neg("长三角（含江西）", "长三角", PLACE_NOTE.format("长三角 (the Yangtze River Delta)"))
CL = ["国家先进制造业集群数量", "先进制造业集群", "国家级先进制造业集群"]
fact("大飞机2个国家先进制造业集群", "2个", value=2, unit="count", kind="count",
     classifier="个", metric="国家先进制造业集群",
     metric_alts=["新增国家先进制造业集群", "国家先进制造业集群增量",
                  "国家先进制造业集群数量增量"] + CL, **FLOW,
     note="铜基新材料 and 长三角（含江西）大飞机 clusters; " + NEW_NOTE)
fact("集群、总数达3个", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家先进制造业集群", metric_alts=CL + ["国家先进制造业集群总数"], **STOCK,
     note=TOTAL_NOTE)
SME = ["国家中小企业特色产业集群数量", "中小企业特色产业集群", "国家级中小企业特色产业集群"]
fact("新增3个国家中小企业", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家中小企业特色产业集群",
     metric_alts=["新增国家中小企业特色产业集群", "国家中小企业特色产业集群增量",
                  "国家中小企业特色产业集群数量增量"] + SME, **FLOW, note=NEW_NOTE)
fact("总数达13个", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="国家中小企业特色产业集群", metric_alts=SME + ["国家中小企业特色产业集群总数"],
     **STOCK, note=TOTAL_NOTE)
GIANT = ["专精特新“小巨人”企业", "国家级专精特新小巨人企业", "专精特新小巨人企业", "“小巨人”企业"]
fact("新增35家国家级", "35家", value=35, unit="count", kind="count", classifier="家",
     metric="国家级专精特新“小巨人”企业",
     metric_alts=GIANT + ["新增国家级专精特新“小巨人”企业", "国家级专精特新“小巨人”企业增量",
                          "国家级专精特新小巨人企业增量"], **FLOW, note=NEW_NOTE)
fact("总数达270家", "270家", value=270, unit="count", kind="count", classifier="家",
     metric="国家级专精特新“小巨人”企业",
     metric_alts=GIANT + ["国家级专精特新“小巨人”企业总数", "国家级专精特新“小巨人”企业数量"],
     **STOCK, note=TOTAL_NOTE)
fact("，1家企业获评", "1家", value=1, unit="count", kind="count", classifier="家",
     metric="全国质量强国建设领军企业",
     metric_alts=["获评首批全国质量强国建设领军企业的企业", "首批全国质量强国建设领军企业",
                  "质量强国建设领军企业", "获评全国质量强国建设领军企业", "企业"], **FLOW,
     note="the firm named in 2024 (the list it entered defines the counted set → metric)")
g.neg("获评首批全国质量", "首批", FIRST_NOTE + " (首批 'first batch' of the list)")
fact("专精特新中小企业达4162家", "4162家", value=4162, unit="count", kind="count",
     classifier="家", metric="专精特新中小企业",
     metric_alts=["专精特新中小企业数量", "专精特新中小企业总数", "专精特新企业"], **STOCK,
     note="达 → eq; the register's size: " + STOCK_NOTE)
MFG_NOTE = "分别: 高技术制造业 ↔ 12.5%, 装备制造业 ↔ 13.1%; 增加值 shared"
fact("分别增长12.5%", "12.5%", value=12.5, unit="%", kind="growth",
     metric="高技术制造业增加值", metric_alts=["高技术制造业"], comparison="yoy", **FLOW,
     note=MFG_NOTE + "; the elided head restored (README §3)")
fact("12.5%、13.1%", "13.1%", value=13.1, unit="%", kind="growth",
     metric="装备制造业增加值", metric_alts=["装备制造业"], comparison="yoy", **FLOW,
     note=MFG_NOTE)
SH_NOTE = ("分别: 高技术制造业 ↔ 21.7%, 装备制造业 ↔ 33.6%; 提高到 = the share reached; "
           "share of the year's value added → the year")
fact("分别提高到21.7%", "21.7%", value=21.7, unit="%", kind="share",
     metric="高技术制造业增加值占规模以上工业比重",
     metric_alts=["高技术制造业增加值占比", "高技术制造业占规模以上工业比重",
                  "高技术制造业增加值占规上工业比重", "高技术制造业增加值占规模以上工业的比重",
                  "高技术制造业占比"], **FLOW, note=SH_NOTE)
fact("21.7%、33.6%", "33.6%", value=33.6, unit="%", kind="share",
     metric="装备制造业增加值占规模以上工业比重",
     metric_alts=["装备制造业增加值占比", "装备制造业占规模以上工业比重",
                  "装备制造业增加值占规上工业比重", "装备制造业增加值占规模以上工业的比重",
                  "装备制造业占比"], **FLOW, note=SH_NOTE)
g.neg("在六大领域", "六大", "set label N大 (六大领域, the six fields of future industries "
      "listed in the report's annex), not a count fact (as 八大 in README §2)")
fact("数字化转型11条措施", "11条", value=11, unit="count", kind="count", classifier="条",
     metric="支持制造业数字化转型措施",
     metric_alts=["支持制造业数字化转型的措施", "制造业数字化转型措施", "措施",
                  "支持制造业数字化转型措施数量"], **FLOW,
     note="count of measures issued in 2024 (README §2)")
fact("数字化服务商800多家", "800多家", value=800, unit="count", kind="count",
     classifier="家", bound="gt", metric="数字化服务商",
     metric_alts=["引进培育数字化服务商", "数字化服务商数量", "引进培育的数字化服务商"],
     **FLOW, note="多 inside the span → gt")
fact("1.02万家企业启动", "1.02万家", value=10200, unit="count", kind="count",
     classifier="家", metric="启动数字化改造的企业",
     metric_alts=["企业", "启动数字化改造企业", "数字化改造企业", "开展数字化改造的企业"],
     **FLOW, note="the predicate defines the counted set → in the metric")
FG = ["国家级5G工厂数量", "5G工厂", "国家级5G工厂总数"]
fact("新增22家国家级5G工厂", "22家", value=22, unit="count", kind="count", classifier="家",
     metric="国家级5G工厂",
     metric_alts=["新增国家级5G工厂", "国家级5G工厂增量", "国家级5G工厂数量增量"] + FG[:2],
     **FLOW, note=NEW_NOTE)
g.neg("国家级5G工厂", "5G", "technology name 5G (fifth generation), not a quantity")
fact("总数达36家", "36家", value=36, unit="count", kind="count", classifier="家",
     metric="国家级5G工厂", metric_alts=FG, **STOCK, note=TOTAL_NOTE)
fact("数字经济规模突破1.3万亿元", "1.3万亿元", value=1.3e12, unit="CNY", kind="amount",
     bound="gt", metric="数字经济规模",
     metric_alts=["数字经济", "数字经济总量", "数字经济增加值", "数字经济规模总量"],
     modality="forecast", **FLOW,
     note="预计 → forecast (the 2024 figure was not final at delivery); 突破 → gt; 万亿元 = "
          "1e12; the size of the year's digital economy")
g.neg("“一图四清单”", "一图四清单", LABEL_NOTE + " (“一图四清单”: a scenario map and four "
      "lists, explained in the report's annex)")
fact("亩均工业增加值增长9.94%", "9.94%", value=9.94, unit="%", kind="growth",
     metric="开发区亩均工业增加值",
     metric_alts=["亩均工业增加值", "开发区亩均工业增加值增速", "开发区每亩工业增加值"],
     subject_alts=JX_ALTS + ["开发区"], comparison="yoy", **FLOW,
     note="the province's development zones as a set (sector-like, README §4): the "
          "province keeps the subject, 开发区 as alt")
DZ = ["国家级开发区数量", "国家级开发区总数"]
fact("新增国家级开发区1家", "1家", value=1, unit="count", kind="count", classifier="家",
     metric="国家级开发区",
     metric_alts=["新增国家级开发区", "国家级开发区增量", "国家级开发区数量增量"] + DZ[:1],
     **FLOW, note=NEW_NOTE)
fact("1家、总数达20家", "20家", value=20, unit="count", kind="count", classifier="家",
     metric="国家级开发区", metric_alts=DZ, **STOCK, note=TOTAL_NOTE)

# ---- line 5: 三是科创实力不断增强 ---------------------------------------------------------------
g.neg("三是科创实力", "三是", MARKER_NOTE)
g.neg("科技兴赣六大行动", "六大", "set label N大 (科技兴赣六大行动, the six campaigns), not a "
      "count fact")
fact("创新水平指数达64.52%", "64.52%", value=64.52, unit="%", kind="share",
     metric="综合科技创新水平指数",
     metric_alts=["综合科技创新水平", "科技创新水平指数", "综合科技创新水平指数得分"], **LEVEL,
     note="judgement call: a composite index written in % (达 → eq) → unit %, kind share "
          "(the reading as an index with unit index is the alternative); the evaluation of "
          "the year → the year, the year-end instant as alt")
fact("提升幅度全国第2", "第2", value=2, unit="rank", kind="rank", scope="全国",
     metric="综合科技创新水平指数提升幅度",
     metric_alts=["提升幅度", "综合科技创新水平指数提升幅度排名", "综合科技创新水平指数",
                  "综合科技创新水平提升幅度"], **LEVEL,
     note="rank of the index's rise among the provinces (scope 全国)")
fact("全国重点实验室达6家", "6家", value=6, unit="count", kind="count", classifier="家",
     metric="全国重点实验室",
     metric_alts=["全国重点实验室数量", "全国重点实验室总数", "国家重点实验室"], **STOCK,
     note="达 → eq; " + STOCK_NOTE)
fact("优化重组至172家", "172家", value=172, unit="count", kind="count", classifier="家",
     metric="省重点实验室",
     metric_alts=["省重点实验室数量", "省重点实验室总数", "省级重点实验室"], **STOCK,
     note="重组至 = the number after the reorganisation: " + STOCK_NOTE)
fact("授予单位均新增2家", "2家", value=2, unit="count", kind="count", classifier="家",
     metric="博士硕士学位授予单位",
     metric_alts=["博士学位授予单位", "硕士学位授予单位", "学位授予单位",
                  "新增博士硕士学位授予单位", "博士硕士学位授予单位增量",
                  "博士学位授予单位增量", "硕士学位授予单位增量"], **FLOW,
     note="one quantity mention over two indicators (均新增2家: two doctoral and two "
          "master's awarding units) → one fact, each indicator as metric alt (as "
          "wr_anhui_2025 均居全国第2位); " + NEW_NOTE)
AUTH_NOTE = "分别: 博士学位授权点 ↔ 26个, 硕士学位授权点 ↔ 52个 (each with its unit); " + NEW_NOTE
fact("分别新增26个", "26个", value=26, unit="count", kind="count", classifier="个",
     metric="博士学位授权点",
     metric_alts=["博士授权点", "新增博士学位授权点", "博士学位授权点增量", "博士点",
                  "博士学位授权点数量增量"], **FLOW, note=AUTH_NOTE)
fact("26个和52个", "52个", value=52, unit="count", kind="count", classifier="个",
     metric="硕士学位授权点",
     metric_alts=["硕士授权点", "新增硕士学位授权点", "硕士学位授权点增量", "硕士点",
                  "硕士学位授权点数量增量"], **FLOW, note=AUTH_NOTE)
fact("技工院校32所", "32所", value=32, unit="count", kind="count", classifier="所",
     metric="优化整合省属职业学校、技工院校",
     metric_alts=["省属职业学校、技工院校", "优化整合的省属职业学校、技工院校",
                  "职业学校、技工院校", "优化整合职业学校、技工院校", "职业学校和技工院校"],
     **FLOW, note="schools merged in 2024 (the predicate defines the counted set)")
g.neg("“2030先锋工程”", "2030", LABEL_NOTE + " (programme name “2030先锋工程”, whose horizon "
      "year is part of the name; the project was only launched)")
g.neg("每万人有效", "万人", "per-10,000-people basis inside the metric name 每万人有效发明专利"
      "拥有量, not a count (as wr_anhui_2025)")
fact("拥有量突破10件", "10件", value=10, unit="count", kind="count", classifier="件",
     bound="gt", metric="每万人有效发明专利拥有量",
     metric_alts=["万人有效发明专利拥有量", "每万人口有效发明专利拥有量", "有效发明专利拥有量",
                  "每万人发明专利拥有量"], **STOCK,
     note="突破 → gt; patents per 10,000 people (a ratio of a stock, classifier 件): "
          + STOCK_NOTE)
fact("，5项成果", "5项", value=5, unit="count", kind="count", classifier="项",
     metric="获国家科学技术奖成果",
     metric_alts=["成果", "国家科学技术奖", "获国家科学技术奖的成果", "国家科学技术奖获奖成果",
                  "获奖成果"], **FLOW, note="awards given in 2024")
fact("成交额增长62.15%", "62.15%", value=62.15, unit="%", kind="growth",
     metric="技术合同成交额", metric_alts=["技术合同成交金额", "技术交易额"],
     comparison="yoy", **FLOW)
fact("数量突破7000家", "7000家", value=7000, unit="count", kind="count", classifier="家",
     bound="gt", metric="有效期内高新技术企业数量",
     metric_alts=["高新技术企业数量", "高新技术企业", "有效期内高新技术企业",
                  "高新技术企业总数"], modality="forecast", **STOCK,
     note="预计 → forecast; 突破 → gt; firms whose certificate is valid (a register): "
          + STOCK_NOTE)
g.neg("我省首个古代", "首个", FIRST_NOTE)
g.neg("二冬汤颗粒", "二冬汤", "name of a traditional prescription (二冬汤, 'two-dong "
      "decoction'), not a quantity")
g.neg("国内首艘", "首艘", FIRST_NOTE)
fact("精度0.5微米", "0.5微米", value=5e-7, unit="m", kind="amount", bound="le",
     metric="全程重复定位精度",
     metric_alts=["重复定位精度", "定位精度", "数控机床全程重复定位精度",
                  "超高精度数控机床重复定位精度"],
     subject="超高精度数控机床",
     subject_alts=["数控机床", "全程重复定位精度0.5微米以下的超高精度数控机床", PLACE]
     + JX_ALTS, **FLOW,
     note="technical magnitude (README §2): 微米 = 1e-6 m; 以下 → le (outside the span); the "
          "machine tool developed in 2024 owns its precision (judgement call: the province "
          "as alt)")
g.neg("全球首个稻属", "首个", FIRST_NOTE)
g.neg("全球首台", "首台", FIRST_NOTE)

# ---- line 6: 四是改革开放纵深推进 ---------------------------------------------------------------
g.neg("四是改革开放", "四是", MARKER_NOTE)
g.neg("全面深化改革十大攻坚行动", "十大", "set label N大 (十大攻坚行动, the ten reform "
      "campaigns), not a count fact")
g.neg("形成了一批", "一批", "quantifier 一批 (README §2)")
g.neg("建成一批", "一批", "quantifier 一批 (README §2)")
g.neg("首批18项", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("首批18项", "18项", value=18, unit="count", kind="count", classifier="项",
     metric="数字化标准体系和工作规范",
     metric_alts=["首批数字化标准体系和工作规范", "数字化标准体系和工作规范数量",
                  "数字化标准和工作规范", "发布数字化标准体系和工作规范", "数字化标准"], **FLOW,
     note="standards and rules published in 2024")
fact("不见面开标率99%", "99%", value=99, unit="%", kind="share",
     metric="招投标不见面开标率",
     metric_alts=["不见面开标率", "招投标不见面开标比例", "不见面开标比例"], **FLOW,
     note="a rate of the year's tenders → share")
fact("“无事不扰”率99.16%", "99.16%", value=99.16, unit="%", kind="share",
     metric="低风险经营主体“无事不扰”率",
     metric_alts=["低风险经营主体无事不扰率", "“无事不扰”率", "无事不扰率"], **FLOW,
     note="a rate of the year → share")
fact("资产总额达12.3万亿元", "12.3万亿元", value=12.3e12, unit="CNY", kind="amount",
     metric="国有企业资产总额",
     metric_alts=["全省国有企业资产总额", "国有企业资产", "国企资产总额", "资产总额"], **STOCK,
     note="达 → eq; 万亿元 = 1e12; total assets (a stock): " + STOCK_NOTE)
fact("转移支付增长26.3%", "26.3%", value=26.3, unit="%", kind="growth",
     metric="省级财政对市县财力性转移支付",
     metric_alts=["财力性转移支付", "对市县财力性转移支付", "省对市县财力性转移支付",
                  "转移支付"], comparison="yoy", **FLOW)
g.neg("基层“三保”", "三保", LABEL_NOTE + " (基层“三保”: 保基本民生、保工资、保运转)")
g.neg("全国首笔", "首笔", FIRST_NOTE)
g.neg("ESG可持续发展双挂钩", "双挂钩", "label 双挂钩 ('double-linked' loan), not a quantity")
g.neg("首单采用", "首单", FIRST_NOTE)
DL = ["存贷款余额", "本外币存款余额", "本外币贷款余额", "存款余额", "贷款余额",
      "金融机构本外币存款余额和贷款余额", "金融机构存贷款余额", "本外币存贷款余额"]
fact("均突破6万亿元", "6万亿元", value=6e12, unit="CNY", kind="amount", bound="gt",
     metric="金融机构本外币存贷款余额", metric_alts=DL, **STOCK,
     note="突破 → gt; one quantity over two balances (均: deposits and loans each passed "
          "6e12 yuan) → one fact, each balance as metric alt (as wr_ningxia_2025 双超万亿元); "
          "余额 → " + STOCK_NOTE)
fact("申报企业11家", "11家", value=11, unit="count", kind="count", classifier="家",
     metric="上市和申报企业",
     metric_alts=["新增上市和申报企业", "上市和申报企业增量", "上市企业和申报企业",
                  "上市和申报上市企业", "新增上市企业"], **FLOW, note=NEW_NOTE)
g.neg("在全国首创", "首创", "first-of-kind claim 首创 ('pioneered'), not a rank or count")
fact("保持中部地区第1", "第1", value=1, unit="rank", kind="rank", scope="中部地区",
     metric="出口通关效率",
     metric_alts=["出口通关效率排名", "通关效率", "出口通关时间"], **LEVEL,
     note="保持 → the position held in 2024 among the central provinces (scope 中部地区); "
          "the year-end instant as alt")
fact("纳入240小时", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签人员停留时间", "过境免签停留时限", "过境免签停留期限",
                  "免签停留时间", "停留时间", "过境免签"],
     subject_alts=JX_ALTS + ["南昌、景德镇", "南昌", "景德镇"], **STOCK,
     note="judgement call: the length of stay of the visa-free transit scheme the two "
          "cities joined (240小时 = 10 day, SPEC §3 小时 = 1/24), a standard in force at year "
          "end (as wr_yunnan_2025 延长至240小时) → " + STOCK_NOTE + "; reading it as part of "
          "the scheme's name (negative) is the alternative")
fact("；7家企业上榜", "7家", value=7, unit="count", kind="count", classifier="家",
     metric="上榜全球国际承包商250强企业",
     metric_alts=["全球国际承包商250强企业", "上榜企业", "企业", "国际承包商250强企业",
                  "上榜全球国际承包商250强的企业"], **LEVEL,
     note="the firms on the 2024 list (the list defines the counted set → metric; 250强 has "
          "its own negative); the year-end reading as alt")
g.neg("承包商250强", "250强", "list label 250强 (ENR's top-250 international contractors) "
      "defining the counted set, part of the metric (as 世界500强 in other golds)")
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("12条重点产业链项目", "12条", "judgement call: 12条重点产业链 names the province's set "
      "of key industrial chains (of the “1269” plan) whose projects own the share; part of "
      "the share's metric, not a count claim (as wr_yunnan_2025 10种有色金属); a count of 12 "
      "chains is the alternative")
fact("比重超75%", "75%", value=75, unit="%", kind="share", bound="gt",
     metric="12条重点产业链项目进资占招商引资实际到位资金比重",
     metric_alts=["重点产业链项目进资占招商引资实际到位资金比重", "重点产业链项目进资占比",
                  "12条重点产业链项目进资占比", "产业链项目进资占招商引资实际到位资金比重",
                  "重点产业链项目进资占招商引资实际到位资金的比重"], **FLOW,
     note="超 → gt (outside the span); share of the year's investment attracted")

NOTES = (
    "Excerpt: lines 6-11 of shared/texts/work_report/wr_jiangxi_2025.txt (2,349 characters "
    "with the final newline), sliced by code: the heading 一、2024年工作回顾, the opening "
    "paragraph 刚刚过去的2024年… (labels only) and the review paragraphs 一是经济运行持续向好, "
    "二是产业发展量质齐升, 三是科创实力不断增强 and 四是改革开放纵深推进 in full: the start of the "
    "review and its densest run of numbers; adding 五是 (line 12) would make 2,798 characters. "
    "The 2025 主要预期目标 (source line 21) lie ~3,500 characters after the excerpt's end; the "
    "brief asks for the review. Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-17, the delivery "
    "date in the report's header (source line 3: 2025年1月17日在江西省第十四届人民代表大会第三次"
    "会议上省长叶建春作政府工作报告); the corpus meta agrees. Place: 江西省 (江西, 全省, 我省 → "
    "alts); owners of their own numbers: 九江石化 (150万吨 芳烃 capacity), the 超高精度数控机床 "
    "(0.5微米); 开发区 and 南昌、景德镇 keep the province (as alts). Periods: the heading 2024年 "
    "is the section frame; line 2 (刚刚过去的2024年) holds no fact and a period never crosses a "
    "line, so lines 3-6 take the frame (period text 2024年, 2024-01-01..2024-12-31, null as "
    "alt). Stocks (总数达, 达 N 家 of a register, 重组至, 每万人有效发明专利拥有量, 国有企业资产"
    "总额, 存贷款余额, 有效期内高新技术企业, the 240-hour rule in force) → instant 2024-12-31 "
    "with the year and null as alts; levels of the year's evaluations (index 64.52%, ranks, the "
    "250强 list) → the year with the instant as alt. Modality: actual, except 预计 (数字经济规模 "
    "1.3万亿元, 高新技术企业 7000家) → forecast, and the 150万吨 芳烃 project (开工建设) → target. "
    "Units: 万亿元 1e12; 0.5微米 → 5e-7 m (le); 240小时 → 10 day; 台（套） and 件（辆） kept as "
    "classifiers. Judgement calls: 综合科技创新水平指数达64.52% → share in % (not index); 均新增"
    "2家 → one fact over doctoral and master's awarding units; 均突破6万亿元 → one fact over "
    "both balances; 240小时 → a fact (stay length), not a label; 12条重点产业链 → part of the "
    "share's metric (negative); 11.1、11.2个百分点 → pp changes of the two shares (yoy). "
    "Negatives: 一、, 2024年 ×2, 二十大, 二十届二中、三中全会, 75周年, 一是…四是, 一揽子, 两重 ×2, "
    "两新, 十百千万, 西二绕城, 二期 ×2, 一期, 九江, 一月接着一月, 一季更比一季, 1269, 长三角, "
    "首批 ×2, 六大 ×2, 5G, 一图四清单, 2030 (先锋工程), 万人 (per-10,000 basis), 首个 ×2, 二冬汤, "
    "首艘, 首台, 十大, 一批 ×2, 三保, 首笔, 双挂钩, 首单, 首创, 250强, 一带一路, 12条. Lexicalized, "
    "not listed: 零售, 单位 (授予单位), 清单 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：江西省人民政府)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
