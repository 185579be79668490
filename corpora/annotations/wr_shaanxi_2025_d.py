"""Gold annotations for wr_shaanxi_2025_d (2025年陕西省政府工作报告, the 2025 tasks, fourth
excerpt: the end of task （四）, tasks （五） and （六） and task （七） up to its third paragraph),
lines 37-49 of shared/texts/work_report/wr_shaanxi_2025.txt.  Held out: written into
corpora/heldout/.

The excerpt corpora/heldout/wr_shaanxi_2025_d.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the last
paragraph of task （四） (扩大高水平对外开放: the 240-hour visa-free transit, trade growth),
task （五）促进城乡区域协调 (区域发展活力; 县域经济: parks, county industry, small towns; 乡村
全面振兴: farmland, counties, model villages, toilets, refuse), task （六）筑牢生态安全屏障
(afforestation, PM2.5, green development) and task （七）推动文化繁荣发展 (heritage, public
culture, culture and tourism; no figures).  All of it lies in part 二、2025年工作安排 (source
line 18; 今年是“十四五”规划收官之年, source line 19): the plan for 2025 → modality target.
Lines 8-10, 12-21 and 22-35 are annotated in wr_shaanxi_2025_b / wr_shaanxi_2025 /
wr_shaanxi_2025_c (no overlap).  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_shaanxi_2025_d.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_shaanxi_2025_d"
PLACE = "陕西省"
REF = "2025-01-16"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_shaanxi_2025.txt"
FIRST, LAST = 37, 49                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年陕西省政府工作报告"       # line 1 of the source, outside the excerpt
SX_ALTS = ["陕西", "全省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="扩大高水平对外开放。",
                 ends="世界男排联赛等国际赛事。")
text = g.text
fact = g.with_subject(PLACE, SX_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "place name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2: 超千亿元的开发区, 亿元以上项目), "
               "part of the count's metric, not a fact of its own")

# ---- periods (reference date 2025-01-16) ---------------------------------------------------
# The whole excerpt lies in part 二、2025年工作安排 (source line 18, outside the excerpt; 今年 =
# 2025 on source line 19): the tasks are the plan for 2025 → modality target (力争, 完成, 新增,
# 达到, 稳定在, 不超过, …).  No line of the excerpt states a period (it has no time word at all),
# so every fact takes the section frame 2025 (SPEC §4) with the heading's period text 2025年,
# 2025-01-01..2025-12-31, null in period_alts (as wr_shaanxi_2025_c; the shared
# gold/check_gold.py flags this period text as "not in the article" — a known, accepted
# consequence, as in wr_qinghai_2025_c: period text is not scored).  Shares of a stock to be
# reached (户厕普及率达到…, 自然村稳定在…以上) are the instant 2025-12-31 with the year and null
# as alts (as 拥有量达到12件 in wr_shaanxi_2025_c); things to be built or added (parks, model
# villages) keep the year with the end instant as a further alt; a rule to be put into force
# (240小时) keeps the year with the end instant as alt (as wr_henan_2025 240小时).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of part "
             "二、2025年工作安排 (2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
END_NOTE = ("a share of a stock to be reached → the instant 2025-12-31 (SPEC §4), the year and "
            "null as alts; " + PLAN_NOTE)

# ==== line 1 (source 37): 扩大高水平对外开放 ======================================================
g.neg("发挥西安“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
fact("落实240小时过境免签", "240小时", value=10, unit="day", kind="amount",
     metric="过境免签停留时间",
     metric_alts=["过境免签停留期限", "过境免签时长", "免签停留时间", "过境免签停留时限",
                  "停留时间", "过境免签", "过境免签政策时长", "240小时过境免签政策"],
     period=S25, period_alts=[S25_NULL, S25_END], modality="target",
     note="judgement call: the length of stay of the visa-free transit rule to be applied to "
          "the whole province (落实…适用全省政策): 240小时 = 10 day (SPEC §3 小时 = 1/24), a "
          "duration carried in a policy name (as wr_henan_2025 / wr_anhui_2025_c / "
          "wr_yunnan_2025); to be put into force → target; " + PLAN_NOTE + "; the end instant "
          "(the rule in force) as a further alt")
g.neg("支持三星、益海嘉里", "三星", "company name 三星 (Samsung), not a quantity (as 百度 / 360 "
      "in wr_qinghai_2025_c)")
g.neg("京津冀、长三角", "长三角", PLACE_NOTE.format("长三角, the Yangtze River Delta; as "
      "wr_anhui_2025_b"))
g.neg("拓市场抓订单", "订单", "lexicalized 订单 'order(s)'; 单 is not a quantity (as "
      "wr_qinghai_2025_d)")
fact("进出口总值增长5%", "5%", value=5, unit="%", kind="growth", metric="进出口总值",
     metric_alts=["进出口", "外贸进出口", "进出口总额", "外贸进出口总值", "进出口额"],
     comparison="yoy", **PLAN, note="增长 N% → growth, yoy by default; " + PLAN_NOTE)

# ==== line 2 (source 38): （五） heading ==========================================================
g.neg("（五）促进城乡区域协调", "（五）", MARKER_NOTE)

# ==== line 3 (source 39): 增强区域发展活力 — no figures (一体化 lexicalized) ==========================

# ==== line 4 (source 40): 提升壮大县域经济 ==========================================================
g.neg("优化“一县一策”", "一县一策", LABEL_NOTE + " (“一县一策” 'one policy per county')")
fact("培育新增2个工业产值", "2个", value=2, unit="count", kind="count", classifier="个",
     metric="工业产值过百亿的园区",
     metric_alts=new("工业产值过百亿的园区", "工业产值过百亿园区", "新增工业产值过百亿的园区",
                     "培育新增工业产值过百亿的园区", "百亿级园区", "县域园区",
                     "工业产值过百亿元的园区"),
     subject_alts=SX_ALTS + ["县域", "县域园区"], **PLAN_SET,
     note="a count (a digit with its measure word); 培育新增 N: 增量 alts (README §3); the "
          "threshold 过百亿 is part of the metric (SPEC §2; 百亿 has its own negative); the "
          "county parks are the topic → the province keeps the subject, 县域 as alt; "
          + SET_NOTE)
g.neg("工业产值过百亿的园区", "百亿", THRESH_NOTE + " (过百亿 'over ten billion (yuan)' of "
      "industrial output)")
fact("县域工业产值增长6%", "6%", value=6, unit="%", kind="growth", metric="县域工业产值",
     metric_alts=["县域工业产值增速", "县域工业总产值", "县域工业"], comparison="yoy",
     subject_alts=SX_ALTS + ["县域"], **PLAN,
     note="the counties' aggregate is the province's sector-like part → the province keeps "
          "the subject, 县域 in the metric and as alt (README §4); " + PLAN_NOTE)
fact("分类推进100个重点小城镇", "100个", value=100, unit="count", kind="count",
     classifier="个", metric="重点小城镇",
     metric_alts=["重点小城镇数量", "重点小城镇建设", "推进重点小城镇建设", "小城镇"], **PLAN,
     note="the towns whose building is pushed in 2025 (a set worked on, not completed) → "
          + PLAN_NOTE)
g.neg("培育一批工业大镇", "一批", VAGUE_NOTE)

# ==== line 5 (source 41): 推动乡村全面振兴 ==========================================================
fact("净增耕地20万亩", "20万亩", value=2e5, unit="mu", kind="amount", metric="耕地增量",
     metric_alts=["耕地", "净增耕地", "耕地净增", "耕地面积增量", "耕地面积", "耕地数量增量",
                  "耕地保有量增量"], **PLAN,
     note="净增 N: the net change of the farmland stock over 2025 (SPEC §2 absolute change → "
          "<level>增量, positive; as 净增 in wr_yunnan_2025), the plain noun as alt; 亩 stays "
          "mu (SPEC §3); " + PLAN_NOTE)
g.neg("粮油作物大面积单产", "单产", "lexicalized 单产 'yield per unit area', not a quantity "
      "(as wr_guangdong_2025_b)")
fact("优先在25个粮食产能", "25个", value=25, unit="count", kind="count", classifier="个",
     metric="粮食产能提升重点县",
     metric_alts=["粮食产能提升重点县数量", "重点县", "粮食产能提升重点县布局高标准农田项目",
                  "布局高标准农田项目的粮食产能提升重点县"], **PLAN,
     note="the counties where high-standard farmland projects are to be placed first (a set "
          "named by the plan, the measure word 个 with the counted noun 重点县) → " + PLAN_NOTE)
g.neg("创建“千万工程”", "千万工程", LABEL_NOTE + " (“千万工程”: Zhejiang's 千村示范、万村整治 "
      "programme; as wr_qinghai_2025_d)")
fact("示范村500个", "500个", value=500, unit="count", kind="count", classifier="个",
     metric="“千万工程”示范村",
     metric_alts=new("“千万工程”示范村", "千万工程示范村", "示范村", "创建“千万工程”示范村",
                     "创建示范村"), **PLAN_SET,
     note="创建 N: model villages to be created in 2025 (增量 alts, README §3); " + SET_NOTE)
fact("卫生厕所普及率达到85%", "85%", value=85, unit="%", kind="share",
     metric="农村户用卫生厕所普及率",
     metric_alts=["户用卫生厕所普及率", "农村卫生厕所普及率", "卫生厕所普及率",
                  "农村户用卫生厕所普及比例"], **PLAN_END,
     note="达到 → eq; the share of rural households with a sanitary toilet (a share of a "
          "stock, as 83.1% in the 2024 review): " + END_NOTE)
fact("自然村稳定在95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="生活垃圾收运处理的自然村比例",
     metric_alts=["生活垃圾收运处理的自然村", "生活垃圾收运处理自然村比例",
                  "生活垃圾收运处理的自然村占比", "生活垃圾收运处理覆盖自然村比例",
                  "自然村生活垃圾收运处理率", "生活垃圾收运处理率",
                  "生活垃圾收运处理的自然村比重"], **PLAN_END,
     note="稳定在…以上 → ge (以上 outside the span); the share of natural villages whose refuse "
          "is collected and treated (the denominator unwritten: all natural villages) — "
          + END_NOTE)

# ==== line 6 (source 42): （六） heading ==========================================================
g.neg("（六）筑牢生态安全屏障", "（六）", MARKER_NOTE)

# ==== line 7 (source 43): 加强生态环境保护 ==========================================================
g.neg("按照“四水四定”", "四水四定", LABEL_NOTE + " (“四水四定”: 以水定城、以水定地、以水定人、"
      "以水定产, a water-planning principle)")
g.neg("完善“三北”工程", "三北", LABEL_NOTE + " (“三北”工程, the Three-North shelterbelt "
      "programme; as wr_qinghai_2025_b)")
fact("完成340万亩营造林", "340万亩", value=340e4, unit="mu", kind="amount", metric="营造林",
     metric_alts=["营造林任务", "完成营造林任务", "营造林面积", "造林", "营造林任务面积",
                  "完成营造林"], **PLAN,
     note="完成 N亩…任务 → the afforestation to be done in 2025 (a flow); 亩 stays mu (SPEC "
          "§3); " + PLAN_NOTE)
g.neg("确保一泓清水", "一泓", "idiom 一泓清水 'a stream of clear water', not a quantity")

# ==== line 8 (source 44): 打好污染防治攻坚战 ========================================================
g.neg("全省PM2.5平均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity (as wr_anhui_2025)")
fact("不超过35微克每立方米", "35微克每立方米", value=35, unit="微克/立方米", kind="amount",
     bound="le", metric="PM2.5平均浓度",
     metric_alts=["PM2.5浓度", "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度",
                  "全省PM2.5平均浓度"], **PLAN,
     note="不超过 → le (outside the span); the annual mean concentration of 2025; μg/m³ has no "
          "canonical unit → kept as czfacts writes it, 微克/立方米 (35微克每立方米 = "
          "35微克/立方米, as wr_anhui_2025 / wr_beijing_2025); " + PLAN_NOTE)

# ==== line 9 (source 45): 推动绿色低碳发展 ==========================================================
g.neg("建设零碳园区", "零碳", "label 零碳 'zero-carbon' (README §2), not a quantity")

# ==== line 10 (source 46): （七） heading =========================================================
g.neg("（七）推动文化繁荣发展", "（七）", MARKER_NOTE)

# ==== line 11 (source 47): 加强文化遗产保护传承 ======================================================
g.neg("新增一批省级非遗", "一批", VAGUE_NOTE)
g.neg("全面启动第三轮", "第三轮", "round label 第三轮 (the third round of local-gazetteer "
      "compilation), not a rank or count (as wr_chongqing_2025_c)")

# ==== line 12 (source 48): 加大公共文化产品供给 ======================================================
g.neg("打造一批城市书房", "一批", VAGUE_NOTE)
g.neg("“四季村晚”", "四季", "event name “四季村晚” ('village galas of the four seasons'), not "
      "a count")

# ==== line 13 (source 49): 推动文旅产业做大做强 ======================================================
g.neg("深入实施“十百千”", "十百千", LABEL_NOTE + " (“十百千”培育工程, a programme name; as "
      "“十百千万” in wr_guizhou_2025_d)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_shaanxi_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, as given in the "
    "brief (a run of whole lines starting anywhere; held out, in corpora/heldout/). Part of "
    "the document: the plan for 2025 in part 二、2025年工作安排 (source line 18; 今年 = 2025 "
    "on source line 19) — the last paragraph of task （四） (对外开放: 240小时 visa-free "
    "transit, trade growth), task （五）促进城乡区域协调 (区域发展活力; 县域经济: parks, county "
    "industry, small towns; 乡村全面振兴: farmland, key counties, model villages, toilets, "
    "refuse), task （六）筑牢生态安全屏障 (afforestation, PM2.5; green development) and task "
    "（七）推动文化繁荣发展 up to 文旅产业 (no figures). No overlap with wr_shaanxi_2025_b "
    "(lines 8-10), wr_shaanxi_2025 (12-21) or wr_shaanxi_2025_c (22-35). Title and dateline "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-16, the delivery date in the report's header (source line 3: 2025年1月16日在"
    "陕西省第十四届人民代表大会第三次会议上), as the shared meta (来源：陕西日报). Place: 陕西省 "
    "(陕西, 全省 → alts; 县域 as a further alt for the county figures). Periods: the excerpt "
    "has no time word: every fact takes the section frame 2025 (period text 2025年, the "
    "heading's, outside the excerpt — the shared check_gold.py flags it as not in the "
    "article, a known, accepted consequence as in wr_qinghai_2025_c), 2025-01-01..2025-12-31, "
    "null as alt; shares of a stock to be reached (农村户用卫生厕所普及率 85%, 自然村 95%) → "
    "instant 2025-12-31 with the year and null as alts; things to be added (2个 parks, 500个 "
    "model villages) and the 240小时 rule → the year with the end instant as a further alt. "
    "Modality: target throughout. Bounds: 以上 / 稳定在…以上 → ge (95%); 不超过 → le (35微克每"
    "立方米); otherwise eq. Units: 240小时 → 10 day; 万亩 → mu; 35微克每立方米 → 微克/立方米 "
    "(surface concentration unit as czfacts writes it). Judgement calls: 240小时 (落实240小时"
    "过境免签适用全省政策) a fact (duration of a rule, as wr_henan_2025) rather than a label; "
    "净增耕地20万亩 → 耕地增量 (SPEC §2), 耕地 as alt; 过百亿 (园区) a threshold (negative "
    "百亿) inside the count's metric; 25个粮食产能提升重点县 and 100个重点小城镇 → counts of "
    "sets named by the plan (the year only); 生活垃圾收运处理的自然村…95% → a share of villages "
    "(stock instant); 三星 (Samsung) a company name; 第三轮, 四季, 十百千, 四水四定, 一县一策 → labels (negatives). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体 (一体化).")

g.write(date=REF, source=f"shared/texts/work_report/wr_shaanxi_2025.txt lines {FIRST}–{LAST} "
        "(来源：陕西日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
