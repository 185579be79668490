"""Gold annotations for wr_china_2017_e (2017年中华人民共和国国务院政府工作报告, the 2017 tasks:
investment, regions, urbanisation, innovation and the real economy, agriculture), lines 60-71
of shared/texts/work_report/wr_china_2017.txt.

The excerpt corpora/wr_china_2017_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It lies in part
三、2017年重点工作任务 (heading on source line 40, outside the excerpt): the last three
paragraphs of task （三）进一步释放国内需求潜力 (heading on source line 58, outside: investment —
railway 8000亿元, roads and waterways 1.8万亿元, 15项 water projects, 中央预算内投资 5076亿元 —
regions, urbanisation — 1300万人 to settle in cities, 2000公里 of utility tunnels), task （四）
以创新引领实体经济转型升级 in full (no figures: science, new industries, 中国制造2025, 双创,
quality) and the heading and first two paragraphs of task （五） agriculture (粮改饲 1000万亩,
2000万亩 of water-saving irrigation, insurance in 13个粮食主产省).  All of it is the plan for
2017.  wr_china_2017 holds lines 6-19, wr_china_2017_b 20-31, wr_china_2017_c 34-44,
wr_china_2017_d 76-85 (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2017_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2017_e"
SOURCE_ID = "wr_china_2017"
PLACE = "中国"
REF = "2017-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 60, 71                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2017年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2017)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="积极扩大有效投资。",
                 ends="鼓励高校毕业生、退役军人、科技人员到农村施展才华。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "quantifier 一批 (README §2), not a count"
PLAN_NAME_NOTE = ("name of a three-year action (三年行动), not a duration fact (as "
                  "wr_beijing_2025_b / wr_beijing_2025_d)")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2017_c / wr_china_2018_e)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2017-03-05; 今年 = 2017) ---------------------------------------
# The excerpt is the plan for 2017: part 三、2017年重点工作任务 (source line 40, outside the
# excerpt) → modality target.
# - Lines that name 今年 before their numbers get it explicitly, without the null alt (as
#   wr_china_2017_c / _d): line 1 (今年要完成… → 8000亿元, 1.8万亿元, 15项, 5076亿元), line 3
#   (今年实现进城落户… → 1300万人, 2000公里), line 12 after 今年在… (13个).
# - Numbers without a period before them in their line take the section frame 2017-01-01..
#   2017-12-31 (SPEC §4), period text 今年 (the excerpt's own word for the plan year), the
#   null reading in period_alts: line 11 (1000万亩) and the 2000万亩 of line 12 (今年 comes
#   later in that line).
# - 粮改饲试点面积扩大到1000万亩以上: the pilot area of the 2017 crop year to be reached → the
#   year, the end instant (a level reached) and null as alts.
# - 13个粮食主产省: the size of an existing set (the 13 major grain-producing provinces, where
#   the 2017 insurance pilot is to run) → actual (as 11个自贸试验区 in wr_china_2017_d), 今年 of
#   the line, the reference date as alt — judgement call (target the alternative).
YT = "今年"
Y17 = P(YT, "2017-01-01", "2017-12-31")
Y17_NULL = P(YT, None, None)
Y17_END = P(YT, "2017-12-31", "2017-12-31")
EXPL = dict(period=Y17)
PLAN = dict(period=Y17, period_alts=[Y17_NULL])
PLAN_LEVEL = dict(period=Y17, period_alts=[Y17_NULL, Y17_END])
EXPL_NOTE = "task for 2017 → target; 今年 (= 2017) earlier in its line governs (explicit)"
PLAN_NOTE = ("task for 2017 → target; no period before it in its line: section frame of part "
             "三、2017年重点工作任务 (outside the excerpt), period text 今年, null as alt")

# ==== line 1 (source 60): 积极扩大有效投资 ==========================================================
RAIL = ["铁路投资", "铁路固定资产投资", "铁路投资规模", "全国铁路投资", "完成铁路建设投资",
        "铁路建设投资规模"]
fact("今年要完成铁路建设投资8000亿元", "8000亿元", value=8000e8, unit="CNY", kind="amount",
     metric="铁路建设投资", metric_alts=RAIL, subject_alts=CN + ["铁路"], **EXPL,
     note="要完成 → target; the railway investment of 2017 (a flow); 亿元 ×1e8; " + EXPL_NOTE
          + " (今年要完成 opens the list); the sector keeps 中国 as subject, 铁路 as alt "
          "(README §4, as wr_china_2018_e)")
ROADW = ["公路水运建设投资", "公路水路投资", "公路水运投资规模", "公路、水运投资",
         "公路水运固定资产投资", "完成公路水运投资"]
fact("公路水运投资1.8万亿元", "1.8万亿元", value=1.8e12, unit="CNY", kind="amount",
     metric="公路水运投资", metric_alts=ROADW, subject_alts=CN + ["公路水运"], **EXPL,
     note="要完成 shared → target; 万亿元 ×1e12; " + EXPL_NOTE)
WATER = ["新开工重大水利工程", "再开工重大水利工程", "开工重大水利工程", "重大水利工程数量",
         "重大水利工程项目", "重大水利工程增量", "新开工重大水利工程数量", "水利工程"]
fact("再开工15项重大水利工程", "15项", value=15, unit="count", kind="count", classifier="项",
     metric="重大水利工程", metric_alts=WATER, subject_alts=CN + ["水利"], **EXPL,
     note="再开工 → the major water projects to be started in 2017 (a flow; the 增量 reading "
          "and the review's 新开工重大水利工程 (wr_china_2017) in alts, README §3); target; "
          + EXPL_NOTE)
BUDGET = ["中央预算内投资规模", "中央预算内投资总额", "预算内投资", "中央政府投资",
          "中央预算内投资安排"]
gov("中央预算内投资安排5076亿元", "5076亿元", value=5076e8, unit="CNY", kind="amount",
    metric="中央预算内投资", metric_alts=BUDGET, **EXPL,
    note="安排 → target (the 2017 budget); 亿元 ×1e8; " + EXPL_NOTE + "; " + GOV_NOTE)

# ==== line 2 (source 61): 优化区域发展格局 ==========================================================
g.neg("统筹推进三大战略", "三大战略", LABEL_NOTE + " (三大战略: 一带一路, 京津冀协同发展, 长江经济带"
      "发展, as wr_china_2017_b)")
g.neg("“四大板块”发展", "四大板块", LABEL_NOTE + " (“四大板块”: the four regions west, "
      "northeast, centre, east, as wr_china_2015_c)")

# ==== line 3 (source 62): 扎实推进新型城镇化 ========================================================
SETTLE = ["进城落户人口", "进城落户人数", "农业转移人口进城落户", "落户城镇人口", "进城落户人员",
          "实现进城落户"]
fact("今年实现进城落户1300万人以上", "1300万人", value=1300e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="进城落户", metric_alts=SETTLE, **EXPL,
     note="以上 → ge (outside the span); people to settle in cities in 2017 (a flow; the "
          "review's 进城落户 in wr_china_2017_b); 万人 ×1e4; target; " + EXPL_NOTE)
g.neg("推动一批具备条件", "一批", BATCH_NOTE)
g.neg("促进“多规合一”", "多规合一", LABEL_NOTE + " (“多规合一”: merging the spatial plans into "
      "one, as wr_chongqing_2025_f)")
TUNNEL = ["城市地下综合管廊长度", "地下综合管廊", "综合管廊", "开工建设城市地下综合管廊",
          "再开工建设城市地下综合管廊", "新开工城市地下综合管廊", "城市地下综合管廊里程",
          "城市地下综合管廊增量"]
fact("城市地下综合管廊2000公里以上", "2000公里", value=2000e3, unit="m", kind="amount",
     bound="ge", metric="城市地下综合管廊", metric_alts=TUNNEL, **EXPL,
     note="以上 → ge (outside the span); 公里 → ×1e3 m; the length of utility tunnels to be "
          "started in 2017 (再开工建设, a flow); target; " + EXPL_NOTE + " (今年 of 今年实现…)")
g.neg("易涝区段三年行动", "三年", PLAN_NAME_NOTE + " (消除城区重点易涝区段三年行动)")

# ==== line 4 (source 63): heading （四） ==========================================================
g.neg("（四）以创新引领", "（四）", MARKER_NOTE)

# ==== line 5 (source 64): 提升科技创新能力 (no numerals) ==============================================

# ==== line 6 (source 65): 加快培育壮大新兴产业 (年内 and 今年: no figures) =================================
g.neg("第五代移动通信", "第五代", "technology name 第五代移动通信 (5G), a generation label, not a "
      "rank (as wr_china_2018_d)")

# ==== line 7 (source 66): 大力改造提升传统产业 =====================================================
g.neg("《中国制造2025》", "2025", "year in the name of the plan 中国制造2025, not a fact (as "
      "wr_china_2017_b / _d)")

# ==== line 8 (source 67): 持续推进大众创业、万众创新 ================================================
g.neg("大众创业、万众创新。", "万众", "slogan 大众创业、万众创新: 万众 'the multitude', not a "
      "quantity (as wr_china_2017)")
SC_NOTE = LABEL_NOTE + " (双创 = 大众创业、万众创新, as wr_china_2017_b)"
g.neg("“双创”是以创业", "双创", SC_NOTE)
g.neg("新建一批“双创”", "一批", BATCH_NOTE)
g.neg("新建一批“双创”", "双创", SC_NOTE)
g.neg("面向大众的“双创”", "双创", SC_NOTE)

# ==== line 9 (source 68): 全面提升质量水平 (no numerals) ===============================================

# ==== line 10 (source 69): heading （五） =========================================================
g.neg("（五）促进农业", "（五）", MARKER_NOTE)

# ==== line 11 (source 70): 推进农业结构调整 =========================================================
FEED = ["粮改饲试点", "粮改饲面积", "粮改饲试点规模", "粮改饲", "粮改饲试点面积扩大到"]
fact("粮改饲试点面积扩大到1000万亩以上", "1000万亩", value=1000e4, unit="mu", kind="amount",
     bound="ge", metric="粮改饲试点面积", metric_alts=FEED, **PLAN_LEVEL,
     note="以上 → ge (outside the span); 扩大到 → the pilot area of the 2017 crop year to be "
          "reached (target; not an increment); 亩 stays mu (SPEC §3), 万亩 ×1e4; " + PLAN_NOTE
          + "; the end instant (a level reached) as a further alt")
g.neg("农村一二三产业", "一二三", "sector labels 一二三产业 (primary, secondary, tertiary), not a "
      "quantity (as wr_china_2018_e)")

# ==== line 12 (source 71): 加强现代农业建设 =========================================================
IRRIG = ["高效节水灌溉", "新增高效节水灌溉面积", "高效节水灌溉面积增量", "节水灌溉面积",
         "新增高效节水灌溉", "高效节水灌溉增量"]
fact("新增高效节水灌溉面积2000万亩", "2000万亩", value=2000e4, unit="mu", kind="amount",
     metric="高效节水灌溉面积", metric_alts=IRRIG, **PLAN,
     note="新增 N: area to be added in 2017 (the noun kept, the 增量 reading in alts, README §3, "
          "as wr_china_2018_e); 万亩 ×1e4 mu; target; " + PLAN_NOTE + " (今年 comes later in "
          "the line)")
GRAIN_PROV = ["粮食主产省份", "粮食主产区", "大灾保险试点粮食主产省", "实施大灾保险的粮食主产省",
              "粮食主产省数量", "主产省"]
g.fact("今年在13个粮食主产省", "13个", value=13, unit="count", kind="count", classifier="个",
       metric="粮食主产省", metric_alts=GRAIN_PROV, subject=PLACE, subject_alts=CN,
       modality="actual", period=Y17, period_alts=[P(YT, REF, REF), Y17_END],
       note="judgement call: the size of an existing set (the 13 major grain-producing "
            "provinces, in which the 2017 大灾保险 pilot is to run) → actual (as 11个自贸试验区 "
            "in wr_china_2017_d; a target reading — the pilot's scope — is the alternative); "
            "今年 right before it governs (explicit), the reference date and the year end as "
            "alts")
g.neg("健全农村“双创”", "双创", SC_NOTE + " (here the rural 双创 mechanism)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2017年重点工作任务 (heading on source line 40, outside the excerpt) — "
    "the plan for 2017: the last three paragraphs of task （三） 释放国内需求潜力 (heading on "
    "source line 58, outside: investment — 铁路建设投资 8000亿元, 公路水运投资 1.8万亿元, 15项 "
    "重大水利工程, 中央预算内投资 5076亿元; regions; urbanisation — 进城落户 1300万人以上, 城市地下"
    "综合管廊 2000公里以上), task （四） 创新引领实体经济 in full (no figures) and the heading and "
    "first two paragraphs of task （五） agriculture (粮改饲 1000万亩以上, 新增高效节水灌溉面积 "
    "2000万亩, 大灾保险 in 13个粮食主产省). wr_china_2017 (lines 6-19), _b (20-31), _c (34-44) "
    "and _d (76-85) hold other parts (no overlap). Title: the corpus meta title (the source's "
    "first line is 政府工作报告, outside the excerpt), title_in_text=False. Date: 2017-03-05, "
    "the corpus meta date and the source's own dateline (line 2: ——2017年3月5日在第十二届全国"
    "人民代表大会第五次会议上); nothing in the excerpt contradicts it (今年 = 2017). Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); 中央预算内投资 adds 中央政府/国务院/"
    "中央财政; railway, road/waterway and water projects add the sector as alt. Periods: 今年 "
    "governs lines 1 (8000亿元, 1.8万亿元, 15项, 5076亿元) and 3 (1300万人, 2000公里) and the "
    "13个 of line 12 explicitly (no null alt); 1000万亩 (line 11) and 2000万亩 (line 12, before "
    "its 今年) take the section frame 2017 (period text 今年, null as alt; 1000万亩 also the end "
    "instant). Modality: target for the 2017 tasks; actual for 13个粮食主产省 (the size of an "
    "existing set). Bounds: 以上 → ge (1300万人, 2000公里, 1000万亩); otherwise eq. Units: 亿元 "
    "×1e8, 万亿元 ×1e12; 万人 → count; 公里 → m ×1e3; 万亩 → mu ×1e4. Judgement calls: 13个"
    "粮食主产省 → a count fact, actual (target the alternative); 再开工15项 → count with the "
    "noun 重大水利工程 (新开工/增量 readings as alts); 粮改饲 扩大到 → the level of the year "
    "(target), end instant as alt; 三大战略, 四大板块, 多规合一, 双创 ×4, 一二三(产业) → labels; "
    "三年 (三年行动) → plan name; 第五代 → technology name; 2025 (中国制造2025) → plan name. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步. Period words without numerals (年内) need no line.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
