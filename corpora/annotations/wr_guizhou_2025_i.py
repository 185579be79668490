"""Gold annotations for wr_guizhou_2025_i (2025年贵州省政府工作报告, the 2025 plan: agricultural
specialities, producer services, task （三） investment promotion, the heading of task （四） and
its first paragraph on education), lines 33-40 of shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/wr_guizhou_2025_i.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the last two paragraphs
of task （二） 进一步凝聚力量推动产业发展 — 突出重点抓好农业特色产业 (output growth of the
speciality industries, processing firms, processing rate, mechanisation rate, brands) and
大力发展生产性服务业 (A-class logistics firms, logistics cost ratio, finance) —, task （三）
大力开展新一轮产业大招商 in full (heading, 创新招商引资方式 with the 15% western-region income-tax
rate, 提高招商引资质量, 持续改善营商环境), the heading of task （四） 一体推进教育科技人才事业发展
and its first paragraph 整体提升教育水平 (10 industry-education consortia).  All of it lies in
part 二、2025年主要目标任务 (heading on source line 22, outside the excerpt): the plan for
2025.  Lines 10-17, 22-32, 41-56 and 57-65 are annotated in wr_guizhou_2025 / _b / _c / _d /
_e / _f / _g / _h (no overlap).  The text is sparse in figures (nine quantities, many labels).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_i.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guizhou_2025_i"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 33, 40                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="突出重点抓好农业特色产业。",
                 ends="培育学生创新精神、增强科学素养，提升身心健康水平。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 二、2025年主要目标任务 (heading on source line 22, outside the
# excerpt; 今年是“十四五”规划收官之年, source line 23): the tasks for 2025 → modality target.
# None of the eight lines states a period of its own, so every number takes the section frame
# 2025-01-01..2025-12-31 (SPEC §4) with the heading's period text 2025年 (outside the
# excerpt; period text is not scored) and the null reading in period_alts (PLAN, as
# wr_guizhou_2025_d / _e / _f).  A stock to be reached (A级物流企业达到180家, a register) → the
# instant 2025-12-31 with the year and null as alts (PLAN_END); things to be cultivated or set
# up as a set (培育…品牌精品, 推动建立…产教联合体) → the year with the end instant as a further
# alt (PLAN_SET).  A rule in force the plan only uses (the 15% income-tax rate of the western
# development policy) → actual, the frame with null and the reference date as alts (EXIST, as
# the 240小时 visa-free rule of wr_guizhou_2025_e).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
S25_NOW = P("2025年", REF, REF)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, S25_NOW], modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年主要目标任务 (source line 22, outside the excerpt), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be cultivated/set up: the end instant as a further alt"
END_NOTE = ("a stock (a register of rated firms) to be reached → the instant at the end of the "
            "2025 frame (stock rule), the year and null as alts; target")

# ==== line 1 (source 33): 突出重点抓好农业特色产业 ================================================
SPEC_AG = ["特色优势产业产值", "农业特色优势产业", "农业特色优势产业总产值",
           "农业特色优势产业产值增速"]
fact("优势产业产值增长4%左右", "4%", value=4, unit="%", kind="growth", bound="approx",
     metric="农业特色优势产业产值", metric_alts=SPEC_AG, comparison="yoy", **PLAN,
     note="左右 → approx (outside the span); growth without a basis → yoy; the same metric as "
          "the 2024 review's 农业特色优势产业产值增长4.2% (wr_guizhou_2025_g); " + PLAN_NOTE)
fact("新增农产品加工企业100家", "100家", value=100, unit="count", kind="count",
     classifier="家", metric="农产品加工企业",
     metric_alts=new("农产品加工企业", "新增农产品加工企业", "新增的农产品加工企业"), **PLAN,
     note="新增 N: processing firms to be added in 2025 → the noun as metric, the 增量 reading "
          "as alts (README §3, as wr_guizhou_2025_f 新增高新技术企业); " + PLAN_NOTE)
fact("农产品加工转化率达70%左右", "70%", value=70, unit="%", kind="share", bound="approx",
     metric="农产品加工转化率", metric_alts=["农产品加工率", "农产品转化率", "农产品加工转化比率"],
     **PLAN,
     note="a rate → share (SPEC §2); 达 → eq on the verb, 左右 → approx (outside the span); the "
          "share of the year's farm output processed → the year (as 66% for 2024 in "
          "wr_guizhou_2025_g); " + PLAN_NOTE)
MECH = ["农作物耕种收综合机械化率", "耕种收综合机械化率", "综合机械化率", "机械化率",
        "农业综合机械化率", "主要农作物综合机械化率", "农业机械化率"]
fact("耕种收综合机械化率达57%左右", "57%", value=57, unit="%", kind="share", bound="approx",
     metric="主要农作物耕种收综合机械化率", metric_alts=MECH, **PLAN,
     note="a rate → share (SPEC §2); 达 → eq on the verb, 左右 → approx (outside the span); the "
          "rate of the year's ploughing, sowing and harvesting → the year (as "
          "wr_heilongjiang_2025_c / wr_hainan_2025_b); " + PLAN_NOTE)
g.neg("打造一批“贵”字号", "一批", VAGUE_NOTE)
BRAND = ["培育全国农业品牌精品", "农业品牌精品", "全国农业品牌精品数量", "全国农业品牌精品增量",
         "全国农业品牌精品数量增量", "农业品牌", "全国农业品牌"]
fact("培育10个以上全国农业品牌精品", "10个", value=10, unit="count", kind="count",
     classifier="个", bound="ge", metric="全国农业品牌精品", metric_alts=BRAND, **PLAN_SET,
     note="以上 → ge (outside the span); brands to be cultivated (培育) into the national "
          "boutique list in 2025; 全国 names the list the brands enter, the province keeps the "
          "subject; " + SET_NOTE)

# ==== line 2 (source 34): 大力发展生产性服务业 =====================================================
fact("A级物流企业达到180家", "180家", value=180, unit="count", kind="count", classifier="家",
     metric="A级物流企业",
     metric_alts=["A级物流企业数量", "A级物流企业总数", "物流企业", "A级以上物流企业"],
     **PLAN_END,
     note="达到 → eq; A级 is the rating that defines the counted set (no numeral, part of the "
          "metric); " + END_NOTE)
LOG = ["社会物流总费用占地区生产总值的比重", "社会物流总费用与地区生产总值的比率",
       "社会物流总费用与地区生产总值比率", "社会物流总费用与GDP的比率", "社会物流总费用占GDP比重",
       "社会物流总费用占GDP的比重", "社会物流总费用占比", "物流成本占GDP比重", "社会物流成本",
       "全社会物流成本"]
fact("比重下降至14.2%", "14.2%", value=14.2, unit="%", kind="share",
     metric="社会物流总费用占地区生产总值比重", metric_alts=LOG, **PLAN,
     note="占…比重 → share (SPEC §2); 下降至 'fall to' names the level to reach (eq), not a "
          "change; the ratio of the year's logistics costs to its GDP (flows) → the year (as "
          "wr_yunnan_2025_f 比率降至15%左右); " + PLAN_NOTE)
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”: 科技金融、绿色金融、"
      "普惠金融、养老金融、数字金融, as wr_yunnan_2025_f), not a count")
g.neg("积极谋划一批生产性服务业", "一批", VAGUE_NOTE)

# ==== line 3 (source 35): heading （三） =============================================================
g.neg("（三）大力开展", "（三）", MARKER_NOTE)
g.neg("大力开展新一轮产业大招商", "一轮", "新一轮 'a new round', not a count (as "
      "wr_guizhou_2025 / _c / _d)")

# ==== line 4 (source 36): 创新招商引资方式 ========================================================
g.neg("动态落实“一图三清单”", "一图三清单", LABEL_NOTE + " (“一图三清单”: one map, three lists, "
      "as wr_guizhou_2025)")
TAX = ["企业所得税税率", "鼓励类产业企业所得税税率", "西部地区鼓励类产业企业所得税优惠税率",
       "西部地区企业所得税税率", "企业所得税优惠税率", "所得税税率", "企业所得税",
       "西部地区鼓励类产业企业所得税"]
fact("企业所得税减按15%征收", "15%", value=15, unit="%", kind="share",
     metric="西部地区鼓励类产业企业所得税税率", metric_alts=TAX,
     subject_alts=GZ_ALTS + ["西部地区", "西部地区鼓励类产业企业", "中国"], **EXIST,
     note="a tax rate → share (SPEC §2, as 购置税按7.5％征收 in wr_china_2010_e); 减按 N 征收 "
          "'levied at the reduced rate of N' → eq; judgement call: a rule of the national "
          "western-development policy in force, which the plan only uses (用好…等优惠政策) → "
          "actual (as the 240小时 visa-free rule of wr_guizhou_2025_e), section frame 2025 with "
          "null and the reference date as alts; target is the alternative reading; the "
          "province where the rate is used keeps the subject, 西部地区 / the firms / 中国 (who "
          "sets the rule) as alts")
g.neg("开展二次招商", "二次", LABEL_NOTE + " (二次招商 'second-round investment promotion' of "
      "idle assets, as “二次招商” in other golds), not a count of rounds")

# ==== line 5 (source 37): 提高招商引资质量 (统一 only, lexicalized) ==================================

# ==== line 6 (source 38): 持续改善营商环境 ========================================================
g.neg("营商环境大改善三年行动", "三年", PLAN3_NOTE + " (营商环境大改善三年行动)")
g.neg("“高效办成一件事”改革", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_guizhou_2025_g)")
g.neg("“全省一张网”", "一张网", "slogan “全省一张网” (one network), not a count (as "
      "wr_guizhou_2025_g)")

# ==== line 7 (source 39): heading （四） ============================================================
g.neg("（四）一体推进", "（四）", MARKER_NOTE)

# ==== line 8 (source 40): 整体提升教育水平 ========================================================
g.neg("深入实施“七大提升工程”", "七大", SET_LABEL_NOTE + " (“七大提升工程”, the seven education "
      "upgrading projects)")
EDU = ["市域产教联合体、行业产教融合共同体", "省级市域产教联合体和行业产教融合共同体",
       "省级市域产教联合体、行业产教融合共同体数量", "省级市域产教联合体、行业产教融合共同体增量",
       "建立省级市域产教联合体、行业产教融合共同体", "产教联合体", "市域产教联合体",
       "省级市域产教联合体", "行业产教融合共同体", "产教融合共同体"]
fact("推动建立10个省级市域", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="省级市域产教联合体、行业产教融合共同体", metric_alts=EDU, **PLAN_SET,
     note="consortia to be set up in 2025 (推动建立); judgement call: one count over the two "
          "kinds listed after it (省级 qualifies both; the text gives no split), each kind as "
          "an alt; " + SET_NOTE)
g.neg("聚焦“六大产业基地”", "六大", SET_LABEL_NOTE + " (“六大产业基地”, as wr_guizhou_2025 / "
      "_f)")
g.neg("在校学生人数占比“两个提升”", "两个提升", LABEL_NOTE + " (“两个提升”: the rise of the "
      "shares of science/engineering majors and of their students, named right before; it "
      "states no number)")
g.neg("高校“双一流”建设", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines, as wr_guangdong_2025_i)")
g.neg("坚持“五育”并举", "五育", LABEL_NOTE + " (“五育”并举: 德智体美劳, as “五育并举” in other "
      "golds), not a count")
g.neg("深入开展千万师生阳光体育运动", "千万", LABEL_NOTE + " (千万师生阳光体育运动, a campaign "
      "name 'ten million teachers and students'), not a count of participants")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). It lies in "
    "part 二、2025年主要目标任务 (heading on source line 22, outside the excerpt), the plan for "
    "2025: the last two paragraphs of task （二） (突出重点抓好农业特色产业, 大力发展生产性服务业), "
    "task （三） 大力开展新一轮产业大招商 in full (heading, 创新招商引资方式, 提高招商引资质量, "
    "持续改善营商环境), the heading of task （四） and its first paragraph 整体提升教育水平. Lines "
    "10-17, 22-32, 41-56 and 57-65 are annotated in wr_guizhou_2025 / _b / _c / _d / _e / _f / "
    "_g / _h (no overlap). Title line, source line and dateline are outside the excerpt "
    "(title_in_text=False; the title as the source's first line). Date: 2025-01-19, the "
    "delivery date in the report's dateline (source line 3: ——2025年1月19日在贵州省第十四届人民"
    "代表大会第三次会议上); the corpus meta agrees. Place: 贵州省 (贵州, 全省, 我省 → alts); no "
    "other owner of numbers (西部地区 / 中国 as subject alts of the tax rate). Periods: no line "
    "states a period; every number takes the heading's frame 2025 (period text 2025年, outside "
    "the excerpt, 2025-01-01..2025-12-31, null as alt); A级物流企业达到180家 (a register, a "
    "stock) → the instant 2025-12-31 with the year and null as alts; brands to be cultivated "
    "and consortia to be set up → the year with the end instant as alt. Modality: target "
    "throughout except the 15% income-tax rate of the western-development policy (a rule in "
    "force the plan uses) → actual with the reference date as a period alt (judgement call, as "
    "the 240小时 rule of wr_guizhou_2025_e). Bounds: 左右 → approx (4%, 70%, 57%); 以上 → ge "
    "(10个品牌精品); 达/达到/下降至/减按 → eq. Units: %, counts with 家/个; no unit outside SPEC. "
    "Judgement calls: 社会物流总费用占地区生产总值的比重下降至14.2% → a share level (eq), not a "
    "change; 企业所得税减按15%征收 → share (a tax rate), actual; 10个省级市域产教联合体、行业产教"
    "融合共同体 → one count over both kinds; 10个以上全国农业品牌精品 → the province's count (全国 "
    "names the list); 二次(招商), “两个提升”, 千万(师生阳光体育运动), “五育” → labels. "
    "Negatives: 一批 ×2, 五篇大文章, （三）, 一轮, 一图三清单, 二次, 三年 (三年行动), 一件事, 一张网, "
    "（四）, 七大, 六大, 两个提升, 双一流, 五育, 千万. Lexicalized, not listed: 统一, 清单 (正负面清单), "
    "一体 (一体推进), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
