"""Gold annotations for wr_china_1997_c (1997年中华人民共和国国务院政府工作报告), held out
(corpora/heldout/), lines 38-48 of shared/texts/work_report/wr_china_1997.txt.

The excerpt corpora/heldout/wr_china_1997_c.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is fixed by the brief (a run of
whole lines starting mid-section, as unseen test excerpts are cut).  It lies in the part of
the report that sets the tasks of 1997 (sections 二-七; the review of 1996 is section 一):
the body of section 三、在国有企业改革方面迈出更大的步伐 (heading: source line 31, outside the
excerpt) — the six measures 第一…第六 (large enterprises and enterprise groups: the 1000 key
firms, bank support 300 → 511, group pilots 57 → 120; small enterprises: 24万多户; bankruptcy
and mergers: pilot cities 58 → 110; capital and debt: the 拨改贷 conversion, 一是…五是;
management; loss-making enterprises), social security (the 50多个城市 medical-insurance
pilots), the other reforms (the three state holding companies), the paragraph on the mixed
ownership economy, and the heading of section 四、积极发展科技教育文化和各项社会事业 with its
opening paragraph (no figure).  wr_china_1997 (lines 58-64) and wr_china_1997_b (lines 3-8)
do not overlap.

This report writes its Arabic numerals in full-width digits (１０００户, ２４万多户,
５０多个); the spans keep them as written (README §1).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_1997_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1997_c"
SOURCE_ID = "wr_china_1997"
PLACE = "中国"
REF = "1997-03-01"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 38, 48                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1997年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1997)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="第一，集中力量抓好国有大型企业和企业集团。",
                 ends="使这些工作取得新的进展。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
DATE_NOTE = "date (a period expression, README §2), not a quantity"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
ARTICLE_NOTE = "indefinite article {} ({}), not a count"
FW = "full-width digits kept in the span as written (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
fact = g.with_subject(PLACE, CN, modality="target")


# ---- periods (reference date 1997-03-01; 去年 = 1996, 今年 = 1997) ---------------------------
# The whole excerpt lies in the tasks part of the report (sections 二-七 set out the work of
# 1997; section 三 on SOE reform has its heading at source line 31, and its opening line 32
# says 国有企业改革是今年经济体制改革的重点).  Lines that state no period before a number take
# the section frame of the plan year 1997 (period text 今年, the excerpt's own word for the
# plan year — no heading with a year lies in the excerpt; only dates are scored; as
# wr_china_1998_d), null as alt.  Line 1 (source 38): the 1000 key firms precede any period
# (frame); 去年 governs the 300 supported last year (actual; the firms under bank support, a
# programme's scope → instant 1996-12-31, the year and null as alts); 今年 then governs the
# rest of the line: 扩大到511户 and 扩大到120户 are levels to be reached (the scope of a
# programme after the change, a stock, as 扩大到 in wr_anhui_2025_c) → the instant 1997-12-31,
# the year and null as alts (PLAN_END of wr_china_1998_d); 国家已经组织了57户 is the existing
# level before the plan's expansion (actual) → the instant 1996-12-31 with the reference date,
# the start of 1997, the year and null as alts (the FROM reading of the 从40个减少到29个 pair
# in wr_china_1998_d).  Line 3 (source 40): 这几年 (no numeral) governs 58个城市 → null..the
# reference date (as 近年来 in README §5), with null..null and the reference-date instant (the
# stock reading of 先后在58个城市进行了试点) as alts; 今年 then governs 扩大到110个 (PLAN_END).
# Line 2 (source 39): 全国有24万多户 is a present stock stated in the plan (actual), the frame
# 1997 with null, the reference date and 1996-12-31 as alts (as 我区有20个对外开放口岸 in
# wr_neimenggu_2025_e).  Line 7 (source 44): the 50多个 medical-insurance pilot cities, and
# line 8 (source 45): the 三个 state holding companies of the pilot, take the frame (target,
# tasks of the year).
Y97T = "今年"
FRAME = P(Y97T, "1997-01-01", "1997-12-31")
FRAME_END = P(Y97T, "1997-12-31", "1997-12-31")
PLAN = dict(period=FRAME, period_alts=[null(Y97T)])
PLAN_END = dict(period=FRAME_END, period_alts=[FRAME, null(Y97T)])
FROM = dict(period=P(Y97T, "1996-12-31", "1996-12-31"),
            period_alts=[P(Y97T, REF, REF), P(Y97T, "1997-01-01", "1997-01-01"), FRAME,
                         null(Y97T)],
            modality="actual")
NOWSTOCK = dict(period=FRAME, period_alts=[null(Y97T), P(Y97T, REF, REF),
                                           P(Y97T, "1996-12-31", "1996-12-31")],
                modality="actual")
LY = P("去年", "1996-01-01", "1996-12-31")
LY_END = P("去年", "1996-12-31", "1996-12-31")
PLAN_NOTE = ("a task of the 1997 plan → target; the line states no period before it: section "
             "frame of the plan year 1997 (period text 今年), null as alt")
END_NOTE = ("扩大到 N: the scope of the programme to be reached in 1997 (a level, stock rule) → "
            "target, the instant 1997-12-31 under 今年 (earlier in the line), the year and null "
            "as alts (as PLAN_END of wr_china_1998_d)")
FROM_NOTE = ("the existing level before the plan's expansion (already organised) → actual; the "
             "instant before the plan year 1996-12-31, with the reference date, the start of "
             "1997, the year and null as alts (the start of a pair, as 从40个 in "
             "wr_china_1998_d) — judgement call: the mechanical inheritance of 今年 (the year) "
             "is among the alts")

# ==== line 1 (source 38): 第一，large enterprises and enterprise groups =========================
g.neg("第一，集中力量", "第一", MARKER_NOTE + " (第一，… measure one of SOE reform)")
KEY = ["国有大型企业", "重点国有大型企业", "重点企业", "集中力量抓好的国有大型企业",
       "国家重点抓好的国有大型企业", "抓好国有大型企业", "国有大型企业数量", "重点国有企业"]
g.neg("国家决定首先集中", "首先", "adverb 首先 'first of all', not a rank or quantity (as "
      "wr_china_1982)")
fact("集中力量抓好１０００户", "１０００户", value=1000, unit="count", kind="count",
     classifier="户", metric="重点抓好的国有大型企业", metric_alts=KEY, **PLAN,
     note="the set of large state enterprises the state has decided to concentrate on (the "
          "1000 key firms of 抓大放小) — the scope of a task → target (judgement call: the "
          "decision already taken makes actual the alternative reading); 户 counts firms; "
          + PLAN_NOTE + "; " + FW)
BANK = ["银行提供资金支持的企业", "获得银行资金支持的企业", "银行资金支持企业",
        "银行提供资金支持的国有大型企业", "银行提供资金支持的重点企业", "银行资金支持的重点企业",
        "由银行提供资金支持的企业", "获银行资金支持的国有大型企业", "银行资金支持企业数量"]
fact("其中近３００户由银行", "３００户", value=300, unit="count", kind="count",
     classifier="户", bound="approx", metric="银行提供资金支持的重点企业", metric_alts=BANK,
     period=LY_END, period_alts=[LY, null("去年")], modality="actual",
     note="近 → approx (outside the span); 其中 = of the 1000 key firms; firms already under "
          "bank support (去年已经…, actual) — the programme's scope at the end of 1996 (stock "
          "rule: instant 1996-12-31), the year 1996 and null as alts; " + FW)
fact("今年要扩大到５１１户", "５１１户", value=511, unit="count", kind="count",
     classifier="户", metric="银行提供资金支持的重点企业", metric_alts=BANK, **PLAN_END,
     note="the bank-support scheme extended to 511 of the key firms (今年要 → target); "
          + END_NOTE + "; " + FW)
GROUP = ["企业集团试点", "试点企业集团数量", "大型企业集团试点", "企业集团", "组织企业集团试点",
         "企业集团试点数量", "国家试点企业集团"]
fact("组织了５７户企业集团试点", "５７户", value=57, unit="count", kind="count",
     classifier="户", metric="试点企业集团", metric_alts=GROUP, **FROM,
     note="国家已经组织了57户企业集团试点: the enterprise groups in the state pilot so far; "
          + FROM_NOTE + "; " + FW)
fact("今年要扩大到１２０户", "１２０户", value=120, unit="count", kind="count",
     classifier="户", metric="试点企业集团", metric_alts=GROUP, **PLAN_END,
     note="the pilot extended to 120 enterprise groups (今年要 → target); " + END_NOTE + "; "
          + FW)

# ==== line 2 (source 39): 第二，small enterprises =============================================
g.neg("第二，进一步放活", "第二", MARKER_NOTE)
SMALL = ["国有小企业数量", "国有小企业总数", "全国国有小企业"]
fact("全国有２４万多户国有小企业", "２４万多户", value=24e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="国有小企业", metric_alts=SMALL, **NOWSTOCK,
     note="多 inside the span → gt; 24万多户 = 2.4e5 firms; 全国有 N: a present stock stated as "
          "a fact in the plan → actual; the line states no period: the frame 1997 (as "
          "wr_neimenggu_2025_e 我区有20个对外开放口岸), null, the reference-date instant and "
          "1996-12-31 as alts; " + FW)
g.neg("使一大批国有小企业", "一大批", "vague quantifier 一大批 'a large batch of' (SPEC §1), "
      "not a quantity")
g.neg("也保留一定公有股权", "一定", "vague quantifier 一定 'a certain (share of)', not a "
      "quantity (as wr_china_1997 一定成效)")

# ==== line 3 (source 40): 第三，bankruptcy, mergers, re-employment ===========================
g.neg("第三，规范破产", "第三", MARKER_NOTE)
CITY = ["企业优化资本结构试点城市", "优化资本结构试点城市", "试点城市数量",
        "企业优化资本结构的试点城市", "优化资本结构试点城市数量", "试点城市"]
fact("国家先后在５８个城市", "５８个", value=58, unit="count", kind="count", classifier="个",
     metric="企业优化资本结构试点城市", metric_alts=CITY,
     period=P("这几年", None, REF),
     period_alts=[null("这几年"), P("这几年", REF, REF),
                  P("这几年", "1996-12-31", "1996-12-31")],
     modality="actual",
     note="the cities where the state has run the capital-structure pilot over 这几年 (先后, "
          "actual): 这几年 → null..the reference date (as 近年来 in README §5), null..null, "
          "the reference-date instant (the stock reading of the cumulative set) and the end "
          "of 1996 as alts; counted noun 城市, the pilot in the metric; " + FW)
fact("今年试点城市扩大到１１０个", "１１０个", value=110, unit="count", kind="count",
     classifier="个", metric="企业优化资本结构试点城市", metric_alts=CITY, **PLAN_END,
     note="试点城市扩大到110个 (今年 at the head of the clause) → target; " + END_NOTE + "; "
          + FW)
g.neg("各拿一点", "一点", "vague quantifier 一点 'a little' (各拿一点 'each chips in a bit'), "
      "not a quantity")

# ==== line 4 (source 41): 第四，capital and debt ==============================================
g.neg("第四，多渠道", "第四", MARKER_NOTE)
g.neg("活力的一个重要因素", "一个", ARTICLE_NOTE.format("一个", "一个重要因素 'an important "
      "factor'"))
g.neg("采取一系列政策措施", "一系列", "quantifier 一系列 'a series of' (README §2), not a "
      "quantity")
g.neg("一是把“拨改贷”", "一是", MARKER_NOTE + " (一是 … 五是)")
g.neg("军工四个行业", "四个", "appositive 四个 restating the four industries just named "
      "(煤炭、水利、水电、军工), not a quantity claim (as 三地 in nw_cctv_20240226_jjj_trade_2024)")
g.neg("二是１９８９年以后", "二是", MARKER_NOTE)
g.neg("二是１９８９年以后", "１９８９年", DATE_NOTE + " (１９８９年以后 delimits the funds whose "
      "debts are converted; no number follows; " + FW + ")")
g.neg("三是选择一些", "三是", MARKER_NOTE)
g.neg("四是有条件的地方", "四是", MARKER_NOTE)
g.neg("五是鼓励企业", "五是", MARKER_NOTE)

# ==== line 5 (source 42): 第五，management ===================================================
g.neg("第五，切实加强", "第五", MARKER_NOTE)
g.neg("必须有一个好的领导班子", "一个", ARTICLE_NOTE.format("一个", "一个好的领导班子 'a good "
      "leadership team'"))

# ==== line 6 (source 43): 第六，loss-making enterprises =====================================
g.neg("第六，认真抓好", "第六", MARKER_NOTE)
g.neg("各行各业都有一批", "一批", VAGUE_NOTE)

# ==== line 7 (source 44): social security ==================================================
MED = ["医疗保障制度改革试点城市", "医疗保障制度改革试点", "医疗保障制度改革试点城市数量",
       "试点城市", "职工医疗保障制度改革试点城市", "医疗保险制度改革试点城市"]
fact("重点抓好５０多个城市", "５０多个", value=50, unit="count", kind="count",
     classifier="个", bound="gt", metric="医疗保障制度改革试点城市", metric_alts=MED, **PLAN,
     note="多 inside the span → gt; the cities of the medical-insurance reform pilot the task "
          "concentrates on (重点抓好…的试点工作) → target (judgement call: the pilot cities "
          "already chosen make actual the alternative reading); " + PLAN_NOTE + "; " + FW)

# ==== line 8 (source 45): other reforms ====================================================
HOLD = ["国家控股公司试点", "试点国家控股公司", "国家控股公司数量", "国家控股公司试点数量",
        "航空、石油化工、有色金属国家控股公司", "控股公司试点"]
fact("有色金属三个国家控股公司", "三个", value=3, unit="count", kind="count", classifier="个",
     metric="国家控股公司", metric_alts=HOLD, **PLAN,
     note="judgement call: 搞好航空、石油化工、有色金属三个国家控股公司的试点 — the number of state "
          "holding companies in the pilot, a count of a programme's units (as the counts after "
          "their list in wr_gansu_2025_c / wr_henan_2025_c); the appositive reading (a "
          "negative, as 四个行业 in line 4 and wr_jilin_2025_b 3个省实验室) is the alternative; "
          "a task of the plan → target; " + PLAN_NOTE)

# ==== line 9 (source 46): 各位代表！ mixed ownership (no numerals) ==========================

# ==== line 10 (source 47): heading of section 四 =============================================
g.neg("四、积极发展科技", "四、", MARKER_NOTE)

# ==== line 11 (source 48): opening of section 四 (no facts) ==================================
g.neg("两手抓、两手都要硬", "两手抓、两手都要硬", "slogan 两手抓、两手都要硬 (Deng Xiaoping's "
      "'grasp with both hands, both hands firm'), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the tasks for "
    "1997 (sections 二-七 of the report; the review of 1996 is section 一): the body of section "
    "三、在国有企业改革方面迈出更大的步伐 (heading at source line 31, outside) — measures 第一…第六 "
    "(the 1000 key firms, bank support 近300 → 511, enterprise-group pilots 57 → 120, 24万多户 "
    "small SOEs, capital-structure pilot cities 58 → 110, the 拨改贷 conversion 一是…五是, "
    "management, loss-making firms), social security (50多个 pilot cities), the other reforms, "
    "the mixed-ownership paragraph, and the heading and opening of section 四 (no figure). "
    "wr_china_1997 (58-64) and wr_china_1997_b (3-8) do not overlap. The report writes "
    "full-width digits (１０００户, ２４万多户); spans keep them as written. Title: the corpus "
    "meta title (the source has no title line), title_in_text=False. Date: 1997-03-01, the "
    "shared meta date: the opening day of the 5th session of the 8th NPC, on which Premier Li "
    "Peng delivered the report (the Wikisource text has no dateline; 去年 = 1996, 今年 = 1997 "
    "agree), as wr_china_1997 / wr_china_1997_b. Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国). Periods: lines with no period before a number take the frame of the plan "
    "year 1997 (period text 今年, null as alt); 去年 → 1996 (the 300 firms under bank support: "
    "stock, instant 1996-12-31, year and null as alts); 今年…扩大到 (511户, 120户, 110个) → "
    "levels to be reached, instant 1997-12-31, the year and null as alts; 已经组织了57户 → the "
    "existing level, instant 1996-12-31 with the reference date, 1997-01-01, the year and null "
    "as alts; 这几年…58个城市 → null..1997-03-01 (as 近年来, README §5), null and the "
    "reference-date instant as alts; 全国有24万多户 → a present stock, frame 1997 with null, "
    "the reference date and 1996-12-31 as alts. Modality: target for the tasks (1000户, 511户, "
    "120户, 110个, 50多个, 三个 holding companies); actual for the existing levels (近300户, 57户, 24万多户, 58个). Bounds: "
    "近 → approx; 多 inside the span → gt; the rest eq. Judgement calls: 1000户 and 50多个城市 "
    "(scopes of tasks already decided) → target; 扩大到 N → stocks to be reached (instant at "
    "year end); 57户/58个 → actual starts of expansions; 四个行业 → "
    "appositive negative (the four industries just named), while 三个国家控股公司 (the pilot's "
    "companies) is a count with the appositive reading as the alternative; 两手抓、两手都要硬 → one slogan negative; 一定 (公有股权), 一点 (各拿"
    "一点) → vague quantifiers. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 一些 ×4, 统一, 个别. The shared check_gold.py looks for a "
    "source named after the doc_id (a known false alarm, as for wr_china_1998_c); czfacts "
    "check-gold accepts the files.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
