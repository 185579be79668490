"""Gold annotations for wr_guizhou_2025_g (held-out: corpora/heldout/), 2025年贵州省政府工作报告,
review items （三） and （四）, lines 13-14 of shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/heldout/wr_guizhou_2025_g.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped.  The lines are given by the brief: two long
paragraphs of the review of 2024 — item （三） 扎实巩固拓展脱贫攻坚成果，推进乡村全面振兴
(monitoring of relapse into poverty, farmland, grain, special agriculture, village
construction) and item （四） 全面深化改革开放创新 (state-firm and factor-market reform,
investment promotion and business environment, opening: delegations, sister cities, air
routes, trains, trade; regional strategy; science and technology platforms).  Both lie in
the 2024 review (一年来, source line 5; 过去一年, source line 10; outside the excerpt).  Lines
10-12, 15-17, 22-29, 30-32, 41-46 and 57-65 are annotated in wr_guizhou_2025 / _b / _d / _e /
_f / _c (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_g.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guizhou_2025_g"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 13, 14                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年贵州省政府工作报告"       # line 1 of the source, outside the excerpt
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）扎实巩固拓展脱贫攻坚成果",
                 ends="贵州高质量发展新动能正在加快形成。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the set measured ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# Both lines belong to the review of 2024 (一年来 / 过去一年, source lines 5 and 10, outside the
# excerpt) and state no period of their own (the only period-like words are labels: “十四五”
# 目标任务).  So every fact takes the review year 2024 as the section frame (SPEC §4), period
# text 2024年 (the review year as the report names it, source line 5; as wr_guizhou_2025_b),
# the null reading in period_alts.  Stocks (累计 totals, 增至 N of a register, coverage and
# treatment rates of villages, a policy in force, the share of idle assets revitalised) → the
# instant 2024-12-31 with the year and null as alts.  Growth of a stock (贷款余额) and levels
# reached during the year (an index, services launched) → the year with the year end as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"

# ==== line 1 (source 13): （三） poverty relapse, farmland, grain, agriculture, villages ==========
g.neg("（三）扎实巩固", "（三）", MARKER_NOTE)
fact("累计识别监测对象81.4万人", "81.4万人", value=814000, unit="count", kind="count",
     classifier="人", metric="监测对象",
     metric_alts=["识别监测对象", "累计识别监测对象", "防止返贫监测对象", "监测对象人数",
                  "累计识别监测对象人数", "识别的监测对象"], **STOCK,
     note="累计识别 → the people identified for relapse-into-poverty monitoring since the "
          "mechanism began (a cumulative total): " + STOCK_NOTE + "; 万人 → ×1e4")
g.neg("巩固提升“3+1”", "3+1", LABEL_NOTE + " (“3+1”保障: 义务教育、基本医疗、住房安全 + 饮水"
      "安全), not counts or a sum")
g.neg("以“四项行动”为抓手", "四项行动", LABEL_NOTE + " (“四项行动” of the Guangdong-Guizhou "
      "cooperation), not a count claim")
fact("新增耕地77万亩", "77万亩", value=770000, unit="mu", kind="amount",
     metric="新增耕地",
     metric_alts=["耕地", "新增耕地面积", "耕地增量", "耕地面积增量", "补充耕地"], **FLOW,
     note="farmland added in 2024 (新增, under 耕地占补平衡) → the indicator phrase kept whole, "
          "增量 reading as alts; 亩 stays mu (SPEC §3), 万亩 ×1e4")
fact("建成高标准农田152.8万亩", "152.8万亩", value=1528000, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建成高标准农田", "高标准农田面积", "建成高标准农田面积", "高标准农田建设"],
     **FLOW, note="built in 2024 (建成); 万亩 ×1e4, unit mu")
fact("粮食播种面积4157万亩", "4157万亩", value=41570000, unit="mu", kind="amount",
     metric="粮食播种面积", metric_alts=["粮食作物播种面积", "播种面积"], **FLOW,
     note="the sown area of the 2024 crop; 万亩 ×1e4, unit mu")
fact("产量1146.1万吨", "1146.1万吨", value=11461000, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "产量", "粮食"], **FLOW,
     note="elided head 粮食 restored (README §3); 万吨 ×1e4 t")
g.neg("粮食单产增长", "单产", "lexicalized 单产 'yield per unit area' (part of the metric of "
      "2.5%), not a quantity (as wr_anhui_2025_d)")
fact("粮食单产增长2.5%", "2.5%", value=2.5, unit="%", kind="growth",
     metric="粮食单产", metric_alts=["粮食单位面积产量", "单产", "粮食亩产"], comparison="yoy",
     **FLOW)
g.neg("国家下达的“十四五”", "十四五", "plan label 十四五 (SPEC §1), inside 十四五目标任务")
g.neg("坚持“抓两头、带中间”", "两头", LABEL_NOTE + " (slogan “抓两头、带中间” 'grasp both ends, "
      "lead the middle'), not a count")
fact("建设应急保供生产基地80万亩", "80万亩", value=800000, unit="mu", kind="amount",
     bound="ge", metric="应急保供生产基地",
     metric_alts=["应急保供生产基地面积", "建设应急保供生产基地", "应急保供生产基地建设",
                  "建设应急保供生产基地面积", "保供生产基地"], **FLOW,
     note="以上 → ge (outside the span); bases for the emergency supply of vegetables and "
          "fruit built in 2024, measured by area (万亩 → mu)")
fact("安排衔接资金37.9亿元", "37.9亿元", value=37.9e8, unit="CNY", kind="amount",
     metric="衔接资金",
     metric_alts=["安排衔接资金", "产业奖补资金", "衔接资金实施产业奖补", "衔接推进乡村振兴补助资金",
                  "产业奖补衔接资金", "衔接资金安排"], **FLOW,
     note="funds for linking poverty alleviation with rural revitalisation allotted in 2024 "
          "to household industry subsidies; 亿元 ×1e8")
fact("带动413万人增收", "413万人", value=4130000, unit="count", kind="count", classifier="人",
     metric="带动增收人数",
     metric_alts=["增收人数", "带动增收", "带动增收群众", "增收群众", "带动增收人口",
                  "产业奖补带动增收人数"], **FLOW,
     note="people whose income rose through the subsidies in 2024; 万人 → ×1e4 (classifier 人)")
g.neg("细化“六条路径”", "六条路径", LABEL_NOTE + " (“六条路径” for idle rural assets, a set "
      "label), not a count claim")
fact("资产项目数量占比98.5%", "98.5%", value=98.5, unit="%", kind="share",
     metric="盘活处置农村闲置低效资产项目数量占比",
     metric_alts=["盘活处置农村闲置低效资产项目占比", "农村闲置低效资产盘活处置率",
                  "盘活处置农村闲置低效资产项目比例", "闲置低效资产项目盘活处置占比",
                  "盘活处置项目数量占比", "农村闲置低效资产项目盘活处置比例"], **STOCK,
     note="judgement call: the share of the identified idle rural asset projects revitalised "
          "or disposed of (a completion share of a stock, as the share of parks retrofitted in "
          "wr_anhui_2025_c) → " + STOCK_NOTE)
fact("优势产业产值增长4.2%", "4.2%", value=4.2, unit="%", kind="growth",
     metric="农业特色优势产业产值",
     metric_alts=["特色优势产业产值", "农业特色优势产业", "农业特色优势产业总产值"],
     comparison="yoy", **FLOW)
fact("农产品加工转化率达66%", "66%", value=66, unit="%", kind="share",
     metric="农产品加工转化率", metric_alts=["农产品加工率", "农产品转化率"], **FLOW,
     note="达 → eq; the share of the year's farm output processed → the year (as "
          "磷石膏综合利用率 in wr_guizhou_2025_b)")
g.neg("出台“四在农家", "四在农家", LABEL_NOTE + " (“四在农家·和美乡村”, Guizhou's rural "
      "programme, as wr_guizhou_2025_f)")
g.neg("开展“两改两治理”", "两改两治理", LABEL_NOTE + " (“两改两治理”: 改厕、改圈 and two "
      "clean-ups), not counts")
fact("新（改）建农村户厕22.7万户", "22.7万户", value=227000, unit="count", kind="count",
     classifier="户", metric="新（改）建农村户厕",
     metric_alts=["农村户厕", "新(改)建农村户厕", "新改建农村户厕", "新建改建农村户厕",
                  "农村户厕改造", "改厕", "新（改）建农村户厕数量"], **FLOW,
     note="households whose toilet was built or rebuilt in 2024 (户 as classifier); 万户 ×1e4")
fact("改圈3.2万户", "3.2万户", value=32000, unit="count", kind="count", classifier="户",
     metric="改圈",
     metric_alts=["农村改圈", "改圈户数", "畜禽圈舍改造", "改圈数量", "农村畜禽圈舍改造"],
     **FLOW, note="households whose livestock pens were rebuilt in 2024 (户 as classifier)")
fact("治理（管控）率55.7%", "55.7%", value=55.7, unit="%", kind="share",
     metric="农村生活污水治理（管控）率",
     metric_alts=["农村生活污水治理(管控)率", "农村生活污水治理管控率", "农村生活污水治理率",
                  "生活污水治理率", "农村生活污水治理（管控）比例"], **STOCK,
     note="the share of villages whose sewage is treated or controlled (a coverage of a stock, "
          "as the coverage rates of wr_anhui_2025_c) → " + STOCK_NOTE)
g.neg("30户以上自然村寨", "30户", THRESH_NOTE.format("30户以上自然村寨, villages of 30 "
      "households or more"))
fact("覆盖率提高至80%", "80%", value=80, unit="%", kind="share",
     metric="30户以上自然村寨生活垃圾收运设施覆盖率",
     metric_alts=["自然村寨生活垃圾收运设施覆盖率", "生活垃圾收运设施覆盖率",
                  "30户以上自然村寨生活垃圾收运设施覆盖比例", "农村生活垃圾收运设施覆盖率",
                  "垃圾收运设施覆盖率"], **STOCK,
     note="提高至 → the level reached (eq); a coverage rate (share of a stock) → " + STOCK_NOTE)

# ==== line 2 (source 14): （四） reform, business environment, opening, science ====================
g.neg("（四）全面深化", "（四）", MARKER_NOTE)
g.neg("全面落实省委十三届五次全会", "十三届五次全会", "plenum label of the provincial Party "
      "committee (SPEC §1 二十届三中全会), not a quantity")
g.neg("颁布全国首部", "首部", FIRST_NOTE)
g.neg("村级基础数据“一张表”", "一张表", LABEL_NOTE + " (reform name “一张表” 'one form')")
g.neg("华为“828 B2B”", "828", NAME_NOTE.format("华为“828 B2B”企业节, a festival named after "
      "28 August"))
g.neg("“828 B2B”企业节", "B2B", NAME_NOTE.format("B2B 'business to business' in the festival's "
      "name"))
fact("汇聚上万家生态伙伴", "上万家", value=1e4, unit="count", kind="count", classifier="家",
     bound="ge", metric="生态伙伴",
     metric_alts=["汇聚生态伙伴", "生态伙伴数量", "汇聚的生态伙伴", "企业", "生态伙伴企业"],
     subject="华为“828 B2B”企业节",
     subject_alts=["华为828 B2B企业节", "华为“828B2B”企业节", "828 B2B企业节", "“828 B2B”企业节",
                   "华为", "数博会", "“数博会”", PLACE] + GZ_ALTS, **FLOW,
     note="上万 = 'ten thousand or more' → 1e4 ge, the lexicalized prefix 上 kept in the span "
          "(README §1 上万个); judgement call: the festival (held within the 数博会) owns the "
          "number, the province as alt; the 2024 edition → the year")
fact("壮大36条政策措施", "36条", value=36, unit="count", kind="count", classifier="条",
     metric="促进民营经济发展壮大政策措施",
     metric_alts=["政策措施", "出台促进民营经济发展壮大政策措施", "促进民营经济发展政策措施",
                  "民营经济政策措施", "促进民营经济发展壮大的政策措施", "政策措施数量"], **FLOW,
     note="the number of measures of the policy issued in 2024 (as 七条措施 in README §2)")
fact("企业贷款余额增长17.4%", "17.4%", value=17.4, unit="%", kind="growth",
     metric="普惠型小微企业贷款余额",
     metric_alts=["普惠小微企业贷款余额", "普惠型小微企业贷款", "小微企业贷款余额",
                  "普惠小微贷款余额"], comparison="yoy", **LEVEL,
     note="growth of a stock over 2024 → the year, the year-end instant as alt (as 智能算力 "
          "增长 in wr_anhui_2025_c)")
fact("推出155项", "155项", value=155, unit="count", kind="count", classifier="项",
     metric="“高效办成一件事”服务",
     metric_alts=["高效办成一件事服务", "推出“高效办成一件事”服务", "“高效办成一件事”服务事项",
                  "高效办成一件事服务事项", "“高效办成一件事”服务数量", "“一件事”服务"], **LEVEL,
     note="services launched in 2024 (推出) → the year, the set in force at year end as alt "
          "(as the 329 items of wr_anhui_2025_c)")
g.neg("“高效办成一件事”服务", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_beijing_2025)")
g.neg("公共资源交易“全省一张网”", "一张网", "slogan “全省一张网” (one network), not a count "
      "(as nw_cctv_20201205_hainan_ftp_2020)")
g.neg("沿着“一带一路”走出去", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
fact("出访26个国家和地区", "26个", value=26, unit="count", kind="count", classifier="个",
     metric="出访国家和地区",
     metric_alts=["国家和地区", "省代表团出访国家和地区", "出访的国家和地区", "出访国家和地区数量",
                  "出访国家"], subject_alts=GZ_ALTS + ["省代表团", "贵州省代表团"], **FLOW,
     note="countries and regions visited by the provincial delegations in 2024 (the province "
          "keeps the subject, 省代表团 as alt)")
fact("新增国际友城6个", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="国际友城",
     metric_alts=new("国际友城", "新增国际友城", "国际友好城市", "友好城市"), **FLOW,
     note=NEW_NOTE)
g.neg("“一局四中心”功能", "一局四中心", LABEL_NOTE + " (“一局四中心” 'one bureau, four "
      "centres', as wr_guizhou_2025_f)")
g.neg("在全国首批开展", "首批", FIRST_NOTE)
fact("国际全货机航线增至4条", "4条", value=4, unit="count", kind="count", classifier="条",
     metric="国际全货机航线",
     metric_alts=["国际全货机航线数量", "全货机航线", "国际货运航线"], **STOCK,
     note="增至 → the level reached (a register of routes): " + STOCK_NOTE)
fact("客运航线13条", "13条", value=13, unit="count", kind="count", classifier="条",
     metric="恢复国际及地区客运航线",
     metric_alts=["国际及地区客运航线", "累计恢复国际及地区客运航线", "恢复的国际及地区客运航线",
                  "国际及地区客运航线数量", "国际客运航线", "客运航线"], **STOCK,
     note="累计恢复 (restored since the pandemic) → a cumulative total: " + STOCK_NOTE +
          " (wr_guizhou_2025_f plans 15条 for 2025)")
fact("240小时过境免签", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签停留期限", "过境免签时长", "免签停留时间", "过境免签停留时限",
                  "停留时间", "过境免签"], **STOCK,
     note="the length of stay of the visa-free transit policy put in force in 2024 (落地实施): "
          "240小时 = 10 day (SPEC §3 小时 = 1/24), a standard in force (as wr_anhui_2025_c) → "
          + STOCK_NOTE)
fact("集装箱发运量增长9.1%", "9.1%", value=9.1, unit="%", kind="growth",
     metric="集装箱发运量",
     metric_alts=["班列集装箱发运量", "集装箱发送量", "集装箱运量", "班列集装箱发运"],
     comparison="yoy", **FLOW,
     note="containers shipped by the trains just listed (黔粤, 西部陆海新通道, 中欧（中亚）, 中老)")
g.neg("太阳能电池“新三样”", "新三样", LABEL_NOTE + " (“新三样” = 电动汽车、锂电池、太阳能电池, "
      "named right before)")
fact("出口总额增长85.8%", "85.8%", value=85.8, unit="%", kind="growth",
     metric="“新三样”出口总额",
     metric_alts=["新三样出口总额", "“新三样”出口额", "新三样出口额", "“新三样”出口",
                  "电动汽车、锂电池、太阳能电池“新三样”出口总额", "新三样出口"],
     comparison="yoy", **FLOW)
fact("货物进出口总额增长13.5%", "13.5%", value=13.5, unit="%", kind="growth",
     metric="货物进出口总额",
     metric_alts=["进出口总额", "货物贸易进出口总额", "外贸进出口总额", "进出口", "货物进出口"],
     comparison="yoy", **FLOW)
g.neg("成渝地区双城经济圈", "双城", NAME_NOTE.format("成渝地区双城经济圈 'twin-city economic "
      "circle', as wr_guizhou_2025_f"))
g.neg("加强同长三角", "长三角", NAME_NOTE.format("长三角, the Yangtze River Delta, as "
      "wr_anhui_2025_c"))
g.neg("省市县三级科技", "三级", "structure label 三级 (the three levels 省市县 are named just "
      "before, as 四级 in wr_gansu_2025_e), not a count claim")
fact("高效利用3个省实验室", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="省实验室",
     metric_alts=new("省实验室", "启动建设省实验室", "启动建设的省实验室", "实验室"), **FLOW,
     note="laboratories whose building started in 2024 (启动建设; the three named before it: "
          "电子元器件, 生物制造, 能源智能开发与高效利用), 增量 alts (README §3)")
fact("批复建设22个全省重点实验室", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="全省重点实验室",
     metric_alts=new("全省重点实验室", "批复建设全省重点实验室", "批复建设的全省重点实验室",
                     "省重点实验室", "重点实验室"), **FLOW,
     note="laboratories approved in 2024 (批复建设), 增量 alts (README §3)")
g.neg("贵州首个“一带一路”", "首个", FIRST_NOTE)
g.neg("首个“一带一路”联合", "一带一路", "initiative name 一带一路 inside the laboratory's "
      "name, not a quantity")
g.neg("指数首次突破50%", "首次", "first-time claim 首次, not a rank or count (as "
      "nw_cctv_20240428_northeast_2024)")
fact("指数首次突破50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="综合科技创新水平指数",
     metric_alts=["综合科技创新水平", "科技创新水平指数", "综合科技创新水平指数得分"], **LEVEL,
     note="突破 → gt (outside the span); judgement call: a composite index written in % → "
          "unit %, kind share (as wr_jiangxi_2025 创新水平指数达64.52%; the reading as an index "
          "is the alternative); the evaluation of the year → the year, the year-end instant "
          "as alt")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (two whole paragraphs). Part of the document: the review of 2024 (一年来 / "
    "过去一年, source lines 5 and 10, outside), items （三） 巩固拓展脱贫攻坚成果、乡村全面振兴 "
    "(monitoring, farmland, grain, special agriculture, village construction) and （四） "
    "深化改革开放创新 (reform, business environment, opening, regional strategy, science "
    "platforms) in full. Lines 10-12, 15-17, 22-29, 30-32, 41-46 and 57-65 are annotated in "
    "wr_guizhou_2025 / _b / _d / _e / _f / _c (no overlap). Title line, source line and "
    "dateline are outside the excerpt (title_in_text=False; the title as the source's first "
    "line). Date: 2025-01-19, the delivery date in the report's dateline (source line 3: "
    "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上); the corpus meta agrees. Place: "
    "贵州省 (贵州, 全省, 我省 → alts); 华为“828 B2B”企业节 owns its 上万家 partners (province as "
    "alt); 省代表团 is an alt of the province for 26个. Periods: neither line states a period; "
    "every fact takes the review year 2024 as the section frame (period text 2024年, as "
    "wr_guizhou_2025_b; 2024-01-01..2024-12-31, null as alt). Stocks (累计识别监测对象, the "
    "share of idle assets revitalised, the sewage-treatment and refuse-collection coverage "
    "rates, 国际全货机航线增至4条, 累计恢复…13条, the 240-hour visa-free stay in force) → instant "
    "2024-12-31 with the year and null as alts; growth of 贷款余额, the 155 services launched "
    "and the innovation index → the year with the year end as alt. Modality: actual "
    "throughout. Bounds: 以上 → ge (80万亩); 上万 → ge; 突破 → gt (50%); 达/提高至/增至 → eq. "
    "Units: 万亩 → mu; 万吨 → t; 万人/万户 → counts (人, 户); 240小时 → 10 day. Judgement calls: "
    "98.5% (盘活处置…项目数量占比) read as a completion share of a stock; 综合科技创新水平指数 "
    "50% → share in % (as wr_jiangxi_2025); 上万家 owned by the festival; 3个省实验室 / 22个"
    "全省重点实验室 → counts of 2024 with 增量 alts; 240小时 → a duration fact (as "
    "wr_anhui_2025_c); 30户 (以上) a threshold of the coverage metric (negative); 三级 (省市县) "
    "and 两头 (抓两头、带中间) → labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 ×2, 进一步 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
