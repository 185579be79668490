"""Gold annotations for wr_neimenggu_2025_e (2025年内蒙古自治区政府工作报告, 2025 tasks （七）-（十）),
lines 46-56 of shared/texts/work_report/wr_neimenggu_2025.txt.

The excerpt corpora/wr_neimenggu_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last paragraph of task （七）助企行动 (诚信建设: the
“高效办成一件事” and “全区通办” items to be launched this year), task （八）区域合作深化行动 in
full (heading; 对外开放: exports, 中欧班列, port freight, foreign trade, the 20 open ports and
their projects; 区域间合作: 京蒙合作; 区内协调发展: the eastern and western leagues), task
（九）生态安全屏障 in full (heading; “三北”工程: sand control, roads through the desert, new-energy
capacity; 节水行动: irrigation, counties, water saved, reuse rates; 蓝天碧水净土; 节能降碳) and
the heading of task （十） (民生实事; no figure).  The line range (46-56, 2,260 characters)
was given by the brief: it imitates how test excerpts are cut.  Lines 2-8, 10-16, 18-28 and
30-36 are annotated in wr_neimenggu_2025_c, wr_neimenggu_2025, wr_neimenggu_2025_d and
wr_neimenggu_2025_b (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_neimenggu_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_neimenggu_2025_e"
PLACE = "内蒙古自治区"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_neimenggu_2025.txt"
FIRST, LAST = 46, 56                    # 1-based, inclusive, whole lines
TITLE = "2025年内蒙古自治区政府工作报告"
NM_ALTS = ["内蒙古", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="诚信建设重在常治长效",
                 ends="优化就业、教育、医疗等公共服务供给。")
text = g.text
fact = g.with_subject(PLACE, NM_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
LEX_NOTE = "lexicalized {} ('{}'), not a quantity"
PLACE_NOTE = "place name {} (二 is part of the name), not a quantity (as wr_neimenggu_2025_c)"
REGION_NOTE = ("region name {} (a fixed grouping of 内蒙古's leagues and cities, like 东北三省; "
               "as 蒙东五盟市 in nw_cctv_20240428_northeast_2024), not a count")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 14, outside the
# excerpt): the plan for 2025.  Line 1 (source 46) names 今年 (= 2025) before its numbers:
# it governs that line (period text 今年, 2025-01-01..2025-12-31, null as alt).  Lines 2-10
# (source 47-55) state no period: they take the section frame of the heading 二、2025年工作安排
# (2025, same dates, null as alt); as in wr_neimenggu_2025_d the heading lies outside the
# excerpt, so the period text is the excerpt's own name of that year, 今年.  Rates to be
# reached (再生水利用率, 矿井疏干水利用率) → the year with the year-end instant as alt (as the
# shares to be reached in wr_neimenggu_2025_b).  The present stock stated as a fact in the plan
# (我区有20个对外开放口岸) → actual, the frame 2025 with null and the reference-date instant as
# alts (as wr_neimenggu_2025_d).  Line 11 (source 56) names 去年 and 今年 but holds no figure.
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
T25_NOW = P("今年", REF, REF)
TODAY = dict(period=T25, period_alts=[T25_NULL], modality="target")
PLAN = dict(period=T25, period_alts=[T25_NULL], modality="target")
PLAN_LEVEL = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
NOWSTOCK = dict(period=T25, period_alts=[T25_NULL, T25_NOW])
TODAY_NOTE = "task for 2025 → target; 今年 (= 2025) stands before the number in its line"
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (source line 14, 2025; period text 今年, the excerpt's name of "
             "that year), null as alt")

# ---- line 1 (source 46): 诚信建设 (end of task （七）) -------------------------------------------
ITEMS = ["“高效办成一件事”", "高效办成一件事事项", "高效办成一件事", "推出“高效办成一件事”事项",
         "“高效办成一件事”重点事项"]
fact("再推出30个", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="“高效办成一件事”事项", metric_alts=new("“高效办成一件事”事项", *ITEMS), **TODAY,
     note="再推出 N: items to be launched in 2025 (增量 alts, README §3); 事项 written once after "
          "the list goes with both counts; " + TODAY_NOTE)
g.neg("“高效办成一件事”、", "一件事", "service-programme name 高效办成一件事, not a count (as "
      "wr_beijing_2025 / wr_chongqing_2025_d)")
fact("150项“全区通办”", "150项", value=150, unit="count", kind="count", classifier="项",
     metric="“全区通办”事项",
     metric_alts=new("“全区通办”事项", "全区通办事项", "“全区通办”", "全区通办",
                     "推出“全区通办”事项"), **TODAY,
     note="再推出 shared; " + TODAY_NOTE)
g.neg("让每一名干部", "一名", "每一名 'every single (cadre)', a quantifier, not a quantity "
      "(as 每一位 in wr_neimenggu_2025_d)")

# ---- line 2 (source 47): heading （八） -------------------------------------------------------
g.neg("（八）抓好区域合作", "（八）", MARKER_NOTE)
g.neg("强化双向交流合作", "双向", LEX_NOTE.format("双向", "two-way"))

# ---- line 3 (source 48): 对外要扩大高水平开放 ------------------------------------------------------
g.neg("共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a quantity")
g.neg("扩大二手车", "二手", LEX_NOTE.format("二手", "second-hand (二手车 used cars)"))
g.neg("、“新三样”、中间品", "新三样", LABEL_NOTE + " (“新三样”, the set label of the new three "
      "export products, as wr_neimenggu_2025_c)")
g.neg("培育一批跨境电商", "一批", VAGUE_NOTE)
g.neg("布局一批重点贸易伙伴", "一批", VAGUE_NOTE)
fact("到发中欧班列突破500列", "500列", value=500, unit="count", kind="count",
     classifier="列", bound="gt", metric="到发中欧班列",
     metric_alts=["中欧班列", "中欧班列到发", "中欧班列开行", "到发中欧班列列数",
                  "中欧班列到发量", "中欧班列开行数量", "中欧班列到发列数"], **PLAN,
     note="力争 → target; 突破 → gt (outside the span); trains arriving and departing in 2025 "
          "(a flow of the year); " + PLAN_NOTE)
fact("口岸货运量超过1.3亿吨", "1.3亿吨", value=1.3e8, unit="t", kind="amount", bound="gt",
     metric="口岸货运量",
     metric_alts=["陆路口岸货运量", "全区口岸货运量", "口岸过货量", "货运量"], **PLAN,
     note="力争 shared → target; 超过 → gt (outside the span); 亿吨 = 1e8 t (2024: 超1.2亿吨, "
          "source line 10); " + PLAN_NOTE)
fact("进出口总额超过2200亿元", "2200亿元", value=2200e8, unit="CNY", kind="amount",
     bound="gt", metric="外贸进出口总额",
     metric_alts=["进出口总额", "外贸进出口", "进出口", "进出口总值", "外贸进出口总值"], **PLAN,
     note="力争 shared → target; 超过 → gt (outside the span); " + PLAN_NOTE)
fact("我区有20个对外开放口岸", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="对外开放口岸",
     metric_alts=["口岸", "对外开放口岸数量", "开放口岸", "开放口岸数量"], **NOWSTOCK,
     note="我区有 N: the ports open now, a present stock stated as a fact in the plan section "
          "→ actual; the line states no period: section frame 2025 (as the present stocks of "
          "wr_neimenggu_2025_d), null and the reference-date instant as alts")
g.neg("中蒙二连浩特", "二连浩特", PLACE_NOTE.format("二连浩特 (Erenhot)"))
g.neg("准轨增二线", "二线", "part of the project name 满洲里铁路口岸准轨增二线 ('adding a second "
      "standard-gauge track'), a project label, not a quantity — judgement call")
g.neg("、二连浩特公路口岸", "二连浩特", PLACE_NOTE.format("二连浩特"))
g.neg("公路口岸第二通道", "第二", "ordinal inside the project name 二连浩特公路口岸第二通道 "
      "('second passage'), a label, not a rank")
g.neg("完成满洲里、二连浩特", "二连浩特", PLACE_NOTE.format("二连浩特"))

# ---- line 4 (source 49): 对内要深化区域间合作 ------------------------------------------------------
g.neg("京津冀、长三角", "长三角", "place name (Yangtze River Delta), not a quantity")
g.neg("和东三省等地区", "东三省", "region name 东三省 (the three north-eastern provinces), not a "
      "count (as 东北三省 in nw_cctv_20240428_northeast_2024)")
g.neg("“六个倍增计划”", "六个倍增计划", LABEL_NOTE + " (the quoted name “六个倍增计划” of the "
      "京蒙 cooperation) — judgement call; a count of 6 plans is the alternative reading")
g.neg("“四项行动”", "四项行动", LABEL_NOTE + " (the quoted name “四项行动”) — judgement call; "
      "a count of 4 actions is the alternative reading")
g.neg("形成一批新成果", "一批", VAGUE_NOTE)

# ---- line 5 (source 50): 区内要坚持差异化协调发展 ----------------------------------------------------
g.neg("东部五盟市", "五盟市", REGION_NOTE.format("东部五盟市"))
g.neg("西部三盟市", "三盟市", REGION_NOTE.format("西部三盟市"))

# ---- line 6 (source 51): heading （九） -------------------------------------------------------
g.neg("（九）以治沙和节水", "（九）", MARKER_NOTE)

# ---- line 7 (source 52): “三北”工程攻坚战 ---------------------------------------------------------
g.neg("持续打好“三北”工程", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity")
SAND = ["治沙面积", "完成治沙", "防沙治沙", "治沙规模", "治沙任务"]
fact("完成治沙2000万亩以上", "2000万亩", value=2000e4, unit="mu", kind="amount", bound="ge",
     metric="治沙", metric_alts=SAND, **PLAN,
     note="完成 → target (plan); 以上 → ge (outside the span); 亩 stays mu (SPEC §3); the "
          "year's sand control (a flow); " + PLAN_NOTE)
fact("建设穿沙公路2500公里", "2500公里", value=2.5e6, unit="m", kind="amount",
     metric="穿沙公路",
     metric_alts=["穿沙公路里程", "建设穿沙公路", "穿沙公路长度", "新建穿沙公路"], **PLAN,
     note="公里 = 1e3 m; " + PLAN_NOTE)
PROG_NOTE = ("under 继续推进防沙治沙和风电光伏一体化工程 (the programme named before the list); "
             "the region keeps the subject (as wr_neimenggu_2025_c 治沙238万亩); ")
fact("新建新能源装机1500万千瓦", "1500万千瓦", value=1500e7, unit="W", kind="amount",
     metric="新建新能源装机",
     metric_alts=["新能源装机", "新能源新增装机", "新建新能源装机容量", "新能源装机增量",
                  "防沙治沙和风电光伏一体化工程新建新能源装机", "风电光伏装机"], **PLAN,
     note="万千瓦 = 1e7 W; capacity to be built in 2025 (a flow); " + PROG_NOTE + PLAN_NOTE)
fact("1500万千瓦、治沙140万亩", "140万亩", value=140e4, unit="mu", kind="amount",
     metric="治沙",
     metric_alts=SAND + ["防沙治沙和风电光伏一体化工程治沙", "一体化工程治沙"], **PLAN,
     note="verb 新建 does not reach it: 治沙 N is its own clause of the list; " + PROG_NOTE
          + PLAN_NOTE)

# ---- line 8 (source 53): 深入实施节水行动 --------------------------------------------------------
g.neg("我区一方面缺水", "一方面", "discourse marker 一方面 (README §2), not a quantity")
g.neg("，一方面用水方式", "一方面", "discourse marker 一方面 (README §2), not a quantity")
fact("节水灌溉面积200万亩", "200万亩", value=200e4, unit="mu", kind="amount",
     metric="新建高效节水灌溉面积",
     metric_alts=["高效节水灌溉面积", "高效节水灌溉", "新建高效节水灌溉", "节水灌溉面积",
                  "高效节水灌溉面积增量"], **PLAN,
     note="亩 stays mu; " + PLAN_NOTE)
fact("节水增粮推进县20个", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="节水增粮推进县",
     metric_alts=new("节水增粮推进县", "创建节水增粮推进县", "推进县"), **PLAN,
     note="创建 N: counties to be designated in 2025 (增量 alts, README §3); " + PLAN_NOTE)
fact("新增节水2.7亿立方米以上", "2.7亿立方米", value=2.7e8, unit="m3", kind="amount",
     bound="ge", metric="新增节水",
     metric_alts=["节水量", "新增节水量", "节水", "农业新增节水", "农业节水量"], **PLAN,
     note="力争 → target; 以上 → ge (outside the span); 亿立方米 = 1e8 m3; water saved in "
          "agriculture (the sentence's field); " + PLAN_NOTE)
g.neg("确保万元GDP用水量", "万元", "per-10,000-yuan basis inside the indicator name 万元GDP用水量 "
      "(an intensity's denominator), not an amount")
g.neg("、万元工业增加值用水量", "万元", "per-10,000-yuan basis inside the indicator name "
      "万元工业增加值用水量, not an amount")
g.neg("完成“十四五”控制目标", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("改造建设一批节水设施", "一批", VAGUE_NOTE)
REUSE_SUBJ = NM_ALTS + ["黄河流域", "内蒙古黄河流域", "全区黄河流域"]
fact("再生水利用率达到60%以上", "60%", value=60, unit="%", kind="share", bound="ge",
     metric="黄河流域再生水利用率",
     metric_alts=["再生水利用率", "再生水利用比例", "黄河流域再生水利用比例"],
     subject_alts=REUSE_SUBJ, **PLAN_LEVEL,
     note="力争 → target; 达到…以上 → ge (outside the span); a rate → share (SPEC §2); the "
          "region's part of the Yellow River basin: the region keeps the subject, 黄河流域 in "
          "the metric and as subject alt; the rate of 2025, year end as alt; " + PLAN_NOTE)
fact("疏干水利用率达到70%以上", "70%", value=70, unit="%", kind="share", bound="ge",
     metric="矿井疏干水利用率",
     metric_alts=["黄河流域矿井疏干水利用率", "疏干水利用率", "矿井水利用率",
                  "矿井疏干水利用比例"],
     subject_alts=REUSE_SUBJ, **PLAN_LEVEL,
     note="力争 shared → target; 达到…以上 → ge (outside the span); judgement call: 黄河流域 may "
          "scope this rate too (alt metric); the rate of 2025, year end as alt; " + PLAN_NOTE)

# ---- line 9 (source 54): 蓝天碧水净土保卫战 -------------------------------------------------------
g.neg("河湖库“清四乱”", "清四乱", LABEL_NOTE + " (“清四乱”: clearing the four kinds of "
      "encroachment on rivers and lakes)")
g.neg("加强“一湖两海”", "一湖两海", LABEL_NOTE + " (“一湖两海”: 乌梁素海, 岱海, 呼伦湖 — a name "
      "of the lakes, as wr_neimenggu_2025_c)")
g.neg("农业“四控”行动", "四控", LABEL_NOTE + " (农业“四控”: control of water, fertiliser, "
      "pesticide and film use)")

# ---- line 10 (source 55): 节能降碳绿色发展 -------------------------------------------------------
g.neg("碳排放“双控”", "双控", LABEL_NOTE + " (碳排放双控: control of total emissions and "
      "intensity)")
g.neg("推动2.0版零碳园区", "2.0版", "version label 2.0版 ('version 2.0'), not a quantity")
g.neg("2.0版零碳园区", "零碳", "label 零碳 ('zero-carbon', README §2), not a quantity")

# ---- line 11 (source 56): heading （十） (no figure) -------------------------------------------
g.neg("（十）以实施就业", "（十）", MARKER_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_neimenggu_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range was "
    "given by the brief (it imitates how test excerpts are cut). It lies in part 二、2025年工作"
    "安排 (the plan for 2025; heading on source line 14, outside the excerpt): the last "
    "paragraph of task （七） (诚信建设: “高效办成一件事”, “全区通办”), task （八）区域合作深化行动 "
    "in full (对外开放: 中欧班列, port freight, foreign trade, the 20 open ports; 京蒙合作; the "
    "eastern and western leagues), task （九）生态安全屏障 in full (“三北”工程: sand control, "
    "desert roads, new-energy capacity; 节水行动: irrigation, counties, water saved, reuse "
    "rates; 蓝天碧水净土; 节能降碳) and the heading of task （十） (no figure). Lines 2-8, 10-16, "
    "18-28 and 30-36 are annotated in wr_neimenggu_2025_c, wr_neimenggu_2025, "
    "wr_neimenggu_2025_d and wr_neimenggu_2025_b (no overlap). Title and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, the "
    "delivery date in the report's header (source line 2: ——2025年1月14日自治区人民政府主席王莉霞"
    "在内蒙古自治区第十四届人民代表大会第三次会议上的讲话), as wr_neimenggu_2025 (the shared meta "
    "leaves the date as 2025). Place: 内蒙古自治区 (内蒙古, 全区, 我区, 自治区 → alts; 黄河流域 as "
    "alt for the reuse rates). Periods: 今年 (= 2025) before the numbers of line 1 governs them "
    "(null as alt); lines 2-10 take the frame of the heading 二、2025年工作安排 (2025-01-01.."
    "2025-12-31, null as alt; the heading lies outside the excerpt, so the period text is the "
    "excerpt's own name of the year, 今年, as wr_neimenggu_2025_d); the reuse rates to be "
    "reached → the year with the year end as alt; 我区有20个对外开放口岸 → actual present stock, "
    "frame 2025 with null and the reference-date instant as alts. Modality: target for the plan "
    "(推出, 力争, 完成, 建设, 新建, 创建); actual for the 20 ports. Bounds: 突破/超过 → gt; 以上 → ge; "
    "the rest eq. Units: 亿吨 1e8 t; 亿元 1e8 CNY; 公里 1e3 m; 万千瓦 1e7 W; 万亩 → mu; 亿立方米 "
    "1e8 m3. Judgement calls: 30个/150项 → counts of items to launch (增量 alts); 事项 written "
    "once goes with both; the two 治沙 figures (2000万亩 overall, 140万亩 in the 防沙治沙和风电光伏"
    "一体化工程) share the metric 治沙 (programme variant as alt); 黄河流域 read as scoping the "
    "再生水 rate (and possibly the 矿井疏干水 rate: alt); “六个倍增计划”, “四项行动”, 东部五盟市, "
    "西部三盟市, 东三省, 增二线, 第二(通道) → labels / names (negatives). Negatives: 一件事, 一名, "
    "（八）, 双向, 一带一路, 二手, 新三样, 一批 ×4, 二连浩特 ×3, 二线, 第二, 长三角, 东三省, "
    "六个倍增计划, 四项行动, 五盟市, 三盟市, （九）, 三北, 一方面 ×2, 万元 ×2, 十四五, 清四乱, "
    "一湖两海, 四控, 双控, 2.0版, 零碳, （十）. Lexicalized, not listed: 进一步, 一体化 ×2, 统筹.")

g.write(date=REF, source=f"shared/texts/work_report/wr_neimenggu_2025.txt lines {FIRST}–{LAST} "
        "(no 来源 line; report delivered 2025-01-14)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
