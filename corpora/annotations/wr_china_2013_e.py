"""Gold annotations for wr_china_2013_e (held out: corpora/heldout/; 2013年中华人民共和国国务院政府
工作报告, the proposals for 2013 on agriculture, urbanisation and people's livelihood), lines
50-62 of shared/texts/work_report/wr_china_2013.txt.

The excerpt corpora/heldout/wr_china_2013_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut).  It lies in
part 三、对今年政府工作的建议 (heading on source line 41, outside the excerpt): the two
paragraphs of proposal （二）强化农业农村发展基础 (heading on source line 49, outside: 农业农村,
18亿亩耕地红线; 城镇化), then proposal （三）以保障和改善民生为重点 from its heading: the lesson of
2003, 就业, 社会保障 (养老金 +10%), 医药卫生 (20种 diseases, 240元 → 280元, 25元 → 30元), 人口政策,
社会管理, 房地产和保障性安居工程 (470万套, 630万套), the transition to education and science,
教育 (财政性教育经费 over 2万亿元) and 科技体制改革: the plan for 2013.  Other excerpts of this
report: wr_china_2013 (6-10), wr_china_2013_b (11-17), wr_china_2013_d (18-31), wr_china_2013_c
(33-44); no overlap.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2013_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2013_e"
SOURCE_ID = "wr_china_2013"
PLACE = "中国"
REF = "2013-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 50, 62                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2013年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2013)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="近些年是我国农业发展最快",
                 ends="激发全社会的创新活力。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("a national standard or benefit set by the central government: subject the "
            "document's place 中国, 中央政府/国务院/中央财政 as alts (as wr_china_2013_c / "
            "wr_china_2016_d)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2013-03-05; 今年 = 2013, 去年 = 2012) ---------------------------
# The excerpt lies in part 三、对今年政府工作的建议 (heading on source line 41, outside the excerpt):
# the proposals for 2013 → modality target, except what is said of the present or the past.
# A line is a paragraph; a period governs the clauses after it in its line only (SPEC §4).
#   - Lines 6 (source 55: 今年企业退休人员…), 7 (56: 今年新农合…, after 20种) and 10 (59: 今年城镇
#     保障性住房…) name 今年 (= 2013) before their numbers: explicit.
#   - 20种 (line 7) stands before the line's 今年 → the section frame 2013, period text 今年
#     (the excerpt's own word for the plan year; the heading is outside, as wr_china_2013_c),
#     null in period_alts.
#   - 18亿亩 (line 1): 当前 opens the sentence that describes the present stage (当前，农业农村
#     发展进入一个新阶段…); the principles that follow (必须坚持…, 底线是严守18亿亩耕地红线) are the
#     plan's standing rules → the frame 2013 is gold (judgement call), the literal 当前 instant
#     (the reference date), the end instant and null as alts.
#   - From/to pairs without a year (由每人每年240元提高到280元, 由25元提高到30元): the start value
#     is the standard in force now → actual, the instant at the start of the year of the change
#     (as wr_china_2016_d), alts the end of 2012, the reference date, the year 2012, the year
#     2013 and null; the end value is the 2013 standard (target) → the year, alts from 2013 with
#     an open end, the end instant and null.
#   - 目前…年度财政性教育经费支出总额已经超过2万亿元 (line 12): an annual flow said of the present
#     (目前, actual) → the latest full year 2012 is gold (judgement call), the reference date
#     (SPEC §4 目前), null..reference date, the year 2013 and null as alts.
#   - 2003年 (line 4) dates the SARS epidemic and governs no number.
T13 = P("今年", "2013-01-01", "2013-12-31")
T13_END = P("今年", "2013-12-31", "2013-12-31")
Y13 = dict(period=T13)
FRAME = dict(period=T13, period_alts=[null("今年")])
T_NOTE = "今年 (= 2013) stands before it in its line and governs it"
FRAME_NOTE = ("no period before it in its line: section frame of part 三、对今年政府工作的建议 "
              "(2013, heading outside the excerpt), period text 今年, null as alt")
FROM = dict(period=P("今年", "2013-01-01", "2013-01-01"),
            period_alts=[P("今年", "2012-12-31", "2012-12-31"), P("今年", REF, REF),
                         P("今年", "2012-01-01", "2012-12-31"), T13, null("今年")],
            modality="actual")
TO = dict(period=T13, period_alts=[P("今年", "2013-01-01", None), T13_END, null("今年")])
FROM_NOTE = ("start value of a from/to pair without a year: the standard in force now → "
             "actual, the instant at the start of the year of the change (as wr_china_2016_d), "
             "alts the end of 2012, the reference date, the year 2012, the year 2013 and null")
TO_NOTE = ("end value of the pair: the standard set for 2013 (提高到 in the proposals → target), "
           "eq; 今年 opens the sentence → the year, alts from 2013 with an open end, the end "
           "instant and null")

# ==== line 1 (source 50): 农业农村 ===================================================================
g.neg("进入一个新阶段", "一个", "indefinite article 一个, not a count")
g.neg("解决好“三农”问题", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
LAND = ["耕地保有量", "耕地面积", "耕地", "耕地保护红线", "耕地红线面积", "全国耕地面积",
        "18亿亩耕地红线"]
fact("严守18亿亩耕地红线", "18亿亩", value=18e8, unit="mu", kind="amount",
     metric="耕地红线", metric_alts=LAND,
     period=T13, period_alts=[P("当前", REF, REF), T13_END, null("今年")],
     note="严守 → target: the floor of the country's cultivated land (the red line is exactly "
          "18亿亩, eq; as wr_china_2009_d); 亩 stays mu (SPEC §3); judgement call on the period: "
          "当前 opens an earlier sentence of the line describing the present stage, the red line "
          "is a standing rule of the 2013 proposals → the frame 2013 (period text 今年), the "
          "literal 当前 instant (the reference date), the end instant and null as alts")
g.neg("继续加大“三农”投入", "三农", LABEL_NOTE + " (“三农”)")

# ==== line 2 (source 51): 城镇化 (no numeral) =========================================================

# ==== line 3 (source 52): heading （三） =============================================================
g.neg("（三）以保障和改善民生", "（三）", MARKER_NOTE)

# ==== line 4 (source 53): the lesson of 2003 (no facts) ===============================================
g.neg("2003年抗击突如其来", "2003年", PERIOD_NOTE + " (the year of the SARS epidemic; governs no "
      "number)")
g.neg("政府一切工作", "一切", "pronoun 一切 'all', not a quantity (as wr_china_2013_c)")

# ==== line 5 (source 54): 就业 (no facts) ============================================================
g.neg("千方百计扩大就业", "千方百计", "idiom 千方百计 'by every means', not a quantity (as "
      "wr_china_2000_b)")

# ==== line 6 (source 55): 社会保障 ===================================================================
PENSION = ["基本养老金", "企业退休人员基本养老金水平", "企业退休人员基本养老金标准",
           "退休人员基本养老金", "养老金", "企业退休人员养老金"]
gov("基本养老金继续提高10%", "10%", value=10, unit="%", kind="growth",
    metric="企业退休人员基本养老金", metric_alts=PENSION, comparison="yoy", **Y13,
    note="继续提高 X% of a benefit level → growth against the 2012 level (yoy); the 2013 rise "
         "proposed → target; " + T_NOTE + "; " + GOV_NOTE)

# ==== line 7 (source 56): 医药卫生 ===================================================================
DIS = ["重大疾病", "儿童白血病等重大疾病", "重大疾病保障试点", "保障试点重大疾病", "重大疾病病种",
       "重大疾病保障试点病种数量", "病种", "重大疾病保障试点工作"]
fact("等20种重大疾病", "20种", value=20, unit="count", kind="count", classifier="种",
     metric="重大疾病保障试点病种", metric_alts=DIS,
     period=T13, period_alts=[null("今年"), T13_END],
     note="the diseases covered by the insurance pilot to be rolled out in 2013 (全面开展 → "
          "target); the predicate (保障试点) defines the counted set → in the metric; "
          + FRAME_NOTE + " (今年 of the line comes after it); the end instant (the pilot's scope "
          "as a stock) as alt")
MED = ["财政补助标准", "新农合和城镇居民医保财政补助标准", "新农合财政补助标准",
       "城镇居民基本医疗保险财政补助标准", "新农合和城镇居民基本医疗保险每人每年财政补助标准",
       "补助标准", "每人每年财政补助标准", "城乡居民医保财政补助标准",
       "新型农村合作医疗和城镇居民基本医疗保险财政补助标准", "医保财政补助标准"]
MED_ALTS = GOV + CN + ["各级财政"]
MED_NOTE = ("每人每年 'per person per year': the rate stays in the metric (SPEC §3); public "
            "finance at all levels → 中国, 中央政府/各级财政 as alts (as wr_china_2016_d)")
fact("由每人每年240元", "240元", value=240, unit="CNY", kind="amount",
     metric="新农合和城镇居民基本医疗保险财政补助标准", metric_alts=MED, subject_alts=MED_ALTS,
     **FROM, note=FROM_NOTE + "; " + MED_NOTE)
fact("提高到280元", "280元", value=280, unit="CNY", kind="amount",
     metric="新农合和城镇居民基本医疗保险财政补助标准", metric_alts=MED, subject_alts=MED_ALTS,
     **TO, note=TO_NOTE + "; " + MED_NOTE)
PH = ["基本公共卫生服务经费标准", "基本公共卫生服务经费", "人均基本公共卫生服务经费",
      "基本公共卫生服务经费人均标准", "基本公共卫生服务经费补助标准", "人均基本公共卫生服务经费补助标准",
      "基本公共卫生服务经费财政补助标准"]
fact("经费标准由25元", "25元", value=25, unit="CNY", kind="amount",
     metric="人均基本公共卫生服务经费标准", metric_alts=PH, subject_alts=MED_ALTS, **FROM,
     note=FROM_NOTE + "; 人均 is part of the indicator (the rate stays in the metric)")
fact("提高到30元", "30元", value=30, unit="CNY", kind="amount",
     metric="人均基本公共卫生服务经费标准", metric_alts=PH, subject_alts=MED_ALTS, **TO,
     note=TO_NOTE + "; 今年 of the sentence still governs (the second pair of the sentence)")

# ==== lines 8-9 (source 57-58): 人口政策, 社会管理 (no numerals) ========================================

# ==== line 10 (source 59): 房地产和保障性安居工程 =======================================================
fact("基本建成470万套", "470万套", value=470e4, unit="count", kind="count", classifier="套",
     metric="城镇保障性住房基本建成",
     metric_alts=["基本建成城镇保障性住房", "城镇保障性住房", "保障性住房基本建成",
                  "基本建成保障性住房", "城镇保障性住房基本建成套数", "保障性住房"],
     **Y13, note="units of affordable housing to be basically completed in 2013 (a flow) → "
                 "target; 今年 right before it (explicit; as wr_china_2012_b)")
fact("新开工630万套", "630万套", value=630e4, unit="count", kind="count", classifier="套",
     metric="城镇保障性住房新开工",
     metric_alts=["新开工城镇保障性住房", "保障性住房新开工", "新开工保障性住房",
                  "城镇保障性住房新开工套数", "城镇保障性住房", "保障性住房"],
     **Y13, note="head 城镇保障性住房 restored (README §3); units to be started in 2013 → target; "
                 + T_NOTE)

# ==== line 11 (source 60): transition (no numeral) =====================================================

# ==== line 12 (source 61): 教育 ======================================================================
EDU = ["年度财政性教育经费支出总额", "财政性教育经费支出总额", "国家财政性教育经费支出",
       "财政性教育经费", "年度财政性教育经费支出", "教育经费支出", "国家财政性教育经费"]
fact("支出总额已经超过2万亿元", "2万亿元", value=2e12, unit="CNY", kind="amount", bound="gt",
     metric="财政性教育经费支出", metric_alts=EDU, modality="actual",
     period=P("目前", "2012-01-01", "2012-12-31"),
     period_alts=[P("目前", REF, REF), P("目前", None, REF), P("目前", "2013-01-01", "2013-12-31"),
                  null("目前")],
     note="超过 → gt (outside the span); 已经 → actual; 万亿元 = 1e12; judgement call on the "
          "period: 目前 + 年度 (the annual total as it stands now, a flow) → the latest full year "
          "2012 (period text 目前), the SPEC §4 reading of 目前 (the reference date), null.."
          "reference date, the year 2013 and null as alts")

# ==== line 13 (source 62): 科技体制改革 (no numeral) ====================================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; held out "
    "(corpora/heldout/); the line range is given by the brief (a run of whole lines, as unseen "
    "test excerpts are cut). Part of the document: part 三、对今年政府工作的建议 (heading on source "
    "line 41, outside the excerpt), the proposals for 2013 — the two paragraphs of proposal "
    "（二）强化农业农村发展基础 (heading on source line 49, outside: 18亿亩耕地红线; 城镇化), then "
    "proposal （三）以保障和改善民生为重点 from its heading: 2003's lesson, 就业, 社会保障 (企业退休"
    "人员基本养老金 +10%), 医药卫生 (20种 diseases, 240元 → 280元, 25元 → 30元), 人口政策, 社会管理, "
    "房地产 and 保障性安居工程 (470万套, 630万套), education and science (财政性教育经费 over "
    "2万亿元). Other excerpts of this report: wr_china_2013 (6-10), wr_china_2013_b (11-17), "
    "wr_china_2013_d (18-31), wr_china_2013_c (33-44); no overlap. Title: the corpus meta "
    "title (the source has no title line), title_in_text=False. Date: 2013-03-05, the corpus "
    "meta date: the opening day of the 1st session of the 12th NPC, on which the Premier "
    "delivered the report (the Wikisource text has no dateline); nothing in the excerpt "
    "contradicts it (今年 = 2013). Place: national report → 中国 (alts 我国/全国/中华人民共和国); "
    "the pension rise adds 中央政府/国务院/中央财政, the health subsidy standards 各级财政 too. "
    "Periods: 今年 (= 2013) stands before the figures of source lines 55, 56 (after 20种) and "
    "59 (explicit); 20种 → the section frame 2013 (period text 今年, null as alt); 18亿亩 → the "
    "frame 2013, the literal 当前 instant of an earlier sentence of its line as alt; from/to "
    "pairs: start value actual at 2013-01-01 (alts 2012-12-31, reference date, 2012, 2013, "
    "null), end value the year 2013 (alts open end, end instant, null); 目前…年度财政性教育"
    "经费支出总额已经超过2万亿元 → the year 2012 (alts reference date, null..reference date, "
    "2013, null). Modality: target for the proposals (严守, 继续提高, 全面开展, 提高到, 基本建成, "
    "新开工); actual for the start values 240元 / 25元 and for 2万亿元. Comparisons: yoy for "
    "the pension rise. Bounds: 超过 → gt (2万亿元); all else eq. Units: 亿亩 → mu; 万套 counts; "
    "万亿元 1e12. Judgement calls: 18亿亩耕地红线 → an amount fact (target, as wr_china_2009_d) "
    "in the 2013 frame rather than at the 当前 instant; 20种重大疾病 → a count of the pilot's "
    "diseases (target, 2013); 2万亿元 → the latest full year 2012 rather than the reference "
    "date; 2003年 → a period negative (governs no number). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 ×2 (一体化, 城乡一体), 之一, 进一步 ×3, 老百姓 (百 in the word "
    "for 'ordinary people'; a known warning of the shared check_gold.py).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
