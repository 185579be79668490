"""Gold annotations for wr_guangdong_2025_b (2025年广东省政府工作报告, second excerpt), lines 39-45
of shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: three paragraphs of 2025 task （二） (百县千镇万村: 加大力度
强农惠农富农, 促进区域联动融合发展, 加快建设海洋强省) and task （三） (扩大内需) up to 狠抓重大项目
建设 (今年安排省重点建设项目1500个、年度计划投资1万亿元).  The 2025 主要预期目标 sit on source
line 29, inside wr_guangdong_2025 (lines 22-29), so they are not repeated here: as briefed,
this excerpt takes the number-dense 2025 plan paragraphs after them.  The plan text of the
report is sparse in numbers; among the runs of whole lines of 2,000-2,500 characters after
line 29, lines 39-45 (2,447 characters) hold the most quantities with the widest variety (a
coverage share, a duration, counts of platforms and centres, a project count and a planned
investment amount); lines 30-38 (2,297) hold three.  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangdong_2025_b"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangdong_2025.txt"
FIRST, LAST = 39, 45                    # 1-based, inclusive, whole lines
TITLE = "2025年广东省政府工作报告"
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加大力度强农惠农富农。",
                 ends="加快推进茂名石化炼油转型项目及乙烯提质改造项目。")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind word (首…), not a measured rank or count (gold README §2)"
PHASE_NOTE = "phase label ({}), not a quantity (README §2 一期)"

# ---- periods (reference date 2025-01-15; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 27, outside the
# excerpt): the plan for 2025.  Lines 1-6 (source 39-44) state no period of their own: they
# take that section frame (SPEC §4), 2025-01-01..2025-12-31, null as alt, with the
# excerpt's own name of that year, 今年 (line 7), as period text (the heading's 2025年 is not
# in the excerpt; as wr_xizang_2025 names its section frame by the excerpt's 一年来).  A level
# to be reached (力争…覆盖率超90%, a coverage = share of a stock) is the instant at the end of
# the frame, 2025-12-31 (stock rule; as wr_china_2021 达到/提高到), the year and null as alts.
# Line 7 (source 45) opens its sentence with 今年 (explicit, = 2025; 年度 = that year).
# Modality target throughout (plan text: 实施, 建设, 力争, 安排).
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
PLAN = dict(period=T25, period_alts=[T25_NULL], modality="target")
PLAN_SET = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
PLAN_END = dict(period=T25_END, period_alts=[T25, T25_NULL], modality="target")
FRAME_NOTE = ("2025 plan → target; no period in the line: section frame 二、2025年工作安排 "
              "(2025), null as alt")
THIS_YEAR = dict(period=P("今年", "2025-01-01", "2025-12-31"),
                 period_alts=[P("今年", None, None)], modality="target")

# ---- line 1 (source 39): 加大力度强农惠农富农 ----------------------------------------------------
g.neg("大面积单产提升行动", "单产", "单产 'yield per unit area' (a word, no number)")
g.neg("农产品“12221”市场营销体系", "12221", LABEL_NOTE + " (农产品“12221”市场营销体系, "
      "named by its parts: 1 data platform, 2 teams, 2 markets, 2 …, 1 …; see the report's "
      "annex)")
fact("规模化供水工程覆盖率超90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="规模化供水工程覆盖率",
     metric_alts=["规模化供水覆盖率", "规模化供水工程覆盖", "农村规模化供水工程覆盖率",
                  "供水工程覆盖率"], **PLAN_END,
     note="力争 → target; 超 → gt (outside the span); a coverage rate is the share of a stock "
          "(the population served) to be reached → instant at the end of the 2025 frame, the "
          "year and null as alts")
g.neg("深化农村“三块地”改革", "三块地", LABEL_NOTE + " (农村“三块地”: 承包地、宅基地、集体"
      "经营性建设用地, the report's annex)")
g.neg("有序推进第二轮土地承包", "第二轮", "ordinal label of the contract round (第二轮土地"
      "承包), not a count or rank")
fact("到期后再延长30年试点", "30年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后延长期限",
     metric_alts=["土地承包到期后再延长", "土地承包延长期限", "延长期限", "土地承包期延长",
                  "第二轮土地承包延长期限", "第二轮土地承包到期后再延长",
                  "土地承包到期后延长期限", "土地承包期"],
     **PLAN,
     note="duration written into a policy (the extension of rural land contracts by 30 years, "
          "as the 240小时 of a visa-free policy in wr_henan_2025): a fact, unit year, kind "
          "amount — judgement call; the pilot is part of the 2025 plan → target, section "
          "frame 2025 (null as alt)")
g.neg("千方百计拓宽农民增收渠道", "千方百计", "idiom 千方百计 'by every means', not a quantity")

# ---- line 2 (source 40): 促进区域联动融合发展 ----------------------------------------------------
fact("高质量建设15个承接产业转移主平台", "15个", value=15, unit="count", kind="count",
     classifier="个", metric="承接产业转移主平台",
     metric_alts=["建设承接产业转移主平台", "承接产业转移主平台数量", "产业转移主平台",
                  "高质量建设承接产业转移主平台"], **PLAN_SET,
     note="the platforms to be built up in 2025 (高质量建设); " + FRAME_NOTE + "; the end "
          "instant (the set of platforms as a stock) as a further alt")
fact("和7个大型产业集聚区", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="大型产业集聚区",
     metric_alts=["建设大型产业集聚区", "大型产业集聚区数量", "产业集聚区",
                  "高质量建设大型产业集聚区"], **PLAN_SET,
     note="verb 高质量建设 shared with 15个; " + FRAME_NOTE)

# ---- line 3 (source 41): 加快建设海洋强省 ---------------------------------------------------------
g.neg("海洋生态保护修复“五大工程”", "五大", "set label N大 (海洋生态保护修复“五大工程”, the five "
      "programmes named as a group in the annex), not a count claim (as wr_xizang_2025 七大)")

# ---- line 4 (source 42): （三） ---------------------------------------------------------------------
g.neg("（三）全方位扩大内需", "（三）", MARKER_NOTE)
g.neg("加力扩围实施“两新”政策", "两新", LABEL_NOTE + " (两新 = 设备更新和消费品以旧换新)")
g.neg("更大力度推进“两重”项目", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全"
      "能力建设)")

# ---- line 5 (source 43): 实施提振消费专项行动 ----------------------------------------------------
fact("和6个区域消费中心城市", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="区域消费中心城市",
     metric_alts=["区域消费中心城市数量", "建设区域消费中心城市", "区域消费中心城市建设",
                  "消费中心城市"], **PLAN_SET,
     note="the regional consumption centres to be built up in 2025 (加快…建设); the two "
          "international ones (广州、深圳) are named, not counted; " + FRAME_NOTE)
g.neg("引进更多首店首发", "首店", FIRST_NOTE + " (首店 'first store' of a brand, as "
      "wr_neimenggu_2025)")
g.neg("首店首发首秀", "首发", FIRST_NOTE + " (首发 'debut release')")
g.neg("首发首秀首展", "首秀", FIRST_NOTE + " (首秀 'debut show')")
g.neg("首秀首展。", "首展", FIRST_NOTE + " (首展 'debut exhibition')")

# ---- line 6 (source 44): 着力扩大有效投资 --------------------------------------------------------
g.neg("及早谋划“十五五”重大项目", "十五五", "plan label 十五五 (SPEC §1)")

# ---- line 7 (source 45): 狠抓重大项目建设 --------------------------------------------------------
fact("今年安排省重点建设项目1500个", "1500个", value=1500, unit="count", kind="count",
     classifier="个", metric="省重点建设项目",
     metric_alts=["安排省重点建设项目", "省重点建设项目数量", "重点建设项目",
                  "省重点项目"], **THIS_YEAR,
     note="今年 (= 2025) opens the sentence; the projects scheduled (安排) for 2025 → target")
fact("年度计划投资1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount",
     metric="省重点建设项目年度计划投资",
     metric_alts=["年度计划投资", "省重点建设项目计划投资", "计划投资", "省重点建设项目投资",
                  "重点建设项目年度计划投资", "年度投资计划"], **THIS_YEAR,
     note="the planned 2025 investment of those projects (年度 = 今年 = 2025); target")
g.neg("广州白云机场三期", "三期", PHASE_NOTE.format("三期"))
g.neg("深圳机场三跑道", "三跑道", "name of a project (深圳机场三跑道, the airport's third "
      "runway), an ordinal label, not a count")
g.neg("配置工程一期、二期建设", "一期", PHASE_NOTE.format("一期"))
g.neg("配置工程一期、二期建设", "二期", PHASE_NOTE.format("二期"))
g.neg("雷州半岛灌区", "半岛", "place word 半岛 'peninsula' (雷州半岛), not a quantity")
g.neg("埃克森美孚一期全面达产", "一期", PHASE_NOTE.format("一期"))
g.neg("全面达产及二期项目", "二期", PHASE_NOTE.format("二期"))
g.neg("中海壳牌三期建设", "三期", PHASE_NOTE.format("三期"))

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guangdong_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: three paragraphs of "
    "2025 task （二） (加大力度强农惠农富农, 促进区域联动融合发展, 加快建设海洋强省) and task （三） "
    "(its heading, 实施提振消费专项行动, 着力扩大有效投资, 狠抓重大项目建设). The 2025 主要预期目标 "
    "are on source line 29, inside wr_guangdong_2025 (lines 22-29), so, as briefed, this "
    "excerpt takes number-dense 2025 plan paragraphs after them (no overlap). The plan text is "
    "sparse in numbers: among the runs of whole lines of 2,000-2,500 characters after line 29 "
    "this one holds the most quantities of the widest variety. Title, source and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-15, the delivery date in source line 3 (——2025年1月15日在广东省第十四届人民代表大会"
    "第三次会议上), as wr_guangdong_2025. Place: 广东省 (广东, 全省, 我省 → alts). Periods: the "
    "excerpt lies in part 二、2025年工作安排 (heading outside the excerpt): lines without a "
    "period take that section frame, 2025-01-01..2025-12-31, null as alt, with the excerpt's "
    "own name of the year, 今年 (line 7), as period text; the coverage target "
    "(超90%) is a level to be reached → instant 2025-12-31 (the year and null as alts); the "
    "counts of platforms/zones/centres to be built take the year with the end instant as a "
    "further alt; 今年 (= 2025) opens the 1500个 / 1万亿元 sentence. Modality: target throughout "
    "(plan text). Bounds: 超 → gt; otherwise eq. Judgement calls: 再延长30年 → a duration fact "
    "(30 year, the policy's extension period, as wr_henan_2025 240小时); 15个, 7个, 6个 → counts "
    "of things to build in 2025 (target); 1万亿元 → the 2025 planned investment of the "
    "provincial key projects; 12221, 三块地, 五大(工程) → labels; phase labels 一期/二期/三期 and "
    "三跑道 → negatives; 首店/首发/首秀/首展 → negatives. Negatives: 单产, 12221, 三块地, 第二轮, "
    "千方百计, 五大, （三）, 两新, 两重, 首店, 首发, 首秀, 首展, 十五五, 三期 ×2, 三跑道, 一期 ×2, "
    "二期 ×2, 半岛. Lexicalized, not listed: 一体 (产城一体, 一体化).")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangdong_2025.txt lines "
        f"{FIRST}–{LAST} (来源 : 南方日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
