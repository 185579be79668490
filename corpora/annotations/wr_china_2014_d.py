"""Gold annotations for wr_china_2014_d (2014年中华人民共和国国务院政府工作报告, the 2014 tasks:
agriculture and rural reform, the new urbanisation, innovation and industrial restructuring),
lines 68-82 of shared/texts/work_report/wr_china_2014.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines, as unseen test excerpts
are cut).  It lies in part 三、2014年重点工作 (heading on source line 46, outside the excerpt):
the paragraphs of task （四）促进农业现代化和农村改革发展 (heading on source line 67, outside:
三农, 13亿中国人; 深松整地 1亿亩 pilot; 中央预算内水利投资 700多亿元, 农村危房 260万户, 农村公路
20万公里, 6000万 rural people's drinking water; rural reform; 农村贫困人口 −1000万人以上), task
（五）推进以人为核心的新型城镇化 in full (三个1亿人: 约1亿 ×3), task （六）以创新支撑和引领经济结构
优化升级 in full (science reform; 淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱, 提前一年)
and the heading of task （七）.  All of it is the plan for 2014.  wr_china_2014 (3-21),
wr_china_2014_b (23-39, held out) and wr_china_2014_c (90-103, held out) hold other parts (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence; every
offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2014_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2014_d"
SOURCE_ID = "wr_china_2014"
PLACE = "中国"
REF = "2014-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 68, 82                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2014年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2014)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="农业是扩内需调结构的重要领域",
                 ends="（七）加强教育、卫生、文化等社会建设。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2014 / wr_china_2015_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2014-03-05; 今年 = 2014) -----------------------------------------
# The excerpt is the plan for 2014: part 三、2014年重点工作 (source line 46, outside the
# excerpt) → modality target.  A line is a paragraph; a period governs the clauses after it in
# its line only (SPEC §4).
# - Every line with a plan figure but one names 今年 (= 2014) before its first number and so
#   governs it explicitly (as wr_china_2014_c / wr_china_2015_c): line 2 (今年启动1亿亩试点),
#   line 3 (今年拟安排… → 700多亿元, 260万户, 20万公里; 今年再解决 restated before 6000万; 今明两年
#   comes after the last number and governs none), line 5 (今年再减少… → 1000万人) and line 14
#   (今年要淘汰… → 2700万吨, 4200万吨, 3500万标准箱, 提前一年).  No null alt.
# - Line 7 (source 74): 今后一个时期 'the period ahead' governs the three 约1亿 goals: gold from
#   the reference date with an open end (今后 'from now on'; the text gives no end), alts: from
#   the start of 2014 with an open end, 2014-2020 (the horizon of the national urbanisation plan
#   named in line 10, 国家新型城镇化规划, whose years the excerpt does not state), the section
#   year 2014 and null — judgement call.
# - Line 1 (source 68): 13亿中国人 describes the country as it is → actual, the instant of the
#   reference date (as 我国有13亿人口 in wr_china_2015_b, 14亿人 in wr_china_2021_c), alts the
#   open start, the end of 2013 (the latest statistics), the end of 2014 (the stock rule under
#   the frame), the year 2014 and null.
YT = "今年"
Y14 = P(YT, "2014-01-01", "2014-12-31")
EXPL = dict(period=Y14)
T_NOTE = "今年 (= 2014) earlier in its line governs (explicit)"
TGT = "a task for 2014 → target; " + T_NOTE
AHEAD_T = "今后一个时期"
AHEAD = dict(period=P(AHEAD_T, REF, None),
             period_alts=[P(AHEAD_T, "2014-01-01", None), P(AHEAD_T, "2014-01-01", "2020-12-31"),
                          P(AHEAD_T, "2014-01-01", "2014-12-31"), null(AHEAD_T)])
NOW = dict(period=P(YT, REF, REF),
           period_alts=[P(YT, None, REF), P(YT, "2013-12-31", "2013-12-31"),
                        P(YT, "2014-12-31", "2014-12-31"), Y14, null(YT)],
           modality="actual")

# ==== line 1 (source 68): 农业是扩内需调结构的重要领域 ============================================
g.neg("把解决好“三农”问题", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")
POP = ["人口", "中国人口", "全国人口", "总人口", "人口数量", "人口规模"]
fact("把13亿中国人的饭碗", "13亿", value=13e8, unit="count", kind="count", classifier="人",
     metric="中国人", metric_alts=POP, **NOW,
     note="judgement call (as 我国有13亿人口 in wr_china_2015_b, 近14亿中国人 in wr_china_2019_d): "
          "the size of the population whose food is to be secured — a rhetorical but real "
          "quantity → a count fact, 人 implied (13亿 + 中国人, no measure word); said of the "
          "country as it is → actual, the instant of the reference date, alts the open start, "
          "the end of 2013, the end of 2014, the year and null; a rhetoric negative is the "
          "alternative reading")

# ==== line 2 (source 69): 强化农业支持保护政策 =====================================================
fact("今年启动1亿亩试点", "1亿亩", value=1e8, unit="mu", kind="amount",
     metric="深松整地试点",
     metric_alts=["深松整地试点面积", "深松整地", "深松整地面积", "深松试点", "深松整地试点规模",
                  "试点", "试点面积", "启动深松整地试点"], **EXPL,
     note="the area of the deep-loosening pilot to be launched in 2014 (发挥深松整地对增产的"
          "促进作用 names it; 启动 → target); 亩 stays mu (SPEC §3), 亿亩 ×1e8; 今年 right "
          "before it (explicit)")

# ==== line 3 (source 70): 夯实农业农村发展基础 =====================================================
g.neg("建设一批重大水利工程", "一批", BATCH_NOTE)
WATER = ["水利投资", "中央预算内水利投资规模", "中央水利投资", "中央预算内投资水利投资",
         "安排中央预算内水利投资", "中央预算内投资"]
gov("今年拟安排中央预算内水利投资700多亿元", "700多亿元", value=700e8, unit="CNY", kind="amount",
    bound="gt", metric="中央预算内水利投资", metric_alts=WATER, **EXPL,
    note="多 inside the span → gt; 拟安排 → target; the central budget's water investment of "
         "2014; " + T_NOTE + "; " + GOV_NOTE)
g.neg("“最后一公里”", "一公里", "idiom 最后一公里 'the last mile', not a length (as "
      "wr_jiangxi_2025_f)")
g.neg("加快建成一批旱涝保收", "一批", BATCH_NOTE)
g.neg("抓紧培育一批重要优良品种", "一批", BATCH_NOTE)
g.neg("研发推广一批新型高效", "一批", BATCH_NOTE)
RURAL = ["农村危房改造户数", "农村危房改造数量", "危房改造", "农村危房", "改造农村危房"]
fact("改造农村危房260万户", "260万户", value=260e4, unit="count", kind="count",
     classifier="户", metric="农村危房改造", metric_alts=RURAL, **EXPL,
     note="rural dilapidated houses to be renovated in 2014 (classifier 户, metric as "
          "wr_china_2015_c 366万户); 万户 ×1e4; " + TGT)
ROAD = ["农村公路", "改建农村公路里程", "农村公路改建", "农村公路改建里程", "新建改建农村公路",
        "农村公路建设里程"]
fact("改建农村公路20万公里", "20万公里", value=20e4 * 1e3, unit="m", kind="amount",
     metric="改建农村公路", metric_alts=ROAD, **EXPL,
     note="20万公里 = 2e8 m (SPEC §3 公里 1e3); rural roads to be rebuilt in 2014 (as 新建改建"
          "农村公路20万公里 in wr_china_2015_c); " + TGT)
DRINK = ["农村人口", "解决安全饮水问题的农村人口", "农村饮水安全受益人口", "解决饮水安全问题农村人口",
         "农村饮水安全", "饮水安全", "解决农村人口饮水安全问题"]
fact("今年再解决6000万农村人口", "6000万", value=6000e4, unit="count", kind="count",
     classifier="人", metric="解决饮水安全问题的农村人口", metric_alts=DRINK, **EXPL,
     note="no classifier written (6000万 + noun 农村人口): 人 implied (as wr_china_2015_c); the "
          "predicate defines the counted set → in the metric; 再解决 → target; 今年 restated "
          "right before it (explicit); 今明两年 comes after it and governs no number")
g.neg("经过今明两年努力", "今明两年", PERIOD_NOTE + " (2014-2015; stands after the last number "
      "of its line and governs none: 所有农村居民都能喝上干净的水 states no figure)")

# ==== line 4 (source 71): 积极推进农村改革 (no numeral) =============================================

# ==== line 5 (source 72): 创新扶贫开发方式 =========================================================
POOR = ["农村贫困人口", "农村贫困人口减少", "贫困人口减少", "减贫人口", "贫困人口增量",
        "农村贫困人口减少人数", "农村贫困人口数量增量", "减少农村贫困人口"]
fact("今年再减少农村贫困人口1000万人以上", "1000万人", value=-1000e4, unit="count", kind="count",
     bound="ge", classifier="人", metric="农村贫困人口增量", metric_alts=POOR, **EXPL,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2, as "
          "wr_china_2015_c); 以上 → ge on the size of the fall (outside the span); 再减少 → "
          "target; 今年 right before it (explicit)")

# ==== line 6 (source 73): heading （五） =============================================================
g.neg("（五）推进以人为核心", "（五）", MARKER_NOTE)

# ==== line 7 (source 74): 新型城镇化 ================================================================
g.neg("破除城乡二元结构", "二元", "二元(结构) 'dual (urban-rural) structure', a descriptive "
      "label, not a quantity")
g.neg("四化同步", "四化", LABEL_NOTE + " (四化同步: industrialisation, informatisation, "
      "urbanisation and agricultural modernisation in step)")
g.neg("今后一个时期", "一个", "indefinite article 一个 in the period expression 今后一个时期 "
      "'the period ahead' (as wr_china_2014_b), not a quantity; the expression governs the "
      "three 约1亿 goals after it")
g.neg("现有“三个1亿人”问题", "三个1亿人", LABEL_NOTE + " (“三个1亿人”问题: the name of the three "
      "groups of about 100 million people; the three counts are stated right after it and "
      "annotated there, as wr_china_2015_c)")
URB_NOTE = ("约 → approx (outside the span); a goal of the urbanisation drive (促进/改造/引导 → "
            "target) over 今后一个时期 (from the reference date, open end; alts from 2014, "
            "2014-2020, 2014, null — judgement call)")
fact("促进约1亿农业转移人口", "1亿", value=1e8, unit="count", kind="count", bound="approx",
     classifier="人", metric="落户城镇的农业转移人口",
     metric_alts=["农业转移人口落户城镇", "农业转移人口", "城镇落户人口", "落户城镇农业转移人口",
                  "在城镇落户的农业转移人口", "农业转移人口落户"], **AHEAD,
     note="no measure word (1亿 + 农业转移人口): 人 implied; the predicate (落户城镇) defines the "
          "counted set (as wr_china_2016_b); " + URB_NOTE)
fact("改造约1亿人居住", "1亿人", value=1e8, unit="count", kind="count", bound="approx",
     classifier="人", metric="城镇棚户区和城中村改造涉及人口",
     metric_alts=["棚户区和城中村改造涉及人口", "城镇棚户区和城中村改造", "棚户区和城中村改造人口",
                  "居住在城镇棚户区和城中村的人口", "城镇棚户区和城中村居住人口",
                  "棚户区和城中村改造", "棚户区改造"], **AHEAD,
     note="the people living in the shanty towns and urban villages to be rebuilt (as "
          "wr_china_2016_b 完成约1亿人居住的城镇棚户区和城中村改造); " + URB_NOTE)
fact("引导约1亿人", "1亿人", value=1e8, unit="count", kind="count", bound="approx",
     classifier="人", metric="在中西部地区就近城镇化人口",
     metric_alts=["就近城镇化人口", "中西部地区就近城镇化", "就近城镇化",
                  "引导在中西部地区就近城镇化人口", "中西部地区就近城镇化人口"],
     subject_alts=CN + ["中西部地区"], **AHEAD, note=URB_NOTE + "; as wr_china_2016_b")

# ==== lines 8-9 (source 75-76): 市民化, 中西部 (no numeral; 进一步 lexicalized) =======================

# ==== line 10 (source 77): 城镇化管理创新 ===========================================================
g.neg("决不能一边高楼林立", "一边", "一边…一边… 'on one side … on the other' (a figure of "
      "speech), not a quantity")
g.neg("，一边棚户连片", "一边", "一边 (second half of 一边…一边…), not a quantity")
g.neg("避免千城一面", "千城一面", "idiom 千城一面 'a thousand cities with one face' "
      "(uniformity), not a quantity")

# ==== line 11 (source 78): heading （六） ============================================================
g.neg("（六）以创新支撑", "（六）", MARKER_NOTE)

# ==== lines 12-13 (source 79-80): 创新, 科技体制改革 (no numeral; 单位 lexicalized) ===================

# ==== line 14 (source 81): 产业结构调整 ==============================================================
g.neg("在新一代移动通信", "一代", "一代 of 新一代移动通信 'new-generation mobile communications' "
      "(a technology name, as wr_china_2019_d), not a quantity")
g.neg("消化一批存量", "一批", BATCH_NOTE)
CUT = ("capacity to be eliminated in 2014 (今年要淘汰 … 等落后产能: the verb and the head 落后"
       "产能 distribute over the list, restored in each metric, README §3; as wr_china_2016 "
       "淘汰落后…产能); " + TGT)
fact("淘汰钢铁2700万吨", "2700万吨", value=2700e4, unit="t", kind="amount",
     metric="淘汰落后钢铁产能",
     metric_alts=["落后钢铁产能", "钢铁产能", "淘汰钢铁产能", "淘汰钢铁落后产能", "淘汰落后产能",
                  "钢铁"], **EXPL, note="万吨 ×1e4; " + CUT)
fact("水泥4200万吨", "4200万吨", value=4200e4, unit="t", kind="amount",
     metric="淘汰落后水泥产能",
     metric_alts=["落后水泥产能", "水泥产能", "淘汰水泥产能", "淘汰水泥落后产能", "淘汰落后产能",
                  "水泥"], **EXPL, note="万吨 ×1e4; " + CUT)
fact("平板玻璃3500万标准箱", "3500万标准箱", value=3500e4, unit="标准箱", kind="amount",
     metric="淘汰落后平板玻璃产能",
     metric_alts=["落后平板玻璃产能", "平板玻璃产能", "淘汰平板玻璃产能", "淘汰平板玻璃落后产能",
                  "淘汰落后产能", "平板玻璃"], **EXPL,
     note="judgement call on the unit: 标准箱 of flat glass is its trade unit of quantity (a "
          "standard case, 10 m2 of 2 mm glass), not the container TEU → no canonical unit, kept "
          "as written (SPEC §3), kind amount (as 重量箱 in wr_china_2016); 万 ×1e4; " + CUT)
g.neg("确保“十二五”淘汰任务", "十二五", "plan label 十二五 (SPEC §1 十四五), not a quantity")
AHEAD_ALTS = ["“十二五”淘汰任务提前完成时间", "十二五淘汰任务提前完成时间", "淘汰任务提前完成时间",
              "提前完成“十二五”淘汰任务", "淘汰任务提前完成", "提前完成时间", "提前时间", "提前"]
fact("淘汰任务提前一年完成", "一年", value=1, unit="year", kind="amount",
     metric="“十二五”淘汰落后产能任务提前完成时间", metric_alts=AHEAD_ALTS, **EXPL,
     note="judgement call: 提前N年 'N year(s) ahead of schedule' read as a duration fact (unit "
          "year, kind amount), as 提前一年实现 in wr_shanxi_2025 and wr_china_2000; the 2011-2015 "
          "elimination task to be finished in 2014, a year early (确保 → target); " + T_NOTE)

# ==== line 15 (source 82): heading （七） ============================================================
g.neg("（七）加强教育", "（七）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2014年重点工作 (heading on source line 46, outside the excerpt) — the "
    "plan for 2014: the paragraphs of task （四） 农业现代化和农村改革发展 (heading on source line "
    "67, outside: 三农 and 13亿中国人; 深松整地 1亿亩 pilot; 中央预算内水利投资 700多亿元, 农村危房 "
    "260万户, 农村公路 20万公里, drinking water for 6000万 rural people; rural reform; 农村贫困"
    "人口 −1000万人以上), task （五） 新型城镇化 in full (三个1亿人: 约1亿 ×3), task （六） 创新和"
    "结构优化升级 in full (science reform; elimination of 钢铁2700万吨, 水泥4200万吨, 平板玻璃"
    "3500万标准箱, the 十二五 task 提前一年) and the heading of task （七）. wr_china_2014 (3-21), "
    "wr_china_2014_b (23-39, held out) and wr_china_2014_c (90-103, held out) hold other parts "
    "(no overlap). The source has no title line; the title is the corpus meta title "
    "(title_in_text=False). Date: 2014-03-05, the shared meta date: the opening day of the 2nd "
    "session of the 12th NPC, on which Premier Li Keqiang delivered the report (the Wikisource "
    "text has no date line); nothing in the excerpt contradicts it (今年 = 2014, 十二五 still "
    "under way). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central "
    "budget's water investment adds 中央政府/国务院/中央财政; 中西部地区 is an alt of the "
    "就近城镇化 goal. Periods: 今年 (= 2014) stands before the first figure of every plan line "
    "with figures (source 69, 70, 72, 81) and governs it explicitly (no null alt); 今明两年 "
    "(source 70) comes after the last number and governs none; 今后一个时期 (source 74) governs "
    "the three 约1亿 goals: the reference date with an open end (alts from 2014 open, "
    "2014-2020, 2014, null); 13亿中国人 → actual stock at the reference date (alts open start, "
    "2013-12-31, 2014-12-31, 2014, null). Modality: target for the 2014 tasks (启动, 拟安排, "
    "改造, 改建, 再解决, 再减少, 促进/改造/引导, 要淘汰, 确保); actual for 13亿. Bounds: 700多亿元 "
    "→ gt; 以上 → ge (1000万人, on the size of the fall); 约 → approx (1亿 ×3). Units: 亿亩 → mu "
    "×1e8; 亿元 1e8 CNY; 万户 count; 万公里 → m (×1e7); 6000万 / 1亿 / 13亿 without a measure "
    "word → classifier 人; 万吨 → t; 标准箱 kept as written (flat-glass trade unit, amount); "
    "一年 → 1 year. Judgement calls: 13亿中国人 → a population count (actual); 减少农村贫困人口"
    "1000万人以上 → count −1e7 ge with metric 农村贫困人口增量 (SPEC §2); 三个1亿人 → label "
    "negative, the three 约1亿 after it → facts; the period of 今后一个时期; 3500万标准箱 → unit "
    "标准箱, amount; 提前一年 → a 1-year duration fact (as wr_shanxi_2025); 今明两年 → period "
    "negative governing nothing. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体化, 进一步, 单位 (科教单位). No numerals: 重中之重, 只增不减, "
    "多种形式.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
