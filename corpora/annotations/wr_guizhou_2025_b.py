"""Gold annotations for wr_guizhou_2025_b (2025年贵州省政府工作报告, review items （五）-（七）),
lines 15-17 of shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/wr_guizhou_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items （五） (ecology: air and water quality,
sewage, restoration, afforestation, energy saving, green factories), （六） (risks: debt,
work safety, disasters) and （七） (livelihood: austerity, jobs, education, health care, the
elderly and children, social assistance standards, sport and culture) in full, each
starting at its heading.  Lines 10-12 are annotated in wr_guizhou_2025 (no overlap).
Among the runs of whole lines of 2,000-2,500 characters in lines 13-68 that start at a
heading, lines 15-17 (2,372 characters) hold the most numbers (56 Arabic numbers; the next
are 59-65, the “十件民生实事” for 2025, with 47 of which ten are list markers, and 29-32 with
46).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guizhou_2025_b"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 15, 17                    # 1-based, inclusive, whole lines
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）全力推进生态文明建设",
                 ends="群众精神文化生活更加丰富。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SET_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
ROUND_NOTE = "ordinal label of a round ({}), not a count or rank"
PHASE_NOTE = "phase label of a project (N期), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt is part of the review of 2024 (一年来 / 过去一年, source lines 5 and 10, outside
# the excerpt): items （五）-（七） state no period of their own, so their facts take the
# review year 2024 (SPEC §4 section frame) with the null reading in period_alts (as
# wr_guizhou_2025 and wr_yunnan_2025).  The period text is 2024年, the review year as the
# report names it (source line 5: 2024年是新中国成立75周年…) and as it occurs in the excerpt
# (line 3: 在2024年巴黎奥运会, the only period word of the excerpt; from there on in line 3 it
# is explicit, same dates).  Stocks (累计 totals, 增至/达到 N of a register, shares of the
# student body, standards raised to a level, places per 1,000 people) are the instant
# 2024-12-31 with the year and null as alts; levels held through the year (稳定在) → the
# year with the year end as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
STD_NOTE = ("a standard raised to (提高至) a level in force at year end → " + STOCK_NOTE +
            "; per month / per year (/月, /年) is part of the indicator, not a period (as "
            "wr_hunan_2025_b 740元/月); the span keeps the /月 or /年")


# ==== line 1 (source 15): （五） ecology ======================================================
g.neg("（五）全力推进", "（五）", MARKER_NOTE)
fact("平均优良天数比率99.1%", "99.1%", value=99.1, unit="%", kind="share",
     metric="中心城市环境空气质量平均优良天数比率",
     metric_alts=["环境空气质量平均优良天数比率", "空气质量平均优良天数比率", "优良天数比率",
                  "中心城市空气质量优良天数比率", "环境空气质量优良天数比率",
                  "全省中心城市环境空气质量平均优良天数比率"],
     subject_alts=GZ_ALTS + ["全省中心城市", "中心城市"], **FLOW,
     note="a rate of the year's days (share); the province's central cities as a whole → the "
          "province, the cities as alts; section frame 2024")
fact("水质优良率保持100%", "100%", value=100, unit="%", kind="share",
     metric="主要河流出境断面水质优良率",
     metric_alts=["出境断面水质优良率", "主要河流出境断面水质优良比例", "水质优良率",
                  "河流出境断面水质优良率"], **FLOW,
     note="保持 → eq; the year's monitoring → the year")
g.neg("以接受第三轮", "第三轮", ROUND_NOTE.format("第三轮中央生态环境保护督察"))
g.neg("“四大攻坚突破”", "四大", SET_NOTE + " (“四大攻坚突破”, the four drives listed before "
      "it)")
fact("新增城镇生活污水处理能力18.92万吨/日", "18.92万吨/日", value=189200, unit="t",
     kind="amount", metric="新增城镇生活污水处理能力",
     metric_alts=["城镇生活污水处理能力", "城镇生活污水日处理能力", "新增城镇生活污水日处理能力",
                  "城镇生活污水处理能力增量", "新增污水处理能力", "污水处理能力"], **FLOW,
     note="万吨/日: a daily capacity → base unit t, the rate in the metric (SPEC §3 rates, as "
          "新增城镇污水日处理能力 in wr_china_2012); the span keeps /日; capacity added in 2024 "
          "(新增) → the year, 增量 reading as alt")
fact("新建改造污水管网1609公里", "1609公里", value=1.609e6, unit="m", kind="amount",
     metric="新建改造污水管网",
     metric_alts=["污水管网", "新建改造污水管网长度", "污水管网新建改造", "新建和改造污水管网"],
     **FLOW, note="公里 = 1e3 m")
fact("磷石膏综合利用率达88.2%", "88.2%", value=88.2, unit="%", kind="share",
     metric="磷石膏综合利用率", metric_alts=["磷石膏利用率", "磷石膏综合利用比例"], **FLOW,
     note="达 → eq; the share of the year's phosphogypsum used → the year")
fact("累计治理修复面积82.28万亩", "82.28万亩", value=822800, unit="mu", kind="amount",
     metric="治理修复面积",
     metric_alts=["累计治理修复面积", "武陵山区“山水工程”治理修复面积", "山水工程治理修复面积",
                  "武陵山区“山水工程”累计治理修复面积", "“山水工程”累计治理修复面积"],
     subject_alts=GZ_ALTS + ["武陵山区“山水工程”", "武陵山区山水工程", "“山水工程”"], **STOCK,
     note="累计 over the project's life (建设全面完成) → a cumulative total: " + STOCK_NOTE +
          "; 亩 stays mu (SPEC §3); the project as subject alt")
fact("完成营造林286万亩", "286万亩", value=2.86e6, unit="mu", kind="amount",
     metric="营造林", metric_alts=["营造林面积", "完成营造林", "造林", "造林面积", "营造林任务"],
     **FLOW, note="万亩 ×1e4, unit mu")
fact("石漠化综合治理887.83平方公里", "887.83平方公里", value=887.83e6, unit="m2",
     kind="amount", metric="石漠化综合治理",
     metric_alts=["石漠化综合治理面积", "完成石漠化综合治理", "石漠化治理面积", "石漠化治理"],
     **FLOW, note="verb 完成 shared; 平方公里 = 1e6 m2")
fact("水土流失综合治理3294.43平方公里", "3294.43平方公里", value=3294.43e6, unit="m2",
     kind="amount", metric="水土流失综合治理",
     metric_alts=["水土流失综合治理面积", "完成水土流失综合治理", "水土流失治理面积",
                  "水土流失治理"], **FLOW, note="verb 完成 shared; 平方公里 = 1e6 m2")
g.neg("煤电机组“三改联动”", "三改联动", LABEL_NOTE + " (“三改联动”: the three retrofits of "
      "coal power units — energy saving, heating and flexibility)")
fact("“三改联动”1353万千瓦", "1353万千瓦", value=1.353e10, unit="W", kind="amount",
     metric="煤电机组“三改联动”",
     metric_alts=["煤电机组三改联动", "煤电机组“三改联动”改造容量", "“三改联动”改造",
                  "三改联动", "完成煤电机组“三改联动”", "煤电机组改造容量",
                  "煤电机组“三改联动”改造"], **FLOW,
     note="the capacity of the coal power units retrofitted in 2024; 万千瓦 = 1e7 W; the "
          "label itself has its own negative")
fact("国家级绿色工厂25家", "25家", value=25, unit="count", kind="count", classifier="家",
     metric="国家级绿色工厂",
     metric_alts=new("国家级绿色工厂", "创建国家级绿色工厂", "绿色工厂"), **FLOW,
     note="created (创建) in 2024; 增量 alts (README §3)")
fact("绿色工业园区10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="国家级绿色工业园区",
     metric_alts=new("国家级绿色工业园区", "绿色工业园区", "创建国家级绿色工业园区"), **FLOW,
     note="创建国家级 shared with 25家 (the elided head restored, README §3)")
g.neg("覆盖全省八大流域", "八大", SET_NOTE + " (八大流域, the province's eight major river "
      "basins named as a group)")
g.neg("启动第二轮", "第二轮", ROUND_NOTE.format("第二轮生态产品总值核算试点"))

# ==== line 2 (source 16): （六） risks ========================================================
g.neg("（六）有力防范", "（六）", MARKER_NOTE)
g.neg("安全生产治本攻坚三年行动", "三年", "name of a three-year campaign (治本攻坚三年行动), "
      "not a duration fact")
ACC_NOTE = ("分别: 生产安全事故起数 ↔ 12.3%, 死亡人数 ↔ 13.7%; 下降 → negative growth; head "
            "生产安全事故 restored for the second")
fact("分别下降12.3%", "12.3%", value=-12.3, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["安全生产事故起数", "生产安全事故", "事故起数", "全省生产安全事故起数"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("12.3%、13.7%", "13.7%", value=-13.7, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "安全生产事故死亡人数", "事故死亡人数", "全省生产安全事故死亡人数"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("成功避让地质灾害40起", "40起", value=40, unit="count", kind="count", classifier="起",
     metric="成功避让地质灾害",
     metric_alts=["避让地质灾害", "地质灾害", "成功避让地质灾害起数", "地质灾害成功避让",
                  "成功避让的地质灾害"], **FLOW)
fact("有效应对14轮强降雨", "14轮", value=14, unit="count", kind="count", classifier="轮",
     metric="强降雨",
     metric_alts=["应对强降雨", "有效应对强降雨", "强降雨过程", "强降雨轮次", "强降雨次数"],
     **FLOW, note="rounds of heavy rain dealt with in 2024 (轮 as classifier)")
g.neg("实现“双下降”", "双下降", LABEL_NOTE + " (“双下降”: both kinds of police reports fell; "
      "no rate given)")

# ==== line 3 (source 17): （七） livelihood ===================================================
g.neg("（七）切实加大", "（七）", MARKER_NOTE)
g.neg("“十件民生实事”全面完成", "十件", "name of the annual list “十件民生实事” (the ten "
      "livelihood projects), a set label (as 十大重点民生实事 in wr_hunan_2025_b), not a count "
      "claim — judgement call")
fact("扎实抓好15件群众", "15件", value=15, unit="count", kind="count", classifier="件",
     metric="群众身边具体实事集中整治",
     metric_alts=["群众身边具体实事", "具体实事", "集中整治的群众身边具体实事",
                  "群众身边具体实事数量", "群众身边具体实事集中整治事项"], **FLOW)
CUT_NOTE = ("压减 X% = a relative cut of the spending or activity → growth, negative (as "
            "wr_guangdong_2025 公用经费压减5%, wr_china_2014)")
fact("非刚性预算支出190亿元", "190亿元", value=-190e8, unit="CNY", kind="amount",
     metric="非急需非刚性预算支出增量",
     metric_alts=["压减非急需非刚性预算支出", "非急需非刚性预算支出压减", "非急需非刚性预算支出",
                  "压减预算支出", "预算支出压减", "非急需非刚性预算支出减少"], **FLOW,
     note="压减 X亿元 = an absolute cut of a level (SPEC §2, as 压减焦化产能 in "
          "nw_cctv_20210314_shandong_2021): signed −190亿元, metric = the level + 增量, the "
          "verb readings as alts; 全省 → the province")
fact("事业单位公用经费15%", "15%", value=-15, unit="%", kind="growth",
     metric="省级机关事业单位公用经费",
     metric_alts=["公用经费", "省级机关事业单位公用经费压减", "压减省级机关事业单位公用经费",
                  "机关事业单位公用经费"],
     subject_alts=GZ_ALTS + ["省级机关事业单位"], comparison="yoy", **FLOW, note=CUT_NOTE)
fact("展会活动58%", "58%", value=-58, unit="%", kind="growth",
     metric="省部级以下论坛、节庆、展会活动",
     metric_alts=["论坛、节庆、展会活动", "省部级以下论坛节庆展会活动", "论坛、节庆、展会活动数量",
                  "压减省部级以下论坛、节庆、展会活动", "省部级以下论坛、节庆、展会活动数量"],
     comparison="yoy", **FLOW, note=CUT_NOTE + "; 省部级以下 (no numeral) stays in the metric")
g.neg("基层“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转)")
g.neg("“六六就业稳岗计划”", "六六", LABEL_NOTE + " (“六六就业稳岗计划”, the province's jobs "
      "programme)")
fact("城镇新增就业60万人以上", "60万人", value=600000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人员", "新增城镇就业"], **FLOW,
     note="以上 → ge (outside the span)")
fact("稳定在600万人左右", "600万人", value=6e6, unit="count", kind="count", classifier="人",
     bound="approx", metric="农村劳动力省外务工",
     metric_alts=["农村劳动力省外务工人数", "省外务工农村劳动力", "农村劳动力省外务工规模",
                  "省外务工人数", "农村劳动力外出务工"], **LEVEL,
     note="稳定在 → a level held through the year (the year, the year end as alt); 左右 → "
          "approx (outside the span)")
fact("去向落实率85%", "85%", value=85, unit="%", kind="share",
     metric="高校毕业生初次毕业去向落实率",
     metric_alts=["初次毕业去向落实率", "毕业去向落实率", "高校毕业生毕业去向落实率",
                  "高校毕业生去向落实率"], **FLOW,
     note="a rate of the 2024 graduates → the year")
fact("职业技能培训61.75万人次", "61.75万人次", value=617500, unit="count", kind="count",
     classifier="人次", metric="职业技能培训",
     metric_alts=["开展职业技能培训", "职业技能培训人次", "职业技能培训规模", "培训"], **FLOW,
     note="人次 is a classifier (SPEC §3)")
fact("中小学和幼儿园208所", "208所", value=208, unit="count", kind="count", classifier="所",
     metric="新建、改扩建中小学和幼儿园",
     metric_alts=["中小学和幼儿园", "新建改扩建中小学和幼儿园", "新建、改扩建中小学和幼儿园数量",
                  "新建和改扩建中小学和幼儿园"], **FLOW)
fact("新增基础教育学位16.95万个", "16.95万个", value=169500, unit="count", kind="count",
     classifier="个", metric="基础教育学位",
     metric_alts=new("基础教育学位", "新增基础教育学位", "学位"), **FLOW,
     note="新增 N: places added in 2024; 增量 alts (README §3)")
g.neg("高考综合改革“首考”", "首考", "first sitting (“首考”) of the reformed gaokao, a "
      "first-of-kind label (README §2 首批), not a rank or count")
fact("9所省市（州）共建", "9所", value=9, unit="count", kind="count", classifier="所",
     metric="省市（州）共建本科高校",
     metric_alts=["省市(州)共建本科高校", "省市州共建本科高校", "共建本科高校",
                  "省市（州）共建本科高校数量", "完成管理体制改革的省市（州）共建本科高校",
                  "本科高校"], **FLOW,
     note="universities whose management reform was completed in 2024")
fact("10所省属高职院校", "10所", value=10, unit="count", kind="count", classifier="所",
     metric="划转为省级教育部门主管的省属高职院校",
     metric_alts=["省属高职院校", "划转的省属高职院校", "省属高职院校数量", "高职院校",
                  "划转省级教育部门主管的省属高职院校"], **FLOW,
     note="the predicate (划转为省级教育部门主管) defines the counted set → in the metric; "
          "transferred in 2024")
fact("在校学生占比达33.2%", "33.2%", value=33.2, unit="%", kind="share",
     metric="理工类本科专业在校学生占比",
     metric_alts=["理工类本科专业在校生占比", "理工类专业在校学生占比", "理工类本科在校学生占比",
                  "理工类本科专业在校学生比重"], **STOCK,
     note="达 → eq; a share of the student body (a stock) → " + STOCK_NOTE)
fact("新增硕博单位4所", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="硕博单位",
     metric_alts=new("硕博单位", "新增硕博单位", "硕士博士学位授予单位", "学位授予单位"), **FLOW,
     note="新增 N: added in 2024; 增量 alts (README §3)")
fact("硕博点48个", "48个", value=48, unit="count", kind="count", classifier="个",
     metric="硕博点",
     metric_alts=new("硕博点", "新增硕博点", "硕士博士学位授权点", "学位授权点"), **FLOW,
     note="verb 新增 shared with 4所")
fact("新设立职业本科高校1所", "1所", value=1, unit="count", kind="count", classifier="所",
     metric="职业本科高校",
     metric_alts=new("职业本科高校", "新设立职业本科高校", "职业本科院校"), **FLOW,
     note="a count with an Arabic 1 and its measure word (not the article 一)")
fact("高职院校3所", "3所", value=3, unit="count", kind="count", classifier="所",
     metric="高职院校",
     metric_alts=new("高职院校", "新设立高职院校", "高等职业院校"), **FLOW,
     note="verb 新设立 shared with 1所")
fact("全省高校增至80所", "80所", value=80, unit="count", kind="count", classifier="所",
     metric="高校",
     metric_alts=["高校数量", "普通高校", "高等学校", "全省高校", "高校总数"], **STOCK,
     note="增至 → the level reached (a register): " + STOCK_NOTE)
fact("启动3个国家区域医疗中心", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心二期项目",
     metric_alts=["国家区域医疗中心二期项目建设", "国家区域医疗中心项目", "国家区域医疗中心",
                  "启动建设的国家区域医疗中心二期项目", "国家区域医疗中心二期项目数量"], **FLOW,
     note="projects whose construction started in 2024; 二期 has its own negative")
g.neg("医疗中心二期项目", "二期", PHASE_NOTE)
g.neg("附属第一医院", "第一", NAME_NOTE.format("中山大学附属第一医院, a hospital"))
g.neg("推动四川大学", "四川", NAME_NOTE.format("四川大学, Sichuan University"))
g.neg("新增三级医院", "三级", "hospital grade label (三级医院, class 3) defining the counted "
      "hospitals, part of the metric, not a quantity (as 二级 in wr_hunan_2025_b)")
fact("三级医院22家", "22家", value=22, unit="count", kind="count", classifier="家",
     metric="三级医院", metric_alts=new("三级医院", "新增三级医院"), **FLOW,
     note="新增 N: hospitals upgraded or opened as class 3 in 2024; 增量 alts (README §3)")
fact("县域医共体达到140个", "140个", value=140, unit="count", kind="count", classifier="个",
     metric="县域医共体",
     metric_alts=["县域医共体数量", "县域医疗共同体", "县域医疗卫生共同体", "医共体"], **STOCK,
     note="达到 → the number reached (a register): " + STOCK_NOTE)
fact("县域医疗次中心50个", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="县域医疗次中心",
     metric_alts=new("县域医疗次中心", "新建县域医疗次中心", "医疗次中心"), **FLOW,
     note="built (新建) in 2024")
g.neg("加强“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young')")
fact("社区养老服务站412个", "412个", value=412, unit="count", kind="count", classifier="个",
     metric="投入运营社区养老服务站",
     metric_alts=new("社区养老服务站", "新增投入运营社区养老服务站", "新增社区养老服务站",
                     "投入运营的社区养老服务站", "养老服务站"), **FLOW,
     note="新增 N: stations put into operation in 2024; 增量 alts (README §3)")
fact("适老化改造7801户", "7801户", value=7801, unit="count", kind="count", classifier="户",
     metric="特殊困难老年人家庭适老化改造",
     metric_alts=["特殊困难老年人家庭", "适老化改造", "适老化改造家庭",
                  "完成特殊困难老年人家庭适老化改造", "特殊困难老年人家庭适老化改造户数",
                  "实施适老化改造的特殊困难老年人家庭"], **FLOW)
fact("无障碍改造9141户", "9141户", value=9141, unit="count", kind="count", classifier="户",
     metric="困难重度残疾人家庭无障碍改造",
     metric_alts=["困难重度残疾人家庭", "无障碍改造", "无障碍改造家庭",
                  "完成困难重度残疾人家庭无障碍改造", "困难重度残疾人家庭无障碍改造户数",
                  "实施无障碍改造的困难重度残疾人家庭"], **FLOW, note="verb 完成 shared with 7801户")
fact("服务失能老年人12.15万人", "12.15万人", value=121500, unit="count", kind="count",
     classifier="人", metric="“健康敲门行动”服务失能老年人",
     metric_alts=["健康敲门行动服务失能老年人", "服务失能老年人", "失能老年人",
                  "“健康敲门行动”服务失能老年人人数", "服务失能老年人人数"], **FLOW)
fact("示范性托育机构25家", "25家", value=25, unit="count", kind="count", classifier="家",
     metric="省级示范性托育机构",
     metric_alts=new("省级示范性托育机构", "建设省级示范性托育机构", "示范性托育机构", "托育机构"),
     **FLOW, note="built (建设) in 2024")
g.neg("每千人口拥有", "千人口", "denominator 每千人口 ('per 1,000 people') of the metric of "
      "4个, not a fact (as wr_qinghai_2025)")
g.neg("拥有3岁以下", "3岁", THRESH_NOTE.format("3岁以下婴幼儿, the age limit of the infants"))
fact("托位数4个以上", "4个", value=4, unit="count", kind="count", classifier="个", bound="ge",
     metric="每千人口拥有3岁以下婴幼儿托位数",
     metric_alts=["每千人口拥有婴幼儿托位数", "每千人口婴幼儿托位数", "婴幼儿托位数", "托位数",
                  "千人口托位数", "每千人口托位数"], **STOCK,
     note="以上 → ge (outside the span); places per 1,000 people (a ratio of stocks, as "
          "wr_qinghai_2025 4.14个): " + STOCK_NOTE)
fact("完成5个市级儿童福利机构", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="市级儿童福利机构优化提质",
     metric_alts=["市级儿童福利机构", "完成优化提质的市级儿童福利机构", "儿童福利机构优化提质",
                  "市级儿童福利机构数量", "儿童福利机构"], **FLOW)
DIBAO = ["城乡低保平均标准", "低保平均标准", "低保标准", "最低生活保障平均标准"]
fact("分别提高至778元/月", "778元/月", value=778, unit="CNY", kind="amount",
     metric="城市低保平均标准",
     metric_alts=["城市低保标准", "城市居民最低生活保障平均标准", "城镇低保平均标准",
                  "城市低保月平均标准"] + DIBAO, **STOCK,
     note="城乡 … 分别: 城市 ↔ 778元/月, 农村 ↔ 6818元/年 (list order); " + STD_NOTE)
fact("778元/月、6818元/年", "6818元/年", value=6818, unit="CNY", kind="amount",
     metric="农村低保平均标准",
     metric_alts=["农村低保标准", "农村居民最低生活保障平均标准", "农村低保年平均标准"] + DIBAO,
     **STOCK, note="分别: 农村 ↔ 6818元/年; " + STD_NOTE)
fact("平均标准提高至1061元/月", "1061元/月", value=1061, unit="CNY", kind="amount",
     metric="特困人员基本生活平均标准",
     metric_alts=["特困人员基本生活标准", "特困人员供养标准", "特困人员基本生活平均标准提高至",
                  "特困人员救助供养标准"], **STOCK, note=STD_NOTE)
ORPHAN = ["孤儿最低养育标准", "孤儿养育标准", "孤儿基本生活保障标准"]
ORPHAN_NOTE = ("集中养育和社会散居 … 分别: 集中养育 ↔ 1900元/月, 社会散居 ↔ 1400元/月 (list "
               "order); ")
fact("分别提高至1900元/月", "1900元/月", value=1900, unit="CNY", kind="amount",
     metric="集中养育孤儿最低养育标准",
     metric_alts=["集中养育孤儿养育标准", "集中供养孤儿最低养育标准", "集中养育孤儿基本生活费标准"]
     + ORPHAN, **STOCK, note=ORPHAN_NOTE + STD_NOTE)
fact("1900元/月、1400元/月", "1400元/月", value=1400, unit="CNY", kind="amount",
     metric="社会散居孤儿最低养育标准",
     metric_alts=["社会散居孤儿养育标准", "散居孤儿最低养育标准", "散居孤儿基本生活费标准"]
     + ORPHAN, **STOCK, note=ORPHAN_NOTE + STD_NOTE)
fact("实施临时救助22.1万人次", "22.1万人次", value=221000, unit="count", kind="count",
     classifier="人次", metric="临时救助",
     metric_alts=["实施临时救助", "临时救助人次", "临时救助规模"], **FLOW,
     note="人次 is a classifier (SPEC §3)")
g.neg("春节一次性慰问补贴", "一次性", "adverb 一次性 'one-off', not a count (as wr_china_2022)")
g.neg("发放一次性生活补助", "一次性", "adverb 一次性 'one-off', not a count")
g.neg("各地“一市一品”", "一市一品", LABEL_NOTE + " (“一市一品” 'one city, one brand')")
g.neg("在2024年巴黎奥运会", "2024年", PERIOD_NOTE + " (the year of the event 2024年巴黎奥运会, "
      "part of its name; the same dates as the section frame, so it changes no period)")
ATH = dict(subject="贵州籍运动员", subject_alts=["贵州运动员", "贵州籍选手", PLACE] + GZ_ALTS)
ATH_NOTE = ("the athletes from Guizhou own the number (the sentence's subject; the province "
            "as alt); period 2024年 explicit (the Games of 2024)")
fact("获得3块金牌", "3块", value=3, unit="count", kind="count", classifier="块",
     metric="奥运会金牌",
     metric_alts=["金牌", "巴黎奥运会金牌", "2024年巴黎奥运会金牌", "获得奥运会金牌",
                  "奥运会金牌数", "金牌数"], **ATH, **FLOW, note=ATH_NOTE)
fact("残奥会获得8块金牌", "8块", value=8, unit="count", kind="count", classifier="块",
     metric="残奥会金牌",
     metric_alts=["金牌", "巴黎残奥会金牌", "获得残奥会金牌", "残奥会金牌数", "金牌数"],
     **ATH, **FLOW, note=ATH_NOTE + "; 残奥会 = the 2024 Paris Paralympics")
g.neg("在第十二届全国", "第十二届", "edition label of the games (第十二届全国少数民族传统体育"
      "运动会), not a count")
g.neg("获一等奖20项", "一等", "award grade label (一等奖), not a quantity (as wr_anhui_2025)")
fact("获一等奖20项", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="一等奖",
     metric_alts=["获一等奖", "一等奖数量", "全国少数民族传统体育运动会一等奖",
                  "第十二届全国少数民族传统体育运动会一等奖", "一等奖项数"], **ATH, **FLOW,
     note=ATH_NOTE + "; the 12th national ethnic minority games were held in 2024")
g.neg("深入实施“四大文化工程”", "四大", SET_NOTE + " (“四大文化工程”)")
g.neg("《万桥飞架", "万桥", "title of a documentary (《万桥飞架—山水间的人类奇迹》), not a "
      "quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review items （五） "
    "(ecology), （六） (risks, work safety, disasters) and （七） (livelihood: austerity, jobs, "
    "education, health care, the elderly and children, assistance standards, sport, culture) "
    "in full, each starting at its heading. Lines 10-12 are annotated in wr_guizhou_2025 (no "
    "overlap). Among the runs of whole lines of 2,000-2,500 characters in lines 13-68 that "
    "start at a heading, this one holds the most numbers (56 Arabic numbers; 59-65 has 47 "
    "with ten list markers, 29-32 has 46). Title line, dateline and source line are outside "
    "the excerpt (title_in_text=False). Date: 2025-01-19, the delivery date in the report's "
    "dateline (source line 3: ——2025年1月19日在贵州省第十四届人民代表大会第三次会议上); the corpus "
    "meta agrees. Place: 贵州省 (贵州, 全省, 我省 → alts); the athletes from Guizhou "
    "(贵州籍运动员) own the medals and prizes (province as alt). Periods: items （五）-（七） "
    "belong to the review of 2024 and state no period of their own: section frame 2024 "
    "(period text 2024年, the review year as named in source line 5 and in the excerpt), "
    "null as alt; in line 3 2024年 (巴黎奥运会) is explicit for the medals, same dates. "
    "Stocks (累计治理修复面积, 在校学生占比, 高校增至80所, 县域医共体达到140个, 托位数, the "
    "assistance standards 提高至) → instant 2024-12-31 with the year and null as alts; 稳定在"
    "600万人左右 → the year with the year end as alt. Modality: actual throughout. Bounds: "
    "以上 → ge; 左右 → approx. Units: 万吨/日 → t (daily rate in the metric, span keeps /日); "
    "N元/月, N元/年 → CNY (per month/year in the metric, span keeps the suffix); 万亩 → mu; "
    "平方公里 → m2; 万千瓦 → W; 公里 → m; 人次, 户, 块, 轮, 起 → classifiers. Judgement calls: "
    "压减…190亿元 → −1.9e10 CNY, metric 非急需非刚性预算支出增量 (SPEC §2 absolute cut), "
    "压减…15% / 58% → growth −15 / −58 (relative cuts); “十件民生实事”全面完成 → 十件 a list "
    "name (negative, as wr_hunan_2025_b 十大); 3岁 (以下) a threshold of the metric and 千人口 "
    "its denominator (negatives); 新增三级医院 → 三级 grade label (negative); 2024年 of the "
    "Olympics → negative (period word inside an event name); the medals and 一等奖 counts "
    "owned by 贵州籍运动员; 14轮强降雨 a count; 12.3%/13.7% → negative growth. Negatives: "
    "（五）, （六）, （七）, 第三轮, 第二轮, 四大 ×2, 三改联动, 八大, 三年, 双下降, 十件, 三保, 六六, "
    "首考, 二期, 第一 (附属第一医院), 四川 (四川大学), 三级, 一老一小, 千人口, 3岁, 一次性 ×2, "
    "一市一品, 2024年, 第十二届, 一等, 万桥.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
