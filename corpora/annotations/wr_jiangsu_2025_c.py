"""Gold annotations for wr_jiangsu_2025_c (2025年江苏省政府工作报告, third excerpt), lines 17-25
of shared/texts/work_report/wr_jiangsu_2025.txt.

The excerpt corpora/wr_jiangsu_2025_c.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the second paragraph of review item （五） (降碳减污扩绿
增长: renewables, storage, green power, ecological restoration), review item （六） (民生:
employment, incomes, social security, elderly and children, housing, health, education)
with its heading, its second paragraph (culture, tourism, sport, safety, finance, the
census revision of GDP), the closing paragraphs of the review (过去一年… ×2, 各位代表… ×2)
and the heading 二、2025年工作总体要求和目标任务 with its first paragraph.  Lines 1-16 are
annotated in wr_jiangsu_2025 and lines 27-37 in wr_jiangsu_2025_b (no overlap).  The
allowed lines 38-79 (2025 tasks) hold almost no numbers; within 17-26 the whole-line runs of
2,000-2,500 characters are 17-25 (2,198) only: 18-25, which would start at the heading
（六）, makes 1,994 and 18-26 makes 2,558 (line 26 adds 563 characters without a digit), so
17-25 is taken (it keeps the heading line 二、… and holds the most numbers).  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_jiangsu_2025_c.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_jiangsu_2025_c"
PLACE = "江苏省"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_jiangsu_2025.txt"
FIRST, LAST = 17, 25                    # 1-based, inclusive, whole lines
TITLE = "2025年江苏省政府工作报告"       # line 1 of the source, outside the excerpt
JS_ALTS = ["江苏", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="协同推进降碳减污扩绿增长", ends="提供了根本遵循和行动指南。")
text = g.text
fact = g.with_subject(PLACE, JS_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
NAME_NOTE = "numeral inside a proper name ({}), not a quantity"
THRESH_NOTE = ("threshold defining the counted set (SPEC §2), part of the count's metric, "
               "not a fact of its own")

# ---- periods (reference date 2025-01-19; 过去一年 = 2024) -----------------------------------
# Lines 1-3 of the excerpt (source 17-19) are the detailed review of 2024 (part 一、2024年工作
# 回顾, source line 6, outside the excerpt).  They state no period before their numbers, so
# they take the review year 2024 as section frame (SPEC §4), 2024-01-01..2024-12-31 with the
# null reading in period_alts, and the excerpt's own name for that year, 过去一年 (lines 4-6,
# source 20-22), as period text, so that every period text occurs in the article (as
# wr_guangxi_2025_b 一年来, wr_chongqing_2025_b 年度).  Line 5 (source 21) opens with 过去一年
# itself: it governs its four counts explicitly (same dates, no alt).  In line 3 the closing
# sentence on the fifth economic census gives 2023年 explicitly for the revised GDP level
# (13.09万亿元); the revision 2702亿元 and the 13 cities, written just before 2023年, are the
# revision of that same 2023 figure: the gold period is 2023 (judgement call), the literal
# section frame 2024 and null in period_alts.  Stocks (累计装机, 规模达, 更新至, 达14座, 不良
# 贷款率) are the instant 2024-12-31 with the year and null as alts (README §5 stock rule);
# levels held during the year → the year, year-end as alt.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
EXPLICIT = dict(period=Y24)
Y23 = P("2023年", "2023-01-01", "2023-12-31")
CENSUS = dict(period=Y23, period_alts=[Y24, Y24_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
NEW_NOTE = "新增 N: added in 2024 (a flow), 增量 reading in alts (README §3)"


def added(noun, *more):
    """metric_alts of a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [f"{noun}数量", f"{noun}增量", f"{noun}数量增量"]


def streak(text_, n):
    """period fields of a streak of n years ending in the review year 2024."""
    return dict(period=Y24, period_alts=[Y24_NULL, P(text_, f"{2025 - n}-01-01", "2024-12-31")])


# ---- line 1 (source 17): 降碳减污扩绿增长 (review item （五）, second paragraph) -----------------
fact("，5个地方和园区", "5个", value=5, unit="count", kind="count", classifier="个",
     metric="开展国家首批减污降碳协同创新试点的地方和园区",
     metric_alts=["地方和园区", "减污降碳协同创新试点地方和园区", "减污降碳协同创新试点",
                  "开展国家首批减污降碳协同创新试点地方和园区", "地方和园区数量",
                  "国家首批减污降碳协同创新试点"], **FLOW,
     note="the places that started the pilot in 2024 (the predicate defines the counted set "
          "→ in the metric); the line states no period: section frame 2024 (period text "
          "过去一年, the excerpt's name for the review year), null as alt")
g.neg("开展国家首批减污降碳", "首批", FIRST_NOTE)
RE = ["可再生能源装机", "可再生能源累计装机", "可再生能源装机容量", "可再生能源装机规模",
      "可再生能源总装机"]
fact("累计装机达9000万千瓦", "9000万千瓦", value=9e10, unit="W", kind="amount",
     metric="可再生能源累计装机", metric_alts=RE[:1] + RE[2:], **STOCK,
     note="达 → eq; 万千瓦 = 1e7 W; 累计 installed capacity: " + STOCK_NOTE)
g.neg("首次超过煤电装机量", "首次", FIRST_NOTE + " (首次超过 'for the first time above'; "
      "the comparison with coal power states no number)")
fact("项目规模达665万千瓦", "665万千瓦", value=6.65e9, unit="W", kind="amount",
     metric="新型储能项目规模",
     metric_alts=["新型储能规模", "新型储能装机", "新型储能装机规模", "新型储能项目装机规模",
                  "新型储能"], **STOCK,
     note="达 → eq; installed capacity (a stock): " + STOCK_NOTE)
fact("绿电交易量增长144%", "144%", value=144, unit="%", kind="growth", metric="绿电交易量",
     metric_alts=["绿色电力交易量", "绿电交易", "绿电交易电量"], comparison="yoy", **FLOW)
fact("生态保护修复78万亩", "78万亩", value=780000, unit="mu", kind="amount",
     metric="生态保护修复",
     metric_alts=["完成生态保护修复", "生态保护修复面积", "完成生态保护修复面积", "生态修复面积"],
     **FLOW, note="亩 stays mu (SPEC §3)")
fact("物种数更新至8842种", "8842种", value=8842, unit="count", kind="count",
     classifier="种", metric="生物多样性本底调查发现物种数",
     metric_alts=["发现物种数", "物种数", "生物多样性本底调查物种数", "本底调查发现物种数",
                  "生物多样性本底调查发现物种"], **STOCK,
     note="更新至 → the level reached by the survey (a register, a stock): " + STOCK_NOTE)
g.neg("在全国首批开展", "首批", FIRST_NOTE)

# ---- line 2 (source 18): （六） 民生福祉 -------------------------------------------------------
g.neg("（六）着力增进", "（六）", MARKER_NOTE)
EMP = ["城镇新增就业人数", "新增就业", "城镇新增就业人员"]
fact("城镇新增就业143.02万人", "143.02万人", value=1430200, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=EMP, **FLOW)
fact("占全国1/10以上", "1/10", value=10, unit="%", kind="share", bound="ge",
     metric="城镇新增就业占全国比重",
     metric_alts=["城镇新增就业占全国", "城镇新增就业占比", "城镇新增就业占全国的比重",
                  "新增就业占全国比重"], **FLOW,
     note="以上 → ge (outside the span); the fraction 1/10 → 10 % (as wr_yunnan_2025 超1/10). "
          "Known false alarm: the shared check_gold.py reads the span 1/10 as 1")
UNEMP = ["调查失业率", "城镇调查失业率平均", "失业率"]
fact("城镇调查失业率4.5%", "4.5%", value=4.5, unit="%", kind="share",
     metric="城镇调查失业率", metric_alts=UNEMP, **FLOW,
     note="a rate of the population (SPEC §2: share), the year's average")
fact("低于全国0.6个百分点", "0.6个百分点", value=-0.6, unit="pp", kind="change",
     metric="城镇调查失业率", metric_alts=UNEMP + ["城镇调查失业率差距"],
     comparison="比全国", **FLOW,
     note="pp difference of a rate against the national rate: 低于 → negative; the rate's "
          "metric (README §3); basis 比全国 (as 高于全国1.2个百分点 → 比全国 in "
          "nw_cctv_20240828_anhui_trade_2024)")
INC = ("分别: 城镇居民人均可支配收入 ↔ 6.6万元, 农村居民人均可支配收入 ↔ 3.2万元 (城乡居民 = "
       "urban and rural residents; heads restored); 达 → eq")
fact("分别达6.6万元", "6.6万元", value=66000, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇居民收入", "城镇常住居民人均可支配收入", "城镇人均可支配收入"],
     **FLOW, note=INC)
fact("6.6万元和3.2万元", "3.2万元", value=32000, unit="CNY", kind="amount",
     metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "农村常住居民人均可支配收入", "农村人均可支配收入"],
     **FLOW, note=INC)
fact("收入比缩小至2.04∶1", "2.04∶1", value=2.04, unit="times", kind="ratio",
     metric="城乡居民收入比",
     metric_alts=["城乡收入比", "城乡居民收入倍差", "城乡居民人均可支配收入比", "收入比",
                  "城乡收入倍差"], **FLOW,
     note="缩小至 2.04∶1 = urban income is 2.04 times rural income → one ratio fact (unit "
          "times), span over the whole ratio as written (the 1 is its base; not a structure "
          "ratio, so not one share per part), as 倍差为2.61：1 in nw_cctv_20150415_china_2015q1")
ITEMS = "the year's livelihood projects, all completed (保质保量完成) in 2024"
fact("12类55件民生实事", "12类", value=12, unit="count", kind="count", classifier="类",
     metric="民生实事类别",
     metric_alts=["民生实事大类", "民生实事类", "类别", "民生实事类别数量"], **FLOW,
     note=ITEMS + " (as 十大类44项民生实事 in another gold)")
fact("12类55件民生实事", "55件", value=55, unit="count", kind="count", classifier="件",
     metric="民生实事",
     metric_alts=["民生实事数量", "完成民生实事", "民生实事项目", "民生实事件数"], **FLOW,
     note=ITEMS)
g.neg("“江苏医惠保1号”", "1号", "product name “江苏医惠保1号” (a city-backed health "
      "insurance plan), not a quantity")
fact("超500万人参保", "500万人", value=5e6, unit="count", kind="count", classifier="人",
     bound="gt", metric="“江苏医惠保1号”参保人数",
     metric_alts=["江苏医惠保1号参保人数", "参保人数", "参保", "“江苏医惠保1号”参保",
                  "江苏医惠保参保人数", "参保人员"],
     subject_alts=JS_ALTS + ["“江苏医惠保1号”", "江苏医惠保1号"], **LEVEL,
     note="超 → gt (outside the span); the insured of the 2024 plan year → the year, "
          "year-end as alt")
g.neg("强化“一老一小”", "一老一小", LABEL_NOTE + " (“一老一小” 'the old and the young')")
fact("新增托位数超3万个", "3万个", value=30000, unit="count", kind="count",
     classifier="个", bound="gt", metric="新增托位数",
     metric_alts=["托位数", "托位", "托位增量", "托位数增量", "新增托位", "普惠托位"],
     **FLOW, note="超 → gt; " + NEW_NOTE)
fact("老年助餐点8000余家", "8000余家", value=8000, unit="count", kind="count",
     classifier="家", bound="gt", metric="老年助餐点",
     metric_alts=["建成老年助餐点", "助餐点", "老年助餐点数量"], **LEVEL,
     note="余 inside the span → gt; judgement call: 建成 without 累计 → built in 2024, the "
          "year-end stock as alt")
fact("为358万居家老年人", "358万", value=3580000, unit="count", kind="count",
     classifier="人", metric="提供专业上门服务的居家老年人",
     metric_alts=["居家老年人", "专业上门服务居家老年人", "居家老年人专业上门服务",
                  "享受专业上门服务的居家老年人", "居家老年人数量"], **FLOW,
     note="no measure word written → classifier 人 (as wr_chongqing_2025 95万低保和特困人员)")
fact("老旧小区改造1114个", "1114个", value=1114, unit="count", kind="count", classifier="个",
     metric="新开工老旧小区改造",
     metric_alts=["老旧小区改造", "新开工改造老旧小区", "老旧小区", "新开工老旧小区改造数量",
                  "城镇老旧小区改造"], **FLOW)
fact("城中村改造8.52万户", "8.52万户", value=85200, unit="count", kind="count",
     classifier="户", metric="城中村改造",
     metric_alts=["实施城中村改造", "城中村改造户数", "城中村改造户"], **FLOW)
HOUSE = "筹集 distributes over the list: raised in 2024"
fact("保障性住房1.57万套", "1.57万套", value=15700, unit="count", kind="count",
     classifier="套", metric="筹集保障性住房",
     metric_alts=["保障性住房", "筹集保障性住房套数", "保障性住房筹集", "配售型保障性住房"],
     **FLOW, note=HOUSE)
fact("保障性租赁住房18.11万套", "18.11万套", value=181100, unit="count", kind="count",
     classifier="套", metric="筹集保障性租赁住房",
     metric_alts=["保障性租赁住房", "筹集保障性租赁住房套数", "保障性租赁住房筹集"], **FLOW,
     note=HOUSE)
fact("16家高水平医院", "16家", value=16, unit="count", kind="count", classifier="家",
     metric="高水平医院",
     metric_alts=["高水平医院建设", "建设高水平医院", "高水平医院数量"], **LEVEL,
     note="hospitals whose upgrading was under way in 2024 (加速推进); year-end as alt")
fact("4家国家区域医疗中心", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="国家区域医疗中心",
     metric_alts=["开工建设国家区域医疗中心", "区域医疗中心", "国家区域医疗中心数量"], **FLOW,
     note="construction fully started (全面开工建设) in 2024")
fact("连续4年获得优秀", "4年", value=4, unit="year", kind="amount",
     metric="健康中国考核获得优秀持续时间",
     metric_alts=["健康中国考核连续获得优秀", "健康中国考核获得优秀年数", "健康中国考核优秀",
                  "健康中国考核", "连续获得优秀年数", "健康中国考核获得优秀时长"],
     **streak("连续4年", 4),
     note="length of the streak 连续4年 (a duration, unit year), as 连续5年获评优秀等级 in "
          "wr_jiangsu_2025 — judgement call; the streak ends in the review year (alt "
          "2021-2024)")
EDU = "新增 distributes over the list (国家…县市区 shared): " + NEW_NOTE
fact("普及普惠县市区21个", "21个", value=21, unit="count", kind="count", classifier="个",
     metric="国家学前教育普及普惠县市区",
     metric_alts=added("国家学前教育普及普惠县市区", "学前教育普及普惠县市区",
                       "新增国家学前教育普及普惠县市区"), **FLOW, note=EDU)
fact("优质均衡发展县市区12个", "12个", value=12, unit="count", kind="count",
     classifier="个", metric="国家义务教育优质均衡发展县市区",
     metric_alts=added("国家义务教育优质均衡发展县市区", "义务教育优质均衡发展县市区",
                       "新增义务教育优质均衡发展县市区"), **FLOW,
     note=EDU + "; the head 国家 restored")
g.neg("高职“双高计划”", "双高", LABEL_NOTE + " (“双高计划”, the national programme for "
      "high-level vocational colleges and majors)")
g.neg("中职“双优计划”", "双优", LABEL_NOTE + " (“双优计划”, its secondary-vocational "
      "counterpart)")
fact("新增4所普通高等学校", "4所", value=4, unit="count", kind="count", classifier="所",
     metric="普通高等学校",
     metric_alts=added("普通高等学校", "新增普通高等学校", "普通高校", "高等学校"), **FLOW,
     note=NEW_NOTE)

# ---- line 3 (source 19): culture, tourism, sport, safety, finance, census ---------------------
fact("历史文化名城达14座", "14座", value=14, unit="count", kind="count", classifier="座",
     metric="国家历史文化名城",
     metric_alts=["历史文化名城", "国家历史文化名城数量"], **STOCK,
     note="达 N of a register → " + STOCK_NOTE)
g.neg("一批文艺精品", "一批", "vague quantifier 一批 (README §2), not a count")
fact("4家企业入选", "4家", value=4, unit="count", kind="count", classifier="家",
     metric="入选全国文化企业30强和成长性文化企业30强的企业",
     metric_alts=["企业", "入选企业", "全国文化企业30强", "入选全国文化企业30强企业",
                  "文化企业30强", "入选全国文化企业30强和成长性文化企业30强企业",
                  "入选企业数量"], **FLOW,
     note="the selection defines the counted set → in the metric; 30强 are thresholds "
          "(negatives)")
g.neg("全国文化企业30强", "30强", THRESH_NOTE + " (the national top 30 cultural firms)")
g.neg("成长性文化企业30强", "30强", THRESH_NOTE + " (the top 30 growth cultural firms)")
fact("境内外游客超10.9亿人次", "10.9亿人次", value=1.09e9, unit="count", kind="count",
     classifier="人次", bound="gt", metric="接待境内外游客",
     metric_alts=["境内外游客", "接待境内外游客人次", "接待游客", "游客接待量",
                  "接待境内外游客人数"], **FLOW, note="超 → gt (outside the span)")
fact("旅游总收入超1.3万亿元", "1.3万亿元", value=1.3e12, unit="CNY", kind="amount",
     bound="gt", metric="旅游总收入", metric_alts=["旅游收入", "旅游业总收入"], **FLOW,
     note="超 → gt; 万亿元 = 1e12")
TOUR = "分别: 接待境内外游客 ↔ 15.8%, 旅游总收入 ↔ 11.5%"
fact("分别增长15.8%", "15.8%", value=15.8, unit="%", kind="growth", metric="接待境内外游客",
     metric_alts=["境内外游客", "接待境内外游客人次", "接待游客", "游客接待量"],
     comparison="yoy", **FLOW, note=TOUR)
fact("15.8%和11.5%", "11.5%", value=11.5, unit="%", kind="growth", metric="旅游总收入",
     metric_alts=["旅游收入", "旅游业总收入"], comparison="yoy", **FLOW, note=TOUR)
fact("球类场地405片", "405片", value=405, unit="count", kind="count", classifier="片",
     metric="球类场地",
     metric_alts=added("球类场地", "新增球类场地", "公园绿地新增球类场地", "公园绿地球类场地"),
     subject_alts=JS_ALTS + ["公园绿地"], **FLOW, note=NEW_NOTE)
g.neg("第33届奥运会", "第33届", "edition label of an event (第33届奥运会, Paris 2024), not a "
      "count")
g.neg("第17届残奥会", "第17届", "edition label of an event (第17届残奥会), not a count")
g.neg("治本攻坚三年行动", "三年", "name of a three-year campaign (安全生产治本攻坚三年行动), "
      "not a duration fact")
g.neg("“一件事”全链条", "一件事", LABEL_NOTE + " (“一件事” 'one matter', the name of the "
      "joined-up governance approach, as 高效办成一件事)")
ACC = "分别: 生产安全事故起数 ↔ −12.8%, (生产安全事故)死亡人数 ↔ −10.5%; 下降 → negative"
fact("分别下降12.8%", "12.8%", value=-12.8, unit="%", kind="growth",
     metric="生产安全事故起数",
     metric_alts=["安全事故起数", "生产安全事故数", "事故起数", "生产安全事故"],
     comparison="yoy", **FLOW, note=ACC)
fact("12.8%和10.5%", "10.5%", value=-10.5, unit="%", kind="growth",
     metric="生产安全事故死亡人数",
     metric_alts=["死亡人数", "安全事故死亡人数", "事故死亡人数"], comparison="yoy", **FLOW,
     note=ACC + " (head restored, README §3)")
g.neg("超额完成年度目标任务", "年度", PERIOD_NOTE + " (年度 = 2024; no number of its own)")
g.neg("动态“清零”", "清零", "清零 'clear to zero' (eliminate), a goal word, not a quantity "
      "(as wr_hebei_2025_b)")
fact("不良贷款率为0.77%", "0.77%", value=0.77, unit="%", kind="share",
     metric="银行业金融机构不良贷款率",
     metric_alts=["不良贷款率", "银行业不良贷款率", "银行不良贷款率"],
     subject_alts=JS_ALTS + ["银行业金融机构"], **STOCK,
     note="为 → eq; the share of non-performing loans in the loan balance (a share of a "
          "stock): " + STOCK_NOTE + "; the sector keeps the province as subject (README §4)")
g.neg("信访事项一次性化解率", "一次性", "adverb 一次性 'at the first attempt' inside the metric "
      "name, not a count")
fact("一次性化解率97.8%", "97.8%", value=97.8, unit="%", kind="share",
     metric="信访事项一次性化解率",
     metric_alts=["一次性化解率", "信访事项化解率", "信访一次性化解率"], **FLOW)
g.neg("全国第五次经济普查", "第五次", "edition label (第五次全国经济普查, the 5th economic "
      "census), not a count")
CENSUS_NOTE = ("judgement call: the census revised the 2023 GDP (2023年 follows in the same "
               "sentence and governs 13.09万亿元 explicitly); the revision belongs to that "
               "year → 2023 as gold, the literal section frame 2024 and null in period_alts")
fact("13个设区市", "13个", value=13, unit="count", kind="count", classifier="个",
     metric="地区生产总值经普查增加的设区市",
     metric_alts=["设区市", "地区生产总值增加的设区市", "设区市数量",
                  "经济普查后地区生产总值增加的设区市"], **CENSUS,
     note="judgement call: read as a count (all 13 prefecture-level cities of the province "
          "saw their GDP revised up), as 89个开发区 in wr_yunnan_2025; " + CENSUS_NOTE)
fact("全省共增加2702亿元", "2702亿元", value=2702e8, unit="CNY", kind="amount",
     metric="地区生产总值增量",
     metric_alts=["地区生产总值修订增量", "经济普查地区生产总值增加", "地区生产总值增加",
                  "地区生产总值", "GDP增量", "地区生产总值修订增加额"], **CENSUS,
     note="absolute change of a level (SPEC §2: 增加 → positive, metric <level>增量, the "
          "level's kind and unit): the census revision of the province's GDP; comparison "
          "null (the basis is the pre-census figure, not a period); " + CENSUS_NOTE)
g.neg("2023年达到13.09万亿元", "2023年", PERIOD_NOTE + " (2023 = the year of the revised "
      "GDP level)")
GDP = ["GDP", "生产总值", "全省地区生产总值", "经济总量"]
fact("达到13.09万亿元", "13.09万亿元", value=1.309e13, unit="CNY", kind="amount",
     metric="地区生产总值", metric_alts=GDP, period=Y23,
     note="达到 → eq; 2023年 stated just before governs (the census-revised 2023 GDP); "
          "万亿元 = 1e12; the head 地区生产总值 restored from the clause before")
g.neg("再上一个万亿元台阶", "一个", "一 + classifier in the idiom 再上一个…台阶 'up another "
      "step', not a count")
g.neg("一个万亿元台阶", "万亿元", "size of the step in the idiom 万亿元台阶 ('trillion-yuan "
      "step'), not a stated amount (the level itself is 13.09万亿元)")

# ---- line 4 (source 20): 过去一年 (other work) ----------------------------------------------
g.neg("过去一年，全省老龄", "过去一年", PERIOD_NOTE + " (= 2024; its line has no number)")
g.neg("工会、红十字", "十字", NAME_NOTE.format("红十字, the Red Cross"))
g.neg("关心下一代", "一代", "一代 of 下一代 'the next generation', not a quantity")
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥 'double support' of the army and the "
      "people)")

# ---- line 5 (source 21): 过去一年 (government conduct) ---------------------------------------
g.neg("过去一年，我们隆重", "过去一年", PERIOD_NOTE + " (= 2024: governs the counts of its "
      "line explicitly)")
g.neg("新中国成立75周年", "75周年", "anniversary 75周年 (of the founding of the PRC), an "
      "event label, not a quantity claim (as wr_yunnan_2025)")
EXP = "过去一年 opens the line and governs it (2024, explicit)"
fact("省人大代表建议748件", "748件", value=748, unit="count", kind="count", classifier="件",
     metric="办理省人大代表建议",
     metric_alts=["省人大代表建议", "人大代表建议", "办理人大代表建议", "省人大代表建议件数"],
     **EXPLICIT, note="共办理 distributes over both counts; " + EXP)
fact("省政协提案954件", "954件", value=954, unit="count", kind="count", classifier="件",
     metric="办理省政协提案",
     metric_alts=["省政协提案", "政协提案", "办理政协提案", "省政协提案件数"], **EXPLICIT,
     note=EXP)
fact("审议地方性法规13项", "13项", value=13, unit="count", kind="count", classifier="项",
     metric="提请省人大常委会审议地方性法规",
     metric_alts=["地方性法规", "提请审议地方性法规", "提请省人大常委会审议的地方性法规",
                  "地方性法规数量"], **EXPLICIT, note=EXP)
fact("合法性审查169件", "169件", value=169, unit="count", kind="count", classifier="件",
     metric="重要文件合法性审查",
     metric_alts=["完成重要文件合法性审查", "合法性审查", "重要文件合法性审查件数"],
     **EXPLICIT, note=EXP)

# ---- line 6 (source 22): thanks --------------------------------------------------------------
g.neg("各位代表，过去一年的", "过去一年", PERIOD_NOTE + " (= 2024; no number in its line)")

# ---- line 7 (source 23): difficulties ------------------------------------------------------
g.neg("双重挑战", "双重", "双重 'twofold' (双重挑战), not a quantity")

# ---- line 8 (source 24): heading of part 二 -------------------------------------------------
g.neg("二、2025年工作", "二、", MARKER_NOTE)
g.neg("二、2025年工作", "2025年", PERIOD_NOTE + " (heading of the 2025 part; no number after "
      "it in the excerpt)")

# ---- line 9 (source 25): the General Secretary's charge --------------------------------------
g.neg("每一步", "一步", "一步 of 每一步 'every step', not a quantity")

NOTES = (
    "Excerpt: lines 17-25 of shared/texts/work_report/wr_jiangsu_2025.txt (2,198 characters "
    "with the final newline), sliced by code: the second paragraph of review item （五） "
    "(renewables, storage, green power, restoration, biodiversity), review item （六） (民生) "
    "with its heading and its second paragraph (culture, tourism, sport, safety, finance, the "
    "census revision of GDP), the closing paragraphs of the review (过去一年… ×2, 各位代表… ×2) "
    "and the heading 二、2025年工作总体要求和目标任务 with its first paragraph. Lines 1-16 and "
    "27-37 are annotated in wr_jiangsu_2025 and wr_jiangsu_2025_b (no overlap). Lines 38-79 "
    "hold almost no numbers; within 17-26 only 17-25 makes 2,000-2,500 characters (18-25: "
    "1,994, 18-26: 2,558), so the excerpt starts at the second paragraph of （五） rather than "
    "at a heading, and includes the heading line 二、…. Title, source line and dateline are "
    "outside the excerpt (title_in_text=False; title as the source's first line). Date: "
    "2025-01-19, the delivery date in source line 3 (2025年1月19日在江苏省第十四届人民代表大会"
    "第三次会议上…); the corpus meta agrees. Place: 江苏省 (江苏, 全省, 我省 → alts); sectors and "
    "schemes (银行业金融机构, 江苏医惠保1号, 公园绿地) keep the province as subject with the part "
    "as alt. Periods: lines 17-19 state no period before their numbers → the review year 2024 "
    "as section frame (SPEC §4) with the excerpt's own name for it, 过去一年 (source lines "
    "20-22), as period text, null as alt; source line 21 opens with 过去一年 and governs its "
    "four counts explicitly; the census sentence: 13.09万亿元 under its explicit 2023年, and "
    "the revision 2702亿元 and the 13 cities written just before it → 2023 too (judgement "
    "call; the frame 2024 and null as alts). Stocks (可再生能源累计装机, 新型储能规模, 物种数更新至, "
    "历史文化名城达14座, 不良贷款率) → instant 2024-12-31 with the year and null as alts; levels "
    "held in the year (医惠保 参保, 高水平医院 under way, 助餐点 建成) → the year, year-end as alt. "
    "Modality: actual throughout (no 预计 in the excerpt). Units: 万千瓦 → 1e7 W; 亩 → mu; "
    "万亿元 → 1e12 CNY; 1/10 → 10 % (ge); 2.04∶1 → ratio 2.04 times; 358万 without a measure "
    "word → classifier 人. Judgement calls: 低于全国0.6个百分点 → change −0.6 pp, comparison 比全国; "
    "城乡居民收入比2.04∶1 → one ratio fact spanning the whole ratio; 12类 and 55件 → two counts; "
    "连续4年 → streak duration (4 year); 13个设区市 → a count; 全省共增加2702亿元 → GDP revision "
    "(地区生产总值增量, 2023); 再上一个万亿元台阶 → negatives (一个, 万亿元); 30强 ×2 thresholds of the "
    "counted firms. Negatives: 首批 ×2, 首次, （六）, 1号, 一老一小, 双高, 双优, 一批, 30强 ×2, "
    "第33届, 第17届, 三年, 一件事, 年度, 清零, 一次性, 第五次, 2023年, 一个, 万亿元, 过去一年 ×3, "
    "十字 (红十字), 一代 (下一代), 双拥, 75周年, 双重, 二、, 2025年, 一步 (每一步). Lexicalized, not listed: "
    "首要 (首要任务).")

g.write(date=REF, source=f"shared/texts/work_report/wr_jiangsu_2025.txt lines {FIRST}–{LAST} "
        "(来源：江苏新闻)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
