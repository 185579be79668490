"""Gold annotations for wr_hainan_2025_h (2025年海南省政府工作报告, title lines and the opening
review of 2024), lines 1-9 of shared/texts/work_report/wr_hainan_2025.txt.

The excerpt corpora/wr_hainan_2025_h.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped; the line range is given by the brief.  It holds the
title, the dateline (2025年1月14日…), the source line, the salutation, the opening paragraph
on 2024 (刚刚过去的2024年…, the General Secretary's visit), the paragraph 一年来… that frames
the review, and the first three dash items of the summary of the year (——我们坚持锚定目标不
松劲: the 2024 headline figures, most of them 预计; ——聚焦关键领域: the 七大攻坚战 (investment,
tourism, clusters, business environment, finance, foreign trade); ——人民至上: the typhoon and
flood response).  Lines 10-12, 13-15, 17-25, 34-48, 49-58, 62-76 and 84-89 are annotated in
wr_hainan_2025_c, _e, wr_hainan_2025, _g, _d, _b and _f (no overlap).  Facts and negatives
are written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/wr_hainan_2025_h.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS, new

DOC_ID = "wr_hainan_2025_h"
SOURCE_ID = "wr_hainan_2025"
PLACE = "海南省"
REF = "2025-01-14"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{SOURCE_ID}.txt"
FIRST, LAST = 1, 9                      # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2025年海南省政府工作报告"       # line 1 of the source, inside the excerpt
HN_ALTS = ["海南", "全省", "我省"]

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts=TITLE, ends="最大限度保障了人民群众的生命财产安全，把灾害损失降到最低。")
text = g.text
fact = g.with_subject(PLACE, HN_ALTS)

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"
FIRST_NOTE = "first-of-kind claim (首…), not a measured rank or count (gold README §2)"
FOOTNOTE_NOTE = ("footnote marker ［N］ of the source (the report's glossary notes), not a "
                 "quantity (as wr_hainan_2025)")
NAME_NOTE = "numeral inside a proper name ({}), not a quantity (as wr_hainan_2025_b)"
CLASS_NOTE = ("class label {} of the industrial clusters added (a cluster of that output "
              "class), no count or amount attached (as 千亿级 in doc002 / "
              "nw_cctv_20250916_jilin_heilongjiang_2025); the alternative reading, a cluster "
              "output ≥ the class threshold, is not taken")

# ---- periods (reference date 2025-01-14) ---------------------------------------------------
# Lines 1-4: title, dateline, source, salutation (no facts).  Line 5 (刚刚过去的2024年…) and
# line 6 (一年来…) name the review year 2024 and hold no fact; a period never reaches the next
# line (SPEC §4), so lines 7-9 (the dash items summing up the year) take the review year 2024
# as section frame, with period text 一年来 (line 6, the report's own name of the year, as
# wr_hainan_2025_c / _e) and the null reading in period_alts.
#   - line 7: 全年 (= 2024) stands mid-line (全年争取新增地方政府债务额度753亿元…) and governs
#     the clauses after it (753亿元, 102.2亿元, 94个, 19.5万户, 22.1%), text 全年, null as alt;
#     the figures before it (the 预计 list, 130多条) take the frame.
#   - lines 8-9: no period of their own → the frame.
# Growth of loan balances and of the stock of foreign-invested firms → the year (year-end on
# year-end), year-end instant and null as alts (as wr_shanghai_2025 普惠小微贷款余额 增长15%).
# Modality: 预计 opens the headline list of line 7 and governs it to the full stop (GDP,
# industry, investment, goods and services trade) → forecast (the 2024 figures were not
# final at delivery, as wr_beijing_2025 / wr_hainan_2025_e); everything else actual.
YF = P("一年来", "2024-01-01", "2024-12-31")
YF_NULL = P("一年来", None, None)
YF_END = P("一年来", "2024-12-31", "2024-12-31")
FLOW = dict(period=YF, period_alts=[YF_NULL])
LEVEL = dict(period=YF, period_alts=[YF_NULL, YF_END])
QY = P("全年", "2024-01-01", "2024-12-31")
FLOW_Q = dict(period=QY, period_alts=[P("全年", None, None)])
FRAME_NOTE = ("no period before it in its line: review year 2024 (section frame, period text "
              "一年来 of line 6), null as alt")
Q_NOTE = "全年 (= 2024) stands before it in line 7 and governs the rest of the line"
FC = "预计 governs the headline list to the full stop → forecast (2024 figures not final at delivery)"
BAL_NOTE = ("growth of a loan balance over 2024 (year-end on year-end) → the year; the "
            "year-end instant and null as alts")

# ==== lines 1-4: title, dateline, source, salutation ===========================================
g.neg(TITLE, "2025年", PERIOD_NOTE + " (title: the year of the report)")
g.neg("——2025年1月14日海南省省长", "2025年1月14日", "date of delivery (the reference date), "
      "not a fact")
g.neg("海南省第七届人民代表大会", "第七届", "session label of the congress (7th Hainan "
      "Provincial People's Congress)")
g.neg("第四次会议上的讲话", "第四次", "session label of the meeting (4th session)")

# ==== line 5: 刚刚过去的2024年 ====================================================================
g.neg("刚刚过去的2024年", "2024年", PERIOD_NOTE + " (the review year 2024; no number in its "
      "line is a fact)")
g.neg("新中国成立75周年", "75周年", "anniversary 75周年 of the PRC, an event label, not a fact "
      "(as wr_fujian_2025 / wr_beijing_2025)")
g.neg("实现“十四五”规划", "十四五", "plan label 十四五 (SPEC §1)")
g.neg("目标任务的关键一年", "一年", "'a crucial year' (= 2024), not a duration fact (as "
      "wr_china_2004_c 十分关键的一年)")
g.neg("总书记时隔两年多专程", "时隔两年多", PERIOD_NOTE + " (时隔两年多 'after more than two "
      "years', the gap since the previous visit (April 2022), as wr_beijing_2025 时隔5年 / "
      "wr_guangxi_2025_b 时隔16年); not a duration fact — judgement call")

# ==== line 6: 一年来… ==============================================================================
g.neg("一年来，面对严峻", "一年来", PERIOD_NOTE + " (the review year 2024; the line holds no "
      "fact; the period text of the frame of lines 7-9)")
g.neg("面对有气象记录以来登陆我国的最强秋台风和极端强降雨、万泉河", "万泉河",
      NAME_NOTE.format("万泉河, a river"))
g.neg("全面贯彻党的二十大", "二十大", "congress label 二十大 (SPEC §1)")
g.neg("二十届二中、三中全会精神", "二十届二中、三中全会", "plenum labels (SPEC §1; README "
      "§1 negative span 二十届二中、三中全会)")

# ==== line 7: ——我们坚持锚定目标不松劲 (headline figures of 2024) ==================================
g.neg("省领导分赴一线", "一线", "lexicalized 一线 'the front line', not a quantity")
GDP = ["GDP", "生产总值", "经济增长", "地区生产总值增速", "全省地区生产总值"]
fact("预计地区生产总值增长3.5%以上", "3.5%", value=3.5, unit="%", kind="growth", bound="ge",
     metric="地区生产总值", metric_alts=GDP, comparison="yoy", modality="forecast", **FLOW,
     note=FC + "; 以上 → ge (outside the span); " + FRAME_NOTE)
fact("规模以上工业增加值增长7%以上", "7%", value=7, unit="%", kind="growth", bound="ge",
     metric="规模以上工业增加值",
     metric_alts=["规上工业增加值", "工业增加值", "规模以上工业增加值增速", "规模以上工业"],
     comparison="yoy", modality="forecast", **FLOW, note=FC + "; 以上 → ge")
fact("固定资产投资增长7%以上", "7%", value=7, unit="%", kind="growth", bound="ge",
     metric="固定资产投资", metric_alts=["固定资产投资增速", "全省固定资产投资"],
     comparison="yoy", modality="forecast", **FLOW, note=FC + "; 以上 → ge")
fact("货物贸易增长20%", "20%", value=20, unit="%", kind="growth", metric="货物贸易",
     metric_alts=["货物贸易进出口", "货物进出口", "货物贸易进出口额", "货物进出口总额",
                  "货物贸易额", "货物贸易进出口总额"],
     comparison="yoy", modality="forecast", **FLOW, note=FC)
fact("服务贸易增长23.9%", "23.9%", value=23.9, unit="%", kind="growth", metric="服务贸易",
     metric_alts=["服务贸易进出口", "服务进出口", "服务贸易额", "服务贸易进出口额",
                  "服务贸易进出口总额"],
     comparison="yoy", modality="forecast", **FLOW,
     note=FC + " (外贸依存度超全国平均水平 after it states no number)")
g.neg("国家一揽子增量政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a "
      "quantity (as wr_hainan_2025)")
fact("新出台130多条重点配套措施", "130多条", value=130, unit="count", kind="count",
     classifier="条", bound="gt", metric="重点配套措施",
     metric_alts=["配套措施", "新出台重点配套措施", "出台重点配套措施", "重点配套措施数量",
                  "措施", "新出台的重点配套措施", "重点配套措施增量"], **FLOW,
     note="多 inside the span → gt; measures issued in 2024 to implement the national "
          "package; before 全年 → " + FRAME_NOTE)
DEBT = ["地方政府债务额度", "争取新增地方政府债务额度", "新增地方政府债务限额",
        "地方政府新增债务额度", "新增债务额度", "地方政府债务额度增量", "新增地方政府债券额度",
        "新增政府债务额度"]
fact("新增地方政府债务额度753亿元", "753亿元", value=753e8, unit="CNY", kind="amount",
     metric="新增地方政府债务额度", metric_alts=DEBT, **FLOW_Q,
     note="the quota of new local-government debt obtained (争取) for 2024 (新增…额度 is the "
          "indicator's name: the year's new quota, a flow); " + Q_NOTE)
fact("争取超长期特别国债102.2亿元", "102.2亿元", value=102.2e8, unit="CNY", kind="amount",
     metric="超长期特别国债",
     metric_alts=["争取超长期特别国债", "超长期特别国债资金", "超长期特别国债额度",
                  "争取超长期特别国债资金", "超长期特别国债支持资金"], **FLOW_Q,
     note="ultra-long special treasury bond funds the province obtained in 2024; " + Q_NOTE)
fact("有力支持94个", "94个", value=94, unit="count", kind="count", classifier="个",
     metric="“两重”“两新”项目",
     metric_alts=["两重两新项目", "“两重”“两新”［1］项目", "支持“两重”“两新”项目", "项目",
                  "支持的“两重”“两新”项目", "“两重”“两新”项目数量", "两重两新项目数量",
                  "超长期特别国债支持“两重”“两新”项目"], **FLOW_Q,
     note="projects supported by these funds in 2024; the labels 两重/两新 and the footnote "
          "［1］ inside the metric are negatives; " + Q_NOTE)
g.neg("94个“两重”", "两重", LABEL_NOTE + " (“两重”: major national strategies and security "
      "capacity in key areas, as wr_hainan_2025_g)")
g.neg("“两重”“两新”［1］", "两新", LABEL_NOTE + " (“两新”: large-scale equipment renewal and "
      "trade-ins of consumer goods, as wr_hainan_2025_g)")
g.neg("“两新”［1］项目", "［1］", FOOTNOTE_NOTE)
fact("新增涉税经营主体19.5万户", "19.5万户", value=19.5e4, unit="count", kind="count",
     classifier="户", metric="涉税经营主体",
     metric_alts=new("涉税经营主体", "新增涉税经营主体", "涉税经营主体户数"), **FLOW_Q,
     note="新增 N 户: taxable business entities added in 2024 → the noun as metric, the 增量 "
          "reading as alts (README §3); 户 is the classifier (SPEC §3); " + Q_NOTE)
fact("万户、增长22.1%", "22.1%", value=22.1, unit="%", kind="growth",
     metric="新增涉税经营主体",
     metric_alts=["涉税经营主体", "新增涉税经营主体数量", "新增涉税经营主体户数",
                  "涉税经营主体增量", "涉税经营主体数量增量"],
     comparison="yoy", **FLOW_Q,
     note="the growth of the number of entities added in 2024 over those added in 2023 "
          "(增长 follows the 新增 count directly) — judgement call: the plain 涉税经营主体 "
          "(growth of the stock) as alt; " + Q_NOTE)
g.neg("国资运营［2］", "［2］", FOOTNOTE_NOTE)
g.neg("一年来，我省经济承压", "一年来", PERIOD_NOTE + " (the review year 2024, closing the "
      "item; no number after it)")

# ==== line 8: ——聚焦关键领域 (the 七大攻坚战) ======================================================
g.neg("确保七大攻坚战", "七大", "set label N大 (七大攻坚战, the seven campaigns each opened by "
      "聚焦… below; README §2 八大), not a count claim")
g.neg("“五张清单［3］”", "五张清单", LABEL_NOTE + " (“五张清单” project-library lists, as "
      "三张“零关税”清单 in wr_hainan_2025_c), not a count claim")
g.neg("“五张清单［3］”", "［3］", FOOTNOTE_NOTE)
fact("非房投资增长8.9%", "8.9%", value=8.9, unit="%", kind="growth", metric="非房投资",
     metric_alts=["非房地产投资", "非房地产开发投资", "非房投资增速", "非房地产项目投资"],
     comparison="yoy", **FLOW, note="no 预计 → actual; " + FRAME_NOTE)
fact("基础设施投资增长12.3%", "12.3%", value=12.3, unit="%", kind="growth",
     metric="基础设施投资", metric_alts=["基础设施投资增速", "基建投资"], comparison="yoy",
     **FLOW)
TOUR = ["游客接待量", "接待游客人次", "游客", "接待游客总人数", "游客人次", "接待游客数量",
        "接待游客总人次"]
fact("接待游客增长8%", "8%", value=8, unit="%", kind="growth", metric="接待游客",
     metric_alts=TOUR, comparison="yoy", **FLOW)
INB = ["接待入境游客", "入境游客人次", "入境游客数量", "入境游客人数", "入境旅游人次"]
fact("入境游客111万", "111万", value=111e4, unit="count", kind="count", classifier="人次",
     metric="入境游客", metric_alts=INB, **FLOW,
     note="其中: part of the visitors received in 2024; bare 万 → count, the classifier "
          "人次 implied (tourist numbers are counted in 人次, as wr_heilongjiang_2025_b)")
fact("111万、增长115.6%", "115.6%", value=115.6, unit="%", kind="growth", metric="入境游客",
     metric_alts=INB, comparison="yoy", **FLOW)
g.neg("先进制造业千亿级", "千亿级", CLASS_NOTE.format("千亿级"))
g.neg("现代金融五百亿级", "五百亿级", CLASS_NOTE.format("五百亿级"))
g.neg("油气勘探服务百亿级", "百亿级", CLASS_NOTE.format("百亿级"))
CAMPAIGN = ["“强基提能”攻坚行动", "强基提能攻坚行动", "攻坚行动", "政府数字化转型攻坚行动",
            "政府数字化转型“强基提能”攻坚行动数量", "政府数字化转型强基提能攻坚行动",
            "“强基提能”五项攻坚行动"]
fact("“强基提能”五项攻坚行动", "五项", value=5, unit="count", kind="count", classifier="项",
     metric="政府数字化转型“强基提能”攻坚行动", metric_alts=CAMPAIGN, **LEVEL,
     note="judgement call: N项 + classifier counts the actions of the campaign (README §2 "
          "counts of measures, 七条措施; as 十项行动 in wr_beijing_2025_c), not an N大 set "
          "label; the actions ran in 2024 (取得积极成效), year-end as alt; reading it as the "
          "campaign's name (negative) is the alternative")
g.neg("五项攻坚行动［4］", "［4］", FOOTNOTE_NOTE)
fact("全省754套政务系统", "754套", value=754, unit="count", kind="count", classifier="套",
     metric="完成融通整合的政务系统",
     metric_alts=["政务系统", "政务系统数量", "融通整合政务系统", "完成融通整合政务系统",
                  "政务系统融通整合", "融通整合的政务系统"], **LEVEL,
     note="the province's government IT systems, all integrated in 2024: the year, "
          "year-end as alt")
fact("新增50个", "50个", value=50, unit="count", kind="count", classifier="个",
     metric="“信用+”场景",
     metric_alts=new("“信用+”场景", "信用+场景", "新增“信用+”场景", "新增信用+场景",
                     "信用+场景数量"), **FLOW,
     note="新增 N: scenarios added in 2024 → the noun, 增量 alts (README §3)")
g.neg("首家央企跨境资金", "首家", FIRST_NOTE)
LOAN_NOTE = ("分别: 普惠型小微企业贷款 ↔ 9.86%, 制造业中长期贷款 ↔ 8.05%, 绿色贷款 ↔ 40% (list "
             "order); " + BAL_NOTE)
fact("分别增长9.86%", "9.86%", value=9.86, unit="%", kind="growth",
     metric="普惠型小微企业贷款",
     metric_alts=["普惠型小微企业贷款余额", "普惠小微贷款", "普惠小微贷款余额", "小微企业贷款"],
     comparison="yoy", **LEVEL, note=LOAN_NOTE)
fact("9.86%、8.05%", "8.05%", value=8.05, unit="%", kind="growth",
     metric="制造业中长期贷款",
     metric_alts=["制造业中长期贷款余额", "制造业中长期贷款增速"], comparison="yoy", **LEVEL,
     note=LOAN_NOTE)
fact("8.05%、40%", "40%", value=40, unit="%", kind="growth", metric="绿色贷款",
     metric_alts=["绿色贷款余额", "绿色贷款增速"], comparison="yoy", **LEVEL, note=LOAN_NOTE)
fact("社会融资规模新增1550亿元", "1550亿元", value=1550e8, unit="CNY", kind="amount",
     metric="社会融资规模增量",
     metric_alts=["社会融资规模", "新增社会融资规模", "社会融资规模新增", "社融增量",
                  "社会融资规模增加额"], **FLOW,
     note="社会融资规模新增 N = the flow indicator 社会融资规模增量 of 2024 (the standard "
          "name, SPEC §2 …增量), the stock's name as alt")
fact("外资企业数量增长19.2%", "19.2%", value=19.2, unit="%", kind="growth",
     metric="外资企业数量",
     metric_alts=["外资企业", "外商投资企业数量", "外资企业数", "外商投资企业"],
     comparison="yoy", **LEVEL,
     note="growth of the number of foreign-invested firms over 2024 → the year, year-end "
          "instant and null as alts")
fact("排名全国第七", "第七", value=7, unit="rank", kind="rank", scope="全国",
     metric="对外非金融类投资额",
     metric_alts=["对外非金融类投资", "对外非金融类直接投资额", "对外投资额",
                  "对外非金融类投资额排名", "对外非金融类直接投资"], **FLOW,
     note="span ordinal + number without the scope word (README §1); the year's outward "
          "investment ranked among the provinces")
g.neg("对共建“一带一路”", "一带一路", "initiative name 一带一路 (Belt and Road), not a "
      "quantity")
fact("货物进出口额增长41.5%", "41.5%", value=41.5, unit="%", kind="growth",
     metric="对共建“一带一路”国家和地区货物进出口额",
     metric_alts=["对共建一带一路国家和地区货物进出口额", "对共建“一带一路”国家和地区进出口额",
                  "对共建“一带一路”国家和地区货物进出口", "对“一带一路”国家货物进出口额",
                  "对共建“一带一路”国家货物进出口额", "货物进出口额"],
     comparison="yoy", **FLOW)
fact("新型离岸国际贸易增长6%", "6%", value=6, unit="%", kind="growth",
     metric="新型离岸国际贸易",
     metric_alts=["离岸国际贸易", "新型离岸国际贸易额", "新型离岸国际贸易规模",
                  "离岸贸易"], comparison="yoy", **FLOW)
g.neg("全国首个数字加工贸易区", "首个", FIRST_NOTE)

# ==== line 9: ——人民至上 (typhoon and floods) =======================================================
g.neg("极端强降雨、万泉河流域特大洪水。", "万泉河", NAME_NOTE.format("万泉河, a river"))
g.neg("同志十分牵挂", "十分", "adverb 十分 'very', not a quantity (as wr_hainan_2025)")
g.neg("“五停一关［5］”", "五停一关", LABEL_NOTE + " (emergency measures “五停一关”: stop "
      "classes, work, business, transport and markets, close scenic spots)")
g.neg("“五停一关［5］”", "［5］", FOOTNOTE_NOTE)
fact("组织3.5万艘船舶", "3.5万艘", value=3.5e4, unit="count", kind="count", classifier="艘",
     metric="到安全区域避风的船舶",
     metric_alts=["避风船舶", "组织到安全区域避风的船舶", "船舶", "组织船舶避风",
                  "避风船舶数量", "组织避风船舶", "到安全区域避风船舶"], **FLOW,
     note="boats sent to shelter during typhoon 摩羯 (September 2024); " + FRAME_NOTE)
fact("紧急转移安置群众65万人", "65万人", value=65e4, unit="count", kind="count",
     classifier="人", metric="紧急转移安置群众",
     metric_alts=["转移安置群众", "紧急转移安置人数", "转移安置人员", "紧急转移安置群众人数",
                  "紧急转移安置人员", "转移安置人数"], **FLOW)
g.neg("“六通一排［6］”", "六通一排", LABEL_NOTE + " (“六通一排”: restoring water, power, "
      "roads, telecoms, gas and fuel, and drainage)")
g.neg("“六通一排［6］”", "［6］", FOOTNOTE_NOTE)

facts = [l for l in g.lines if not l.get("negative")]
negs = [l["provenance"]["text"] for l in sorted(g.lines, key=lambda l: l["provenance"]["start"])
        if l.get("negative")]

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{SOURCE_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code; the lines were fixed "
    "by the brief: title, dateline, source line, salutation, the opening paragraph on 2024 "
    "(刚刚过去的2024年…), the framing paragraph 一年来… and the first three dash items of the "
    "summary of the year (headline figures; the 七大攻坚战; the typhoon and flood response). "
    "Other excerpts of the report: wr_hainan_2025 (17-25), _b (62-76), _c (10-12), _d "
    "(49-58), _e (13-15), _f (84-89), _g (34-48); no overlap. Title: line 1 of the source "
    "(in the excerpt). Date: 2025-01-14, the delivery date in the dateline (line 2: ——2025年"
    "1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的讲话), as the other excerpts "
    "of the report. Place: 海南省 (海南, 全省, 我省 → alts). Periods: lines 5-6 name the review "
    "year (刚刚过去的2024年, 一年来) but hold no fact, and a period never crosses a line; lines "
    "7-9 take the review year 2024 as section frame with period text 一年来 (line 6), null as "
    "alt (as wr_hainan_2025_c / _e); in line 7, 全年 (mid-line) governs the clauses after it "
    "(753亿元, 102.2亿元, 94个, 19.5万户, 22.1%: period text 全年, null as alt). Loan-balance "
    "growths, the growth of the number of foreign-invested firms, the 754 systems integrated "
    "and the five-action campaign → the year with the year-end instant as alt. Modality: 预计 "
    "opens the line-7 headline list and governs it to the full stop → forecast (3.5%, 7%, 7%, "
    "20%, 23.9%); all else actual. Bounds: 以上 → ge (3.5%, 7% ×2); 多 → gt (130多条); the "
    "rest eq. Judgement calls: 五项攻坚行动 → count of 5 actions (not an N大 label; "
    "negative reading is the alternative); 七大 / 五张清单 → set labels; 千亿级/五百亿级/百亿级 "
    "→ class labels of clusters (negatives); 增长22.1% after 新增涉税经营主体19.5万户 → growth "
    "of the yearly addition (metric 新增涉税经营主体, the stock reading as alt); 社会融资规模新增 "
    "→ 社会融资规模增量 amount; 入境游客111万 → count with implied classifier 人次; 时隔两年多 "
    "→ period expression (negative), not a duration fact. "
    f"Counts: {len(facts)} facts, {len(negs)} negatives. Negatives: " + ", ".join(negs) +
    ". Lexicalized, not listed: 首要 (首要任务), 进一步, 清单 (in 五张清单 covered).")

g.write(date=REF, source=f"shared/texts/work_report/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
        "(来源：海南日报)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    print(len(text), "chars,", len(facts), "facts,", len(negs), "negatives")
