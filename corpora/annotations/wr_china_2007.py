"""Gold annotations for wr_china_2007 (2007年中华人民共和国国务院政府工作报告), lines 2-19 of
shared/texts/work_report/wr_china_2007.txt.

The excerpt corpora/wr_china_2007.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the heading 一、2006年工作回顾, the opening line
(2006年，是我国实施“十一五”规划…), the five headline lines of 2006 (——经济平稳快速增长…
——人民生活有较大改善), the bridging lines (这些成就…, 一年来的主要工作是：), review items
(一) 宏观调控, (二) “三农”, (三) 结构调整 with its paragraphs on 节能环保 and 区域发展, (四)
改革开放 with 对外贸易, and the first two paragraphs of (五) 社会事业 (中央财政 spending on
science, education, health and culture; 推进科技创新).  This is the number-dense part of the
review of 2006 with the headline figures; the 2007 主要目标 (source line 39) lie ~6,000
characters further on, after the rest of the review and the problems section, and cannot
be joined to it in a contiguous run of at most 2,500 characters, so the excerpt is review
only.  A run of lines 18-26 (items (五)-(六), ~51 numbers in 2,116 characters) is denser
but has none of the headline figures (GDP, CPI, revenue, trade, jobs, incomes, grain).
Facts and negatives are written by hand from the text, sentence by sentence; every offset
comes from a unique context string (corpora/annotate.py).

    python corpora/annotations/wr_china_2007.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "wr_china_2007"
PLACE = "中国"
REF = "2007-03-05"
FOLDER = CORPORA
SRC = (TEXTS / "work_report") / f"{DOC_ID}.txt"
FIRST, LAST = 2, 19                     # 1-based, inclusive, whole lines
TITLE = "2007年中华人民共和国国务院政府工作报告"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="一、2006年工作回顾", ends="自主创新能力增强。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
MARKER_NOTE = "list marker / heading number, not a quantity"
LABEL_NOTE = "policy label “三农” (农业、农村、农民), not a count"

CN = ["我国", "全国", "中华人民共和国"]
GOV = ["中央财政", "中央政府", "国务院", "中华人民共和国国务院"]
PBOC = CN + ["中国人民银行", "人民银行", "央行"]
GOV_NOTE = ("the central government's own spending/act: subject the document's place 中国, "
            "中央财政/中央政府/国务院 as alts (as wr_china_2005 / wr_china_2010)")


fact = g.with_subject(PLACE, CN)


gov = g.with_subject(PLACE, GOV + CN)


# ---- periods (reference date 2007-03-05; 去年 = 2006, 今年 = 2007) ---------------------------
# Review part = 2006.  The section heading 一、2006年工作回顾 (line 1 of the excerpt) governs
# every line of the section: numbers whose line states no period take it (SPEC §4; period
# text 2006年 of the heading, as wr_china_2010), with the null reading in period_alts.  The
# 2006年 that opens line 2 governs only its own line, which has no number.  Lines that state
# 全年 themselves (lines 11 and 17 of the excerpt) get 全年 = 2006 for the clauses after it,
# without the null alt.  Streaks (连续四年 / 连续三年) keep the governing year; the streak's
# own span goes into period_alts.
Y06 = P("2006年", "2006-01-01", "2006-12-31")
Y06_NULL = P("2006年", None, None)
FULL = P("全年", "2006-01-01", "2006-12-31")
FLOW = dict(period=Y06, period_alts=[Y06_NULL])
YEAR = dict(period=FULL, period_alts=[P("全年", None, None)])
INHERIT_NOTE = ("no period in its line → the section year 2006 (heading 一、2006年工作回顾), "
                "null in period_alts")
FULL_NOTE = "全年 (= 2006, the review year) stated earlier in the line governs"

# ---- line 1 (source 2): section heading ----------------------------------------------------------
g.neg("一、2006年工作回顾", "一、", MARKER_NOTE)
g.neg("一、2006年工作回顾", "2006年", PERIOD_NOTE + " (section heading: the review year "
      "2006, used as the period text of the review facts without a period of their own)")

# ---- line 2 (source 3): opening (no facts) -------------------------------------------------------
g.neg("2006年，是我国", "2006年", PERIOD_NOTE + " (2006; its line has no number)")
g.neg("实施“十一五”规划", "十一五", "plan name 十一五 (SPEC §1)")
g.neg("良好开局的一年", "一年", "'a year of good start' (the year 2006), not a duration fact")

# ---- line 3 (source 4): ——经济平稳快速增长 ---------------------------------------------------------
GDP = ["GDP", "生产总值", "国内生产总值总量", "经济总量"]
fact("国内生产总值20.94万亿元", "20.94万亿元", value=20.94e12, unit="CNY", kind="amount",
     metric="国内生产总值", metric_alts=GDP, **FLOW,
     note="万亿元 = 1e12; a flow of the year; " + INHERIT_NOTE)
fact("比上年增长10.7%", "10.7%", value=10.7, unit="%", kind="growth", metric="国内生产总值",
     metric_alts=GDP + ["经济增长", "经济增速"], comparison="yoy", **FLOW, note="比上年 → yoy")
CPI = ["居民消费价格", "居民消费价格指数", "CPI", "居民消费价格涨幅", "消费价格",
       "居民消费价格总水平涨幅", "物价总水平"]
fact("价格总水平上涨1.5%", "1.5%", value=1.5, unit="%", kind="growth",
     metric="居民消费价格总水平", metric_alts=CPI, comparison="yoy", **FLOW,
     note="上涨 = growth of the price level (as 居民消费价格涨幅 in wr_china_2018); yoy")
STREAK4 = P("连续四年", "2003-01-01", "2006-12-31")
fact("经济增长连续四年", "四年", value=4, unit="year", kind="amount",
     metric="经济增长达到或略高于10%持续时间",
     metric_alts=["经济增长连续达到或略高于10%的年数", "经济增长保持10%以上持续时间",
                  "经济增长持续时间", "经济增长连续达到或略高于10%",
                  "达到或略高于10%持续时间", "连续达到或略高于10%", "经济增长连续四年达到或略高于10%"],
     period=Y06, period_alts=[STREAK4, Y06_NULL],
     note="length of the streak (连续四年), a duration fact (as 连续4年保持在 in "
          "nw_cctv_20170228_china_communique_2016); period the governing review year 2006 "
          "(the streak's last year), the streak 2003-2006 and null as alts")
fact("达到或略高于10%", "10%", value=10, unit="%", kind="growth", bound="ge",
     metric="经济增长",
     metric_alts=["国内生产总值", "GDP", "经济增速", "国内生产总值增长", "经济增长率",
                  "GDP增长"],
     comparison="yoy", period=Y06, period_alts=[STREAK4, Y06_NULL],
     note="达到或略高于 'reached or slightly exceeded' → ge; the level held in each year of "
          "the streak (as 保持在1300万人以上 in nw_cctv_20170228_china_communique_2016) → the "
          "review year 2006, the streak 2003-2006 and null as alts")

# ---- line 4 (source 5): ——经济效益稳步提高 ---------------------------------------------------------
FISC = ["全国财政收入", "财政总收入", "财政"]
gov("财政收入3.93万亿元", "3.93万亿元", value=3.93e12, unit="CNY", kind="amount",
    metric="财政收入", metric_alts=FISC, **FLOW, note="全国财政收入 → 中国; " + INHERIT_NOTE)
gov("比上年增加7694亿元", "7694亿元", value=7694e8, unit="CNY", kind="amount",
    metric="财政收入增量",
    metric_alts=["财政收入", "全国财政收入增量", "财政收入增加", "财政收入增加额",
                 "财政收入比上年增加", "全国财政收入增加"],
    **FLOW,
    note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2); the basis "
         "比上年 stays in this note (comparison is for growth/change facts only)")
PROFIT = ["规模以上工业企业利润", "工业企业利润", "企业利润", "利润", "规上工业企业利润",
          "实现利润", "规模以上工业企业利润总额"]
IND = CN + ["规模以上工业企业", "工业企业"]
fact("实现利润增长31%", "31%", value=31, unit="%", kind="growth",
     metric="规模以上工业企业实现利润", metric_alts=PROFIT, subject_alts=IND,
     comparison="yoy", **FLOW,
     note="增长 → yoy; the profits of industrial firms above designated size, aggregated "
          "nationally → 中国, the firms as subject alt")
fact("增加4442亿元", "4442亿元", value=4442e8, unit="CNY", kind="amount",
     metric="规模以上工业企业实现利润增量",
     metric_alts=["规模以上工业企业利润增量", "规模以上工业企业实现利润",
                  "规模以上工业企业利润", "利润增量", "利润增加", "工业企业利润增量",
                  "规模以上工业企业实现利润增加"],
     subject_alts=IND, **FLOW,
     note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2)")

# ---- line 5 (source 6): ——改革开放进一步深化 -------------------------------------------------------
TRADE = ["进出口总额", "外贸进出口总额", "进出口", "对外贸易总额", "进出口贸易",
         "货物进出口总额"]
fact("进出口贸易总额1.76万亿美元", "1.76万亿美元", value=1.76e12, unit="USD",
     kind="amount", metric="进出口贸易总额", metric_alts=TRADE, **FLOW,
     note="万亿美元 → 1.76e12 USD; the stray Wikisource markup ('…'粗体文字) before it is "
          "left as it is")
fact("比上年增长23.8%", "23.8%", value=23.8, unit="%", kind="growth",
     metric="进出口贸易总额", metric_alts=TRADE, comparison="yoy", **FLOW)
FDI = ["实际利用外资", "外商直接投资", "实际使用外资", "实际使用外商直接投资", "利用外资"]
fact("外商直接投资695亿美元", "695亿美元", value=695e8, unit="USD", kind="amount",
     metric="实际利用外商直接投资", metric_alts=FDI, **FLOW)

# ---- line 6 (source 7): ——社会事业加快发展 (no numeral but 进一步, lexicalized) -----------------

# ---- line 7 (source 8): ——人民生活有较大改善 --------------------------------------------------------
fact("城镇新增就业1184万人", "1184万人", value=1184e4, unit="count", kind="count",
     classifier="人", metric="城镇新增就业", metric_alts=["城镇新增就业人数", "新增就业"],
     **FLOW)
URB = ["城镇居民收入", "人均可支配收入", "城镇居民人均收入"]
RUR = ["农村居民收入", "农民人均纯收入", "人均纯收入", "农村居民人均收入"]
fact("可支配收入11759元", "11759元", value=11759, unit="CNY", kind="amount",
     metric="城镇居民人均可支配收入", metric_alts=URB, **FLOW)
fact("人均纯收入3587元", "3587元", value=3587, unit="CNY", kind="amount",
     metric="农村居民人均纯收入", metric_alts=RUR, **FLOW)
fact("实际增长10.4%和7.4%", "10.4%", value=10.4, unit="%", kind="growth",
     metric="城镇居民人均可支配收入", metric_alts=URB, comparison="yoy", **FLOW,
     note="扣除价格因素…实际 = in real terms; 分别 maps in order: 10.4% → 城镇, 7.4% → 农村; "
          "each value carries its own %")
fact("10.4%和7.4%", "7.4%", value=7.4, unit="%", kind="growth",
     metric="农村居民人均纯收入", metric_alts=RUR, comparison="yoy", **FLOW,
     note="second of the 分别 pair → 农村居民人均纯收入, real terms")

# ---- line 8 (source 9) / line 9 (source 10): bridging lines ----------------------------------------
g.neg("迈出坚实的一步", "一步", "idiom 迈出…一步 'take a step', not a quantity")
g.neg("一年来的主要工作是", "一年来", PERIOD_NOTE + " (the review year 2006; heads the review "
      "items; its own line, so it governs nothing after it)")

# ---- line 10 (source 11): （一） macro control ------------------------------------------------------
g.neg("（一）加强和改善", "（一）", MARKER_NOTE)
g.neg("采取了一系列宏观", "一系列", "quantifier 一系列")
fact("两次上调人民币贷款", "两次", value=2, unit="count", kind="count", classifier="次",
     metric="上调人民币贷款基准利率",
     metric_alts=["加息", "上调贷款基准利率", "上调人民币贷款基准利率次数", "贷款基准利率上调",
                  "加息次数", "人民币贷款基准利率上调"],
     subject_alts=PBOC, **FLOW,
     note="count of the 2006 rate rises (两次 → 2, classifier 次, as 两次降低存款准备金率 in "
          "wr_china_2024); the central bank's acts under the government's monetary policy → "
          "中国, the central bank as alt; " + INHERIT_NOTE)
fact("三次上调金融机构", "三次", value=3, unit="count", kind="count", classifier="次",
     metric="上调金融机构存款准备金率",
     metric_alts=["上调存款准备金率", "提高存款准备金率", "上调金融机构存款准备金率次数",
                  "存款准备金率上调", "提准", "提准次数", "上调存款准备金率次数"],
     subject_alts=PBOC, **FLOW,
     note="count of the 2006 reserve-requirement rises; " + INHERIT_NOTE)

# ---- line 11 (source 12): （二） agriculture, rural areas, farmers ----------------------------------
g.neg("（二）加大", "（二）", MARKER_NOTE)
g.neg("加大“三农”工作", "三农", LABEL_NOTE)
g.neg("用于“三农”支出", "三农", LABEL_NOTE)
AGRI = ["中央财政“三农”支出", "中央财政用于三农支出", "“三农”支出", "三农支出",
        "中央财政三农支出", "用于“三农”支出", "中央财政用于“三农”的支出"]
gov("支出3397亿元", "3397亿元", value=3397e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”支出", metric_alts=AGRI, **YEAR,
    note="全年 at the head of the sentence (= 2006) governs the rest of the line; " + GOV_NOTE)
gov("比上年增加422亿元", "422亿元", value=422e8, unit="CNY", kind="amount",
    metric="中央财政用于“三农”支出增量",
    metric_alts=AGRI + ["“三农”支出增量", "中央财政“三农”支出增量", "三农支出增量",
                        "中央财政用于“三农”支出增加"],
    **YEAR, note="absolute change of a level (增加 → positive, metric <level>增量, SPEC §2)")
fact("延续2600多年", "2600多年", value=2600, unit="year", kind="amount", bound="gt",
     metric="农民种田交税历史",
     metric_alts=["农民种田交税的历史", "种田交税历史", "农业税征收历史", "农民种田交税历史时长",
                  "种田交税", "农民种田交税", "农业税历史"],
     **YEAR,
     note="judgement call: the history of farmers paying tax on their land, ended by the "
          "abolition of the agricultural tax, 'lasting more than 2600 years' → a duration "
          "fact (年 → year; 多 inside the span → gt), as 66年的营业税征收历史 in "
          "wr_china_2018; the abolition took place in 2006 (全年 of the line governs), null "
          "as alt")
GRAIN = ["粮食总产量", "粮食", "粮食总产"]
fact("粮食产量达到49746万吨", "49746万吨", value=49746e4, unit="t", kind="amount",
     metric="粮食产量", metric_alts=GRAIN, **YEAR,
     note="全年 restated; 达到 → eq; 49746万吨 = 4.9746e8 t")
fact("实现了连续三年增产", "三年", value=3, unit="year", kind="amount",
     metric="粮食增产持续时间",
     metric_alts=["粮食连续增产年数", "连续增产", "粮食连续增产", "粮食产量连续增产",
                  "增产持续时间", "连续增产年数", "粮食产量增长持续时间"],
     period=FULL, period_alts=[P("连续三年", "2004-01-01", "2006-12-31"),
                               P("全年", None, None)],
     note="length of the streak of harvest increases → 3 year (as 连续6年增产 in "
          "wr_china_2010); 全年 (2006) governs, the streak 2004-2006 and null as alts")
fact("又有 2897万农村人口", "2897万", value=2897e4, unit="count", kind="count",
     classifier="人", metric="解决安全饮水问题的农村人口",
     metric_alts=["农村人口", "解决安全饮水问题农村人口", "农村安全饮水受益人口",
                  "解决饮水安全问题的农村人口", "农村饮水安全受益人口", "解决安全饮水问题",
                  "安全饮水"],
     **YEAR,
     note="no classifier written (2897万 + noun 农村人口): 人 implied (as 6069万农民 in "
          "wr_china_2010); the predicate defines the counted set → in the metric; the "
          "source's space before the number stays outside the span")
fact("新增450万农村沼气用户", "450万", value=450e4, unit="count", kind="count",
     classifier="户", metric="农村沼气用户",
     metric_alts=["新增农村沼气用户", "农村沼气用户增量", "农村沼气用户数量增量", "沼气用户",
                  "新增沼气用户", "农村沼气用户数量"],
     **YEAR,
     note="no classifier written (450万 + noun 沼气用户): 户 implied; 新增 N → count of the "
          "new users, 增量 reading in alts (README §3; as 新增510万沼气用户 in wr_china_2010)")
fact("农村贫困人口减少217万人", "217万人", value=-217e4, unit="count", kind="count",
     classifier="人", metric="农村贫困人口增量",
     metric_alts=["农村贫困人口", "农村贫困人口减少", "贫困人口减少", "减贫人口", "贫困人口增量",
                  "农村贫困人口减少人数"],
     **YEAR,
     note="absolute change of a level (减少 → negative, metric <level>增量, SPEC §2)")

# ---- line 12 (source 13): （三） structural adjustment ------------------------------------------------
g.neg("（三）加快", "（三）", MARKER_NOTE)
g.neg("开展百万千瓦级核电", "百万千瓦", "class threshold 百万千瓦级 (gigawatt-class nuclear "
      "units) naming the kind of equipment, not a measured quantity (as 千万千瓦级 in "
      "wr_xinjiang_2025, 万吨级 in wr_chongqing_2025)")
gov("水泥等11个行业", "11个", value=11, unit="count", kind="count", classifier="个",
    metric="制定并实施结构调整政策措施的行业",
    metric_alts=["行业", "结构调整行业", "实施结构调整政策措施的行业",
                 "结构调整政策措施涉及的行业", "行业结构调整", "行业数量",
                 "制定结构调整政策措施的行业", "钢铁、煤炭、水泥等行业"],
    **FLOW,
    note="industries (steel, coal, cement, …) for which restructuring measures were drawn up "
         "and carried out in 2006; the predicate defining the set is in the metric; "
         + GOV_NOTE + "; " + INHERIT_NOTE)
OUT_NOTE = ("分别 list: 煤炭 → 1.1亿吨, 电解铝 → 120万吨; capacity eliminated in 2006 (a flow), "
            "positive with the verb 淘汰 in the metric (as 淘汰落后的炼钢产能 in wr_china_2010); "
            "the industry as subject alt; " + INHERIT_NOTE)
fact("淘汰落后生产能力1.1亿吨", "1.1亿吨", value=1.1e8, unit="t", kind="amount",
     metric="煤炭淘汰落后生产能力",
     metric_alts=["淘汰落后煤炭生产能力", "淘汰落后的煤炭产能", "淘汰落后煤炭产能", "煤炭产能",
                  "落后煤炭产能", "煤炭落后产能", "淘汰煤炭产能", "煤炭行业淘汰落后生产能力",
                  "淘汰落后生产能力"],
     subject_alts=CN + ["煤炭行业", "煤炭"], **FLOW, note=OUT_NOTE)
fact("1.1亿吨和120万吨", "120万吨", value=120e4, unit="t", kind="amount",
     metric="电解铝淘汰落后生产能力",
     metric_alts=["淘汰落后电解铝生产能力", "淘汰落后的电解铝产能", "淘汰落后电解铝产能",
                  "电解铝产能", "落后电解铝产能", "电解铝落后产能", "淘汰电解铝产能",
                  "电解铝行业淘汰落后生产能力", "淘汰落后生产能力"],
     subject_alts=CN + ["电解铝行业", "电解铝"], **FLOW, note=OUT_NOTE)
g.neg("一批关系国民经济", "一批", "quantifier 一批")
g.neg("三峡左岸电站", "三峡", "place / project name 三峡 (the Three Gorges), not a quantity")

# ---- line 13 (source 14): 节能环保 ---------------------------------------------------------------------
g.neg("加强三峡库区", "三峡", "place name 三峡 (三峡库区), not a quantity")
gov("连续四年在全国开展", "四年", value=4, unit="year", kind="amount",
    metric="整治违法排污企业保障群众健康环保专项行动持续时间",
    metric_alts=["环保专项行动持续时间", "环保专项行动连续开展年数", "连续开展环保专项行动",
                 "整治违法排污企业专项行动持续时间", "专项行动持续时间", "环保专项行动",
                 "整治违法排污企业、保障群众健康环保专项行动持续时间",
                 "整治违法排污企业、保障群众健康环保专项行动"],
    period=Y06, period_alts=[P("连续四年", "2003-01-01", "2006-12-31"), Y06_NULL],
    note="length of the streak of the nationwide environmental enforcement campaign (连续四年) "
         "→ 4 year, a duration fact; the section year 2006 governs (the streak's last "
         "year), the streak 2003-2006 and null as alts; " + GOV_NOTE)

# ---- line 14 (source 15): 区域发展 (no numeral) ---------------------------------------------------------

# ---- line 15 (source 16): （四） reform (no facts) --------------------------------------------------------
g.neg("（四）积极推进", "（四）", MARKER_NOTE)

# ---- line 16 (source 17): 对外贸易 (no numeral) -----------------------------------------------------------

# ---- line 17 (source 18): （五） social development ----------------------------------------------------
g.neg("（五）大力发展", "（五）", MARKER_NOTE)
SOC_NOTE = ("分别 list: 科技, 教育, 卫生, 文化 → 774, 536, 138, 123亿元 (and the growth rates in "
            "the same order); the elided head 中央财政用于…的支出 restored in the metric; "
            "全年 (= 2006) at the head of the sentence; " + GOV_NOTE)


def soc(x):
    return [f"中央财政{x}支出", f"{x}支出", f"中央财政用于{x}事业的支出", f"用于{x}的支出",
            f"中央财政{x}事业支出", f"用于{x}事业的支出", f"中央财政用于{x}支出"]


for ctx, tgt, val, x in [("支出分别为774亿元", "774亿元", 774e8, "科技"),
                         ("774亿元、536亿元", "536亿元", 536e8, "教育"),
                         ("536亿元、138亿元", "138亿元", 138e8, "卫生"),
                         ("138亿元和123亿元", "123亿元", 123e8, "文化")]:
    gov(ctx, tgt, value=val, unit="CNY", kind="amount", metric=f"中央财政用于{x}的支出",
        metric_alts=soc(x), **YEAR, note=SOC_NOTE)
for ctx, tgt, val, x in [("比上年增长29.2%", "29.2%", 29.2, "科技"),
                         ("29.2%、39.4%", "39.4%", 39.4, "教育"),
                         ("39.4%、65.4%", "65.4%", 65.4, "卫生"),
                         ("65.4%和23.9%", "23.9%", 23.9, "文化")]:
    gov(ctx, tgt, value=val, unit="%", kind="growth", metric=f"中央财政用于{x}的支出",
        metric_alts=soc(x), comparison="yoy", **YEAR,
        note="比上年 → yoy; each value carries its own %; " + SOC_NOTE)

# ---- line 18 (source 19): 推进科技创新 -------------------------------------------------------------------
gov("历时两年研究制定", "两年", value=2, unit="year", kind="amount",
    metric="国家中长期科学和技术发展规划纲要研究制定历时",
    metric_alts=["研究制定历时", "研究制定时间", "历时", "规划纲要研究制定时间", "研究制定时长",
                 "国家中长期科学和技术发展规划纲要研究制定时间", "规划纲要制定历时",
                 "制定历时"],
    **FLOW,
    note="duration of the drafting of the medium- and long-term science plan (历时两年, as "
         "历时7年建设 in wr_shanxi_2025), 年 → year, kind amount; the plan was promulgated "
         "in 2006 → the section year, null as alt; " + GOV_NOTE)
g.neg("新一代宽带无线", "一代", "新一代 'new generation' (technology label), not a count")
gov("等16个重大专项", "16个", value=16, unit="count", kind="count", classifier="个",
    metric="重大专项",
    metric_alts=["启动的重大专项", "陆续启动的重大专项", "重大专项数量", "国家科技重大专项",
                 "科技重大专项", "重大科技专项"],
    **FLOW,
    note="the major science projects of the plan launched one after another (陆续启动) in "
         "2006; " + GOV_NOTE + "; " + INHERIT_NOTE)
g.neg("第三代移动通信", "第三代", "technology generation label (3G), not a rank (as "
      "wr_china_2010)")

NOTES = (
    f"Excerpt: lines {FIRST}-{LAST} of shared/texts/work_report/{DOC_ID}.txt "
    f"({len(text):,} characters with the final newline), sliced by code: the heading "
    "一、2006年工作回顾, the opening line, the five headline lines of 2006 (——经济平稳快速增长 … "
    "——人民生活有较大改善), the bridging lines, review items (一)-(四) in full and the first "
    "two paragraphs of (五) (中央财政 spending on science, education, health, culture; 推进科技"
    "创新). It is the number-dense part of the review of 2006 with the headline figures. The "
    "2007 主要目标 (source line 39: 国内生产总值增长8%左右, 900万人, 4.6%, 3%) lie ~6,000 "
    "characters after the headline lines, beyond the rest of the review and the problems "
    "section, so no contiguous run of at most 2,500 characters can hold both: the excerpt "
    "is review only. Lines 18-26 (items (五)-(六)) hold more numbers but none of the headline "
    "figures. Title: the corpus meta title (the source has no title line), "
    "title_in_text=False. Date: 2007-03-05, the corpus meta date: the opening day of the 5th "
    "session of the 10th NPC, on which Premier Wen Jiabao delivered the report; the "
    "Wikisource text has no dateline; nothing in the excerpt contradicts it (2006 full-year "
    "results; 去年 = 2006). Place: national report → 中国 (alts 我国/全国/中华人民共和国); the "
    "central government's own spending and acts (财政收入, 三农 支出, 11个行业, 环保专项行动, "
    "科技/教育/卫生/文化 支出, 规划纲要 两年, 16个重大专项) add 中央财政/中央政府/国务院; the "
    "rate and reserve-ratio rises add the central bank; profits add 规模以上工业企业; the "
    "capacity cuts add 煤炭行业 / 电解铝行业. Periods: the heading 一、2006年工作回顾 governs "
    "the section: lines without a period take 2006 (period text 2006年, null as alt, as "
    "wr_china_2010); lines stating 全年 (items (二) and (五)) take 全年 = 2006 from there on; "
    "the streaks (连续四年 ≥10% growth, 连续三年 grain, 连续四年 enforcement campaign) take the "
    "governing year with the streak span (2003-2006 / 2004-2006) as alt. No stocks. "
    "Modality: actual throughout. Judgement calls: 连续四年 / 连续三年 → durations (4 / 3 "
    "year); 达到或略高于10% → growth 10 ge; 2600多年 (农民种田交税的历史) → duration 2600 year "
    "gt (as 66年 in wr_china_2018); 历时两年 → duration 2 year; 两次 / 三次 rate rises → "
    "counts (次); 财政收入 / 利润 比上年增加 → amounts with metric …增量; 农村贫困人口减少217万人 → "
    "count −2.17e6; 2897万 (农村人口) and 450万 (沼气用户) → counts with implied 人 / 户; "
    "11个行业 → count of industries with the predicate in the metric; 百万千瓦级 → class "
    "negative. Negatives: 一、, 2006年 ×2, 十一五, 一年, 一步, 一年来, （一）-（五）, 一系列, 三农 "
    "×2, 百万千瓦, 一批, 三峡 ×2, 一代 (新一代), 第三代. Lexicalized, not listed: 进一步, 一些.")

g.write(date=REF, source=f"shared/texts/work_report/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(Chinese Wikisource via aldohemsn/chinese-political-corpora)", title=TITLE,
        notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
