"""Gold annotations for wr_anhui_2025_g (2025年安徽省政府工作报告, the end of the 2024 review:
livelihood, culture, safety, the government's own work, thanks and problems), lines 25-32 of
shared/texts/work_report/wr_anhui_2025.txt.

The excerpt corpora/wr_anhui_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief: review item （七）
着力保障改善民生 (heading paragraph: livelihood spending, jobs, education, hospitals,
childcare, elderly care, rental housing; and 文化传承保护和创新发展: archaeology, traditional
buildings, awards, public cultural spaces), item （八） 更好统筹发展和安全 (risks, work
safety, petitions; and 军政军民团结), the paragraph on the government's own work (一年来，
我们加强政府自身改革创新…: commitments honoured, administrative review, regulations,
proposals), 各位代表！, the thanks (总结过去一年…) and the problems (我们也清醒看到…).  All of
it lies in part 一、2024年工作回顾 (heading on source line 6, outside the excerpt).  Lines 6-16,
18-24, 33-46, 48-59, 67-77 and 79-89 are annotated in wr_anhui_2025 / _c / _b / _e / _d / _f
(no overlap).  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_anhui_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_anhui_2025_g"
PLACE = "安徽省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_anhui_2025.txt"
FIRST, LAST = 25, 32                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年安徽省政府工作报告"       # line 1 of the source, outside the excerpt
AH_ALTS = ["安徽", "全省", "我省"]
GOV_ALTS = AH_ALTS + ["安徽省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（七）着力保障改善民生",
                 ends="不辜负全省人民的期待和重托！")
text = g.text
fact = g.with_subject(PLACE, AH_ALTS)
gov = g.with_subject(PLACE, GOV_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
SET_NOTE = "N大 + category, a set label (README §2 八大), not a count claim"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 一、2024年工作回顾 (heading on source line 6, outside): the
# review of 2024 → modality actual.  Lines 1-4 (source 25-28: items （七）, （八） and their
# second paragraphs) state no period of their own: they take the section frame 2024 with the
# heading's period text 2024年, the null reading in period_alts (SPEC §4; as wr_anhui_2025).
# Line 5 (source 29) opens with 一年来 (= 2024), which governs the whole line: period text
# 一年来, 2024-01-01..2024-12-31, null as alt (as wr_gansu_2025_e).  Lines 6-8 (各位代表！,
# thanks, problems) hold no figure.  Stocks (centres all open, a standard in force, a
# cumulative ranking) → the instant 2024-12-31 with the year and null as alts; the completion
# rate of the year's 保交房 task → the year with the year end as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
Y24_NULL = P("2024年", None, None)
Y24_END = P("2024年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"
YL = P("一年来", "2024-01-01", "2024-12-31")
GOVFLOW = dict(period=YL, period_alts=[P("一年来", None, None)])
GOV_NOTE = ("一年来 (= 2024) opens the line and governs it; a flow of the year; the provincial "
            "government's own work → the province, the government as alt")
CUT_NOTE = ("压缩/减少 X% = a relative cut → growth, negative (as wr_guizhou_2025_b 压减15%); "
            "the basis is the procedure before the reform (no surface basis, comparison left at "
            "the growth default)")

# ==== line 1 (source 25): （七） livelihood ======================================================
g.neg("（七）着力保障", "（七）", MARKER_NOTE)
fact("投入567亿元", "567亿元", value=567e8, unit="CNY", kind="amount",
     metric="民生实事投入",
     metric_alts=["民生实事资金", "办好民生实事投入", "民生实事投入资金", "投入", "民生实事",
                  "投入资金", "民生实事支出"], **FLOW,
     note="spending on the year's livelihood projects (投入…办好民生实事); 亿元 ×1e8")
fact("开发政策性岗位21.1万个", "21.1万个", value=211000, unit="count", kind="count",
     classifier="个", metric="政策性岗位",
     metric_alts=["开发政策性岗位", "政策性岗位数量", "岗位", "开发的政策性岗位"], **FLOW,
     note="posts created in 2024 (开发); 万个 ×1e4")
g.neg("“三公里”就业圈", "三公里", LABEL_NOTE + " (“三公里”就业圈 'three-kilometre job circle', "
      "as wr_anhui_2025_f)")
fact("每天开设一节体育课", "一节", value=1, unit="count", kind="count", classifier="节",
     metric="义务教育阶段学校每天体育课",
     metric_alts=["每天体育课", "体育课", "每天开设体育课", "义务教育阶段学校每天开设体育课",
                  "义务教育阶段学校每天体育课节数", "每天体育课节数", "体育课节数"],
     subject_alts=AH_ALTS + ["义务教育阶段学校"], **STOCK,
     note="judgement call: 一节 is the quantity of the rule ('one PE lesson every day', not "
          "the article 一), so a count fact (1 节) with 每天 in the metric; a school standard "
          "introduced in 2024 and in force at year end → " + STOCK_NOTE + "; the reading as "
          "a negative is the alternative")
fact("新增博士点23个", "23个", value=23, unit="count", kind="count", classifier="个",
     metric="博士点",
     metric_alts=new("博士点", "新增博士点", "博士学位授权点"), **FLOW, note=NEW_NOTE)
fact("硕士点90个", "90个", value=90, unit="count", kind="count", classifier="个",
     metric="硕士点",
     metric_alts=new("硕士点", "新增硕士点", "硕士学位授权点"), **FLOW,
     note="verb 新增 shared with 23个; " + NEW_NOTE)
fact("9个国家区域医疗中心", "9个", value=9, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=["开诊的国家区域医疗中心", "国家区域医疗中心数量", "国家区域医疗中心开诊",
                  "全部开诊的国家区域医疗中心", "区域医疗中心"], **STOCK,
     note="the province's national regional medical centres, all open by the end of 2024 "
          "(全部开诊, a register) → " + STOCK_NOTE)
fact("医疗中心7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="省级区域（专科）医疗中心",
     metric_alts=new("省级区域（专科）医疗中心", "新布局省级区域（专科）医疗中心",
                     "省级区域(专科)医疗中心", "省级区域医疗中心", "省级专科医疗中心",
                     "省级区域专科医疗中心"), **FLOW,
     note="centres newly laid out (新布局) in 2024; 增量 alts (README §3)")
fact("25所县级公立医院", "25所", value=25, unit="count", kind="count", classifier="所",
     metric="新晋三级医院的县级公立医院",
     metric_alts=["县级公立医院", "新晋三级医院", "县级公立医院新晋三级医院",
                  "新晋三级医院的县级公立医院数量", "新晋三级医院数量", "三级医院增量"], **FLOW,
     note="the predicate (新晋三级医院, upgraded to class 3 in 2024) defines the counted set → "
          "in the metric")
g.neg("新晋三级医院", "三级", "hospital grade label (三级医院, class 3), part of the metric of "
      "25所, not a quantity (as wr_anhui_2025_f / wr_guizhou_2025_b)")
fact("新增托位4万个", "4万个", value=40000, unit="count", kind="count", classifier="个",
     metric="托位",
     metric_alts=new("托位", "新增托位", "托育托位", "婴幼儿托位", "托育服务托位"), **FLOW,
     note=NEW_NOTE + "; 万个 ×1e4")
fact("适老化改造4.5万户", "4.5万户", value=45000, unit="count", kind="count", classifier="户",
     metric="特殊困难老年人家庭适老化改造",
     metric_alts=["特殊困难老年人家庭", "适老化改造", "适老化改造家庭",
                  "实施特殊困难老年人家庭适老化改造", "特殊困难老年人家庭适老化改造户数",
                  "实施适老化改造的特殊困难老年人家庭"], **FLOW,
     note="households whose homes were adapted in 2024 (户 as classifier, as "
          "wr_guizhou_2025_b 7801户); 万户 ×1e4")
fact("保障性租赁住房12.4万套（间）", "12.4万套（间）", value=124000, unit="count", kind="count",
     classifier="套（间）", metric="保障性租赁住房",
     metric_alts=new("保障性租赁住房", "新增保障性租赁住房", "保租房", "保障性租赁住房套数"),
     **FLOW,
     note="the measure word is 套（间） ('units (rooms)'), kept whole in the span and as the "
          "classifier (as wr_hainan_2025_b); " + NEW_NOTE)
g.neg("红十字、慈善", "红十字", NAME_NOTE.format("红十字, the Red Cross; 十字 'cross'"))

# ==== line 2 (source 26): 文化传承保护和创新发展 ===================================================
g.neg("“全国十大考古新发现”", "十大", SET_NOTE + " (十大考古新发现, the annual list; as "
      "wr_fujian_2025_b)")
fact("保护修缮传统建筑1005栋", "1005栋", value=1005, unit="count", kind="count",
     classifier="栋", metric="保护修缮传统建筑",
     metric_alts=["传统建筑", "保护修缮的传统建筑", "传统建筑保护修缮", "修缮传统建筑",
                  "保护修缮传统建筑数量"], **FLOW)
fact("7部作品荣获", "7部", value=7, unit="count", kind="count", classifier="部",
     metric="获“五个一工程”优秀作品奖的作品",
     metric_alts=["作品", "获奖作品", "“五个一工程”优秀作品", "五个一工程优秀作品",
                  "获五个一工程优秀作品奖的作品", "获“五个一工程”优秀作品奖作品",
                  "“五个一工程”优秀作品奖获奖作品", "荣获“五个一工程”优秀作品奖的作品"],
     **FLOW, note="the award defines the counted set → in the metric (as wr_fujian_2025_b 9部)")
g.neg("荣获“五个一工程”", "五个一工程", "award name “五个一工程”, not a count (as "
      "wr_fujian_2025_b)")
fact("居全国第5位", "第5位", value=5, unit="rank", kind="rank", scope="全国",
     metric="获“五个一工程”优秀作品奖的作品数",
     metric_alts=["“五个一工程”优秀作品奖", "五个一工程优秀作品奖", "获奖作品数",
                  "“五个一工程”优秀作品奖获奖数", "获“五个一工程”优秀作品奖的作品",
                  "“五个一工程”获奖作品数量", "获奖作品"], **FLOW,
     note="the rank of the province's number of awarded works among the provinces; span: "
          "ordinal marker + number + 位, without the scope (README §1)")
fact("保持全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="“中国好人”上榜人数",
     metric_alts=["中国好人上榜人数", "“中国好人”上榜人数排名", "“中国好人”", "中国好人",
                  "“中国好人”人数"], **STOCK,
     note="保持 'stays' first; judgement call: the count of 中国好人 listed is cumulative (a "
          "stock) → " + STOCK_NOTE + " (the year is an alt)")
fact("建成投用600个", "600个", value=600, unit="count", kind="count", classifier="个",
     metric="公共文化空间",
     metric_alts=new("公共文化空间", "建成投用公共文化空间", "建成投用的公共文化空间",
                     "新型公共文化空间"), **FLOW,
     note="built and opened in 2024 (建成投用); 增量 alts (README §3)")
fact("182个口袋体育公园", "182个", value=182, unit="count", kind="count", classifier="个",
     metric="口袋体育公园",
     metric_alts=new("口袋体育公园", "建成投用口袋体育公园", "建成投用的口袋体育公园",
                     "体育公园", "口袋公园"), **FLOW,
     note="verb 建成投用 shared with 600个; 增量 alts")

# ==== line 3 (source 27): （八） development and security ==========================================
g.neg("（八）更好统筹", "（八）", MARKER_NOTE)
fact("保交房项目完成94.9%", "94.9%", value=94.9, unit="%", kind="share",
     metric="保交房项目完成率",
     metric_alts=["保交房项目完成比例", "保交房完成率", "保交房项目完成进度", "保交房项目",
                  "保交房任务完成率", "保交房项目交付率"], **LEVEL,
     note="the completed share of the 2024 housing-delivery task (a completion rate, share) "
          "→ the year, the year end as alt")
fact("事故起数下降16.3%", "16.3%", value=-16.3, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["安全生产事故起数", "生产安全事故", "事故起数", "全省生产安全事故起数"],
     comparison="yoy", **FLOW, note="下降 → negative growth (SPEC §2)")
g.neg("“六尺巷工作法”", "六尺巷", NAME_NOTE.format("六尺巷, the 'six-chi lane' of 桐城 that "
      "names the mediation method"))
g.neg("信访事项一次性化解率", "一次性", "adverb 一次性 'at the first attempt' inside the metric "
      "of 95.7%, not a count (as wr_guizhou_2025_b)")
fact("一次性化解率95.7%", "95.7%", value=95.7, unit="%", kind="share",
     metric="信访事项一次性化解率",
     metric_alts=["一次性化解率", "信访事项化解率", "信访化解率", "信访事项一次性化解比例",
                  "化解率"], **FLOW,
     note="a rate of the year's petitions resolved at the first attempt (share) → the year")

# ==== line 4 (source 28): 军政军民团结 ==========================================================
g.neg("双拥共建", "双拥", "双拥 (拥军优属、拥政爱民), a programme name, not a quantity (as "
      "wr_chongqing_2025_d)")

# ==== line 5 (source 29): 一年来… the government's own work ======================================
g.neg("一年来，我们加强", "一年来", PERIOD_NOTE + " (the review year 2024; governs the line)")
gov("兑现率94.8%", "94.8%", value=94.8, unit="%", kind="share",
    metric="公共政策和政府承诺事项兑现率",
    metric_alts=["政府承诺事项兑现率", "兑现率", "公共政策兑现率", "公共政策和政府承诺兑现率",
                 "公共政策和政府承诺事项兑现比例"], **GOVFLOW,
    note="a rate of the year's commitments honoured (share); " + GOV_NOTE)
gov("办结行政复议案件21850件", "21850件", value=21850, unit="count", kind="count",
    classifier="件", metric="办结行政复议案件",
    metric_alts=["行政复议案件", "办结的行政复议案件", "行政复议办结案件", "行政复议案件数",
                 "全省办结行政复议案件"], **GOVFLOW,
    note="cases closed across the province in 2024 (全省 → the province); " + GOV_NOTE)
g.neg("新一轮政府机构", "一轮", "新一轮 'a new round', not a count")
gov("省政府规章8件", "8件", value=8, unit="count", kind="count", classifier="件",
    metric="制定修改废止省政府规章",
    metric_alts=["省政府规章", "政府规章", "规章", "制定修改废止的省政府规章", "省政府规章件数",
                 "制定、修改、废止省政府规章"], **GOVFLOW,
    note="rules made, amended or repealed in 2024 (one count over the three acts); "
         + GOV_NOTE)
gov("审议地方性法规25件", "25件", value=25, unit="count", kind="count", classifier="件",
    metric="提请审议地方性法规",
    metric_alts=["地方性法规", "提请审议的地方性法规", "提请省人大常委会审议地方性法规",
                 "地方性法规草案", "提请审议地方性法规草案", "地方性法规件数"], **GOVFLOW,
    note="draft regulations submitted to the provincial people's congress standing committee "
         "in 2024; " + GOV_NOTE)
g.neg("“高效办成一件事”改革", "一件事", "reform name “高效办成一件事”, not a count (as "
      "wr_beijing_2025)")
gov("办理时限压缩69%", "69%", value=-69, unit="%", kind="growth",
    metric="重点事项办理时限",
    metric_alts=["办理时限", "上线运行重点事项办理时限", "重点事项办理时间", "办理时限压缩",
                 "“高效办成一件事”重点事项办理时限", "重点事项办理时限压缩"], comparison="yoy",
    **GOVFLOW, note=CUT_NOTE + "; " + GOV_NOTE)
gov("提交材料减少60%", "60%", value=-60, unit="%", kind="growth",
    metric="重点事项提交材料",
    metric_alts=["提交材料", "提交材料数量", "申请材料", "重点事项申请材料", "提交材料减少",
                 "上线运行重点事项提交材料"], comparison="yoy", **GOVFLOW,
    note="head 重点事项 shared with 69%; " + CUT_NOTE + "; " + GOV_NOTE)
gov("办理省人大代表建议1422件", "1422件", value=1422, unit="count", kind="count",
    classifier="件", metric="省人大代表建议",
    metric_alts=["办理省人大代表建议", "人大代表建议", "代表建议", "省人大代表建议件数",
                 "办理人大代表建议", "建议"], **GOVFLOW,
    note="handled in 2024 (as wr_gansu_2025_e 578件); " + GOV_NOTE)
gov("省政协提案797件", "797件", value=797, unit="count", kind="count", classifier="件",
    metric="省政协提案",
    metric_alts=["办理省政协提案", "政协提案", "提案", "省政协提案件数", "办理政协提案"],
    **GOVFLOW, note="verb 办理 shared; " + GOV_NOTE)
g.neg("第五次全国经济普查", "第五次", "edition label of the census (第五次全国经济普查), not a "
      "count or rank (as wr_guangdong_2025)")

# ==== line 6 (source 30): 各位代表！ (no numeral) ================================================

# ==== line 7 (source 31): thanks =================================================================
g.neg("总结过去一年", "过去一年", PERIOD_NOTE + " (the review year 2024; no number in its line)")
g.neg("每一点进步", "一点", "每一点 'every bit (of progress)', rhetorical, not a quantity")
g.neg("每一次跃升", "一次", "每一次 'every (leap)', rhetorical, not a count")
g.neg("一年来，全省人民", "一年来", PERIOD_NOTE + " (the review year 2024; no number follows)")

# ==== line 8 (source 32): problems ================================================================
g.neg("我们一定直面问题", "一定", "adverb 一定 'certainly' (as wr_gansu_2025_e), not a quantity")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_anhui_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief. Part of the document: the end of part 一、2024年工作回顾 (heading on source "
    "line 6, outside) — item （七） 着力保障改善民生 (livelihood spending, jobs, education, "
    "hospitals, childcare, elderly care, rental housing) with its paragraph 文化传承保护和创新发展, "
    "item （八） 更好统筹发展和安全 (保交房, work safety, petitions) with 军政军民团结, the paragraph "
    "on the government's own work (一年来，我们加强政府自身改革创新…), 各位代表！, the thanks and "
    "the problems. Other excerpts of the report: wr_anhui_2025 (6-16), _c (18-24), _b (33-46), "
    "_e (48-59), _d (67-77), _f (79-89); no overlap. Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-20, the delivery date in the report's header (source line 3: 2025年1月20日在安徽省"
    "第十四届人民代表大会第三次会议上…), as wr_anhui_2025; the corpus meta agrees. Place: 安徽省 "
    "(安徽, 全省, 我省 → alts); the government's own figures (line 5) keep the province with "
    "安徽省人民政府/省人民政府/省政府 as alts; 义务教育阶段学校 as an alt of the 一节 rule. "
    "Periods: lines 1-4 state no period → the section frame 2024 (period text 2024年 of the "
    "heading, 2024-01-01..2024-12-31, null as alt; as wr_anhui_2025); line 5 opens with 一年来 "
    "(= 2024), explicit for the whole line (null as alt). Stocks (9个国家区域医疗中心全部开诊, "
    "the 一节 rule in force, the cumulative “中国好人” ranking) → instant 2024-12-31 with the year "
    "and null as alts; 保交房项目完成94.9% → the year with the year end as alt. Modality: "
    "actual throughout. Bounds: eq everywhere. Units: 万个/万户/套（间） counts (套（间） kept "
    "whole as the classifier); 亿元 → CNY. Judgement calls: 每天开设一节体育课 → a count fact "
    "(1 节, the rule's quantity, not the article); 25所县级公立医院新晋三级医院 → count with the "
    "predicate in the metric, 三级 a grade label (negative); 居全国第5位 → rank of the number "
    "of 五个一工程 awards; “中国好人”上榜人数保持全国第一 → rank 1 of a cumulative count; "
    "办理时限压缩69% / 提交材料减少60% → negative growth (relative cuts, comparison at the "
    "default yoy although the basis is the pre-reform procedure); 保交房项目完成94.9% → a "
    "completion share; 制定修改废止省政府规章8件 → one count over the three acts; 十大 (考古新发现), "
    "五个一工程, 六尺巷, 一次性 (化解率), 双拥 → labels/names. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 一致 (一致性评估), 一些 ×3.")

g.write(date=REF, source=f"shared/texts/work_report/wr_anhui_2025.txt lines {FIRST}–{LAST} "
        "(来源：省政府政策研究室)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
