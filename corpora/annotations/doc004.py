import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import Gold, P

# 004: 长治以新质生产力激活高质量发展强动能 (reference date 2024-12-04, see notes in write())
g = Gold("004_bc2215af09d1b7d8")

REF = "2024-12-04"
PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "set label (the members are named), not a count"
ROAD_NOTE = "road name 太行一号 (旅游公路), not a quantity"

Q3_A = P("前三季度", "2024-01-01", "2024-09-30")         # line 9 and line 11
Q3_B = P("前三季度", "2024-01-01", "2024-09-30")
Q3_AT = P("前三季度", "2024-09-30", "2024-09-30")        # stock under the frame
Q3_NOW = P("今年前三季度", "2024-01-01", "2024-09-30")    # line 17
Q3_NOW_AT = P("今年前三季度", "2024-09-30", "2024-09-30")
RECENT = P("近年来", None, REF)
RECENT_ALTS = [P("近年来", None, None), P("近年来", REF, REF)]
JUL = P("今年7月", "2024-07-01", "2024-07-31")
JUL_AT = P("今年7月", "2024-07-31", "2024-07-31")
YEAR = P("今年", "2024-01-01", "2024-12-31")
YEAR_ALTS = [P("今年", "2024-01-01", REF), P("今年", REF, REF)]
APR = P("今年4月", "2024-04-01", "2024-04-30")
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF)]
SINCE22 = P("2022年以来", "2022-01-01", REF)
SINCE22_AT = P("2022年以来", REF, REF)
SINCE21 = P("自2021年", "2021-01-01", REF)
SINCE21_AT = P("自2021年", REF, REF)
LAST3 = P("近3年来", "2021-01-01", "2023-12-31")
LAST3_ALTS = [P("近3年来", "2022-01-01", REF)]
NULL = P("前三季度", None, None)  # null-dated alts (equal a null period in scoring)
NULL_JUL = P("今年7月", None, None)
NULL_APR = P("今年4月", None, None)
NULL_Y = P("今年", None, None)
NULL_3 = P("近3年来", None, None)
NULL_21 = P("自2021年", None, None)
NULL_Q3N = P("今年前三季度", None, None)

SUBJ_COAL = ["煤炭行业", "长治市煤炭行业"]
HUAYE = ["高科华烨", "“链主”企业高科华烨集团"]
ROAD = "太行一号旅游公路"

INHERIT_Q3 = ("period 前三季度 inherited within the paragraph (lines 9 and 11 are one paragraph "
              "cut by a blank line mid-word, 科|技); alt null: the same clause has no period in "
              "001, where it stands in its own paragraph")
STOCK_Q3 = ("cumulative level (达成) under the inherited frame 前三季度 → instant at its end; "
            "alts: the literal inheritance and null (001 reading)")

# ---- line 7 --------------------------------------------------------------------------
g.neg("我市是全国首批老工业城市", "首批", "designation 全国首批…示范区, not a rank")

# ---- lines 9 + 11 (one paragraph) ----------------------------------------------------
g.fact("已经建成22座", "22座", value=22, unit="count", kind="count", classifier="座",
       metric="绿色开采煤矿", metric_alts=["建成绿色开采煤矿", "绿色开采煤矿数量"],
       subject_alts=SUBJ_COAL,
       note="no period expression in the paragraph before it (近年来 is in the previous "
            "paragraph) → null, as in 001")
g.fact("煤矿,17座智能化", "17座", value=17, unit="count", kind="count", classifier="座",
       metric="智能化矿井", metric_alts=["建成智能化矿井", "智能化矿井数量"],
       subject_alts=SUBJ_COAL)
g.fact("和215个智能化", "215个", value=215, unit="count", kind="count", classifier="个",
       metric="智能化采掘工作面",
       metric_alts=["建成智能化采掘工作面", "智能化采掘工作面数量"], subject_alts=SUBJ_COAL)
g.fact("分别达到93%、94%以上", "93%", value=93, unit="%", kind="share", bound="ge",
       metric="煤炭行业先进产能占比",
       metric_alts=["煤炭行业先进产能", "煤炭先进产能", "煤炭先进产能占比"],
       subject_alts=SUBJ_COAL,
       note="分别: 煤炭↔93%, 焦化↔94%; trailing 以上 covers every value (ge, ge)")
g.fact("分别达到93%、94%以上", "94%", value=94, unit="%", kind="share", bound="ge",
       metric="焦化行业先进产能占比",
       metric_alts=["焦化行业先进产能", "焦化先进产能", "焦化先进产能占比"],
       subject_alts=["焦化行业", "长治市焦化行业"])
g.neg("未来产业。前三季度", "前三季度", PERIOD_NOTE)
g.fact("增加值增长31%", "31%", value=31, unit="%", kind="growth",
       metric="高技术装备制造业增加值", period=Q3_A, comparison="yoy")
g.fact("汽车制造业增长12.6%", "12.6%", value=12.6, unit="%", kind="growth",
       metric="汽车制造业增加值", metric_alts=["汽车制造业"], period=Q3_A,
       comparison="yoy", note="增加值 elided, carried over from the first list item")
g.fact("医药行业增长12.4%", "12.4%", value=12.4, unit="%", kind="growth",
       metric="医药行业增加值", metric_alts=["医药行业"], period=Q3_A, comparison="yoy",
       note="增加值 elided, carried over from the first list item")
g.fact("项目的七条措施", "七条", value=7, unit="count", kind="count", classifier="条",
       metric="支持科技重点项目的措施",
       metric_alts=["支持科技重点项目措施", "措施", "支持科技重点项目的七条措施"],
       period=Q3_A, period_alts=[NULL], note=INHERIT_Q3)
g.neg(",单个科技项目", "单个", "distributive 'per project', not a count")
g.fact("最高补助达1000万元", "1000万元", value=10000000, unit="CNY", kind="amount",
       metric="单个科技项目最高补助", metric_alts=["科技项目最高补助", "最高补助"],
       period=Q3_A, period_alts=[NULL],
       note="the maximum itself is stated → eq; " + INHERIT_Q3)
g.fact("实施了30项科", "30项", value=30, unit="count", kind="count", classifier="项",
       metric="科技重大专项和重点研发项目",
       metric_alts=["实施科技重大专项和重点研发项目", "科技重大专项和重点研发项目数量"],
       period=Q3_A, period_alts=[NULL],
       note="the sentence is cut by a blank line (30项科|技重大专项); " + INHERIT_Q3)
g.fact("国内150多所高校", "150多所", value=150, unit="count", kind="count", bound="gt",
       classifier="所", metric="合作高校", metric_alts=["国内高校", "高校"],
       period=Q3_AT, period_alts=[Q3_A, NULL],
       note=STOCK_Q3)
g.fact("达成1000多项合作成果", "1000多项", value=1000, unit="count", kind="count",
       bound="gt", classifier="项", metric="合作成果",
       metric_alts=["与高校合作成果", "与国内高校合作成果", "高校合作成果"],
       period=Q3_AT, period_alts=[Q3_A, NULL],
       note=STOCK_Q3)
g.neg("将2024年确定", "2024年", "date on its own (year named as 项目建设年)")
g.neg("“项目建设年”,前三季度", "前三季度", PERIOD_NOTE)
for pct, metric in [("58.6%", "高技术制造业投资"), ("14.3%", "工业投资"), ("18%", "制造业投资")]:
    g.fact("分别增长58.6%、14.3%、18%", pct, value=float(pct[:-1]), unit="%", kind="growth",
           metric=metric, period=Q3_B, comparison="yoy",
           note="分别: three metrics ↔ three values in order")

# ---- line 13 -------------------------------------------------------------------------
g.fact("重点打造10条产业链", "10条", value=10, unit="count", kind="count", classifier="条",
       metric="产业链", metric_alts=["重点打造产业链", "重点产业链"],
       period=RECENT, period_alts=RECENT_ALTS,
       note="近年来 → start unknown, end = reference date; alts null..null and the stock "
            "reading (as in 001)")
g.fact("确立23家", "23家", value=23, unit="count", kind="count", classifier="家",
       metric="链主企业", metric_alts=["“链主”企业", "链主"],
       period=RECENT, period_alts=RECENT_ALTS)
g.fact("和36家“链核”", "36家", value=36, unit="count", kind="count", classifier="家",
       metric="链核企业", metric_alts=["“链核”企业", "链核"],
       period=RECENT, period_alts=RECENT_ALTS)
g.neg("“一企带一链,一链成一片”", "一企带一链,一链成一片", "slogan")
HUAYE_NOTE = ("近年来 heads the paragraph and is not replaced, so it governs (in 001 this "
              "sentence is in another paragraph and has no period); alts as for 10条")
g.fact("位居全国前三", "前三", value=3, unit="rank", kind="rank", bound="le", scope="全国",
       metric="LED封装和显示屏生产规模",
       metric_alts=["LED封装和显示屏生产规模排名", "LED封装和显示屏生产规模上"],
       subject="高科华烨集团", subject_alts=HUAYE, period=RECENT, period_alts=RECENT_ALTS,
       note="one quantity mention → one fact although two fields are named; " + HUAYE_NOTE)
g.fact("突破至0.6毫米", "0.6毫米", value=0.0006, unit="m", kind="amount",
       metric="显示间距", subject="高科华烨集团", subject_alts=HUAYE[:1],
       period=RECENT, period_alts=RECENT_ALTS)
g.fact("可以把上万个芯片", "上万个", value=10000, unit="count", kind="count", bound="ge",
       classifier="个", metric="芯片",
       metric_alts=["模块上固定的芯片", "固定在模块上的芯片", "芯片数量"],
       subject="高科华烨集团", subject_alts=HUAYE[:1], period=RECENT, period_alts=RECENT_ALTS,
       note="上万 = 'ten thousand or more' → ge; 上 kept in the span as part of the numeral")
g.fact("固定在0.05平方米", "0.05平方米", value=0.05, unit="m2", kind="amount",
       metric="模块面积", metric_alts=["模块"], subject="高科华烨集团",
       subject_alts=HUAYE[:1], period=RECENT, period_alts=RECENT_ALTS)

# ---- lines 15 + 17 (one paragraph, cut 钢|铁) -----------------------------------------
g.neg("建材等八大重点行业", "八大", LABEL_NOTE + " (八大重点行业)")
g.neg("屯留建成国内首座电网级", "首座", "first-of-its-kind claim, not a measured rank")
g.neg("供应体系,今年前三季度", "今年前三季度", PERIOD_NOTE)
g.fact("投资完成57.5亿元", "57.5亿元", value=5750000000, unit="CNY", kind="amount",
       metric="新能源产业投资", period=Q3_NOW)
g.fact("亿元,增长48.8%", "48.8%", value=48.8, unit="%", kind="growth",
       metric="新能源产业投资", period=Q3_NOW, comparison="yoy")
g.fact("已达到3000多辆", "3000多辆", value=3000, unit="count", kind="count", bound="gt",
       classifier="辆", metric="新能源重卡", metric_alts=["新能源重卡数量"],
       period=Q3_NOW_AT, period_alts=[Q3_NOW, NOW],
       note="stock (已达到) under the inherited 今年前三季度 (no 目前 here, unlike 001) → "
            "instant 2024-09-30; alts: literal inheritance, and 001's 目前 reading")
g.fact("余额达到200多亿元", "200多亿元", value=20000000000, unit="CNY", kind="amount",
       bound="gt", metric="绿色贷款余额",
       period=Q3_NOW_AT, period_alts=[Q3_NOW, NULL_Q3N],
       note="余额 is a stock; 今年前三季度 governs within this paragraph → instant at its "
            "end; alts literal inheritance and null (001, where it is a separate paragraph)")
g.neg("全国首批碳达峰", "首批", "designation 全国首批…试点")
g.neg("近零碳排放试点", "近零碳", "pilot name 近零碳排放试点; 近零 is not ~0 of anything")

# ---- line 19 -------------------------------------------------------------------------
g.fact("引进培育10多家信创企业", "10多家", value=10, unit="count", kind="count",
       bound="gt", classifier="家", metric="信创企业",
       metric_alts=["引进培育信创企业", "信创企业数量"])
g.neg("产业集群。前三季度", "前三季度", PERIOD_NOTE)
g.fact("产值达到102亿元", "102亿元", value=10200000000, unit="CNY", kind="amount",
       metric="数字经济核心产业产值", period=Q3_B)
g.fact("财政支出的八成以上", "八成", value=80, unit="%", kind="share", bound="ge",
       metric="财政支出用于保障和改善民生比重",
       metric_alts=["财政支出用于保障和改善民生的比重", "民生支出占财政支出比重",
                    "财政支出用于民生比重", "财政支出"],
       period=P("每年", None, None),
       note="以上 → ge (outside the span); 每年 replaces 前三季度 and is a habitual frame, "
            "no dates")
g.neg("办成一批群众", "一批", "quantifier 一批")

# ---- line 23 -------------------------------------------------------------------------
g.fact("全省平均水平的1.6倍", "1.6倍", value=1.6, unit="times", kind="ratio",
       metric="人均水资源占有量",
       metric_alts=["人均水资源占有量与全省平均水平之比",
                    "人均水资源占有量相当于全省平均水平的倍数"],
       note="multiple of the 全省平均水平 (the basis stays in the metric alts: comparison is "
            "for growth/change only)")
g.fact("干支流近800里", "800里", value=400000, unit="m", kind="amount", bound="approx",
       metric="干支流长度", metric_alts=["干支流", "浊漳河干支流长度", "干支流里程"],
       subject="浊漳河", subject_alts=["浊漳河干支流"],
       note="近 → approx; 里 = 500 m (SPEC §3)")
g.fact("流域面积近1万平方公里", "1万平方公里", value=1e10, unit="m2", kind="amount",
       bound="approx", metric="流域面积", metric_alts=["浊漳河流域面积"],
       subject="浊漳河")
g.fact("占到全市国土面积的71.9%", "71.9%", value=71.9, unit="%", kind="share",
       metric="流域面积占全市国土面积比重",
       metric_alts=["浊漳河流域面积占全市国土面积比重", "占全市国土面积比重",
                    "流域面积占全市国土面积的比重", "占全市国土面积"],
       subject="浊漳河", subject_alts=["浊漳河流域", "长治市"],
       note="the river's basin owns the share (sentence subject 浊漳河)")

# ---- line 25 -------------------------------------------------------------------------
g.neg("深入推进“八百里浊漳", "八百里", "epithet in a project name (“八百里浊漳·美丽的画廊”)")
g.neg("今年7月被水利部", "今年7月", PERIOD_NOTE)
g.neg("确定为第二批市级", "第二批", "batch label 第二批, not a rank")
g.neg("《八百里浊漳水生态", "八百里", "epithet in a plan title")
g.neg("《全面实施八百里浊漳", "八百里", "epithet in a document title")
JUL_NOTE = ("今年7月 is the only period before it in the paragraph and governs (SPEC §4); "
            "alt null: 今年7月 plausibly dates only the 水网先导区 designation")
g.fact("提出6方面30项", "6方面", value=6, unit="count", kind="count", classifier="方面",
       metric="具体任务方面", metric_alts=["方面", "任务方面"],
       subject_alts=["全面实施八百里浊漳河流域生态修复治理工作方案"],
       period=JUL, period_alts=[NULL_JUL], note=JUL_NOTE)
g.fact("提出6方面30项具体任务", "30项", value=30, unit="count", kind="count", classifier="项",
       metric="具体任务", metric_alts=["任务", "具体任务数量"],
       subject_alts=["全面实施八百里浊漳河流域生态修复治理工作方案"],
       period=JUL, period_alts=[NULL_JUL], note=JUL_NOTE)
g.neg("围绕八百里浊漳水生态保护与高质量发展,共", "八百里", "epithet (as in the plan title)")
JUL_STOCK = ("total (共谋划/总投资) under the inherited 今年7月 → instant at its end (stock "
             "rule); alts literal inheritance and null")
g.fact("共谋划项目197个", "197个", value=197, unit="count", kind="count", classifier="个",
       metric="谋划项目", metric_alts=["项目", "共谋划项目", "谋划项目数量"],
       period=JUL_AT, period_alts=[JUL, NULL_JUL], note=JUL_STOCK)
g.fact("总投资198亿元", "198亿元", value=19800000000, unit="CNY", kind="amount",
       metric="总投资", metric_alts=["谋划项目总投资", "项目总投资"],
       period=JUL_AT, period_alts=[JUL, NULL_JUL], modality="target",
       note="planned total investment of planned projects → target; " + JUL_STOCK)
g.fact("今年重点实施了80个项目", "80个", value=80, unit="count", kind="count",
       classifier="个", metric="重点实施项目", metric_alts=["项目", "实施项目", "重点项目"],
       period=YEAR, note="今年 replaces 今年7月")
YEAR_NOTE = ("flow of this year (今年 governs; the year is not over at the reference date): "
             "alts year-to-date and the as-of-now instant")
g.fact("已完成投资27.5亿元", "27.5亿元", value=2750000000, unit="CNY", kind="amount",
       metric="完成投资", metric_alts=["已完成投资", "投资", "重点项目完成投资"],
       period=YEAR, period_alts=YEAR_ALTS, note=YEAR_NOTE)
g.fact("其中12个项目已完工", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="已完工项目", metric_alts=["完工项目", "项目"],
       period=YEAR, period_alts=YEAR_ALTS, note=YEAR_NOTE)
g.fact("上党50万亩大型灌区", "50万亩", value=500000, unit="mu", kind="amount",
       metric="大型灌区面积",
       metric_alts=["灌区面积", "上党大型灌区面积", "灌溉面积", "大型灌区"],
       subject="上党大型灌区", subject_alts=["上党50万亩大型灌区", "长治市", "上党"],
       period=YEAR, period_alts=[NULL_Y], modality="target",
       note="designed size carried in the name of a planned facility (规划了) → target; "
            "今年 inherited, alt null")
g.neg("等一系列水利设施", "一系列", "quantifier 一系列")
AFTER = P("建成后", None, None)
g.fact("新增有效灌溉面积20.2万亩", "20.2万亩", value=202000, unit="mu", kind="amount",
       metric="有效灌溉面积增量", metric_alts=["新增有效灌溉面积", "有效灌溉面积"],
       subject_alts=["上党大型灌区", "上党50万亩大型灌区"],
       period=AFTER, period_alts=[YEAR], modality="target",
       note="建成后将 → planned effect of the facilities (target); 建成后 replaces 今年 and "
            "has no dates; absolute change → 增量 (SPEC §2)")
g.fact("增加粮食产量0.7亿斤", "0.7亿斤", value=35000, unit="t", kind="amount",
       metric="粮食产量增量", metric_alts=["增加粮食产量", "粮食产量", "新增粮食产量"],
       subject_alts=["上党大型灌区", "上党50万亩大型灌区"],
       period=AFTER, period_alts=[YEAR], modality="target",
       note="0.7亿斤 = 7e7 斤 × 0.0005 t = 35000 t; planned effect (target)")
g.neg("今年4月,绛河", "今年4月", PERIOD_NOTE)
g.neg("全国2024年度幸福", "2024年度", "date inside a pilot name (2024年度幸福河湖建设试点)")
g.fact("获得国家补助资金7000万元", "7000万元", value=70000000, unit="CNY", kind="amount",
       metric="国家补助资金", metric_alts=["补助资金", "国家补助"],
       subject="绛河", subject_alts=["长治市"],
       period=APR, period_alts=[P("2024年度", "2024-01-01", "2024-12-31")],
       note="绛河 (as the pilot) receives the subsidy; alt: the pilot year 2024年度")
g.neg("山西省首批国家幸福", "首批", "designation 首批…试点, not a rank")
g.fact("安排2000万元市级", "2000万元", value=20000000, unit="CNY", kind="amount",
       metric="市级财政资金",
       metric_alts=["市级财政奖励资金", "河湖生态修复治理奖励资金", "奖励资金"],
       period=APR, period_alts=[NULL_APR, YEAR],
       note="今年4月 still governs by SPEC §4 inheritance; alts null and 今年")

# ---- lines 27-29 ---------------------------------------------------------------------
g.neg("以“双减”撬动", "双减", "policy label 双减")
g.neg("全国首批12个", "首批", "designation 全国首批, not a rank")
g.fact("全国首批12个", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="基础教育综合改革实验区",
       metric_alts=["首批基础教育综合改革实验区", "全国首批基础教育综合改革实验区",
                    "“基础教育综合改革实验区”"],
       subject="全国", subject_alts=["中国"],
       note="size of the national set 长治 belongs to (…之一), not a 长治 count")
g.fact("全国9个“双减”", "9个", value=9, unit="count", kind="count", classifier="个",
       metric="“双减”试点城市", metric_alts=["双减试点城市", "试点城市"],
       subject="全国", subject_alts=["中国"],
       note="size of the national set 长治 belongs to (…之一)")
g.neg("9个“双减”试点", "双减", "policy label 双减")

# ---- line 31 -------------------------------------------------------------------------
g.neg("近3年来,全市新建", "近3年来", PERIOD_NOTE + "; not a duration fact")
LAST3_NOTE = ("近3年来 = the three full years before the reference year (SPEC §4); alt the "
              "'last three years up to now' reading")
g.fact("扩建了46所学校", "46所", value=46, unit="count", kind="count", classifier="所",
       metric="学校",
       metric_alts=["新建、改建和扩建学校", "新建改建扩建学校", "新建、改建和扩建的学校",
                    "学校数量"],
       period=LAST3, period_alts=LAST3_ALTS, note=LAST3_NOTE)
g.fact("新增学位17280个", "17280个", value=17280, unit="count", kind="count",
       classifier="个", metric="学位",
       metric_alts=["新增学位", "学位增量", "学位数量增量", "学位数量"],
       period=LAST3, period_alts=LAST3_ALTS,
       note="newly made things keep the noun; 增量 reading in alts (README §3)")
g.neg("改革十大行动", "十大", LABEL_NOTE + " (十大行动)")
g.fact("全国二十个", "二十个", value=20, unit="count", kind="count", classifier="个",
       metric="基础教育扩优提质行动案例",
       metric_alts=["“基础教育扩优提质行动案例”", "全国基础教育扩优提质行动案例"],
       subject="全国", subject_alts=["中国"],
       period=LAST3, period_alts=LAST3_ALTS + [NULL_3],
       note="size of the national set (…之一); 近3年来 inherited within the paragraph, "
            "alt null")

# ---- line 33 -------------------------------------------------------------------------
g.fact("达标率提升到87%", "87%", value=87, unit="%", kind="share",
       metric="职业学校达标率", metric_alts=["全市职业学校达标率"])
g.neg("国家“双高计划”", "双高", "programme label 双高计划")
g.fact("人才超过10万人", "10万人", value=100000, unit="count", kind="count", bound="gt",
       classifier="人", metric="技术技能人才",
       metric_alts=["输送技术技能人才", "向社会输送技术技能人才", "输送技术技能人才数量"],
       subject_alts=["全市各级各类职业学校", "各级各类职业学校", "职业学校"],
       period=RECENT, period_alts=[P("近年来", None, None)],
       note="超过 → gt (outside the span); sector (职业学校) as subject alt")

# ---- line 39 -------------------------------------------------------------------------
g.fact("我市12个县区", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="结对合作县区", metric_alts=["县区", "与北京结对合作县区"])
g.fact("北京12个区", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="结对合作区", metric_alts=["区", "与长治结对合作区"],
       subject="北京市", subject_alts=["北京"])
g.fact("互派挂职干部26名", "26名", value=26, unit="count", kind="count", classifier="名",
       metric="互派挂职干部", metric_alts=["挂职干部"],
       subject_alts=["京长", "长治市和北京市", "北京市和长治市"])
g.fact("活动160余场次", "160余场次", value=160, unit="count", kind="count", bound="gt",
       classifier="场次", metric="对口合作活动",
       metric_alts=["联合举办对口合作活动", "对口合作活动场次"],
       subject_alts=["京长", "长治市和北京市", "北京市和长治市"])
g.fact("合作协议160余个", "160余个", value=160, unit="count", kind="count", bound="gt",
       classifier="个", metric="合作协议", metric_alts=["签订合作协议"],
       subject_alts=["京长", "长治市和北京市", "北京市和长治市"])

# ---- line 41 -------------------------------------------------------------------------
g.neg("共同建设产业合作平台载体五大", "五大", LABEL_NOTE + " (五大重点领域)")
g.neg("打造“四个+”模式", "四个", "model label “四个+”模式")
g.neg("。一是打造", "一是", "list marker")
g.fact("投入资金556亿元", "556亿元", value=55600000000, unit="CNY", kind="amount",
       metric="北京市各类企业投入资金",
       metric_alts=["投入资金", "北京企业投入资金", "吸引北京市各类企业投入资金",
                    "吸引投入资金"],
       subject_alts=["北京市各类企业"],
       note="attracted investment stated as achieved → actual (only ~百亿元 is completed); "
            "no period in the paragraph before it → null")
g.fact("共同谋划实施140个", "140个", value=140, unit="count", kind="count", classifier="个",
       metric="合作项目", metric_alts=["谋划实施合作项目", "共同谋划实施合作项目"])
g.fact("已落地开工87个", "87个", value=87, unit="count", kind="count", classifier="个",
       metric="落地开工合作项目",
       metric_alts=["已落地开工合作项目", "落地开工项目", "已落地开工项目"],
       period=NOW, period_alts=NOW_ALTS, note="目前 → the reference date as an instant")
g.fact("完成投资近百亿元", "百亿元", value=1e10, unit="CNY", kind="amount",
       bound="approx", metric="合作项目完成投资", metric_alts=["完成投资"],
       period=NOW, period_alts=NOW_ALTS, note="近 → approx (outside the span); 目前 governs")
g.neg("。二是打造", "二是", "list marker")
NOW_NOTE = "目前 inherited within the paragraph; stock (已集聚/已引进) → instant"
CENTER = "京长对口合作高质量发展研究中心"
g.fact("已集聚20余位", "20余位", value=20, unit="count", kind="count", bound="gt",
       classifier="位", metric="资深院士", metric_alts=["集聚资深院士", "院士"],
       subject=CENTER, subject_alts=["长治市"], period=NOW, period_alts=NOW_ALTS,
       note=NOW_NOTE)
g.fact("、20余所高校", "20余所", value=20, unit="count", kind="count", bound="gt",
       classifier="所", metric="高校", metric_alts=["集聚高校"],
       subject=CENTER, subject_alts=["长治市"], period=NOW, period_alts=NOW_ALTS)
g.fact("高校90余名", "90余名", value=90, unit="count", kind="count", bound="gt",
       classifier="名", metric="专家教授", metric_alts=["集聚专家教授", "高校专家教授"],
       subject=CENTER, subject_alts=["长治市"], period=NOW, period_alts=NOW_ALTS)
g.fact("引进北京64项", "64项", value=64, unit="count", kind="count", classifier="项",
       metric="科技成果",
       metric_alts=["引进北京科技成果", "北京科技成果", "在我市转化的北京科技成果",
                    "引进科技成果"],
       period=NOW, period_alts=NOW_ALTS, note=NOW_NOTE)
g.fact("交易额1.03亿元", "1.03亿元", value=103000000, unit="CNY", kind="amount",
       metric="技术合同交易额", period=NOW, period_alts=NOW_ALTS,
       note="目前 inherited (cumulative to date)")
g.neg("。三是打造", "三是", "list marker")
g.fact("基地近万亩", "万亩", value=10000, unit="mu", kind="amount", bound="approx",
       metric="农产品供京基地面积",
       metric_alts=["农产品供京基地", "共建农产品供京基地", "共建农产品供京基地面积"],
       period=NOW, period_alts=NOW_ALTS,
       note="近 → approx (outside the span; 万 alone is the number); 目前 still governs")
g.neg("2022年以来向北京", "2022年以来", PERIOD_NOTE)
g.fact("农副产品24.6亿元", "24.6亿元", value=2460000000, unit="CNY", kind="amount",
       metric="向北京销售农副产品",
       metric_alts=["销售农副产品", "农副产品销售额", "向北京销售农副产品金额",
                    "农副产品"],
       period=SINCE22, note="2022年以来 → 2022-01-01..reference date")
g.fact("带动3万户", "3万户", value=30000, unit="count", kind="count", classifier="户",
       metric="带动农户", metric_alts=["农户", "增收农户"], period=SINCE22)
g.fact("均增收4000元", "4000元", value=4000, unit="CNY", kind="amount",
       metric="户均增收",
       metric_alts=["农户户均增收", "农户均增收", "农户增收", "户均收入增量"],
       period=SINCE22,
       note="3万户农户均增收: average income gain per household")
g.neg("。四是打造", "四是", "list marker")
SINCE22_NOTE = ("2022年以来 inherited; stock (已有/共建/累计) → instant at the end of the "
                "frame (= reference date); alt literal inheritance")
g.fact("双方已有4个", "4个", value=4, unit="count", kind="count", classifier="个",
       metric="签订共建协议的开发区", metric_alts=["开发区", "共建开发区"],
       subject_alts=["双方", "京长", "长治市和北京市", "北京市和长治市"],
       period=SINCE22_AT, period_alts=[SINCE22], note=SINCE22_NOTE)
g.fact("北京8所高校", "8所", value=8, unit="count", kind="count", classifier="所",
       metric="共建对口合作基地的北京高校", metric_alts=["北京高校", "高校"],
       period=SINCE22_AT, period_alts=[SINCE22], note=SINCE22_NOTE)
g.fact("、3家企业共建", "3家", value=3, unit="count", kind="count", classifier="家",
       metric="共建对口合作基地的北京企业", metric_alts=["北京企业", "企业"],
       period=SINCE22_AT, period_alts=[SINCE22])
g.fact("对口合作基地14个", "14个", value=14, unit="count", kind="count", classifier="个",
       metric="对口合作基地", metric_alts=["共建对口合作基地", "对口合作基地数量"],
       period=SINCE22_AT, period_alts=[SINCE22])
g.fact("累计投资30亿元", "30亿元", value=3000000000, unit="CNY", kind="amount",
       metric="对口合作基地累计投资", metric_alts=["累计投资", "投资"],
       period=SINCE22_AT, period_alts=[SINCE22], note=SINCE22_NOTE)
g.neg("布局的第一个科创园区", "第一个", "first-of-its-kind claim, not a measured rank")
g.fact("两地已有20家", "20家", value=20, unit="count", kind="count", classifier="家",
       metric="结对合作医疗卫生机构", metric_alts=["医疗卫生机构"],
       subject_alts=["两地", "长治市和北京市", "北京市和长治市"],
       period=SINCE22_AT, period_alts=[SINCE22], note=SINCE22_NOTE)
g.fact("、41所院校", "41所", value=41, unit="count", kind="count", classifier="所",
       metric="结对合作院校", metric_alts=["院校"],
       subject_alts=["两地", "长治市和北京市", "北京市和长治市"],
       period=SINCE22_AT, period_alts=[SINCE22])

# ---- line 43 -------------------------------------------------------------------------
g.neg("自2021年,我市", "2021年", "date: start of the period 自2021年…以来")
g.neg("国家首批系统化", "首批", "designation 国家首批…示范城市, not a rank")
g.neg("经过3年多的努力", "3年多",
      "duration framing that restates the period 自2021年…以来, not a measured quantity")
g.fact("超过50年一遇", "50年一遇", value=50, unit="year", kind="amount", bound="gt",
       metric="城市防洪标准", metric_alts=["防洪标准", "城市防洪标准重现期"],
       period=SINCE21_AT, period_alts=[SINCE21, NULL_21],
       note="return period of the flood-control standard (N年一遇 = N years, 一遇 is part "
            "of the unit); 超过 → gt; level reached under 自2021年…以来 → instant at its "
            "end (reference date)")

# ---- line 45 -------------------------------------------------------------------------
g.neg("海绵中心”四级管理体系", "四级", "structure label 四级管理体系 (the four levels are named)")

# ---- line 47 -------------------------------------------------------------------------
g.neg("水环境治理等六大方面", "六大", LABEL_NOTE + " (六大方面)")
SPONGE_NOTE = ("no period in the paragraph → null (as for 001's lede 近年来, the section lede "
               "自2021年…以来 in another paragraph does not govern); alt that frame")
g.fact("实施了102个", "102个", value=102, unit="count", kind="count", classifier="个",
       metric="海绵示范项目", metric_alts=["实施海绵示范项目", "海绵示范项目数量"],
       period_alts=[SINCE21], note=SPONGE_NOTE)
g.fact("制定了30余项", "30余项", value=30, unit="count", kind="count", bound="gt",
       classifier="项", metric="规章制度", metric_alts=["制定规章制度"],
       period_alts=[SINCE21])
g.fact("、10个标准规范", "10个", value=10, unit="count", kind="count", classifier="个",
       metric="标准规范", metric_alts=["制定标准规范"], period_alts=[SINCE21])
g.fact("植物从217种", "217种", value=217, unit="count", kind="count", classifier="种",
       metric="植物", metric_alts=["植物种类", "植物种数"], subject="漳泽湖",
       note="from/to pair with no period: the earlier level, dates unknown")
g.fact("增加到502种", "502种", value=502, unit="count", kind="count", classifier="种",
       metric="植物", metric_alts=["植物种类", "植物种数"], subject="漳泽湖")
g.fact("168种鸟类", "168种", value=168, unit="count", kind="count", classifier="种",
       metric="鸟类", metric_alts=["栖息鸟类", "鸟类种类", "鸟类种数"], subject="漳泽湖")

# ---- line 49 -------------------------------------------------------------------------
g.fact("完成20多条市政道路", "20多条", value=20, unit="count", kind="count", bound="gt",
       classifier="条", metric="雨污分流改造市政道路",
       metric_alts=["市政道路", "市政道路雨污分流改造", "完成雨污分流改造市政道路"],
       period_alts=[SINCE21], note=SPONGE_NOTE)
g.neg("形成一个个城市", "一个个", "reduplicated 一个个 'one after another'")
g.fact("目前已培育8家", "8家", value=8, unit="count", kind="count", classifier="家",
       metric="海绵企业", metric_alts=["培育海绵企业", "海绵企业数量"],
       period=NOW, period_alts=NOW_ALTS, note="目前 → the reference date as an instant")
g.fact("国家发明专利20余项", "20余项", value=20, unit="count", kind="count", bound="gt",
       classifier="项", metric="国家发明专利", metric_alts=["发明专利", "获得国家发明专利"],
       subject_alts=["海绵企业", "长治市海绵企业"], period=NOW, period_alts=NOW_ALTS,
       note="目前 inherited; who holds the patents (city or the 8 firms) is left open")

# ---- line 51 -------------------------------------------------------------------------
g.neg("「太行一号」", "一号", ROAD_NOTE)

# ---- line 53 -------------------------------------------------------------------------
g.neg("融合“五大品牌”", "五大", LABEL_NOTE + " (五大品牌)")
g.neg("休闲太行五大特色", "五大", LABEL_NOTE + " (五大特色)")
g.neg("一盘棋推进", "一盘棋", "idiom 一盘棋")
g.neg("规划建设太行一号", "一号", ROAD_NOTE)
g.fact("旅游公路1286公里", "1286公里", value=1286000, unit="m", kind="amount",
       metric="太行一号旅游公路里程",
       metric_alts=["太行一号旅游公路", "太行一号旅游公路长度", "旅游公路里程",
                    "规划建设太行一号旅游公路"],
       subject_alts=[ROAD], period=RECENT, period_alts=RECENT_ALTS,
       note="近年来 governs (alts as in 001); built length, 目前已全线贯通 → actual")

# ---- line 55 -------------------------------------------------------------------------
g.neg("以太行一号旅游公路建设", "一号", ROAD_NOTE)
g.neg("“两山七河一流域”", "两山七河一流域", "slogan / programme label")
g.fact("旅游公路260公里", "260公里", value=260000, unit="m", kind="amount",
       metric="环浊漳河旅游公路里程",
       metric_alts=["环浊漳河旅游公路", "建成环浊漳河旅游公路", "环浊漳河旅游公路长度"],
       period_alts=[RECENT],
       note="no period in its paragraph → null; alt the section lede 近年来")
g.neg("的八百里浊漳河美丽画廊", "八百里", "epithet in a name (八百里浊漳河美丽画廊)")

# ---- line 57 -------------------------------------------------------------------------
ROAD_ALTS = ["长治市", "太行一号"]
g.neg("。太行一号旅游公路沟通", "一号", ROAD_NOTE)
g.fact("全市16处A级以上", "16处", value=16, unit="count", kind="count", classifier="处",
       metric="A级以上景区", metric_alts=["连接A级以上景区", "沟通连接A级以上景区"],
       subject=ROAD, subject_alts=ROAD_ALTS,
       note="A级以上 is the threshold that defines the counted set (part of the metric); "
            "the road owns the connections")
g.fact("3处自然保护区", "3处", value=3, unit="count", kind="count", classifier="处",
       metric="自然保护区", metric_alts=["连接自然保护区"], subject=ROAD, subject_alts=ROAD_ALTS)
g.fact("10处省级风景名胜区", "10处", value=10, unit="count", kind="count", classifier="处",
       metric="省级风景名胜区", metric_alts=["连接省级风景名胜区"], subject=ROAD,
       subject_alts=ROAD_ALTS)
g.fact("3处国家级森林公园", "3处", value=3, unit="count", kind="count", classifier="处",
       metric="国家级森林公园", metric_alts=["连接国家级森林公园"], subject=ROAD,
       subject_alts=ROAD_ALTS)
g.fact("3处国家级地质公园", "3处", value=3, unit="count", kind="count", classifier="处",
       metric="国家级地质公园", metric_alts=["连接国家级地质公园"], subject=ROAD,
       subject_alts=ROAD_ALTS)
g.fact("1处国家级湿地公园", "1处", value=1, unit="count", kind="count", classifier="处",
       metric="国家级湿地公园", metric_alts=["连接国家级湿地公园"], subject=ROAD,
       subject_alts=ROAD_ALTS, note="1处 is a count here (one of a list of counts), not an article")
g.fact("全市百余个", "百余个", value=100, unit="count", kind="count", bound="gt",
       classifier="个", metric="景点",
       metric_alts=["大小景点、农家乐、古村落、古建筑", "大小景点", "景点、农家乐、古村落、古建筑"],
       subject=ROAD, subject_alts=ROAD_ALTS, note="百余 → 100, gt")
g.neg("同时围绕太行一号", "一号", ROAD_NOTE)
g.neg("布局了一大批旅游", "一大批", "quantifier 一大批")
g.neg("”五大特色旅游圈", "五大", LABEL_NOTE + " (五大特色旅游圈)")

# ---- line 59 -------------------------------------------------------------------------
g.neg("。太行一号旅游公路连接", "一号", ROAD_NOTE)
g.fact("连接全市12个县区", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="县区", metric_alts=["连接县区", "连接的县区"], subject=ROAD,
       subject_alts=ROAD_ALTS)
g.fact("通达90%", "90%", value=90, unit="%", kind="share",
       metric="通达脱贫村庄比例",
       metric_alts=["脱贫村庄", "通达的脱贫村庄占比", "脱贫村庄通达率", "通达脱贫村庄"],
       subject=ROAD, subject_alts=ROAD_ALTS)
g.fact("覆盖90%", "90%", value=90, unit="%", kind="share",
       metric="覆盖特色农产品产区比例",
       metric_alts=["特色农产品产区", "特色农产品产区覆盖率", "覆盖特色农产品产区"],
       subject=ROAD, subject_alts=ROAD_ALTS)
g.neg("乡镇通三级路", "三级", "road grade label 三级路")
g.neg("通双车道", "双车道", "road type label 双车道")
g.fact("双车道达到100%", "100%", value=100, unit="%", kind="share",
       metric="乡镇通三级路和具备条件的建制村通双车道比例",
       metric_alts=["乡镇通三级路和具备条件的建制村通双车道", "乡镇通三级路比例",
                    "建制村通双车道比例", "通达率"],
       note="one quantity mention → one fact although two rates are named")
g.neg("以太行一号旅游公路为基础", "一号", ROAD_NOTE)
g.neg("铺设出一条", "一条", "indefinite article 一条")

g.write(
    date=REF,
    source="长治市",
    title="长治以新质生产力激活高质量发展强动能",
    notes=(
        "Date: the text has no date line. 今年 is 2024 (今年4月 绛河入选全国2024年度幸福河湖建设"
        "试点; 将2024年确定为全市“项目建设年”; 自2021年…经过3年多 reaches late 2024); the latest "
        "data are 前三季度 (Q1–Q3 2024, published late October) and no full-year 2024 figure "
        "appears. The first section repeats, nearly word for word and with the same figures "
        "(22座/17座/215个, 93%/94%, 31%/12.6%/12.4%, 58.6%/14.3%/18%, 57.5亿元, 3000多辆, "
        "200多亿元, 102亿元), the mayor's statement at the 12月4日 press conference (001, "
        "2024-12-04), so the article dates from then: 2024-12-04. "
        "Source: no outlet is named; the whole text is in the city's first-person voice (我市), "
        "a compilation of city-authored pieces (产业, 水, 教育, 京长合作, 海绵城市, 太行一号), so "
        "the best evidence names the city itself (municipal publicity copy) as the source. "
        "Title: the # headline; the line above it (向“新”向“长”向“绿”向“智”) is a kicker. "
        "Paragraphs: lines 9+11 and 15+17 are single paragraphs cut by a blank line mid-word "
        "(科|技, 钢|铁), so periods inherit across those cuts (README §5)."
    ),
)
