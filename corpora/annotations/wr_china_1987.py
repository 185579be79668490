"""Gold annotations for wr_china_1987 (1987年中华人民共和国国务院政府工作报告), lines 5-12 of
shared/texts/work_report/wr_china_1987.txt (held-out: corpora/heldout/).

The excerpt corpora/heldout/wr_china_1987.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the review of 1986 in part 一、当前国内形势和基本任务
(heading on source line 3, its opening paragraph on line 4, both before the excerpt): the
line １９８６年是开始执行第七个五年计划…的一年, the paragraph on the economy (在经济领域，过去一年
里…: 社会总产值, 工农业总产值, 国民收入, grain, steel, electricity), the paragraphs on economic
reform and macro control (no figures), on science, education and culture (一万多项 results,
几千名 experts, １２个 fields of technical policy), on democracy and the legal system (１１项
laws, ５９项 regulations), on the army (减少员额一百万) and the closing line 以上事实…形势是很好的.
The lines are fixed by the brief (lines 5-12, 2,178 characters).

This report writes its numerals in full-width digits (１８７７４亿元, ９．１％, with a full-width
decimal point ．) and a few in Chinese numerals (一万多项, 一百万); spans keep them as written
(README §1).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_1987.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1987"
PLACE = "中国"
REF = "1987-03-25"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 5, 12                     # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1987年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="１９８６年是开始执行第七个五年计划",
                 ends="社会主义事业繁荣兴旺，形势是很好的。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
FW = "full-width digits (and full-width ． / ％) kept in the span as written (README §1)"
YEAR_NOTE = "'a year of …' = 1986, not a duration fact (as wr_china_1992 继续前进的一年)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国务院", "中央政府"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1987-03-25; 去年 = 1986, 今年 = 1987) ---------------------------
# The excerpt reviews 1986, the first year of the 7th Five-Year Plan.  Line 1 (１９８６年是…的
# 一年) names the year but holds no figure, and a period never crosses a line (SPEC §4).  Each
# line with figures states the year itself before its first number:
#   - line 2 opens with 过去一年里 (= 1986): it governs the whole line.  The date range
#     １９８４年末至１９８５年 that follows sits inside a relative clause (…一度出现的经济过热
#     现象, when the overheating occurred) and does not replace the frame: the figures after it
#     are the 1986 results (比上年增长…), so they keep 过去一年里;
#   - line 5 opens with 过去一年里 and restates it as 去年 (全国去年取得…) before its first
#     number: period text 去年 for the facts after it;
#   - line 6: 在过去的一年里, restated as 去年 before the laws and regulations;
#   - line 7: 在过去的一年里 governs the troop reduction.
# Every figure is a flow or count of the year (no stock words); the null reading goes into
# period_alts.  Modality: actual (a review), except the size of the troop-reduction task
# (接近完成: not yet achieved) → target.
def y86(txt):
    return dict(period=P(txt, "1986-01-01", "1986-12-31"), period_alts=[null(txt)])


L2 = y86("过去一年里")
LAST_YEAR = y86("去年")
L7 = y86("过去的一年里")

# ==== line 1 (source 5): １９８６年是…的一年 (no facts) =================================================
g.neg("１９８６年是开始执行", "１９８６年", PERIOD_NOTE + " (1986, the review year; no number in "
      "its line, so it governs nothing; " + FW + ")")
g.neg("执行第七个五年计划", "第七个五年计划", "plan name 第七个五年计划 (the 7th Five-Year Plan, "
      "1986-1990; SPEC §1 十四五, as wr_china_1986_b), not a quantity")
g.neg("取得显著成就的一年", "一年", YEAR_NOTE)
g.neg("道路胜利前进的一年", "一年", YEAR_NOTE)

# ==== line 2 (source 6): the economy in 1986 ==========================================================
g.neg("在经济领域，过去一年里", "过去一年里", PERIOD_NOTE + " (the review year 1986; governs "
      "the line)")
g.neg("把１９８４年末至１９８５年一度", "１９８４年末至１９８５年", PERIOD_NOTE + " (late 1984 to "
      "1985, when the overheating occurred; inside a relative clause, it does not replace the "
      "line's 过去一年里 — no figure belongs to it)")
g.neg("１９８５年一度出现", "一度", "adverb 一度 'for a time' (README §2), not a quantity")
SOCIAL = ["全国社会总产值", "社会总产值总量", "社会总产值增长"]
fact("全国社会总产值达到１８７７４亿元", "１８７７４亿元", value=18774e8, unit="CNY",
     kind="amount", metric="社会总产值", metric_alts=SOCIAL[:2], **L2,
     note="达到 → eq; 18774亿元 = 1.8774e12 CNY; 社会总产值 = gross social product (MPS); "
          "过去一年里 (= 1986) governs the line; " + FW)
fact("１８７７４亿元，比上年增长９．１％", "９．１％", value=9.1, unit="%", kind="growth",
     metric="社会总产值", metric_alts=SOCIAL, comparison="yoy", **L2,
     note="比上年 → yoy; full-width decimal point ．")
GIAO = ["工农业总产值增长", "工农业产值", "全国工农业总产值"]
fact("其中工农业总产值１５１０４亿元", "１５１０４亿元", value=15104e8, unit="CNY", kind="amount",
     metric="工农业总产值", metric_alts=GIAO[1:], **L2,
     note="其中 of 社会总产值; 15104亿元 = 1.5104e12 CNY")
fact("１５１０４亿元，比上年增长９．３％", "９．３％", value=9.3, unit="%", kind="growth",
     metric="工农业总产值", metric_alts=GIAO, comparison="yoy", **L2, note="比上年 → yoy")
NI = ["国民收入总额", "国民收入增长", "全国国民收入"]
fact("国民收入７７９０亿元", "７７９０亿元", value=7790e8, unit="CNY", kind="amount",
     metric="国民收入", metric_alts=[NI[0], NI[2]], **L2,
     note="国民收入 = national income (net material product, MPS), a flow of the year")
fact("７７９０亿元，比上年增长７．４％", "７．４％", value=7.4, unit="%", kind="growth",
     metric="国民收入", metric_alts=NI, comparison="yoy", **L2, note="比上年 → yoy")
GRAIN = ["粮食", "粮食总产量", "粮食总产"]
fact("粮食产量达到３９１０９万吨", "３９１０９万吨", value=39109e4, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **L2,
     note="达到 → eq; ３９１０９万吨 = 3.9109e8 t; the harvest of 1986")
fact("比上年增产１１９９万吨", "１１９９万吨", value=1199e4, unit="t", kind="amount",
     metric="粮食产量增量",
     metric_alts=["粮食增产", "粮食增产量", "粮食总产量增量", "粮食产量", "粮食"], **L2,
     note="增产 N = the absolute rise of grain output over 1985 (SPEC §2 absolute change → "
          "<level>增量, positive; as wr_xinjiang_2025 粮食增产42.2亿斤); comparison null (an "
          "amount; the basis 比上年 stays in this note); １１９９万吨 = 1.199e7 t")
g.neg("采取一系列措施", "一系列", "quantifier 一系列 'a series of', not a quantity")
STEEL = ["钢", "钢铁产量", "粗钢产量"]
fact("钢产量达到５２０５万吨", "５２０５万吨", value=5205e4, unit="t", kind="amount",
     metric="钢产量", metric_alts=STEEL, **L2, note="达到 → eq; ５２０５万吨 = 5.205e7 t")
fact("５２０５万吨，比上年增长１１．２％", "１１．２％", value=11.2, unit="%", kind="growth",
     metric="钢产量", metric_alts=STEEL, comparison="yoy", **L2, note="比上年 → yoy")
POWER = ["发电", "年发电量", "发电总量"]
fact("发电量达到４４５５亿千瓦小时", "４４５５亿千瓦小时", value=4455e8, unit="kWh",
     kind="amount", metric="发电量", metric_alts=POWER, **L2,
     note="达到 → eq; 千瓦小时 = kWh (SPEC §3 千瓦时); ４４５５亿千瓦小时 = 4.455e11 kWh")
fact("４４５５亿千瓦小时，比上年增长８．５％", "８．５％", value=8.5, unit="%", kind="growth",
     metric="发电量", metric_alts=POWER, comparison="yoy", **L2, note="比上年 → yoy")

# ==== line 3 (source 7): economic reform (no facts) ===================================================
g.neg("劳动制度的改革迈出重要一步", "一步", "idiom 迈出重要一步 'take an important step', not a "
      "quantity")

# ==== line 4 (source 8): macro control (no numerals) ==================================================

# ==== line 5 (source 9): science, education, culture ===================================================
g.neg("文化领域，过去一年里", "过去一年里", PERIOD_NOTE + " (1986; restated as 去年 before the "
      "first number of the line)")
fact("重要科技成果一万多项", "一万多项", value=1e4, unit="count", kind="count", bound="gt",
     classifier="项", metric="重要科技成果",
     metric_alts=["科技成果", "取得重要科技成果", "重要科技成果数量", "重要科技成果项数"],
     **LAST_YEAR,
     note="多 inside the span → gt; 一万多项 = 1e4 (Chinese numerals); 全国去年 (= 1986) governs")
fact("在几千名专家", "几千名", value=1000, unit="count", kind="count", bound="gt",
     classifier="名", metric="参与研究论证的专家",
     metric_alts=["专家", "专家人数", "参与研究和论证的专家", "参与研究论证的专家人数",
                  "参与技术政策研究论证的专家", "研究论证专家"], **LAST_YEAR,
     note="vague 几千名 'several thousand' → 1000 gt (SPEC §2: 数十 → 10 gt; as 几千万农户 in "
          "wr_china_1983) — judgement call: a vague count, still a quantity; the experts who "
          "studied the technical policies issued in the year (去年 governs, null as alt)")
g.neg("经过几年反复研究", "几年", "vague duration 几年 'several years' (of research), no number "
      "stated; a period-like expression, not a fact — judgement call")
fact("机械工业等１２个领域", "１２个", value=12, unit="count", kind="count", classifier="个",
     metric="技术政策领域",
     metric_alts=["制定和颁布技术政策的领域", "领域", "技术政策", "技术政策覆盖领域",
                  "技术政策领域数量", "领域数量", "制定和颁布的技术政策"], **LAST_YEAR,
     note="the fields (能源、交通运输、农业、机械工业等) whose technical policies were drawn up "
          "and issued in 1986; counted noun 领域, span number + classifier (README §1)")
g.neg("普及九年制义务教育", "九年制", "system name 九年制义务教育 (nine-year compulsory "
      "education, as wr_china_1986_b), not a quantity")

# ==== line 6 (source 10): democracy and the legal system ==============================================
g.neg("政治局面在过去的一年里", "过去的一年里", PERIOD_NOTE + " (1986; restated as 去年 before "
      "the laws and regulations)")
fact("通过了１１项法律", "１１项", value=11, unit="count", kind="count", classifier="项",
     metric="全国人大常委会审议通过的法律",
     metric_alts=["法律", "审议通过的法律", "全国人大常委会审议和通过的法律", "通过的法律",
                  "法律数量", "审议和通过的法律"],
     subject_alts=CN + ["全国人大常委会"], **LAST_YEAR,
     note="laws passed by the NPC Standing Committee in 1986 (去年 governs); national report → "
          "中国, the body as alt (as wr_china_1988)")
fact("颁布了５９项行政法规", "５９项", value=59, unit="count", kind="count", classifier="项",
     metric="国务院制定和颁布的行政法规",
     metric_alts=["行政法规", "国务院制定的行政法规", "国务院颁布的行政法规", "行政法规数量",
                  "制定和颁布的行政法规"],
     subject_alts=CN + GOV, **LAST_YEAR,
     note="administrative regulations the State Council issued in 1986 (去年 governs)")

# ==== line 7 (source 11): the army ================================================================
g.neg("建设祖国的重要力量。在过去的一年里", "过去的一年里", PERIOD_NOTE + " (1986; governs the "
      "line)")
fact("减少员额一百万", "一百万", value=1e6, unit="count", kind="count", classifier="人",
     metric="减少员额",
     metric_alts=["精简整编减少员额", "裁减员额", "军队减少员额", "裁员", "军队裁员", "裁军",
                  "减少员额任务", "军队裁减员额"],
     subject_alts=CN + ["人民解放军", "中国人民解放军", "军队"], modality="target", **L7,
     note="the size of the task of cutting one million troops (decided 1985) — judgement call: "
          "接近完成 'nearly completed', so the million is the task's goal, not an achieved cut "
          "→ target (wr_china_1988 reports the same cut as 已经完成 → actual); no measure word "
          "(员额 'personnel quota'): classifier 人; 过去的一年里 (= 1986) governs, null as alt; "
          "一百万 = 1e6 (Chinese numerals)")

# ==== line 8 (source 12): 以上事实… (no numerals) =====================================================

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt ({len(text):,} "
    "characters with the final newline), fixed by the brief; held out (corpora/heldout/). It "
    "lies in part 一、当前国内形势和基本任务 (heading on source line 3), in the review of 1986: "
    "１９８６年是开始执行第七个五年计划…的一年, the economy (社会总产值, 工农业总产值, 国民收入, "
    "grain, steel, electricity, each with its growth 比上年), economic reform and macro control "
    "(no figures), science/education/culture (一万多项 results, 几千名 experts, １２个 fields of "
    "technical policy), democracy and law (１１项 laws, ５９项 regulations), the army (减少员额"
    "一百万) and the closing line. The 1987 plan comes later in the report (parts 二-三), outside "
    "the excerpt. Numerals: full-width digits with a full-width decimal point (１８７７４亿元, "
    "９．１％) and a few Chinese numerals (一万多项, 一百万); spans keep them as written. Title: "
    "the corpus meta title (the source has no title line), title_in_text=False. Date: "
    "1987-03-25, the opening day of the 5th session of the 6th NPC, on which Premier Zhao "
    "Ziyang delivered the report (general knowledge: the corpus meta gives only the year 1987 "
    "and the Wikisource text has no dateline); the text fits it (1986 results final, 去年 = "
    "1986). Place: national report → 中国 (alts 我国/全国/中华人民共和国; 全国人大常委会, 国务院 "
    "and 人民解放军 as alts where they own the number). Periods: every line with figures states "
    "the year before its first number: 过去一年里 (line 2), 过去一年里…去年 (line 5), "
    "在过去的一年里…去年 (line 6), 在过去的一年里 (line 7), all = 1986-01-01..1986-12-31, null "
    "as alt; １９８４年末至１９８５年 in line 2 dates the overheating inside a relative clause and "
    "does not replace the frame (the figures after it are the 1986 results). No stocks. "
    "Modality: actual (review), except 减少员额一百万的任务接近完成 → target (the task's size, "
    "nearly but not yet achieved; judgement call). Units: 亿元 1e8 CNY; 万吨 1e4 t; 千瓦小时 = "
    "kWh. Judgement calls: 比上年增产１１９９万吨 → amount 粮食产量增量 (SPEC §2 absolute change), "
    "comparison null; 几千名专家 → count 1000 gt; 几年 (研究) a vague duration (negative); "
    "１２个领域 → count of fields; 一百万 → target. Negatives: １９８６年, 第七个五年计划, 一年 ×2, "
    "过去一年里 ×2, １９８４年末至１９８５年, 一度, 一系列, 一步, 几年, 九年制, 过去的一年里 ×2. "
    "Lexicalized, not listed: 一些, 进一步, 统一 (统一战线), 大部分, 多数. Known false alarms "
    "of the shared check_gold.py (as in wr_china_1988): it reads a full-width decimal point ． "
    "as the end of the number (９．１％ → 9, …) and 千瓦小时 as 千瓦 (W); czfacts check-gold "
    "reads them right.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
