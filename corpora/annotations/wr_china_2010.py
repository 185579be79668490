"""Gold annotations for wr_china_2010 (corpora/).

The excerpt is lines 3-29 (1-based, inclusive, whole lines, newline kept) of
shared/texts/work_report/wr_china_2010.txt, sliced by code from the source bytes, never
retyped: the heading 一、2009年工作回顾, the headline results of 2009, and review items (一)
and (二) in full.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2010.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2010"
PLACE = "中国"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 29                     # 1-based, inclusive, whole lines
TITLE = "2010年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2009年工作回顾", ends="协调性提高的良好态势。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy label “三农” (农业、农村、农民), not a count"

# Review part = 2009.  The section heading 一、2009年工作回顾 (line 3, the excerpt's first
# line) governs every line of the section: numbers whose line states no period take it
# (SPEC §4), with the null reading in period_alts.  Lines that name 2009年 / 全年 themselves
# get that period without the null alt.
Y09 = P("2009年", "2009-01-01", "2009-12-31")
Y09_NULL = P("2009年", None, None)
Y09_END = P("2009年", "2009-12-31", "2009-12-31")
FULL = P("全年", "2009-01-01", "2009-12-31")
FLOW = dict(period=Y09, period_alts=[Y09_NULL])                    # flows of the year
STOCK = dict(period=Y09_END, period_alts=[Y09, Y09_NULL])          # stock rule: year-end
STOCK_NOTE = ("stock (已完成 / 达到 / share of a stock) under the section year 2009: instant "
              "at 2009-12-31; period_alts keep the literal year and the null reading")
INHERIT_NOTE = ("no period in its line → the section year 2009 (heading 一、2009年工作回顾), "
                "null in period_alts")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
CENTRAL = dict(subject=PLACE, subject_alts=GOV)
NAT = dict(subject=PLACE, subject_alts=CN)
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2019)")


fact = g.with_subject(PLACE, CN)


# ---- line 3: section heading -------------------------------------------------------------
g.neg("一、2009年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2009年工作回顾", "2009年", PERIOD_NOTE + " (section heading: the review year "
      "2009, used as the period text of the review facts)")

# ---- line 4 --------------------------------------------------------------------------------
g.neg("2009年是新世纪以来", "2009年", PERIOD_NOTE)
g.neg("最为困难的一年", "一年", "'the most difficult year' (the year 2009), not a duration fact")

# ---- line 6: headline results of 2009 -----------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量"]
fact("国内生产总值达到33.5万亿元", "33.5万亿元", value=33.5e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="达到 → eq; a flow of the year; " + INHERIT_NOTE)
fact("比上年增长8.7%", "8.7%", value=8.7, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP, comparison="yoy", **FLOW, note="比上年 → yoy; " + INHERIT_NOTE)
FISC = ["全国财政收入", "财政总收入", "财政"]
fact("财政收入6.85万亿元", "6.85万亿元", value=6.85e12, unit="CNY", kind="amount",
     metric="财政收入", metric_alts=FISC, **FLOW)
fact("6.85万亿元，增长11.7%", "11.7%", value=11.7, unit="%", kind="growth",
     metric="财政收入", metric_alts=FISC, comparison="yoy", **FLOW)
fact("粮食产量5.31亿吨", "5.31亿吨", value=5.31e8, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **FLOW)
fact("实现连续6年增产", "6年", value=6, unit="year", kind="amount",
     metric="粮食增产持续时间",
     metric_alts=["粮食连续增产年数", "连续增产", "粮食连续增产", "粮食产量连续增产",
                  "增产持续时间", "连续增产年数", "粮食产量增长持续时间"],
     period=Y09, period_alts=[P("2009年", "2004-01-01", "2009-12-31"), Y09_NULL],
     note="length of the streak of harvest increases (as 连续8年 / 连续43个月 in the other "
          "gold files): 6 years, unit year; the section year 2009 governs, the streak "
          "2004-2009 and null as alts")
fact("城镇新增就业1102万人", "1102万人", value=11020000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数"], **FLOW)
URB = ["城镇居民人均可支配收入", "城镇居民收入", "人均可支配收入"]
RUR = ["农村居民人均纯收入", "农村居民收入", "农民人均纯收入", "人均纯收入"]
fact("可支配收入17175元", "17175元", value=17175, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB[1:], **FLOW)
fact("人均纯收入5153元", "5153元", value=5153, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR[1:], **FLOW)
fact("实际增长9.8%和8.5%", "9.8%", value=9.8, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB[1:], comparison="yoy", **FLOW,
     note="实际 = in real terms; the pair maps in order: 9.8% → 城镇, 8.5% → 农村; each "
          "value carries its own %")
fact("实际增长9.8%和8.5%", "8.5%", value=8.5, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR[1:], comparison="yoy", **FLOW,
     note="实际 = in real terms; second of the pair → 农村居民人均纯收入")

# ---- line 7 --------------------------------------------------------------------------------
g.neg("迈出坚实的一步", "一步", "idiom 迈出…一步 'take a step', not a quantity")

# ---- line 8 --------------------------------------------------------------------------------
g.neg("过去的一年，极不平凡", "过去的一年", PERIOD_NOTE + " (the review year 2009)")
g.neg("新中国成立60周年", "60周年", "anniversary label (新中国成立60周年, the celebration), "
      "not a duration fact")

# ---- line 9 --------------------------------------------------------------------------------
g.neg("一年来，我们主要", "一年来", PERIOD_NOTE + " (the review year); not a duration fact")

# ---- line 10 -------------------------------------------------------------------------------
g.neg("（一）加强和改善", "（一）", MARKER_NOTE)

# ---- line 11 -------------------------------------------------------------------------------
g.neg("一揽子计划", "一揽子", "quantifier 一揽子 'package (of measures)', not a quantity")

# ---- line 12 -------------------------------------------------------------------------------
g.fact("中央财政投入资金450亿元", "450亿元", value=450e8, unit="CNY", kind="amount",
       metric="中央财政投入资金",
       metric_alts=["投入资金", "中央财政投入", "中央财政补贴资金", "补贴资金",
                    "鼓励消费投入资金", "中央财政鼓励消费投入资金"],
       **CENTRAL, **FLOW,
       note="subsidies for 家电/汽车下乡, 以旧换新, 农机具购置 in 2009; " + GOV_NOTE)
g.neg("减半征收小排量", "减半", "policy measure 减半征收 (tax levied at half rate): a "
      "policy description, not a reported quantity (check_gold cannot read a bare 半 "
      "either); judgement call — a growth −50% of 小排量汽车购置税 would be defensible")

# ---- line 13 -------------------------------------------------------------------------------
CAR = ["汽车销量", "汽车销售量", "汽车销售数量", "汽车"]
fact("全年汽车销售1364万辆", "1364万辆", value=13640000, unit="count", kind="count",
     classifier="辆", metric="汽车销售", metric_alts=CAR, period=FULL,
     note="全年 = 2009 (the review year), stated at the head of the line")
fact("1364万辆，增长46.2%", "46.2%", value=46.2, unit="%", kind="growth", metric="汽车销售",
     metric_alts=CAR, comparison="yoy", period=FULL)
HOUSE = ["商品房销售面积", "商品房", "商品房销售量"]
fact("商品房销售9.37亿平方米", "9.37亿平方米", value=9.37e8, unit="m2", kind="amount",
     metric="商品房销售", metric_alts=HOUSE, period=FULL)
fact("平方米，增长42.1%", "42.1%", value=42.1, unit="%", kind="growth", metric="商品房销售",
     metric_alts=HOUSE, comparison="yoy", period=FULL)
fact("零售总额实际增长16.9%", "16.9%", value=16.9, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", period=FULL, note="实际 = in real terms")

# ---- line 14 -------------------------------------------------------------------------------
g.neg("“四两拨千斤”", "四两拨千斤", "idiom 四两拨千斤 'a small force moves a great weight', "
      "not a quantity")
PLAN_ALTS = ["投资计划", "新增投资计划", "两年新增投资计划", "投资计划规模", "新增投资",
             "两年新增投资", "4万亿元投资计划"]
g.fact("实施两年新增4万亿元", "两年", value=2, unit="year", kind="amount",
       metric="投资计划期限",
       metric_alts=["投资计划年限", "投资计划实施期限", "新增投资计划期限", "投资计划时长",
                    "投资计划", "新增投资计划"],
       **CENTRAL, period=Y09,
       period_alts=[Y09_NULL, P("两年", "2009-01-01", "2010-12-31")], modality="target",
       note="duration of the stimulus plan (两年新增4万亿元的投资计划) as a designed attribute of "
            "the plan (as capacities in project names, SPEC §1) → modality target; a period "
            "reading of 两年 (2009-2010) would make it a negative — judgement call; "
            + GOV_NOTE + "; " + INHERIT_NOTE)
g.fact("两年新增4万亿元的投资计划", "4万亿元", value=4e12, unit="CNY", kind="amount",
       metric="新增投资", metric_alts=PLAN_ALTS, **CENTRAL,
       period=P("两年", "2009-01-01", "2010-12-31"),
       period_alts=[P("两年", "2008-11-01", "2010-12-31"), Y09, Y09_NULL],
       modality="target",
       note="size of the two-year stimulus plan (新增 investment over 两年) → target (a plan "
            "being carried out, not an outturn); 两年 of the plan, read against the 2010 "
            "report, = 2009-2010 (alts: the plan's public start in Nov 2008, the section "
            "year, null)")

# ---- line 15 -------------------------------------------------------------------------------
Y09X = P("2009年", "2009-01-01", "2009-12-31")     # stated at the head of the line
g.neg("2009年中央政府公共投资", "2009年", PERIOD_NOTE)
PUB = ["公共投资", "中央政府投资", "中央公共投资", "中央预算内投资"]
g.fact("公共投资9243亿元", "9243亿元", value=9243e8, unit="CNY", kind="amount",
       metric="中央政府公共投资", metric_alts=PUB, **CENTRAL, period=Y09X,
       note="2009年 at the head of the line; " + GOV_NOTE)
g.fact("比上年预算增加5038亿元", "5038亿元", value=5038e8, unit="CNY", kind="amount",
       metric="中央政府公共投资增量",
       metric_alts=["中央政府公共投资", "公共投资增量", "中央政府公共投资增加额",
                    "比上年预算增加", "中央政府公共投资比上年预算增加额"],
       **CENTRAL, period=Y09X,
       note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the "
            "basis is the previous year's budget (比上年预算), kept in this note because "
            "comparison is only for growth/change facts")
SHARE_NOTE = ("share of the 9243亿元 central public investment (其中 … 占): the whole is the "
              "basis of the share; 2009年 at the head of the line")
g.fact("社会事业投资占44%", "44%", value=44, unit="%", kind="share",
       metric="保障性住房、农村民生工程、社会事业投资占比",
       metric_alts=["保障性住房、农村民生工程、社会事业投资",
                    "保障性住房、农村民生工程、社会事业投资占中央政府公共投资比重",
                    "保障性住房、农村民生工程和社会事业投资占比",
                    "保障性住房、农村民生工程、社会事业投资比重"],
       **CENTRAL, period=Y09X, note=SHARE_NOTE)
g.fact("生态建设占16%", "16%", value=16, unit="%", kind="share",
       metric="自主创新、结构调整、节能减排和生态建设占比",
       metric_alts=["自主创新、结构调整、节能减排和生态建设",
                    "自主创新、结构调整、节能减排和生态建设投资占比",
                    "自主创新、结构调整、节能减排和生态建设占中央政府公共投资比重",
                    "自主创新、结构调整、节能减排和生态建设比重"],
       **CENTRAL, period=Y09X, note="head 投资 elided (restored in alts); " + SHARE_NOTE)
g.fact("重大基础设施建设占23%", "23%", value=23, unit="%", kind="share",
       metric="重大基础设施建设占比",
       metric_alts=["重大基础设施建设", "重大基础设施建设投资占比",
                    "重大基础设施建设占中央政府公共投资比重", "重大基础设施建设比重"],
       **CENTRAL, period=Y09X, note=SHARE_NOTE)
g.fact("灾后恢复重建占14%", "14%", value=14, unit="%", kind="share",
       metric="灾后恢复重建占比",
       metric_alts=["灾后恢复重建", "灾后恢复重建投资占比",
                    "灾后恢复重建占中央政府公共投资比重", "灾后恢复重建比重"],
       **CENTRAL, period=Y09X, note=SHARE_NOTE)
fact("固定资产投资增长30.1%", "30.1%", value=30.1, unit="%", kind="growth",
     metric="全社会固定资产投资", metric_alts=["固定资产投资"], comparison="yoy",
     period=Y09X, note="2009年 of the line governs; whole-society investment → 中国")

# ---- line 17 -------------------------------------------------------------------------------
QUAKE = dict(subject=PLACE, subject_alts=["重灾区", "汶川地震重灾区", "灾区", "汶川地震灾区"])
fact("重灾区已完成投资6545亿元", "6545亿元", value=6545e8, unit="CNY", kind="amount",
     metric="灾后恢复重建完成投资",
     metric_alts=["已完成投资", "完成投资", "重灾区完成投资", "汶川地震灾后恢复重建完成投资",
                  "重灾区已完成投资", "灾后恢复重建投资"],
     **QUAKE, **STOCK,
     note="cumulative investment completed in the reconstruction since 2008 (已完成) → "
          + STOCK_NOTE + "; the hardest-hit areas are a part of the country → 中国 with the "
          "part as alt (README §4)")
fact("占规划总投资的65.5%", "65.5%", value=65.5, unit="%", kind="share",
     metric="完成投资占规划总投资比重",
     metric_alts=["占规划总投资", "完成投资占规划总投资", "完成投资占规划总投资的比重",
                  "规划总投资完成比例", "占规划总投资的比重", "规划完成率"],
     **QUAKE, **STOCK, note="share of a stock: " + STOCK_NOTE)

# ---- line 18 -------------------------------------------------------------------------------
g.neg("一座座新城", "一座座", "reduplicated 一座座 'one after another'")
g.neg("一个个村庄", "一个个", "reduplicated 一个个 'one after another'")

# ---- line 19 -------------------------------------------------------------------------------
g.neg("（二）大力调整", "（二）", MARKER_NOTE)

# ---- line 21 -------------------------------------------------------------------------------
g.neg("“三农”工作进一步", "三农", LABEL_NOTE)
g.neg("用于“三农”的支出", "三农", LABEL_NOTE)
AGRI = ["中央财政“三农”支出", "中央财政用于三农的支出", "“三农”支出", "三农支出",
        "中央财政三农支出", "用于“三农”的支出"]
g.fact("的支出7253亿元", "7253亿元", value=7253e8, unit="CNY", kind="amount",
       metric="中央财政用于“三农”的支出", metric_alts=AGRI, **CENTRAL, **FLOW,
       note=GOV_NOTE + "; " + INHERIT_NOTE)
g.fact("7253亿元，增长21.8%", "21.8%", value=21.8, unit="%", kind="growth",
       metric="中央财政用于“三农”的支出", metric_alts=AGRI, comparison="yoy",
       **CENTRAL, **FLOW)
fact("新增千亿斤粮食生产能力", "千亿斤", value=5e7, unit="t", kind="amount",
     metric="新增粮食生产能力",
     metric_alts=["粮食生产能力增量", "新增粮食生产能力建设规划", "全国新增粮食生产能力",
                  "粮食生产能力", "粮食生产能力建设", "新增千亿斤粮食生产能力"],
     modality="target", **FLOW,
     note="quantity inside a plan's name (全国新增千亿斤粮食生产能力建设规划, SPEC §1): "
          "千亿斤 = 1e11 斤 = 5e7 t; a capacity still to be built → target; the plan was "
          "launched (启动实施) in 2009, so the section year governs (its horizon, 2020 in "
          "the public record, is not in the text); null in period_alts")

# ---- line 22 -------------------------------------------------------------------------------
fact("使6069万农民受益", "6069万", value=60690000, unit="count", kind="count",
     classifier="人", metric="农村饮水安全工程受益农民",
     metric_alts=["受益农民", "农村饮水安全工程受益人口", "农村饮水安全工程受益人数",
                  "农民受益", "饮水安全受益农民", "农民"],
     **FLOW,
     note="no classifier written (6069万 + noun 农民): 人 implied; the predicate defines the "
          "counted set → in the metric; " + INHERIT_NOTE)
fact("新增510万沼气用户", "510万", value=5100000, unit="count", kind="count",
     classifier="户", metric="沼气用户",
     metric_alts=["新增沼气用户", "沼气用户增量", "沼气用户数量增量", "农村沼气用户",
                  "沼气用户数量"],
     **FLOW,
     note="no classifier written (510万 + noun 沼气用户): 户 implied; 新增 N → count of the "
          "new users, 增量 reading in alts (README §3)")
fact("改造农村公路38万公里", "38万公里", value=3.8e8, unit="m", kind="amount",
     metric="新建和改造农村公路",
     metric_alts=["农村公路", "新建和改造农村公路里程", "新建改造农村公路", "农村公路里程",
                  "农村公路新建和改造里程"],
     **FLOW, note="38万公里 = 3.8e8 m")
fact("农村电网线路 26.6万公里", "26.6万公里", value=2.66e8, unit="m", kind="amount",
     metric="新建和改造农村电网线路",
     metric_alts=["农村电网线路", "新建和改造农村电网线路长度", "新建改造农村电网线路",
                  "农村电网线路长度", "农村电网改造"],
     **FLOW, note="verb 新建和改造 distributes over the list; the source's space before the "
                  "number stays outside the span")
fact("又有80万户农村危房", "80万户", value=800000, unit="count", kind="count",
     classifier="户", metric="农村危房改造",
     metric_alts=["得到改造的农村危房", "农村危房", "改造农村危房", "农村危房改造户数"],
     **FLOW)
fact("9.2万户游牧民", "9.2万户", value=92000, unit="count", kind="count", classifier="户",
     metric="实现定居的游牧民",
     metric_alts=["游牧民定居", "游牧民", "定居游牧民", "游牧民定居户数"], **FLOW)

# ---- line 23 -------------------------------------------------------------------------------
g.neg("实施十大重点产业", "十大", "set label 十大重点产业(调整振兴规划) (README §2 八大), "
      "not a count")
TECH = ["技改专项资金", "技术改造专项资金", "安排技改专项资金"]
g.fact("安排200亿元技改", "200亿元", value=200e8, unit="CNY", kind="amount",
       metric="技改专项资金", metric_alts=TECH[1:], **CENTRAL, **FLOW,
       note=GOV_NOTE + "; " + INHERIT_NOTE)
fact("支持4441个技改项目", "4441个", value=4441, unit="count", kind="count", classifier="个",
     metric="技改项目",
     metric_alts=["支持技改项目", "技改专项资金支持的技改项目", "技改项目数量",
                  "技术改造项目"],
     **FLOW)

# ---- line 24 -------------------------------------------------------------------------------
fact("关停小火电机组2617万千瓦", "2617万千瓦", value=2.617e10, unit="W", kind="amount",
     metric="关停小火电机组",
     metric_alts=["关停小火电机组容量", "小火电机组关停", "小火电机组", "关停小火电"],
     **FLOW, note="2617万千瓦 = 2.617e10 W")
OUT_NOTE = ("verb 淘汰落后的 distributes over the list: the elided head is restored in the "
            "metric (README §3), the bare 'X产能' as alt")
for ctx, tgt, val, prod in [("炼钢产能1691万吨", "1691万吨", 1691e4, "炼钢"),
                            ("炼铁产能2113万吨", "2113万吨", 2113e4, "炼铁"),
                            ("水泥产能7416万吨", "7416万吨", 7416e4, "水泥"),
                            ("焦炭产能1809万吨", "1809万吨", 1809e4, "焦炭")]:
    fact(ctx, tgt, value=val, unit="t", kind="amount", metric=f"淘汰落后的{prod}产能",
         metric_alts=[f"{prod}产能", f"淘汰落后{prod}产能", f"淘汰{prod}产能",
                      f"落后{prod}产能", f"{prod}落后产能"],
         **FLOW, note=OUT_NOTE if prod != "炼钢" else "capacity eliminated in 2009 (a flow)")

# ---- line 25 -------------------------------------------------------------------------------
SCI = ["中央财政科技支出", "科技支出", "中央财政用于科技支出", "用于科技的支出"]
g.fact("用于科技的支出1512亿元", "1512亿元", value=1512e8, unit="CNY", kind="amount",
       metric="中央财政用于科技的支出", metric_alts=SCI, **CENTRAL, **FLOW, note=GOV_NOTE)
g.fact("1512亿元，增长30%", "30%", value=30, unit="%", kind="growth",
       metric="中央财政用于科技的支出", metric_alts=SCI, comparison="yoy", **CENTRAL, **FLOW)
g.neg("第三代移动通信", "第三代", "technology generation label (3G), not a rank")
g.neg("等一批新兴产业", "一批", "quantifier 一批")
fact("新建铁路投入运营5557公里", "5557公里", value=5557e3, unit="m", kind="amount",
     metric="新建铁路投入运营",
     metric_alts=["新建铁路投入运营里程", "铁路投入运营里程", "新建铁路", "铁路运营里程增量",
                  "新建铁路运营里程"],
     **FLOW)
fact("新建通车4719公里", "4719公里", value=4719e3, unit="m", kind="amount",
     metric="高速公路新建通车",
     metric_alts=["高速公路新建通车里程", "新建通车高速公路", "高速公路", "高速公路通车里程增量",
                  "新建通车高速公路里程"],
     **FLOW)
fact("民用机场 35个", "35个", value=35, unit="count", kind="count", classifier="个",
     metric="新建、改扩建民用机场",
     metric_alts=["民用机场", "新建改扩建民用机场", "新建、改扩建的民用机场", "民用机场数量"],
     **FLOW, note="the source's space before the number stays outside the span")
fact("新增发电装机8970万千瓦", "8970万千瓦", value=8.97e10, unit="W", kind="amount",
     metric="新增发电装机",
     metric_alts=["发电装机增量", "新增发电装机容量", "发电装机容量增量", "发电装机"],
     **FLOW, note="8970万千瓦 = 8.97e10 W; 新增 of a stock → the indicator phrase kept whole, "
                  "增量 reading in alts")
g.neg("西气东输二线", "二线", "project name 西气东输二线 (the second pipeline), a label, not a "
      "count")
fact("6183座病险水库", "6183座", value=6183, unit="count", kind="count", classifier="座",
     metric="病险水库除险加固",
     metric_alts=["病险水库", "开工建设除险加固工程的病险水库", "病险水库除险加固工程",
                  "病险水库除险加固工程开工建设", "病险水库数量"],
     **FLOW, note="reservoirs whose reinforcement works started in 2009 (开工建设)")

# ---- line 26 -------------------------------------------------------------------------------
fact("循环经济等项目2983个", "2983个", value=2983, unit="count", kind="count",
     classifier="个", metric="重点节能工程、循环经济等项目",
     metric_alts=["项目", "支持重点节能工程、循环经济等项目", "重点节能工程、循环经济项目",
                  "节能减排项目", "预算内资金支持项目", "重点节能工程、循环经济等项目数量"],
     subject=PLACE, subject_alts=GOV, **FLOW,
     note="projects supported with central budget funds (安排预算内资金): " + GOV_NOTE)
fact("推广节能空调500多万台", "500多万台", value=5e6, unit="count", kind="count",
     bound="gt", classifier="台", metric="推广节能空调",
     metric_alts=["节能空调", "节能空调推广", "推广节能空调数量"], **FLOW,
     note="多 inside the span → gt; 500多万台 = 5e6")
fact("高效照明灯具1.5亿只", "1.5亿只", value=1.5e8, unit="count", kind="count",
     classifier="只", metric="推广高效照明灯具",
     metric_alts=["高效照明灯具", "高效照明灯具推广", "推广高效照明灯具数量"], **FLOW,
     note="verb 推广 distributes over the list (restored in the metric)")

# ---- line 27 -------------------------------------------------------------------------------
fact("完成造林8827万亩", "8827万亩", value=8827e4, unit="mu", kind="amount",
     metric="造林", metric_alts=["完成造林", "造林面积", "完成造林面积"], **FLOW)
fact("森林覆盖率达到20.36%", "20.36%", value=20.36, unit="%", kind="share",
     metric="森林覆盖率", **STOCK, note="a rate of a stock → share; 达到 → eq; " + STOCK_NOTE)
fact("水土流失面积4.8万平方公里", "4.8万平方公里", value=4.8e10, unit="m2", kind="amount",
     metric="综合治理水土流失面积",
     metric_alts=["治理水土流失面积", "水土流失治理面积", "水土流失综合治理面积",
                  "综合治理水土流失"],
     **FLOW, note="4.8万平方公里 = 4.8e10 m2")
g.neg('"三河三湖"', "三河三湖", "label of the key river/lake basins (三河三湖), not a count")
g.neg("“十一五”前四年", "十一五", "plan name 十一五")
g.neg("“十一五”前四年", "前四年", PERIOD_NOTE + " (the first four years of the 11th "
      "Five-Year Plan, 2006-2009)")
P4 = P("“十一五”前四年", "2006-01-01", "2009-12-31")
P4_ALTS = [P("“十一五”前四年", None, "2009-12-31"), Y09_NULL]
CUM_NOTE = ("cumulative change over the first four years of 十一五 (2006-2010): period "
            "2006-01-01..2009-12-31; the basis is the 2005 level, written only as 累计 → "
            "comparison '累计'; 下降 → negative value")
fact("能耗下降14.38%", "14.38%", value=-14.38, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗"],
     comparison="累计", period=P4, period_alts=P4_ALTS, note=CUM_NOTE)
g.neg("化学需氧量、二氧化硫", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a quantity")
fact("分别下降 9.66%和", "9.66%", value=-9.66, unit="%", kind="growth",
     metric="化学需氧量排放量",
     metric_alts=["化学需氧量", "COD排放量", "化学需氧量排放"],
     comparison="累计", period=P4, period_alts=P4_ALTS,
     note="分别 list, first value → 化学需氧量 (排放量 shared by both items); " + CUM_NOTE)
fact("9.66%和13.14%", "13.14%", value=-13.14, unit="%", kind="growth",
     metric="二氧化硫排放量", metric_alts=["二氧化硫", "SO2排放量", "二氧化硫排放"],
     comparison="累计", period=P4, period_alts=P4_ALTS, note=CUM_NOTE)

# ---- line 28 -------------------------------------------------------------------------------
g.neg("明确提出2020年", "2020年", PERIOD_NOTE + " (horizon of the greenhouse-gas target; no "
      "target value is stated in the excerpt)")

NOTES = (
    "Excerpt: lines 3-29 of shared/texts/work_report/wr_china_2010.txt (2,358 characters "
    "with the final newline), sliced by code: the heading 一、2009年工作回顾, the headline "
    "results of 2009 (line 6), review items (一) 宏观调控 and (二) 经济结构 in full. The "
    "2010 targets (lines 67-68) lie ~40 lines further on and could not be joined in a "
    "contiguous run of ≤2,500 characters, so the excerpt is review only. "
    "Date: 2010-03-05, the opening day of the 3rd session of the 11th NPC, on which the "
    "Premier delivered the report (corpus meta; the Wikisource text has no date line); "
    "nothing in the excerpt contradicts it (2009 full-year results reported). 去年/全年/"
    "过去的一年 = 2009, 今年 = 2010 (not used in the excerpt). Title: the corpus meta title; "
    "the source has no title line, so it is not in the excerpt. Place: national report → "
    "中国 (alts 我国/全国); the central government's own spending and acts (中央财政…, "
    "中央政府公共投资, 技改专项资金, 4万亿元 plan) keep 中国 with 中央财政/中央政府/国务院 as "
    "alts; the reconstruction figures keep 中国 with 重灾区 as alt. Periods: the section "
    "heading 2009年 governs the review; facts whose line names no period take it (period "
    "text 2009年), the null reading in period_alts; lines 13 (全年) and 15 (2009年) state "
    "it themselves. Stocks (已完成投资 6545亿元 and its 65.5%, 森林覆盖率) are instants at "
    "2009-12-31 with the year and null as alts. 两年新增4万亿元: the amount takes 两年 = "
    "2009-2010 (alt Nov 2008-2010, 2009, null), modality target; 两年 itself is read as the "
    "plan's duration (2 year, target). 千亿斤 in the plan name → 5e7 t capacity, target. "
    "“十一五”前四年 → 2006-01-01..2009-12-31, cumulative declines with comparison 累计. "
    "Judgement calls: 减半(征收) negative; 两年 as a duration fact; 连续6年 as a streak "
    "length (6 year) as in the other gold files.")

g.write(date="2010-03-05",
        source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
