"""Gold annotations for wr_tianjin_2025_b (2025年天津市政府工作报告, the 2025 plan: districts,
development zones, urban planning, governance, environment, resilience), lines 55-65 of
shared/texts/work_report/wr_tianjin_2025.txt (held out: corpora/heldout/).

The excerpt corpora/heldout/wr_tianjin_2025_b.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the body of
task （四） 坚持扬优势强支撑，形成各区协同并进… (its opening line 全市各区要…, 滨海新区, 各区,
国家级经开区; the heading itself is source line 54, outside the excerpt) and task （五）
坚持人民城市理念… in full (heading, opening line, 城市规划建设, 大城细管, 生态宜居, 韧性安全城市,
首都“护城河”).  All of it lies in part 二、2025年工作安排 (heading on source line 34, outside
the excerpt): the plan for 2025.  Lines 7-18 are annotated in wr_tianjin_2025 (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_tianjin_2025_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_tianjin_2025_b"
SOURCE_ID = "wr_tianjin_2025"
PLACE = "天津市"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 55, 65                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年天津市政府工作报告"       # line 1 of the source, outside the excerpt
TJ_ALTS = ["天津", "全市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="全市各区要立足区位特点",
                 ends="建设更高水平法治天津、平安天津。")
text = g.text
fact = g.with_subject(PLACE, TJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (source line 34, outside the excerpt; 今年是
# “十四五”规划收官之年, source line 35): the plan for 2025 → modality target.  No line of the
# excerpt names a period before its numbers (年度 of 全面完成年度任务, line 10, is the only
# period word, and it comes after them; 汛前 'before the flood season' names no calendar
# dates), so every number takes the section frame 2025-01-01..2025-12-31 (SPEC §4) with the
# null reading in period_alts (as wr_henan_2025_d / wr_fujian_2025_d); the period text is the
# excerpt's own word for the plan year, 年度 (as wr_fujian_2025_d; the heading's 2025年 lies
# outside the excerpt; only the dates are scored).  Counts of things to be built or added
# → the year with the end instant as a further alt (PLAN_SET, as wr_guizhou_2025_c); annual
# means and rates of the year (PM2.5年均浓度, 优良天数比率) and works of the year (改造, 清淤,
# 疏浚) → the year only.  The 6 national development zones already exist → actual, the
# frame with null, the reference date and the end of 2024 as alts (EXIST, as
# wr_guizhou_2025_c / wr_heilongjiang_2025_c).
S25 = P("年度", "2025-01-01", "2025-12-31")
S25_NULL = P("年度", None, None)
S25_END = P("年度", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, P("年度", REF, REF),
                                      P("年度", "2024-12-31", "2024-12-31")],
             modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (source line 34), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"


# ==== line 1 (source 55): opening of task （四） (no numerals) ====================================

# ==== line 2 (source 56): 更好发挥滨海新区支撑引领作用 (no facts) ==================================
g.neg("激发五大开发区", "五大", SET_LABEL_NOTE + " (五大开发区, the five development zones of "
      "滨海新区 as a group, as 五大 in other golds)")
g.neg("“一基地三区”", "一基地三区", LABEL_NOTE + " (“一基地三区”, Tianjin's functional "
      "positioning in the 京津冀 plan: one base, three zones)")
g.neg("与“新两翼”", "两翼", LABEL_NOTE + " (“新两翼”, the 'two new wings' of the capital "
      "region), not a count")

# ==== line 3 (source 57): 推动各区强动力增实力 (no facts) ========================================
g.neg("专精特新、单项冠军", "单项", "part of the title 单项冠军 ('single-item champion'), not "
      "a quantity (as wr_tianjin_2025)")

# ==== line 4 (source 58): 促进国家级经开区示范提升 =================================================
fact("加快完善6个国家级经开区", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="国家级经开区",
     metric_alts=["国家级经开区数量", "国家级经济技术开发区", "经开区", "国家级经开区“管委会＋公司”"
                  "运营模式", "国家级经济技术开发区数量"], **EXIST,
     note="judgement call: the city's existing national development zones whose "
          "管委会＋公司 model is to be completed — the size of an existing set, not a goal → "
          "actual (as wr_guizhou_2025_c 5个国家区域医疗中心, wr_heilongjiang_2025_c EXIST); "
          "section frame 2025 with null, the reference date and the end of 2024 as alts; "
          "target is the alternative reading")

# ==== line 5 (source 59): heading （五） ===========================================================
g.neg("（五）坚持人民城市理念", "（五）", MARKER_NOTE)

# ==== line 6 (source 60): opening of task （五） (no numerals) ====================================

# ==== line 7 (source 61): 高标准做好城市规划建设 ==================================================
g.neg("深化“多规合一”", "多规合一", LABEL_NOTE + " (“多规合一” 'several plans in one', a "
      "planning-reform name)")
g.neg("构建“三级三类”", "三级三类", LABEL_NOTE + " (“三级三类” 'three levels, three types' of "
      "the spatial planning system)")
g.neg("机场三期改扩建", "三期", PHASE_NOTE.format("三期 (third phase of the airport)"))
g.neg("完成地铁4号线北段", "4号线", NAME_NOTE.format("4号线, metro line 4"))
g.neg("、7号线一期南段", "7号线", NAME_NOTE.format("7号线, metro line 7"))
g.neg("7号线一期南段", "一期", PHASE_NOTE.format("一期 (first phase of line 7)"))
g.neg("、Z4线一期北段", "Z4线", NAME_NOTE.format("Z4线, a metro line"))
g.neg("Z4线一期北段", "一期", PHASE_NOTE.format("一期 (first phase of line Z4)"))
fact("新增城市停车泊位5000个", "5000个", value=5000, unit="count", kind="count",
     classifier="个", metric="城市停车泊位",
     metric_alts=new("城市停车泊位", "新增城市停车泊位", "停车泊位", "停车位"), **PLAN_SET,
     note="新增 N: added in 2025, 增量 alts (README §3); " + SET_NOTE)
fact("新建提升标准化菜市场9个", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="标准化菜市场",
     metric_alts=new("标准化菜市场", "新建提升标准化菜市场", "新建、提升标准化菜市场", "菜市场",
                     "新建提升标准化菜市场数量"), **PLAN_SET,
     note="markets to be built or upgraded (新建提升); " + SET_NOTE)
fact("建成20个高质量城市", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="高质量城市一刻钟便民生活圈",
     metric_alts=new("高质量城市一刻钟便民生活圈", "城市一刻钟便民生活圈", "一刻钟便民生活圈",
                     "便民生活圈", "建成高质量城市一刻钟便民生活圈", "一刻钟便民生活圈数量"),
     **PLAN_SET, note="circles to be completed (建成) in 2025; " + SET_NOTE)
g.neg("城市一刻钟便民生活圈", "一刻钟", "part of the name 一刻钟便民生活圈 ('quarter-hour "
      "convenience circle'), a label, not a measured duration (as wr_fujian_2025_d)")

# ==== line 8 (source 62): 深入推进大城细管、大城智管、大城众管 (no numerals) ======================

# ==== line 9 (source 63): 不断涵养生态宜居品质 ====================================================
fact("建成16个幸福河湖", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="幸福河湖",
     metric_alts=new("幸福河湖", "建成幸福河湖", "幸福河湖建设"), **PLAN_SET, note=SET_NOTE)
g.neg("源头防控，PM2.5", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
PM = ["PM2.5浓度", "PM2.5平均浓度", "PM2.5年平均浓度", "细颗粒物年均浓度", "细颗粒物平均浓度",
      "细颗粒物浓度"]
fact("年均浓度降至38微克／立方米", "38微克／立方米", value=38, unit="微克/立方米",
     kind="amount", bound="le", metric="PM2.5年均浓度", metric_alts=PM, **PLAN,
     note="降至…以下 → le (以下 outside the span, as wr_neimenggu_2025_b 降到10%以下); μg/m³ has "
          "no canonical code (SPEC §3) → the concentration unit as the lexicon writes it, "
          "微克/立方米 (the source's fullwidth ／ is the same unit); an annual mean → the "
          "year; " + PLAN_NOTE)
fact("优良天数比率达到72％", "72％", value=72, unit="%", kind="share", bound="ge",
     metric="优良天数比率",
     metric_alts=["空气质量优良天数比率", "优良天数比例", "空气质量优良天数比例", "空气质量优良率",
                  "优良天数比率达到"], **PLAN,
     note="达到…以上 → ge (以上 outside the span); the share of good-air days of the year → "
          "the year; " + PLAN_NOTE)
g.neg("推动五大道公园", "五大道", NAME_NOTE.format("五大道, Tianjin's Five Avenues (五大道公园), "
      "as wr_tianjin_2025"))
g.neg("柳林公园三期", "三期", PHASE_NOTE.format("三期 (third phase of 柳林公园)"))
g.neg("设计公园一期", "一期", PHASE_NOTE.format("一期 (first phase of 设计公园)"))
fact("新建提升口袋公园80个", "80个", value=80, unit="count", kind="count", classifier="个",
     metric="口袋公园",
     metric_alts=new("口袋公园", "新建提升口袋公园", "新建、提升口袋公园", "新建提升口袋公园数量"),
     **PLAN_SET, note="parks to be built or upgraded (新建提升); " + SET_NOTE)

# ==== line 10 (source 64): 持续加强韧性安全城市建设 ================================================
PIPE_NOTE = ("公里 = 1e3 m; verb 改造 (清单化项目化改造) distributes over the three networks; "
             "works of the year → " + PLAN_NOTE)
fact("改造燃气管网650公里", "650公里", value=6.5e5, unit="m", kind="amount",
     metric="燃气管网改造",
     metric_alts=["改造燃气管网", "燃气管网", "燃气管网改造长度", "改造燃气管网长度",
                  "燃气管网改造里程"], **PLAN, note=PIPE_NOTE)
fact("供热管网800公里", "800公里", value=8e5, unit="m", kind="amount",
     metric="供热管网改造",
     metric_alts=["改造供热管网", "供热管网", "供热管网改造长度", "改造供热管网长度",
                  "供热管网改造里程"], **PLAN, note=PIPE_NOTE)
fact("供水管网100公里", "100公里", value=1e5, unit="m", kind="amount",
     metric="供水管网改造",
     metric_alts=["改造供水管网", "供水管网", "供水管网改造长度", "改造供水管网长度",
                  "供水管网改造里程"], **PLAN, note=PIPE_NOTE)
fact("实施180公里管道清淤", "180公里", value=1.8e5, unit="m", kind="amount",
     metric="管道清淤",
     metric_alts=["实施管道清淤", "管道清淤长度", "管道清淤里程", "清淤管道"], **PLAN,
     note="公里 = 1e3 m; " + PLAN_NOTE)
fact("175公里河道疏浚", "175公里", value=1.75e5, unit="m", kind="amount",
     metric="河道疏浚",
     metric_alts=["实施河道疏浚", "河道疏浚长度", "河道疏浚里程", "疏浚河道"], **PLAN,
     note="verb 实施 shared; 公里 = 1e3 m; " + PLAN_NOTE)
fact("7处险工险段", "7处", value=7, unit="count", kind="count", classifier="处",
     metric="险工险段",
     metric_alts=["险工险段改造", "改造完工险工险段", "险工险段数量", "险工险段改造完工"],
     period=S25, period_alts=[S25_NULL, P("汛前", "2025-01-01", "2025-05-31")],
     modality="target",
     note="sections to be rebuilt and finished before the flood season (汛前, no calendar "
          "dates in the text: the frame 2025 as gold, null and Jan-May 2025 — Tianjin's flood "
          "season starts 1 June — as alts, judgement call); target")
g.neg("密云一支路", "一支路", NAME_NOTE.format("密云一支路, a street (一支路 'branch road no. "
      "1')"))
fact("等13处易积水点位", "13处", value=13, unit="count", kind="count", classifier="处",
     metric="易积水点位改造",
     metric_alts=["易积水点位", "易积水点位数量", "完成易积水点位改造", "易积水点位改造数量",
                  "改造易积水点位"], **PLAN,
     note="the points where works are to be finished (集中力量完成…改造); " + PLAN_NOTE)
g.neg("推进“平急两用”", "平急两用", LABEL_NOTE + " (“平急两用” 'dual use in normal times and "
      "emergencies')")

# ==== line 11 (source 65): 全力筑牢首都政治、安全“护城河” (no facts) ===============================
g.neg("全力筑牢首都", "首都", "lexicalized 首都 (capital), not a rank (as wr_beijing_2025)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts are "
    "cut). Part of the document: part 二、2025年工作安排 (source line 34, outside the excerpt), "
    "the plan for 2025 — the body of task （四） 坚持扬优势强支撑… (its heading, source line 54, "
    "is outside the excerpt: opening line, 滨海新区, 各区, 国家级经开区) and task （五） "
    "坚持人民城市理念… in full (planning and construction, urban management, environment, "
    "resilience and safety, the capital's 护城河). The review of 2024 (lines 7-18) is "
    "wr_tianjin_2025. Title line, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-14, the delivery "
    "date in the report's header (source line 3: 2025年1月14日在天津市第十八届人民代表大会第三次"
    "会议上); the corpus meta agrees. Place: 天津市 (天津, 全市 → alts). Periods: no line states "
    "a period before its numbers: section frame 2025 (2025-01-01..2025-12-31, null as alt; "
    "period text 年度, the excerpt's own word for the plan year in 全面完成年度任务); things to "
    "be built or added → the year with the end instant as a further alt; 7处险工险段 (汛前) → "
    "the year, null and Jan-May 2025 as alts. Modality: target throughout, except 6个国家级"
    "经开区 (the existing zones → actual, the frame with the reference date as alt, judgement "
    "call). "
    "Bounds: 降至…以下 → le; 达到…以上 → ge; the rest eq. Units: 公里 → m (×1e3); "
    "微克／立方米 → the surface concentration unit 微克/立方米 (no SPEC code; the lexicon's form). "
    "Judgement calls: 6个国家级经开区 actual; 改造燃气管网650公里… metrics as 燃气管网改造 (verb "
    "forms as alts); 五大(开发区), 一基地三区, 新两翼, 多规合一, 三级三类, 平急两用, 一刻钟 "
    "(便民生活圈) → labels; metro line names and phase labels → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 清单 (清单化).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：天津人大—天津日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
