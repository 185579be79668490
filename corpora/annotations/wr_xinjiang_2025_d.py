"""Gold annotations for wr_xinjiang_2025_d (2025年新疆政府工作报告, the end of the 2024 review
and the start of the 2025 part), lines 29-39 of shared/texts/work_report/wr_xinjiang_2025.txt.

The excerpt corpora/wr_xinjiang_2025_d.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief: the closing
paragraphs of part 一、2024年工作回顾 (heading on source line 7, outside the excerpt): the
government's own work (regulations, proposals, 一件事 reforms, delegated powers, the 12345
hotline), the 生产建设兵团, 对口援疆 (aid funds, central-firm agreements), defence, the thanks
and the shortcomings; then the heading 二、2025年重点工作, 今年是自治区成立70周年…, the 2025
expected targets (source line 37: industry, investment, retail, trade, revenue, jobs,
unemployment, incomes, prices, grain, energy intensity), the line on the plenums and the
heading of task (一).  Lines 7-26 are annotated in wr_xinjiang_2025 / _b / _c (no overlap).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xinjiang_2025_d.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_xinjiang_2025_d"
PLACE = "新疆维吾尔自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_xinjiang_2025.txt"
FIRST, LAST = 29, 39                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年新疆政府工作报告"
XJ_ALTS = ["新疆", "全疆", "自治区", "全区"]
GOV_ALTS = XJ_ALTS + ["新疆维吾尔自治区人民政府", "自治区人民政府", "自治区政府"]
JIN = 0.0005                            # t per 斤 (SPEC §3)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="各位代表!过去一年，我们坚持把党的全面领导",
                 ends="不断激发经济发展内生动力和活力")
text = g.text
fact = g.with_subject(PLACE, XJ_ALTS)
gov = g.with_subject(PLACE, GOV_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
ANNIV_NOTE = ("anniversary 70周年 ({}), an event label, not a quantity claim (as "
              "wr_yunnan_2025 75周年)")

# ---- periods (reference date 2025-01-19) ---------------------------------------------------
# Lines 1-6 of the excerpt (source 29-34) close part 一、2024年工作回顾 (heading on source line
# 7): the review of 2024.  Line 1 opens with 过去一年 (= 2024; after the address 各位代表!)
# and line 3 names 一年来 before its numbers: both explicit, 2024-01-01..2024-12-31, null as
# alt.  Lines 2, 4, 5 and 6 hold no fact.  A cumulative total (累计办理) is the instant
# 2024-12-31 with the year and null as alts; rates of the year (办结率) and sets held in the
# year (the 13 reforms online, the 19 aid partners) → the year with the year end as alt.
# Line 7 (source 35) is the heading 二、2025年重点工作: what follows is the plan for 2025.
# Line 9 (source 37) lists the 2025 expected targets without a period word of its own (今年
# of line 8 does not cross the line): it takes the heading's frame, period text 2025年,
# 2025-01-01..2025-12-31, null as alt (as wr_henan_2025_b / wr_shanxi_2025_b), modality
# target.
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
Y24_NULL = P("过去一年", None, None)
Y24_END = P("过去一年", "2024-12-31", "2024-12-31")
YL = P("一年来", "2024-01-01", "2024-12-31")
YL_NULL = P("一年来", None, None)
YL_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
FLOW_YL = dict(period=YL, period_alts=[YL_NULL])
LEVEL_YL = dict(period=YL, period_alts=[YL_NULL, YL_END])
S25 = P("2025年", "2025-01-01", "2025-12-31")
S25_NULL = P("2025年", None, None)
TARGET = dict(period=S25, period_alts=[S25_NULL], modality="target")
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the year and null in "
              "period_alts")
LEVEL_NOTE = "a level of the review year 2024; the year-end reading as alt"
GOV_NOTE = ("the regional government's own work in 2024 (the region as subject, the "
            "government as alt, as wr_guangxi_2025_b); 过去一年 at the head of the line "
            "governs (explicit)")
TARGET_NOTE = ("2025 expected target (the line after 二、2025年重点工作 and 今年是…; no period "
               "word in the line: the heading's frame 2025, null as alt) → modality target")


# ==== line 1 (source 29): 过去一年, the government's own work ========================================
g.neg("各位代表!过去一年，我们坚持", "过去一年", PERIOD_NOTE + " (the review year 2024 at "
      "the head of the line: explicit, governs its facts)")
REG = "laws and rules handled in 2024; " + GOV_NOTE
gov("地方性法规14部", "14部", value=14, unit="count", kind="count", classifier="部",
    metric="提请审议地方性法规",
    metric_alts=["地方性法规", "提请审议地方性法规数量", "地方性法规草案", "提请审议地方性法规草案",
                 "法规"], **FLOW, note=REG)
gov("14部、废止11部", "11部", value=11, unit="count", kind="count", classifier="部",
    metric="废止地方性法规",
    metric_alts=["提请废止地方性法规", "提请审议废止地方性法规", "废止地方性法规数量", "废止法规",
                 "废止"], **FLOW,
    note="head 地方性法规 restored (README §3; as wr_guangxi_2025_b 废止22件); " + REG)
gov("政府规章5部", "5部", value=5, unit="count", kind="count", classifier="部",
    metric="出台政府规章",
    metric_alts=["政府规章", "自治区政府规章", "出台自治区政府规章", "政府规章数量", "规章"],
    **FLOW, note=REG)
gov("5部、废止7部", "7部", value=7, unit="count", kind="count", classifier="部",
    metric="废止政府规章",
    metric_alts=["废止自治区政府规章", "废止规章", "废止政府规章数量", "政府规章", "废止"],
    **FLOW, note="head 政府规章 restored (README §3); " + REG)
g.neg("“法治讲堂·逢九必讲”", "逢九必讲", LABEL_NOTE + " (“法治讲堂·逢九必讲” 'lectures on "
      "every day with a nine', the name of a training series), not a quantity")
gov("人大代表建议517件", "517件", value=517, unit="count", kind="count", classifier="件",
    metric="人大代表建议",
    metric_alts=["办结人大代表建议", "人大代表建议数量", "代表建议", "办结的人大代表建议"],
    **FLOW, note=GOV_NOTE)
gov("政协委员提案506件", "506件", value=506, unit="count", kind="count", classifier="件",
    metric="政协委员提案",
    metric_alts=["办结政协委员提案", "政协提案", "政协委员提案数量", "提案"], **FLOW,
    note="verb 办结 shared; " + GOV_NOTE)
g.neg("大力推进“高效办成一件事”", "一件事", "service-programme name 高效办成一件事, not a "
      "count (as wr_guangxi_2025_b)")
gov("提高行政效能的八条举措", "八条", value=8, unit="count", kind="count", classifier="条",
    metric="提高行政效能举措",
    metric_alts=["提高行政效能的举措", "行政效能举措", "举措", "举措数量",
                 "制定实施提高行政效能举措"], **FLOW,
    note="count of measures (README §2 七条措施) adopted in 2024; " + GOV_NOTE)
g.neg("国家首批部署", "首批", "first-of-kind claim 首批 'the first batch', not a measured "
      "rank or count (gold README §2)")
ONE = ["“一件事”改革", "一件事改革", "国家首批部署的一件事改革", "“一件事”改革事项",
       "国家首批“一件事”改革", "上线运行的“一件事”改革"]
gov("的13个“一件事”改革", "13个", value=13, unit="count", kind="count", classifier="个",
    metric="国家首批部署的“一件事”改革", metric_alts=ONE, **LEVEL,
    note="the reforms of the first national batch put online (实现多端上线运行) in 2024 → "
         + LEVEL_NOTE)
g.neg("13个“一件事”改革", "一件事", "reform name “一件事”, not a count")
gov("累计办理11.37万件", "11.37万件", value=113700, unit="count", kind="count",
    classifier="件", metric="“一件事”改革办理",
    metric_alts=["累计办理", "办理件数", "“一件事”累计办理", "“一件事”办理件数",
                 "“一件事”改革累计办理件数", "办理“一件事”", "一件事办理量"], **STOCK,
    note="累计 → cumulative total of the cases handled since the reforms went online: "
         + STOCK_NOTE)
gov("下放行政职权27项", "27项", value=27, unit="count", kind="count", classifier="项",
    metric="向乌鲁木齐市下放行政职权",
    metric_alts=["下放行政职权", "行政职权", "下放乌鲁木齐市行政职权", "下放行政职权事项",
                 "向乌鲁木齐市下放行政职权事项"], **FLOW,
    note="powers delegated by the region to 乌鲁木齐市 in 2024 (the region is the actor; the "
         "recipient city is part of the metric); " + GOV_NOTE)
gov("下放行政职权48项", "48项", value=48, unit="count", kind="count", classifier="项",
    metric="向伊犁州、昌吉州、哈密市和喀什地区下放行政职权",
    metric_alts=["下放行政职权", "行政职权", "研究推动下放行政职权", "下放行政职权事项",
                 "向伊犁州、昌吉州、哈密市和喀什地区下放行政职权事项"], **FLOW,
    note="judgement call: 研究推动…下放 (the delegation studied and pushed forward in 2024) "
         "is reported in the review → actual; reading it as a delegation still planned "
         "(target) is the alternative; " + GOV_NOTE)
g.neg("12345便民热线", "12345", "hotline number (SPEC §1: phone numbers), part of the name "
      "12345便民热线 (as wr_beijing_2025)")
HOT = dict(subject_alts=GOV_ALTS + ["12345便民热线", "便民热线"])
gov("诉求474万余件", "474万余件", value=4.74e6, unit="count", kind="count", classifier="件",
    bound="gt", metric="解决群众急难愁盼诉求",
    metric_alts=["群众急难愁盼诉求", "解决群众诉求", "12345便民热线解决诉求", "诉求",
                 "解决诉求件数", "12345便民热线解决群众急难愁盼诉求"], **HOT, **FLOW,
    note="余 inside the span → gt; requests settled through the hotline in 2024; the region "
         "keeps the subject (the hotline is its service), hotline as alt (as wr_beijing_2025)")
gov("办结率99.26%", "99.26%", value=99.26, unit="%", kind="share",
    metric="12345便民热线办结率",
    metric_alts=["办结率", "诉求办结率", "便民热线办结率", "12345便民热线诉求办结率"],
    **HOT, **LEVEL, note="a rate of the year's cases → share; " + LEVEL_NOTE)
gov("困难问题1154件", "1154件", value=1154, unit="count", kind="count", classifier="件",
    metric="帮助群众解决困难问题",
    metric_alts=["解决困难问题", "困难问题", "“互联网+督查”平台帮助群众解决困难问题",
                 "帮助群众解决困难问题件数", "解决群众困难问题"],
    subject_alts=GOV_ALTS + ["“互联网+督查”平台", "互联网+督查平台"], **FLOW,
    note="problems solved through the supervision platform in 2024; the region keeps the "
         "subject, the platform as alt")
g.neg("中央八项规定", "八项规定", "name of the 中央八项规定 (eight-point rules), not a count "
      "(as wr_guangxi_2025_b)")
g.neg("“四个坚决不”", "四个坚决不", LABEL_NOTE + " (“四个坚决不”, the region's four "
      "prohibitions for the government system), not a count")

# ==== line 2 (source 30): 兵团 (no facts) =============================================================
g.neg("兵团成立70周年", "70周年", ANNIV_NOTE.format("of the founding of the 新疆生产建设兵团"))
g.neg("70年来，生产建设兵团", "70年来", PERIOD_NOTE + " (the 70 years since 1954, the frame of "
      "a qualitative claim; not a duration fact, as 近三年来 in the gold README)")
g.neg("一年来，我们全力支持", "一年来", PERIOD_NOTE + " (the review year 2024; no number "
      "follows it in the line)")
g.neg("兵地双方", "双方", "双方 'both sides' (the 兵团 and the localities), not a quantity")
g.neg("建设了一批交通", "一批", VAGUE_NOTE)
g.neg("组建了一批国有企业", "一批", VAGUE_NOTE)

# ==== line 3 (source 31): 对口援疆 ====================================================================
g.neg("一年来，我们认真贯彻", "一年来", PERIOD_NOTE + " (the review year 2024, stated before "
      "the line's numbers: explicit, governs them)")
g.neg("第九次全国对口支援", "第九次", "edition label of a meeting (第九次全国对口支援新疆工作"
      "会议), not a count (as wr_yunnan_2025 第八次)")
g.neg("从单向援疆", "单向", "单向 'one-way' (aid), not a quantity")
g.neg("向双向合作", "双向", "双向 'two-way' (cooperation), not a quantity (as wr_anhui_2025_b)")
AID = XJ_ALTS + ["援疆省市", "19个援疆省市"]
fact("19个援疆省市", "19个", value=19, unit="count", kind="count", classifier="个",
     metric="援疆省市",
     metric_alts=["援疆省市数量", "对口援疆省市", "安排援疆资金的援疆省市"], **LEVEL_YL,
     note="the partner provinces and cities aiding Xinjiang in 2024 (the set, a level of the "
          "year; year end as alt); 一年来 governs")
fact("援疆资金近200亿元", "200亿元", value=200e8, unit="CNY", kind="amount",
     bound="approx", metric="援疆资金",
     metric_alts=["安排援疆资金", "援疆资金规模", "对口援疆资金", "援疆省市安排援疆资金"],
     subject_alts=AID, **FLOW_YL,
     note="近 → approx (outside the span); judgement call: the aid funds arranged for "
          "Xinjiang in 2024 → the recipient region as subject, the 19 aiding provinces as "
          "alt; 一年来 governs")
g.neg("办成一批大事", "一批", VAGUE_NOTE)
CEN = XJ_ALTS + ["中央企业", "央企", "25家央企"]
fact("与25家央企", "25家", value=25, unit="count", kind="count", classifier="家",
     metric="签署投资协议的央企",
     metric_alts=["央企", "签约央企", "中央企业", "签署投资协议央企数量",
                  "与自治区签署投资协议的央企"], **FLOW_YL,
     note="central state firms that signed agreements at the 2024 meeting; 一年来 governs")
fact("签署投资协议9400亿元", "9400亿元", value=9400e8, unit="CNY", kind="amount",
     metric="签署投资协议",
     metric_alts=["投资协议", "投资协议金额", "签约金额", "签署投资协议金额", "协议投资额",
                  "央企投资协议"], subject_alts=CEN, **FLOW_YL,
     note="judgement call: the value of the agreements signed in 2024 (the signing is a "
          "past fact → actual; the investment itself is still to come); the region keeps "
          "the subject, the central firms as alt")

# ==== line 4 (source 32): defence (no facts) =========================================================
g.neg("“双拥”工作", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民, as wr_guangxi_2025_b)")

# ==== line 5 (source 33): thanks (no facts) ==========================================================
g.neg("各位代表!过去一年成绩", "过去一年", PERIOD_NOTE + " (the review year 2024; its line "
      "has no number)")
g.neg("万众一心", "万众一心", "idiom 万众一心 'millions united as one', not a quantity (as "
      "wr_china_2004)")

# ==== line 6 (source 34): shortcomings (no facts) ====================================================
g.neg("我们一定直面", "一定", "adverb 一定 'surely, must', not a quantity (as wr_china_1982)")

# ==== line 7 (source 35): heading 二、 ================================================================
g.neg("二、2025年重点工作", "二、", MARKER_NOTE)
g.neg("二、2025年重点工作", "2025年", PERIOD_NOTE + " (section heading: the year of the plan, "
      "2025; the period text of the targets in line 9)")

# ==== line 8 (source 36): 今年是自治区成立70周年 (no facts) ===========================================
g.neg("自治区成立70周年", "70周年", ANNIV_NOTE.format("of the founding of the autonomous "
      "region, 1955-2025"))
g.neg("也是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("意义十分重大", "十分", "adverb 十分 'very', not a quantity (as wr_guangdong_2025)")

# ==== line 9 (source 37): 2025 expected targets =======================================================
fact("工业增加值增长8%左右", "8%", value=8, unit="%", kind="growth", bound="approx",
     metric="规模以上工业增加值",
     metric_alts=["规上工业增加值", "工业增加值", "规模以上工业增加值增速"], comparison="yoy",
     **TARGET, note="左右 → approx (outside the span); " + TARGET_NOTE)
fact("固定资产投资增长10%左右", "10%", value=10, unit="%", kind="growth", bound="approx",
     metric="固定资产投资", metric_alts=["全疆固定资产投资", "固定资产投资增速"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TARGET_NOTE)
fact("零售总额增长5%左右", "5%", value=5, unit="%", kind="growth", bound="approx",
     metric="社会消费品零售总额", metric_alts=["社会消费品零售额", "社零总额"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TARGET_NOTE)
fact("贸易总额增长12%左右", "12%", value=12, unit="%", kind="growth", bound="approx",
     metric="进出口贸易总额",
     metric_alts=["进出口总额", "外贸进出口总额", "进出口", "进出口贸易总额增速"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TARGET_NOTE)
fact("预算收入增长10%左右", "10%", value=10, unit="%", kind="growth", bound="approx",
     metric="一般公共预算收入",
     metric_alts=["地方一般公共预算收入", "公共预算收入", "财政收入"], comparison="yoy",
     **TARGET, note="左右 → approx; " + TARGET_NOTE)
fact("城镇新增就业46万人以上", "46万人", value=460000, unit="count", kind="count",
     classifier="人", bound="ge", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增城镇就业", "新增就业"], **TARGET,
     note="以上 → ge (outside the span); " + TARGET_NOTE)
fact("控制在5.5%以内", "5.5%", value=5.5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率", "失业率"], **TARGET,
     note="a rate → share (SPEC §2); 以内 → le (outside the span); " + TARGET_NOTE)
fact("城镇居民人均可支配收入增长6%左右", "6%", value=6, unit="%", kind="growth",
     bound="approx", metric="城镇居民人均可支配收入",
     metric_alts=["城镇居民收入", "城镇常住居民人均可支配收入", "城镇居民人均可支配收入增速"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TARGET_NOTE)
fact("农村居民人均可支配收入增长7%左右", "7%", value=7, unit="%", kind="growth",
     bound="approx", metric="农村居民人均可支配收入",
     metric_alts=["农村居民收入", "农村常住居民人均可支配收入", "农村居民人均可支配收入增速"],
     comparison="yoy", **TARGET, note="左右 → approx; " + TARGET_NOTE)
fact("涨幅保持在2%左右", "2%", value=2, unit="%", kind="growth", bound="approx",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note="涨幅 = growth of the price level; 左右 → approx; " + TARGET_NOTE)
fact("粮食产量476亿斤以上", "476亿斤", value=476e8 * JIN, unit="t", kind="amount",
     bound="ge", metric="粮食产量", metric_alts=["粮食总产量", "粮食总产", "粮食"], **TARGET,
     note="以上 → ge; 476亿斤 × 0.0005 t = 2.38e7 t (SPEC §3 斤); the 2025 harvest; "
          + TARGET_NOTE)
fact("能耗降低3%以上", "3%", value=-3, unit="%", kind="growth", bound="ge",
     metric="单位地区生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位生产总值能耗", "单位地区生产总值能耗降低"],
     comparison="yoy", **TARGET,
     note="降低 → negative value; 以上 → ge, the surface bound (as wr_china_2016_b 减少12%以上); "
          + TARGET_NOTE)

# ==== line 10 (source 38): the plenums (no facts) ======================================================
g.neg("自治区党委十届十二次、十三次全会", "十届十二次、十三次全会", "plenum labels of the "
      "regional Party committee (SPEC §1, README span as 二十届二中、三中全会)")

# ==== line 11 (source 39): heading (一) =================================================================
g.neg("(一)加快重点领域", "(一)", MARKER_NOTE)

NOTES = (
    "Excerpt: lines 29-39 of shared/texts/work_report/wr_xinjiang_2025.txt (2,355 characters "
    "with the final newline), sliced by code; the line range is given by the brief. Parts of "
    "the document: lines 29-34 close part 一、2024年工作回顾 (heading on source line 7, outside "
    "the excerpt): the government's own work, the 兵团, 对口援疆, defence, the thanks and the "
    "shortcomings; lines 35-39 open part 二、2025年重点工作: the heading, 今年是自治区成立70周年…, "
    "the 2025 expected targets (line 37), the line on the plenums and the heading of task (一). "
    "Lines 7-26 are annotated in wr_xinjiang_2025 / _b / _c (no overlap). Title, source line "
    "and dateline are outside the excerpt (title_in_text=False; the title as the source's "
    "first line, as wr_xinjiang_2025). Date: 2025-01-19, the delivery date in the report's "
    "header (source line 3: 2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上); "
    "the corpus meta agrees. Place: 新疆维吾尔自治区 (新疆, 全疆, 自治区, 全区 → alts; the "
    "government's own work adds 自治区人民政府 etc.); the 12345 hotline, the “互联网+督查” "
    "platform, the 19 aiding provinces and the central firms are subject alts, the region "
    "keeps the subject. Periods: line 29 opens with 过去一年 and line 31 names 一年来 before "
    "its numbers (explicit, 2024, null as alt); 累计办理11.37万件 → instant 2024-12-31, the year "
    "and null as alts; 办结率, the 13 reforms online and the 19 aid partners → the year, "
    "year end as alt. Line 37 (2025 targets) has no period word of its own: the heading's "
    "frame 2025 (period text 2025年, null as alt), modality target. Modality: actual in the "
    "review, target in line 37. Bounds: 左右 → approx; 以上 → ge (降低3%以上 → −3 ge, the "
    "surface bound); 以内 → le; 余 → gt; 近 → approx. Units: 亿斤 × 0.0005 t (476亿斤 = "
    "2.38e7 t); 亿元 1e8; counts with 部/件/条/个/项/家. Judgement calls: 研究推动…下放行政职权48"
    "项 read as actual; 援疆资金近200亿元 owned by the recipient region (aiding provinces as "
    "alt); 签署投资协议9400亿元 actual (agreements signed); 八条举措 a count of measures; "
    "70年来 a period expression (negative), not a duration. Negatives: 过去一年 ×2, 逢九必讲, "
    "一件事 ×2, 首批, 12345, 八项规定, 四个坚决不, 70周年 ×2, 70年来, 一年来 ×2, 一批 ×3, "
    "第九次, 单向, 双向, 双方, 双拥, 万众一心, 一定, 二、, 2025年, 十四五, 十分, 十届十二次、十三次全会, "
    "(一). Lexicalized, not listed: 统一, 清单, 一些, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_xinjiang_2025.txt lines {FIRST}–{LAST} "
        "(2025年新疆政府工作报告, 来源：新疆日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
