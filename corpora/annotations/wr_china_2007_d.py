"""Gold annotations for wr_china_2007_d (2007年中华人民共和国国务院政府工作报告, the 2007 tasks for
education, health, population and culture, and the opening of the jobs task), lines 66-74 of
shared/texts/work_report/wr_china_2007.txt.

The excerpt corpora/wr_china_2007_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It lies in the
plan for 2007 (part 二、2007年工作总体部署 at source line 36 sets the plan year): part
四、推进社会主义和谐社会建设 (heading at source line 63, outside), task （一） 加快教育、卫生、
文化、体育等社会事业发展 (heading at source line 65, outside) from its first paragraph on
(education: free rural compulsory education, 2235亿元, the 十一五 rural junior-school plan; the
two measures — scholarships and grants 18亿元 → 95亿元 → 200亿元, free teacher training;
talent; health: the four tasks, rural cooperative medical scheme 80%, 101亿元, 15 diseases in
the immunisation programme, 28亿元; population; the elderly; culture and sport), then the
heading of task （二） 加强就业和社会保障工作 and its first paragraph (no figure).  The review of
2006 is wr_china_2007 (2-19) and wr_china_2007_b (20-29), the plan's opening wr_china_2007_c
(36-47): no overlap.  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2007_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2007_d"
SOURCE_ID = "wr_china_2007"
PLACE = "中国"
REF = "2007-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 66, 74                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2007年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2007)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="教育是国家发展的基石",
                 ends="保障劳动者合法权益。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"
DISCOURSE_NOTE = ("discourse count of the points enumerated after it ({}), not a quantity "
                  "claim (as 今年重点抓好五件事 in wr_china_2009_d, 以下九个方面 in wr_china_2008_c)")
ARTICLE_NOTE = "一 + classifier used as an article (README §2), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2007 / wr_china_2007_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2007-03-05; 去年/上年 = 2006, 今年 = 2007, 明年 = 2008) ----------
# The excerpt lies in the plan for 2007 (part 二、2007年工作总体部署, source line 36, sets the
# plan year; part 四's heading, source line 63, has no year) → modality target.  A line is a
# paragraph; a period governs the clauses after it in its line only (SPEC §4).  Every line
# with figures names 今年 (= 2007-01-01..2007-12-31) before its first number, so 今年 governs
# explicitly (no null alt, as wr_china_2007_c / wr_china_2015_c):
#   - line 1 (source 66): 今年，要在全国农村全部免除… (1.5 亿) and 今年全国财政安排… (2235亿元,
#     395亿元); then “十一五”时期 (2006-01-01..2010-12-31) replaces it for the 100亿元 of the
#     rural junior-school plan (a five-year total, target);
#   - line 2 (source 67): 从今年新学年开始 → 今年 (2007) for the 95亿元 of the central budget;
#     上年 inside the from/to pair 由上年18亿元增加到95亿元 dates only 18亿元 (2006, actual,
#     SPEC §4); 明年 (= 2008) replaces 今年 for the 200亿元 planned for the next year;
#   - line 4 (source 69): 今年重点抓好四件事 → 2007 for the whole line (80%, 101亿元, 58亿元,
#     15种, 28亿元; 今年扩大国家免疫规划范围 restates it).  The coverage to be reached (试点范围
#     扩大到…80%以上的县) and the diseases brought into the programme (the scope of a programme
#     in force) are levels: the year with its end instant as alt (as the standards and coverage
#     of wr_china_2009_d / wr_china_2015_c).
# 去年 / 上年 after 比 are bases of absolute changes (comparison null on amount facts).
T07 = P("今年", "2007-01-01", "2007-12-31")
T07_END = P("今年", "2007-12-31", "2007-12-31")
Y07 = dict(period=T07)
LEVEL = dict(period=T07, period_alts=[T07_END])
T_NOTE = "今年 (= 2007) stands before it in its line and governs it"
LEVEL_NOTE = ("a level to be reached within the plan year: the year 2007 (今年 before it in "
              "its line), its end instant as alt (as wr_china_2009_d / wr_china_2015_c)")
S11 = P("“十一五”时期", "2006-01-01", "2010-12-31")
LAST_Y = P("上年", "2006-01-01", "2006-12-31")
NEXT_Y = P("明年", "2008-01-01", "2008-12-31")

# ==== line 1 (source 66): 教育 (free rural compulsory education, funds) ==============================
fact("农村1.5 亿中小学生", "1.5 亿", value=1.5e8, unit="count", kind="count", classifier="人",
     metric="家庭减轻经济负担的农村中小学生",
     metric_alts=["农村中小学生", "免除学杂费的农村中小学生", "受益农村中小学生", "中小学生",
                  "农村义务教育阶段学生", "免除义务教育阶段学杂费的农村学生",
                  "农村中小学生家庭", "减轻经济负担的农村中小学生家庭", "受益学生"],
     subject_alts=CN + ["农村"], **Y07,
     note="no classifier written (1.5 亿 + noun 中小学生): 人 implied (as 1.5亿学生 in "
          "wr_china_2008); the students whose families the waiver of fees will relieve (这将使) "
          "→ the reach of the plan's measure, modality target (judgement call: the students "
          "exist now, actual, and forecast for 将使 are the other readings); the source's space "
          "inside the quantity stays in the span (README §1); " + T_NOTE)
EDU_FUND = ["全国财政农村义务教育经费", "农村义务教育投入", "农村义务教育经费安排",
            "安排农村义务教育经费", "全国财政安排农村义务教育经费"]
fact("农村义务教育经费2235亿元", "2235亿元", value=2235e8, unit="CNY", kind="amount",
     metric="农村义务教育经费", metric_alts=EDU_FUND,
     subject_alts=CN + ["全国财政", "各级财政", "中央财政"], **Y07,
     note="全国财政安排 (all levels of government, the 2007 budget) → 中国, 全国财政 as alt (as "
          "1840亿元 in wr_china_2007_b); target; " + T_NOTE)
fact("比去年增加395亿元", "395亿元", value=395e8, unit="CNY", kind="amount",
     metric="农村义务教育经费增量",
     metric_alts=["农村义务教育经费", "农村义务教育经费增加", "全国财政农村义务教育经费增量",
                  "农村义务教育经费比去年增加", "农村义务教育经费增加额"],
     subject_alts=CN + ["全国财政", "各级财政", "中央财政"], **Y07,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
          "比去年 (2006: 1840亿元 + 395 = 2235) is no comparison of an amount fact; target; "
          + T_NOTE)
g.neg("“十一五”时期中央财政", "十一五", "plan label 十一五 (SPEC §1); “十一五”时期 = 2006-2010 "
      "is the period of the 100亿元 after it")
gov("中央财政将投入100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
    metric="中央财政农村初中学校改造计划投入",
    metric_alts=["农村初中学校改造计划投入", "中央财政投入", "农村初中学校改造投入",
                 "农村初中学校改造计划资金", "中央财政农村初中学校改造投入", "农村初中学校改造计划",
                 "中央财政投入农村初中学校改造计划"],
    period=S11, period_alts=[null("“十一五”时期")],
    note="将投入 → target; a total over the five-year plan: “十一五”时期 (2006-01-01..2010-12-31) "
         "right before it replaces 今年 (null as alt); " + GOV_NOTE)
g.neg("我们一定能够实现", "一定", "adverb 一定 'surely', not a quantity (as 我们一定要 in "
      "wr_china_2008_c)")
g.neg("“两基”攻坚计划", "两基", LABEL_NOTE + " (“两基” = 基本普及九年义务教育和基本扫除青壮年"
      "文盲, as wr_china_2007_b)")
g.neg("这是一项重大变革", "一项", ARTICLE_NOTE + " ('a major change')")

# ==== line 2 (source 67): the two measures (scholarships and grants; free teacher training) =========
g.neg("我们将采取两项重大措施", "两项", DISCOURSE_NOTE.format("一是…二是") + " — judgement call: "
      "a count of 2 measures (as 十项措施 in wr_china_2009) is the alternative reading")
g.neg("一是从今年新学年开始", "一是", MARKER_NOTE)
AID = ["中央财政支出", "国家奖学金、助学金中央财政支出", "中央财政奖学金助学金支出",
       "国家奖学金助学金中央财政支出", "国家奖学金、助学金支出", "奖学金、助学金中央财政支出",
       "中央财政国家奖学金、助学金支出", "国家奖学金、助学金制度中央财政支出",
       "中央财政国家奖学金助学金支出"]
gov("由上年18亿元", "18亿元", value=18e8, unit="CNY", kind="amount",
    metric="中央财政国家奖学金、助学金支出", metric_alts=AID, modality="actual",
    period=LAST_Y, period_alts=[null("上年")],
    note="start of the from/to pair 由上年18亿元增加到95亿元: 上年 (= 2006) inside the pair "
         "dates only this value (SPEC §4); the spending of the past year → actual; the "
         "system's spending (为此 = for the scholarships and grants) restored in the metric; "
         + GOV_NOTE)
gov("增加到95亿元", "95亿元", value=95e8, unit="CNY", kind="amount",
    metric="中央财政国家奖学金、助学金支出", metric_alts=AID,
    period=T07, period_alts=[null("今年")],
    note="end of the pair (增加到 'rises to' the level, not an increment): the 2007 spending "
         "(将 → target); 今年 of 从今年新学年开始 earlier in the line governs (the pair's 上年 "
         "dates only 18亿元), null as alt; " + GOV_NOTE)
gov("明年将安排200亿元", "200亿元", value=200e8, unit="CNY", kind="amount",
    metric="中央财政国家奖学金、助学金支出",
    metric_alts=AID + ["中央财政安排资金", "安排资金", "明年安排资金"],
    period=NEXT_Y, period_alts=[null("明年")],
    note="将安排 → target; 明年 (= 2008) right before it replaces 今年 (null as alt); the "
         "elided head (the central budget's spending on the scholarships and grants) "
         "restored; " + GOV_NOTE)
g.neg("又一件大事", "一件", ARTICLE_NOTE + " (又一件大事 'another big event')")
g.neg("二是在教育部直属", "二是", MARKER_NOTE)

# ==== line 3 (source 68): 人才强国战略 (no fact) ========================================================
g.neg("大力培养一批自主创新", "一批", VAGUE_NOTE)

# ==== line 4 (source 69): 卫生 — the four tasks ========================================================
g.neg("今年重点抓好四件事", "四件", DISCOURSE_NOTE.format("一是…四是"))
g.neg("一是积极推行新型农村", "一是", MARKER_NOTE)
NCMS = ["新型农村合作医疗试点县（市、区）占全国总数比重", "新型农村合作医疗试点范围",
        "新型农村合作医疗试点县占比", "新农合试点县占比", "试点县占全国比重",
        "新型农村合作医疗覆盖县比例", "试点范围", "新型农村合作医疗试点县（市、区）占比",
        "新型农村合作医疗试点县(市、区)占全国比重", "新型农村合作医疗覆盖面"]
fact("扩大到全国80%以上", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="新型农村合作医疗试点县（市、区）占全国比重", metric_alts=NCMS, **LEVEL,
     note="以上 → ge (outside the span); the share of the country's counties (市、区) the "
          "scheme is to cover (as 占全国总数的50.7％ for 2006 in wr_china_2007_b); target; "
          + LEVEL_NOTE)
NCMS_FUND = ["中央财政补助资金", "补助资金", "中央财政安排补助资金", "新农合中央财政补助资金",
             "中央财政新型农村合作医疗补助", "中央财政对新型农村合作医疗的补助",
             "中央财政新型农村合作医疗支出", "新型农村合作医疗中央财政补助"]
gov("中央财政安排补助资金101亿元", "101亿元", value=101e8, unit="CNY", kind="amount",
    metric="新型农村合作医疗中央财政补助资金", metric_alts=NCMS_FUND, **Y07,
    note="安排 → target; the subsidy for the rural cooperative medical scheme (the sentence's "
         "topic) restored in the metric; " + T_NOTE + "; " + GOV_NOTE)
gov("比去年增加58亿元", "58亿元", value=58e8, unit="CNY", kind="amount",
    metric="新型农村合作医疗中央财政补助资金增量",
    metric_alts=["新型农村合作医疗中央财政补助资金", "中央财政补助资金增量", "补助资金增量",
                 "中央财政补助资金增加", "新型农村合作医疗中央财政补助增量",
                 "中央财政补助资金比去年增加"],
    **Y07,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 比去年 is "
         "no comparison of an amount fact (2006: 42.7亿元 in wr_china_2007_b); target; "
         + T_NOTE)
g.neg("县、乡、村三级农村", "三级", "appositive 三级 restating 县、乡、村 (the three levels), "
      "not a quantity (as wr_china_2007_b)")
g.neg("办好一所卫生院", "一所", "'one (health centre) per township' (每个乡镇…办好一所卫生院): "
      "一 + classifier of the per-unit norm read as an article (README §2), not a count — "
      "judgement call: a count of 1 per township (target) is the alternative")
g.neg("设立一个卫生室", "一个", "'one clinic per village' (每个行政村设立一个卫生室): as 一所 "
      "before it — judgement call")
g.neg("二是加快建设以社区", "二是", MARKER_NOTE)
g.neg("三是启动以大病统筹", "三是", MARKER_NOTE)
g.neg("四是做好重大传染病", "四是", MARKER_NOTE)
fact("流脑等15种", "15种", value=15, unit="count", kind="count", classifier="种",
     metric="纳入国家免疫规划的传染病",
     metric_alts=["国家免疫规划传染病", "纳入国家免疫规划传染病", "传染病",
                  "可以通过接种疫苗有效预防的传染病", "国家免疫规划范围",
                  "纳入国家免疫规划的传染病种类", "国家免疫规划疫苗可预防传染病",
                  "纳入国家免疫规划的传染病数量"],
     **LEVEL,
     note="the diseases (甲肝、流脑等) to be brought into the national immunisation programme "
          "(the predicate defines the counted set → in the metric); target; the scope of the "
          "programme once extended: " + LEVEL_NOTE)
gov("中央财政增加支出28亿元", "28亿元", value=28e8, unit="CNY", kind="amount",
    metric="重大传染病防治中央财政支出增量",
    metric_alts=["中央财政支出增量", "中央财政增加支出", "增加支出", "中央财政支出",
                 "国家免疫规划和免费救治中央财政支出增量", "中央财政重大传染病防治支出增量",
                 "扩大国家免疫规划和免费救治病种中央财政增加支出", "中央财政增支"],
    **Y07,
    note="增加支出 N: absolute change of the central spending (positive, metric <level>增量, "
         "SPEC §2); 为此 = for the wider immunisation programme and free treatment → the "
         "purpose in the metric (judgement call), the bare 中央财政支出增量 as alt; target; "
         + T_NOTE + "; " + GOV_NOTE)

# ==== lines 5-7 (source 70-72): population, the elderly, culture and sport ============================
g.neg("继续建设一批国家重大", "一批", VAGUE_NOTE)

# ==== line 8 (source 73): heading of task （二） ==========================================================
g.neg("（二）加强就业和社会保障工作", "（二）", "list marker / heading number, not a quantity")

# ==== line 9 (source 74): 就业 (no figure) ================================================================
g.neg("“零就业家庭”", "零就业", LABEL_NOTE + " (“零就业家庭”, households with no member in work: a "
      "category name, as the label 零碳 in gold README §2)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines, not moved). Part of the document: the plan for 2007 "
    "(part 二、2007年工作总体部署 at source line 36 sets the plan year) — part 四、推进社会主义和谐"
    "社会建设 (heading, source line 63, outside), task （一） 加快教育、卫生、文化、体育等社会事业"
    "发展 (heading, source line 65, outside) from its first paragraph: education (free rural "
    "compulsory education for 1.5 亿 students, 农村义务教育经费 2235亿元 / +395亿元, 100亿元 in "
    "“十一五”时期 for rural junior schools), the two measures (scholarships and grants: 上年 18亿元 "
    "→ 95亿元, 明年 200亿元; free teacher training), talent, health (four tasks: cooperative "
    "medical scheme to 80%以上 of counties, 101亿元 / +58亿元, 15种 diseases in the immunisation "
    "programme, +28亿元), population, the elderly, culture and sport; then the heading "
    "（二）加强就业和社会保障工作 and its first paragraph (no figure). Other excerpts of this "
    "report: wr_china_2007 (2-19), wr_china_2007_b (20-29), wr_china_2007_c (36-47); no "
    "overlap. Title: the corpus meta title (the source has no title line), title_in_text="
    "False. Date: 2007-03-05, the shared meta date: the opening day of the 5th session of the "
    "10th NPC, on which the Premier delivered the report (the Wikisource text has no "
    "dateline); nothing in the excerpt contradicts it (今年 = 2007, 上年/去年 = 2006, 明年 = "
    "2008; 农村义务教育经费 1840亿元 in 2006 + 395 = 2235). Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国); central-budget figures add 中央财政/中央政府/国务院; "
    "全国财政 figures add 全国财政. Periods: 今年 (2007) stands before the first figure of "
    "every line with figures (source 66, 67, 69) and governs explicitly; “十一五”时期 "
    "(2006-2010, null as alt) governs the 100亿元; the pair's 上年 (2006) dates only 18亿元; "
    "明年 (2008) governs 200亿元; levels to be reached (80%, 15种) take the year with the end "
    "instant as alt. Modality: target throughout (plan: 要, 安排, 将投入, 将由…增加到, 将安排, "
    "扩大到, 纳入, 增加支出) except 18亿元 (the 2006 spending, actual). Comparisons: none on "
    "amounts; absolute changes 比去年增加 / 增加支出 → <level>增量 amounts. Bounds: 以上 → ge "
    "(80%). Judgement calls: 1.5 亿 (students whose families the waiver relieves) → a count "
    "with implied 人, target; 两项 (重大措施, enumerated 一是/二是) and 四件 (事) → discourse "
    "negatives; 一所 (卫生院) / 一个 (卫生室) per township / village → negatives (per-unit "
    "norm); 28亿元 (为此…增加支出) → metric with the purpose, 增量; 80% and 15种 as levels of "
    "the year (end instant as alt); 95亿元 under 今年 of 从今年新学年开始. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×3, 一些.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora; plan for 2007, part "
        "四、推进社会主义和谐社会建设, task （一） and the heading of task （二）)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
