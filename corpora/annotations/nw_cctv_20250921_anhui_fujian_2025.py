"""Gold annotations for nw_cctv_20250921_anhui_fujian_2025 (corpora/).

央视网消息（新闻联播）, 2025-09-21: 安徽坚持科技打头阵 激活发展新动能 福建加快建设现代化产业体系
积极打造民营经济强省.  The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20250921_anhui_fujian_2025.txt (a short 新闻联播 item of 814
characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20250921_anhui_fujian_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20250921_anhui_fujian_2025"
PLACE = "中国"                           # two provinces (as nw_cctv_20250914_shanxi_neimenggu_2025)
REF = "2025-09-21"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "安徽坚持科技打头阵 激活发展新动能 福建加快建设现代化产业体系 积极打造民营经济强省"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="六个产业集群入选全国民营经济百强产业集群。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 十四五 (the 14th Five-Year Plan) inside the period expression "
             "“十四五”{}, not a quantity")
BATCH_NOTE = "quantifier 一批 (SPEC §1), not a count"

# Periods (reference date 2025-09-21, the broadcast day; the item reviews the 14th Five-Year
# Plan shortly before it ends), as in nw_cctv_20250914_shanxi_neimenggu_2025:
# “十四五”期间 = the plan period 2021-01-01..2025-12-31 (alts: up to the reference date,
# the four full years 2021-2024, null); “十四五”以来 = 2021-01-01..ref; 目前 / 如今 = the
# reference date; 五年前 (inside a from/to pair, governs only its own value) = the end of 2020,
# the eve of the plan.  Stocks (达到, 总数, 已培育, 已建成, 占比) are instants at the reference
# date: the governing span ends at or after it.
PLAN = P("“十四五”期间", "2021-01-01", "2025-12-31")
PLAN_ALTS = [P("“十四五”期间", "2021-01-01", REF), P("“十四五”期间", "2021-01-01", "2024-12-31"),
             P("“十四五”期间", None, None)]
PLAN_NOW = P("“十四五”期间", REF, REF)
PLAN_NOW_ALTS = [P("“十四五”期间", "2025-12-31", "2025-12-31"), PLAN, PLAN_ALTS[0],
                 P("“十四五”期间", "2024-12-31", "2024-12-31"), P("“十四五”期间", None, None)]
SINCE = P("“十四五”以来", "2021-01-01", REF)
SINCE_NOW = P("“十四五”以来", REF, REF)
SINCE_NOW_ALTS = [SINCE, P("“十四五”以来", None, REF), P("“十四五”以来", None, None)]
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]
FIVE_AGO = P("五年前", "2020-12-31", "2020-12-31")
FIVE_AGO_ALTS = [P("五年前", "2020-01-01", "2020-12-31"), P("五年前", "2020-09-21", "2020-09-21"),
                 P("五年前", None, None)]
TODAY = P("如今", REF, REF)
TODAY_ALTS = [P("如今", None, REF), P("如今", "2024-12-31", "2024-12-31"), P("如今", None, None)]

AH = dict(subject="安徽省", subject_alts=["安徽"])
FJ = dict(subject="福建省", subject_alts=["福建", "全省"])

# ---- line 1: title (no numerals) --------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("新闻联播）：“十四五”期间", "十四五", PLAN_NOTE.format("期间") + " (no number follows)")

# ---- line 3: section heading (no numerals) ----------------------------------------------

# ---- line 4 ----------------------------------------------------------------------------
g.neg("合肥先进光源等一批", "一批", BATCH_NOTE)
g.neg("下一代“人造太阳”", "一代", "下一代 'next generation', a label, not a count")
g.neg("“十四五”以来，安徽已建", "十四五", PLAN_NOTE.format("以来"))
g.fact("预研大科学装置达到了13个", "13个", value=13, unit="count", kind="count",
       classifier="个", metric="大科学装置",
       metric_alts=["已建、在建和预研大科学装置", "已建、在建和预研的大科学装置", "大科学装置数量",
                    "已建、在建和预研大科学装置数量", "科学装置"],
       **AH, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="达到了 a number of facilities built, being built or planned (a stock) → instant "
            "at the end of “十四五”以来 = the reference date (the span and null as alts); all "
            "three kinds are counted in one figure; actual")
g.fact("全国重点实验室总数达到23家", "23家", value=23, unit="count", kind="count",
       classifier="家", metric="全国重点实验室",
       metric_alts=["全国重点实验室总数", "全国重点实验室数量", "重点实验室"],
       **AH, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="总数达到 → a stock, instant at the reference date (as the 13个 before)")

# ---- line 5: no numerals --------------------------------------------------------------

# ---- line 6 ----------------------------------------------------------------------------
g.neg("“十四五”期间，安徽高标准", "十四五", PLAN_NOTE.format("期间"))
g.fact("通用机械基础件3个国家级", "3个", value=3, unit="count", kind="count", classifier="个",
       metric="国家级制造业创新中心",
       metric_alts=["建设国家级制造业创新中心", "国家级制造业创新中心数量", "制造业创新中心",
                    "国家制造业创新中心", "国家级制造业创新中心增量"],
       **AH, period=PLAN, period_alts=PLAN_ALTS + [PLAN_NOW],
       note="three centres (named) built during the plan period → the plan period "
            "2021..2025 (as 建成智能化煤矿298座 in nw_cctv_20250914_shanxi_neimenggu_2025; "
            "the other spans and the stock instant as alts)")
g.fact("培育国家高新技术企业2.3万户", "2.3万户", value=2.3e4, unit="count", kind="count",
       classifier="户", metric="国家高新技术企业",
       metric_alts=["培育国家高新技术企业", "国家高新技术企业数量", "高新技术企业",
                    "国家高新技术企业增量"],
       **AH, period=PLAN, period_alts=PLAN_ALTS + [PLAN_NOW],
       note="户 is a classifier (SPEC §3); 万 ×1e4; 培育 during the plan period → the plan "
            "span (the stock reading, firms certified now, as an alt)")
g.fact("专精特新“小巨人”企业690户", "690户", value=690, unit="count", kind="count",
       classifier="户", metric="专精特新“小巨人”企业",
       metric_alts=["专精特新小巨人企业", "“小巨人”企业", "小巨人企业", "培育专精特新“小巨人”企业",
                    "专精特新“小巨人”企业数量", "专精特新“小巨人”企业增量"],
       **AH, period=PLAN, period_alts=PLAN_ALTS + [PLAN_NOW],
       note="second object of 培育 (the verb is shared) → as 2.3万户")
g.fact("产量均位居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="汽车和新能源汽车产量",
       metric_alts=["汽车产量", "新能源汽车产量", "汽车和新能源汽车产量排名", "汽车产量排名",
                    "新能源汽车产量排名", "产量"],
       **AH, period=PLAN_NOW,
       period_alts=PLAN_NOW_ALTS + [PLAN_ALTS[1], P("“十四五”期间", "2024-01-01", "2024-12-31")],
       note="one mention → one fact (均 shares the rank between two indicators, each a metric "
            "alt, as 均居全国第一 in nw_cctv_20250914_shanxi_neimenggu_2025); scope 全国 "
            "outside the span; the ranking holds now → instant at the reference date under "
            "“十四五”期间 (the spans, the end of 2024 and the year 2024 as alts)")

# ---- line 7: section heading (no numerals) ----------------------------------------------

# ---- line 8 ----------------------------------------------------------------------------
g.neg("“十四五”以来，福建聚焦", "十四五", PLAN_NOTE.format("以来"))
g.neg("“双倍增”行动", "双倍增", "campaign name “双倍增” (doubling firm numbers and output), a "
      "label, not a ratio fact")
g.neg("由五年前的6400多家", "五年前", PERIOD_NOTE + " (governs only its own value, 6400多家; "
      "not a 5-year duration fact)")
HT_ALTS = ["高新技术企业数量", "全省高新技术企业", "高新技术企业总数", "高企", "国家高新技术企业"]
g.fact("由五年前的6400多家", "6400多家", value=6400, unit="count", kind="count",
       classifier="家", bound="gt", metric="高新技术企业", metric_alts=HT_ALTS,
       **FJ, period=FIVE_AGO, period_alts=FIVE_AGO_ALTS,
       note="多 inside the span → gt; from-value of a from/to pair: 五年前 governs only it "
            "(SPEC §4) → the stock at the end of 2020, the eve of the plan (judgement call; "
            "the year 2020, the day five years before the reference date, null as alts); 全省 "
            "→ 福建省")
g.fact("增至如今的1.5万多家", "1.5万多家", value=1.5e4, unit="count", kind="count",
       classifier="家", bound="gt", metric="高新技术企业", metric_alts=HT_ALTS,
       **FJ, period=TODAY, period_alts=TODAY_ALTS,
       note="多 inside the span → gt; to-value: 如今 → instant at the reference date; no "
            "change or multiple is written, so none is annotated")
g.fact("民营企业占比达95%", "95%", value=95, unit="%", kind="share", bound="ge",
       metric="民营企业占比",
       metric_alts=["民营企业占高新技术企业比重", "民营企业比重", "民营企业占比重",
                    "民营高新技术企业占比", "民营企业占高新技术企业的比重", "占比"],
       **FJ, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS + [TODAY],
       note="以上 → ge (outside the span); 其中 = the share of the 1.5万多家 now → instant at "
            "the reference date (the line's “十四五”以来 ends there; 如今 governs only its own "
            "value but gives the same day)")
g.neg("数字赋能千行百业行动", "千行百业", "idiom 千行百业 'all trades', not a quantity")
g.fact("目前已培育建设18个", "18个", value=18, unit="count", kind="count", classifier="个",
       metric="省级数字经济核心产业集聚区",
       metric_alts=["数字经济核心产业集聚区", "培育建设省级数字经济核心产业集聚区",
                    "省级数字经济核心产业集聚区数量", "产业集聚区"],
       **FJ, period=NOW, period_alts=NOW_ALTS,
       note="目前已… → a stock, instant at the reference date (alts null..ref, null)")
g.fact("建成工业互联网领域8个国家级平台", "8个", value=8, unit="count", kind="count",
       classifier="个", metric="工业互联网领域国家级平台",
       metric_alts=["工业互联网国家级平台", "国家级平台", "建成工业互联网领域国家级平台",
                    "工业互联网领域国家级平台数量", "工业互联网平台"],
       **FJ, period=NOW, period_alts=NOW_ALTS,
       note="second object under 目前已 (建成) → stock, instant at the reference date")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("“十四五”期间，福建制定", "十四五", PLAN_NOTE.format("期间"))
g.fact("推出200亿元民营中小微企业", "200亿元", value=2e10, unit="CNY", kind="amount",
       metric="民营中小微企业提质增效专项贷款",
       metric_alts=["专项贷款", "专项贷款规模", "专项贷款额度", "推出专项贷款",
                    "民营中小微企业提质增效专项贷款规模", "民营中小微企业提质增效专项贷款额度",
                    "民营中小微企业专项贷款"],
       **FJ, period=PLAN, period_alts=PLAN_ALTS,
       note="the size of the loan programme the province launched (推出) → actual; "
            "“十四五”期间 → the plan span (alts as usual)")
g.fact("惠及近万家企业", "万家", value=1e4, unit="count", kind="count", classifier="家",
       bound="approx", metric="惠及企业",
       metric_alts=["企业", "惠及企业数量", "受惠企业", "受益企业", "专项贷款惠及企业"],
       subject="福建省",
       subject_alts=["福建", "民营中小微企业提质增效专项贷款", "专项贷款"],
       period=PLAN, period_alts=PLAN_ALTS,
       note="近 → approx (outside the span: 近万家 → 万家, value 1e4); the firms reached by "
            "the loan programme; the province as subject, the programme as alt")
g.fact("泉州现代体育产品两个国家", "两个", value=2, unit="count", kind="count",
       classifier="个", metric="国家先进制造业集群",
       metric_alts=["先进制造业集群", "国家先进制造业集群数量", "培育形成国家先进制造业集群"],
       **FJ, period=NOW, period_alts=NOW_ALTS,
       note="目前已培育形成 → a stock, instant at the reference date; the two clusters are "
            "named (宁德动力电池, 泉州现代体育产品)")
g.fact("六个产业集群入选", "六个", value=6, unit="count", kind="count", classifier="个",
       metric="入选全国民营经济百强产业集群的产业集群",
       metric_alts=["入选全国民营经济百强产业集群", "全国民营经济百强产业集群", "产业集群",
                    "入选百强产业集群的产业集群", "入选全国民营经济百强产业集群数量",
                    "全国民营经济百强产业集群数量", "入选产业集群"],
       **FJ, period=NOW, period_alts=NOW_ALTS,
       note="目前 of the sentence governs → instant at the reference date; the list 百强 is "
            "part of the metric, not a rank of its own")
g.neg("全国民营经济百强产业集群", "百强", "set label 百强 (the top-100 list the clusters "
      "entered, cf. 十强), defines the counted set, not a fact of its own")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 ("
    f"{len(text)} characters, a byte copy made by code): a short 新闻联播 item (under 2,000 "
    "characters), so all of it is taken. Title: line 1 as written (the two section headings "
    "joined). Date: 2025-09-21, the broadcast date of the source meta (file name of the daily "
    "transcript and the 查看原文 URL); the text agrees: it reviews the 14th Five-Year Plan "
    "(2021-2025) shortly before its end (五年前 ≈ 2020, the eve of the plan). There is no "
    "今年/全年/上年 in the text. Place: 中国 (two provinces, as "
    "nw_cctv_20250914_shanxi_neimenggu_2025); 安徽 → 安徽省, 福建 / 全省 → 福建省. Periods "
    "(as in that gold): “十四五”期间 = 2021-01-01..2025-12-31 (alts: up to the reference date, "
    "2021-2024, null); “十四五”以来 = 2021-01-01..ref; 目前 / 如今 = the reference date; 五年前 "
    "(from-value of a from/to pair) = the instant 2020-12-31. Stocks (达到了13个, 总数达到23家, "
    "民营企业占比, 目前已…18个/8个/两个/六个, the rank) are instants at the reference date; flows "
    "built or cultivated during the plan (3个 centres, 2.3万户, 690户, the 200亿元 loan, 近万家 "
    "firms) take the plan span, the stock instant as an alt. Judgement calls: 均位居全国第一 → "
    "one rank fact for two indicators; 五年前 → end of 2020; 95%以上 → ge; 近万家 → span 万家, "
    "approx; 200亿元 loan programme → actual. Negatives: 十四五 ×5 (plan name in period "
    "expressions), 一批, 一代 (下一代), 双倍增 (campaign name), 五年前 (period), 千行百业 "
    "(idiom), 百强 (list label).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
