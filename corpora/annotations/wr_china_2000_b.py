"""Gold annotations for wr_china_2000_b (2000年中华人民共和国国务院政府工作报告, the opening of the
plan for 2000: part 二、坚持实行扩大内需的方针 and the heading of part 三), lines 14-28 of
shared/texts/work_report/wr_china_2000.txt.

The excerpt corpora/wr_china_2000_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report (the review
of 1999, source lines 3-12, is wr_china_2000; no overlap): the opening of the 2000 programme
(2000年是世纪交替之年…), part 二、坚持实行扩大内需的方针 in full (发展是硬道理…; 继续实施积极的
财政政策 with the two-year results of the treasury-bond programme 1998-1999: 2100亿元 bonds,
4200多亿元 loans, 5100多个 projects and the works completed; the 2000 fiscal measures 一是…三是
with the 1000亿元 bonds; deficits; monetary policy; financial reform; investment; consumption)
and the heading and opening paragraph of part 三、大力推进经济结构的战略性调整.

This report writes ASCII digits with a full-width decimal point (1．2万公里).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2000_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2000_b"
SOURCE_ID = "wr_china_2000"
PLACE = "中国"
REF = "2000-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 14, 28                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2000年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2000)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="2000年是世纪交替之年", ends="今年要着重抓好以下工作。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FWP = "full-width decimal point ． kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "中央", "中央政府", "国务院", "国家财政", "中央财政", "财政",
       "中华人民共和国国务院"]

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)

# ---- periods (reference date 2000-03-05; 去年 = 1999, 今年 = 2000) ---------------------------
# The whole excerpt lies in the plan part of the report (after the review of 1999, which ends
# with source line 12): 2000年是世纪交替之年… (source 14) opens the programme for 2000; the
# part headings 二、/三、 carry no year.
# - Line 4 of the excerpt (source 17, 继续实施积极的财政政策) looks back: 两年来 (twice) = the
#   two full years before the reference year, 1998-1999 (SPEC §4, as 近三年; the active fiscal
#   policy began in 1998; as 两年来 in wr_china_2006), governs the rest of the line; the run
#   up to the reference date, the open start and null as alts.  The bonds issued, the loans
#   they drew in and the projects built (发行, 带动, 共建设) are flows over the two years → the
#   span.  The works listed after 已建成的主要有： are what stands completed by the end of the
#   two years (SPEC §4: 已建成 is a stock): judgement call, the instant 1999-12-31 under
#   两年来 (as 已偿还 under a campaign in wr_china_2007_b), the span, the reference date and
#   null as alts; modality actual (a review inside the plan part).
# - Line 6 (source 19, 一是发行1000亿元长期国债): a measure for 2000 → target; the line states
#   no period (今年 of line 5, source 18, ends with its paragraph: SPEC §4) → the frame of the
#   plan part, the year 2000, period text 今年 (the excerpt's own word for the plan year, as
#   wr_china_2010_c), null as alt.
TWO = P("两年来", "1998-01-01", "1999-12-31")
TWO_END = P("两年来", "1999-12-31", "1999-12-31")
TWO_ALTS = [P("两年来", "1998-01-01", REF), P("两年来", None, "1999-12-31"), null("两年来")]
FLOW2 = dict(period=TWO, period_alts=[TWO_END] + TWO_ALTS)
BUILT = dict(period=TWO_END, period_alts=[TWO] + TWO_ALTS + [P("两年来", REF, REF)])
TWO_NOTE = ("两年来 (= 1998-1999, the two full years before the reference year, SPEC §4; as "
            "wr_china_2006) stands before it in the line; the run up to the reference date, the "
            "open start and null as alts")
BUILT_NOTE = ("已建成的主要有： works completed with the bond funds, standing at the end of the "
              "two years (SPEC §4: 已建成 is a stock) → judgement call: the instant 1999-12-31 "
              "under 两年来, the span 1998-1999 (the works were built in those two years), the "
              "reference date and null as alts; " + TWO_NOTE)
Y00 = P("今年", "2000-01-01", "2000-12-31")
PLAN = dict(period=Y00, period_alts=[null("今年")], modality="target")
PLAN_NOTE = ("measure for 2000 → target; the line states no period before it (今年 of the line "
             "before ends with its paragraph, SPEC §4): frame of the plan part, the year 2000, "
             "period text 今年, null as alt")

# ==== line 1 (source 14): 2000年是世纪交替之年… =====================================================
g.neg("2000年是世纪交替之年", "2000年", PERIOD_NOTE + " (the plan year 2000; no number in its "
      "line)")
g.neg("建设第二步战略目标", "第二步", LABEL_NOTE + " (第二步战略目标: the second step of the "
      "three-step development strategy, a programme name), not a rank")
g.neg("的最后一年", "一年", "'the last year (of the second step)' = 2000, not a duration fact "
      "(as wr_anhui_2025 里程碑意义的一年)")
g.neg("党的十五大和", "十五大", "congress label 十五大 (SPEC §1 二十大)")
g.neg("十五届三中、四中全会", "十五届三中、四中全会", "plenum labels (SPEC §1, README span, as "
      "二十届二中、三中全会)")
g.neg("一系列政策措施", "一系列", "quantifier 一系列 'a series of' (README §2)")

# ==== line 2 (source 15): heading of part 二 =========================================================
g.neg("二、坚持实行扩大内需", "二、", MARKER_NOTE)

# ==== line 3 (source 16): 发展是硬道理 — no numeral ================================================

# ==== line 4 (source 17): 继续实施积极的财政政策 (results of 1998-1999) ============================
g.neg("两年来，中央坚持", "两年来", PERIOD_NOTE + " (1998-1999, the two years of the active "
      "fiscal policy; not a duration fact, as 两年来 in wr_china_2006)")
g.neg("两年来通过财政", "两年来", PERIOD_NOTE + " (1998-1999, restated; governs the bond "
      "figures and the works after it)")
BOND = ["发行长期国债", "长期国债发行", "长期国债发行规模", "长期国债发行额", "国债发行",
        "国债", "长期建设国债", "发行国债", "财政向银行发行长期国债"]
gov("向银行发行2100亿元长期国债", "2100亿元", value=2100e8, unit="CNY", kind="amount",
    metric="长期国债", metric_alts=BOND, **FLOW2,
    note="long-term treasury bonds issued by the central budget to the banks over the two "
         "years (a flow; 2000's 1000亿元 below is the same metric) → 中国, 中央/国家财政 etc. "
         "as alts (the state's own act, as 6600亿元长期建设国债 in wr_china_2003); 亿元 ×1e8; "
         + TWO_NOTE)
LOAN = ["带动银行贷款和自筹资金", "银行贷款和自筹资金", "带动的银行贷款和自筹资金", "带动银行贷款",
        "银行贷款", "配套资金", "国债带动银行贷款和自筹资金", "带动资金"]
fact("带动4200多亿元银行贷款", "4200多亿元", value=4200e8, unit="CNY", kind="amount",
     bound="gt", metric="银行贷款和自筹资金", metric_alts=LOAN, **FLOW2,
     note="多 inside the span → gt; the bank loans and own funds the bonds drew in (带动) over "
          "the two years; " + TWO_NOTE)
PROJ = ["项目", "建设项目数量", "国债项目", "国债投资项目", "共建设项目", "基础设施项目",
        "国债建设项目"]
fact("共建设5100多个项目", "5100多个", value=5100, unit="count", kind="count", bound="gt",
     classifier="个", metric="建设项目", metric_alts=PROJ, **FLOW2,
     note="多 inside the span → gt; 共 'in all' → no bound; projects built with the bond "
          "funds over the two years (a flow); " + TWO_NOTE)
LEVEE = ["堤防加固", "加固堤防", "大江大河大湖堤防", "加固大江大河大湖堤防长度", "堤防",
         "加固堤防里程", "大江大河大湖堤防加固", "江河湖泊堤防加固"]
fact("大湖堤防近6100公里", "6100公里", value=6.1e6, unit="m", kind="amount", bound="approx",
     metric="加固大江大河大湖堤防", metric_alts=LEVEE, **BUILT,
     note="近 → approx (SPEC §2; outside the span); 公里 ×1e3 m; " + BUILT_NOTE)
ROAD = ["公路通车里程增量", "公路通车里程", "新增公路里程", "公路里程增量", "新增公路"]
fact("公路通车里程1．2万公里", "1．2万公里", value=1.2e7, unit="m", kind="amount",
     metric="新增公路通车里程", metric_alts=ROAD, **BUILT,
     note="1．2万公里 = 1.2e7 m; " + FWP + "; verb 新增 as written (as wr_china_2005); "
          + BUILT_NOTE)
HWY = ["高速公路通车里程", "高速公路", "新增高速公路", "新增高速公路里程", "高速公路里程增量",
       "高速公路通车里程增量", "高速公路里程"]
fact("其中高速公路3358公里", "3358公里", value=3.358e6, unit="m", kind="amount",
     metric="新增高速公路通车里程", metric_alts=HWY, **BUILT,
     note="其中: part of the 1．2万公里; the head 新增…通车里程 restored (README §3); 3358公里 "
          "= 3.358e6 m; " + BUILT_NOTE)
RAIL_NOTE = ("增加 distributes over the list 铁路新线 ↔ 1423公里, (铁路)复线 ↔ 643公里; each "
             "value with its own unit; ")
fact("增加铁路新线1423公里", "1423公里", value=1.423e6, unit="m", kind="amount",
     metric="铁路新线",
     metric_alts=["增加铁路新线", "新增铁路新线", "铁路新线里程", "新线", "铁路新线增量",
                  "铁路新线里程增量", "新建铁路"],
     **BUILT, note=RAIL_NOTE + BUILT_NOTE)
fact("复线643公里", "643公里", value=6.43e5, unit="m", kind="amount",
     metric="铁路复线",
     metric_alts=["复线", "增加铁路复线", "增加复线", "新增铁路复线", "铁路复线里程", "复线里程",
                  "铁路复线增量"],
     **BUILT, note=RAIL_NOTE + "head 铁路 restored; " + BUILT_NOTE)
GRID = ["农村电网高低压线路", "新建和改造农村电网线路", "农村电网线路", "农村电网改造",
        "新建和改造农村电网", "农村电网高低压线路新建和改造", "新建改造农村电网高低压线路",
        "农村电网建设与改造"]
fact("高低压线路90万公里", "90万公里", value=9e8, unit="m", kind="amount",
     metric="新建和改造农村电网高低压线路", metric_alts=GRID, **BUILT,
     note="90万公里 = 9e8 m; one length over both verbs (新建和改造), as written; "
          + BUILT_NOTE)
GRAIN = ["仓容", "粮食储备库仓容", "国家粮食储备库", "国家粮食储备库容量", "粮库仓容",
         "建成国家粮食储备库仓容", "国家粮食储备库库容"]
fact("建成仓容250亿公斤", "250亿公斤", value=2.5e7, unit="t", kind="amount",
     metric="国家粮食储备库仓容", metric_alts=GRAIN, **BUILT,
     note="the storage capacity of the state grain reserve depots built (建成); 250亿公斤 = "
          "2.5e10 kg = 2.5e7 t (SPEC §3 公斤 0.001 t); a capacity is a level of the facilities "
          "(stock); " + BUILT_NOTE)

# ==== line 5 (source 18): 今年继续实行积极财政政策的主要内容… — no numeral =============================

# ==== line 6 (source 19): 一是发行1000亿元长期国债 ===================================================
g.neg("一是发行1000亿元", "一是", MARKER_NOTE)
gov("一是发行1000亿元长期国债", "1000亿元", value=1000e8, unit="CNY", kind="amount",
    metric="长期国债", metric_alts=BOND, **PLAN,
    note="the bonds to be issued in 2000 (the first measure of the year's fiscal policy; as "
         "拟发行长期建设国债800亿元 in wr_china_2005_b); " + PLAN_NOTE)
g.neg("新增国债投资首先用于", "首先", "adverb 首先 'first of all', not a rank or quantity (as "
      "wr_china_1997_c)")

# ==== line 7 (source 20): 二是… — no quantity ========================================================
g.neg("二是继续贯彻落实", "二是", MARKER_NOTE)

# ==== line 8 (source 21): 三是… — no quantity ========================================================
g.neg("三是进一步运用", "三是", MARKER_NOTE)

# ==== line 9 (source 22): deficits — no numeral (一些 lexicalized) ===================================
# ==== line 10 (source 23): monetary policy — no numeral (进一步 lexicalized) ==========================

# ==== line 11 (source 24): financial reform ==========================================================
g.neg("继续按照1997年中央召开", "1997年", PERIOD_NOTE + " (the date of the 1997 national "
      "financial work conference, inside the noun phrase; governs no number)")

# ==== line 12 (source 25): investment — no numeral ====================================================

# ==== line 13 (source 26): consumption =================================================================
g.neg("特别要千方百计", "千方百计", "idiom 千方百计 'by every means', not a quantity (as "
      "wr_china_1998_d)")
g.neg("“八七”扶贫攻坚计划", "八七", LABEL_NOTE + " (“八七”扶贫攻坚计划: the 1994 plan to lift 80 "
      "million people out of poverty in about seven years, a programme name) — judgement call: "
      "not counts of 80 million people and 7 years")

# ==== line 14 (source 27): heading of part 三 =========================================================
g.neg("三、大力推进", "三、", MARKER_NOTE)

# ==== line 15 (source 28): 加快经济结构的战略性调整… — no numeral =====================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines). Part of the document: the plan for 2000 — its "
    "opening (2000年是世纪交替之年…), part 二、坚持实行扩大内需的方针 in full (发展是硬道理; 继续"
    "实施积极的财政政策 with the results of the treasury-bond programme over 两年来 = 1998-1999; "
    "the 2000 fiscal measures 一是…三是 with the 1000亿元 bonds; deficits; monetary policy; "
    "financial reform; investment; consumption) and the heading and opening paragraph of part "
    "三、大力推进经济结构的战略性调整. The review of 1999 (source lines 3-11) is wr_china_2000 "
    "(no overlap). The report writes ASCII digits with a full-width decimal point (1．2万公里), "
    "kept in the span. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2000-03-05, the corpus meta date: the opening day of the 3rd "
    "session of the 9th NPC, on which the Premier delivered the report (the Wikisource text has "
    "no dateline); nothing in the excerpt contradicts it (2000年 = 今年, the plan year; 两年来 = "
    "1998-1999). Place: national report → 中国 (alts 我国/全国/中华人民共和国; for the bonds also "
    "国家/中央/中央政府/国务院/国家财政/中央财政/财政). Periods: 两年来 (source line 17) = the two "
    "full years before the reference year, 1998-1999 (SPEC §4; as wr_china_2006): the bonds "
    "issued (2100亿元), the loans drawn in (4200多亿元) and the projects built (5100多个) → the "
    "span (the end instant, the run to the reference date, open start and null as alts); the "
    "works listed after 已建成的主要有： (levees 6100公里, roads 1．2万/3358公里, railway 1423/643"
    "公里, rural grid 90万公里, grain depots 250亿公斤) → judgement call: the instant 1999-12-31 "
    "(SPEC §4: 已建成 is a stock; as 已偿还 in wr_china_2007_b), the span and the other readings "
    "as alts; modality actual. 一是发行1000亿元长期国债 (source line 19): target for 2000; its "
    "line states no period (今年 of source line 18 ends with its paragraph) → the plan frame "
    "2000 with period text 今年 (as wr_china_2010_c), null as alt. Bounds: 多 inside the span → "
    "gt (4200多亿元, 5100多个); 近 → approx (6100公里). Units: 公里 → m; 万公里 ×1e7 m; 公斤 → "
    "0.001 t (250亿公斤 = 2.5e7 t); 亿元 → CNY. Judgement calls: the 已建成 list read as stocks "
    "at 1999-12-31 (span as alt); 新增公路通车里程 kept as written (verb in the metric, 增量 forms "
    "as alts, as wr_china_2005) and 其中高速公路 → 新增高速公路通车里程 (head restored); the bond "
    "figures keep 中国 as subject with the central budget as alts; “八七”扶贫攻坚计划 and 第二步"
    "战略目标 are programme names (negatives); 1997年 dates the conference (negative). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×4, 一些 ×2. Known false alarm of the shared "
    "check_gold.py: it reads a full-width decimal point ． as the end of the number (1．2万公里 "
    "→ 1, as in wr_china_2000).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
