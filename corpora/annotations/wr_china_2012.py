"""Gold annotations for wr_china_2012 (2012年中华人民共和国国务院政府工作报告), lines 3-25 of
shared/texts/work_report/wr_china_2012.txt.

The excerpt corpora/wr_china_2012.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2011年工作回顾, the opening line
(过去的一年…), the headline figures of 2011 (国内生产总值47.2万亿元…), the line 一年来，我们
主要做了以下工作： and review items (一) 宏观调控 and (二) 经济发展方式 in full, the heading and
first three paragraphs of (三) 社会事业 (财政支出, 科技, 教育).  The 2012 主要预期目标 (source
line 55) lie 50 lines after the headline figures: lines 3-55 hold 6,151 characters, far
beyond 2,500, so the excerpt is the headline figures plus the number-dense part of the
review that follows them; lines 3-25 (2,412 characters) is the longest run from the
heading that stays within 2,500 characters.  Facts and negatives are written by hand from
the text, sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2012.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2012"
PLACE = "中国"
REF = "2012-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 3, 25                     # 1-based, inclusive, whole lines
TITLE = "2012年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2011年工作回顾", ends="接受义务教育的问题。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2005 / wr_china_2010)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2012-03-05; 去年 = 2011, 今年 = 2012) ---------------------------
# The section heading 一、2011年工作回顾 (line 1 of the excerpt) names the review year and
# governs the section (as wr_china_2010): no line of the excerpt states a period before its
# numbers (过去的一年 and 一年来 stand in lines of their own without numbers; 8月份 and 下半年
# govern no number), so every fact takes the section year 2011 (period text 2011年 of the
# heading) with the null reading in period_alts.  Stocks (清洁能源发电装机 达到, 城镇化率) are
# the instant 2011-12-31 with the literal year and null as alts.  Streaks (八连增, 连续5年)
# take the review year, the streak's span and null as alts.
Y11 = P("2011年", "2011-01-01", "2011-12-31")
Y11_NULL = P("2011年", None, None)
Y11_END = P("2011年", "2011-12-31", "2011-12-31")
FLOW = dict(period=Y11, period_alts=[Y11_NULL])
STOCK = dict(period=Y11_END, period_alts=[Y11, Y11_NULL])
STOCK_NOTE = ("stock under the section year 2011: instant 2011-12-31; the literal year and "
              "null in period_alts")
INHERIT_NOTE = ("no period in its line → the section year 2011 (heading 一、2011年工作回顾), "
                "null in period_alts")

# ---- line 1 (source 3): heading --------------------------------------------------------------
g.neg("一、2011年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2011年工作回顾", "2011年", PERIOD_NOTE + " (section heading: the review year 2011, "
      "used as the period text of the review facts)")

# ---- line 2 (source 4) ---------------------------------------------------------------------
g.neg("过去的一年，面对", "过去的一年", PERIOD_NOTE + " (the review year 2011; no number in "
      "its line)")

# ---- line 3 (source 5): headline figures of 2011 -------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值47.2万亿元", "47.2万亿元", value=47.2e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="万亿元 = 1e12; a flow of the year; " + INHERIT_NOTE)
fact("比上年增长9.2％", "9.2％", value=9.2, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["经济增长"], comparison="yoy", **FLOW,
     note="比上年 → yoy; full-width ％ kept in the span")
FISC = ["财政收入", "全国公共财政收入", "全国财政收入", "公共财政预算收入", "财政总收入"]
fact("公共财政收入10.37万亿元", "10.37万亿元", value=10.37e12, unit="CNY", kind="amount",
     metric="公共财政收入", metric_alts=FISC, **FLOW)
fact("10.37万亿元，增长24.8％", "24.8％", value=24.8, unit="%", kind="growth",
     metric="公共财政收入", metric_alts=FISC, comparison="yoy", **FLOW)
GRAIN = ["粮食总产量", "粮食", "粮食总产"]
fact("粮食产量1.14万亿斤", "1.14万亿斤", value=5.7e8, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **FLOW,
     note="1.14万亿斤 = 1.14e12 斤 × 0.0005 t = 5.7e8 t (SPEC §3); 再创历史新高 after it "
          "states no rank number")
fact("城镇新增就业1221万人", "1221万人", value=12210000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW)
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农村居民收入", "农民人均纯收入", "人均纯收入", "农村居民人均收入"]
fact("实际增长8.4％和11.4％", "8.4％", value=8.4, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="实际 = in real terms; the pair maps in order: 8.4% → 城镇, 11.4% → 农村; each "
          "value carries its own ％")
fact("8.4％和11.4％", "11.4％", value=11.4, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **FLOW,
     note="second of the pair → 农村居民人均纯收入, real terms")
g.neg("实现了“十二五”时期良好开局", "十二五", "plan label 十二五")

# ---- lines 4-5 (source 6-7) ------------------------------------------------------------------
g.neg("一年来，我们主要", "一年来", PERIOD_NOTE + " (the review year); not a duration fact")
g.neg("（一）加强和改善", "（一）", MARKER_NOTE)

# ---- line 7 (source 9): prices ----------------------------------------------------------------
g.neg("涨幅从8月份起", "8月份", PERIOD_NOTE + " (August 2011, the month from which the price "
      "indices fell back; no number follows)")
g.neg("扭转了一度过快", "一度", "adverb 一度 'for a time' (README §2), not a quantity (度 would "
      "read as kWh)")

# ---- line 8 (source 10) -----------------------------------------------------------------------
g.neg("下半年，世界经济", "下半年", PERIOD_NOTE + " (H2 2011; governs no number)")
g.neg("我们一方面坚持", "一方面", "discourse marker 一方面")
g.neg("；一方面适时适度", "一方面", "discourse marker 一方面")

# ---- line 11 (source 13) ----------------------------------------------------------------------
g.neg("（二）加快转变", "（二）", MARKER_NOTE)

# ---- line 13 (source 15): agriculture --------------------------------------------------------
g.neg("中央财政“三农”支出", "三农", LABEL_NOTE + " (“三农” = 农业、农村、农民)")
AGRI = ["中央财政用于“三农”的支出", "“三农”支出", "三农支出", "中央财政三农支出",
        "中央财政用于三农的支出", "“三农”投入"]
gov("支出超过1万亿元", "1万亿元", value=1e12, unit="CNY", kind="amount", bound="gt",
    metric="中央财政“三农”支出", metric_alts=AGRI, **FLOW,
    note="超过 → gt (outside the span); " + GOV_NOTE + "; " + INHERIT_NOTE)
gov("比上年增加1839亿元", "1839亿元", value=1839e8, unit="CNY", kind="amount",
    metric="中央财政“三农”支出增量",
    metric_alts=AGRI + ["中央财政“三农”支出", "“三农”支出增量", "中央财政“三农”支出增加额",
                        "中央财政三农支出增量", "比上年增加"],
    **FLOW,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 is not a comparison of an amount fact (README §6)")
fact("“八连增”", "八连增", value=8, unit="count", kind="count", classifier="连增",
     metric="粮食总产量连增",
     metric_alts=["粮食产量连增", "粮食总产量连续增长", "粮食连续增产", "粮食总产量连续增产",
                  "粮食总产量", "连增", "粮食总产量连续增长年数"],
     period=Y11, period_alts=[Y11_NULL, P("八连增", "2004-01-01", "2011-12-31")],
     note="judgement call, as 十二连增 in wr_china_2016: 八连增 'the eighth increase in a row' → "
          "a count of consecutive annual increases (8, classifier 连增); a streak duration "
          "(8 year) is the alternative reading; the streak 2004-2011 ends in the review year "
          "(alt)")
STREAK = P("连续5年", "2007-01-01", "2011-12-31")
fact("连续5年超万亿斤", "5年", value=5, unit="year", kind="amount",
     metric="粮食总产量超万亿斤持续时间",
     metric_alts=["粮食总产量连续超万亿斤", "连续超万亿斤", "粮食总产量超万亿斤年数",
                  "粮食总产量超万亿斤", "超万亿斤持续时间", "粮食产量超万亿斤持续时间",
                  "粮食总产量持续时间"],
     period=Y11, period_alts=[STREAK, Y11_NULL],
     note="length of the streak 连续5年 (a duration, unit year, as 连续6年增产 in wr_china_2010 "
          "and 连续4年 in the other national golds); the streak 2007-2011 ends in the review "
          "year (gold), its span and null as alts")
fact("连续5年超万亿斤", "万亿斤", value=5e8, unit="t", kind="amount", bound="gt",
     metric="粮食总产量", metric_alts=["粮食产量", "粮食", "粮食总产"],
     period=Y11, period_alts=[STREAK, Y11_NULL],
     note="超 → gt (outside the span); the level held in each year of the streak (as 连续8年"
          "稳定在千亿斤以上 in nw_sdsb_20220717: the streak's condition is a fact of its own); "
          "万亿斤 = 1e12 斤 × 0.0005 t = 5e8 t; period 2011, the streak's span as alt")
fact("解决了6398万农村人口", "6398万", value=63980000, unit="count", kind="count",
     classifier="人", metric="解决饮水困难的农村人口",
     metric_alts=["农村饮水安全", "农村人口", "饮水困难农村人口", "解决饮水困难的农村人口数量",
                  "农村饮水安全受益人口", "农村饮水困难人口", "解决饮水困难农村人口"],
     **FLOW,
     note="no classifier written (6398万 + noun 农村人口): 人 implied (as 6069万农民 in "
          "wr_china_2010); the predicate (饮水困难 solved) defines the counted set → in the "
          "metric; " + INHERIT_NOTE)
fact("和60万无电地区人口", "60万", value=600000, unit="count", kind="count",
     classifier="人", metric="解决用电问题的无电地区人口",
     metric_alts=["无电地区人口", "无电地区人口用电", "解决用电问题的无电地区人口数量",
                  "无电人口", "解决用电问题人口", "无电地区用电人口"],
     subject_alts=CN + ["无电地区"], **FLOW,
     note="人 implied (60万 + noun 无电地区人口); the predicate defines the counted set")

# ---- line 14 (source 16) ----------------------------------------------------------------------
g.neg("三网融合", "三网", LABEL_NOTE + " (三网融合 'convergence of the three networks' "
      "(telecom, TV, internet))")

# ---- line 15 (source 17): industry ------------------------------------------------------------
gov("中央预算投资安排150亿元", "150亿元", value=150e8, unit="CNY", kind="amount",
    metric="中央预算投资",
    metric_alts=["中央预算内投资", "中央预算投资安排", "重点产业振兴和技术改造中央预算投资",
                 "技术改造中央预算投资", "中央投资"],
    **FLOW,
    note="central budget money for key-industry revival and technical upgrading; "
         + GOV_NOTE + "; " + INHERIT_NOTE)
gov("支持4000多个项目", "4000多个", value=4000, unit="count", kind="count", bound="gt",
    classifier="个", metric="重点产业振兴和技术改造项目",
    metric_alts=["项目", "支持项目", "中央预算投资支持的项目", "技术改造项目",
                 "重点产业振兴和技术改造项目数量", "支持的项目", "项目数量"],
    **FLOW, note="多 inside the span → gt; projects supported by the 150亿元; " + GOV_NOTE)
fact("带动总投资3000亿元", "3000亿元", value=3000e8, unit="CNY", kind="amount",
     metric="带动总投资",
     metric_alts=["总投资", "项目总投资", "带动投资", "重点产业振兴和技术改造项目总投资",
                  "带动总投资额"],
     subject_alts=CN + GOV, **FLOW,
     note="total investment of the supported projects, induced by the central money (actual)")

# ---- line 16 (source 18): energy saving and environment --------------------------------------
g.neg("发布实施“十二五”节能", "十二五", "plan label 十二五 (in a document name)")
CLEAN = ["清洁能源发电装机容量", "清洁能源装机", "清洁能源发电装机规模", "清洁能源装机容量"]
fact("发电装机达到2.9亿千瓦", "2.9亿千瓦", value=2.9e11, unit="W", kind="amount",
     metric="清洁能源发电装机", metric_alts=CLEAN, **STOCK,
     note="达到 → eq; 2.9亿千瓦 = 2.9e11 W; installed capacity (a stock): " + STOCK_NOTE)
fact("比上年增加3356万千瓦", "3356万千瓦", value=3.356e10, unit="W", kind="amount",
     metric="清洁能源发电装机增量",
     metric_alts=["清洁能源发电装机", "新增清洁能源发电装机", "清洁能源发电装机容量增量",
                  "清洁能源装机增量", "清洁能源发电装机增加"],
     period=Y11, period_alts=[Y11_END, Y11_NULL],
     note="absolute change of the stock over 2011 (增加 → positive, metric <level>增量, SPEC "
          "§2): the year (the instant of the level compared and null as alts); 3356万千瓦 = "
          "3.356e10 W")
fact("新增城镇污水日处理能力1100万吨", "1100万吨", value=1.1e7, unit="t", kind="amount",
     metric="新增城镇污水日处理能力",
     metric_alts=["城镇污水日处理能力", "城镇污水日处理能力增量", "污水日处理能力",
                  "新增城镇污水处理能力", "新增污水日处理能力"],
     **FLOW, note="a daily capacity: the rate stays in the metric (SPEC §3, as wr_china_2013); "
                  "新增 as written, 增量 alts")
fact("5000多万千瓦新增燃煤", "5000多万千瓦", value=5e10, unit="W", kind="amount", bound="gt",
     metric="新增燃煤发电机组",
     metric_alts=["安装脱硫设施的新增燃煤发电机组", "新增燃煤发电机组容量",
                  "新增燃煤发电机组装机", "燃煤发电机组", "新增燃煤发电装机",
                  "安装脱硫设施的燃煤发电机组", "新增燃煤发电机组脱硫设施"],
     **FLOW,
     note="多 inside the span → gt; 5000多万千瓦 = 5e10 W: the capacity of the coal-fired units "
          "added in 2011, all of which (全部) were fitted with desulphurisation")
OUT_NOTE = ("verb 淘汰落后的 distributes over the list: the elided head is restored in the "
            "metric (README §3, as wr_china_2010), the bare 'X产能' as alt")
for ctx, tgt, val, prod in [("水泥产能1.5亿吨", "1.5亿吨", 1.5e8, "水泥"),
                            ("炼铁产能3122万吨", "3122万吨", 3122e4, "炼铁"),
                            ("焦炭产能1925万吨", "1925万吨", 1925e4, "焦炭")]:
    fact(ctx, tgt, value=val, unit="t", kind="amount", metric=f"淘汰落后的{prod}产能",
         metric_alts=[f"{prod}产能", f"淘汰落后{prod}产能", f"淘汰{prod}产能",
                      f"落后{prod}产能", f"{prod}落后产能"],
         **FLOW, note=OUT_NOTE if prod != "水泥" else "capacity eliminated in 2011 (a flow); "
                                                      + INHERIT_NOTE)

# ---- line 17 (source 19) ----------------------------------------------------------------------
g.neg("天然林保护二期工程", "二期", "phase label 二期 (the second phase of the natural forest "
      "protection programme, README §2 一期), not a quantity")
fact("植树造林9200多万亩", "9200多万亩", value=9.2e7, unit="mu", kind="amount", bound="gt",
     metric="植树造林",
     metric_alts=["造林", "植树造林面积", "造林面积", "完成造林", "完成植树造林面积"],
     **FLOW, note="多 inside the span → gt; 亩 stays mu (SPEC §3)")

# ---- line 18 (source 20): regions ---------------------------------------------------------------
g.neg("跨越式发展的一系列", "一系列", "quantifier 一系列")
g.neg("制定实施新10年农村", "新10年", "part of a document name (新10年农村扶贫开发纲要, as 新十年 "
      "in wr_china_2013), not a quantity")

# ---- line 19 (source 21) ------------------------------------------------------------------------
fact("城镇化率超过50％", "50％", value=50, unit="%", kind="share", bound="gt",
     metric="城镇化率", metric_alts=["城镇化水平", "常住人口城镇化率"], **STOCK,
     note="超过 → gt; a rate of a stock → share: " + STOCK_NOTE)
g.neg("社会结构的一个历史性", "一个", "indefinite article 一个")
g.neg("胜利完成四川汶川", "四川", "place name 四川 (Sichuan), not a quantity")

# ---- line 20 (source 22) ------------------------------------------------------------------------
g.neg("（三）大力发展", "（三）", MARKER_NOTE)

# ---- line 21 (source 23) ------------------------------------------------------------------------
SOC = ["全国财政支出", "财政支出", "全国财政用于科技、教育、文化、卫生、体育事业的支出",
       "科技、教育、文化、卫生、体育事业投入", "全国财政科教文卫体支出",
       "对科技、教育、文化、卫生、体育事业的投入", "全国财政科技、教育、文化、卫生、体育支出"]
fact("全国财政支出2.82万亿元", "2.82万亿元", value=2.82e12, unit="CNY", kind="amount",
     metric="全国财政科技、教育、文化、卫生、体育事业支出", metric_alts=SOC,
     subject_alts=CN + ["各级政府", "全国财政"], **FLOW,
     note="judgement call: the sentence ties the 2.82万亿元 to 各级政府加大对科技、教育、文化、"
          "卫生、体育事业的投入 — it is the spending on those sectors (all-government spending "
          "in 2011 was several times larger), so the sectors are restored in the metric and "
          "the surface 全国财政支出 kept as alt; all levels of government → 中国; "
          + INHERIT_NOTE)

# ---- line 22 (source 24) ------------------------------------------------------------------------
g.neg("天宫一号", "一号", "spacecraft name 天宫一号 (Tiangong-1), not a quantity")
g.neg("神舟八号", "八号", "spacecraft name 神舟八号 (Shenzhou-8), not a quantity")

# ---- line 23 (source 25) ------------------------------------------------------------------------
g.neg("经过25年坚持", "25年", PERIOD_NOTE + " (经过25年 = the 25 years of effort up to 2011, as "
      "经过三年 in the other golds; no figure in its sentence); not a duration fact — "
      "judgement call")
g.neg("全面实现“两基”目标", "两基", LABEL_NOTE + " (“两基” = 基本普及九年义务教育、基本扫除"
      "青壮年文盲)")
fact("免除3000多万名农村", "3000多万名", value=3e7, unit="count", kind="count", bound="gt",
     classifier="名", metric="免除住宿费的农村寄宿制学生",
     metric_alts=["农村寄宿制学生", "免除住宿费学生", "免除农村寄宿制学生住宿费",
                  "农村寄宿制学生住宿费免除", "免除住宿费的农村寄宿制学生人数",
                  "农村寄宿制学生人数"],
     **FLOW,
     note="多 inside the span → gt; the predicate (住宿费 waived) defines the counted set → in "
          "the metric; " + INHERIT_NOTE)
fact("其中1228万名中西部", "1228万名", value=12280000, unit="count", kind="count",
     classifier="名", metric="享受生活补助的中西部家庭经济困难学生",
     metric_alts=["中西部家庭经济困难学生", "家庭经济困难学生", "享受生活补助学生",
                  "享受生活补助的家庭经济困难学生", "生活补助受益学生",
                  "享受生活补助的中西部家庭经济困难学生人数"],
     subject_alts=CN + ["中西部", "中西部地区"], **FLOW,
     note="其中: part of the 3000多万名; the predicate 享受生活补助 defines the counted set; the "
          "region as subject alt (README §4)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、2011年工作回顾, the opening line 过去的一年…, the headline figures of 2011 (source line "
    "5), 一年来，我们主要做了以下工作： and review items (一) 宏观调控 and (二) 经济发展方式 in full "
    "with the heading and first paragraphs of (三) 社会事业. The 2012 主要预期目标 (source line "
    "55) cannot join the headline figures: lines 3-55 hold 6,151 characters, so the excerpt "
    "is review only: the headline figures and the number-dense review after them, as far as "
    "2,500 characters allow. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2012-03-05, the corpus meta date: the opening day of the 5th "
    "session of the 11th NPC, on which the Premier delivered the report; the Wikisource text "
    "has no dateline; nothing in the excerpt contradicts it (2011 full-year results "
    "reported; 上年 = 2010). Place: national report → 中国 (alts 我国/全国/中华人民共和国); "
    "the central government's own money and acts (三农 支出 and its increase, 中央预算投资 150亿元 "
    "and its 4000多个 projects) keep 中国 with 中央财政/中央政府/国务院 as alts; regional and "
    "group figures (无电地区, 中西部 students, 各级政府) keep 中国 with the group as alt. "
    "Periods: the heading 2011年 governs the section; no line states a period before its "
    "numbers (过去的一年 / 一年来 stand alone; 8月份 / 下半年 govern no number), so every fact "
    "takes 2011 (period text 2011年) with null as alt; stocks (清洁能源发电装机 2.9亿千瓦, "
    "城镇化率) → instant 2011-12-31 with the year and null as alts; the increase of the stock "
    "(3356万千瓦) → the year, the instant as alt; streaks (八连增, 连续5年…超万亿斤) → 2011 with "
    "the streak's span (2004-2011, 2007-2011) as alt. Modality: actual throughout. "
    "Judgement calls: 八连增 → count 8 (classifier 连增, as 十二连增 in wr_china_2016); 连续5年 "
    "→ a 5-year duration and 超万亿斤 → 5e8 t gt (the level held each year); 2.82万亿元 → metric "
    "restored to the spending on 科技、教育、文化、卫生、体育 (surface 全国财政支出 as alt); "
    "6398万 / 60万 / 3000多万名 / 1228万名 → counts whose predicates define the set; 5000多万"
    "千瓦 → the capacity of the new coal units (W, gt); 经过25年 → a period negative (no "
    "figure in its sentence). Negatives: 一、, 2011年, 过去的一年, 十二五 ×2, 一年来, （一）-（三）, "
    "8月份, 一度, 下半年, 一方面 ×2, 三农, 三网, 二期, 一系列, 新10年, 一个, 四川, 一号, 八号, "
    "25年, 两基.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
