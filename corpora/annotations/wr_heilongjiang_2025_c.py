"""Gold annotations for wr_heilongjiang_2025_c (2025年黑龙江省政府工作报告, the 2025 tasks),
lines 41-54 of shared/texts/work_report/wr_heilongjiang_2025.txt.

The excerpt corpora/wr_heilongjiang_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last paragraph of task （三） (打造先进制造业集群),
task （四）加快发展现代化大农业 in full (grain capacity, food supply, farm technology, agro-
processing), task （五）推动特色文旅产业可持续发展 in full (亚冬会, ice-and-snow economy,
tourism products, services, infrastructure) and the heading paragraph and first paragraph of
task （六）进一步全面深化改革 (激发各类经营主体活力), 2,128 characters, the line range as
briefed.  Lines 1-11 and 13-16 are annotated in wr_heilongjiang_2025 and
wr_heilongjiang_2025_b (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_heilongjiang_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_heilongjiang_2025_c"
PLACE = "黑龙江省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_heilongjiang_2025.txt"
FIRST, LAST = 41, 54                    # 1-based, inclusive, whole lines
TITLE = "2025年黑龙江省政府工作报告"
HLJ_ALTS = ["黑龙江", "全省", "龙江", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="打造先进制造业集群。", ends="千方百计为企业发展解难题、助把力。")
text = g.text
fact = g.with_subject(PLACE, HLJ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
EDITION_NOTE = "edition label of an event ({}), not a count"
SET_NOTE = "set label N大 ({}), not a count claim (as 7大 in wr_henan_2025_b)"


# ---- periods (reference date 2025-01-13; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 三、2025年重点工作任务 (heading on source line 29, outside the
# excerpt): tasks （三）-（六） of the plan for 2025 → modality target.  No line of the excerpt
# states a period of its own (三年行动计划 and 突破年 are names, 亚冬会 an event), so every
# fact takes the section frame 2025-01-01..2025-12-31 (SPEC §4), null as alt.  The heading's
# 2025年 lies outside the excerpt; the period text is 突破年, the excerpt's own name for the
# plan year (line 14: 我们将聚焦服务企业效能提升突破年, 2025 declared the year of breakthrough
# in serving enterprises), so that every period text occurs in the article (as
# wr_sichuan_2025_c uses 年度; period text is not scored, start/end are).  Stocks to be reached or held (基地
# 面积稳定在…) → the instant 2025-12-31, the year and null as alts; rates of the year's
# operations (机械化率, 合格率) and things to be built or certified → the year with null and
# the end instant as alts.  Sizes of existing sets the plan works on (22个产业、189条产业链,
# 7个优势特色产业) and the 240小时 of an existing policy → actual (as wr_henan_2025_b 聚焦28条
# 重点产业链 and wr_sichuan_2025_b 用好240小时过境免签), the frame with null and the
# reference date as alts.
S25 = P("突破年", "2025-01-01", "2025-12-31")
S25_NULL = P("突破年", None, None)
S25_END = P("突破年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, P("突破年", REF, REF)], modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年重点工作任务 (2025), null as alt")
LEVEL_NOTE = PLAN_NOTE + "; the end instant as alt"
END_NOTE = ("a stock to be reached or held → the instant at the end of the 2025 frame (stock "
            "rule), the year and null as alts; target")
EXIST_NOTE = ("judgement call: the size of an existing set the plan works on, not a goal → "
              "actual (as wr_henan_2025_b 聚焦28条重点产业链); section frame 2025 with null and "
              "the reference date as alts; target is the alternative")

# ==== line 1 (source 41): 打造先进制造业集群 =====================================================
fact("围绕22个产业", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="制造业重点产业",
     metric_alts=["产业", "重点产业", "制造业重点产业数量", "产业数量",
                  "制造业重点产业链高质量发展行动产业"], **EXIST, note=EXIST_NOTE)
fact("、189条产业链", "189条", value=189, unit="count", kind="count", classifier="条",
     metric="制造业重点产业链",
     metric_alts=["产业链", "重点产业链", "制造业重点产业链数量", "产业链数量"], **EXIST,
     note=EXIST_NOTE)
g.neg("加力打造一批支柱型", "一批", VAGUE_NOTE)
g.neg("制造业单项冠军企业", "单项", "单项 in the title 单项冠军 ('single-product champion'), "
      "not a quantity (as wr_sichuan_2025_c)")
g.neg("积极培育一批独角兽", "一批", VAGUE_NOTE)

# ==== line 2 (source 42): （四）加快发展现代化大农业 ===============================================
g.neg("（四）加快发展", "（四）", MARKER_NOTE)

# ==== line 3 (source 43): 巩固提升粮食综合生产能力 ================================================
g.neg("坚持稳面积、提单产", "单产", "lexicalized 单产 'yield per unit area', not a quantity (as "
      "wr_anhui_2025_d)")
g.neg("突出“五良”协同", "五良", LABEL_NOTE + " (“五良”: good land, seeds, methods, machines "
      "and systems), not a count")
g.neg("大面积单产提升行动", "单产", "lexicalized 单产 'yield per unit area' in the campaign "
      "name (as wr_guangdong_2025_b)")
fact("建成高标准农田1169万亩", "1169万亩", value=1.169e7, unit="mu", kind="amount",
     metric="建成高标准农田",
     metric_alts=["高标准农田", "高标准农田建设", "建成高标准农田面积", "建设高标准农田",
                  "高标准农田建成面积"], **PLAN,
     note="亩 stays mu (SPEC §3); farmland to be built in 2025 (a flow of the year); "
          + PLAN_NOTE)
fact("推广保护性耕作2670万亩", "2670万亩", value=2.67e7, unit="mu", kind="amount",
     metric="推广保护性耕作",
     metric_alts=["保护性耕作", "保护性耕作面积", "推广保护性耕作面积", "保护性耕作推广面积"],
     **PLAN, note=PLAN_NOTE)
fact("有机肥还田1000万亩以上", "1000万亩", value=1e7, unit="mu", kind="amount", bound="ge",
     metric="有机肥还田",
     metric_alts=["实施有机肥还田", "有机肥还田面积", "实施有机肥还田面积"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)

# ==== line 4 (source 44): 加力构建多元化食物供给体系 ==============================================
g.neg("高端肉牛“百千工程”", "百千工程", LABEL_NOTE + " (“百千工程” of high-end beef cattle, a "
      "programme name), not a count")
fact("水产品总产量突破90万吨", "90万吨", value=9e5, unit="t", kind="amount", bound="gt",
     metric="水产品总产量", metric_alts=["水产品产量", "水产品"], **PLAN,
     note="突破 → gt (outside the span); the year's output; " + PLAN_NOTE)
fact("产量达950万吨", "950万吨", value=9.5e6, unit="t", kind="amount",
     metric="蔬菜（食用菌）产量",
     metric_alts=["蔬菜(食用菌)产量", "蔬菜产量", "蔬菜和食用菌产量", "蔬菜（含食用菌）产量",
                  "蔬菜及食用菌产量"], **PLAN,
     note="达 → eq; the year's output; " + PLAN_NOTE)
g.neg("建成全国最大的刺五加", "五加", "numeral inside a plant name (刺五加, Siberian ginseng), "
      "not a quantity")

# ==== line 5 (source 45): 强化农业科技和装备支撑 ==================================================
fact("展示基地100个以上", "100个", value=100, unit="count", kind="count", classifier="个",
     bound="ge", metric="现代农业科技示范展示基地",
     metric_alts=new("现代农业科技示范展示基地", "打造现代农业科技示范展示基地",
                     "农业科技示范展示基地", "示范展示基地"), **PLAN_LEVEL,
     note="以上 → ge (outside the span); bases to be built in 2025; 增量 alts (README §3); "
          + LEVEL_NOTE)
fact("建成20个无人化", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="无人化智慧农场",
     metric_alts=new("无人化智慧农场", "建成无人化智慧农场", "智慧农场"), **PLAN_LEVEL,
     note="farms to be built in 2025; 增量 alts (README §3); " + LEVEL_NOTE)
g.neg("耕地“一张图”", "一张图", LABEL_NOTE + " (“一张图” 'one map', a single digital map of "
      "the farmland), not a count")
fact("综合机械化率稳定在99%以上", "99%", value=99, unit="%", kind="share", bound="ge",
     metric="农作物耕种收综合机械化率",
     metric_alts=["耕种收综合机械化率", "综合机械化率", "机械化率",
                  "主要农作物耕种收综合机械化率"], **PLAN_LEVEL,
     note="以上 → ge (outside the span); 稳定在 → the level to be held; the rate of the "
          "year's ploughing, sowing and harvesting → the year (as wr_sichuan_2025_c 73%); "
          + LEVEL_NOTE)
fact("基地面积稳定在1亿亩以上", "1亿亩", value=1e8, unit="mu", kind="amount", bound="ge",
     metric="绿色有机食品基地面积",
     metric_alts=["绿色有机食品基地", "绿色有机食品基地总面积", "绿色有机食品种植面积",
                  "绿色食品基地面积"], **PLAN_END,
     note="以上 → ge (outside the span); 亿亩 = 1e8 mu; the area of the bases (a stock) to be "
          "held: " + END_NOTE)
fact("监测合格率稳定在98%以上", "98%", value=98, unit="%", kind="share", bound="ge",
     metric="主要农产品监测合格率",
     metric_alts=["农产品监测合格率", "农产品质量安全监测合格率", "监测合格率", "合格率",
                  "主要农产品质量安全监测合格率"], **PLAN_LEVEL,
     note="以上 → ge (outside the span); share of the year's tested samples → the year; "
          + LEVEL_NOTE)

# ==== line 6 (source 46): 加快现代农业产业链价值链向中高端迈进 ========================================
g.neg("高质量发展三年行动计划", "三年", "name of a three-year plan (农产品加工业高质量发展三年"
      "行动计划), not a duration fact (as wr_heilongjiang_2025_b)")
g.neg("玉米等5大加工产业", "5大", SET_NOTE.format("5大加工产业, the province's five "
      "processing industries led by 玉米") + " — judgement call")
fact("食用菌等7个优势特色产业", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="优势特色产业",
     metric_alts=["优势特色产业数量", "农业优势特色产业", "特色产业", "做精做优优势特色产业"],
     **EXIST, note=EXIST_NOTE + "; written with a classifier (7个) unlike the set label 5大 of "
                                "the same sentence")
fact("精深加工项目200个以上", "200个", value=200, unit="count", kind="count",
     classifier="个", bound="ge", metric="引进精深加工项目",
     metric_alts=["精深加工项目", "引进精深加工项目数量", "精深加工项目数量",
                  "农产品精深加工项目"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("加工企业200家以上", "200家", value=200, unit="count", kind="count", classifier="家",
     bound="ge", metric="新入规农产品加工企业",
     metric_alts=new("入规农产品加工企业", "新入规农产品加工企业数量", "农产品加工企业",
                     "规上农产品加工企业", "规模以上农产品加工企业增量"), **PLAN_LEVEL,
     note="以上 → ge (outside the span); firms to enter the above-scale register (入规) in "
          "2025 (增量 alts, README §3); " + LEVEL_NOTE)
g.neg("“九珍十八品”", "九珍十八品", LABEL_NOTE + " (“九珍十八品”, the brand list of "
      "Heilongjiang specialities), not a count")
g.neg("一线城市行活动", "一线", "city-tier label 一线城市 (first-tier), not a quantity (as "
      "nw_yicai_20210808_subprov_cities_2021h1)")

# ==== line 7 (source 47): （五）推动特色文旅产业可持续发展 (no facts) ================================
g.neg("（五）推动特色", "（五）", MARKER_NOTE)

# ==== line 8 (source 48): 高水平办好亚冬会 ========================================================
g.neg("办成一届", "一届", "一届 'an edition' used as an article ('hold a … games'), not a count")

# ==== line 9 (source 49): 加快建设冰雪经济引领区 ==================================================
g.neg("“百万青少年上冰雪”", "百万青少年上冰雪", LABEL_NOTE + " (campaign name “百万青少年上冰"
      "雪” 'a million young people on the ice and snow') — judgement call; a target of 1e6 "
      "participants is the alternative reading")

# ==== line 10 (source 50): 丰富优质文旅产品供给 ===================================================
g.neg("“百日行动”", "百日", LABEL_NOTE + " (campaign name “百日行动” 'hundred-day drive', as "
      "wr_yunnan_2025 百日攻坚行动), not a duration fact")
g.neg("办好第七届旅游产业", "第七届", EDITION_NOTE.format("第七届旅游产业发展大会"))
fact("推进100个以上", "100个", value=100, unit="count", kind="count", classifier="个",
     bound="ge", metric="重点文旅项目",
     metric_alts=["文旅项目", "推进重点文旅项目", "重点文旅项目数量", "重点文化旅游项目"],
     **PLAN_LEVEL,
     note="以上 → ge (outside the span); projects to be pushed forward in 2025; " + LEVEL_NOTE)

# ==== line 11 (source 51): 持续优化文旅服务 (no numerals) ===========================================

# ==== line 12 (source 52): 加强旅游基础设施建设 ===================================================
g.neg("“醉美龙江331边防路”", "331", "route number of the 331 border road (国道331, in the road's "
      "name “醉美龙江331边防路”), not a quantity (as 国道307 in wr_shanxi_2025_b)")
fact("用好240小时", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签", "过境免签时长", "过境免签政策", "过境免签政策时长",
                  "过境免签停留时长", "过境免签时间", "240小时过境免签政策"],
     subject_alts=HLJ_ALTS + ["中国"], **EXIST,
     note="duration carried in a policy name (as wr_sichuan_2025_b / wr_henan_2025); 240小时 "
          "= 10 day (SPEC §3); judgement call: the (national) policy already exists (用好 "
          "'make good use of'), its duration is not a goal → actual (target is the "
          "alternative); section frame 2025, null and the reference date as alts")

# ==== line 13 (source 53): （六）进一步全面深化改革 ===============================================
g.neg("（六）进一步", "（六）", MARKER_NOTE)
g.neg("落地一批标志性", "一批", VAGUE_NOTE)

# ==== line 14 (source 54): 激发各类经营主体活力 ===================================================
LOAN = ["贷款余额", "金融机构各项贷款余额", "各项贷款余额", "金融机构本外币贷款余额",
        "全省金融机构贷款余额"]
fact("贷款余额增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="金融机构贷款余额", metric_alts=LOAN, comparison="yoy", **PLAN_LEVEL,
     note="左右 → approx (outside the span); growth of a balance over the year → the year "
          "(as wr_heilongjiang_2025_b 贷款余额), null and the end instant as alts; no basis → "
          "yoy; target")
g.neg("千方百计为企业", "千方百计", "idiom 千方百计 'by every possible means', not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_heilongjiang_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed: the last paragraph of task （三） (打造先进制造业集群), task （四）加快发展现代化"
    "大农业 and task （五）推动特色文旅产业可持续发展 in full, and the heading and first paragraph "
    "of task （六）进一步全面深化改革. It lies in part 三、2025年重点工作任务 (the plan for the "
    "report year; heading on source line 29, outside the excerpt). Lines 1-11 and 13-16 are "
    "annotated in wr_heilongjiang_2025 / _b (no overlap). Title, source line and dateline "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-13, the delivery date in the report's header (source line 3: 2025年1月13日在"
    "黑龙江省第十四届人民代表大会第三次会议上), as the shared meta. Place: 黑龙江省 (黑龙江, "
    "全省, 龙江, 我省 → alts). Periods: no line states a period; every fact takes the plan "
    "frame 2025 (period text 突破年, the excerpt's own name for the plan year in line 14, "
    "服务企业效能提升突破年; the heading's 2025年 is outside the excerpt; null as alt); the base area to be held (1亿亩) → instant 2025-12-31 with the year and null as "
    "alts; rates of the year (机械化率, 合格率), things to be built or certified, projects "
    "pushed forward and the loan-balance growth → the year with null and the end instant as "
    "alts. Modality: target throughout (a plan), except the sizes of existing sets (22个产业, "
    "189条产业链, 7个优势特色产业) and the 240小时 of the existing transit visa-free policy → "
    "actual (as wr_henan_2025_b / wr_sichuan_2025_b), with the reference date as alt period. "
    "Bounds: 以上 → ge; 突破 → gt; 左右 → approx; 达 → eq. Units: 亩 → mu (万亩 1e4, 亿亩 "
    "1e8); 万吨 → 1e4 t; 240小时 → 10 day. Judgement calls: 22个/189条/7个 → counts, actual; "
    "5大 (加工产业) → set label (negative) although 7个 of the same sentence is a count; "
    "“百万青少年上冰雪”, “百日行动”, “百千工程”, “九珍十八品”, “五良”, “一张图” → labels "
    "(negatives); 331 → route number; 一届 → article. Negatives: 一批 ×3, 单项, （四）-（六）, "
    "单产 ×2, 五良, 百千工程, 五加 (刺五加), 一张图, 三年, 5大, 九珍十八品, 一线, 一届, "
    "百万青少年上冰雪, 百日, 第七届, 331, 千方百计. Lexicalized, not listed: 一体化 (水肥"
    "一体化), 统一 (全省统一), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_heilongjiang_2025.txt lines "
        f"{FIRST}–{LAST} (来源：黑龙江新闻网)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
