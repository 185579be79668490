"""Gold annotations for wr_china_2023_d (2023年中华人民共和国国务院政府工作报告, the itemised review
of the five years 2018-2022: monetary policy, jobs, prices, poverty, reform), lines 31-39 of
shared/texts/work_report/wr_china_2023.txt.

The excerpt corpora/wr_china_2023_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the last three paragraphs
of review item （一） (monetary policy, employment, prices; its heading and fiscal paragraph,
source lines 29-30, lie outside), item （二） (poverty: heading, the transition to rural
revitalisation) and item （三） up to its fourth paragraph (heading; government functions and
the business register; ownership; fiscal and financial reform).  All of it lies in part
一、过去一年和五年工作回顾, in the itemised review of the five years of the outgoing government
(五年来…主要做了以下工作, source line 28, outside the excerpt).  Lines 6-14, 17-30 and 51-60 are
annotated in wr_china_2023 / _b / _c (no overlap).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2023_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2023_d"
PLACE = "中国"
REF = "2023-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_2023.txt"
FIRST, LAST = 31, 39                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2023年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="坚持实施稳健的货币政策。",
                 ends="加强金融稳定法治建设。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
CAMPAIGN_NOTE = "name of a three-year campaign ({}), not a duration fact"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act or standard: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2023_b / _c)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2023-03-05; 去年 = 2022, 今年 = 2023) ---------------------------
# The excerpt lies in the itemised review of the five years of the outgoing government (part
# 一、过去一年和五年工作回顾; 过去五年…, source line 16; 五年来…主要做了以下工作, source line 28;
# both outside the excerpt).  The term began at the 1st session of the 13th NPC (March 2018),
# so the five years are the statistical years 2018-2022 (as wr_china_2023_b / _c).  Lines
# without a period before their numbers take the section frame, the five years (period text
# 五年来, the wording of source line 28 that opens the itemised review; period text is not
# scored), null as alt (SPEC §4).  Within the frame, as wr_china_2023_b / _c:
#   - five-year totals, things set up within the five years, 年均 growth, cuts and pp changes
#     over the five years → the span;
#   - from/to pairs 从X增加到Y with no year written: X is the level before the span, Y the
#     level at its end; stocks (贷款余额, 储备规模) and rates or standards in force (单位缴费
#     比例) → the instants 2017-12-31 and 2022-12-31, the other readings and null as alts;
#   - 累计 totals (累计扩招, 培训) and levels (14亿多人口) → the instant 2022-12-31 (stock
#     rule), the span and null as alts; streaks (连续举办8届) → the span (as 连续多年居世界首位
#     in wr_china_2023_b), the streak's own years as alt.
# Explicit periods:
#   - line 3 (source 33): 十年来 → 2013-2022 (as 十年 in wr_china_2023_b);
#   - line 7 (source 37): the 64% cut before 多年来 takes the frame; 多年来 ('over many years',
#     no numeral) then governs the rest of the line: open start, end at the reference date
#     (as 近年来 in README §5 / 20多年来 in nw_cctv_20250518_zhejiang_open_2025); flows → null..
#     REF, the end values of from/to pairs and stocks → the instant REF, the start values of
#     pairs → null (the start of 多年来 is not known); alts: null..2022-12-31, the five-year
#     span / instants, null.  目前 inside the pair 从一个月以上压缩到目前的平均4个工作日以内
#     governs only its own value (SPEC §4: a period inside a from/to pair): the instant REF.
#     去年底 (= 2022-12-31, no numeral) then governs the register counts and the multiple.
def five(txt):
    return P(txt, "2018-01-01", "2022-12-31")


def end5(txt):
    return P(txt, "2022-12-31", "2022-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow5(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


def made5(txt):
    """things set up / done over the five years: the span, the stock reading (the set at the
    end of 2022) as alt."""
    return dict(period=five(txt), period_alts=[null(txt), end5(txt)])


def stock5(txt, *extra):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt), *extra])


def from_stock(txt):
    return dict(period=P(txt, "2017-12-31", "2017-12-31"),
                period_alts=[P(txt, "2018-01-01", "2018-01-01"), year(txt, 2017), five(txt),
                             null(txt)])


def to_stock(txt):
    return dict(period=end5(txt), period_alts=[year(txt, 2022), five(txt), null(txt)])


S = "五年来"
TEN = P("十年来", "2013-01-01", "2022-12-31")
M = "多年来"
MANY = P(M, None, REF)
MANY_FLOW = dict(period=MANY, period_alts=[null(M), P(M, None, "2022-12-31"), five(S)])
MANY_FROM = dict(period=null(M), period_alts=[MANY, P(S, "2017-12-31", "2017-12-31")])
MANY_TO = dict(period=P(M, REF, REF),
               period_alts=[end5(S), MANY, P(M, None, "2022-12-31"), null(M), five(S)])
EOY = P("去年底", "2022-12-31", "2022-12-31")
EOY_D = dict(period=EOY, period_alts=[year("去年底", 2022), null("去年底")])

FRAME_NOTE = ("the line states no period before it: section frame, the five years 2018-2022 "
              "of the itemised review (period text 五年来, source line 28, outside the "
              "excerpt), null as alt")
SPAN_NOTE = "a total over the five years 2018-2022 → the span; " + FRAME_NOTE
MADE_NOTE = ("set up / done within the five years → the span, the set at the end of 2022 as "
             "a further alt; " + FRAME_NOTE)
AVG_NOTE = ("average annual growth over the five years 2018-2022; comparison = the surface "
            "basis 年均 (as wr_china_2023_b / _c)")
FROM_STOCK_NOTE = ("start of a from/to pair with no year written: a stock (or a rate or "
                   "standard in force) before the five years → the instant 2017-12-31 (alts: "
                   "the span's start instant, the year 2017, the span, null)")
TO_STOCK_NOTE = ("end of the pair: the stock (or rate, standard) at the end of the five years "
                 "→ the instant 2022-12-31 (stock rule; alts: the year 2022, the span, null)")
CUM_NOTE = ("累计 (cumulative total) under the inherited five-year frame → the stock at its "
            "end, instant 2022-12-31 (README §5 stock rule), the span and null as alts")
MANY_NOTE = ("多年来 (no numeral, 'over many years', earlier in the line) governs: open start, "
             "end at the reference date (as 近年来, README §5); alts null..2022-12-31, null and "
             "the five-year span")
MANY_TO_NOTE = ("a level reached (end of a pair / a standard in force) under 多年来: the "
                "instant at its end, the reference date (as a stock under 20多年来 in "
                "nw_cctv_20250518_zhejiang_open_2025); alts: the end of 2022, the open 多年来 "
                "readings, null, the span")
MANY_FROM_NOTE = ("start of a from/to pair under 多年来: the level before the many years, "
                  "whose start is not known → null dates (alts: the literal open 多年来, the "
                  "five-year frame's start instant 2017-12-31)")
RATE_NOTE = "a contribution rate (a rate, not a growth) → share (as the tax rates of wr_china_2023_b)"
CUT_NOTE = ("{} X% = a relative cut of the number of items → growth, negative (as "
            "wr_china_2023_c 压减67%); ")

# ==== line 1 (source 31): 坚持实施稳健的货币政策 =================================================
BANKS = CN + ["金融机构", "银行业金融机构"]
MFG = ["制造业贷款", "制造业中长期贷款余额", "制造业贷款规模", "制造业贷款余额规模"]
fact("制造业贷款余额从16.3万亿元", "16.3万亿元", value=16.3e12, unit="CNY", kind="amount",
     metric="制造业贷款余额", metric_alts=MFG, subject_alts=BANKS, **from_stock(S),
     note="万亿元 = 1e12; a balance (余额) is a stock; " + FROM_STOCK_NOTE + "; " + FRAME_NOTE)
fact("增加到27.4万亿元", "27.4万亿元", value=27.4e12, unit="CNY", kind="amount",
     metric="制造业贷款余额", metric_alts=MFG, subject_alts=BANKS, **to_stock(S),
     note=TO_STOCK_NOTE)
SMALL = ["普惠小微贷款", "普惠型小微企业贷款余额", "普惠小微企业贷款余额", "普惠小微贷款规模"]
fact("普惠小微贷款余额从8.2万亿元", "8.2万亿元", value=8.2e12, unit="CNY", kind="amount",
     metric="普惠小微贷款余额", metric_alts=SMALL, subject_alts=BANKS, **from_stock(S),
     note=FROM_STOCK_NOTE)
fact("增加到23.8万亿元", "23.8万亿元", value=23.8e12, unit="CNY", kind="amount",
     metric="普惠小微贷款余额", metric_alts=SMALL, subject_alts=BANKS, **to_stock(S),
     note=TO_STOCK_NOTE)
fact("年均增长24%", "24%", value=24, unit="%", kind="growth", metric="普惠小微贷款余额",
     metric_alts=SMALL + ["普惠小微贷款余额年均增速", "普惠小微贷款增速"], subject_alts=BANKS,
     comparison="年均", **flow5(S), note=AVG_NOTE + "; " + FRAME_NOTE)
g.neg("较五年前下降", "五年前", "comparison basis 较五年前 (the rate of 2017), a period "
      "expression, not a fact (SPEC §4: a basis is `comparison`)")
RATE = ["贷款平均利率", "普惠小微贷款利率", "普惠小微企业贷款平均利率", "普惠型小微企业贷款平均利率",
        "普惠小微贷款平均利率水平"]
fact("下降1.5个百分点", "1.5个百分点", value=-1.5, unit="pp", kind="change",
     metric="普惠小微贷款平均利率", metric_alts=RATE, subject_alts=BANKS,
     comparison="较五年前", **flow5(S, year(S, 2022), end5(S)),
     note="下降 → negative pp change of an interest rate (README §3: a change of a rate keeps "
          "the rate's metric); the elided head 普惠小微贷款 restored from the clause before, the "
          "bare 贷款平均利率 as alt; comparison = the surface basis 较五年前 (SPEC §2); the "
          "change over the five years → the span, the year 2022 and its end as alts; "
          + FRAME_NOTE)
g.neg("处置一批大型企业", "一批", VAGUE_NOTE)
COST = ["化解金融改革成本", "历史上承担的金融改革成本", "国有商业银行和农村信用社等金融改革成本",
        "金融改革成本化解", "化解的金融改革成本"]
gov("等14486亿元金融改革成本", "14486亿元", value=14486e8, unit="CNY", kind="amount",
    metric="金融改革成本", metric_alts=COST, **made5(S),
    note="亿元 = 1e8; the historical cost of the reform of the state commercial banks and rural "
         "credit cooperatives, fully resolved (完全化解) within the five years → " + MADE_NOTE
         + "; " + GOV_NOTE)

# ==== line 2 (source 32): 强化就业优先政策导向 ===================================================
PEN = ["基本养老保险单位缴费比例", "单位缴费比例", "城镇职工基本养老保险单位缴费比例",
       "养老保险单位缴费率", "养老保险缴费比例"]
gov("单位缴费比例从20%", "20%", value=20, unit="%", kind="share",
    metric="养老保险单位缴费比例", metric_alts=PEN, **from_stock(S),
    note=RATE_NOTE + "; the employers' pension contribution rate in force before the cut: "
         + FROM_STOCK_NOTE + "; " + FRAME_NOTE + "; " + GOV_NOTE)
gov("降至16%", "16%", value=16, unit="%", kind="share",
    metric="养老保险单位缴费比例", metric_alts=PEN, **to_stock(S),
    note=RATE_NOTE + "; the rate in force after the cut (16% since May 2019): " + TO_STOCK_NOTE
         + "; " + GOV_NOTE)
FUND = ["全国社会保障基金储备规模", "社保基金储备规模", "储备规模", "全国社保基金规模",
        "全国社保基金", "全国社保基金资产规模"]
FUND_SUBJ = GOV + CN + ["全国社保基金", "全国社会保障基金"]
gov("储备规模从1.8万亿元", "1.8万亿元", value=1.8e12, unit="CNY", kind="amount",
    metric="全国社保基金储备规模", metric_alts=FUND, subject_alts=FUND_SUBJ, **from_stock(S),
    note="万亿元 = 1e12; the head 全国社保基金 restored from the clause (充实全国社保基金，储备"
         "规模…); the fund's reserves (a stock): " + FROM_STOCK_NOTE + "; the national fund "
         "keeps 中国 as subject, the fund and the government as alts")
gov("增加到2.5万亿元以上", "2.5万亿元", value=2.5e12, unit="CNY", kind="amount", bound="ge",
    metric="全国社保基金储备规模", metric_alts=FUND, subject_alts=FUND_SUBJ, **to_stock(S),
    note="以上 → ge (outside the span); " + TO_STOCK_NOTE)
g.neg("推进大众创业万众创新", "万众", "slogan 大众创业万众创新, not a quantity (as "
      "wr_china_2018)")
WEEK = ["全国大众创业万众创新活动周", "双创活动周", "全国双创活动周届数", "举办全国双创活动周",
        "连续举办全国双创活动周"]
STREAK = dict(period=five(S), period_alts=[null(S), end5(S),
                                           P(S, "2015-01-01", "2022-12-31")])
STREAK_NOTE = ("judgement call: 连续举办 (a run of editions, since 2015) ending in the five "
               "years → the five-year frame (as 连续多年居世界首位 in wr_china_2023_b), the end "
               "of 2022 (the cumulative stock reading), null and the run's own years "
               "2015-2022 as alts")
g.neg("8届全国双创活动周", "双创", LABEL_NOTE + " (双创 = 大众创业、万众创新, in the event name "
      "全国双创活动周), not a count (as wr_china_2017_b)")
gov("连续举办8届", "8届", value=8, unit="count", kind="count", classifier="届",
    metric="全国双创活动周", metric_alts=WEEK, **STREAK,
    note="a count of editions (README §2, as 连续举办四届 in 000); " + STREAK_NOTE + "; "
         + GOV_NOTE)
fact("超过5.2亿人次参与", "5.2亿人次", value=5.2e8, unit="count", kind="count",
     classifier="人次", bound="gt", metric="全国双创活动周参与人次",
     metric_alts=["参与人次", "双创活动周参与人次", "参与全国双创活动周人次", "参与", "参与人数"],
     **STREAK,
     note="超过 → gt (outside the span); 人次 is a classifier (SPEC §3); the participants of "
          "the 8 editions, the same period as 8届: " + STREAK_NOTE)
g.neg("职业技能提升三年行动", "三年", CAMPAIGN_NOTE.format("高职扩招和职业技能提升三年行动, "
      "2019-2021"))
ACTION = P(S, "2019-01-01", "2021-12-31")
gov("累计扩招413万人", "413万人", value=413e4, unit="count", kind="count", classifier="人",
    metric="高职扩招",
    metric_alts=["扩招", "高职扩招人数", "累计扩招", "高职院校扩招", "高职累计扩招", "扩招人数"],
    **stock5(S, ACTION),
    note="万人 → count ×1e4; " + CUM_NOTE + "; the three years of the action (2019-2021) as a "
         "further alt; " + GOV_NOTE)
gov("培训8300多万人次", "8300多万人次", value=8300e4, unit="count", kind="count",
    classifier="人次", bound="gt", metric="职业技能培训",
    metric_alts=["培训", "培训人次", "职业技能提升培训", "累计培训", "职业技能培训人次",
                 "职业技能提升行动培训"],
    **stock5(S, ACTION),
    note="多 inside the span → gt; 人次 is a classifier (SPEC §3); verb 累计 shared with "
         "扩招: " + CUM_NOTE + "; the action's years as alt; " + GOV_NOTE)
fact("14亿多人口大国", "14亿多", value=14e8, unit="count", kind="count", classifier="人",
     bound="gt", metric="人口",
     metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     **stock5(S, P(S, REF, REF)),
     note="judgement call: 14亿多人口大国 states the size of the population (more than 1.4 "
          "billion) → a count fact (多 inside the span → gt; 人 implied), a stock under the "
          "five-year frame → instant 2022-12-31 (as 13亿多人口 in wr_china_2018), the span, "
          "null and the reference date as alts")

# ==== line 3 (source 33): 保持物价总体平稳 =======================================================
g.neg("十年来我国居民消费价格", "十年来", PERIOD_NOTE + " (the ten years 2013-2022, as 十年 "
      "in wr_china_2023_b; governs 2%)")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅",
       "物价涨幅"]
fact("稳定在2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy",
     period=TEN, period_alts=[null("十年来"), five(S)],
     note="左右 → approx (outside the span); the yearly rise of consumer prices (上涨 = growth "
          "of the price level, as wr_china_2023) held at about 2% in each of the ten years → "
          "comparison yoy (each year against the one before); 十年来 = 2013-2022 (explicit), "
          "null and the five-year frame as alts")

# ==== line 4 (source 34): （二）如期打赢脱贫攻坚战 (no facts) =====================================
g.neg("（二）如期打赢", "（二）", MARKER_NOTE)
g.neg("聚焦“三区三州”", "三区三州", LABEL_NOTE + " (“三区三州”, the deeply poor areas: three "
      "regions and three prefectures), not counts")
g.neg("“两不愁三保障”", "两不愁三保障", LABEL_NOTE + " (“两不愁三保障”: no worry about food "
      "and clothing; education, medical care and housing guaranteed), not counts")

# ==== line 5 (source 35): 推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接 ==============================
g.neg("“四个不摘”", "四个不摘", LABEL_NOTE + " (“四个不摘”, the four 'no withdrawals' of the "
      "transition period), not a count")
gov("集中支持160个国家乡村振兴", "160个", value=160, unit="count", kind="count",
    classifier="个", metric="国家乡村振兴重点帮扶县",
    metric_alts=new("国家乡村振兴重点帮扶县", "乡村振兴重点帮扶县", "重点帮扶县",
                    "确定国家乡村振兴重点帮扶县"),
    **made5(S),
    note="counties designated (确定) within the five years (2021) → " + MADE_NOTE + "; "
         + GOV_NOTE)

# ==== line 6 (source 36): （三）聚焦重点领域和关键环节深化改革 (no facts) ============================
g.neg("（三）聚焦重点领域", "（三）", MARKER_NOTE)

# ==== line 7 (source 37): 持续推进政府职能转变 ===================================================
NEG_LIST = ["清单管理措施", "负面清单管理措施", "市场准入负面清单事项", "市场准入负面清单管理措施数量",
            "清单管理措施数量", "市场准入负面清单"]
gov("比制度建立之初压减64%", "64%", value=-64, unit="%", kind="growth",
    metric="市场准入负面清单管理措施", metric_alts=NEG_LIST, comparison="比制度建立之初",
    **flow5(S),
    note=CUT_NOTE.format("压减") + "comparison = the surface basis 比制度建立之初 (the first "
         "nationwide list, 2018); before 多年来 in the line: " + FRAME_NOTE + "; " + GOV_NOTE)
gov("取消和下放行政许可事项1000多项", "1000多项", value=1000, unit="count", kind="count",
    classifier="项", bound="gt", metric="取消和下放行政许可事项",
    metric_alts=["行政许可事项", "取消和下放的行政许可事项", "取消下放行政许可事项",
                 "取消和下放行政许可事项数量"],
    **MANY_FLOW, note="多 inside the span → gt; a total over the many years: " + MANY_NOTE
    + "; " + GOV_NOTE)
gov("核准投资项目压减90%以上", "90%", value=-90, unit="%", kind="growth", bound="ge",
    metric="中央政府层面核准投资项目",
    metric_alts=["核准投资项目", "中央政府层面核准的投资项目", "中央政府核准投资项目",
                 "中央政府层面核准投资项目数量", "核准的企业投资项目"],
    comparison="比2012年", **MANY_FLOW,
    note=CUT_NOTE.format("压减") + "以上 → ge on the size of the cut (as wr_china_2018_b "
         "削减…60%以上); the basis is not written: the level before the streamlining drive "
         "begun in 2013 (wr_china_2018_b gives 减少90% for 2013-2017) → comparison 比2012年 "
         "(judgement call; comparison is not scored); " + MANY_NOTE + "; " + GOV_NOTE)
LIC = ["工业产品生产许可证类别", "生产许可证", "工业产品生产许可证种类",
       "实行生产许可证管理的工业产品", "工业产品生产许可证管理类别"]
gov("生产许可证从60类", "60类", value=60, unit="count", kind="count", classifier="类",
    metric="工业产品生产许可证", metric_alts=LIC, **MANY_FROM,
    note="a count of product categories under licensing (classifier 类), a standard in force; "
         + MANY_FROM_NOTE + "; " + GOV_NOTE)
gov("减少到10类", "10类", value=10, unit="count", kind="count", classifier="类",
    metric="工业产品生产许可证", metric_alts=LIC, **MANY_TO,
    note=MANY_TO_NOTE + "; " + GOV_NOTE)
gov("压缩到不超过120个工作日", "120个工作日", value=120, unit="day", kind="amount", bound="le",
    metric="工程建设项目全流程审批时间",
    metric_alts=["工程建设项目审批时间", "全流程审批时间", "工程建设项目全流程审批时限",
                 "工程建设项目审批时限", "审批时间"],
    **MANY_TO,
    note="不超过 → le (outside the span); 工作日 → day (as wr_china_2023_c 6个工作日); the "
         "time limit in force after the cut (压缩到, a standard) → " + MANY_TO_NOTE + "; "
         + GOV_NOTE)
OPEN = ["开办企业时间", "企业开办平均时间", "企业开办所需时间", "开办企业所需时间",
        "企业开办时长", "企业开办平均时长"]
fact("从一个月以上压缩到", "一个月", value=1 / 12, unit="year", kind="amount", bound="ge",
     metric="企业开办时间", metric_alts=OPEN, **MANY_FROM,
     note="一个月 is a quantity here (the earlier time to start a business), not the article "
          "一个: 个月 = 1/12 year (SPEC §3); 以上 → ge (outside the span); the sentence is still "
          "under 多年来: " + MANY_FROM_NOTE)
fact("平均4个工作日以内", "4个工作日", value=4, unit="day", kind="amount", bound="le",
     metric="企业开办时间", metric_alts=OPEN,
     period=P("目前", REF, REF),
     period_alts=[P("目前", None, REF), end5(S), null("目前")],
     note="以内 → le (outside the span); 平均 'on average' (the value is the mean time, "
          "企业开办平均时间 as alt); 工作日 → day; 目前 inside the pair governs only this value "
          "(SPEC §4): the instant of the reference date (README §5), alts null..REF, the end "
          "of 2022, null")
g.neg("“双随机、一公开”", "双随机、一公开", LABEL_NOTE + " (“双随机、一公开”: random selection "
      "of inspectors and targets, public results; as wr_china_2018_b), not counts")
ONLINE = ["政务服务网上可办率", "网上可办政务服务比例", "政务服务事项网上可办比例",
          "网上可办的政务服务比例", "政务服务网上可办", "政务服务实现网上可办比例"]
fact("90%以上的政务服务", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="政务服务网上可办比例", metric_alts=ONLINE, subject_alts=CN + GOV, **MANY_TO,
     note="以上 → ge (outside the span); the share of government services available online "
          "(a share of a stock, a level reached); 多年来 still governs (目前 of the pair before "
          "governs only its own value): " + MANY_TO_NOTE)
fact("200多项群众经常办理事项", "200多项", value=200, unit="count", kind="count",
     classifier="项", bound="gt", metric="跨省通办事项",
     metric_alts=["群众经常办理事项", "实现跨省通办的事项", "跨省通办", "跨省通办事项数量",
                  "实现跨省通办的群众经常办理事项", "群众经常办理事项跨省通办"],
     subject_alts=CN + GOV, **MANY_TO,
     note="多 inside the span → gt; the items now handled across provinces (a stock, the set "
          "reached): " + MANY_TO_NOTE)
ENT_NOTE = ("超过 → gt (outside the span); 去年底 (= 2022-12-31) governs: the register's "
            "size at the instant (the year and null as alts)")
fact("企业数量超过5200万户", "5200万户", value=5200e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="企业数量",
     metric_alts=["企业", "企业总数", "企业总量", "企业户数"], **EOY_D, note=ENT_NOTE)
fact("个体工商户超过1.1亿户", "1.1亿户", value=1.1e8, unit="count", kind="count",
     classifier="户", bound="gt", metric="个体工商户",
     metric_alts=["个体工商户数量", "个体工商户总数", "个体工商户户数"], **EOY_D, note=ENT_NOTE)
MKT = ["市场主体", "市场主体数量", "市场主体总数", "市场主体户数"]
fact("市场主体总量超过1.6亿户", "1.6亿户", value=1.6e8, unit="count", kind="count",
     classifier="户", bound="gt", metric="市场主体总量", metric_alts=MKT, **EOY_D,
     note=ENT_NOTE)
g.neg("是十年前的3倍", "十年前", "basis of the multiple (是十年前的N倍 = the end of 2012), a "
      "period expression, not a fact (as 为1997年的2.9倍 in wr_china_2001)")
fact("是十年前的3倍", "3倍", value=3, unit="times", kind="ratio", metric="市场主体总量",
     metric_alts=MKT + ["市场主体总量相当于十年前的倍数", "市场主体总量与十年前之比"],
     period=EOY, period_alts=[year("去年底", 2022), null("去年底"),
                              P("十年前", "2013-01-01", "2022-12-31")],
     note="是十年前的N倍 → ratio 3 (the end-2022 register over the end-2012 one); comparison "
          "null (ratio facts carry none, as wr_china_2001; the basis 十年前 in the alts); "
          "去年底 governs (instant 2022-12-31), the ten years as alt")

# ==== line 8 (source 38): 促进多种所有制经济共同发展 ==============================================
g.neg("坚持“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇”, the policy on the "
      "public and non-public sectors; as wr_guangdong_2025)")
g.neg("完成国企改革三年行动", "三年", CAMPAIGN_NOTE.format("国企改革三年行动, 2020-2022; as "
      "wr_china_2022"))
g.neg("一视同仁给予", "一视同仁", "idiom 一视同仁 'treat equally', not a quantity (as "
      "wr_china_2010_c)")

# ==== line 9 (source 39): 推进财税金融体制改革 (no numerals) =====================================

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 一、过去一年和五年工作回顾, in the itemised review of the five "
    "years 2018-2022 (五年来…主要做了以下工作, source line 28, outside the excerpt): the last "
    "three paragraphs of item （一） (monetary policy, employment, prices; its heading and "
    "fiscal paragraph, source lines 29-30, outside), item （二） (heading; the transition from "
    "poverty relief to rural revitalisation) and item （三） up to its fourth paragraph "
    "(heading; government functions and the business register; ownership; fiscal and "
    "financial reform). Lines 6-14, 17-30 and 51-60 are annotated in wr_china_2023 / _b / _c "
    "(no overlap). Title, dateline and speaker are outside the excerpt; the title is the "
    "corpus meta title (the source's first line reads only 政府工作报告), title_in_text=False. "
    "Date: 2023-03-05, the delivery date in the dateline (source line 2: ——2023年3月5日在第十四"
    "届全国人民代表大会第一次会议上); the shared meta agrees. Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国); the central government's own acts and standards (金融改革成本, "
    "缴费比例, 社保基金, 双创活动周, 扩招/培训, 重点帮扶县, 负面清单, 行政许可, 核准, 许可证, 审批"
    "时间) add 中央政府/国务院/中央财政; the loan balances add 金融机构/银行业金融机构; the fund "
    "adds 全国社保基金. Periods: the five-year review 2018-01-01..2022-12-31 (as wr_china_2023_b "
    "/ _c), period text 五年来 (source line 28, outside the excerpt; null always as alt): "
    "年均 growth, the pp change of the loan rate, 金融改革成本, 160个县, the 64% cut → the span; "
    "from/to pairs without years → the instants 2017-12-31 and 2022-12-31 (贷款余额, 缴费比例, "
    "储备规模); 累计扩招/培训 and 14亿多人口 → instant 2022-12-31 (stock rule); 连续举办8届 and "
    "its 5.2亿人次 → the span (streak; the run 2015-2022 as alt). Explicit: 十年来 → 2013-2022 "
    "(CPI 2%左右); 多年来 (line 7, no numeral) → null..2023-03-05 for its flows (1000多项, 压减"
    "90%以上), the instant 2023-03-05 for levels reached (10类, 120个工作日, 90%以上 online, "
    "200多项 跨省通办), null for the start values of pairs (60类, 一个月); 目前 inside the pair "
    "→ 4个工作日 at the reference date only (SPEC §4); 去年底 → instant 2022-12-31 (企业, 个体"
    "工商户, 市场主体, 3倍). Modality: actual throughout. Units: 万亿元 1e12, 亿元 1e8; 个百分点 → "
    "pp; 人次 and 届, 类, 项, 户 → count classifiers; 个工作日 → day; 一个月 → 1/12 year. "
    "Comparisons: 年均 (24%); the surface bases 较五年前 (−1.5 pp) and 比制度建立之初 (−64%); "
    "比2012年 for 核准投资项目压减90%以上 (judgement call); yoy for the CPI; none for the "
    "multiple 3倍. Judgement calls: the 多年来 scope over line 7 (literal SPEC §4 reading; the "
    "five-year readings as alts); 一个月 → a duration fact (1/12 year, ge); 连续举办8届 → count "
    "of editions over the span; 14亿多人口 → a population count (stock); 累计 → instants; "
    "压减/下降 X% → growth −X. Negatives: 五年前, 一批, 万众, 三年 ×2 (三年行动 names), 十年来, "
    "（二）, 三区三州, 两不愁三保障, 四个不摘, （三）, 双随机、一公开, 十年前, 两个毫不动摇, 一视同仁. "
    "Lexicalized, not listed: 统一 (统一大市场), 进一步 ×2, 清单 ×3, 单位 (单位缴费). Known false "
    "alarm of the shared check_gold.py: period text 五年来 is not in the excerpt (as "
    "wr_china_2023_c).")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2023.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
