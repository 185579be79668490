"""Gold annotations for nw_cctv_20250914_shanxi_neimenggu_2025 (corpora/).

央视网消息（新闻联播）, 2025-09-14: 转型拓发展 三晋谱新篇 向绿而兴 内蒙古绘就发展新蓝图.
The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20250914_shanxi_neimenggu_2025.txt (a short news item, so all of
it is taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20250914_shanxi_neimenggu_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20250914_shanxi_neimenggu_2025"
PLACE = "中国"                           # two provinces (as nw_sina_20220122_gd_js_sd_2021)
REF = "2025-09-14"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "转型拓发展 三晋谱新篇 向绿而兴 内蒙古绘就发展新蓝图"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="累计外送绿电规模超2700亿度。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 十四五 (the 14th Five-Year Plan) inside the period expression "
             "“十四五”{}, not a quantity")
SANJIN_NOTE = "name 三晋 (literary name of 山西), not a quantity"

# Periods (reference date 2025-09-14, the broadcast day; the item reviews the 14th Five-Year
# Plan shortly before it ends).  “十四五”期间 = the plan period 2021-01-01..2025-12-31 (alts:
# up to the reference date, the four full years 2021-2024 whose data are out, null);
# “十四五”以来 = 2021-01-01..the reference date; 五年来 = the plan years up to now
# (2021-01-01..ref; the five full years before the reference year, 2020-2024, as alt);
# 2021年 / 2024年 inside a from/to pair govern only their own value (SPEC §4); 目前 = the
# reference date.  A stock (占比达, 总装机达到, 覆盖率达) under such a span holds now: the
# instant at the reference date (the end of the governing period clamped to the reference
# date: the plan period has not ended yet), the other readings as alts.
PLAN = P("“十四五”期间", "2021-01-01", "2025-12-31")
PLAN_ALTS = [P("“十四五”期间", "2021-01-01", REF), P("“十四五”期间", "2021-01-01", "2024-12-31"),
             P("“十四五”期间", None, None)]
PLAN_NOW = P("“十四五”期间", REF, REF)
PLAN_NOW_ALTS = [P("“十四五”期间", "2025-12-31", "2025-12-31"), PLAN, PLAN_ALTS[0],
                 P("“十四五”期间", "2024-12-31", "2024-12-31"), P("“十四五”期间", None, None)]
SINCE = P("“十四五”以来", "2021-01-01", REF)
SINCE_ALTS = [P("“十四五”以来", REF, REF), P("“十四五”以来", "2021-01-01", "2025-12-31"),
              P("“十四五”以来", None, REF), P("“十四五”以来", None, None)]
SINCE_NOW = P("“十四五”以来", REF, REF)
SINCE_NOW_ALTS = [SINCE, P("“十四五”以来", None, REF), P("“十四五”以来", None, None)]
Y2021 = P("2021年", "2021-01-01", "2021-12-31")
Y2024 = P("2024年", "2024-01-01", "2024-12-31")
FIVE = P("五年来", "2021-01-01", REF)
FIVE_ALTS = [P("五年来", "2020-01-01", "2024-12-31"), P("五年来", "2021-01-01", "2025-12-31"),
             P("五年来", None, None)]
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]

SX = dict(subject="山西省", subject_alts=["山西", "三晋"])
NMG = dict(subject="内蒙古自治区", subject_alts=["内蒙古", "全区"])

# ---- line 1: title ---------------------------------------------------------------------
g.neg("转型拓发展 三晋谱新篇 向绿而兴", "三晋", SANJIN_NOTE + " (title)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("新闻联播）：“十四五”期间", "十四五", PLAN_NOTE.format("期间") + " (no number follows)")
g.neg("生态改善双赢", "双赢", "idiom 双赢 'win-win', not a quantity")

# ---- line 3: section heading -------------------------------------------------------------
g.neg("\n转型拓发展 三晋谱新篇\n", "三晋", SANJIN_NOTE + " (section heading)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("“十四五”期间，山西坚持", "十四五", PLAN_NOTE.format("期间"))
g.fact("制造业增加值年均增长8.1%", "8.1%", value=8.1, unit="%", kind="growth",
       metric="制造业增加值",
       metric_alts=["制造业增加值年均增速", "制造业增加值增速", "制造业增加值年均增长", "制造业"],
       **SX, period=PLAN, period_alts=PLAN_ALTS, comparison="年均",
       note="average annual growth over the plan period (comparison = the surface basis 年均, "
            "as 年均增长4.9% in nw_cctv_20240422_west_2024); “十四五”期间 → 2021..2025 (the "
            "data can only cover 2021-2024: that span, the span up to the reference date and "
            "null as alts)")
SEI = "战略性新兴产业占制造业比重"
SEI_ALTS = ["战略性新兴产业占制造业的比重", "战略性新兴产业占比", "战略性新兴产业比重",
            "战略性新兴产业占制造业比例", "战略性新兴产业增加值占制造业比重", "占制造业比重"]
g.neg("比重从2021年的32%", "2021年", PERIOD_NOTE + " (governs only its own value, 32%)")
g.fact("从2021年的32%", "32%", value=32, unit="%", kind="share", metric=SEI,
       metric_alts=SEI_ALTS, **SX, period=Y2021,
       note="from/to pair: the period inside it governs only its own value (SPEC §4): 2021")
g.neg("上升至2024年的44%", "2024年", PERIOD_NOTE + " (governs only its own value, 44%)")
g.fact("上升至2024年的44%", "44%", value=44, unit="%", kind="share", metric=SEI,
       metric_alts=SEI_ALTS, **SX, period=Y2024,
       note="to-value of the pair: 2024; no pp change is written, so none is annotated")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("山西一家煤矿", "一家", "indefinite article 一家 ('a coal mine'), not a count")
g.neg("一目了然", "一目了然", "idiom 一目了然 'clear at a glance', not a quantity")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("“十四五”期间，山西建成", "十四五", PLAN_NOTE.format("期间"))
g.fact("建成智能化煤矿298座", "298座", value=298, unit="count", kind="count",
       classifier="座", metric="智能化煤矿",
       metric_alts=["建成智能化煤矿", "智能化煤矿数量", "智能化煤矿增量", "已建成智能化煤矿",
                    "建成的智能化煤矿"],
       **SX, period=PLAN, period_alts=[PLAN_NOW] + PLAN_NOW_ALTS[:1] + PLAN_ALTS,
       note="mines built during the plan period (建成, not 累计/已建成) → the plan period "
            "2021..2025 (counted noun as metric, README §3: new things keep the noun, 增量 "
            "as alt); the stock reading (the mines existing now, instant at the reference "
            "date) and the other spans as alts")
g.fact("先进产能占比达83%", "83%", value=83, unit="%", kind="share",
       metric="煤炭先进产能占比",
       metric_alts=["先进产能占比", "煤炭先进产能比重", "煤炭先进产能占煤炭产能比重",
                    "煤炭先进产能占比重", "先进产能比重"],
       **SX, period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="share of a stock (先进产能占比, SPEC §4) → instant; the governing “十四五”期间 "
            "ends after the reference date, so the instant is the reference date (alts: "
            "the end of 2025, the spans, the end of 2024, null); 达 → eq")
g.neg("五年来，山西的", "五年来", PERIOD_NOTE + " (not a 5-year duration fact)")
CAP = "新能源和清洁能源装机占比"
CAP_ALTS = ["新能源和清洁能源装机比重", "清洁能源装机占比", "新能源装机占比",
            "新能源和清洁能源装机容量占比", "新能源和清洁能源装机占比重", "装机占比",
            "新能源和清洁能源装机占总装机比重"]
g.fact("装机占比从39.68%", "39.68%", value=39.68, unit="%", kind="share", metric=CAP,
       metric_alts=CAP_ALTS, **SX, period=P("五年来", "2020-12-31", "2020-12-31"),
       period_alts=[FIVE] + FIVE_ALTS + [P("五年来", "2020-01-01", "2020-12-31"),
                                         P("五年来", "2021-01-01", "2021-01-01")],
       note="from-value of a from/to pair under 五年来: the share of installed capacity (a "
            "stock) at the start of the five years → instant at the end of 2020 (judgement "
            "call; the 五年来 span, the year 2020 and null as alts)")
g.fact("提升到54.4%", "54.4%", value=54.4, unit="%", kind="share", metric=CAP,
       metric_alts=CAP_ALTS, **SX, period=P("五年来", REF, REF),
       period_alts=[FIVE] + FIVE_ALTS + [P("五年来", "2024-12-31", "2024-12-31"),
                                         P("五年来", None, REF)],
       note="to-value: the share now → instant at the reference date (end of the 五年来 "
            "span; the span, the end of 2024 and null as alts); no pp change is written")

# ---- line 7: section heading (no numerals) ------------------------------------------------

# ---- line 8 ----------------------------------------------------------------------------
g.neg("“十四五”以来，内蒙古", "十四五", PLAN_NOTE.format("以来"))
g.neg("完成“三北”工程", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity")
g.fact("建设任务超1亿亩", "1亿亩", value=1e8, unit="mu", kind="amount", bound="gt",
       metric="“三北”工程建设任务",
       metric_alts=["三北工程建设任务", "完成“三北”工程建设任务", "完成三北工程建设任务",
                    "累计完成“三北”工程建设任务", "“三北”工程建设任务面积", "三北工程建设任务面积",
                    "“三北”工程建设", "三北工程建设", "“三北”工程", "三北工程"],
       **NMG, period=SINCE, period_alts=SINCE_ALTS,
       note="超 → gt (outside the span); 亩 stays mu; 累计完成 = the total done over "
            "“十四五”以来 (a flow summed over 2021..ref; the instant reading as an alt)")
g.fact("防沙治沙6500多万亩", "6500多万亩", value=6500e4, unit="mu", kind="amount",
       bound="gt", metric="防沙治沙",
       metric_alts=["防沙治沙面积", "完成防沙治沙", "累计防沙治沙", "累计完成防沙治沙",
                    "防沙治沙任务", "防沙治沙规模"],
       **NMG, period=SINCE, period_alts=SINCE_ALTS,
       note="多 inside the span → gt; under 累计完成 like the 1亿亩")
g.neg("腾格里两大沙漠", "两大", "'the two great deserts' = the two just named (巴丹吉林、"
      "腾格里), a set label, not a count fact")
g.fact("毛乌素沙地超80%的面积", "80%", value=80, unit="%", kind="share", bound="gt",
       metric="披上绿装的面积占比",
       metric_alts=["绿化面积占比", "披上绿装面积占比", "披上绿装的面积比重", "绿化面积比重",
                    "植被覆盖面积占比", "披上绿装的面积", "面积"],
       subject="毛乌素沙地",
       subject_alts=["内蒙古自治区", "内蒙古", "内蒙古毛乌素沙地"],
       period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="超 → gt (outside the span); the share of 毛乌素沙地's area now green: the "
            "desert owns the number (内蒙古 as alt; the sandy land reaches into 陕西 and 宁夏); "
            "a share of a stock (the state reached) → instant at the end of “十四五”以来 = "
            "the reference date (the span and null as alts)")
g.fact("森林覆盖率达21.77%", "21.77%", value=21.77, unit="%", kind="share",
       metric="森林覆盖率", metric_alts=["全区森林覆盖率"],
       **NMG, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="全区 → 内蒙古自治区; a rate of a stock → share (SPEC §2), instant at the "
            "reference date (the end of “十四五”以来); 达 → eq")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("基地，“十四五”期间，内蒙古", "十四五", PLAN_NOTE.format("期间"))
g.fact("持续稳定在12亿吨", "12亿吨", value=12e8, unit="t", kind="amount",
       metric="煤炭年产量",
       metric_alts=["煤炭产量", "年产量", "煤炭年产量持续稳定", "原煤产量", "原煤年产量"],
       **NMG, period=PLAN, period_alts=PLAN_ALTS,
       note="the annual coal output held at about this level in every year of the plan "
            "(持续稳定在) → the plan period; 稳定在 → eq (the text gives no 以上/左右); 亿吨 "
            "×1e8 t")
g.fact("新能源总装机达到1.4亿千瓦", "1.4亿千瓦", value=1.4e8 * 1e3, unit="W", kind="amount",
       metric="新能源总装机",
       metric_alts=["新能源装机", "新能源总装机容量", "新能源装机容量", "新能源装机规模",
                    "新能源并网装机"],
       **NMG, period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="亿千瓦 = 1e8 × 1e3 W = 1.4e11 W (SPEC §3); 达到 a level of installed capacity (a "
            "stock) → instant at the reference date (the governing “十四五”期间 has not "
            "ended; alts as for 83%)")
g.fact("等指标均居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="电力总装机、发电量、外送电量",
       metric_alts=["电力总装机", "发电量", "外送电量", "电力总装机、发电量、外送电量等指标",
                    "电力总装机排名", "电力总装机、发电量、外送电量排名", "指标"],
       **NMG, period=PLAN_NOW, period_alts=PLAN_NOW_ALTS + [PLAN_ALTS[1]],
       note="one mention → one fact (均 shares the rank among three indicators, each as a "
            "metric alt); scope 全国 outside the span; the ranking holds now → instant at "
            "the reference date under “十四五”期间 (the spans, the end of 2024, null as alts)")
g.fact("与8个省份建立了", "8个", value=8, unit="count", kind="count", classifier="个",
       metric="建立绿电外送交易合作的省份",
       metric_alts=["绿电外送交易合作省份", "绿电外送交易合作的省份", "省份", "合作省份",
                    "建立绿电外送交易合作的省份数量", "绿电外送交易合作省份数量",
                    "绿电外送合作省份"],
       **NMG, period=NOW, period_alts=NOW_ALTS,
       note="目前 earlier in the line → instant at the reference date (alts null..ref, null); "
            "the partner provinces are 内蒙古's partnerships (subject 内蒙古自治区)")
g.neg("，“十四五”期间累计外送", "十四五", PLAN_NOTE.format("期间"))
g.fact("外送绿电规模超2700亿度", "2700亿度", value=2700e8, unit="kWh", kind="amount",
       bound="gt", metric="外送绿电规模",
       metric_alts=["外送绿电", "累计外送绿电", "累计外送绿电规模", "外送绿电量", "绿电外送量",
                    "绿电外送规模", "外送绿电电量"],
       **NMG, period=PLAN, period_alts=PLAN_ALTS + [P("“十四五”期间", REF, REF)],
       note="超 → gt (outside the span); 度 = kWh, 亿 ×1e8 (SPEC §3); “十四五”期间累计 = the "
            "total over the plan period (replaces 目前 in the line) → 2021..2025 (up to the "
            "reference date, the four full years, null and the instant as alts)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 (689 characters, "
    "a byte copy made by code): a short 新闻联播 item, so all of it is taken. Date: "
    "2025-09-14, the broadcast date given by the source meta (file name of the daily "
    "transcript and the 查看原文 URL); the text agrees: it reviews the 14th Five-Year Plan "
    "(2021-2025) shortly before its end, with 2024 as the last full year (从2021年的32%…至"
    "2024年的44%). There is no 今年/上年 in the text. Place: 中国 (two provinces, as "
    "nw_sina_20220122_gd_js_sd_2021); 山西 → 山西省, 内蒙古 / 全区 → 内蒙古自治区; 毛乌素沙地 "
    "owns its green share. Title: line 1 as written (the two section headings joined). "
    "Periods: “十四五”期间 = the plan period 2021-01-01..2025-12-31 (alts: up to the "
    "reference date, 2021-2024, null); “十四五”以来 = 2021-01-01..ref; 五年来 = "
    "2021-01-01..ref (alt: the five full years 2020-2024); 2021年/2024年 in the from/to pair "
    "govern only their own value; 目前 = the reference date. Stocks and shares of stocks "
    "(83% 先进产能占比, 54.4% 装机占比, 21.77% 森林覆盖率, 80% of 毛乌素, 1.4亿千瓦 装机, the "
    "rank) are instants at the reference date: the governing span ends at or after it "
    "(judgement call: the SPEC says the end of the governing period, which for "
    "“十四五”期间 lies in the future; 2025-12-31 is an alt); 39.68% (from-value) is the "
    "instant at the end of 2020. Flows (8.1% 年均, 298座 built, 1亿亩, 6500多万亩, 12亿吨 a "
    "year, 2700亿度 累计) take the span. Judgement calls: 均居全国第一 → one rank fact for "
    "three indicators (each a metric alt); 两大沙漠 → negative (set label of the two named "
    "deserts); 12亿吨 → eq. Negatives: 三晋 ×2 (name), 十四五 ×6 (plan name in period "
    "expressions), 双赢, 一家 (article), 一目了然, 2021年/2024年/五年来 (periods), 三北, 两大.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
