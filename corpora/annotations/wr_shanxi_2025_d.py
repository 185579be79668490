"""Gold annotations for wr_shanxi_2025_d (2025年山西省政府工作报告, the end of the 2024 review),
lines 11-17 of shared/texts/work_report/wr_shanxi_2025.txt.

The excerpt corpora/wr_shanxi_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: review items
（三） (reform, private economy, loans, government services, rural reform, opening), （四）
(ecology: coal-coking parks, Yellow River works, model villages) and （五） (livelihoods: jobs,
schools, medicine, housing, poverty monitoring, culture), the two 一年来 paragraphs (other
work; the government's own work: proposals, regulations, 三公 spending, key tasks), the
thanks and the paragraph of shortcomings.  All of it lies in the review of 2024 (the source
has no heading 一、2024年工作回顾; the review runs from line 3, 刚刚过去的2024年, to line 17;
二、2025年工作安排 starts on line 18).  Lines 4-10 and 18-28 are annotated in wr_shanxi_2025 /
wr_shanxi_2025_b (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanxi_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanxi_2025_d"
PLACE = "山西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_shanxi_2025.txt"
FIRST, LAST = 11, 17                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年山西省政府工作报告"
SX_ALTS = ["山西", "全省", "我省"]
GOV_ALTS = SX_ALTS + ["山西省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）有效激发全社会内生动力活力。",
                 ends="我们一定正视困难，直面挑战，全面改进。")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)
gov = g.with_subject(PLACE, GOV_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "首次 'for the first time', not a rank or count"
EDITION_NOTE = "edition label of an event ({}), not a rank or count"

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# The excerpt lies in the review of 2024 (过去一年 / 一年来 in a report delivered on
# 2025-01-17; no heading 一、2024年工作回顾 in the source).  Lines 1-3 (items （三）（四）（五）)
# state no period of their own before their numbers: they take the review year as section
# frame (SPEC §4), 2024-01-01..2024-12-31, with the period text 一年来, the review's own name
# for the year in this excerpt (lines 4-5; as wr_guangxi_2025_b), the null reading in
# period_alts.  Lines 4 and 5 open with 一年来 (the review year, explicit): it governs line
# 5's facts (alts: null, and the literal twelve months before the reference date, as
# wr_guangdong_2025).  Stocks (开工率, 交付率: shares of a set of works in a state at year
# end) are the instant 2024-12-31 with the year and null as alts; growth of a stock (贷款余额)
# and levels held in the year (items under a service, areas under trusteeship, people in
# work) → the year with the year end as alt; facilities built (建成) → the year, the
# cumulative reading (instant) as alt.  Streaks (连续3年, 连续11年) end in the review year:
# the year as gold, the streak's own span as alt (as wr_yunnan_2025 连续3年).
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
Y24_12M = P("一年来", "2024-01-17", "2025-01-17")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
BUILT = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FLOW_YL = dict(period=Y24, period_alts=[Y24_NULL, Y24_12M])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
LEVEL_NOTE = "a level of the review year 2024; the year-end reading as alt"
BUILT_NOTE = ("建成 N in the review: facilities completed in 2024 → the year; the cumulative "
              "reading (a stock at 2024-12-31) in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
NET_NOTE = ("净增 N: the net change of a register over 2024 (SPEC §2 absolute change → "
            "<level>增量, positive); the plain noun and 净增… as alts (as wr_yunnan_2025)")
GOV_NOTE = ("the provincial government's own work in 2024 (the province as subject, the "
            "government as alt, as wr_hainan_2025 / wr_guangxi_2025_b); 一年来 at the head of "
            "the line governs (explicit)")


# ==== line 1 (source 11): （三） reform and opening ===============================================
g.neg("（三）有效激发", "（三）", MARKER_NOTE)
g.neg("“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇”, the policy on the public "
      "and the non-public economy)")
g.neg("“三个集中”", "三个集中", LABEL_NOTE + " (“三个集中”, the concentration principles of "
      "the provincial state capital), not a count")
fact("发展壮大20条措施", "20条", value=20, unit="count", kind="count", classifier="条",
     metric="促进民营经济发展壮大措施",
     metric_alts=["促进民营经济发展壮大的措施", "民营经济发展壮大措施", "措施", "措施数量",
                  "出台促进民营经济发展壮大措施"], **FLOW,
     note="count of measures (README §2 七条措施) issued in 2024; section frame 2024 (period "
          "text 一年来 of lines 4-5), null as alt")
fact("等领域240个项目", "240个", value=240, unit="count", kind="count", classifier="个",
     metric="向民间资本推介项目",
     metric_alts=["向民间资本推介的项目", "推介项目", "项目", "优选项目",
                  "向民间资本推介项目数量"], **FLOW,
     note="projects selected and offered to private capital in 2024")
fact("无还本续贷853.4亿元", "853.4亿元", value=853.4e8, unit="CNY", kind="amount",
     metric="无还本续贷",
     metric_alts=["落实无还本续贷", "无还本续贷金额", "无还本续贷规模"], **FLOW)
fact("惠及2.9万户", "2.9万户", value=29000, unit="count", kind="count", classifier="户",
     metric="惠及中小微企业",
     metric_alts=["中小微企业", "无还本续贷惠及中小微企业", "惠及企业", "受惠中小微企业",
                  "惠及中小微企业户数"], **FLOW,
     note="户 is a classifier (SPEC §3); the firms that got the renewals in 2024")
LOAN = "分别: 民营经济贷款余额 ↔ 13.7%, 普惠小微贷款余额 ↔ 28.4% (head 贷款余额 shared)"
fact("分别增长13.7%", "13.7%", value=13.7, unit="%", kind="growth",
     metric="民营经济贷款余额",
     metric_alts=["民营经济贷款", "民营企业贷款余额", "民营经济贷款余额增速", "民营贷款余额"],
     comparison="yoy", **LEVEL,
     note=LOAN + " (README §3 elided head restored); growth of a stock over the year (as "
          "wr_xinjiang_2025_c 小微企业贷款余额): " + LEVEL_NOTE)
fact("13.7%、28.4%", "28.4%", value=28.4, unit="%", kind="growth",
     metric="普惠小微贷款余额",
     metric_alts=["普惠小微贷款", "普惠小微贷款余额增速", "普惠型小微企业贷款余额"],
     comparison="yoy", **LEVEL, note=LOAN + "; " + LEVEL_NOTE)
g.neg("指引清单", "清单", "lexicalized 清单 'list', not a quantity")
g.neg("“单一窗口”", "单一", LABEL_NOTE + " (“单一窗口” 'single window' for trade, as "
      "wr_anhui_2025_d)")
fact("512项省级审批事项", "512项", value=512, unit="count", kind="count", classifier="项",
     metric="一窗受理省级审批事项",
     metric_alts=["省级审批事项", "一窗受理服务的省级审批事项", "审批事项",
                  "省级审批事项一窗受理", "一窗受理事项", "省级审批事项数量"], **LEVEL,
     note="items served through one window (a service in operation in 2024) → " + LEVEL_NOTE)
g.neg("审批事项一窗受理", "一窗", LABEL_NOTE + " (一窗受理 'one-window acceptance', the name "
      "of the service mode), not a count")
MID = dict(subject="中部城市群",
           subject_alts=["山西中部城市群", PLACE] + SX_ALTS)
fact("131项高频事项", "131项", value=131, unit="count", kind="count", classifier="项",
     metric="跨市通办高频事项",
     metric_alts=["高频事项", "高频事项跨市通办", "跨市通办事项", "跨市通办高频事项数量"],
     **MID, **LEVEL,
     note="judgement call: the city cluster (山西中部城市群, a part of the province) owns the "
          "items handled across its cities (as 天山北坡城市群 in wr_xinjiang_2025_b), the "
          "province as alt; a service in operation in 2024 → " + LEVEL_NOTE)
LAND = "集体经营性建设用地入市试点成交: 87宗 (parcels) and 2959亩 (their area) in 2024"
fact("试点成交87宗", "87宗", value=87, unit="count", kind="count", classifier="宗",
     metric="集体经营性建设用地入市试点成交",
     metric_alts=["集体经营性建设用地入市成交", "入市试点成交", "成交宗数",
                  "集体经营性建设用地入市试点成交宗数", "集体经营性建设用地入市宗数"],
     **FLOW, note=LAND)
fact("87宗、2959亩", "2959亩", value=2959, unit="mu", kind="amount",
     metric="集体经营性建设用地入市试点成交面积",
     metric_alts=["集体经营性建设用地入市成交面积", "入市试点成交面积", "成交面积",
                  "集体经营性建设用地入市试点成交", "集体经营性建设用地入市面积"],
     **FLOW, note=LAND + "; 亩 stays mu (SPEC §3)")
fact("农业托管面积3300万亩", "3300万亩", value=3.3e7, unit="mu", kind="amount",
     metric="农业托管面积",
     metric_alts=["农业生产托管面积", "托管面积", "农业托管服务面积"], **LEVEL,
     note="the area under trusteeship services in 2024 → " + LEVEL_NOTE)
fact("服务310万农户", "310万", value=3.1e6, unit="count", kind="count", classifier="户",
     metric="服务农户",
     metric_alts=["农户", "农业托管服务农户", "服务农户数", "托管服务农户", "服务农户数量"],
     **LEVEL,
     note="span number + scale; 户 of the counted noun 农户 is the classifier (as "
          "wr_anhui_2025_d 662万农户); " + LEVEL_NOTE)
fact("有实绩外贸企业167家", "167家", value=167, unit="count", kind="count", classifier="家",
     metric="有实绩外贸企业增量",
     metric_alts=["有实绩外贸企业", "净增有实绩外贸企业", "有实绩外贸企业净增",
                  "有实绩外贸企业数量增量", "外贸企业增量", "外贸企业"], **FLOW, note=NET_NOTE)
fact("建成27个海外仓", "27个", value=27, unit="count", kind="count", classifier="个",
     metric="海外仓",
     metric_alts=["建成海外仓", "海外仓数量", "海外仓增量", "海外仓数量增量"], **BUILT,
     note=BUILT_NOTE)
fact("新增恢复8条", "8条", value=8, unit="count", kind="count", classifier="条",
     metric="国际客货运航线",
     metric_alts=new("国际客货运航线", "新增恢复国际客货运航线", "国际航线",
                     "新增恢复国际客货运航线数量"), **FLOW,
     note="routes opened or resumed (新增恢复) in 2024; " + NEW_NOTE)
fact("新增4对国际友城", "4对", value=4, unit="count", kind="count", classifier="对",
     metric="国际友城",
     metric_alts=new("国际友城", "新增国际友城", "国际友好城市", "友好城市"), **FLOW,
     note="pairs (对) of sister cities added in 2024; " + NEW_NOTE)
fact("23对友好合作伙伴", "23对", value=23, unit="count", kind="count", classifier="对",
     metric="友好合作伙伴",
     metric_alts=new("友好合作伙伴", "新增友好合作伙伴", "国际友好合作伙伴",
                     "友好合作关系"), **FLOW,
     note="verb 新增 shared; " + NEW_NOTE)
fact("临时入境人员增长54.2%", "54.2%", value=54.2, unit="%", kind="growth",
     metric="临时入境人员",
     metric_alts=["临时入境人员人数", "临时入境外国人", "入境人员", "临时入境人数"],
     comparison="yoy", **FLOW)
g.neg("2024中国—东盟周", "2024", "year inside an event name (2024中国—东盟周活动), not a "
      "quantity (as wr_yunnan_2025 2024中国国际友城大会)")
CENTRAL = ("tasks and measures the province set for the national strategy 新时代中部地区崛起 "
           "in 2024 (制定落实)")
fact("崛起145项重点任务", "145项", value=145, unit="count", kind="count", classifier="项",
     metric="新时代中部地区崛起重点任务",
     metric_alts=["中部地区崛起重点任务", "重点任务", "制定落实新时代中部地区崛起重点任务",
                  "新时代中部地区崛起重点任务数量"], **FLOW, note=CENTRAL)
fact("和69项政策措施", "69项", value=69, unit="count", kind="count", classifier="项",
     metric="新时代中部地区崛起政策措施",
     metric_alts=["中部地区崛起政策措施", "政策措施", "制定落实新时代中部地区崛起政策措施",
                  "新时代中部地区崛起政策措施数量"], **FLOW,
     note=CENTRAL + "; head 新时代中部地区崛起 restored (README §3)")

# ==== line 2 (source 12): （四） ecology ============================================================
g.neg("（四）协同推进", "（四）", MARKER_NOTE)
g.neg("创建零碳产业示范区", "零碳", "label 零碳 'zero-carbon' (README §2), not a quantity")
fact("汾河谷地15个煤焦园区", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="煤焦园区",
     metric_alts=["汾河谷地煤焦园区", "实施环境综合治理的煤焦园区", "煤焦园区环境综合治理",
                  "煤焦园区数量", "环境综合治理煤焦园区"],
     subject_alts=SX_ALTS + ["汾河谷地"], **FLOW,
     note="parks under the 2024 clean-up; 汾河谷地 (the Fen valley, a part of the province) "
          "locates them, the province keeps the subject (valley as alt) — judgement call")
fact("开工率91.3%", "91.3%", value=91.3, unit="%", kind="share",
     metric="黄河干流流经县综合治理工程开工率",
     metric_alts=["综合治理工程开工率", "开工率", "黄河干流流经县综合治理工程开工比例"],
     **STOCK,
     note="judgement call: the share of the works started (a share of a set of works in a "
          "state at year end, SPEC §4 share of a stock): " + STOCK_NOTE)
g.neg("水质首次全线", "首次", FIRST_NOTE)
fact("6个设区市入选", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="入选国家再生水利用重点城市的设区市",
     metric_alts=["国家再生水利用重点城市", "再生水利用重点城市", "设区市",
                  "入选国家再生水利用重点城市设区市数量", "国家再生水利用重点城市数量"], **FLOW,
     note="cities listed in 2024 (入选); the listing defines the counted set → metric")
fact("建成360个精品示范村", "360个", value=360, unit="count", kind="count", classifier="个",
     metric="精品示范村",
     metric_alts=["建成精品示范村", "精品示范村数量", "示范村"], **BUILT, note=BUILT_NOTE)
fact("2680个提档升级村", "2680个", value=2680, unit="count", kind="count", classifier="个",
     metric="提档升级村",
     metric_alts=["建成提档升级村", "提档升级村数量"], **BUILT,
     note="verb 建成 shared; " + BUILT_NOTE)

# ==== line 3 (source 13): （五） livelihoods ========================================================
g.neg("（五）用情用力", "（五）", MARKER_NOTE)
g.neg("举办第六届", "第六届", EDITION_NOTE.format("第六届“中国创翼”创业大赛"))
fact("提升122个劳务品牌", "122个", value=122, unit="count", kind="count", classifier="个",
     metric="劳务品牌",
     metric_alts=["提升知名度的劳务品牌", "劳务品牌数量", "提升劳务品牌知名度"], **FLOW,
     note="labour brands promoted in 2024")
fact("城镇新增就业47万人", "47万人", value=470000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "新增城镇就业"], **FLOW,
     note="a flow of the year (the jobs added), the indicator's own name, not 增量 of a level")
fact("寄宿制学校100所", "100所", value=100, unit="count", kind="count", classifier="所",
     metric="新建改扩建寄宿制学校",
     metric_alts=["寄宿制学校", "新建、改扩建寄宿制学校", "新建改扩建寄宿制学校数量",
                  "寄宿制学校数量"], **FLOW,
     note="schools built or enlarged in 2024")
fact("义务教育共同体500个", "500个", value=500, unit="count", kind="count", classifier="个",
     metric="城乡义务教育共同体",
     metric_alts=["建成城乡义务教育共同体", "义务教育共同体", "城乡义务教育共同体数量",
                  "教育共同体"], **BUILT, note=BUILT_NOTE)
fact("产教联合体10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="省级市域产教联合体",
     metric_alts=["建成省级市域产教联合体", "市域产教联合体", "产教联合体",
                  "省级市域产教联合体数量"], **BUILT,
     note="verb 建成 shared; " + BUILT_NOTE)
fact("连续3年排全国前列", "3年", value=3, unit="year", kind="amount",
     metric="执行集采药品数量排全国前列持续时间",
     metric_alts=["执行集采药品数量连续排全国前列", "集采药品数量排全国前列年数",
                  "执行集采药品数量", "集采药品数量", "连续排全国前列持续时间"],
     period=Y24, period_alts=[Y24_NULL, P("连续3年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续3年 (a duration, unit year, as wr_yunnan_2025 连续3年保持全国"
          "前列) — judgement call; 全国前列 states no rank number; the streak ends in the "
          "review year (alt 2022-2024)")
g.neg("“一卡通”", "一卡通", LABEL_NOTE + " (社保卡 “一卡通” 'one card for all services', as "
      "wr_anhui_2025_d)")
fact("交付率96.5%以上", "96.5%", value=96.5, unit="%", kind="share", bound="ge",
     metric="保交房交付率",
     metric_alts=["交付率", "“保交房”交付率", "保交房任务交付率", "保交房项目交付率"],
     **STOCK,
     note="以上 → ge (outside the span); judgement call: the share of the committed homes "
          "delivered (a share of a set of homes in a state at year end): " + STOCK_NOTE)
fact("维护了19.2万户", "19.2万户", value=192000, unit="count", kind="count", classifier="户",
     metric="维护购房权益的家庭",
     metric_alts=["家庭", "维护购房权益家庭", "购房家庭", "维护了购房权益的家庭",
                  "维护购房权益家庭户数"], **FLOW,
     note="户 is a classifier, the counted noun 家庭 outside the span (README §1)")
POV = ("6.1万户14.2万名防返贫监测对象: one set of people under poverty-relapse monitoring "
       "whose risk was removed in 2024, counted in households (户) and in persons (名)")
fact("6.1万户14.2万名", "6.1万户", value=61000, unit="count", kind="count", classifier="户",
     metric="稳定消除风险的防返贫监测对象户数",
     metric_alts=["防返贫监测对象户数", "防返贫监测对象", "稳定消除风险的防返贫监测对象",
                  "消除风险的防返贫监测对象户数", "监测对象户数"], **FLOW, note=POV)
fact("6.1万户14.2万名", "14.2万名", value=142000, unit="count", kind="count",
     classifier="名", metric="稳定消除风险的防返贫监测对象",
     metric_alts=["防返贫监测对象", "防返贫监测对象人数", "稳定消除风险的防返贫监测对象人数",
                  "消除风险的防返贫监测对象", "监测对象"], **FLOW, note=POV)
fact("108.6万名脱贫劳动力", "108.6万名", value=1086000, unit="count", kind="count",
     classifier="名", metric="实现就业的脱贫劳动力",
     metric_alts=["脱贫劳动力", "脱贫劳动力就业", "脱贫劳动力务工就业规模", "脱贫人口务工规模",
                  "脱贫劳动力就业人数", "实现就业脱贫劳动力"], **LEVEL,
     note="people from formerly poor households in work in 2024 (a level held in the year) → "
          + LEVEL_NOTE)
fact("5部作品获", "5部", value=5, unit="count", kind="count", classifier="部",
     metric="获“五个一工程”奖作品",
     metric_alts=["获五个一工程奖作品", "作品", "“五个一工程”奖获奖作品", "获奖作品",
                  "五个一工程奖获奖作品", "获“五个一工程”奖的作品"], **FLOW,
     note="works awarded in 2024 (the award defines the counted set → metric, as "
          "wr_guangxi_2025_b 3部作品获“骏马奖”)")
g.neg("获“五个一工程”奖", "五个一工程", "award name “五个一工程”, not a count (as "
      "wr_guangxi_2025_b)")
g.neg("“五个一批”", "五个一批", LABEL_NOTE + " (“五个一批”群众文化惠民工程, a programme "
      "name), not a count")
g.neg("在第十四届全国冬运会", "第十四届", EDITION_NOTE.format("第十四届全国冬运会"))

# ==== line 4 (source 14): 一年来, other work (no facts) ==============================================
g.neg("一年来，国防动员", "一年来", PERIOD_NOTE + " (the review year 2024; its line holds no "
      "fact)")
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民, as wr_guangxi_2025_b)")
g.neg("残疾人、红十字", "红十字", "organisation name 红十字 (Red Cross); 十字 'cross', not a "
      "number (as wr_guangxi_2025_b)")

# ==== line 5 (source 15): 一年来, the government's own work ==========================================
g.neg("一年来，省政府", "一年来", PERIOD_NOTE + " (head of the line: the review year 2024, "
      "explicit; governs the line's facts)")
gov("省人大代表建议774件", "774件", value=774, unit="count", kind="count", classifier="件",
    metric="省人大代表建议",
    metric_alts=["办理省人大代表建议", "人大代表建议", "省人大代表建议数量", "代表建议"],
    **FLOW_YL, note=GOV_NOTE)
gov("省政协提案1073件", "1073件", value=1073, unit="count", kind="count", classifier="件",
    metric="省政协提案",
    metric_alts=["办理省政协提案", "政协提案", "省政协提案数量", "提案"], **FLOW_YL,
    note="verb 办理 shared; " + GOV_NOTE)
gov("法规草案16件", "16件", value=16, unit="count", kind="count", classifier="件",
    metric="提请审议地方性法规草案",
    metric_alts=["地方性法规草案", "法规草案", "提请审议地方性法规草案数量",
                 "地方性法规草案数量"], **FLOW_YL, note=GOV_NOTE)
gov("政府规章2部", "2部", value=2, unit="count", kind="count", classifier="部",
    metric="出台政府规章",
    metric_alts=["政府规章", "省政府规章", "出台省政府规章", "政府规章数量", "规章"],
    **FLOW_YL, note=GOV_NOTE)
g.neg("反对“四风”", "四风", LABEL_NOTE + " (“四风”: formalism, bureaucratism, hedonism, "
      "extravagance), not a count")
g.neg("省级“三公”经费", "三公", LABEL_NOTE + " (“三公”经费: official travel abroad, vehicles, "
      "receptions), not a count")
gov("连续11年只减不增", "11年", value=11, unit="year", kind="amount",
    metric="省级“三公”经费只减不增持续时间",
    metric_alts=["省级“三公”经费连续只减不增", "“三公”经费只减不增年数", "省级三公经费只减不增持续时间",
                 "“三公”经费只减不增持续时间", "省级“三公”经费", "三公经费"],
    period=Y24, period_alts=[Y24_NULL, Y24_12M, P("连续11年", "2014-01-01", "2024-12-31")],
    note="length of the streak 连续11年 (a duration, unit year, as wr_yunnan_2025 连续3年) — "
         "judgement call; the streak ends in the review year (alt 2014-2024); 一年来 governs")
gov("部署的170项重点任务", "170项", value=170, unit="count", kind="count", classifier="项",
    metric="省委经济工作会议和省政府工作报告部署的重点任务",
    metric_alts=["重点任务", "部署的重点任务", "落实重点任务", "重点任务数量",
                 "省政府工作报告部署的重点任务"], **FLOW_YL,
    note="the tasks of 2024 carried out item by item (清单化落实); " + GOV_NOTE)

# ==== line 6 (source 16): thanks (no numerals) ======================================================

# ==== line 7 (source 17): shortcomings (no facts) ===================================================
g.neg("“两个过多依赖”", "两个过多依赖", LABEL_NOTE + " (摆脱对煤炭“两个过多依赖”, the "
      "province's slogan on its over-reliance on coal), not a count")
g.neg("我们一定正视", "一定", "adverb 一定 'surely, must', not a quantity (as wr_china_1982)")

NOTES = (
    "Excerpt: lines 11-17 of shared/texts/work_report/wr_shanxi_2025.txt (2,150 characters "
    "with the final newline), sliced by code; the line range is given by the brief: review "
    "items （三） (reform, private economy, loans, services, rural reform, opening), （四） "
    "(ecology) and （五） (livelihoods) in full, the two 一年来 paragraphs (other work; the "
    "government's own work), the thanks and the shortcomings. Part of the document: the "
    "review of 2024 (the source has no heading 一、2024年工作回顾; the review runs from line 3 "
    "to line 17, and 二、2025年工作安排 starts on line 18). Lines 4-10 and 18-28 are annotated "
    "in wr_shanxi_2025 / wr_shanxi_2025_b (no overlap). Title line and source line "
    "(来源：山西日报) are outside the excerpt; the title is the source's first line "
    "(title_in_text=False). Date: 2025-01-17, the corpus meta date = the delivery date stated "
    "in the report header (2025年1月17日在山西省第十四届人民代表大会第三次会议上…, quoted in "
    "the meta notes); nothing in the excerpt contradicts it. Place: 山西省 (全省/我省/山西 → "
    "alts; the government's own work of line 15 adds 省政府 etc. as alts); the 中部城市群 "
    "owns its 131 items (province as alt); 汾河谷地 stays an alt of the province. Periods: the "
    "review year 2024 is the section frame of lines 11-13 (period text 一年来, the review's own "
    "name for the year in lines 14-15, null as alt); line 15 opens with 一年来 (explicit, "
    "alts null and the twelve months before the reference date); line 14's 一年来 governs "
    "no number. Stocks (开工率 91.3%, 交付率 96.5%) → instant 2024-12-31, the year and null "
    "as alts; growth of loan balances, items under a service (512项/131项), trusteeship area "
    "and farmers served, people in work (108.6万名) → the year, year-end as alt; facilities "
    "built (海外仓, 示范村/提档升级村, 共同体/联合体) → the year, year-end as alt; streaks "
    "连续3年 / 连续11年 → durations, the year as gold, the streak's span as alt. Modality: "
    "actual throughout (no 预计 in the excerpt). Units: 亩/万亩 → mu; 亿元 1e8; counts with "
    "条/个/项/户/宗/对/人/所/名/件/部; 310万农户 → span 310万, classifier 户. Judgement calls: "
    "净增有实绩外贸企业 → <level>增量 (SPEC §2) with the noun as alt; 开工率 and 交付率 as shares "
    "of a stock; 6.1万户14.2万名 → two counts of one set (households, persons); 连续N年 as "
    "duration facts; 一窗, 单一, 三个集中, 两个毫不动摇, 五个一批, 两个过多依赖 as labels. "
    "Negatives: （三）/（四）/（五）, 两个毫不动摇, 三个集中, 清单, 单一, 一窗, 2024 (event name), "
    "零碳, 首次, 第六届, 一卡通, 五个一工程, 五个一批, 第十四届, 一年来 ×2, 双拥, 红十字, 四风, "
    "三公, 两个过多依赖, 一定. Lexicalized, not listed: 一体化, 统一, 一些, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_shanxi_2025.txt lines {FIRST}–{LAST} "
        "(2025年山西省政府工作报告, 来源：山西日报; via alexzhu0/Jina_Embeddings_v4_RAG)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
