"""Gold annotations for wr_china_2008 (2008年中华人民共和国国务院政府工作报告), lines 28-36 of
shared/texts/work_report/wr_china_2008.txt.

The excerpt corpora/wr_china_2008.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: review item （三） of part 一、 过去五年工作回顾 (the
review of the five years 2003-2007) from its heading (（三）全面加强社会建设，切实保障和改善
民生) through its paragraphs on education (在教育方面…), talent, health (在卫生方面…),
employment (在就业方面…), social security (在社会保障方面…), culture and sport (在文化和体育
方面…) and incomes and consumption (在居民收入和消费方面…).  It is the number-dense part of
the five-year review (57 Arabic numbers in 2,053 characters); the other runs of 2,000-2,500
characters that start at a heading hold fewer (lines 3-19 from the part heading: 44 in
2,294; lines 15-21 from item （一）: 39 in 2,121).  Adding line 37 (在社会管理方面…, no
number) would make 2,243 characters.  Facts and negatives are written by hand from the
text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2008.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2008"
PLACE = "中国"
REF = "2008-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 28, 36                    # 1-based, inclusive, whole lines
TITLE = "2008年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="（三）全面加强社会建设", ends="城乡居民享有的公共服务明显增多。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院", "国家"]
GOV_NOTE = ("the government's own spending / act: subject the document's place 中国, "
            "中央财政/中央政府/国务院/国家 as alts (as wr_china_2011)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2008-03-05; 去年 = 2007, 今年 = 2008) ---------------------------
# The excerpt lies in part 一、 过去五年工作回顾 (source line 3, outside the excerpt): the five
# years since the 1st session of the 10th NPC (March 2003), i.e. the statistical years
# 2003-2007 (as wr_china_2013 reads its 过去五年 as 2008-2012, wr_china_2018 as 2013-2017).
# Each paragraph (line) of the excerpt that has numbers opens with a five-year total
# (全国财政用于…支出五年累计 / 中央财政安排…五年累计): 五年累计 (text of the span) governs the
# line until another period replaces it (SPEC §4):
#   - five-year totals (累计, 安排资金改造和新建, 建立了, 五年支出) and 比前五年增长N倍 → the span
#     2003-01-01..2007-12-31, null as alt;
#   - 平均每年 averages over the span (城镇新增就业, 转移就业) → the span (the rate stays in the
#     metric alts, as 年均缩减 in wr_china_2018), null as alt;
#   - levels reached under it (已覆盖, 扩大到) → the instant 2007-12-31 (stock rule), the span
#     and null as alts; from/to pairs with no year written (由7种扩大到15种) → the instants
#     2002-12-31 and 2007-12-31 (the scope of a programme is a stock, as from_stock/to_stock
#     in wr_china_2018).
# Dated periods replace it for the clauses after them in the line: 2007年 (lines 30, 34) →
# the year 2007; stocks under it (在校生, 参保人数, 参合农民, 基金积累, 低保对象) → the instant
# 2007-12-31 (the year and null as alts); 比2002年增加 of such a stock → the instant of the
# level compared (as 比2007年增加 in wr_china_2013).  Inside the pair 从2006年20.5亿元增加到去年
# 的98亿元 each year dates only its own value.  2005年 (line 32) → 2005; 从2005年开始连续三年
# (line 34) dates the streak 2005-2007.  Line 36 states no period: the section frame, the
# heading's 过去五年 (outside the excerpt; period text 五年, the excerpt's own word for the
# span, as wr_china_2011), null as alt.
def five(txt):
    return P(txt, "2003-01-01", "2007-12-31")


def end5(txt):
    return P(txt, "2007-12-31", "2007-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def span(txt, *extra):
    return dict(period=five(txt), period_alts=[null(txt), *extra])


def stock5(txt):
    return dict(period=end5(txt), period_alts=[five(txt), null(txt)])


def stock07(txt="2007年"):
    return dict(period=end5(txt), period_alts=[year(txt, 2007), null(txt)])


def change07(txt="2007年"):
    return dict(period=end5(txt), period_alts=[five(txt), year(txt, 2007), null(txt)])


C = "五年累计"
H = "五年"   # frame text: the part heading 一、 过去五年工作回顾 lies outside the excerpt;
            # 五年 is the excerpt's own word for the span (as wr_china_2011)
SPAN_NOTE = "a total over the five years 2003-2007 (五年累计 opens the line and governs it)"
STOCK_NOTE = ("a level reached under the five-year frame 2003-2007: instant at 2007-12-31 "
              "(stock rule); the span and null in period_alts")
STOCK07_NOTE = ("a stock under 2007年 of the line: instant 2007-12-31 (stock rule); the year "
                "and null in period_alts")
CHANGE07_NOTE = ("absolute change of a stock (增加 → positive, metric <level>增量, SPEC §2); the "
                 "basis 比2002年 is no comparison of an amount/count fact; period: the instant "
                 "of the level compared (2007-12-31, as 比2007年增加 under 2012年底 in "
                 "wr_china_2013), the span of the change, the year and null as alts")
RATIO_NOTE = ("增长N倍 → kind ratio, unit times, value as written, comparison null (as 增长1倍多 "
              "in wr_china_2001, 增长1.4倍 in wr_china_1995); the growth of the five-year total "
              "over that of the five years before (比前五年, 1998-2002) → the span (五年累计 "
              "governs)")
PREV5_NOTE = ("comparison basis 比前五年 (the five years 1998-2002 before the review), a "
              "period expression with a numeral; not the period of the fact (as 五年前 in "
              "wr_china_2011)")

# ---- line 1 (source 28): （三） heading ------------------------------------------------------
g.neg("（三）全面加强", "（三）", MARKER_NOTE)

# ---- line 2 (source 29): opening (no facts) --------------------------------------------------

# ---- line 3 (source 30): 在教育方面 -----------------------------------------------------------
g.neg("教育支出五年累计", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007, governs the line until "
      "2007年)")
EDU = ["财政教育支出", "全国财政教育支出", "教育支出", "全国财政用于教育支出累计",
       "财政用于教育支出", "全国财政教育支出累计"]
gov("五年累计2.43万亿元", "2.43万亿元", value=2.43e12, unit="CNY", kind="amount",
    metric="全国财政用于教育支出", metric_alts=EDU, **span(C),
    note="万亿元 = 1e12; " + SPAN_NOTE + "; spending of all levels of government → "
         + GOV_NOTE)
g.neg("比前五年增长1.26倍", "前五年", PREV5_NOTE)
gov("比前五年增长1.26倍", "1.26倍", value=1.26, unit="times", kind="ratio",
    metric="全国财政用于教育支出",
    metric_alts=EDU + ["全国财政用于教育支出增长倍数", "财政教育支出增长倍数"], **span(C),
    note=RATIO_NOTE)
BEN = dict(period=five(C), period_alts=[year(C, 2007), end5(C), null(C)])
BEN_NOTE = ("judgement call on the period: 五年累计 of the line governs (the span); the "
            "free rural compulsory education was completed in 2007, so the year 2007 and "
            "its end are alts, with null")
gov("使1.5亿学生", "1.5亿", value=1.5e8, unit="count", kind="count", classifier="人",
    metric="受益学生",
    metric_alts=["学生", "农村义务教育受益学生", "受益学生人数", "免除学杂费受益学生",
                 "农村义务教育阶段受益学生", "农村义务教育阶段学生", "受益的学生"],
    **BEN,
    note="no measure word after 1.5亿 (the 名 of 780万名 belongs to the second item): 人 "
         "implied; the predicate 受益 defines the counted students (as 6069万…受益农民 in "
         "wr_china_2010); " + BEN_NOTE + "; " + GOV_NOTE)
gov("780万名家庭经济困难寄宿生", "780万名", value=780e4, unit="count", kind="count",
    classifier="名", metric="受益家庭经济困难寄宿生",
    metric_alts=["家庭经济困难寄宿生", "受益寄宿生", "家庭经济困难寄宿生受益人数",
                 "获得生活补助的家庭经济困难寄宿生", "享受生活补助的家庭经济困难寄宿生",
                 "寄宿生"],
    **BEN, note="受益 shared with 1.5亿学生; " + BEN_NOTE)
g.neg("普及九年义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', as wr_china_2001), not a duration fact")
gov("支持2.2万多所农村中小学", "2.2万多所", value=2.2e4, unit="count", kind="count",
    classifier="所", bound="gt", metric="改造危房的农村中小学",
    metric_alts=["农村中小学", "改造危房农村中小学", "农村中小学改造危房",
                 "农村中小学危房改造", "支持改造危房的农村中小学", "危房改造农村中小学"],
    **span(C),
    note="多 inside the span → gt; schools whose dilapidated buildings were rebuilt with the "
         "state's special funds (the predicate defines the counted set); " + SPAN_NOTE
         + "; " + GOV_NOTE)
gov("建设 7000多所寄宿制学校", "7000多所", value=7000, unit="count", kind="count",
    classifier="所", bound="gt", metric="寄宿制学校",
    metric_alts=["建设寄宿制学校", "新建寄宿制学校", "寄宿制学校建设", "农村寄宿制学校",
                 "寄宿制学校数量", "寄宿制学校增量"],
    **span(C),
    note="多 inside the span → gt; the source's space before the number stays outside the "
         "span; 国家安排专项资金支持 governs both lists; " + SPAN_NOTE)
fact("远程教育已覆盖36万所", "36万所", value=36e4, unit="count", kind="count",
     classifier="所", metric="远程教育覆盖农村中小学",
     metric_alts=["农村中小学", "远程教育覆盖的农村中小学", "远程教育覆盖学校",
                  "覆盖农村中小学", "远程教育覆盖农村中小学数量", "远程教育"],
     **stock5(C), note="已覆盖 → the coverage reached (a stock): " + STOCK_NOTE)
g.neg("2007年中、高等", "2007年", PERIOD_NOTE + " (2007; governs the rest of the line, the "
      "pair's own years aside)")
fact("分别达到2000万人", "2000万人", value=2000e4, unit="count", kind="count",
     classifier="人", metric="中等职业教育在校生",
     metric_alts=["中职在校生", "中等职业教育在校生人数", "中等职业教育在校生规模",
                  "中等职业学校在校生", "在校生"],
     **stock07(),
     note="分别: 中(等职业教育) ↔ 2000万人, 高等职业教育 ↔ 861万人, each with its own 人; the "
          "shared head 职业教育在校生 restored (README §3); students enrolled (a stock): "
          + STOCK07_NOTE)
fact("2000万人和861万人", "861万人", value=861e4, unit="count", kind="count",
     classifier="人", metric="高等职业教育在校生",
     metric_alts=["高职在校生", "高等职业教育在校生人数", "高等职业教育在校生规模",
                  "高等职业院校在校生", "在校生"],
     **stock07(), note="second of the 分别 pair; " + STOCK07_NOTE)
fact("研究生规模达到1144万人", "1144万人", value=1144e4, unit="count", kind="count",
     classifier="人", metric="普通高等教育本科生和研究生规模",
     metric_alts=["普通高等教育本科生和研究生", "本科生和研究生规模", "本科生和研究生",
                  "普通高等教育在校生", "普通高校本科生和研究生在校生",
                  "普通高等教育本科生和研究生在校生"],
     **stock07(), note="达到 → eq; students enrolled (规模, a stock), 2007年 still governs: "
                       + STOCK07_NOTE)
AID = ["此项支出", "中央财政此项支出", "国家奖学金助学金支出", "中央财政奖学金助学金支出",
       "奖助学金支出", "中央财政国家奖学金助学金支出", "国家奖学金助学金制度支出",
       "中央财政学生资助支出"]
g.neg("从2006年20.5亿元", "2006年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "20.5亿元)")
gov("从2006年20.5亿元", "20.5亿元", value=20.5e8, unit="CNY", kind="amount",
    metric="中央财政国家奖学金助学金支出", metric_alts=AID,
    period=year("2006年", 2006), period_alts=[null("2006年")],
    note="此项支出 = the central budget's spending on the national scholarships and grants "
         "just named (metric restored from the sentence); start of the pair dated 2006年; "
         + GOV_NOTE)
g.neg("增加到去年的98亿元", "去年", PERIOD_NOTE + " (去年 = 2007; inside the pair: governs "
      "only 98亿元)")
gov("去年的98亿元", "98亿元", value=98e8, unit="CNY", kind="amount",
    metric="中央财政国家奖学金助学金支出", metric_alts=AID,
    period=year("去年", 2007), period_alts=[null("去年")],
    note="end of the pair, 去年 = 2007 (reference date 2008-03-05)")
RATE = dict(period=year("2007年", 2007), period_alts=[end5("2007年"), five(H), null("2007年")])
RATE_NOTE = ("超过 → gt (outside the span); the share of students aided; the pair's years "
             "govern only their own values (SPEC §4), so 2007年 earlier in the line governs "
             "(the year; the instant, the five-year frame and null as alts)")
fact("高校资助面超过20%", "20%", value=20, unit="%", kind="share", bound="gt",
     metric="高校资助面",
     metric_alts=["高校学生资助面", "普通本科高校资助面", "高校资助覆盖面", "资助面",
                  "高校学生资助比例", "普通高校资助面"],
     **RATE, note=RATE_NOTE)
fact("资助面超过90%", "90%", value=90, unit="%", kind="share", bound="gt",
     metric="中等职业学校资助面",
     metric_alts=["中等职业学校学生资助面", "中职资助面", "中等职业学校资助覆盖面", "资助面",
                  "中等职业学校学生资助比例"],
     **RATE, note=RATE_NOTE)
g.neg("2007年开始在教育部", "2007年", PERIOD_NOTE + " (the start of the free-tuition pilot for "
      "teacher trainees; no number follows)")

# ---- line 4 (source 31): 人才强国战略 (no facts) ------------------------------------------------

# ---- line 5 (source 32): 在卫生方面 -----------------------------------------------------------
g.neg("卫生支出五年累计", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007, governs the line "
      "until 2005年)")
HLT = ["财政医疗卫生支出", "全国财政医疗卫生支出", "医疗卫生支出", "全国财政用于医疗卫生支出累计",
       "财政用于医疗卫生支出", "全国财政医疗卫生支出累计"]
gov("五年累计6294亿元", "6294亿元", value=6294e8, unit="CNY", kind="amount",
    metric="全国财政用于医疗卫生支出", metric_alts=HLT, **span(C),
    note=SPAN_NOTE + "; " + GOV_NOTE)
g.neg("比前五年增长1.27倍", "前五年", PREV5_NOTE)
gov("比前五年增长1.27倍", "1.27倍", value=1.27, unit="times", kind="ratio",
    metric="全国财政用于医疗卫生支出",
    metric_alts=HLT + ["全国财政用于医疗卫生支出增长倍数", "财政医疗卫生支出增长倍数"],
    **span(C), note=RATIO_NOTE)
IMM = ["国家免疫规划疾病", "国家免疫规划预防的疾病", "免疫规划疾病种类", "国家规划免疫预防疾病",
       "国家规划免疫预防的疾病种类", "国家免疫规划", "国家规划免疫预防的疾病数量"]
gov("疾病由7种扩大", "7种", value=7, unit="count", kind="count", classifier="种",
    metric="国家规划免疫预防的疾病", metric_alts=IMM,
    period=P(C, "2002-12-31", "2002-12-31"),
    period_alts=[P(C, "2003-01-01", "2003-01-01"), five(C), null(C)],
    note="start of a from/to pair with no year written: the scope of the national "
         "immunization programme (a stock) before the five years → the instant 2002-12-31 "
         "(as from_stock in wr_china_2018; alts: the span's start instant, the span, null); "
         + GOV_NOTE)
gov("扩大到15种", "15种", value=15, unit="count", kind="count", classifier="种",
    metric="国家规划免疫预防的疾病", metric_alts=IMM,
    period=end5(C), period_alts=[year(C, 2007), five(C), null(C)],
    note="end of the pair: the scope at the end of the five years → the instant 2007-12-31 "
         "(stock rule; alts: the year 2007, the span, null)")
HOSP = "国家安排资金改造和新建 N所: a total over the five years; the verb distributes over the list"
gov("新建1.88万所乡镇卫生院", "1.88万所", value=1.88e4, unit="count", kind="count",
    classifier="所", metric="改造和新建乡镇卫生院",
    metric_alts=["乡镇卫生院", "改造和新建的乡镇卫生院", "新建改造乡镇卫生院",
                 "乡镇卫生院改造和新建", "改造新建乡镇卫生院", "乡镇卫生院数量"],
    **span(C), note=HOSP + "; " + SPAN_NOTE + "; " + GOV_NOTE)
gov("786所县医院", "786所", value=786, unit="count", kind="count", classifier="所",
    metric="改造和新建县医院",
    metric_alts=["县医院", "改造和新建的县医院", "新建改造县医院", "县医院改造和新建",
                 "改造新建县医院"],
    **span(C), note=HOSP + " (head 改造和新建 restored, README §3)")
gov("285所县中医院", "285所", value=285, unit="count", kind="count", classifier="所",
    metric="改造和新建县中医院",
    metric_alts=["县中医院", "改造和新建的县中医院", "新建改造县中医院", "县中医院改造和新建",
                 "改造新建县中医院"],
    **span(C), note=HOSP)
gov("534所县妇幼保健院", "534所", value=534, unit="count", kind="count", classifier="所",
    metric="改造和新建县妇幼保健院",
    metric_alts=["县妇幼保健院", "改造和新建的县妇幼保健院", "新建改造县妇幼保健院",
                 "县妇幼保健院改造和新建", "改造新建县妇幼保健院"],
    **span(C), note=HOSP)
gov("为1.17万个乡镇卫生院", "1.17万个", value=1.17e4, unit="count", kind="count",
    classifier="个", metric="配备医疗设备的乡镇卫生院",
    metric_alts=["乡镇卫生院", "配备医疗设备乡镇卫生院", "乡镇卫生院配备医疗设备",
                 "配备了医疗设备的乡镇卫生院", "配备医疗设备的乡镇卫生院数量"],
    **span(C), note="the predicate (配备了医疗设备) defines the counted clinics; " + SPAN_NOTE)
fact("建立了2.4万多个", "2.4万多个", value=2.4e4, unit="count", kind="count",
     classifier="个", bound="gt", metric="社区卫生服务机构",
     metric_alts=["建立社区卫生服务机构", "社区卫生服务机构数量", "社区卫生服务机构增量",
                  "社区卫生服务机构数量增量", "新建社区卫生服务机构"],
     **span(C, end5(C)),
     note="多 inside the span → gt; 建立了 over the five years (a total of new units, 增量 "
          "alts, README §3); the stock reading (the number in place at the end of 2007) as "
          "alt; " + SPAN_NOTE)
g.neg("2005年人均期望寿命", "2005年", PERIOD_NOTE + " (2005; governs the rest of the line)")
fact("达到 73岁", "73岁", value=73, unit="year", kind="amount", metric="人均期望寿命",
     metric_alts=["人均预期寿命", "预期寿命", "期望寿命", "平均预期寿命", "人口平均预期寿命"],
     period=year("2005年", 2005), period_alts=[P("2005年", "2005-12-31", "2005-12-31"),
                                              null("2005年")],
     note="岁 → year (a duration, SPEC §3); a period measure of 2005 (达到 → eq; as 76.7岁 in "
          "wr_china_2018); the source's space before 73 stays outside the span")
g.neg("这样一个有13亿", "一个", "indefinite article 一个 (这样一个…的发展中国家)")
fact("有13亿人口", "13亿", value=13e8, unit="count", kind="count", classifier="人",
     metric="人口", metric_alts=["总人口", "人口数量", "人口规模", "全国人口"],
     period=P("2005年", "2005-12-31", "2005-12-31"),
     period_alts=[year("2005年", 2005), end5(H), P(H, REF, REF), null("2005年")],
     note="judgement call: 有13亿人口的发展中国家 states the size of the population (as 13亿多"
          "人口 in wr_china_2018) → a count fact (人 implied); a stock: 2005年 of the line "
          "governs (instant 2005-12-31 by the stock rule); the year 2005, the end of the "
          "five years, the reference date and null as alts (the phrase describes the country "
          "as it is)")

# ---- line 6 (source 33): 在就业方面 -----------------------------------------------------------
g.neg("资金五年累计666", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007, governs the line)")
gov("五年累计666亿元", "666亿元", value=666e8, unit="CNY", kind="amount",
    metric="就业补助资金",
    metric_alts=["中央财政就业补助资金", "中央财政安排就业补助资金", "安排就业补助资金",
                 "就业补助", "就业补助资金累计"],
    **span(C), note=SPAN_NOTE + "; " + GOV_NOTE)
AVG_NOTE = ("平均每年 = the annual average over the five years: the rate stays in the metric "
            "(alts 平均每年…/年均…, as 年均缩减 in wr_china_2018); 五年累计 of the line "
            "governs (the span), null as alt")
fact("城镇新增就业1000多万人", "1000多万人", value=1000e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="城镇新增就业",
     metric_alts=["平均每年城镇新增就业", "年均城镇新增就业", "城镇新增就业人数", "新增就业",
                  "每年城镇新增就业"],
     **span(C), note="多 inside the span → gt; " + AVG_NOTE)
fact("转移就业800万人", "800万人", value=800e4, unit="count", kind="count",
     classifier="人", metric="农村劳动力转移就业",
     metric_alts=["平均每年农村劳动力转移就业", "年均农村劳动力转移就业",
                  "农村劳动力转移就业人数", "转移就业", "每年农村劳动力转移就业"],
     **span(C), note="平均每年 shared with 城镇新增就业; " + AVG_NOTE)

# ---- line 7 (source 34): 在社会保障方面 -------------------------------------------------------
g.neg("保障支出五年累计", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007, governs the line "
      "until 2007年)")
SOC = ["财政社会保障支出", "全国财政社会保障支出", "社会保障支出", "全国财政用于社会保障支出累计",
       "财政用于社会保障支出", "全国财政社会保障支出累计"]
gov("五年累计1.95万亿元", "1.95万亿元", value=1.95e12, unit="CNY", kind="amount",
    metric="全国财政用于社会保障支出", metric_alts=SOC, **span(C),
    note="万亿元 = 1e12; " + SPAN_NOTE + "; " + GOV_NOTE)
g.neg("比前五年增长1.41倍", "前五年", PREV5_NOTE)
gov("比前五年增长1.41倍", "1.41倍", value=1.41, unit="times", kind="ratio",
    metric="全国财政用于社会保障支出",
    metric_alts=SOC + ["全国财政用于社会保障支出增长倍数", "财政社会保障支出增长倍数"],
    **span(C), note=RATIO_NOTE)
g.neg("，2007年参保人数", "2007年", PERIOD_NOTE + " (2007; governs the pension figures until "
      "从2005年开始)")
PEN = ["城镇职工基本养老保险参保人数", "基本养老保险参保人数", "参保人数", "城镇职工基本养老保险参保",
       "城镇职工基本养老保险", "城镇职工基本养老保险参保人员"]
fact("参保人数突破2亿人", "2亿人", value=2e8, unit="count", kind="count", classifier="人",
     bound="gt", metric="城镇职工基本养老保险参保人数", metric_alts=PEN[1:], **stock07(),
     note="突破 → gt (outside the span); the insured (a stock): " + STOCK07_NOTE)
g.neg("比2002年增加5400", "2002年", "comparison basis 比2002年 (a year, not a quantity); not "
      "the period of the fact")
fact("增加5400多万人", "5400多万人", value=5400e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="城镇职工基本养老保险参保人数增量",
     metric_alts=PEN + ["城镇职工基本养老保险参保人数增加", "参保人数增量",
                        "基本养老保险参保人数增量"],
     **change07(), note="多 inside the span → gt; " + CHANGE07_NOTE)
fact("扩大到11个省份", "11个", value=11, unit="count", kind="count", classifier="个",
     metric="做实基本养老保险个人账户试点省份",
     metric_alts=["试点省份", "做实个人账户试点省份", "做实基本养老保险个人账户试点",
                  "做实基本养老保险个人账户试点省份数量", "省份", "做实基本养老保险个人账户试点范围"],
     **stock07(),
     note="扩大到 → the extent of the pilot reached (a stock; counted noun 省份, span number + "
          "classifier, README §1); " + STOCK07_NOTE)
g.neg("从2005年开始连续", "2005年", PERIOD_NOTE + " (start of the streak 从2005年开始连续三年 "
      "= 2005-2007)")
STREAK = P("从2005年开始连续三年", "2005-01-01", "2007-12-31")
gov("连续三年提高", "三年", value=3, unit="year", kind="amount",
    metric="提高企业退休人员基本养老金标准持续时间",
    metric_alts=["连续提高企业退休人员基本养老金标准", "企业退休人员基本养老金标准连续提高年数",
                 "提高企业退休人员基本养老金持续时间", "连续提高基本养老金年数", "持续时间",
                 "企业退休人员基本养老金标准连续提高", "提高企业退休人员基本养老金标准年数"],
    period=STREAK, period_alts=[year("2007年", 2007), five(H), null("2005年")],
    note="judgement call: length of the streak of raises 连续三年 (a duration, unit year, as "
         "连续7年提高 in wr_china_2011); the text dates the streak itself (从2005年开始 → "
         "2005-2007), so that is the gold period; the year 2007 of the line (its last year), "
         "the five-year frame and null as alts; " + GOV_NOTE)
g.neg("中央财政五年累计补助", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007; governs the next "
      "clause)")
gov("专项资金3295亿元", "3295亿元", value=3295e8, unit="CNY", kind="amount",
    metric="补助养老保险专项资金",
    metric_alts=["中央财政补助养老保险专项资金", "养老保险专项资金", "养老保险补助资金",
                 "中央财政养老保险补助", "养老保险专项资金补助", "中央财政养老保险补助资金"],
    **span(C), note="a total over the five years (五年累计 of its clause); " + GOV_NOTE)
g.neg("2007年城镇职工基本医疗", "2007年", PERIOD_NOTE + " (2007; governs the rest of the line "
      "until the next 2007年, same dates)")
MED = ["城镇职工基本医疗保险参保人数", "基本医疗保险参保人数", "参保人数", "城镇职工医保参保人数",
       "城镇职工基本医疗保险参保", "城镇职工基本医疗保险"]
fact("参保人数达到1.8亿人", "1.8亿人", value=1.8e8, unit="count", kind="count",
     classifier="人", metric="城镇职工基本医疗保险参保人数", metric_alts=MED[1:], **stock07(),
     note="达到 → eq; the insured (a stock): " + STOCK07_NOTE)
g.neg("比2002年增加近1倍", "2002年", "comparison basis 比2002年 (a year, not a quantity); not "
      "the period of the fact")
fact("比2002年增加近1倍", "1倍", value=1, unit="times", kind="ratio", bound="approx",
     metric="城镇职工基本医疗保险参保人数",
     metric_alts=MED[1:] + ["城镇职工基本医疗保险参保人数增长倍数", "参保人数增长倍数"],
     **change07(),
     note="增加N倍 → kind ratio, unit times, value as written (nearly doubled: 近1倍 → 1, "
          "approx, 近 outside the span), comparison null (ratio facts carry none; basis "
          "比2002年); period: the instant of the level compared (2007-12-31), the span of the "
          "change, the year and null as alts (as 5400多万人)")
fact("88个城市启动", "88个", value=88, unit="count", kind="count", classifier="个",
     metric="城镇居民基本医疗保险试点城市",
     metric_alts=["启动城镇居民基本医疗保险试点城市", "试点城市", "城市",
                  "城镇居民基本医疗保险试点城市数量", "启动试点城市"],
     period=year("2007年", 2007), period_alts=[end5("2007年"), null("2007年")],
     note="cities that launched the pilot (启动, an event of 2007) → the year 2007 under "
          "2007年 of the line; the year-end instant and null as alts")
fact("全国86%的县", "86%", value=86, unit="%", kind="share",
     metric="新型农村合作医疗覆盖县比例",
     metric_alts=["新型农村合作医疗覆盖面", "新农合覆盖县比例", "新农合覆盖率",
                  "新型农村合作医疗覆盖率", "新型农村合作医疗县覆盖率", "新型农村合作医疗覆盖的县",
                  "新型农村合作医疗覆盖县的比重"],
     **stock07(),
     note="已扩大到 → the share of counties covered (the whole = all counties); a share of a "
          "stock (coverage reached, as 试点覆盖24%的县 in wr_china_2011): " + STOCK07_NOTE)
fact("参合农民达到7.3亿人", "7.3亿人", value=7.3e8, unit="count", kind="count",
     classifier="人", metric="参合农民",
     metric_alts=["新型农村合作医疗参合农民", "新农合参合人数", "参合人数", "参合农民人数",
                  "新型农村合作医疗参合人数", "参合农民数量"],
     **stock07(), note="达到 → eq; people enrolled (a stock): " + STOCK07_NOTE)
FUND = ["社会保障基金", "全国社会保障基金积累", "社保基金", "全国社保基金",
        "全国社会保障基金规模", "全国社会保障基金资产", "社会保障基金积累"]
fact("基金积累4140亿元", "4140亿元", value=4140e8, unit="CNY", kind="amount",
     metric="全国社会保障基金", metric_alts=FUND, **stock07(),
     note="积累 = the fund's accumulated assets (a stock, as wr_china_2011); 2007年 of the "
          "line governs: " + STOCK07_NOTE)
g.neg("比2002年增加2898", "2002年", "comparison basis 比2002年 (a year, not a quantity); not "
      "the period of the fact")
fact("增加2898亿元", "2898亿元", value=2898e8, unit="CNY", kind="amount",
     metric="全国社会保障基金增量",
     metric_alts=["全国社会保障基金", "全国社会保障基金增加", "社会保障基金增量",
                  "全国社会保障基金增加额", "全国社会保障基金比2002年增加", "社保基金增量"],
     **change07(), note=CHANGE07_NOTE)
g.neg("2007年在全国农村", "2007年", PERIOD_NOTE + " (2007; governs the rural minimum "
      "living allowance until 五年 of 中央财政五年支出)")
fact("3451.9万农村居民", "3451.9万", value=3451.9e4, unit="count", kind="count",
     classifier="人", metric="纳入农村最低生活保障范围的农村居民",
     metric_alts=["农村最低生活保障对象", "农村低保对象", "农村居民", "纳入保障范围的农村居民",
                  "农村最低生活保障人数", "农村低保人数", "农村最低生活保障覆盖人数",
                  "纳入农村最低生活保障的农村居民"],
     **stock07(),
     note="no measure word after 3451.9万: 人 implied; the predicate 纳入保障范围 defines the "
          "counted residents (in the metric, the noun as alt); people covered (a stock): "
          + STOCK07_NOTE)
g.neg("一项根本性制度建设", "一项", "一项 'a (fundamental institution)', article, not a count")
g.neg("中央财政五年支出", "五年", PERIOD_NOTE + " (五年 = 2003-2007; governs 551亿元)")
gov("五年支出551亿元", "551亿元", value=551e8, unit="CNY", kind="amount",
    metric="中央财政抗灾救灾支出",
    metric_alts=["抗灾救灾支出", "救灾支出", "中央财政救灾支出", "抗灾救灾资金",
                 "中央财政五年支出", "中央财政抗灾救灾资金"],
    **span("五年"),
    note="the central budget's disaster-relief spending over the five years (抗灾救灾工作 is "
         "the topic of the clause; metric restored); " + GOV_NOTE)

# ---- line 8 (source 35): 在文化和体育方面 -----------------------------------------------------
g.neg("事业支出五年累计", "五年", PERIOD_NOTE + " (五年累计 = 2003-2007, governs the line)")
CUL = ["财政文化体育支出", "全国财政文化体育事业支出", "文化体育事业支出", "文化体育支出",
       "全国财政用于文化体育事业支出累计", "财政用于文化体育事业支出"]
gov("五年累计3104亿元", "3104亿元", value=3104e8, unit="CNY", kind="amount",
    metric="全国财政用于文化体育事业支出", metric_alts=CUL, **span(C),
    note=SPAN_NOTE + "; " + GOV_NOTE)
g.neg("比前五年增长1.3倍", "前五年", PREV5_NOTE)
gov("比前五年增长1.3倍", "1.3倍", value=1.3, unit="times", kind="ratio",
    metric="全国财政用于文化体育事业支出",
    metric_alts=CUL + ["全国财政用于文化体育事业支出增长倍数", "财政文化体育支出增长倍数"],
    **span(C), note=RATIO_NOTE)
g.neg("县乡两级", "两级", "the two levels (county and township) of the service system, part "
      "of its name 县乡两级公共文化服务体系, not a quantity claim")

# ---- line 9 (source 36): 在居民收入和消费方面 ---------------------------------------------------
gov("四次提高重点优抚对象", "四次", value=4, unit="count", kind="count", classifier="次",
    metric="提高重点优抚对象的抚恤补助标准",
    metric_alts=["提高重点优抚对象抚恤补助标准", "提高抚恤补助标准次数",
                 "重点优抚对象抚恤补助标准提高次数", "抚恤补助标准提高",
                 "提高重点优抚对象的抚恤补助标准次数", "提高抚恤补助标准"],
    **span(H),
    note="count of the raises (as 四次下调存款准备金率 in wr_china_2009); the line states no "
         "period: the section frame, the five years 2003-2007 of the part heading 一、 过去五年"
         "工作回顾 (outside the excerpt; period text 五年, the excerpt's own word for the "
         "span, as wr_china_2011), null as alt; " + GOV_NOTE)
g.neg("旅游人数成倍增长", "成倍", "成倍增长 'grew several-fold', a vague multiple with no "
      "value stated (judgement call), not a fact")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: review item （三） "
    "(全面加强社会建设，切实保障和改善民生) of part 一、 过去五年工作回顾 in full: its heading and "
    "opening line and the paragraphs on education, talent, health, employment, social "
    "security, culture and sport, and incomes and consumption. It is the number-dense part "
    "of the five-year review within the allowed lines 3-60 (57 Arabic numbers; lines 3-19 "
    "from the part heading hold 44 in 2,294 characters, lines 15-21 from item （一） 39 in "
    "2,121; the 2008 targets lie beyond line 60). Title: the corpus meta title (the source's "
    "first lines are 各位代表： and 现在，我代表国务院…), title_in_text=False. Date: 2008-03-05, "
    "the corpus meta date: the opening day of the 1st session of the 11th NPC, on which the "
    "Premier delivered the report (the Wikisource text has no dateline); nothing in the "
    "excerpt contradicts it (去年 = 2007 with the 2007 results; the review runs from the 1st "
    "session of the 10th NPC, March 2003). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); the government's spending and acts (全国财政/中央财政 spending, the "
    "state's programmes for schools and clinics, the immunization programme, pensions "
    "raised, 抚恤补助标准 raised) add 中央财政/中央政府/国务院/国家. Periods: a five-year "
    "review: 过去五年/五年累计/五年 = 2003-01-01..2007-12-31 (the statistical years since the "
    "March 2003 NPC). Each line with numbers opens with 五年累计 and it governs its line "
    "(period text 五年累计, null as alt) until 2007年 / 2005年 replace it: totals, 比前五年 "
    "multiples and 平均每年 averages → the span; levels reached (已覆盖36万所, 15种) → the "
    "instant 2007-12-31 (7种 → 2002-12-31); under 2007年 stocks (在校生, 参保人数, 参合农民, "
    "社会保障基金, 低保对象, 试点省份, 86%的县) → the instant 2007-12-31 with the year and null "
    "as alts, their changes 比2002年 → the same instant (span and year as alts), the shares "
    "资助面 and 88个 pilot cities → the year 2007; the pair 从2006年20.5亿元…去年的98亿元 dates "
    "its own values (2006, 2007); 2005年 → 2005 (73岁; 13亿人口 as the instant 2005-12-31); "
    "连续三年 → the streak 2005-2007 written in the text; line 36 (四次) states no period → the "
    "section frame (heading 过去五年 outside the excerpt; period text 五年, as "
    "wr_china_2011), null as alt. Modality: actual throughout. Units: 万亿元 1e12; "
    "岁 → year; 增长N倍 → ratio times (comparison null). Judgement calls: 1.5亿学生/780万名 "
    "寄宿生 under 五年累计 → the span (the year 2007 as alt: the free-education policy was "
    "completed in 2007); 13亿人口 → a population count (stock, several alts); 比前五年增长N倍 → "
    "ratio over the span with 前五年 a negative; 比2002年增加近1倍 → ratio 1 approx; "
    "平均每年城镇新增就业1000多万人 → the span with the rate in metric alts; 连续三年 → a "
    "3-year duration dated by 从2005年开始; 成倍增长 → negative (no value); 高校/中职资助面 → "
    "the year 2007 (2007年 of the line; the pair's 去年 governs only 98亿元). "
    "Negatives: （三）, 五年 ×7, 前五年 ×4, 九年, 2007年 ×5, 2006年, 去年, 2005年 ×2, 一个, "
    "2002年 ×3, 一项, 两级, 成倍. Lexicalized, not listed: 统筹, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
