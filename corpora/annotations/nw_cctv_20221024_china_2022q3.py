"""Gold annotations for nw_cctv_20221024_china_2022q3 (corpora/).

央视网消息（新闻联播）, 2022-10-24: 三季度国民经济运行恢复向好.
The excerpt is the whole source, lines 1-7 of
shared/texts/news/nw_cctv_20221024_china_2022q3.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20221024_china_2022q3.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20221024_china_2022q3"
PLACE = "中国"
REF = "2022-10-24"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "三季度国民经济运行恢复向好"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="继续推动我国经济转型升级。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")

# Periods (reference date 2022-10-24, the broadcast day: 国家统计局今天（10月24日）发布).
# 前三季度 = 2022-01-01..2022-09-30 (cumulative, SPEC §4); 三季度当季 = 2022-07-01..
# 2022-09-30; 上半年 / 二季度 / 上年同期 after 比/较 are comparison bases.
Q13 = P("前三季度", "2022-01-01", "2022-09-30")
Q3 = P("三季度当季", "2022-07-01", "2022-09-30")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值GDP", "GDP总量", "国内生产总值总量", "经济总量"]
GDP_G_ALTS = ["GDP", "国内生产总值GDP", "国内生产总值增速", "GDP增速", "经济增速", "经济增长"]
GDP_R_ALTS = ["GDP增速", "国内生产总值", "GDP", "经济增速", "国内生产总值GDP增速"]

# ---- line 1: title ---------------------------------------------------------------------------
g.neg("三季度国民经济运行", "三季度", PERIOD_NOTE + " (title)")

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("今天（10月24日）", "10月24日", "date on its own (the release day), not a fact")
g.neg("发布数据显示，三季度", "三季度", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("\n前三季度，国内生产总值", "前三季度", PERIOD_NOTE)
g.fact("GDP为870269亿元", "870269亿元", value=870269e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=Q13,
       note="国内生产总值 is the national aggregate → 中国; 前三季度 → 2022-01-01..09-30")
g.fact("870269亿元，同比增长3.0%", "3.0%", value=3.0, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q13, comparison="yoy")
g.neg("比上半年加快", "上半年", BASIS_NOTE.format("0.5个百分点"))
g.fact("比上半年加快0.5个百分点", "0.5个百分点", value=0.5, unit="pp", kind="change",
       metric="国内生产总值增速", metric_alts=GDP_R_ALTS, **CN, period=Q13,
       comparison="比上半年",
       note="pp difference of growth rates (README §3: <metric>增速); 加快 → positive; "
            "comparison = the surface basis 比上半年 (the H1 growth, 2.5%)")
g.neg("其中，三季度当季", "三季度当季", PERIOD_NOTE + " (replaces 前三季度: 2022 Q3 alone)")
g.fact("GDP同比增长3.9%", "3.9%", value=3.9, unit="%", kind="growth", metric="GDP",
       metric_alts=[GDP, "GDP增速", "国内生产总值增速", "经济增速"], **CN, period=Q3,
       comparison="yoy", note="GDP as written (国内生产总值 as alt); 三季度当季 → Q3 2022")
g.neg("比二季度加快", "二季度", BASIS_NOTE.format("3.5个百分点"))
g.fact("比二季度加快3.5个百分点", "3.5个百分点", value=3.5, unit="pp", kind="change",
       metric="GDP增速", metric_alts=["国内生产总值增速", "GDP", GDP, "经济增速"], **CN,
       period=Q3, comparison="比二季度",
       note="pp difference of growth rates (Q3 3.9% vs Q2 0.4%); 加快 → positive")

# ---- line 4 ---------------------------------------------------------------------------------
g.neg("实体经济稳步发展。前三季度", "前三季度", PERIOD_NOTE)
g.fact("农林牧渔业增加值同比增长4.4%", "4.4%", value=4.4, unit="%", kind="growth",
       metric="农林牧渔业增加值",
       metric_alts=["农林牧渔业增加值增速", "农林牧渔业", "农业增加值"], **CN, period=Q13,
       comparison="yoy")
g.fact("工业增加值同比增长3.7%", "3.7%", value=3.7, unit="%", kind="growth",
       metric="工业增加值",
       metric_alts=["工业增加值增速", "工业", "规模以上工业增加值", "全部工业增加值"], **CN,
       period=Q13, comparison="yoy",
       note="as written (no 规模以上: the GDP-accounting industry value added)")
MFG = "制造业增加值"
g.fact("制造业增加值同比增长3.2%", "3.2%", value=3.2, unit="%", kind="growth", metric=MFG,
       metric_alts=["制造业增加值增速", "制造业"], **CN, period=Q13, comparison="yoy",
       note="其中: part of 工业增加值")
SHARE = "制造业增加值占GDP的比重"
SHARE_ALTS = ["制造业增加值占GDP比重", "制造业占GDP比重", "制造业占GDP的比重", "制造业比重",
              "制造业增加值比重", "制造业增加值占国内生产总值比重", "占GDP的比重", "占GDP比重"]
g.fact("占GDP的比重为28.1%", "28.1%", value=28.1, unit="%", kind="share", metric=SHARE,
       metric_alts=SHARE_ALTS, **CN, period=Q13,
       note="the clause's subject is 制造业增加值 (its share of GDP)")
g.fact("较上年同期提高0.5个百分点", "0.5个百分点", value=0.5, unit="pp", kind="change",
       metric=SHARE, metric_alts=SHARE_ALTS, **CN, period=Q13, comparison="yoy",
       note="pp change of a share (README §3: the share's metric); 提高 → positive; against "
            "上年同期 → yoy (README §6)")

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("净出口三大需求", "三大", "set label 三大需求 (the three demands named just before), "
      "not a count fact")

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("\n前三季度，最终消费支出", "前三季度", PERIOD_NOTE)
g.fact("贡献率为41.3%", "41.3%", value=41.3, unit="%", kind="share",
       metric="最终消费支出对经济增长贡献率",
       metric_alts=["最终消费支出对经济增长的贡献率", "最终消费支出贡献率", "消费贡献率",
                    "消费对经济增长贡献率", "贡献率"],
       **CN, period=Q13, note="contribution rate → share (as 贡献率 in the other golds)")
g.fact("贡献率为26.7%", "26.7%", value=26.7, unit="%", kind="share",
       metric="资本形成总额对经济增长贡献率",
       metric_alts=["资本形成总额对经济增长的贡献率", "资本形成总额贡献率", "投资贡献率",
                    "投资对经济增长贡献率", "贡献率"],
       **CN, period=Q13)
g.fact("贡献率达到32.0%", "32.0%", value=32.0, unit="%", kind="share",
       metric="货物和服务净出口对经济增长贡献率",
       metric_alts=["货物和服务净出口对经济增长的贡献率", "货物和服务净出口贡献率", "净出口贡献率",
                    "净出口对经济增长贡献率", "贡献率"],
       **CN, period=Q13, note="达到 → eq; 前三季度 of the line still governs")

# ---- line 7 ---------------------------------------------------------------------------------
g.neg("\n前三季度，规模以上", "前三季度", PERIOD_NOTE)
g.fact("高技术制造业增加值同比增长8.5%", "8.5%", value=8.5, unit="%", kind="growth",
       metric="规模以上高技术制造业增加值",
       metric_alts=["高技术制造业增加值", "规上高技术制造业增加值", "高技术制造业",
                    "规模以上高技术制造业增加值增速"],
       **CN, period=Q13, comparison="yoy",
       note="规模以上 is part of the metric (SPEC §2)")
g.fact("高技术产业投资同比增长20.2%", "20.2%", value=20.2, unit="%", kind="growth",
       metric="高技术产业投资",
       metric_alts=["高技术产业投资增速", "高技术产业"], **CN, period=Q13, comparison="yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-7 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2022-10-24, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20221024.md and "
    "the 查看原文 URL) and stated in the text: 国家统计局今天（10月24日）发布 — the NBS "
    "published the Q1-Q3 2022 data on 24 October 2022. 前三季度 = 2022-01-01..2022-09-30 "
    "(cumulative); 三季度当季 = 2022-07-01..2022-09-30; 上半年 / 二季度 after 比 and 上年同期 "
    "after 较 are comparison bases. Place: 中国 (national release; 全国/我国 → 中国). Title: "
    "line 1 as written. Periods: a line is a paragraph; 前三季度 opens lines 3, 4, 6 and 7; "
    "三季度当季 replaces it for the Q3 figures of line 3. Judgement calls: GDP 3.9% keeps "
    "the written metric GDP (国内生产总值 as alt); 工业增加值 is written without 规模以上 "
    "and kept so; 较上年同期提高0.5个百分点 → change pp of the share, yoy; the three 贡献率 → "
    "share. Negatives: 三季度 ×2 (title, line 2), 前三季度 ×4, 三季度当季 (periods), 10月24日 "
    "(date), 上半年 and 二季度 (comparison bases), 三大 (三大需求, set label).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
