"""Gold annotations for nw_cctv_20241020_chongqing_2024 (corpora/).

央视网消息（新闻联播）, 2024-10-20: 【一线调研】重庆：加快传统产业数智化改造.
The excerpt is the whole source, lines 1-8 of
shared/texts/news/nw_cctv_20241020_chongqing_2024.txt (a short news item, shorter than
2,000 characters, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20241020_chongqing_2024.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20241020_chongqing_2024"
PLACE = "重庆市"
REF = "2024-10-20"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 8                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "重庆：加快传统产业数智化改造"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts="【一线调研】重庆", ends="同比增长8.3%。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2024-10-20, the broadcast date).
Q3 = P("前三季度", "2024-01-01", "2024-09-30")
M8 = P("今年前八个月", "2024-01-01", "2024-08-31")


def now(word):
    """如今 / a stock with no other period: instant at the reference date."""
    return dict(period=P(word, REF, REF), period_alts=[P(word, None, REF), P(word, None, None)])


CQ = dict(subject="重庆市", subject_alts=["重庆", "当地"])
HC = dict(subject="重庆市合川区", subject_alts=["合川区", "重庆合川区", "合川"])
# Line 5 describes an unnamed hot-pot seasoning company in 重庆 (企业有如此底气, line 6).
FIRM = dict(subject="重庆市", subject_alts=["重庆", "企业", "火锅底料企业", "重庆火锅底料企业",
                                           "火锅企业"])
FIRM_NOTE = ("the company of the report is not named (企业有如此底气 in the next line); the "
             "city of the item is the subject, the firm as alts; no period in the line → "
             "null (如今 of line 4 does not cross the line)")

# ---- line 1: title ---------------------------------------------------------------------
g.neg("【一线调研】", "一线", "column tag 一线调研 'front-line reporting', not a quantity")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("最新数据显示，前三季度", "前三季度", PERIOD_NOTE)
g.neg("国家“两新”政策", "两新", "policy slogan “两新” (大规模设备更新和消费品以旧换新), not a "
      "quantity")
g.fact("购置投资同比增长16.4%", "16.4%", value=16.4, unit="%", kind="growth",
       metric="设备工具购置投资",
       metric_alts=["设备工器具购置投资", "设备工具购置投资增速", "设备购置投资",
                    "全国设备工具购置投资"],
       subject="中国", subject_alts=["全国", "我国"], period=Q3, comparison="yoy",
       note="全国 → 中国 (not the document's place 重庆市); 前三季度 → 2024 Q1-Q3; 同比 → yoy")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("已经有10万多种", "10万多种", value=1e5, unit="count", kind="count", bound="gt",
       classifier="种", metric="火锅口味",
       metric_alts=["研发出来的火锅口味", "火锅口味数量", "研发的火锅口味", "口味"],
       **CQ, **now("如今"),
       note="多 inside the span → gt; 已经有 → a stock at 如今 = the reference date (alts: "
            "open start, null)")
g.fact("柔性定制就有2万多种", "2万多种", value=2e4, unit="count", kind="count", bound="gt",
       classifier="种", metric="柔性定制",
       metric_alts=["柔性定制口味", "柔性定制火锅口味", "柔性定制品种", "柔性定制数量",
                    "柔性定制的火锅口味"],
       **CQ, **now("如今"),
       note="a subset of the flavours (柔性定制 'flexibly customised' ones); 多 → gt; 如今 "
            "still governs")
g.neg("形成了一个大数据库", "一个", "indefinite article 一个, not a count")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("一颗小小的干辣椒", "一颗", "indefinite article 一颗 ('a dried chilli'), not a count")
g.fact("X光等五级智能筛选", "五级", value=5, unit="count", kind="count", classifier="级",
       metric="智能筛选",
       metric_alts=["智能筛选级数", "筛选", "干辣椒智能筛选", "智能筛选环节", "智能筛选级"],
       **FIRM,
       note="a technical magnitude (five screening stages, classifier 级), a count as 七条/"
            "四届 in README §2; " + FIRM_NOTE)
g.fact("工作效率提升了10倍", "10倍", value=10, unit="times", kind="ratio",
       metric="工作效率",
       metric_alts=["工作效率提升", "工作效率提升倍数", "效率", "生产效率"],
       **FIRM,
       note="提升了10倍 (vs the traditional 炒锅) → ratio 10 as written (as 增长N倍 in "
            "nw_chinanews_20211101); ratio facts carry no comparison; " + FIRM_NOTE)
g.fact("；1分钟左右", "1分钟", value=1, unit="分钟", kind="amount", bound="approx",
       metric="切割时间",
       metric_alts=["冷鲜肉切割时间", "切割一块冷鲜肉的时间", "时间", "切割用时", "用时"],
       **FIRM,
       note="a technical magnitude (the time to slice one piece of meat); 左右 → approx "
            "(outside the span). SPEC §3 lists year and day (天, 日, 小时) as duration units "
            "but not the minute: by its letter 分钟 is an unknown unit, kept as the surface "
            "unit with kind amount and value 1 (check_gold.py warns 'kept as surface unit'). "
            "Judgement call: the canonical-duration reading 1/1440 day (as 两个小时 → 2/24 "
            "day in nw_cctv_20200104_xinjiang_ports_2019) is the alternative. " + FIRM_NOTE)
g.neg("，一块冷鲜肉", "一块", "indefinite article 一块 ('a piece of chilled meat'), not a "
      "count")
g.fact("切割成近百块", "百块", value=100, unit="count", kind="count", bound="approx",
       classifier="块", metric="薄片",
       metric_alts=["冷鲜肉薄片", "切割成的薄片", "薄片数量", "切割薄片", "冷鲜肉切割薄片",
                    "薄片块数"],
       **FIRM,
       note="近 → approx (outside the span: 近百块 → 百块); 几毫米 has no numeral (几 "
            "'a few'), so no thickness fact; " + FIRM_NOTE)

# ---- line 6 ----------------------------------------------------------------------------
g.neg("今年前八个月，重庆工业", "今年前八个月", PERIOD_NOTE)
g.fact("技改投资同比增长27.1%", "27.1%", value=27.1, unit="%", kind="growth",
       metric="工业技改投资",
       metric_alts=["工业技术改造投资", "技改投资", "工业技改投资增速", "重庆工业技改投资"],
       **CQ, period=M8, comparison="yoy", note="今年前八个月 → 2024-01-01..2024-08-31")
g.fact("高出16.5个百分点", "16.5个百分点", value=16.5, unit="pp", kind="change",
       metric="工业技改投资增速",
       metric_alts=["工业技改投资", "技改投资增速", "工业技术改造投资增速", "技改投资"],
       **CQ, period=M8, comparison="比全国平均水平",
       note="pp difference of growth rates (README §3: <metric>增速); 高出 → positive; "
            "comparison = the surface basis 比全国平均水平")
g.fact("每年投入1000万元", "1000万元", value=1000e4, unit="CNY", kind="amount",
       metric="每年投入",
       metric_alts=["投入", "年投入", "专班投入", "专班每年投入", "火锅食材加工业投入",
                    "数字化改造投入", "火锅食材加工业数字化改造投入", "投入资金",
                    "鼓励企业数字化改造资金"],
       subject="重庆市", subject_alts=["当地", "重庆", "重庆市合川区", "合川区"],
       period=P("每年", None, None),
       note="an annual amount put in by 当地 (重庆 of the sentence before; 合川区, the "
            "hot-pot food hub of line 7, as alt) for the 火锅食材加工业; 每年 replaces "
            "今年前八个月 and has no dates (README §5: 每年 → text only); the rate per year "
            "goes into the metric; actual (a running programme)")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("这几年一直在研发", "一直", "adverb 一直 'all along', not a quantity")
g.fact("获得了168万元", "168万元", value=168e4, unit="CNY", kind="amount",
       metric="奖补资金",
       metric_alts=["获得奖补资金", "奖补", "奖励补助资金", "获得的奖补资金"],
       subject="郑传波所在的企业",
       subject_alts=["郑传波所在企业", "企业", "他们", "郑传波的企业"],
       period=P("这几年", None, REF),
       period_alts=[P("这几年", None, None), P("这几年", REF, REF)],
       note="the subsidy the company got (按照最新政策); the firm is only described (郑传波"
            "所在的企业); 这几年 (no numeral) before it in the line → open start .. "
            "reference date (alts: null, the reference-date instant)")
HC_STOCK = dict(period=P("这几年", REF, REF),
                period_alts=[P("这几年", None, REF), P("这几年", None, None)])
HC_NOTE = ("重庆合川区 → 重庆市合川区 (the district owns the number); 已经集聚/增加到 → "
           "a stock: instant at the end of the governing 这几年 = the reference date (stock "
           "rule, SPEC §4; alts: the literal open span, null)")
g.fact("集聚了300多家火锅", "300多家", value=300, unit="count", kind="count", bound="gt",
       classifier="家", metric="火锅食材加工企业",
       metric_alts=["火锅食材加工企业数量", "集聚火锅食材加工企业", "火锅食材企业",
                    "集聚的火锅食材加工企业"],
       **HC, **HC_STOCK, note="多 inside the span → gt; " + HC_NOTE)
g.fact("增加到70多种", "70多种", value=70, unit="count", kind="count", bound="gt",
       classifier="种", metric="食材细分品类",
       metric_alts=["细分品类", "食材细分品类数量", "火锅食材细分品类", "食材品类"],
       **HC, **HC_STOCK,
       note="增加到 gives the level reached (not a change) → count 70, gt; " + HC_NOTE)
g.fact("出口80多个国家和地区", "80多个", value=80, unit="count", kind="count", bound="gt",
       classifier="个", metric="出口国家和地区",
       metric_alts=["出口国家和地区数量", "国家和地区", "出口目的地", "出口市场",
                    "火锅食材出口国家和地区"],
       **HC, **HC_STOCK,
       note="the export markets of 合川's hot-pot food (the same subject continues); 多 → "
            "gt; " + HC_NOTE)

# ---- line 8 ----------------------------------------------------------------------------
g.fact("已建成1096个数字化车间", "1096个", value=1096, unit="count", kind="count",
       classifier="个", metric="数字化车间",
       metric_alts=["建成数字化车间", "数字化车间数量", "已建成数字化车间"],
       **CQ, **now("如今"),
       note="如今…已建成 → a stock at the reference date (alts: open start, null)")
g.neg("今年前八个月，工业领域", "今年前八个月", PERIOD_NOTE + " (replaces 如今)")
g.fact("更新设备7630台（套）", "7630台（套）", value=7630, unit="count", kind="count",
       classifier="台（套）", metric="更新设备",
       metric_alts=["工业领域更新设备", "设备更新", "更新设备数量", "工业领域设备更新",
                    "设备"],
       subject="重庆市", subject_alts=["重庆", "重庆工业领域", "工业领域"], period=M8,
       note="a flow (equipment renewed in Jan-Aug 2024); the classifier is written 台（套）"
            "(sets or units), kept whole in the span")
g.fact("增加值同比增长8.3%", "8.3%", value=8.3, unit="%", kind="growth",
       metric="规模以上工业增加值",
       metric_alts=["规上工业增加值", "工业增加值", "规模以上工业增加值增速"],
       subject="重庆市", subject_alts=["重庆"], period=M8, comparison="yoy",
       note="规模以上 is part of the metric (SPEC §2); 今年前八个月 governs; 同比 → yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-8 (690 "
    "characters, a byte copy made by code): a short 新闻联播 item (under 2,000 characters), "
    "so all of it is taken. Date: 2024-10-20, the broadcast date given by the source meta "
    "(file name of the daily transcript news/20241020.md and the tv.cctv.com URL); the "
    "text has no dateline, and nothing contradicts it: its latest data are the national "
    "前三季度 figures (released 18 October 2024) and 重庆's 今年前八个月 figures. 今年 = "
    "2024; 前三季度 = 2024-01-01..2024-09-30; 今年前八个月 = 2024-01-01..2024-08-31; 如今 = "
    "instant at the reference date; 每年 = text only; 这几年 (no numeral) = open start .. "
    "reference date. Place: 重庆市 (全国 in line 2 → 中国; 重庆合川区 → 重庆市合川区). Title: "
    "the headline without the 【一线调研】 column tag. Periods: a line is a paragraph; "
    "line 5 (the unnamed company's production line) has no period → null. Judgement "
    "calls: the line-5 magnitudes of the unnamed company (五级 screening stages, 10倍 "
    "efficiency, 1分钟 per piece, 近百块 slices) → facts with subject 重庆市 and the firm "
    "as alts; 1分钟 kept in the surface unit 分钟, value 1 (SPEC §3 lists no minute, so "
    "it is an unknown unit kept as written; check_gold.py warns about the non-canonical "
    "unit; 1/1440 day would be the canonical-duration alternative); 提升了10倍 → ratio 10 as written; 每年投入1000万元 → "
    "subject 重庆市 (当地, 合川区 as alt), period 每年; 已经集聚/增加到/出口 (合川区) → "
    "stocks at the reference date under 这几年; 7630台（套） keeps the written classifier. "
    "Negatives: 一线 (column tag), 前三季度, 今年前八个月 ×2 (periods), 两新 (slogan), the "
    "articles 一个/一颗/一块, 一直 (adverb). 几毫米 has no numeral and is not annotated.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
