"""Gold annotations for wr_china_1981_c (held-out: corpora/heldout/) (1981年中华人民共和国国务院政府
工作报告), lines 125-130 of shared/texts/work_report/wr_china_1981.txt.

The report is Premier Zhao Ziyang's 当前的经济形势和今后经济建设的方针, delivered at the 4th
session of the 5th NPC (30 November 1981).  The excerpt corpora/heldout/wr_china_1981_c.txt is
sliced by code from the source bytes (whole lines, newline kept), never retyped; the lines are
fixed by the brief (a run of whole lines, as unseen test excerpts are cut).  It lies after part
（三）我国经济发展的前景 (heading at source line 113) and its closing 各位代表： (source 124): the
paragraph on the plan for 1982 (１９８２年是第六个五年计划的第二年…: output growth 今年预计的３％ →
４％, national income +４％左右, the distribution of national income: consumption, retail sales,
accumulation, budget investment, education and culture spending), then 各位代表： and the
opening of the report's closing part on 精神文明 (no heading; the meaning of spiritual
civilisation, the July and September 1981 warnings on 资产阶级自由化, the hundred years of
semi-colonial society).  Lines 2-14 and 19-28 of the same report are wr_china_1981_b and
wr_china_1981 (held out, no overlap).

Numbers are written in full-width digits (３％, ５．７％, with a full-width decimal point ．;
years １９８２年) or Chinese numerals (一百多年); spans keep the text as written and values are
the numbers written (SPEC §3).  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1981_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1981_c"
SOURCE_ID = "wr_china_1981"
PLACE = "中国"
REF = "1981-11-30"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 125, 130                  # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1981年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="１９８２年是第六个五年计划的第二年",
                 ends="使他们增强抵制各种错误思想的能力。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 第六个五年计划 (the 6th Five-Year Plan, 1981-1985; SPEC §1 十四五), not a "
             "quantity (as wr_china_1982)")
LABEL_NOTE = "policy / programme label, not a quantity"
ARTICLE_NOTE = "一 + classifier used as article (README §2), not a quantity"
APPOS_NOTE = ("appositive {} announcing / restating the items named next to it, not a count "
              "claim (as 六个方面 / 这两个 in wr_china_1981)")
FW = "full-width digits (and full-width ．) kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国家财政", "中央政府", "国务院"]

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 1981-11-30; 今年 = 1981, 明年 = 1982) ------------------------------
# Each line is a paragraph; a number takes the last period expression before it in its line
# (SPEC §4); a period inside a from/to pair governs only its own value; a comparison basis
# (比今年) is no period.
#   - Line 1 (source 125), the plan for 1982: １９８２年 / 明年 open it; １９８２年的计划 governs the
#     output target (４％, target) — the start of its pair 由今年预计的３％ is dated by its own 今年
#     (1981, 预计 said before the year's end → forecast); national income +４％左右 (比今年 = the
#     basis, yoy) → 1982 (１９８２年 is the last period outside the pair); 明年 restated in 这就要求
#     明年的… governs the distribution targets (消费部分, 零售总额, 积累部分, 预算内投资, 事业费用).
#     All 1982 figures are plan figures → target.
#   - Lines 3-6 (the closing part on 精神文明) state no figure but the historical duration
#     一百多年 (line 6): no period governs it (the paragraph's 近年来 comes after it; the part has
#     no frame) → null (SPEC §4).
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


Y82_PLAN = dict(period=year("１９８２年", 1982), period_alts=[year("明年", 1982)])
Y82_NOTE = ("１９８２年的计划 (= the 1982 plan) governs: the year 1982 (明年 of the line gives the "
            "same dates)")
NEXT = dict(period=year("明年", 1982))
NEXT_NOTE = "明年 (= 1982) restated before it (这就要求明年的…) governs"
DIST_NOTE = ("在国民收入的分配上，要求…增长 → a growth target of 1982 (the plan); against 1981 → "
             "yoy; " + NEXT_NOTE + "; " + FW)

# ==== line 1 (source 125): the plan for 1982 =========================================================
g.neg("１９８２年是第六个五年计划", "１９８２年", PERIOD_NOTE + " (1982, the plan year) — " + FW)
g.neg("１９８２年是第六个五年计划", "第六个五年计划", PLAN_NOTE)
g.neg("五年计划的第二年", "第二年", "ordinal of a year in a plan (1982 = the second year of the "
      "6th Five-Year Plan), not a rank or count (as wr_china_1992)")
g.neg("调整国民经济的第二年", "第二年", "ordinal of a year (1982 = the second year of the "
      "further adjustment), not a rank or count (as wr_china_1992)")
g.neg("比今年高一点", "一点", "vague 一点 'a little' (发展速度比今年高一点), not a quantity (as "
      "wr_china_1981)")
g.neg("１９８２年的计划，要求", "１９８２年", PERIOD_NOTE + " (１９８２年的计划 'the 1982 plan': "
      "governs the targets after it outside the pair) — " + FW)
OUT = ["工农业生产总值", "工农业总产值增长速度", "工农业总产值增速", "工农业总产值增长", "工农业产值"]
fact("由今年预计的３％", "３％", value=3, unit="%", kind="growth", metric="工农业总产值",
     metric_alts=OUT, comparison="yoy", modality="forecast", period=year("今年", 1981),
     note="start of the from/to pair 由今年预计的３％提高到４％: 今年 inside the pair dates only "
          "its own value (SPEC §4) → 1981; 预计 (said before the year's end) → forecast (as "
          "wr_china_1981_b 将比上年增长３％以上); the growth of the year → yoy; " + FW)
fact("提高到４％", "４％", value=4, unit="%", kind="growth", metric="工农业总产值",
     metric_alts=OUT, comparison="yoy", modality="target", **Y82_PLAN,
     note="end of the pair: the 1982 plan's output growth → target; 并在执行中力争超过 ('and "
          "strive to exceed it') leaves the planned figure itself eq (judgement call: ge is the "
          "other reading); " + Y82_NOTE + "; " + FW)
NI = ["国民收入增长", "国民收入增长速度", "国民收入增速", "国民收入总额"]
fact("比今年增长４％左右", "４％", value=4, unit="%", kind="growth", bound="approx",
     metric="国民收入", metric_alts=NI, comparison="yoy", modality="target", **Y82_PLAN,
     note="安排为 → target; 左右 → approx (outside the span); 比今年 (= against 1981, the year "
          "before) → yoy, a basis and no period; " + Y82_NOTE + " (the pair's 今年 governs only "
          "its own value); " + FW)
fact("消费部分增长５．７％", "５．７％", value=5.7, unit="%", kind="growth", metric="消费部分",
     metric_alts=["国民收入中的消费部分", "国民收入消费部分", "消费", "消费基金", "消费额",
                  "国民收入分配中的消费部分"],
     comparison="yoy", modality="target", **NEXT, note=DIST_NOTE)
fact("社会商品零售总额增长８％", "８％", value=8, unit="%", kind="growth",
     metric="社会商品零售总额",
     metric_alts=["社会商品零售额", "社会消费品零售总额", "商品零售总额", "零售总额"],
     comparison="yoy", modality="target", **NEXT, note=DIST_NOTE)
fact("积累部分增长３．２％", "３．２％", value=3.2, unit="%", kind="growth", metric="积累部分",
     metric_alts=["国民收入中的积累部分", "国民收入积累部分", "积累", "积累基金", "积累额",
                  "国民收入分配中的积累部分"],
     comparison="yoy", modality="target", **NEXT, note=DIST_NOTE)
gov("安排的投资增长５．７％", "５．７％", value=5.7, unit="%", kind="growth",
    metric="国家预算内直接安排的投资",
    metric_alts=["国家预算内投资", "预算内投资", "国家预算内直接安排投资", "预算内直接安排的投资",
                 "国家预算内基本建设投资"],
    comparison="yoy", modality="target", **NEXT,
    note=DIST_NOTE + "; the state budget's own investment → 中国 with 国家/国家财政 as alts")
gov("事业费用的支出增长５．９％", "５．９％", value=5.9, unit="%", kind="growth",
    metric="教育、科学、文化、卫生、体育等事业费用的支出",
    metric_alts=["教育、科学、文化、卫生、体育等事业费用支出", "事业费用的支出", "事业费用支出",
                 "教科文卫体事业费支出", "文教科学卫生事业费", "事业费支出",
                 "教育、科学、文化、卫生、体育事业费用的支出"],
    comparison="yoy", modality="target", **NEXT,
    note="spending of the budget on education, science, culture, health and sport planned "
         "for 1982 (the same list of targets) → target, yoy; " + NEXT_NOTE + "; 国家/国家财政 as "
         "alts; " + FW)
g.neg("《１９８２年经济和社会发展计划要点", "１９８２年", "year inside the title of a document "
      "(《１９８２年经济和社会发展计划要点（草案）》, the draft plan submitted to the session), a label "
      "and no period of any fact (as the plan name in wr_china_1981_b) — " + FW)

# ==== line 2 (source 126): 各位代表： — no numerals ===================================================

# ==== line 3 (source 127): material and spiritual civilisation ======================================
g.neg("这两者是密切联系", "两者", APPOS_NOTE.format("这两者 'these two' (物质文明 and 精神文明)"))

# ==== line 4 (source 128): the content of spiritual civilisation (no figures) ========================
g.neg("必须包括两个方面", "两个", APPOS_NOTE.format("两个方面 'two aspects' (一方面…另一方面…)"))
g.neg("两个方面：一方面是教育", "一方面", "discourse marker 一方面 'on the one hand' (README §2), "
      "not a quantity")
g.neg("这是一个社会文明与否", "一个", ARTICLE_NOTE)
g.neg("另一方面是社会政治思想", "一方面", "discourse marker (另)一方面 'on the other hand' (README "
      "§2), not a quantity")
g.neg("这一方面的问题", "这一", "demonstrative 这一 'this', not a quantity (as wr_china_1981)")
g.neg("一切为了社会主义的四个现代化", "一切", "pronoun 一切 'all', not a quantity")
g.neg("社会主义的四个现代化", "四个现代化", LABEL_NOTE + " (slogan 四个现代化, the Four "
      "Modernisations, as wr_china_1979)")
g.neg("一切为了社会主义祖国", "一切", "pronoun 一切 'all', not a quantity")
g.neg("社会主义制度一定会逐步完善", "一定", "adverb 一定 'surely', not a quantity")
g.neg("共产主义社会一定会随着", "一定", "adverb 一定 'surely', not a quantity")
g.neg("我们过去一年中已经", "过去一年中", PERIOD_NOTE + " (the past year, 1981; no figure "
      "follows)")
g.neg("新长征突击手、三八红旗手", "三八", LABEL_NOTE + " (honorary title 三八红旗手, named after "
      "8 March, International Women's Day), not a quantity")
g.neg("就是一个生动的标志", "一个", ARTICLE_NOTE)

# ==== line 5 (source 129): the warnings of July and September 1981 (no figures) ======================
g.neg("今年７月，邓小平", "今年７月", PERIOD_NOTE + " (July 1981, the date of a talk; no figure "
      "follows) — " + FW)
g.neg("在一次谈话中", "一次", ARTICLE_NOTE + " (一次谈话 'a talk')")
g.neg("存在着一种摆脱", "一种", ARTICLE_NOTE + " (一种…思潮 'a trend')")
g.neg("９月，胡耀邦", "９月", PERIOD_NOTE + " (September 1981, the date of a speech; no figure "
      "follows) — " + FW)
g.neg("鲁迅诞辰一百周年", "一百周年", "anniversary label (鲁迅诞辰一百周年纪念大会, the "
      "commemoration), not a quantity claim (as wr_china_1994)")
g.neg("开展五讲四美活动", "五讲四美", LABEL_NOTE + " (campaign name 五讲四美 'five stresses and four "
      "points of beauty'), not counts")

# ==== line 6 (source 130): a hundred years of semi-colonial society ================================
fact("经历了一百多年的半封建", "一百多年", value=100, unit="year", kind="amount", bound="gt",
     metric="半封建半殖民地社会持续时间",
     metric_alts=["半封建半殖民地社会", "经历半封建半殖民地社会的时间", "半封建半殖民地社会时间",
                  "经历了半封建半殖民地社会", "半封建半殖民地社会历时"],
     period=None,
     note="judgement call: the length of the country's semi-feudal, semi-colonial era (a "
          "historical duration, unit year, as ２５年没有动过 in wr_china_1992) → a fact; 多 inside "
          "the span → gt; a past era, no period before it in its paragraph and no frame over the "
          "closing part → null (SPEC §4); a period-window negative is the alternative reading")
SEMI = ("prefix 半 'semi-' of the term 半封建半殖民地(社会) 'semi-feudal, semi-colonial', not a "
        "quantity (not half)")
g.neg("的半封建半殖民地", "半", SEMI, nth=0)
g.neg("半封建半殖民地社会", "半", SEMI + " (second 半)", nth=1)
g.neg("在一部分人中", "一部分", "quantifier 一部分 'some (people)', not a measured share")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt (held out): lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as fixed by the brief. "
    "The report is Zhao Ziyang's 当前的经济形势和今后经济建设的方针. Part of the document: the "
    "paragraph on the plan for 1982 that closes part （三）我国经济发展的前景 (heading at source "
    "line 113, after its 各位代表： at source 124) — output growth from 今年预计的３％ to ４％, "
    "national income +４％左右, the 1982 distribution of national income (consumption +５．７％, "
    "retail sales +８％, accumulation +３．２％, budget investment +５．７％, education, science, "
    "culture, health and sport spending +５．９％) — then 各位代表： and the opening of the "
    "closing part on 精神文明 (no heading; no figures but the historical 一百多年). Lines 2-14 "
    "and 19-28 are wr_china_1981_b and wr_china_1981 (held out; no overlap). Numerals: "
    "full-width digits (３％, ５．７％; years １９８２年, months ７月, ９月) and Chinese (一百多年); "
    "spans keep the text, values are the numbers written. Title: the corpus meta title (no "
    "title line in the source), title_in_text=False. Date: 1981-11-30, the day the report was "
    "delivered at the 4th session of the 5th NPC (general knowledge, as wr_china_1981 / _b; the "
    "shared meta gives only the year 1981); the excerpt fits it: the July and September talks "
    "are dated 今年, the 1981 output growth is still 预计, and the plan year is 明年 = 1982. "
    "Place: national report → 中国 (alts 我国/全国/中华人民共和国; 国家/国家财政/中央政府/国务院 for "
    "the budget's investment and spending). Periods: each line is a paragraph, each number "
    "takes the last period expression before it in its line: １９８２年(的计划) → 1982 for the "
    "output and national-income targets (明年 as alt, same dates); 今年 inside the pair → 1981 "
    "for ３％ only (SPEC §4); 明年 (restated) → 1982 for the distribution targets; 比今年 is a "
    "basis; 一百多年 → null (no period, no frame). Modality: target for the 1982 plan figures, "
    "forecast for 今年预计的３％; 一百多年 actual. Comparisons: yoy for every growth (比今年 = "
    "against the year before). Bounds: 左右 → approx (４％左右); 一百多年 → gt; ４％ eq (力争超过 "
    "judged an aspiration, ge as the alternative). Judgement calls: ４％ eq despite 力争超过; "
    "一百多年 → a duration fact with a null period; the year in 《１９８２年经济和社会发展计划要点》 → "
    "label negative; 两者 / 两个(方面) → appositive negatives; 三八(红旗手), 五讲四美, 四个现代化, "
    "一百周年 → label negatives; 半 (半封建半殖民地) ×2 → prefix negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 (×2), 一些 (×3), 个体 (个体经济), 个人 (个人利益, 个人主义). "
    "Known false alarms of the shared check_gold.py: it stops full-width numbers at the "
    "full-width decimal point ． (５．７％ read as 5); czfacts check-gold reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
