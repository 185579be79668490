"""Gold annotations for wr_tianjin_2025_c (2025年天津市政府工作报告, the end of the 2024 review:
城乡建设, 民生, 城市安全, 政府自身建设, the closing paragraphs of the review and the heading of
part 二), lines 20-34 of shared/texts/work_report/wr_tianjin_2025.txt.

The excerpt corpora/wr_tianjin_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): the body of review
item （三）城乡建设品质进一步提升 (its heading, source line 19, is outside the excerpt: planning
and construction, urban environment, rural revitalisation), items （四）民生服务保障水平持续改善
and （五）城市安全基础更加扎实 in full, the 一年来 paragraph on the government's own work, the
summing-up (回顾一年来工作…) and problems paragraphs, and the heading 二、2025年工作安排 (the last
line).  Everything but that heading lies in part 一、2024年工作回顾 (source line 6): the review
of 2024.  Lines 7-18 are wr_tianjin_2025 and lines 55-65 wr_tianjin_2025_b (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_tianjin_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_tianjin_2025_c"
SOURCE_ID = "wr_tianjin_2025"
PLACE = "天津市"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 20, 34                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年天津市政府工作报告"       # line 1 of the source, outside the excerpt
TJ_ALTS = ["天津", "全市"]
GOV_ALTS = TJ_ALTS + ["天津市人民政府", "市政府", "市人民政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="持续提高规划建设管理水平。", ends="二、2025年工作安排")
text = g.text
fact = g.with_subject(PLACE, TJ_ALTS)


def subj(main, *alts):
    """subject + subject_alts for a number owned by a unit inside the city."""
    return dict(subject=main, subject_alts=list(alts) + [PLACE] + TJ_ALTS)


PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (（N） / N、), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
PHASE_NOTE = "phase label {} (README §2 一期), not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (README §2)"

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# Lines 1-14 of the excerpt (source 20-33) lie in part 一、2024年工作回顾 (source line 6,
# outside the excerpt): the review of 2024.  Most lines state no period of their own and take
# the review year (SPEC §4 section frame) with the null reading in period_alts; the period
# text is the review's own word for it in the excerpt, 一年来 (source lines 31-32; only the
# dates are scored).  Line 2 (source 21) names 全年 before 723公里 (explicit, same dates): it
# governs the rest of that line.  Line 12 (source 31) opens with 一年来 (explicit).  Stocks
# (达到 N of a set in place) are the instant 2024-12-31 with the literal year and null as
# alts; counts of things under way (有序推进, 有序建设) keep the year with the year-end instant
# as alt (LEVEL, as wr_tianjin_2025).  Streaks (二十一连丰, 连续两年, 连续五年) end in the review
# year: the year as gold, null and the streak's own span as alts (as wr_yunnan_2025 /
# wr_tianjin_2025 连续三年).  No 预计 in the excerpt → actual throughout.
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FY = P("全年", "2024-01-01", "2024-12-31")
FY_NULL = P("全年", None, None)
FY_END = P("全年", "2024-12-31", "2024-12-31")
FULLYEAR = dict(period=FY, period_alts=[FY_NULL])
FY_STOCK = dict(period=FY_END, period_alts=[FY, FY_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
FY_NOTE = "全年 (= 2024, explicit earlier in the line) governs"


def streak(text_, start):
    """period of a streak ending in the review year: the year, null and the span as alts."""
    return dict(period=Y24, period_alts=[Y24_NULL, P(text_, start, "2024-12-31")])


# ==== line 1 (source 20): 持续提高规划建设管理水平 =============================================
fact("10个涉农区规划编制完成", "10个", value=10, unit="count", kind="count", classifier="个",
     metric="涉农区规划",
     metric_alts=["涉农区规划编制", "涉农区规划编制完成", "完成规划编制的涉农区", "涉农区",
                  "涉农区规划数量", "规划编制完成的涉农区"], **FLOW,
     note="the districts (with farmland) whose plans were finished in 2024")
g.neg("机场三期改扩建", "三期", PHASE_NOTE.format("三期 (third phase of the airport)"))
g.neg("地铁11号线一期", "11号线", NAME_NOTE.format("11号线, metro line 11"))
g.neg("11号线一期西段", "一期", PHASE_NOTE.format("一期 (first phase of line 11)"))
g.neg("、5号线延伸线", "5号线", NAME_NOTE.format("5号线, metro line 5"))
g.neg("铁路首开段运营", "首开段", "section label 首开段 ('first opened section' of the "
      "津静 line), not a rank or count")
fact("天美艺术街区等21个城市更新项目", "21个", value=21, unit="count", kind="count",
     classifier="个", metric="城市更新项目",
     metric_alts=["城市更新项目数量", "天美艺术街区等城市更新项目", "更新项目", "城市更新"],
     **LEVEL, note="projects under way (有序推进) in 2024; the year-end instant as alt")

# ==== line 2 (source 21): 持续改善城市宜居环境 ================================================
g.neg("攻坚战，PM2.5年均", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity")
fact("年均浓度同比下降8％", "8％", value=-8, unit="%", kind="growth",
     metric="PM2.5年均浓度",
     metric_alts=["PM2.5浓度", "PM2.5平均浓度", "细颗粒物年均浓度", "细颗粒物浓度",
                  "PM2.5年平均浓度"], comparison="yoy", **FLOW,
     note="下降 → negative; 同比 → yoy; an annual mean → the year")
fact("优良天数同比增加36天", "36天", value=36, unit="day", kind="amount",
     metric="优良天数增量",
     metric_alts=["优良天数", "空气质量优良天数增量", "空气质量优良天数", "优良天数增加",
                  "优良天数同比增加"], **FLOW,
     note="absolute change of a level (同比增加 → +36, SPEC §2: the level's kind and unit, "
          "metric <level>增量; comparison null as for other absolute changes, as "
          "wr_chongqing_2025_c 同比增加4天)")
g.neg("柳林公园二期", "二期", PHASE_NOTE.format("二期 (second phase of 柳林公园)"))
fact("56个口袋公园", "56个", value=56, unit="count", kind="count", classifier="个",
     metric="口袋公园",
     metric_alts=["向市民开放的口袋公园", "开放口袋公园", "口袋公园数量", "新开放口袋公园",
                  "口袋公园增量"], **FLOW, note="parks opened to the public in 2024")
PIPE_NOTE = ("公里 = 1e3 m; verb 改造 distributes over the two networks; " + FY_NOTE)
fact("全年改造燃气管网723公里", "723公里", value=7.23e5, unit="m", kind="amount",
     metric="燃气管网改造",
     metric_alts=["改造燃气管网", "燃气管网", "燃气管网改造长度", "改造燃气管网长度",
                  "燃气管网改造里程"], **FULLYEAR,
     note=PIPE_NOTE + " (explicit here; metric as wr_tianjin_2025_b)")
fact("供热管网1122公里", "1122公里", value=1.122e6, unit="m", kind="amount",
     metric="供热管网改造",
     metric_alts=["改造供热管网", "供热管网", "供热管网改造长度", "改造供热管网长度",
                  "供热管网改造里程"], **FULLYEAR, note=PIPE_NOTE)
fact("供热改造7638户", "7638户", value=7638, unit="count", kind="count", classifier="户",
     metric="“冬病夏治”供热改造",
     metric_alts=["冬病夏治供热改造", "供热改造", "供热改造户数", "“冬病夏治”供热改造户数",
                  "冬病夏治供热改造户数"], **FULLYEAR,
     note="households whose heating was refitted in the summer (冬病夏治 'treat a winter "
          "illness in summer', a programme name without a numeral); 户 a classifier; " + FY_NOTE)
fact("在310个老旧小区", "310个", value=310, unit="count", kind="count", classifier="个",
     metric="老旧小区",
     metric_alts=["增设夜间停车区域的老旧小区", "老旧小区周边道路增设夜间停车区域", "老旧小区数量",
                  "增设夜间停车区域老旧小区", "夜间停车区域"], **FULLYEAR,
     note="old estates around which night parking was added in 2024 (the counted set); "
          + FY_NOTE)
g.neg("城市一刻钟便民生活圈", "一刻钟", "part of the name 一刻钟便民生活圈 ('quarter-hour "
      "convenience circle'), a label, not a measured duration (as wr_tianjin_2025_b)")
fact("生活圈达到190个", "190个", value=190, unit="count", kind="count", classifier="个",
     metric="城市一刻钟便民生活圈",
     metric_alts=["一刻钟便民生活圈", "便民生活圈", "城市一刻钟便民生活圈数量",
                  "一刻钟便民生活圈数量"], **FY_STOCK,
     note="达到 → eq; the circles in place (a stock) under 全年: instant 2024-12-31, the "
          "literal year and null as alts (as cm_qiandongnan_2023 STOCK_FY)")

# ==== line 3 (source 22): 持续推进乡村全面振兴 ================================================
fact("粮食生产“二十一连丰”", "二十一", value=21, unit="year", kind="amount",
     metric="粮食丰收持续时间",
     metric_alts=["粮食生产丰收持续时间", "粮食生产连丰", "粮食连丰", "粮食连续丰收",
                  "粮食生产连续丰收", "连丰", "粮食丰收年数", "粮食生产连丰年数",
                  "粮食连续丰收年数", "丰收持续时间", "粮食生产“二十一连丰”"],
     **streak("二十一连丰", "2004-01-01"),
     note="“二十一连丰” = 21 bumper harvests in a row (2004-2024): a streak, a duration in "
          "years (as “二十连丰” in nw_cctv_20240428_northeast_2024); span = the numeral only; "
          "the review year as gold, null and the streak's span as alts")
fact("40万亩增发国债", "40万亩", value=4e5, unit="mu", kind="amount",
     metric="增发国债高标准农田项目",
     metric_alts=["高标准农田", "增发国债高标准农田", "高标准农田项目", "高标准农田面积",
                  "增发国债高标准农田项目面积", "高标准农田建设面积", "增发国债高标准农田面积"],
     **FLOW,
     note="the size of the projects written before their name (SPEC §1 quantity in a "
          "project's name → a fact); completed (率先完工) in 2024 → actual; 亩 stays mu")
JN = ["“津农精品”销售额", "津农精品销售额", "“津农精品”", "津农精品"]
fact("销售额连续两年突破百亿元", "两年", value=2, unit="year", kind="amount",
     metric="“津农精品”销售额突破百亿元持续时间",
     metric_alts=["津农精品销售额突破百亿元持续时间", "“津农精品”销售额连续突破百亿元",
                  "“津农精品”销售额突破百亿元年数", "销售额突破百亿元持续时间",
                  "“津农精品”销售额持续时间"] + JN,
     **streak("连续两年", "2023-01-01"),
     note="length of the streak 连续两年 (2 year, as wr_fujian_2025_b 连续两年); the review "
          "year as gold, null and 2023-2024 as alts")
fact("连续两年突破百亿元", "百亿元", value=1e10, unit="CNY", kind="amount", bound="gt",
     metric="“津农精品”销售额", metric_alts=JN[1:] + ["销售额"],
     **streak("连续两年", "2023-01-01"),
     note="突破 → gt (outside the span); 百亿元 = 1e10; the level passed in each year of the "
          "streak (as 连续8年稳定在千亿斤以上 in nw_sina_20220122) → the review year as gold, "
          "null and 2023-2024 as alts")
fact("12个乡村旅游重点片区", "12个", value=12, unit="count", kind="count", classifier="个",
     metric="乡村旅游重点片区",
     metric_alts=["乡村旅游重点片区数量", "建设乡村旅游重点片区", "乡村旅游片区"], **LEVEL,
     note="zones under construction (有序建设) in 2024; the year-end instant as alt")
fact("49个项目投入运营", "49个", value=49, unit="count", kind="count", classifier="个",
     metric="投入运营项目",
     metric_alts=["项目", "投入运营的项目", "乡村旅游重点片区项目", "乡村旅游项目",
                  "投入运营项目数量", "乡村旅游重点片区投入运营项目"], **FLOW,
     note="projects (of the rural-tourism zones) that went into operation in 2024")
fact("交易额跃升全国首位", "首位", value=1, unit="rank", kind="rank", scope="全国",
     metric="交易额",
     metric_alts=["农村产权交易所交易额", "农村产权交易额", "交易额排名", "农村产权交易所交易额排名"],
     **subj("农村产权交易所", "天津农村产权交易所", "天津农村产权交易中心"), **FLOW,
     note="首位 → rank 1 (SPEC §3); the exchange owns the number (its turnover ranks first "
          "among the country's rural property exchanges), the city as alt; the year's "
          "turnover → the review year")
fact("800个经济薄弱村", "800个", value=800, unit="count", kind="count", classifier="个",
     metric="经济薄弱村",
     metric_alts=["扶持经济薄弱村", "经济薄弱村数量", "经济薄弱村扶持", "帮扶经济薄弱村"],
     **LEVEL, note="villages whose support programme was completed (圆满收官) in 2024; the "
                   "year-end instant as alt")

# ==== line 4 (source 23): heading （四） =========================================================
g.neg("（四）民生服务", "（四）", MARKER_NOTE)

# ==== line 5 (source 24): 着力办好民生实事 ===================================================
fact("20项民心工程", "20项", value=20, unit="count", kind="count", classifier="项",
     metric="民心工程",
     metric_alts=["民心工程数量", "完成民心工程", "民生实事", "民心工程项目"], **FLOW,
     note="the year's projects, all completed (全面完成) in 2024 (cf. wr_shandong_2025 20项"
          "重点民生实事)")
fact("新建养老机构17家", "17家", value=17, unit="count", kind="count", classifier="家",
     metric="养老机构", metric_alts=new("养老机构", "新建养老机构"), **FLOW,
     note="新建 N: built in 2024; 增量 alts (README §3)")
fact("受益群众增加6万人", "6万人", value=6e4, unit="count", kind="count", classifier="人",
     metric="老年助餐补贴受益群众增量",
     metric_alts=["老年助餐补贴受益群众", "受益群众增量", "老年助餐补贴受益人数增量",
                  "老年助餐补贴受益人数", "受益群众", "老年助餐补贴受益群众增加"], **FLOW,
     note="absolute change of a level (增加 → +6e4, SPEC §2): count, metric <level>增量")
fact("配售型保障性住房7500套", "7500套", value=7500, unit="count", kind="count",
     classifier="套", metric="配售型保障性住房",
     metric_alts=new("配售型保障性住房", "新建、转化配售型保障性住房", "新建转化配售型保障性住房",
                     "保障性住房", "配售型保障房"), **FLOW,
     note="homes built or converted (新建、转化) in 2024; 增量 alts (README §3)")
fact("惠及8.1万个困难家庭", "8.1万个", value=81000, unit="count", kind="count",
     classifier="个", metric="租房补贴惠及困难家庭",
     metric_alts=["困难家庭", "租房补贴惠及家庭", "发放租房补贴惠及困难家庭", "租房补贴受益家庭",
                  "租房补贴惠及困难家庭数量", "惠及困难家庭"], **FLOW,
     note="households reached by the rent subsidy paid in 2024")

# ==== line 6 (source 25): 着力优化教育医疗供给 ================================================
fact("6个区通过义务教育", "6个", value=6, unit="count", kind="count", classifier="个",
     metric="通过义务教育优质均衡发展国家督导评估认定的区",
     metric_alts=["通过义务教育优质均衡发展国家督导评估认定区", "义务教育优质均衡发展区",
                  "义务教育优质均衡发展国家督导评估认定区", "通过国家督导评估认定的区", "区",
                  "义务教育优质均衡发展区数量"], **FLOW,
     note="districts certified in 2024 (the predicate defines the counted set)")
fact("义务教育学校19所", "19所", value=19, unit="count", kind="count", classifier="所",
     metric="义务教育学校",
     metric_alts=new("义务教育学校", "新建改扩建义务教育学校", "新建、改扩建义务教育学校"),
     **FLOW, note="新建改扩建 N: schools built or enlarged in 2024; 增量 alts (README §3)")
fact("普通高中4所", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="普通高中",
     metric_alts=new("普通高中", "新建改扩建普通高中", "新建、改扩建普通高中", "普通高中学校"),
     **FLOW, note="verb 新建改扩建 shared; 增量 alts (README §3)")
fact("义务教育学位3.3万个", "3.3万个", value=33000, unit="count", kind="count",
     classifier="个", metric="义务教育学位",
     metric_alts=new("义务教育学位", "新增义务教育学位"), **FLOW,
     note="新增 N: places added in 2024; 增量 alts (README §3)")
fact("普通高中学位9600个", "9600个", value=9600, unit="count", kind="count",
     classifier="个", metric="普通高中学位",
     metric_alts=new("普通高中学位", "新增普通高中学位"), **FLOW, note="verb 新增 shared")
g.neg("实施全国首部职业教育", "首部", FIRST_NOTE + " (首部 'the first (law)')")
g.neg("中医一附院", "一附院", NAME_NOTE.format("中医一附院, the First Affiliated Hospital of "
      "the TCM university"))
g.neg("医学中心首批支持项目", "首批", FIRST_NOTE + " (首批 'first batch')")
g.neg("扩建三期等投入使用", "三期", PHASE_NOTE.format("三期 (third phase of the hospital's "
      "extension)"))
DRUG_NOTE = ("items whose prices fell under the 2024 volume-based procurement (集中带量采购, "
             "the sentence's topic)")
fact("580种药品", "580种", value=580, unit="count", kind="count", classifier="种",
     metric="集中带量采购药品",
     metric_alts=["药品", "带量采购药品", "价格大幅降低的药品", "降价药品", "药品品种",
                  "集中带量采购药品品种", "集采药品"], **FLOW, note=DRUG_NOTE)
fact("26种医用耗材", "26种", value=26, unit="count", kind="count", classifier="种",
     metric="集中带量采购医用耗材",
     metric_alts=["医用耗材", "带量采购医用耗材", "价格大幅降低的医用耗材", "降价医用耗材",
                  "医用耗材品种", "集中带量采购医用耗材品种", "集采医用耗材"], **FLOW,
     note=DRUG_NOTE)

# ==== line 7 (source 26): 着力推动文商旅体融合 ================================================
g.neg("澳康达名车广场等首店", "首店", "store type 首店 ('first store' of a brand in the "
      "area), a label, not a rank (as wr_anhui_2025_b)")
fact("惠民演出1.3万场次", "1.3万场次", value=13000, unit="count", kind="count",
     classifier="场次", metric="特色文旅活动和惠民演出",
     metric_alts=["举办特色文旅活动和惠民演出", "特色文旅活动和惠民演出场次", "文旅活动和惠民演出",
                  "惠民演出", "特色文旅活动", "文旅活动"], **FLOW,
     note="one quantity for the two kinds of events → one fact (SPEC §1); 场次 a classifier")
fact("接待游客2.6亿人次", "2.6亿人次", value=2.6e8, unit="count", kind="count",
     classifier="人次", metric="接待游客",
     metric_alts=["游客", "接待游客人次", "游客接待量", "接待游客量", "游客人次"], **FLOW,
     note="人次 a classifier (SPEC §3); visitors of the year")
g.neg("中国500强企业高峰论坛", "500强", NAME_NOTE.format("中国500强企业高峰论坛, an event"))
g.neg("等一批品牌展会", "一批", "quantifier 一批")
fact("新建730处健身场地设施", "730处", value=730, unit="count", kind="count", classifier="处",
     metric="健身场地设施",
     metric_alts=new("健身场地设施", "新建健身场地设施", "健身设施", "健身场地"), **FLOW,
     note="新建 N: built in 2024; 增量 alts (README §3)")
fact("举办6000余场次", "6000余场次", value=6000, unit="count", kind="count", bound="gt",
     classifier="场次", metric="群众体育赛事活动",
     metric_alts=["举办群众体育赛事活动", "群众体育赛事活动场次", "体育赛事活动", "群众体育赛事"],
     **FLOW, note="余 inside the span → gt")

# ==== line 8 (source 27): heading （五） =========================================================
g.neg("（五）城市安全", "（五）", MARKER_NOTE)

# ==== line 9 (source 28): 筑牢城市韧性基底 ===================================================
fact("44项水毁修复工程", "44项", value=44, unit="count", kind="count", classifier="项",
     metric="水毁修复工程",
     metric_alts=["水毁修复工程数量", "完工水毁修复工程", "水毁修复项目", "水毁修复"], **FLOW,
     note="works all completed before the 2024 flood season (汛前, no numeral) → the review "
          "year")

# ==== line 10 (source 29): 扎实推进全口径化债 (no numerals) ====================================

# ==== line 11 (source 30): 维护社会大局稳定 ===================================================
fact("连续五年食品安全考核", "五年", value=5, unit="year", kind="amount",
     metric="食品安全考核获评A级持续时间",
     metric_alts=["食品安全考核获评A级", "食品安全考核连续获评A级", "食品安全考核获评A级年数",
                  "食品安全考核", "连续获评A级年数", "食品安全考核持续时间"],
     **streak("连续五年", "2020-01-01"),
     note="length of the streak 连续五年 (a duration, unit year, as wr_tianjin_2025 连续三年); "
          "the review year as gold, null and 2020-2024 as alts")
fact("连续四次药品安全考核", "四次", value=4, unit="count", kind="count", classifier="次",
     metric="药品安全考核获评A级次数",
     metric_alts=["药品安全考核获评A级", "药品安全考核连续获评A级", "药品安全考核",
                  "连续获评A级次数", "药品安全考核次数"], **FLOW,
     note="连续四次: four assessments in a row rated A — a count of occasions (次, as 连续两次 "
          "in nw_cctv_20170717_china_2017h1), not a duration; the run ends in the review year "
          "(judgement call)")

g.neg("不断筑牢首都政治", "首都", "lexicalized 首都 (capital), not a rank (as "
      "wr_tianjin_2025_b)")

# ==== line 12 (source 31): 一年来，我们全面加强政府自身建设 ======================================
g.neg("一年来，我们全面加强", "一年来", PERIOD_NOTE + " (the review year 2024, explicit at "
      "the head of the line); not a duration fact")
g.neg("深刻领悟“两个确立”", "两个确立", LABEL_NOTE + " (political slogan “两个确立”)")
g.neg("坚决做到“两个维护”", "两个维护", LABEL_NOTE + " (political slogan “两个维护”)")
GOV = dict(subject=PLACE, subject_alts=GOV_ALTS)
fact("地方性法规草案9件", "9件", value=9, unit="count", kind="count", classifier="件",
     metric="地方性法规草案",
     metric_alts=["提请审议地方性法规草案", "地方性法规草案数量", "法规草案",
                  "提请审议的地方性法规草案"], **GOV, period=Y24, period_alts=[Y24_NULL],
     note="drafts the city government submitted in 2024 (一年来 explicit at the head of the "
          "line); the city as subject, the government as alt (as wr_shandong_2025 GOV_ALTS)")
fact("政府规章7部", "7部", value=7, unit="count", kind="count", classifier="部",
     metric="政府规章",
     metric_alts=["制定修改废止政府规章", "政府规章数量", "规章", "制定修改废止的政府规章"],
     **GOV, period=Y24, period_alts=[Y24_NULL],
     note="rules made, amended or repealed in 2024 (one count for the three actions)")
g.neg("第五次全国经济普查", "第五次", "edition label of the census (第五次全国经济普查), not a "
      "count")
g.neg("中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_china_2019)")
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥 'double support' of army and civilians, as "
      "wr_chongqing_2025_d)")

# ==== line 13 (source 32): summing-up (回顾一年来工作) ============================================
g.neg("回顾一年来工作", "一年来", PERIOD_NOTE + " (the review year 2024); no number follows it")
g.neg("等一系列重大政策", "一系列", "quantifier 一系列 'a series of' (README §2)")
g.neg("“十项行动”走深走实", "十项行动", LABEL_NOTE + " (“十项行动”, the city's ten "
      "campaigns, a set label)")
g.neg("“三新”、“三量”", "三新", LABEL_NOTE + " (“三新” 'the three new': 新质生产力、新动能、"
      "新产业), a set label")
g.neg("“三新”、“三量”", "三量", LABEL_NOTE + " (“三量” 'the three volumes': 盘活存量、扩大"
      "增量、提升质量), a set label")

# ==== line 14 (source 33): problems (一些 lexicalized, no facts) ================================

# ==== line 15 (source 34): heading of part 二 =====================================================
g.neg("二、2025年工作安排", "二、", MARKER_NOTE + " (part 二)")
g.neg("二、2025年工作安排", "2025年", PERIOD_NOTE + " (heading of the 2025 plan; no fact "
      "follows it in the excerpt)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). "
    "Part of the document: part 一、2024年工作回顾 (source line 6, outside the excerpt), the "
    "review of 2024 — the body of item （三）城乡建设品质进一步提升 (its heading, source line 19, "
    "is outside: planning, urban environment, rural revitalisation), items （四）民生服务保障"
    "水平持续改善 and （五）城市安全基础更加扎实 in full, the 一年来 paragraph on the government's "
    "own work, the summing-up and problems paragraphs — and, as its last line, the heading "
    "二、2025年工作安排 of the plan (no fact under it in the excerpt). Lines 7-18 are "
    "wr_tianjin_2025, lines 55-65 wr_tianjin_2025_b. Title line, source line and dateline "
    "are outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-14, the delivery date in the report's header (source line 3: 2025年1月14日在天津市"
    "第十八届人民代表大会第三次会议上); the shared meta agrees. Place: 天津市 (天津, 全市 → "
    "alts); the 农村产权交易所 owns its rank (city as alt); the laws and rules of line 12 are "
    "the city government's (government names as alts). Periods: the review year 2024 "
    "(section frame, period text 一年来 — the review's own word, explicit at the head of "
    "source line 31 — with null as alt); 全年 (source line 21) explicit for the pipe works, "
    "7638户, 310个 and 190个 (a stock under 全年 → instant 2024-12-31, the year and null as "
    "alts); counts of projects under way or finished programmes (21个, 12个, 800个) → the year "
    "with the year-end instant as alt; streaks 二十一连丰 (2004-2024), 连续两年 (2023-2024), "
    "连续五年 (2020-2024) → the review year, null and the streak span as alts. Modality: "
    "actual throughout (no 预计 in the excerpt). Units: 公里 → m; 万亩 → mu; 天 → day; 百亿元 "
    "= 1e10 CNY; 人次, 场次, 户 classifiers. Judgement calls: 二十一连丰 → a 21-year streak "
    "(span 二十一); 连续两年突破百亿元 → a 2-year streak plus the level 1e10 gt; 连续四次 → count "
    "4 (次), not a duration; 40万亩 before 增发国债高标准农田项目 → the projects' area (SPEC §1); "
    "优良天数同比增加36天 and 受益群众增加6万人 → absolute changes (…增量, comparison null); "
    "1.3万场次 of 特色文旅活动和惠民演出 → one fact; 天津女排勇夺世俱杯亚军 (亚军, no numeral) is "
    "not annotated; 一刻钟, 首开段, 首店, 一附院, 十项行动, 三新, 三量 → negatives. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步, 一些, 一定.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：天津人大—天津日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
