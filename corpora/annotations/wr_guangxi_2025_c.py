"""Gold annotations for wr_guangxi_2025_c (2025年广西壮族自治区政府工作报告, the 2025 plan:
consumption, projects and investment, industry), lines 27-38 of
shared/texts/work_report/wr_guangxi_2025.txt.

The excerpt corpora/wr_guangxi_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the closing
paragraph of the targets (确定这些目标…, no number), task (一) 大力提振消费 in full (heading,
提振消费, 服务业, 物流成本, 广西旅游年), task (二) 加快重大项目建设 in full (heading, 抢抓政策
机遇, 加大项目推进力度, 激发民间投资积极性) and task (三) 大力推进新型工业化 up to its first
paragraph (heading, 实施制造业重点产业链高质量发展行动).  All of it lies in part
二、2025年目标任务和重点工作 (heading on source line 24, outside the excerpt): the plan for
2025.  Lines 7-15 and 16-21 are annotated in wr_guangxi_2025 / wr_guangxi_2025_b (the 2024
review; no overlap).  Facts and negatives are written by hand from the text, sentence by
sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangxi_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangxi_2025_c"
PLACE = "广西壮族自治区"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangxi_2025.txt"
FIRST, LAST = 27, 38                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年广西政府工作报告"          # the source's first line (as wr_guangxi_2025), outside the excerpt
GX_ALTS = ["广西", "全区", "我区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="确定这些目标，坚持“稳”和“进”的统一",
                 ends="力争海洋生产总值占GDP比重9%以上。")
text = g.text
fact = g.with_subject(PLACE, GX_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "political slogan {} (a set label), not a count claim"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLACE_NOTE = "place name {}, not a quantity"
MUST = "adverb 一定(要) 'must', not a quantity"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2: 亿元以上项目), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The excerpt lies in part 二、2025年目标任务和重点工作 (source line 24), the plan for 2025
# (source line 25: 今年是“十四五”规划收官之年…) → modality target (力争, 推进, 新增, 建设…).
# No line of the excerpt states a period before its numbers (当前 in line 1 carries no
# number), so every fact takes the section frame 2025-01-01..2025-12-31 (SPEC §4) with the
# heading's period text 2025年 (outside the excerpt; only the dates are scored) and the null
# reading in period_alts (as wr_fujian_2025_d / wr_yunnan_2025_c).  Things to be added or
# built (新增通车里程) take the year with the end instant as a further alt.  提升发展12个自治区
# 级集群 counts an existing set → actual (as wr_yunnan_2025_c 壮大19个省级先进制造业集群).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年目标任务和重点工作 (2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be added: the end instant as a further alt"
CLASS_ALTS = ["航道通航吨级", "航道等级", "通航能力", "航道通航能力", "航道设计吨级", "吨级",
              "航道工程吨级"]
CLASS_NOTE = ("a quantity with a unit inside a project's name is a fact (SPEC §1): the "
              "channel's design class (ships of {} t), modality target while the project is "
              "still to be built (推进…等水运项目); span without the class suffix 级 (as "
              "wr_guangxi_2025 3000吨级航道工程); the channel owns it; " + PLAN_NOTE)

# ==== line 1 (source 27): 确定这些目标… (no facts) ================================================
g.neg("深刻领悟“两个确立”", "两个确立", SLOGAN_NOTE.format("“两个确立”"))
g.neg("坚决做到“两个维护”", "两个维护", SLOGAN_NOTE.format("“两个维护”"))
g.neg("在八桂大地", "八桂", PLACE_NOTE.format("八桂 (a literary name of Guangxi, 八桂大地)"))
g.neg("我们一定要深刻领悟", "一定", MUST)
g.neg("；一定要深刻把握", "一定", MUST)
g.neg("深刻把握五个“必须统筹好”", "五个", SLOGAN_NOTE.format("五个“必须统筹好” (the five "
      "'must balance well' principles of the 2024 Central Economic Work Conference)"))
g.neg("；一定要抢抓用好", "一定", MUST)
g.neg("力争国家一有政策支持", "一有", "conjunction 一(有)…就 'as soon as', not a quantity")
g.neg("；一定要坚持干字当头", "一定", MUST)

# ==== line 2 (source 28): heading (一) =========================================================
g.neg("(一)大力提振消费", "(一)", MARKER_NOTE)

# ==== line 3 (source 29): 实施提振消费专项行动 (no facts) ===========================================
g.neg("加力扩围实施“两新”政策", "两新", LABEL_NOTE + " (“两新”: 大规模设备更新和消费品以旧换新)")
g.neg("积极发展首发经济", "首发", LABEL_NOTE + " (首发经济 'debut economy'), not a rank or "
      "count (as wr_fujian_2025_d)")
g.neg("建设城市一刻钟便民生活圈", "一刻钟", "part of the name 一刻钟便民生活圈 ('quarter-hour "
      "convenience circle'), a label, not a measured duration (as wr_fujian_2025_d)")

# ==== line 4 (source 30): 推动服务业优质高效发展 — no numeral ========================================

# ==== line 5 (source 31): 降低全社会物流成本 (no facts) =============================================
g.neg("全区物流“一张网”", "一张网", LABEL_NOTE + " (“一张网” 'one network'), not a count")

# ==== line 6 (source 32): 开展“广西旅游年”活动 ====================================================
g.neg("文旅经济“融百业超万亿”行动", "融百业超万亿", LABEL_NOTE + " (campaign name “融百业超"
      "万亿” 'merge with all trades, pass ten thousand billion'), not a stated amount — "
      "judgement call; a target of more than 1e12 yuan for the culture and tourism economy is "
      "the alternative reading")
fact("推进200个以上", "200个", value=200, unit="count", kind="count", classifier="个",
     bound="ge", metric="投资超亿元的文旅重大项目",
     metric_alts=["文旅重大项目", "推进投资超亿元的文旅重大项目", "投资超亿元文旅重大项目",
                  "亿元以上文旅重大项目", "投资超亿元的文旅重大项目数量", "文旅重大项目数量"],
     **PLAN, note="以上 → ge (outside the span); projects to be pushed forward in 2025 (推进); "
                  "the size threshold 超亿元 is part of the metric (negative); " + PLAN_NOTE)
g.neg("投资超亿元的文旅", "亿元", THRESH_NOTE.format("投资超亿元, the size of the projects "
      "counted"))
g.neg("举办“三月三”", "三月三", "festival name “三月三” (the third day of the third lunar "
      "month), a date label, not a quantity")
g.neg("让八方游客", "八方", "idiom 八方 'all directions', not a quantity")

# ==== line 7 (source 33): heading (二) =========================================================
g.neg("(二)加快重大项目建设", "(二)", MARKER_NOTE)
g.neg("更加突出“两重”建设", "两重", LABEL_NOTE + " (“两重”: 国家重大战略实施和重点领域安全能力"
      "建设)")

# ==== line 8 (source 34): 抢抓政策机遇 ============================================================
g.neg("谋划一批事关长远", "一批", VAGUE_NOTE)
PROJ = ["重大项目", "自治区层面统筹推进重大项目", "统筹推进重大项目", "自治区重大项目",
        "自治区层面重大项目数量", "重大项目数量"]
fact("统筹推进重大项目2200个以上", "2200个", value=2200, unit="count", kind="count",
     classifier="个", bound="ge", metric="自治区层面统筹推进重大项目", metric_alts=PROJ,
     **PLAN, note="以上 → ge (outside the span); projects to be pushed forward in 2025; "
                  + PLAN_NOTE)
fact("完成投资5000亿元以上", "5000亿元", value=5000e8, unit="CNY", kind="amount",
     bound="ge", metric="重大项目完成投资",
     metric_alts=["完成投资", "自治区层面重大项目完成投资", "重大项目投资", "重大项目年度投资",
                  "重大项目完成投资额"], **PLAN,
     note="以上 → ge (outside the span); investment of the 2200 projects to be completed in "
          "2025 (head 重大项目 restored); " + PLAN_NOTE)
fact("力争固定资产投资增长3%", "3%", value=3, unit="%", kind="growth",
     metric="固定资产投资", metric_alts=["全区固定资产投资", "固定资产投资增速", "投资"],
     comparison="yoy", **PLAN, note="力争 → target; no bound word → eq; " + PLAN_NOTE)

# ==== line 9 (source 35): 加大项目推进力度 =========================================================
g.neg("合湛、黄百等铁路", "黄百", PLACE_NOTE.format("黄百 (黄桶-百色 railway, as "
      "wr_guangxi_2025)"))
g.neg("南宁至北海二通道", "二通道", "name 二通道 'second corridor' (南宁至北海二通道, an "
      "expressway), an ordinal label, not a quantity")
g.neg("南宁至百色改扩建", "百色", PLACE_NOTE.format("百色 (city)"))
fact("新增通车里程400公里以上", "400公里", value=4e5, unit="m", kind="amount", bound="ge",
     metric="新增通车里程",
     metric_alts=["高速公路新增通车里程", "通车里程增量", "高速公路通车里程增量", "新增高速公路通车里程",
                  "高速公路里程增量", "新增高速公路里程"], **PLAN_SET,
     note="以上 → ge (outside the span); 400公里 = 4e5 m; kilometres of expressway to open in "
          "2025 (the clause's expressways) → 新增 of a stock kept whole, 增量 readings in alts "
          "(as wr_guangxi_2025 新增统调煤电装机); " + SET_NOTE)
fact("防城港30万吨级进港航道", "30万吨", value=3e5, unit="t", kind="amount",
     metric="航道吨级", metric_alts=CLASS_ALTS + ["30万吨级进港航道", "进港航道吨级"],
     subject="防城港进港航道",
     subject_alts=["防城港30万吨级进港航道", "防城港", PLACE] + GX_ALTS, **PLAN,
     note=CLASS_NOTE.format("300,000"))
fact("北海铁山港20万吨级航道", "20万吨", value=2e5, unit="t", kind="amount",
     metric="航道吨级", metric_alts=CLASS_ALTS + ["20万吨级航道"],
     subject="北海铁山港航道",
     subject_alts=["北海铁山港20万吨级航道", "铁山港航道", "北海铁山港", "铁山港", PLACE]
     + GX_ALTS, **PLAN, note=CLASS_NOTE.format("200,000"))
g.neg("来宾下六甲灌区", "下六甲", PLACE_NOTE.format("下六甲 (来宾下六甲灌区, as "
      "wr_guangxi_2025)"))
g.neg("白龙核电一期", "一期", "phase label (一期), not a quantity (README §2)")

# ==== line 10 (source 36): 激发民间投资积极性 (no facts) ============================================
g.neg("推出一批合作示范项目", "一批", VAGUE_NOTE)

# ==== line 11 (source 37): heading (三) ========================================================
g.neg("(三)大力推进新型工业化", "(三)", MARKER_NOTE)
g.neg("全面推进新一轮工业振兴", "一轮", "新一轮 'a new round', not a count")
g.neg("工业振兴三年行动", "三年", "name of a three-year campaign (新一轮工业振兴三年行动), not a "
      "duration fact (as wr_guangxi_2025)")
fact("规模以上工业增加值增长6%以上", "6%", value=6, unit="%", kind="growth", bound="ge",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **PLAN, note="力争 → target; 以上 → ge (outside the span); " + PLAN_NOTE)

# ==== line 12 (source 38): 实施制造业重点产业链高质量发展行动 =======================================
fact("力争工业投资增长5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="工业投资", metric_alts=["全区工业投资", "工业投资增速"], comparison="yoy",
     **PLAN, note="力争 → target; 以上 → ge (outside the span); " + PLAN_NOTE)
fact("提升发展12个自治区级集群", "12个", value=12, unit="count", kind="count",
     classifier="个", metric="自治区级集群",
     metric_alts=["自治区级产业集群", "自治区级先进制造业集群", "集群", "自治区级集群数量",
                  "提升发展自治区级集群"],
     period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)],
     note="judgement call: the region's existing set of region-level clusters, which the plan "
          "upgrades (提升发展), not a goal → actual (as wr_yunnan_2025_c 壮大19个省级先进制造业"
          "集群); section frame 2025 with null and the reference date as alts; target "
          "(clusters to be built up) is the alternative")
g.neg("积极发展新一代信息技术", "一代", "新一代 'new generation' of 新一代信息技术 (an industry "
      "name), not a count")
g.neg("设立“1+10+N”基金集群", "1+10+N", LABEL_NOTE + " (“1+10+N” structure of the fund "
      "cluster: one parent fund, ten sub-funds, N others), not counts — judgement call (as "
      "“1+N” in other golds)")
fact("占GDP比重9%以上", "9%", value=9, unit="%", kind="share", bound="ge",
     metric="海洋生产总值占GDP比重",
     metric_alts=["海洋生产总值占比", "海洋生产总值占GDP的比重", "海洋经济占GDP比重",
                  "海洋生产总值占地区生产总值比重"], **PLAN,
     note="力争 → target; 以上 → ge (outside the span); share of the year's output (a flow) "
          "→ the year; " + PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guangxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 二、2025年目标任务和重点工作 (source line 24), the plan for 2025: "
    "the paragraph closing the targets (确定这些目标…, no number), task (一) 大力提振消费 in "
    "full, task (二) 加快重大项目建设 in full and task (三) 大力推进新型工业化 up to its first "
    "paragraph. Lines 7-21 are annotated in wr_guangxi_2025 / _b (the 2024 review; no "
    "overlap). Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-13, the delivery date in the report's "
    "header (source line 3: 2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上); the "
    "corpus meta agrees. Place: 广西壮族自治区 (广西, 全区, 我区 → alts); the two sea channels "
    "own their design classes (防城港进港航道, 北海铁山港航道). Periods: no period before the "
    "numbers of any line: section frame 2025 (2025-01-01..2025-12-31, period text 2025年 of "
    "the heading outside the excerpt, null as alt); 新增通车里程 takes the year with the end "
    "instant as a further alt. Modality: target throughout (力争, 推进, 新增, 完成投资), except "
    "提升发展12个自治区级集群 (the size of an existing set → actual, judgement call, as "
    "wr_yunnan_2025_c 19个集群). Bounds: 以上 → ge; no bound word (增长3%) → eq. Units: 亿元 → "
    "CNY; 公里 → m; 万吨 (级) → t; counts with 个. Judgement calls: “融百业超万亿” a campaign "
    "label (negative), not a 1e12 target; 投资超亿元的文旅重大项目 → count, 亿元 a threshold "
    "(negative); 30万吨级 / 20万吨级 航道 → design classes of channels (facts, target, as the "
    "review's 3000吨级航道工程); “1+10+N” a label; 五个“必须统筹好” a slogan label; 二通道 an "
    "ordinal name. Negatives: 两个确立, 两个维护, 八桂, 一定 ×4, 五个, 一有, (一), 两新, 首发, 一刻钟, "
    "一张网, 融百业超万亿, 亿元, 三月三, 八方, (二), 两重, 一批 ×2, 黄百, 二通道, 百色, 下六甲, 一期, "
    "(三), 一轮, 三年, 一代, 1+10+N. Lexicalized, not listed: 统一, 一体 (一体化).")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：广西日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
