"""Gold annotations for nw_yangtze_waterway_2026 (corpora/heldout/).

经济日报 via 人民网 (finance.people.com.cn, 财经要闻), 2026-06-12: 长江黄金水道扩能带来新机遇.
The excerpt is the whole source, lines 1-10 of
shared/texts/news/nw_yangtze_waterway_2026.txt (the article is shorter than a usual
2,000-2,500-character excerpt, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_yangtze_waterway_2026.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_yangtze_waterway_2026"
PLACE = "中国"          # a national infrastructure project (我国“十五五”…首个重大标志性工程)
REF = "2026-06-12"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 10                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "长江黄金水道扩能带来新机遇"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="内河经济带。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
TG_NOTE = "place name 三峡 (the Three Gorges); 三 is not a quantity"
YRD_NOTE = "place name 长三角 (the Yangtze River Delta); 三 is not a quantity"
FIFTEEN_NOTE = "plan label “十五五” (the 15th Five-Year Plan period), not a quantity (SPEC §1)"

# Periods (reference date 2026-06-12, the publication date).  Only line 5 states periods
# with dates: 2025年 (the year's freight and waiting time), 2050年 / 2060年 (the long-term
# demand forecasts, each governing only its own value of the pair).  The other lines have
# no period expression (近日 in line 2 carries no number; 工程建成后 / 新通道建成后 are
# undated) and a news feature has no document period → null.  每年 → text only.
Y2025 = P("2025年", "2025-01-01", "2025-12-31")
Y2050 = P("2050年", "2050-01-01", "2050-12-31")
Y2060 = P("2060年", "2060-01-01", "2060-12-31")
EVERY_YEAR = P("每年", None, None)

PROJECT = "三峡水运新通道工程"
PROJECT_ALTS = ["三峡水运新通道", "新通道", "工程", "三峡水运新通道工程项目"]
TGH = dict(subject="三峡枢纽",
           subject_alts=["三峡水利枢纽", "三峡枢纽新通道", PROJECT, "三峡水运新通道", "三峡"])
GZB = dict(subject="葛洲坝枢纽",
           subject_alts=["葛洲坝水利枢纽", "葛洲坝航运扩能", PROJECT, "三峡水运新通道", "葛洲坝"])
LOCKS = dict(subject="三峡船闸",
             subject_alts=["三峡枢纽", "三峡—葛洲坝枢纽", "三峡—葛洲坝枢纽河段", "三峡", "船闸"])
AFTER = ("工程建成后 … 将: the designed state after completion of a project under way → "
         "modality target; 工程建成后 is undated → period null")
CAP_ALTS = ["双向总通过能力", "年通过能力", "通过能力", "总通过能力", "年双向通过能力",
            "年总通过能力", "通过能力（年）"]
LOCK_ALTS = ["船闸线数", "船闸线", "船闸数量", "船闸数", "船闸线路"]
WAIT_ALTS = ["船只待闸时间", "待闸", "船只需待闸时间", "待闸时长", "船舶待闸时间",
             "平均待闸时间"]
FREIGHT_ALTS = ["三峡船闸货运量", "船闸货运量", "年货运量", "过闸货运量", "三峡船闸年货运量"]
DEMAND_ALTS = ["货运需求", "远期货运量", "货运量", "长江航运货运需求", "三峡枢纽货运需求",
               "远期货运需求量", "过闸货运需求", "匹配的远期货运需求"]
DEMAND = dict(subject="三峡枢纽",
              subject_alts=["三峡船闸", "三峡水运新通道", "新通道", PROJECT, "长江",
                            "长江航运", "三峡—葛洲坝枢纽河段"])

# ---- line 1: title (no numerals) -------------------------------------------------------

# ---- line 2 ------------------------------------------------------------------------------
g.neg("近日，三峡水运新通道工程在", "三峡", TG_NOTE + " (project name)")
g.neg("这是继三峡工程之后", "三峡", TG_NOTE + " (三峡工程, the dam project's name)")
g.neg("长江流域又一个具有", "一个", "又一个 'another one': 一 + classifier as article, not a count")
g.neg("我国“十五五”时期", "十五五", FIFTEEN_NOTE)
g.neg("开工建设的首个重大标志性工程", "首个",
      "first-of-kind claim 首个, not a measured rank (README §2, as 首个 in wr_beijing/wr_fujian)")

# ---- line 3 ------------------------------------------------------------------------------
g.neg("工程主要包含三峡枢纽新通道", "三峡", TG_NOTE)
g.neg("葛洲坝航运扩能两部分", "两部分",
      "appositive 两部分 'the two parts just named' (三峡枢纽新通道 and 葛洲坝航运扩能), a "
      "reference to the listed components like 三省一市/三地 in the other golds, not a "
      "quantity claim (judgement call)")
g.fact("工程静态总投资约772亿元", "772亿元", value=772e8, unit="CNY", kind="amount",
       bound="approx", metric="静态总投资",
       metric_alts=["工程静态总投资", "总投资", "投资", "投资总额", "静态投资"],
       subject=PROJECT, subject_alts=PROJECT_ALTS,
       note="约 → approx (outside the span); the total investment of a project whose "
            "construction has started (开工建设, line 2) → actual, an attribute of the "
            "project (as 开工272个项目…总投资684亿元 in nw_cctv_20201205; planned, not yet "
            "started projects are target in doc004); no period in the line → null")
g.neg("工程建成后，三峡枢纽将形成", "三峡", TG_NOTE)
g.fact("三峡枢纽将形成四线船闸", "四线", value=4, unit="count", kind="count",
       classifier="线", metric="船闸", metric_alts=LOCK_ALTS, **TGH, modality="target",
       note="four lock lines (四线船闸 = four parallel flights of locks, plus the ship lift): "
            "a count of lock lines, classifier 线 — judgement call (a layout label reading "
            "would make it a negative); " + AFTER)
TWO_WAY = "双向 'two-way' (both directions), part of the metric 年双向总通过能力, not a count"
g.neg("升船机的格局，年双向总通过能力", "双向", TWO_WAY)
g.fact("年双向总通过能力达3.36亿吨", "3.36亿吨", value=3.36e8, unit="t", kind="amount",
       metric="年双向总通过能力", metric_alts=CAP_ALTS, **TGH, modality="target",
       note="annual two-way throughput capacity (rate in the metric, base unit t, README §3); "
            "达 → eq; " + AFTER)
g.fact("葛洲坝枢纽将形成四线船闸格局", "四线", value=4, unit="count", kind="count",
       classifier="线", metric="船闸", metric_alts=LOCK_ALTS, **GZB, modality="target",
       note="as 四线 of 三峡枢纽; " + AFTER)
g.neg("四线船闸格局，年双向总通过能力", "双向", TWO_WAY)
g.fact("年双向总通过能力达3.6亿吨", "3.6亿吨", value=3.6e8, unit="t", kind="amount",
       metric="年双向总通过能力", metric_alts=CAP_ALTS, **GZB, modality="target",
       note="as 3.36亿吨 of 三峡枢纽; " + AFTER)

# ---- line 4 ------------------------------------------------------------------------------
g.neg("从“双向两车道”升级", "双向两车道",
      "metaphor in quotes (the waterway as a 'two-way two-lane' road), not a measurement of "
      "any road or lock — the lock counts are the 四线 facts of line 3")
g.neg("升级为“双向四车道”", "双向四车道", "metaphor in quotes ('two-way four-lane'), as "
      "双向两车道")
g.fact("万吨级船舶可实现常态化通行", "万吨", value=1e4, unit="t", kind="amount",
       metric="通航船舶吨级",
       metric_alts=["船舶吨级", "吨级", "常态化通行船舶吨级", "通行船舶吨级", "通航能级",
                    "船舶载重吨位", "万吨级船舶", "通航吨级"],
       subject="长江中上游",
       subject_alts=["长江中上游航道", PROJECT, "三峡水运新通道", "这段水上高速", "长江",
                     "船舶", "万吨级船舶"],
       modality="target",
       note="ship class 万吨级 = vessels of 10,000 t, a technical magnitude (README §2, as "
            "40万吨级 in nw_cctv_20190906 and 30万吨级航道 in wr_jiangsu); span without the "
            "class suffix 级; the upper/middle Yangtze owns the navigation class it will reach "
            "(将有效提升…通航能级) → target; no period → null")

# ---- line 5 ------------------------------------------------------------------------------
g.neg("为何在长江三峡开辟", "三峡", TG_NOTE)
g.neg("三峡—葛洲坝枢纽河段", "三峡", TG_NOTE)
g.fact("在年货运量1亿吨的情况下", "1亿吨", value=1e8, unit="t", kind="amount",
       metric="年货运量",
       metric_alts=["货运量", "三峡船闸年货运量", "三峡船闸货运量", "船闸货运量", "过闸货运量"],
       **LOCKS,
       note="the earlier level of a from/to narrative (在年货运量1亿吨的情况下 … 2025年 … 跃升至"
            "1.73亿吨): an undated annual freight volume through the locks → period null "
            "(as 原来 两个小时 in nw_cctv_20200104) — judgement call: read as a hypothetical "
            "condition of the 17-hour figure it would be a negative (part of that metric)")
g.fact("船只需待闸17个小时", "17个小时", value=17 / 24, unit="day", kind="amount",
       metric="待闸时间",
       metric_alts=WAIT_ALTS + ["年货运量1亿吨时待闸时间", "年货运量1亿吨情况下待闸时间"],
       **LOCKS,
       note="waiting time before the locks at a freight of 1亿吨/year; 小时 = 1/24 day "
            "(SPEC §3); undated (paired with the 1亿吨 level) → null")
g.neg("2025年，三峡船闸", "2025年", PERIOD_NOTE)
g.neg("2025年，三峡船闸", "三峡", TG_NOTE + " (三峡船闸)")
g.fact("货运量跃升至1.73亿吨", "1.73亿吨", value=1.73e8, unit="t", kind="amount",
       metric="货运量", metric_alts=FREIGHT_ALTS, **LOCKS, period=Y2025,
       note="跃升至 → the new level (eq); 2025年 governs (a year's flow)")
g.fact("待闸时间拉长到220个小时", "220个小时", value=220 / 24, unit="day", kind="amount",
       metric="待闸时间", metric_alts=WAIT_ALTS, **LOCKS, period=Y2025,
       note="拉长到 → the new level; 220 小时 = 220/24 day (SPEC §3); 2025年 governs")
g.neg("长江设计集团首席科学家", "首席", "job title 首席(科学家) 'chief', not a rank")
g.neg("匹配2050年2.5亿吨", "2050年", PERIOD_NOTE + " (the year of the forecast 2.5亿吨)")
g.fact("匹配2050年2.5亿吨", "2.5亿吨", value=2.5e8, unit="t", kind="amount",
       metric="远期货运需求", metric_alts=DEMAND_ALTS, **DEMAND, period=Y2050,
       modality="forecast",
       note="projected long-term freight demand (远期货运需求) that the new channel is sized "
            "for → forecast; 2050年 governs only its own value of the pair; the demand at the "
            "Three Gorges passage → 三峡枢纽 (the new channel and the locks as alts)")
g.neg("、2060年3亿吨", "2060年", PERIOD_NOTE + " (the year of the forecast 3亿吨)")
g.fact("、2060年3亿吨", "3亿吨", value=3e8, unit="t", kind="amount",
       metric="远期货运需求", metric_alts=DEMAND_ALTS, **DEMAND, period=Y2060,
       modality="forecast", note="as 2.5亿吨; 2060年 governs its own value")

# ---- line 6 ------------------------------------------------------------------------------
g.fact("节约的费用可达180亿元", "180亿元", value=180e8, unit="CNY", kind="amount",
       metric="节约的费用",
       metric_alts=["节约费用", "每年节约的费用", "年节约费用", "节约的物流费用", "节约成本",
                    "每年节约费用"],
       subject="三峡水运新通道", subject_alts=["新通道", PROJECT, "三峡水运新通道工程建成后"],
       period=EVERY_YEAR,
       modality="forecast",
       note="据测算 … 新通道建成后 … 可达: an estimated yearly saving once the channel is built "
            "→ forecast; 可达 'can reach' → eq; 每年 → text only, start/end null (README §5)")

# ---- line 7 ------------------------------------------------------------------------------
g.neg("三峡新通道公司", "三峡", TG_NOTE + " (company name)")
g.fact("智能监测系统24小时紧盯", "24小时", value=1.0, unit="day", kind="amount",
       metric="监测时间",
       metric_alts=["每日监测时间", "监测时长", "每天监测时长", "岩体安全监测时间",
                    "智能监测系统监测时间", "紧盯岩体安全时间"],
       subject="智能监测系统",
       subject_alts=[PROJECT, "三峡水运新通道", "工程", "新通道"], modality="target",
       note="round-the-clock monitoring stated as a number: 24 小时 = 1 day of monitoring per "
            "day (SPEC §3), as 查检平台24小时作业 in nw_cctv_20240828 — judgement call (the "
            "idiom reading would make it a negative); construction method the project will "
            "use (工程将采取…) → target; no period → null")
g.neg("‘零破坏’长江生态", "零破坏", "label/slogan ‘零破坏’ (zero damage), like 零碳 (README §2)")

# ---- line 8 ------------------------------------------------------------------------------
g.neg("建设三峡水运新通道，意义", "三峡", TG_NOTE)
g.neg("联通国内国际两个市场", "两个市场",
      "set phrase 国内国际两个市场 'both the domestic and the international market' "
      "(appositive to the two named), not a quantity claim")

# ---- line 9 ------------------------------------------------------------------------------
g.neg("连通成一张全新的水网", "一张", "一 + classifier as article ('a whole new network')")
g.neg("在国家“十五五”规划", "十五五", FIFTEEN_NOTE)
g.neg("蓝图中，三峡水运新通道", "三峡", TG_NOTE)
g.neg("共同编织一张贯穿南北", "一张", "一 + classifier as article ('a network')")
g.neg("打通三峡枢纽一个点", "三峡", TG_NOTE)
g.neg("打通三峡枢纽一个点", "一个点", "rhetorical point–line–plane figure (一个点、一条线、一整个面), "
      "not a count")
g.neg("畅通长江航道一条线", "一条线", "rhetorical figure (一条线), not a count")
g.neg("长江沿线一整个面", "一整个面", "rhetorical figure (一整个面), not a count")
g.neg("国内国际双循环", "双循环", "policy slogan 双循环 (dual circulation), not a count")

# ---- line 10 -----------------------------------------------------------------------------
g.neg("长江黄金水道的关键一招", "一招", "idiom 关键一招 'a key move', not a count")
g.neg("新通道将破解三峡通航难题", "三峡", TG_NOTE)
g.neg("形成三大支撑", "三大", "set label 三大支撑 (the three supports listed as 一是…三是), "
      "not a count (as 三大/四大 labels in the other golds)")
g.neg("：一是畅通黄金水道", "一是", "list marker 一是")
g.neg("；二是践行绿色发展", "二是", "list marker 二是")
g.neg("；三是畅通上中下游", "三是", "list marker 三是")
g.neg("加速长三角产业", "长三角", YRD_NOTE)
g.neg("推动长三角、长江中游", "长三角", YRD_NOTE)
g.neg("成渝三大城市群", "三大",
      "appositive 三大城市群 'the three city clusters just named' (长三角、长江中游、成渝), "
      "a set label, not a quantity claim")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-10 (1,373 "
    "characters, a byte copy made by code): the article is shorter than a usual 2,000-2,500-"
    "character excerpt, so all of it is taken. Title: line 1 as written. Date: 2026-06-12, "
    "the publish_time of the crawl (2026-06-12 09:05) and the date in the original URL "
    "(n1/2026/0612); the text agrees (近日 … 开工建设; 2025年 is the latest full year of data; "
    "the project is the first of the 十五五 period, 2026-2030). 今年 does not occur. Place: "
    "中国 (shared meta: 长江沿线（长江经济带）, which is no gazetteer place; the story is a "
    "national infrastructure project, 我国…首个重大标志性工程, of 经济日报's national finance "
    "page; no fact depends on the place, as 全国/我市-type words do not occur). Subjects: the "
    "project's investment → 三峡水运新通道工程; the designed lock lines and throughput → "
    "三峡枢纽 / 葛洲坝枢纽 (as written); freight and waiting time → 三峡船闸; the forecast "
    "demand → 三峡枢纽; the savings → 三峡水运新通道; the ship class → 长江中上游. Periods: "
    "2025年 → 2025; 2050年 / 2060年 each govern their own value; 每年 → text only; all other "
    "facts null (undated 工程建成后, no document period). Modality: the designed state after "
    "completion (四线 ×2, 3.36/3.6亿吨, 万吨级, 24小时) → target; the estimates "
    "(2.5/3亿吨 demand, 180亿元 savings) → forecast; the freight/waiting facts and the total investment of the started project (772亿元) → actual. "
    "Judgement calls: 四线 read as counts of lock lines; 1亿吨 read as an earlier undated "
    "level (not a condition); 24小时 as a 1-day duration (precedent nw_cctv_20240828); "
    "两部分/两个市场/三大城市群 appositives → negatives. Negatives: 三峡 ×12 and 长三角 ×2 "
    "(place names), 十五五 ×2, 首个, 又一个, 一张 ×2 (articles), 双向两车道/双向四车道 "
    "(metaphors), 双向 ×2 (part of the capacity metric), 2025年/2050年/2060年 (periods), 首席 (title), 零破坏, 双循环, 一个点/一条线/"
    "一整个面 (figure), 一招, 三大 ×2, 一是/二是/三是 (list markers), 两部分, 两个市场. "
    "The shared check_gold.py reads 17个小时 / 220个小时 as 17 / 220 (it knows 小时 but "
    "not 个小时) and reports a value mismatch; the gold values 17/24 and 220/24 day follow "
    "SPEC §3 (as 两个小时 in nw_cctv_20200104).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "经济日报 via 人民网 finance.people.com.cn, crawled by "
        "jiayangrui05160031-cmyk/people-daily-economy-daily)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
