"""Gold annotations for wr_beijing_2025_e (2025年北京市政府工作报告, the 2025 tasks, fifth
excerpt), lines 34-49 of shared/texts/work_report/wr_beijing_2025.txt.

The excerpt corpora/wr_beijing_2025_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the body of task （二） (京津冀: 首都功能, “新两翼”, the
metropolitan area), task （三） (内需: consumption, investment), task （四） (教育科技人才:
education, science, talent) and task （五） up to 积极布局建设未来产业.  It lies in part
二、2025年工作总体要求和重点任务 (source line 24, outside the excerpt; source line 25:
今年是“十四五”规划收官之年): the plan for 2025.  The line range was given by the brief; lines
8-14 are annotated in wr_beijing_2025, 16-20 in wr_beijing_2025_c, 50-64 in wr_beijing_2025_b,
65-80 in wr_beijing_2025_d (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_beijing_2025_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_beijing_2025_e"
PLACE = "北京市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_beijing_2025.txt"
FIRST, LAST = 34, 49                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年北京市政府工作报告"
BJ_ALTS = ["北京", "全市", "北京地区", "本市"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="进一步优化提升首都功能。",
                 ends="创办世界人形机器人运动会。")
text = g.text
fact = g.with_subject(PLACE, BJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
ORD_NOTE = "ordinal label {} (which batch / round), not a count or rank"
CAPITAL_NOTE = "lexicalized 首都 (capital), not a rank (as wr_beijing_2025_b / _d)"
PLAN_NAME_NOTE = ("name of a multi-year action plan ({}), not a duration fact (as "
                  "wr_beijing_2025_b 三年行动计划)")
SLOGAN_NOTE = "slogan {} ('one policy per …', as 一链一策 in other golds), not a quantity"
APPOS_NOTE = ("appositive {} 'the … just named' (listed right before it), not a quantity "
              "claim (as wr_beijing_2025_b 五类) — judgement call")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The excerpt lies in part 二、2025年工作总体要求和重点任务 (source line 24, outside the
# excerpt): the tasks are the plan for 2025 → modality target.  No line of the excerpt states
# a period of its own (三年行动计划 / 五年行动 are plan names, “十五五”时期 a plan label with no
# number after it), so the numbers take the section frame: period text 2025年 (the
# heading's), 2025-01-01..2025-12-31, null as alt (as wr_beijing_2025_b / _d).  The counts of
# the objects of a task (20个未来产业, 首批10个育新基地) keep the year, with the year-end
# instant as a further alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作总体要求和重点任务 (2025), null as alt")


def count(ctx, target, value, classifier, metric, alts, note=None, plan=PLAN, **kw):
    fact(ctx, target, value=value, unit="count", kind="count", classifier=classifier,
         metric=metric, metric_alts=alts,
         note=PLAN_NOTE if note is None else note + "; " + PLAN_NOTE, **plan, **kw)


# ==== line 1 (source 34): 首都功能 =================================================================
g.neg("进一步优化提升首都功能", "首都", CAPITAL_NOTE)
g.neg("完善首都规划体系", "首都", CAPITAL_NOTE)
g.neg("核心区控规第二轮三年行动计划", "第二轮", ORD_NOTE.format("第二轮 (the second round of "
      "the 核心区控规 action plan)"))
g.neg("第二轮三年行动计划", "三年", PLAN_NAME_NOTE.format("三年行动计划"))
g.neg("国家会议中心二期", "二期", PHASE_NOTE.format("二期"))
g.neg("新国展二期", "二期", PHASE_NOTE.format("二期"))
count("疏解提质一般制造业企业100家", "100家", 100, "家", "疏解提质一般制造业企业",
      ["一般制造业企业", "疏解提质的一般制造业企业", "疏解一般制造业企业",
       "疏解提质一般制造业企业数量"],
      note="firms to be relocated or upgraded in 2025 (as 104家 of the 2024 review in "
           "wr_beijing_2025)")
fact("治理违法建设2000万平方米", "2000万平方米", value=2000e4, unit="m2", kind="amount",
     metric="治理违法建设",
     metric_alts=["违法建设治理", "违法建设治理面积", "治理违法建设面积", "违法建设"], **PLAN,
     note="floor area of illegal buildings to be dealt with in 2025 (as wr_beijing_2025); "
          + PLAN_NOTE)
g.neg("一村一策推进", "一村一策", SLOGAN_NOTE.format("一村一策"))

# ==== line 2 (source 35): “新两翼” ===============================================================
g.neg("推动“新两翼”建设", "新两翼", LABEL_NOTE + " (“新两翼”: the two wings 雄安新区 and the "
      "城市副中心), a planning name, not a count")
g.neg("职业培训创新三项工程", "三项", APPOS_NOTE.format("三项 (工程: the three named just "
      "before it — 基础教育提升、医疗卫生发展、职业培训创新)"))
fact("继续保持千亿级投资强度", "千亿级", value=1e11, unit="CNY", kind="amount", bound="ge",
     metric="城市副中心投资强度",
     metric_alts=["投资强度", "城市副中心投资", "城市副中心年度投资", "城市副中心固定资产投资",
                  "副中心投资强度", "城市副中心年投资额"],
     subject_alts=BJ_ALTS + ["城市副中心", "北京城市副中心"], **PLAN,
     note="judgement call: 千亿级投资强度 = investment in the sub-centre of the 100-billion-yuan "
          "class each year (a level of a flow, 千亿 = 1e11 CNY, 级 'class' read as 'at least' "
          "→ ge); unlike 千亿级 naming a class of clusters (a label, negative in other golds) "
          "it states the size of the investment itself; the label reading (negative) is the "
          "alternative; the sub-centre as subject alt; " + PLAN_NOTE)
g.neg("推进六环高线公园", "六环", "name 六环 (the Sixth Ring Road in 六环高线公园), not a "
      "quantity")
g.neg("加快第二批市属国企", "第二批", ORD_NOTE.format("第二批 (the second batch of "
      "municipal state firms to move)"))

# ==== line 3 (source 36): 首都都市圈 ==============================================================
g.neg("加快构建现代化首都都市圈", "首都", CAPITAL_NOTE)
g.neg("编制出台现代化首都都市圈", "首都", CAPITAL_NOTE)
count("实现20项以上互认资质资格", "20项", 20, "项", "互认资质资格统一规范办理",
      ["互认资质资格", "统一规范办理的互认资质资格", "互认资质资格事项", "资质资格互认",
       "互认资质资格数量", "京津冀互认资质资格"],
      bound="ge", note="以上 → ge (outside the span); qualifications recognised across "
                       "京津冀 whose handling is to be unified in 2025")
g.neg("发布第二批京津冀", "第二批", ORD_NOTE.format("第二批 (the second batch of 社保服务同事"
      "同标事项)"))

# ==== line 4 (source 37): （三） ==================================================================
g.neg("（三）全方位扩大内需", "（三）", MARKER_NOTE)

# ==== line 6 (source 39): 提振消费 ================================================================
g.neg("加力扩围实施“两新”政策", "两新", LABEL_NOTE + " (“两新”, as wr_beijing_2025)")
g.neg("积极发展首发经济", "首发", LABEL_NOTE + " (首发经济 'debut economy'), not a rank or "
      "count (as other golds)")
count("新建和更新60处", "60处", 60, "处", "群众身边的运动场地和健身设施",
      ["运动场地和健身设施", "新建和更新运动场地和健身设施", "运动场地", "健身设施",
       "新建和更新群众身边的运动场地和健身设施", "运动场地和健身设施数量"],
      note="sites to be built or renewed in 2025 (新建和更新: not all new, so no 增量 alts)")

# ==== line 7 (source 40): 投资效益 ================================================================
g.neg("大力实施“3个100”", "3个100", LABEL_NOTE + " (“3个100”市重点工程, the name of the "
      "municipal key-project programme: 100 each of three kinds) — judgement call; counts "
      "of 3 kinds / 300 projects are the alternative reading (as “16+16” in wr_yunnan_2025)")
fact("推介重大项目总投资不低于2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
     bound="ge", metric="面向民间资本推介重大项目总投资",
     metric_alts=["推介重大项目总投资", "面向民间资本推介重大项目投资总额", "重大项目总投资",
                  "推介项目总投资", "面向民间资本推介项目总投资", "总投资"],
     **PLAN,
     note="不低于 → ge (outside the span); the projects to be offered to private capital in "
          "2025 (the 2024 review: 投资总额超2700亿元); " + PLAN_NOTE)
g.neg("结合“两重”建设", "两重", LABEL_NOTE + " (“两重”, as wr_beijing_2025)")
g.neg("和“十五五”时期", "十五五", "plan label 十五五 (SPEC §1)")

# ==== line 8 (source 41): （四） ==================================================================
g.neg("（四）统筹教育科技人才", "（四）", MARKER_NOTE)

# ==== line 10 (source 43): 教育 ===================================================================
count("增加中小学学位2万个", "2万个", 20000, "个", "中小学学位",
      new("中小学学位", "增加中小学学位", "学位"),
      note="增加 N: places to be added in 2025; 增量 alts (README §3)")
g.neg("统筹推进“双减”", "双减", LABEL_NOTE + " (“双减”, as other golds)")
g.neg("推进市属高校一校一策", "一校一策", SLOGAN_NOTE.format("一校一策"))

# ==== line 11 (source 44): 科技创新策源 ===========================================================
g.neg("生物医药等九大专项攻关行动", "九大", LABEL_NOTE + " (九大专项攻关行动, a set label like "
      "八大, README §2; only two of the nine are named), not a count claim — judgement call")
g.neg("再布局一批新型", "一批", "quantifier 一批 'a batch of' (README §2)")
g.neg("谋划新一轮中关村", "一轮", "新一轮 'a new round', not a count")
g.neg("促进科技成果转化五年行动", "五年", PLAN_NAME_NOTE.format("促进科技成果转化五年行动"))
g.neg("加强“三城一区”", "三城一区", LABEL_NOTE + " (“三城一区”: 中关村科学城、怀柔科学城、"
      "未来科学城 and the 创新型产业集群示范区), a planning name, not a count")
g.neg("承接三大科学城成果", "三大", APPOS_NOTE.format("三大 (科学城: the three science cities "
      "named earlier in the line — 中关村、怀柔、未来)"))
count("成果不少于300项", "300项", 300, "项", "创新型产业集群示范区承接三大科学城成果",
      ["承接三大科学城成果", "承接科学城成果", "三大科学城成果", "科学城成果",
       "创新型产业集群示范区承接成果", "承接成果"],
      bound="ge", subject_alts=BJ_ALTS + ["创新型产业集群示范区"],
      note="不少于 → ge (outside the span); the demonstration zone (part of 三城一区) receives "
           "the results → subject alt, the city keeps the subject (README §4)")

# ==== line 12 (source 45): 人才 ===================================================================
g.neg("筑牢首都人才", "首都", CAPITAL_NOTE)

# ==== line 13 (source 46): （五） =================================================================
g.neg("（五）着力发展壮大", "（五）", MARKER_NOTE)

# ==== line 15 (source 48): 优势产业 ===============================================================
g.neg("完善新一代信息技术", "一代", "新一代 'new generation' (新一代信息技术, an industry name), "
      "not a quantity")
g.neg("实施新一轮医药健康", "一轮", "新一轮 'a new round', not a count")
g.neg("新能源整车及零部件", "零部件", "lexicalized 零部件 'parts'; 零 is not zero (as other "
      "golds)")
g.neg("等领域推进一批重大工程", "一批", "quantifier 一批 'a batch of' (README §2)")
g.neg("谋划打造一批新的万亿级", "一批", "quantifier 一批 'a batch of' (README §2)")
g.neg("一批新的万亿级产业集群", "万亿级", "class label 万亿级 ('trillion-yuan class') naming "
      "the kind of cluster to be fostered, no count or amount attached (as other golds)")
g.neg("一链一策加快", "一链一策", SLOGAN_NOTE.format("一链一策"))

# ==== line 16 (source 49): 未来产业 ===============================================================
count("未来能源等20个未来产业", "20个", 20, "个", "未来产业",
      ["重点培育未来产业", "培育未来产业", "未来产业数量", "重点培育的未来产业"],
      plan=PLAN_LEVEL,
      note="等 with five named → a count of the industries to be fostered (as 宛平城等12个 in "
           "wr_beijing_2025_b); the set targeted in 2025, the year-end instant as alt")
g.neg("加快6G实验室", "6G", "technology name 6G (sixth-generation mobile network), not a "
      "quantity (as other golds)")
g.neg("实验室和6G创新产业", "6G", "technology name 6G, not a quantity")
g.neg("完善首批10个育新基地", "首批", ORD_NOTE.format("首批 (the first batch of 育新基地; "
      "README §2 首批)"))
count("首批10个育新基地", "10个", 10, "个", "首批育新基地",
      ["育新基地", "首批育新基地数量", "育新基地数量", "完善首批育新基地功能"],
      plan=PLAN_LEVEL,
      note="judgement call: the bases whose functions are to be improved in 2025 (the first "
           "batch, 10 bases) → a count of the task's objects, target as the other task counts; "
           "the bases exist already, so the year-end instant is an alt")
g.neg("支持一批种子项目", "一批", "quantifier 一批 'a batch of' (README §2)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_beijing_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief: the body of task （二） (进一步优化提升首都功能, “新两翼”, 现代化首都都市圈), task （三） "
    "(提振消费, 投资效益), task （四） (教育, 科技创新策源, 人才) and task （五） up to 积极布局建设"
    "未来产业. The excerpt lies in part 二、2025年工作总体要求和重点任务 (source line 24; "
    "今年是“十四五”规划收官之年, source line 25): the plan for 2025, so the numbers are targets "
    "of 2025. No overlap with wr_beijing_2025 (lines 8-14), wr_beijing_2025_c (16-20), "
    "wr_beijing_2025_b (50-64) or wr_beijing_2025_d (65-80). Title and dateline are outside "
    "the excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, "
    "the delivery date in the report's header (source line 3: 2025年1月14日在北京市第十六届"
    "人民代表大会第三次会议上), as the shared meta. Place: 北京市 (北京, 全市, 北京地区, 本市 → "
    "alts); the 城市副中心 and the 创新型产业集群示范区 as subject alts of their numbers. "
    "Periods: no line states a period of its own: the section frame 2025 (period text 2025年), "
    "null as alt; 20个未来产业 and 首批10个育新基地 (the sets a task works on) → the year with "
    "the year-end instant as a further alt. Modality: target throughout. Bounds: 以上 → ge "
    "(20项), 不低于 → ge (2000亿元), 不少于 → ge (300项), 千亿级 → ge; otherwise eq. Units: "
    "万平方米 → m2; 亿元 → CNY; 万个 / 家 / 处 / 项 / 个 counts. Judgement calls: 千亿级投资强度 "
    "→ a fact (the sub-centre's investment at the 1e11-yuan level, ge), not the class label of "
    "other golds; “3个100” → a programme name (negative); 三项 (工程) and 三大 (科学城) → "
    "appositives (negatives); 九大 (专项攻关行动) → set label; 首批10个育新基地 → a count, target; "
    "60处 (新建和更新) without 增量 alts. Negatives: 首都 ×5, 第二轮, 三年 (行动计划), 二期 ×2, "
    "一村一策, 新两翼, 三项, 六环, 第二批 ×2, （三）（四）（五）, 两新, 首发 (首发经济), 3个100, "
    "两重, 十五五, 双减, 一校一策, 九大, 一批 ×4, 一轮 ×2, 五年 (五年行动), 三城一区, 三大, 一代 "
    "(新一代), 零部件, 万亿级, 一链一策, 6G ×2, 首批. Lexicalized, not listed: 进一步, 一般 (一般制造业), "
    "一体 (一体发展, 一体推进, 一体化), 统一, 零售 (即时零售). Known false alarm of the shared "
    "check_gold.py: it reports the section-frame period text 2025年 (the heading's, outside "
    "the excerpt) as missing, as for wr_beijing_2025_b / _d; czfacts check-gold accepts it.")

g.write(date=REF, source=f"shared/texts/work_report/wr_beijing_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
