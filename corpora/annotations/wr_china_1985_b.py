"""Gold annotations for wr_china_1985_b (1985年中华人民共和国国务院政府工作报告), lines 16-24 of
shared/texts/work_report/wr_china_1985.txt.

The report is Premier Zhao Ziyang's report to the 3rd session of the 6th NPC (delivered
1985-03-27).  Its part （一）关于经济形势 (heading on source line 6) reviews 1984 and the years
of adjustment since 1979; part （二）关于经济体制改革 (heading on source line 23) opens the plan
for 1985.  The excerpt corpora/wr_china_1985_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: the end of part （一） — the verdict on the
changes (line 16), the rural and urban reforms since 1979 (line 17), opening up in 1984
(line 18: foreign trade, joint ventures, foreign capital, technology imports), the other
fields (line 19), the problems of 1984 (line 20: credit and the wage bill; line 21: the
credit and wage bases; line 22: the measures taken) — then the heading of part （二） and its
first paragraph (line 24: 1985 as the first year of the reform decision; no figures).  The
line range (16-24, 2,411 characters) was given by the brief: it imitates how test excerpts
are cut.  Lines 8-15 are annotated in wr_china_1985 (no overlap).

Numerals are written in two ways: Chinese numerals for levels and counts (一千二百零一亿元,
七百四十一个, 二十六亿六千万美元, 一千多项) and full-width digits with ． and ％ for years, months
and rates (１９８４年, １２月, ３９．７％).  Spans keep the text as written; values are the numbers
written (SPEC §3).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1985_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1985_b"
PLACE = "中国"
REF = "1985-03-27"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_1985.txt"
FIRST, LAST = 16, 24                    # 1-based, inclusive, whole lines
TITLE = "1985年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="各位代表！前几年特别是１９８４年",
                 ends="不失时机地把改革继续推向前进。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
NOFACT = PERIOD_NOTE + " ({}; no number follows it in its sentence)"
SESSION_NOTE = "plenum label {} (SPEC §1 二十届三中全会), not a quantity"
CNUM = "Chinese numerals as written; value = the number they write (SPEC §3)"
FW = ("full-width digits (and ．/％) as written in the source; the span keeps them, the value "
      "is the number they denote")
VAGUE = "vague quantifier {} (README §2), not a quantity"
ART = "indefinite article {} (README §2 一个), not a count"

CN = ["我国", "全国", "中华人民共和国"]

fact = g.with_subject(PLACE, CN)

# ---- periods (reference date 1985-03-27; 去年 = 1984, 今年 = 1985) ----------------------------
# Lines 16-22 close part （一）关于经济形势, the review of 1984: each line names its own period
# before its numbers.  Line 18 opens with 去年 (= 1984, explicit) and restates it with 全年
# before 七百四十一个, which then governs the rest of the line (same dates).  Line 20 names
# １９８４年 before the credit growth (the growth of the loan stock over 1984: the year, the
# year-end instant as alt, as wr_china_2015 / wr_china_2022), then １２月 (December 1984)
# before the share of December in the year's increase (the year 1984 as alt), then
# １９８４年 before the wage bill and 第四季度 (Q4 1984) before its growth (each period word
# replaces the one before, SPEC §4).  The comparison years (比１９８３年) and the years of the
# credit and wage bases (line 21) are not periods of facts.  Lines 23-24 open part （二）, the
# plan for 1985: they hold no figure (labels and the year only).
LAST_YEAR = P("去年", "1984-01-01", "1984-12-31")
FULL_YEAR = P("全年", "1984-01-01", "1984-12-31")
Y84 = P("１９８４年", "1984-01-01", "1984-12-31")
Y84_END = P("１９８４年", "1984-12-31", "1984-12-31")
FLOW_LY = dict(period=LAST_YEAR, period_alts=[null("去年")])
FLOW_FY = dict(period=FULL_YEAR, period_alts=[null("全年")])
FLOW84 = dict(period=Y84, period_alts=[null("１９８４年")])

# ==== line 1 (source 16): the verdict on the recent years =======================================
g.neg("前几年特别是１９８４年", "１９８４年", NOFACT.format("1984"))

# ==== line 2 (source 17): reforms since 1979 ====================================================
g.neg("首先在农村开始", "首先", "adverb 首先 'first of all', not a rank or quantity")
g.neg("从１９７９年开始", "１９７９年", NOFACT.format("从１９７９年开始 'from 1979 on'"))
g.neg("为中心的一系列改革", "一系列", VAGUE.format("一系列"))
g.neg("亿万农民", "亿万", "idiom 亿万农民 'hundreds of millions of peasants', not a quantity")
g.neg("１９８４年，从正确解决", "１９８４年", NOFACT.format("1984"))
g.neg("采取了一系列措施", "一系列", VAGUE.format("一系列"))
g.neg("去年１０月召开", "去年１０月", "date of an event (October 1984, the 3rd plenum), a "
      "period expression with no number after it, not a fact")
g.neg("中国共产党十二届三中全会", "十二届三中全会", SESSION_NOTE.format("十二届三中全会 (3rd "
      "plenum of the 12th CC)"))
g.neg("进入了一个新阶段", "一个", ART.format("一个"))

# ==== line 3 (source 18): opening up in 1984 =====================================================
TRADE = ["全国进出口总额", "进出口额", "对外贸易进出口总额", "外贸进出口总额", "进出口",
         "外贸进出口"]
fact("进出口总额达到一千二百零一亿元", "一千二百零一亿元", value=1201e8, unit="CNY",
     kind="amount", metric="进出口总额", metric_alts=TRADE, **FLOW_LY,
     note="达到 → eq; 去年 (= 1984) opens the line; 一千二百零一亿元 = 120,100,000,000 CNY; "
          + CNUM)
fact("比上年增长３９．７％", "３９．７％", value=39.7, unit="%", kind="growth",
     metric="进出口总额", metric_alts=TRADE + ["进出口总额增速", "进出口总额名义增长"],
     comparison="yoy", **FLOW_LY, note="比上年 → yoy; nominal growth; " + FW)
fact("实际增长１９．６％", "１９．６％", value=19.6, unit="%", kind="growth",
     metric="进出口总额",
     metric_alts=TRADE + ["进出口总额实际增长", "进出口总额实际增速"], comparison="yoy",
     **FLOW_LY,
     note="扣除价格和汇率变动因素，实际增长 = real growth over 1983 (the basis 比上年 shared) → "
          "yoy; the real reading is noted, not a field (as wr_china_1985 12.5%)")
JV = ["中外合资经营企业", "批准中外合资经营企业数", "中外合资企业", "合资经营企业",
      "批准的中外合资经营企业", "中外合资经营企业数量", "批准设立中外合资经营企业"]
fact("中外合资经营企业七百四十一个", "七百四十一个", value=741, unit="count", kind="count",
     classifier="个", metric="批准中外合资经营企业", metric_alts=JV, **FLOW_FY,
     note="全年共批准 N: joint ventures approved in 1984 (a flow; 全年 restates 去年 and governs "
          "the rest of the line); 七百四十一个 = 741; " + CNUM)
g.neg("超过前五年的总和", "前五年", "comparison basis 前五年 'the five years before' (the sum "
      "of 1979-1983 approvals, not given), not a period of a fact and not a quantity (as "
      "wr_china_1986 比前五年)")
FX = ["实际使用国外资金", "实际使用的国外资金", "利用外资", "实际利用外资", "国外资金",
      "以各种形式实际使用的国外资金", "实际利用外资额", "全国实际使用的国外资金"]
fact("国外资金达二十六亿六千万美元", "二十六亿六千万美元", value=2.66e9, unit="USD",
     kind="amount", metric="实际使用国外资金", metric_alts=FX, **FLOW_FY,
     note="达 → eq; 二十六亿六千万美元 = 2,660,000,000 USD (美元 → ISO code, SPEC §3); the "
          "year's use of foreign capital under 全年 (1984); " + CNUM)
fact("比上年增长３５．７％", "３５．７％", value=35.7, unit="%", kind="growth",
     metric="实际使用国外资金", metric_alts=FX + ["实际使用国外资金增速"],
     comparison="yoy", **FLOW_FY, note="比上年 → yoy; " + FW)
TECH = ["技术引进项目", "计划内技术引进项目", "签约成交的技术引进项目", "技术引进成交项目",
        "技术引进项目数量", "引进技术项目", "计划内签约成交技术引进项目"]
fact("技术引进项目有一千多项", "一千多项", value=1000, unit="count", kind="count",
     classifier="项", bound="gt", metric="计划内签约成交的技术引进项目", metric_alts=TECH,
     **FLOW_FY,
     note="多 inside the span → gt (10 gt rule: 一千多 → 1000 gt); contracts signed in 1984 "
          "(全年 governs the line); the qualifier 计划内签约成交 defines the counted set → "
          "metric; 成交额…大幅度增加 after it has no number")

# ==== line 4 (source 19): the other fields (no figures) ==========================================
g.neg("１９８４年我国科学", "１９８４年", NOFACT.format("1984"))
g.neg("积极为四化献计出力", "四化", "label 四化 (the four modernizations), not a quantity")
g.neg("从一年比一年好的发展形势", "一年比一年", "idiom 一年比一年好 'better year by year', "
      "not a quantity (as 一个季度比一个季度好 in wr_china_1981)")
g.neg("党的十一届三中全会以来", "十一届三中全会", SESSION_NOTE.format("十一届三中全会 (3rd "
      "plenum of the 11th CC)"))

# ==== line 5 (source 20): the problems of 1984 — credit and the wage bill ========================
g.neg("并不是说一切都好", "一切", "pronoun 一切 'all', not a quantity (as wr_china_1982)")
g.neg("去年下半年特别是第四季度对信贷", "去年下半年", NOFACT.format("H2 1984"))
g.neg("去年下半年特别是第四季度对信贷", "第四季度", NOFACT.format("Q4 1984"))
g.neg("１９８４年增发的货币", "１９８４年", NOFACT.format("1984"))
g.neg("其中也有一部分", "一部分", VAGUE.format("一部分"))
g.neg("１９８４年银行的各项贷款", "１９８４年", PERIOD_NOTE + " (1984; governs the credit "
      "growth)")
g.neg("比１９８３年增加", "１９８３年", "year of the comparison basis 比１９８３年 (SPEC §4: a "
      "basis is `comparison`, not a period), not a fact")
LOAN = ["各项贷款总额", "银行各项贷款", "各项贷款", "银行贷款", "贷款总额", "银行贷款总额",
        "银行的各项贷款总额", "各项贷款余额", "贷款"]
LOAN_SUBJ = CN + ["银行"]
fact("比１９８３年增加２８．９％", "２８．９％", value=28.9, unit="%", kind="growth",
     metric="银行各项贷款总额", metric_alts=LOAN, subject_alts=LOAN_SUBJ, comparison="yoy",
     period=Y84, period_alts=[Y84_END, null("１９８４年")],
     note="增加 X% → growth; 比１９８３年 for the 1984 total is the year before → yoy; growth "
          "of the loan stock over 1984 → the year, the year-end instant and null as alts (as "
          "wr_china_2015 / wr_china_2022 loan growth); the banks as subject alt; " + FW)
g.neg("其中１２月一个月", "１２月", PERIOD_NOTE + " (December 1984; governs the share)")
g.neg("其中１２月一个月", "一个月", "restates the length of the period １２月 ('the single "
      "month of December'), part of the period expression, not a duration fact (as 二十六年间 "
      "in wr_china_1985)")
fact("占全年增加额的４８．４％", "４８．４％", value=48.4, unit="%", kind="share",
     metric="１２月贷款增长额占全年增加额的比重",
     metric_alts=["12月贷款增长额占全年增加额的比重", "１２月增长额占全年增加额的比重",
                  "12月增长额占全年增加额的比重", "增长额占全年增加额的比重",
                  "１２月贷款增加额占全年贷款增加额的比重", "12月贷款增加额占全年贷款增加额的比重",
                  "12月贷款增长额占全年比重", "12月贷款增量占全年贷款增量比重",
                  "12月贷款增长额占比", "贷款增长额占全年增加额的比重"],
     subject_alts=LOAN_SUBJ,
     period=P("１２月", "1984-12-01", "1984-12-31"),
     period_alts=[P("全年", "1984-01-01", "1984-12-31"), Y84, null("１２月")],
     note="占…的 X% → share of December's loan increase in the increase of the whole year "
          "1984; judgement call on the period: １２月 (December 1984, the numerator's month) "
          "stands right before it and governs (SPEC §4); the year 1984 (the whole it is a "
          "share of) and null as alts; head 贷款 restored from the sentence before")
g.neg("１９８４年全国职工", "１９８４年", PERIOD_NOTE + " (1984; governs the wage bill)")
WAGE = ["工资总额", "全国职工工资总额", "职工工资", "工资", "职工工资总额增速"]
fact("比上年增长１９％", "１９％", value=19, unit="%", kind="growth", metric="职工工资总额",
     metric_alts=WAGE, comparison="yoy", **FLOW84, note="比上年 → yoy; " + FW)
g.neg("其中第四季度增长", "第四季度", PERIOD_NOTE + " (Q4 1984; governs the 38%)")
fact("其中第四季度增长３８％", "３８％", value=38, unit="%", kind="growth",
     metric="职工工资总额", metric_alts=WAGE + ["第四季度职工工资总额"], comparison="yoy",
     period=P("第四季度", "1984-10-01", "1984-12-31"), period_alts=[null("第四季度")],
     note="其中第四季度增长 → growth of the wage bill in Q4 1984 over Q4 1983 (yoy by default, "
          "README §6); 第四季度 replaces the line's １９８４年 (SPEC §4)")

# ==== line 6 (source 21): the credit and wage bases (no figures) =================================
g.neg("去年下半年在酝酿", "去年下半年", NOFACT.format("H2 1984"))
g.neg("酝酿１９８５年金融体制改革", "１９８５年", "year of the planned reforms (１９８５年金融体制"
      "改革和企业工资改革 'the 1985 reforms'), no number follows it, not a fact")
g.neg("以１９８４年的实际贷款数", "１９８４年", "year of the credit base (以１９８４年的实际贷款数"
      "为基数), no figure given, not a fact")
g.neg("工资总额以１９８４年的实际数", "１９８４年", "year of the wage base (以１９８４年的实际数为"
      "基数), no figure given, not a fact")
g.neg("这是一条重要的教训", "一条", ART.format("一条"))

# ==== line 7 (source 22): the measures taken (no figures) ========================================
g.neg("采取了一系列解决措施", "一系列", VAGUE.format("一系列"))
g.neg("我们在去年第四季度发现", "去年第四季度", NOFACT.format("Q4 1984"))
g.neg("并于今年２月召开", "今年２月", "date of an event (February 1985, the governors' "
      "meeting), a period expression with no number after it, not a fact")
g.neg("一定能够把今年", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 8 (source 23): heading （二） ==========================================================
g.neg("（二）关于经济体制改革", "（二）", "list marker (part （二） of the report), not a quantity")

# ==== line 9 (source 24): 1985, the first year of the reform decision (no figures) ===============
g.neg("１９８５年，是贯彻", "１９８５年", NOFACT.format("1985"))
g.neg("党的十二届三中全会决定", "十二届三中全会", SESSION_NOTE.format("十二届三中全会"))
g.neg("决定的第一年", "第一年", "ordinal of a year (1985 = the first year of carrying out the "
      "decision), not a rank or duration (as 十年规划的第一年 in other golds)")
g.neg("十分关心和支持改革", "十分", "adverb 十分 'very', not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_1985.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief (it imitates how test excerpts are cut). It covers the end of part "
    "（一）关于经济形势 (the review of 1984; heading on source line 6): the verdict on the changes, "
    "the reforms since 1979, opening up in 1984 (foreign trade, joint ventures, foreign capital, "
    "technology imports), the other fields, the problems of 1984 (credit and wage growth, the "
    "credit and wage bases, the measures taken), then the heading of part （二）关于经济体制改革 "
    "and its first paragraph (the plan for 1985; no figure). Lines 8-15 are annotated in "
    "wr_china_1985 (no overlap). Report of Premier Zhao Ziyang to the 3rd session of the 6th "
    "NPC. Numerals: Chinese numerals for levels and counts (一千二百零一亿元, 七百四十一个, "
    "二十六亿六千万美元, 一千多项) and full-width digits with ．/％ for years, months and rates "
    "(１９８４年, １２月, ３９．７％); spans keep the text as written, values are the numbers written. "
    "Title: the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "1985-03-27, the day the report was delivered at the opening of the 3rd session of the 6th "
    "NPC, as wr_china_1985 (the shared meta gives only the year 1985; the text fits: 去年 = "
    "1984 full-year results, 今年２月 = February 1985 already past). Place: national report → "
    "中国 (alts 我国/全国/中华人民共和国; 银行 for the credit figures). Periods: line 18 opens "
    "with 去年 (= 1984) and restates it with 全年 before 七百四十一个 (both 1984-01-01..1984-12-31); "
    "line 20: １９８４年 before the credit growth (growth of a stock over the year → the year, "
    "year-end instant as alt), １２月 (December 1984) before the 48.4% share (the year as alt, "
    "judgement call), １９８４年 before the wage bill, 第四季度 (Q4 1984) before its 38%. "
    "Modality: actual throughout (the review; the plan paragraph of part （二） has no figure). "
    "Comparison: 比上年, bare 增长 and 比１９８３年 (the year before 1984) → yoy; the real growth "
    "扣除价格和汇率变动因素 19.6% is noted, not a field. Bounds: 一千多项 → gt (多 inside the "
    "span); the rest eq. Units: 亿元 1e8 CNY; 二十六亿六千万美元 → 2.66e9 USD. Judgement calls: "
    "the share 占全年增加额的４８．４％ → period １２月 (the year as alt); 比１９８３年增加２８．９％ → "
    "yoy growth of the loan total, period the year; 一个月 (after １２月) and 前五年 (comparison "
    "basis) → negatives; 一千多项 → count of technology-import contracts with the qualifier "
    "计划内签约成交 in the metric. Negatives: １９８４年 ×8 (line heads, credit and wage bases), "
    "１９７９年, １９８３年 (basis), １９８５年 ×2, 去年１０月, 今年２月, 去年下半年 ×2, 第四季度 ×2, "
    "去年第四季度, １２月, 一个月, 前五年, 十二届三中全会 ×2, 十一届三中全会, 四化, 一年比一年, "
    "亿万, 一系列 ×3, 一部分, 一个, 一条, 一切, 一定, 首先, 十分, （二）, 第一年. Lexicalized, not "
    "listed: 进一步, 一些, 统一. Known false alarms of the shared check_gold.py (as in "
    "wr_china_1985): it may read the full-width decimals (３９．７％, ２８．９％, …) as their "
    "integer parts; czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_1985.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
