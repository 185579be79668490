"""Gold annotations for wr_jiangxi_2025_f (2025年江西省政府工作报告, sixth excerpt: tasks （五）-（六）
and the start of （七） of the 2025 plan), lines 40-48 of
shared/texts/work_report/wr_jiangxi_2025.txt.

The excerpt corpora/wr_jiangxi_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the three
paragraphs of task （五） 乡村全面振兴 after its heading (粮食安全 and 防止返贫: grain 436亿斤;
农业强省: food parks, leading firms; 乡村建设治理: rural roads, tap water, toilets), task （六）
区域协调发展和新型城镇化 in full (区域协调发展战略: 1-2 leading industries per county; 城市功能
品质: old residential compounds, sponge city; 城乡融合: urbanisation rate of the registered
population, county commerce projects) and task （七） 美丽江西 up to its first paragraph
(加强生态环境保护修复: labels only), all inside part 二、2025年工作安排 (heading on source line
19, outside the excerpt).  Lines 6-11, 12-16, 64-85, 19-29 and 49-58 are
annotated in wr_jiangxi_2025 / _b / _c / _d / _e (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_jiangxi_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jiangxi_2025_f"
PLACE = "江西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_jiangxi_2025.txt"
FIRST, LAST = 40, 48                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年江西省政府工作报告"
JX_ALTS = ["江西", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="守牢粮食安全和不发生规模性返贫致贫底线。",
                 ends="促进人与自然和谐共生。")
text = g.text
fact = g.with_subject(PLACE, JX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "place name {}, not a quantity"
CAMPAIGN_NOTE = ("duration inside the name of a campaign (…N年行动), not a fact of its own (as "
                 "wr_jiangxi_2025_e / wr_china_2022)")
THRESH_NOTE = ("threshold defining the set counted ({}; SPEC §2: 亿元以上项目), part of the "
               "count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 19, outside the
# excerpt): no line of the excerpt states a period before its numbers (no 今年 / 全年 / 到…年
# in it; 五年行动 and 三年行动 name campaigns), so every fact takes the section frame, period
# text 2025年, 2025-01-01..2025-12-31, the null reading in period_alts (SPEC §4; as
# wr_jiangxi_2025_d / _e).  Modality: target throughout (plan text: 确保, 建设, 达到, 新建改建,
# 实现, 打造, 新开工改造, 力争, 改造提升).  Levels to be reached that hold at a moment (the number
# of leading firms above a sales threshold, coverage rates of villages, the sponge-city share
# of the built-up area, the urbanisation rate) are stocks → the instant 2025-12-31 (stock
# rule), the year and null as alts (as wr_jiangxi_2025_e PLAN_END); facilities to be built
# in the year → the year with the year-end instant as alt (PLAN_SET); flows and works of the
# year (grain output, roads, renovations) → the year.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (2025), null as alt")
END_NOTE = ("a level to be reached that holds at a moment (stock rule) → the instant "
            "2025-12-31, the year and null as alts; target")

# ==== line 1 (source 40): 守牢粮食安全和不发生规模性返贫致贫底线 ====================================
g.neg("国家新一轮千亿斤", "一轮", "新一轮 'a new round', not a count")
g.neg("新一轮千亿斤粮食产能", "千亿斤", LABEL_NOTE + " (新一轮千亿斤粮食产能提升行动, the "
      "name of the national campaign to raise grain capacity by 100 billion jin) — judgement "
      "call; the national capacity increase of 1e11 jin (5e7 t) is the alternative reading")
g.neg("大面积单产提升行动", "单产", "lexicalized 单产 'yield per unit area' (in the campaign "
      "name 粮油作物大面积单产提升行动), not a quantity (as other golds)")
g.neg("“最后一公里”", "一公里", "idiom 最后一公里 'the last kilometre' (the last stretch of "
      "the irrigation network), not a length")
GRAIN = ["粮食总产量", "粮食", "全省粮食产量", "粮食产量目标"]
fact("确保粮食产量达436亿斤", "436亿斤", value=436e8 * 0.0005, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **PLAN,
     note="确保…达 → target, eq; 斤 = 0.0005 t (SPEC §3): 436亿斤 = 2.18e7 t; the harvest of "
          "the year (a flow); " + PLAN_NOTE)

# ==== line 2 (source 41): 加快推进农业强省建设 ====================================================
fact("建设10个食品产业园", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="食品产业园",
     metric_alts=new("食品产业园", "建设食品产业园"), **PLAN_SET,
     note="parks to be built in 2025 (a count of the year, the year-end instant as alt); 增量 "
          "alts (README §3); " + PLAN_NOTE)
g.neg("年销售收入超10亿元", "10亿元", THRESH_NOTE.format("年销售收入超10亿元: leading firms "
      "whose annual sales exceed 1 billion yuan"))
LEAD = ["年销售收入超10亿元的农业产业化龙头企业", "年销售收入超10亿元龙头企业",
        "销售收入超10亿元农业产业化龙头企业", "农业产业化龙头企业", "龙头企业",
        "年销售收入超10亿元农业产业化龙头企业数量", "十亿元级农业产业化龙头企业"]
fact("龙头企业达到100家以上", "100家", value=100, unit="count", kind="count", classifier="家",
     bound="ge", metric="年销售收入超10亿元农业产业化龙头企业", metric_alts=LEAD, **PLAN_END,
     note="达到…以上 → ge (以上 outside the span); the sales threshold is part of the metric "
          "(its own negative); the number of such firms (a stock) → " + END_NOTE)

# ==== line 3 (source 42): 提高乡村建设治理水平 ====================================================
g.neg("“四融一共”", "四融一共", LABEL_NOTE + " (“四融一共”, the name of the 和美乡村 "
      "approach)")
g.neg("整治提升五年行动", "五年", CAMPAIGN_NOTE + " (农村人居环境整治提升五年行动)")
ROAD = ["农村公路", "新建改建农村公路里程", "农村公路新建改建", "新改建农村公路", "农村公路建设",
        "新建改建农村公路长度"]
fact("新建改建农村公路1500公里", "1500公里", value=1500e3, unit="m", kind="amount",
     metric="新建改建农村公路", metric_alts=ROAD, **PLAN,
     note="公里 → ×1e3 m; works of the year (a flow); " + PLAN_NOTE)
fact("农村自来水普及率94%", "94%", value=94, unit="%", kind="share",
     metric="农村自来水普及率", metric_alts=["自来水普及率", "农村自来水普及"], **PLAN_END,
     note="实现 → target; no bound word after it (左右 follows only 86%, each value has its own "
          "metric) → eq — judgement call; coverage of the villages (a stock): " + END_NOTE)
fact("卫生厕所普及率86%左右", "86%", value=86, unit="%", kind="share", bound="approx",
     metric="农村卫生厕所普及率",
     metric_alts=["卫生厕所普及率", "农村卫生厕所普及", "农村无害化卫生厕所普及率"], **PLAN_END,
     note="左右 → approx (outside the span); verb 实现 and head 农村 shared with 94% (head "
          "restored, README §3); coverage (a stock): " + END_NOTE)
g.neg("“百村千树”", "百村千树", LABEL_NOTE + " (“百村千树”乡村绿化美化项目, a project name)")

# ==== line 4 (source 43): heading （六） ========================================================
g.neg("（六）促进区域", "（六）", MARKER_NOTE)

# ==== line 5 (source 44): 落实落细区域协调发展战略 ================================================
g.neg("“一枢纽四中心”", "一枢纽四中心", LABEL_NOTE + " (“一枢纽四中心”, the roles set for 南昌: "
      "one hub, four centres) — a set label, not counts")
g.neg("九江打造长江", "九江", PLACE_NOTE.format("九江 (a city)"))
g.neg("对接融入长三角", "长三角", PLACE_NOTE.format("长三角 (the Yangtze River Delta)"))
fact("打造1-2个主导产业", "1-2个", value=1, upper=2, unit="count", kind="count",
     classifier="个", metric="主导产业",
     metric_alts=["县域主导产业", "打造主导产业", "主导产业数量", "各地主导产业", "每县主导产业"],
     subject_alts=JX_ALTS + ["各地", "县域", "各县"], **PLAN,
     note="a range 1-2 → value 1, upper 2 (SPEC §2 upper; as wr_hainan_2025_b 打造1-2个), one "
          "fact; the leading industries each locality (各地, the counties of 县域经济) is to "
          "focus on → the province keeps the subject, 各地/县域 as alts — judgement call; "
          + PLAN_NOTE)

# ==== line 6 (source 45): 提升城市功能品质 =======================================================
g.neg("全面推进“三大工程”", "三大工程", LABEL_NOTE + " (“三大工程”: 保障性住房建设、“平急两用”公共"
      "基础设施建设、城中村改造, glossary item 13; as wr_jiangxi_2025_c)")
OLD = ["老旧小区", "改造老旧小区", "新开工改造老旧小区数量", "老旧小区改造", "城镇老旧小区",
       "开工改造老旧小区"]
fact("新开工改造老旧小区716个", "716个", value=716, unit="count", kind="count",
     classifier="个", metric="新开工改造老旧小区", metric_alts=OLD, **PLAN,
     note="compounds whose renovation starts in 2025 (a flow, as wr_hainan_2025_b 开工改造城镇"
          "老旧小区150个); " + PLAN_NOTE)
fact("716个26.95万户", "26.95万户", value=26.95e4, unit="count", kind="count",
     classifier="户", metric="新开工改造老旧小区户数",
     metric_alts=["老旧小区改造户数", "新开工改造老旧小区住户", "改造老旧小区户数", "老旧小区户数",
                  "惠及居民户数", "户数", "新开工改造老旧小区"], **PLAN,
     note="the households in those compounds (户 is a classifier, SPEC §3); the verb 新开工改造 "
          "shared with 716个; " + PLAN_NOTE)
SPONGE = ["城市建成区达到海绵城市建设标准的面积比例", "海绵城市建设达标面积占比",
          "达到海绵城市建设标准的面积占比", "海绵城市达标面积占比", "海绵城市建成区面积占比",
          "城市建成区海绵城市面积占比", "海绵城市面积比例", "达到海绵城市建设标准的城市建成区面积比例"]
fact("城市建成区50%以上面积", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="城市建成区达到海绵城市建设标准的面积占比", metric_alts=SPONGE, **PLAN_END,
     note="力争 → target; 以上 → ge (outside the span); the share of the built-up area meeting "
          "the standard (a share of a stock) → " + END_NOTE)
g.neg("“一网统管”", "一网统管", LABEL_NOTE + " (“一网统管”: unified city management on one "
      "network)")
g.neg("城市一刻钟便民生活圈", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'the 15-minute "
      "convenience circle', a programme name), not a duration fact — judgement call")

# ==== line 7 (source 46): 促进城乡融合发展 =======================================================
g.neg("实施新一轮农业转移", "一轮", "新一轮 'a new round', not a count")
fact("户籍人口城镇化率达47.1%左右", "47.1%", value=47.1, unit="%", kind="share",
     bound="approx", metric="户籍人口城镇化率",
     metric_alts=["城镇化率", "户籍城镇化率", "户籍人口城镇化水平"], **PLAN_END,
     note="达…左右 → approx (左右 outside the span); a rate of the population (SPEC §2 share) "
          "at year end: " + END_NOTE)
fact("县域商业项目200个", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="改造提升县域商业项目",
     metric_alts=["县域商业项目", "改造提升县域商业项目数量", "县域商业项目改造提升",
                  "县域商业建设项目"], **PLAN,
     note="projects to be upgraded in 2025 (works of the year); " + PLAN_NOTE)

# ==== line 8 (source 47): heading （七） ========================================================
g.neg("（七）全面推进", "（七）", MARKER_NOTE)
g.neg("建设高地三年行动", "三年", CAMPAIGN_NOTE + " (打造国家生态文明建设高地三年行动)")

# ==== line 9 (source 48): 加强生态环境保护修复 ==================================================
g.neg("推动“八大标志性战役", "八大", "set label N大 (README §2 八大) in the quoted programme name "
      "“八大标志性战役30个专项行动”, not a count claim")
g.neg("标志性战役30个专项行动", "30个", LABEL_NOTE + " (the quoted programme name “八大标志性战役"
      "30个专项行动”, as “七个专项行动” in wr_guizhou_2025_b) — judgement call; a count of 30 "
      "campaigns is the alternative reading")
g.neg("“五河两岸一湖一江”", "五河两岸一湖一江", LABEL_NOTE + " (“五河两岸一湖一江”: the five "
      "rivers and their banks, 鄱阳湖 and the Yangtze — a name of the basin, not counts)")
g.neg("环境应急三级防控体系", "三级", "tier label 三级 (the three-tier emergency prevention "
      "system of chemical parks), not a quantity claim (as 五级医疗 in wr_guizhou_2025_b)")
g.neg("长江十年禁渔", "十年", LABEL_NOTE + " (长江十年禁渔, the name of the ten-year fishing ban, "
      "as wr_china_2022 / wr_china_2023_c)")
g.neg("举办第四届", "第四届", "edition label of an event (第四届鄱阳湖国际观鸟季), not a count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_jiangxi_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code. Part of the report: the 2025 plan (part 二、2025年工作安排, heading on "
    "source line 19, outside the excerpt): the three paragraphs of task （五） 乡村全面振兴 after "
    "its heading (粮食安全 and 防止返贫, 农业强省, 乡村建设治理; the heading, source line 39, is "
    "outside), task （六） 区域协调发展和新型城镇化 in full (区域协调发展战略, 城市功能品质, 城乡"
    "融合发展) and task （七） 美丽江西 with its heading and first paragraph (加强生态环境保护修复, "
    "no number fact). Lines 6-11, "
    "12-16, 64-85, 19-29 and 49-58 are wr_jiangxi_2025 / _b / _c / _d / _e (no overlap). "
    "Title, source line and dateline are outside the excerpt (title_in_text=False; title as "
    "the source's first line). Date: 2025-01-17, the delivery date in the report's header "
    "(source line 3: 2025年1月17日在江西省第十四届人民代表大会第三次会议上); the shared meta "
    "agrees. Place: 江西省 (江西, 全省, 我省 → alts; 各地/县域/各县 added for the 1-2 leading "
    "industries). Periods: no line states a period, so every fact takes the section frame of "
    "the heading 二、2025年工作安排 (period text 2025年, 2025-01-01..2025-12-31, null as alt; as "
    "wr_jiangxi_2025_d / _e); levels to be reached (100家 leading firms, 自来水普及率 94%, 卫生"
    "厕所普及率 86%, sponge-city share 50%, 户籍人口城镇化率 47.1%) → instant 2025-12-31 "
    "(stock rule), the year and null as alts; the 10 food parks to be built → the year with "
    "the year-end instant and null as alts; flows and works of the year (436亿斤 grain, "
    "1500公里 roads, 716个 / 26.95万户 renovations, 200个 commerce projects) → the year. "
    "Modality: target throughout (plan text). Units: 亿斤 → t (× 1e8 × 0.0005: 2.18e7 t); "
    "公里 → m; 万户 → count 户; 1-2个 → value 1, upper 2. Bounds: 以上 → ge (100家, 50%); 左右 "
    "→ approx (86%, 47.1%). Judgement calls: 千亿斤 read as part of the campaign name 新一轮"
    "千亿斤粮食产能提升行动 (negative); 94% eq (左右 follows only 卫生厕所普及率 86%); 1-2个主导"
    "产业 per locality kept with the province as subject; 一刻钟 (便民生活圈) and 最后一公里 "
    "(idiom) → negatives; 五年 / 三年 inside campaign names, 十年 (禁渔) → negatives; “八大标志性"
    "战役30个专项行动” → a programme name (八大, 30个 negatives); the sales threshold "
    "超10亿元 → negative (part of the count's metric). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体化 (长三角一体化). No numerals: 全覆盖, 若干, 整村, 整个, 小农户.")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：江西省人民政府; part 二、2025年工作安排: tasks （五） (without its heading), （六） "
        "and the start of task （七）)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
