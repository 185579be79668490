"""Gold annotations for wr_tianjin_2025_e (2025年天津市政府工作报告, the start of the 2025 plan:
the outlook, the 预期目标, task （一） 京津冀 in full and the start of task （二）), lines 35-45
of shared/texts/work_report/wr_tianjin_2025.txt.

The excerpt corpora/wr_tianjin_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the opening of part
二、2025年工作安排 (its heading, source line 34, is the last line of wr_tianjin_2025_c, outside
this excerpt): 今年是“十四五”规划收官之年…, the 全市经济社会发展的预期目标 (GDP, revenue,
investment, unemployment, jobs, prices), 重点做好七个方面工作, task （一）坚持区域一体化、京津
同城化… in full (opening line, 科技创新协同和产业体系配套融合 with the 1600亿元 target, 既有平台,
软硬联通), and task （二）坚持以“三新”、“三量”为重要工作抓手… up to its first work paragraph
(统筹推进创新策源与成果转化: 天开园, 10家以上全国重点实验室, talent).  All of it is the plan
for 2025.  Lines 7-18, 20-34, 55-65 and 68-83 are wr_tianjin_2025, _c, _b and _d (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_tianjin_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_tianjin_2025_e"
SOURCE_ID = "wr_tianjin_2025"
PLACE = "天津市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 35, 45                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年天津市政府工作报告"       # line 1 of the source, outside the excerpt
TJ_ALTS = ["天津", "全市"]
GOV_ALTS = TJ_ALTS + ["天津市人民政府", "市人民政府", "市政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="今年是“十四五”规划收官之年",
                 ends="有针对性新建一批产业创新联合体。")
text = g.text
fact = g.with_subject(PLACE, TJ_ALTS)

MARKER_NOTE = "list marker (（N）), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
CAPITAL_NOTE = "lexicalized 首都 (capital), not a rank (as wr_beijing_2025, wr_tianjin_2025_b)"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading: source line 34, just before the
# excerpt): the plan for 2025 → modality target.  Line 1 opens with 今年是… (= 2025) but holds
# no figure, and a period never crosses a line; no other line names a period (no 今年, 全年,
# 年度 or date before a number), so every number takes the section frame
# 2025-01-01..2025-12-31 (SPEC §4) with the null reading in period_alts (as wr_tianjin_2025_b /
# wr_tianjin_2025_d).  The period text is the excerpt's own word for the plan year, 今年 of
# line 1 (the heading's 2025年 is outside the excerpt; only dates are scored; as 年度 in
# wr_tianjin_2025_b).  Things to be approved or added (再获批10家以上全国重点实验室) → the year
# with the end instant as a further alt (PLAN_SET, as wr_tianjin_2025_b); the 预期目标 rates
# and growths, the investment to be drawn in and the number of task areas → the year only.
S25 = P("今年", "2025-01-01", "2025-12-31")
S25_NULL = P("今年", None, None)
S25_END = P("今年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
TARGET_NOTE = ("预期目标 → target; the line states no period (今年 of line 1 does not cross "
               "the line): section frame of part 二、2025年工作安排 (source line 34), null as alt")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (source line 34), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be approved/added: the end instant as a further alt"

# ==== line 1 (source 35): 今年是“十四五”规划收官之年… (no facts) ===================================
g.neg("今年是“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("天津篇章的重要一年", "一年", "'an important year' (the year 2025), not a duration fact "
      "(as wr_tianjin_2025 关键一年)")

# ==== line 2 (source 36): 全市经济社会发展的预期目标 ===============================================
GDP = ["全市地区生产总值", "GDP", "生产总值", "经济增长", "经济增速"]
fact("地区生产总值增长5％左右", "5％", value=5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP, comparison="yoy", **PLAN,
     note=TARGET_NOTE + "; 左右 → approx (outside the span)")
fact("预算收入增长3％左右", "3％", value=3, unit="%", kind="growth", bound="approx",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **PLAN, note=TARGET_NOTE + "; 左右 → approx")
fact("固定资产投资增长3％左右", "3％", value=3, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=["全市固定资产投资", "固定资产投资增速", "投资"],
     comparison="yoy", **PLAN, note=TARGET_NOTE + "; 左右 → approx")
fact("失业率5.5％左右", "5.5％", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **PLAN,
     note=TARGET_NOTE + "; a rate → share (SPEC §2); 左右 → approx")
fact("城镇新增就业30万人", "30万人", value=3e5, unit="count", kind="count", classifier="人",
     metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业", "城镇新增就业数量"], **PLAN,
     note=TARGET_NOTE + "; no bound word → eq; the jobs added over 2025 (a flow of the year; "
          "新增 is part of the indicator's name)")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "物价涨幅"]
fact("涨幅2％左右", "2％", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格", metric_alts=CPI, comparison="yoy", **PLAN,
     note=TARGET_NOTE + "; 涨幅 = growth of the price level (as wr_anhui_2025_b); 左右 → "
          "approx")

# ==== line 3 (source 37): 重点做好七个方面工作 ====================================================
fact("重点做好七个方面工作", "七个", value=7, unit="count", kind="count", classifier="个",
     metric="重点工作方面",
     metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点做好的工作方面",
                  "重点工作方面数量", "方面数量"],
     subject_alts=GOV_ALTS, **PLAN,
     note="judgement call: the areas of work planned for 2025 (the seven tasks （一）…（七）) → "
          "a count, as 重点做好八个方面工作 in wr_jilin_2025_b and 11个方面 in "
          "wr_neimenggu_2025_d; a discourse-count negative (as 三个方面 in wr_shaanxi_2025) is "
          "the alternative; Chinese numeral 七 → 7; " + PLAN_NOTE)

# ==== line 4 (source 38): heading （一） ============================================================
g.neg("（一）坚持区域一体化", "（一）", MARKER_NOTE)

# ==== line 5 (source 39): opening of task （一） (no numerals) =====================================

# ==== line 6 (source 40): 科技创新协同和产业体系配套融合 ============================================
g.neg("主动融入首都创新链", "首都", CAPITAL_NOTE)
g.neg("与首都资源深度", "首都", CAPITAL_NOTE)
g.neg("联合京冀两地", "两地", "两地 'both places' naming the two parties (京冀 = Beijing and "
      "Hebei), not a measured count (as 中英两国 in wr_china_1997)")
g.neg("推进“六链五群”", "六链五群", LABEL_NOTE + " (“六链五群”: the six industrial chains and "
      "five clusters of the 京津冀 plan, as wr_hebei_2025_c)")
INV = ["引进疏解功能资源投资", "疏解功能资源投资", "市场化引进疏解功能资源投资额",
       "引进北京疏解功能资源投资", "疏解功能资源投资额", "引进疏解功能资源",
       "市场化引进疏解功能资源"]
fact("疏解功能资源投资1600亿元", "1600亿元", value=1600e8, unit="CNY", kind="amount",
     metric="市场化引进疏解功能资源投资", metric_alts=INV, **PLAN,
     note="the investment to be drawn in from functions relocated out of Beijing in 2025 (a "
          "flow of the year; the review's 在津新设机构1981家 is the same programme); 1600亿元 = "
          "1.6e11 CNY; no bound word → eq; " + PLAN_NOTE)
g.neg("“四张清单”", "四张清单", LABEL_NOTE + " (“四张清单”, the 'four lists' of the central-SOE "
      "project mechanism), not a count claim")
g.neg("主动融入首都科技服务体系", "首都", CAPITAL_NOTE)
g.neg("纳入首都科创服务半径", "首都", CAPITAL_NOTE)
g.neg("科创服务半径", "半径", "lexicalized 半径 'radius' (服务半径 'service radius'), not a "
      "quantity")
g.neg("市场化对接首都各类", "首都", CAPITAL_NOTE)
g.neg("与中关村、首都科创资源", "首都", CAPITAL_NOTE)

# ==== line 7 (source 41): 既有平台承载质效 (no numerals) ============================================

# ==== line 8 (source 42): 软硬联通服务效能 ==========================================================
g.neg("社保卡“一卡通”", "一卡通", LABEL_NOTE + " (一卡通 'one card for all', as "
      "wr_tianjin_2025)")

# ==== line 9 (source 43): heading （二） ============================================================
g.neg("（二）坚持以", "（二）", MARKER_NOTE)
g.neg("以“三新”、“三量”", "三新", LABEL_NOTE + " (“三新” 'the three new', as "
      "wr_tianjin_2025_c), a set label")
g.neg("以“三新”、“三量”", "三量", LABEL_NOTE + " (“三量” 'the three volumes': 盘活存量、扩大"
      "增量、提升质量, as wr_tianjin_2025_c), a set label")

# ==== line 10 (source 44): opening of task （二） (no numerals) ====================================

# ==== line 11 (source 45): 统筹推进创新策源与成果转化 ==============================================
g.neg("“两翼”要成为", "两翼", LABEL_NOTE + " (“两翼”, the 'two wings' of 天开园's “一核两翼多点” "
      "layout, as 一核两翼多点 in wr_tianjin_2025), not a count")
fact("争取再获批10家以上", "10家", value=10, unit="count", kind="count", classifier="家",
     bound="ge", metric="全国重点实验室",
     metric_alts=new("全国重点实验室", "获批全国重点实验室", "再获批全国重点实验室",
                     "新获批全国重点实验室", "国家重点实验室"),
     **PLAN_SET,
     note="争取 → target; 以上 → ge (outside the span); 再获批 N: further labs to be approved "
          "in 2025 (on top of the 17 of the review), the noun with 增量 alts (README §3); "
          + SET_NOTE)
g.neg("有针对性新建一批", "一批", "quantifier 一批 (README §2)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: the start of part 二、2025年工作安排 (its heading, source line 34, is just "
    "before the excerpt) — the plan for 2025: the outlook 今年是“十四五”规划收官之年…, the "
    "全市经济社会发展的预期目标 (GDP, budget revenue, fixed-asset investment, unemployment, new "
    "urban jobs, CPI), 重点做好七个方面工作, task （一） 京津冀协同 in full (科技创新协同 with the "
    "1600亿元 investment target, 既有平台, 软硬联通) and task （二） 三新/三量 up to its first "
    "work paragraph (天开园, 10家以上全国重点实验室, talent). Lines 7-18, 20-34, 55-65, 68-83 "
    "are wr_tianjin_2025, _c, _b, _d (no overlap). Title line, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-14, the delivery date in the report's header (source line 3: 2025年1月14日在天津市"
    "第十八届人民代表大会第三次会议上); the shared meta agrees. Place: 天津市 (天津, 全市 → "
    "alts; the government's names as alts of the task count). Periods: no line states a "
    "period before its numbers (今年 of line 1 holds no figure and does not cross the line): "
    "section frame 2025-01-01..2025-12-31 with period text 今年 (the excerpt's word for the "
    "plan year), null as alt; the labs to be approved → the year with the end instant as a "
    "further alt. Modality: target throughout. Bounds: 左右 → approx; 以上 → ge; the rest "
    "eq. Units: ％ (full-width) → %; 万人 → count 人; 亿元 1e8. Judgement calls: 七个方面工作 → "
    "a count (as wr_jilin_2025_b; discourse negative the alternative); 城镇新增就业30万人 eq "
    "(no bound word); 1600亿元 → an investment flow of the year; 再获批10家以上 → count with "
    "增量 alts; 两地 (京冀两地) a named pair, 半径 lexicalized, 六链五群 / 四张清单 / 一卡通 / 三新 / "
    "三量 / 两翼 labels (negatives); 首都 ×6 negated as in the other Tianjin/Beijing golds. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 一体 (区域一体化 ×2, 一体化发展), 一般 (一般公共预算收入).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：天津人大—天津日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
