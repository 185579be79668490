"""Gold annotations for wr_hunan_2025_b (2025年湖南省政府工作报告, the 2025 part), lines 75-89
of shared/texts/work_report/wr_hunan_2025.txt.

The excerpt corpora/wr_hunan_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last two paragraphs of 2025 task （七）进一步增强
文化软实力 (深化文化和科技有效融合, 推进文化和旅游深度融合, 繁荣发展新时代文化事业 and its
closing line), task （八）加大保障和改善民生力度 in full (就业, 教育, 健康, 社会保障 and the
“十大重点民生实事” ①-⑩ of source line 85, the densest paragraph of the report) and the
opening of task （九）持续推进美丽湖南建设 up to 强化污染防治攻坚 (PM2.5 target).  Lines 15-22
are annotated in wr_hunan_2025 (no overlap).  The report has no 主要预期目标 list; among the
runs of whole lines of 2,000-2,500 characters outside lines 15-22, lines 75-89 (2,077
characters, 25 Arabic numbers) are the densest: the review lines 1-14 make only 1,941
characters in all, the first 2025 plan block (lines 34-45, 2,375) holds about 16 facts,
and the runs around line 85 that start at a heading (72-89, 2,255; 79-92, 2,003) hold as
many numbers or fewer in more characters.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_hunan_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hunan_2025_b"
PLACE = "湖南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_hunan_2025.txt"
FIRST, LAST = 75, 89                    # 1-based, inclusive, whole lines
TITLE = "2025年湖南省政府工作报告"
SUBJ_ALTS = ["湖南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="深化文化和科技有效融合。",
                 ends="全面完成花垣县“锰三角”矿业污染综合整治任务。")
text = g.text
fact = g.with_subject(PLACE, SUBJ_ALTS)

MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SET_NOTE = ("N大 + category, a set label (README §2 八大; wr_hunan_2025 十大产业项目), "
            "not a count")
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
CIRCLE_NOTE = "circled list marker {} of the ten 民生实事, not a quantity"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# The whole excerpt lies in part 二、关于2025年工作 (heading on source line 31, outside the
# excerpt): the plan for 2025.  No line of the excerpt states a period of its own (no 今年,
# 全年, 年度 or date), so every number takes that section frame (SPEC §4), 2025-01-01..
# 2025-12-31, with the heading's period text 2025年 and null in period_alts (as
# wr_sichuan_2025_b / wr_anhui_2025_b).  That surface is outside the excerpt (no period word
# occurs in source lines 46-113 at all), so shared/gold/check_gold.py flags the period text
# as not in the article: a known, deliberate exception (see NOTES).  A standard or level to be reached (低保标准提高到…,
# 补贴标准提高到…) is the instant at the end of the frame, 2025-12-31 (stock rule; as
# wr_guangdong_2025_b 覆盖率超90%, wr_china_2019 提高到88元), the year and null as alts; the
# PM2.5 concentration is an annual mean → the year.  Modality target throughout (plan text:
# 实施, 建设, 力争, 确保, and the 民生实事 to be done).
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
S25_END = P("2025年", "2025-12-31", "2025-12-31")
PLAN = dict(period=S25, period_alts=[S25_NULL], modality="target")
PLAN_END = dict(period=S25_END, period_alts=[S25, S25_NULL], modality="target")
PLAN_NOTE = ("plan for 2025 → target; the line states no period: section frame of the heading "
             "二、关于2025年工作 (source line 31, 2025), null as alt")
END_NOTE = ("a standard to be reached (提高到) → the instant at the end of the 2025 frame "
            "(stock rule), the year and null as alts; per month (/月) is part of the indicator, "
            "not a period (as wr_china_2019 每月88元, cm_qiandongnan_2023_c 月人均保障标准); "
            "the span keeps /月 (as 16.8万元/人 in wr_anhui_2025_b)")
SHISHI = "“十大重点民生实事” item {}: " + PLAN_NOTE


# ---- line 1 (source 75): 深化文化和科技有效融合 ----------------------------------------------
g.neg("打造湖南动漫游戏千亿级", "千亿级", "class label 千亿级 naming the kind of cluster to be "
      "built, no amount stated (as wr_hunan_2025 千亿级“金芙蓉”, doc002 千亿级)")
g.neg("培育一批具有国际影响力", "一批", VAGUE_NOTE)
fact("营业收入增长10%以上", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="规模以上文化企业营业收入",
     metric_alts=["规上文化企业营业收入", "文化企业营业收入", "规模以上文化企业营收",
                  "规模以上文化企业营业收入增速", "规上文化企业营收"],
     comparison="yoy", **PLAN,
     note="力争 → target; 以上 → ge (outside the span); 规模以上 is part of the metric; "
          + PLAN_NOTE)

# ---- line 2 (source 76): 推进文化和旅游深度融合 (no numerals) ------------------------------------

# ---- line 3 (source 77): 繁荣发展新时代文化事业 ------------------------------------------------
g.neg("文物保护利用“六大工程”", "六大", SET_NOTE + " (六大工程)")

# ---- line 4 (source 78): closing of （七） ----------------------------------------------------
g.neg("让三湘四水成为", "三湘四水", "poetic name of Hunan 三湘四水 (its rivers), not a "
      "quantity")

# ---- line 5 (source 79): heading （八） ---------------------------------------------------------
g.neg("（八）加大保障", "（八）", MARKER_NOTE)

# ---- line 6 (source 80): opening of （八） (no numerals) ------------------------------------------

# ---- line 7 (source 81): 深入落实就业优先战略 ------------------------------------------------
g.neg("确保零就业家庭", "零", "零就业家庭 'zero-employment households', a category name, not "
      "a quantity (as wr_hunan_2025)")
fact("家庭至少一人实现就业", "一人", value=1, unit="count", kind="count", classifier="人",
     bound="ge", metric="零就业家庭实现就业人数",
     metric_alts=["零就业家庭就业人数", "零就业家庭每户实现就业人数", "每户实现就业人数",
                  "实现就业人数", "零就业家庭实现就业"], **PLAN,
     note="judgement call: 至少一人 is a stated minimum (at least one employed member per "
          "zero-employment household), a quantity rather than the article 一 → count 1, "
          "至少 → ge (outside the span); 确保 → target; " + PLAN_NOTE)
g.neg("支持大学生创业“七个一”行动", "七个一", LABEL_NOTE + " (“七个一”行动, named by its "
      "seven items)")

# ---- line 8 (source 82): 着力办好人民满意教育 ------------------------------------------------
fact("寄宿制学校300所", "300所", value=300, unit="count", kind="count", classifier="所",
     metric="乡镇标准化寄宿制学校",
     metric_alts=new("乡镇标准化寄宿制学校", "建设乡镇标准化寄宿制学校", "标准化寄宿制学校",
                     "寄宿制学校"),
     **PLAN, note="schools to be built (建设) in 2025, 增量 alts (README §3); " + PLAN_NOTE)
g.neg("巩固深化“双减”成果", "双减", LABEL_NOTE + " (“双减”: homework and off-campus "
      "tutoring burdens)")
g.neg("深入开展“双一流”建设", "双一流", LABEL_NOTE + " (“双一流”: world-class universities "
      "and disciplines)")
g.neg("“楚怡”行动和“双高”计划", "双高", LABEL_NOTE + " (“双高”计划: high-level vocational "
      "schools and majors)")

# ---- line 9 (source 83): 统筹推进健康湖南建设 ------------------------------------------------
g.neg("推进“三医联动", "三医联动", LABEL_NOTE + " (“三医联动、六医协同”: coordination of "
      "health care, insurance and medicines)")
g.neg("六医协同”集成改革", "六医协同", LABEL_NOTE + " (“三医联动、六医协同”)")

# ---- line 10 (source 84): 稳步提升社会保障水平 -----------------------------------------------
g.neg("加强对农村“三留守”人员", "三留守", LABEL_NOTE + " (“三留守”人员: left-behind children, "
      "women and elderly)")

# ---- line 11 (source 85): “十大重点民生实事” ①-⑩ ----------------------------------------------
g.neg("扎实办好“十大重点民生实事”", "十大", SET_NOTE + " (the “十大重点民生实事” are the ten "
      "items enumerated ①-⑩ after it; the name of the list, not a count claim)")
g.neg("。①补充配置", "①", CIRCLE_NOTE.format("①"))
fact("学校电脑30万台", "30万台", value=300000, unit="count", kind="count", classifier="台",
     metric="农村义务教育学校电脑",
     metric_alts=["补充配置农村义务教育学校电脑", "补充配置电脑", "电脑",
                  "农村义务教育学校电脑数量", "农村义务教育学校补充配置电脑"],
     **PLAN, note=SHISHI.format("①"))
fact("学生宿舍床位6万个", "6万个", value=60000, unit="count", kind="count", classifier="个",
     metric="省属本科高校学生宿舍床位",
     metric_alts=new("省属本科高校学生宿舍床位", "新增省属本科高校学生宿舍床位", "学生宿舍床位",
                     "宿舍床位", "新增学生宿舍床位"),
     **PLAN, note="新增 N: count of the new units, 增量 alts (README §3); " + SHISHI.format("①"))
fact("和实践活动1万场", "1万场", value=10000, unit="count", kind="count", classifier="场",
     metric="家庭教育指导服务和实践活动",
     metric_alts=["开展家庭教育指导服务和实践活动", "家庭教育指导服务和实践活动场次",
                  "家庭教育指导服务", "家庭教育指导服务和实践活动数量",
                  "线上线下家庭教育指导服务和实践活动"],
     **PLAN, note=SHISHI.format("①"))
g.neg("。②组织职业技能", "②", CIRCLE_NOTE.format("②"))
fact("创业培训23万人次", "23万人次", value=230000, unit="count", kind="count",
     classifier="人次", metric="职业技能和创业培训",
     metric_alts=["组织职业技能和创业培训", "职业技能和创业培训人次", "职业技能培训",
                  "创业培训", "职业技能和创业培训规模"],
     **PLAN, note="人次 is the classifier (SPEC §3); " + SHISHI.format("②"))
fact("创业孵化基地20个", "20个", value=20, unit="count", kind="count", classifier="个",
     metric="大学生创业孵化基地",
     metric_alts=new("大学生创业孵化基地", "建设大学生创业孵化基地", "创业孵化基地"),
     **PLAN, note=SHISHI.format("②"))
g.neg("。③培训乡村医生", "③", CIRCLE_NOTE.format("③"))
fact("培训乡村医生5000名", "5000名", value=5000, unit="count", kind="count",
     classifier="名", metric="培训乡村医生",
     metric_alts=["乡村医生", "乡村医生培训", "乡村医生培训人数", "培训乡村医生人数"],
     **PLAN, note=SHISHI.format("③"))
g.neg("实现省内二级以上", "二级", "hospital grade threshold (二级以上公立医疗机构, class 2 or "
      "higher) defining the institutions, no number of its own (as 三级 in wr_henan_2025)")
g.neg("。④建设社区", "④", CIRCLE_NOTE.format("④"))
fact("老年助餐服务点500个", "500个", value=500, unit="count", kind="count", classifier="个",
     metric="社区老年助餐服务点",
     metric_alts=new("社区老年助餐服务点", "建设社区老年助餐服务点", "老年助餐服务点"),
     **PLAN, note=SHISHI.format("④"))
fact("“时光守护”床位2000张", "2000张", value=2000, unit="count", kind="count",
     classifier="张", metric="老年人“时光守护”床位",
     metric_alts=new("老年人“时光守护”床位", "老年人时光守护床位", "“时光守护”床位",
                     "时光守护床位", "建设老年人“时光守护”床位", "床位"),
     **PLAN, note="verb 建设 shared with 500个; " + SHISHI.format("④"))
g.neg("。⑤城乡低保", "⑤", CIRCLE_NOTE.format("⑤"))
DIBAO = ["城乡低保标准", "低保标准", "最低生活保障标准"]
fact("不低于740元/月", "740元/月", value=740, unit="CNY", kind="amount", bound="ge",
     metric="城市低保标准",
     metric_alts=["城市居民最低生活保障标准", "城镇低保标准", "城市低保月标准",
                  "城市最低生活保障标准"] + DIBAO,
     **PLAN_END,
     note="城乡低保标准 … 740元/月和485元/月: urban ↔ 740, rural ↔ 485 (list order of 城乡); "
          "不低于 → ge, read as covering both values (README §6 分别…以上); " + END_NOTE)
fact("和485元/月", "485元/月", value=485, unit="CNY", kind="amount", bound="ge",
     metric="农村低保标准",
     metric_alts=["农村居民最低生活保障标准", "农村低保月标准", "农村最低生活保障标准"] + DIBAO,
     **PLAN_END, note="不低于 shared with 740元/月 → ge; " + END_NOTE)
g.neg("残疾人“两项补贴”", "两项补贴", "programme name “两项补贴” (the two disability "
      "allowances), not a count (as wr_china_2019)")
fact("每人100元/月", "100元/月", value=100, unit="CNY", kind="amount",
     metric="残疾人“两项补贴”标准",
     metric_alts=["残疾人两项补贴标准", "两项补贴标准", "“两项补贴”标准",
                  "残疾人“两项补贴”每人每月标准", "残疾人两项补贴每人每月标准"],
     **PLAN_END,
     note="no bound word → eq; per person (每人, outside the span as 每人每年670元 in "
          "wr_jilin_2025) and per month in the indicator; " + END_NOTE)
ORPHAN = ["孤儿补贴标准", "孤儿基本生活费标准", "养育孤儿补贴标准"]
fact("不低于1200元/月", "1200元/月", value=1200, unit="CNY", kind="amount", bound="ge",
     metric="散居孤儿补贴标准",
     metric_alts=["散居养育孤儿补贴标准", "散居孤儿基本生活费标准", "散居孤儿月补贴标准"]
     + ORPHAN, **PLAN_END,
     note="散居和集中养育孤儿 … 1200元/月和1700元/月: 散居 ↔ 1200, 集中养育 ↔ 1700 (list "
          "order); 不低于 → ge for both; " + END_NOTE)
fact("和1700元/月", "1700元/月", value=1700, unit="CNY", kind="amount", bound="ge",
     metric="集中养育孤儿补贴标准",
     metric_alts=["集中养育孤儿基本生活费标准", "集中供养孤儿补贴标准", "集中养育孤儿月补贴标准"]
     + ORPHAN, **PLAN_END, note="不低于 shared with 1200元/月 → ge; " + END_NOTE)
g.neg("。⑥建成农村", "⑥", CIRCLE_NOTE.format("⑥"))
fact("综合服务站1.9万个", "1.9万个", value=19000, unit="count", kind="count",
     classifier="个", metric="农村寄递物流综合服务站",
     metric_alts=new("农村寄递物流综合服务站", "建成农村寄递物流综合服务站", "寄递物流综合服务站"),
     **PLAN, note="stations to be completed (建成) in 2025; " + SHISHI.format("⑥"))
g.neg("。⑦推进社会保险", "⑦", CIRCLE_NOTE.format("⑦"))
g.neg("。⑧建成150个", "⑧", CIRCLE_NOTE.format("⑧"))
fact("建成150个基层消防站", "150个", value=150, unit="count", kind="count", classifier="个",
     metric="基层消防站",
     metric_alts=new("基层消防站", "建成基层消防站", "消防站"),
     **PLAN, note=SHISHI.format("⑧"))
g.neg("。⑨改造城市", "⑨", CIRCLE_NOTE.format("⑨"))
fact("城市危旧房5000套", "5000套", value=5000, unit="count", kind="count", classifier="套",
     metric="城市危旧房",
     metric_alts=["改造城市危旧房", "城市危旧房改造", "危旧房", "危旧房改造",
                  "城市危旧房改造数量", "改造城市危旧房数量"],
     **PLAN, note=SHISHI.format("⑨"))
fact("公共充电桩5000个", "5000个", value=5000, unit="count", kind="count", classifier="个",
     metric="电动汽车公共充电桩",
     metric_alts=new("电动汽车公共充电桩", "新建电动汽车公共充电桩", "公共充电桩", "充电桩"),
     **PLAN, note=SHISHI.format("⑨"))
g.neg("。⑩提质改造", "⑩", CIRCLE_NOTE.format("⑩"))
fact("农村公路3000公里", "3000公里", value=3e6, unit="m", kind="amount",
     metric="提质改造农村公路",
     metric_alts=["农村公路", "农村公路提质改造", "提质改造农村公路里程", "农村公路提质改造里程"],
     **PLAN, note="公里 → ×1e3 m; metric as 提质改造农村公路4528公里 in wr_hunan_2025; "
                  + SHISHI.format("⑩"))
fact("新建7000个农村", "7000个", value=7000, unit="count", kind="count", classifier="个",
     metric="农村4G/5G基站",
     metric_alts=new("农村4G/5G基站", "新建农村4G/5G基站", "4G/5G基站", "农村基站", "基站",
                     "农村4G5G基站"),
     **PLAN, note=SHISHI.format("⑩"))
g.neg("农村4G/5G基站", "4G", "network generation name (4G), not a quantity (as 5G in "
      "wr_ningxia_2025)")
g.neg("4G/5G基站", "5G", "network generation name (5G), not a quantity")

# ---- line 12 (source 86): closing of （八） ------------------------------------------------------
g.neg("要把老百姓身边", "老百姓", "lexicalized 老百姓 'ordinary people'; 百 is not a quantity "
      "(as nw_cctv_20210526_yrd_2021)")

# ---- line 13 (source 87): heading （九） ---------------------------------------------------------
g.neg("（九）持续推进", "（九）", MARKER_NOTE)

# ---- line 14 (source 88) ----------------------------------------------------------------------
g.neg("守护好一江碧水", "一江", "slogan 一江碧水 ('a river of clear water', the Xiang River), "
      "not a quantity")

# ---- line 15 (source 89): 强化污染防治攻坚 ---------------------------------------------------
g.neg("力争PM2.5浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a quantity")
fact("下降到33微克/立方米", "33微克/立方米", value=33, unit="微克/立方米", kind="amount",
     metric="PM2.5浓度",
     metric_alts=["PM2.5平均浓度", "PM2.5年均浓度", "细颗粒物浓度", "细颗粒物平均浓度"],
     **PLAN,
     note="力争 → target; 下降到 gives the level to reach (eq), an annual mean → the year; "
          "μg/m³ has no canonical unit → kept as written (as wr_anhui_2025 / wr_shanxi_2025); "
          + PLAN_NOTE)
g.neg("全面消除劣Ⅴ类水体", "Ⅴ类", "water-quality class label (劣Ⅴ类, worse than class Ⅴ), "
      "not a quantity (as Ⅲ类 in wr_jiangsu_2025)")
g.neg("花垣县“锰三角”", "锰三角", "place nickname “锰三角” (the manganese triangle of three "
      "provinces' border), not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_hunan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the last paragraphs "
    "of 2025 task （七） (文化和科技融合 with the 10% target, 文化和旅游融合, 文化事业, closing "
    "line), task （八）加大保障和改善民生力度 in full (就业, 教育, 健康, 社会保障, and the "
    "“十大重点民生实事” ①-⑩ of source line 85) and the opening of task （九） up to 强化污染"
    "防治攻坚 (PM2.5 target). Lines 15-22 are annotated in wr_hunan_2025 (no overlap). The "
    "report has no 主要预期目标 list; lines 75-89 are the densest run of 2,000-2,500 characters "
    "outside lines 15-22 (the review lines 1-14 make only 1,941 characters; the first 2025 "
    "plan block, lines 34-45, holds about 16 facts in 2,375 characters; 72-89 and 79-92 "
    "start at a heading but are less dense). Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line). Date: 2025-01-14, the "
    "delivery date in the source's header (line 4: 2025年1月14日在湖南省第十四届人民代表大会"
    "第三次会议上…), as wr_hunan_2025. Place: 湖南省 (湖南, 全省, 我省 → alts). Periods: the "
    "excerpt states no period of its own; every number takes the frame of part 二、关于2025年"
    "工作 (source line 31, outside the excerpt): period text 2025年, 2025-01-01..2025-12-31, "
    "null as alt; standards to be reached (低保标准, 两项补贴标准, 孤儿补贴标准 提高到) → the "
    "instant 2025-12-31 (stock rule), the year and null as alts; the PM2.5 annual mean → the "
    "year. Modality: target throughout (plans and the 民生实事). Bounds: 以上, 不低于, 至少 → "
    "ge. Units: N元/月 → CNY with 'per month' in the metric (span keeps /月); 公里 → m; "
    "微克/立方米 kept as written; 人次 → classifier. Judgement calls: 至少一人 (零就业家庭) → "
    "a count of 1, ge (a stated minimum, not the article 一); 城乡低保标准 740元/月和485元/月 → "
    "urban/rural in list order, 不低于 covering both (same for 散居/集中养育孤儿 1200/1700); "
    "十大重点民生实事 → set label (negative, as 十大产业项目 in wr_hunan_2025) although its ten "
    "items follow; circled markers ①-⑩ → negatives; 二级以上公立医疗机构 → grade threshold "
    "(negative); 千亿级 → class label (negative). Negatives: 千亿级, 一批, 六大, 三湘四水, "
    "（八）, 零 (零就业家庭), 七个一, 双减, 双一流, 双高, 三医联动, 六医协同, 三留守, 十大, "
    "①-⑩, 二级, 两项补贴, 4G, 5G, 老百姓, （九）, 一江, PM2.5, Ⅴ类, 锰三角. Lexicalized, not "
    "listed: 头等. Period text: no line of the excerpt names a period (no 今年, 全年, 年度 or "
    "date anywhere in source lines 46-113), so the frame's text is the heading's 2025年, which "
    "lies outside the excerpt: shared/gold/check_gold.py reports it as 'not in the article'; "
    "kept deliberately (SPEC §4/§5 allow a section or document period whose surface is not in "
    "the text; dates are what is scored), rather than a less dense excerpt or a made-up surface.")

g.write(date=REF, source=f"shared/texts/work_report/wr_hunan_2025.txt lines {FIRST}–{LAST} "
        "(来源：湖南日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
