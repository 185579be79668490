"""Gold annotations for nw_cctv_20130415_china_2013q1 (corpora/).

央视网消息(新闻联播), 2013-04-15: 中国一季度经济报告 国民经济平稳增长7.7%.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20130415_china_2013q1.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20130415_china_2013q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20130415_china_2013q1"
PLACE = "中国"
REF = "2013-04-15"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "中国一季度经济报告 国民经济平稳增长7.7%"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="夯实了经济稳定增长的基础。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis ({}), not a fact and not a "
              "period of the facts (SPEC §4: a basis is `comparison`)")
SECTOR_NOTE = "sector name {} (an ordinal sector label), not a quantity"

# Periods (reference date 2013-04-15, the broadcast day: 国家统计局今天公布的一季度数据).
# 一季度 = 2013-01-01..2013-03-31; 2012年四季度 = 2012-10-01..2012-12-31 (inside the comparison
# 略低于2012年四季度7.8%的增长速度 it governs only its own value, 7.8%); 今年…全年 = 2013 (the
# year's growth target); 去年二季度和三季度 and 去年同期 are comparison bases.  The item
# reports the Q1 release (title 中国一季度经济报告, line 2), so 一季度 is its document period:
# the numbers of line 5 before its 一季度 take it (null as alt, as
# nw_cctv_20130427_provinces_2013q1).
Q1 = P("一季度", "2013-01-01", "2013-03-31")
DOC = dict(period=Q1, period_alts=[P("一季度", None, None)])
DOC_NOTE = ("no period before it in its line → the item's document period 一季度 (title, "
            "line 2: Q1 2013); null as alt")
Q4_12 = P("2012年四季度", "2012-10-01", "2012-12-31")
Y2013 = P("今年", "2013-01-01", "2013-12-31")

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_G_ALTS = ["GDP", "国民经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "经济",
              "国民经济增长"]

# ---- line 1: title ---------------------------------------------------------------------------
g.neg("中国一季度经济报告", "一季度", PERIOD_NOTE + " (title)")
g.fact("国民经济平稳增长7.7%", "7.7%", value=7.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=P("一季度", "2013-01-01", "2013-03-31"),
       comparison="yoy",
       note="title: 国民经济…增长 = GDP growth (国民经济 as written, as alt; as 经济 in "
            "nw_cctv_20210118); 一季度 before it in the title → Q1 2013; yoy by default")

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("今天公布的一季度数据", "一季度", PERIOD_NOTE)
g.fact("平稳增长7.7%，产业升级", "7.7%", value=7.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="我国国民经济…平稳增长 = GDP growth; the lead restates the title's figure: its own "
            "mention, its own fact")

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("初步核算，一季度", "一季度", PERIOD_NOTE)
g.fact("国内生产总值为118855亿元", "118855亿元", value=118855e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=["GDP", "国内生产总值总量", "GDP总量", "经济总量"], **CN,
       period=Q1, note="初步核算 (preliminary accounting) is the published figure → actual")
g.fact("同比增长7.7%", "7.7%", value=7.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=Q1, comparison="yoy",
       note="按可比价格计算 (real growth); 同比 → yoy")
g.neg("略低于2012年四季度", "2012年四季度", PERIOD_NOTE + " (inside the comparison: governs "
      "only its own value, 7.8%)")
g.fact("四季度7.8%的增长速度", "7.8%", value=7.8, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS + ["增长速度"], **CN, period=Q4_12, comparison="yoy",
       note="the GDP growth of 2012 Q4 named as the comparison basis: a value of its own, "
            "dated by the period written with it (SPEC §4: a period inside the pair governs "
            "only its own value); yoy (quarterly growth on the same quarter). The shared "
            "check_gold.py warns that the text before it 'reads down' (低于): a false "
            "alarm, 略低于 compares two positive rates")
g.neg("比去年二季度和三季度", "去年二季度", BASIS_NOTE.format("the growth of 2012 Q2, no "
      "number written"))
g.neg("去年二季度和三季度的增速", "三季度", BASIS_NOTE.format("the growth of 2012 Q3, no "
      "number written"))
g.fact("今年7.5%的全年预期增长目标", "7.5%", value=7.5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS + ["全年预期增长目标", "预期增长目标", "经济增长预期目标",
                                 "国内生产总值增长预期目标", "GDP增长目标"],
       **CN, period=Y2013, modality="target", comparison="yoy",
       note="预期增长目标 → target; 今年…全年 → 2013 (the whole year); the target is for GDP "
            "growth (the indicator compared)")

# ---- line 4 ---------------------------------------------------------------------------------
g.neg("\n一季度，虽然", "一季度", PERIOD_NOTE)
g.fact("增长达到20.9%", "20.9%", value=20.9, unit="%", kind="growth", metric="固定资产投资",
       metric_alts=["固定资产投资增速", "固定资产投资增长", "投资"], **CN, period=Q1,
       comparison="yoy", note="达到 → eq; yoy by default")
g.fact("快出8.5个百分点", "8.5个百分点", value=8.5, unit="pp", kind="change",
       metric="固定资产投资增速",
       metric_alts=["固定资产投资增长", "固定资产投资", "投资增速"], **CN, period=Q1,
       comparison="比消费增长",
       note="pp difference of growth rates (README §3: <metric>增速); 快出 → positive; "
            "comparison = the surface basis 比消费增长")
g.fact("贡献率达到55.5%", "55.5%", value=55.5, unit="%", kind="share",
       metric="最终消费对经济增长的贡献率",
       metric_alts=["最终消费对经济增长贡献率", "最终消费贡献率", "消费贡献率",
                    "最终消费支出对经济增长贡献率", "贡献率"],
       **CN, period=Q1, note="contribution rate → share; 达到 → eq")
g.fact("资本形成总额30.3%", "30.3%", value=30.3, unit="%", kind="share",
       metric="资本形成总额对经济增长的贡献率",
       metric_alts=["资本形成总额对经济增长贡献率", "资本形成总额贡献率", "资本形成总额的贡献率",
                    "投资贡献率", "贡献率"],
       **CN, period=Q1,
       note="资本形成总额30.3%和净出口14.2%的贡献率: the shared head 贡献率 restored")
g.fact("净出口14.2%的贡献率", "14.2%", value=14.2, unit="%", kind="share",
       metric="净出口对经济增长的贡献率",
       metric_alts=["净出口对经济增长贡献率", "净出口贡献率", "净出口的贡献率", "贡献率"],
       **CN, period=Q1)
g.neg("从三次产业增长来看", "三次", "label 三次产业 (the three sectors of the economy), not a "
      "count fact")
g.neg("来看，第三产业增加值", "第三产业", SECTOR_NOTE.format("第三产业"))
TER = "第三产业增加值"
g.fact("增长速度为8.3%", "8.3%", value=8.3, unit="%", kind="growth", metric=TER,
       metric_alts=["第三产业增加值增速", "第三产业增加值的增长速度", "第三产业", "服务业增加值"],
       **CN, period=Q1, comparison="yoy",
       note="sector-level figure of the country → 中国; 一季度 of the line governs; yoy")
TER_R_ALTS = ["第三产业增加值的增长速度", "第三产业增速", TER, "第三产业增加值增长速度"]
g.neg("比二产高出", "二产", SECTOR_NOTE.format("二产 (secondary industry)") + "; the "
      "comparison basis of 0.5个百分点")
g.fact("比二产高出0.5个百分点", "0.5个百分点", value=0.5, unit="pp", kind="change",
       metric="第三产业增加值增速", metric_alts=TER_R_ALTS, **CN, period=Q1,
       comparison="比二产",
       note="pp difference of growth rates (tertiary vs secondary); 高出 → positive")
g.neg("比一产高出", "一产", SECTOR_NOTE.format("一产 (primary industry)") + "; the "
      "comparison basis of 4.9个百分点")
g.fact("比一产高出4.9个百分点", "4.9个百分点", value=4.9, unit="pp", kind="change",
       metric="第三产业增加值增速", metric_alts=TER_R_ALTS, **CN, period=Q1,
       comparison="比一产",
       note="pp difference of growth rates (tertiary vs primary); 高出 → positive")

# ---- line 5 ---------------------------------------------------------------------------------
g.fact("工业增加值同比增长9.5%", "9.5%", value=9.5, unit="%", kind="growth",
       metric="工业增加值",
       metric_alts=["规模以上工业增加值", "工业增加值增速", "规上工业增加值"], **CN, **DOC,
       comparison="yoy", note="同比 → yoy; " + DOC_NOTE)
g.fact("发电量却仅增长2.9%", "2.9%", value=2.9, unit="%", kind="growth", metric="发电量",
       metric_alts=["发电量增速", "与之关联的发电量"], **CN, **DOC, comparison="yoy",
       note="仅 is emphasis → eq; yoy by default; " + DOC_NOTE)
g.neg("因为一季度六大", "一季度", PERIOD_NOTE)
g.neg("一季度六大高耗能产业", "六大", "set label 六大高耗能产业 (the six energy-intensive "
      "industries of the NBS), part of the metric, not a count fact")
HEI = "六大高耗能产业增加值增速"
g.fact("下降了1.1个百分点", "1.1个百分点", value=-1.1, unit="pp", kind="change", metric=HEI,
       metric_alts=["六大高耗能产业增加值", "六大高耗能产业增速", "高耗能产业增加值增速",
                    "六大高耗能产业增加值的增速", "高耗能产业增速"],
       **CN, period=Q1, comparison="yoy",
       note="the growth rate (增速) fell by 1.1 pp against 去年同期 → change −1.1 pp (下降 → "
            "negative), metric <metric>增速 (README §3), yoy (README §6: against the same "
            "period of last year)")
g.fact("能耗同比下降6.5%", "6.5%", value=-6.5, unit="%", kind="growth",
       metric="规模以上工业单位增加值能耗",
       metric_alts=["单位工业增加值能耗", "规模以上工业单位增加值能耗增速", "工业单位增加值能耗",
                    "规上工业单位增加值能耗", "单位增加值能耗"],
       **CN, period=Q1, comparison="yoy",
       note="下降 → negative; 规模以上 is part of the metric; 一季度 of the sentence governs")

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("此外，一季度", "一季度", PERIOD_NOTE)
g.fact("新增就业超过300万人", "300万人", value=300e4, unit="count", kind="count",
       bound="gt", classifier="人", metric="城镇单位新增就业",
       metric_alts=["城镇新增就业", "新增就业", "城镇新增就业人数", "城镇单位新增就业人数"], **CN,
       period=Q1,
       note="超过 → gt (outside the span); metric as written (城镇单位新增就业; the usual "
            "indicator name 城镇新增就业 as alt)")
g.fact("劳动力同比增长1.7%", "1.7%", value=1.7, unit="%", kind="growth",
       metric="农村外出务工劳动力",
       metric_alts=["外出务工劳动力", "农村外出务工劳动力增速", "农民工外出务工", "外出农民工"],
       **CN, period=Q1, comparison="yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2013-04-15, the broadcast "
    "date given by the source meta (file name assets/2013/20130415.json, pubtime 2013-04-15 "
    "19:18:03); the text agrees: 国家统计局今天公布的一季度数据 — the NBS released the Q1 2013 "
    "data on 15 April 2013. 一季度 = 2013-01-01..2013-03-31; 2012年四季度 = 2012-10-01.."
    "2012-12-31 (governs only 7.8%); 今年…全年 = 2013; 去年二季度和三季度, 去年同期 and the 比 "
    "phrases are comparison bases. Place: 中国 (national release; 我国 → 中国). Title: line 1 "
    "as written. Periods: a line is a paragraph; the item reports the Q1 release, so 一季度 "
    "is its document period: 9.5% and 2.9% (line 5, before its 一季度) take it, null as alt. "
    "Judgement calls: 国民经济平稳增长7.7% (title, lead) → GDP growth (国民经济 as alt); "
    "略低于2012年四季度7.8%的增长速度 → a fact of its own dated 2012 Q4; 7.5%的全年预期增长"
    "目标 → target, 2013; 资本形成总额30.3%和净出口14.2%的贡献率 → shares with the shared head "
    "restored; 六大高耗能产业增加值的增速比去年同期下降了1.1个百分点 → change −1.1 pp, yoy; "
    "城镇单位新增就业 kept as written (城镇新增就业 as alt). Negatives: 一季度 ×6 (periods, "
    "incl. title), 2012年四季度 (period of 7.8%), 去年二季度 and 三季度 (comparison bases), "
    "三次 (三次产业), 第三产业, 二产, 一产 (sector names), 六大 (set label). Lexicalized, not "
    "listed: 单位 (单位增加值能耗), 进一步.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
