"""Gold annotations for nw_cctv_20240318_china_2024m2 (corpora/).

央视网消息（新闻联播）, 2024-03-18: 前两个月国民经济持续回升向好.
The excerpt is the whole source, lines 1-6 of
shared/texts/news/nw_cctv_20240318_china_2024m2.txt (a short news item, so all of it is
taken), copied by code from the source bytes, never retyped.  Facts and negatives are
written by hand from the text, sentence by sentence; every offset comes from a unique
context string (corpora/annotate.py).

    python corpora/annotations/nw_cctv_20240318_china_2024m2.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, excerpt_gold, TEXTS

DOC_ID = "nw_cctv_20240318_china_2024m2"
PLACE = "中国"
REF = "2024-03-18"
FOLDER = CORPORA
SRC = (TEXTS / "news") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 6                      # 1-based, inclusive, whole lines (the whole file)
TITLE = "前两个月国民经济持续回升向好"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE, whole=True,
                 starts=TITLE, ends="投资有望继续保持平稳增长。")
text = g.text

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = ("date expression naming the comparison basis of the value after it ({}), not "
              "a fact and not its period (SPEC §4: a basis is `comparison`)")
TWO_DIGIT = ("两位数增长 = growth of at least 10% (as 两位数增长 in wr_sichuan_2025, "
             "nw_sina_20220812) → value 10, bound ge; one mention stated of several items "
             "(均/都) → one fact whose metric lists them (each item as alt). Known false alarm: "
             "the shared check_gold.py reads 两位数 as 2 and may report a value mismatch")

# Periods (reference date 2024-03-18, the broadcast day: 国务院新闻办今天（3月18日）举行新闻发布会,
# the NBS January-February 2024 release).  1—2月份 / 1—2月 / 今年前两个月 / 前两个月 =
# 2024-01-01..2024-02-29 (2024 is a leap year).  上年12月份 and 2023年全年 after 比 are
# comparison bases.  The item reports the January-February data (title 前两个月, line 2), so
# that is its document period: line 4, which states no period, takes it (null as alt, as
# nw_cctv_20130427_provinces_2013q1 and nw_cctv_20260424_china_fiscal_2026q1).
M12 = P("1—2月份", "2024-01-01", "2024-02-29")
M12B = P("1—2月", "2024-01-01", "2024-02-29")
M12C = P("今年前两个月", "2024-01-01", "2024-02-29")
M12D = P("前两个月", "2024-01-01", "2024-02-29")
DOC = dict(period=P("前两个月", "2024-01-01", "2024-02-29"),
           period_alts=[P("前两个月", None, None)])
DOC_NOTE = ("line 4 states no period → the item's document period (前两个月, title and line "
            "2: January-February 2024); null as alt")

CN = dict(subject="中国", subject_alts=["全国", "我国"])

# ---- line 1: title ---------------------------------------------------------------------------
g.neg("前两个月国民经济", "前两个月", PERIOD_NOTE + " (title; no number follows)")

# ---- line 2 ---------------------------------------------------------------------------------
g.neg("今天（3月18日）", "3月18日", "date on its own (the press conference day), not a fact")
g.neg("发布数据显示，1—2月份", "1—2月份", PERIOD_NOTE + " (no number follows)")

# ---- line 3 ---------------------------------------------------------------------------------
g.neg("\n1—2月份，全国规模以上", "1—2月份", PERIOD_NOTE)
IVA = "规模以上工业增加值"
g.fact("工业增加值同比增长7.0%", "7.0%", value=7.0, unit="%", kind="growth", metric=IVA,
       metric_alts=["规上工业增加值", "工业增加值", "全国规模以上工业增加值", "规模以上工业增加值增速"],
       **CN, period=M12, comparison="yoy", note="全国 → 中国; 规模以上 is part of the metric")
g.neg("比上年12月份加快", "上年12月份", BASIS_NOTE.format("0.2个百分点"))
g.fact("加快0.2个百分点", "0.2个百分点", value=0.2, unit="pp", kind="change",
       metric="规模以上工业增加值增速",
       metric_alts=["规上工业增加值增速", "工业增加值增速", IVA, "规模以上工业增加值增长"],
       **CN, period=M12, comparison="比上年12月份",
       note="pp difference of growth rates (Jan-Feb 7.0% vs December 2023 6.8%); 加快 → "
            "positive")
g.fact("服务业生产指数同比增长5.8%", "5.8%", value=5.8, unit="%", kind="growth",
       metric="服务业生产指数",
       metric_alts=["全国服务业生产指数", "服务业生产指数增速", "服务业生产"], **CN, period=M12,
       comparison="yoy", note="a growth of the index (同比增长 X%) → growth, not an index level")
g.neg("活跃，今年前两个月", "今年前两个月", PERIOD_NOTE)
g.fact("营业性客运量增长27.4%", "27.4%", value=27.4, unit="%", kind="growth",
       metric="营业性客运量",
       metric_alts=["营业性客运量增速", "客运量", "营业性旅客运输量"], **CN, period=M12C,
       comparison="yoy", note="growth without basis → yoy; 今年前两个月 → Jan-Feb 2024")
g.fact("服务零售额增长12.3%", "12.3%", value=12.3, unit="%", kind="growth",
       metric="服务零售额", metric_alts=["服务零售额增速", "服务零售"], **CN, period=M12C,
       comparison="yoy")
g.fact("服务业景气度连续两个月回升", "两个月", value=2 / 12, unit="year", kind="amount",
       metric="服务业景气度回升持续时间",
       metric_alts=["服务业景气度连续回升", "服务业景气度回升的月数", "服务业景气度连续回升的月数",
                    "连续回升", "回升持续时间", "服务业景气度回升", "服务业商务活动指数回升持续时间"],
       **CN, period=M12C,
       period_alts=[P("今年前两个月", None, None)],
       note="length of the streak (连续两个月, 个月 = 1/12 year), a duration fact as 连续两个月 in "
            "nw_cctv_20200716_china_2020h1; the streak is January-February 2024, the months "
            "of the governing 今年前两个月 (null as alt)")

# ---- line 4 ---------------------------------------------------------------------------------
IND_SUBJ = dict(subject="中国", subject_alts=["全国", "我国", "工业", "全国工业"])
g.fact("超过九成的行业", "九成", value=90, unit="%", kind="share", bound="gt",
       metric="同比实现增长的行业比例",
       metric_alts=["实现增长的行业比例", "同比实现增长的行业占比", "实现增长的行业占比",
                    "同比增长的行业比重", "工业中同比实现增长的行业比例", "实现增长的工业行业占比",
                    "增长的行业占比", "行业"],
       **IND_SUBJ, **DOC,
       note="超过 → gt (outside the span); 九成 = 90%: the share of industrial sectors whose "
            "output grew year on year; national → 中国 (工业 as alt); " + DOC_NOTE)
g.fact("超过六成的产品", "六成", value=60, unit="%", kind="share", bound="gt",
       metric="同比实现增长的产品比例",
       metric_alts=["实现增长的产品比例", "同比实现增长的产品占比", "实现增长的产品占比",
                    "同比增长的产品比重", "工业中同比实现增长的产品比例", "实现增长的工业产品占比",
                    "增长的产品占比", "产品"],
       **IND_SUBJ, **DOC, note="as 九成: the share of industrial products whose output grew; "
                               + DOC_NOTE)

# ---- line 5 ---------------------------------------------------------------------------------
g.neg("市场销售继续恢复，升级类商品消费潜力释放。1—2月", "1—2月", PERIOD_NOTE)
RETAIL = "社会消费品零售总额"
RETAIL_ALTS = ["社会消费品零售额", "社零总额", "消费品零售总额"]
g.fact("零售总额81307亿元", "81307亿元", value=81307e8, unit="CNY", kind="amount",
       metric=RETAIL, metric_alts=RETAIL_ALTS, **CN, period=M12B)
g.fact("81307亿元，同比增长5.5%", "5.5%", value=5.5, unit="%", kind="growth", metric=RETAIL,
       metric_alts=RETAIL_ALTS + ["社会消费品零售总额增速"], **CN, period=M12B,
       comparison="yoy")
COMM = "限额以上通讯器材类、体育娱乐用品类商品销售额"
g.fact("均保持两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
       metric=COMM,
       metric_alts=["通讯器材类、体育娱乐用品类商品销售额", "限额以上通讯器材类商品销售额",
                    "限额以上体育娱乐用品类商品销售额", "通讯器材类商品销售额",
                    "体育娱乐用品类商品销售额", "商品销售额", "限额以上通讯器材类、体育娱乐用品类商品零售额",
                    "升级类商品销售额", "升级类商品零售额"],
       **CN, period=M12B, comparison="yoy",
       note="限额以上 (above the designated size) is part of the metric (SPEC §2); "
            + TWO_DIGIT)

# ---- line 6 ---------------------------------------------------------------------------------
g.neg("从投资看，1—2月份", "1—2月份", PERIOD_NOTE)
FAI = "固定资产投资"
FAI_ALTS = ["全国固定资产投资", "固定资产投资（不含农户）", "固定资产投资额", "完成固定资产投资"]
g.fact("固定资产投资50847亿元", "50847亿元", value=50847e8, unit="CNY", kind="amount",
       metric=FAI, metric_alts=FAI_ALTS, **CN, period=M12, note="全国 → 中国; 完成 → eq")
g.fact("50847亿元，同比增长4.2%", "4.2%", value=4.2, unit="%", kind="growth", metric=FAI,
       metric_alts=FAI_ALTS + ["固定资产投资增速"], **CN, period=M12, comparison="yoy")
g.neg("增速比2023年全年加快", "2023年全年", BASIS_NOTE.format("1.2个百分点"))
g.fact("加快1.2个百分点", "1.2个百分点", value=1.2, unit="pp", kind="change",
       metric="固定资产投资增速",
       metric_alts=["全国固定资产投资增速", FAI, "固定资产投资增长"], **CN, period=M12,
       comparison="比2023年全年",
       note="增速 written; pp difference of growth rates (4.2% vs 3.0% in 2023); 加快 → "
            "positive")
g.neg("其中，前两个月制造业", "前两个月", PERIOD_NOTE)
MFG_ALTS = ["制造业投资增速", "制造业"]
g.fact("制造业投资增长9.4%", "9.4%", value=9.4, unit="%", kind="growth", metric="制造业投资",
       metric_alts=MFG_ALTS, **CN, period=M12D, comparison="yoy",
       note="其中: part of 固定资产投资; 前两个月 → Jan-Feb 2024; growth without basis → yoy")
g.fact("加快2.9个百分点", "2.9个百分点", value=2.9, unit="pp", kind="change",
       metric="制造业投资增速", metric_alts=["制造业投资", "制造业投资增长"], **CN,
       period=M12D, comparison="比2023年全年",
       note="pp difference of growth rates; the basis is not repeated: it is the 2023 "
            "full-year growth of the parallel clause before (9.4% vs 6.5%) → comparison "
            "比2023年全年 (judgement call; not scored); 加快 → positive")
g.fact("分别增长9.4%和15.1%", "9.4%", value=9.4, unit="%", kind="growth",
       metric="高技术产业投资",
       metric_alts=["高技术产业投资增速", "高技术产业"], **CN, period=M12D, comparison="yoy",
       note="分别: 高技术产业投资 ↔ 9.4%, 制造业技术改造投资 ↔ 15.1%; 同比 → yoy")
g.fact("9.4%和15.1%", "15.1%", value=15.1, unit="%", kind="growth",
       metric="制造业技术改造投资",
       metric_alts=["制造业技术改造投资增速", "技术改造投资", "制造业技改投资"], **CN,
       period=M12D, comparison="yoy")
PRIV = "制造业、住宿和餐饮业、交通运输业民间投资"
g.fact("都实现了两位数增长", "两位数", value=10, unit="%", kind="growth", bound="ge",
       metric=PRIV,
       metric_alts=["制造业、住宿和餐饮业、交通运输业的民间投资", "民间投资", "制造业民间投资",
                    "住宿和餐饮业民间投资", "交通运输业民间投资", "制造业、住宿和餐饮业、交通运输业民间投资增速"],
       **CN, period=M12D, comparison="yoy",
       note="前两个月 of the line still governs; " + TWO_DIGIT)

NOTES = (
    "Excerpt: the whole of shared/texts/news/" + DOC_ID + ".txt, lines 1-6 (a byte copy made "
    "by code): a short 新闻联播 item, so all of it is taken. Date: 2024-03-18, the broadcast "
    "date given by the source meta (file name of the daily transcript news/20240318.md and "
    "the 查看原文 URL) and stated in the text: 国务院新闻办今天（3月18日）举行新闻发布会 — the "
    "NBS released the January-February 2024 data on 18 March 2024. 1—2月份 / 1—2月 / "
    "今年前两个月 / 前两个月 = 2024-01-01..2024-02-29; 上年12月份 and 2023年全年 after 比 are "
    "comparison bases. Place: 中国 (national release; 全国 → 中国). Title: line 1 as "
    "written. Periods: a line is a paragraph; line 3 opens with 1—2月份, replaced by "
    "今年前两个月; line 4 states no period and takes the item's document period "
    "(January-February, null as alt); line 6 opens with 1—2月份, replaced by 前两个月. "
    "Judgement calls: 超过九成的行业 / 超过六成的产品 → shares 90 / 60 gt of the industrial "
    "sectors / products that grew; 均保持两位数增长 and 都实现了两位数增长 → one growth fact "
    "each (10, ge) whose metric lists the items (known false alarm: the shared check_gold.py "
    "reads 两位数 as 2); 服务业景气度连续两个月回升 → duration 2/12 year; 制造业投资加快2.9个"
    "百分点 → comparison 比2023年全年 (not written, inherited from the parallel clause). "
    "Negatives: 前两个月 ×2, 1—2月份 ×3, 1—2月, 今年前两个月 (periods), 3月18日 (date), "
    "上年12月份 and 2023年全年 (comparison bases). Lexicalized, not listed: 零售 ×2.")

g.write(date=REF, source=f"shared/texts/news/{DOC_ID}.txt lines {FIRST}–{LAST} (whole file; "
        "央视网 transcript of 新闻联播, via DuckBurnIncense/xin-wen-lian-bo)",
        title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
