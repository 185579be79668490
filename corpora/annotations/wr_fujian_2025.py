"""Gold annotations for wr_fujian_2025 (2025年福建省政府工作报告), lines 6-17 of
shared/texts/work_report/wr_fujian_2025.txt.

The excerpt corpora/wr_fujian_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the opening of part 一 (the 2024 review) — the year's
headline figures (line 8), then sections （一） industry and （二） education, science and
talent (2,295 characters).  The source has no 主要预期目标 list (the docx conversion
dropped it: line 51 announces 2025, line 52 begins 这些目标的设定…), and the 2025 tasks
(lines 53 ff.) lie ~30 lines after the review, so no contiguous 2,000-2,500-character run
holds both review and targets; the review's densest run is taken.  Facts and negatives are
written by hand from the text, sentence by sentence; offsets come from unique context
strings (corpora/annotate.py).

    python corpora/annotations/wr_fujian_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_fujian_2025"
PLACE = "福建省"
REF = "2025-01-13"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 17                     # 1-based, inclusive, whole lines
TITLE = "2025年福建省政府工作报告"       # line 1 of the source, outside the excerpt

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、牢记殷殷嘱托", ends="大有作为的热土。")
N_CHARS = len(g.text)
fact = g.with_subject(PLACE, ["福建", "全省"])

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
FIRST_NOTE = "first-of-its-kind claim / designation, not a measured rank"

# ---- periods (reference date 2025-01-13) ---------------------------------------------
# Line 8 names its year: 2024年 (explicit).  Lines 10-17 are the review 一年来的主要工作
# (line 9) = 2024: a number with no period expression of its own in its line takes the
# review year (SPEC §4 section frame), null in period_alts.  Stocks (累计, 实有, 超…家 of
# certified firms, coverage rates, ranks of a share of a stock) are the instant 2024-12-31
# (README §5 stock rule), the literal year in period_alts; levels without 累计 (扩大至,
# 梳理明确, 加快建设) take the year, with the year-end instant as alt.
Y24 = P("2024年", "2024-01-01", "2024-12-31")
REV = P("一年来", "2024-01-01", "2024-12-31")
REV_NULL = P("一年来", None, None)
REV_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=REV, period_alts=[REV_NULL])
LEVEL = dict(period=REV, period_alts=[REV_NULL, REV_END])
STOCK = dict(period=REV_END, period_alts=[REV, REV_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant at 2024-12-31 (README §5); the "
              "literal year and null in period_alts")
NEW_NOTE = ("新增 N: count of the new units; 增量 alts for the SPEC-2 absolute-change reading "
            "(same value and kind)")


def added(noun, extra=()):
    """metric_alts of a 新增 count (README §3)."""
    return [f"新增{noun}", f"{noun}数量", f"{noun}增量", f"{noun}数量增量", *extra]


# ---- line 6: heading of part 一 -------------------------------------------------------
g.neg("一、牢记殷殷嘱托", "一、", MARKER_NOTE)

# ---- line 7 ------------------------------------------------------------------------
g.neg("2024年是中华人民共和国", "2024年", PERIOD_NOTE + " (the review year)")
g.neg("成立75周年", "75周年", "anniversary 75周年 of the PRC, an event label, not a fact")
g.neg("里程碑意义的一年", "一年", "'a milestone year' (the year 2024 itself), not a duration fact")
g.neg("八闽儿女倍加感恩", "八闽", "name 八闽 (Fujian), not a count")

# ---- line 8: the year's headline figures (2024年 explicit) ----------------------------
g.neg("初步统计，2024年全省", "2024年", PERIOD_NOTE)
GDP_ALTS = ["GDP", "生产总值", "全省地区生产总值"]
fact("地区生产总值57761亿元", "57761亿元", value=57761e8, unit="CNY", kind="amount",
     metric="地区生产总值", metric_alts=GDP_ALTS, period=Y24,
     note="全省 → 福建省; 初步统计 (preliminary) is still the reported actual")
fact("57761亿元、增长5.5%", "5.5%", value=5.5, unit="%", kind="growth",
     metric="地区生产总值", metric_alts=GDP_ALTS, period=Y24, comparison="yoy")
fact("一般公共预算总收入5955.6亿元", "5955.6亿元", value=5955.6e8, unit="CNY",
     kind="amount", metric="一般公共预算总收入",
     metric_alts=["公共预算总收入", "一般公共预算总收入额"], period=Y24)
fact("5955.6亿元、增长0.8%", "0.8%", value=0.8, unit="%", kind="growth",
     metric="一般公共预算总收入", metric_alts=["公共预算总收入"], period=Y24,
     comparison="yoy")
fact("地方一般公共预算收入3614.6亿元", "3614.6亿元", value=3614.6e8, unit="CNY",
     kind="amount", metric="地方一般公共预算收入", metric_alts=["一般公共预算收入"],
     period=Y24)
fact("3614.6亿元、增长0.6%", "0.6%", value=0.6, unit="%", kind="growth",
     metric="地方一般公共预算收入", metric_alts=["一般公共预算收入"], period=Y24,
     comparison="yoy")
fact("固定资产投资增长3.9%", "3.9%", value=3.9, unit="%", kind="growth",
     metric="固定资产投资", period=Y24, comparison="yoy")
fact("社会消费品零售总额增长4.4%", "4.4%", value=4.4, unit="%", kind="growth",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"], period=Y24,
     comparison="yoy")
fact("出口增长5.3%", "5.3%", value=5.3, unit="%", kind="growth", metric="出口",
     metric_alts=["出口额", "出口总额", "出口总值"], period=Y24, comparison="yoy")
INC_ALTS = ["人均可支配收入", "城镇居民、农村居民人均可支配收入"]
fact("分别增长4.6%、6.7%", "4.6%", value=4.6, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=["城镇居民收入"] + INC_ALTS, period=Y24,
     comparison="yoy", note="分别: 城镇居民 ↔ 4.6%, 农村居民 ↔ 6.7%; the shared head "
                            "人均可支配收入 restored")
fact("分别增长4.6%、6.7%", "6.7%", value=6.7, unit="%", kind="growth",
     metric="农村居民人均可支配收入", metric_alts=["农村居民收入"] + INC_ALTS, period=Y24,
     comparison="yoy")
fact("城镇调查失业率4.7%", "4.7%", value=4.7, unit="%", kind="share",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], period=Y24,
     note="a rate (share of the labour force), the year's average → period 2024, not a stock")
fact("居民消费价格下降0.1%", "0.1%", value=-0.1, unit="%", kind="growth",
     metric="居民消费价格", metric_alts=["居民消费价格指数", "CPI", "消费价格"], period=Y24,
     comparison="yoy", note="下降 → negative value")

# ---- line 9 ------------------------------------------------------------------------
g.neg("一年来的主要工作", "一年来", PERIOD_NOTE + " (the review year 2024; used as the "
      "period text of the review facts below); not a duration fact")

# ---- line 10: （一） industry -------------------------------------------------------
g.neg("（一）筑牢", "（一）", MARKER_NOTE)

# ---- line 11 -----------------------------------------------------------------------
fact("实施2205项省重点技改项目", "2205项", value=2205, unit="count", kind="count",
     classifier="项", metric="省重点技改项目",
     metric_alts=["重点技改项目", "实施省重点技改项目", "省重点技改项目数量", "技改项目"],
     **FLOW, note="review year 2024 (section frame, line 9), null in period_alts")
fact("扩大至近400亿元", "400亿元", value=400e8, unit="CNY", kind="amount", bound="approx",
     metric="技改融资专项规模",
     metric_alts=["技改融资专项", "技改融资规模", "技改融资专项资金规模"], **LEVEL,
     note="近 → approx (outside the span); 扩大至 = the level reached: the year, the "
          "year-end instant as alt")
fact("累计为9000多家企业", "9000多家", value=9000, unit="count", kind="count", bound="gt",
     classifier="家", metric="提供数字化解决方案的企业",
     metric_alts=["企业", "累计提供数字化解决方案的企业", "数字化解决方案服务企业",
                  "获得数字化解决方案的企业", "提供数字化解决方案企业"],
     **STOCK, note="多 inside the span → gt; 累计 → " + STOCK_NOTE)
fact("企业占比保持全国第三", "第三", value=3, unit="rank", kind="rank", scope="全国",
     metric="关键业务环节全面数字化企业占比",
     metric_alts=["关键业务环节全面数字化企业占比排名", "关键业务环节全面数字化企业比重",
                  "关键业务环节全面数字化的企业占比"],
     **STOCK, note="rank of a share of a stock (企业占比, 保持) → " + STOCK_NOTE)
g.neg("实施新一代信息技术", "新一代", "lexicalized 新一代 (新一代信息技术 'next-generation "
      "IT'), an industry name")
fact("生物医药等工业战略性新兴产业重点项目246项", "246项", value=246, unit="count",
     kind="count", classifier="项", metric="工业战略性新兴产业重点项目",
     metric_alts=["战略性新兴产业重点项目", "实施工业战略性新兴产业重点项目",
                  "工业战略性新兴产业重点项目数量", "重点项目"], **FLOW)
fact("总投资超2200亿元", "2200亿元", value=2200e8, unit="CNY", kind="amount", bound="gt",
     metric="工业战略性新兴产业重点项目总投资",
     metric_alts=["总投资", "重点项目总投资", "战略性新兴产业重点项目总投资"], **FLOW,
     note="total investment of the 246 projects (head restored); 超 → gt")
fact("全球最大26兆瓦级", "26兆瓦", value=26e6, unit="W", kind="amount",
     metric="海上风力发电机组单机容量",
     metric_alts=["海上风力发电机组容量", "海上风力发电机组", "单机容量", "风力发电机组容量",
                  "海上风力发电机组功率", "装机容量"],
     subject="福建省",
     subject_alts=["福建", "海上风力发电机组", "全球最大26兆瓦级海上风力发电机组"],
     **FLOW, note="rated power of the turbine that rolled off the line (下线) in Fujian in "
                  "2024; 兆瓦级 = the 26 MW class → 26e6 W; 全球最大 has no numeral (no rank "
                  "fact)")
g.neg("全球首条专注于", "首条", FIRST_NOTE)
fact("数字经济增加值预计达3.2万亿元", "3.2万亿元", value=3.2e12, unit="CNY", kind="amount",
     metric="数字经济增加值", metric_alts=["数字经济规模", "数字经济"], modality="forecast",
     **FLOW, note="预计 → forecast (the 2024 figure not yet final; as 预计 in wr_guangdong); "
                  "达 no bound; 万亿元 = 1e12")
g.neg("位列全国第一梯队", "第一梯队", "tier label 第一梯队 ('the leading group'), not a "
      "ranked position (as 第一方阵 in wr_guangdong_2025)")
g.neg("全国首个海上风力", "首个", FIRST_NOTE)
g.neg("推动首台（套）技术装备", "首台（套）", "designation 首台（套） (first-of-its-kind "
      "equipment), a policy label, not a quantity")
g.neg("福州入选首批", "首批", FIRST_NOTE + " (首批 'first batch')")
fact("发布98个典型应用场景", "98个", value=98, unit="count", kind="count", classifier="个",
     metric="典型应用场景",
     metric_alts=["发布典型应用场景", "典型应用场景数量", "应用场景"], **FLOW)
g.neg("渗透千行、赋能百业", "千行", "idiom 千行百业 'all trades', not a count")
g.neg("渗透千行、赋能百业", "百业", "idiom 千行百业 'all trades', not a count")

# ---- line 12 -----------------------------------------------------------------------
g.neg("发布2024县域重点产业链", "2024", "year in a document's title (2024县域重点产业链发展"
      "白皮书), a date, not a fact")
fact("出台25条举措", "25条", value=25, unit="count", kind="count", classifier="条",
     metric="举措",
     metric_alts=["出台举措", "县域重点产业链举措", "举措数量", "培育县域重点产业链举措",
                  "措施"], **FLOW,
     note="count of measures (cf. 七条措施, README §2)")
fact("梳理明确164条", "164条", value=164, unit="count", kind="count", classifier="条",
     metric="县域重点产业链",
     metric_alts=["梳理明确县域重点产业链", "县域重点产业链数量", "重点产业链"], **LEVEL,
     note="chains identified (梳理明确) during 2024: the year, the year-end level as alt")
fact("新增5个国家级中小企业", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="国家级中小企业特色产业集群",
     metric_alts=added("国家级中小企业特色产业集群", ["中小企业特色产业集群", "特色产业集群"]),
     **FLOW, note=NEW_NOTE)
fact("上图入库27.8万亩", "27.8万亩", value=278000, unit="mu", kind="amount",
     metric="低效用地上图入库",
     metric_alts=["低效用地上图入库面积", "上图入库低效用地", "上图入库", "上图入库面积"],
     **FLOW, note="亩 stays mu (SPEC §3)")
fact("实施再开发5.6万亩", "5.6万亩", value=56000, unit="mu", kind="amount",
     metric="低效用地再开发",
     metric_alts=["再开发", "实施再开发", "再开发面积", "低效用地再开发面积",
                  "低效用地实施再开发"], **FLOW, note="head 低效用地 restored")
fact("拉动投资超3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount", bound="gt",
     metric="拉动投资",
     metric_alts=["投资", "盘活低效用地拉动投资", "低效用地再开发拉动投资", "带动投资"],
     **FLOW, note="超 → gt")
fact("63个省级指导评价园区", "63个", value=63, unit="count", kind="count", classifier="个",
     metric="省级指导评价园区",
     metric_alts=["省级指导评价园区数量", "新改扩建产业载体的省级指导评价园区", "园区"],
     **LEVEL, note="the parks that built the carriers, a count of its own; the year, the "
                   "year-end instant as alt")
fact("新改扩建产业载体2150万平方米", "2150万平方米", value=21500000, unit="m2",
     kind="amount", metric="新改扩建产业载体",
     metric_alts=["产业载体", "新改扩建产业载体面积", "产业载体面积", "园区新改扩建产业载体"],
     subject="福建省",
     subject_alts=["福建", "全省", "省级指导评价园区", "63个省级指导评价园区"],
     **FLOW, note="the 63 parks build it: province as subject, the parks as alts (README §4 "
                  "sector-level numbers)")
fact("亩均税收超12.5万元", "12.5万元", value=125000, unit="CNY", kind="amount", bound="gt",
     metric="新建成投用产业项目亩均税收",
     metric_alts=["亩均税收", "产业项目亩均税收", "新建成投用产业项目的亩均税收"], **FLOW,
     note="tax per mu of the projects put into use in 2024; 超 → gt; per-亩 rate in the "
          "metric, unit CNY")
fact("4个园区入围", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="入围全国园区高质量发展百强的园区",
     metric_alts=["园区", "入围全国园区高质量发展百强园区", "入围百强园区",
                  "全国园区高质量发展百强园区", "入围全国园区高质量发展百强"],
     **FLOW, note="the top-100 list defines the counted set → in the metric")
g.neg("全国园区高质量发展百强", "百强", "list name 百强 (top-100 list), threshold defining the "
      "counted set of 4个, not a fact")

# ---- line 13 -----------------------------------------------------------------------
g.neg("促进一二三产业", "一二三", "sector labels 一二三产业 (primary, secondary, tertiary)")
g.neg("“3212”工程", "3212", "programme label “3212”工程, not a quantity")
g.neg("服务业高质量发展三年行动计划", "三年", "name of a plan (三年行动计划), a label, not a "
      "duration fact")
fact("4个设区市入选", "4个", value=4, unit="count", kind="count", classifier="个",
     metric="入选国家产融合作试点城市的设区市",
     metric_alts=["设区市", "国家产融合作试点城市", "入选国家产融合作试点城市设区市",
                  "国家产融合作试点城市数量"],
     **FLOW, note="the selection defines the counted set → in the metric")
g.neg("三次产业比重", "三次", "三次产业 'the three sectors', a label, not a count")
g.neg("实现了一产稳", "一产", "sector label 一产 (primary industry)")
g.neg("二产优", "二产", "sector label 二产 (secondary industry)")
g.neg("三产进", "三产", "sector label 三产 (tertiary industry)")
fact("供需对接活动109场", "109场", value=109, unit="count", kind="count", classifier="场",
     metric="供需对接活动",
     metric_alts=["举办供需对接活动", "供需对接活动场次", "供需对接活动数量"], **FLOW)
g.neg("全国首批现代商贸", "首批", FIRST_NOTE + " (首批 'first batch')")
g.neg("、三明生产服务型", "三明", "place name 三明 (三明市), not a number")
g.neg("国家建设名单", "名单", "lexicalized 名单 'list'; 单 is not a quantity")
fact("“小巨人”企业40家", "40家", value=40, unit="count", kind="count", classifier="家",
     metric="专精特新“小巨人”企业",
     metric_alts=added("专精特新“小巨人”企业", ["专精特新小巨人企业", "新增专精特新小巨人企业",
                                            "“小巨人”企业", "小巨人企业"]),
     **FLOW, note=NEW_NOTE)
g.neg("制造业单项冠军", "单项", "单项 in the title 单项冠军 ('single-product champion'), a "
      "label, not a count")
fact("单项冠军企业11家", "11家", value=11, unit="count", kind="count", classifier="家",
     metric="国家级制造业单项冠军企业",
     metric_alts=added("国家级制造业单项冠军企业", ["制造业单项冠军企业", "单项冠军企业"]),
     **FLOW, note="新增 distributes over the list; " + NEW_NOTE)
fact("上市企业8家", "8家", value=8, unit="count", kind="count", classifier="家",
     metric="上市企业", metric_alts=added("上市企业"), **FLOW,
     note="新增 distributes over the list; " + NEW_NOTE)
g.neg("首次突破200万户", "首次", "adverb 首次 'for the first time', not a rank")
fact("突破200万户", "200万户", value=2000000, unit="count", kind="count", bound="gt",
     classifier="户", metric="实有企业",
     metric_alts=["实有企业数量", "企业", "实有企业户数", "全省实有企业"], **STOCK,
     note="突破 → gt; 户 is the classifier (SPEC §3); registered firms (实有) = a stock → "
          + STOCK_NOTE)
g.neg("千帆竞发", "千帆", "idiom 千帆竞发 'a thousand sails racing'")

# ---- line 14: （二） innovation ----------------------------------------------------
g.neg("（二）坚持一体推进", "（二）", MARKER_NOTE)

# ---- line 15 -----------------------------------------------------------------------
fact("普惠性幼儿园覆盖率达94.9%", "94.9%", value=94.9, unit="%", kind="share",
     metric="普惠性幼儿园覆盖率", metric_alts=["普惠性幼儿园覆盖面"], **STOCK,
     note="coverage = share of a stock (达): " + STOCK_NOTE)
fact("义务教育学位11.4万个", "11.4万个", value=114000, unit="count", kind="count",
     classifier="个", metric="公办义务教育学位",
     metric_alts=added("公办义务教育学位", ["义务教育学位", "公办学位"]), **FLOW,
     note=NEW_NOTE)
g.neg("九年义务教育巩固率", "九年", "label 九年义务教育 (nine-year compulsory education), "
      "not a duration fact")
fact("巩固率99.6%", "99.6%", value=99.6, unit="%", kind="share",
     metric="九年义务教育巩固率", metric_alts=["义务教育巩固率", "巩固率"], **LEVEL,
     note="a rate of the year's cohort: the year, the year-end instant as alt")
fact("普通高中录取率近70%", "70%", value=70, unit="%", kind="share", bound="approx",
     metric="普通高中录取率", metric_alts=["高中录取率", "普高录取率"], **FLOW,
     note="近 → approx (outside the span); the year's admissions → flow")
fact("市域产教联合体5个", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="省级市域产教联合体",
     metric_alts=["市域产教联合体", "建设省级市域产教联合体", "省级市域产教联合体数量"],
     **FLOW)
fact("产教融合共同体7个", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="行业产教融合共同体",
     metric_alts=["省级行业产教融合共同体", "建设行业产教融合共同体", "行业产教融合共同体数量",
                  "产教融合共同体"], **FLOW,
     note="建设 (and perhaps 省级) distributes over the list: alt 省级行业产教融合共同体")
fact("学位授予单位8个", "8个", value=8, unit="count", kind="count", classifier="个",
     metric="博士硕士学位授予单位",
     metric_alts=added("博士硕士学位授予单位", ["学位授予单位", "博士、硕士学位授予单位"]),
     **FLOW, note=NEW_NOTE)
fact("授权点87个", "87个", value=87, unit="count", kind="count", classifier="个",
     metric="授权点",
     metric_alts=["学位授权点", "博士硕士学位授权点", "新增授权点", "授权点数量",
                  "授权点增量", "博士硕士授权点"], **FLOW,
     note="新增 distributes; the elided head (博士硕士学位) in alts; " + NEW_NOTE)
g.neg("又有一批毕业生", "一批", "quantifier 一批 (SPEC §1)")

# ---- line 16 -----------------------------------------------------------------------
fact("省级科技计划项目超600项", "600项", value=600, unit="count", kind="count", bound="gt",
     classifier="项", metric="企业参与省级科技计划项目",
     metric_alts=["省级科技计划项目", "企业参与的省级科技计划项目", "参与省级科技计划项目",
                  "企业参与省级科技计划项目数量"], **FLOW,
     note="超 → gt; 企业参与 defines the counted set → in the metric; province as subject "
          "(企业 alt)")
fact("高价值发明专利增长23.8%", "23.8%", value=23.8, unit="%", kind="growth",
     metric="高价值发明专利", metric_alts=["高价值发明专利拥有量", "高价值发明专利数量"],
     comparison="yoy", **FLOW)
fact("国家高新技术企业超1.4万家", "1.4万家", value=14000, unit="count", kind="count",
     bound="gt", classifier="家", metric="国家高新技术企业",
     metric_alts=["高新技术企业", "国家高新技术企业数量", "高企"], **STOCK,
     note="超 → gt; certified firms in force = a stock → " + STOCK_NOTE)
fact("研发投入预计超1200亿元", "1200亿元", value=1200e8, unit="CNY", kind="amount",
     bound="gt", metric="全社会研发投入",
     metric_alts=["研发投入", "全社会研发经费投入", "研发经费投入", "R&D经费投入",
                  "全社会R&D经费投入"],
     modality="forecast", **FLOW, note="预计 → forecast; 超 → gt")
fact("国家级企业技术中心8家", "8家", value=8, unit="count", kind="count", classifier="家",
     metric="国家级企业技术中心", metric_alts=added("国家级企业技术中心", ["企业技术中心"]),
     **FLOW, note=NEW_NOTE)
fact("省级工程研究中心14家", "14家", value=14, unit="count", kind="count", classifier="家",
     metric="省级工程研究中心", metric_alts=added("省级工程研究中心", ["工程研究中心"]),
     **FLOW, note="新增 distributes; " + NEW_NOTE)
fact("科技重大专项30个", "30个", value=30, unit="count", kind="count", classifier="个",
     metric="省“揭榜挂帅”、科技重大专项",
     metric_alts=["科技重大专项", "“揭榜挂帅”、科技重大专项", "揭榜挂帅、科技重大专项",
                  "省揭榜挂帅、科技重大专项", "省“揭榜挂帅”科技重大专项",
                  "“揭榜挂帅”科技重大专项", "实施省“揭榜挂帅”、科技重大专项", "重大专项"],
     **FLOW, note="one count over the list 省“揭榜挂帅”、科技重大专项 (no 分别)")
fact("资助项目突破千项", "千项", value=1000, unit="count", kind="count", bound="gt",
     classifier="项", metric="国家自然科学基金资助项目",
     metric_alts=["国家自然科学基金项目", "国家自然科学基金资助项目数量",
                  "自然科学基金资助项目"], **FLOW, note="突破 → gt, outside the span")
fact("13项成果获国家科技奖", "13项", value=13, unit="count", kind="count", classifier="项",
     metric="获国家科技奖成果",
     metric_alts=["成果", "获国家科技奖的成果", "国家科技奖成果", "获奖成果",
                  "获国家科技奖项目"], **FLOW,
     note="the award defines the counted set → in the metric")

# ---- line 17 -----------------------------------------------------------------------
g.neg("五湖四海引才", "五湖四海", "idiom 五湖四海 'from all corners'")
g.neg("“海归英才八闽行”", "八闽", "name 八闽 (Fujian) in an event name")
fact("加快建设17个国家引才引智基地", "17个", value=17, unit="count", kind="count",
     classifier="个", metric="国家引才引智基地",
     metric_alts=["引才引智基地", "国家引才引智基地数量", "建设国家引才引智基地"], **LEVEL,
     note="bases being built (加快建设): the count is stated as a fact of 2024 → actual; "
          "the year, the year-end instant as alt")
g.neg("“百人计划”", "百人计划", "programme name “百人计划”, not a count")
fact("引进急需紧缺人才121人", "121人", value=121, unit="count", kind="count",
     classifier="人", metric="急需紧缺人才",
     metric_alts=["引进急需紧缺人才", "急需紧缺人才数量", "引进人才",
                  "省引才“百人计划”引进急需紧缺人才"],
     subject="福建省", subject_alts=["福建", "全省", "省引才“百人计划”", "百人计划"], **FLOW,
     note="the provincial programme recruits: province as subject, the programme as alt")
g.neg("首批立项513个", "首批", FIRST_NOTE + " (the first batch of the new fund)")
fact("首批立项513个", "513个", value=513, unit="count", kind="count", classifier="个",
     metric="省青年科学基金立项",
     metric_alts=["立项", "省青年科学基金首批立项", "首批立项", "立项项目",
                  "省青年科学基金立项项目", "省青年科学基金项目"], **FLOW,
     note="projects funded by the new fund (head 省青年科学基金 restored)")
fact("特殊支持计划专家23人", "23人", value=23, unit="count", kind="count", classifier="人",
     metric="国家高层次人才特殊支持计划专家",
     metric_alts=added("国家高层次人才特殊支持计划专家", ["特殊支持计划专家", "国家特支计划专家"]),
     **FLOW, note=NEW_NOTE)
fact("国家杰青10人", "10人", value=10, unit="count", kind="count", classifier="人",
     metric="国家杰青",
     metric_alts=added("国家杰青", ["国家杰出青年科学基金获得者", "杰青"]), **FLOW,
     note="新增 distributes; " + NEW_NOTE)
fact("新认定省级高层次人才1701人", "1701人", value=1701, unit="count", kind="count",
     classifier="人", metric="新认定省级高层次人才",
     metric_alts=["省级高层次人才", "认定省级高层次人才", "省级高层次人才增量",
                  "新认定省级高层次人才数量", "省级高层次人才数量增量"], **FLOW,
     note="the year's certifications (新认定), not the stock; 增量 alts")
g.neg("八闽大地", "八闽", "name 八闽 (Fujian), not a count")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt ({N_CHARS} "
    "characters, whole lines sliced by code): heading of part 一, line 7 (2024年是…), the "
    "2024 headline figures (line 8), 一年来的主要工作是 and sections （一）–（二）. The source "
    "lacks the 主要预期目标 list (lost in conversion: line 51 2025年是…, line 52 这些目标的"
    "设定…) and the 2025 tasks begin ~35 lines after the review, so no admissible run "
    "holds both; this excerpt is review only. Date: 2025-01-13, the delivery date in the "
    "report's header (source line 3, outside the excerpt: 2025年1月13日在福建省第十四届人民"
    "代表大会第三次会议上…; corpus meta agrees). 过去一年/一年来 = 2024; 今年 = 2025 (not "
    "used in the excerpt). Title: line 1 of the source, outside the excerpt. Place: 福建省 "
    "(全省 → 福建省, alts 福建, 全省). Periods: line 8 names 2024年 (explicit, no alts); "
    "lines 10-17 are the review 一年来的主要工作 (line 9) → 2024-01-01..2024-12-31 with "
    "period text 一年来, null in period_alts; stocks (累计, 实有, certified 高新技术企业, "
    "coverage, rank of a share of a stock) → the instant 2024-12-31 with the literal year "
    "in alts; levels without 累计 (扩大至, 梳理明确, 加快建设, rates of a cohort) → the "
    "year with the year-end instant as alt. 预计 → forecast (3.2万亿元, 1200亿元). 新增 "
    "N → count of the new units, 增量 alts. Judgement calls: 26兆瓦 (a turbine's rating) "
    "as a fact; 第一梯队 and 百强 negatives; 63个省级指导评价园区 as a count of its own "
    "beside the 2150万平方米 they built; 省“揭榜挂帅”、科技重大专项30个 as one count.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST}",
        title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(facts), "facts,", len(g.lines) - len(facts), "negatives,", N_CHARS, "chars")
