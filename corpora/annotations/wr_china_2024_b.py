"""Gold annotations for wr_china_2024_b (2024年中华人民共和国国务院政府工作报告, part 二 and the
heading of part 三), lines 23-33 of shared/texts/work_report/wr_china_2024.txt.

The excerpt corpora/wr_china_2024_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut): part 二、2024年经济社会发展总体要求和政策取向 in full
(the outlook, the 2024 主要预期目标 — cut short in the Wikisource text after 城镇调查失业率
5.5%左右； —, the reasoning behind the growth target, 稳中求进, fiscal policy: deficit,
spending, special bonds, ultra-long special treasury bonds; monetary policy; policy
consistency; 完成今年发展目标任务…), then the heading 三、2024年政府工作任务 with its opening
line: the plan for 2024.  Lines 4-16 (the review of 2023) are annotated in wr_china_2024 (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2024_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2024_b"
SOURCE_ID = "wr_china_2024"
PLACE = "中国"
REF = "2024-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 23, 33                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2024年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2024)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2024年经济社会发展总体要求和政策取向",
                 ends="扎实做好各项工作。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022_b / wr_china_2023)")


fact = g.with_subject(PLACE, CN, modality="target")


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2024-03-05; 去年/上年 = 2023, 今年 = 2024) -----------------------
# Line 1 of the excerpt is the heading 二、2024年经济社会发展总体要求和政策取向: the section
# frame of the plan for 2024.  Line 3 (今年发展主要预期目标是：…) opens with 今年 (= 2024),
# which governs its three targets.  Line 4 (经济增长预期目标为5%左右…) states no period before
# its number (its 今年 comes after it), and so do the first three figures of the fiscal line
# 6 (赤字率, 赤字规模, 比上年年初预算增加): they take the section frame, period text 2024年 of the
# heading, the null reading in period_alts (SPEC §4; as wr_yunnan_2025_c).  From 预计今年… on,
# 今年 governs the rest of line 6 (支出规模, 专项债券, 今年先发行1万亿元).  All figures are
# budget totals or rates of the year 2024 (flows).  Modality: target (预期目标, 拟按/拟安排,
# 发行 of the plan); the spending total under 预计 → forecast (as wr_china_2022_b).
S24 = P("2024年", "2024-01-01", "2024-12-31")
S24_NULL = P("2024年", None, None)
T24 = P("今年", "2024-01-01", "2024-12-31")
FRAME = dict(period=S24, period_alts=[S24_NULL])
TARGET = dict(period=T24)
FRAME_NOTE = ("the line states no period before it: section frame of the heading 二、2024年… "
              "(2024), null as alt")
T_NOTE = "今年发展主要预期目标 → target, period 今年 = 2024 (opens the line)"

# ---- line 1 (source 23): heading of part 二 -----------------------------------------------------
g.neg("二、2024年经济社会", "二、", MARKER_NOTE)
g.neg("二、2024年经济社会", "2024年", PERIOD_NOTE + " (section heading: the plan year 2024; "
      "the period text of the facts without a period of their own)")

# ---- line 2 (source 24): outlook (no facts) -----------------------------------------------------
g.neg("一定能战胜困难挑战", "一定", "adverb 一定 'certainly', not a quantity (as "
      "wr_china_2022_b)")

# ---- line 3 (source 25): 2024 主要预期目标 (cut short in the source) -------------------------------
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速"]
fact("国内生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note=T_NOTE + "; 左右 → approx (outside the span)")
fact("城镇新增就业1200万人以上", "1200万人", value=12000000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **TARGET,
     note=T_NOTE + "; 以上 → ge (outside the span)")
fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 左右 → approx (outside the span); " + T_NOTE)

# ---- line 4 (source 26): the growth target explained -----------------------------------------------
fact("经济增长预期目标为5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="经济增长",
     metric_alts=["经济增长预期目标", "国内生产总值", "GDP", "国内生产总值增长", "经济增速",
                  "GDP增长"],
     comparison="yoy", **FRAME,
     note="the growth target of line 3 restated (its own mention → its own fact, SPEC §1); "
          "预期目标 → target; 左右 → approx; " + FRAME_NOTE + " (实现今年预期目标 comes after "
          "the number)")
g.neg("并与“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")

# ---- line 5 (source 27): 稳中求进、以进促稳、先立后破 — no numeral -------------------------------------

# ---- line 6 (source 28): fiscal policy --------------------------------------------------------------
gov("赤字率拟按3%安排", "3%", value=3, unit="%", kind="share", metric="赤字率",
    metric_alts=["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
                 "财政赤字占国内生产总值的比重"],
    **FRAME,
    note="拟按…安排 → target; no bound word → eq; the deficit as a share of the year's GDP (a "
         "ratio of flows) → the year; " + FRAME_NOTE + "; " + GOV_NOTE)
DEF = ["财政赤字规模", "财政赤字", "赤字", "赤字总额"]
gov("赤字规模4.06万亿元", "4.06万亿元", value=4.06e12, unit="CNY", kind="amount",
    metric="赤字规模", metric_alts=DEF, **FRAME,
    note="the budgeted deficit of 2024 (拟按 of the sentence → target); 万亿元 = 1e12; "
         + FRAME_NOTE + "; " + GOV_NOTE)
gov("比上年年初预算增加1800亿元", "1800亿元", value=1800e8, unit="CNY", kind="amount",
    metric="赤字规模增量",
    metric_alts=["赤字规模", "财政赤字增量", "赤字增量", "财政赤字规模增量", "赤字规模增加",
                 "赤字规模比上年年初预算增加"],
    **FRAME,
    note="absolute change of a level (增加 → positive, SPEC §2: metric <level>增量); the basis "
         "比上年年初预算 (the 2023 budget as first passed) is no comparison of an amount fact "
         "(README §6); target; " + FRAME_NOTE + "; " + GOV_NOTE)
SPEND = ["一般公共预算支出", "支出规模", "财政支出规模", "一般公共预算支出总额",
         "全国一般公共预算支出"]
gov("一般公共预算支出规模28.5万亿元", "28.5万亿元", value=28.5e12, unit="CNY", kind="amount",
    metric="一般公共预算支出规模", metric_alts=SPEND, period=T24, modality="forecast",
    note="judgement call: the sentence opens with 预计 (预计今年财政收入继续恢复增长，加上调入资金"
         "等，一般公共预算支出规模…) → forecast, as wr_china_2022_b (支出规模比去年扩大 under 预计); "
         "the budget-plan reading (target) is the alternative; 今年 = 2024 governs from here to "
         "the end of the line; " + GOV_NOTE)
gov("28.5万亿元、比上年增加1.1万亿元", "1.1万亿元", value=1.1e12, unit="CNY", kind="amount",
    metric="一般公共预算支出规模增量",
    metric_alts=["一般公共预算支出增量", "支出规模增量", "财政支出规模增量",
                 "一般公共预算支出规模", "一般公共预算支出规模比上年增加"],
    period=T24, modality="forecast",
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no comparison of an amount fact; same 预计 sentence → forecast (judgement "
         "call, target the alternative); " + GOV_NOTE)
BOND = ["专项债券", "地方政府专项债", "专项债", "地方政府专项债券规模", "拟安排地方政府专项债券",
        "新增地方政府专项债券"]
gov("拟安排地方政府专项债券3.9万亿元", "3.9万亿元", value=3.9e12, unit="CNY", kind="amount",
    metric="地方政府专项债券", metric_alts=BOND, subject_alts=GOV + CN + ["地方政府"],
    period=T24,
    note="拟安排 → target; the bond quota of 2024 (今年 of the previous sentence governs); the "
         "quota is set by the central government in the budget → 中国, 地方政府 (the issuers) "
         "as alt (as wr_china_2022_b)")
gov("3.9万亿元、比上年增加1000亿元", "1000亿元", value=1000e8, unit="CNY", kind="amount",
    metric="地方政府专项债券增量",
    metric_alts=["专项债券增量", "地方政府专项债增量", "专项债增量", "地方政府专项债券规模增量",
                 "地方政府专项债券", "地方政府专项债券比上年增加"],
    subject_alts=GOV + CN + ["地方政府"], period=T24,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 比上年 is no "
         "comparison of an amount fact; target (拟安排)")
ULTRA = ["超长期特别国债", "发行超长期特别国债", "特别国债", "超长期特别国债发行规模",
         "超长期特别国债规模"]
gov("今年先发行1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount",
    metric="超长期特别国债", metric_alts=ULTRA[1:], period=T24,
    note="the first tranche of the ultra-long special treasury bonds to be issued in 2024 "
         "(今年 right before it, explicit; 从今年开始拟连续几年发行 names no number) → target; "
         + GOV_NOTE)
g.neg("兜牢基层“三保”底线", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转)")

# ---- line 7 (source 29): monetary policy (no facts) ----------------------------------------------
g.neg("总量和结构双重调节", "双重", "双重 'dual (regulation)', an adjective, not a quantity")

# ---- line 8 (source 30): policy consistency (no facts) --------------------------------------------
g.neg("确保一旦需要", "一旦", "conjunction 一旦 'once', not a quantity")

# ---- line 9 (source 31): 完成今年发展目标任务… (no facts) ------------------------------------------
g.neg("坚持质量第一", "第一", "slogan 质量第一、效益优先 ('quality first'), not a measured rank")

# ---- line 10 (source 32): heading of part 三 ----------------------------------------------------
g.neg("三、2024年政府工作任务", "三、", MARKER_NOTE)
g.neg("三、2024年政府工作任务", "2024年", PERIOD_NOTE + " (section heading: the plan year "
      "2024)")

# ---- line 11 (source 33): opening of part 三 — no numeral -----------------------------------------

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: part 二、2024年经济社会发展总体"
    "要求和政策取向 in full (outlook; the 2024 主要预期目标, cut short in the Wikisource text after "
    "城镇调查失业率5.5%左右；; the reasoning behind the growth target; fiscal, monetary and "
    "consistency policy; 完成今年发展目标任务…) and the heading 三、2024年政府工作任务 with its "
    "opening line: the plan for 2024. The review of 2023 (lines 4-16) is wr_china_2024. Title "
    "line, dateline and speaker (source lines 1-3) are outside the excerpt; the title is the "
    "corpus meta title, title_in_text=False. Date: 2024-03-05, the delivery date in the "
    "dateline (source line 2: ——2024年3月5日在第十四届全国人民代表大会第二次会议上); the corpus "
    "meta agrees. Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central "
    "budget figures (赤字率, 赤字规模, 支出规模, 专项债券, 超长期特别国债) keep 中国 with 中央政府/"
    "国务院/中央财政 as alts (地方政府 added for the special bonds). Periods: line 3 opens with "
    "今年 (= 2024) → its three targets; line 4 (5%左右 restated) and the first three fiscal "
    "figures (赤字率3%, 赤字规模4.06万亿元, 增加1800亿元) precede any 今年 in their line → section "
    "frame of the heading 二、2024年… (2024-01-01..2024-12-31, null as alt); from 预计今年… on, "
    "今年 governs the rest of the fiscal line. Modality: target (预期目标, 拟按/拟安排, 先发行), "
    "except 一般公共预算支出规模28.5万亿元 and its 增加1.1万亿元 under 预计 → forecast (judgement "
    "call, as wr_china_2022_b). Units: 万亿元 = 1e12; 亿元 = 1e8; 万人 → count 人. Judgement "
    "calls: 经济增长预期目标为5%左右 annotated as its own fact (a second mention of the GDP "
    "target); 比上年(年初预算)增加 N → amounts with metric <level>增量 (SPEC §2), comparison null; "
    "赤字率 → share; 连续几年 names no number; 双重, 一旦, 质量第一 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些, 一般 (一般公共预算, 一般性支出), 一致 (一致性 ×2), 统一.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
