"""Gold annotations for wr_china_1995 (1995年中华人民共和国国务院政府工作报告), lines 3-13 of
shared/texts/work_report/wr_china_1995.txt.

The excerpt corpora/wr_china_1995.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、１９９４年国内工作的回顾, its opening
line (过去的一年，全国人民按照…), the paragraphs on reform (经济体制改革迈出决定性步伐, no
figures), the economy (国民经济继续快速增长: GDP, agriculture, grain, industry, transport,
investment, new capacity, retail sales, trade, reserves, foreign investment), science and
education (科技成果２６０００多项), living standards (incomes, savings, housing), and the
problems (物价上涨幅度过高: the 10% ceiling set a year before and the 21.7% outturn) with its
four causes 一是…四是.  Lines 3-13 hold 2,228 characters; the next line (14, agriculture,
SOEs and the closing of the review, with few figures) would make 2,616.  The 1995 targets
(source lines 18 and 21: 经济增长速度…定为百分之八至九, the price ceiling) lie after lines
14-17: lines 3-18 hold 3,260 characters and even lines 6-18 (from the headline figures to
the growth target) 2,812, so no run of at most 2,500 characters holds both: the excerpt is
the review only.

This report writes its Arabic numerals in full-width digits (４３８００亿元, １．４倍, with a
full-width decimal point ．) and its percentages in Chinese numerals (百分之十一点八,
十三个百分点); the spans keep them as written (README §1).  Facts and negatives are written
by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_1995.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_1995"
PLACE = "中国"
REF = "1995-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 13                     # 1-based, inclusive, whole lines
TITLE = "1995年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、１９９４年国内工作的回顾", ends="国家必须进行必要的调节和管理。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FW = "full-width digits (and full-width ．) kept in the span as written (README §1)"
CNUM = "percentage written in Chinese numerals (百分之N → N %), span as written"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央政府", "国务院", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1995-03-05; 去年 = 1994, 今年 = 1995) ---------------------------
# The heading 一、１９９４年国内工作的回顾 (line 1 of the excerpt) names the review year and
# governs the section (SPEC §4, as wr_china_2007 / wr_china_2012): numbers whose line states
# no period before them take 1994 (period text １９９４年 of the heading) with the null
# reading in period_alts.  过去的一年 (line 2) stands in a line without numbers.  In line 4
# (国民经济…) the first figures (GDP … 固定资产投资) precede any period word and take the
# heading; 全年 (全年新增大中型发电机组容量…) governs the rest of that line, and is restated
# before 进出口总额.  In the from/to pair 由上年的百分之五十八点六回落到百分之二十七点八 the
# 上年 (1993) governs its own value only (SPEC §4); the second value is 1994.  Line 6 (城乡
# 人民生活…) takes the heading until its own 全年 (新建住宅/住房).  Line 7 (问题和困难): 去年
# (= 1994, when last year's report set the ceiling) and then 全年 (of that year, 1994)
# govern the 10% ceiling, the 21.7% outturn and the food contribution.  Stocks
# (外汇储备 达到) are the instant 1994-12-31, the literal year and null as alts.
Y94 = P("１９９４年", "1994-01-01", "1994-12-31")
Y94_NULL = P("１９９４年", None, None)
FULL = P("全年", "1994-01-01", "1994-12-31")
FULL_NULL = P("全年", None, None)
FULL_END = P("全年", "1994-12-31", "1994-12-31")
FLOW = dict(period=Y94, period_alts=[Y94_NULL])
YEAR = dict(period=FULL, period_alts=[FULL_NULL])
INHERIT_NOTE = ("no period before it in its line → the section year 1994 (heading 一、"
                "１９９４年国内工作的回顾), null in period_alts")
FULL_NOTE = "全年 (= 1994, the review year) stated earlier in the line governs"

# ---- line 1 (source 3): heading -------------------------------------------------------------
g.neg("一、１９９４年国内", "一、", MARKER_NOTE)
g.neg("一、１９９４年国内", "１９９４年", PERIOD_NOTE + " (section heading: the review year "
      "1994, used as the period text of the review facts without a period of their own; "
      + FW + ")")

# ---- line 2 (source 4): opening, no facts ----------------------------------------------------
g.neg("过去的一年，全国人民", "过去的一年", PERIOD_NOTE + " (the review year 1994; no number "
      "in its line)")

# ---- line 3 (source 5): 经济体制改革 — no numeral but lexicalized 统一 / 一些 -------------------

# ---- line 4 (source 6): 国民经济继续快速增长 --------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到４３８００亿元", "４３８００亿元", value=43800e8, unit="CNY",
     kind="amount", metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="达到 → eq; ４３８００亿元 = 4.38e12 CNY; " + FW + "; " + INHERIT_NOTE)
fact("比上年增长百分之十一点八", "百分之十一点八", value=11.8, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长", "经济增速", "国内生产总值增长"],
     comparison="yoy", **FLOW,
     note="按可比价格计算 = in real terms; 比上年 → yoy; " + CNUM)
AGR = ["农业", "农业增加值增速", "农业增加值增长"]
fact("农业增加值增长百分之三点五", "百分之三点五", value=3.5, unit="%", kind="growth",
     metric="农业增加值", metric_alts=AGR, comparison="yoy", **FLOW, note=CNUM)
GRAIN = ["粮食产量", "粮食", "粮食总产"]
fact("粮食总产量４４４５亿公斤", "４４４５亿公斤", value=4.445e8, unit="t", kind="amount",
     metric="粮食总产量", metric_alts=GRAIN, **FLOW,
     note="４４４５亿公斤 = 4.445e11 kg × 0.001 t = 4.445e8 t (SPEC §3 公斤); " + FW)
fact("比上年减产１２０亿公斤", "１２０亿公斤", value=-1.2e7, unit="t", kind="amount",
     metric="粮食总产量增量",
     metric_alts=GRAIN + ["粮食总产量", "粮食减产", "粮食减产量", "粮食产量增量",
                          "粮食总产量减产", "粮食总产量比上年减产", "粮食总产量减少"],
     **FLOW,
     note="absolute change of a level (减产 → negative, metric <level>增量, SPEC §2); the basis "
          "比上年 is no comparison of an amount fact (README §6); １２０亿公斤 = 1.2e7 t")
IND = ["工业增加值增速", "全国工业增加值", "工业", "工业增加值增长"]
fact("全国工业增加值增长百分之十八", "百分之十八", value=18, unit="%", kind="growth",
     metric="工业增加值", metric_alts=IND, comparison="yoy", **FLOW,
     note="全国 → 中国 (SPEC §2 place resolution); " + CNUM)
TRN = ["交通运输业", "交通运输增加值", "交通运输业增加值增速"]
fact("交通运输业增加值增长百分之六", "百分之六", value=6, unit="%", kind="growth",
     metric="交通运输业增加值", metric_alts=TRN, comparison="yoy", **FLOW, note=CNUM)
FAI = ["固定资产投资增长幅度", "固定资产投资增速", "固定资产投资增幅", "全社会固定资产投资",
       "投资", "投资增长"]
fact("由上年的百分之五十八点六", "百分之五十八点六", value=58.6, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=FAI, comparison="yoy",
     period=P("上年", "1993-01-01", "1993-12-31"),
     note="start of a from/to pair (由上年的X回落到Y): the period inside the pair (上年 = 1993, "
          "the year before the review year) governs only its own value (SPEC §4); 增长幅度 "
          "= the growth rate of investment; " + CNUM)
fact("回落到百分之二十七点八", "百分之二十七点八", value=27.8, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=FAI, comparison="yoy", **FLOW,
     note="end of the pair: the growth rate of 1994 (回落 names the slowdown, the value is "
          "the rate itself, positive); " + INHERIT_NOTE)
g.neg("“三北”防护林", "三北", LABEL_NOTE + " (“三北”防护林, the Three-North shelterbelt "
      "programme, as “三北”工程 in wr_china_2024)")
g.neg("防护林二期工程", "二期", "phase label 二期 (the second phase of the programme, README §2 "
      "一期, as 天然林保护二期工程 in wr_china_2012), not a quantity")
fact("提前一年建成", "一年", value=1, unit="year", kind="amount",
     metric="“三北”防护林二期工程提前建成时间",
     metric_alts=["三北防护林二期工程提前建成时间", "提前建成", "提前时间",
                  "“三北”防护林二期工程提前", "防护林二期工程提前建成时间", "提前建成时间"],
     subject_alts=CN + ["“三北”防护林二期工程", "三北防护林二期工程"], **FLOW,
     note="judgement call: 提前N年 'N year(s) ahead of schedule' read as a duration fact (unit "
          "year, kind amount), as 提前一年实现 in wr_shanxi_2025; the phase was completed in "
          "1994 → " + INHERIT_NOTE)
g.neg("京九铁路全线", "京九", "railway name 京九 (Beijing-Kowloon), not a quantity")
g.neg("长江三峡工程", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity")
NEW_NOTE = ("全年新增 distributes over the list (机组容量, 铁路, 公路, 港口, 交换机): the elided "
            "head 新增 is restored in the metric (README §3), the 增量 reading in the alts; "
            + FULL_NOTE)
fact("发电机组容量１５００多万千瓦", "１５００多万千瓦", value=1.5e10, unit="W",
     kind="amount", bound="gt", metric="新增大中型发电机组容量",
     metric_alts=["大中型发电机组容量", "新增发电机组容量", "新增发电装机容量",
                  "大中型发电机组容量增量", "发电机组容量增量", "新增大中型发电机组",
                  "新增发电装机"],
     **YEAR,
     note="多 inside the span → gt; １５００多万千瓦 = 1.5e7 kW = 1.5e10 W; " + NEW_NOTE)
fact("铁路新线和复线３３００多公里", "３３００多公里", value=3300e3, unit="m", kind="amount",
     bound="gt", metric="新增铁路新线和复线",
     metric_alts=["铁路新线和复线", "新增铁路新线和复线里程", "铁路新线和复线里程",
                  "铁路新线和复线里程增量", "新增铁路", "新增铁路里程", "铁路里程增量"],
     **YEAR, note="多 inside the span → gt; 3.3e6 m; " + NEW_NOTE)
fact("高等级公路１９００公里", "１９００公里", value=1900e3, unit="m", kind="amount",
     metric="新增高等级公路",
     metric_alts=["高等级公路", "高等级公路里程", "新增高等级公路里程", "高等级公路里程增量",
                  "新增公路"],
     **YEAR, note="1.9e6 m; " + NEW_NOTE)
fact("港口吞吐能力近２６００万吨", "２６００万吨", value=2600e4, unit="t", kind="amount",
     bound="approx", metric="新增港口吞吐能力",
     metric_alts=["港口吞吐能力", "港口吞吐能力增量", "新增港口年吞吐能力", "港口年吞吐能力",
                  "新增港口吞吐能力规模"],
     **YEAR,
     note="近 → approx (outside the span); a yearly handling capacity: base unit t, the rate "
          "in the metric (README §3 capacities, alt 年吞吐能力); " + NEW_NOTE)
fact("电话交换机近１９００万门", "１９００万门", value=1900e4, unit="count", kind="count",
     bound="approx", classifier="门", metric="新增电话交换机容量",
     metric_alts=["电话交换机", "新增电话交换机", "电话交换机容量", "电话交换机容量增量",
                  "新增电话交换机门数", "电话交换机门数", "新增局用交换机容量"],
     **YEAR,
     note="近 → approx (outside the span); 门 counts the lines the exchanges carry → count, "
          "classifier 门 (as 1.1亿门 in wr_china_1998, 617万门 in cm_qiandongnan_2016_c); "
          + NEW_NOTE)
RET = ["社会商品零售额", "社会消费品零售总额", "零售总额", "社会商品零售总额实际增长",
       "社会消费品零售额"]
fact("扣除价格因素增长百分之七点八", "百分之七点八", value=7.8, unit="%", kind="growth",
     metric="社会商品零售总额", metric_alts=RET, comparison="yoy", **YEAR,
     note="扣除价格因素 = in real terms; 全年 (earlier in the line) governs; " + CNUM)
TRADE = ["进出口", "外贸进出口总额", "对外贸易总额", "进出口贸易总额", "货物进出口总额",
         "进出口额", "对外贸易"]
fact("全年进出口总额２３６７亿美元", "２３６７亿美元", value=2367e8, unit="USD", kind="amount",
     metric="进出口总额", metric_alts=TRADE, **YEAR,
     note="全年 restated; 亿美元 → USD; " + FW)
fact("增长百分之二十点九", "百分之二十点九", value=20.9, unit="%", kind="growth",
     metric="进出口总额", metric_alts=TRADE, comparison="yoy", **YEAR,
     note="出口略大于进口 after it states no number; " + CNUM)
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
fact("外汇储备达到５１６亿美元", "５１６亿美元", value=516e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"],
     period=FULL_END, period_alts=[FULL, FULL_NULL],
     note="a stock (储备 达到) under the governing 全年 → instant 1994-12-31 (stock rule), the "
          "literal year and null as alts; 国家 → 中国")
fact("增长１．４倍", "１．４倍", value=1.4, unit="times", kind="ratio",
     metric="国家外汇储备",
     metric_alts=FX + ["国家外汇储备增长倍数", "国家外汇储备增长", "外汇储备增长倍数"],
     subject_alts=CN + ["国家"], period=FULL, period_alts=[FULL_END, FULL_NULL],
     note="增长N倍 → kind ratio, unit times, value as written (as 增长1倍多 in wr_china_2001), "
          "comparison null (ratio facts carry none); the growth of the stock over 1994: the "
          "year (as the increase of a stock in wr_china_2012), the instant and null as alts; "
          "full-width ．")
FDI = ["外商直接投资", "实际利用外商直接投资", "实际使用外商直接投资", "实际使用外资",
       "实际利用外资", "外商直接投资实际使用金额", "外商直接投资实际到位金额"]
fact("实际金额达到３３０多亿美元", "３３０多亿美元", value=330e8, unit="USD", kind="amount",
     bound="gt", metric="外商直接投资实际金额", metric_alts=FDI, **YEAR,
     note="多 inside the span → gt; the flow of the year (全年 governs); " + FW)

# ---- line 5 (source 7): 科技、教育和各项社会事业 ----------------------------------------------
fact("取得重要科技成果２６０００多项", "２６０００多项", value=26000, unit="count", kind="count",
     bound="gt", classifier="项", metric="重要科技成果",
     metric_alts=["科技成果", "取得重要科技成果", "重要科技成果数量", "取得的重要科技成果"],
     **FLOW, note="多 inside the span → gt; " + FW + "; " + INHERIT_NOTE)
g.neg("两系法杂交水稻", "两系", "technology name 两系法 (two-line hybrid rice method), not a "
      "quantity")
g.neg("普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', as wr_china_2001)")

# ---- line 6 (source 8): 城乡人民生活 -------------------------------------------------------------
RUR = ["农民人均纯收入", "人均纯收入", "农村居民收入", "农村居民人均收入"]
URB = ["城镇居民收入", "城镇居民人均收入", "人均生活费收入", "城镇居民生活费收入",
       "城镇居民人均可支配收入"]
fact("纯收入达到１２２０元", "１２２０元", value=1220, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, **FLOW,
     note="达到 → eq; " + FW + "; " + INHERIT_NOTE)
fact("比上年增长百分之五", "百分之五", value=5, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **FLOW,
     note="扣除物价因素 = in real terms; 比上年 → yoy; " + CNUM)
fact("生活费收入达到３１７９元", "３１７９元", value=3179, unit="CNY", kind="amount",
     metric="城镇居民人均生活费收入", metric_alts=URB, **FLOW,
     note="人均生活费收入, the urban income indicator of the time (the later 人均可支配收入 as "
          "alt); " + FW)
fact("增长百分之八以上", "百分之八", value=8, unit="%", kind="growth", bound="ge",
     metric="城镇居民人均生活费收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="以上 → ge (outside the span); 扣除物价因素 = in real terms; " + CNUM)
SAV = ["居民储蓄存款", "新增居民储蓄存款", "居民储蓄存款新增", "居民储蓄存款余额增量",
       "居民储蓄存款增加", "城乡居民储蓄存款增量", "居民储蓄存款新增额"]
fact("存款新增６３００多亿元", "６３００多亿元", value=6300e8, unit="CNY", kind="amount",
     bound="gt", metric="居民储蓄存款增量", metric_alts=SAV,
     subject_alts=CN + ["居民", "城乡居民"],
     period=Y94, period_alts=[Y94_NULL, P("１９９４年", "1994-12-31", "1994-12-31")],
     note="多 inside the span → gt; 新增 of a balance = the absolute change over 1994 (SPEC "
          "§2 <level>增量, as 新增4万多亿元 in wr_china_2016): the flow of the year (section "
          "frame), null and the year-end instant as alts")
fact("城镇新建住宅２亿平方米", "２亿平方米", value=2e8, unit="m2", kind="amount",
     metric="城镇新建住宅",
     metric_alts=["城镇新建住宅面积", "新建住宅", "城镇住宅竣工面积", "城镇新建住宅建筑面积",
                  "城镇新建住宅竣工面积"],
     **YEAR, note="全年 at the head of the sentence (= 1994) governs; " + FW)
fact("农村新建住房５．８亿平方米", "５．８亿平方米", value=5.8e8, unit="m2", kind="amount",
     metric="农村新建住房",
     metric_alts=["农村新建住房面积", "新建住房", "农村住房竣工面积", "农村新建住房建筑面积",
                  "农村新建住房竣工面积"],
     **YEAR, note=FULL_NOTE + "; full-width ．")
g.neg("每周五天半工作制", "五天半", LABEL_NOTE + " (judgement call: 五天半工作制 'the "
      "five-and-a-half-day week', the name of the working-time system introduced in 1994, "
      "treated like 九年义务教育 as a system label; a 5.5-day working week as a duration fact "
      "would be the alternative reading)")

# ---- line 7 (source 9): 问题和困难 — prices --------------------------------------------------------
g.neg("去年我在政府工作报告", "去年", PERIOD_NOTE + " (1994, when the previous report set the "
      "price ceiling; 全年 after it restates the year)")
RPI = ["商品零售物价上涨幅度", "商品零售物价涨幅", "商品零售价格", "商品零售价格涨幅",
       "零售物价", "零售物价涨幅", "物价涨幅", "物价上涨幅度", "商品零售价格指数"]
fact("控制在百分之十以内", "百分之十", value=10, unit="%", kind="growth", bound="le",
     modality="target", metric="商品零售物价", metric_alts=RPI, comparison="yoy", **YEAR,
     note="the ceiling set by last year's report (曾提出，要把…控制在…以内) → modality target, "
          "以内 → le (outside the span); 上涨幅度 = growth of the price level; 全年 = 1994 (the "
          "year of that report, 去年 = 1994); " + CNUM)
fact("涨幅仍然高达百分之二十一点七", "百分之二十一点七", value=21.7, unit="%", kind="growth",
     metric="商品零售物价", metric_alts=RPI, comparison="yoy", **YEAR,
     note="the outturn (actual); 高达 → eq (达 states the value); 全年 governs; " + CNUM)
fact("大约有十三个百分点左右", "十三个百分点", value=13, unit="pp", kind="change",
     bound="approx", metric="食品价格上涨因素",
     metric_alts=["食品价格上涨的因素", "食品价格", "食品价格上涨", "食品价格上涨影响",
                  "食品价格对商品零售物价涨幅的贡献", "食品价格上涨对物价涨幅的影响",
                  "食品价格上涨拉动", "食品价格上涨对商品零售物价上涨的影响"],
     comparison="yoy", **YEAR,
     note="其中: the part of the 21.7% retail-price rise due to food prices, in percentage "
          "points → change, pp (as 拉动…个百分点 in nw_21cbh_20210917_jiangsu_trade_2021m8); "
          "大约 / 左右 → approx (outside the span); comparison yoy (a part of the yoy rise); "
          "written in Chinese numerals")

# ---- lines 8-11 (source 10-13): the four causes ------------------------------------------------
g.neg("一是去年出台", "一是", MARKER_NOTE + " (一是 … 四是)")
g.neg("一是去年出台", "去年", PERIOD_NOTE + " (1994; no number follows in its line)")
g.neg("一定程度的上升", "一定", "vague quantifier 一定(程度) 'a certain degree', not a "
      "quantity")
g.neg("二是农业投入不足", "二是", MARKER_NOTE)
g.neg("去年又发生了", "去年", PERIOD_NOTE + " (1994; no number follows in its line)")
g.neg("三是连续几年", "三是", MARKER_NOTE)
g.neg("四是对市场和物价", "四是", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、１９９４年国内工作的回顾, the opening line 过去的一年…, the paragraphs on reform (no "
    "figures), the economy (GDP, agriculture, grain, industry, transport, investment, new "
    "capacity, retail sales, trade, reserves, FDI), science and education, living standards, "
    "and the problems paragraph on prices with its four causes (一是…四是). Line 14 would push "
    "the run to 2,616 characters; the 1995 targets (source lines 18, 21) cannot join the "
    "headline figures (lines 6-18 hold 2,812 characters, lines 3-18 3,260), so the excerpt "
    "is the review only. The report "
    "writes full-width digits (４３８００亿元, １．４倍) and Chinese-numeral percentages "
    "(百分之十一点八, 十三个百分点); spans keep them as written. Title: the corpus meta title "
    "(the source has no title line), title_in_text=False. Date: 1995-03-05, the corpus meta "
    "date: the opening day of the 3rd session of the 8th NPC, on which Premier Li Peng "
    "delivered the report; the Wikisource text has no dateline; nothing in the excerpt "
    "contradicts it (1994 full-year results; 去年 = 1994, 上年 = 1993). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国; 国家 for the reserves; 居民 for savings; the "
    "shelterbelt programme for 提前一年). Periods: the heading 一、１９９４年… governs the "
    "section: figures with no period before them in their line take 1994 (period text "
    "１９９４年, null as alt); 全年 in lines 4, 6 and 7 of the excerpt governs the rest of its "
    "line (period text 全年 = 1994, null as alt); 由上年的百分之五十八点六 → 上年 = 1993 for "
    "that value only (SPEC §4 from/to pair), 27.8% → 1994; 外汇储备达到516亿美元 → instant "
    "1994-12-31 (stock rule; the year and null as alts); its 增长1.4倍 and 居民储蓄存款新增 → "
    "the year (instant as alt). Modality: actual, except the 10% ceiling on retail prices set "
    "by the previous year's report (target, le). Judgement calls: 减产１２０亿公斤 → amount "
    "−1.2e7 t with metric 粮食总产量增量; 全年新增 distributed over the capacity list (metrics "
    "新增…); 近１９００万门 → count (classifier 门, approx); 增长１．４倍 → ratio 1.4 (as "
    "wr_china_2001); 提前一年 → 1-year duration (as wr_shanxi_2025); 十三个百分点左右 (food's "
    "share of the price rise) → change 13 pp approx; 高达 → eq; 人均生活费收入 kept as the "
    "metric (可支配收入 as alt); 五天半工作制 and 九年义务教育 → label negatives; 两系法 → "
    "technology-name negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一, 一些, 进一步. Known false alarms of the shared "
    "check_gold.py: it reads 百分之N as 100 (百分 taken as the number) and a full-width decimal "
    "point ． as the end of the number (１．４倍 → 1, ５．８亿平方米 → 5), as in wr_china_1988; "
    "and it flags 回落到百分之二十七点八 as a sign mismatch although 27.8 is the growth rate "
    "itself.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
