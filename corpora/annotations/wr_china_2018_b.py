"""Gold annotations for wr_china_2018_b (2018年中华人民共和国国务院政府工作报告, second excerpt),
lines 17-21 of shared/texts/work_report/wr_china_2018.txt.

The excerpt corpora/wr_china_2018_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the second and third paragraphs of review item （二）
(扎实推进“三去一降一补” — capacity cuts, fees; 加快新旧发展动能接续转换 — farming scale, retail,
railways, roads, airports, water works) and its fourth (推进供给侧结构性改革… — 放管服: cuts of
approvals and priced items, business start-up time), item （三） (innovation: zones, market
entities, patents, technology trade) and item （四） (reform: SOE profits, transfers, land
rights) in full (2,130 characters, the line range as briefed).  The excerpt lies in part
一、过去五年工作回顾 (heading on source line 3, outside the excerpt), in the itemised review of
the five years 2013-2017 (五年来…主要做了以下工作, source line 13).  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique context
string (corpora/annotate.py).

    python corpora/annotations/wr_china_2018_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2018_b"
PLACE = "中国"
REF = "2018-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_china_2018.txt"
FIRST, LAST = 17, 21                    # 1-based, inclusive, whole lines
TITLE = "2018年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="扎实推进“三去一降一补”", ends="推动了经济社会持续健康发展。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
VAGUE_NOTE = "vague quantifier 一批 'a batch of' (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2018)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2018-03-05; 去年 = 2017, 今年 = 2018) ---------------------------
# The excerpt lies in the itemised review of the five years since the 1st session of the 12th
# NPC (March 2013), i.e. the statistical years 2013-2017 (heading 一、过去五年工作回顾, source
# line 3; 五年来…主要做了以下工作, source line 13), as wr_china_2018 reads them.
#   - Line 1 (source 17) states 五年来 after its first sentence: it governs the rest of the
#     line (period text 五年来, 2013-01-01..2017-12-31, null as alt).
#   - Line 2 (source 18) states no period before its numbers (its 五年来 comes after the last
#     one): section frame, the five years of the heading (period text 过去五年), null as alt.
#   - Line 3 (source 19) states 五年来 before its numbers: it governs them.
#   - Line 4 (source 20): the numbers before 五年增加 take the section frame; 五年 (the five
#     years) governs the clauses after it (五年增加70%, 增加两倍, 翻了一番).
#   - Line 5 (source 21): 去年 (2017) dates the SOE profit growth; the reforms after it
#     (专项转移支付项目减少三分之二, 确权面积超过80%) are results of the five years: judgement
#     call, the section frame as gold and the literal inheritance of 去年 (2017) as alt.
# Five-year totals, 年均 growth and five-year cuts → the span; from/to pairs without years (as
# wr_china_2018): the start is the level before the span (rates and lengths of a stock → the
# instant 2012-12-31), the end the level at its end (instant 2017-12-31); levels reached
# (达到, a share of a stock) → the instant 2017-12-31; the span and null always as alts.
# Modality: actual throughout.
def five(txt):
    return P(txt, "2013-01-01", "2017-12-31")


def end5(txt):
    return P(txt, "2017-12-31", "2017-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def flow5(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


def stock5(txt, *extra):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt), *extra])


def from_stock(txt):
    return dict(period=P(txt, "2012-12-31", "2012-12-31"),
                period_alts=[P(txt, "2013-01-01", "2013-01-01"), year(txt, 2012), five(txt),
                             null(txt)])


def to_stock(txt):
    return dict(period=end5(txt), period_alts=[year(txt, 2017), five(txt), null(txt)])


W = "五年来"
S = "过去五年"
F = "五年"
SPAN_NOTE = "a total over the five years 2013-2017"
AVG_NOTE = ("average annual growth over the five years 2013-2017; comparison = the surface "
            "basis 年均 (as wr_china_2018)")
BASIS_NOTE = ("cut over the five years; the basis is not written: the 2012 level before "
              "them → comparison 比2012年 (judgement call, as wr_china_2018 均下降20%以上)")
CUT_NOTE = "{} X% = a relative cut of the number of items → growth, negative (as wr_china_2014 压减5%); "
FRAME_NOTE = ("the line states no period before it: section frame, the five years 2013-2017 "
              "of the heading 一、过去五年工作回顾 (period text 过去五年), null as alt")
FROM_STOCK_NOTE = ("start of a from/to pair with no year written: the level of a stock before "
                   "the five years → the instant 2012-12-31 (alts: the span's start instant, "
                   "the year 2012, the span, null)")
TO_STOCK_NOTE = ("end of the pair: the level of a stock at the end of the five years → the "
                 "instant 2017-12-31 (stock rule; alts: the year 2017, the span, null)")

# ==== line 1 (source 17): 扎实推进“三去一降一补” ================================================
g.neg("扎实推进“三去一降一补”", "三去一降一补", LABEL_NOTE + " (“三去一降一补”: cut capacity, "
      "inventory, leverage; lower costs; shore up weak spots; as wr_china_2017)")
g.neg("五年来，在淘汰水泥", "五年来", PERIOD_NOTE + " (2013-2017, governs the rest of the line)")
gov("安排1000亿元专项奖补资金", "1000亿元", value=1000e8, unit="CNY", kind="amount",
    metric="专项奖补资金",
    metric_alts=["去产能专项奖补资金", "中央财政专项奖补资金", "中央财政安排专项奖补资金",
                 "奖补资金", "中央财政安排专项奖补资金规模"], **flow5(W),
    note="the fund the central budget set aside for the capacity cuts over the five years; "
         + GOV_NOTE)
CAP_NOTE = ("capacity closed over the five years (五年来 governs the line): base unit t, the "
            "capacity in the metric (as wr_china_2017 退出钢铁产能)")
fact("钢铁产能1.7亿吨以上", "1.7亿吨", value=1.7e8, unit="t", kind="amount", bound="ge",
     metric="退出钢铁产能",
     metric_alts=["钢铁产能", "钢铁去产能", "钢铁产能退出", "退出钢铁产能规模", "去产能钢铁",
                  "钢铁行业去产能"], **flow5(W),
     note="以上 → ge (outside the span); " + CAP_NOTE)
fact("煤炭产能8亿吨", "8亿吨", value=8e8, unit="t", kind="amount", metric="退出煤炭产能",
     metric_alts=["煤炭产能", "煤炭去产能", "煤炭产能退出", "退出煤炭产能规模", "去产能煤炭",
                  "煤炭行业去产能"], **flow5(W), note="verb 退出 shared; " + CAP_NOTE)
fact("安置分流职工110多万人", "110多万人", value=110e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="安置分流职工",
     metric_alts=["分流职工", "安置职工", "安置分流职工人数", "分流安置职工"], **flow5(W),
     note="多 inside the span → gt; " + SPAN_NOTE)
g.neg("三四线城市", "三四线", "city-tier label 三四线 (third- and fourth-tier cities), not a "
      "quantity")
gov("压减政府性基金项目30%", "30%", value=-30, unit="%", kind="growth",
    metric="政府性基金项目",
    metric_alts=["政府性基金项目数量", "压减政府性基金项目", "政府性基金", "政府性基金项目压减"],
    comparison="比2012年", **flow5(W), note=CUT_NOTE.format("压减") + BASIS_NOTE)
gov("涉企收费项目60%以上", "60%", value=-60, unit="%", kind="growth", bound="ge",
    metric="中央政府层面设立的涉企收费项目",
    metric_alts=["涉企收费项目", "中央政府层面涉企收费项目", "削减涉企收费项目",
                 "中央政府层面设立的涉企收费项目数量", "涉企收费"],
    comparison="比2012年", **flow5(W),
    note=CUT_NOTE.format("削减") + "以上 → ge, a bound on the size of the cut as written (as "
         "wr_china_2019_b 压减5%以上); " + BASIS_NOTE)
g.neg("降低“五险一金”", "五险一金", LABEL_NOTE + " (“五险一金”, the five social insurances "
      "and the housing fund; as wr_china_2017)")

# ==== line 2 (source 18): 加快新旧发展动能接续转换 ================================================
g.neg("实施“中国制造2025”", "2025", "plan name “中国制造2025” (Made in China 2025), not a "
      "quantity nor a period of a fact here")
FARM = ["种植业适度规模经营比例", "适度规模经营比重", "种植业规模经营比重", "规模经营比重",
        "种植业适度规模经营占比"]
fact("比重从30%提升", "30%", value=30, unit="%", kind="share", metric="种植业适度规模经营比重",
     metric_alts=FARM, **from_stock(S),
     note="judgement call: the share of cropland under moderate-scale operation, read as the "
          "share of a stock; " + FROM_STOCK_NOTE + "; " + FRAME_NOTE)
fact("提升到40%以上", "40%", value=40, unit="%", kind="share", bound="ge",
     metric="种植业适度规模经营比重", metric_alts=FARM, **to_stock(S),
     note="以上 → ge (outside the span); " + TO_STOCK_NOTE)
fact("网上零售额年均增长30%", "30%", value=30, unit="%", kind="growth", bound="ge",
     metric="网上零售额",
     metric_alts=["全国网上零售额", "网上零售", "网络零售额", "网上零售额年均增速"],
     comparison="年均", **flow5(S),
     note="以上 → ge (outside the span); " + AVG_NOTE + "; " + FRAME_NOTE)
fact("零售总额年均增长11.3%", "11.3%", value=11.3, unit="%", kind="growth",
     metric="社会消费品零售总额",
     metric_alts=["社会消费品零售额", "社零总额", "社会消费品零售总额年均增速"],
     comparison="年均", **flow5(S), note=AVG_NOTE)
HSR = ["高速铁路运营里程", "高铁运营里程", "高速铁路营业里程", "高铁里程", "高速铁路里程"]
fact("里程从9000多公里", "9000多公里", value=9e6, unit="m", kind="amount", bound="gt",
     metric="高速铁路运营里程", metric_alts=HSR[1:], **from_stock(S),
     note="多 inside the span → gt; 公里 → ×1e3 m; network length (a stock): " + FROM_STOCK_NOTE)
fact("增加到2万5千公里", "2万5千公里", value=2.5e7, unit="m", kind="amount",
     metric="高速铁路运营里程", metric_alts=HSR[1:], **to_stock(S),
     note="the mixed numeral 2万5千 = 25000 km = 2.5e7 m; " + TO_STOCK_NOTE + ". Known "
          "false alarm: the shared check_gold.py reads the mixed numeral 2万5千 as 2万 (as "
          "1万6千多户 in wr_china_2018)")
fact("占世界三分之二", "三分之二", value=200 / 3, unit="%", kind="share",
     metric="高速铁路运营里程占世界比重",
     metric_alts=["高铁运营里程占世界比重", "高速铁路运营里程占世界", "高铁里程占世界比重",
                  "占世界比重", "高速铁路运营里程占世界的比重"], **to_stock(S),
     note="三分之二 → 66.67 % (SPEC §3 fractions); the share of the world's network at the "
          "end of the five years (a share of a stock)")
EXP = ["高速公路通车里程", "高速公路总里程", "高速公路"]
fact("里程从9.6万公里", "9.6万公里", value=9.6e7, unit="m", kind="amount",
     metric="高速公路里程", metric_alts=EXP, **from_stock(S),
     note="万公里 → ×1e7 m; " + FROM_STOCK_NOTE)
fact("增加到13.6万公里", "13.6万公里", value=1.36e8, unit="m", kind="amount",
     metric="高速公路里程", metric_alts=EXP, **to_stock(S), note=TO_STOCK_NOTE)
fact("农村公路127万公里", "127万公里", value=1.27e9, unit="m", kind="amount",
     metric="新建改建农村公路",
     metric_alts=["农村公路", "新建改建农村公路里程", "新改建农村公路", "农村公路建设里程",
                  "农村公路增量"], **flow5(S), note=SPAN_NOTE + "; " + FRAME_NOTE)
fact("新建民航机场46个", "46个", value=46, unit="count", kind="count", classifier="个",
     metric="民航机场",
     metric_alts=["新建民航机场", "民航机场数量", "民航机场增量", "机场"], **flow5(S),
     note="built over the five years; 增量 reading in alts (README §3)")
fact("重大水利工程122项", "122项", value=122, unit="count", kind="count", classifier="项",
     metric="重大水利工程",
     metric_alts=["开工重大水利工程", "重大水利工程数量", "水利工程"], **flow5(S),
     note="projects started over the five years")
g.neg("完成新一轮农村电网", "一轮", "新一轮 'a new round', not a count")
g.neg("五年来，发展新动能", "五年来", PERIOD_NOTE + " (the five years; no number follows it "
      "in the line)")
g.neg("依靠第二产业带动", "第二产业", "sector name 第二产业, not a rank")
g.neg("依靠三次产业共同", "三次产业", "term 三次产业 'the three sectors'; 三次 is not a count of "
      "times (as cm_qiandongnan_2016_b)")

# ==== line 3 (source 19): 放管服 ====================================================================
g.neg("五年来，国务院部门", "五年来", PERIOD_NOTE + " (2013-2017, governs the rest of the line)")
gov("审批事项削减44%", "44%", value=-44, unit="%", kind="growth",
    metric="国务院部门行政审批事项",
    metric_alts=["行政审批事项", "国务院部门行政审批事项数量", "削减行政审批事项",
                 "行政审批事项削减"],
    comparison="比2012年", **flow5(W), note=CUT_NOTE.format("削减") + BASIS_NOTE)
gov("投资项目减少90%", "90%", value=-90, unit="%", kind="growth",
    metric="中央政府层面核准的企业投资项目",
    metric_alts=["核准的企业投资项目", "中央政府核准的企业投资项目", "企业投资项目核准",
                 "中央政府层面核准的企业投资项目数量", "核准企业投资项目"],
    comparison="比2012年", **flow5(W), note=CUT_NOTE.format("减少") + BASIS_NOTE)
gov("中介服务事项压减74%", "74%", value=-74, unit="%", kind="growth",
    metric="行政审批中介服务事项",
    metric_alts=["中介服务事项", "行政审批中介服务事项数量", "审批中介服务事项"],
    comparison="比2012年", **flow5(W), note=CUT_NOTE.format("压减") + BASIS_NOTE)
gov("定价项目缩减80%", "80%", value=-80, unit="%", kind="growth",
    metric="中央政府定价项目",
    metric_alts=["中央定价项目", "中央政府定价项目数量", "政府定价项目"],
    comparison="比2012年", **flow5(W), note=CUT_NOTE.format("缩减") + BASIS_NOTE)
gov("定价项目缩减50%以上", "50%", value=-50, unit="%", kind="growth", bound="ge",
    metric="地方政府定价项目",
    metric_alts=["地方定价项目", "地方政府定价项目数量", "政府定价项目"],
    subject_alts=CN + GOV + ["地方政府"], comparison="比2012年", **flow5(W),
    note=CUT_NOTE.format("缩减") + "以上 → ge on the size of the cut; the local governments' "
         "price lists under the national reform: 中国 keeps the subject, 地方政府 as alt; "
         + BASIS_NOTE)
fact("缩短三分之一以上", "三分之一", value=-100 / 3, unit="%", kind="growth", bound="ge",
     metric="企业开办时间",
     metric_alts=["开办企业时间", "企业开办所需时间", "开办企业所需时间", "企业开办时长"],
     comparison="比2012年", **flow5(W),
     note="缩短 a third → growth −33.33 % (三分之一, as wr_china_2017 三分之一); 以上 → ge on "
          "the size of the cut; " + BASIS_NOTE)
g.neg("“双随机、一公开”", "双随机、一公开", LABEL_NOTE + " (“双随机、一公开”: random selection "
      "of inspectors and targets, public results), not counts")
g.neg("实施一站式服务", "一站式", "label 一站式 'one-stop', not a count (as nw_jiangsu_tech_2026)")

# ==== line 4 (source 20): （三） innovation ==========================================================
g.neg("（三）坚持创新引领", "（三）", MARKER_NOTE)
fact("新设14个国家自主创新示范区", "14个", value=14, unit="count", kind="count",
     classifier="个", metric="国家自主创新示范区",
     metric_alts=["新设国家自主创新示范区", "国家自主创新示范区数量", "国家自主创新示范区增量",
                  "自主创新示范区"], subject_alts=CN + GOV, **flow5(S),
     note="zones set up over the five years (增量 reading in alts); " + FRAME_NOTE)
g.neg("带动形成一批", "一批", VAGUE_NOTE)
g.neg("涌现一批具有", "一批", VAGUE_NOTE)
g.neg("大众创业、万众创新", "万众", "slogan 大众创业、万众创新, not a quantity (as wr_china_2018)")
ENT = ["市场主体", "各类市场主体数量", "市场主体数量", "市场主体总数"]
fact("达到9800多万户", "9800多万户", value=9800e4, unit="count", kind="count",
     classifier="户", bound="gt", metric="各类市场主体", metric_alts=ENT, **stock5(S),
     note="多 inside the span → gt; 达到 → the register's size at the end of the five years "
          "(stock rule): instant 2017-12-31, the span and null as alts; " + FRAME_NOTE)
g.neg("五年增加70%", "五年", PERIOD_NOTE + " (the five years 2013-2017; governs the clauses "
      "after it in the line)")
fact("五年增加70%", "70%", value=70, unit="%", kind="growth", bound="ge",
     metric="各类市场主体", metric_alts=ENT, comparison="比2012年", **flow5(F),
     note="以上 → ge (outside the span); growth of the register over the five years (五年); "
          "the basis is the 2012 level (comparison 比2012年, as wr_china_2018)")
fact("拥有量增加两倍", "两倍", value=2, unit="times", kind="ratio",
     metric="国内有效发明专利拥有量",
     metric_alts=["有效发明专利拥有量", "发明专利拥有量", "国内有效发明专利",
                  "国内有效发明专利拥有量增长倍数"], **flow5(F, end5(F)),
     note="增加N倍 → ratio as written, 2 times, comparison null (as wr_china_1983 增加两倍, "
          "wr_china_1986); over the five years (五年 governs), the end instant as alt")
fact("技术交易额翻了一番", "翻了一番", value=2, unit="times", kind="ratio",
     metric="技术交易额",
     metric_alts=["技术合同成交额", "技术市场交易额", "技术合同交易额", "技术交易额增长倍数"],
     **flow5(F, year(F, 2017)),
     note="翻了一番 'doubled' → 2 times: kind ratio, the span keeps 翻 (as wr_china_1986); the "
          "2017 volume against 2012, over the five years (五年 governs), the year 2017 as alt. "
          "Known false alarm: the shared check_gold.py reads 一番 as 1")

# ==== line 5 (source 21): （四） reform ==============================================================
g.neg("（四）坚持全面深化改革", "（四）", MARKER_NOTE)
g.neg("去年利润增长", "去年", PERIOD_NOTE + " (= 2017)")
SOE = ["国有企业利润总额", "国企利润", "国有企业利润增速", "利润"]
fact("去年利润增长23.5%", "23.5%", value=23.5, unit="%", kind="growth", metric="国有企业利润",
     metric_alts=SOE, subject_alts=CN + ["国有企业", "国企"], comparison="yoy",
     period=year("去年", 2017), period_alts=[null("去年")],
     note="去年 = 2017 (the report was delivered on 2018-03-05); the profits of the state-owned "
          "firms (the sentence's topic): 中国 keeps the subject, 国有企业 as alt")
LY_NOTE = ("judgement call: a result of the five-year reforms (财税改革取得重大进展) → section "
           "frame 2013-2017 (period text 过去五年); the literal inheritance of 去年 from the "
           "SOE sentence (2017) and null as alts")
gov("专项转移支付项目减少三分之二", "三分之二", value=-200 / 3, unit="%", kind="growth",
    metric="专项转移支付项目",
    metric_alts=["专项转移支付项目数量", "中央对地方专项转移支付项目", "专项转移支付",
                 "减少专项转移支付项目"],
    comparison="比2012年", **flow5(S, year("去年", 2017), null("去年")),
    note="减少 two thirds → growth −66.67 % (三分之二); " + LY_NOTE + "; " + BASIS_NOTE)
g.neg("农村承包地“三权”分置", "三权", LABEL_NOTE + " (“三权”分置: separating the three rights "
      "to contracted land, as wr_anhui_2025_d)")
fact("确权面积超过80%", "80%", value=80, unit="%", kind="share", bound="gt",
     metric="农村承包地确权面积比重",
     metric_alts=["确权面积", "确权面积比重", "承包地确权面积比重", "农村承包地确权面积占比",
                  "确权面积占比", "农村承包地确权登记颁证面积比重"],
     **stock5(S, year("去年", 2017), null("去年")),
     note="超过 → gt (outside the span); the share of the contracted land whose rights are "
          "confirmed (a share of a stock) → instant 2017-12-31; " + LY_NOTE)

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2018.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not "
    "moved), sliced by code: the last three paragraphs of review item （二） (三去一降一补; new "
    "growth drivers and infrastructure; 放管服), item （三） (innovation) and item （四） (reform) "
    "in full. Part of the report: the itemised review of the five years 2013-2017 (part "
    "一、过去五年工作回顾, source line 3; 五年来…主要做了以下工作, source line 13; both outside the "
    "excerpt); lines 3-15 are annotated in wr_china_2018 (no overlap). The title is the corpus "
    "meta title (the source has no title line), title_in_text=False. Date: 2018-03-05, the "
    "shared meta date: the opening day of the 1st session of the 13th NPC, on which the Premier "
    "delivered the report (the Wikisource text has no dateline); 去年 = 2017 fits. Place: "
    "national report → 中国 (alts 我国/全国/中华人民共和国); the central government's own acts "
    "(1000亿元 奖补资金, cuts of fund items, fee items, approvals, priced items and special "
    "transfers; the 14 innovation zones) add 中央政府/国务院/中央财政; 地方政府定价项目 adds "
    "地方政府; 国有企业利润 adds 国有企业. Periods: 过去五年/五年来 = 2013-01-01..2017-12-31 (as "
    "wr_china_2018). 五年来 governs lines 1 and 3 after it (period text 五年来); line 2 and the "
    "start of line 4 state no period before their numbers → section frame (period text 过去五年, "
    "the heading's), null as alt; 五年 governs the rest of line 4; in line 5 去年 (2017) dates "
    "the SOE profits, while the later reform results (专项转移支付 −2/3, 确权 80%) take the "
    "five-year frame as gold with the literal 去年 inheritance (2017) as alt (judgement call). "
    "From/to pairs without years (规模经营比重, 高铁里程, 高速公路里程): the start → the instant "
    "2012-12-31, the end → the instant 2017-12-31 (stocks), year and span alts; levels reached "
    "(9800多万户, the world share of the railway, 确权面积) → the instant 2017-12-31. Modality: "
    "actual throughout. Units: 亿元 1e8; 亿吨 → t; 公里 → m (2万5千公里 = 2.5e7 m); 三分之二 → "
    "66.67 %, 三分之一 → 33.33 %; 增加两倍 → ratio 2, 翻了一番 → ratio 2. Comparisons: 年均 for "
    "average growth; 比2012年 for five-year cuts and growth without a written basis (as "
    "wr_china_2018); yoy for 去年利润增长. Judgement calls: relative cuts (压减/削减/减少/缩减/"
    "缩短 X%) → growth, negative, 以上 → ge on the size; 退出产能 → positive amounts with the "
    "verb in the metric (as wr_china_2017); 增加两倍 → ratio 2 as written; the 去年 scope in "
    "line 5; 规模经营比重 read as a stock share. Known false alarms of the shared check_gold.py: "
    "2万5千公里 (mixed numeral), 三分之二 ×2 and 三分之一 (read as 3), 翻了一番 (read as 1); it also "
    "wants the period text 过去五年 inside the excerpt (the heading is outside it; czfacts "
    "check-gold accepts it, as wr_guangdong_2025_e's 2024年). Negatives: 三去一降一补, 五年来 ×3, 三四线, 五险一金, "
    "2025 (中国制造2025), 一轮, 第二产业, 三次产业, 双随机、一公开, 一站式, （三）, 一批 ×2, 万众, "
    "五年, （四）, 去年, 三权. Lexicalized, not listed: 一般 (一般性转移支付), 统一 ×2, 单位 "
    "(机关事业单位).")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2018.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
