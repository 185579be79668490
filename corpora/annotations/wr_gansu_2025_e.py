"""Gold annotations for wr_gansu_2025_e (2025年甘肃省政府工作报告, fifth excerpt: the end of the
2024 review, the 2025 targets and the start of the 2025 tasks), lines 19-28 of
shared/texts/work_report/wr_gansu_2025.txt (held-out: corpora/heldout/).

The excerpt corpora/heldout/wr_gansu_2025_e.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped: the last paragraph of the 2024 review (一年来，我们
扎实开展党纪学习教育…: proposals handled, regulations, administrative review, audits), the
thanks (各位代表！过去一年…), the problems paragraph, the heading 二、2025年工作总体要求和预期
目标 with its three paragraphs (今年是“十四五”规划收官…, the 主要预期目标 of 2025, 实现上述目标…),
the heading 三、2025年重点工作, the task heading 一是聚焦全方位扩大内需… and its first paragraph
(大力提振消费需求).  The lines are fixed by the brief (lines 19-28, 2,450 characters).  Facts
and negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_gansu_2025_e.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_gansu_2025_e"
PLACE = "甘肃省"
REF = "2025-01-20"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_gansu_2025.txt"
FIRST, LAST = 19, 28                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年甘肃省政府工作报告"       # line 1 of the source, outside the excerpt
GS_ALTS = ["甘肃", "全省", "我省"]
GOV_ALTS = GS_ALTS + ["甘肃省人民政府", "省人民政府", "省政府"]
JIN = 0.0005                            # t per 斤 (SPEC §3)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一年来，我们扎实开展党纪学习教育",
                 ends="切实保护消费者合法权益。")
text = g.text
fact = g.with_subject(PLACE, GS_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
IDIOM_NOTE = "idiom {} ('{}'), not a quantity"
PLAN3_NOTE = "name of a three-year plan (三年倍增计划), not a duration fact (as wr_gansu_2025_d)"

# ---- periods (reference date 2025-01-20; 过去一年 = 2024, 今年 = 2025) --------------------------
# Line 1 (source 19) is the last paragraph of the 2024 review: it opens with 一年来 (= 2024),
# which governs the whole line (period text 一年来, 2024-01-01..2024-12-31; null as alt).  All
# its figures are flows of the year (proposals handled, drafts submitted, cases accepted, audit
# projects, the resolution rate of the year's cases).  Lines 2-3 (thanks, problems) hold no
# figure.  Line 4 is the heading 二、2025年工作总体要求和预期目标; line 6 (source 24) opens with
# 今年经济社会发展的主要预期目标是… : 今年 (= 2025) is explicit and governs the whole target
# list → period text 今年, 2025-01-01..2025-12-31, null as alt, modality target.  Line 8 is the
# heading 三、2025年重点工作; line 10 (source 28, 大力提振消费需求) states no period of its own and
# takes the heading's frame (period text 2025年, null as alt; things to be fostered: the end
# instant as a further alt, as wr_gansu_2025_d PLAN_SET), modality target.
Y24 = P("一年来", "2024-01-01", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[P("一年来", None, None)])
T25 = P("今年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("今年", None, None)], modality="target")
S25 = P("2025年", "2025-01-01", "2025-12-31")
PLAN_SET = dict(period=S25, period_alts=[P("2025年", None, None),
                                         P("2025年", "2025-12-31", "2025-12-31")],
                modality="target")
REVIEW_NOTE = "一年来 (= 2024) opens the line and governs it; a flow of the year"
TGT_NOTE = ("主要预期目标 → target; 今年 (= 2025) opens the line and governs the list; null as "
            "alt")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "三、2025年重点工作 (line 8 of the excerpt), null and the end instant as alts")

# ==== line 1 (source 19): 一年来… government's own work (2024) ====================================
g.neg("一年来，我们扎实开展", "一年来", PERIOD_NOTE + " (the review year 2024; governs the line)")
g.neg("“三抓三促”行动", "三抓三促", LABEL_NOTE + " (“三抓三促”行动: 抓学习促提升、抓执行促落实、"
      "抓效能促发展, the province's campaign)")
gov = g.with_subject(PLACE, GOV_ALTS)
PROP_NOTE = ("handled by the provincial government in 2024 (我们 = the government) → the "
             "province, the government as alt; " + REVIEW_NOTE)
gov("办理省人大代表建议578件", "578件", value=578, unit="count", kind="count", classifier="件",
    metric="省人大代表建议",
    metric_alts=["办理省人大代表建议", "人大代表建议", "代表建议", "省人大代表建议件数",
                 "办理人大代表建议", "建议"], **FLOW, note=PROP_NOTE)
gov("政协提案777件", "777件", value=777, unit="count", kind="count", classifier="件",
    metric="政协提案",
    metric_alts=["办理政协提案", "省政协提案", "提案", "政协提案件数", "办理省政协提案"],
    **FLOW, note="verb 办理 shared; " + PROP_NOTE)
gov("地方性法规草案10件", "10件", value=10, unit="count", kind="count", classifier="件",
    metric="地方性法规草案",
    metric_alts=["提请审议地方性法规草案", "提请审议的地方性法规草案", "地方性法规草案件数",
                 "法规草案"], **FLOW,
    note="drafts submitted to the provincial people's congress in 2024; " + REVIEW_NOTE)
gov("出台政府规章8件", "8件", value=8, unit="count", kind="count", classifier="件",
    metric="政府规章",
    metric_alts=["出台政府规章", "政府规章件数", "规章", "省政府规章"], **FLOW,
    note=REVIEW_NOTE)
CASES = ["行政复议改革受理案件", "受理案件", "行政复议案件", "受理行政复议案件",
         "行政复议受理案件数", "行政复议案件受理"]
gov("受理案件6965件", "6965件", value=6965, unit="count", kind="count", classifier="件",
    metric="行政复议受理案件", metric_alts=CASES, **FLOW,
    note="cases accepted under the reformed administrative review in 2024; " + REVIEW_NOTE)
gov("化解率达到90%", "90%", value=90, unit="%", kind="share",
    metric="行政复议案件化解率",
    metric_alts=["化解率", "行政复议化解率", "案件化解率", "行政复议受理案件化解率"], **FLOW,
    note="达到 → eq; a rate (share of the cases resolved, SPEC §2) of the year's cases → the "
         "year")
g.neg("建成省市县乡四级", "四级", "structure label 四级 (the four levels 省市县乡 are named just "
      "before, as 四级管理体系 in other golds), not a count claim")
gov("实施审计项目3349个", "3349个", value=3349, unit="count", kind="count", classifier="个",
    metric="审计项目",
    metric_alts=["实施审计项目", "审计项目数量", "审计"], **FLOW, note=REVIEW_NOTE)
gov("促进增收节支19.9亿元", "19.9亿元", value=19.9e8, unit="CNY", kind="amount",
    metric="促进增收节支",
    metric_alts=["增收节支", "审计促进增收节支", "增收节支金额", "审计增收节支",
                 "促进增收节支金额"], **FLOW,
    note="the revenue raised and spending saved through the audits of 2024; 亿元 = 1e8")
g.neg("中央八项规定", "八项规定", LABEL_NOTE + " (中央八项规定, the Party's Eight-point "
      "Regulation), not a count")
g.neg("、红十字等事业", "红十字", "organisation name 红十字 (Red Cross; 十字 'cross'), not a "
      "number (as wr_henan_2025)")

# ==== line 2 (source 20): thanks (no figures) =======================================================
g.neg("各位代表！过去一年", "过去一年", PERIOD_NOTE + " (the review year 2024; no number in its "
      "line)")

# ==== line 3 (source 21): problems (no figures) =====================================================
g.neg("“三个不平衡”", "三个不平衡", LABEL_NOTE + " (“三个不平衡”, the province's name for three "
      "imbalances), not a count claim")

# ==== line 4 (source 22): heading 二、 ==============================================================
g.neg("二、2025年工作总体要求", "二、", MARKER_NOTE)
g.neg("二、2025年工作总体要求", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "targets, 2025; restated by 今年 in the target line)")

# ==== line 5 (source 23): 今年是“十四五”规划收官… (no facts) ========================================
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("“十五五”发展谋划", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("实施一系列重大战略", "一系列", "quantifier 一系列 'a series of', not a quantity")
g.neg("出台一揽子政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a quantity")

g.neg("就一定能在新的起点", "一定", "adverb 一定 'certainly' (as wr_henan_2025), not a quantity")

# ==== line 6 (source 24): 主要预期目标 (2025) =========================================================
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值", "经济增长", "经济增速"]
fact("地区生产总值增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note="左右 → approx (outside the span); " + TGT_NOTE)
fact("工业增加值增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TGT_NOTE)
fact("固定资产投资增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=["全省固定资产投资", "固定资产投资增速", "投资"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TGT_NOTE)
fact("零售总额增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TGT_NOTE)
fact("进出口总额增长10%左右", "10%", value=10, unit="%", kind="growth", bound="approx",
     metric="外贸进出口总额",
     metric_alts=["进出口总额", "外贸进出口", "进出口", "对外贸易进出口总额", "外贸进出口额"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TGT_NOTE)
fact("同口径增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **TARGET, note="左右 → approx; 同口径 'on a comparable basis' → growth against 2024, yoy "
                    "(as wr_neimenggu_2025); " + TGT_NOTE)
fact("涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level (as wr_henan_2025); 左右 → approx; "
                    + TGT_NOTE)
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 左右 → approx; " + TGT_NOTE)
INC_NOTE = ("城乡…分别: 城镇居民人均可支配收入 ↔ 5%, 农村居民人均可支配收入 ↔ 7% (list order; the "
            "shared head restored, README §3); the trailing 左右 covers both values (README §6, "
            "as a trailing 以上 after a 分别 list) → approx, approx; each value has its own %; "
            + TGT_NOTE)
fact("分别增长5%和7%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇居民收入", "城乡居民人均可支配收入", "城镇常住居民人均可支配收入",
                  "居民人均可支配收入", "人均可支配收入"],
     comparison="yoy", **TARGET, note=INC_NOTE)
fact("5%和7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "城乡居民人均可支配收入", "农村常住居民人均可支配收入",
                  "居民人均可支配收入", "人均可支配收入"],
     comparison="yoy", **TARGET, note=INC_NOTE)
fact("稳定在252亿斤以上", "252亿斤", value=252e8 * JIN, unit="t", kind="amount", bound="ge",
     metric="粮食产量", metric_alts=["粮食总产量", "粮食", "粮食总产"], **TARGET,
     note="以上 → ge (outside the span); 252亿斤 × 0.0005 t = 1.26e7 t; the 2025 harvest; "
          + TGT_NOTE)

# ==== line 7 (source 25): 实现上述目标… (no facts) ===================================================
g.neg("多问一问", "一问", "reduplicated verb 问一问 'ask (once more)', not a quantity")
g.neg("掂一掂", "一掂", "reduplicated verb 掂一掂 'weigh up', not a quantity")
g.neg("一着不让抢抓机遇", "一着", IDIOM_NOTE.format("一着不让", "not yielding a single move"))
g.neg("一刻不停加快发展", "一刻", IDIOM_NOTE.format("一刻不停", "without a moment's pause"))
g.neg("一步不落追赶进位", "一步", IDIOM_NOTE.format("一步不落", "not falling a step behind"))
g.neg("立场一丝不移", "一丝", IDIOM_NOTE.format("一丝不移", "not moving a hair"))
g.neg("支出一分不少", "一分", IDIOM_NOTE.format("一分不少", "not a cent less"))
g.neg("力度一点不减", "一点", IDIOM_NOTE.format("一点不减", "not the least reduced"))
g.neg("安全是民生之首", "首", "之首 'the foremost (of)', a figure of speech, not a measured "
      "rank (gold README §2 首…)")
g.neg("没有安全和稳定，一切", "一切", "pronoun 一切 'all', not a quantity (as wr_china_1982)")
g.neg("十指弹琴抓统筹", "十指", IDIOM_NOTE.format("十指弹琴", "play the piano with ten "
      "fingers: coordinate everything"))

# ==== line 8 (source 26): heading 三、 ================================================================
g.neg("三、2025年重点工作", "三、", MARKER_NOTE)
g.neg("三、2025年重点工作", "2025年", PERIOD_NOTE + " (section heading: the year of the tasks, "
      "2025; the period text of the task facts without a period of their own)")

# ==== line 9 (source 27): task heading 一是 ==========================================================
g.neg("一是聚焦全方位扩大内需", "一是", MARKER_NOTE)

# ==== line 10 (source 28): 大力提振消费需求 ===========================================================
g.neg("全面落实“两新”政策", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
g.neg("服务业企业三年倍增计划", "三年", PLAN3_NOTE)
g.neg("服务业企业三年倍增计划", "倍增", LABEL_NOTE + " (倍增 'doubling' in the plan name "
      "服务业企业三年倍增计划, as 民营龙头企业倍增行动 in other golds), not a ratio fact — "
      "judgement call")
g.neg("生产性服务业双向发力", "双向", "双向 'two-way' (both kinds of services), not a quantity")
g.neg("大力发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a rank "
      "or count (as wr_henan_2025_b)")
g.neg("实施第四批县域商业", "第四批", "batch label 第四批 (the fourth round of the county "
      "commerce programme), not a count")
fact("培育4个省级县域商业", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="省级县域商业“领跑县”",
     metric_alts=new("省级县域商业“领跑县”", "省级县域商业领跑县", "县域商业“领跑县”",
                     "县域商业领跑县", "“领跑县”", "领跑县", "培育省级县域商业“领跑县”",
                     "省级县域商业领跑县数量"), **PLAN_SET,
     note="培育 → target: counties to be fostered into provincial leaders of county commerce in "
          "2025 (as 争创10个全国县域商业“领跑县” in wr_henan_2025_b); 增量 alts (README §3); "
          + PLAN_NOTE)
g.neg("推进“千集万店”", "千集万店", LABEL_NOTE + " (“千集万店” 'a thousand markets, ten "
      "thousand shops', a programme name), not counts — judgement call")
g.neg("城市一刻钟便民生活圈", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', a planning standard's name, as wr_henan_2025_b)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_gansu_2025.txt "
    f"({len(text):,} characters with the final newline), fixed by the brief; held out "
    "(corpora/heldout/). It spans three parts of the report: the last paragraph of the 2024 "
    "review (一年来，我们扎实开展党纪学习教育…: proposals and motions handled, regulations, "
    "administrative review, audits), the thanks and the problems paragraphs that close part 一; "
    "part 二、2025年工作总体要求和预期目标 in full (the 主要预期目标 of 2025 in source line 24); "
    "and the start of part 三、2025年重点工作 (heading, task 一是 and its first paragraph "
    "大力提振消费需求). Other excerpts of the same report: wr_gansu_2025 (lines 10-13), _b "
    "(15-18), _c (51-60), _d (31-39); no overlap. Title, source line and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-20, "
    "the delivery date in the report's header (source line 3: ——2025年1月20日在甘肃省第十四届"
    "人民代表大会第三次会议上); the corpus meta agrees. Place: 甘肃省 (甘肃, 全省, 我省 → alts; "
    "the provincial government as alt of the government's own work in line 1). Periods: line "
    "1 opens with 一年来 (= 2024) and governs it (flows of the year; null as alt); the target "
    "line opens with 今年 (= 2025, explicit; null as alt); line 10 takes the frame of the "
    "heading 三、2025年重点工作 (period text 2025年; null and the end instant as alts). "
    "Modality: actual in the review; target for the 预期目标 and the task. Bounds: 左右 → "
    "approx; 以上 → ge. Units: 亿元 1e8 CNY; 252亿斤 × 0.0005 = 1.26e7 t. Judgement calls: "
    "城乡居民人均可支配收入分别增长5%和7%左右 → two facts (城镇 ↔ 5%, 农村 ↔ 7%), the trailing 左右 "
    "covering both (approx, approx); 同口径增长 → yoy; 城镇调查失业率 → share; 化解率 → share of "
    "the year (flow); 四级 (省市县乡四级…体系), 三年 and 倍增 (服务业企业三年倍增计划), 千集万店, "
    "一刻钟 → labels (negatives); 4个…“领跑县” → count, target; subject of the government's "
    "counts (建议, 提案, 法规草案, 规章, 复议案件, 审计) → the province with the government as alt. "
    "No fact in the qualitative target 主要污染物排放完成国家下达目标. Negatives: 一年来, 三抓三促, "
    "四级, 八项规定, 红十字, 过去一年, 三个不平衡, 二、, 2025年 ×2, 十四五, 十五五, 一系列, "
    "一揽子, 一定, 一问, 一掂, 一着, 一刻, 一步, 一丝, 一分, 一点, 首 (民生之首), 一切, 十指, 三、, 一是, 两新, 三年, "
    "倍增, 双向, 首发, 第四批, 千集万店, 一刻钟. Lexicalized, not listed: 进一步, 一致, 一样, "
    "零售 (新零售).")

g.write(date=REF, source=f"shared/texts/work_report/wr_gansu_2025.txt lines {FIRST}–{LAST} "
        "(来源：甘肃日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
