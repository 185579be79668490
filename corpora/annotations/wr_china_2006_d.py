"""Gold annotations for wr_china_2006_d (2006年中华人民共和国国务院政府工作报告, the 2006 tasks:
task （一） macro policy, demand and investment, and task （二） 社会主义新农村建设 in full), lines
34-43 of shared/texts/work_report/wr_china_2006.txt.

The excerpt corpora/wr_china_2006_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、今年主要任务 (heading on source
line 27, outside the excerpt), inside task （一）继续保持经济平稳较快发展 (heading on source line
32, outside): 稳定宏观经济政策 (长期建设国债 600亿元 / −200亿元, 经常性建设投资 +100亿元, 中央
财政赤字 2950亿元 / −50亿元), 扩大内需 (一是…四是), 固定资产投资; then task （二）扎实推进社会主义
新农村建设 in full (heading inside the excerpt): “三农” 支出 3397亿元 / +422亿元, rural
infrastructure, the abolition of the agricultural tax (2600年, 336亿元, 700多亿元, 每年
1030多亿元 = 780多亿元 central + 250多亿元 local) and the closing line.  All of it is the plan
for 2006.  wr_china_2006 (2-19), wr_china_2006_b (20-33, held out) and wr_china_2006_c
(101-120) hold other parts (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2006_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2006_d"
SOURCE_ID = "wr_china_2006"
PLACE = "中国"
REF = "2006-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 34, 43                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2006年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2006)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="稳定宏观经济政策，主要是继续实施稳健的财政政策和稳健的货币政策。",
                 ends="求真务实，真抓实干。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2005_b / wr_china_2006)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2006-03-05; 今年 = 2006, 上年 = 2005) ------------------------------
# The excerpt lies in part 二、今年主要任务 (source line 27, outside the excerpt): the plan for
# 2006 → modality target for the budget and policy figures.  Every line with a figure names
# 今年 before it, which governs the line (explicit, 2006-01-01..2006-12-31, no null alt):
#   - line 1 (source 34): 今年要继续适当减少长期建设国债发行规模和财政赤字 → 600 / 200 / 100 /
#     2950 / 50亿元;
#   - line 7 (source 40): 今年中央财政用于“三农”的支出达到3397亿元 → 3397 / 422亿元;
#   - line 9 (source 42): 今年在全国彻底取消农业税 → the facts of the abolition (2600年, 336亿元,
#     700多亿元: actual, what the reform has done); then 从今年起，国家财政将每年安排支出… (the
#     yearly spending from 2006 on): judgement call — the first year 2006 (period text
#     从今年起) as gold, the open-ended 2006-01-01..null and 每年 text-only (README §5) as alts.
# 比上年 / 比上年预算 (2005) are comparison bases, not periods.
YT = "今年"
T06 = P(YT, "2006-01-01", "2006-12-31")
EXPL = dict(period=T06)
T_NOTE = "今年 (= 2006) stands before it in its line and governs it"
SINCE = "从今年起"
YEARLY = dict(period=P(SINCE, "2006-01-01", "2006-12-31"),
              period_alts=[P(SINCE, "2006-01-01", None), null("每年")])
YEARLY_NOTE = ("从今年起…每年 (a yearly amount from 2006 on): judgement call — the first year "
               "2006 (the plan year) as gold, the open-ended 2006-01-01..null and the text-only "
               "每年 (README §5) as alts")

# ==== line 1 (source 34): 稳定宏观经济政策 ===========================================================
BOND = ["长期建设国债发行规模", "发行长期建设国债", "长期建设国债发行", "长期建设国债规模",
        "建设国债", "国债", "长期建设国债发行额"]
gov("拟发行长期建设国债600亿元", "600亿元", value=600e8, unit="CNY", kind="amount",
    metric="长期建设国债", metric_alts=BOND, **EXPL,
    note="拟发行 → target; the long-term construction bonds to be issued in 2006 (as 800亿元 "
         "in wr_china_2005_b); " + T_NOTE + "; " + GOV_NOTE)
gov("600亿元，比上年减少200亿元", "200亿元", value=-200e8, unit="CNY", kind="amount",
    metric="长期建设国债增量",
    metric_alts=["长期建设国债", "长期建设国债发行规模增量", "长期建设国债减少", "建设国债增量",
                 "国债增量", "长期建设国债比上年减少", "长期建设国债发行增量"],
    **EXPL,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); 比上年 is "
         "no comparison of an amount fact (as wr_china_2005_b); target; " + T_NOTE)
gov("增加中央预算内经常性建设投资100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
    metric="中央预算内经常性建设投资增量",
    metric_alts=["中央预算内经常性建设投资", "增加中央预算内经常性建设投资", "预算内经常性建设投资增量",
                 "中央预算内经常性建设投资增加", "经常性建设投资增量", "中央预算内建设投资增量",
                 "中央预算内经常性建设投资增加额"],
    **EXPL,
    note="增加 N of an existing budget line: absolute change of a level (增加 → positive, "
         "metric <level>增量, SPEC §2), the noun as alt (as wr_china_2005_b); target (the 2006 "
         "budget); " + T_NOTE)
gov("拟安排中央财政赤字2950亿元", "2950亿元", value=2950e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字", "赤字"],
    **EXPL,
    note="拟安排 → target; the central deficit budgeted for 2006; " + T_NOTE + "; " + GOV_NOTE)
gov("比上年预算减少50亿元", "50亿元", value=-50e8, unit="CNY", kind="amount",
    metric="中央财政赤字增量",
    metric_alts=["中央财政赤字", "中央赤字增量", "财政赤字增量", "中央财政赤字减少",
                 "中央财政赤字比上年预算减少", "中央财政赤字规模增量"],
    **EXPL,
    note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); the basis "
         "比上年预算 (the 2005 budget) is no comparison of an amount fact (as wr_china_2005_b); "
         "target; " + T_NOTE)
g.neg("加大对“三农”、中小企业", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 2 (source 35): 扩大内需 一是 ===============================================================
g.neg("一是努力增加城乡居民收入", "一是", MARKER_NOTE + " (N是 enumerating the demand measures)")

# ==== line 3 (source 36): 二是…四是 (统一 lexicalized) ================================================
g.neg("二是稳定居民支出预期", "二是", MARKER_NOTE)
g.neg("三是大力开拓农村消费市场", "三是", MARKER_NOTE)
g.neg("四是完善消费环境和政策", "四是", MARKER_NOTE)

# ==== line 4 (source 37): fixed-asset investment ======================================================
g.neg("信贷两个闸门", "两个", "两个闸门 'the two gates' (土地 and 信贷, just named), a metaphor "
      "restating them, not a count claim (as wr_china_2005 / wr_china_2005_b)")

# ==== line 5 (source 38): heading （二） ==============================================================
g.neg("（二）扎实推进", "（二）", MARKER_NOTE)

# ==== line 6 (source 39) ============================================================================
g.neg("党的十六届五中全会", "十六届五中全会", "plenum label (SPEC §1 二十届三中全会)")
g.neg("加大对“三农”的支持力度", "三农", LABEL_NOTE + " (“三农”)")

# ==== line 7 (source 40): modern agriculture, “三农” spending =========================================
g.neg("首先要发展现代农业", "首先", "adverb 首先 'first of all', not a rank or quantity (as "
      "wr_china_1982)")
AGRI = ["中央财政“三农”支出", "中央财政用于三农的支出", "“三农”支出", "三农支出",
        "中央财政三农支出", "用于“三农”的支出", "中央财政用于“三农”支出"]
g.neg("用于“三农”的支出", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
gov("的支出达到3397亿元", "3397亿元", value=3397e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的支出", metric_alts=AGRI, **EXPL,
    note="达到 → eq; the central budget for 2006 (a figure of the plan part) → target (as "
         "拟安排“三农”投入 in wr_china_2010_d); " + T_NOTE + "; " + GOV_NOTE)
gov("比上年增加422亿元", "422亿元", value=422e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”的支出增量",
    metric_alts=AGRI + ["“三农”支出增量", "中央财政“三农”支出增量", "三农支出增量",
                        "中央财政用于“三农”的支出增加"],
    **EXPL,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2; as "
         "比上年增加349亿元 in wr_china_2006); 比上年 is no comparison of an amount fact; "
         "target; " + T_NOTE)
g.neg("农村二、三产业", "二、三产业", "sector names 第二、第三产业 (list with a shared head, as "
      "第一、二、三产业 in cm_qiandongnan_2023_b), not a quantity")

# ==== line 8 (source 41): rural infrastructure ========================================================
g.neg("这是一个重大转变", "一个", "indefinite article 一个, not a quantity")
g.neg("有一个大的改善", "一个", "indefinite article 一个, not a quantity")

# ==== line 9 (source 42): 农村综合改革, the abolition of the agricultural tax ==========================
DUR = ["农业税实行时间", "农业税实行年数", "农业税历史", "农业税存续时间", "农业税征收历史",
       "古老税种实行时间", "实行时间", "农业税实行历史", "农业税"]
fact("长达2600年", "2600年", value=2600, unit="year", kind="amount",
     metric="农业税实行时间", metric_alts=DUR, modality="actual",
     period=T06, period_alts=[null(YT), P("长达2600年", None, "2005-12-31")],
     note="judgement call: the length of time the agricultural tax was levied (实行了长达2600年, "
          "unit year; 长达 'as long as' → eq, outside the span, as 长达3500多公里 in "
          "wr_china_2003) → a duration fact about the past → actual; the streak ends with the "
          "abolition in 今年 (= 2006, explicit at the head of the line, as the streaks of "
          "wr_yunnan_2025 take the year they end in); null and the span ending 2005-12-31 (the "
          "last year the tax was levied, open start) as alts")
TAXB = ["农业税", "农业税负担", "取消的农业税赋", "取消农业税赋", "原先的农业税赋", "农业税收入",
        "农业税赋取消额", "农村税费改革取消农业税赋"]
fact("取消了原先336亿元", "336亿元", value=336e8, unit="CNY", kind="amount",
     metric="农业税赋", metric_alts=TAXB, modality="actual",
     period=T06, period_alts=[null(YT)],
     note="取消了 → what the rural tax reform has done → actual; the yearly agricultural tax "
          "burden (原先 'formerly') lifted from farmers; judgement call on the period: 今年 at "
          "the head of the line governs (SPEC §4, the year the tax is wholly abolished); null as "
          "alt (the burden of the years before)")
g.neg("的“三提五统”", "三提五统", LABEL_NOTE + " (“三提五统”: the three village retentions and "
      "five township levies, a name of a set of fees), not counts")
FEES = ["“三提五统”和农村教育集资", "三提五统和农村教育集资", "“三提五统”", "三提五统",
        "取消的“三提五统”和农村教育集资", "“三提五统”和农村教育集资等", "农民负担", "农村收费"]
fact("取消了700多亿元", "700多亿元", value=700e8, unit="CNY", kind="amount", bound="gt",
     metric="“三提五统”和农村教育集资等", metric_alts=FEES, modality="actual",
     period=T06, period_alts=[null(YT)],
     note="多 inside the span → gt; one amount over the listed levies (“三提五统”和农村教育集资等) "
          "→ one fact, parts as alts; 取消了 → actual; period as the 336亿元 (今年 governs, "
          "null as alt)")
SPEND = ["国家财政安排支出", "国家财政每年安排支出", "安排支出", "国家财政支出",
         "保证基层政权正常运转和农村义务教育的支出", "保障基层政权运转和农村义务教育支出",
         "国家财政保证基层政权正常运转和农村义务教育支出", "农村税费改革支出", "农村综合改革支出",
         "农村税费改革财政支出"]
fact("每年安排支出1030多亿元", "1030多亿元", value=1030e8, unit="CNY", kind="amount",
     bound="gt", metric="保证基层政权正常运转和农村义务教育支出", metric_alts=SPEND,
     subject_alts=CN + ["国家财政", "中央和地方财政", "中央财政", "地方财政"], **YEARLY,
     note="多 inside the span → gt; 将…安排 → target; the yearly spending of the state budgets "
          "(central + local, split in the 其中 clause) to keep township governments running "
          "and pay for rural compulsory education after the tax abolition (为…的需要 names the "
          "purpose, kept in the metric); " + YEARLY_NOTE)
gov("转移支付每年将达到780多亿元", "780多亿元", value=780e8, unit="CNY", kind="amount",
    bound="gt", metric="中央财政转移支付",
    metric_alts=["转移支付", "中央转移支付", "中央财政转移支付资金", "中央财政每年转移支付",
                 "农村税费改革转移支付", "中央财政农村税费改革转移支付"],
    **YEARLY,
    note="其中: the central part of the 1030多亿元; 多 → gt; 将达到 → target (eq apart from 多); "
         + YEARLY_NOTE + "; " + GOV_NOTE)
fact("地方财政每年将安排支出250多亿元", "250多亿元", value=250e8, unit="CNY", kind="amount",
     bound="gt", metric="地方财政支出",
     metric_alts=["地方财政安排支出", "地方财政每年安排支出", "安排支出", "地方支出",
                  "地方财政每年支出"],
     subject_alts=CN + ["地方财政", "地方政府", "地方"], **YEARLY,
     note="其中: the local part of the 1030多亿元 (all local budgets together → 中国, 地方财政 "
          "as alt); 多 → gt; 将安排 → target; " + YEARLY_NOTE)
g.neg("任务仍然十分艰巨", "十分", "adverb 十分 'very', not a quantity (as wr_china_2006_b)")
g.neg("一定要坚定不移地推进", "一定", "adverb 一定 'certainly', not a quantity (as "
      "wr_china_2009_c)")

# ==== line 10 (source 43): closing line of task （二） ==================================================
g.neg("是一项长期而艰巨", "一项", "indefinite article 一项 'a (task)', not a quantity")
g.neg("防止一哄而起", "一哄而起", "idiom 一哄而起 'rush headlong into', not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 二、今年主要任务 (heading on source line 27, outside the excerpt) — the plan "
    "for 2006: task （一） 继续保持经济平稳较快发展 (heading on source line 32, outside): 稳定宏观"
    "经济政策 (长期建设国债 600亿元 and −200亿元, 中央预算内经常性建设投资 +100亿元, 中央财政赤字 "
    "2950亿元 and −50亿元), 扩大内需 (一是…四是), 固定资产投资 (两个闸门); then task （二） 扎实推进"
    "社会主义新农村建设 in full (heading inside the excerpt): “三农” 支出 3397亿元 and +422亿元, "
    "rural infrastructure, 农村综合改革 (the abolition of the agricultural tax: 长达2600年, "
    "336亿元, 700多亿元; 从今年起 每年 1030多亿元 = 中央 780多亿元 + 地方 250多亿元) and the "
    "closing line. wr_china_2006 (2-19), wr_china_2006_b (20-33, held out) and "
    "wr_china_2006_c (101-120) hold other parts (no overlap). The source has no title line; "
    "the title is the corpus meta title (title_in_text=False). Date: 2006-03-05, the shared "
    "meta date: the opening day of the 4th session of the 10th NPC, on which Premier Wen "
    "Jiabao delivered the report (the Wikisource text has no date line); nothing in the "
    "excerpt contradicts it (今年 = 2006, 上年 = 2005). Place: national report → 中国 (alts "
    "我国/全国/中华人民共和国); the central budget's figures add 中央财政/中央政府/国务院; the "
    "yearly 1030多亿元 adds 国家财政/中央和地方财政, the local 250多亿元 地方财政/地方政府. "
    "Periods: each line with a figure names 今年 before it (lines 34, 40, 42: explicit 2006); "
    "从今年起…每年 → 2006 as gold, open-ended 2006.. and text-only 每年 as alts (judgement "
    "call); 比上年 / 比上年预算 are bases. Modality: target for the 2006 budget and policy "
    "figures (拟发行, 增加, 拟安排, 达到 of the budget, 将安排, 将达到); actual for what the "
    "abolition has done (长达2600年, 取消了 336亿元 / 700多亿元). Bounds: 多 inside the span → "
    "gt (700多亿元, 1030多亿元, 780多亿元, 250多亿元); 长达 → eq. Judgement calls: 2600年 → a "
    "duration fact (actual, period 2006 = the year the streak ends, null and ..2005-12-31 as "
    "alts); 336亿元 / 700多亿元 → actual under the line's 今年 (null as alt); 3397亿元 in the "
    "plan part → target (budget); 增加中央预算内经常性建设投资100亿元 → 增量 (positive); "
    "两个 (闸门), 三提五统, 二、三产业 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
