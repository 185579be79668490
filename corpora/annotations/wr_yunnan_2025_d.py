"""Gold annotations for wr_yunnan_2025_d (2025年云南省政府工作报告, glossary items 27-44 and
the start of the annex), lines 111-138 of shared/texts/work_report/wr_yunnan_2025.txt.

The excerpt corpora/wr_yunnan_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): items 27-44 of the
report's glossary 名词解释 (heading on source line 84, outside the excerpt), which define
terms used in the 2025 plan (三、2025年重点任务), then the annex heading 附件, its title
2025年10件惠民实事 and projects 一、…三、 with their 年度目标 (annual targets for 2025) and
主办单位 lines.  Lines 7-18 and 21-38 are annotated in wr_yunnan_2025 / _b / _c (no
overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_yunnan_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_yunnan_2025_d"
PLACE = "云南省"
REF = "2025-01-18"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_yunnan_2025.txt"
FIRST, LAST = 111, 138                  # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年云南省政府工作报告"
YN_ALTS = ["云南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="27．潜力县（市、区）试点",
                 ends="银龄技师300名。")
text = g.text
fact = g.with_subject(PLACE, YN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (glossary item or annex project number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
APPOS_NOTE = ("appositive {} 'the … just named' (the countries listed right before it), not "
              "a quantity claim (as wr_shanxi_2025 晋城、晋中、大同3个国家级经开区)")
ORD_NOTE = "ordinal label {} (which of the three campaigns), not a count or rank"

# ---- periods (reference date 2025-01-18) ---------------------------------------------------
# Lines 1-18 (source 111-128) are glossary entries: they define terms of the 2025 plan and
# state no period; the glossary is a section without a period of its own (neither the 2024
# review nor the 2025 plan frames it), so its facts get period null (SPEC §4: no governing
# period → start and end null), with the plan year 2025 as alt for the designs and goals of
# the programmes the plan carries out (as the designed capacities with no stated horizon in
# wr_xinjiang_2025 / wr_chongqing_2025_b: period null, the frame year as alt) and the
# reference date as alt for existing counts and rules in force.  Explicit periods inside an
# entry govern its clauses: （2025—2027年） in item 36; 用3年时间 in item 40 (the programme's
# horizon; read as 2025-2027 from the report year, the annual target of 3,600 in the annex
# being about a third of 1万; null as alt).
# Lines 19-28 (source 129-138) are the annex: its title 2025年10件惠民实事 (explicit, own
# line) and projects whose targets are introduced by 年度目标 ('the annual target', 年度 = the
# annex year 2025; explicit in each line, the null reading as alt since 年度 alone needs the
# annex title to resolve).  Stocks to be reached (参保人数达…) → the instant 2025-12-31;
# rates kept at a level (稳定在) → the year with the end instant as alt.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_REF = P("2025年", REF, REF)
GLOSS_PLAN = dict(period=None, period_alts=[S25], modality="target")
GLOSS_NOW = dict(period=None, period_alts=[S25_REF, S25], modality="actual")
GLOSS_PLAN_NOTE = ("glossary entry, no period (period null), the plan year 2025 as alt; the "
                   "design or goal of a programme the 2025 plan carries out → target")
GLOSS_NOW_NOTE = ("glossary entry, no period (period null), the reference date and the plan "
                  "year as alts; an existing count / a rule in force → actual")
P36 = P("2025—2027年", "2025-01-01", "2027-12-31")
FIRST3 = dict(period=P36, modality="target")
P40 = P("3年时间", "2025-01-01", "2027-12-31")
SILVER = dict(period=P40, period_alts=[P("3年时间", None, None)], modality="target")
SILVER_NOTE = ("goal of the 3-year programme (用3年时间, explicit: 2025-2027 resolved from the "
               "report year, null as alt) → target")
Y = P("年度", "2025-01-01", "2025-12-31")
Y_NULL = P("年度", None, None)
Y_END = P("年度", "2025-12-31", "2025-12-31")
ANNEX = dict(period=Y, period_alts=[Y_NULL], modality="target")
ANNEX_LEVEL = dict(period=Y, period_alts=[Y_NULL, Y_END], modality="target")
ANNEX_END = dict(period=Y_END, period_alts=[Y, Y_NULL], modality="target")
ANNEX_NOTE = ("annual target (年度目标) of an annex project for 2025 → target; 年度 at the head "
              "of the line = 2025 (the annex title), null as alt")


# ==== line 1 (source 111): 27．潜力县试点 (no facts) =============================================
g.neg("27．潜力县", "27．", MARKER_NOTE)

# ==== line 2 (source 112): 28.“三个一律” ==========================================================
g.neg("28.“三个一律”", "28.", MARKER_NOTE)
g.neg("28.“三个一律”", "三个一律", LABEL_NOTE + " (“三个一律”, the three 'without exception' "
      "rules defined by the entry)")
g.neg("一律建立联农带农", "一律", "adverb 一律 'without exception', not a quantity")

# ==== line 3 (source 113): 29．“7个专项行动” ======================================================
g.neg("29．第三轮", "29．", MARKER_NOTE)
g.neg("29．第三轮", "第三轮", "ordinal label of a round (第三轮爱国卫生), not a count or rank")
g.neg("爱国卫生“7个专项行动”", "7个专项行动", LABEL_NOTE + " (quoted programme name “7个专项"
      "行动”, the seven campaigns listed after it) — judgement call; a count of 7 campaigns is "
      "the alternative reading")
g.neg("健康县城建设2.0版", "2.0版", "version label 2.0版 ('version 2.0'), not a quantity")

# ==== line 4 (source 114): 30.“1+1+N”运贸综合服务体系 =============================================
g.neg("30.“1+1+N”", "30.", MARKER_NOTE)
g.neg("30.“1+1+N”", "1+1+N", LABEL_NOTE + " (name of the system “1+1+N”, spelled out after it)")
SYS = dict(subject="“1+1+N”运贸综合服务体系",
           subject_alts=["1+1+N运贸综合服务体系", "运贸综合服务体系", PLACE] + YN_ALTS)
SYS_NOTE = ("the system's composition (a count with an Arabic 1 and its measure word, not the "
            "article 一); the system to be built (探索建立, source line 53) owns it; "
            + GLOSS_PLAN_NOTE)
fact("：1个管理运营机构", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="管理运营机构", metric_alts=["管理运营机构数量", "运营机构"], **SYS, **GLOSS_PLAN,
     note=SYS_NOTE)
fact("、1个省级专业化运营平台公司", "1个", value=1, unit="count", kind="count",
     classifier="个", metric="省级专业化运营平台公司",
     metric_alts=["专业化运营平台公司", "运营平台公司", "省级专业化运营平台公司数量"], **SYS,
     **GLOSS_PLAN, note=SYS_NOTE)
g.neg("N个专业化二级运营公司", "二级", "level label 二级 ('second-tier' operating companies), "
      "not a quantity")

# ==== line 5 (source 115): 31.“一对一园一策”模式 =================================================
g.neg("31.“一对一园一策”", "31.", MARKER_NOTE)
g.neg("31.“一对一园一策”", "一对一园一策", LABEL_NOTE + " (mode name “一对一园一策” 'one-to-"
      "one, one policy per park')")
fact("上海16个区", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="区（或国企）",
     metric_alts=["区", "区(或国企)", "上海区（或国企）", "结对共建的区（或国企）", "区数量",
                  "上海市区"],
     subject="上海市", subject_alts=["上海"], **GLOSS_NOW,
     note="the 16 districts (or state firms) of Shanghai in the pairing scheme: Shanghai owns "
          "the number; " + GLOSS_NOW_NOTE)
fact("与我省16个州（市）", "16个", value=16, unit="count", kind="count", classifier="个",
     metric="州（市）",
     metric_alts=["州(市)", "州市", "结对共建的州（市）", "州（市）数量", "州"], **GLOSS_NOW,
     note="我省 → 云南省: its 16 prefectures (a stock); " + GLOSS_NOW_NOTE)
g.neg("选择一个代表性园区", "一个", VAGUE_NOTE.format("一个 (article: 'a representative park' "
      "for each pair)"))

# ==== line 6 (source 116): 32.“三免三便利”政策 ===================================================
g.neg("32.“三免三便利”", "32.", MARKER_NOTE)
g.neg("32.“三免三便利”", "三免三便利", LABEL_NOTE + " (“三免三便利” 'three exemptions, three "
      "facilitations')")
g.neg("越南5个国家", "5个", APPOS_NOTE.format("5个 (国家: 柬埔寨、老挝、缅甸、泰国、越南)"))
FREE_NOTE = ("space to be offered free of charge under the policy the plan implements "
             "(推动…政策落地, source line 55); 万平方米 ×1e4 m2; " + GLOSS_PLAN_NOTE)
fact("免费提供1万平方米海外仓", "1万平方米", value=1e4, unit="m2", kind="amount",
     metric="海外仓",
     metric_alts=["免费提供海外仓", "海外仓面积", "免费提供的海外仓面积", "免费提供海外仓面积"],
     **GLOSS_PLAN, note=FREE_NOTE)
fact("海外仓、1万平方米国际馆", "1万平方米", value=1e4, unit="m2", kind="amount",
     metric="国际馆",
     metric_alts=["免费提供国际馆", "国际馆面积", "免费提供的国际馆面积", "免费提供国际馆面积"],
     **GLOSS_PLAN, note="verb 免费提供 shared; " + FREE_NOTE)

# ==== line 7 (source 117): 33．“三个意义” (no facts) ============================================
g.neg("33．赋予", "33．", MARKER_NOTE)
g.neg("以“三个意义”：", "三个意义", LABEL_NOTE + " (“三个意义”, the three meanings spelled "
      "out after it)")

# ==== line 8 (source 118): 34.“十县百乡千村万户” ================================================
g.neg("34.“十县", "34.", MARKER_NOTE)
g.neg("34.“十县百乡千村万户”", "十县百乡千村万户", LABEL_NOTE + " (programme name “十县百乡"
      "千村万户”; its figures follow as counts)")
UNITY_NOTE = ("建设 distributes over the list; the design of the programme the plan carries out "
              "(实施第五轮…示范引领工程, source line 58); " + GLOSS_PLAN_NOTE)
fact("建设10个民族团结", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="民族团结进步示范县",
     metric_alts=new("民族团结进步示范县", "建设民族团结进步示范县", "示范县"), **GLOSS_PLAN,
     note=UNITY_NOTE)
fact("、100个民族团结", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="民族团结进步示范乡镇",
     metric_alts=new("民族团结进步示范乡镇", "建设民族团结进步示范乡镇", "示范乡镇"), **GLOSS_PLAN,
     note=UNITY_NOTE)
fact("、1000个民族团结", "1000个", value=1000, unit="count", kind="count", classifier="个",
     metric="民族团结进步示范村（社区）",
     metric_alts=new("民族团结进步示范村（社区）", "民族团结进步示范村(社区)", "民族团结进步示范村",
                     "示范村", "建设民族团结进步示范村（社区）"), **GLOSS_PLAN, note=UNITY_NOTE)
fact("、10000个民族团结", "10000个", value=10000, unit="count", kind="count",
     classifier="个", metric="民族团结进步示范户",
     metric_alts=new("民族团结进步示范户", "建设民族团结进步示范户", "示范户"), **GLOSS_PLAN,
     note=UNITY_NOTE)

# ==== line 9 (source 119): 35．固体废物处置六大行动 (no facts) ===================================
g.neg("35．固体", "35．", MARKER_NOTE)
g.neg("固体废物处置六大行动", "六大", SET_LABEL_NOTE + " (六大行动, the six campaigns listed "
      "after it)")

# ==== line 10 (source 120): 36．城乡生活污水治理3个“三年行动” ====================================
g.neg("36．城乡", "36．", MARKER_NOTE)
fact("污水治理3个“三年行动”：", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="城乡生活污水治理“三年行动”",
     metric_alts=["城乡生活污水治理三年行动", "“三年行动”", "三年行动", "城乡生活污水治理“三年行动”"
                  "数量", "城乡生活污水治理三年行动数量"], **GLOSS_PLAN,
     note="judgement call: the number of three-year campaigns the plan sets out (实施城乡生活污水"
          "治理3个“三年行动”, source line 63; 3个 stands outside the quoted name) → a count, "
          "target; reading it as part of the entry's name (negative) is the alternative; the "
          "periods of the campaigns follow it in the line (2025-2033), so none governs it → "
          "null, the plan year as alt")
g.neg("3个“三年行动”：", "三年", PLAN3_NOTE)
g.neg("第1个“三年行动”", "第1个", ORD_NOTE.format("第1个 'the first'"))
g.neg("第1个“三年行动”", "三年", PLAN3_NOTE)
g.neg("（2025—2027年）", "2025—2027年", PERIOD_NOTE + " (the first campaign, 2025-2027: "
      "governs the clauses after it up to the next campaign)")
FIRST3_NOTE = ("the places the first campaign (2025-2027, explicit in the clause) is to tackle "
               "→ target; the predicate (开展攻坚) defines the counted set")
fact("所在的7个城市", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="重点高原湖泊流域所在城市",
     metric_alts=["城市", "所在城市", "重点高原湖泊流域城市", "重点高原湖泊流域所在城市（包括县城）",
                  "重点高原湖泊流域所在的城市", "开展攻坚的城市", "城市数量"], **FIRST3,
     note="the cities (county towns included) of the key plateau-lake basins; " + FIRST3_NOTE)
fact("其他22个县级", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="其他县级及以上城市",
     metric_alts=["县级及以上城市", "县级以上城市", "城市", "其他城市", "县级及以上城市数量"],
     **FIRST3, note=FIRST3_NOTE)
fact("、13个存在黑臭水体", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="存在黑臭水体或涉及重点监控断面的县城",
     metric_alts=["县城", "存在黑臭水体的县城", "涉及重点监控断面的县城", "县城数量",
                  "存在黑臭水体或涉及重点监控断面县城"], **FIRST3, note=FIRST3_NOTE)
g.neg("第2个“三年行动”", "第2个", ORD_NOTE.format("第2个 'the second'"))
g.neg("第2个“三年行动”", "三年", PLAN3_NOTE)
g.neg("（2028—2030年）", "2028—2030年", PERIOD_NOTE + " (the second campaign; no number "
      "after it)")
g.neg("第3个“三年行动”", "第3个", ORD_NOTE.format("第3个 'the third'"))
g.neg("第3个“三年行动”", "三年", PLAN3_NOTE)
g.neg("（2031—2033年）", "2031—2033年", PERIOD_NOTE + " (the third campaign; no number "
      "after it)")
g.neg("劣Ⅴ类水体", "Ⅴ类", "water-quality class label Ⅴ类 (劣Ⅴ类 'worse than class V'), not "
      "a quantity")

# ==== lines 11-13 (source 121-123): 37-39 ========================================================
g.neg("37.“幸福里”", "37.", MARKER_NOTE)
g.neg("38．招", "38．", MARKER_NOTE)
g.neg("招引扶持一批", "一批", VAGUE_NOTE.format("一批 'a batch of'"))
g.neg("39.“云岭名方”", "39.", MARKER_NOTE)

# ==== line 14 (source 124): 40．新时代“银龄人才万人计划” ==========================================
g.neg("40．新时代", "40．", MARKER_NOTE)
g.neg("“银龄人才万人计划”：", "万人计划", LABEL_NOTE + " (programme name “银龄人才万人计划” "
      "'ten-thousand-talents plan'; its goal 1万名 follows as a fact)")
g.neg("用3年时间", "3年时间", PERIOD_NOTE + " (用3年时间 'within three years': the horizon "
      "of the programme's goals, read as 2025-2027; not a duration fact — judgement call)")
SIL = ["银龄人才", "引进留用银龄人才", "引进留用高层次银龄人才", "高层次银龄人才数量"]
fact("引进留用1万名左右", "1万名", value=10000, unit="count", kind="count", classifier="名",
     bound="approx", metric="高层次银龄人才", metric_alts=SIL, **SILVER,
     note="左右 → approx (outside the span); " + SILVER_NOTE)
SUB_NOTE = "其中: part of the 1万名, 引进留用 shared; 左右 → approx; " + SILVER_NOTE
fact("银龄教师6000人左右", "6000人", value=6000, unit="count", kind="count", classifier="人",
     bound="approx", metric="银龄教师",
     metric_alts=["引进留用银龄教师", "银龄教师人数"], **SILVER, note=SUB_NOTE)
fact("银龄医师2000人左右", "2000人", value=2000, unit="count", kind="count", classifier="人",
     bound="approx", metric="银龄医师",
     metric_alts=["引进留用银龄医师", "银龄医师人数"], **SILVER, note=SUB_NOTE)
fact("银龄工程师2000人（", "2000人", value=2000, unit="count", kind="count", classifier="人",
     bound="approx", metric="银龄工程师",
     metric_alts=["引进留用银龄工程师", "银龄工程师人数"], **SILVER,
     note="左右 after the parenthesis (含重点产业1000人) applies to 2000人; " + SUB_NOTE)
fact("含重点产业1000人", "1000人", value=1000, unit="count", kind="count", classifier="人",
     metric="重点产业银龄工程师",
     metric_alts=["银龄工程师（重点产业）", "重点产业银龄工程师人数", "重点产业", "银龄工程师"],
     **SILVER, note="含: part of the 2000 engineers, inside the parenthesis (no 左右 of its "
                    "own → eq); " + SILVER_NOTE)
fact("银龄科技人才300人", "300人", value=300, unit="count", kind="count", classifier="人",
     bound="approx", metric="银龄科技人才",
     metric_alts=["引进留用银龄科技人才", "银龄科技人才人数"], **SILVER,
     note="左右 after the parenthesis applies to 300人; " + SUB_NOTE)
fact("银龄科技专家200人", "200人", value=200, unit="count", kind="count", classifier="人",
     metric="银龄科技专家",
     metric_alts=["银龄科技专家人数", "引进留用银龄科技专家"], **SILVER,
     note="其中 inside the parenthesis: part of the 300 → eq; " + SILVER_NOTE)
fact("银龄农业科技特派员100人", "100人", value=100, unit="count", kind="count",
     classifier="人", metric="银龄农业科技特派员",
     metric_alts=["银龄农业科技特派员人数", "引进留用银龄农业科技特派员", "农业科技特派员"],
     **SILVER, note="其中 inside the parenthesis: part of the 300 → eq; " + SILVER_NOTE)
fact("银龄技师1000人左右", "1000人", value=1000, unit="count", kind="count", classifier="人",
     bound="approx", metric="银龄技师",
     metric_alts=["引进留用银龄技师", "银龄技师人数"], **SILVER, note=SUB_NOTE)

# ==== lines 15-16 (source 125-126): 41-42 (no facts) =============================================
g.neg("41.“物质+服务”", "41.", MARKER_NOTE)
g.neg("42.“白名单”", "42.", MARKER_NOTE)
g.neg("42.“白名单”", "名单", "lexicalized 名单 'list' (白名单 'white list'); 单 is not a "
      "quantity (as nw_cctv_20230820_shandong_2023)")
g.neg("房地产项目名单", "名单", "lexicalized 名单 'list'; 单 is not a quantity")

# ==== line 17 (source 127): 43．重大灾害“123”快速响应机制 ==========================================
g.neg("43．重大灾害", "43．", MARKER_NOTE)
g.neg("重大灾害“123”", "123", LABEL_NOTE + " (mechanism name “123”, from the 1st, 2nd and 3rd "
      "hours spelled out after it)")
RESP_NOTE = ("judgement call: a response-time rule of the existing mechanism (完善…机制, source "
             "line 79): the deadline 第N小时 'within the N-th hour after the disaster' read as a "
             "duration (小时 = 1/24 day, SPEC §3), the ordinal 第 outside the span like a bound "
             "word, bound eq (le is arguable); reading 第N小时 as ordinal time labels "
             "(negatives) is the alternative; " + GLOSS_NOW_NOTE)
fact("第1小时各级", "1小时", value=1 / 24, unit="day", kind="amount",
     metric="各级应急指挥系统全面运行时限",
     metric_alts=["应急指挥系统全面运行时限", "应急指挥系统运行时限", "应急指挥系统全面运行时间",
                  "重大灾害快速响应时限", "响应时限"], **GLOSS_NOW, note=RESP_NOTE)
fact("第2小时应急救援", "2小时", value=2 / 24, unit="day", kind="amount",
     metric="应急救援队伍全面派出时限",
     metric_alts=["应急救援队伍派出时限", "应急救援队伍全面派出时间", "重大灾害快速响应时限",
                  "响应时限"], **GLOSS_NOW, note=RESP_NOTE)
fact("第3小时救援", "3小时", value=3 / 24, unit="day", kind="amount",
     metric="救援工作全面展开时限",
     metric_alts=["救援工作展开时限", "救援工作全面展开时间", "重大灾害快速响应时限", "响应时限"],
     **GLOSS_NOW, note=RESP_NOTE)

# ==== line 18 (source 128): 44．防汛“1262”预警叫应机制 ============================================
g.neg("44．防汛", "44．", MARKER_NOTE)
g.neg("防汛“1262”", "1262", LABEL_NOTE + " (mechanism name “1262”, from the lead times 12, 6 "
      "and 2 hours spelled out after it)")
WX = YN_ALTS + ["气象部门"]
LEAD_NOTE = ("提前 N小时: the forecast lead time of the existing warning mechanism (完善…机制, "
             "source line 79), a rule in force; 小时 = 1/24 day (SPEC §3); the province keeps the "
             "subject, the weather service (气象部门) as alt; " + GLOSS_NOW_NOTE)
fact("提前12小时", "12小时", value=0.5, unit="day", kind="amount",
     metric="落区精细到县的强降水预报提前时间",
     metric_alts=["强降水预报提前时间", "预报提前时间", "强降水预报提前量",
                  "县级强降水预报提前时间", "提前预报时间"], subject_alts=WX, **GLOSS_NOW,
     note=LEAD_NOTE)
TOWN = ["强降水预报提前时间", "预报提前时间", "强降水预报提前量", "乡镇级强降水预报提前时间",
        "提前预报时间"]
fact("提前6小时", "6小时", value=0.25, unit="day", kind="amount",
     metric="落区精细到乡镇的强降水预报提前时间", metric_alts=TOWN, subject_alts=WX,
     **GLOSS_NOW, note="two lead times for the township-level forecast (6 h and 2 h); "
                       + LEAD_NOTE)
fact("提前2小时", "2小时", value=2 / 24, unit="day", kind="amount",
     metric="落区精细到乡镇的强降水预报提前时间", metric_alts=TOWN, subject_alts=WX,
     **GLOSS_NOW, note="the second township-level lead time; " + LEAD_NOTE)

# ==== lines 19-20 (source 129-130): 附件 / 2025年10件惠民实事 =====================================
g.neg("2025年10件惠民实事", "2025年", PERIOD_NOTE + " (title of the annex: the year of the "
      "projects, 2025; explicit in its line)")
fact("2025年10件惠民实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="惠民实事",
     metric_alts=["惠民实事数量", "2025年惠民实事", "年度惠民实事", "10件惠民实事"],
     period=S25, modality="target",
     note="the title counts the projects for 2025 (as 年度10件惠民实事 in wr_yunnan_2025_b and "
          "2025年省十件民生实事 in wr_guangdong_2025_c); 2025年 in the same line governs it "
          "(explicit); the plan's projects → target")

# ==== line 21-23 (source 131-133): 一、稳定和扩大就业 ============================================
g.neg("一、稳定和扩大就业", "一、", MARKER_NOTE)
fact("转移就业1500万人以上", "1500万人", value=1.5e7, unit="count", kind="count",
     classifier="人", bound="ge", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "农村劳动力转移就业规模", "转移就业",
                  "全省农村劳动力转移就业"], **ANNEX_LEVEL,
     note="以上 → ge (outside the span); the number of rural workers in transferred jobs "
          "during 2025 (a level, the end instant as alt); " + ANNEX_NOTE)
fact("城镇新增就业50万人以上", "50万人", value=500000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "实现城镇新增就业"], **ANNEX,
     note="以上 → ge; as the main target 50万人以上 in wr_yunnan_2025_c; " + ANNEX_NOTE)
fact("对10类重点就业群体", "10类", value=10, unit="count", kind="count", classifier="类",
     metric="重点就业群体",
     metric_alts=["重点就业群体类别", "重点就业群体类型", "重点就业群体数量",
                  "创业担保贷款支持的重点就业群体"], **ANNEX,
     note="judgement call: the categories of key groups the new guaranteed loans are to cover "
          "(as 8类以上 in wr_guangdong_2025_c) → a count, target; a part of the loans' metric "
          "(negative) is the alternative; " + ANNEX_NOTE)
fact("创业担保贷款不低于80亿元", "80亿元", value=80e8, unit="CNY", kind="amount",
     bound="ge", metric="新发放创业担保贷款",
     metric_alts=["创业担保贷款", "创业担保贷款发放", "新发放创业担保贷款金额", "发放创业担保贷款"],
     **ANNEX, note="不低于 → ge (outside the span); " + ANNEX_NOTE)
fact("支持不低于4万人创业", "4万人", value=40000, unit="count", kind="count",
     classifier="人", bound="ge", metric="支持创业",
     metric_alts=["支持创业人数", "创业人数", "扶持创业", "扶持创业人数"], **ANNEX,
     note="不低于 → ge; " + ANNEX_NOTE)

# ==== lines 24-26 (source 134-136): 二、深化“一老一小”关爱服务 ===================================
g.neg("二、深化", "二、", MARKER_NOTE)
g.neg("深化“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young')")
fact("参保人数达970万人", "970万人", value=9.7e6, unit="count", kind="count",
     classifier="人", metric="城镇职工基本养老保险参保人数",
     metric_alts=["城镇职工基本养老保险参保", "城镇职工养老保险参保人数", "基本养老保险参保人数",
                  "全省城镇职工基本养老保险参保人数"], **ANNEX_END,
     note="达 → eq; insured persons (a register) to be reached → the instant at the end of "
          "2025 (stock rule), the year and null as alts; target")
fact("参保率稳定在95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="基本养老保险参保率",
     metric_alts=["养老保险参保率", "参保率", "基本养老保险参保覆盖率"], **ANNEX_LEVEL,
     note="稳定在…以上 → ge (outside the span); a rate of a population kept at a level through "
          "the year (as 稳定在 in wr_guizhou_2025_b: the year, the end instant as alt); "
          + ANNEX_NOTE)
fact("开展6000户", "6000户", value=6000, unit="count", kind="count", classifier="户",
     metric="特殊困难高龄、失能、残疾老年人家庭居家适老化改造",
     metric_alts=["特殊困难老年人家庭居家适老化改造", "居家适老化改造", "适老化改造",
                  "特殊困难高龄、失能、残疾老年人家庭", "适老化改造家庭",
                  "特殊困难老年人家庭适老化改造"], **ANNEX, note=ANNEX_NOTE)
fact("不少于100万人次", "100万人次", value=1e6, unit="count", kind="count",
     classifier="人次", bound="ge", metric="服务覆盖学生和青少年",
     metric_alts=["学生和青少年心理健康服务覆盖", "心理健康服务覆盖学生和青少年",
                  "服务覆盖人次", "学生和青少年", "心理健康服务", "服务覆盖学生和青少年人次"],
     **ANNEX, note="不少于 → ge (outside the span); 人次 is a classifier; the students served by "
                   "the two mental-health campaigns; " + ANNEX_NOTE)

# ==== lines 27-28 (source 137-138): 三、实施银龄人才计划 ==========================================
g.neg("三、实施银龄", "三、", MARKER_NOTE)
ANNEX_SIL = "其中: part of the 3600, 引进留用 shared; " + ANNEX_NOTE
fact("引进留用3600名", "3600名", value=3600, unit="count", kind="count", classifier="名",
     metric="高层次银龄人才", metric_alts=SIL, **ANNEX,
     note="the 2025 share of the 3-year goal of 1万名 (glossary item 40); " + ANNEX_NOTE)
fact("银龄教师1550名", "1550名", value=1550, unit="count", kind="count", classifier="名",
     metric="银龄教师", metric_alts=["引进留用银龄教师", "银龄教师人数"], **ANNEX,
     note=ANNEX_SIL)
fact("银龄医师1000名", "1000名", value=1000, unit="count", kind="count", classifier="名",
     metric="银龄医师", metric_alts=["引进留用银龄医师", "银龄医师人数"], **ANNEX,
     note=ANNEX_SIL)
fact("银龄工程师650名", "650名", value=650, unit="count", kind="count", classifier="名",
     metric="银龄工程师", metric_alts=["引进留用银龄工程师", "银龄工程师人数"], **ANNEX,
     note=ANNEX_SIL)
fact("银龄科技人才100名", "100名", value=100, unit="count", kind="count", classifier="名",
     metric="银龄科技人才", metric_alts=["引进留用银龄科技人才", "银龄科技人才人数"], **ANNEX,
     note=ANNEX_SIL)
fact("银龄技师300名", "300名", value=300, unit="count", kind="count", classifier="名",
     metric="银龄技师", metric_alts=["引进留用银龄技师", "银龄技师人数"], **ANNEX,
     note=ANNEX_SIL)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_yunnan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (it starts mid-glossary, as unseen test excerpts are cut). It lies "
    "after the body of the report: items 27-44 of the glossary 名词解释 (heading on source line "
    "84, outside the excerpt), which define terms of the 2025 plan (三、2025年重点任务), then "
    "the annex (附件) 2025年10件惠民实事 with projects 一、…三、 (jobs, the old and the young, "
    "silver-age talent) and their 年度目标 for 2025. Lines 7-18 and 21-38 are annotated in "
    "wr_yunnan_2025 / _b / _c (no overlap). Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; the title as the source's first line). Date: 2025-01-18, "
    "the delivery date in the report's header (source line 3: ——2025年1月18日在云南省第十四届"
    "人民代表大会第三次会议上); the corpus meta agrees. Place: 云南省 (云南, 全省, 我省 → alts); "
    "上海市 owns its 16 districts; the “1+1+N” system owns its composition; the weather "
    "service is an alt of the forecast lead times. Periods: the glossary states no period "
    "and is framed by none → period null, with the plan year 2025 as alt for programme "
    "designs and goals (target) and the reference date and 2025 as alts for existing counts "
    "and rules in force (actual); explicit periods inside entries govern their clauses: "
    "（2025—2027年） for 7个/22个/13个, 用3年时间 (read 2025-2027, null as alt) for the silver-age "
    "talent goals. The annex: the title's 2025年 governs 10件 (explicit); each project line "
    "opens with 年度目标 (年度 = 2025, explicit, null as alt); 参保人数达970万人 → instant "
    "2025-12-31 (stock); 稳定在95%以上 and 1500万人 转移就业 → the year with the end instant as "
    "alt. Modality: target for the plan's programmes and the annex; actual for 上海16个区, 16个"
    "州（市） and the rules of the two existing mechanisms (123, 1262). Bounds: 左右 → approx "
    "(2000人（含…）左右 and 300人（其中…）左右: the 左右 after the parenthesis applies to the "
    "number before it; the parts inside are eq); 以上/不低于/不少于 → ge. Units: 小时 → day "
    "(1/24); 万平方米 → m2; 万人/万名/万人次/户/类/件 → counts. Judgement calls: 第1/2/3小时 "
    "→ response-time facts (1/24, 2/24, 3/24 day; 第 outside the span); 提前12/6/2小时 → lead "
    "times (0.5, 0.25, 1/12 day); 3个“三年行动” → a count (target); “7个专项行动” → a quoted "
    "label (negative); 用3年时间 → a period (negative), not a duration fact; 5个国家 → an "
    "appositive (negative); 1个/1个 of the “1+1+N” system → counts; 10类重点就业群体 → a count; "
    "annex title 10件 → a count (as wr_yunnan_2025_b). Negatives: item numbers 27．…44． and "
    "一、二、三、, 三个一律, 一律, 第三轮, 7个专项行动, 2.0版, 1+1+N, 二级, 一对一园一策, 一个, "
    "三免三便利, 5个, 三个意义, 十县百乡千村万户, 六大, 三年 ×4, 第1个/第2个/第3个, "
    "2025—2027年, 2028—2030年, 2031—2033年, Ⅴ类, 一批, 万人计划, 3年时间, 名单 ×2, 123, 1262, "
    "2025年, 一老一小. Lexicalized, not listed: 统一 (维护统一), 单位 (主办单位 ×3).")

g.write(date=REF, source=f"shared/texts/work_report/wr_yunnan_2025.txt lines {FIRST}–{LAST} "
        "(来源：北京日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
