"""Gold annotations for wr_china_2023_e (2023年中华人民共和国国务院政府工作报告, the itemised review
of the five years 2018-2022: science, industry, demand, regions, urbanisation, agriculture),
lines 41-50 of shared/texts/work_report/wr_china_2023.txt.

The excerpt corpora/wr_china_2023_e.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped.  The lines are given by the brief (a run of whole lines
that need not start at a heading, as unseen test excerpts are cut): the two paragraphs of
review item （四） (science and innovation; industry and the digital economy; its heading,
source line 40, lies outside), item （五） (heading; consumption and investment; regional
development; urbanisation), item （六） (heading; farm output; rural reform) and the heading
line of item （七） (opening-up).  All of it lies in part 一、过去一年和五年工作回顾, in the
itemised review of the five years of the outgoing government (五年来…主要做了以下工作, source
line 28, outside the excerpt).  Lines 6-14, 17-30, 31-39 and 51-60 are annotated in
wr_china_2023 / _b / _d / _c (no overlap).  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2023_e.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null, new

DOC_ID = "wr_china_2023_e"
PLACE = "中国"
REF = "2023-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_2023.txt"
FIRST, LAST = 41, 50                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2023年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="增强科技创新引领作用。",
                 ends="以高水平开放更有力促改革促发展。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act or standard: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2023_b / _c / _d)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2023-03-05; 去年 = 2022, 今年 = 2023) ---------------------------
# The excerpt lies in the itemised review of the five years of the outgoing government (part
# 一、过去一年和五年工作回顾; 过去五年…, source line 16; 五年来…主要做了以下工作, source line 28;
# both outside the excerpt).  The term began at the 1st session of the 13th NPC (March 2018),
# so the five years are the statistical years 2018-2022 (as wr_china_2023_b / _c / _d).
# Numbers with no period before them in their line take the section frame, the five years
# (period text 五年来, the wording of source line 28 that opens the itemised review; period
# text is not scored), null as alt (SPEC §4).  Within the frame, as wr_china_2023_b / _c / _d:
#   - totals and things done within the five years (新建高标准农田, 改造老旧小区), growth and
#     changes over the five years, levels held in every year (保持两位数增长) → the span;
#   - from/to pairs 从X提高到Y with no year written: X is the level before the span, Y the
#     level at its end.  Ratios of flows (实物商品网上零售额占比, 农作物耕种收综合机械化率) → the
#     years 2017 and 2022; stocks, rates of a population and standards in force (加计扣除比例,
#     轨道交通运营里程, 排水管道, 农村自来水普及率) → the instants 2017-12-31 and 2022-12-31;
#     the other readings and null as alts;
#   - levels reached (增加到, 达, 突破, 已超过 without a start) → the instant 2022-12-31 for a
#     stock (移动互联网用户数, 专精特新中小企业, 汽车保有量), the year 2022 for a yearly flow
#     (税收优惠政策年度规模);
#   - 多年累计 (no numeral) → the stock at the end of the review, instant 2022-12-31 (as
#     多年累计改造棚户区住房 in wr_china_2023_b); 14亿多中国人 → a population stock (as 14亿多
#     人口 in wr_china_2023_d).
# Explicit periods: 五年 (line 1: 五年增长1倍) → the span, its own dates; 十年 (line 6: 十年1.4亿
# 农村人口在城镇落户) → the ten years 2013-2022 (as 十年 in wr_china_2023_b); 每年 (line 6: 每年
# 有上千万农村人口转移到城镇) → text only, start/end null (README §5), the span as alt (as 每年 in
# wr_china_2023_c).  比五年前 (line 5) is a comparison basis (SPEC §4), not a period.
def five(txt):
    return P(txt, "2018-01-01", "2022-12-31")


def end5(txt):
    return P(txt, "2022-12-31", "2022-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow5(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


def made5(txt):
    """things done / built over the five years: the span, the stock reading (the set at the
    end of 2022) as alt."""
    return dict(period=five(txt), period_alts=[null(txt), end5(txt)])


def stock5(txt, *extra):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt), *extra])


def from_flow(txt):
    return dict(period=year(txt, 2017),
                period_alts=[P(txt, "2018-01-01", "2018-01-01"),
                             P(txt, "2017-12-31", "2017-12-31"), five(txt), null(txt)])


def to_flow(txt):
    return dict(period=year(txt, 2022), period_alts=[end5(txt), five(txt), null(txt)])


def from_stock(txt):
    return dict(period=P(txt, "2017-12-31", "2017-12-31"),
                period_alts=[P(txt, "2018-01-01", "2018-01-01"), year(txt, 2017), five(txt),
                             null(txt)])


def to_stock(txt):
    return dict(period=end5(txt), period_alts=[year(txt, 2022), five(txt), null(txt)])


S = "五年来"
W = "五年"
TEN = P("十年", "2013-01-01", "2022-12-31")
EACH = dict(period=null("每年"), period_alts=[five("每年")])

FRAME_NOTE = ("the line states no period before it: section frame, the five years 2018-2022 "
              "of the itemised review (period text 五年来, source line 28, outside the "
              "excerpt), null as alt")
SPAN_NOTE = "a total over the five years 2018-2022 → the span; " + FRAME_NOTE
MADE_NOTE = ("done / built within the five years → the span, the set at the end of 2022 as a "
             "further alt; " + FRAME_NOTE)
BASIS_NOTE = ("change over the five years; the basis is not written: the 2017 level before "
              "them → comparison 比2017年 (judgement call, as wr_china_2023_b / _c)")
FROM_FLOW_NOTE = ("start of a from/to pair with no year written: the level before the five "
                  "years, a ratio of flows → the year 2017 (alts: the span's start instant, "
                  "the end of 2017, the span, null)")
TO_FLOW_NOTE = ("end of the pair / a level reached at the end of the five years, a flow or a "
                "ratio of flows → the year 2022 (alts: the instant 2022-12-31, the span, null)")
FROM_STOCK_NOTE = ("start of a from/to pair with no year written: a stock (or a rate of a "
                   "population, a standard in force) before the five years → the instant "
                   "2017-12-31 (alts: the span's start instant, the year 2017, the span, null)")
TO_STOCK_NOTE = ("end of the pair / a level reached: the stock (or rate, standard) at the end "
                 "of the five years → the instant 2022-12-31 (stock rule; alts: the year "
                 "2022, the span, null)")
STOCK_NOTE = ("a stock under the five-year frame 2018-2022: instant 2022-12-31 (stock rule); "
              "the span and null in period_alts")
EACH_NOTE = ("每年 → text only, start/end null (README §5), the five-year span as alt (as "
             "wr_china_2023_c 每年惠及3700多万学生)")

# ==== line 1 (source 41): 增强科技创新引领作用 ====================================================
g.neg("实施一批科技创新重大项目", "一批", VAGUE_NOTE)
g.neg("基础研究经费五年增长", "五年", PERIOD_NOTE + " (the five years 2018-2022, explicit "
      "before 1倍)")
fact("五年增长1倍", "1倍", value=1, unit="times", kind="ratio", metric="基础研究经费",
     metric_alts=["全国基础研究经费", "基础研究经费投入", "基础研究投入", "基础研究经费增长倍数"],
     period=five(W), period_alts=[null(W), year(W, 2022)],
     note="增长N倍 → kind ratio, unit times, value as written, comparison null (as 五年增长1倍多 "
          "in wr_china_2001, 比前五年增长1.41倍 in wr_china_2008); the spending of 2022 is "
          "double that of 2017; 五年 explicit → the span, the year 2022 and null as alts")
DED = ["研发费用加计扣除比例", "企业研发费用加计扣除比例", "研发费用加计扣除比例标准",
       "加计扣除比例"]
DED_NOTE = ("a tax deduction rate (a rate, not a growth) → share (as the tax rates of "
            "wr_china_2023_b); 分别: 制造业企业 ↔ 50%, 科技型中小企业 ↔ 75% (each with its own %)")
gov("分别从50%", "50%", value=50, unit="%", kind="share",
    metric="制造业企业研发费用加计扣除比例", metric_alts=DED, **from_stock(S),
    note=DED_NOTE + "; the rate in force before the rise: " + FROM_STOCK_NOTE + "; "
         + FRAME_NOTE + "; " + GOV_NOTE)
gov("50%、75%提高", "75%", value=75, unit="%", kind="share",
    metric="科技型中小企业研发费用加计扣除比例", metric_alts=DED, **from_stock(S),
    note=DED_NOTE + "; " + FROM_STOCK_NOTE + "; " + GOV_NOTE)
gov("提高至100%", "100%", value=100, unit="%", kind="share",
    metric="企业研发费用加计扣除比例",
    metric_alts=["制造业企业研发费用加计扣除比例", "科技型中小企业研发费用加计扣除比例",
                 "制造业企业、科技型中小企业研发费用加计扣除比例", "研发费用加计扣除比例",
                 "加计扣除比例"], **to_stock(S),
    note="one quantity mention (提高至100%) for both kinds of firm → one fact (SPEC §1), "
         "each kind as a metric alt (as 均达50%以上 in wr_china_2023_c); the rate in force "
         "after the rise: " + TO_STOCK_NOTE + "; " + GOV_NOTE)
TAX = ["税收优惠政策年度规模", "支持创新的税收优惠政策规模", "支持创新的税收优惠",
       "各类支持创新的税收优惠政策年度规模", "支持创新税收优惠规模", "税收优惠规模",
       "创新税收优惠年度规模"]
gov("年度规模已超过万亿元", "万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
    metric="支持创新的税收优惠政策年度规模", metric_alts=TAX, **to_flow(S),
    note="超过 → gt (outside the span); 万亿元 with no digit = 1万亿元 = 1e12 CNY; the yearly "
         "size (年度规模) reached by the end of the five years (已) → a flow of the year "
         "2022: " + TO_FLOW_NOTE + "; " + FRAME_NOTE + "; " + GOV_NOTE)
fact("保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
     metric="企业研发投入",
     metric_alts=["企业研发经费投入", "企业研发投入增速", "企业研发经费", "企业研究与试验发展经费"],
     subject_alts=CN + ["企业"], comparison="yoy", **flow5(S),
     note="两位数增长 = growth of at least 10% (as wr_sichuan_2025 / nw_cctv_20240318_china_2024m2) "
          "→ 10 ge; held in every year (保持) → the span, comparison yoy (each year against "
          "the one before); " + FRAME_NOTE + ". Known false alarm: the shared check_gold.py "
          "reads 两位数 as 2")
g.neg("一大批创新企业", "一大批", "quantifier 一大批 'a great many' (SPEC §1), not a quantity")

# ==== line 2 (source 42): 推动产业向中高端迈进 ====================================================
g.neg("启动一批产业基础再造", "一批", VAGUE_NOTE)
fact("用户数增加到14.5亿户", "14.5亿户", value=14.5e8, unit="count", kind="count",
     classifier="户", metric="移动互联网用户数",
     metric_alts=["移动互联网用户", "移动互联网用户数量", "移动互联网用户规模", "移动互联网用户总数"],
     **to_stock(S),
     note="亿户 → count ×1e8, classifier 户; 增加到 without a start value: the user base (a "
          "stock) reached at the end of the five years → " + TO_STOCK_NOTE + "; " + FRAME_NOTE)
fact("专精特新中小企业达7万多家", "7万多家", value=7e4, unit="count", kind="count",
     classifier="家", bound="gt", metric="专精特新中小企业",
     metric_alts=["专精特新中小企业数量", "专精特新企业", "专精特新中小企业总数",
                  "专精特新中小企业户数"], **to_stock(S),
     note="达 → eq on the verb, 多 inside the span → gt; the firms certified so far (a stock) "
          "→ " + TO_STOCK_NOTE)

# ==== line 3 (source 43): （五）扩大国内有效需求 (no facts) =====================================
g.neg("（五）扩大国内有效需求", "（五）", MARKER_NOTE)

# ==== line 4 (source 44): 着力扩大消费和有效投资 ==================================================
CARS = ["汽车保有量规模", "全国汽车保有量", "汽车", "机动车保有量", "民用汽车保有量"]
fact("汽车保有量突破3亿辆", "3亿辆", value=3e8, unit="count", kind="count", classifier="辆",
     bound="gt", metric="汽车保有量", metric_alts=CARS, **to_stock(S),
     note="突破 → gt (outside the span); vehicles registered (保有量, a stock) reached at the "
          "end of the five years → " + TO_STOCK_NOTE + "; " + FRAME_NOTE)
fact("3亿辆、增长46.7%", "46.7%", value=46.7, unit="%", kind="growth", metric="汽车保有量",
     metric_alts=CARS, comparison="比2017年", **flow5(S, end5(S)),
     note="the rise of the vehicle stock over the five years; " + BASIS_NOTE + "; "
          + FRAME_NOTE + "; the end instant as a further alt")
ONLINE = ["实物商品网上零售额占社会消费品零售总额比重", "实物商品网上零售额占比",
          "网上零售额占社会消费品零售总额的比重", "实物商品网上零售额比重",
          "实物商品网上零售额占社零比重", "网上零售额占比"]
fact("比重从15.8%提高", "15.8%", value=15.8, unit="%", kind="share",
     metric="实物商品网上零售额占社会消费品零售总额的比重", metric_alts=ONLINE, **from_flow(S),
     note="the share of the year's retail sales made online (a ratio of flows) → "
          + FROM_FLOW_NOTE + "; " + FRAME_NOTE)
fact("提高到27.2%", "27.2%", value=27.2, unit="%", kind="share",
     metric="实物商品网上零售额占社会消费品零售总额的比重", metric_alts=ONLINE, **to_flow(S),
     note=TO_FLOW_NOTE)
g.neg("撬动社会投资成倍增加", "成倍", "成倍增加 'grew several-fold', a vague multiple with no "
      "value stated, not a fact (as 成倍增长 in wr_china_2008)")

# ==== line 5 (source 45): 增强区域发展平衡性协调性 ================================================
g.neg("比五年前增长", "五年前", "comparison basis 比五年前 (the level of 2017), a period "
      "expression, not a fact (SPEC §4: a basis is `comparison`; as 较五年前 in wr_china_2023_d)")
TRANSFER = ["转移支付资金", "中央财政转移支付资金", "对相关地区转移支付资金",
            "中央财政对革命老区、民族地区、边疆地区转移支付资金", "转移支付",
            "中央财政对相关地区转移支付"]
gov("转移支付资金比五年前增长66.8%", "66.8%", value=66.8, unit="%", kind="growth",
    metric="中央财政对相关地区转移支付资金", metric_alts=TRANSFER,
    subject_alts=GOV + CN + ["革命老区、民族地区、边疆地区"], comparison="比五年前",
    **flow5(S, year(S, 2022)),
    note="the transfers of 2022 against those of 2017 (a flow): comparison = the surface basis "
         "比五年前 (SPEC §2, as 较五年前 in wr_china_2023_d); the change over the five years → "
         "the span, null and the year 2022 as alts; " + FRAME_NOTE + "; the central budget "
         "pays (中央财政, a GOV alt); the regions that receive the transfers as a further alt")
g.neg("推进京津冀协同发展、长江经济带发展、长三角", "长三角",
      PLACE_NOTE.format("长三角, the Yangtze River Delta; as wr_anhui_2025_b"))

# ==== line 6 (source 46): 持续推进以人为核心的新型城镇化 ==========================================
fact("每年有上千万农村人口", "上千万", value=1e7, unit="count", kind="count", classifier="人",
     bound="ge", metric="转移到城镇的农村人口",
     metric_alts=["农村人口转移到城镇", "农村转移人口", "农村人口", "转移到城镇农村人口",
                  "农业转移人口", "农村人口转移"], **EACH,
     note="上千万 'upwards of ten million' → 1e7 ge, the lexicalized prefix stays in the span "
          "(as wr_china_2014_b 上千万住房困难群众); no measure word: 人 implied; the predicate "
          "转移到城镇 defines the counted people; " + EACH_NOTE)
g.neg("十年1.4亿农村人口", "十年", PERIOD_NOTE + " (the ten years 2013-2022, as 十年 in "
      "wr_china_2023_b; governs 1.4亿)")
fact("十年1.4亿农村人口", "1.4亿", value=1.4e8, unit="count", kind="count", classifier="人",
     metric="在城镇落户的农村人口",
     metric_alts=["农村人口在城镇落户", "农业转移人口落户城镇", "在城镇落户农村人口",
                  "农村人口落户城镇", "落户城镇的农村人口", "城镇落户"],
     period=TEN, period_alts=[null("十年"), five(S)],
     note="no measure word (1.4亿 + noun 农村人口): 人 implied; the predicate 在城镇落户 "
          "defines the counted people; 十年 = 2013-2022 (explicit), null and the five-year "
          "frame as alts")
g.neg("推动成渝地区双城经济圈", "双城", PLACE_NOTE.format("成渝地区双城经济圈, the Chengdu-"
      "Chongqing economic circle; as doc002"))
RAIL = ["轨道交通运营里程", "城市轨道交通运营里程", "城轨交通运营里程", "轨道交通里程",
        "城市轨道交通里程", "轨道交通运营线路长度"]
fact("运营里程从4500多公里", "4500多公里", value=4.5e6, unit="m", kind="amount", bound="gt",
     metric="轨道交通运营里程", metric_alts=RAIL[1:], **from_stock(S),
     note="多 inside the span → gt; 公里 = 1e3 m; the length of the urban rail network in "
          "operation (a stock; 城市基础设施 is the sentence's topic, 城市轨道交通 as alt) → "
          + FROM_STOCK_NOTE + "; " + FRAME_NOTE)
fact("增加到近1万公里", "1万公里", value=1e7, unit="m", kind="amount", bound="approx",
     metric="轨道交通运营里程", metric_alts=RAIL[1:], **to_stock(S),
     note="近 → approx (outside the span); 万公里 = 1e7 m; " + TO_STOCK_NOTE)
PIPE = ["排水管道长度", "城市排水管道长度", "城市排水管道", "排水管道里程", "排水管网长度"]
fact("排水管道从63万公里", "63万公里", value=6.3e8, unit="m", kind="amount",
     metric="排水管道", metric_alts=PIPE, **from_stock(S),
     note="万公里 = 1e7 m; the length of the drainage network (a stock; the metric is the "
          "noun as written, 长度 in alts) → " + FROM_STOCK_NOTE)
fact("增加到89万公里", "89万公里", value=8.9e8, unit="m", kind="amount",
     metric="排水管道", metric_alts=PIPE, **to_stock(S), note=TO_STOCK_NOTE)
fact("改造城镇老旧小区16.7万个", "16.7万个", value=16.7e4, unit="count", kind="count",
     classifier="个", metric="改造城镇老旧小区",
     metric_alts=["城镇老旧小区", "老旧小区改造", "城镇老旧小区改造", "改造老旧小区",
                  "城镇老旧小区改造数量", "老旧小区"], **made5(S),
     note="万个 → count ×1e4; estates renovated over the five years → " + MADE_NOTE)
fact("惠及2900多万家庭", "2900多万", value=2900e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="老旧小区改造惠及家庭",
     metric_alts=["惠及家庭", "家庭", "受益家庭", "惠及家庭数", "城镇老旧小区改造惠及家庭",
                  "惠及"], **made5(S),
     note="多 inside the span → gt; no measure word after 2900多万 (noun 家庭): 户 implied "
          "(judgement call; households are counted in 户, SPEC §3); the households reached by "
          "the renovation of the clause before → the same period: " + MADE_NOTE)

# ==== line 7 (source 47): （六）保障国家粮食安全 (no facts) =====================================
g.neg("（六）保障国家粮食安全", "（六）", MARKER_NOTE)

# ==== line 8 (source 48): 提升农业综合生产能力 ====================================================
fact("新建高标准农田4.56亿亩", "4.56亿亩", value=4.56e8, unit="mu", kind="amount",
     metric="新建高标准农田",
     metric_alts=["高标准农田", "高标准农田建设", "高标准农田面积", "新建高标准农田面积",
                  "建设高标准农田", "高标准农田面积增量"], **made5(S),
     note="亿亩 → mu ×1e8 (亩 stays mu, SPEC §3); farmland upgraded over the five years → "
          + MADE_NOTE)
g.neg("提高单产和品质", "单产", "lexicalized 单产 'yield per unit area'; 单 is not a quantity "
      "(as 单位, README §2)")
MECH = ["农作物耕种收综合机械化率", "耕种收综合机械化率", "综合机械化率", "农业机械化率",
        "农作物综合机械化率", "主要农作物耕种收综合机械化率"]
fact("机械化率从67%提高", "67%", value=67, unit="%", kind="share",
     metric="农作物耕种收综合机械化率", metric_alts=MECH[1:], **from_flow(S),
     note="the share of the year's ploughing, sowing and harvest done by machine (a ratio of "
          "the year's operations, judgement call: flow reading, the instants in alts) → "
          + FROM_FLOW_NOTE + "; " + FRAME_NOTE)
fact("提高到73%", "73%", value=73, unit="%", kind="share",
     metric="农作物耕种收综合机械化率", metric_alts=MECH[1:], **to_flow(S), note=TO_FLOW_NOTE)
fact("14亿多中国人", "14亿多", value=14e8, unit="count", kind="count", classifier="人",
     bound="gt", metric="人口",
     metric_alts=["中国人", "总人口", "人口数量", "人口规模", "全国人口"],
     **stock5(S, P(S, REF, REF)),
     note="judgement call: 14亿多中国人的饭碗 states the size of the population (more than 1.4 "
          "billion) → a count fact (多 inside the span → gt; 人 implied), a stock under the "
          "five-year frame → instant 2022-12-31 (as 14亿多人口 in wr_china_2023_d), the span, "
          "null and the reference date as alts")

# ==== line 9 (source 49): 扎实推进农村改革发展 ====================================================
WATER = ["农村自来水普及率水平", "自来水普及率", "农村自来水覆盖率", "农村集中供水率"]
fact("自来水普及率从80%提高", "80%", value=80, unit="%", kind="share",
     metric="农村自来水普及率", metric_alts=WATER, **from_stock(S),
     note="the share of the rural population with tap water (a rate of a population, as "
          "城镇化率) → " + FROM_STOCK_NOTE + "; " + FRAME_NOTE)
fact("提高到87%", "87%", value=87, unit="%", kind="share",
     metric="农村自来水普及率", metric_alts=WATER, **to_stock(S), note=TO_STOCK_NOTE)
SHANTY_NOTE = ("多年累计 (no numeral): a cumulative total over many years, beyond the five → "
               "the stock at the end of the review, instant 2022-12-31 (stock rule), the five-"
               "year span and null as alts (as 多年累计改造棚户区住房 in wr_china_2023_b)")
fact("改造农村危房2400多万户", "2400多万户", value=2400e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="改造农村危房",
     metric_alts=["农村危房改造", "农村危房", "累计改造农村危房", "农村危房改造户数",
                  "改造农村危房户数", "危房改造"], **stock5(S),
     note="多 inside the span → gt; 万户 → count ×1e4, classifier 户; " + SHANTY_NOTE)

# ==== line 10 (source 50): （七）坚定扩大对外开放 (no facts) ====================================
g.neg("（七）坚定扩大对外开放", "（七）", MARKER_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2023.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the line range is "
    "given by the brief (a run of whole lines starting mid-section, as unseen test excerpts "
    "are cut). It lies in part 一、过去一年和五年工作回顾, in the itemised review of the five "
    "years 2018-2022 (五年来…主要做了以下工作, source line 28, outside the excerpt): the two "
    "paragraphs of item （四） (science and innovation; industry and the digital economy; its "
    "heading, source line 40, outside), item （五） (heading; consumption and investment; "
    "regions; urbanisation), item （六） (heading; farm output; rural reform) and the heading "
    "line of item （七）. Lines 6-14, 17-30, 31-39 and 51-60 are annotated in wr_china_2023 / "
    "_b / _d / _c (no overlap). Title, dateline and speaker are outside the excerpt; the title "
    "is the corpus meta title (the source's first line reads only 政府工作报告), "
    "title_in_text=False. Date: 2023-03-05, the delivery date in the dateline (source line 2: "
    "——2023年3月5日在第十四届全国人民代表大会第一次会议上); the shared meta agrees. Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own acts "
    "and standards (加计扣除比例, 税收优惠, 转移支付) add 中央政府/国务院/中央财政. Periods: the "
    "five-year review 2018-01-01..2022-12-31 (as wr_china_2023_b / _c / _d), period text 五年来 "
    "(source line 28, outside the excerpt; null always as alt): 两位数增长 (held every year), "
    "汽车保有量 +46.7%, 转移支付 +66.8%, 16.7万个老旧小区 and their 2900多万家庭, 4.56亿亩高标准"
    "农田 → the span; from/to pairs without years → the year 2017 and the year 2022 for ratios "
    "of flows (网上零售额占比, 耕种收综合机械化率), the instants 2017-12-31 and 2022-12-31 for "
    "stocks, rates of a population and standards (加计扣除比例, 轨道交通运营里程, 排水管道, 农村"
    "自来水普及率); levels reached → the instant 2022-12-31 for stocks (14.5亿户, 7万多家, 3亿辆), "
    "the year 2022 for 税收优惠政策年度规模; 多年累计 2400多万户 and 14亿多中国人 → the instant "
    "2022-12-31 (stock rule). Explicit: 五年 → 2018-2022 (基础研究经费增长1倍); 十年 → 2013-2022 "
    "(1.4亿 settled in towns); 每年 → text only, null dates, the span as alt (上千万). "
    "Modality: actual throughout. Units: 万亿元 (no digit) → 1e12 CNY; 亿户, 万个, 万户 → count; "
    "公里/万公里 → m; 亿亩 → mu ×1e8; 1倍 → ratio 1 times; 两位数 → growth 10 ge; 上千万 → 1e7 "
    "ge. Comparisons: 比2017年 for the 46.7% rise of the vehicle stock (basis not written, "
    "judgement call, as wr_china_2023_b / _c); the surface basis 比五年前 for 66.8%; yoy for "
    "两位数增长; none for the ratio 1倍. Judgement calls: 提高至100% → one fact over both kinds "
    "of firm; 两位数增长 → 10 ge held in every year; 耕种收综合机械化率 read as a ratio of the "
    "year's operations (years 2017/2022, instants in alts); 农村自来水普及率 as a rate of a "
    "population (instants); 2900多万家庭 → classifier 户; 14亿多中国人 → a population count; "
    "成倍增加 → negative (no value). Negatives: 一批 ×2, 五年, 一大批, （五）, 成倍, 五年前, "
    "长三角, 十年, 双城, （六）, 单产, （七）. Lexicalized, not listed: 一体化 (长三角一体化发展), "
    "单位 (科研单位), 零售 ×2 (网上零售额, 社会消费品零售总额). Known false alarm of the shared check_gold.py: it reads 两位数 as 2; period text "
    "五年来 is not in the excerpt (as wr_china_2023_c / _d).")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2023.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
