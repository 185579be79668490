"""Gold annotations for wr_china_2023_f (2023年中华人民共和国国务院政府工作报告, the 2023 targets and
the proposals for the year's work), lines 75-86 of shared/texts/work_report/wr_china_2023.txt.

The excerpt corpora/wr_china_2023_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、对今年政府工作的建议 (heading on
source line 74, outside the excerpt): the 2023 主要预期目标 (GDP, jobs, unemployment, CPI,
grain), the policy orientation (fiscal policy with the 3% deficit ratio, monetary, industrial,
science and social policy), the epidemic line (乙类乙管), the bridging line 今年是政府换届之年…
下面简述几项重点 and the eight proposals （一）-（八） in full (domestic demand with the 3.8万亿元
special bonds; the industrial system; 两个毫不动摇; foreign investment; financial risk; grain
and rural revitalisation with the 千亿斤 capacity programme and the 30-year land-contract
extension; green transition; livelihood).  The reviews of 2022 and of 2018-2022 (source lines
6-60) are annotated in wr_china_2023 / _b / _c / _d / _e (no overlap).  The plan text is
sparse in figures: the negatives (markers, labels, 一定, 新一轮) matter as much as the facts.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2023_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2023_f"
SOURCE_ID = "wr_china_2023"
PLACE = "中国"
REF = "2023-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 75, 86                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2023年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2023)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="今年发展主要预期目标是：",
                 ends="全面贯彻总体国家安全观，建设更高水平的平安中国。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022_b / wr_china_2024_b)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2023-03-05; 去年 = 2022, 今年 = 2023) ------------------------------
# The whole excerpt lies in part 二、对今年政府工作的建议 (heading on source line 74, outside the
# excerpt): the plan for 2023 → modality target throughout.
#   - line 1 (source 75, 今年发展主要预期目标是：…) opens with 今年 (= 2023), which governs its
#     five targets: explicit, no alternative (as wr_china_2022_b / wr_china_2024_b);
#   - line 2 (source 76, policy orientation): no period in the line before 赤字率拟按3%安排 →
#     the section frame 2023, period text 今年 (the heading's 对今年政府工作的建议, restated at
#     the head of line 1), the null reading in period_alts (as the FRAME facts of
#     wr_china_2024_b);
#   - line 5 (source 79, item （一）): 今年拟安排… stands right before 3.8万亿元: explicit;
#   - line 10 (source 84, item （六）): no period in the line → the section frame as for line 2
#     (the 千亿斤 programme launched in the plan year; the 30-year extension, a policy to be
#     carried out in it; neither horizon is written in the text), null in period_alts.
T23 = P("今年", "2023-01-01", "2023-12-31")
TARGET = dict(period=T23)
FRAME = dict(period=T23, period_alts=[null("今年")])
T_NOTE = "今年发展主要预期目标 → target, period 今年 = 2023 (opens the line)"
FRAME_NOTE = ("the line states no period: section frame of part 二、对今年政府工作的建议 (heading "
              "outside the excerpt) → 2023, period text 今年, null as alt")

# ==== line 1 (source 75): 2023 主要预期目标 ================================================================
GDP = ["GDP", "生产总值", "国内生产总值增长", "经济增长", "GDP增长", "经济增速",
       "经济增长预期目标"]
fact("国内生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="国内生产总值", metric_alts=GDP, comparison="yoy", **TARGET,
     note=T_NOTE + "; 左右 → approx (outside the span); growth without a basis → yoy")
fact("城镇新增就业1200万人左右", "1200万人", value=12000000, unit="count", kind="count",
     classifier="人", bound="approx", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业", "城镇新增就业人员"], **TARGET,
     note=T_NOTE + "; 左右 → approx (outside the span); 万人 ×1e4, classifier 人")
fact("城镇调查失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate of a population → share (SPEC §2); 左右 → approx; " + T_NOTE)
fact("居民消费价格涨幅3%左右", "3%", value=3, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格",
                  "居民消费价格指数涨幅"],
     comparison="yoy", **TARGET,
     note="涨幅 = growth of the price level (as wr_china_2022_b / wr_china_2023); 左右 → "
          "approx; " + T_NOTE)
fact("粮食产量保持在1.3万亿斤以上", "1.3万亿斤", value=6.5e8, unit="t", kind="amount",
     bound="ge", metric="粮食产量", metric_alts=["粮食总产量", "粮食"], **TARGET,
     note="1.3万亿斤 = 1.3e12 斤 × 0.0005 t = 6.5e8 t (SPEC §3); 保持在…以上 → ge (outside "
          "the span); the 2023 harvest (as wr_china_2022_b); " + T_NOTE)
# 单位国内生产总值能耗 (单位: lexicalized, not listed); 居民收入增长与经济增长基本同步 and the
# energy / emission targets state no number.

# ==== line 2 (source 76): policy orientation =================================================================
gov("赤字率拟按3%安排", "3%", value=3, unit="%", kind="share", metric="赤字率",
    metric_alts=["财政赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
                 "财政赤字占国内生产总值的比重"],
    **FRAME,
    note="拟按…安排 → target; no bound word → eq; the deficit as a share of the year's GDP (a "
         "ratio of flows) → the year; " + FRAME_NOTE + "; " + GOV_NOTE)
g.neg("做好基层“三保”工作", "三保", LABEL_NOTE + " (“三保”: 保基本民生、保工资、保运转, as "
      "wr_china_2024_b)")
# 广义货币供应量和社会融资规模增速同名义经济增速基本匹配 states no number.

# ==== line 3 (source 77): epidemic — 乙类乙管 (乙 'class B', no numeral character) ==================

# ==== line 4 (source 78): 今年是政府换届之年…下面简述几项重点 (几项: no digit) — no numeral ==========

# ==== line 5 (source 79): （一） domestic demand ================================================================
g.neg("（一）着力扩大", "（一）", MARKER_NOTE)
BOND = ["专项债券", "地方政府专项债", "专项债", "地方政府专项债券规模", "拟安排地方政府专项债券",
        "新增地方政府专项债券"]
gov("地方政府专项债券3.8万亿元", "3.8万亿元", value=3.8e12, unit="CNY", kind="amount",
    metric="地方政府专项债券", metric_alts=BOND, subject_alts=GOV + CN + ["地方政府"],
    **TARGET,
    note="今年拟安排 → target, 今年 (= 2023) right before it (explicit); 万亿元 = 1e12; the bond "
         "quota is set by the central government in the budget → 中国, 地方政府 (the issuers) "
         "as alt (as wr_china_2022_b / wr_china_2024_b)")
g.neg("加快实施“十四五”重大工程", "十四五", "plan label 十四五 (SPEC §1)")

# ==== line 6 (source 80): （二） industrial system — no other numeral =============================================
g.neg("（二）加快建设", "（二）", MARKER_NOTE)

# ==== line 7 (source 81): （三） 两个毫不动摇 ======================================================================
g.neg("（三）切实落实", "（三）", MARKER_NOTE)
g.neg("“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇”: unwavering support for "
      "both the public and the non-public sector), not a count")

# ==== line 8 (source 82): （四） foreign investment ================================================================
g.neg("（四）更大力度", "（四）", MARKER_NOTE)
g.neg("一定能为各国企业", "一定", "adverb 一定 'certainly', not a quantity (as wr_china_2022_b)")

# ==== line 9 (source 83): （五） financial risk — no other numeral ================================================
g.neg("（五）有效防范", "（五）", MARKER_NOTE)

# ==== line 10 (source 84): （六） grain and rural revitalisation ====================================================
g.neg("（六）稳定粮食", "（六）", MARKER_NOTE)
# 一体推进 (lexicalized, not listed).
g.neg("实施新一轮千亿斤", "一轮", "新一轮 'a new round', not a count (as wr_china_2009_d)")
CAP = ["新增粮食生产能力", "粮食产能增量", "粮食生产能力增量", "新增粮食产能", "粮食产能",
       "粮食生产能力", "粮食产能提升行动", "千亿斤粮食产能提升行动", "新一轮千亿斤粮食产能提升行动",
       "粮食产能提升目标", "提升粮食产能"]
fact("新一轮千亿斤粮食产能提升行动", "千亿斤", value=5e7, unit="t", kind="amount",
     metric="粮食产能提升", metric_alts=CAP, **FRAME,
     note="quantity inside a programme's name (新一轮千亿斤粮食产能提升行动, SPEC §1: the "
          "programme raises grain production capacity by 1000亿斤; as 新增千亿斤粮食生产能力 in "
          "wr_china_2009_d / wr_china_2010): 千亿斤 = 1e11 斤 × 0.0005 t = 5e7 t; a capacity "
          "still to be built → target; its horizon (2030 in the public record) is not in the "
          "text: " + FRAME_NOTE + " — judgement call (a label negative is the alternative "
          "reading)")
LAND = ["土地承包期延长", "土地承包期再延长", "土地承包延长期限", "延长期限", "土地承包期",
        "土地承包期延长年限", "土地承包期再延长期限"]
fact("土地承包期再延长30年", "30年", value=30, unit="year", kind="amount",
     metric="土地承包期延长期限", metric_alts=LAND, **FRAME,
     note="duration written into a policy (rural land contracts extended by another 30 "
          "years), a fact, unit year, kind amount, as 再延长30年 in wr_beijing_2025_b / "
          "wr_china_1998 — judgement call; 务必…落实到位 makes carrying it out a task of the "
          "2023 plan → target (as wr_china_1998); " + FRAME_NOTE)

# ==== line 11 (source 85): （七） green transition — no other numeral =============================================
g.neg("（七）推动发展方式", "（七）", MARKER_NOTE)

# ==== line 12 (source 86): （八） livelihood and social programmes ==================================================
g.neg("（八）保障基本民生", "（八）", MARKER_NOTE)
# 城乡一体化 (lexicalized, not listed).

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. It lies in part 二、对今年政府工作的建议 (heading on source line 74, "
    "outside the excerpt), the plan for 2023: the 主要预期目标 (GDP 5%左右, jobs 1200万人左右, "
    "unemployment 5.5%左右, CPI 3%左右, grain 1.3万亿斤以上), the policy orientation (deficit "
    "ratio 3%; monetary, industrial, science and social policy), the epidemic line (乙类乙管), "
    "the bridging line 今年是政府换届之年…下面简述几项重点 and proposals （一）-（八） in full "
    "(special bonds 3.8万亿元; 千亿斤 capacity programme; 30-year land-contract extension). "
    "The reviews (source lines 6-60) are wr_china_2023 / _b / _c / _d / _e; no overlap. "
    "Title, dateline and speaker are outside the excerpt; the title is the corpus meta title "
    "(as wr_china_2023), title_in_text=False. Date: 2023-03-05, the delivery date in the "
    "dateline (source line 2: ——2023年3月5日在第十四届全国人民代表大会第一次会议上); the shared "
    "meta agrees; 今年 = 2023. Place: national report → 中国 (alts 我国/全国/中华人民共和国); the "
    "central budget figures (赤字率, 地方政府专项债券) keep 中国 with 中央政府/国务院/中央财政 as "
    "alts (地方政府 added for the special bonds). Periods: line 1 opens with 今年 (= 2023) → "
    "its five targets, explicit; 今年拟安排 → 3.8万亿元, explicit; the lines with no period of "
    "their own (line 2: 赤字率3%; line 10: 千亿斤, 30年) take the section frame 2023 of the "
    "heading 二、对今年政府工作的建议 (period text 今年), null as alt. Modality: target "
    "throughout (预期目标, 拟按, 拟安排, 实施, 落实). Bounds: 左右 → approx (5%, 1200万人, 5.5%, "
    "3%); 以上 → ge (1.3万亿斤); the rest eq. Units: 万亿斤 / 千亿斤 → t (× 0.0005); 万亿元 → "
    "1e12 CNY; 年 → year. Comparisons: yoy for the GDP and CPI growth targets. Judgement "
    "calls: 千亿斤 in the name 新一轮千亿斤粮食产能提升行动 → a capacity fact (SPEC §1, as "
    "wr_china_2009_d / wr_china_2010), metric 粮食产能提升 with 增量 alts, target, under the "
    "2023 frame (its 2030 horizon is not in the text); 再延长30年 → a duration fact of the "
    "policy, target (as wr_china_1998 / wr_beijing_2025_b); 赤字率 → share, eq, frame period. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 单位 (单位国内生产总值能耗), 一体 (一体推进, 城乡一体化). No "
    "numeral character: 乙类乙管, 几项, 多渠道, 多领域. Known false alarm of the shared "
    "check_gold.py: it looks for a source text named after the doc_id (the excerpt's source "
    "is wr_china_2023.txt).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
