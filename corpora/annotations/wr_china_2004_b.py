"""Gold annotations for wr_china_2004_b (2004年中华人民共和国国务院政府工作报告, the plan for
2004: the end of task （二） 三农 and tasks （三） 区域协调发展 and （四） 科教兴国、可持续发展 in
full), lines 58-73 of shared/texts/work_report/wr_china_2004.txt.

The excerpt corpora/wr_china_2004_b.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief (a run of whole
lines, as unseen test excerpts are cut).  It lies in part 二、2004年主要任务 (heading: source
line 45, outside the excerpt), the plan for 2004: the last four measures of task （二） 巩固和
加强农业基础地位 (第三 农村税费改革: 48亿元, 1个百分点, 五年内, 70亿元, 396亿元; 第四 粮食流通
体制: 100亿元 直接补贴; 第五 农业投入: 300亿元以上, 20%以上; 第六 农业科技), task （三） 区域协调
发展 in full (no figure), task （四） 科教兴国 / 可持续发展 in full (“两基”攻坚计划 100亿元,
第二期危房改造 60亿元, 未来15年 of the science plan) and the heading of task （五）.  The review of
2003 (source lines 5-33) is wr_china_2004 (no overlap).  Facts and negatives are written by
hand from the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2004_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_china_2004_b"
SOURCE_ID = "wr_china_2004"
PLACE = "中国"
REF = "2004-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 58, 73                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2004年中华人民共和国国务院政府工作报告"   # corpus meta title (as wr_china_2004)

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="第三，继续推进农村税费改革。",
                 ends="（五）加快卫生文化体育事业发展，加强精神文明建设")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own budget: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2004 / wr_china_2005_b)")
FARM = CN + ["农民"]

fact = g.with_subject(PLACE, CN, modality="target")
gov = g.with_subject(PLACE, GOV + CN, modality="target")

# ---- periods (reference date 2004-03-05; 去年/上年 = 2003, 今年 = 2004) ---------------------
# The whole excerpt lies in part 二、2004年主要任务 (heading: source line 45, outside the
# excerpt): the plan for 2004 → modality target (拿出, 增加, 将投入 of the budget), forecast
# for the estimated effects (可使农民减轻负担…, as 可减轻…约5000亿元 in wr_china_2009_c).
# Stated periods, line by line (a period never crosses a line):
#   - line 1 (source 58): 每年 (before 48亿元) → text only (README §5), the plan year as alt;
#     从今年起 (2004 onwards) governs the yearly cut of the tax rate (平均每年降低1个百分点以上)
#     over the five years to its abolition (五年内 → 2004-2008, gold), the open-ended reading
#     2004-01-01..null, the year 2004 and null as alts; 五年内 itself is the time limit of the
#     goal (a duration fact, as 原定5年取消农业税的目标 in wr_china_2005_b) with its own span
#     2004-2008; 今年 (= 2004) then governs 70亿元 and 396亿元 (explicit, no alternative needed,
#     as the 今年 targets of wr_china_2005_b / wr_china_1998_c).
#   - lines 2 and 3 (source 59, 60): 今年 before the number (explicit 2004).
#   - line 12 (source 69): 今年要启动… then 到2007年 (the horizon of the “两基” campaign): the
#     100亿元 put up 为此 (for the campaign) is a total over the campaign, 2004-2007 (gold),
#     with 2007 (the literal reading of 到2007年), the plan year and null as alts.  The 60亿元
#     of the second phase of the school-building repairs (a new sentence) is not tied to 2007:
#     judgement call, the plan year 2004 (period text 今年 of the line) is gold, the literal
#     inheritance of 到2007年 (2004-2007 and 2007) and null as alts.
#   - line 13 (source 70): 未来15年 is the horizon of the science plan to be drafted (2006-
#     2020), a period expression (as 未来五年 in wr_china_2006_c) governing no number.
T04 = P("今年", "2004-01-01", "2004-12-31")
T04_NULL = null("今年")
T_NOTE = "今年 (= 2004) stands before it in its line and governs it; a plan of the year"
SINCE = "从今年起"
FIVE = P("五年内", "2004-01-01", "2008-12-31")
BY07 = "到2007年"

# ==== line 1 (source 58): 第三，继续推进农村税费改革 ================================================
g.neg("第三，继续推进", "第三", MARKER_NOTE + " (第三，… the third measure of task （二）)")
BURDEN = ["减轻农民负担", "农民减轻负担", "减轻负担", "农民负担减轻", "农民减负"]
fact("每年可使农民减轻负担48亿元", "48亿元", value=48e8, unit="CNY", kind="amount",
     metric="取消农业特产税减轻农民负担",
     metric_alts=BURDEN + ["取消农业特产税减轻负担", "取消农业特产税农民减轻负担",
                           "取消农业特产税减收"],
     subject_alts=FARM + GOV, modality="forecast",
     period=P("每年", None, None), period_alts=[P("每年", "2004-01-01", "2004-12-31"), T04_NULL],
     note="可使…减轻 ('can lighten') → forecast: the estimated yearly effect of abolishing the "
          "special agricultural products tax (除烟叶外), not a goal (as 可减轻…约5000亿元 in "
          "wr_china_2009_c); judgement call: the burden lifted → a positive amount with the "
          "phrase as metric (as 减轻农民负担20亿元 in wr_china_1980); 每年 → text only (README "
          "§5), the plan year 2004 and null as alts")
TAXRATE = ["农业税率", "农业税税率降低", "农业税率降低", "农业税税率降幅", "农业税"]
fact("平均每年降低1个百分点以上", "1个百分点", value=-1, unit="pp", kind="change",
     bound="ge", metric="农业税税率", metric_alts=TAXRATE, comparison="年均",
     period=P(SINCE, "2004-01-01", "2008-12-31"),
     period_alts=[P(SINCE, "2004-01-01", None), P(SINCE, "2004-01-01", "2004-12-31"),
                  null(SINCE)],
     note="降低 N个百分点 → change, negative; 以上 → ge (outside the span; as 下降3.1%以上 → "
          "−3.1 ge in wr_china_2015_b); 平均每年 = the average yearly cut (comparison 年均, as "
          "平均每年增长 in wr_china_1993); 从今年起 governs: the cut runs over the five years to "
          "the abolition (五年内, 2004-2008, gold), 2004 onwards (open end), the year 2004 and "
          "null as alts; a measure of the plan → target")
fact("五年内取消农业税", "五年", value=5, unit="year", kind="amount", bound="le",
     metric="取消农业税期限",
     metric_alts=["取消农业税目标期限", "取消农业税时间", "取消农业税所需时间", "取消农业税",
                  "五年内取消农业税", "农业税取消期限"],
     period=FIVE, period_alts=[P(SINCE, "2004-01-01", None), T04, null("五年内")],
     note="judgement call: the time limit of the goal (从今年起…五年内取消农业税) → a duration "
          "fact, unit year, as the same goal's 原定5年取消农业税的目标 in wr_china_2005_b and 用三年"
          "左右的时间 in wr_china_1998_c; 内 'within' → le (outside the span, as 以内); target; "
          "its own span 2004-2008 (counted from 从今年起) gold, the open-ended 2004.., the year "
          "and null as alts; a period-expression negative is the alternative reading (no "
          "number follows it)")
fact("农业税率降低可使农民减轻负担70亿元", "70亿元", value=70e8, unit="CNY", kind="amount",
     metric="农业税率降低减轻农民负担",
     metric_alts=BURDEN + ["降低农业税率减轻农民负担", "农业税税率降低减轻农民负担",
                           "农业税率降低减轻负担", "降低农业税税率减轻农民负担"],
     subject_alts=FARM + GOV, modality="forecast", period=T04,
     note="可使…减轻 → forecast (the estimated effect of this year's cut of the tax rate); "
          "positive amount with the phrase as metric (as 48亿元); " + T_NOTE)
TRANS = ["转移支付", "中央财政转移支付", "农村税费改革转移支付资金", "中央财政农村税费改革转移支付",
         "支持农村税费改革转移支付", "中央财政拿出资金", "用于转移支付的资金",
         "农村税费改革中央转移支付"]
gov("今年中央财政拿出396亿元", "396亿元", value=396e8, unit="CNY", kind="amount",
    metric="农村税费改革转移支付", metric_alts=TRANS, period=T04,
    note="拿出…用于转移支付 → the central transfers of 2004 to support the rural tax reform "
         "(为支持农村税费改革 names the purpose, kept in the metric); budget → target; "
         + T_NOTE + "; " + GOV_NOTE)

# ==== line 2 (source 59): 第四，深化粮食流通体制改革 ================================================
g.neg("第四，深化粮食", "第四", MARKER_NOTE)
SUBSIDY = ["直接补贴种粮农民", "粮食直接补贴", "种粮直补", "粮食直补", "对种粮农民直接补贴",
           "种粮农民补贴", "粮食风险基金直接补贴种粮农民", "种粮农民直接补贴资金",
           "粮食风险基金拿出资金"]
gov("从粮食风险基金中拿出100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
    metric="种粮农民直接补贴", metric_alts=SUBSIDY,
    subject_alts=["国家", "粮食风险基金"] + GOV + CN, period=T04,
    note="拿出…直接补贴种粮农民 → the direct subsidies to grain growers paid in 2004 out of the "
         "grain risk fund; the state (国家) pays → 中国, 国家 / 粮食风险基金 / central bodies as "
         "alts; target; " + T_NOTE)

# ==== line 3 (source 60): 第五，加大对农业和农村投入力度 ==============================================
g.neg("第五，加大对农业", "第五", MARKER_NOTE)
g.neg("增加对“三农”的投入", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
SANNONG = ["中央财政投入", "中央财政“三农”投入", "中央财政对“三农”的投入", "中央财政三农投入",
           "中央财政支农投入", "“三农”投入", "三农投入"]
gov("今年中央财政投入增加300亿元以上", "300亿元", value=300e8, unit="CNY", kind="amount",
    bound="ge", metric="中央财政“三农”投入增量",
    metric_alts=["中央财政投入增量", "中央财政对“三农”的投入增量", "中央财政三农投入增量",
                 "中央财政投入增加", "“三农”投入增量"] + SANNONG,
    period=T04,
    note="增加 N of an existing budget line: absolute change of a level (增加 → positive, metric "
         "<level>增量, SPEC §2), the noun as alt; 以上 → ge (outside the span); the sentence "
         "before (各级政府都要增加对“三农”的投入) names what the central money goes to; "
         + T_NOTE + "; " + GOV_NOTE)
gov("比上年增长20%以上", "20%", value=20, unit="%", kind="growth", bound="ge",
    metric="中央财政“三农”投入", metric_alts=SANNONG[:1] + SANNONG[2:], comparison="yoy",
    period=T04, note="比上年 → yoy; 以上 → ge (outside the span); target; " + T_NOTE)
g.neg("农村“六小工程”", "六小工程", LABEL_NOTE + " (“六小工程”: the six kinds of small rural "
      "works — water-saving irrigation, drinking water, roads, biogas, hydropower, grassland "
      "fencing), a set label, not a count (as 八大 in the README)")

# ==== line 4 (source 61): 第六，加快农业科技进步 (no figures) ========================================
g.neg("第六，加快农业", "第六", MARKER_NOTE)

# ==== line 5 (source 62): heading （三） ==============================================================
g.neg("（三）统筹区域", "（三）", MARKER_NOTE)

# ==== lines 6-10 (source 63-67): regional development (no figures) ===================================
g.neg("现代化建设中的一个重大", "一个", "indefinite article 一个 ('a major strategic issue'), "
      "not a count")
g.neg("今年要有一个良好的开端", "一个", "indefinite article 一个 ('a good start'), not a count")

# ==== line 11 (source 68): heading （四） =============================================================
g.neg("（四）继续实施", "（四）", MARKER_NOTE)

# ==== line 12 (source 69): education ================================================================
g.neg("实施新一轮", "一轮", "新一轮 'a new round', not a count (as wr_yunnan_2025)")
g.neg("西部地区“两基”攻坚计划", "两基", LABEL_NOTE + " (“两基”: 基本普及九年义务教育 and 基本"
      "扫除青壮年文盲, the two basic goals named right after), not a count")
g.neg("攻坚计划，到2007年", "2007年", PERIOD_NOTE + " (到2007年: the horizon of the “两基” "
      "campaign; governs the 100亿元 put up for it)")
g.neg("基本普及九年义务教育", "九年", "part of the policy name 九年义务教育 (the nine "
      "compulsory years), not a duration fact (as cm_qiandongnan_2023)")
LIANGJI = ["“两基”攻坚计划投入", "两基攻坚计划投入", "西部地区两基攻坚计划中央财政投入",
           "中央财政投入", "中央财政“两基”攻坚投入", "“两基”攻坚中央财政投入",
           "西部地区“两基”攻坚计划投入", "西部地区“两基”攻坚中央财政投入",
           "西部地区普及九年义务教育和扫除青壮年文盲中央财政投入"]
gov("中央财政将为此投入100亿元", "100亿元", value=100e8, unit="CNY", kind="amount",
    metric="西部地区“两基”攻坚计划中央财政投入", metric_alts=LIANGJI,
    period=P(BY07, "2004-01-01", "2007-12-31"),
    period_alts=[P(BY07, "2007-01-01", "2007-12-31"), T04, null(BY07)],
    note="将…投入 → target; 为此 = for the “两基” campaign launched this year (its goals named "
         "in the sentence): a total over the campaign 2004-2007 (到2007年 governs, counted from "
         "今年要启动), the literal year 2007, the plan year and null as alts; " + GOV_NOTE)
g.neg("继续实施第二期", "第二期", "phase label 第二期 (the second phase of the school-building "
      "repair programme, README §2 一期; as 二期 in wr_china_2004), not a quantity")
REPAIR = ["第二期农村中小学危房改造投入", "农村中小学危房改造中央财政投入", "农村中小学危房改造投入",
          "中小学危房改造中央财政投入", "危房改造中央财政投入", "危房改造投入", "中央财政投入",
          "第二期农村中小学危房改造中央投入"]
gov("中央财政将投入60亿元", "60亿元", value=60e8, unit="CNY", kind="amount",
    metric="第二期农村中小学危房改造中央财政投入", metric_alts=REPAIR,
    period=T04,
    period_alts=[P(BY07, "2004-01-01", "2007-12-31"), P(BY07, "2007-01-01", "2007-12-31"),
                 T04_NULL],
    note="将投入 → target; the central money for the second phase of the rural school-building "
         "repairs; judgement call on the period: a new sentence not tied to the “两基” horizon "
         "→ the plan year 2004 (period text 今年 at the head of the line's tasks), the literal "
         "inheritance of 到2007年 (2004-2007, 2007) and null as alts; " + GOV_NOTE)

# ==== line 13 (source 70): the science plan ==========================================================
g.neg("确定未来15年", "未来15年", PERIOD_NOTE + " (未来15年: the horizon of the medium- and "
      "long-term science plan being drafted, 2006-2020, as 未来五年 in wr_china_2006_c; it "
      "governs no number)")
g.neg("组织实施一批", "一批", "quantifier 一批 (README §2)")

# ==== lines 14-15 (source 71-72): talent, sustainable development (no numerals) =====================

# ==== line 16 (source 73): heading （五） =============================================================
g.neg("（五）加快卫生", "（五）", MARKER_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief (a run of whole lines starting mid-task). Part of the document: part 二、"
    "2004年主要任务 (heading: source line 45, outside the excerpt), the plan for 2004 — the last "
    "four measures of task （二） 巩固和加强农业基础地位 (第三 农村税费改革, 第四 粮食流通体制, 第五 "
    "农业投入, 第六 农业科技), task （三） 统筹区域协调发展 in full (no figure), task （四） 科教兴国"
    "战略 / 可持续发展 in full and the heading of task （五）. The review of 2003 is wr_china_2004 "
    "(source lines 5-33). Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2004-03-05, the shared meta date: the opening day of the 2nd "
    "session of the 10th NPC, on which Premier Wen Jiabao delivered the report (the Wikisource "
    "text has no dateline; 今年 = 2004 and 上年 = 2003 agree). Place: national report → 中国 "
    "(alts 我国/全国/中华人民共和国); central budget figures keep 中国 with 中央财政/中央政府/国务院 "
    "as alts (国家 and 粮食风险基金 for the grain subsidy; 农民 for the burden relief). Periods: "
    "今年 (= 2004) governs 70亿元, 396亿元, 100亿元 (line 2), 300亿元 and 20% (explicit); 每年 "
    "before 48亿元 → text only (README §5), 2004 as alt; 从今年起 → the yearly tax-rate cut over "
    "2004-2008 (open end, 2004 and null as alts); 五年内 → its own span 2004-2008; 到2007年 → "
    "the “两基” money over 2004-2007 (2007, 2004 and null as alts); 60亿元 of the second-phase "
    "school repairs → 2004 by meaning, the literal 到2007年 as alt; 未来15年 → period negative. "
    "Modality: target for the plan's figures (拿出, 增加, 将投入, 降低, 取消); forecast for the "
    "estimated effects 可使农民减轻负担48亿元 / 70亿元. Comparisons: yoy for 比上年增长20%以上; "
    "年均 for 平均每年降低1个百分点; 增加300亿元以上 → <level>增量 (comparison null). Bounds: 以上 "
    "→ ge (1个百分点, 300亿元, 20%); 五年内 → le; the rest eq. Judgement calls: the burden "
    "relief (48亿元, 70亿元) → positive amounts, forecast; 五年内取消农业税 → a 5-year duration "
    "fact, le (a period negative the alternative); 降低1个百分点以上 → −1 pp ge; the periods of "
    "the 100亿元 (campaign span) and the 60亿元 (plan year); 六小工程, 两基 → labels. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 进一步.")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
