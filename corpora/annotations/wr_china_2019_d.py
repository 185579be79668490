"""Gold annotations for wr_china_2019_d (2019年中华人民共和国国务院政府工作报告, the 2019 tasks:
innovation and entrepreneurship, the domestic market, poverty and the countryside, regional
development), lines 53-66 of shared/texts/work_report/wr_china_2019.txt (held out:
corpora/heldout/).

The excerpt corpora/heldout/wr_china_2019_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines, as unseen test excerpts are cut): the last paragraph of task （三） (进一步把大众
创业万众创新引向深入: the VAT threshold), task （四） 促进形成强大国内市场 in full (consumption:
8000万 taxpayers, 2.5亿 people aged 60+; investment: railway, road and waterway investment,
the central budget's investment, arrears), task （五） 脱贫攻坚和乡村振兴 in full (poverty, grain
and farmland, rural water, roads and grids, rural reform) and the heading, opening and first
paragraph of task （六） 促进区域协调发展.  All of it lies in part 三、2019年政府工作任务 (heading
on source line 33, outside the excerpt): the plan for 2019.  Lines 2-14, 15-25 and 34-44 are
wr_china_2019_c, wr_china_2019 and wr_china_2019_b (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_2019_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2019_d"
SOURCE_ID = "wr_china_2019"
PLACE = "中国"
REF = "2019-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 53, 66                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2019年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2019)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="进一步把大众创业万众创新引向深入。",
                 ends="建设海洋强国。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2019_b)")


fact = g.with_subject(PLACE, CN, modality="target")


gov = g.with_subject(PLACE, GOV + CN, modality="target")


# ---- periods (reference date 2019-03-05; 去年 = 2018, 今年 = 2019) ----------------------------
# The excerpt lies in part 三、2019年政府工作任务 (source line 33, outside the excerpt): the plan
# for 2019 → modality target.  Numbers with no period before them in their line take the
# section frame 2019-01-01..2019-12-31 (SPEC §4), period text 今年 (the excerpt's own word for
# the plan year, line 5), null in period_alts (as wr_china_2019_b).  Explicit periods: 今年 in
# line 5 (source 57) governs the central budget's investment and its increase; 年底前 in the
# same line dates the repayment of arrears (instant 2019-12-31); 今明两年 in line 10 (source
# 62) = 2019-2020 governs the drinking-water sentence (6000万); the next sentence (新建改建农村
# 公路20万公里) is the annual task — judgement call: the frame 2019 as gold, the literal
# inheritance of 今明两年 (2019-2020) as alt.
# - from/to pair (起征点从月销售额3万元提高到10万元): the start value is the threshold in force
#   before the 2019 change → actual, the instant at the start of the year (as wr_china_2019_b
#   FROM); the end value is the threshold in force after it → target, the instant at the end of
#   the frame (TO);
# - present-tense descriptions of the country (我国60岁以上人口已达2.5亿, 近14亿中国人) → actual,
#   the instant of the reference date (目前 reading; as 我国有上亿市场主体 in wr_china_2019_b),
#   alts the end of 2018, the end of 2019, the year and null.
S19 = P("今年", "2019-01-01", "2019-12-31")
S19_NULL = P("今年", None, None)
S19_END = P("今年", "2019-12-31", "2019-12-31")
PLAN = dict(period=S19, period_alts=[S19_NULL])
YEAR = dict(period=S19)
FROM = dict(period=P("今年", "2019-01-01", "2019-01-01"),
            period_alts=[P("今年", "2018-12-31", "2018-12-31"), S19, S19_NULL],
            modality="actual")
TO = dict(period=S19_END, period_alts=[S19, S19_NULL])
NOW = dict(period=P("今年", REF, REF),
           period_alts=[P("今年", "2018-12-31", "2018-12-31"), S19_END, S19, S19_NULL],
           modality="actual")
TWO = P("今明两年", "2019-01-01", "2020-12-31")
PLAN_NOTE = ("task for 2019 → target; no period before it in its line: section frame of part "
             "三、2019年政府工作任务 (period text 今年, the excerpt's word for the plan year), null "
             "as alt")
NOW_NOTE = ("describes the country as it is (present tense) → actual, the instant of the "
            "reference date (目前 reading, as 我国有上亿市场主体 in wr_china_2019_b), alts the end "
            "of 2018, the end of 2019, the year and null")

# ==== line 1 (source 53): 大众创业万众创新 ==============================================================
g.neg("大众创业万众创新引向深入", "万众", "slogan 大众创业、万众创新, not a quantity (as "
      "wr_china_2016_b)")
g.neg("发挥双创示范基地", "双创", LABEL_NOTE + " (双创 = 大众创业、万众创新, as 双碳 in README §2)")
VATT = ["增值税起征点", "起征点", "小规模纳税人增值税起征点月销售额", "小规模纳税人起征点",
        "增值税起征点月销售额"]
fact("从月销售额3万元", "3万元", value=3e4, unit="CNY", kind="amount",
     metric="小规模纳税人增值税起征点", metric_alts=VATT, **FROM,
     note="start value of a from/to pair (起征点从…提高到…): the monthly-sales threshold in "
          "force before the 2019 change → actual, the instant 2019-01-01 (as wr_china_2019_b "
          "FROM), alts the end of 2018, the year and null; 月销售额 (per month) is part of the "
          "indicator, not a period")
fact("提高到10万元", "10万元", value=10e4, unit="CNY", kind="amount",
     metric="小规模纳税人增值税起征点", metric_alts=VATT, **TO,
     note="end value of the pair: the threshold in force after the 2019 change (落实好 …, part "
          "of the 2019 tasks) → target, the instant at the end of the frame (stock rule), the "
          "year and null as alts (as wr_china_2019_b TO)")
g.neg("发行双创金融债券", "双创", LABEL_NOTE + " (双创, in the name of the bonds)")
g.neg("中国创新一定能", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 2 (source 54): heading （四） ===========================================================
g.neg("（四）促进形成", "（四）", MARKER_NOTE)

# ==== line 3 (source 55): opening of （四） (no numerals) ==========================================

# ==== line 4 (source 56): 推动消费稳定增长 =========================================================
fact("的约8000万纳税人", "8000万", value=8e7, unit="count", kind="count", classifier="人",
     bound="approx", metric="符合减税政策的纳税人",
     metric_alts=["纳税人", "符合个人所得税减税政策的纳税人", "享受减税政策的纳税人",
                  "个人所得税减税受益纳税人", "受益纳税人", "纳税人数量"], **PLAN,
     note="约 → approx (outside the span); no measure word (8000万 + 纳税人): 人 implied; "
          "judgement call: the taxpayers who qualify for the new income-tax cuts and are all to "
          "benefit in 2019 (使…应享尽享, part of the plan) → target (actual, the size of the "
          "eligible group now, is the alternative); " + PLAN_NOTE)
g.neg("我国60岁以上人口", "60岁", "threshold 60岁以上 defining the population counted (SPEC §2), "
      "part of the metric, not a fact (as 65岁 in wr_guangdong_2025_c)")
fact("人口已达2.5亿", "2.5亿", value=2.5e8, unit="count", kind="count", classifier="人",
     metric="60岁以上人口",
     metric_alts=["60岁以上老年人口", "老年人口", "60岁及以上人口", "60岁以上人口数量",
                  "老龄人口"], **NOW,
     note="已达 → eq; no measure word (人口 2.5亿): 人 implied; a stock; " + NOW_NOTE)
g.neg("事关千家万户", "千家万户", "idiom 千家万户 'every household', not a quantity")
g.neg("实施全面两孩政策", "两孩", LABEL_NOTE + " (全面两孩政策, the universal two-child policy), "
      "not a count claim")

# ==== line 5 (source 57): 合理扩大有效投资 =========================================================
g.neg("加快实施一批重点项目", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("完成铁路投资8000亿元", "8000亿元", value=8e11, unit="CNY", kind="amount",
     metric="铁路投资",
     metric_alts=["铁路建设投资", "铁路固定资产投资", "完成铁路投资", "铁路投资规模"], **PLAN,
     note="完成 (a goal for the year) → target; " + PLAN_NOTE)
fact("公路水运投资1.8万亿元", "1.8万亿元", value=1.8e12, unit="CNY", kind="amount",
     metric="公路水运投资",
     metric_alts=["公路水运建设投资", "公路水路投资", "公路水运固定资产投资", "完成公路水运投资",
                  "公路水运投资规模"], **PLAN,
     note="完成 shared; 万亿元 = 1e12; " + PLAN_NOTE)
g.neg("再开工一批重大水利", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("加强新一代信息", "一代", "一代 of 新一代信息基础设施 'new-generation information "
      "infrastructure' (a technology name, as cm_zhoukou_2023_c), not a quantity")
CBI = ["中央预算内投资安排", "中央预算内投资规模", "安排中央预算内投资", "中央预算内投资资金"]
gov("预算内投资安排5776亿元", "5776亿元", value=5776e8, unit="CNY", kind="amount",
    metric="中央预算内投资", metric_alts=CBI, **YEAR,
    note="安排 → target; 今年 right before it (explicit, = 2019); " + GOV_NOTE)
gov("比去年增加400亿元", "400亿元", value=400e8, unit="CNY", kind="amount",
    metric="中央预算内投资增量",
    metric_alts=["中央预算内投资", "中央预算内投资比去年增加", "中央预算内投资规模增量",
                 "中央预算内投资增加"], **YEAR,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); 比去年 is "
         "the basis, not a period, and no comparison of an amount fact; 今年 governs; target")
ARREARS = ["拖欠企业款项清偿比例", "拖欠企业的款项清偿比例", "清偿拖欠企业款项", "拖欠企业款项",
           "清偿拖欠企业款项比例", "拖欠民营企业账款清偿比例", "拖欠款项清偿比例"]
fact("年底前要清偿一半以上", "一半", value=50, unit="%", kind="share", bound="ge",
     metric="拖欠企业款项清偿比例", metric_alts=ARREARS,
     subject_alts=CN + ["政府", "各级政府"] + GOV,
     period=P("年底前", "2019-12-31", "2019-12-31"),
     period_alts=[P("年底前", "2019-01-01", "2019-12-31"), P("年底前", None, None)],
     note="一半 → 50 %; 以上 → ge (outside the span); the share of the government's arrears to "
          "firms to be repaid (a proportion of a stock → share); 年底前 'before the end of the "
          "year' (= 2019, explicit) → the instant 2019-12-31, the year and null as alts; "
          "target (要); the government owes the arrears: 中国 with 政府 as alt. Known false alarm: "
          "the shared check_gold.py reads 一半 as 1")

# ==== line 6 (source 58): heading （五） ===========================================================
g.neg("（五）对标全面", "（五）", MARKER_NOTE)

# ==== line 7 (source 59): opening of （五） (no numerals) ==========================================

# ==== line 8 (source 60): 打好精准脱贫攻坚战 ========================================================
g.neg("实现“两不愁三保障”", "两不愁三保障", LABEL_NOTE + " (“两不愁三保障”: no worries about food "
      "and clothing, guaranteed education, medical care and housing)")
g.neg("加大“三区三州”", "三区三州", LABEL_NOTE + " (“三区三州”, the deeply poor areas: three "
      "regions and three prefectures), a set name, not counts")
g.neg("基本完成“十三五”", "十三五", "plan label 十三五 (SPEC §1)")
g.neg("保持一段时间", "一段", VAGUE_NOTE.format("一段(时间) 'a period of'"))

# ==== line 9 (source 61): 抓好农业特别是粮食生产 ====================================================
POP = ["人口", "总人口", "人口数量", "全国人口", "中国人口", "人口规模"]
fact("近14亿中国人", "14亿", value=14e8, unit="count", kind="count", classifier="人",
     bound="approx", metric="中国人", metric_alts=POP, **NOW,
     note="近 → approx (outside the span); no measure word (14亿 + 中国人): 人 implied; "
          "judgement call (as 13亿人口 in wr_china_2009_c / wr_china_2008): the size of the "
          "population → a count fact; " + NOW_NOTE)
fact("新增高标准农田8000万亩", "8000万亩", value=8e7, unit="mu", kind="amount", bound="ge",
     metric="高标准农田",
     metric_alts=["新增高标准农田", "高标准农田面积", "高标准农田增量", "高标准农田面积增量",
                  "新增高标准农田面积", "高标准农田建设"], **PLAN,
     note="以上 → ge (outside the span); 亩 stays mu (SPEC §3); 新增 N: farmland added in 2019 "
          "(增量 alts, README §3); " + PLAN_NOTE)
g.neg("推动一二三产业", "一二三产业", "sector names 一二三产业 (primary, secondary, tertiary "
      "industries), not a quantity")

# ==== line 10 (source 62): 扎实推进乡村建设 ==========================================================
g.neg("今明两年要解决", "今明两年", PERIOD_NOTE + " (2019-2020; governs the drinking-water "
      "sentence)")
fact("提高6000万农村人口", "6000万", value=6e7, unit="count", kind="count", classifier="人",
     metric="提高供水保障水平的农村人口",
     metric_alts=["农村人口", "农村人口供水保障", "农村供水保障人口", "供水保障水平提高的农村人口",
                  "提高农村人口供水保障水平", "农村人口供水保障水平"],
     period=TWO, period_alts=[P("今明两年", "2019-01-01", "2019-12-31"), P("今明两年", None, None)],
     note="no measure word (6000万 + 农村人口): 人 implied; the predicate defines the counted "
          "set; 今明两年 (= 2019-2020) earlier in the sentence governs (judgement call: the "
          "plan year 2019 alone and null as alts); target")
g.neg("完成新一轮农村电网", "一轮", "新一轮 'a new round', not a count")
fact("新建改建农村公路20万公里", "20万公里", value=2e8, unit="m", kind="amount",
     metric="新建改建农村公路",
     metric_alts=["农村公路", "新建改建农村公路里程", "农村公路新建改建", "农村公路建设里程",
                  "农村公路里程"],
     period=S19, period_alts=[S19_NULL, TWO],
     note="20万公里 = 2e8 m; judgement call on the period: the annual task of 2019 (a sentence "
          "of its own after 今明两年's drinking-water sentence) → the section frame 2019 "
          "(period text 今年, null as alt), the literal inheritance of 今明两年 (2019-2020) as "
          "alt; target")

# ==== line 11 (source 63): 全面深化农村改革 (no numerals) ===========================================

# ==== line 12 (source 64): heading （六） ===========================================================
g.neg("（六）促进区域", "（六）", MARKER_NOTE)

# ==== line 13 (source 65): opening of （六） (no numerals) ==========================================

# ==== line 14 (source 66): 优化区域发展格局 ==========================================================
g.neg("疏解北京非首都功能", "首都", "lexicalized 首都 'capital city' (非首都功能), not a rank or "
      "first-of-kind claim")
g.neg("将长三角区域", "长三角", "place name 长三角 (the Yangtze River Delta), not a quantity "
      "(as 珠三角 in wr_guangdong_2025_c)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2019年政府工作任务 (heading on source line 33, outside the excerpt), the "
    "plan for 2019 — the last paragraph of task （三） (大众创业万众创新: VAT threshold), task "
    "（四） 促进形成强大国内市场 in full (consumption, investment), task （五） 脱贫攻坚和乡村振兴 "
    "in full (poverty, grain and farmland, rural water and roads, rural reform) and the "
    "heading, opening and first paragraph of task （六） 促进区域协调发展. Lines 2-14, 15-25 and "
    "34-44 are wr_china_2019_c, wr_china_2019 and wr_china_2019_b (no overlap). The source "
    "has no title line; the title is the corpus meta title (title_in_text=False). Date: "
    "2019-03-05, the opening day of the 2nd session of the 13th NPC, on which the Premier "
    "delivered the report (corpus meta; the Wikisource text has no date line). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central budget's investment and "
    "its increase add 中央政府/国务院/中央财政; the arrears share adds 政府. Periods: 今年 = "
    "2019, 去年 = 2018 (a basis only). Numbers without a period before them in their line take "
    "the section frame 2019 (period text 今年, null as alt); 今年 (line 57) governs 5776亿元 "
    "and 400亿元; 年底前 → instant 2019-12-31 (year and null as alts); 今明两年 → 2019-2020 for "
    "6000万 (2019 and null as alts); 新建改建农村公路20万公里 → 2019 (judgement call; the literal "
    "今明两年 as alt). Modality: target (plan), except the threshold in force before the "
    "change (3万元: actual, instant 2019-01-01 with the end of 2018, the year and null as alts) "
    "and the present-tense descriptions of the country (60岁以上人口已达2.5亿, 近14亿中国人: "
    "actual, the instant of the reference date with the end of 2018, the end of 2019, the year "
    "and null as alts). Bounds: 约 / 近 → approx; 以上 → ge (8000万亩, 一半). Units: 万亿元 1e12, "
    "亿元 1e8, 万元 1e4; 亩 → mu; 公里 → m; 一半 → 50 %; 8000万 / 2.5亿 / 14亿 / 6000万 "
    "without a measure word → classifier 人. Judgement calls: 约8000万纳税人 → target (the "
    "eligible group to benefit in 2019); 近14亿中国人 → a population count (as 13亿人口 in "
    "wr_china_2009_c); 清偿一半以上 → share ge at year end; the period split in source line 62; "
    "双创, 两孩, 三区三州, 两不愁三保障 labels and 长三角 a place name (negatives). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 进一步, 一体化 (长三角区域一体化).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
