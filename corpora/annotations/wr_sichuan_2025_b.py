"""Gold annotations for wr_sichuan_2025_b (2025年四川省政府工作报告, the 2025 part), lines 31-39
of shared/texts/work_report/wr_sichuan_2025.txt.

The excerpt corpora/wr_sichuan_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 2025年工作安排建议, its opening line
(今年是“十四五”规划收官之年…), the 2025 主要预期目标 (source line 33), the two paragraphs on
the conditions and the guiding principles (完成全年发展目标…, 坚持从全局谋划一域…二是…五是…),
重点做好9个方面工作, and task （一）全方位扩大内需 with its first two paragraphs (做实项目支撑
扩大有效投资, 实施提振消费专项行动).  Lines 31-39 make 2,238 characters; adding line 40 (the
heading of task （二）, no number) gives 2,343, adding line 41 too would pass 2,500, and
starting earlier would pull in the 2024 review (lines 1-15 are annotated in wr_sichuan_2025;
lines 29-30 are the thanks and the problems).  The plan text around the targets is not
dense: its numbers are mostly labels (两重, 两新, 三级百圈, 第8.6代…).  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_sichuan_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_sichuan_2025_b"
PLACE = "四川省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_sichuan_2025.txt"
FIRST, LAST = 31, 39                    # 1-based, inclusive, whole lines
TITLE = "2025年四川省政府工作报告"
SC_ALTS = ["四川", "全省", "我省"]
GOV_ALTS = SC_ALTS + ["四川省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="2025年工作安排建议", ends="打造国际消费目的地、美好生活体验地。")
text = g.text
fact = g.with_subject(PLACE, SC_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt is part 2025年工作安排建议 (line 1 of the excerpt, the heading): its
# frame is the year 2025.  Line 3 (the 主要预期目标) opens with 今年 (= 2025, the report was
# delivered on 2025-01-20): period text 今年, 2025-01-01..2025-12-31, null as alt; modality
# target.  The plan lines (重点做好9个方面工作; task （一）) state no period of their own: they
# take the section frame with the heading's period text 2025年 (SPEC §4, as wr_xizang_2025 /
# wr_henan_2025), null as alt.  全年 in line 4 (完成全年发展目标) governs no number.
T25 = P("今年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("今年", None, None)], modality="target")
TARGET_NOTE = "主要预期目标 → target; 今年 (= 2025) opens the line and governs it"
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("plan for 2025 → target; the line states no period: section frame of the "
             "heading 2025年工作安排建议 (2025), null as alt")

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("2025年工作安排建议", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "plan, 2025; the period text of the plan facts without a period of their own)")

# ---- line 2: 今年是… --------------------------------------------------------------------------
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("也是“十五五”蓄势", "十五五", "plan label 十五五 (SPEC §1)")

# ---- line 3: 主要预期目标 (2025) ----------------------------------------------------------------
fact("地区生产总值增长5.5%以上", "5.5%", value=5.5, unit="%", kind="growth", bound="ge",
     metric="地区生产总值",
     metric_alts=["GDP", "生产总值", "全省地区生产总值", "经济增长", "经济增速"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; 以上 → ge (outside the span)")
fact("城镇新增就业85万人", "85万人", value=850000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业"], **TARGET,
     note="no bound word → eq")
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note="a rate → share (SPEC §2); 左右 → approx")
fact("涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level; 左右 → approx")
fact("预算收入增长2%", "2%", value=2, unit="%", kind="growth",
     metric="地方一般公共预算收入",
     metric_alts=["一般公共预算收入", "公共预算收入", "财政收入", "地方一般公共预算收入增速"],
     comparison="yoy", **TARGET, note="no bound word → eq")
fact("粮食产量725亿斤以上", "725亿斤", value=725e8 * 0.0005, unit="t", kind="amount",
     bound="ge", metric="粮食产量", metric_alts=["粮食总产量"], **TARGET,
     note="725亿斤 = 3.625e7 t (斤 = 0.0005 t, SPEC §3); 以上 → ge")

# ---- line 4: 完成全年发展目标… (no facts) -------------------------------------------------------
g.neg("成渝地区双城经济圈建设等机遇", "双城", "name 双城经济圈 (twin-city economic circle, as "
      "wr_sichuan_2025), not a quantity")
g.neg("一定能够战胜", "一定", "adverb 一定 'certainly', not a quantity")

# ---- line 5: 坚持从全局谋划一域…二是…五是… (no facts) ---------------------------------------------
g.neg("从全局谋划一域", "一域", "idiom 谋划一域 / 以一域服务全局 (README §2 一域), not a quantity")
g.neg("以一域服务全局", "一域", "idiom 以一域服务全局 (README §2 一域), not a quantity")
g.neg("成渝地区双城经济圈建设等走深", "双城", "name 双城经济圈, not a quantity")
g.neg("加快推进一批重大科技力量", "一批", VAGUE_NOTE)
g.neg("二是保持", "二是", MARKER_NOTE)
g.neg("三是把全方位", "三是", MARKER_NOTE)
g.neg("四是用好", "四是", MARKER_NOTE)
g.neg("关键一招", "一招", "idiom 关键一招 'a key move', not a count (as "
      "nw_yangtze_waterway_2026)")
g.neg("加快推动一批标志性", "一批", VAGUE_NOTE)
g.neg("“两种资源”", "两种资源", LABEL_NOTE + " (“两种资源”: domestic and international "
      "resources)")
g.neg("五是在高质量", "五是", MARKER_NOTE)
g.neg("科学编制“十五五”", "十五五", "plan label 十五五 (SPEC §1)")

# ---- line 6: 重点做好9个方面工作 -------------------------------------------------------------------
fact("重点做好9个方面工作", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="重点工作方面",
     metric_alts=["方面", "工作方面", "方面工作", "重点工作", "重点做好的工作方面",
                  "重点工作方面数量", "方面数量"],
     subject_alts=GOV_ALTS, **PLAN,
     note="judgement call: the areas of work planned for 2025 (the nine tasks （一）…（九）) → "
          "a count (as 9个方面 in nw_cctv_20250518_zhejiang_open_2025, README §2 counts of "
          "measures); a discourse count (negative) is the alternative; " + PLAN_NOTE)

# ---- line 7: （一）全方位扩大内需 (no facts) ------------------------------------------------------
g.neg("（一）全方位扩大内需", "（一）", MARKER_NOTE)

# ---- line 8: 做实项目支撑扩大有效投资 (no facts) ----------------------------------------------------
g.neg("抓住“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”等机遇", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")
g.neg("布局建设一批人工智能", "一批", VAGUE_NOTE)
g.neg("京东方第8.6代柔性", "第8.6代", "product-generation label of the display line (G8.6, "
      "a glass-substrate size class), a model name (SPEC §1), not a quantity")
g.neg("、四川时代动力电池", "四川", PLACE_NOTE.format("四川时代, a company"))
g.neg("、万华化学产业园", "万华", PLACE_NOTE.format("万华化学, a company"))
g.neg("化学产业园二期", "二期", "phase label 二期 (README §2 一期), not a quantity")

# ---- line 9: 实施提振消费专项行动 ----------------------------------------------------------------
g.neg("瞄准“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小”: the elderly and the young)")
g.neg("建设一批特色消费", "一批", VAGUE_NOTE)
g.neg("“三级百圈”", "三级百圈", LABEL_NOTE + " (标志性商圈“三级百圈”, the programme's name; "
      "the glossary's 100 商圈 over 5 years are not stated here)")
g.neg("积极发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a "
      "rank or count")
g.neg("挖掘“三州”", "三州", "group name “三州” (the three autonomous prefectures 阿坝, 甘孜, "
      "凉山), not a count claim")
g.neg("建设一批旅游驿站", "一批", VAGUE_NOTE)
fact("用好240小时过境免签", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签", "过境免签时长", "过境免签政策", "过境免签政策时长",
                  "过境免签停留时长", "过境免签时间", "240小时过境免签政策"],
     period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)],
     note="duration carried in a policy name (as 240小时 in wr_henan_2025); 240 小时 = 10 day "
          "(SPEC §3); judgement call: the policy already exists (用好 'make good use of'), its "
          "duration is not a goal → actual (target is the alternative); the line states no "
          "period: section frame 2025 (heading), null and the reference date as alts")

NOTES = (
    "Excerpt: lines 31-39 of shared/texts/work_report/wr_sichuan_2025.txt (2,238 characters "
    "with the final newline), sliced by code: the heading 2025年工作安排建议, 今年是“十四五”规划"
    "收官之年…, the 2025 主要预期目标 (source line 33), 完成全年发展目标面临诸多挑战…, the "
    "principles (坚持从全局谋划一域… 二是…五是…), 重点做好9个方面工作, and task （一）全方位扩大"
    "内需 with its paragraphs 做实项目支撑扩大有效投资 and 实施提振消费专项行动. Lines 1-15 are "
    "annotated in wr_sichuan_2025 (no overlap). Adding line 40 (heading of task （二）, no "
    "number) would give 2,343 characters, line 41 too passes 2,500. Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-20, the delivery date in the report's header (source line 3: "
    "2025年1月20日在四川省第十四届人民代表大会第四次会议上), as wr_sichuan_2025. Place: 四川省 "
    "(四川, 全省, 我省 → alts; the provincial government as alt of the 9 areas of work). "
    "Periods: the targets line opens with 今年 (= 2025): 2025-01-01..2025-12-31, null as alt; "
    "the plan lines state no period and take the frame of the heading 2025年工作安排建议 "
    "(period text 2025年, null as alt). Modality: targets and plans → target; the 240小时 "
    "transit visa-free stay is a parameter of an existing policy → actual (judgement call). "
    "Bounds: 以上 → ge; 左右 → approx; 85万人 and 地方一般公共预算收入增长2% have no bound "
    "word → eq. Units: 725亿斤 → 3.625e7 t; 240小时 → 10 day. Judgement calls: 9个方面工作 → "
    "count 9 (target; a discourse count is the alternative); 第8.6代 (display-line "
    "generation) → model label (negative); 三级百圈, 三州, 一老一小, 两种资源, 首发(经济) → "
    "labels; 四川时代 / 万华化学 → names. Negatives: 2025年, 十四五, 十五五 ×2, 双城 ×2, 一定, "
    "一域 ×2, 一批 ×5, 二是, 三是, 四是, 五是, 一招, 两种资源, （一）, 两重, 两新, 第8.6代, 四川, "
    "万华, 二期, 一老一小, 三级百圈, 首发, 三州. Lexicalized, not listed: 一般 (一般公共预算收入), "
    "半导体, 清单, 零售, 单方面.")

g.write(date=REF, source=f"shared/texts/work_report/wr_sichuan_2025.txt lines {FIRST}–{LAST} "
        "(来源：四川日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
