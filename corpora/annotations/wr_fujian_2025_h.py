"""Gold annotations for wr_fujian_2025_h (2025年福建省政府工作报告, the opening of the 2025 plan),
lines 49-55 of shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025_h.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It opens part 二、牢记历史使命，在中国式现代化建设中
奋勇争先 (heading on source line 48, outside the excerpt): the mission paragraphs (福建是习近平
新时代…重要孕育地, 厚望如山，使命如磐…), the plan year's line (2025年是“十四五”规划收官…之年), the
paragraph on what the year's targets mean (这些目标的设定…, with the five 要… exhortations),
the heading of task （一） 坚持自立自强… and its first two paragraphs (推进教育科技人才一体发展:
kindergarten coverage, major S&T projects, R&D spending; 推动科技创新与产业创新深度融合:
unicorn/gazelle firms, high-tech firms).  The source has no line listing the main expected
targets themselves: source line 52 (这些目标的设定…) follows line 51 directly, so the targets
it refers to are missing from the shared text (not an excerpt cut).  Lines 6-48, 58-64, 72-78
and 82-88 are annotated in wr_fujian_2025 / _b / _c / _e / _d / _f / _g (no overlap).  Facts
and negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025_h.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_fujian_2025_h"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_fujian_2025.txt"
FIRST, LAST = 49, 55                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt
FJ_ALTS = ["福建", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="福建是习近平新时代中国特色社会主义思想的重要孕育地和实践地",
                 ends="走上生产线、走向大市场。")
text = g.text
fact = g.with_subject(PLACE, FJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
IDIOM_NOTE = "idiom {}, not a quantity"
EDITION_NOTE = "edition label of an event ({}), not a count or rank"

# ---- periods (reference date 2025-01-13; 去年 = 2024, 今年 = 2025) ---------------------------
# The excerpt opens part 二 (heading on source line 48, outside), the plan for 2025 → modality
# target.  Line 1 names past years (2014年, 2021年, 去年10月) for the visits and instructions
# of the General Secretary: no quantity follows them.  Line 3 (2025年是“十四五”规划收官…之年)
# names the plan year but holds no number, and a period never crosses its line; lines 6-7
# (the paragraphs of task （一）) state no period, so their numbers take the section frame of
# the 2025 plan, 2025-01-01..2025-12-31 (SPEC §4), with the period text 2025年 as line 3
# writes it, and the null reading in period_alts (as wr_fujian_2025_d / _f).  A coverage rate
# or a register of certified firms to be reached (a stock: 普惠性幼儿园覆盖率, 国家高新技术企业
# 突破 N, both stocks at 2024-12-31 in wr_fujian_2025) → the instant 2025-12-31, the year and
# null as alts (PLAN_END); firms to be fostered (培育 N 家) → the year with the end instant as a
# further alt (PLAN_SET); flows of the year (projects carried out, R&D growth) → the year.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the 2025 "
             "plan (2025年是…, excerpt line 3, does not cross its line), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be fostered: the end instant as a further alt"
END_NOTE = ("a stock (coverage / register) to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")

# ==== line 1 (source 49): 福建是习近平新时代…重要孕育地 (no facts) ================================
g.neg("2014年为我们擘画", "2014年", PERIOD_NOTE + " (the year the 新福建 blueprint was drawn; "
      "no quantity follows)")
g.neg("2021年对我们提出", "2021年", PERIOD_NOTE + " (the year of the 四个更大 requirement; no "
      "quantity follows)")
g.neg("提出了“四个更大”", "四个更大", LABEL_NOTE + " (“四个更大”重要要求, the four 'greater' "
      "requirements of 2021), not a count")
g.neg("去年10月回到福建", "去年10月", PERIOD_NOTE + " (October 2024, the inspection visit; no "
      "quantity follows)")
g.neg("这一系列战略指引", "一系列", "vague quantifier 一系列 'a series of' (README §2), not a "
      "quantity")
g.neg("在目标方向上一以贯之", "一以贯之", IDIOM_NOTE.format("一以贯之 'consistent throughout'"))

# ==== line 2 (source 50): 厚望如山，使命如磐 (一流 ×3 lexicalized; no facts) =====================

# ==== line 3 (source 51): 2025年是“十四五”规划收官… (no facts) ===================================
g.neg("2025年是“十四五”", "2025年", PERIOD_NOTE + " (the plan year 2025; no number in its "
      "line; the period text of the section frame)")
g.neg("2025年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("“十五五”规划谋划之年", "十五五", "plan label 十五五 (SPEC §1), the next plan being drafted")
g.neg("改革的重要一年", "一年", "'an important year' (= 2025), not a duration fact (as "
      "wr_china_2004_c 十分关键的一年)")

# ==== line 4 (source 52): 这些目标的设定… (no facts) ==============================================
g.neg("总书记在福建考察时的重要讲话精神这一", "这一", "demonstrative 这一 'this', not a quantity")
g.neg("把握了中央五个", "五个", "name of the Central Economic Work Conference's doctrine 五个"
      "“必须统筹好” (the five relationships that must be balanced), a set label like “五个统筹” "
      "(wr_china_2004_c) — not a count claim; judgement call (a count of 5 relationships is the "
      "alternative reading)")
g.neg("我们哪一年不是", "哪一年", "rhetorical 哪一年 'which year (did we not…)', not a quantity")
g.neg("高质量发展这一首要任务", "这一", "demonstrative 这一 'this', not a quantity")
g.neg("以一域之光", "一域", IDIOM_NOTE.format("一域之光 (README §2)"))
g.neg("如鸟之两翼", "两翼", IDIOM_NOTE.format("鸟之两翼、车之两轮 'two wings of a bird' (metaphor)"))
g.neg("车之两轮", "两轮", IDIOM_NOTE.format("车之两轮 'two wheels of a cart' (metaphor)"))
g.neg("缺一不可", "缺一不可", IDIOM_NOTE.format("缺一不可 'neither can be missing'"))
g.neg("一切都不存在", "一切", "pronoun 一切 'all', not a quantity (as wr_china_2004_c)")
g.neg("把老百姓身边", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity (as "
      "wr_fujian_2025_e)")
g.neg("百姓生活是否更幸福", "百姓", "lexicalized 百姓 'the people'; 百 is not a quantity (as "
      "wr_fujian_2025_e)")

# ==== line 5 (source 53): heading （一） (no facts) ===============================================
g.neg("（一）坚持自立自强", "（一）", MARKER_NOTE)

# ==== line 6 (source 54): 推进教育科技人才一体发展 ==============================================
fact("普惠性幼儿园覆盖率95%", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="普惠性幼儿园覆盖率",
     metric_alts=["普惠性幼儿园覆盖面", "普惠幼儿园覆盖率", "普惠性幼儿园覆盖比例"], **PLAN_END,
     note="以上 → ge (outside the span); coverage = share of a stock (94.9 % at the end of 2024, "
          "wr_fujian_2025): " + END_NOTE)
g.neg("实现一级达标高中", "一级", "grade label 一级达标高中 (first-grade standard senior high "
      "school), not a quantity")
g.neg("加快“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")
g.neg("健全“五育并举”", "五育并举", LABEL_NOTE + " (“五育并举”: 德智体美劳), not a count")
g.neg("巩固“双减”成果", "双减", LABEL_NOTE + " (“双减”, as other golds)")
fact("实施10个以上省重大科技创新项目", "10个", value=10, unit="count", kind="count",
     classifier="个", bound="ge", metric="省重大科技创新项目",
     metric_alts=["实施省重大科技创新项目", "重大科技创新项目", "省重大科技创新项目数量",
                  "省级重大科技创新项目", "科技创新项目"], **PLAN,
     note="以上 → ge (outside the span); projects to be carried out in 2025; " + PLAN_NOTE)
fact("全社会研发投入增长8%以上", "8%", value=8, unit="%", kind="growth", bound="ge",
     metric="全社会研发投入",
     metric_alts=["研发投入", "全社会研发经费投入", "研发经费投入", "R&D经费投入",
                  "全社会R&D经费投入", "全社会研发投入增速"],
     comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); growth without a basis → yoy (the level 超1200亿元 of "
          "2024 in wr_fujian_2025); " + PLAN_NOTE)
g.neg("办好第三届全国博士后", "第三届", EDITION_NOTE.format("第三届全国博士后创新创业大赛"))
g.neg("第二届全国职工数字化", "第二届", EDITION_NOTE.format("第二届全国职工数字化应用技术技能"
      "大赛"))

# ==== line 7 (source 55): 推动科技创新与产业创新深度融合 ========================================
g.neg("“全覆盖两提升”行动", "两提升", LABEL_NOTE + " (“全覆盖两提升”行动 for the R&D activity "
      "of industrial firms above the size threshold), not a count")
fact("“瞪羚”企业330家以上", "330家", value=330, unit="count", kind="count", classifier="家",
     bound="ge", metric="“独角兽”“瞪羚”企业",
     metric_alts=new("“独角兽”“瞪羚”企业", "独角兽瞪羚企业", "独角兽和瞪羚企业",
                     "培育“独角兽”“瞪羚”企业", "培育独角兽瞪羚企业", "瞪羚企业", "独角兽企业"),
     **PLAN_SET,
     note="以上 → ge (outside the span); firms to be fostered (培育) in 2025 — judgement call "
          "on the period: the year (as 培育 N 家 in wr_hainan_2025_b / wr_anhui_2025_e), the "
          "register at year end as alt; " + SET_NOTE)
fact("国家高新技术企业突破1.5万家", "1.5万家", value=15000, unit="count", kind="count",
     classifier="家", bound="gt", metric="国家高新技术企业",
     metric_alts=["高新技术企业", "国家高新技术企业数量", "高企", "国家高新技术企业总数"],
     **PLAN_END,
     note="突破 → gt (milestone verb, outside the span); 万家 ×1e4; certified firms in force "
          "= a stock (超1.4万家 at the end of 2024 in wr_fujian_2025): " + END_NOTE)
g.neg("构建“1+10”科创", "1+10", LABEL_NOTE + " (“1+10”科创供应链平台, a platform scheme named "
      "by its parts), not counts or a sum (as “1+9” in wr_guizhou_2025_f)")
g.neg("职务科技成果单列管理", "单列", "lexicalized 单列 'listed separately' (单列管理), not a "
      "quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_fujian_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines). Part of the document: the opening of part 二、牢记历史"
    "使命，在中国式现代化建设中奋勇争先 (heading on source line 48, outside), the plan for 2025: "
    "the mission paragraphs, the plan year's line (2025年是“十四五”规划收官、“十五五”规划谋划之年…), "
    "the paragraph on what the year's targets mean (这些目标的设定…), the heading of task （一） "
    "and its first two paragraphs (教育科技人才一体发展; 科技创新与产业创新深度融合). The brief "
    "describes the excerpt as holding the year's main expected targets, but the shared source "
    "has no targets paragraph: line 52 (这些目标的设定…) follows line 51 directly, so the "
    "targets it refers to are missing from the text, and no fact was supplied for them. Other "
    "excerpts of the report: wr_fujian_2025 (6-17), _c (18-25), _b (28-37), _e (38-48), _d "
    "(58-64), _f (72-78), _g (82-88); no overlap. Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-13, "
    "the delivery date in the report's header (source line 3: 2025年1月13日在福建省第十四届人民"
    "代表大会第三次会议上…), as wr_fujian_2025. Place: 福建省 (福建, 全省, 我省 → alts); no other "
    "owner of numbers. Periods: 2014年, 2021年, 去年10月 (= 2024-10) and 2025年 are period "
    "expressions with no number after them in their lines (negatives); the numbers of lines "
    "54-55 take the section frame of the 2025 plan (2025-01-01..2025-12-31, period text 2025年 "
    "as line 51 writes it, null as alt). Stocks to be reached (普惠性幼儿园覆盖率95%以上, 国家高新"
    "技术企业突破1.5万家) → the instant 2025-12-31 with the year and null as alts (their 2024 "
    "values are stocks at 2024-12-31 in wr_fujian_2025); 培育…企业330家以上 → the year with the "
    "end instant as alt; 10个以上 projects and 增长8%以上 → the year. Modality: target "
    "throughout. Bounds: 以上 → ge (95%, 10个, 8%, 330家); 突破 → gt (1.5万家, the corpus "
    "reading of milestone verbs). Units: 万家 → count ×1e4 (家). Judgement calls: 中央五个“必须"
    "统筹好” → doctrine label (negative, not a count of 5 relationships); 330家 → firms to be "
    "fostered in the year (stock at year end as alt); “独角兽”“瞪羚” as one set (one value "
    "for the pair); 一级(达标高中), 两提升, 1+10, 四个更大 → labels; 哪一年, 两翼/两轮, 缺一不可, "
    "一以贯之 → idioms. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一流 ×4 (对标一流 …, 一流应用型), 一体 (一体发展), 进一步, 一样, "
    "首要 (首要任务).")

g.write(date=REF, source=f"shared/texts/work_report/wr_fujian_2025.txt lines {FIRST}–{LAST} "
        "(来源：福建日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
