"""Gold annotations for wr_neimenggu_2025_d (2025年内蒙古自治区政府工作报告, 2025 tasks （一）-（三）),
lines 18-28 of shared/texts/work_report/wr_neimenggu_2025.txt.

The excerpt corpora/wr_neimenggu_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the line announcing the eleven areas of work
(今年要重点做好以下11个方面工作), task （一）实施重大项目谋划行动 in full (investment targets,
project planning, project construction: railways, roads, airports, water works, the ~1400
industrial projects), task （二）提振消费 in full (两新, urbanisation, livelihood services,
the domestic market) and task （三）科技“突围” up to its second paragraph (fiscal S&T
spending, 点位, platforms, the technology-contract target).  The line range (18-28, 2,382
characters) was given by the brief: it imitates how test excerpts are cut.  Lines 2-8, 10-16 and 30-36 are
annotated in wr_neimenggu_2025_c, wr_neimenggu_2025 and wr_neimenggu_2025_b (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_neimenggu_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_neimenggu_2025_d"
PLACE = "内蒙古自治区"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_neimenggu_2025.txt"
FIRST, LAST = 18, 28                    # 1-based, inclusive, whole lines
TITLE = "2025年内蒙古自治区政府工作报告"
NM_ALTS = ["内蒙古", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="今年要重点做好以下11个方面工作。",
                 ends="让更多科技成果在我区转化应用。")
text = g.text
fact = g.with_subject(PLACE, NM_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
ROAD_NOTE = "expressway route number {} (a road's designation), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 亿元以上项目, GDP超过2万亿元的省份), "
               "part of the count's metric, not a fact of its own")
LEX_NOTE = "lexicalized {} ('{}'), not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 14, outside the
# excerpt): the plan for 2025.  今年 (= 2025) is written in lines 1 (今年要重点做好…), 2
# (固定资产投资今年要增长…) and 3 (今年国家“两重”政策…) before their numbers: it governs each
# of those lines (period text 今年, 2025-01-01..2025-12-31, null as alt).  Lines 4, 7, 8, 9
# and the start of line 11 state no period: they take the section frame of the heading
# 二、2025年工作安排 (2025, same dates, null as alt), as wr_neimenggu_2025_b; the heading
# lies outside the excerpt, so the period text is the excerpt's own name of that year, 今年
# (as wr_ningxia_2025 uses its 全年), and every period text occurs in the article.
# Line 11 names 去年 (= 2024) before 5个 (点位 laid out in 2024, actual) and then 今年 before
# the technology-contract target.  每年 (lines 8, 9) is a frequency: period text 每年 with
# start/end null (README §5 table), the 2025 frame as alt.  Present stocks stated as facts
# in the plan (280万 migrant farmers, 63万/158万/40万, 1100多种 products, the ~1400 projects
# already planned) → actual, period the frame 2025 with null and the reference-date instant
# as alts (as 肉羊、玉米2个千亿级产业链 in wr_neimenggu_2025_b).
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
TODAY = dict(period=T25, period_alts=[T25_NULL], modality="target")
S25 = P("今年", "2025-01-01", "2025-12-31")
S25_NULL = P("今年", None, None)
S25_NOW = P("今年", REF, REF)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
NOWSTOCK = dict(period=S25, period_alts=[S25_NULL, S25_NOW])
TODAY_NOTE = "task for 2025 → target; 今年 (= 2025) stands before the number in its line"
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (source line 14, 2025; period text 今年, the excerpt's name of "
             "that year), null as alt")
STOCK_NOTE = ("judgement call: a present state stated as a fact in the plan section → actual; "
              "the line states no period: section frame 2025 (as 肉羊、玉米2个千亿级产业链 in "
              "wr_neimenggu_2025_b), null and the reference-date instant as alts")
EACH = P("每年", None, None)

# ---- line 1 (source 18): 今年要重点做好以下11个方面工作 --------------------------------------------
fact("以下11个方面", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="重点工作方面",
     metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点做好的工作方面",
                  "重点工作方面数量", "方面数量"],
     subject_alts=NM_ALTS + ["自治区人民政府", "政府"], **TODAY,
     note="judgement call: the areas of work planned for 2025 (the eleven tasks （一）…（十一）) "
          "→ a count, as 十个方面 in wr_henan_2025_b; a discourse count (negative, as 五件事 in "
          "wr_neimenggu_2025_b) is the alternative; " + TODAY_NOTE)

# ---- line 2 (source 19): （一） investment -----------------------------------------------------
g.neg("（一）实施重大项目", "（一）", MARKER_NOTE)
FAI = ["全区固定资产投资", "固定资产投资增速", "投资"]
fact("今年要增长10%左右", "10%", value=10, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=FAI, comparison="yoy", **TODAY,
     note="左右 → approx (outside the span); the same target as in the 主要预期目标 (source "
          "line 16); " + TODAY_NOTE)
fact("力争投资突破万亿元大关", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
     metric="固定资产投资",
     metric_alts=["投资", "全区固定资产投资", "固定资产投资规模", "固定资产投资总额",
                  "投资规模"], **TODAY,
     note="力争 → target; 突破…大关 → gt (outside the span; span 万亿元 as 双超万亿元 in "
          "wr_ningxia_2025); 万亿元 = 1e12; 投资 = the 固定资产投资 of the sentence before; the "
          "year's investment (a flow); " + TODAY_NOTE)

# ---- line 3 (source 20): 要精准谋划招引项目 -------------------------------------------------------
g.neg("今年国家“两重”", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力"
      "建设)")
g.neg("编制“十五五”规划", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("规划建设一批产业路", "一批", VAGUE_NOTE)
fact("基础设施投资超过3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount",
     bound="gt", metric="基础设施投资",
     metric_alts=["基础设施项目投资", "基础设施建设投资", "基础设施投资额"], **TODAY,
     note="确保 → target; 超过 → gt (outside the span); 今年 opens the paragraph's second "
          "sentence and governs the line; " + TODAY_NOTE)
g.neg("逐一制定招商方案", "逐一", LEX_NOTE.format("逐一", "one by one"))
fact("引进到位资金5700亿元", "5700亿元", value=5700e8, unit="CNY", kind="amount",
     bound="ge", metric="引进到位资金",
     metric_alts=["到位资金", "引进资金", "招商引资到位资金", "引进到位资金额"],
     subject_alts=NM_ALTS + ["各盟市"], **TODAY,
     note="力争 → target; 以上 → ge (outside the span); the sentence's topic is 各盟市 (the "
          "region's leagues and cities together): the region keeps the subject, 各盟市 as "
          "alt; " + TODAY_NOTE)
IND_INV = ["工业投资额", "全区工业投资", "工业固定资产投资"]
fact("工业投资达到4900亿元左右", "4900亿元", value=4900e8, unit="CNY", kind="amount",
     bound="approx", metric="工业投资", metric_alts=IND_INV, **TODAY,
     note="力争 shared → target; 达到…左右 → approx (outside the span); " + TODAY_NOTE)
fact("左右、增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="工业投资", metric_alts=IND_INV + ["工业投资增速"], comparison="yoy", **TODAY,
     note="以上 → ge (outside the span); " + TODAY_NOTE)

# ---- line 4 (source 21): 要加快项目建设进度 -------------------------------------------------------
g.neg("临哈线、集二线", "集二线", "railway name 集二线 (集宁—二连浩特; 二 abbreviates 二连浩特), "
      "not a quantity")
g.neg("建成S22白永段", "S22", ROAD_NOTE.format("S22"))
g.neg("、S29呼凉高速", "S29", ROAD_NOTE.format("S29"))
g.neg("开工建设G0616海乌段", "G0616", ROAD_NOTE.format("G0616"))
g.neg("、G1817乌巴段", "G1817", ROAD_NOTE.format("G1817"))
g.neg("、S27呼鄂高速", "S27", ROAD_NOTE.format("S27"))
g.neg("引黄入呼三期工程", "三期", PHASE_NOTE.format("三期 (third phase of 引黄入呼)"))
g.neg("引绰济辽一期、二期", "一期", PHASE_NOTE.format("一期"))
g.neg("一期、二期工程", "二期", PHASE_NOTE.format("二期"))
fact("已经谋划的近1400个", "1400个", value=1400, unit="count", kind="count",
     classifier="个", bound="approx", metric="重点工业项目",
     metric_alts=["已经谋划的重点工业项目", "谋划的重点工业项目", "已谋划重点工业项目",
                  "重点工业项目数量", "工业项目"], **NOWSTOCK,
     note="近 → approx (outside the span); the projects already planned (已经谋划) at the time "
          "of the report — the size of an existing set, not a 2025 goal → actual; "
          + STOCK_NOTE)
g.neg("要一个一个盯前期", "一个一个", "reduplicated 一个一个 'one by one' (README §2 一个个), "
      "not a quantity")
g.neg("远景零碳电池", "零碳", "label 零碳 ('zero-carbon', README §2) in the project name "
      "远景零碳电池, not a quantity")
g.neg("零碳电池等一批", "一批", VAGUE_NOTE)
g.neg("一批百亿级项目", "百亿级", THRESH_NOTE + " (百亿级项目: projects of 10 billion yuan "
      "or more; no count is given, 一批)")
g.neg("确保早一天开工", "一天", "idiom 早一天 ('a day earlier', as early as possible), not "
      "a duration fact")
g.neg("早一天达产", "一天", "idiom 早一天 ('a day earlier'), not a duration fact")

# ---- line 5 (source 22): （二） consumption ----------------------------------------------------
g.neg("（二）坚持供需", "（二）", MARKER_NOTE)
g.neg("消费一直是我区", "一直", LEX_NOTE.format("一直", "always"))

# ---- line 6 (source 23): 两新 ---------------------------------------------------------------------
g.neg("扩围实施“两新”", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")

# ---- line 7 (source 24): 新型城镇化 ----------------------------------------------------------------
fact("全区有280万农牧民", "280万", value=2.8e6, unit="count", kind="count", classifier="人",
     metric="在城镇转移就业的农牧民",
     metric_alts=["农牧民", "城镇转移就业农牧民", "在城镇转移就业农牧民", "转移就业农牧民",
                  "农牧民在城镇转移就业", "农牧业转移人口", "转移就业人数"], **NOWSTOCK,
     note="no measure word → classifier 人 (as wr_yunnan_2025 74万); the predicate 在城镇转移"
          "就业 defines the counted set → metric; " + STOCK_NOTE)
g.neg("新一轮农牧业", "一轮", "新一轮 'a new round', not a count")
fact("改造老旧小区1291个", "1291个", value=1291, unit="count", kind="count", classifier="个",
     metric="老旧小区",
     metric_alts=["改造老旧小区", "老旧小区改造", "城镇老旧小区", "老旧小区改造数量",
                  "改造老旧小区数量"], **PLAN, note=PLAN_NOTE)
fact("各类管网1500公里", "1500公里", value=1.5e6, unit="m", kind="amount",
     metric="各类管网",
     metric_alts=["管网", "改造各类管网", "管网改造", "各类管网改造", "管网改造长度",
                  "改造管网长度", "各类管网长度"], **PLAN,
     note="verb 改造 shared with 1291个; 公里 = 1e3 m; " + PLAN_NOTE)
g.neg("再建设一批便民充电桩", "一批", VAGUE_NOTE)

# ---- line 8 (source 25): 民生服务需求 --------------------------------------------------------------
g.neg("我区60岁以上老年人", "60岁", THRESH_NOTE + " (60岁以上老年人: the age threshold of the "
      "counted elderly)")
fact("平均每年新增30万", "30万", value=300000, unit="count", kind="count", classifier="人",
     metric="60岁以上老年人增量",
     metric_alts=["60岁以上老年人", "老年人", "60岁以上老年人年均新增", "新增60岁以上老年人",
                  "60岁以上老年人数量增量", "老年人增量", "老年人口年均新增", "老年人口增量"],
     period=EACH, period_alts=[S25, S25_NULL],
     note="平均每年新增 N: the average yearly increase of the elderly population (SPEC §2 "
          "absolute change → <level>增量, positive); no measure word → classifier 人; 每年 is "
          "a frequency → period text only (README §5: 每年 → start/end null), the 2025 frame "
          "as alt; a statement of fact about the population → actual (judgement call: a "
          "forecast reading for the coming years is possible)")
STOCK_EACH = dict(period=S25, period_alts=[S25_NULL, S25_NOW, EACH])
DEMO_NOTE = ("还有 N: a present stock (a population) → actual; judgement call: 每年 before it is "
             "the frequency of the 30万 increase and does not make these stocks yearly; the "
             "section frame 2025 with null, the reference-date instant and 每年 as alts")
fact("还有63万失能老人", "63万", value=630000, unit="count", kind="count", classifier="人",
     metric="失能老人",
     metric_alts=["失能老年人", "失能老人数量", "失能老人人数"], **STOCK_EACH,
     note="no measure word → classifier 人; " + DEMO_NOTE)
fact("、158万残疾人", "158万", value=1.58e6, unit="count", kind="count", classifier="人",
     metric="残疾人", metric_alts=["残疾人数量", "残疾人人数", "残疾人口"], **STOCK_EACH,
     note="no measure word → classifier 人; " + DEMO_NOTE)
fact("、40万3岁以下", "40万", value=400000, unit="count", kind="count", classifier="人",
     metric="3岁以下婴幼儿",
     metric_alts=["婴幼儿", "3岁以下婴幼儿数量", "三岁以下婴幼儿", "3岁以下婴幼儿人数"],
     **STOCK_EACH,
     note="no measure word → classifier 人; the age threshold 3岁以下 is part of the metric "
          "(own negative); " + DEMO_NOTE)
g.neg("40万3岁以下", "3岁", THRESH_NOTE + " (3岁以下婴幼儿: the age threshold of the counted "
      "infants)")
g.neg("打造一批信得过", "一批", VAGUE_NOTE)
g.neg("“一人带全家”", "一人带全家", "slogan “一人带全家” ('one child brings the whole "
      "family'), not a quantity")

# ---- line 9 (source 26): 国内大循环 ----------------------------------------------------------------
fact("我区1100多种", "1100多种", value=1100, unit="count", kind="count", classifier="种",
     bound="gt", metric="“蒙”字标好产品",
     metric_alts=["“蒙”字标产品", "蒙字标好产品", "蒙字标产品", "“蒙”字标认证产品",
                  "“蒙”字标好产品数量", "好产品"], **NOWSTOCK,
     note="多 inside the span → gt; the region's certified products at present; " + STOCK_NOTE)
g.neg("短视频营销、首发首店", "首发", "label 首发 (首发经济 'debut economy', first launches), "
      "not a rank or count (as wr_henan_2025_b)")
g.neg("首发首店等新模式", "首店", "store type 首店 ('first store' of a brand in the region), "
      "not a rank or count (as wr_neimenggu_2025)")
fact("接待游客近3亿人次", "3亿人次", value=3e8, unit="count", kind="count", classifier="人次",
     bound="approx", metric="接待游客",
     metric_alts=["接待游客人次", "游客", "游客人次", "每年接待游客", "接待游客人数",
                  "旅游接待人次"], period=EACH, period_alts=[S25, S25_NULL],
     note="近 → approx (outside the span); 亿人次 = 1e8; a statement of the usual yearly "
          "number (2024: 2.73亿人次, source line 10) → actual; 每年 → period text only (README "
          "§5), the 2025 frame as alt")
g.neg("让每一位游客", "一位", "每一位 'every single (visitor)', a quantifier, not a quantity")
g.neg("带走一份称心如意", "一份", "indefinite article 一份 'a (gift)' (README §2 一个), not a "
      "quantity")

# ---- line 10 (source 27): （三） science and technology ----------------------------------------
g.neg("（三）持续推进", "（三）", MARKER_NOTE)

# ---- line 11 (source 28): 科技创新贵在持之以恒 ------------------------------------------------------
fact("执行好20%的刚性增长机制", "20%", value=20, unit="%", kind="growth",
     metric="财政科技投入",
     metric_alts=["财政科技投入增速", "财政科技投入增长", "财政科技支出", "科技投入",
                  "财政科技投入刚性增长"], comparison="yoy", **PLAN,
     note="judgement call: the mechanism makes fiscal S&T spending (加大财政科技投入) grow by "
          "20% — read as the growth of 财政科技投入 planned for 2025 (执行好 → target); a "
          "label reading (name of the mechanism, negative) is the alternative; 去年/今年 come "
          "later in the line; " + PLAN_NOTE)
fact("在去年布局5个点位", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="点位",
     metric_alts=["布局点位", "科技“突围”点位", "科技突围点位", "“突围”点位", "点位数量",
                  "布局的点位"],
     period=P("去年", "2024-01-01", "2024-12-31"), period_alts=[P("去年", None, None)],
     note="去年 (= 2024) stands right before the number: the 点位 (priority fields of the 科技"
          "“突围” drive) laid out in 2024 → actual (as 5个点位36项重点任务 in the 2024 "
          "review, source line 8)")
g.neg("再启动一批新点位", "一批", VAGUE_NOTE + "; 今年 (= 2025) before it replaces 去年")
g.neg("企业、单项冠军企业", "单项", LABEL_NOTE + " (单项冠军企业 'single-product champion "
      "firms', a certification title), not a quantity")
fact("技术合同交易额突破百亿", "百亿", value=1e10, unit="CNY", kind="amount", bound="gt",
     metric="技术合同交易额",
     metric_alts=["技术合同成交额", "技术交易额", "“蒙科聚”技术合同交易额", "技术合同交易金额"],
     subject_alts=NM_ALTS + ["“蒙科聚”", "蒙科聚", "“蒙科聚”平台", "蒙科聚平台"],
     period=T25, period_alts=[T25_NULL], modality="target",
     note="力争 → target; 突破 → gt (outside the span); 百亿 = 1e10, 元 implied (as 百亿产业基金 "
          "in wr_neimenggu_2025_b); 今年 earlier in the line (今年在人工智能+…) replaces 去年 and "
          "governs; judgement call: the region's technology-contract value (the sentence "
          "speaks of the 蒙科聚 platform's role) → the region as subject, the platform as alt")
g.neg("建设一批双向科创飞地", "一批", VAGUE_NOTE)
g.neg("一批双向科创飞地", "双向", LEX_NOTE.format("双向", "two-way"))
g.neg("落地一批标志性", "一批", VAGUE_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_neimenggu_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief (it imitates how test excerpts are cut). It lies in part 二、2025年工作安排 (the plan for 2025; heading on "
    "source line 14, outside the excerpt): the line 今年要重点做好以下11个方面工作, task （一）实施"
    "重大项目谋划行动 in full (investment targets; 精准谋划招引项目; 加快项目建设进度), task （二）"
    "提振消费 in full (两新; 新型城镇化; 民生服务需求; 国内大循环) and task （三）科技“突围” up to its "
    "second paragraph (科技创新贵在持之以恒…). Lines 2-8, 10-16 and 30-36 are annotated in "
    "wr_neimenggu_2025_c, wr_neimenggu_2025 and wr_neimenggu_2025_b (no overlap). Title and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first line). "
    "Date: 2025-01-14, the delivery date in the report's header (source line 2: ——2025年1月14日"
    "自治区人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上的讲话), as "
    "wr_neimenggu_2025 (the shared meta leaves the date as 2025). Place: 内蒙古自治区 (内蒙古, "
    "全区, 我区, 自治区 → alts); 各盟市 (5700亿元) and the 蒙科聚 platform (百亿) as subject alts. "
    "Periods: 今年 (= 2025) written before the numbers of lines 1-3 governs them (period text "
    "今年, null as alt); lines without a period take the frame of the heading 二、2025年工作安排 "
    "(2025-01-01..2025-12-31, null as alt; the heading lies outside the excerpt, so the "
    "period text is the excerpt's own name of the year, 今年); 去年 (= 2024) before 5个点位, "
    "then 今年 before the 百亿 target (line 11); 每年 (30万 new elderly a year, 近3亿人次 "
    "visitors a year) → period text only, start/end null (README §5), the 2025 frame as alt. "
    "Modality: target for the plan (确保, 力争, 要…, 改造, 执行好); actual for present states and "
    "past events written as facts: 近1400个 projects already planned, 280万 migrant farmers, "
    "30万/63万/158万/40万 (population), 1100多种 products, 近3亿人次 a year, 5个点位 of 2024. "
    "Bounds: 左右/近 → approx; 突破/超过/多 → gt; 以上 → ge. Units: 万亿元 1e12; 百亿 (元 "
    "implied) 1e10; 亿人次 1e8; 公里 1e3 m; 万 without a measure word for people → classifier 人. "
    "Judgement calls: 11个方面 → a count (as wr_henan_2025_b 十个方面), not a discourse count; "
    "力争投资突破万亿元 → 固定资产投资 level (gt); 20%的刚性增长机制 → growth target of 财政科技"
    "投入; 平均每年新增30万 → 60岁以上老年人增量 with period 每年; the present stocks (280万, 63万, "
    "158万, 40万, 1100多种, 近1400个) → actual under the 2025 frame with the reference-date "
    "instant as alt; 60岁 / 3岁 → age thresholds of the counted sets (negatives); 技术合同交易额 "
    "→ the region (蒙科聚 as alt). Negatives: （一）（二）（三）, 两重, 十五五, 一批 ×7, 逐一, 集二线, "
    "S22, S29, G0616, G1817, S27, 三期, 一期, 二期, 一个一个, 零碳, 百亿级, 一天 ×2, 一直, 两新, "
    "一轮, 60岁, 3岁, 一人带全家, 首发, 首店, 一位, 一份, 单项, 双向. Lexicalized, not listed: "
    "两端 (供需两端), 一体化 ×2, 进一步 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/wr_neimenggu_2025.txt lines {FIRST}–{LAST} "
        "(no 来源 line; report delivered 2025-01-14)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
