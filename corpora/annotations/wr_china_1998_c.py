"""Gold annotations for wr_china_1998_c (1998年中华人民共和国国务院政府工作报告), held out
(corpora/heldout/), lines 22-33 of shared/texts/work_report/wr_china_1998.txt.

The excerpt corpora/heldout/wr_china_1998_c.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: the heading of part 二、关于1998年政府工作的建议
(the plan for 1998), its opening (1998年是…), the general requirements (今年工作的总体要求
是：…), task 第一，进一步稳定和加强农业 in full (grain and cotton output, water works,
township enterprises, the land-contract term) and the start of task 第二，国有企业改革要取得新
的突破 (the three-year goal, the six guidelines 一是…六是, key sectors, restructuring: write-off
provisions and the conversion of 拨改贷 into state capital).  Lines 3-7 and 8-11 (the review
of 1993-1997) are wr_china_1998 and wr_china_1998_b (no overlap).  The lines are fixed by the
brief (lines 22-33, 2,266 characters with the final newline).

This report writes its Arabic numerals with a space after every digit (1 9 9 8 年,
4 9 2 5 0 万吨, 4 0 0 亿元): the spans keep the source's spaces (README §1), as
wr_china_1998.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1998_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1998_c"
SOURCE_ID = "wr_china_1998"
PLACE = "中国"
REF = "1998-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 22, 33                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1998年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1998)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、关于1 9 9 8 年政府工作的建议",
                 ends="今年再转5 0 0 亿元。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SESSION_NOTE = "session label of the congress / meeting (SPEC §1 二十届三中全会), not a quantity"
SPACED = "the source writes a space after every digit; the spaces stay in the span (README §1)"

CN = ["我国", "全国", "中华人民共和国"]
fact = g.with_subject(PLACE, CN, modality="target")


# ---- periods (reference date 1998-03-05; 去年 = 1997, 今年 = 1998) ---------------------------
# The whole excerpt lies in part 二、关于1998年政府工作的建议 (its heading is line 1 of the
# excerpt): the government's proposals for 1998 → modality target (稳定在, 力争, 要, 增加到 of
# a plan).  Lines with 今年 before their numbers take it (explicit, 1998-01-01..1998-12-31, no
# alternative needed, as the targets of wr_china_2022_b): grain and cotton (line 5: 今年要继续
# 采取有效措施… governs the line) and the two fiscal figures of line 12 (今年核销…, 今年再转…).
# Lines 8 and 10 (the land-contract term, the three-year goal of SOE reform) state no period
# before their numbers: they take the section frame 1998 of the heading (period text
# 1 9 9 8 年), null as alt (SPEC §4; as wr_ningxia_2025_e).  The three-year goal (用三年左右的
# 时间, 1998-2000) keeps the frame, with the campaign's own span as a further alt (as
# 用三年时间 in wr_china_2007_b).
Y98T = "1 9 9 8 年"
T98 = P("今年", "1998-01-01", "1998-12-31")
FRAME = P(Y98T, "1998-01-01", "1998-12-31")
PLAN = dict(period=FRAME, period_alts=[null(Y98T)])
PLAN_NOTE = ("a task of the 1998 plan → target; the line states no period: section frame of "
             "the heading 二、关于1998年政府工作的建议 (1998), null as alt")
T_NOTE = "今年 (= 1998) earlier in the line governs; a plan of the year → target"

# ==== line 1 (source 22): heading of part 二 ====================================================
g.neg("二、关于1 9 9 8 年", "二、", MARKER_NOTE)
g.neg("二、关于1 9 9 8 年", Y98T, PERIOD_NOTE + " (section heading: the plan year 1998, the "
      "frame of the lines below that state no period; " + SPACED + ")")

# ==== line 2 (source 23): 1998年是…, no facts ===================================================
g.neg("1 9 9 8 年是全面贯彻", Y98T, PERIOD_NOTE + " (1998; no figure in its line)")
g.neg("中国共产党第十五次全国代表大会精神的第一年", "第十五次", SESSION_NOTE + " (15th Party "
      "Congress)")
g.neg("精神的第一年", "第一年", "ordinal 第一年 'the first year' (of carrying out the 15th "
      "Congress line) = 1998 itself, not a rank of a measured quantity")
g.neg("事业的重要一年", "一年", "'an important year' = 1998, not a duration fact (as "
      "wr_yunnan_2025 关键一年)")
g.neg("九届全国人大一次会议", "九届", SESSION_NOTE + " (the 9th NPC)")
g.neg("九届全国人大一次会议", "一次", SESSION_NOTE + " (1st session)")

# ==== line 3 (source 24): 今年工作的总体要求, no facts ===========================================
g.neg("全面贯彻中国共产党第十五次全国代表大会精神，加强", "第十五次", SESSION_NOTE + " (15th "
      "Party Congress)")

# ==== line 4 (source 25): 第一，进一步稳定和加强农业 ===============================================
g.neg("第一，进一步稳定", "第一", MARKER_NOTE + " (第一，… task one of the plan)")

# ==== line 5 (source 26): agriculture ==============================================================
g.neg("再有一个好收成", "一个", "indefinite article 一个 (一个好收成 'a good harvest'), not a "
      "count")
GRAIN = ["粮食产量", "粮食", "粮食总产"]
fact("粮食总产量稳定在4 9 2 5 0 万吨", "4 9 2 5 0 万吨", value=49250e4, unit="t",
     kind="amount", metric="粮食总产量", metric_alts=GRAIN, period=T98,
     note="稳定在 → eq; 49250万吨 = 4.925e8 t (the 1997 level, to be held in 1998); the "
          "1998 harvest → the year; " + T_NOTE + "; " + SPACED)
COTTON = ["棉花产量", "棉花", "棉花总产"]
fact("棉花总产量稳定在4 0 0 万吨", "4 0 0 万吨", value=400e4, unit="t", kind="amount",
     metric="棉花总产量", metric_alts=COTTON, period=T98,
     note="稳定在 → eq; 400万吨 = 4e6 t; the 1998 crop; " + T_NOTE)
g.neg("是今年的一件大事", "一件", "indefinite article 一件 (一件大事 'a major matter'), not a "
      "count")

# ==== line 6 (source 27): water works, no facts ====================================================
g.neg("继续搞好三峡工程", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity "
      "(as wr_china_1998)")
g.neg("必须十分重视", "十分", "adverb 十分 'very', not a quantity (as wr_china_1985_b)")

# ==== line 7 (source 28): township enterprises, no numerals =======================================

# ==== line 8 (source 29): land contracts ============================================================
LAND = ["土地承包期延长", "土地承包期再延长", "土地承包延长期限", "延长期限", "土地承包期",
        "土地承包期延长年限", "土地承包期再延长期限"]
fact("土地承包期再延长3 0 年", "3 0 年", value=30, unit="year", kind="amount",
     metric="土地承包期延长期限", metric_alts=LAND, **PLAN,
     note="duration written into a policy (the extension of rural land contracts by 30 "
          "years), a fact, unit year, kind amount, as 再延长30年 in wr_beijing_2025_b / "
          "wr_henan_2025_c — judgement call; 落实…政策 is a task of the 1998 plan → target; "
          + PLAN_NOTE + "; " + SPACED)

# ==== line 9 (source 30): 第二，国有企业改革 =========================================================
g.neg("第二，国有企业改革", "第二", MARKER_NOTE + " (第二，… task two of the plan)")

# ==== line 10 (source 31): SOE reform: the three-year goal and the six guidelines ================
fact("要用三年左右的时间", "三年", value=3, unit="year", kind="amount", bound="approx",
     metric="国有大中型亏损企业摆脱困境期限",
     metric_alts=["使大多数国有大中型亏损企业摆脱困境的时间", "国有大中型亏损企业摆脱困境时间",
                  "国有企业改革脱困期限", "国有企业脱困期限", "脱困期限", "脱困时间",
                  "国有企业改革期限", "国有企业改革时间"],
     period=FRAME,
     period_alts=[P("三年左右", "1998-01-01", "2000-12-31"), null(Y98T)],
     note="judgement call: the time limit of the goal set by the Centre (用三年左右的时间…使大多数"
          "国有大中型亏损企业摆脱困境) → a duration as a designed attribute of the plan, modality "
          "target (as 用三年时间 in wr_china_2007_b, 用三年的时间 in wr_china_1981); 左右 → approx "
          "(outside the span); the line states no period: the frame 1998 of the heading, the "
          "campaign's own span 1998-2000 and null as alts; the period reading of 三年 (a "
          "negative) is the alternative")
g.neg("基本任务，一是", "一是", MARKER_NOTE + " (一是 … 六是)")
g.neg("；二是实行分类指导", "二是", MARKER_NOTE)
g.neg("；三是按", "三是", MARKER_NOTE)
g.neg("按“三个有利于”", "三个有利于", LABEL_NOTE + " (“三个有利于”, Deng Xiaoping's three "
      "criteria), not a count")
g.neg("；四是把改革", "四是", MARKER_NOTE)
g.neg("；五是鼓励兼并", "五是", MARKER_NOTE)
g.neg("；六是推进", "六是", MARKER_NOTE)

# ==== line 11 (source 32): key sectors and enterprises, no facts ==================================
g.neg("防止简单拼凑", "简单", "lexicalized 简单 'simply' (单 as in 清单, as 榜单 in "
      "wr_yunnan_2025), not a quantity")

# ==== line 12 (source 33): restructuring ==========================================================
g.neg("关停一批产品", "一批", "quantifier 一批 (README §2)")
WRITE = ["核销银行呆帐坏帐准备金", "核销银行呆帐坏帐准备金的总额", "银行呆帐坏帐准备金核销总额",
         "呆帐坏帐准备金", "核销呆帐坏帐准备金总额", "核销银行呆账坏账准备金总额",
         "银行呆坏帐核销", "核销呆坏帐"]
fact("准备金的总额增加到4 0 0 亿元", "4 0 0 亿元", value=400e8, unit="CNY", kind="amount",
     metric="核销银行呆帐坏帐准备金总额", metric_alts=WRITE, subject_alts=CN + ["银行"],
     period=T98,
     note="增加到 names the level to be reached (the value itself, eq); the total of the "
          "year's write-off provisions (a flow of 1998; 今年 opens the clause) → target; "
          "400亿元 = 4e10 CNY; " + SPACED)
CAP = ["拨改贷和基本建设经营性基金转为国家资本金", "“拨改贷”转为国家资本金",
       "拨改贷转为国家资本金", "转为国家资本金", "转国家资本金", "国家资本金",
       "“拨改贷”和基本建设经营性基金转为国家资本金数额", "拨改贷转资本金"]
fact("今年再转5 0 0 亿元", "5 0 0 亿元", value=500e8, unit="CNY", kind="amount",
     metric="“拨改贷”和基本建设经营性基金转为国家资本金", metric_alts=CAP, period=T98,
     note="再转 'convert a further' → the amount of 拨改贷 loans and construction funds to be "
          "converted into state capital in 1998 (a flow of the year, not a change of a level); "
          "今年 → 1998; target; 500亿元 = 5e10 CNY")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the start "
    "of part 二、关于1998年政府工作的建议 — the plan for 1998 (its heading, the opening 1998年是…, "
    "the general requirements, task 第一 agriculture in full and the start of task 第二 SOE "
    "reform: the three-year goal, the six guidelines, key sectors, restructuring). The review "
    "of 1993-1997 (lines 3-11) is wr_china_1998 / wr_china_1998_b (no overlap). This report "
    "writes Arabic numerals with a space after every digit (1 9 9 8 年, 4 9 2 5 0 万吨): spans "
    "keep those spaces (README §1). Title: the corpus meta title (the source has no title "
    "line), title_in_text=False. Date: 1998-03-05, the shared meta date: the opening day of "
    "the 1st session of the 9th NPC, on which Premier Li Peng delivered the report (the "
    "Wikisource text has no dateline; 今年 = 1998 agrees). Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国; 银行 for the write-off provisions). Periods: 今年 (= 1998) "
    "governs grain, cotton and the two fiscal figures (explicit, no alternative); the land "
    "term (line 8) and the three-year goal (line 10) state no period → the section frame 1998 "
    "of the heading (period text 1 9 9 8 年, null as alt; for the goal also its span "
    "1998-2000). Modality: target throughout (a plan). Units: 万吨 1e4 t; 亿元 1e8; 年 → year. "
    "Judgement calls: 再延长30年 → a duration fact of the policy (as wr_beijing_2025_b); "
    "用三年左右的时间 → a duration fact 3 year approx, target (as wr_china_2007_b; a period "
    "negative is the alternative); 增加到400亿元 → eq level of the year's write-offs; 再转500亿元 "
    "→ a flow of the year (not a 增量); 第一年 / 一年 (of 1998) → negatives; 三个有利于 a label. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×2, 一些. The shared check_gold.py reads only the first "
    "digit of a spaced span ('4 9 2 5 0 万吨' reads 4) and looks for a source named after the "
    "doc_id: known false alarms, as for wr_china_1998; czfacts check-gold accepts the files.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
