"""Gold annotations for wr_china_2012_d (2012年中华人民共和国国务院政府工作报告, the 2012 tasks:
the end of agriculture, the transformation of the growth model, the heading of science and
education), lines 79-95 of shared/texts/work_report/wr_china_2012.txt (held-out:
corpora/heldout/).

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines, as unseen test excerpts
are cut).  It lies in part 三、2012年主要任务 (heading on source line 65, outside the excerpt):
the last four paragraphs of task （三）促进农业稳定发展和农民持续增收 (heading on source line 76,
outside: 最低收购价 of wheat and rice +7.4元 / +16元 per 50 kg, 农业科技, 中央财政“三农”投入
12287亿元 (+1868亿元), 农村改革), task （四）加快转变经济发展方式 in full (industry, 节能减排,
energy and environment with the PM2.5 monitoring, regions, urbanisation) and the heading and
first line of task （五）深入实施科教兴国战略和人才强国战略.  All of it is the plan for 2012.
wr_china_2012 (3-25), wr_china_2012_b (26-42, held out) and wr_china_2012_c (49-66) hold other
parts (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2012_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2012_d"
SOURCE_ID = "wr_china_2012"
PLACE = "中国"
REF = "2012-03-05"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 79, 95                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2012年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2012)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="继续提高粮食最低收购价",
                 ends="是国家强盛、民族复兴的必由之路。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "place name {} ({}); 三 is not a quantity (as doc002 / nw_cctv_20210526_yrd_2021)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own prices or budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2009_d / wr_china_2012_c)")

gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2012-03-05; 上年 = 2011, 今年 = 2012) ----------------------------
# The whole excerpt is the plan for 2012: part 三、2012年主要任务 (source line 65, outside the
# excerpt) → modality target.  A line is a paragraph; a period governs the clauses after it in
# its line only (SPEC §4).  Both lines with figures name 今年 (= 2012) before their first
# number and so govern them explicitly (as wr_china_2009_d / wr_china_2014_d): line 1 (今年小麦、
# 稻谷最低收购价… → 7.4元, 16元) and line 3 (今年中央财政用于“三农”的投入… → 12287亿元,
# 1868亿元).  No null alt.  今年 and 2015年 of line 11 (PM2.5 monitoring) govern no number.
T12 = P("今年", "2012-01-01", "2012-12-31")
EXPL = dict(period=T12)
T_NOTE = "今年 (= 2012) earlier in its line governs (explicit)"

# ==== line 1 (source 79): 最低收购价, 扶贫 ==========================================================
g.neg("平均每50公斤", "50公斤", "basis of the price (最低收购价 per 50 kg, 平均每50公斤), part of the "
      "indicator, not a quantity of its own (as 平均每斤 in wr_china_2009_d, which carries no "
      "numeral)")
MSP_NOTE = ("分别: 小麦 ↔ 7.4元, 稻谷 ↔ 16元 (each with its own 元); the rise of the minimum "
            "purchase price per 50 kg on average (平均每50公斤, part of the indicator) = an "
            "absolute change of a price level (SPEC §2: <level>增量, positive, comparison null; as "
            "wr_china_2009_d 0.11元 / 0.13元); the state sets the prices → " + GOV_NOTE +
            "; 提高 in the plan → target; " + T_NOTE)
gov("分别提高7.4元", "7.4元", value=7.4, unit="CNY", kind="amount",
    metric="小麦最低收购价增量",
    metric_alts=["小麦最低收购价", "小麦最低收购价提高", "小麦最低收购价提高幅度",
                 "小麦最低收购价每50公斤提高", "小麦最低收购价提价幅度", "最低收购价增量",
                 "最低收购价", "小麦最低收购价平均每50公斤提高"],
    **EXPL, note=MSP_NOTE)
gov("7.4元和16元", "16元", value=16, unit="CNY", kind="amount",
    metric="稻谷最低收购价增量",
    metric_alts=["稻谷最低收购价", "稻谷最低收购价提高", "稻谷最低收购价提高幅度",
                 "稻谷最低收购价每50公斤提高", "稻谷最低收购价提价幅度", "最低收购价增量",
                 "最低收购价", "稻谷最低收购价平均每50公斤提高"],
    **EXPL, note=MSP_NOTE)
g.neg("实施新10年农村扶贫开发纲要", "新10年", LABEL_NOTE + " (新10年农村扶贫开发纲要: the "
      "poverty-reduction programme for the new decade 2011-2020, a plan name like 十二五; not a "
      "duration fact)")

# ==== line 2 (source 80): 农业科技 (no numeral) ======================================================

# ==== line 3 (source 81): 农业农村基础设施 ===========================================================
g.neg("用于“三农”的投入", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民; part of the metric)")
AGRI = ["中央财政“三农”投入", "中央财政用于“三农”的投入", "“三农”投入", "三农投入",
        "中央财政三农投入", "中央财政“三农”支出", "“三农”支出", "中央财政拟安排“三农”投入",
        "中央财政用于三农的投入"]
gov("拟安排12287亿元", "12287亿元", value=12287e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入", metric_alts=AGRI[1:], **EXPL,
    note="拟安排 → target; 亿元 ×1e8; the central budget's farm spending of 2012 (metric as "
         "wr_china_2009_d 7161亿元); " + T_NOTE + "; " + GOV_NOTE)
gov("比上年增加1868亿元", "1868亿元", value=1868e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入增量",
    metric_alts=AGRI + ["“三农”投入增量", "三农投入增量", "中央财政用于“三农”的投入增量",
                        "中央财政“三农”投入增加"],
    **EXPL,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no comparison of an amount fact (as wr_china_2009_d); target; " + T_NOTE)

# ==== line 4 (source 82): 深化农村改革 (no numeral) ==================================================

# ==== line 5 (source 83): heading （四） ==============================================================
g.neg("（四）加快转变经济发展方式", "（四）", MARKER_NOTE)

# ==== line 6 (source 84): 转变经济发展方式 ============================================================
g.neg("这既是一个长期过程", "一个", "indefinite article 一个, not a quantity")

# ==== line 7 (source 85): 产业结构优化升级 ============================================================
g.neg("发展新一代信息技术", "一代", "一代 of 新一代信息技术 'new-generation information "
      "technology' (a technology name, as wr_china_2014_d 新一代移动通信), not a quantity")
g.neg("推动三网融合", "三网融合", LABEL_NOTE + " (三网融合: the convergence of the telecom, "
      "broadcasting and internet networks), not a count")

# ==== line 8 (source 86): 兼并重组, 小型微型企业 (进一步 lexicalized) =================================

# ==== line 9 (source 87): 节能减排 =====================================================================
g.neg("千家重点耗能企业", "千家", LABEL_NOTE + " (千家重点耗能企业: the group of the 千家企业节能"
      "行动 programme, 'the thousand key energy-consuming enterprises') — judgement call; a count "
      "of about 1000 enterprises is the alternative reading (as 万名干部进万企 → label in "
      "wr_yunnan_2025)")

# ==== line 10 (source 88): 能源结构, 环境保护 (no numeral) ===========================================

# ==== line 11 (source 89): PM2.5 monitoring, ecology ==================================================
g.neg("京津冀、长三角", "长三角", PLACE_NOTE.format("长三角", "the Yangtze River Delta"))
g.neg("长三角、珠三角", "珠三角", PLACE_NOTE.format("珠三角", "the Pearl River Delta"))
g.neg("细颗粒物（PM2.5）", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity "
      "(as cm_luoyang_2023_b)")
g.neg("2015年覆盖所有", "2015年", PERIOD_NOTE + " (the deadline of the monitoring goal 覆盖所有地级"
      "以上城市, which states no number; governs none)")
g.neg("我们一定能走出", "一定", "adverb 一定 'certainly', not a quantity (as wr_china_2013_c)")
g.neg("走出一条生产发展", "一条", "indefinite article 一条 (一条…道路 'a path'), not a quantity")

# ==== line 12 (source 90): 区域经济协调发展 ===========================================================
g.neg("西部大开发新10年", "新10年", LABEL_NOTE + " (西部大开发新10年: the second decade of the "
      "Western Development strategy, 2011-2020, a programme name; not a duration fact — "
      "judgement call)")

# ==== lines 13-16 (source 91-94) ======================================================================
# 91 (特区、浦东、滨海): no numeral; 92-93 (城镇化, 农民工): no numeral; 94: heading （五）.
g.neg("（五）深入实施科教兴国", "（五）", MARKER_NOTE)

# ==== line 17 (source 95): 科技、教育事业 (no numeral) ================================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut; sparse in "
    "numbers: the plan's policy prose). Part of the document: part 三、2012年主要任务 (heading on "
    "source line 65, outside the excerpt) — the plan for 2012: the last four paragraphs of task "
    "（三）促进农业稳定发展和农民持续增收 (heading on source line 76, outside: 最低收购价 of wheat "
    "and rice +7.4元 / +16元 per 50 kg, 农业科技, 中央财政“三农”投入 12287亿元 (+1868亿元), "
    "农村改革), task （四）加快转变经济发展方式 in full (industry, 节能减排, energy and environment "
    "with the PM2.5 monitoring, regions, urbanisation) and the heading and first line of task "
    "（五）. wr_china_2012 (3-25), wr_china_2012_b (26-42, held out) and wr_china_2012_c (49-66) "
    "hold other parts (no overlap). The source has no title line; the title is the corpus meta "
    "title (title_in_text=False). Date: 2012-03-05, the shared meta date: the opening day of "
    "the 5th session of the 11th NPC, on which Premier Wen Jiabao delivered the report (the "
    "Wikisource text has no date line); nothing in the excerpt contradicts it (上年 = 2011, "
    "今年 = 2012, 2015年 a later deadline). Place: national report → 中国 (alts 我国/全国/中华人民"
    "共和国); the state-set purchase prices and the central budget's farm spending add 中央政府/"
    "国务院/中央财政. Periods: 今年 (= 2012) stands before the first number of both lines with "
    "figures (source 79: 7.4元, 16元; source 81: 12287亿元, 1868亿元) and governs them explicitly "
    "(no null alt); 今年 and 2015年 of source 89 govern no number. Modality: target throughout "
    "(提高, 拟安排). Units: 元 / 亿元 → CNY (×1e8). Judgement calls: 最低收购价…分别提高7.4元和16元 "
    "→ absolute price rises (<level>增量, amount, comparison null), 每50公斤 part of the indicator "
    "(50公斤 negative); 比上年增加1868亿元 → 中央财政“三农”投入增量 (SPEC §2); 新10年 (扶贫开发纲要, "
    "西部大开发) → programme labels (negatives), not durations; 千家重点耗能企业 → programme label "
    "(negative), a count of ~1000 the alternative; 三网融合 → label. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 (×3). No numerals: 今年, 上年, 大中小城市, "
    "中小河流, 小型, 多种形式.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
