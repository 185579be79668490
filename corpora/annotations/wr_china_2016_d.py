"""Gold annotations for wr_china_2016_d (2016年中华人民共和国国务院政府工作报告, the 2016 tasks of
items （六） (pollution control, energy-saving industry, ecology) and （七） (employment,
education, health, social security, culture) of part 三), lines 81-90 of
shared/texts/work_report/wr_china_2016.txt.

The excerpt corpora/wr_china_2016_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 三、2016年重点工作 (heading on source
line 39, outside the excerpt): the last three paragraphs of item （六）加大环境治理力度 (重拳治理
大气雾霾和水污染: 2%, 3%, 380万辆; 节能环保产业; 生态安全屏障), the heading of item （七）切实保障
改善民生 and its paragraphs 为政之道, 就业创业 (765万人, 2100万人次), 教育, 医疗医保医药 (160亿元,
9.6%, 380元 → 420元, 70%, 40元 → 45元), 社会保障 (低保 5% / 8%) and 文化: the plan for 2016.
wr_china_2016 holds lines 1-14, wr_china_2016_b lines 24-33, wr_china_2016_c lines 37-52 (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2016_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2016_d"
SOURCE_ID = "wr_china_2016"
PLACE = "中国"
REF = "2016-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 81, 90                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2016年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2016)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="重拳治理大气雾霾和水污染。", ends="倡导全民健身新时尚。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or benefit standard: subject the document's "
            "place 中国, 中央政府/国务院/中央财政 as alts (as wr_china_2016_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2016-03-05; 今年 = 2016, 去年 = 2015) ---------------------------
# The excerpt lies in part 三、2016年重点工作 (heading on source line 39, outside the excerpt):
# the plan for 2016 → modality target.  A line is a paragraph; a period governs the clauses
# after it in its line only (SPEC §4).
# - Line 1 (source 81: 今年化学需氧量…), line 6 (86: 今年高校毕业生…) and line 8 (88: 今年要实现
#   大病保险全覆盖…) name 今年 (= 2016) before their numbers: it governs the rest of the line
#   (explicit, no null alt).
# - Line 9 (89: 低保) states no period before its numbers: the section frame 2016 (SPEC §4),
#   with the excerpt's own word for the plan year, 今年, as period text (as wr_china_2009_b /
#   wr_china_2010_c), null in period_alts.
# - From/to pairs without a year (由每人每年380元提高到420元, 从人均40元提高到45元): the start
#   value is the standard in force now → actual, the instant at the start of the year of the
#   change (as 由人均600元 in wr_china_2009_b, 从75% in wr_china_2022_c), alts the end of 2015,
#   the reference date, the year 2015, the year 2016 and null; the end value is the standard
#   set for 2016 (target) → the year (今年 of the line), alts from 2016 with an open end, the
#   end instant and null.
# - The share of prefecture-level cities in the tiered-care pilot (在70%左右的地市) is coverage,
#   a share of a stock → the instant 2016-12-31 at the end of the year (stock rule, as 在60％
#   …机构 in wr_china_2010_c), the year and null as alts.
YT = "今年"
Y16 = P(YT, "2016-01-01", "2016-12-31")
Y16_NULL = null(YT)
Y16_END = P(YT, "2016-12-31", "2016-12-31")
PLAN = dict(period=Y16, period_alts=[Y16_NULL])
EXPL = dict(period=Y16)
FROM = dict(period=P(YT, "2016-01-01", "2016-01-01"),
            period_alts=[P(YT, "2015-12-31", "2015-12-31"), P(YT, REF, REF),
                         P(YT, "2015-01-01", "2015-12-31"), Y16, Y16_NULL],
            modality="actual")
TO = dict(period=Y16, period_alts=[P(YT, "2016-01-01", None), Y16_END, Y16_NULL])
PLAN_NOTE = ("task for 2016 → target; no period before it in its line: section frame of part "
             "三、2016年重点工作 (outside the excerpt), period text 今年, null as alt")
EXPL_NOTE = "task for 2016 → target; 今年 (= 2016) earlier in its line governs (explicit)"
FROM_NOTE = ("start value of a from/to pair without a year: the standard in force now → "
             "actual, the instant at the start of the year of the change (as 由人均600元 in "
             "wr_china_2009_b), alts the end of 2015, the reference date, the year 2015, the "
             "year 2016 and null")
TO_NOTE = ("end value of the pair: the standard set for 2016 (提高到 in the plan → target), eq; "
           "今年 of the line → the year, alts from 2016 with an open end, the end instant and "
           "null")

# ==== line 1 (source 81): 重拳治理大气雾霾和水污染 ==================================================
fact("排放量要分别下降2%", "2%", value=-2, unit="%", kind="growth",
     metric="化学需氧量、氨氮排放量",
     metric_alts=["化学需氧量排放量", "氨氮排放量", "化学需氧量排放", "氨氮排放",
                  "化学需氧量和氨氮排放量", "化学需氧量、氨氮排放"],
     comparison="yoy", **EXPL,
     note="分别 with a single value: 2% holds for each pollutant — one quantity mention → one "
          "fact (SPEC §1, as 均提高到90% in wr_china_2009_b), the pollutants in alts; 下降 → "
          "negative; 要 → target; " + EXPL_NOTE + " (今年 opens the line)")
g.neg("2%，二氧化硫", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a quantity (as "
      "wr_china_2013)")
fact("排放量分别下降3%", "3%", value=-3, unit="%", kind="growth",
     metric="二氧化硫、氮氧化物排放量",
     metric_alts=["二氧化硫排放量", "氮氧化物排放量", "二氧化硫排放", "氮氧化物排放",
                  "二氧化硫和氮氧化物排放量", "二氧化硫、氮氧化物排放"],
     comparison="yoy", **EXPL,
     note="分别 with a single value → one fact over both pollutants (as 2% before it); 下降 → "
          "negative; target; " + EXPL_NOTE)
g.neg("细颗粒物（PM2.5）浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity; 浓度继续下降 states no number")
g.neg("车用燃油国五标准", "国五", "emission-standard label 国五 (China V fuel standard), not a "
      "quantity")
fact("淘汰黄标车和老旧车380万辆", "380万辆", value=380e4, unit="count", kind="count",
     classifier="辆", metric="淘汰黄标车和老旧车",
     metric_alts=["黄标车和老旧车", "淘汰黄标车和老旧车数量", "淘汰黄标车", "淘汰老旧车",
                  "黄标车和老旧车淘汰", "淘汰黄标车和老旧车辆"],
     **EXPL,
     note="vehicles to be scrapped in 2016 (a flow; the verb 淘汰 defines the counted set, as "
          "黄标车和老旧车2000多万辆 in wr_china_2018_c); 万辆 → 3.8e6; " + EXPL_NOTE)

# ==== line 2 (source 82): 节能环保产业 ==============================================================
g.neg("环境污染第三方治理", "第三方", "lexicalized 第三方 'third party', not a quantity")
g.neg("我国发展的一大支柱产业", "一大", "一大 'a major (pillar industry)', the article 一 with 大, "
      "not a quantity (as nw_cctv_20120720_xizang_2012)")

# ==== line 3 (source 83): 生态安全屏障 ==============================================================
g.neg("实行新一轮草原", "一轮", "新一轮 'a new round', not a count")
g.neg("每一个社会成员", "一个", "每一个 'every', not a count")

# ==== line 4 (source 84): heading （七） =============================================================
g.neg("（七）切实保障", "（七）", MARKER_NOTE)

# ==== line 5 (source 85): 为政之道 (no facts) ========================================================
g.neg("念之再三", "再三", "idiom 念之再三 'think of it again and again', not a quantity")
g.neg("实事一件也不能少", "一件", "idiom 一件也不能少 'not a single one may be dropped', not a "
      "count")

# ==== line 6 (source 86): 就业创业 ==================================================================
fact("今年高校毕业生将高达765万人", "765万人", value=765e4, unit="count", kind="count",
     classifier="人", metric="高校毕业生",
     metric_alts=["高校毕业生人数", "高校毕业生数量", "普通高校毕业生", "毕业生", "高校毕业生规模"],
     modality="forecast", **EXPL,
     note="judgement call: 将高达 'will reach as many as' → forecast (the size of the 2016 "
          "graduating class, a projection, not a goal of the plan; target is the alternative "
          "reading); 高达 is emphatic, eq; the graduates of the year (a flow); 今年 (= 2016) "
          "right before it (explicit)")
fact("完成2100万人次以上", "2100万人次", value=2100e4, unit="count", kind="count",
     classifier="人次", bound="ge", metric="农民工职业技能提升培训",
     metric_alts=["农民工职业技能提升培训任务", "农民工职业技能培训", "农民工技能培训",
                  "农民工职业技能提升培训人次", "完成农民工职业技能提升培训"],
     **EXPL,
     note="以上 → ge (outside the span); 人次 is a classifier (SPEC §3); training to be "
          "delivered in 2016 (完成…任务 → target); " + EXPL_NOTE)

# ==== line 7 (source 87): 教育 (统一 lexicalized; no facts) ===========================================

# ==== line 8 (source 88): 医疗、医保、医药 =============================================================
AID = ["城乡医疗救助补助资金", "医疗救助补助资金", "城乡医疗救助资金", "医疗救助资金",
       "中央财政城乡医疗救助补助资金", "城乡医疗救助补助"]
gov("城乡医疗救助补助资金160亿元", "160亿元", value=160e8, unit="CNY", kind="amount",
    metric="中央财政城乡医疗救助补助资金", metric_alts=AID, **EXPL,
    note="中央财政安排 → the central budget's 2016 allocation (target); " + EXPL_NOTE + "; "
         + GOV_NOTE)
gov("160亿元，增长9.6%", "9.6%", value=9.6, unit="%", kind="growth",
    metric="中央财政城乡医疗救助补助资金", metric_alts=AID, comparison="yoy", **EXPL,
    note="the allocation's growth against 2015 (yoy); target; " + EXPL_NOTE + "; " + GOV_NOTE)
MED = ["财政补助标准", "城乡居民基本医保财政补助标准", "城乡居民基本医保每人每年财政补助标准",
       "城乡居民医保财政补助标准", "城乡居民基本医保补助标准", "补助标准", "每人每年财政补助标准",
       "城乡居民基本医保人均财政补助标准", "财政补助"]
MED_ALTS = GOV + CN + ["各级财政"]
MED_NOTE = ("每人每年 'per person per year': the rate stays in the metric (SPEC §3); the head "
            "城乡居民基本医保 restored from 整合城乡居民基本医保制度 before it (README §3); public "
            "finance at all levels → 中国, 中央政府/各级财政 as alts (as wr_china_2010_c)")
fact("由每人每年380元", "380元", value=380, unit="CNY", kind="amount",
     metric="城乡居民基本医保财政补助标准", metric_alts=MED, subject_alts=MED_ALTS, **FROM,
     note=FROM_NOTE + "; " + MED_NOTE)
fact("提高到420元", "420元", value=420, unit="CNY", kind="amount",
     metric="城乡居民基本医保财政补助标准", metric_alts=MED, subject_alts=MED_ALTS, **TO,
     note=TO_NOTE + "; " + MED_NOTE)
fact("在70%左右的地市", "70%", value=70, unit="%", kind="share", bound="approx",
     metric="开展分级诊疗试点的地市比例",
     metric_alts=["分级诊疗试点地市比例", "分级诊疗试点覆盖地市比例", "分级诊疗试点覆盖面",
                  "分级诊疗试点覆盖率", "开展分级诊疗试点的地市占比", "分级诊疗试点"],
     period=Y16_END, period_alts=[Y16, Y16_NULL],
     note="左右 → approx (outside the span); the share of prefecture-level cities where the "
          "tiered-care pilot is to run (开展 → target): coverage, a share of a stock → the "
          "instant 2016-12-31 at the end of 今年 (stock rule, as 在60％…机构 in wr_china_2010_c), "
          "the year and null as alts; " + EXPL_NOTE)
PH = ["基本公共卫生服务经费财政补助", "基本公共卫生服务经费补助标准", "人均基本公共卫生服务经费补助标准",
      "基本公共卫生服务经费人均财政补助", "基本公共卫生服务经费", "人均基本公共卫生服务经费",
      "财政补助", "补助标准", "基本公共卫生服务经费人均财政补助标准"]
fact("财政补助从人均40元", "40元", value=40, unit="CNY", kind="amount",
     metric="基本公共卫生服务经费财政补助标准", metric_alts=PH, subject_alts=MED_ALTS, **FROM,
     note=FROM_NOTE + "; 人均 is part of the indicator (the rate stays in the metric)")
fact("提高到45元", "45元", value=45, unit="CNY", kind="amount",
     metric="基本公共卫生服务经费财政补助标准", metric_alts=PH, subject_alts=MED_ALTS, **TO,
     note=TO_NOTE)
TWO = ("policy norm 一对夫妇可生育两个孩子 ('a couple may have two children', the universal "
       "two-child policy): {} is part of the norm's wording, not a quantity claim (as the "
       "slogan 一对夫妇只生一个孩子 in wr_china_1982, 两孩 in wr_china_2018_c)")
g.neg("完善一对夫妇", "一对", TWO.format("一对"))
g.neg("可生育两个孩子", "两个", TWO.format("两个"))
g.neg("的每一道防线", "一道", "每一道 'every (line of defence)', not a count")

# ==== line 9 (source 89): 社会保障 ==================================================================
DIB = ("分别: 城市低保人均补助标准 ↔ 5%, 农村低保人均补助标准 ↔ 8% (城乡 split, 低保人均补助标准 "
       "shared, as 城乡低保标准分别提高9.97%和14.1% in wr_china_2015); 提高 X% of a benefit level "
       "→ growth, yoy; shared unit written with each value; " + PLAN_NOTE + "; " + GOV_NOTE)
gov("分别提高5%", "5%", value=5, unit="%", kind="growth", metric="城市低保人均补助标准",
    metric_alts=["城市低保补助标准", "城市居民最低生活保障人均补助标准", "城市低保标准",
                 "城镇低保人均补助标准", "低保人均补助标准", "城乡低保人均补助标准"],
    comparison="yoy", **PLAN, note=DIB)
gov("5%和8%", "8%", value=8, unit="%", kind="growth", metric="农村低保人均补助标准",
    metric_alts=["农村低保补助标准", "农村居民最低生活保障人均补助标准", "农村低保标准",
                 "低保人均补助标准", "城乡低保人均补助标准"],
    comparison="yoy", **PLAN, note=DIB)

# ==== line 10 (source 90): 文化 (no numeral; 户户通 and 冬奥会 carry none) =============================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2016年重点工作 (heading on source line 39, outside the excerpt) — the "
    "last three paragraphs of item （六） (pollution: 化学需氧量/氨氮 2%, 二氧化硫/氮氧化物 3%, "
    "380万辆; 节能环保产业; 生态安全屏障), the heading of item （七） and its paragraphs 为政之道, "
    "就业创业 (765万人, 2100万人次), 教育, 医疗医保医药 (160亿元, 9.6%, 380元→420元, 70%, "
    "40元→45元), 社会保障 (低保 5%/8%), 文化: the plan for 2016. wr_china_2016 (lines 1-14), "
    "wr_china_2016_b (24-33), wr_china_2016_c (37-52) do not overlap it. The source has no "
    "title line; the title is the corpus meta title (title_in_text=False). Date: 2016-03-05, "
    "the shared meta date: the opening day of the 4th session of the 12th NPC, on which the "
    "Premier delivered the report (no dateline in the Wikisource text); nothing in the "
    "excerpt contradicts it (今年 = 2016). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); the central budget and benefit standards (160亿元, 9.6%, 低保) add 中央政府/"
    "国务院/中央财政; the health subsidy standards add 各级财政 too. Periods: 今年 opens line 1 "
    "(pollution), precedes the numbers of line 6 (employment) and line 8 (health) → explicit "
    "2016; line 9 (低保) states no period → the section frame 2016 (period text 今年, null as "
    "alt). From/to pairs (380元→420元, 40元→45元): start value actual at 2016-01-01 (alts "
    "2015-12-31, reference date, 2015, 2016, null); end value the year 2016 (alts open end, "
    "end instant, null), target. 70%左右的地市 → coverage, instant 2016-12-31 (year, null as "
    "alts). Modality: target for the 2016 figures (要下降, 淘汰, 完成, 安排, 提高到, 开展, "
    "提高); forecast for 高校毕业生将高达765万人; actual for the two start values. "
    "Comparisons: yoy for growth (2%, 3%, 9.6%, 5%, 8%). Bounds: 以上 → ge (2100万人次); "
    "左右 → approx (70%); 高达 → eq. Units: 万辆 / 万人 / 万人次 counts; 亿元 1e8. Judgement "
    "calls: 化学需氧量、氨氮…分别下降2% and 二氧化硫、氮氧化物…分别下降3% → one fact each over "
    "both pollutants (one mention, one value); 765万人 → forecast; 70% → stock instant; "
    "一对夫妇可生育两个孩子 → norm wording, negatives 一对 / 两个; 念之再三, 一件也不能少 → idiom "
    "negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 ×2 (统一城乡义务教育, 统一权威). No numerals: 今年 (period "
    "word), 户户通, 多渠道, 多种形式, 冬奥会.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
