"""Gold annotations for wr_china_1979 (1979年中华人民共和国国务院政府工作报告), lines 44-52 of
shared/texts/work_report/wr_china_1979.txt.

The report is Premier Hua Guofeng's 政府工作报告, delivered at the 2nd session of the 5th NPC
(18 June 1979; the text itself dates the session: 从去年三月第五届全国人民代表大会第一次会议闭幕
到我们这次会议召开，已经一年零三个月了).  The excerpt corpora/wr_china_1979.txt is sliced by code
from the source bytes (whole lines, newline kept), never retyped: it lies at the end of part
二、打好四个现代化的第一个战役 (heading at source line 17), the programme for 1979 (the first
year of the three-year adjustment) set out as 十项工作 (source line 30): task 第九 in full
(living standards: peasants' income, wages, workers' housing; jobs; the paragraph 今年政府在改善
人民生活方面…), task 第十 in full (family planning: the natural growth rates of Sichuan and
Shanghai 1971-1978, the national targets for 1979 and 1985), the closing paragraphs of part 二
(除以上十项工作以外…; the revised 1979 plan and the 增产节约运动; the coming 6th Five-Year Plan),
then the heading of part 三、加强社会主义民主和社会主义法制 and its first paragraph.  The lines
are fixed by the brief (lines 44-52, 2,283 characters).

All numbers are written in Chinese numerals (一百三十亿元, 三千多万平方米, 七百多万人, 千分之六点一);
spans keep the text as written and values are the numbers written (SPEC §3; 千分之N = N‰ →
N × 0.1 %).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1979.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1979"
PLACE = "中国"
REF = "1979-06-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 44, 52                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1979年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="第九、在发展生产的基础上，逐步提高人民的生活水平。",
                 ends="迫切要求我们加强社会主义民主和社会主义法制。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker of the report's tasks / parts, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
ARTICLE_NOTE = "一 + classifier used as article (一个重大课题), not a quantity (README §2)"
SESSION_NOTE = "session label of the congress (SPEC §1 二十届三中全会), not a quantity"
GANG_NOTE = "name 四人帮 ('Gang of Four'), a political label, not a count (SPEC §1)"
MOD_NOTE = "slogan 四个现代化 (the Four Modernisations), a label, not a count (SPEC §1)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国务院", "政府"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1979-06-18; 今年 = 1979, 去年 = 1978) ------------------------------
# The whole excerpt lies in the plan part of the report (part 二: the programme for 1979, the
# first year of the adjustment 从今年起集中三年的时间…), so the figures are plans (计划, 将,
# 力争, 要) → target, or estimates (估计将) → forecast, except the historical natural growth rates
# of Sichuan and Shanghai (actual).  Each line is a paragraph; a number takes the last period
# expression before it in its line:
#   - line 1 (source 44): 今年 (opening the line, repeated in 今年计划适当提高工资) → 1979 for the
#     peasants' income, the housing fund and the housing completed; 一年内 restates the year;
#   - line 2 (source 45): 今年计划 → 1979 for the jobs (过去十多年中 before it is the past
#     decade, replaced by 今年);
#   - line 4 (source 47): 一九七一年到一九七八年 frames the from/to pairs 由…降到…: each value dates
#     to its own end year (1971 for the start, 1978 for the end; the whole span and null as
#     alts); 今年 → 1979 for the national target; 一九八五年 → 1985 for the later target.
# Lines 3, 5-9 hold no facts.
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow(txt, y):
    return dict(period=year(txt, y), period_alts=[null(txt)])


Y79 = flow("今年", 1979)


# ==== line 1 (source 44): 第九 living standards ====================================================
g.neg("第九、在发展生产", "第九", MARKER_NOTE + " (第九, the ninth of the 十项工作)")
INC = ["农村社队和农民的收入增量", "社队和农民的收入增量", "农村社队和农民收入增量", "农民收入增量",
       "农村社队和农民的收入", "社队和农民的收入", "农民收入", "农民增收", "农村社队和农民增加收入",
       "农村社队和农民的收入增加额"]
fact("收入估计将增加一百三十亿元左右", "一百三十亿元", value=130e8, unit="CNY", kind="amount",
     bound="approx", metric="农村社队和农民的收入增量", metric_alts=INC[1:],
     subject_alts=CN + ["农村社队和农民", "农民", "农村"], modality="forecast", **Y79,
     note="估计将增加 'estimated to rise by' → an estimate of the current year, modality forecast "
          "(as 预计 in wr_china_1982); 增加 N = the absolute rise of the income (SPEC §2 → "
          "<level>增量, positive); 左右 → approx (outside the span); 今年 at the head of the line "
          "governs; 一百三十亿元 = 1.3e10")
g.neg("左右。一年内社队", "一年内", PERIOD_NOTE + " (一年内 'within one year' restates 今年, "
      "1979; not a duration fact)")
g.neg("面前的一个重大课题", "一个", ARTICLE_NOTE)
g.neg("对于一部分城镇职工", "一部分", "vague quantifier 一部分 'a part of', not a quantity (as "
      "wr_china_1980_b)")
HOUSE_FUND = ["建设职工住宅", "职工住宅建设投资", "职工住宅投资", "建设职工住宅资金", "职工住宅建设",
              "职工住宅建设资金额", "建设职工住宅投资"]
fact("全国将用三十亿元建设职工住宅", "三十亿元", value=30e8, unit="CNY", kind="amount",
     metric="职工住宅建设资金", metric_alts=HOUSE_FUND, subject_alts=CN + GOV,
     modality="target", **Y79,
     note="将用 'will use' → the planned fund for 1979, modality target; (企业自建的在外) "
          "excludes the firms' own housing, no bound; 今年 (今年计划适当提高工资, earlier in the "
          "line) governs; 三十亿元 = 3e9")
HOUSE = ["竣工面积", "职工住宅竣工", "城镇职工住宅竣工面积", "职工住宅的竣工面积",
         "职工住宅竣工规模", "竣工职工住宅面积"]
fact("竣工面积可达三千多万平方米", "三千多万平方米", value=3e7, unit="m2", kind="amount",
     bound="gt", metric="职工住宅竣工面积", metric_alts=HOUSE, subject_alts=CN + ["职工"],
     modality="target", **Y79,
     note="多 inside the span → gt, value 3e7 m2; 可达 states what the planned 三十亿元 will "
          "produce this year → target (as the coal saved by a planned ratio, 可以, in "
          "wr_china_1980_c; judgement call: forecast, as 可达到 said near year end in "
          "wr_china_1981, is the alternative); head 职工住宅 restored")

# ==== line 2 (source 45): jobs =====================================================================
g.neg("当前的一个突出问题", "一个", ARTICLE_NOTE)
g.neg("由于林彪、“四人帮”的干扰", "四人帮", GANG_NOTE)
g.neg("过去十多年中", "十多年", PERIOD_NOTE + " (过去十多年中 'in the past ten-odd years', "
      "1966-1976 onwards; not a duration fact, as 近三年来, README §2; no number in its clause)")
g.neg("政府十分关心", "十分", "adverb 十分 'very', not a quantity (as wr_china_1998_c)")
JOBS = ["安排就业人数", "全民所有制和集体所有制单位安排就业", "城镇安排就业", "安置就业", "就业",
        "安排就业的人数", "全民所有制和集体所有制单位安排就业人数"]
fact("单位安排七百多万人就业", "七百多万人", value=7e6, unit="count", kind="count", bound="gt",
     classifier="人", metric="安排就业", metric_alts=JOBS,
     subject_alts=CN + ["全民所有制和集体所有制单位"], modality="target", **Y79,
     note="今年计划 → the 1979 plan, modality target; 多 inside the span → gt, value 7e6; the "
          "state-owned and collective units as subject alt (README §4)")

# ==== line 3 (source 46): no facts =================================================================
g.neg("不可能一下子全部解决", "一下子", "adverb 一下子 'all at once', not a quantity")

# ==== line 4 (source 47): 第十 family planning ======================================================
g.neg("第十、进一步", "第十", MARKER_NOTE + " (第十, the tenth of the 十项工作)")
g.neg("七十年代以来", "七十年代以来", PERIOD_NOTE + " (since the 1970s; no number in its clause)")
g.neg("由于五十年代后期", "五十年代后期", PERIOD_NOTE + " (the late 1950s, birth cohort; no "
      "number)")
g.neg("和六十年代后期", "六十年代后期", PERIOD_NOTE + " (the late 1960s, birth cohort; no number)")
g.neg("本世纪最后二十年内", "最后二十年", PERIOD_NOTE + " (the last twenty years of the century, "
      "1981-2000; not a duration fact; no number follows)")
g.neg("对于加快实现四个现代化", "四个现代化", MOD_NOTE)
g.neg("只生一个孩子的夫妇", "一个", "criterion defining the rewarded couples (只生一个孩子 'with "
      "only one child', the one-child policy; the slogan 一对夫妇只生一个孩子 is a negative in "
      "wr_china_1982), part of the description, not a count claim")
g.neg("一九七一年到一九七八年的人口", "一九七一年到一九七八年", PERIOD_NOTE + " (1971-1978: "
      "frames the from/to pairs, the start value dates to 1971, the end value to 1978)")
g.neg("增长率，四川省由", "四川", "place name 四川 (四川省), not a quantity (as wr_china_1980)")
RATE = ["人口自然增长率", "自然增长率", "人口增长率", "人口的自然增长率"]
PAIR71 = dict(period=year("一九七一年", 1971),
              period_alts=[P("一九七一年到一九七八年", "1971-01-01", "1978-12-31"),
                           null("一九七一年到一九七八年")])
PAIR78 = dict(period=year("一九七八年", 1978),
              period_alts=[P("一九七一年到一九七八年", "1971-01-01", "1978-12-31"),
                           null("一九七一年到一九七八年")])
PAIR_NOTE = ("from/to pair 由…降到… under 一九七一年到一九七八年: each value dates to its own year "
             "(SPEC §4), {}; the span 1971-1978 and null as alts; 千分之N = N‰ → N × 0.1 % "
             "(SPEC §3); a rate of a population → share (SPEC §2); historical → actual")
SC = dict(subject="四川省", subject_alts=["四川"])
SH = dict(subject="上海市", subject_alts=["上海"])
fact("四川省由千分之二十九", "千分之二十九", value=2.9, unit="%", kind="share",
     metric="人口自然增长率", metric_alts=RATE[1:], **SC, **PAIR71,
     note=PAIR_NOTE.format("start → 1971"))
fact("降到千分之六点一", "千分之六点一", value=0.61, unit="%", kind="share",
     metric="人口自然增长率", metric_alts=RATE[1:], **SC, **PAIR78,
     note=PAIR_NOTE.format("end → 1978"))
fact("上海市由千分之七", "千分之七", value=0.7, unit="%", kind="share",
     metric="人口自然增长率", metric_alts=RATE[1:], **SH, **PAIR71,
     note=PAIR_NOTE.format("start → 1971") + "; the province-level city owns its rate")
fact("降到千分之五点一", "千分之五点一", value=0.51, unit="%", kind="share",
     metric="人口自然增长率", metric_alts=RATE[1:], **SH, **PAIR78,
     note=PAIR_NOTE.format("end → 1978"))
NAT = ["全国人口增长率", "人口自然增长率", "自然增长率", "全国人口自然增长率", "人口增长率目标"]
fact("增长率降到千分之十左右", "千分之十", value=1.0, unit="%", kind="share", bound="approx",
     metric="人口增长率", metric_alts=NAT, modality="target", **Y79,
     note="力争…降到…左右 → target, approx (左右 outside the span); 今年 (1979) right before it "
          "governs; 千分之十 = 10‰ → 1.0 %; a rate of a population → share (SPEC §2)")
g.neg("逐年下降，一九八五年", "一九八五年", PERIOD_NOTE + " (1985, the year of the later target)")
fact("要降到千分之五左右", "千分之五", value=0.5, unit="%", kind="share", bound="approx",
     metric="人口增长率", metric_alts=NAT, modality="target", **flow("一九八五年", 1985),
     note="它 = 全国人口增长率; 要降到…左右 → target, approx; 一九八五年 governs (the rate of "
          "that year); 千分之五 = 5‰ → 0.5 %")

# ==== line 5 (source 48): 除以上十项工作以外 (no facts) =============================================
g.neg("除以上十项工作", "十项", "appositive 十项工作 restating the ten tasks just listed (第一…"
      "第十), not a count claim (as 六个方面 in wr_china_1981)")

# ==== line 6 (source 49): the revised 1979 plan, 增产节约运动 (no facts) ============================
g.neg("去年制订的一九七九年国民经济计划", "一九七九年", PERIOD_NOTE + " (the year of the plan's "
      "name 一九七九年国民经济计划; no number follows)")
g.neg("工作着重点转移的第一年", "第一年", "ordinal of a year (1979 = the first year of the shift "
      "of the work focus), not a rank or count (as wr_china_1985_b)")
g.neg("建国三十周年", "三十周年", "anniversary 三十周年 (of the founding of the PRC), an event "
      "label, not a quantity claim (as 75周年 in wr_yunnan_2025)")
g.neg("开展一个以高产优质", "一个", "indefinite article 一个 (开展一个…运动), not a quantity")
g.neg("增产节约运动和实现四个现代化", "四个现代化", MOD_NOTE)

# ==== line 7 (source 50): the ten-year programme and the 6th Five-Year Plan (no facts) ==============
g.neg("充分研究前两年多", "前两年多", PERIOD_NOTE + " (the two-odd years since the fall of the "
      "Gang of Four; no number follows)")
g.neg("原订的十年规划纲要", "十年规划", LABEL_NOTE + " (十年规划纲要, the ten-year programme "
      "1976-1985, as wr_china_1985_b)")
g.neg("在一九八一年举行", "一九八一年", PERIOD_NOTE + " (the date of the coming session; no "
      "number follows)")
g.neg("五届人大四次会议", "五届", SESSION_NOTE + " (the 5th NPC)")
g.neg("五届人大四次会议", "四次", SESSION_NOTE + " (4th session)")
g.neg("提出一九八一年到一九八五年", "一九八一年到一九八五年", PERIOD_NOTE + " (1981-1985, the span "
      "of the plan; no number follows)")
g.neg("的第六个五年计划", "第六个五年计划", "plan name 第六个五年计划 (the 6th Five-Year Plan; "
      "SPEC §1 十四五), not a quantity")

# ==== line 8 (source 51): heading 三 ===============================================================
g.neg("三、加强社会主义", "三、", MARKER_NOTE + " (part 三 of the report)")

# ==== line 9 (source 52): democracy and law (no facts) =============================================
g.neg("林彪、“四人帮”一类", "四人帮", GANG_NOTE)
g.neg("“四人帮”一类阴谋家", "一类", "一类 'of the kind' (…一类阴谋家 'schemers like them'), a "
      "vague quantifier, not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed by "
    "the brief (a run of whole lines starting anywhere). Part of the document: the end of part "
    "二、打好四个现代化的第一个战役 (heading at source line 17) — the programme for 1979, the "
    "first year of the three-year adjustment, set out as 十项工作 (source line 30): task 第九 in "
    "full (peasants' income, wages, workers' housing, jobs), task 第十 in full (family "
    "planning), the closing paragraphs of part 二 (the revised 1979 plan, the 增产节约运动, the "
    "coming 6th Five-Year Plan), the heading of part 三、加强社会主义民主和社会主义法制 and its "
    "first paragraph. Title: the corpus meta title (no title line in the source), "
    "title_in_text=False. Date: 1979-06-18, the day Hua Guofeng delivered the report at the "
    "opening of the 2nd session of the 5th NPC (general knowledge: the shared meta gives only "
    "the year 1979 and the Wikisource text has no dateline); the text fits it (source line 4: "
    "从去年三月第五届全国人民代表大会第一次会议闭幕到我们这次会议召开，已经一年零三个月了 → June "
    "1979; 今年 = 1979, 去年 = 1978). Place: national report → 中国 (alts 我国/全国/中华人民共和国; "
    "国家/国务院/政府 for the housing fund; 农村社队和农民, 职工, 全民所有制和集体所有制单位 as "
    "alts); 四川省 and 上海市 own their natural growth rates. Periods: each number takes the "
    "last period expression before it in its line: 今年 = 1979 (peasants' income, housing fund "
    "and completions, jobs, the national population target), 一九八五年 (the 1985 target); the "
    "from/to pairs under 一九七一年到一九七八年 date their start to 1971 and their end to 1978 "
    "(the span and null as alts). Modality: target for the plan figures (将用, 可达, 今年计划, "
    "力争, 要降到), forecast for 估计将增加一百三十亿元左右, actual for the 1971/1978 rates of "
    "Sichuan and Shanghai. Units: Chinese numerals throughout; 亿元 ×1e8; 万平方米 ×1e4 m2; "
    "千分之N → N × 0.1 % (share). Bounds: 左右 → approx (一百三十亿元, 千分之十, 千分之五); 多 "
    "inside the span → gt (三千多万平方米, 七百多万人). Judgement calls: 增加一百三十亿元 → "
    "<level>增量 (SPEC §2) with forecast for 估计; 竣工面积可达三千多万平方米 → target (the "
    "planned fund's result; forecast the alternative); 人口增长率 (as written) for the national "
    "targets, 人口自然增长率 as alt; 只生一个孩子 → negative (criterion of the policy); 十项 "
    "(以上十项工作) → appositive negative; 过去十多年中, 最后二十年, 七十年代以来, 五十年代后期, "
    "六十年代后期, 前两年多, 一年内 → period negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 一些, 一致. Known false alarms of the shared "
    "check_gold.py (as in wr_china_1982): it may read 千分之N as 1000; czfacts check-gold reads "
    "them right.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
