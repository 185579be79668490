"""Gold annotations for wr_china_2023 (2023年中华人民共和国国务院政府工作报告), lines 6-14 of
shared/texts/work_report/wr_china_2023.txt.

The excerpt corpora/wr_china_2023.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、过去一年和五年工作回顾, the opening of the
2022 review (2022年是党和国家历史上极为重要的一年…), the headline paragraph of 2022
(过去一年，我国经济发展遇到…: GDP, jobs, unemployment, CPI, trade, deficit, grain), the five
针对… paragraphs (relief for firms, demand, jobs, prices, basic living) and the closing line
of the year's review (与此同时…).  It is the whole review of 2022 and its numbers; the
allowed range (source lines 5-14) adds only line 5 (本届政府任期即将结束…, 48 characters, no
number), and the review of the five years (source line 16 on) lies outside it.  Facts and
negatives are written by hand from the text, sentence by sentence; every offset comes from
a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2023.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2023"
PLACE = "中国"
REF = "2023-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 6, 14                     # 1-based, inclusive, whole lines
TITLE = "2023年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、过去一年和五年工作回顾", ends="我国经济有巨大潜力和发展动力。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院", "中央财政"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院/中央财政 as alts (as wr_china_2022)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2023-03-05; 过去一年 / 去年 / 全年 = 2022, 今年 = 2023) -------------
# The heading 一、过去一年和五年工作回顾 (line 1 of the excerpt) opens a section reviewing
# both the past year and the past five years; the excerpt holds only the review of the year
# (2022年是… opens it, line 2; the five years start at source line 16, outside the excerpt).
# So the section frame of the excerpt is the year 2022, period text 过去一年 (the heading's,
# restated at the head of line 3), with null in period_alts (SPEC §4, as wr_china_2022 /
# wr_china_2024).  Within a line a period stated before the numbers governs them:
#   - line 3 (过去一年，…): 全年 (全年国内生产总值增长3%…) governs its numbers (same dates,
#     period text 全年); 年末 in 年末城镇调查失业率 makes that rate the instant 2022-12-31;
#     the annual flows written after it (CPI, trade, deficit, grain) keep the year, with the
#     literal 年末 instant as alt (as cm_qiandongnan_2023 FLOW_AFTER_YE);
#   - line 4 (针对企业…): 全年 (全年增值税留抵退税…) governs the line's numbers;
#   - line 5 (针对有效需求…): 去年 (去年终端消费…) governs 两期 / 7400亿元, then 全年
#     (全年基础设施、制造业投资…) replaces it for 9.4% … 93.4% (same dates);
#   - lines 6, 7 (就业, 保供稳价): 去年 opens the second sentence and governs the rest;
#   - line 8 (基本民生): no period before its numbers → the section frame (its 2022年 comes
#     after them and only dates the loan interest).
Y22 = P("过去一年", "2022-01-01", "2022-12-31")
Y22_NULL = P("过去一年", None, None)
Y22_END = P("过去一年", "2022-12-31", "2022-12-31")
FLOW = dict(period=Y22, period_alts=[Y22_NULL])
FULL = P("全年", "2022-01-01", "2022-12-31")
YEAR = dict(period=FULL, period_alts=[Y22, P("全年", None, None)])
YE = P("年末", "2022-12-31", "2022-12-31")
AFTER_YE = dict(period=FULL, period_alts=[Y22, P("全年", None, None), YE])
AFTER_YE_NOTE = ("annual flow written after 年末 (of 年末城镇调查失业率) in the line: 全年 "
                 "(2022) governs it, the literal 年末 instant in period_alts (as "
                 "cm_qiandongnan_2023)")
LY = P("去年", "2022-01-01", "2022-12-31")
FLOW_LY = dict(period=LY, period_alts=[Y22, P("去年", None, None)])
LEVEL_LY = dict(period=LY, period_alts=[Y22, P("去年", None, None),
                                        P("去年", "2022-12-31", "2022-12-31"), Y22_END])
FRAME_NOTE = ("no period before it in its line → the section frame, the review year 2022 "
              "(period text 过去一年 of the heading), null in period_alts")

# ---- line 1 (source 6): heading ----------------------------------------------------------------
g.neg("一、过去一年和五年", "一、", MARKER_NOTE)
g.neg("一、过去一年和五年", "过去一年", PERIOD_NOTE + " (heading: the review year 2022; the "
      "period text of the review facts without a period of their own)")
g.neg("过去一年和五年工作回顾", "五年", PERIOD_NOTE + " (heading: the five years 2018-2022 of "
      "the government's term, reviewed from source line 16 on, outside the excerpt); not a "
      "duration fact")

# ---- line 2 (source 7): 2022年是… (no facts) ---------------------------------------------------
g.neg("2022年是党和国家", "2022年", PERIOD_NOTE + " (2022, opening the review of the year; "
      "no number follows in its line)")
g.neg("极为重要的一年", "一年", "'a most important year' (the year 2022 itself), not a "
      "duration fact (as 里程碑意义的一年 in wr_china_2022)")
g.neg("党的二十大胜利召开", "二十大", "congress label 二十大 (SPEC §1)")

# ---- line 3 (source 8): 过去一年，… headline figures of 2022 ----------------------------------
g.neg("过去一年，我国经济发展", "过去一年", PERIOD_NOTE + " (the review year 2022, at the "
      "head of the line; 全年 restates it before the numbers)")
g.neg("稳经济一揽子政策", "一揽子", "quantifier 一揽子 'package of (policies)', not a "
      "quantity")
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("全年国内生产总值增长3%", "3%", value=3, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy",
     **YEAR, note="全年 = 2022 governs the rest of the line; no 预计 → actual")
fact("城镇新增就业1206万人", "1206万人", value=1206e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **YEAR)
fact("失业率降到5.5%", "5.5%", value=5.5, unit="%", kind="share", metric="城镇调查失业率",
     metric_alts=["年末城镇调查失业率", "调查失业率", "失业率"],
     period=YE, period_alts=[P("年末", "2022-12-01", "2022-12-31"), FULL, Y22],
     note="a rate of a population → share (SPEC §2); 降到 = the level reached; 年末 (no "
          "numeral) dates it: the instant 2022-12-31; the surveyed rate of December (the "
          "month) and the year as alts")
CPI = ["居民消费价格涨幅", "居民消费价格指数", "CPI", "消费价格", "居民消费价格指数涨幅"]
fact("居民消费价格上涨2%", "2%", value=2, unit="%", kind="growth", metric="居民消费价格",
     metric_alts=CPI, comparison="yoy", **AFTER_YE,
     note="上涨 = growth of the price level (as wr_china_2022); " + AFTER_YE_NOTE)
TRADE = ["进出口总额", "货物进出口", "外贸进出口总额", "货物贸易进出口总额", "进出口"]
fact("进出口总额增长7.7%", "7.7%", value=7.7, unit="%", kind="growth",
     metric="货物进出口总额", metric_alts=TRADE, comparison="yoy", **AFTER_YE,
     note=AFTER_YE_NOTE)
gov("赤字率控制在2.8%", "2.8%", value=2.8, unit="%", kind="share", metric="财政赤字率",
    metric_alts=["赤字率", "财政赤字占国内生产总值比重", "财政赤字占GDP比重",
                 "财政赤字占国内生产总值的比重"],
    **AFTER_YE,
    note="控制在 here reports the outturn of 2022 (as 涨幅控制在2.6% in wr_china_2014): no "
         "bound word → eq, actual; the deficit as a share of the year's GDP (a ratio of "
         "flows) → the year; " + AFTER_YE_NOTE + "; " + GOV_NOTE)
GRAIN = ["粮食总产量", "粮食"]
fact("粮食产量1.37万亿斤", "1.37万亿斤", value=6.85e8, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **AFTER_YE,
     note="1.37万亿斤 = 1.37e12 斤 × 0.0005 t = 6.85e8 t (SPEC §3, as wr_china_2022); "
          + AFTER_YE_NOTE)
fact("增产74亿斤", "74亿斤", value=3.7e6, unit="t", kind="amount", metric="粮食产量增量",
     metric_alts=["粮食增产", "粮食增产量", "粮食总产量增量", "粮食产量增加", "增产", "粮食产量"],
     **AFTER_YE,
     note="absolute change of a level (增产 → positive, metric <level>增量, SPEC §2, as "
          "增产3877万吨 in wr_china_2005): 74亿斤 = 7.4e9 斤 × 0.0005 t = 3.7e6 t; the basis "
          "(2021) is implied; amount facts carry no comparison; " + AFTER_YE_NOTE)

# ---- line 4 (source 9): 针对企业生产经营困难加剧 ---------------------------------------------
VAT = ["留抵退税", "增值税留抵退税额", "增值税留抵退税规模", "留抵退税规模", "留抵退税额", "退税"]
gov("全年增值税留抵退税超过2.4万亿元", "2.4万亿元", value=2.4e12, unit="CNY", kind="amount",
    bound="gt", metric="增值税留抵退税", metric_alts=VAT, **YEAR,
    note="超过 → gt (outside the span); 万亿元 = 1e12; 全年 (= 2022) governs the rest of the "
         "line; " + GOV_NOTE)
CUT = ["减税降费", "新增减税降费规模", "减税降费规模", "减税降费金额", "新增减税降费金额"]
gov("新增减税降费超过1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
    metric="新增减税降费", metric_alts=CUT, **YEAR,
    note="超过 → gt (outside the span); as 新增减税降费超过1万亿元 in wr_china_2022; "
         + GOV_NOTE)
gov("缓税缓费7500多亿元", "7500多亿元", value=7500e8, unit="CNY", kind="amount",
    bound="gt", metric="缓税缓费",
    metric_alts=["缓税缓费规模", "缓税缓费金额", "缓缴税费", "缓税", "缓费", "缓税缓费额"],
    **YEAR, note="多 inside the span → gt; taxes and fees deferred in 2022; " + GOV_NOTE)

# ---- line 5 (source 10): 针对有效需求不足 ------------------------------------------------------
g.neg("提前实施部分“十四五”", "十四五", "plan name 十四五 (SPEC §1)")
TOOL = ["政策性开发性金融工具", "政策性开发性金融工具规模", "投放政策性开发性金融工具",
        "政策性开发性金融工具投放规模", "政策性开发性金融工具投放金额", "金融工具"]
gov("分两期投放", "两期", value=2, unit="count", kind="count", classifier="期",
    metric="政策性开发性金融工具投放",
    metric_alts=TOOL[:3] + ["政策性开发性金融工具投放期数", "投放期数", "政策性开发性金融工具期数"],
    **FLOW_LY,
    note="judgement call: 分两期 'in two tranches' counts the rounds in which the financial "
         "instrument was deployed in 2022 (a count of measures, README §2; as 两次全面降准 → 2 "
         "in wr_china_2022), classifier 期; reading it as a mere manner adverbial (negative) "
         "is the alternative. 去年 (去年终端消费…, the sentence before) governs it; "
         + GOV_NOTE)
gov("金融工具7400亿元", "7400亿元", value=7400e8, unit="CNY", kind="amount",
    metric="政策性开发性金融工具投放", metric_alts=TOOL,
    subject_alts=GOV + CN + ["政策性开发性银行", "政策性银行"], **FLOW_LY,
    note="the capital-supplementing instrument deployed through the policy banks in 2022 "
         "(去年 governs); " + GOV_NOTE + ", the policy banks as alt")
INV_NOTE = ("分别: 基础设施(投资) ↔ 9.4%, 制造业投资 ↔ 9.1%; 投资 shared (elided head restored, "
            "README §3); 全年 (= 2022) replaces 去年 for the rest of the line")
fact("分别增长9.4%", "9.4%", value=9.4, unit="%", kind="growth", metric="基础设施投资",
     metric_alts=["基础设施", "基建投资", "基础设施投资增速"], comparison="yoy", **YEAR,
     note=INV_NOTE)
fact("9.4%、9.1%", "9.1%", value=9.1, unit="%", kind="growth", metric="制造业投资",
     metric_alts=["制造业", "制造业投资增速"], comparison="yoy", **YEAR, note=INV_NOTE)
fact("带动固定资产投资增长5.1%", "5.1%", value=5.1, unit="%", kind="growth",
     metric="固定资产投资",
     metric_alts=["全国固定资产投资", "固定资产投资（不含农户）", "固定资产投资增速", "投资"],
     comparison="yoy", **YEAR)
g.neg("一定程度弥补", "一定", "adverbial 一定(程度) 'to a certain degree', not a quantity")
fact("新能源汽车销量增长93.4%", "93.4%", value=93.4, unit="%", kind="growth",
     metric="新能源汽车销量",
     metric_alts=["新能源汽车", "新能源汽车销售量", "新能源汽车销量增速", "新能源汽车销售"],
     comparison="yoy", **YEAR,
     note="全年 still governs (same line); 社会消费品零售总额保持基本稳定 after it states no "
          "number")

# ---- line 6 (source 11): 针对就业压力凸显 ------------------------------------------------------
g.neg("失业率一度明显攀升", "一度", "adverb 一度 'for a time' (README §2), not a quantity "
      "(度 is not kWh here)")
fact("务工规模超过3200万人", "3200万人", value=3200e4, unit="count", kind="count",
     classifier="人", bound="gt", metric="脱贫人口务工规模",
     metric_alts=["脱贫人口务工", "脱贫人口务工人数", "脱贫人口外出务工规模", "务工规模",
                  "脱贫劳动力务工规模"],
     subject_alts=CN + ["脱贫人口"], **LEVEL_LY,
     note="超过 → gt (outside the span); the number of people lifted out of poverty in work "
          "in 2022 (去年 of the sentence before governs): the year, the year-end instant as "
          "alt; 实现稳中有增 after it states no number")

# ---- line 7 (source 12): 针对全球通胀高企 ------------------------------------------------------
g.neg("达到40多年来新高", "40多年来", "since-expression of the superlative 40多年来新高 "
      "('highest in 40-odd years', of world inflation): no stated rank number and not a "
      "duration fact (as 创5年来新高 in nw_cctv_20180118_china_2017)")
gov("分三批向种粮农民", "三批", value=3, unit="count", kind="count", classifier="批",
    metric="农资补贴发放",
    metric_alts=["农资补贴", "发放农资补贴", "向种粮农民发放农资补贴", "农资补贴发放批次",
                 "种粮农民农资补贴", "农资补贴批次"],
    **FLOW_LY,
    note="judgement call: 分三批 'in three batches' counts the rounds of the farm-input "
         "subsidy paid to grain farmers in 2022 (a count of measures, README §2; as 两期 in "
         "line 5), classifier 批; the negative reading (manner adverbial, cf. the quantifier "
         "一批) is the alternative. 去年 (去年全球通胀…) governs; " + GOV_NOTE)

# ---- line 8 (source 13): 针对部分群众生活困难增多 ----------------------------------------------
UI = ["失业人员", "领取失业保险待遇人数", "失业保险待遇领取人数", "失业保险待遇发放人数",
      "发放失业保险待遇失业人员", "失业保险待遇", "失业保险受益人数",
      "领取失业保险待遇的失业人员"]
gov("共向1000多万失业人员", "1000多万", value=1000e4, unit="count", kind="count",
    classifier="人", bound="gt", metric="领取失业保险待遇失业人员", metric_alts=UI, **FLOW,
    note="多 inside the span → gt; no measure word (1000多万 + noun 失业人员): 人 implied (as "
         "6600多万纳税人 in wr_china_2024); 共 = the total paid in 2022 under the extended "
         "coverage; " + FRAME_NOTE + "; " + GOV_NOTE)
PRICE = ["受益人数", "受益人口", "价格补贴受益人口", "受益低收入群众", "价格补贴惠及人数",
         "低收入群众", "发放价格补贴受益人数", "价格补贴受益群众"]
gov("约6700万人受益", "6700万人", value=6700e4, unit="count", kind="count",
    classifier="人", bound="approx", metric="价格补贴受益人数", metric_alts=PRICE, **FLOW,
    note="约 → approx (outside the span); low-income people receiving the price subsidies "
         "of 2022; " + FRAME_NOTE + "; " + GOV_NOTE)
g.neg("毕业生2022年国家助学贷款", "2022年", PERIOD_NOTE + " (dates the student-loan "
      "interest waived, 2022年国家助学贷款利息; no number follows in the line)")

# ---- line 9 (source 14): 与此同时… (no facts) ------------------------------------------------
g.neg("十三届全国人大五次会议", "十三届", "session label (十三届全国人大 'the 13th NPC'), not "
      "a quantity (SPEC §1 congress labels, as 第十二届 in wr_china_2018)")
g.neg("全国人大五次会议", "五次", "session label (五次会议 'the 5th session'), not a count")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、过去一年和五年工作回顾, the opening of the 2022 review (2022年是…), its headline "
    "paragraph (过去一年，…: GDP, jobs, unemployment, CPI, trade, deficit, grain), the five "
    "针对… paragraphs (firms, demand, jobs, prices, basic living) and the closing line "
    "(与此同时…). It is the whole review of 2022 within the allowed range 5-14; line 5 "
    "(本届政府任期即将结束…) has no number and precedes the heading, so the excerpt starts at "
    "the heading (lines 5-14 would be 2,063 characters). Title line, dateline and speaker "
    "(source lines 1-3) are outside the excerpt; the title is the corpus meta title (the "
    "source line reads only 政府工作报告), title_in_text=False. Date: 2023-03-05, the "
    "delivery date in the dateline (source line 2: ——2023年3月5日在第十四届全国人民代表大会第"
    "一次会议上); the corpus meta agrees. 过去一年 / 去年 / 全年 = 2022. Place: national report "
    "→ 中国 (alts 我国/全国/中华人民共和国); the central government's own acts (赤字率, "
    "留抵退税, 减税降费, 缓税缓费, the financial instrument 两期 / 7400亿元, 三批 subsidies, "
    "失业保险 and 价格补贴 payouts) keep 中国 with 中央政府/国务院/中央财政 as alts; the policy "
    "banks (7400亿元) and 脱贫人口 (3200万人) as alts. Periods: the heading's 过去一年 is the "
    "section frame (2022; the heading also names the five years, reviewed only after the "
    "excerpt); 全年 governs line 3 (after 过去一年) and line 4; in line 5 去年 governs 两期 / "
    "7400亿元 and 全年 the rest; 去年 governs lines 6-7; line 8 takes the frame (null as alt). "
    "年末城镇调查失业率 → instant 2022-12-31 (December and the year as alts); the annual "
    "figures after it in line 3 keep 全年 with the 年末 instant as alt. Modality: actual "
    "throughout. Units: 万亿元 1e12; 亿元 1e8; 斤 × 0.0005 t (1.37万亿斤 = 6.85e8 t, 74亿斤 = "
    "3.7e6 t). Judgement calls: 分两期 (投放) and 分三批 (发放) → counts 2 期 / 3 批 of "
    "measures (negative reading as alternative); 增产74亿斤 → amount 粮食产量增量 3.7e6 t; "
    "财政赤字率控制在2.8% → eq (the outturn); 1000多万失业人员 → 1e7 gt, 人 implied; "
    "脱贫人口务工规模 → the year, year-end as alt; 40多年来 (新高) a negative. Negatives: 一、, "
    "过去一年 ×2, 五年, 2022年 ×2, 一年, 二十大, 一揽子, 十四五, 一定, 一度, 40多年来, 十三届, "
    "五次.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
