"""Gold annotations for wr_guizhou_2025_d (2025年贵州省政府工作报告, the 2025 targets and the
first tasks of the plan), lines 22-29 of shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/wr_guizhou_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief: the heading
二、2025年主要目标任务, 今年是“十四五”规划收官之年。, the 主要预期目标 (source line 24), 实现上述
目标…, task （一） 全方位扩大有效需求 (heading, 全力促进投资稳定增长 with the 2025 project,
infrastructure, housing and private-investment figures, 大力实施提振消费专项行动) and the
heading paragraph of task （二） (industry funds).  All of it is the plan for 2025.  Lines
10-12, 15-17 and 57-65 are annotated in wr_guizhou_2025 / _b / _c (no overlap).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from a
unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guizhou_2025_d"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 22, 29                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="二、2025年主要目标任务",
                 ends="推动构建现代化产业体系取得更大成效。")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
ZERO_NOTE = "lexicalized 清零 'clear (the stock) to zero', a goal word, not a quantity"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# Line 1 of the excerpt is the heading 二、2025年主要目标任务: everything after it is the plan
# for 2025 → modality target.  今年 of line 2 (今年是“十四五”规划收官之年) governs only its own
# line (no fact there), so no line states a period before its numbers: they take the section
# frame of the heading, period text 2025年, 2025-01-01..2025-12-31, null as alt (SPEC §4; as
# wr_shanxi_2025_b PLAN).  Stocks and rates of stocks to be reached (城镇化率达到, 通车里程突破)
# → the instant at the end of the frame, 2025-12-31, the year and null as alts (PLAN_END);
# things to be built (建成…工程121个) → the year with the end instant as a further alt
# (PLAN_SET, as wr_guizhou_2025_c).  Sizes of existing sets the plan works on (42个/10个在建
# 项目) → actual, the frame with null and the reference date as alts (EXIST, as
# wr_guizhou_2025_c 加快建设5个国家区域医疗中心二期项目).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
EXIST = dict(period=S25, period_alts=[S25_NULL, P("2025年", REF, REF)], modality="actual")
TGT_NOTE = ("主要预期目标 → target; the line states no period (今年 of the line before does "
            "not cross the line): section frame of the heading 二、2025年主要目标任务, null as "
            "alt")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 二、2025年主要目标任务 (2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built: the end instant as a further alt"
END_NOTE = ("a stock (or rate of a stock) to be reached → the instant at the end of the 2025 "
            "frame (stock rule), the year and null as alts; target")
EXIST_NOTE = ("judgement call: projects already under construction (在建) whose building the "
              "plan speeds up — the size of an existing set, not a goal → actual (as "
              "wr_guizhou_2025_c 5个国家区域医疗中心二期项目); section frame 2025 with null and "
              "the reference date as alts; target is the alternative reading")

# ==== line 1 (source 22): heading 二、 ===========================================================
g.neg("二、2025年主要目标任务", "二、", MARKER_NOTE)
g.neg("二、2025年主要目标任务", "2025年", PERIOD_NOTE + " (section heading: the year of the "
      "plan, 2025; the period text of the facts without a period of their own)")

# ==== line 2 (source 23): 今年是“十四五”规划收官之年 (no facts) ====================================
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")

# ==== line 3 (source 24): 主要预期目标 ==========================================================
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值", "经济增长", "经济增速"]
fact("地区生产总值增长5.5%左右", "5.5%", value=5.5, unit="%", kind="growth", bound="approx",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **PLAN,
     note="左右 → approx (outside the span); " + TGT_NOTE)
g.neg("其中一、二、三产增加值", "一、二、三产", "sector names 一产/二产/三产 (primary, secondary, "
      "tertiary industry; ordinal labels with a shared head), not quantities (as "
      "第一、二、三产业 in cm_qiandongnan_2023_b)")
SEC_NOTE = ("分别: 一产 ↔ 3.5%以上, 二产 ↔ 7%左右, 三产 ↔ 5%以上; 增加值 shared, the sector "
            "names restored (README §3); " + TGT_NOTE)
fact("分别增长3.5%以上", "3.5%", value=3.5, unit="%", kind="growth", bound="ge",
     metric="第一产业增加值",
     metric_alts=["一产增加值", "第一产业", "一产", "农业增加值"], comparison="yoy", **PLAN,
     note="以上 → ge (outside the span); " + SEC_NOTE)
fact("、7%左右、5%以上", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="第二产业增加值",
     metric_alts=["二产增加值", "第二产业", "二产"], comparison="yoy", **PLAN,
     note="左右 → approx; " + SEC_NOTE)
fact("7%左右、5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="第三产业增加值",
     metric_alts=["三产增加值", "第三产业", "三产", "服务业增加值"], comparison="yoy", **PLAN,
     note="以上 → ge; " + SEC_NOTE)
fact("工业增加值增长7.5%以上", "7.5%", value=7.5, unit="%", kind="growth", bound="ge",
     metric="规模以上工业增加值", metric_alts=["规上工业增加值", "工业增加值"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + TGT_NOTE)
fact("固定资产投资增长4%以上", "4%", value=4, unit="%", kind="growth", bound="ge",
     metric="固定资产投资", metric_alts=["全省固定资产投资", "固定资产投资增速", "投资"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + TGT_NOTE)
fact("零售总额增长5%以上", "5%", value=5, unit="%", kind="growth", bound="ge",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **PLAN, note="以上 → ge (outside the span); " + TGT_NOTE)
fact("预算收入增长2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy", **PLAN,
     note="左右 → approx; " + TGT_NOTE)
INC_NOTE = ("分别: 城镇(常住居民人均可支配收入) ↔ 5%左右, 农村常住居民人均可支配收入 ↔ 7%左右; "
            "the shared head restored (README §3); " + TGT_NOTE)
fact("分别增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="城镇常住居民人均可支配收入",
     metric_alts=["城镇居民人均可支配收入", "城镇常住居民收入", "城镇居民收入"],
     comparison="yoy", **PLAN, note="左右 → approx; " + INC_NOTE)
fact("5%左右、7%左右", "7%", value=7, unit="%", kind="growth", bound="approx",
     metric="农村常住居民人均可支配收入",
     metric_alts=["农村居民人均可支配收入", "农村常住居民收入", "农村居民收入"],
     comparison="yoy", **PLAN, note="左右 → approx; " + INC_NOTE)
fact("涨幅2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **PLAN, note="涨幅 = growth of the price level (as wr_shanxi_2025_b); 左右 → approx; "
                  + TGT_NOTE)
fact("城镇新增就业60万人左右", "60万人", value=600000, unit="count", kind="count",
     classifier="人", bound="approx", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **PLAN,
     note="左右 → approx (outside the span); " + TGT_NOTE)
fact("失业率5.5%左右", "5.5%", value=5.5, unit="%", kind="share", bound="approx",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **PLAN,
     note="a rate → share (SPEC §2); 左右 → approx; the rate over the year (as "
          "wr_shanxi_2025_b); " + TGT_NOTE)
fact("城镇化率达到58%左右", "58%", value=58, unit="%", kind="share", bound="approx",
     metric="常住人口城镇化率", metric_alts=["城镇化率", "人口城镇化率"], **PLAN_END,
     note="达到 is the verb, 左右 → approx; a rate of a stock (the population at year end) to "
          "be reached: " + END_NOTE)

# ==== line 4 (source 25): 实现上述目标… (no numerals) ==============================================

# ==== line 5 (source 26): （一）全方位扩大有效需求 (no facts) =======================================
g.neg("（一）全方位扩大", "（一）", MARKER_NOTE)
g.neg("抢抓“两重”", "两重", LABEL_NOTE + " (两重 = 国家重大战略实施和重点领域安全能力建设)")
g.neg("“两新”等政策", "两新", LABEL_NOTE + " (两新 = 大规模设备更新和消费品以旧换新)")

# ==== line 6 (source 27): 全力促进投资稳定增长 ====================================================
g.neg("建立“5+3”", "5+3", LABEL_NOTE + " (“5+3”项目化抓落实机制: the mechanism for projects of "
      "the 5 fields under construction and the 3 kinds of industries to be attracted, spelled "
      "out in the next sentence), a name, not counts 5 and 3 — judgement call")
g.neg("聚焦“四化”和", "四化", LABEL_NOTE + " (“四化”: 新型工业化、新型城镇化、农业现代化、旅游"
      "产业化, the province's strategy)")
g.neg("基础设施5大领域", "5大", SET_LABEL_NOTE + " (5大领域: the four fields of “四化” and "
      "infrastructure, the “5” of “5+3”) — judgement call; a count of 5 fields restating the "
      "list is the alternative reading")
g.neg("服务业三类产业", "三类", "appositive 三类 restating the three industries just named "
      "(工业、农业、服务业; as 这两类 in nw_wealth_mgmt_2026), not a count claim of its own — "
      "judgement call")
CITY = ["各市(州)", "市（州）", "各市州", PLACE] + GZ_ALTS
SEL_NOTE = ("the projects each prefecture-level city (各市（州）) is to select: 10 per field, "
            "80 in all (8 fields: the 5 of construction and the 3 industries) — the "
            "prefectures own the numbers (subject 各市（州）, the province as alt); " + PLAN_NOTE)
fact("每个领域遴选10个项目", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="每个领域遴选项目",
     metric_alts=["遴选项目", "每个领域项目", "每个领域遴选项目数量", "项目"],
     subject="各市（州）", subject_alts=CITY, **PLAN, note=SEL_NOTE)
fact("共80个项目", "80个", value=80, unit="count", kind="count", classifier="个",
     metric="遴选项目",
     metric_alts=["项目", "遴选项目数量", "各市（州）遴选项目", "项目数量", "共遴选项目"],
     subject="各市（州）", subject_alts=CITY, **PLAN, note=SEL_NOTE)
g.neg("再抓一批", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("发挥10亿元省级", "10亿元", value=10e8, unit="CNY", kind="amount",
     metric="省级前期工作专项资金",
     metric_alts=["前期工作专项资金", "省级前期工作专项资金规模", "专项资金",
                  "省级前期工作专项资金额度"], **PLAN,
     note="the size of the provincial fund for the preparatory work of projects, to be used "
          "on a revolving basis in 2025 (发挥…作用, a plan) → target — judgement call (the fund "
          "may already exist: actual is the alternative reading); " + PLAN_NOTE)
fact("全力推进1000个亿元以上", "1000个", value=1000, unit="count", kind="count",
     classifier="个", metric="亿元以上工业项目",
     metric_alts=["亿元以上工业项目建设", "工业项目", "推进建设的亿元以上工业项目",
                  "亿元以上工业项目数量"], **PLAN,
     note="projects to be pushed forward in 2025 (扩大工业投资攻坚行动); 亿元以上 is the "
          "threshold of the counted set (negative); " + PLAN_NOTE)
g.neg("1000个亿元以上工业项目", "亿元", THRESH_NOTE.format("亿元以上, the size of the industrial "
      "projects counted"))
g.neg("基础设施建设三年行动", "三年", PLAN3_NOTE + " (产业配套基础设施建设三年行动)")
fact("工业投资增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="工业投资", metric_alts=["工业投资增速", "全省工业投资"], comparison="yoy",
     **PLAN, note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("骨干水源工程121个", "121个", value=121, unit="count", kind="count", classifier="个",
     metric="骨干水源工程",
     metric_alts=new("骨干水源工程", "建成骨干水源工程", "水源工程"), **PLAN_SET,
     note="works to be completed (建成) in 2025; 增量 alts (README §3); " + SET_NOTE)
fact("水利投资400亿元以上", "400亿元", value=400e8, unit="CNY", kind="amount", bound="ge",
     metric="水利投资",
     metric_alts=["完成水利投资", "水利建设投资", "水利投资额"], **PLAN,
     note="以上 → ge (outside the span); 亿元 = 1e8; " + PLAN_NOTE)
fact("省级统筹实施1000公里", "1000公里", value=1e6, unit="m", kind="amount",
     metric="普通国道低等级路段升级改造",
     metric_alts=["普通国道低等级路段升级改造里程", "普通国道升级改造", "低等级路段升级改造",
                  "普通国道低等级路段", "普通国道低等级路段升级改造长度"], **PLAN,
     note="公里 = 1e3 m; road length to be upgraded in 2025; " + PLAN_NOTE)
fact("加快42个在建", "42个", value=42, unit="count", kind="count", classifier="个",
     metric="在建普通国道项目",
     metric_alts=["普通国道项目", "在建普通国道项目数量", "普通国道在建项目",
                  "普通国道建设项目"], **EXIST, note=EXIST_NOTE)
fact("持续推进10个在建", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="在建高速公路项目",
     metric_alts=["高速公路项目", "在建高速公路项目数量", "高速公路在建项目",
                  "高速公路建设项目"], **EXIST, note=EXIST_NOTE)
fact("高速公路通车里程突破9500公里", "9500公里", value=9.5e6, unit="m", kind="amount",
     bound="gt", metric="高速公路通车里程",
     metric_alts=["高速公路里程", "高速公路总里程", "全省高速公路通车里程"], **PLAN_END,
     note="突破 → gt (outside the span); 公里 = 1e3 m; the length of the network (a stock) "
          "to be reached: " + END_NOTE)
g.neg("加快铜仁至吉首", "吉首", NAME_NOTE.format("吉首, a city of 湘西州 (铜仁至吉首铁路)"))
g.neg("黄桶至百色", "百色", NAME_NOTE.format("百色, a city of 广西 (黄桶至百色铁路)"))
g.neg("开工黔桂铁路增建二线", "二线", "track label 二线 (增建二线 'add a second track' to the "
      "黔桂 railway), not a quantity — judgement call")
fact("高铁通车里程突破1900公里", "1900公里", value=1.9e6, unit="m", kind="amount",
     bound="gt", metric="高铁通车里程",
     metric_alts=["高速铁路通车里程", "高铁里程", "高速铁路里程", "全省高铁通车里程"],
     **PLAN_END,
     note="突破 → gt (outside the span); 公里 = 1e3 m; " + END_NOTE)
fact("交通投资900亿元以上", "900亿元", value=900e8, unit="CNY", kind="amount", bound="ge",
     metric="交通投资",
     metric_alts=["完成交通投资", "交通建设投资", "交通运输投资", "交通投资额"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
fact("天然气输气管道376公里", "376公里", value=376e3, unit="m", kind="amount",
     metric="新建天然气输气管道",
     metric_alts=["天然气输气管道", "天然气输气管道里程", "新建天然气输气管道里程",
                  "天然气管道", "天然气输气管道增量"], **PLAN,
     note="公里 = 1e3 m; pipelines to be built in 2025; " + PLAN_NOTE)
fact("城镇燃气管网717公里", "717公里", value=717e3, unit="m", kind="amount",
     metric="建设改造城镇燃气管网",
     metric_alts=["城镇燃气管网", "城镇燃气管网建设改造", "燃气管网", "建设改造城镇燃气管网里程",
                  "城镇燃气管网改造"], **PLAN,
     note="公里 = 1e3 m; " + PLAN_NOTE)
fact("城中村改造3万户", "3万户", value=30000, unit="count", kind="count", classifier="户",
     metric="城中村改造",
     metric_alts=["启动城中村改造", "城中村改造户数", "城中村改造规模"], **PLAN,
     note="户 is a classifier (SPEC §3); households whose renovation is to start in 2025; "
          + PLAN_NOTE)
fact("危旧房改造8600套", "8600套", value=8600, unit="count", kind="count", classifier="套",
     metric="城市危旧房改造",
     metric_alts=["危旧房改造", "城市危旧房改造套数", "启动城市危旧房改造"], **PLAN,
     note="verb 启动 shared with 3万户; " + PLAN_NOTE)
g.neg("存量安置房三年清零", "三年", PLAN3_NOTE + " (存量安置房三年清零攻坚行动)")
g.neg("存量安置房三年清零", "清零", ZERO_NOTE + " (in the campaign name)")
fact("安置房交付8万套", "8万套", value=80000, unit="count", kind="count", classifier="套",
     metric="安置房交付",
     metric_alts=["完成安置房交付", "交付安置房", "安置房", "安置房交付套数"], **PLAN,
     note=PLAN_NOTE)
g.neg("推动“白名单”项目", "名单", "lexicalized 名单 of 白名单 'whitelist' (单 as in 清单), not a "
      "quantity (as 榜单 in wr_yunnan_2025)")
g.neg("推进存量安置房清零", "清零", ZERO_NOTE)
g.neg("深入实施“四房联动”", "四房联动", LABEL_NOTE + " (“四房联动”专项行动, a housing "
      "campaign's name)")
g.neg("开展扩大民间投资三年行动", "三年", PLAN3_NOTE + " (扩大民间投资三年行动)")
g.neg("，“四化”等产业基金支持", "四化", LABEL_NOTE + " (“四化” in the name of the industry "
      "funds)")
fact("资金占比不低于40%", "40%", value=40, unit="%", kind="share", bound="ge",
     metric="“四化”等产业基金支持民间投资项目的资金占比",
     metric_alts=["产业基金支持民间投资项目的资金占比", "“四化”等产业基金支持民间投资项目资金占比",
                  "四化等产业基金支持民间投资项目的资金占比", "产业基金支持民间投资项目资金占比",
                  "支持民间投资项目的资金占比", "资金占比"], **PLAN,
     note="不低于 → ge (outside the span); the share of the funds' money going to private "
          "projects in 2025 (a ratio of flows) → the year; " + PLAN_NOTE)
fact("民间投资占比不低于40%", "40%", value=40, unit="%", kind="share", bound="ge",
     metric="民间投资占比",
     metric_alts=["民间投资占固定资产投资比重", "民间投资比重", "民间投资占全部投资比重",
                  "民间投资占比重"], **PLAN,
     note="不低于 → ge (outside the span); private investment as a share of the year's "
          "investment (a ratio of flows) → the year; " + PLAN_NOTE)

# ==== line 7 (source 28): 大力实施提振消费专项行动 =================================================
g.neg("制定实施新一轮", "一轮", "新一轮 'a new round', not a count")
g.neg("发展首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a rank or "
      "count (as wr_shanxi_2025_b)")
g.neg("电子商务发展“十百千万”", "十百千万", LABEL_NOTE + " (“十百千万”工程, the name of the "
      "e-commerce programme), not counts")
fact("网络零售额增长10%", "10%", value=10, unit="%", kind="growth",
     metric="网络零售额",
     metric_alts=["网上零售额", "网络零售", "网络零售额增速", "全省网络零售额"],
     comparison="yoy", **PLAN, note="no bound word → eq; " + PLAN_NOTE)

g.neg("改造升级一批商圈", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("集贸市场等30个以上", "30个", value=30, unit="count", kind="count", classifier="个",
     bound="ge", metric="新建改造乡镇商贸中心、集贸市场",
     metric_alts=["乡镇商贸中心、集贸市场", "乡镇商贸中心和集贸市场", "新建改造乡镇商贸中心",
                  "乡镇商贸中心", "集贸市场", "新建改造乡镇商贸中心、集贸市场数量",
                  "新建改造乡镇商贸中心和集贸市场"], **PLAN_SET,
     note="以上 → ge (outside the span); one count over the listed kinds (等), the parts as "
          "metric alts; " + SET_NOTE)

# ==== line 8 (source 29): （二）进一步凝聚力量推动产业发展 =========================================
g.neg("（二）进一步凝聚", "（二）", MARKER_NOTE)
fact("继续安排300亿元", "300亿元", value=300e8, unit="CNY", kind="amount",
     metric="注入产业基金财政资金",
     metric_alts=["注入“四化”等产业基金财政资金", "财政资金", "安排财政资金注入产业基金",
                  "注入“四化”等产业基金的财政资金", "产业基金财政资金", "财政资金注入产业基金"],
     **PLAN, note="亿元 = 1e8; fiscal money to be put into the industry funds in 2025 (继续安排, "
                  "a plan); " + PLAN_NOTE)
g.neg("注入“四化”等产业基金", "四化", LABEL_NOTE + " (“四化” in the name of the industry funds)")
fact("安排100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
     metric="支持产业发展财政资金",
     metric_alts=["财政资金", "安排财政资金支持产业发展", "支持产业发展的财政资金",
                  "产业发展财政资金", "产业发展资金"], **PLAN,
     note="亿元 = 1e8; " + PLAN_NOTE)
g.neg("锚定“3533”目标", "3533", LABEL_NOTE + " (the “3533” target of industrial clusters, as "
      "wr_guizhou_2025)")
g.neg("建设“六大产业基地”", "六大", SET_LABEL_NOTE + " (“六大产业基地”, as wr_guizhou_2025)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines, as unseen test excerpts are cut). It opens "
    "part 二、2025年主要目标任务, the plan for 2025: the heading, 今年是“十四五”规划收官之年。, "
    "the 主要预期目标 (source line 24), 实现上述目标…, task （一） 全方位扩大有效需求 (heading, "
    "全力促进投资稳定增长 with the 2025 projects, infrastructure, housing and private-investment "
    "figures, 大力实施提振消费专项行动) and the heading paragraph of task （二） (industry "
    "funds). Lines 10-12, 15-17 and 57-65 are annotated in wr_guizhou_2025 / _b / _c (no "
    "overlap). Title line, source line and dateline are outside the excerpt "
    "(title_in_text=False; the title as the source's first line). Date: 2025-01-19, the "
    "delivery date in the report's dateline (source line 3: ——2025年1月19日在贵州省第十四届人民"
    "代表大会第三次会议上); the corpus meta agrees. Place: 贵州省 (贵州, 全省, 我省 → alts); the "
    "projects selected per field (10个, 80个) belong to each prefecture (subject 各市（州）, the "
    "province as alt). Periods: 今年 (line 2) governs only its own line; every number takes "
    "the heading's frame 2025 (period text 2025年, 2025-01-01..2025-12-31, null as alt); "
    "stocks and rates of stocks to be reached (城镇化率达到58%左右, 高速公路/高铁通车里程突破) "
    "→ the instant 2025-12-31 with the year and null as alts; works to be completed (骨干水源"
    "工程121个, 乡镇商贸中心、集贸市场30个以上) → the year with the end instant as alt. Modality: target throughout "
    "(主要预期目标, tasks), except the projects already under construction (42个在建普通国道项目, "
    "10个在建高速公路项目) → actual (judgement call, as wr_guizhou_2025_c). Bounds: 左右 → "
    "approx; 以上, 不低于 → ge; 突破 → gt; the rest eq. Units: 亿元 1e8; 万人/万户/万套 → "
    "counts; 公里 → m. Judgement calls: 一、二、三产增加值分别增长… → three growth facts "
    "(第一/第二/第三产业增加值), the sector names a negative; 城镇和农村常住居民人均可支配收入分别"
    "增长… → two facts with the head restored; 城镇调查失业率 → share of the year; “5+3”, "
    "5大(领域), 三类(产业) → labels/appositives (negatives); 10个/80个 → counts per prefecture; "
    "10亿元省级前期工作专项资金 → target; 增建二线 → a track label. Negatives: 二、, 2025年, "
    "十四五, 一、二、三产, （一）, 两重, 两新, 5+3, 四化 ×3, 5大, 三类, 一批, 亿元 (threshold), "
    "三年 ×3, 清零 ×2, 名单 (白名单), 吉首, 百色, 二线, 四房联动, 一轮, 首发, 十百千万, 一批 (商圈), "
    "（二）, 3533, 六大. Lexicalized, not listed: "
    "一般 (一般公共预算收入), 进一步 ×3, 零售 ×3 (社会消费品零售总额, 零售业, 网络零售额).")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
