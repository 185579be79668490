"""Gold annotations for wr_anhui_2025_f (2025年安徽省政府工作报告, the 2025 tasks: ecology,
culture and tourism, the start of people's livelihood), lines 79-89 of
shared/texts/work_report/wr_anhui_2025.txt.

The excerpt corpora/wr_anhui_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the three
paragraphs of task （八） 协同推进降碳减污扩绿增长 after its heading (长三角生态屏障, 两山转化,
绿色低碳发展; the heading itself, source line 78, is outside), task （九） 文化和旅游 in full
(heading, 文化遗产, 文化事业和产业, 精神文明, 全域旅游) and the heading and first two
paragraphs of task （十） 民生实事 (就业, 医疗卫生).  All of it lies in part 三、2025年重点工作
(heading on source line 40, outside the excerpt): the plan for 2025.  Lines 6-16, 18-24,
33-46, 48-59 and 67-77 are annotated in wr_anhui_2025 / _c / _b / _e / _d (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_anhui_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_anhui_2025_f"
PLACE = "安徽省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_anhui_2025.txt"
FIRST, LAST = 79, 89                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年安徽省政府工作报告"       # line 1 of the source, outside the excerpt
AH_ALTS = ["安徽", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="筑牢长三角生态屏障。",
                 ends="提升“世界中医药之都”的产业竞争力和品牌影响力。")
text = g.text
fact = g.with_subject(PLACE, AH_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
YRD = PLACE_NOTE.format("长三角, the Yangtze River Delta; as wr_anhui_2025_b / _c / _d")
ZERO_JOB = "lexicalized 零工 'odd jobs'; 零 is not a quantity (as wr_fujian_2025_b)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 40, outside the
# excerpt): the plan for 2025 → modality target (完成, 治理, 修复, 建成投运, 新增, 建设, 规范
# 建设, 达…).  No line of the excerpt states a period of its own (no 今年, 全年, 年内; the only
# year, 2025年 of line 7, sits in an event name), so every number takes that section frame
# (SPEC §4), 2025-01-01..2025-12-31, with the heading's period text 2025年 and null in
# period_alts (as wr_anhui_2025_e; the surface is outside the excerpt, period text is not
# scored).  Things to be built, commissioned or added take the year with the end instant as a
# further alt (PLAN_SET, as wr_anhui_2025_d / _e), and so does a rate to be reached
# (集中收集率达70%, as 提高到85% in wr_anhui_2025_d); works to be carried out in the year
# (treating water bodies, restoring mines and wetlands) keep the year with null (PLAN).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作 (source line 40, 2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
WORK_NOTE = PLAN_NOTE + "; works to be carried out in the year → the year (and null)"


# ==== line 1 (source 79): 筑牢长三角生态屏障 ======================================================
g.neg("筑牢长三角生态屏障", "长三角", YRD)
g.neg("淘汰国三及以下", "国三", "emission-standard label 国三 (China III) defining the trucks "
      "to be phased out, not a quantity (as wr_shandong_2025_e)")
fact("集中收集率达70%", "70%", value=70, unit="%", kind="share",
     metric="城市生活污水集中收集率",
     metric_alts=["生活污水集中收集率", "污水集中收集率", "城市污水集中收集率",
                  "城市生活污水收集率"], **PLAN_SET,
     note="达 → eq; a rate (SPEC §2 share) to be reached in 2025 (as 提高到85% in "
          "wr_anhui_2025_d); " + SET_NOTE)
fact("黑臭水体1400个以上", "1400个", value=1400, unit="count", kind="count", classifier="个",
     bound="ge", metric="治理农村黑臭水体",
     metric_alts=["农村黑臭水体", "农村黑臭水体治理", "治理农村黑臭水体数量", "黑臭水体",
                  "农村黑臭水体治理数量"], **PLAN,
     note="以上 → ge (outside the span); same metric as the 2024 figure 治理农村黑臭水体1653个 "
          "in wr_anhui_2025_c; " + WORK_NOTE)
g.neg("长江大保护三年行动计划", "三年", "name of a three-year action plan (长江大保护三年行动"
      "计划), not a duration fact (as wr_jiangsu_2025, wr_beijing_2025_d)")
g.neg("长江十年禁渔", "十年", LABEL_NOTE + " (长江十年禁渔, the name of the ten-year fishing ban, "
      "as wr_china_2022 / wr_china_2023_c)")
fact("湿地保护修复工程12处", "12处", value=12, unit="count", kind="count", classifier="处",
     metric="湿地保护修复工程",
     metric_alts=["完成湿地保护修复工程", "湿地保护修复工程数量", "湿地保护修复",
                  "湿地修复工程"], **PLAN,
     note="works to be completed (完成) in 2025; span number + classifier (README §1); "
          + WORK_NOTE)
fact("废弃矿山300个以上", "300个", value=300, unit="count", kind="count", classifier="个",
     bound="ge", metric="修复废弃矿山",
     metric_alts=["废弃矿山", "废弃矿山修复", "修复废弃矿山数量", "废弃矿山修复数量",
                  "矿山修复"], **PLAN,
     note="以上 → ge (outside the span); mines to be restored in 2025; " + WORK_NOTE)

# ==== line 2 (source 80): 两山转化 (no facts) =====================================================
g.neg("新安江—千岛湖", "千岛湖", PLACE_NOTE.format("千岛湖, a lake; as wr_anhui_2025_c"))
g.neg("开展长三角区域", "长三角", YRD)

# ==== line 3 (source 81): 加快绿色低碳发展 ========================================================
fact("支撑性电源装机496万千瓦", "496万千瓦", value=4.96e9, unit="W", kind="amount",
     metric="支撑性电源装机",
     metric_alts=["建成投运支撑性电源装机", "支撑性电源", "支撑性电源装机容量",
                  "新增支撑性电源装机", "支撑性电源装机增量", "建成投运支撑性电源"], **PLAN_SET,
     note="496万千瓦 = 4.96e9 W; capacity to be built and put into operation (建成投运) in "
          "2025 → target; " + SET_NOTE)
fact("发电装机600万千瓦以上", "600万千瓦", value=6e9, unit="W", kind="amount", bound="ge",
     metric="新增可再生能源发电装机",
     metric_alts=["可再生能源发电装机", "可再生能源发电装机增量", "新增可再生能源装机",
                  "可再生能源发电装机容量增量", "可再生能源装机"], **PLAN_SET,
     note="以上 → ge (outside the span); 600万千瓦 = 6e9 W; 新增 of a stock → the indicator "
          "phrase kept whole, 增量 reading in alts (as the 2024 figure 1261万千瓦 in "
          "wr_anhui_2025); " + SET_NOTE)
g.neg("启动第二批零碳", "第二批", "batch label 第二批 (second batch of zero-carbon parks), not a "
      "rank or count (as wr_anhui_2025_e)")
g.neg("第二批零碳产业园区", "零碳", "label 零碳 ('zero-carbon', README §2)")
g.neg("“双碳”管理", "双碳", LABEL_NOTE + " (“双碳”, README §2; as wr_anhui_2025_c)")

# ==== line 4 (source 82): heading （九） (no facts) ================================================
g.neg("（九）激发文化", "（九）", MARKER_NOTE)
g.neg("“一区三圈四带”", "一区三圈四带", LABEL_NOTE + " (“一区三圈四带”, the layout name of "
      "the province's tourism plan)")

# ==== line 5 (source 83): 加强文化遗产保护传承 (no facts) ==========================================
g.neg("凌家滩、双墩", "双墩", PLACE_NOTE.format("双墩, an archaeological site (双墩遗址)"))
g.neg("实施百项革命文物", "百项", LABEL_NOTE + " (programme name 百项革命文物保护利用工程 'a "
      "hundred revolutionary-relics projects', as “百项农业重大科技攻关” in wr_anhui_2025_d) — "
      "judgement call; a count of 100 projects is the alternative reading")

# ==== line 6 (source 84): 繁荣发展文化事业和文化产业 ==============================================
g.neg("建成安徽百戏城", "百戏", PLACE_NOTE.format("安徽百戏城, a theatre complex; 百戏 'the "
      "hundred operas'"))
fact("建设公共文化空间600个", "600个", value=600, unit="count", kind="count", classifier="个",
     metric="公共文化空间",
     metric_alts=new("公共文化空间", "建设公共文化空间", "文化空间"), **PLAN_SET,
     note="spaces to be built (建设) in 2025 → 增量 alts (README §3); same noun as the 2024 "
          "figure 建成投用600个公共文化空间 (source line 26); " + SET_NOTE)
g.neg("百花竞秀等行动", "百花竞秀", LABEL_NOTE + " (campaign name 百花竞秀, an idiom 'a "
      "hundred flowers vie'), not a quantity")
g.neg("促进文房四宝", "文房四宝", "idiom 文房四宝 ('the four treasures of the study': brush, "
      "ink, paper, inkstone), an industry name, not a count")

# ==== line 7 (source 85): 深化群众性精神文明创建 (no facts) ========================================
g.neg("建设一批弘扬", "一批", VAGUE_NOTE)
g.neg("办好2025年中国网络文明大会", "2025年", "year inside an event name (2025年中国网络文明"
      "大会), not a period of a fact (no number follows in the line)")

# ==== line 8 (source 86): 大力发展全域旅游 (no facts) ==============================================
g.neg("实施“百景提升”", "百景提升", LABEL_NOTE + " (campaign name “百景提升” 'upgrade a "
      "hundred scenic spots') — judgement call; a count of 100 spots is the alternative "
      "reading")

# ==== line 9 (source 87): heading （十） (no facts) ================================================
g.neg("（十）切实办好", "（十）", MARKER_NOTE)
g.neg("“小百分比”", "百分比", "rhetoric: 小百分比 ('a small percentage' of the people's urgent "
      "needs), no quantity stated")
g.neg("“百分之百”", "百分之百", "slogan 办到“百分之百” ('fulfil them one hundred per cent'), "
      "rhetoric, not a measured share")

# ==== line 10 (source 88): 促进高质量充分就业 ======================================================
g.neg("“三业联动”", "三业联动", LABEL_NOTE + " (“三业联动”: 产业、创业、就业 linked)")
g.neg("零就业家庭", "零", "label 零就业家庭 ('zero-employment households', a target group), "
      "not a quantity")
g.neg("提升“三公里”", "三公里", LABEL_NOTE + " (“三公里”就业圈 'three-kilometre job circle', "
      "the name of a service network; also in the 2024 review, source line 25) — judgement call")
g.neg("规范建设零工市场", "零工", ZERO_JOB)
g.neg("零工市场、零工驿站", "零工", ZERO_JOB, nth=1)
fact("零工驿站100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="零工市场、零工驿站",
     metric_alts=new("零工市场、零工驿站", "零工市场和零工驿站", "规范建设零工市场、零工驿站",
                     "零工市场", "零工驿站", "零工市场零工驿站"), **PLAN_SET,
     note="one number over the pair (零工市场、零工驿站) → one fact, the parts as alts (as "
          "单项冠军和链主企业 in wr_anhui_2025_e); to be built (规范建设) in 2025; " + SET_NOTE)

# ==== line 11 (source 89): 提升医疗卫生服务能力 ====================================================
fact("新增8个国家级", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="国家级临床重点专科",
     metric_alts=new("国家级临床重点专科", "新增国家级临床重点专科", "临床重点专科"),
     **PLAN_SET, note="新增 N: specialties to be added in 2025 → 增量 alts (README §3); "
                      + SET_NOTE)
g.neg("达到三级医院水平", "三级", "hospital grade label (三级医院, class 3), not a quantity "
      "(as wr_guizhou_2025_b)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_anhui_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-task, as unseen test excerpts are "
    "cut). It lies in part 三、2025年重点工作 (source line 40), the plan for 2025: the three "
    "paragraphs of task （八） after its heading (长三角生态屏障, 两山转化, 绿色低碳发展), task "
    "（九） 文化和旅游 in full (heading, 文化遗产, 文化事业和产业, 精神文明, 全域旅游) and the "
    "heading and first two paragraphs of task （十） (就业, 医疗卫生). Lines 6-16, 18-24, 33-46, "
    "48-59 and 67-77 are annotated in wr_anhui_2025 / _c / _b / _e / _d (no overlap). Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; the title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header (source "
    "line 3: 2025年1月20日在安徽省第十四届人民代表大会第三次会议上…); the shared meta agrees. "
    "Place: 安徽省 (安徽, 全省, 我省 → alts); no other owner in the excerpt. Periods: no line "
    "of the excerpt states a period (2025年 of line 7 is part of an event name); every number "
    "takes the section frame 2025 (2025-01-01..2025-12-31, period text 2025年 of the heading "
    "outside the excerpt, null as alt, as wr_anhui_2025_e); things to be built/commissioned/"
    "added and the rate to be reached (收集率达70%) take the year with the end instant as a "
    "further alt; works to be carried out in the year (1400个 water bodies, 12处 wetland works, "
    "300个 mines) keep the year with null. Modality: target throughout. Bounds: 以上 → ge; "
    "达 / no bound word → eq. Units: 万千瓦 → ×1e7 W; counts with 个/处. Judgement calls: "
    "零工市场、零工驿站100个 → one fact over the pair; 新增可再生能源发电装机 kept whole "
    "(增量 alts); 百项 (革命文物保护利用工程), 百景提升, 三公里 (就业圈), 一区三圈四带, "
    "三业联动, 百花竞秀 → labels (negatives), not counts; 三年 (行动计划) and 十年 (禁渔) → "
    "plan names; 小百分比 / 百分之百 → rhetoric (negatives). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体化 ×2), 多元化.")

g.write(date=REF, source=f"shared/texts/work_report/wr_anhui_2025.txt lines {FIRST}–{LAST} "
        "(来源：省政府政策研究室)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
