"""Gold annotations for wr_chongqing_2025 (2025年重庆市政府工作报告), lines 7-15 of
shared/texts/work_report/wr_chongqing_2025.txt.

The excerpt corpora/wr_chongqing_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2024年工作回顾, the two opening
paragraphs (刚刚过去的2024年…, 一年来…), the four highlight paragraphs (——经济运行 …
——城乡治理水平), the line 一年来，主要做了以下工作。 and review item （一） (western
development, the Chengdu-Chongqing economic circle, the New Western Land-Sea Corridor, the
Yangtze economic belt) in full.  The brief asked for a run including the 2025 主要预期目标
if it could be reached: in this source the targets themselves are missing — section
二、2025年主要任务 (line 28) goes from 今年是“十四五”规划收官之年… (line 29) straight to
上述预期目标，综合考虑… (line 30), with no line listing the targets (the docx conversion
dropped it) — so the excerpt is the review, its densest run.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_chongqing_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_chongqing_2025"
PLACE = "重庆市"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 7, 15                     # 1-based, inclusive, whole lines
TITLE = "2025年重庆市政府工作报告"
CQ_ALTS = ["重庆", "全市", "我市"]
CY_ALTS = CQ_ALTS + ["川渝", "成渝地区", "成渝地区双城经济圈", "四川省和重庆市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2024年工作回顾", ends="水质优良比例达到100%。")
text = g.text
fact = g.with_subject(PLACE, CQ_ALTS)
joint = g.with_subject(PLACE, CY_ALTS)   # Sichuan-Chongqing joint figures

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
SESSION_NOTE = "session label of a meeting (SPEC §1 二十届三中全会), not a quantity"
JOINT_NOTE = ("a Sichuan-Chongqing joint figure: the report's place keeps the subject, 川渝 / "
              "成渝地区 as alts (README §4)")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# Line 1 of the excerpt is the heading 一、2024年工作回顾: the section frame of the review.
# Line 2 opens with 刚刚过去的2024年 and has no number; line 3 一年来 has none either.  Line 4
# (——经济运行) opens with 全年 before its first number: 全年 (= 2024) governs the line (period
# text 全年, same dates).  Lines 5, 6 and 9 state no period: they take the section frame
# 2024 with the heading's period text 2024年, null as alt (SPEC §4; as wr_xinjiang_2025).
# In line 7 the first number (71.9%) takes the frame, then 全年 (全年有效应对23次…) governs
# the rest of the line.  Line 8 一年来 is its own line and governs nothing.  Stocks (增至,
# 累计, 恢复至, 通达, rates of a network or a stock) are the instant 2024-12-31 with the
# year and null as alts.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
YQ = P("全年", "2024-01-01", "2024-12-31")
FLOW_Q = dict(period=YQ, period_alts=[P("全年", None, None), Y24])
STOCK_Q = dict(period=P("全年", "2024-12-31", "2024-12-31"),
               period_alts=[YQ, P("全年", None, None)])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
FC = "预计 → forecast (the 2024 figure was not final at delivery)"

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("一、2024年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2024年工作回顾", "2024年", PERIOD_NOTE + " (heading of the review: 2024; the "
      "period text of the review facts without a period of their own)")

# ---- line 2: 刚刚过去的2024年 -----------------------------------------------------------------
g.neg("刚刚过去的2024年", "2024年", PERIOD_NOTE + " (the review year; its line has no "
      "number)")
g.neg("里程碑意义的一年", "一年", "'a (milestone) year' = 2024, not a duration fact")
g.neg("召开六届五次、六次全会", "六届五次、六次全会", SESSION_NOTE + " (the 5th and 6th "
      "plenums of the 6th municipal Party committee)")
g.neg("“两大定位”", "两大", LABEL_NOTE + " (“两大定位”)")
g.neg("“三个作用”", "三个", LABEL_NOTE + " (发挥“三个作用”)")

# ---- line 3: 一年来 ---------------------------------------------------------------------------
g.neg("一年来，面对外部", "一年来", PERIOD_NOTE + " (the review year 2024; no number in "
      "its line)")
g.neg("党的二十大", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中三中全会", "二十届二中三中全会", "plenum labels (SPEC §1, README span)")
g.neg("市委六届历次全会", "六届", SESSION_NOTE + " (the 6th municipal Party committee)")
g.neg("市六届人大二次会议", "六届人大二次会议", SESSION_NOTE + " (2nd session of the 6th "
      "municipal People's Congress)")

# ---- line 4: ——经济运行 (全年) ---------------------------------------------------------------
GDP = ["GDP", "生产总值", "全市地区生产总值", "经济总量"]
fact("生产总值达到32193.15亿元", "32193.15亿元", value=32193.15e8, unit="CNY",
     kind="amount", metric="地区生产总值", metric_alts=GDP, **FLOW_Q,
     note="全年 (opening the line) governs the line → 2024; 达到 → eq; no 预计 → actual")
fact("亿元、增长5.7%", "5.7%", value=5.7, unit="%", kind="growth", metric="地区生产总值",
     metric_alts=GDP + ["经济增长"], comparison="yoy", **FLOW_Q)
fact("人均地区生产总值突破10万元", "10万元", value=1e5, unit="CNY", kind="amount",
     bound="gt", metric="人均地区生产总值", metric_alts=["人均GDP", "人均生产总值"],
     **FLOW_Q, note="突破 → gt (outside the span)")
fact("规上工业增加值增长7.3%", "7.3%", value=7.3, unit="%", kind="growth",
     metric="规上工业增加值",
     metric_alts=["规模以上工业增加值", "工业增加值", "规上工业"], comparison="yoy", **FLOW_Q)
fact("服务业增加值增长6.8%", "6.8%", value=6.8, unit="%", kind="growth",
     metric="服务业增加值", metric_alts=["服务业", "第三产业增加值"], comparison="yoy",
     **FLOW_Q)
INV = "分别: 工业投资 ↔ 11.2%, 民间投资 ↔ 8.1%"
fact("分别增长11.2%", "11.2%", value=11.2, unit="%", kind="growth", metric="工业投资",
     metric_alts=["工业投资增速"], comparison="yoy", **FLOW_Q, note=INV)
fact("11.2%、8.1%", "8.1%", value=8.1, unit="%", kind="growth", metric="民间投资",
     metric_alts=["民间投资增速"], comparison="yoy", **FLOW_Q, note=INV)
fact("零售总额增长3.6%", "3.6%", value=3.6, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **FLOW_Q)

# ---- line 5: ——新质生产力 ---------------------------------------------------------------------
fact("新能源汽车产量达到95.3万辆", "95.3万辆", value=953000, unit="count", kind="count",
     classifier="辆", metric="新能源汽车产量", metric_alts=["新能源汽车", "新能源汽车生产"],
     **FLOW, note="达到 → eq; output of the year; section frame 2024年, null as alt")
fact("集成电路产量增长1倍多", "1倍多", value=1, unit="times", kind="ratio", bound="gt",
     metric="集成电路产量",
     metric_alts=["集成电路", "集成电路产量增长倍数", "集成电路产量增长"], **FLOW,
     note="增长N倍 → kind ratio, unit times, value as written, comparison null (as the "
          "增长N倍 facts of other golds); 多 inside the span → gt; = output grew by more "
          "than 100 %")
fact("保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="合成材料产值",
     metric_alts=["合成材料", "合成材料产值增速", "合成材料产业产值"], comparison="yoy",
     **FLOW, note="两位数增长 → growth ≥ 10% (as wr_anhui_2025)")
fact("预计增长16.4%", "16.4%", value=16.4, unit="%", kind="growth",
     metric="软件产业主营业务收入",
     metric_alts=["软件产业收入", "软件业务收入", "软件产业营业收入", "软件产业"],
     comparison="yoy", modality="forecast", **FLOW, note=FC)
fact("投入强度预计达到2.6%", "2.6%", value=2.6, unit="%", kind="share",
     metric="全社会研发投入强度",
     metric_alts=["研发投入强度", "R&D经费投入强度", "研发经费投入强度"],
     modality="forecast", **FLOW,
     note=FC + "; R&D spending as a share of GDP → share")
g.neg("一批重大技术攻关", "一批", "quantifier 一批")
g.neg("全市首个1类", "首个", FIRST_NOTE)
g.neg("首个1类创新药", "1类", "drug registration class label 1类创新药 (class 1 "
      "innovative drug), not a quantity")
SEI = "战略性新兴产业增加值占规上工业增加值的比重"
fact("的比重达到34.6%", "34.6%", value=34.6, unit="%", kind="share", metric=SEI,
     metric_alts=["战略性新兴产业增加值占规上工业增加值比重", "战略性新兴产业增加值占比",
                  "战略性新兴产业占规上工业比重", "战略性新兴产业增加值占规模以上工业增加值的比重"],
     **FLOW, note="share of the year's value added → the year")

# ---- line 6: ——改革开放 -----------------------------------------------------------------------
g.neg("“三攻坚一盘活”", "三攻坚一盘活", LABEL_NOTE + " (reform package “三攻坚一盘活”)")
fact("国企增加值增长6.3%", "6.3%", value=6.3, unit="%", kind="growth",
     metric="市属重点国企增加值",
     metric_alts=["市属重点国企", "国企增加值", "市属国企增加值"], comparison="yoy", **FLOW)
fact("民营经济增加值增长6.2%", "6.2%", value=6.2, unit="%", kind="growth",
     metric="民营经济增加值", metric_alts=["民营经济"], comparison="yoy", **FLOW)
fact("签约项目163个", "163个", value=163, unit="count", kind="count", classifier="个",
     metric="签约项目",
     metric_alts=["项目", "签约项目数量", "重庆枢纽港产业园签约项目"],
     subject="重庆枢纽港产业园", subject_alts=[PLACE] + CQ_ALTS, **FLOW,
     note="the park (construction started in 2024) owns the signed projects")
g.neg("“三国三园”", "三国三园", LABEL_NOTE + " (中老泰“三国三园” 'three countries, three "
      "parks', the name of the cooperation)")
fact("新设外资企业792家", "792家", value=792, unit="count", kind="count", classifier="家",
     metric="新设外资企业",
     metric_alts=["外资企业", "新设外商投资企业", "外资企业增量", "新设外资企业数量"], **FLOW)
fact("实际使用外资增长5.3%", "5.3%", value=5.3, unit="%", kind="growth",
     metric="实际使用外资", metric_alts=["实际利用外资", "利用外资"], comparison="yoy",
     **FLOW, note="(外贸进出口实现正增长 before it states no number)")

# ---- line 7: ——城乡治理 ----------------------------------------------------------------------
fact("综合率达到71.9%", "71.9%", value=71.9, unit="%", kind="share",
     metric="执法事项综合率",
     metric_alts=["“大综合一体化”行政执法改革执法事项综合率", "综合率", "执法事项综合化率"],
     **LEVEL,
     note="the share of enforcement matters merged into comprehensive enforcement, reached "
          "in 2024 (达到); precedes 全年 → section frame; the year-end instant as alt")
fact("有效应对23次强降水", "23次", value=23, unit="count", kind="count", classifier="次",
     metric="强降水", metric_alts=["有效应对强降水", "强降水次数", "强降水过程"], **FLOW_Q,
     note="全年 governs the rest of the line (same dates as the frame)")
fact("59天高温天气", "59天", value=59, unit="day", kind="amount", metric="高温天气",
     metric_alts=["高温天气天数", "高温天数", "有效应对高温天气", "高温"], **FLOW_Q,
     note="a number of days (SPEC §3 durations: 天 → day, kind amount)")
fact("15件重点民生实事", "15件", value=15, unit="count", kind="count", classifier="件",
     metric="重点民生实事",
     metric_alts=["民生实事", "重点民生实事年度任务", "重点民生实事数量"], **FLOW_Q,
     note="the year's 15 key livelihood projects, completed")
fact("城镇新增就业71.9万人", "71.9万人", value=719000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FLOW_Q)
fact("留渝来渝青年34.5万人", "34.5万人", value=345000, unit="count", kind="count",
     classifier="人", metric="新增留渝来渝青年",
     metric_alts=["留渝来渝青年", "留渝来渝青年增量", "新增留渝来渝青年人数"], **FLOW_Q)
ADD = "新增 distributes over the list: " + NEW_NOTE
fact("公办园托位1.6万个", "1.6万个", value=16000, unit="count", kind="count",
     classifier="个", metric="公办园托位",
     metric_alts=["新增公办园托位", "托位", "公办园托位增量", "公办幼儿园托位"], **FLOW_Q,
     note=ADD)
fact("基础教育学位8.4万个", "8.4万个", value=84000, unit="count", kind="count",
     classifier="个", metric="基础教育学位",
     metric_alts=["新增基础教育学位", "学位", "基础教育学位增量"], **FLOW_Q, note=ADD)
fact("养老床位1.3万张", "1.3万张", value=13000, unit="count", kind="count", classifier="张",
     metric="护理型养老床位",
     metric_alts=["新增护理型养老床位", "养老床位", "护理型养老床位增量"], **FLOW_Q, note=ADD)
BUILT = "建成 distributes over the list: built in 2024"
fact("山城步道90公里", "90公里", value=90000, unit="m", kind="amount", metric="山城步道",
     metric_alts=["建成山城步道", "山城步道长度", "步道"], **FLOW_Q, note=BUILT)
fact("山城绿道157公里", "157公里", value=157000, unit="m", kind="amount",
     metric="山城绿道", metric_alts=["建成山城绿道", "山城绿道长度", "绿道"], **FLOW_Q,
     note=BUILT)
fact("口袋公园100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="口袋公园", metric_alts=["建成口袋公园", "口袋公园数量"], **FLOW_Q, note=BUILT)
fact("停车泊位5.3万个", "5.3万个", value=53000, unit="count", kind="count",
     classifier="个", metric="“错时共享”停车泊位",
     metric_alts=["错时共享停车泊位", "盘活“错时共享”停车泊位", "停车泊位", "盘活停车泊位"],
     **FLOW_Q)
fact("95万低保和特困人员", "95万", value=950000, unit="count", kind="count",
     classifier="人", metric="低保和特困人员",
     metric_alts=["基本生活得到保障的低保和特困人员", "低保和特困人员人数", "低保人员",
                  "低保和特困供养人员"], **FLOW_Q,
     note="no measure word written → classifier 人 (as wr_anhui_2025 405万皖北群众); people "
          "whose basic living was secured in 2024")
g.neg("“15分钟高品质", "15分钟", "judgement call: part of the name of the programme "
      "“15分钟高品质生活服务圈” (the '15-minute living circle'), a label, not a measured "
      "duration")

# ---- line 8 ---------------------------------------------------------------------------------
g.neg("一年来，主要做了", "一年来", PERIOD_NOTE + " (the review year 2024; its own line, "
      "so it governs nothing after it)")

# ---- line 9: （一） ----------------------------------------------------------------------------
g.neg("（一）抓战略", "（一）", MARKER_NOTE)
g.neg("以一域服务全局", "一域", "idiom 以一域服务全局 ('serve the whole from one region', "
      "README §2 一域)")
g.neg("举办第六届西洽会", "第六届", "edition label 第六届 (the 6th Western China "
      "Investment Fair), not a count or rank (as 首届 in other golds)")
g.neg("成渝地区双城经济圈建设成势", "双城", "name 成渝地区双城经济圈 ('twin-city economic "
      "circle'), not a quantity")
joint("川渝省际通道增至30个", "30个", value=30, unit="count", kind="count", classifier="个",
      metric="川渝省际通道",
      metric_alts=["省际通道", "川渝省际通道数量", "省际通道数量"], **STOCK,
      note="增至 → the level reached: a stock, " + STOCK_NOTE + "; " + JOINT_NOTE)
UHV = dict(subject="川渝1000千伏特高压交流工程",
           subject_alts=["川渝特高压交流工程", "特高压交流工程", PLACE] + CQ_ALTS)
fact("川渝1000千伏特高压", "1000千伏", value=1000, unit="千伏", kind="amount",
     metric="电压等级", metric_alts=["电压", "输电电压", "交流电压"], **UHV, **FLOW,
     note="technical magnitude in the project's name (SPEC §1 quantities in a project's "
          "name; as the 500千伏 of the 川渝电网第三通道工程 in another gold): the voltage "
          "class; 千伏 has no canonical unit → kept as written; the line was completed and "
          "put into operation (建成投运) in 2024 → actual")
g.neg("储气库首期采气", "首期", "phase label 首期 (first phase), not a quantity")
fact("（页岩气）千亿方产能基地", "千亿方", value=1e11, unit="m3", kind="amount",
     metric="天然气（页岩气）产能",
     metric_alts=["天然气产能", "页岩气产能", "产能", "天然气（页岩气）年产能", "天然气年产能",
                  "千亿方产能基地产能"],
     subject="国家天然气（页岩气）千亿方产能基地",
     subject_alts=["天然气（页岩气）产能基地", "国家天然气(页岩气)千亿方产能基地",
                   "千亿方产能基地", PLACE] + CQ_ALTS,
     modality="target", period=None, period_alts=[Y24],
     note="capacity written into the name of a base being built (提速建设): a fact, "
          "modality target while it is being built (SPEC §1, README §6); 千亿方 = 1e11 m3 "
          "(方 = 立方米); the horizon is not stated → period null, the review year as alt")
joint("300个川渝共建", "300个", value=300, unit="count", kind="count", classifier="个",
      metric="川渝共建重点项目",
      metric_alts=["共建重点项目", "重点项目", "川渝共建重点项目数量"], **FLOW,
      note="the 2024 list of jointly built projects; " + JOINT_NOTE)
joint("年度投资5200亿元", "5200亿元", value=5200e8, unit="CNY", kind="amount",
      metric="川渝共建重点项目年度投资",
      metric_alts=["年度投资", "完成年度投资", "川渝共建重点项目完成投资",
                   "川渝共建重点项目投资", "完成投资"], **FLOW,
      note="investment of 2024 (年度) in the 300 joint projects")
g.neg("成渝双核联动", "双核", "name 双核联动联建 ('twin cores', Chengdu and Chongqing), "
      "not a quantity")
g.neg("第二批50个", "第二批", "batch label 第二批, not a count (as wr_beijing_2025)")
joint("第二批50个", "50个", value=50, unit="count", kind="count", classifier="个",
      metric="合作项目事项",
      metric_alts=["第二批合作项目事项", "成渝双核联动联建合作项目事项", "合作项目",
                   "合作项目事项数量"], **FLOW,
      note="the items of the second batch that met their 2024 targets; " + JOINT_NOTE)
g.neg("首批3家", "首批", FIRST_NOTE)
joint("首批3家", "3家", value=3, unit="count", kind="count", classifier="家",
      metric="川渝共建重点实验室",
      metric_alts=["首批川渝共建重点实验室", "共建重点实验室", "重点实验室",
                   "川渝共建重点实验室数量"], **FLOW,
      note="laboratories put into operation (投运) in 2024; " + JOINT_NOTE)
joint("攻关项目101项", "101项", value=101, unit="count", kind="count", classifier="项",
      metric="关键核心技术攻关项目",
      metric_alts=["联合实施关键核心技术攻关项目", "攻关项目", "关键核心技术攻关项目数量"],
      **FLOW, note=JOINT_NOTE)
g.neg("入选新一批", "一批", "quantifier 一批 (新一批 'a new batch')")
g.neg("新增400G直连网络", "400G", "judgement call: bandwidth class in the network's name "
      "(400G直连网络, a 400-gigabit direct-connect network), read as a technology label like "
      "5G in other golds; a bandwidth fact (400 G) is the alternative")
g.neg("实现首飞", "首飞", "first flight (首飞 'maiden flight'), not a rank or count")
TONG = ["“川渝通办”", "川渝通办"]
joint("累计发布四批次", "四批次", value=4, unit="count", kind="count", classifier="批次",
      metric="“川渝通办”发布批次",
      metric_alts=["发布批次", "批次", "“川渝通办”批次", "川渝通办发布批次", "川渝通办"],
      **STOCK, note="累计 → " + STOCK_NOTE + "; " + JOINT_NOTE)
joint("四批次355项", "355项", value=355, unit="count", kind="count", classifier="项",
      metric="“川渝通办”政务服务事项",
      metric_alts=["川渝通办政务服务事项", "政务服务事项", "“川渝通办”事项",
                   "累计发布政务服务事项", "川渝通办事项"], **STOCK,
      note="累计发布 → " + STOCK_NOTE)
joint("日均办理和查询量达到2万件次", "2万件次", value=20000, unit="count", kind="count",
      classifier="件次", metric="日均办理和查询量",
      metric_alts=["“川渝通办”日均办理和查询量", "川渝通办日均办理和查询量", "日均办理量",
                   "办理和查询量"], **FLOW,
      note="daily average over 2024 → the year")
joint("一体化17条经验", "17条", value=17, unit="count", kind="count", classifier="条",
      metric="川渝市场一体化经验",
      metric_alts=["经验", "市场一体化经验", "获国家宣传推广的川渝市场一体化经验",
                   "川渝市场一体化经验数量"], **FLOW,
      note="practices promoted nationally in 2024; " + JOINT_NOTE)
g.neg("“13+2”", "13+2", "judgement call: name of the corridor's partnership “13+2” (13 "
      "western provinces plus Hainan and Zhanjiang), a label of the set covered (全覆盖), "
      "not read as counts 13 and 2")
g.neg("双向班列", "双向", "lexicalized 双向 'two-way' (双向班列), not a quantity")
g.neg("实现首发", "首发", "first run (首发 'maiden departure'), not a rank or count")
fact("接入率达到100%", "100%", value=100, unit="%", kind="share",
     metric="主要枢纽铁路接入率",
     metric_alts=["铁路接入率", "枢纽铁路接入率", "接入率"], **STOCK,
     note="share of the main hubs connected by rail (a share of a stock): " + STOCK_NOTE)
CORR = dict(subject="西部陆海新通道",
            subject_alts=["陆海新通道", PLACE] + CQ_ALTS)
fact("通达127个国家", "127个", value=127, unit="count", kind="count", classifier="个",
     metric="通达国家和地区",
     metric_alts=["国家和地区", "通达的国家和地区", "通达国家和地区数量"], **CORR, **STOCK,
     note="the network's reach (a stock): " + STOCK_NOTE + "; the corridor owns it")
fact("地区的555个港口", "555个", value=555, unit="count", kind="count", classifier="个",
     metric="通达港口",
     metric_alts=["港口", "通达的港口", "通达港口数量"], **CORR, **STOCK)
ROUTE = "分别: 货运量 ↔ 41%, 货运值 ↔ 67%; Chongqing's traffic via the corridor"
ROUTE_ALTS = CQ_ALTS + ["重庆经通道"]
fact("分别增长41%", "41%", value=41, unit="%", kind="growth", metric="经通道货运量",
     metric_alts=["货运量", "重庆经通道货运量", "西部陆海新通道货运量"],
     subject_alts=ROUTE_ALTS, comparison="yoy", **FLOW, note=ROUTE)
fact("41%、67%", "67%", value=67, unit="%", kind="growth", metric="经通道货运值",
     metric_alts=["货运值", "重庆经通道货运值", "西部陆海新通道货运值", "货值"],
     subject_alts=ROUTE_ALTS, comparison="yoy", **FLOW, note=ROUTE)
fact("累计开行3.6万列", "3.6万列", value=36000, unit="count", kind="count", classifier="列",
     metric="中欧班列（成渝）累计开行",
     metric_alts=["累计开行", "开行", "中欧班列开行", "中欧班列(成渝)累计开行",
                  "中欧班列累计开行", "开行列数"],
     subject="中欧班列（成渝）",
     subject_alts=["中欧班列(成渝)", "中欧班列", PLACE] + CQ_ALTS, **STOCK,
     note="累计 since the service began → " + STOCK_NOTE)
g.neg("第四跑道建成", "第四", "ordinal naming the runway (江北国际机场第四跑道), not a measured "
      "rank; (a count of 4 runways is implied but not stated)")
fact("航线恢复至41条", "41条", value=41, unit="count", kind="count", classifier="条",
     metric="国际（地区）客货运航线",
     metric_alts=["国际(地区)客货运航线", "国际客货运航线", "国际航线", "客货运航线",
                  "国际（地区）航线"],
     subject_alts=CQ_ALTS + ["江北国际机场", "重庆江北国际机场"], **STOCK,
     note="恢复至 → the level reached: " + STOCK_NOTE)
g.neg("举办2024长江", "2024", "year in the name of an event (2024长江文明论坛), not a fact")
g.neg("万吨级轮船", "万吨", "class threshold 万吨级 (10,000-ton class ships) naming the "
      "kind of ship on the route, not a measured quantity (as 千万千瓦级 in "
      "wr_xinjiang_2025)")
g.neg("三峡后续工作", "三峡", "place name 三峡 (Three Gorges), not a quantity")
g.neg("三峡库区存量", "三峡", "place name 三峡 (三峡库区), not a quantity")
fact("清患率超过90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="存量危岩清患率",
     metric_alts=["三峡库区存量危岩清患率", "危岩清患率", "清患率"],
     subject_alts=CQ_ALTS + ["三峡库区", "三峡库区重庆段"], **STOCK,
     note="超过 → gt; share of the stock of dangerous rock masses cleared, as at the end of "
          "2024: " + STOCK_NOTE + "; the area keeps the city as subject (README §4)")
fact("增加47种", "47种", value=47, unit="count", kind="count", classifier="种",
     metric="监测鱼类增量",
     metric_alts=["监测鱼类", "监测鱼类种类增量", "鱼类种类增量", "监测到的鱼类增量",
                  "长江干流重庆段监测鱼类增量", "监测鱼类种数增量"],
     subject_alts=CQ_ALTS + ["长江干流重庆段"], **LEVEL,
     note="absolute change of a count (增加 → positive, metric <level>增量, SPEC §2) against "
          "the start of the fishing ban (较禁捕之初, the basis, not a period; comparison "
          "kept null as for counts); the level monitored in 2024 → the year, year-end as alt")
fact("74个国控断面", "74个", value=74, unit="count", kind="count", classifier="个",
     metric="国控断面",
     metric_alts=["国控断面数量", "国家控制断面"], **STOCK,
     note="the monitoring sections of the network (a stock): " + STOCK_NOTE)
fact("优良比例达到100%", "100%", value=100, unit="%", kind="share",
     metric="国控断面水质优良比例",
     metric_alts=["水质优良比例", "国控断面水质优良率", "国控断面水质优良比率"], **FLOW,
     note="share of the sections of good water quality over 2024 (annual assessment)")

NOTES = (
    "Excerpt: lines 7-15 of shared/texts/work_report/wr_chongqing_2025.txt (2,401 "
    "characters with the final newline), sliced by code: the heading 一、2024年工作回顾, the "
    "opening paragraphs (刚刚过去的2024年…, 一年来…), the four highlight paragraphs (——经济运行 "
    "… ——城乡治理水平), 一年来，主要做了以下工作。 and review item （一） (western development, "
    "Chengdu-Chongqing circle, New Western Land-Sea Corridor, Yangtze belt) in full. The "
    "2025 主要预期目标 cannot be reached: this source has no line stating them (section "
    "二、2025年主要任务, line 28, passes from 今年是…关键之年。 (line 29) to 上述预期目标，综合考虑… "
    "(line 30); the conversion lost the targets), so the excerpt is the review, its densest "
    "run. Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-19, the delivery date in the header "
    "(source line 3: ——2025年1月19日在重庆市第六届人民代表大会第三次会议上); the corpus meta "
    "agrees. Place: 重庆市 (重庆, 全市, 我市 → alts); Sichuan-Chongqing joint figures (川渝省际"
    "通道, 300个共建项目 / 5200亿元, 50个合作项目事项, 3家实验室, 101项, 川渝通办 四批次 / 355项 / "
    "2万件次, 17条) keep 重庆市 with 川渝 / 成渝地区 as alts; owners of their own numbers: 重庆"
    "枢纽港产业园 (163个), the 1000千伏 UHV line, the 千亿方 gas base, 西部陆海新通道 (127个, "
    "555个), 中欧班列（成渝） (3.6万列). Periods: heading 2024年 is the section frame of lines "
    "5, 6, 9 and the start of 7 (null as alt); 全年 governs line 4 and the rest of line 7 "
    "from 23次 (period text 全年, same dates); 一年来 (lines 3, 8) governs nothing; stocks "
    "(增至30个, 累计 四批次/355项/3.6万列, 恢复至41条, 通达127个/555个, 接入率, 清患率, 74个国控"
    "断面) → instant 2024-12-31 with the year and null as alts. Modality: actual, except 预计 "
    "(软件产业收入 16.4%, 研发投入强度 2.6% → forecast) and the designed capacity 千亿方 of "
    "the gas base being built (target, period null, the year as alt). Units: "
    "1000千伏 kept as 千伏 (amount); 千亿方 → 1e11 m3; 59天 → day; 公里 → m; 1倍多 → ratio 1 "
    "gt. Judgement calls: 增长1倍多 → ratio (times) rather than growth 100 %; 两位数增长 → "
    "growth ge 10; 95万低保和特困人员 → count (人); 增加47种 → count change (监测鱼类增量) with "
    "the basis 较禁捕之初 in the note; 400G, “13+2”, 15分钟 (生活服务圈), 第四 (跑道), 万吨级 "
    "read as labels (negatives); 千亿方 as a capacity fact (target). Negatives: 一、, 2024年 "
    "×2, 一年, 六届五次、六次全会, 两大, 三个, 一年来 ×2, 二十大, 二十届二中三中全会, 六届, "
    "六届人大二次会议, 一批 ×2, 首个, 1类, 三攻坚一盘活, 三国三园, 15分钟, （一）, 一域, 第六届, "
    "双城, 首期, 双核, 第二批, 首批, 400G, 首飞, 13+2, 双向, 首发, 第四, 2024 (论坛), 万吨, 三峡 "
    "×2.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：重庆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
