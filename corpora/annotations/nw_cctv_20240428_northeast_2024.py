"""Gold annotations for nw_cctv_20240428_northeast_2024 (corpora/).

央视网消息（新闻联播）, 2024-04-28: 【新思想引领新征程】奋力谱写东北全面振兴新篇章.
The excerpt is the whole source, lines 1-12 of
shared/texts/news/nw_cctv_20240428_northeast_2024.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240428_northeast_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240428_northeast_2024"
PLACE = "东北地区"                        # places.toml: 东北地区 (东北三省, 东三省 as aliases)
REF = "2024-04-28"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 12                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "奋力谱写东北全面振兴新篇章"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【新思想引领新征程】", ends="奋力谱写东北全面振兴新篇章。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
FIVE_NOTE = "set label “五大安全” (the five security missions, listed in line 2), not a count"

# Periods (reference date 2024-04-28, the broadcast day).  今年 = 2024; 2023年 = 2023;
# 今年一季度 = 2024 Q1.  这两天 (line 3) = the days around the reference date; it opens the
# line and is replaced by 今年 in the 辽宁 clause.  Lines 8-9 state no period before their
# numbers until 今年 (吉林 clause of line 9); a news item has no document period → null.
Y2024 = P("今年", "2024-01-01", "2024-12-31")
Y2023 = P("2023年", "2023-01-01", "2023-12-31")
Q1 = P("今年一季度", "2024-01-01", "2024-03-31")

NE = dict(subject="东北地区", subject_alts=["东北", "东北三省", "东北三省一区", "东三省"])
LN = dict(subject="辽宁省", subject_alts=["辽宁", "全省"])
LN2 = dict(subject="辽宁省", subject_alts=["辽宁"])
JL = dict(subject="吉林省", subject_alts=["吉林"])
HLJ = dict(subject="黑龙江省", subject_alts=["黑龙江"])
NMG = dict(subject="内蒙古自治区", subject_alts=["内蒙古", "内蒙古东部", "蒙东"])

# ---- line 1: title (no numerals) -------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("维护国家“五大安全”的重要使命，走出", "五大", FIVE_NOTE)
g.neg("走出一条高质量发展", "一条", "indefinite article 一条 (走出一条新路子), not a count")
g.neg("东北三省及内蒙古", "东北三省", "region name 东北三省 (= 东北地区, places.toml alias), "
      "not a count of provinces")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("这两天，东北春耕", "这两天", PERIOD_NOTE + " ('these days', around the reference "
      "date; replaced by 今年 in the 辽宁 clause, no fact depends on it)")
g.fact("计划种植4200万亩左右", "4200万亩", value=4200e4, unit="mu", kind="amount",
       bound="approx", metric="玉米种植面积",
       metric_alts=["种植面积", "计划种植面积", "玉米计划种植面积", "计划种植", "玉米播种面积",
                    "玉米面积", "玉米种植", "播种面积"],
       **LN, period=Y2024, modality="target",
       note="亩 stays mu (SPEC §3); 左右 → approx (outside the span); 计划 → target; 今年 → "
            "2024; 全省 → 辽宁省; the crop planned is the 玉米 of the clause before "
            "(辽宁玉米开始大面积播种) → metric 玉米种植面积 (judgement call: the text does not "
            "repeat 玉米; 种植面积 and 计划种植 as alts)")
g.fact("技术，面积700万亩", "700万亩", value=700e4, unit="mu", kind="amount",
       metric="“水肥一体化+密植”技术面积",
       metric_alts=["水肥一体化+密植技术面积", "“水肥一体化+密植”技术推广面积",
                    "水肥一体化+密植技术推广面积", "“水肥一体化+密植”面积", "水肥一体化+密植面积",
                    "面积", "主推面积", "技术推广面积", "推广面积", "“水肥一体化+密植”技术"],
       **JL, period=Y2024, modality="target",
       note="the area of the technique 吉林 promotes this year (今年主推): planting has just "
            "started, so it is the plan → target (judgement call); 今年 → 2024")
g.fact("春耕已超过300万亩", "300万亩", value=300e4, unit="mu", kind="amount", bound="gt",
       metric="粮食春耕",
       metric_alts=["粮食春耕面积", "春耕面积", "春耕", "粮食春耕进度", "春耕进度",
                    "粮食春耕已完成面积"],
       **HLJ, period=Y2024,
       period_alts=[P("今年", "2024-01-01", REF), P("今年", REF, REF), P("这两天", REF, REF),
                    P("这两天", None, None)],
       note="超过 → gt (outside the span); progress so far (已) → actual; 今年 of the 吉林 "
            "clause still governs the line (SPEC §4) → 2024; the year to date, the instant "
            "at the reference date (progress as a stock) and 这两天 as alts")
g.fact("稳定在2.18亿亩以上", "2.18亿亩", value=2.18e8, unit="mu", kind="amount", bound="ge",
       metric="播种面积",
       metric_alts=["粮食播种面积", "粮食作物播种面积", "粮食种植面积", "种植面积",
                    "黑龙江播种面积"],
       **HLJ, period=Y2024, modality="target",
       note="以上 → ge (outside the span); 今年…将稳定在 → target; the grain sown area (the "
            "sentence is about 黑龙江粮食春耕; 粮食播种面积 as alt)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("世界三大黑土区之一", "三大", "set label 三大黑土区 (the world's three great black-soil "
      "regions, cf. 八大 in README §2), not a fact about 东北")
g.neg("党的十八大以来，习近平", "十八大", "congress name 十八大 inside the period expression "
      "党的十八大以来 (no number follows), not a quantity")
g.neg("维护国家“五大安全”的新使命", "五大", FIVE_NOTE)

# ---- line 5 ----------------------------------------------------------------------------
g.neg("2023年，黑龙江粮食", "2023年", PERIOD_NOTE)
STREAK_ALTS_20 = [P("2023年", "2004-01-01", "2023-12-31"), P("2023年", None, None)]
g.fact("实现“二十连丰”", "二十", value=20, unit="year", kind="amount",
       metric="粮食丰收持续时间",
       metric_alts=["粮食生产丰收持续时间", "粮食生产连丰", "粮食连丰", "粮食连续丰收",
                    "粮食生产连续丰收", "连丰", "粮食丰收年数", "粮食生产连丰年数",
                    "粮食连续丰收年数", "丰收持续时间", "粮食生产实现连丰"],
       **HLJ, period=Y2023, period_alts=STREAK_ALTS_20,
       note="“二十连丰” = twenty bumper harvests in a row (2004-2023): a streak, a duration "
            "in years like 连续N年 (README/SPEC: durations in year; metric <what kept on>持续"
            "时间 as the other streak golds). Span = the numeral only (连丰 is not a unit; "
            "the year is implicit). Judgement call: a count reading (20 harvests) or a slogan "
            "negative were rejected; 2023年 governs; the whole streak 2004..2023 and null as "
            "alts")
g.fact("连续14年居全国第一", "14年", value=14, unit="year", kind="amount",
       metric="粮食生产居全国第一持续时间",
       metric_alts=["粮食产量居全国第一持续时间", "粮食总产量居全国第一持续时间",
                    "粮食生产全国第一持续时间", "粮食产量全国第一持续时间", "居全国第一持续时间",
                    "连续居全国第一", "粮食生产连续居全国第一", "粮食产量连续居全国第一",
                    "连续居全国第一年数", "粮食生产居全国第一时长"],
       **HLJ, period=Y2023,
       period_alts=[P("2023年", "2010-01-01", "2023-12-31"), P("2023年", None, None)],
       note="length of the streak (连续14年) → 14 year, metric as the streak golds "
            "(…全国第一持续时间); what ranks first is 粮食生产 (grain output); 2023年 governs; "
            "the streak 2010..2023 and null as alts")
g.fact("连续14年居全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
       metric="粮食生产",
       metric_alts=["粮食产量", "粮食总产量", "粮食生产排名", "粮食产量排名", "粮食总产",
                    "粮食总产量排名"],
       **HLJ, period=Y2023,
       note="rank among the provinces by grain output (粮食生产 of the clause); scope 全国 "
            "outside the span; 2023年 governs")
TRADE_HLJ_ALTS = ["进出口", "进出口总值", "外贸进出口", "进出口总额", "进出口额",
                  "外贸进出口总值", "黑龙江进出口规模"]
g.fact("比上年增加12.3%", "12.3%", value=12.3, unit="%", kind="growth",
       metric="进出口规模", metric_alts=TRADE_HLJ_ALTS + ["进出口规模增速", "进出口增速"],
       **HLJ, period=Y2023, comparison="yoy",
       note="增加 X% → growth (relative change of the level); 比上年 → yoy; 2023年 governs")
g.fact("升至全国第六位", "第六位", value=6, unit="rank", kind="rank", scope="全国",
       metric="货物贸易进出口增速",
       metric_alts=["货物贸易进出口增速排名", "进出口增速", "外贸进出口增速", "货物贸易进出口",
                    "货物贸易进出口增长", "增速"],
       **HLJ, period=Y2023,
       note="rank of the growth rate; 位 kept in the span (as 第四位 in nw_sdsb); 升至 gives "
            "the new rank, not a change; scope 全国 outside the span")
GDP_ALTS = ["GDP", "生产总值", "吉林省地区生产总值", "地区生产总值增速", "GDP增速",
            "经济增速"]
g.fact("同比增长6.3%", "6.3%", value=6.3, unit="%", kind="growth", metric="地区生产总值",
       metric_alts=GDP_ALTS, **JL, period=Y2023, comparison="yoy",
       note="吉林省地区生产总值 = 吉林省 (subject) + 地区生产总值 (metric); 同比 → yoy; "
            "2023年 governs the whole line")
LN_TRADE_ALTS = ["进出口", "外贸进出口总值", "进出口总额", "外贸进出口", "进出口额",
                 "辽宁进出口总值"]
g.fact("进出口总值7659.6亿元", "7659.6亿元", value=7659.6e8, unit="CNY", kind="amount",
       metric="进出口总值", metric_alts=LN_TRADE_ALTS, **LN2, period=Y2023)
g.neg("在内的“新三样”产品", "新三样", "product-group label “新三样” (the three products are "
      "named before it), not a count")
NEW3 = "“新三样”产品出口"
NEW3_ALTS = ["新三样产品出口", "“新三样”出口", "新三样出口", "“新三样”产品出口额",
             "新三样产品出口额", "“新三样”产品出口值", "出口", "新三样"]
g.fact("产品出口188亿元", "188亿元", value=188e8, unit="CNY", kind="amount",
       metric=NEW3, metric_alts=NEW3_ALTS, **LN2, period=Y2023,
       note="辽宁's exports of 锂离子蓄电池、太阳能电池、电动载人汽车 (“新三样”)")
g.fact("188亿元，同比增长48.8%", "48.8%", value=48.8, unit="%", kind="growth",
       metric=NEW3, metric_alts=NEW3_ALTS + ["“新三样”产品出口增速", "新三样产品出口增速"],
       **LN2, period=Y2023, comparison="yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("今年一季度，东北地区", "今年一季度", PERIOD_NOTE)
g.neg("首次突破3000亿元", "首次", "first-time claim 首次, not a rank or count")
g.fact("首次突破3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount", bound="gt",
       metric="进出口规模",
       metric_alts=["进出口", "进出口总值", "外贸进出口", "进出口总额", "进出口额",
                    "东北地区进出口规模", "外贸进出口总值"],
       **NE, period=Q1, note="突破 → gt (outside the span); 今年一季度 → 2024 Q1")

# ---- line 7: 今年 with no number --------------------------------------------------------

# ---- line 8 ----------------------------------------------------------------------------
g.neg("机器人焊接等一批新技术", "一批", "vague quantifier 一批 (README §2)")
g.neg("“5G+无人驾驶”", "5G", "technology name 5G (fifth-generation mobile network), not a "
      "quantity")

# ---- line 9 ----------------------------------------------------------------------------
g.fact("投资1300多亿元建设", "1300多亿元", value=1300e8, unit="CNY", kind="amount",
       bound="gt", metric="投资",
       metric_alts=["项目投资", "总投资", "投资规模", "项目总投资", "新能源项目投资",
                    "国家大型风光基地投资", "风光基地投资", "投资额",
                    "国家大型风光基地、市场化和保障性消纳新能源等项目投资"],
       **NMG, period=None, modality="target",
       note="多 inside the span → gt; the (total) investment of the wind/solar and new-energy "
            "projects 内蒙古东部 is building (正加紧建设): like the designed capacity of a "
            "project still being built (README §6) → target (judgement call; actual would "
            "be the other reading); 内蒙古东部 → 内蒙古自治区 (内蒙古东部, 蒙东 as alts); no "
            "period before it in the line and no document period → null")
g.fact("预计今年可达到16万吨", "16万吨", value=16e4, unit="t", kind="amount",
       metric="碳纤维原丝产能",
       metric_alts=["原丝产能", "碳纤维的原丝产能", "国家战略性新材料碳纤维的原丝产能",
                    "碳纤维原丝年产能", "原丝年产能", "碳纤维产能", "碳纤维原丝"],
       **JL, period=Y2024,
       period_alts=[P("今年", "2024-12-31", "2024-12-31"), P("今年", None, "2024-12-31")],
       modality="forecast",
       note="预计 → forecast; 可达到 → eq; 万吨 ×1e4; a capacity without 年产 in the text → "
            "X产能 (README §3, 年产能 as alt); 今年 → 2024 (the stock reading, the level at the "
            "end of 2024, as an alt)")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("内蒙古在蒙东五盟市", "五盟市", "region name 蒙东五盟市 (the five eastern leagues and "
      "cities of 内蒙古, like 东北三省), not a count")
g.neg("等一批“三北”工程", "一批", "vague quantifier 一批 (README §2)")
g.neg("一批“三北”工程", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity")

# ---- line 11: 今年 with no number; 进一步 lexicalized -------------------------------------

# ---- line 12 ---------------------------------------------------------------------------
g.neg("在维护国家“五大安全”中", "五大", FIVE_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-12 (1,180 characters, "
    "a byte copy made by code): a short 新闻联播 item, so all of it is taken. Date: "
    "2024-04-28, the broadcast date given by the source meta (file name of the daily "
    "transcript and the 查看原文 URL); the text agrees: spring sowing under way (这两天, "
    "春耕全面展开), 2023年 full-year figures and 今年一季度 (2024 Q1) trade, published by "
    "customs in mid-April. 今年 = 2024; 2023年 = 2023; 今年一季度 = 2024-01-01..2024-03-31; "
    "上年 (比上年) is the comparison basis of a 2023 figure (yoy), not a period. Place: "
    "东北地区 (the item is about the north-east; places.toml lists 东北三省/东三省 as its "
    "aliases); provincial figures take the province the text names (辽宁省, 吉林省, 黑龙江省, "
    "内蒙古自治区; short forms as alts; 全省 in the 辽宁 clause → 辽宁省; 内蒙古东部 → "
    "内蒙古自治区). Title: the headline without the 【新思想引领新征程】 column tag (as "
    "nw_cctv_20240422_west_2024). Periods: a line is a paragraph; 这两天 opens line 3 and is "
    "replaced by 今年 (辽宁, 吉林 clauses), which still governs the 黑龙江 clauses; 2023年 "
    "governs line 5; line 9's 1300多亿元 precedes its 今年 → null. Judgement calls: "
    "“二十连丰” → a 20-year streak (amount, year, metric 粮食丰收持续时间; span 二十); "
    "连续14年居全国第一 → two facts (14 year streak and rank 1); the 辽宁 4200万亩 plan is "
    "read as the maize area (玉米种植面积); 吉林 主推 700万亩 and 黑龙江 将稳定在2.18亿亩以上 → "
    "target, 黑龙江 春耕已超过300万亩 → actual (今年, YTD and instant as alts); 内蒙古 投资"
    "1300多亿元建设的…项目正加紧建设 → target (investment of projects being built); 碳纤维 "
    "原丝产能预计今年可达到16万吨 → forecast. Negatives: 五大 ×3 (set label “五大安全”), "
    "一条, 东北三省 and 蒙东五盟市 (region names), 这两天 / 2023年 / 今年一季度 (periods), "
    "三大 (三大黑土区), 十八大 (congress), 新三样 (label), 首次, 一批 ×2, 5G, 三北 (programme).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
