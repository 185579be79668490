"""Gold annotations for wr_jiangxi_2025_e (2025年江西省政府工作报告, fifth excerpt: tasks （七）-（九）
of the 2025 plan), lines 49-58 of shared/texts/work_report/wr_jiangxi_2025.txt.

The excerpt corpora/wr_jiangxi_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last two
paragraphs of task （七） 美丽江西 (加快经济社会发展全面绿色转型; 健全生态产品价值实现机制), task
（八） 民生 in full (heading with 10件民生实事; 就业; 社会保障; 健康江西; 赣鄱文化) and task （九）
平安江西 up to 加强公共安全治理, all inside part 二、2025年工作安排 (heading on source line 19,
outside the excerpt).  Lines 6-11, 12-16, 64-85 and 19-29 are annotated in wr_jiangxi_2025 /
_b / _c / _d (no overlap).  Facts and negatives are written by hand from the text, sentence
by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jiangxi_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_jiangxi_2025_e"
PLACE = "江西省"
REF = "2025-01-17"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_jiangxi_2025.txt"
FIRST, LAST = 49, 58                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年江西省政府工作报告"
JX_ALTS = ["江西", "全省", "我省"]
GOV_ALTS = JX_ALTS + ["江西省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="加快经济社会发展全面绿色转型。",
                 ends="坚决守护好群众饮食用药安全。")
text = g.text
fact = g.with_subject(PLACE, JX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
SET_NOTE = "set label N大 (README §2 八大), the members named before it, not a count claim"
CAMPAIGN_NOTE = ("duration inside the name of a campaign (…N年行动), not a fact of its own (as "
                 "wr_china_2022 / wr_fujian_2025_e)")

# ---- periods (reference date 2025-01-17) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (heading on source line 19, outside the
# excerpt): no line of the excerpt states a period before its numbers (no 今年 / 全年 / 到…年
# in it), so every fact takes the section frame, period text 2025年, 2025-01-01..2025-12-31,
# the null reading in period_alts (SPEC §4; as wr_jiangxi_2025_d).  Modality: target
# throughout (plan text: 实现, 新增, 力争, 建设, 基本建成, 达到, 完成).  Levels and standards to
# be reached (shares of counties / villages meeting a standard, nurses per 1,000 people,
# sports area per head, mutually recognised test items) are stocks → the instant at the end
# of the frame, 2025-12-31, with the year and null as alts (as wr_guangdong_2025_c /
# wr_jiangxi_2025_d 每万人口高价值发明专利拥有量).  Facilities to be built or completed in the
# year are counts of the year (flows), the year-end instant as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年工作安排 (2025), null as alt")
END_NOTE = ("a level / standard to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; target")
BUILD_NOTE = ("facilities to be built / completed in 2025 (a count of the year; the year-end "
              "instant and null as alts); 增量 alts (README §3); " + PLAN_NOTE)

# ==== line 1 (source 49): 加快经济社会发展全面绿色转型 =============================================
g.neg("推进能耗双控", "双控", LABEL_NOTE + " (能耗双控: control of total energy use and of "
      "energy intensity)")
g.neg("转向碳排放双控", "双控", LABEL_NOTE + " (碳排放双控)")
g.neg("节能降碳十大行动", "十大", SET_NOTE.replace("the members named before it", "a set of "
      "campaigns") + " (节能降碳十大行动)")
g.neg("年综合能耗5000吨标准煤", "5000吨标准煤", "threshold defining the set of key energy "
      "users (年综合能耗5000吨标准煤及以上重点用能单位; SPEC §2: 亿元以上项目), part of who is meant, "
      "not a fact of its own")
g.neg("“零碳园区”", "零碳", "label 零碳 'zero-carbon' (README §2), not a quantity")

# ==== line 2 (source 50): 健全生态产品价值实现机制 ================================================
g.neg("建立省市县三级联动", "三级", "appositive 三级 restating 省市县 (the three levels), not a "
      "quantity claim (as wr_fujian_2025_b / wr_china_2006)")
g.neg("“三权分置”", "三权分置", LABEL_NOTE + " (“三权分置”: separation of ownership, contract and "
      "management rights of collective forest land)")
fact("林下经济总产值3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount",
     bound="ge", metric="林下经济总产值",
     metric_alts=["林下经济产值", "林下经济", "林下经济总规模", "林下经济总产值规模"], **PLAN,
     note="实现 … 以上 → target, ge (以上 outside the span); the output of the year (a flow); "
          + PLAN_NOTE)

# ==== line 3 (source 51): （八） heading =========================================================
g.neg("（八）践行以人民", "（八）", MARKER_NOTE)
fact("以办好10件民生实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["民生实事数量", "办好民生实事", "省民生实事", "2025年民生实事"],
     subject_alts=GOV_ALTS, **PLAN,
     note="the projects for the people to be done in 2025 (listed in glossary item 14, "
          "2025年10件民生实事; as wr_jiangxi_2025_c) → count, target; " + PLAN_NOTE)

# ==== line 4 (source 52): 促进高质量充分就业 ======================================================
g.neg("用好“5+2就业之家”", "5+2", LABEL_NOTE + " (“5+2就业之家”, the name of the employment "
      "service stations), not a quantity")
LOAN = ["创业担保贷款", "发放创业担保贷款", "新增创业担保贷款", "创业担保贷款发放额",
        "新增发放创业担保贷款额"]
fact("创业担保贷款160亿元", "160亿元", value=160e8, unit="CNY", kind="amount",
     metric="新增发放创业担保贷款", metric_alts=LOAN, **PLAN,
     note="loans to be newly granted in 2025 (a flow); " + PLAN_NOTE)
fact("城镇新增就业41万人", "41万人", value=41e4, unit="count", kind="count", classifier="人",
     metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"], **PLAN,
     note=PLAN_NOTE)
g.neg("保持零就业家庭", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in work', a "
      "term, as wr_china_2007_b)")
g.neg("零就业家庭动态清零", "清零", "清零 'clear to zero' (eliminate) in the policy phrase 动态"
      "清零, a goal word, not a quantity (as wr_beijing_2025_c)")
g.neg("人才培育三年行动", "三年", CAMPAIGN_NOTE + " (产业技能人才培育三年行动)")
fact("培育产业技能人才10万人", "10万人", value=10e4, unit="count", kind="count",
     classifier="人", metric="产业技能人才",
     metric_alts=new("产业技能人才", "培育产业技能人才", "产业技能人才培育", "技能人才"),
     period=S25, period_alts=[S25_NULL, P("2025年", "2025-01-01", "2027-12-31")],
     modality="target",
     note="力争培育 → target; people to be trained; judgement call on the period: the line "
          "states none (section frame 2025, null as alt); the clause follows 开展产业技能人才培育"
          "三年行动, so the 10万 may be the three-year campaign's total (2025-2027, as alt)")
g.neg("创建示范五年行动", "五年", CAMPAIGN_NOTE + " (新时代和谐劳动关系创建示范五年行动)")

# ==== line 5 (source 53): 健全社会保障体系 =======================================================
g.neg("老年社会参与扩面三大行动", "三大", SET_NOTE + " (三大行动: 养老服务提质升级、银发经济创新"
      "发展、老年社会参与扩面)")
fact("建设改造90家", "90家", value=90, unit="count", kind="count", classifier="家",
     metric="区域性中心敬老院",
     metric_alts=new("区域性中心敬老院", "建设改造区域性中心敬老院", "中心敬老院", "敬老院"),
     **PLAN_SET, note="建设改造 N: homes to be built or rebuilt; " + BUILD_NOTE)
g.neg("“一老一小幸福院”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young', in "
      "the facility name 一老一小幸福院; as wr_jiangxi_2025_b)")
fact("建设300个", "300个", value=300, unit="count", kind="count", classifier="个",
     metric="“一老一小幸福院”",
     metric_alts=new("“一老一小幸福院”", "一老一小幸福院", "建设“一老一小幸福院”", "幸福院"),
     **PLAN_SET, note=BUILD_NOTE)
g.neg("服务质量提升三年行动", "三年", CAMPAIGN_NOTE + " (留守儿童和困境儿童关爱服务质量提升三年"
      "行动)")

# ==== line 6 (source 54): 深化健康江西建设 =======================================================
fact("基本建成7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=new("国家区域医疗中心", "基本建成国家区域医疗中心", "区域医疗中心"),
     **PLAN_SET,
     note="基本建成 → target (centres to be essentially completed in 2025; no bound word → eq); "
          + BUILD_NOTE)
fact("90%的县达到", "90%", value=90, unit="%", kind="share",
     metric="达到紧密型县域医共体标准的县占比",
     metric_alts=["达到紧密型县域医共体标准的县比例", "紧密型县域医共体达标县占比",
                  "县达到紧密型县域医共体标准比例", "紧密型县域医共体达标率",
                  "达到紧密型县域医共体标准的县", "县"],
     subject_alts=JX_ALTS + ["县"], **PLAN_END,
     note="the share of counties meeting the standard (a share of a stock, SPEC §4) → "
          + END_NOTE)
fact("90%以上的村（社区）", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="配备家庭健康指导员的村（社区）占比",
     metric_alts=["配备家庭健康指导员的村（社区）比例", "配备家庭健康指导员的村(社区)占比",
                  "村（社区）家庭健康指导员配备率", "家庭健康指导员配备率",
                  "配备家庭健康指导员的村占比", "村（社区）"],
     subject_alts=JX_ALTS + ["村（社区）"], **PLAN_END,
     note="以上 → ge (outside the span); a share of a stock → " + END_NOTE)
g.neg("每千人口护士数", "千人口", "per-1,000-people basis inside the metric name 每千人口护士数, "
      "not a count (as wr_guangdong_2025_c)")
fact("达到4.3人", "4.3人", value=4.3, unit="count", kind="count", classifier="人",
     bound="ge", metric="每千人口护士数",
     metric_alts=["每千人口注册护士数", "千人口护士数", "护士数", "每千人口护士"],
     **PLAN_END,
     note="力争达到 … 以上 → target, ge (以上 outside the span); nurses per 1,000 people (a "
          "ratio of stocks, as 每千人口托位数 in wr_jiangxi_2025_b) → " + END_NOTE)
fact("互认项目超过200项", "200项", value=200, unit="count", kind="count", classifier="项",
     bound="gt", metric="市域内医疗机构间互认项目",
     metric_alts=["互认项目", "检查检验结果互认项目", "医疗机构间互认项目",
                  "各市域内医疗机构间互认项目", "互认项目数量", "互认项目数"],
     subject_alts=JX_ALTS + ["各市域", "各市域内医疗机构"], **PLAN_END,
     note="超过 → gt (outside the span); the test items recognised across the institutions "
          "of each city (a level reached, judgement call: stock) → " + END_NOTE)
g.neg("迎战第十五届全国运动会", "第十五届", "edition label of an event (第十五届全国运动会), not a "
      "count")
fact("人均体育场地面积达2.9平方米", "2.9平方米", value=2.9, unit="m2", kind="amount",
     bound="ge", metric="人均体育场地面积",
     metric_alts=["人均体育场地", "人均体育场地设施面积", "体育场地面积"], **PLAN_END,
     note="达 … 以上 → ge (以上 outside the span); sports area per head (a ratio of stocks) → "
          + END_NOTE)

# ==== line 7 (source 55): 繁荣发展赣鄱文化 =======================================================
g.neg("文艺创作“四名工程”", "四名工程", LABEL_NOTE + " (“四名工程”, a programme's name)")
g.neg("基层“三馆一中心”", "三馆一中心", LABEL_NOTE + " (“三馆一中心”: library, art gallery, "
      "cultural centre and community cultural service centre; as wr_jiangxi_2025_c)")
g.neg("打造一批“非遗国潮”", "一批", VAGUE_NOTE)
g.neg("布局一批海外", "一批", VAGUE_NOTE)
g.neg("世界文明百花园", "百花园", "idiom 百花园 'garden of a hundred flowers', not a quantity (as "
      "百花齐放 in wr_china_1984)")

# ==== line 8 (source 56): （九） heading =========================================================
g.neg("（九）更好统筹", "（九）", MARKER_NOTE)

# ==== line 9 (source 57): 防范化解重点领域风险 =====================================================
g.neg("重大风险“1+7”工作方案", "1+7", LABEL_NOTE + " (“1+7”工作方案, the name of a policy "
      "package)")
g.neg("债务风险“1+9”实施方案", "1+9", LABEL_NOTE + " (“1+9”实施方案, as wr_jiangxi_2025_b)")
g.neg("加大“白名单”", "白名单", "lexicalized 白名单 'whitelist' (单 as in 清单 / 榜单), not a "
      "quantity")
g.neg("深入实施新一轮", "一轮", "新一轮 'a new round', not a count")

# ==== line 10 (source 58): 加强公共安全治理 ======================================================
g.neg("坚持安全第一", "第一", "slogan 安全第一、预防为主 ('safety first'), not a measured rank")
g.neg("高质量发展“2653”行动", "2653", LABEL_NOTE + " (“2653”行动, spelled out in glossary item "
      "16; as wr_jiangxi_2025_c)")
fact("完成24个县级", "24个", value=24, unit="count", kind="count", classifier="个",
     metric="县级应急广播体系",
     metric_alts=new("县级应急广播体系", "县级应急广播体系建设", "完成县级应急广播体系建设",
                     "应急广播体系"),
     **PLAN_SET, note="完成 N … 建设: systems to be completed in 2025; " + BUILD_NOTE)
g.neg("新余“1·24”", "1·24", "date label of the event (新余“1·24”特大火灾事故, 24 January 2024), "
      "not a quantity (as wr_jiangxi_2025_b)")
g.neg("治本攻坚三年行动", "三年", CAMPAIGN_NOTE + " (安全生产治本攻坚三年行动)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_jiangxi_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code. Part of the report: the 2025 plan (part 二、2025年工作安排, heading on "
    "source line 19, outside the excerpt): the last two paragraphs of task （七） (绿色转型, "
    "生态产品价值实现), task （八） 民生 in full (heading with 10件民生实事, 就业, 社会保障, 健康江西, "
    "赣鄱文化) and task （九） 平安江西 up to 加强公共安全治理. Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-17, the delivery date in the report's header (source line 3: 2025年1月17日在江西省"
    "第十四届人民代表大会第三次会议上); the shared meta agrees. Place: 江西省 (江西, 全省, 我省 → "
    "alts; 县, 村（社区）, 各市域 added as alts where the fact is about them; the 10件民生实事 "
    "add 省政府). Periods: no line states a period, so every fact takes the section frame of "
    "the heading 二、2025年工作安排 (period text 2025年, 2025-01-01..2025-12-31, null as alt; as "
    "wr_jiangxi_2025_d); levels and standards to be reached (90% of counties, 90% of "
    "villages, 4.3 nurses per 1,000, 200 recognised items, 2.9 m2 per head) → instant "
    "2025-12-31 (stock rule), the year and null as alts; facilities to be built or completed "
    "(90家, 300个, 7个, 24个) → the year with the year-end instant and null as alts. Modality: "
    "target throughout (plan text). Units: 亿元 1e8; 万人 1e4; 平方米 → m2. Bounds: 以上 → ge "
    "(3000亿元, 90% of villages, 4.3人, 2.9平方米), 超过 → gt (200项). Judgement calls: the "
    "10万 skilled workers may be the three-year campaign's total (2025-2027 as alt); "
    "200项 read as a level (stock); 7个国家区域医疗中心 (基本建成) a count of the year; the "
    "energy threshold 5000吨标准煤及以上 a negative (SPEC §2); N年行动 durations, 三级, 十大, "
    "三大 negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 (统一确权登记), 个人 (个人极端事件). No numerals: 全覆盖, "
    "中小金融机构, 中小学.")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：江西省人民政府; part 二、2025年工作安排: end of task （七）, task （八）, start of "
        "task （九）)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
