"""Gold annotations for nw_cctv_20240117_china_2023 (corpora/).

央视网消息（新闻联播）, 2024-01-17: 2023年国民经济回升向好 高质量发展扎实推进.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20240117_china_2023.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240117_china_2023.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240117_china_2023"
PLACE = "中国"
REF = "2024-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "2023年国民经济回升向好 高质量发展扎实推进"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="产销量都是世界第一。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2024-01-17, the broadcast day: 国务院新闻办公室今天（1月17日）举行新闻
# 发布会, the NBS release of the 2023 annual data).  2023年 / 全年 = 2023-01-01..2023-12-31;
# 一季度 … 四季度 = the quarters of 2023 (分季度看); 比上年 (2022) is a comparison basis (yoy).
# The item reports the 2023 annual data (title, line 2), so 2023 is its document period:
# line 3 opens with 全年 (no numeral) → 2023, null as alt (as 全年 in
# nw_cctv_20200117_china_2019); every other number has 2023年 earlier in its line.
Y = P("2023年", "2023-01-01", "2023-12-31")
YQ = P("全年", "2023-01-01", "2023-12-31")
YQ_ALTS = [P("全年", None, None)]
Q1 = P("一季度", "2023-01-01", "2023-03-31")
Q2 = P("二季度", "2023-04-01", "2023-06-30")
Q3 = P("三季度", "2023-07-01", "2023-09-30")
Q4 = P("四季度", "2023-10-01", "2023-12-31")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值总量", "GDP总量", "经济总量", "全年国内生产总值"]
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("2023年国民经济回升向好", "2023年", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天（1月17日）", "1月17日", "date on its own (the press conference day), not a fact")
g.neg("介绍2023年国民经济", "2023年", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ----------------------------------------------------------------------------
g.fact("国内生产总值1260582亿元", "1260582亿元", value=1260582e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=YQ, period_alts=YQ_ALTS,
       note="preliminary estimate (初步核算); 全年 (no numeral) → 2023, the year of the release "
            "(the item's document year; null as alt); national aggregate → 中国")
g.fact("比上年增长5.2%", "5.2%", value=5.2, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=YQ, period_alts=YQ_ALTS, comparison="yoy",
       note="按不变价格计算 (real growth); 比上年 → yoy")
g.neg("分季度看，一季度", "一季度", PERIOD_NOTE)
g.fact("国内生产总值同比增长4.5%", "4.5%", value=4.5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="分季度看: the quarterly growth; 一季度 → Q1 2023 (as nw_cctv_20230717)")
g.neg("，二季度增长", "二季度", PERIOD_NOTE)
g.fact("二季度增长6.3%", "6.3%", value=6.3, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q2, comparison="yoy",
       note="the quarterly GDP growth (head of the clause before); 二季度 → Q2 2023; yoy "
            "(quarter on the same quarter, as the release)")
g.neg("，三季度增长", "三季度", PERIOD_NOTE)
g.fact("三季度增长4.9%", "4.9%", value=4.9, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q3, comparison="yoy", note="三季度 → Q3 2023")
g.neg("，四季度增长", "四季度", PERIOD_NOTE)
g.fact("四季度增长5.2%", "5.2%", value=5.2, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q4, comparison="yoy", note="四季度 → Q4 2023")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("\n2023年，粮食产量", "2023年", PERIOD_NOTE)
g.fact("达到69541万吨", "69541万吨", value=69541e4, unit="t", kind="amount",
       metric="粮食产量", metric_alts=["粮食总产量", "全国粮食产量", "粮食"], **CN, period=Y,
       note="万吨 ×1e4 t; 达到 → eq; 再创新高 has no numeral (no rank fact)")
IVA = "规模以上工业增加值"
g.fact("比上年增长4.6%", "4.6%", value=4.6, unit="%", kind="growth", metric=IVA,
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=Y, comparison="yoy",
       note="全国 → 中国; 规模以上 is part of the metric (SPEC §2); 比上年 → yoy")
g.neg("较快。2023年，我国服务业", "2023年", PERIOD_NOTE + " (with 全年 later in the "
      "sentence: 2023)")
RETAIL = "社会消费品零售总额"
RETAIL_ALTS = ["社会消费品零售额", "社零总额", "消费品零售总额", "全年社会消费品零售总额"]
g.fact("达到471495亿元", "471495亿元", value=471495e8, unit="CNY", kind="amount",
       metric=RETAIL, metric_alts=RETAIL_ALTS, **CN, period=Y,
       note="达到 → eq; 2023年 … 全年 → 2023")
g.fact("比上年增长7.2%", "7.2%", value=7.2, unit="%", kind="growth", metric=RETAIL,
       metric_alts=RETAIL_ALTS + ["社会消费品零售总额增速"], **CN, period=Y, comparison="yoy")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("凸显。2023年服务业", "2023年", PERIOD_NOTE)
SVC = "服务业增加值占GDP比重"
SVC_ALTS = ["服务业增加值占GDP的比重", "服务业占GDP比重", "服务业比重", "服务业增加值比重",
            "服务业增加值占国内生产总值比重", "占GDP比重", "第三产业增加值占GDP比重"]
g.fact("比重达到54.6%", "54.6%", value=54.6, unit="%", kind="share", metric=SVC,
       metric_alts=SVC_ALTS, **CN, period=Y, note="达到 → eq")
g.fact("比上年提高1.2个百分点", "1.2个百分点", value=1.2, unit="pp", kind="change",
       metric=SVC, metric_alts=SVC_ALTS, **CN, period=Y, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 提高 → positive; 比上年 → "
            "yoy")
CONS = "最终消费支出对经济增长的贡献率"
CONS_ALTS = ["最终消费支出对经济增长贡献率", "最终消费支出贡献率", "消费贡献率",
             "消费对经济增长贡献率", "贡献率"]
g.fact("贡献率达到82.5%", "82.5%", value=82.5, unit="%", kind="share", metric=CONS,
       metric_alts=CONS_ALTS, **CN, period=Y,
       note="contribution rate → share; 2023年 of the line still governs")
g.fact("比上年提高43.1个百分点", "43.1个百分点", value=43.1, unit="pp", kind="change",
       metric=CONS, metric_alts=CONS_ALTS, **CN, period=Y, comparison="yoy",
       note="pp change of the contribution rate (README §3); 提高 → positive; 比上年 → yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("初步测算，2023年", "2023年", PERIOD_NOTE)
RD = "全社会研究与试验发展经费投入"
g.fact("达到33278.2亿元", "33278.2亿元", value=33278.2e8, unit="CNY", kind="amount",
       metric=RD,
       metric_alts=["研究与试验发展经费投入", "研发经费投入", "R&D经费投入", "研究与试验发展经费",
                    "全社会研发经费投入", "研发经费"],
       **CN, period=Y, note="preliminary estimate (初步测算); 达到 → eq")
INT = "研究与试验发展经费投入强度"
INT_ALTS = ["投入强度", "研发经费投入强度", "R&D经费投入强度", "研发投入强度",
            "全社会研究与试验发展经费投入强度", "研发经费投入占GDP比重"]
g.fact("强度达到2.64%", "2.64%", value=2.64, unit="%", kind="share", metric=INT,
       metric_alts=INT_ALTS, **CN, period=Y,
       note="R&D spending as a share of GDP → share (the elided head of 投入强度 restored); "
            "达到 → eq")
g.fact("比上年提高0.08个百分点", "0.08个百分点", value=0.08, unit="pp", kind="change",
       metric=INT, metric_alts=INT_ALTS, **CN, period=Y, comparison="yoy",
       note="pp change of a share (README §3); 提高 → positive; 比上年 → yoy")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("初步核算，2023年非化石", "2023年", PERIOD_NOTE)
NF = "非化石能源消费占能源消费总量的比重"
g.fact("提高了0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change", metric=NF,
       metric_alts=["非化石能源消费占能源消费总量比重", "非化石能源消费比重", "非化石能源消费占比",
                    "非化石能源比重", "非化石能源占能源消费总量比重"],
       **CN, period=Y, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); the level is not given; "
            "提高 → positive; 比上年 → yoy")
NEV = "新能源汽车产量"
g.fact("新能源汽车比上年增长30.3%", "30.3%", value=30.3, unit="%", kind="growth", metric=NEV,
       metric_alts=["新能源汽车", "新能源汽车产量增速", "新能源汽车产销量", "新能源汽车生产"],
       **CN, period=Y, comparison="yoy",
       note="the text writes only 新能源汽车; the figure of the release is the output "
            "(新能源汽车产量…增长30.3%), so the indicator is restored (the written form as "
            "alt, as 服务业 → 服务业增加值 in nw_cctv_20230418). Judgement call; 比上年 → yoy")
g.fact("都是世界第一", "第一", value=1, unit="rank", kind="rank", scope="世界",
       metric="新能源汽车产销量",
       metric_alts=["新能源汽车产量", "新能源汽车销量", "产销量", "新能源汽车产销量排名",
                    "新能源汽车产销量世界排名", "新能源汽车", "新能源汽车产量和销量"],
       **CN, period=Y,
       note="rank 1 in the world of both output and sales: one mention stated of two "
            "items (都, as the 均/都 facts of nw_cctv_20240318) → one fact whose metric lists "
            "them (each as alt); scope 世界; span = ordinal marker + number (README §1); "
            "2023年 of the line governs")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2024-01-17, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20240117.md and "
    "the 查看原文 URL) and stated in the text: 国务院新闻办公室今天（1月17日）举行新闻发布会，"
    "介绍2023年国民经济运行情况 — the NBS released the 2023 annual data on 17 January 2024. "
    "2023年 / 全年 = 2023-01-01..2023-12-31; 一季度…四季度 = the quarters of 2023; 比上年 "
    "(2022) is a comparison basis (yoy). Place: 中国 (national release; 全国/我国 → 中国). "
    "Title: line 1 as written. Periods: a line is a paragraph; line 3 opens with 全年 (no "
    "numeral) → 2023, the item's document year (null as alt, as nw_cctv_20200117_china_2019); "
    "分季度看 gives each quarter its own period; lines 4-7 open with 2023年. Judgement calls: "
    "新能源汽车比上年增长30.3% → metric 新能源汽车产量 (the release's figure; the written "
    "新能源汽车 as alt); 产销量都是世界第一 → one rank fact (1, scope 世界) for output and "
    "sales together; 投入强度 → 研究与试验发展经费投入强度 (elided head restored), share; "
    "非化石能源消费…比重比上年提高了0.2个百分点 → change pp of the share (its level not "
    "given); 69541万吨 → 6.9541e8 t. Negatives: 2023年 ×7 (periods, incl. title), 1月17日 "
    "(date), 一季度, 二季度, 三季度, 四季度 (periods). Lexicalized, not listed: 零售 (零售总额).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
