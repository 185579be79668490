"""Gold annotations for wr_china_1997_b (1997年中华人民共和国国务院政府工作报告, the review of
1996), lines 3-8 of shared/texts/work_report/wr_china_1997.txt.

The excerpt corpora/wr_china_1997_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: the heading
一、１９９６年国内工作的回顾, its opening line (１９９６年是实施“九五”计划…的第一年) and the four
review paragraphs on the economy (prices, GDP, reserves, grain, steel, investment, new
capacity), reform and opening up (city cooperative banks, trade, tourism, FDI), science,
education and society (research results, compulsory education, illiteracy, vocational
schools), and living standards (incomes, retail sales, savings, jobs, housing, poverty).
wr_china_1997 annotates lines 58-64 (no overlap).

This report writes its Arabic numerals in full-width digits with a full-width decimal point
and percent sign (６７７００多亿元, １４．８％); the spans keep them as written (README §1).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1997_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_1997_b"
PLACE = "中国"
REF = "1997-03-01"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_1997.txt"
FIRST, LAST = 3, 8                      # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1997年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、１９９６年国内工作的回顾", ends="全年农村贫困人口减少７００万。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FW = "full-width digits (and full-width ．／％) kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1997-03-01; 去年 = 1996, 上年 = 1995, 今年 = 1997) -----------------
# The heading 一、１９９６年国内工作的回顾 (line 1 of the excerpt) names the review year and
# governs the section (SPEC §4, as wr_china_1995): numbers whose line states no period before
# them take 1996 (period text １９９６年 of the heading) with the null reading in period_alts.
# Line 2 (１９９６年是…) has no fact.  Line 3 (国民经济…) names 去年 in its second sentence
# (这是去年经济发展的…, 去年政府工作报告…) before any number; then 全年 (全年财政收入…) takes
# over for the rest of the line: both = 1996.  In the price sentence the from/to pair
# 从１４．８％降到１０％左右 quotes last year's report: the start value is the outturn of
# 1995 (the year before the review year; the mechanical 1996 as alt), the 10% the 1996
# ceiling (target), 实际回落到６．１％ the 1996 outturn.  Line 4 (reform, opening up) takes the
# heading until 去年是国有企业改革… (before the trade figures); the from/to pair 由３５个增加到
# １００个 (cities with cooperative banks, a stock) → instants 1995-12-31 and 1996-12-31.  Line
# 5 (science, education) takes the heading, then 到去年底 (instant 1996-12-31) and 当年 (=
# 1996).  Line 6 (living standards) takes the heading until 年末 (savings balance, instant
# 1996-12-31); flows after 年末 (the increase of savings, new jobs, new housing) take the
# year with the literal 年末 instant as alt (as cm_qiandongnan_2023); 全年 (poverty) closes
# the line.  Stocks (外汇储备, vocational-school enrolment share, training institutions) are
# instants at the end of their governing period, the year and null as alts.
Y96 = P("１９９６年", "1996-01-01", "1996-12-31")
Y96_NULL = P("１９９６年", None, None)
Y96_END = P("１９９６年", "1996-12-31", "1996-12-31")
LY = P("去年", "1996-01-01", "1996-12-31")
LY_NULL = P("去年", None, None)
FULL = P("全年", "1996-01-01", "1996-12-31")
FULL_NULL = P("全年", None, None)
FULL_END = P("全年", "1996-12-31", "1996-12-31")
DANG = P("当年", "1996-01-01", "1996-12-31")
DANG_NULL = P("当年", None, None)
DANG_END = P("当年", "1996-12-31", "1996-12-31")
YE = P("年末", "1996-12-31", "1996-12-31")
YE_YEAR = P("年末", "1996-01-01", "1996-12-31")
YE_NULL = P("年末", None, None)
HEAD = dict(period=Y96, period_alts=[Y96_NULL])
LAST_YEAR = dict(period=LY, period_alts=[LY_NULL])
YEAR = dict(period=FULL, period_alts=[FULL_NULL])
YEAR_STOCK = dict(period=FULL_END, period_alts=[FULL, FULL_NULL])
DANG_FLOW = dict(period=DANG, period_alts=[DANG_NULL])
DANG_STOCK = dict(period=DANG_END, period_alts=[DANG, DANG_NULL])
AFTER_YE = dict(period=YE_YEAR, period_alts=[YE, YE_NULL])
HEAD_NOTE = ("no period before it in its line → the section year 1996 (heading 一、"
             "１９９６年国内工作的回顾), null in period_alts")
LY_NOTE = "去年 (= 1996) stated earlier in the line governs"
FULL_NOTE = "全年 (= 1996, the review year) stated earlier in the line governs"
STOCK_NOTE = ("stock under the governing period: instant 1996-12-31 (stock rule); the "
              "literal year and null in period_alts")
AFTER_YE_NOTE = ("a flow of the year written after 年末 in the same line: the year 1996, the "
                 "literal 年末 instant and null in period_alts (as cm_qiandongnan_2023)")

# ---- line 1 (source 3): heading ---------------------------------------------------------------
g.neg("一、１９９６年国内", "一、", MARKER_NOTE)
g.neg("一、１９９６年国内", "１９９６年", PERIOD_NOTE + " (section heading: the review year "
      "1996, used as the period text of the review facts without a period of their own; "
      + FW + ")")

# ---- line 2 (source 4): opening, no facts ----------------------------------------------------
g.neg("１９９６年是实施", "１９９６年", PERIOD_NOTE + " (the review year 1996; no number in its "
      "line)")
g.neg("实施“九五”计划", "九五", "plan label 九五 (the 9th Five-Year Plan, SPEC §1 十四五)")
g.neg("和２０１０年远景目标纲要", "２０１０年", "part of a document name (2010年远景目标纲要, "
      "the long-range objectives to 2010, as wr_china_1998), not a quantity")
g.neg("纲要的第一年", "第一年", "ordinal 第一年 'the first year' (of the plan period, = 1996), "
      "not a rank or duration fact")
g.neg("开了一个好头", "一个", "indefinite article 一个 (idiom 开了一个好头), not a quantity")

# ---- line 3 (source 5): economy ----------------------------------------------------------------
g.neg("去年经济发展的一个", "一个", "indefinite article 一个 (一个突出特点)")
RPI = ["物价涨幅", "物价上涨幅度", "商品零售价格", "商品零售物价", "零售物价", "商品零售价格涨幅",
       "商品零售价格指数", "零售物价涨幅", "物价上涨"]
PRICE_NOTE = ("涨幅 = growth of the price level (as 商品零售价格涨幅 in wr_china_1998); the "
              "surface 物价 is the 1990s retail-price headline")
fact("从１４．８％降到", "１４．８％", value=14.8, unit="%", kind="growth", metric="物价",
     metric_alts=RPI, comparison="yoy",
     period=P("去年", "1995-01-01", "1995-12-31"), period_alts=[LY, LY_NULL],
     note="start of a from/to pair (从X降到Y) quoted from last year's report: X is the outturn "
          "of 1995, the year before the review year (actual; judgement call: the period "
          "follows the meaning, the mechanical 去年 = 1996 and null as alts); " + PRICE_NOTE
          + "; " + FW)
fact("降到１０％左右", "１０％", value=10, unit="%", kind="growth", bound="approx",
     modality="target", metric="物价", metric_alts=RPI, comparison="yoy", **LAST_YEAR,
     note="the 1996 ceiling set by last year's report (去年政府工作报告提出…要…降到) → modality "
          "target; 左右 → approx (outside the span); " + LY_NOTE + "; " + PRICE_NOTE)
fact("实际回落到６．１％", "６．１％", value=6.1, unit="%", kind="growth", metric="物价",
     metric_alts=RPI, comparison="yoy", **LAST_YEAR,
     note="the 1996 outturn (实际回落到 → actual, eq; the value is the rate itself, positive); "
          + LY_NOTE + "; " + PRICE_NOTE)
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到６７７００多亿元", "６７７００多亿元", value=67700e8, unit="CNY",
     kind="amount", bound="gt", metric="国内生产总值", metric_alts=GDP, **LAST_YEAR,
     note="多 inside the span → gt; 67700亿元 = 6.77e12 CNY; " + LY_NOTE + "; " + FW)
fact("比上年增长９．７％", "９．７％", value=9.7, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长", "经济增速", "国内生产总值增长"],
     comparison="yoy", **LAST_YEAR, note="按可比价格计算 = in real terms; 比上年 → yoy")
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
fact("外汇储备超过１０００亿美元", "１０００亿美元", value=1000e8, unit="USD", kind="amount",
     bound="gt", metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"],
     **YEAR_STOCK,
     note="超过 → gt (outside the span); 亿美元 → USD; the reserves (a stock) under 全年 (全年"
          "财政收入… earlier in the line) → " + STOCK_NOTE + "; 国家 → 中国")
GRAIN = ["粮食产量", "粮食", "粮食总产", "全国粮食总产量"]
fact("粮食总产量在４８００亿公斤以上", "４８００亿公斤", value=4.8e8, unit="t", kind="amount",
     bound="ge", metric="粮食总产量", metric_alts=GRAIN, **YEAR,
     note="在…以上 → ge (以上 outside the span); ４８００亿公斤 = 4.8e11 kg × 0.001 t = 4.8e8 t "
          "(SPEC §3 公斤); the 1996 harvest; " + FULL_NOTE)
fact("钢产量突破１亿吨", "１亿吨", value=1e8, unit="t", kind="amount", bound="gt",
     metric="钢产量", metric_alts=["钢", "钢铁产量", "粗钢产量"], **YEAR,
     note="突破 → gt (outside the span); annual output of 1996; " + FULL_NOTE)
FAI = ["固定资产投资", "全社会固定资产投资额", "全社会固定资产投资完成额", "投资"]
fact("全社会固定资产投资２３６００多亿元", "２３６００多亿元", value=23600e8, unit="CNY",
     kind="amount", bound="gt", metric="全社会固定资产投资", metric_alts=FAI, **YEAR,
     note="多 inside the span → gt; 2.36e12 CNY; " + FULL_NOTE)
fact("比上年增长１８．２％", "１８．２％", value=18.2, unit="%", kind="growth",
     metric="全社会固定资产投资", metric_alts=FAI + ["全社会固定资产投资增速"],
     comparison="yoy", **YEAR, note="比上年 → yoy; " + FULL_NOTE)
fact("占全国的４３％以上", "４３％", value=43, unit="%", kind="share", bound="ge",
     metric="中西部地区占新开工国家重点项目投资总额比重",
     metric_alts=["中西部地区占全国比重", "中西部地区占比", "新开工的国家重点项目投资总额中中西部地区占全国比重",
                  "中西部地区占新开工的国家重点项目投资总额的比重",
                  "新开工国家重点项目投资总额中西部地区占比", "中西部地区投资占比",
                  "中西部地区占全国新开工国家重点项目投资总额比重"],
     subject_alts=CN + ["中西部地区", "中西部"], **YEAR,
     note="以上 → ge (outside the span); the share of the central and western regions in the "
          "investment of the key projects started in 1996 (a flow share → the year); a "
          "region's part of a national total keeps 中国 as subject, the region as alt (as "
          "中西部地区 in wr_china_2005 / wr_china_2006); " + FULL_NOTE)
g.neg("大通道京九铁路", "京九", "railway name 京九 (Beijing-Kowloon), not a quantity")
HW = ["高速公路建成通车里程", "高速公路通车里程", "新建高速公路", "新增高速公路里程",
      "高速公路里程增量", "高速公路", "建成通车高速公路"]
fact("建成通车１１００多公里", "１１００多公里", value=1100e3, unit="m", kind="amount",
     bound="gt", metric="高速公路建成通车", metric_alts=HW, **YEAR,
     note="多 inside the span → gt; 1.1e6 m; motorway opened in 1996 (a flow; the 增量 reading "
          "of the network as alts); " + FULL_NOTE)
fact("新增发电装机１５００多万千瓦", "１５００多万千瓦", value=1.5e10, unit="W",
     kind="amount", bound="gt", metric="新增发电装机",
     metric_alts=["发电装机增量", "新增发电装机容量", "发电装机容量增量", "发电装机",
                  "发电装机容量", "新增装机"], **YEAR,
     note="多 inside the span → gt; １５００多万千瓦 = 1.5e7 kW = 1.5e10 W; capacity added in "
          "1996 (新增, 增量 alts, README §3); " + FULL_NOTE)
fact("容量增加２０００多万门", "２０００多万门", value=2000e4, unit="count", kind="count",
     bound="gt", classifier="门", metric="电话交换机容量增量",
     metric_alts=["电话交换机容量", "电话交换机容量增加", "新增电话交换机容量", "电话交换机",
                  "新增电话交换机", "电话交换机门数增量", "新增局用交换机容量"], **YEAR,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 门 counts "
          "the lines the exchanges carry → count, classifier 门 (as wr_china_1995 / "
          "wr_china_1998); 多 inside the span → gt; " + FULL_NOTE)
g.neg("宝钢三期扩建工程", "三期", "phase label 三期 (the third phase of Baosteel's expansion, "
      "README §2 一期, as wr_china_2004), not a quantity")
g.neg("等一批重点项目", "一批", VAGUE_NOTE)

# ---- line 4 (source 6): reform and opening up ---------------------------------------------------
CCB = ["组建城市合作银行的城市", "城市合作银行", "组建城市合作银行的大中城市数量",
       "城市合作银行组建城市", "组建城市合作银行城市数", "大中城市"]
fact("由３５个增加到", "３５个", value=35, unit="count", kind="count", classifier="个",
     metric="组建城市合作银行的大中城市", metric_alts=CCB,
     period=P("１９９６年", "1995-12-31", "1995-12-31"),
     period_alts=[P("１９９６年", "1996-01-01", "1996-01-01"), Y96, Y96_NULL],
     note="start of a from/to pair (由X增加到Y) with no year written, under the section year "
          "1996: the cities that had set up a cooperative bank before the review year (a "
          "stock) → instant 1995-12-31; alts: the start of 1996, the year, null")
fact("增加到１００个", "１００个", value=100, unit="count", kind="count", classifier="个",
     metric="组建城市合作银行的大中城市", metric_alts=CCB,
     period=Y96_END, period_alts=[Y96, Y96_NULL],
     note="end of the pair: the stock at the end of 1996 (stock rule); the year and null as "
          "alts; " + HEAD_NOTE)
g.neg("力度较大的一年", "一年", "'a year of strong reform' = 1996 (去年是…的一年), not a duration "
      "fact (as wr_yunnan_2025 的关键一年)")
g.neg("又有一批生产企业", "一批", VAGUE_NOTE)
TRADE = ["进出口总额", "进出口", "对外贸易总额", "进出口贸易总额", "货物进出口总额", "进出口额",
         "外贸进出口"]
fact("外贸进出口总额达到２８９０多亿美元", "２８９０多亿美元", value=2890e8, unit="USD",
     kind="amount", bound="gt", metric="外贸进出口总额", metric_alts=TRADE, **LAST_YEAR,
     note="达到 → eq on the word, 多 inside the span → gt; 亿美元 → USD; 去年 (去年是国有企业改革"
          "力度较大的一年, earlier in the line) governs; " + FW)
fact("比上年增长３．２％", "３．２％", value=3.2, unit="%", kind="growth",
     metric="外贸进出口总额", metric_alts=TRADE, comparison="yoy", **LAST_YEAR,
     note="比上年 → yoy; " + LY_NOTE)
fact("国际旅游业创汇超过１００亿美元", "１００亿美元", value=100e8, unit="USD", kind="amount",
     bound="gt", metric="国际旅游业创汇",
     metric_alts=["国际旅游创汇", "旅游创汇", "国际旅游外汇收入", "旅游外汇收入",
                  "国际旅游业外汇收入"], **LAST_YEAR,
     note="超过 → gt (outside the span); foreign-exchange earnings of 1996; " + LY_NOTE)
FDI = ["外商直接投资", "实际利用外商直接投资", "实际使用外商直接投资", "实际使用外资",
       "实际利用外资", "外商直接投资实际使用金额", "外商直接投资实际到位金额", "实际到位外资"]
fact("实际到位４００多亿美元", "４００多亿美元", value=400e8, unit="USD", kind="amount",
     bound="gt", metric="外商直接投资实际到位", metric_alts=FDI, **LAST_YEAR,
     note="多 inside the span → gt; the flow of 1996 (实际到位 = actually used); " + LY_NOTE)

# ---- line 5 (source 7): science, education, society ----------------------------------------------
fact("国家级重大科技成果２０００多项", "２０００多项", value=2000, unit="count", kind="count",
     bound="gt", classifier="项", metric="国家级重大科技成果",
     metric_alts=["重大科技成果", "科技成果", "取得国家级重大科技成果",
                  "国家级重大科技成果数量"], **HEAD,
     note="多 inside the span → gt; results obtained in 1996 (a flow); " + HEAD_NOTE)
g.neg("一批农业先进适用技术", "一批", VAGUE_NOTE)
fact("全国已有５０％的县", "５０％", value=50, unit="%", kind="share",
     metric="基本普及九年义务教育的县（市、区）比重",
     metric_alts=["基本普及九年义务教育的县（市、区）", "基本普及九年义务教育县（市、区）比重",
                  "基本普及九年义务教育的县比重", "基本普及九年义务教育的县(市、区)比重",
                  "普及九年义务教育的县（市、区）比重", "基本普及九年义务教育的县（市、区）占比",
                  "九年义务教育普及率", "普及九年义务教育县比例"],
     period=P("去年底", "1996-12-31", "1996-12-31"),
     period_alts=[P("去年底", "1996-01-01", "1996-12-31"), P("去年底", None, None)],
     note="share of the counties (cities, districts) that had basically achieved universal "
          "nine-year schooling at 到去年底 (a share of a stock → instant 1996-12-31, the "
          "explicit period; the year and null as alts); 已有 → eq")
g.neg("基本普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', the name of the school stage, as wr_china_1998_b), not a duration fact")
fact("当年减少青壮年文盲４００万人", "４００万人", value=-400e4, unit="count", kind="count",
     classifier="人", metric="青壮年文盲增量",
     metric_alts=["青壮年文盲", "青壮年文盲减少", "减少青壮年文盲", "青壮年文盲人数增量",
                  "青壮年文盲数量增量", "扫除青壮年文盲", "青壮年文盲减少人数"],
     **DANG_FLOW,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2, as "
          "农村贫困人口减少 in wr_china_2007); 当年 = 1996 (the year of 去年底) governs")
VOC = ["职业学校在校生占高中阶段学生比重", "职业学校在校生比重", "职业学校在校生占比",
       "高中阶段学生中职业学校在校生比重", "职业学校在校生占高中阶段学生的比重",
       "中等职业学校在校生占高中阶段学生比重", "职业学校在校生"]
fact("职业学校在校生达到５６．８％", "５６．８％", value=56.8, unit="%", kind="share",
     metric="职业学校在校生占高中阶段学生比重", metric_alts=VOC[1:], **DANG_STOCK,
     note="高中阶段学生中，职业学校在校生达到56.8%: the vocational schools' share of the "
          "upper-secondary students (a share of a stock, as wr_china_1998_b) → instant "
          "1996-12-31 under 当年, the year and null as alts; 达到 → eq; full-width ．")
fact("培训机构达到４０多万个", "４０多万个", value=40e4, unit="count", kind="count",
     bound="gt", classifier="个", metric="各类职业培训机构",
     metric_alts=["职业培训机构", "各类职业培训机构数量", "职业培训机构数量", "培训机构"],
     **DANG_STOCK,
     note="多 inside the span → gt; 40多万个 = 4e5; the institutions existing (达到, a stock) → "
          "instant 1996-12-31 under 当年, the year and null as alts")
g.neg("在第２６届奥运会", "第２６届", "edition label of the Olympic Games (第26届, Atlanta "
      "1996, as wr_china_2005 第28届), not a count or rank")
g.neg("关停了一批污染", "一批", VAGUE_NOTE)
g.neg("查处了一批大案", "一批", VAGUE_NOTE)

# ---- line 6 (source 8): living standards ----------------------------------------------------------
URB = ["城镇居民收入", "城镇居民人均收入", "人均生活费收入", "城镇居民生活费收入",
       "城镇居民人均可支配收入"]
fact("生活费收入达到４３００多元", "４３００多元", value=4300, unit="CNY", kind="amount",
     bound="gt", metric="城镇居民人均生活费收入", metric_alts=URB, **HEAD,
     note="多 inside the span → gt; 人均生活费收入, the urban income indicator of the time "
          "(as wr_china_1995; 可支配收入 as alt); " + HEAD_NOTE)
fact("实际增长３．３％", "３．３％", value=3.3, unit="%", kind="growth",
     metric="城镇居民人均生活费收入", metric_alts=URB, comparison="yoy", **HEAD,
     note="实际 = in real terms; yoy; " + HEAD_NOTE)
RUR = ["农民人均纯收入", "人均纯收入", "农村居民收入", "农村居民人均收入"]
fact("纯收入达到１９００多元", "１９００多元", value=1900, unit="CNY", kind="amount",
     bound="gt", metric="农村居民人均纯收入", metric_alts=RUR, **HEAD,
     note="多 inside the span → gt; " + HEAD_NOTE)
fact("实际增长９％", "９％", value=9, unit="%", kind="growth", metric="农村居民人均纯收入",
     metric_alts=RUR, comparison="yoy", **HEAD,
     note="实际 = in real terms; yoy; the clause after it (近年来增幅最高) states no number; "
          + HEAD_NOTE)
g.neg("增幅最高的一年", "一年", "'the year of the highest rise in recent years' = 1996, not a "
      "duration fact (as wr_yunnan_2025 的关键一年)")
g.neg("市场购销两旺", "两旺", "idiom 购销两旺 'both buying and selling thrive', not a quantity "
      "(as wr_china_1992)")
RET = ["社会商品零售总额", "社会消费品零售额", "零售总额", "社零总额"]
fact("零售总额实际增长１２．５％", "１２．５％", value=12.5, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=RET, comparison="yoy", **HEAD,
     note="实际 = in real terms; " + HEAD_NOTE)
SAV = ["城乡居民储蓄存款余额", "居民储蓄存款", "居民储蓄存款余额", "储蓄存款", "城乡储蓄存款余额"]
fact("存款年末达到３８５００多亿元", "３８５００多亿元", value=38500e8, unit="CNY",
     kind="amount", bound="gt", metric="城乡居民储蓄存款", metric_alts=SAV,
     subject_alts=CN + ["城乡居民", "居民"], period=YE,
     note="多 inside the span → gt; 3.85e12 CNY; a balance at 年末 (explicit, instant "
          "1996-12-31)")
fact("比上年末增加８８００多亿元", "８８００多亿元", value=8800e8, unit="CNY", kind="amount",
     bound="gt", metric="城乡居民储蓄存款增量",
     metric_alts=SAV + ["城乡居民储蓄存款", "城乡居民储蓄存款增加", "新增城乡居民储蓄存款",
                        "城乡居民储蓄存款余额增量", "居民储蓄存款增量", "储蓄存款增加额"],
     subject_alts=CN + ["城乡居民", "居民"], **AFTER_YE,
     note="absolute change of a balance (增加 → positive, metric <level>增量, SPEC §2) over "
          "1996 (比上年末, comparison basis, no comparison on an amount fact, README §6); "
          "多 inside the span → gt; " + AFTER_YE_NOTE)
fact("城镇新增就业７００多万人", "７００多万人", value=700e4, unit="count", kind="count",
     bound="gt", classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业", "城镇就业增量"], **AFTER_YE,
     note="多 inside the span → gt; 7e6 persons; " + AFTER_YE_NOTE)
fact("城乡新建住房１１亿平方米", "１１亿平方米", value=11e8, unit="m2", kind="amount",
     metric="城乡新建住房",
     metric_alts=["新建住房", "城乡新建住房面积", "新建住房面积", "城乡住房竣工面积",
                  "城乡新建住宅"], **AFTER_YE,
     note="1.1e9 m2 of housing built in 1996 (a flow); " + AFTER_YE_NOTE)
fact("全年农村贫困人口减少７００万", "７００万", value=-700e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "贫困人口减少", "减贫人口", "贫困人口增量",
                  "农村贫困人口减少人数", "农村贫困人口数量增量"],
     period=FULL, period_alts=[FULL_NULL],
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2, as "
          "wr_china_2007); no measure word → classifier 人 (the counted noun 人口); 全年 at the "
          "head of the clause (= 1996) governs")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_1997.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. Part of the document: the start of section 一、１９９６年国内工作的回顾, "
    "the review of 1996: the heading, the opening line (１９９６年是实施“九五”计划…的第一年), and "
    "the paragraphs on the economy (prices, GDP, reserves, grain, steel, investment, new "
    "capacity), reform and opening up (city cooperative banks, trade, tourism, FDI), science, "
    "education and society, and living standards (the problems paragraph, source line 9, is "
    "outside). wr_china_1997 annotates lines 58-64 (no overlap). The report writes full-width "
    "digits with full-width ． and ％ (６７７００多亿元, １４．８％); spans keep them as written. "
    "Title: the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "1997-03-01, the corpus meta date: the opening day of the 5th session of the 8th NPC, on "
    "which Premier Li Peng delivered the report; the Wikisource text has no dateline; nothing "
    "in the excerpt contradicts it (1996 full-year results; 去年 = 1996, 上年 = 1995). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国; 国家 for the reserves; 城乡居民 for "
    "savings; 中西部地区 for its investment share). Periods: the heading 一、１９９６年… governs "
    "the section: figures with no period before them in their line take 1996 (period text "
    "１９９６年, null as alt); 去年 (lines 5, 6 of the source), 全年, 当年 stated earlier in a line "
    "govern the rest of it (= 1996); 到去年底 → instant 1996-12-31; 年末 → the savings balance "
    "at 1996-12-31, the flows after it (增加8800多亿元, new jobs, new housing) the year with the "
    "年末 instant as alt. From/to pairs: 从１４．８％降到１０％左右 → 14.8% the 1995 outturn "
    "(1995, mechanical 1996 as alt), 10% the 1996 ceiling of last year's report (target, "
    "approx), 实际回落到６．１％ the 1996 outturn; 由３５个增加到１００个 (cities with cooperative "
    "banks, a stock) → instants 1995-12-31 and 1996-12-31. Stocks (外汇储备, vocational share, "
    "training institutions, the 100 cities) → instant 1996-12-31, the year and null as alts. "
    "Modality: actual, except the 10% price ceiling (target). Bounds: 多 inside a span, 超过, "
    "突破 → gt; 以上 → ge; 左右 → approx. Units: 亿公斤 × 0.001 t (4800亿公斤 = 4.8e8 t); 万千瓦 "
    "1e7 W; 亿美元 → USD; 门 → count (classifier 门). Judgement calls: the period of 14.8% "
    "(1995 by meaning); 物价 as the metric of 物价涨幅 (retail price alts); 中西部地区占全国的"
    "43%以上 → subject 中国 with the region as alt; 电话交换机容量增加 → count with metric …增量; "
    "减少青壮年文盲400万人 / 农村贫困人口减少700万 → negative counts (…增量, SPEC §2); 7 "
    "million poor without a measure word → classifier 人; 人均生活费收入 kept as the urban "
    "income metric; 第一年 / 一年 (…的一年) → negatives, not durations. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×7, 一些 ×2. Known false alarms of the shared "
    "check_gold.py: it reads a full-width decimal point ． as the end of the number "
    "(１４．８％ → 14, as in wr_china_1995 / wr_china_1988) and flags 回落到６．１％ as a sign "
    "mismatch although 6.1 is the growth rate itself.")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_1997.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
