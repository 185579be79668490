"""Gold annotations for nw_cctv_20240104_xinjiang_2023 (corpora/).

央视网消息（新闻联播）, 2024-01-04: 新疆壮大优势产业 推进经济高质量发展.
The excerpt is the whole source, lines 1-7 of shared/texts/news/<doc_id>.txt (656
characters: a short news item, below the usual excerpt length, so all of it is taken),
copied by code from the source bytes, never retyped.  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240104_xinjiang_2023.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240104_xinjiang_2023"
PLACE = "新疆维吾尔自治区"
REF = "2024-01-04"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 7                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "新疆壮大优势产业 推进经济高质量发展"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="构建具有新疆优势和特色的现代化产业体系。")
N_CHARS = len(g.text)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"

# Periods (reference date 2024-01-04, the broadcast day).  2023年 = the calendar year;
# 2023年前11个月 = 2023-01-01..2023-11-30; 去年同期 (said in January 2024) is the comparison
# basis of a growth, not a period; 目前/现在 → instant at the reference date.
Y2023 = P("2023年", "2023-01-01", "2023-12-31")
J11 = P("2023年前11个月", "2023-01-01", "2023-11-30")
NOW = P("目前", REF, REF)
WINTER = P("进入冬季", None, None)
WINTER_ALTS = [P("进入冬季", REF, REF), P("进入冬季", None, REF), P("进入冬季", "2023-12-01", REF)]

XJ = dict(subject="新疆维吾尔自治区", subject_alts=["新疆"])
SKI = dict(subject="阿勒泰市将军山滑雪场",
           subject_alts=["将军山滑雪场", "阿勒泰市", "阿勒泰将军山滑雪场"])
HORGOS = dict(subject="霍尔果斯口岸", subject_alts=["霍尔果斯", "霍尔果斯市", "这里"])
ALASHANKOU = dict(subject="阿拉山口铁路口岸",
                  subject_alts=["阿拉山口口岸", "阿拉山口", "阿拉山口市"])

# ---- line 1: title, line 2: lead (no numerals) ----------------------------------------

# ---- line 3 ----------------------------------------------------------------------------
g.fact("超过7500多人次", "7500多人次", value=7500, unit="count", kind="count", bound="gt",
       classifier="人次", metric="日接待游客",
       metric_alts=["日接待游客人次", "游客日接待量", "接待游客", "日接待游客量", "游客"],
       **SKI, period=WINTER, period_alts=WINTER_ALTS,
       note="超过…多 → gt (多 inside the span); a daily rate, the day in the metric; "
            "进入冬季 'now that winter has come' is the only time frame: no dates (text "
            "only), the present (reference date) and winter-to-date as alts")
g.fact("增长了300%多", "300%", value=300, unit="%", kind="growth", bound="gt",
       metric="日接待游客",
       metric_alts=["日接待游客人次", "游客日接待量", "接待游客", "日接待游客量", "游客"],
       **SKI, period=WINTER, period_alts=WINTER_ALTS, comparison="yoy",
       note="比去年同期 → yoy (去年同期 is the basis, the same time a year before); 多 after "
            "the unit is a bound word → outside the span, gt")

# ---- line 4 ----------------------------------------------------------------------------
g.fact("冰雪场地188家", "188家", value=188, unit="count", kind="count", classifier="家",
       metric="冰雪场地",
       metric_alts=["各类冰雪场地", "冰雪场地数量", "各类冰雪场地数量"],
       **XJ, period=NOW, period_alts=[P("目前", None, REF)],
       note="目前…共有 → a stock, instant at the reference date (alt null..ref)")

# ---- line 5 ----------------------------------------------------------------------------
g.fact("举办上千项冬季", "上千项", value=1000, unit="count", kind="count", bound="ge",
       classifier="项", metric="冬季文化旅游活动",
       metric_alts=["冬季文化旅游活动数量", "举办冬季文化旅游活动", "文化旅游活动"],
       **XJ, period=P("这个冬天", "2023-12-01", "2024-02-29"),
       period_alts=[P("这个冬天", None, None), P("这个冬天", REF, "2024-02-29"),
                    P("这个冬天", "2023-11-01", "2024-03-31")],
       modality="target",
       note="上千 → ge 1000, the lexicalized prefix stays in the span (as 上万个, README §1); "
            "还将举办 → a plan, target; 这个冬天 = the winter 2023/24 (judgement call: "
            "December-February), other readings as alts")
g.neg("2023年夏秋两季", "2023年", PERIOD_NOTE + " (no number follows in the sentence)")
g.neg("2023年夏秋两季", "两季", "period expression 夏秋两季 'the two seasons summer and "
      "autumn', not a fact")
g.neg("2023年前11个月", "2023年前11个月", PERIOD_NOTE)
g.fact("超过2.5亿人次", "2.5亿人次", value=2.5e8, unit="count", kind="count", bound="gt",
       classifier="人次", metric="接待国内外游客",
       metric_alts=["国内外游客", "接待游客", "游客接待量", "接待国内外游客人次", "游客"],
       **XJ, period=J11, note="超过 → gt")
g.fact("同比增长111.73%", "111.73%", value=111.73, unit="%", kind="growth",
       metric="接待国内外游客",
       metric_alts=["国内外游客", "接待游客", "游客接待量", "接待国内外游客人次", "游客"],
       **XJ, period=J11, comparison="yoy")
g.fact("旅游总收入2856.31亿元", "2856.31亿元", value=2.85631e11, unit="CNY", kind="amount",
       metric="旅游总收入", metric_alts=["旅游收入", "实现旅游总收入"], **XJ, period=J11)
g.fact("同比增长217.57%", "217.57%", value=217.57, unit="%", kind="growth",
       metric="旅游总收入", metric_alts=["旅游收入", "实现旅游总收入"], **XJ, period=J11,
       comparison="yoy")

# ---- line 6 ----------------------------------------------------------------------------
g.fact("每天都有成百上千辆整车出口", "成百上千辆", value=100, unit="count", kind="count",
       bound="ge", classifier="辆", metric="整车出口",
       metric_alts=["出口整车", "整车", "日出口整车", "每天出口整车", "整车日出口量"],
       **HORGOS, period=P("这几天", None, None),
       period_alts=[P("这几天", REF, REF), P("这几天", None, REF), P("每天", None, None)],
       note="judgement call: 成百上千 'hundreds, even thousands' read as a vague count ≥ 100 "
            "(as 上百 → ge in SPEC), the lexicalized numeral whole in the span; a daily rate "
            "(每天) during 这几天 'these days' → no dates, the present as alts")
g.neg("共建“一带一路”国家", "一带一路", "initiative name “一带一路” (Belt and Road), not a "
      "quantity")
g.neg("2023年，从这里出口", "2023年", PERIOD_NOTE)
g.neg("商品车单日最高出口量", "单日", "单日 'a single day': the time unit of the daily "
      "maximum, part of the metric, not a fact")
g.fact("达到1300多辆", "1300多辆", value=1300, unit="count", kind="count", bound="gt",
       classifier="辆", metric="商品车单日最高出口量",
       metric_alts=["单日最高出口量", "商品车单日出口量", "单日出口量", "出口的商品车",
                    "商品车出口量", "单日最高出口商品车"],
       **HORGOS, period=Y2023,
       note="the record day within 2023 (单日最高, a maximum stated as a level) → the period "
            "2023; 多 inside the span → gt; 这里 = 霍尔果斯口岸")
g.neg("口岸，2023年通行的", "2023年", PERIOD_NOTE)
TRAINS = dict(metric="中欧（中亚）班列",
              metric_alts=["中欧(中亚)班列", "中欧班列", "通行的中欧（中亚）班列",
                           "中欧（中亚）班列通行量", "中欧（中亚）班列列数", "中欧、中亚班列"])
g.fact("班列达6600多列", "6600多列", value=6600, unit="count", kind="count", bound="gt",
       classifier="列", **TRAINS, **ALASHANKOU, period=Y2023,
       note="达 is no bound; 多 inside the span → gt")
g.fact("同比增长近7%", "7%", value=7, unit="%", kind="growth", bound="approx", **TRAINS,
       **ALASHANKOU, period=Y2023, comparison="yoy", note="近 → approx, outside the span")
g.fact("依托18个对外开放口岸", "18个", value=18, unit="count", kind="count", classifier="个",
       metric="对外开放口岸", metric_alts=["口岸", "对外开放口岸数量", "开放口岸"],
       **XJ, period=P("现在", REF, REF), period_alts=[P("现在", None, REF), P("现在", None, None)],
       note="现在 → a stock, instant at the reference date")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("新材料等八大产业集群", "八大", "set label 八大产业集群 (the clusters are named), not "
      "a count")
g.neg("加快推进一批重大项目", "一批", "quantifier 一批")

NOTES = (
    f"Excerpt: the whole of shared/texts/news/{DOC_ID}.txt, lines {FIRST}-{LAST} ({N_CHARS} "
    "characters, a byte copy made by code): a short 新闻联播 item, so all of it is taken. "
    "Date: 2024-01-04, the broadcast date given by the source meta (file name of the daily "
    "transcript and the 查看原文 URL tv.cctv.com/2024/01/04/…); the text agrees: its latest "
    "figures are 2023年前11个月 (tourism, published in December) and full-year 2023 port "
    "figures, and it is winter (进入冬季, 这个冬天). The text uses no 今年; 2023年 = the "
    "calendar year; 2023年前11个月 = 2023-01-01..2023-11-30; 去年同期 (January 2024 speaking) "
    "is only the basis of a yoy growth. Place: 新疆维吾尔自治区 (INDEX.tsv); 新疆 → "
    "新疆维吾尔自治区 with 新疆 as alt; the ski resort (阿勒泰市将军山滑雪场), 霍尔果斯口岸 and "
    "阿拉山口铁路口岸 own their numbers. Periods: 目前/现在 → instant at the reference date "
    "(stocks: 188家, 18个); 进入冬季 and 这几天 (daily rates) → text only, the present as "
    "alts; 这个冬天 → 2023-12-01..2024-02-29 (judgement call), other readings as alts. "
    "Judgement calls: 成百上千辆 as a count ≥ 100; 上千项 (还将举办) as a target ≥ 1000; "
    "300%多 with 多 outside the span (a bound word after the unit); 两季, 单日 as negatives.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(facts), "facts,", len(g.lines) - len(facts), "negatives,", N_CHARS, "chars")
