"""Gold annotations for wr_qinghai_2025_f (2025年青海省政府工作报告, the plan for 2025: the end
of task （七） and the opening of part 三、大力加强政府自身建设), lines 54-63 of
shared/texts/work_report/wr_qinghai_2025.txt.  Held out: written into corpora/heldout/.

The excerpt corpora/heldout/wr_qinghai_2025_f.txt is sliced by code from the source bytes
(whole lines, newline kept), never retyped; the line range is given by the brief (a run of
whole lines that need not start at a heading, as unseen test excerpts are cut): the last five
paragraphs of task （七）着力创造高品质生活 (教育强省: 教联体 share; 健康青海: medical centres,
mutual recognition, county treatment rate; 社会保障: childcare places, rural homes for the aged;
精神文化生活; 中华民族共同体意识: “十项行动”“三项计划”), its closing paragraph (年度十大类45项民生
实事), the paragraph on national defence, the heading 三、大力加强政府自身建设, its opening and
its first paragraph (以更高站位铸牢忠诚).  All of it lies in the 2025 part of the report (part
二、2025年目标任务和重点工作, source line 16, and part 三 on the government's own work from 2025
on): the plan of the report year → modality target.  Lines 7-12, 16-23, 32-38 and 44-53 are
annotated in wr_qinghai_2025 / _b / _c / _d / _e (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_qinghai_2025_f.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_qinghai_2025_f"
PLACE = "青海省"
REF = "2025-01-19"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "work_report") / "wr_qinghai_2025.txt"
FIRST, LAST = 54, 63                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年青海省政府工作报告"       # line 1 of the source, outside the excerpt
QH_ALTS = ["青海", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="实施教育强省战略。",
                 ends="热爱青海、建设青海、奉献青海。")
text = g.text
fact = g.with_subject(PLACE, QH_ALTS)


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "political slogan / set label ({}), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label {} (README §2: 一期), not a quantity"
TIER_NOTE = "tier / grade label {}, not a count claim"

# ---- periods (reference date 2025-01-19; 今年 = 2025) ---------------------------------------
# The whole excerpt lies in the 2025 part of the report (part 二、2025年目标任务和重点工作, source
# line 16, and part 三 on the government's work from 2025 on): the plan of the report year →
# modality target.  Line 1 (source 54) states 年内 ('within this year' = 2025) before its
# number (玉树河湟中学年内实现招生, … 50%以上的县): explicit, it governs the rest of the line
# (SPEC §4).  Line 6 (source 59) opens its numbers with 年度 (the year's 民生实事, = 2025):
# explicit.  Lines 2-5 (source 55-58) state no period of their own: their facts take the
# frame of part 二, the plan year 2025 (SPEC §4), 2025-01-01..2025-12-31 with the null reading
# in period_alts; the period text is the excerpt's own name of the plan year, 年度 (line 6; the
# heading's 2025年 is not in the excerpt and only the dates are scored; as 全年 in
# wr_qinghai_2025_e, 今年 in wr_qinghai_2025_d).  Shares of a stock to be reached (the share
# of counties with a 教联体) → the instant 2025-12-31 (stock rule) with the year as alt; things
# to be built, opened or added (centres, childcare places, the set of mutually recognised
# items, existing programmes carried forward) keep the year with the end instant as a further
# alt; works of the year (homes to be renovated) and rates of the year (县域就诊率) keep the
# year.
Y_IN = P("年内", "2025-01-01", "2025-12-31")
Y_IN_END = P("年内", "2025-12-31", "2025-12-31")
S25 = P("年度", "2025-01-01", "2025-12-31")
S25_NULL = P("年度", None, None)
S25_END = P("年度", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
EXPLICIT = dict(period=S25, modality="target")
PLAN_NOTE = ("task for 2025 → target; the line states no period: frame of part 二、2025年目标"
             "任务和重点工作 (2025; period text 年度 as the excerpt names the year), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"

# ==== line 1 (source 54): 实施教育强省战略 ========================================================
g.neg("实施三江源民族中学", "三江源", NAME_NOTE.format("三江源, the source region of three "
      "rivers, in the school name 三江源民族中学; as other qinghai golds"))
g.neg("统筹“双减”", "双减", LABEL_NOTE + " (“双减”, as other golds)")
g.neg("青海大学“双一流”", "双一流", LABEL_NOTE + " (“双一流”: world-class universities and "
      "disciplines, as other golds)")
g.neg("青海理工学院二期", "二期", PHASE_NOTE.format("二期 (second phase of the campus)"))
fact("在50%以上的县", "50%", value=50, unit="%", kind="share", bound="ge",
     metric="建立“教联体”的县占比",
     metric_alts=["建立教联体的县占比", "建立“教联体”的县比例", "“教联体”覆盖县占比",
                  "教联体覆盖县比例", "县", "建立“教联体”的县", "“教联体”县占比",
                  "“教联体”覆盖率"],
     period=Y_IN_END, period_alts=[Y_IN], modality="target",
     note="以上 → ge (outside the span); the share of the province's counties where a 教联体 "
          "is to be set up (a share of a stock, as 50%以上村卫生室 in another gold) → the "
          "instant at the end of 年内 (2025-12-31), the year as alt; 年内 earlier in the line "
          "(玉树河湟中学年内实现招生) governs it explicitly (SPEC §4); target (plan)")
g.neg("“三个样板”", "三个样板", LABEL_NOTE + " (“三个样板” 'three models', the three listed "
      "just before it), not a count claim")

# ==== line 2 (source 55): 建设高水平健康青海 ======================================================
g.neg("全面推广三明医改经验", "三明", NAME_NOTE.format("place name 三明 (Sanming, Fujian; "
      "三明医改 'the Sanming medical reform')"))
g.neg("开展新一轮地方病", "一轮", "新一轮 'a new round', not a count")
fact("建成2所国家区域医疗中心", "2所", value=2, unit="count", kind="count", classifier="所",
     metric="国家区域医疗中心",
     metric_alts=added("国家区域医疗中心", "建成国家区域医疗中心", "区域医疗中心"), **PLAN_SET,
     note="centres to be completed in 2025; 增量 alts (README §3); " + SET_NOTE)
fact("投运3所省级区域医疗中心", "3所", value=3, unit="count", kind="count", classifier="所",
     metric="省级区域医疗中心",
     metric_alts=added("省级区域医疗中心", "投运省级区域医疗中心", "区域医疗中心"), **PLAN_SET,
     note="centres to be put into operation in 2025; " + SET_NOTE)
g.neg("二、三级公立综合医院", "二、三级", TIER_NOTE.format("二、三级 (hospital grades 二级 / "
      "三级 defining the set of hospitals that are to offer paediatrics; as 二、三级医院 in "
      "other golds)"))
fact("至少有一家医院", "一家", value=1, unit="count", kind="count", classifier="家",
     bound="ge", metric="提供心理门诊、睡眠门诊服务的医院",
     metric_alts=["每个市州提供心理门诊、睡眠门诊服务的医院", "每个市州医院", "医院",
                  "提供心理门诊睡眠门诊服务的医院", "提供心理门诊的医院", "提供睡眠门诊的医院",
                  "每个市州提供心理门诊、睡眠门诊服务的医院数量"], **PLAN,
     note="judgement call: 至少有一家 is a stated minimum per 市州 (at least one hospital "
          "offering psychology and sleep clinics in each prefecture), a quantity rather than "
          "the article 一 → count 1, 至少 → ge (outside the span), as 至少有一人 in "
          "wr_ningxia_2025_g / wr_hunan_2025_b; " + PLAN_NOTE)
fact("互认项目超过200项", "200项", value=200, unit="count", kind="count", classifier="项",
     bound="gt", metric="检验检查结果互认项目",
     metric_alts=["市州内医疗机构之间检验检查结果互认项目", "互认项目", "检验检查结果互认",
                  "检验检查结果互认项目数量", "互认项目数量", "检查检验结果互认项目"],
     **PLAN_SET,
     note="超过 → gt (outside the span); the items mutually recognised among the medical "
          "institutions within each 市州 (as 181项检验结果 in another gold: the year, the end "
          "instant as alt); " + SET_NOTE)
fact("县域就诊率达90%以上", "90%", value=90, unit="%", kind="share", bound="ge",
     metric="县域就诊率",
     metric_alts=["县域内就诊率", "县域就诊比例", "县域内就诊比例", "就诊率"], **PLAN_SET,
     note="达…以上 → ge (以上 outside the span); the share of patients treated within their "
          "county in 2025 (a rate of the year, SPEC §2 share) → the year, the end instant as a "
          "further alt; " + PLAN_NOTE)
g.neg("加快高原医学研究中心二期", "二期", PHASE_NOTE.format("二期 (second phase of the centre)"))

# ==== line 3 (source 56): 织密扎牢社会保障网 ======================================================
fact("新增普惠托位4200个", "4200个", value=4200, unit="count", kind="count", classifier="个",
     metric="普惠托位",
     metric_alts=added("普惠托位", "新增普惠托位", "普惠性托位", "托位"), **PLAN_SET,
     note="新增 N: childcare places to be added in 2025; 增量 alts (README §3); " + SET_NOTE)
g.neg("健全覆盖城乡的三级养老服务网络", "三级", TIER_NOTE.format("三级 (the three tiers of the "
      "elderly-care network: county, township, village; as 三级 in other golds)"))
fact("改造100个农村互助幸福院", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="农村互助幸福院",
     metric_alts=["改造农村互助幸福院", "农村互助幸福院改造", "互助幸福院", "农村互助幸福院数量",
                  "改造的农村互助幸福院"], **PLAN,
     note="homes to be renovated in 2025 (a work of the year, as 改造城镇老旧小区 in "
          "wr_qinghai_2025_d); " + PLAN_NOTE)

# ==== line 4 (source 57): 丰富群众精神文化生活 =====================================================
g.neg("高原“五个文化”", "五个文化", LABEL_NOTE + " (“五个文化”: 生态、历史、红色、民族、高原 "
      "culture, listed just before it), not a count claim")
g.neg("建好用好“两弹一星”", "两弹一星", NAME_NOTE.format("“两弹一星” 'two bombs, one "
      "satellite', the name of the patriotic-education base"))

# ==== line 5 (source 58): 铸牢中华民族共同体意识 ===================================================
g.neg("坚持“三个赋予、一个有利于”", "三个赋予、一个有利于", SLOGAN_NOTE.format("“三个赋予、一个有利于”, "
      "the principles of ethnic work"))
g.neg("宗教活动场所“四进”", "四进", LABEL_NOTE + " (“四进”: the four things to be brought into "
      "religious venues), not a count claim")
ETH_NOTE = ("judgement call: the quoted package states its number of items → a count (as "
            "“十项行动” in wr_chongqing_2025_e and wr_beijing_2025_c), not a bare label; existing "
            "programmes to be carried forward (走深走实) → " + SET_NOTE)
fact("交往交流交融“十项行动”", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="各民族交往交流交融行动",
     metric_alts=["“十项行动”", "十项行动", "行动", "各民族交往交流交融“十项行动”",
                  "各民族交往交流交融行动数量", "行动数量"], **PLAN_SET, note=ETH_NOTE)
fact("“十项行动”“三项计划”", "三项", value=3, unit="count", kind="count", classifier="项",
     metric="各民族交往交流交融计划",
     metric_alts=["“三项计划”", "三项计划", "计划", "各民族交往交流交融“三项计划”",
                  "各民族交往交流交融计划数量", "计划数量"], **PLAN_SET, note=ETH_NOTE)
g.neg("打造一批精品社区", "一批", "vague quantifier 一批 'a batch of' (README §2)")

# ==== line 6 (source 59): 家事国事天下事… (the year's 民生实事) =====================================
g.neg("坚持一切为了人民", "一切", "pronoun 一切 'all', not a quantity")
g.neg("一切依靠人民", "一切", "pronoun 一切 'all', not a quantity")
ITEMS_NOTE = ("judgement call: 十大类45项民生实事 = 45 items in 10 categories, both stated "
              "quantities → two counts (as 十大类44项民生实事 in wr_qinghai_2025); 十大类 is "
              "read as a count of categories (大类 'major class'), not a set label like 八大; "
              "年度 (the year's, = 2025) before them governs explicitly; 高质量实施 → target")
fact("年度十大类", "十大类", value=10, unit="count", kind="count", classifier="类",
     metric="民生实事类别",
     metric_alts=["民生实事大类", "大类", "民生实事类", "类别", "年度民生实事类别",
                  "民生实事类别数量"], **EXPLICIT, note=ITEMS_NOTE)
fact("十大类45项民生实事", "45项", value=45, unit="count", kind="count", classifier="项",
     metric="民生实事",
     metric_alts=["年度民生实事", "民生实事数量", "民生实事项目", "年度十大类民生实事",
                  "实施民生实事"], **EXPLICIT, note=ITEMS_NOTE)

# ==== line 7 (source 60): national defence ========================================================
g.neg("深化双拥共建", "双拥", "双拥 (拥军优属、拥政爱民), a programme name, not a quantity (as "
      "other golds)")

# ==== line 8 (source 61): heading 三、 ===============================================================
g.neg("三、大力加强政府自身建设", "三、", MARKER_NOTE)

# ==== line 9 (source 62): opening of part 三 — no numeral ========================================

# ==== line 10 (source 63): 以更高站位铸牢忠诚 ======================================================
g.neg("“两个确立”", "两个确立", SLOGAN_NOTE.format("“两个确立”"))
g.neg("增强“四个意识”", "四个意识", SLOGAN_NOTE.format("“四个意识”"))
g.neg("坚定“四个自信”", "四个自信", SLOGAN_NOTE.format("“四个自信”"))
g.neg("做到“两个维护”", "两个维护", SLOGAN_NOTE.format("“两个维护”"))

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_qinghai_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting anywhere). Part of the document: the 2025 "
    "part of the report — the last five paragraphs of task （七）着力创造高品质生活 of part "
    "二、2025年目标任务和重点工作 (heading: source line 16, outside the excerpt: 教育强省, 健康"
    "青海, 社会保障, 精神文化生活, 中华民族共同体意识), its closing paragraph (年度十大类45项民生"
    "实事), the paragraph on national defence, and the heading 三、大力加强政府自身建设 with its "
    "opening and first paragraph (以更高站位铸牢忠诚: slogans only). Lines 7-12, 16-23, 32-38 and "
    "44-53 are annotated in wr_qinghai_2025 / _b / _c / _d / _e (no overlap). Title, source "
    "line and dateline are outside the excerpt (title_in_text=False; title as the source's "
    "first line). Date: 2025-01-19, the delivery date in the report's header (source line 3: "
    "——2025年1月19日在青海省第十四届 人民代表大会第三次会议上); the shared meta agrees (来源："
    "青海日报). Place: 青海省 (青海, 全省, 我省 → alts). Periods: line 1 states 年内 (= 2025) "
    "before 50%以上的县 (explicit; a share of a stock → instant 2025-12-31, the year as alt); "
    "line 6 opens its numbers with 年度 (= 2025, explicit); lines 2-5 state no period: the "
    "frame of part 二, the plan year 2025, 2025-01-01..2025-12-31, period text 年度 (the "
    "excerpt's own name of the year), null as alt; things to be built, opened or added "
    "(centres, childcare places, recognised items, programmes carried forward) and the "
    "county treatment rate also accept the end instant 2025-12-31. Modality: target "
    "throughout (plan). Bounds: 以上 → ge (50%, 90%); 超过 → gt (200项); 至少 → ge (一家). "
    "Units: counts with classifiers 所, 家, 项, 个, 类. Judgement calls: 每个市州至少有一家医院 → "
    "count 1 ge (as 至少有一人 in wr_ningxia_2025_g); “十项行动”“三项计划” → counts 10 and 3 (as "
    "“十项行动” in wr_chongqing_2025_e) while “三个样板”, “五个文化”, “三个赋予、一个有利于”, "
    "“四进” are labels; 十大类45项民生实事 → two counts (as wr_qinghai_2025); 50%以上的县 read "
    "as a share of counties (stock at year end) under the explicit 年内; 县域就诊率 a rate of "
    "the year; 200项 mutually recognised items → the year with end alt (as 181项 in another "
    "gold). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一体化 (城乡一体化), 单位 (以市州为单位), 一致 (高度一致); "
    "头等 (头等大事) and 多层次 hold no numeral.")

g.write(date=REF, source=f"shared/texts/work_report/wr_qinghai_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
