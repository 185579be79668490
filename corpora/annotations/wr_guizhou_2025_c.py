"""Gold annotations for wr_guizhou_2025_c (2025年贵州省政府工作报告, the 2025 plan: safety,
stability and livelihood), lines 57-65 of shared/texts/work_report/wr_guizhou_2025.txt.

The excerpt corpora/heldout/wr_guizhou_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the last two paragraphs
of task （八） 牢牢守住安全底线 (严守安全生产底线, 全力维护社会和谐稳定), task （九） 持续保障和
改善民生 in full (heading, jobs, health care, social security, culture and sport, defence
and mass organisations) and the paragraph of the “十件民生实事” for 2025 (今年将继续统筹安排
财力…（1）…（10）).  All of it lies in part 二、2025年主要目标任务 (heading on source line 22,
outside the excerpt): the plan for 2025.  Lines 10-12 and 15-17 are annotated in
wr_guizhou_2025 / wr_guizhou_2025_b (no overlap).  Facts and negatives are written by hand
from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_guizhou_2025_c.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guizhou_2025_c"
PLACE = "贵州省"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / "wr_guizhou_2025.txt"
FIRST, LAST = 57, 65                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年贵州省政府工作报告"
GZ_ALTS = ["贵州", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="严守安全生产底线。",
                 ends="让人民群众生活一年更比一年好！")
text = g.text
fact = g.with_subject(PLACE, GZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier {} (README §2), not a quantity"
PLAN3_NOTE = "name of a three-year plan or campaign (三年行动), not a duration fact"
SET_LABEL_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"
EDITION_NOTE = "edition label of an event or survey ({}), not a count or rank"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
GRADE_NOTE = "grade / level label {}, not a quantity (as 三级联审机制 in wr_yunnan_2025_c)"
THRESH_NOTE = ("threshold defining the counted set ({}; SPEC §2), part of the metric, not a "
               "fact of its own")
LIST_NAME_NOTE = ("name of the annual list “十件民生实事” (the ten livelihood projects), a set "
                  "label, not a count claim — as wr_guizhou_2025_b (“十件民生实事”全面完成) in the "
                  "same report; judgement call (wr_guangdong_2025_c reads an unquoted title "
                  "十件 as a count)")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The excerpt lies in part 二、2025年主要目标任务 (heading on source line 22, outside the
# excerpt; 今年是“十四五”规划收官之年, source line 23): the tasks for 2025 → modality target.
# Lines 1-8 of the excerpt (source 57-64) name no period of their own: their numbers take the
# section frame 2025-01-01..2025-12-31 (SPEC §4) with the null reading in period_alts (as
# wr_yunnan_2025_c / wr_henan_2025_c).  The heading's 2025年 is outside the excerpt, so the
# period text is the excerpt's own word for the plan year, 今年 (line 9; as wr_xinjiang_2025_b
# takes its 全年): only the dates are scored.  Line 9 (source 65)
# opens with 今年 (= 2025): explicit, it governs the whole line (the ten projects), no alt.
# Counts of things to be built or added → the year with the end instant as a further alt (the
# set as a stock, PLAN_SET as wr_guangdong_2025_c); a ratio of stocks to be reached (每千人口
# 托位数) → the instant 2025-12-31 with the year and null as alts (PLAN_END).
S25 = P("今年", "2025-01-01", "2025-12-31")
S25_NULL = P("今年", None, None)
S25_END = P("今年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
T25 = P("今年", "2025-01-01", "2025-12-31")
T25_END = P("今年", "2025-12-31", "2025-12-31")
NOW = dict(period=T25, modality="target")
NOW_SET = dict(period=T25, period_alts=[T25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "二、2025年主要目标任务 (source line 22; period text 今年, the excerpt's word for "
             "2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
NOW_NOTE = ("one of the ten livelihood projects for 2025 → target; 今年 at the head of the "
            "line governs it (explicit)")
NOW_SET_NOTE = NOW_NOTE + "; things to be built/added: the end instant as alt"


# ==== line 1 (source 57): 严守安全生产底线 (no facts) ==============================================
g.neg("安全生产治本攻坚三年行动", "三年", PLAN3_NOTE + " (安全生产治本攻坚三年行动, as "
      "wr_guizhou_2025_b)")

# ==== line 2 (source 58): 全力维护社会和谐稳定 (no facts) ==========================================
g.neg("化解“两拖欠”", "两拖欠", LABEL_NOTE + " (“两拖欠”: arrears owed to firms and to migrant "
      "workers)")

# ==== line 3 (source 59): heading （九） ==========================================================
g.neg("（九）持续保障", "（九）", MARKER_NOTE)
g.neg("集中力量办成一批", "一批", VAGUE_NOTE.format("一批 'a batch of'"))

# ==== line 4 (source 60): 千方百计稳定和扩大就业 ===================================================
g.neg("千方百计稳定", "千方百计", "idiom 千方百计 'by every possible means', not a quantity")
g.neg("“六六就业稳岗计划”", "六六", LABEL_NOTE + " (“六六就业稳岗计划”, the province's jobs "
      "programme, as wr_guizhou_2025_b)")
g.neg("大力推广“订单班”", "订单", "lexicalized 订单 'order' (订单班 'order-based class'); 单 is "
      "not a quantity (as nw_cctv_20240319_central_2024)")
fact("完成职业技能培训60万人次", "60万人次", value=600000, unit="count", kind="count",
     classifier="人次", metric="职业技能培训",
     metric_alts=["完成职业技能培训", "职业技能培训人次", "职业技能培训规模", "开展职业技能培训",
                  "培训"], **PLAN,
     note="人次 is a classifier (SPEC §3); the metric as the 2024 figure 61.75万人次 in "
          "wr_guizhou_2025_b; " + PLAN_NOTE)
g.neg("健全县乡村三级就业", "三级", GRADE_NOTE.format("三级 (the three-tier county-township-"
      "village employment service system)"))
g.neg("省外就业服务“一张网”", "一张网", "slogan/metaphor “一张网” 'one network', not a count "
      "(as nw_cctv_20201205_hainan_ftp_2020)")
g.neg("县域零工市场", "零工", "lexicalized 零工 'odd jobs, casual work' (零工市场), not a "
      "quantity (as 零就业家庭 in wr_xinjiang_2025_b)")

# ==== line 5 (source 61): 提升医疗卫生服务能力 ====================================================
g.neg("深入实施“七个专项行动”", "七个专项行动", LABEL_NOTE + " (quoted programme name “七个专项"
      "行动”, the seven special health campaigns, as wr_yunnan_2025's quoted labels), not a "
      "count claim — judgement call")
g.neg("健全完善五级医疗", "五级", GRADE_NOTE.format("五级 (the five-tier medical service "
      "system)"))
fact("加快建设5个国家区域医疗中心", "5个", value=5, unit="count", kind="count",
     classifier="个", metric="国家区域医疗中心二期项目",
     metric_alts=["国家区域医疗中心二期项目建设", "国家区域医疗中心项目", "国家区域医疗中心",
                  "加快建设的国家区域医疗中心二期项目", "国家区域医疗中心二期项目数量",
                  "在建国家区域医疗中心二期项目"],
     period=S25, period_alts=[S25_NULL, P("今年", REF, REF)],
     note="judgement call: the projects already under construction (3 were started in 2024, "
          "wr_guizhou_2025_b) whose building the plan speeds up (加快建设) — the size of an "
          "existing set, not a goal → actual (as 壮大19个省级先进制造业集群 in "
          "wr_yunnan_2025_c); section frame 2025 with null and the reference date as alts; "
          "target is the alternative reading")
g.neg("医疗中心二期项目", "二期", PHASE_NOTE.format("二期 (second phase)"))
g.neg("北京协和医院贵州医院一期", "一期", PHASE_NOTE.format("一期 (first phase)"))
g.neg("四川大学华西医院", "四川", NAME_NOTE.format("四川大学华西医院, a hospital"))
fact("加强66个脱贫县", "66个", value=66, unit="count", kind="count", classifier="个",
     metric="脱贫县基层医疗卫生机构能力建设",
     metric_alts=["脱贫县", "脱贫县数量", "加强基层医疗卫生机构能力建设的脱贫县",
                  "脱贫县基层医疗卫生机构", "基层医疗卫生机构能力建设脱贫县"], **PLAN,
     note="the counties whose basic medical institutions are to be strengthened in 2025 (the "
          "task's scope) → target — judgement call: 66 is also the province's whole set of "
          "脱贫县 (an actual count); " + PLAN_NOTE)
fact("和3000个村卫生室", "3000个", value=3000, unit="count", kind="count", classifier="个",
     metric="村卫生室能力建设",
     metric_alts=["村卫生室", "村卫生室数量", "加强能力建设的村卫生室", "村卫生室能力建设数量"],
     **PLAN, note="village clinics to be strengthened in 2025 (verb 加强…能力建设 shared); "
                  + PLAN_NOTE)

# ==== line 6 (source 62): 加强社会保障服务 =========================================================
g.neg("每千人口拥有3岁", "千人口", "denominator 每千人口 ('per 1,000 people') of the metric of "
      "4.5个, not a fact (as wr_guizhou_2025_b)")
g.neg("拥有3岁以下婴幼儿", "3岁", THRESH_NOTE.format("3岁以下婴幼儿, the age limit of the "
      "infants"))
fact("托位数达到4.5个", "4.5个", value=4.5, unit="count", kind="count", classifier="个",
     metric="每千人口拥有3岁以下婴幼儿托位数",
     metric_alts=["每千人口拥有婴幼儿托位数", "每千人口婴幼儿托位数", "婴幼儿托位数", "托位数",
                  "千人口托位数", "每千人口托位数"], **PLAN_END,
     note="达到 → eq; places per 1,000 people (a ratio of stocks; 4个以上 at the end of 2024 in "
          "wr_guizhou_2025_b) to be reached → the instant at the end of the 2025 frame (stock "
          "rule), the year and null as alts; target")
g.neg("春节一次性慰问补贴", "一次性", "adverb 一次性 'one-off', not a count (as "
      "wr_guizhou_2025_b)")

# ==== line 7 (source 63): 繁荣发展文化体育事业 (no facts) ==========================================
g.neg("健全“四大文化工程”", "四大", SET_LABEL_NOTE + " (“四大文化工程”, as wr_guizhou_2025_b)")
g.neg("推进第四次全国文物普查", "第四次", EDITION_NOTE.format("第四次全国文物普查, the fourth "
      "national survey of cultural relics"))
g.neg("加快万山朱砂矿", "万山", NAME_NOTE.format("万山, a district of 铜仁 (万山朱砂矿)"))
g.neg("贵州三叠纪化石群", "三叠纪", NAME_NOTE.format("三叠纪 'Triassic', a geological period "
      "in the name 贵州三叠纪化石群"))
g.neg("举办省第八届少数民族", "第八届", EDITION_NOTE.format("省第八届少数民族文艺会演"))
g.neg("加大“三大球”", "三大球", LABEL_NOTE + " (“三大球”: football, basketball and volleyball "
      "as a group), not a count")
g.neg("推进“15分钟健身圈”", "15分钟", "part of the programme name “15分钟健身圈” (the "
      "'15-minute fitness circle'), a label, not a measured duration (as wr_chongqing_2025 "
      "“15分钟高品质生活服务圈”) — judgement call")
g.neg("备战第十五届全国运动会", "第十五届", EDITION_NOTE.format("第十五届全国运动会"))
g.neg("和第十二届全国残运会", "第十二届", EDITION_NOTE.format("第十二届全国残运会"))

# ==== line 8 (source 64): 国防, 群团 (no facts) ===================================================
g.neg("广泛开展双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民), not a count")
g.neg("慈善、红十字", "红十字", "organisation name 红十字 (Red Cross); 十字 'cross', not a "
      "number (as wr_xinjiang_2025_b)")

# ==== line 9 (source 65): 今年…“十件民生实事” (1)-(10) ============================================
g.neg("今年将继续统筹", "今年", PERIOD_NOTE + " (今年 = 2025, explicit at the head of the "
      "line: governs the ten projects)")
g.neg("扎实办好“十件民生实事”", "十件", LIST_NAME_NOTE)
g.neg("（1）促进", "（1）", MARKER_NOTE)
g.neg("完成高职院校“订单班”", "订单", "lexicalized 订单 'order' (订单班), not a quantity")
fact("“订单班”就业2万人", "2万人", value=20000, unit="count", kind="count", classifier="人",
     metric="高职院校“订单班”就业",
     metric_alts=["高职院校订单班就业", "“订单班”就业", "订单班就业", "高职院校“订单班”就业人数",
                  "订单班就业人数", "完成高职院校“订单班”就业"], **NOW,
     note="verb 完成 distributes over the four job figures; " + NOW_NOTE)
fact("专升本2万人", "2万人", value=20000, unit="count", kind="count", classifier="人",
     metric="专升本", metric_alts=["专升本人数", "完成专升本", "专升本招生", "专升本规模"],
     **NOW, note=NOW_NOTE)
fact("失业人员再就业13万人", "13万人", value=130000, unit="count", kind="count",
     classifier="人", metric="失业人员再就业",
     metric_alts=["失业人员再就业人数", "再就业", "城镇失业人员再就业"], **NOW, note=NOW_NOTE)
fact("就业困难人员就业7万人", "7万人", value=70000, unit="count", kind="count",
     classifier="人", metric="就业困难人员就业",
     metric_alts=["就业困难人员就业人数", "就业困难人员实现就业", "就业困难人员"], **NOW,
     note=NOW_NOTE)
g.neg("（2）不断", "（2）", MARKER_NOTE)
fact("中小学和幼儿园60所", "60所", value=60, unit="count", kind="count", classifier="所",
     metric="新建、改扩建中小学和幼儿园",
     metric_alts=new("中小学和幼儿园", "新建改扩建中小学和幼儿园", "新建和改扩建中小学和幼儿园",
                     "新建、改扩建中小学和幼儿园数量"), **NOW_SET,
     note="schools to be built or enlarged (208所 in 2024, wr_guizhou_2025_b); " + NOW_SET_NOTE)
g.neg("（3）扩大", "（3）", MARKER_NOTE)
fact("改造老旧病房10万平方米", "10万平方米", value=1e5, unit="m2", kind="amount",
     metric="改造老旧病房",
     metric_alts=["老旧病房改造", "老旧病房改造面积", "改造老旧病房面积", "老旧病房"], **NOW,
     note="万平方米 ×1e4, unit m2; " + NOW_NOTE)
fact("床位2000张", "2000张", value=2000, unit="count", kind="count", classifier="张",
     metric="改造老旧病房床位",
     metric_alts=["床位", "改造床位", "老旧病房床位", "床位数", "改造病房床位"], **NOW,
     note="the beds of the wards to be renovated (verb 改造 shared with 10万平方米); "
          + NOW_NOTE)
fact("新建县域医疗次中心50个", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="县域医疗次中心",
     metric_alts=new("县域医疗次中心", "新建县域医疗次中心", "医疗次中心"), **NOW_SET,
     note="as 县域医疗次中心50个 of 2024 (wr_guizhou_2025_b); " + NOW_SET_NOTE)
g.neg("（4）完善", "（4）", MARKER_NOTE)
g.neg("完善“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young', as "
      "wr_guizhou_2025_b)")
fact("新增100个示范性", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="示范性城乡社区养老服务设施",
     metric_alts=new("示范性城乡社区养老服务设施", "新增示范性城乡社区养老服务设施",
                     "城乡社区养老服务设施", "社区养老服务设施"), **NOW_SET,
     note="新增 N: added in 2025, 增量 alts (README §3); " + NOW_SET_NOTE)
fact("打造30个标准化", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="标准化养老机构",
     metric_alts=new("标准化养老机构", "打造标准化养老机构", "养老机构"), **NOW_SET,
     note=NOW_SET_NOTE)
fact("为2万名特殊困难", "2万名", value=20000, unit="count", kind="count", classifier="名",
     metric="居家上门服务特殊困难老年人",
     metric_alts=["特殊困难老年人", "提供居家上门服务的特殊困难老年人", "居家上门服务",
                  "特殊困难老年人居家上门服务", "居家上门服务老年人", "特殊困难老年人人数"],
     **NOW, note="the predicate (提供居家上门服务) defines the counted elderly; " + NOW_NOTE)
fact("完成8000户", "8000户", value=8000, unit="count", kind="count", classifier="户",
     metric="特殊困难老年人家庭适老化改造",
     metric_alts=["特殊困难老年人家庭", "适老化改造", "适老化改造家庭",
                  "完成特殊困难老年人家庭适老化改造", "特殊困难老年人家庭适老化改造户数",
                  "实施适老化改造的特殊困难老年人家庭"], **NOW,
     note="as 适老化改造7801户 of 2024 (wr_guizhou_2025_b); " + NOW_NOTE)
fact("实施3个市级儿童福利机构", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="市级儿童福利机构优化提质项目",
     metric_alts=["市级儿童福利机构优化提质", "儿童福利机构优化提质项目", "市级儿童福利机构",
                  "市级儿童福利机构优化提质项目数量", "儿童福利机构"], **NOW, note=NOW_NOTE)
fact("新增床位470张", "470张", value=470, unit="count", kind="count", classifier="张",
     metric="儿童福利机构床位",
     metric_alts=new("床位", "新增床位", "市级儿童福利机构床位", "儿童福利机构床位增量"),
     **NOW_SET, note="beds added by the three projects; 新增 N, 增量 alts; " + NOW_SET_NOTE)
fact("实施250个儿童之家", "250个", value=250, unit="count", kind="count", classifier="个",
     metric="儿童之家服务能力提升项目",
     metric_alts=["儿童之家服务能力提升", "儿童之家", "儿童之家服务能力提升项目数量",
                  "实施儿童之家服务能力提升项目"], **NOW, note=NOW_NOTE)
g.neg("（5）提升", "（5）", MARKER_NOTE)
fact("对全省957个", "957个", value=957, unit="count", kind="count", classifier="个",
     metric="50户以上农村木质房屋连片村寨",
     metric_alts=["农村木质房屋连片村寨", "木质房屋连片村寨", "连片村寨",
                  "实施“水改”“电改”的农村木质房屋连片村寨", "50户以上农村木质房屋连片村寨数量",
                  "实施水改电改的村寨"], **NOW,
     note="the villages whose water and power supply is to be refitted (“水改”“电改”) in "
          "2025; the size threshold 50户以上 is part of the metric (negative); " + NOW_NOTE)
g.neg("957个50户以上", "50户", THRESH_NOTE.format("50户以上, the size of the wooden-house "
      "villages counted"))
g.neg("（6）推进", "（6）", MARKER_NOTE)
fact("改建16万户", "16万户", value=160000, unit="count", kind="count", classifier="户",
     metric="农村户用卫生厕所",
     metric_alts=["新建、改建农村户用卫生厕所", "农村卫生厕所", "户用卫生厕所", "卫生厕所",
                  "新建改建农村户用卫生厕所", "农村户用卫生厕所数量", "农村改厕"], **NOW_SET,
     note="户 is the classifier (one toilet per household, SPEC §3 户); " + NOW_SET_NOTE)
fact("完成400个行政村", "400个", value=400, unit="count", kind="count", classifier="个",
     metric="农村生活污水治理（管控）行政村",
     metric_alts=["农村生活污水治理(管控)行政村", "农村生活污水治理行政村", "行政村",
                  "完成农村生活污水治理的行政村", "农村生活污水治理", "行政村数量",
                  "农村生活污水治理（管控）"], **NOW, note=NOW_NOTE)
g.neg("（7）强化", "（7）", MARKER_NOTE)
fact("选派1200名以上", "1200名", value=1200, unit="count", kind="count", classifier="名",
     bound="ge", metric="科技特派员",
     metric_alts=["选派科技特派员", "科技特派员人数", "选派到基层的科技特派员"], **NOW,
     note="以上 → ge (outside the span); " + NOW_NOTE)
g.neg("（8）提升", "（8）", MARKER_NOTE)
fact("生命防护工程8000公里", "8000公里", value=8e6, unit="m", kind="amount",
     metric="农村公路安全生命防护工程",
     metric_alts=["农村公路安全生命防护工程里程", "安全生命防护工程", "实施农村公路安全生命防护工程",
                  "农村公路安全生命防护工程长度"], **NOW, note="公里 = 1e3 m; " + NOW_NOTE)
fact("普通公路危桥200座", "200座", value=200, unit="count", kind="count", classifier="座",
     metric="普通公路危桥",
     metric_alts=["改造普通公路危桥", "危桥", "危桥改造", "普通公路危桥改造", "普通公路危桥数量"],
     **NOW, note=NOW_NOTE)
g.neg("启动新一轮", "一轮", "新一轮 'a new round', not a count")
g.neg("（9）持续", "（9）", MARKER_NOTE)
fact("在161个国家", "161个", value=161, unit="count", kind="count", classifier="个",
     metric="国家4A级以上旅游景区",
     metric_alts=["4A级以上旅游景区", "旅游景区", "实施“平安黔哨”工程的旅游景区",
                  "4A级以上景区", "国家4A级以上旅游景区数量"], **NOW,
     note="the scenic areas where the 平安黔哨 scheme is to be carried out; the grade 4A级以上 "
          "is part of the metric (negative); " + NOW_NOTE)
g.neg("国家4A级以上", "4A级", GRADE_NOTE.format("4A级 (以上), the grade of the scenic areas "
      "counted (as cm_qiandongnan_2023)"))
fact("完成200个乡镇", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="乡镇专职消防队",
     metric_alts=["乡镇专职消防队提质强能", "专职消防队", "完成提质强能的乡镇专职消防队",
                  "乡镇专职消防队数量"], **NOW, note=NOW_NOTE)
fact("增设2万个", "2万个", value=20000, unit="count", kind="count", classifier="个",
     metric="电动自行车充电端口",
     metric_alts=new("电动自行车充电端口", "增设电动自行车充电端口", "充电端口"), **NOW_SET,
     note="增设 N: added in 2025, 增量 alts; " + NOW_SET_NOTE)
g.neg("（10）丰富", "（10）", MARKER_NOTE)
fact("建成250个社区", "250个", value=250, unit="count", kind="count", classifier="个",
     metric="社区健身路径或3人制篮球场",
     metric_alts=new("社区健身路径或3人制篮球场", "社区健身路径或三人制篮球场", "社区健身路径",
                     "3人制篮球场", "健身路径", "建成社区健身路径或3人制篮球场"), **NOW_SET,
     note=NOW_SET_NOTE)
g.neg("或3人制篮球场", "3人制", "format label 3人制 (three-a-side basketball), part of the "
      "counted noun, not a quantity")
fact("器材补充维护更新400个", "400个", value=400, unit="count", kind="count", classifier="个",
     metric="“农体工程”器材补充维护更新",
     metric_alts=["农体工程器材补充维护更新", "“农体工程”器材", "农体工程器材", "器材补充维护更新",
                  "“农体工程”器材补充维护更新数量"], **NOW, note=NOW_NOTE)
fact("建成300个乒乓球", "300个", value=300, unit="count", kind="count", classifier="个",
     metric="乒乓球健身设施",
     metric_alts=new("乒乓球健身设施", "建成乒乓球健身设施", "健身设施"), **NOW_SET,
     note=NOW_SET_NOTE)
g.neg("“十件民生实事”是政府", "十件", LIST_NAME_NOTE)
g.neg("我们一定说到做到", "一定", "adverb 一定 'certainly', not a quantity")
g.neg("生活一年更比一年好", "一年", "idiom 一年更比一年好 'better year after year', not a "
      "quantity", nth=0)
g.neg("更比一年好", "一年", "idiom 一年更比一年好 (second 一年), not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guizhou_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 二、2025年主要目标任务 (source line 22, outside the excerpt), the "
    "plan for 2025: the last two paragraphs of task （八） (work safety, social stability), "
    "task （九） (jobs, health care, social security, culture and sport, defence and mass "
    "organisations) in full and the paragraph of the ten livelihood projects for 2025 "
    "(“十件民生实事” (1)-(10)). Lines 10-12 and 15-17 are annotated in wr_guizhou_2025 / _b (no "
    "overlap). Title line, source line and dateline are outside the excerpt "
    "(title_in_text=False; the title as the source's first line). Date: 2025-01-19, the "
    "delivery date in the report's dateline (source line 3: ——2025年1月19日在贵州省第十四届人民"
    "代表大会第三次会议上); the corpus meta agrees. Place: 贵州省 (贵州, 全省, 我省 → alts). "
    "Periods: lines 1-8 state no period: section frame 2025 (2025-01-01..2025-12-31, null "
    "as alt; period text 今年, the excerpt's own word for the plan year, since the heading's "
    "2025年 lies outside it); line 9 opens with 今年 (= 2025, "
    "explicit, no alt) and governs the ten projects. Counts of things to build or add → the "
    "year with the end instant as alt; 每千人口托位数达到4.5个 → the instant 2025-12-31 (year "
    "and null as alts). Modality: target throughout (plan, 确保/完成/加快/新建/新增/实施…), "
    "except 加快建设5个国家区域医疗中心二期项目 (projects already under way → actual, judgement "
    "call, as wr_yunnan_2025_c 19个集群). Bounds: 以上 → ge; the rest eq (达到, no bound word). "
    "Units: 万人次/万人/万名/万户/万个 → counts; 万平方米 → m2; 公里 → m. Judgement calls: "
    "“十件民生实事” ×2 and “七个专项行动” → quoted list/programme names (negatives, as "
    "wr_guizhou_2025_b); 15分钟 (健身圈) → label; 66个脱贫县 and 957个村寨 → target (the "
    "tasks' scope, though each is the province's whole set); 床位2000张 → beds of the wards "
    "to be renovated; 3人制, 4A级, 50户 (以上) → labels/thresholds of the counted sets "
    "(negatives). Negatives: 三年, 两拖欠, （九）, 一批, 千方百计, 六六, 订单 ×2, 三级, 一张网, "
    "零工, 七个专项行动, 五级, 二期, 一期, 四川, 千人口, 3岁, 一次性, 四大, 第四次, 万山, 三叠纪, "
    "第八届, 三大球, 15分钟, 第十五届, 第十二届, 双拥, 红十字, 今年, 十件 ×2, （1）…（10）, "
    "50户, 一轮, 4A级, 3人制, 一定, 一年 ×2. Lexicalized, not listed: 一体 (一体化), 统一, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guizhou_2025.txt lines {FIRST}–{LAST} "
        "(来源：贵州日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
