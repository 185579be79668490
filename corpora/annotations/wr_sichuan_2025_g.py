"""Gold annotations for wr_sichuan_2025_g (2025年四川省政府工作报告, the end of the 2024 review),
lines 25-30 of shared/texts/work_report/wr_sichuan_2025.txt.

The excerpt corpora/wr_sichuan_2025_g.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief.  It closes part
2024年工作回顾 (heading on source line 7, outside the excerpt): the last two paragraphs of
review section （六）守牢安全发展底线 (筑牢长江黄河上游生态屏障: PM2.5, heavy-pollution days,
water quality, pilot counties; 深化法治四川、平安四川建设: regulations, legal aid, petitions,
crime), the paragraph on other work (与此同时…), the government's own work (一年来，省政府…:
general spending, 三公 funds), the thanks (各位代表！…) and the problems (同时，我们也清醒
认识到…).  It continues wr_sichuan_2025_e (lines 21-24) and stops before the 2025 plan
(wr_sichuan_2025_b, lines 31-39); no overlap.  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_sichuan_2025_g.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, null

DOC_ID = "wr_sichuan_2025_g"
PLACE = "四川省"
REF = "2025-01-20"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / "wr_sichuan_2025.txt"
FIRST, LAST = 25, 30                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年四川省政府工作报告"       # line 1 of the source, outside the excerpt
SC_ALTS = ["四川", "全省", "我省"]
GOV_ALTS = SC_ALTS + ["四川省人民政府", "省人民政府", "省政府"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="筑牢长江黄河上游生态屏障。",
                 ends="我们将正视问题，在今后的工作中努力加以解决。")
text = g.text
fact = g.with_subject(PLACE, SC_ALTS)
gov = g.with_subject(PLACE, GOV_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
LABEL_NOTE = "policy / programme label, not a quantity"
PLACE_NOTE = "numeral inside a proper name ({}), not a quantity"
FIRST_NOTE = "first-of-kind word (首…), not a measured rank or count (gold README §2)"
ROUND_NOTE = "edition / round label {}, not a count"

# ---- periods (reference date 2025-01-20) ---------------------------------------------------
# The whole excerpt lies in part 2024年工作回顾 (heading on source line 7, outside the
# excerpt).  Lines 1-3 (source 25-27) state no period of their own (年均 in PM2.5年均浓度 is
# the annual mean of the review year): their numbers take the review year 2024 (SPEC §4
# section frame), the null reading in period_alts.  Line 4 (source 28) opens with 一年来
# (= the review year 2024), which governs the line explicitly (no null alt).  The period
# text of the frame is 一年来, the excerpt's own name for that year (as wr_china_2004_c;
# wr_sichuan_2025_c / _e use 年度 / 全年 for the same frame), so that every period text occurs
# in the article (dates are what is scored).  Levels of sets monitored or run during the
# year (203个国考断面, 285个水功能区, the 15 + 7 pilot counties) take the year with the
# year-end instant as alt (as 147个国考断面 in wr_hunan_2025_e).  The streak 连续11年 ends in
# the review year (the year, 2014-2024 and null as alts, as 连续十年 in wr_sichuan_2025_e).
# Modality: actual throughout (a review).
Y24 = P("一年来", "2024-01-01", "2024-12-31")
Y24_NULL = null("一年来")
Y24_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=Y24, period_alts=[Y24_NULL])
LEVEL = dict(period=Y24, period_alts=[Y24_NULL, Y24_END])
EXPL = dict(period=Y24)
FRAME_NOTE = ("no period in its line → the review year 2024 (section frame of 2024年工作回顾, "
              "period text 一年来), null in period_alts")
LEVEL_NOTE = ("set monitored / run in the review year 2024 (a level): the year, null and the "
              "year-end instant as alts")
EXPL_NOTE = "一年来 opens the line (= the review year 2024) and governs it"

# ==== line 1 (source 25): 筑牢长江黄河上游生态屏障 ================================================
g.neg("以接受第三轮中央", "第三轮", ROUND_NOTE.format("第三轮 (the third round of central "
      "environmental inspections)"))
g.neg("全省PM2.5年均浓度", "PM2.5", "pollutant name (PM2.5, particles ≤ 2.5 μm), not a "
      "quantity (as wr_anhui_2025)")
g.neg("年均浓度首次低于", "首次", FIRST_NOTE + " (首次 'for the first time')")
PM = ["PM2.5浓度", "PM2.5平均浓度", "PM2.5年平均浓度", "全省PM2.5年均浓度", "细颗粒物年均浓度",
      "细颗粒物浓度", "细颗粒物平均浓度"]
fact("首次低于30微克/立方米", "30微克/立方米", value=30, unit="微克/立方米", kind="amount",
     bound="lt", metric="PM2.5年均浓度", metric_alts=PM, **FLOW,
     note="低于 → lt (outside the span); the annual mean concentration of 2024; 微克/立方米 has "
          "no SPEC code → kept as written (czfacts' concentration unit, as wr_anhui_2025 / "
          "wr_beijing_2025); " + FRAME_NOTE)
fact("重污染天气减少38天", "38天", value=-38, unit="day", kind="amount",
     metric="重污染天气天数增量",
     metric_alts=["重污染天气天数", "重污染天数增量", "重污染天数", "重污染天气", "重污染天气减少",
                  "重污染天气天数减少", "重污染天数减少"], **FLOW,
     note="absolute change of a level (SPEC §2): the level's kind (amount, day), metric "
          "…增量, 减少 → negative, comparison null (as wr_shaanxi_2025 重污染天数减少6.4天); "
          + FRAME_NOTE)
fact("203个国考断面", "203个", value=203, unit="count", kind="count", classifier="个",
     metric="国考断面",
     metric_alts=["国家考核断面", "国考断面数量", "地表水国考断面", "国控断面"], **LEVEL,
     note="the set of national assessment sections whose rate is given (as 147个国考断面 in "
          "wr_hunan_2025_e); " + LEVEL_NOTE)
fact("285个水功能区", "285个", value=285, unit="count", kind="count", classifier="个",
     metric="水功能区", metric_alts=["水功能区数量", "重要水功能区", "水功能区个数"], **LEVEL,
     note="the set of water-function zones whose compliance rate is given; " + LEVEL_NOTE)
RATE = ["国考断面优良率", "水功能区达标率", "国考断面水质优良率", "203个国考断面优良率",
        "285个水功能区达标率", "国考断面水质优良比例", "水功能区水质达标率", "优良率", "达标率",
        "国考断面优良率、水功能区达标率"]
fact("达标率均为100%", "100%", value=100, unit="%", kind="share",
     metric="国考断面优良率和水功能区达标率", metric_alts=RATE, **FLOW,
     note="one quantity mention (均为100%) over two rates → one fact (SPEC §1, as 均达到93% in "
          "wr_beijing_2025_c), each rate as an alt; the rates of the 2024 assessment; "
          + FRAME_NOTE)
g.neg("干流四川段", "四川", PLACE_NOTE.format("四川段, the Sichuan section of the rivers"))
g.neg("水质保持Ⅱ类", "Ⅱ类", "water-quality class label (Ⅱ类, GB 3838 grade), a category, not "
      "a quantity (as nw_cctv_20240422_west_2024)")
g.neg("15个美丽四川建设", "四川", PLACE_NOTE.format("美丽四川, a programme name"))
PILOT_NOTE = ("pilot counties whose pilots 取得成效 in 2024 (先行县 / 培育县 of the 美丽四川建设 "
              "programme); ")
fact("15个美丽四川建设先行县", "15个", value=15, unit="count", kind="count", classifier="个",
     metric="美丽四川建设先行县",
     metric_alts=["先行县", "美丽四川建设先行县试点", "美丽四川建设先行县数量", "先行县数量",
                  "美丽四川先行县"], **LEVEL, note=PILOT_NOTE + LEVEL_NOTE)
fact("先行县和7个培育县", "7个", value=7, unit="count", kind="count", classifier="个",
     metric="美丽四川建设培育县",
     metric_alts=["培育县", "美丽四川建设培育县试点", "美丽四川建设培育县数量", "培育县数量",
                  "美丽四川培育县"], **LEVEL,
     note="head 美丽四川建设 restored from 先行县 (README §3); " + PILOT_NOTE + LEVEL_NOTE)

# ==== line 2 (source 26): 深化法治四川、平安四川建设 ==============================================
g.neg("深化法治四川", "四川", PLACE_NOTE.format("法治四川, a programme name"))
g.neg("、平安四川建设", "四川", PLACE_NOTE.format("平安四川, a programme name"))
GOV_NOTE = ("the provincial government's own act: subject 四川省, 四川省人民政府 / 省政府 as alts "
            "(as the central government's bills in wr_china_2004_c)")
gov("地方性法规草案15件", "15件", value=15, unit="count", kind="count", classifier="件",
    metric="提请省人大常委会审议的地方性法规草案",
    metric_alts=["地方性法规草案", "提请审议地方性法规草案", "提请省人大常委会审议地方性法规草案",
                 "地方性法规草案数量", "提请审议的地方性法规草案", "地方性法规"], **FLOW,
    note="draft regulations the government submitted to the provincial NPC standing "
         "committee in 2024; " + GOV_NOTE + "; " + FRAME_NOTE)
gov("省政府规章9件", "9件", value=9, unit="count", kind="count", classifier="件",
    metric="制定、修订和废止的省政府规章",
    metric_alts=["省政府规章", "制定、修订和废止省政府规章", "制定修订和废止省政府规章",
                 "省政府规章数量", "政府规章", "规章"], **FLOW,
    note="rules made, revised or repealed in 2024 (one total over the three acts); "
         + GOV_NOTE + "; " + FRAME_NOTE)
g.neg("出台《四川省行政", "四川", PLACE_NOTE.format("《四川省行政裁量权基准管理规定》, a title"))
MEASURE_NOTE = ("quoted nickname of a policy that states its number of measures: a count of "
                "measures (README §2 七条措施; as 稳增长“18条” and 十条支持政策 in wr_sichuan_2025), "
                "not a bare label; span number + classifier (README §1) — judgement call (a "
                "label negative is the alternative); ")
fact("营商环境“十项措施”", "十项", value=10, unit="count", kind="count", classifier="项",
     metric="优化法治化营商环境措施",
     metric_alts=["优化法治化营商环境“十项措施”", "优化法治化营商环境十项措施", "措施",
                  "法治化营商环境措施", "营商环境措施", "十项措施"],
     subject_alts=SC_ALTS + ["司法厅", "四川省司法厅", "省司法厅"], **FLOW,
     note=MEASURE_NOTE + "issued in 2024 (glossary item 23: by the 司法厅, as alt); "
          + FRAME_NOTE)
fact("高质量发展“十二项举措”", "十二项", value=12, unit="count", kind="count", classifier="项",
     metric="行政复议护航企业高质量发展举措",
     metric_alts=["行政复议护航企业高质量发展“十二项举措”", "行政复议护航企业高质量发展十二项举措",
                  "举措", "行政复议举措", "十二项举措"],
     subject_alts=GOV_ALTS + ["省政府行政复议办公室"], **FLOW,
     note=MEASURE_NOTE + "put forward in 2024 (glossary item 24: 省政府行政复议办公室 with "
          "other departments, as alt); " + FRAME_NOTE)
fact("法律援助案件7.6万件", "7.6万件", value=76000, unit="count", kind="count",
     classifier="件", metric="法律援助案件",
     metric_alts=["办理法律援助案件", "法律援助案件数", "法律援助案件数量", "法律援助"], **FLOW,
     note="cases handled in 2024; 万件 ×1e4; " + FRAME_NOTE)
fact("信访总量下降25.6%", "25.6%", value=-25.6, unit="%", kind="growth",
     metric="信访总量", metric_alts=["信访量", "信访总数", "信访件次"], comparison="yoy",
     **FLOW, note="下降 → negative; no basis → yoy; " + FRAME_NOTE)
CRIME_NOTE = ("分别: 刑事案件立案数 ↔ −25.7%, 治安案件立案数 ↔ −6%; 下降 → negative values; "
              "no basis → yoy; " + FRAME_NOTE)
fact("分别下降25.7%", "25.7%", value=-25.7, unit="%", kind="growth",
     metric="刑事案件立案数",
     metric_alts=["刑事案件立案", "刑事案件", "刑事案件数", "刑事立案数", "刑事案件立案量"],
     comparison="yoy", **FLOW, note=CRIME_NOTE + "; head 案件立案数 restored")
fact("25.7%、6%", "6%", value=-6, unit="%", kind="growth", metric="治安案件立案数",
     metric_alts=["治安案件立案", "治安案件", "治安案件数", "治安立案数", "治安案件立案量"],
     comparison="yoy", **FLOW, note=CRIME_NOTE)

# ==== line 3 (source 27): 与此同时，其他各方面工作… ===============================================
g.neg("双拥共建", "双拥", LABEL_NOTE + " (双拥 'support the army, cherish the people')")
g.neg("完成第五次全国经济普查", "第五次", ROUND_NOTE.format("第五次 (the fifth national "
      "economic census, an edition label)"))
g.neg("慈善、红十字等事业", "红十字", PLACE_NOTE.format("红十字 'Red Cross', an organisation"))

# ==== line 4 (source 28): 一年来，省政府… ===========================================================
g.neg("一年来，省政府", "一年来", PERIOD_NOTE + " (= the review year 2024; governs the line)")
g.neg("以“高效办成一件事”", "一件事", LABEL_NOTE + " (slogan “高效办成一件事” 'get one thing "
      "done efficiently'), not a count")
fact("一般性支出预算下降3.6%", "3.6%", value=-3.6, unit="%", kind="growth",
     metric="一般性支出预算",
     metric_alts=["一般性支出", "全省一般性支出预算", "一般性支出预算压减", "一般性支出压减"],
     comparison="yoy", **EXPL,
     note="下降 → negative; no basis → yoy; " + EXPL_NOTE)
g.neg("“三公”经费连续", "三公", LABEL_NOTE + " (“三公”经费: official travel abroad, "
      "vehicles and receptions, the name of a spending category)")
fact("经费连续11年下降", "11年", value=11, unit="year", kind="amount",
     metric="“三公”经费下降持续时间",
     metric_alts=["三公经费下降持续时间", "“三公”经费连续下降年数", "三公经费连续下降年数",
                  "“三公”经费连续下降", "三公经费连续下降", "“三公”经费", "三公经费",
                  "持续时间", "“三公”经费下降年数"],
     period=Y24, period_alts=[P("连续11年", "2014-01-01", "2024-12-31"), Y24_NULL],
     note="length of the streak 连续11年 (a duration, unit year; SPEC …持续时间, as 连续十年 in "
          "wr_sichuan_2025_e) — judgement call; the streak ends in the review year (一年来, "
          "governing; 2014-2024 and null as alts)")

# ==== line 5 (source 29): thanks ==================================================================
g.neg("过去一年经济社会", "过去一年", PERIOD_NOTE + " (the review year 2024; no number in its "
      "line)")
g.neg("我代表四川省人民政府", "四川", PLACE_NOTE.format("四川省人民政府"))

# ==== line 6 (source 30): problems ================================================================
g.neg("“一老一小”、教育医疗", "一老一小", LABEL_NOTE + " (“一老一小”: the elderly and the young)")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/wr_sichuan_2025.txt "
    f"({len(text):,} characters with the final newline), sliced by code, the line range as "
    "briefed. Part of the document: the end of part 2024年工作回顾 (heading on source line 7, "
    "outside) — the last two paragraphs of review section （六） (筑牢长江黄河上游生态屏障; "
    "深化法治四川、平安四川建设), the paragraph on other work (与此同时…), the government's own "
    "work (一年来，省政府…), the thanks and the problems. Other excerpts of the report: "
    "wr_sichuan_2025 (1-15), _c (16-20), _e (21-24), _b (31-39), _f (40-48), _d (86-104); no "
    "overlap. Title, source line and dateline are outside the excerpt (title_in_text=False; "
    "title as the source's first line). Date: 2025-01-20, the delivery date in the report's "
    "header (source line 3: 2025年1月20日在四川省第十四届人民代表大会第四次会议上), as the other "
    "excerpts. Place: 四川省 (四川, 全省, 我省 → alts); the government's own acts (15件 drafts, "
    "9件 rules, 十二项举措) add 四川省人民政府 / 省人民政府 / 省政府, the 十项措施 the 司法厅. "
    "Periods: lines 1-3 state no period: the review year 2024 as the section frame (period "
    "text 一年来, the excerpt's own name for the year), null as alt; levels of sets (203个 "
    "sections, 285个 zones, 15 + 7 pilot counties) add the year-end instant; line 4 opens with "
    "一年来, which governs 3.6% and 11年 explicitly; the streak 连续11年 → the year (alts "
    "2014-2024, null). Modality: actual throughout. Bounds: 低于 → lt (30微克/立方米); the "
    "rest eq. Units: 微克/立方米 kept as written (no SPEC code; czfacts' concentration unit); "
    "天 → day; 年 → year; 万件 ×1e4. Judgement calls: 重污染天气减少38天 → amount −38 day, "
    "metric 重污染天气天数增量; 均为100% → one fact over the two rates (parts as alts); 203个 / "
    "285个 → counts of the monitored sets; “十项措施” / “十二项举措” → counts of measures (as "
    "稳增长“18条” in wr_sichuan_2025); 连续11年 → a duration; Ⅱ类 → class label (negative); "
    "十二项举措 owned by the province (government as alt). "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 一般 (一般性支出), 一些, 不少.")

g.write(date=REF, source=f"shared/texts/work_report/wr_sichuan_2025.txt lines {FIRST}–{LAST} "
        "(来源：四川日报)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
