"""Gold annotations for nw_xinhua_20211110_cpi_ppi_2021m10 (corpora/).

新华社 wire (新浪财经 repost), 2021-11-10: 10月CPI、PPI涨幅有所扩大，未来价格走势如何？
The excerpt is the whole source, lines 1-20 of
shared/texts/news/nw_xinhua_20211110_cpi_ppi_2021m10.txt (1,540 characters: the article is
shorter than a usual excerpt, so all of it is taken), copied by code from the source bytes,
never retyped.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_xinhua_20211110_cpi_ppi_2021m10.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_xinhua_20211110_cpi_ppi_2021m10"
PLACE = "中国"
REF = "2021-11-10"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 20                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "10月CPI、PPI涨幅有所扩大，未来价格走势如何？"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2021-11-10, the dateline 新华社北京11月10日电; NBS published the
# October data that day: 国家统计局10日发布数据).  10月份/10月 = October 2021; 上月 =
# September 2021.
OCT = P("10月份", "2021-10-01", "2021-10-31")
SEP = P("上月", "2021-09-01", "2021-09-30")
OCT_NOTE = "10月份 at the head of the line → October 2021"

CN = dict(subject="中国", subject_alts=["全国", "我国"])
CPI_ALTS = ["CPI", "居民消费价格", "居民消费价格指数（CPI）", "居民消费价格指数(CPI)",
            "全国居民消费价格指数", "居民消费价格涨幅", "CPI涨幅"]
PPI_ALTS = ["PPI", "工业生产者出厂价格", "工业生产者出厂价格指数（PPI）",
            "工业生产者出厂价格指数(PPI)", "全国工业生产者出厂价格指数", "PPI涨幅",
            "工业生产者出厂价格涨幅"]

# ---- line 1: 原标题 --------------------------------------------------------------------
g.neg("原标题：10月CPI", "10月", PERIOD_NOTE + " (in the headline)")

# ---- line 2: dateline + title ----------------------------------------------------------
g.neg("新华社北京11月10日电", "11月10日", "date on its own (the dateline), not a fact")
g.neg("电题：10月CPI", "10月", PERIOD_NOTE + " (in the headline)")

# ---- line 3: byline (no numerals) ------------------------------------------------------

# ---- line 4 ----------------------------------------------------------------------------
g.neg("国家统计局10日发布", "10日", "date on its own (release day, 10 November), not a fact")
g.neg("发布数据，10月份，全国", "10月份", PERIOD_NOTE)
g.fact("（CPI）同比上涨1.5%", "1.5%", value=1.5, unit="%", kind="growth",
       metric="居民消费价格指数", metric_alts=CPI_ALTS, **CN, period=OCT, comparison="yoy",
       note="全国 → 中国; 上涨 of a price index → growth; 同比 → yoy; " + OCT_NOTE)
g.fact("涨幅虽比上月扩大0.8个百分点", "0.8个百分点", value=0.8, unit="pp", kind="change",
       metric="居民消费价格指数涨幅",
       metric_alts=["CPI涨幅", "居民消费价格涨幅", "居民消费价格指数", "CPI",
                    "居民消费价格", "居民消费价格增速", "涨幅"],
       **CN, period=OCT, comparison="mom",
       note="October's yoy CPI rate minus September's (比上月) → mom; 扩大 → positive "
            "(as 涨幅比上月扩大 in sr_nbs_2017m04)")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("变化情况看，10月份，占CPI", "10月份", PERIOD_NOTE)
g.fact("猪肉价格同比下降44.0%", "44.0%", value=-44.0, unit="%", kind="growth",
       metric="猪肉价格", metric_alts=["猪肉", "猪肉价格指数", "猪肉消费价格"], **CN,
       period=OCT, comparison="yoy", note="同比 → yoy; 下降 → negative")
g.fact("降幅比上月收窄2.9个百分点", "2.9个百分点", value=-2.9, unit="pp", kind="change",
       metric="猪肉价格降幅",
       metric_alts=["猪肉价格", "猪肉价格涨幅", "猪肉价格增速", "猪肉价格同比降幅", "降幅"],
       **CN, period=OCT, comparison="mom",
       note="judgement call on the sign: read against the metric as written (降幅), 收窄 "
            "'narrowed' → −2.9 (the fall shrank from 46.9% to 44.0%); the same fact on the "
            "signed yoy rate (−46.9% → −44.0%) would be +2.9. 比上月 → mom")
g.fact("由上月下降2.5%", "2.5%", value=-2.5, unit="%", kind="growth", metric="鲜菜价格",
       metric_alts=["鲜菜", "鲜菜价格指数", "鲜菜消费价格"], **CN, period=SEP,
       comparison="yoy",
       note="from/to pair 由上月下降2.5%转为上涨15.9%: 上月 governs only its own value "
            "(SPEC §4) → September 2021; growth without basis in a yoy paragraph → yoy; "
            "下降 → negative")
g.fact("转为上涨15.9%", "15.9%", value=15.9, unit="%", kind="growth", metric="鲜菜价格",
       metric_alts=["鲜菜", "鲜菜价格指数", "鲜菜消费价格"], **CN, period=OCT,
       comparison="yoy",
       note="the end of the from/to pair: October 2021 (10月份 of the line); yoy as the "
            "paragraph's 同比")
g.fact("价格涨幅扩大1.0个百分点", "1.0个百分点", value=1.0, unit="pp", kind="change",
       metric="工业消费品价格涨幅",
       metric_alts=["工业消费品价格", "工业消费品价格增速", "工业消费品", "涨幅"],
       **CN, period=OCT, comparison="mom",
       note="涨幅扩大 with no basis written: against the previous month as in the clauses "
            "before it (比上月) → mom; 扩大 → positive")
g.fact("分别上涨32.2%", "32.2%", value=32.2, unit="%", kind="growth", metric="汽油价格",
       metric_alts=["汽油", "汽油价格指数"], **CN, period=OCT, comparison="yoy",
       note="分别: 汽油 ↔ 32.2%, 柴油 ↔ 35.7%; 其中 = part of 工业消费品; price rises of the "
            "paragraph are 同比 → yoy")
g.fact("32.2%和35.7%", "35.7%", value=35.7, unit="%", kind="growth", metric="柴油价格",
       metric_alts=["柴油", "柴油价格指数"], **CN, period=OCT, comparison="yoy")

# ---- line 6: quotation (no numerals) ---------------------------------------------------

# ---- line 7 ----------------------------------------------------------------------------
g.neg("供应偏紧影响，10月份，全国", "10月份", PERIOD_NOTE)
g.fact("（PPI）同比上涨13.5%", "13.5%", value=13.5, unit="%", kind="growth",
       metric="工业生产者出厂价格指数", metric_alts=PPI_ALTS, **CN, period=OCT,
       comparison="yoy", note="全国 → 中国; 同比 → yoy; 10月份 earlier in the line")
g.fact("涨幅比上月扩大2.8个百分点", "2.8个百分点", value=2.8, unit="pp", kind="change",
       metric="工业生产者出厂价格指数涨幅",
       metric_alts=["PPI涨幅", "工业生产者出厂价格涨幅", "工业生产者出厂价格指数", "PPI",
                    "工业生产者出厂价格", "工业生产者出厂价格增速", "涨幅"],
       **CN, period=OCT, comparison="mom",
       note="October's yoy PPI rate minus September's (比上月) → mom; 扩大 → positive")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("一个关系居民生活成本", "一个", "pronoun 一个…一个… ('the one … the other'), not a count")
g.neg("成本，一个关系企业生产成本", "一个",
      "pronoun 一个…一个… ('the one … the other'), not a count")
g.neg("生产成本，10月份CPI与PPI", "10月份", PERIOD_NOTE + " (涨幅均有所扩大: no numeral)")

# ---- line 9: no numerals ---------------------------------------------------------------

# ---- line 10 ---------------------------------------------------------------------------
MARKET = dict(subject="青藏高原农副产品集散中心",
              subject_alts=["西宁市", "青海省西宁市", "青海省西宁市城北区青藏高原农副产品集散中心",
                            "西宁市城北区", "该中心", "中心"])
NOW = None
NOW_ALTS = [P("记者走访发现", REF, REF), OCT]
MARKET_NOTE = ("prices quoted on the reporter's visit to the 西宁 wholesale market (subject "
               "the market; the city as alt); the paragraph states no period and the visit "
               "is after the October data (the response to the rise in vegetable prices), "
               "so the document's 10月份 does not obviously govern: null, with the instant "
               "at the reference date (the present tense 供应充足、价格平稳) and October 2021 "
               "in period_alts (judgement call)")
g.fact("“黄瓜10元/公斤", "10元/公斤", value=10, unit="CNY", kind="amount",
       metric="黄瓜价格",
       metric_alts=["黄瓜", "黄瓜每公斤价格", "黄瓜批发价格", "黄瓜单价", "黄瓜价格（元/公斤）"],
       **MARKET, period=NOW, period_alts=NOW_ALTS,
       note="price per kg: base unit CNY, the rate 'per kg' in the metric (as 万元/人 → CNY "
            "with 人均 in the metric in sr_nbs_industrial_profits_2021m11); " + MARKET_NOTE)
g.fact("豇豆11元/公斤", "11元/公斤", value=11, unit="CNY", kind="amount",
       metric="豇豆价格",
       metric_alts=["豇豆", "豇豆每公斤价格", "豇豆批发价格", "豇豆单价", "豇豆价格（元/公斤）"],
       **MARKET, period=NOW, period_alts=NOW_ALTS,
       note="as 黄瓜10元/公斤")
g.fact("稳定在1800吨左右", "1800吨", value=1800, unit="t", kind="amount", bound="approx",
       metric="日均进场蔬菜量",
       metric_alts=["进场蔬菜量", "日均进场蔬菜", "蔬菜日均进场量", "日均蔬菜进场量"],
       **MARKET, period=NOW, period_alts=NOW_ALTS,
       note="左右 → approx (outside the span); daily rate (日均) in the metric, base unit t; "
            "已稳定在 = current level → as the prices of the line")

# ---- line 11: no numerals (零售 lexicalized) ---------------------------------------------

# ---- line 12 ---------------------------------------------------------------------------
g.neg("展望今年后两个月", "今年后两个月", PERIOD_NOTE + " (Nov-Dec 2021; the outlook has "
      "no numeral of its own)")

# ---- line 13 ---------------------------------------------------------------------------
g.neg("带来一定压力", "一定", "adjective 一定 'certain, some', not a quantity")

# ---- line 14: no numerals (进一步 lexicalized) ---------------------------------------------

# ---- line 15 ---------------------------------------------------------------------------
g.neg("10月27日召开的国务院常务会议", "10月27日", "date on its own (the State Council "
      "executive meeting), not a fact")

# ---- lines 16-18: no numerals ------------------------------------------------------------

# ---- line 19 ---------------------------------------------------------------------------
g.neg("预计，10月PPI同比涨幅", "10月", PERIOD_NOTE + " (很可能已达到年内最高值: no numeral)")

# ---- line 20: no numerals ------------------------------------------------------------------

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-20 (1,540 "
    "characters with the final newline, a byte copy made by code): the article is shorter "
    "than a usual excerpt, so nothing could be added. Title: the headline as written in "
    "line 1 (原标题：…) and line 2 (电题：…). Date: 2021-11-10, the dateline 新华社北京11月10日电 "
    "(= the source meta's date); 国家统计局10日发布数据 → NBS released the October CPI/PPI "
    "that day, which fits. Place: 中国 (a national story; 全国 → 中国, alts 全国, 我国); the "
    "reporter's visit to 青海省西宁市 (line 10) has its own subject, the market. Periods: "
    "10月份/10月 = 2021-10-01..2021-10-31; 上月 = September 2021 (only the start of the "
    "from/to pair 由上月下降2.5%转为上涨15.9% takes it: SPEC §4); 今年后两个月 = Nov-Dec 2021 "
    "(no fact); 全年 = 2021. Comparisons: price growth with or without 同比 → yoy; 涨幅比上月"
    "扩大 → change, mom. Judgement calls: 降幅比上月收窄2.9个百分点 → change −2.9 pp on the "
    "metric as written (猪肉价格降幅), the decline narrowing (the signed yoy rate rose by 2.9); "
    "工业消费品价格涨幅扩大1.0个百分点 has no basis written → mom as the clauses before it; "
    "the market prices 10元/公斤, 11元/公斤 → CNY with the per-kg rate in the metric; the "
    "market figures (prices, 1800吨左右 a day) get a null period (the visit is after October; "
    "alts: instant at the reference date, October 2021). Negatives: 10月 ×3, 10月份 ×4, "
    "今年后两个月 (periods), 11月10日, 10日, 10月27日 (dates), 一个 ×2 (pronoun), 一定 "
    "(adjective).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "新华社 wire, 新浪财经 repost via Rock-Candy-Tea/RSSHUB-PAGE)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
