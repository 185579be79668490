"""Gold annotations for wr_shanxi_2025_b (2025年山西省政府工作报告, the 2025 part), lines 18-28
of shared/texts/work_report/wr_shanxi_2025.txt.

The excerpt corpora/wr_shanxi_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 二、2025年工作安排, 今年是“十四五”规划收官
之年。, the 今年发展主要预期目标 (source line 20), 综合各方面因素…, task （一） (消费, 投资,
外贸外资) and task （二） up to its second paragraph (科技创新和产业创新; 新型能源体系和现代化
产业体系).  Lines 4-10 are annotated in wr_shanxi_2025 (no overlap).  Lines 18-28 make 2,375
characters: the run of 2,000-2,500 characters that starts at the section heading and holds
the targets; lines 11-17 (the rest of the review from （三）, 2,150 characters) hold
slightly more numbers but start at a sub-item, and the brief prefers a section heading.
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shanxi_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shanxi_2025_b"
PLACE = "山西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_shanxi_2025.txt"
FIRST, LAST = 18, 28                    # 1-based, inclusive, whole lines
TITLE = "2025年山西省政府工作报告"
SX_ALTS = ["山西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2025年工作安排",
                 ends="以产业集群矩阵支撑转型发展。")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_NOTE = "set label {} (README §2 八大), not a count claim"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
CLASS_NOTE = ("class threshold {} defining the counted set (SPEC §2: a threshold that defines "
              "the set being counted is part of the count's metric; as 千万千瓦级 in "
              "wr_xinjiang_2025), not a fact of its own")

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# Line 1 of the excerpt is the heading 二、2025年工作安排: what follows is the plan for 2025 →
# modality target.  Line 3 (今年发展主要预期目标是：…) names 今年 (= 2025) before its numbers:
# explicit, 2025-01-01..2025-12-31, null as alt.  Lines 5-11 state no period of their own
# (今年 of lines 2-4 does not cross the line), so they take the heading's frame: period text
# 2025年, 2025-01-01..2025-12-31, null as alt (as wr_anhui_2025_b / wr_henan_2025_b).  Stocks
# to be reached (装机占比达到, “山西精品”达到) are the instant at the end of the frame,
# 2025-12-31, the year and null as alts (as wr_henan_2025_b PLAN_END).
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
TARGET = dict(period=T25, period_alts=[T25_NULL], modality="target")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
TARGET_NOTE = "主要预期目标 → target; 今年 (= 2025) opens the line (explicit), null as alt"
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 二、2025年工作安排 (2025), null as alt")
END_NOTE = ("a stock to be reached → the instant at the end of the 2025 frame (stock rule), "
            "the year and null as alts")


# ==== line 1 (source 18): heading 二、 ===========================================================
g.neg("二、2025年工作安排", "二、", MARKER_NOTE)
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (section heading: the year of the plan, "
      "2025; the period text of the task facts without a period of their own)")

# ==== line 2 (source 19): 今年是“十四五”规划收官之年 (no facts) ====================================
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")

# ==== line 3 (source 20): 主要预期目标 ==========================================================
fact("地区生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "全省地区生产总值", "经济增长", "经济增速"],
     comparison="yoy", **TARGET, note="左右 → approx (outside the span); " + TARGET_NOTE)
fact("固定资产投资增长6%以上", "6%", value=6, unit="%", kind="growth", bound="ge",
     metric="固定资产投资", metric_alts=["全省固定资产投资", "固定资产投资增速"],
     comparison="yoy", **TARGET, note="以上 → ge (outside the span)")
fact("零售总额增长5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note="以上 → ge (outside the span)")
fact("城镇新增就业45万人", "45万人", value=450000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **TARGET,
     note="no bound word → eq")
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 左右 → approx")
fact("涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level; 左右 → approx")

# ==== line 4 (source 21): 综合各方面因素… (no facts) ==============================================
g.neg("“五个战略性有利条件”", "五个", "label “五个战略性有利条件” (the 'five strategic "
      "favourable conditions' of the national economy, a set named in the central "
      "documents), not a count claim")
g.neg("“四大优势”", "四大", SET_NOTE.format("四大 (“四大优势”)"))
g.neg("一揽子增量政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")

# ==== line 5 (source 22): （一） =================================================================
g.neg("（一）聚焦推动", "（一）", MARKER_NOTE)

# ==== line 6 (source 23): 激发消费潜能 (no facts) =================================================
g.neg("扩围实施“两新”", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
g.neg("发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a rank or "
      "count (as wr_henan_2025_b)")
g.neg("一刻钟便民生活圈", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', a planning standard's name, as wr_henan_2025_b)")
g.neg("实施“千集万店”", "千集万店", LABEL_NOTE + " (“千集万店” 'a thousand markets, ten "
      "thousand shops', the name of a rural retail programme), not a count")

# ==== line 7 (source 24): 提高投资效益 ===========================================================
g.neg("实施一批“两重”", "一批", VAGUE_NOTE)
g.neg("一批“两重”项目", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
fact("抓好616个", "616个", value=616, unit="count", kind="count", classifier="个",
     metric="省级重点工程年度建设项目",
     metric_alts=["省级重点工程项目", "省级重点工程", "重点工程年度建设项目",
                  "省级重点工程年度建设项目数量", "年度建设项目", "省级重点项目"], **PLAN,
     note="the year's projects of the provincial key works; " + PLAN_NOTE)
fact("制造业投资增长8%", "8%", value=8, unit="%", kind="growth", metric="制造业投资",
     metric_alts=["制造业投资增速"], comparison="yoy", **PLAN,
     note="no bound word → eq; " + PLAN_NOTE)
fact("等7个高速公路项目", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="高速公路项目",
     metric_alts=["高速公路项目数量", "高速公路建设项目", "加快建设的高速公路项目"], **PLAN,
     note="projects whose construction is to be sped up in 2025; " + PLAN_NOTE)
g.neg("新改建“四好农村路”", "四好", LABEL_NOTE + " (“四好农村路”: roads built, managed, "
      "maintained and operated well)")
fact("“四好农村路”4330公里", "4330公里", value=4.33e6, unit="m", kind="amount",
     metric="新改建“四好农村路”",
     metric_alts=["“四好农村路”", "四好农村路", "新改建四好农村路", "农村公路",
                  "新改建农村公路", "新改建“四好农村路”里程"], **PLAN,
     note="公里 = 1e3 m; the label inside the metric has its own negative; " + PLAN_NOTE)
g.neg("武宿机场三期", "三期", PHASE_NOTE.format("三期 (third-phase expansion of 武宿机场)"))
g.neg("推动国道307山西段", "307", "route number of 国道307 (a national highway's name), not a "
      "quantity")
g.neg("谋划实施一批重大项目", "一批", VAGUE_NOTE)

# ==== line 8 (source 25): 稳定外贸外资 (no facts) =================================================
g.neg("拓展“新三样”", "新三样", LABEL_NOTE + " (“新三样”: electric vehicles, lithium "
      "batteries, solar cells; as wr_shanxi_2025)")

# ==== line 9 (source 26): （二） =================================================================
g.neg("（二）聚焦加快", "（二）", MARKER_NOTE)

# ==== line 10 (source 27): 科技创新和产业创新 ======================================================
fact("实施30项省科技", "30项", value=30, unit="count", kind="count", classifier="项",
     metric="省科技重大专项",
     metric_alts=["科技重大专项", "省科技重大专项数量", "实施省科技重大专项", "重大专项"],
     **PLAN, note=PLAN_NOTE)
fact("和150项重点研发", "150项", value=150, unit="count", kind="count", classifier="项",
     metric="重点研发计划项目",
     metric_alts=["省重点研发计划项目", "重点研发计划项目数量", "实施重点研发计划项目",
                  "重点研发项目"], **PLAN, note="verb 实施 shared; " + PLAN_NOTE)
g.neg("开展“4+1”国家", "4+1", "judgement call: name of a programme structure (“4+1”国家科技"
      "攻关 of the 怀柔实验室山西研究院), a label, not read as counts 4 and 1 (as “1+11” in "
      "wr_shanxi_2025)")
fact("新建2个省实验室", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="省实验室", metric_alts=new("省实验室", "新建省实验室", "实验室"), **PLAN,
     note="新建 N: to be set up in 2025; 增量 alts (README §3); " + PLAN_NOTE)
fact("、2个基础学科", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="基础学科研究中心",
     metric_alts=new("基础学科研究中心", "新建基础学科研究中心", "研究中心"), **PLAN,
     note="verb 新建 shared; " + PLAN_NOTE)
fact("布局3个能源技术", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="能源技术科创走廊",
     metric_alts=new("能源技术科创走廊", "布局能源技术科创走廊", "科创走廊"), **PLAN,
     note=PLAN_NOTE)
fact("、3个科技产业", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="科技产业融合创新基地",
     metric_alts=new("科技产业融合创新基地", "布局科技产业融合创新基地", "融合创新基地"),
     **PLAN, note="verb 布局 shared; " + PLAN_NOTE)
fact("研发经费投入增长13%", "13%", value=13, unit="%", kind="growth",
     metric="规上工业企业研发经费投入",
     metric_alts=["规模以上工业企业研发经费投入", "工业企业研发经费投入", "研发经费投入",
                  "规上工业企业研发投入", "规上工业企业研发经费"], comparison="yoy", **PLAN,
     note="no bound word → eq; " + PLAN_NOTE)
fact("高新技术企业1300家以上", "1300家", value=1300, unit="count", kind="count",
     classifier="家", bound="ge", metric="高新技术企业",
     metric_alts=new("高新技术企业", "新认定高新技术企业", "认定高新技术企业"), **PLAN,
     note="以上 → ge (outside the span); firms to be certified (新认定) in 2025; 增量 alts "
          "(README §3); " + PLAN_NOTE)

# ==== line 11 (source 28): 新型能源体系和现代化产业体系 ==============================================
g.neg("试点五年建设任务", "五年", "the five-year term of the 能源革命综合改革试点 (its "
      "programme of tasks, 五年建设任务), a plan name like 三年行动 (as wr_henan_2025_b), not "
      "a duration fact")
g.neg("推进“五大基地”", "五大", SET_NOTE.format("五大 (“五大基地”)"))
g.neg("开展煤矿“四个一批”", "四个一批", LABEL_NOTE + " (“四个一批”: the four batches of coal "
      "mines — built, upgraded, integrated, closed)")
fact("新建智能化煤矿130座", "130座", value=130, unit="count", kind="count", classifier="座",
     metric="智能化煤矿",
     metric_alts=new("智能化煤矿", "新建智能化煤矿", "智能煤矿"), **PLAN,
     note="新建 N: to be built in 2025; 增量 alts (README §3); " + PLAN_NOTE)
g.neg("煤电机组“三改联动”", "三改联动", LABEL_NOTE + " (“三改联动”: the three retrofits of "
      "coal power units, as wr_guizhou_2025_b)")
fact("“三改联动”600万千瓦", "600万千瓦", value=6e9, unit="W", kind="amount",
     metric="煤电机组“三改联动”",
     metric_alts=["煤电机组三改联动", "煤电机组“三改联动”改造容量", "“三改联动”改造",
                  "三改联动", "完成煤电机组“三改联动”", "煤电机组改造容量",
                  "煤电机组“三改联动”改造"], **PLAN,
     note="the capacity of the units to be retrofitted in 2025; 万千瓦 = 1e7 W; " + PLAN_NOTE)
fact("装机占比达到50%以上", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="新能源和清洁能源装机占比",
     metric_alts=["新能源和清洁能源装机比重", "清洁能源装机占比", "新能源装机占比",
                  "新能源和清洁能源装机占总装机比重"], **PLAN_END,
     note="以上 → ge (outside the span); share of installed capacity (a share of a stock): "
          + END_NOTE)
fact("外送量全国第一优势", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="绿电外送量",
     metric_alts=["外送量", "绿电外送", "绿电外送交易量", "外送电量", "绿电外送量排名"],
     period=S25,
     period_alts=[S25_NULL, P("2025年", REF, REF), P("2025年", "2024-01-01", "2024-12-31")],
     note="judgement call: an existing advantage the plan builds on (用好…优势), not a goal → "
          "actual (as wr_henan_2025_b 聚焦28条重点产业链); section frame 2025 as gold, null, "
          "the reference date and the year 2024 (the review reports 外送量全国第一 for 2024, "
          "wr_shanxi_2025) as alts")
fact("营业收入达到8000亿元", "8000亿元", value=8000e8, unit="CNY", kind="amount",
     metric="省级重点产业链营业收入",
     metric_alts=["重点产业链营业收入", "省级重点产业链营收", "产业链营业收入",
                  "省级重点产业链收入"], **PLAN,
     note="达到 → eq; the year's revenue of the provincial key chains (a flow); " + PLAN_NOTE)
fact("新增6个省级特色", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="省级特色专业镇",
     metric_alts=new("省级特色专业镇", "新增省级特色专业镇", "特色专业镇", "专业镇"), **PLAN,
     note="新增 N: to be added in 2025; 增量 alts (README §3); " + PLAN_NOTE)
fact("、8个公共服务平台", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="公共服务平台",
     metric_alts=new("公共服务平台", "新增公共服务平台", "专业镇公共服务平台"), **PLAN,
     note="verb 新增 shared; " + PLAN_NOTE)
TOWN_NOTE = ("towns to be fostered (培育) in 2025; the class 400亿级 / 100亿级 is part of the "
             "metric (its own negative); " + PLAN_NOTE)
fact("培育1个400亿级", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="400亿级产业名镇",
     metric_alts=new("400亿级产业名镇", "培育400亿级产业名镇", "产业名镇"), **PLAN,
     note="a count of 1 (Arabic), not an article; " + TOWN_NOTE)
g.neg("培育1个400亿级", "400亿级", CLASS_NOTE.format("400亿级"))
fact("、3个100亿级", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="100亿级产业名镇",
     metric_alts=new("100亿级产业名镇", "培育100亿级产业名镇", "百亿级产业名镇", "产业名镇"),
     **PLAN, note="verb 培育 shared; " + TOWN_NOTE)
g.neg("、3个100亿级", "100亿级", CLASS_NOTE.format("100亿级"))
fact("“山西精品”达到200个", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="“山西精品”",
     metric_alts=["山西精品", "“山西精品”数量", "山西精品数量", "“山西精品”产品", "山西精品品牌"],
     **PLAN_END,
     note="达到 → eq; the products holding the provincial label (a register, as "
          "wr_shanxi_2025 120个): " + END_NOTE)
CLUSTER_NOTE = ("clusters to be fostered (加快培育) in 2025; the size class (万亿级 / 五千亿级 / "
                "千亿级) is part of the metric (its own negative); " + PLAN_NOTE)
fact("培育1个万亿级", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="万亿级主导产业集群",
     metric_alts=new("万亿级主导产业集群", "主导产业集群", "培育万亿级主导产业集群", "产业集群"),
     **PLAN, note="a count of 1 (Arabic), not an article; " + CLUSTER_NOTE)
g.neg("培育1个万亿级", "万亿级", CLASS_NOTE.format("万亿级"))
fact("、2个五千亿级", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="五千亿级支柱产业集群",
     metric_alts=new("五千亿级支柱产业集群", "支柱产业集群", "培育五千亿级支柱产业集群",
                     "产业集群"), **PLAN, note=CLUSTER_NOTE)
g.neg("、2个五千亿级", "五千亿级", CLASS_NOTE.format("五千亿级"))
fact("、7个千亿级", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="千亿级特色产业集群",
     metric_alts=new("千亿级特色产业集群", "特色产业集群", "培育千亿级特色产业集群", "产业集群"),
     **PLAN, note=CLUSTER_NOTE)
g.neg("、7个千亿级", "千亿级", CLASS_NOTE.format("千亿级"))
g.neg("若干百亿级", "百亿级", "class label 百亿级 of clusters counted only as 若干 ('several', "
      "no number), not a quantity (as 千亿级 in wr_henan_2025_b)")

NOTES = (
    "Excerpt: lines 18-28 of shared/texts/work_report/wr_shanxi_2025.txt (2,375 characters "
    "with the final newline), sliced by code: the heading 二、2025年工作安排, 今年是“十四五”"
    "规划收官之年。, the 今年发展主要预期目标 (source line 20), 综合各方面因素…, task （一） "
    "(激发消费潜能, 提高投资效益, 稳定外贸外资) and task （二） up to 推动新型能源体系和现代化产业体系"
    "深度融合. Lines 4-10 are annotated in wr_shanxi_2025 (no overlap). It is the run of "
    "2,000-2,500 characters in lines 11-67 that starts at the section heading and holds the "
    "targets; lines 11-17 (the rest of the review from （三）) hold slightly more numbers but "
    "start at a sub-item; lines 18-29 would pass 2,500. Title and source line are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-17, "
    "the delivery date in the report header (2025年1月17日在山西省第十四届人民代表大会第三次"
    "会议上…, quoted in the corpus meta notes), as wr_shanxi_2025. Place: 山西省 (山西, 全省, "
    "我省 → alts). Periods: line 3 opens with 今年 (= 2025, explicit, null as alt); the other "
    "lines state no period before their numbers and take the heading's frame 2025 (period "
    "text 2025年, null as alt); stocks to be reached (新能源和清洁能源装机占比达到50%以上, "
    "“山西精品”达到200个) → instant 2025-12-31, the year and null as alts. Modality: target "
    "throughout (预期目标, 实施, 新建, 新增, 培育, 达到), except 绿电外送量全国第一 (an existing "
    "advantage → actual, judgement call). Bounds: 左右 → approx; 以上 → ge. Units: 公里 → m; "
    "万千瓦 1e7 W; 亿元 1e8. Judgement calls: 用好绿电外送量全国第一优势 → rank 1, actual, the "
    "frame 2025 with the reference date and 2024 as alts; 400亿级/100亿级/万亿级/五千亿级/"
    "千亿级 → class thresholds of the counted towns and clusters (negatives, the counts 1/3/"
    "1/2/7 are facts); 百亿级 with 若干 → negative; 五个 (战略性有利条件), 四大 (优势), 五大 "
    "(基地), 四个一批, “4+1”, 五年 (建设任务) → labels (negatives); 国道307 → route number. "
    "Negatives: 二、, 2025年, 十四五, 五个, 四大, 一揽子, （一）/（二）, 两新, 首发, 一刻钟, "
    "千集万店, 一批 ×2, 两重, 四好, 三期, 307, 新三样, 4+1, 五年, 五大, 四个一批, 三改联动, "
    "400亿级, 100亿级, 万亿级, 五千亿级, 千亿级, 百亿级. Lexicalized, not listed: 一体化, "
    "零售 ×2 (社会消费品零售总额, 现代零售体系).")

g.write(date=REF, source=f"shared/texts/work_report/wr_shanxi_2025.txt lines {FIRST}–{LAST} "
        "(2025年山西省政府工作报告, 来源：山西日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
