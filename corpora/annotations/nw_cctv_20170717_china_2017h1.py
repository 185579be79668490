"""Gold annotations for nw_cctv_20170717_china_2017h1 (corpora/).

央视网消息（新闻联播）, 2017-07-17: 上半年主要经济数据公布.
The excerpt is the whole source, lines 1-13 of
shared/texts/news/nw_cctv_20170717_china_2017h1.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20170717_china_2017h1.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20170717_china_2017h1"
PLACE = "中国"
REF = "2017-07-17"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 13                     # 1-based, inclusive, whole lines (the whole file)
TITLE = "上半年主要经济数据公布"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="将增强未来经济增长的可持续性。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")
MARKER_NOTE = ("list marker ({} of 首先/其次/第三/第四, enumerating the 'stable' signs), not a "
               "rank")

# Periods (reference date 2017-07-17, the broadcast day: 国家统计局今天公布了上半年我国主要宏观
# 经济指标, the NBS H1 2017 release).  上半年 = 2017-01-01..2017-06-30; 一季度 / 二季度 = the
# quarters of 2017; 6月份 = June 2017; 今年以来 = 2017-01-01..reference date (as in
# nw_cctv_20230509, nw_cctv_20230807; data through June as alt).  上年同期 and 一季度 after
# 比 are comparison bases.  The item reports the H1 release (title 上半年, line 2), so 上半年
# is its document period; every number has a period of its own earlier in its line, so the
# document period is never needed.
H1 = P("上半年", "2017-01-01", "2017-06-30")
Q1 = P("一季度", "2017-01-01", "2017-03-31")
Q2 = P("二季度", "2017-04-01", "2017-06-30")
JUN = P("6月份", "2017-06-01", "2017-06-30")
NULL = P("连续", None, None)

CN = dict(subject="中国", subject_alts=["全国", "我国", "中国经济"])
GDP = "国内生产总值"
GDP_G_ALTS = ["GDP", "经济", "经济增长", "经济增速", "国内生产总值增速", "GDP增速", "中国经济",
              "增速", "中国经济增速"]

# ---- line 1: title ---------------------------------------------------------------------
g.neg("上半年主要经济数据公布", "上半年", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ----------------------------------------------------------------------------
g.neg("今天公布了上半年", "上半年", PERIOD_NOTE + " (no number follows)")
g.neg("数据显示，上半年，我国经济", "上半年", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ----------------------------------------------------------------------------
g.neg("\n上半年，国内生产总值", "上半年", PERIOD_NOTE)
g.fact("国内生产总值381490亿元", "381490亿元", value=381490e8, unit="CNY", kind="amount",
       metric=GDP, metric_alts=["GDP", "国内生产总值总量", "GDP总量", "经济总量"], **CN,
       period=H1, note="national aggregate → 中国; 上半年 = H1 2017")
g.fact("同比增长6.9%，其中", "6.9%", value=6.9, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=H1, comparison="yoy", note="同比 → yoy")
g.neg("其中一季度和二季度", "一季度", PERIOD_NOTE + " (with 二季度: the periods of 6.9%)")
g.neg("一季度和二季度均", "二季度", PERIOD_NOTE + " (with 一季度: the periods of 6.9%)")
g.fact("均同比增长6.9%", "6.9%", value=6.9, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN,
       period=P("一季度和二季度", "2017-01-01", "2017-06-30"), period_alts=[Q1, Q2],
       comparison="yoy",
       note="one mention stated of two quarters (均, as the 均/都 facts of "
            "nw_cctv_20240318): one fact, the quarterly GDP growth; its period joins the two "
            "quarters (Q1..Q2 2017, as the joined subjects of the shared-mention golds), "
            "each quarter alone as alt. Judgement call")

# ---- line 4 ----------------------------------------------------------------------------
g.neg("从工业看，上半年", "上半年", PERIOD_NOTE)
IVA = "规模以上工业增加值"
g.fact("同比实际增长6.9%", "6.9%", value=6.9, unit="%", kind="growth", metric=IVA,
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=H1, comparison="yoy",
       note="全国 → 中国; 实际 (real) growth; 规模以上 is part of the metric (SPEC §2)")
g.fact("比上年同期加快0.9个百分点", "0.9个百分点", value=0.9, unit="pp", kind="change",
       metric="规模以上工业增加值增速",
       metric_alts=["规上工业增加值增速", "工业增加值增速", IVA, "规模以上工业增加值增长", "增速"],
       **CN, period=H1, comparison="yoy",
       note="pp difference of growth rates against 上年同期 (H1 2016) → yoy (README §6); "
            "加快 → positive")

# ---- line 5 ----------------------------------------------------------------------------
# 今年以来 holds no numeral: no negative line.
g.neg("服务业生产指数一直保持", "一直", "adverb 一直 'all along', not a quantity")
g.fact("保持在8%以上", "8%", value=8, unit="%", kind="growth", bound="ge",
       metric="服务业生产指数",
       metric_alts=["服务业生产指数增速", "服务业生产指数增长", "全国服务业生产指数", "服务业生产"],
       **CN, period=P("今年以来", "2017-01-01", REF),
       period_alts=[P("今年以来", "2017-01-01", "2017-06-30"), P("今年以来", None, None)],
       comparison="yoy",
       note="the index's year-on-year growth stayed at or above 8% every month (一直保持在"
            "…以上 → ge, outside the span): a growth of the index, not an index level (as "
            "服务业生产指数同比增长5.8% in nw_cctv_20240318); 今年以来 → 2017-01-01..reference "
            "date (as nw_cctv_20230509), the data months (through June) and null as alts")

# ---- line 6 ----------------------------------------------------------------------------
g.neg("从投资看，上半年", "上半年", PERIOD_NOTE)
FAI_ALTS = ["全国固定资产投资", "固定资产投资（不含农户）", "固定资产投资额", "固定资产投资增速"]
g.fact("固定资产投资同比增长8.6%", "8.6%", value=8.6, unit="%", kind="growth",
       metric="固定资产投资", metric_alts=FAI_ALTS, **CN, period=H1, comparison="yoy",
       note="我国 → 中国; 同比 → yoy")
MFG = "制造业投资"
g.fact("制造业投资86809亿元", "86809亿元", value=86809e8, unit="CNY", kind="amount",
       metric=MFG, metric_alts=["制造业投资额", "制造业"], **CN, period=H1,
       note="其中: part of 固定资产投资")
g.fact("86809亿元，增长5.5%", "5.5%", value=5.5, unit="%", kind="growth", metric=MFG,
       metric_alts=["制造业投资增速", "制造业"], **CN, period=H1, comparison="yoy",
       note="growth without basis → yoy")
g.fact("增速连续两个月回升", "两个月", value=2 / 12, unit="year", kind="amount",
       metric="制造业投资增速回升持续时间",
       metric_alts=["制造业投资增速连续回升", "制造业投资增速回升的月数", "增速连续回升",
                    "增速回升持续时间", "回升持续时间", "制造业投资增速回升"],
       **CN, period=P("连续两个月", "2017-05-01", "2017-06-30"), period_alts=[H1, NULL],
       note="length of the streak (连续两个月, 个月 = 1/12 year), a duration fact as in "
            "nw_cctv_20200716_china_2020h1 and nw_cctv_20240318; the cumulative growth rose "
            "in the January-May and January-June data → the streak's months May-June 2017 "
            "as gold (as nw_cctv_20200716), the governing 上半年 and null as alts")
g.fact("比重为60.7%", "60.7%", value=60.7, unit="%", kind="share",
       metric="民间投资占全部投资的比重",
       metric_alts=["民间投资占全部投资比重", "民间投资占比", "民间投资比重",
                    "民间投资占固定资产投资比重", "占全部投资的比重", "占全部投资比重"],
       **CN, period=H1,
       note="the clause's subject is 民间投资 (its share of all investment); 上半年 of the "
            "line governs")

# ---- line 7 ----------------------------------------------------------------------------
g.neg("从消费看，上半年", "上半年", PERIOD_NOTE)
g.fact("贡献率为63.4%", "63.4%", value=63.4, unit="%", kind="share",
       metric="最终消费支出对经济增长的贡献率",
       metric_alts=["最终消费支出对经济增长贡献率", "最终消费支出贡献率", "消费贡献率",
                    "消费对经济增长贡献率", "贡献率"],
       **CN, period=H1, note="contribution rate → share")

# ---- line 8 ----------------------------------------------------------------------------
g.neg("首先是增速平稳", "首", MARKER_NOTE.format("首先"))
g.neg("增速平稳，上半年", "上半年", PERIOD_NOTE)
g.fact("国内生产总值6.9%的同比增速", "6.9%", value=6.9, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_G_ALTS, **CN, period=H1, comparison="yoy",
       note="restates the H1 growth of line 3: its own mention, its own fact; 同比 → yoy")
STREAK8 = P("连续八个季度", "2015-07-01", "2017-06-30")
g.fact("已经连续八个季度", "八个季度", value=8 / 4, unit="year", kind="amount",
       metric="国内生产总值增速保持在中高速增长区间持续时间",
       metric_alts=["保持在6.7%-6.9%的中高速增长区间持续时间", "GDP增速保持在中高速增长区间持续时间",
                    "经济增速保持在中高速增长区间持续时间", "国内生产总值增速连续保持在中高速增长区间",
                    "保持在中高速增长区间持续时间", "连续保持在中高速增长区间", "持续时间",
                    "国内生产总值增速保持在6.7%-6.9%持续时间"],
       **CN, period=STREAK8, period_alts=[H1, P("连续八个季度", None, None)],
       note="length of the streak (连续八个季度) → duration, a quarter = 1/4 year → 2 year (as "
            "连续七个季度 → 7/4 in nw_yicai_20220413); the streak runs 2015 Q3 .. 2017 Q2 → "
            "that span as gold (as the streaks of nw_cctv_20200716), 上半年 and null as "
            "alts. Known false alarm: the shared check_gold.py has no 季度 unit and reads 8")
g.fact("保持在6.7%-6.9%的", "6.7%-6.9%", value=6.7, upper=6.9, unit="%", kind="growth",
       metric=GDP,
       metric_alts=GDP_G_ALTS + ["季度国内生产总值增速", "中高速增长区间", "国内生产总值季度增速",
                                 "季度GDP增速"],
       **CN, period=STREAK8, period_alts=[H1, P("连续八个季度", None, None)],
       comparison="yoy",
       note="a range (SPEC §2 upper): the quarterly GDP growth stayed within 6.7 .. 6.9 in "
            "each of the eight quarters → value 6.7, upper 6.9, one fact spanning the range; "
            "the level held over the streak → the streak's span (2015 Q3 .. 2017 Q2) as "
            "gold, 上半年 (literal inheritance) and null as alts; yoy (the quarterly rates are "
            "year on year)")

# ---- line 9 ----------------------------------------------------------------------------
g.neg("其次是就业稳，上半年", "上半年", PERIOD_NOTE)
JOBS = "城镇新增就业"
JOBS_ALTS = ["城镇新增就业人数", "新增就业", "城镇新增就业人口"]
g.fact("城镇新增就业735万人", "735万人", value=735e4, unit="count", kind="count",
       classifier="人", metric=JOBS, metric_alts=JOBS_ALTS, **CN, period=H1,
       note="a flow over H1 2017, classifier 人")
g.fact("同比多增了18万人", "18万人", value=18e4, unit="count", kind="count",
       classifier="人", metric="城镇新增就业增量",
       metric_alts=["城镇新增就业人数增量", "新增就业增量", "城镇新增就业同比多增", "同比多增",
                    "城镇新增就业多增", JOBS],
       **CN, period=H1,
       note="absolute change of the flow against H1 2016 (同比多增) → SPEC §2: the level's "
            "metric + 增量, signed (多增 → positive), kind count; comparison null (as on "
            "every count/amount, nw_cctv_20170228)")
g.fact("完成了年度目标的66.8%", "66.8%", value=66.8, unit="%", kind="share",
       metric="城镇新增就业目标完成率",
       metric_alts=["年度目标完成率", "完成年度目标", "城镇新增就业完成年度目标", "目标完成率",
                    "城镇新增就业年度目标完成率", "完成年度目标的比例",
                    "城镇新增就业完成年度目标的比例"],
       **CN, period=H1,
       note="735万人 against the 2017 target (1100万): a completion rate → share (as "
            "完成全年目标的122.9% in nw_cctv_20200117)")
UNEMP = "城镇调查失业率"
UNEMP_ALTS = ["全国城镇调查失业率", "调查失业率", "失业率"]
STREAK2U = P("连续两个月", "2017-05-01", "2017-06-30")
g.fact("已经连续两个月保持在5%", "两个月", value=2 / 12, unit="year", kind="amount",
       metric="城镇调查失业率保持在5%以下持续时间",
       metric_alts=["城镇调查失业率连续保持在5%以下", "城镇调查失业率保持在5%以下的月数",
                    "保持在5%以下持续时间", "连续保持在5%以下", "失业率保持在5%以下持续时间",
                    "城镇调查失业率持续时间"],
       **CN, period=STREAK2U, period_alts=[H1, P("连续两个月", None, None)],
       note="length of the streak (2/12 year); the rate was below 5% in May and June 2017 "
            "→ the streak's months as gold; the line's 上半年 (literal inheritance) and null "
            "as alts")
g.fact("保持在5%以下", "5%", value=5, unit="%", kind="share", bound="le", metric=UNEMP,
       metric_alts=UNEMP_ALTS, **CN, period=STREAK2U,
       period_alts=[H1, P("连续两个月", None, None)],
       note="以下 → le (outside the span); a rate of a population → share; the level held in "
            "each month of the streak (as 保持在1300万人以上 in nw_cctv_20170228) → the "
            "streak's months, 上半年 and null as alts; 全国 → 中国")

# ---- line 10 ---------------------------------------------------------------------------
g.neg("第三是居民收入稳", "第三", MARKER_NOTE.format("第三"))
g.neg("居民收入稳，上半年", "上半年", PERIOD_NOTE)
INC = "全国居民人均可支配收入"
g.fact("实际增长7.3%", "7.3%", value=7.3, unit="%", kind="growth", metric=INC,
       metric_alts=["居民人均可支配收入", "人均可支配收入", "全国居民人均可支配收入增速",
                    "居民收入", "全国居民人均可支配收入实际增速"],
       **CN, period=H1, comparison="yoy",
       note="per-capita income of all residents → 中国 (the metric keeps 全国居民 as written, "
            "as nw_cctv_20200716); 实际 (real) growth, yoy")
g.neg("增速比一季度加快", "一季度", BASIS_NOTE.format("0.3个百分点"))
g.fact("加快0.3个百分点", "0.3个百分点", value=0.3, unit="pp", kind="change",
       metric="全国居民人均可支配收入增速",
       metric_alts=["居民人均可支配收入增速", "人均可支配收入增速", "增速", INC,
                    "居民人均可支配收入", "全国居民人均可支配收入实际增速"],
       **CN, period=H1, comparison="比一季度",
       note="pp difference of growth rates (H1 vs Q1); 加快 → positive")

# ---- line 11 ---------------------------------------------------------------------------
g.neg("第四是国际收支稳", "第四", MARKER_NOTE.format("第四"))
g.neg("6月份外汇储备", "6月份", PERIOD_NOTE)
FX = "外汇储备"
g.fact("达到30568亿美元", "30568亿美元", value=30568e8, unit="USD", kind="amount", metric=FX,
       metric_alts=["外汇储备余额", "外汇储备规模", "中国外汇储备"], **CN,
       period=P("6月份", "2017-06-30", "2017-06-30"),
       period_alts=[JUN, P("6月份", None, None)],
       note="美元 → USD (SPEC §3); a stock (reserves held at a moment) → instant at the end "
            "of 6月份 (SPEC §4 stock rule), June 2017 (literal) and null as alts; 达到 → eq")
g.fact("连续五个月回升", "五个月", value=5 / 12, unit="year", kind="amount",
       metric="外汇储备回升持续时间",
       metric_alts=["外汇储备连续回升", "外汇储备回升的月数", "外汇储备连续回升的月数", "连续回升",
                    "回升持续时间", "外汇储备回升"],
       **CN, period=P("连续五个月", "2017-02-01", "2017-06-30"),
       period_alts=[JUN, P("连续五个月", None, None)],
       note="length of the streak (5/12 year); the reserves rose in each month February-June "
            "2017 → the streak's months as gold (as nw_cctv_20200716); the governing 6月份 and "
            "null as alts")

# ---- line 12 ---------------------------------------------------------------------------
g.neg("再看好，上半年", "上半年", PERIOD_NOTE + " (no number in its sentence)")
g.neg("装备制造业上半年同比", "上半年", PERIOD_NOTE)
g.fact("分别增长13.1%和11.5%", "13.1%", value=13.1, unit="%", kind="growth",
       metric="高技术制造业增加值",
       metric_alts=["高技术制造业", "高技术制造业增加值增速", "规模以上高技术制造业增加值"],
       **CN, period=H1, comparison="yoy",
       note="分别: 高技术制造业 ↔ 13.1%, 装备制造业 ↔ 11.5%; the indicator compared with "
            "规模以上工业 is value added (head 增加值 restored, the written 高技术制造业 as alt, "
            "as 服务业 → 服务业增加值 in nw_cctv_20230418); 同比 → yoy")
g.fact("13.1%和11.5%", "11.5%", value=11.5, unit="%", kind="growth",
       metric="装备制造业增加值",
       metric_alts=["装备制造业", "装备制造业增加值增速", "规模以上装备制造业增加值"],
       **CN, period=H1, comparison="yoy")
g.fact("规模以上工业6.2和", "6.2", value=6.2, unit="pp", kind="change",
       metric="高技术制造业增加值增速",
       metric_alts=["高技术制造业增速", "高技术制造业增加值", "高技术制造业", "增速"],
       **CN, period=H1, comparison="比规模以上工业",
       note="分别高于: 高技术制造业 ↔ 6.2, 装备制造业 ↔ 4.6 pp; the unit 个百分点 is written once "
            "after the last value (SPEC §5: the first gets the bare number); pp difference of "
            "growth rates (README §3: <metric>增速); 高于 → positive")
g.fact("6.2和4.6个百分点", "4.6个百分点", value=4.6, unit="pp", kind="change",
       metric="装备制造业增加值增速",
       metric_alts=["装备制造业增速", "装备制造业增加值", "装备制造业", "增速"],
       **CN, period=H1, comparison="比规模以上工业")

# ---- line 13 ---------------------------------------------------------------------------
g.neg("\n上半年，中国经济稳中向好", "上半年", PERIOD_NOTE + " (no number in its clause)")
g.neg("为之一振", "一振", "idiom 为之一振 'be heartened', not a quantity")
g.neg("国际货币基金组织上半年", "上半年", PERIOD_NOTE)
IMF = dict(subject="国际货币基金组织", subject_alts=["IMF", "国际货币基金组织（IMF）"])
g.fact("上半年连续两次", "两次", value=2, unit="count", kind="count", classifier="次",
       metric="调高中国经济增长的预期",
       metric_alts=["调高中国经济增长预期", "调高中国经济增长预期次数", "中国经济增长预期调高次数",
                    "上调中国经济增长预期", "调高预期", "调高次数", "调高"],
       **IMF, period=H1, period_alts=[P("上半年", None, None)],
       note="the number of upward revisions of China's growth forecast the IMF made in H1 "
            "2017 (连续两次): a count of measures (README §2), classifier 次, subject the IMF "
            "(who made them); 上半年 just before it → H1 2017. Judgement call: kept as a "
            "fact")
FORECAST = dict(subject="中国", subject_alts=["中国经济", "全国", "国际货币基金组织"],
                period=P("中国经济增长的预期", "2017-01-01", "2017-12-31"),
                period_alts=[H1, P("中国经济增长的预期", None, None)],
                modality="forecast", comparison="yoy")
GDP_F_ALTS = ["中国经济增长的预期", "中国经济增长预期", "经济增长预期", "经济增长", "经济增速",
              "GDP增速", "GDP", "国内生产总值", "预期增速", "增速", "中国经济增长"]
g.fact("从6.5%调高到", "6.5%", value=6.5, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_F_ALTS, **FORECAST,
       note="from-value of the pair: the IMF's earlier forecast of China's 2017 growth → "
            "modality forecast (as the IMF pair 从6.3%调高到6.5% in nw_cctv_20160508); the "
            "period is the year forecast, 2017 (no year is written: the forecast of the "
            "current year's growth), the governing 上半年 (when the revisions were made) and "
            "null as alts; growth of a year over the last → yoy")
g.fact("调高到6.7%", "6.7%", value=6.7, unit="%", kind="growth", metric=GDP,
       metric_alts=GDP_F_ALTS, **FORECAST,
       note="to-value of the pair: the IMF's latest (raised) forecast of China's 2017 growth")
g.neg("最新一期《全球经济展望》", "一期", "issue label 一期 ('the latest issue' of the report), "
      "not a count (as 一期 in README §2)")

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-13 (a byte copy "
    "made by code): a short 新闻联播 item, so all of it is taken. Date: 2017-07-17, the "
    "broadcast date given by the source meta (file name assets/2017/20170717.json, pubtime "
    "2017-07-17 19:21:30); the text agrees: 国家统计局今天公布了上半年我国主要宏观经济指标 — "
    "the NBS released the H1 2017 data on 17 July 2017. 上半年 = 2017-01-01..2017-06-30; "
    "一季度 / 二季度 = the quarters of 2017; 6月份 = June 2017; 今年以来 = 2017-01-01.."
    "reference date; 上年同期 (H1 2016, yoy) and 一季度 after 比 are comparison bases. Place: "
    "中国 (national release; 我国/全国 → 中国); the IMF owns the count of its revisions. "
    "Title: line 1 as written. Periods: a line is a paragraph; the document period "
    "convention of the national-release golds (nw_cctv_20200117_china_2019, "
    "nw_cctv_20130415_china_2013q1, nw_cctv_20240318_china_2024m2: a line with no period "
    "takes the release's period 上半年, null as alt) is followed, but every number here has "
    "a period earlier in its line, so no fact needs it. Streaks (连续两个月 ×2, 连续五个月, "
    "连续八个季度) are duration facts in years whose gold period is the streak's span "
    "(as nw_cctv_20200716_china_2020h1), the governing period and null as alts; the levels "
    "held over a streak (6.7%-6.9%, 5%以下) take the same span. Judgement calls: 一季度和"
    "二季度均同比增长6.9% → one fact with the joined period Q1..Q2 2017 (each quarter as "
    "alt); 服务业生产指数一直保持在8%以上 → growth 8 ge under 今年以来; 同比多增了18万人 → "
    "count 城镇新增就业增量; 完成了年度目标的66.8% → share (completion rate); 外汇储备 "
    "30568亿美元 → USD stock at 2017-06-30; 高技术制造业/装备制造业 growth → metric with the "
    "head 增加值 restored, and 6.2 / 4.6个百分点 → changes against 规模以上工业 (shared unit "
    "on the last value); 连续八个季度 → 2 year (known false alarm of the shared check_gold.py, "
    "which reads 8); the IMF's 连续两次 → count 2 (次), and 从6.5%调高到6.7% → two forecast "
    "facts for 2017 (no year written; 上半年 and null as alts). Negatives: 上半年 ×14 "
    "(periods, incl. title), 一季度 ×2, 二季度, 6月份 (periods and the basis 比一季度), 首 "
    "(首先), 第三, 第四 (list markers), 一直 (adverb), 一振 (idiom), 一期 (issue label).")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via china-data/xwlb)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
