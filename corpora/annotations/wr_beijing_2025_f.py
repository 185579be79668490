"""Gold annotations for wr_beijing_2025_f (2025年北京市政府工作报告, the close of the 2024 review
and the opening of the 2025 plan), lines 21-33 of shared/texts/work_report/wr_beijing_2025.txt.

The excerpt corpora/wr_beijing_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It straddles the two parts of the report:
  - source lines 21-23 close part 一、2024年工作回顾 (heading on source line 6, outside): the
    government's own work in 2024 (过去一年…: local-regulation drafts, rules, NPC motions and
    suggestions, CPPCC proposals, the “三公” spending cut, fewer inspections), the thanks
    (各位代表！回顾过去一年…) and the difficulties (同时，我们也清醒地看到…);
  - source lines 24-33 open part 二、2025年工作总体要求和重点任务 (heading inside the excerpt):
    今年是“十四五”规划收官之年…, 具体要做好以下工作：, task （一） 经济体制改革 in full (heading,
    opening, 高质量发展体制机制, 对外开放, 营商环境) and the heading and opening line of task
    （二） 城市总体规划 / 京津冀 (its body, source lines 34-49, is wr_beijing_2025_e).
All the figures are in source line 21 (seven, the review of 2024); the plan lines hold no
figure, only labels, set phrases and list markers.  Lines 8-14 are wr_beijing_2025 (held
out), 16-20 wr_beijing_2025_c, 34-49 wr_beijing_2025_e, 50-64 wr_beijing_2025_b (held out),
65-80 wr_beijing_2025_d: no overlap.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_beijing_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_beijing_2025_f"
SOURCE_ID = "wr_beijing_2025"
PLACE = "北京市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 21, 33                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年北京市政府工作报告"       # line 1 of the source, outside the excerpt
BJ_ALTS = ["北京", "全市", "北京地区", "本市"]
GOV_ALTS = BJ_ALTS + ["北京市人民政府", "北京市政府", "市政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="过去一年，我们巩固拓展主题教育成果，",
                 ends="努力打造中国式现代化建设的先行区、示范区。")
text = g.text
fact = g.with_subject(PLACE, BJ_ALTS)
gov = g.with_subject(PLACE, GOV_ALTS)     # the municipal government's own acts

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
CAPITAL_NOTE = "lexicalized 首都 (capital), not a rank (as wr_beijing_2025 / _c / _e)"
GOV_NOTE = ("the municipal government's own acts: subject 北京市 with the government "
            "(北京市人民政府, 市政府) as alts (as wr_chongqing_2025_e / wr_china_2019)")

# ---- periods (reference date 2025-01-14; 过去一年 = 2024, 今年 = 2025) ------------------------
# Line 1 (source 21, in part 一、2024年工作回顾) opens with 过去一年 (= 2024, the year before the
# report): explicit, it governs all seven figures of its line (2024-01-01..2024-12-31, no null
# alt; as wr_chongqing_2025_e 过去一年 + counts of bills and proposals).  All seven are flows
# of the year (items submitted / handled, the year's cut of “三公” spending and of
# inspections): no stock reading.  Lines 2-3 (thanks, difficulties) hold no figure.  Line 4
# is the heading 二、2025年工作总体要求和重点任务 and line 5 opens with 今年 (= 2025): the plan
# for 2025, but none of lines 4-13 carries a figure, so no fact takes that frame.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
EXPLICIT = dict(period=Y24)
EXP = "过去一年 opens the line and governs it (2024, explicit)"

# ==== line 1 (source 21): 过去一年… the government's own work in 2024 ===========================
g.neg("过去一年，我们巩固拓展", "过去一年", PERIOD_NOTE + " (= 2024: governs the figures of "
      "its line explicitly)")
gov("审议地方性法规草案7项", "7项", value=7, unit="count", kind="count", classifier="项",
    metric="地方性法规草案",
    metric_alts=["提请市人大常委会审议地方性法规草案", "提请市人大常委会审议的地方性法规草案",
                 "提请审议地方性法规草案", "提请审议的地方性法规草案", "地方性法规草案数量",
                 "地方性法规"],
    **EXPLICIT,
    note="drafts of local regulations submitted to the municipal NPC standing committee in "
         "2024; span number + classifier (README §1); the counted noun as metric, the verb "
         "forms as alts (README §3, as wr_chongqing_2025_e 地方性法规草案14件); " + EXP + "; "
         + GOV_NOTE)
gov("制定修改废止政府规章4项", "4项", value=4, unit="count", kind="count", classifier="项",
    metric="政府规章",
    metric_alts=["制定修改废止政府规章", "制定修改废止的政府规章", "政府规章数量", "规章",
                 "市政府规章", "制定修改废止规章"],
    **EXPLICIT,
    note="government rules made, amended or repealed in 2024 (one count over the three "
         "actions, as written); " + EXP + "; " + GOV_NOTE)
gov("办理市人大代表议案4项", "4项", value=4, unit="count", kind="count", classifier="项",
    metric="市人大代表议案",
    metric_alts=["办理市人大代表议案", "办理的市人大代表议案", "人大代表议案", "代表议案",
                 "市人大代表议案数量", "议案"],
    **EXPLICIT,
    note="motions of municipal NPC deputies handled in 2024; " + EXP + "; " + GOV_NOTE)
gov("议案4项、建议880件", "880件", value=880, unit="count", kind="count", classifier="件",
    metric="市人大代表建议",
    metric_alts=["办理市人大代表建议", "办理的市人大代表建议", "人大代表建议", "代表建议",
                 "市人大代表建议数量", "建议"],
    **EXPLICIT,
    note="suggestions of municipal NPC deputies handled in 2024: the head 市人大代表 and the "
         "verb 办理 are shared with 议案4项 (restored, README §3); " + EXP + "; " + GOV_NOTE)
gov("办理市政协提案1279件", "1279件", value=1279, unit="count", kind="count", classifier="件",
    metric="市政协提案",
    metric_alts=["办理市政协提案", "办理的市政协提案", "政协提案", "提案", "市政协提案数量"],
    **EXPLICIT,
    note="proposals of the municipal CPPCC handled in 2024; " + EXP + "; " + GOV_NOTE)
g.neg("出台过紧日子负面清单，“三公”", "三公", LABEL_NOTE + " (“三公”经费: spending on official "
      "travel abroad, vehicles and receptions, as wr_china_2019_b)")
gov("“三公”经费减少4%", "4%", value=-4, unit="%", kind="growth",
    metric="“三公”经费",
    metric_alts=["三公经费", "“三公”经费减少", "三公经费减少", "“三公”经费支出", "三公经费支出",
                 "“三公”经费压减比例"],
    comparison="yoy", **EXPLICIT,
    note="减少 X% = a relative cut of the spending → growth, negative (as 再压减3% in "
         "wr_china_2019_b); no basis written → yoy (against 2023); " + EXP + "; " + GOV_NOTE)
fact("考核事项减少近20%", "20%", value=-20, unit="%", kind="growth", bound="approx",
     metric="全市性督查检查考核事项",
     metric_alts=["督查检查考核事项", "全市性督查检查考核事项数量", "督查检查考核事项数量",
                  "督查检查考核", "全市性督查检查考核", "全市性督查检查考核事项减少"],
     subject_alts=GOV_ALTS, comparison="yoy", **EXPLICIT,
     note="近 → approx (outside the span); the relative fall of the number of city-wide "
          "inspection, check and assessment items (a cut of a count in % → growth, "
          "negative); no basis written → yoy; " + EXP)
g.neg("政府审计和内部审计两张网", "两张", "appositive 两张(网) 'the two nets' — 政府审计 and "
      "内部审计, named right before it — not a quantity claim (as wr_beijing_2025_c 两个工作"
      "维度)")
g.neg("深入落实“八五”普法", "八五", LABEL_NOTE + " (“八五”普法: the eighth five-year "
      "legal-education plan, 2021-2025, a plan label like 十四五, SPEC §1)")

# ==== line 2 (source 22): 各位代表！回顾过去一年… thanks ==========================================
g.neg("回顾过去一年，我们在困难中", "过去一年", PERIOD_NOTE + " (= 2024; its line has no "
      "number)")
g.neg("关心支持首都建设", "首都", CAPITAL_NOTE)
# 各单位 (单位 lexicalized): not listed.

# ==== line 3 (source 23): difficulties ============================================================
g.neg("首都功能还需进一步", "首都", CAPITAL_NOTE)
# 一些 (一些产业), 进一步 ×2: lexicalized, not listed; 不少短板, 久久为功: no numeral.

# ==== line 4 (source 24): heading of part 二 ========================================================
g.neg("二、2025年工作总体要求", "二、", MARKER_NOTE)
g.neg("二、2025年工作总体要求", "2025年", PERIOD_NOTE + " (section heading: the plan year "
      "2025; no figure follows in the excerpt)")

# ==== line 5 (source 25): 今年是“十四五”规划收官之年… =================================================
g.neg("今年是“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("也是为“十五五”良好开局", "十五五", "plan label 十五五 (SPEC §1)")

# ==== line 6 (source 26): 具体要做好以下工作： (no numeral) ==========================================

# ==== line 7 (source 27): heading （一） ============================================================
g.neg("（一）充分发挥经济体制改革", "（一）", MARKER_NOTE)

# ==== line 8 (source 28): opening of （一） (进一步 only, lexicalized) ================================

# ==== line 9 (source 29): 健全经济高质量发展体制机制 ===============================================
g.neg("完善落实“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇” 'the two "
      "unswervinglys': support for the public and the non-public sector, as wr_jilin_2025_c)")
g.neg("统筹管好四本预算", "四本", "set phrase 四本预算 'the four budgets' (general public, "
      "government-fund, state-capital and social-insurance-fund budgets, not named here): the "
      "fixed make-up of the budget system, not a measured quantity — judgement call (a count "
      "of 4 budgets is the alternative reading)")
g.neg("深化零基预算改革", "零基", "零基预算 'zero-based budgeting', a name, not a quantity (as "
      "wr_jilin_2025_c)")
g.neg("做好金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”: 科技、绿色、普惠、"
      "养老、数字金融, as wr_yunnan_2025_f)")
# 全国统一大市场 (统一 lexicalized): not listed.

# ==== line 10 (source 30): 扩大高水平对外开放 =======================================================
g.neg("服务业扩大开放3.0方案", "3.0", "version label 3.0 (the third version of the services "
      "opening-up plan), not a quantity")
g.neg("经济技术双向合作", "双向", "双向 'two-way' (cooperation), not a quantity (as doc003)")
g.neg("提升航空双枢纽服务能力", "双枢纽", LABEL_NOTE + " (航空双枢纽: the two airports 首都 and "
      "大兴, as wr_beijing_2025), not a count claim")
g.neg("高质量共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")

# ==== line 11 (source 31): 营商环境 ================================================================
g.neg("谋划推进新一轮改革", "一轮", "新一轮 'a new round', not a count (as wr_beijing_2025_e)")
g.neg("打造首善标准", "首善", "lexicalized 首善 ('model for the nation', 首善之区 = the capital), "
      "not a rank")
g.neg("“高效办成一件事”改革", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_beijing_2025)")
g.neg("热线服务“三送”工作", "三送", LABEL_NOTE + " (“三送”: the three kinds of service — 政策、"
      "数字、热线服务 — named right before it), not a count claim")
# 国际一流, 一体化: lexicalized, not listed.

# ==== line 12 (source 32): heading （二） ===========================================================
g.neg("（二）深入落实城市总体规划", "（二）", MARKER_NOTE)

# ==== line 13 (source 33): opening of （二） =========================================================
g.neg("牢牢把握首都城市战略定位", "首都", CAPITAL_NOTE)
g.neg("强化一核引领", "一核", LABEL_NOTE + " (一核 'the one core', Beijing's capital function in "
      "the 京津冀 spatial layout), not a count")
g.neg("一核引领、三地协同", "三地", "anaphoric 三地 'the three places' (北京, 天津, 河北 of "
      "京津冀, named in the heading), not a quantity claim (as nw_cctv_20170225_jjj_2017)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: source lines 21-23 close part 一、2024年工作回顾 (heading on source line 6, "
    "outside) — the government's own work in 2024 (过去一年…), the thanks and the "
    "difficulties; source lines 24-33 open part 二、2025年工作总体要求和重点任务 (heading inside "
    "the excerpt): 今年是“十四五”规划收官之年…, task （一） 经济体制改革 in full and the heading "
    "and opening line of task （二）. Other excerpts of the report: wr_beijing_2025 (8-14, "
    "held out), _c (16-20), _e (34-49), _b (50-64, held out), _d (65-80); no overlap. Title "
    "and dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-14, the delivery date in the report's header (source line 3: "
    "2025年1月14日在北京市第十六届人民代表大会第三次会议上), as the shared meta; 过去一年 = 2024 "
    "and 今年 = 2025 agree. Place: 北京市 (北京, 全市, 北京地区, 本市 → alts); the government's "
    "own acts (bills, rules, motions, proposals, “三公” spending) keep 北京市 with 北京市人民政府/"
    "北京市政府/市政府 as alts. Periods: all seven facts are in source line 21, opened by "
    "过去一年 (= 2024): explicit 2024-01-01..2024-12-31, no alternative (as wr_chongqing_2025_e); "
    "all are flows of the year. The plan lines (source 24-33) hold no figure. Modality: actual "
    "throughout (review; no 预计). Comparisons: yoy for the two cuts in % (no basis written). "
    "Bounds: 近 → approx (20%); the rest eq. Judgement calls: the counts take the counted noun "
    "as metric with the verb forms (提请…审议, 制定修改废止, 办理) as alts; 建议880件 restores the "
    "head 市人大代表; “三公”经费减少4% and 督查检查考核事项减少近20% → growth −4 / −20 (relative "
    "cuts), yoy; 两张(网), 三送, 三地 → appositive / anaphoric negatives; 四本预算 → set phrase "
    "(negative; a count of 4 the alternative); 八五 (普法) → plan label; 3.0 → version label; "
    "首善 → not a rank. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 清单 (负面清单), 单位 (各单位), 一些, 进一步 ×3, 统一, 一流, 一体 "
    "(一体化). Known false alarms of the shared check_gold.py: the meta title is not in the "
    "excerpt (source line 1) and, with --src, there is no source named wr_beijing_2025_f (the "
    "excerpt is a run of whole lines of wr_beijing_2025.txt, checked by excerpt_gold).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
