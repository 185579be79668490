"""Gold annotations for wr_china_2015_d (2015年中华人民共和国国务院政府工作报告, the 2015 tasks of
part 五: social security and incomes, education, health, culture, social governance, energy
saving and the environment, energy, ecology; and the heading of part 六), lines 83-91 of
shared/texts/work_report/wr_china_2015.txt.

The excerpt corpora/wr_china_2015_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 五、持续推进民生改善和社会建设 (heading
on source line 80, outside the excerpt): the paragraphs 加强社会保障和增加居民收入 (养老金 10%,
基础养老金 55元 → 70元), 促进教育公平发展和质量提升, 加快健全基本医疗卫生制度 (医保补助 320元 →
380元, 100个 cities, 公共卫生 35元 → 40元, 几亿农民), 文化, 社会治理, 节能减排和环境治理 (3.1%,
2%, 3% / 5%, 零增长), 能源, 生态 (退耕还林还草 66.7万公顷, 造林 600万公顷), and the heading
六、切实加强政府自身建设: the plan for 2015.  The review of 2014 (lines 4-20) is wr_china_2015,
part 二 (lines 30-44) wr_china_2015_b, part 四 (lines 64-74) wr_china_2015_c: no overlap.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2015_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2015_d"
SOURCE_ID = "wr_china_2015"
PLACE = "中国"
REF = "2015-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 83, 91                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2015年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2015)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加强社会保障和增加居民收入。", ends="六、切实加强政府自身建设")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
ADVERB_NOTE = "adverb 一定 'must, certainly', not a quantity (as wr_china_2015_b)"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("a benefit standard set by the central government: subject the document's place "
            "中国, 中央政府/国务院/中央财政 as alts (as wr_china_2015_b / wr_china_2015_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2015-03-05; 今年 = 2015, 去年 = 2014) ---------------------------
# The excerpt lies in part 五 of the plan for 2015 (heading on source line 80, no year; the
# plan year is set by 二、2015年工作总体部署) → modality target.  A line is a paragraph; a period
# governs the clauses after it in its line only (SPEC §4).
# - Lines 1 (source 83: pensions) and 3 (85: health) state no period before their numbers:
#   the section frame 2015-01-01..2015-12-31 (SPEC §4), with the excerpt's own word for the
#   plan year, 今年 (lines 6 and 8), as period text (as wr_china_2009_b / wr_china_2010_c),
#   null in period_alts.
# - Line 6 (88: 今年，二氧化碳排放强度…) and line 8 (90: 今年新增退耕还林还草…) name 今年 before
#   their numbers: explicit, no null alt.  2005年底前 (line 6) dates the vehicles to be scrapped
#   (a threshold defining the set), not a period of a value.
# - From/to pairs without a year (由55元提高到70元, 由每人每年320元提高到380元, 由35元提高到40元):
#   the start value is the standard in force now → actual, the instant at the start of the
#   year of the change (as 由人均600元 in wr_china_2009_b, 从75% in wr_china_2022_c), alts the
#   end of 2014, the reference date, the year 2014, the year 2015 and null; the end value is
#   the standard set for 2015 (target) → the year, alts from 2015 with an open end, the end
#   instant and null.
YT = "今年"
Y15 = P(YT, "2015-01-01", "2015-12-31")
Y15_NULL = null(YT)
Y15_END = P(YT, "2015-12-31", "2015-12-31")
PLAN = dict(period=Y15, period_alts=[Y15_NULL])
PLAN_LEVEL = dict(period=Y15, period_alts=[Y15_NULL, Y15_END])
EXPL = dict(period=Y15)
FROM = dict(period=P(YT, "2015-01-01", "2015-01-01"),
            period_alts=[P(YT, "2014-12-31", "2014-12-31"), P(YT, REF, REF),
                         P(YT, "2014-01-01", "2014-12-31"), Y15, Y15_NULL],
            modality="actual")
TO = dict(period=Y15, period_alts=[P(YT, "2015-01-01", None), Y15_END, Y15_NULL])
PLAN_NOTE = ("task for 2015 → target; no period before it in its line: section frame of the "
             "plan for 2015 (part 五, heading outside the excerpt), period text 今年, null as alt")
EXPL_NOTE = "task for 2015 → target; 今年 (= 2015) earlier in its line governs (explicit)"
FROM_NOTE = ("start value of a from/to pair without a year: the standard in force now → "
             "actual, the instant at the start of the year of the change (as 由人均600元 in "
             "wr_china_2009_b), alts the end of 2014, the reference date, the year 2014, the "
             "year 2015 and null")
TO_NOTE = ("end value of the pair: the standard set for 2015 (提高到 in the plan → target), eq; "
           "the frame 2015 (no period in the line), alts from 2015 with an open end, the end "
           "instant and null")

# ==== line 1 (source 83): 加强社会保障和增加居民收入 ================================================
PEN = ["企业退休人员基本养老金", "基本养老金标准", "基本养老金", "企业退休人员养老金",
       "养老金", "企业退休人员基本养老金水平"]
gov("养老金标准提高10%", "10%", value=10, unit="%", kind="growth",
    metric="企业退休人员基本养老金标准", metric_alts=PEN, comparison="yoy", **PLAN,
    note="提高 X% of a benefit level → growth against the year before (yoy, as 今年再提高10% "
         "in wr_china_2010_c); " + PLAN_NOTE + "; " + GOV_NOTE)
BASIC = ["基础养老金标准", "城乡居民基础养老金", "城乡居民基本养老保险基础养老金标准",
         "城乡居民基础养老金最低标准", "基础养老金最低标准", "基础养老金"]
gov("统一由55元", "55元", value=55, unit="CNY", kind="amount",
    metric="城乡居民基础养老金标准", metric_alts=BASIC, **FROM,
    note=FROM_NOTE + "; 统一 'uniformly' (lexicalized) applies the new standard nationwide; "
         + GOV_NOTE)
gov("提高到70元", "70元", value=70, unit="CNY", kind="amount",
    metric="城乡居民基础养老金标准", metric_alts=BASIC, **TO, note=TO_NOTE + "; " + GOV_NOTE)
g.neg("各级政府一定要落实到位", "一定", ADVERB_NOTE)

# ==== line 2 (source 84): 教育 ======================================================================
g.neg("花好每一分钱", "一分钱", "idiom 每一分钱 'every cent', not a quantity")

# ==== line 3 (source 85): 医疗卫生 ==================================================================
MED = ["财政补助标准", "城乡居民基本医保每人每年财政补助标准", "城乡居民基本医疗保险财政补助标准",
       "城乡居民医保财政补助标准", "城乡居民基本医保补助标准", "补助标准", "每人每年财政补助标准",
       "城乡居民基本医保人均财政补助标准"]
MED_ALTS = GOV + CN + ["各级财政"]
MED_NOTE = ("每人每年 'per person per year': the rate stays in the metric (SPEC §3); public "
            "finance at all levels → 中国, 中央政府/各级财政 as alts (as wr_china_2010_c)")
fact("由每人每年320元", "320元", value=320, unit="CNY", kind="amount",
     metric="城乡居民基本医保财政补助标准", metric_alts=MED, subject_alts=MED_ALTS, **FROM,
     note=FROM_NOTE + "; " + MED_NOTE)
fact("提高到380元", "380元", value=380, unit="CNY", kind="amount",
     metric="城乡居民基本医保财政补助标准", metric_alts=MED, subject_alts=MED_ALTS, **TO,
     note=TO_NOTE + "; " + MED_NOTE)
fact("在100个地级以上城市", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="公立医院改革试点城市",
     metric_alts=["地级以上城市", "公立医院改革试点地级以上城市", "进行公立医院改革试点的城市",
                  "开展公立医院改革试点的地级以上城市", "公立医院改革试点城市数量", "试点城市",
                  "地级以上城市公立医院改革试点"],
     **PLAN_LEVEL,
     note="the cities where the public-hospital reform is to be piloted in 2015 (target); 地级"
          "以上 is the level threshold of the counted set (no numeral, part of the metric, "
          "SPEC §2); the pilot runs during the year → the year, the end instant (the stock "
          "reading of the pilot's coverage) and null as alts; " + PLAN_NOTE)
PH = ["基本公共卫生服务经费补助标准", "基本公共卫生服务经费人均补助标准", "人均基本公共卫生服务经费",
      "基本公共卫生服务经费", "补助标准", "基本公共卫生服务补助标准", "人均基本公共卫生服务补助标准"]
fact("补助标准由35元", "35元", value=35, unit="CNY", kind="amount",
     metric="人均基本公共卫生服务经费补助标准", metric_alts=PH, subject_alts=MED_ALTS, **FROM,
     note=FROM_NOTE + "; 人均 is part of the indicator (the rate stays in the metric)")
fact("提高到40元", "40元", value=40, unit="CNY", kind="amount",
     metric="人均基本公共卫生服务经费补助标准", metric_alts=PH, subject_alts=MED_ALTS, **TO,
     note=TO_NOTE)
fact("方便几亿农民", "几亿", value=1e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="农民",
     metric_alts=["就地就近看病就医的农民", "受益农民", "农民人数", "农村居民", "农民数量",
                  "方便就医的农民"],
     period=Y15, period_alts=[Y15_NULL, P(YT, REF, REF)],
     note="judgement call: 几亿 → 1e8 gt (SPEC §2: 数十 → 10 gt; as 数亿人 in wr_china_2022); "
          "no measure word: 人 implied (counted noun 农民); the farmers the 2015 measure (the "
          "increment paid to village doctors) is to serve → target (as 最后20多万无电人口 in "
          "wr_china_2015_c), the frame year, null and the reference date (the present stock "
          "of farmers, actual) as alts; a rhetoric negative is the other reading; "
          + PLAN_NOTE)

# ==== line 4 (source 86): 文化 =======================================================================
g.neg("做好2022年冬奥会", "2022年", "year inside the event name 2022年冬奥会 (the 2022 Winter "
      "Olympics bid), not a period of a value nor a quantity")

# ==== line 5 (source 87): 社会治理 (no numeral; 立体化, 全方位 carry none) ============================

# ==== line 6 (source 88): 节能减排和环境治理 ==========================================================
g.neg("今年，二氧化碳排放", "二氧化碳", "chemical name 二氧化碳 (carbon dioxide), not a quantity "
      "(as wr_china_2021)")
fact("排放强度要降低3.1%以上", "3.1%", value=-3.1, unit="%", kind="growth", bound="ge",
     metric="二氧化碳排放强度",
     metric_alts=["单位国内生产总值二氧化碳排放", "单位GDP二氧化碳排放", "碳排放强度",
                  "二氧化碳排放强度降低", "单位国内生产总值二氧化碳排放量"],
     comparison="yoy", **EXPL,
     note="降低 → negative; 以上 → ge on the size of the fall (as 能耗强度下降3.1%以上 in "
          "wr_china_2015_b); " + EXPL_NOTE + " (今年 opens the environmental targets)")
fact("排放都要减少2%左右", "2%", value=-2, unit="%", kind="growth", bound="approx",
     metric="化学需氧量、氨氮排放",
     metric_alts=["化学需氧量排放", "氨氮排放", "化学需氧量和氨氮排放", "化学需氧量排放量",
                  "氨氮排放量", "化学需氧量、氨氮排放量"],
     comparison="yoy", **EXPL,
     note="都 → one value for both pollutants: one quantity mention → one fact (SPEC §1, as "
          "均提高到90% in wr_china_2009_b), the pollutants in alts; 减少 → negative; 左右 → "
          "approx (outside the span); " + EXPL_NOTE)
g.neg("二氧化硫、氮氧化物", "二氧化硫", "chemical name 二氧化硫 (sulphur dioxide), not a quantity "
      "(as wr_china_2013)")
SOX = "分别: 二氧化硫排放 ↔ 3%, 氮氧化物排放 ↔ 5%; 减少 → negative; 左右 → approx (each value "
fact("分别减少3%左右", "3%", value=-3, unit="%", kind="growth", bound="approx",
     metric="二氧化硫排放", metric_alts=["二氧化硫排放量", "二氧化硫", "SO2排放"],
     comparison="yoy", **EXPL, note=SOX + "has its own unit and bound word); " + EXPL_NOTE)
fact("3%左右和5%左右", "5%", value=-5, unit="%", kind="growth", bound="approx",
     metric="氮氧化物排放", metric_alts=["氮氧化物排放量", "氮氧化物"],
     comparison="yoy", **EXPL, note=SOX + "has its own unit and bound word); " + EXPL_NOTE)
fact("煤炭消费零增长", "零", value=0, unit="%", kind="growth",
     metric="重点区域煤炭消费",
     metric_alts=["煤炭消费", "煤炭消费量", "重点区域煤炭消费量", "重点区域煤炭消费增长",
                  "煤炭消费增长"],
     subject_alts=CN + ["重点区域"], comparison="yoy", **EXPL,
     note="judgement call: 零增长 'zero growth' → growth 0 %, the numeral 零 as the span (as "
          "wr_china_2011_b / wr_china_2018_c); the coal consumption of the key regions, the "
          "country keeps the subject (regions as alt); 促进 → target; " + EXPL_NOTE)
g.neg("全面供应国五标准", "国五", "emission-standard label 国五 (China V fuel standard), not a "
      "quantity")
g.neg("2005年底前注册营运", "2005年底", "date defining the vehicles to be scrapped (registered "
      "before the end of 2005: a threshold of the set, SPEC §2), not a period of a value; "
      "全部淘汰 states no number")
g.neg("环境污染第三方治理", "第三方", "lexicalized 第三方 'third party', not a quantity")
g.neg("我们一定要严格环境执法", "一定", ADVERB_NOTE)

# ==== line 7 (source 89): 能源 (no numeral) ===========================================================

# ==== line 8 (source 90): 生态 =======================================================================
g.neg("保护好三江源", "三江源", "place name 三江源 (the source region of three rivers), not a "
      "quantity")
fact("新增退耕还林还草66.7万公顷", "66.7万公顷", value=66.7e4 * 1e4, unit="m2", kind="amount",
     metric="退耕还林还草",
     metric_alts=["新增退耕还林还草", "退耕还林还草面积", "退耕还林还草增量", "退耕还林还草面积增量",
                  "新增退耕还林还草面积", "退耕还林还草规模"],
     **EXPL,
     note="新增 N of land returned to forest and grassland in 2015: the noun kept, the 增量 "
          "reading as alts (README §3); 万公顷 → 66.7e4 × 1e4 m2 = 6.67e9 m2 (SPEC §3 公顷); "
          + EXPL_NOTE)
fact("造林600万公顷", "600万公顷", value=600e4 * 1e4, unit="m2", kind="amount",
     metric="造林",
     metric_alts=["造林面积", "植树造林", "植树造林面积", "造林绿化面积", "完成造林", "新增造林"],
     **EXPL,
     note="afforestation of 2015 (a work area of the year): 600万公顷 = 6e10 m2; " + EXPL_NOTE)
g.neg("一定要实现蓝天常在", "一定", ADVERB_NOTE)

# ==== line 9 (source 91): heading of part 六 ==========================================================
g.neg("六、切实加强", "六、", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 五、持续推进民生改善和社会建设 (heading on source line 80, outside the "
    "excerpt) — 社会保障和居民收入, 教育, 医疗卫生, 文化, 社会治理, 节能减排和环境治理, 能源, 生态 "
    "— and the heading 六、切实加强政府自身建设: the plan for 2015. The review of 2014 is "
    "wr_china_2015 (lines 4-20), part 二 wr_china_2015_b (lines 30-44), part 四 "
    "wr_china_2015_c (lines 64-74); no overlap. The source has no title line; the title is "
    "the corpus meta title (title_in_text=False). Date: 2015-03-05, the shared meta date: the "
    "opening day of the 3rd session of the 12th NPC, on which Premier Li Keqiang delivered "
    "the report (the Wikisource text has no dateline); nothing in the excerpt contradicts it "
    "(今年 = 2015; 2022年冬奥会申办 still to be done). Place: national report → 中国 (alts 我国/"
    "全国/中华人民共和国); benefit standards add 中央政府/国务院/中央财政 (各级财政 for the health "
    "subsidies); 重点区域 is an alt of 零增长. Periods: lines 1 and 3 (pensions, health) state "
    "no period → the section frame 2015 (period text 今年, the excerpt's word for the plan "
    "year; null as alt); 今年 opens the environmental targets of line 6 and precedes the "
    "ecology figures of line 8 (explicit). From/to pairs (55元→70元, 320元→380元, 35元→40元): "
    "the start value is the standard in force now → actual, the instant 2015-01-01 (alts "
    "2014-12-31, the reference date, 2014, 2015, null); the end value → the year 2015 (alts "
    "open end, end instant, null), target. 100个 pilot cities → the year (end instant and null "
    "as alts). Modality: target for every 2015 figure (提高, 提高到, 进行, 要降低, 要减少, 促进, "
    "新增); actual for the three start values. Comparisons: yoy for the growth facts "
    "(养老金 10%, 二氧化碳排放强度, 化学需氧量/氨氮, 二氧化硫, 氮氧化物, 零增长). Bounds: 以上 → ge "
    "(3.1%, on the size of the fall); 左右 → approx (2%, 3%, 5%); 几亿 → gt. Units: 元 CNY; "
    "万公顷 → 1e4 × 1e4 m2; 几亿 (人 implied) → count. Judgement calls: 化学需氧量、氨氮排放都要"
    "减少2%左右 → one fact over both pollutants (one mention); 零增长 → growth 0 % (span 零, as "
    "wr_china_2011_b); 几亿农民 → a count fact 1e8 gt, target (the people the measure is to "
    "serve; actual or a rhetoric negative are the alternatives); 100个地级以上城市 → a count of "
    "pilot cities (the year); from/to start values actual; 2005年底 → negative (threshold "
    "date of the scrapped vehicles). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 (统一由55元), 单位 (事业单位), 一流 ×2. No "
    "numerals: 今年 (period word), 多点执业, 全方位, 全过程.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
