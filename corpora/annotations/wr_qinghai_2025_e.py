"""Gold annotations for wr_qinghai_2025_e (2025年青海省政府工作报告, the plan for 2025: the end
of task （三） and the opening of task （四）), lines 32-38 of
shared/texts/work_report/wr_qinghai_2025.txt.

The excerpt corpora/wr_qinghai_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last four
paragraphs of task （三）着力集聚资源要素 (产业“四地”: salt lakes, clean energy — wind, pumped
storage, new-type storage, clean-energy capacity, grid lines —, eco-tourism, farm produce;
绿色算电协同: computing clusters; 新型工业化: new industrial firms, green factories, firms on
the cloud, industrial value added; 现代服务业: no figures), its closing sentence, the heading
of task （四）着力深化改革扩大开放 and its first paragraph (标志性改革: new small firms).  All of it
lies in part 二、2025年目标任务和重点工作 (source line 16, outside the excerpt): the plan for
2025 → modality target.  Lines 7-12, 16-23 and 44-53 are annotated in wr_qinghai_2025 / _b /
_c / _d (no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_qinghai_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_qinghai_2025_e"
PLACE = "青海省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_qinghai_2025.txt"
FIRST, LAST = 32, 38                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年青海省政府工作报告"       # line 1 of the source, outside the excerpt
QH_ALTS = ["青海", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="推动产业“四地”互促共融。",
                 ends="更好发挥规划战略导向作用。")
text = g.text
fact = g.with_subject(PLACE, QH_ALTS)


def own(*parts):
    """subject_alts for a unit inside the province that owns its number, province as alt."""
    return list(parts) + [PLACE] + QH_ALTS


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
CAMPAIGN_NOTE = "name of a multi-year campaign (N年行动), not a duration fact"
ZERO_NOTE = "label 零碳 'zero-carbon' (README §2), not a quantity"
ORD_NOTE = "ordinal inside a name or label ({}), not a rank or count"

# ---- periods (reference date 2025-01-19; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年目标任务和重点工作 (source line 16, outside it): the
# tasks of the report year → modality target.  Lines 1, 2 and 7 (source 32, 33, 38) state no
# period of their own: their facts take the frame of part 二, the plan year 2025 (SPEC §4),
# 2025-01-01..2025-12-31, null in period_alts.  The period text is the excerpt's own name of
# the plan year, 全年 (line 3), as wr_anhui_2025_d: the heading's 2025年 is not in the excerpt
# and only the dates are scored.  Line 3 (source 34) opens its numbers with 全年新增…: 全年
# (= 2025) is explicit and governs the rest of that line (same dates).  Levels of a stock to be
# reached (新型储能超…, 清洁能源装机突破…) are the instant 2025-12-31, the year and null as alts
# (as 拥有量达到 in wr_shaanxi_2025_c); things to be built, connected or added (wind capacity
# connected, a grid line, a computing cluster, green factories) keep the year with the end
# instant as a further alt.
S25 = P("全年", "2025-01-01", "2025-12-31")
S25_NULL = P("全年", None, None)
S25_END = P("全年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
FULL = dict(period=S25, period_alts=[S25_NULL], modality="target")
FULL_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: frame of part 二、2025年目标"
             "任务和重点工作 (2025; period text 全年 as the excerpt names the year), null as alt")
FULL_NOTE = ("task for 2025 → target; 全年 (= 2025) at the head of the line's numbers governs "
             "it (explicit)")
STOCK_NOTE = ("a level of a stock to be reached → the instant 2025-12-31 (the end of the plan "
              "year), the year and null as alts; " + PLAN_NOTE)
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"

# ==== line 1 (source 32): 推动产业“四地”互促共融 ===================================================
g.neg("推动产业“四地”互促共融", "四地", LABEL_NOTE + " (产业“四地”: the province's four "
      "industrial bases — salt-lake industry, clean energy, eco-tourism, green farm produce; "
      "as wr_qinghai_2025_b)")
fact("推动200万千瓦风电", "200万千瓦", value=2e9, unit="W", kind="amount",
     metric="风电全容量并网",
     metric_alts=["风电", "风电并网", "风电并网容量", "风电并网装机", "全容量并网风电",
                  "风电装机", "风电装机容量", "并网风电装机", "风电全容量并网装机"],
     **PLAN_SET,
     note="万千瓦 = 1e7 W (SPEC §3); wind capacity to be connected to the grid in full in 2025 "
          "(a flow of the year); " + SET_NOTE)
fact("德令哈4座抽水蓄能", "4座", value=4, unit="count", kind="count", classifier="座",
     metric="抽水蓄能电站",
     metric_alts=["抽水蓄能电站数量", "建设抽水蓄能电站", "在建抽水蓄能电站",
                  "加快建设抽水蓄能电站"], **PLAN,
     note="a count of the four named stations (哇让、同德、南山口、德令哈) whose building is to "
          "be sped up (加快建设: under construction, not completed in 2025 → no end instant); "
          + PLAN_NOTE)
fact("新型储能超500万千瓦", "500万千瓦", value=5e9, unit="W", kind="amount", bound="gt",
     metric="新型储能",
     metric_alts=["新型储能装机", "新型储能装机规模", "新型储能规模", "新型储能装机容量",
                  "新型储能项目规模"], **PLAN_END,
     note="超 → gt (outside the span); 万千瓦 = 1e7 W; judgement call: the installed "
          "new-type storage to be reached (a stock, as the 清洁能源装机 after it): "
          + STOCK_NOTE)
fact("清洁能源装机突破8200万千瓦", "8200万千瓦", value=8.2e10, unit="W", kind="amount",
     bound="gt", metric="清洁能源装机",
     metric_alts=["清洁能源装机容量", "清洁能源装机规模", "清洁能源发电装机", "清洁能源总装机",
                  "清洁能源电力装机"], **PLAN_END,
     note="突破 → gt (outside the span); 万千瓦 = 1e7 W; installed capacity (a stock; 2024: "
          "电力总装机 7100万千瓦, 94.6% clean): " + STOCK_NOTE)
g.neg("确定第三条绿电外送通道", "第三条", ORD_NOTE.format("第三条 'the third' green-power "
      "export channel after 青豫直流 and 青桂直流") + " — judgement call; a count of 3 channels "
      "would be the alternative reading")
YS = dict(subject="玉树330千伏第二回电源线路",
          subject_alts=own("玉树电源线路", "玉树330千伏电源线路", "第二回电源线路", "玉树"))
fact("建成玉树330千伏", "330千伏", value=330, unit="千伏", kind="amount", metric="电压等级",
     metric_alts=["电压", "输电电压", "线路电压等级"], **YS, **PLAN_SET,
     note="voltage class written into the line's name: a technical magnitude (as 果洛330千伏 "
          "in wr_qinghai_2025_c); 千伏 is no canonical unit → kept as the surface unit (SPEC "
          "§3); the line is to be built (建成) in 2025 → target; " + SET_NOTE)
g.neg("330千伏第二回电源线路", "第二回", ORD_NOTE.format("第二回 'second circuit' of the "
      "line, as wr_qinghai_2025_c"))
g.neg("构建“一芯一环多带”", "一芯一环多带", LABEL_NOTE + " (“一芯一环多带” 'one core, one "
      "ring, several belts', a spatial-layout name)")
g.neg("打造“五个1号”", "五个1号", LABEL_NOTE + " (“五个1号” 'five No. 1' scenic roads, a "
      "programme name with a numbered label), not a count — judgement call")
g.neg("旅游发展五年行动", "五年", CAMPAIGN_NOTE + " (青南地区旅游发展五年行动)")
g.neg("分类推进十大特色产业", "十大", "set label N大 (十大特色产业, the province's ten "
      "featured farm industries), not a count claim (as 八大 in README §2)")
g.neg("十大特色产业三年行动", "三年", CAMPAIGN_NOTE + " (十大特色产业三年行动)")

# ==== line 2 (source 33): 促进绿色算电协同发展 =====================================================
g.neg("围绕“1+2+N”", "1+2+N", LABEL_NOTE + " (“1+2+N”绿色算力基地发展布局, a layout "
      "name), not counts")
g.neg("海东零碳算力产业园", "零碳", ZERO_NOTE + " (海东零碳算力产业园)")
fact("加快万卡算力集群", "万卡", value=1e4, unit="count", kind="count", classifier="卡",
     metric="算力卡",
     metric_alts=["智算卡", "GPU卡", "加速卡", "卡", "万卡算力集群", "算力集群规模"],
     subject="万卡算力集群",
     subject_alts=own("万卡算力集群项目", "算力集群"), **PLAN_SET,
     note="judgement call: a quantity inside a project's name is a fact (SPEC §1; as 万卡 in "
          "wr_qinghai_2025_c): a cluster of 10,000 accelerator cards, still to be built "
          "(加快…项目建设) → target; the cluster owns the number (province as alt); " + SET_NOTE)
g.neg("规模“双翻番”", "双翻番", "label “双翻番” (both racks and computing scale to double), as "
      "“双主体” / “双缩减” in wr_qinghai_2025_c; the doubling itself has no numeral (翻番 is "
      "not annotated, as 翻倍增长 in wr_qinghai_2025_c and 翻番 in wr_jilin_2025_b) — "
      "judgement call")
g.neg("绿色算电“双向奔赴”", "双向", "双向 'two-way' (双向奔赴 'moving towards each other'), "
      "not a quantity")

# ==== line 3 (source 34): 加快新型工业化 (全年 governs the figures) =====================================
g.neg("新能源汽车核心零部件", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as "
      "other golds)")
fact("规模以上工业企业80户", "80户", value=80, unit="count", kind="count", classifier="户",
     metric="规模以上工业企业",
     metric_alts=new("规模以上工业企业", "新增规模以上工业企业", "规上工业企业",
                     "新增规上工业企业", "规上工业企业增量"), **FULL,
     note="新增 N: firms added to the register in 2025 (增量 alts, README §3); 规模以上 is the "
          "threshold of the counted set, inside the metric (SPEC §2); " + FULL_NOTE)
fact("建成绿色工厂8家", "8家", value=8, unit="count", kind="count", classifier="家",
     metric="绿色工厂",
     metric_alts=new("绿色工厂", "建成绿色工厂", "新建绿色工厂"), **FULL_SET,
     note="建成 N: factories to be certified/built in 2025 (增量 alts, README §3); "
          + FULL_NOTE + "; the end instant as a further alt")
fact("4100家企业实现上云", "4100家", value=4100, unit="count", kind="count", classifier="家",
     metric="上云上平台企业",
     metric_alts=["企业", "实现上云上平台企业", "上云企业", "企业上云上平台", "上云上平台企业数量",
                  "实现上云上平台的企业", "上云上平台"], **FULL,
     note="firms to move onto the cloud and platforms in 2025 (the predicate 实现上云上平台 "
          "defines the counted set → in the metric); " + FULL_NOTE)
fact("工业增加值增长4%以上", "4%", value=4, unit="%", kind="growth", bound="ge",
     metric="规模以上工业增加值",
     metric_alts=["规上工业增加值", "工业增加值", "规模以上工业增加值增速"], comparison="yoy",
     **FULL, note="以上 → ge (outside the span); " + FULL_NOTE)

# ==== line 4 (source 35): 现代服务业 — no figures ==================================================
g.neg("持续推进“零碳”服务区", "零碳", ZERO_NOTE + " (“零碳”服务区)")

# ==== line 5 (source 36): closing of （三） ========================================================
g.neg("产业体系“四梁八柱”", "四梁八柱", "idiom “四梁八柱” ('main framework'), not a quantity "
      "(as other golds)")

# ==== line 6 (source 37): (四) heading =============================================================
g.neg("(四)着力深化改革", "(四)", MARKER_NOTE)

# ==== line 7 (source 38): 推动标志性改革落地见效 =====================================================
g.neg("“两个毫不动摇”", "两个毫不动摇", "political slogan “两个毫不动摇” ('two unwaverings'), "
      "not a quantity (as other golds)")
fact("中小微企业1100户以上", "1100户", value=1100, unit="count", kind="count", classifier="户",
     bound="ge", metric="中小微企业",
     metric_alts=new("中小微企业", "新增中小微企业", "培育新增中小微企业", "培育中小微企业"),
     **PLAN,
     note="以上 → ge (outside the span); 培育新增 N: small firms to be added in 2025 (增量 alts, "
          "README §3); " + PLAN_NOTE)
g.neg("深入实施零基预算", "零基", "reform label 零基预算 (zero-based budgeting), not a "
      "quantity (as wr_anhui_2025)")
g.neg("预算管理三年行动", "三年", CAMPAIGN_NOTE + " (零基预算管理三年行动)")
g.neg("高质量编制“十五五”", "十五五", "plan label 十五五 (SPEC §1)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_qinghai_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the plan for "
    "2025 in part 二、2025年目标任务和重点工作 (heading: source line 16, outside the excerpt) — "
    "the last four paragraphs of task （三）着力集聚资源要素 (产业“四地”: wind, pumped storage, "
    "new-type storage, clean-energy capacity, a 330 kV line, tourism and farm plans; 绿色算电"
    "协同: a 万卡 cluster; 新型工业化: 全年 new industrial firms, green factories, firms on the "
    "cloud, industrial growth; 现代服务业: no figures), its closing sentence, and the heading "
    "and first paragraph of task （四） (标志性改革: new small firms). Lines 7-12, 16-23 and "
    "44-53 are annotated in wr_qinghai_2025 / _b / _c / _d (no overlap). Title, source line "
    "and dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-19, the delivery date in the report's header (source line 3: "
    "——2025年1月19日在青海省第十四届 人民代表大会第三次会议上); the shared meta agrees (来源："
    "青海日报). Place: 青海省 (青海, 全省, 我省 → alts); the 玉树330千伏第二回电源线路 and the "
    "万卡算力集群 own their magnitudes (province as alt). Periods: lines without a period take "
    "the frame of part 二, the plan year 2025, 2025-01-01..2025-12-31, null as alt; 全年 (source line 34, 全年新增…) is explicit and "
    "governs the rest of its line (the frame's period text is this 全年 too, the excerpt's "
    "own name of the year, as wr_anhui_2025_d); stocks to be reached (新型储能超500万千瓦, 清洁能源装机突破"
    "8200万千瓦) → instant 2025-12-31, the year and null as alts; things to be built or added "
    "(wind connected, the 330 kV line, the 万卡 cluster, green factories) → the year with the "
    "end instant as a further alt. Modality: target throughout (plan). Bounds: 超 / 突破 → gt; "
    "以上 → ge; otherwise eq. Units: 万千瓦 → 1e7 W; 千伏 kept as the surface unit; 万卡 → "
    "count 1e4, classifier 卡; 户/家/座 classifiers. Judgement calls: 新型储能超500万千瓦 read "
    "as a stock (the instant), not as additions of the year (the year is an alt); 第三条 (绿电"
    "外送通道) an ordinal (negative); 330千伏 and 万卡 facts in names (as wr_qinghai_2025_c); "
    "“双翻番” a label (negative, 翻番 has no numeral); “五个1号”, “一芯一环多带”, “1+2+N”, 十大, "
    "五年/三年行动 → labels (negatives); 4座抽水蓄能电站 (加快建设) → the year only. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体化 ×3), 进一步, 统一.")

g.write(date=REF, source=f"shared/texts/work_report/wr_qinghai_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
