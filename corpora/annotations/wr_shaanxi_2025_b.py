"""Gold annotations for wr_shaanxi_2025_b (held-out: corpora/heldout/; 2025年陕西省政府工作报告,
review items （一）-（三）), lines 8-10 of shared/texts/work_report/wr_shaanxi_2025.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped: items （一）综合施策，经济运行稳中有进, （二）创新引领，现代化产业体系加快构建 and
（三）紧盯重点，改革开放持续深化 of the 2024 review (part 一、2024年工作回顾, source line 5;
一年来，主要做了以下7方面工作, source line 7; both outside the excerpt).  Lines 12-21 are
annotated in wr_shaanxi_2025 (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_shaanxi_2025_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shaanxi_2025_b"
PLACE = "陕西省"
REF = "2025-01-16"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_shaanxi_2025.txt"
FIRST, LAST = 8, 10                     # 1-based, inclusive, whole lines
TITLE = "2025年陕西省政府工作报告"
SX_ALTS = ["陕西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（一）综合施策，经济运行稳中有进。",
                 ends="其中对中亚五国增长48.1%。")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"

# ---- periods (reference date 2025-01-16) ---------------------------------------------------
# The three lines are items of 一年来，主要做了以下7方面工作 (source line 7) in part
# 一、2024年工作回顾 (source line 5), both outside the excerpt.  No line of the excerpt states a
# period of its own, so every number takes the review year 2024 (SPEC §4 section frame; period
# text 2024年, the heading's), the null reading in period_alts (as wr_yunnan_2025 lines 3-6).
# Stocks (绿电装机规模, 5G基站总量, a count of pilot units reached, routes restored to, a
# capacity in operation) are the instant 2024-12-31 with the year and null as alts.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")


def growth(ctx, target, value, metric, alts, note=None, **kw):
    kw.setdefault("period", Y24)
    kw.setdefault("period_alts", [Y24_NULL])
    fact(ctx, target, value=value, unit="%", kind="growth", metric=metric,
         metric_alts=alts, comparison="yoy", note=note, **kw)


# ==== line 1 (source 8): （一）综合施策，经济运行稳中有进 =========================================
g.neg("（一）综合施策", "（一）", MARKER_NOTE)
g.neg("以“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”政策为牵引", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
g.neg("存量政策和一揽子", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")
g.neg("深化“四个一批”", "四个一批", LABEL_NOTE + " (“四个一批” project management: 签约、"
      "开工、投产、达效 a batch each), not a count")
growth("固定资产投资增长5.2%", "5.2%", 5.2, "固定资产投资",
       ["全省固定资产投资", "固定资产投资增速", "投资"])
INV_NOTE = "分别: 社会资本投资 ↔ 8.2%, 工业技改投资 ↔ 21.4%; 其中 = parts of 固定资产投资"
growth("分别增长8.2%", "8.2%", 8.2, "社会资本投资", ["社会投资", "社会资本投资增速"],
       note=INV_NOTE)
growth("8.2%、21.4%", "21.4%", 21.4, "工业技改投资",
       ["工业技术改造投资", "技改投资", "工业技改投资增速"], note=INV_NOTE)
fact("新增煤矿产能2420万吨", "2420万吨", value=2.42e7, unit="t", kind="amount",
     metric="新增煤矿产能",
     metric_alts=["煤矿产能", "煤矿产能增量", "煤炭产能", "新增煤炭产能", "煤炭产能增量",
                  "煤矿年产能增量"], **FLOW,
     note="capacity added in 2024 (新增: the SPEC §2 增量 reading as alt); 万吨 = 1e4 t; "
          "annual capacity, base unit t (SPEC rates)")
GAS = ["年产能", "天然气年产能", "年产量", "产能", "天然气产能", "延安气田增产项目年产能",
       "增产项目年产能", "延安气田年产能"]
fact("年产38.8亿方的延安气田", "38.8亿方", value=3.88e9, unit="m3", kind="amount",
     metric="天然气年产能", metric_alts=GAS,
     subject="延安气田增产项目",
     subject_alts=["延安气田", "年产38.8亿方的延安气田增产项目", PLACE] + SX_ALTS,
     **STOCK,
     note="capacity written into the project's name (SPEC §1): 亿方 = 1e8 立方米 (方 = m3); "
          "rate 年产 in the metric, base unit m3; the project went into full operation "
          "(全面投产) → actual, a capacity (stock): " + STOCK_NOTE + "; the project owns "
          "the number (the province as alt)")
g.neg("陕北至关中第三条", "第三条", "ordinal label of a transmission channel (陕北至关中"
      "第三条输电通道, 'the third line'), not a count or rank")
fact("绿电装机规模突破5500万千瓦", "5500万千瓦", value=5.5e10, unit="W", kind="amount",
     bound="gt", metric="绿电装机规模",
     metric_alts=["绿电装机", "绿电装机容量", "绿色电力装机", "新能源装机", "清洁能源装机",
                  "绿电装机规模突破"], **STOCK,
     note="突破 → gt (outside the span); 万千瓦 = 1e7 W; installed capacity (a stock): "
          + STOCK_NOTE)
EN_NOTE = "分别: 原油加工量 ↔ 5.9%, 天然气产量 ↔ 9.2%, 发电量 ↔ 6.2%"
growth("分别增长5.9%", "5.9%", 5.9, "原油加工量", ["原油加工"], note=EN_NOTE)
growth("5.9%、9.2%", "9.2%", 9.2, "天然气产量", ["天然气"], note=EN_NOTE)
growth("9.2%、6.2%", "6.2%", 6.2, "发电量", ["规上工业发电量", "发电"], note=EN_NOTE)
fact("外送电量935亿千瓦时", "935亿千瓦时", value=9.35e10, unit="kWh", kind="amount",
     metric="外送电量", metric_alts=["外送电", "送出电量", "外送电力"], **FLOW,
     note="亿千瓦时 = 1e8 kWh; electricity sent out of the province in 2024")
growth("能源工业增长8%", "8%", 8, "能源工业",
       ["能源工业增加值", "能源工业增加值增速", "能源工业增速"],
       note="能源工业增长 = growth of the energy industry's value added (head as written, "
            "增加值 as alt)")
g.neg("“百亿提升、千亿跨越、万亿壮大”", "百亿提升、千亿跨越、万亿壮大",
      LABEL_NOTE + " (campaign slogan of the key industrial chains, 百亿/千亿/万亿 classes), "
      "not a quantity")
IND_NOTE = "分别: 汽车 ↔ 18.1%, 有色金属 ↔ 16.6%; 行业增加值 shared"
growth("分别增长18.1%", "18.1%", 18.1, "汽车行业增加值",
       ["汽车行业", "汽车制造业增加值", "汽车"], note=IND_NOTE + "; head restored (README §3)")
growth("18.1%、16.6%", "16.6%", 16.6, "有色金属行业增加值",
       ["有色金属行业", "有色金属", "有色金属工业增加值"], note=IND_NOTE)
PV_NOTE = "分别: 太阳能电池 ↔ 57.2%, 集成电路圆片 ↔ 36.7%; 产量 shared"
growth("分别增长57.2%", "57.2%", 57.2, "太阳能电池产量", ["太阳能电池"],
       note=PV_NOTE + "; head 产量 restored (README §3)")
growth("57.2%、36.7%", "36.7%", 36.7, "集成电路圆片产量",
       ["集成电路圆片", "集成电路晶圆产量", "圆片产量"], note=PV_NOTE)
fact("新能源汽车产量达到119.8万辆", "119.8万辆", value=1.198e6, unit="count", kind="count",
     classifier="辆", metric="新能源汽车产量",
     metric_alts=["新能源汽车", "新能源汽车产量达到"], **FLOW,
     note="达到 → eq; the year's output (a flow) although written with 达到")
growth("规上工业增加值增长7.8%", "7.8%", 7.8, "规上工业增加值",
       ["规模以上工业增加值", "工业增加值"])
fact("现代服务业规模超过5500亿元", "5500亿元", value=5.5e11, unit="CNY", kind="amount",
     bound="gt", metric="现代服务业规模",
     metric_alts=["现代服务业", "现代服务业增加值", "现代服务业营业收入", "现代服务业总量"],
     **FLOW, note="超过 → gt (outside the span); the size of the year's modern services "
                  "(a flow value)")
BANK_NOTE = ("分别: 存款 ↔ 7.9%, 贷款 ↔ 8%; 银行…增速 = growth of the balances over the year "
             "(yoy at year end); the year-end instant as alt")
growth("增速分别达7.9%", "7.9%", 7.9, "银行存款",
       ["存款", "银行存款余额", "本外币存款余额", "银行存款增速", "存款余额"],
       note=BANK_NOTE + "; head 银行 restored", period_alts=[Y24_NULL, Y24_END])
growth("7.9%、8%", "8%", 8, "银行贷款",
       ["贷款", "银行贷款余额", "本外币贷款余额", "银行贷款增速", "贷款余额"],
       note=BANK_NOTE, period_alts=[Y24_NULL, Y24_END])
TOUR_NOTE = "分别: 接待游客 ↔ 14%, 旅游总花费 ↔ 16.5%"
growth("分别增长14%", "14%", 14, "接待游客",
       ["接待游客人次", "游客", "游客人次", "接待游客量"], note=TOUR_NOTE)
growth("14%、16.5%", "16.5%", 16.5, "旅游总花费", ["旅游花费", "旅游总收入", "旅游收入"],
       note=TOUR_NOTE)
fact("文化产业示范基地5家", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="国家级文化产业示范基地",
     metric_alts=new("国家级文化产业示范基地", "新增国家级文化产业示范基地", "文化产业示范基地"),
     **FLOW, note="新增 N: added in 2024; 增量 alts (README §3)")
g.neg("国家5A级旅游景区", "5A级", "A-grade class label (5A级), part of the name of the "
      "designation, not a quantity")
g.neg("“放心消费在三秦”", "三秦", NAME_NOTE.format("三秦, a name of Shaanxi, in the campaign "
      "name “放心消费在三秦”"))
RET_NOTE = "分别: 新能源汽车 ↔ 36.9%, 智能手机 ↔ 58%; 零售额 shared"
growth("分别增长36.9%", "36.9%", 36.9, "新能源汽车零售额",
       ["新能源汽车零售", "新能源汽车销售额", "新能源汽车"], note=RET_NOTE + "; head restored")
growth("36.9%、58%", "58%", 58, "智能手机零售额",
       ["智能手机零售", "智能手机销售额", "智能手机"], note=RET_NOTE)
growth("社会消费品零售额增长4.8%", "4.8%", 4.8, "社会消费品零售额",
       ["社会消费品零售总额", "社零总额", "社零额"])

# ==== line 2 (source 9): （二）创新引领，现代化产业体系加快构建 ===================================
g.neg("（二）创新引领", "（二）", MARKER_NOTE)
QCY = SX_ALTS + ["秦创原"]
QCY_NOTE = ("under 秦创原建设取得新成效: the province keeps the subject, the platform 秦创原 "
            "as alt (as the forum in wr_yunnan_2025)")
fact("21个产业创新聚集区", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="产业创新聚集区",
     metric_alts=["启动建设产业创新聚集区", "产业创新聚集区数量", "启动建设的产业创新聚集区",
                  "秦创原产业创新聚集区"],
     subject_alts=QCY, **FLOW, note="zones started (启动建设) in 2024; " + QCY_NOTE)
fact("科技成果转化企业1196家", "1196家", value=1196, unit="count", kind="count",
     classifier="家", metric="科技成果转化企业",
     metric_alts=new("科技成果转化企业", "新增科技成果转化企业"), subject_alts=QCY, **FLOW,
     note="新增 N: added in 2024; 增量 alts (README §3); " + QCY_NOTE)
fact("等项目605个", "605个", value=605, unit="count", kind="count", classifier="个",
     metric="招引项目",
     metric_alts=["项目", "招引项目数量", "秦创原招引项目", "招商引资项目", "引进项目"],
     subject_alts=QCY, **FLOW, note="projects attracted (招引) in 2024; " + QCY_NOTE)
fact("总投资1594亿元", "1594亿元", value=1.594e11, unit="CNY", kind="amount",
     metric="招引项目总投资",
     metric_alts=["总投资", "项目总投资", "招引项目投资", "秦创原招引项目总投资"],
     subject_alts=QCY, **FLOW,
     note="total investment of the 605 projects (planned investment, stated as a sum); "
          + QCY_NOTE)
g.neg("“三项改革”新20条", "三项改革", LABEL_NOTE + " (“三项改革”, the reform of scientific "
      "achievements' ownership, evaluation and incentives), a name")
fact("新20条措施", "20条", value=20, unit="count", kind="count", classifier="条",
     metric="“三项改革”新措施",
     metric_alts=["“三项改革”措施", "三项改革新措施", "三项改革措施", "措施", "新措施",
                  "“三项改革”新20条措施", "“三项改革”措施数量"], **FLOW,
     note="a policy's number of measures (as “31条” in wr_jilin_2025), put in place in 2024")
fact("试点单位突破200家", "200家", value=200, unit="count", kind="count", classifier="家",
     bound="gt", metric="试点单位",
     metric_alts=["“三项改革”试点单位", "三项改革试点单位", "试点单位数量"], **STOCK,
     note="突破 → gt; the number of pilot units reached (a stock): " + STOCK_NOTE)
fact("中试基地28家", "28家", value=28, unit="count", kind="count", classifier="家",
     metric="概念验证中心和中试基地",
     metric_alts=new("概念验证中心和中试基地", "新建概念验证中心和中试基地", "概念验证中心",
                     "中试基地"), **FLOW, note="新建 N: 增量 alts (README §3)")
g.neg("资产单列管理", "单列", "lexicalized 单列 'list separately', not a quantity")
fact("等700项关键技术", "700项", value=700, unit="count", kind="count", classifier="项",
     metric="关键技术",
     metric_alts=["攻克关键技术", "关键技术数量", "攻克的关键技术"], **FLOW)
fact("47项成果荣获", "47项", value=47, unit="count", kind="count", classifier="项",
     metric="国家科学技术奖获奖成果",
     metric_alts=["成果", "荣获国家科学技术奖成果", "获国家科学技术奖成果", "获奖成果",
                  "国家科学技术奖", "国家科学技术奖获奖项目"], **FLOW,
     note="the award defines the counted set → in the metric (as “五个一工程”奖作品 in "
          "wr_shaanxi_2025)")
fact("获奖总数全国第2", "第2", value=2, unit="rank", kind="rank", scope="全国",
     metric="国家科学技术奖获奖总数",
     metric_alts=["获奖总数", "获奖总数排名", "国家科学技术奖获奖数"], **FLOW,
     note="rank 2, scope 全国 (outside the span)")
growth("高校科研经费增长4.1%", "4.1%", 4.1, "高校科研经费",
       ["高校科研经费投入", "科研经费"])
fact("“小巨人”企业37家", "37家", value=37, unit="count", kind="count", classifier="家",
     metric="国家级专精特新“小巨人”企业",
     metric_alts=new("国家级专精特新“小巨人”企业", "专精特新“小巨人”企业",
                     "国家级专精特新小巨人企业", "专精特新小巨人企业", "“小巨人”企业",
                     "新增国家级专精特新“小巨人”企业"), **FLOW,
     note="新增 N: certified in 2024; 增量 alts (README §3)")
g.neg("制造业单项冠军企业", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "not a quantity (as wr_henan_2025_b)")
fact("单项冠军企业8家", "8家", value=8, unit="count", kind="count", classifier="家",
     metric="制造业单项冠军企业",
     metric_alts=new("制造业单项冠军企业", "单项冠军企业", "新增制造业单项冠军企业",
                     "制造业“单项冠军”企业"), **FLOW, note="verb 新增 shared; 增量 alts")
fact("上市企业3家", "3家", value=3, unit="count", kind="count", classifier="家",
     metric="上市企业",
     metric_alts=new("上市企业", "新增上市企业", "上市公司"), **FLOW,
     note="verb 新增 shared; 增量 alts")
SME_NOTE = ("分别: 科技型中小企业(数量) ↔ 25%, 高新技术企业数量 ↔ 15%; growth of the number "
            "of firms")
growth("分别增长25%", "25%", 25, "科技型中小企业数量",
       ["科技型中小企业", "科技型中小企业数"], note=SME_NOTE)
growth("25%、15%", "15%", 15, "高新技术企业数量", ["高新技术企业", "高新技术企业数"],
       note=SME_NOTE)
PAT_NOTE = "分别: 发明专利拥有量 ↔ 16.8%, (发明专利)授权量 ↔ 12.5%"
growth("分别增长16.8%", "16.8%", 16.8, "发明专利拥有量",
       ["发明专利", "有效发明专利", "有效发明专利拥有量"], note=PAT_NOTE)
growth("16.8%、12.5%", "12.5%", 12.5, "发明专利授权量",
       ["授权量", "发明专利授权", "发明专利授权数"], note=PAT_NOTE + "; head restored")
growth("技术合同成交额增长15%", "15%", 15, "技术合同成交额",
       ["技术合同成交金额", "技术合同交易额"])
g.neg("国家第一批制造业", "第一批", "batch label 第一批 (the first batch of pilot cities), "
      "not a rank or count")
fact("延长石油油气当量突破2000万吨", "2000万吨", value=2e7, unit="t", kind="amount",
     bound="gt", metric="油气当量",
     metric_alts=["油气当量产量", "油气产量当量", "油气产量", "油气当量产量突破"],
     subject="延长石油",
     subject_alts=["陕西延长石油（集团）有限责任公司", "陕西延长石油集团", "延长石油集团",
                   PLACE] + SX_ALTS, **FLOW,
     note="突破 → gt (outside the span); the company's oil-and-gas output in oil equivalent "
          "in 2024; the company owns the number (README §4), the province as alt")
g.neg("硅产业基地二期", "二期", PHASE_NOTE.format("二期"))
g.neg("彩虹G8.5+基板玻璃", "G8.5+", "glass-substrate generation label G8.5+ (a product "
      "class name), not a quantity")
g.neg("三星闪存芯片", "三星", NAME_NOTE.format("三星 Samsung, a company"))
fact("稀有金属材料2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家级中小企业特色产业集群",
     metric_alts=new("国家级中小企业特色产业集群", "新增国家级中小企业特色产业集群",
                     "中小企业特色产业集群", "特色产业集群"), **FLOW,
     note="新增 N: designated in 2024; 增量 alts (README §3)")
g.neg("成功首飞", "首飞", FIRST_NOTE + " (首飞 'maiden flight')")
fact("重卡销量全国第1", "第1", value=1, unit="rank", kind="rank", scope="全国",
     metric="氢燃料重卡销量",
     metric_alts=["氢燃料重卡销量排名", "氢燃料重卡", "重卡销量", "氢燃料电池重卡销量"],
     subject="陕汽",
     subject_alts=["陕西汽车控股集团", "陕汽集团", "陕汽控股", PLACE] + SX_ALTS, **FLOW,
     note="rank 1, scope 全国; the company 陕汽 owns the sales (README §4), the province "
          "as alt; sales of 2024")
g.neg("5G基站总量", "5G", "network generation name 5G, not a quantity")
fact("5G基站总量12.2万个", "12.2万个", value=1.22e5, unit="count", kind="count",
     classifier="个", metric="5G基站总量",
     metric_alts=["5G基站", "5G基站数量", "5G基站总数"], **STOCK,
     note="总量 → a stock: " + STOCK_NOTE)
fact("工业互联网平台10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="工业互联网平台",
     metric_alts=new("工业互联网平台", "新增工业互联网平台"), **FLOW, note="新增 N: 增量 alts")
fact("数字化典型应用场景30个", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="数字化典型应用场景",
     metric_alts=new("数字化典型应用场景", "新增数字化典型应用场景", "应用场景"), **FLOW,
     note="verb 新增 shared; 增量 alts")
fact("新建高标准农田252万亩", "252万亩", value=2.52e6, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建高标准农田", "高标准农田面积", "新建高标准农田面积", "高标准农田建设面积"],
     **FLOW)
fact("改造提升43万亩", "43万亩", value=4.3e5, unit="mu", kind="amount",
     metric="改造提升高标准农田",
     metric_alts=["高标准农田改造提升", "改造提升高标准农田面积", "高标准农田", "改造提升"],
     **FLOW, note="head 高标准农田 carried over from 新建高标准农田252万亩")
fact("粮食产量1352.3万吨", "1352.3万吨", value=1.3523e7, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FLOW,
     note="the year's harvest (再创历史新高 states no number)")
CROP_NOTE = "分别: 苹果 ↔ 3.4%, 食用菌 ↔ 6.8%, 中药材 ↔ 13.7%; 产量 shared"
growth("分别增长3.4%", "3.4%", 3.4, "苹果产量", ["苹果"], note=CROP_NOTE)
growth("3.4%、6.8%", "6.8%", 6.8, "食用菌产量", ["食用菌"], note=CROP_NOTE)
growth("6.8%、13.7%", "13.7%", 13.7, "中药材产量", ["中药材"], note=CROP_NOTE)
fact("种业企业1家", "1家", value=1, unit="count", kind="count", classifier="家",
     metric="国家级育繁推一体化种业企业",
     metric_alts=new("国家级育繁推一体化种业企业", "新增国家级育繁推一体化种业企业",
                     "育繁推一体化种业企业", "种业企业"), **FLOW,
     note="a count with its measure word (1家), not an article; 新增 N: 增量 alts")
fact("优势特色产业集群2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家级优势特色产业集群",
     metric_alts=new("国家级优势特色产业集群", "新增国家级优势特色产业集群",
                     "优势特色产业集群"), **FLOW, note="verb 新增 shared; 增量 alts")
fact("含油量66%的油菜品种", "66%", value=66, unit="%", kind="share",
     metric="含油量",
     metric_alts=["油菜品种含油量", "油菜含油量", "含油率", "油菜品种含油率"],
     subject="油菜品种",
     subject_alts=["含油量66%的油菜品种", "油菜新品种", PLACE] + SX_ALTS, **FLOW,
     note="judgement call: a technical magnitude (README §2): the oil content (a share "
          "of the seed) of the rapeseed variety bred in 2024; the variety owns the number, "
          "the province as alt")

# ==== line 3 (source 10): （三）紧盯重点，改革开放持续深化 =========================================
g.neg("（三）紧盯重点", "（三）", MARKER_NOTE)
fact("21项“高效办成一件事”", "21项", value=21, unit="count", kind="count", classifier="项",
     metric="“高效办成一件事”事项",
     metric_alts=["高效办成一件事事项", "“高效办成一件事”", "高效办成一件事",
                  "“高效办成一件事”落地推进事项", "“高效办成一件事”事项数量"], **FLOW,
     note="items of the 高效办成一件事 list put into practice in 2024")
g.neg("“高效办成一件事”落地", "一件事", "service-programme name 高效办成一件事, not a count "
      "(as wr_jilin_2025)")
fact("供应工业“标准地”3.2万亩", "3.2万亩", value=3.2e4, unit="mu", kind="amount",
     metric="工业“标准地”供应",
     metric_alts=["工业标准地供应", "供应工业“标准地”", "供应工业标准地", "工业“标准地”",
                  "标准地", "工业“标准地”供应面积", "“标准地”供应"], **FLOW)
growth("利润总额增长9.9%", "9.9%", 9.9, "省属国企利润总额",
       ["利润总额", "省属国有企业利润总额", "国企利润总额"],
       subject_alts=SX_ALTS + ["省属国企", "省属国有企业"],
       note="the province's own state firms: the province keeps the subject (sector-like, "
            "README §4), 省属国企 as alt; head in the metric")
fact("典型案例24起", "24起", value=24, unit="count", kind="count", classifier="起",
     metric="破坏营商环境典型案例",
     metric_alts=["曝光破坏营商环境典型案例", "典型案例", "破坏营商环境典型案例数量",
                  "曝光典型案例"], **FLOW)
PLAT = SX_ALTS + ["在线审批平台"]
fact("民间投资项目495个", "495个", value=495, unit="count", kind="count", classifier="个",
     metric="吸引民间投资项目",
     metric_alts=["民间投资项目", "在线审批平台吸引民间投资项目", "吸引民间投资项目数量",
                  "民间投资项目数量"], subject_alts=PLAT, **FLOW,
     note="projects attracted through the online approval platform in 2024; the province "
          "keeps the subject, the platform as alt")
fact("495个、248亿元", "248亿元", value=2.48e10, unit="CNY", kind="amount",
     metric="吸引民间投资项目投资额",
     metric_alts=["民间投资项目投资额", "吸引民间投资", "民间投资项目总投资", "民间投资项目金额",
                  "在线审批平台吸引民间投资", "吸引民间投资项目"], subject_alts=PLAT, **FLOW,
     note="the amount of the same 495 projects")
growth("全省民间投资增长6.9%", "6.9%", 6.9, "民间投资",
       ["全省民间投资", "民间投资增速", "民间固定资产投资"])
g.neg("“五上”企业", "五上", LABEL_NOTE + " (“五上”企业: the enterprises above the statistical "
      "size thresholds in five sectors), part of the metric (as “四上” in wr_yunnan_2025)")
Q5 = ["“五上”企业", "五上企业", "“五上”企业数量", "五上企业数量"]
fact("企业新增5331家", "5331家", value=5331, unit="count", kind="count", classifier="家",
     metric="“五上”企业增量",
     metric_alts=Q5 + ["五上企业增量", "新增“五上”企业", "“五上”企业新增", "“五上”企业数量增量"],
     **FLOW,
     note="新增 N next to the register's growth rate (新增5331家、增长10.8%): the net change "
          "of the register over 2024 (SPEC §2 absolute change → <level>增量, positive), the "
          "plain noun as alt (as 净增 in wr_yunnan_2025)")
growth("5331家、增长10.8%", "10.8%", 10.8, "“五上”企业数量",
       ["“五上”企业", "五上企业", "五上企业数量"],
       note="growth of the number of 五上 firms (a register)")
fact("荷兰等13个国家", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="投运海外仓的国家",
     metric_alts=["海外仓所在国家", "国家", "海外仓布局国家", "投运海外仓国家数量",
                  "海外仓覆盖国家"], **FLOW,
     note="judgement call: the countries in which the province's overseas warehouses went "
          "into operation in 2024 → a count (国家 the counted noun)")
fact("投运海外仓36个", "36个", value=36, unit="count", kind="count", classifier="个",
     metric="海外仓",
     metric_alts=["投运海外仓", "海外仓数量", "海外仓增量", "海外仓数量增量", "投运的海外仓"],
     **FLOW, note="warehouses put into operation in 2024")
CR = SX_ALTS + ["中欧班列", "中欧班列长安号", "中欧班列（西安）集结中心", "西安"]
fact("中欧班列货运52.4万标箱", "52.4万标箱", value=5.24e5, unit="count", kind="count",
     classifier="标箱", metric="中欧班列货运量",
     metric_alts=["中欧班列货运", "货运量", "中欧班列运量", "中欧班列货运标箱",
                  "中欧班列开行标箱", "货运标箱"],
     subject_alts=CR, **FLOW,
     note="标箱 (TEU) as classifier of a count; the province's China-Europe trains (长安号) "
          "→ the province keeps the subject, the train service as alt")
growth("52.4万标箱、增长21.9%", "21.9%", 21.9, "中欧班列货运量",
       ["中欧班列货运", "货运量", "中欧班列运量", "中欧班列货运标箱"], subject_alts=CR)
fact("陕产货值占比超40%", "40%", value=40, unit="%", kind="share", bound="gt",
     metric="陕产货值占比",
     metric_alts=["中欧班列陕产货值占比", "陕西产货值占比", "陕产货物货值占比",
                  "陕产货值占中欧班列货值比重"],
     subject_alts=CR, **FLOW,
     note="超 → gt (outside the span); share of Shaanxi-made goods in the trains' cargo "
          "value in 2024")
g.neg("成功举办第14届", "第14届", "edition label of an event (第14届中美旅游高层对话), not a "
      "count")
XA = ["西安", PLACE] + SX_ALTS + ["西安咸阳国际机场"]
fact("国际航线恢复至52条", "52条", value=52, unit="count", kind="count", classifier="条",
     metric="国际航线",
     metric_alts=["西安国际航线", "国际航线数量", "国际客运航线", "国际航线条数"],
     subject="西安市", subject_alts=XA, **STOCK,
     note="恢复至 → the number of routes in operation after the recovery (a stock): "
          + STOCK_NOTE + "; judgement call: 西安 (written as the owner) keeps the subject, "
          "the province as alt")
fact("出入境旅客132.1万人", "132.1万人", value=1.321e6, unit="count", kind="count",
     classifier="人", metric="出入境旅客",
     metric_alts=["出入境旅客人数", "出入境旅客量", "出入境人员", "国际旅客"],
     subject="西安市", subject_alts=XA, **FLOW,
     note="judgement call: continues the clause on 西安国际航线 → 西安 keeps the subject, the "
          "province as alt (the reading as the province's ports is equally possible)")
growth("132.1万人、增长133.3%", "133.3%", 133.3, "出入境旅客",
       ["出入境旅客人数", "出入境旅客量", "出入境人员"], subject="西安市", subject_alts=XA)
growth("实际使用内资增长16.9%", "16.9%", 16.9, "实际使用内资",
       ["实际利用内资", "使用内资", "内资"])
fact("招商活动230余场", "230余场", value=230, unit="count", kind="count", classifier="场",
     bound="gt", metric="“投资中国·选择陕西”招商活动",
     metric_alts=["投资中国·选择陕西招商活动", "招商活动", "开展招商活动", "招商活动场次",
                  "“投资中国·选择陕西”招商活动场次"], **FLOW,
     note="余 inside the span → gt (README §1)")
fact("新设外资企业520家", "520家", value=520, unit="count", kind="count", classifier="家",
     metric="新设外资企业",
     metric_alts=["外资企业", "新设外资企业数", "新设外商投资企业", "外资企业增量",
                  "新设外资企业数量"], **FLOW)
growth("520家、增长27.5%", "27.5%", 27.5, "新设外资企业",
       ["新设外资企业数", "新设外商投资企业", "新设外资企业数量"])
growth("进出口总值增长12.3%", "12.3%", 12.3, "进出口总值",
       ["全省进出口总值", "进出口", "进出口总额", "外贸进出口"])
g.neg("其中对中亚五国", "五国", NAME_NOTE.format("中亚五国, 'the five Central Asian "
      "countries', a fixed group name"))
growth("中亚五国增长48.1%", "48.1%", 48.1, "对中亚五国进出口总值",
       ["对中亚五国进出口", "对中亚五国进出口总额", "对中亚进出口", "中亚五国进出口"],
       note="其中: part of 进出口总值, trade with the five Central Asian countries; head "
            "restored")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shaanxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief: review items （一）综合施策 (investment, energy, industry, services, "
    "consumption), （二）创新引领 (秦创原, technology, firms, industry, digital, agriculture) "
    "and （三）紧盯重点 (reform, business environment, opening). The excerpt lies in part "
    "一、2024年工作回顾 (source line 5), under 一年来，主要做了以下7方面工作 (source line 7): "
    "the review of 2024. No overlap with wr_shaanxi_2025 (lines 12-21). Title and dateline "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-16, the delivery date in the report's header (source line 3: 2025年1月16日在"
    "陕西省第十四届人民代表大会第三次会议上), as wr_shaanxi_2025 and the shared meta. Place: "
    "陕西省 (陕西, 全省, 我省 → alts); owners of their own numbers: 延安气田增产项目 (38.8亿方 "
    "capacity), 延长石油 (油气当量), 陕汽 (rank of hydrogen-truck sales), the rapeseed variety "
    "(含油量66%), 西安市 (52条 international routes, 132.1万 passengers and their growth); "
    "秦创原, 省属国企, the online approval platform and 中欧班列 keep the province as subject "
    "(as alts). Periods: no line states a period of its own: all facts take the review year "
    "2024 (section frame, period text 2024年 of the heading), null as alt; stocks (38.8亿方 "
    "capacity in operation, 绿电装机规模, 试点单位突破200家, 5G基站总量, 国际航线恢复至52条) → "
    "instant 2024-12-31 with the year and null as alts; growth of bank deposits/loans → the "
    "year with the year-end instant as alt. Modality: actual throughout (no 预计 in the "
    "excerpt). Bounds: 突破/超过/超 → gt, 余 (230余场) → gt. Units: 亿方 → 1e8 m3; 万千瓦 → "
    "1e7 W; 亿千瓦时 → 1e8 kWh; 标箱 a classifier (count). Judgement calls: “五上”企业新增5331家 "
    "→ <level>增量 (the register's net change, its growth rate follows); 13个国家 (of the "
    "overseas warehouses) a count; 含油量66% a share fact of the variety; 西安 as owner of "
    "the routes and passengers; 能源工业增长8% → metric 能源工业 (增加值 as alt); the slogan "
    "百亿提升、千亿跨越、万亿壮大, 四个一批, 三项改革, 三秦, 中亚五国, G8.5+ → negatives. "
    "Negatives: （一）（二）（三）, 两重, 两新, 一揽子, 四个一批, 第三条, 百亿提升、千亿跨越、"
    "万亿壮大, 5A级, 三秦, 三项改革, 单列, 单项, 第一批, 二期, G8.5+, 三星, 首飞, 5G, 一件事, "
    "五上, 第14届, 五国. Lexicalized, not listed: 进一步, 统一, 一体 (一体化), 零售 ×2, 零部件.")

g.write(date=REF, source=f"shared/texts/work_report/wr_shaanxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：陕西日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
