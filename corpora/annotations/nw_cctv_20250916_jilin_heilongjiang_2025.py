"""Gold annotations for nw_cctv_20250916_jilin_heilongjiang_2025 (corpora/).

央视网消息（新闻联播）, 2025-09-16: 吉林加速构建新型能源体系 助力高质量发展 黑龙江大力发展新质生产力
塑造全面振兴新优势.  The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20250916_jilin_heilongjiang_2025.txt (a short news item, shorter than
2,000 characters, so all of it is taken), copied by code from the source bytes, never retyped.
Facts and negatives are written by hand from the text, sentence by sentence; every offset comes
from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20250916_jilin_heilongjiang_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20250916_jilin_heilongjiang_2025"
PLACE = "中国"                           # two provinces (as nw_cctv_20250914_shanxi_neimenggu_2025)
REF = "2025-09-16"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "吉林加速构建新型能源体系 助力高质量发展 黑龙江大力发展新质生产力 塑造全面振兴新优势"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="火星探测等重大工程提供了有力支撑。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PLAN_NOTE = ("plan name {} (a Five-Year Plan) inside the period expression “{}”{}, not a "
             "quantity")

# Periods (reference date 2025-09-16, the broadcast day; the item reviews the 14th Five-Year
# Plan shortly before it ends and looks ahead to the 15th).  “十四五”期间 = the plan period
# 2021-01-01..2025-12-31 (alts: up to the reference date, the four full years 2021-2024 whose
# data are out, null); “十四五”以来 = 2021-01-01..the reference date; 目前 / 如今 = the reference
# date; “十五五” = the next plan period 2026-01-01..2030-12-31 (targets); 2020年 inside the
# from/to pair governs only its own value (SPEC §4).  A stock (累计装机, 布局, the number of labs
# or firms reached, a rate reached) under such a span holds now: the instant at the reference
# date (the end of the governing span clamped to the reference date, as in
# nw_cctv_20250914_shanxi_neimenggu_2025), the other readings as alts.
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
SINCE_NOW_ALTS = [SINCE, P("“十四五”以来", "2025-12-31", "2025-12-31"),
                  P("“十四五”以来", None, REF), P("“十四五”以来", None, None)]
SINCE_START = P("“十四五”以来", "2020-12-31", "2020-12-31")
SINCE_START_ALTS = [P("“十四五”以来", "2020-01-01", "2020-12-31"),
                    P("“十四五”以来", "2021-01-01", "2021-01-01"), SINCE,
                    P("“十四五”以来", None, None)]
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF), P("目前", None, None)]
NEXT = P("“十五五”", "2026-01-01", "2030-12-31")
NEXT_ALTS = [P("“十五五”", "2030-12-31", "2030-12-31"), P("“十五五”", "2030-01-01", "2030-12-31"),
             P("“十五五”", None, "2030-12-31"), P("“十五五”", None, None)]

JL = dict(subject="吉林省", subject_alts=["吉林"])
HLJ = dict(subject="黑龙江省", subject_alts=["黑龙江"])

# ---- line 1: title (no numerals) ----------------------------------------------------------

# ---- line 2 -------------------------------------------------------------------------------
g.neg("新闻联播）：“十四五”期间", "十四五", PLAN_NOTE.format("十四五", "十四五", "期间")
      + " (no number follows)")

# ---- line 3: section heading (no numerals) -------------------------------------------------

# ---- line 4 -------------------------------------------------------------------------------
g.neg("“十四五”以来，吉林省新型能源", "十四五", PLAN_NOTE.format("十四五", "十四五", "以来"))
g.neg("首期示范项目", "首期", "phase label 首期 'first phase' (like 一期, README §2), not a "
      "quantity or rank")
g.fact("年产5万吨绿色甲醇", "5万吨", value=5e4, unit="t", kind="amount",
       metric="绿色甲醇年产能",
       metric_alts=["绿色甲醇产能", "年产绿色甲醇", "绿色甲醇年产量", "绿色甲醇产量", "年产能",
                    "年产量", "产能", "年产", "绿色甲醇", "首期示范项目年产能"],
       subject="风电耦合生物质绿色甲醇项目",
       subject_alts=["洮南风电耦合生物质绿色甲醇项目", "首期示范项目", "风电耦合生物质绿色甲醇首期示范项目",
                     "风电耦合生物质绿色甲醇项目首期示范项目", "洮南市", "洮南", "吉林省", "吉林"],
       period=P("如今", REF, REF),
       period_alts=[P("如今", None, REF), SINCE, P("“十四五”以来", None, None)],
       note="annual capacity of the first phase of the 洮南 project (rate in the metric, SPEC §3, "
            "as 年产1000吨 in nw_cctv_20230820_shandong_2023); the project owns it (洮南 and the "
            "province as alts); the plant has just gone into production (不久前投产) → actual; "
            "如今 earlier in the line replaces “十四五”以来 → a capacity now, instant at the "
            "reference date (the 十四五以来 span and null as alts)")

# ---- line 5 -------------------------------------------------------------------------------
g.fact("同时布局10个绿能产业园区", "10个", value=10, unit="count", kind="count",
       classifier="个", metric="绿能产业园区",
       metric_alts=["绿能产业园区数量", "布局绿能产业园区", "布局的绿能产业园区", "产业园区"],
       **JL, period=NOW, period_alts=NOW_ALTS,
       note="目前 at the head of the line → instant at the reference date; 布局 'has laid out' "
            "(planned locations of parks already designated) → actual; counted noun as metric")
g.neg("“十四五”期间，吉林新能源", "十四五", PLAN_NOTE.format("十四五", "十四五", "期间"))
CAP = "新能源和可再生能源累计装机"
CAP_ALTS = ["新能源和可再生能源装机", "新能源和可再生能源装机容量", "新能源和可再生能源累计装机容量",
            "可再生能源装机", "新能源装机", "累计装机", "装机", "装机容量", "新能源和可再生能源总装机"]
g.fact("累计装机接近3000万千瓦", "3000万千瓦", value=3000e4 * 1e3, unit="W", kind="amount",
       bound="approx", metric=CAP, metric_alts=CAP_ALTS, **JL,
       period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="接近 → approx (outside the span); 万千瓦 = 1e7 W → 3e10 W (SPEC §3); cumulative "
            "installed capacity is a stock → instant at the reference date under "
            "“十四五”期间 (the plan has not ended; its end, the spans, the end of 2024 and null "
            "as alts). 目前 of the earlier sentence is replaced by “十四五”期间")
g.neg("较“十三五”末翻一番", "十三五", PLAN_NOTE.format("十三五", "十三五", "末")
      + "; part of the comparison basis 较“十三五”末 (end of 2020)")
g.fact("较“十三五”末翻一番", "翻一番", value=2, unit="times", kind="ratio",
       metric=CAP, metric_alts=CAP_ALTS + ["新能源和可再生能源累计装机增长倍数"], **JL,
       period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="翻一番 'doubled' → the capacity is 2 times that at the end of 2020: a multiple, "
            "kind ratio 2 times (as nw_cctv_20160918_heilongjiang_2016); the basis 较“十三五”末 "
            "is not written as comparison, which README §6 keeps null for non-growth/change "
            "facts (judgement call; a growth +100% reading is not a second line); same "
            "period as the 3000万千瓦 it compares. The span keeps 翻 (翻N番 is one lexicalized "
            "multiple). check_gold.py reads 翻一番 as 1 and reports a value error (known)")
g.neg("累计减排二氧化碳超", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide, as 二氧化硫 in "
      "wr_china_2010), not a quantity")
g.fact("累计减排二氧化碳超1900万吨", "1900万吨", value=1900e4, unit="t", kind="amount",
       bound="gt", metric="减排二氧化碳",
       metric_alts=["累计减排二氧化碳", "二氧化碳减排", "二氧化碳减排量", "减排二氧化碳量",
                    "累计减排二氧化碳量", "减排量", "累计减排", "减排"],
       **JL, period=PLAN, period_alts=PLAN_ALTS + [P("“十四五”期间", REF, REF)],
       note="超 → gt (outside the span); 万吨 ×1e4; the CO2 avoided by the renewables over the "
            "plan period (累计 = summed over “十四五”期间, a flow) → the plan span (up to the "
            "reference date, 2021-2024, null and the instant as alts); subject the province "
            "(its new energy, not a firm)")
g.neg("氢能全产业链的千亿级产业集群", "千亿级",
      "class label 千亿级 'a cluster of the 100-billion-yuan class', no count attached (as "
      "即将打造的千亿级、百亿级 in doc002), not a fact; alternative reading (cluster size ≥ "
      "1e11 CNY) rejected as in doc002")
g.neg("展望“十五五”", "十五五", PLAN_NOTE.format("十五五", "十五五", "")
      + " (the 15th Five-Year Plan, 2026-2030; governs the targets after it)")
g.fact("力争再建成3000万千瓦", "3000万千瓦", value=3000e4 * 1e3, unit="W", kind="amount",
       metric="风光发电基地",
       metric_alts=["风光发电基地装机", "风光发电基地装机容量", "风光发电基地规模", "风光发电装机",
                    "再建成风光发电基地", "建成风光发电基地", "风光发电基地增量", "风光发电基地装机增量",
                    "风光发电基地建设规模", "新建风光发电基地"],
       **JL, period=NEXT, period_alts=NEXT_ALTS, modality="target",
       note="力争 → target; 再建成 = a further 3e10 W of wind/solar bases to be built during "
            "the 15th plan (an increment, its 增量 reading as alts); 万千瓦 = 1e7 W; "
            "展望“十五五” → 2026..2030 (its end and null as alts)")
g.fact("氢能产业规模突破500亿元", "500亿元", value=500e8, unit="CNY", kind="amount",
       bound="gt", metric="氢能产业规模",
       metric_alts=["氢能产业", "氢能产业产值", "氢能产业规模突破", "产业规模"],
       **JL, period=NEXT, period_alts=NEXT_ALTS, modality="target",
       note="突破 → gt (outside the span); 亿元 ×1e8; goal for the 15th plan (力争 governs "
            "推动…) → target; the scale to be reached by 2030: the 十五五 span (the end of 2030, "
            "the year 2030 and null as alts)")

# ---- line 6: section heading (no numerals) -------------------------------------------------

# ---- line 7 -------------------------------------------------------------------------------
g.neg("“十四五”期间，黑龙江国家", "十四五", PLAN_NOTE.format("十四五", "十四五", "期间"))
g.fact("农业科技进步贡献率超过70%", "70%", value=70, unit="%", kind="share", bound="gt",
       metric="农业科技进步贡献率", metric_alts=["科技进步贡献率"], **HLJ,
       period=PLAN_NOW, period_alts=PLAN_NOW_ALTS,
       note="超过 → gt (outside the span); a rate reached (the level now) → share, instant at "
            "the reference date under “十四五”期间 (the spans, the end of 2024/2025 and null as "
            "alts)")
g.fact("综合机械化率稳定在99%", "99%", value=99, unit="%", kind="share", bound="ge",
       metric="农作物耕种收综合机械化率",
       metric_alts=["耕种收综合机械化率", "综合机械化率", "农作物综合机械化率", "机械化率"],
       **HLJ, period=PLAN, period_alts=PLAN_ALTS + [P("“十四五”期间", REF, REF)],
       note="以上 → ge (outside the span); 稳定在 'held at' over the plan years → the plan "
            "span (as 持续稳定在12亿吨 in nw_cctv_20250914_shanxi_neimenggu_2025; the instant "
            "now as an alt)")
g.fact("粮食总产量突破1600亿斤", "1600亿斤", value=1600e8 * 0.0005, unit="t", kind="amount",
       bound="gt", metric="粮食总产量", metric_alts=["粮食产量", "粮食总产"], **HLJ,
       period=PLAN,
       period_alts=PLAN_ALTS + [P("“十四五”期间", "2024-01-01", "2024-12-31")],
       note="突破 → gt (outside the span); 斤 = 0.0005 t (SPEC §3): 1600亿斤 = 8e7 t; an annual "
            "output (创历史新高: a record year within the plan) — the text names no year, so "
            "the inherited “十四五”期间 is kept (the year 2024, the last full year and the "
            "record harvest, as an alt; judgement call)")

# ---- line 8 -------------------------------------------------------------------------------
g.neg("“十四五”以来，黑龙江全国", "十四五", PLAN_NOTE.format("十四五", "十四五", "以来"))
LAB_ALTS = ["全国重点实验室数量", "国家重点实验室", "国家重点实验室数量", "重点实验室"]
g.fact("由7家增至16家", "7家", value=7, unit="count", kind="count", classifier="家",
       metric="全国重点实验室", metric_alts=LAB_ALTS, **HLJ,
       period=SINCE_START, period_alts=SINCE_START_ALTS,
       note="from-value of a from/to pair under “十四五”以来: the number of labs (a stock) at "
            "the start of the plan → instant at the end of 2020 (judgement call, as 39.68% in "
            "nw_cctv_20250914_shanxi_neimenggu_2025; the year 2020, the span and null as alts)")
g.fact("由7家增至16家", "16家", value=16, unit="count", kind="count", classifier="家",
       metric="全国重点实验室", metric_alts=LAB_ALTS, **HLJ,
       period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="to-value: 增至 = the level reached (not an increment) → instant at the reference "
            "date, the end of “十四五”以来 (the span and null as alts)")
g.neg("由2020年的1900多家", "2020年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "its own value, 1900多家)")
HT_ALTS = ["高新技术企业数量", "高新技术企业数", "高新技术企业总数"]
g.fact("由2020年的1900多家", "1900多家", value=1900, unit="count", kind="count", bound="gt",
       classifier="家", metric="高新技术企业", metric_alts=HT_ALTS, **HLJ,
       period=P("2020年", "2020-12-31", "2020-12-31"),
       period_alts=[P("2020年", "2020-01-01", "2020-12-31"), P("2020年", None, None)],
       note="多 inside the span → gt; the number of certified firms (a stock) in 2020 → "
            "instant at the end of 2020 (the year and null as alts; SPEC §4: the year inside "
            "the pair governs only its own value); counted noun as metric, 数量 as alt")
g.fact("增加到5000多家", "5000多家", value=5000, unit="count", kind="count", bound="gt",
       classifier="家", metric="高新技术企业", metric_alts=HT_ALTS, **HLJ,
       period=SINCE_NOW, period_alts=SINCE_NOW_ALTS,
       note="多 → gt; to-value of the pair, no year of its own: “十四五”以来 governs → a stock "
            "now, instant at the reference date (the span, the end of 2025 and null as alts); "
            "增加到 = the level reached")
g.fact("9项科技成果获国家科学技术奖", "9项", value=9, unit="count", kind="count",
       classifier="项", metric="获国家科学技术奖的科技成果",
       metric_alts=["获国家科学技术奖科技成果", "科技成果获国家科学技术奖", "获国家科学技术奖",
                    "国家科学技术奖", "获奖科技成果", "科技成果", "获国家科学技术奖的科技成果数量",
                    "国家科学技术奖获奖项目"],
       **HLJ, period=SINCE, period_alts=SINCE_ALTS,
       note="awards won over “十四五”以来 (a flow) → 2021-01-01..the reference date (the instant, "
            "the whole plan and null as alts); the award defines the counted set (metric)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (819 characters, "
    "a byte copy made by code): a short 新闻联播 item, shorter than 2,000 characters, so all of "
    "it is taken. Date: 2025-09-16, the broadcast date given by the source meta (file name of "
    "the daily transcript and the 查看原文 URL); the text agrees: it reviews the 14th Five-Year "
    "Plan (2021-2025) shortly before its end and looks ahead to the 15th (展望“十五五”); 眼下"
    "黑龙江秋收工作陆续启动 fits mid-September. There is no 今年/上年/全年 with a number in the "
    "text (今年投产 in line 4 carries none; it would be 2025). Place: 中国 (two provinces, as "
    "nw_cctv_20250914_shanxi_neimenggu_2025); 吉林 → 吉林省, 黑龙江 → 黑龙江省; the 洮南 "
    "methanol project owns its capacity. Title: line 1 as written (the two section headings "
    "joined). Periods: “十四五”期间 = the plan period 2021-01-01..2025-12-31 (alts: up to the "
    "reference date, 2021-2024, null); “十四五”以来 = 2021-01-01..ref; 目前/如今 = the "
    "reference date; “十五五” = 2026-01-01..2030-12-31 (targets; its end as alt); 2020年 in "
    "the from/to pair governs only its own value. Stocks and rates reached (10个 parks, "
    "3000万千瓦 累计装机 and its 翻一番, 70% 贡献率, 16家 labs, 5000多家 firms, the methanol "
    "capacity) are instants at the reference date (the governing span ends at or after it; "
    "judgement call as in the shanxi_neimenggu gold); from-values (7家, 1900多家) are "
    "instants at the end of 2020. Flows (1900万吨 CO2 累计减排, 99% 稳定在, 1600亿斤, 9项 awards) "
    "take the span. Judgement calls: 翻一番 → ratio 2 times with comparison null "
    "(check_gold.py reads the span as 1 and reports a value error: known, as in "
    "nw_cctv_20160918_heilongjiang_2016); 千亿级产业集群 → negative (class label, doc002); "
    "1600亿斤 keeps the plan span (2024 as alt); 首期 → negative (phase label). Negatives: "
    "十四五 ×6, 十三五, 十五五 (plan names in period expressions / the basis), 首期, 千亿级, "
    "2020年 (period inside a pair), 二氧化碳 (chemical name). Lexicalized, not listed: 一体化 ×2.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
