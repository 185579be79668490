"""Gold annotations for wr_xinjiang_2025_e (2025年新疆政府工作报告, the 2025 tasks), lines 48-54
of shared/texts/work_report/wr_xinjiang_2025.txt.

The excerpt corpora/wr_xinjiang_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: the body of task
(五) (科技兴疆, 教育强区, 人才, 新兴产业和未来产业; its heading on source line 47 is outside),
task (六) (城镇化, 南疆, 乡村全面振兴), task (七) (生态环境治理: air quality, desert, water,
green development, afforestation) and the heading and first paragraph of task (八) (文化润疆,
民族团结, 宗教).  It lies in part 二、2025年重点工作 (heading on source line 35, outside the
excerpt): the plan for 2025, so every fact is a target.  Lines 7-39 are annotated in
wr_xinjiang_2025 / _b / _c / _d (no overlap).  The excerpt is number-poor: most numerals are
labels, idioms and quantifiers (negatives).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_xinjiang_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_xinjiang_2025_e"
PLACE = "新疆维吾尔自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xinjiang_2025.txt"
FIRST, LAST = 48, 54                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年新疆政府工作报告"
XJ_ALTS = ["新疆", "全疆", "自治区", "全区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="大力实施科技兴疆战略。",
                 ends="维护新疆多元宗教并存的和谐格局。")
text = g.text
fact = g.with_subject(PLACE, XJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
IDIOM_NOTE = "idiom / slogan, not a quantity claim"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

# ---- periods (reference date 2025-01-19; 今年 = 2025) --------------------------------------
# The excerpt lies in part 二、2025年重点工作 (heading on source line 35, outside the excerpt):
# the tasks are the plan for 2025 → modality target.  No line of the excerpt states a period
# of its own (70周年 is an anniversary, 第二轮 a round label, 三十年 a duration of a policy), so
# the numbers take the section frame (SPEC §4): period text 2025年 (the heading's),
# 2025-01-01..2025-12-31, the null reading in period_alts (as wr_xinjiang_2025_d line 37,
# wr_beijing_2025_b).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年重点工作 (2025), null as alt")

# ==== line 1 (source 48): (五) science, education, talent, new industries =====================
g.neg("深化“四方合作”", "四方合作", LABEL_NOTE + " (“四方合作”, the name of Xinjiang's "
      "four-party science cooperation mechanism), not a count")
g.neg("石河子大学“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines, as wr_henan_2025_d)")
fact("职业技术大学2所职业本科院校", "2所", value=2, unit="count", kind="count",
     classifier="所", metric="设置职业本科院校",
     metric_alts=new("职业本科院校", "加快设置职业本科院校", "新设职业本科院校",
                     "设置的职业本科院校"),
     **PLAN,
     note="judgement call: the vocational universities to be set up in 2025 (新疆工业职业技术"
          "大学, 新疆铁道与能源职业技术大学) — a count of new institutions although both are "
          "named right before it (as 等3条轨道新线 in wr_beijing_2025_c, 再次获批2所本科高校 in "
          "wr_qinghai_2025); the appositive reading (negative) is the alternative; 增量 alts "
          "(README §3); " + PLAN_NOTE)
g.neg("商业航天、6G等", "6G", "technology name 6G (sixth-generation mobile network), not a "
      "quantity (as wr_shandong_2025_d)")

# ==== line 2 (source 49): heading (六) ========================================================
g.neg("(六)加快培育", "(六)", MARKER_NOTE)

# ==== line 3 (source 50): (六) urbanisation, 南疆, rural revitalisation ======================
g.neg("南疆11个百亿级", "百亿级", "class label 百亿级 ('ten-billion-yuan class') defining the "
      "counted projects (SPEC §2 threshold, as 百亿级 in wr_anhui_2025_d / doc002), part of "
      "the count's metric, not a fact of its own")
fact("抓实抓好南疆11个", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="百亿级重大产业项目",
     metric_alts=["重大产业项目", "百亿级重大产业项目数量", "南疆百亿级重大产业项目",
                  "百亿级重大产业项目建设", "南疆11个百亿级重大产业项目"],
     subject="南疆", subject_alts=["南疆地区", PLACE] + XJ_ALTS, **PLAN_SET,
     note="the major projects to be built in southern Xinjiang in 2025 (projects under "
          "construction → target, README §6); judgement call: 南疆 owns them (the sentence's "
          "topic, 推进南疆高质量发展; as 南疆普及率 in wr_xinjiang_2025_b), the region as alt; "
          "a set held through the year (year-end instant as alt); " + PLAN_NOTE)
g.neg("户籍人口双增长", "双增长", IDIOM_NOTE + " (双增长 'both grow', no number stated, as "
      "wr_ningxia_2025_c)")
g.neg("促进农村一二三产业", "一二三", "sector labels 一二三产业 (primary, secondary, "
      "tertiary), not a quantity (as wr_beijing_2025_b)")
g.neg("千方百计拓宽", "千方百计", "idiom 千方百计 'by every means', not a quantity")
g.neg("学习运用“千万工程”", "千万工程", "project name “千万工程” (浙江's 千村示范、万村整治 "
      "programme), not a quantity (as nw_cctv_20251004_guizhou_yunnan_2025)")
g.neg("加快建设“四好农村路”", "四好", LABEL_NOTE + " (“四好农村路”: roads built, managed, "
      "maintained and operated well)")
g.neg("有序推进第二轮土地承包", "第二轮", "ordinal label of the contract round (第二轮土地"
      "承包), not a count or rank (as wr_guangdong_2025_b)")
fact("再延长三十年试点", "三十年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后延长期限",
     metric_alts=["土地承包到期后再延长", "土地承包延长期限", "延长期限", "土地承包期延长",
                  "第二轮土地承包延长期限", "第二轮土地承包到期后再延长",
                  "土地承包到期后延长期限", "土地承包期"],
     **PLAN,
     note="duration written into a policy (the extension of rural land contracts by 30 "
          "years), a fact, unit year, kind amount, as 再延长30年 in wr_beijing_2025_b / "
          "wr_guangdong_2025_b — judgement call; the pilot is part of the 2025 plan → target; "
          "written in Chinese numerals; " + PLAN_NOTE)

# ==== line 4 (source 51): heading (七) ========================================================
g.neg("(七)加快生态环境", "(七)", MARKER_NOTE)

# ==== line 5 (source 52): (七) ecology ======================================================
AIR = ("分别控制在5%和2%以内: “乌—昌—石” ↔ 5%, “奎—独—乌” ↔ 2%; a trailing 以内 after a 分别 "
       "list covers every value (README §6, as wr_xizang_2025) → le, le (outside the span); "
       "a proportion of the year's days → share; each area owns its figure (README §4, as "
       "天山北坡城市群 in wr_xinjiang_2025_b), the region as alt")
HEAVY = ["重污染天数比例", "区域重污染天数比例", "重污染天数比率", "重污染天数占比",
         "重度及以上污染天数比例"]
fact("分别控制在5%和2%", "5%", value=5, unit="%", kind="share", bound="le",
     metric="重污染天数比例", metric_alts=HEAVY[1:],
     subject="“乌—昌—石”区域",
     subject_alts=["乌—昌—石", "“乌—昌—石”", "乌—昌—石区域", "乌昌石", "乌昌石区域",
                   "乌鲁木齐—昌吉—石河子", PLACE] + XJ_ALTS,
     **PLAN, note=AIR + "; " + PLAN_NOTE)
fact("5%和2%以内", "2%", value=2, unit="%", kind="share", bound="le",
     metric="重污染天数比例", metric_alts=HEAVY[1:],
     subject="“奎—独—乌”区域",
     subject_alts=["奎—独—乌", "“奎—独—乌”", "奎—独—乌区域", "奎独乌", "奎独乌区域",
                   "奎屯—独山子—乌苏", PLACE] + XJ_ALTS,
     **PLAN, note=AIR + "; " + PLAN_NOTE)
fact("优良天数比例达到75.5%", "75.5%", value=75.5, unit="%", kind="share", bound="ge",
     metric="优良天数比例",
     metric_alts=["空气质量优良天数比例", "全区优良天数比例", "空气质量优良天数比率",
                  "优良天数比率", "空气质量优良率"],
     **PLAN,
     note="达到…以上 → ge (以上 outside the span); 全区 → the region; a proportion of the "
          "year's days → share; " + PLAN_NOTE)
g.neg("“无废城市”和一批", "一批", VAGUE_NOTE)
g.neg("一批零碳园区", "零碳", "label 零碳 ('zero-carbon', README §2), not a quantity")
AFF_NOTE = "area of the 2025 task (万亩 ×1e4, unit mu); " + PLAN_NOTE
fact("造林120万亩", "120万亩", value=120e4, unit="mu", kind="amount", metric="造林",
     metric_alts=["造林面积", "完成造林", "营造林", "营造林面积"], **PLAN, note=AFF_NOTE)
fact("种草改良480万亩", "480万亩", value=480e4, unit="mu", kind="amount", metric="种草改良",
     metric_alts=["种草改良面积", "种草", "草原改良", "种草改良草原"], **PLAN, note=AFF_NOTE)
fact("沙化土地治理300万亩", "300万亩", value=300e4, unit="mu", kind="amount",
     metric="沙化土地治理",
     metric_alts=["治理沙化土地", "沙化土地治理面积", "治理沙化土地面积", "沙化土地"], **PLAN,
     note=AFF_NOTE + " (metrics as wr_xinjiang_2025_b for the 2024 outturns)")

# ==== line 6 (source 53): heading (八) ========================================================
g.neg("(八)加快推进", "(八)", MARKER_NOTE)

# ==== line 7 (source 54): (八) culture, ethnic unity, religion ==============================
g.neg("自治区成立70周年", "70周年", "anniversary 70周年 (of the founding of the autonomous "
      "region, 1955-2025), an event label, not a quantity claim (as wr_xinjiang_2025_d)")
g.neg("推出一批正确反映", "一批", VAGUE_NOTE)
g.neg("民族团结一家亲", "一家亲", IDIOM_NOTE + " (slogan 民族团结一家亲 'all ethnic groups are one "
      "family', as wr_xizang_2025_b)")
g.neg("强化“三支队伍”", "三支队伍", LABEL_NOTE + " (“三支队伍”, the three groups of religious "
      "work — judgement call, as the label in wr_hainan_2025_b), not a count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_xinjiang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. Part of the document: part 二、2025年重点工作 (heading on source line "
    "35, outside the excerpt), the plan for 2025: the body of task (五) (科技兴疆, 教育强区, "
    "人才, 新兴产业; heading on source line 47), task (六) (城镇化, 南疆, 乡村全面振兴), task (七) "
    "(生态环境: air-quality limits, desert, water, green development, afforestation) and the "
    "heading and paragraph of task (八) (文化润疆, 民族团结, 宗教). Lines 7-39 are annotated in "
    "wr_xinjiang_2025 / _b / _c / _d (no overlap). Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; the title as the source's first line, as "
    "wr_xinjiang_2025). Date: 2025-01-19, the delivery date in the report's header (source "
    "line 3: 2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上); the corpus meta "
    "agrees. Place: 新疆维吾尔自治区 (新疆, 全疆, 自治区, 全区 → alts); 南疆 owns its 11 projects, "
    "the “乌—昌—石” and “奎—独—乌” areas their heavy-pollution limits (the region as alt). "
    "Periods: no line states a period of its own: every fact takes the section frame 2025 "
    "(period text 2025年, null as alt; the 11 projects also the year-end instant). Modality: "
    "target throughout (a plan). Bounds: 分别控制在5%和2%以内 → le for both; 达到75.5%以上 → ge. "
    "Units: 万亩 ×1e4 mu; 三十年 → 30 year. Judgement calls: 2所职业本科院校 → a count although "
    "the two universities are named (appositive reading the alternative); 11个百亿级重大产业项目 "
    "→ count with subject 南疆, 百亿级 a class negative; 再延长三十年 → a duration fact (as "
    "wr_beijing_2025_b); 四方合作, 双一流, 四好, 千万工程, 三支队伍 → labels; 双增长, 一家亲, "
    "千方百计 → idioms. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体规划, 一体化), 进一步. The shared check_gold.py "
    "reports the period text 2025年 as not in the article: the heading that names the frame "
    "lies outside the excerpt (a known false alarm, as wr_beijing_2025_b); czfacts check-gold "
    "accepts the files.")

g.write(date=REF, source=f"shared/texts/work_report/wr_xinjiang_2025.txt lines {FIRST}–{LAST} "
        "(2025年新疆政府工作报告, 来源：新疆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
