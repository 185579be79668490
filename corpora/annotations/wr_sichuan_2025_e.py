"""Gold annotations for wr_sichuan_2025_e (2025年四川省政府工作报告, the 2024 review), lines
21-24 of shared/texts/work_report/wr_sichuan_2025.txt.

The excerpt corpora/wr_sichuan_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review sections （四）聚力打造改革开放新高地 (reform,
finance, land; with 加快构筑向西向南开放战略高地…, opening up), （五）扎实做好保障改善民生工作
(employment, welfare, education, health, culture) and （六）守牢安全发展底线 (its heading
paragraph: work safety, disasters, debt, housing delivery), 2,166 characters, the line range
as briefed (it continues wr_sichuan_2025_c, lines 16-20; no overlap).  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_sichuan_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_sichuan_2025_e"
PLACE = "四川省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_sichuan_2025.txt"
FIRST, LAST = 21, 24                    # 1-based, inclusive, whole lines
TITLE = "2025年四川省政府工作报告"
SC_ALTS = ["四川", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（四）聚力打造改革开放新高地。",
                 ends="守住不发生系统性金融风险的底线。")
text = g.text
fact = g.with_subject(PLACE, SC_ALTS)


def alts(*parts):
    """subject_alts: the province's own alts plus the owners named in the sentence."""
    return SC_ALTS + list(parts)


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
GRADE_NOTE = "grade label {} (a class defining the set), part of the metric, not a quantity"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 2024年工作回顾 (heading on source line 7, outside the
# excerpt): sections （四）, （五） and （六） of the detailed review.  The only period
# expression is 全年 (= the review year 2024), twice: in line 1 (全年获批建设用地, the last
# clause of the line) and in line 4 (全年生产安全事故…, governing the rest of that line).
# Numbers before them, and all of lines 2-3, state no period of their own: they take the
# review year 2024 (SPEC §4 section frame) with the null reading in period_alts; the period
# text is 全年, the excerpt's own name for that year (as wr_sichuan_2025_c uses 年度), so that
# every period text occurs in the article (dates are what is scored).  Numbers after 全年 in
# line 4 take it explicitly (same dates, no null alt).  Stocks (累计, a register, rates of a
# stock, a standard in force) are the instant 2024-12-31 with the year and null as alts;
# levels of sets built or run during the year take the year with the instant as alt.
# Modality: actual throughout (a review).
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
EXPL = dict(period=Y24)                                   # after an explicit 全年 in the line
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
LEVEL_NOTE = "level of the review year 2024; the year-end stock reading and null as alts"
NEW_NOTE = ("新增/新建/建成 N: count of the units added in 2024; 增量 alts for the SPEC-2 "
            "absolute-change reading (README §3)")
EXPL_NOTE = "全年 earlier in the line (= 2024) governs explicitly"

# ==== line 1 (source 21): （四）聚力打造改革开放新高地 ===========================================
g.neg("（四）聚力打造", "（四）", MARKER_NOTE)
g.neg("邓小平同志诞辰120周年", "120周年", "anniversary 120周年 (of 邓小平's birth), an event "
      "label, not a quantity claim (as wr_fujian_2025_c 诞辰400周年)")
g.neg("省委十二届六次全会", "十二届六次全会", "plenum label (SPEC §1)")
fact("实施23项", "23项", value=23, unit="count", kind="count", classifier="项",
     metric="“系统集成改革事项”",
     metric_alts=["系统集成改革事项", "实施“系统集成改革事项”", "实施系统集成改革事项",
                  "系统集成改革事项数量", "改革事项"], **FLOW,
     note="reform items carried out in 2024")
g.neg("省属国有企业“1+8”", "1+8", LABEL_NOTE + " (“1+8”重点领域改革, 名词解释 18: one plan "
      "plus eight fields), not a count (as wr_sichuan_2025_c)")
g.neg("组建四川科创投资集团", "四川", PLACE_NOTE.format("四川科创投资集团"))
g.neg("四川农商联合银行开业", "四川", PLACE_NOTE.format("四川农商联合银行"))
TAX = ["减税降费及退税", "减税降费", "支持科技创新和制造业发展减税降费及退税",
       "减税降费及退税规模", "落实减税降费及退税", "主要政策减税降费及退税"]
fact("退税超880亿元", "880亿元", value=880e8, unit="CNY", kind="amount", bound="gt",
     metric="支持科技创新和制造业发展的主要政策减税降费及退税", metric_alts=TAX, **FLOW,
     note="超 → gt (outside the span); as wr_beijing_2025 / wr_yunnan_2025")
LOAN = ["贷款余额", "全省各项贷款余额", "金融机构各项贷款余额", "本外币各项贷款余额",
        "金融机构本外币各项贷款余额"]
fact("各项贷款余额增长11.2%", "11.2%", value=11.2, unit="%", kind="growth",
     metric="各项贷款余额", metric_alts=LOAN, comparison="yoy",
     period=Y24, period_alts=[Y24_NULL, Y24_END],
     note="growth of a balance over the year (end-2024 against end-2023): the year, the "
          "year-end instant and null as alts; no basis → yoy")
g.neg("推进新一轮财税", "一轮", "新一轮 'a new round', not a count")
fact("组建200亿元规模母基金", "200亿元", value=200e8, unit="CNY", kind="amount",
     metric="母基金规模",
     metric_alts=["母基金", "母基金总规模", "组建母基金规模", "省级政府产业投资引导基金母基金规模",
                  "引导基金母基金规模"], **LEVEL,
     note="size of the fund of funds set up (组建) in 2024 (an attribute of the fund): "
          + LEVEL_NOTE)
fact("打造超1000亿元引导基金集群", "1000亿元", value=1000e8, unit="CNY", kind="amount",
     bound="gt", metric="引导基金集群规模",
     metric_alts=["引导基金集群", "引导基金集群总规模", "撬动社会资本打造引导基金集群",
                  "引导基金规模"], **LEVEL,
     note="超 → gt; judgement call: 撬动社会资本打造 in the review read as the size of the "
          "fund cluster formed in 2024 (actual), not a goal; " + LEVEL_NOTE)
g.neg("完成省市县三级", "三级", "appositive 三级 restating 省市县 (the three administrative "
      "levels), not a count claim (as wr_beijing_2025 市区街乡三级)")
g.neg("全年获批建设用地", "全年", PERIOD_NOTE + " (= 2024; governs 48.6万亩 after it)")
fact("建设用地48.6万亩", "48.6万亩", value=486000, unit="mu", kind="amount",
     metric="获批建设用地",
     metric_alts=["建设用地", "获批建设用地面积", "批准建设用地", "建设用地获批",
                  "获批建设用地规模"], **EXPL,
     note=EXPL_NOTE + "; 亩 stays mu (SPEC §3)")

# ==== line 2 (source 22): 加快构筑向西向南开放战略高地… ==========================================
g.neg("天府、双流国际机场", "双流", PLACE_NOTE.format("双流 (国际机场)"))
g.neg("“两场一体”", "两场一体", LABEL_NOTE + " (“两场一体” 'two airports as one', the "
      "operating scheme of 天府 and 双流), not a count")
g.neg("，双流国际机场飞行区", "双流", PLACE_NOTE.format("双流 (国际机场)"))
PORT = dict(subject="成都口岸", subject_alts=["成都", "成都市", PLACE] + SC_ALTS)
fact("缩短至1.5小时以内", "1.5小时", value=1.5 / 24, unit="day", kind="amount",
     bound="le", metric="进口货物出关时间",
     metric_alts=["出关时间", "进口货物通关时间", "进口货物出关时长", "通关时间",
                  "成都口岸进口货物出关时间"], **PORT, **STOCK,
     note="以内 → le (outside the span); 1.5小时 = 0.0625 day (SPEC §3 小时 = 1/24 day); "
          "the clause belongs to 提升成都口岸通关能力 → the port owns the number (province as "
          "alt, judgement call); 缩短至 → the standard in force after the change (as "
          "wr_yunnan_2025 延长至240小时): " + STOCK_NOTE)
g.neg("北欧的三文鱼", "三", PLACE_NOTE.format("三文鱼 'salmon', a fish name"))
fact("最快48小时", "48小时", value=2, unit="day", kind="amount",
     metric="北欧三文鱼从捕捞地端上成都餐桌最快时间",
     metric_alts=["三文鱼从捕捞地端上成都餐桌最快时间", "三文鱼从捕捞地端上成都餐桌时间",
                  "北欧三文鱼从捕捞地到成都餐桌最快时间", "三文鱼运输时间", "最快时间",
                  "三文鱼从捕捞地到成都餐桌时间"], **PORT, **LEVEL,
     note="48小时 = 2 day; 最快 names the minimum, stated exactly → eq, in the metric (as "
          "nw_cctv_20201205_hainan_ftp_2020 最快2个工作日); same clause topic (成都口岸) as "
          "1.5小时; " + LEVEL_NOTE)
g.neg("首发“越滇蓉欧”", "首发", FIRST_NOTE + " (首发 'maiden run' of the trains, as "
      "wr_chongqing_2025)")
fact("签约订单超过550亿元", "550亿元", value=550e8, unit="CNY", kind="amount", bound="gt",
     metric="“川行天下”活动签约订单",
     metric_alts=["川行天下活动签约订单", "“川行天下”签约订单", "签约订单", "签约订单金额",
                  "“川行天下”活动签约订单金额", "签约金额"], **FLOW,
     note="超过 → gt (outside the span)")
fact("外贸实绩企业新增822家", "822家", value=822, unit="count", kind="count",
     classifier="家", metric="外贸实绩企业",
     metric_alts=new("外贸实绩企业", "新增外贸实绩企业", "外贸实绩企业新增",
                     "有外贸实绩企业"), **FLOW, note=NEW_NOTE)
fact("服务贸易规模超过1700亿元", "1700亿元", value=1700e8, unit="CNY", kind="amount",
     bound="gt", metric="服务贸易规模",
     metric_alts=["服务贸易", "服务贸易额", "服务贸易进出口", "服务贸易总额",
                  "服务贸易进出口额"], **FLOW,
     note="超过 → gt; the trade of the year (a flow)")
g.neg("中亚外长第五次会晤", "第五次", "edition label of a meeting (中国—中亚外长第五次会晤), "
      "not a count")
g.neg("四川国际友城合作", "四川", PLACE_NOTE.format("四川国际友城合作与发展大会"))
fact("友好合作关系40对", "40对", value=40, unit="count", kind="count", classifier="对",
     metric="国际友城和友好合作关系",
     metric_alts=new("国际友城和友好合作关系", "新增国际友城和友好合作关系", "国际友城",
                     "友好合作关系", "国际友好城市和友好合作关系"), **FLOW, note=NEW_NOTE)

# ==== line 3 (source 23): （五）扎实做好保障改善民生工作 =========================================
g.neg("（五）扎实做好", "（五）", MARKER_NOTE)
fact("提供政策性岗位超30万个", "30万个", value=300000, unit="count", kind="count",
     classifier="个", bound="gt", metric="政策性岗位",
     metric_alts=["提供政策性岗位", "政策性岗位数量", "政策性就业岗位"], **FLOW,
     note="超 → gt (outside the span)")
fact("稳定在2600万人以上", "2600万人", value=2.6e7, unit="count", kind="count",
     classifier="人", bound="ge", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "农村劳动力转移就业规模", "转移就业农村劳动力",
                  "农村劳动力转移就业人员"], **LEVEL,
     note="以上 → ge (outside the span); 稳定在 → the level held through the year: "
          + LEVEL_NOTE)
fact("再就业超30万人", "30万人", value=300000, unit="count", kind="count",
     classifier="人", bound="gt", metric="失业人员再就业",
     metric_alts=["促进失业人员再就业", "失业人员再就业人数", "再就业", "再就业人数"],
     **FLOW, note="超 → gt")
fact("新增创业28.9万人", "28.9万人", value=289000, unit="count", kind="count",
     classifier="人", metric="新增创业",
     metric_alts=["创业", "创业人数", "新增创业人数", "创业人员", "创业增量"], **FLOW,
     note="people who started a business in 2024")
fact("带动就业47.6万人", "47.6万人", value=476000, unit="count", kind="count",
     classifier="人", metric="带动就业",
     metric_alts=["创业带动就业", "带动就业人数", "创业带动就业人数"], **FLOW)
fact("630余万低收入人口", "630余万", value=6.3e6, unit="count", kind="count",
     classifier="人", bound="gt", metric="纳入动态监测低收入人口",
     metric_alts=["低收入人口", "纳入动态监测的低收入人口", "动态监测低收入人口",
                  "低收入人口数量", "低收入人口纳入动态监测"], **STOCK,
     note="余 inside the span → gt; no measure word → classifier 人 (as wr_yunnan_2025 "
          "74万); the people in the monitoring register (a stock): " + STOCK_NOTE)
fact("社区养老服务综合体484个", "484个", value=484, unit="count", kind="count",
     classifier="个", metric="社区养老服务综合体",
     metric_alts=new("社区养老服务综合体", "建成社区养老服务综合体"), **FLOW, note=NEW_NOTE)
fact("家庭养老床位2.1万张", "2.1万张", value=21000, unit="count", kind="count",
     classifier="张", metric="家庭养老床位",
     metric_alts=new("家庭养老床位", "建成家庭养老床位", "养老床位"), **FLOW,
     note="verb 建成 shared with 484个; " + NEW_NOTE)
fact("累计服务67.5万人次", "67.5万人次", value=675000, unit="count", kind="count",
     classifier="人次", metric="失能老人“健康敲门行动”服务",
     metric_alts=["“健康敲门行动”累计服务", "“健康敲门行动”服务", "健康敲门行动服务",
                  "健康敲门行动累计服务", "累计服务", "服务失能老人",
                  "失能老人“健康敲门行动”累计服务", "失能老人健康敲门行动服务"],
     subject_alts=alts("失能老人“健康敲门行动”", "“健康敲门行动”", "健康敲门行动"), **STOCK,
     note="人次 is a classifier (SPEC §3); 累计 since the campaign began → cumulative total "
          "at the end of the review year: " + STOCK_NOTE)
fact("新增普惠性托位1万个", "1万个", value=10000, unit="count", kind="count",
     classifier="个", metric="普惠性托位",
     metric_alts=new("普惠性托位", "新增普惠性托位", "托位"), **FLOW, note=NEW_NOTE)
fact("新改扩建公办幼儿园100所", "100所", value=100, unit="count", kind="count",
     classifier="所", metric="新改扩建公办幼儿园",
     metric_alts=new("公办幼儿园", "新改扩建公办幼儿园数量", "公办幼儿园"), **FLOW,
     note=NEW_NOTE)
g.neg("全国首批全域", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("（幼儿园）5838所", "5838所", value=5838, unit="count", kind="count",
     classifier="所", metric="布局调整中小学（幼儿园）",
     metric_alts=["布局调整中小学(幼儿园)", "累计完成布局调整中小学（幼儿园）",
                  "布局调整中小学", "中小学（幼儿园）", "中小学（幼儿园）布局调整",
                  "布局调整中小学（幼儿园）数量", "布局调整学校"], **STOCK,
     note="累计完成 → cumulative total at the end of the review year: " + STOCK_NOTE)
fact("教学点4973个", "4973个", value=4973, unit="count", kind="count", classifier="个",
     metric="布局调整教学点",
     metric_alts=["教学点", "累计完成布局调整教学点", "教学点布局调整", "布局调整教学点数量"],
     **STOCK, note="verb 累计完成布局调整 shared with 5838所; " + STOCK_NOTE)
fact("在全省183个县", "183个", value=183, unit="count", kind="count", classifier="个",
     metric="县（市、区）",
     metric_alts=["县(市、区)", "县（市、区）数量", "划分义务教育学区的县（市、区）",
                  "全省县（市、区）", "县"], **LEVEL,
     note="the counties where school districts were drawn (all 183 of the province): "
          "counted noun 县（市、区） (span number + classifier, README §1); " + LEVEL_NOTE)
fact("义务教育学区732个", "732个", value=732, unit="count", kind="count", classifier="个",
     metric="县域内义务教育学区",
     metric_alts=["义务教育学区", "学区", "划分县域内义务教育学区", "县域内义务教育学区数量",
                  "义务教育学区数量"], **LEVEL,
     note="districts drawn (划分) in 2024: " + LEVEL_NOTE)
g.neg("启动健康四川", "四川", PLACE_NOTE.format("健康四川, a programme name"))
fact("建设20个省区域医疗中心", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="省区域医疗中心",
     metric_alts=["区域医疗中心", "省区域医疗中心数量", "建设省区域医疗中心"], **LEVEL,
     note="centres under construction (建设) in 2024: " + LEVEL_NOTE)
fact("64.2%的县医院", "64.2%", value=64.2, unit="%", kind="share",
     metric="县医院达到三级医院能力标准比例",
     metric_alts=["达到三级医院能力标准的县医院占比", "达到三级医院能力标准的县医院比例",
                  "县医院达到三级医院能力标准占比", "县医院达到三级医院能力标准比重",
                  "县医院达标比例", "县医院达标率"], **STOCK,
     note="share of the county hospitals (a stock) meeting the standard: " + STOCK_NOTE)
g.neg("达到三级医院能力标准", "三级", GRADE_NOTE.format("三级 (hospital grade 三级医院)"))
g.neg("批准设立四川省康复医学院", "四川", PLACE_NOTE.format("四川省康复医学院"))
fact("总诊疗2430万人次", "2430万人次", value=2.43e7, unit="count", kind="count",
     classifier="人次", metric="互联网医院总诊疗",
     metric_alts=["互联网医院诊疗", "互联网医院总诊疗人次", "互联网医院诊疗人次", "总诊疗",
                  "诊疗人次"], **LEVEL,
     note="judgement call: 总诊疗 'total consultations' of the internet hospitals, read as "
          "those of the review year (a flow); the cumulative reading (instant) is in alts")
fact("建设80个国家中医优势专科", "80个", value=80, unit="count", kind="count",
     classifier="个", metric="国家中医优势专科",
     metric_alts=["中医优势专科", "国家中医优势专科数量", "建设国家中医优势专科"], **LEVEL,
     note="specialties being built (建设) in 2024: " + LEVEL_NOTE)
fact("为144所县级中医医院", "144所", value=144, unit="count", kind="count",
     classifier="所", metric="配备中医康复、“治未病”诊疗设备的县级中医医院",
     metric_alts=["县级中医医院", "县级中医医院数量", "配备诊疗设备的县级中医医院",
                  "配备中医康复、治未病诊疗设备的县级中医医院"], **FLOW,
     note="hospitals equipped in 2024")
g.neg("“一次挂号管三天”", "一次挂号管三天", LABEL_NOTE + " (pilot name “一次挂号管三天” "
      "'one registration covers three days') — judgement call; a 3-day validity of a "
      "registration is the alternative reading")
fact("集采降价药品231个", "231个", value=231, unit="count", kind="count", classifier="个",
     metric="落地集采降价药品",
     metric_alts=new("落地集采降价药品", "新增落地集采降价药品", "集采降价药品", "集采药品"),
     **FLOW, note=NEW_NOTE)
fact("耗材6类", "6类", value=6, unit="count", kind="count", classifier="类",
     metric="落地集采降价耗材",
     metric_alts=new("落地集采降价耗材", "新增落地集采降价耗材", "集采降价耗材", "集采耗材",
                     "耗材"), **FLOW,
     note="verb 新增落地集采降价 shared with 231个; " + NEW_NOTE)
fact("40余个文艺项目", "40余个", value=40, unit="count", kind="count", classifier="个",
     bound="gt", metric="获国家重大奖项、入选国家重要文艺展演的文艺项目",
     metric_alts=["文艺项目", "获国家重大奖项文艺项目", "获奖文艺项目", "文艺项目数量",
                  "获国家重大奖项、入选国家重要文艺展演文艺项目"], **FLOW,
     note="余 inside the span → gt")
fact("4家博物馆", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="成功创建国家一级博物馆的博物馆",
     metric_alts=new("国家一级博物馆", "博物馆", "成功创建国家一级博物馆",
                     "新增国家一级博物馆", "创建国家一级博物馆的博物馆"), **FLOW,
     note="museums rated first grade in 2024; " + NEW_NOTE)
g.neg("国家一级博物馆", "一级", GRADE_NOTE.format("一级 (museum grade 国家一级博物馆)"))
g.neg("，四川中国白酒博物馆", "四川", PLACE_NOTE.format("四川中国白酒博物馆"))
g.neg("四姑娘山景区", "四姑娘山", PLACE_NOTE.format("四姑娘山, a mountain"))
g.neg("国家5A级旅游景区", "5A级", GRADE_NOTE.format("5A级 (A-grade of scenic spots)") +
      "; the two spots are named, no count written")

# ==== line 4 (source 24): （六）守牢安全发展底线 ================================================
g.neg("（六）守牢", "（六）", MARKER_NOTE)
g.neg("治本攻坚三年行动", "三年", "name of a three-year campaign (安全生产治本攻坚三年行动), "
      "not a duration fact (as wr_china_2022 国企改革三年行动)")
g.neg("自贡“7·17”", "7·17", "date used as the name of an accident (自贡“7·17”重大火灾), "
      "not a quantity")
fact("“瓶改电”6.9万户", "6.9万户", value=69000, unit="count", kind="count",
     classifier="户", metric="液化石油气“瓶改管”“瓶改电”",
     metric_alts=["“瓶改管”“瓶改电”", "瓶改管瓶改电", "液化石油气瓶改管瓶改电",
                  "开展液化石油气“瓶改管”“瓶改电”", "“瓶改管”“瓶改电”户数",
                  "瓶改管、瓶改电"], **FLOW,
     note="households switched in 2024 (户 is a classifier, SPEC §3); before 全年 in the "
          "line → the section frame")
g.neg("“九小场所”", "九小", LABEL_NOTE + " (“九小场所”, nine kinds of small premises), "
      "not a count")
g.neg("全年生产安全事故", "全年", PERIOD_NOTE + " (= 2024; governs the rest of the line)")
ACC_NOTE = ("分别: 生产安全事故起数 ↔ −18%, 死亡人数 ↔ −13%; 下降 → negative values; "
            + EXPL_NOTE)
fact("分别下降18%", "18%", value=-18, unit="%", kind="growth", metric="生产安全事故起数",
     metric_alts=["生产安全事故", "安全事故起数", "事故起数", "生产安全事故数"],
     comparison="yoy", **EXPL, note=ACC_NOTE)
fact("18%、13%", "13%", value=-13, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "事故死亡人数", "生产安全事故死亡"], comparison="yoy", **EXPL,
     note=ACC_NOTE + "; head 生产安全事故 restored")
fact("连续十年未发生", "十年", value=10, unit="year", kind="amount",
     metric="未发生重特大道路交通事故持续时间",
     metric_alts=["连续未发生重特大道路交通事故", "未发生重特大道路交通事故年数",
                  "连续十年未发生重特大道路交通事故", "重特大道路交通事故", "持续时间"],
     period=Y24, period_alts=[P("连续十年", "2015-01-01", "2024-12-31"), Y24_NULL],
     note="length of the streak 连续十年 (a duration, unit year, as wr_yunnan_2025 连续3年) — "
          "judgement call; the streak ends in the review year (全年, governing) (alt "
          "2015-2024)")
fact("隐患治理1884处", "1884处", value=1884, unit="count", kind="count", classifier="处",
     metric="重大地质灾害隐患治理",
     metric_alts=["地质灾害隐患治理", "治理重大地质灾害隐患", "重大地质灾害隐患",
                  "重大地质灾害隐患治理数量", "开展重大地质灾害隐患治理"], **EXPL,
     note=EXPL_NOTE)
fact("搬迁26216户", "26216户", value=26216, unit="count", kind="count", classifier="户",
     metric="搬迁",
     metric_alts=["地质灾害避险搬迁", "搬迁户数", "搬迁户", "地质灾害搬迁", "避险搬迁"],
     **EXPL, note="households moved out of hazard zones; " + EXPL_NOTE)
fact("监测台站2781处", "2781处", value=2781, unit="count", kind="count", classifier="处",
     metric="监测台站",
     metric_alts=new("监测台站", "建设监测台站", "地质灾害监测台站"), **EXPL,
     note=EXPL_NOTE)
fact("交付率达到94.4%", "94.4%", value=94.4, unit="%", kind="share",
     metric="“保交房”交付率",
     metric_alts=["保交房交付率", "交付率", "“保交房”任务交付率"],
     period=P("全年", "2024-12-31", "2024-12-31"), period_alts=[Y24],
     note="达到 → eq; judgement call: the delivery rate of the housing covered by the task "
          "(a rate of a stock, SPEC §2/§4) → the instant at the end of the governing 全年; "
          "the literal year in period_alts")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_sichuan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed: review sections （四）聚力打造改革开放新高地 (reform, finance, land) with 加快构筑"
    "向西向南开放战略高地… (ports, trade, sister cities), （五）扎实做好保障改善民生工作 "
    "(employment, welfare, education, health, culture) and the heading paragraph of （六）守牢"
    "安全发展底线 (work safety, geological hazards, housing delivery). It lies in part "
    "2024年工作回顾 (the review of the past year; heading on source line 7, outside the "
    "excerpt); lines 1-20 are annotated in wr_sichuan_2025 and wr_sichuan_2025_c (no "
    "overlap). Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-20, the delivery date in the report's "
    "header (source line 3: 2025年1月20日在四川省第十四届人民代表大会第四次会议上), as the "
    "shared meta and wr_sichuan_2025. Place: 四川省 (四川, 全省, 我省 → alts); 成都口岸 owns "
    "the customs-clearance time and the salmon delivery time (province as alt). Periods: the "
    "only period expression is 全年 (= 2024): in line 1 it governs 48.6万亩, in line 4 the "
    "rest of the line (accidents, hazards, 交付率); every other number takes the review year "
    "2024 (section frame; period text 全年, the excerpt's own name for the year), null as "
    "alt. Stocks (1.5小时 standard in force, 630余万 monitored people, 累计 totals 67.5万人次 / "
    "5838所 / 4973个, 64.2% of county hospitals, 交付率) → instant 2024-12-31 with the year "
    "(and null) as alts; levels of sets built or run in the year (fund sizes, 2600万人以上, "
    "183个县, 732个学区, 20个/80个 centres and specialties, 总诊疗) → the year with the instant "
    "as alt. Modality: actual throughout. Units: 小时 → day (1.5小时 = 0.0625, 48小时 = 2); "
    "亿元 1e8; 亩 → mu; 630余万 (no measure word) → classifier 人; 户, 人次 classifiers. "
    "Bounds: 超/超过 → gt; 余 → gt (630余万, 40余个); 以上 → ge (2600万人); 以内 → le "
    "(1.5小时); 最快48小时 → eq (the minimum stated exactly, in the metric). Judgement calls: "
    "超1000亿元引导基金集群 (撬动…打造) read as actual; 连续十年 → a 10-year duration; "
    "一次挂号管三天 → label (negative); 总诊疗 → the year's flow; 交付率 → instant; 成都口岸 as "
    "subject of the two times; 4家博物馆 → count of museums upgraded (增量 alts). Negatives: "
    "（四）…（六）, 120周年, 十二届六次全会, 1+8, 一轮 (新一轮), 三级 ×2 (省市县三级, 三级医院), "
    "全年 ×2, 双流 ×2, 两场一体, 三 (三文鱼), 首发, 第五次, 首批, 一次挂号管三天, 一级 (博物馆), "
    "5A级, 四姑娘山, 三年 (三年行动), 7·17, 九小, 四川 ×6 (四川科创投资集团, 四川农商联合银行, "
    "四川国际友城合作与发展大会, 健康四川, 四川省康复医学院, 四川中国白酒博物馆). Lexicalized, "
    "not listed: 清单 (负面清单), 订单 (签约订单, a known false alarm of the shared "
    "check_gold.py), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_sichuan_2025.txt lines {FIRST}–{LAST} "
        "(来源：四川日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
