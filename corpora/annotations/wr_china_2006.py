"""Gold annotations for wr_china_2006 (2006年中华人民共和国国务院政府工作报告), lines 2-19 of
shared/texts/work_report/wr_china_2006.txt.

The excerpt corpora/wr_china_2006.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、去年工作回顾, the headline results of 2005
(2005年，我国社会主义现代化事业取得显著成就。——经济平稳较快发展… ——人民生活进一步改善), the
line 一年来，…主要做了以下几方面工作： and review items (一) 宏观调控, (二) 结构调整 (“三农”,
产业结构, 节能环保), (三) 改革开放, (四) 社会事业 (spending, 科技, 教育, 卫生, 文化) and the
first paragraph of (五) 就业和社会保障 (2,387 characters with the final newline).  This is the
number-dense part of the review of 2005 with all the headline figures.  Lines 2-20 (2,621)
exceed 2,500; lines 4-20 (2,485, three more numerals) would drop the heading and the
headline line 3 (2005年, GDP, 财政收入, CPI); lines 9-21 (2,403) hold none of the headline
figures.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2006.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2006"
PLACE = "中国"
REF = "2006-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 2, 19                     # 1-based, inclusive, whole lines
TITLE = "2006年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、去年工作回顾", ends="城镇退役士兵自谋职业。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
CL = CN + ["中央和地方财政", "中央和地方", "中央财政", "地方财政", "中央政府"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2005 / wr_china_2007)")
CL_NOTE = ("central and local budgets together (中央和地方): a national aggregate → 中国, "
           "中央和地方财政 / 中央财政 as alts")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


def both(ctx, target, **kw):
    kw.setdefault("subject_alts", CL)
    fact(ctx, target, **kw)


# ---- periods (reference date 2006-03-05; 去年 = 2005, 今年 = 2006) ---------------------------
# Review part = 2005.  The section heading 一、去年工作回顾 (line 1 of the excerpt) governs every
# line of the section: numbers whose line states no period before them take it (SPEC §4;
# period text 去年 of the heading, as 2006年 of the heading in wr_china_2007), with the null
# reading in period_alts.  Line 2 of the excerpt opens with 2005年 and restates 全年 before
# its first number: 全年 (= 2005) governs that line.  Lines 3 and 5 (——改革开放…, ——人民生活…)
# are new paragraphs of the headline list and state no year (年末 only, line 3) → the
# heading.  全年 of line 8 (item (二)), 去年 of lines 10 and 18 and 2005年 of line 13 are
# stated in their lines and govern the clauses after them.  Line 15 (教育): 两年来 (2004-2005,
# the two full years before the reference year, as 近三年 in SPEC §4) governs the last
# sentence.  Line 16 (卫生): 近三年 (2003-2005) governs the rest of that line; stocks under it
# (已扩大到671个县, 惠及1.77亿农民) are the instant 2005-12-31.
Y05 = P("去年", "2005-01-01", "2005-12-31")
Y05_NULL = P("去年", None, None)
Y05_END = P("去年", "2005-12-31", "2005-12-31")
FLOW = dict(period=Y05, period_alts=[Y05_NULL])
LEVEL = dict(period=Y05, period_alts=[Y05_NULL, Y05_END])
LAST_Y = dict(period=Y05)                            # 去年 stated in the line itself
FULL = P("全年", "2005-01-01", "2005-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
Y2005 = dict(period=P("2005年", "2005-01-01", "2005-12-31"))
INHERIT_NOTE = ("no period in its line before it → the section year 2005 (heading 一、去年工作"
                "回顾), null in period_alts")
FULL_NOTE = "全年 (= 2005, the review year) stated earlier in the line governs"
TWO = P("两年来", "2004-01-01", "2005-12-31")
TWO_D = dict(period=TWO, period_alts=[P("两年来", "2004-01-01", REF),
                                      P("两年来", None, "2005-12-31"), P("两年来", None, None)])
TWO_NOTE = ("两年来 (= 2004-2005, the two full years before the reference year, as 近三年 in "
            "SPEC §4; the run up to the reference date and open-start readings as alts) governs "
            "the rest of the line")
THREE = P("近三年", "2003-01-01", "2005-12-31")
THREE_END = P("近三年", "2005-12-31", "2005-12-31")
THREE_D = dict(period=THREE, period_alts=[P("近三年", None, "2005-12-31"), Y05_NULL])
THREE_LOOSE = dict(period=THREE, period_alts=[Y05, P("近三年", None, "2005-12-31"), Y05_NULL])
THREE_STOCK = dict(period=THREE_END, period_alts=[THREE, Y05, Y05_NULL])
THREE_NOTE = "近三年 (= 2003-2005, SPEC §4) stated earlier in the line governs"

# ---- line 1 (source 2): section heading ---------------------------------------------------------
g.neg("一、去年工作回顾", "一、", MARKER_NOTE)

# ---- line 2 (source 3): 2005年 …——经济平稳较快发展 ------------------------------------------------
g.neg("2005年，我国社会主义", "2005年", PERIOD_NOTE + " (the review year; 全年 restates it "
      "before the first number of the line)")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到18.23万亿元", "18.23万亿元", value=18.23e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **YEAR,
     note="达到 → eq; 万亿元 = 1e12; " + FULL_NOTE)
fact("比上年增长9.9%", "9.9%", value=9.9, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy", **YEAR, note="比上年 → yoy")
FISC = ["全国财政收入", "财政总收入", "财政"]
gov("财政收入突破3万亿元", "3万亿元", value=3e12, unit="CNY", kind="amount", bound="gt",
    metric="财政收入", metric_alts=FISC, **YEAR,
    note="突破 → gt (outside the span); 全国财政收入 → 中国 (as wr_china_2007)")
gov("增加5232亿元", "5232亿元", value=5232e8, unit="CNY", kind="amount",
    metric="财政收入增量",
    metric_alts=["财政收入", "全国财政收入增量", "财政收入增加", "财政收入增加额",
                 "财政收入比上年增加", "全国财政收入增加"],
    **YEAR,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "(上年, implied) is not a comparison of an amount fact")
CPI = ["居民消费价格", "居民消费价格指数", "CPI", "居民消费价格涨幅", "消费价格",
       "居民消费价格总水平涨幅", "物价总水平"]
fact("价格总水平上涨1.8%", "1.8%", value=1.8, unit="%", kind="growth",
     metric="居民消费价格总水平", metric_alts=CPI, comparison="yoy", **YEAR,
     note="上涨 = growth of the price level (as wr_china_2007); yoy")

# ---- line 3 (source 4): ——改革开放迈出重大步伐 ---------------------------------------------------
TRADE = ["进出口总额", "外贸进出口总额", "进出口", "对外贸易总额", "进出口贸易",
         "货物进出口总额"]
fact("进出口贸易总额达到1.42万亿美元", "1.42万亿美元", value=1.42e12, unit="USD",
     kind="amount", metric="进出口贸易总额", metric_alts=TRADE, **FLOW,
     note="达到 → eq; 万亿美元 → 1.42e12 USD; a new paragraph of the headline list without a "
          "year (the 2005年 of the line before does not cross lines) → " + INHERIT_NOTE)
fact("1.42万亿美元，增长23.2%", "23.2%", value=23.2, unit="%", kind="growth",
     metric="进出口贸易总额", metric_alts=TRADE, comparison="yoy", **FLOW,
     note="增长 → yoy; " + INHERIT_NOTE)
FDI = ["实际利用外资", "外商直接投资", "实际使用外资", "实际使用外商直接投资", "利用外资"]
fact("外商直接投资603亿美元", "603亿美元", value=603e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资", metric_alts=FDI, **FLOW, note=INHERIT_NOTE)
fact("外汇储备达到8189亿美元", "8189亿美元", value=8189e8, unit="USD", kind="amount",
     metric="国家外汇储备",
     metric_alts=["外汇储备", "外汇储备余额", "国家外汇储备余额", "年末国家外汇储备"],
     period=P("年末", "2005-12-31", "2005-12-31"),
     period_alts=[P("年末", None, None), Y05],
     subject_alts=CN + ["国家"],
     note="年末 (of the review year 2005; no numeral in it) → a stock at the instant "
          "2005-12-31; 达到 → eq")

# ---- line 4 (source 5): ——社会事业取得新进步 -----------------------------------------------------
g.neg("神舟六号载人", "神舟六号", "spacecraft name 神舟六号 (Shenzhou VI), not a quantity")

# ---- line 5 (source 6): ——人民生活进一步改善 -----------------------------------------------------
fact("城镇新增就业人口970万人", "970万人", value=970e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业人口",
     metric_alts=["城镇新增就业", "城镇新增就业人数", "新增就业", "新增就业人口"],
     **FLOW, note=INHERIT_NOTE)
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农村居民收入", "农民人均纯收入", "人均纯收入", "农村居民人均收入"]
fact("可支配收入达到10493元", "10493元", value=10493, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, **FLOW)
fact("人均纯收入达到3255元", "3255元", value=3255, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, **FLOW)
fact("分别增长9.6%和6.2%", "9.6%", value=9.6, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="扣除价格因素 = in real terms; 分别 maps in order: 9.6% → 城镇, 6.2% → 农村; each "
          "value carries its own %")
fact("9.6%和6.2%", "6.2%", value=6.2, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **FLOW,
     note="second of the 分别 pair → 农村居民人均纯收入, real terms")

# ---- line 6 (source 7): bridging line ------------------------------------------------------------
g.neg("一年来，我们以科学", "一年来", PERIOD_NOTE + " (the review year 2005; heads the review "
      "items; its own line, so it governs nothing after it)")

# ---- line 7 (source 8): （一） macro control (no facts) ----------------------------------------
g.neg("（一）着力解决", "（一）", MARKER_NOTE)

# ---- line 8 (source 9): （二） “三农” ------------------------------------------------------------
g.neg("（二）积极推进", "（二）", MARKER_NOTE)
g.neg("继续加强“三农”工作", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
fact("28个省（区、市）全部免征", "28个", value=28, unit="count", kind="count",
     classifier="个", metric="全部免征农业税的省（区、市）",
     metric_alts=["省（区、市）", "省(区、市)", "免征农业税的省（区、市）",
                  "全部免征了农业税的省（区、市）", "免征农业税省份", "全部免征农业税省份",
                  "免征农业税的省份", "全部免征农业税的省(区、市)", "免征农业税省（区、市）"],
     subject_alts=CN + GOV, **LEVEL,
     note="provinces (incl. autonomous regions and municipalities) that exempted the whole "
          "agricultural tax for 2005; the predicate defines the counted set → in the metric; "
          + INHERIT_NOTE + "; the year-end state (instant) as a further alt")
AGRI = ["中央财政“三农”支出", "中央财政用于三农的支出", "“三农”支出", "三农支出",
        "中央财政三农支出", "用于“三农”的支出", "中央财政用于“三农”支出"]
g.neg("用于“三农”的支出", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
gov("的支出达到2975亿元", "2975亿元", value=2975e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的支出", metric_alts=AGRI, **YEAR,
    note="达到 → eq; 全年 (= 2005) at the head of the sentence governs the rest of the line; "
         + GOV_NOTE)
gov("比上年增加349亿元", "349亿元", value=349e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的支出增量",
    metric_alts=AGRI + ["“三农”支出增量", "中央财政“三农”支出增量", "三农支出增量",
                        "中央财政用于“三农”的支出增加"],
    **YEAR, note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2)")
GRAIN = ["粮食产量", "粮食", "粮食总产"]
GRAIN_NOTE = ("在上年大幅度增长的基础上 only sets the scene (the 2004 increase, no number): "
              "the 2005 harvest is meant, 全年 of the line keeps governing")
fact("又增产291亿斤", "291亿斤", value=291e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产量增量",
     metric_alts=["粮食增产", "粮食产量增量", "粮食增产量", "增产", "粮食总产量",
                  "粮食总产量增加"],
     **YEAR,
     note="absolute change of a level (增产 → positive, metric <level>增量, SPEC §2); 291亿斤 "
          "× 0.0005 t = 1.455e7 t (SPEC §3 斤); " + GRAIN_NOTE)
fact("达到9680亿斤", "9680亿斤", value=9680e8 * 0.0005, unit="t", kind="amount",
     metric="粮食总产量", metric_alts=GRAIN, **YEAR,
     note="达到 → eq; 9680亿斤 × 0.0005 t = 4.84e8 t; " + GRAIN_NOTE)

# ---- line 9 (source 10): 产业结构调整 ------------------------------------------------------------
g.neg("淘汰了一批高耗能", "一批", "quantifier 一批")

# ---- line 10 (source 11): 节能环保 ---------------------------------------------------------------
gov("启动了178项节能", "178项", value=178, unit="count", kind="count", classifier="项",
    metric="节能、节水和资源综合利用等重大项目",
    metric_alts=["重大项目", "启动的重大项目", "节能、节水和资源综合利用重大项目",
                 "节能节水和资源综合利用等重大项目", "启动节能、节水和资源综合利用等重大项目",
                 "节能、节水和资源综合利用等重大项目数量", "节能、节水和资源综合利用项目"],
    **FLOW,
    note="projects launched (启动了) in 2005; the 去年 later in the line does not reach back; "
         + GOV_NOTE + "; " + INHERIT_NOTE)
gov("去年投入国债资金152亿元", "152亿元", value=152e8, unit="CNY", kind="amount",
    metric="国债资金",
    metric_alts=["投入国债资金", "国债资金投入", "国债投入", "国债资金投入额",
                 "重点流域污染防治和重点生态工程国债资金", "生态环保国债资金",
                 "环境保护和生态建设国债资金"],
    **LAST_Y,
    note="去年 (= 2005, no numeral) stated at the head of the sentence; treasury-bond funds "
         "spent mainly on river-basin pollution control and ecological works; " + GOV_NOTE)

# ---- line 11 (source 12): （三） reform ------------------------------------------------------------
g.neg("（三）深化", "（三）", MARKER_NOTE)
BANKRUPT_NOTE = ("中央财政安排219亿元支持116户国有企业实施政策性关闭破产: the central fund and "
                 "the firms it supported in 2005; " + GOV_NOTE + "; " + INHERIT_NOTE)
gov("中央财政安排219亿元", "219亿元", value=219e8, unit="CNY", kind="amount",
    metric="支持国有企业政策性关闭破产资金",
    metric_alts=["中央财政安排资金", "中央财政支持国有企业政策性关闭破产资金",
                 "中央财政安排支持国有企业政策性关闭破产资金", "政策性关闭破产资金",
                 "国有企业政策性关闭破产资金", "国有企业政策性关闭破产补助资金",
                 "政策性关闭破产补助资金", "中央财政安排"],
    **FLOW, note=BANKRUPT_NOTE)
gov("支持116户国有企业", "116户", value=116, unit="count", kind="count", classifier="户",
    metric="实施政策性关闭破产的国有企业",
    metric_alts=["国有企业", "政策性关闭破产国有企业", "政策性关闭破产企业",
                 "实施政策性关闭破产国有企业", "关闭破产国有企业",
                 "实施政策性关闭破产的国有企业数量", "支持实施政策性关闭破产的国有企业"],
    **FLOW, note=BANKRUPT_NOTE)

# ---- line 12 (source 13): opening (no numeral) -----------------------------------------------

# ---- line 13 (source 14): （四） social development ----------------------------------------------
g.neg("（四）加快", "（四）", MARKER_NOTE)
g.neg("2005年中央财政", "2005年", PERIOD_NOTE + " (governs the rest of the line)")
SOC = ["中央财政科教文卫支出", "中央财政用于科技、教育、卫生、文化的支出",
       "用于科技、教育、卫生、文化等方面的支出", "科技、教育、卫生、文化等方面的支出",
       "中央财政社会事业支出", "中央财政科技、教育、卫生、文化支出",
       "中央财政用于科技、教育、卫生、文化等方面支出"]
gov("方面的支出1168亿元", "1168亿元", value=1168e8, unit="CNY", kind="amount",
    metric="中央财政用于科技、教育、卫生、文化等方面的支出", metric_alts=SOC, **Y2005,
    note="2005年 at the head of the line (explicit); " + GOV_NOTE)
gov("比上年增长18.3%", "18.3%", value=18.3, unit="%", kind="growth",
    metric="中央财政用于科技、教育、卫生、文化等方面的支出", metric_alts=SOC,
    comparison="yoy", **Y2005, note="比上年 → yoy")
gov("国债建设资金95.4亿元", "95.4亿元", value=95.4e8, unit="CNY", kind="amount",
    metric="国债建设资金",
    metric_alts=["投入国债建设资金", "国债资金", "国债建设资金投入", "国债投入",
                 "科技、教育、卫生、文化等方面国债建设资金", "社会事业国债建设资金",
                 "投入科技、教育、卫生、文化等方面的国债建设资金"],
    **Y2005,
    note="treasury-bond construction funds put into the same sectors in 2005 (the subject "
         "中央财政 of the sentence carries on); " + GOV_NOTE)

# ---- line 14 (source 15): 科技 ---------------------------------------------------------------------
g.neg("第三代移动通信", "第三代", "technology generation label (3G), not a rank (as "
      "wr_china_2007)")
gov("经过两年多的深入研究", "两年多", value=2, unit="year", kind="amount", bound="gt",
    metric="国家中长期科学和技术发展规划纲要研究论证历时",
    metric_alts=["研究论证历时", "研究论证时间", "历时", "规划纲要研究制定时间", "研究论证时长",
                 "国家中长期科学和技术发展规划纲要研究制定历时",
                 "国家中长期科学和技术发展规划纲要研究论证时间",
                 "国家中长期科学和技术发展规划纲要制定历时", "规划纲要制定历时", "制定历时",
                 "深入研究和广泛论证时间"],
    **FLOW,
    note="judgement call: the drafting of the medium- and long-term science plan took 'more "
         "than two years' of study and consultation → a duration fact (年 → year; 多 → gt, "
         "kept in the span as in 两年多 of nw_xinhua_20170515_southwest_hydropower), as 历时"
         "两年 of the same plan in wr_china_2007; the plan was drawn up in 2005 → "
         + INHERIT_NOTE + "; " + GOV_NOTE)

# ---- line 15 (source 16): 教育 ---------------------------------------------------------------------
both("安排专项资金70多亿元", "70多亿元", value=70e8, unit="CNY", kind="amount", bound="gt",
     metric="中央和地方财政安排专项资金",
     metric_alts=["专项资金", "安排专项资金", "义务教育专项资金", "农村义务教育专项资金",
                  "“两免一补”专项资金", "两免一补资金", "中央和地方财政专项资金",
                  "财政安排专项资金"],
     **FLOW,
     note="多 inside the span → gt; the special fund for the fee waivers, free textbooks and "
          "boarding allowances (“两免一补”) of 2005; " + CL_NOTE + "; " + INHERIT_NOTE)
POOR = CN + ["重点贫困县", "592个重点贫困县"]
fact("对592个重点贫困县", "592个", value=592, unit="count", kind="count", classifier="个",
     metric="重点贫困县",
     metric_alts=["“两免一补”重点贫困县", "实施“两免一补”的重点贫困县", "国家扶贫开发工作重点县",
                  "重点贫困县数量", "享受“两免一补”的重点贫困县", "免除学杂费的重点贫困县"],
     **FLOW,
     note="the poor counties whose students were covered in 2005; " + INHERIT_NOTE)
fact("1700万名贫困家庭学生免除", "1700万名", value=1700e4, unit="count", kind="count",
     classifier="名", metric="免除学杂费、免费提供教科书和补助寄宿生生活费的贫困家庭学生",
     metric_alts=["贫困家庭学生", "重点贫困县贫困家庭学生", "“两免一补”贫困家庭学生",
                  "享受“两免一补”的贫困家庭学生", "“两免一补”受益学生", "两免一补受益学生",
                  "贫困家庭学生人数", "免除学杂费的贫困家庭学生"],
     subject_alts=POOR, **FLOW,
     note="the predicate (免除学杂费、免费提供教科书和补助寄宿生生活费, “两免一补”) defines the "
          "counted set → in the metric; the counties as subject alt; " + INHERIT_NOTE)
fact("中西部地区1700多万名", "1700多万名", value=1700e4, unit="count", kind="count",
     bound="gt", classifier="名", metric="免费提供教科书的贫困家庭学生",
     metric_alts=["贫困家庭学生", "免费教科书受益学生", "获得免费教科书的贫困家庭学生",
                  "中西部地区贫困家庭学生", "免费提供教科书的学生", "贫困家庭学生人数",
                  "中西部地区免费提供教科书的贫困家庭学生"],
     subject_alts=CN + ["中西部地区"], **FLOW,
     note="多 inside the span → gt; the predicate 免费提供教科书 defines the counted set → in "
          "the metric (as 2400多万贫困家庭学生 in wr_china_2005); the region as subject alt; "
          + INHERIT_NOTE)
g.neg("“两基”攻坚", "两基", LABEL_NOTE + " (“两基” = 基本普及九年义务教育、基本扫除青壮年"
      "文盲)")
g.neg("两年来新建", "两年来", PERIOD_NOTE + " (the two years 2004-2005; governs the rest of "
      "the line), not a duration fact (as 近三年来, README §2)")
fact("扩建农村寄宿制学校2400多所", "2400多所", value=2400, unit="count", kind="count",
     bound="gt", classifier="所", metric="农村寄宿制学校",
     metric_alts=["新建、改建、扩建农村寄宿制学校", "新建改建扩建农村寄宿制学校",
                  "新建、改建、扩建的农村寄宿制学校", "农村寄宿制学校增量",
                  "农村寄宿制学校数量", "寄宿制学校", "农村寄宿制学校建设"],
     subject_alts=CN + ["西部地区"], **TWO_D,
     note="多 inside the span → gt; schools newly built, rebuilt or extended (新建、改建、扩建) "
          "over the two years: the counted noun as metric with the verbs and 增量 as alts "
          "(README §3); the sentence follows the 西部地区 “两基” plan → region as subject alt; "
          + TWO_NOTE)
fact("为16万个农村中小学校", "16万个", value=16e4, unit="count", kind="count",
     classifier="个", metric="配备远程教育设施的农村中小学校和教学点",
     metric_alts=["农村中小学校和教学点", "配备了远程教育设施的农村中小学校和教学点",
                  "配备远程教育设施的农村中小学和教学点", "农村中小学校和教学点远程教育设施",
                  "远程教育设施", "农村中小学现代远程教育", "配备远程教育设施的学校和教学点"],
     subject_alts=CN + ["西部地区"], **TWO_D,
     note="schools and teaching points equipped with distance-learning facilities; the "
          "predicate defines the counted set; " + TWO_NOTE)

# ---- line 16 (source 17): 卫生 ---------------------------------------------------------------------
g.neg("近三年，中央和地方", "近三年", PERIOD_NOTE + " (SPEC §4: the three full years before "
      "the reference year, 2003-2005; governs the rest of the line)")
both("中央和地方投入105亿元", "105亿元", value=105e8, unit="CNY", kind="amount",
     metric="疾病预防控制体系建设投入",
     metric_alts=["中央和地方投入", "投入", "疾病预防控制体系投入", "疾控体系建设投入",
                  "中央和地方投入疾病预防控制体系建设资金", "疾病预防控制体系建设资金",
                  "中央和地方财政投入"],
     **THREE_D,
     note="a three-year total (近三年 = 2003-2005), put into the disease-control system built "
          "by it; " + CL_NOTE)
g.neg("覆盖省市县三级", "三级", "appositive 三级 restating 省市县 (the three levels), not a "
      "quantity claim (as 省市县三级 in wr_fujian_2025_b)")
fact("总投资为164亿元", "164亿元", value=164e8, unit="CNY", kind="amount",
     metric="突发公共卫生事件医疗救治体系建设总投资",
     metric_alts=["总投资", "医疗救治体系建设总投资", "突发公共卫生事件医疗救治体系总投资",
                  "医疗救治体系总投资", "项目总投资", "总投资额",
                  "突发公共卫生事件医疗救治体系建设投资"],
     subject_alts=CN + ["突发公共卫生事件医疗救治体系", "中央和地方"], **THREE_LOOSE,
     note="为 → eq; judgement call: the total investment of the emergency medical-treatment "
          "system under construction (进展顺利) → actual, as 总投资800亿元 of projects started "
          "in wr_china_2005 (an investment programme in progress, not a capacity); "
          + THREE_NOTE + " (mechanically; the section year 2005 and null as alts)")
gov("中央安排30亿元国债资金", "30亿元", value=30e8, unit="CNY", kind="amount",
    metric="支持中西部乡镇卫生院建设国债资金",
    metric_alts=["国债资金", "中央安排国债资金", "乡镇卫生院建设国债资金",
                 "中西部乡镇卫生院建设国债资金", "支持中西部乡镇卫生院建设的国债资金",
                 "中央国债资金", "乡镇卫生院国债资金"],
    **THREE_LOOSE,
    note="中央安排 → the central government's act; " + THREE_NOTE + " (a new sentence of the "
         "same line; the section year 2005 and null as alts); " + GOV_NOTE)
NCMS = ["新农合试点县", "新型农村合作医疗试点县", "新型农村合作医疗制度试点", "试点县",
        "新型农村合作医疗制度试点覆盖县", "新型农村合作医疗试点县数量",
        "新型农村合作医疗制度试点范围"]
fact("已扩大到671个县", "671个", value=671, unit="count", kind="count", classifier="个",
     metric="新型农村合作医疗制度试点县", metric_alts=NCMS, **THREE_STOCK,
     note="已扩大到 = the extent reached (a stock): instant at the end of the governing 近三年 "
          "= 2005-12-31 (the literal 近三年, the year and null as alts)")
fact("惠及1.77亿农民", "1.77亿", value=1.77e8, unit="count", kind="count", classifier="人",
     metric="新型农村合作医疗惠及农民",
     metric_alts=["惠及农民", "新农合惠及农民", "新型农村合作医疗参合农民", "参合农民",
                  "新农合参合人数", "新型农村合作医疗覆盖农民", "新型农村合作医疗制度试点惠及农民",
                  "受益农民"],
     **THREE_STOCK,
     note="no classifier written (1.77亿 + noun 农民): 人 implied (as 6069万农民 in "
          "wr_china_2010); the people covered by the pilot counties (a stock) → instant "
          "2005-12-31")

# ---- line 17 (source 18): 文化 (no numeral but 进一步, lexicalized) ------------------------------

# ---- line 18 (source 19): （五） employment ---------------------------------------------------------
g.neg("（五）努力", "（五）", MARKER_NOTE)
JOB = ["国有企业下岗职工基本生活保障专项补助和再就业补助", "下岗职工基本生活保障专项补助、再就业补助",
       "再就业补助", "就业再就业补助", "中央财政就业再就业补助", "就业再就业资金",
       "中央财政安排国有企业下岗职工基本生活保障专项补助、再就业补助",
       "下岗职工基本生活保障专项补助和再就业补助"]
gov("再就业补助209亿元", "209亿元", value=209e8, unit="CNY", kind="amount",
    metric="国有企业下岗职工基本生活保障专项补助、再就业补助", metric_alts=JOB, **LAST_Y,
    note="去年 (= 2005, no numeral) at the head of the sentence; one sum for the two "
         "subsidies; " + GOV_NOTE)
gov("比上年增加29亿元", "29亿元", value=29e8, unit="CNY", kind="amount",
    metric="国有企业下岗职工基本生活保障专项补助、再就业补助增量",
    metric_alts=JOB + ["再就业补助增量", "就业再就业补助增量",
                       "下岗职工基本生活保障专项补助、再就业补助增量"],
    **LAST_Y, note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、去年工作回顾, the headline results of 2005 (2005年，…——经济平稳较快发展 … ——人民生活"
    "进一步改善), the bridging line 一年来，…主要做了以下几方面工作： and review items (一)-(四) "
    "in full with the first paragraph of (五) (就业再就业). It is the number-dense part of the "
    "review of 2005 with every headline figure; lines 2-20 (2,621) exceed 2,500, lines 4-20 "
    "(2,485) would drop the heading and the GDP / revenue / CPI line for three more numerals, "
    "lines 9-21 hold no headline figure. Title: the corpus meta title (the source has no "
    "title line), title_in_text=False. Date: 2006-03-05, the corpus meta date: the opening "
    "day of the 4th session of the 10th NPC, on which the Premier delivered the report; the "
    "Wikisource text has no dateline; nothing in the excerpt contradicts it (2005 full-year "
    "results; 去年 = 2005). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the "
    "central government's own spending and acts (财政收入, 三农 支出, 178项, 国债资金 ×3, 219亿元 "
    "/ 116户, 社会事业 支出, 规划纲要 两年多, 就业补助) add 中央财政/中央政府/国务院; central and "
    "local budgets together (70多亿元, 105亿元) add 中央和地方财政; 中西部地区 / 西部地区 / "
    "重点贫困县 as subject alts of the education counts. Periods: the heading 一、去年工作回顾 "
    "governs the section: lines without a period before the number take 2005 (period text "
    "去年, null as alt, as the heading year in wr_china_2007); 全年 (lines 2 and 8 of the "
    "excerpt), 去年 (lines 10, 18) and 2005年 (line 13) govern the rest of their lines; "
    "年末 外汇储备 → instant 2005-12-31; 两年来 (line 15) = 2004-2005; 近三年 (line 16) = "
    "2003-2005 governs the rest of the line, with the stocks 671个县 / 1.77亿农民 at "
    "2005-12-31. Modality: actual throughout. Units: 亿斤 × 0.0005 t (291亿斤 = 1.455e7 t, "
    "9680亿斤 = 4.84e8 t); 万亿元 / 万亿美元 1e12. Judgement calls: 两年多 (研究论证) → "
    "duration 2 year gt (as 历时两年 in wr_china_2007); 财政收入增加5232亿元, 三农 比上年增加"
    "349亿元, 增产291亿斤, 就业补助 比上年增加29亿元 → amounts with metric …增量; 28个省（区、"
    "市） → count with the year (instant as alt); 总投资为164亿元 → actual, period 近三年 "
    "mechanically (year and null as alts), as is 30亿元 国债资金; 在上年大幅度增长的基础上 does "
    "not replace 全年; 1.77亿农民 → count with implied 人; 三级 (省市县三级) → appositive "
    "negative. Negatives: 一、, 2005年 ×2, 神舟六号, 一年来, （一）-（五）, 三农 ×2, 一批, "
    "第三代, 两基, 两年来, 近三年, 三级. Lexicalized, not listed: 进一步, 一些.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
