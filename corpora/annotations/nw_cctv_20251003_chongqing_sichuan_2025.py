"""Gold annotations for nw_cctv_20251003_chongqing_sichuan_2025 (corpora/).

央视网消息（新闻联播）, 2025-10-03: 重庆持续扩大内陆高水平开放 推动国内国际双循环 四川加快建设
现代化产业体系 为高质量发展注入新动能.  The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20251003_chongqing_sichuan_2025.txt (a short news item of 842
characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20251003_chongqing_sichuan_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20251003_chongqing_sichuan_2025"
PLACE = "中国"                           # two provinces (as nw_cctv_20250914_shanxi_neimenggu_2025)
REF = "2025-10-03"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = ("重庆持续扩大内陆高水平开放 推动国内国际双循环 四川加快建设现代化产业体系 "
         "为高质量发展注入新动能")

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="新增国家高新技术企业1200家。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 十四五 (the 14th Five-Year Plan) inside the period expression "
             "“十四五”{}, not a quantity")
SICHUAN_NOTE = "place name 四川 (四川省), not a quantity"
SHUANG_NOTE = "label 双循环 (the 'dual circulation' strategy), not a quantity"
THRESHOLD_NOTE = ("class label defining the clusters (万亿级 'trillion-yuan class'); part of "
                  "the metric of a count when one is attached (SPEC §2), not a fact of its own")

# Periods (reference date 2025-10-03, the broadcast day; the item reviews the 14th Five-Year
# Plan shortly before it ends), as in nw_cctv_20250914_shanxi_neimenggu_2025:
# “十四五”期间 = the plan period 2021-01-01..2025-12-31 (alts: up to the reference date, the
# four full years 2021-2024, null); “十四五”以来 = 2021-01-01..ref; 5年来 = 2021-01-01..ref
# (alt: the five full years 2020-2024); 2020年 / 2024年 inside a from/to pair govern only
# their own value (SPEC §4).  A stock under such a span is the instant at the reference
# date (the governing span has not ended yet).
PLAN = P("“十四五”期间", "2021-01-01", "2025-12-31")
PLAN_ALTS = [P("“十四五”期间", "2021-01-01", REF), P("“十四五”期间", "2021-01-01", "2024-12-31"),
             P("“十四五”期间", None, None)]
PLAN_NOW = P("“十四五”期间", REF, REF)
PLAN_NOW_ALTS = [P("“十四五”期间", "2025-12-31", "2025-12-31"), PLAN, PLAN_ALTS[0],
                 P("“十四五”期间", "2024-12-31", "2024-12-31"), P("“十四五”期间", None, None)]
SINCE = P("“十四五”以来", "2021-01-01", REF)
SINCE_ALTS = [P("“十四五”以来", REF, REF), P("“十四五”以来", "2021-01-01", "2024-12-31"),
              P("“十四五”以来", "2021-01-01", "2025-12-31"), P("“十四五”以来", None, REF),
              P("“十四五”以来", None, None)]
Y2020 = P("2020年", "2020-01-01", "2020-12-31")
Y2024 = P("2024年", "2024-01-01", "2024-12-31")
FIVE = P("5年来", "2021-01-01", REF)
FIVE_ALTS = [P("5年来", "2020-01-01", "2024-12-31"), P("5年来", "2021-01-01", "2024-12-31"),
             P("5年来", "2021-01-01", "2025-12-31"), P("5年来", None, None)]

CQ = dict(subject="重庆市", subject_alts=["重庆", "全市"])
SC = dict(subject="四川省", subject_alts=["四川", "全省"])

# ---- line 1: title -----------------------------------------------------------------------
g.neg("推动国内国际双循环 四川加快", "双循环", SHUANG_NOTE + " (title)")
g.neg("推动国内国际双循环 四川加快", "四川", SICHUAN_NOTE + " (title)")

# ---- line 2 ------------------------------------------------------------------------------
g.neg("新闻联播）：“十四五”期间", "十四五", PLAN_NOTE.format("期间") + " (no number follows)")
g.neg("重庆、四川加快", "四川", SICHUAN_NOTE)

# ---- line 3: section heading --------------------------------------------------------------
g.neg("推动国内国际双循环\n“十四五”", "双循环", SHUANG_NOTE + " (section heading)")

# ---- line 4: 重庆, automobiles and industry -----------------------------------------------
g.neg("“十四五”期间，重庆加快构建", "十四五", PLAN_NOTE.format("期间"))
NEV = "新能源汽车产量"
NEV_ALTS = ["新能源汽车", "新能源汽车年产量", "新能源汽车产量规模"]
g.neg("产量从2020年的4.3万辆", "2020年", PERIOD_NOTE + " (governs only its own value, 4.3万辆)")
g.fact("从2020年的4.3万辆", "4.3万辆", value=43000, unit="count", kind="count",
       classifier="辆", metric=NEV, metric_alts=NEV_ALTS, **CQ, period=Y2020,
       note="from-value of a from/to pair: the period inside it governs only its own value "
            "(SPEC §4) → 2020; an annual output counted in 辆")
g.neg("增长至2024年的95.3万辆", "2024年", PERIOD_NOTE + " (governs only its own value, "
      "95.3万辆)")
g.fact("增长至2024年的95.3万辆", "95.3万辆", value=953000, unit="count", kind="count",
       classifier="辆", metric=NEV, metric_alts=NEV_ALTS, **CQ, period=Y2024,
       note="to-value of the pair → 2024; no growth rate or multiple is written, so none is "
            "annotated")
g.neg("新一代电子信息制造", "一代", "一代 of 新一代电子信息制造 (an industry name), not a quantity")
g.neg("加快成长为万亿元级产业集群", "万亿元级", THRESHOLD_NOTE + " (no count attached here: "
      "what the industries are growing into)")
g.fact("工业经济总量突破3万亿元", "3万亿元", value=3e12, unit="CNY", kind="amount",
       bound="gt", metric="工业经济总量",
       metric_alts=["工业总量", "工业经济规模", "工业总产值", "工业经济"],
       **CQ, period=PLAN,
       period_alts=PLAN_ALTS + [Y2024, PLAN_NOW],
       note="突破 → gt (outside the span); 全市 → 重庆市; 万亿 ×1e12; the 2024年 of the "
            "previous sentence sits inside a from/to pair and governs only its own value, so "
            "“十四五”期间 of the line governs → the plan period (judgement call: the level "
            "was reached in a year of the plan, most likely 2024 — the year 2024 and the "
            "instant at the reference date as alts)")
SEI = "战略性新兴产业产值占规模以上工业总产值比重"
SEI_ALTS = ["战略性新兴产业产值占比", "战略性新兴产业占比", "战略性新兴产业占规模以上工业总产值比重",
            "战略性新兴产业产值比重", "战略性新兴产业产值占规上工业总产值比重",
            "战略性新兴产业产值占规模以上工业总产值的比重", "战略性新兴产业比重"]
g.neg("比重，由2020年的32%", "2020年", PERIOD_NOTE + " (governs only its own value, 32%)")
g.fact("由2020年的32%", "32%", value=32, unit="%", kind="share", metric=SEI,
       metric_alts=SEI_ALTS, **CQ, period=Y2020,
       note="from/to pair: the period inside it governs only its own value (SPEC §4): 2020")
g.neg("提高至2024年的39.9%", "2024年", PERIOD_NOTE + " (governs only its own value, 39.9%)")
g.fact("提高至2024年的39.9%", "39.9%", value=39.9, unit="%", kind="share", metric=SEI,
       metric_alts=SEI_ALTS, **CQ, period=Y2024,
       note="to-value: 2024; 位居全国前列 ('among the leaders') is no rank number, and no "
            "pp change is written, so none is annotated")

# ---- line 5: 重庆, opening up ----------------------------------------------------------------
g.neg("“十四五”期间，重庆加快搭建", "十四五", PLAN_NOTE.format("期间"))
g.neg("“四梁八柱”", "四梁八柱", "idiom “四梁八柱” ('main framework'), not a quantity")
CORRIDOR = dict(subject="西部陆海新通道",
                subject_alts=["重庆市", "重庆", "西部陆海新通道（重庆）"])
g.fact("通达127个国家和地区", "127个", value=127, unit="count", kind="count",
       classifier="个", metric="国家和地区",
       metric_alts=["通达国家和地区", "通达的国家和地区", "国家和地区数量", "通达国家和地区数量",
                    "覆盖国家和地区"],
       **CORRIDOR, period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="the corridor owns its reach (README §4), 重庆 (the hub building it) as alt; the "
            "network reached now (通达, a stock) → instant at the reference date under "
            "“十四五”期间 (alts as the stocks of nw_cctv_20250914_shanxi_neimenggu_2025)")
g.fact("的574个港口", "574个", value=574, unit="count", kind="count", classifier="个",
       metric="港口",
       metric_alts=["通达港口", "通达的港口", "港口数量", "通达港口数量", "覆盖港口"],
       **CORRIDOR, period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="as 127个 (the ports of those countries and regions)")
g.fact("开行数量居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="开行数量",
       metric_alts=["中欧班列（成渝）开行数量", "中欧班列(成渝)开行数量", "中欧班列开行数量",
                    "开行数量排名", "开行量"],
       subject="中欧班列（成渝）",
       subject_alts=["中欧班列(成渝)", "中欧班列", "中欧班列成渝", "重庆市", "重庆", "成渝"],
       period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="rank of the 成渝 China-Europe trains by number of runs among the China-Europe "
            "train platforms; scope 全国 outside the span; the train service owns the rank "
            "(重庆 as alt); the ranking holds now → instant at the reference date under "
            "“十四五”期间 (as the rank of nw_cctv_20250914_shanxi_neimenggu_2025; the spans "
            "and null as alts)")
g.neg("连接国际国内双循环", "双循环", SHUANG_NOTE)

# ---- line 6: section heading --------------------------------------------------------------
g.neg("重要枢纽。\n四川加快建设", "四川", SICHUAN_NOTE + " (section heading)")

# ---- line 7: 四川, industry ------------------------------------------------------------------
g.neg("。“十四五”以来，四川围绕", "十四五", PLAN_NOTE.format("以来"))
g.neg("以来，四川围绕", "四川", SICHUAN_NOTE)
g.neg("食品轻纺等六大特色优势产业", "六大", "set label 六大特色优势产业 (named before it), not a "
      "count fact (README §2: X大 labels)")
g.fact("形成3个万亿级产业集群", "3个", value=3, unit="count", kind="count", classifier="个",
       metric="万亿级产业集群",
       metric_alts=["万亿级产业集群数量", "产业集群", "形成万亿级产业集群", "万亿级产业集群增量"],
       **SC, period=SINCE, period_alts=SINCE_ALTS,
       note="threshold 万亿级 is part of the metric (SPEC §2, as 1 个千亿级 in doc002); "
            "clusters formed since the plan began (形成, like 建成298座 in "
            "nw_cctv_20250914_shanxi_neimenggu_2025) → “十四五”以来 2021..ref (the stock "
            "reading, instant at the reference date, as alt)")
g.neg("形成3个万亿级产业集群", "万亿级", THRESHOLD_NOTE)
g.fact("和5个国家先进制造业集群", "5个", value=5, unit="count", kind="count", classifier="个",
       metric="国家先进制造业集群",
       metric_alts=["国家先进制造业集群数量", "先进制造业集群", "形成国家先进制造业集群",
                    "国家先进制造业集群增量"],
       **SC, period=SINCE, period_alts=SINCE_ALTS, note="as 3个 (same verb 形成)")
g.neg("坚持“一链一策”", "一链一策", "slogan “一链一策” ('one policy per chain'), not a quantity")
g.neg("。2024年，全省新兴产业", "2024年", PERIOD_NOTE)
g.fact("新兴产业增加值增长超过20%", "20%", value=20, unit="%", kind="growth", bound="gt",
       metric="新兴产业增加值",
       metric_alts=["新兴产业增加值增速", "新兴产业", "新兴产业增加值增长"],
       **SC, period=Y2024, comparison="yoy",
       note="超过 → gt (outside the span); 全省 → 四川省; 增长 with no basis → yoy; 2024")

# ---- line 8: 四川, R&D ----------------------------------------------------------------------
g.neg("\n四川还立足", "四川", SICHUAN_NOTE)
g.neg("启动实施了一大批重大科技专项", "一大批", "quantifier 一大批 (SPEC §1)")
g.neg("机制等举措，把创新势能加快转化为产业动能。“十四五”以来", "十四五",
      PLAN_NOTE.format("以来"))
CUM_NOTE = ("cumulative growth since the plan began (“十四五”以来, 2021..ref; alts the four "
            "full years 2021-2024, whose data are out, and the other readings), comparison "
            "累计 (the base is the level before the span, 2020; as the 十一五 cumulative changes "
            "in wr_china_2010)")
g.fact("分别增长50%和41%", "50%", value=50, unit="%", kind="growth",
       metric="规模以上工业企业研发投入",
       metric_alts=["研发投入", "规上工业企业研发投入", "规模以上工业企业研发经费投入",
                    "研发经费投入", "研发投入增速", "工业企业研发投入"],
       **SC, period=SINCE, period_alts=SINCE_ALTS, comparison="累计",
       note="分别 list, first value → 研发投入 of 规模以上工业企业 (the head is shared); 全省 "
            "→ 四川省; " + CUM_NOTE)
g.fact("分别增长50%和41%", "41%", value=41, unit="%", kind="growth",
       metric="规模以上工业企业研发强度",
       metric_alts=["研发强度", "规上工业企业研发强度", "研发强度增速", "工业企业研发强度"],
       **SC, period=SINCE, period_alts=SINCE_ALTS, comparison="累计",
       note="分别 list, second value → 研发强度 (a relative change of the ratio, so growth "
            "in %, not pp); " + CUM_NOTE)

# ---- line 9: 四川, five years ---------------------------------------------------------------
g.neg("5年来，四川经济规模", "5年来", PERIOD_NOTE + " (not a 5-year duration fact)")
g.neg("5年来，四川经济规模", "四川", SICHUAN_NOTE)
ECON_ALTS = ["经济总量", "地区生产总值", "GDP", "生产总值", "经济规模台阶", "经济"]
g.fact("连续跨越5万亿、6万亿台阶", "5万亿", value=5e12, unit="CNY", kind="amount", bound="gt",
       metric="经济规模", metric_alts=ECON_ALTS, **SC, period=FIVE, period_alts=FIVE_ALTS,
       note="跨越…台阶 'crossed the 5-trillion step' (like 突破, 站在…新台阶上 in "
            "nw_cctv_20210118_china_2020) → gt; CNY (元 not written); the economy's size "
            "(GDP as alt); crossed in a year of the five → 5年来 2021..ref (alts: 2020-2024, "
            "2021-2024, the plan period, null)")
g.fact("连续跨越5万亿、6万亿台阶", "6万亿", value=6e12, unit="CNY", kind="amount", bound="gt",
       metric="经济规模", metric_alts=ECON_ALTS, **SC, period=FIVE, period_alts=FIVE_ALTS,
       note="second step of the list, as 5万亿 (each value with its own scale, no unit written)")
g.fact("年均增速超过10%", "10%", value=10, unit="%", kind="growth", bound="gt",
       metric="高技术制造业增加值",
       metric_alts=["高技术制造业增加值年均增速", "高技术制造业增加值增速", "高技术制造业",
                    "高技术制造业增加值年均增长"],
       **SC, period=FIVE, period_alts=FIVE_ALTS, comparison="年均",
       note="超过 → gt (outside the span); average annual growth over 5年来 (comparison = "
            "the surface basis 年均, as nw_cctv_20250914_shanxi_neimenggu_2025)")
g.fact("新增国家高新技术企业1200家", "1200家", value=1200, unit="count", kind="count",
       classifier="家", metric="国家高新技术企业",
       metric_alts=["新增国家高新技术企业", "国家高新技术企业增量", "国家高新技术企业数量增量",
                    "高新技术企业", "新增高新技术企业"],
       **SC, period=FIVE, period_alts=FIVE_ALTS,
       note="things newly made keep the noun, the 增量 reading as alts (README §3); a flow "
            "over 5年来")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 (842 characters, "
    "a byte copy made by code): a short 新闻联播 item, so all of it is taken. Date: "
    "2025-10-03, the broadcast date given by the source meta (file name of the daily "
    "transcript and the 查看原文 URL); the text agrees: it reviews the 14th Five-Year Plan "
    "(2021-2025) shortly before its end, with 2024 as the last full year (从2020年的…增长至"
    "2024年的…; 2024年，全省新兴产业增加值…). There is no 今年/全年/上年 in the text. Place: "
    "中国 (two provinces, as nw_cctv_20250914_shanxi_neimenggu_2025); 重庆 / 全市 → 重庆市, "
    "四川 / 全省 → 四川省; 西部陆海新通道 and 中欧班列（成渝） own their reach and rank (重庆 as "
    "alt). Title: line 1 as written (the two section headings joined). Periods: "
    "“十四五”期间 = the plan period 2021-01-01..2025-12-31 (alts: up to the reference "
    "date, 2021-2024, null); “十四五”以来 and 5年来 = 2021-01-01..ref (alts: 2021-2024, "
    "2020-2024 for 5年来, null); 2020年/2024年 in the from/to pairs govern only their own "
    "value; stocks (the corridor's 127/574, the rank) are instants at the reference date; "
    "flows and counts of things formed/added (3万亿, 3个/5个 clusters, the cumulative R&D "
    "growth, 5万亿/6万亿, 10% 年均, 1200家) take the span. Judgement calls: 3万亿元 takes "
    "“十四五”期间 (2024 as alt); 跨越5万亿、6万亿台阶 → two amounts, gt, CNY; the R&D growths "
    "since 十四五 → comparison 累计; 研发强度增长41% → growth (relative change of a ratio), "
    "not pp; 万亿元级 (no count) and 万亿级 (threshold of 3个) → negatives; 六大 → set "
    "label. Negatives: 双循环 ×3, 十四五 ×5, 2020年 ×2, 2024年 ×3, 5年来 (periods), 一代 "
    "(新一代), 万亿元级, 万亿级, 四梁八柱, 六大, 一链一策, 一大批, 四川 ×6 (place name, as in "
    "nw_cctv_20231108_sichuan_2023). Not listed: 进一步 (lexicalized).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
