"""Gold annotations for wr_china_1988_d (1988年中华人民共和国国务院政府工作报告, the goals of the next
five years and task 一 on agriculture), lines 50-58 of shared/texts/work_report/wr_china_1988.txt.

The excerpt corpora/wr_china_1988_d.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief (a run of whole lines that
need not start at a heading, as unseen test excerpts are cut).  It lies in part 今后五年建设和改革
的目标、方针和任务 (heading: source line 49, outside the excerpt), the plan for the five years
1988-1992: the goals set by the 13th Party Congress (GNP in 1992, its average growth, the
multiple over 1980 and the end-of-century 翻两番), the guiding principles, the announcement of
the ten main tasks, and the start of task 一、大力发展农业生产和加强基础工业、基础设施的建设…
(grain by the end of the century, farmland per head, farm reform and inputs with the fertilizer
capacity, township enterprises and the two directions of restructuring, moderate-scale farming,
the opening sentence on basic industry).  Lines 3-18, 21-36 and 129-141 are annotated in
wr_china_1988 / _b / _c (no overlap).

This report writes its numerals in full-width digits (１９９２年, １５５００亿元, ７．５％, with a
full-width decimal point ．) and a few in Chinese characters (一亩半); the spans keep them as
written (README §1).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1988_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1988_d"
SOURCE_ID = "wr_china_1988"
PLACE = "中国"
REF = "1988-03-25"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 50, 58                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1988年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="中国共产党第十三次全国代表大会规划了",
                 ends="进行必要的技术改造、扩建和新建。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
SESSION_NOTE = "congress label (SPEC §1 二十大), not a quantity"
PLAN_NOTE = "plan label {} (a Five-Year Plan, SPEC §1 十四五), not a quantity"
MARKER_NOTE = "list marker, not a quantity"
ARTICLE_NOTE = "indefinite article {} (一 + classifier, README §2), not a count"
DISCOURSE_NOTE = ("discourse count {} of the points enumerated right after it, not a measured "
                  "quantity (as 以下三个方面 in wr_china_1983_b, 以下六个方面 in wr_china_2016_b)")
FW = "full-width digits (and full-width ． / ％) kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
GNP = ["GNP", "国民生产总值总量", "国民生产总值规模", "我国国民生产总值"]

fact = g.with_subject(PLACE, CN)


def goal(ctx, target, **kw):
    kw.setdefault("modality", "target")
    fact(ctx, target, **kw)


# ---- periods (reference date 1988-03-25; 今年 = 1988) ------------------------------------------
# The excerpt lies in the plan part 今后五年建设和改革的目标、方针和任务 (source line 49): the
# five years 1988-1992 (今后的五年 / 在这五年里 / 今后五年 / 五年内 = 1988-01-01..1992-12-31; the
# review part reads its five years as the statistical years 1983-1987, wr_china_1988), modality
# target (力争, 必须争取, 使…增加).
#   - 到１９９２年 → the GNP level to be reached in 1992: the year 1992 (a flow), the instant, the
#     plan span and null as alts (as wr_china_1982 到一九八五年, wr_china_2016_b LVL20_FLOW);
#   - 平均每年增长 over the plan → the span (在这五年里 explicit earlier in the line), the literal
#     １９９２年 before it and null as alts (comparison 年均, as wr_china_1982 AVG85);
#   - 将比１９８０年增长１．７倍 → the 1992 level compared with 1980: the year 1992;
#   - 本世纪末 (no numeral) = the year 2000: 翻两番 and the grain level of 2000 → the year 2000;
#     平均每年增产 (the average yearly increment up to 2000) → the span from the report year to
#     the horizon, 1988-2000, with 1989-2000, the year 2000 and null as alts;
#   - 五年内 → the plan span for the fertilizer-capacity increase, null as alt;
#   - 人均只有一亩半耕地 is a present fact (actual) that follows 到本世纪末 in its line: no period
#     governs it in meaning → null, the mechanical 本世纪末 and the reference-date instant as
#     alts (as wr_china_1988_c ９７％).
def plan5(txt):
    return P(txt, "1988-01-01", "1992-12-31")


Y92T = "１９９２年"
Y92 = P(Y92T, "1992-01-01", "1992-12-31")
Y92_END = P(Y92T, "1992-12-31", "1992-12-31")
LVL92 = dict(period=Y92, period_alts=[Y92_END, plan5(Y92T), null(Y92T)])
C2000 = "本世纪末"
Y2000 = P(C2000, "2000-01-01", "2000-12-31")

# ==== line 1 (source 50): the goals of the next five years =========================================
g.neg("中国共产党第十三次全国代表大会规划了", "第十三次", SESSION_NOTE + " (the 13th Party "
      "Congress, October 1987)")
g.neg("今后的五年，是落实", "今后的五年", PERIOD_NOTE + " (1988-1992; the plan's five years)")
g.neg("是落实十三大精神", "十三大", SESSION_NOTE + " (十三大, the 13th Party Congress)")
g.neg("实现新旧体制转换和第二步", "第二步", "label 第二步 (经济发展战略: the second step of the "
      "three-step development strategy), an ordinal of a strategy's stage, not a quantity")
g.neg("的关键性五年", "五年", "'the key five years' = the plan period itself (the subject of "
      "the sentence), not a duration fact (as 关键一年 in wr_yunnan_2025)")
g.neg("在这五年里", "这五年", PERIOD_NOTE + " (1988-1992; governs the goals after it)")
g.neg("实现第七个五年计划，", "第七个五年计划", PLAN_NOTE.format("第七个五年计划 (1986-1990)"))
g.neg("制定和实行第八个五年计划", "第八个五年计划", PLAN_NOTE.format("第八个五年计划 (1991-1995)"))
g.neg("到１９９２年，力争", Y92T, PERIOD_NOTE + " (1992, the plan's last year; governs the GNP "
      "level)")
goal("国民生产总值达到１５５００亿元左右", "１５５００亿元", value=15500e8, unit="CNY",
     kind="amount", bound="approx", metric="国民生产总值", metric_alts=GNP, **LVL92,
     note="力争 → target; 达到 … 左右 → approx (outside the span); １５５００亿元 = 1.55e12 CNY; a "
          "level to be reached in 1992 (到１９９２年 before it): the year 1992, the instant, the plan "
          "span and null as alts; " + FW)
goal("平均每年增长７．５％左右", "７．５％", value=7.5, unit="%", kind="growth", bound="approx",
     metric="国民生产总值",
     metric_alts=GNP + ["国民生产总值年均增长", "国民生产总值年均增速", "经济增长", "年均增速",
                        "经济年均增速"],
     comparison="年均", period=plan5("在这五年里"), period_alts=[Y92, null("在这五年里")],
     note="左右 → approx (outside the span); 平均每年增长 = average annual growth over the plan "
          "period 1988-1992 (在这五年里 earlier in the line; comparison = the surface basis 年均, "
          "as wr_china_1982 / wr_china_1988): the span, the literal １９９２年 before it and null "
          "as alts; target; full-width decimal point ．")
g.neg("大体相当于第七个五年计划", "第七个五年计划", PLAN_NOTE.format("第七个五年计划 (1986-1990), "
      "whose planned growth rate the 7.5 % matches (no number written for it)"))
g.neg("将比１９８０年增长", "１９８０年", "comparison basis 比１９８０年 of 增长１．７倍 (a year, not a "
      "quantity); not the period of the fact (as wr_china_1982 BASIS_NOTE)")
goal("比１９８０年增长１．７倍", "１．７倍", value=1.7, unit="times", kind="ratio",
     metric="国民生产总值",
     metric_alts=GNP + ["国民生产总值增长倍数", "国民生产总值比１９８０年增长", "国民生产总值比1980年增长",
                        "国民生产总值比１９８０年增长倍数"],
     period=Y92, period_alts=[Y92_END, plan5(Y92T), null(Y92T)],
     note="增长N倍 → kind ratio, unit times, value as written (as 增长1.7倍 in "
          "cm_qiandongnan_2023_d), comparison null (ratio facts carry none; the basis 1980 in "
          "the alts); the consequence of reaching the 1992 goal (实现了这个目标…将…) → target "
          "(judgement call: forecast is the other reading); the 1992 level compared (到１９９２年 "
          "earlier in the line) → the year 1992, with the instant, the plan span and null as alts")
goal("国民生产总值翻两番", "翻两番", value=4, unit="times", kind="ratio",
     metric="国民生产总值",
     metric_alts=GNP + ["国民生产总值翻两番", "国民生产总值增长倍数", "国民生产总值比1980年",
                        "本世纪末国民生产总值翻两番"],
     period=Y2000, period_alts=[null(C2000), P(C2000, "1981-01-01", "2000-12-31")],
     note="翻两番 'doubled twice' → 4 times the level of 1980 (the base of the end-of-century "
          "goal, not written here): a multiple, kind ratio, the span keeps 翻 (as wr_china_1984 / "
          "wr_china_1998); the goal (为…打下牢固的基础) → target; its own horizon 本世纪末 (no "
          "numeral) = the year 2000, written right before it in its clause; null and the span "
          "1981-2000 as alts (as wr_china_1984); comparison null. Known false alarm: the shared "
          "check_gold.py reads 翻两番 as 2")

# ==== line 2 (source 51): guiding principles (no facts) =============================================
g.neg("坚持四项基本原则和改革开放", "四项基本原则", "policy label (四项基本原则, the Four Cardinal "
      "Principles, as wr_china_1988_b), not a count")
g.neg("在今后五年的政府工作中", "今后五年", PERIOD_NOTE + " (1988-1992); no number follows in the "
      "line")
g.neg("使两者能够", "两者", "anaphoric 两者 'the two' (reform and development, just named), not a "
      "count (as 双方 in wr_china_1988_c)")

# ==== line 3 (source 52): the ten main tasks (no facts) =============================================
g.neg("国务院要在今后五年里", "今后五年", PERIOD_NOTE + " (1988-1992); no number follows in the "
      "line")
g.neg("以下的十项主要任务", "十项", DISCOURSE_NOTE.format("十项 (the tasks 一、…十、 of this part)")
      + " — judgement call; a count of 10 tasks is the alternative reading")

# ==== line 4 (source 53): heading of task 一 ==========================================================
g.neg("一、大力发展农业生产", "一、", MARKER_NOTE + " (task 一 of the ten)")

# ==== line 5 (source 54): grain ========================================================================
GRAIN = ["粮食产量", "粮食总产量", "粮食", "粮食生产量"]
goal("必须争取达到５０００亿公斤", "５０００亿公斤", value=5e8, unit="t", kind="amount",
     metric="粮食生产", metric_alts=GRAIN,
     period=Y2000, period_alts=[null(C2000), P(C2000, "2000-12-31", "2000-12-31")],
     note="必须争取达到 → target, eq; ５０００亿公斤 = 5e11 kg = 5e8 t (公斤 = 0.001 t); the harvest "
          "of the horizon year: 到本世纪末 (no numeral) = 2000, null and the instant as alts")
goal("平均每年增产８０亿公斤", "８０亿公斤", value=8e6, unit="t", kind="amount",
     metric="粮食产量增量",
     metric_alts=["粮食产量年均增量", "粮食生产增量", "粮食增产", "粮食年均增产", "粮食增产量",
                  "平均每年增产", "粮食产量", "粮食生产"],
     period=P(C2000, "1988-01-01", "2000-12-31"),
     period_alts=[P(C2000, "1989-01-01", "2000-12-31"), Y2000, null(C2000)],
     note="平均每年增产 N: the average annual absolute increase up to the horizon (SPEC §2: "
          "<level>增量, positive; as wr_china_1982 平均每年增加); ８０亿公斤 = 8e9 kg = 8e6 t; "
          "comparison null (absolute change); judgement call on the span: from the report year "
          "to 2000 (1988-2000; (5000 − 4024) / 12 ≈ 81 suggests 1989-2000, in the alts), the "
          "year 2000 and null as alts; target")
goal("人均只有一亩半耕地", "一亩半", value=1.5, unit="mu", kind="amount", modality="actual",
     metric="人均耕地", metric_alts=["人均耕地面积", "耕地", "人均耕地占有量", "人均占有耕地"],
     period=None, period_alts=[Y2000, P("我国人均只有一亩半耕地", REF, REF)],
     note="一亩半 = 1.5 亩 → 1.5 mu (亩 stays mu, SPEC §3); 只有 'only' → eq; a present fact "
          "stated to explain the task → actual; judgement call: 到本世纪末 earlier in the line does "
          "not govern it in meaning → null, the mechanical 本世纪末 (2000) and the reference-date "
          "instant as alts (as wr_china_1988_c ９７％)")
g.neg("从自给半自给经济", "半自给", "economic category 半自给 'semi-subsistence' (自给半自给经济), "
      "not a quantity")
g.neg("必须牢固确立的一条", "一条", ARTICLE_NOTE.format("一条"))

# ==== line 6 (source 55): farm reform, inputs, fertilizer ============================================
g.neg("今后五年，一定要", "今后五年", PERIOD_NOTE + " (1988-1992; heads the line)")
g.neg("今后五年，一定要", "一定", "adverb 一定(要) 'must', not a quantity (as wr_china_1983_b)")
g.neg("改建和扩建一批化肥厂", "一批", "vague quantifier 一批 (README §2), not a count")
g.neg("五年内使化肥", "五年内", PERIOD_NOTE + " (1988-1992; governs the capacity increase)")
FERT = ["化肥生产能力", "化肥产能增量", "化肥年产能增量", "化肥生产能力增加", "标准肥生产能力增量",
        "化肥产能", "化肥年产能", "化肥生产能力（标准肥）增量", "化肥生产能力增量（标准肥）"]
goal("化肥生产能力增加标准肥１５００万吨", "１５００万吨", value=1.5e7, unit="t", kind="amount",
     metric="化肥生产能力增量", metric_alts=FERT,
     period=plan5("五年内"), period_alts=[null("五年内")],
     note="使…增加 → target; an absolute change of a capacity (SPEC §2: <level>增量, positive), "
          "counted in 标准肥 (standard-nutrient fertilizer, the basis of the tonnage); a rate per "
          "year in base unit t (README §3: capacities, alt 年产能); 五年内 = 1988-1992 (explicit), "
          "null as alt; １５００万吨 = 1.5e7 t")
g.neg("一项重要措施", "一项", ARTICLE_NOTE.format("一项"))

# ==== line 7 (source 56): township enterprises and restructuring (no facts) ==========================
g.neg("开辟了一条新的路子", "一条", ARTICLE_NOTE.format("一条"))
g.neg("要向两个方面发展", "两个", DISCOURSE_NOTE.format("两个(方面) (一是…二是… right after it)"))
g.neg("一是资源的开发", "一是", MARKER_NOTE)
g.neg("二是根据当地", "二是", MARKER_NOTE)
# 近几年来 (no numeral), 中、低产田 (中 'medium'), 农林牧渔业: not listed.

# ==== line 8 (source 57): moderate-scale farming (no facts) ===========================================
g.neg("绝不能一哄而上", "一哄而上", "idiom 一哄而上 'rush headlong into', not a quantity")
# 近年来 (no numeral); 一些 lexicalized.

# ==== line 9 (source 58): basic industry (no numerals) ===============================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting right after a heading, as unseen test "
    "excerpts are cut). Part of the document: 今后五年建设和改革的目标、方针和任务 (heading source "
    "line 49, outside the excerpt), the plan for the five years 1988-1992: the goals of the 13th "
    "Party Congress (GNP of about １５５００亿元 by 1992, 7.5 % a year, 1.7 times more than 1980, "
    "翻两番 by the end of the century), the guiding principles, the announcement of the ten main "
    "tasks, and the start of task 一 (grain by 2000, farmland per head, farm reform and the "
    "fertilizer capacity, township enterprises, moderate-scale farming, basic industry). Lines "
    "3-18, 21-36 and 129-141 are wr_china_1988 / _b / _c (no overlap). The report writes "
    "numerals in full-width digits (１９９２年, １５５００亿元, ７．５％) and some in Chinese "
    "characters (一亩半): spans keep them as written. Title: the shared meta title (the source has "
    "no title line), title_in_text=False. Date: 1988-03-25, the opening day of the 1st session "
    "of the 7th NPC, on which Acting Premier Li Peng delivered the report (as wr_china_1988 / "
    "_b / _c; the shared meta gives only the year 1988 and the Wikisource text has no "
    "dateline); nothing in the excerpt contradicts it. Place: national report → 中国 (alts 我国/"
    "全国/中华人民共和国). Periods: the plan's five years = 1988-01-01..1992-12-31 (今后的五年, 在这"
    "五年里, 今后五年, 五年内); 到１９９２年 → the GNP level of the year 1992 (instant, span, null as "
    "alts) and the 1.7 times multiple (1992 vs 1980); 平均每年增长７．５％ → the plan span (１９９２年 "
    "and null as alts); 本世纪末 = 2000 for 翻两番 and the 5000亿公斤 grain goal; 平均每年增产"
    "８０亿公斤 → 1988-2000 (1989-2000, 2000 and null as alts); 五年内 → the plan span for the "
    "fertilizer capacity; 人均只有一亩半耕地 → null (the mechanical 本世纪末 and the reference "
    "date as alts). Modality: target (力争, 必须争取, 使…增加, 将…增长, 翻两番) except the present "
    "farmland per head (actual). Units: 亿元 → CNY ×1e8; 亿公斤 → t (×1e8 × 0.001); 万吨 → t; "
    "亩 → mu; 倍 → times. Bounds: 左右 → approx (１５５００亿元, ７．５％); else eq. Judgement calls: "
    "将比１９８０年增长１．７倍 → ratio 1.7 (as written), target rather than forecast; 翻两番 → ratio 4 "
    "(base 1980 implied); 平均每年增产８０亿公斤 → absolute change (粮食产量增量) over 1988-2000; "
    "化肥生产能力增加…１５００万吨 → capacity 增量 over the plan span; 一亩半 → 1.5 mu, undated; "
    "十项 (主要任务), 两个 (方面), 关键性五年, 两者, 第二步, 半自给 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized or without a numeral, not listed: 一些, 进一步 ×2, 单位, 近几年来, 近年来, "
    "中、低产田. Known false alarms of the shared check_gold.py: it reads a full-width decimal "
    "point ． as the end of the number (７．５％ → 7, １．７倍 → 1), 翻两番 as 2 and 一亩半 as 1 (it does not read 半 "
    "'and a half'), as noted in wr_china_1988; its --src check looks for a source of the "
    "excerpt's own name (the source is wr_china_1988.txt).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
