"""Gold annotations for nw_cctv_20200104_xinjiang_ports_2019 (corpora/).

央视网消息（新闻联播）, 2020-01-04: 新疆口岸经济释放发展新动能.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20200104_xinjiang_ports_2019.txt (813 characters: a short news
item, below the usual excerpt length, so all of it is taken), copied by code from the
source bytes, never retyped.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20200104_xinjiang_ports_2019.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20200104_xinjiang_ports_2019"
PLACE = "新疆维吾尔自治区"
REF = "2020-01-04"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "新疆口岸经济释放发展新动能"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="同比增长31.1%。")
N_CHARS = len(g.text)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BRI_NOTE = "initiative name “一带一路” (Belt and Road), not a quantity"

# Periods (reference date 2020-01-04, the broadcast day).  2019年1至11月 = Jan-Nov 2019
# (the latest customs data at the start of January 2020).  Present-tense levels with no
# period expression before them in their line get null (a news feature with no document
# period, README §5), the instant at the reference date as an alt.
J11 = P("2019年1至11月", "2019-01-01", "2019-11-30")
Y2018 = P("2018年", "2018-01-01", "2018-12-31")


def none_now():
    """No period in the line (null); the present-tense instant at the reference date as alt
    (its text is a stand-in: 目前, the article's own word for 'now', line 8)."""
    return dict(period=None, period_alts=[P("目前", REF, REF)])


XJ = dict(subject="新疆维吾尔自治区", subject_alts=["新疆"])
HORGOS_PORT = dict(subject="霍尔果斯口岸",
                   subject_alts=["霍尔果斯", "霍尔果斯市", "新疆霍尔果斯口岸", "伊犁霍尔果斯"])
YU = dict(subject="于成忠的公司",
          subject_alts=["于成忠", "于成忠公司", "霍尔果斯", "霍尔果斯口岸", "霍尔果斯市"])
CENTER = dict(subject="中哈霍尔果斯国际边境合作中心",
              subject_alts=["中哈合作中心", "霍尔果斯国际边境合作中心", "霍尔果斯",
                            "霍尔果斯市", "中哈霍尔果斯国际边境合作中心"])
BAWUJIANG = dict(subject="巴吾江", subject_alts=["哈萨克族小伙巴吾江"])
ALASHANKOU = dict(subject="阿拉山口口岸",
                  subject_alts=["阿拉山口", "阿拉山口市", "新疆阿拉山口口岸"])

# ---- line 1: title (no numerals) ------------------------------------------------------
# ---- line 2: lead (no numerals) -------------------------------------------------------

# ---- line 3 ----------------------------------------------------------------------------
g.neg("百年口岸霍尔果斯", "百年", "epithet 百年口岸 'century-old port', not a measured age")
g.fact("，8万平方米的海关监管仓库", "8万平方米", value=80000, unit="m2", kind="amount",
       metric="海关监管仓库面积",
       metric_alts=["海关监管仓库", "仓库面积", "监管仓库面积", "海关监管仓库的面积"],
       **YU, **none_now(),
       note="the warehouse the reporter saw at 于成忠's company → the company owns it (README "
            "§4), the man and the port as alts; no period in the line → null, the "
            "present-tense instant at the reference date as alt")
g.fact("几十辆大卡车", "几十辆", value=10, unit="count", kind="count", bound="gt",
       classifier="辆", metric="大卡车",
       metric_alts=["卡车", "大卡车数量", "装载水果的大卡车", "一字排开的大卡车"],
       **YU, **none_now(),
       note="几十 → 10 gt (SPEC bound: 数十 → 10 gt); a scene observed by the reporter, "
            "period null (alt: the instant at the reference date)")
g.neg("一字排开", "一字", "idiom 一字排开 'line up in a row'")
g.fact("每天都有近千吨水果", "千吨", value=1000, unit="t", kind="amount", bound="approx",
       metric="水果日发运量",
       metric_alts=["水果", "发往哈萨克斯坦等国的水果", "每天发往哈萨克斯坦等国的水果",
                    "水果日发运", "每天发运水果", "日发运水果", "水果发运量", "发往哈萨克斯坦等国水果",
                    "水果出口量", "每天发往哈萨克斯坦等国的水果量"],
       **YU, period=P("每天", None, None),
       note="近 → approx, outside the span; 千吨 = 1000 t; the daily rate goes into the "
            "metric (SPEC §3 base unit); 每天 is recurring → text only, start/end null "
            "(README §5: 每年); his company ships it (he is the 水果大王), the port as alt")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("已有19年的于成忠", "19年", value=19, unit="year", kind="amount",
       metric="经营边贸生意年限",
       metric_alts=["经营边贸生意时间", "经营边贸生意", "边贸生意经营年限", "经营年限",
                    "从事边贸生意年限", "经营边贸生意时长"],
       subject="于成忠", subject_alts=["于成忠的公司"], **none_now(),
       note="duration up to now (已有 N 年, SPEC §3 year); like 10余年 in 003 it has no "
            "period of its own → null (alt: instant at the reference date)")
g.neg("在中亚五国都有", "五国", "fixed name 中亚五国 (the five Central Asian states, like "
      "长三角), naming where his clients are; not read as a count of countries — judgement "
      "call")
g.neg("2018年，连接", "2018年", PERIOD_NOTE)
g.neg("“双西公路”", "双西", "road name 双西公路 (西部—西欧), not a count")
g.fact("车程缩短了三分之一", "三分之一", value=-100 / 3, unit="%", kind="growth",
       metric="车程",
       metric_alts=["从霍尔果斯到阿拉木图的车程", "霍尔果斯到阿拉木图的车程", "车程时间",
                    "霍尔果斯到阿拉木图车程", "行车时间"],
       subject="双西公路",
       subject_alts=["霍尔果斯", "霍尔果斯市", "霍尔果斯口岸", "“双西公路”",
                     "从霍尔果斯到阿拉木图", "霍尔果斯至阿拉木图"],
       period=Y2018, period_alts=[P("2018年", None, None), P("2018年", "2018-12-31", "2018-12-31")],
       comparison="贯通前",
       note="缩短了三分之一 = a relative fall of 1/3 → growth −33.33 % (SPEC: 下降 → negative; "
            "fraction → %); the basis is the drive before the road opened (comparison "
            "'贯通前', not written; not yoy); 2018年 governs the line. The shared "
            "check_gold.py reads the span as 3 (三) and reports a value mismatch")
g.fact("由原来的两个小时", "两个小时", value=2 / 24, unit="day", kind="amount",
       metric="通关时间",
       metric_alts=["农副产品通关时间", "农副产品通关时长", "通关时长", "通关用时"],
       **HORGOS_PORT, period=P("原来", None, None), period_alts=[Y2018],
       note="from/to pair: the earlier level (原来 'before', undated → start/end null, as "
            "过去 in nw_21cbh); 2 小时 = 2/24 day (SPEC §3); customs at the 霍尔果斯 port "
            "(海关 of the line's place) own it; the literal inheritance of 2018年 as alt. The shared "
            "check_gold.py does not read 个小时 as 小时 (reads 2) and reports a value mismatch")
g.fact("压缩到半个小时", "半个小时", value=0.5 / 24, unit="day", kind="amount",
       metric="通关时间",
       metric_alts=["农副产品通关时间", "农副产品通关时长", "通关时长", "通关用时"],
       **HORGOS_PORT, period=Y2018,
       period_alts=[P("2018年", None, None), P("2018年", REF, REF),
                    P("2018年", "2018-12-31", "2018-12-31")],
       note="the new level after 绿色通道 opened (紧接着, after the 2018 road): 2018年 of the "
            "line governs (literal inheritance); null, the end of 2018 and the level now as "
            "alts; 半个小时 = 0.5/24 day (the shared check_gold.py "
            "reads no number in 半 and reports it). Two levels, no change fact (the text states none)")
g.neg("随着“一带一路”发展", "一带一路", BRI_NOTE)

# ---- line 5 ----------------------------------------------------------------------------
g.neg("2019年1至11月，霍尔果斯", "2019年1至11月", PERIOD_NOTE)
g.fact("进出口货运量为3145万吨", "3145万吨", value=31450000, unit="t", kind="amount",
       metric="进出口货运量", metric_alts=["货运量", "进出口货运总量"],
       **HORGOS_PORT, period=J11)
g.fact("贸易额达1089亿元", "1089亿元", value=108900000000, unit="CNY", kind="amount",
       metric="贸易额", metric_alts=["进出口贸易额", "进出口额", "贸易总额"],
       **HORGOS_PORT, period=J11, note="达 is no bound (eq)")
g.fact("均居新疆各口岸首位", "首位", value=1, unit="rank", kind="rank", scope="新疆各口岸",
       metric="进出口货运量和贸易额",
       metric_alts=["进出口货运量", "贸易额", "进出口货运量、贸易额", "货运量和贸易额",
                    "进出口货运量与贸易额"],
       **HORGOS_PORT, period=J11,
       note="one mention (均居…首位) → one rank fact over both indicators (as 前三 in 001); "
            "首位 → 1; scope 新疆各口岸")
g.neg("作为“一带一路”亚洲", "一带一路", BRI_NOTE)
g.neg("就像一块巨大的磁石", "一块", "indefinite article 一块 (metaphor)")
g.neg("吸引着八方来客", "八方", "idiom 八方来客 'guests from all directions'")
STOCK_ALTS = [J11, P("2019年1至11月", None, None), P("2019年1至11月", REF, REF)]
g.fact("总投资超300亿元", "300亿元", value=30000000000, unit="CNY", kind="amount", bound="gt",
       metric="重点项目总投资",
       metric_alts=["总投资", "35个重点项目总投资", "入驻重点项目总投资", "项目总投资"],
       **CENTER, period=P("2019年1至11月", "2019-11-30", "2019-11-30"), period_alts=STOCK_ALTS,
       note="the total investment of the 35 projects together (an aggregate, not a "
            "per-project threshold defining the set) → a fact; 超 → gt; the projects "
            "settled in the centre (入驻) own it. Period: 2019年1至11月 of the line governs; "
            "the projects have 陆续入驻 over time → a stock, instant at the frame's end "
            "(README §5 stock rule), literal Jan-Nov, null and the reference date as alts")
g.fact("的35个重点项目", "35个", value=35, unit="count", kind="count", classifier="个",
       metric="重点项目",
       metric_alts=["入驻重点项目", "重点项目数量", "入驻中哈霍尔果斯国际边境合作中心的重点项目",
                    "陆续入驻的重点项目"],
       **CENTER, period=P("2019年1至11月", "2019-11-30", "2019-11-30"), period_alts=STOCK_ALTS,
       note="projects that have settled (陆续入驻) in the centre: a stock → instant at the end "
            "of the inherited 2019年1至11月 (README §5), other readings as alts")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("中哈合作中心已五年", "五年", value=5, unit="year", kind="amount",
       metric="来到中哈合作中心时间",
       metric_alts=["来到中哈合作中心年限", "在中哈合作中心时间", "在中哈合作中心经营年限",
                    "来到中哈合作中心", "经营年限", "来到中哈合作中心时长"],
       **BAWUJIANG, **none_now(),
       note="duration up to now (已 N 年) → year; null (alt: instant at the reference date)")
g.neg("他从二手接货", "二手", "二手 'second-hand' (二手接货: buying through middlemen), "
      "lexicalized, not a quantity")
g.neg("联系厂家发订单", "订单", "lexicalized 订单 'order'; 单 is not a quantity")
g.fact("从最初的30平米", "30平米", value=30, unit="m2", kind="amount", metric="门面面积",
       metric_alts=["门面", "店面面积", "门面的面积"], **BAWUJIANG,
       period=P("最初", None, None),
       note="from/to pair: the first level (最初, undated → start/end null); 平米 = 平方米 → m2")
g.fact("扩展到现在的300平米", "300平米", value=300, unit="m2", kind="amount",
       metric="门面面积", metric_alts=["门面", "店面面积", "门面的面积"], **BAWUJIANG,
       period=P("现在", REF, REF), period_alts=[P("现在", None, REF), P("现在", None, None)],
       note="the new level: 现在 → instant at the reference date (alts null..ref, null); the "
            "text states no change fact")
g.neg("2019年，巴吾江", "2019年", PERIOD_NOTE + " (no number follows it in the line)")

# ---- line 7 ----------------------------------------------------------------------------
g.fact("新疆有18处口岸", "18处", value=18, unit="count", kind="count", classifier="处",
       metric="口岸", metric_alts=["口岸数量", "口岸数"], **XJ, **none_now(),
       note="stock stated in the present tense; no period in the line → null (alt: instant "
            "at the reference date)")
g.fact("辐射5个国家", "5个", value=5, unit="count", kind="count", classifier="个",
       metric="辐射国家",
       metric_alts=["国家", "口岸辐射国家", "辐射国家数量", "口岸辐射的国家", "辐射的国家"],
       **XJ, **none_now(),
       note="the ports reach 5 neighbouring countries (新疆's ports → 新疆 subject, elided)")
g.fact("全国70%以上的中欧班列", "70%", value=70, unit="%", kind="share", bound="ge",
       metric="中欧班列占全国比重",
       metric_alts=["中欧班列占比", "全国中欧班列占比", "进出境中欧班列占全国比重",
                    "中欧班列", "全国中欧班列", "经阿拉山口进出境的中欧班列占全国比重",
                    "从这里进出境的中欧班列占全国比重", "中欧班列进出境占比",
                    "全国中欧班列从这里进出境的比例"],
       **ALASHANKOU, **none_now(),
       note="share of China's China-Europe trains passing through the port (全国 is the "
            "base, not the subject; 这里 = 阿拉山口口岸); 以上 → ge, outside the span; null "
            "(alt: instant at the reference date)")
g.fact("20条铁路专线", "20条", value=20, unit="count", kind="count", classifier="条",
       metric="铁路专线",
       metric_alts=["直通阿拉山口综合保税区内的铁路专线", "铁路专线数量",
                    "直通综合保税区的铁路专线", "直通阿拉山口综合保税区的铁路专线"],
       subject="阿拉山口综合保税区",
       subject_alts=["阿拉山口口岸", "阿拉山口", "阿拉山口市", "综合保税区"],
       **none_now(),
       note="the lines run straight into the bonded zone (直通…内) → the zone owns the count, "
            "the port as alt")
g.fact("日产50吨挂面", "50吨", value=50, unit="t", kind="amount", metric="挂面日产能",
       metric_alts=["挂面日产量", "日产挂面", "挂面", "生产线日产能", "日产量", "挂面产能",
                    "日产"],
       subject="挂面生产线",
       subject_alts=["生产线", "这条生产线", "阿拉山口综合保税区", "阿拉山口综合保税区挂面生产线"],
       **none_now(),
       note="capacity of an operating line, rate per day in the metric (SPEC §3, as 口服液日产能 "
            "in 002); the line (unnamed, in the bonded zone) owns it; null")

# ---- line 8 ----------------------------------------------------------------------------
g.fact("已与170个国家和地区", "170个", value=170, unit="count", kind="count",
       classifier="个", metric="建立经贸关系的国家和地区",
       metric_alts=["国家和地区", "已建立经贸关系的国家和地区", "经贸关系国家和地区",
                    "建立经贸关系的国家和地区数量", "经贸合作国家和地区",
                    "建立经贸关系国家和地区"],
       **XJ, period=P("目前", REF, REF), period_alts=[P("目前", None, REF), P("目前", None, None)],
       note="目前…已 → a stock, instant at the reference date (alts null..ref, null); "
            "近年来 before it is superseded by 目前")
g.neg("2019年1至11月，新疆外贸", "2019年1至11月", PERIOD_NOTE)
g.fact("外贸总值达1491.7亿元", "1491.7亿元", value=149170000000, unit="CNY", kind="amount",
       metric="外贸总值",
       metric_alts=["外贸进出口总值", "进出口总值", "外贸", "外贸进出口总额", "进出口总额",
                    "外贸总额"],
       **XJ, period=J11)
g.fact("同比增长31.1%", "31.1%", value=31.1, unit="%", kind="growth", metric="外贸总值",
       metric_alts=["外贸进出口总值", "进出口总值", "外贸", "外贸进出口总额", "进出口总额",
                    "外贸总额"],
       **XJ, period=J11, comparison="yoy")

NOTES = (
    f"Excerpt: the whole of shared/texts/news/{DOC_ID}.txt, lines {FIRST}-{LAST} ({N_CHARS} "
    "characters, a byte copy made by code): a short 新闻联播 item, so all of it is taken. "
    "Date: 2020-01-04, the broadcast date given by the source meta (file name of the daily "
    "transcript, pubtime 2020-01-04 19:22); the text itself has no date, and its latest "
    "figures (2019年1至11月, Jan-Nov 2019 customs data, published mid-December) fit. The text "
    "uses no 今年/上年; 2019年1至11月 = 2019-01-01..2019-11-30, 2018年 = the calendar year. "
    "Place: 新疆维吾尔自治区 (INDEX.tsv); 新疆 → 新疆维吾尔自治区 with 新疆 as alt; the "
    "ports own their numbers: 霍尔果斯口岸 (alts 霍尔果斯, 霍尔果斯市 of 伊犁哈萨克自治州), "
    "阿拉山口口岸 (alts 阿拉山口, 阿拉山口市), 中哈霍尔果斯国际边境合作中心, and the people "
    "and firms of the feature (于成忠's company, 巴吾江). Periods: a feature with no "
    "document period; a number with no period expression before it in its line gets null "
    "(README §5), with the present-tense instant at the reference date as alt (its text is "
    "a stand-in, 目前). From/to pairs (原来 两个小时 → 半个小时; 最初 30平米 → 现在 300平米) "
    "give two level facts each, the earlier one undated. 每天 → text only. Judgement calls: "
    "中亚五国 and 百年口岸 as negatives; 三分之一 as growth −33.33 %; 总投资超300亿元 as "
    "an aggregate fact (not a set-defining threshold).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(facts), "facts,", len(g.lines) - len(facts), "negatives,", N_CHARS, "chars")
