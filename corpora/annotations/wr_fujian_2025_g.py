"""Gold annotations for wr_fujian_2025_g (2025年福建省政府工作报告, the 2025 plan: ecology and
security), lines 82-88 of shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the three
paragraphs of task （八）坚持绿色发展… (heading on source line 81, outside the excerpt: 在强化
污染防治攻坚上靶向发力 with the air, water and sewage goals; 在推动绿色低碳转型上加倍努力;
在生态文明体制改革上持续用力) and task （九）坚持底线思维… in full (heading, 守住安全底线,
加强风险防范, 抓实社会治理 with the 700 school places).  All of it lies in part 二、牢记历史使命，
在中国式现代化建设中奋勇争先 (source line 48), the plan for 2025 (source line 51: 2025年是“十四五”
规划收官…).  Lines 6-48, 58-64 and 72-78 are annotated in wr_fujian_2025 / _b / _c / _e / _d /
_f (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_fujian_2025_g"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_fujian_2025.txt"
FIRST, LAST = 82, 88                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt
FJ_ALTS = ["福建", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="在强化污染防治攻坚上靶向发力。",
                 ends="确保社会安定、人民安宁。")
text = g.text
fact = g.with_subject(PLACE, FJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
NAME_NOTE = "numeral inside a place name ({}), not a quantity"
IDIOM_NOTE = "idiom {}, not a quantity"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The excerpt lies in part 二 (source line 48), the plan for 2025 (source line 51: 2025年是
# “十四五”规划收官…) → modality target.  No line of the excerpt names a period (the “八五” of
# 普法规划 is a plan label), so every number takes the section frame 2025-01-01..2025-12-31
# (SPEC §4) with the null reading in period_alts (as wr_fujian_2025_d / _f); the period text
# is 2025年, the plan year as source line 51 writes it (outside the excerpt; only the dates
# are scored).  Rates of the year's observations (优良天数比例, PM2.5 mean, 优良水质比例) →
# the year (PLAN); rates to be reached and things to be created (收集率, 消除率, 100% green
# power, school places) → the year with the end instant as a further alt (PLAN_SET, as
# wr_fujian_2025_f / wr_anhui_2025_f 集中收集率).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the 2025 "
             "plan (source line 51), null as alt")
SET_NOTE = PLAN_NOTE + "; a level to be reached / things to be created: the end instant as a further alt"

# ==== line 1 (source 82): 在强化污染防治攻坚上靶向发力 =============================================
fact("空气质量优良天数比例98%以上", "98%", value=98, unit="%", kind="share", bound="ge",
     metric="设区城市空气质量优良天数比例",
     metric_alts=["空气质量优良天数比例", "优良天数比例", "空气质量优良天数比率",
                  "设区市空气质量优良天数比例", "设区城市优良天数比例"], **PLAN,
     note="以上 → ge (outside the span); the share of the year's days (as 98.3% of 2024 in "
          "wr_fujian_2025_b); " + PLAN_NOTE)
g.neg("98%以上，PM2.5", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("平均浓度每立方米20微克以下", "每立方米20微克", value=20, unit="微克/立方米", kind="amount",
     bound="le", metric="PM2.5平均浓度",
     metric_alts=["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度"], **PLAN,
     note="以下 → le (outside the span); the unit 微克/立方米 is written split (每立方米 … 微克), "
          "so the tightest span holding number and unit starts at 每立方米 (as wr_fujian_2025_b); "
          "μg/m³ has no canonical unit → kept as written; the year's mean; " + PLAN_NOTE)
g.neg("深化九龙江流域", "九龙江", NAME_NOTE.format("九龙江, a river"))
fact("优良水质比例100%", "100%", value=100, unit="%", kind="share",
     metric="主要流域国控断面优良水质比例",
     metric_alts=["国控断面优良水质比例", "主要流域优良水质比例", "优良水质比例",
                  "主要流域国控断面水质优良比例", "国控断面水质优良比例"], **PLAN,
     note="no bound word → eq; the share of the year's monitored sections (as 100% of 2024 in "
          "wr_fujian_2025_b); " + PLAN_NOTE)
fact("污水集中收集率75%以上", "75%", value=75, unit="%", kind="share", bound="ge",
     metric="设市城市生活污水集中收集率",
     metric_alts=["城市生活污水集中收集率", "生活污水集中收集率", "污水集中收集率",
                  "城市污水集中收集率", "设市城市污水集中收集率"], **PLAN_SET,
     note="以上 → ge (outside the span); a rate to be reached in 2025 (as wr_anhui_2025_f "
          "集中收集率达70%); " + SET_NOTE)
fact("黑臭水体消除率90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="县级城市黑臭水体消除率",
     metric_alts=["黑臭水体消除率", "县级城市黑臭水体消除比例", "黑臭水体消除比例",
                  "县级城市黑臭水体治理率"], **PLAN_SET,
     note="以上 → ge (outside the span); a rate to be reached in 2025 (the share of the "
          "identified water bodies cleaned up); " + SET_NOTE)
g.neg("抓好三都澳", "三都澳", NAME_NOTE.format("三都澳, a bay"))
g.neg("造福百姓", "百姓", "lexicalized 百姓 'ordinary people'; 百 is not a quantity (as "
      "wr_fujian_2025_f)")
# 近岸海域优良海水比例保持稳定 (no number), “无废城市” (no numeral): not listed.

# ==== line 2 (source 83): 在推动绿色低碳转型上加倍努力 =============================================
g.neg("“碳达峰十大行动”", "十大", "N大 + category, a set label (README §2 八大; “碳达峰十大"
      "行动”), not a count claim")
g.neg("推动能耗双控", "双控", LABEL_NOTE + " (能耗双控, dual control of energy use: total and "
      "intensity)")
g.neg("碳排放双控全面转型", "双控", LABEL_NOTE + " (碳排放双控, dual control of carbon "
      "emissions)")
g.neg("建设一批零碳园区", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("一批零碳园区", "零碳", "label 零碳 ('zero-carbon', README §2)")
g.neg("“近零碳岛屿”", "近零碳", "label 近零碳 ('near-zero-carbon', README §2)")
fact("制造业企业100%使用", "100%", value=100, unit="%", kind="share",
     metric="制造业企业使用清洁和绿色电力比例",
     metric_alts=["制造业企业清洁和绿色电力使用比例", "制造业企业使用清洁和绿色电力",
                  "清洁和绿色电力使用比例", "制造业企业绿色电力使用比例", "清洁和绿色电力占比",
                  "使用清洁和绿色电力的制造业企业比例"], **PLAN_SET,
     note="judgement call: 尽快实现制造业企业100%使用清洁和绿色电力 'have manufacturers use 100 % "
          "clean and green power as soon as possible' → a share (the clean share of their power "
          "use, or the share of firms doing so), target; 尽快 'as soon as possible' gives no "
          "date → the plan frame 2025, with null and the end instant as alts; " + SET_NOTE)
# 多能互补 (多 'multiple', no numeral): not listed.

# ==== line 3 (source 84): 在生态文明体制改革上持续用力 =============================================
g.neg("“两屏一带六江两溪”", "两屏一带六江两溪", LABEL_NOTE + " (“两屏一带六江两溪”, the layout "
      "of Fujian's ecological shelters: two screens, one belt, six rivers, two streams), not "
      "counts")
g.neg("支持三明、龙岩", "三明", NAME_NOTE.format("三明, a city"))
g.neg("建设基础单元", "单元", "lexicalized 单元 'unit' (基础单元 'basic units' of the "
      "construction), not a quantity (as 单位)")
# 一体化 (lexicalized): not listed.

# ==== line 4 (source 85): heading （九） ==========================================================
g.neg("（九）坚持底线思维", "（九）", MARKER_NOTE)

# ==== line 5 (source 86): 守住安全底线 (no facts) ===================================================
g.neg("“四个最严”要求", "四个最严", LABEL_NOTE + " (“四个最严”, the four strictest "
      "requirements for food and drug safety), not a count claim")
g.neg("药品领域“四清”行动", "四清", LABEL_NOTE + " (“四清” campaign in the drug sector)")
g.neg("安全每一道防线", "一道", VAGUE_NOTE.format("每一道 'every (line of defence)'"))
g.neg("推进市县两级", "两级", "the two tiers (city and county) of the emergency-broadcast "
      "system, part of its name, not a quantity claim (as wr_china_2008 县乡两级)")
g.neg("以万全准备", "万全", IDIOM_NOTE.format("万全 'fully prepared'"))
g.neg("应对万一可能", "万一", IDIOM_NOTE.format("万一 'the one-in-ten-thousand chance'"))
g.neg("确保万无一失", "万无一失", IDIOM_NOTE.format("万无一失 'without the slightest risk'"))

# ==== line 6 (source 87): 加强风险防范 (no numerals) ===============================================

# ==== line 7 (source 88): 抓实社会治理 ===========================================================
g.neg("实施“八五”普法规划", "八五", "plan label 八五 (the 8th five-year legal-education plan, "
      "2021-2025; SPEC §1 十四五), not a quantity")
g.neg("提升12345便民热线", "12345", "hotline number (SPEC §1: phone numbers), part of the name "
      "12345便民热线 (as wr_beijing_2025)")
g.neg("“高效办成一件事”", "一件事", "reform name “高效办成一件事”, not a count (as wr_beijing_2025)")
fact("新增专门学校学位700个", "700个", value=700, unit="count", kind="count", classifier="个",
     metric="专门学校学位",
     metric_alts=new("专门学校学位", "新增专门学校学位", "学位"), **PLAN_SET,
     note="新增 N: places to be added in 2025, 增量 alts (README §3); " + SET_NOTE)
# 清单, 多元 (no numeral): not listed.

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_fujian_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 二、牢记历史使命，在中国式现代化建设中奋勇争先 (source line 48), the "
    "plan for 2025 (source line 51: 2025年是“十四五”规划收官…): the three paragraphs of task "
    "（八）坚持绿色发展… (heading on source line 81, outside: pollution control with the air, "
    "water and sewage goals; green and low-carbon transition; ecological institutions) and task "
    "（九）坚持底线思维… in full (heading; safety; risk prevention; social governance with the "
    "700 places in special schools). Lines 6-48, 58-64 and 72-78 are annotated in "
    "wr_fujian_2025 / _b / _c / _e / _d / _f (no overlap). Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; the title as the source's first line). Date: "
    "2025-01-13, the delivery date in the report's header (source line 3: 2025年1月13日在福建省"
    "第十四届人民代表大会第三次会议上); the shared meta agrees. Place: 福建省 (福建, 全省, 我省 → "
    "alts); no other owner of numbers. Periods: no line names a period: section frame 2025 "
    "(2025-01-01..2025-12-31, null as alt; period text 2025年 as source line 51 writes the plan "
    "year, outside the excerpt; only dates are scored); rates to be reached (收集率, 消除率, the "
    "100% green power) and the school places to be added → the year with the end instant as a "
    "further alt. Modality: target throughout (the plan). Bounds: 以上 → ge (98%, 75%, 90%); "
    "以下 → le (每立方米20微克); else eq. Units: 微克/立方米 kept as written (no canonical unit), "
    "span 每立方米20微克 because the unit is split around the number (as wr_fujian_2025_b); counts "
    "with 个. Judgement calls: 尽快实现制造业企业100%使用清洁和绿色电力 → a share, target, period "
    "the plan frame although 尽快 gives no date; 黑臭水体消除率 and 收集率 → rates of the year "
    "with the end instant as alt; 市县两级, 十大, 双控, 两屏一带六江两溪, 四个最严, 四清, 八五, "
    "一件事 → labels; 九龙江, 三都澳, 三明 → place names; 万全, 万一, 万无一失 → idioms. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized or without a numeral, not listed: 一体化, 清单, 多能, 多元. The shared "
    "check_gold.py reports the period text 2025年 as not in the article (it lies on source "
    "line 51): a known, deliberate exception, as in wr_fujian_2025_d / _f (period text is not "
    "scored).")

g.write(date=REF, source=f"shared/texts/work_report/wr_fujian_2025.txt lines {FIRST}–{LAST} "
        "(来源：福建日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
