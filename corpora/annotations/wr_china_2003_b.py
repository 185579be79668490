"""Gold annotations for wr_china_2003_b (2003年中华人民共和国国务院政府工作报告, part of the
review of the five years 1998-2002), lines 18-31 of shared/texts/work_report/wr_china_2003.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines, as unseen test excerpts
are cut).  It lies in part 一、过去五年政府工作的回顾 (source line 3): the paragraph 教育事业迅速
发展 (under the sub-heading 五年来，科技创新能力明显增强，教育事业蓬勃发展, source line 16,
outside the excerpt), the sub-heading 五年来，社会主义民主政治和精神文明建设成效显著 with its three
paragraphs (民主政治: bills, regulations cleared; 精神文明: world titles and records; 民族、宗教、
侨务, no figures), the sub-heading 五年来，人民生活显著改善… with its three paragraphs (incomes,
savings, poverty; retail sales, housing, life expectancy; 近13亿人口), the sub-headings on
defence (裁减员额50万) and reunification (Macau, 一国两制) with their paragraphs, and the
sub-heading 五年来，外交工作开创新局面 (its paragraph is outside).  The headline review of
1998-2002 (lines 3-11) is wr_china_2003 (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2003_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2003_b"
SOURCE_ID = "wr_china_2003"
PLACE = "中国"
REF = "2003-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 18, 31                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2003年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2003)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="教育事业迅速发展。", ends="五年来，外交工作开创新局面")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
ARTICLE_NOTE = "indefinite article 一个 (这样一个…的国家 / 一个新的里程碑), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国务院", "中央政府", "中华人民共和国国务院", "国家"]
GOV_NOTE = ("the State Council's own act: subject the document's place 中国, 国务院/中央政府 as "
            "alts (as wr_china_2014)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2003-03-05; 去年 = 2002, 今年 = 2003) ---------------------------
# The excerpt lies in part 一、过去五年政府工作的回顾: the term of the government sworn in at
# the 1st session of the 9th NPC (March 1998) = the statistical years 1998-2002 (as
# wr_china_2003).  Each sub-heading 五年来，… restates the span and frames the paragraphs under
# it; the paragraph 教育事业迅速发展 (excerpt line 1) sits under the sub-heading of source line
# 16 (五年来，科技创新能力明显增强…, outside the excerpt).  A figure whose line states no period
# outside a pair before it takes the frame 1998-2002 (period text 五年来), null as alt
# (SPEC §4).
#   - Line 1 (教育): the pair 由1997年的65%提高到2002年的91% is dated (a coverage rate of the
#     population, a share of a stock → instants 1997-12-31 / 2002-12-31, the years as alts, as
#     the dated stock pairs of wr_china_2003); 从1999年起 opens the next sentence; the pair
#     without years 高考录取率从36%提高到59% is read in parallel with the dated pair of the line
#     (admission rates of a year's intake, a flow → the years 1997 / 2002; judgement call,
#     alts below); 2002年 then governs 在校生1600万人 (a stock → instant 2002-12-31) and its
#     multiple; 五年内 replaces it for the five-year totals (graduates, dormitories).
#   - Lines 3-4: 五年间 at the head of the figures → the span 1998-2002 (totals of the term).
#     2000年底以前 (发布的756件行政法规) dates the regulations counted, not the clean-up (a
#     set-defining date, as a threshold in SPEC §2): the span stays gold; the literal reading
#     (null..2000-12-31) and the instant are alts for the facts of its own clause.
#   - Line 7 (incomes): dated flow pairs 由1997年的…增加到2002年的… → the years; 平均每年实际
#     增长 → the frame (average over the term, comparison 年均, as wr_china_2003); pairs without
#     years are read in parallel: flows (农村居民人均纯收入) → the years 1997 / 2002; stocks
#     (储蓄存款余额, 农村贫困人口) → instants 1997-12-31 / 2002-12-31 (alts: the year, the
#     span's start instant for start values, the span, null).
#   - Line 8 (consumption): the same for 零售总额 (dated flows), 10.5% (frame), the housing
#     areas (stocks, pairs without years → instants); 2002年 (人均期望寿命2002年达71.8岁) → the
#     year 2002 (a period measure), instant and null as alts.
#   - Line 9 (近13亿人口): no period in its line: a stock under the frame → instant at its end
#     2002-12-31; the reference date, the span and null as alts.
#   - Line 11 (裁减员额50万): no period in its line → the frame (the cut completed in the
#     term), null as alt.
def five(txt):
    return P(txt, "1998-01-01", "2002-12-31")


FRAME = dict(period=five("五年来"), period_alts=[null("五年来")])
FRAME_NOTE = ("no period outside a pair before it in its line → the section frame 1998-2002 "
              "(sub-heading 五年来), null as alt")
AVG_NOTE = ("average over the five years of the term 1998-2002; the years of the pair before "
            "it date only the pair's values (SPEC §4) → " + FRAME_NOTE)
W5 = dict(period=five("五年内"), period_alts=[null("五年内")])
W5_NOTE = "a total over the five years (五年内 = 1998-2002 governs), null as alt"
J5 = dict(period=five("五年间"), period_alts=[null("五年间")])
J5_NOTE = "a total over the five years (五年间 = 1998-2002 governs), null as alt"
Y97 = P("1997年", "1997-01-01", "1997-12-31")
Y02 = P("2002年", "2002-01-01", "2002-12-31")
Y97_END = P("1997年", "1997-12-31", "1997-12-31")
Y02_END = P("2002年", "2002-12-31", "2002-12-31")
DATED_START = dict(period=Y97_END, period_alts=[Y97])
DATED_END = dict(period=Y02_END, period_alts=[Y02])
DATED_NOTE = ("inside a from/to pair dated {y}年 (the year governs only its own value, SPEC "
              "§4); {what} (a stock) → instant {y}-12-31 (stock rule), the year as alt")
PAIR_FLOW_NOTE = ("inside a from/to pair dated {y}年 (the year governs only its own value, SPEC "
                  "§4); a flow of the year → {y}")
PAR_FLOW_START = dict(period=Y97, period_alts=[five("五年来"), null("五年来")])
PAR_FLOW_END = dict(period=Y02, period_alts=[five("五年来"), null("五年来")])
PAR_FLOW_NOTE = ("from/to pair without years, parallel to the dated pair 由1997年的…增加到2002年"
                 "的… of the paragraph: {which} → {y} (a flow of the year); alts: the five-year "
                 "span (the mechanical reading: the frame governs outside the pairs) and null "
                 "(judgement call, as the parallel pairs of wr_china_2003)")
PAR_START = dict(period=Y97_END, period_alts=[Y97, P("五年来", "1998-01-01", "1998-01-01"),
                                              five("五年来"), null("五年来")])
PAR_END = dict(period=Y02_END, period_alts=[Y02, five("五年来"), null("五年来")])
PAR_NOTE = ("from/to pair without years, parallel to the dated pair 由1997年的…增加到2002年的… "
            "of the paragraph: {which} → instant {y}-12-31 (a stock); alts: the year, {extra}"
            "the five-year span (the mechanical reading) and null (judgement call, as "
            "wr_china_2003)")
PAR_START_NOTE = PAR_NOTE.format(which="the level before the term", y=1997,
                                 extra="the start instant 1998-01-01 of the span, ")
PAR_END_NOTE = PAR_NOTE.format(which="the level at the end of the term", y=2002, extra="")

# ==== line 1 (source 18): 教育事业迅速发展 ============================================================
g.neg("基本普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', the name of the school stage, as wr_china_1997_b), not a duration fact")
COVER = ["人口地区覆盖率", "“两基”人口覆盖率", "两基人口覆盖率", "“两基”人口地区覆盖率",
         "基本普及九年义务教育、基本扫除青壮年文盲人口地区覆盖率",
         "普及九年义务教育、扫除青壮年文盲的人口地区覆盖率", "“两基”覆盖率",
         "实现基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率"]
g.neg("由1997年的65%", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only 65%)")
fact("由1997年的65%", "65%", value=65, unit="%", kind="share",
     metric="基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率", metric_alts=COVER,
     **DATED_START,
     note="the share of the population living in areas that have achieved the two goals "
          "(两基); 由…提高到… names the levels (eq); " + DATED_NOTE.format(
              y=1997, what="a share of the population (a share of a stock)"))
g.neg("提高到2002年的91%", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs only 91%)")
fact("2002年的91%", "91%", value=91, unit="%", kind="share",
     metric="基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率", metric_alts=COVER,
     **DATED_END,
     note="end of the pair; " + DATED_NOTE.format(y=2002, what="a share of a stock"))
g.neg("从1999年起连续扩大", "1999年起", PERIOD_NOTE + " (从1999年起 'from 1999 on', the start of "
      "the enrolment expansion)")
ADM = ["录取率", "高校录取率", "高考录取比例", "高等学校录取率", "高考录取率水平"]
fact("高考录取率从36%", "36%", value=36, unit="%", kind="share", metric="高考录取率",
     metric_alts=ADM,
     period=Y97, period_alts=[P("从1999年起", "1998-01-01", "1998-12-31"),
                              P("从1999年起", "1999-01-01", "2002-12-31"),
                              five("五年来"), null("五年来")],
     note="a rate (admitted over candidates of a year's intake) → share (SPEC §2); judgement "
          "call: the pair without years is read in parallel with the dated pair 由1997年的…到"
          "2002年的… of the line → 1997 (the 1997 rate was about 36%); alts: 1998 (the year "
          "before the expansion 从1999年起), the literal inheritance of 从1999年起 (1999-2002), "
          "the five-year span and null")
fact("提高到59%", "59%", value=59, unit="%", kind="share", metric="高考录取率",
     metric_alts=ADM,
     period=Y02, period_alts=[P("从1999年起", "1999-01-01", "2002-12-31"),
                              five("五年来"), null("五年来")],
     note="end of the pair: the 2002 rate (parallel reading, judgement call); alts: the "
          "literal inheritance of 从1999年起 (1999-2002), the five-year span and null")
g.neg("；2002年高等学校在校生", "2002年", PERIOD_NOTE + " (2002; governs 在校生 and its "
      "multiple until 五年内)")
UNI = ["高等学校在校生人数", "高校在校生", "在校生", "普通高校在校生", "高等学校在校学生",
       "高等教育在校生"]
fact("高等学校在校生1600万人", "1600万人", value=1600e4, unit="count", kind="count",
     classifier="人", metric="高等学校在校生", metric_alts=UNI,
     period=Y02_END, period_alts=[Y02, null("2002年")],
     note="students enrolled (a stock): 2002年 of the clause governs → instant 2002-12-31 "
          "(stock rule), the year and null as alts")
g.neg("是1997年的2.3倍", "1997年", "basis year of the multiple (是1997年的N倍), not a fact; the "
      "period of the fact stays 2002 (as 为1997年的2.9倍 in wr_china_2001)")
fact("是1997年的2.3倍", "2.3倍", value=2.3, unit="times", kind="ratio",
     metric="高等学校在校生",
     metric_alts=UNI + ["高等学校在校生相当于1997年的倍数", "高等学校在校生与1997年之比",
                        "高等学校在校生规模"],
     period=Y02_END, period_alts=[Y02, null("2002年")],
     note="是1997年的N倍 → ratio (the 2002 enrolment over the 1997 one); comparison null (ratio "
          "facts carry none; the basis in the alts); the period of the level compared")
g.neg("五年内全国本专科", "五年内", PERIOD_NOTE + " (五年内 = 1998-2002; governs the rest of "
      "the line)")
fact("本专科毕业生1300万人", "1300万人", value=1300e4, unit="count", kind="count",
     classifier="人", metric="本专科毕业生",
     metric_alts=["全国本专科毕业生", "本专科毕业生人数", "毕业生", "高校本专科毕业生",
                  "普通本专科毕业生"],
     **W5, note="graduates of the five years (a flow); " + W5_NOTE)
fact("毕业研究生31万人", "31万人", value=31e4, unit="count", kind="count",
     classifier="人", metric="毕业研究生",
     metric_alts=["研究生毕业生", "毕业研究生人数", "研究生毕业人数", "全国毕业研究生"],
     **W5, note="graduates of the five years (a flow); " + W5_NOTE)
DORM = ["学生公寓", "新建和改建学生公寓面积", "新建改建学生公寓", "学生公寓建筑面积",
        "新建和改建的学生公寓", "学生公寓建设面积", "新建和改建学生公寓建筑面积"]
fact("新建和改建学生公寓4800万平方米", "4800万平方米", value=4800e4, unit="m2", kind="amount",
     metric="新建和改建学生公寓", metric_alts=DORM,
     **W5,
     note="floor area built or rebuilt in the five years (高校后勤社会化改革; a flow); "
          "4800万平方米 = 4.8e7 m2; " + W5_NOTE)
g.neg("超过1950年到1997年", "1950年到1997年", "1950年到1997年: the span of years whose total "
      "construction is the basis of the comparison (超过…的建设总规模); a period expression, "
      "not a quantity, and not the period of any fact (as wr_china_2003); 超过 states no "
      "numeral, so no fact")

# ==== line 2 (source 19): sub-heading =================================================================
g.neg("五年来，社会主义民主政治", "五年来", PERIOD_NOTE + " (sub-heading: 1998-2002, the frame "
      "of the paragraphs under it); no figure in its line")

# ==== line 3 (source 20): 民主政治建设 ================================================================
g.neg("五年间，国务院提出", "五年间", PERIOD_NOTE + " (五年间 = 1998-2002; governs the rest of "
      "the line)")
gov("提出法律议案50件", "50件", value=50, unit="count", kind="count", classifier="件",
    metric="法律议案",
    metric_alts=["提出法律议案", "国务院提出法律议案", "法律议案数量", "提请审议的法律议案"],
    **J5, note="bills the State Council submitted to the NPC in the term; " + GOV_NOTE + "; "
    + J5_NOTE)
gov("颁布行政法规150件", "150件", value=150, unit="count", kind="count", classifier="件",
    metric="行政法规",
    metric_alts=["颁布行政法规", "颁布的行政法规", "行政法规数量", "国务院颁布行政法规",
                 "制定和颁布的行政法规"],
    **J5, note="administrative regulations issued in the term (as 颁布行政法规 in "
    "wr_china_1988); " + GOV_NOTE + "; " + J5_NOTE)
g.neg("对2000年底以前发布", "2000年底", "date defining the set of regulations counted (发布于"
      "2000年底以前, 'issued before the end of 2000'), part of the count's metric, not a fact; "
      "it does not date the clean-up (judgement call: the span stays the period)")
CLR = dict(period=five("五年间"),
           period_alts=[P("2000年底以前", None, "2000-12-31"),
                        P("2000年底以前", "2000-12-31", "2000-12-31"), null("五年间")])
CLR_NOTE = ("the clean-up carried out in the term (五年间 governs; the literal reading of "
            "2000年底以前, null..2000-12-31, the instant 2000-12-31 and null as alts); "
            + GOV_NOTE)
gov("发布的756件行政法规", "756件", value=756, unit="count", kind="count", classifier="件",
    metric="清理的行政法规",
    metric_alts=["行政法规", "2000年底以前发布的行政法规", "清理行政法规",
                 "全面清理的行政法规", "进行全面清理的行政法规", "清理的行政法规数量"],
    **CLR,
    note="regulations issued before the end of 2000 that were reviewed in full (for the "
         "market economy and WTO entry); " + CLR_NOTE)
gov("废止71件", "71件", value=71, unit="count", kind="count", classifier="件",
    metric="废止的行政法规",
    metric_alts=["废止行政法规", "行政法规废止", "废止", "废止的行政法规数量"],
    **CLR,
    note="of the 756, those repealed (a count of the acts, positive: not the change of a "
         "stated level); " + CLR_NOTE)
gov("宣布失效80件", "80件", value=80, unit="count", kind="count", classifier="件",
    metric="宣布失效的行政法规",
    metric_alts=["宣布失效行政法规", "失效的行政法规", "宣布失效", "行政法规宣布失效",
                 "宣布失效的行政法规数量"],
    **CLR, note="of the 756, those declared void; " + CLR_NOTE)
DEPT = GOV + CN + ["国务院各部门", "各部门"]
DEPT_NOTE = ("the ministries of the State Council (国务院各部门) clean up their own rules: "
             "subject 中国 (national report, the central government's act), 国务院各部门 as "
             "alt; " + J5_NOTE)
RULE = "涉外规章和有关政策规定"
fact("涉外规章和有关政策规定2300件", "2300件", value=2300, unit="count", kind="count",
     classifier="件", metric="清理涉外规章和有关政策规定",
     metric_alts=[RULE, "清理的涉外规章和有关政策规定", "涉外规章", "清理涉外规章",
                  "清理的涉外规章和政策规定", "国务院各部门清理涉外规章和有关政策规定"],
     subject_alts=DEPT, **J5, note="共清理 = the total reviewed; " + DEPT_NOTE)
fact("废止830件", "830件", value=830, unit="count", kind="count", classifier="件",
     metric="废止的涉外规章和有关政策规定",
     metric_alts=["废止涉外规章和有关政策规定", "废止", "废止的涉外规章", RULE,
                  "涉外规章和有关政策规定废止"],
     subject_alts=DEPT, **J5,
     note="of the 2300, those repealed (head restored); " + DEPT_NOTE)
fact("修订325件", "325件", value=325, unit="count", kind="count", classifier="件",
     metric="修订的涉外规章和有关政策规定",
     metric_alts=["修订涉外规章和有关政策规定", "修订", "修订的涉外规章", RULE,
                  "涉外规章和有关政策规定修订"],
     subject_alts=DEPT, **J5,
     note="of the 2300, those amended (head restored); " + DEPT_NOTE)

# ==== line 4 (source 21): 精神文明建设 ================================================================
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")
g.neg("新建和改扩建了一批", "一批", "quantifier 一批")
g.neg("五年间，在重大国际比赛", "五年间", PERIOD_NOTE + " (五年间 = 1998-2002; governs the rest "
      "of the line)")
SPORT = CN + ["中国运动员", "我国运动员"]
fact("共获得485个世界冠军", "485个", value=485, unit="count", kind="count", classifier="个",
     metric="世界冠军",
     metric_alts=["获得世界冠军", "世界冠军数量", "世界冠军数", "夺得世界冠军",
                  "重大国际比赛世界冠军", "在重大国际比赛中获得世界冠军"],
     subject_alts=SPORT, **J5,
     note="titles won by Chinese athletes in major international competitions over the term "
          "(as 夺得１０３个世界冠军 in wr_china_1994); " + J5_NOTE)
fact("创造世界纪录193次", "193次", value=193, unit="count", kind="count", classifier="次",
     metric="世界纪录",
     metric_alts=["创造世界纪录", "创世界纪录", "世界纪录次数", "创造世界纪录次数",
                  "创造的世界纪录"],
     subject_alts=SPORT, **J5, note="world records set in the term; " + J5_NOTE)
g.neg("申办2008年奥运会", "2008年", "year inside an event name (2008年奥运会, the Beijing "
      "Olympics), not a quantity and not a period of any fact")
g.neg("赢得2010年世界博览会", "2010年", "year inside an event name (2010年世界博览会, the "
      "Shanghai Expo), not a quantity and not a period of any fact")

# ==== line 5 (source 22): 民族、宗教、侨务 — no numerals (进一步 lexicalized) =========================

# ==== line 6 (source 23): sub-heading =================================================================
g.neg("五年来，人民生活显著改善", "五年来", PERIOD_NOTE + " (sub-heading: 1998-2002, the frame "
      "of the paragraphs under it; period text of the averages and undated pairs below)")

# ==== line 7 (source 24): 城乡居民收入 ================================================================
URB = ["城镇居民人均可支配收入", "城镇居民收入", "人均可支配收入", "城镇居民家庭人均收入"]
g.neg("由1997年的5160元", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "5160元)")
fact("由1997年的5160元", "5160元", value=5160, unit="CNY", kind="amount",
     metric="城镇居民家庭人均可支配收入", metric_alts=URB, period=Y97,
     note=PAIR_FLOW_NOTE.format(y=1997) + " (income of the year)")
g.neg("增加到2002年的7703元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "7703元)")
fact("2002年的7703元", "7703元", value=7703, unit="CNY", kind="amount",
     metric="城镇居民家庭人均可支配收入", metric_alts=URB, period=Y02,
     note=PAIR_FLOW_NOTE.format(y=2002))
fact("7703元，平均每年实际增长8.6%", "8.6%", value=8.6, unit="%", kind="growth",
     metric="城镇居民家庭人均可支配收入",
     metric_alts=URB + ["城镇居民家庭人均可支配收入年均增长", "城镇居民人均可支配收入年均实际增长",
                        "城镇居民收入年均增速"],
     comparison="年均", **FRAME,
     note="实际 = in real terms; 平均每年增长 → comparison the surface basis 年均 (as "
          "wr_china_2003); " + AVG_NOTE)
RUR = ["农村居民人均纯收入", "农民人均纯收入", "农村居民收入", "人均纯收入", "农民收入"]
fact("人均纯收入由2090元", "2090元", value=2090, unit="CNY", kind="amount",
     metric="农村居民家庭人均纯收入", metric_alts=RUR, **PAR_FLOW_START,
     note=PAR_FLOW_NOTE.format(which="the start value", y=1997))
fact("增加到2476元", "2476元", value=2476, unit="CNY", kind="amount",
     metric="农村居民家庭人均纯收入", metric_alts=RUR, **PAR_FLOW_END,
     note=PAR_FLOW_NOTE.format(which="the end value", y=2002))
fact("2476元，平均每年实际增长3.8%", "3.8%", value=3.8, unit="%", kind="growth",
     metric="农村居民家庭人均纯收入",
     metric_alts=RUR + ["农村居民家庭人均纯收入年均增长", "农民人均纯收入年均实际增长",
                        "农民收入年均增速"],
     comparison="年均", **FRAME, note="实际 = in real terms; " + AVG_NOTE)
SAV = ["城乡居民储蓄存款余额", "居民储蓄存款余额", "储蓄存款余额", "城乡居民人民币储蓄存款",
       "居民储蓄存款", "城乡居民储蓄存款", "人民币储蓄存款余额"]
fact("存款余额由4.6万亿元", "4.6万亿元", value=4.6e12, unit="CNY", kind="amount",
     metric="城乡居民人民币储蓄存款余额", metric_alts=SAV, **PAR_START,
     note="余额 = a balance (a stock); 万亿元 = 1e12; " + PAR_START_NOTE)
fact("增加到8.7万亿元", "8.7万亿元", value=8.7e12, unit="CNY", kind="amount",
     metric="城乡居民人民币储蓄存款余额", metric_alts=SAV, **PAR_END,
     note=PAR_END_NOTE)
POOR = ["贫困人口", "农村贫困人口数量", "农村贫困人口规模", "农村绝对贫困人口"]
fact("农村贫困人口由4960万人", "4960万人", value=4960e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口", metric_alts=POOR, **PAR_START,
     note="由…减少到… names two levels (eq, positive; the change 2140万 is not written); a "
          "population (a stock); " + PAR_START_NOTE)
fact("减少到2820万人", "2820万人", value=2820e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口", metric_alts=POOR, **PAR_END,
     note="the level reached; " + PAR_END_NOTE)
g.neg("这五年，在经济较快", "这五年", PERIOD_NOTE + " (1998-2002); no figure after it in its "
      "line")

# ==== line 8 (source 25): 消费水平 ====================================================================
RET = ["社会消费品零售总额", "消费品零售总额", "社会消费品零售额", "全社会消费品零售额",
       "社零总额"]
g.neg("从1997年的2.73万亿元", "1997年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "2.73万亿元)")
fact("从1997年的2.73万亿元", "2.73万亿元", value=2.73e12, unit="CNY", kind="amount",
     metric="全社会消费品零售总额", metric_alts=RET, period=Y97,
     note=PAIR_FLOW_NOTE.format(y=1997) + "; 万亿元 = 1e12")
g.neg("增加到2002年的4.1万亿元", "2002年", PERIOD_NOTE + " (inside a from/to pair: governs "
      "only 4.1万亿元)")
fact("2002年的4.1万亿元", "4.1万亿元", value=4.1e12, unit="CNY", kind="amount",
     metric="全社会消费品零售总额", metric_alts=RET, period=Y02,
     note=PAIR_FLOW_NOTE.format(y=2002))
fact("平均每年实际增长10.5%", "10.5%", value=10.5, unit="%", kind="growth",
     metric="全社会消费品零售总额",
     metric_alts=RET + ["全社会消费品零售总额年均增长", "社会消费品零售总额年均实际增长"],
     comparison="年均", **FRAME, note="实际 = in real terms; " + AVG_NOTE)
HOUSE = ["城镇人均住房建筑面积", "城镇居民人均住房面积", "人均住房建筑面积", "人均住房面积",
         "城镇居民住房面积"]
fact("住房建筑面积由17.8平方米", "17.8平方米", value=17.8, unit="m2", kind="amount",
     metric="城镇居民人均住房建筑面积", metric_alts=HOUSE, **PAR_START,
     note="floor area per head (a stock of housing); " + PAR_START_NOTE)
fact("增加到近22平方米", "22平方米", value=22, unit="m2", kind="amount", bound="approx",
     metric="城镇居民人均住房建筑面积", metric_alts=HOUSE, **PAR_END,
     note="近 → approx (outside the span); " + PAR_END_NOTE)
RHOUSE = ["农村人均居住面积", "农村居民人均住房面积", "人均居住面积", "农民人均居住面积",
          "农村居民居住面积"]
fact("居住面积由22.5平方米", "22.5平方米", value=22.5, unit="m2", kind="amount",
     metric="农村居民人均居住面积", metric_alts=RHOUSE, **PAR_START,
     note=PAR_START_NOTE)
fact("增加到26.5平方米", "26.5平方米", value=26.5, unit="m2", kind="amount",
     metric="农村居民人均居住面积", metric_alts=RHOUSE, **PAR_END,
     note=PAR_END_NOTE)
g.neg("人均期望寿命2002年达", "2002年", PERIOD_NOTE + " (2002; governs the rest of the line)")
fact("2002年达71.8岁", "71.8岁", value=71.8, unit="year", kind="amount",
     metric="人均期望寿命",
     metric_alts=["人均预期寿命", "预期寿命", "期望寿命", "平均预期寿命", "人口平均期望寿命"],
     period=Y02, period_alts=[Y02_END, null("2002年")],
     note="岁 → year (a duration, SPEC §3); a period measure of 2002 (达 → eq; as 达到 73岁 in "
          "wr_china_2008); the instant and null as alts")

# ==== line 9 (source 26): 近13亿人口 ==================================================================
g.neg("在我们这样一个近13亿", "一个", ARTICLE_NOTE)
fact("一个近13亿人口", "13亿", value=13e8, unit="count", kind="count", classifier="人",
     bound="approx", metric="人口",
     metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     period=Y02_END, period_alts=[P("五年来", REF, REF), five("五年来"), null("五年来")],
     note="judgement call (as 有13亿人口 in wr_china_2008, 我国有13亿人口 in wr_china_2015_b): "
          "the size of the population → a count fact, 人 implied; 近 → approx (outside the "
          "span); no period in its line: a stock under the frame 1998-2002 → instant at its "
          "end 2002-12-31; the reference date (the country as it is), the span and null as "
          "alts")
g.neg("一个新的里程碑", "一个", ARTICLE_NOTE)

# ==== line 10 (source 27): sub-heading ================================================================
g.neg("五年来，国防和军队", "五年来", PERIOD_NOTE + " (sub-heading: 1998-2002, the frame of the "
      "paragraph under it)")

# ==== line 11 (source 28): 国防和军队 ==================================================================
ARMY = ["裁减员额", "军队裁减员额", "裁减军队员额", "军队裁员", "裁军", "裁员",
        "军队裁减人数", "裁减员额任务"]
fact("裁减员额50万", "50万", value=50e4, unit="count", kind="count", classifier="人",
     metric="裁减员额", metric_alts=ARMY[1:],
     subject_alts=CN + ["人民军队", "军队", "中国人民解放军", "人民解放军"], **FRAME,
     note="judgement call: the cut of 500,000 troops (announced 1997), completed on schedule "
          "(如期完成…的任务) → actual; the noun phrase 裁减员额50万 counts the cut as a positive "
          "number (as 军队裁员１００万的任务 in wr_china_1988; the signed 军队人数增量 −5e5 is the "
          "other reading); no measure word → 人 implied; " + FRAME_NOTE)

# ==== line 12 (source 29): sub-heading ================================================================
g.neg("五年来，祖国统一", "五年来", PERIOD_NOTE + " (sub-heading: 1998-2002); no figure in the "
      "paragraph under it")

# ==== line 13 (source 30): 祖国统一 — no facts ========================================================
g.neg("1999年12月我国政府", "1999年12月", "date of the handover of Macau (December 1999), a "
      "period expression, not a quantity; no figure follows")
g.neg("坚持“一国两制”方针", "一国两制", LABEL_NOTE + " (“一国两制”, one country, two systems, as "
      "wr_china_1997)")
g.neg("香港、澳门两个特别行政区", "两个", "appositive 两个 restating the two regions just named "
      "(香港、澳门), not a count claim (as 两个 in nw_cctv_20210526_yrd_2021) — judgement call")
g.neg("和平统一、一国两制", "一国两制", LABEL_NOTE + " (“和平统一、一国两制”)")
g.neg("台湾问题的八项主张", "八项主张", LABEL_NOTE + " (江泽民主席…的八项主张, 'Jiang's Eight "
      "Points' on Taiwan, a named proposal) — judgement call; a count of 8 proposals is the "
      "alternative reading")
g.neg("推动两岸交流", "两岸", "两岸 'both sides of the Strait', a place word, not a quantity (as "
      "nw_cctv_20150803_fujian_ftz_2015)")
g.neg("推进两岸“三通”", "两岸", "两岸 'both sides of the Strait', a place word")
g.neg("两岸“三通”", "三通", LABEL_NOTE + " (“三通”: direct mail, transport and trade links)")

# ==== line 14 (source 31): sub-heading ================================================================
g.neg("五年来，外交工作", "五年来", PERIOD_NOTE + " (sub-heading: 1998-2002); its paragraph is "
      "outside the excerpt")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: part 一、过去五年政府工作的回顾 "
    "(the review of the government's term 1998-2002): the paragraph 教育事业迅速发展 (under the "
    "sub-heading 五年来，科技创新能力明显增强… of source line 16, outside the excerpt), the "
    "sub-headings 五年来，社会主义民主政治和精神文明建设成效显著 (民主政治, 精神文明, 民族宗教侨务), "
    "五年来，人民生活显著改善… (incomes, consumption, 近13亿人口), 五年来，国防和军队建设… "
    "(裁减员额50万), 五年来，祖国统一大业… (Macau, Taiwan; no figures) with their paragraphs, "
    "and the sub-heading 五年来，外交工作开创新局面 (its paragraph outside). The headline review "
    "(lines 3-11) is wr_china_2003. The source has no title line; the title is the corpus meta "
    "title, title_in_text=False. Date: 2003-03-05, the corpus meta date: the opening day of "
    "the 1st session of the 10th NPC, on which Premier Zhu Rongji delivered the report; the "
    "Wikisource text has no dateline; nothing in the excerpt contradicts it (latest figures "
    "2002). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the State Council's "
    "acts (bills, regulations, the clean-up) add 国务院/中央政府/国家 (国务院各部门 for the "
    "ministries' rules); sports add 中国运动员; the army adds 军队/人民军队/中国人民解放军. "
    "Periods: the term = 1998-01-01..2002-12-31 (五年来, 五年内, 五年间, 这五年); each "
    "sub-heading 五年来 frames its paragraphs: figures with no period outside a pair before "
    "them (平均每年实际增长 8.6% / 3.8% / 10.5%, 裁减员额50万) take the span, null as alt; 五年内 / "
    "五年间 govern the rest of their lines (graduates, dormitories, bills, regulations, world "
    "titles and records → the span, null as alt). Dated pairs 由/从1997年的…到2002年的…: "
    "flows (城镇居民人均可支配收入, 零售总额) → the years 1997 / 2002; the coverage rate (share "
    "of a stock) → instants 1997-12-31 / 2002-12-31, the years as alts. Pairs without years "
    "read in parallel with the dated pair of their line (judgement call, as wr_china_2003): "
    "flows (高考录取率, 农村居民人均纯收入) → the years 1997 / 2002; stocks (储蓄存款余额, 农村"
    "贫困人口, 人均住房建筑面积, 人均居住面积) → instants 1997-12-31 / 2002-12-31; alts: the "
    "year, the span's start instant (start values), the span, null (and for 高考录取率 the "
    "literal 从1999年起 reading 1999-2002 and 1998). 2002年 governs 在校生1600万人 (instant "
    "2002-12-31) and its 2.3倍; 人均期望寿命2002年达71.8岁 → 2002. 2000年底以前 dates the "
    "regulations counted, not the clean-up: the span stays gold (its literal reading as alt). "
    "近13亿人口 → instant 2002-12-31 (alts: reference date, span, null). Modality: actual "
    "throughout. Comparisons: 年均 for the three averages; none on amount, count, share and "
    "ratio facts. Units: 万亿元 ×1e12; 万平方米 → m2 ×1e4; 平方米 → m2; 岁 → year; 万人/万 → "
    "count (人 implied for 50万 and 13亿). Judgement calls: parallel reading of the pairs "
    "without years (高考录取率 36% → 1997); 756件/71件/80件 and 2300件/830件/325件 → counts of "
    "regulations reviewed, repealed, declared void, amended (positive); 裁减员额50万 → +5e5 "
    "count (as wr_china_1988), not a signed change; 近13亿人口 → a population count; 两个 (香港、"
    "澳门两个特别行政区) → appositive negative; 八项主张, 三通, 一国两制 → label negatives; "
    "2008年 / 2010年 in event names → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 (×9), 统一 (×3: 祖国统一, 和平统一).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
