"""Gold annotations for wr_xizang_2025 (2025年西藏自治区政府工作报告), lines 16-25 of
shared/texts/work_report/wr_xizang_2025.txt.

The excerpt corpora/wr_xizang_2025.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last two review items 六是 (livelihoods) and 七是
(ecology, borders) of the 2024 review, the two 一年来 paragraphs (defence and public
services; the government's own work), the 对口援藏 30周年 paragraph, the thanks and the
problems paragraphs, the heading 2025年工作安排, its opening paragraph (今年是…, 60年来…) and
the 2025 经济社会发展主要预期目标 (line 25, whole).  The brief asks for the end of the review
with the targets: lines 16-25 make 2,163 characters; adding review item 五是 (source line
15, 442 characters) would pass 2,500, and lines 17-25 stay under 2,000.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_xizang_2025.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_xizang_2025"
PLACE = "西藏自治区"
REF = "2025-01-19"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 16, 25                    # 1-based, inclusive, whole lines
TITLE = "2025年西藏政府工作报告"
XZ_ALTS = ["西藏", "全区", "我区", "自治区"]
GOV_ALTS = XZ_ALTS + ["西藏自治区人民政府", "自治区人民政府", "自治区政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="六是民生保障全面加强。", ends="分别控制在5%和3%以内。")
text = g.text
fact = g.with_subject(PLACE, XZ_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
IDIOM_NOTE = "idiom / slogan, not a quantity claim"

# ---- periods (reference date 2025-01-19; 过去一年 / 一年来 = 2024, 今年 = 2025) ----------------
# Lines 1-2 (六是, 七是) are items of the review whose heading 2024年工作回顾 (source line 8)
# lies outside the excerpt: they state no period of their own and take the review year 2024
# as section frame (SPEC §4), with the excerpt's own name of that year, 一年来 (lines 3-4), as
# period text and null in period_alts (as wr_gansu_2025 / wr_jilin_2025).  Line 4 opens with
# 一年来 itself (explicit, same dates).  Stocks (累计) → instant 2024-12-31 with the year and
# null as alts.  Line 9 (今年是…) holds 60年来 (the sixty full years before the reference
# year, 1965-2024, SPEC §4 as 近三年; the region was founded in 1965) for the 翻了七番 multiple.
# Line 10 (主要预期目标) states no period: it takes the frame of its section, the heading
# 2025年工作安排 (line 8): period text 2025年, 2025-01-01..2025-12-31, null as alt; modality
# target.
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = P("一年来", None, None)
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
STOCK = dict(period=Y24_END, period_alts=[Y24, Y24_NULL])
STOCK_NOTE = ("stock under the review year 2024: instant 2024-12-31; the literal year and "
              "null in period_alts")
T25 = P("2025年", "2025-01-01", "2025-12-31")
TARGET = dict(period=T25, period_alts=[P("2025年", None, None)], modality="target")
TARGET_NOTE = ("主要预期目标 → target; section frame of the heading 2025年工作安排 (2025), "
               "null as alt")

# ---- line 1: 六是 livelihoods ----------------------------------------------------------------
g.neg("六是民生保障", "六是", MARKER_NOTE)
fact("落实资金129亿元", "129亿元", value=129e8, unit="CNY", kind="amount",
     metric="落实资金",
     metric_alts=["民生资金", "民生实事资金", "资金", "落实民生资金", "民生投入"], **FLOW,
     note="funds put in place for the livelihood projects of 2024; the line states no "
          "period: section frame 2024 (period text 一年来), null as alt")
fact("办好21项民生实事", "21项", value=21, unit="count", kind="count", classifier="项",
     metric="民生实事",
     metric_alts=["办好民生实事", "民生实事数量", "全力办好民生实事"], **FLOW)
fact("就业率95%以上", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="应届高校毕业生就业率",
     metric_alts=["高校毕业生就业率", "毕业生就业率", "应届高校毕业生就业比例"], **FLOW,
     note="以上 → ge (outside the span); a rate → share")
fact("农牧民转移就业64.8万人", "64.8万人", value=648000, unit="count", kind="count",
     classifier="人", metric="农牧民转移就业",
     metric_alts=["农牧民转移就业人数", "转移就业", "农村劳动力转移就业"], **FLOW)
fact("城镇新增就业5.1万人", "5.1万人", value=51000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业",
     metric_alts=["城镇新增就业人数", "新增就业"], **FLOW)
fact("招生规模突破1万人", "1万人", value=10000, unit="count", kind="count", classifier="人",
     bound="gt", metric="西藏班招生规模",
     metric_alts=["西藏班招生", "西藏班招生人数", "内地西藏班招生规模", "招生规模"], **FLOW,
     note="突破 → gt (outside the span); the region's students enrolled in the 西藏班 "
          "(classes for Tibetan pupils) in 2024")
g.neg("“五个针对”", "五个针对", LABEL_NOTE + " (“五个针对”, a set of health-work "
      "requirements)")
g.neg("“八项行动”", "八项行动", LABEL_NOTE + " (卫生健康“八项行动”, a programme named by its "
      "parts) — judgement call; a count of 8 actions is the alternative")
g.neg("全国首个民族医类", "首个", FIRST_NOTE)
fact("低氟健康茶3459吨", "3459吨", value=3459, unit="t", kind="amount",
     metric="发放低氟健康茶",
     metric_alts=["低氟健康茶", "低氟健康茶发放量", "低氟茶", "发放低氟茶"], **FLOW)
fact("文化惠民活动10万余场次", "10万余场次", value=100000, unit="count", kind="count",
     classifier="场次", bound="gt", metric="文化惠民活动",
     metric_alts=["各类文化惠民活动", "开展文化惠民活动", "文化惠民活动场次",
                  "开展各类文化惠民活动"], **FLOW, note="余 inside the span → gt")
fact("喜摘奖牌82枚", "82枚", value=82, unit="count", kind="count", classifier="枚",
     metric="奖牌",
     metric_alts=["全国冬运会、民运会奖牌", "冬运会、民运会奖牌", "摘得奖牌", "奖牌数",
                  "奖牌数量", "喜摘奖牌"],
     subject_alts=XZ_ALTS + ["我区健儿", "西藏健儿", "西藏代表团"], **FLOW,
     note="the region's athletes (我区健儿) own the medals: subject the region, the athletes as "
          "alt (as wr_jilin_2025 金牌); both Games were held in 2024")

# ---- line 2: 七是 ecology, borders ------------------------------------------------------------
g.neg("七是安全屏障", "七是", MARKER_NOTE)
fact("完成营造林106万亩", "106万亩", value=106e4, unit="mu", kind="amount",
     metric="营造林",
     metric_alts=["完成营造林", "营造林面积", "造林面积", "营造林任务"], **FLOW,
     note="area planted in 2024; 亩 stays mu (SPEC §3)")
fact("退化草原600万亩", "600万亩", value=600e4, unit="mu", kind="amount",
     metric="修复治理退化草原",
     metric_alts=["退化草原修复治理", "退化草原", "修复治理退化草原面积",
                  "退化草原修复治理面积"], **FLOW)
fact("庭院绿化面积6000亩", "6000亩", value=6000, unit="mu", kind="amount",
     metric="新增庭院绿化面积",
     metric_alts=["庭院绿化面积", "庭院绿化", "庭院绿化面积增量", "新增庭院绿化"], **FLOW)
NB = dict(subject="南北山绿化工程",
          subject_alts=["南北山绿化", "拉萨南北山绿化工程", PLACE] + XZ_ALTS)
fact("巩固提升近70万亩", "70万亩", value=70e4, unit="mu", kind="amount", bound="approx",
     metric="营造林、播种造林、巩固提升",
     metric_alts=["累计完成营造林、播种造林、巩固提升", "营造林、播种造林、巩固提升面积",
                  "南北山绿化工程累计完成营造林、播种造林、巩固提升", "绿化面积", "营造林",
                  "累计完成营造林", "南北山绿化工程营造林"],
     **NB, **STOCK,
     note="近 → approx (outside the span); one amount over the three kinds of work (list as "
          "metric, parts as alts); the programme owns the number (the region as alt); 累计 "
          "since the programme began (2021) → " + STOCK_NOTE)
g.neg("三江源国家公园", "三江源", "place name 三江源 (source region of three rivers), not a "
      "quantity")
fact("优良天数比例保持99%以上", "99%", value=99, unit="%", kind="share", bound="ge",
     metric="环境空气质量优良天数比例",
     metric_alts=["空气质量优良天数比例", "优良天数比例", "空气质量优良率",
                  "环境空气质量优良天数比率"], **FLOW,
     note="以上 → ge (outside the span); the share of the days of 2024")
g.neg("优于Ⅲ类标准", "Ⅲ类", "water-quality class label (GB 3838 grade Ⅲ), a threshold, not "
      "a quantity (as wr_henan_2025 Ⅱ类)")
g.neg("建立首个人工林", "首个", FIRST_NOTE)
g.neg("完成首笔绿电交易", "首笔", FIRST_NOTE)
g.neg("富民“七大工程”", "七大", "set label N大 (国家固边兴边富民“七大工程”, the seven programmes "
      "named as a group), not a count claim")

# ---- line 3: 一年来 (defence, public services; no facts) ------------------------------------
g.neg("一年来，我们全力做好", "一年来", PERIOD_NOTE + " (the review year 2024; no number "
      "follows in its line; the period text of the section frame)")
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥: 拥军优属、拥政爱民)")

# ---- line 4: 一年来 (the government's own work) ---------------------------------------------
g.neg("一年来，我们全面加强", "一年来", PERIOD_NOTE + " (the review year 2024; opens the "
      "line and governs it)")
g.neg("捍卫“两个确立”", "两个", "set label “两个确立”, not a count claim")
g.neg("做到“两个维护”", "两个", "set label “两个维护”, not a count claim")
Y24_EXPL = dict(period=Y24, period_alts=[Y24_NULL])
GOV_NOTE = ("the regional government's own work (我们): subject the document's place, the "
            "government as alt (as wr_jilin_2025); 一年来 opens the line (= 2024)")
fact("审议法规议案7件", "7件", value=7, unit="count", kind="count", classifier="件",
     metric="提请人大常委会审议法规议案",
     metric_alts=["法规议案", "提请审议法规议案", "提请审议的法规议案", "法规议案数量"],
     subject_alts=GOV_ALTS, **Y24_EXPL, note=GOV_NOTE)
fact("政府规章12件", "12件", value=12, unit="count", kind="count", classifier="件",
     metric="修订、制定政府规章",
     metric_alts=["政府规章", "修订制定政府规章", "修订、制定的政府规章", "政府规章数量"],
     subject_alts=GOV_ALTS, **Y24_EXPL, note=GOV_NOTE)
fact("人大代表建议246件", "246件", value=246, unit="count", kind="count", classifier="件",
     metric="人大代表建议",
     metric_alts=["办理人大代表建议", "代表建议", "人大代表建议数量", "办理的人大代表建议"],
     subject_alts=GOV_ALTS, **Y24_EXPL, note=GOV_NOTE)
fact("政协委员提案330件", "330件", value=330, unit="count", kind="count", classifier="件",
     metric="政协委员提案",
     metric_alts=["办理政协委员提案", "政协提案", "政协委员提案数量", "办理的政协委员提案"],
     subject_alts=GOV_ALTS, **Y24_EXPL, note=GOV_NOTE + "; verb 办理 shared with 246件")

# ---- line 5: 对口援藏 30周年 (no facts) ---------------------------------------------------------
g.neg("2024年是党中央作出", "2024年", PERIOD_NOTE + " (2024; no number fact follows in its "
      "line)")
g.neg("重大战略决策30周年", "30周年", "anniversary 30周年 (of the 1994 decision on paired "
      "assistance), an event label, not a quantity claim (as wr_yunnan_2025 75周年)")
g.neg("30年来，中央支持", "30年来", PERIOD_NOTE + " (the thirty years of paired assistance, "
      "1994-2024); no number fact follows")
g.neg("特别是党的十八大以来", "十八大", "congress label 十八大 (SPEC §1)")
g.neg("第四次对口支援", "第四次", "edition label of a meeting (第四次对口支援西藏工作会议), not "
      "a count")

# ---- line 6: thanks ---------------------------------------------------------------------------
g.neg("回顾过去一年", "过去一年", PERIOD_NOTE + " (the review year 2024; no number follows)")

# ---- line 7: problems ---------------------------------------------------------------------------
g.neg("仍有一定差距", "一定", "一定 'a certain (gap)', not a quantity")

# ---- line 8: heading ----------------------------------------------------------------------------
g.neg("2025年工作安排", "2025年", PERIOD_NOTE + " (section heading: the targets' year 2025; "
      "the period text of the targets)")

# ---- line 9: 今年是… (60年来) ------------------------------------------------------------------
g.neg("今年是“十四五”", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("是自治区成立60周年", "60周年", "anniversary 60周年 (of the founding of the autonomous "
      "region in 1965), an event label, not a quantity claim")
g.neg("60年来，西藏经济总量", "60年来", PERIOD_NOTE + " (the sixty full years before the "
      "reference year, 1965-2024: the period of 翻了七番)")
fact("翻了七番以上", "翻了七番", value=128, unit="times", kind="ratio", bound="ge",
     metric="西藏经济总量和全体居民人均可支配收入",
     metric_alts=["经济总量", "全体居民人均可支配收入", "西藏经济总量", "地区生产总值",
                  "居民人均可支配收入", "经济总量和全体居民人均可支配收入", "人均可支配收入"],
     period=P("60年来", "1965-01-01", "2024-12-31"),
     period_alts=[P("60年来", None, None), P("60年来", "2024-01-01", "2024-12-31"),
                  P("60年来", "1965-01-01", "2025-01-19")],
     note="judgement call: 翻了七番 'doubled seven times' → the level is 2^7 = 128 times that "
          "of 1965: a multiple, kind ratio (as nw_cctv_20160918_heilongjiang_2016 翻一番 → 2 "
          "times); 以上 → ge (outside the span); one quantity over two indicators (经济总量 and "
          "人均可支配收入) → one fact, each as metric alt; the span keeps 翻 (翻N番 is one "
          "lexicalized multiple) and the 了 inside it; comparison null (README §6: non-growth "
          "facts). Period 60年来 = 1965-2024 (the region's founding year to the last full "
          "year); the year 2024 (the compared level), up to the reference date and null as "
          "alts. Known false alarm: the shared check_gold.py reads 七 as 7")
g.neg("短短几十年", "几十年", IDIOM_NOTE + " (短短几十年跨越上千年 'a few decades spanning a "
      "thousand years'), not a duration fact")
g.neg("跨越上千年", "上千年", IDIOM_NOTE + " (see 几十年)")
g.neg("党的十八大以来，随着", "十八大", "congress label 十八大 (SPEC §1)")
g.neg("自治区第十次党代会", "第十次", "edition label of a congress (自治区第十次党代会), not a "
      "count")
g.neg("聚焦“四件大事”", "四件大事", LABEL_NOTE + " (“四件大事”, the region's four major tasks)")
g.neg("聚力“四个创建”", "四个创建", LABEL_NOTE + " (“四个创建”)")
g.neg("走出了一条符合", "一条", "indefinite article 一条 ('a path'), not a count")
g.neg("我们一定要抓住", "一定", "adverb 一定 'certainly', not a quantity")
g.neg("抓住一切有利时机", "一切", "一切 'all', not a quantity")
g.neg("用好一切有利条件", "一切", "一切 'all', not a quantity")
g.neg("一张蓝图绘到底", "一张蓝图绘到底", IDIOM_NOTE + " (slogan 'draw one blueprint to the "
      "end')")
g.neg("一茬接着一茬干", "一茬接着一茬", IDIOM_NOTE + " (slogan 'one crop after another', "
      "i.e. generation after generation)")

# ---- line 10: 2025 main targets ----------------------------------------------------------------
GDP_ALTS = ["GDP", "生产总值", "经济增长", "经济增速", "地区生产总值增长", "GDP增长"]
fact("地区生产总值增长7%以上", "7%", value=7, unit="%", kind="growth", bound="ge",
     metric="地区生产总值", metric_alts=GDP_ALTS, comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 以上 → ge (outside the span)")
STRETCH = ("力争达到 N% → the stretch target (SPEC: 力争 → target), stated exactly → eq; "
           "the metric of the floor before it")
fact("力争达到8%", "8%", value=8, unit="%", kind="growth", metric="地区生产总值",
     metric_alts=GDP_ALTS, comparison="yoy", **TARGET, note=STRETCH)
FAI = ["固定资产投资", "全社会固定资产投资增长", "固定资产投资增速"]
fact("投资增长15%以上", "15%", value=15, unit="%", kind="growth", bound="ge",
     metric="全社会固定资产投资", metric_alts=FAI, comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 以上 → ge")
fact("力争达到20%", "20%", value=20, unit="%", kind="growth", metric="全社会固定资产投资",
     metric_alts=FAI, comparison="yoy", **TARGET, note=STRETCH)
RETAIL = ["社会消费品零售额", "社零总额", "社会消费品零售总额增长"]
fact("零售总额增长8%以上", "8%", value=8, unit="%", kind="growth", bound="ge",
     metric="社会消费品零售总额", metric_alts=RETAIL, comparison="yoy", **TARGET,
     note=TARGET_NOTE + "; 以上 → ge")
fact("力争达到10%", "10%", value=10, unit="%", kind="growth", metric="社会消费品零售总额",
     metric_alts=RETAIL, comparison="yoy", **TARGET, note=STRETCH)
fact("工业增加值增长16%", "16%", value=16, unit="%", kind="growth",
     metric="规上工业增加值", metric_alts=["规模以上工业增加值", "工业增加值"],
     comparison="yoy", **TARGET, note=TARGET_NOTE + "; no bound word → eq")
INC_NOTE = ("分别: 城乡 → 城镇居民 ↔ 8%, 农村居民 ↔ 10%; the elided heads restored (README §3)")
fact("分别增长8%和10%", "8%", value=8, unit="%", kind="growth",
     metric="城镇居民人均可支配收入",
     metric_alts=["城镇常住居民人均可支配收入", "城镇居民收入", "城镇居民人均可支配收入增长"],
     comparison="yoy", **TARGET, note=INC_NOTE)
fact("分别增长8%和10%", "10%", value=10, unit="%", kind="growth",
     metric="农村居民人均可支配收入",
     metric_alts=["农村常住居民人均可支配收入", "农村居民收入", "农村居民人均可支配收入增长",
                  "农牧民人均可支配收入"],
     comparison="yoy", **TARGET, note=INC_NOTE)
LIMIT = ("分别控制在5%和3%以内: 城镇调查失业率 ↔ 5%, 居民消费价格涨幅 ↔ 3%; a trailing 以内 "
         "after a 分别 list covers every value (README §6, as 以上) → le, le")
fact("控制在5%和3%以内", "5%", value=5, unit="%", kind="share", bound="le",
     metric="城镇调查失业率", metric_alts=["调查失业率"], **TARGET,
     note=LIMIT + "; a rate → share")
fact("控制在5%和3%以内", "3%", value=3, unit="%", kind="growth", bound="le",
     metric="居民消费价格",
     metric_alts=["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格"], comparison="yoy",
     **TARGET, note=LIMIT + "; 涨幅 = growth of the price level")

NOTES = (
    "Excerpt: lines 16-25 of shared/texts/work_report/wr_xizang_2025.txt (2,163 characters "
    "with the final newline), sliced by code: review items 六是 (livelihoods) and 七是 "
    "(ecology, borders), the two 一年来 paragraphs, the 对口援藏 30周年 paragraph, the thanks "
    "and problems paragraphs, the heading 2025年工作安排, its opening paragraph (今年是…) and "
    "the 2025 经济社会发展主要预期目标 (line 25, whole): the end of the review with the targets, "
    "as briefed. Lines 15-25 would make 2,605 characters, lines 17-25 only 1,921. Title, "
    "source line and dateline are outside the excerpt (title_in_text=False; title as the "
    "source's first line). Date: 2025-01-19, the delivery date in the report's header "
    "(source line 3: ——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上); the corpus "
    "meta agrees; nothing in the excerpt contradicts it (2024 results, 2025 targets; the "
    "定日 earthquake of 今年1月7日 is reported in source line 7). Place: 西藏自治区 (西藏, 全区, "
    "我区, 自治区 → alts); the government's own work (7件, 12件, 246件, 330件) adds the "
    "government as alt; 我区健儿 own the medals (region as subject); 南北山绿化工程 owns its "
    "cumulative 70万亩. Periods: lines 1-2 state no period and take the review year 2024 "
    "(heading 2024年工作回顾, source line 8) as section frame with the excerpt's name of it, "
    "一年来 (lines 3-4), as period text and null as alt; line 4 opens with 一年来 (explicit); "
    "the 累计 area is the instant 2024-12-31; 翻了七番 takes 60年来 = 1965-2024; the targets "
    "(line 10) take the heading 2025年工作安排 (2025, null as alt), modality target. Bounds: "
    "以上 → ge; 力争达到 N% → eq (the stretch target); 分别控制在5%和3%以内 → le for both; "
    "突破/余 → gt; 近 → approx. Judgement calls: 翻了七番以上 → ratio 128 times ge, one fact "
    "over 经济总量 and 人均可支配收入 (check_gold.py reads 7: known false alarm); 力争达到 "
    "values → separate target facts with bound eq; 城乡居民…分别增长8%和10% → 城镇 / 农村 "
    "heads restored; “八项行动”, “五个针对”, “七大工程”, “四件大事”, “四个创建” → labels; "
    "几十年 / 上千年 → idiom (negatives). Negatives: 六是, 七是, 五个针对, 八项行动, 首个 ×2, "
    "三江源, Ⅲ类, 首笔, 七大, 一年来 ×2, 双拥, 两个 ×2, 2024年, 30周年, 30年来, 十八大 ×2, "
    "第四次, 过去一年, 一定 ×2, 2025年, 十四五, 60周年, 60年来, 几十年, 上千年, 第十次, 四件大事, "
    "四个创建, 一条, 一切 ×2, 一张蓝图绘到底, 一茬接着一茬. Lexicalized, not listed: 一些.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(来源：西藏日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
