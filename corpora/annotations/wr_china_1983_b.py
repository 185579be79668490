"""Gold annotations for wr_china_1983_b (1983年中华人民共和国国务院政府工作报告), lines 28-36 of
shared/texts/work_report/wr_china_1983.txt.

The report is Premier Zhao Ziyang's report to the 1st session of the 6th NPC (June 1983).  Its
second part 今后五年的主要任务 (heading at source line 19) proposes the tasks of the next five
years; the excerpt lies in its section （一）关于经济建设 (heading at source line 22): the
paragraph on the state's shortage of funds (国家财力不足，资金严重分散, with the 1979-1982
figures of social output and revenue) and the three remedies that follow, each a heading with
its paragraph(s): 第一、大力提高经济效益 (costs of comparable products 1980-1982, the revenue
lost every year, the losses of loss-making enterprises in 1982), 第二、合理分配国民收入 (the
share of revenue in national income 1978 → 1982, extra-budgetary funds 1978 → 1982, the
subsidies borne by the state 目前) and the heading and first paragraph of 第三、正确地确定基本建设
的总规模 (no numbers).  The line range is fixed by the brief (lines 28-36, 2,464 characters);
lines 9-12 of the same report are wr_china_1983 (held out; no overlap).

Though the section plans the next five years, every number in the excerpt is a past figure
quoted to diagnose the problem, each with its own period: modality actual throughout.  All
numbers are written in Chinese numerals (百分之三十三点六, 四、五十亿元, 一百多亿元); spans keep
the text as written and values are the numbers written (SPEC §3).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_1983_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1983_b"
SOURCE_ID = "wr_china_1983"
PLACE = "中国"
REF = "1983-06-06"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 28, 36                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1983年中华人民共和国国务院政府工作报告"   # corpus meta title; no title line in the source

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="我们要完满实现上述任务",
                 ends="准备好充分的后备力量。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (第N、 heading of one of the three remedies), not a quantity"
ARTICLE_NOTE = "一 + classifier used as article or vague quantifier, not a quantity (README §2)"
SESSION_NOTE = "numeral of a congress / session label (SPEC §1), not a quantity"
MUST_NOTE = ("adverb 一定(要) 'must, certainly', not a quantity (as wr_china_1982 / "
             "wr_china_1992)")
ALL_NOTE = "pronoun 一切 'all', not a quantity (as wr_china_1982 / wr_china_1994)"
CNUM = "Chinese numerals as written; value = the number they write (SPEC §3)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1983-06-06; 去年 = 1982) -------------------------------------------
# The excerpt lies in part 今后五年的主要任务 (source line 19), section （一）关于经济建设: a plan
# for 1983-1987, but every number in it is a past figure given to diagnose the state's
# shortage of funds, each under a period expression of its own in its line (a paragraph is one
# line; periods never cross lines).  The plan frame (今后五年) is never the period of these
# actual figures.
#   - 从一九七九年到一九八二年的四年间 / 四年间 (after a 1978 → 1982 pair) → the span
#     1979-01-01..1982-12-31 (growth over the four years as a whole, comparison 累计 as in
#     wr_china_1983 四年中…增长); the year 1982 of the level compared and null as alts;
#   - 一九八○年 / 一九八一年 / 一九八二年 → the year (costs, losses; flows);
#   - 每年 → text only, start/end null (README §5), the years 1980-1982 it refers to and 1982
#     as alts;
#   - from/to pairs with their own years (由一九七八年的X…到一九八二年的Y) → X 1978, Y 1982
#     (SPEC §4); a share of the year's national income and the year's extra-budgetary funds are
#     flows → the years;
#   - 目前 → the instant REF (SPEC §4, README §5), null..REF, the year 1983, the year 1982 and
#     null as alts (the subsidies are an annual bill: the running year's level).
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def four(txt):
    return P(txt, "1979-01-01", "1982-12-31")


FOUR_NOTE = ("growth over the four years 1979-1982 as a whole (comparison 累计, as wr_china_1983 "
             "四年中…增长); the year 1982 of the level compared and null as alts")

# ==== line 1 (source 28): the shortage of state funds =============================================
g.neg("当前面临的一个最突出", "一个", ARTICLE_NOTE + " (一个最突出的问题 'the most pressing "
      "problem')")
T4 = "从一九七九年到一九八二年的四年间"
g.neg(T4, "一九七九年到一九八二年的四年间", PERIOD_NOTE + " (1979-01-01..1982-12-31; governs "
      "the two growth rates after it)")
FOUR = dict(period=four(T4), period_alts=[year(T4, 1982), null(T4)])
fact("社会总产值增长百分之三十三点六", "百分之三十三点六", value=33.6, unit="%", kind="growth",
     metric="社会总产值", metric_alts=["我国社会总产值", "社会总产值增长"],
     comparison="累计", **FOUR, note=FOUR_NOTE + "; " + CNUM)
fact("财政收入却下降了百分之三点三", "百分之三点三", value=-3.3, unit="%", kind="growth",
     metric="国内财政收入",
     metric_alts=["财政收入", "国家财政收入", "国内财政收入下降", "国家国内财政收入"],
     subject_alts=CN + GOV, comparison="累计", **FOUR,
     note="下降 → negative growth (SPEC §2); " + FOUR_NOTE)
g.neg("八十年代打基础", "八十年代", PERIOD_NOTE + " (the 1980s, the decade of laying "
      "foundations in the plan; no number follows)")
g.neg("九十年代新的经济振兴", "九十年代", PERIOD_NOTE + " (the 1990s; no number follows)")
g.neg("从以下三个方面", "三个", "discourse enumeration 以下三个方面 (the three remedies 第一、"
      "…第三、 that follow), not a quantity claim (as 以下四个方面 in wr_china_1986)")

# ==== line 2 (source 29): heading 第一、 ===========================================================
g.neg("第一、大力提高经济效益", "第一、", MARKER_NOTE)

# ==== line 3 (source 30): costs and losses =======================================================
g.neg("这几年国家财政收入减少", "这几年", PERIOD_NOTE + " (vague 'these years'; no number in its "
      "sentence)")
g.neg("一个重要原因是经济效益不好", "一个", ARTICLE_NOTE + " (一个重要原因 'an important "
      "reason')")
COST = ["工业企业可比产品成本", "可比产品成本", "可比产品的成本", "工业企业可比产品的成本上升",
        "可比产品成本上升"]
COST_SUBJ = CN + ["工业企业"]
g.neg("成本，一九八○年上升", "一九八○年", PERIOD_NOTE + " (1980)")
fact("一九八○年上升百分之零点九", "百分之零点九", value=0.9, unit="%", kind="growth",
     metric="工业企业可比产品的成本", metric_alts=COST, subject_alts=COST_SUBJ,
     comparison="yoy", period=year("一九八○年", 1980), period_alts=[null("一九八○年")],
     note="上升 N% → growth of the year over the year before (yoy); " + CNUM)
g.neg("一九八一年上升百分之一", "一九八一年", PERIOD_NOTE + " (1981)")
fact("一九八一年上升百分之一", "百分之一", value=1, unit="%", kind="growth",
     metric="工业企业可比产品的成本", metric_alts=COST, subject_alts=COST_SUBJ,
     comparison="yoy", period=year("一九八一年", 1981), period_alts=[null("一九八一年")],
     note="head 工业企业可比产品的成本 shared with the 1980 clause")
g.neg("一九八二年也没有降低", "一九八二年", PERIOD_NOTE + " (1982; its clause 也没有降低 states "
      "no number)")
g.neg("只这一项每年", "一项", "demonstrative 这一项 'this one item' (the cost rise just "
      "described), not a count")
g.neg("只这一项每年", "每年", PERIOD_NOTE + " ('every year': text only, README §5)")
fact("每年就减少国家财政收入四、五十亿元", "四、五十亿元", value=40e8, upper=50e8,
     unit="CNY", kind="amount", metric="减少国家财政收入",
     metric_alts=["减少的国家财政收入", "减少财政收入", "国家财政收入减少", "财政减收", "减收",
                  "国家财政收入减收额", "国家财政收入增量"],
     subject_alts=CN + GOV,
     period=P("每年", None, None),
     period_alts=[P("每年", "1980-01-01", "1982-12-31"), year("每年", 1982)],
     note="the approximate range 四、五十亿元 'forty or fifty 亿元' → value 40e8, upper 50e8 "
          "(SPEC §2 upper; one fact spanning both numbers and the shared unit); judgement call: "
          "the revenue lost every year through the rising costs → a positive amount with the "
          "phrase as metric (as 减少财政收入 N in wr_china_1981), the signed SPEC §2 change "
          "reading is the alternative; 每年 → text only (README §5), the years 1980-1982 the "
          "clause refers to and 1982 as alts")
g.neg("一九八二年亏损工业企业", "一九八二年", PERIOD_NOTE + " (1982; governs the losses)")
LOSS_SUBJ = CN + ["亏损工业企业", "工业企业"]
Y82 = dict(period=year("一九八二年", 1982), period_alts=[null("一九八二年")])
fact("亏损金额达四十二亿元", "四十二亿元", value=42e8, unit="CNY", kind="amount",
     metric="亏损工业企业的亏损金额",
     metric_alts=["亏损工业企业亏损金额", "亏损工业企业亏损额", "工业企业亏损额", "亏损金额",
                  "工业企业亏损金额", "亏损额"],
     subject_alts=LOSS_SUBJ, **Y82,
     note="达 → eq (outside the span); the losses of 1982 (a flow)")
fact("总额达一百多亿元", "一百多亿元", value=100e8, unit="CNY", kind="amount", bound="gt",
     metric="亏损总额",
     metric_alts=["企业亏损总额", "工业企业、粮食企业、商业企业亏损总额", "亏损金额", "亏损额",
                  "工业、粮食、商业企业亏损总额", "企业亏损"],
     subject_alts=CN + ["亏损工业企业", "粮食企业、商业企业", "企业"], **Y82,
     note="多 inside the span → gt (一百多亿元 → 1e10 gt); the total of the losses of loss-making "
          "industrial enterprises plus those of grain and commercial enterprises, 1982 "
          "(the line's 一九八二年 still governs)")

g.neg("所有企业一定要", "一定", MUST_NOTE)

# ==== line 4 (source 31): raise efficiency — no facts ============================================
g.neg("确保一九八五年前", "一九八五年前", PERIOD_NOTE + " (deadline 'before 1985'; no number "
      "follows)")
g.neg("认真整顿一遍", "一遍", "一遍 'once over' (adverbial, 整顿一遍), not a quantity")
g.neg("一切单位都必须", "一切", ALL_NOTE)
g.neg("一切单位和全体职工", "一切", ALL_NOTE)
g.neg("同一切铺张浪费", "一切", ALL_NOTE)
g.neg("并且一一落实", "一一", "adverb 一一 'one by one', not a quantity")

# ==== line 5 (source 32): heading 第二、 ===========================================================
g.neg("第二、合理分配国民收入", "第二、", MARKER_NOTE)

# ==== line 6 (source 33): share of revenue, extra-budgetary funds ================================
g.neg("这几年国家财力不足", "这几年", PERIOD_NOTE + " (vague 'these years'; no number in its "
      "sentence)")
g.neg("另一个重要原因", "一个", ARTICLE_NOTE + " (另一个重要原因 'another important reason')")
SHARE = ["财政收入占国民收入比重", "财政收入占国民收入的比例", "财政收入占比",
         "财政收入在国民收入中的比重", "国家财政收入占国民收入的比重"]
g.neg("由一九七八年的百分之三十七点二", "一九七八年", PERIOD_NOTE + " (1978, the year of the "
      "pair's first value)")
fact("一九七八年的百分之三十七点二", "百分之三十七点二", value=37.2, unit="%", kind="share",
     metric="财政收入占国民收入的比重", metric_alts=SHARE, subject_alts=CN + GOV,
     period=year("一九七八年", 1978), period_alts=[null("一九七八年")],
     note="from/to pair with its own years (SPEC §4): the 1978 level; a share of the year's "
          "national income (a flow) → the year; " + CNUM)
g.neg("下降到一九八二年的百分之二十五点五", "一九八二年", PERIOD_NOTE + " (1982, the year of the "
      "pair's second value)")
fact("一九八二年的百分之二十五点五", "百分之二十五点五", value=25.5, unit="%", kind="share",
     metric="财政收入占国民收入的比重", metric_alts=SHARE, subject_alts=CN + GOV,
     period=year("一九八二年", 1982), period_alts=[null("一九八二年")],
     note="end of the pair (下降到 'fell to' the level, not a change): 1982")
g.neg("这几年多拿出一些钱", "这几年", PERIOD_NOTE + " (vague 'these years'; no number follows)")
EXTRA = ["预算外资金收入", "预算外资金规模", "预算外收入", "预算外资金总额"]
g.neg("由一九七八年的三百七十一亿元", "一九七八年", PERIOD_NOTE + " (1978, the year of the "
      "pair's first value)")
fact("一九七八年的三百七十一亿元", "三百七十一亿元", value=371e8, unit="CNY", kind="amount",
     metric="预算外资金", metric_alts=EXTRA, subject_alts=CN + GOV,
     period=year("一九七八年", 1978), period_alts=[null("一九七八年")],
     note="from/to pair with its own years (SPEC §4): the 1978 level (the year's "
          "extra-budgetary funds, a flow); 三百七十一亿元 = 3.71e10 CNY")
g.neg("增加到一九八二年的六百五十亿元", "一九八二年", PERIOD_NOTE + " (1982, the year of the "
      "pair's second value)")
fact("一九八二年的六百五十亿元", "六百五十亿元", value=650e8, unit="CNY", kind="amount",
     metric="预算外资金", metric_alts=EXTRA, subject_alts=CN + GOV,
     period=year("一九八二年", 1982), period_alts=[null("一九八二年")],
     note="end of the pair (增加到 'rose to' the level, not an increase): 1982")
g.neg("四年间增长百分之七十五点二", "四年间", PERIOD_NOTE + " (the four years 1979-1982 from "
      "the 1978 level of the pair)")
fact("四年间增长百分之七十五点二", "百分之七十五点二", value=75.2, unit="%", kind="growth",
     metric="预算外资金", metric_alts=EXTRA, subject_alts=CN + GOV, comparison="累计",
     period=four("四年间"), period_alts=[year("四年间", 1982), null("四年间")],
     note="(650 − 371) / 371 = 75.2 %; " + FOUR_NOTE)

# ==== line 7 (source 34): distribution of national income ========================================
g.neg("党的十二大和", "十二大", SESSION_NOTE + " (十二大, the 12th Party Congress)")
g.neg("五届人大五次会议", "五届", SESSION_NOTE + " (the 5th NPC)")
g.neg("五届人大五次会议", "五次", SESSION_NOTE + " (5th session)")
g.neg("作为政府工作的一项", "一项", ARTICLE_NOTE + " (一项极其重要的任务 'a most important "
      "task')")
g.neg("目前国家负担的", "目前", PERIOD_NOTE + " (the reference date)")
SUB = ["农产品价格补贴和其他补贴", "国家负担的补贴", "价格补贴", "农产品价格补贴", "财政补贴",
       "补贴", "国家负担的农产品价格补贴", "价格补贴和其他补贴"]
fact("已经达到三百二十亿元", "三百二十亿元", value=320e8, unit="CNY", kind="amount",
     metric="国家负担的农产品价格补贴和其他补贴", metric_alts=SUB, subject_alts=CN + GOV,
     period=P("目前", REF, REF),
     period_alts=[P("目前", None, REF), year("目前", 1983), year("目前", 1982), null("目前")],
     note="已经达到 → eq (outside the span); 目前 → the instant REF (SPEC §4, README §5); the "
          "subsidies are an annual bill (the running year's level): null..REF, the year 1983, "
          "the year 1982 and null as alts; 国家负担 → the state as subject alt")

g.neg("国家还很穷，一定要", "一定", MUST_NOTE)

# ==== line 8 (source 35): heading 第三、 ===========================================================
g.neg("第三、正确地确定", "第三、", MARKER_NOTE)

# ==== line 9 (source 36): the scale of capital construction — no facts ===========================
g.neg("这个规模一定要", "一定", MUST_NOTE)
g.neg("违反这一客观", "这一", "demonstrative 这一 'this', not a quantity (as wr_china_1981)")
g.neg("我们一定要把这种", "一定", MUST_NOTE)
g.neg("建设起一批现代化", "一批", ARTICLE_NOTE + " (一批 'a batch of')")
g.neg("改造一批现有", "一批", ARTICLE_NOTE + " (一批 'a batch of')")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (lines 9-12 are wr_china_1983, held out; no overlap). Part of the "
    "document: part 今后五年的主要任务 (source line 19), section （一）关于经济建设 (source line "
    "22): the paragraph on the state's shortage of funds (1979-1982 social output and revenue) "
    "and the three remedies — 第一、大力提高经济效益 (heading and two paragraphs: costs of "
    "comparable products 1980/1981, the revenue lost each year, the 1982 losses), 第二、合理"
    "分配国民收入 (heading and two paragraphs: revenue share of national income 1978 → 1982, "
    "extra-budgetary funds 1978 → 1982, the subsidies borne by the state 目前), 第三、正确地"
    "确定基本建设的总规模 (heading and first paragraph, no numbers). Though the part plans "
    "1983-1987, every number is a past figure quoted as a diagnosis, under a period of its own: "
    "modality actual throughout; the plan frame is the period of none of them. Numerals: all "
    "Chinese (百分之三十三点六, 四、五十亿元, 一百多亿元); spans keep the text, values are the "
    "numbers written. Title: the corpus meta title (no title line in the source), "
    "title_in_text=False. Date: 1983-06-06, the day Zhao Ziyang delivered the report at the "
    "opening of the 1st session of the 6th NPC (as wr_china_1983; the corpus meta gives only "
    "the year 1983 and the Wikisource text has no dateline; the latest figures are for 1982 "
    "and source line 39 says 今年六月一日起, which fits June 1983). Place: national report → "
    "中国 (alts 我国/全国/中华人民共和国; 国家/国家财政 for revenue, extra-budgetary funds and "
    "subsidies; 工业企业 / 亏损工业企业 for costs and losses). Periods: a line is a paragraph; "
    "从一九七九年到一九八二年的四年间 and 四年间 → 1979-01-01..1982-12-31 (growth over the four "
    "years, comparison 累计; 1982 and null as alts); 一九八○年 / 一九八一年 / 一九八二年 → the "
    "year; 每年 → text only (README §5), 1980-1982 and 1982 as alts; from/to pairs → each "
    "value its own year (1978 / 1982; shares of the year's national income and the year's "
    "extra-budgetary funds are flows); 目前 → the instant 1983-06-06 (null..REF, 1983, 1982 and "
    "null as alts). Judgement calls: 四、五十亿元 → one range fact (value 4e9, upper 5e9) on the "
    "metric 减少国家财政收入 as a positive amount (as wr_china_1981 减少财政收入 N; the signed "
    "change is the alternative); 一百多亿元 → 1e10 gt on 亏损总额 (industrial + grain + "
    "commercial losses); 增长/下降 over the four years → growth with comparison 累计; "
    "以下三个方面 → discourse enumeration (negative); 这一项, 整顿一遍, 这一 and 一定 (adverb) → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 统一, 一般, 一些, 进一步. Known false alarms of the shared "
    "check_gold.py (as in wr_china_1983): it reads 百分之N as 100 and the range 四、五十亿元 as 4; "
    "czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
