"""Gold annotations for wr_china_1993_b (1993年中华人民共和国国务院政府工作报告, the economic
tasks of the next five years), lines 20-26 of shared/texts/work_report/wr_china_1993.txt.

The excerpt corpora/wr_china_1993_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、争取国民经济再上一个新台阶
(heading: source line 19, just outside the excerpt), the plan for the next five years
(今后五年 = 1993-1997): its opening paragraph (the adjusted “八五” plan: growth raised from 6 %
to 8-9 % a year, the goal of quadrupling GNP by 2000) and the first six tasks — agriculture
(1997 grain 4.75亿吨), infrastructure (railways, ports, roads, telecoms, water works), energy
and raw materials (1997 coal 13亿吨左右, 6500万千瓦 of new capacity in five years, 1997 steel
9400万吨), investment funding, the tertiary sector and science and technology (no figures).
The review of 1988-1992 (source lines 5-9) is wr_china_1993 (no overlap).

This report writes its Arabic numerals in full-width digits (４．７５亿吨, １９９７年, with a
full-width decimal point ．) and its percentages in Chinese numerals (百分之六, 百分之八至九);
the spans keep them as written (README §1, as wr_china_1993).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_1993_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1993_b"
SOURCE_ID = "wr_china_1993"
PLACE = "中国"
REF = "1993-03-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 20, 26                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1993年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1993)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="今后五年是实现我国现代化建设第二步战略目标的关键性五年。",
                 ends="参加企业集团或转变为科技型企业。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE_NEG = ("comparison basis (a past period named as the term of comparison), not a "
                  "quantity; becomes `comparison`, not the period of the fact")
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label {} (the {} Five-Year Plan, SPEC §1 十四五), not a quantity"
SESSION_NOTE = "session / edition label (SPEC §1 二十大), not a quantity"
SECTOR_NOTE = "sector name 第三产业 (tertiary industry): an ordinal in a name, not a rank"
FW = "full-width digits (and full-width ．) kept in the span as written (README §1)"
CNUM = "percentage written in Chinese numerals (百分之N → N %), span as written"

CN = ["我国", "全国", "中华人民共和国"]
fact = g.with_subject(PLACE, CN, modality="target")

# ---- periods (reference date 1993-03-15; 去年 = 1992, 今年 = 1993) ---------------------------
# The excerpt lies in part 二、争取国民经济再上一个新台阶 (heading: source line 19), the
# economic tasks of the new government's five years: 今后五年 = 1993-01-01..1997-12-31 (line
# 1 opens with it) → modality target for the plan's figures.  Every number of the excerpt
# has a period expression before it in its line:
#   - line 1 (source 20): the growth rates of the adjusted “八五” plan (由原定平均每年百分之六
#     调高到百分之八至九) are average annual rates of that plan, 1991-1995 (gold, by meaning;
#     period text 八五): the line's 今后五年 (1993-1997), the literal inheritance of the
#     到２０１０年 just before (2010) and null as alts; 翻两番 is the goal for ２０００年 (the year
#     of the level compared with 1980: 2000, gold), 今后五年内 (the years in which the pace
#     makes it reachable, 1993-1997) and null as alts;
#   - lines 2 and 4 (source 21, 23): １９９７年 before grain, coal and steel output → the
#     year 1997 (explicit, no alternative needed, as the 今年 targets of wr_china_1998_c);
#     五年新增装机容量 → the span 1993-1997 (五年 = 今后五年 of the part), null as alt.
# Line 3 (source 22) opens with 今后五年 but holds no figure.
FIVE = "今后五年"


def five(txt):
    return P(txt, "1993-01-01", "1997-12-31")


Y97T = "１９９７年"
Y97 = P(Y97T, "1997-01-01", "1997-12-31")
Y97_NOTE = "１９９７年 (the last year of the five) stands before it in its clause and governs it"
PLAN8 = P("八五", "1991-01-01", "1995-12-31")
BY2010 = P("到２０１０年", "2010-01-01", "2010-12-31")

# ==== line 1 (source 20): the five-year tasks and the adjusted “八五” plan ============================
g.neg("今后五年是实现", FIVE, PERIOD_NOTE + " (1993-1997, the new government's term; the "
      "frame of part 二)")
g.neg("建设第二步战略目标", "第二步", LABEL_NOTE + " (第二步战略目标: the second step of the "
      "three-step strategy, as wr_china_2001 / wr_china_1988_d)")
g.neg("的关键性五年", "五年", "'the key five years' = 今后五年 itself (the subject of the "
      "sentence), not a duration fact (as wr_china_1988_d)")
g.neg("全面贯彻党的十四大精神", "十四大", SESSION_NOTE + " (14th Party Congress)")
g.neg("再上一个新的台阶", "一个", "indefinite article 一个 (再上一个新的台阶 'rise to a new "
      "level'), not a count")
g.neg("国务院对“八五”计划", "八五", PLAN_LABEL.format("八五", "8th"))
g.neg("制定“九五 ”计划", "九五", PLAN_LABEL.format("九五", "9th"))
g.neg("计划和到２０１０年", "２０１０年", PERIOD_NOTE + " (到２０１０年: the horizon of the "
      "long-range goals to be drafted, part of a document name; governs no number by meaning)")
g.neg("关于“八五”计划指标", "八五", PLAN_LABEL.format("八五", "8th"))
g.neg("按调整后的“八五”计划", "八五", PLAN_LABEL.format("八五", "8th") + " (here it also names "
      "the period 1991-1995 of the growth rates that follow)")
GROWTH = ["国民经济增长", "经济增长速度", "经济增长", "国民生产总值", "国民生产总值增长速度",
          "GNP", "国民经济年均增长速度", "国民生产总值年均增长", "经济增速", "国民经济增速"]
GROWTH_P = dict(period=PLAN8, period_alts=[five(FIVE), BY2010, null("八五")])
GROWTH_P_NOTE = ("period by meaning: the average annual rate of the “八五” plan (1991-1995, "
                 "text 八五); the line's 今后五年 (1993-1997), the literal inheritance of 到２０１０年 "
                 "and null as alts — judgement call")
fact("由原定平均每年百分之六", "百分之六", value=6, unit="%", kind="growth",
     metric="国民经济增长速度", metric_alts=GROWTH, comparison="年均", **GROWTH_P,
     note="start of a from/to pair (由原定…调高到…): the original target of the plan (原定 → "
          "target, a superseded goal); 平均每年 → average annual growth (comparison 年均, as "
          "wr_china_1993); " + GROWTH_P_NOTE + "; " + CNUM)
fact("调高到百分之八至九", "百分之八至九", value=8, upper=9, unit="%", kind="growth",
     metric="国民经济增长速度", metric_alts=GROWTH, comparison="年均", **GROWTH_P,
     note="end of the pair: the adjusted target, the range 八至九 → value 8, upper 9 (SPEC §2 "
          "upper; one fact over both numbers and the shared 百分之, as 四、五十亿元 in "
          "wr_china_1983_b); target; " + GROWTH_P_NOTE + "; " + CNUM)
g.neg("在今后五年内", "今后五年内", PERIOD_NOTE + " (1993-1997: the years in which the pace "
      "makes the 2000 goal reachable)")
g.neg("原定２０００年国民", "２０００年", PERIOD_NOTE + " (the year of the quadrupling goal; "
      "the period of 翻两番)")
g.neg("比１９８０年翻两番", "１９８０年", BASIS_NOTE_NEG + " (1980, the base of 翻两番)")
fact("比１９８０年翻两番", "翻两番", value=4, unit="times", kind="ratio",
     metric="国民生产总值",
     metric_alts=["GNP", "国民生产总值翻两番", "国民生产总值增长倍数", "国民生产总值比1980年",
                  "国民生产总值翻番", "２０００年国民生产总值比１９８０年翻两番的宏伟目标",
                  "2000年国民生产总值比1980年翻两番的目标"],
     period=P("２０００年", "2000-01-01", "2000-12-31"),
     period_alts=[five("今后五年内"), null("２０００年")],
     note="翻两番 'doubled twice' → the level 4 times that of 1980: a multiple, kind ratio, span "
          "翻两番 (as wr_china_1998); 原定…宏伟目标 → target (a goal not yet reached; 就能够实现 "
          "makes it reachable, a forecast reading is the alternative); the goal year ２０００年 "
          "stands before it (gold), 今后五年内 (1993-1997) and null as alts; comparison null "
          "(ratio facts carry none)")
g.neg("将是一个巨大的鼓舞", "一个", "indefinite article 一个 ('a great encouragement'), not a "
      "count")

# ==== line 2 (source 21): 加强农业的基础地位 =========================================================
g.neg("都要十分重视农业", "十分", "adverb 十分 'very', not a quantity (as wr_china_1998_c)")
g.neg("争取１９９７年粮食", Y97T, PERIOD_NOTE + " (1997; governs the grain target; " + FW + ")")
fact("粮食产量达到４．７５亿吨", "４．７５亿吨", value=4.75e8, unit="t", kind="amount",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食", "粮食生产"], period=Y97,
     note="争取…达到 → target, eq; ４．７５亿吨 = 4.75e8 t; " + Y97_NOTE + "; " + FW)
g.neg("统分结合的双层经营体制", "双层", LABEL_NOTE + " (双层经营体制 'two-tier management "
      "system' of farming, as wr_china_1993)")

# ==== line 3 (source 22): infrastructure (no figures) =================================================
g.neg("今后五年，要重点加快", FIVE, PERIOD_NOTE + " (1993-1997; no figure in its line)")
g.neg("新建北京经九江至深圳", "九江", "place name 九江 (the city of Jiujiang on the Beijing–"
      "Shenzhen line), not a quantity (as 京九 in wr_china_1998)")
g.neg("重点建设一批新港口", "一批", "quantifier 一批 (README §2)")
g.neg("改造一批老港口", "一批", "quantifier 一批 (README §2)")
g.neg("逐步建成四通八达", "四通八达", "idiom 四通八达 'extending in all directions', not a "
      "quantity")
g.neg("三峡水利枢纽工程", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity "
      "(as wr_china_2004)")
g.neg("已经七届全国人大五次会议", "七届", SESSION_NOTE + " (the 7th NPC)")
g.neg("七届全国人大五次会议", "五次", SESSION_NOTE + " (5th session)")

# ==== line 4 (source 23): energy and raw materials ===================================================
g.neg("乡镇矿，１９９７年原煤", Y97T, PERIOD_NOTE + " (1997; governs the coal target)")
COAL = ["原煤产量", "煤炭产量", "原煤", "原煤年产"]
fact("原煤年产量达到１３亿吨左右", "１３亿吨", value=13e8, unit="t", kind="amount",
     bound="approx", metric="原煤年产量", metric_alts=COAL, period=Y97,
     note="达到 → target; 左右 → approx (outside the span); １３亿吨 = 1.3e9 t; " + Y97_NOTE
          + "; " + FW)
g.neg("电力工业，五年新增", "五年", PERIOD_NOTE + " (五年 = 今后五年, 1993-1997; governs the "
      "new capacity)")
CAPACITY = ["新增发电装机容量", "发电新增装机容量", "电力新增装机容量", "新增装机", "装机容量增量",
            "发电装机容量增量", "装机容量", "电力工业新增装机容量", "五年新增装机容量"]
fact("新增装机容量６５００万千瓦", "６５００万千瓦", value=6.5e10, unit="W", kind="amount",
     metric="新增装机容量", metric_alts=CAPACITY, subject_alts=CN + ["电力工业"],
     period=five("五年"), period_alts=[null("五年")],
     note="capacity to be added over the five years (大力发展电力工业, 五年新增…) → target; "
          "６５００万千瓦 = 6.5e7 kW = 6.5e10 W; 新增 of new capacity: the noun kept (README §3), "
          "the 增量 reading as alt; the span 1993-1997, null as alt; " + FW)
g.neg("一定要注意节约", "一定", "adverb 一定 'must, certainly', not a quantity (as "
      "wr_china_1998_d)")
g.neg("建设，１９９７年钢产量", Y97T, PERIOD_NOTE + " (1997; governs the steel target)")
STEEL = ["钢", "钢铁产量", "粗钢产量", "钢年产量"]
fact("钢产量达到９４００万吨", "９４００万吨", value=9400e4, unit="t", kind="amount",
     metric="钢产量", metric_alts=STEEL, period=Y97,
     note="达到 → target, eq; ９４００万吨 = 9.4e7 t; " + Y97_NOTE + "; " + FW)

# ==== line 5 (source 24): investment funding — no numeral ============================================

# ==== line 6 (source 25): 积极发展第三产业 (no figures) ================================================
g.neg("积极发展第三产业。", "第三产业", SECTOR_NOTE)
g.neg("要使第三产业增长", "第三产业", SECTOR_NOTE + " (its growth is to exceed that of GNP: "
      "no number)")
g.neg("依靠社会力量兴办第三产业", "第三产业", SECTOR_NOTE)
g.neg("事业型的第三产业单位", "第三产业", SECTOR_NOTE)

# ==== line 7 (source 26): 大力发展科学技术事业 (no figures) =============================================
g.neg("科学技术是第一生产力", "第一", "slogan 科学技术是第一生产力 'science and technology are "
      "the primary productive force': 第一 is not a measured rank (as 质量第一 in "
      "wr_china_2003_d)")
g.neg("加强基础性研究三个方面", "三个", "appositive 三个方面 restating the three fields just "
      "named (应用技术研究、发展高新技术、加强基础性研究), not a measured count (as 三级 in "
      "wr_china_2004)")
g.neg("重点抓好一批国家级", "一批", "quantifier 一批 (README §2)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: part 二、争取国民经济再上一个新"
    "台阶 (heading: source line 19, just outside the excerpt), the economic tasks of the next "
    "five years (今后五年 = 1993-1997): its opening paragraph (the adjusted “八五” plan: growth "
    "from 6 % to 8-9 % a year; the goal of quadrupling GNP by 2000) and the tasks agriculture, "
    "infrastructure, energy and raw materials, investment funding, the tertiary sector, "
    "science and technology. The review of 1988-1992 is wr_china_1993 (source lines 5-9). "
    "Full-width digits and Chinese-numeral percentages are kept in the spans as written. "
    "Title: the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "1993-03-15, the shared meta date: the opening day of the 1st session of the 8th NPC, on "
    "which Premier Li Peng delivered the report (the Wikisource text has no dateline; nothing "
    "in the excerpt contradicts it: targets for 1997 and for the five years). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国; 电力工业 for the new capacity). Periods: the "
    "growth rates of the adjusted “八五” plan → 1991-1995 by meaning (今后五年 1993-1997, the "
    "literal 到２０１０年 and null as alts); 翻两番 → 2000, the goal year (1993-1997 and null as "
    "alts); １９９７年 → 1997 for grain, coal and steel (explicit); 五年新增装机容量 → 1993-1997 "
    "(null as alt). Modality: target throughout (原定, 调高到, 原定…目标, 争取…达到, 达到, 新增). "
    "Comparisons: 年均 for the average annual growth rates; none for the rest. Bounds: 左右 → "
    "approx (１３亿吨); the range 百分之八至九 → value 8, upper 9; the rest eq. Units: 亿吨 ×1e8 "
    "t; 万吨 ×1e4 t; 万千瓦 → W ×1e7. Judgement calls: the period of the “八五” growth rates "
    "(the plan's years, not 今后五年); 原定百分之六 → a fact (a superseded target); 翻两番 → ratio "
    "4, target (forecast the alternative); 九江 (place name), 四通八达 (idiom), 第三产业 ×4 "
    "(sector name), 第一生产力 (slogan), 三个方面 (appositive) → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 单位 ×2. Known false alarms of the shared "
    "check_gold.py (as in wr_china_1993): it reads 百分之N spans as 100 and stops full-width "
    "numbers at the full-width decimal point ．; it also looks for a source named after the "
    "doc_id.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
