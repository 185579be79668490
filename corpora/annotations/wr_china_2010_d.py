"""Gold annotations for wr_china_2010_d (2010年中华人民共和国国务院政府工作报告, the 2010 tasks:
energy saving and the environment, regional development, agriculture and rural areas, and the
opening of task （四） education), lines 98-119 of shared/texts/work_report/wr_china_2010.txt.

The excerpt corpora/wr_china_2010_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、2010年主要任务 (heading on source
line 58, outside the excerpt): the end of task （二）加快转变经济发展方式 (heading on source line
90, outside) — 打好节能减排攻坚战和持久战 一要…四要 (8000万吨标准煤, 1500万立方米 / 6万吨 of
daily treatment capacity, 8880万亩 of new forest) and 推进区域经济协调发展 (three lines) — task
（三）加大统筹城乡发展力度 in full (连续6年增产增收; subsidies 1335亿元 / +60.4亿元; minimum
purchase prices +3分 / 5分 / 1毛钱 / 3分钱; “三农” 8183亿元 / +930亿元; 千亿斤 capacity plan; 6000万
rural people with safe water) and the heading and first three lines of task （四）科教兴国 (五个
方面, 一是).  All of it is the plan for 2010.  wr_china_2010 (lines 3-29) and wr_china_2010_b
(33-57) hold the review of 2009, wr_china_2010_c (137-167) the social tasks (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2010_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2010_d"
SOURCE_ID = "wr_china_2010"
PLACE = "中国"
REF = "2010-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 98, 119                   # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2010年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2010)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="打好节能减排攻坚战和持久战。",
                 ends="满足群众多样化的教育需求。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N要 / N是 / heading number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending or price setting: subject the document's "
            "place 中国, 中央财政/中央政府/国务院 as alts (as wr_china_2010_c / wr_china_2009_d)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2010-03-05; 今年 = 2010, 上年 = 2009) ------------------------------
# The excerpt lies in part 二、2010年主要任务 (source line 58, outside the excerpt): the plan for
# 2010 → modality target.  Lines without a period before a number take the section frame
# 2010-01-01..2010-12-31 (SPEC §4), period text 今年 (the excerpt's own word for the plan year,
# lines 1 and 18; as wr_china_2010_c), the null reading in period_alts.  Lines that name 今年
# before their numbers get it explicitly, without the null alt: line 1 (今年要新增8000万吨标准煤
# 的节能能力) and line 18 (今年再解决6000万农村人口…).
# - Line 9: 在连续6年增产增收之后 looks back on the streak 2004-2009 (the 2010 report's review
#   states 实现连续6年增产 for 2009, as wr_china_2010): a fact of the past → actual, the year
#   in which the streak ends (2009) as gold (as wr_china_2010), the streak's span, the plan
#   frame (the mechanical SPEC §4 reading) and null as alts.
# - 比上年 (lines 11, 14) is a basis, not a period.
# - 千亿斤 in the name of the capacity plan (line 14): the plan frame, null as alt (as
#   wr_china_2009_d / wr_china_2010).
YT = "今年"
Y10 = P(YT, "2010-01-01", "2010-12-31")
Y10_NULL = P(YT, None, None)
PLAN = dict(period=Y10, period_alts=[Y10_NULL])
EXPL = dict(period=Y10)
PLAN_NOTE = ("task for 2010 → target; no period before it in its line: section frame of part "
             "二、2010年主要任务 (outside the excerpt), period text 今年, null as alt")
EXPL_NOTE = "task for 2010 → target; 今年 (= 2010) earlier in its line governs (explicit)"
NEW_CAP = ("capacity to be added in 2010 (新增 N: the noun with 新增 as metric, as "
           "wr_china_2012 新增城镇污水日处理能力; the 增量 form as alt)")

# ==== line 1 (source 98): 打好节能减排攻坚战和持久战 一要 ==================================================
g.neg("一要以工业", "一要", MARKER_NOTE + " (一要 … 四要)")
g.neg("扎实推进十大重点节能工程", "十大", "set label 十大重点节能工程 (README §2 八大; as "
      "wr_china_2008_b / wr_china_2009), not a count")
g.neg("千家企业节能行动", "千家", LABEL_NOTE + " (programme name 千家企业节能行动, the "
      "Top-1000 Enterprises energy-saving programme, as 万名干部进万企 in wr_yunnan_2025) — "
      "judgement call; a count of about 1000 enterprises is the alternative reading")
SAVE = ["节能能力", "新增节能能力增量", "节能能力增量", "新增节能量", "节能量",
        "形成节能能力", "新增节能能力规模"]
fact("新增8000万吨标准煤的节能能力", "8000万吨标准煤", value=8000e4, unit="tce",
     kind="amount", metric="新增节能能力", metric_alts=SAVE, **EXPL,
     note="energy-saving capacity to be added in 2010, in coal equivalent (吨标准煤 → tce, 万 "
          "×1e4, SPEC §3); 要新增 → target; " + EXPL_NOTE)

# ==== line 2 (source 99): 二要加强环境保护 ===============================================================
g.neg("二要加强环境保护", "二要", MARKER_NOTE)
fact("污水日处理能力1500万立方米", "1500万立方米", value=1500e4, unit="m3", kind="amount",
     metric="新增城镇污水日处理能力",
     metric_alts=["城镇污水日处理能力", "城镇污水日处理能力增量", "污水日处理能力",
                  "新增城镇污水处理能力", "新增污水日处理能力"],
     **PLAN, note="立方米 → m3, 万 ×1e4; the daily rate stays in the metric (SPEC §3); "
                  + NEW_CAP + "; " + PLAN_NOTE)
fact("垃圾日处理能力6万吨", "6万吨", value=6e4, unit="t", kind="amount",
     metric="新增垃圾日处理能力",
     metric_alts=["垃圾日处理能力", "垃圾日处理能力增量", "新增城镇垃圾日处理能力",
                  "城镇垃圾日处理能力", "新增垃圾处理能力", "城镇垃圾日处理能力增量"],
     **PLAN, note="verb 新增 and 城镇 shared with the sewage capacity; " + NEW_CAP + "; "
                  + PLAN_NOTE)

# ==== line 3 (source 100): 三要 circular economy (no figure) ===============================================
g.neg("三要积极发展", "三要", MARKER_NOTE)

# ==== line 4 (source 101): 四要积极应对气候变化 ============================================================
g.neg("四要积极应对", "四要", MARKER_NOTE)
fact("新增造林面积不低于8880万亩", "8880万亩", value=8880e4, unit="mu", kind="amount",
     bound="ge", metric="新增造林面积",
     metric_alts=["造林面积", "造林", "新增造林", "完成造林面积", "造林面积增量"], **PLAN,
     note="不低于 → ge (outside the span); 亩 stays mu (SPEC §3), 万亩 ×1e4; afforestation "
          "to be done in 2010; " + PLAN_NOTE)

# ==== lines 5, 7 (source 102, 104): regions (no numeral) =================================================

# ==== line 6 (source 103): 区域规划 ========================================================================
g.neg("西藏和四省藏区", "四省", "name of a region (四省藏区, the Tibetan areas of Sichuan, "
      "Yunnan, Gansu and Qinghai), a set label, not a count (as wr_china_2011)")

# ==== line 8 (source 105): heading （三） ================================================================
g.neg("（三）加大统筹城乡", "（三）", MARKER_NOTE)

# ==== line 9 (source 106): 在连续6年增产增收之后 =========================================================
STREAK = ["粮食增产农民增收持续时间", "粮食连续增产农民连续增收年数", "连续增产增收",
          "增产增收持续时间", "连续增产增收年数", "粮食增产持续时间", "农民增收持续时间",
          "粮食连续增产"]
fact("在连续6年增产增收之后", "6年", value=6, unit="year", kind="amount",
     metric="增产增收持续时间", metric_alts=STREAK, modality="actual",
     period=P("连续6年", "2009-01-01", "2009-12-31"),
     period_alts=[P("连续6年", "2004-01-01", "2009-12-31"), Y10, Y10_NULL],
     note="length of the streak of rising grain output and farm incomes (as 实现连续6年增产 in "
          "wr_china_2010, unit year); a fact of the past the plan starts from (在…之后) → "
          "actual; judgement call on the period: the year the streak ends (2009, as "
          "wr_china_2010 gives it) as gold, the streak 2004-2009, the plan frame 2010 (the "
          "mechanical SPEC §4 reading) and null as alts")
g.neg("抓好“三农”工作", "三农", LABEL_NOTE + " (“三农”: agriculture, rural areas and farmers)")
g.neg("解决好“三农”问题", "三农", LABEL_NOTE)

# ==== line 10 (source 107): 粮食生产 (no numeral) =========================================================

# ==== line 11 (source 108): subsidies, minimum purchase prices ===========================================
SUB = ["中央财政补贴资金", "补贴资金", "农业补贴资金", "中央财政农业补贴", "农业补贴",
       "中央财政拟安排补贴资金", "种粮农民直接补贴、农资综合补贴、良种补贴、农机具购置补贴资金",
       "四项补贴资金", "中央财政农业补贴资金总额"]
gov("拟安排补贴资金1335亿元", "1335亿元", value=1335e8, unit="CNY", kind="amount",
    metric="中央财政农业补贴资金", metric_alts=SUB, **PLAN,
    note="拟安排 → target; the subsidies of the sentence (对种粮农民直接补贴, 农资综合补贴、良种"
         "补贴、农机具购置补贴; as 1230亿元 in wr_china_2009_d); " + PLAN_NOTE + "; " + GOV_NOTE)
gov("比上年增加60.4亿元", "60.4亿元", value=60.4e8, unit="CNY", kind="amount",
    metric="中央财政农业补贴资金增量",
    metric_alts=SUB + ["补贴资金增量", "农业补贴资金增量", "农业补贴增量", "中央财政补贴资金增量"],
    **PLAN,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is no period and no comparison of an amount fact (as wr_china_2009_d); target; "
         + PLAN_NOTE)
MSP_NOTE = ("the rise of a minimum purchase price per 斤 (每斤, part of the indicator) = an "
            "absolute change of a price level (SPEC §2: <level>增量, positive, comparison null; "
            "as 0.11元 / 0.13元 in wr_china_2009_d); 分 = 0.01 元, 毛 = 0.1 元; the state sets "
            "the prices → " + GOV_NOTE + "; 进一步提高 → target; " + PLAN_NOTE + ". Known "
            "false alarm: the shared check_gold.py has no 分 / 毛 unit and reads the bare number")
RICE_NOTE = ("分别: 早籼稻 ↔ 3分, 中晚籼稻 ↔ 5分, 粳稻 ↔ 1毛钱 (each with its own unit; 钱 "
             "'money' follows the last)")


def msp(ctx, target, value, crop, note):
    gov(ctx, target, value=value, unit="CNY", kind="amount", metric=f"{crop}最低收购价增量",
        metric_alts=[f"{crop}最低收购价", f"{crop}最低收购价提高", f"{crop}最低收购价提高幅度",
                     f"{crop}最低收购价每斤提高", f"{crop}每斤最低收购价增量", "粮食最低收购价增量",
                     "最低收购价增量", "粮食最低收购价", "最低收购价"],
        **PLAN, note=note)


msp("每斤分别提高3分", "3分", 0.03, "早籼稻", RICE_NOTE + "; " + MSP_NOTE)
msp("3分、5分和1毛钱", "5分", 0.05, "中晚籼稻", RICE_NOTE + "; " + MSP_NOTE)
msp("5分和1毛钱", "1毛钱", 0.1, "粳稻",
    RICE_NOTE + "; 1毛钱 = 0.1 元 (the colloquial unit 毛钱 stays in the span); " + MSP_NOTE)
msp("小麦每斤提高3分钱", "3分钱", 0.03, "小麦",
    "3分钱 = 0.03 元 (the colloquial unit 分钱 stays in the span); " + MSP_NOTE)

# ==== line 12 (source 109): 产粮大县 (no numeral) ===========================================================

# ==== line 13 (source 110): 农业基础设施 (no numeral) =======================================================

# ==== line 14 (source 111): “三农” 投入, 千亿斤 ============================================================
g.neg("中央财政拟安排“三农”", "三农", LABEL_NOTE)
AGRI = ["“三农”投入", "三农投入", "中央财政“三农”投入", "中央财政三农投入", "中央财政用于“三农”的投入",
        "中央财政拟安排“三农”投入", "“三农”支出", "中央财政“三农”支出"]
gov("投入8183亿元", "8183亿元", value=8183e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入", metric_alts=AGRI, **PLAN,
    note="拟安排 → target; " + PLAN_NOTE + "; " + GOV_NOTE)
gov("比上年增加930亿元", "930亿元", value=930e8, unit="CNY", kind="amount",
    metric="中央财政“三农”投入增量",
    metric_alts=AGRI + ["“三农”投入增量", "三农投入增量", "中央财政三农投入增量"], **PLAN,
    note="absolute change of a level (增加 → positive, <level>增量, SPEC §2), comparison "
         "null; target; " + PLAN_NOTE)
fact("全国新增千亿斤粮食生产能力", "千亿斤", value=5e7, unit="t", kind="amount",
     metric="新增粮食生产能力",
     metric_alts=["粮食生产能力增量", "全国新增粮食生产能力", "粮食生产能力", "粮食生产能力建设",
                  "新增千亿斤粮食生产能力", "全国新增千亿斤粮食生产能力",
                  "新增粮食生产能力建设规划"],
     **PLAN,
     note="quantity inside a plan's name (全国新增千亿斤粮食生产能力建设规划, SPEC §1; as "
          "wr_china_2010 / wr_china_2009_d): 千亿斤 = 1e11 斤 × 0.0005 = 5e7 t; a capacity "
          "still to be built (全面实施 the plan) → target; " + PLAN_NOTE)

# ==== lines 15-17 (source 112-114): rural reform, urbanisation (no numeral) ================================

# ==== line 18 (source 115): 农村生产生活设施 ================================================================
g.neg("启动新一轮农村电网", "一轮", "新一轮 'a new round', not a count")
WATER = ["解决安全饮水问题人口", "解决饮水安全问题的农村人口", "解决安全饮水问题的人口",
         "农村饮水安全受益人口", "安全饮水", "饮水安全", "农村人口", "解决安全饮水问题人数",
         "解决安全饮水问题的农村人口数量"]
fact("今年再解决6000万农村人口", "6000万", value=6000e4, unit="count", kind="count",
     classifier="人", metric="解决安全饮水问题的农村人口", metric_alts=WATER, **EXPL,
     note="no classifier written (6000万 + noun 农村人口): 人 implied; 再解决 → target: the "
          "rural people whose drinking-water safety is to be secured (the predicate defines "
          "the counted set → in the metric, as 6000万人 in wr_china_2009_d); 今年 right "
          "before it (explicit, = 2010)")
g.neg("农民有一个幸福生活", "一个", "indefinite article 一个, not a quantity")

# ==== line 19 (source 116): heading （四） ================================================================
g.neg("（四）全面实施", "（四）", MARKER_NOTE)

# ==== line 21 (source 118): 优先发展教育事业 (一流 ×3 lexicalized) ===========================================
g.neg("着重抓好五个方面", "五个", "discourse count of the points enumerated below (一是…五是), "
      "not a quantity claim (as 以下六个方面 in wr_china_2016_b, 五件 in wr_china_2009_d)")

# ==== line 22 (source 119): 一是推进教育改革 ================================================================
g.neg("一是推进教育改革", "一是", MARKER_NOTE + " (一是 … 五是)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 二、2010年主要任务 (heading on source line 58, outside the excerpt) — the "
    "plan for 2010: the end of task （二） 加快转变经济发展方式 (heading on source line 90, "
    "outside): 打好节能减排攻坚战和持久战 一要…四要 (8000万吨标准煤 of energy-saving capacity, "
    "1500万立方米 / 6万吨 of daily sewage / waste capacity, 8880万亩 of afforestation) and "
    "推进区域经济协调发展; task （三） 加大统筹城乡发展力度 in full (连续6年增产增收; subsidies "
    "1335亿元 and +60.4亿元; minimum purchase prices +3分 / 5分 / 1毛钱 per 斤 for rice, +3分钱 "
    "for wheat; “三农” 投入 8183亿元 and +930亿元; the 千亿斤 capacity plan; 6000万 rural people "
    "with safe water); the heading and first three lines of task （四） 科教兴国 (五个方面, "
    "一是). wr_china_2010 (3-29), wr_china_2010_b (33-57) and wr_china_2010_c (137-167) hold "
    "other parts (no overlap). The source has no title line; the title is the corpus meta "
    "title (title_in_text=False). Date: 2010-03-05, the shared meta date: the opening day of "
    "the 3rd session of the 11th NPC, on which Premier Wen Jiabao delivered the report (the "
    "Wikisource text has no date line); nothing in the excerpt contradicts it (今年 = 2010, "
    "上年 = 2009). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the central "
    "budget's spending (1335亿元, 8183亿元 and their changes) and the state-set minimum "
    "purchase prices add 中央财政/中央政府/国务院. Periods: numbers without a period before "
    "them in their line take the section frame 2010 (period text 今年, null as alt); 今年 "
    "governs lines 1 (8000万吨标准煤) and 18 (6000万) explicitly; the streak 连续6年 → 2009 "
    "(the year it ends, actual), alts 2004-2009, the frame 2010 and null; 比上年 is a basis. "
    "Modality: target throughout (要新增, 新增, 不低于, 拟安排, 进一步提高, 全面实施, 再解决) "
    "except the past streak (actual). Units: 万吨标准煤 → tce ×1e4; 万立方米 → m3 ×1e4; 万亩 "
    "→ mu; 亿元 ×1e8; 分 = 0.01 元, 毛 = 0.1 元; 千亿斤 = 1e11 斤 = 5e7 t; 6000万 (人 implied) "
    "→ count. Judgement calls: 千家 (千家企业节能行动) → label negative (a count of ~1000 firms "
    "the alternative); 在连续6年增产增收之后 → a 6-year streak fact, period 2009; minimum-price "
    "rises → <crop>最低收购价增量 in CNY (3分 → 0.03, 1毛钱 → 0.1, span with the colloquial "
    "unit 毛钱 / 分钱); 千亿斤 in the plan name → a 5e7 t capacity fact (target); 五个方面 → "
    "discourse-count negative. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步 ×4, 一流 ×3. Known false alarm: the shared "
    "check_gold.py has no 分 / 毛 units and reads 3分, 5分, 1毛钱, 3分钱 as 3, 5, 1, 3.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
