"""Gold annotations for wr_china_1997 (1997年中华人民共和国国务院政府工作报告), lines 58-64 of
shared/texts/work_report/wr_china_1997.txt.

The excerpt corpora/wr_china_1997.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last four paragraphs of section 五、巩固和发展团结
稳定的社会政治局面 (anti-corruption, national unity, national defence, democracy and the
rule of law), the heading 六、确保香港政权的顺利交接与平稳过渡，推进祖国统一大业 and its
paragraphs on Hong Kong (the return on 1 July 1997, the history since the 1980s, the
countdown of 122 days, the 600-odd ten-thousand Hong Kong people) and Macau (the return on
20 December 1999, two-odd years away).  The lines were fixed by the brief (imitating how
test excerpts are cut: a run of whole lines starting anywhere); they lie in the part of the
report that sets the tasks of 1997 (sections 二-七), not in the review of 1996 (section 一),
and hold few numbers: most numerals are dates, session labels, policy names and
quantifiers (negatives).

This report writes its Arabic numerals in full-width digits (１２２天, １９９９年１２月２０日);
the spans keep them as written (README §1).  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1997.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_1997"
PLACE = "中国"
REF = "1997-03-01"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 58, 64                    # 1-based, inclusive, whole lines
TITLE = "1997年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="深入开展反腐败斗争", ends="澳门的平稳过渡一定会实现。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
DATE_NOTE = "date of an event (a period expression, README §2), not a quantity"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "session label of the congress / meeting (SPEC §1 二十届三中全会), not a quantity"
FW = "full-width digits kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]


fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1997-03-01; 去年 = 1996, 今年 = 1997) ---------------------------
# The excerpt lies in the tasks part of the report (sections 二-七 set out the work of 1997);
# lines 1-4 (source 58-61) state no figure.  The three facts sit in the Hong Kong / Macau
# lines and are countdowns and a population stated 现在 'now': the line's 现在 (after the
# historical dates and 去年年底, which it replaces) governs them → the instant of the
# reference date 1997-03-01 (as 目前 → instant at the reference date, README §5), null as
# alt.  In line 7 (source 64) 现在 stands at the head of the line.
NOW = P("现在", REF, REF)
NOW_NULL = P("现在", None, None)
AT_NOW = dict(period=NOW, period_alts=[NOW_NULL])
NOW_NOTE = ("现在 earlier in the line governs → the instant of the reference date 1997-03-01 "
            "(as 目前, README §5), null as alt")

# ---- line 1 (source 58): 反腐败 -----------------------------------------------------------------
g.neg("取得一定成效", "一定", "vague quantifier 一定 'a certain (degree of)', not a quantity (as "
      "一定程度 in wr_china_1995)")
# ---- line 2 (source 59): 民族团结 -----------------------------------------------------------------
g.neg("要十分珍视", "十分", "adverb 十分 'very', not a quantity (as wr_china_2019)")
g.neg("坚决反对一切分裂", "一切", "quantifier 一切 'all', not a quantity (as wr_xizang_2025)")
# ---- line 3 (source 60): 国防 — 进一步 (lexicalized) ------------------------------------------

# ---- line 4 (source 61): 民主法制 -------------------------------------------------------------
g.neg("抓紧起草一批法律草案", "一批", "quantifier 一批 (README §2)")
g.neg("制定一批行政法规", "一批", "quantifier 一批 (README §2)")

# ---- line 5 (source 62): heading ---------------------------------------------------------------
g.neg("六、确保香港政权", "六、", MARKER_NOTE)

# ---- line 6 (source 63): 香港 ------------------------------------------------------------------
g.neg("今年７月１日，我国将", "今年７月１日", DATE_NOTE + " (1 July 1997, the return of Hong "
      "Kong; " + FW + ")")
g.neg("八十年代初，邓小平", "八十年代初", PERIOD_NOTE + " (the early 1980s; no number follows "
      "before the next date)")
g.neg("提出“一国两制”的构想", "一国两制", LABEL_NOTE + " (“一国两制”, one country, two "
      "systems, as wr_china_2001)")
g.neg("十多年来，中国政府", "十多年来", PERIOD_NOTE + " ('for more than ten years', as 近三年来 "
      "in README §2), not a duration fact; no number follows before the next date")
g.neg("１９８４年中英两国", "１９８４年", DATE_NOTE + " (signing of the Sino-British Joint "
      "Declaration)")
g.neg("中英两国政府", "两国", "两国 'both countries' naming the two parties (中英 = China and "
      "Britain), like the place term 两岸, not a measured count")
g.neg("１９９０年七届全国人大", "１９９０年", DATE_NOTE + " (adoption of the Basic Law)")
g.neg("１９９０年七届全国人大", "七届", SESSION_NOTE + " (the 7th NPC)")
g.neg("全国人大三次会议通过", "三次", SESSION_NOTE + " (its 3rd session)")
g.neg("１９９３年７月成立", "１９９３年７月", DATE_NOTE + " (the Preliminary Working "
      "Committee set up)")
g.neg("１９９６年１月成立", "１９９６年１月", DATE_NOTE + " (the Preparatory Committee set up)")
g.neg("香港历史上第一次由港人", "第一次", "first-time claim (第一次 = 首次, README §2 首批 / "
      "首座), not a rank or count")
fact("只有１２２天了", "１２２天", value=122, unit="day", kind="amount",
     metric="离香港回归祖国时间",
     metric_alts=["离香港回归祖国", "离香港回归祖国天数", "香港回归祖国倒计时", "距香港回归时间",
                  "离香港回归时间", "离香港回归祖国的时间", "香港回归倒计时"],
     subject_alts=CN + ["香港", "香港特别行政区"], **AT_NOW,
     note="judgement call: the countdown 离香港回归祖国只有122天 is a duration (unit day, SPEC §3) "
          "— the days from 1 March to 1 July 1997, consistent with the reference date; 只有 is "
          "emphasis → eq; subject 中国 (the state resuming sovereignty; the report's place), "
          "香港 as alt; modality actual (a present state of affairs, not a plan); " + NOW_NOTE
          + "; " + FW)
g.neg("将坚持“一国两制”的方针", "一国两制", LABEL_NOTE + " (“一国两制”)")
fact("在６００多万香港人", "６００多万", value=6e6, unit="count", kind="count", bound="gt",
     classifier="人", metric="香港人",
     metric_alts=["香港人口", "香港人数", "香港居民", "香港同胞", "香港人口数量"],
     subject="香港", subject_alts=["香港特别行政区", PLACE] + CN, **AT_NOW,
     note="the population of Hong Kong: 多 inside the span → gt; 600多万 = 6e6; no measure word "
          "between the number and the noun 香港人 → classifier 人 (the counted noun is the "
          "metric, README §3); Hong Kong owns the number (README §4), 中国 as alt; a stock → "
          + NOW_NOTE + "; " + FW)
g.neg("“一国两制”一定能够成功", "一国两制", LABEL_NOTE + " (“一国两制”)")
SURE = "adverb 一定 'certainly', not a quantity (as wr_china_1984)"
g.neg("“一国两制”一定能够成功", "一定", SURE)
g.neg("香港一定能够长期", "一定", SURE)
g.neg("香港的明天一定会", "一定", SURE)

# ---- line 7 (source 64): 澳门 ------------------------------------------------------------------
g.neg("离１９９９年１２月２０日", "１９９９年１２月２０日", DATE_NOTE + " (20 December 1999, the "
      "return of Macau; " + FW + ")")
fact("还有两年多时间", "两年多", value=2, unit="year", kind="amount", bound="gt",
     metric="离我国对澳门恢复行使主权时间",
     metric_alts=["离澳门回归时间", "离澳门回归祖国时间", "离我国对澳门恢复行使主权",
                  "澳门回归倒计时", "距澳门回归时间", "离我国对澳门恢复行使主权的时间"],
     subject_alts=CN + ["澳门", "澳门特别行政区"], **AT_NOW,
     note="judgement call: the countdown 还有两年多时间 to 20 December 1999 is a duration (unit "
          "year, as 每两年多 in nw_xinhua_20170515_southwest_hydropower: 多 after 年 kept in the "
          "span, → gt); from 1997-03-01 it is 2 years 9 months, consistent; subject 中国 (我国 "
          "resumes sovereignty), 澳门 as alt; 现在 at the head of the line → the instant of the "
          "reference date 1997-03-01, null as alt")
g.neg("平稳过渡一定会实现", "一定", SURE)
g.neg("在中葡两国友好合作", "两国", "两国 'both countries' naming the two parties (中葡 = China "
      "and Portugal), not a measured count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the tasks "
    "for 1997 (sections 二-七 of the report): the end of section 五、巩固和发展团结稳定的社会政治"
    "局面 (anti-corruption, ethnic unity, defence, democracy and law; no figures) and section "
    "六 on the return of Hong Kong and Macau (history since the 1980s, the countdowns, Hong "
    "Kong's population). The report writes full-width digits (１２２天, １９９９年１２月２０日); "
    "spans keep them as written. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 1997-03-01, the corpus meta date: the opening day of the 5th "
    "session of the 8th NPC, on which Premier Li Peng delivered the report; the Wikisource "
    "text has no dateline. The excerpt confirms it: 离香港回归祖国只有122天 counts the days "
    "from 1 March to 1 July 1997 exactly; 去年年底 (the chief-executive election, December "
    "1996) and 今年７月１日 fit 1997. Place: national report → 中国 (alts 我国/全国/中华人民共和国; "
    "香港 / 澳门 as alts of the countdowns; 香港 owns its population, 中国 as alt). Periods: the "
    "three facts follow 现在 in their lines → the instant of the reference date 1997-03-01 "
    "(as 目前, README §5), null as alt; the historical dates (１９８４年, １９９０年, "
    "１９９３年７月, １９９６年１月, 去年年底) govern no number. Modality: actual (present states; "
    "the future return dates are dates, not facts). Judgement calls: the countdowns "
    "离香港回归祖国只有１２２天 (122 day) and 还有两年多时间 (2 year, gt, 多 kept in the span) read "
    "as duration facts with subject 中国 (metrics 离…时间); ６００多万香港人 → count 6e6 gt, "
    "classifier 人, subject 香港; 十多年来 and 八十年代初 → period negatives (not durations); "
    "中英两国 / 中葡两国 → negatives (the two named parties, like 两岸); 七届全国人大三次会议 → "
    "two session-label negatives (七届, 三次) as wr_china_1998 第八届 / 第一次; 第一次 (在香港"
    "历史上第一次) → first-time negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 ×3, 进一步 ×2 (and 近几年, 多年, no digit).")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
