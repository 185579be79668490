"""Gold annotations for wr_china_2009 (2009年中华人民共和国国务院政府工作报告), lines 5-25 of
shared/texts/work_report/wr_china_2009.txt.

The excerpt corpora/wr_china_2009.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the four headline lines of 2008 (国民经济继续保持平稳
较快增长… / 改革开放深入推进… / 社会事业加快发展… / 全面夺取抗击特大自然灾害…), the bridging
lines (这些成就…, 一年来，我们做了以下主要工作：), review item (一) in full (宏观调控 and the
stimulus measures after 9月份, “三农”, 自主创新和结构调整, 淘汰落后产能, 节能减排 with the
近三年累计 figures) and the first five paragraphs of item (二) (社会保险, 低保, 饮水安全, 教育
公平, 医药卫生).  The allowed range is source lines 4-30; the 2009 主要目标 lie far beyond
it, so the excerpt is review only.  Lines 4-24 (2,379 characters) would add the opening
sentence 2008年是极不平凡的一年 (no quantity) and lose line 25 (新农合 8.14亿 / 91.5%, 试点城市
88个 → 317个, 参保人数 7359万 / 1.17亿); lines 5-25 (2,423 characters) are the denser run.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2009.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2009"
PLACE = "中国"
REF = "2009-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 5, 25                     # 1-based, inclusive, whole lines
TITLE = "2009年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="国民经济继续保持平稳较快增长。", ends="实施范围继续扩大。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (（N）), not a quantity"
LABEL_NOTE = "policy label “三农” (农业、农村、农民), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
PBOC = CN + ["中国人民银行", "人民银行", "央行"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2007 / wr_china_2010)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2009-03-05; 去年 = 2008, 上年 = the year before the review year) --
# The excerpt lies inside part 一、2008年工作回顾 (source line 3, outside the excerpt; source
# line 4, 2008年是极不平凡的一年, also outside): the review of 2008.  No line of the excerpt
# names 2008; lines whose paragraph (line) states no period before their numbers take the
# review year as the section frame (SPEC §4), period text 2008年 (the heading's), with the
# null reading in period_alts (as wr_china_2019, whose 过去一年 lies outside its excerpt).
# 全年 (excerpt lines 11 and 13) = 2008 and governs the rest of its line, null as alt.
# 9月份后 (line 9) = 2008-09-01..2008-12-31 and governs the rest of its line (the rate / tax
# measures, 十项措施).  近三年累计 (line 15) = the three full years before the reference year,
# 2006-2008 (SPEC §4), cumulative declines with comparison 累计 (as wr_china_2010).  Levels
# of a stock (救助人数达到, 参合人口 and 参合率, 试点城市 增加到, 参保人数 总计达到) are the instant
# 2008-12-31 with the year and null as alts; 上年的88个 inside the from/to pair governs only
# its own value (2007, SPEC §4).  Streaks (连续五年) keep the review year, the streak's own
# span as alt.
Y08 = P("2008年", "2008-01-01", "2008-12-31")
Y08_NULL = P("2008年", None, None)
Y08_END = P("2008年", "2008-12-31", "2008-12-31")
FLOW = dict(period=Y08, period_alts=[Y08_NULL])
STOCK = dict(period=Y08_END, period_alts=[Y08, Y08_NULL])
INHERIT_NOTE = ("no period in its line → the review year 2008 (section 一、2008年工作回顾, "
                "outside the excerpt), null in period_alts")
STOCK_NOTE = ("level of a stock under the review year 2008: instant 2008-12-31; the literal "
              "year and null in period_alts")
FULL = P("全年", "2008-01-01", "2008-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
FULL_NOTE = "全年 (= 2008, the review year) stated earlier in the line governs"
SEP = P("9月份后", "2008-09-01", "2008-12-31")
AFTER_SEP = dict(period=SEP, period_alts=[P("9月份后", "2008-10-01", "2008-12-31"),
                                          P("9月份后", "2008-09-01", None), Y08,
                                          P("9月份后", None, None)])
SEP_NOTE = ("9月份后 (from September 2008 on, to the end of the review year) at the head of "
            "the line governs; alts: from October, open end, the whole year, null")

# ---- line 1 (source 5): 国民经济继续保持平稳较快增长 -----------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值超过30万亿元", "30万亿元", value=30e12, unit="CNY", kind="amount",
     bound="gt", metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="超过 → gt (outside the span); 万亿元 = 1e12; a flow of the year; " + INHERIT_NOTE)
fact("比上年增长9%", "9%", value=9, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy", **FLOW,
     note="比上年 → yoy")
FISC = ["全国财政收入", "财政总收入", "财政"]
gov("财政收入6.13万亿元", "6.13万亿元", value=6.13e12, unit="CNY", kind="amount",
    metric="财政收入", metric_alts=FISC, **FLOW, note="national fiscal revenue → 中国")
gov("6.13万亿元，增长19.5%", "19.5%", value=19.5, unit="%", kind="growth",
    metric="财政收入", metric_alts=FISC, comparison="yoy", **FLOW, note="增长 → yoy")
STREAK5 = P("连续五年", "2004-01-01", "2008-12-31")
fact("粮食连续五年增产", "五年", value=5, unit="year", kind="amount",
     metric="粮食增产持续时间",
     metric_alts=["粮食连续增产年数", "连续增产", "粮食连续增产", "粮食产量连续增产",
                  "增产持续时间", "连续增产年数", "粮食产量增长持续时间"],
     period=Y08, period_alts=[STREAK5, Y08_NULL],
     note="length of the streak of harvest increases → 5 year (as 连续三年增产 in "
          "wr_china_2007, 连续6年增产 in wr_china_2010); the review year 2008 (the streak's "
          "last year) governs, the streak 2004-2008 and null as alts")
GRAIN = ["粮食产量", "粮食", "粮食总产"]
fact("总产量10570亿斤", "10570亿斤", value=10570e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产量", metric_alts=GRAIN, **FLOW,
     note="亿斤 → 10570e8 斤 × 0.0005 t = 5.285e8 t (SPEC §3); the elided head 粮食 of "
          "总产量 restored in the metric; 创历史最高水平 states no rank number")

# ---- line 2 (source 6): 改革开放深入推进 ---------------------------------------------------------
TRADE = ["进出口总额", "外贸进出口总额", "进出口", "对外贸易总额", "进出口贸易",
         "货物进出口总额"]
fact("进出口贸易总额2.56万亿美元", "2.56万亿美元", value=2.56e12, unit="USD",
     kind="amount", metric="进出口贸易总额", metric_alts=TRADE, **FLOW,
     note="万亿美元 → 2.56e12 USD; " + INHERIT_NOTE)
fact("2.56万亿美元，增长17.8%", "17.8%", value=17.8, unit="%", kind="growth",
     metric="进出口贸易总额", metric_alts=TRADE, comparison="yoy", **FLOW)
FDI = ["实际利用外资", "外商直接投资", "实际使用外资", "实际使用外商直接投资", "利用外资"]
fact("外商直接投资924亿美元", "924亿美元", value=924e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资", metric_alts=FDI, **FLOW)

# ---- line 3 (source 7): 社会事业加快发展，人民生活进一步改善 -----------------------------------
fact("城镇新增就业1113万人", "1113万人", value=1113e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW)
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农村居民收入", "农民人均纯收入", "人均纯收入", "农村居民人均收入"]
fact("可支配收入15781元", "15781元", value=15781, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, **FLOW)
fact("人均纯收入4761元", "4761元", value=4761, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, **FLOW)
fact("实际增长8.4%和8%", "8.4%", value=8.4, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="实际 = in real terms; the pair maps in order (no 分别 written): 8.4% → 城镇, "
          "8% → 农村; each value carries its own %")
fact("8.4%和8%", "8%", value=8, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **FLOW,
     note="second of the pair → 农村居民人均纯收入, real terms")

# ---- line 4 (source 8): 抗灾, 奥运会, 神舟七号 ----------------------------------------------------
g.neg("圆满完成神舟七号", "神舟七号", "spacecraft name 神舟七号 (Shenzhou-7), a label, not a "
      "quantity")

# ---- line 5 (source 9): 这些成就… (no numeral) ----------------------------------------------------

# ---- line 6 (source 10) ----------------------------------------------------------------------------
g.neg("一年来，我们做了", "一年来", PERIOD_NOTE + " (the review year 2008; heads the review "
      "items; its own line, so it governs nothing after it); not a duration fact")

# ---- line 7 (source 11): （一） --------------------------------------------------------------------
g.neg("（一）及时果断", "（一）", MARKER_NOTE)

# ---- line 8 (source 12): 宏观调控 (年中 has no numeral; 一些 lexicalized) -----------------------------
g.neg("采取一系列促进", "一系列", "quantifier 一系列")

# ---- line 9 (source 13): 9月份后… ----------------------------------------------------------------
g.neg("9月份后，国际经济", "9月份后", PERIOD_NOTE + " (from September 2008 on: governs the "
      "rest of the line)")
gov("三次提高出口退税率", "三次", value=3, unit="count", kind="count", classifier="次",
    metric="提高出口退税率",
    metric_alts=["提高出口退税率次数", "出口退税率提高", "出口退税率上调", "上调出口退税率",
                 "出口退税率提高次数"],
    **AFTER_SEP,
    note="count of the rises of export tax rebate rates (三次 → 3, classifier 次, as 两次上调 "
         "in wr_china_2007); " + GOV_NOTE + "; " + SEP_NOTE)
fact("五次下调金融机构", "五次", value=5, unit="count", kind="count", classifier="次",
     metric="下调金融机构存贷款基准利率",
     metric_alts=["下调存贷款基准利率", "降息", "降息次数", "下调金融机构存贷款基准利率次数",
                  "存贷款基准利率下调", "下调基准利率", "金融机构存贷款基准利率下调"],
     subject_alts=PBOC, **AFTER_SEP,
     note="count of the interest-rate cuts; the central bank's acts under the government's "
          "monetary policy → 中国, the central bank as alt (as wr_china_2007); " + SEP_NOTE)
fact("四次下调存款准备金率", "四次", value=4, unit="count", kind="count", classifier="次",
     metric="下调存款准备金率",
     metric_alts=["下调存款准备金率次数", "存款准备金率下调", "降准", "降准次数",
                  "下调金融机构存款准备金率"],
     subject_alts=PBOC, **AFTER_SEP, note="count of the reserve-requirement cuts; " + SEP_NOTE)
gov("促进经济增长的十项措施", "十项", value=10, unit="count", kind="count", classifier="项",
    metric="进一步扩大内需、促进经济增长的措施",
    metric_alts=["扩大内需、促进经济增长的措施", "措施", "扩大内需促进经济增长的措施",
                 "进一步扩大内需促进经济增长的措施", "措施数量", "扩大内需措施",
                 "进一步扩大内需、促进经济增长的十项措施"],
    **AFTER_SEP,
    note="judgement call: a count of measures (十项措施, as 七条措施 in gold README §2), "
         "though the phrase also names the package ('the ten measures'); the predicate "
         "defining the measures is in the metric; " + GOV_NOTE + "; " + SEP_NOTE)

# ---- line 10 (source 14): 这些措施… (no numeral) -----------------------------------------------------

# ---- line 11 (source 15): “三农” ----------------------------------------------------------------------
g.neg("加强“三农”工作", "三农", LABEL_NOTE)
g.neg("用于“三农”的投入", "三农", LABEL_NOTE)
AGRI = ["中央财政“三农”投入", "中央财政用于三农的投入", "“三农”投入", "三农投入",
        "中央财政三农投入", "用于“三农”的投入", "中央财政用于“三农”的支出", "“三农”支出",
        "中央财政“三农”支出"]
gov("的投入5955亿元", "5955亿元", value=5955e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的投入", metric_alts=AGRI, **YEAR,
    note="全年 at the head of the sentence (= 2008) governs the rest of the line; " + GOV_NOTE)
gov("比上年增加1637亿元", "1637亿元", value=1637e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的投入增量",
    metric_alts=AGRI + ["“三农”投入增量", "中央财政“三农”投入增量", "三农投入增量",
                        "中央财政用于“三农”的投入增加", "中央财政用于“三农”的支出增量"],
    **YEAR,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 stays in this note (comparison is for growth/change facts only)")
gov("1637亿元，增长37.9%", "37.9%", value=37.9, unit="%", kind="growth",
    metric="中央财政用于“三农”的投入", metric_alts=AGRI, comparison="yoy", **YEAR)
SUB = ["粮食直补、农资综合补贴、良种补贴、农机具购置补贴", "四项补贴", "四项补贴资金",
       "农业补贴资金", "粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金总额",
       "粮食直补、农资综合补贴、良种补贴和农机具购置补贴资金", "补贴资金"]
gov("补贴资金达1030亿元", "1030亿元", value=1030e8, unit="CNY", kind="amount",
    metric="粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金", metric_alts=SUB, **YEAR,
    note="其中: part of the 5955亿元; the four subsidies together (达 → eq); " + GOV_NOTE)
gov("比上年增长一倍", "一倍", value=1, unit="times", kind="ratio",
    metric="粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金", metric_alts=SUB, **YEAR,
    note="增长N倍 → kind ratio, unit times, value as written, comparison null (as 增长4.4倍 "
         "in cm_qiandongnan_2023_b); the basis 比上年 stays in this note; judgement call — "
         "growth 100% (yoy) is the equivalent reading")
MSP = ["粮食最低收购价", "提高粮食最低收购价次数", "粮食最低收购价提高", "提高最低收购价",
       "粮食最低收购价上调", "最低收购价"]
gov("三次较大幅度提高", "三次", value=3, unit="count", kind="count", classifier="次",
    metric="提高粮食最低收购价", metric_alts=MSP, **YEAR,
    note="count of the rises of the minimum grain purchase prices; " + GOV_NOTE + "; "
         + FULL_NOTE)
gov("提价幅度超过20%", "20%", value=20, unit="%", kind="growth", bound="gt",
    metric="粮食最低收购价",
    metric_alts=["提价幅度", "粮食最低收购价提价幅度", "粮食最低收购价涨幅", "最低收购价",
                 "粮食最低收购价提高幅度"],
    comparison="yoy", **YEAR,
    note="提价幅度 = the total rise of the minimum purchase prices from the three rises → "
         "growth; 超过 → gt (outside the span); basis the price before the rises, read as "
         "yoy by default (README §6); " + FULL_NOTE)

# ---- line 12 (source 16): 自主创新和经济结构调整 --------------------------------------------------
gov("实施16个国家重大科技专项", "16个", value=16, unit="count", kind="count",
    classifier="个", metric="国家重大科技专项",
    metric_alts=["重大科技专项", "实施的国家重大科技专项", "国家科技重大专项", "科技重大专项",
                 "重大专项", "国家重大科技专项数量"],
    **FLOW, note="the major science projects under way in 2008 (实施); " + GOV_NOTE + "; "
                 + INHERIT_NOTE)
g.neg("新建一批国家工程中心", "一批", "quantifier 一批")
g.neg("等一批关键技术", "一批", "quantifier 一批")
SCI = ["中央财政科技支出", "科技投入", "中央财政用于科技的支出", "科技支出",
       "中央财政科技投入总额"]
gov("科技投入1163亿元", "1163亿元", value=1163e8, unit="CNY", kind="amount",
    metric="中央财政科技投入", metric_alts=SCI, **FLOW, note=GOV_NOTE + "; " + INHERIT_NOTE)
gov("1163亿元，增长16.4%", "16.4%", value=16.4, unit="%", kind="growth",
    metric="中央财政科技投入", metric_alts=SCI, comparison="yoy", **FLOW)

# ---- line 13 (source 17): 淘汰落后产能 --------------------------------------------------------------
fact("关停小火电1669万千瓦", "1669万千瓦", value=1.669e10, unit="W", kind="amount",
     metric="关停小火电",
     metric_alts=["关停小火电机组", "关停小火电机组容量", "小火电机组关停", "小火电",
                  "关停小火电容量", "小火电机组"],
     **YEAR, note="1669万千瓦 = 1.669e10 W (capacity shut down in 2008, a flow); " + FULL_NOTE)
fact("关闭小煤矿1054处", "1054处", value=1054, unit="count", kind="count", classifier="处",
     metric="关闭小煤矿",
     metric_alts=["小煤矿", "关闭的小煤矿", "关闭小煤矿数量", "小煤矿关闭"],
     **YEAR, note="count of small coal mines closed in 2008 (classifier 处); " + FULL_NOTE)
g.neg("建成和开工一批重大项目", "一批", "quantifier 一批")

# ---- line 14 (source 18): 节能减排 -------------------------------------------------------------------
gov("中央财政安排423亿元", "423亿元", value=423e8, unit="CNY", kind="amount",
    metric="中央财政安排节能减排资金",
    metric_alts=["中央财政安排资金", "安排资金", "节能减排资金", "中央财政节能减排资金",
                 "中央财政节能减排投入", "中央财政安排节能环保资金", "节能环保资金",
                 "中央财政安排资金支持重点节能工程和环保设施"],
    **FLOW,
    note="funds for the key energy-saving projects and environmental facilities (the "
         "paragraph is 节能减排); " + GOV_NOTE + "; " + INHERIT_NOTE)
g.neg("支持十大重点节能工程", "十大", "set label 十大重点节能工程 (README §2 八大), not a "
      "count")
fact("日处理能力1149万吨", "1149万吨", value=1149e4, unit="t", kind="amount",
     metric="新增城市污水日处理能力",
     metric_alts=["城市污水日处理能力", "城市污水处理能力", "新增城市污水处理能力",
                  "城市污水日处理能力增量", "污水日处理能力"],
     **FLOW,
     note="a daily capacity: base unit t, the rate 日 in the metric (SPEC §3 rates); 新增 of "
          "a capacity → the indicator phrase kept whole, 增量 reading in alts (as 新增发电装机 "
          "in wr_china_2010)")
fact("机组容量9712万千瓦", "9712万千瓦", value=9.712e10, unit="W", kind="amount",
     metric="新增燃煤脱硫机组容量",
     metric_alts=["燃煤脱硫机组容量", "脱硫机组容量", "新增脱硫机组容量",
                  "燃煤脱硫机组容量增量", "燃煤脱硫机组"],
     **FLOW, note="9712万千瓦 = 9.712e10 W; 新增 as for 1149万吨")
ENERGY = ["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
          "单位国内生产总值能源消耗"]
fact("能耗比上年下降4.59%", "4.59%", value=-4.59, unit="%", kind="growth",
     metric="单位国内生产总值能耗", metric_alts=ENERGY, comparison="yoy", **FLOW,
     note="下降 → negative; 比上年 → yoy")
g.neg("化学需氧量、二氧化硫排放量分别减少4", "二氧化硫", "chemical name 二氧化硫 (sulphur "
      "dioxide), not a quantity")
COD = ["化学需氧量", "COD排放量", "化学需氧量排放"]
SO2 = ["二氧化硫", "SO2排放量", "二氧化硫排放"]
fact("分别减少4.42%和", "4.42%", value=-4.42, unit="%", kind="growth",
     metric="化学需氧量排放量", metric_alts=COD, comparison="yoy", **FLOW,
     note="分别 list: 化学需氧量 → 4.42%, 二氧化硫 → 5.95% (排放量 shared by both items); "
          "减少 → negative; basis 比上年 carried from the clause before → yoy")
fact("4.42%和5.95%", "5.95%", value=-5.95, unit="%", kind="growth",
     metric="二氧化硫排放量", metric_alts=SO2, comparison="yoy", **FLOW,
     note="second of the 分别 list; 减少 → negative")

# ---- line 15 (source 19): 近三年累计 -----------------------------------------------------------------
g.neg("近三年累计", "近三年", PERIOD_NOTE + " (SPEC §4: the three full years before the "
      "reference year, 2006-2008)")
P3 = P("近三年", "2006-01-01", "2008-12-31")
CUM = dict(period=P3, period_alts=[P("近三年", None, "2008-12-31"), P("近三年", None, None)])
CUM_NOTE = ("cumulative change over 近三年 (2006-2008, the first three years of the 11th "
            "Five-Year Plan): the basis is the 2005 level, written only as 累计 → comparison "
            "'累计' (as wr_china_2010); 下降/减少 → negative value")
fact("能耗下降10.08%", "10.08%", value=-10.08, unit="%", kind="growth",
     metric="单位国内生产总值能耗", metric_alts=ENERGY, comparison="累计", **CUM,
     note=CUM_NOTE)
g.neg("化学需氧量、二氧化硫排放量分别减少6", "二氧化硫", "chemical name 二氧化硫 (sulphur "
      "dioxide), not a quantity")
fact("分别减少6.61%和", "6.61%", value=-6.61, unit="%", kind="growth",
     metric="化学需氧量排放量", metric_alts=COD, comparison="累计", **CUM,
     note="分别 list, first value → 化学需氧量; " + CUM_NOTE)
fact("6.61%和8.95%", "8.95%", value=-8.95, unit="%", kind="growth",
     metric="二氧化硫排放量", metric_alts=SO2, comparison="累计", **CUM,
     note="second of the 分别 list → 二氧化硫; " + CUM_NOTE)
g.neg("青海三江源", "三江源", "place name 三江源 (the source region of three rivers), not a "
      "quantity")

# ---- line 16 (source 20): （二） --------------------------------------------------------------------
g.neg("（二）统筹经济社会", "（二）", MARKER_NOTE)

# ---- line 17 (source 21): 就业 (no numeral) ------------------------------------------------------------

# ---- line 18 (source 22): 社会保险, 养老金, 低保 ---------------------------------------------------------
PEN = ["城镇职工基本养老保险参保人数", "基本养老保险参保人数增量", "城镇职工基本养老保险参保增量",
       "城镇职工基本养老保险参保人数增加", "城镇职工基本养老保险"]
MED = ["城镇职工基本医疗保险参保人数", "基本医疗保险参保人数增量", "基本医疗保险参保人数",
       "城镇职工基本医疗保险参保增量", "城镇职工基本医疗保险参保人数增加", "城镇职工基本医疗保险"]
INS_NOTE = ("分别 list: 城镇职工基本养老保险 → 1753万, (城镇职工)基本医疗保险 → 2028万; 增加 → the "
            "absolute change of the number of insured (metric <level>增量, positive, SPEC §2); "
            "no classifier written (参保人数 → 人 implied); " + INHERIT_NOTE)
fact("分别增加1753万和", "1753万", value=1753e4, unit="count", kind="count", classifier="人",
     metric="城镇职工基本养老保险参保人数增量", metric_alts=PEN, **FLOW, note=INS_NOTE)
fact("1753万和2028万", "2028万", value=2028e4, unit="count", kind="count", classifier="人",
     metric="城镇职工基本医疗保险参保人数增量", metric_alts=MED, **FLOW,
     note="城镇职工 distributes over both items (城镇职工基本养老保险、基本医疗保险), the bare "
          "基本医疗保险 in alts; " + INS_NOTE)
fact("人均每月新增110元", "110元", value=110, unit="CNY", kind="amount",
     metric="企业退休人员月人均养老金增量",
     metric_alts=["企业退休人员养老金", "企业退休人员人均每月养老金增量",
                  "企业退休人员养老金人均每月新增", "企业退休人员基本养老金", "养老金",
                  "企业退休人员养老金增量", "企业退休人员月人均基本养老金增量"],
     **FLOW,
     note="absolute change of the monthly pension per retiree (新增 → positive, metric "
          "<level>增量, SPEC §2); 人均每月 is part of the indicator, not a period (as 每月70元 "
          "in wr_china_2019); raised in 2008 → " + INHERIT_NOTE)
fact("救助人数达到6619万人", "6619万人", value=6619e4, unit="count", kind="count",
     classifier="人", metric="城乡居民最低生活保障救助人数",
     metric_alts=["救助人数", "最低生活保障救助人数", "城乡低保人数", "低保人数",
                  "城乡居民最低生活保障人数", "最低生活保障人数", "城乡居民最低生活保障"],
     **STOCK,
     note="the number of people covered by the urban and rural 低保 (达到 → eq); a level of "
          "a register → " + STOCK_NOTE)

# ---- line 19 (source 23): 饮水安全 (一定程度 lexicalized) --------------------------------------------
fact("解决4800多万农村人口", "4800多万", value=4800e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="解决饮水安全问题的农村人口",
     metric_alts=["农村人口", "解决安全饮水问题的农村人口", "农村饮水安全受益人口",
                  "解决饮水安全问题农村人口", "农村饮水安全", "饮水安全",
                  "解决农村人口饮水安全问题"],
     **FLOW,
     note="no classifier written (4800多万 + noun 农村人口): 人 implied (as 2897万农村人口 in "
          "wr_china_2007); 多 inside the span → gt; the predicate defines the counted set → "
          "in the metric; " + INHERIT_NOTE)

# ---- line 20 (source 24): 教育公平 ---------------------------------------------------------------------
gov("国家财政安排32.5亿元", "32.5亿元", value=32.5e8, unit="CNY", kind="amount",
    metric="国家财政安排北方农村中小学取暖资金",
    metric_alts=["国家财政安排资金", "北方农村中小学取暖资金", "农村中小学取暖资金",
                 "国家财政安排", "取暖资金", "国家财政安排北方农村中小学取暖经费"],
    subject_alts=["国家财政"] + GOV + CN, **FLOW,
    note="funds to solve the heating problem of northern rural schools; 国家财政 (the "
         "state's budget) → 中国, 国家财政 as alt; " + INHERIT_NOTE)
AID = ["中央财政投入", "中央财政助学投入", "国家助学投入", "中央财政国家助学资金",
       "中央财政资助学生投入", "助学资金"]
gov("中央财政投入223亿元", "223亿元", value=223e8, unit="CNY", kind="amount",
    metric="中央财政国家助学投入", metric_alts=AID, **FLOW,
    note="the central budget's spending on the state student-aid system (国家助学制度, the "
         "sentence's topic); " + GOV_NOTE)
fact("资助学生超过2000万人", "2000万人", value=2000e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="资助学生",
     metric_alts=["资助学生人数", "受资助学生", "受资助学生人数", "国家助学资助学生",
                  "资助学生数量"],
     subject_alts=GOV + CN, **FLOW,
     note="students aided by central and local budgets in 2008; 超过 → gt (outside the "
          "span)")
GRANT = ["中等职业学校助学金标准", "助学金", "助学金标准", "中等职业学校助学金",
         "中等职业学校国家助学金", "每人每年助学金", "中等职业学校学生助学金"]
gov("每人每年1500元", "1500元", value=1500, unit="CNY", kind="amount",
    metric="中等职业学校助学金每人每年标准", metric_alts=GRANT, **FLOW,
    note="the grant per student per year: 每人每年 is part of the indicator, not a period "
         "(as 每月70元 in wr_china_2019); the standard in force in 2008 → " + INHERIT_NOTE)
fact("惠及90%的在校生", "90%", value=90, unit="%", kind="share",
     metric="中等职业学校助学金覆盖在校生比例",
     metric_alts=["在校生", "助学金惠及在校生比例", "惠及在校生比例", "中等职业学校在校生",
                  "受助在校生比例", "享受助学金在校生比例", "中等职业学校助学金惠及在校生比例",
                  "助学金覆盖率"],
     subject_alts=GOV + CN, **FLOW,
     note="share of the secondary vocational students who receive the grant (惠及90%的"
          "在校生) → share; a flow of the year's grants (year as gold, the year-end instant "
          "not added: the grant is paid per school year)")

# ---- line 21 (source 25): 医药卫生 ---------------------------------------------------------------------
NCMS = ["新型农村合作医疗参合人口", "参合人口", "参加新型农村合作医疗人数", "参合人数",
        "新农合参合人数", "新型农村合作医疗参合人数", "参加新型农村合作医疗的人数"]
fact("合作医疗的人口8.14亿", "8.14亿", value=8.14e8, unit="count", kind="count",
     classifier="人", metric="参加新型农村合作医疗的人口", metric_alts=NCMS, **STOCK,
     note="no classifier written (人口 8.14亿): 人 implied; the number enrolled in the "
          "rural cooperative medical scheme, a level of a register → " + STOCK_NOTE + "; "
          "judgement call — enrolment is annual, so the year (in alts) is as defensible")
fact("参合率91.5%", "91.5%", value=91.5, unit="%", kind="share",
     metric="新型农村合作医疗参合率",
     metric_alts=["参合率", "新农合参合率", "新型农村合作医疗覆盖率", "新农合覆盖率"],
     **STOCK, note="a rate of a population → share; share of a stock → " + STOCK_NOTE)
PILOT = ["试点城市", "城镇居民基本医疗保险试点城市数量", "城镇居民医保试点城市",
         "城镇居民基本医疗保险试点", "试点城市数量"]
fact("由上年的88个增加到", "88个", value=88, unit="count", kind="count", classifier="个",
     metric="城镇居民基本医疗保险试点城市", metric_alts=PILOT,
     period=P("上年", "2007-12-31", "2007-12-31"),
     period_alts=[P("上年", "2007-01-01", "2007-12-31"), P("上年", None, None)],
     note="start value of a from/to pair (由上年的88个增加到317个): 上年 (= 2007, the year "
          "before the review year) governs only its own value (SPEC §4); a level of a stock "
          "→ instant 2007-12-31, the year 2007 and null as alts")
fact("增加到317个", "317个", value=317, unit="count", kind="count", classifier="个",
     metric="城镇居民基本医疗保险试点城市", metric_alts=PILOT, **STOCK,
     note="end value of the from/to pair: the level after the 2008 expansion → "
          + STOCK_NOTE)
URBMED = ["城镇居民基本医疗保险参保人数", "参保人数", "城镇居民医保参保人数",
          "城镇居民基本医疗保险"]
fact("参保人数增加7359万", "7359万", value=7359e4, unit="count", kind="count",
     classifier="人", metric="城镇居民基本医疗保险参保人数增量",
     metric_alts=URBMED + ["参保人数增量", "城镇居民基本医疗保险参保人数增加",
                           "城镇居民医保参保人数增量"],
     **FLOW,
     note="absolute change of the number insured in the urban residents' scheme (增加 → "
          "positive, metric <level>增量, SPEC §2); 人 implied (参保人数); " + INHERIT_NOTE)
fact("总计达到1.17亿", "1.17亿", value=1.17e8, unit="count", kind="count", classifier="人",
     metric="城镇居民基本医疗保险参保人数",
     metric_alts=URBMED[1:] + ["城镇居民基本医疗保险参保总人数", "参保总人数"], **STOCK,
     note="总计达到 → the total insured, a stock (eq): " + STOCK_NOTE + "; 人 implied")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the four headline "
    "lines of 2008 (国民经济继续保持平稳较快增长… 全面夺取抗击特大自然灾害…), the bridging "
    "lines (这些成就…, 一年来，我们做了以下主要工作：), review item (一) in full and the first "
    "five paragraphs of (二) (社会保险, 低保, 饮水安全, 教育公平, 医药卫生). The allowed range "
    "(source lines 4-30) holds only the review of 2008; the 2009 targets lie beyond it. "
    "Lines 4-24 would add the opening sentence (2008年是极不平凡的一年, no quantity) and lose "
    "line 25 (six facts), so lines 5-25 were taken. Title: the corpus meta title (the "
    "source has no title line), title_in_text=False. Date: 2009-03-05, the corpus meta "
    "date: the opening day of the 2nd session of the 11th NPC, on which Premier Wen Jiabao "
    "delivered the report; the Wikisource text has no dateline; nothing in the excerpt "
    "contradicts it (2008 full-year results; 9月份后, 近三年累计 read against it). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own "
    "spending and acts (财政收入, 出口退税率, 十项措施, 三农 投入, 补贴, 最低收购价, 重大科技专项, "
    "科技投入, 423亿元, 32.5亿元 (国家财政), 助学 投入 and grants) add 中央财政/中央政府/国务院; "
    "the rate and reserve-ratio cuts add the central bank. Periods: the section 一、2008年"
    "工作回顾 (source line 3, outside the excerpt) governs: lines without a period take "
    "2008 (period text 2008年, null as alt); 全年 (excerpt lines 11, 13) = 2008; 9月份后 "
    "(line 9) = 2008-09-01..2008-12-31 for the rate/tax measures and 十项措施 (alts from "
    "October, open end, the year, null); 近三年累计 = 2006-2008 (SPEC §4), comparison 累计; "
    "连续五年 keeps 2008 with the streak 2004-2008 as alt; stocks (救助人数达到, 参合人口 and "
    "参合率, 试点城市 增加到317个, 参保人数 总计达到) are the instant 2008-12-31 with the year "
    "and null as alts; 上年的88个 → instant 2007-12-31 (from/to pair). Modality: actual "
    "throughout. Judgement calls: 增长一倍 → ratio 1 times (no comparison; growth 100% "
    "equivalent); 十项措施 → count of measures (10, 项); 提价幅度超过20% → growth 20 gt, yoy; "
    "三次/五次/四次/三次 → counts (次); 连续五年 → duration 5 year; 10570亿斤 → 5.285e8 t; "
    "1753万/2028万/7359万/1.17亿/8.14亿/4800多万 → counts with implied 人; 人均每月新增110元 → "
    "amount, metric …增量; 每人每年1500元 → amount (per-unit standard in the metric); "
    "惠及90%的在校生 → share; 8.14亿 参合人口 and 91.5% as stocks (year as alt). Negatives: "
    "神舟七号, 一年来, （一）, （二）, 一系列, 9月份后, 三农 ×2, 一批 ×3, 十大, 二氧化硫 ×2, 近三年, "
    "三江源. Lexicalized, not listed: 进一步, 一些, 首要, 一定(程度).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
