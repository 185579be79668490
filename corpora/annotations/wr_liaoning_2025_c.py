"""Gold annotations for wr_liaoning_2025_c (2025年辽宁省政府工作报告, review of 2024, third
excerpt), lines 7-13 of shared/texts/work_report/wr_liaoning_2025.txt.

The excerpt corpora/wr_liaoning_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last two headline bullets of the review's opening
(——风险化解有力有效, ——民生福祉不断增进), the line 一年来，我们顶住压力… that opens the list of
the year's work, and review items （一）政策举措加力见效, （二）科教实力日益彰显, （三）产业转型
提质增效 and （四）改革开放持续深化 in full.  The line range was given by the brief (lines 7-13,
2,307 characters with the final newline); lines 16-25 are annotated in wr_liaoning_2025 and
33-45 in wr_liaoning_2025_b (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_liaoning_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_liaoning_2025_c"
PLACE = "辽宁省"
REF = "2025-01-16"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_liaoning_2025.txt"
FIRST, LAST = 7, 13                     # 1-based, inclusive, whole lines
TITLE = "2025年辽宁省政府工作报告"
LN_ALTS = ["辽宁", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="——风险化解有力有效。",
                 ends="充满生机的新气象！")
text = g.text
fact = g.with_subject(PLACE, LN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
SET_NOTE = "set label N大 ({}; README §2 八大), not a count claim"
ONCE_NOTE = "首次 'for the first time', not a rank or count (as wr_liaoning_2025)"
TECH_NOTE = "network generation name 5G in {}, not a quantity (as wr_henan_2025_b)"

# ---- periods (reference date 2025-01-16) ---------------------------------------------------
# The review of 2024 has no heading in this report: it opens at source line 4 (面对多重压力…)
# with headline bullets (——…, source lines 5-8), then 一年来，我们顶住压力… (source line 9) and
# the items （一）… of the year's work.  Only line 3 of the excerpt (source 9) names a period,
# 一年来, and it holds no number; a period never reaches the next line (SPEC §4).  So every
# number takes the review year 2024 as the section frame with the excerpt's own name of that
# year, 一年来, as period text and null in period_alts (as wr_liaoning_2025).  Stocks (the
# staff of a laboratory, the size of a set at a moment) → the instant 2024-12-31, the year and
# null as alts; counts of things set up, laid out or being built whose reading as a stock is
# plausible (布局, 推进建设) → the year, year-end as alt.  Line 7 (item （四）): 服务贸易预计增长
# 10%以上 → forecast (预计: the 2024 figure not final at delivery); everything else actual.
YF = P("一年来", "2024-01-01", "2024-12-31")
YF_NULL = P("一年来", None, None)
YF_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=YF, period_alts=[YF_NULL])
STOCK = dict(period=YF_END, period_alts=[YF, YF_NULL])
LEVEL = dict(period=YF, period_alts=[YF_NULL, YF_END])
FRAME_NOTE = ("no period in the line: review year 2024 (section frame, period text 一年来 "
              "of line 3), null as alt")
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")


# ==== line 1 (source 7): ——风险化解有力有效 ======================================================
fact("发行政府债券1969.9亿元", "1969.9亿元", value=1969.9e8, unit="CNY", kind="amount",
     metric="发行政府债券",
     metric_alts=["政府债券发行", "政府债券", "政府债券发行额", "发行政府债券规模",
                  "政府债券发行规模"], **FLOW,
     note="bonds issued in 2024 (a flow); " + FRAME_NOTE)

# ==== line 2 (source 8): ——民生福祉不断增进 ======================================================
fact("支出比例76.7%", "76.7%", value=76.7, unit="%", kind="share",
     metric="民生支出占一般公共预算支出比例",
     metric_alts=["民生支出占比", "民生支出占一般公共预算支出比重", "民生支出比例",
                  "民生支出占一般公共预算支出的比例"], **FLOW,
     note="share of the year's budget spending (a flow) → the year; " + FRAME_NOTE)
fact("城镇新增就业48.6万人", "48.6万人", value=486000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FLOW,
     note="standard indicator name; 新增 is part of it")
fact("可支配收入增长4.9%", "4.9%", value=4.9, unit="%", kind="growth",
     metric="居民人均可支配收入",
     metric_alts=["人均可支配收入", "居民收入", "全省居民人均可支配收入"], comparison="yoy",
     **FLOW)
fact("160所受灾中小学", "160所", value=160, unit="count", kind="count", classifier="所",
     metric="受灾中小学",
     metric_alts=["按期开学的受灾中小学", "受灾中小学数量", "中小学", "受灾学校"], **FLOW,
     note="the schools hit by the 2024 floods, all reopened on time")
fact("1.6万余户灾损农房", "1.6万余户", value=16000, unit="count", kind="count",
     classifier="户", bound="gt", metric="灾损农房",
     metric_alts=["完成修缮重建的灾损农房", "灾损农房修缮重建", "灾损农房数量",
                  "修缮重建灾损农房"], **FLOW,
     note="余 inside the span → gt; houses repaired or rebuilt after the 2024 floods; "
          "户 is a classifier (SPEC §3)")

# ==== line 3 (source 9): 一年来，我们顶住压力… (no facts) =======================================
g.neg("一年来，我们顶住", "一年来", PERIOD_NOTE + " (the review year 2024; the line holds no "
      "number; the period text of the review facts of this excerpt)")

# ==== line 4 (source 10): （一）政策举措加力见效 =================================================
g.neg("（一）政策举措", "（一）", MARKER_NOTE)
g.neg("稳经济一揽子政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a "
      "quantity")
MEAS_NOTE = ("相继出台 N条、M条: two sets of measures issued in 2024, each number with its own "
             "classifier 条 (README §1)")
fact("相继出台43条", "43条", value=43, unit="count", kind="count", classifier="条",
     metric="具体举措",
     metric_alts=["出台具体举措", "举措", "具体举措数量", "政策举措", "稳经济具体举措"], **FLOW,
     note=MEAS_NOTE)
fact("43条、16条具体举措", "16条", value=16, unit="count", kind="count", classifier="条",
     metric="具体举措",
     metric_alts=["出台具体举措", "举措", "具体举措数量", "政策举措", "稳经济具体举措"], **FLOW,
     note=MEAS_NOTE)
fact("减税退税降费670亿元", "670亿元", value=670e8, unit="CNY", kind="amount",
     metric="减税退税降费",
     metric_alts=["支持科技创新和制造业发展减税退税降费", "减税降费及退税", "减税降费",
                  "减税退税降费金额", "税费优惠"], **FLOW)
fact("经营主体增长3.1%", "3.1%", value=3.1, unit="%", kind="growth",
     metric="经营主体", metric_alts=["经营主体数量", "经营主体总量"], comparison="yoy",
     **FLOW, note="growth of the number of market entities over the year")
g.neg("活跃度首次超过", "首次", ONCE_NOTE)
g.neg("降至十年来最低", "十年来", PERIOD_NOTE + " (the window of the comparison 十年来最低 "
      "'the lowest in ten years'; no measured value is given, as 6年来最低 in "
      "wr_china_2016)")
fact("贷款余额增长8.8%", "8.8%", value=8.8, unit="%", kind="growth",
     metric="国有大行实际贷款余额",
     metric_alts=["国有大行贷款余额", "实际贷款余额", "国有大型银行实际贷款余额"],
     subject_alts=LN_ALTS + ["国有大行"], comparison="yoy", **FLOW,
     note="the state banks' lending in the province; the province keeps the subject "
          "(sector-like, README §4), 国有大行 as alt")
fact("企业债券融资增长28.5%", "28.5%", value=28.5, unit="%", kind="growth",
     metric="企业债券融资",
     metric_alts=["企业债券融资规模", "企业债券融资额", "债券融资"], comparison="yoy", **FLOW)
g.neg("抢抓“两重”机遇", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
fact("全力实施15项重大工程", "15项", value=15, unit="count", kind="count", classifier="项",
     metric="重大工程",
     metric_alts=["实施重大工程", "重大工程数量", "“两重”重大工程", "两重重大工程"], **FLOW,
     note="the programme of 15 major projects carried out in 2024 (the same 15项 are the "
          "2025 plan in source line 30)")
g.neg("恒力重工二期", "二期", PHASE_NOTE.format("二期 (phase two of 恒力重工)"))
g.neg("二期等一批标志性", "一批", VAGUE_NOTE)
g.neg("辽东半岛水资源", "半岛", "lexicalized 半岛 'peninsula' in the place name 辽东半岛, "
      "not a quantity")
g.neg("水资源配置一期纳入", "一期", PHASE_NOTE.format("一期"))
g.neg("国家水利领域“两重”", "两重", LABEL_NOTE + " (两重)")
g.neg("桃仙国际机场二跑道", "二跑道", "name of the airport's second runway (二跑道), not a "
      "quantity")
g.neg("加大“两新”力度", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
fact("购置投资增长17.8%", "17.8%", value=17.8, unit="%", kind="growth",
     metric="设备工器具购置投资",
     metric_alts=["设备工器具购置", "设备购置投资", "设备投资"], comparison="yoy", **FLOW)
CONS_NOTE = ("分别: 新能源汽车(消费) ↔ 47.3%, 家电消费 ↔ 13.3% (和 joins the two values, each "
             "with its own %); head 消费 shared (README §3)")
fact("分别增长47.3%", "47.3%", value=47.3, unit="%", kind="growth",
     metric="新能源汽车消费",
     metric_alts=["新能源汽车", "新能源汽车销售", "新能源汽车零售额", "新能源汽车类零售额",
                  "新能源汽车消费额"], comparison="yoy", **FLOW, note=CONS_NOTE)
fact("47.3%和13.3%", "13.3%", value=13.3, unit="%", kind="growth",
     metric="家电消费",
     metric_alts=["家电", "家用电器消费", "家电销售", "家电零售额", "家用电器和音像器材类零售额",
                  "家电消费额"], comparison="yoy", **FLOW, note=CONS_NOTE)
g.neg("本溪五女山", "五女山", "numeral inside a proper name (五女山, a mountain in 本溪), not "
      "a quantity")
g.neg("国家5A级旅游景区", "5A级", "grade label 5A级 (the top class of scenic spots), not a "
      "quantity (as cm_qiandongnan_2023)")
fact("游客人次增长28.1%", "28.1%", value=28.1, unit="%", kind="growth",
     metric="接待游客人次",
     metric_alts=["接待游客", "游客人次", "接待游客量", "游客接待量", "旅游人次"],
     comparison="yoy", **FLOW)
fact("旅游收入增长25.9%", "25.9%", value=25.9, unit="%", kind="growth",
     metric="旅游收入", metric_alts=["旅游总收入"], comparison="yoy", **FLOW)

# ==== line 5 (source 11): （二）科教实力日益彰显 =================================================
g.neg("（二）科教实力", "（二）", MARKER_NOTE)
g.neg("人才一起抓", "一起", "adverb 一起 'together' (as doc003), not a quantity")
fact("全国重点实验室10家", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="全国重点实验室",
     metric_alts=new("全国重点实验室", "新增全国重点实验室", "重点实验室"), **FLOW,
     note="新增 N: laboratories added in 2024; 增量 alts (README §3)")
LAB = dict(subject="辽宁实验室", subject_alts=["辽宁实验室集群", PLACE] + LN_ALTS)
fact("集聚科研人员698人", "698人", value=698, unit="count", kind="count", classifier="人",
     metric="科研人员",
     metric_alts=["集聚科研人员", "科研人员数量", "科研人员人数", "科研人员规模"], **LAB,
     **STOCK, note="the laboratory owns the number; the staff it has gathered (a stock): "
                   + STOCK_NOTE)
fact("自主科研项目72项", "72项", value=72, unit="count", kind="count", classifier="项",
     metric="自主科研项目",
     metric_alts=["实施自主科研项目", "自主科研项目数量", "科研项目"], **LAB, **LEVEL,
     note="the laboratory's own projects under way in 2024 (the year; the year-end or "
          "cumulative reading as alt)")
fact("转化科研成果181项", "181项", value=181, unit="count", kind="count", classifier="项",
     metric="转化科研成果",
     metric_alts=["科研成果转化", "科研成果", "转化科研成果数量", "科研成果转化数量",
                  "转化的科研成果"], **LAB, **LEVEL,
     note="results transferred by the laboratory (the year; year-end alt)")
fact("布局20个重点实验室群", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="重点实验室群",
     metric_alts=["布局重点实验室群", "重点实验室群数量", "实验室群"], **LEVEL,
     note="布局 without 累计: the year, the year-end stock reading and null as alts (as "
          "布局老年助餐场所 in wr_henan_2025)")
fact("本地转化率57.6%", "57.6%", value=57.6, unit="%", kind="share",
     metric="科技成果本地转化率",
     metric_alts=["本地转化率", "科技成果本地转化比例", "科技成果转化率"], **FLOW,
     note="share of the year's results transferred in the province")
fact("组建9家省基础科学中心", "9家", value=9, unit="count", kind="count", classifier="家",
     metric="省基础科学中心",
     metric_alts=new("省基础科学中心", "组建省基础科学中心", "基础科学中心"), **FLOW,
     note="centres set up in 2024; 增量 alts (README §3)")
fact("实施研究项目880个", "880个", value=880, unit="count", kind="count", classifier="个",
     metric="研究项目",
     metric_alts=["实施研究项目", "研究项目数量", "省基础科学中心研究项目", "未来产业研究项目"],
     **FLOW)
fact("选派超千名科技特派员", "千名", value=1000, unit="count", kind="count", classifier="名",
     bound="gt", metric="科技特派员",
     metric_alts=["选派科技特派员", "科技特派员数量", "科技特派员人数"], **FLOW,
     note="超 → gt (outside the span); 千名 = 1000")
fact("科技型中小企业6206家", "6206家", value=6206, unit="count", kind="count",
     classifier="家", metric="科技型中小企业",
     metric_alts=new("科技型中小企业", "新增科技型中小企业"), **FLOW,
     note="新增 distributes over the list; 增量 alts (README §3)")
fact("高新技术企业1625家", "1625家", value=1625, unit="count", kind="count",
     classifier="家", metric="高新技术企业",
     metric_alts=new("高新技术企业", "新增高新技术企业"), **FLOW, note="verb 新增 shared")
fact("“瞪羚”企业940家", "940家", value=940, unit="count", kind="count", classifier="家",
     metric="“雏鹰”“瞪羚”企业",
     metric_alts=new("“雏鹰”“瞪羚”企业", "雏鹰瞪羚企业", "雏鹰、瞪羚企业", "新增“雏鹰”“瞪羚”企业"),
     **FLOW, note="verb 新增 shared")
g.neg("实施新一轮省", "一轮", "新一轮 'a new round', not a count")
g.neg("省“双一流”学科", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")
DISC_NOTE = ("disciplines being built under the programme (推进建设) in 2024: the year, the "
             "year-end stock reading as alt; 一流 is lexicalized")
fact("世界一流学科20个", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="世界一流学科",
     metric_alts=["推进建设世界一流学科", "建设世界一流学科", "世界一流学科数量"], **LEVEL,
     note=DISC_NOTE)
fact("国内一流学科40个", "40个", value=40, unit="count", kind="count", classifier="个",
     metric="国内一流学科",
     metric_alts=["推进建设国内一流学科", "建设国内一流学科", "国内一流学科数量"], **LEVEL,
     note=DISC_NOTE)
fact("博士学位授权点26个", "26个", value=26, unit="count", kind="count", classifier="个",
     metric="博士学位授权点",
     metric_alts=new("博士学位授权点", "新增博士学位授权点"), **FLOW,
     note="新增 N; 增量 alts (README §3)")
fact("现代产业学院101所", "101所", value=101, unit="count", kind="count", classifier="所",
     metric="现代产业学院",
     metric_alts=["布局建设现代产业学院", "现代产业学院数量", "建设现代产业学院"], **LEVEL,
     note="布局建设 without 累计: the year, year-end stock reading as alt")
fact("产教融合共同体9个", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="行业产教融合共同体",
     metric_alts=new("行业产教融合共同体", "新建行业产教融合共同体", "产教融合共同体"), **FLOW,
     note="新建 N; 增量 alts (README §3)")
TAL_NOTE = "新增 distributes over the list; 增量 alts (README §3)"
fact("新增技术人才19.1万人", "19.1万人", value=191000, unit="count", kind="count",
     classifier="人", metric="技术人才",
     metric_alts=new("技术人才", "新增技术人才", "专业技术人才"), **FLOW, note=TAL_NOTE)
fact("技能人才22.6万人", "22.6万人", value=226000, unit="count", kind="count",
     classifier="人", metric="技能人才",
     metric_alts=new("技能人才", "新增技能人才"), **FLOW, note=TAL_NOTE)
HT_NOTE = "people and teams trained with support of the “兴辽英才计划” in 2024"
fact("高层次人才995人", "995人", value=995, unit="count", kind="count", classifier="人",
     metric="高层次人才",
     metric_alts=["支持培养高层次人才", "培养高层次人才", "高层次人才数量", "高层次人才人数"],
     **FLOW, note=HT_NOTE)
fact("团队79个", "79个", value=79, unit="count", kind="count", classifier="个",
     metric="高层次人才团队",
     metric_alts=["团队", "支持培养团队", "培养团队", "团队数量", "高层次人才团队数量"],
     **FLOW, note=HT_NOTE + "; head 高层次人才 restored")
fact("高校毕业生67.5%留辽", "67.5%", value=67.5, unit="%", kind="share",
     metric="省内高校毕业生留辽就业比例",
     metric_alts=["省内高校毕业生留辽就业率", "留辽就业比例", "高校毕业生留辽就业比例",
                  "省内高校毕业生留辽就业", "留辽就业率"], **FLOW,
     note="the share of the 2024 graduates of the province's universities who took jobs "
          "in Liaoning")
fact("来辽就业增长10%", "10%", value=10, unit="%", kind="growth",
     metric="省外高校毕业生来辽就业",
     metric_alts=["省外高校毕业生来辽就业人数", "来辽就业", "来辽就业人数",
                  "省外高校毕业生来辽就业数量"], comparison="yoy", **FLOW)

# ==== line 6 (source 12): （三）产业转型提质增效 =================================================
g.neg("（三）产业转型", "（三）", MARKER_NOTE)
fact("“小巨人”企业34家", "34家", value=34, unit="count", kind="count", classifier="家",
     metric="专精特新“小巨人”企业",
     metric_alts=new("专精特新“小巨人”企业", "专精特新小巨人企业", "“小巨人”企业",
                     "新增专精特新“小巨人”企业", "国家级专精特新“小巨人”企业"), **FLOW,
     note="新增 N: certified in 2024; 增量 alts (README §3)")
g.neg("制造业单项冠军8个", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "not a quantity (as wr_henan_2025_b)")
fact("单项冠军8个", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="国家级制造业单项冠军",
     metric_alts=new("国家级制造业单项冠军", "制造业单项冠军", "单项冠军", "新增国家级制造业单项冠军",
                     "制造业单项冠军企业"), **FLOW, note="verb 新增 shared")
g.neg("全国质量强链十大", "十大", SET_NOTE.format("十大标志性项目, the national list of ten "
      "flagship projects the industry entered"))
g.neg("入选国家首批制造业", "首批", FIRST_NOTE + " (首批 'first batch' of pilot cities)")
g.neg("培育省级5G工厂", "5G", TECH_NOTE.format("省级5G工厂"))
fact("5G工厂25个", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="省级5G工厂",
     metric_alts=new("省级5G工厂", "培育省级5G工厂", "5G工厂"), **FLOW,
     note="factories fostered (certified) in 2024; 增量 alts (README §3)")
fact("工业互联网平台17家", "17家", value=17, unit="count", kind="count", classifier="家",
     metric="省级工业互联网平台",
     metric_alts=new("省级工业互联网平台", "新增省级工业互联网平台", "工业互联网平台"), **FLOW,
     note="新增 N; 增量 alts (README §3)")
g.neg("入选全国首批“5G", "首批", FIRST_NOTE + " (首批 'first batch' of pilot cities)")
g.neg("首批“5G+工业互联网”", "5G", TECH_NOTE.format("the label “5G+工业互联网”"))
fact("发电量占比均超过50%", "50%", value=50, unit="%", kind="share", bound="gt",
     metric="清洁能源装机容量和发电量占比",
     metric_alts=["清洁能源装机容量占比", "清洁能源发电量占比", "清洁能源装机占比",
                  "清洁能源装机容量和发电量比重", "清洁能源占比"], **LEVEL,
     note="超过 → gt (outside the span); one quantity mention over two indicators (均) → "
          "one fact (SPEC §1; as 茶叶…等种植面积和产量 in wr_yunnan_2025), the parts as "
          "metric alts; judgement call on the period: the generation share is a flow of "
          "2024, the capacity share a stock (year-end as alt)")
fact("22个重点产业集群", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="重点产业集群",
     metric_alts=["重点产业集群数量", "产业集群"], **STOCK,
     note="judgement call: the size of the province's set of key industrial clusters, "
          "stated as the set the share belongs to (a stock: " + STOCK_NOTE + "; as 89个开发区 "
          "in wr_yunnan_2025); reading it as part of the share's owner only is the "
          "alternative")
fact("占比超过三分之一", "三分之一", value=100 / 3, unit="%", kind="share", bound="gt",
     metric="战略性新兴产业营业收入占比",
     metric_alts=["战略性新兴产业营收占比", "战略性新兴产业营业收入比重",
                  "战略性新兴产业营业收入占重点产业集群比重", "战略性新兴产业占比",
                  "22个重点产业集群中战略性新兴产业营业收入占比"],
     subject_alts=LN_ALTS + ["22个重点产业集群", "重点产业集群"], **FLOW,
     note="超过 → gt (outside the span); 三分之一 → 33.33 % (as 1/3 in wr_china_2015); "
          "share of the clusters' revenue of the year; the province keeps the subject, the "
          "clusters as alt (README §4). Known false alarm: the shared check_gold.py reads the "
          "span 三分之一 as 3")

# ==== line 7 (source 13): （四）改革开放持续深化 =================================================
g.neg("（四）改革开放", "（四）", MARKER_NOTE)
g.neg("省委十三届七次全会", "十三届七次全会", "plenum label (SPEC §1: 二十届三中全会), not a "
      "quantity")
g.neg("事项“一窗”受理率", "一窗", LABEL_NOTE + " (“一窗” 'single window' of the integrated "
      "service counters), part of the metric")
fact("受理率80%", "80%", value=80, unit="%", kind="share",
     metric="政务服务事项“一窗”受理率",
     metric_alts=["“一窗”受理率", "一窗受理率", "政务服务事项一窗受理率", "受理率",
                  "政务服务“一窗”受理率"], **FLOW,
     note="share of the year's service requests taken at the single window")
fact("13项“高效办成一件事”", "13项", value=13, unit="count", kind="count", classifier="项",
     metric="高效办成一件事",
     metric_alts=["“高效办成一件事”", "“高效办成一件事”事项", "高效办成一件事事项",
                  "“高效办成一件事”上线运行", "高效办成一件事上线运行",
                  "上线运行的“高效办成一件事”事项"], **FLOW,
     note="items of the service launched (上线运行) in 2024 (as 17项 in wr_henan_2025)")
g.neg("“高效办成一件事”上线", "一件事", LABEL_NOTE + " (service-programme name 高效办成一件事)")
fact("满意度81.6分", "81.6分", value=81.6, unit="分", kind="amount",
     metric="公共服务质量满意度",
     metric_alts=["公共服务满意度", "公共服务质量满意度得分", "满意度"], **FLOW,
     note="judgement call: a survey score in 分 (points); SPEC §3 keeps an unknown unit as "
          "the surface unit (分), kind amount; the year's evaluation")
g.neg("81.6分，首次", "首次", ONCE_NOTE)
fact("1066项惠企政策", "1066项", value=1066, unit="count", kind="count", classifier="项",
     metric="免申即享惠企政策",
     metric_alts=["惠企政策", "实现免申即享的惠企政策", "免申即享政策", "惠企政策数量",
                  "免申即享惠企政策数量"], **LEVEL,
     note="the predicate 免申即享 defines the counted set → in the metric; the year, the "
          "year-end stock reading as alt")
fact("帮助6.8万家经营主体", "6.8万家", value=68000, unit="count", kind="count",
     classifier="家", metric="修复信用的经营主体",
     metric_alts=["经营主体", "经营主体修复信用", "帮助修复信用的经营主体", "信用修复经营主体",
                  "修复信用经营主体数量", "信用修复"], **FLOW,
     note="the predicate 修复信用 defines the counted set → in the metric")
g.neg("完成国企“三能”机制", "三能", LABEL_NOTE + " (“三能” 干部能上能下、员工能进能出、收入能增"
      "能减)")
fact("新设产业基金4只", "4只", value=4, unit="count", kind="count", classifier="只",
     metric="产业基金",
     metric_alts=new("产业基金", "新设产业基金", "央地合作新设产业基金", "央地合作产业基金"),
     **FLOW, note="新设 N: funds set up in 2024 under central–local cooperation; 增量 alts")
fact("总规模97亿元", "97亿元", value=97e8, unit="CNY", kind="amount",
     metric="产业基金总规模",
     metric_alts=["总规模", "新设产业基金总规模", "产业基金规模", "央地合作产业基金总规模"],
     **FLOW, note="size of the four new funds; head 产业基金 restored")
fact("5家央企区域总部", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="央企区域总部",
     metric_alts=new("央企区域总部", "落户央企区域总部", "落户辽宁的央企区域总部",
                     "央企区域总部落户"), **FLOW, note="headquarters that moved in during 2024")
g.neg("省直“五大中心”", "五大中心", LABEL_NOTE + " (“五大中心”, the name of five provincial "
      "centres reorganised together), a set label, not a count claim")
fact("外贸出口增长6.8%", "6.8%", value=6.8, unit="%", kind="growth",
     metric="外贸出口", metric_alts=["出口", "出口总额", "货物出口", "外贸出口额"],
     comparison="yoy", **FLOW)
fact("预计增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="服务贸易", metric_alts=["服务贸易额", "服务贸易进出口", "服务贸易总额"],
     comparison="yoy", modality="forecast", **FLOW,
     note="预计 → forecast (the 2024 figure not final at delivery, as wr_chongqing_2025); "
          "以上 → ge (outside the span)")
fact("到位资金增长14.1%", "14.1%", value=14.1, unit="%", kind="growth",
     metric="招商引资到位资金",
     metric_alts=["到位资金", "全省招商引资到位资金", "招商引资实际到位资金", "招商引资"],
     comparison="yoy", **FLOW)

NOTES = (
    "Excerpt: lines 7-13 of shared/texts/work_report/wr_liaoning_2025.txt (2,307 characters "
    "with the final newline), as given by the brief, sliced by code: the headline bullets "
    "——风险化解有力有效 and ——民生福祉不断增进, the line 一年来，我们顶住压力… and review items "
    "（一） (policy: measures, tax relief, credit, 两重/两新, consumption, tourism), （二） "
    "(science and education: laboratories, firms, disciplines, talent), （三） (industry: "
    "专精特新, 5G factories, clean energy, clusters) and （四） (reform and opening: services, "
    "credit repair, funds, trade) in full. It lies in part 一 of the report, the review of "
    "2024 (the report has no heading 2024年工作回顾: the review opens at source line 4). Lines "
    "16-25 are annotated in wr_liaoning_2025 and 33-45 in wr_liaoning_2025_b (no overlap). "
    "Title, dateline and source line are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-16, the date in the report's header (source line "
    "2: ——2025年1月16日省长 李乐成在辽宁省第十四届人民代表大会第三次会议上的讲话), as "
    "wr_liaoning_2025; the corpus meta gives only the year 2025. Place: 辽宁省 (辽宁, 全省, "
    "我省 → alts); 辽宁实验室 owns its staff, projects and results (province as alt); "
    "国有大行 and the 22 clusters are subject alts. Periods: only line 3 (一年来…) names a "
    "period and holds no number; every number takes the review year 2024 as section frame "
    "with period text 一年来 and null as alt (as wr_liaoning_2025); stocks (698名 staff, "
    "22个重点产业集群) → instant 2024-12-31 with the year and null as alts; counts of things "
    "laid out or under way (布局, 推进建设, 实施 at a laboratory, 免申即享 policies) and the "
    "clean-energy share → the year with year-end as alt. Modality: actual, except 服务贸易"
    "预计增长10%以上 → forecast. Bounds: 余/超/超过 → gt; 以上 → ge. Units: 亿元 → CNY; 千名 → "
    "1000; 三分之一 → 33.33 %; 81.6分 kept as unit 分 (kind amount). Judgement calls: 43条、16条 "
    "→ two counts of measures; 新能源汽车、家电消费分别增长 → 新能源汽车消费 / 家电消费; 清洁能源"
    "装机容量和发电量占比均超过50% → one fact; 22个重点产业集群 → a count (stock); 满意度81.6分 "
    "→ amount in 分; 十年来 (最低) a comparison window (negative). Negatives: 一年来, （一）-（四）, "
    "一揽子, 首次 ×2, 十年来, 两重 ×2, 二期, 一批, 半岛, 一期, 二跑道, 两新, 五女山, 5A级, 一轮, "
    "双一流, 单项, 十大, 首批 ×2, 5G ×2, 十三届七次全会, 一窗, 一件事, 三能, 五大中心, "
    "一起 (一起抓). Lexicalized, not listed: 首要, 一流 ×3, 一体 (一体化), 一般, 单位 (事业单位).")

g.write(date=REF, source=f"shared/texts/work_report/wr_liaoning_2025.txt lines {FIRST}–{LAST} "
        "(来源：辽宁日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
