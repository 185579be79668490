"""Gold annotations for wr_hainan_2025_b (2025年海南省政府工作报告, 2025 tasks （六）-（八）),
lines 62-76 of shared/texts/work_report/wr_hainan_2025.txt.

The excerpt corpora/wr_hainan_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: tasks （六）着力统筹区域协调发展 (三极一带一区, 新型城镇化,
infrastructure), （七）着力推进乡村全面振兴 (现代农业, 和美乡村, 农民收入) and （八）着力巩固
生态文明建设成果 (environment quality, 标志性工程, 双碳) in full, each starting at its
heading.  Lines 17-25 are annotated in wr_hainan_2025 (no overlap).  Among the runs of whole
lines of 2,000-2,500 characters in lines 26-89 that start at a heading, lines 62-76 (2,005
characters) hold the most numbers (44 Arabic numbers; the next are 67-84 with 38 and 47-56
with 33).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hainan_2025_b"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hainan_2025.txt"
FIRST, LAST = 62, 76                    # 1-based, inclusive, whole lines
TITLE = "2025年海南省政府工作报告"
HN_ALTS = ["海南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（六）着力统筹区域协调发展",
                 ends="推动实施松涛水库流域生态保护补偿机制。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label of a project (N期), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity (as wr_hainan_2025)")
THRESH_NOTE = ("threshold defining the set measured ({}; SPEC §2), part of the metric, not a "
               "fact of its own")
TECH_NOTE = ("technology label {} (万兆 = 10-gigabit networks; 5G-A = 5G-Advanced), not a "
             "measured quantity (as 5G-A in wr_henan_2025_b)")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年工作安排 (heading on source line 34, outside the
# excerpt; source line 35: 做好今年政府工作…): the plan for 2025 → modality target.  No line
# of the excerpt states a period of its own (no 今年, 全年, 年度 or date; 五年行动 names a
# campaign, 年收益 is 'annual income'), so every number takes that section frame (SPEC §4),
# 2025-01-01..2025-12-31, with the heading's period text 2025年 and null in period_alts (as
# wr_hunan_2025_b / wr_hebei_2025_b).  That surface lies outside the excerpt, so
# shared/gold/check_gold.py reports the period text as not in the article: a known,
# deliberate exception (period text is not scored).  Levels to be reached that hold at a
# moment (城镇化率, 普及率 / 覆盖率 / 治理率 / 安装率 of a stock, the size of the “三支队伍”) →
# the instant 2025-12-31 (stock rule; as wr_henan_2025_b PLAN_END), the year and null as
# alts; rates of the year's activity (机械化率, 贡献率, 服务率, 达标率, 占有率, shares of the
# year's new buildings or village incomes) → the year.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; section frame of part 三、2025年工作安排 (source line "
             "34, outside the excerpt), null as alt")
END_NOTE = ("a level to be reached that holds at a moment (stock rule) → the instant "
            "2025-12-31, the year and null as alts; target")


# ==== line 1 (source 62): heading （六） =======================================================
g.neg("（六）着力统筹", "（六）", MARKER_NOTE)

# ==== line 2 (source 63) ======================================================================
g.neg("把全岛作为一个整体", "一个", "indefinite article 一个 ('as a whole'), not a quantity")

# ==== line 3 (source 64): 提升“三极一带一区”能级 ===============================================
g.neg("提升“三极一带一区”", "三极一带一区", LABEL_NOTE + " (the regional layout “三极一带一区”: "
      "three poles, one belt, one zone)")
g.neg("“三极”要挑大梁", "三极", LABEL_NOTE + " (“三极”, the three growth poles)")
g.neg("推动形成一批", "一批", "vague quantifier 一批 'a batch of' (README §2)")

# ==== line 4 (source 65): 推进新型城镇化 =======================================================
fact("加快推进5个国家级", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="国家级新型城镇化试点",
     metric_alts=["新型城镇化试点", "国家级新型城镇化试点数量", "推进国家级新型城镇化试点",
                  "国家新型城镇化试点"], **PLAN,
     note="judgement call: pilots whose work is to be advanced in 2025 → target (as 等13个港航"
          "项目 in wr_henan_2025_b); reading it as the size of an existing set (actual) is "
          "the alternative; " + PLAN_NOTE)
fact("城镇化率提升至65%", "65%", value=65, unit="%", kind="share", metric="常住人口城镇化率",
     metric_alts=["城镇化率", "常住人口城镇化水平"], **PLAN_END,
     note="提升至 → the level to reach; a rate of the population at year end: " + END_NOTE)
fact("开工改造城镇老旧小区150个", "150个", value=150, unit="count", kind="count",
     classifier="个", metric="开工改造城镇老旧小区",
     metric_alts=["城镇老旧小区", "城镇老旧小区改造", "改造城镇老旧小区", "老旧小区",
                  "开工改造城镇老旧小区数量", "老旧小区改造"], **PLAN, note=PLAN_NOTE)
fact("保障性租赁住房6000套（间）", "6000套（间）", value=6000, unit="count", kind="count",
     classifier="套（间）", metric="筹集保障性租赁住房",
     metric_alts=["保障性租赁住房", "筹集保障性租赁住房数量", "保障性租赁住房筹集",
                  "保障性租赁住房数量"], **PLAN,
     note="the measure word is 套（间） ('units (rooms)'), kept whole in the span and as the "
          "classifier (as wr_shanghai_2025_b 7.2万套（间）); " + PLAN_NOTE)
fact("住房租赁补贴1.6万户", "1.6万户", value=16000, unit="count", kind="count",
     classifier="户", metric="住房租赁补贴",
     metric_alts=["发放住房租赁补贴", "住房租赁补贴户数", "住房租赁补贴发放户数",
                  "领取住房租赁补贴的家庭", "发放住房租赁补贴户数"], **PLAN,
     note="households to receive the allowance (户 is a classifier, SPEC §3); " + PLAN_NOTE)

# ==== line 5 (source 66): 建设坚强韧性基础设施 ===================================================
g.neg("凤凰机场三期", "三期", PHASE_NOTE)
g.neg("博鳌机场三期", "三期", PHASE_NOTE)
g.neg("扩建工程一期", "一期", PHASE_NOTE)
g.neg("加快三亚新机场", "三亚", NAME_NOTE.format("三亚, a city"))
g.neg("美兰机场三期", "三期", PHASE_NOTE)
fact("国投洋浦港10万吨级", "10万吨", value=1e5, unit="t", kind="amount",
     metric="码头吨级",
     metric_alts=["公共粮油码头吨级", "码头等级", "泊位吨级", "码头靠泊能力", "码头设计吨级",
                  "吨级", "10万吨级公共粮油码头", "靠泊能力"],
     subject="国投洋浦港公共粮油码头",
     subject_alts=["国投洋浦港10万吨级公共粮油码头", "国投洋浦港", "公共粮油码头", "洋浦港",
                   PLACE] + HN_ALTS, **PLAN,
     note="a quantity with a unit inside a project's name is a fact (SPEC §1): the berth's "
          "design class (ships of 100,000 t), modality target while the project is to be "
          "started (开工) in 2025; span without the class suffix 级 (as wr_guangxi_2025 "
          "3000吨级航道工程) — judgement call; reading 万吨级 as a class label (negative, as "
          "wr_chongqing_2025 万吨级轮船) is the alternative")
g.neg("八所港高排港区", "八所", NAME_NOTE.format("八所港, the port of 八所 town in 东方市"))
g.neg("高排港区一期", "一期", PHASE_NOTE)
g.neg("系统推进万泉河", "万泉河", NAME_NOTE.format("万泉河, a river"))
g.neg("“三道防线［21］”", "三道防线", LABEL_NOTE + " (“三道防线”, the three lines of flood "
      "defence, glossary note 21)")
g.neg("“三道防线［21］”", "［21］", FOOTNOTE_NOTE)
g.neg("推进三亚抽水蓄能", "三亚", NAME_NOTE.format("三亚, a city"))
g.neg("开展以5G-A和", "5G-A", TECH_NOTE.format("5G-A"))
g.neg("5G-A和万兆光网", "万兆", TECH_NOTE.format("万兆 (万兆光网)"))
g.neg("“双万兆”", "双万兆", LABEL_NOTE + " (“双万兆”: 5G-A and 10-gigabit optical networks)")
g.neg("“万兆自贸港”", "万兆", LABEL_NOTE + " (“万兆自贸港”, the slogan of a 10-gigabit free "
      "trade port)")

# ==== line 6 (source 67): heading （七） =======================================================
g.neg("（七）着力推进", "（七）", MARKER_NOTE)

# ==== line 7 (source 68) ======================================================================
g.neg("“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's Thousand Villages "
      "Demonstration, Ten Thousand Villages Renovation project)")

# ==== line 8 (source 69): 精准培育现代农业 =====================================================
fact("培育农业龙头企业10家", "10家", value=10, unit="count", kind="count", classifier="家",
     metric="农业龙头企业",
     metric_alts=new("农业龙头企业", "培育农业龙头企业", "龙头企业"), **PLAN,
     note="firms to be fostered in 2025; 增量 alts (README §3); " + PLAN_NOTE)
fact("之比突破1：1", "1：1", value=1, unit="times", kind="ratio", bound="gt",
     metric="农产品加工业总产值与农业总产值之比",
     metric_alts=["农产品加工业总产值与农业总产值比", "农产品加工业产值与农业产值之比",
                  "农产品加工业与农业总产值之比", "农产品加工业总产值与农业总产值比值",
                  "农产品加工业产值与农业产值比"], **PLAN,
     note="力争 → target; 突破 → gt (outside the span); 1：1 = output of the processing "
          "industry equal to farm output → one ratio fact of 1 times, span over the whole "
          "ratio (the second 1 is its base, as 2.61：1 in nw_cctv_20150415_china_2015q1); the "
          "output of the year → the year; " + PLAN_NOTE)
fact("新奇特优品种18万亩", "18万亩", value=180000, unit="mu", kind="amount", bound="ge",
     metric="新奇特优品种推广面积",
     metric_alts=["推广新奇特优品种", "新奇特优品种", "新奇特优品种推广", "新奇特优品种面积"],
     **PLAN, note="以上 → ge (outside the span); 万亩 ×1e4, unit mu; " + PLAN_NOTE)
fact("建设标准化胶园30万亩", "30万亩", value=300000, unit="mu", kind="amount",
     metric="标准化胶园",
     metric_alts=["建设标准化胶园", "标准化胶园面积", "标准化胶园建设面积", "标准化胶园建设"],
     **PLAN, note=PLAN_NOTE)
fact("综合机械化率达78%", "78%", value=78, unit="%", kind="share", bound="ge",
     metric="水稻耕种收综合机械化率",
     metric_alts=["水稻综合机械化率", "水稻耕种收机械化率", "耕种收综合机械化率"], **PLAN,
     note="达 … 以上 → ge; a rate of the year's farm work → the year; " + PLAN_NOTE)
fact("进步贡献率达64%", "64%", value=64, unit="%", kind="share",
     metric="农业科技进步贡献率", metric_alts=["科技进步贡献率", "农业科技贡献率"], **PLAN,
     note="达 → eq; verb 推动 shared with 78%; " + PLAN_NOTE)
fact("养殖网箱2个", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="大型桁架类养殖网箱",
     metric_alts=new("大型桁架类养殖网箱", "新增大型桁架类养殖网箱", "养殖网箱", "桁架类养殖网箱"),
     **PLAN, note="新增 N: 增量 alts (README §3); " + PLAN_NOTE)
fact("养殖水体40万立方米", "40万立方米", value=4e5, unit="m3", kind="amount",
     metric="深远海养殖水体",
     metric_alts=["新增深远海养殖水体", "深远海养殖水体增量", "养殖水体", "深远海养殖水体体积",
                  "深远海养殖水体规模"], **PLAN,
     note="verb 新增 shared with 2个; 立方米 = m3; " + PLAN_NOTE)
BRAND_NOTE = "verb 新增 distributes over the list (区域公用品牌, 企业品牌, 产品品牌 of 农产品); "
fact("区域公用品牌5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="农产品区域公用品牌",
     metric_alts=new("农产品区域公用品牌", "新增农产品区域公用品牌", "区域公用品牌"), **PLAN,
     note=BRAND_NOTE + PLAN_NOTE)
fact("企业品牌10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="农产品企业品牌",
     metric_alts=new("农产品企业品牌", "企业品牌", "新增企业品牌", "企业品牌数量"), **PLAN,
     note=BRAND_NOTE + "head 农产品 restored (README §3); " + PLAN_NOTE)
fact("产品品牌20个", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="农产品产品品牌",
     metric_alts=new("农产品产品品牌", "产品品牌", "新增产品品牌", "产品品牌数量"), **PLAN,
     note=BRAND_NOTE + "head 农产品 restored (README §3); " + PLAN_NOTE)
fact("打造1-2个", "1-2个", value=1, upper=2, unit="count", kind="count", classifier="个",
     metric="具有全国知名度的乡村旅游产品",
     metric_alts=["乡村旅游产品", "全国知名乡村旅游产品", "打造具有全国知名度的乡村旅游产品",
                  "乡村旅游产品数量", "具有全国知名度的乡村旅游产品数量"], **PLAN,
     note="a range 1-2 → value 1, upper 2 (SPEC §2 upper), one fact; " + PLAN_NOTE)
fact("认定省级共享农庄5家", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="省级共享农庄",
     metric_alts=new("省级共享农庄", "认定省级共享农庄", "共享农庄"), **PLAN,
     note="farms to be certified (认定) in 2025; " + PLAN_NOTE)

# ==== line 9 (source 70): 有序建设和美乡村 =====================================================
g.neg("人居环境整治五年行动", "五年", "name of a five-year campaign (农村人居环境整治五年行动, "
      "ending in 2025), not a duration fact")
RURAL_NOTE = ("分别: 农村生活污水治理率 ↔ 90%, (农村)自来水普及率 ↔ 96%, 生活垃圾分类屋（亭）"
              "行政村覆盖率 ↔ 100% (list order); 达 → eq; coverage of the villages (a stock): ")
fact("分别达90%", "90%", value=90, unit="%", kind="share", metric="农村生活污水治理率",
     metric_alts=["生活污水治理率", "农村生活污水治理覆盖率", "农村污水治理率"], **PLAN_END,
     note=RURAL_NOTE + END_NOTE)
fact("90%、96%", "96%", value=96, unit="%", kind="share", metric="农村自来水普及率",
     metric_alts=["自来水普及率", "农村自来水普及率达"], **PLAN_END,
     note=RURAL_NOTE + "head 农村 restored (as wr_fujian_2025_b 农村自来水普及率); " + END_NOTE)
fact("96%、100%", "100%", value=100, unit="%", kind="share",
     metric="生活垃圾分类屋（亭）行政村覆盖率",
     metric_alts=["生活垃圾分类屋(亭)行政村覆盖率", "生活垃圾分类屋行政村覆盖率",
                  "农村生活垃圾分类屋（亭）行政村覆盖率", "生活垃圾分类行政村覆盖率",
                  "生活垃圾分类屋（亭）覆盖率"], **PLAN_END, note=RURAL_NOTE + END_NOTE)
fact("路灯安装率达50%", "50%", value=50, unit="%", kind="share",
     metric="村内主干道和公共场所路灯安装率",
     metric_alts=["路灯安装率", "村内主干道路灯安装率", "村内主干道和公共场所路灯安装比例"],
     **PLAN_END, note="达 → eq; installed lamps (a stock): " + END_NOTE)
g.neg("65岁及以上老人", "65岁", THRESH_NOTE.format("65岁及以上老人, the age limit of the "
      "elderly served"))
fact("管理服务率达65%", "65%", value=65, unit="%", kind="share", bound="ge",
     metric="65岁及以上老人城乡社区规范健康管理服务率",
     metric_alts=["老人城乡社区规范健康管理服务率", "城乡社区规范健康管理服务率",
                  "规范健康管理服务率", "65岁及以上老年人城乡社区规范健康管理服务率",
                  "老年人健康管理服务率", "65岁及以上老人规范健康管理服务率"], **PLAN,
     note="达 … 以上 → ge (outside the span); the share of the elderly served in the year → "
          "the year; the age threshold 65岁 has its own negative; " + PLAN_NOTE)
fact("新增和美乡村200个", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="和美乡村", metric_alts=new("和美乡村", "新增和美乡村"), **PLAN,
     note="新增 N: 增量 alts (README §3); " + PLAN_NOTE)

# ==== line 10 (source 71): 稳步提升农民收入 ====================================================
fact("培育高素质农民4000人", "4000人", value=4000, unit="count", kind="count",
     classifier="人", bound="ge", metric="高素质农民",
     metric_alts=new("高素质农民", "培育高素质农民", "培育高素质农民人数"), **PLAN,
     note="以上 → ge (outside the span); farmers to be trained in 2025; " + PLAN_NOTE)
g.neg("“三支队伍”人数", "三支队伍", LABEL_NOTE + " (“三支队伍”: the three groups 农村劳务带头人、"
      "致富能人、乡村匠人 just listed), a set label, not a count claim")
fact("人数超8000人", "8000人", value=8000, unit="count", kind="count", classifier="人",
     bound="gt", metric="“三支队伍”人数",
     metric_alts=["三支队伍人数", "“三支队伍”", "农村劳务带头人、致富能人、乡村匠人人数",
                  "农村劳务带头人、致富能人、乡村匠人“三支队伍”人数", "三支队伍"], **PLAN_END,
     note="超 → gt (outside the span); the size of the three groups (a stock): " + END_NOTE)
g.neg("年收益超10万元", "10万元", THRESH_NOTE.format("年收益超10万元: village collectives "
      "whose annual income exceeds 100,000 yuan"))
g.neg("、超30万元村集体", "30万元", THRESH_NOTE.format("年收益超30万元: village collectives "
      "whose annual income exceeds 300,000 yuan"))
COLL_NOTE = ("年收益超10万元、超30万元 … 分别: 超10万元 ↔ 55%, 超30万元 ↔ 20% (list order); the "
             "income thresholds define the villages counted (negatives); 达 → eq; incomes of "
             "the year → the year; ")
fact("占比分别达55%", "55%", value=55, unit="%", kind="share",
     metric="年收益超10万元村集体占比",
     metric_alts=["年收益超10万元的村集体占比", "收益超10万元村集体占比",
                  "年收益超10万元村集体比重", "村集体占比"], **PLAN, note=COLL_NOTE + PLAN_NOTE)
fact("55%、20%", "20%", value=20, unit="%", kind="share",
     metric="年收益超30万元村集体占比",
     metric_alts=["年收益超30万元的村集体占比", "收益超30万元村集体占比",
                  "年收益超30万元村集体比重", "村集体占比"], **PLAN, note=COLL_NOTE + PLAN_NOTE)
fact("发展4万亩胶园", "4万亩", value=40000, unit="mu", kind="amount",
     metric="胶园林下经济",
     metric_alts=["胶园林下经济面积", "发展胶园林下经济", "林下经济", "胶园林下经济发展面积",
                  "林下经济面积"], **PLAN, note="万亩 ×1e4, unit mu; " + PLAN_NOTE)

# ==== line 11 (source 72): heading （八） ======================================================
g.neg("（八）着力巩固", "（八）", MARKER_NOTE)

# ==== line 13 (source 74): 持续保持一流生态环境质量 ==============================================
g.neg("高标准完成“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("推进第三轮", "第三轮", "ordinal label of the round of central inspections (第三轮中央环保"
      "督察), not a count or rank")
g.neg("山水工程［22］", "［22］", FOOTNOTE_NOTE)

# ==== line 14 (source 75): 持续实施标志性工程 ===================================================
g.neg("人工林处置二期", "二期", PHASE_NOTE)
fact("推广新能源汽车10万辆", "10万辆", value=1e5, unit="count", kind="count", classifier="辆",
     bound="ge", metric="推广新能源汽车",
     metric_alts=["新能源汽车推广", "新能源汽车", "新能源汽车推广数量", "推广应用新能源汽车",
                  "新能源汽车推广量"], **PLAN,
     note="以上 → ge (outside the span); vehicles to be promoted (sold) in 2025; " + PLAN_NOTE)
LEVEL_NOTE = ("a rate of compliance of the year (checks through 2025) → the year, the year end "
              "as alt; ")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
fact("禁塑达标率达95%", "95%", value=95, unit="%", kind="share",
     metric="城镇建成区农贸市场禁塑达标率",
     metric_alts=["农贸市场禁塑达标率", "禁塑达标率", "全省城镇建成区农贸市场禁塑达标率",
                  "农贸市场禁塑达标比例"], **PLAN_LEVEL,
     note="达 → eq; " + LEVEL_NOTE + PLAN_NOTE)
fact("替代品占有率达82%", "82%", value=82, unit="%", kind="share",
     metric="重点行业场所替代品占有率",
     metric_alts=["替代品占有率", "禁塑替代品占有率", "重点行业场所塑料替代品占有率",
                  "替代品市场占有率"], **PLAN_LEVEL,
     note="达 → eq; the share of plastic substitutes in use → " + LEVEL_NOTE + PLAN_NOTE)
fact("新建建筑比例达80%", "80%", value=80, unit="%", kind="share", bound="ge",
     metric="装配式建筑面积占新建建筑比例",
     metric_alts=["装配式建筑占新建建筑比例", "装配式建筑面积占比", "装配式建筑占比",
                  "装配式建筑面积占新建建筑面积比例", "装配式建筑比例"], **PLAN,
     note="达 … 以上 → ge (outside the span); a share of the year's new buildings (a flow) → "
          "the year; " + PLAN_NOTE)
g.neg("持续开展“六水共治”", "六水共治", LABEL_NOTE + " (“六水共治”: the six-water joint "
      "governance)")
fact("设施覆盖率达100%", "100%", value=100, unit="%", kind="share",
     metric="建制镇生活污水处理设施覆盖率",
     metric_alts=["生活污水处理设施覆盖率", "建制镇污水处理设施覆盖率",
                  "建制镇生活污水处理设施覆盖比例"], **PLAN_END,
     note="达 → eq; coverage of the towns by facilities (a stock): " + END_NOTE)

# ==== line 15 (source 76): 持续推进“双碳”工作 ====================================================
g.neg("持续推进“双碳”", "双碳", LABEL_NOTE + " (双碳: carbon peaking and neutrality; README §2)")
g.neg("打好能耗双控", "双控", LABEL_NOTE + " (能耗双控: control of total energy use and "
      "intensity)")
g.neg("碳排放双控制度", "双控", LABEL_NOTE + " (碳排放双控: control of total emissions and "
      "intensity)")
g.neg("推动万泉河流域", "万泉河", NAME_NOTE.format("万泉河, a river"))
g.neg("“三水统筹［23］”", "三水统筹", LABEL_NOTE + " (“三水统筹”: water resources, water "
      "environment and water ecology)")
g.neg("“三水统筹［23］”", "［23］", FOOTNOTE_NOTE)
g.neg("“两山”转化", "两山", LABEL_NOTE + " (“两山”: 绿水青山就是金山银山)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hainan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: 2025 tasks （六） "
    "(三极一带一区, 新型城镇化, infrastructure), （七） (现代农业, 和美乡村, 农民收入) and （八） "
    "(environment quality, 标志性工程, 双碳) in full, each starting at its heading. Lines 17-25 "
    "are annotated in wr_hainan_2025 (no overlap). Among the runs of whole lines of "
    "2,000-2,500 characters in lines 26-89 that start at a heading, this one holds the most "
    "numbers (44 Arabic numbers; 67-84 has 38, 47-56 has 33). Title, dateline and source "
    "line are outside the excerpt (title_in_text=False). Date: 2025-01-14, the delivery date "
    "in the report's dateline (source line 2: ——2025年1月14日海南省省长 刘小明在海南省第七届人民"
    "代表大会第四次会议上的讲话), as wr_hainan_2025; the corpus meta gives only '2025'. Place: "
    "海南省 (海南, 全省, 我省 → alts); the berth class 10万吨 belongs to 国投洋浦港公共粮油码头. "
    "Periods: the excerpt lies in part 三、2025年工作安排 (source line 34, outside it) and "
    "states no period of its own: every number takes that frame, 2025-01-01..2025-12-31, "
    "period text 2025年, null as alt (as wr_hunan_2025_b; the surface is outside the excerpt, "
    "so shared/gold/check_gold.py reports it as not in the article — a known, deliberate "
    "exception; period text is not scored). Levels holding at a moment (城镇化率, 农村生活污水"
    "治理率, 自来水普及率, 垃圾分类屋（亭）覆盖率, 路灯安装率, 污水处理设施覆盖率, “三支队伍”人数) → "
    "instant 2025-12-31, the year and null as alts; compliance and substitution rates (95%, "
    "82%) → the year with the year end as alt; flows and rates of the year's activity → the "
    "year. Modality: target throughout (plan text: 加快推进, 开工, 培育, 力争, 推动, 新增, 认定, "
    "打好, 推广). Bounds: 以上 → ge; 突破, 超 → gt. Units: 万亩 → mu; 万立方米 → m3; 万吨 → t; "
    "套（间）, 户, 人, 辆 → classifiers; 1：1 → ratio 1 times; 1-2个 → value 1, upper 2. "
    "Judgement calls: 5个国家级新型城镇化试点 → a target count (pilots to be advanced), not an "
    "existing-set actual; 10万吨级公共粮油码头 → the berth class as a fact of the project "
    "(SPEC §1, as wr_guangxi_2025 3000吨级航道), target; 1：1 → one ratio fact (gt); 年收益超"
    "10万元/超30万元 → thresholds of the village sets (negatives) and two shares 55%/20%; "
    "65岁 (及以上) → threshold (negative); “三支队伍” → label (negative) beside the count "
    "8000人; 万兆 / 双万兆 / 5G-A → technology labels (negatives); 八所 (八所港) a place name. "
    "Negatives: （六）, （七）, （八）, 一个, 三极一带一区, 三极, 一批, 三期 ×3, 一期 ×2, 三亚 ×2, "
    "八所, 万泉河 ×2, 三道防线, ［21］, 5G-A, 万兆 ×2, 双万兆, 千万工程, 五年, 65岁, 三支队伍, "
    "10万元, 30万元, 十四五, 第三轮, ［22］, 二期, 六水共治, 双碳, 双控 ×2, 三水统筹, ［23］, 两山. "
    "Lexicalized, not listed: 统一, 一流, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_hainan_2025.txt lines {FIRST}–{LAST} "
        "(来源：海南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
