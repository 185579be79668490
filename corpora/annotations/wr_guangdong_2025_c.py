"""Gold annotations for wr_guangdong_2025_c (2025年广东省政府工作报告, third excerpt: annex 1),
lines 98-108 of shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 附件1, its title 2025年省十件民生实事 and items
一、…九、 of the ten practical projects for 2025 (elderly care, social assistance, jobs, schools,
prenatal and newborn screening and childcare, sewage, rural roads and charging piles, county
hospitals and medical-insurance incentives, food and drug inspection).  Lines 22-29 and 39-45
are annotated in wr_guangdong_2025 / wr_guangdong_2025_b (no overlap).  Lines 98-108 make
2,490 characters with about 90 numerals, the densest run of the report outside the review
items; it starts at a section heading (附件1) as briefed; adding item 十、 (line 109) would
make 2,713 (over 2,500).  The review items (lines 13-15, 2,321) are as dense but start at no
heading line.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_guangdong_2025_c"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_guangdong_2025.txt"
FIRST, LAST = 98, 108                   # 1-based, inclusive, whole lines
TITLE = "2025年广东省政府工作报告"
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="附件1\n2025年省十件民生实事",
                 ends="发现并监督服务类消费问题整改。")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
THRESH_NOTE = ("threshold defining the set measured ({}; SPEC §2), part of the metric, not a "
               "fact of its own")
GRADE_NOTE = ("grade label {} (a class of roads / institutions), not a quantity (as 二级 in "
              "wr_hunan_2025_b)")
BASIS_NOTE = ("per-1,000-people basis 每千人(口) inside the metric name, not a count (as "
              "wr_guizhou_2025_b / wr_shaanxi_2025)")

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# Line 2 of the excerpt is the title of the annex, 2025年省十件民生实事: it names the year of
# the projects.  It is its own line, so (SPEC §4) it governs nothing after it literally; but it
# is the frame of the whole annex: items 一、…九、 (lines 3-11) state no period of their own and
# take that section frame, period text 2025年, 2025-01-01..2025-12-31, null as alt (as
# wr_anhui_2025_b / wr_hunan_2025_b).  Modality target throughout (projects to be done in
# 2025), except the current levels stated beside them (see FROM and EXIST).
# - counts of things to be built or added (床位, 驿站, 托位, 服务区, 充电桩 …) → the year, with
#   the end instant as a further alt (the set as a stock; as wr_guangdong_2025_b PLAN_SET);
# - levels, standards and rates of a stock to be reached (建有率, 低保标准比例, 特困标准倍数,
#   补贴标准 提高到, 每千人口托位数) → the instant 2025-12-31 (stock rule; as
#   wr_hunan_2025_b END_NOTE), the year and null as alts;
# - rates of the year's service (服务率, 抽检覆盖率) → the year, the end instant as alt (as
#   wr_hainan_2025_b 服务率);
# - from/to pairs 从X提高到Y: X is the standard in force before the 2025 change — a current,
#   actual level, the instant at the start of 2025 (as wr_china_2019 FROM: the start of the
#   year of the change), alts the end of 2024, the year and null; Y is the target level at the
#   end of 2025 (END);
# - 已建成超1.6万个 (stations already built) → actual, the instant of the reference date (the
#   stock as of now, SPEC §4 目前), alts the end of 2024, the frame's end, the year and null.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
RATE = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
FROM = dict(period=P("2025年", "2025-01-01", "2025-01-01"),
            period_alts=[P("2025年", "2024-12-31", "2024-12-31"), S25, S25_NULL],
            modality="actual")
EXIST = dict(period=P("2025年", REF, REF),
             period_alts=[P("2025年", "2024-12-31", "2024-12-31"), S25_END, S25, S25_NULL],
             modality="actual")
PLAN_NOTE = ("annex project for 2025 → target; the line states no period: frame of the annex "
             "title 2025年省十件民生实事 (2025), null as alt")
SET_NOTE = PLAN_NOTE + "; things to be built/added: the end instant as a further alt"
END_NOTE = ("a level / standard to be reached → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; target")
FROM_NOTE = ("start value of a from/to pair (从X提高到Y): the standard in force before the 2025 "
             "change, a current level → actual, the instant 2025-01-01 (as wr_china_2019 FROM), "
             "alts the end of 2024, the year and null; per person per month (每人每月, outside "
             "the span) is part of the indicator, not a period")
TO_NOTE = ("end value of a from/to pair: the standard to be in force after the 2025 change → "
           "target, " + END_NOTE)


# ---- line 1 (source 98): 附件1 ----------------------------------------------------------------
g.neg("附件1", "1", "annex number (附件1), a label, not a quantity (SPEC §1 article/figure "
      "numbers)")

# ---- line 2 (source 99): 2025年省十件民生实事 --------------------------------------------------
g.neg("2025年省十件民生实事", "2025年", PERIOD_NOTE + " (title of the annex: the year of the "
      "projects, 2025; the period text of the annex's facts)")
fact("2025年省十件民生实事", "十件", value=10, unit="count", kind="count", classifier="件",
     metric="省民生实事",
     metric_alts=["民生实事", "省十件民生实事", "民生实事数量", "省民生实事数量",
                  "2025年省民生实事"], **PLAN,
     note="judgement call: the title counts the projects (ten, enumerated 一、…十、 after it; "
          "as wr_xizang_2025 办好21项民生实事 / wr_sichuan_2025 30件年度民生实事), a count with "
          "classifier 件, not a set label N大; the year in the same line governs it → 2025, target")

# ---- line 3 (source 100): 一、elderly care ------------------------------------------------------
g.neg("一、为老年人", "一、", MARKER_NOTE)
fact("为超2.5万名65岁", "2.5万名", value=25000, unit="count", kind="count", classifier="名",
     bound="gt", metric="65岁及以上失能老年人",
     metric_alts=["失能老年人", "享受免费上门服务的65岁及以上失能老年人", "免费上门服务失能老年人",
                  "65岁及以上失能老年人上门服务", "上门服务失能老年人", "65岁及以上失能老年人人数",
                  "免费提供上门服务的失能老年人"], **PLAN,
     note="超 → gt (outside the span); disabled elderly to receive free home services in 2025; "
          "the age threshold 65岁 has its own negative; " + PLAN_NOTE)
g.neg("2.5万名65岁及以上", "65岁", THRESH_NOTE.format("65岁及以上, the age limit of the elderly "
      "served"))
fact("新增护理型床位超过1000张", "1000张", value=1000, unit="count", kind="count",
     classifier="张", bound="gt", metric="护理型床位",
     metric_alts=new("护理型床位", "新增护理型床位", "护理床位"), **PLAN_SET,
     note="超过 → gt; 新增 N: beds added in 2025, 增量 alts (README §3); " + SET_NOTE)
g.neg("，65岁及以上老年人医养", "65岁", THRESH_NOTE.format("65岁及以上老年人, the age limit "
      "of the elderly served"))
fact("医养结合服务率超过40%", "40%", value=40, unit="%", kind="share", bound="gt",
     metric="65岁及以上老年人医养结合服务率",
     metric_alts=["医养结合服务率", "老年人医养结合服务率", "65岁及以上老人医养结合服务率"],
     **RATE,
     note="超过 → gt; the share of the elderly served in the year → the year (as "
          "wr_hainan_2025_b 服务率), the end instant as alt; target")
fact("服务率提高到65%", "65%", value=65, unit="%", kind="share",
     metric="城乡社区规范健康管理服务率",
     metric_alts=["社区规范健康管理服务率", "规范健康管理服务率",
                  "65岁及以上老年人城乡社区规范健康管理服务率", "老年人城乡社区规范健康管理服务率",
                  "老年人健康管理服务率", "城乡社区老年人规范健康管理服务率"], **RATE,
     note="提高到 → eq (the rate to reach); the elderly's share served in the year → the year "
          "(as wr_hainan_2025_b 管理服务率达65%), the end instant as alt; target")
fact("养老服务人员培训超5万人次", "5万人次", value=50000, unit="count", kind="count",
     classifier="人次", bound="gt", metric="养老服务人员培训",
     metric_alts=["开展养老服务人员培训", "养老服务人员培训人次", "养老服务人员",
                  "培训养老服务人员", "养老服务培训"], **PLAN,
     note="超 → gt; 人次 is the classifier (SPEC §3); " + PLAN_NOTE)
g.neg("评定为一级以上", "一级", GRADE_NOTE.format("一级(以上服务等级), the service grade of the "
      "township care homes measured"))
g.neg("评定为二级以上", "二级", GRADE_NOTE.format("二级(以上服务等级), the service grade of the "
      "county care homes measured"))
fact("建有率达到80%", "80%", value=80, unit="%", kind="share",
     metric="公办养老机构建有率",
     metric_alts=["建有率", "乡镇级、县级公办养老机构建有率", "等级公办养老机构建有率",
                  "乡镇级公办养老机构、县级公办养老机构建有率", "公办养老机构服务等级建有率",
                  "评定服务等级的公办养老机构建有率", "养老机构建有率"], **PLAN_END,
     note="达到 → eq; one rate for the township homes of grade 1+ and county homes of grade 2+ "
          "(the grades are part of the set, negatives); the share of a stock of institutions "
          "→ " + END_NOTE)

# ---- line 4 (source 101): 二、social assistance ---------------------------------------------
g.neg("二、提升困难", "二、", MARKER_NOTE)
fact("的比例达到77%以上", "77%", value=77, unit="%", kind="share", bound="ge",
     metric="农村低保标准占城镇低保标准的比例",
     metric_alts=["农村低保标准占城镇低保标准比例", "农村低保标准占城镇低保标准的比重",
                  "农村低保标准与城镇低保标准之比", "城乡低保标准比例", "农村低保标准占比"],
     **PLAN_END, note="达到…以上 → ge (以上 outside the span); a ratio of two standards in "
                      "force → " + END_NOTE)
fact("标准的1.6倍", "1.6倍", value=1.6, unit="times", kind="ratio", bound="ge",
     metric="特困人员基本生活标准",
     metric_alts=["特困人员基本生活标准与最低生活保障标准之比",
                  "特困人员基本生活标准相当于最低生活保障标准的倍数",
                  "特困人员基本生活标准与低保标准之比", "特困人员基本生活标准为低保标准的倍数",
                  "特困人员基本生活标准倍数"], **PLAN_END,
     note="不低于…的1.6倍 → ratio 1.6 times, ge (不低于 outside the span); the basis (当地最低生活"
          "保障标准) stays in the metric alts, comparison null on a ratio (as doc004 全省平均水平的"
          "N倍); " + END_NOTE)
DIS1 = ["困难残疾人生活补贴", "困难残疾人生活补贴每人每月标准", "困难残疾人生活补贴月标准",
        "残疾人“两项补贴”标准", "残疾人两项补贴标准", "两项补贴标准"]
DIS2 = ["重度残疾人护理补贴", "重度残疾人护理补贴每人每月标准", "重度残疾人护理补贴月标准",
        "残疾人“两项补贴”标准", "残疾人两项补贴标准", "两项补贴标准"]
PAIR_NOTE = ("分别 pairs the two allowances with the values in list order: 生活补贴 ↔ 202元 → "
             "209元, 护理补贴 ↔ 270元 → 280元; each value has its own unit; 标准 shared")
fact("分别从每人每月202元", "202元", value=202, unit="CNY", kind="amount",
     metric="困难残疾人生活补贴标准", metric_alts=DIS1, **FROM,
     note=PAIR_NOTE + "; " + FROM_NOTE)
fact("202元、270元提高到", "270元", value=270, unit="CNY", kind="amount",
     metric="重度残疾人护理补贴标准", metric_alts=DIS2, **FROM,
     note=PAIR_NOTE + "; " + FROM_NOTE)
fact("提高到209元", "209元", value=209, unit="CNY", kind="amount",
     metric="困难残疾人生活补贴标准", metric_alts=DIS1, **PLAN_END,
     note=PAIR_NOTE + "; " + TO_NOTE)
fact("209元、280元", "280元", value=280, unit="CNY", kind="amount",
     metric="重度残疾人护理补贴标准", metric_alts=DIS2, **PLAN_END,
     note=PAIR_NOTE + "; " + TO_NOTE)
ORPH1 = ["集中供养孤儿基本生活保障最低标准", "集中供养孤儿基本生活保障标准",
         "集中供养孤儿基本生活费标准", "集中供养孤儿保障标准", "孤儿基本生活保障标准",
         "集中供养孤儿基本生活保障省定最低标准每人每月"]
fact("最低标准从每人每月2295元", "2295元", value=2295, unit="CNY", kind="amount",
     metric="集中供养孤儿基本生活保障省定最低标准", metric_alts=ORPH1, **FROM, note=FROM_NOTE)
fact("提高到2375元", "2375元", value=2375, unit="CNY", kind="amount",
     metric="集中供养孤儿基本生活保障省定最低标准", metric_alts=ORPH1, **PLAN_END, note=TO_NOTE)
ORPH2 = ["散居孤儿基本生活保障最低标准", "散居孤儿基本生活保障标准", "散居孤儿基本生活费标准",
         "散居孤儿保障标准", "孤儿基本生活保障标准",
         "散居孤儿（含艾滋病病毒感染儿童）基本生活保障省定最低标准"]
ORPH2_NOTE = "the head 基本生活保障省定最低标准 restored from the previous clause (README §3)"
fact("从每人每月1484元", "1484元", value=1484, unit="CNY", kind="amount",
     metric="散居孤儿基本生活保障省定最低标准", metric_alts=ORPH2, **FROM,
     note=ORPH2_NOTE + "; " + FROM_NOTE)
fact("提高到1536元", "1536元", value=1536, unit="CNY", kind="amount",
     metric="散居孤儿基本生活保障省定最低标准", metric_alts=ORPH2, **PLAN_END,
     note=ORPH2_NOTE + "; " + TO_NOTE)

# ---- line 5 (source 102): 三、jobs ---------------------------------------------------------------
g.neg("三、为重点", "三、", MARKER_NOTE)
fact("建设122个“就业驿站”", "122个", value=122, unit="count", kind="count", classifier="个",
     metric="“就业驿站”",
     metric_alts=new("就业驿站", "建设“就业驿站”", "建设就业驿站", "“就业驿站”数量"), **PLAN_SET,
     note="stations to be built in 2025; " + SET_NOTE)
fact("开发储备超5000个", "5000个", value=5000, unit="count", kind="count", classifier="个",
     bound="gt", metric="公益性岗位",
     metric_alts=["开发储备公益性岗位", "开发公益性岗位", "公益性岗位数量", "储备公益性岗位"],
     **PLAN, note="超 → gt; " + PLAN_NOTE)
fact("就业见习岗位超6万个", "6万个", value=60000, unit="count", kind="count", classifier="个",
     bound="gt", metric="就业见习岗位",
     metric_alts=["募集就业见习岗位", "见习岗位", "就业见习岗位数量"], **PLAN,
     note="超 → gt; " + PLAN_NOTE)
fact("吸引超2万名高校毕业生", "2万名", value=20000, unit="count", kind="count",
     classifier="名", bound="gt", metric="到粤东粤西粤北地区稳定就业的高校毕业生等青年",
     metric_alts=["高校毕业生等青年", "高校毕业生", "吸引高校毕业生等青年",
                  "到粤东粤西粤北地区就业的高校毕业生", "到粤东粤西粤北地区稳定就业的高校毕业生",
                  "到粤东粤西粤北地区稳定就业的青年", "吸引高校毕业生等青年到粤东粤西粤北地区稳定就业"],
     **PLAN, note="超 → gt; the predicate defines the counted set → in the metric; " + PLAN_NOTE)
fact("已建成超1.6万个户外", "1.6万个", value=16000, unit="count", kind="count",
     classifier="个", bound="gt", metric="户外劳动者“爱心驿站”",
     metric_alts=["“爱心驿站”", "爱心驿站", "户外劳动者爱心驿站", "已建成户外劳动者“爱心驿站”",
                  "已建成爱心驿站", "户外劳动者“爱心驿站”数量", "爱心驿站数量"], **EXIST,
     note="judgement call: 已建成 — the stations that already exist (a stock as of now), the "
          "base whose services the project will improve, not a 2025 goal → actual, instant of "
          "the reference date (SPEC §4 目前), alts the end of 2024, the frame's end (the literal "
          "stock rule), the year and null; 超 → gt")
fact("升级拓展2250家", "2250家", value=2250, unit="count", kind="count", classifier="家",
     metric="智能化驿站",
     metric_alts=["升级拓展智能化驿站", "智能化驿站数量", "升级拓展特色服务功能的智能化驿站",
                  "驿站"], **PLAN,
     note="stations whose services are to be upgraded in 2025 (升级拓展) → target; " + PLAN_NOTE)
fact("免费体检超7万人次", "7万人次", value=70000, unit="count", kind="count",
     classifier="人次", bound="gt", metric="免费体检",
     metric_alts=["开展免费体检", "农民工和新就业形态人员免费体检", "免费体检人次",
                  "为农民工和新就业形态人员开展免费体检", "体检"], **PLAN,
     note="超 → gt; 人次 is the classifier; " + PLAN_NOTE)

# ---- line 6 (source 103): 四、schools ------------------------------------------------------------
g.neg("四、提升县域", "四、", MARKER_NOTE)
fact("推动超40所乡镇", "40所", value=40, unit="count", kind="count", classifier="所",
     bound="gt", metric="乡镇中心幼儿园",
     metric_alts=["构建城乡学前教育一体化管理资源共享机制的乡镇中心幼儿园", "中心幼儿园",
                  "乡镇中心幼儿园数量", "推动乡镇中心幼儿园构建城乡学前教育一体化管理资源共享机制"],
     **PLAN, note="超 → gt; kindergartens to set up the shared-management scheme in 2025; "
                  + PLAN_NOTE)
fact("打造150个以上", "150个", value=150, unit="count", kind="count", classifier="个",
     bound="ge", metric="幼儿园共同体",
     metric_alts=new("幼儿园共同体", "优质学前教育资源牵头的幼儿园共同体", "打造幼儿园共同体",
                     "学前教育共同体"), **PLAN_SET,
     note="以上 → ge (outside the span); " + SET_NOTE)
fact("温馨校园超40所", "40所", value=40, unit="count", kind="count", classifier="所",
     bound="gt", metric="义务教育乡村温馨校园",
     metric_alts=new("义务教育乡村温馨校园", "升级建设义务教育乡村温馨校园", "乡村温馨校园",
                     "温馨校园"), **PLAN_SET, note="超 → gt; " + SET_NOTE)
g.neg("推动珠三角优质", "珠三角", "place name 珠三角 (the Pearl River Delta), not a quantity "
      "(as 长三角 in wr_anhui_2025_b)")
fact("托管15所新型", "15所", value=15, unit="count", kind="count", classifier="所",
     metric="新型城镇化试点县县中",
     metric_alts=["托管新型城镇化试点县县中", "组团融入式托管新型城镇化试点县县中", "试点县县中",
                  "县中", "托管县中", "新型城镇化试点县县中数量", "托管的县中"], **PLAN,
     note="county high schools to be taken over by Pearl River Delta schools in 2025; "
          + PLAN_NOTE)
SPED = ["特殊教育生均公用经费最低标准", "特殊教育生均公用经费标准",
        "义务教育阶段特殊教育生均公用经费标准", "特殊教育生均公用经费",
        "义务教育特殊教育生均公用经费最低标准"]
fact("从每生每年6000元", "6000元", value=6000, unit="CNY", kind="amount",
     metric="义务教育阶段特殊教育生均公用经费最低标准", metric_alts=SPED, **FROM,
     note=FROM_NOTE.replace("每人每月", "每生每年"))
fact("提高至7000元", "7000元", value=7000, unit="CNY", kind="amount",
     metric="义务教育阶段特殊教育生均公用经费最低标准", metric_alts=SPED, **PLAN_END,
     note=TO_NOTE + "; per student per year (每生每年) is part of the indicator")
fact("惠及残疾学生超7.6万名", "7.6万名", value=76000, unit="count", kind="count",
     classifier="名", bound="gt", metric="惠及残疾学生",
     metric_alts=["残疾学生", "受惠残疾学生", "惠及残疾学生人数"], **PLAN,
     note="超 → gt; " + PLAN_NOTE)

# ---- line 7 (source 104): 五、screening and childcare --------------------------------------------
g.neg("五、为孕产妇", "五、", MARKER_NOTE)
fact("为超61万名孕妇", "61万名", value=610000, unit="count", kind="count", classifier="名",
     bound="gt", metric="免费产前筛查孕妇",
     metric_alts=["孕妇", "免费提供产前筛查的孕妇", "孕妇产前筛查", "产前筛查", "免费产前筛查",
                  "孕妇产前筛查人数", "接受免费产前筛查的孕妇"], **PLAN,
     note="超 → gt; pregnant women to be screened free of charge in 2025 (the predicate in the "
          "metric); " + PLAN_NOTE)
fact("为超73万名新生儿", "73万名", value=730000, unit="count", kind="count", classifier="名",
     bound="gt", metric="免费筛查新生儿",
     metric_alts=["新生儿", "免费提供筛查的新生儿", "新生儿筛查", "新生儿免费筛查",
                  "新生儿疾病筛查", "新生儿筛查人数", "接受免费筛查的新生儿"], **PLAN,
     note="超 → gt; " + PLAN_NOTE)
fact("建设4所市级", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="市级示范性托育综合服务中心",
     metric_alts=new("市级示范性托育综合服务中心", "建设市级示范性托育综合服务中心",
                     "示范性托育综合服务中心", "托育综合服务中心"), **PLAN_SET, note=SET_NOTE)
fact("和4所县级", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="县级示范性托育机构",
     metric_alts=new("县级示范性托育机构", "建设县级示范性托育机构", "示范性托育机构",
                     "托育机构"), **PLAN_SET, note="verb 推进建设 shared; " + SET_NOTE)
fact("新增普惠性托位超1000个", "1000个", value=1000, unit="count", kind="count",
     classifier="个", bound="gt", metric="普惠性托位",
     metric_alts=new("普惠性托位", "新增普惠性托位", "普惠托位", "托位"), **PLAN_SET,
     note="超 → gt; 新增 N, 增量 alts (README §3); " + SET_NOTE)
g.neg("参与3岁以下", "3岁", THRESH_NOTE.format("3岁以下幼儿, the age limit of the children; "
      "no fact in this clause"))
g.neg("每千人口拥有3岁", "千人口", BASIS_NOTE)
g.neg("拥有3岁以下托位数", "3岁", THRESH_NOTE.format("3岁以下, the age limit of the places "
      "counted"))
fact("不少于5.5个", "5.5个", value=5.5, unit="count", kind="count", classifier="个",
     bound="ge", metric="每千人口拥有3岁以下托位数",
     metric_alts=["每千人口拥有3岁以下婴幼儿托位数", "每千人口拥有婴幼儿托位数", "每千人口托位数",
                  "千人口托位数", "托位数", "每千人口拥有托位数", "每千人口3岁以下托位数"],
     **PLAN_END,
     note="不少于 → ge (outside the span); places per 1,000 people (a ratio of stocks, as "
          "wr_guizhou_2025_b 4个以上) → " + END_NOTE)

# ---- line 8 (source 105): 六、sewage -------------------------------------------------------------
g.neg("六、扎实推进", "六、", MARKER_NOTE)
fact("供排水管网超2000公里", "2000公里", value=2e6, unit="m", kind="amount", bound="gt",
     metric="新增改造城镇供排水管网",
     metric_alts=["城镇供排水管网", "新增改造城镇供排水管网长度", "供排水管网", "新增改造供排水管网",
                  "城镇供排水管网增量", "城镇供排水管网里程"], **PLAN,
     note="超 → gt; 公里 → ×1e3 m; " + PLAN_NOTE)
fact("污水处理能力30万吨/日", "30万吨/日", value=300000, unit="t", kind="amount",
     metric="新增改造污水处理能力",
     metric_alts=["污水处理能力", "新增改造污水日处理能力", "污水日处理能力", "新增污水处理能力",
                  "污水处理能力增量", "新增改造污水处理规模"], **PLAN,
     note="万吨/日: a daily capacity → base unit t, the rate in the metric (SPEC §3 rates, as "
          "wr_guizhou_2025_b 18.92万吨/日); the span keeps /日; " + PLAN_NOTE)
fact("排涝能力600立方米/秒", "600立方米/秒", value=600, unit="m3", kind="amount",
     metric="城市排涝能力",
     metric_alts=["提升改造城市排涝能力", "排涝能力", "城市排涝能力增量", "提升城市排涝能力",
                  "城市排涝能力提升"], **PLAN,
     note="立方米/秒: a flow capacity → base unit m3, the rate (per second) in the metric (as "
          "万吨/日); the span keeps /秒; the capacity added (提升改造) in 2025; " + PLAN_NOTE)
fact("新增解决超1000个", "1000个", value=1000, unit="count", kind="count", classifier="个",
     bound="gt", metric="解决生活污水治理问题的自然村",
     metric_alts=["自然村", "新增解决生活污水治理问题的自然村", "自然村生活污水治理",
                  "新增解决自然村生活污水治理问题", "生活污水治理自然村", "自然村数量"], **PLAN,
     note="超 → gt; the predicate defines the counted villages → in the metric; " + PLAN_NOTE)

# ---- line 9 (source 106): 七、rural roads --------------------------------------------------------
g.neg("七、深入推进", "七、", MARKER_NOTE)
g.neg("“四好农村路”和高速", "四好", LABEL_NOTE + " (“四好农村路”: roads well built, managed, "
      "maintained and run)")
fact("升级改造农村公路超4000公里", "4000公里", value=4e6, unit="m", kind="amount", bound="gt",
     metric="升级改造农村公路",
     metric_alts=["农村公路", "农村公路升级改造", "升级改造农村公路里程", "农村公路升级改造里程"],
     **PLAN, note="超 → gt; 公里 → ×1e3 m; " + PLAN_NOTE)
g.neg("县道四级公路", "四级", GRADE_NOTE.format("四级公路 (class-4 road)"))
g.neg("提升三级公路", "三级", GRADE_NOTE.format("三级公路 (class-3 road)"))
fact("三级公路超1200公里", "1200公里", value=1.2e6, unit="m", kind="amount", bound="gt",
     metric="县道四级公路提升三级公路",
     metric_alts=["县道四级公路提升三级公路里程", "县道提升三级公路", "四级公路提升三级公路",
                  "县道升级", "县道四级公路提升为三级公路"], **PLAN,
     note="其中: part of the 4000公里; 超 → gt; " + PLAN_NOTE)
fact("增加超350个行政村", "350个", value=350, unit="count", kind="count", classifier="个",
     bound="gt", metric="通双车道公路的行政村增量",
     metric_alts=["通双车道公路的行政村", "行政村", "通双车道公路行政村", "增加通双车道公路的行政村",
                  "通双车道公路的行政村数量增量", "行政村通双车道公路"], **PLAN,
     note="增加 N: villages newly reached by two-lane roads (SPEC §2 absolute change → <level>"
          "增量, the noun as alt); 超 → gt; " + PLAN_NOTE)
g.neg("个行政村通双车道", "双车道", "road type 双车道 ('two-lane'), part of the metric, not a "
      "quantity")
fact("危旧桥梁超240座", "240座", value=240, unit="count", kind="count", classifier="座",
     bound="gt", metric="农村公路危旧桥梁",
     metric_alts=["改造农村公路危旧桥梁", "危旧桥梁", "农村公路危旧桥梁改造", "危旧桥梁改造",
                  "农村公路危旧桥梁数量"], **PLAN, note="超 → gt; " + PLAN_NOTE)
fact("增加超120座桥梁", "120座", value=120, unit="count", kind="count", classifier="座",
     bound="gt", metric="通双车道的桥梁增量",
     metric_alts=["通双车道的桥梁", "桥梁", "桥梁通双车道", "增加通双车道的桥梁", "通双车道桥梁",
                  "通双车道的桥梁数量增量"], **PLAN,
     note="其中 (part of the 240 bridges); 增加 N → <level>增量 as for 350个; 超 → gt; "
          + PLAN_NOTE)
g.neg("桥梁通双车道", "双车道", "road type 双车道 ('two-lane'), not a quantity")
fact("服务区超26个", "26个", value=26, unit="count", kind="count", classifier="个",
     bound="gt", metric="高速公路服务区",
     metric_alts=new("高速公路服务区", "新建和加密建设、改造提升高速公路服务区", "服务区",
                     "新建和改造提升高速公路服务区"), **PLAN_SET, note="超 → gt; " + SET_NOTE)
fact("公共充电桩超1.17万个", "1.17万个", value=11700, unit="count", kind="count",
     classifier="个", bound="gt", metric="新能源汽车公共充电桩",
     metric_alts=new("新能源汽车公共充电桩", "新建新能源汽车公共充电桩", "公共充电桩", "充电桩"),
     **PLAN_SET, note="超 → gt; " + SET_NOTE)

# ---- line 10 (source 107): 八、county hospitals, medical insurance --------------------------------
g.neg("八、提升县域", "八、", MARKER_NOTE)
fact("聘请200名", "200名", value=200, unit="count", kind="count", classifier="名",
     metric="副高级以上职称的医疗专家",
     metric_alts=["医疗专家", "聘请医疗专家", "聘请副高级以上职称的医疗专家",
                  "到县级公立医院工作的医疗专家", "副高级以上职称医疗专家", "医疗专家人数"],
     **PLAN, note="experts to be hired for county public hospitals in 2025; " + PLAN_NOTE)
fact("支持47家升级建设", "47家", value=47, unit="count", kind="count", classifier="家",
     metric="升级建设的中心卫生院",
     metric_alts=["中心卫生院", "升级建设中心卫生院", "支持升级建设的中心卫生院", "中心卫生院数量"],
     **PLAN, note=PLAN_NOTE)
fact("聘任100名", "100名", value=100, unit="count", kind="count", classifier="名",
     metric="副高级以上职称的退休医生",
     metric_alts=["退休医生", "聘任退休医生", "担任首席专家的退休医生",
                  "聘任副高级以上职称的退休医生", "副高级以上职称退休医生", "首席专家",
                  "退休医生人数"],
     subject_alts=GD_ALTS + ["中心卫生院"], **PLAN,
     note="retired doctors to be hired by the 47 health centres as chief experts; the province "
          "keeps the subject (the centres as alt); " + PLAN_NOTE)
g.neg("担任首席专家", "首席", "title word 首席 ('chief', 首席专家), not a rank or count (as "
      "wr_yunnan_2025 首席技师)")
g.neg("推动三甲医院", "三甲", "hospital grade label 三甲 (grade-3 class-A hospitals), not a "
      "quantity")
fact("选派超500名专家", "500名", value=500, unit="count", kind="count", classifier="名",
     bound="gt", metric="选派到县级医院开展技术帮扶的专家",
     metric_alts=["专家", "选派专家", "三甲医院选派专家", "三甲医院选派到县级医院的专家",
                  "技术帮扶专家", "选派专家人数", "到县级医院开展技术帮扶的专家"],
     subject_alts=GD_ALTS + ["三甲医院"], **PLAN, note="超 → gt; " + PLAN_NOTE)
g.neg("医保满4年", "4年", THRESH_NOTE.format("满4年, the length of continuous enrolment that "
      "makes an insured person eligible"))
g.neg("每连续参保1年", "1年", "per-unit basis (每连续参保1年 'for each further year of "
      "enrolment') of the increase 3800元, not a duration fact")
CAP = ["大病保险最高支付限额", "大病保险最高支付限额提高额", "提高大病保险最高支付限额",
       "大病保险最高支付限额提高", "大病保险最高支付限额增加额"]
fact("1年，提高大病保险最高支付限额3800元", "3800元", value=3800, unit="CNY", kind="amount",
     metric="大病保险最高支付限额增量",
     metric_alts=CAP + ["连续参保激励", "连续参保激励额度"], **PLAN,
     note="提高 N元: an absolute change of the cap (SPEC §2 → <level>增量, positive), for each "
          "further year of continuous enrolment; the rule is part of the 2025 projects → "
          "target; " + PLAN_NOTE)
fact("次年提高大病保险最高支付限额3800元", "3800元", value=3800, unit="CNY", kind="amount",
     metric="大病保险最高支付限额增量",
     metric_alts=CAP + ["零报销激励", "零报销激励额度"], **PLAN,
     note="the zero-claim incentive: same reading as the first 3800元; 当年 / 次年 are the "
          "insured person's own years (no numeral, not a document period) → the annex frame; "
          + PLAN_NOTE)
g.neg("两项激励额度", "两项", "anaphoric 两项 'the two (incentives)' just described, not a new "
      "quantity claim (judgement call)")
g.neg("和零报销激励", "零", "label 零报销激励 ('zero-claim incentive', README §2 零碳), not a "
      "quantity")
fact("原封顶线的20%", "20%", value=20, unit="%", kind="share", bound="le",
     metric="连续参保激励和零报销激励累计提高总额占大病保险原封顶线比例",
     metric_alts=["累计提高总额占大病保险原封顶线比例", "累计提高总额占原封顶线的比例",
                  "激励累计提高总额占原封顶线比例", "累计提高总额",
                  "连续参保激励和零报销激励累计提高总额", "大病保险原封顶线",
                  "连续参保激励和零报销激励累计提高总额占大病保险原封顶线的比例"], **PLAN,
     note="不超过…的20% → share 20 %, le (不超过 outside the span): a cap on the incentives as a "
          "share of the original ceiling; rule of the 2025 projects → target; " + PLAN_NOTE)

# ---- line 11 (source 108): 九、food and drug inspection -------------------------------------------
g.neg("九、提升食品", "九、", MARKER_NOTE)
g.neg("超每千人6.5", "千人", BASIS_NOTE)
fact("每千人6.5批次", "6.5批次", value=6.5, unit="count", kind="count", classifier="批次",
     bound="gt", metric="每千人食品抽检量",
     metric_alts=["食品抽检量", "食品抽检", "每千人食品抽检批次", "千人食品抽检量",
                  "每千人口食品抽检量"], **PLAN,
     note="超 → gt (超 stands before 每千人, outside the span); batches per 1,000 people, the "
          "basis in the metric; " + PLAN_NOTE)
fact("食品抽检超4万批次", "4万批次", value=40000, unit="count", kind="count",
     classifier="批次", bound="gt", metric="“你点我检”食品抽检",
     metric_alts=["你点我检食品抽检", "“你点我检”", "你点我检", "“你点我检”食品抽检批次",
                  "开展“你点我检”食品抽检", "食品抽检"], **PLAN,
     note="其中 (part of the food sampling); 超 → gt; " + PLAN_NOTE)
fact("快检超800万批次", "800万批次", value=8e6, unit="count", kind="count",
     classifier="批次", bound="gt", metric="食用农产品快检",
     metric_alts=["食用农产品快检批次", "农产品快检", "快检", "食用农产品快速检测"], **PLAN,
     note="超 → gt; " + PLAN_NOTE)
fact("全省320家", "320家", value=320, unit="count", kind="count", classifier="家",
     metric="承包或委托经营的中小学食堂",
     metric_alts=["中小学食堂", "承包或委托经营中小学食堂", "承包或委托经营的中小学食堂数量",
                  "实现全流程检查评价及供餐质量安全监测全覆盖的中小学食堂"], **RATE,
     note="the canteens to be fully covered by inspection in 2025 (the set, a stock, as a "
          "further alt); " + PLAN_NOTE)
g.neg("对前两年供餐", "前两年", PERIOD_NOTE + " (前两年 'the previous two years', inside the "
      "relative clause that defines the 40 units; it dates the finding of problems, not the "
      "re-inspection of 2025)")
fact("的40家学生", "40家", value=40, unit="count", kind="count", classifier="家",
     metric="前两年供餐质量监测发现问题的学生集体用餐配送单位",
     metric_alts=["学生集体用餐配送单位", "发现问题的学生集体用餐配送单位",
                  "供餐质量监测发现问题的学生集体用餐配送单位", "再检查再提升的学生集体用餐配送单位",
                  "学生集体用餐配送单位数量", "集体用餐配送单位"],
     period=S25, period_alts=[S25_NULL, P("前两年", "2023-01-01", "2024-12-31")],
     modality="target",
     note="judgement call: units to be re-inspected in 2025 (the annex frame); 前两年 dates "
          "the monitoring that defines the set (its literal reading 2023-2024 as alt); "
          + PLAN_NOTE)
fact("药品监督抽检超1.5万批次", "1.5万批次", value=15000, unit="count", kind="count",
     classifier="批次", bound="gt", metric="药品监督抽检",
     metric_alts=["药品监督抽检批次", "药品抽检", "药品监督抽检量"], **PLAN,
     note="超 → gt; " + PLAN_NOTE)
fact("使用环节抽检超9000批次", "9000批次", value=9000, unit="count", kind="count",
     classifier="批次", bound="gt", metric="药店零售和医疗机构使用环节抽检",
     metric_alts=["药店零售和医疗机构使用环节药品抽检", "使用环节抽检", "零售和使用环节抽检",
                  "药店零售和医疗机构使用环节抽检批次", "药品监督抽检"], **PLAN,
     note="其中 (part of the 1.5万批次); 超 → gt; " + PLAN_NOTE)
fact("抽检覆盖率达到100%", "100%", value=100, unit="%", kind="share",
     metric="国家集采中选品种抽检覆盖率",
     metric_alts=["省内生产的国家集采中选品种抽检覆盖率", "集采中选品种抽检覆盖率", "抽检覆盖率",
                  "国家集采中选品种抽检覆盖"], **RATE,
     note="达到 → eq; the share of the products sampled in the year → the year, the end "
          "instant as alt; target")
fact("放心消费承诺单位超1.5万家", "1.5万家", value=15000, unit="count", kind="count",
     classifier="家", bound="gt", metric="放心消费承诺单位",
     metric_alts=new("放心消费承诺单位", "新增放心消费承诺单位"), **PLAN_SET,
     note="超 → gt; 新增 N (README §3 增量 alts); " + SET_NOTE)
fact("退货承诺店超4500家", "4500家", value=4500, unit="count", kind="count", classifier="家",
     bound="gt", metric="线下无理由退货承诺店",
     metric_alts=new("线下无理由退货承诺店", "新增线下无理由退货承诺店", "无理由退货承诺店"),
     **PLAN_SET, note="新增 shared with 1.5万家; 超 → gt; " + SET_NOTE)
fact("等8类以上", "8类", value=8, unit="count", kind="count", classifier="类", bound="ge",
     metric="重点商品品种、服务消费领域",
     metric_alts=["重点商品品种", "重点商品品种和服务消费领域", "重点商品品种、服务消费领域类别",
                  "开展商品比较试验或服务类消费监督调查的重点商品品种、服务消费领域",
                  "商品比较试验重点商品品种", "重点商品品种类别"], **PLAN,
     note="以上 → ge (outside the span); the categories the comparison tests and surveys are "
          "to cover in 2025; " + PLAN_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_guangdong_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading 附件1, the "
    "annex title 2025年省十件民生实事 and items 一、…九、 of the ten 2025 projects (elderly care, "
    "social assistance standards, jobs, schools, screening and childcare, sewage, rural roads "
    "and charging piles, county hospitals and medical-insurance incentives, food and drug "
    "inspection). Lines 22-29 and 39-45 are annotated in wr_guangdong_2025 / _b (no overlap). "
    "It starts at a section heading as briefed; item 十、 (line 109) would bring it to 2,713 "
    "characters. Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-15, the delivery date in source line 3 "
    "(——2025年1月15日在广东省第十四届人民代表大会第三次会议上), as wr_guangdong_2025; the corpus "
    "meta agrees. Place: 广东省 (广东, 全省, 我省 → alts). Periods: the annex title's 2025年 is "
    "the frame of every item (items state no period of their own): period text 2025年, "
    "2025-01-01..2025-12-31, null as alt; counts of things to build → the year with the end "
    "instant as a further alt; standards, ratios and levels of a stock to be reached (建有率, "
    "低保标准比例, 1.6倍, the 提高到 standards, 每千人口托位数) → instant 2025-12-31 (year and "
    "null as alts); service and sampling rates → the year (end as alt). Modality: target "
    "throughout except the current levels: the start values of the from/to pairs (202元, "
    "270元, 2295元, 1484元, 6000元) → actual, instant 2025-01-01 (alts 2024-12-31, the year, "
    "null), and 已建成超1.6万个爱心驿站 → actual, instant of the reference date 2025-01-15 (alts "
    "2024-12-31, 2025-12-31, the year, null). Bounds: 超/超过 → gt; 以上/不低于/不少于 → ge; "
    "不超过 → le. Units: 公里 → m; 万吨/日 → t and 立方米/秒 → m3 (rate in the metric, span with "
    "the rate); 1.6倍 → times; 人次/批次/类 classifiers. Judgement calls: 十件 in the annex title "
    "→ a count of 10 projects (not a label); from values actual / to values target; 已建成 "
    "stations actual; 特困人员基本生活标准…1.6倍 → ratio with the basis in the metric alts; "
    "提高大病保险最高支付限额3800元 ×2 → absolute changes (metric 大病保险最高支付限额增量); "
    "累计提高总额不超过…原封顶线的20% → share le; 每千人6.5批次 → count 6.5 批次 with the "
    "basis in the metric; 增加超350个行政村 / 120座桥梁通双车道 → …增量 counts; 前两年 (a period "
    "inside the relative clause of the 40 units) → negative, the 40家 keep the frame with "
    "2023-2024 as alt; 两项(激励) → anaphoric, negative. Negatives: 1 (附件1), 2025年, 一、…九、, "
    "65岁 ×2, 一级, 二级, 珠三角, 3岁 ×2, 千人口, 四好, 四级, 三级, 双车道 ×2, 首席, 三甲, "
    "4年 (eligibility threshold), 1年 (per-year basis), 两项, 零 (零报销), 千人, 前两年. "
    "Lexicalized, not listed: 一体化 ×2, 一体 (一体推进), 统一, 单独, 零售, 单位.")

g.write(date=REF, source=f"shared/texts/work_report/wr_guangdong_2025.txt lines "
        f"{FIRST}–{LAST} (来源 : 南方日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
