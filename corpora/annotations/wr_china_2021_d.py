"""Gold annotations for wr_china_2021_d (held-out: corpora/heldout/), 2021年中华人民共和国国务院
政府工作报告: the 2021 tasks of item （一） (fiscal policy, tax cuts, monetary policy, jobs) and of
item （二） (government functions, business costs, ownership) of part 三, lines 38-45 of
shared/texts/work_report/wr_china_2021.txt.

The excerpt corpora/heldout/wr_china_2021_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in part 三、2021年重点工作 (heading on
source line 32, outside the excerpt): the four paragraphs of item （一）保持宏观政策连续性稳定性
可持续性 (heading on source line 37, outside: 赤字率 3.2%左右, 一般性转移支付 +7.8%, 均超过10%,
直达资金 2.8万亿元; 增值税起征点 10万元 → 15万元, 所得税 减半; 普惠小微企业贷款 +30%以上; 就业),
the heading of item （二）深入推进重点领域改革 and its first three paragraphs (政府职能; 宽带和专线
资费 −10%, 民航发展基金 −20%; 所有制): the plan for 2021.  wr_china_2021 (23-34), wr_china_2021_b
(2-13) and wr_china_2021_c (48-58) hold other parts (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_2021_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2021_d"
SOURCE_ID = "wr_china_2021"
PLACE = "中国"
REF = "2021-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 38, 45                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2021年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2021)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="积极的财政政策要提质增效、更可持续。",
                 ends="坚决维护公平竞争市场环境。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or tax policy: subject the document's place "
            "中国, 中央政府/国务院/中央财政 as alts (as wr_china_2021_c / wr_china_2019_d)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2021-03-05; 今年 = 2021, 去年 = 2020) ---------------------------
# The excerpt lies in part 三、2021年重点工作 (heading on source line 32, outside the excerpt):
# the plan for 2021 → modality target.  A line is a paragraph; a period governs the clauses
# after it in its line only (SPEC §4).
# - Line 1 (source 38) names 今年 (= 2021) before its first number (今年赤字率拟按…): it governs
#   the rest of that line (3.2%, 7.8%, 10%, 2.8万亿元; explicit, no null alt).  去年 there is a
#   comparison basis (比去年有所下调, 明显高于去年), not a period.
# - Every other number takes the section frame 2021-01-01..2021-12-31 (SPEC §4), with the
#   excerpt's own word for the plan year, 今年, as period text (as wr_china_2021_c), the null
#   reading in period_alts.  In line 3 (source 40) 今年 (今年务必做到…) comes after the 30% and
#   governs no number; lines 2, 7 name no period.
# - from/to pair (起征点从月销售额10万元提高到15万元, line 2): the start value is the threshold in
#   force before the 2021 change → actual, the instant at the start of the year (alts the end
#   of 2020, the year and null; as wr_china_2019_d FROM); the end value is the threshold to be
#   in force after it → target, the instant at the end of the frame (alts the year and null;
#   as wr_china_2019_d TO).
YT = "今年"
Y21 = P(YT, "2021-01-01", "2021-12-31")
Y21_NULL = null(YT)
Y21_END = P(YT, "2021-12-31", "2021-12-31")
PLAN = dict(period=Y21, period_alts=[Y21_NULL])
EXPL = dict(period=Y21)
FROM = dict(period=P(YT, "2021-01-01", "2021-01-01"),
            period_alts=[P(YT, "2020-12-31", "2020-12-31"), Y21, Y21_NULL], modality="actual")
TO = dict(period=Y21_END, period_alts=[Y21, Y21_NULL])
PLAN_NOTE = ("task for 2021 → target; no period before it in its line: section frame of part "
             "三、2021年重点工作 (outside the excerpt), period text 今年, null as alt")
EXPL_NOTE = "task for 2021 → target; 今年 (= 2021) earlier in its line governs (explicit)"

# ==== line 1 (source 38): 积极的财政政策 ============================================================
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("今年赤字率拟按3.2%左右安排", "3.2%", value=3.2, unit="%", kind="share", bound="approx",
    metric="赤字率", metric_alts=RATE, **EXPL,
    note="拟按…安排 → target; 左右 → approx (outside the span); the deficit over the year's GDP "
         "→ share (as wr_china_2012_c / wr_china_2015_b); 比去年有所下调 states no number; "
         + EXPL_NOTE + "; " + GOV_NOTE)
TRANSFER = ["对地方一般性转移支付", "一般性转移支付", "中央对地方一般性转移支付规模",
            "一般性转移支付规模", "对地方一般性转移支付规模"]
gov("对地方一般性转移支付增长7.8%", "7.8%", value=7.8, unit="%", kind="growth",
    metric="中央对地方一般性转移支付", metric_alts=TRANSFER,
    subject_alts=GOV + CN + ["中央本级", "中央"], comparison="yoy", **EXPL,
    note="the central government's general transfers to local governments in 2021 against "
         "2020 (yoy; 增幅明显高于去年 states no number); the clause continues 中央本级支出…, so "
         "the payer is the centre: head 中央 restored; " + EXPL_NOTE + "; " + GOV_NOTE)
EQ = ["均衡性转移支付", "县级基本财力保障机制奖补资金", "均衡性转移支付增幅",
      "县级基本财力保障机制奖补资金增幅", "均衡性转移支付、县级基本财力保障机制奖补资金增幅",
      "均衡性转移支付和县级基本财力保障机制奖补资金"]
gov("等增幅均超过10%", "10%", value=10, unit="%", kind="growth", bound="gt",
    metric="均衡性转移支付、县级基本财力保障机制奖补资金", metric_alts=EQ, comparison="yoy",
    **EXPL,
    note="均超过: one mention that holds for each of the named items (其中 = parts of the "
         "general transfers) → one fact, each item as metric alt (as 运营里程均超过10万公里 in "
         "wr_china_2014, 均超过两位数 in nw_sina_20220812_fujian_2022h1) — judgement call (two "
         "facts is the alternative); 超过 → gt (outside the span); 增幅 = growth, yoy; "
         + EXPL_NOTE + "; " + GOV_NOTE)
DIRECT = ["直达资金", "中央财政直达资金", "纳入直达机制中央财政资金", "中央财政资金",
          "直达机制资金", "直达资金规模", "纳入直达机制的资金"]
gov("将2.8万亿元中央财政资金", "2.8万亿元", value=2.8e12, unit="CNY", kind="amount",
    metric="纳入直达机制的中央财政资金", metric_alts=DIRECT, **EXPL,
    note="the central funds to be channelled through the direct-transfer mechanism in 2021 "
         "(将…纳入 → target; 规模明显大于去年 states no number); 万亿元 = 1e12; " + EXPL_NOTE
         + "; " + GOV_NOTE)

# ==== line 2 (source 39): 优化和落实减税政策 ========================================================
g.neg("需要再帮一把", "一把", "idiom 帮一把 'lend a hand', not a quantity")
VATT = ["增值税起征点", "起征点", "小规模纳税人增值税起征点月销售额", "小规模纳税人起征点",
        "增值税起征点月销售额"]
gov("从月销售额10万元", "10万元", value=10e4, unit="CNY", kind="amount",
    metric="小规模纳税人增值税起征点", metric_alts=VATT, **FROM,
    note="start value of a from/to pair (起征点从…提高到…): the monthly-sales threshold in "
         "force before the 2021 change → actual, the instant 2021-01-01 (as wr_china_2019_d "
         "FROM), alts the end of 2020, the year and null; 月销售额 (per month) is part of the "
         "indicator, not a period; 万元 ×1e4; " + GOV_NOTE)
gov("提高到15万元", "15万元", value=15e4, unit="CNY", kind="amount",
    metric="小规模纳税人增值税起征点", metric_alts=VATT, **TO,
    note="end value of the pair: the threshold to be in force after the 2021 change → target, "
         "the instant at the end of the frame (stock rule), the year and null as alts (as "
         "wr_china_2019_d TO); " + GOV_NOTE)
g.neg("年应纳税所得额不到100万元的部分", "100万元", "threshold defining the taxable income the "
      "half-rate applies to (年应纳税所得额不到100万元的部分, SPEC §2: a threshold that defines the "
      "set is part of the metric, not a fact of its own) — judgement call; an amount fact "
      "(bound lt) is the alternative reading")
g.neg("再减半征收所得税", "减半", "policy measure 减半征收 (tax levied at half rate): a policy "
      "description, not a reported quantity (as wr_china_2010) — judgement call; a growth −50% "
      "of the tax would be defensible")

# ==== line 3 (source 40): 稳健的货币政策 ============================================================
g.neg("持续增加首贷户", "首贷", "首贷(户) 'first-time borrowers', a loan type, not a rank or count "
      "(as wr_fujian_2025_d)")
LOANS = ["普惠小微企业贷款", "大型商业银行普惠小微贷款", "普惠小微企业贷款增速",
         "大型商业银行普惠型小微企业贷款", "大型商业银行普惠小微企业贷款余额"]
fact("普惠小微企业贷款增长30%以上", "30%", value=30, unit="%", kind="growth", bound="ge",
     metric="大型商业银行普惠小微企业贷款", metric_alts=LOANS,
     subject_alts=CN + ["大型商业银行"], comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); the growth of the large commercial banks' inclusive "
          "small-business loans in 2021 (the review, source line 7, gave 50%以上 for 2020); "
          "the banks as subject alt (README §4 sector-level figures keep the country); 今年 "
          "(今年务必做到…) comes after it and does not govern; " + PLAN_NOTE)

# ==== line 4 (source 41): 就业优先政策 ==============================================================
g.neg("零就业家庭成员", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', "
      "a category name, as wr_china_2014_c)")
g.neg("高职扩招三年行动目标", "三年", "name of a three-year campaign (职业技能提升和高职扩招三年"
      "行动), not a duration fact (as 五年行动 in wr_china_2021_c)")
g.neg("建设一批高技能人才", "一批", BATCH_NOTE)
g.neg("零工市场建设", "零工", "lexicalized 零工 'odd jobs' (零工市场); 零 is not a quantity (as "
      "wr_anhui_2025_f)")

# ==== line 5 (source 42): heading （二） =============================================================
g.neg("（二）深入推进", "（二）", MARKER_NOTE)

# ==== line 6 (source 43): 进一步转变政府职能 =========================================================
g.neg("掌上办、一次办", "一次", "slogan 一次办 '(handled) in one go' (网上办、掌上办、一次办), not a "
      "count")

# ==== line 7 (source 44): 降低企业生产经营成本 ======================================================
FEE = ["宽带和专线平均资费", "中小企业宽带和专线资费", "宽带和专线资费", "中小企业宽带资费",
       "中小企业专线资费", "宽带专线资费", "中小企业宽带和专线平均资费降幅"]
fact("专线平均资费再降10%", "10%", value=-10, unit="%", kind="growth",
     metric="中小企业宽带和专线平均资费", metric_alts=FEE, comparison="yoy", **PLAN,
     note="降 X% = a relative cut of a price → growth, negative (as 移动网络流量资费…降低30% in "
          "wr_china_2018_d); 再降 → target; " + PLAN_NOTE)
LEVY = ["民航发展基金征收标准", "民航发展基金", "航空公司征收标准", "民航发展基金航空公司征收标准降幅",
        "民航发展基金航空公司征收"]
gov("征收标准降低20%", "20%", value=-20, unit="%", kind="growth",
    metric="民航发展基金航空公司征收标准", metric_alts=LEVY, comparison="yoy", **PLAN,
    note="将…降低20% → a relative cut of a levy rate → growth, negative; the fund is a central "
         "government levy; " + PLAN_NOTE + "; " + GOV_NOTE)

# ==== line 8 (source 45): 促进多种所有制经济共同发展 =================================================
g.neg("要一视同仁", "一视同仁", "idiom 一视同仁 'treat equally', not a quantity (as "
      "wr_china_2023_d)")
g.neg("国企改革三年行动", "三年", "name of a three-year campaign (国企改革三年行动), not a "
      "duration fact (as 五年行动 in wr_china_2021_c)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Held out "
    "(corpora/heldout/). Part of the document: part 三、2021年重点工作 (heading on source line "
    "32, outside the excerpt) — the four paragraphs of item （一） 宏观政策 (heading on source "
    "line 37, outside: fiscal policy — 赤字率 3.2%左右, 一般性转移支付 +7.8%, 均衡性转移支付 etc. "
    "均超过10%, 直达资金 2.8万亿元; tax cuts — 增值税起征点 10万元 → 15万元, 所得税 减半 under "
    "100万元; monetary policy — 普惠小微企业贷款 +30%以上; jobs), the heading of item （二） 重点"
    "领域改革 and its first three paragraphs (政府职能; costs — 宽带和专线资费 −10%, 民航发展基金 "
    "−20%; ownership): the plan for 2021. wr_china_2021 (23-34), wr_china_2021_b (2-13) and "
    "wr_china_2021_c (48-58) do not overlap it. The source's title line is outside the "
    "excerpt; the title is the corpus meta title (title_in_text=False). Date: 2021-03-05, the "
    "delivery date in the report's dateline (source line 2: ——2021年3月5日在第十三届全国人民代表"
    "大会第四次会议上); the shared meta agrees; nothing in the excerpt contradicts it (今年 = "
    "2021, 去年 = 2020). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the "
    "central budget, tax and levy figures (赤字率, transfers, 直达资金, 起征点, 民航发展基金) add "
    "中央政府/国务院/中央财政; 大型商业银行 is an alt of the loan growth. Periods: line 1 (今年赤字"
    "率…) names 今年 → explicit 2021 for 3.2%, 7.8%, 10%, 2.8万亿元; every other number takes "
    "the section frame 2021 (period text 今年, null as alt); 今年 in source line 40 follows the "
    "30% and governs nothing; the from/to pair of the VAT threshold → 10万元 actual at "
    "2021-01-01 (alts 2020-12-31, 2021, null), 15万元 target at 2021-12-31 (alts 2021, null). "
    "Modality: target for the 2021 tasks (拟按…安排, 增长, 将…纳入, 提高到, 增长…以上, 再降, 降低); "
    "actual for the threshold before the change (10万元). Comparisons: yoy for the growth facts "
    "(7.8%, 10%, 30%, −10%, −20%). Bounds: 左右 → approx (3.2%); 超过 → gt (10%); 以上 → ge "
    "(30%). Units: 万亿元 1e12, 万元 1e4 CNY. Judgement calls: 均超过10% → one fact over the "
    "two named transfers (each as metric alt); 不到100万元 (the income band of the half-rate "
    "tax) → threshold negative; 减半(征收) → policy negative (as wr_china_2010); 资费再降10% / "
    "征收标准降低20% → growth −10 / −20; 赤字率 → share; 三年行动 (×2) → campaign-name negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 (×5), 一般 (一般性转移支付, 一般工商业电价). No numerals: "
    "今年/去年 (period words), 负增长 (no figure), 中小微, 多渠道, 多层次, 多种所有制.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
