"""Gold annotations for wr_china_2005_b (2005年中华人民共和国国务院政府工作报告, the plan for
2005: the note on the growth target, the three priorities, macro-control and the opening of
the 三农 tasks), lines 53-66 of shared/texts/work_report/wr_china_2005.txt.

The excerpt corpora/wr_china_2005_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in the plan part of the report: the last
two paragraphs of part 二、2005年工作总体部署 (heading on source line 50 and the 主要预期目标 on
line 52 lie outside: the explanation of the 8% target, the three priorities 一是…三是), then
part 三、继续保持经济平稳较快发展 (heading inside the excerpt) with its opening line and task
（一） 宏观调控 in full (fiscal policy: 赤字 3000亿元, 长期建设国债 800亿元, 经常性建设投资 100
亿元; monetary policy; investment; consumption; prices) and task （二） 三农 up to its first
item 一是 (减免农业税: 592个县, 140亿元, 664亿元, 5年/3年, 150亿元).  The review of 2004
(lines 6-26) is wr_china_2005 (no overlap).  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2005_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2005_b"
SOURCE_ID = "wr_china_2005"
PLACE = "中国"
REF = "2005-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 53, 66                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2005年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2005)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="保持经济平稳较快发展，是政府工作必须把握好的重大问题。",
                 ends="这项政策对于这些地区的基层建设和农村各项事业发展具有重要作用。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
DISCOURSE_NOTE = ("discourse count of the points enumerated after it ({}), not a quantity "
                  "claim (as 以下六个方面 in wr_china_2016_b)")
ALL_NOTE = "pronoun 一切 'all', not a quantity (as wr_china_1982)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2005 / wr_china_2009_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2005-03-05; 去年/上年 = 2004, 今年 = 2005, 明年 = 2006) ----------
# The excerpt is the plan for 2005.  Line 1 (source 53) names 今年 before its number (中央提出
# 今年经济增长预期目标为8%左右): 今年 = 2005 governs it.  Line 7 (source 59) opens with
# 1998年以来 (the history of the active fiscal policy; it governs no number), then 今年要适当减少
# 财政赤字… replaces it before the budget figures: 今年 = 2005 governs 3000亿元 … 100亿元.
# Line 14 (source 66, task （二） 一是): 592个 comes before any period in its line → the
# section frame of part 三 (2005; the heading 三、继续保持经济平稳较快发展 has no year, so the
# period text is 今年 of the line heading its tasks, 今年经济发展要着重抓好以下四个方面工作
# (source 56), as wr_china_2005 uses 一年来 for the review), null as alt.  今年中央财政…140亿元
# / 664亿元 → 今年 (2005).  明年将在全国全部免征农业税 names 明年 (= 2006) and, read literally
# (SPEC §4), would govern the rest of the line; by the text's meaning:
#   - 原定5年取消农业税的目标 → the original five-year span; 3年就可以实现 with 明年 (2006) as
#     the year of full abolition puts its start in 2004 → 5年 = 2004-2008 (gold), 明年 (the
#     literal inheritance), the 2005 frame and null as alts;
#   - 3年就可以实现 → the three years end in 明年 (2006, gold: the governing period, as the
#     streaks of wr_yunnan_2025), the span 2004-2006 and null as alts;
#   - 中央财政还将安排150亿元 continues the 2005 central budget (还将, same subject as 今年中央
#     财政…140亿元) → 今年 = 2005 (gold), the literal 明年 (2006) and null as alts (the README
#     keeps a literal inheritance in period_alts) — judgement call.
T05 = P("今年", "2005-01-01", "2005-12-31")
T05_NULL = null("今年")
T_NOTE = "今年 (= 2005) stands before it in its line and governs it"
FRAME = dict(period=T05, period_alts=[T05_NULL])
FRAME_NOTE = ("no period before it in its line: section frame of part 三 (the plan year 2005, "
              "period text 今年 of source line 56, the line heading the tasks), null as alt")
NEXT = P("明年", "2006-01-01", "2006-12-31")

# ==== line 1 (source 53): the note on the 8% growth target ===========================================
GDP = ["国内生产总值", "GDP", "经济增长预期目标", "经济增速", "国内生产总值增长", "经济增长速度",
       "生产总值", "GDP增长"]
fact("经济增长预期目标为8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="经济增长", metric_alts=GDP, comparison="yoy", period=T05,
     note="the growth target restated in the explanation (its own mention → its own fact, SPEC "
          "§1; as 8%左右 in wr_china_2009_c); 预期目标 → target; 左右 → approx (outside the "
          "span); " + T_NOTE)

# ==== line 2 (source 54): the three priorities (no facts) =============================================
g.neg("要突出抓好三个方面", "三个", DISCOURSE_NOTE.format("一是…三是"))
for ctx, mark in (("一是着力搞好宏观调控", "一是"), ("二是着力推进改革开放", "二是"),
                  ("三是着力建设和谐社会", "三是")):
    g.neg(ctx, mark, MARKER_NOTE + " (N是 enumerating the priorities)")
g.neg("国内国际两个市场", "两个", LABEL_NOTE + " (slogan 两个市场、两种资源 'both markets, both "
      "kinds of resources', domestic and international), not a count")
g.neg("两个市场、两种资源", "两种", LABEL_NOTE + " (slogan 两个市场、两种资源), not a count")
g.neg("团结一切可以团结", "一切", ALL_NOTE)
g.neg("调动一切积极因素", "一切", ALL_NOTE)

# ==== line 3 (source 55): heading of part 三 =========================================================
g.neg("三、继续保持", "三、", MARKER_NOTE)

# ==== line 4 (source 56): 今年经济发展要着重抓好以下四个方面工作 ========================================
g.neg("以下四个方面工作", "四个", DISCOURSE_NOTE.format("the tasks （一）…（四）"))

# ==== line 5 (source 57): heading （一） ==============================================================
g.neg("（一）坚持加强", "（一）", MARKER_NOTE)

# ==== line 6 (source 58): no numeral ===================================================================

# ==== line 7 (source 59): 实施稳健的财政政策 ===========================================================
g.neg("1998年以来，为了应对", "1998年以来", PERIOD_NOTE + " (since 1998, the span of the active "
      "fiscal policy; governs no number: 今年 replaces it before the budget figures)")
g.neg("这一政策是正确的", "这一", "demonstrative 这一 'this', not a quantity (as wr_china_1981)")
gov("拟安排中央财政赤字3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字", "赤字"],
    period=T05,
    note="拟安排 → target; the central deficit budgeted for 2005; " + T_NOTE + "; " + GOV_NOTE)
gov("比上年预算减少198亿元", "198亿元", value=-198e8, unit="CNY", kind="amount",
    metric="中央财政赤字增量",
    metric_alts=["中央财政赤字", "中央赤字增量", "财政赤字增量", "中央财政赤字减少",
                 "中央财政赤字比上年预算减少", "中央财政赤字规模增量"],
    period=T05,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); the basis "
         "比上年预算 (the 2004 budget) is no comparison of an amount fact (as wr_china_2011_b); "
         "target; " + T_NOTE)
BOND = ["长期建设国债发行规模", "发行长期建设国债", "长期建设国债发行", "长期建设国债规模",
        "建设国债", "国债", "长期建设国债发行额"]
gov("拟发行长期建设国债800亿元", "800亿元", value=800e8, unit="CNY", kind="amount",
    metric="长期建设国债", metric_alts=BOND, period=T05,
    note="拟发行 → target; the long-term construction bonds to be issued in 2005; " + T_NOTE
         + "; " + GOV_NOTE)
gov("800亿元，比上年减少300亿元", "300亿元", value=-300e8, unit="CNY", kind="amount",
    metric="长期建设国债增量",
    metric_alts=["长期建设国债", "长期建设国债发行规模增量", "长期建设国债减少", "建设国债增量",
                 "国债增量", "长期建设国债比上年减少", "长期建设国债发行增量"],
    period=T05,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 比上年 is "
         "no comparison of an amount fact; target; " + T_NOTE)
gov("增加中央预算内经常性建设投资100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
    metric="中央预算内经常性建设投资增量",
    metric_alts=["中央预算内经常性建设投资", "增加中央预算内经常性建设投资", "预算内经常性建设投资增量",
                 "中央预算内经常性建设投资增加", "经常性建设投资增量", "中央预算内建设投资增量",
                 "中央预算内经常性建设投资增加额"],
    period=T05,
    note="增加 N of an existing budget line: absolute change of a level (增加 → positive, "
         "metric <level>增量, SPEC §2), the noun as alt; target (the 2005 budget); " + T_NOTE)
g.neg("继续发行一定规模", "一定", "adjective 一定 'a certain (scale)', not a quantity (as "
      "wr_china_2009_c)")
g.neg("加大对“三农”、社会发展", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
g.neg("还有一部分在建项目", "一部分", "vague quantifier 一部分 'a part of', not a quantity (as "
      "wr_china_1980)")

# ==== line 8 (source 60): 继续实行稳健的货币政策 — no numeral ==========================================

# ==== line 9 (source 61): 控制固定资产投资规模 (no facts) =============================================
g.neg("信贷投放两个闸门", "两个", "两个闸门 'the two gates' (土地审批 and 信贷投放, just named), "
      "a metaphor restating them, not a count claim (as 两个方面 in wr_china_1986_b)")

# ==== lines 10-11 (source 62-63): consumption, prices — no numeral ===================================

# ==== line 12 (source 64): heading （二） =============================================================
g.neg("（二）进一步加强", "（二）", MARKER_NOTE)
g.neg("加强“三农”工作", "三农", LABEL_NOTE + " (“三农”)")

# ==== line 13 (source 65): no numeral (重中之重) =========================================================

# ==== line 14 (source 66): 一是 减免农业税 ==============================================================
g.neg("一是稳定、完善", "一是", MARKER_NOTE + " (N是 enumerating the 三农 measures)")
fact("592个国家扶贫开发工作重点县", "592个", value=592, unit="count", kind="count",
     classifier="个", metric="免征农业税的国家扶贫开发工作重点县",
     metric_alts=["国家扶贫开发工作重点县", "国家扶贫开发工作重点县数量", "免征农业税县",
                  "免征农业税的县", "扶贫开发工作重点县", "国家扶贫开发工作重点县免征农业税"],
     **FRAME,
     note="judgement call: the counties to be exempted from agricultural tax in 2005 (the scope "
          "of a measure of the plan) → target; the size of the existing list of key poverty "
          "counties (actual) is the alternative reading; " + FRAME_NOTE)
gov("今年中央财政为此新增支出140亿元", "140亿元", value=140e8, unit="CNY", kind="amount",
    metric="中央财政新增支出",
    metric_alts=["新增支出", "中央财政为此新增支出", "减免农业税新增支出", "减免农（牧）业税新增支出",
                 "中央财政减免农业税新增支出", "中央财政支出增量", "减免农业税支出增量"],
    period=T05,
    note="new central spending in 2005 to make up for the tax cuts (为此 = 因减免农（牧）业税而"
         "减少的财政收入); 新增 of new money: the noun kept, the 增量 reading as alt (as "
         "wr_china_2009_c 中央政府新增投资); budget → target; " + T_NOTE + "; " + GOV_NOTE)
gov("支出总额将达到664亿元", "664亿元", value=664e8, unit="CNY", kind="amount",
    metric="减免农业税支出总额",
    metric_alts=["支出总额", "用于这方面的支出总额", "减免农（牧）业税支出总额", "减免农业税支出",
                 "中央财政减免农业税支出", "中央财政用于减免农业税的支出总额", "中央财政支出总额",
                 "减免农（牧）业税转移支付"],
    period=T05,
    note="将达到 → eq; the total central spending of 2005 on the tax cuts (这方面 = 减免农（牧）"
         "业税, head restored); part of the 2005 budget → target; " + T_NOTE + "; " + GOV_NOTE)
fact("原定5年取消农业税", "5年", value=5, unit="year", kind="amount",
     metric="取消农业税目标期限",
     metric_alts=["取消农业税期限", "取消农业税所需时间", "取消农业税时间", "原定取消农业税期限",
                  "取消农业税目标", "取消农业税的目标", "取消农业税"],
     period=P("5年", "2004-01-01", "2008-12-31"),
     period_alts=[NEXT, T05, null("5年")],
     note="judgement call: the length of the original goal (原定…目标) to abolish agricultural "
          "tax, a duration (unit year) → target; its span: 3年 ending 明年 (2006) puts the start "
          "in 2004, so 2004-2008 (gold); 明年 (the literal inheritance, SPEC §4), the 2005 frame "
          "and null as alts")
fact("3年就可以实现", "3年", value=3, unit="year", kind="amount",
     metric="取消农业税所需时间",
     metric_alts=["取消农业税实际用时", "实现取消农业税目标时间", "取消农业税期限",
                  "取消农业税时间", "实现取消农业税目标所需时间", "取消农业税目标期限", "取消农业税"],
     modality="forecast", period=NEXT,
     period_alts=[P("3年", "2004-01-01", "2006-12-31"), null("3年")],
     note="judgement call: the time in which the goal will now be reached, a duration (unit "
          "year); 就可以实现 'can be achieved' → forecast (a consequence of the plan; target is "
          "the alternative); 明年 (2006, the year of full abolition) governs and ends the span "
          "(as the streaks of wr_yunnan_2025), the span 2004-2006 and null as alts")
gov("中央财政还将安排150亿元", "150亿元", value=150e8, unit="CNY", kind="amount",
    metric="产粮大县和财政困难县转移支付",
    metric_alts=["对产粮大县和财政困难县的转移支付", "增加对产粮大县和财政困难县的转移支付",
                 "产粮大县和财政困难县转移支付增量", "转移支付", "转移支付增量", "中央财政安排资金",
                 "安排资金", "中央财政转移支付"],
    period=T05, period_alts=[NEXT, T05_NULL],
    note="还将安排 → target; money to raise the transfers to grain-producing and fiscally weak "
         "counties (the noun kept, the 增量 reading as alt); judgement call on the period: it "
         "continues the 2005 central budget (还将, same subject as 今年中央财政…140亿元) → 今年 "
         "(2005); 明年 of the sentence before, read literally (SPEC §4), gives 2006 (alt); "
         + GOV_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the plan for 2005 — the last "
    "two paragraphs of part 二、2005年工作总体部署 (its heading, source line 50, and the 主要预期"
    "目标, line 52, lie outside: the explanation of the 8% growth target and the three "
    "priorities 一是…三是), then part 三、继续保持经济平稳较快发展 (heading inside the excerpt): "
    "its opening line, task （一） 坚持加强和改善宏观调控 in full (fiscal policy: deficit, "
    "long-term construction bonds, recurrent construction investment; monetary policy; "
    "investment; consumption; prices) and task （二） 进一步加强“三农”工作 up to its first "
    "measure 一是 (减免农业税). The review of 2004 is wr_china_2005 (lines 6-26). Title: the "
    "corpus meta title (the source has no title line), title_in_text=False. Date: 2005-03-05, "
    "the corpus meta date: the opening day of the 3rd session of the 10th NPC, on which the "
    "Premier delivered the report (the Wikisource text has no dateline); nothing in the excerpt "
    "contradicts it (今年 = 2005 is the plan year; 上年 = 2004; 明年 = 2006). Place: national "
    "report → 中国 (alts 我国/全国/中华人民共和国); central budget figures keep 中国 with 中央财政/"
    "中央政府/国务院 as alts. Periods: 今年 governs source lines 53 (8%), 59 (the budget "
    "figures; 1998年以来 before them governs no number) and 66 from 140亿元 on; 592个 precedes "
    "any period in its line → the section frame 2005 (period text 今年 of source line 56, null "
    "as alt); 明年 (2006) in line 66: 3年 → 2006 (span 2004-2006 as alt), 5年 → its own span "
    "2004-2008 (明年, 2005 and null as alts), 150亿元 → 2005 by meaning (明年 literal as alt). "
    "Modality: target for the plan's figures (预期目标, 拟安排, 拟发行, 增加, 免征, 新增支出, 将"
    "达到, 原定…目标, 还将安排); forecast for 3年就可以实现. Comparisons: yoy for the growth "
    "target; absolute changes 比上年预算减少198亿元 / 比上年减少300亿元 / 增加…100亿元 → <level>增量 "
    "(comparison null). Bounds: 左右 → approx; the rest eq. Judgement calls: 592个 → target "
    "count of the counties exempted (actual size of the list the alternative); 5年 / 3年 → "
    "durations (facts), 3年 forecast; the period of 150亿元 (2005 by meaning, not the literal "
    "明年); 两个市场、两种资源, 两个闸门, 三个方面, 四个方面 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×4, 一般(性支出).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
