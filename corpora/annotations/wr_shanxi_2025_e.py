"""Gold annotations for wr_shanxi_2025_e (2025年山西省政府工作报告, the 2025 part; held-out:
corpora/heldout/), lines 29-35 of shared/texts/work_report/wr_shanxi_2025.txt.

The excerpt corpora/heldout/wr_shanxi_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: the last five paragraphs of task （二）聚焦加快
转型发展，因地制宜培育新质生产力 (数字经济和实体经济, 先进制造业和现代服务业, 文化和旅游,
先行区集聚区) with its closing 各位代表… line, the heading of task （三）聚焦提供强大动力和制度
保障… and its first paragraph (教育科技人才体制机制一体改革), 2,330 characters, the line range
as briefed.  Lines 4-10, 11-17, 18-28 and 47-58 are annotated in wr_shanxi_2025, _d, _b and
_c (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanxi_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanxi_2025_e"
PLACE = "山西省"
REF = "2025-01-17"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_shanxi_2025.txt"
FIRST, LAST = 29, 35                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年山西省政府工作报告"
SX_ALTS = ["山西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推动数字经济和实体经济深度融合。",
                 ends="建设一流产业技术工人队伍。")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_NOTE = "set label {} (README §2 八大), not a count claim"
GEN_NOTE = ("technology generation label 5G (mobile network generation; 5G-A = 5G-Advanced), "
            "not a quantity (as cm_zhoukou_2023_b)")
SANJIN_NOTE = "name 三晋 (literary name of 山西), not a quantity (as wr_shanxi_2025_c)"

# ---- periods (reference date 2025-01-17; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 18, outside the
# excerpt): the end of task （二） and the start of task （三） of the plan for 2025 → modality
# target throughout.  No line of the excerpt states a period: every number takes the section
# frame 2025 (SPEC §4) with the null reading in period_alts; the period text is 2025年, the
# heading's (as wr_shanxi_2025_b; outside the excerpt, so the shared check_gold.py flags it as
# "not in the article" — a known, accepted consequence, as wr_hebei_2025_c and
# wr_chongqing_2025_c; period text is not scored).  Shares of a stock to be reached (学科专业
# 占比达到) are the instant at the end of the frame, 2025-12-31, the year and null as alts (as
# wr_shanxi_2025_b PLAN_END); things to be created, fostered or enlarged, and the sites the
# tourist roads are to link, keep the year with the end instant as a further alt (as
# wr_shanxi_2025_c FRAME_BUILD); growth rates of the year → the year, null as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_BUILD = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (2025), null as alt")
BUILD_NOTE = PLAN_NOTE + "; things to be created / fostered: the end instant as a further alt"
END_NOTE = ("a share of a stock to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; target")

# ==== line 1 (source 29): 数字经济和实体经济 =======================================================
g.neg("部署5G-A网络", "5G-A", GEN_NOTE)
g.neg("实施村村通5G工程", "5G", GEN_NOTE + " (programme name 村村通5G工程)")
g.neg("加快5G规模化应用", "5G", GEN_NOTE)
fact("核心产业增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="数字经济核心产业",
     metric_alts=["大数据、集成电路、智能终端等数字经济核心产业", "数字经济核心产业增加值",
                  "数字经济核心产业营业收入", "数字经济核心产业增速", "数字经济核心产业规模"],
     comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); one growth over the listed industries (大数据、集成电路、"
          "智能终端等) → one fact, the aggregate as metric; " + PLAN_NOTE)
g.neg("打造“5G+工业互联网”", "5G", GEN_NOTE + " (programme name “5G+工业互联网”)")
fact("新创建智能工厂30户", "30户", value=30, unit="count", kind="count", classifier="户",
     metric="智能工厂",
     metric_alts=new("智能工厂", "新创建智能工厂", "创建智能工厂"), **PLAN_BUILD,
     note="新创建 N: factories to be certified in 2025; 增量 alts (README §3); " + BUILD_NOTE)
g.neg("两化融合指数", "两化", LABEL_NOTE + " (两化融合: integration of informatization and "
      "industrialization, as wr_shanxi_2025)")
fact("两化融合指数达到92", "92", value=92, unit="index", kind="amount",
     metric="两化融合指数",
     metric_alts=["两化融合发展指数", "两化融合发展水平", "两化融合水平指数", "两化融合"],
     **PLAN_BUILD,
     note="达到 → eq; an index → unit index (SPEC §3), kind amount (as wr_beijing_2025_c 交通"
          "指数); judgement call: the year's assessed level → the year, null and the end "
          "instant as alts; " + PLAN_NOTE)
fact("数字经济规模增长15%以上", "15%", value=15, unit="%", kind="growth", bound="ge",
     metric="数字经济规模",
     metric_alts=["数字经济", "数字经济增加值", "数字经济规模增速", "数字经济总量"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)

# ==== line 2 (source 30): 先进制造业和现代服务业 (no facts) ==========================================
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”: 科技金融、绿色金融、"
      "普惠金融、养老金融、数字金融, as wr_guangxi_2025_b)")

# ==== line 3 (source 31): 文化和旅游 ===============================================================
fact("持续打造3个热点门户城市", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="热点门户城市",
     metric_alts=["热点门户城市数量", "打造热点门户城市", "门户城市", "旅游热点门户城市"],
     **PLAN_BUILD,
     note="持续打造: cities to be developed further as tourism gateways in 2025 (no 新 → the "
          "plain noun, no 增量 alts); " + BUILD_NOTE)
g.neg("太行三个一号旅游公路", "三个一号", LABEL_NOTE + " (“三个一号”旅游公路: 黄河一号, 长城一号, "
      "太行一号, the province's tourist road brand; as wr_shanxi_2025_c) — judgement call: "
      "here the three names precede it, so a count of 3 roads is the alternative reading")
SITE_NOTE = ("judgement call: the existing sites the three tourist roads are to link (有机串联, "
             "part of the plan) → target; the subject stays the province; " + BUILD_NOTE)
fact("串联531处国保单位", "531处", value=531, unit="count", kind="count", classifier="处",
     metric="国保单位",
     metric_alts=["全国重点文物保护单位", "串联国保单位", "有机串联国保单位", "国保单位数量",
                  "旅游公路串联国保单位"], **PLAN_BUILD, note=SITE_NOTE)
fact("和976个景区景点", "976个", value=976, unit="count", kind="count", classifier="个",
     metric="景区景点",
     metric_alts=["景区", "景点", "串联景区景点", "有机串联景区景点", "景区景点数量",
                  "旅游公路串联景区景点"], **PLAN_BUILD,
     note="verb 有机串联 shared; " + SITE_NOTE)
g.neg("冬享四季旅游产品", "四季", "四季 'the four seasons' (四季旅游产品, products for every "
      "season, after 春游、夏养、秋行、冬享), a set label, not a count claim")
g.neg("凝练三晋文化IP", "三晋", SANJIN_NOTE)

# ==== line 4 (source 32): 先行区集聚区 ============================================================
REV_NOTE = ("growth of the sector's revenue (营业收入, stated once for the list: the head is "
            "restored, README §3); " + PLAN_NOTE)
fact("营业收入增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="先进金属材料和先进装备制造营业收入",
     metric_alts=["先进金属材料和先进装备制造", "先进金属材料营业收入", "先进装备制造营业收入",
                  "先进金属材料和先进装备制造业营业收入", "先进金属材料和先进装备制造营收"],
     comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); one growth over the two sectors (和) → one fact; "
          + PLAN_NOTE)
fact("航空航天增长20%以上", "20%", value=20, unit="%", kind="growth", bound="ge",
     metric="航空航天营业收入",
     metric_alts=["航空航天", "航空航天产业营业收入", "航空航天营收", "航空航天产业"],
     comparison="yoy", **PLAN, note="以上 → ge; " + REV_NOTE)
fact("生物医药增长6%左右", "6%", value=6, unit="%", kind="growth", bound="approx",
     metric="生物医药营业收入",
     metric_alts=["生物医药", "生物医药产业营业收入", "生物医药营收", "生物医药产业"],
     comparison="yoy", **PLAN, note="左右 → approx; " + REV_NOTE)
fact("新能源装备制造增长30%以上", "30%", value=30, unit="%", kind="growth", bound="ge",
     metric="新能源装备制造营业收入",
     metric_alts=["新能源装备制造", "新能源装备制造业营业收入", "新能源装备制造营收",
                  "新能源装备制造业"],
     comparison="yoy", **PLAN, note="以上 → ge; " + REV_NOTE)
g.neg("建设“1+11”转型", "1+11", "judgement call: name of the structure “1+11”转型综改示范区 "
      "(one provincial zone plus eleven city zones), a label (as wr_shanxi_2025), not read "
      "as counts")
fact("做大1—2个战略性", "1—2个", value=1, upper=2, unit="count", kind="count",
     classifier="个", metric="战略性新兴产业集群",
     metric_alts=["做大战略性新兴产业集群", "战略性新兴产业集群数量",
                  "每个转型综改示范区战略性新兴产业集群", "产业集群"],
     subject="各市转型综改示范区",
     subject_alts=["转型综改示范区", "各市转型综改示范区每个", "各市"] + [PLACE] + SX_ALTS,
     **PLAN,
     note="a range 1—2 → value 1, upper 2 (SPEC §2 upper), one fact (as wr_hainan_2025_b "
          "1-2个); judgement call: a number per zone (因地制宜 for each city's zone) → the zones "
          "own it, the province as alt; " + PLAN_NOTE)
g.neg("统筹建设“一谷三园”", "一谷三园", LABEL_NOTE + " (“一谷三园”: 晋创谷 and three parks, "
      "the name of the layout)")
g.neg("全面落实“1+5”政策，加快", "1+5", LABEL_NOTE + " (“1+5”政策: one framework plus five "
      "supporting policies for 晋创谷, a name)")
fact("做大13家省级消费品", "13家", value=13, unit="count", kind="count", classifier="家",
     metric="省级消费品特色园区",
     metric_alts=["消费品特色园区", "省级消费品特色园区数量", "做大省级消费品特色园区",
                  "特色园区"], **PLAN_BUILD,
     note="做大 N: existing parks to be enlarged in 2025 (no 新 → no 增量 alts); " + BUILD_NOTE)
g.neg("深入实施“三项改革”。", "三项", LABEL_NOTE + " (“三项改革” of the development zones, "
      "the name of the reform package, as wr_shanxi_2025)")
g.neg("滚动开展“三个一批”", "三个一批", LABEL_NOTE + " (“三个一批” 'three batches' of "
      "projects signed, started and put into operation, as wr_chongqing_2025_b)")
g.neg("“三未”项目", "三未", LABEL_NOTE + " (“三未”项目: projects not yet signed, started or "
      "finished), not a count")
fact("做大1—2个主导产业", "1—2个", value=1, upper=2, unit="count", kind="count",
     classifier="个", metric="主导产业",
     metric_alts=["做大主导产业", "主导产业数量", "每个工业类开发区主导产业",
                  "工业类开发区主导产业"],
     subject="工业类开发区",
     subject_alts=["每个工业类开发区", "开发区", PLACE] + SX_ALTS, **PLAN,
     note="a range 1—2 → value 1, upper 2 (SPEC §2 upper), one fact; judgement call: a "
          "number per zone (每个工业类开发区) → the zones own it, the province as alt; "
          + PLAN_NOTE)
fact("开发区规上工业增加值增长6%", "6%", value=6, unit="%", kind="growth",
     metric="开发区规上工业增加值",
     metric_alts=["开发区规模以上工业增加值", "开发区工业增加值", "开发区规上工业增加值增速"],
     subject_alts=SX_ALTS + ["开发区"], comparison="yoy", **PLAN,
     note="no bound word → eq; the zones as a set keep the province as subject (README §4), "
          "开发区 as alt; " + PLAN_NOTE)
g.neg("突出“三率”", "三率", LABEL_NOTE + " (“三率”: the three ratios by which the zones are "
      "assessed), not a count")
g.neg("“三度”导向", "三度", LABEL_NOTE + " (“三度”: the three degrees of the assessment), not "
      "a count")

# ==== line 5 (source 33): 各位代表，高质量发展是必由之路 (no facts) ===================================
g.neg("蹚出一条新路", "一条", "一 + classifier used as article (蹚出一条新路来 'blaze a new "
      "trail'), not a quantity (README §2)")

# ==== line 6 (source 34): （三） ===================================================================
g.neg("（三）聚焦提供", "（三）", MARKER_NOTE)

# ==== line 7 (source 35): 教育科技人才体制机制一体改革 =============================================
g.neg("教育强省建设十大工程", "十大", SET_NOTE.format("十大 (教育强省建设十大工程)"))
g.neg("“两个只增不减”", "两个只增不减", LABEL_NOTE + " (“两个只增不减”: education spending and "
      "per-student spending must only rise — a budget rule's name, no amount)")
g.neg("高等教育“百亿工程”", "百亿工程", LABEL_NOTE + " (“百亿工程”, the provincial higher "
      "education programme named after its budget scale) — judgement call; no amount is "
      "claimed here (完成…任务)")
g.neg("推进“双一流”建设", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")
fact("学科专业占比达到55%", "55%", value=55, unit="%", kind="share",
     metric="理工农医类学科专业占比",
     metric_alts=["理工农医类学科专业比重", "理工农医类专业占比", "理工农医类学科占比",
                  "学科专业占比"], **PLAN_END,
     note="达到 → eq; the share of science, engineering, agriculture and medicine among the "
          "universities' programmes (a share of a stock) → " + END_NOTE)
g.neg("启动新一轮职业", "一轮", "新一轮 'a new round', not a count")
g.neg("职业教育“双高计划”", "双高", LABEL_NOTE + " (“双高计划”, as doc004)")
g.neg("新建改扩建一批寄宿制", "一批", VAGUE_NOTE)
g.neg("落实“1+5”政策体系", "1+5", LABEL_NOTE + " (“1+5”政策体系 of the science reform, a "
      "name)")
g.neg("拓展“三项改革”适用范围", "三项", LABEL_NOTE + " (“三项改革”, the name of the reform "
      "package)")
g.neg("战略“1+N”政策", "1+N", LABEL_NOTE + " (“1+N”政策: one framework plus N supporting "
      "policies, a name)")
g.neg("引育一批科技领军", "一批", VAGUE_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shanxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed (held out: corpora/heldout/): the last five paragraphs of task （二）聚焦加快转型"
    "发展 (数字经济和实体经济, 先进制造业和现代服务业, 文化和旅游, 先行区集聚区) with its closing "
    "各位代表… line, the heading of task （三） and its first paragraph (教育科技人才体制机制一体"
    "改革). It lies in part 二、2025年工作安排 (the plan for the report year; heading on source "
    "line 18, outside the excerpt). Lines 4-10, 11-17, 18-28 and 47-58 are annotated in "
    "wr_shanxi_2025 / _d / _b / _c (no overlap). Title and source line are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-17, the "
    "delivery date in the report header (2025年1月17日在山西省第十四届人民代表大会第三次会议上…, "
    "quoted in the shared meta notes), as wr_shanxi_2025 / _b / _c. Place: 山西省 (山西, 全省, "
    "我省 → alts); per-zone numbers (1—2个 clusters of each city's 转型综改示范区, 1—2个 主导产业 "
    "of each 工业类开发区) are owned by the zones, the province as alt; the 开发区 growth keeps "
    "the province (开发区 as alt). Periods: no line states a period; every number takes the "
    "plan frame 2025 (period text 2025年, the heading's, outside the excerpt: the shared "
    "check_gold.py reports it as 'not in the article', a known exception as in wr_hebei_2025_c "
    "and wr_chongqing_2025_c; period text is not scored; null as alt); things to be created / "
    "fostered / enlarged and the sites to be linked → the year with null and the end instant "
    "as alts; the share to be reached (理工农医类学科专业占比 55%) → instant 2025-12-31 with "
    "the year and null as alts. Modality: target throughout (a plan). Bounds: 以上 → ge, "
    "左右 → approx. Ranges: 1—2个 → value 1, upper 2. Units: 户/个/处/家 classifiers; "
    "两化融合指数 92 → unit index, kind amount. Judgement calls: 两化融合指数 → the year "
    "(the end instant as alt); “三个一号”旅游公路 a label (as wr_shanxi_2025_c), though the "
    "three names precede it; 531处 / 976个 sites to be linked → target counts; per-zone "
    "ranges owned by the zones; “百亿工程”, “1+11”, “1+5”, “1+N”, “一谷三园”, “三项改革”, "
    "“三个一批”, “三未”, “三率”, “三度”, 四季 (旅游产品), 十大 (工程), “两个只增不减” → labels. "
    "Negatives: 5G-A, 5G ×3, 两化, 五篇大文章, 三个一号, 四季, 三晋, 1+11, 一谷三园, 1+5 ×2, "
    "三项 ×2, 三个一批, 三未, 三率, 三度, 一条, （三）, 十大, 两个只增不减, 百亿工程, 双一流, "
    "一轮, 双高, 一批 ×2, 1+N. Lexicalized, not listed: 进一步, 一体 (一体改革), 一般 "
    "(一般公共预算), 一体化, 一流 (一流产业技术工人队伍).")

g.write(date=REF, source=f"shared/texts/work_report/wr_shanxi_2025.txt lines {FIRST}–{LAST} "
        "(2025年山西省政府工作报告, 来源：山西日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
