"""Gold annotations for wr_shandong_2025_d (2025年山东省政府工作报告, the 2025 plan: domestic
demand, infrastructure, science and industry), lines 28-37 of
shared/texts/work_report/wr_shandong_2025.txt.

The excerpt corpora/wr_shandong_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: the heading of part
三、2025年重点工作 with its lead sentence (以下十个方面的工作), task （一） 在全方位扩大内需上下功夫
in full (consumption, investment, infrastructure, real estate) and task （二） 在因地制宜发展新质
生产力上下功夫 up to its second paragraph (science and innovation, new industrialisation; the
third paragraph 大力发展现代服务业, source line 38, is outside the excerpt).  All of it is the
plan for 2025.  Lines 16-25 are wr_shandong_2025, 65-73 wr_shandong_2025_b, 8-13
wr_shandong_2025_c (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shandong_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shandong_2025_d"
SOURCE_ID = "wr_shandong_2025"
PLACE = "山东省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 28, 37                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年山东省政府工作报告"       # line 1 of the source, outside the excerpt
SD_ALTS = ["山东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="三、2025年重点工作",
                 ends="高标准建设未来产业先导区。")
text = g.text
fact = g.with_subject(PLACE, SD_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
PHASE_NOTE = "phase label of a project ({}), not a quantity (README §2 一期)"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2), part of the metric, not a "
               "fact of its own")

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The excerpt opens with the heading 三、2025年重点工作 (line 1 of the excerpt): the plan for
# 2025 → modality target.  The heading's 2025年 is the section frame: lines without a period
# of their own take 2025-01-01..2025-12-31 with the period text 2025年 (SPEC §4), null in
# period_alts (as wr_shandong_2025_b / wr_henan_2025_d).  Line 6 (source 33) names 今年
# itself (今年力争…) and that governs the rest of the line (same dates, period text 今年).
# - things to be built, added or certified → the year with the end instant as a further alt
#   (PLAN_SET, as wr_shandong_2025_b);
# - a stock to be reached (高速公路通车里程突破9300公里) → the instant 2025-12-31, the year and
#   null as alts (END, as wr_shandong_2025_b 在园幼儿占比).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_NULL = P("今年", None, None)
T25_END = P("今年", "2025-12-31", "2025-12-31")
NOW = dict(period=T25, period_alts=[T25_NULL], modality="target")
NOW_SET = dict(period=T25, period_alts=[T25_NULL, T25_END], modality="target")
NOW_END = dict(period=T25_END, period_alts=[T25, T25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the "
             "heading 三、2025年重点工作 (line 1 of the excerpt), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
NOW_NOTE = "task for 2025 → target; 今年 of the line (今年力争…) governs, null as alt"

# ==== line 1 (source 28): heading ==============================================================
g.neg("三、2025年重点工作", "三、", MARKER_NOTE)
g.neg("三、2025年重点工作", "2025年", PERIOD_NOTE + " (heading of the plan part: 2025, the "
      "section frame of the facts without a period of their own)")

# ==== line 2 (source 29): lead sentence ========================================================
g.neg("以下十个方面的工作", "十个", "discourse enumeration 'the following ten aspects' (the "
      "tasks （一）…（十） that follow), not a quantity claim (as 以下四个方面 in wr_china_1986)")

# ==== line 3 (source 30): heading （一） ==========================================================
g.neg("（一）在全方位扩大内需", "（一）", MARKER_NOTE)

# ==== line 4 (source 31): 着力实施提振消费行动 =====================================================
g.neg("扩大消费一揽子措施", "一揽子", VAGUE_NOTE.format("一揽子 'a package of'"))
g.neg("开展一系列优惠活动", "一系列", VAGUE_NOTE.format("一系列"))
g.neg("组织“百县千企万店”", "百县千企万店", LABEL_NOTE + " (campaign name “百县千企万店” "
      "'hundred counties, thousand firms, ten thousand shops'), not counts (as 万人助万企 in "
      "wr_henan_2025_d)")
fact("促消费重点活动1000场", "1000场", value=1000, unit="count", kind="count",
     classifier="场", metric="“百县千企万店”促消费重点活动",
     metric_alts=["百县千企万店促消费重点活动", "促消费重点活动", "促消费活动", "重点活动",
                  "“百县千企万店”促消费重点活动场次", "促消费重点活动场次",
                  "组织促消费重点活动"], **PLAN,
     note="events to be held in 2025 (场 is the classifier); " + PLAN_NOTE)
g.neg("培育壮大首发经济", "首发", "label 首发经济 ('debut economy', first launches), not a "
      "rank or count (as wr_anhui_2025_b)")
g.neg("建设一批“好品山东”", "一批", VAGUE_NOTE.format("一批 'a batch of'"))

# ==== line 5 (source 32): 着力扩大有效益的投资 =====================================================
fact("继续实施15000个", "15000个", value=15000, unit="count", kind="count", classifier="个",
     metric="省市县重点项目",
     metric_alts=["重点项目", "实施省市县重点项目", "继续实施省市县重点项目", "省市县重点项目数量",
                  "重点项目数量"], **PLAN,
     note="projects to be carried out in 2025 (继续实施: the plan's scope of the year, "
          "target); " + PLAN_NOTE)
fact("推动3900多个项目", "3900多个", value=3900, unit="count", kind="count", classifier="个",
     bound="gt", metric="投产达效项目",
     metric_alts=["项目投产达效", "投产达效", "项目", "投产达效项目数量", "推动投产达效项目",
                  "投产项目"], **PLAN,
     note="多 inside the span → gt; projects to start production in 2025; " + PLAN_NOTE)
fact("新增产值5000亿元", "5000亿元", value=5000e8, unit="CNY", kind="amount",
     bound="approx", metric="新增产值",
     metric_alts=["产值增量", "投产达效项目新增产值", "项目新增产值", "产值", "新增产值规模"],
     **PLAN,
     note="左右 → approx (outside the span); the added output of the projects that start "
          "production (the sentence's topic; the province keeps the subject); " + PLAN_NOTE)
g.neg("“十强”产业", "十强", LABEL_NOTE + " (“十强”产业: the province's ten key industries, a "
      "set label), not a count")
g.neg("推出一批激发", "一批", VAGUE_NOTE.format("一批 'a batch of'"))

# ==== line 6 (source 33): 着力加强基础设施建设 ====================================================
g.neg("绘制好2025年", "2025年", "year naming the horizon of one of the 三张图 (maps for 2025, "
      "the 十五五 period and 2035), a label, not the period of a fact; no number before 今年 "
      "replaces it")
g.neg("、“十五五”时期", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("到2035年及中长期", "2035年", "horizon 到2035年 of a map (三张图), a period label, not a "
      "fact")
g.neg("“三张图”", "三张图", LABEL_NOTE + " (“三张图”, the three planning maps), not a count")
INV_NOTE = ("分别: 交通 ↔ 2500亿元, 水利 ↔ 800亿元; 完成投资 shared, head restored per part "
            "(README §3, metrics as wr_shandong_2025_c); 力争 → target; " + NOW_NOTE)
fact("分别完成投资2500亿元", "2500亿元", value=2500e8, unit="CNY", kind="amount",
     metric="交通投资",
     metric_alts=["交通完成投资", "交通基础设施投资", "交通运输投资", "交通领域投资"], **NOW,
     note=INV_NOTE)
fact("2500亿元、800亿元", "800亿元", value=800e8, unit="CNY", kind="amount",
     metric="水利投资",
     metric_alts=["水利完成投资", "水利基础设施投资", "水利建设投资", "水利领域投资"], **NOW,
     note=INV_NOTE)
g.neg("加快建设京沪二通道", "二通道", NAME_NOTE.format("京沪二通道, the second Beijing-Shanghai "
      "high-speed corridor (as 二通道 in wr_guangxi_2025_c)"))
fact("雄商等6条高铁", "6条", value=6, unit="count", kind="count", classifier="条",
     metric="高铁",
     metric_alts=["高铁项目", "在建高铁", "加快建设高铁", "高速铁路", "高铁数量", "高铁项目数量"],
     **NOW,
     note="high-speed lines whose construction is to be sped up in 2025 (plan scope, as "
          "wr_henan_2025_d 推进53个) → target; " + NOW_NOTE)
g.neg("日照至五莲高铁", "五莲", NAME_NOTE.format("五莲, a county of 日照 (日照至五莲高铁)"))
g.neg("至京沪二通道、滨州", "二通道", NAME_NOTE.format("京沪二通道"))
g.neg("董家口至五莲", "五莲", NAME_NOTE.format("五莲 (董家口至五莲 railway)"))
HWY = ["高速公路项目数量", "项目", "高速公路改扩建项目"]
fact("改扩建等2个项目", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="高速公路项目",
     metric_alts=["开工项目", "高速公路开工项目", "开工高速公路项目", "新开工高速公路项目",
                  "新开工项目"] + HWY, **NOW,
     note="motorway projects to start in 2025 (开工); " + NOW_NOTE)
fact("等34个续建项目", "34个", value=34, unit="count", kind="count", classifier="个",
     metric="高速公路续建项目",
     metric_alts=["续建项目", "提速续建项目", "高速公路续建项目数量", "续建高速公路项目",
                  "高速公路项目"], **NOW,
     note="projects under way whose work is to be sped up (提速) in 2025: plan scope → target "
          "(judgement call; actual, an existing set, is the alternative); " + NOW_NOTE)
fact("建成临沂至滕州等15个项目", "15个", value=15, unit="count", kind="count",
     classifier="个", metric="高速公路项目",
     metric_alts=["建成项目", "高速公路建成项目", "建成高速公路项目"] + HWY, **NOW_SET,
     note="motorway projects to be completed in 2025 (建成; metric as wr_shandong_2025_c 8个"
          "项目建成); the end instant as a further alt; " + NOW_NOTE)
fact("通车里程突破9300公里", "9300公里", value=9.3e6, unit="m", kind="amount",
     bound="gt", metric="高速公路通车里程",
     metric_alts=["高速公路里程", "高速公路通车总里程", "高速通车里程"], **NOW_END,
     note="突破 → gt (outside the span); 公里 = 1e3 m; the network in service (a stock) to be "
          "reached → the instant at the end of 2025 (stock rule), the year and null as alts; "
          "target")
g.neg("加快济南机场二期", "二期", PHASE_NOTE.format("二期 (second phase of 济南机场)"))
g.neg("新万福河", "万福河", NAME_NOTE.format("新万福河, a river (万福 is part of the name)"))
g.neg("复航二期等6个", "二期", PHASE_NOTE.format("二期 (新万福河复航二期)"))
fact("复航二期等6个在建项目", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="内河航道在建项目",
     metric_alts=["在建项目", "内河航道项目", "提速在建项目", "在建项目数量",
                  "内河航道在建项目数量"], **NOW,
     note="waterway projects under construction to be sped up (提速) in 2025: plan scope → "
          "target (judgement call, as 34个续建项目); " + NOW_NOTE)
fact("郓城新河等6个项目", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="内河航道前期工作项目",
     metric_alts=["前期工作项目", "项目前期工作", "内河航道项目", "项目", "做好前期工作的项目",
                  "内河航道前期工作项目数量"], **NOW,
     note="projects whose preparatory work is to be done in 2025; " + NOW_NOTE)
g.neg("双堠水库", "双堠", NAME_NOTE.format("双堠水库, a reservoir"))
g.neg("参与6G技术", "6G", "technology name 6G (sixth-generation mobile network), not a "
      "quantity (as 5G in wr_anhui_2025_c)")

# ==== line 7 (source 34): 着力促进房地产市场健康发展 ================================================
fact("推进片区更新120个", "120个", value=120, unit="count", kind="count", classifier="个",
     metric="片区更新",
     metric_alts=["片区更新项目", "城市更新片区", "推进片区更新", "片区更新数量", "更新片区",
                  "城市片区更新"], **PLAN,
     note="urban-renewal districts to be taken forward in 2025; " + PLAN_NOTE)
fact("老旧小区改造13.7万户", "13.7万户", value=137000, unit="count", kind="count",
     classifier="户", metric="老旧小区改造",
     metric_alts=["开工老旧小区改造", "城镇老旧小区改造", "老旧小区改造户数",
                  "新开工老旧小区改造", "开工改造老旧小区"], **PLAN,
     note="户 is the classifier (SPEC §3); households whose estates start renovation (开工) "
          "in 2025; " + PLAN_NOTE)

# ==== line 8 (source 35): heading （二） ==========================================================
g.neg("（二）在因地制宜", "（二）", MARKER_NOTE)

# ==== line 9 (source 36): 大力提升科技创新水平 ====================================================
fact("实施120项重大科技攻关", "120项", value=120, unit="count", kind="count",
     classifier="项", metric="重大科技攻关",
     metric_alts=["重大科技攻关项目", "实施重大科技攻关", "重大科技攻关数量", "科技攻关项目",
                  "重大科技攻关项目数量"], **PLAN,
     note="projects to be carried out in 2025; " + PLAN_NOTE)
fact("建好30家人才效能", "30家", value=30, unit="count", kind="count", classifier="家",
     metric="人才效能提升重点平台",
     metric_alts=new("人才效能提升重点平台", "建好人才效能提升重点平台", "人才效能提升平台",
                     "重点平台"), **PLAN_SET, note=SET_NOTE)
fact("吸引集聚青年人才80万人", "80万人", value=800000, unit="count", kind="count",
     classifier="人", metric="青年人才",
     metric_alts=["吸引集聚青年人才", "吸引青年人才", "集聚青年人才", "青年人才数量",
                  "青年人才增量", "引进青年人才", "新增青年人才"], **PLAN,
     note="young talent to be attracted in 2025 (a flow of the year); " + PLAN_NOTE)
g.neg("新布局建设一批", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
fact("质量标准实验室5家", "5家", value=5, unit="count", kind="count", classifier="家",
     metric="省级质量标准实验室",
     metric_alts=new("省级质量标准实验室", "建设省级质量标准实验室", "质量标准实验室"),
     **PLAN_SET, note=SET_NOTE)

# ==== line 10 (source 37): 大力推进新型工业化 ====================================================
CHAIN_NOTE = "verb 整合建立 shared; chains to be set up in 2025; " + SET_NOTE
fact("整合建立18条", "18条", value=18, unit="count", kind="count", classifier="条",
     metric="标志性产业链",
     metric_alts=new("标志性产业链", "整合建立标志性产业链", "产业链"), **PLAN_SET,
     note=CHAIN_NOTE)
fact("和66条重点产业链", "66条", value=66, unit="count", kind="count", classifier="条",
     metric="重点产业链",
     metric_alts=new("重点产业链", "整合建立重点产业链", "产业链"), **PLAN_SET,
     note=CHAIN_NOTE)
g.neg("实施500万元以上", "500万元", THRESH_NOTE.format("500万元以上技改项目, the size of "
      "the projects counted (as 亿元以上项目)"))
fact("技改项目1.2万个", "1.2万个", value=12000, unit="count", kind="count", classifier="个",
     bound="approx", metric="500万元以上技改项目",
     metric_alts=["技改项目", "500万元以上技术改造项目", "实施技改项目", "技改项目数量",
                  "500万元以上技改项目数量", "技术改造项目"], **PLAN,
     note="左右 → approx (outside the span); the threshold 500万元以上 is part of the metric; "
          + PLAN_NOTE)
g.neg("永锋临港三期", "三期", PHASE_NOTE.format("三期 (山钢永锋临港三期)"))
g.neg("精品钢基地二期", "二期", PHASE_NOTE.format("二期 (日照精品钢基地二期)"))
fact("先进制造业集群10个", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="省级先进制造业集群",
     metric_alts=new("省级先进制造业集群", "新增省级先进制造业集群", "先进制造业集群"),
     **PLAN_SET, note="新增 N: added in 2025, 增量 alts (README §3); " + SET_NOTE)
g.neg("争创一批领航级", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("推动新一代信息技术", "一代", "一代 of 新一代信息技术 (an industry name, 'new "
      "generation'), not a quantity (as wr_chongqing_2025_b / wr_guangxi_2025_c)")
g.neg("实施一批车路云", "一批", VAGUE_NOTE.format("一批 'a batch of'"))

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief. Part of the document: the start of part 三、2025年重点工作 (its "
    "heading is line 1 of the excerpt), the plan for 2025 — the lead sentence (以下十个方面), "
    "task （一） 在全方位扩大内需 in full (consumption, investment, infrastructure, real estate) "
    "and the first two paragraphs of task （二） 在因地制宜发展新质生产力 (science and innovation, "
    "new industrialisation; 大力发展现代服务业, source line 38, is outside). Lines 8-13 are "
    "wr_shandong_2025_c, 16-25 wr_shandong_2025, 65-73 wr_shandong_2025_b (no overlap). Title "
    "line and source line are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header "
    "(2025年1月20日在山东省第十四届人民代表大会第三次会议上, per the corpus meta notes); the "
    "corpus meta agrees. Place: 山东省 (山东, 全省, 我省 → alts). Periods: the heading's "
    "2025年 is the section frame (2025-01-01..2025-12-31, null as alt) for the lines without "
    "a period; line 6 (source 33) names 今年 (今年力争…) and governs its own line (same "
    "dates, period text 今年); things to be built/added → the year with the end instant as a "
    "further alt; 高速公路通车里程突破9300公里 (a stock) → the instant 2025-12-31 (year and "
    "null as alts). Modality: target throughout (plan text: 组织, 实施, 推动, 新增, 力争, 建成, "
    "开工, 建设, 吸引). Bounds: 3900多个 → gt; 突破 → gt; 左右 → approx (5000亿元, 1.2万个); "
    "the rest eq. Units: 亿元 → CNY; 公里 → m; 万户/万个/万人 → counts. Judgement calls: "
    "15000个 (继续实施), 34个续建项目, 6个在建项目, 6条高铁 (加快建设) → plan scopes of the year, "
    "target (actual for an existing set is the alternative); motorway project counts keep the "
    "sector 高速公路 in the metric; 新增产值5000亿元 keeps the province as subject; 十个方面 → "
    "discourse enumeration (negative); 百县千企万店, 十强, 三张图 → labels; 500万元 → "
    "threshold of the counted set; 2025年 / 到2035年 inside 三张图 → map horizons (negatives). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 一体化 (炼化一体化, 车路云一体化).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：大众新闻客户端)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
