"""Gold annotations for wr_china_2014 (2014年中华人民共和国国务院政府工作报告), lines 3-21 of
shared/texts/work_report/wr_china_2014.txt.

The excerpt corpora/wr_china_2014.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2013年工作回顾, the opening line
(过去一年是本届政府依法履职的第一年…), the four headline bullets of 2013 (——经济运行稳中向好 …
——社会事业蓬勃发展), the bridging lines (过去一年，困难比预料的多…, 一年来，我们坚持…), review
items 一是 (reform and opening: 416项, 348项, 1500多亿元, 27.6%, 63%, 近亿人次), 二是 (macro
policy: M2, 一般性支出压减5%, 600多万户) and 三是 (structure: agriculture, industry,
infrastructure, innovation).  Lines 3-21 hold 2,415 characters; the next line (22, the
heading of item 四是) would make 2,501.  The 2014 主要预期目标 (source line 39: 国内生产总值
增长7.5%左右, 3.5%, 1000万人, 4.6%) lie beyond items 四是-五是, diplomacy and part 二's
opening: lines 5-39 (headline bullets to targets) hold 4,787 characters, so no run of at
most 2,500 characters holds both: the excerpt is the number-dense review with its headline figures.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2014.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2014"
PLACE = "中国"
REF = "2014-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 21                     # 1-based, inclusive, whole lines
TITLE = "2014年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2013年工作回顾", ends="一批关键技术实现重大突破。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2018)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2014-03-05; 去年 = 2013, 今年 = 2014) ---------------------------
# The heading 一、2013年工作回顾 (line 1 of the excerpt) names the review year and governs the
# section (SPEC §4, as wr_china_2012): the lines whose numbers have no period before them
# (the four bullets, items 一是 and 三是, the paragraph after 二是's macro line) take 2013
# (period text 2013年 of the heading) with the null reading in period_alts.  过去一年 (lines 2
# and 7) and 一年来 (line 8) stand in lines without numbers.  In line 13 (去年上半年，…) the
# 去年上半年 governs no number; 去年 (去年财政赤字…) replaces it and governs M2 (2013).
# Stocks and rates of stocks (城镇登记失业率, 森林覆盖率, 运营里程 and the rank 居世界首位) are
# the instant 2013-12-31 with the literal year and null as alts; shares of a flow (服务业
# 增加值比重, 民间投资比重, 非化石能源发电量比重, 研发支出占国内生产总值比重) take the year.  The
# streak 十连增 takes the review year, its span 2004-2013 as alt.
Y13 = P("2013年", "2013-01-01", "2013-12-31")
Y13_NULL = P("2013年", None, None)
Y13_END = P("2013年", "2013-12-31", "2013-12-31")
FLOW = dict(period=Y13, period_alts=[Y13_NULL])
STOCK = dict(period=Y13_END, period_alts=[Y13, Y13_NULL])
INHERIT_NOTE = ("no period before it in its line → the section year 2013 (heading 一、2013年"
                "工作回顾), null in period_alts")
STOCK_NOTE = ("stock under the section year 2013: instant 2013-12-31 (stock rule); the literal "
              "year and null in period_alts")

# ---- line 1 (source 3): heading ----------------------------------------------------------------
g.neg("一、2013年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2013年工作回顾", "2013年", PERIOD_NOTE + " (section heading: the review year 2013, "
      "used as the period text of the review facts)")

# ---- line 2 (source 4): opening, no facts -------------------------------------------------------
g.neg("过去一年是本届政府", "过去一年", PERIOD_NOTE + " (the review year 2013; no number in its "
      "line)")
g.neg("依法履职的第一年", "第一年", "'the first year' of the government's term (the year 2013 "
      "itself), an ordinal label, not a duration or rank fact (as wr_china_2024)")

# ---- line 3 (source 5): ——经济运行稳中向好 ---------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到56.9万亿元", "56.9万亿元", value=56.9e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="达到 → eq; 万亿元 = 1e12; a flow of the year; " + INHERIT_NOTE)
fact("比上年增长7.7%", "7.7%", value=7.7, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy", **FLOW, note="比上年 → yoy")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅",
       "物价涨幅"]
fact("涨幅控制在2.6%", "2.6%", value=2.6, unit="%", kind="growth", metric="居民消费价格",
     metric_alts=CPI, comparison="yoy", **FLOW,
     note="涨幅 = growth of the price level; 控制在 here reports the outturn of 2013 (the "
          "target was 3.5%), no bound word → eq, actual")
fact("城镇登记失业率4.1%", "4.1%", value=4.1, unit="%", kind="share", metric="城镇登记失业率",
     metric_alts=["登记失业率", "失业率", "年末城镇登记失业率"], **STOCK,
     note="a rate of a population → share; judgement call: the registered rate is measured "
          "at the year's end (年末城镇登记失业率), a share of a stock → " + STOCK_NOTE)
fact("城镇新增就业1310万人", "1310万人", value=1310e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW, note="创历史新高 after it states no rank number")
TRADE = ["进出口", "外贸进出口总额", "对外贸易总额", "进出口贸易总额", "货物进出口总额",
         "进出口额"]
fact("进出口总额突破4万亿美元", "4万亿美元", value=4e12, unit="USD", kind="amount",
     bound="gt", metric="进出口总额", metric_alts=TRADE, **FLOW,
     note="突破 → gt (outside the span); 万亿美元 → 4e12 USD")

# ---- line 4 (source 6): ——居民收入和经济效益 -----------------------------------------------------
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农村居民收入", "农民人均纯收入", "人均纯收入", "农村居民人均收入"]
fact("可支配收入实际增长7%", "7%", value=7, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="实际 = in real terms")
fact("纯收入实际增长9.3%", "9.3%", value=9.3, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **FLOW,
     note="实际 = in real terms")
fact("农村贫困人口减少1650万人", "1650万人", value=-1650e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "减贫人口", "贫困人口增量",
                  "农村贫困人口减少人数", "贫困人口减少"],
     **FLOW,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 城乡居民"
          "收入差距继续缩小 after it states no number")
PROFIT = ["规模以上工业企业利润总额", "工业企业利润", "企业利润", "利润", "规上工业企业利润",
          "规模以上工业企业实现利润"]
fact("工业企业利润增长12.2%", "12.2%", value=12.2, unit="%", kind="growth",
     metric="规模以上工业企业利润", metric_alts=PROFIT,
     subject_alts=CN + ["规模以上工业企业", "工业企业"], comparison="yoy", **FLOW,
     note="the profits of industrial firms above designated size, aggregated nationally → "
          "中国, the firms as subject alt")
REV = ["全国财政收入", "公共财政收入", "全国公共财政收入", "财政总收入", "公共财政预算收入"]
gov("财政收入增长10.1%", "10.1%", value=10.1, unit="%", kind="growth", metric="财政收入",
    metric_alts=REV, comparison="yoy", **FLOW, note="national revenue → 中国; " + GOV_NOTE)

# ---- line 5 (source 7): ——结构调整 ----------------------------------------------------------------
GRAIN = ["粮食总产量", "粮食", "粮食总产"]
fact("粮食产量超过1.2万亿斤", "1.2万亿斤", value=6e8, unit="t", kind="amount", bound="gt",
     metric="粮食产量", metric_alts=GRAIN, **FLOW,
     note="超过 → gt (outside the span); 1.2万亿斤 = 1.2e12 斤 × 0.0005 t = 6e8 t (SPEC §3)")
fact("实现“十连增”", "十连增", value=10, unit="count", kind="count", classifier="连增",
     metric="粮食产量连增",
     metric_alts=["粮食产量连续增长", "粮食产量连续增产", "粮食连续增产", "粮食产量",
                  "粮食产量连续增长年数", "连增", "粮食总产量连增"],
     period=Y13, period_alts=[Y13_NULL, P("十连增", "2004-01-01", "2013-12-31")],
     note="judgement call, as 八连增 in wr_china_2012 and 十二连增 in wr_china_2016: 十连增 'the "
          "tenth increase in a row' → a count of consecutive annual increases (10, classifier "
          "连增); a streak duration (10 year) is the alternative; the streak 2004-2013 ends in "
          "the review year (alt)")
SERV = ["服务业比重", "服务业增加值占国内生产总值比重", "服务业占国内生产总值比重",
        "服务业占GDP比重", "服务业增加值占GDP比重", "服务业在国内生产总值中的比重"]
fact("比重达到46.1%", "46.1%", value=46.1, unit="%", kind="share", metric="服务业增加值比重",
     metric_alts=SERV, **FLOW,
     note="达到 → eq; a share of the year's output (a flow) → the year")
g.neg("首次超过第二产业", "首次", "first-time claim 首次, not a rank or count")
g.neg("首次超过第二产业", "第二产业", "sector name 第二产业 (an ordinal sector label), not a "
      "quantity")
fact("全社会用电量增长7.5%", "7.5%", value=7.5, unit="%", kind="growth", metric="全社会用电量",
     metric_alts=["用电量", "全社会用电"], comparison="yoy", **FLOW)
fact("货运量增长9.9%", "9.9%", value=9.9, unit="%", kind="growth", metric="货运量",
     metric_alts=["全社会货运量", "货物运输量", "货运"], comparison="yoy", **FLOW)

# ---- line 6 (source 8): ——社会事业 (no facts) ------------------------------------------------------
g.neg("神舟十号遨游太空", "十号", "spacecraft name 神舟十号 (Shenzhou-10), not a quantity (as "
      "神舟八号 in wr_china_2012)")
g.neg("嫦娥三号成功登月", "三号", "spacecraft name 嫦娥三号 (Chang'e-3), not a quantity")

# ---- lines 7-8 (source 9-10): bridging lines (no facts) ----------------------------------------
g.neg("过去一年，困难比预料", "过去一年", PERIOD_NOTE + " (the review year 2013; no number in "
      "its line)")
g.neg("一年来，我们坚持", "一年来", PERIOD_NOTE + " (the review year 2013; no number in its "
      "line)")
g.neg("采取一系列既利当前", "一系列", "quantifier 一系列")

# ---- line 9 (source 11): 一是 -----------------------------------------------------------------------
g.neg("一是着力深化改革开放", "一是", MARKER_NOTE + " (一是 … 三是)")
g.neg("宏观调控抉择两难", "两难", "idiom 两难 'dilemma', not a quantity")

# ---- line 10 (source 12): 简政放权 -----------------------------------------------------------------
g.neg("开门第一件大事", "第一件", "ordinal 第一件(大事) 'the first task', a figure of speech, not a "
      "rank or count")
gov("下放了416项行政审批", "416项", value=416, unit="count", kind="count", classifier="项",
    metric="取消和下放的行政审批等事项",
    metric_alts=["行政审批事项", "取消和下放行政审批事项", "取消和下放的行政审批事项",
                 "行政审批等事项", "取消和下放行政审批等事项", "取消和下放的行政审批等事项数量",
                 "行政审批事项数量"],
    **FLOW,
    note="the State Council's own act (分批取消和下放) in its first year; the predicate "
         "defining the set is in the metric; " + GOV_NOTE + "; " + INHERIT_NOTE)
gov("行政事业性收费348项", "348项", value=348, unit="count", kind="count", classifier="项",
    metric="取消和免征的行政事业性收费",
    metric_alts=["行政事业性收费", "取消和免征行政事业性收费", "取消和免征的行政事业性收费项目",
                 "行政事业性收费项目", "取消和免征行政事业性收费项目数量"],
    **FLOW, note="the predicate defining the set is in the metric; " + GOV_NOTE)
gov("减轻企业负担1500多亿元", "1500多亿元", value=1500e8, unit="CNY", kind="amount",
    bound="gt", metric="减轻企业负担",
    metric_alts=["企业负担减轻", "减轻企业负担金额", "减负", "企业减负", "为企业减负"],
    **FLOW,
    note="多 inside the span → gt; the burden taken off firms by the 营改增 extension and the "
         "fee cuts in 2013; " + GOV_NOTE)
fact("新注册企业增长27.6%", "27.6%", value=27.6, unit="%", kind="growth", metric="新注册企业",
     metric_alts=["全国新注册企业", "新注册企业数量", "新登记注册企业", "新登记企业",
                  "新注册企业数"],
     comparison="yoy", **FLOW)
PRIV = ["民间投资占比", "民间投资占固定资产投资比重", "民间投资占固定资产投资的比重",
        "民间投资占全社会固定资产投资比重", "民间投资"]
fact("民间投资比重上升到63%", "63%", value=63, unit="%", kind="share", metric="民间投资比重",
     metric_alts=PRIV, **FLOW,
     note="上升到 = the level reached; a share of the year's investment (a flow) → the year")

# ---- line 11 (source 13): opening up ----------------------------------------------------------------
g.neg("21世纪海上丝绸之路", "21世纪", "part of the initiative name 21世纪海上丝绸之路 (the "
      "21st-Century Maritime Silk Road), not a quantity")
g.neg("光伏“双反”", "双反", LABEL_NOTE + " (“双反” = anti-dumping and countervailing "
      "investigations), not a count")
fact("出境旅游近亿人次", "亿人次", value=1e8, unit="count", kind="count", bound="approx",
     classifier="人次", metric="出境旅游",
     metric_alts=["出境旅游人次", "出境旅游人数", "出境游人次", "出境旅游人次数", "出境游"],
     **FLOW,
     note="近 → approx (outside the span, as 近1900万门 / README §1); 亿 alone = 1e8; "
          + INHERIT_NOTE)

# ---- line 12 (source 14): 二是 (no facts) -------------------------------------------------------------
g.neg("二是创新宏观调控", "二是", MARKER_NOTE)

# ---- line 13 (source 15): macro policy ----------------------------------------------------------------
g.neg("去年上半年，出口", "去年上半年", PERIOD_NOTE + " (H1 2013; governs no number: 负增长 and "
      "异常升高 state none)")
g.neg("财政收入一度出现", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
g.neg("拆放利率一度异常", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
g.neg("关键一招", "一招", "idiom 一招 '(a key) move', not a quantity")
g.neg("去年财政赤字", "去年", PERIOD_NOTE + " (2013; replaces 去年上半年 and governs M2)")
g.neg("广义货币M2增长", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2018)")
M2 = ["M2", "广义货币供应量", "广义货币M2", "M2余额", "广义货币余额", "货币供应量", "M2增速"]
fact("M2增长13.6%", "13.6%", value=13.6, unit="%", kind="growth", metric="广义货币",
     metric_alts=M2, comparison="yoy",
     period=P("去年", "2013-01-01", "2013-12-31"),
     period_alts=[P("去年", "2013-12-31", "2013-12-31")],
     note="去年 = 2013 governs; the growth of a balance over 2013 (year-end on year-end): the "
          "year as written (as the change of a stock over a year in wr_china_2012), the "
          "year-end instant as alt; 符合调控要求 after it states no number")

# ---- line 14 (source 16): stock and flow of funds -----------------------------------------------------
fact("一般性支出压减5%", "5%", value=-5, unit="%", kind="growth",
     metric="中央党政机关和事业单位一般性支出",
     metric_alts=["一般性支出", "中央党政机关和事业单位一般性支出压减", "一般性支出压减",
                  "中央党政机关一般性支出", "中央党政机关和事业单位一般性支出压减比例"],
     subject_alts=GOV + CN + ["中央党政机关和事业单位", "中央党政机关"], comparison="yoy",
     **FLOW,
     note="压减 X% = a relative cut of the spending → growth, negative (as 压减 → signed in "
          "nw_cctv_20210314_shandong_2021); the central bodies' own spending → 中国, the "
          "bodies and the central government as alts; " + INHERIT_NOTE)
fact("600多万户企业受益", "600多万户", value=600e4, unit="count", kind="count", bound="gt",
     classifier="户", metric="受益小微企业",
     metric_alts=["受益企业", "税收优惠受益企业", "小微企业税收优惠受益企业", "企业",
                  "受益企业数量", "享受税收优惠的小微企业", "小微企业"],
     **FLOW,
     note="多 inside the span → gt; the small firms benefiting from the tax relief of 2013; "
          + INHERIT_NOTE)

# ---- line 15 (source 17): 三是 (no facts) -------------------------------------------------------------
g.neg("三是注重调整经济结构", "三是", MARKER_NOTE)

# ---- line 16 (source 18): agriculture ------------------------------------------------------------------
fact("全面完成1.5万座小型水库", "1.5万座", value=15000, unit="count", kind="count",
     classifier="座", metric="小型水库除险加固",
     metric_alts=["除险加固小型水库", "小型水库", "完成小型水库除险加固", "小型水库除险加固数量",
                  "水库除险加固"],
     **FLOW,
     note="the reservoirs whose reinforcement was completed (全面完成) in 2013; "
          + INHERIT_NOTE)
fact("新解决农村6300多万人", "6300多万人", value=6300e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="解决饮水安全问题的农村人口",
     metric_alts=["农村饮水安全", "农村人口", "农村饮水安全受益人口", "解决农村饮水安全问题",
                  "新解决饮水安全问题的农村人口", "饮水安全问题得到解决的农村人口"],
     **FLOW,
     note="多 inside the span → gt; the predicate (饮水安全问题 solved) defines the counted "
          "set → in the metric (as wr_china_2012)")
fact("森林覆盖率上升到21.6%", "21.6%", value=21.6, unit="%", kind="share",
     metric="森林覆盖率", metric_alts=["全国森林覆盖率", "森林覆盖"], **STOCK,
     note="a rate of a stock → share; 上升到 = the level reached; " + STOCK_NOTE)

# ---- line 17 (source 19): industry ------------------------------------------------------------------
g.neg("第四代移动通信", "第四代", "technology generation label (4G), not a rank (as 第三代 in "
      "wr_china_2007)")
fact("能源消耗强度下降3.7%", "3.7%", value=-3.7, unit="%", kind="growth",
     metric="能源消耗强度",
     metric_alts=["能耗强度", "单位国内生产总值能耗", "单位GDP能耗", "单位国内生产总值能源消耗"],
     comparison="yoy", **FLOW, note="下降 → negative")
g.neg("二氧化硫、化学需氧量", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a "
      "quantity (as wr_china_2013)")
EMIT_NOTE = "分别 list in order: 二氧化硫 → 3.5%, 化学需氧量 → 2.9% (排放量 shared); 下降 → negative"
fact("分别下降3.5%", "3.5%", value=-3.5, unit="%", kind="growth", metric="二氧化硫排放量",
     metric_alts=["二氧化硫排放", "二氧化硫", "二氧化硫排放总量", "SO2排放量"],
     comparison="yoy", **FLOW, note=EMIT_NOTE)
fact("3.5%、2.9%", "2.9%", value=-2.9, unit="%", kind="growth", metric="化学需氧量排放量",
     metric_alts=["化学需氧量排放", "化学需氧量", "化学需氧量排放总量", "COD排放量"],
     comparison="yoy", **FLOW, note=EMIT_NOTE)

# ---- line 18 (source 20): infrastructure --------------------------------------------------------------
g.neg("东线一期工程", "一期", "phase label 一期 (README §2), not a quantity")
g.neg("中线一期主体工程", "一期", "phase label 一期 (README §2), not a quantity")
fact("发电量比重达到22.3%", "22.3%", value=22.3, unit="%", kind="share",
     metric="非化石能源发电量比重",
     metric_alts=["非化石能源发电量占比", "非化石能源发电比重", "非化石能源发电量占总发电量比重",
                  "非化石能源发电量占全部发电量比重"],
     **FLOW, note="达到 → eq; a share of the year's generation (a flow) → the year")
fact("运营里程均超过10万公里", "10万公里", value=1e8, unit="m", kind="amount", bound="gt",
     metric="铁路、高速公路运营里程",
     metric_alts=["铁路运营里程", "高速公路运营里程", "铁路和高速公路运营里程", "运营里程",
                  "铁路营业里程", "高速公路通车里程", "铁路、高速公路运营里程均"],
     **STOCK,
     note="one quantity mention over two networks (均超过) → one fact, each network as metric "
          "alt (as 能耗、水耗均下降 in wr_china_2018); 超过 → gt; 10万公里 = 1e8 m; network "
          "length in service (a stock): " + STOCK_NOTE)
HSR = ["高铁运营里程", "高速铁路营业里程", "高速铁路里程", "高铁里程"]
fact("运营里程达到1.1万公里", "1.1万公里", value=1.1e7, unit="m", kind="amount",
     metric="高速铁路运营里程", metric_alts=HSR, **STOCK,
     note="其中: part of the railway network; 达到 → eq; 1.1万公里 = 1.1e7 m; " + STOCK_NOTE)
fact("居世界首位", "首位", value=1, unit="rank", kind="rank", scope="世界",
     metric="高速铁路运营里程", metric_alts=HSR + ["高速铁路运营里程规模", "高铁规模"],
     **STOCK,
     note="首位 → rank 1 (SPEC §3), scope 世界; the position of a stock (the network length "
          "at the end of 2013), as 跃居全球首位 in wr_china_2013: " + STOCK_NOTE)

# ---- line 19 (source 21): innovation ------------------------------------------------------------------
RD = ["研发支出占国内生产总值比重", "全社会研发支出占GDP比重", "研发投入强度", "研发经费投入强度",
      "全社会研发经费支出占国内生产总值比重", "研发支出占GDP比重", "全社会研发支出占比"]
fact("比重超过2%", "2%", value=2, unit="%", kind="share", bound="gt",
     metric="全社会研发支出占国内生产总值比重", metric_alts=RD, **FLOW,
     note="超过 → gt (outside the span); a ratio of two flows of the year → the year")
g.neg("一批关键技术", "一批", "quantifier 一批")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、2013年工作回顾, the opening line, the four headline bullets of 2013 (——经济运行稳中向好 "
    "… ——社会事业蓬勃发展), the bridging lines, and review items 一是 (reform, opening up), 二是 "
    "(macro policy) and 三是 (agriculture, industry, infrastructure, innovation). Line 22 "
    "would push the run to 2,501 characters. The 2014 主要预期目标 (source line 39) cannot join "
    "the headline bullets (lines 5-39 hold 4,787 characters), so no contiguous run of at most 2,500 characters "
    "holds both: the excerpt is the number-dense review with its headline figures. Title: the "
    "corpus meta title (the source has no title line), title_in_text=False. Date: "
    "2014-03-05, the corpus meta date: the opening day of the 2nd session of the 12th NPC, on "
    "which Premier Li Keqiang delivered the report; the Wikisource text has no dateline; "
    "nothing in the excerpt contradicts it (2013 full-year results; 去年 = 2013). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own acts "
    "(财政收入, 416项, 348项, 1500多亿元) add 中央政府/国务院/中央财政; the 5% spending cut adds "
    "中央党政机关和事业单位; profits add 规模以上工业企业. Periods: the heading 2013年 governs the "
    "section (period text 2013年, null as alt); 去年上半年 governs no number, 去年 governs M2 "
    "(2013, year-end instant as alt); stocks and rates of stocks (城镇登记失业率, 森林覆盖率, "
    "铁路/高速公路/高速铁路 运营里程, 居世界首位) → instant 2013-12-31 with the year and null as "
    "alts; shares of flows (服务业增加值比重, 民间投资比重, 非化石能源发电量比重, 研发支出比重) → "
    "the year; 十连增 → 2013 with the streak 2004-2013 as alt. Modality: actual throughout "
    "(居民消费价格涨幅控制在2.6% is the outturn). Judgement calls: 十连增 → count 10 with "
    "classifier 连增 (as 八连增 / 十二连增); 城镇登记失业率 → share at year end (instant); "
    "铁路、高速公路运营里程均超过10万公里 → one fact with a joint metric (each network as alt); "
    "近亿人次 → count 1e8 approx (span 亿人次); 一般性支出压减5% → growth −5; 农村贫困人口减少 → "
    "count −1.65e7 (增量); M2 growth → the year. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 (统一登记), 一般 (一般性支出 ×2), 清单 (负面清单).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
