"""Gold annotations for wr_guangdong_2025_i (2025年广东省政府工作报告, ninth excerpt), lines 48-56
of shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_i.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut).  It lies in part
二、2025年工作安排 (heading on source line 27, outside the excerpt), the plan for 2025: the
four paragraphs of task （四） 制造业当家 / 现代化产业体系 (heading on source line 47, outside:
新兴产业和未来产业, 传统产业改造升级 with 超1万家 firms to modernise, 百链韧性提升 with 5500家
firms to move above the size threshold, 生产性服务业) and task （五） 教育、科技、人才 in full
(heading, 教育 with 40万个 new compulsory-school places, 基础研究 with the 1/3以上 share of the
science fund, 企业创新主体, 人才高地).  All of it is the plan for 2025 → target.  The plan text
is sparse in numbers (four quantities, many labels).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_i.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guangdong_2025_i"
SOURCE_ID = "wr_guangdong_2025"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 48, 56                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年广东省政府工作报告"       # line 1 of the source, outside the excerpt
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加快发展新兴产业和未来产业。",
                 ends="吸引各路英才来广东大展拳脚、成就梦想。")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS, modality="target")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label ({}), not a quantity (README §2 一期)"
VAGUE_NOTE = "vague quantifier 一批 (README §2), not a quantity"
FIRST_NOTE = "first-of-kind word (首…), not a measured rank or count (gold README §2)"
PLAN_NAME_NOTE = ("name of a ten-year programme ({}), not a duration fact (as the 三年行动 names "
                  "of wr_guangdong_2025_h / wr_beijing_2025_b) — judgement call")

# ---- periods (reference date 2025-01-15; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 27, outside the
# excerpt): the plan for 2025 → modality target throughout.  No line of the excerpt states a
# period before its numbers (no 今年, no year): every fact takes the section frame 2025
# (SPEC §4), 2025-01-01..2025-12-31, with the heading's period text 2025年 (as wr_yunnan_2025
# names its frame by its heading), the null reading in period_alts (as wr_guangdong_2025_b /
# wr_guangdong_2025_h).  The counts are things to be done in the year (firms modernised,
# firms moved above the size threshold, school places added) and the 1/3 share is a rule
# for the year's allocation of a fund: all flows of the year, no stock reading.
T25 = P("2025年", "2025-01-01", "2025-12-31")
PLAN = dict(period=T25, period_alts=[P("2025年", None, None)])
FRAME_NOTE = ("2025 task → target; no period before it in its line: section frame of part "
              "二、2025年工作安排 (outside the excerpt), null as alt")

# ==== line 1 (source 48): 加快发展新兴产业和未来产业 =================================================
g.neg("具身智能、6G等", "6G", "technology name 6G (sixth-generation mobile network), not a "
      "quantity (as 5G in wr_hunan_2025_b)")
g.neg("汽车工业园二期", "二期", PHASE_NOTE.format("深汕比亚迪汽车工业园二期"))
g.neg("宁德时代二阶段工程", "二阶段", PHASE_NOTE.format("肇庆宁德时代二阶段工程, 'phase two'"))
g.neg("打造“1+3+N”低空", "1+3+N", LABEL_NOTE + " (“1+3+N”低空经济发展平台, a platform scheme "
      "named by its parts), not a count or sum")

# ==== line 2 (source 49): 加快传统产业改造升级 =====================================================
g.neg("提效增值四大重点行动", "四大", "set label N大 (四大重点行动: 扩能增量、提质增品、降本增利、"
      "提效增值, named right before), not a count claim (as wr_guangdong_2025_b 五大)")
MOD = ["工业企业", "开展技术改造和数字化转型工业企业", "推动工业企业开展技术改造和数字化转型",
       "技术改造和数字化转型工业企业", "工业企业技术改造和数字化转型", "技术改造和数字化转型企业",
       "开展技术改造的工业企业", "开展技术改造和数字化转型的工业企业数量", "技改企业"]
fact("推动超1万家工业企业", "1万家", value=1e4, unit="count", kind="count", classifier="家",
     bound="gt", metric="开展技术改造和数字化转型的工业企业", metric_alts=MOD, **PLAN,
     note="超 → gt (outside the span); 万家 ×1e4; the firms to carry out technical upgrading "
          "and digital transformation in 2025 (the predicate defines the counted set → in the "
          "metric, as 得到最低生活保障的城市居民 in wr_china_2004); " + FRAME_NOTE)
g.neg("创建一批智能制造", "一批", VAGUE_NOTE)

# ==== line 3 (source 50): 实施“百链韧性提升”专项行动 ================================================
g.neg("实施“百链韧性提升”", "百链", LABEL_NOTE + " (“百链韧性提升”专项行动, 'hundred chains' "
      "campaign name), not a count")
g.neg("中国集成电路第三极", "第三极", "metaphor 第三极 'the third pole' (of China's integrated-"
      "circuit industry, after the Yangtze delta and Beijing), an aspiration label, not a "
      "measured rank — judgement call (a rank-3 target is the alternative reading)")
UP = ["“小升规”企业", "小升规企业", "企业“小升规”", "推动企业“小升规”", "“小升规”", "小升规",
      "“小升规”企业数量", "小升规企业数量", "升规企业", "新增规模以上企业", "规上企业增量",
      "规模以上企业增量", "推动企业小升规"]
fact("推动5500家企业“小升规”", "5500家", value=5500, unit="count", kind="count",
     classifier="家", metric="“小升规”企业", metric_alts=UP[1:], **PLAN,
     note="the firms to be moved from below to above the statistical size threshold "
          "(小升规) in 2025; the move itself names the counted set (metric “小升规”企业, the "
          "增量 reading of the above-scale register as alts, README §3); " + FRAME_NOTE)
g.neg("单项冠军企业攻坚", "单项", "单项 in the title 单项冠军 ('single-product champion'), a "
      "label, not a count (as wr_anhui_2025 / wr_fujian_2025)")

# ==== line 4 (source 51): 大力发展生产性服务业 =======================================================
g.neg("生产性服务业十年倍增行动", "十年", PLAN_NAME_NOTE.format("生产性服务业十年倍增行动"))
g.neg("生产性服务业十年倍增行动", "倍增", "slogan 倍增 ('double') in the programme name "
      "十年倍增行动, no measured multiple (as 提质倍增 in other golds)")
g.neg("区块链等新一代", "一代", "一代 of 新一代信息技术 (an industry name), not a quantity (as "
      "nw_cctv_20250518_zhejiang_open_2025)")

# ==== line 5 (source 52): heading （五） ==============================================================
g.neg("（五）加快构建", "（五）", MARKER_NOTE)

# ==== line 6 (source 53): 提升各级各类教育质量 =======================================================
g.neg("学前教育“5085”攻坚成果", "5085", LABEL_NOTE + " (学前教育“5085”攻坚: the campaign named "
      "after its goals, public kindergartens ≥50% and inclusive kindergartens ≥85% of "
      "enrolment) — judgement call: the goals were the 2024 campaign's, consolidated here "
      "(巩固…成果), and are not restated as quantities; two shares are the alternative reading")
fact("新增义务教育学位40万个", "40万个", value=4e5, unit="count", kind="count",
     classifier="个", metric="义务教育学位",
     metric_alts=new("义务教育学位", "新增义务教育学位", "义务教育学位数"), **PLAN,
     note="新增 N: compulsory-school places to be added in 2025 → the noun as metric, the 增量 "
          "reading as alts (README §3); 万个 ×1e4; " + FRAME_NOTE)
g.neg("深化高校“双一流”建设", "双一流", LABEL_NOTE + " (“双一流”: world-class universities "
      "and disciplines, as wr_henan_2025)")

# ==== line 7 (source 54): 加强基础研究和关键核心技术攻关 =============================================
g.neg("深入实施十年“卓粤”计划", "十年", PLAN_NAME_NOTE.format("十年“卓粤”计划, the province's "
      "ten-year basic-research plan"))
BASIC = ["省科技创新战略专项资金投向基础研究的比重", "投向基础研究的省科技创新战略专项资金占比",
         "省科技创新战略专项资金投向基础研究比例", "省科技创新战略专项资金基础研究占比",
         "基础研究占省科技创新战略专项资金比重", "省科技创新战略专项资金投向基础研究",
         "基础研究投入占比", "投向基础研究比重", "基础研究占比"]
fact("持续将1/3以上的省科技", "1/3", value=100 / 3, unit="%", kind="share", bound="ge",
     metric="省科技创新战略专项资金投向基础研究比重", metric_alts=BASIC, **PLAN,
     note="the fraction 1/3 → 33.33 % (as 1/10 → 10 % in wr_yunnan_2025); 以上 → ge (outside "
          "the span); the share of the provincial science fund to go to basic research "
          "(持续将… a rule for the year's allocation) → target, " + FRAME_NOTE + ". Known "
          "false alarm: the shared check_gold.py reads the span 1/3 as 1")
g.neg("深圳中心二期", "二期", PHASE_NOTE.format("国家超算深圳中心二期"))
g.neg("新布局一批省重点", "一批", VAGUE_NOTE)

# ==== line 8 (source 55): 强化企业科技创新主体地位 ===================================================
g.neg("完善首台（套）", "首台（套）", FIRST_NOTE + " (首台（套）: first unit/set of a new "
      "machine, a policy label, as “三首” in other golds)")
g.neg("、首批次、", "首批次", FIRST_NOTE + " (首批次: first batch of a new material)")
g.neg("、首版次应用", "首版次", FIRST_NOTE + " (首版次: first version of new software)")

# ==== line 9 (source 56): 加快打造高水平人才高地 (进一步 only, lexicalized) ===========================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting mid-task). Part of the document: part 二、"
    "2025年工作安排 (heading on source line 27, outside), the plan for 2025 — the four "
    "paragraphs of task （四） 巩固提升制造业当家优势 (heading on source line 47, outside: "
    "新兴产业和未来产业, 传统产业改造升级, 百链韧性提升, 生产性服务业) and task （五） 全过程创新链 "
    "(教育, 科技, 人才) in full. Other excerpts of the report: wr_guangdong_2025 (22-29), _b "
    "(39-45), _c (98-108), _d (7-14), _e (18-20), _f (15-16), _g (109-128), _h (68-76); no "
    "overlap. Title, source and dateline are outside the excerpt (title_in_text=False; title "
    "as the source's first line). Date: 2025-01-15, the delivery date in source line 3 "
    "(——2025年1月15日在广东省第十四届人民代表大会第三次会议上), as the shared meta. Place: 广东省 "
    "(广东, 全省, 我省 → alts). Periods: no line of the excerpt states a period before its "
    "numbers, so all four facts take the section frame 2025 (2025-01-01..2025-12-31, period "
    "text 2025年 of the heading), null as alt; all are flows/allocations of the year. "
    "Modality: target throughout (plan text: 推动, 新增, 持续将). Bounds: 超 → gt (1万家); 以上 "
    "→ ge (1/3); 5500家 and 40万个 eq. Judgement calls: 超1万家工业企业开展技术改造和数字化转型 "
    "→ count with the predicate in the metric; 5500家企业“小升规” → count, metric “小升规”企业 "
    "(the 增量 reading of the above-scale register as alts); 新增义务教育学位40万个 → the noun "
    "with 增量 alts; 1/3以上 → share 33.33 % ge; 十年(倍增行动) and 十年(“卓粤”计划) → programme "
    "names, not durations; 第三极 → metaphor, not a rank; 5085 → campaign label, not two "
    "shares; 1+3+N, 四大, 百链, 倍增 → labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (车路云一体化, 一体推进, 一体化), 一流 (一流企业, 冲一流), "
    "进一步. Known false alarms of the shared check_gold.py: it reports the section-frame "
    "period text 2025年 (the heading's, outside the excerpt) as missing, as for "
    "wr_beijing_2025_b / _d (czfacts check-gold accepts it), and reads the span 1/3 as 1.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源 : 南方日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
