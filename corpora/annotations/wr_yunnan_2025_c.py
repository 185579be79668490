"""Gold annotations for wr_yunnan_2025_c (2025年云南省政府工作报告, the 2025 part), lines 21-38
of shared/texts/work_report/wr_yunnan_2025.txt.

The excerpt corpora/wr_yunnan_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 二、2025年总体要求, its opening paragraph
(今年是“十四五”规划收官之年…), the 经济社会发展的主要预期目标 (source line 23), the five
requirements （一）…（五）, the heading 三、2025年重点任务 with 具体要抓好9个方面的工作, task （一）
统筹消费和投资 in full (消费, 产业投资, 招商引资, 民间投资, 重点项目) and task （二） (现代化
产业体系) up to its first paragraph (推动工业经济聚势突破: energy and industry).  Lines 7-18
are annotated in wr_yunnan_2025 / wr_yunnan_2025_b (no overlap).  Lines 21-38 make 2,419
characters and hold the most Arabic numbers (22) of any run of 2,000-2,500 characters in lines
19-160 that starts at a section heading outside the glossary and annex (（三） 44-59: 19;
（四） 48-64: 18); adding line 39 would pass 2,500.  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_yunnan_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_yunnan_2025_c"
PLACE = "云南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_yunnan_2025.txt"
FIRST, LAST = 21, 38                    # 1-based, inclusive, whole lines
TITLE = "2025年云南省政府工作报告"
YN_ALTS = ["云南", "全省", "我省"]
GOV_ALTS = YN_ALTS + ["云南省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2025年总体要求",
                 ends="打造低空经济、通用航空、氢能及储能等新增长引擎。")
text = g.text
fact = g.with_subject(PLACE, YN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
SET_NOTE = "set label N大 (README §2 八大), not a count claim"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 亿元以上项目), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# Line 1 is the heading 二、2025年总体要求: the main targets of line 3 (经济社会发展的主要预期
# 目标建议为…) state no period of their own (今年 of line 2 does not cross the line), so they
# take the heading's frame: period text 2025年, 2025-01-01..2025-12-31, null as alt (as
# wr_anhui_2025_b / wr_henan_2025); modality target.  Line 9 is the heading 三、2025年重点任务:
# the tasks after it are plans for 2025 → target; their lines state no period, so they take
# that heading's frame (period text 2025年, null as alt).  Capacities to be approved or built
# (核准在建, 建成) take the year with the year-end instant as alt.  壮大19个省级先进制造业集群
# counts an existing set → actual (as 聚焦28条重点产业链 in wr_henan_2025_b).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
TARGET = dict(period=S25, period_alts=[S25_NULL], modality="target")
TARGET_NOTE = ("主要预期目标 (建议为) → target; section frame of the heading 二、2025年总体要求 "
               "(2025), null as alt")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "三、2025年重点任务 (2025), null as alt")


# ==== line 1 (source 21): heading 二、 ==========================================================
g.neg("二、2025年总体要求", "二、", MARKER_NOTE)
g.neg("二、2025年总体要求", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "targets, 2025; the period text of the targets)")

# ==== line 2 (source 22): 今年是… (no facts) =====================================================
g.neg("今年是“十四五”", "今年", PERIOD_NOTE + " (今年 = 2025; governs line 2, which states no "
      "number)")
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("是“3815”战略发展目标“三年上台阶”的实现", "3815", LABEL_NOTE + " (“3815”战略发展目标, "
      "the province's strategy name, as wr_yunnan_2025)")
g.neg("是“3815”战略发展目标“三年上台阶”的实现", "三年上台阶", LABEL_NOTE + " (stage name "
      "“三年上台阶” 'a step up in three years' of the 3815 strategy, as wr_yunnan_2025_b), not a "
      "duration fact")
g.neg("系列三年行动", "三年", PLAN3_NOTE + " (系列三年行动, the province's series of "
      "three-year campaigns)")
g.neg("也是“十五五”", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("做好全年工作", "全年", PERIOD_NOTE + " (全年 = 2025; governs no number)")

# ==== line 3 (source 23): 主要预期目标 (2025) =====================================================
fact("地区生产总值增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "全省地区生产总值", "经济总量", "经济增长", "经济增速"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 左右 → approx (outside the span)")
fact("产业投资增长7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="产业投资", metric_alts=["产业投资增速", "全省产业投资"], comparison="yoy",
     **TARGET, note=TARGET_NOTE + "; 左右 → approx")
fact("预算收入增长2%", "2%", value=2, unit="%", kind="growth",
     metric="地方一般公共预算收入",
     metric_alts=["一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **TARGET, note=TARGET_NOTE + "; no bound word → eq")
fact("失业率5.5%以内", "5.5%", value=5.5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TARGET_NOTE)
fact("城镇新增就业50万人以上", "50万人", value=500000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业"], **TARGET,
     note="以上 → ge (outside the span); " + TARGET_NOTE)
fact("粮食总产量稳定在1955万吨以上", "1955万吨", value=1.955e7, unit="t", kind="amount",
     bound="ge", metric="粮食总产量", metric_alts=["粮食产量", "粮食"], **TARGET,
     note="稳定在…以上 → ge (outside the span); the 2025 harvest; " + TARGET_NOTE)
g.neg("确保完成“3815”", "3815", LABEL_NOTE + " (“3815”战略发展目标, strategy name)")
g.neg("“三年上台阶”的任务", "三年上台阶", LABEL_NOTE + " (stage name “三年上台阶”), not a "
      "duration fact")

# ==== lines 4-8 (source 24-28): requirements （一）…（五） (no facts) ================================
g.neg("（一）坚持以经济体制", "（一）", MARKER_NOTE)
g.neg("（二）健全铸牢", "（二）", MARKER_NOTE)
g.neg("增强“五个认同”", "五个认同", LABEL_NOTE + " (“五个认同”, the five identifications, "
      "glossary item 15), not a count")
g.neg("（三）进一步深化", "（三）", MARKER_NOTE)
g.neg("（四）完善高水平", "（四）", MARKER_NOTE)
g.neg("共建“一带一路”，不断", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
g.neg("（五）深化民生", "（五）", MARKER_NOTE)
g.neg("坚持一切工作", "一切", "lexicalized 一切 'all', not a quantity (as wr_yunnan_2025_b)")
g.neg("让“有一种叫云南的生活”", "一种", "slogan “有一种叫云南的生活” ('there is a life called "
      "Yunnan'): 一种 is an article, not a quantity (as wr_yunnan_2025)")

# ==== line 9 (source 29): heading 三、 ===========================================================
g.neg("三、2025年重点任务", "三、", MARKER_NOTE)
g.neg("三、2025年重点任务", "2025年", PERIOD_NOTE + " (section heading: the year of the tasks, "
      "2025; the period text of the task facts)")

# ==== line 10 (source 30): 具体要抓好9个方面的工作 ================================================
fact("具体要抓好9个方面", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="重点工作方面",
     metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点任务", "重点任务方面",
                  "抓好的工作方面", "重点工作方面数量", "方面数量"],
     subject_alts=GOV_ALTS, **PLAN,
     note="judgement call: the areas of work planned for 2025 (the nine tasks （一）…（九）) → a "
          "count (as 9个方面 in wr_sichuan_2025_b, 十个方面 in wr_henan_2025_b); a discourse "
          "count (negative) is the alternative; " + PLAN_NOTE)

# ==== line 11 (source 31): task （一） ============================================================
g.neg("（一）统筹消费", "（一）", MARKER_NOTE)

# ==== line 12 (source 32): 以更精准措施促进消费 (no facts) =========================================
g.neg("积极发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a "
      "rank or count (as wr_henan_2025_b)")

# ==== line 13 (source 33): 巩固拓展产业投资增长势头 ================================================
g.neg("劳动力等单个优势", "单个", "单个 'single, individual' (单个优势 'individual "
      "advantages'), not a quantity (README §2 单个)")
g.neg("链群并重、整零协同", "整零", "lexicalized 整零 (整车 and 零部件: assemblers and parts "
      "makers), not a quantity")
g.neg("协同推进一批", "一批", VAGUE_NOTE)
fact("占全部投资比重保持在50%以上", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="产业投资占全部投资比重",
     metric_alts=["产业投资占比", "产业投资占全部投资的比重", "产业投资占固定资产投资比重"],
     **PLAN, note="保持在…以上 → ge (outside the span); share of the year's investment (a "
                  "flow), metric as in wr_yunnan_2025 (52.1% in 2024); " + PLAN_NOTE)

# ==== line 14 (source 34): 构建高水平招商引资新模式 ================================================
g.neg("强化省级“一盘棋”", "一盘棋", "idiom 一盘棋 'one chessboard' (acting as a whole), not a "
      "quantity")
g.neg("打响“有一种叫云南的机遇”", "一种", "slogan “有一种叫云南的机遇”: 一种 is an article, not "
      "a quantity")
g.neg("引进亿元以上项目", "亿元", THRESH_NOTE)
fact("亿元以上项目超500个", "500个", value=500, unit="count", kind="count", classifier="个",
     bound="gt", metric="亿元以上项目",
     metric_alts=["引进亿元以上项目", "亿元以上项目数量", "引进项目", "项目", "招商引资项目",
                  "引进亿元以上项目数量"], **PLAN,
     note="超 → gt (outside the span); 亿元以上 is the threshold of the counted set "
          "(negative); projects to be brought in during 2025; " + PLAN_NOTE)

# ==== line 15 (source 35): 有效扩大民间投资 ========================================================
g.neg("启动新一轮", "一轮", "新一轮 'a new round', not a count")
g.neg("营商环境三年行动", "三年", PLAN3_NOTE)
fact("抓好10件惠企实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="惠企实事",
     metric_alts=["抓好惠企实事", "惠企实事数量", "惠企实事件数", "办好惠企实事"], **PLAN,
     note="measures for firms to be delivered in 2025 (as 办好10件惠企实事 of 2024 in "
          "wr_yunnan_2025); " + PLAN_NOTE)
g.neg("诚信“三大营商环境品牌”", "三大", SET_NOTE + " (“三大营商环境品牌”: the three brands "
      "效率、服务、诚信 named just before)")

# ==== line 16 (source 36): 狠抓重点项目建设 ========================================================
g.neg("聚焦“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设, "
      "glossary item 1)")
g.neg("“两新”和国家", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新, glossary "
      "item 2)")
g.neg("报批三级联审机制", "三级", LABEL_NOTE + " (三级联审机制: joint review at three levels "
      "of government), a name, not a count")
WATER_NOTE = ("开工建设 distributes over the list (大型灌区 ↔ 3件, 大中型水库 ↔ 5件); works whose "
              "construction is to start in 2025; " + PLAN_NOTE)
fact("开工建设3件大型灌区", "3件", value=3, unit="count", kind="count", classifier="件",
     metric="大型灌区",
     metric_alts=new("大型灌区", "开工建设大型灌区", "大型灌区工程", "开工建设大型灌区数量"),
     **PLAN, note=WATER_NOTE)
fact("5件大中型水库", "5件", value=5, unit="count", kind="count", classifier="件",
     metric="大中型水库",
     metric_alts=new("大中型水库", "开工建设大中型水库", "大中型水库工程", "开工建设大中型水库数量"),
     **PLAN, note=WATER_NOTE)
g.neg("滇中引水二期", "二期", PHASE_NOTE.format("二期 (second phase of 滇中引水)"))
g.neg("及早谋划“十五五”", "十五五", "plan label 十五五 (SPEC §1)")

# ==== line 17 (source 37): task （二） ===========================================================
g.neg("（二）坚持把发展", "（二）", MARKER_NOTE)

# ==== line 18 (source 38): 推动工业经济聚势突破 ====================================================
fact("新能源项目各1600万千瓦以上", "1600万千瓦", value=1.6e10, unit="W", kind="amount",
     bound="ge", metric="开工、投产新能源项目",
     metric_alts=["开工新能源项目", "投产新能源项目", "新能源项目", "新能源项目装机",
                  "开工新能源项目装机", "投产新能源项目装机", "新能源装机",
                  "开工、投产新能源项目装机", "新能源项目规模"], **PLAN,
     note="各 … 以上 → ge (outside the span): one quantity mention stated for both 开工 and "
          "投产 (each ≥ 16 GW) → one fact (SPEC §1), each verb reading as a metric alt (as "
          "均居第2位 over two indicators in wr_yunnan_2025_b); 万千瓦 = 1e7 W; " + PLAN_NOTE)
fact("和690万千瓦火电项目", "690万千瓦", value=6.9e9, unit="W", kind="amount",
     metric="火电项目装机容量",
     metric_alts=["火电项目", "火电项目装机", "火电装机", "火电装机容量", "火电项目规模",
                  "火电项目产能", "火电项目容量"], **PLAN,
     note="capacity written into the projects' name (SPEC §1: 特瓦时能源 10 万吨…项目) → the "
          "projects' capacity; still being built (加快…建设) → target; 万千瓦 = 1e7 W; "
          + PLAN_NOTE)
fact("供应电煤3000万吨以上", "3000万吨", value=3e7, unit="t", kind="amount", bound="ge",
     metric="供应电煤",
     metric_alts=["电煤供应", "电煤", "电煤供应量", "供应电煤量"], **PLAN,
     note="以上 → ge (outside the span); the year's supply; " + PLAN_NOTE)
fact("核准在建抽水蓄能800万千瓦以上", "800万千瓦", value=8e9, unit="W", kind="amount",
     bound="ge", metric="核准在建抽水蓄能",
     metric_alts=["抽水蓄能", "核准在建抽水蓄能装机", "抽水蓄能装机", "抽水蓄能装机容量",
                  "核准在建抽水蓄能规模", "核准在建抽水蓄能装机容量"], **PLAN_SET,
     note="以上 → ge; judgement call: the pumped-storage capacity to be approved and under "
          "construction in 2025 (the year), the year-end stock reading (capacity approved and "
          "under construction at 2025-12-31) in period_alts; " + PLAN_NOTE)
fact("建成新型储能200万千瓦以上", "200万千瓦", value=2e9, unit="W", kind="amount",
     bound="ge", metric="新型储能",
     metric_alts=["建成新型储能", "新型储能装机", "新型储能装机规模", "建成新型储能装机",
                  "新型储能装机容量", "新型储能规模"], **PLAN_SET,
     note="以上 → ge; capacity to be completed in 2025 (建成, the year), the year-end stock "
          "reading in period_alts (judgement call); " + PLAN_NOTE)
fact("壮大19个省级先进制造业集群", "19个", value=19, unit="count", kind="count",
     classifier="个", metric="省级先进制造业集群",
     metric_alts=["先进制造业集群", "省级先进制造业集群数量", "壮大省级先进制造业集群",
                  "先进制造业集群数量"],
     period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)],
     note="judgement call: the size of the province's existing set of clusters, which the "
          "plan strengthens (壮大), not a goal → actual (as 聚焦28条重点产业链 in "
          "wr_henan_2025_b); section frame 2025 with null and the reference date as alts; "
          "target (clusters to be built up) is the alternative")
g.neg("汽车零部件", "零部件", "lexicalized 零部件 'parts, components', not a quantity")

NOTES = (
    "Excerpt: lines 21-38 of shared/texts/work_report/wr_yunnan_2025.txt (2,419 characters "
    "with the final newline), sliced by code: the heading 二、2025年总体要求, its opening "
    "paragraph (今年是…), the 主要预期目标 (source line 23), requirements （一）…（五）, the heading "
    "三、2025年重点任务, 具体要抓好9个方面的工作, task （一） (消费, 产业投资, 招商引资, 民间投资, "
    "重点项目) and task （二） up to 推动工业经济聚势突破 (energy and industry). Lines 7-18 are "
    "annotated in wr_yunnan_2025 / wr_yunnan_2025_b (no overlap). Among the runs of whole "
    "lines of 2,000-2,500 characters in lines 19-160 that start at a section heading of the "
    "report body, this one holds the most numbers; lines 21-39 would pass 2,500 (the denser "
    "glossary and annex, lines 84-160, are definitions and annex targets starting at no "
    "section heading of the body). Title, source line and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-18, the delivery "
    "date in the report's header (source line 3: ——2025年1月18日在云南省第十四届人民代表大会第三次"
    "会议上), as wr_yunnan_2025; the corpus meta agrees. Place: 云南省 (云南, 全省, 我省 → alts; "
    "the provincial government as alt of the nine areas of work). Periods: the headings "
    "二、2025年总体要求 and 三、2025年重点任务 frame the targets and the tasks: lines without a "
    "period of their own take 2025-01-01..2025-12-31 with period text 2025年, null as alt; "
    "今年 and 全年 of line 2 govern no number; capacities to be approved/under construction or "
    "completed (抽水蓄能 800万千瓦, 新型储能 200万千瓦) → the year with the year-end instant as "
    "alt. Modality: target throughout (建议为, 保持在, 引进, 抓好, 开工建设, 开工/投产, 供应, 核准, "
    "建成), except 壮大19个省级先进制造业集群 (the size of an existing set → actual, judgement "
    "call, as wr_henan_2025_b 28条重点产业链). Bounds: 左右 → approx; 以内 → le; 以上 → ge; 超 → "
    "gt; 增长2% → eq. Units: 万人 → count 人; 万吨 → t; 万千瓦 → 1e7 W. Judgement calls: 9个方面 → a "
    "count; 各1600万千瓦以上 (开工 and 投产) → one fact with both verbs as metric alts; "
    "690万千瓦火电项目 → capacity of projects under construction (target); the energy "
    "amounts with 以上 → ge; 三大营商环境品牌 a set label, 三级联审机制 a name (negatives); 亿元 (以上项目) a "
    "threshold (negative). Negatives: 二、, 三、, 2025年 ×2, 今年, 全年, 十四五, 十五五 ×2, 3815 "
    "×2, 三年上台阶 ×2, 三年 ×2, （一） ×2, （二） ×2, （三）-（五）, 五个认同, 一带一路, 一切, 一种 "
    "×2, 首发, 单个, 整零, 一批, 一盘棋, 亿元, 一轮, 三大, 两重, 两新, 三级, 二期, 零部件. "
    "Lexicalized, not listed: 进一步 ×3, 单位, 零售 (零售业), 一流, 一体 (一体化), 清单.")

g.write(date=REF, source=f"shared/texts/work_report/wr_yunnan_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
