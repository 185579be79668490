"""Gold annotations for wr_china_2021_c (held-out: corpora/heldout/), 2021年中华人民共和国国务院
政府工作报告: the 2021 tasks of items （三） (science and innovation, enterprise innovation,
supply chains), （四） (consumption, investment) and （五） (rural revitalisation) of part 三,
and the heading of item （六）, lines 48-58 of shared/texts/work_report/wr_china_2021.txt.

The excerpt corpora/heldout/wr_china_2021_c.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut).  It lies in part 三、2021年重点工作 (heading on
source line 32, outside the excerpt): the last three paragraphs of item （三） (提升科技创新能力:
基础研究支出 10.6%; 企业创新: 加计扣除 75% / 100%; 产业链供应链: 5G), item （四） in full
(消费; 有效投资: 专项债券 3.65万亿元, 中央预算内投资 6100亿元, 老旧小区 5.3万个), item （五） in full
(脱贫攻坚成果: 5年过渡期; 粮食: 14亿人; 农村改革) and the heading of item （六）: the plan for 2021.
wr_china_2021 holds lines 23-34, wr_china_2021_b lines 2-13 (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2021_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2021_c"
SOURCE_ID = "wr_china_2021"
PLACE = "中国"
REF = "2021-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 48, 58                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2021年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2021)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="提升科技创新能力。", ends="更好参与国际经济合作。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or tax policy: subject the document's place "
            "中国, 中央政府/国务院/中央财政 as alts (as wr_china_2022_c / wr_china_2016_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2021-03-05; 今年 = 2021, 去年 = 2020) ---------------------------
# The excerpt lies in part 三、2021年重点工作 (heading on source line 32, outside the excerpt):
# the plan for 2021 → modality target.  A line is a paragraph; a period governs the clauses
# after it in its line only (SPEC §4).
# - Only line 6 (source 53: 今年拟安排地方政府专项债券…) names 今年 (= 2021) before its numbers:
#   it governs the rest of that line (3.65万亿元, 6100亿元, 5.3万个; explicit, no null alt).
# - Every other number takes the section frame 2021-01-01..2021-12-31 (SPEC §4), with the
#   excerpt's own word for the plan year, 今年, as period text (as wr_china_2009_b /
#   wr_china_2010_c), the null reading in period_alts.  从脱贫之日起 (line 8) dates the start of
#   each county's transition, not a period of a value.
# - Policy rates in force (加计扣除比例 75% continued, 100% for manufacturers) → the year, with
#   the end instant (the rate in force) and null as alts; the new rate also from 2021 with an
#   open end.
# - 14亿人 (line 9): the present population, said as a fact → actual stock at the reference date
#   (as 14亿多中国人 in wr_china_2022_c), alts the end of 2021 (the literal stock rule under the
#   frame), the end of 2020 (the latest statistics), the year and null.
YT = "今年"
Y21 = P(YT, "2021-01-01", "2021-12-31")
Y21_NULL = null(YT)
Y21_END = P(YT, "2021-12-31", "2021-12-31")
PLAN = dict(period=Y21, period_alts=[Y21_NULL])
EXPL = dict(period=Y21)
PLAN_NOTE = ("task for 2021 → target; no period before it in its line: section frame of part "
             "三、2021年重点工作 (outside the excerpt), period text 今年, null as alt")
EXPL_NOTE = "task for 2021 → target; 今年 (= 2021) earlier in its line governs (explicit)"

# ==== line 1 (source 48): 提升科技创新能力 =========================================================
g.neg("“科技创新2030—重大项目”", "2030", LABEL_NOTE + " (programme name “科技创新2030—重大"
      "项目”, whose horizon year is part of the name), not a quantity nor a period")
BASIC = ["基础研究支出", "中央本级基础研究经费", "中央本级基础研究投入", "基础研究投入",
         "中央财政基础研究支出", "基础研究经费"]
gov("基础研究支出增长10.6%", "10.6%", value=10.6, unit="%", kind="growth",
    metric="中央本级基础研究支出", metric_alts=BASIC, comparison="yoy", **PLAN,
    note="the planned growth of the central government's own basic-research spending in 2021 "
         "against 2020 (yoy); 大幅增加投入 → target; " + PLAN_NOTE + "; " + GOV_NOTE)
g.neg("以“十年磨一剑”精神", "十年磨一剑", "idiom 十年磨一剑 'ten years to grind a sword' "
      "(persevering effort), not a quantity")

# ==== line 2 (source 49): 运用市场化机制激励企业创新 =================================================
g.neg("推进大众创业万众创新", "万众", "slogan 大众创业、万众创新: 万众 'the multitude', not a "
      "quantity (as wr_china_2015_b)")
RD = ["研发费用加计扣除比例", "加计扣除比例", "企业研发费用加计扣除", "研发费用加计扣除",
      "企业研发费用加计扣除比例标准", "研发费用加计扣除政策"]
gov("加计扣除75%政策", "75%", value=75, unit="%", kind="share",
    metric="企业研发费用加计扣除比例", metric_alts=RD,
    period=Y21, period_alts=[Y21_NULL, Y21_END],
    note="judgement call: the super-deduction rate of the policy to be kept in force in 2021 "
         "(延续执行 → target; the policy's name holds the rate, a quantity, not a label): a "
         "policy rate → share (as 加计扣除比例 in wr_china_2022 / wr_china_2022_c); the frame "
         "year, null and the end instant (the rate in force) as alts; " + PLAN_NOTE + "; "
         + GOV_NOTE)
gov("加计扣除比例提高到100%", "100%", value=100, unit="%", kind="share",
    metric="制造业企业研发费用加计扣除比例",
    metric_alts=["制造业企业加计扣除比例", "加计扣除比例", "研发费用加计扣除比例",
                 "制造业企业研发费用加计扣除", "制造业企业研发费用加计扣除比例标准"],
    period=Y21, period_alts=[P(YT, "2021-01-01", None), Y21_END, Y21_NULL],
    note="将…提高到 → the rate set for manufacturers in 2021 (target), eq; the head 研发费用 "
         "restored from the clause before (README §3); no start value is written for "
         "manufacturers (the 75% before it is the general rate) → one fact; the frame 2021, "
         "alts from 2021 with an open end, the end instant and null; " + GOV_NOTE)

# ==== line 3 (source 50): 优化和稳定产业链供应链 ====================================================
g.neg("“三去一降一补”", "三去一降一补", LABEL_NOTE + " (“三去一降一补”: cut overcapacity, "
      "destock, deleverage, lower costs, strengthen weak links)")
g.neg("加大5G网络", "5G", "technology generation label 5G, not a quantity (as wr_china_2022_c)")
g.neg("和千兆光网", "千兆", "technology label 千兆光网 'gigabit optical network', not a quantity")

# ==== line 4 (source 51): heading （四） =============================================================
g.neg("（四）坚持扩大内需", "（四）", MARKER_NOTE)

# ==== line 5 (source 52): 稳定和扩大消费 ===========================================================
g.neg("取消对二手车", "二手", "lexicalized 二手 'second-hand' (二手车 'used car'), not a quantity")

# ==== line 6 (source 53): 扩大有效投资 =============================================================
BOND = ["专项债券", "地方专项债券", "专项债", "地方政府专项债券规模", "安排地方政府专项债券",
        "地方专项债", "新增地方政府专项债券"]
LOCAL = GOV + CN + ["地方政府", "地方", "地方财政"]
gov("今年拟安排地方政府专项债券3.65万亿元", "3.65万亿元", value=3.65e12, unit="CNY",
    kind="amount", metric="地方政府专项债券", metric_alts=BOND, subject_alts=LOCAL, **EXPL,
    note="拟安排 → target; the special-bond quota of 2021, set in the national budget → 中国, "
         "地方政府 (the issuers) as alt (as wr_china_2016_c); 万亿元 = 1e12; 今年 opens the line")
CBI = ["中央预算内投资安排", "中央预算内投资规模", "中央预算内投资资金", "中央投资", "预算内投资",
       "中央政府投资"]
gov("中央预算内投资安排6100亿元", "6100亿元", value=6100e8, unit="CNY", kind="amount",
    metric="中央预算内投资", metric_alts=CBI, **EXPL,
    note="安排 of a budget → target; " + EXPL_NOTE + "; " + GOV_NOTE)
g.neg("推进“两新一重”建设", "两新一重", LABEL_NOTE + " (“两新一重”: new infrastructure, new "
      "urbanisation, major projects)")
g.neg("实施一批交通", "一批", BATCH_NOTE)
fact("新开工改造城镇老旧小区5.3万个", "5.3万个", value=5.3e4, unit="count", kind="count",
     classifier="个", metric="新开工改造城镇老旧小区",
     metric_alts=["城镇老旧小区改造", "城镇老旧小区", "新开工改造老旧小区", "老旧小区改造",
                  "改造城镇老旧小区", "新开工改造城镇老旧小区数量", "老旧小区"],
     **EXPL,
     note="old urban residential compounds whose renovation is to start in 2021 (a flow; the "
          "verb 新开工改造 defines the counted set); 万个 → 5.3e4; " + EXPL_NOTE)

# ==== line 7 (source 54): heading （五） =============================================================
g.neg("（五）全面实施", "（五）", MARKER_NOTE)

# ==== line 8 (source 55): 巩固拓展脱贫攻坚成果 ======================================================
fact("设立5年过渡期", "5年", value=5, unit="year", kind="amount",
     metric="脱贫县过渡期",
     metric_alts=["过渡期", "脱贫县过渡期期限", "过渡期期限", "过渡期时长", "过渡期长度",
                  "脱贫县过渡期时长"],
     subject_alts=CN + ["脱贫县"], **PLAN,
     note="judgement call: the length of the transition period to be set for counties out of "
          "poverty (设立 → target): a policy parameter, unit year (as 三年内 定额税费减免 in "
          "wr_china_2019_b); later mentions of the period by name (五年过渡期 in "
          "wr_qinghai_2025_d) are labels, but here the duration is being fixed; 从脱贫之日起 "
          "dates each county's start, not a period of the value; " + PLAN_NOTE)
g.neg("集中支持一批乡村振兴", "一批", BATCH_NOTE)

# ==== line 9 (source 56): 粮食和重要农产品供给 =======================================================
g.neg("提高单产和品质", "单产", "lexicalized 单产 'yield per unit area', not a quantity")
g.neg("我们一定要下力气", "一定", "adverb 一定 'must, certainly', not a quantity")
fact("保障好14亿人", "14亿人", value=14e8, unit="count", kind="count", classifier="人",
     metric="人口",
     metric_alts=["中国人口", "全国人口", "总人口", "人口数量", "人数", "中国人"],
     modality="actual",
     period=P(YT, REF, REF),
     period_alts=[Y21_END, P(YT, "2020-12-31", "2020-12-31"), Y21, Y21_NULL],
     note="judgement call: the population whose food security is to be ensured — a rhetorical "
          "but real quantity (as 14亿多中国人 in wr_china_2022_c), classifier 人 written; said "
          "of the present → actual stock at the reference date, alts the end of the frame "
          "(literal stock rule), the end of 2020 (the latest statistics), the year and null; "
          "a rhetoric negative is the alternative reading")

# ==== line 10 (source 57): 农村改革和乡村建设 =======================================================
g.neg("整治提升五年行动", "五年", "name of a multi-year campaign (农村人居环境整治提升五年行动), "
      "not a duration fact (as wr_china_2022 / wr_qinghai_2025_d)")
g.neg("千方百计使亿万农民", "千方百计", "idiom 千方百计 'by every means', not a quantity")
g.neg("使亿万农民", "亿万", "idiom 亿万农民 'hundreds of millions of farmers', not a quantity")

# ==== line 11 (source 58): heading （六） ============================================================
g.neg("（六）实行高水平", "（六）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Held out "
    "(corpora/heldout/). Part of the document: part 三、2021年重点工作 (heading on source line "
    "32, outside the excerpt) — the last three paragraphs of item （三） (科技创新能力, 企业创新, "
    "产业链供应链), item （四） in full (消费, 有效投资), item （五） in full (脱贫攻坚成果, 粮食, 农村"
    "改革) and the heading of item （六）: the plan for 2021. wr_china_2021 (lines 23-34) and "
    "wr_china_2021_b (lines 2-13) do not overlap it. The source's title line is outside the "
    "excerpt; the title is the corpus meta title (title_in_text=False). Date: 2021-03-05, the "
    "delivery date in the report's dateline (source line 2: ——2021年3月5日在第十三届全国人民代表"
    "大会第四次会议上); the shared meta agrees; nothing in the excerpt contradicts it (今年 = "
    "2021). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central budget and "
    "tax policy (基础研究支出, 加计扣除比例, 中央预算内投资) add 中央政府/国务院/中央财政; the "
    "special bonds add 地方政府/地方财政; 脱贫县 is an alt of the transition period. Periods: only "
    "line 6 (今年拟安排…) names 今年 → explicit 2021 for 3.65万亿元, 6100亿元, 5.3万个; every "
    "other number takes the section frame 2021 (period text 今年, null as alt); policy rates "
    "(75%, 100%) add the end instant (and, for the new 100%, an open end); 14亿人 → actual "
    "stock at the reference date (alts 2021-12-31, 2020-12-31, 2021, null). Modality: target "
    "for every 2021 figure (增加投入, 延续执行, 将…提高到, 拟安排, 安排, 新开工改造, 设立); actual "
    "for 14亿人. Comparisons: yoy for 10.6%. Units: 万亿元 1e12, 亿元 1e8; 万个 count; 5年 → "
    "5 year; 14亿人 count. Judgement calls: 加计扣除75%政策 → a share fact (the rate inside the "
    "policy name) rather than a label; 5年过渡期 → a duration fact (the parameter being set) "
    "rather than a label; 14亿人 → actual population at the reference date (rhetoric "
    "negative the alternative); 五年行动 (campaign name), 科技创新2030, 十年磨一剑, 三去一降一补, "
    "两新一重, 5G, 千兆 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 单位 (中央单位). No numerals: 今年 (period word), "
    "中小微, 多渠道, 多措并举, 多种形式, 头等大事.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
