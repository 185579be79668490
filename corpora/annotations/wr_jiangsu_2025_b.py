"""Gold annotations for wr_jiangsu_2025_b (2025年江苏省政府工作报告, second excerpt), lines 27-37
of shared/texts/work_report/wr_jiangsu_2025.txt.

The excerpt corpora/wr_jiangsu_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the 2025 主要预期目标 (source line 27, 今年经济社会发展
主要预期目标是…), the six principles (实现上述目标…一是…五是), the closing of part 二 (各位代表，
成就源于奋斗…8500万江苏人民), the heading 三、2025年重点工作, its opening line, task （一）
(policy package, domestic demand with the 2025 investment figures and project counts, foreign
trade) and the opening of task （二） (education).  Lines 1-16 are annotated in
wr_jiangsu_2025 and are not touched.  Lines 27-37 make 2,195 characters; adding line 38
(science, 439 characters) would make 2,634; the alternative 26-35 (2,440) trades the plan
lines 36-37 for line 26, which holds no number either, so 27-37 starts with the targets and
keeps more of the 2025 plan text.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jiangsu_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_jiangsu_2025_b"
PLACE = "江苏省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_jiangsu_2025.txt"
FIRST, LAST = 27, 37                    # 1-based, inclusive, whole lines
TITLE = "2025年江苏省政府工作报告"
JS_ALTS = ["江苏", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="今年经济社会发展主要预期目标是：", ends="为创新发展蓄势聚能。")
text = g.text
fact = g.with_subject(PLACE, JS_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind word (首…), not a measured rank or count (gold README §2)"

# ---- periods (reference date 2025-01-19; 今年 = 全年 = 2025) ---------------------------------
# Line 1 (source 27) opens with 今年 (= 2025): it governs the targets of its line (period text
# 今年, 2025-01-01..2025-12-31, null as alt); modality target.  The R&D intensity (研发投入强度
# 达3.35%) is a ratio of two flows of the year → the year, like its 2024 counterpart in
# wr_jiangsu_2025.  Line 3 (source 29, closing of part 二) states no period: the population
# 8500万 is said of the present → the reference date as an instant (see the fact's note).
# Lines 4-11 (source 30-37) are part 三、2025年重点工作 (heading inside the excerpt): line 8
# (source 34) names 全年 (= 2025) before the four investment amounts; it governs the rest of
# its line (the 500/200 projects); modality target throughout (plan text).
T25 = P("今年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("今年", None, None)], modality="target")
TGT_NOTE = "主要预期目标 → target; 今年 (= 2025) opens the line and governs it"
FY = P("全年", "2025-01-01", "2025-12-31")
PLAN = dict(period=FY, period_alts=[P("全年", None, None)], modality="target")
PLAN_NOTE = "2025 plan (part 三、2025年重点工作) → target; 全年 = 2025"

# ---- line 1 (source 27): 主要预期目标 --------------------------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "经济增长", "经济增速", "地区生产总值增速", "全省地区生产总值"]
fact("地区生产总值增长5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note=TGT_NOTE + "; 以上 → ge (outside the span)")
fact("城镇新增就业120万人以上", "120万人", value=1200000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **TARGET,
     note=TGT_NOTE + "; 以上 → ge (outside the span)")
fact("居民消费价格涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level (as wr_henan_2025); 左右 → approx")
# 居民收入增长与经济增长基本同步: a target without a number (no numeral, nothing to mark)
fact("零售总额增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note="左右 → approx")
fact("研发投入强度达3.35%左右", "3.35%", value=3.35, unit="%", kind="share", bound="approx",
     metric="全社会研发投入强度",
     metric_alts=["研发投入强度", "全社会研发经费投入强度", "研发经费投入强度", "R&D投入强度",
                  "R&D经费投入强度"], **TARGET,
     note="R&D spending as a share of GDP (a ratio of two flows of the year, as in "
          "wr_jiangsu_2025) → share, the year 2025; 达 is the verb (eq), 左右 → approx")
fact("能耗下降2%左右", "2%", value=-2, unit="%", kind="growth", bound="approx",
     metric="单位地区生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "能耗",
                  "单位地区生产总值能源消耗"], comparison="yoy", **TARGET,
     note="下降 → negative value; 左右 → approx")
g.neg("为“十五五”乃至", "十五五", "plan label 十五五 (SPEC §1)")

# ---- line 2 (source 28): 实现上述目标 … 一是 … 五是 (no facts) ----------------------------------
g.neg("一是坚持党的全面领导", "一是", MARKER_NOTE)
g.neg("“两个确立”", "两个确立", LABEL_NOTE + " (“两个确立”)")
g.neg("“两个维护”", "两个维护", LABEL_NOTE + " (“两个维护”)")
g.neg("二是坚持以人民为中心", "二是", MARKER_NOTE)
g.neg("三是坚持高质量发展", "三是", MARKER_NOTE)
g.neg("四是坚持守正创新", "四是", MARKER_NOTE)
g.neg("五是坚持系统集成", "五是", MARKER_NOTE)

# ---- line 3 (source 29): closing of part 二 ------------------------------------------------------
NOW = P("2025年", REF, REF)
fact("汇聚8500万江苏人民", "8500万", value=8.5e7, unit="count", kind="count", classifier="人",
     metric="江苏人民",
     metric_alts=["人口", "江苏人口", "常住人口", "江苏人民人数", "全省人口", "江苏人民数量"],
     period=NOW,
     period_alts=[P("2025年", "2025-12-31", "2025-12-31"), P("2025年", "2024-12-31", "2024-12-31"),
                  P("2025年", "2025-01-01", "2025-12-31"), P("2025年", None, None)],
     note="a rhetorical but real quantity: the province's population (as wr_liaoning_2025 "
          "4200万辽宁人民, wr_anhui_2025 7100万江淮儿女); no measure word → classifier 人, the "
          "counted noun as metric; actual. Period: the line states none; a population is a "
          "stock and the sentence speaks of the present → the reference date 2025-01-19 as "
          "an instant (judgement call; period text the year of part 二, 2025年工作总体要求和"
          "目标任务, whose heading is outside the excerpt); alts: the stock rule on that "
          "section frame (2025-12-31), the last statistical year-end (2024-12-31), the year "
          "and null")
g.neg("就一定能在风雨", "一定", "adverb 一定 'certainly', not a quantity")
g.neg("壮大，一定能为", "一定", "adverb 一定 'certainly', not a quantity")

# ---- line 4 (source 30): heading ------------------------------------------------------------------
g.neg("三、2025年重点工作", "三、", MARKER_NOTE)
g.neg("三、2025年重点工作", "2025年", PERIOD_NOTE + " (section heading: the plan's year)")

# ---- line 6 (source 32): （一） ---------------------------------------------------------------------
g.neg("（一）进一步巩固", "（一）", MARKER_NOTE)
g.neg("千方百计扩大有效需求", "千方百计", "idiom 千方百计 'by every means', not a quantity")

# ---- line 7 (source 33): 打好政策“组合拳” -----------------------------------------------------------
g.neg("深入落实一揽子增量政策", "一揽子", "一揽子 'package of', not a quantity")
g.neg("实施“两重”项目", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("落实“两新”政策", "两新", LABEL_NOTE + " (两新 = 设备更新和消费品以旧换新)")
g.neg("滚动出台一批", "一批", "vague quantifier 一批 (README §2), not a count")

# ---- line 8 (source 34): 全方位挖掘内需潜力 ---------------------------------------------------------
g.neg("拓展首发、首店", "首发", FIRST_NOTE + " (首发 'debut release', a kind of consumption "
      "scene)")
g.neg("首发、首店、首秀", "首店", FIRST_NOTE + " (首店 'first store' of a brand, as "
      "wr_neimenggu_2025)")
g.neg("首店、首秀、首展", "首秀", FIRST_NOTE + " (首秀 'debut show')")
g.neg("首秀、首展等消费场景", "首展", FIRST_NOTE + " (首展 'debut exhibition')")
INV_NOTE = ("全年 (= 2025) opens the clause; 分别 maps the four fields to the four amounts in "
            "order (交通 ↔ 2300亿元, 水利 ↔ 600亿元, 能源 ↔ 1700亿元, 市政 ↔ 1400亿元); "
            "达 = the level to reach (eq); " + PLAN_NOTE)
fact("投资分别达2300亿元", "2300亿元", value=2.3e11, unit="CNY", kind="amount",
     metric="交通领域投资",
     metric_alts=["交通投资", "交通领域投资额", "交通领域", "交通"], **PLAN, note=INV_NOTE)
fact("2300亿元、600亿元", "600亿元", value=6e10, unit="CNY", kind="amount",
     metric="水利领域投资",
     metric_alts=["水利投资", "水利领域投资额", "水利领域", "水利"], **PLAN, note=INV_NOTE)
fact("600亿元、1700亿元", "1700亿元", value=1.7e11, unit="CNY", kind="amount",
     metric="能源领域投资",
     metric_alts=["能源投资", "能源领域投资额", "能源领域", "能源"], **PLAN, note=INV_NOTE)
fact("1700亿元、1400亿元", "1400亿元", value=1.4e11, unit="CNY", kind="amount",
     metric="市政领域投资",
     metric_alts=["市政投资", "市政领域投资额", "市政领域", "市政"], **PLAN, note=INV_NOTE)
fact("加快建设500个省重大项目", "500个", value=500, unit="count", kind="count",
     classifier="个", metric="省重大项目",
     metric_alts=["建设省重大项目", "省重大项目数量", "重大项目", "加快建设省重大项目"],
     **PLAN, note="the province's major projects to be built in 2025; 全年 earlier in the line "
                  "governs it; " + PLAN_NOTE)
fact("和200个民间投资", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="民间投资重点产业项目",
     metric_alts=["民间投资重点产业项目数量", "民间投资项目", "重点产业项目",
                  "建设民间投资重点产业项目"],
     **PLAN, note="verb 加快建设 shared with 500个; " + PLAN_NOTE)

# ---- line 9 (source 35): 加快培育外贸新动能 ---------------------------------------------------------
g.neg("加快培育一批内外贸", "一批", "vague quantifier 一批 (README §2), not a count")
g.neg("关键零部件", "零部件", "零部件 'components' (零 'spare'), not a quantity")

# ---- line 10 (source 36): （二） -------------------------------------------------------------------
g.neg("（二）以科技创新", "（二）", MARKER_NOTE)

# ---- line 11 (source 37): 打造高质量教育体系 -------------------------------------------------------
g.neg("加大“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_jiangsu_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the 2025 主要预期目标 "
    "(source line 27), the principles 实现上述目标…一是…五是 (28), the closing of part 二 (29, "
    "8500万江苏人民), the heading 三、2025年重点工作 (30), its opening (31) and task （一） in "
    "full (32-35: 打好政策“组合拳”, 全方位挖掘内需潜力 with the 2025 investment amounts and "
    "project counts, 加快培育外贸新动能), then the opening of task （二） and 打造高质量教育体系 "
    "(36-37). Lines 1-16 are in wr_jiangsu_2025 (no overlap). Adding line 38 would make 2,634 "
    "characters; line 26 (before the targets) holds no number. Title, source and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-19, the delivery date in source line 3 (2025年1月19日在江苏省第十四届人民代表大会第"
    "三次会议上省长许昆林作政府工作报告), as wr_jiangsu_2025. Place: 江苏省 (江苏, 全省, 我省 → "
    "alts). Periods: 今年 (= 2025) opens the targets line (2025-01-01..2025-12-31, null as alt); "
    "全年 (= 2025) opens the investment clause of source line 34 and governs the rest of that "
    "line (500个, 200个); the population 8500万 → instant at the reference date (judgement "
    "call; the section-frame stock reading 2025-12-31, 2024-12-31, the year and null as alts). "
    "Modality: targets and plan figures → target; 8500万 → actual. Bounds: 以上 → ge, 左右 → "
    "approx, 达 → eq. Judgement calls: 研发投入强度达3.35%左右 → share of the year (approx); "
    "能耗下降2%左右 → growth −2; 分别达2300亿元、600亿元、1700亿元、1400亿元 → four amounts "
    "mapped in order to 交通/水利/能源/市政领域投资; 8500万江苏人民 → a population count "
    "(classifier 人, as wr_liaoning_2025 4200万辽宁人民); 首发/首店/首秀/首展 → negatives "
    "(kinds of consumption scenes, not ranks). Targets without a number (居民收入增长与经济增长"
    "基本同步, 粮食产量保持稳定) give no fact. Negatives: 十五五, 一是…五是, 两个确立, 两个维护, "
    "一定 ×2, 三、, 2025年, （一）, 千方百计, 一揽子, 两重, 两新, 一批 ×2, 首发, 首店, 首秀, 首展, "
    "零部件, （二）, 双一流. Lexicalized, not listed: 统一, 进一步, 一体 (一体改革, 一体化), 一流.")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangsu_2025.txt lines {FIRST}–{LAST} "
        "(来源：江苏新闻)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
