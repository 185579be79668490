"""Gold annotations for wr_hainan_2025_d (2025年海南省政府工作报告, 2025 tasks （三）-（四）),
lines 49-58 of shared/texts/work_report/wr_hainan_2025.txt.  HELD OUT: written to
corpora/heldout/.

The excerpt corpora/heldout/wr_hainan_2025_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: in part 三、2025年工作安排 (the plan for 2025;
heading on source line 34, outside the excerpt), the three paragraphs of task （三）着力培育
壮大新质生产力 (提升教育科技人才融合度: school places, R&D intensity, tech firms, skills;
提升“五向图强”产业能级: seeds, marine economy, space, digital economy, clean energy; 提升
重点园区质量: industrial clusters), task （四）着力推动服务业高质量发展 in full (heading,
opening, 壮大生产性服务业: containers, air cargo; 促进境外消费回流: duty-free sales, 博鳌乐城,
陵水黎安; 构建房地产发展新模式: 安居房) and the heading and opening line of task （五） (no
number).  The line range was given by the brief (lines 49-58, 2,187 characters with the
final newline), not moved; lines 10-12, 17-25 and 62-76 are annotated in wr_hainan_2025_c,
wr_hainan_2025 and wr_hainan_2025_b (no overlap).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hainan_2025_d"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_hainan_2025.txt"
FIRST, LAST = 49, 58                    # 1-based, inclusive, whole lines
TITLE = "2025年海南省政府工作报告"
HN_ALTS = ["海南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="提升教育科技人才融合度。",
                 ends="激发各类经营主体内生动力、创新活力和全社会创造力。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity (as wr_hainan_2025)")
THRESH_NOTE = ("threshold defining the set measured ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年工作安排 (heading on source line 34, outside the
# excerpt; source line 35: 做好今年政府工作…): the plan for 2025 → modality target.  The only
# period word in the excerpt is 年度 (line 1: 年度开展补贴性职业技能培训…、新增技能人才…) — the
# year 2025, explicit for the two numbers after it (period text 年度, null as alt).  Every
# other number takes the section frame (SPEC §4), 2025-01-01..2025-12-31, with the heading's
# period text 2025年 and null in period_alts (as wr_hainan_2025_b; the surface is outside the
# excerpt — a known, deliberate exception of shared/gold/check_gold.py; period text is not
# scored).  Levels to be reached that hold at a moment (shares of a stock of schools or
# teachers, the citizens' science-literacy rate, the clean-energy share of installed
# capacity, the size of a set of firms or clusters, the staff of a zone) → the instant
# 2025-12-31 (stock rule; as wr_hainan_2025_b PLAN_END), the year and null as alts; flows and
# ratios of flows of the year → the year.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
YD = dict(period=P("年度", "2025-01-01", "2025-12-31"), period_alts=[P("年度", None, None)],
          modality="target")
PLAN_NOTE = ("task for 2025 → target; section frame of part 三、2025年工作安排 (source line "
             "34, outside the excerpt), null as alt")
END_NOTE = ("a level to be reached that holds at a moment (stock rule) → the instant "
            "2025-12-31, the year and null as alts; target")
YD_NOTE = "年度 (= 2025) stands before it in the line and governs it; task → target"

# ==== line 1 (source 49): 提升教育科技人才融合度 ===============================================
SEAT_NOTE = "verb 新增 distributes over the list (基础教育公办学位, 普通高中学位); "
fact("基础教育公办学位4万个", "4万个", value=4e4, unit="count", kind="count", classifier="个",
     metric="基础教育公办学位",
     metric_alts=new("基础教育公办学位", "新增基础教育公办学位", "公办学位", "学位"), **PLAN,
     note=SEAT_NOTE + "增量 alts (README §3); " + PLAN_NOTE)
fact("普通高中学位5000个", "5000个", value=5000, unit="count", kind="count", classifier="个",
     metric="普通高中学位",
     metric_alts=new("普通高中学位", "新增普通高中学位", "高中学位"), **PLAN,
     note=SEAT_NOTE + PLAN_NOTE)
fact("公办中小学达50%", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="纳入集团化管理的公办中小学占比",
     metric_alts=["纳入集团化管理的公办中小学比例", "公办中小学集团化管理比例",
                  "集团化管理公办中小学占比", "纳入集团化管理的公办中小学", "集团化办学覆盖率",
                  "公办中小学纳入集团化管理比例"], **PLAN_END,
     note="达 … 以上 → ge (outside the span); the share of the public schools under group "
          "management (a share of a stock): " + END_NOTE)
fact("学历比例提升至78%", "78%", value=78, unit="%", kind="share",
     metric="义务教育专任教师本科及以上学历比例",
     metric_alts=["专任教师本科及以上学历比例", "义务教育专任教师本科以上学历比例",
                  "义务教育专任教师本科及以上学历占比", "本科及以上学历比例"], **PLAN_END,
     note="提升至 → the level to reach; a share of the teaching staff (a stock); 本科及以上 is "
          "part of the metric (no numeral): " + END_NOTE)
fact("优化调整高校8%左右", "8%", value=8, unit="%", kind="share", bound="approx",
     metric="优化调整高校学科专业比例",
     metric_alts=["高校学科专业优化调整比例", "优化调整学科专业比例", "优化调整高校学科专业",
                  "高校学科专业调整比例", "优化调整的高校学科专业占比"], **PLAN,
     note="左右 → approx (outside the span); the share of the universities' programmes to be "
          "restructured in the year; " + PLAN_NOTE)
g.neg("“双达标”", "双达标", LABEL_NOTE + " (“双达标”: infrastructure and staff of vocational "
      "schools both up to standard)")
fact("投入强度达1.6%", "1.6%", value=1.6, unit="%", kind="share",
     metric="研发经费投入强度",
     metric_alts=["研发投入强度", "R&D经费投入强度", "研发经费投入占地区生产总值比重",
                  "研发经费占GDP比重", "研究与试验发展经费投入强度"], **PLAN,
     note="力争 → target; 达 → eq; R&D spending over GDP (a ratio of flows) → the year; "
          + PLAN_NOTE)
ELITE = ["高新技术“精英行动”企业数量", "高新技术精英行动企业", "“精英行动”企业", "精英行动企业",
         "高新技术企业"]
fact("企业达220家", "220家", value=220, unit="count", kind="count", classifier="家",
     metric="高新技术“精英行动”企业", metric_alts=ELITE, **PLAN_END,
     note="达 → eq; the size of the set of firms in the programme (a stock): " + END_NOTE)
fact("建设5家以上", "5家", value=5, unit="count", kind="count", classifier="家", bound="ge",
     metric="省级技术创新和成果转化平台",
     metric_alts=new("省级技术创新和成果转化平台", "建设省级技术创新和成果转化平台",
                     "技术创新和成果转化平台"), **PLAN,
     note="以上 → ge (outside the span); platforms to be built in 2025 (增量 alts); "
          + PLAN_NOTE)
fact("技术合同成交额达70亿元", "70亿元", value=70e8, unit="CNY", kind="amount",
     metric="技术合同成交额",
     metric_alts=["全省技术合同成交额", "技术合同成交金额", "技术合同"], **PLAN,
     note="达 → eq; the year's contract turnover (a flow); " + PLAN_NOTE)
fact("推出2项以上", "2项", value=2, unit="count", kind="count", classifier="项", bound="ge",
     metric="科教融汇标志性成果",
     metric_alts=["推出科教融汇标志性成果", "科教融汇标志性成果数量", "标志性成果",
                  "科教融汇成果"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("科学素质比例达15%", "15%", value=15, unit="%", kind="share",
     metric="公民具备科学素质比例",
     metric_alts=["全省公民具备科学素质比例", "公民科学素质比例", "公民具备科学素质的比例",
                  "具备科学素质的公民比例", "公民科学素质水平"], **PLAN_END,
     note="达 → eq; a rate of the population (as 城镇化率 in wr_hainan_2025_b): " + END_NOTE)
g.neg("完成百万人才进海南", "百万人才进海南", LABEL_NOTE + " (campaign name 百万人才进海南"
      "行动计划 'a million talents to Hainan', as “百万人才兴重庆” in wr_chongqing_2025_b), not a "
      "count claim")
g.neg("“技能自贸港”三年行动", "三年", "name of a three-year campaign (“技能自贸港”三年行动, "
      "ending in 2025, as 五年行动 in wr_hainan_2025_b), not a duration fact")
g.neg("年度开展补贴性", "年度", PERIOD_NOTE + " (年度 = 2025; governs the two numbers after it, "
      "as wr_chongqing_2025_b)")
fact("职业技能培训10万人次", "10万人次", value=1e5, unit="count", kind="count",
     classifier="人次", bound="ge", metric="补贴性职业技能培训",
     metric_alts=["开展补贴性职业技能培训", "补贴性职业技能培训人次", "职业技能培训",
                  "补贴性职业技能培训规模"], **YD,
     note="以上 → ge (outside the span); 人次 is a classifier (SPEC §3); " + YD_NOTE)
fact("新增技能人才8万人", "8万人", value=8e4, unit="count", kind="count", classifier="人",
     bound="ge", metric="技能人才",
     metric_alts=new("技能人才", "新增技能人才", "新增技能人才人数"), **YD,
     note="以上 → ge (outside the span); 新增 N: 增量 alts (README §3); " + YD_NOTE)

# ==== line 2 (source 50): 提升“五向图强”产业能级 ===============================================
g.neg("提升“五向图强”", "五向图强", LABEL_NOTE + " (“五向图强”: the five directions 种、海、"
      "天、数、绿, as wr_hainan_2025_c)")
g.neg("启动实施一批", "一批", VAGUE_NOTE)
fact("种质资源1000份", "1000份", value=1000, unit="count", kind="count", classifier="份",
     bound="ge", metric="可共享利用的农作物种质资源",
     metric_alts=["农作物种质资源", "发布农作物种质资源", "发布可共享利用的农作物种质资源",
                  "可共享利用农作物种质资源", "种质资源", "农作物种质资源数量"], **PLAN,
     note="以上 → ge (outside the span); samples (份) to be released in 2025; " + PLAN_NOTE)
g.neg("谋划一批重点项目", "一批", VAGUE_NOTE)
g.neg("“5+4+2”现代海洋产业", "5+4+2", LABEL_NOTE + " (“5+4+2”现代海洋产业: the name of the "
      "marine industry layout, 5 leading + 4 emerging + 2 future industries), not a count "
      "claim (as “16+16” in wr_yunnan_2025)")
g.neg("现代海洋产业［19］", "［19］", FOOTNOTE_NOTE)
fact("比重达37%", "37%", value=37, unit="%", kind="share",
     metric="海洋生产总值占地区生产总值比重",
     metric_alts=["海洋生产总值占GDP比重", "海洋生产总值比重", "海洋生产总值占比",
                  "海洋经济占地区生产总值比重", "海洋生产总值占地区生产总值的比重"], **PLAN,
     note="达 → eq; a ratio of flows of the year → the year; " + PLAN_NOTE)
g.neg("发射场3、4号工位", "3、4号", "labels of the launch pads (3号、4号工位 'pads no. 3 and "
      "4' of the commercial space launch site), not a quantity")
fact("引入2-3个", "2-3个", value=2, upper=3, unit="count", kind="count", classifier="个",
     metric="航天领域数据和应用项目",
     metric_alts=["引入航天领域数据和应用项目", "航天领域数据和应用项目数量", "航天数据和应用项目",
                  "数据和应用项目", "航天领域项目"], **PLAN,
     note="a range 2-3 → value 2, upper 3 (SPEC §2 upper; as 1-2个 in wr_hainan_2025_b), one "
          "fact; " + PLAN_NOTE)
fact("营收突破2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount", bound="gt",
     metric="数字经济核心产业营收",
     metric_alts=["数字经济核心产业营业收入", "数字经济核心产业收入", "数字经济核心产业"],
     **PLAN, note="突破 → gt (outside the span); the year's revenue; " + PLAN_NOTE)
g.neg("试点首单、多单", "首单", FIRST_NOTE + " (首单 'first deal', as wr_chongqing_2025_b)")
g.neg("首单、多单。", "多单", "vague 多单 'several deals' (单 'deal', not a numeral), not a "
      "quantity")
fact("装机比重达85%", "85%", value=85, unit="%", kind="share", bound="approx",
     metric="清洁能源装机比重",
     metric_alts=["全省清洁能源装机比重", "清洁能源装机占比", "清洁能源装机容量占比",
                  "清洁能源装机占总装机比重"], **PLAN_END,
     note="达 … 左右 → approx (outside the span); a share of the installed capacity (a "
          "stock, as 83.6% in wr_hainan_2025_c): " + END_NOTE)

# ==== line 3 (source 51): 提升重点园区质量 =====================================================
g.neg("，百亿级产业集群", "百亿级", THRESH_NOTE.format("百亿级产业集群: clusters with an "
      "output of ten billion yuan or more"))
fact("数量超20个", "20个", value=20, unit="count", kind="count", classifier="个", bound="gt",
     metric="百亿级产业集群",
     metric_alts=["百亿级产业集群数量", "产业集群", "产业集群数量", "百亿级产业集群个数"],
     **PLAN_END,
     note="超 → gt (outside the span); the threshold 百亿级 defines the counted clusters (in "
          "the metric, its own negative); the number of such clusters at the end of 2025 (a "
          "stock): " + END_NOTE)
g.neg("长三角等区域", "长三角", "place name (the Yangtze River Delta), not a quantity")
g.neg("落地开工一批", "一批", VAGUE_NOTE)

# ==== line 4 (source 52): heading （四） =======================================================
g.neg("（四）着力推动", "（四）", MARKER_NOTE)

# ==== line 5 (source 53): no numerals =============================================================

# ==== line 6 (source 54): 壮大生产性服务业 ======================================================
g.neg("等一揽子政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")
fact("吞吐量达500万标箱", "500万标箱", value=5e6, unit="count", kind="count",
     classifier="标箱", metric="集装箱吞吐量",
     metric_alts=["全省集装箱吞吐量", "港口集装箱吞吐量", "集装箱吞吐"], **PLAN,
     note="达 → eq; 标箱 (TEU) → count, classifier 标箱 (as cm_zhoukou_2023_b); the year's "
          "throughput; " + PLAN_NOTE)
fact("货邮吞吐量达32万吨", "32万吨", value=32e4, unit="t", kind="amount",
     metric="机场货邮吞吐量",
     metric_alts=["货邮吞吐量", "机场货邮吞吐", "航空货邮吞吐量"], **PLAN,
     note="达 → eq; 万吨 = 1e4 t; " + PLAN_NOTE)

# ==== line 7 (source 55): 促进境外消费回流 ======================================================
fact("经营主体销售额520亿元", "520亿元", value=520e8, unit="CNY", kind="amount",
     metric="离岛免税经营主体销售额",
     metric_alts=["离岛免税销售额", "离岛免税经营主体销售", "销售额", "离岛免税销售"], **PLAN,
     note="the duty-free operators' sales of 2025 (a flow; 470.3亿元 in 2024, "
          "wr_hainan_2025_c); " + PLAN_NOTE)
g.neg("办好第五届消博会", "第五届", "edition label of an event (第五届消博会), not a count "
      "(as 第四届 in wr_hainan_2025_c)")
LECHENG = dict(subject="博鳌乐城",
               subject_alts=["博鳌乐城国际医疗旅游先行区", "乐城先行区", "乐城", PLACE] + HN_ALTS)
LC_NOTE = "the pilot zone 博鳌乐城 owns the number (province as alt, as wr_hainan_2025_c); "
fact("特许药械产品40种", "40种", value=40, unit="count", kind="count", classifier="种",
     metric="新引进特许药械产品",
     metric_alts=["特许药械产品", "引进特许药械产品", "特许药械产品增量", "特许药械",
                  "新引进特许药械产品数量", "特许药械产品数量增量"], **LECHENG, **PLAN,
     note=LC_NOTE + "products to be newly admitted in 2025; " + PLAN_NOTE)
fact("医疗旅游50万人次", "50万人次", value=50e4, unit="count", kind="count",
     classifier="人次", metric="医疗旅游人次",
     metric_alts=["接待医疗旅游", "医疗旅游", "接待医疗旅游人次", "博鳌乐城医疗旅游人次",
                  "医疗旅游人数"], **LECHENG, **PLAN,
     note=LC_NOTE + "visits of the year (a flow), 人次 a classifier; " + PLAN_NOTE)
fact("师生规模突破1万人", "1万人", value=1e4, unit="count", kind="count", classifier="人",
     bound="gt", metric="师生规模",
     metric_alts=["师生", "师生人数", "师生数量", "在校师生", "师生总数"],
     subject="陵水黎安国际教育创新试验区",
     subject_alts=["黎安国际教育创新试验区", "陵水黎安", "黎安", PLACE] + HN_ALTS, **PLAN_END,
     note="突破 → gt (outside the span); the zone owns the number (as wr_hainan_2025_c 近5000"
          "人); the size of its population of teachers and students (a stock): " + END_NOTE)
g.neg("推动二期开工", "二期", "phase label of a project (二期 of the zone), not a quantity")

# ==== line 8 (source 56): 构建房地产发展新模式 ===================================================
fact("竣工安居房1.4万套", "1.4万套", value=1.4e4, unit="count", kind="count", classifier="套",
     metric="竣工安居房",
     metric_alts=["安居房", "安居房竣工", "竣工安居房数量", "安居房竣工套数", "安居房增量"],
     **PLAN,
     note="homes to be completed in 2025 (a flow; 2.04万套 in 2024, source line 14); "
          + PLAN_NOTE)

g.neg("“白名单”项目", "白名单", "'white list' of housing projects; 单 'list', not a number (as "
      "wr_guangdong_2025)")

# ==== line 9 (source 57): heading （五） =======================================================
g.neg("（五）着力深化", "（五）", MARKER_NOTE)

# ==== line 10 (source 58): no numerals ============================================================

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hainan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code as given by the "
    "brief (not moved): in part 三、2025年工作安排 (the plan for 2025), the three paragraphs of "
    "task （三）着力培育壮大新质生产力 (education, science and talent; the “五向图强” industries; "
    "key parks), task （四）着力推动服务业高质量发展 in full (producer services, duty-free and "
    "medical consumption, housing) and the heading and opening line of task （五） (no "
    "number). Held out: written to corpora/heldout/. Lines 10-12, 17-25 and 62-76 are "
    "annotated in wr_hainan_2025_c, wr_hainan_2025 and wr_hainan_2025_b (no overlap). Title, "
    "dateline and source line are outside the excerpt (title_in_text=False). Date: "
    "2025-01-14, the delivery date in the report's dateline (source line 2: ——2025年1月14日"
    "海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的讲话), as wr_hainan_2025 / _b / _c; "
    "the corpus meta gives only '2025'. Place: 海南省 (海南, 全省, 我省 → alts); owners of their "
    "own numbers: 博鳌乐城 (40种 products, 50万人次), 陵水黎安国际教育创新试验区 (师生规模 1万人), "
    "province as alt. Periods: the excerpt states no period except 年度 (= 2025, governing "
    "the training 10万人次 and 技能人才 8万人 after it); every other number takes the frame of "
    "part 三、2025年工作安排, 2025-01-01..2025-12-31 (period text 2025年, outside the excerpt; "
    "null as alt), as wr_hainan_2025_b. Levels holding at a moment (集团化管理 share of "
    "public schools 50%, teachers' degree share 78%, 公民具备科学素质比例 15%, “精英行动” firms "
    "220家, clean-energy share of capacity 85%, 百亿级 clusters 20个, 师生规模 1万人) → instant "
    "2025-12-31 with the year and null as alts; flows and ratios of flows (R&D intensity, "
    "marine share of GDP, revenues, throughput, sales, completions) → the year. Modality: "
    "target throughout (plan text: 新增, 力争, 达, 建设, 推出, 引入, 突破, 竣工). Bounds: 以上 → ge; "
    "突破, 超 → gt; 左右 → approx. Units: 标箱 → count (classifier 标箱); 万吨 → t; 亿元 → "
    "CNY; 人次, 份, 种, 套, 家, 项 → classifiers; 2-3个 → value 2, upper 3. Judgement calls: "
    "stock vs flow for the plan levels above (instant 2025-12-31 vs the year); 优化调整高校8%"
    "左右学科专业 → a share of the year (approx); 百万人才进海南 → campaign label (negative); "
    "三年 (“技能自贸港”三年行动) → campaign name (negative); 3、4号(工位) → pad labels "
    "(negative); 百亿级 → threshold of the counted clusters (negative); 年度 → an explicit "
    "2025 period (negative, as wr_chongqing_2025_b). Negatives: 双达标, 百万人才进海南, 三年, "
    "年度, 五向图强, 一批 ×3, 5+4+2, ［19］, 3、4号, 首单, 多单, 百亿级, 长三角, （四）, 一揽子, "
    "第五届, 二期, 白名单, （五）. Lexicalized, not listed: 一流 (世界一流学科), 首付, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_hainan_2025.txt lines {FIRST}–{LAST} "
        "(来源：海南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
