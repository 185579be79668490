"""Gold annotations for wr_china_2005 (2005年中华人民共和国国务院政府工作报告), lines 6-26 of
shared/texts/work_report/wr_china_2005.txt.

The excerpt corpora/wr_china_2005.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the headline results of 2004 (一年来的成就集中表现在…
2004年，国内生产总值…), the line 一年来，我们主要做了以下几方面工作。 and review items (一)
粮食增产和农民增收, (二) 固定资产投资, (三) 改革开放, (四) 社会事业 and the first paragraph of
(五) 人民生活 (就业、社会保障).  This is the number-dense part of the review of 2004 (part
一、过去一年工作回顾): the heading and the two opening paragraphs (source lines 3-5, ~350
characters) hold one numeral (2004年) between them, and any run of 2,000-2,500 characters
that starts there must stop at source line 22 or 23, giving up lines 23-26 (533个, 4万个,
1465亿元, 18.1%); a run that reaches 扶贫 / 救灾 (lines 27-28) must drop the headline line 6,
the densest line of the report.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2005.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2005"
PLACE = "中国"
REF = "2005-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 26                     # 1-based, inclusive, whole lines
TITLE = "2005年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一年来的成就集中表现在", ends="增长18.1%。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (（N）), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2010 / wr_china_2022)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2005-03-05; 去年 = 2004, 今年 = 2005) ---------------------------
# The excerpt lies inside part 一、过去一年工作回顾 (source line 3, outside the excerpt): the
# review of 2004.  Line 1 of the excerpt names the year itself (2004年，国内生产总值…) and that
# 2004年 governs the rest of the line (period text 2004年).  Line 2 (一年来，我们主要做了以下
# 几方面工作。) heads review items (一)-(六): numbers whose paragraph (line) states no period
# take the review year as the section frame (SPEC §4), period text 一年来, the null reading
# in period_alts (as wr_china_2022 / wr_china_2019).  全年 (lines 4, 6, 7, 12, 21 of the
# excerpt) = 2004 and governs the clauses after it in its line; 从2004年7月1日起 (line 21)
# governs no number (全年 replaces it before 1465亿元).  Stocks (扩大到29个省, 基本建成 …
# 疾病预防控制中心, the length of a finished pipeline) are the instant 2004-12-31 with the
# literal year and null as alts.  上年 inside the from/to pair 由上年居世界第四位上升为第三位
# governs only its own value (2003, SPEC §4).
Y04 = P("一年来", "2004-01-01", "2004-12-31")
Y04_NULL = P("一年来", None, None)
Y04_END = P("一年来", "2004-12-31", "2004-12-31")
FLOW = dict(period=Y04, period_alts=[Y04_NULL])
STOCK = dict(period=Y04_END, period_alts=[Y04, Y04_NULL])
STOCK_NOTE = ("stock under the review year 2004: instant 2004-12-31; the literal year and "
              "null in period_alts")
INHERIT_NOTE = ("no period in its line → the review year 2004 (section frame, period text "
                "一年来 of the line heading the review items), null in period_alts")
YX = P("2004年", "2004-01-01", "2004-12-31")          # stated in line 1 of the excerpt
HEAD = dict(period=YX)
FULL = P("全年", "2004-01-01", "2004-12-31")
YEAR = dict(period=FULL, period_alts=[P("全年", None, None), Y04])
FULL_NOTE = "全年 (= 2004, the review year) governs the rest of the line"

# ---- line 1 (source 6): headline results of 2004 ----------------------------------------------
g.neg("一年来的成就集中", "一年来", PERIOD_NOTE + " (the review year 2004); not a duration "
      "fact")
g.neg("2004年，国内生产总值", "2004年", PERIOD_NOTE + " (the review year; governs the rest "
      "of the line)")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到13.65万亿元", "13.65万亿元", value=13.65e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **HEAD,
     note="达到 → eq; 万亿元 = 1e12; a flow of the year 2004 (stated at the head of the "
          "sentence)")
fact("比上年增长9.5%", "9.5%", value=9.5, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["经济增长"], comparison="yoy", **HEAD, note="比上年 → yoy")
FISC = ["全国财政收入", "财政总收入", "财政"]
fact("财政收入2.63万亿元", "2.63万亿元", value=2.63e12, unit="CNY", kind="amount",
     metric="财政收入", metric_alts=FISC, **HEAD)
fact("2.63万亿元，增长21.4%", "21.4%", value=21.4, unit="%", kind="growth",
     metric="财政收入", metric_alts=FISC, comparison="yoy", **HEAD)
RETAIL = ["社会消费品零售额", "社零总额", "社会消费品零售总额增速"]
fact("零售总额5.4万亿元", "5.4万亿元", value=5.4e12, unit="CNY", kind="amount",
     metric="社会消费品零售总额", metric_alts=RETAIL[:2], **HEAD)
fact("5.4万亿元，增长13.3%", "13.3%", value=13.3, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=RETAIL, comparison="yoy", **HEAD)
TRADE = ["进出口总额", "外贸进出口总额", "进出口", "对外贸易总额", "进出口贸易", "货物进出口总额"]
fact("进出口贸易总额1.15万亿美元", "1.15万亿美元", value=1.15e12, unit="USD", kind="amount",
     metric="进出口贸易总额", metric_alts=TRADE, **HEAD, note="万亿美元 → 1.15e12 USD")
fact("1.15万亿美元，增长35.7%", "35.7%", value=35.7, unit="%", kind="growth",
     metric="进出口贸易总额", metric_alts=TRADE, comparison="yoy", **HEAD)
RANK_ALTS = TRADE + ["进出口贸易总额排名", "进出口贸易总额世界排名", "进出口贸易总额世界位次",
                     "外贸世界排名"]
fact("由上年居世界第四位", "第四位", value=4, unit="rank", kind="rank", scope="世界",
     metric="进出口贸易总额", metric_alts=RANK_ALTS,
     period=P("上年", "2003-01-01", "2003-12-31"),
     period_alts=[P("上年", None, None)],
     note="start of a from/to pair (由上年居…第四位上升为第三位): 上年 (= 2003) governs only its "
          "own value (SPEC §4); rank 4, scope 世界 (span without the scope word)")
fact("上升为第三位", "第三位", value=3, unit="rank", kind="rank", scope="世界",
     metric="进出口贸易总额", metric_alts=RANK_ALTS, **HEAD,
     note="end of the pair: the 2004 position (2004年 of the line); scope 世界 carried from "
          "第四位")
fact("城镇新增就业980万人", "980万人", value=9800000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **HEAD, note="超过预期目标 after it: the target is not restated")
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农村居民收入", "农民人均纯收入", "人均纯收入", "农村居民人均收入"]
fact("可支配收入9422元", "9422元", value=9422, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, **HEAD)
fact("人均纯收入2936元", "2936元", value=2936, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, **HEAD)
fact("实际增长7.7%和6.8%", "7.7%", value=7.7, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **HEAD,
     note="扣除价格因素…实际 = in real terms; 分别 maps in order: 7.7% → 城镇, 6.8% → 农村; "
          "each value carries its own %")
fact("实际增长7.7%和6.8%", "6.8%", value=6.8, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **HEAD,
     note="second of the 分别 pair → 农村居民人均纯收入, real terms")
g.neg("迈出坚实的一步", "一步", "idiom 迈出…一步 'take a step', not a quantity")

# ---- line 2 (source 7) ------------------------------------------------------------------------
g.neg("一年来，我们主要", "一年来", PERIOD_NOTE + " (the review year 2004; heads the review "
      "items and names the section frame)")

# ---- line 3-4 (source 8-9): (一) grain and farm incomes ---------------------------------------
g.neg("（一）采取", "（一）", MARKER_NOTE)
g.neg("用于“三农”的支出", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
AGRI = ["中央财政“三农”支出", "中央财政用于三农的支出", "“三农”支出", "三农支出",
        "中央财政三农支出", "用于“三农”的支出"]
gov("的支出共2626亿元", "2626亿元", value=2626e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的支出", metric_alts=AGRI, **YEAR,
    note="共 → eq; " + FULL_NOTE + "; " + GOV_NOTE)
gov("2626亿元，增长22.5%", "22.5%", value=22.5, unit="%", kind="growth",
    metric="中央财政用于“三农”的支出", metric_alts=AGRI, comparison="yoy", **YEAR)
GRAIN = ["粮食产量", "粮食", "粮食总产"]
fact("粮食总产量达到46947万吨", "46947万吨", value=46947e4, unit="t", kind="amount",
     metric="粮食总产量", metric_alts=GRAIN, **YEAR,
     note="全年 restated; 达到 → eq; 46947万吨 = 4.6947e8 t")
fact("增产3877万吨", "3877万吨", value=3877e4, unit="t", kind="amount",
     metric="粮食总产量增量",
     metric_alts=["粮食增产", "粮食产量增量", "粮食增产量", "增产", "粮食总产量",
                  "粮食总产量增加"],
     **YEAR,
     note="absolute change of a level (增产 → positive, metric <level>增量, SPEC §2): "
          "output up 3877万吨 on 2003")

# ---- lines 5-9 (source 10-14): (二) fixed-asset investment ------------------------------------
g.neg("（二）控制", "（二）", MARKER_NOTE)
g.neg("信贷投放两个闸门", "两个", "appositive 两个 restating the two items just named "
      "(土地审批, 信贷投放) in the metaphor 两个闸门 'two floodgates', not a measured count "
      "(as nw_cctv_20210526_yrd_2021 两个关键词)")
gov("暂停半年审批", "半年", value=0.5, unit="year", kind="amount",
    metric="农用地转非农建设用地审批暂停期限",
    metric_alts=["暂停审批农用地转非农建设用地", "暂停审批期限", "暂停审批时长", "暂停审批",
                 "农用地转非农建设用地审批暂停时长", "暂停审批农用地转非农建设用地期限",
                 "农用地转用审批暂停时长"],
    **FLOW,
    note="judgement call: 暂停半年审批 — the suspension of farmland-conversion approvals for "
         "half a year → a duration fact (半年 = 0.5 year, SPEC §3 durations, as 两年 of the "
         "stimulus plan in wr_china_2010 and 240小时 in wr_henan_2025); the reading as a "
         "policy description (negative, as 减半征收 in wr_china_2010) is the alternative; the "
         "measure was taken in 2004 (section frame; it precedes 全年 in its line); " + GOV_NOTE)
FAI = ["固定资产投资", "全社会固定资产投资增速", "固定资产投资增速"]
fact("全社会固定资产投资增长25.8%", "25.8%", value=25.8, unit="%", kind="growth",
     metric="全社会固定资产投资", metric_alts=FAI, comparison="yoy", **YEAR,
     note=FULL_NOTE)
g.neg("比一季度回落", "一季度", PERIOD_NOTE + " (here the comparison basis of 回落17.2个"
      "百分点: the growth of Q1 2004; it does not replace the governing 全年)")
fact("回落17.2个百分点", "17.2个百分点", value=-17.2, unit="pp", kind="change",
     metric="全社会固定资产投资增速",
     metric_alts=["固定资产投资增速", "全社会固定资产投资增幅", "固定资产投资增幅", "增幅",
                  "投资增速", "全社会固定资产投资"],
     comparison="比一季度", **YEAR,
     note="pp difference of growth rates (full-year 2004 25.8% vs Q1 2004) → metric X增速 "
          "(README §3); 回落 → negative; basis 比一季度 (surface form), period stays 全年")
PIPE = dict(subject="西气东输管道", subject_alts=["西气东输", "西气东输工程", "中国", "我国"])
fact("长达4000公里的西气东输", "4000公里", value=4e6, unit="m", kind="amount",
     metric="西气东输管道长度",
     metric_alts=["管道长度", "长度", "西气东输管道", "西气东输管道全长", "全长"], **PIPE,
     period=Y04_END, period_alts=[Y04, Y04_NULL],
     note="长达 'as long as' → eq; 4000公里 = 4e6 m; the facility owns the number (README §4); "
          "the length of the pipeline completed (全线贯通) in 2004, a physical attribute → "
          "instant at the end of the review year (precedes 全年 in its line), the year and null "
          "as alts")
g.neg("三峡工程", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity")
fact("新增煤炭生产能力1.2亿吨", "1.2亿吨", value=1.2e8, unit="t", kind="amount",
     metric="新增煤炭生产能力",
     metric_alts=["煤炭生产能力增量", "煤炭生产能力", "新增煤炭产能", "煤炭产能增量",
                  "新增煤炭年生产能力", "煤炭产能", "新增煤炭生产能力规模"],
     **YEAR,
     note="全年 (= 2004) governs the rest of the line; a capacity (SPEC rates: base unit t, "
          "the rate in the metric); 新增 of a stock → indicator phrase kept whole, 增量 alts")
fact("发电装机容量5055万千瓦", "5055万千瓦", value=5.055e10, unit="W", kind="amount",
     metric="新增发电装机容量",
     metric_alts=["发电装机容量增量", "发电装机增量", "新增发电装机", "发电装机容量",
                  "发电装机"],
     **YEAR, note="5055万千瓦 = 5.055e10 W; verb 新增 as written")
fact("铁路新线投产1433公里", "1433公里", value=1.433e6, unit="m", kind="amount",
     metric="铁路新线投产",
     metric_alts=["铁路新线投产里程", "新线投产", "铁路新线", "铁路营业里程增量",
                  "新建铁路投产里程", "铁路新线投产里程数"],
     **YEAR, note="1433公里 = 1.433e6 m")
fact("公路通车里程4.6万公里", "4.6万公里", value=4.6e7, unit="m", kind="amount",
     metric="新增公路通车里程",
     metric_alts=["公路通车里程增量", "公路通车里程", "新增公路里程", "公路里程增量"],
     **YEAR, note="4.6万公里 = 4.6e7 m")
WEST = CN + ["西部地区", "西部大开发"]
fact("新开工10项国家", "10项", value=10, unit="count", kind="count", classifier="项",
     metric="新开工国家重点建设工程",
     metric_alts=["国家重点建设工程", "新开工国家重点建设工程数量", "国家重点建设工程增量",
                  "西部大开发新开工国家重点建设工程", "西部地区新开工国家重点建设工程",
                  "新开工重点建设工程", "重点建设工程"],
     subject_alts=WEST + GOV, **FLOW,
     note="projects started (新开工) in 2004 under the Western Development programme: the "
          "country keeps the subject, the region as alt (README §4); " + INHERIT_NOTE)
fact("总投资800亿元", "800亿元", value=800e8, unit="CNY", kind="amount",
     metric="新开工国家重点建设工程总投资",
     metric_alts=["总投资", "国家重点建设工程总投资", "项目总投资", "总投资额",
                  "西部大开发新开工国家重点建设工程总投资", "重点建设工程总投资"],
     subject_alts=WEST + GOV, **FLOW,
     note="the total investment of the 10 projects started (as the 272 projects started / "
          "总投资684亿元 of nw_cctv_20201205_hainan_ftp_2020: actual); an aggregate, not a "
          "threshold defining the set")
NE = CN + GOV + ["东北地区等老工业基地", "东北地区", "东北老工业基地"]
fact("启动了197个调整改造项目", "197个", value=197, unit="count", kind="count",
     classifier="个", metric="调整改造项目",
     metric_alts=["启动调整改造项目", "国家支持启动的调整改造项目", "调整改造项目数量",
                  "东北地区等老工业基地调整改造项目", "老工业基地调整改造项目"],
     subject_alts=NE, **FLOW,
     note="projects launched in 2004 with state support in the north-east: the country keeps "
          "the subject, the region and the central government as alts; " + INHERIT_NOTE)
fact("15个采煤沉陷区", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="采煤沉陷区治理工程",
     metric_alts=["开始建设的采煤沉陷区治理工程", "采煤沉陷区治理工程数量",
                  "采煤沉陷区治理", "采煤沉陷区"],
     subject_alts=NE, **FLOW, note="works begun (开始建设) in 2004; " + INHERIT_NOTE)

# ---- lines 10-12 (source 15-17): (三) reform and opening -------------------------------------
g.neg("（三）不失时机", "（三）", MARKER_NOTE)
fact("扩大到29个省", "29个", value=29, unit="count", kind="count", classifier="个",
     metric="农村信用社改革省（自治区、直辖市）",
     metric_alts=["农村信用社改革试点省份", "农村信用社改革省份", "农村信用社改革覆盖省份",
                  "省（自治区、直辖市）", "农村信用社改革扩大到的省（自治区、直辖市）",
                  "农村信用社改革范围", "农村信用社改革省(自治区、直辖市)",
                  "农村信用社改革试点省（自治区、直辖市）"],
     **STOCK,
     note="扩大到 = the extent reached: the provinces (incl. autonomous regions and "
          "municipalities) covered by the rural credit co-operative reform at the end of 2004; "
          + STOCK_NOTE)
FDI = ["实际利用外资", "外商直接投资", "实际使用外资", "实际使用外商直接投资", "利用外资"]
fact("外商直接投资606亿美元", "606亿美元", value=606e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资", metric_alts=FDI, **YEAR, note=FULL_NOTE)

# ---- lines 13-19 (source 18-24): (四) social development --------------------------------------
g.neg("（四）加大", "（四）", MARKER_NOTE)
SOC = ["中央财政用于这些方面的支出", "用于这些方面的支出", "中央财政科教文卫体支出",
       "中央财政用于科技、教育、文化、卫生、体育的支出", "中央财政社会事业支出",
       "中央财政科技、教育、文化、卫生、体育支出"]
gov("这些方面的支出987亿元", "987亿元", value=987e8, unit="CNY", kind="amount",
    metric="中央财政用于科技、教育、文化、卫生、体育事业的支出", metric_alts=SOC, **FLOW,
    note="这些方面 refers back to 科技、教育、文化、卫生、体育事业 (restored in the metric, the "
         "surface phrase as alt); " + GOV_NOTE + "; " + INHERIT_NOTE)
gov("投入国债资金147亿元", "147亿元", value=147e8, unit="CNY", kind="amount",
    metric="国债资金",
    metric_alts=["投入国债资金", "国债资金投入", "国债投入",
                 "投入科技、教育、文化、卫生、体育事业的国债资金", "国债资金投入额"],
    **FLOW, note="treasury-bond funds put into the same sectors in 2004; " + GOV_NOTE)
g.neg("一批重大科技项目", "一批", "quantifier 一批")
gov("组织2000多位专家", "2000多位", value=2000, unit="count", kind="count", bound="gt",
    classifier="位", metric="研究论证专家",
    metric_alts=["专家", "组织专家", "参与研究论证的专家", "专家人数",
                 "国家中长期科学和技术发展规划研究论证专家", "组织的专家"],
    **FLOW,
    note="多 inside the span → gt; experts organised for the studies of the medium- and "
         "long-term science plan; " + GOV_NOTE + "; " + INHERIT_NOTE)
g.neg("新一轮教育振兴", "一轮", "新一轮 'a new round', not a count")
g.neg("“两基”攻坚", "两基", LABEL_NOTE + " (“两基” = 基本普及九年义务教育、基本扫除青壮年"
      "文盲)")
fact("2400多万贫困家庭学生", "2400多万", value=24000000, unit="count", kind="count",
     bound="gt", classifier="人", metric="免费提供教科书的贫困家庭学生",
     metric_alts=["贫困家庭学生", "免费教科书受益学生", "获得免费教科书的贫困家庭学生",
                  "农村义务教育阶段贫困家庭学生", "中西部地区农村义务教育阶段贫困家庭学生",
                  "免费提供教科书的学生", "贫困家庭学生人数"],
     subject_alts=CN + ["中西部地区", "中西部地区农村"], **FLOW,
     note="多 inside the span → gt; no classifier written (2400多万 + noun 学生): 人 implied "
          "(as 6069万农民 in wr_china_2010); the predicate 免费提供教科书 defines the counted "
          "set → in the metric; the region as subject alt; " + INHERIT_NOTE)
CDC_NOTE = ("基本建成 'basically completed' = the network built by 2004 → " + STOCK_NOTE)
fact("1410个县级", "1410个", value=1410, unit="count", kind="count", classifier="个",
     metric="县级疾病预防控制中心",
     metric_alts=["疾病预防控制中心", "基本建成的县级疾病预防控制中心",
                  "县级疾病预防控制中心数量", "县级疾控中心"],
     **STOCK, note="head 疾病预防控制中心 elided in the first item (restored, README §3); "
                   + CDC_NOTE)
fact("和250个省", "250个", value=250, unit="count", kind="count", classifier="个",
     metric="省、市（地）级疾病预防控制中心",
     metric_alts=["疾病预防控制中心", "省、市(地)级疾病预防控制中心", "省市级疾病预防控制中心",
                  "基本建成的省、市（地）级疾病预防控制中心",
                  "省、市（地）级疾病预防控制中心数量", "省、市（地）级疾控中心"],
     **STOCK, note=CDC_NOTE)
fact("290所紧急救援中心", "290所", value=290, unit="count", kind="count", classifier="所",
     metric="紧急救援中心",
     metric_alts=["开工的紧急救援中心", "陆续开工的紧急救援中心", "紧急救援中心数量",
                  "紧急救援中心开工"],
     **FLOW, note="centres whose construction started (陆续开工) in 2004; " + INHERIT_NOTE)
LIB_NOTE = ("supported by a central special fund (中央财政安排专项资金支持): " + GOV_NOTE + "; "
            + INHERIT_NOTE)
gov("支持533个县级", "533个", value=533, unit="count", kind="count", classifier="个",
    metric="县级图书馆、文化馆",
    metric_alts=["中央财政专项资金支持的县级图书馆、文化馆", "支持县级图书馆、文化馆",
                 "县级图书馆、文化馆数量", "县级图书馆文化馆", "县级图书馆、文化馆建设",
                 "县级图书馆和文化馆"],
    **FLOW, note=LIB_NOTE)
gov("和4万个村", "4万个", value=40000, unit="count", kind="count", classifier="个",
    metric="村广播电视设施",
    metric_alts=["村广播电视设施建设", "支持村广播电视设施建设", "村广播电视设施数量",
                 "中央财政专项资金支持的村广播电视设施", "村", "广播电视设施"],
    **FLOW, note="4万个 counts the villages whose broadcasting facilities were supported; "
                 + LIB_NOTE)
g.neg("第28届奥运会", "第28届", "edition label of the Olympic Games, not a count or rank")
g.neg("第12届残疾人", "第12届", "edition label of the Paralympic Games, not a count or rank")

# ---- lines 20-21 (source 25-26): (五) living standards ---------------------------------------
g.neg("（五）努力", "（五）", MARKER_NOTE)
g.neg("“两个确保”", "两个确保", LABEL_NOTE + " (“两个确保”: pensions paid in full and on time, "
      "basic living allowances of laid-off workers of state firms)")
g.neg("从2004年7月1日起", "2004年7月1日", PERIOD_NOTE + " (date from which pensions were "
      "raised; no number follows before 全年)")
SS = ["社会保障资金", "中央财政社会保障资金", "中央财政社会保障支出", "用于社会保障的资金",
      "中央财政用于社会保障的支出", "社会保障支出"]
gov("社会保障的资金达1465亿元", "1465亿元", value=1465e8, unit="CNY", kind="amount",
    metric="中央财政用于社会保障的资金", metric_alts=SS, **YEAR,
    note="达 → eq; 全年 (= 2004) stated in the sentence; " + GOV_NOTE)
gov("1465亿元，增长18.1%", "18.1%", value=18.1, unit="%", kind="growth",
    metric="中央财政用于社会保障的资金", metric_alts=SS, comparison="yoy", **YEAR)

NOTES = (
    "Excerpt: lines 6-26 of shared/texts/work_report/wr_china_2005.txt (2,450 characters "
    "with the final newline), sliced by code: the headline results of 2004 (一年来的成就…"
    "2004年，国内生产总值…), 一年来，我们主要做了以下几方面工作。 and review items (一)-(四) in "
    "full with the first paragraph of (五) (就业、社会保障). It is the number-dense part of the "
    "review of 2004: runs that add the heading 一、过去一年工作回顾 and the two opening "
    "paragraphs (source lines 3-5, one numeral between them) must stop at line 22-23, and "
    "runs that reach 扶贫 / 救灾 / 拖欠工资 (lines 27-28) must drop the headline line 6. "
    "Title: the corpus meta title (the source has no title line), title_in_text=False. "
    "Date: 2005-03-05, the corpus meta date: the opening day of the 3rd session of the 10th "
    "NPC, on which the Premier delivered the report; the Wikisource text has no dateline; "
    "nothing in the excerpt contradicts it (2004 full-year results reported; 去年 = 2004). "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central government's "
    "own spending and acts (三农 支出, 暂停半年审批, 社会事业 支出 and 国债资金, 专家, 图书馆/"
    "广播电视 support, 社会保障资金) keep 中国 with 中央财政/中央政府/国务院 as alts; regional "
    "programmes (西部大开发 10项 / 800亿元, 东北 197个 / 15个, 中西部 2400多万 students) keep "
    "中国 with the region as alt; the 西气东输 pipeline owns its length. Periods: 2004年 "
    "governs line 1 of the excerpt (period text 2004年); lines with 全年 take it (2004, "
    "text 全年) from there on; lines with no period take the review year as the section "
    "frame (period text 一年来 of the line heading the review items, null as alt); stocks "
    "(29个 provinces of the credit co-operative reform, 基本建成 disease-control centres, the "
    "pipeline's length) → instant 2004-12-31 with the year and null as alts; the from/to "
    "rank pair: 第四位 → 上年 = 2003, 第三位 → 2004. Modality: actual throughout. "
    "Judgement calls: 暂停半年审批 → a duration fact (0.5 year) rather than a policy "
    "description; 两个闸门 → negative (appositive count of the two named gates); 增产3877万吨 → "
    "amount with metric 粮食总产量增量; 回落17.2个百分点 → change −17.2 pp, comparison 比一季度 "
    "(一季度 a negative); 总投资800亿元 of projects started → actual; 4万个村广播电视设施 counts "
    "villages' facilities (classifier 个); 1410个县级… → head restored. Negatives: 一年来 ×2, "
    "2004年, 一步, （一）-（五）, 三农, 两个 (闸门), 一季度, 三峡, 一批, 一轮 (新一轮), 两基, "
    "第28届, 第12届, 两个确保, 2004年7月1日.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
