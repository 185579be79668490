"""Gold annotations for wr_hainan_2025_g (2025年海南省政府工作报告, 2025 tasks （一）-（二）),
lines 34-48 of shared/texts/work_report/wr_hainan_2025.txt.

The excerpt corpora/wr_hainan_2025_g.txt is sliced by code from the source bytes (whole lines,
newline kept), never retyped; the line range is given by the brief (a run of whole lines, as
unseen test excerpts are cut).  It is the start of part 三、2025年工作安排 (the plan for 2025):
the part heading (source line 34) and its opening paragraph (重点抓好十个方面工作), task （一）
着力推动自贸港建设进入新阶段 in full (heading, opening, 加快实现封关运作, 加紧推进核心政策落地:
the 15% income tax, 抓牢抓实风险防控), task （二）着力促进经济持续回升向好 in full (heading,
opening, 大力提振消费: visitors, 全力扩大投资: the free-trade-port fund, 培育壮大制造业: output
goals, 增强政策协同效应) and the heading and opening line of task （三） (no number).  Lines
10-12, 13-15, 17-25, 49-58, 62-76 and 84-89 are annotated in wr_hainan_2025_c / _e /
wr_hainan_2025 / _d / _b / _f (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_hainan_2025_g"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hainan_2025.txt"
FIRST, LAST = 34, 48                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年海南省政府工作报告"         # line 1 of the source, outside the excerpt
HN_ALTS = ["海南", "全省", "我省"]
FTP = ["海南自由贸易港", "海南自贸港", "自贸港"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="三、2025年工作安排",
                 ends="加快打造新质生产力重要实践地。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity (as wr_hainan_2025)")
ZERO_NOTE = "label 零关税 ('zero tariff', as 零碳 in README §2), not a quantity (as wr_hainan_2025_c)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity (as wr_hainan_2025_b)"
LINE_NOTE = ("customs-regime label {} (the “一线” is the border between Hainan and abroad, the "
             "“二线” the one between Hainan and the mainland), not a quantity")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt opens with the heading of part 三、2025年工作安排 (line 1): the plan for 2025 →
# modality target.  The heading's 2025年 is the section frame; 今年 / 全年 in line 2 carry no
# numeral and govern no number.  No later line states a period before its numbers (the
# 2025年 of line 11 names an event), so every number takes the frame (SPEC §4),
# 2025-01-01..2025-12-31, period text 2025年 (the heading, inside the excerpt), null as alt
# (as wr_hainan_2025_b / _d).  Cumulative levels to be reached (累计达, a stock) → the instant
# 2025-12-31 (stock rule; as wr_hainan_2025_d PLAN_END), the year and null as alts; flows of
# the year (visitors, output) → the year; the tax rate to be kept in force in 2025 → the year,
# with the end instant and null as alts.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_RULE = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "三、2025年工作安排 (heading, line 1 of the excerpt), null as alt")
END_NOTE = ("a cumulative level to be reached (累计达, a stock) → the instant 2025-12-31 "
            "(stock rule), the year and null as alts; target")

# ==== line 1 (source 34): part heading ==========================================================
g.neg("三、2025年工作安排", "三、", MARKER_NOTE + " (part 三 of the report)")
g.neg("三、2025年工作安排", "2025年", PERIOD_NOTE + " (heading of the plan part: 2025; the "
      "period text of the plan facts without a period of their own)")

# ==== line 2 (source 35): opening (no facts) ====================================================
g.neg("重点抓好十个方面工作", "十个", "discourse count 十个(方面) of the tasks （一）…（十） "
      "enumerated after it, not a measured quantity (as 以下六个方面 in wr_china_2016_b) — "
      "judgement call; a count of 10 task areas is the alternative reading")
# 今年, 全年 (no numeral) not listed.

# ==== line 3 (source 36): heading （一） ========================================================
g.neg("（一）着力推动", "（一）", MARKER_NOTE)

# ==== line 4 (source 37) =========================================================================
g.neg("封关运作“一号工程”", "一号工程", LABEL_NOTE + " (“一号工程” 'project no. 1', the top "
      "priority), not a rank or count")

# ==== line 5 (source 38): 加快实现封关运作 ======================================================
g.neg("货物进出“一线”", "一线", LINE_NOTE.format("“一线”"))
g.neg("“一线”“二线”及", "二线", LINE_NOTE.format("“二线”"))
g.neg("明确“零关税”货物", "零关税", ZERO_NOTE)
g.neg("落实“二线口岸”运行", "二线", LINE_NOTE.format("“二线口岸”"))
g.neg("完成“二线口岸”验收", "二线", LINE_NOTE.format("“二线口岸”"))
g.neg("按“三不限”原则", "三不限", LABEL_NOTE + " (“三不限” principle of the stress tests, "
      "'three no-limits')")
g.neg("原则［18］", "［18］", FOOTNOTE_NOTE)
g.neg("“一线放开、二线管住”", "一线放开、二线管住", LINE_NOTE.format("in the slogan “一线放开、"
      "二线管住” ('open the first line, control the second')") + "; one span (README §1 slogans)")
g.neg("组织开展“零关税”货物", "零关税", ZERO_NOTE)
g.neg("和“二线口岸”运行全要素", "二线", LINE_NOTE.format("“二线口岸”"))
# 任务清单 / 项目清单 / 压力测试清单 (清单 lexicalized), 全方位, 全覆盖: not listed.

# ==== line 6 (source 39): 加紧推进核心政策落地 ==================================================
TAX = ["企业和个人所得税", "企业所得税税率", "个人所得税税率", "所得税税率", "15%企业和个人所得税",
       "企业和个人所得税优惠税率", "所得税优惠税率", "税率"]
fact("延续15%企业和个人所得税", "15%", value=15, unit="%", kind="share",
     metric="企业和个人所得税税率", metric_alts=TAX, subject_alts=HN_ALTS + FTP, **PLAN_RULE,
     note="judgement call: the 15 % income-tax rate of the free-trade port for firms and "
          "individuals (a tax rate → share, as wr_china_2019_b 税率降至13%), to be extended in "
          "2025 (延续 … 到期政策) → target; a standard in force through the year → the year, "
          "null and the end instant as alts; " + PLAN_NOTE)
g.neg("等一系列到期政策", "一系列", "quantifier 一系列 'a series of' (README §2)")
g.neg("修订“零关税”进口交通工具", "零关税", ZERO_NOTE)
g.neg("原辅料“零关税”清单", "零关税", ZERO_NOTE)
# 清单 ×3, 负面清单 lexicalized.

# ==== line 7 (source 40): 抓牢抓实风险防控 (no facts) ===========================================
g.neg("构建“二线口岸”信用", "二线", LINE_NOTE.format("“二线口岸”"))

# ==== line 8 (source 41): heading （二） ========================================================
g.neg("（二）着力促进", "（二）", MARKER_NOTE)

# ==== line 9 (source 42): no numerals ===========================================================

# ==== line 10 (source 43): 大力提振消费 =========================================================
g.neg("开工三亚国际邮轮港", "三亚", NAME_NOTE.format("三亚, a city (三亚国际邮轮港)"))
g.neg("设立一批海外旅游", "一批", VAGUE_NOTE)
fact("接待国内外游客1亿人次以上", "1亿人次", value=1e8, unit="count", kind="count",
     classifier="人次", bound="ge", metric="接待国内外游客",
     metric_alts=["国内外游客", "接待游客", "接待国内外游客人次", "游客接待量", "接待游客人次",
                  "游客人次"], **PLAN,
     note="以上 → ge (outside the span); 1亿 = 1e8; 人次 is a classifier (SPEC §3); visitors of "
          "the year (a flow); " + PLAN_NOTE)
g.neg("三亚“亚太游艇之都”", "三亚", NAME_NOTE.format("三亚, a city"))
g.neg("加快发展首发经济", "首发", LABEL_NOTE + " (首发经济 'debut economy', as "
      "wr_beijing_2025_e / wr_anhui_2025_b), not a rank or count")
# 高A级 (no numeral), 一体化 (lexicalized): not listed.

# ==== line 11 (source 44): 全力扩大投资 =========================================================
g.neg("加快引进一批重大", "一批", VAGUE_NOTE)
g.neg("高规格举办2025年海南", "2025年", "year inside an event name (2025年海南自贸港全球产业招商"
      "大会, as wr_anhui_2025_f 2025年中国网络文明大会); no number follows in its clause")
g.neg("项目落地“一把手”负责制", "一把手", LABEL_NOTE + " (“一把手” 'the top leader', the "
      "responsibility system), not a quantity")
g.neg("等一批灾后重建项目", "一批", VAGUE_NOTE)
FUND = HN_ALTS + FTP + ["自贸港投资基金", "海南自由贸易港投资基金", "海南自贸港投资基金"]
FUND_NOTE = ("judgement call: the free-trade-port investment fund (自贸港投资基金) owns the sub-"
             "funds and the projects; the province keeps the subject (as the 融信服 platform in "
             "wr_yunnan_2025), the fund as alt; ")
fact("子基金规模累计达180亿元", "180亿元", value=180e8, unit="CNY", kind="amount",
     metric="子基金规模",
     metric_alts=["自贸港投资基金子基金规模", "子基金累计规模", "子基金", "自贸港投资基金子基金",
                  "子基金总规模"], subject_alts=FUND, **PLAN_END,
     note="累计达 → eq; " + FUND_NOTE + END_NOTE)
fact("返投项目累计达50个", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="返投项目",
     metric_alts=["返投项目数量", "累计返投项目", "子基金返投项目", "自贸港投资基金返投项目"],
     subject_alts=FUND, **PLAN_END,
     note="累计达 → eq; projects the sub-funds invest back in Hainan; " + FUND_NOTE + END_NOTE)
# 一体化 (“车路云一体化”), 清单 lexicalized.

# ==== line 12 (source 45): 培育壮大制造业 =======================================================
fact("石化新材料产值达1600亿元", "1600亿元", value=1600e8, unit="CNY", kind="amount",
     metric="石化新材料产值",
     metric_alts=["石化新材料产业产值", "石化新材料全产业链产值", "石化新材料"], **PLAN,
     note="力争 → target; 达 → eq; output of the year (a flow); " + PLAN_NOTE)
fact("高端食品产业产值达500亿元", "500亿元", value=500e8, unit="CNY", kind="amount",
     metric="高端食品产业产值",
     metric_alts=["高端食品产值", "高端食品产业", "食品产业产值"], **PLAN,
     note="达 → eq; output of the year (a flow); " + PLAN_NOTE)
# 上游/中游/下游 (no numeral), “乐城研用+海口生产” (no numeral): not listed.

# ==== line 13 (source 46): 增强政策协同效应 =====================================================
g.neg("国家一揽子增量政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a "
      "quantity (as wr_hainan_2025)")
g.neg("加大“两重”“两新”", "两重", LABEL_NOTE + " (“两重”: major national strategies and "
      "security in key areas, as wr_fujian_2025_c)")
g.neg("“两重”“两新”等", "两新", LABEL_NOTE + " (“两新”: large-scale equipment renewal and "
      "trade-ins of consumer goods)")

# ==== line 14 (source 47): heading （三） =======================================================
g.neg("（三）着力培育", "（三）", MARKER_NOTE)

# ==== line 15 (source 48): no numerals ==========================================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hainan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code as given by the brief "
    "(not moved). Part of the document: the start of part 三、2025年工作安排 (the plan for 2025): "
    "its heading and opening paragraph (十个方面), task （一）着力推动自贸港建设进入新阶段 in full "
    "(customs closure, core policies with the 15% income tax, risk control), task （二）着力促进"
    "经济持续回升向好 in full (consumption and visitors, investment and the free-trade-port fund, "
    "manufacturing output goals, policy coordination) and the heading and opening line of task "
    "（三） (no number). Lines 10-15, 17-25, 49-58, 62-76 and 84-89 are wr_hainan_2025_c / _e / "
    "wr_hainan_2025 / _d / _b / _f (no overlap). Title, dateline and source line are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, "
    "the delivery date in the report's dateline (source line 2: ——2025年1月14日海南省省长 刘小明"
    "在海南省第七届人民代表大会第四次会议上的讲话), as wr_hainan_2025 / _b / _c / _d; the shared "
    "meta gives only '2025'. Place: 海南省 (海南, 全省, 我省 → alts; 自贸港 and the 自贸港投资基金 "
    "as alts where they own the figure). Periods: the heading 2025年 (line 1) is the frame of "
    "every number (no later line states a period before its numbers; 今年/全年 have no numeral; "
    "2025年 of line 11 names an event): 2025-01-01..2025-12-31, null as alt; cumulative fund "
    "levels (累计达 180亿元 / 50个) → instant 2025-12-31 with the year and null as alts; the "
    "15% tax rate → the year (end instant and null as alts). Modality: target throughout (the "
    "plan: 延续, 接待, 累计达, 力争…达, 达). Bounds: 以上 → ge (1亿人次); else eq. Units: 亿人次 → "
    "count ×1e8 (classifier 人次); 亿元 → CNY. Judgement calls: 15%企业和个人所得税 → a tax rate "
    "(share) fact, target; 十个(方面) → discourse count (negative); the sub-fund scale and the "
    "返投项目 → the province as subject, the fund as alt; 一线/二线/一线放开、二线管住/零关税/三不限/"
    "一号工程/一把手/两重/两新/首发 → labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized or without a numeral, not listed: 清单 ×7, 进一步 ×2, 一体化 ×2, 全方位, "
    "高A级, 系列 (without 一).")

g.write(date=REF, source=f"shared/texts/work_report/wr_hainan_2025.txt lines {FIRST}–{LAST} "
        "(来源：海南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
