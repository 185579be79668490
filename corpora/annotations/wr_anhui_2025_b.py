"""Gold annotations for wr_anhui_2025_b (2025年安徽省政府工作报告, the 2025 part), lines 33-46
of shared/texts/work_report/wr_anhui_2025.txt.

The excerpt corpora/wr_anhui_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 二、2025年工作总体要求和主要目标任务, its
opening paragraph (今年是…“三地一区”…), the 经济社会发展的主要预期目标 (source line 35), the
two 做好今年工作 paragraphs, 实现今年目标…, the heading 三、2025年重点工作, its opening line,
and task （一）持续用力扩大内需 with its three paragraphs (提振消费, 有效投资, 双招双引), then
the heading of task （二）.  Lines 33-46 make 2,219 characters; adding line 47 would make
2,529 (over 2,500), and starting at line 35 (lines 35-48, 2,483) would drop both headings
that frame the targets and tasks.  Lines 6-16 are annotated in wr_anhui_2025 (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_anhui_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_anhui_2025_b"
PLACE = "安徽省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_anhui_2025.txt"
FIRST, LAST = 33, 46                    # 1-based, inclusive, whole lines
TITLE = "2025年安徽省政府工作报告"
AH_ALTS = ["安徽", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2025年工作总体要求和主要目标任务",
                 ends="强化教育科技人才基础性、战略性支撑。")
text = g.text
fact = g.with_subject(PLACE, AH_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_NOTE = "set label N大 (README §2 八大), not a count claim"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
CLASS_NOTE = ("class label {} naming the kind of cluster to be fostered, no count or amount "
              "attached (as 千亿级、百亿级 in doc002 / nw_cctv_20250916_jilin_heilongjiang_2025)")

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# Line 1 of the excerpt is the heading 二、2025年工作总体要求和主要目标任务: the targets of
# line 3 (经济社会发展的主要预期目标) state no period of their own (今年 of line 2 does not
# cross the line), so they take the heading's frame: period text 2025年,
# 2025-01-01..2025-12-31, null as alt (as wr_neimenggu_2025 / wr_xizang_2025); modality
# target.  Line 8 is the heading 三、2025年重点工作: the tasks after it are plans for 2025 →
# target; a line without a period expression takes that heading's frame (period text
# 2025年, null as alt); 全年 (= 2025 in this part) opens the clause of 1000个 and governs it.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
TARGET = dict(period=S25, period_alts=[S25_NULL], modality="target")
TARGET_NOTE = ("主要预期目标 → target; section frame of the heading 二、2025年工作总体要求和"
               "主要目标任务 (2025), null as alt")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 三、2025年重点工作 (2025), null as alt")
Y25 = P("全年", "2025-01-01", "2025-12-31")


# ---- line 1: heading 二、 ----------------------------------------------------------------------
g.neg("二、2025年工作总体", "二、", MARKER_NOTE)
g.neg("二、2025年工作总体", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "targets, 2025; the period text of the targets)")

# ---- line 2: 今年是… (no facts) -----------------------------------------------------------------
g.neg("精神的重要一年", "一年", "'an important year' (the year 2025), not a duration fact (as "
      "wr_henan_2025)")
g.neg("也是“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("在打造具有重要影响力的“三地一区”", "三地一区", LABEL_NOTE + " (“三地一区”: the "
      "province's four strategic positions)")

# ---- line 3: 主要预期目标 (2025) ----------------------------------------------------------------
fact("地区生产总值增长5.5%以上", "5.5%", value=5.5, unit="%", kind="growth", bound="ge",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "全省地区生产总值", "经济增长", "经济增速"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 以上 → ge (outside the span)")
fact("劳动生产率16.8万元/人左右", "16.8万元/人", value=168000, unit="CNY", kind="amount",
     bound="approx", metric="全员劳动生产率",
     metric_alts=["劳动生产率", "人均劳动生产率", "全员劳动生产率（万元/人）"], **TARGET,
     note="value added per employed person: base unit CNY, the rate 'per person' in the "
          "metric (SPEC rates; as 万元/人 in sr_nbs_industrial_profits_2021m11); the span keeps "
          "/人; 左右 → approx")
fact("投入强度2.85%左右", "2.85%", value=2.85, unit="%", kind="share", bound="approx",
     metric="研究与试验发展经费投入强度",
     metric_alts=["研发经费投入强度", "R&D经费投入强度", "研发投入强度", "投入强度",
                  "全社会研发投入强度", "研发经费投入占GDP比重"], **TARGET,
     note="R&D spending as a share of GDP → share; 左右 → approx")
fact("固定资产投资增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=["全省固定资产投资", "固定资产投资增速"],
     comparison="yoy", **TARGET, note="左右 → approx")
fact("工业增加值增长7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="规上工业增加值", metric_alts=["规模以上工业增加值", "工业增加值"],
     comparison="yoy", **TARGET, note="左右 → approx")
fact("零售总额增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note="左右 → approx")
fact("进出口总额增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="进出口总额", metric_alts=["进出口", "进出口总值", "外贸进出口"],
     comparison="yoy", **TARGET, note="左右 → approx")
fact("预算收入增长2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **TARGET, note="左右 → approx")
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share (SPEC §2); 左右 → approx")
fact("城镇新增就业68万人左右", "68万人", value=680000, unit="count", kind="count",
     classifier="人", bound="approx", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业"], **TARGET, note="左右 → approx")
fact("涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level; 左右 → approx")

# ---- line 4: 做好今年工作，…“三地一区”是引领 (no facts) -------------------------------------------
g.neg("打造具有重要影响力的“三地一区”是引领", "三地一区", LABEL_NOTE + " (“三地一区”)")
g.neg("要推进一批牵动性", "一批", VAGUE_NOTE)
g.neg("实施一批重大科技项目", "一批", VAGUE_NOTE)
g.neg("推出一批原创性", "一批", VAGUE_NOTE)
g.neg("推动三大科创引领高地", "三大", SET_NOTE + " (三大科创引领高地, as wr_anhui_2025)")
g.neg("大力实施首创性", "首创", "adjective 首创性 'pioneering', not a rank or count")
g.neg("加快培育千亿级、五百亿级", "千亿级", CLASS_NOTE.format("千亿级"))
g.neg("千亿级、五百亿级外向型", "五百亿级", CLASS_NOTE.format("五百亿级"))
g.neg("东西双向互济", "双向", "双向 'two-way' (opening in both directions), not a quantity")
g.neg("以共建长三角美丽中国", "长三角", PLACE_NOTE.format("长三角, the Yangtze River Delta"))

# ---- line 5: 做好今年工作，推动经济持续回升向好 (no facts) ---------------------------------------------
g.neg("经济增速在长三角地区", "长三角", PLACE_NOTE.format("长三角"))

# ---- lines 6-7: 各位代表！ 实现今年目标… (no numerals) -----------------------------------------------

# ---- line 8: heading 三、 ----------------------------------------------------------------------
g.neg("三、2025年重点工作", "三、", MARKER_NOTE)
g.neg("三、2025年重点工作", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "tasks, 2025; the period text of the task facts without a period of their own)")

# ---- line 10: （一）持续用力扩大内需 (no facts) ---------------------------------------------------
g.neg("（一）持续用力", "（一）", MARKER_NOTE)
g.neg("需求不足这一主要矛盾", "这一", "demonstrative 这一 'this', not a quantity")
g.neg("坚持供需两侧协同", "两侧", "两侧 'both sides' (supply and demand), not a quantity")

# ---- line 11: 实施提振消费专项行动 ---------------------------------------------------------------
fact("消费新场景100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="皖美消费新场景",
     metric_alts=new("皖美消费新场景", "培育皖美消费新场景", "消费新场景", "新场景"), **PLAN,
     note="scenes to be fostered (培育) in 2025, count of the new units (README §3, 增量 "
          "alts); " + PLAN_NOTE)
fact("直播电商基地10个以上", "10个", value=10, unit="count", kind="count", classifier="个",
     bound="ge", metric="特色产业带直播电商基地",
     metric_alts=new("特色产业带直播电商基地", "建设特色产业带直播电商基地", "直播电商基地"),
     **PLAN, note="以上 → ge (outside the span); bases to be built (建设) in 2025")
g.neg("积极发展银发经济、首发经济", "首发", "label 首发经济 ('debut economy', first launches), "
      "not a rank or count")
g.neg("引进全国首店", "首店", "store type 首店 ('first store' of a brand in the area), part of "
      "the counted noun, not a rank or count (as wr_neimenggu_2025)")
g.neg("省市首店200个", "首店", "store type 首店, part of the counted noun (see 全国首店)")
fact("省市首店200个以上", "200个", value=200, unit="count", kind="count", classifier="个",
     bound="ge", metric="全国首店、省市首店",
     metric_alts=["首店", "引进全国首店、省市首店", "引进首店", "全国首店和省市首店",
                  "首店数量", "引进首店数量", "全国首店、省市首店数量"], **PLAN,
     note="以上 → ge (outside the span); stores to be brought in (引进) in 2025: the store types "
          "name the counted set (as 新引进首店、旗舰店 in wr_neimenggu_2025); " + PLAN_NOTE)

# ---- line 12: 深入实施有效投资专项行动 -------------------------------------------------------------
g.neg("国债支持“两重”", "两重", LABEL_NOTE + " (两重: 国家重大战略实施和重点领域安全能力建设)")
g.neg("新开工亿元以上", "亿元", "threshold defining the counted projects (亿元以上重点项目, "
      "SPEC §2: 亿元以上项目), part of the metric of 1000个")
fact("重点项目1000个以上", "1000个", value=1000, unit="count", kind="count", classifier="个",
     bound="ge", metric="亿元以上重点项目",
     metric_alts=["新开工亿元以上重点项目", "重点项目", "新开工重点项目", "亿元以上重点项目数量",
                  "新开工亿元以上重点项目数量", "新开工项目"],
     period=Y25, period_alts=[P("全年", None, None)], modality="target",
     note="以上 → ge (outside the span); projects to start construction (新开工) in 2025; "
          "the threshold 亿元以上 is part of the metric (SPEC §2, as 10亿元以上制造业项目 in "
          "wr_anhui_2025); 全年 (= 2025) opens the clause and governs it, null as alt")

# ---- line 13: 进一步提升“双招双引”质效 (no facts) -------------------------------------------------
g.neg("提升“双招双引”质效", "双招双引", LABEL_NOTE + " (“双招双引”: 招商引资、招才引智)")
g.neg("聚焦十大新兴产业", "十大", SET_NOTE + " (十大新兴产业, the province's ten emerging "
      "industries named as a group)")
g.neg("“一群一策”", "一群一策", LABEL_NOTE + " (“一群一策” 'one policy per cluster')")
g.neg("以高水平“双招双引”", "双招双引", LABEL_NOTE + " (“双招双引”)")

# ---- line 14: （二）下好创新先手棋 (no facts) -----------------------------------------------------
g.neg("（二）下好创新", "（二）", MARKER_NOTE)

NOTES = (
    "Excerpt: lines 33-46 of shared/texts/work_report/wr_anhui_2025.txt (2,219 characters "
    "with the final newline), sliced by code: the heading 二、2025年工作总体要求和主要目标任务, "
    "今年是…“三地一区”…, the 经济社会发展的主要预期目标 (source line 35), the two 做好今年工作 "
    "paragraphs, 各位代表！, 实现今年目标…, the heading 三、2025年重点工作, its opening line, "
    "task （一）持续用力扩大内需 (提振消费, 有效投资, 双招双引) and the heading of task （二）. "
    "Lines 6-16 are annotated in wr_anhui_2025 (no overlap). Adding line 47 would make 2,529 "
    "characters; lines 35-48 (2,483) would drop both headings. Title, source line and dateline "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-20, the delivery date in the report's header (source line 3: 2025年1月20日在安徽省"
    "第十四届人民代表大会第三次会议上…), as wr_anhui_2025. Place: 安徽省 (安徽, 全省, 我省 → "
    "alts). Periods: the targets (line 3) state no period (今年 of line 2 does not cross the "
    "line): frame of the heading 二、2025年…, period text 2025年, 2025-01-01..2025-12-31, null as "
    "alt; the tasks after 三、2025年重点工作 take that heading's frame (2025年, null as alt); "
    "全年 (= 2025) governs 1000个. Modality: targets and tasks → target. Bounds: 以上 → ge; "
    "左右 → approx. Units: 16.8万元/人 → 168000 CNY (per person in the metric 全员劳动生产率, "
    "span with /人). Judgement calls: 研究与试验发展经费投入强度 → share; 全国首店、省市首店"
    "200个以上 → one count, 首店 ×2 negatives (store type, as wr_neimenggu_2025); 亿元 of "
    "亿元以上重点项目 → threshold (negative) in the metric of 1000个; 千亿级、五百亿级外向型产业"
    "集群 → class labels (negatives, no count given); 首创性, 首发经济 → adjective/label "
    "(negatives); the qualitative targets (收入增速高于全国平均水平, 完成国家下达目标任务) carry "
    "no number and are not annotated. Negatives: 二、, 2025年 ×2, 一年, 十四五, 三地一区 ×2, "
    "一批 ×3, 三大, 首创, 千亿级, 五百亿级, 双向, 长三角 ×2, 三、, （一）, 这一, 两侧, 首发, "
    "首店 ×2, 两重, 亿元, 双招双引 ×2, 十大, 一群一策, （二）. Lexicalized, not listed: "
    "一般 (一般公共预算收入), 单位 (单位地区生产总值能耗), 零售, 清单 ×3, 进一步 ×3, 一体 ×2.")

g.write(date=REF, source=f"shared/texts/work_report/wr_anhui_2025.txt lines {FIRST}–{LAST} "
        "(来源：省政府政策研究室)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
