"""Gold annotations for wr_hainan_2025_f (2025年海南省政府工作报告, the end of the 2025 tasks:
task （十） 民生 after its opening, the government's own work and the closing words), lines
84-89 of shared/texts/work_report/wr_hainan_2025.txt (the brief's 84-90: the file has 89
lines, so the excerpt runs to its end).

The excerpt corpora/wr_hainan_2025_f.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the four paragraphs
of task （十）着力保障和改善民生 after its heading (line 82) and opening (line 83) — 突出稳就业
促增收 (jobs 17万, 雨露计划 100%), 织密扎牢社会保障网 (pension insurance 763万人, medical
insurance 95%, childcare places 4.5 per 1,000, care institutions, elderly-care centres and
stations, rehabilitation coverage 95%), 持续深化健康海南建设 (91 chronic-disease clinics, one
hospital accredited), 不断提升居民文明素养和社会文明程度 (opening rate 90% of the sports
venues) — then the paragraph on the government's own work (新征程新使命，…; labels only) and
the closing words (各位代表！风来潮起…; no numeral), all at the end of part 三、2025年工作安排
(heading on source line 34, outside the excerpt).  Lines 17-25, 62-76, 10-12, 49-58 and 13-15
are annotated in wr_hainan_2025 / _b / _c / _d / _e (no overlap).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025_f.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hainan_2025_f"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hainan_2025.txt"
FIRST, LAST = 84, 89                    # 1-based, inclusive, whole lines (the brief's 84-90;
                                        # the source has 89 lines: the excerpt runs to its end)
TITLE = "2025年海南省政府工作报告"
HN_ALTS = ["海南", "全省", "我省"]
LOCAL_ALTS = HN_ALTS + ["各市县", "市县", "各市、县"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="突出稳就业促增收。",
                 ends="奋力谱写中国式现代化海南篇章！")
assert SRC.read_text(encoding="utf-8").endswith(g.text), "not the end of the source"
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SLOGAN_NOTE = "political slogan {}, not a quantity"
PHASE_NOTE = "phase label of a project (N期, README §2 一期), not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity (as wr_hainan_2025 / wr_hainan_2025_b)")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 三、2025年工作安排 (heading on source line 34, outside the
# excerpt; source line 35: 做好今年政府工作…): the plan for 2025 → modality target.  No line of
# the excerpt states a period of its own (no 今年, 全年, 年度 or date; 提升年 names a campaign
# year without a numeral), so every number takes that section frame (SPEC §4),
# 2025-01-01..2025-12-31, with the heading's period text 2025年 and null in period_alts (as
# wr_hainan_2025_b / _d; the surface is outside the excerpt — a known, deliberate exception of
# shared/gold/check_gold.py; period text is not scored).  Levels to be reached that hold at a
# moment (the insured population, the insurance rate, childcare places per 1,000 people) →
# the instant 2025-12-31 (stock rule; as wr_hainan_2025_b PLAN_END), the year and null as
# alts; rates of the year's activity (employment rate of the year's graduates, service
# coverage, opening rate of venues) → the year, the year end as alt; facilities to be built
# or started in the year → the year (the year end as alt for the built ones).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_LEVEL = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("task for 2025 → target; section frame of part 三、2025年工作安排 (source line "
             "34, outside the excerpt), null as alt")
END_NOTE = ("a level to be reached that holds at a moment (stock rule) → the instant "
            "2025-12-31, the year and null as alts; target")
RATE_NOTE = "a rate of the year's activity → the year, the year end as alt; "
BUILD_NOTE = ("facilities to be built in 2025 (a count of the year; the year-end instant and "
              "null as alts); 增量 alts (README §3); ")

# ==== line 1 (source 84): 突出稳就业促增收 ========================================================
fact("新增城镇就业17万人以上", "17万人", value=17e4, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["新增城镇就业", "城镇新增就业人数", "新增就业", "新增城镇就业人数"], **PLAN,
     note="以上 → ge (outside the span); " + PLAN_NOTE)
g.neg("零就业家庭动态清零", "零就业", LABEL_NOTE + " (零就业家庭 'households with no one in "
      "work', a term, as wr_jiangxi_2025_e)")
g.neg("零就业家庭动态清零", "清零", "清零 'clear to zero' (eliminate) in the policy phrase 动态"
      "清零, a goal word, not a quantity (as wr_jiangxi_2025_e)")
YULU = ["“雨露计划”毕业生就业率", "雨露计划毕业生就业率", "毕业生就业率", "就业率",
        "“雨露计划”就业率"]
fact("毕业生就业率达100%", "100%", value=100, unit="%", kind="share",
     metric="“雨露计划”毕业生就业率", metric_alts=YULU[1:], **PLAN_LEVEL,
     note="达 → eq; the employment rate of the programme's graduates of the year → "
          + RATE_NOTE + PLAN_NOTE)

# ==== line 2 (source 85): 织密扎牢社会保障网 ======================================================
PENS = ["基本养老保险参保", "基本养老保险参保人数", "养老保险参保人数", "基本养老保险参保人员",
        "参保人数"]
fact("基本养老保险参保达763万人", "763万人", value=763e4, unit="count", kind="count",
     classifier="人", metric="基本养老保险参保人数", metric_alts=PENS[:1] + PENS[2:], **PLAN_END,
     note="达 → eq; 深入实施全民参保计划 → target; the insured population (a stock): " + END_NOTE)
fact("医保参保率达95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="医保参保率",
     metric_alts=["基本医疗保险参保率", "医疗保险参保率", "基本医保参保率", "参保率"], **PLAN_END,
     note="达…以上 → ge (以上 outside the span); the share of the population insured (a share "
          "of a stock) → " + END_NOTE)
g.neg("居民服务“一件事”", "一件事", LABEL_NOTE + " (社会保障卡居民服务“一件事”, a reform name "
      "as “高效办成一件事”), not a count")
g.neg("每千人口托位数", "千人口", "per-1,000-people basis inside the metric name 每千人口托位数, "
      "not a count (as wr_jiangxi_2025_e 每千人口护士数)")
fact("每千人口托位数达4.5个", "4.5个", value=4.5, unit="count", kind="count", classifier="个",
     metric="每千人口托位数",
     metric_alts=["千人口托位数", "托位数", "每千人口托位", "每千人口拥有托位数"], **PLAN_END,
     note="达 → eq; 规范托育服务机构发展 → target; childcare places per 1,000 people (a ratio "
          "of stocks, as 每千人口托位数 in wr_jiangxi_2025_b) → " + END_NOTE)
LOCAL_NOTE = ("各市县至少建设: each city and county builds at least one (至少 → ge, distributing "
              "over both institutions; span number + classifier, README §1); the province "
              "keeps the subject, 各市县 as alts — judgement call; ")
fact("至少建设1家", "1家", value=1, unit="count", kind="count", classifier="家", bound="ge",
     metric="公立型或普惠性婴幼儿照护服务机构",
     metric_alts=new("公立型或普惠性婴幼儿照护服务机构", "婴幼儿照护服务机构",
                     "公立型婴幼儿照护服务机构", "普惠性婴幼儿照护服务机构", "建设婴幼儿照护服务机构"),
     subject_alts=LOCAL_ALTS, **PLAN_LEVEL,
     note=LOCAL_NOTE + BUILD_NOTE + PLAN_NOTE)
fact("服务机构、1所以失能", "1所", value=1, unit="count", kind="count", classifier="所",
     bound="ge", metric="以失能照护为主的特困人员供养服务机构",
     metric_alts=new("以失能照护为主的特困人员供养服务机构", "特困人员供养服务机构",
                     "失能照护特困人员供养服务机构", "特困人员供养机构"),
     subject_alts=LOCAL_ALTS, **PLAN_LEVEL,
     note="1所 (measure word 所), not 所以 'therefore': the text reads 1所 | 以失能照护为主的…; "
          + LOCAL_NOTE + BUILD_NOTE + PLAN_NOTE)
fact("区域性养老服务中心7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="区域性养老服务中心",
     metric_alts=new("区域性养老服务中心", "打造区域性养老服务中心", "养老服务中心"),
     **PLAN_LEVEL, note="打造 N: " + BUILD_NOTE + PLAN_NOTE)
fact("社区养老服务站22个", "22个", value=22, unit="count", kind="count", classifier="个",
     metric="社区养老服务站",
     metric_alts=new("社区养老服务站", "打造社区养老服务站", "养老服务站"),
     **PLAN_LEVEL, note="verb 打造 shared with 7个; " + BUILD_NOTE + PLAN_NOTE)
REHAB = ["基本康复服务覆盖率", "残疾人康复服务覆盖率", "康复服务覆盖率", "残疾人基本康复服务覆盖面"]
fact("基本康复服务覆盖率达95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="残疾人基本康复服务覆盖率", metric_alts=REHAB, **PLAN_LEVEL,
     note="达…以上 → ge (以上 outside the span); the share of the disabled served in the year → "
          + RATE_NOTE + PLAN_NOTE)

# ==== line 3 (source 86): 持续深化健康海南建设 ====================================================
g.neg("海南医院二期", "二期", PHASE_NOTE)
g.neg("口腔医院三亚医院", "三亚", NAME_NOTE.format("三亚, a city, in 北京大学口腔医院三亚医院"))
g.neg("加快“三医联动一张网”", "三医联动一张网", LABEL_NOTE + " (“三医联动一张网”: medical "
      "services, insurance and medicines linked on one network)")
g.neg("一张网”二期建设", "二期", PHASE_NOTE)
g.neg("建立省“三医”", "三医", LABEL_NOTE + " (“三医”: 医疗、医保、医药)")
fact("启动91家慢性病", "91家", value=91, unit="count", kind="count", classifier="家",
     metric="慢性病一体化门诊",
     metric_alts=new("慢性病一体化门诊", "启动慢性病一体化门诊建设", "慢性病一体化门诊建设",
                     "慢病一体化门诊"), **PLAN,
     note="clinics whose construction starts (启动…建设) in 2025 (a count of the year); 增量 "
          "alts (README §3); " + PLAN_NOTE)
fact("推动1家医院", "1家", value=1, unit="count", kind="count", classifier="家",
     metric="开展国际医院评审认证的医院",
     metric_alts=["医院", "国际医院评审认证医院", "开展国际医院评审认证医院",
                  "开展国际医院评审认证的医院数量", "国际医院评审认证", "参加国际医院评审认证的医院"],
     **PLAN,
     note="a count (one hospital to be put through the international accreditation in 2025), "
          "not an article — judgement call; " + PLAN_NOTE)

# ==== line 4 (source 87): 不断提升居民文明素养和社会文明程度 ==========================================
g.neg("精神文明双提升", "双提升", LABEL_NOTE + " (双提升 'both improve', as 双下降 in "
      "wr_china_2008_b), not a quantity")
g.neg("南海博物馆二期", "二期", PHASE_NOTE)
g.neg("自然“双遗产”", "双遗产", LABEL_NOTE + " (“双遗产”: World Cultural and Natural Heritage)")
g.neg("精心组织策划一批", "一批", VAGUE_NOTE)
g.neg("“一场两馆［24］”", "一场两馆", LABEL_NOTE + " (“一场两馆”: a stadium, a gymnasium and a "
      "swimming hall — a class of sports venues, glossary note 24), not counts")
g.neg("“一场两馆［24］”", "［24］", FOOTNOTE_NOTE)
OPEN = ["全民健身活动中心和“一场两馆”对外开放率", "全民健身活动中心和一场两馆对外开放率",
        "对外开放率", "“一场两馆”对外开放率", "一场两馆对外开放率", "全民健身活动中心对外开放率",
        "公共体育场馆对外开放率"]
fact("对外开放率达90%", "90%", value=90, unit="%", kind="share",
     metric=OPEN[0], metric_alts=OPEN[1:], **PLAN_LEVEL,
     note="达 → eq; the share of the venues opened to the public over the year → " + RATE_NOTE
          + PLAN_NOTE)

# ==== line 5 (source 88): 新征程新使命 — the government's own work (labels only) ======================
g.neg("坚定捍卫“两个确立”", "两个确立", SLOGAN_NOTE.format("“两个确立”, as wr_guangdong_2025"))
g.neg("坚决做到“两个维护”", "两个维护", SLOGAN_NOTE.format("“两个维护”"))
g.neg("中央八项规定精神", "八项规定", LABEL_NOTE + " (中央八项规定, the Politburo's eight-point "
      "rules on conduct), not a count claim")
g.neg("坚决纠治“四风”", "四风", LABEL_NOTE + " (“四风”: formalism, bureaucratism, hedonism, "
      "extravagance)")
g.neg("落实“三个区分开来”", "三个区分开来", SLOGAN_NOTE.format("“三个区分开来” (the three "
      "distinctions in judging officials' mistakes)"))
g.neg("“监督一张网［25］”", "一张网", LABEL_NOTE + " (“监督一张网”, the supervision network, "
      "glossary note 25)")
g.neg("“监督一张网［25］”", "［25］", FOOTNOTE_NOTE)
g.neg("“十五五”规划", "十五五", "plan label 十五五 (SPEC §1)")
g.neg("谋划实施一批", "一批", VAGUE_NOTE)

# ==== line 6 (source 89): closing words — no numeral =========================================

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hainan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code. The brief gives lines "
    "84-90; the source has 89 lines (its last line ends with the file's only final newline), so "
    "the excerpt runs from line 84 to the end of the file — the same text, nothing moved. Part "
    "of the report: the end of the 2025 plan (part 三、2025年工作安排, heading on source line 34, "
    "outside the excerpt): the four paragraphs of task （十）着力保障和改善民生 after its heading "
    "and opening (突出稳就业促增收; 织密扎牢社会保障网; 持续深化健康海南建设; 不断提升居民文明素养和"
    "社会文明程度), the paragraph on the government's own work (新征程新使命…; labels only) and "
    "the closing words (各位代表！风来潮起…; no numeral). Lines 17-25, 62-76, 10-12, 49-58 and "
    "13-15 are wr_hainan_2025 / _b / _c / _d / _e (no overlap). Title, dateline and source line "
    "are outside the excerpt (title_in_text=False). Date: 2025-01-14, the delivery date in the "
    "report's dateline (source line 2: ——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会"
    "第四次会议上的讲话), as wr_hainan_2025 / _b; the shared meta gives only '2025'. Place: 海南省 "
    "(海南, 全省, 我省 → alts; 各市县 added for the institutions each city and county builds). "
    "Periods: no line states a period, so every number takes the section frame of part 三 "
    "(2025-01-01..2025-12-31, period text 2025年, null as alt; the surface is outside the "
    "excerpt, a known exception of shared/gold/check_gold.py); levels holding at a moment "
    "(763万人 insured, 医保参保率 95%, 4.5 childcare places per 1,000) → instant 2025-12-31, the "
    "year and null as alts; rates of the year's activity (雨露计划 100%, 康复服务覆盖率 95%, "
    "开放率 90%) and facilities to be built (1家, 1所, 7个, 22个) → the year with the year end "
    "as alt; clinics whose construction starts (91家) and the accreditation (1家医院) → the "
    "year. Modality: target throughout (plan text: 新增, 达, 建设, 打造, 启动, 推动). Bounds: "
    "以上 → ge (17万人, 95% ×2); 至少 → ge (1家, 1所). Units: 万人 → count 人; 4.5个 per 1,000 "
    "people → count 个. Judgement calls: 至少建设1家…、1所… → two counts with ge and the "
    "province as subject (各市县 as alt); 1所以失能 read as 1所 + 以; 推动1家医院 → a count, "
    "not an article; 医保参保率 read as a stock share (instant), 康复服务覆盖率 and 开放率 as "
    "rates of the year; labels in quotes (一场两馆, 三医联动一张网, 监督一张网, 两个确立, 两个维护, "
    "三个区分开来, 八项规定, 四风, 双遗产, 双提升) → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 统一 ×2, 进一步 ×2, 一体化 (慢性病一体化门诊), 一致 (高度一致), "
    "小而美 (no numeral).")

g.write(date=REF, source=f"shared/texts/work_report/wr_hainan_2025.txt lines {FIRST}–{LAST} "
        "(to the end of the file; the brief's 84–90; 来源：海南日报; part 三、2025年工作安排: "
        "task （十） after its opening, the government's own work, closing words)",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
