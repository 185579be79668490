"""Gold annotations for nw_cctv_20211109_provinces_2021q3 (held-out: corpora/heldout/).

央视网消息（新闻联播）, 2021-11-09: 前三季度各地经济保持恢复增长 发展韧性持续显现.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20211109_provinces_2021q3.txt (627 characters: the article is
far shorter than the 2,000-character minimum, so all of it is taken), copied by code from
the source bytes, never retyped.  Facts and negatives are written by hand from the text;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20211109_provinces_2021q3.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20211109_provinces_2021q3"
PLACE = "中国"
REF = "2021-11-09"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)


g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True)
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2021-11-09: 前三季度/今年前三季度 = 2021-01-01..2021-09-30,
# 目前 = the reference date)
Q3 = P("前三季度", "2021-01-01", "2021-09-30")
Q3_END = P("前三季度", "2021-09-30", "2021-09-30")
Q3_NULL = P("前三季度", None, None)
NOW = P("目前", REF, REF)
NOW_OPEN = P("目前", None, REF)

CN = dict(subject="中国", subject_alts=["全国"])
CENTRAL = dict(subject="中部地区", subject_alts=["中部", "中部六省", "中部省份"])
WEST = dict(subject="西部地区", subject_alts=["西部", "西部省份"])
SUBJ = {"山东": "山东省", "湖南": "湖南省", "江西": "江西省", "贵州": "贵州省"}


def prov(short):
    return dict(subject=SUBJ[short], subject_alts=[short])


# ---- line 1: title ---------------------------------------------------------------------
g.neg("前三季度各地经济保持恢复增长 发展", "前三季度", PERIOD_NOTE + " (title)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("公布了今年前三季度", "今年前三季度", PERIOD_NOTE)
g.neg("“十四五”开局之年", "十四五", "plan name 十四五 (the 14th Five-Year Plan), not a quantity")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("从经济总量看，前三季度", "前三季度", PERIOD_NOTE)
g.fact("共有15个省份", "15个", value=15, unit="count", kind="count", classifier="个",
       metric="经济总量超过2万亿元的省份",
       metric_alts=["经济总量超过了2万亿元的省份", "经济总量超2万亿元的省份",
                    "经济总量超过两万亿元的省份", "GDP超过2万亿元的省份",
                    "GDP总量超过2万亿元的省份", "经济总量超过2万亿元的省份数量",
                    "前三季度经济总量超过2万亿元的省份", "省份"],
       subject="中国", subject_alts=["全国", "各地"], period=Q3,
       period_alts=[Q3_END, Q3_NULL],
       note="count of provinces meeting a Q1-Q3 criterion → subject 中国 (各地 as alt); the "
            "threshold 超过了2万亿元 defines the counted set → part of the metric (SPEC §2); "
            "前三季度 earlier in the line governs (alts: its end as an instant, null)")
g.neg("超过了2万亿元", "2万亿元",
      "threshold defining the counted set (metric of 15个), not a fact")
g.neg("新进展。前三季度，全国", "前三季度", PERIOD_NOTE)
g.fact("同比增长11.8%", "11.8%", value=11.8, unit="%", kind="growth",
       metric="规模以上工业增加值",
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值",
                    "规模以上工业增加值增速"],
       **CN, period=Q3, comparison="yoy", note="全国 → 中国; 同比 → yoy")
g.fact("比重已超过30%", "30%", value=30, unit="%", kind="share", bound="gt",
       metric="新动能增加值占经济总量的比重",
       metric_alts=["新动能增加值占经济总量比重", "新动能增加值占比", "新动能占经济总量比重",
                    "新动能增加值占GDP比重", "占经济总量的比重", "新动能增加值",
                    "新动能占比"],
       **prov("山东"), period=Q3,
       note="已超过 → gt; share of a flow (value added) in GDP, not a stock → the Q1-Q3 span "
            "governed by the line's 前三季度")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("新兴动能不断积累。前三季度", "前三季度", PERIOD_NOTE)
g.fact("投资同比增长18.7%", "18.7%", value=18.7, unit="%", kind="growth",
       metric="高技术产业投资",
       metric_alts=["全国高技术产业投资", "高技术产业投资增速"],
       **CN, period=Q3, comparison="yoy")
g.fact("产量增长超80%", "80%", value=80, unit="%", kind="growth", bound="gt",
       metric="集成电路产量", metric_alts=["集成电路", "集成电路产量增速"],
       **prov("湖南"), period=Q3, comparison="yoy",
       note="超 → gt, outside the span; growth without basis → yoy")
g.fact("增长超过100%", "100%", value=100, unit="%", kind="growth", bound="gt",
       metric="充电桩和工业机器人产量",
       metric_alts=["充电桩、工业机器人产量", "充电桩产量", "工业机器人产量",
                    "充电桩和工业机器人", "充电桩和工业机器人产量增速"],
       **prov("江西"), period=Q3, comparison="yoy",
       note="one bound (超过100%) stated of two products' output → one mention, one fact; "
            "each product's output as a metric alt")
g.fact("收入同比增长60%", "60%", value=60, unit="%", kind="growth",
       metric="软件业务收入", metric_alts=["软件业务收入增速", "软件业收入", "软件业务"],
       **prov("贵州"), period=Q3, comparison="yoy",
       note="the following 增速继续居全国前列 has no numeral: no rank fact")

# ---- line 5 ----------------------------------------------------------------------------
g.neg("对比前三季度各地", "前三季度", PERIOD_NOTE)
g.fact("全国已有13个省份", "13个", value=13, unit="count", kind="count", classifier="个",
       metric="数字经济规模超1万亿元的省份",
       metric_alts=["数字经济规模超过1万亿元的省份", "数字经济规模超万亿元的省份",
                    "数字经济规模超1万亿的省份", "数字经济规模超一万亿元的省份",
                    "数字经济规模超1万亿元的省份数量", "数字经济规模超过万亿元的省份",
                    "省份"],
       **CN, period=NOW, period_alts=[NOW_OPEN, P("目前", None, None), Q3],
       note="目前…已有 → a stock, instant at the reference date (SPEC §4); the threshold "
            "超1万亿元 defines the counted set → in the metric; alts: null..ref, null, and "
            "the Q1-Q3 span of the line's earlier 前三季度 (replaced by 目前)")
g.neg("规模超1万亿元", "1万亿元",
      "threshold defining the counted set (metric of 13个), not a fact")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("呈现新貌。前三季度", "前三季度", PERIOD_NOTE)
g.fact("生产总值同比增长10.8%", "10.8%", value=10.8, unit="%", kind="growth",
       metric="地区生产总值",
       metric_alts=["生产总值", "GDP", "中部地区生产总值", "地区生产总值增速", "经济"],
       **CENTRAL, period=Q3, comparison="yoy",
       note="中部地区生产总值: subject 中部地区 + 生产总值, or 中部 + 地区生产总值 (both "
            "splits accepted through the alts)")
INC_ALTS = ["人均可支配收入", "居民人均可支配收入名义增长", "居民人均可支配收入名义增速",
            "人均可支配收入名义增速", "名义增速", "居民收入"]
INC_NOTE = ("分别: 中部 ↔ 10.8%, 西部地区 ↔ 10.6% (地区 written once, shared); nominal "
            "growth without basis → yoy (as 名义增长 in nw_sina)")
g.fact("名义增长10.8%", "10.8%", value=10.8, unit="%", kind="growth",
       metric="居民人均可支配收入", metric_alts=INC_ALTS, **CENTRAL, period=Q3,
       comparison="yoy", note=INC_NOTE)
g.fact("10.8%、10.6%", "10.6%", value=10.6, unit="%", kind="growth",
       metric="居民人均可支配收入", metric_alts=INC_ALTS, **WEST, period=Q3,
       comparison="yoy", note=INC_NOTE)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (627 characters "
    "with the final newline, a byte copy made by code): the article is far shorter than the "
    "2,000-character floor of the brief, so nothing could be added. Date: 2021-11-09, the "
    "date of the 新闻联播 broadcast in the corpus index (source repo china-data/xwlb); "
    "nothing contradicts it: 近日…公布了今年前三季度经济运行情况 fits early November 2021 "
    "(provinces released Q1-Q3 data by late October), and “十四五”开局之年 is 2021. Place: a "
    "national round-up of provinces → 中国; national aggregates (全国) → 中国 (alt 全国); each "
    "province's number belongs to the province (official name, short form as alt); 中部地区 / "
    "西部地区 own their regional figures; counts of provinces belong to 中国. Periods: "
    "前三季度 / 今年前三季度 = 2021-01-01..2021-09-30 (each line restates it before its "
    "numbers); 目前 (line 5) = instant 2021-11-09 for the stock 已有13个省份. Thresholds of "
    "counted sets (2万亿元, 1万亿元) are negatives, part of the counts' metrics; "
    "增长超过100% of 充电桩和工业机器人产量 is one mention → one fact.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title="前三季度各地经济保持恢复增长 发展韧性持续显现", notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
