"""Gold annotations for wr_china_1998_d (1998年中华人民共和国国务院政府工作报告), held out
(corpora/heldout/), lines 55-68 of shared/texts/work_report/wr_china_1998.txt.

The excerpt corpora/heldout/wr_china_1998_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is fixed by the brief (a run of
whole lines starting mid-section, as unseen test excerpts are cut): the end of task 第六，
努力改善城乡人民的物质文化生活 (its heading is source line 52, outside: poverty relief, family
planning and environment, ethnic and religious affairs), task 第七，积极推进政府机构改革 in full
(the State Council restructuring: 国务院组成部门从40个减少到29个; rule of law), task 第八，推进
祖国和平统一大业 in full (Macao, Taiwan), 各位代表！, the defence paragraph (三年内裁减军队员额
五十万), and the heading 三、关于国际形势和外交工作 with its first paragraph (五年来…, no figure).
All but the last two lines lie in part 二、关于1998年政府工作的建议 (heading: source line 22,
outside the excerpt): the plan for 1998.  Lines 3-7, 8-11 and 22-33 are wr_china_1998,
wr_china_1998_b and wr_china_1998_c (no overlap).

This report writes its Arabic numerals with a space after every digit (1 0 0 0 万, 4 0 个,
1 9 9 9 年1 2 月2 0 日): the spans keep the source's spaces (README §1), as wr_china_1998 /
wr_china_1998_c; 五十万 is written in Chinese numerals.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1998_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1998_d"
SOURCE_ID = "wr_china_1998"
PLACE = "中国"
REF = "1998-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 55, 68                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1998年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1998)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加大扶贫攻坚力度，争取今年再有",
                 ends="我国的国际地位日益提高。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
DATE_NOTE = "date (a period expression), not a quantity"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SPACED = "the source writes a space after every digit; the spaces stay in the span (README §1)"
SURE = "adverb 一定 'certainly', not a quantity (as wr_china_1997)"
STRAIT = "place term 两岸 (the two sides of the Taiwan Strait), not a count (as wr_fujian_2025_c)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国务院", "中央政府"]
fact = g.with_subject(PLACE, CN, modality="target")


# ---- periods (reference date 1998-03-05; 去年 = 1997, 今年 = 1998) ---------------------------
# Lines 1-12 of the excerpt (source 55-66) lie in part 二、关于1998年政府工作的建议 (heading:
# source line 22, outside the excerpt): the government's proposals for 1998 → modality target.
# Line 1 names 今年 before its number (争取今年再有…): explicit 1998-01-01..1998-12-31, no
# alternative needed (as the 今年 targets of wr_china_1998_c).  Line 6 (source 60, the State
# Council restructuring) states no period: its numbers take the section frame 1998 (period
# text 今年, the excerpt's own word for the plan year, line 1 — the heading's 1 9 9 8 年 lies
# outside the excerpt; only dates are scored; as 年度 in wr_tianjin_2025_b), null as alt.  The from/to pair 从40个减少到29个: the
# start is the number of ministries in place before the reform (an existing level → actual),
# the instant before the plan year, 1997-12-31 (as the same 40个 in the 1998 review of
# wr_china_1999), with the reference date (the count still held on delivery), the start of
# 1998, the frame and null as alts; the end is the structure to be reached (a stock to be
# reached → the instant 1998-12-31, the year and null as alts, as PLAN_END of
# wr_henan_2025_b).  Line 12 (source 66, defence): 三年内 'within three years' is a period
# expression (as 五年内 in wr_china_1982 / wr_china_1986) and governs 五十万: the three years
# counted from the plan year, 1998-2000, with 1997-1999 (the three years counted from the
# 15th Party Congress of 1997 that set the task), the frame 1998 and null as alts.
T98 = P("今年", "1998-01-01", "1998-12-31")
Y98T = "今年"                             # the excerpt's word for the plan year
FRAME = P(Y98T, "1998-01-01", "1998-12-31")
FRAME_END = P(Y98T, "1998-12-31", "1998-12-31")
PLAN_END = dict(period=FRAME_END, period_alts=[FRAME, null(Y98T)], modality="target")
FROM = dict(period=P(Y98T, "1997-12-31", "1997-12-31"),
            period_alts=[P(Y98T, REF, REF), P(Y98T, "1998-01-01", "1998-01-01"), FRAME,
                         null(Y98T)],
            modality="actual")
PLAN_NOTE = ("a task of the 1998 plan → target; the line states no period: section frame of "
             "part 二、关于1998年政府工作的建议 (source line 22, outside the excerpt), null as alt")

# ==== line 1 (source 55): poverty relief ===========================================================
POOR = ["解决温饱的贫困人口", "贫困人口", "解决温饱问题贫困人口", "贫困人口解决温饱问题",
        "贫困人口解决温饱", "解决温饱问题的贫困人口数量", "脱贫人口", "扶贫攻坚解决温饱人口"]
fact("再有1 0 0 0 万以上贫困人口", "1 0 0 0 万", value=1e7, unit="count", kind="count",
     classifier="人", bound="ge", metric="解决温饱问题的贫困人口", metric_alts=POOR, period=T98,
     note="争取 → target; 以上 → ge (outside the span); 1000万 = 1e7; no measure word between "
          "the number and the noun 贫困人口 → classifier 人 (as 600多万下岗职工 in wr_china_1999); "
          "再有 'a further' (on top of the past years' 3000万, source line 11): the people to "
          "be lifted out of absolute poverty in 1998, a flow of the year, not a 增量 of a "
          "level; 今年 (= 1998) right before it, explicit; " + SPACED)
g.neg("千方百计安排好", "千方百计", "idiom 千方百计 'by every means', not a quantity (as "
      "wr_beijing_2025_b)")

# ==== line 2 (source 56): family planning, environment (no facts) ==================================
g.neg("坚决关停一批", "一批", "quantifier 一批 (README §2)")

# ==== line 3 (source 57): 各位代表！ ethnic unity (no facts) ======================================
g.neg("反对一切分裂祖国", "一切", "pronoun 一切 'all', not a quantity (as wr_china_1982)")

# ==== line 4 (source 58): 第七，积极推进政府机构改革 ================================================
g.neg("第七，积极推进", "第七", MARKER_NOTE + " (第七，… task seven of the plan)")

# ==== line 5 (source 59): the reform plan (no numerals) ============================================

# ==== line 6 (source 60): the State Council restructuring ==========================================
MIN = ["组成部门", "国务院组成部门数量", "国务院部门", "国务院组成部门数", "国务院部委", "部委"]
fact("国务院组成部门从4 0 个", "4 0 个", value=40, unit="count", kind="count",
     classifier="个", metric="国务院组成部门", metric_alts=MIN, subject_alts=CN + GOV, **FROM,
     note="start of the from/to pair 从…减少到… without a year: the number of State Council "
          "ministries in place before the reform (除国务院办公厅外 sets the scope) — an "
          "existing level, not a goal → actual; the instant before the plan year 1997-12-31 "
          "(as the same 40个 in wr_china_1999), the reference date, the start of 1998, the "
          "frame and null as alts (judgement call); the State Council's own structure → 中国, "
          "国务院 as alt; " + SPACED)
fact("减少到2 9 个", "2 9 个", value=29, unit="count", kind="count", classifier="个",
     metric="国务院组成部门", metric_alts=MIN, subject_alts=CN + GOV, **PLAN_END,
     note="end of the pair: the number of ministries after the restructuring proposed to this "
          "session (拟定了国务院机构改革方案) → target; a level to be reached (stock rule) → the "
          "instant 1998-12-31, the year and null as alts; " + PLAN_NOTE)
g.neg("人员调整较多的一次", "一次", "indefinite 一次 'a (reform)' (…是…较多的一次 'one with "
      "more changes'), not a count of occasions")

# ==== line 7 (source 61): rule of law, clean government (no numerals) ==============================

# ==== line 8 (source 62): 第八，推进祖国和平统一大业 =============================================
g.neg("第八，推进祖国", "第八", MARKER_NOTE + " (第八，… task eight of the plan)")

# ==== line 9 (source 63): Macao (no facts) =========================================================
g.neg("澳门将于1 9 9 9 年1 2 月2 0 日", "1 9 9 9 年1 2 月2 0 日", DATE_NOTE + " (Macao's "
      "return, 20 December 1999; no figure follows it; " + SPACED + ")")
g.neg("中华民族的又一盛事", "一", "又一 'another (great event)', an article, not a quantity (as "
      "又一个 in wr_china_1985)")
g.neg("中葡双方", "双方", "anaphoric 双方 'both sides' (China and Portugal), a named pair of "
      "parties, not a count (as 中英两国 in wr_china_1997)")
g.neg("按照“一国两制”方针", "一国两制", LABEL_NOTE + " (“一国两制”, one country, two systems, "
      "as wr_china_1997)")
g.neg("澳门一定能够", "一定", SURE)

# ==== line 10 (source 64): Taiwan (no facts) =======================================================
g.neg("不可分割的一部分", "一部分", "vague quantifier 一部分 'a part', not a quantity (as "
      "wr_china_1980)")
g.neg("一如既往地坚持", "一如既往", "idiom 一如既往 'as always', not a quantity")
g.neg("“和平统一、一国两制”", "一国两制", LABEL_NOTE + " (“和平统一、一国两制”)")
g.neg("的八项主张", "八项主张", LABEL_NOTE + " (江泽民主席…的八项主张, the 'eight-point "
      "proposal' on Taiwan, a named set, as 中央八项规定 in wr_tianjin_2025_c), not a count "
      "claim (judgement call)")
g.neg("发展两岸关系", "两岸", STRAIT)
g.neg("大力发展两岸经济", "两岸", STRAIT)
g.neg("“两个中国”", "两个中国", LABEL_NOTE + " (the separatist formula “两个中国” 'two "
      "Chinas'), not a count")
g.neg("“一中一台”", "一中一台", LABEL_NOTE + " (the separatist formula “一中一台” 'one China, "
      "one Taiwan'), not a count")
g.neg("早日实现两岸直接", "两岸", STRAIT)
g.neg("在一个中国的原则下", "一个中国", LABEL_NOTE + " (the one-China principle 一个中国的原则), "
      "not a count")
g.neg("原则下两岸进行", "两岸", STRAIT)
g.neg("台湾问题是一定能够", "一定", SURE)
g.neg("在海峡两岸全体", "两岸", STRAIT)
g.neg("共同愿望一定能够", "一定", SURE)

# ==== line 11 (source 65): 各位代表！ (no numerals) ================================================

# ==== line 12 (source 66): defence =================================================================
g.neg("完成三年内裁减", "三年内", PERIOD_NOTE + " ('within three years', as 五年内 in "
      "wr_china_1982): governs 五十万; not a duration fact (judgement call: the time limit "
      "of the cut, 3 year, is the alternative reading, as 用三年左右的时间 in wr_china_1998_c)")
ARMY = ["裁军", "军队裁员", "裁军人数", "军队裁减员额", "裁减军队人数", "军队裁员人数", "裁员",
        "裁减军队员额人数", "裁减军队员额任务"]
fact("裁减军队员额五十万", "五十万", value=5e5, unit="count", kind="count", classifier="人",
     metric="裁减军队员额", metric_alts=ARMY,
     subject_alts=CN + ["中国人民解放军", "人民解放军", "军队"],
     period=P("三年内", "1998-01-01", "2000-12-31"),
     period_alts=[P("三年内", "1997-01-01", "1999-12-31"), FRAME, null("三年内")],
     note="要按期完成…的任务 → a programme still to be carried out → target (as 裁军50万人 of "
          "wr_china_1999); Chinese numeral 五十万 = 5e5; no measure word (员额 'troop strength' "
          "is the noun) → classifier 人 (as 军队裁员１００万 in wr_china_1988); the troops cut "
          "are counted positive (the metric says 裁减); period 三年内 before it: the three years "
          "from the plan year 1998 (1998-2000), 1997-1999 (from the 1997 decision), the frame "
          "1998 and null as alts (judgement call)")

# ==== line 13 (source 67): heading 三、 =============================================================
g.neg("三、关于国际形势", "三、", MARKER_NOTE + " (part 三)")

# ==== line 14 (source 68): foreign policy, five years (no facts) ===================================
g.neg("五年来，在国际风云", "五年来", PERIOD_NOTE + " (1993-1997, the outgoing government's "
      "term, as wr_china_1998); no figure follows it")
g.neg("卓有成效的双边", "双边", "lexicalized 双边 'bilateral', not a quantity (as wr_china_2011)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting mid-section; a number-sparse stretch of the "
    "plan). Part of the document: part "
    "二、关于1998年政府工作的建议 (source line 22, outside the excerpt) — the plan for 1998: the "
    "end of task 第六 (living standards: poverty relief, family planning and environment, "
    "ethnic affairs; heading source line 52, outside), task 第七 (State Council "
    "restructuring, rule of law) and task 第八 (Macao, Taiwan) in full, 各位代表！ and the "
    "defence paragraph — then the heading 三、关于国际形势和外交工作 and its first paragraph "
    "(五年来…, the 1993-1997 record in foreign affairs, no figure). Lines 3-7, 8-11, 22-33 are "
    "wr_china_1998, _b, _c (no overlap). Spans keep the source's spaces between digits "
    "(README §1). Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 1998-03-05, the shared meta date: the opening day of the 1st "
    "session of the 9th NPC, on which Premier Li Peng delivered the report (the Wikisource "
    "text has no dateline; 今年 = 1998 agrees). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国; 国务院 for the ministries, 军队/人民解放军 for the troop cut). Periods: 今年 "
    "(= 1998) explicit for 1000万 poor; the frame 1998 elsewhere (period text 今年, the "
    "excerpt's word for the plan year; the heading 1 9 9 8 年 is outside); 从40个减少到29个 "
    "(no period in the line): 40 = the "
    "ministries before the reform → actual, instant 1997-12-31 (as wr_china_1999), alts the "
    "reference date, 1998-01-01, the frame 1998, null; 29 = target, instant 1998-12-31, alts "
    "the frame and null; 五十万 under 三年内 → 1998-2000, alts 1997-1999, the frame, null. "
    "Modality: target except 40个 (actual). Units: 万 1e4; counts 个, 人 (no measure word after "
    "1000万 / 五十万). Judgement calls: 40个 actual (the existing structure) vs 29个 target; "
    "三年内 a period negative, not a duration fact; 五十万 target (the cut still to be done); "
    "1000万以上 → ge, a flow of the year (再有 'a further', not a 增量); 八项主张, 两个中国, "
    "一中一台, 一个中国, 一国两制 → labels; 双方/两岸 → named parties; 一次 (…较多的一次) and "
    "又一 → articles. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 统一 ×4, 一致, 一些, 一般, 单位. The shared "
    "check_gold.py reads only the first digit of a spaced span ('1 0 0 0 万' reads 1) and looks "
    "for a source named after the doc_id: known false alarms, as for wr_china_1998_c; czfacts "
    "check-gold accepts the files.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
