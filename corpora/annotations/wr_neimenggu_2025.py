"""Gold annotations for wr_neimenggu_2025 (2025年内蒙古自治区政府工作报告), lines 10-16 of
shared/texts/work_report/wr_neimenggu_2025.txt.

The excerpt corpora/wr_neimenggu_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the end of part 一、2024年工作回顾 — the paragraph
一年来，我们一手抓经济发展、一手抓民生改善… (investment, consumption, tourism, culture,
livelihood, the 京蒙 cooperation), the paragraph on the government's own work (一年来，我们紧跟
新时代…), the thanks (回顾过去这一年…) and the problems (我们要把成绩讲够…) — then the heading
二、2025年工作安排, its opening paragraph and the 2025 主要预期目标 (source line 16).  Lines
10-16 are 2,346 characters; adding line 17 would make 2,526 (over 2,500), and starting at
line 9 would make 3,142.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_neimenggu_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_neimenggu_2025"
PLACE = "内蒙古自治区"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 10, 16                    # 1-based, inclusive, whole lines
TITLE = "2025年内蒙古自治区政府工作报告"
NM_ALTS = ["内蒙古", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一年来，我们一手抓经济发展", ends="能耗强度下降目标。")
text = g.text
fact = g.with_subject(PLACE, NM_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
SESSION_NOTE = "session label of a meeting (SPEC §1 二十届三中全会), not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# Lines 1 and 2 of the excerpt open with 一年来 (= 2024, the review year; the report was
# delivered on 2025-01-14): it governs each line (period text 一年来, 2024-01-01..2024-12-31;
# null as alt).  年初承诺的33项 names when the items were promised, inside a relative clause:
# it does not replace 一年来.  Line 3 (回顾过去这一年) holds no fact.  Line 4 (problems) opens
# with 当前 ('at present', as 目前 in SPEC §4 → the reference date): it governs the stocks of
# the line (instant 2025-01-14; the review year's end and null as alts) until 今年 (= 2025)
# replaces it before 17万.  Lines 5-7 are part 二、2025年工作安排: the targets of line 7 state
# no period of their own and take the heading's 2025年 (section frame, as wr_henan_2025),
# null as alt.  Stocks of the review (in operation, mutual recognition) → instant 2024-12-31
# with the year and null as alts.
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NOW = P("当前", "2025-01-14", "2025-01-14")
NOW_ALTS = [P("当前", None, "2025-01-14"), P("当前", "2024-12-31", "2024-12-31"),
            P("当前", None, None)]
NOW_NOTE = ("当前 opens the line (as 目前, SPEC §4): instant at the reference date "
            "2025-01-14; the end of the review year and null as alts")
T25 = P("2025年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("2025年", None, None)], modality="target")
TGT_NOTE = ("主要预期目标 → target; section frame 2025年 (heading 二、2025年工作安排), null as "
            "alt (as wr_henan_2025)")
FC = ("预计 → forecast (the 2024 figure was not final at delivery); judgement call: 预计 "
      "governs the clauses after it up to the next ； or 。")

# ---- line 1: 一年来…经济发展、民生改善 -------------------------------------------------------------
g.neg("一年来，我们一手抓经济", "一年来", PERIOD_NOTE + " (the review year 2024; governs "
      "line 1)")
g.neg("一手抓经济发展", "一手", "idiom 一手抓…一手抓… ('on the one hand'), not a quantity")
g.neg("一手抓民生改善", "一手", "idiom 一手抓…一手抓… ('on the other hand'), not a quantity")
# sentence 1: 预计 … 增长13%、保持全国第2位，… 9100亿元 …；(new clause group) … 40%以上
FAI = ["全区固定资产投资", "固定资产投资增速"]
fact("预计固定资产投资增长13%", "13%", value=13, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=FAI, comparison="yoy", modality="forecast", **FLOW,
     note=FC + "; 一年来 opens the line and governs it")
fact("保持全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="固定资产投资增速",
     metric_alts=["固定资产投资", "固定资产投资增速排名", "增速", "固定资产投资增长"],
     modality="forecast", **FLOW,
     note="rank of the year's growth rate among the provinces (scope 全国); " + FC)
fact("重大项目投资突破9100亿元", "9100亿元", value=9100e8, unit="CNY", kind="amount",
     bound="gt", metric="重大项目投资",
     metric_alts=["重大项目完成投资", "重大项目投资额", "重大项目年度投资"],
     modality="forecast", **FLOW, note="突破 → gt (outside the span); " + FC)
g.neg("宝丰全球单厂", "单厂", "单厂 'single plant' in 单厂规模 (the size of one plant), not a "
      "quantity; 最大 states no number")
fact("新基建投资增长40%", "40%", value=40, unit="%", kind="growth", bound="ge",
     metric="新基建投资",
     metric_alts=["云数据中心等新基建投资", "新型基础设施投资", "新型基础设施建设投资",
                  "新基建投资增速"], comparison="yoy", **FLOW,
     note="以上 → ge (outside the span); after the ； that closes the 预计 clause group → "
          "actual (judgement call: the forecast reading of the whole sentence is the "
          "alternative)")
# sentence 2: 预计社会消费品零售总额增长4%，… (no ； until 。) → forecast throughout
fact("预计社会消费品零售总额增长4%", "4%", value=4, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", modality="forecast", **FLOW, note=FC)
fact("带动消费300多亿元", "300多亿元", value=300e8, unit="CNY", kind="amount", bound="gt",
     metric="以旧换新带动消费",
     metric_alts=["带动消费", "汽车、家电等以旧换新带动消费", "消费品以旧换新带动消费",
                  "以旧换新带动消费额", "以旧换新拉动消费"], modality="forecast", **FLOW,
     note="多 inside the span → gt; " + FC)
g.neg("新引进首店", "首店", "store type 首店 ('first store' of a brand in the region), part "
      "of the counted noun, not a rank or count")
fact("旗舰店168家", "168家", value=168, unit="count", kind="count", classifier="家",
     metric="新引进首店、旗舰店",
     metric_alts=["首店、旗舰店", "引进首店、旗舰店", "首店和旗舰店", "新引进首店和旗舰店",
                  "首店旗舰店"], modality="forecast", **FLOW,
     note="stores opened in 2024 (the predicate 新引进 defines the counted set); same 预计 "
          "sentence → forecast (" + FC + ")")
g.neg("莫尔格勒河5A级景区", "5A级", "A-grade class label (5A级景区), not a quantity (as "
      "wr_ningxia_2025)")
TOUR_NOTE = ("和 pairs the two levels with the two rates in order: 接待游客 ↔ 18.6%, 收入 "
             "↔ 23.4%; same 预计 sentence → forecast (" + FC + ")")
VIS = ["游客", "接待游客人次", "游客人次", "接待游客人数", "旅游接待人次"]
REVT = ["收入", "实现收入", "旅游总收入", "实现旅游收入"]
fact("接待游客2.73亿人次", "2.73亿人次", value=2.73e8, unit="count", kind="count",
     classifier="人次", metric="接待游客", metric_alts=VIS, modality="forecast", **FLOW,
     note=TOUR_NOTE)
fact("实现收入4140亿元", "4140亿元", value=4140e8, unit="CNY", kind="amount",
     metric="旅游收入", metric_alts=REVT, modality="forecast", **FLOW,
     note="实现 → eq; the tourism revenue of the sentence's subject (全区接待游客…) — "
          "metric head restored; " + TOUR_NOTE)
fact("增长18.6%", "18.6%", value=18.6, unit="%", kind="growth", metric="接待游客",
     metric_alts=VIS, comparison="yoy", modality="forecast", **FLOW, note=TOUR_NOTE)
fact("18.6%和23.4%", "23.4%", value=23.4, unit="%", kind="growth", metric="旅游收入",
     metric_alts=REVT, comparison="yoy", modality="forecast", **FLOW, note=TOUR_NOTE)
# sentence 3: culture (no 预计) → actual
g.neg("乌达二叠纪", "二叠纪", "geological period name 二叠纪 (Permian), not a quantity")
g.neg("“五个一工程”奖", "五个一工程", LABEL_NOTE + " (award name “五个一工程”奖)")
TROUPE = dict(subject="乌兰牧骑", subject_alts=[PLACE] + NM_ALTS)
fact("等25个省市巡演", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="巡演省市",
     metric_alts=["省市", "巡演的省市", "乌兰牧骑巡演省市", "巡演省市数量"], **TROUPE, **FLOW,
     note="the provinces and cities toured in 2024 (北上广等); the 乌兰牧骑 troupes own the "
          "tour (the region as alt); a new sentence, no 预计 → actual")
fact("巡演760多场", "760多场", value=760, unit="count", kind="count", classifier="场",
     bound="gt", metric="巡演",
     metric_alts=["巡演场次", "乌兰牧骑巡演", "巡演场数", "演出场次"], **TROUPE, **FLOW,
     note="多 inside the span → gt")
# sentence 4: 民生 … 预计 … ；(clause groups after it → actual)
fact("新增城镇就业20.1万人", "20.1万人", value=201000, unit="count", kind="count",
     classifier="人", metric="新增城镇就业",
     metric_alts=["城镇新增就业", "新增城镇就业人数", "城镇新增就业人数"],
     modality="forecast", **FLOW, note=FC)
fact("年初承诺的33项", "33项", value=33, unit="count", kind="count", classifier="项",
     metric="民生实事",
     metric_alts=["年初承诺的民生实事", "民生实事数量", "完成民生实事", "承诺的民生实事"],
     modality="forecast", **FLOW,
     note="the items promised at the start of 2024 and completed (年初 sits in the relative "
          "clause, it does not replace 一年来); same 预计 clause group → forecast (" + FC + ")")
fact("等5项标准", "5项", value=5, unit="count", kind="count", classifier="项",
     metric="提高的民生保障标准",
     metric_alts=["标准", "提高标准", "城乡居民养老金、残疾人补贴等标准", "民生保障标准",
                  "提高的标准"], modality="forecast", **FLOW,
     note="standards raised in 2024 (README §2 counts of measures); same 预计 clause group → "
          "forecast (" + FC + ")")
NEW_NOTE = "新… N: added in 2024 (a flow), 增量 reading in alts (README §3)"
fact("保障性租赁住房1.69万套", "1.69万套", value=16900, unit="count", kind="count",
     classifier="套", metric="保障性租赁住房",
     metric_alts=["新筹建保障性租赁住房", "筹建保障性租赁住房", "保障性租赁住房数量",
                  "保障性租赁住房增量", "保障性租赁住房数量增量"], **FLOW,
     note=NEW_NOTE + "; after the ； closing the 预计 clause group → actual")
fact("改造农村牧区危房3460户", "3460户", value=3460, unit="count", kind="count",
     classifier="户", metric="农村牧区危房",
     metric_alts=["改造农村牧区危房", "农村牧区危房改造", "危房改造", "农村牧区危房改造户数"],
     **FLOW)
fact("城镇老旧小区1185个", "1185个", value=1185, unit="count", kind="count",
     classifier="个", metric="城镇老旧小区",
     metric_alts=["改造城镇老旧小区", "老旧小区改造", "老旧小区", "城镇老旧小区改造"],
     **FLOW, note="verb 改造 shared with 3460户")
fact("婴幼儿托位1.8万个", "1.8万个", value=18000, unit="count", kind="count",
     classifier="个", metric="婴幼儿托位",
     metric_alts=["新增婴幼儿托位", "婴幼儿托位增量", "婴幼儿托位数量增量", "托位"], **FLOW,
     note=NEW_NOTE)
fact("基础教育学位3.8万个", "3.8万个", value=38000, unit="count", kind="count",
     classifier="个", metric="基础教育学位",
     metric_alts=["新增基础教育学位", "基础教育学位增量", "基础教育学位数量增量", "学位"],
     **FLOW, note="新增 distributes over the list; " + NEW_NOTE)
fact("本科专业22个", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="本科专业",
     metric_alts=["新设本科专业", "本科专业增量", "本科专业数量增量", "新设本科专业数量"],
     **FLOW, note=NEW_NOTE)
fact("技能人才3.1万名", "3.1万名", value=31000, unit="count", kind="count",
     classifier="名", metric="订单式培养技能人才",
     metric_alts=["技能人才", "职业教育为企业订单式培养技能人才", "订单式培养的技能人才",
                  "培养技能人才"], **FLOW)
fact("内蒙古医院2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=["新挂牌国家区域医疗中心", "国家区域医疗中心增量", "国家区域医疗中心数量",
                  "挂牌国家区域医疗中心"], **FLOW,
     note="北京友谊医院、宣武医院内蒙古医院 → 2 centres newly opened (新挂牌) in 2024")
fact("县域医共体61个", "61个", value=61, unit="count", kind="count", classifier="个",
     metric="紧密型县域医共体",
     metric_alts=["建成紧密型县域医共体", "县域医共体", "紧密型县域医共体数量",
                  "紧密型县域医疗卫生共同体"], **LEVEL,
     note="built during 2024 (建成 under 一年来) → the year; the year-end stock reading as alt")
fact("全区333家医疗机构", "333家", value=333, unit="count", kind="count", classifier="家",
     metric="实现检查检验结果互认的医疗机构",
     metric_alts=["医疗机构", "检查检验结果互认医疗机构", "实现检查检验结果互认医疗机构",
                  "检查检验结果互认的医疗机构"], **STOCK,
     note="the institutions whose results are mutually recognised (the predicate defines the "
          "counted set → metric); coverage at the end of the year: " + STOCK_NOTE)
fact("就医负担172亿元", "172亿元", value=172e8, unit="CNY", kind="amount",
     metric="医药集中带量采购减轻群众就医负担",
     metric_alts=["减轻群众就医负担", "减轻就医负担", "集中带量采购减轻群众就医负担",
                  "医药集中带量采购节约费用", "带量采购减轻群众负担"], **FLOW)
g.neg("第十四届全国冬季运动会", "第十四届", "edition label of an event (第十四届全国冬季运动会), "
      "not a count")
ATH = NM_ALTS + ["我区运动员", "运动员", "内蒙古运动员"]
fact("取得1金1银", "1金", value=1, unit="count", kind="count", classifier="金",
     metric="巴黎奥运会金牌",
     metric_alts=["奥运会金牌", "金牌", "巴黎奥运会金牌数", "奥运会金牌数"], subject_alts=ATH,
     **FLOW, note="金 (gold medal) is the measure word (as wr_hebei_2025 4金); the region's "
                  "athletes → 内蒙古自治区, athletes as alts; the Games were in 2024")
fact("1金1银", "1银", value=1, unit="count", kind="count", classifier="银",
     metric="巴黎奥运会银牌",
     metric_alts=["奥运会银牌", "银牌", "巴黎奥运会银牌数", "奥运会银牌数"], subject_alts=ATH,
     **FLOW, note="银 (silver medal) is the measure word")
# sentence 5: 京蒙协作
JM = NM_ALTS + ["京蒙协作"]
fact("京企落地投资175亿元", "175亿元", value=175e8, unit="CNY", kind="amount",
     metric="京企落地投资",
     metric_alts=["落地投资", "北京企业落地投资", "京企投资", "京企落地投资额"],
     subject_alts=JM + ["京企"], **FLOW,
     note="investment of Beijing firms landed in the region in 2024: the region keeps the "
          "subject, 京企 as alt (judgement call)")
fact("带动7万多名", "7万多名", value=70000, unit="count", kind="count", classifier="名",
     bound="gt", metric="带动就业的农村牧区劳动力",
     metric_alts=["农村牧区劳动力", "带动农村牧区劳动力就业", "农村牧区劳动力就业",
                  "带动就业农村牧区劳动力", "带动就业"], subject_alts=JM, **FLOW,
     note="多 inside the span → gt; the predicate defines the counted set → metric")
fact("，1000余名京师京医", "1000余名", value=1000, unit="count", kind="count",
     classifier="名", bound="gt", metric="京师京医专家",
     metric_alts=["在我区开展服务的京师京医专家", "开展服务的京师京医专家", "专家",
                  "京师京医专家人数"], subject_alts=JM, **FLOW,
     note="余 inside the span → gt; experts from Beijing serving in the region in 2024")
fact("我区308亿元", "308亿元", value=308e8, unit="CNY", kind="amount",
     metric="进首都的绿色农畜产品",
     metric_alts=["绿色农畜产品进首都", "绿色农畜产品", "进京绿色农畜产品",
                  "绿色农畜产品销售额", "进首都绿色农畜产品"], subject_alts=JM, **FLOW,
     note="value of the region's green farm products sold to Beijing in 2024")
g.neg("农畜产品进首都", "首都", "lexicalized 首都 (capital), not a rank (as wr_beijing_2025)")

# ---- line 2: 一年来…政府自身建设 ------------------------------------------------------------------
g.neg("一年来，我们紧跟", "一年来", PERIOD_NOTE + " (the review year 2024; governs line 2)")
fact("地方性法规18件", "18件", value=18, unit="count", kind="count", classifier="件",
     metric="制定修改废止地方性法规",
     metric_alts=["地方性法规", "提请制定修改废止地方性法规",
                  "提请自治区人大常委会制定修改废止地方性法规", "提请制定修改废止的地方性法规"],
     **FLOW, note="bills submitted in 2024")
fact("政府规章12件", "12件", value=12, unit="count", kind="count", classifier="件",
     metric="制定修改废止政府规章",
     metric_alts=["政府规章", "制定修改废止的政府规章", "政府规章制定修改废止"], **FLOW)
fact("代表建议680件", "680件", value=680, unit="count", kind="count", classifier="件",
     metric="自治区人大代表建议",
     metric_alts=["人大代表建议", "办复人大代表建议", "办复自治区人大代表建议",
                  "按时办复自治区人大代表建议"], **FLOW)
fact("政协提案895件", "895件", value=895, unit="count", kind="count", classifier="件",
     metric="政协提案",
     metric_alts=["办复政协提案", "按时办复政协提案", "自治区政协提案"], **FLOW,
     note="verb 按时办复 shared with 680件")
g.neg("中央八项规定", "八项规定", LABEL_NOTE + " (中央八项规定, the Party's eight-point "
      "rules), not a count fact")
g.neg("“三多三少三慢”", "三多三少三慢", LABEL_NOTE + " (“三多三少三慢”, a label of work-style "
      "problems)")

# ---- line 3: 回顾过去这一年 (no facts) --------------------------------------------------------
g.neg("回顾过去这一年", "过去这一年", PERIOD_NOTE + " (the review year 2024; its line holds "
      "no fact)")
g.neg("特别是在下半年", "下半年", PERIOD_NOTE + " (H2 2024, governs no number)")
g.neg("团结一心", "一心", "idiom 团结一心 ('united as one'), not a quantity")

# ---- line 4: 当前… problems -------------------------------------------------------------------
fact("已连续3年实现", "3年", value=3, unit="year", kind="amount",
     metric="固定资产投资高增长持续时间",
     metric_alts=["固定资产投资连续高增长", "固定资产投资连续实现高增长",
                  "固定资产投资高增长年数", "连续高增长持续时间", "固定资产投资"],
     period=NOW, period_alts=[P("连续3年", "2022-01-01", "2024-12-31"), P("当前", None, None),
                              P("当前", "2024-12-31", "2024-12-31"),
                              P("当前", "2024-01-01", "2024-12-31")],
     note="length of the streak 连续3年 (a duration, unit year, as wr_yunnan_2025 连续3年) — "
          "judgement call; 当前 opens the line and governs it (instant 2025-01-14); the "
          "streak's own span 2022-2024, the review year, its end and null as alts")
g.neg("全国百强县", "百强", "list label 百强 (全国百强县, the top-100 counties) defining the "
      "counted set, part of the metric (as 500强 in other golds)")
fact("我区有4个", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="全国百强县",
     metric_alts=["百强县", "全国百强县数量", "进入全国百强县的旗县", "全国百强县中的旗县",
                  "入选全国百强县的旗县"], period=NOW, period_alts=NOW_ALTS,
     note="the region's counties on the national top-100 list (a stock): " + NOW_NOTE)
fact("还有34个旗县", "34个", value=34, unit="count", kind="count", classifier="个",
     metric="经济总量不足百亿的旗县",
     metric_alts=["旗县", "经济总量不足百亿旗县", "经济总量不足百亿元的旗县",
                  "经济总量不足100亿元的旗县", "经济总量不足百亿的旗县数量"],
     period=NOW, period_alts=NOW_ALTS,
     note="the threshold 不足百亿 defines the counted set (SPEC §2) → part of the metric; a "
          "stock: " + NOW_NOTE)
g.neg("经济总量不足百亿", "百亿", "threshold defining the counted 旗县 (SPEC §2: GDP超过2万亿元的"
      "省份), part of the count's metric, not a fact of its own")
fact("今年我区有17万", "17万", value=170000, unit="count", kind="count", classifier="人",
     metric="应届大学生毕业",
     metric_alts=["应届大学生", "应届大学毕业生", "应届高校毕业生", "应届大学生毕业人数",
                  "毕业应届大学生", "高校毕业生"],
     period=P("今年", "2025-01-01", "2025-12-31"), period_alts=[P("今年", None, None)],
     modality="forecast",
     note="今年 (= 2025) replaces 当前; no measure word → classifier 人; judgement call: the "
          "graduates expected in 2025 (a future event at delivery) → forecast; actual (a "
          "known cohort) is the alternative")

# ---- line 5: heading 二、2025年工作安排 ----------------------------------------------------------
g.neg("二、2025年工作安排", "二、", MARKER_NOTE)
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (heading: the targets' year 2025; the "
      "period text of the targets)")

# ---- line 6: 今年是… (labels only) --------------------------------------------------------------
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("“十五五”规划", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("十一届九次全会", "十一届九次全会", SESSION_NOTE + " (9th plenum of the 11th regional "
      "Party committee)")
g.neg("党的二十大", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中、三中全会", "二十届二中、三中全会", "plenum labels (SPEC §1, README span)")
g.neg("贯穿一条主线", "一条主线", "slogan 一条主线 ('one main line'), not a quantity")
g.neg("办好两件大事", "两件大事", "slogan 两件大事 ('two major tasks'), not a quantity")

# ---- line 7: 主要预期目标 (2025) ----------------------------------------------------------------
fact("地区生产总值增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "全区地区生产总值", "经济增长", "经济增速"],
     comparison="yoy", **TARGET, note=TGT_NOTE + "; 左右 → approx (outside the span)")
fact("工业增加值增长7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **TARGET, note="左右 → approx")
fact("固定资产投资增长10%左右", "10%", value=10, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=FAI, comparison="yoy", **TARGET, note="左右 → approx")
fact("同口径增长4%以上", "4%", value=4, unit="%", kind="growth", bound="ge",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **TARGET, note="以上 → ge; 同口径 'on a comparable basis' → growth against 2024, yoy")
fact("城镇新增就业18万人", "18万人", value=180000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业"], **TARGET, note="以上 → ge")
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share; 左右 → approx")
fact("涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level; 左右 → approx")
g.neg("国家下达的“十四五”", "十四五", "plan label 十四五 (SPEC §1)")

NOTES = (
    "Excerpt: lines 10-16 of shared/texts/work_report/wr_neimenggu_2025.txt (2,346 characters "
    "with the final newline), sliced by code: the end of part 一、2024年工作回顾 (the paragraph "
    "一年来，我们一手抓经济发展、一手抓民生改善… with investment, consumption, tourism, culture, "
    "livelihood and 京蒙协作; the paragraph on the government's own work; the thanks 回顾过去这一年; "
    "the problems 我们要把成绩讲够…), the heading 二、2025年工作安排, its opening paragraph and the "
    "主要预期目标 (source line 16). Adding line 17 would make 2,526 characters. Title and dateline "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-14, the delivery date in the report's header (source line 2: ——2025年1月14日自治区"
    "人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上的讲话); the corpus meta "
    "leaves the date as 2025 and says the text has none, but line 2 states it. Place: "
    "内蒙古自治区 (内蒙古, 全区, 我区, 自治区 → alts); 乌兰牧骑 own their tour (25个, 760多场); "
    "京企, 京蒙协作 and the athletes keep the region (as alts). Periods: 一年来 opens lines 1-2 "
    "(= 2024, explicit, null as alt); 年初 (承诺的33项) sits in a relative clause and replaces "
    "nothing; line 4 opens with 当前 → instant 2025-01-14 for its stocks and the streak (year-end "
    "2024 and null as alts) until 今年 (2025) before 17万; the targets take the heading's 2025年 "
    "(2025-01-01..2025-12-31, null as alt, as wr_henan_2025). Stocks of the review (333家 "
    "mutual recognition) → instant 2024-12-31. Modality: 预计 → forecast, governing the clauses "
    "after it up to the next ； or 。 (judgement call): 13%, 第2位, 9100亿元; 4%, 300多亿元, "
    "168家, 2.73亿人次, 4140亿元, 18.6%, 23.4% (one sentence without ；); 20.1万人, 33项, 5项; "
    "the 新基建 40%以上 after the ； and the later clause groups → actual; 17万 graduates of "
    "2025 → forecast (judgement call); line 7 → target (左右 → approx, 以上 → ge). Units: 亿人次 "
    "1e8; 1金/1银 → counts with classifiers 金/银; 连续3年 → 3 year. Judgement calls: 保持全国"
    "第2位 → rank of the investment growth rate; 接待游客…实现收入…增长18.6%和23.4% paired in "
    "order; 连续3年 → streak duration under 当前; 百强 and 百亿 → labels/threshold (negatives), "
    "4个 and 34个 → counts; 京企落地投资 → the region as subject. Negatives: 一年来 ×2, 一手 ×2, "
    "单厂, 首店, 5A级, 二叠纪, 五个一工程, 第十四届, 首都, 八项规定, 三多三少三慢, 过去这一年, "
    "下半年, 一心, 百强, 百亿, 二、, 2025年, 十四五 ×2, 十五五, 十一届九次全会, 二十大, 二十届二中、"
    "三中全会, 一条主线, 两件大事. Lexicalized, not listed: 一体化, 零售, 一般 (一般公共预算收入), "
    "一致, 一些, 进一步, 订单 (订单式).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(no 来源 line; report delivered 2025-01-14)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
