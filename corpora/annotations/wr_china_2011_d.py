"""Gold annotations for wr_china_2011_d (2011年中华人民共和国国务院政府工作报告: the end of the review
of the 11th five-year plan period and the opening of the 12th plan's goals), lines 45-63 of
shared/texts/work_report/wr_china_2011.txt.

The excerpt corpora/wr_china_2011_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It straddles two parts of the report:
  - source lines 45-58 close part 一、“十一五”时期国民经济和社会发展的回顾 (heading on source
    line 3, outside): the last paragraph of review item （五） (基层医疗卫生: the township,
    county and community health facilities built with special state funds; 人才规划, 人口),
    the culture / sport / law / disaster-relief paragraphs (“五五”普法, 汶川 reconstruction
    三年任务两年基本完成), government reform (五年来…), the closing (过去五年…), the problems
    (我们清醒地认识到…) and the lessons (回顾“十一五”时期…: 一是…四是);
  - source lines 59-63 open part 二、“十二五”时期的主要目标和任务 (heading inside the excerpt):
    the plan proposal, the situation, the guiding line and the first goal bullet (今后五年
    年均增长7%, 2015年国内生产总值将超过55万亿元).
wr_china_2011 holds lines 18-44, wr_china_2011_b lines 66-79, wr_china_2011_c lines 85-97 (no
overlap).  The text is sparse in figures: nine facts, many labels and set phrases.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2011_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2011_d"
SOURCE_ID = "wr_china_2011"
PLACE = "中国"
REF = "2011-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 45, 63                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2011年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2011)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="大力加强基层医疗卫生服务能力建设。",
                 ends="加快形成消费、投资、出口协调拉动经济增长的新局面。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label {} (SPEC §1 十四五), not a quantity"
DOC_TITLE = ("document title ({}): the plan's name 第十二个五年规划, not a quantity (as "
             "第十四个五年规划 in wr_china_2021_e)")
SET_NOTE = "set phrase {}, a slogan, not a count (as wr_china_2005_b / wr_china_2010_b)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院", "国家", "国家财政"]
GOV_NOTE = ("built with the state's special funds (国家财政安排专项资金): subject the document's "
            "place 中国, 国家财政/中央财政/中央政府/国务院/国家 as alts (as wr_china_2011)")
QUAKE = CN + ["汶川地震灾区", "汶川灾区", "地震灾区", "灾区", "汶川"]

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)
goal = g.with_subject(PLACE, CN, modality="target")

# ---- periods (reference date 2011-03-05; the review of 十一五 = 2006-2010; 十二五 = 2011-2015) --
# Excerpt lines 1-14 (source 45-58) lie in part 一、“十一五”时期国民经济和社会发展的回顾 (heading
# on source line 3, outside): the review of the 11th Five-Year Plan, 2006-01-01..2010-12-31 →
# modality actual.  No line with a number there states a period of its own, so the figures
# take the section frame (SPEC §4) with the period text 五年 (the excerpt's own word for the
# plan period: 五年来 line 4, 过去五年 / 五年的成绩 line 5; as wr_china_2011), null as alt:
#   - the health facilities of line 1 (改造和新建…, 建立了…) → totals over the five years;
#   - the Wenchuan reconstruction of line 3 (三年任务两年基本完成) → two durations; the
#     reconstruction ran from 2008 (the quake of May 2008, the master plan of September 2008):
#     the frame is gold, the two / three years of the reconstruction and null as alts.
# Excerpt lines 15-19 (source 59-63) lie in part 二、“十二五”时期的主要目标和任务 (heading
# inside the excerpt): the 12th Five-Year Plan → modality target.  Line 19 (source 63) names
# 今后五年 (= 2011-2015) before the average growth target, then 2015年 before the 2015 GDP
# level (2015年 replaces 今后五年 for it); 按2010年价格计算 is a price base, not a period.
H = "五年"
SPAN = P(H, "2006-01-01", "2010-12-31")
REVIEW = dict(period=SPAN, period_alts=[null(H)])
FRAME_NOTE = ("no period before it in its line → the section frame, the 十一五 period "
              "2006-2010 (heading “十一五”时期, outside the excerpt; period text 五年 as the "
              "excerpt names it), null as alt")
N5 = P("今后五年", "2011-01-01", "2015-12-31")
Y15 = P("2015年", "2015-01-01", "2015-12-31")

# ==== line 1 (source 45): 基层医疗卫生服务能力建设 ==============================================
HEALTH_NOTE = ("改造和新建 (renovated or newly built) is shared by the four facility kinds; the "
               "predicate defines the counted set (renovation included, so not a pure "
               "increment) → in the metric, the noun as alt (as 新建、改扩建机场 in "
               "wr_china_2011); span number + classifier 所 (README §1); a total over the five "
               "years: " + FRAME_NOTE + "; " + GOV_NOTE)


def rebuilt(noun, extra=()):
    return ([noun, f"改造和新建的{noun}", f"改造新建{noun}", f"{noun}数量", f"改造和新建{noun}数量",
             f"{noun}改造和新建", f"新建和改造{noun}", f"改造和新建{noun}数"] + list(extra))


gov("改造和新建2.3万所乡镇卫生院", "2.3万所", value=2.3e4, unit="count", kind="count",
    classifier="所", metric="改造和新建乡镇卫生院", metric_alts=rebuilt("乡镇卫生院"), **REVIEW,
    note="万所 ×1e4; first of the list; " + HEALTH_NOTE)
gov("、1500所县医院", "1500所", value=1500, unit="count", kind="count", classifier="所",
    metric="改造和新建县医院", metric_alts=rebuilt("县医院", ["县级医院"]), **REVIEW,
    note="second of the list (verb 改造和新建 restored); " + HEALTH_NOTE)
gov("、500所县中医院", "500所", value=500, unit="count", kind="count", classifier="所",
    metric="改造和新建县中医院", metric_alts=rebuilt("县中医院", ["县级中医院"]), **REVIEW,
    note="third of the list (verb restored); " + HEALTH_NOTE)
gov("和1000所县妇幼保健院", "1000所", value=1000, unit="count", kind="count", classifier="所",
    metric="改造和新建县妇幼保健院",
    metric_alts=rebuilt("县妇幼保健院", ["县级妇幼保健院", "妇幼保健院"]), **REVIEW,
    note="last of the list (verb restored); " + HEALTH_NOTE)
gov("建立了2400所社区卫生服务中心", "2400所", value=2400, unit="count", kind="count",
    classifier="所", metric="社区卫生服务中心",
    metric_alts=new("社区卫生服务中心", "建立社区卫生服务中心", "建立的社区卫生服务中心",
                    "新建社区卫生服务中心", "建立了社区卫生服务中心"),
    **REVIEW,
    note="建立了 N: centres newly set up → the counted noun as metric, the 增量 reading as alts "
         "(README §3); still under 国家财政安排专项资金 of the sentence → " + GOV_NOTE + "; "
         + FRAME_NOTE)

# ==== line 2 (source 46): culture, sport, law ===================================================
g.neg("“五五”普法", "五五", PLAN_LABEL.format("“五五”普法 (the fifth five-year legal-education "
      "plan, 2006-2010; as “八五”普法 in wr_beijing_2025_f)"))

# ==== line 3 (source 47): disasters ===============================================================
REB = ["汶川灾后恢复重建", "灾后恢复重建", "灾后重建"]
fact("恢复重建三年任务两年", "三年", value=3, unit="year", kind="amount",
     metric="汶川灾后恢复重建原定期限",
     metric_alts=["灾后恢复重建原定期限", "灾后重建原定期限", "汶川灾后恢复重建任务期限",
                  "灾后恢复重建任务期限", "灾后恢复重建期限", "灾后重建期限",
                  "汶川灾后恢复重建规划期限", "汶川灾后恢复重建期限"] + REB,
     subject_alts=QUAKE, modality="target",
     period=SPAN,
     period_alts=[P("三年", "2008-01-01", "2010-12-31"), P("三年", "2009-01-01", "2011-12-31"),
                  null(H)],
     note="judgement call (as 原定三年的目标任务 in wr_china_2009_d): 三年任务 = the length "
          "set for the reconstruction task (the three-year master plan) → a duration, unit "
          "year, kind amount; a planned length → target (as in wr_china_2009_d; actual is the "
          "other reading in a review); the disaster area keeps 中国 as subject, the region as "
          "alt (README §4); " + FRAME_NOTE + ", the three years of the plan (2008-2010 / "
          "2009-2011) as further alts")
fact("三年任务两年基本完成", "两年", value=2, unit="year", kind="amount",
     metric="汶川灾后恢复重建完成用时",
     metric_alts=["灾后恢复重建完成用时", "汶川灾后恢复重建实际用时", "灾后恢复重建实际用时",
                  "汶川灾后恢复重建完成期限", "灾后恢复重建完成期限", "灾后重建完成期限",
                  "汶川灾后恢复重建完成时间", "灾后恢复重建完成时间", "灾后重建用时",
                  "汶川灾后恢复重建任务完成时间"] + REB,
     subject_alts=QUAKE,
     period=SPAN,
     period_alts=[P("两年", "2008-01-01", "2010-12-31"), P("两年", "2009-01-01", "2010-12-31"),
                  null(H)],
     note="judgement call: the time in which the three-year task was basically completed → a "
          "duration, unit year, kind amount, actual (the review); 基本完成 'basically "
          "completed' does not bound the value (eq); " + FRAME_NOTE + ", the reconstruction's "
          "two years (2008-2010 / 2009-2010) as further alts")
g.neg("中华民族百折不挠", "百折不挠", "idiom 百折不挠 'unbending despite a hundred setbacks' "
      "(as wr_china_2021_e), not a quantity")

# ==== line 4 (source 48): government reform ========================================================
g.neg("五年来，我们不断", "五年来", PERIOD_NOTE + " (the 十一五 period 2006-2010; no number "
      "follows in its line); not a duration fact")
g.neg("完成了新一轮政府", "一轮", "新一轮 'a new round', not a count")

# ==== line 5 (source 49): closing of the review ====================================================
g.neg("过去五年，我们是", "过去五年", PERIOD_NOTE + " (the 十一五 period 2006-2010; no number "
      "follows in its line)")
g.neg("一步一个脚印", "一步一个脚印", "idiom 一步一个脚印 'step by step' (as wr_chongqing_2025_d), "
      "not a quantity")
g.neg("五年的成绩来之不易", "五年", PERIOD_NOTE + " ('the achievements of the five years' = "
      "2006-2010); not a duration fact")

# ==== line 6 (source 50): problems ================================================================
g.neg("没有完成“十一五”规划目标", "十一五", PLAN_LABEL.format("十一五") + " (the plan's targets "
      "for the services share and R&D intensity were missed; no value is stated)")
g.neg("我们一定要以对", "一定", "adverb 一定 'must', not a quantity")

# ==== line 7 (source 51): lessons ================================================================
g.neg("回顾“十一五”时期", "十一五", PLAN_LABEL.format("十一五") + " (“十一五”时期 = 2006-2010; "
      "no number in its line)")

# ==== line 8 (source 52): 一是 ======================================================================
g.neg("一是必须坚持科学发展", "一是", MARKER_NOTE)
g.neg("各领域取得的一切成就", "一切", "pronoun 一切 'all', not a quantity")

# ==== line 9 (source 53) ============================================================================
g.neg("作为一切工作的出发点", "一切", "pronoun 一切 'all', not a quantity")

# ==== line 10 (source 54): 二是 (多一些: lexicalized 一些) ===========================================
g.neg("二是必须坚持政府调控", "二是", MARKER_NOTE)

# ==== line 11 (source 55): no numeral ===============================================================

# ==== line 12 (source 56): 三是 =====================================================================
g.neg("三是必须坚持统筹", "三是", MARKER_NOTE)
g.neg("统筹国内国际两个大局", "两个", SET_NOTE.format("统筹国内国际两个大局 'both the domestic "
      "and the international situation'"))
g.neg("国内国际两个市场", "两个", SET_NOTE.format("两个市场、两种资源 'both markets, both kinds "
      "of resources'"))
g.neg("两个市场、两种资源", "两种", SET_NOTE.format("两个市场、两种资源"))

# ==== line 13 (source 57): 四是 =====================================================================
g.neg("四是必须坚持把改革开放", "四是", MARKER_NOTE)

# ==== line 14 (source 58): no numeral (统一起来: lexicalized) =========================================

# ==== line 15 (source 59): heading of part 二 =======================================================
g.neg("二、“十二五”时期", "二、", "heading number of part 二, not a quantity")
g.neg("二、“十二五”时期", "十二五", PLAN_LABEL.format("十二五") + " (“十二五”时期 = 2011-2015, the "
      "section frame of part 二; the figures below name their own periods)")

# ==== line 16 (source 60): the plan documents =========================================================
g.neg("关于制定国民经济和社会发展第十二个五年规划的建议", "第十二个五年规划",
      DOC_TITLE.format("《中共中央关于制定国民经济和社会发展第十二个五年规划的建议》"))
g.neg("我们编制了《国民经济和社会发展第十二个五年规划纲要", "第十二个五年规划",
      DOC_TITLE.format("《国民经济和社会发展第十二个五年规划纲要（草案）》"))

# ==== line 17 (source 61): the situation ============================================================
g.neg("“十二五”是全面建设", "十二五", PLAN_LABEL.format("十二五") + " (the plan period as the "
      "subject of the sentence; no number in its line)")

# ==== line 18 (source 62): guiding line ==============================================================
g.neg("“三个代表”重要思想", "三个代表", LABEL_NOTE + " (“三个代表”重要思想, a doctrine's name)")

# ==== line 19 (source 63): ——推动经济发展再上新台阶 ====================================================
g.neg("今后五年，我国经济", "今后五年", PERIOD_NOTE + " (the plan's five years 2011-2015; "
      "governs the growth target after it)")
GDP = ["国内生产总值", "GDP", "经济年均增长", "经济年均增速", "国内生产总值年均增长",
       "经济增速", "国内生产总值增长", "经济增长速度", "经济增长预期目标"]
goal("年均增长7%", "7%", value=7, unit="%", kind="growth", metric="经济增长",
     metric_alts=GDP, comparison="年均", period=N5, period_alts=[null("今后五年")],
     note="经济增长预期目标 → target; no bound word (在…基础上 states the condition) → eq; "
          "average annual growth over the plan 2011-2015 (今后五年 stated before it; comparison "
          "年均, as 年均增长保持在6.5%以上 in wr_china_2016_b)")
g.neg("按2010年价格计算", "2010年", "price base 按2010年价格计算 (constant 2010 prices, as "
      "按一九八○年不变价格 in wr_china_1986_b), a year with a numeral, not a fact and not the "
      "period of the level")
g.neg("计算，2015年国内", "2015年", PERIOD_NOTE + " (the plan's last year; governs 55万亿元)")
ECO = ["GDP", "生产总值", "经济总量", "国内生产总值总量", "经济规模",
       "国内生产总值（按2010年价格计算）", "按2010年价格计算的国内生产总值"]
goal("将超过55万亿元", "55万亿元", value=55e12, unit="CNY", kind="amount", bound="gt",
     metric="国内生产总值", metric_alts=ECO, period=Y15,
     period_alts=[null("2015年"), P("2015年", "2015-12-31", "2015-12-31")],
     note="超过 → gt (outside the span); 万亿元 ×1e12; the 2015 GDP at constant 2010 prices (the "
          "price base is part of the indicator's definition, alt), the outcome of the plan's "
          "growth target (将) → target (judgement call, as 经济总量超过90万亿元 in "
          "wr_china_2016_b; forecast is the other reading); 2015年 stands before it (a flow "
          "of the year), null and the year-end instant as alts")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines; the source has 139 lines, so the range is "
    "complete). Part of the document: source lines 45-58 close part 一、“十一五”时期国民经济和"
    "社会发展的回顾 (heading on source line 3, outside): the last paragraph of review item "
    "（五） (基层医疗卫生 facilities built with special state funds), culture / sport / law "
    "(“五五”普法), the disasters (汶川 reconstruction 三年任务两年基本完成), government reform "
    "(五年来…), the closing (过去五年…), the problems and the four lessons (一是…四是); source "
    "lines 59-63 open part 二、“十二五”时期的主要目标和任务 (heading inside the excerpt): the "
    "plan documents, the situation, the guiding line and the first goal bullet (——推动经济发展"
    "再上新台阶: 今后五年年均增长7%, 2015年国内生产总值将超过55万亿元). Other excerpts of the "
    "report: wr_china_2011 (18-44), _b (66-79), _c (85-97); no overlap. Title: the corpus meta "
    "title (the source has no title line), title_in_text=False. Date: 2011-03-05, the corpus "
    "meta date: the opening day of the 4th session of the 11th NPC, on which the Premier "
    "delivered the report (the Wikisource text has no dateline); nothing in the excerpt "
    "contradicts it (the review of 十一五 2006-2010; 今后五年 = 2011-2015). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国); the facilities built with 国家财政安排专项资金 "
    "keep 中国 with 国家财政/中央财政/中央政府/国务院/国家 as alts; the Wenchuan reconstruction "
    "keeps 中国 with the disaster area as alts. Periods: review lines (source 45-58) state no "
    "period before their numbers → the section frame, the 十一五 period 2006-01-01..2010-12-31 "
    "(period text 五年, the excerpt's own word, as wr_china_2011), null as alt: the five "
    "facility counts are totals over the five years; the two reconstruction durations add the "
    "reconstruction's years (2008-2010, 2009-2011 / 2009-2010) as alts. Plan lines: 今后五年 "
    "(2011-2015) governs the 7% average growth; 2015年 governs 55万亿元 (the year, null and the "
    "year-end instant as alts); 按2010年价格计算 is a price base (negative). Modality: actual in "
    "the review except the planned length 三年 (target, as wr_china_2009_d); target in the "
    "plan (预期目标, 将超过). Comparisons: 年均 for the growth target. Bounds: 超过 → gt (55万亿元); "
    "the rest eq. Judgement calls: 改造和新建 N所 → counts with the verb in the metric "
    "(renovation included, not a pure increment; noun as alt), 建立了2400所 → the noun with 增量 "
    "alts; 三年任务两年基本完成 → two duration facts (planned length target, time taken actual; "
    "as wr_china_2009_d), not idiom negatives; 55万亿元 → target rather than forecast, GDP at "
    "2010 prices; 五年来 / 过去五年 / 五年(的成绩) / 今后五年 → period negatives, not durations; "
    "两个(大局) / 两个(市场) / 两种(资源) → set phrases; 第十二个五年规划 ×2 → document titles. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些 ×4 (一些群众, 一些领域, 多一些 ×2), 进一步, 统一 ×2 (有机统一, "
    "统一起来).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
