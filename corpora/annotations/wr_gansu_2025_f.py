"""Gold annotations for wr_gansu_2025_f (2025年甘肃省政府工作报告, sixth excerpt: the 2025 tasks
四 (ecology), 五 (reform and opening up) and the start of 六 (culture)), lines 40-50 of
shared/texts/work_report/wr_gansu_2025.txt.

The excerpt corpora/wr_gansu_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the three
paragraphs of task 四是完善大保护大治理格局 (黄河流域生态保护 with 800平方公里 of soil-erosion
control, 生态保护修复 with 560万亩 of afforestation and 25个 rivers/lakes, 污染防治; the task
heading is source line 39, the last line of wr_gansu_2025_d), task 五是积极融入新发展格局 in full
(heading, 重点领域改革 with the 339项 reform tasks, 民营经济, 对外开放 with 8个 overseas
warehouses, 跨省域合作) and the heading and first two paragraphs of task 六是加快文化强省建设
(文化遗产保护, 文化事业; its third paragraph, source line 51, opens wr_gansu_2025_c).  All of
it lies in part 三、2025年重点工作 (heading on source line 26, outside the excerpt): the plan
for 2025.  The text is sparse in figures (five quantities) and rich in labels, slogans and
place names with numerals.  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_gansu_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_gansu_2025_f"
PLACE = "甘肃省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_gansu_2025.txt"
FIRST, LAST = 40, 50                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年甘肃省政府工作报告"       # line 1 of the source, outside the excerpt
GS_ALTS = ["甘肃", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="深化黄河流域生态保护。", ends="完成省市县三级扶贫志、全面小康志编纂出版。")
text = g.text
fact = g.with_subject(PLACE, GS_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "place name {}, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
BRI_NOTE = ("initiative name “一带一路” (the Belt and Road), not a quantity (as wr_jiangsu / "
            "wr_china golds)")

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 26, outside the
# excerpt): the plan for 2025 → modality target.  No line of the excerpt states a period of
# its own (no 今年, no year), so every number takes the section frame 2025-01-01..2025-12-31
# (SPEC §4), period text 2025年 (the heading's, as wr_gansu_2025_d), with the null reading in
# period_alts:
#   - work volumes of the year (治理水土流失面积, 营造林) → the year (PLAN);
#   - things to be built up or added (打造25个河湖, 新建8个海外仓) → the year, null and the end
#     instant as alts (PLAN_SET, as wr_gansu_2025_d);
#   - a set that already exists (省委确定的339项重点改革任务: the provincial Party committee has
#     fixed the list; the plan is to implement it) → actual, the instant at the reference date,
#     alts the end of 2024, the year and null (EXIST, as wr_gansu_2025_c / _d).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
EXIST = dict(period=P("2025年", REF, REF),
             period_alts=[P("2025年", "2024-12-31", "2024-12-31"), S25, S25_NULL],
             modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "三、2025年重点工作 (source line 26), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
EXIST_NOTE = ("an existing set (the count describes what is there now) → actual, the instant "
              "at the reference date, alts the end of 2024, the year and null (as "
              "wr_gansu_2025_c / _d EXIST)")

# ==== line 1 (source 40): 深化黄河流域生态保护 =====================================================
g.neg("增强黄河首曲", "首曲", PLACE_NOTE.format("黄河首曲 ('the first bend' of the Yellow "
      "River, a wetland in 玛曲), no rank"))
g.neg("与青海、四川共同", "四川", PLACE_NOTE.format("四川 (四川省)"))
SOIL = ["水土流失治理面积", "水土流失综合治理面积", "综合治理水土流失面积", "治理水土流失",
        "水土流失面积", "新增水土流失治理面积"]
fact("治理水土流失面积800平方公里以上", "800平方公里", value=8e8, unit="m2", kind="amount",
     bound="ge", metric="治理水土流失面积", metric_alts=SOIL,
     subject_alts=GS_ALTS + ["陇中陇东黄土高原"], **PLAN,
     note="以上 → ge (outside the span); 平方公里 → m2 (×1e6); area to be treated in 2025 (a "
          "work volume of the year, as 治理水土流失面积 in cm_qiandongnan_2016_e); the sentence "
          "opens with 陇中陇东黄土高原 (where the work lies) → alt of the province; " + PLAN_NOTE)

# ==== line 2 (source 41): 系统开展生态保护修复 =====================================================
g.neg("深入实施“三北”", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity")
g.neg("“双重”等重点生态工程", "双重", LABEL_NOTE + " (“双重”: 全国重要生态系统保护和修复重大工程, "
      "the 'two majors' programme), not a count")
g.neg("加快阿万仓", "阿万仓", PLACE_NOTE.format("阿万仓 (阿万仓国家草原自然公园 in 玛曲)"))
FOREST = ["营造林面积", "完成营造林", "完成营造林面积", "造林面积", "营造林任务"]
fact("完成营造林560万亩", "560万亩", value=5.6e6, unit="mu", kind="amount",
     metric="营造林", metric_alts=FOREST, **PLAN,
     note="完成 N (a task of the year) → target; 亩 stays mu (SPEC §3), 万亩 ×1e4; the "
          "afforestation of 2025 (a flow); “绿满陇原”行动 in the sentence before names the "
          "campaign; " + PLAN_NOTE)
fact("打造美丽幸福河湖25个以上", "25个", value=25, unit="count", kind="count", classifier="个",
     bound="ge", metric="美丽幸福河湖",
     metric_alts=new("美丽幸福河湖", "打造美丽幸福河湖", "幸福河湖"), **PLAN_SET,
     note="以上 → ge (outside the span); rivers and lakes to be built up as 'beautiful and "
          "happy' ones in 2025 (打造 N: things to be made, 增量 alts, README §3); " + SET_NOTE)
g.neg("坚持“四水四定”", "四水四定", LABEL_NOTE + " (“四水四定”: 以水定城、以水定地、以水定人、"
      "以水定产), not a count")

# ==== line 3 (source 42): 深入打好污染防治攻坚战 ===================================================
g.neg("河湖库“清四乱”", "清四乱", LABEL_NOTE + " (“清四乱”: clearing the four kinds of river "
      "and lake disorder, 乱占、乱采、乱堆、乱建), not a count")

# ==== line 4 (source 43): heading 五是 ==============================================================
g.neg("五是积极融入", "五是", MARKER_NOTE)

# ==== line 5 (source 44): 深化重点领域改革 ==========================================================
fact("省委确定的339项重点改革任务", "339项", value=339, unit="count", kind="count",
     classifier="项", metric="重点改革任务",
     metric_alts=["省委确定的重点改革任务", "重点改革任务数量", "改革任务", "省委确定重点改革任务",
                  "重点改革任务落地"],
     subject_alts=GS_ALTS + ["省委", "甘肃省委", "中共甘肃省委"], **EXIST,
     note="judgement call: the key reform tasks fixed by the provincial Party committee (a "
          "list that already exists; the plan is to implement it, 稳步推进…落地) → a count of an "
          "existing set, " + EXIST_NOTE + "; target (tasks to be implemented in 2025) is the "
          "alternative reading; 省委 as subject alt")
g.neg("深入推进“6+1”布局", "6+1", LABEL_NOTE + " (“6+1”布局结构调整 of the provincial state-"
      "owned firms, a scheme named by its parts), not a count or sum")
g.neg("“数据要素乘”三年行动计划", "三年", "name of a three-year plan (“数据要素乘”三年行动计划), "
      "not a duration fact (as wr_gansu_2025_d)")
g.neg("“高效办成一件事”", "一件事", "reform name “高效办成一件事”, not a count")
g.neg("加快零基预算", "零基", "reform label 零基预算 (zero-based budgeting), not a quantity")
g.neg("“最后一公里”", "一公里", "idiom 最后一公里 'the last mile', not a length")

# ==== line 6 (source 45): 促进民营经济发展壮大 =====================================================
g.neg("打造一批优化营商环境", "一批", VAGUE_NOTE)
g.neg("深入推进“五转”工程", "五转", LABEL_NOTE + " (“五转”工程, the province's programme of five "
      "transitions of small firms and individual businesses, e.g. 个转企、小升规), not a count")
g.neg("国务院“五个严禁”", "五个严禁", LABEL_NOTE + " (“五个严禁”, the State Council's five "
      "prohibitions on inspections of firms), not a count claim")
g.neg("“八个不得”要求", "八个不得", LABEL_NOTE + " (“八个不得”, eight prohibitions), not a count "
      "claim")
g.neg("当好服务企业的“店小二”", "店小二", "idiom 店小二 'waiter / shop assistant' (a humble "
      "servant of firms), not a quantity")

# ==== line 7 (source 46): 扩大高水平对外开放 =======================================================
g.neg("深度融入高质量共建“一带一路”", "一带一路", BRI_NOTE)
g.neg("加速开拓“一带一路”", "一带一路", BRI_NOTE)
g.neg("新能源汽车、二手车", "二手", "二手(车) 'second-hand (cars)', not a quantity")
fact("新建海外仓8个", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="海外仓", metric_alts=new("海外仓", "新建海外仓", "公共海外仓"), **PLAN_SET,
     note="新建 N: overseas warehouses to be built in 2025 → the noun as metric, 增量 alts "
          "(README §3); " + SET_NOTE)
g.neg("支持“一带一路”高校联盟", "一带一路", BRI_NOTE + " (in the name “一带一路”高校联盟)")
g.neg("举办第三届国际友城", "第三届", "edition label 第三届 (the 3rd 国际友城经贸对接活动), not "
      "a count (as other golds' 第三届)")
g.neg("深化与“一带一路”共建国家", "一带一路", BRI_NOTE)
g.neg("乘着高质量共建“一带一路”", "一带一路", BRI_NOTE)
g.neg("大门一定越开越大", "一定", "adverb 一定 'certainly', not a quantity")

# ==== line 8 (source 47): 拓展跨省域合作 (统一 lexicalized) ==========================================
g.neg("成渝地区双城经济圈", "双城", "name 成渝地区双城经济圈 ('twin-city economic circle'), not "
      "a quantity (as wr_china_2022_c)")

# ==== line 9 (source 48): heading 六是 ==============================================================
g.neg("六是加快文化强省", "六是", MARKER_NOTE)

# ==== line 10 (source 49): 加强文化遗产保护 (单位 of 文物保护单位 lexicalized, no numeral) ============

# ==== line 11 (source 50): 大力发展文化事业 ==========================================================
g.neg("培育“五个一工程”", "五个一工程", "award name “五个一工程”, not a count (as wr_henan_2025)")
g.neg("完成省市县三级", "三级", "appositive 三级 restating 省市县 (the three administrative "
      "levels whose poverty-relief chronicles are compiled), not a quantity claim (as 省市县三级 "
      "in wr_fujian_2025_b)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_gansu_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code: the three paragraphs of task 四是完善大保护大治理格局 (黄河流域生态保护, "
    "生态保护修复, 污染防治; the task heading is source line 39, the last line of "
    "wr_gansu_2025_d), task 五是积极融入新发展格局 in full (heading, 重点领域改革, 民营经济, 对外开放, "
    "跨省域合作) and the heading and first two paragraphs of task 六是加快文化强省建设 (文化遗产保护, "
    "文化事业; source line 51 opens wr_gansu_2025_c). Part of the report: 三、2025年重点工作 "
    "(heading on source line 26), the plan for 2025. Other excerpts of the report: "
    "wr_gansu_2025 (10-13), _b (15-18), _c (51-60), _d (31-39), _e (19-28, held out); no "
    "overlap. Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-20, the delivery date in the report's "
    "header (source line 3: ——2025年1月20日在甘肃省第十四届人民代表大会第三次会议上); the shared "
    "meta agrees. Place: 甘肃省 (甘肃, 全省, 我省 → alts; 陇中陇东黄土高原 added for the erosion "
    "control, 省委 for the reform tasks). Periods: no line states a period (no 今年, no year), "
    "so every number takes the section frame 2025 (period text 2025年, the heading's), null as "
    "alt; work volumes (800平方公里, 560万亩) → the year; things to be built/added (25个河湖, 8个"
    "海外仓) → the year with the end instant as a further alt; 339项 → an existing list (see "
    "below). Modality: target throughout, except 339项 (actual). Units: 平方公里 → m2 (×1e6); "
    "万亩 → 1e4 mu (亩 stays mu). Bounds: 以上 → ge (800平方公里, 25个); 560万亩 / 339项 / 8个 eq. "
    "Judgement calls: 省委确定的339项重点改革任务 → a count of an existing set (actual at the "
    "reference date, as 优化3家 in wr_gansu_2025_d; target the alternative); 打造/新建 N → counts "
    "with 增量 alts (README §3); 三级 (省市县三级) → appositive negative; “双重” → programme label; "
    "店小二 → idiom; 黄河首曲 / 四川 / 阿万仓 → place names. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体化 ×3 (山水林田湖草沙一体化, 口岸一体化, 思政课一体化), 一体 "
    "(一体改革, 一体发展), 一流 (一流企业), 进一步, 统一 (全国统一大市场), 单位 (文物保护单位). "
    "Known false alarm of the shared check_gold.py: the period text 2025年 is the heading's "
    "(outside the excerpt, as wr_gansu_2025_d; period text is not scored).")

g.write(date=REF, source=f"shared/texts/work_report/wr_gansu_2025.txt lines {FIRST}–{LAST} "
        "(三、2025年重点工作, tasks 四 (paragraphs) to 六 (start); 来源：甘肃日报)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
