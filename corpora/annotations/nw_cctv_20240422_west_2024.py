"""Gold annotations for nw_cctv_20240422_west_2024 (corpora/).

央视网消息（新闻联播）, 2024-04-22: 【新思想引领新征程】乘势而上 推动西部大开发形成新格局.
The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20240422_west_2024.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240422_west_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240422_west_2024"
PLACE = "西部地区"
REF = "2024-04-22"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "乘势而上 推动西部大开发形成新格局"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
CONGRESS_NOTE = ("congress name {} (the {} CPC National Congress), not a quantity")

# Periods (reference date 2024-04-22, the broadcast day).
# 党的十八大以来 = since the 18th Party Congress (opened 2012-11-08) up to the reference date
# (as in nw_cctv_20221008); 一季度 / 今年一季度 = 2024 Q1; 2023年 = 2023; 5年来 (after 2023年)
# = the five full years 2019..2023; 今天(的西部) / 截至目前 = the reference date, an instant;
# 这个春天 = spring 2024 (March-May); 今年 = 2024.
SINCE18 = P("党的十八大以来", "2012-11-08", REF)
SINCE18_ALTS = [P("党的十八大以来", "2012-11-14", REF), P("党的十八大以来", "2012-11-15", REF),
                P("党的十八大以来", "2012-11-01", REF), P("党的十八大以来", None, REF),
                P("党的十八大以来", None, None), P("党的十八大以来", REF, REF)]
Q1 = P("一季度", "2024-01-01", "2024-03-31")
Y2023 = P("2023年", "2023-01-01", "2023-12-31")
FIVE = P("5年来", "2019-01-01", "2023-12-31")
Y2024 = P("今年", "2024-01-01", "2024-12-31")
SPRING = P("这个春天", "2024-03-01", "2024-05-31")


def now(word):
    """An instant at the reference date (今天, 截至目前), alts open start and null."""
    return dict(period=P(word, REF, REF), period_alts=[P(word, None, REF), P(word, None, None)])


NULL_NOW = dict(period=None, period_alts=[P("拥有", REF, REF)])

WEST = dict(subject="西部地区", subject_alts=["西部", "西部省份", "西部12个省区市"])
XI = dict(subject="习近平总书记", subject_alts=["习近平", "总书记", "西部地区", "西部"])
BBW = dict(subject="广西北部湾港", subject_alts=["北部湾港", "广西", "广西壮族自治区"])
XJ = dict(subject="新疆维吾尔自治区", subject_alts=["新疆"])
YN = dict(subject="云南省", subject_alts=["云南"])
XZ = dict(subject="西藏自治区", subject_alts=["西藏"])
SC = dict(subject="四川省", subject_alts=["四川"])
QH = dict(subject="青海省", subject_alts=["青海"])
NMG = dict(subject="内蒙古自治区", subject_alts=["内蒙古"])

# ---- line 1: title (no numerals) -------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.fact("拥有全国72%的国土面积", "72%", value=72, unit="%", kind="share",
       metric="国土面积占全国比重",
       metric_alts=["国土面积占全国的比重", "国土面积占比", "占全国国土面积比重", "国土面积",
                    "占全国国土面积的比重", "全国国土面积占比", "国土面积全国占比"],
       **WEST, **NULL_NOW,
       note="X%的Y (拥有全国72%的国土面积): the West's share of the national land area → "
            "share; no period expression before it in its line and the item has no document "
            "period → null (SPEC §4); the present-tense stock (拥有, at the reference date) "
            "as an alt")
g.fact("、27%的人口", "27%", value=27, unit="%", kind="share", metric="人口占全国比重",
       metric_alts=["人口占全国的比重", "人口占比", "占全国人口比重", "人口",
                    "占全国人口的比重", "全国人口占比", "人口全国占比"],
       **WEST, **NULL_NOW,
       note="全国 covers both values (全国72%的国土面积、27%的人口); period as 72%")
g.neg("党的十八大以来，习近平总书记先后", "十八大", CONGRESS_NOTE.format("十八大", "18th")
      + "; inside the period expression 党的十八大以来")
g.fact("先后30多次深入西部", "30多次", value=30, unit="count", kind="count", bound="gt",
       classifier="次", metric="深入西部考察调研",
       metric_alts=["深入西部考察调研次数", "西部考察调研", "西部考察调研次数", "考察调研",
                    "考察调研次数", "深入西部考察调研的次数", "深入西部"],
       **XI, period=SINCE18, period_alts=SINCE18_ALTS,
       note="30多次 → 30 gt (多 inside the span); the trips are 习近平总书记's (the West as "
            "an alt subject); a count of events over 党的十八大以来 → the span Nov 2012..ref "
            "(as in nw_cctv_20221008), other starts, open start and null as alts")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("最新发布的一季度数据", "一季度", PERIOD_NOTE + " (2024 Q1)")
g.fact("集装箱吞吐量同比增长20.4%", "20.4%", value=20.4, unit="%", kind="growth",
       metric="集装箱吞吐量",
       metric_alts=["集装箱吞吐量增速", "港口集装箱吞吐量", "北部湾港集装箱吞吐量"],
       **BBW, period=Q1, comparison="yoy",
       note="the port owns the number (README §4: a facility), 广西 as alt; 一季度 (2024 Q1) "
            "before it in the line governs; 同比 → yoy")
g.fact("货物吞吐量同比增长4%", "4%", value=4, unit="%", kind="growth", metric="货物吞吐量",
       metric_alts=["货物吞吐量增速", "港口货物吞吐量", "北部湾港货物吞吐量"],
       **BBW, period=Q1, comparison="yoy")
TRADE_ALTS = ["外贸进出口", "进出口总值", "进出口", "外贸进出口总额", "进出口总额",
              "外贸进出口额"]
g.fact("进出口总值936.3亿元", "936.3亿元", value=936.3e8, unit="CNY", kind="amount",
       metric="外贸进出口总值", metric_alts=TRADE_ALTS, **XJ, period=Q1)
g.fact("同比增长42.7%", "42.7%", value=42.7, unit="%", kind="growth",
       metric="外贸进出口总值", metric_alts=TRADE_ALTS + ["外贸进出口总值增速", "外贸进出口增速"],
       **XJ, period=Q1, comparison="yoy")
g.fact("增速居全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
       metric="外贸进出口总值增速",
       metric_alts=["外贸进出口增速", "增速", "进出口增速", "外贸进出口总值", "外贸进出口",
                    "外贸进出口总值同比增速"],
       **XJ, period=Q1,
       note="rank among the provinces by the growth of foreign trade (42.7%); scope 全国 "
            "outside the span")
g.fact("接待游客3亿人次", "3亿人次", value=3e8, unit="count", kind="count",
       classifier="人次", metric="接待游客",
       metric_alts=["游客接待量", "接待游客人次", "接待游客数量", "游客", "游客人次",
                    "接待游客量", "旅游接待人次"],
       **YN, period=Q1, note="人次 is a classifier (SPEC §3); 亿 ×1e8")
g.fact("旅游总花费超3900亿元", "3900亿元", value=3900e8, unit="CNY", kind="amount",
       bound="gt", metric="旅游总花费",
       metric_alts=["旅游花费", "游客总花费", "实现旅游总花费", "旅游总消费", "旅游消费"],
       **YN, period=Q1, note="超 → gt (outside the span)")
g.neg("今年一季度，西部地区", "今年一季度", PERIOD_NOTE + " (no fact depends on it)")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("党的十八大以来，习近平总书记考察", "十八大", CONGRESS_NOTE.format("十八大", "18th")
      + "; inside the period expression 党的十八大以来")
g.fact("遍布西部12个省区市", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="习近平总书记考察调研足迹遍布的省区市",
       metric_alts=["总书记考察调研足迹遍布的省区市", "考察调研足迹遍布的省区市",
                    "考察调研的省区市", "习近平总书记考察调研的省区市", "省区市",
                    "西部省区市", "省区市数量", "西部省区市数量", "足迹遍布的省区市"],
       subject="西部地区",
       subject_alts=["西部", "习近平总书记", "习近平", "总书记", "中国", "全国"],
       period=SINCE18, period_alts=SINCE18_ALTS,
       note="count of provinces: all 12 western provincial-level regions have been visited "
            "(遍布); the provinces are the West's → subject 西部地区 (习近平总书记, whose "
            "footprint it is, and 中国 as for counts of provinces in round-ups, as alts); "
            "党的十八大以来 → the span, the stock reading (instant at the reference date) and "
            "others as alts")
g.neg("党的二十大报告提出", "二十大", CONGRESS_NOTE.format("二十大", "20th")
      + " (name of its report)")
g.neg("数据显示，2023年，西部地区", "2023年", PERIOD_NOTE)
GDP_ALTS = ["生产总值", "GDP", "西部地区生产总值", "经济总量", "地区生产总值总量", "GDP总量"]
g.fact("西部地区生产总值26.9万亿元", "26.9万亿元", value=26.9e12, unit="CNY", kind="amount",
       metric="地区生产总值", metric_alts=GDP_ALTS, **WEST, period=Y2023,
       note="西部地区生产总值 = 西部地区 (subject) + 地区生产总值 (metric; 生产总值 and GDP as "
            "alts); 2023年 just before it governs")
GDP_SH_ALTS = ["占全国的比重", "占全国比重", "地区生产总值占全国的比重", "生产总值占全国比重",
               "GDP占全国比重", "经济总量占全国比重", "地区生产总值占比", "生产总值占比",
               "GDP占比", "占全国的21.5%", "全国占比"]
g.fact("占全国的21.5%", "21.5%", value=21.5, unit="%", kind="share",
       metric="地区生产总值占全国比重", metric_alts=GDP_SH_ALTS, **WEST, period=Y2023,
       note="the West's share of national GDP in 2023 (head 地区生产总值 carried from the "
            "clause before)")
g.neg("5年来年均增长", "5年来", PERIOD_NOTE + " (the five years 2019..2023)")
g.fact("年均增长4.9%", "4.9%", value=4.9, unit="%", kind="growth", metric="地区生产总值",
       metric_alts=GDP_ALTS + ["地区生产总值年均增速", "年均增速", "生产总值年均增速",
                               "GDP年均增速", "地区生产总值增速", "GDP增速"],
       **WEST, period=FIVE,
       period_alts=[Y2023, P("5年来", "2018-01-01", "2023-12-31"), P("5年来", None, None)],
       comparison="年均",
       note="average annual growth over the five years after 2023年 (5年来 = 2019..2023, "
            "the five full years before the reference year and up to the line's 2023年); "
            "comparison = the surface basis 年均 (as 两年平均 in the round-up golds); the "
            "year 2023, the span with its base year 2018 and null as alts")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("“千万工程”", "千万工程", "project name 千万工程 (浙江's 千村示范、万村整治 programme), "
      "not a quantity")
g.fact("220个高原和美乡村", "220个", value=220, unit="count", kind="count", classifier="个",
       metric="高原和美乡村",
       metric_alts=["高原和美乡村数量", "打造高原和美乡村", "正加快打造的高原和美乡村",
                    "加快打造的高原和美乡村", "和美乡村", "和美乡村数量"],
       **XZ, modality="target", period=SPRING,
       period_alts=[P("这个春天", REF, REF), P("今天", REF, REF), P("这个春天", None, REF),
                    P("这个春天", None, None), P("今年", "2024-01-01", "2024-12-31")],
       note="villages being built (正加快打造): like the designed capacity of a project still "
            "being built (README §6) the villages do not exist yet as 和美乡村 → target "
            "(judgement call; the count of construction projects under way would be actual); "
            "counted noun as metric; period: 今天(的西部) opens the line, 这个春天 (陕西 "
            "sentence) replaces it and governs by SPEC §4 → spring 2024 (March-May); the "
            "instant at the reference date (正…打造, 今天), open start, null and 2024 as alts")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("等9个国家级战略性新兴产业集群", "9个", value=9, unit="count", kind="count",
       classifier="个", metric="国家级战略性新兴产业集群",
       metric_alts=["国家级战略性新兴产业集群数量", "战略性新兴产业集群", "打造国家级战略性新兴产业集群",
                    "已打造国家级战略性新兴产业集群", "国家级战略性新兴产业集群个数"],
       **WEST, **now("截至目前"),
       note="截至目前…已打造 = a stock → instant at the reference date (alts null..ref, "
            "null); the West is the subject of the line (今天的西部)")
g.fact("等5个国家级先进制造业集群", "5个", value=5, unit="count", kind="count",
       classifier="个", metric="国家级先进制造业集群",
       metric_alts=["国家级先进制造业集群数量", "先进制造业集群", "打造国家级先进制造业集群",
                    "已打造国家级先进制造业集群", "国家级先进制造业集群个数"],
       **WEST, **now("截至目前"))
g.neg("制造业集群。四川以", "四川", "place name 四川 (Sichuan); 四 is not a quantity")
g.neg("出台六大优势产业", "六大", "set label 六大优势产业 (cf. 八大 in README §2), not a count")
g.neg("提质倍增10条", "倍增", "part of the policy name 六大优势产业提质倍增 ('doubling' as "
      "a slogan / goal of the plan, no measured multiple), not a ratio fact")
POLICY_ALTS = ["六大优势产业提质倍增支持政策", "支持政策", "政策", "支持政策条数", "政策条数",
               "出台支持政策", "提质倍增支持政策", "六大优势产业提质倍增政策"]
g.fact("提质倍增10条支持政策", "10条", value=10, unit="count", kind="count", classifier="条",
       metric="六大优势产业提质倍增支持政策", metric_alts=POLICY_ALTS, **SC,
       **now("截至目前"),
       note="count of measures (README §2: 七条措施 → 7 条); 截至目前 earlier in the line "
            "governs → instant at the reference date (alts null..ref, null)")
g.fact("新增清洁能源超1500万千瓦", "1500万千瓦", value=1500e4 * 1e3, unit="W", kind="amount",
       bound="gt", metric="新增清洁能源装机",
       metric_alts=["新增清洁能源", "清洁能源装机增量", "清洁能源增量", "新增清洁能源装机容量",
                    "清洁能源装机容量增量", "清洁能源新增装机", "清洁能源装机", "清洁能源",
                    "清洁能源装机容量"],
       **QH, period=Y2024, modality="forecast",
       note="预计 → forecast; 超 → gt (outside the span); 万千瓦 = 1e7 W (SPEC §3): "
            "1500万千瓦 = 1.5e10 W; the installed capacity added this year (新增; the SPEC §2 "
            "增量 reading as alts); 今年 → 2024")
g.neg("一期将在9月投产", "一期", "phase label 一期 (README §2)")
g.neg("一期将在9月投产", "9月", "date on its own (September 2024, when phase 1 starts "
      "production), not a fact")
g.neg("引进一批延链补链", "一批", "vague quantifier 一批 (README §2)")

# ---- line 7 ----------------------------------------------------------------------------
g.fact("占全国总数的一半左右", "一半", value=50, unit="%", kind="share", bound="approx",
       metric="中欧班列开行数量占全国比重",
       metric_alts=["中欧班列开行数量占全国总数比重", "中欧班列开行数量占全国总数的比重",
                    "中欧班列开行数量占比", "中欧班列开行量占全国比重", "中欧班列占全国比重",
                    "占全国总数比重", "开行数量占全国总数比重", "中欧班列开行数量全国占比"],
       subject="西部地区",
       subject_alts=["西部", "西部省份", "西部地区中欧班列", "中欧班列"],
       **now("今天"),
       note="一半 = 50 % (as in nw_sina_20220122), 左右 → approx (outside the span); the "
            "West's trains in the national total; 今天(的西部) at the head of the line → "
            "instant at the reference date (alts null..ref, null)")
CR_SUBJ = dict(subject="西部地区",
               subject_alts=["西部", "西部省份", "西部地区中欧班列", "中欧班列"])
g.fact("通达欧洲20个国家", "20个", value=20, unit="count", kind="count", classifier="个",
       metric="中欧班列通达欧洲国家",
       metric_alts=["通达欧洲国家", "通达国家", "中欧班列通达国家", "中欧班列通达欧洲国家数量",
                    "通达欧洲国家数量", "欧洲国家", "中欧班列通达的欧洲国家"],
       **CR_SUBJ, **now("今天"),
       note="the West's 中欧班列 reach 20 European countries and 160 cities; subject the West "
            "(中欧班列 as alt); 今天 → instant at the reference date")
g.fact("20个国家160个城市", "160个", value=160, unit="count", kind="count", classifier="个",
       metric="中欧班列通达欧洲城市",
       metric_alts=["通达欧洲城市", "通达城市", "中欧班列通达城市", "中欧班列通达欧洲城市数量",
                    "通达欧洲城市数量", "欧洲城市", "中欧班列通达的欧洲城市"],
       **CR_SUBJ, **now("今天"))
g.fact("6个自贸试验区", "6个", value=6, unit="count", kind="count", classifier="个",
       metric="自贸试验区",
       metric_alts=["自贸试验区数量", "自由贸易试验区", "自由贸易试验区数量", "自贸区",
                    "自贸区数量"],
       **WEST, **now("今天"), note="a stock of zones in the West; 今天 → instant")
g.fact("40个综合保税区", "40个", value=40, unit="count", kind="count", classifier="个",
       metric="综合保税区",
       metric_alts=["综合保税区数量", "综保区", "综保区数量", "综合保税区个数"],
       **WEST, **now("今天"))

# ---- line 8 ----------------------------------------------------------------------------
g.fact("退耕还林还草超过3.2亿亩", "3.2亿亩", value=3.2e8, unit="mu", kind="amount",
       bound="gt", metric="退耕还林还草",
       metric_alts=["累计实施退耕还林还草", "退耕还林还草面积", "累计退耕还林还草面积",
                    "实施退耕还林还草面积", "累计实施退耕还林还草面积", "退耕还林还草规模"],
       **WEST, **now("今天"),
       note="亩 stays mu (SPEC §3); 超过 → gt (outside the span); 累计实施 = a stock → "
            "instant at the end of the governing 今天(的西部) = the reference date (alts "
            "null..ref, null)")
g.neg("设立三江源", "三江源", "place name 三江源 (source region of three rivers, name of the "
      "national park), not a quantity")
g.fact("大熊猫两个国家公园", "两个", value=2, unit="count", kind="count", classifier="个",
       metric="国家公园",
       metric_alts=["设立国家公园", "国家公园数量", "设立的国家公园", "国家公园个数"],
       **WEST, **now("今天"), note="count of the national parks set up in the West (both "
                                   "named); 今天 → instant at the reference date")
g.neg("全线达到二类水质", "二类", "water-quality class label (Ⅱ类, GB 3838 grade), not a "
      "quantity (as Ⅱ类 in the other golds)")
g.fact("防沙治沙1500万亩", "1500万亩", value=1500e4, unit="mu", kind="amount",
       metric="防沙治沙",
       metric_alts=["防沙治沙面积", "完成防沙治沙", "完成防沙治沙面积", "计划完成防沙治沙",
                    "防沙治沙任务", "防沙治沙规模"],
       **NMG, period=Y2024, modality="target",
       note="今年计划完成 → target, 2024; 亩 stays mu")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("到2035年，西部地区", "2035年", PERIOD_NOTE + " (the 2035 horizon; no number follows)")
g.neg("东西双向开放", "双向", "双向 'two-way' (opening up in both directions), not a quantity")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2024-04-22, the "
    "broadcast date given by the source meta (file name of the daily transcript and the "
    "查看原文 URL); the text agrees: 最新发布的一季度数据 (2024 Q1 data are out by mid/late "
    "April) and 2023年 full-year figures. Place: the item is about the western region → "
    "西部地区 (alts 西部, 西部省份); provincial figures take the province the text names "
    "(official names: 新疆维吾尔自治区, 云南省, 西藏自治区, 四川省, 青海省, 内蒙古自治区; "
    "short forms as alts); 广西北部湾港 (a port) owns its throughput growth (广西 as alt); "
    "the 30多次 trips are 习近平总书记's; the 12个省区市 are the West's. Title: the headline "
    "without the 【新思想引领新征程】 column tag. Periods: a line is a paragraph; line 2 "
    "states no period before 72%/27% and the item has no document period → null (the "
    "present-tense stock at the reference date as alt); 党的十八大以来 = 2012-11-08..ref "
    "(as nw_cctv_20221008), other starts and the instant as alts; 一季度 = 2024 Q1; 2023年 "
    "= 2023; 5年来 (after 2023年) = 2019..2023 for 年均增长4.9% (comparison 年均); 今天的西部 "
    "opens lines 5-8 and is read as a period expression = the reference date (instant), "
    "replaced by 截至目前 (instant ref) and 今年 (2024) in line 6, by 这个春天 (spring 2024, "
    "March-May) in line 5 and by 今年 in line 8. Judgement calls: 220个高原和美乡村正加快打造 "
    "→ target (villages still being built), period 这个春天 by SPEC's literal rule (the "
    "reference-date instant as alt); 青海 预计新增清洁能源超1500万千瓦 → forecast, 1.5e10 W, "
    "gt; 内蒙古 计划完成防沙治沙1500万亩 → target; 一半左右 → share 50 approx; 两个国家公园 → "
    "count 2; 12个 and 30多次 are facts (counts of provinces / trips). Negatives: 十八大 ×2, "
    "二十大 (congress names), 一季度 / 今年一季度 / 2023年 / 5年来 / 2035年 / 9月 (periods, "
    "dates), 四川 (place name), 千万工程 (programme name), 六大 (set label), 倍增 (policy name), 一期 (phase), "
    "一批 (vague), 三江源 (place name), 二类 (water-quality class), 双向 ('two-way').")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
