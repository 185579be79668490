"""Gold annotations for wr_beijing_2025_d (2025年北京市政府工作报告, the 2025 tasks, fourth
excerpt), lines 65-80 of shared/texts/work_report/wr_beijing_2025.txt.

The excerpt corpora/wr_beijing_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the end of task （八） (打造新型智慧城市发展样板), task （九）
(民生: jobs, health, housing, social security), task （十） (生态环境: pollution, the garden
city, the green economy) and task （十一） up to 深化城市韧性提升行动 (work safety, urban
resilience).  It lies in part 二、2025年工作总体要求和重点任务 (source line 24, outside the
excerpt; source line 25: 今年是“十四五”规划收官之年): the plan for 2025.  The line range was
given by the brief; lines 8-14 are annotated in wr_beijing_2025, 50-64 in wr_beijing_2025_b,
16-20 in wr_beijing_2025_c (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_beijing_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_beijing_2025_d"
PLACE = "北京市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_beijing_2025.txt"
FIRST, LAST = 65, 80                    # 1-based, inclusive, whole lines
TITLE = "2025年北京市政府工作报告"
BJ_ALTS = ["北京", "全市", "北京地区", "本市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="打造新型智慧城市发展样板。",
                 ends="建成一批平急两用公共基础设施。")
text = g.text
fact = g.with_subject(PLACE, BJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
CAPITAL_NOTE = "lexicalized 首都 (capital), not a rank (as wr_beijing_2025, wr_beijing_2025_b)"
PLAN_NAME_NOTE = "name of a three-year action plan (三年行动…), not a duration fact (as wr_beijing_2025_b)"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in part 二、2025年工作总体要求和重点任务 (source line 24, outside the
# excerpt): the tasks are the plan for 2025 → modality target.  No line of the excerpt states
# a period of its own (三年行动计划 / 三年行动 are plan names, 百日攻坚行动 a campaign name, 提前2周
# a lead time), so the numbers take the section frame: period text 2025年 (the heading's),
# 2025-01-01..2025-12-31, null as alt (as wr_beijing_2025_b).  Levels to be reached at the
# end of the year (a coverage share, 绿色企业比例达到) are the instant 2025-12-31 with the year
# and null as alts; a share of the year's flow (50%的门诊预约号源) keeps the year with the
# year-end instant as a further alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作总体要求和重点任务 (2025), null as alt")


def count(ctx, target, value, classifier, metric, alts, note=None, plan=PLAN, **kw):
    fact(ctx, target, value=value, unit="count", kind="count", classifier=classifier,
         metric=metric, metric_alts=alts,
         note=PLAN_NOTE if note is None else note + "; " + PLAN_NOTE, **plan, **kw)


# ==== line 1 (source 65): 新型智慧城市 =============================================================
g.neg("一网通办、一网统管", "一网通办", LABEL_NOTE + " (一网通办 'one-network service', as "
      "other golds)")
g.neg("一网通办、一网统管", "一网统管", LABEL_NOTE + " (一网统管, a digital-government "
      "platform name, as other golds)")
g.neg("一网统管、一网慧治", "一网慧治", LABEL_NOTE + " (一网慧治, a digital-government "
      "platform name)")
NEW_NOTE = "新增 N: to be added in 2025; 增量 alts (README §3)"
count("便民便企服务200项", "200项", 200, "项", "“京通”便民便企服务",
      new("“京通”便民便企服务", "京通便民便企服务", "新增“京通”便民便企服务", "便民便企服务",
          "“京通”服务"), note=NEW_NOTE)
count("城市治理应用50项", "50项", 50, "项", "“京办”城市治理应用",
      new("“京办”城市治理应用", "京办城市治理应用", "新增“京办”城市治理应用", "城市治理应用",
          "“京办”应用"), note="verb 新增 shared with 200项; " + NEW_NOTE)

# ==== line 2 (source 66): （九） ====================================================================
g.neg("（九）持续改善", "（九）", MARKER_NOTE)

# ==== line 3 (source 67) ============================================================================
g.neg("紧扣“七有”要求", "七有", LABEL_NOTE + " (“七有”: the seven 'haves' of public services "
      "— 幼有所育、学有所教 …), not a count")
g.neg("和“五性”需求", "五性", LABEL_NOTE + " (“五性”: the five qualities of life — 便利性、"
      "宜居性 …), not a count")

# ==== line 4 (source 68): 就业 =====================================================================
count("城镇新增就业不少于26万人", "26万人", 260000, "人", "城镇新增就业",
      ["新增就业", "城镇新增就业人数", "城镇新增就业人员", "城镇就业增量"], bound="ge",
      note="不少于 → ge (outside the span); 实现 → the year's target")
count("不少于10万个高校毕业生", "10万个", 100000, "个", "高校毕业生就业岗位",
      ["归集发布高校毕业生就业岗位", "就业岗位", "高校毕业生就业岗位数量", "岗位",
       "归集发布就业岗位"], bound="ge", note="不少于 → ge (outside the span)")
g.neg("有效供给三年行动计划", "三年", PLAN_NAME_NOTE + " (扩大家政服务有效供给三年行动计划)")

# ==== line 5 (source 69): 健康 =====================================================================
g.neg("加快建设国家医学中心和首都公共卫生中心", "首都", CAPITAL_NOTE)
g.neg("同仁医院亦庄院区三期", "三期", PHASE_NOTE.format("三期 (the third phase of 同仁医院亦庄"
      "院区)"))
g.neg("强化“三医”联动", "三医", LABEL_NOTE + " (“三医”: medical services, medical insurance "
      "and medicines, as other golds)")
count("新建5个紧密型", "5个", 5, "个", "紧密型城市医疗集团",
      new("紧密型城市医疗集团", "新建紧密型城市医疗集团", "城市医疗集团", "医疗集团"),
      note="新建 N: groups to be formed in 2025; 增量 alts (README §3)")
fact("提前2周向基层投放", "2周", value=14, unit="day", kind="amount",
     metric="市属医院全量门诊预约号源提前向基层投放时间",
     metric_alts=["门诊预约号源提前向基层投放时间", "市属医院门诊预约号源提前投放时间",
                  "号源提前投放时间", "提前向基层投放时间", "门诊预约号源提前投放期限",
                  "市属医院全量门诊预约号源提前向基层投放"],
     subject_alts=BJ_ALTS + ["市属医院"], **PLAN,
     note="judgement call: the lead time written into the rule (appointment slots released "
          "to primary care two weeks ahead) is a duration fact: 2周 = 14 day (SPEC §3 "
          "durations in day; a week = 7 days), kind amount; a rule to be applied in 2025 → "
          "target; " + PLAN_NOTE)
g.neg("其他三级公立医院", "三级", "hospital grade label 三级 (三级公立医院, the top grade) "
      "defining the hospitals concerned, part of the metric, not a quantity")
fact("50%的门诊预约号源", "50%", value=50, unit="%", kind="share",
     metric="其他三级公立医院门诊预约号源提前向基层投放比例",
     metric_alts=["门诊预约号源提前向基层投放比例", "三级公立医院门诊预约号源提前向基层投放比例",
                  "门诊预约号源向基层投放比例", "提前向基层投放的门诊预约号源比例",
                  "其他三级公立医院门诊预约号源提前向基层投放比重", "门诊预约号源投放比例"],
     subject_alts=BJ_ALTS + ["其他三级公立医院", "三级公立医院"], **PLAN_LEVEL,
     note="the share of the year's appointment slots to be released to primary care (a share "
          "of a flow) → the year, null and the year-end instant as alts; the hospitals as "
          "subject alts; target")
count("互认医院60家", "60家", 60, "家", "电子病历共享应用、检查检验结果互认医院",
      new("电子病历共享应用、检查检验结果互认医院", "检查检验结果互认医院", "互认医院",
          "电子病历共享应用医院", "新增电子病历共享应用、检查检验结果互认医院"),
      note=NEW_NOTE)
g.neg("覆盖二级以上医疗机构", "二级", "grade threshold 二级以上 (hospitals of grade II and "
      "above) defining the set measured (SPEC §2 threshold, as 二级以上 in other golds), part of "
      "the share's metric, not a fact")
fact("医疗机构97%的门诊量", "97%", value=97, unit="%", kind="share",
     metric="覆盖二级以上医疗机构门诊量比例",
     metric_alts=["互认医院覆盖二级以上医疗机构门诊量比例", "覆盖门诊量比例",
                  "二级以上医疗机构门诊量覆盖率", "覆盖二级以上医疗机构的门诊量",
                  "电子病历共享应用、检查检验结果互认医院覆盖门诊量比例", "门诊量覆盖比例",
                  "互认医院门诊量占二级以上医疗机构门诊量比重"],
     **PLAN_END,
     note="the coverage the network of mutual-recognition hospitals is to reach once the 60 "
          "are added (a level of a stock) → the instant at the end of the 2025 frame, the "
          "year and null as alts; target")

# ==== line 6 (source 70): 住房 =====================================================================
count("保障性租赁住房5万套", "5万套", 50000, "套", "保障性租赁住房",
      new("保障性租赁住房", "建设筹集保障性租赁住房", "筹集保障性租赁住房", "保障性租赁住房套数"),
      note="建设筹集 N: units to be built or raised in 2025 (as 7.1万套 in wr_beijing_2025)")
count("竣工各类保障房8万套", "8万套", 80000, "套", "各类保障房竣工",
      ["竣工各类保障房", "保障房竣工", "竣工保障房", "各类保障房", "保障房竣工套数",
       "各类保障房竣工套数", "保障房"],
      note="units to be completed in 2025")

# ==== line 7 (source 71): 社会保障 =================================================================
count("新建50个养老服务中心", "50个", 50, "个", "养老服务中心",
      new("养老服务中心", "新建养老服务中心"),
      note="新建 N in the districts with many of the oldest old; " + NEW_NOTE)
count("加装电梯完工600部", "600部", 600, "部", "老楼加装电梯完工",
      ["老楼加装电梯", "加装电梯", "加装电梯完工", "老楼加装电梯数量", "既有住宅加装电梯",
       "老楼加装电梯完工数量"], note="部 = the measure word of lifts")
count("新建2000张家庭养老床位", "2000张", 2000, "张", "家庭养老床位",
      new("家庭养老床位", "新建家庭养老床位", "养老床位"), note=NEW_NOTE)
count("200个农村邻里互助", "200个", 200, "个", "农村邻里互助养老服务点",
      new("农村邻里互助养老服务点", "新建农村邻里互助养老服务点", "邻里互助养老服务点",
          "互助养老服务点"), note="verb 新建 shared with 2000张; " + NEW_NOTE)
g.neg("实施新一期促进", "一期", PHASE_NOTE.format("一期 (新一期 'a new phase' of the "
      "three-year action)"))
g.neg("促进残疾人就业三年行动", "三年", PLAN_NAME_NOTE + " (促进残疾人就业三年行动)")

# ==== line 8 (source 72): （十） ====================================================================
g.neg("（十）更大力度", "（十）", MARKER_NOTE)

# ==== line 10 (source 74): 污染防治 ================================================================
g.neg("实施“0.1微克”行动", "0.1微克", LABEL_NOTE + " (“0.1微克”行动, the campaign to cut PM2.5 "
      "by every 0.1 μg/m³), a campaign name, not a measurement — judgement call")
count("电动汽车超充站1000座", "1000座", 1000, "座", "电动汽车超充站",
      new("电动汽车超充站", "建成电动汽车超充站", "超充站"),
      note="建成 N: stations to be completed in 2025 (超 in 超充站 'super-charging' is part of "
           "the noun, not a bound); 增量 alts (README §3)")
g.neg("扬尘专项治理百日攻坚行动", "百日", LABEL_NOTE + " (campaign name 百日攻坚行动 "
      "'hundred-day drive', as wr_yunnan_2025 百日), not a duration fact")
g.neg("黑臭水体和劣五类水体", "五类", "water-quality class label 劣五类 (worse than grade V, "
      "GB 3838), not a quantity (as other golds)")
g.neg("金海湖等一批水岸", "一批", "quantifier 一批 'a batch of' (README §2)")

# ==== line 11 (source 75): 花园城市 ================================================================
g.neg("实施燕山山地南部生态综合治理和首都西部", "首都", CAPITAL_NOTE)
count("市民观城观景视廊50条", "50条", 50, "条", "市民观城观景视廊",
      ["观城观景视廊", "打造市民观城观景视廊", "观景视廊", "市民观城观景视廊数量"],
      note="视廊 (view corridors) to be created in 2025")
fact("联山联水联社区的绿道1000公里", "1000公里", value=1e6, unit="m", kind="amount",
     metric="联山联水联社区的绿道",
     metric_alts=["绿道", "新增绿道", "绿道里程", "新增绿道里程", "绿道增量",
                  "新增联山联水联社区的绿道", "联山联水联社区绿道"],
     **PLAN, note="新增 N公里: length to be added in 2025 (公里 = 1e3 m); 增量 alts; " + PLAN_NOTE)
g.neg("园艺师“三师”联动", "三师", LABEL_NOTE + " (“三师”: the 责任规划师、建筑师、园艺师 just "
      "named, as other golds), not a count")
count("共建社区微花园50个", "50个", 50, "个", "社区微花园",
      new("社区微花园", "共建社区微花园", "微花园"), note="共建 N: gardens to be built in 2025")

# ==== line 12 (source 76): 绿色经济 ================================================================
fact("外调绿电规模力争达到400亿千瓦时", "400亿千瓦时", value=4e10, unit="kWh", kind="amount",
     metric="外调绿电规模",
     metric_alts=["外调绿电", "外调绿电量", "外调绿色电力", "绿电调入规模", "调入绿电",
                  "外调绿电电量"],
     **PLAN,
     note="力争达到 → target, eq; 400亿千瓦时 = 4e10 kWh; green power brought in over the "
          "year (a flow) → the year; " + PLAN_NOTE)
fact("完成3800万平方米建筑", "3800万平方米", value=3.8e7, unit="m2", kind="amount",
     metric="建筑智能化供热改造",
     metric_alts=["建筑智能化供热改造面积", "智能化供热改造", "智能化供热改造面积",
                  "完成建筑智能化供热改造", "供热改造面积"],
     **PLAN, note="floor area whose heating is to be retrofitted in 2025; " + PLAN_NOTE)
fact("绿色企业比例达到30%以上", "30%", value=30, unit="%", kind="share", bound="ge",
     metric="绿色企业比例",
     metric_alts=["绿色企业比重", "绿色企业占比", "绿色企业占企业比重", "绿色企业"],
     **PLAN_END,
     note="以上 → ge (outside the span); 达到 a level (a share of the stock of firms) → the "
          "instant at the end of the 2025 frame, the year and null as alts; target")

# ==== line 13 (source 77): （十一） ==================================================================
g.neg("（十一）提高", "（十一）", MARKER_NOTE)
g.neg("切实维护首都和谐稳定", "首都", CAPITAL_NOTE)

# ==== line 14 (source 78) ============================================================================
g.neg("确保首都政治安全", "首都", CAPITAL_NOTE)

# ==== line 15 (source 79): 安全生产 ================================================================
g.neg("重大事故隐患动态清零", "清零", "清零 'clear to zero' (eliminate) in the policy phrase "
      "动态清零, a goal word, not a quantity (as other golds)")
g.neg("“九小场所”等火灾隐患", "九小", LABEL_NOTE + " (“九小场所”, nine kinds of small "
      "premises, as other golds), not a count")

# ==== line 16 (source 80): 城市韧性 ================================================================
g.neg("建立健全首都韧性", "首都", CAPITAL_NOTE)
fact("改造老旧管线1000公里", "1000公里", value=1e6, unit="m", kind="amount",
     metric="老旧管线改造",
     metric_alts=["改造老旧管线", "老旧管线", "老旧管线改造里程", "老旧管线改造长度",
                  "改造老旧管线长度"],
     **PLAN, note="公里 = 1e3 m; pipes to be renewed in 2025; " + PLAN_NOTE)
count("完成15处积水点治理", "15处", 15, "处", "积水点治理",
      ["积水点", "完成积水点治理", "治理积水点", "积水点治理数量"])
g.neg("建成一批平急两用", "一批", "quantifier 一批 'a batch of' (README §2)")
g.neg("一批平急两用公共", "平急两用", LABEL_NOTE + " (“平急两用” 'for normal and emergency "
      "use', a class of public facilities, as other golds)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_beijing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief: the end of task （八） (打造新型智慧城市发展样板), task （九） (民生: 就业, 健康, 住房, "
    "社会保障), task （十） (生态环境: 污染防治, 花园城市, 绿色经济) and task （十一） up to 深化城市"
    "韧性提升行动. The excerpt lies in part 二、2025年工作总体要求和重点任务 (source line 24; "
    "今年是“十四五”规划收官之年, source line 25): the plan for 2025, so the numbers are targets "
    "of 2025. No overlap with wr_beijing_2025 (lines 8-14), wr_beijing_2025_b (50-64) or "
    "wr_beijing_2025_c (16-20). Title and dateline are outside the excerpt (title_in_text="
    "False; title as the source's first line). Date: 2025-01-14, the delivery date in the "
    "report's header (source line 3: 2025年1月14日在北京市第十六届人民代表大会第三次会议上), as "
    "the shared meta. Place: 北京市 (北京, 全市, 北京地区, 本市 → alts); hospitals as subject "
    "alts of the appointment-slot rules. Periods: no line states a period of its own: the "
    "section frame 2025 (period text 2025年), null as alt; levels to be reached (the 97% "
    "outpatient coverage, 绿色企业比例达到30%以上) → instant 2025-12-31 with the year and null "
    "as alts; the 50% share of appointment slots → the year with the year-end instant as alt. "
    "Modality: target throughout. Bounds: 不少于 → ge (26万人, 10万个); 以上 → ge (30%); "
    "otherwise eq. Units: 万人/万个/万套 counts; 公里 → m; 亿千瓦时 → kWh; 万平方米 → m2; "
    "2周 → 14 day. Judgement calls: 提前2周 → a duration fact (14 day) of the appointment rule; "
    "97% → the coverage of the 60 mutual-recognition hospitals (stock, year end); 三级 (公立"
    "医院) and 二级 (以上医疗机构) → grade labels / thresholds inside the metric (negatives); "
    "“0.1微克”行动 → campaign name (negative); 新增/新建 N counts keep the noun with 增量 alts. "
    "Negatives: 一网通办, 一网统管, 一网慧治, （九）（十）（十一）, 七有, 五性, 三年 ×2 (行动计划 / "
    "行动), 首都 ×5, 三期, 三医, 三级, 二级, 一期 (新一期), 0.1微克, 百日, 五类 (劣五类), 一批 ×2, "
    "三师, 清零, 九小, 平急两用. Not listed: 头等 (头等大事, no numeral). Known false alarms of the "
    "shared check_gold.py: it reads 2周 as 2 (no 周 unit) and, as for wr_beijing_2025_b, reports "
    "the section-frame period text 2025年 (the heading's, outside the excerpt) as missing; "
    "czfacts check-gold accepts them.")

g.write(date=REF, source=f"shared/texts/work_report/wr_beijing_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
