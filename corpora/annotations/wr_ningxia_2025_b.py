"""Gold annotations for wr_ningxia_2025_b (2025年宁夏回族自治区政府工作报告, review item （五）),
lines 26-33 of shared/texts/work_report/wr_ningxia_2025.txt.

The excerpt corpora/wr_ningxia_2025_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review item （五）聚焦民生福祉，人民群众生活持续改善 in
full — its heading line (76% of the budget for livelihood, 100亿元 for 35 民生实事) and the
seven paragraphs 就业增收稳中有进, 教育质量整体提升, 医疗服务提质扩面, 文体事业加快发展,
人居条件不断改善, 社保水平逐步提高 and 社会大局和谐安定.  Lines 10-15 are annotated in
wr_ningxia_2025 (no overlap).  Lines 26-33 make 2,108 characters; the run starts at a section
heading and ends at the end of its section (the next line is the heading （六）); lines 23-32
(2,217) would cut section （五） in the middle.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_ningxia_2025_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_ningxia_2025_b"
PLACE = "宁夏回族自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_ningxia_2025.txt"
FIRST, LAST = 26, 33                    # 1-based, inclusive, whole lines
TITLE = "2025年宁夏政府工作报告"
NX_ALTS = ["宁夏", "全区", "我区", "自治区"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（五）聚焦民生福祉", ends="得到全国双拥办充分肯定。")
text = g.text
fact = g.with_subject(PLACE, NX_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
APPOS_NOTE = ("appositive N+classifier restating the items just listed ({}), not a quantity "
              "claim (as 区市县三级 in wr_ningxia_2025)")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# The whole excerpt lies in part 一、2024年工作回顾 (source line 7, outside it).  Lines 1-5
# and 7 state no period before their numbers: they take the review year as section frame
# (SPEC §4) with the excerpt's own name of that year, 全年 (lines 5 and 8), as period text and
# null in period_alts — exactly as wr_ningxia_2025 (lines 3, 4, 6 there).  Line 5 names 全年
# before 2.3万多场次 and 60多项 (explicit, same dates).  Line 8 names 全年 only after its last
# number (全年未发生…).  Stocks (累计 totals, coverage and rates of a stock, capacities in
# place, standards reached) → instant 2024-12-31 with the year and null as alts; rates and
# ranks of the year's performance → the year with the year-end instant as alt (LEVEL).
# Streaks (连续3年) end in the review year: the year as gold, the streak's span as alt.
Y24 = P("全年", "2024-01-01", "2024-12-31")
Y24_NULL = P("全年", None, None)
Y24_END = P("全年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
FRAME_NOTE = ("the line states no period: section frame 2024 (part 一、2024年工作回顾; period "
              "text 全年 as in wr_ningxia_2025), null as alt")
RANK_NOTE = "rank among the provinces (scope 全国) of the year's {}"


# ---- line 1 (source 26): heading （五） ----------------------------------------------------------
g.neg("（五）聚焦民生福祉", "（五）", MARKER_NOTE)
fact("坚持将76%的财力", "76%", value=76, unit="%", kind="share",
     metric="用于民生事业的财力占比",
     metric_alts=["财力用于民生事业比重", "民生事业财力占比", "用于民生事业的财力比重",
                  "用于民生的财力占比", "民生支出占比", "民生支出占财力比重",
                  "民生支出占财政支出比重", "用于民生事业的财力"], **FLOW,
     note="share of the year's fiscal resources spent on livelihood (a flow) → the year; "
          + FRAME_NOTE)
GOV = NX_ALTS + ["自治区人民政府", "政府"]
fact("承诺投入100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
     metric="民生实事投入",
     metric_alts=["投入", "政府承诺投入", "民生实事资金", "办好民生实事投入",
                  "民生实事投入资金", "承诺投入"], subject_alts=GOV, **FLOW,
     note="investment promised for the 35 livelihood projects, all completed (全部高标准完成) "
          "→ actual; the region keeps the subject, the government as alt")
fact("办好的35件民生实事", "35件", value=35, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["民生实事数量", "承诺的民生实事", "政府承诺的民生实事", "办好的民生实事",
                  "完成民生实事"], subject_alts=GOV, **FLOW,
     note="the items promised for 2024 and all completed → actual")

# ---- line 2 (source 27): 就业增收稳中有进 ---------------------------------------------------------
fact("转移就业同比增长28%", "28%", value=28, unit="%", kind="growth",
     metric="转移就业",
     metric_alts=["转移就业人数", "劳务转移就业", "转移就业规模", "稳内拓外转移就业"],
     comparison="yoy", **FLOW, note="同比 → yoy; " + FRAME_NOTE)
fact("职业技能培训3.5万人次", "3.5万人次", value=35000, unit="count", kind="count",
     classifier="人次", metric="职业技能培训",
     metric_alts=["开展职业技能培训", "职业技能培训人次", "技能培训", "职业技能培训规模"],
     **FLOW, note="人次 is a classifier (SPEC §3)")
fact("公益性岗位3.3万个", "3.3万个", value=33000, unit="count", kind="count",
     classifier="个", metric="城乡公益性岗位",
     metric_alts=new("城乡公益性岗位", "开发城乡公益性岗位", "公益性岗位"), **FLOW,
     note="posts created (开发) in 2024; 增量 alts (README §3)")
fact("城镇新增就业8.4万人", "8.4万人", value=84000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增城镇就业人数"], **FLOW)
fact("转移就业84万人", "84万人", value=840000, unit="count", kind="count",
     classifier="人", metric="农村劳动力转移就业",
     metric_alts=["农村劳动力转移就业人数", "转移就业", "农村劳动力转移", "转移就业人数"],
     **FLOW, note="超额完成任务 states no number")
fact("落实率超过90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="高校毕业生毕业去向落实率",
     metric_alts=["毕业去向落实率", "高校毕业生去向落实率", "高校毕业生就业率",
                  "高校毕业生毕业去向落实比例"], **FLOW,
     note="超过 → gt (outside the span); a rate of the year's graduates → share, the year; "
          "居全国前列 states no rank number")
g.neg("实现零就业家庭", "零", "零就业家庭 'zero-employment households', a category name, not "
      "a quantity (as wr_hunan_2025_b)")
g.neg("动态清零", "清零", "lexicalized verb 清零 'clear to zero, eliminate', not a stated "
      "quantity (judgement call: a count of 0 households is the alternative reading)")
fact("为近3.6万农民工", "3.6万", value=36000, unit="count", kind="count", classifier="人",
     bound="approx", metric="解决拖欠工资的农民工",
     metric_alts=["农民工", "被拖欠工资农民工", "解决拖欠工资农民工", "追回欠薪农民工",
                  "解决拖欠工资的农民工人数", "农民工人数"], **FLOW,
     note="近 → approx (outside the span); no measure word → classifier 人 (as "
          "wr_yunnan_2025 74万); the predicate defines the counted set → metric")
INC_NOTE = ("分别: 城镇居民人均可支配收入 ↔ 4.8% / 第五, 农村居民人均可支配收入 ↔ 7% / 第六; "
            "居全国第五和第六 ranks the growth rates (scope 全国)")
U_INC = ["城镇居民收入", "城镇居民人均可支配收入增速", "城镇人均可支配收入"]
R_INC = ["农村居民收入", "农村居民人均可支配收入增速", "农村人均可支配收入",
         "农民人均可支配收入"]
fact("分别增长4.8%", "4.8%", value=4.8, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=U_INC, comparison="yoy", **FLOW,
     note=INC_NOTE + "; head 居民人均可支配收入 shared (README §3)")
fact("4.8%、7%", "7%", value=7, unit="%", kind="growth",
     metric="农村居民人均可支配收入", metric_alts=R_INC, comparison="yoy", **FLOW,
     note=INC_NOTE)
fact("居全国第五和第六", "第五", value=5, unit="rank", kind="rank", scope="全国",
     metric="城镇居民人均可支配收入增速",
     metric_alts=["城镇居民人均可支配收入", "城镇居民收入增速", "增速"], **FLOW,
     note=INC_NOTE + "; " + RANK_NOTE.format("growth rate"))
fact("第五和第六", "第六", value=6, unit="rank", kind="rank", scope="全国",
     metric="农村居民人均可支配收入增速",
     metric_alts=["农村居民人均可支配收入", "农村居民收入增速", "增速"], **FLOW,
     note=INC_NOTE + "; " + RANK_NOTE.format("growth rate"))
fact("增速连续3年高于", "3年", value=3, unit="year", kind="amount",
     metric="居民人均可支配收入增速高于全国平均水平持续时间",
     metric_alts=["增速连续高于全国平均水平", "居民收入增速高于全国平均水平持续时间",
                  "城镇、农村居民人均可支配收入增速高于全国平均水平持续时间",
                  "居民人均可支配收入增速高于全国平均水平年数", "持续时间",
                  "居民人均可支配收入增速"],
     period=Y24, period_alts=[Y24_NULL, P("连续3年", "2022-01-01", "2024-12-31")],
     note="length of the streak 连续3年 (a duration, unit year, as wr_yunnan_2025 连续3年) — "
          "judgement call; the streak ends in the review year (alt 2022-2024)")

# ---- line 3 (source 28): 教育质量整体提升 ---------------------------------------------------------
fact("占GDP比重超过5%", "5%", value=5, unit="%", kind="share", bound="gt",
     metric="财政性教育经费投入占GDP比重",
     metric_alts=["财政性教育经费占GDP比重", "财政性教育经费投入占比", "教育经费占GDP比重",
                  "财政性教育经费投入占GDP的比重", "财政性教育经费占地区生产总值比重"],
     **FLOW, note="超过 → gt (outside the span); share of the year's GDP → the year; "
                  + FRAME_NOTE)
fact("中小学校舍94所", "94所", value=94, unit="count", kind="count", classifier="所",
     metric="新扩建幼儿园、中小学校舍",
     metric_alts=["幼儿园、中小学校舍", "新扩建幼儿园和中小学校舍", "新扩建学校", "学校",
                  "校舍", "新扩建幼儿园、中小学", "新扩建幼儿园、中小学校舍数量"], **FLOW,
     note="schools newly built or enlarged in 2024 (所 counts schools)")
fact("各类学位1.26万个", "1.26万个", value=12600, unit="count", kind="count",
     classifier="个", metric="各类学位",
     metric_alts=new("各类学位", "新增各类学位", "学位", "新增学位", "学位增量"), **FLOW,
     note="新增 N: places added in 2024; 增量 alts (README §3)")
fact("最低工资标准2倍以上", "2倍", value=2, unit="times", kind="ratio", bound="ge",
     metric="公办幼儿园保教人员工资待遇与当地最低工资标准之比",
     metric_alts=["公办幼儿园保教人员工资待遇", "保教人员工资待遇",
                  "公办幼儿园保教人员工资待遇相当于当地最低工资标准的倍数",
                  "保教人员工资待遇与最低工资标准之比", "公办幼儿园保教人员工资"],
     **STOCK,
     note="提高到…2倍以上: a multiple of the local minimum wage → ratio 2, 以上 → ge (outside "
          "the span); a pay standard reached (level in force at year end): " + STOCK_NOTE)
g.neg("升学率首次超过70%", "首次", "first-time claim 首次, not a rank or count")
fact("升学率首次超过70%", "70%", value=70, unit="%", kind="share", bound="gt",
     metric="普通高中升学率", metric_alts=["高中升学率", "升学率", "普通高中毕业生升学率"],
     **FLOW, note="超过 → gt (outside the span); rate of the year's graduates → the year")
g.neg("智慧教研中心四级联通", "四级", "四级 'four (administrative) levels' linked (区、市、县、"
      "校), a description of the network, not a quantity claim (as 区市县三级 in "
      "wr_ningxia_2025) — judgement call")
ICT_NOTE = ("分别: 基础教育 ↔ 第五, 职业教育 ↔ 第三 (信息化发展综合指数 shared); "
            + RANK_NOTE.format("index"))
fact("分别居全国第五", "第五", value=5, unit="rank", kind="rank", scope="全国",
     metric="基础教育信息化发展综合指数",
     metric_alts=["基础教育信息化发展指数", "基础教育信息化发展综合指数排名",
                  "基础教育信息化"], **LEVEL, note=ICT_NOTE + "; head restored (README §3)")
fact("第五、第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
     metric="职业教育信息化发展综合指数",
     metric_alts=["职业教育信息化发展指数", "职业教育信息化发展综合指数排名",
                  "职业教育信息化"], **LEVEL, note=ICT_NOTE)
g.neg("应用技术学院一期完工", "一期", "phase label 一期 (README §2), not a quantity")
fact("产教融合基地32个", "32个", value=32, unit="count", kind="count", classifier="个",
     metric="产教融合基地",
     metric_alts=new("产教融合基地", "建成产教融合基地"), **FLOW,
     note="built (建成) in 2024; 增量 alts (README §3)")
fact("专门教育学校2所", "2所", value=2, unit="count", kind="count", classifier="所",
     metric="专门教育学校",
     metric_alts=new("专门教育学校", "建成专门教育学校"), **FLOW,
     note="verb 建成 shared with 32个")

# ---- line 4 (source 29): 医疗服务提质扩面 ---------------------------------------------------------
fact("筹资11.5亿元", "11.5亿元", value=11.5e8, unit="CNY", kind="amount",
     metric="筹资",
     metric_alts=["筹集资金", "建设资金", "疾控中心等项目筹资", "医疗卫生项目筹资",
                  "筹资额"], **FLOW,
     note="funds raised to complete (建成) the CDC and the two hospital buildings in 2024 → "
          "actual; " + FRAME_NOTE)
g.neg("北大第一医院", "第一", "numeral inside a proper name (北大第一医院, Peking University "
      "First Hospital), not a rank")
fact("投资5.8亿元", "5.8亿元", value=5.8e8, unit="CNY", kind="amount",
     metric="投资",
     metric_alts=["国家重大传染病防治基地和中医疫病防治基地投资",
                  "传染病防治基地和中医疫病防治基地投资", "防治基地投资", "项目投资", "总投资"],
     **FLOW,
     note="judgement call: the investment stated in the review for the two bases whose "
          "construction started (启动建设) → actual (README §6 keeps target for designed "
          "capacities); the project's planned total (target) is the alternative reading")
fact("医疗床位800多张", "800多张", value=800, unit="count", kind="count", classifier="张",
     bound="gt", metric="医疗床位",
     metric_alts=new("医疗床位", "新增医疗床位", "床位", "病床"), **FLOW,
     note="多 inside the span → gt; 新增 N: 增量 alts (README §3)")
PROC_NOTE = ("分别: 集采药品 ↔ 719个, 集采耗材 ↔ 33类 (varieties / categories under "
             "volume-based procurement, a total in force, 达 → eq): " + STOCK_NOTE)
fact("分别达719个", "719个", value=719, unit="count", kind="count", classifier="个",
     metric="集采药品",
     metric_alts=["集采药品品种", "集中带量采购药品", "集采药品数量", "集采药品品种数",
                  "药品"], **STOCK, note=PROC_NOTE)
fact("719个和33类", "33类", value=33, unit="count", kind="count", classifier="类",
     metric="集采耗材",
     metric_alts=["集采耗材类别", "集中带量采购耗材", "集采耗材数量", "耗材", "集采医用耗材"],
     **STOCK, note=PROC_NOTE)
fact("直接结算率达91%", "91%", value=91, unit="%", kind="share",
     metric="跨省异地就医住院直接结算率",
     metric_alts=["异地就医住院直接结算率", "住院直接结算率", "直接结算率",
                  "跨省异地就医直接结算率"], **LEVEL,
     note="达 → eq; rate of the year's cases → the year, year end as alt")
g.neg("妇女“两癌”", "两癌", LABEL_NOTE + " (“两癌”: cervical and breast cancer screening)")
fact("筛查27万多例", "27万多例", value=270000, unit="count", kind="count", classifier="例",
     bound="gt", metric="妇女“两癌”、孕妇产前、新生儿缺陷筛查",
     metric_alts=["筛查", "免费筛查", "免费开展筛查", "妇女两癌、孕妇产前、新生儿缺陷筛查",
                  "“两癌”、产前、新生儿缺陷筛查", "筛查例数", "免费筛查例数"], **FLOW,
     note="多 inside the span → gt; one count over the three screenings → one fact")

# ---- line 5 (source 30): 文体事业加快发展 ---------------------------------------------------------
fact("集中打造100个", "100个", value=100, unit="count", kind="count", classifier="个",
     metric="新型公共文化空间",
     metric_alts=new("新型公共文化空间", "打造新型公共文化空间", "公共文化空间"), **FLOW,
     note="spaces created in 2024; " + FRAME_NOTE + " (全年 comes later in the line)")
fact("新增6个国家文化产业示范基地", "6个", value=6, unit="count", kind="count",
     classifier="个", metric="国家文化产业示范基地",
     metric_alts=new("国家文化产业示范基地", "新增国家文化产业示范基地", "文化产业示范基地"),
     **FLOW, note="新增 N: 增量 alts (README §3)")
AWARD = "works awarded in 2024"
fact("4部作品获", "4部", value=4, unit="count", kind="count", classifier="部",
     metric="获“五个一工程”奖作品",
     metric_alts=["作品", "获奖作品", "“五个一工程”奖作品", "获五个一工程奖作品",
                  "五个一工程奖获奖作品", "获“五个一工程”奖作品数量"], **FLOW, note=AWARD)
g.neg("“五个一工程”奖", "五个一工程", LABEL_NOTE + " (award name “五个一工程”奖)")
fact("2部作品获骏马奖", "2部", value=2, unit="count", kind="count", classifier="部",
     metric="获骏马奖作品",
     metric_alts=["作品", "获奖作品", "骏马奖作品", "骏马奖获奖作品", "获骏马奖作品数量"],
     **FLOW, note=AWARD)
g.neg("国家一级博物馆", "一级", "grade label 一级 (国家一级博物馆, first-grade museum), not a "
      "rank or count")
fact("新建8个体育公园", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="体育公园",
     metric_alts=new("体育公园", "新建体育公园"), **FLOW,
     note="built in 2024; 增量 alts (README §3)")
g.neg("，“十四五”建设目标", "十四五", "plan label 十四五 (SPEC §1)")
fact("完成率全国第二", "第二", value=2, unit="rank", kind="rank", scope="全国",
     metric="“十四五”建设目标完成率",
     metric_alts=["十四五建设目标完成率", "建设目标完成率", "体育公园“十四五”建设目标完成率",
                  "体育公园建设目标完成率", "“十四五”体育公园建设目标完成率"], **LEVEL,
     note="rank of the completion rate of the 十四五 target for sports parks (the clause "
          "before), as of 2024; year end as alt")
fact("设施面积全国第四", "第四", value=4, unit="rank", kind="rank", scope="全国",
     metric="人均体育场地设施面积",
     metric_alts=["人均体育场地面积", "人均体育场地设施面积排名", "人均体育设施面积"],
     **STOCK, note="rank of a per-capita area in place (a stock): " + STOCK_NOTE)
fact("文艺演出活动2.3万多场次", "2.3万多场次", value=23000, unit="count", kind="count",
     classifier="场次", bound="gt", metric="各类文艺演出活动",
     metric_alts=["文艺演出活动", "开展各类文艺演出活动", "文艺演出", "文艺演出场次",
                  "各类文艺演出活动场次"], period=Y24, period_alts=[Y24_NULL],
     note="多 inside the span → gt; 全年 stands before it in the line (explicit)")
fact("体育赛事60多项", "60多项", value=60, unit="count", kind="count", classifier="项",
     bound="gt", metric="国内外重要体育赛事",
     metric_alts=["重要体育赛事", "体育赛事", "举办国内外重要体育赛事", "举办体育赛事",
                  "国内外重要体育赛事数量"], period=Y24, period_alts=[Y24_NULL],
     note="多 inside the span → gt; 全年 governs (explicit); 为历年最多 states no number")

# ---- line 6 (source 31): 人居条件不断改善 ---------------------------------------------------------
fact("保障性住房4500多套", "4500多套", value=4500, unit="count", kind="count",
     classifier="套", bound="gt", metric="保障性住房",
     metric_alts=new("保障性住房", "建设保障性住房"), **FLOW,
     note="多 inside the span → gt; units built in 2024; " + FRAME_NOTE)
fact("农房等3.5万余户", "3.5万余户", value=35000, unit="count", kind="count",
     classifier="户", bound="gt", metric="改造老旧小区、低收入群体危房、抗震宜居农房",
     metric_alts=["改造老旧小区、危房、农房", "老旧小区、低收入群体危房、抗震宜居农房改造",
                  "改造户数", "老旧小区、危房和农房改造", "改造老旧小区、低收入群体危房、抗震宜居农房户数",
                  "危房改造", "老旧小区改造"], **FLOW,
     note="余 inside the span → gt; one count over the three kinds of dwelling (等…户) → one fact")
fact("14万困难群众", "14万", value=140000, unit="count", kind="count", classifier="人",
     metric="圆了安居梦的困难群众",
     metric_alts=["困难群众", "实现安居的困难群众", "受益困难群众", "困难群众人数",
                  "圆安居梦困难群众"], **FLOW,
     note="no measure word → classifier 人; people rehoused in 2024 (the predicate defines "
          "the counted set → metric)")
fact("完成70个", "70个", value=70, unit="count", kind="count", classifier="个",
     metric="“烂尾楼”整治",
     metric_alts=["烂尾楼整治", "“烂尾楼”", "烂尾楼", "整治“烂尾楼”", "完成“烂尾楼”整治",
                  "整治烂尾楼", "“烂尾楼”整治数量"], **FLOW,
     note="buildings whose remediation was completed in 2024")
fact("交付率达100%", "100%", value=100, unit="%", kind="share",
     metric="保交楼项目交付率",
     metric_alts=["交付率", "保交楼交付率", "保交楼项目交付比例"], **LEVEL,
     note="达 → eq; the year's delivery rate, year end as alt")
g.neg("室温20℃达标率", "20℃", "threshold 20℃ defining the indicator (室温20℃达标率: the share "
      "of homes at 20 ℃ or more), part of the metric (SPEC §2), not a fact of its own")
fact("提升到96%", "96%", value=96, unit="%", kind="share",
     metric="城市集中供热用户室温20℃达标率",
     metric_alts=["室温达标率", "供热用户室温达标率", "城市集中供热室温达标率",
                  "室温20℃达标率", "集中供热用户室温达标率", "城市集中供热用户室温达标率"],
     **LEVEL, note="提升到 → the level reached (eq); the heating season's rate, year end as alt")
fact("“办证难”23万户", "23万户", value=230000, unit="count", kind="count", classifier="户",
     metric="容缺化解居民住宅“办证难”",
     metric_alts=["化解居民住宅“办证难”", "居民住宅“办证难”", "“办证难”", "办证难",
                  "累计容缺化解居民住宅“办证难”", "容缺化解居民住宅办证难",
                  "化解“办证难”户数", "累计化解“办证难”"], **STOCK,
     note="累计 → cumulative total at the end of the review year: " + STOCK_NOTE)
fact("化解率达94%", "94%", value=94, unit="%", kind="share",
     metric="“办证难”化解率",
     metric_alts=["化解率", "办证难化解率", "居民住宅“办证难”化解率", "居民住宅办证难化解率"],
     **STOCK, note="达 → eq; share of the cumulative total (same 累计 clause group): "
                   + STOCK_NOTE)
fact("惠及70多万群众", "70多万", value=700000, unit="count", kind="count", classifier="人",
     bound="gt", metric="惠及群众",
     metric_alts=["群众", "受益群众", "惠及群众人数", "“办证难”化解惠及群众",
                  "受惠群众"], **STOCK,
     note="多 inside the span → gt; no measure word → classifier 人; people benefiting from "
          "the cumulative total (same 累计 clause group): " + STOCK_NOTE)
fact("停车位8700多个", "8700多个", value=8700, unit="count", kind="count", classifier="个",
     bound="gt", metric="停车位",
     metric_alts=new("停车位", "新增停车位", "医院、小区等停车位", "新增医院、小区等停车位"),
     **FLOW, note="多 inside the span → gt; 新增 N: 增量 alts (README §3)")
g.neg("“一刻钟便民生活圈”", "一刻钟", LABEL_NOTE + " (一刻钟便民生活圈 'quarter-hour "
      "convenience circle', as wr_henan_2025_b)")
fact("达到48个", "48个", value=48, unit="count", kind="count", classifier="个",
     metric="城市“一刻钟便民生活圈”",
     metric_alts=["“一刻钟便民生活圈”", "一刻钟便民生活圈", "城市一刻钟便民生活圈",
                  "便民生活圈", "城市“一刻钟便民生活圈”数量"], **STOCK,
     note="达到 → eq; the number in place (a stock): " + STOCK_NOTE)

# ---- line 7 (source 32): 社保水平逐步提高 ---------------------------------------------------------
fact("补贴补助121亿元", "121亿元", value=121e8, unit="CNY", kind="amount",
     metric="特困救助等补贴补助",
     metric_alts=["补贴补助", "发放补贴补助", "发放特困救助等补贴补助", "特困救助补贴",
                  "特困救助等补贴补助资金", "救助补贴"], **FLOW, note=FRAME_NOTE)
g.neg("工伤四项保险", "四项", APPOS_NOTE.format("养老、医疗、失业、工伤"))
DIBAO_NOTE = ("分别: 城市低保标准 ↔ 6%, 农村低保标准 ↔ 11% (提高 X% of a standard → growth, "
              "against the previous year's standard → yoy)")
fact("分别提高6%", "6%", value=6, unit="%", kind="growth", metric="城市低保标准",
     metric_alts=["城市居民最低生活保障标准", "城市最低生活保障标准", "城市低保",
                  "低保标准"], comparison="yoy", **FLOW, note=DIBAO_NOTE)
fact("6%和11%", "11%", value=11, unit="%", kind="growth", metric="农村低保标准",
     metric_alts=["农村居民最低生活保障标准", "农村最低生活保障标准", "农村低保",
                  "低保标准"], comparison="yoy", **FLOW, note=DIBAO_NOTE)
fact("集中供养率达100%", "100%", value=100, unit="%", kind="share",
     metric="有意愿特困人员集中供养率",
     metric_alts=["特困人员集中供养率", "集中供养率", "有意愿特困人员集中供养比例"], **STOCK,
     note="达 → eq; a rate of a population stock (SPEC §2): " + STOCK_NOTE)
g.neg("“六项指标”", "六项指标", LABEL_NOTE + " (残疾人工作“六项指标”, a named group of "
      "indicators; 居全国前列 states no rank number)")
g.neg("“两项补贴”标准", "两项补贴", "programme name “两项补贴” (the two disability "
      "allowances), not a count (as wr_hunan_2025_b)")
fact("标准西北第一", "第一", value=1, unit="rank", kind="rank", scope="西北",
     metric="“两项补贴”标准",
     metric_alts=["两项补贴标准", "残疾人两项补贴标准", "残疾人“两项补贴”标准",
                  "“两项补贴”标准排名"], **LEVEL,
     note="rank among the north-western provinces (scope 西北) of the allowance standard in "
          "2024, year end as alt")
fact("家庭养老床位4500多张", "4500多张", value=4500, unit="count", kind="count",
     classifier="张", bound="gt", metric="护理型床位、家庭养老床位",
     metric_alts=new("护理型床位、家庭养老床位", "新增护理型床位、家庭养老床位",
                     "护理型床位和家庭养老床位", "养老床位", "护理型床位", "家庭养老床位"),
     **FLOW, note="多 inside the span → gt; one count over the two kinds of bed; 新增 N: 增量 "
                  "alts (README §3)")
fact("覆盖率达87.5%", "87.5%", value=87.5, unit="%", kind="share",
     metric="社区养老服务设施覆盖率",
     metric_alts=["养老服务设施覆盖率", "社区养老服务设施覆盖", "社区养老设施覆盖率"], **STOCK,
     note="达 → eq; coverage of facilities in place (a share of a stock): " + STOCK_NOTE)
fact("育儿补贴近亿元", "亿元", value=1e8, unit="CNY", kind="amount", bound="approx",
     metric="育儿补贴",
     metric_alts=["发放育儿补贴", "育儿补贴金额", "育儿补贴资金"], **FLOW,
     note="近 → approx (outside the span); 亿元 alone = 1e8 (span 亿元, as 超万亿元 → 万亿元 in "
          "wr_ningxia_2025)")
fact("增加到3万个", "3万个", value=30000, unit="count", kind="count", classifier="个",
     metric="婴幼儿托位",
     metric_alts=["托位", "婴幼儿托位数", "婴幼儿托位数量", "婴幼儿托位总数"], **STOCK,
     note="增加到 → the level reached (a stock): " + STOCK_NOTE)
g.neg("“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小”: the elderly and infants)")

# ---- line 8 (source 33): 社会大局和谐安定 ---------------------------------------------------------
g.neg("“1234+10”工作体系", "1234+10", LABEL_NOTE + " (“1234+10”工作体系, the name of the "
      "government's work system), not a quantity")
fact("“六个下降”", "六个", value=6, unit="count", kind="count", classifier="个",
     metric="实现下降的风险指标",
     metric_alts=["下降的风险指标", "六个下降", "风险指标", "实现下降的指标", "下降的指标",
                  "隐债规模、债务率、融资平台、金融债务、中小金融机构风险、高风险地区数量",
                  "实现下降的风险指标数量"], **FLOW,
     note="judgement call: “六个下降” sums up the six declines just listed (隐债规模 … 高风险"
          "地区数量); annotated as the count of indicators that fell, as “四个翻番” in "
          "wr_ningxia_2025; a label reading (negative) is the alternative; " + FRAME_NOTE)
g.neg("治本攻坚三年行动", "三年", LABEL_NOTE + " (安全生产治本攻坚三年行动, a campaign's name "
      "stating its term), not a duration fact (as wr_ningxia_2025)")
fact("“八条硬措施”", "八条", value=8, unit="count", kind="count", classifier="条",
     metric="矿山领域硬措施",
     metric_alts=["硬措施", "八条硬措施", "矿山领域“八条硬措施”", "矿山安全硬措施",
                  "“八条硬措施”", "矿山领域硬措施数量"], **FLOW,
     note="judgement call: quoted name of a package stating its number of measures → a count "
          "of measures (as “十项机制” in wr_ningxia_2025), not a bare label")
fact("“十个专项行动”", "十个", value=10, unit="count", kind="count", classifier="个",
     metric="专项行动",
     metric_alts=["十个专项行动", "“十个专项行动”", "启动实施专项行动", "专项行动数量",
                  "安全生产专项行动"], **FLOW,
     note="judgement call: campaigns launched in 2024, counted (as “十项机制” in "
          "wr_ningxia_2025)")
fact("资金155亿元", "155亿元", value=155e8, unit="CNY", kind="amount",
     metric="投入安全领域资金",
     metric_alts=["安全领域资金", "安全领域投入", "安全投入", "安全领域资金投入",
                  "投入安全领域资金额"], **FLOW, note="为历史最高水平 states no number")
fact("等级比例达60%", "60%", value=60, unit="%", kind="share",
     metric="化工园区较低安全风险等级比例",
     metric_alts=["较低安全风险等级比例", "化工园区较低安全风险等级占比",
                  "较低安全风险等级化工园区比例", "化工园区较低安全风险等级比重"], **STOCK,
     note="达 → eq; share of the parks rated low-risk (a share of a stock): " + STOCK_NOTE)
g.neg("“三件套”", "三件套", LABEL_NOTE + " (居民燃气“三件套”, the three safety devices named "
      "as a set)")
ACC_NOTE = "分别: 事故起数 ↔ −12.4%, 死亡人数 ↔ −22.2%; 下降 → negative values"
fact("分别下降12.4%", "12.4%", value=-12.4, unit="%", kind="growth",
     metric="安全生产事故起数",
     metric_alts=["生产安全事故起数", "事故起数", "安全生产事故", "安全生产事故数"],
     comparison="yoy", **FLOW, note=ACC_NOTE)
fact("12.4%和22.2%", "22.2%", value=-22.2, unit="%", kind="growth",
     metric="安全生产事故死亡人数",
     metric_alts=["死亡人数", "生产安全事故死亡人数", "事故死亡人数"], comparison="yoy",
     **FLOW, note=ACC_NOTE + "; head 安全生产事故 restored (README §3)")
fact("覆盖率均为全国第一", "第一", value=1, unit="rank", kind="rank", scope="全国",
     metric="气象高质量发展指数增幅和地质灾害监测预警设备覆盖率",
     metric_alts=["气象高质量发展指数增幅", "地质灾害监测预警设备覆盖率",
                  "气象高质量发展指数", "地质灾害监测预警设备覆盖率排名"], **LEVEL,
     note="均为…第一: one rank mention over two indicators → one fact, each indicator as "
          "metric alt (as wr_ningxia_2025 保持全国首位); year end as alt")
g.neg("“双下降”", "双下降", LABEL_NOTE + " (“双下降”: both rates fell; no number stated)")
g.neg("全国双拥办", "双拥", "office name 双拥 (拥军优属、拥政爱民), not a quantity")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_ningxia_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review item （五）"
    "聚焦民生福祉，人民群众生活持续改善 in full (heading line with 76% / 100亿元 / 35件; "
    "就业增收, 教育, 医疗, 文体, 人居, 社保, 社会大局). Lines 10-15 are annotated in "
    "wr_ningxia_2025 (no overlap). The run starts at the section heading and ends where the "
    "section ends (the next line is （六）). Title, source line and dateline are outside the "
    "excerpt (title_in_text=False; title as the source's first line, as wr_ningxia_2025). "
    "Date: 2025-01-19, the delivery date in the report's header (source line 3: ——2025年1月19日"
    "在宁夏回族自治区第十三届人民代表大会第三次会议上); the shared meta agrees. Place: "
    "宁夏回族自治区 (宁夏, 全区, 我区, 自治区 → alts; the government as alt of the promised "
    "民生实事). Periods: the excerpt lies in part 一、2024年工作回顾 (source line 7): numbers "
    "without a period of their own take the review year as section frame, period text 全年 "
    "(the excerpt's own name of the year, lines 5 and 8; as wr_ningxia_2025), null as alt; "
    "line 5 names 全年 before 2.3万多场次 / 60多项 (explicit). Stocks (累计 “办证难” totals, "
    "coverage and care rates, 集采 lists, 托位 增加到, 便民生活圈 达到, parks' risk share, the "
    "wage multiple reached, the per-capita sports area rank) → instant 2024-12-31 with the year "
    "and null as alts; rates and ranks of the year's performance → the year with year end as "
    "alt. Streak 连续3年 → 3 year, the streak's span 2022-2024 as alt. Modality: actual "
    "throughout (review). Units: 亿元 1e8; 近亿元 → span 亿元 (1e8, approx); 2倍 → ratio; "
    "人次/户/例/类/部 → classifiers; 3.6万 / 14万 / 70多万 without a measure word → classifier 人. "
    "Judgement calls: 5.8亿元 (投资…启动建设) → actual; “六个下降” → a count of 6 indicators (as "
    "“四个翻番”); “八条硬措施” and “十个专项行动” → counts of measures; 四级 (联通), 四项 (保险) "
    "→ appositives (negatives); 清零 → lexicalized (negative); 20℃ → threshold inside the "
    "metric (negative); 均为全国第一 → one rank over two indicators; 集采 719个/33类 → stocks. "
    "Negatives: （五）, 零, 清零, 首次, 四级, 一期, 第一 (北大第一医院), 两癌, 五个一工程, 一级, "
    "十四五, 20℃, 一刻钟, 四项, 六项指标, 两项补贴, 一老一小, 1234+10, 三年, 三件套, 双下降, 双拥. "
    "No lexicalized numeral words (一体, 之一, 一致 …) occur in the excerpt.")

g.write(date=REF, source=f"shared/texts/work_report/wr_ningxia_2025.txt lines {FIRST}–{LAST} "
        "(来源：青海日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
