"""Gold annotations for wr_jilin_2025_c (held-out: corpora/heldout/; 2025年吉林省政府工作报告,
the 2025 tasks, third excerpt), lines 38-56 of shared/texts/work_report/wr_jilin_2025.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped; the line range is given by the brief (a run of whole lines that starts inside a
task, as unseen test excerpts are cut): the four paragraphs of task （三） after its heading
(粮食安全, 农产品精深加工, 脱贫攻坚成果, 城乡融合), task （四） (国资国企/财税金融, 民营经济,
营商环境), task （五） (有组织开放, 开放平台, 对外贸易), task （六） (房地产, 债务和金融风险,
安全生产) and task （七） up to 扎实推进生态保护修复.  It lies in part 二、2025年工作安排 (source
line 24, outside the excerpt), after the 2025 主要预期目标 (source line 26): the plan for 2025,
so the numbers are targets of the year 2025.  It follows wr_jilin_2025_b (lines 28-36; line
37, the heading of task （三）, lies between) and does not overlap wr_jilin_2025 (16-26).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jilin_2025_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jilin_2025_c"
PLACE = "吉林省"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_jilin_2025.txt"
FIRST, LAST = 38, 56                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年吉林省政府工作报告"
JL_ALTS = ["吉林", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="全方位夯实粮食安全根基。",
                 ends="开展毁林毁湿毁草等问题排查整治。")
text = g.text
fact = g.with_subject(PLACE, JL_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PLAN_YEARS_NOTE = "name of a multi-year plan or campaign ({}), not a duration fact (as 三年行动)"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in part 二、2025年工作安排 (source line 24, outside the excerpt; source line
# 25: 今年是“十四五”规划收官之年): the tasks are the plan for 2025 → modality target.  No line
# of the excerpt states a period of its own, so the numbers take the section frame: period
# text 2025年 (the heading's), 2025-01-01..2025-12-31, null as alt (as wr_jilin_2025_b).
# Levels to be held or reached over the year (保持在…, 达到 a rate or a scale) → the year with
# the year-end instant as a further alt (PLAN_LEVEL, as wr_jilin_2025_b 新能源装机).  A set
# that already exists (5个国家新型城镇化试点, carried out well in 2025) → actual, the reference
# date as alt (as wr_fujian_2025_d 10个试点县).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (2025), null as alt")
LEVEL_NOTE = ("a level to be held or reached in 2025 → the year, the year-end instant and null "
              "as alts (PLAN_LEVEL); target")


# ==== line 1 (source 38): 全方位夯实粮食安全根基 ===================================================
fact("建设高标准农田1000万亩", "1000万亩", value=1e7, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建设高标准农田", "高标准农田建设", "高标准农田面积", "高标准农田建设面积",
                  "建设高标准农田面积"], **PLAN,
     note="亩 stays mu (SPEC §3); fields to be built in 2025 (as wr_henan_2025_c 高标准农田"
          "500万亩); " + PLAN_NOTE)
g.neg("确保建一亩成一亩", "建一亩成一亩", "slogan 建一亩成一亩 ('every mu built is a mu "
      "finished'), not a quantity (README §2 slogans)")
fact("保护性耕作面积新增200万亩", "200万亩", value=2e6, unit="mu", kind="amount",
     metric="保护性耕作面积增量",
     metric_alts=["保护性耕作面积", "新增保护性耕作面积", "保护性耕作面积新增", "保护性耕作",
                  "保护性耕作新增面积"], **PLAN,
     note="面积新增 N: absolute change of the level (SPEC §2) → <level>增量, positive; the "
          "plain level and 新增… as alts; " + PLAN_NOTE)
fact("推广面积新增100万亩", "100万亩", value=1e6, unit="mu", kind="amount",
     metric="“水肥一体化”推广面积增量",
     metric_alts=["水肥一体化推广面积增量", "“水肥一体化”推广面积", "水肥一体化推广面积",
                  "新增“水肥一体化”推广面积", "新增水肥一体化推广面积", "推广面积",
                  "“水肥一体化”推广面积新增", "水肥一体化"], **PLAN,
     note="面积新增 N → <level>增量 (SPEC §2); 一体 of 水肥一体化 is lexicalized; " + PLAN_NOTE)
fact("加快6个省级育种创新平台", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="省级育种创新平台",
     metric_alts=["育种创新平台", "省级育种创新平台数量", "省级育种创新平台建设",
                  "加快建设省级育种创新平台"], **PLAN,
     note="judgement call: platforms whose construction is to be sped up in 2025 (加快…建设): "
          "facilities still being built → target (gold README §6), not an appositive (no list "
          "before it); " + PLAN_NOTE)
MECH = ["耕种收综合机械化率", "农作物综合机械化率", "综合机械化率", "农业机械化率",
        "农作物耕种收综合机械化水平"]
fact("综合机械化率达到94.7％", "94.7％", value=94.7, unit="%", kind="share",
     metric="农作物耕种收综合机械化率", metric_alts=MECH, **PLAN_LEVEL,
     note="达到 → eq; a rate of the year's field work (share of the area ploughed, sown and "
          "harvested by machine) → " + LEVEL_NOTE)
fact("带动小农户规模达到160万户", "160万户", value=1.6e6, unit="count", kind="count",
     classifier="户", metric="带动小农户规模",
     metric_alts=["带动小农户", "小农户", "带动小农户数量", "农业社会化服务带动小农户",
                  "带动小农户户数", "农业社会化服务带动小农户规模"], **PLAN_LEVEL,
     note="达到 → eq; the small farms served by the socialised services (a scale to be "
          "reached) → " + LEVEL_NOTE)

# ==== line 2 (source 39): 发展壮大农产品精深加工集群 ================================================
fact("肉牛屠宰量达到80万头", "80万头", value=8e5, unit="count", kind="count", classifier="头",
     metric="肉牛屠宰量",
     metric_alts=["肉牛屠宰", "肉牛屠宰头数", "屠宰肉牛", "肉牛屠宰数量"], **PLAN,
     note="达到 → eq; slaughter of the year (a flow); 头 is the measure word; " + PLAN_NOTE)
g.neg("达到千亿级规模", "千亿级", "class label 千亿级 ('hundred-billion-yuan class', 达到千亿级"
      "规模) — no amount stated (as 千亿级 in wr_anhui_2025_b, wr_henan_2025_b and 万亿级 in "
      "wr_jilin_2025_b) — judgement call; a target of ≥ 1e11 yuan for 人参全产业链产值 is the "
      "alternative reading")
g.neg("高质量发展五年规划", "五年", PLAN_YEARS_NOTE.format("梅花鹿产业高质量发展五年规划"))
g.neg("实施生态渔业倍增计划", "倍增", LABEL_NOTE + " (campaign name 生态渔业倍增计划 'doubling "
      "plan', as 民营龙头企业倍增行动 in wr_anhui_2025_c), not a ratio fact")

# ==== line 3 (source 40): 持续巩固拓展脱贫攻坚成果 ==================================================
fact("工资性收入提高20％以上", "20％", value=20, unit="%", kind="growth", bound="ge",
     metric="农民工资性收入",
     metric_alts=["工资性收入", "农民工资性收入增速", "工资性收入增速", "农村居民工资性收入",
                  "农民人均工资性收入"], comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); 提高 N% of a level → growth yoy; the income of "
          "farmers (实施农民工资性收入提升行动 in the same sentence); " + PLAN_NOTE)
g.neg("深入实施“十百千万”", "十百千万", LABEL_NOTE + " (“十百千万”工程, the provincial rural "
      "demonstration programme at four tiers), not a count")
fact("“美丽乡村示范县”5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="“美丽乡村示范县”",
     metric_alts=new("“美丽乡村示范县”", "美丽乡村示范县", "打造“美丽乡村示范县”",
                     "美丽乡村示范县数量"), **PLAN,
     note="counties to be built up as models in 2025 (打造), 增量 alts (README §3); "
          + PLAN_NOTE)
g.neg("“百村示范”村", "百村示范", LABEL_NOTE + " (“百村示范” 'hundred-village demonstration', "
      "the tier of the programme), not a count (the count is 200个)")
fact("“百村示范”村200个", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="“百村示范”村",
     metric_alts=new("“百村示范”村", "百村示范村", "打造“百村示范”村", "示范村"), **PLAN,
     note="verb 打造 shared; " + PLAN_NOTE)
fact("清洁覆盖率保持100％", "100％", value=100, unit="%", kind="share",
     metric="行政村清洁覆盖率",
     metric_alts=["清洁覆盖率", "行政村清洁覆盖", "村庄清洁覆盖率", "行政村清洁行动覆盖率"],
     **PLAN_LEVEL, note="保持 → eq (a level held); coverage of the villages (a share of a "
                        "stock) → " + LEVEL_NOTE)
fact("新改建农村公路2700公里", "2700公里", value=2.7e6, unit="m", kind="amount",
     metric="新改建农村公路",
     metric_alts=["农村公路", "新改建农村公路里程", "农村公路新改建里程", "新改建农村公路长度",
                  "农村公路新改建", "农村公路里程增量"], **PLAN,
     note="公里 → m (×1e3); roads to be built or rebuilt in 2025; " + PLAN_NOTE)
fact("“畅返不畅”工程5200公里", "5200公里", value=5.2e6, unit="m", kind="amount",
     metric="“畅返不畅”工程",
     metric_alts=["畅返不畅工程", "“畅返不畅”工程里程", "畅返不畅工程里程", "实施“畅返不畅”工程",
                  "“畅返不畅”整治", "“畅返不畅”工程长度"], **PLAN,
     note="公里 → m; the length of road to be treated under the programme (roads that had "
          "become impassable again); " + PLAN_NOTE)

# ==== line 4 (source 41): 统筹推进城乡融合发展 ======================================================
g.neg("开展新一轮农业转移", "一轮", "新一轮 'a new round', not a count")
fact("安全韧性提升4项行动", "4项", value=4, unit="count", kind="count", classifier="项",
     metric="行动",
     metric_alts=["城乡融合行动", "行动数量", "开展行动", "项行动",
                  "农业转移人口市民化、县城城镇化水平提升、长春都市圈培育、城市更新和安全韧性提升行动"],
     **PLAN,
     note="judgement call: four actions to be launched in 2025 (开展…4项行动), counted as a "
          "count of measures (as 十项行动 in wr_beijing_2025_c and 4个重点行业 in "
          "wr_henan_2025_c, both after their list); the appositive reading (negative, as "
          "3个省实验室 in wr_jilin_2025_b, which restates existing labs) is the alternative; "
          + PLAN_NOTE)
fact("开展好5个国家新型城镇化试点", "5个", value=5, unit="count", kind="count",
     classifier="个", metric="国家新型城镇化试点",
     metric_alts=["新型城镇化试点", "国家新型城镇化试点数量", "国家新型城镇化综合试点"],
     period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)],
     note="judgement call: the national pilots already designated in the province, to be "
          "carried out well (开展好) — the size of an existing set, not a goal → actual (as "
          "加大对10个试点县 in wr_fujian_2025_d); section frame 2025 with null and the reference "
          "date as alts; target is the alternative")

# ==== line 5 (source 42): heading （四） ==========================================================
g.neg("（四）聚焦增强", "（四）", MARKER_NOTE)

# ==== line 6 (source 43): 深化国资国企、财税金融等重点领域改革 (no facts) =============================
g.neg("交投集团、一汽吉林", "一汽", NAME_NOTE.format("一汽 (FAW, 第一汽车制造厂), a company, "
      "as wr_jilin_2025_b"))
g.neg("全面深化零基预算", "零基", "零基预算 'zero-based budgeting', a name, not a quantity (as "
      "wr_hunan_2025)")

# ==== line 7 (source 44): 支持民营经济发展壮大 (no facts) ===========================================
g.neg("落实“两个毫不动摇”", "两个毫不动摇", LABEL_NOTE + " (“两个毫不动摇” 'the two "
      "unwaverings')")

# ==== line 8 (source 45): 持续优化营商环境 (no facts) ===============================================
g.neg("“高效办成一件事”", "一件事", LABEL_NOTE + " (reform name “高效办成一件事”), not a count")
g.neg("深入推进“一网通办”", "一网通办", LABEL_NOTE + " (“一网通办” 'one-network service', as "
      "in wr_guangdong_2025)")

# ==== line 9 (source 46): heading （五） ==========================================================
g.neg("（五）聚焦稳外贸", "（五）", MARKER_NOTE)

# ==== line 10 (source 47): 强化有组织扩大开放 ======================================================
g.neg("积极融入共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("强化东北三省一区", "三省一区", "region name 东北三省一区 (the three north-eastern "
      "provinces and eastern Inner Mongolia), not a count")
fact("新引进项目1000个", "1000个", value=1000, unit="count", kind="count", classifier="个",
     metric="新引进项目",
     metric_alts=new("引进项目", "新引进项目", "招商引资项目", "新引进项目数量"), **PLAN,
     note="projects to be brought in under the new investment-promotion mechanism in 2025; "
          "增量 alts (README §3); " + PLAN_NOTE)
fact("合同引资额3000亿元", "3000亿元", value=3e11, unit="CNY", kind="amount",
     metric="合同引资额",
     metric_alts=["合同引资", "招商引资合同额", "合同引资金额", "新引进项目合同引资额",
                  "招商引资额"], **PLAN,
     note="亿元 → ×1e8; contracted investment of the year; " + PLAN_NOTE)

# ==== line 11 (source 48): 提升开放平台能级 (no numerals) ===========================================

# ==== line 12 (source 49): 发展壮大对外贸易 ========================================================
g.neg("推动整车及零部件", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as "
      "nw_cctv_20231108_sichuan_2023)")
fact("新增外贸企业200家以上", "200家", value=200, unit="count", kind="count", classifier="家",
     bound="ge", metric="外贸企业",
     metric_alts=new("外贸企业", "新增外贸企业", "有进出口实绩的外贸企业"), **PLAN,
     note="以上 → ge (outside the span); 新增 N: firms added in 2025, 增量 alts (README §3); "
          + PLAN_NOTE)

# ==== line 13 (source 50): heading （六） =========================================================
g.neg("（六）聚焦更好统筹", "（六）", MARKER_NOTE)

# ==== line 14 (source 51): 推动房地产业健康发展 ====================================================
g.neg("商品房与二手房", "二手", "lexicalized 二手 'second-hand' (二手房), not a quantity")
g.neg("加大“白名单”项目", "名单", "lexicalized 名单 'list' (“白名单” project list); 单 is not "
      "a quantity")
fact("大力推动10个以上", "10个", value=10, unit="count", kind="count", classifier="个",
     bound="ge", metric="“好房子”示范项目",
     metric_alts=["好房子示范项目", "“好房子”示范项目数量", "“好房子”示范项目建设",
                  "好房子示范项目数量", "示范项目"], **PLAN,
     note="以上 → ge (after the classifier, outside the span); projects to be built in "
          "2025; " + PLAN_NOTE)

# ==== line 15 (source 52): 防范化解债务和金融风险 (no numerals; 一体化 lexicalized) ==================

# ==== line 16 (source 53): 切实抓好安全生产 =========================================================
g.neg("安全生产治本攻坚三年行动", "三年", PLAN_YEARS_NOTE.format("安全生产治本攻坚三年行动"))
g.neg("落实“三管三必须”", "三管三必须", LABEL_NOTE + " (“三管三必须”: safety duties of "
      "industry, business and production managers; as wr_beijing_2025_c)")

# ==== line 17 (source 54): heading （七） =========================================================
g.neg("（七）聚焦巩固拓展", "（七）", MARKER_NOTE)

# ==== line 18 (source 55): 持续打好污染防治攻坚战 ==================================================
fact("空气优良天数保持在93％左右", "93％", value=93, unit="%", kind="share", bound="approx",
     metric="空气优良天数比率",
     metric_alts=["空气优良天数", "空气质量优良天数比率", "优良天数比率", "空气优良天数比例",
                  "空气质量优良天数比例", "空气质量优良率"], **PLAN_LEVEL,
     note="左右 → approx (outside the span); the share of good-air days in the year (written "
          "空气优良天数 with %: a rate → share, 比率 restored in the metric, the text's phrase "
          "as alt) → " + LEVEL_NOTE)
fact("优良水体保持在85％以上", "85％", value=85, unit="%", kind="share", bound="ge",
     metric="优良水体比例",
     metric_alts=["优良水体", "优良水体比重", "国考断面优良水体比例", "国考断面优良水体",
                  "地表水优良水体比例", "水质优良比例"], **PLAN_LEVEL,
     note="以上 → ge (outside the span); share of the monitored water bodies of good quality "
          "(the review's 国考断面优良水体达到89％) → " + LEVEL_NOTE)
fact("安全利用率保持在95％以上", "95％", value=95, unit="%", kind="share", bound="ge",
     metric="受污染耕地安全利用率",
     metric_alts=["安全利用率", "耕地安全利用率", "受污染耕地安全利用比例"], **PLAN_LEVEL,
     note="以上 → ge; " + LEVEL_NOTE)

# ==== line 19 (source 56): 扎实推进生态保护修复 ====================================================
g.neg("、万里绿水长廊", "万里", NAME_NOTE.format("万里绿水长廊, an ecological project") +
      " (README §2 万里)")
g.neg("“三北”工程建设面积", "三北", LABEL_NOTE + " (“三北”工程, the Three-North shelterbelt "
      "programme, as wr_china_2024)")
fact("工程建设面积70万亩", "70万亩", value=7e5, unit="mu", kind="amount",
     metric="“三北”工程建设面积",
     metric_alts=["三北工程建设面积", "“三北”工程", "三北工程", "建设面积",
                  "“三北”工程建设"], **PLAN,
     note="亩 stays mu; area to be covered by the programme in 2025; " + PLAN_NOTE)
fact("修复国土50万亩", "50万亩", value=5e5, unit="mu", kind="amount",
     metric="“山水工程”“历史矿山”示范工程修复国土",
     metric_alts=["修复国土", "修复国土面积", "示范工程修复国土", "示范工程修复国土面积",
                  "山水工程历史矿山示范工程修复国土", "国土修复面积",
                  "“山水工程”“历史矿山”示范工程修复国土面积"], **PLAN,
     note="亩 stays mu; land to be restored by the two demonstration projects in 2025; the "
          "province keeps the subject; " + PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_jilin_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting inside task （三）, after its heading on "
    "source line 37): the paragraphs of task （三） (粮食安全, 农产品精深加工, 脱贫攻坚成果, 城乡"
    "融合), tasks （四） (重点领域改革, 民营经济, 营商环境), （五） (开放合作, 开放平台, 对外贸易) "
    "and （六） (房地产, 债务和金融风险, 安全生产) with their headings, and the heading and first "
    "two paragraphs of task （七） (污染防治, 生态保护修复). The excerpt lies in part 二、2025年"
    "工作安排 (source line 24), after the 2025 主要预期目标 (source line 26, in wr_jilin_2025): "
    "the plan for 2025, so the numbers are targets of 2025. No overlap with wr_jilin_2025 "
    "(lines 16-26) or wr_jilin_2025_b (lines 28-36). Title and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, the "
    "delivery date in the report's header (source line 3: ——2025年1月14日在吉林省第十四届人民"
    "代表大会第四次会议上), as wr_jilin_2025 / _b and the shared meta. Place: 吉林省 (吉林, "
    "全省, 我省 → alts); no other owner of a number. Periods: no line states a period of its "
    "own: the section frame 2025 (period text 2025年), null as alt; levels to be held or "
    "reached (机械化率达到, 带动小农户规模达到, 清洁覆盖率保持, 空气优良天数/优良水体/安全利用率"
    "保持在) → the year with the year-end instant and null as alts; 5个国家新型城镇化试点 "
    "(existing pilots) → actual with the reference date as alt. Modality: target throughout "
    "except that. Bounds: 以上 → ge, 左右 → approx, 达到/保持/no bound word → eq. Units: "
    "万亩 → mu; 公里 → m; 亿元 → CNY; counts with 个/户/头/项/家. Judgement calls: 面积新增 N "
    "(保护性耕作, 水肥一体化) → <level>增量 (SPEC §2) with the plain level as alt; 6个省级育种创新"
    "平台 → target count (platforms being built); …、城市更新和安全韧性提升4项行动 → a count of "
    "actions to launch (the appositive negative is the alternative); 5个国家新型城镇化试点 → "
    "actual; 人参全产业链产值达到千亿级规模 → 千亿级 a class label (negative, as 万亿级 in "
    "wr_jilin_2025_b); 空气优良天数保持在93％左右 → share, metric 空气优良天数比率 (the text's "
    "空气优良天数 as alt). 水产品产值实现翻番 (a doubling) is left unannotated: its span holds "
    "no numeral (as 翻番 in wr_jilin_2025 / _b). Negatives: 建一亩成一亩, 千亿级, 五年 (五年"
    "规划), 倍增, 十百千万, 百村示范, 一轮, （四）…（七）, 一汽, 零基, 两个毫不动摇, 一件事, "
    "一网通办, 一带一路, 三省一区, 零部件, 二手, 名单 (白名单), 三年 (三年行动), 三管三必须, 万里, 三北. Lexicalized, "
    "not listed: 一体 (一体化 ×3), 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_jilin_2025.txt lines {FIRST}–{LAST} "
        "(来源：吉林省政府网)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
