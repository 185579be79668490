"""Gold annotations for wr_china_2016 (2016年中华人民共和国国务院政府工作报告), lines 1-14 of
shared/texts/work_report/wr_china_2016.txt.

The excerpt corpora/wr_china_2016.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2015年工作回顾, the opening paragraph
(过去一年…), the four headline bullets of 2015 (——经济运行 … ——人民生活), the science line
(C919, 屠呦呦), 回顾过去一年，成绩来之不易… (the base effect of a 60万亿元 economy), the line
一年来，我们主要做了以下工作： and review items 一是 … 三是 (macro policy; reform and opening
with its paragraphs on fiscal/financial reform and on trade and investment; industry).
This is the number-dense part of the review (~55 numerals in 2,372 characters).  The
term-end review of the 12th Five-Year Plan (source line 25, 过去五年 / “十二五”) is dense
too, but any run of 2,000-2,500 characters that reaches it (e.g. lines 16-26, 2,238) is
mostly the sparse end of the 2015 review (governance, diplomacy, problems) and holds
about half as many numbers.  Facts and negatives are written by hand from the text,
sentence by sentence; every offset comes from a unique context string
(corpora/annotate.py).

    python corpora/annotations/wr_china_2016.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2016"
PLACE = "中国"
REF = "2016-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 14                     # 1-based, inclusive, whole lines
TITLE = "2016年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2015年工作回顾", ends="推动国际气候变化谈判取得积极成果。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker, not a quantity"
LABEL_NOTE = "policy / programme label, not a quantity"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央政府", "国务院", "中华人民共和国国务院"]
GOV_NOTE = ("the central government's own act: subject the document's place 中国, "
            "中央政府/国务院 as alts (as wr_china_2022)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2016-03-05; 去年 = 2015) ---------------------------------------
# Line 1 is the heading 一、2015年工作回顾: the section frame of the review (SPEC §4).  Line 2
# opens with 过去一年 but has no number.  Lines 3, 4, 10-13 and the start of line 6 state no
# period before their numbers: section frame 2015 with the heading's period text 2015年,
# null as alt.  In line 5, 全年 (全年新登记注册企业…) governs the rest of the line; in line 6,
# 去年末 governs the clauses after it (8.5% onwards); in line 8, 去年 (去年世界经济增速…)
# governs the rest of the line, except the two values with a period of their own (5年前,
# 10年前).  Line 9 一年来 is its own line.  In line 14, 近三年 = the three full years before
# the reference year, 2013-2015 (SPEC §4): its values are three-year totals, not 2015's.
# Nothing in the excerpt is a 过去五年 / “十二五” five-year figure (those are in source line
# 25, outside the excerpt).
Y15 = P("2015年", "2015-01-01", "2015-12-31")
Y15_NULL = P("2015年", None, None)
Y15_END = P("2015年", "2015-12-31", "2015-12-31")
FLOW = dict(period=Y15, period_alts=[Y15_NULL])
STOCK = dict(period=Y15_END, period_alts=[Y15, Y15_NULL])
YQ = P("全年", "2015-01-01", "2015-12-31")
FLOW_Q = dict(period=YQ, period_alts=[P("全年", None, None), Y15])
YE = P("去年末", "2015-12-31", "2015-12-31")
YE_YEAR = P("去年末", "2015-01-01", "2015-12-31")
LY = P("去年", "2015-01-01", "2015-12-31")
FLOW_LY = dict(period=LY, period_alts=[P("去年", None, None), Y15])
THREE = P("近三年", "2013-01-01", "2015-12-31")
FLOW3 = dict(period=THREE, period_alts=[P("近三年", None, None)])

# ---- line 1: heading ------------------------------------------------------------------------
g.neg("一、2015年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2015年工作回顾", "2015年", PERIOD_NOTE + " (heading of the review: 2015; the "
      "period text of the review facts without a period of their own)")

# ---- line 2: 过去一年 --------------------------------------------------------------------------
g.neg("过去一年，我国发展", "过去一年", PERIOD_NOTE + " (the review year 2015; its line has "
      "no number)")

# ---- line 3: ——经济运行 ----------------------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值达到67.7万亿元", "67.7万亿元", value=67.7e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="达到 → eq; 万亿元 = 1e12; section frame 2015年 (heading), null as alt; no 预计 → "
          "actual")
fact("67.7万亿元，增长6.9%", "6.9%", value=6.9, unit="%", kind="growth",
     metric="国内生产总值", metric_alts=GDP + ["经济增长"], comparison="yoy", **FLOW,
     note="在世界主要经济体中位居前列 after it states no rank number")
fact("“十二连增”", "十二连增", value=12, unit="count", kind="count", classifier="连增",
     metric="粮食产量连增",
     metric_alts=["粮食产量连续增长", "粮食产量连续增产", "粮食连续增产", "粮食产量",
                  "粮食产量连续增长年数", "连增"],
     period=Y15, period_alts=[Y15_NULL, P("十二连增", "2004-01-01", "2015-12-31")],
     note="judgement call: 十二连增 'the twelfth increase in a row' of grain output → a count "
          "of consecutive annual increases (12), as 四连冠 in wr_gansu_2025; a streak "
          "duration (12 year, as 连续四年 in wr_xinjiang_2025) is the alternative; the streak "
          "2004-2015 ends in the review year (alt)")
fact("城镇新增就业1312万人", "1312万人", value=13120000, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW, note="超过全年预期目标 after it: the target is not restated")
g.neg("一大亮点", "一大", "quantifier 一大 ('a major (highlight)'), not a quantity")

# ---- line 4: ——结构调整 ----------------------------------------------------------------------
SERV = "服务业在国内生产总值中的比重"
fact("比重上升到50.5%", "50.5%", value=50.5, unit="%", kind="share", metric=SERV,
     metric_alts=["服务业比重", "服务业占国内生产总值比重", "服务业增加值占国内生产总值比重",
                  "服务业占GDP比重", "服务业增加值比重"], **FLOW,
     note="上升到 = the level reached; a share of the year's output (a flow) → the year")
g.neg("首次占据", "首次", "首次 'for the first time', not a rank or count")
g.neg("“半壁江山”", "半壁江山", "idiom 半壁江山 'half the country', restating the 50.5% "
      "share, not a quantity of its own")
fact("贡献率达到66.4%", "66.4%", value=66.4, unit="%", kind="share",
     metric="消费对经济增长的贡献率",
     metric_alts=["消费贡献率", "消费对经济增长贡献率", "最终消费支出对经济增长的贡献率"],
     **FLOW)
fact("能耗下降5.6%", "5.6%", value=-5.6, unit="%", kind="growth",
     metric="单位国内生产总值能耗",
     metric_alts=["单位GDP能耗", "能耗强度", "单位国内生产总值能源消耗"], comparison="yoy",
     **FLOW, note="下降 → negative; 单位 is lexicalized (per unit of GDP)")

# ---- line 5: ——发展新动能 ---------------------------------------------------------------------
g.neg("大众创业、万众创新蓬勃", "万众", "slogan 大众创业、万众创新 ('mass entrepreneurship "
      "and innovation'), not a quantity")
fact("注册企业增长21.6%", "21.6%", value=21.6, unit="%", kind="growth",
     metric="新登记注册企业",
     metric_alts=["新登记注册企业数量", "新登记企业", "新注册企业", "新登记注册企业数"],
     comparison="yoy", **FLOW_Q, note="全年 governs the rest of the line (2015)")
fact("平均每天新增1.2万户", "1.2万户", value=12000, unit="count", kind="count",
     classifier="户", metric="平均每天新增企业",
     metric_alts=["日均新增企业", "每天新增企业", "平均每天新增", "日均新登记企业",
                  "平均每天新登记注册企业"], **FLOW_Q,
     note="a daily average over 2015 (全年) → the year")

# ---- line 6: ——人民生活 ----------------------------------------------------------------------
fact("可支配收入实际增长7.4%", "7.4%", value=7.4, unit="%", kind="growth",
     metric="全国居民人均可支配收入",
     metric_alts=["居民人均可支配收入", "人均可支配收入", "居民收入"], comparison="yoy",
     **FLOW, note="实际 = in real terms; precedes 去年末 → section frame; 快于经济增速 after "
                  "it states no number")
DEP = ["居民储蓄存款", "储蓄存款余额", "居民储蓄存款余额增速"]
fact("余额增长8.5%", "8.5%", value=8.5, unit="%", kind="growth",
     metric="居民储蓄存款余额", metric_alts=DEP, comparison="yoy",
     period=YE, period_alts=[YE_YEAR, Y15, P("去年末", None, None)],
     note="去年末 (= the end of 2015) → the instant 2015-12-31 as written: year-end balance "
          "on year-end balance; the year 2015 as alt")
fact("新增4万多亿元", "4万多亿元", value=4e12, unit="CNY", kind="amount", bound="gt",
     metric="居民储蓄存款余额增量",
     metric_alts=["新增居民储蓄存款", "居民储蓄存款增量", "居民储蓄存款余额新增",
                  "居民储蓄存款新增额", "居民储蓄存款余额"],
     period=YE_YEAR, period_alts=[YE, Y15, P("去年末", None, None)],
     note="多 inside the span → gt (4万多亿元 = more than 4e12); 新增 of a balance = the "
          "absolute change over 2015 (SPEC §2 <level>增量): the flow of the year under the "
          "governing 去年末 (text kept), the literal instant as alt")
INHERIT = ("judgement call: 去年末 governs the line after it (SPEC §4), but this is a flow "
           "of 2015 (解决 / 减少 over the year): period the year 2015 with the governing text "
           "去年末, the literal instant 2015-12-31 and the section frame as alts")
fact("又解决6434万农村人口", "6434万", value=64340000, unit="count", kind="count",
     classifier="人", metric="解决饮水安全问题的农村人口",
     metric_alts=["农村人口饮水安全", "解决农村人口饮水安全问题", "饮水安全问题得到解决的农村人口",
                  "农村饮水安全人口", "农村人口"],
     period=YE_YEAR, period_alts=[YE, Y15, P("去年末", None, None)],
     note="no measure word written → classifier 人 (as 6069万农民 in wr_china_2010); "
          + INHERIT)
fact("农村贫困人口减少1442万人", "1442万人", value=-14420000, unit="count", kind="count",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "减贫人口", "农村贫困人口减少人数",
                  "贫困人口增量"],
     period=YE_YEAR, period_alts=[YE, Y15, P("去年末", None, None)],
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2); "
          + INHERIT)

# ---- line 7: science (no facts) ----------------------------------------------------------------
g.neg("科技领域一批", "一批", "quantifier 一批")
g.neg("第三代核电技术", "第三代", "technology generation label (第三代核电技术), not a "
      "measured rank")
g.neg("国产C919大型客机", "C919", "model name C919 (SPEC §1 model names), not a quantity")

# ---- line 8: 回顾过去一年 ---------------------------------------------------------------------
g.neg("回顾过去一年", "过去一年", PERIOD_NOTE + " (the review year 2015; no number follows "
      "before 去年)")
g.neg("为6年来最低", "6年来", PERIOD_NOTE + " (the window of the comparison 6年来最低 'the "
      "lowest in six years'; no measured value is given)")
g.neg("“三期叠加”", "三期", LABEL_NOTE + " (“三期叠加”, the 'three overlapping periods' "
      "of the economy)")
g.neg("不少两难甚至多难", "两难", "idiom 两难 'dilemma', not a quantity")
fact("经济总量超过60万亿元", "60万亿元", value=60e12, unit="CNY", kind="amount",
     bound="gt", metric="经济总量",
     metric_alts=["国内生产总值", "GDP", "经济规模", "生产总值"], **FLOW_LY,
     note="超过 → gt (outside the span); the size of the economy in 2015 (去年 governs the "
          "line; 67.7万亿元 in line 3); the base of the year's growth, not a threshold "
          "defining a counted set")
g.neg("每增长1个百分点", "1个百分点", "per-unit basis of the comparison ('each one "
      "percentage point of growth'), not a claim about a measured change (as the "
      "per-10,000 basis 每万人口 in wr_anhui_2025)")
INCR = ["国内生产总值增长", "GDP增速", "经济增速", "国内生产总值增速",
        "相当于现在1个百分点增量的国内生产总值增速", "与现在增长1个百分点增量相当的增速"]
INCR_NOTE = ("judgement call: 现在…每增长1个百分点的增量，相当于N年前X个百分点的增量 — the GDP "
             "increment of one point of growth today equals that of X points N years "
             "earlier: a change in pp (X) of the growth rate, metric 国内生产总值增速 with the "
             "equivalence in alts; N年前 counts back from 现在, the 2015 economy (checked: "
             "real growth 2011-2015 compounds to ≈1.46, 2006-2015 to ≈2.5), so 5年前 = 2010 "
             "and 10年前 = 2005, one year later (from the reference year 2016) and null as "
             "alts; comparison = the surface basis 现在每增长1个百分点的增量")
g.neg("相当于5年前", "5年前", PERIOD_NOTE + " (= 2010, the period of 1.5个百分点)")
fact("5年前1.5个百分点", "1.5个百分点", value=1.5, unit="pp", kind="change",
     metric="国内生产总值增速", metric_alts=INCR,
     comparison="现在每增长1个百分点的增量", period=P("5年前", "2010-01-01", "2010-12-31"),
     period_alts=[P("5年前", "2011-01-01", "2011-12-31"), P("5年前", None, None)],
     note=INCR_NOTE)
g.neg("、10年前", "10年前", PERIOD_NOTE + " (= 2005, the period of 2.5个百分点)")
fact("10年前2.5个百分点", "2.5个百分点", value=2.5, unit="pp", kind="change",
     metric="国内生产总值增速", metric_alts=INCR,
     comparison="现在每增长1个百分点的增量", period=P("10年前", "2005-01-01", "2005-12-31"),
     period_alts=[P("10年前", "2006-01-01", "2006-12-31"), P("10年前", None, None)],
     note=INCR_NOTE)
g.neg("一步一步走了过来", "一步一步", "idiom 一步一步 'step by step', not a quantity")

# ---- line 9 -----------------------------------------------------------------------------------
g.neg("一年来，我们主要", "一年来", PERIOD_NOTE + " (the review year 2015; its own line, "
      "so it governs nothing after it)")

# ---- line 10: 一是 macro policy ---------------------------------------------------------------
g.neg("一是着力稳增长", "一是", MARKER_NOTE)
LGB = ["置换存量债务", "地方政府债券置换存量债务", "发行地方政府债券置换存量债务",
       "置换债券", "地方政府置换债券", "债务置换"]
fact("置换存量债务3.2万亿元", "3.2万亿元", value=3.2e12, unit="CNY", kind="amount",
     metric="地方政府债券置换存量债务", metric_alts=LGB,
     subject_alts=CN + GOV + ["地方政府"], **FLOW,
     note="local-government bonds issued in 2015 to swap existing debt: the national "
          "programme keeps 中国 as subject, the local governments (issuers) and the central "
          "government as alts")
fact("降低利息负担约2000亿元", "2000亿元", value=2000e8, unit="CNY", kind="amount",
     bound="approx", metric="降低利息负担",
     metric_alts=["利息负担降低", "节约利息", "利息负担", "地方政府利息负担降低",
                  "减少利息支出"],
     subject_alts=CN + GOV + ["地方政府"], **FLOW, note="约 → approx (outside the span)")

# ---- line 11: 二是 reform ---------------------------------------------------------------------
g.neg("二是围绕激发", "二是", MARKER_NOTE)
gov("取消和下放311项", "311项", value=311, unit="count", kind="count", classifier="项",
    metric="取消和下放行政审批事项",
    metric_alts=["行政审批事项", "取消和下放的行政审批事项", "取消下放行政审批事项"], **FLOW,
    note=GOV_NOTE)
gov("取消123项", "123项", value=123, unit="count", kind="count", classifier="项",
    metric="取消职业资格许可和认定事项",
    metric_alts=["职业资格许可和认定事项", "取消的职业资格许可和认定事项", "职业资格许可事项"],
    **FLOW, note=GOV_NOTE)
gov("前置审批精简85%", "85%", value=-85, unit="%", kind="growth",
    metric="工商登记前置审批事项",
    metric_alts=["工商登记前置审批", "前置审批事项", "工商登记前置审批精简",
                 "工商登记前置审批事项精简比例"], comparison="yoy", **FLOW,
    note="judgement call: 精简85% 'cut by 85%' → a relative change of the number of "
         "pre-registration approvals, kind growth, negative (as 减少 N%); no basis is "
         "written: comparison yoy by default (SPEC §2), the count before the cut; the "
         "share of items cut (share 85) is the alternative reading")
g.neg("全面实施三证合一", "三证合一", LABEL_NOTE + " (三证合一 'three licences in one')")
g.neg("、一照一码", "一照一码", LABEL_NOTE + " (一照一码 'one licence, one code')")

# ---- line 12: fiscal and financial reform ------------------------------------------------------
CUT_NOTE = ("减少 + fraction/percent → a relative change of the number of items, kind growth, "
            "negative; no basis written → comparison yoy by default (SPEC §2: the count "
            "before the year's cut)")
gov("减少三分之一", "三分之一", value=-100 / 3, unit="%", kind="growth",
    metric="中央对地方专项转移支付项目",
    metric_alts=["专项转移支付项目", "中央对地方专项转移支付项目数量",
                 "专项转移支付项目数量"], comparison="yoy", **FLOW,
    note="三分之一 → 33.33 % (as 1/3 in wr_xinjiang_2025); " + CUT_NOTE + "; " + GOV_NOTE)
gov("定价项目减少80%", "80%", value=-80, unit="%", kind="growth", metric="中央政府定价项目",
    metric_alts=["中央定价项目", "中央政府定价项目数量", "政府定价项目"], comparison="yoy",
    **FLOW,
    note=CUT_NOTE)
gov("减少一半以上", "一半", value=-50, unit="%", kind="growth", bound="ge",
    metric="地方政府定价项目",
    metric_alts=["地方定价项目", "地方政府定价项目数量", "政府定价项目"],
    subject_alts=GOV + CN + ["地方政府"], comparison="yoy", **FLOW,
    note="一半 → 50 %; 以上 → ge on the size of the cut (outside the span); " + CUT_NOTE)

# ---- line 13: opening --------------------------------------------------------------------------
gov("限制性条目减少一半", "一半", value=-50, unit="%", kind="growth",
    metric="外商投资限制性条目",
    metric_alts=["限制性条目", "外商投资产业指导目录限制性条目", "外商投资限制类条目",
                 "外商投资限制性条目数量"], comparison="yoy", **FLOW,
    note="一半 → 50 %; " + CUT_NOTE)
fact("95%以上实行备案管理", "95%", value=95, unit="%", kind="share", bound="ge",
     metric="外商投资实行备案管理比例",
     metric_alts=["实行备案管理比例", "备案管理比例", "外商投资备案管理占比",
                  "实行备案管理的外商投资比例", "外商投资项目备案管理比例"], **FLOW,
     note="以上 → ge (outside the span); the share of foreign investment handled by filing "
          "instead of approval")
FDI = ["实际利用外资", "利用外资", "外商直接投资"]
fact("实际使用外资1263亿美元", "1263亿美元", value=1263e8, unit="USD", kind="amount",
     metric="实际使用外资", metric_alts=FDI, **FLOW)
fact("1263亿美元，增长5.6%", "5.6%", value=5.6, unit="%", kind="growth",
     metric="实际使用外资", metric_alts=FDI, comparison="yoy", **FLOW)
ODI = ["对外直接投资", "非金融类对外直接投资额", "非金融类境外直接投资"]
fact("对外直接投资1180亿美元", "1180亿美元", value=1180e8, unit="USD", kind="amount",
     metric="非金融类对外直接投资", metric_alts=ODI, **FLOW)
fact("1180亿美元，增长14.7%", "14.7%", value=14.7, unit="%", kind="growth",
     metric="非金融类对外直接投资", metric_alts=ODI, comparison="yoy", **FLOW)
g.neg("“一带一路”建设成效", "一带一路", "initiative name 一带一路 (Belt and Road)")

# ---- line 14: 三是 industry --------------------------------------------------------------------
g.neg("三是聚焦提质增效", "三是", MARKER_NOTE)
g.neg("大众创业、万众创新政策", "万众", "slogan 大众创业、万众创新, not a quantity")
g.neg("一大批创客", "一大批", "quantifier 一大批 'a large number of', not a quantity")
g.neg("我们一手抓新兴", "一手", "idiom 一手抓…一手抓… 'with one hand … with the other', not "
      "a quantity")
g.neg("，一手抓传统", "一手", "idiom 一手抓 (second hand), not a quantity")
g.neg("《中国制造2025》", "2025", "year in the name of the plan 中国制造2025, not a fact")
g.neg("近三年淘汰", "近三年", PERIOD_NOTE + " (SPEC §4: the three full years before the "
      "reference year, 2013-2015; governs the four values after it)")
THREE_NOTE = ("a three-year total (近三年 = 2013-2015), not a 2015 figure; 多 inside the span "
              "→ gt; the verb 淘汰落后 … 产能 distributes over the list")
fact("炼钢炼铁产能9000多万吨", "9000多万吨", value=9e7, unit="t", kind="amount", bound="gt",
     metric="淘汰落后炼钢炼铁产能",
     metric_alts=["落后炼钢炼铁产能", "炼钢炼铁产能", "淘汰炼钢炼铁产能", "淘汰落后产能"],
     **FLOW3, note=THREE_NOTE)
fact("水泥2.3亿吨", "2.3亿吨", value=2.3e8, unit="t", kind="amount",
     metric="淘汰落后水泥产能",
     metric_alts=["落后水泥产能", "水泥产能", "淘汰水泥产能", "水泥"], **FLOW3,
     note="a three-year total (2013-2015); head 淘汰落后…产能 restored")
fact("平板玻璃7600多万重量箱", "7600多万重量箱", value=7.6e7, unit="重量箱", kind="amount",
     bound="gt", metric="淘汰落后平板玻璃产能",
     metric_alts=["落后平板玻璃产能", "平板玻璃产能", "淘汰平板玻璃产能", "平板玻璃"],
     **FLOW3,
     note="重量箱 (weight case, the trade unit of flat glass, 50 kg) has no canonical unit "
          "→ kept as written (SPEC §3), kind amount; " + THREE_NOTE)
fact("电解铝100多万吨", "100多万吨", value=1e6, unit="t", kind="amount", bound="gt",
     metric="淘汰落后电解铝产能",
     metric_alts=["落后电解铝产能", "电解铝产能", "淘汰电解铝产能", "电解铝"], **FLOW3,
     note=THREE_NOTE)

NOTES = (
    "Excerpt: lines 1-14 of shared/texts/work_report/wr_china_2016.txt (2,372 characters "
    "with the final newline), sliced by code: the heading 一、2015年工作回顾, the opening "
    "(过去一年…), the four headline bullets of 2015 (——经济运行 … ——人民生活), the science "
    "line, 回顾过去一年，成绩来之不易… (the 60万亿元 base), 一年来，我们主要做了以下工作： and "
    "review items 一是-三是 (macro policy, reform and opening, industry). It is the "
    "number-dense part of the review; the 12th Five-Year Plan review (source line 25, "
    "过去五年 / “十二五”) can only be reached by runs (e.g. lines 16-26, 2,238 characters) "
    "made mostly of the sparse end of the 2015 review, with about half the numbers, so it "
    "is left out: no fact of the excerpt is a five-year figure. The title is the corpus "
    "meta title (the source has no title line), title_in_text=False. Date: 2016-03-05, the "
    "corpus meta date: the opening day of the 4th session of the 12th NPC, on which the "
    "Premier delivered the report; the Wikisource text itself has no dateline (the meta "
    "gives a full date, so no date is taken from the text); nothing in the text contradicts "
    "it (去年 = 2015, the report reviews 2015). Place: national report → 中国 (alts 我国/全国/"
    "中华人民共和国); the central government's own reform acts (311项, 123项, 精简85%, 三分之一, "
    "80%, 一半 ×2) keep 中国 with 中央政府/国务院 as alts; local-government debt swap (3.2万亿元, "
    "2000亿元) keeps 中国 with 地方政府 as alt. Periods: heading 2015年 = section frame "
    "(period text 2015年, null as alt) of lines 3, 4, 10-13 and the start of 6; 全年 governs "
    "the rest of line 5; 去年末 governs the rest of line 6 (8.5% as the instant 2015-12-31; "
    "the flows 4万多亿元, 6434万, 1442万 as the year 2015 with the governing text, the "
    "literal instant as alt); 去年 governs line 8 (60万亿元), 5年前 → 2010 and 10年前 → 2005 "
    "(counted back from the 2015 economy; 2011 / 2006 as alts); 近三年 = 2013-2015 (the "
    "four capacity-cut totals of line 14: three-year spans, not the year). Modality: actual "
    "throughout. Units: 万亿元 1e12; 亿美元 → USD; 三分之一 → 33.33 %, 一半 → 50 %; 重量箱 kept "
    "as written. Judgement calls: 十二连增 → count 12 (a streak; duration as alternative); "
    "精简85% / 减少三分之一 / 减少80% / 减少一半 → growth negative (cuts of item counts), "
    "comparison yoy by default; 每增长1个百分点 → negative (per-unit basis), 1.5 / 2.5个百分点 → pp "
    "facts dated 2010 / 2005; 半壁江山 → idiom (negative); 6年来 → period window "
    "(negative); 农村贫困人口减少1442万人 → count −1.442e7 (metric …增量). Negatives: 一、, "
    "2015年, 过去一年 ×2, 一大, 首次, 半壁江山, 万众 ×2, 一批, 第三代, C919, 6年来, 三期, 两难, "
    "1个百分点, 5年前, 10年前, 一步一步, 一年来, 一是/二是/三是, 三证合一, 一照一码, 一带一路, "
    "一大批, 一手 ×2, 2025, 近三年.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
