"""Gold annotations for nw_cctv_20160918_heilongjiang_2016 (corpora/heldout/).

央视网消息（新闻联播）, 2016-09-18: 黑龙江：新旧动能加快转换 提质增效活力初显.
The excerpt is the whole source, lines 1-9 of
shared/texts/news/nw_cctv_20160918_heilongjiang_2016.txt (a short 新闻联播 item, far shorter
than a usual excerpt, so all of it is taken), copied by code from the source bytes, never
retyped.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20160918_heilongjiang_2016.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20160918_heilongjiang_2016"
PLACE = "黑龙江省"
REF = "2016-09-18"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "黑龙江：新旧动能加快转换 提质增效活力初显"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="增长9.9%。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "slogan / set label, not a quantity"

# Periods (reference date 2016-09-18, the broadcast date; 今年 = 2016, 去年 = 2015).
H1 = P("今年上半年", "2016-01-01", "2016-06-30")
LAST_YEAR = P("去年", "2015-01-01", "2015-12-31")
NOW = P("目前", REF, REF)
NOW_ALTS = [P("目前", None, REF)]
Y2020 = P("预计到2020年", "2020-01-01", "2020-12-31")
Y2020_ALTS = [P("预计到2020年", "2020-12-31", "2020-12-31"),
              P("预计到2020年", "2016-01-01", "2020-12-31")]
AUG = P("今年8月", "2016-08-01", "2016-08-31")

HLJ = dict(subject="黑龙江省", subject_alts=["黑龙江", "全省", "黑龙江全省"])

# ---- line 1: title (no numerals) ------------------------------------------------------------

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("今年上半年,习近平", "今年上半年", PERIOD_NOTE)
g.fact("习近平总书记两次“把脉”", "两次", value=2, unit="count", kind="count",
       classifier="次", metric="“把脉”黑龙江",
       metric_alts=["把脉黑龙江", "“把脉”", "把脉", "“把脉”次数", "把脉次数", "考察黑龙江",
                    "考察黑龙江次数", "“把脉”黑龙江次数", "把脉黑龙江次数"],
       subject="习近平总书记",
       subject_alts=["习近平", "总书记", "黑龙江省", "黑龙江"],
       period=H1,
       note="a count of events (two 'diagnoses' of the province by the General Secretary in "
            "H1 2016); the one who acts owns the count, the province as an alt. Judgement "
            "call: kept as a count fact (a numeral with a measure word stating how many "
            "times), not a negative")
g.neg("主要因素有‘三偏’", "三偏", LABEL_NOTE + " (‘三偏’: the three weaknesses, then named)")
g.neg("‘新字号’三篇大文章", "三篇", LABEL_NOTE + " (三篇大文章 'three big essays', the "
      "slogan for the three tasks just named)")

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("今年上半年，黑龙江地区生产总值", "今年上半年", PERIOD_NOTE)
g.fact("同比增速为5.7%", "5.7%", value=5.7, unit="%", kind="growth",
       metric="地区生产总值",
       metric_alts=["地区生产总值增速", "GDP", "GDP增速", "生产总值", "经济增速",
                    "地区生产总值同比增速"],
       **HLJ, period=H1, comparison="yoy",
       note="同比 → yoy; 刚刚发布的统计数据 (the H1 2016 release)")

g.neg("走出了一条爬坡曲线", "一条", "indefinite article 一条 ('a' climbing curve), not a count")

# ---- line 4 ---------------------------------------------------------------------------------
g.fact("规模以上企业数量近一半", "一半", value=50, unit="%", kind="share", bound="approx",
       metric="“国字号”“老字号”占规模以上企业数量比重",
       metric_alts=["国字号老字号占规模以上企业数量比重",
                    "“国字号”“老字号”占黑龙江规模以上企业数量",
                    "“国字号”“老字号”占规模以上企业数量",
                    "“国字号”“老字号”企业占规模以上企业数量比重",
                    "“国字号”“老字号”占比", "国字号老字号占比",
                    "“国字号”“老字号”企业占比", "国有企业和老字号企业占比",
                    "占规模以上企业数量比重", "占规模以上企业比重"],
       **HLJ, period=None, period_alts=[P("目前", REF, REF)],
       note="近一半 = approx 50 % (近 → approx, outside the span; 一半 = one half, a fraction "
            "like 八成, SPEC §1); a share of the province's industrial enterprises. No period "
            "in the line (a structural description) and no document period → null; the "
            "present (reference date) as an alt. check_gold.py reads the span 一半 as 1 (its "
            "number parser does not know 半), so it reports a value error here; the value "
            "50 follows SPEC §3 (fractions → %)")

# ---- line 5 ---------------------------------------------------------------------------------
g.fact("已有近500家企业", "500家", value=500, unit="count", kind="count", bound="approx",
       classifier="家", metric="走向国际市场的企业",
       metric_alts=["走向国际市场企业", "走向国际市场的企业数量", "走出去企业", "企业",
                    "走向国际市场的企业数"],
       **HLJ, period=NOW, period_alts=NOW_ALTS,
       note="近 → approx (outside the span); 目前…已有 → a stock at the reference date")
g.neg("预计到2020年，装备", "2020年", PERIOD_NOTE)
EXPORT_ALTS = ["出口规模", "装备制造业出口规模", "装备制造业企业出口", "装备制造业出口",
               "出口"]
g.fact("出口规模将翻一番", "翻一番", value=2, unit="times", kind="ratio",
       metric="装备制造业企业出口规模", metric_alts=EXPORT_ALTS, **HLJ,
       period=Y2020, period_alts=Y2020_ALTS, modality="forecast",
       note="翻一番 'double once' → the 2020 level is 2 times the present one: a multiple, "
            "kind ratio 2 times (SPEC: ratio is a multiple); judgement call: the equivalent "
            "reading growth +100 % is not a second line. The span keeps 翻 (翻N番 is one "
            "lexicalized multiple, 一番 alone does not state it). 预计 → forecast; "
            "到2020年 → the year 2020 (alts its end, and the whole run 2016-2020). "
            "check_gold.py reads 翻一番 as 1 (it does not know 番) and reports a value error")
g.fact("销售收入达到200亿元", "200亿元", value=2e10, unit="CNY", kind="amount",
       metric="销售收入",
       metric_alts=["装备制造业企业出口销售收入", "出口销售收入", "装备制造业企业销售收入",
                    "装备制造业出口销售收入", "装备制造业销售收入", "销售额", "出口销售额"],
       **HLJ, period=Y2020, period_alts=Y2020_ALTS, modality="forecast",
       note="the sales revenue of the equipment makers' exports (the clause continues 装备制造"
            "业企业出口规模…): 200亿元 is far below the province's whole equipment output, so "
            "the export reading; 预计 → forecast; period as for 翻一番")

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("中也是一个大头儿", "一个", "indefinite article in 一个大头儿 'a big chunk', not a count")
g.fact("原油产量3838万吨", "3838万吨", value=3.838e7, unit="t", kind="amount",
       metric="原油产量", metric_alts=["原油"], **HLJ, period=LAST_YEAR,
       note="去年 → 2015 (broadcast year 2016); 万吨 ×1e4")
g.fact("原煤产量6679万吨", "6679万吨", value=6.679e7, unit="t", kind="amount",
       metric="原煤产量", metric_alts=["原煤"], **HLJ, period=LAST_YEAR)
g.fact("原粮产量1264.8亿斤", "1264.8亿斤", value=1264.8e8 * 0.0005, unit="t", kind="amount",
       metric="原粮产量", metric_alts=["原粮", "粮食产量", "粮食总产量"], **HLJ,
       period=LAST_YEAR, note="亿斤 → ×1e8 斤 × 0.0005 t = 63.24 million t (SPEC §3)")

# ---- line 7 ---------------------------------------------------------------------------------
g.neg("“新字号”一直是", "一直", "adverb 一直 'all along', not a quantity")
g.neg("“千户科技型企业", "千户", "part of the plan's name “千户科技型企业三年行动计划” "
      "(the thousand-enterprise programme), a label like 十大战略 in the same position in "
      "other golds. Judgement call: the alternative reading (a target count of 1000 户 "
      "tech enterprises, as a capacity in a project name) is not taken, the text states no "
      "goal outside the name")
g.neg("科技型企业三年行动计划", "三年", "name of a three-year plan (三年行动计划), not a "
      "duration fact (as in other golds)")

# ---- line 8 ---------------------------------------------------------------------------------
g.neg("还要送一程", "一程", "idiom 扶上马还要送一程 'see them off a stretch of the way'")
g.neg("今年8月，黑龙江出台", "今年8月", PERIOD_NOTE)
g.neg("省财政一次性给予", "一次性", "adverb 一次性 'in a lump sum', not a count")
g.fact("每名入选者50万元资助", "50万元", value=5e5, unit="CNY", kind="amount",
       metric="每名入选者资助",
       metric_alts=["资助", "资助金额", "每名入选者资助金额", "入选者资助", "一次性资助",
                    "“龙江科技英才”特殊支持计划资助", "龙江科技英才资助", "人均资助",
                    "省财政资助", "每人资助"],
       subject="黑龙江省财政",
       subject_alts=["省财政", "黑龙江省", "黑龙江", "“龙江科技英才”特殊支持计划",
                     "龙江科技英才特殊支持计划"],
       period=AUG, period_alts=[P("今年8月", None, None), P("今年8月", "2016-08-01", None)],
       note="a per-head grant set by the policy issued in 今年8月 (Aug 2016); the provincial "
            "treasury pays it (省财政), the province and the programme as alts; judgement "
            "call: the grant rule is stated as in force → actual; the month of the policy "
            "as period, open-ended and null readings as alts")

# ---- line 9 ---------------------------------------------------------------------------------
g.neg("今年上半年，黑龙江新旧", "今年上半年", PERIOD_NOTE)
TERT_ALTS = ["第三产业比重", "第三产业增加值占比", "第三产业增加值占GDP比重",
             "第三产业增加值占地区生产总值比重", "第三产业占GDP比重", "服务业占比",
             "第三产业占地区生产总值比重"]
g.neg("向好外，第三产业占比", "第三产业", "sector name 第三产业 (tertiary industry), an "
      "ordinal in a name, not a rank")
g.fact("第三产业占比57.8%", "57.8%", value=57.8, unit="%", kind="share",
       metric="第三产业占比", metric_alts=TERT_ALTS, **HLJ, period=H1)
g.neg("首超全国平均水平", "首", "首超 'for the first time exceeds', a first-of-kind claim, "
      "not a rank")
g.fact("全国平均水平0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change",
       metric="第三产业占比", metric_alts=TERT_ALTS, **HLJ, period=H1,
       comparison="全国平均水平",
       note="a pp difference against the national average (超全国平均水平0.2个百分点), "
            "comparison = the surface basis; the share's metric (README §3)")
g.fact("民间投资占全省60.5%", "60.5%", value=60.5, unit="%", kind="share",
       metric="民间投资占比",
       metric_alts=["民间投资占全省", "民间投资占全省投资比重", "民间投资比重",
                    "民间投资占全省固定资产投资比重", "民间投资占固定资产投资比重",
                    "民间投资占全省投资的比重"],
       **HLJ, period=H1,
       note="the share of private investment in the province's (fixed-asset) investment; "
            "the whole (投资) is elided after 占全省")
g.fact("60.5%，增长9.9%", "9.9%", value=9.9, unit="%", kind="growth",
       metric="民间投资", metric_alts=["民间投资增速", "民间固定资产投资"],
       **HLJ, period=H1, comparison="yoy",
       note="growth of the level of private investment; 增长 without basis → yoy")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-9 ("
    f"{len(text)} characters with the final newline, a byte copy made by code): a short "
    "新闻联播 item, so all of it is taken. Title: the headline of line 1 as written. Date: "
    "2016-09-18, the broadcast date of the source meta and INDEX.tsv (pubtime 2016-09-18 "
    "19:07); the text agrees (刚刚发布的统计数据 for 今年上半年; 今年8月 is past). 今年 = 2016, "
    "去年 = 2015, 今年上半年 = 2016-01-01..06-30, 今年8月 = August 2016, 预计到2020年 = the year "
    "2020 (forecast). Place: 黑龙江省 (a story about one province; 黑龙江 → 黑龙江省). "
    "Subjects: the province owns all economic figures; 习近平总书记 the count of his visits; "
    "黑龙江省财政 the per-head grant. Periods: lines 4 (近一半) states none → null; 目前 → the "
    "reference date (stock). Values check_gold.py cannot read: 一半 (= 50 %) and 翻一番 "
    "(= 2 times): it reports value errors for them, the values follow SPEC. Negatives: "
    "今年上半年 ×3, 2020年, 今年8月 (periods); 三偏, 三篇 (slogans); 千户, 三年 (the plan's "
    "name); 第三产业 (sector name); 一个, 一条 (articles), 一直, 一程, 一次性, 首 (首超).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 新闻联播 item, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
