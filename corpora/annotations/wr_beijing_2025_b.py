"""Gold annotations for wr_beijing_2025_b (held-out: corpora/heldout/; 2025年北京市政府工作报告,
the 2025 tasks), lines 50-64 of shared/texts/work_report/wr_beijing_2025.txt.

The excerpt is sliced by code from the source bytes (whole lines, newline kept), never
retyped: the end of task （五） (加快建设全球数字经济标杆城市), task （六） (首都文化), task （七）
(城乡融合: agriculture, villages, the urban system), task （八） up to 持续加强交通综合治理
(城市精细化治理, traffic).  It lies in part 二、2025年工作总体要求和重点任务 (source line 24,
outside the excerpt; source line 25: 今年是“十四五”规划收官之年): the plan for 2025.  Lines
8-14 are annotated in wr_beijing_2025 (no overlap).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_beijing_2025_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_beijing_2025_b"
PLACE = "北京市"
REF = "2025-01-14"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_beijing_2025.txt"
FIRST, LAST = 50, 64                    # 1-based, inclusive, whole lines
TITLE = "2025年北京市政府工作报告"
BJ_ALTS = ["北京", "全市", "北京地区", "本市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加快建设全球数字经济标杆城市。",
                 ends="让道路通行更加顺畅。")
text = g.text
fact = g.with_subject(PLACE, BJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
ORD_NOTE = "ordinal label {} (which batch / round), not a count or rank"
APPOS_NOTE = ("appositive {} 'the … just named' (listed right before it), not a quantity "
              "claim (as wr_shanxi_2025 晋城、晋中、大同3个国家级经开区, wr_yunnan_2025_d) — "
              "judgement call")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in part 二、2025年工作总体要求和重点任务 (source line 24, outside the
# excerpt): the tasks are the plan for 2025 → modality target.  No line of the excerpt states
# a period of its own (2025北京榜样 is a name, 80周年 an anniversary, 三年行动计划 a plan name),
# so the numbers take the section frame: period text 2025年 (the heading's),
# 2025-01-01..2025-12-31, null as alt (as wr_henan_2025_b).  A level to be reached (换乘比例
# 提高到90%) is the instant at the end of the frame, the year and null as alts; 7000处信号灯联网
# (total or additions) keeps the year with the year-end instant as alt.
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


# ==== line 1 (source 50): 加快建设全球数字经济标杆城市 ==============================================
g.neg("光网之都、万兆之城", "万兆", LABEL_NOTE + " (万兆之城 '10-gigabit city', a slogan of "
      "network speed class), not a quantity")
g.neg("推动全市5G移动网络", "5G", "network generation name 5G, not a quantity")
g.neg("2个万卡智算集群", "万卡", "class label 万卡 ('10,000-card class') defining the counted "
      "clusters (SPEC §2 threshold, as 万亿级产业集群 in other golds), part of the count's "
      "metric — judgement call; 10,000 cards per cluster (as the named 万卡智算中心 of "
      "wr_heilongjiang_2025) is the alternative reading")
count("建成2个万卡智算集群", "2个", 2, "个", "万卡智算集群",
      new("万卡智算集群", "建成万卡智算集群", "智算集群"),
      note="clusters to be completed in 2025; 增量 alts (README §3)")
g.neg("推进双智城市建设", "双智", LABEL_NOTE + " (双智城市: 智慧城市 and 智能网联汽车), not a "
      "count")

# ==== line 2 (source 51): （六） ==================================================================
g.neg("（六）深入做好", "（六）", MARKER_NOTE)
g.neg("深入做好首都文化", "首都", "lexicalized 首都 (capital), not a rank (as wr_beijing_2025)")

# ==== line 4 (source 53): 社会主义核心价值观 ======================================================
g.neg("抗日战争胜利80周年", "80周年", "anniversary in an event name (抗日战争胜利80周年纪念活动), "
      "not a quantity claim (as 75周年 in wr_beijing_2025)")
g.neg("选树“2025北京榜样”", "2025", "year inside an award name (“2025北京榜样”), not a "
      "quantity and not the period of any fact")

# ==== line 5 (source 54): 历史文化名城保护 ========================================================
g.neg("保护传承三年行动计划", "三年", "name of a three-year action plan (三年行动计划), not a "
      "duration fact")

# ==== line 6 (source 55): 文化服务和文化产品供给 ==================================================
count("新增100条“漫步北京”", "100条", 100, "条", "“漫步北京”旅游线路",
      new("“漫步北京”旅游线路", "漫步北京旅游线路", "新增“漫步北京”旅游线路", "旅游线路"),
      note="新增 N: routes to be added in 2025; 增量 alts (README §3)")
count("市民系列文化活动1.6万场", "1.6万场", 16000, "场", "市民系列文化活动",
      ["举办市民系列文化活动", "文化活动", "市民系列文化活动场次", "市民文化活动"])
count("阅读活动3万场", "3万场", 30000, "场", "阅读活动",
      ["各类阅读活动", "开展各类阅读活动", "阅读活动场次", "开展阅读活动"])

# ==== line 7 (source 56): （七） ==================================================================
g.neg("（七）统筹推进", "（七）", MARKER_NOTE)

# ==== line 8 (source 57) ===========================================================================
g.neg("千方百计推动", "千方百计", "idiom 千方百计 'by every means', not a quantity")

# ==== line 9 (source 58): 都市型现代农业 ==========================================================
fact("建设高标准农田15万亩", "15万亩", value=1.5e5, unit="mu", kind="amount",
     metric="高标准农田",
     metric_alts=["建设高标准农田", "高标准农田面积", "高标准农田建设面积", "新建高标准农田"],
     **PLAN, note=PLAN_NOTE)
fact("蔬菜产量稳定在200万吨左右", "200万吨", value=2e6, unit="t", kind="amount",
     bound="approx", metric="蔬菜产量", metric_alts=["蔬菜", "蔬菜总产量"], **PLAN,
     note="左右 → approx (outside the span); the year's output (a flow) to be held "
          "(稳定在); " + PLAN_NOTE)
fact("果园提质增效28万亩", "28万亩", value=2.8e5, unit="mu", kind="amount",
     metric="果园提质增效",
     metric_alts=["果园提质增效面积", "果园", "提质增效果园", "果园面积"], **PLAN,
     note=PLAN_NOTE)
g.neg("推进一二三产业", "一二三", "sector labels 一二三产业 (primary, secondary, tertiary), "
      "not a quantity")

# ==== line 10 (source 59): 宜居宜业和美乡村 =======================================================
g.neg("抓好第二批百千工程", "第二批", ORD_NOTE.format("第二批"))
g.neg("第二批百千工程", "百千工程", LABEL_NOTE + " (百千工程: the hundred-village / "
      "thousand-village demonstration programme), not a count")
count("实施50处城乡供水提升工程", "50处", 50, "处", "城乡供水提升工程",
      ["实施城乡供水提升工程", "供水提升工程", "城乡供水提升工程数量"])
fact("创建美丽乡村路300公里", "300公里", value=3e5, unit="m", kind="amount",
     metric="美丽乡村路",
     metric_alts=["创建美丽乡村路", "美丽乡村路里程", "美丽乡村路长度", "美丽乡村路建设里程"],
     **PLAN, note="公里 = 1e3 m; " + PLAN_NOTE)
g.neg("持续开展第二轮土地承包", "第二轮", ORD_NOTE.format("第二轮 (the second round of rural "
      "land contracts)"))
fact("到期后再延长30年试点", "30年", value=30, unit="year", kind="amount",
     metric="第二轮土地承包到期后延长期限",
     metric_alts=["土地承包到期后再延长", "土地承包延长期限", "延长期限", "土地承包期延长",
                  "第二轮土地承包延长期限", "第二轮土地承包到期后再延长",
                  "土地承包到期后延长期限", "土地承包期"],
     **PLAN,
     note="duration written into a policy (the extension of rural land contracts by 30 "
          "years), a fact, unit year, kind amount, as in wr_guangdong_2025_b — judgement "
          "call; the pilot is part of the 2025 plan → target; " + PLAN_NOTE)
g.neg("农村集体“三资”管理", "三资", LABEL_NOTE + " (“三资”: 资金、资产、资源 of village "
      "collectives), not a count")

# ==== line 11 (source 60): 新型城乡体系 ===========================================================
g.neg("积极推进“一绿”", "一绿", LABEL_NOTE + " (“一绿”, the first green belt), a planning "
      "name, not a quantity")
g.neg("深入实施“二绿”", "二绿", LABEL_NOTE + " (“二绿”, the second green belt), a planning "
      "name, not a quantity")
g.neg("大红门博物馆群一期", "一期", PHASE_NOTE.format("一期"))
g.neg("京西“两园一河”", "两园一河", LABEL_NOTE + " (“两园一河”: 首钢园、永定河山水园 and the "
      "永定河), a planning name, not a count")

# ==== line 12 (source 61): （八） ==================================================================
g.neg("（八）深入践行", "（八）", MARKER_NOTE)

# ==== line 14 (source 63): 城市精细化治理 =========================================================
g.neg("区域综合等五类更新改造", "五类", APPOS_NOTE.format("五类 (the five kinds of renewal "
      "listed right before it: 居住、产业、市政基础设施、公共服务设施、区域综合; 等 closes the "
      "list)"))
count("实施500个老旧小区", "500个", 500, "个", "老旧小区综合整治",
      ["老旧小区", "实施老旧小区综合整治", "老旧小区综合整治数量", "综合整治老旧小区"])
count("治理背街小巷1100条", "1100条", 1100, "条", "背街小巷",
      ["治理背街小巷", "背街小巷治理", "背街小巷数量", "治理背街小巷数量"])
count("改造提升老旧厂房40处", "40处", 40, "处", "老旧厂房",
      ["改造提升老旧厂房", "老旧厂房改造提升", "老旧厂房数量", "老旧厂房改造"])
count("宛平城等12个重点区域", "12个", 12, "个", "重点区域",
      ["改善周边环境面貌的重点区域", "重点区域周边环境面貌", "重点区域数量",
       "宛平城等重点区域"],
      note="等 with one item named → a count of the areas, not an appositive")
g.neg("做好第二轮回天行动计划", "第二轮", ORD_NOTE.format("第二轮 (回天行动计划, the second "
      "round of the plan for 回龙观-天通苑)"))
count("完善1000个居住小区", "1000个", 1000, "个", "居住小区再生资源回收体系",
      ["居住小区", "完善再生资源回收体系的居住小区", "再生资源回收体系",
       "居住小区再生资源回收体系数量", "完善居住小区再生资源回收体系"])
fact("新增生化处理能力日均1200吨", "1200吨", value=1200, unit="t", kind="amount",
     metric="新增生化处理能力",
     metric_alts=["生化处理能力", "生化处理能力增量", "日均生化处理能力", "新增日均生化处理能力",
                  "厨余垃圾生化处理能力", "生化处理能力日均"],
     **PLAN,
     note="capacity to be added in 2025; 日均 is the rate (SPEC rates: base unit t, the rate "
          "in the metric), not a period; the SPEC §2 增量 reading as alt; " + PLAN_NOTE)
count("推动物业服务覆盖300个", "300个", 300, "个", "物业服务覆盖老旧小区",
      ["物业服务覆盖的老旧小区", "老旧小区", "物业服务覆盖老旧小区数量", "物业服务覆盖"],
      note="compounds to be newly covered in 2025 (a flow)")
g.neg("每月一题专项治理", "一题", LABEL_NOTE + " (每月一题, 'one topic a month', the name of "
      "the 接诉即办 campaign), not a count")
g.neg("《向前一步》栏目", "一步", NAME_NOTE.format("《向前一步》, a TV programme"))

# ==== line 15 (source 64): 交通综合治理 ===========================================================
g.neg("开通地铁17号线", "17号线", NAME_NOTE.format("17号线, metro line 17"))
g.neg("全线和6号线南延", "6号线", NAME_NOTE.format("6号线, metro line 6"))
g.neg("公交与轨道50米内换乘", "50米", "threshold defining the measured transfers (50米内换乘"
      "比例, SPEC §2), part of the share's metric, not a fact of its own")
fact("换乘比例提高到90%", "90%", value=90, unit="%", kind="share",
     metric="公交与轨道50米内换乘比例",
     metric_alts=["50米内换乘比例", "换乘比例", "公交与轨道换乘比例", "公交地铁50米内换乘比例",
                  "公交与轨道交通50米内换乘比例"],
     **PLAN_END,
     note="提高到 → the level to be reached (a share of the network, a stock): the instant at "
          "the end of the 2025 frame, the year and null as alts; target")
count("完成50个地铁站", "50个", 50, "个", "地铁站周边非机动车停放治理",
      ["地铁站", "非机动车停放治理地铁站", "完成非机动车停放治理的地铁站",
       "地铁站周边非机动车停放治理数量", "地铁站非机动车停放治理"],
      note="the stations around which bicycle parking is to be put in order (完成…治理)")
count("和40个学医景商", "40个", 40, "个", "学医景商等重点区域周边非机动车停放治理",
      ["重点区域", "学医景商等重点区域", "学医景商等重点区域周边非机动车停放治理",
       "重点区域周边非机动车停放治理", "非机动车停放治理重点区域"],
      note="verb 完成…治理 shared with 50个地铁站; schools, hospitals, sights, shops (学医景商) "
           "named as a class with 等")
count("完成30项市级疏堵工程", "30项", 30, "项", "市级疏堵工程",
      ["疏堵工程", "完成市级疏堵工程", "市级疏堵工程数量"])
count("打通20条断头路", "20条", 20, "条", "断头路",
      ["打通断头路", "断头路数量", "打通的断头路"])
count("建设2.5万个停车位", "2.5万个", 25000, "个", "停车位",
      new("停车位", "建设停车位", "新建停车位", "利用闲置空间、人防工程等建设停车位"),
      note="built from idle space and civil-defence works; 增量 alts (README §3)")
count("增加1万个错时共享停车位", "1万个", 10000, "个", "错时共享停车位",
      new("错时共享停车位", "增加错时共享停车位", "共享停车位"),
      note="增加 N: the SPEC §2 增量 reading as alt")
count("实现7000处信号灯联网", "7000处", 7000, "处", "信号灯联网",
      ["信号灯", "联网信号灯", "实现联网的信号灯", "信号灯联网数量", "实现信号灯联网"],
      plan=PLAN_LEVEL,
      note="judgement call: the intersections whose signals are to be networked in 2025 "
           "(a flow; the year-end total is the alternative, as alt)")
count("新增200处重点路口", "200处", 200, "处", "重点路口智能调控",
      new("重点路口智能调控", "新增重点路口智能调控", "智能调控重点路口", "重点路口"),
      note="新增 N: 增量 alts (README §3)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_beijing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief: the end of task （五） (加快建设全球数字经济标杆城市), task （六） (首都文化: 核心价值观, "
    "历史文化名城, 文化服务), task （七） (都市型现代农业, 和美乡村, 新型城乡体系) and task （八） "
    "up to 持续加强交通综合治理. The excerpt lies in part 二、2025年工作总体要求和重点任务 "
    "(source line 24; 今年是“十四五”规划收官之年, source line 25): the plan for 2025, so the "
    "numbers are targets of 2025. No overlap with wr_beijing_2025 (lines 8-14). Title and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-14, the delivery date in the report's header (source line 3: 2025年"
    "1月14日在北京市第十六届人民代表大会第三次会议上), as wr_beijing_2025 and the shared meta. "
    "Place: 北京市 (北京, 全市, 北京地区, 本市 → alts); no other owner of a number. Periods: no "
    "line states a period of its own: the section frame 2025 (period text 2025年), null as "
    "alt; 换乘比例提高到90% (a level to be reached) → instant 2025-12-31 with the year and "
    "null as alts; 7000处信号灯联网 → the year with the year-end instant as alt. Modality: "
    "target throughout. Bounds: 左右 → approx (200万吨); otherwise eq. Units: 万亩 → mu; "
    "公里 → m; 万吨 → t; 日均1200吨 → 1200 t with the rate in the metric; 30年 → year. "
    "Judgement calls: 万卡 (2个万卡智算集群) → a class threshold in the metric (negative), not "
    "10,000 cards; 五类 (更新改造, the five kinds listed right before it) → appositive "
    "(negative); 再延长30年 → a duration fact (as wr_guangdong_2025_b); 50米 (内换乘比例) a "
    "threshold (negative); 12个重点区域 and 40个 (学医景商等) 重点区域 → counts; 新增/增加 N "
    "counts keep the noun with 增量 alts. Negatives: 万兆, 5G, 万卡, 双智, （六）（七）（八）, 首都, "
    "80周年, 2025 (北京榜样), 三年 (行动计划), 千方百计, 一二三, 第二批, 百千工程, 第二轮 ×2, 三资, "
    "一绿, 二绿, 一期, 两园一河, 五类, 一题, 一步, 17号线, 6号线, 50米. Lexicalized, not "
    "listed: 一体 (一体化 ×2), 进一步, 单位 (文化文物单位), 单产 (粮食单产).")

g.write(date=REF, source=f"shared/texts/work_report/wr_beijing_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
