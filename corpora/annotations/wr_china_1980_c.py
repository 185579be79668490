"""Gold annotations for wr_china_1980_c (1980年中华人民共和国国务院政府工作报告), lines 46-65 of
shared/texts/work_report/wr_china_1980.txt.

The report is Vice-Premier Yao Yilin's 关于1980、1981年国民经济计划安排的报告, delivered on
behalf of the State Council at the 3rd session of the 5th NPC (30 August 1980).  The excerpt
corpora/wr_china_1980_c.txt is sliced by code from the source bytes (whole lines, newline kept),
never retyped; the line range is given by the brief.  It straddles two parts of the report:
  - lines 1-3 (source 46-48) close part 二、1981年国民经济计划的任务和主要指标 (heading at source
    line 29): the last of the 1981 main indicators (人民生活: incomes of rural communes and
    peasants, of urban residents) and the problems to be solved in the 1981 plan (energy and
    industrial growth planned for 明年; agriculture, light industry, investment, education,
    health, jobs, work safety, family planning);
  - lines 4-20 (source 49-65) open part 三、采取有力措施，保证1980、1981年计划的完成: its heading,
    the introduction (four areas of measures), point 第一 (energy: development of coal, oil and
    power — mines under construction, new capacity, the offshore survey, new generating
    capacity; saving — energy management, the structure of industry, technical renovation,
    vehicles, oil-to-coal conversion, rules) and the heading and first paragraph of point 第二
    (the adjustment of heavy industry and machine building).
Lines 12-21 of the same source are wr_china_1980 (no overlap).

Numbers are written in ASCII digits with the full-width ％ and, for thousands, a full-width
comma as separator (1，000万吨); one Chinese numeral carries a quantity (四十多亿元); spans keep
the text as written and values are the numbers written (SPEC §3).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_1980_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_1980_c"
SOURCE_ID = "wr_china_1980"
PLACE = "中国"
REF = "1980-08-30"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 46, 65                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "1980年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_1980)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="人民生活，农村社队和农民收入将增加近100亿元。",
                 ends="是要主动地对重工业特别是机械工业的服务方向进行较大的调整。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (part or point number of the report), not a quantity"
ARTICLE_NOTE = "一 + classifier used as article or vague quantifier (README §2), not a quantity"
VAGUE_NOTE = "vague quantifier 一部分 'a part of', not a quantity (as wr_china_1980)"
BATCH_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FW = ("the full-width comma is a thousands separator: the span keeps it as written, the value "
      "is the number written (SPEC §3, as wr_china_1980)")
TCE = ("标准煤 + 万吨 → energy as coal equivalent: unit tce (SPEC §3 吨标准煤; as 折合标准煤１．６亿吨 "
       "in wr_china_1988); the span holds the number and 万吨 (标准煤 precedes it)")

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["国家", "国务院"]

fact = g.with_subject(PLACE, CN)


# ---- periods (reference date 1980-08-30; 今年 = 1980, 明年 = 1981) ------------------------------
# Line 1 (source 46) is the last item of the list 1981年国民经济计划主要指标安排如下 (source line
# 31) in part 二、1981年国民经济计划的任务和主要指标: it states no period before its numbers, so it
# takes the section frame 1981 (period text 1981年 of the heading, 1981-01-01..1981-12-31; null
# as alt; SPEC §4, as wr_xinjiang_2025_e), modality target (将增加 of a plan).  从1981年开始 comes
# after them.  Line 2 opens with 在1981年计划安排中 and names 明年 (= 1981) right before its two
# planned growth rates → 明年.  Lines 4-20 lie in part 三 (the measures that ensure the plans of
# 1980 and 1981); each number there follows a 明年 of its own line (争取明年…, 明年计划…,
# 明年要…) → 1981, target; the from/to pairs of line 14 (由今年预计的…提高到…, 从今年预计的…改为…)
# date each value to its own year (SPEC §4): the 1980 estimate (今年预计 → forecast) and the 1981
# plan (target).  The one actual number of the excerpt (41万平方公里, the offshore survey already
# carried out, 已…进行了) has no period in its line: null, with the part's frame 1980-1981 of
# its heading and the span up to the reference date as alts (judgement call).
def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


Y81 = year("1981年", 1981)
FRAME = dict(period=Y81, period_alts=[null("1981年")], modality="target")
FRAME_NOTE = ("the line states no period before it: section frame of part 二、1981年国民经济"
              "计划的任务和主要指标 (1981), null as alt; 将增加 in the plan's main indicators → "
              "target")
NEXT = year("明年", 1981)
PLAN = dict(period=NEXT, period_alts=[null("明年")], modality="target")
PLAN_NOTE = "明年 (= 1981, the year after the reference date) earlier in the line governs; a plan → target"
NOW = year("今年", 1980)

# ==== line 1 (source 46): 人民生活 (last of the 1981 main indicators) ==============================
fact("收入将增加近100亿元", "100亿元", value=100e8, unit="CNY", kind="amount", bound="approx",
     metric="农村社队和农民收入增量",
     metric_alts=["农村社队和农民收入", "农村社队和农民增加收入", "农村社队和农民收入增加额",
                  "农民收入增量", "农民收入", "农民增收", "农村社队和农民收入增加"],
     subject_alts=CN + ["农村社队和农民", "农民", "农村社队"], **FRAME,
     note="近 → approx (outside the span); 将增加 N = the planned absolute rise of the income "
          "(SPEC §2 → <level>增量, positive; comparison null for an amount change, as "
          "wr_china_1980); 亿元 ×1e8; " + FRAME_NOTE)
fact("城镇居民收入将增加四十多亿元", "四十多亿元", value=40e8, unit="CNY", kind="amount",
     bound="gt", metric="城镇居民收入增量",
     metric_alts=["城镇居民收入", "城镇居民增加收入", "城镇居民收入增加额", "城镇居民收入增加",
                  "城镇居民增收"],
     subject_alts=CN + ["城镇居民", "城镇"], **FRAME,
     note="多 inside the span → gt, value 40 (四十多亿 → 4e9); 将增加 → <level>增量 (SPEC §2); "
          "Chinese numeral, the value is the number written; " + FRAME_NOTE)
g.neg("从1981年开始", "1981年", PERIOD_NOTE + " (从1981年开始 'from 1981 on'; no number "
      "follows it in the line)")

# ==== line 2 (source 47): problems to be solved in the 1981 plan ===================================
g.neg("在1981年计划安排中", "1981年", PERIOD_NOTE + " (1981, the plan year; 明年 restates it "
      "before the numbers)")
g.neg("明年能源生产计划", "明年", PERIOD_NOTE + " (明年 = 1981; governs the two planned growth "
      "rates)")
fact("能源生产计划增长0.9％", "0.9％", value=0.9, unit="%", kind="growth", metric="能源生产",
     metric_alts=["能源生产增长", "能源产量", "能源", "能源生产计划", "能源生产总量",
                  "能源总产量"],
     comparison="yoy", **PLAN,
     note="计划增长 → the planned growth of energy output in 1981 over 1980 (default yoy); "
          "full-width ％; " + PLAN_NOTE)
fact("工业生产计划增长6％", "6％", value=6, unit="%", kind="growth", metric="工业生产",
     metric_alts=["工业生产增长", "工业总产值", "工业", "工业生产计划", "工业产值",
                  "工业总产值增长"],
     comparison="yoy", **PLAN,
     note="planned growth of industry in 1981 (the 6％ of 工业总产值 in the main indicators, "
          "source line 32); default yoy; " + PLAN_NOTE)

# ==== line 3 (source 48): investment, education, health, jobs, safety, family planning ============
g.neg("“渤海2号”翻沉事故", "渤海2号", "name of the offshore drilling rig 渤海2号 (the accident of "
      "1979), a name, not a quantity")
g.neg("当作一项极其重要", "一项", ARTICLE_NOTE + " (一项…战略任务 'a … strategic task'; as "
      "wr_china_1983_b)")
g.neg("十分注意防止", "十分", "adverb 十分 'very', not a quantity (as wr_china_1998_c)")

# ==== line 4 (source 49): heading of part 三 =========================================================
g.neg("三、采取有力措施", "三、", MARKER_NOTE)
g.neg("保证1980、1981年计划", "1980、1981年", PERIOD_NOTE + " (the plans of 1980 and 1981 named "
      "in the heading of part 三; the frame of the part, no number in the heading)")

# ==== line 5 (source 50): introduction of part 三 ====================================================
g.neg("顺利实现1980、1981年国民经济计划", "1980、1981年", PERIOD_NOTE + " (the plans of 1980 and "
      "1981; no number follows in the line)")
g.neg("千方百计发展生产", "千方百计", "idiom 千方百计 'by every means', not a quantity")
g.neg("经济管理体制的改革四个方面", "四个", "appositive 四个方面 restating the four areas just "
      "listed (能源的开发和节约、重工业…、材料工业…、经济管理体制的改革), not a count claim (as "
      "六个方面 in wr_china_1981)")

# ==== line 6 (source 51): point 第一 ==================================================================
g.neg("第一，实行能源", "第一", MARKER_NOTE)
g.neg("明年就要起步", "明年", PERIOD_NOTE + " (明年 = 1981; no number follows)")

# ==== line 7 (source 52): 在能源的开发和增产方面 — no numerals =========================================

# ==== line 8 (source 53): coal ========================================================================
COAL = CN + ["煤炭工业"]
g.neg("争取明年在建矿井", "明年", PERIOD_NOTE + " (明年 = 1981; governs the two coal figures)")
fact("在建矿井规模达到1.2亿吨", "1.2亿吨", value=1.2e8, unit="t", kind="amount",
     metric="在建矿井规模",
     metric_alts=["在建矿井", "在建矿井生产能力", "在建矿井规模达到", "煤炭在建矿井规模",
                  "在建矿井产能", "在建矿井年产能"],
     subject_alts=COAL, period=NEXT,
     period_alts=[null("明年"), P("明年", "1981-12-31", "1981-12-31")], modality="target",
     note="争取…达到 → target, eq; the (annual) capacity of the mines under construction, "
          "base unit t (README §3: rate in the metric); 亿吨 ×1e8; judgement call on the "
          "period: the scale under construction in 1981 → the year, the year-end instant (a "
          "stock reading) and null as alts; " + PLAN_NOTE)
fact("新增生产能力达到1，000万吨", "1，000万吨", value=1000e4, unit="t", kind="amount",
     metric="投产井新增生产能力",
     metric_alts=["投产矿井新增生产能力", "新增生产能力", "投产井新增产能", "新增煤炭生产能力",
                  "投产井新增年产能", "投产井新增生产能力增量"],
     subject_alts=COAL, **PLAN,
     note="达到 → eq; capacity added by the mines to go into production in 1981 (a flow of "
          "the year); 1，000万吨 = 1e7 t; " + FW + "; " + PLAN_NOTE)
g.neg("从明年起，适当", "明年", PERIOD_NOTE + " (从明年起 'from 1981 on'; no number follows)")

# ==== line 9 (source 54): oil ==========================================================================
fact("南黄海41万平方公里海域", "41万平方公里", value=41e4 * 1e6, unit="m2", kind="amount",
     metric="地球物理普查海域面积",
     metric_alts=["地球物理普查面积", "普查海域面积", "海域面积", "地球物理普查",
                  "南海、南黄海海域面积", "进行地球物理普查的海域"],
     subject_alts=CN + ["石油工业", "南海、南黄海", "我国南海、南黄海"],
     period=None,
     period_alts=[P("1980、1981年", "1980-01-01", "1981-12-31"), P("已", None, REF)],
     note="the sea area already surveyed with foreign oil companies (已…签订协议，对…进行了地球物理"
          "普查) → actual; 万平方公里 = 1e4 × 1e6 m2 → 4.1e11 m2; judgement call on the "
          "period: the line states none and the survey predates the measures of part 三 → "
          "null, with the part's frame 1980-1981 (heading 保证1980、1981年计划的完成) and the "
          "span up to the reference date as alts")
g.neg("陕甘宁、四川等", "四川", "place name 四川 (a sedimentary basin's province), not a "
      "quantity (as wr_china_1980)")

# ==== line 10 (source 55): power =======================================================================
g.neg("吸收一部分地方资金", "一部分", VAGUE_NOTE)
g.neg("争取明年新增发电装机", "明年", PERIOD_NOTE + " (明年 = 1981)")
fact("新增发电装机达到300万千瓦", "300万千瓦", value=300e4 * 1e3, unit="W", kind="amount",
     bound="ge", metric="新增发电装机",
     metric_alts=["新增发电装机容量", "新增装机", "新增装机容量", "发电装机", "新增发电能力",
                  "发电装机增量", "发电装机容量增量"],
     subject_alts=CN + ["电力工业"], **PLAN,
     note="争取…达到…以上 → target, ge (以上 outside the span); 万千瓦 = 1e7 W → 3e9 W; "
          "capacity added in 1981; " + PLAN_NOTE)

# ==== lines 11-12 (source 56-57): new energy, saving — no numerals ================================

# ==== line 13 (source 58): energy management ===========================================================
g.neg("明年要对年综合能耗", "明年", PERIOD_NOTE + " (明年 = 1981)")
g.neg("年综合能耗5万吨标准煤以上的企业", "5万吨标准煤", "threshold defining the managed set "
      "(年综合能耗5万吨标准煤以上的企业, SPEC §2: 亿元以上项目; as 能耗超5000吨标准煤 in "
      "wr_shaanxi_2025), part of the set's name, not a fact")
g.neg("争取明年节约标准煤", "明年", PERIOD_NOTE + " (明年 = 1981; governs the saving)")
SAVE = ["节约能源", "节能", "节能量", "节约标准煤量", "节约能源折合标准煤", "能源节约"]
fact("节约标准煤700万到800万吨", "700万到800万吨", value=700e4, upper=800e4, unit="tce",
     kind="amount", metric="节约标准煤", metric_alts=SAVE, **PLAN,
     note="range 700万到800万吨 → value 7e6, upper 8e6 (SPEC §2 upper), one fact, the unit "
          "written once after the range; 争取 → target; " + TCE + "; " + PLAN_NOTE)

# ==== line 14 (source 59): the structure of industry ================================================
g.neg("明年计划轻工业产值", "明年", PERIOD_NOTE + " (明年 = 1981; the end of the from/to pair)")
LIGHT = ["轻工业产值占工业总产值比重", "轻工业比重", "轻工业产值比重", "轻工业产值占比",
         "轻工业产值占工业总产值的比例", "轻工业占工业总产值比重"]
g.neg("由今年预计的44％", "今年", PERIOD_NOTE + " (今年 = 1980: the start of the from/to pair)")
fact("由今年预计的44％", "44％", value=44, unit="%", kind="share",
     metric="轻工业产值占工业总产值的比重", metric_alts=LIGHT, modality="forecast",
     period=NOW, period_alts=[null("今年")],
     note="start of the from/to pair 由今年预计的…提高到…: its own period 今年 = 1980 (SPEC "
          "§4); 预计 'estimated' (the year not yet over) → forecast (as wr_china_1982)")
fact("提高到45％", "45％", value=45, unit="%", kind="share",
     metric="轻工业产值占工业总产值的比重", metric_alts=LIGHT, **PLAN,
     note="end of the pair: the share planned for 1981 (明年计划) → target; " + PLAN_NOTE)
fact("即提高1％", "1％", value=1, unit="pp", kind="change",
     metric="轻工业产值占工业总产值的比重",
     metric_alts=LIGHT + ["轻工业产值占工业总产值的比重增量", "轻工业比重提高"],
     comparison="yoy", **PLAN,
     note="judgement call: 即提高1％ restates 44％ → 45％, a difference of shares, i.e. 1 "
          "percentage point written with ％ → kind change, unit pp (SPEC §2; the pp change of "
          "a share keeps the share's metric, README §3); 1981 over 1980 → yoy; a relative "
          "growth of 1 % is the literal alternative; " + PLAN_NOTE)
fact("可以少用标准煤600万吨", "600万吨", value=600e4, unit="tce", kind="amount",
     metric="少用标准煤", metric_alts=["节约标准煤", "少用标准煤量"] + SAVE, **PLAN,
     note="the coal saved by the planned shift to light industry (可以 'can') → target with "
          "the plan it follows (judgement call: forecast is the alternative); " + TCE)
IRON = ["生铁和钢产量比例", "生铁和钢产量之比", "生铁与钢产量之比", "铁钢比", "生铁和钢产量的比",
        "生铁和钢的产量比例", "铁钢比例"]
g.neg("明年计划从今年预计", "明年", PERIOD_NOTE + " (明年 = 1981; the end of the pair)")
g.neg("从今年预计的1.03比1", "今年", PERIOD_NOTE + " (今年 = 1980: the start of the pair)")
fact("从今年预计的1.03比1", "1.03比1", value=1.03, unit="times", kind="ratio",
     metric="生铁和钢产量的比例", metric_alts=IRON, modality="forecast", period=NOW,
     period_alts=[null("今年")],
     note="a two-term ratio 1.03比1 (pig iron 1.03 times steel) → one ratio fact 1.03 times, "
          "span over the whole ratio as written (the 1 is its base; not a structure ratio, so "
          "not one share per part; as 倍差为2.61：1 in nw_cctv_20150415_china_2015q1); start of "
          "the from/to pair: its own period 今年 = 1980 (SPEC §4); 预计 → forecast")
fact("改为1比1", "1比1", value=1, unit="times", kind="ratio",
     metric="生铁和钢产量的比例", metric_alts=IRON, **PLAN,
     note="end of the pair: 1比1 (output of pig iron equal to that of steel) → ratio 1 times "
          "(as 1：1 in wr_hainan_2025_b); 明年计划 → target; " + PLAN_NOTE)
fact("可以节约标准煤200万吨", "200万吨", value=200e4, unit="tce", kind="amount",
     metric="节约标准煤", metric_alts=["少用标准煤"] + SAVE, **PLAN,
     note="the coal saved by the planned iron/steel ratio (可以) → target (forecast the "
          "alternative); " + TCE)

# ==== line 15 (source 60): technical renovation ======================================================
g.neg("这是今后一个长时期", "一个", ARTICLE_NOTE + " (一个长时期 'a long period')")
g.neg("明年准备着手改造", "明年", PERIOD_NOTE + " (明年 = 1981; no number follows)")
g.neg("安排一批见效快", "一批", BATCH_NOTE)

# ==== line 16 (source 61): vehicles ==================================================================
g.neg("明年先从载重汽车", "明年", PERIOD_NOTE + " (明年 = 1981; no number follows)")
g.neg("更新一批，封存", "一批", BATCH_NOTE)
g.neg("封存一批，淘汰", "一批", BATCH_NOTE)
g.neg("淘汰一批，以节约", "一批", BATCH_NOTE)

# ==== line 17 (source 62): oil-to-coal conversion ====================================================
g.neg("明年计划改造烧油", "明年", PERIOD_NOTE + " (明年 = 1981)")
fact("改造烧油250万吨的电站", "250万吨", value=250e4, unit="t", kind="amount",
     metric="改造的电站和工业锅炉烧油量",
     metric_alts=["烧油改烧煤", "烧油改烧煤量", "改造烧油", "烧油量", "电站和工业锅炉烧油量",
                  "改造烧油的电站和工业锅炉", "烧油改烧煤改造规模"],
     **PLAN,
     note="judgement call: the oil burned by the power stations and boilers to be converted "
          "to coal in 1981 (烧油250万吨的电站和工业锅炉) — the size of the conversion, a fact (not "
          "a threshold defining the set); 万吨 ×1e4, unit t (oil, not coal equivalent); "
          + PLAN_NOTE)

# ==== line 18 (source 63): rules — no numerals ======================================================

# ==== line 19 (source 64): point 第二 =================================================================
g.neg("第二，进一步调整", "第二", MARKER_NOTE)

# ==== line 20 (source 65): the adjustment of heavy industry ==========================================
g.neg("对一部分生产资料", "一部分", VAGUE_NOTE)
g.neg("一部分机械工业", "一部分", VAGUE_NOTE)
g.neg("一部分生活资料", "一部分", VAGUE_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting anywhere). The report is Yao Yilin's "
    "关于1980、1981年国民经济计划安排的报告 (on behalf of the State Council). Part of the "
    "document: lines 1-3 close part 二、1981年国民经济计划的任务和主要指标 (heading at source "
    "line 29; the plan for 1981): the last main indicator (人民生活: incomes) and the problems "
    "to be solved in the 1981 plan; lines 4-20 open part 三、采取有力措施，保证1980、1981年计划的"
    "完成: heading, introduction, point 第一 (energy: coal, oil, power, saving) in full and the "
    "heading and first paragraph of point 第二 (heavy industry, machine building). Lines 12-21 "
    "are wr_china_1980 (no overlap). Title: the corpus meta title (no title line in the "
    "source), title_in_text=False. Date: 1980-08-30, the day the report was delivered at the "
    "3rd session of the 5th NPC (the shared meta gives only the year 1980; as wr_china_1980); "
    "今年 = 1980, 明年 = 1981. Place: national report → 中国 (alts 我国/全国/中华人民共和国; "
    "industries — 煤炭工业, 电力工业, 石油工业 — and groups — 农村社队和农民, 城镇居民 — as alts, "
    "README §4). Periods: line 1 states no period before its numbers → the section frame 1981 "
    "of part 二 (period text 1981年, null as alt); the other facts follow a 明年 of their own "
    "line → 1981; the from/to pairs of source line 59 date each value to its own year (今年预计 "
    "44％ and 1.03比1 → 1980, forecast; 45％ and 1比1 → 1981, target); 1.2亿吨 of mines under "
    "construction → the year 1981 (year-end instant as alt); the actual offshore survey "
    "(41万平方公里) → null (the part's frame 1980-1981 and null..the reference date as alts). "
    "Modality: target throughout (plans: 将增加, 计划, 争取, 明年要), except the 1980 estimates "
    "(预计 → forecast) and the survey already made (actual). Units: full-width comma = "
    "thousands separator (1，000万吨 → 1e7 t); full-width ％; 四十多亿元 → 4e9 gt; 万千瓦 → 1e7 W; "
    "标准煤…万吨 → tce (as wr_china_1988); 41万平方公里 → 4.1e11 m2; 700万到800万吨 → value 7e6, "
    "upper 8e6. Judgement calls: 即提高1％ → a pp change of the share (written with ％); "
    "1.03比1 / 1比1 → one ratio fact each over the whole ratio; 可以少用/可以节约标准煤 → target "
    "with their plan (forecast the alternative); 烧油250万吨的电站和工业锅炉 → the size of the "
    "conversion (a fact), 5万吨标准煤以上 → threshold (negative); 四个方面 → appositive (negative); "
    "在建矿井规模 → the year, not an instant. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一些 (一些煤矿, 一些石油公司, 一些银行货款), 进一步, 首先, 简单 "
    "(简单再生产), 几个 (no numeral value). Known false alarms of the shared check_gold.py: it "
    "stops a number at the full-width comma (1，000万吨 read as 1, as in wr_china_1980), reads "
    "the unit of 600万吨 / 200万吨 as t where 标准煤 before the number makes it tce, and reads "
    "1％ as % where the fact is the pp change (judgement calls above); czfacts check-gold "
    "accepts the files.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
