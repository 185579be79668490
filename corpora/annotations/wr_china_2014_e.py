"""Gold annotations for wr_china_2014_e (2014年中华人民共和国国务院政府工作报告, the end of part 二
(the growth and price targets explained, the three policy orientations with the 2014 budget
and the M2 target) and the start of part 三 (task （一）: administrative, fiscal and financial
reform)), lines 40-53 of shared/texts/work_report/wr_china_2014.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines, as unseen test excerpts
are cut).  It lies in the plan for 2014: part 二、2014年工作总体部署 (heading on source line 36,
outside the excerpt; the 主要预期目标 on source line 39, outside) from 关于经济增长 (7.5%左右) and
关于价格水平 (3.5%左右) through 第一/第二/第三 (the 2014 budget: 财政赤字13500亿元, +1500亿元,
中央9500亿元, 代地方发债4000亿元, 赤字率2.1%; M2 13%左右), then part 三、2014年重点工作
(heading inside) with task （一）推动重要领域改革取得新突破: 行政审批 200项以上, 事中事后监管,
财税 (专项转移支付项目减少三分之一) and 金融体制改革.  wr_china_2014 (3-21), wr_china_2014_b
(23-39, held out), wr_china_2014_c (90-103, held out) and wr_china_2014_d (68-82) hold other
parts (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2014_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2014_e"
SOURCE_ID = "wr_china_2014"
PLACE = "中国"
REF = "2014-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 40, 53                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2014年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2014)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="关于经济增长。",
                 ends="“三农”等实体经济之树。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
IDIOM_NOTE = "idiom, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or acts: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2014_d / wr_china_2015_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2014-03-05; 去年/上年 = 2013, 今年 = 2014) -----------------------
# The whole excerpt is the plan for 2014 → modality target.  A line is a paragraph; a period
# governs the clauses after it in its line only (SPEC §4).
# - Lines 1-2 (source 40-41, 关于经济增长 / 关于价格水平) restate the growth and price targets
#   of the 主要预期目标 (source 39, outside): no period stands before their numbers (今年 of
#   实现今年经济增长目标 and 去年/今年 of 去年涨价翘尾影响和今年新涨价因素 come after them and
#   govern none) → the section frame of part 二、2014年工作总体部署 (heading on source line 36,
#   outside the excerpt; period text 2014年), null as alt (as wr_china_2015_b 经济增长预期7%左右).
# - Line 5 (source 44, 第二) names 今年 before its first number (今年拟安排财政赤字…) and again
#   before M2 (今年广义货币M2预期增长…): explicit 2014, no null alt.
# - Line 11 (source 50) names 今年 before 200项 (今年要再取消和下放…): explicit.
# - Line 13 (source 52) states no period before 三分之一: the section frame of the heading
#   三、2014年重点工作 (line 7 of the excerpt), period text 2014年, null as alt.
S14 = P("2014年", "2014-01-01", "2014-12-31")
FRAME = dict(period=S14, period_alts=[null("2014年")])
T14 = P("今年", "2014-01-01", "2014-12-31")
EXPL = dict(period=T14)
FRAME2_NOTE = ("no period before it in its line (今年 comes later and governs nothing before "
               "it): section frame of part 二、2014年工作总体部署 (heading on source line 36, "
               "outside the excerpt; period text 2014年), null as alt")
FRAME3_NOTE = ("no period before it in its line: section frame of the heading 三、2014年重点工作 "
               "(line 7 of the excerpt), null as alt")
T_NOTE = "今年 (= 2014) earlier in its line governs (explicit)"

# ==== line 1 (source 40): 关于经济增长 ===============================================================
g.neg("我国仍是一个发展中国家", "一个", "indefinite article 一个, not a quantity")
GROWTH = ["经济增长预期目标", "增长预期目标", "经济增长目标", "国内生产总值", "GDP",
          "国内生产总值增长", "经济增速", "GDP增长", "经济增长速度", "增长"]
fact("把增长预期目标定在7.5%左右", "7.5%", value=7.5, unit="%", kind="growth", bound="approx",
     metric="经济增长", metric_alts=GROWTH, comparison="yoy", **FRAME,
     note="the 2014 growth target restated (its own mention → its own fact, as wr_china_2015_b "
          "经济增长预期7%左右); 预期目标 → target; 左右 → approx (outside the span); "
          + FRAME2_NOTE)

# ==== line 2 (source 41): 关于价格水平 ===============================================================
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格总水平", "物价涨幅",
       "物价"]
fact("把居民消费价格涨幅控制在3.5%左右", "3.5%", value=3.5, unit="%", kind="growth",
     bound="approx", metric="居民消费价格", metric_alts=CPI, comparison="yoy", **FRAME,
     note="the 2014 price target restated; 涨幅 = growth of the price level; 控制在 → target; "
          "左右 → approx; 去年涨价翘尾影响和今年新涨价因素 comes after it (no number, governs "
          "none); " + FRAME2_NOTE)

# ==== line 3 (source 42): 以下原则和政策取向 (no numeral) ===========================================

# ==== line 4 (source 43): 第一，向深化改革要动力 =====================================================
g.neg("第一，向深化改革", "第一", MARKER_NOTE + " (第一，… 第二，… 第三，)")
g.neg("背水一战", "背水一战", IDIOM_NOTE + " (背水一战 'fight with one's back to the river')")

# ==== line 5 (source 44): 第二，保持经济运行处在合理区间 — the 2014 budget and M2 =================
g.neg("第二，保持经济运行", "第二", MARKER_NOTE)
DEF = ["财政赤字规模", "赤字规模", "赤字", "全国财政赤字", "赤字总额"]
gov("今年拟安排财政赤字13500亿元", "13500亿元", value=13500e8, unit="CNY", kind="amount",
    metric="财政赤字", metric_alts=DEF, **EXPL,
    note="拟安排 → target; the budgeted deficit of 2014 (central and local together, 其中 "
         "follows); 亿元 ×1e8; " + T_NOTE + "; " + GOV_NOTE)
gov("比上年增加1500亿元", "1500亿元", value=1500e8, unit="CNY", kind="amount",
    metric="财政赤字增量",
    metric_alts=["财政赤字", "赤字规模增量", "赤字增量", "财政赤字规模增量", "财政赤字增加",
                 "财政赤字比上年增加"],
    **EXPL,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no comparison of an amount fact (as wr_china_2015_b); target; " + T_NOTE)
gov("其中中央财政赤字9500亿元", "9500亿元", value=9500e8, unit="CNY", kind="amount",
    metric="中央财政赤字", metric_alts=["中央赤字", "中央财政赤字规模", "财政赤字"], **EXPL,
    note="其中: the central part of the 13500亿元 (target); " + T_NOTE + "; " + GOV_NOTE)
gov("由中央代地方发债4000亿元", "4000亿元", value=4000e8, unit="CNY", kind="amount",
    metric="代地方发债",
    metric_alts=["中央代地方发债", "代发地方债", "代发地方政府债券", "代地方发行债券", "地方政府债券",
                 "地方债", "代地方发债规模", "地方财政赤字"],
    subject_alts=GOV + CN + ["地方政府", "地方"], **EXPL,
    note="the local governments' bonds issued by the central government on their behalf (the "
         "local part of the 13500亿元 deficit) → target; 地方政府 (the debtors) as alt (as "
         "wr_china_2013_c); " + T_NOTE)
RATE = ["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
        "财政赤字占国内生产总值的比重"]
gov("赤字率稳定在2.1%", "2.1%", value=2.1, unit="%", kind="share", metric="赤字率",
    metric_alts=RATE, **EXPL,
    note="the deficit over the year's GDP → share; 稳定在 'held at': the 2014 ratio that results "
         "from the budgeted deficit → target (as wr_china_2013_c 赤字率在2%左右); no 左右 → eq; "
         "judgement call: it equals the 2013 ratio (稳定), but the sentence states the 2014 "
         "budget; " + T_NOTE)
g.neg("今年广义货币M2预期", "M2", "indicator name M2 (broad money), not a quantity (as "
      "wr_china_2014 / wr_china_2015_b)")
M2 = ["M2", "广义货币M2", "广义货币供应量", "M2余额", "广义货币余额", "货币供应量", "M2增速",
      "广义货币增长"]
fact("M2预期增长13%左右", "13%", value=13, unit="%", kind="growth", bound="approx",
     metric="广义货币", metric_alts=M2, comparison="yoy", **EXPL,
     note="预期增长 → target; 左右 → approx (outside the span); the balance's growth over the "
          "year (comparison yoy, as wr_china_2015_b); 今年 restated right before it (explicit)")

# ==== line 6 (source 45): 第三，着力提质增效升级 (no facts) ===========================================
g.neg("第三，着力提质增效", "第三", MARKER_NOTE)

# ==== line 7 (source 46): heading of part 三 =========================================================
g.neg("三、2014年重点工作", "三、", MARKER_NOTE)
g.neg("三、2014年重点工作", "2014年", PERIOD_NOTE + " (section heading: the plan year 2014; "
      "the period text of the facts without a period of their own in part 三)")

# ==== line 8 (source 47): 做好今年政府工作 (no numeral) ===============================================

# ==== line 9 (source 48): heading of task （一） ======================================================
g.neg("（一）推动重要领域", "（一）", MARKER_NOTE)

# ==== line 10 (source 49): 改革是今年政府工作的首要任务 ===============================================
g.neg("牵一发而动全身", "牵一发而动全身", IDIOM_NOTE + " (牵一发而动全身 'pull one hair and the "
      "whole body moves')")

# ==== line 11 (source 50): 深入推进行政体制改革 =======================================================
APPROVAL = ["取消和下放行政审批事项", "取消和下放的行政审批事项", "行政审批事项",
            "再取消和下放行政审批事项", "取消和下放行政审批事项数量", "行政审批事项数量",
            "取消和下放的行政审批等事项"]
gov("今年要再取消和下放行政审批事项200项以上", "200项", value=200, unit="count", kind="count",
    bound="ge", classifier="项", metric="取消和下放的行政审批事项", metric_alts=APPROVAL, **EXPL,
    note="以上 → ge (outside the span); 要再取消和下放 → target; the predicate defining the set "
         "is in the metric (as 416项 in wr_china_2014); " + T_NOTE + "; " + GOV_NOTE)
g.neg("一律向社会公开", "一律", "adverb 一律 'without exception', not a quantity")
g.neg("一律不得实施审批", "一律", "adverb 一律 'without exception', not a quantity")

# ==== line 12 (source 51): 加强事中事后监管 ===========================================================
g.neg("推广一站式审批", "一站式", LABEL_NOTE + " (一站式 'one-stop', as nw_jiangsu_tech_2026)")
g.neg("一个窗口办事", "一个", "一个窗口 'a single window' (service label), not a measured count")
g.neg("建立黑名单制度", "黑名单", "lexicalized 黑名单 'blacklist' (单 as in 清单), not a quantity "
      "(as 榜单 in wr_yunnan_2025)")
g.neg("一路畅通", "一路", IDIOM_NOTE + " (一路畅通 'a clear road all the way', as 一路飞奔 in "
      "nw_cctv_20160711_chongqing_liangjiang_2016)")

# ==== line 13 (source 52): 抓好财税体制改革这个重头戏 =================================================
g.neg("所有财政拨款的“三公”", "三公", LABEL_NOTE + " (“三公”经费: spending on official travel "
      "abroad, vehicles and receptions, as wr_china_2014_b)")
TRANSFER = ["专项转移支付", "专项转移支付项目数量", "中央对地方专项转移支付项目",
            "中央对地方专项转移支付项目数量", "专项转移支付项目数"]
gov("专项转移支付项目要减少三分之一", "三分之一", value=-100 / 3, unit="%", kind="growth",
    metric="专项转移支付项目", metric_alts=TRANSFER, comparison="yoy", **FRAME,
    note="三分之一 → 33.33 %, 减少 → negative (a relative cut of the number of items, as "
         "减少三分之一 in wr_china_2016); no basis written → yoy by default; 要减少 → target; "
         "今后还要进一步减少 after it states no number; " + FRAME3_NOTE + "; " + GOV_NOTE +
         ". Known false alarm: the shared check_gold.py reads the span 三分之一 as 3")

# ==== line 14 (source 53): 深化金融体制改革 ===========================================================
g.neg("扩大汇率双向浮动区间", "双向", "双向 'two-way' (floating in both directions), not a "
      "quantity (as wr_china_2012_c)")
g.neg("成为一池活水", "一池", IDIOM_NOTE + " (一池活水 'a pool of living water', a metaphor)")
g.neg("“三农”等实体经济", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut; sparse in "
    "numbers: the plan's reasoning and reform tasks). Part of the document: the "
    "plan for 2014 — the end of part 二、2014年工作总体部署 (heading on source line 36 and the "
    "主要预期目标 on line 39 are outside): 关于经济增长 (7.5%左右), 关于价格水平 (3.5%左右), the "
    "policy orientations 第一/第二/第三 (the 2014 budget: 财政赤字13500亿元, 比上年增加1500亿元, "
    "中央财政赤字9500亿元, 代地方发债4000亿元, 赤字率2.1%; M2 13%左右); then part 三、2014年重点工作 "
    "(heading inside) with task （一）推动重要领域改革取得新突破 (行政审批 200项以上, 事中事后监管, "
    "财税: 专项转移支付项目减少三分之一, 金融体制改革). The source has no title line; the title is "
    "the corpus meta title (title_in_text=False). Date: 2014-03-05, the shared meta date: the "
    "opening day of the 2nd session of the 12th NPC, on which Premier Li Keqiang delivered the "
    "report (the Wikisource text has no date line); nothing in the excerpt contradicts it "
    "(上年/去年 = 2013, 今年 = 2014). Place: national report → 中国 (alts 我国/全国/中华人民共和国); "
    "the central budget, the approval cuts and the transfer cut add 中央政府/国务院/中央财政; "
    "代地方发债 adds 地方政府/地方. Periods: 7.5% and 3.5% (source 40-41) have no period before "
    "them in their lines (今年/去年 come after) → the section frame of part 二 (2014, heading "
    "outside; period text 2014年), null as alt; 今年 governs the budget line (source 44: "
    "13500亿元, 1500亿元, 9500亿元, 4000亿元, 2.1%, and M2 13% after 今年 restated) and 200项 "
    "(source 50) explicitly; 三分之一 (source 52) takes the frame of the heading 三、2014年重点工作 "
    "(null as alt). Modality: target throughout (预期目标, 控制在, 拟安排, 稳定在, 预期增长, 要再取消, "
    "要减少). Bounds: 左右 → approx (7.5%, 3.5%, 13%); 以上 → ge (200项). Units: 亿元 ×1e8 CNY; "
    "三分之一 → 33.33 %. Judgement calls: the restated 7.5% / 3.5% targets → their own facts "
    "(target, frame period); 赤字率稳定在2.1% → the 2014 ratio, target (it equals the 2013 ratio); "
    "比上年增加1500亿元 → 财政赤字增量 (SPEC §2), comparison null; 代地方发债 → 中国 with 地方政府 "
    "as alt; 专项转移支付项目要减少三分之一 → growth −33.33 (yoy by default), target; 一个窗口 "
    "and 一站式 → labels (negatives); 一律 → adverb (negative). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 首要 (首要任务), 进一步 (×3), 清单 (×2), 统一 (×2), 一般 (一般性"
    "转移支付), 单位 (事业单位). No numerals: 今年, 去年, 上年 (periods without a numeral), 多层次, 中小型.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
