"""Gold annotations for nw_cctv_20131018_china_2013q3 (corpora/).

央视网消息(新闻联播), 2013-10-18: 【改革发展新景象】 三季度中国经济增速加快.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20131018_china_2013q3.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20131018_china_2013q3.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20131018_china_2013q3"
PLACE = "中国"
REF = "2013-10-18"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "三季度中国经济增速加快"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【改革发展新景象】", ends="中国经济保持平稳运行是一个大概率事件。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")
SECTOR_NOTE = "sector name {} (an ordinal sector label), not a quantity"

# Periods (reference date 2013-10-18, the broadcast day: 今天，国家统计局公布的数据显示, the NBS
# release of the Q1-Q3 2013 data).  前三季度 / 今年前三季度 = 2013-01-01..2013-09-30
# (cumulative, SPEC §4); 一季度 / 二季度 / 三季度 = the single quarters of 2013.  上半年 and
# 二季度 after 比 are comparison bases.  The item reports the Q1-Q3 release (title 三季度, line
# 2), so 前三季度 is its document period; every number here has a period of its own in its
# line, so the document period is never needed.
Q13 = P("前三季度", "2013-01-01", "2013-09-30")
Q13_TODAY = P("今年前三季度", "2013-01-01", "2013-09-30")
Q1 = P("一季度", "2013-01-01", "2013-03-31")
Q2 = P("二季度", "2013-04-01", "2013-06-30")
Q3 = P("三季度", "2013-07-01", "2013-09-30")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_ALTS = ["GDP", "国内生产总值总量", "GDP总量", "经济总量"]
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速", "中国经济增速"]

# ---- line 1: title ---------------------------------------------------------------------------
g.neg("】 三季度中国经济", "三季度", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("数据显示，三季度，中国经济", "三季度", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("初步核算，前三季度", "前三季度", PERIOD_NOTE)
g.fact("国内生产总值386762亿元", "386762亿元", value=386762e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=GDP_ALTS, **CN, period=Q13,
       note="preliminary estimate (初步核算) of Q1-Q3 2013 GDP; national aggregate → 中国; "
            "前三季度 → 2013-01-01..09-30 (cumulative)")
g.fact("同比增长7.7%。其中", "7.7%", value=7.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q13, comparison="yoy",
       note="按可比价格计算 (real growth); 同比 → yoy")
g.neg("其中，一季度增长", "一季度", PERIOD_NOTE + " (replaces 前三季度 for its own value)")
g.fact("一季度增长7.7%", "7.7%", value=7.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="其中: the quarterly GDP growth (the 国内生产总值 of the sentence before); "
            "一季度 → 2013 Q1; yoy (quarter on the same quarter; the release's basis)")
g.neg("，二季度增长", "二季度", PERIOD_NOTE)
g.fact("二季度增长7.5%", "7.5%", value=7.5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q2, comparison="yoy",
       note="二季度 → 2013 Q2; yoy")
g.neg("，三季度增长", "三季度", PERIOD_NOTE)
g.fact("三季度增长7.8%", "7.8%", value=7.8, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q3, comparison="yoy",
       note="三季度 → 2013 Q3; yoy")
g.neg("增速比二季度加快", "二季度", BASIS_NOTE.format("0.3个百分点"))
g.fact("加快了0.3个百分点", "0.3个百分点", value=0.3, unit="pp", kind="change",
       metric="国内生产总值增速",
       metric_alts=["GDP增速", "经济增速", GDP, "GDP", "增速", "国内生产总值增长"],
       **CN, period=Q3, comparison="比二季度",
       note="pp difference of growth rates (Q3 7.8% vs Q2 7.5%; README §3: <metric>增速); "
            "加快 → positive; 三季度 still governs, 二季度 is the basis")
g.neg("从就业看，今年前三季度", "今年前三季度", PERIOD_NOTE)
g.fact("农民工人数增长了3.1%", "3.1%", value=3.1, unit="%", kind="growth",
       metric="外出就业的农民工人数",
       metric_alts=["外出就业农民工人数", "外出就业的农民工", "外出农民工", "外出农民工人数",
                    "农民工人数", "外出就业的农民工人数增速"],
       **CN, period=Q13_TODAY, comparison="yoy",
       note="今年前三季度 of the clause governs (the sentence before has no number: 城镇新增"
            "就业继续增加); growth without basis → yoy")

# ---- line 4: speaker caption, no numerals ----------------------------------------------------

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("国家一系列", "一系列", "vague quantifier 一系列 (README §2), not a count")
g.neg("推动下，三季度经济", "三季度", PERIOD_NOTE + " (no number follows)")

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("来看，前三季度，固定资产投资", "前三季度", PERIOD_NOTE)
FAI = "固定资产投资"
FAI_ALTS = ["固定资产投资(不含农户)", "固定资产投资（不含农户）", "全国固定资产投资", "固定资产投资额"]
g.fact("(不含农户)309208亿元", "309208亿元", value=309208e8, unit="CNY", kind="amount",
       metric=FAI, metric_alts=FAI_ALTS, **CN, period=Q13,
       note="固定资产投资(不含农户): the usual scope note of the indicator, in the alts (as "
            "in the other national golds)")
g.fact("309208亿元，20.2%的增速", "20.2%", value=20.2, unit="%", kind="growth", metric=FAI,
       metric_alts=FAI_ALTS + ["固定资产投资增速"], **CN, period=Q13, comparison="yoy",
       note="20.2%的增速 = the growth of the investment just given; yoy by default")
g.neg("比上半年加快0.1", "上半年", BASIS_NOTE.format("0.1个百分点"))
g.fact("加快0.1个百分点", "0.1个百分点", value=0.1, unit="pp", kind="change",
       metric="固定资产投资增速",
       metric_alts=["固定资产投资(不含农户)增速", "固定资产投资（不含农户）增速", FAI, "增速",
                    "固定资产投资增长"],
       **CN, period=Q13, comparison="比上半年",
       note="pp difference of growth rates (Q1-Q3 vs H1); 加快 → positive")
RETAIL = "社会消费品零售总额"
RETAIL_ALTS = ["社会消费品零售额", "社零总额", "消费品零售总额"]
g.fact("零售总额168817亿元", "168817亿元", value=168817e8, unit="CNY", kind="amount",
       metric=RETAIL, metric_alts=RETAIL_ALTS, **CN, period=Q13,
       note="前三季度 earlier in the line still governs")
g.fact("168817亿元，12.9%的增速", "12.9%", value=12.9, unit="%", kind="growth",
       metric=RETAIL, metric_alts=RETAIL_ALTS + ["社会消费品零售总额增速"], **CN, period=Q13,
       comparison="yoy", note="nominal growth of retail sales; yoy by default")
g.neg("比上半年加快0.2", "上半年", BASIS_NOTE.format("0.2个百分点"))
g.fact("加快0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change",
       metric="社会消费品零售总额增速",
       metric_alts=["社零总额增速", RETAIL, "增速", "社会消费品零售总额增长"],
       **CN, period=Q13, comparison="比上半年",
       note="pp difference of growth rates; 加快 → positive")
CONTRIB_NOTE = ("分别: 消费 ↔ 45.9%, 投资 ↔ 55.8%, 净出口 ↔ -1.7% (the shared head "
                "对GDP增长的贡献率 restored); contribution rate → share; 前三季度 of the line")
g.fact("分别是45.9%", "45.9%", value=45.9, unit="%", kind="share",
       metric="消费对GDP增长的贡献率",
       metric_alts=["消费对GDP增长贡献率", "消费贡献率", "最终消费贡献率", "消费对经济增长的贡献率",
                    "最终消费支出对经济增长贡献率", "贡献率"],
       **CN, period=Q13, note=CONTRIB_NOTE)
g.fact("45.9%、55.8%", "55.8%", value=55.8, unit="%", kind="share",
       metric="投资对GDP增长的贡献率",
       metric_alts=["投资对GDP增长贡献率", "投资贡献率", "资本形成总额贡献率",
                    "投资对经济增长的贡献率", "资本形成总额对经济增长贡献率", "贡献率"],
       **CN, period=Q13, note=CONTRIB_NOTE)
g.fact("55.8%和-1.7%", "-1.7%", value=-1.7, unit="%", kind="share",
       metric="净出口对GDP增长的贡献率",
       metric_alts=["净出口对GDP增长贡献率", "净出口贡献率", "净出口对经济增长的贡献率",
                    "货物和服务净出口对经济增长贡献率", "贡献率"],
       **CN, period=Q13,
       note=CONTRIB_NOTE + "; a negative contribution, the sign written in the span "
            "(rates are share whatever their sign, SPEC §2)")
g.neg("蓬勃活力，增长速度远远快于传统产业，前三季度", "前三季度", PERIOD_NOTE)
g.neg("，第三产业增长速度", "第三产业", SECTOR_NOTE.format("第三产业"))
g.neg("比第二产业快", "第二产业", SECTOR_NOTE.format("第二产业") + "; the comparison basis "
      "of 0.6个百分点")
g.fact("快0.6个百分点", "0.6个百分点", value=0.6, unit="pp", kind="change",
       metric="第三产业增加值增速",
       metric_alts=["第三产业增长速度", "第三产业增速", "第三产业增加值增长速度", "第三产业增加值",
                    "第三产业", "服务业增加值增速"],
       **CN, period=Q13, comparison="比第二产业",
       note="pp difference of growth rates (tertiary vs secondary, README §3: <metric>增速; "
            "the text's 第三产业增长速度 as alt); 快 → positive; the second 前三季度 of the line")
g.neg("，三产所占GDP", "三产", SECTOR_NOTE.format("三产 (tertiary industry)"))
g.neg("比重比上半年提高", "上半年", BASIS_NOTE.format("0.2个百分点"))
SHARE = "第三产业占GDP的比重"
g.fact("提高0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change", metric=SHARE,
       metric_alts=["三产所占GDP的比重", "三产占GDP的比重", "第三产业占GDP比重", "三产占GDP比重",
                    "第三产业比重", "第三产业增加值占GDP比重", "服务业占GDP比重",
                    "第三产业所占GDP的比重"],
       **CN, period=Q13, comparison="比上半年",
       note="pp change of a share (README §3: the share's metric; 三产 = 第三产业, the written "
            "三产所占GDP的比重 as alt); 提高 → positive; basis 比上半年")

# ---- line 7: speaker caption, no numerals ----------------------------------------------------

# ---- line 8 ---------------------------------------------------------------------------------
g.neg("是一个大概率事件", "一个", "indefinite article 一个, not a count")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2013-10-18, the broadcast "
    "date given by the source meta (file name assets/2013/20131018.json, pubtime 2013-10-18 "
    "19:22:10); the text agrees: 今天，国家统计局公布的数据显示 — the NBS released the Q1-Q3 "
    "2013 data on 18 October 2013. 前三季度 / 今年前三季度 = 2013-01-01..2013-09-30 "
    "(cumulative); 一季度 / 二季度 / 三季度 = the single quarters of 2013; 上半年 and 二季度 "
    "after 比 are comparison bases (comparison = the surface basis on the pp changes). Place: "
    "中国 (national release). Title: the headline without the 【改革发展新景象】 column tag "
    "(as nw_cctv_20230418_china_2023q1). Periods: a line is a paragraph; the document "
    "period convention of the national-release golds (nw_cctv_20200117_china_2019, "
    "nw_cctv_20130415_china_2013q1, nw_cctv_20240318_china_2024m2: a line with no period "
    "takes the release's period, null as alt) is followed, but here every number has a "
    "period of its own earlier in its line, so no fact needs it. In line 3 the quarterly "
    "figures (一季度/二季度/三季度) each take their own quarter; 0.3个百分点 belongs to 三季度 "
    "(basis 二季度). Judgement calls: 固定资产投资(不含农户) → metric 固定资产投资 with the "
    "scope note in the alts; 20.2%的增速 / 12.9%的增速 → growth; 贡献率分别是45.9%、55.8%和"
    "-1.7% → three shares with the shared head restored (净出口 negative, sign in the span); "
    "第三产业增长速度比第二产业快0.6个百分点 → change, metric 第三产业增加值增速 (written form "
    "as alt), comparison 比第二产业; 三产所占GDP的比重…提高0.2个百分点 → change of the share. "
    "Negatives: 三季度 ×4 (title, lines 2, 3, 5), 前三季度 ×3, "
    "今年前三季度, 一季度, 二季度 ×2 (periods and the basis 比二季度), 上半年 ×3 (comparison "
    "bases), 第三产业, 第二产业, 三产 (sector names), 一系列 (vague quantifier), 一个 "
    "(article). Lexicalized, not listed: 一些 ×4.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
