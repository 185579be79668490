"""Gold annotations for wr_shaanxi_2025_c (2025年陕西省政府工作报告, the 2025 tasks, third
excerpt), lines 22-35 of shared/texts/work_report/wr_shaanxi_2025.txt.

The excerpt corpora/wr_shaanxi_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: 重点做好以下9项工作：, task （一） (投资, 消费) in full,
task （二） (优势产业: coal, gas, power, industry, agriculture; 传统产业; 未来产业; 现代服务业)
in full, task （三） (科技创新, 教育, 人才) in full and the heading of task （四）.  It lies in
part 二、2025年工作安排 (source line 18; 今年是“十四五”规划收官之年, source line 19), after the
主要预期目标 (source line 20): the plan for 2025.  The line range was given by the brief;
lines 12-21 are annotated in wr_shaanxi_2025 and 8-10 in wr_shaanxi_2025_b (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shaanxi_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shaanxi_2025_c"
PLACE = "陕西省"
REF = "2025-01-16"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_shaanxi_2025.txt"
FIRST, LAST = 22, 35                    # 1-based, inclusive, whole lines
TITLE = "2025年陕西省政府工作报告"
SX_ALTS = ["陕西", "全省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="重点做好以下9项工作：",
                 ends="（四）深入推进改革开放，不断增强发展内生动力")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

# ---- periods (reference date 2025-01-16) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (source line 18, outside the excerpt; 今年 =
# 2025 on source line 19): the tasks are the plan for 2025 → modality target (力争, 完成,
# 建成, 新增, 达到, …).  Lines that state no period take the section frame 2025 with the
# heading's period text 2025年, null in period_alts (as wr_henan_2025_d / wr_beijing_2025_b).
# Line 6 (巩固提升优势产业) opens its numbers with 力争全年原煤产量…: 全年 (= 2025) is explicit
# and governs the rest of that line (same dates).  Line 3 (提高投资效益) names 年内 (= 2025)
# in its last clause, governing the 3条 roads to be completed 年内.  A level to be held at
# the end (每万人口…拥有量达到12件, a stock) is the instant 2025-12-31, the year and null as
# alts.  Capacities of projects to be built take the year with the end instant as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
FY = P("全年", "2025-01-01", "2025-12-31")
FY_NULL = P("全年", None, None)
FY_END = P("全年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
FULL = dict(period=FY, period_alts=[FY_NULL, S25], modality="target")
FULL_SET = dict(period=FY, period_alts=[FY_NULL, FY_END, S25], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (2025), null as alt")
FULL_NOTE = ("task for 2025 → target; 全年 (= 2025) at the head of the line's numbers "
             "governs it (explicit)")
CAP_NOTE = ("capacity written into a project's name (SPEC §1, README §2) → the project's "
            "capacity, a fact; the project is still to be built → target")

# ==== line 1 (source 22) =======================================================================
g.neg("重点做好以下9项工作", "9项", "discourse count of the tasks enumerated below (（一）…"
      "（九）), as 以下六方面工作 in wr_china_2004 and 三个方面 in wr_shaanxi_2025; not a measured "
      "quantity")

# ==== line 2 (source 23): （一） ================================================================
g.neg("（一）提振信心", "（一）", MARKER_NOTE)

# ==== line 3 (source 24): 提高投资效益 ==========================================================
g.neg("抢抓“两重”", "两重", LABEL_NOTE + " (“两重”)")
g.neg("“两新”政策机遇", "两新", LABEL_NOTE + " (“两新”)")
fact("完成投资5000亿元以上", "5000亿元", value=5e11, unit="CNY", kind="amount", bound="ge",
     metric="省级重点项目完成投资",
     metric_alts=["省级重点项目投资", "重点项目完成投资", "完成投资", "省级重点项目年度投资",
                  "省级重点项目完成投资额"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("比亚迪二期", "二期", PHASE_NOTE.format("二期"))
fact("延长千万吨炼化", "千万吨", value=1e7, unit="t", kind="amount",
     metric="炼化产能",
     metric_alts=["炼化年产能", "炼油产能", "炼化项目产能", "千万吨炼化", "炼化能力",
                  "原油加工能力", "延长千万吨炼化项目产能"],
     subject="延长千万吨炼化项目",
     subject_alts=["延长", "延长石油", "延长石油集团", "陕西延长石油（集团）有限责任公司",
                   "延长千万吨炼化", PLACE] + SX_ALTS, **PLAN,
     note=CAP_NOTE + " (力争…开工建设); 千万吨 read as eq as written (as 百万吨乙烯 in "
          "wr_henan_2025_b); the project (of 延长石油) owns the number; " + PLAN_NOTE)
fact("工业投资4500亿元以上", "4500亿元", value=4.5e11, unit="CNY", kind="amount",
     bound="ge", metric="工业投资",
     metric_alts=["工业投资额", "工业固定资产投资", "全省工业投资"], **PLAN,
     note="以上 → ge; " + PLAN_NOTE)
g.neg("“平急两用”", "两用", LABEL_NOTE + " (平急两用: dual use, normal times / emergencies, as "
      "wr_beijing_2025)")
g.neg("高校“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")
fact("麟法等3条高速", "3条", value=3, unit="count", kind="count", classifier="条",
     metric="高速公路",
     metric_alts=new("高速公路", "建成投运高速公路", "高速", "建成投运高速", "高速项目"),
     period=P("年内", "2025-01-01", "2025-12-31"), period_alts=[S25, S25_NULL],
     modality="target",
     note="力争…年内建成投运 → target; 等 with one named (麟法) → a count of the motorways to be "
          "opened; 年内 (= 2025) in the same clause governs it (explicit); 增量 alts (README "
          "§3)")
g.neg("西安地铁15号线", "15号线", NAME_NOTE.format("15号线, metro line 15"))

# ==== line 4 (source 25): 大力提振消费 ==========================================================
g.neg("加快发展首发经济", "首发", "lexicalized 首发经济 'debut economy' (first launches), not "
      "a rank")

# ==== line 5 (source 26): （二） ================================================================
g.neg("（二）加强产业体系", "（二）", MARKER_NOTE)

# ==== line 6 (source 27): 巩固提升优势产业 ======================================================
fact("原煤产量8亿吨", "8亿吨", value=8e8, unit="t", kind="amount", metric="原煤产量",
     metric_alts=["原煤", "煤炭产量", "全年原煤产量"], **FULL,
     note="力争 → target; " + FULL_NOTE)
fact("天然气产量370亿方", "370亿方", value=3.7e10, unit="m3", kind="amount",
     metric="天然气产量", metric_alts=["天然气", "全年天然气产量"], **FULL,
     note="力争 shared; 方 = 立方米 (m3), 亿方 = 1e8 m3 (as 千亿方 in wr_chongqing_2025); "
          + FULL_NOTE)
g.neg("环氧树脂一期", "一期", PHASE_NOTE.format("一期"))
fact("，50万吨甲醇制乙醇", "50万吨", value=5e5, unit="t", kind="amount",
     metric="甲醇制乙醇产能",
     metric_alts=["甲醇制乙醇年产能", "甲醇制乙醇项目产能", "产能", "甲醇制乙醇",
                  "乙醇产能", "乙醇年产能"],
     subject="甲醇制乙醇项目",
     subject_alts=["50万吨甲醇制乙醇项目", "甲醇制乙醇", PLACE] + SX_ALTS, **FULL_SET,
     note=CAP_NOTE + " (建成投产 in 2025); capacities without 年产 → X产能, alt X年产能 "
          "(README §3); " + FULL_NOTE + "; the end instant as alt")
fact("榆能西南70万千瓦", "70万千瓦", value=7e8, unit="W", kind="amount",
     metric="热电项目装机容量",
     metric_alts=["装机容量", "热电装机", "热电装机容量", "装机", "热电项目装机",
                  "榆能西南热电项目装机容量", "热电项目容量"],
     subject="榆能西南热电项目",
     subject_alts=["榆能西南70万千瓦热电项目", "榆能", "榆能集团", "榆林能源集团",
                   PLACE] + SX_ALTS, **FULL_SET,
     note=CAP_NOTE + " (建成 in 2025); 万千瓦 = 1e7 W (SPEC §3); " + FULL_NOTE
          + "; the end instant as alt")
fact("外送电量1000亿千瓦时", "1000亿千瓦时", value=1e11, unit="kWh", kind="amount",
     metric="外送电量", metric_alts=["外送电", "陕电外送电量", "电力外送量"], **FULL,
     note="亿千瓦时 = 1e8 kWh; " + FULL_NOTE)
fact("能源工业增长6.5%以上", "6.5%", value=6.5, unit="%", kind="growth", bound="ge",
     metric="能源工业",
     metric_alts=["能源工业增加值", "规模以上能源工业增加值", "能源工业增速"],
     comparison="yoy", **FULL, note="以上 → ge; " + FULL_NOTE)
fact("新兴产业占比达30%左右", "30%", value=30, unit="%", kind="share", bound="approx",
     metric="工业战略性新兴产业占比",
     metric_alts=["战略性新兴产业占比", "工业战略性新兴产业占工业比重",
                  "战略性新兴产业占工业比重", "工业战略性新兴产业比重",
                  "工业战略性新兴产业产值占比"], **FULL,
     note="左右 → approx (outside the span); the share of the year's industrial output "
          "(a flow share); " + FULL_NOTE)
fact("制造业增加值增长6%以上", "6%", value=6, unit="%", kind="growth", bound="ge",
     metric="制造业增加值", metric_alts=["制造业", "规模以上制造业增加值"],
     comparison="yoy", **FULL, note="以上 → ge; " + FULL_NOTE)
fact("新增1个国家级", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="国家级优势特色产业集群",
     metric_alts=new("国家级优势特色产业集群", "新增国家级优势特色产业集群",
                     "优势特色产业集群"), **FULL,
     note="a count (a digit with its measure word, not an article); 新增 N: 增量 alts (README "
          "§3); " + FULL_NOTE)
fact("8家以上农业产业化", "8家", value=8, unit="count", kind="count", classifier="家",
     bound="ge", metric="农业产业化重点龙头企业",
     metric_alts=new("农业产业化重点龙头企业", "新增农业产业化重点龙头企业", "龙头企业",
                     "农业产业化龙头企业"), **FULL,
     note="以上 → ge (outside the span); verb 新增 shared with 1个; " + FULL_NOTE)

# ==== line 7 (source 28): 升级改造传统产业 — no numbers ==========================================

# ==== line 8 (source 29): 加快布局未来产业 ======================================================
g.neg("第三代半导体", "第三代", "technology generation label 第三代 (third-generation "
      "semiconductors), not a rank (as 第三代移动通信 in wr_china_2006)")

# ==== line 9 (source 30): 做强现代服务业 ========================================================
g.neg("金融“五篇大文章”", "五篇大文章", LABEL_NOTE + " (金融“五篇大文章”, as "
      "wr_guangxi_2025_b)")

# ==== line 10 (source 31): （三） ===============================================================
g.neg("（三）加快创新要素", "（三）", MARKER_NOTE)

# ==== line 11 (source 32): 推动高水平科技创新 ====================================================
g.neg("每万人口高价值", "万人", "per-10,000-people basis inside the metric name 每万人口高价值"
      "发明专利拥有量, not a count (as wr_anhui_2025)")
fact("拥有量达到12件", "12件", value=12, unit="count", kind="count", classifier="件",
     metric="每万人口高价值发明专利拥有量",
     metric_alts=["每万人口高价值发明专利", "高价值发明专利拥有量", "每万人高价值发明专利拥有量",
                  "每万人口发明专利拥有量"], **PLAN_END,
     note="达到 → eq; 拥有量 is a stock: the instant at the end of the 2025 frame, the year and "
          "null as alts; target")
g.neg("推进“三项改革”", "三项", LABEL_NOTE + " (“三项改革”, the province's named package of "
      "research-results reforms, in quotes), not a count claim — judgement call")
g.neg("提升资产单列", "单列", "lexicalized 单列 'listed separately' (资产单列 of research "
      "results), not a quantity")
g.neg("组建一批企业牵头", "一批", VAGUE_NOTE)
fact("新建20家中试基地", "20家", value=20, unit="count", kind="count", classifier="家",
     metric="中试基地和概念验证中心",
     metric_alts=new("中试基地和概念验证中心", "新建中试基地和概念验证中心", "中试基地",
                     "概念验证中心"), **PLAN_SET,
     note="新建 N: 增量 alts (README §3); " + PLAN_NOTE + "; the end instant as a further alt")
fact("靶向攻关100项", "100项", value=100, unit="count", kind="count", classifier="项",
     metric="关键核心技术",
     metric_alts=["靶向攻关关键核心技术", "攻关关键核心技术", "关键核心技术攻关",
                  "关键核心技术数量"], **PLAN, note=PLAN_NOTE)
fact("新增成果转化企业1000家", "1000家", value=1000, unit="count", kind="count",
     classifier="家", metric="成果转化企业",
     metric_alts=new("成果转化企业", "新增成果转化企业", "科技成果转化企业"), **PLAN,
     note="新增 N: 增量 alts (README §3); " + PLAN_NOTE)
g.neg("制造业单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), a "
      "designation, not a count (as wr_fujian_2025)")
fact("技术合同成交额5000亿元以上", "5000亿元", value=5e11, unit="CNY", kind="amount",
     bound="ge", metric="技术合同成交额",
     metric_alts=["技术合同成交金额", "技术合同交易额", "技术合同成交"], **PLAN,
     note="以上 → ge; " + PLAN_NOTE)

# ==== line 12 (source 33): 强化高质量教育支撑 ====================================================
g.neg("推进“双高计划”", "双高", LABEL_NOTE + " (“双高计划”: high-level vocational schools "
      "and programmes, as wr_hunan_2025_b)")
g.neg("打造一批省级", "一批", VAGUE_NOTE)

# ==== line 13 (source 34): 建设高素质人才队伍 ====================================================
fact("建设20个引智示范基地", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="引智示范基地",
     metric_alts=new("引智示范基地", "建设引智示范基地"), **PLAN_SET,
     note="bases to be built in 2025; 增量 alts (README §3); " + PLAN_NOTE
          + "; the end instant as a further alt")
g.neg("与生产一线对接", "一线", "lexicalized 一线 'front line (of production)', not a "
      "quantity")
g.neg("“新八级工”", "八级", LABEL_NOTE + " (“新八级工”: the eight-grade vocational skill "
      "ladder, a system name), not a count")

# ==== line 14 (source 35): （四） ===============================================================
g.neg("（四）深入推进", "（四）", MARKER_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shaanxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief: 重点做好以下9项工作：, task （一） (提高投资效益, 大力提振消费), task （二） (优势产业, "
    "传统产业, 未来产业, 现代服务业), task （三） (科技创新, 教育, 人才) and the heading of task "
    "（四）. The excerpt lies in part 二、2025年工作安排 (source line 18; 今年 = 2025 on source "
    "line 19), after the 主要预期目标 (source line 20, annotated in wr_shaanxi_2025): the plan "
    "for 2025, so the numbers are targets of 2025. No overlap with wr_shaanxi_2025 (lines "
    "12-21) or wr_shaanxi_2025_b (8-10). Title and dateline are outside the excerpt "
    "(title_in_text=False; title as the source's first line). Date: 2025-01-16, the delivery "
    "date in the report's header (source line 3: 2025年1月16日在陕西省第十四届人民代表大会第三次"
    "会议上), as the shared meta. Place: 陕西省 (陕西, 全省 → alts); projects own their "
    "capacities (延长千万吨炼化项目, 甲醇制乙醇项目, 榆能西南热电项目; the province as alt). "
    "Periods: lines without a period take the section frame 2025 (period text 2025年, the "
    "heading's), null as alt; 全年 (line 6, 力争全年原煤产量…) is explicit and governs the rest "
    "of that line; 年内 governs 3条 (高速) in line 3; 每万人口高价值发明专利拥有量达到12件 (a "
    "stock) → instant 2025-12-31 with the year and null as alts; things to be built (capacities "
    "of projects completed in 2025, 20家中试基地, 20个引智示范基地) → the year with the end "
    "instant as a further alt. Modality: target throughout. Bounds: 以上 → ge (5000亿元 ×2, "
    "4500亿元, 6.5%, 6%, 8家), 左右 → approx (30%); otherwise eq (千万吨 as written). Units: "
    "亿元 1e8; 亿吨 1e8 t; 亿方 → 1e8 m3; 万千瓦 1e7 W; 亿千瓦时 1e8 kWh. Judgement calls: 9项 "
    "(以下9项工作) a discourse count (negative); 千万吨炼化 / 50万吨甲醇制乙醇 / 70万千瓦热电 → "
    "project capacities (SPEC §1); 能源工业增长 → metric 能源工业 (增加值 as alt); 麟法等3条高速 "
    "→ a count (one named with 等); “三项改革” a label (negative); 新增1个 → a count. "
    "Negatives: 9项, （一）…（四）, 两重, 两新, 二期, 两用, 双一流, 15号线, 首发, 一期, 第三代, "
    "五篇大文章, 万人 (每万人口), 三项, 单列, 一批 ×2, 单项, 双高, 一线, 八级. Lexicalized, not "
    "listed: 进一步, 统一, 半导体.")

g.write(date=REF, source=f"shared/texts/work_report/wr_shaanxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：陕西日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
