"""Gold annotations for wr_guangdong_2025_g (2025年广东省政府工作报告: the last item of annex 1 and
the glossary, annex 2), lines 109-128 of shared/texts/work_report/wr_guangdong_2025.txt.

The excerpt corpora/wr_guangdong_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The brief gives lines 109-129; the source has 128 lines
(its last line, 18.“新八级工”制度…, ends with the file's final newline; there is no line 129,
and write_excerpt refuses 109-129 because the part would end in a newline the source does not
have), so the excerpt is lines 109 to the end of the text, 109-128 — nothing moved or added.
It holds item 十、 (youth mental-health services) of annex 1 2025年省十件民生实事 (the annex
heading and title are source lines 98-99, annotated with items 一、…九、 in wr_guangdong_2025_c),
then the heading 附件2 名词解释 and glossary items 1-18 (岳山造林 … “新八级工”制度), which
define terms used in the report (mostly in the 2025 plan).  Most of the glossary's numerals are
list markers and names (“1+3+8”, “12221”, 四网融合, 五大工程, 四旁/五边, 新八级工); its facts are
the counts that define a scheme (“2”支队伍, “2”场活动 of the 12221 system; 1个 provincial
flight-service station of the 1+3+N platform), as in the glossary excerpts wr_yunnan_2025_d and
wr_sichuan_2025_d.  Facts and negatives are written by hand from the text, sentence by sentence;
every offset comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_guangdong_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_guangdong_2025_g"
SOURCE_ID = "wr_guangdong_2025"
PLACE = "广东省"
REF = "2025-01-15"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 109, 128                  # 1-based, inclusive, whole lines (brief: 109-129; the
                                        # source ends at line 128)
TITLE = "2025年广东省政府工作报告"
GD_ALTS = ["广东", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="十、为青少年提供更加普惠专业的心理健康服务。",
                 ends="构成的职业技能等级（岗位）序列。")
text = g.text
fact = g.with_subject(PLACE, GD_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (annex item or glossary item number), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
HEAD_NOTE = ("headword of the glossary item (the term being defined, a name); its quantities, "
             "if any, are annotated in the definition that follows")
COMP_NOTE = ("label component “{}” (the part of the name “{}” being explained), not a quantity"
             "{}")
SET_NOTE = "N大 + category, a set label (README §2 八大), not a count claim{}"
VAGUE_NOTE = "{} used as an article / vague quantifier (README §2), not a quantity"
LEVEL_NOTE = "level label {} (a tier of subsidiaries / a class), not a quantity (as 二级 in wr_yunnan_2025_d)"

# ---- periods (reference date 2025-01-15) ---------------------------------------------------
# Line 1 (source 109) is item 十、 of annex 1, 2025年省十件民生实事: its title (source line 99)
# lies outside the excerpt, but it frames every item of the annex (the items state no period
# of their own), as in wr_guangdong_2025_c: period text 2025年, 2025-01-01..2025-12-31, null as
# alt; modality target (projects to be done in 2025); sites and teams to be linked up (a set,
# a stock) have the end instant as a further alt.
# Lines 2-20 (source 110-128) are annex 2, the glossary 名词解释: it defines terms used in the
# report and states no period; it is neither the 2024 review nor the 2025 plan, so its facts
# get period null (SPEC §4: no governing period), as wr_yunnan_2025_d / wr_sichuan_2025_d: the
# design of a scheme the 2025 plan sets up (打造“1+3+N”低空经济发展平台, source line 48) →
# target, the plan year 2025 as alt; the make-up of a scheme already running (深化农产品“12221”
# 市场营销体系建设, source line 39) → actual, the reference date and the plan year as alts.
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
S25_REF = P("2025年", REF, REF)
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_SET = dict(period=S25, period_alts=[S25_NULL, S25_END], modality="target")
PLAN_NOTE = ("annex-1 project for 2025 → target; the line states no period: frame of the annex "
             "title 2025年省十件民生实事 (source line 99, outside the excerpt; 2025), null as alt "
             "(as wr_guangdong_2025_c)")
SET_PLAN_NOTE = PLAN_NOTE + "; sites / teams to be linked up (a set): the end instant as a further alt"
GLOSS_PLAN = dict(period=None, period_alts=[S25], modality="target")
GLOSS_NOW = dict(period=None, period_alts=[S25_REF, S25], modality="actual")
GLOSS_PLAN_NOTE = ("glossary entry, no period (period null), the plan year 2025 as alt; the "
                   "design of a scheme the 2025 plan sets up → target")
GLOSS_NOW_NOTE = ("glossary entry, no period (period null), the reference date and the plan "
                  "year as alts; the make-up of a scheme already running → actual")

# ==== line 1 (source 109): 十、youth mental-health services (annex 1) ===========================
g.neg("十、为青少年", "十、", MARKER_NOTE)
g.neg("升级建设12355热线", "12355", "hotline number 12355 (the youth service line), a phone "
      "number (SPEC §1), not a quantity")
fact("线下联动200个阵地", "200个", value=200, unit="count", kind="count", classifier="个",
     metric="阵地",
     metric_alts=["线下联动阵地", "联动阵地", "青少年心理健康公益服务阵地", "线下阵地",
                  "阵地数量"], **PLAN_SET, note=SET_PLAN_NOTE)
fact("、200支队伍", "200支", value=200, unit="count", kind="count", classifier="支",
     metric="队伍",
     metric_alts=["线下联动队伍", "联动队伍", "青少年心理健康公益服务队伍", "服务队伍",
                  "队伍数量"], **PLAN_SET, note="联动 shared; " + SET_PLAN_NOTE)
fact("及400个“舒心驿站”站点", "400个", value=400, unit="count", kind="count", classifier="个",
     metric="“舒心驿站”站点",
     metric_alts=["舒心驿站站点", "“舒心驿站”", "舒心驿站", "站点", "线下联动“舒心驿站”站点",
                  "“舒心驿站”站点数量"], **PLAN_SET, note="联动 shared; " + SET_PLAN_NOTE)
fact("宣教活动超2600场次", "2600场次", value=2600, unit="count", kind="count",
     classifier="场次", bound="gt", metric="心理健康宣教活动",
     metric_alts=["开展心理健康宣教活动", "心理健康宣教活动场次", "宣教活动",
                  "青少年心理健康宣教活动"], **PLAN, note="超 → gt (outside the span); " + PLAN_NOTE)
fact("教师培训超2.6万人次", "2.6万人次", value=26000, unit="count", kind="count",
     classifier="人次", bound="gt", metric="心理健康教师培训",
     metric_alts=["开展心理健康教师培训", "心理健康教师培训人次", "心理健康教师", "教师培训",
                  "学校心理健康教师培训"], **PLAN,
     note="超 → gt; 人次 is a classifier (SPEC §3); " + PLAN_NOTE)
fact("组织开展超5000场次", "5000场次", value=5000, unit="count", kind="count",
     classifier="场次", bound="gt", metric="专题教育、家长课堂等活动",
     metric_alts=["专题教育、家长课堂活动", "组织开展专题教育、家长课堂等活动", "专题教育",
                  "家长课堂", "专题教育、家长课堂等活动场次", "家校社协同育人活动"], **PLAN,
     note="超 → gt (before the number, outside the span); " + PLAN_NOTE)

# ==== line 2 (source 110): 附件2 名词解释 =========================================================
g.neg("附件2", "2", "annex number (附件2), a label, not a quantity (SPEC §1 article/figure "
      "numbers; as 附件1 in wr_guangdong_2025_c)")

# ==== line 3 (source 111): 1.“岳山造林” ==========================================================
g.neg("1.“岳山造林”", "1.", MARKER_NOTE)
g.neg("上世纪70年代", "上世纪70年代", PERIOD_NOTE + " (the 1970s, when the tradition began; no "
      "number follows it but the campaign name)")
g.neg("发动万人造林大会战", "万人", LABEL_NOTE + " (万人造林大会战 'ten-thousand-people "
      "afforestation campaign', the name of the historic campaign) — judgement call, as "
      "万名干部进万企 in wr_yunnan_2025; a count of about 1e4 people is the alternative reading")

# ==== line 4 (source 112): 2.分线管理 ============================================================
g.neg("2.分线管理", "2.", MARKER_NOTE)
g.neg("货物“一线”放开", "一线", LABEL_NOTE + " (“一线”, the first line: the border between "
      "Hengqin and Macao)")
g.neg("、“二线”管住", "二线", LABEL_NOTE + " (“二线”, the second line: the border between "
      "Hengqin and the mainland)")

# ==== line 5 (source 113): 3.轨道交通“四网融合” ====================================================
g.neg("3.轨道交通", "3.", MARKER_NOTE)
g.neg("“四网融合”：", "四网融合", LABEL_NOTE + " (“四网融合”, the integration of the four rail "
      "networks named after it); " + HEAD_NOTE)

# ==== line 6 (source 114): 4.“四新”产业 ===========================================================
g.neg("4.“四新”产业", "4.", MARKER_NOTE)
g.neg("4.“四新”产业", "四新", LABEL_NOTE + " (“四新”产业, the four new industries listed after "
      "包括); " + HEAD_NOTE)

# ==== line 7 (source 115): 5.“链式改造” ===========================================================
g.neg("5.“链式改造”", "5.", MARKER_NOTE)
g.neg("提供一揽子精准", "一揽子", VAGUE_NOTE.format("一揽子 'a package of'"))

# ==== line 8 (source 116): 6.“1+3+8”政策体系 =======================================================
g.neg("6.“1+3+8”", "6.", MARKER_NOTE)
g.neg("6.“1+3+8”", "1+3+8", LABEL_NOTE + " (“1+3+8”, the name of the policy system: one "
      "implementation plan, three action plans, eight sector plans); " + HEAD_NOTE)
g.neg("政策体系：“1”是", "1", COMP_NOTE.format("1", "1+3+8", "; the document it stands for is "
      "named after 是"))
g.neg("》，“3”是", "3", COMP_NOTE.format("3", "1+3+8", "; the three action plans are named after "
      "是 without a count of their own (as “8”即 in wr_sichuan_2025_d)"))
g.neg("，“8”是", "8", COMP_NOTE.format("8", "1+3+8", "; the eight fields are listed after 是 "
      "without a count of their own"))

# ==== line 9 (source 117): 7.农产品“12221”市场营销体系 ================================================
g.neg("7.农产品", "7.", MARKER_NOTE)
g.neg("7.农产品“12221”", "12221", LABEL_NOTE + " (“12221”, the name of the marketing system, "
      "spelled out after it); " + HEAD_NOTE)
g.neg("依托“1”系列", "1", COMP_NOTE.format("1", "12221", " (“1”系列 plays on 一系列 'a series "
      "of': the big data on farm products, a vague quantifier, not a count)"))
MKT = dict(subject_alts=GD_ALTS + ["农产品“12221”市场营销体系", "“12221”市场营销体系",
                                   "12221市场营销体系"], **GLOSS_NOW)
MKT_NOTE = ("judgement call: the quoted digit of the name is also the numeral of a count with "
            "its own measure word after the quote (“2”支队伍 = the two teams named before it: "
            "sales-region buyers and production-region suppliers) → a count, the span number + "
            "quote + classifier (README §1: whatever sits inside stays); the make-up of a "
            "system already running (深化…“12221”市场营销体系建设, source line 39); "
            + GLOSS_NOW_NOTE)
fact("供应商“2”支队伍", "2”支", value=2, unit="count", kind="count", classifier="支",
     metric="队伍",
     metric_alts=["销区采购商和产区供应商队伍", "采购商和供应商队伍", "组建队伍", "队伍数量",
                  "“12221”市场营销体系队伍"], **MKT, note=MKT_NOTE)
g.neg("产区“2”大市场", "2”大", SET_NOTE.format(" (“2”大市场, the two markets named before it: "
      "销区 and 产区; a component of the name “12221”; judgement call: N大 + noun without a "
      "measure word, unlike “2”支 / “2”场)"))
fact("销区“2”场活动", "2”场", value=2, unit="count", kind="count", classifier="场",
     metric="活动",
     metric_alts=["产销对接活动", "采购商走进产区和供应商走进销区活动", "组织活动", "活动数量",
                  "“12221”市场营销体系活动"], **MKT,
     note="the two activities named before it (buyers into production regions, suppliers into "
          "sales regions); " + MKT_NOTE)
g.neg("实现产销两旺", "两旺", "idiom 产销两旺 'both production and sales thrive', not a "
      "quantity")
g.neg("等“1”揽子目标", "1", COMP_NOTE.format("1", "12221", " (“1”揽子 plays on 一揽子 'a "
      "package of': a vague quantifier over the goals listed before it, not a count)"))

# ==== line 10 (source 118): 8.农村“三块地”改革 =====================================================
g.neg("8.农村", "8.", MARKER_NOTE)
g.neg("农村“三块地”改革", "三块地", LABEL_NOTE + " (“三块地”, the three kinds of rural land "
      "named after it); " + HEAD_NOTE)

# ==== line 11 (source 119): 9.“标准海” ===========================================================
g.neg("9.“标准海”", "9.", MARKER_NOTE)
g.neg("出让用于单个现代化", "单个", "单个 'a single (project)', a per-unit qualifier (README §2 "
      "单个), not a quantity")

# ==== line 12 (source 120): 10.海洋生态保护修复“五大工程” ==========================================
g.neg("10.海洋", "10.", MARKER_NOTE)
g.neg("“五大工程”：", "五大", SET_NOTE.format(" (“五大工程”, the five projects listed after it); "
      + HEAD_NOTE))

# ==== line 13 (source 121): 11.基础设施领域REITs ==================================================
g.neg("11.基础设施", "11.", MARKER_NOTE)
g.neg("是一种国际通行", "一种", VAGUE_NOTE.format("一种 'a kind of'"))

# ==== line 14 (source 122): 12.“车路云一体化” =====================================================
g.neg("12.“车路云", "12.", MARKER_NOTE)
g.neg("通过新一代信息", "一代", "一代 of 新一代信息与通信技术 'new-generation ICT' (a technology "
      "name, as cm_zhoukou_2023_c 新一代信息技术), not a quantity")

# ==== line 15 (source 123): 13.“1+3+N”低空经济发展平台 ===============================================
g.neg("13.“1+3+N”", "13.", MARKER_NOTE)
g.neg("13.“1+3+N”", "1+3+N", LABEL_NOTE + " (“1+3+N”, the name of the platform, spelled out "
      "after it); " + HEAD_NOTE)
g.neg("发展平台：“1”是", "1", COMP_NOTE.format("1", "1+3+N", "; the count itself is 1个 after "
      "是"))
LAS = dict(subject_alts=GD_ALTS + ["“1+3+N”低空经济发展平台", "1+3+N低空经济发展平台",
                                   "低空经济发展平台"], **GLOSS_PLAN)
fact("是1个省级综合飞行服务站", "1个", value=1, unit="count", kind="count", classifier="个",
     metric="省级综合飞行服务站",
     metric_alts=["综合飞行服务站", "省级综合飞行服务站数量", "飞行服务站",
                  "“1+3+N”低空经济发展平台省级综合飞行服务站"], **LAS,
     note="the platform's make-up (a count with an Arabic 1 and its measure word, not the "
          "article 一; as 1个管理运营机构 in wr_yunnan_2025_d); the platform the 2025 plan is to "
          "build (打造“1+3+N”低空经济发展平台, source line 48); " + GLOSS_PLAN_NOTE)
g.neg("飞行服务站，“3”是", "3", COMP_NOTE.format("3", "1+3+N", "; the stations are counted in 3个 "
      "after it"))
g.neg("珠海3个A类", "3个", "appositive 3个 'the three (stations) just named' (广州、深圳、珠海), "
      "not a quantity claim of its own (as wr_shanxi_2025 晋城、晋中、大同3个国家级经开区, "
      "wr_yunnan_2025_d 越南5个国家) — judgement call: a count of 3 class-A stations of the "
      "planned platform (target, null) is the alternative reading")
g.neg("3个A类飞行", "A类", "class label A类 (class-A flight-service station), not a quantity")
g.neg("若干个B类", "B类", "class label B类 (class-B flight-service station), not a quantity")

# ==== line 16 (source 124): 14.全级次子企业 ======================================================
g.neg("14.全级次", "14.", MARKER_NOTE)
g.neg("在一个企业集团中", "一个", VAGUE_NOTE.format("一个 'a (group)'"))
g.neg("包括一级子公司", "一级", LEVEL_NOTE.format("一级(子公司) 'first-tier subsidiary'"))
g.neg("、二级子公司", "二级", LEVEL_NOTE.format("二级(子公司) 'second-tier subsidiary'"))
g.neg("、三级子公司", "三级", LEVEL_NOTE.format("三级(子公司) 'third-tier subsidiary'"))
g.neg("共同构成一个完整", "一个", VAGUE_NOTE.format("一个 'a (network)'"))

# ==== line 17 (source 125): 15.虚拟电厂 ==========================================================
g.neg("15.虚拟电厂", "15.", MARKER_NOTE)
g.neg("：一种通过", "一种", VAGUE_NOTE.format("一种 'a kind of'"))
g.neg("以作为一个特殊电厂", "一个", VAGUE_NOTE.format("一个 'a (special power plant)'"))

# ==== line 18 (source 126): 16.一单制、一箱制 ======================================================
g.neg("16.一单制", "16.", MARKER_NOTE)
g.neg("16.一单制、一箱制", "一单制", LABEL_NOTE + " (一单制 'single-waybill system'); "
      + HEAD_NOTE)
g.neg("16.一单制、一箱制", "一箱制", LABEL_NOTE + " (一箱制 'single-container system'); "
      + HEAD_NOTE)
g.neg("：一单制指", "一单制", LABEL_NOTE + " (the same name, restated in the definition)")
g.neg("凭一份多式联运", "一份", VAGUE_NOTE.format("一份 'a (single) waybill'") + " — what the "
      "name 一单制 says, not a measured count (judgement call)")
g.neg("多式联运运单", "运单", "lexicalized 运单 'waybill'; 单 is not a quantity (as 名单 in "
      "wr_yunnan_2025_d)")
g.neg("托运人一次委托", "一次", "adverbial 一次 'in one go' (一次委托), not a count of times")
g.neg("费用一次结算", "一次", "adverbial 一次 'in one go' (一次结算), not a count of times")
g.neg("；一箱制指", "一箱制", LABEL_NOTE + " (the same name, restated in the definition)")
g.neg("“一箱到底”", "一箱到底", "slogan “一箱到底” 'one container all the way', not a quantity")

# ==== line 19 (source 127): 17.“四旁”、“五边” =====================================================
g.neg("17.“四旁”", "17.", MARKER_NOTE)
g.neg("17.“四旁”", "四旁", LABEL_NOTE + " (“四旁”, the four kinds of place named after it); "
      + HEAD_NOTE)
g.neg("17.“四旁”、“五边”", "五边", LABEL_NOTE + " (“五边”, the five kinds of edge named after "
      "it); " + HEAD_NOTE)
g.neg("：“四旁”为", "四旁", LABEL_NOTE + " (the same name, restated in the definition)")
g.neg("；“五边”为", "五边", LABEL_NOTE + " (the same name, restated in the definition)")

# ==== line 20 (source 128): 18.“新八级工”制度 =====================================================
g.neg("18.“新八级工”", "18.", MARKER_NOTE)
g.neg("18.“新八级工”", "新八级工", LABEL_NOTE + " (“新八级工”制度, the eight-grade skill "
      "ladder listed at the end of the entry); " + HEAD_NOTE)
g.neg("增设特级技师和首席技师", "首席", "title word 首席 ('chief', 首席技师), not a rank or count "
      "(as wr_yunnan_2025 首席技师)")
g.neg("特级技师、首席技师构成", "首席", "title word 首席 ('chief', 首席技师), not a rank or count")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code. The brief gives lines "
    "109-129, but the source has 128 lines (line 128, 18.“新八级工”制度…, is its last, ending "
    "with the file's final newline), so the excerpt runs from line 109 to the end of the text; "
    "nothing is moved or added. Part of the document: line 109 is item 十、 (youth "
    "mental-health services) of annex 1, 2025年省十件民生实事 (its heading and title, source "
    "lines 98-99, lie outside the excerpt; items 一、…九、 are wr_guangdong_2025_c); lines "
    "110-128 are annex 2, the glossary 名词解释 (items 1-18), appended after the report's "
    "closing words: neither the 2024 review nor the 2025 plan. Title, source line and "
    "dateline are outside the excerpt (title_in_text=False; title as the source's first "
    "line). Date: 2025-01-15, the delivery date in source line 3 (——2025年1月15日在广东省第十四届"
    "人民代表大会第三次会议上); the corpus meta agrees. Place: 广东省 (广东, 全省, 我省 → alts; the "
    "12221 system and the 1+3+N platform as subject alts of their make-up). Periods: item 十、 "
    "takes the annex-1 frame 2025 (period text 2025年 of the annex title, 2025-01-01.."
    "2025-12-31, null as alt; sites and teams to be linked up with the end instant as a further "
    "alt), modality target. The glossary has no period frame (SPEC §4: null), as "
    "wr_yunnan_2025_d / wr_sichuan_2025_d: the 1+3+N platform the 2025 plan is to build → "
    "target, 2025 as alt; the 12221 system already running → actual, the reference date and "
    "2025 as alts. Bounds: 超 → gt. Units: 人次 / 场次 / 支 / 个 classifiers. Judgement calls: "
    "“2”支队伍 and “2”场活动 in the 12221 entry → counts (span with the closing quote inside: "
    "2”支, 2”场), while “2”大市场 is an N大 set label and “1”系列 / “1”揽子 plays on 一系列 / "
    "一揽子 (negatives); in the 1+3+N entry 1个省级综合飞行服务站 is a count but 广州、深圳、珠海"
    "3个A类飞行服务站 is an appositive (negative, as wr_shanxi_2025); label components “1”, “3”, "
    "“8” negatives; 万人造林大会战 a campaign name (negative); 12355 a hotline number; 一份 "
    "(多式联运运单) read as what the name 一单制 says (negative); 200个阵地 / 200支队伍 / 400个站点 "
    "read as part of the 2025 project (target) rather than existing sites. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs)
    + ". Lexicalized, not listed: 统一 (标准统一), 一体化 / 一体 (车路云一体化, 融合为一体).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(brief: lines 109–129; the source ends at line 128) (来源 : 南方日报)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
