"""Gold annotations for wr_china_2003 (2003年中华人民共和国国务院政府工作报告), lines 3-11 of
shared/texts/work_report/wr_china_2003.txt.

The excerpt corpora/wr_china_2003.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、过去五年政府工作的回顾, its opening
paragraph (第九届全国人民代表大会第一次会议以来的五年…), the sub-heading 五年来，国民经济保持良好
发展势头… with its four paragraphs (经济持续较快增长: GDP, revenue, reserves, investment, bonds;
基础设施建设成就显著: water works, roads, railways, airports, ports, telecoms, power;
西部大开发开局良好; 可持续发展能力增强: environment spending, afforestation, erosion,
population growth), and the next sub-heading 五年来，改革开放取得突破性进展… with its first
paragraph (所有制结构…, no figures).  It is the densest run of 2,000-2,500 characters in the
allowed lines 3-87 (61 Arabic numbers in 2,030 characters; every figure lies in source lines
6-9, which with the headings hold only 1,760 characters, so lines 10-11 complete the run).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2003.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2003"
PLACE = "中国"
REF = "2003-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 11                     # 1-based, inclusive, whole lines
TITLE = "2003年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、过去五年政府工作的回顾", ends="扩大出口方面发挥了重要作用。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "session label of the congress (SPEC §1 二十届三中全会), not a quantity"
CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央政府", "国务院", "中央财政", "中华人民共和国国务院"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 2003-03-05; 去年 = 2002, 今年 = 2003) ---------------------------
# The report closes the term of the government sworn in at the 1st session of the 9th NPC
# (March 1998; source line 2: 本届政府1998年3月就职): 过去五年 / …以来的五年 / 五年来 / 五年 /
# 五年内 = the statistical years 1998-2002 (as wr_china_1998: 1993-1997, wr_china_2013:
# 2008-2012).  The heading 一、过去五年政府工作的回顾 (excerpt line 1) and the sub-heading
# 五年来，国民经济保持良好发展势头… (line 3) set the section frame: a figure whose line states no
# period before it takes the span, period text 五年来 (the sub-heading), null as alt (SPEC §4).
#   - Line 4 (经济持续较快增长): the pairs 从1997年的…增加到2002年的… (GDP, revenue: flows) date
#     only their own values (SPEC §4) → the years 1997 / 2002; the average growth 平均每年增长
#     7.7% and the average increase 平均每年增加2053亿元 after them take the frame (the span);
#     国家外汇储备从…增加到… (no years, a stock) is read in parallel with the dated pairs of its
#     sentence: instants 1997-12-31 / 2002-12-31 (see below); 五年全社会固定资产投资… then
#     governs the rest of the line (the span).
#   - Line 5 (基础设施建设成就显著) states 五年 before its first figure (restated twice):
#     five-year totals and the multiple of the five-year road investment → the span; pairs
#     dated 由1997年的…增加到2002年的… (公路通车里程, 长途光缆, 发电装机容量) are network lengths
#     or capacities (stocks) → the instants 1997-12-31 / 2002-12-31, the literal years as
#     alts (as 发电装机容量 in wr_china_1998).
#   - Pairs without years (外汇储备; 其中高速公路由4771公里增加到2.52万公里 and its ranks
#     第三十九位→第二位; 铁路营运里程; 电话用户 and 居世界首位) run parallel to the dated pairs of
#     the same paragraph and compare the same two moments → instants 1997-12-31 / 2002-12-31
#     (judgement call, as 不良贷款率 read in parallel with 资本充足率 in wr_china_2013, and the
#     pairs under 五年来 in wr_china_1998 → the level before the span and at its end); alts:
#     the year, the span's start instant (start values), the span 1998-2002 (the mechanical
#     reading: the last period outside a pair is the span) and null.
#   - Line 6 (西部大开发开局良好): 实施西部大开发战略三年来 = 2000-2002 (the strategy launched in
#     2000; like 近三年, full years up to the reference year); alts: up to the reference
#     date, null.
#   - Line 7 (可持续发展能力增强): 五年 / 五年内 → the span; the rate 人口自然增长率降到6.45‰ (the
#     level reached at the end of the term) → the year 2002, the span (the mechanical
#     reading), the instant and null as alts.
def five(txt):
    return P(txt, "1998-01-01", "2002-12-31")


SPAN = dict(period=five("五年"), period_alts=[null("五年")])
SPAN_NOTE = "a total over the five years 1998-2002 (五年 of the line governs), null as alt"
FRAME = dict(period=five("五年来"), period_alts=[null("五年来")])
FRAME_NOTE = ("no period outside a pair before it in its line → the section frame 1998-2002 "
              "(sub-heading 五年来), null as alt")
AVG_NOTE = ("average over the five years of the term 1998-2002; the years of the pair before "
            "it date only the pair's values (SPEC §4) → " + FRAME_NOTE)
Y97_END = P("1997年", "1997-12-31", "1997-12-31")
Y02_END = P("2002年", "2002-12-31", "2002-12-31")
Y97 = P("1997年", "1997-01-01", "1997-12-31")
Y02 = P("2002年", "2002-01-01", "2002-12-31")
DATED_START = dict(period=Y97_END, period_alts=[Y97])
DATED_END = dict(period=Y02_END, period_alts=[Y02])


def par_start(txt):
    return dict(period=Y97_END, period_alts=[Y97, P(txt, "1998-01-01", "1998-01-01"),
                                             five(txt), null(txt)])


def par_end(txt):
    return dict(period=Y02_END, period_alts=[Y02, five(txt), null(txt)])


PAR_START, PAR_END = par_start("五年"), par_end("五年")
Y97_FLOW = dict(period=Y97)
Y02_FLOW = dict(period=Y02)
DATED_NOTE = ("inside a from/to pair dated {y}年 (the year governs only its own value, SPEC "
              "§4); a network length / capacity (a stock) → instant {y}-12-31 (stock rule), "
              "the year as alt")
PAR_NOTE = ("from/to pair without years, parallel to the dated pairs 由1997年的…增加到2002年的… "
            "of the paragraph: {which} → instant {y}-12-31 (a stock); alts: the year, {extra}"
            "the five-year span (the mechanical reading: the span governs the line outside the "
            "pairs) and null (judgement call, as 不良贷款率 in wr_china_2013)")
PAR_START_NOTE = PAR_NOTE.format(which="the level before the term", y=1997,
                                 extra="the start instant 1998-01-01 of the span, ")
PAR_END_NOTE = PAR_NOTE.format(which="the level at the end of the term", y=2002, extra="")
BASIS_NOTE = ("1950年到1997年: the span of years whose total investment is the basis of the "
              "comparison (相当于/是…总和的…); a period expression, not a quantity, and not the "
              "period of any fact")
W3 = P("三年来", "2000-01-01", "2002-12-31")
WEST = dict(period=W3, period_alts=[P("三年来", "2000-01-01", REF), null("三年来")])
WEST_SUBJ = CN + ["国家", "西部地区", "西部"]

# ==== line 1 (source 3): heading =====================================================================
g.neg("一、过去五年政府工作", "一、", MARKER_NOTE)
g.neg("一、过去五年政府工作", "过去五年", PERIOD_NOTE + " (section heading: the five years "
      "1998-2002 of the outgoing government's term)")

# ==== line 2 (source 4): opening paragraph, no facts =================================================
g.neg("第九届全国人民代表大会", "第九届", SESSION_NOTE + " (9th NPC)")
g.neg("第一次会议以来的五年", "第一次", SESSION_NOTE + " (1st session, March 1998)")
g.neg("会议以来的五年", "五年", PERIOD_NOTE + " (…以来的五年 = 1998-2002); not a duration fact; "
      "no figure in its line")
g.neg("是很不平凡的五年", "五年", "predicate noun 'five extraordinary years' (the same span "
      "1998-2002), not a duration fact")
g.neg("矛盾十分突出", "十分", "adverb 十分 'very', not a quantity")
g.neg("1998、1999年连续遭受", "1998、1999年", "dates of the floods (two years, a period "
      "expression), not a quantity; no figure follows")
g.neg("现代化建设第二步", "第二步", "label of the second step of the three-step strategy "
      "(三步走), an ordinal name, not a rank (as wr_china_2001)")
g.neg("向第三步战略目标", "第三步", "label of the third step of the three-step strategy, not a "
      "rank")

# ==== line 3 (source 5): sub-heading =================================================================
g.neg("五年来，国民经济保持", "五年来", PERIOD_NOTE + " (sub-heading: 1998-2002, the frame of "
      "the paragraphs under it; period text of the figures without a period in their line)")

# ==== line 4 (source 6): 经济持续较快增长 ============================================================
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
g.neg("从1997年的7.4万亿元", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "7.4万亿元)")
fact("从1997年的7.4万亿元", "7.4万亿元", value=7.4e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **Y97_FLOW,
     note="start of the from/to pair, dated 1997年 (a flow of the year); 万亿元 = 1e12")
g.neg("增加到2002年的10.2万亿元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 10.2万亿元)")
fact("2002年的10.2万亿元", "10.2万亿元", value=10.2e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **Y02_FLOW,
     note="end of the pair, dated 2002年 (a flow of the year)")
fact("平均每年增长7.7%", "7.7%", value=7.7, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["国内生产总值年均增长", "国内生产总值年均增速", "经济增长", "年均增速",
                        "经济年均增速", "经济增长速度"],
     comparison="年均", **FRAME,
     note="按可比价格计算 = in real terms; 平均每年增长 → comparison the surface basis 年均 (as "
          "wr_china_1998 / wr_china_2001); " + AVG_NOTE)
REV = ["财政收入", "国家财政收入", "全国财政收入总额", "财政总收入"]
g.neg("从1997年的8651亿元", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "8651亿元)")
fact("从1997年的8651亿元", "8651亿元", value=8651e8, unit="CNY", kind="amount",
     metric="全国财政收入", metric_alts=REV, subject_alts=CN + GOV, **Y97_FLOW,
     note="start of the pair, dated 1997年 (a flow of the year); national report → 中国, "
          "国家 etc. as alts")
g.neg("增加到2002年的18914亿元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 18914亿元)")
fact("2002年的18914亿元", "18914亿元", value=18914e8, unit="CNY", kind="amount",
     metric="全国财政收入", metric_alts=REV, subject_alts=CN + GOV, **Y02_FLOW,
     note="end of the pair, dated 2002年")
fact("平均每年增加2053亿元", "2053亿元", value=2053e8, unit="CNY", kind="amount",
     metric="全国财政收入增量",
     metric_alts=["全国财政收入年均增量", "全国财政收入年均增加额", "全国财政收入平均每年增加",
                  "财政收入增量", "财政收入年均增量", "全国财政收入", "财政收入年均增加"],
     subject_alts=CN + GOV, **FRAME,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2), here the "
          "average per year over the term ((18914-8651)/5 ≈ 2053); an amount fact carries no "
          "comparison (README §6; 年均 lives in the alts); " + AVG_NOTE)
FX = ["外汇储备", "外汇储备余额", "国家外汇储备余额"]
fact("国家外汇储备从1399亿美元", "1399亿美元", value=1399e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"], **par_start("五年来"),
     note="亿美元 → USD; reserves are a stock; " + PAR_START_NOTE.replace(
         "of the paragraph", "of the sentence (GDP, revenue)"))
fact("增加到2864亿美元", "2864亿美元", value=2864e8, unit="USD", kind="amount",
     metric="国家外汇储备", metric_alts=FX, subject_alts=CN + ["国家"], **par_end("五年来"),
     note=PAR_END_NOTE.replace("of the paragraph", "of the sentence (GDP, revenue)"))
g.neg("五年全社会固定资产", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs the rest of the "
      "line)")
FAI = ["固定资产投资", "全社会固定资产投资累计完成额", "累计完成全社会固定资产投资",
       "全社会固定资产投资累计", "全社会固定资产投资完成额"]
fact("累计完成17.2万亿元", "17.2万亿元", value=17.2e12, unit="CNY", kind="amount",
     metric="全社会固定资产投资", metric_alts=FAI, **SPAN,
     note="累计完成 = the cumulative flow of the five years; 万亿元 = 1e12; " + SPAN_NOTE)
BOND = ["长期建设国债", "长期建设国债发行额", "长期建设国债发行规模", "发行国债", "国债发行",
        "发行长期建设国债规模", "国债"]
fact("发行6600亿元长期建设国债", "6600亿元", value=6600e8, unit="CNY", kind="amount",
     metric="发行长期建设国债", metric_alts=BOND, subject_alts=CN + GOV, **SPAN,
     note="long-term construction bonds issued by the central government over the five years "
          "(a flow; the state's own act → 中国, 国家/中央政府 etc. as alts); " + SPAN_NOTE)
fact("形成3.28万亿元的投资规模", "3.28万亿元", value=3.28e12, unit="CNY", kind="amount",
     metric="投资规模",
     metric_alts=["长期建设国债带动形成的投资规模", "国债带动投资规模", "带动形成的投资规模",
                  "国债项目投资规模", "长期建设国债投资规模", "形成的投资规模",
                  "国债项目总投资"],
     **SPAN,
     note="the investment scale formed by the bonds together with the bank loans and other "
          "funds they drew in (带动…形成); 万亿元 = 1e12; " + SPAN_NOTE)

# ==== line 5 (source 7): 基础设施建设成就显著 ========================================================
g.neg("建成了一批关系全局", "一批", "quantifier 一批")
g.neg("五年全国水利建设投资", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs the rest of "
      "the line outside the from/to pairs)")
WATER = ["水利建设投资", "水利投资", "全国水利建设投资累计", "五年全国水利建设投资",
         "水利建设投资总额"]
fact("水利建设投资3562亿元", "3562亿元", value=3562e8, unit="CNY", kind="amount",
     metric="全国水利建设投资", metric_alts=WATER, **SPAN,
     note="亿元 ×1e8; " + SPAN_NOTE)
g.neg("相当于1950年到1997年", "1950年到1997年", BASIS_NOTE + "; 相当于…的总和 'equal to the "
      "sum' states no numeral (a ratio of about 1 in meaning), so no fact is annotated")
g.neg("一批重大水利设施", "一批", "quantifier 一批")
LEVEE = ["江河堤防加固工程", "江河堤防加固", "开工江河堤防加固工程", "江河堤防加固工程开工里程",
         "江河堤防加固工程开工长度", "堤防加固工程开工", "堤防加固"]
fact("工程开工3.5万公里", "3.5万公里", value=3.5e7, unit="m", kind="amount",
     metric="江河堤防加固工程开工", metric_alts=LEVEE, **SPAN,
     note="length of levee reinforcement works started; 3.5万公里 = 3.5e7 m; " + SPAN_NOTE)
fact("长达3500多公里", "3500多公里", value=3.5e6, unit="m", kind="amount", bound="gt",
     metric="长江干堤加固工程",
     metric_alts=["长江干堤", "长江干堤加固", "长江干堤加固工程长度", "完成长江干堤加固工程",
                  "长江干堤加固里程", "完成的长江干堤加固工程"],
     **SPAN,
     note="长达 'as long as' (达 → no bound word of its own); 多 inside the span → gt; the "
          "head 加固工程 is shared with 黄河堤防 (…的长江干堤和近千公里的黄河堤防加固工程) and "
          "restored; works completed in the five years; " + SPAN_NOTE)
fact("和近千公里的黄河", "千公里", value=1e6, unit="m", kind="amount", bound="approx",
     metric="黄河堤防加固工程",
     metric_alts=["黄河堤防", "黄河堤防加固", "黄河堤防加固工程长度", "完成黄河堤防加固工程",
                  "黄河堤防加固里程", "完成的黄河堤防加固工程"],
     **SPAN,
     note="近 → approx (outside the span); 千公里 = 1e6 m (the bare 千 is the number, as "
          "近千亿元 in wr_shanxi_2025); " + SPAN_NOTE)
g.neg("长江三峡水利枢纽", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity "
      "(as wr_china_1998)")
g.neg("水利枢纽二期工程", "二期", "phase label 二期 (the second phase of the project, as 一期 in "
      "README §2), not a quantity")
g.neg("五年全国公路建设投资", "五年", PERIOD_NOTE + " (1998-2002, restated)")
ROADINV = ["公路建设投资", "公路投资", "全国公路建设投资累计", "五年全国公路建设投资",
           "公路建设投资总额"]
fact("公路建设投资12343亿元", "12343亿元", value=12343e8, unit="CNY", kind="amount",
     metric="全国公路建设投资", metric_alts=ROADINV, **SPAN,
     note="亿元 ×1e8; " + SPAN_NOTE)
g.neg("是1950年到1997年全国公路", "1950年到1997年", BASIS_NOTE)
fact("投资总和的1.7倍", "1.7倍", value=1.7, unit="times", kind="ratio",
     metric="全国公路建设投资",
     metric_alts=ROADINV + ["全国公路建设投资相当于1950年到1997年总和的倍数",
                            "全国公路建设投资与1950年到1997年总和之比",
                            "全国公路建设投资为1950年到1997年全国公路建设投资总和的倍数"],
     **SPAN,
     note="是…总和的N倍 → ratio (the five-year investment over the 1950-1997 total, in real "
          "terms: 扣除价格变动因素); comparison null (ratio facts carry none; the basis in the "
          "alts); " + SPAN_NOTE)
ROAD = ["公路里程", "公路通车总里程", "公路总里程", "公路通车里程数"]
g.neg("由1997年的123万公里", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "123万公里)")
fact("由1997年的123万公里", "123万公里", value=1.23e9, unit="m", kind="amount",
     metric="公路通车里程", metric_alts=ROAD, **DATED_START,
     note="start of the pair; 123万公里 = 1.23e9 m; " + DATED_NOTE.format(y=1997))
g.neg("增加到2002年的176万公里", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 176万公里)")
fact("2002年的176万公里", "176万公里", value=1.76e9, unit="m", kind="amount",
     metric="公路通车里程", metric_alts=ROAD, **DATED_END,
     note="end of the pair; 1.76e9 m; " + DATED_NOTE.format(y=2002))
HWY = ["高速公路", "高速公路里程", "高速公路总里程", "高速公路通车总里程"]
fact("其中高速公路由4771公里", "4771公里", value=4.771e6, unit="m", kind="amount",
     metric="高速公路通车里程", metric_alts=HWY, **PAR_START,
     note="其中: part of 公路通车里程 → the head 通车里程 restored; 4771公里 = 4.771e6 m; "
          + PAR_START_NOTE)
fact("增加到2.52万公里", "2.52万公里", value=2.52e7, unit="m", kind="amount",
     metric="高速公路通车里程", metric_alts=HWY, **PAR_END,
     note="2.52万公里 = 2.52e7 m; " + PAR_END_NOTE)
HWY_RANK = HWY + ["高速公路通车里程排名", "高速公路里程排名", "高速公路规模"]
fact("从居世界第三十九位", "第三十九位", value=39, unit="rank", kind="rank", scope="世界",
     metric="高速公路通车里程", metric_alts=HWY_RANK, **PAR_START,
     note="rank (居世界第N位) of the expressway length; span 第三十九位 without the scope word "
          "世界 (README §1); start of the pair 从…跃升到… → " + PAR_START_NOTE)
fact("跃升到第二位", "第二位", value=2, unit="rank", kind="rank", scope="世界",
     metric="高速公路通车里程", metric_alts=HWY_RANK, **PAR_END,
     note="end of the pair (跃升到 = the position reached); scope 世界 carried from 第三十九位; "
          + PAR_END_NOTE)
RAIL = ["铁路营业里程", "铁路里程", "铁路运营里程", "铁路营运总里程"]
fact("营运里程由65969公里", "65969公里", value=6.5969e7, unit="m", kind="amount",
     metric="铁路营运里程", metric_alts=RAIL, **PAR_START,
     note="65969公里 = 6.5969e7 m; " + PAR_START_NOTE)
fact("增加到71500公里", "71500公里", value=7.15e7, unit="m", kind="amount",
     metric="铁路营运里程", metric_alts=RAIL, **PAR_END,
     note="71500公里 = 7.15e7 m; " + PAR_END_NOTE)
g.neg("五年建成新线", "五年", PERIOD_NOTE + " (1998-2002, restated; governs the rest of the "
      "line)")
BUILT_NOTE = ("建成 N 公里 over 五年: length built in the five years (a flow); the verb and the "
              "railway head (the sentence follows 铁路营运里程) distribute over the list "
              "新线、复线、电气化线路; " + SPAN_NOTE)
fact("建成新线5944公里", "5944公里", value=5.944e6, unit="m", kind="amount",
     metric="铁路新线",
     metric_alts=["新线", "建成新线", "建成铁路新线", "铁路新线里程", "新线里程",
                  "新建铁路", "新建铁路里程", "铁路新线增量"],
     **SPAN, note=BUILT_NOTE)
fact("复线4603公里", "4603公里", value=4.603e6, unit="m", kind="amount",
     metric="铁路复线",
     metric_alts=["复线", "建成复线", "建成铁路复线", "铁路复线里程", "复线里程"],
     **SPAN, note=BUILT_NOTE)
fact("电气化线路5704公里", "5704公里", value=5.704e6, unit="m", kind="amount",
     metric="铁路电气化线路",
     metric_alts=["电气化线路", "建成电气化线路", "建成铁路电气化线路", "电气化线路里程",
                  "铁路电气化里程", "电气化铁路"],
     **SPAN, note=BUILT_NOTE)
fact("改扩建机场50个", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="新建、改扩建机场",
     metric_alts=["机场", "新建改扩建机场", "新建、改扩建机场数量", "新建和改扩建机场",
                  "机场增量", "新建机场", "改扩建机场"],
     **SPAN,
     note="airports newly built or rebuilt/extended (one count over both verbs, as written); "
          + SPAN_NOTE)
g.neg("港口万吨级码头", "万吨级", "threshold defining the berths (万吨级, 10,000-tonne class), "
      "part of the metric of 1.44亿吨, not a fact (SPEC §2; as wr_china_2013)")
PORT = ["新增吞吐能力", "港口新增吞吐能力", "万吨级码头泊位新增吞吐能力",
        "港口万吨级码头泊位吞吐能力增量", "港口吞吐能力增量", "港口吞吐能力",
        "港口万吨级码头泊位吞吐能力"]
fact("新增吞吐能力1.44亿吨", "1.44亿吨", value=1.44e8, unit="t", kind="amount",
     metric="港口万吨级码头泊位新增吞吐能力", metric_alts=PORT, **SPAN,
     note="throughput capacity added (an annual capacity: base unit t, the rate in the "
          "metric, SPEC §3); 新增 kept in the metric as written, the 增量 reading in the alts; "
          + SPAN_NOTE)
CABLE = ["长途光缆线路", "长途光缆", "长途光缆长度", "长途光缆线路总长度", "光缆线路长度"]
g.neg("由1997年的15万公里", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "15万公里)")
fact("由1997年的15万公里", "15万公里", value=1.5e8, unit="m", kind="amount",
     metric="长途光缆线路长度", metric_alts=CABLE, **DATED_START,
     note="15万公里 = 1.5e8 m; " + DATED_NOTE.format(y=1997))
g.neg("增加到2002年的47万公里", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 47万公里)")
fact("2002年的47万公里", "47万公里", value=4.7e8, unit="m", kind="amount",
     metric="长途光缆线路长度", metric_alts=CABLE, **DATED_END,
     note="47万公里 = 4.7e8 m; " + DATED_NOTE.format(y=2002))
PHONE = ["电话用户", "固定电话和移动电话用户数", "固定电话和移动电话用户总数", "电话用户总数",
         "电话用户数", "固定和移动电话用户"]
fact("用户由8354万户", "8354万户", value=8.354e7, unit="count", kind="count", classifier="户",
     metric="固定电话和移动电话用户", metric_alts=PHONE, **PAR_START,
     note="户 is a classifier (SPEC §3); subscribers (a stock): " + PAR_START_NOTE)
fact("增加到4.21亿户", "4.21亿户", value=4.21e8, unit="count", kind="count", classifier="户",
     metric="固定电话和移动电话用户", metric_alts=PHONE, **PAR_END,
     note="4.21亿户 = 4.21e8; " + PAR_END_NOTE)
fact("亿户，居世界首位", "首位", value=1, unit="rank", kind="rank", scope="世界",
     metric="固定电话和移动电话用户",
     metric_alts=PHONE + ["电话用户规模", "固定电话和移动电话用户规模", "电话网络规模",
                          "固定电话和移动电话用户排名"],
     **PAR_END,
     note="首位 → rank 1 (SPEC §3), scope 世界; the position of the 2002 subscriber total "
          "just named (as 居世界首位 in wr_china_2014): " + PAR_END_NOTE)
POWER = ["发电装机", "装机容量", "电力装机容量", "发电装机总容量"]
g.neg("由1997年的2.54亿千瓦", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "2.54亿千瓦)")
fact("由1997年的2.54亿千瓦", "2.54亿千瓦", value=2.54e11, unit="W", kind="amount",
     metric="发电装机容量", metric_alts=POWER, **DATED_START,
     note="2.54亿千瓦 = 2.54e11 W; " + DATED_NOTE.format(y=1997))
g.neg("增加到2002年的3.53亿千瓦", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 3.53亿千瓦)")
fact("2002年的3.53亿千瓦", "3.53亿千瓦", value=3.53e11, unit="W", kind="amount",
     metric="发电装机容量", metric_alts=POWER, **DATED_END,
     note="3.53亿千瓦 = 3.53e11 W; " + DATED_NOTE.format(y=2002))

# ==== line 6 (source 8): 西部大开发开局良好 ==========================================================
g.neg("西部大开发战略三年来", "三年来", PERIOD_NOTE + " (三年来 = 2000-2002, the three years "
      "since the strategy was launched; not a duration fact)")
fact("新开工建设36项", "36项", value=36, unit="count", kind="count", classifier="项",
     metric="重点工程",
     metric_alts=["新开工建设重点工程", "新开工重点工程", "西部大开发重点工程",
                  "新开工建设的重点工程", "重点工程数量", "开工重点工程", "重点项目"],
     subject_alts=WEST_SUBJ, **WEST,
     note="key projects started under the western development in its first three years "
          "(a flow); the country keeps the subject (national report; the state's programme), "
          "国家 / 西部地区 as alts (README §4); 三年来 governs: 2000-2002, the span up to the "
          "reference date and null as alts")
fact("投资总规模6000多亿元", "6000多亿元", value=6000e8, unit="CNY", kind="amount",
     bound="gt", metric="重点工程投资总规模",
     metric_alts=["投资总规模", "投资规模", "总投资", "重点工程总投资", "西部大开发重点工程投资总规模",
                  "新开工重点工程投资总规模", "36项重点工程投资总规模"],
     subject_alts=WEST_SUBJ, **WEST,
     note="多 inside the span → gt; the total investment of the 36 projects started; "
          "judgement call: modality actual (the size of the projects as started, as 开工272个"
          "项目，总投资684亿元 in nw_cctv_20201205_hainan_ftp_2020), although most of it was "
          "still to be spent (target is the alternative reading); 三年来 governs")

# ==== line 7 (source 9): 可持续发展能力增强 ==========================================================
g.neg("五年全国环境保护", "五年", PERIOD_NOTE + " (五年 = 1998-2002; governs the line until "
      "五年内)")
ENV = ["环境保护和生态建设投入", "全国环境保护和生态建设投资", "环保和生态建设投入",
       "环境保护和生态建设投资", "五年全国环境保护和生态建设投入"]
fact("生态建设投入5800亿元", "5800亿元", value=5800e8, unit="CNY", kind="amount",
     metric="全国环境保护和生态建设投入", metric_alts=ENV, **SPAN, note=SPAN_NOTE)
g.neg("是1950年到1997年投入", "1950年到1997年", BASIS_NOTE)
fact("投入总和的1.7倍", "1.7倍", value=1.7, unit="times", kind="ratio",
     metric="全国环境保护和生态建设投入",
     metric_alts=ENV + ["全国环境保护和生态建设投入相当于1950年到1997年总和的倍数",
                        "全国环境保护和生态建设投入与1950年到1997年总和之比"],
     **SPAN,
     note="是…总和的N倍 → ratio (the five-year spending over the 1950-1997 total); comparison "
          "null (ratio facts carry none); " + SPAN_NOTE)
g.neg("等六大林业生态工程", "六大", "set label 六大(林业生态工程) (the six named forestry "
      "programmes, cf. 八大 in README §2), not a count")
g.neg("五年内，全国造林", "五年内", PERIOD_NOTE + " (五年内 = 1998-2002; governs the rest of "
      "the line)")
W5 = dict(period=five("五年内"), period_alts=[null("五年内")])
W5_NOTE = "a total over the five years (五年内 = 1998-2002), null as alt; 万公顷 = 1e8 m2"
fact("全国造林面积2787万公顷", "2787万公顷", value=2787e8, unit="m2", kind="amount",
     metric="造林面积", metric_alts=["造林", "全国造林面积", "完成造林面积", "造林总面积"],
     **W5, note="2787万公顷 = 2.787e11 m2; " + W5_NOTE)
fact("封山育林3153万公顷", "3153万公顷", value=3153e8, unit="m2", kind="amount",
     metric="封山育林", metric_alts=["封山育林面积", "全国封山育林面积"],
     **W5, note="3153万公顷 = 3.153e11 m2; " + W5_NOTE)
fact("退耕还林382万公顷", "382万公顷", value=382e8, unit="m2", kind="amount",
     metric="退耕还林", metric_alts=["退耕还林面积", "全国退耕还林面积"],
     **W5, note="382万公顷 = 3.82e10 m2; " + W5_NOTE)
fact("水土流失面积26.6万平方公里", "26.6万平方公里", value=26.6e10, unit="m2", kind="amount",
     metric="治理水土流失面积",
     metric_alts=["水土流失治理面积", "水土流失面积", "综合治理水土流失面积", "治理水土流失"],
     **W5, note="26.6万平方公里 = 2.66e11 m2 (平方公里 1e6); " + W5_NOTE.split(";")[0])
fact("治理沙化土地570万公顷", "570万公顷", value=570e8, unit="m2", kind="amount",
     metric="治理沙化土地",
     metric_alts=["沙化土地治理面积", "治理沙化土地面积", "沙化土地", "沙化土地治理"],
     **W5, note="570万公顷 = 5.7e10 m2; " + W5_NOTE)
fact("自然增长率降到6.45‰", "6.45‰", value=0.645, unit="%", kind="share",
     metric="人口自然增长率", metric_alts=["自然增长率"],
     period=P("五年内", "2002-01-01", "2002-12-31"),
     period_alts=[five("五年内"), P("五年内", "2002-12-31", "2002-12-31"), null("五年内")],
     note="a rate of the population → share (SPEC §2), 6.45‰ = 0.645 %; 降到 names the level "
          "reached (the value itself, positive); judgement call: the rate of the term's last "
          "year 2002 (a rate of the year's births and deaths), although 五年内 literally "
          "governs the line (the span, the instant 2002-12-31 and null as alts)")

# ==== line 8 (source 10): sub-heading ================================================================
g.neg("五年来，改革开放取得", "五年来", PERIOD_NOTE + " (sub-heading, 1998-2002); no figure "
      "in its line")

# ==== line 9 (source 11): 所有制结构, no figures ======================================================
g.neg("国有企业三年改革", "三年", LABEL_NOTE + " (三年改革与脱困目标 = the 'three-year goal' of "
      "SOE reform and recovery, 1998-2000, named as a programme, as 三年目标 in wr_china_2001; "
      "judgement call: not a duration fact)")
g.neg("涌现出一批有实力", "一批", "quantifier 一批")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、过去五年政府工作的回顾, its opening paragraph (第九届全国人民代表大会第一次会议以来的五年…), "
    "the sub-heading 五年来，国民经济保持良好发展势头… with its four paragraphs (经济持续较快增长: "
    "GDP, revenue, reserves, investment, bonds; 基础设施建设成就显著: water works, levees, roads, "
    "expressways, railways, airports, ports, cable, telephones, power; 西部大开发开局良好; "
    "可持续发展能力增强: environment spending, afforestation, erosion, population growth), and "
    "the sub-heading 五年来，改革开放取得突破性进展… with its first paragraph (所有制结构…, no "
    "figures). It is the densest run of 2,000-2,500 characters within the allowed lines 3-87 "
    "(61 Arabic numbers); all figures lie in source lines 6-9, which with the headings hold "
    "1,760 characters, so lines 10-11 complete the run. Title: the corpus meta title (the "
    "source has no title line), title_in_text=False. Date: 2003-03-05, the corpus meta date: "
    "the opening day of the 1st session of the 10th NPC (第十届全国人民代表大会第一次会议, source "
    "line 2), on which Premier Zhu Rongji delivered the report; the Wikisource text has no "
    "dateline; nothing in the excerpt contradicts it (latest figures 2002年; the review of "
    "1998-2002). Place: national report → 中国 (alts 我国/全国/中华人民共和国; 国家/中央政府/"
    "国务院/中央财政 for revenue and the bonds; 国家 for reserves; 国家/西部地区/西部 for the "
    "western development). Periods: the five years of the outgoing government (sworn in "
    "March 1998) = 1998-01-01..2002-12-31 (过去五年, 以来的五年, 五年来, 五年, 五年内). The "
    "sub-heading 五年来 is the section frame for figures with no period outside a pair before "
    "them in their line (平均每年增长7.7%, 平均每年增加2053亿元), null as alt; 五年 / 五年内 govern "
    "the rest of their lines (five-year totals, the 1.7倍 multiples, 建成新线/复线/电气化线路, "
    "新建、改扩建机场, 新增吞吐能力, afforestation and erosion areas → the span, null as alt). "
    "From/to pairs dated 从/由1997年的…增加到2002年的…: flows (GDP, revenue) → the years 1997 / "
    "2002; stocks (公路通车里程, 长途光缆, 发电装机容量) → instants 1997-12-31 / 2002-12-31, the "
    "years as alts; the years inside a pair govern only their own values. Pairs without years "
    "(外汇储备 1399→2864亿美元, 高速公路 4771→2.52万公里 and its world rank 第三十九位→第二位, "
    "铁路营运里程, 电话用户 and 居世界首位) → read in parallel with the dated pairs: instants "
    "1997-12-31 / 2002-12-31, alts the year, the span's start instant (start values), the "
    "span and null. 三年来 (西部大开发, launched 2000) = 2000-2002, alts up to the reference "
    "date and null. 人口自然增长率降到6.45‰ → the year 2002 (the span, the instant and null as "
    "alts). Modality: actual throughout. Comparisons: 年均 for 平均每年增长7.7%; none on "
    "amount, count, rank, ratio and share facts. Units: 万亿元 ×1e12; 万公里 → m ×1e7; 千公里 "
    "(近千公里) → 1e6 m approx; 亿千瓦 → W ×1e11; 亿吨 → t ×1e8; 万公顷 → m2 ×1e8; 万平方公里 → "
    "m2 ×1e10; 6.45‰ → 0.645 %; 户 as classifier. Judgement calls: pairs without years read as "
    "1997 / 2002 (parallel), not the mechanical five-year span; 平均每年增加2053亿元 → an amount "
    "with metric 全国财政收入增量 (the average annual increase), comparison null; 相当于1950年到"
    "1997年…的总和 → no fact (no numeral), its years a negative; 长达3500多公里 → gt (多); "
    "第三十九位/第二位 → two rank facts; 新建、改扩建机场50个 → one count; 新增吞吐能力 kept in the "
    "metric; 6000多亿元 投资总规模 of the projects started → actual; 6.45‰ → 2002; 三年改革 "
    "(SOE three-year goal), 六大 (林业生态工程), 第二步/第三步 → label negatives. Negatives: 一、, "
    "过去五年, 第九届, 第一次, 五年 ×7, 十分, 1998、1999年, 第二步, 第三步, 五年来 ×2, 1997年 ×5, "
    "2002年 ×5, 一批 ×3, 1950年到1997年 ×3, 三峡, 二期, 万吨级, 三年来, 六大, 五年内, 三年. "
    "Lexicalized, not listed: 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
