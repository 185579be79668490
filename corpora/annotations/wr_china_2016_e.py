"""Gold annotations for wr_china_2016_e (2016年中华人民共和国国务院政府工作报告, the 2016 tasks of
items （三） (investment, urbanisation, regions), （四） (agriculture, rural services, poverty) and the
start of （五） (opening up) of part 三), lines 63-75 of shared/texts/work_report/wr_china_2016.txt.

The excerpt corpora/wr_china_2016_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 三、2016年重点工作 (heading on source
line 39, outside the excerpt): the last three paragraphs of item （三）深挖国内需求潜力 (heading on
source line 60, outside): 有效投资 (铁路投资 8000亿元, 公路投资 1.65万亿元, 20项 water projects,
中央预算内投资 5000亿元, 1800亿元 guidance fund), 新型城镇化 (三项工作, 棚改 600万套, 综合管廊
2000公里), 区域发展格局; then item （四）加快发展现代农业 in full (退耕还林还草 1500万亩, 深松 1.5亿亩,
节水灌溉 2000万亩, 农村公路 20万公里, 两年内 rural power, 脱贫 1000万 / 200万人, 扶贫资金 43.4%)
and the heading, opening and first two paragraphs of item （五） (一带一路, 国际产能合作; no
figures): the plan for 2016.  wr_china_2016 holds lines 1-14, wr_china_2016_b 24-33,
wr_china_2016_c 37-52, wr_china_2016_d 81-90 (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2016_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, null, TEXTS

DOC_ID = "wr_china_2016_e"
SOURCE_ID = "wr_china_2016"
PLACE = "中国"
REF = "2016-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 63, 75                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2016年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2016)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="发挥有效投资对稳增长调结构的关键作用。", ends="打造中国制造金字品牌。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLAN_LABEL = "plan label (SPEC §1 十四五), not a quantity"
BATCH_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"
ROUND_NOTE = "新一轮 'a new round', not a count"
BRI_NOTE = "initiative name 一带一路 (Belt and Road), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own budget or fund: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2016_c / wr_china_2015_c)")

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2016-03-05; 今年 = 2016, 去年 = 2015) ---------------------------
# The whole excerpt is the plan for 2016: part 三、2016年重点工作 (heading on source line 39,
# outside the excerpt) → modality target.  A line is a paragraph; a period governs the clauses
# after it in its line only (SPEC §4).
#   - Lines 1 (source 63: 今年要启动一批…), 2 (64: 今年重点抓好三项工作, 今年棚户区…), 6 (68: 今年退耕
#     还林还草…) and 9 (71: 今年要完成…) name 今年 (= 2016) before their first number: explicit for
#     the rest of the line, no null alt (as wr_china_2015_c / wr_china_2016_d).
#   - Lines 7 (source 69) and 8 (70) state no period before their numbers: the section frame of
#     part 三 (2016), period text 今年 (the excerpt's own word for the plan year; the heading is
#     outside the excerpt, as wr_china_2016_d), null in period_alts.
#   - 两年内 (line 8) is the time limit of a goal that governs no number → a duration fact (as
#     两年内 in wr_china_2009_d), the span 2016-2017 as a period alt.
#   - The size of a fund (1800亿元引导基金) → the year, the end instant and the reference date as
#     alts (a stock reading).
T16 = P("今年", "2016-01-01", "2016-12-31")
T16_END = P("今年", "2016-12-31", "2016-12-31")
Y16 = dict(period=T16)
FRAME = dict(period=T16, period_alts=[null("今年")])
T_NOTE = "今年 (= 2016) stands before it in its line and governs it"
FRAME_NOTE = ("no period before it in its line: section frame of part 三、2016年重点工作 (2016, "
              "heading outside the excerpt), period text 今年, null as alt")

# ==== line 1 (source 63): 发挥有效投资对稳增长调结构的关键作用 =========================================
g.neg("今年要启动一批", "一批", BATCH_NOTE)
g.neg("启动一批“十三五”规划", "十三五", PLAN_LABEL)
RAIL = CN + ["铁路"]
fact("完成铁路投资8000亿元以上", "8000亿元", value=8000e8, unit="CNY", kind="amount",
     bound="ge", metric="铁路投资",
     metric_alts=["铁路建设投资", "铁路固定资产投资", "铁路投资规模", "全国铁路投资", "完成铁路投资"],
     subject_alts=RAIL, **Y16,
     note="以上 → ge (outside the span); 完成 in the plan → target; the railway investment of "
          "2016 (a flow); the sector keeps 中国 as subject, 铁路 as alt (as wr_china_2015_c); "
          + T_NOTE)
fact("公路投资1.65万亿元", "1.65万亿元", value=1.65e12, unit="CNY", kind="amount",
     metric="公路投资",
     metric_alts=["公路建设投资", "公路固定资产投资", "公路投资规模", "全国公路投资", "完成公路投资"],
     subject_alts=CN + ["公路"], **Y16,
     note="完成 distributes over the list; 万亿元 = 1e12; eq (以上 stays with 8000亿元); target; "
          + T_NOTE)
WATER = CN + ["重大水利工程", "水利"]
fact("再开工20项重大水利工程", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="重大水利工程",
     metric_alts=["新开工重大水利工程", "再开工重大水利工程", "开工重大水利工程", "重大水利工程项目",
                  "新开工重大水利工程项目", "重大水利工程数量", "重大水利工程增量",
                  "重大水利工程数量增量"],
     subject_alts=WATER, **Y16,
     note="再开工 → target: the major water projects to be started in 2016 (a flow; the noun "
          "kept, the 增量 reading in alts, README §3; as 今年再开工27个项目 in wr_china_2015_c); "
          + T_NOTE)
BUDGET = ["中央预算内投资规模", "中央预算内投资总额", "预算内投资", "中央政府投资",
          "中央预算内投资安排"]
gov("中央预算内投资安排5000亿元", "5000亿元", value=5000e8, unit="CNY", kind="amount",
    metric="中央预算内投资", metric_alts=BUDGET, **Y16,
    note="安排 → target: the 2016 central budget investment; " + T_NOTE + "; " + GOV_NOTE)
FUND = ["引导基金规模", "政府和社会资本合作引导基金", "PPP引导基金", "政府和社会资本合作融资支持基金",
        "政府和社会资本合作模式引导基金", "基金"]
gov("用好1800亿元引导基金", "1800亿元", value=1800e8, unit="CNY", kind="amount",
    metric="引导基金", metric_alts=FUND,
    period=T16, period_alts=[T16_END, P("今年", REF, REF)],
    note="the size of the public-private-partnership guidance fund (完善政府和社会资本合作模式, "
         "用好… → target, the fund of the 2016 plan) — judgement call: the year (今年 of the line) "
         "is gold, the stock readings (the end instant, the reference date) as alts; " + GOV_NOTE)

# ==== line 2 (source 64): 深入推进新型城镇化 ==========================================================
gov("今年重点抓好三项工作", "三项", value=3, unit="count", kind="count", classifier="项",
    metric="新型城镇化重点工作",
    metric_alts=["重点工作", "工作", "重点抓好的工作", "新型城镇化工作", "新型城镇化重点工作数量",
                 "重点工作数量"],
    period=T16, period_alts=[null("今年")],
    note="judgement call: the tasks of urbanisation planned for 2016 (一是…三是) → a count (as "
         "三项举措 and 八个方面 in wr_china_2016_c, the same report); a discourse count (negative, as "
         "以下五项工作 in wr_china_2009_b) is the alternative; 今年 opens the line; target")
g.neg("一是加快农业转移", "一是", MARKER_NOTE)
g.neg("挣钱顾家两不误", "两不误", "idiom 两不误 'neither neglected' (earn money and look after "
      "the family), not a quantity")
g.neg("二是推进城镇保障性", "二是", MARKER_NOTE)
SHANTY = ["棚户区改造", "棚户区改造住房", "棚改", "城镇棚户区改造", "棚户区住房改造套数",
          "棚户区改造套数", "棚户区改造数量"]
fact("今年棚户区住房改造600万套", "600万套", value=600e4, unit="count", kind="count",
     classifier="套", metric="棚户区住房改造", metric_alts=SHANTY, **Y16,
     note="units of shanty-town housing to be rebuilt in 2016 (a flow) → target; 万套 → 6e6; "
          "今年 restated right before it (explicit)")
g.neg("三是加强城市规划", "三是", MARKER_NOTE)
g.neg("促进“多规合一”", "多规合一", LABEL_NOTE + " (“多规合一”: merging the spatial plans into "
      "one, as wr_chongqing_2025_f)")
PIPE = ["开工建设城市地下综合管廊", "地下综合管廊", "城市地下综合管廊开工里程", "综合管廊",
        "城市地下综合管廊建设里程", "开工建设城市地下综合管廊长度", "城市地下综合管廊长度",
        "开工建设综合管廊"]
fact("城市地下综合管廊2000公里以上", "2000公里", value=2000e3, unit="m", kind="amount",
     bound="ge", metric="城市地下综合管廊", metric_alts=PIPE, **Y16,
     note="以上 → ge (outside the span); 公里 → 1e3 m (2e6 m); utility tunnels whose building is to "
          "start in 2016 (开工建设, a flow) → target; " + T_NOTE)

# ==== line 3 (source 65): 优化区域发展格局 ============================================================
g.neg("深入推进“一带一路”建设，落实", "一带一路", BRI_NOTE)
g.neg("西部大开发“十三五”规划", "十三五", PLAN_LABEL + " (西部大开发“十三五”规划, a plan's name)")
g.neg("实施新一轮东北", "一轮", ROUND_NOTE)
g.neg("崛起新十年规划", "十年", "part of a document name (促进中部地区崛起新十年规划, as 新十年 in "
      "wr_china_2011 / wr_china_2013), not a duration fact")

# ==== line 4 (source 66): heading （四） =============================================================
g.neg("（四）加快发展现代农业", "（四）", MARKER_NOTE)

# ==== line 5 (source 67): opening of （四） ===========================================================
g.neg("抓好“三农”工作", "三农", LABEL_NOTE + " (“三农”: 农业、农村、农民)")

# ==== line 6 (source 68): 加快农业结构调整 ============================================================
g.neg("制定新一轮退耕", "一轮", ROUND_NOTE)
GRAIN4GREEN = ["退耕还林还草面积", "退耕还林还草任务", "退耕还林还草规模", "新一轮退耕还林还草",
               "退耕还林还草实施面积", "退耕还林", "退耕还林面积"]
fact("今年退耕还林还草1500万亩以上", "1500万亩", value=1500e4, unit="mu", kind="amount",
     bound="ge", metric="退耕还林还草", metric_alts=GRAIN4GREEN, **Y16,
     note="以上 → ge (outside the span); 亩 stays mu (SPEC §3), 1500万亩 = 1.5e7 mu; the area "
          "to be converted in 2016 (a flow) → target; 今年 right before it (explicit)")
g.neg("这件事一举多得", "一举多得", "idiom 一举多得 'one move, many gains', not a quantity")

# ==== line 7 (source 69): 强化农业基础支撑 ============================================================
DEEP = ["深松土地面积", "增加深松土地", "深松土地增量", "深松土地面积增量", "深松面积", "土地深松",
        "土地深松面积", "深松整地面积"]
fact("增加深松土地1.5亿亩", "1.5亿亩", value=1.5e8, unit="mu", kind="amount",
     metric="深松土地", metric_alts=DEEP, **FRAME,
     note="增加 N of land to be deep-loosened in 2016 (a work area of the year): the noun kept, "
          "the 增量 reading in alts (as wr_china_2015_c 增加深松土地1333万公顷); 亿亩 → 1.5e8 mu; "
          "target; " + FRAME_NOTE)
IRRIG = ["高效节水灌溉", "新增高效节水灌溉面积", "高效节水灌溉面积增量", "节水灌溉面积",
         "新增高效节水灌溉", "高效节水灌溉增量", "新增节水灌溉面积"]
fact("高效节水灌溉面积2000万亩", "2000万亩", value=2000e4, unit="mu", kind="amount",
     metric="高效节水灌溉面积", metric_alts=IRRIG, **FRAME,
     note="新增 N: irrigated area to be added in 2016 (the noun kept, the 增量 reading in alts, "
          "as wr_china_2018_e); 2000万亩 = 2e7 mu; target; " + FRAME_NOTE)
g.neg("化肥农药零增长行动", "零增长", LABEL_NOTE + " (化肥农药零增长行动, the programme for zero "
      "growth of fertiliser and pesticide use, whose goal year is 2020) — judgement call: a "
      "programme name here, not a 2016 growth figure; a growth fact of 0 % (target, as 煤炭消费"
      "零增长 in wr_china_2015_d) is the alternative reading")

# ==== line 8 (source 70): 改善农村公共设施和服务 =======================================================
ROAD = ["农村公路", "新建改建农村公路里程", "新改建农村公路", "农村公路新建改建里程",
        "新建改建农村公路长度", "农村公路建设里程", "农村公路里程增量"]
fact("新建改建农村公路20万公里", "20万公里", value=20e4 * 1e3, unit="m", kind="amount",
     metric="新建改建农村公路", metric_alts=ROAD, **FRAME,
     note="20万公里 = 2e8 m (as wr_china_2015_c); target; " + FRAME_NOTE)
g.neg("抓紧新一轮农村电网", "一轮", ROUND_NOTE)
POWER = ["农村稳定可靠供电服务和平原地区机井通电全覆盖期限", "农村电网改造升级期限",
         "新一轮农村电网改造升级期限", "农村稳定可靠供电服务全覆盖期限", "机井通电全覆盖期限",
         "平原地区机井通电全覆盖期限", "农村电网改造升级完成期限", "实现期限", "农村电网改造升级",
         "农村稳定可靠供电服务和平原地区机井通电全覆盖"]
fact("两年内实现农村稳定", "两年", value=2, unit="year", kind="amount", bound="le",
     metric="农村稳定可靠供电服务和平原地区机井通电全覆盖实现期限", metric_alts=POWER,
     period=T16, period_alts=[P("两年内", "2016-01-01", "2017-12-31"), null("今年")],
     note="judgement call: the time limit of the goal (两年内实现…全覆盖 'within two years', "
          "governing no number) → a duration, unit year, 内 → le (as 两年内 in wr_china_2009_d, "
          "3年内 in wr_ningxia_2025_f); the period reading of 两年内 (a negative) is the "
          "alternative; target; " + FRAME_NOTE + "; the span 2016-2017 as an alt")

# ==== line 9 (source 71): 实施脱贫攻坚工程 ============================================================
POOR = ["脱贫农村贫困人口", "农村贫困人口脱贫人数", "脱贫人口", "减贫人口", "农村贫困人口脱贫任务",
        "农村贫困人口减少", "脱贫人数", "农村贫困人口", "完成农村贫困人口脱贫任务"]
fact("今年要完成1000万以上", "1000万", value=1000e4, unit="count", kind="count", bound="ge",
     classifier="人", metric="农村贫困人口脱贫", metric_alts=POOR, **Y16,
     note="以上 → ge (outside the span); no measure word written (1000万 + 农村贫困人口): 人 "
          "implied; the people to be lifted out of poverty in 2016 (完成…脱贫任务 → target), "
          "counted positive (the metric says 脱贫, not 减少); 今年 right before it (explicit)")
MOVE = ["易地搬迁脱贫", "易地搬迁脱贫人数", "易地扶贫搬迁人口", "易地扶贫搬迁", "易地搬迁人口",
        "易地扶贫搬迁人数", "易地扶贫搬迁脱贫人口"]
fact("易地搬迁脱贫200万人以上", "200万人", value=200e4, unit="count", kind="count",
     bound="ge", classifier="人", metric="易地搬迁脱贫人口", metric_alts=MOVE, **Y16,
     note="其中: part of the 1000万 → target; 以上 → ge (outside the span); " + T_NOTE)
POORFUND = ["扶贫资金", "中央财政专项扶贫资金", "财政扶贫资金", "中央财政扶贫资金投入",
            "中央财政扶贫资金增长", "专项扶贫资金"]
gov("中央财政扶贫资金增长43.4%", "43.4%", value=43.4, unit="%", kind="growth",
    metric="中央财政扶贫资金", metric_alts=POORFUND, comparison="yoy", **Y16,
    note="the planned growth of the 2016 central poverty funds against 2015 (yoy) → target; "
         + T_NOTE + "; " + GOV_NOTE)

# ==== line 10 (source 72): heading （五） =============================================================
g.neg("（五）推进新一轮", "（五）", MARKER_NOTE)
g.neg("推进新一轮高水平", "一轮", ROUND_NOTE)

# ==== line 11 (source 73): opening of （五） (no numeral) ==============================================

# ==== line 12 (source 74): 扎实推进“一带一路”建设 =====================================================
g.neg("扎实推进“一带一路”建设", "一带一路", BRI_NOTE)
g.neg("使“一带一路”成为", "一带一路", BRI_NOTE)

# ==== line 13 (source 75): 扩大国际产能合作 ==========================================================
g.neg("实施一批重大示范项目", "一批", BATCH_NOTE)
g.neg("用好双边产能合作基金", "双边", "lexicalized 双边 'bilateral' (as 单边), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). Part of the "
    "document: part 三、2016年重点工作 (heading on source line 39, outside the excerpt) — the last "
    "three paragraphs of item （三）深挖国内需求潜力 (heading on source line 60, outside): 有效投资 "
    "(铁路投资 8000亿元以上, 公路投资 1.65万亿元, 20项 major water projects, 中央预算内投资 5000亿元, "
    "1800亿元 guidance fund), 新型城镇化 (三项工作, 棚改 600万套, 综合管廊 2000公里以上), 区域发展"
    "格局; item （四）加快发展现代农业 in full (退耕还林还草 1500万亩以上, 深松 1.5亿亩, 高效节水灌溉 "
    "2000万亩, 农村公路 20万公里, rural power 两年内, 脱贫 1000万以上 / 易地搬迁 200万人以上, 中央财政"
    "扶贫资金 +43.4%); the heading, opening and first two paragraphs of item （五） (no figures): "
    "the plan for 2016. wr_china_2016 (lines 1-14), wr_china_2016_b (24-33), wr_china_2016_c "
    "(37-52) and wr_china_2016_d (81-90) do not overlap it. The source has no title line; the "
    "title is the corpus meta title (title_in_text=False). Date: 2016-03-05, the shared meta "
    "date: the opening day of the 4th session of the 12th NPC, on which the Premier delivered "
    "the report (no dateline in the Wikisource text); nothing in the excerpt contradicts it "
    "(今年 = 2016, “十三五” plans being drafted). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); the central budget, the guidance fund, the three urbanisation tasks and the "
    "poverty funds add 中央政府/国务院/中央财政; 铁路/公路/重大水利工程 as sector alts. Periods: 今年 "
    "(= 2016) stands before the numbers of source lines 63, 64, 68 and 71 (explicit); lines 69 "
    "and 70 state no period → the section frame 2016 (period text 今年, null as alt). The fund "
    "size 1800亿元 → the year, the end instant and the reference date as alts. Modality: target "
    "throughout (完成, 再开工, 安排, 用好, 改造, 开工建设, 退耕, 增加, 新增, 新建改建, 实现, 要完成, "
    "增长 of the budget). Comparisons: yoy for 43.4%. Bounds: 以上 → ge (8000亿元, 2000公里, "
    "1500万亩, 1000万, 200万人); 两年内 → le. Units: 万亿元 1e12; 公里 1e3 m; 亩 stays mu; 万 "
    "without a measure word (1000万 农村贫困人口) → classifier 人. Judgement calls: 三项工作 → a "
    "count (as 三项举措 / 八个方面 in wr_china_2016_c); 两年内实现…全覆盖 → a duration fact (2 year, "
    "le; as wr_china_2009_d); 化肥农药零增长行动 → a programme name (negative), not a growth fact; "
    "1000万 脱贫 counted positive (metric 农村贫困人口脱贫); 1800亿元 guidance fund → the year; "
    "新十年(规划), 多规合一, 两不误, 一举多得, 双边 → label / idiom negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". No lexicalized numeral words (进一步, 统一 …) in the excerpt. No numerals: "
    "今年 (period word), 多种形式, 多措并举, 东西协作.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
