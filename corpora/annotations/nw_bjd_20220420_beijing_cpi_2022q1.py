"""Gold annotations for nw_bjd_20220420_beijing_cpi_2022q1 (corpora/).

北京日报客户端 (新浪财经 repost), 2022-04-20: 北京一季度CPI同比上涨1.4%，为近五年较低水平.
The excerpt is the whole source, lines 1-11 of
shared/texts/news/nw_bjd_20220420_beijing_cpi_2022q1.txt (875 characters: the article is
far shorter than a usual excerpt, so all of it is taken), copied by code from the source
bytes, never retyped.  The headline is not part of the text (line 1 is the byline).  Facts
and negatives are written by hand from the text, sentence by sentence; every offset comes
from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_bjd_20220420_beijing_cpi_2022q1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_bjd_20220420_beijing_cpi_2022q1"
PLACE = "北京市"
REF = "2022-04-20"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 11                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "北京一季度CPI同比上涨1.4%，为近五年较低水平"


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2022-04-20, the day of the press conference, 4月20日 in line 2).
# 一季度 / 1季度 = 2022-01-01..2022-03-31; 1、2月份 + 分别 → January and February 2022 in
# list order; 3月份 / 3月 = March 2022.  The article reports Q1 2022 (line 2: 北京一季度经济
# 运行情况发布), so a paragraph with no period of its own (line 4) takes the document's
# period Q1 2022, with the null reading in period_alts.
Q1 = P("一季度", "2022-01-01", "2022-03-31")
Q1B = P("1季度", "2022-01-01", "2022-03-31")
JAN = P("1、2月份", "2022-01-01", "2022-01-31")
FEB = P("1、2月份", "2022-02-01", "2022-02-28")
JANFEB = P("1、2月份", "2022-01-01", "2022-02-28")
MAR = P("3月份", "2022-03-01", "2022-03-31")
MAR_B = P("3月", "2022-03-01", "2022-03-31")
DOC = dict(period=P("一季度", "2022-01-01", "2022-03-31"),
           period_alts=[P("一季度", None, None)])
DOC_NOTE = ("no period expression before it in its paragraph → the document's period "
            "(北京一季度经济运行情况, line 2: Q1 2022); null reading in period_alts")

BJ = dict(subject="北京市", subject_alts=["北京", "本市", "全市"])
CPI = "居民消费价格"
CPI_ALTS = ["CPI", "居民消费价格指数", "居民消费价格（CPI）", "居民消费价格(CPI)", "CPI涨幅",
            "居民消费价格涨幅", "全市居民消费价格", "本市居民消费价格", "价格"]

# ---- line 1: byline (no numerals) ------------------------------------------------------

# ---- line 2 ----------------------------------------------------------------------------
g.neg("4月20日，北京", "4月20日", "date on its own (the press-conference day), not a fact")
g.neg("北京一季度经济运行情况", "一季度", PERIOD_NOTE)
g.fact("居民消费价格同比上涨1.4%", "1.4%", value=1.4, unit="%", kind="growth", metric=CPI,
       metric_alts=CPI_ALTS, **BJ, period=Q1, comparison="yoy",
       note="全市 → 北京市; 上涨 of a price → growth; 同比 → yoy; 一季度 earlier in the line")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("表示，一季度，本市", "一季度", PERIOD_NOTE)
g.neg("涨幅在近5年中", "近5年", PERIOD_NOTE + " (the frame of a qualitative comparison "
      "处于较低水平; not a duration fact)")
g.neg("来看，1、2月份，", "1、2月份", PERIOD_NOTE)
g.neg("两节、冬奥期间", "两节", "holiday label 两节 (元旦 and 春节), not a count")
MONTH_NOTE = ("分别 with 1、2月份: 1.3% ↔ January, 1.2% ↔ February 2022 (list order); the "
              "combined Jan-Feb span as an alt; CPI (the topic of the paragraph) as metric; "
              "同比 → yoy")
g.fact("同比分别上涨1.3%", "1.3%", value=1.3, unit="%", kind="growth", metric=CPI,
       metric_alts=CPI_ALTS, **BJ, period=JAN, period_alts=[JANFEB], comparison="yoy",
       note=MONTH_NOTE)
g.fact("1.3%和1.2%", "1.2%", value=1.2, unit="%", kind="growth", metric=CPI,
       metric_alts=CPI_ALTS, **BJ, period=FEB, period_alts=[JANFEB], comparison="yoy")
g.neg("1.2%，3月份，", "3月份", PERIOD_NOTE)
g.fact("同比上涨1.8%", "1.8%", value=1.8, unit="%", kind="growth", metric=CPI,
       metric_alts=CPI_ALTS, **BJ, period=MAR, comparison="yoy",
       note="CPI涨幅有所扩大，同比上涨1.8% (written CPI; 居民消费价格 primary as in the rest "
            "of the article); 3月份 → March 2022")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("构成CPI的八大类", "八大类", "set label 八大类 (the eight CPI categories; cf. README "
      "八大, 三大门类), not a count")
CAT_NOTE = ("“六升二降” = of the eight categories, six rose and two fell (year on year): "
            "a statistical result, read as two counts of categories (judgement call; the "
            "bare numeral is the span, no classifier is written, 类 from 八大类); "
            + DOC_NOTE)
g.fact("价格“六升二降”", "六", value=6, unit="count", kind="count", classifier="类",
       metric="价格上涨的类别",
       metric_alts=["价格同比上涨的类别", "价格上涨的商品和服务类别", "价格上涨类别",
                    "上涨类别", "价格上涨的大类", "CPI八大类中价格上涨的类别", "六升",
                    "价格上升的类别", "价格上涨的类别数量"],
       **BJ, **DOC, note=CAT_NOTE)
g.fact("价格“六升二降”", "二", value=2, unit="count", kind="count", classifier="类",
       metric="价格下降的类别",
       metric_alts=["价格同比下降的类别", "价格下降的商品和服务类别", "价格下降类别",
                    "下降类别", "价格下降的大类", "CPI八大类中价格下降的类别", "二降",
                    "价格下降的类别数量"],
       **BJ, **DOC)
g.neg("。“六升”包括", "六升", "label “六升” naming the group whose six members are listed "
      "(the count is annotated at 六升二降), not a new count")
RISE6 = "交通通信、教育文化娱乐、居住、其他用品及服务、衣着和医疗保健类价格"
g.fact("涨幅在0.7%-6.0%之间", "0.7%-6.0%", value=0.7, upper=6.0, unit="%", kind="growth",
       metric=RISE6,
       metric_alts=["“六升”类别价格", "六升类别价格", "价格上涨类别价格", "上涨类别价格",
                    "六类商品和服务价格", "同比涨幅", "涨幅",
                    "交通通信、教育文化娱乐、居住、其他用品及服务、衣着和医疗保健类价格涨幅",
                    "交通通信、教育文化娱乐、居住、其他用品及服务、衣着、医疗保健类价格"],
       **BJ, **DOC, comparison="yoy",
       note="range 0.7%-6.0% → value 0.7, upper 6.0, one fact, span over both ends (as "
            "6%－6.5% in wr_china_2019); one mention shared by the six listed categories → "
            "one fact whose metric lists them; 同比 → yoy; " + DOC_NOTE)
g.neg("；“二降”包括", "二降", "label “二降” naming the group whose two members are listed, "
      "not a new count")
g.fact("同比分别下降0.5%", "0.5%", value=-0.5, unit="%", kind="growth",
       metric="生活用品及服务价格",
       metric_alts=["生活用品及服务", "生活用品及服务类价格", "生活用品及服务价格指数"],
       **BJ, **DOC, comparison="yoy",
       note="分别: 生活用品及服务 ↔ 0.5%, 食品烟酒 ↔ 0.1%; 下降 → negative; " + DOC_NOTE)
g.fact("0.5%和0.1%", "0.1%", value=-0.1, unit="%", kind="growth", metric="食品烟酒价格",
       metric_alts=["食品烟酒", "食品烟酒类价格", "食品烟酒价格指数"],
       **BJ, **DOC, comparison="yoy")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("主要有两个方面", "两个",
      "discourse count of the speaker's points (两个方面, enumerated 一是/二是 below), "
      "like 一方面; not a measured quantity (judgement call)")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("一是食品价格", "一是", "list marker 一是")

# ---- line 7: no numerals (上年同期) ------------------------------------------------------

# ---- line 8 ----------------------------------------------------------------------------
g.neg("上年同期。\n一季度，本市食品", "一季度", PERIOD_NOTE)
FOOD_ALTS = ["食品", "食品类价格", "食品价格指数", "本市食品价格"]
g.fact("比上年同期下降1.6%", "1.6%", value=-1.6, unit="%", kind="growth",
       metric="食品价格", metric_alts=FOOD_ALTS, **BJ, period=Q1, comparison="yoy",
       note="比上年同期 → yoy; 下降 → negative; 一季度 at the head of the line")
g.fact("影响总指数下降约0.24个百分点", "0.24个百分点", value=-0.24, unit="pp",
       kind="change", bound="approx", metric="食品价格影响居民消费价格总指数",
       metric_alts=["影响总指数", "食品价格影响总指数", "影响总指数下降", "食品价格影响总指数下降",
                    "食品价格对总指数的影响", "食品价格对CPI的影响", "食品价格拉动CPI",
                    "食品价格拉动居民消费价格", "居民消费价格总指数", "总指数", "CPI",
                    "居民消费价格", "食品价格对居民消费价格总指数的影响"],
       **BJ, period=Q1, comparison="yoy",
       note="pp contribution of food prices to the CPI change (as 拉动…增长 N 个百分点 in "
            "nw_sina_20220812): kind change; 下降 → negative; 约 → approx (outside the "
            "span); comparison = that of the change it contributes to (比上年同期) → yoy")
g.fact("同比下降43.2%", "43.2%", value=-43.2, unit="%", kind="growth", metric="猪肉价格",
       metric_alts=["猪肉", "猪肉类价格", "猪肉价格指数"], **BJ, period=Q1, comparison="yoy",
       note="同比 → yoy; 下降 → negative; 一季度 still governs")
g.neg("鲜菜价格1-2月低于", "1-2月", PERIOD_NOTE + " (鲜菜价格…低于上年同期水平: no numeral "
      "of its own)")
g.neg("水平，3月受不利天气", "3月", PERIOD_NOTE)
g.fact("价格环比上涨1.6%", "1.6%", value=1.6, unit="%", kind="growth", metric="鲜菜价格",
       metric_alts=["鲜菜", "鲜菜类价格", "鲜菜价格指数", "价格"], **BJ, period=MAR_B,
       comparison="mom",
       note="环比 → mom; 3月 replaces 1-2月 → March 2022; head 鲜菜价格 of the sentence "
            "(价格 restated)")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("二是非食品价格", "二是", "list marker 二是")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("平稳。\n一季度，本市服务类", "一季度", PERIOD_NOTE)
g.fact("服务价格同比上涨1.7%", "1.7%", value=1.7, unit="%", kind="growth",
       metric="服务价格", metric_alts=["服务", "服务类价格", "服务价格指数", "服务项目价格"],
       **BJ, period=Q1, comparison="yoy")
g.fact("分别上涨6.9%", "6.9%", value=6.9, unit="%", kind="growth", metric="在外住宿价格",
       metric_alts=["在外住宿", "在外住宿类价格", "在外住宿价格指数"], **BJ, period=Q1,
       comparison="yoy",
       note="分别: 在外住宿 ↔ 6.9%, 租赁房房租 ↔ 1.4%; 价格 is shared by both heads; growth "
            "without basis (同比 of the previous sentence) → yoy")
g.fact("6.9%和1.4%", "1.4%", value=1.4, unit="%", kind="growth", metric="租赁房房租价格",
       metric_alts=["租赁房房租", "房租价格", "租赁房房租价格指数", "房租"], **BJ, period=Q1,
       comparison="yoy")
g.neg("工业消费品价格1季度", "1季度", PERIOD_NOTE)
g.fact("1季度同比上涨2.2%", "2.2%", value=2.2, unit="%", kind="growth",
       metric="工业消费品价格",
       metric_alts=["工业消费品", "工业消费品类价格", "工业消费品价格指数"], **BJ, period=Q1B,
       comparison="yoy", note="1季度 just before it → Q1 2022; 同比 → yoy")
HOOD = "炉具灶具、热水器和抽油烟机价格"
g.fact("涨幅在4.1%-5.6%之间", "4.1%-5.6%", value=4.1, upper=5.6, unit="%", kind="growth",
       metric=HOOD,
       metric_alts=["炉具灶具、热水器和抽油烟机价格涨幅", "炉具灶具、热水器、抽油烟机价格",
                    "炉具灶具、热水器和抽油烟机", "价格涨幅", "涨幅"],
       **BJ, period=Q1B, comparison="yoy",
       note="range → value 4.1, upper 5.6, one fact shared by the three named goods (metric "
            "lists them); 其中 = part of 工业消费品; 同比 carried → yoy; 1季度 still governs")

# ---- line 11 ---------------------------------------------------------------------------
g.neg("预计上半年CPI", "上半年", PERIOD_NOTE + " (a forecast with no numeral: 温和上涨)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-11 (875 characters "
    "with the final newline, a byte copy made by code): the article is far shorter than a "
    "usual excerpt, so nothing could be added. The headline (北京一季度CPI同比上涨1.4%，为近五年"
    "较低水平) is not in the text (line 1 is the byline), so it is given as the title "
    "without being annotated. Date: 2022-04-20, the feed date of the source meta, which is "
    "also the press-conference day written in line 2 (4月20日); Q1 data are released then. "
    "Place: 北京市 (a story about one city; 本市/全市/北京 → 北京市, alts 北京, 本市, 全市). "
    "Periods: 一季度/1季度 = 2022-01-01..2022-03-31; 1、2月份 with 分别 → January and "
    "February 2022 in list order (Jan-Feb as an alt); 3月份/3月 = March 2022; line 4 "
    "(八大类…“六升二降”) states no period of its own and takes the document's period Q1 2022 "
    "(line 2: 北京一季度经济运行情况), null as an alt. Judgement calls: “六升二降” → two counts "
    "of CPI categories (6 up, 2 down; spans 六 and 二, classifier 类 implied by 八大类); the "
    "later “六升”/“二降” are group labels whose members are listed → negatives; 两个方面 "
    "(the speaker's two points) → negative; the ranges 0.7%-6.0% and 4.1%-5.6% → one fact "
    "each with upper, metric listing the goods; 影响总指数下降约0.24个百分点 → change -0.24 "
    "pp, approx, yoy. Negatives: 4月20日 (date), 一季度 ×4, 1季度, 1、2月份, 3月份, 1-2月, "
    "3月, 近5年, 上半年 (periods), 两节 (holiday label), 八大类 (set label), 六升/二降 "
    "(labels), 两个 (discourse count), 一是/二是 (list markers).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "北京日报客户端, 新浪财经 repost via Rock-Candy-Tea/RSSHUB-PAGE)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
