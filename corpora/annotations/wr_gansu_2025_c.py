"""Gold annotations for wr_gansu_2025_c (2025年甘肃省政府工作报告, third excerpt: the 2025 tasks
六 (end) to 八 (start)), lines 51-60 of shared/texts/work_report/wr_gansu_2025.txt.

The excerpt corpora/wr_gansu_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the last paragraph
of task 六是加快文化强省建设 (培育文化旅游支柱产业), task 七是坚持民生至上 in full (就业, 教育,
健康, 社会保障, 爱心甘肃工程, and the 10件实事 for 2025) and the heading and first paragraph of
task 八是深化主动创安创稳 (社会治理).  All of it lies in part 三、2025年重点工作 (heading on
source line 26, outside the excerpt): the plan for 2025.  Lines 10-13 and 15-18 are
annotated in wr_gansu_2025 / wr_gansu_2025_b (no overlap).  Facts and negatives are written
by hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_gansu_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_gansu_2025_c"
PLACE = "甘肃省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_gansu_2025.txt"
FIRST, LAST = 51, 60                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年甘肃省政府工作报告"       # line 1 of the source, outside the excerpt
GS_ALTS = ["甘肃", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="培育文化旅游支柱产业。", ends="完善双拥工作机制，巩固军政军民团结。")
text = g.text
fact = g.with_subject(PLACE, GS_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
CLASS_NOTE = ("class label {} naming the kind of chain to be built, no count or amount "
              "attached (as 千亿级 in wr_anhui_2025_b / doc002)")
PLAN3_NOTE = "name of a three-year plan (三年规划), not a duration fact (as wr_henan_2025_c 三年行动)"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年重点工作 (heading on source line 26, outside the
# excerpt): the plan for 2025 → modality target.  Lines 1-7 (source 51-57) and 9-10 state no
# period of their own: their numbers take the section frame 2025-01-01..2025-12-31 (SPEC §4)
# with the null reading in period_alts; the period text is the excerpt's own name of that
# year, 今年 (line 8, source 58; as wr_gansu_2025_b used 年度 for the review year).  Line 8
# opens with 今年，将继续办好…10件实事: 今年 is explicit there and governs the whole line (the
# ten projects and their numbers).  Exceptions:
#   - 金昌、白银、庆阳3个城市医疗集团建设试点 (line 5): the pilots already exist (their
#     experience is to be summed up) → actual, the instant at the reference date (as
#     wr_guangdong_2025_c EXIST), alts the end of 2024, the year and null;
#   - 力争三年规划两年完成 (line 6): the two years of the reconstruction after the 积石山
#     earthquake (December 2023) run 2024-2025: the frame 2025 as gold, null and 2024-2025 as
#     alts.
S25 = P("今年", "2025-01-01", "2025-12-31")
S25_NULL = P("今年", None, None)
S25_END = P("今年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
THIS_YEAR = dict(period=S25, modality="target")
EXIST = dict(period=P("今年", REF, REF),
             period_alts=[P("今年", "2024-12-31", "2024-12-31"), S25, S25_NULL],
             modality="actual")
PLAN_NOTE = ("task for 2025 → target; the line states no period: section frame of the heading "
             "三、2025年重点工作 (source line 26, 2025; period text 今年 as in line 8), null as "
             "alt")
YEAR_NOTE = ("one of the 10件实事 for 2025 → target; 今年 at the head of the line governs "
             "(explicit, 2025)")


# ==== line 1 (source 51): 培育文化旅游支柱产业 (no facts) =====================================
g.neg("深入推进“八个一”", "八个一", LABEL_NOTE + " (“八个一”文化品牌, the province's set of "
      "eight cultural brands), not a count claim")
g.neg("规划实施一批国家级", "一批", VAGUE_NOTE)
g.neg("培育一批具有较强竞争力", "一批", VAGUE_NOTE)
g.neg("打造千亿级文旅康养", "千亿级", CLASS_NOTE.format("千亿级"))

# ==== line 2 (source 52): heading 七是 =========================================================
g.neg("七是坚持民生至上", "七是", MARKER_NOTE)

# ==== line 3 (source 53): 多措并举促就业 (no facts) =============================================
g.neg("服务千企”行动", "千企", LABEL_NOTE + " (campaign name “援企稳岗·服务千企” 'serve a "
      "thousand firms') — judgement call; a count of about 1,000 firms is the alternative")

# ==== line 4 (source 54): 办好人民满意的教育 ====================================================
fact("新增主城区园位1万个", "1万个", value=1e4, unit="count", kind="count", classifier="个",
     metric="主城区园位",
     metric_alts=new("主城区园位", "新增主城区园位", "园位", "幼儿园园位", "公办幼儿园园位",
                     "主城区幼儿园学位"), **PLAN,
     note="新增 N: kindergarten places to be added in 2025 (城镇公办幼儿园扩容工程), 增量 alts "
          "(README §3); " + PLAN_NOTE)

# ==== line 5 (source 55): 打造更高水平健康甘肃 ==================================================
g.neg("推进“三医”协同", "三医", LABEL_NOTE + " (“三医”: medical services, medical insurance "
      "and medicines)")
fact("建成投运4个国家区域医疗中心", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="国家区域医疗中心",
     metric_alts=new("国家区域医疗中心", "建成投运国家区域医疗中心", "区域医疗中心"), **PLAN,
     note="centres to be completed and opened in 2025; " + PLAN_NOTE)
fact("打造1家中西医协同", "1家", value=1, unit="count", kind="count", classifier="家",
     metric="中西医协同旗舰医院",
     metric_alts=new("中西医协同旗舰医院", "打造中西医协同旗舰医院", "旗舰医院"), **PLAN,
     note="a count with an Arabic 1 and its measure word (next to 4家), not an article; "
          + PLAN_NOTE)
fact("4家中医特色重点医院", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="中医特色重点医院",
     metric_alts=new("中医特色重点医院", "打造中医特色重点医院"), **PLAN,
     note="verb 打造 shared with 1家; " + PLAN_NOTE)
fact("建设28个省级临床重点专科", "28个", value=28, unit="count", kind="count", classifier="个",
     metric="省级临床重点专科",
     metric_alts=new("省级临床重点专科", "建设省级临床重点专科", "临床重点专科"), **PLAN,
     note=PLAN_NOTE)
g.neg("以基层首诊为重点", "首诊", "首诊 'first consultation (at the grassroots)', a term of "
      "the tiered-care system, not a rank")
fact("庆阳3个城市医疗集团", "3个", value=3, unit="count", kind="count", classifier="个",
     metric="城市医疗集团建设试点",
     metric_alts=["城市医疗集团建设试点城市", "城市医疗集团试点", "试点城市", "城市",
                  "城市医疗集团建设试点数量", "城市医疗集团"], **EXIST,
     note="judgement call: 金昌、白银、庆阳3个城市 — the number of pilot cities whose experience "
          "is to be summed up, a count (as wr_henan_2025_c 钢铁、有色、化工、建材4个重点行业; "
          "the appositive reading, a negative, is the alternative); the pilots already exist → "
          "actual, the instant at the reference date (as wr_guangdong_2025_c EXIST), alts the "
          "end of 2024, the year and null")
fact("为民服务15项实事", "15项", value=15, unit="count", kind="count", classifier="项",
     metric="卫生健康为民服务实事",
     metric_alts=["为民服务实事", "卫生健康为民服务实事数量", "实事", "卫生健康实事",
                  "实施卫生健康为民服务实事"], **PLAN,
     note="practical projects of the health sector to be carried out in 2025; " + PLAN_NOTE)

# ==== line 6 (source 56): 完善社会保障体系 =======================================================
g.neg("重建后半篇文章", "后半篇", "idiom 后半篇文章 'the second half of the essay' (the follow-up "
      "work), not a quantity")
g.neg("力争三年规划两年完成", "三年", PLAN3_NOTE + " (the three-year reconstruction plan) — "
      "judgement call: a planned duration of 3 years is the alternative reading")
fact("力争三年规划两年完成", "两年", value=2, unit="year", kind="amount",
     metric="积石山地震灾后重建完成时间",
     metric_alts=["灾后重建完成时间", "灾后重建规划完成时间", "三年规划完成时间", "完成时间",
                  "积石山地震灾后重建规划完成时间", "灾后重建三年规划完成时间",
                  "积石山地震灾后重建"],
     period=S25, period_alts=[S25_NULL, P("两年", "2024-01-01", "2025-12-31")],
     modality="target",
     note="力争 → target; the reconstruction after the 积石山 earthquake (December 2023) is to "
          "finish its three-year plan in two years: a duration fact (unit year, as 提前两年 in "
          "wr_china_1984) — judgement call; the frame 2025 as gold, null and the two years "
          "2024-2025 as alts")
g.neg("兜牢基层“三保”底线", "三保", LABEL_NOTE + " (基层“三保”: 保基本民生、保工资、保运转; as "
      "wr_guangxi_2025_b / wr_guizhou_2025_b)")

# ==== line 7 (source 57): 推进爱心甘肃工程 (no numerals) =======================================

# ==== line 8 (source 58): 今年…10件实事 ===========================================================
fact("可感可及的10件实事", "10件", value=10, unit="count", kind="count", classifier="件",
     metric="实事",
     metric_alts=["民生实事", "实事数量", "10件实事", "群众普遍需求、可感可及的实事",
                  "办好实事", "办好群众普遍需求、可感可及的实事"], **THIS_YEAR,
     note="a count of the projects (enumerated 一是…十是 after it; as wr_guangdong_2025_c "
          "十件民生实事), classifier 件; " + YEAR_NOTE)
for marker in ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"):
    ctx = {"七是": "。七是在", "八是": "。八是开展"}.get(marker, "。" + marker)
    g.neg(ctx, marker, MARKER_NOTE + " (items of the 10件实事)")
fact("支持20所县属高中", "20所", value=20, unit="count", kind="count", classifier="所",
     metric="县属高中",
     metric_alts=["支持县属高中", "县属高中数量", "改善办学条件的县属高中", "县中",
                  "支持县属高中改善办学条件"], **THIS_YEAR,
     note="county high schools to be supported (“强县中增学位”工程); " + YEAR_NOTE)
fact("义务教育阶段学位2万个", "2万个", value=2e4, unit="count", kind="count", classifier="个",
     metric="义务教育阶段学位",
     metric_alts=["增补义务教育阶段学位", "学位", "义务教育学位", "增补学位",
                  "义务教育阶段学位增量"], **THIS_YEAR, note="增补 'add': " + YEAR_NOTE)
fact("继续支持1万名", "1万名", value=1e4, unit="count", kind="count", classifier="名",
     metric="到基层就业的未就业普通高校毕业生",
     metric_alts=["未就业普通高校毕业生", "支持未就业普通高校毕业生到基层就业",
                  "未就业普通高校毕业生到基层就业", "到基层就业的高校毕业生", "基层就业高校毕业生",
                  "高校毕业生到基层就业"], **THIS_YEAR, note=YEAR_NOTE)
fact("城镇新增就业30万人", "30万人", value=3e5, unit="count", kind="count", classifier="人",
     metric="城镇新增就业",
     metric_alts=["新增就业", "城镇新增就业人数", "城镇新增就业人员"], **THIS_YEAR,
     note=YEAR_NOTE)
OLD_NOTE = ("verb 改造建设 distributes over the list (乡镇综合养老服务中心 ↔ 100个, 村级互助幸福院 "
            "↔ 300个); 增量 alts (README §3); " + YEAR_NOTE)
fact("改造建设100个乡镇", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="乡镇综合养老服务中心",
     metric_alts=new("乡镇综合养老服务中心", "改造建设乡镇综合养老服务中心", "综合养老服务中心"),
     **THIS_YEAR, note=OLD_NOTE)
fact("300个村级互助幸福院", "300个", value=300, unit="count", kind="count", classifier="个",
     metric="村级互助幸福院",
     metric_alts=new("村级互助幸福院", "改造建设村级互助幸福院", "互助幸福院"), **THIS_YEAR,
     note=OLD_NOTE)
g.neg("本科院校的一次性补助", "一次性", "adverb 一次性 'in a lump sum', not a count (as "
      "nw_cctv_20160918_heilongjiang_2016)")
fact("一次性补助1万元", "1万元", value=1e4, unit="CNY", kind="amount",
     metric="本科院校一次性补助",
     metric_alts=["一次性补助", "本科院校入学补助", "困难家庭子女本科院校入学资助",
                  "录取到本科院校的一次性补助", "本科入学补助", "补助标准",
                  "困难家庭子女普通高校入学资助"], **THIS_YEAR,
     note="per student admitted to an undergraduate college (the amount of the grant, a "
          "standard); " + YEAR_NOTE)
g.neg("专科院校的一次性补助", "一次性", "adverb 一次性 'in a lump sum', not a count")
fact("一次性补助8000元", "8000元", value=8000, unit="CNY", kind="amount",
     metric="专科院校一次性补助",
     metric_alts=["一次性补助", "专科院校入学补助", "困难家庭子女专科院校入学资助",
                  "专科院校的一次性补助", "专科入学补助", "补助标准",
                  "困难家庭子女普通高校入学资助"], **THIS_YEAR,
     note="per student admitted to a junior college; " + YEAR_NOTE)
fact("实施万名老年人白内障复明工程", "万名", value=1e4, unit="count", kind="count",
     classifier="名", metric="白内障复明工程老年人",
     metric_alts=["万名老年人白内障复明工程", "老年人", "白内障复明老年人", "老年人白内障复明",
                  "白内障复明工程", "白内障复明手术老年人", "白内障复明工程受益老年人"],
     **THIS_YEAR,
     note="judgement call: a quantity with its measure word inside a programme's name is a "
          "fact (SPEC §1: the project's capacity) → 1e4 elderly people to be treated, "
          "target (unlike the slogan-like campaign 万名干部进万企 in wr_yunnan_2025); "
          + YEAR_NOTE)
fact("完成5000户困难重度残疾人", "5000户", value=5000, unit="count", kind="count",
     classifier="户", metric="困难重度残疾人家庭无障碍改造",
     metric_alts=["困难重度残疾人家庭", "困难重度残疾人家庭无障碍改造户数",
                  "完成困难重度残疾人家庭无障碍改造", "无障碍改造", "残疾人家庭无障碍改造"],
     **THIS_YEAR, note="户 is a classifier (SPEC §3); " + YEAR_NOTE)
fact("改造建设20个残疾人", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="残疾人日间照料服务省级示范中心",
     metric_alts=new("残疾人日间照料服务省级示范中心", "改造建设残疾人日间照料服务省级示范中心",
                     "残疾人日间照料服务示范中心", "残疾人日间照料中心"), **THIS_YEAR,
     note=YEAR_NOTE)
fact("在500个行政村", "500个", value=500, unit="count", kind="count", classifier="个",
     metric="实施乡村全民健身提升工程的行政村",
     metric_alts=["行政村", "乡村全民健身提升工程行政村", "实施乡村全民健身提升工程行政村",
                  "行政村数量", "乡村全民健身提升工程"], **THIS_YEAR,
     note="the villages where the programme is to be carried out (the predicate defines the "
          "counted set → metric); " + YEAR_NOTE)
fact("为1万人提供互助保障服务", "1万人", value=1e4, unit="count", kind="count",
     classifier="人", metric="互助保障服务",
     metric_alts=["提供互助保障服务", "互助保障服务人数", "新就业形态劳动者互助保障服务",
                  "互助保障服务对象", "新就业形态劳动者", "提供互助保障服务人数"], **THIS_YEAR,
     note="new-form workers to be covered by mutual-aid protection; " + YEAR_NOTE)
fact("对10万名适龄女童", "10万名", value=1e5, unit="count", kind="count", classifier="名",
     metric="HPV疫苗补助接种适龄女童",
     metric_alts=["适龄女童", "HPV疫苗补助接种", "HPV疫苗接种", "HPV疫苗补助接种人数",
                  "进行HPV疫苗补助接种的适龄女童", "HPV疫苗接种适龄女童"], **THIS_YEAR,
     note=YEAR_NOTE)
WATER_NOTE = ("其中 of the 684 “水盆子” (small water-storage works): the parts by type; "
              + YEAR_NOTE)
fact("“水盆子”684个", "684个", value=684, unit="count", kind="count", classifier="个",
     metric="农村“水盆子”",
     metric_alts=new("农村“水盆子”", "农村水盆子", "“水盆子”", "水盆子", "建设农村“水盆子”"),
     **THIS_YEAR, note="建设 N: works to be built in 2025, 增量 alts; " + YEAR_NOTE)
fact("其中水库5座", "5座", value=5, unit="count", kind="count", classifier="座",
     metric="水库", metric_alts=new("水库", "建设水库"), **THIS_YEAR, note=WATER_NOTE)
fact("淤地坝20座", "20座", value=20, unit="count", kind="count", classifier="座",
     metric="淤地坝", metric_alts=new("淤地坝", "建设淤地坝"), **THIS_YEAR, note=WATER_NOTE)
fact("小微型调蓄设施659座", "659座", value=659, unit="count", kind="count", classifier="座",
     metric="小微型调蓄设施",
     metric_alts=new("小微型调蓄设施", "建设小微型调蓄设施", "调蓄设施"), **THIS_YEAR,
     note=WATER_NOTE)

# ==== line 9 (source 59): heading 八是 ==========================================================
g.neg("八是深化主动创安创稳", "八是", MARKER_NOTE)

# ==== line 10 (source 60): 全面提升社会治理效能 (no facts) =======================================
g.neg("“一廊一区一带”", "一廊一区一带", LABEL_NOTE + " (“一廊一区一带”行动, the campaign's "
      "name)")
g.neg("打造一批互嵌式", "一批", VAGUE_NOTE)
g.neg("完善双拥工作机制", "双拥", LABEL_NOTE + " (双拥 'the two supports': 拥军优属、拥政爱民; as "
      "wr_guangxi_2025_b)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_gansu_2025.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code: the last paragraph of task 六是加快文化强省建设 (培育文化旅游支柱产业), task "
    "七是坚持民生至上 in full (就业, 教育, 健康, 社会保障, 爱心甘肃工程, and the paragraph on the "
    "10件实事 for 2025) and the heading and first paragraph of task 八是深化主动创安创稳. Part of "
    "the report: 三、2025年重点工作 (heading on source line 26), the plan for 2025. Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-20, the delivery date in the report's header (source "
    "line 3: ——2025年1月20日在甘肃省第十四届人民代表大会第三次会议上); the shared meta agrees. "
    "Place: 甘肃省 (甘肃, 全省, 我省 → alts). Periods: lines without a period take the section "
    "frame 2025 (period text 今年, the excerpt's own name of the year), null as alt; line 8 "
    "(source 58) opens with 今年 (explicit, governs its ten projects). Modality target "
    "throughout, except 金昌、白银、庆阳3个城市医疗集团建设试点 (existing pilots: actual, the "
    "instant at the reference date with the end of 2024, the year and null as alts). "
    "Judgement calls: 3个 (pilot cities) a count, not an appositive; 三年规划两年完成 → 三年 a "
    "plan name (negative), 两年 a duration target (2 year; alts null and 2024-2025); 万名 in "
    "万名老年人白内障复明工程 → 1e4 persons (a quantity inside a programme's name, SPEC §1); "
    "服务千企 a campaign name (negative); per-student grants 1万元 / 8000元 are amounts of the "
    "year's scheme; 新增/建设/改造建设 N → counts with 增量 alts (README §3). Negatives: 八个一, "
    "一批 ×3, 千亿级, 七是 ×2, 八是 ×2, 千企, 三医, 首诊, 后半篇, 三年, 三保, 一是…十是 (items of "
    "the 10件实事, 七是/八是 included above), 一次性 ×2, 一廊一区一带, 双拥.")

g.write(date=REF, source=f"shared/texts/work_report/wr_gansu_2025.txt lines {FIRST}–{LAST} "
        "(三、2025年重点工作, tasks 六 (end) to 八 (start); 来源：甘肃日报)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
