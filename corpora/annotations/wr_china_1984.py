"""Gold annotations for wr_china_1984 (1984年中华人民共和国国务院政府工作报告), lines 3-10 of
shared/texts/work_report/wr_china_1984.txt.

The excerpt corpora/wr_china_1984.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the part heading 关于国内建设 and the whole review of
1983 — the opening paragraph (根据一九八三年六月第六届全国人民代表大会第一次会议的决议…
一年来…), the economy paragraph (国民经济…稳步前进。一九八三年，农业生产… with the 1983
incomes and output growth and the 1984 Q1 industrial growth), science/education/culture,
the campaign against 精神污染, government and law, the army, and the closing summary
(一年来，我国社会主义物质文明… 翻两番).  This report is sparse in numbers: the economy
paragraph (source line 5) holds nearly all of them, and the rest of the report has almost
none (line 34: 50% / 80% of permanent staff; line 67: 95%), so the review of 1983 is the
number-dense part; lines 3-10 make 2,031 characters, and adding the outlook lines 11-12
(no figures) would only add negatives.

Numerals are written in two ways here: Chinese numerals for years, counts and durations
(一九八三年, 三十多种, 连续四年, 提前两年, 翻两番) and full-width digits, decimal point and
percent sign for the statistics (５２６元, ６．４％, ３０９．８元, １２％).  Spans keep the text
as written; values are the numbers they denote.  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1984.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_1984"
PLACE = "中国"
REF = "1984-05-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 10                     # 1-based, inclusive, whole lines
TITLE = "1984年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="关于国内建设", ends="更加充满信心。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SESSION_NOTE = "session label of the congress / meeting (SPEC §1 二十届三中全会), not a quantity"
LABEL_NOTE = "policy / slogan label, not a quantity"
PLAN_NOTE = ("plan name 第六个五年计划 (the 6th Five-Year Plan, 1981-1985, written out: the "
             "“六五” of later reports; SPEC §1 十四五), not a quantity")
FW = ("full-width digits (and ．/％) as written in the source; the span keeps them, the value "
      "is the number they denote")

CN = ["我国", "全国", "中华人民共和国"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1984-05-15; 去年 = 1983, 今年 = 1984) ---------------------------
# The excerpt is the review of 1983 (一年来 = the year since the 1st session of the 6th NPC,
# June 1983, reported as the statistical year 1983).  Line 3 of the excerpt (source 5) is the
# only line with statistics: 一九八三年 opens three sentences and governs the clauses after
# each (period text 一九八三年, 1983-01-01..1983-12-31); 今年第一季度 then governs the 1984 Q1
# figure (1984-01-01..1984-03-31).  Line 8 (source 10) opens with 一年来 (the review year) but
# its only number is the end-of-century goal 翻两番, a target whose own horizon 本世纪末
# (the year 2000) is written before it and replaces 一年来.
Y83 = P("一九八三年", "1983-01-01", "1983-12-31")
Y83_NULL = P("一九八三年", None, None)
Q1 = P("今年第一季度", "1984-01-01", "1984-03-31")

# ---- line 1 (source 3): part heading (no numeral) ------------------------------------------------

# ---- line 2 (source 4): opening paragraph (no facts) ---------------------------------------------
g.neg("根据一九八三年六月", "一九八三年六月", PERIOD_NOTE + " (date of the session whose "
      "resolution the year's work followed; no number follows in the line)")
g.neg("六月第六届全国", "第六届", SESSION_NOTE + " (the 6th NPC)")
g.neg("代表大会第一次会议", "第一次", SESSION_NOTE + " (1st session, June 1983)")
g.neg("各族人民一道", "一道", "adverb 一道 'together', not a quantity")
g.neg("一年来，我国各条战线", "一年来", PERIOD_NOTE + " (the review year 1983); not a "
      "duration fact; no number follows in the line")

# ---- line 3 (source 5): economy ------------------------------------------------------------------
g.neg("稳步前进。一九八三年，农业", "一九八三年", PERIOD_NOTE + " (1983; governs the "
      "sentence until the next 一九八三年)")
fact("在连续四年增产", "四年", value=4, unit="year", kind="amount",
     metric="农业生产连续增产持续时间",
     metric_alts=["农业连续增产年数", "农业生产连续增产年数", "连续增产", "农业生产连续增产",
                  "增产持续时间", "连续增产年数", "农业增产持续时间", "农业生产增产持续时间"],
     period=Y83, period_alts=[P("连续四年", "1979-01-01", "1982-12-31"),
                              P("连续四年", "1980-01-01", "1983-12-31"), Y83_NULL],
     note="length of the streak of rising farm output (连续四年增产) → 4 year, a duration fact "
          "(as 连续6年增产 in wr_china_2010); 在…的基础上又获得大丰收 places the four years "
          "before 1983 (1979-1982); period: 一九八三年 of the sentence governs (as the "
          "streak's governing year in wr_china_2010), the streak 1979-1982, the reading "
          "that counts 1983 in (1980-1983) and null as alts")
g.neg("构有了改善，一批重点项目", "一批", "quantifier 一批")
g.neg("进一步提高。一九八三年，职工", "一九八三年", PERIOD_NOTE + " (1983; governs the "
      "income figures)")
INC_W = ["职工家庭人均生活费收入", "职工家庭按人口平均生活费收入", "人均生活费收入",
         "生活费收入", "职工家庭生活费收入", "城镇居民人均生活费收入",
         "职工家庭人均生活费收入增速"]
INC_F = ["农民人均纯收入", "农村居民人均纯收入", "农民按人口平均纯收入", "人均纯收入",
         "农民纯收入", "纯收入", "农民人均纯收入增速"]
fact("生活费收入达到５２６元", "５２６元", value=526, unit="CNY", kind="amount",
     metric="职工家庭按人口平均的生活费收入", metric_alts=INC_W[:-1],
     subject_alts=CN + ["职工家庭"], period=Y83,
     note="达到 → eq; per-capita living income of urban workers' households (the "
          "household-survey income of the time); " + FW)
fact("比上年增长６．４％；", "６．４％", value=6.4, unit="%", kind="growth",
     metric="职工家庭按人口平均的生活费收入", metric_alts=INC_W,
     subject_alts=CN + ["职工家庭"], comparison="yoy", period=Y83,
     note="比上年 → yoy; nominal growth as written (no 实际); " + FW)
fact("纯收入达到３０９．８元", "３０９．８元", value=309.8, unit="CNY", kind="amount",
     metric="农民按人口平均的纯收入", metric_alts=INC_F[:-1],
     subject_alts=CN + ["农民"], period=Y83,
     note="达到 → eq; full-width decimal point ．; " + FW)
fact("比上年增长１４．７％", "１４．７％", value=14.7, unit="%", kind="growth",
     metric="农民按人口平均的纯收入", metric_alts=INC_F,
     subject_alts=CN + ["农民"], comparison="yoy", period=Y83, note="比上年 → yoy")
g.neg("１４．７％。一九八三年", "一九八三年", PERIOD_NOTE + " (1983; governs output growth, "
      "三十多种 and 提前两年)")
fact("全国工业总产值增长１０．５％", "１０．５％", value=10.5, unit="%", kind="growth",
     metric="工业总产值",
     metric_alts=["全国工业总产值", "工业", "工业产值", "工业总产值增速", "工业生产"],
     comparison="yoy", period=Y83,
     note="增长 without basis → yoy (README §6); gross output value of industry (the "
          "headline output measure of the time); 全国 → 中国")
fact("农业总产值增长９．５％", "９．５％", value=9.5, unit="%", kind="growth",
     metric="农业总产值",
     metric_alts=["全国农业总产值", "农业", "农业产值", "农业总产值增速", "农业生产"],
     comparison="yoy", period=Y83, note="增长 → yoy; head 全国 carried over")
fact("等三十多种主要产品", "三十多种", value=30, unit="count", kind="count", bound="gt",
     classifier="种", metric="主要产品",
     metric_alts=["主要产品种类", "主要产品数量", "主要产品产量",
                  "提前达到或超过一九八五年指标的主要产品",
                  "达到或超过第六个五年计划规定的一九八五年指标的主要产品",
                  "提前达到或超过第六个五年计划指标的主要产品",
                  "提前达到“六五”计划指标的主要产品", "达到或超过指标的主要产品"],
     period=Y83, period_alts=[Y83_NULL],
     note="多 inside the span → gt (30 gt, SPEC 数十 → 10 gt); the kinds of major products "
          "(grain, cotton, coal, crude oil, steel, … fertiliser) whose 1983 output reached or "
          "exceeded the plan's 1985 targets; the predicate defining the set is in the alts")
fact("提前两年达到", "两年", value=2, unit="year", kind="amount",
     metric="第六个五年计划指标提前达到时间",
     metric_alts=["提前时间", "提前", "提前达到第六个五年计划指标",
                  "提前达到或超过第六个五年计划规定的一九八五年指标",
                  "提前达到或超过一九八五年指标", "“六五”计划指标提前完成时间",
                  "六五计划指标提前完成时间", "提前完成时间", "提前达到时间"],
     period=Y83, period_alts=[Y83_NULL],
     note="judgement call: 提前N年 'N years ahead of schedule' read as a duration fact (unit "
          "year, kind amount), as 提前一年 / 提前三年 in wr_shanxi_2025: the 1985 targets "
          "were reached in 1983; the reading as an adverbial without a measured quantity "
          "(negative) is the alternative; period the year they were reached (1983)")
g.neg("或超过第六个五年计划", "第六个五年计划", PLAN_NOTE)
g.neg("规定的一九八五年指标", "一九八五年", "year in the name of the plan's targets "
      "(一九八五年指标 = the targets for 1985, the plan's last year), not the period of a fact "
      "(as 2010年远景目标纲要 in wr_china_1998)")
g.neg("指标。今年第一季度", "今年第一季度", PERIOD_NOTE + " (Q1 1984; governs 12%)")
fact("又比去年同期增长１２％", "１２％", value=12, unit="%", kind="growth", metric="工业生产",
     metric_alts=["工业总产值", "工业产值", "工业", "工业生产增长", "工业增长", "工业生产增速"],
     comparison="yoy", period=Q1,
     note="比去年同期 → yoy; 今年第一季度 = 1984-01-01..1984-03-31 (the report was delivered "
          "in May 1984); " + FW)
g.neg("有把握地说，第六个五年计划", "第六个五年计划", PLAN_NOTE)
g.neg("一定能够全面完成", "一定", "adverb 一定 'certainly', not a quantity")

# ---- line 4 (source 6): science, education, culture (no facts) ------------------------------------
g.neg("取得了一批重要成果", "一批", "quantifier 一批")
g.neg("出现了一批深刻反映", "一批", "quantifier 一批")

# ---- line 5 (source 7): 精神污染 (no facts) ----------------------------------------------------------
g.neg("坚持四项基本原则", "四项基本原则", LABEL_NOTE + " (the Four Cardinal Principles), not "
      "a count")
g.neg("贯彻百花齐放", "百花", "slogan 百花齐放 'let a hundred flowers bloom', not a quantity")
g.neg("百家争鸣的方针", "百家", "slogan 百家争鸣 'let a hundred schools contend', not a "
      "quantity")
g.neg("去年举行的六届人大一次会议", "六届人大一次会议", SESSION_NOTE + " (1st session of the "
      "6th NPC, June 1983)")
g.neg("党的十二届二中全会", "十二届二中全会", SESSION_NOTE + " (2nd plenum of the 12th "
      "Central Committee)")
g.neg("六届人大常委会第三次会议", "六届人大常委会第三次会议", SESSION_NOTE + " (3rd session of "
      "the 6th NPC Standing Committee)")
g.neg("刹住了前一时期", "前一时期", "period expression 前一时期 'the preceding period', not a "
      "quantity")
g.neg("单位一度出现过", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
g.neg("但一经发现", "一经", "adverb 一经 'as soon as', not a quantity")
g.neg("我们国家一项长期的", "一项", "indefinite article 一项, not a count")

# ---- line 6 (source 8): government and law (no facts) ---------------------------------------------
g.neg("根据一九八三年九月", "一九八三年九月", PERIOD_NOTE + " (date of the session that passed "
      "the decision), not a quantity")
g.neg("人大常委会第二次会议", "第二次", SESSION_NOTE + " (2nd session of the 6th NPC Standing "
      "Committee)")
g.neg("挽救了一批失足", "一批", "quantifier 一批")

# ---- line 7 (source 9): the army (no facts) --------------------------------------------------------
g.neg("培养军地两用人才", "两用", LABEL_NOTE + " (军地两用人才 'dual-use (army and civilian) "
      "talent'), not a count")

# ---- line 8 (source 10): closing summary -----------------------------------------------------------
g.neg("一年来，我国社会主义", "一年来", PERIOD_NOTE + " (the review year 1983); not a duration "
      "fact")
g.neg("党的十一届三中全会", "十一届三中全会", SESSION_NOTE + " (3rd plenum of the 11th "
      "Central Committee)")
g.neg("三中全会和十二大", "十二大", "congress label 十二大 (12th Party Congress, SPEC §1)")
fact("年总产值翻两番", "翻两番", value=4, unit="times", kind="ratio",
     metric="全国工农业年总产值",
     metric_alts=["工农业年总产值", "工农业总产值", "全国工农业年总产值翻两番",
                  "工农业年总产值翻两番", "工农业总产值翻两番", "工农业年总产值增长倍数",
                  "全国工农业总产值"],
     period=P("本世纪末", "2000-01-01", "2000-12-31"),
     period_alts=[P("本世纪末", None, None), P("本世纪末", "1981-01-01", "2000-12-31")],
     modality="target",
     note="翻两番 'doubled twice' → 4 times the level of the base year (1980, not written "
          "here), kind ratio, the span keeps 翻 (as wr_china_1998); 宏伟目标 → modality target; "
          "its horizon 本世纪末 = the year 2000 (the span 1981-2000 and null as alts); "
          "comparison null (README §6: non-growth facts)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the part heading "
    "关于国内建设 and the whole review of 1983 (opening; economy with the 1983 incomes and "
    "output growth and the 1984 Q1 industrial growth; science/education/culture; the "
    "campaign against 精神污染; government and law; the army; the closing summary with the "
    "翻两番 goal). The report is sparse in numbers: nearly all of them are in the economy "
    "paragraph (source line 5); elsewhere only lines 34 (50%/80%) and 67 (95%) hold "
    "statistics, so this review is the number-dense part; the outlook lines 11-12 would add "
    "no figure. Numerals: Chinese numerals for years, counts and durations (一九八三年, "
    "三十多种, 连续四年, 提前两年, 翻两番) and full-width digits with ． and ％ for the "
    "statistics (５２６元, ６．４％, ３０９．８元, １２％); spans keep the text as written, values "
    "are the numbers denoted. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 1984-05-15, the opening day of the 2nd session of the 6th "
    "NPC (15-31 May 1984), on which Premier Zhao Ziyang delivered the report (general "
    "knowledge: the corpus meta gives the year only and the Wikisource text has no "
    "dateline); the text fits it: 1983 full-year results, 今年第一季度 figures already "
    "known, 去年举行的六届人大一次会议 (June 1983). Place: national report → 中国 (alts 我国/"
    "全国/中华人民共和国; 职工家庭 / 农民 added for the incomes). Periods: 一九八三年 opens "
    "three sentences of the economy paragraph and governs each (1983); 今年第一季度 = "
    "1984-01-01..1984-03-31 (比去年同期 → yoy); the streak 连续四年 takes the governing 1983 "
    "(the streak 1979-1982, 1980-1983 and null as alts); 翻两番 takes its own horizon 本世纪末 "
    "= 2000 (target). Modality: actual except 翻两番 (target). Judgement calls: 连续四年 (增产) "
    "→ duration 4 year; 提前两年 → duration 2 year (as 提前N年 in wr_shanxi_2025); 三十多种主要"
    "产品 → count 30 gt (classifier 种); 翻两番 → ratio 4, target; the 1983 income growth "
    "rates are nominal as written; 工业生产 (Q1) kept as the metric with 工业总产值 as alt; "
    "一九八五年 (指标) a negative (a year in the targets' name). Known false alarms of the shared check_gold.py: it reads the full-width decimals (６．４％, ３０９．８元, １４．７％, １０．５％, ９．５％) as their integer parts and 翻两番 as 2 (as in wr_china_1998); czfacts check-gold reads them right. Negatives: 一九八三年六月, "
    "第六届, 第一次, 一道, 一年来 ×2, 一九八三年 ×3, 一批 ×4, 第六个五年计划 ×2, 一九八五年, "
    "今年第一季度, 一定, 四项基本原则, 百花, 百家, 六届人大一次会议, 十二届二中全会, "
    "六届人大常委会第三次会议, 前一时期, 一度, 一经, 一项, 一九八三年九月, 第二次, 两用, "
    "十一届三中全会, 十二大. Lexicalized, not listed: 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
