"""Gold annotations for wr_yunnan_2025_b (2025年云南省政府工作报告, second excerpt of the 2024
review), lines 13-18 of shared/texts/work_report/wr_yunnan_2025.txt.

The excerpt corpora/wr_yunnan_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review items （五） (urban-rural and regional
development: housing, poverty relapse, rural incomes, farmland, rural sanitation and roads),
（六） (ecology: air, water, forests, zero-carbon parks), （七） (livelihoods: jobs, education,
health, insurance, care, culture, sport) and （八） (safety: accidents, disasters, rule of law)
in full, then the two closing paragraphs of the review (一年来… with the government's own
work, and 过去一年… with no number).  Lines 7-12 are annotated in wr_yunnan_2025 (no
overlap).  Lines 13-18 make 2,192 characters and start at the heading of item （五）; lines
13-17 (1,769) are too short, lines 13-19 (2,454) add a paragraph of thanks without a
number.  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_yunnan_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_yunnan_2025_b"
PLACE = "云南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_yunnan_2025.txt"
FIRST, LAST = 13, 18                    # 1-based, inclusive, whole lines
TITLE = "2025年云南省政府工作报告"
YN_ALTS = ["云南", "全省", "我省"]
GOV_ALTS = YN_ALTS + ["云南省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）城乡区域协调发展。", ends="推动各项事业发展蹄疾步稳。")
text = g.text
fact = g.with_subject(PLACE, YN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
EDITION_NOTE = "edition / batch label ({}), not a count"
THRESH_NOTE = ("threshold defining the set it qualifies (SPEC §2: 亿元以上项目), part of the "
               "metric, not a fact of its own")

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# The excerpt lies inside part 一、2024年工作回顾 (heading on source line 7, outside the
# excerpt): the review of 2024.  Lines 1-4 (items （五）…（八）) state no period of their own,
# so their facts take the section frame 2024-01-01..2024-12-31 (SPEC §4), null as alt.  The
# heading's surface 2024年 does not occur in the excerpt; the period text is the excerpt's
# own naming of the review year, 过去一年 (line 6; as wr_henan_2025 uses 过去的一年).  Line 5
# opens with 一年来 (= the review year, explicit, same dates).  Stocks (累计, coverage rates
# and shares of a stock reached with 达/达到, the prefectures covered, certificates held) are
# the instant 2024-12-31 with the year and null as alts (as wr_yunnan_2025).  Streaks
# (连续两年, 连续61个月, 连续5年) end in the review year: the year as gold, the streak's own span
# as alt.  近两年 (SPEC §4, as 近三年) = the two full years before the reference year,
# 2023-01-01..2024-12-31.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
LEVEL_NOTE = ("a level of the year: the review year 2024, the null reading and the year-end "
              "instant in period_alts (judgement call)")
YEAR_AGO = P("一年来", "2024-01-01", "2024-12-31")
GOVWORK = dict(period=YEAR_AGO, period_alts=[P("一年来", None, None)], subject_alts=GOV_ALTS)


# ==== line 1 (source 13): （五）城乡区域协调发展 ================================================
g.neg("（五）城乡区域", "（五）", MARKER_NOTE)
g.neg("建立“四级三类”", "四级三类", LABEL_NOTE + " (“四级三类”国土空间规划体系: four levels "
      "(province, prefecture, county, township) and three kinds of plan; the report's "
      "glossary item 7), a name")
OLD = ["开工改造城镇老旧小区", "城镇老旧小区改造", "老旧小区", "改造城镇老旧小区",
       "城镇老旧小区数量", "开工改造城镇老旧小区数量"]
fact("城镇老旧小区2878个", "2878个", value=2878, unit="count", kind="count",
     classifier="个", metric="城镇老旧小区", metric_alts=OLD, **FLOW,
     note="estates whose renovation started (开工改造) in 2024; counted noun as metric, the "
          "verb in the alts (README §3)")
fact("居全国第5位", "第5位", value=5, unit="rank", kind="rank", scope="全国",
     metric="城镇老旧小区", metric_alts=OLD + ["城镇老旧小区改造数量排名", "老旧小区改造排名"],
     **FLOW, note="rank of the count just given (as wr_hunan_2025 达3家、居全国第2位); span "
                  "without the scope word")
fact("返贫致贫风险70.6万人", "70.6万人", value=706000, unit="count", kind="count",
     classifier="人", metric="消除监测对象返贫致贫风险",
     metric_alts=["累计消除监测对象返贫致贫风险", "消除返贫致贫风险", "监测对象",
                  "消除返贫致贫风险的监测对象", "消除返贫致贫风险人数", "返贫致贫风险消除人数",
                  "累计消除返贫致贫风险人数"], **STOCK,
     note="累计 (cumulative since monitoring began) → stock rule: " + STOCK_NOTE)
g.neg("人均纯收入1万元以下", "1万元", THRESH_NOTE + " (人均纯收入1万元以下: the income line "
      "defining the households to be cleared)")
g.neg("基本实现动态清零", "清零", "清零 'cleared to zero' in the policy phrase 动态清零 "
      "(基本实现: a qualitative outcome, no measured count) — judgement call")
fact("农村致富带头人3.07万", "3.07万", value=30700, unit="count", kind="count",
     classifier="人", metric="农村致富带头人",
     metric_alts=new("农村致富带头人", "培养认定农村致富带头人", "致富带头人"), **FLOW,
     note="培养认定 in 2024; no measure word after 3.07万 → classifier 人 (as 74万 in "
          "wr_yunnan_2025)")
fact("新发放量居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="脱贫人口小额信贷新发放量",
     metric_alts=["小额信贷新发放量", "脱贫人口小额信贷", "脱贫人口小额信贷发放量",
                  "脱贫人口小额信贷新发放量排名", "小额信贷发放量"], **FLOW,
     note="rank of the loans newly granted in 2024")
g.neg("推广“334”", "334", LABEL_NOTE + " (“334”联农带农模式 of 孟连县, glossary item 8), "
      "a name")
g.neg("“622”等", "622", LABEL_NOTE + " (“622”联农带农模式 of 蒙自市, glossary item 9), a name")
RURAL = ["农村居民收入", "农民人均可支配收入", "农村居民人均可支配收入增速"]
fact("农村居民人均可支配收入增长6.7%", "6.7%", value=6.7, unit="%", kind="growth",
     metric="农村居民人均可支配收入", metric_alts=RURAL, comparison="yoy", **FLOW)
fact("增长7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     modality="forecast", metric="脱贫县农村居民人均可支配收入",
     metric_alts=["脱贫县农村居民收入", "脱贫县农民人均可支配收入", "农村居民人均可支配收入"],
     subject_alts=YN_ALTS + ["脱贫县"], comparison="yoy", **FLOW,
     note="预计 → forecast (the 2024 figure not final at delivery); 左右 → approx (outside "
          "the span); the poverty-relief counties as a subject alt")
fact("高标准农田300万亩", "300万亩", value=3e6, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["新建和改造高标准农田", "高标准农田建设", "新建和改造高标准农田面积",
                  "高标准农田面积", "高标准农田建设面积"], **FLOW, note="亩 stays mu (SPEC §3)")
g.neg("运用“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: 千村示范、万村整治), not a "
      "count")
SAN_NOTE = ("分别: 农村卫生户厕(覆盖率) ↔ 75%, 生活垃圾处理设施覆盖率 ↔ 92%, 生活污水治理"
            "（管控）率 ↔ 57%; 农村 of the list head restored; coverage rates reached (达) are "
            "shares of a stock → " + STOCK_NOTE)
fact("分别达75%", "75%", value=75, unit="%", kind="share", metric="农村卫生户厕覆盖率",
     metric_alts=["卫生户厕覆盖率", "农村卫生户厕普及率", "卫生户厕普及率", "农村卫生户厕"],
     **STOCK, note=SAN_NOTE + "; 覆盖率 written once after the second item, shared")
fact("75%、92%", "92%", value=92, unit="%", kind="share", metric="农村生活垃圾处理设施覆盖率",
     metric_alts=["生活垃圾处理设施覆盖率", "农村生活垃圾处理设施", "生活垃圾处理设施覆盖"],
     **STOCK, note=SAN_NOTE)
fact("92%、57%", "57%", value=57, unit="%", kind="share", metric="农村生活污水治理（管控）率",
     metric_alts=["农村生活污水治理(管控)率", "生活污水治理（管控）率", "生活污水治理(管控)率",
                  "农村生活污水治理率", "生活污水治理率", "农村生活污水治理管控率"],
     **STOCK, note=SAN_NOTE)
fact("新改建农村公路1.2万公里", "1.2万公里", value=1.2e7, unit="m", kind="amount",
     metric="农村公路",
     metric_alts=["新改建农村公路", "新改建农村公路里程", "农村公路里程", "农村公路新改建里程"],
     **FLOW, note="公里 = 1e3 m; roads built or rebuilt in 2024")

# ==== line 2 (source 14): （六）生态质量持续提升 ================================================
g.neg("（六）生态质量", "（六）", MARKER_NOTE)
fact("优良天数比率达99.1%", "99.1%", value=99.1, unit="%", kind="share",
     metric="地级城市空气质量优良天数比率",
     metric_alts=["空气质量优良天数比率", "优良天数比率", "地级城市优良天数比率",
                  "空气质量优良天数比例"], **FLOW,
     note="达 → eq; a rate of the days of the year → the year")
fact("平均浓度20.5微克/立方米", "20.5微克/立方米", value=20.5, unit="微克/立方米",
     kind="amount", metric="细颗粒物平均浓度",
     metric_alts=["PM2.5平均浓度", "细颗粒物浓度", "PM2.5浓度", "细颗粒物年均浓度",
                  "PM2.5年均浓度", "地级城市细颗粒物平均浓度"], **FLOW,
     note="annual mean; μg/m³ has no canonical unit → kept as written (as wr_anhui_2025)")
g.neg("六大水系", "六大", "set label N大 (六大水系, the province's six river systems named as "
      "a group; README §2 八大), not a count claim")
g.neg("均为Ⅱ类及以上", "Ⅱ类", "water-quality class label (GB 3838 grade, threshold Ⅱ类及以上), "
      "not a quantity (as wr_henan_2025)")
g.neg("入选第三批", "第三批", EDITION_NOTE.format("第三批全国美丽河湖优秀案例"))
fact("综合利用率77%", "77%", value=77, unit="%", kind="share", bound="approx",
     modality="forecast", metric="磷石膏综合利用率",
     metric_alts=["磷石膏利用率", "磷石膏综合利用"], **FLOW,
     note="预计 → forecast; 左右 → approx (outside the span); the year's utilisation rate")
fact("完成营造林349.9万亩", "349.9万亩", value=3.499e6, unit="mu", kind="amount",
     metric="营造林", metric_alts=["营造林面积", "完成营造林", "完成营造林面积"], **FLOW)
fact("种草改良26.2万亩", "26.2万亩", value=262000, unit="mu", kind="amount",
     metric="种草改良", metric_alts=["种草改良面积", "完成种草改良"], **FLOW,
     note="verb 完成 shared with 营造林")
fact("绿化美化面积10.02万亩", "10.02万亩", value=100200, unit="mu", kind="amount",
     metric="新增城乡绿化美化面积",
     metric_alts=["城乡绿化美化面积", "城乡绿化美化面积增量", "绿化美化面积", "新增绿化美化面积"],
     **FLOW, note="新增 is part of the indicator (area greened in 2024); 增量 alt (SPEC §2)")
fact("10个省级零碳园区", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="省级零碳园区",
     metric_alts=new("省级零碳园区", "零碳园区", "启动建设省级零碳园区", "启动建设的省级零碳园区"),
     **FLOW, note="parks whose construction started (启动建设) in 2024 → actual (the start is "
                  "the claim, not a capacity; as wr_anhui_2025 10个零碳产业园区)")
g.neg("10个省级零碳园区", "零碳", "label 零碳 ('zero-carbon', README §2)")
fact("证书数均居全国第2位", "第2位", value=2, unit="rank", kind="rank", scope="全国",
     metric="有机产品和低碳产品认证证书数",
     metric_alts=["有机产品认证证书数", "低碳产品认证证书数", "认证证书数",
                  "有机产品和低碳产品认证证书数量", "有机产品认证证书数量", "低碳产品认证证书数量"],
     **STOCK, note="one rank mention over two indicators (均) → one fact, each indicator as an "
                   "alt (as wr_anhui_2025 产量均居全国第2位); certificates held (a stock) → "
                   + STOCK_NOTE + " (judgement call)")

# ==== line 3 (source 15): （七）民生保障扎实有力 ================================================
g.neg("（七）民生保障", "（七）", MARKER_NOTE)
fact("76.1%的财政支出", "76.1%", value=76.1, unit="%", kind="share",
     metric="财政支出用于民生比重",
     metric_alts=["民生支出占比", "财政用于民生支出占比", "民生支出占财政支出比重",
                  "财政支出用于民生占比", "民生支出比重", "财政民生支出占比",
                  "用于民生的财政支出占比", "民生支出占一般公共预算支出比重"], **FLOW,
     note="the share of the year's budget spending (a flow) → the year (as wr_qinghai_2025 "
          "民生支出占比达76%)")
fact("城镇新增就业51万人", "51万人", value=510000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业"], **FLOW)
fact("城镇调查失业率5.0%", "5.0%", value=5.0, unit="%", kind="share",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **FLOW,
     note="a rate → share (SPEC §2); the year's average")
fact("转移就业1547.3万人", "1547.3万人", value=15473000, unit="count", kind="count",
     classifier="人", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "农村劳动力转移就业规模", "转移就业"], **LEVEL,
     note="no 新增: the number of rural workers in transferred employment (a level, not the "
          "year's addition, cf. 新增农村劳动力转移就业 in wr_henan_2025); " + LEVEL_NOTE)
fact("扶持创业4.4万人", "4.4万人", value=44000, unit="count", kind="count", classifier="人",
     metric="创业贷款扶持创业",
     metric_alts=["扶持创业", "创业贷款扶持创业人数", "扶持创业人数", "创业担保贷款扶持创业"],
     **FLOW)
fact("带动就业11.9万人", "11.9万人", value=119000, unit="count", kind="count",
     classifier="人", metric="创业贷款带动就业",
     metric_alts=["带动就业", "带动就业人数", "创业带动就业", "创业贷款带动就业人数"], **FLOW,
     note="head 创业贷款 carried over from the first item")
fact("3个县区建成", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="全国义务教育优质均衡发展县（市、区）",
     metric_alts=new("全国义务教育优质均衡发展县（市、区）", "全国义务教育优质均衡发展县(市、区)",
                     "义务教育优质均衡发展县（市、区）", "义务教育优质均衡发展县",
                     "全国义务教育优质均衡发展县", "建成全国义务教育优质均衡发展县（市、区）的县区",
                     "县区"), **FLOW,
     note="the counties that qualified (建成) in 2024: the status defines the counted set → "
          "metric; 增量 alts (README §3)")
g.neg("“零”的突破", "零", "idiom 零的突破 'a first (breaking zero)', not a quantity (as "
      "wr_hebei_2025)")
g.neg("职业教育“3+4”", "3+4", LABEL_NOTE + " (职业教育“3+4”中本贯通: 3 years of secondary "
      "vocational + 4 of undergraduate, the name of a pilot scheme, glossary item 13)")
g.neg("和“3+2”高本", "3+2", LABEL_NOTE + " (“3+2”高本贯通, glossary item 14)")
fact("实现16个州（市）", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="实现高等学校全覆盖的州（市）",
     metric_alts=["州（市）", "州(市)", "高等学校全覆盖的州（市）", "有高等学校的州（市）",
                  "州（市）数量", "高等学校覆盖州（市）", "实现高等学校全覆盖的州(市)"], **STOCK,
     note="judgement call: the 16 prefectures, all of the province, now each with a "
          "university (全覆盖 reached, a stock) → count, " + STOCK_NOTE)
fact("新增3个硕士授予单位", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="硕士授予单位",
     metric_alts=new("硕士授予单位", "新增硕士授予单位", "硕士学位授予单位"), **FLOW,
     note="新增 N: units authorised in 2024; 增量 alts (README §3)")
fact("62个博士硕士学位授权点", "62个", value=62, unit="count", kind="count", classifier="个",
     metric="博士硕士学位授权点",
     metric_alts=new("博士硕士学位授权点", "新增博士硕士学位授权点", "学位授权点",
                     "博士硕士学位授权点个数"), **FLOW, note="verb 新增 shared; 增量 alts")
fact("98%的基层医疗卫生机构", "98%", value=98, unit="%", kind="share",
     metric="服务能力达到国家标准的基层医疗卫生机构占比",
     metric_alts=["基层医疗卫生机构服务能力达标率", "基层医疗卫生机构服务能力达到国家标准比例",
                  "服务能力达到国家标准的基层医疗卫生机构比例", "基层医疗卫生机构占比",
                  "基层医疗卫生机构服务能力达到国家标准", "基层医疗卫生机构"], **STOCK,
     note="share of a stock (institutions at a standard, 达到; as 80%的县级医院 in "
          "wr_henan_2025): " + STOCK_NOTE)
STREAK2 = P("连续两年", "2023-01-01", "2024-12-31")
fact("连续两年综合评估", "两年", value=2, unit="year", kind="amount",
     metric="综合评估居全国第1位持续时间",
     metric_alts=["连续综合评估居全国第1位", "综合评估居全国第1位年数",
                  "倡导文明健康绿色环保生活方式活动综合评估居全国第1位持续时间",
                  "综合评估连续居全国第1位", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, STREAK2],
     note="length of the streak 连续两年 (a duration, unit year), as wr_yunnan_2025 连续3年 — "
          "judgement call; the streak ends in the review year (alt 2023-2024)")
fact("综合评估居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="倡导文明健康绿色环保生活方式活动综合评估",
     metric_alts=["综合评估", "倡导文明健康绿色环保生活方式活动综合评估排名",
                  "倡导文明健康绿色环保生活方式活动", "综合评估排名"],
     period=Y24, period_alts=[Y24_NULL, STREAK2],
     note="the position in the review year, held in each year of the streak (alt 2023-2024, "
          "as wr_xinjiang_2025 连续四年…首位)")
fact("覆盖面达95%", "95%", value=95, unit="%", kind="share", metric="基本养老保险覆盖面",
     metric_alts=["基本养老保险参保率", "基本养老保险覆盖率", "养老保险覆盖面",
                  "基本养老保险参保覆盖率"], **STOCK,
     note="达 → eq; coverage of the insured population (a stock): " + STOCK_NOTE)
fact("参保率达97.6%", "97.6%", value=97.6, unit="%", kind="share", metric="基本医保参保率",
     metric_alts=["基本医疗保险参保率", "医保参保率", "参保率"], **STOCK,
     note="达 → eq; enrolment rate (share of a stock): " + STOCK_NOTE)
fact("设施覆盖率达88.7%", "88.7%", value=88.7, unit="%", kind="share",
     metric="社区养老服务设施覆盖率",
     metric_alts=["养老服务设施覆盖率", "社区养老服务设施覆盖"], **STOCK,
     note="达 → eq; coverage = share of a stock: " + STOCK_NOTE)
fact("90%的城乡社区", "90%", value=90, unit="%", kind="share",
     metric="有“儿童之家”的城乡社区占比",
     metric_alts=["有儿童之家的城乡社区占比", "城乡社区“儿童之家”覆盖率", "“儿童之家”覆盖率",
                  "儿童之家覆盖率", "城乡社区占比", "有“儿童之家”的城乡社区比例",
                  "有儿童之家的城乡社区比例"], **STOCK,
     note="share of the communities that have the facility (a stock): " + STOCK_NOTE)
fact("招募17.7万名", "17.7万名", value=177000, unit="count", kind="count", classifier="名",
     metric="“爱心妈妈”",
     metric_alts=["爱心妈妈", "招募“爱心妈妈”", "招募爱心妈妈", "“爱心妈妈”人数", "爱心妈妈人数"],
     **FLOW, note="volunteers recruited (招募) in 2024")
fact("结对关爱21.9万名", "21.9万名", value=219000, unit="count", kind="count",
     classifier="名", metric="留守儿童、困境儿童",
     metric_alts=["结对关爱留守儿童、困境儿童", "关爱留守儿童、困境儿童", "留守儿童和困境儿童",
                  "留守儿童、困境儿童人数", "结对关爱留守儿童和困境儿童", "结对关爱儿童"],
     **FLOW, note="one number over the two groups (留守儿童、困境儿童) → one fact")
NEAR2 = P("近两年", "2023-01-01", "2024-12-31")
g.neg("近两年人均", "近两年", PERIOD_NOTE + " (SPEC §4: 近两年 = the two full years before "
      "the reference year, 2023-2024)")
fact("增幅居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="人均预期寿命增幅",
     metric_alts=["人均预期寿命", "预期寿命增幅", "人均预期寿命增幅排名", "人均预期寿命提高幅度"],
     period=NEAR2, period_alts=[P("近两年", None, None), Y24],
     note="rank of the rise over 近两年 (2023-2024, SPEC §4 as 近三年); the review year and null "
          "as alts")
fact("兜底保障生活困难群众357.37万人", "357.37万人", value=3573700, unit="count", kind="count",
     classifier="人", metric="兜底保障生活困难群众",
     metric_alts=["生活困难群众", "兜底保障人数", "兜底保障生活困难群众人数", "兜底保障对象",
                  "兜底保障"], **LEVEL,
     note="people under social-assistance cover (兜底保障) in 2024; " + LEVEL_NOTE)
g.neg("时隔12年", "时隔12年", PERIOD_NOTE + " (时隔12年 = for the first time since 2012; not a "
      "duration fact, as 时隔5年 in wr_beijing_2025)")
fact("表演项目成绩均居第1位", "第1位", value=1, unit="rank", kind="rank",
     scope="全国少数民族传统体育运动会",
     metric="全国少数民族传统体育运动会竞赛项目获奖数和表演项目成绩",
     metric_alts=["竞赛项目获奖数和表演项目成绩", "竞赛项目获奖数", "表演项目成绩",
                  "全国少数民族传统体育运动会竞赛项目获奖数",
                  "全国少数民族传统体育运动会表演项目成绩", "少数民族传统体育运动会竞赛项目获奖数",
                  "获奖数"],
     **FLOW, note="one rank mention over two indicators (均) → one fact; scope = the national "
                  "games (no scope word before 第1位); the games of 2024")
g.neg("承办第三届", "第三届", EDITION_NOTE.format("第三届全民阅读大会"))
fact("国家等级博物馆8个", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="国家等级博物馆",
     metric_alts=new("国家等级博物馆", "新晋国家等级博物馆", "国家等级博物馆个数"), **FLOW,
     note="新晋 N: museums graded in 2024; 增量 alts (README §3)")
fact("3部作品荣获", "3部", value=3, unit="count", kind="count", classifier="部",
     metric="“五个一工程”优秀作品奖作品",
     metric_alts=["五个一工程优秀作品奖作品", "荣获“五个一工程”优秀作品奖作品",
                  "荣获五个一工程优秀作品奖作品", "“五个一工程”优秀作品奖获奖作品",
                  "精神文明建设“五个一工程”优秀作品奖作品", "“五个一工程”获奖作品", "获奖作品",
                  "作品"], **FLOW,
     note="the award defines the counted set → in the metric (as 6部作品 in wr_henan_2025)")
g.neg("荣获第十七届", "第十七届", EDITION_NOTE.format("第十七届精神文明建设“五个一工程”"))
g.neg("建设“五个一工程”", "五个一工程", "award name “五个一工程”, not a count (as "
      "wr_henan_2025)")
fact("总数居全国第1位", "第1位", value=1, unit="rank", kind="rank", scope="全国",
     metric="受表彰的全国民族团结进步模范集体和模范个人总数",
     metric_alts=["全国民族团结进步模范集体和模范个人总数", "模范集体和模范个人总数",
                  "受表彰的模范集体和模范个人总数", "全国民族团结进步模范集体和模范个人",
                  "受表彰的全国民族团结进步模范集体和模范个人",
                  "全国民族团结进步模范集体和模范个人数量"], **FLOW,
     note="rank in the 2024 national commendation")
fact("年度10件惠民实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="惠民实事",
     metric_alts=["年度惠民实事", "惠民实事数量", "办结惠民实事", "年度10件惠民实事"], **FLOW,
     note="年度 = the review year 2024 (no numeral; same dates as the frame); count of the "
          "year's measures, all completed")

# ==== line 4 (source 16): （八）安全底板加固筑牢 ================================================
g.neg("（八）安全底板", "（八）", MARKER_NOTE)
ACC_NOTE = "分别: 生产安全事故起数 ↔ −9.1%, 死亡人数 ↔ −11.5%; 下降 → negative value"
fact("分别下降9.1%", "9.1%", value=-9.1, unit="%", kind="growth", metric="生产安全事故起数",
     metric_alts=["生产安全事故", "生产安全事故数", "事故起数", "生产安全事故起数下降"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("9.1%、11.5%", "11.5%", value=-11.5, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "事故死亡人数", "生产安全事故死亡"], comparison="yoy", **FLOW,
     note=ACC_NOTE + "; head 生产安全事故 restored")
fact("连续61个月", "61个月", value=61 / 12, unit="year", kind="amount",
     metric="未发生重大及以上生产安全事故持续时间",
     metric_alts=["连续未发生重大及以上生产安全事故", "未发生重大及以上生产安全事故月数",
                  "未发生重大及以上生产安全事故", "未发生重大生产安全事故持续时间", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, P("连续61个月", "2019-12-01", "2024-12-31")],
     note="length of the streak 连续61个月 (a duration: 个月 = 1/12 year → 61/12 ≈ 5.083 year, "
          "as 连续48个月 in wr_anhui_2025) — judgement call; the streak ends in the review "
          "year (alt 2019-12..2024-12)")
g.neg("镇雄“1·22”", "1·22", "date label of the event (镇雄“1·22”山体滑坡, 22 January 2024), "
      "part of its name, not a quantity")
fact("高效处置15起", "15起", value=15, unit="count", kind="count", classifier="起",
     metric="森林火灾",
     metric_alts=["处置森林火灾", "森林火灾起数", "高效处置森林火灾", "森林火灾数量"], **FLOW)
fact("有效应对14轮", "14轮", value=14, unit="count", kind="count", classifier="轮",
     metric="强降雨",
     metric_alts=["强降雨轮数", "应对强降雨", "强降雨过程", "有效应对强降雨"], **FLOW)
fact("和7次编号洪水", "7次", value=7, unit="count", kind="count", classifier="次",
     metric="编号洪水",
     metric_alts=["编号洪水次数", "应对编号洪水", "有效应对编号洪水"], **FLOW,
     note="verb 有效应对 shared with 14轮")
g.neg("首次实现", "首次", "first-of-kind claim 首次 'for the first time', not a rank or count")
g.neg("自1950年以来", "1950年以来", PERIOD_NOTE + " (since-window 1950年以来 of the first-time "
      "claim; no fact after it)")
g.neg("“零伤亡”", "零伤亡", "label/slogan “零伤亡” ('zero casualties', in quotes, as ‘零破坏’ in "
      "nw_yangtze_waterway_2026) — judgement call; a count of 0 casualties is the alternative")
g.neg("率先实现20户以上", "20户", THRESH_NOTE + " (20户以上自然村: the villages covered by the "
      "emergency broadcasting)")
STREAK5 = P("连续5年", "2020-01-01", "2024-12-31")
fact("连续5年保持", "5年", value=5, unit="year", kind="amount",
     metric="法治建设群众满意率保持97%以上持续时间",
     metric_alts=["法治建设群众满意率连续保持97%以上", "法治建设群众满意率保持97%以上年数",
                  "连续保持97%以上", "法治建设群众满意率", "持续时间"],
     period=Y24, period_alts=[Y24_NULL, STREAK5],
     note="length of the streak 连续5年 (a duration, unit year, as 连续48个月保持两位数增长 in "
          "wr_anhui_2025) — judgement call; the streak ends in the review year (alt 2020-2024)")
fact("保持97%以上", "97%", value=97, unit="%", kind="share", bound="ge",
     metric="法治建设群众满意率",
     metric_alts=["群众满意率", "法治建设满意率", "法治建设群众满意度"],
     period=Y24, period_alts=[Y24_NULL, STREAK5],
     note="以上 → ge (outside the span); a satisfaction rate → share; held in each year of "
          "the streak (alt 2020-2024), the review year as gold")

# ==== line 5 (source 17): 一年来 (the government's own work) ===================================
g.neg("一年来，我们坚持", "一年来", PERIOD_NOTE + " (the review year 2024; governs line 5)")
g.neg("“第一议题”", "第一议题", LABEL_NOTE + " (“第一议题”: the first item of every meeting, "
      "a political routine), not a rank")
g.neg("“第一政治要件”", "第一政治要件", LABEL_NOTE + " (“第一政治要件”), not a rank")
GW_NOTE = "一年来 opens the line and governs it (= 2024); the provincial government's own work"
fact("地方性法规10件", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="提请审议地方性法规",
     metric_alts=["地方性法规", "提请审议地方性法规数量", "地方性法规草案", "提请审议的地方性法规"],
     **GOVWORK, note=GW_NOTE)
fact("政府规章6件", "6件", value=6, unit="count", kind="count", classifier="件",
     metric="制定修改废止政府规章",
     metric_alts=["政府规章", "制定修改废止政府规章数量", "制定、修改、废止政府规章",
                  "制定修改废止的政府规章"], **GOVWORK, note=GW_NOTE)
fact("人大代表建议981件", "981件", value=981, unit="count", kind="count", classifier="件",
     metric="人大代表建议",
     metric_alts=["办结人大代表建议", "圆满办结人大代表建议", "人大代表建议数量",
                  "办结人大代表建议数量"], **GOVWORK, note=GW_NOTE)
fact("政协提案765件", "765件", value=765, unit="count", kind="count", classifier="件",
     metric="政协提案",
     metric_alts=["办结政协提案", "圆满办结政协提案", "政协提案数量", "办结政协提案数量"],
     **GOVWORK, note="verb 圆满办结 shared; " + GW_NOTE)

# ==== line 6 (source 18): 过去一年… (no facts) =================================================
g.neg("过去一年，我们有力", "过去一年", PERIOD_NOTE + " (the review year 2024; used as the "
      "period text of the review facts)")
g.neg("迈好了“三年上台阶”", "三年上台阶", LABEL_NOTE + " (“3815”战略 stage name “三年上台阶” "
      "'a step up in three years'), not a duration fact")
g.neg("承上启下的关键一步", "一步", "idiom 关键一步 'a key step', not a count")
g.neg("为“十四五”胜利", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("做好一切工作", "一切", "lexicalized 一切 'all', not a quantity")
for ctx in ("就一定能解决", "就一定能凝聚", "就一定能充分", "就一定能推动"):
    g.neg(ctx, "一定", "adverb 一定 'certainly', not a quantity (as wr_henan_2025)")
g.neg("办好每一件民生实事", "一件", "每一件 'every single (one)', a distributive, not a count")
g.neg("“三部曲”", "三部曲", LABEL_NOTE + " (工作“三部曲”: 主动想、扎实干、看效果), a name")

NOTES = (
    "Excerpt: lines 13-18 of shared/texts/work_report/wr_yunnan_2025.txt (2,192 characters "
    "with the final newline), sliced by code: review items （五） (城乡区域协调发展), （六） "
    "(生态质量), （七） (民生保障) and （八） (安全底板) in full, then 一年来… (the government's "
    "own work: regulations, rules, proposals) and 过去一年… (no number). Lines 7-12 are "
    "annotated in wr_yunnan_2025 (no overlap); lines 13-17 (1,769) are too short, 13-19 "
    "(2,454) would add only a paragraph of thanks. Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-18, "
    "the delivery date in the report's header (source line 3: ——2025年1月18日在云南省第十四届"
    "人民代表大会第三次会议上); the corpus meta agrees. Place: 云南省 (云南, 全省, 我省 → alts; "
    "the provincial government as alt for line 5). Periods: the excerpt lies in part 一、2024年"
    "工作回顾 (source line 7): lines 1-4 state no period → the review year 2024-01-01..2024-12-31 "
    "(SPEC §4), null as alt, with the excerpt's own naming 过去一年 (line 6) as period text "
    "(2024年 of the heading is outside the excerpt); line 5 opens with 一年来 (= 2024). Stocks "
    "(累计消除 70.6万人, coverage rates and shares of a stock with 达/达到, 16个州（市） covered, "
    "certificates held) → instant 2024-12-31, the year and null as alts; levels of the year "
    "(农村劳动力转移就业, 兜底保障) → the year with null and year-end as alts. Streaks "
    "连续两年, 连续61个月 (61/12 year), 连续5年 → durations on the year with the streak's span "
    "as alt, and the rank / share held through them likewise. 近两年 → 2023-01-01..2024-12-31 "
    "(SPEC §4, as 近三年). Modality: actual, except 预计 → forecast (脱贫县 income +7%左右, "
    "磷石膏综合利用率77%左右). Units: 万亩 → mu; 公里 → m; 微克/立方米 kept as written; "
    "3.07万 without a measure word → classifier 人. Judgement calls: 动态清零 and “零伤亡” "
    "read as policy phrase / slogan (negatives); 1万元 (income line) and 20户 (village size) "
    "as thresholds (negatives); 居全国第5位 → rank of the count just given; 均居第N位 over two "
    "indicators → one rank each (alts); scope of 均居第1位 = the national minority games; "
    "16个州（市） read as a count (stock); 农村劳动力转移就业1547.3万人 a level of the year, not "
    "an addition; 76.1%的财政支出用于民生 → share of the year's spending. Negatives: "
    "（五）…（八）, 四级三类, 1万元, 清零, 334, 622, 千万工程, 六大, Ⅱ类, 第三批, 零碳, 零 "
    "(零的突破), 3+4, 3+2, 近两年, 时隔12年, 第三届, 第十七届, 五个一工程, 1·22, 首次, "
    "1950年以来, 零伤亡, 20户, 一年来, 第一议题, 第一政治要件, 过去一年, 三年上台阶, 一步, "
    "十四五, 一切, 一定 ×4, 一件 (每一件), 三部曲. Lexicalized, not listed: 统一, 进一步, 单位 (授予单位).")

g.write(date=REF, source=f"shared/texts/work_report/wr_yunnan_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
