"""Gold annotations for wr_china_2013_b (held-out: corpora/heldout/; 2013年中华人民共和国国务院
政府工作报告, second excerpt), lines 11-17 of shared/texts/work_report/wr_china_2013.txt.

The excerpt corpora/heldout/wr_china_2013_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines that need not start at a heading, as unseen test excerpts are cut): items 三是 (三农:
farm spending, subsidies, rural credit, grain, rural infrastructure), 四是 (heading paragraph
and its sub-paragraphs 优先发展教育事业, 大力推动自主创新, 深入实施人才强国战略,
大力加强文化建设) and 五是 (jobs, pensions, health insurance, housing) of the review of the five
years 2008-2012 (part 一、过去五年工作回顾, heading on source line 3, outside the excerpt).
Lines 6-10 are annotated in wr_china_2013 (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2013_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2013_b"
PLACE = "中国"
REF = "2013-03-05"
FOLDER = CORPORA / "heldout"  # held out: a check no rule is written from
SRC = (TEXTS / "work_report") / "wr_china_2013.txt"
FIRST, LAST = 11, 17                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2013年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="三是毫不放松地抓好“三农”工作", ends="社会保持和谐稳定。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker (N是), not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
SANNONG_NOTE = "policy label “三农” (农业、农村、农民), not a count"
VAGUE_NOTE = "quantifier 一批 'a batch of' (README §2), not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院", "国家"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院/国家 as alts (as wr_china_2011 / wr_china_2013)")

fact = g.with_subject(PLACE, CN)
gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2013-03-05; 去年 = 2012, 今年 = 2013) ---------------------------
# The excerpt lies in part 一、过去五年工作回顾 (source line 3, outside the excerpt): the review
# of the five years since the 1st session of the 11th NPC (March 2008), i.e. the statistical
# years 2008-2012, as wr_china_2013 reads 过去五年 / 五年来 / 这五年 / 五年累计.  That span is
# the section frame (SPEC §4) of every number whose line states no period before it; period
# text 五年 (the excerpt's own word, 五年累计 in lines 3, 4 and 7; as wr_china_2011), null as
# alt:
#   - totals over the five years (累计支出, 新建改建, 改造, 解决, 增加 N 万人) and 年均 growth →
#     the span;
#   - levels reached or held (达到, 提高到, 参保达到/超过, 余额 of the pairs aside) → the instant
#     2012-12-31 (stock rule), the span and null as alts; 保持在 (耕地面积) → the span with the
#     instant as alt (a level held through the five years);
#   - 每年 (资助金额, 资助学生) → text only, start/end null (README §5), the span as alt.
# Periods written in a line govern what follows them there: 五年累计 (lines 3, 4, 7) → the
# span; 2012年 (line 3) → 2012 until 每年 replaces it; 现有 (line 3) → the instant at the
# reference date; from/to pairs (从2007年的…到2012年的, 从2007年末的…到2012年末的, 由2007年的…到
# 2012年的, 从2004年…到现在的) date only their own values (SPEC §4).  2012年底 (line 7) → the
# instant.  Judgement calls where the literal period and the meaning part (30%, 9年 after 现有;
# 74% after the pair; 13亿人, 75岁 after the pair of line 7) keep both readings (gold + alts).
H = "五年"   # period text of the frame: the heading 过去五年 lies outside the excerpt


def five(txt):
    return P(txt, "2008-01-01", "2012-12-31")


def end5(txt):
    return P(txt, "2012-12-31", "2012-12-31")


def year(txt, y):
    return P(txt, f"{y}-01-01", f"{y}-12-31")


def at(txt, day):
    return P(txt, day, day)


SPAN = dict(period=five(H), period_alts=[null(H)])
STOCK = dict(period=end5(H), period_alts=[five(H), null(H)])
C = "五年累计"
CUM = dict(period=five(C), period_alts=[null(C)])
CUM_STOCK = dict(period=end5(C), period_alts=[five(C), null(C)])
FRAME_NOTE = ("no period before it in its line → the section frame, the five review years "
              "2008-2012 (heading 过去五年, outside the excerpt; period text 五年), null as alt")
SPAN_NOTE = "a total over the five years 2008-2012: " + FRAME_NOTE
STOCK_NOTE = ("a level reached at the end of the five review years: instant 2012-12-31 "
              "(stock rule), the span and null as alts")
CUM_NOTE = "五年累计 (2008-2012) governs the line here: a total over the five years"
AVG_NOTE = ("average annual growth over the five review years 2008-2012 (comparison = the "
            "surface basis 年均, as wr_china_2011 / wr_china_2013)")

# ==== line 1 (source 11): 三是 “三农” ==============================================================
g.neg("三是毫不放松", "三是", MARKER_NOTE)
g.neg("抓好“三农”工作", "三农", SANNONG_NOTE)
g.neg("中央财政“三农”累计", "三农", SANNONG_NOTE + "; part of the metric of 4.47万亿元")
AGRI = ["中央财政“三农”累计支出", "“三农”支出", "三农支出", "中央财政三农支出",
        "中央财政“三农”投入", "中央财政用于“三农”的支出", "“三农”累计支出", "“三农”投入"]
gov("累计支出4.47万亿元", "4.47万亿元", value=4.47e12, unit="CNY", kind="amount",
    metric="中央财政“三农”支出", metric_alts=AGRI,
    period=five(H), period_alts=[end5(H), null(H)],
    note="万亿元 = 1e12; 累计 = the total spent over the five years (a cumulative flow, as "
         "累计近3万亿元 in wr_china_2011; the stock-rule instant as alt); " + FRAME_NOTE
         + "; " + GOV_NOTE)
gov("年均增长23.5%", "23.5%", value=23.5, unit="%", kind="growth",
    metric="中央财政“三农”支出",
    metric_alts=AGRI[:4] + ["中央财政“三农”支出年均增长", "“三农”支出年均增速"],
    comparison="年均", **SPAN, note=AVG_NOTE + "; " + GOV_NOTE)
SUB = ["补贴资金", "种粮农民补贴", "种粮农民补贴资金规模", "农民补贴资金", "种粮补贴资金",
       "种粮农民补贴支出"]
g.neg("补贴资金从2007年的", "2007年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "639亿元)")
gov("从2007年的639亿元", "639亿元", value=639e8, unit="CNY", kind="amount",
    metric="种粮农民补贴资金", metric_alts=SUB, period=year("2007年", 2007),
    note="the subsidies paid in 2007 (a flow of the year); the head 种粮农民补贴 of the "
         "sentence restored; " + GOV_NOTE)
g.neg("增加到2012年的1923", "2012年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "1923亿元)")
gov("2012年的1923亿元", "1923亿元", value=1923e8, unit="CNY", kind="amount",
    metric="种粮农民补贴资金", metric_alts=SUB, period=year("2012年", 2012),
    note="end of the pair: the subsidies paid in 2012; " + GOV_NOTE)
LOAN = ["涉农贷款", "涉农贷款规模", "农村金融涉农贷款余额", "金融机构涉农贷款余额"]
LOAN_SUBJ = CN + ["银行业", "金融机构", "银行业金融机构"]
g.neg("从2007年末的6.12", "2007年末", PERIOD_NOTE + " (inside a from/to pair)")
fact("从2007年末的6.12万亿元", "6.12万亿元", value=6.12e12, unit="CNY", kind="amount",
     metric="涉农贷款余额", metric_alts=LOAN, subject_alts=LOAN_SUBJ,
     period=at("2007年末", "2007-12-31"),
     note="余额 = a stock: the instant 2007-12-31; sector-level figure → the country as "
          "subject, the banks as alts (README §4)")
g.neg("增加到2012年末的17.63", "2012年末", PERIOD_NOTE + " (inside a from/to pair)")
fact("2012年末的17.63万亿元", "17.63万亿元", value=17.63e12, unit="CNY", kind="amount",
     metric="涉农贷款余额", metric_alts=LOAN, subject_alts=LOAN_SUBJ,
     period=at("2012年末", "2012-12-31"), note="stock at the instant 2012-12-31")
MSP = ["最低收购价", "小麦最低收购价", "稻谷最低收购价", "小麦和稻谷最低收购价",
       "粮食最低收购价", "小麦、稻谷最低收购价提高幅度", "重点粮食品种最低收购价"]
gov("累计提高41.7%到86.7%", "41.7%到86.7%", value=41.7, upper=86.7, unit="%", kind="growth",
    metric="小麦、稻谷最低收购价", metric_alts=MSP, comparison="累计", **SPAN,
    note="a range (SPEC §2 upper): value 41.7, upper 86.7, each end with its own %, one span "
         "(as 25%到40% in wr_china_2011); 累计 = the rise over the five years, basis the 2007 "
         "price, written only as 累计 → comparison 累计 (as wr_china_2013); the prices are set "
         "by the state → " + GOV_NOTE + "; " + FRAME_NOTE)
fact("保持在18.2亿亩以上", "18.2亿亩", value=18.2e8, unit="mu", kind="amount", bound="ge",
     metric="耕地面积", metric_alts=["耕地", "耕地保有量", "全国耕地面积"],
     period=five(H), period_alts=[end5(H), null(H)],
     note="以上 → ge (outside the span); 亩 stays mu (SPEC §3); 保持在 = a level held through "
          "the five years → the span (the end instant as alt, stock reading); " + FRAME_NOTE)
STREAK = P("连续6年", "2007-01-01", "2012-12-31")
fact("连续6年稳定在万亿斤", "6年", value=6, unit="year", kind="amount",
     metric="粮食总产量稳定在万亿斤以上持续时间",
     metric_alts=["粮食总产量连续稳定在万亿斤以上", "粮食总产量稳定在万亿斤以上年数",
                  "连续稳定在万亿斤以上", "粮食总产量超万亿斤持续时间", "粮食总产量稳定在万亿斤以上",
                  "粮食总产量持续时间", "粮食总产量连续超万亿斤"],
     period=five(H), period_alts=[STREAK, null(H)],
     note="length of the streak 连续6年 (a duration, unit year, as 连续5年超万亿斤 in "
          "wr_china_2012): 6 years; the streak 2007-2012 ends in the last review year: the "
          "section frame as gold, the streak's span and null as alts")
fact("稳定在万亿斤以上", "万亿斤", value=5e8, unit="t", kind="amount", bound="ge",
     metric="粮食总产量", metric_alts=["粮食产量", "粮食", "粮食总产"],
     period=five(H), period_alts=[STREAK, null(H)],
     note="以上 → ge (outside the span); the level held in each year of the streak (as 连续5年"
          "超万亿斤 in wr_china_2012: the streak's condition is a fact of its own); 万亿斤 = "
          "1e12 斤 × 0.0005 t = 5e8 t; period as 6年")
fact("新建改建农村公路146.5万公里", "146.5万公里", value=1.465e9, unit="m", kind="amount",
     metric="新建改建农村公路",
     metric_alts=["农村公路", "新建改建农村公路里程", "新建、改建农村公路", "农村公路建设里程",
                  "农村公路里程增量", "农村公路里程"],
     **SPAN, note="146.5万公里 = 1.465e9 m; " + SPAN_NOTE)
fact("改造农村危房1033万户", "1033万户", value=1.033e7, unit="count", kind="count",
     classifier="户", metric="改造农村危房",
     metric_alts=["农村危房改造", "农村危房", "改造农村危房户数", "农村危房改造户数",
                  "农村危房改造数量"],
     **SPAN, note="户 is a classifier (SPEC §3); " + SPAN_NOTE)
fact("解决了3亿多农村人口", "3亿多", value=3e8, unit="count", kind="count", bound="gt",
     classifier="人", metric="解决饮水安全问题的农村人口",
     metric_alts=["农村人口", "农村饮水安全", "解决饮水安全的农村人口", "农村人口饮水安全",
                  "农村饮水安全受益人口", "解决饮水安全问题农村人口", "饮水安全问题得到解决的农村人口",
                  "农村饮水安全受益人数"],
     **SPAN,
     note="多 inside the span → gt; no classifier written (3亿多 + noun 农村人口): 人 implied, the "
          "predicate defines the counted set (as 2.15亿农村人口 in wr_china_2011); " + SPAN_NOTE)
fact("无电区445万人", "445万人", value=4.45e6, unit="count", kind="count", classifier="人",
     metric="解决用电问题的无电区人口",
     metric_alts=["无电区人口", "无电区用电问题", "解决用电问题的无电地区人口", "无电地区人口",
                  "无电区人口用电", "解决无电区用电问题人口"],
     **SPAN, note="verb 解决 shared with 3亿多; " + SPAN_NOTE)
g.neg("2010年以来城乡居民", "2010年以来", PERIOD_NOTE + " (2010 onwards; no number after it "
      "in the line)")

# ==== line 2 (source 12): 四是 (no facts) ==========================================================
g.neg("四是坚持实施", "四是", MARKER_NOTE)

# ==== line 3 (source 13): 优先发展教育事业 =========================================================
g.neg("经费支出五年累计", "五年", PERIOD_NOTE + " (五年累计 = 2008-2012; governs the line "
      "until 2012年)")
EDU = ["国家财政性教育经费", "财政性教育经费支出", "财政性教育经费", "国家财政性教育经费支出累计",
       "教育经费支出", "财政教育支出"]
gov("五年累计7.79万亿元", "7.79万亿元", value=7.79e12, unit="CNY", kind="amount",
    metric="国家财政性教育经费支出", metric_alts=EDU, **CUM,
    note="万亿元 = 1e12; " + CUM_NOTE + "; " + GOV_NOTE)
gov("年均增长21.58%", "21.58%", value=21.58, unit="%", kind="growth",
    metric="国家财政性教育经费支出", metric_alts=EDU[:3] + ["国家财政性教育经费支出年均增速"],
    comparison="年均", **CUM, note=AVG_NOTE + "; " + CUM_NOTE)
g.neg("2012年占国内生产总值", "2012年", PERIOD_NOTE + " (2012; governs the line until 每年)")
EDU_GDP = ["国家财政性教育经费支出占国内生产总值比例", "国家财政性教育经费占国内生产总值比例",
           "财政性教育经费支出占国内生产总值比例", "财政性教育经费占GDP比例",
           "国家财政性教育经费支出占GDP比例", "教育经费占国内生产总值比例",
           "占国内生产总值比例", "国家财政性教育经费支出占国内生产总值的比例"]
gov("比例达到4%", "4%", value=4, unit="%", kind="share",
    metric="国家财政性教育经费支出占国内生产总值比例", metric_alts=EDU_GDP[1:],
    period=year("2012年", 2012), period_alts=[null("2012年")],
    note="达到 → eq; a ratio of two flows of 2012 → the year; " + GOV_NOTE)
g.neg("城乡九年免费义务教育", "九年", LABEL_NOTE + " (九年义务教育 'nine-year compulsory "
      "education', the name of the system, as wr_china_2001 / wr_china_2008), not a duration "
      "fact")
fact("惠及1.6亿学生", "1.6亿", value=1.6e8, unit="count", kind="count", classifier="人",
     metric="免费义务教育惠及学生",
     metric_alts=["学生", "受益学生", "惠及学生", "免费义务教育受益学生", "义务教育学生",
                  "城乡免费义务教育惠及学生", "受益学生人数"],
     period=year("2012年", 2012),
     period_alts=[end5("2012年"), five(H), null("2012年")],
     note="no measure word after 1.6亿 (noun 学生): 人 implied (as 1.5亿学生 in wr_china_2008); "
          "the predicate 惠及 defines the counted students; 2012年 of the sentence before "
          "governs (literal reading, gold); the students covered when free compulsory "
          "education was complete are a level, so the instant end 2012, the five-year span "
          "and null are alts")
g.neg("学前教育三年行动计划", "三年", "name of a three-year plan (学前教育三年行动计划), not a "
      "duration fact (as wr_gansu_2025_c 三年规划)")
EACH = dict(period=null("每年"), period_alts=[five("每年")])
AID = ["资助金额", "国家助学资助金额", "家庭经济困难学生资助金额", "学生资助金额", "每年资助金额",
       "国家资助金额"]
gov("每年资助金额近1000亿元", "1000亿元", value=1000e8, unit="CNY", kind="amount",
    bound="approx", metric="家庭经济困难学生资助金额", metric_alts=AID, **EACH,
    note="近 → approx (outside the span); 每年 → text only, start/end null (README §5), the "
         "five-year span as alt (as 每年减轻农民负担 in wr_china_2011); the state's student "
         "aid system → " + GOV_NOTE)
gov("资助学生近8000万人次", "8000万人次", value=8e7, unit="count", kind="count",
    bound="approx", classifier="人次", metric="资助学生",
    metric_alts=["资助家庭经济困难学生", "受资助学生", "资助学生人次", "家庭经济困难学生资助人次",
                 "资助学生数量", "每年资助学生"], **EACH,
    note="近 → approx; 人次 is a classifier (SPEC §3); 每年 → text only; " + GOV_NOTE)
NOW = dict(period=at("现有", REF),
           period_alts=[P("现有", None, REF), at("现有", "2012-12-31"), null("现有")])
fact("现有1260万农村户籍孩子", "1260万", value=1.26e7, unit="count", kind="count",
     classifier="人", metric="在城市接受义务教育的农村户籍孩子",
     metric_alts=["农村户籍孩子", "进城务工人员随迁子女", "随迁子女", "在城市接受义务教育的随迁子女",
                  "在城市接受义务教育的农村户籍孩子数量", "农村户籍孩子在城市接受义务教育",
                  "进城务工人员随迁子女在城市接受义务教育"],
     **NOW,
     note="现有 'now there are' → the instant at the reference date (as 目前, SPEC §4; alts "
          "null..ref, the end of 2012 and null); no measure word (1260万 + noun 孩子): 人 "
          "implied; the predicate defines the counted set")
fact("实施惠及3000多万", "3000多万", value=3e7, unit="count", kind="count", bound="gt",
     classifier="人", metric="营养改善计划惠及农村义务教育阶段学生",
     metric_alts=["农村义务教育阶段学生", "营养改善计划受益学生", "农村义务教育学生营养改善计划",
                  "营养改善计划惠及学生", "农村义务教育阶段学生营养改善计划", "惠及学生",
                  "农村义务教育阶段学生营养改善计划受益学生"],
     subject_alts=CN + GOV,
     period=at("现有", REF),
     period_alts=[P("现有", None, REF), end5(H), five(H), null(H)],
     note="多 inside the span → gt; no measure word (3000多万 + noun 学生): 人 implied; the "
          "students the nutrition plan (launched in 2011) reaches: a level; 现有 of the "
          "sentence before still governs (literal, gold), the end of 2012, the span and null "
          "as alts — judgement call")
REACHED = dict(period=end5(H),
               period_alts=[at("现有", REF), year("2012年", 2012), five(H), null(H)])
REACHED_NOTE = ("judgement call on the period: the level reached at the end of the five "
                "years (提高到/达到, stock rule: instant 2012-12-31, as 城镇化率提高到52.6% in "
                "wr_china_2013) although 现有 literally precedes it in the line (the "
                "reference-date instant as alt), with the year 2012, the span and null")
fact("毛入学率提高到30%", "30%", value=30, unit="%", kind="share",
     metric="高等教育毛入学率", metric_alts=["毛入学率", "高等教育入学率"], **REACHED,
     note="提高到 → the level reached; a rate of a population → share; " + REACHED_NOTE)
g.neg("15岁以上人口", "15岁", "age threshold defining the population measured (15岁以上人口, "
      "SPEC §2), part of the metric of 9年, not a fact")
fact("平均受教育年限达到9年以上", "9年", value=9, unit="year", kind="amount", bound="ge",
     metric="15岁以上人口平均受教育年限",
     metric_alts=["平均受教育年限", "人口平均受教育年限", "国民平均受教育年限",
                  "15岁以上人口平均受教育年数"], **REACHED,
     note="以上 → ge (outside the span); years of schooling: 年 → unit year (SPEC §3); "
          + REACHED_NOTE)

# ==== line 4 (source 14): 大力推动自主创新 =========================================================
g.neg("科技的投入五年累计", "五年", PERIOD_NOTE + " (五年累计 = 2008-2012; governs the line)")
SCI = ["中央财政科技投入", "中央财政科技支出", "中央财政用于科技的投入累计", "科技投入",
       "中央财政科技投入累计", "财政科技投入"]
gov("五年累计8729亿元", "8729亿元", value=8729e8, unit="CNY", kind="amount",
    metric="中央财政用于科技的投入", metric_alts=SCI, **CUM, note=CUM_NOTE + "; " + GOV_NOTE)
gov("年均增长超过18%", "18%", value=18, unit="%", kind="growth", bound="gt",
    metric="中央财政用于科技的投入", metric_alts=SCI[:2] + ["中央财政科技投入年均增速", "科技投入"],
    comparison="年均", **CUM, note="超过 → gt (outside the span); " + AVG_NOTE)
RD = ["研究与试验发展经费支出占国内生产总值比重", "全社会研发经费支出占国内生产总值比重",
      "研发经费支出占GDP比重", "研发投入强度", "R&D经费投入强度", "研究与试验发展经费投入强度",
      "全社会研究与试验发展经费支出占GDP比重", "研发经费投入强度", "研发经费占GDP比重"]
g.neg("比重由2007年的1.4%", "2007年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "1.4%)")
fact("由2007年的1.4%", "1.4%", value=1.4, unit="%", kind="share",
     metric="全社会研究与试验发展经费支出占国内生产总值的比重", metric_alts=RD,
     period=year("2007年", 2007),
     note="a ratio of two flows of 2007 → the year (as 2009年的2.8% in wr_china_2013)")
g.neg("提高到2012年的1.97%", "2012年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "1.97%)")
fact("2012年的1.97%", "1.97%", value=1.97, unit="%", kind="share",
     metric="全社会研究与试验发展经费支出占国内生产总值的比重", metric_alts=RD,
     period=year("2012年", 2012), note="end of the pair: the ratio of 2012")
fact("支出占比超过74%", "74%", value=74, unit="%", kind="share", bound="gt",
     metric="企业研发活动支出占比",
     metric_alts=["企业研发活动支出占全社会研发经费支出比重", "企业研发支出占比",
                  "企业研发经费支出占比", "企业研发活动支出占全社会研究与试验发展经费支出比重",
                  "企业研发活动支出比重"],
     period=year("2012年", 2012), period_alts=[five(C), null(C)],
     note="超过 → gt (outside the span); judgement call on the period: the share of firms in "
          "the R&D spending of 2012, the year the sentence just named (the end of the pair); "
          "SPEC §4 lets the pair's years date only their own values, so the literal "
          "inheritance is 五年累计 (the span, alt) with null")
g.neg("新建一批国家工程中心", "一批", VAGUE_NOTE)
g.neg("突破一批关键核心技术", "一批", VAGUE_NOTE)

# ==== line 5 (source 15): 深入实施人才强国战略 =====================================================
TAL_NOTE = ("分别: 专业技术人才 ↔ 860万人, 高技能人才 ↔ 880万人; absolute change of a level "
            "(增加 → positive, metric <level>增量, SPEC §2), the noun as alt; each value with "
            "its own unit; " + SPAN_NOTE)
fact("分别增加860万人", "860万人", value=8.6e6, unit="count", kind="count", classifier="人",
     metric="专业技术人才增量",
     metric_alts=["专业技术人才", "专业技术人才数量增量", "专业技术人才增加", "新增专业技术人才",
                  "专业技术人才数量"], **SPAN, note=TAL_NOTE)
fact("860万人和880万人", "880万人", value=8.8e6, unit="count", kind="count", classifier="人",
     metric="高技能人才增量",
     metric_alts=["高技能人才", "高技能人才数量增量", "高技能人才增加", "新增高技能人才",
                  "高技能人才数量"], **SPAN, note=TAL_NOTE)
fact("留学回国人员达到54万人", "54万人", value=5.4e5, unit="count", kind="count",
     classifier="人", metric="留学回国人员",
     metric_alts=["留学回国人员数量", "留学回国人数", "回国留学人员", "留学回国人员总数"],
     **STOCK,
     note="达到 → eq; judgement call: read as the level reached (达到, stock rule: " + STOCK_NOTE
          + "); the total of returnees over the five years is the other reading (the span, "
          "in alts)")

# ==== line 6 (source 16): 大力加强文化建设 (no numerals) ===========================================

# ==== line 7 (source 17): 五是 民生 ================================================================
g.neg("五是坚持把人民利益", "五是", MARKER_NOTE)
g.neg("放在第一位", "第一位", "idiom 放在第一位 'put first' (top priority), not a measured "
      "rank")
g.neg("五年累计投入就业专项资金", "五年", PERIOD_NOTE + " (五年累计 = 2008-2012; governs the "
      "line until 2004年)")
gov("就业专项资金1973亿元", "1973亿元", value=1973e8, unit="CNY", kind="amount",
    metric="就业专项资金",
    metric_alts=["投入就业专项资金", "就业专项资金投入", "就业资金", "累计投入就业专项资金"],
    **CUM, note=CUM_NOTE + "; " + GOV_NOTE)
fact("高校毕业生就业2800万人", "2800万人", value=2.8e7, unit="count", kind="count",
     classifier="人", metric="高校毕业生就业",
     metric_alts=["实现高校毕业生就业", "高校毕业生就业人数", "高校毕业生", "就业的高校毕业生",
                  "高校毕业生就业人员"], **CUM, note=CUM_NOTE)
fact("就业困难人员就业830万人", "830万人", value=8.3e6, unit="count", kind="count",
     classifier="人", metric="城镇就业困难人员就业",
     metric_alts=["城镇就业困难人员", "就业困难人员就业", "城镇就业困难人员就业人数",
                  "城镇就业困难人员实现就业", "就业困难人员"], **CUM,
     note="verb 实现 shared with 2800万人; " + CUM_NOTE)
PEN = ["养老保险参保人数", "各项养老保险参保人数", "养老保险参保", "参保人数",
       "基本养老保险参保人数", "养老保险参保人员"]
fact("养老保险参保达到7.9亿人", "7.9亿人", value=7.9e8, unit="count", kind="count",
     classifier="人", metric="各项养老保险参保", metric_alts=PEN, **CUM_STOCK,
     note="达到 → eq; the insured (a stock) under 五年累计 of the line: the instant at its end "
          "2012-12-31 (stock rule), the literal span and null as alts")
PENSION = ["企业退休人员月人均基本养老金", "企业退休人员人均基本养老金", "基本养老金",
           "企业退休人员基本养老金水平", "月人均基本养老金", "人均每月基本养老金",
           "企业退休人员人均每月基本养老金"]
g.neg("从2004年人均每月", "2004年", PERIOD_NOTE + " (inside a from/to pair: governs only "
      "700元)")
fact("人均每月700元", "700元", value=700, unit="CNY", kind="amount",
     metric="企业退休人员基本养老金", metric_alts=PENSION,
     period=year("2004年", 2004), period_alts=[null("2004年")],
     note="the monthly pension per retiree in 2004 (a level of the year; the rate 人均每月 stays "
          "in the metric alts, SPEC §3)")
fact("现在的1721元", "1721元", value=1721, unit="CNY", kind="amount",
     metric="企业退休人员基本养老金", metric_alts=PENSION,
     period=at("现在", REF),
     period_alts=[P("现在", None, REF), at("现在", "2012-12-31"), year("现在", 2012),
                  null("现在")],
     note="现在 'now' → the instant at the reference date (as 目前, SPEC §4); the pension level "
          "of 2012 (its end, the year) and null as alts")
HEALTH = ["医疗保险参保人数", "各项医疗保险参保人数", "医疗保险参保", "基本医疗保险参保人数",
          "参保人数", "医保参保人数"]
fact("医疗保险参保超过13亿人", "13亿人", value=1.3e9, unit="count", kind="count",
     classifier="人", bound="gt", metric="各项医疗保险参保", metric_alts=HEALTH,
     period=end5(C), period_alts=[five(C), at("现在", REF), null(C)],
     note="超过 → gt (outside the span); the insured (a stock): the pair's 现在 dates only its "
          "own value, so 五年累计 of the line governs → the instant 2012-12-31 (stock rule), "
          "the span, the reference date (现在) and null as alts")
fact("人均预期寿命达到75岁", "75岁", value=75, unit="year", kind="amount",
     metric="人均预期寿命",
     metric_alts=["预期寿命", "人均期望寿命", "平均预期寿命", "人口平均预期寿命", "期望寿命"],
     period=five(C), period_alts=[end5(C), year("五年累计", 2012), null(C)],
     note="岁 → year (SPEC §3, as 73岁 in wr_china_2008); 达到 → eq; judgement call on the "
          "period: 五年累计 of the line literally governs (the span, gold); a period measure "
          "reached at the end of the review → the instant 2012-12-31 and the year 2012 as "
          "alts, with null")
g.neg("农村五保供养制度", "五保", LABEL_NOTE + " (五保 'the five guarantees' of rural welfare, "
      "as wr_china_2007_b)")
g.neg("2012年底已达到12.5%", "2012年底", PERIOD_NOTE + " (instant 2012-12-31)")
fact("已达到12.5%", "12.5%", value=12.5, unit="%", kind="share",
     metric="城镇保障性住房覆盖面",
     metric_alts=["保障性住房覆盖面", "城镇保障性住房覆盖率", "保障性住房覆盖率",
                  "城镇保障性住房制度覆盖面", "覆盖面"],
     period=at("2012年底", "2012-12-31"),
     note="已达到 → eq; the coverage of the urban housing-security system (a share of a stock) "
          "at 2012年底 (instant)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_china_2013.txt "
    f"({len(text):,} characters with the final newline; the line range as briefed, not moved), "
    "sliced by code: item 三是 (“三农”: central farm spending, grain subsidies, rural credit, "
    "minimum purchase prices, arable land, grain, rural roads, housing, water and power), item "
    "四是 (heading paragraph; 优先发展教育事业, 大力推动自主创新, 深入实施人才强国战略, 大力加强"
    "文化建设) and item 五是 (jobs, pensions, health insurance, life expectancy, housing "
    "security) of part 一、过去五年工作回顾 (heading on source line 3, outside the excerpt): "
    "the review of the five years 2008-2012, so every fact is actual. Lines 6-10 are "
    "wr_china_2013 (held out too; no overlap). Date: 2013-03-05, the opening day of the 1st "
    "session of the 12th NPC, on which the Premier delivered the report (shared meta; the "
    "Wikisource text has no date line); nothing in the excerpt contradicts it (2012 outturns, "
    "2012年末/2012年底 instants). Title: the shared meta title (the source has no title line; "
    "title_in_text=False). Place: national report → 中国 (alts 我国/全国/中华人民共和国; central "
    "spending, subsidies, prices and student aid add 中央财政/中央政府/国务院/国家; rural "
    "credit adds 银行业/金融机构). Periods: the section frame is the span 2008-01-01.."
    "2012-12-31 (period text 五年; null as alt) for lines stating no period before a number; "
    "五年累计 (lines 3, 4, 7) → the span; 2012年 (line 3) → 2012; 每年 → text only (the span "
    "as alt); 现有 / 现在 → the instant at the reference date 2013-03-05; the pairs "
    "从2007年的…到2012年的, 从2007年末的…到2012年末的, 由2007年的…到2012年的, 从2004年…到现在的 "
    "date only their own values (years for flows and ratios of flows, instants for the loan "
    "balance); 2012年底 → the instant. Stocks and levels reached (参保达到/超过, 留学回国人员达到, "
    "毛入学率提高到, 受教育年限达到) → the instant 2012-12-31 with the span and null as alts; "
    "耕地面积保持在 → the span (instant as alt); the streak 连续6年 (2007-2012) → the frame as "
    "gold, the streak's span as alt. Comparisons: 年均 for average growth, 累计 for the "
    "cumulative rise of the minimum purchase prices. Units: 万亿元 1e12; 亿亩 stays mu; 万亿斤 "
    "× 0.0005 t = 5e8 t; 万公里 1e7 m; 岁/年 → year. Judgement calls: 41.7%到86.7% → one range "
    "fact (upper); 万亿斤以上 → a level of its own next to the 6-year streak (as wr_china_2012); "
    "counts without a measure word (3亿多农村人口, 1.6亿学生, 1260万孩子, 3000多万学生) → "
    "classifier 人; 1.6亿 under the literal 2012年, 3000多万 under the literal 现有 (level "
    "readings as alts); 30% and 9年 read as levels at the end of 2012 although 现有 precedes "
    "them; 74% (企业研发) dated 2012 (the literal span as alt); 13亿人 and 75岁 under the "
    "line's 五年累计 (the pair's 现在 dates only 1721元); 54万人 (留学回国人员达到) as a stock "
    "(the five-year total as alt); 860万人/880万人 (增加) → <level>增量. Negatives: 三是, 三农 "
    "×2, 2007年 ×2, 2012年 ×3, 2007年末, 2012年末, 2010年以来, 四是, 五年 ×3, 九年, 三年 "
    "(学前教育三年行动计划), 15岁, 一批 ×2, 五是, 第一位, 2004年, 五保, 2012年底. "
    "Lexicalized, not listed: 一些, 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/wr_china_2013.txt lines {FIRST}–{LAST} "
        "(一、过去五年工作回顾, items 三是 to 五是; Chinese Wikisource via "
        "aldohemsn/chinese-political-corpora)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
