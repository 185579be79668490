"""Gold annotations for wr_hebei_2025_b (2025年河北省政府工作报告, the 2025 plan), lines 31-45
of shared/texts/work_report/wr_hebei_2025.txt.

The excerpt corpora/wr_hebei_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: tasks （五） to （八） of part 二、2025年目标任务和主要工作
(heading in source line 14, outside the excerpt): 乡村全面振兴 (农业强省, 新型城镇化),
生态环境治理 (蓝天碧水净土, 生态保护修复, 绿色低碳发展), 安全防线 (风险, 安全生产, 社会治理)
and 民生实事 (就业, 社会保障, 公共服务), each with its heading.  Lines 31-45 make 2,261
characters and hold the most numbers of any run of 2,000-2,500 characters outside lines
8-15 (annotated in wr_hebei_2025): 16 facts, all 2025 plan figures.  The runs around tasks
（三）-（四） (lines 25-37 would be 2,647 characters; lines 26-37, 2,335, hold 15) and the
text before line 8 (too short, lines 1-7 make ~1,290 characters) hold fewer.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_hebei_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_hebei_2025_b"
PLACE = "河北省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hebei_2025.txt"
FIRST, LAST = 31, 45                    # 1-based, inclusive, whole lines
TITLE = "2025年河北省政府工作报告"
SUBJ_ALTS = ["河北", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）聚力乡村全面振兴", ends="推动全民健身活动广泛开展。")
text = g.text
fact = g.with_subject(PLACE, SUBJ_ALTS)

MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
BATCH_NOTE = "vague quantifier 一批 (README §2), not a count"
ROUND_NOTE = "新一轮 'a new round', not a count"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"

# ---- periods (reference date 2025-01-13) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年目标任务和主要工作 (heading in source line 14, outside
# the excerpt; 重点做好八方面工作 in source line 17): every number is a plan figure for 2025 →
# modality target.  No line of the excerpt states a period of its own (no 今年 / 全年 / 年内),
# so the facts take the section frame 2025-01-01..2025-12-31 (SPEC §4) with the heading's
# period text 2025年 (as wr_sichuan_2025_b / wr_anhui_2025_b), null as alt.  That surface (the
# heading, and the document title 2025年河北省政府工作报告) lies outside the excerpt, which
# names no period anywhere: the shared gold/check_gold.py flags these period texts as "not in
# the article" — a known, accepted consequence of choosing the densest run (the period text
# is not scored; start/end are).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_NOTE = ("2025 plan → target; the line states no period: section frame of the heading "
             "二、2025年目标任务和主要工作 (outside the excerpt), null as alt")


def added(noun, *more):
    """Counts of units to be newly made/created: noun forms + the SPEC-2 增量 reading."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


# ---- line 1 (source 31): （五）乡村全面振兴 ---------------------------------------------------
g.neg("（五）聚力乡村", "（五）", MARKER_NOTE)
g.neg("“千万工程”经验", "千万工程", LABEL_NOTE + " (“千万工程”: 千村示范、万村整治, "
      "Zhejiang's village programme), not a count")

# ---- line 2 (source 32): 加快建设农业强省 ---------------------------------------------------
g.neg("粮食单产提升行动", "单产", "lexicalized 单产 'yield per unit area', not a quantity")
fact("确保粮食总产740亿斤以上", "740亿斤", value=740e8 * 0.0005, unit="t", kind="amount",
     bound="ge", metric="粮食总产", metric_alts=["粮食总产量", "粮食产量"], **PLAN,
     note="确保 → target; 斤 = 0.0005 t (SPEC §3): 740亿斤 = 3.7e7 t; 以上 → ge (outside "
          "the span); " + PLAN_NOTE)
g.neg("等6大主导产业", "6大", "set label N大 (6大主导产业, summing up the industries named "
      "before it; README §2 八大, as 六大主导产业 elsewhere), not a count claim")
fact("改造农村户厕20.6万座", "20.6万座", value=206000, unit="count", kind="count",
     classifier="座", metric="农村户厕",
     metric_alts=["改造农村户厕", "农村户厕改造", "农村户厕数量", "农村户厕改造数量"], **PLAN,
     note="toilets to be renovated in 2025 (as 42.5万座 for 2024 in wr_hebei_2025); "
          + PLAN_NOTE)
fact("布局建设11个省级和美乡村", "11个", value=11, unit="count", kind="count",
     classifier="个", metric="省级和美乡村重点片区",
     metric_alts=added("省级和美乡村重点片区", "和美乡村重点片区", "布局建设省级和美乡村重点片区",
                       "和美乡村片区"), **PLAN,
     note="areas to be laid out and built in 2025; 省级 names the class (no numeral); "
          + PLAN_NOTE)
g.neg("开展新一轮农村公路", "一轮", ROUND_NOTE)
g.neg("“四个不摘”", "四个不摘", LABEL_NOTE + " (“四个不摘”: the four 'no removals' of "
      "poverty-alleviation support), not a count claim")

# ---- line 3 (source 33): 深入实施新型城镇化战略 (no facts) ----------------------------------
g.neg("实施新一轮农业转移", "一轮", ROUND_NOTE)

# ---- line 4 (source 34): （六）生态环境治理 ---------------------------------------------------
g.neg("（六）聚力生态", "（六）", MARKER_NOTE)

# ---- line 5 (source 35): 蓝天碧水净土保卫战 -------------------------------------------------
g.neg("巩固“退后十”成果", "退后十", "label “退后十” (leaving the bottom ten of the national "
      "air-quality ranking, as wr_hebei_2025), not a quantity here")
fact("水质达标率达到100%", "100%", value=100, unit="%", kind="share",
     metric="县级以上饮用水源水质达标率",
     metric_alts=["饮用水源水质达标率", "县级以上饮用水水源水质达标率",
                  "县级以上集中式饮用水水源水质达标率", "饮用水水源水质达标率",
                  "县级以上饮用水源达标率"], **PLAN,
     note="a rate → share; 达到 → eq; 县级以上 (no numeral) names the set of water sources "
          "in the metric; the year's assessment → the year; " + PLAN_NOTE)

# ---- line 6 (source 36): 生态保护修复 -------------------------------------------------------
g.neg("塞罕坝林场“二次创业”", "二次创业", LABEL_NOTE + " (“二次创业” 'second venture' of "
      "the Saihanba forest farm), not a count")
g.neg("抓好“三北”六期", "三北", "programme name “三北”工程 (Three-North Shelterbelt), not a "
      "quantity")
g.neg("“三北”六期等", "六期", "phase label 六期 (the sixth phase of the programme, README §2 "
      "一期), not a quantity")
fact("完成营造林600万亩", "600万亩", value=600e4, unit="mu", kind="amount",
     metric="营造林",
     metric_alts=["营造林面积", "造林", "造林面积", "完成营造林", "营造林亩数"], **PLAN,
     note="亩 stays mu (as 638万亩 for 2024 in wr_hebei_2025); " + PLAN_NOTE)
fact("修复退化草原50万亩", "50万亩", value=50e4, unit="mu", kind="amount",
     metric="修复退化草原",
     metric_alts=["退化草原修复", "退化草原", "修复退化草原面积", "退化草原修复面积",
                  "草原修复"], **PLAN, note=PLAN_NOTE)
fact("压减地下水开采量1.57亿立方米", "1.57亿立方米", value=-1.57e8, unit="m3",
     kind="amount", metric="地下水开采量增量",
     metric_alts=["地下水开采量压减", "压减地下水开采量", "地下水开采量", "地下水压采量",
                  "地下水超采量压减", "地下水开采量减少"], **PLAN,
     note="压减 X: an absolute change of a level → the level's metric + 增量, signed "
          "negative (SPEC §2; as 压减1.77亿立方米 in wr_hebei_2025); 亿立方米 ×1e8 m3; "
          + PLAN_NOTE)

# ---- line 7 (source 37): 绿色低碳发展 -------------------------------------------------------
fact("并网装机1300万千瓦以上", "1300万千瓦", value=1300e7, unit="W", kind="amount",
     bound="ge", metric="新增风电光伏并网装机",
     metric_alts=["风电光伏并网装机增量", "风电光伏并网装机", "风电光伏装机",
                  "新增风电光伏装机", "风电光伏新增并网装机", "新增风电光伏并网装机容量",
                  "风电光伏装机增量"], **PLAN,
     note="capacity to be added in 2025; 万千瓦 = 1e7 W → 1.3e10 W; 以上 → ge (outside the "
          "span); the level-change reading (…增量) as alts; " + PLAN_NOTE)
g.neg("选树一批领跑企业", "一批", BATCH_NOTE)
fact("创建省级以上绿色工厂100家", "100家", value=100, unit="count", kind="count",
     classifier="家", metric="省级以上绿色工厂",
     metric_alts=added("省级以上绿色工厂", "绿色工厂", "创建省级以上绿色工厂", "绿色工厂数量"),
     **PLAN,
     note="factories to be certified (创建) in 2025; the level 省级以上 (no numeral) defines "
          "the counted set (SPEC §2) and stays in the metric; " + PLAN_NOTE)
g.neg("零碳园区", "零碳", "label 零碳 (zero-carbon park, README §2), not a quantity")

# ---- line 8 (source 38): （七）安全防线 -------------------------------------------------------
g.neg("（七）聚力筑牢", "（七）", MARKER_NOTE)

# ---- line 9 (source 39): 防范化解重点领域风险 (no numerals) --------------------------------

# ---- line 10 (source 40): 安全生产 ----------------------------------------------------------
g.neg("治本攻坚三年行动", "三年", PLAN3_NOTE)

# ---- line 11 (source 41): 社会治理 ----------------------------------------------------------
g.neg("“四下基层”", "四下基层", LABEL_NOTE + " (“四下基层”: the four ways officials go down to "
      "the grassroots), not a count claim")

# ---- line 12 (source 42): （八）民生实事 ------------------------------------------------------
g.neg("（八）聚力办好", "（八）", MARKER_NOTE)
fact("继续实施20项民生工程", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="民生工程",
     metric_alts=["民生工程数量", "实施民生工程", "继续实施民生工程"], **PLAN,
     note="the 20 livelihood projects of 2025 (as 20项民生工程 for 2024 in wr_hebei_2025); "
          + PLAN_NOTE)

# ---- line 13 (source 43): 就业 --------------------------------------------------------------
g.neg("“15分钟就业服务圈”", "15分钟", "judgement call: part of the name of the programme "
      "“15分钟就业服务圈” (the '15-minute employment service circle'), a label, not a "
      "measured duration (as “15分钟公共法律服务圈” elsewhere)")
g.neg("零就业家庭", "零", "零就业家庭 'zero-employment households', a category name, not a "
      "quantity")
g.neg("动态清零", "清零", "清零 'clear to zero' (eliminate), a goal word, not a quantity")
fact("城镇新增就业86万人", "86万人", value=860000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **PLAN,
     note="no bound word → eq; " + PLAN_NOTE)

# ---- line 14 (source 44): 社会保障 ----------------------------------------------------------
g.neg("残疾人两项补贴", "两项", "label 两项补贴 (the two disability allowances), not a count "
      "claim (as wr_hebei_2025)")
fact("改造城镇老旧小区500个以上", "500个", value=500, unit="count", kind="count",
     classifier="个", bound="ge", metric="城镇老旧小区",
     metric_alts=["改造城镇老旧小区", "老旧小区", "城镇老旧小区改造", "老旧小区改造",
                  "老旧小区改造数量", "城镇老旧小区数量"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("棚改安置房10万套以上", "10万套", value=100000, unit="count", kind="count",
     classifier="套", bound="ge", metric="棚改安置房",
     metric_alts=["建成交付棚改安置房", "棚改安置房数量", "棚户区改造安置房", "建成棚改安置房",
                  "交付棚改安置房"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)

# ---- line 15 (source 45): 公共服务 ----------------------------------------------------------
g.neg("教师队伍建设三年行动计划", "三年", PLAN3_NOTE)
fact("义务教育学校169所", "169所", value=169, unit="count", kind="count", classifier="所",
     metric="义务教育学校",
     metric_alts=added("义务教育学校", "新改扩建义务教育学校", "新改扩建义务教育学校数量"),
     **PLAN,
     note="schools to be built, rebuilt or extended (新改扩建) in 2025 (as 251所 for 2024 in "
          "wr_hebei_2025); " + PLAN_NOTE)
fact("创建省级特色高中30所", "30所", value=30, unit="count", kind="count", classifier="所",
     metric="省级特色高中",
     metric_alts=added("省级特色高中", "特色高中", "创建省级特色高中"), **PLAN,
     note="high schools to be certified (创建) in 2025; " + PLAN_NOTE)
g.neg("打造一批产教融合", "一批", BATCH_NOTE)
fact("燕赵名师工作室62个", "62个", value=62, unit="count", kind="count", classifier="个",
     metric="燕赵名师工作室",
     metric_alts=added("燕赵名师工作室", "名师工作室", "创建燕赵名师工作室"), **PLAN,
     note=PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hebei_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: tasks （五） to "
    "（八） of part 二、2025年目标任务和主要工作, each with its heading (乡村全面振兴; 生态环境"
    "治理; 安全防线; 民生实事 with 就业, 社会保障, 公共服务). It is the run of 2,000-2,500 "
    "characters with the most numbers outside lines 8-15 (annotated in wr_hebei_2025, no "
    "overlap): lines 1-7 are too short to make 2,000 characters without line 8, and the runs "
    "over tasks （一）-（四） hold fewer numbers (lines 26-37: 15; 25-37 would pass 2,500). "
    "Title, dateline and the heading of part 二 are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-13, the delivery date in the report's "
    "header (source line 2: 2025年1月13日在河北省第十四届人民代表大会第三次会议上), as "
    "wr_hebei_2025. Place: 河北省 (全省/我省/河北 → alts). Periods: every number is a plan "
    "figure for 2025 and no line of the excerpt states a period, so the facts take the "
    "section frame 2025-01-01..2025-12-31 with the heading's period text 2025年, null as alt "
    "(that surface lies outside the excerpt, which names no period: shared check_gold.py "
    "reports the period texts as not in the article; period text is not scored). "
    "Modality: target throughout (确保, 完成, 创建, 实施… in the plan). Bounds: 以上 → ge; no "
    "other bound words. Units: 斤 0.0005 t (740亿斤 = 3.7e7 t); 万千瓦 1e7 W; 亿立方米 1e8 m3; "
    "亩 mu. Judgement calls: 压减地下水开采量1.57亿立方米 → −1.57e8 m3, metric 地下水开采量增量 "
    "(as wr_hebei_2025); 新增风电光伏并网装机 → metric with the 增量 reading as alts; 省级以上 / "
    "县级以上 (no numerals) stay in the metrics; 6大主导产业 → set label (negative); "
    "“15分钟就业服务圈” → programme name (negative); 零就业家庭 / 清零 → negatives; 六期 → phase "
    "label. Negatives: （五）（六）（七）（八）, 千万工程, 单产, 6大, 一轮 ×2, 四个不摘, 退后十, "
    "二次创业, 三北, 六期, 一批 ×2, 零碳, 三年 ×2, 四下基层, 15分钟, 零, 清零, 两项. "
    "Lexicalized, not listed: 一体 (一体发展, 一体化).")

g.write(date=REF, source=f"shared/texts/work_report/wr_hebei_2025.txt lines {FIRST}–{LAST} "
        "(2025年河北省政府工作报告, 来源：河北日报)", title=TITLE, notes=NOTES,
        title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
