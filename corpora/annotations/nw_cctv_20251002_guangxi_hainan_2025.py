"""Gold annotations for nw_cctv_20251002_guangxi_hainan_2025 (corpora/).

央视网消息（新闻联播）, 2025-10-02: 自贸创新赋能陆海联动 广西开放发展谱新篇 海南持续扩大开放
激发经济活力.  The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20251002_guangxi_hainan_2025.txt (a short news item of 775
characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20251002_guangxi_hainan_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20251002_guangxi_hainan_2025"
PLACE = "中国"                           # two provinces (as nw_cctv_20251003_chongqing_sichuan_2025)
REF = "2025-10-02"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "自贸创新赋能陆海联动 广西开放发展谱新篇 海南持续扩大开放 激发经济活力"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="引领我国新时代对外开放的重要门户。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name 十四五 (the 14th Five-Year Plan) inside the period expression "
             "“十四五”{}, not a quantity")

# Periods (reference date 2025-10-02, the broadcast day; the item reviews the 14th Five-Year
# Plan shortly before it ends), as in nw_cctv_20250914_shanxi_neimenggu_2025 and
# nw_cctv_20251003_chongqing_sichuan_2025: “十四五”以来 = 2021-01-01..ref; “十四五”期间 = the
# plan period 2021-01-01..2025-12-31 (alts: up to the reference date, the four full years
# 2021-2024, null).  A stock (累计突破, 航线达, 通达, 可免签) under such a span holds now: the
# instant at the reference date (the plan period has not ended yet); flows and things added
# over the span (发送, 推出, 实际使用外资, 新设, 年均增长) take the span.
SINCE = P("“十四五”以来", "2021-01-01", REF)
SINCE_ALTS = [P("“十四五”以来", REF, REF), P("“十四五”以来", "2021-01-01", "2024-12-31"),
              P("“十四五”以来", "2021-01-01", "2025-12-31"), P("“十四五”以来", None, REF),
              P("“十四五”以来", None, None)]
SINCE_NOW = P("“十四五”以来", REF, REF)
SINCE_NOW_ALTS = [SINCE, P("“十四五”以来", None, REF), P("“十四五”以来", "2024-12-31", "2024-12-31"),
                  P("“十四五”以来", "2025-12-31", "2025-12-31"), P("“十四五”以来", None, None)]
PLAN = P("“十四五”期间", "2021-01-01", "2025-12-31")
PLAN_ALTS = [P("“十四五”期间", "2021-01-01", REF), P("“十四五”期间", "2021-01-01", "2024-12-31"),
             P("“十四五”期间", None, None)]
PLAN_NOW = P("“十四五”期间", REF, REF)
Y2024 = P("“十四五”期间", "2024-01-01", "2024-12-31")
# Line 5 states no period: the document period of the lead (line 2, “十四五”期间) governs it.
DOC = PLAN
DOC_ALTS = PLAN_ALTS + [SINCE, P("“十四五”期间", None, REF)]

GX = dict(subject="广西壮族自治区", subject_alts=["广西", "全区"])
HN = dict(subject="海南省", subject_alts=["海南", "全省", "琼", "海南自由贸易港"])

# ---- line 1: title (no numerals) -----------------------------------------------------------

# ---- line 2 ------------------------------------------------------------------------------
g.neg("新闻联播）：“十四五”期间", "十四五", PLAN_NOTE.format("期间") + " (no number follows)")

# ---- line 3: section heading (no numerals) -------------------------------------------------

# ---- line 4: 广西, the western land-sea corridor --------------------------------------------
g.neg("“十四五”以来，广西不断", "十四五", PLAN_NOTE.format("以来"))
PORT = dict(subject="北部湾港",
            subject_alts=["广西北部湾港", "广西壮族自治区", "广西", "西部陆海新通道"])
g.fact("累计突破3647.55万标箱", "3647.55万标箱", value=36475500, unit="count", kind="count",
       bound="gt", classifier="标箱", metric="集装箱总量",
       metric_alts=["北部湾港集装箱总量", "集装箱吞吐量", "累计集装箱总量", "集装箱量",
                    "集装箱吞吐总量", "集装箱"],
       **PORT, period=SINCE, period_alts=SINCE_ALTS,
       note="标箱 (TEU) is the measure word → count, classifier 标箱 (as nw_yicai 标箱); "
            "突破 → gt (outside the span); the port owns the figure (README §4: a facility), "
            "广西 as alt; 累计 = the containers handled since the plan began (a sum of a flow) "
            "→ “十四五”以来 2021..ref (the instant at the reference date as alt)")
g.fact("集装箱航线达91条", "91条", value=91, unit="count", kind="count", classifier="条",
       metric="集装箱航线",
       metric_alts=["集装箱航线数量", "北部湾港集装箱航线", "航线", "集装箱航线数"],
       **PORT, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="the routes the port runs now (达, a stock) → instant at the reference date "
            "under “十四五”以来 (the span and the other readings as alts); 达 → eq")
CORRIDOR = dict(subject="西部陆海新通道班列",
                subject_alts=["西部陆海新通道", "广西壮族自治区", "广西", "西部陆海新通道海铁联运班列"])
g.fact("累计发送货物430多万标箱", "430多万标箱", value=4300000, unit="count", kind="count",
       bound="gt", classifier="标箱", metric="发送货物",
       metric_alts=["累计发送货物", "发送货物量", "货物发送量", "班列发送货物", "发送集装箱",
                    "西部陆海新通道班列发送货物", "货物"],
       **CORRIDOR, period=SINCE, period_alts=SINCE_ALTS,
       note="多 inside the span → gt (README §1: 200多亿元); the trains own the figure (a "
            "service, as 中欧班列 in nw_cctv_20251003_chongqing_sichuan_2025), 广西 as alt; "
            "累计发送 = a flow summed over “十四五”以来 → 2021..ref")
REACH_NOTE = ("the trains' network now (通达, a stock) → instant at the reference date under "
              "“十四五”以来 (as 通达127个国家和地区的574个港口 in "
              "nw_cctv_20251003_chongqing_sichuan_2025; the span and others as alts)")
g.fact("通达全球127个国家及地区", "127个", value=127, unit="count", kind="count",
       classifier="个", metric="国家及地区",
       metric_alts=["通达国家及地区", "通达的国家及地区", "国家和地区", "通达国家和地区",
                    "国家及地区数量", "通达国家及地区数量", "货物通达国家及地区", "覆盖国家及地区"],
       **CORRIDOR, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS, note=REACH_NOTE)
g.fact("及地区的577个港口", "577个", value=577, unit="count", kind="count", classifier="个",
       metric="港口",
       metric_alts=["通达港口", "通达的港口", "港口数量", "通达港口数量", "货物通达港口",
                    "覆盖港口"],
       **CORRIDOR, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="as 127个 (the ports of those countries and regions)")
g.neg("预计2026年建成通航", "2026年", "date of an expected event (预计2026年建成通航 'expected "
      "to open in 2026'): a period expression with no quantity, not a fact")

# ---- line 5: 广西, the pilot free trade zone ------------------------------------------------
g.fact("累计推出120项改革试点举措", "120项", value=120, unit="count", kind="count",
       classifier="项", metric="改革试点举措",
       metric_alts=["推出改革试点举措", "累计推出改革试点举措", "改革试点举措数量", "改革举措",
                    "试点举措", "改革试点举措增量"],
       subject="中国（广西）自由贸易试验区",
       subject_alts=["广西自贸试验区", "广西自由贸易试验区", "中国(广西)自由贸易试验区",
                     "广西壮族自治区", "广西"],
       period=DOC, period_alts=DOC_ALTS,
       note="the pilot zone (full name 中国（广西）自由贸易试验区) owns its measures; line 5 "
            "states no period and line 4's “十四五”以来 does not cross the line (SPEC §4), so "
            "the document period of the lead (line 2: “十四五”期间, the plan period) governs "
            "(judgement call: line 4's span, 2021..ref, and null as alts; the zone was set up "
            "in 2019, so 累计 might reach back before 2021); measures launched over the span")
g.fact("规模以上数字经济企业124家", "124家", value=124, unit="count", kind="count",
       classifier="家", metric="规模以上数字经济企业",
       metric_alts=["培育规模以上数字经济企业", "规上数字经济企业", "数字经济企业",
                    "规模以上数字经济企业数量", "规模以上数字经济企业增量", "培育规模以上数字经济企业数量"],
       subject="中国（广西）自由贸易试验区南宁片区",
       subject_alts=["南宁片区", "广西自贸试验区南宁片区", "中国(广西)自由贸易试验区南宁片区",
                     "南宁市", "南宁", "广西壮族自治区", "广西"],
       period=DOC, period_alts=DOC_ALTS + [SINCE_NOW, PLAN_NOW],
       note="规模以上 (above designated size) is part of the metric (SPEC §2 threshold, no "
            "numeral); 培育 'fostered' → firms added over the span (counted noun as metric, "
            "增量 as alt, README §3); the 南宁片区 of the pilot zone owns it; period as 120项 "
            "(the lead's “十四五”期间; line 4's span, null and the stock readings as alts)")

# ---- line 6: section heading (no numerals) -------------------------------------------------

# ---- line 7: 海南, opening up ---------------------------------------------------------------
g.neg("“十四五”以来，海南开放", "十四五", PLAN_NOTE.format("以来"))
g.fact("连续跨越两个千亿元大关", "两个", value=2, unit="count", kind="count", classifier="个",
       metric="千亿元大关",
       metric_alts=["跨越千亿元大关", "贸易进出口总额跨越千亿元大关", "千亿元大关数量",
                    "跨越的千亿元大关", "贸易进出口总额跨越的千亿元大关"],
       **HN, period=SINCE, period_alts=SINCE_ALTS,
       note="judgement call: 连续跨越两个千亿元大关 'crossed two 100-billion marks in a row' "
            "(the 1000亿 and the 2000亿 marks) → a count of the marks crossed over the span "
            "(2 个); the reading as an amount (2000亿元, gt) is not written as such and is "
            "not annotated; 千亿元 is the mark's label → negative")
g.neg("连续跨越两个千亿元大关", "千亿元", "label of the marks (千亿元大关 'the 100-billion "
      "mark') counted by 两个: part of the count's metric (SPEC §2 threshold), not a fact of "
      "its own")
g.fact("年均增长超30%", "30%", value=30, unit="%", kind="growth", bound="gt",
       metric="货物贸易、服务贸易",
       metric_alts=["货物贸易", "服务贸易", "货物贸易和服务贸易", "货物贸易与服务贸易",
                    "货物贸易、服务贸易年均增速", "货物贸易年均增长", "服务贸易年均增长",
                    "货物贸易增速", "服务贸易增速"],
       **HN, period=SINCE, period_alts=SINCE_ALTS, comparison="年均",
       note="one mention for two indicators → one fact over both (as 均居…首位 in "
            "nw_cctv_20200104_xinjiang_ports_2019), each indicator as alt; 超 → gt (outside "
            "the span); average annual growth → comparison 年均")
FDI = "实际使用外资"
FDI_ALTS = ["累计实际使用外资", "实际使用外资金额", "实际利用外资", "使用外资", "外资"]
g.fact("累计实际使用外资1667亿元", "1667亿元", value=1.667e11, unit="CNY", kind="amount",
       metric=FDI, metric_alts=FDI_ALTS, **HN, period=SINCE, period_alts=SINCE_ALTS,
       note="累计 = the sum of a flow over “十四五”以来 → 2021..ref")
g.fact("亿元，年均增长15.8%", "15.8%", value=15.8, unit="%", kind="growth", metric=FDI,
       metric_alts=FDI_ALTS + ["实际使用外资年均增长", "实际使用外资年均增速", "实际使用外资增速"],
       **HN, period=SINCE, period_alts=SINCE_ALTS, comparison="年均",
       note="average annual growth of 实际使用外资 (level and growth share the metric)")
NEWFIE = "新设外资企业"
NEWFIE_ALTS = ["外资企业", "新设外资企业数量", "外资企业增量", "新设外资企业数", "外资企业数量增量"]
g.fact("新设外资企业7093家", "7093家", value=7093, unit="count", kind="count",
       classifier="家", metric=NEWFIE, metric_alts=NEWFIE_ALTS, **HN,
       period=SINCE, period_alts=SINCE_ALTS,
       note="firms newly set up over the span (README §3: keep the noun, 增量 as alt)")
g.fact("家，年均增长19.8%", "19.8%", value=19.8, unit="%", kind="growth", metric=NEWFIE,
       metric_alts=NEWFIE_ALTS + ["新设外资企业年均增长", "新设外资企业年均增速", "新设外资企业增速"],
       **HN, period=SINCE, period_alts=SINCE_ALTS, comparison="年均")
g.fact("176个国家和地区在琼投资", "176个", value=176, unit="count", kind="count",
       classifier="个", metric="在琼投资的国家和地区",
       metric_alts=["国家和地区", "投资来源国家和地区", "在琼投资国家和地区", "投资来源地",
                    "在海南投资的国家和地区", "国家和地区数量", "外资来源国家和地区"],
       **HN, period=SINCE, period_alts=SINCE_ALTS[:1] + [SINCE_NOW] + SINCE_ALTS[1:],
       note="countries and regions that invested in 海南 (琼) over the span → “十四五”以来 "
            "2021..ref (judgement call: the stock reading, the instant at the reference "
            "date, as alt); subject 海南省, the host")
g.fact("86个国家可免签入境海南", "86个", value=86, unit="count", kind="count",
       classifier="个", metric="可免签入境海南的国家",
       metric_alts=["免签入境国家", "免签国家", "可免签入境的国家", "免签入境海南的国家",
                    "入境免签国家", "国家", "免签国家数量"],
       **HN, period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="the visa-free entry list as it stands now (可免签, a state) → instant at the "
            "reference date under “十四五”以来; subject 海南省, where they may enter")

# ---- line 8: 海南, the economy -----------------------------------------------------------------
g.neg("“十四五”期间，海南经济", "十四五", PLAN_NOTE.format("期间"))
g.neg("热带特色高效农业四大主导产业", "四大", "set label 四大主导产业 (the four named just "
      "before it), not a count fact (README §2: X大 labels)")
PLAN_ANNUAL_ALTS = PLAN_ALTS + [Y2024, PLAN_NOW]
g.fact("比重将近七成", "七成", value=70, unit="%", kind="share", bound="approx",
       metric="四大主导产业占全省GDP比重",
       metric_alts=["四大主导产业占GDP比重", "四大主导产业占全省GDP的比重", "占全省GDP比重",
                    "四大主导产业占比", "主导产业占全省GDP比重", "四大主导产业增加值占全省GDP比重",
                    "四大主导产业占GDP的比重"],
       **HN, period=PLAN, period_alts=PLAN_ANNUAL_ALTS,
       note="七成 → 70 %; 将近 → approx (SPEC: 近, 将近; outside the span); 全省 → 海南省; "
            "the share of a year's GDP under “十四五”期间 → the plan period (judgement call, "
            "as 3万亿元 in nw_cctv_20251003_chongqing_sichuan_2025; the year 2024 and the "
            "instant at the reference date as alts)")
g.fact("年产值突破180亿元", "180亿元", value=1.8e10, unit="CNY", kind="amount", bound="gt",
       metric="南繁种业年产值",
       metric_alts=["南繁种业产值", "年产值", "南繁种业", "南繁种业年产值规模"],
       **HN, period=PLAN, period_alts=PLAN_ANNUAL_ALTS,
       note="突破 → gt (outside the span); an annual value (年产值) reached in a year of the "
            "plan → “十四五”期间 (2024 and the reference date as alts); 海南省 owns it "
            "(南繁 is the seed-breeding base of 海南)")
g.fact("海洋生产总值年均增长10.3%", "10.3%", value=10.3, unit="%", kind="growth",
       metric="海洋生产总值",
       metric_alts=["海洋生产总值年均增长", "海洋生产总值年均增速", "海洋生产总值增速",
                    "海洋经济生产总值", "海洋GDP"],
       **HN, period=PLAN, period_alts=PLAN_ALTS, comparison="年均",
       note="average annual growth over the plan period → comparison 年均")
g.neg("全国首个商业航天发射场", "首个", "first-of-kind claim 首个 (README §2: 首批, 首座), "
      "not a measured rank")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (775 characters, "
    "a byte copy made by code): a short 新闻联播 item, so all of it is taken. Date: "
    "2025-10-02, the broadcast date given by the source meta and INDEX.tsv (file name of the "
    "daily transcript and the 查看原文 URL); the text agrees: it reviews the 14th Five-Year "
    "Plan (2021-2025) shortly before its end (预计2026年建成通航 is still ahead). There is no "
    "今年/全年/上年 in the text. Place: 中国 (two provinces, as "
    "nw_cctv_20251003_chongqing_sichuan_2025; the shared meta: 广西壮族自治区；海南省); 广西 → "
    "广西壮族自治区, 海南 / 全省 / 琼 → 海南省. Owners: 北部湾港 (its containers and routes), "
    "西部陆海新通道班列 (goods sent, countries and ports reached), 中国（广西）自由贸易试验区 "
    "(120项) and its 南宁片区 (124家), each with 广西 as alt (README §4: a facility or "
    "organisation owns its number). Periods: “十四五”以来 = 2021-01-01..ref, “十四五”期间 = "
    "2021-01-01..2025-12-31 (alts: up to the reference date, 2021-2024, null); sums of "
    "flows (累计突破/累计发送/累计实际使用外资), things added (推出, 培育, 新设) and 年均 growth "
    "take the span; stocks (航线达, 通达, 可免签) are instants at the reference date. Line 5 "
    "has no period of its own and line 4's does not cross the line: the lead's (line 2) "
    "“十四五”期间 governs it as the document period (line 4's “十四五”以来 and null as alts). "
    "Judgement calls: 两个千亿元大关 → count 2 (个) of marks crossed, 千亿元 a negative label; "
    "货物贸易、服务贸易年均增长超30% → one fact over both; 176个国家和地区在琼投资 → span "
    "(stock as alt); 将近七成 → share 70 approx, and 年产值突破180亿元 under “十四五”期间 → "
    "the plan period (2024 and the reference date as alts). Negatives: 十四五 ×4 (plan name "
    "in period expressions), 2026年 (date), 千亿元 (mark label), 四大 (set label), 首个 "
    "(first-of-kind).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
