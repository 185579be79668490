"""Gold annotations for sr_nbs_industrial_profits_2021m11 (国家统计局, industrial profits
January-November 2021, national release reposted by 新浪财经).

The excerpt is source lines 1-30 of shared/texts/stats_release/<doc_id>.txt (the prose
part, table 1 with its notes, and the header plus the first two rows of table 2), sliced
by code from the source bytes.  Written by reading the text sentence by sentence and cell
by cell; offsets come from unique contexts; every value is computed from the span's own
number times the scale of its unit (prose) or of its column header (tables), so the only
hand-written numbers are signs and units.

    python3 corpora/annotations/sr_nbs_industrial_profits_2021m11.py
"""
import pathlib
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, Gold, P, TEXTS  # noqa: E402

DOC_ID = "sr_nbs_industrial_profits_2021m11"
SRC = (TEXTS / "stats_release") / f"{DOC_ID}.txt"
FIRST_LINE, LAST_LINE = 1, 30  # 1-based, inclusive
REF = "2021-12-27"


def write_excerpt() -> int:
    raw = SRC.read_bytes()
    lines = raw.splitlines(keepends=True)
    part = b"".join(lines[FIRST_LINE - 1:LAST_LINE])
    start = sum(len(l) for l in lines[:FIRST_LINE - 1])
    assert raw[start:start + len(part)] == part and part.endswith(b"\n")
    assert part.startswith("原标题：2021年1—11月份".encode())
    assert part.rstrip().endswith("其中：采矿业\t19.59\t65.06\t10.37\t50\t130.5\t58.6\t12.3\t39.3".encode())
    (CORPORA / f"{DOC_ID}.txt").write_bytes(part)
    return len(part.decode("utf-8"))


N_CHARS = write_excerpt()
g = Gold(DOC_ID, place="中国")
T = g.text

# ----------------------------------------------------------------------------- periods
YTD = P("1—11月份", "2021-01-01", "2021-11-30")
YTD_TITLE = P("2021年1—11月份", "2021-01-01", "2021-11-30")
NOV = P("11月份", "2021-11-01", "2021-11-30")
NOV_END = P("11月末", "2021-11-30", "2021-11-30")
YTD_TAB = P("1-11月", "2021-01-01", "2021-11-30")        # table column headers
NOV_END_TAB = P("11月末", "2021-11-30", "2021-11-30")
TWO_YEARS = P("两年平均", "2020-01-01", "2021-11-30")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
BASIS_NOTE = "period expression naming a comparison basis (比…), not a period frame or a fact"
TWO_NOTE = "comparison basis 两年平均 (SPEC §4), not a duration fact"
PER100_NOTE = "per-100-yuan base inside the indicator name 每百元…, not an amount"
DIFF_NOTE = ("absolute difference of a level (同比增加/减少): fact of the level's kind with "
             "metric '<level>增量' and a signed value; comparison null (not growth/change)")
TIMES_NOTE = ("增长N倍 = grew by N×100% (table 1/3 give the same growth in %); a multiple "
              "written in 倍 → kind ratio, unit times, value as written (SPEC §2, "
              "check_gold: 倍 → times); comparison null because ratio facts carry none; the "
              "yoy basis (同比) is in the alts")
FLOW_RATIO_NOTE = ("dated 11月末 by the text/table, but the indicator is computed from the "
                   "Jan-Nov flows (附注: 营业收入÷平均资产÷累计月数×12 …): instant "
                   "2021-11-30, the Jan-Nov reading in period_alts")

CN_ALTS = ["全国"]


def alts_with(*xs):
    """metric alts without duplicates, in order."""
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def val(number: str, factor: str, neg: bool = False) -> float:
    v = float(Decimal(number.lstrip("-")) * Decimal(factor))
    return -v if (neg or number.startswith("-")) else v


def nat(short):
    """metric and alts of a national aggregate: primary '规模以上工业企业<short>'."""
    return "规模以上工业企业" + short, [short, "工业企业" + short, "全国规模以上工业企业" + short]


# ============================================================================ line 1: title
g.neg("原标题：2021年1—11月份", "2021年1—11月份", PERIOD_NOTE + " (title)")
g.fact("利润同比增长38.0%", "38.0%", value=38.0, unit="%", kind="growth",
       metric="规模以上工业企业利润",
       metric_alts=["规模以上工业企业利润总额", "利润", "利润总额", "工业企业利润",
                    "全国规模以上工业企业利润"],
       subject="中国", subject_alts=CN_ALTS, period=YTD_TITLE, comparison="yoy",
       note="title; restates the profit growth of line 2")
g.neg("38.0% 两年平均增长18.9%", "两年", TWO_NOTE)
g.fact("38.0% 两年平均增长18.9%", "18.9%", value=18.9, unit="%", kind="growth",
       metric="规模以上工业企业利润",
       metric_alts=["规模以上工业企业利润总额", "利润", "利润总额", "工业企业利润",
                    "全国规模以上工业企业利润", "两年平均增速"],
       subject="中国", subject_alts=CN_ALTS, period=YTD_TITLE, period_alts=[TWO_YEARS],
       comparison="两年平均",
       note="title; two-year average growth (geometric mean over Jan-Nov 2019, 附注 17): "
            "两年平均 is the comparison, period = Jan-Nov 2021 of the title, the 2020-2021 "
            "span as an alt (as in nw_sina_20220427 gold)")

# ============================================================================ line 2
PROFIT, PROFIT_ALTS = nat("利润总额")
PROFIT_ALTS = PROFIT_ALTS + ["规模以上工业企业实现利润总额"]
g.neg("1—11月份，全国规模以上工业企业实现利润总额", "1—11月份", PERIOD_NOTE)
g.fact("利润总额79750.1亿元", "79750.1亿元", value=val("79750.1", "1e8"), unit="CNY",
       kind="amount", metric=PROFIT, metric_alts=PROFIT_ALTS, subject="中国",
       subject_alts=CN_ALTS, period=YTD)
g.fact("79750.1亿元，同比增长38.0%", "38.0%", value=38.0, unit="%", kind="growth",
       metric=PROFIT, metric_alts=PROFIT_ALTS, subject="中国", subject_alts=CN_ALTS,
       period=YTD, comparison="yoy", note="按可比口径计算 (comparable basis, 附注二)")
g.neg("详见附注二", "附注二", "reference to a note of the release (附注二), a label, not a fact")
g.neg("比2019年1—11月份增长", "2019年1—11月份", BASIS_NOTE)
g.fact("比2019年1—11月份增长41.3%", "41.3%", value=41.3, unit="%", kind="growth",
       metric=PROFIT, metric_alts=PROFIT_ALTS, subject="中国", subject_alts=CN_ALTS,
       period=YTD, comparison="比2019年1—11月份",
       note="cumulative growth over the same period of 2019: basis 比2019年1—11月份, period "
            "Jan-Nov 2021 (1—11月份 governs the line)")
g.neg("41.3%，两年平均增长", "两年", TWO_NOTE)
g.fact("两年平均增长18.9%。", "18.9%", value=18.9, unit="%", kind="growth",
       metric=PROFIT, metric_alts=PROFIT_ALTS + ["两年平均增速"], subject="中国",
       subject_alts=CN_ALTS, period=YTD, period_alts=[TWO_YEARS], comparison="两年平均",
       note="two-year average growth (附注 17: geometric mean over the 2019 base); "
            "两年平均 is the comparison; period Jan-Nov 2021 inherited, 2020-2021 as alt")

# ============================================================================ line 3
g.neg("1—11月份，规模以上工业企业中，国有控股", "1—11月份", PERIOD_NOTE)
for seg, amt, link, pct, note in [
        ("国有控股企业", "23638.1亿元", "，同比增长", "65.8%", "by ownership type (分经济类型); "
         "subject 中国, the segment is in the metric and a subject alt (README §4)"),
        ("股份制企业", "57618.9亿元", "，增长", "44.0%", None),
        ("外商及港澳台商投资企业", "20645.0亿元", "，增长", "24.3%", None),
        ("私营企业", "24984.3亿元", "，增长", "27.9%", None)]:
    m = seg + "利润总额"
    ma = alts_with(seg + "实现利润总额", "规模以上工业企业中" + m, "规模以上" + m, "利润总额", seg)
    sa = CN_ALTS + [seg, "全国" + seg]
    g.fact(seg + "实现利润总额" + amt, amt, value=val(amt[:-2], "1e8"), unit="CNY",
           kind="amount", metric=m, metric_alts=ma, subject="中国", subject_alts=sa,
           period=YTD, note=note)
    g.fact(amt + link + pct, pct, value=float(pct[:-1]), unit="%", kind="growth",
           metric=m, metric_alts=ma, subject="中国", subject_alts=sa, period=YTD,
           comparison="yoy")

# ============================================================================ line 4
g.neg("1—11月份，采矿业实现利润总额", "1—11月份", PERIOD_NOTE)
SECT = [("采矿业", "9920.7亿元", "，同比增长", "1.86倍"),
        ("制造业", "66128.9亿元", "，增长", "34.5%"),
        ("电力、热力、燃气及水生产和供应业", "3700.5亿元", "，下降", "28.2%")]
for sec, amt, link, q in SECT:
    m = sec + "利润总额"
    ma = alts_with(sec + "实现利润总额", "规模以上" + m, "利润总额", sec)
    sa = CN_ALTS + [sec]
    g.fact(sec + "实现利润总额" + amt, amt, value=val(amt[:-2], "1e8"), unit="CNY",
           kind="amount", metric=m, metric_alts=ma, subject="中国", subject_alts=sa,
           period=YTD, note="by industry section (分门类); sector in the metric, subject 中国 "
                            "with the sector as alt (README §4)" if sec == "采矿业" else None)
    if q.endswith("倍"):
        g.fact(amt + link + q, q, value=float(q[:-1]), unit="times", kind="ratio", metric=m,
               metric_alts=ma + [m + "增长倍数", m + "同比增长"], subject="中国",
               subject_alts=sa, period=YTD, note=TIMES_NOTE + " (table 1: 185.7%)")
    else:
        g.fact(amt + link + q, q, value=val(q[:-1], "1", neg=link == "，下降"), unit="%",
               kind="growth", metric=m, metric_alts=ma, subject="中国", subject_alts=sa,
               period=YTD, comparison="yoy",
               note="下降 → negative growth" if link == "，下降" else None)

# ============================================================================ line 5
g.neg("1—11月份，在41个", "1—11月份", PERIOD_NOTE)
g.fact("在41个工业大类行业中", "41个", value=41, unit="count", kind="count", classifier="个",
       metric="工业大类行业", metric_alts=["工业大类行业数量", "大类行业"],
       subject="中国", subject_alts=CN_ALTS, period=YTD,
       period_alts=[P("1—11月份", None, None)],
       note="number of industry divisions of the classification (the set the next counts "
            "split: 33 + 1 + 7 = 41); a count of its own, not a threshold; it holds for the "
            "classification, so the null period is accepted as well")
g.fact("33个行业利润总额同比增长", "33个", value=33, unit="count", kind="count",
       classifier="个", metric="利润总额同比增长的行业",
       metric_alts=["利润总额增长的行业", "利润增长的行业", "利润总额同比增长的工业大类行业",
                    "利润总额同比增长的行业数量"],
       subject="中国", subject_alts=CN_ALTS, period=YTD)
g.fact("1个行业减亏", "1个", value=1, unit="count", kind="count", classifier="个",
       metric="减亏的行业",
       metric_alts=["减亏行业", "行业减亏", "减亏的工业大类行业", "减亏的行业数量"],
       subject="中国", subject_alts=CN_ALTS, period=YTD,
       note="1个 is a count here (33 + 1 + 7 = 41), not an article; the one industry is "
            "开采专业及辅助性活动 (a loss a year earlier, table 3)")
g.fact("7个行业下降", "7个", value=7, unit="count", kind="count", classifier="个",
       metric="利润总额下降的行业",
       metric_alts=["下降的行业", "利润下降的行业", "利润总额同比下降的行业",
                    "利润总额下降的行业数量"],
       subject="中国", subject_alts=CN_ALTS, period=YTD,
       note="利润总额同比 carried from the 33个 clause")
IND = [  # (industry, context, target, down)
    ("石油、煤炭及其他燃料加工业", "燃料加工业利润总额同比增长3.87倍", "3.87倍", False),
    ("石油和天然气开采业", "石油和天然气开采业增长2.84倍", "2.84倍", False),
    ("煤炭开采和洗选业", "煤炭开采和洗选业增长2.23倍", "2.23倍", False),
    ("有色金属冶炼和压延加工业", "有色金属冶炼和压延加工业增长1.50倍", "1.50倍", False),
    ("黑色金属冶炼和压延加工业", "黑色金属冶炼和压延加工业增长1.04倍", "1.04倍", False),
    ("化学原料和化学制品制造业", "化学制品制造业增长1.02倍", "1.02倍", False),
    ("计算机、通信和其他电子设备制造业", "电子设备制造业增长29.8%", "29.8%", False),
    ("非金属矿物制品业", "非金属矿物制品业增长15.4%", "15.4%", False),
    ("电气机械和器材制造业", "电气机械和器材制造业增长13.3%", "13.3%", False),
    ("通用设备制造业", "通用设备制造业增长11.1%", "11.1%", False),
    ("专用设备制造业", "专用设备制造业增长10.0%", "10.0%", False),
    ("纺织业", "纺织业增长4.6%", "4.6%", False),
    ("汽车制造业", "汽车制造业下降3.4%", "3.4%", True),
    ("农副食品加工业", "农副食品加工业下降7.2%", "7.2%", True),
    ("电力、热力生产和供应业", "电力、热力生产和供应业下降38.6%", "38.6%", True),
]
for i, (ind, ctx, tgt, down) in enumerate(IND):
    m = ind + "利润总额"
    ma = alts_with("利润总额", ind, ind + "利润", "规模以上" + m)
    sa = CN_ALTS + [ind]
    first = i == 0
    if tgt.endswith("倍"):
        g.fact(ctx, tgt, value=float(tgt[:-1]), unit="times", kind="ratio", metric=m,
               metric_alts=ma + [m + "增长倍数", m + "同比增长"], subject="中国",
               subject_alts=sa, period=YTD,
               note=(TIMES_NOTE + "; 主要行业利润情况: 利润总额 elided after the first item, "
                     "restored (README §3)") if first else None)
    else:
        g.fact(ctx, tgt, value=val(tgt[:-1], "1", neg=down), unit="%", kind="growth",
               metric=m, metric_alts=ma, subject="中国", subject_alts=sa, period=YTD,
               comparison="yoy",
               note=("first growth in % of the list; 同比 carried from the first item → yoy"
                     if ind.startswith("计算机") else ("下降 → negative growth" if down
                                                        else None)))

# ============================================================================ line 6
REV, REV_ALTS = nat("营业收入")
REV_ALTS += ["规模以上工业企业实现营业收入"]
COST, COST_ALTS = nat("营业成本")
COST_ALTS += ["规模以上工业企业发生营业成本", "发生营业成本"]
MARGIN = "营业收入利润率"
MARGIN_ALTS = ["规模以上工业企业营业收入利润率", "利润率", "工业企业营业收入利润率"]
g.neg("1—11月份，规模以上工业企业实现营业收入", "1—11月份", PERIOD_NOTE)
g.fact("营业收入114.31万亿元", "114.31万亿元", value=val("114.31", "1e12"), unit="CNY",
       kind="amount", metric=REV, metric_alts=REV_ALTS, subject="中国", subject_alts=CN_ALTS,
       period=YTD)
g.fact("114.31万亿元，同比增长20.3%", "20.3%", value=20.3, unit="%", kind="growth",
       metric=REV, metric_alts=REV_ALTS, subject="中国", subject_alts=CN_ALTS, period=YTD,
       comparison="yoy")
g.fact("营业成本95.70万亿元", "95.70万亿元", value=val("95.70", "1e12"), unit="CNY",
       kind="amount", metric=COST, metric_alts=COST_ALTS, subject="中国",
       subject_alts=CN_ALTS, period=YTD)
g.fact("95.70万亿元，增长19.7%", "19.7%", value=19.7, unit="%", kind="growth", metric=COST,
       metric_alts=COST_ALTS, subject="中国", subject_alts=CN_ALTS, period=YTD,
       comparison="yoy")
g.fact("利润率为6.98%", "6.98%", value=6.98, unit="%", kind="share", metric=MARGIN,
       metric_alts=MARGIN_ALTS, subject="中国", subject_alts=CN_ALTS, period=YTD,
       note="profit margin = profits as a proportion of revenue (附注 9) → share")
g.fact("同比提高0.90个百分点", "0.90个百分点", value=0.9, unit="pp", kind="change",
       metric=MARGIN, metric_alts=MARGIN_ALTS, subject="中国", subject_alts=CN_ALTS,
       period=YTD, comparison="yoy", note="pp change of the margin against Jan-Nov 2020")

# ============================================================================ line 7
g.neg("11月末，规模以上工业企业资产总计", "11月末", PERIOD_NOTE)
STOCK_NOTE = "11月末 → instant 2021-11-30 (stock); its growth against the end of Nov 2020"
for short, amt, link, pct, extra in [
        ("资产总计", "141.07万亿元", "，同比增长", "9.8%", ["资产"]),
        ("负债合计", "79.57万亿元", "，增长", "9.1%", ["负债"]),
        ("所有者权益合计", "61.50万亿元", "，增长", "10.8%", ["所有者权益"])]:
    m, ma = nat(short)
    ma = ma + extra
    g.fact(short + amt, amt, value=val(amt[:-3], "1e12"), unit="CNY", kind="amount",
           metric=m, metric_alts=ma, subject="中国", subject_alts=CN_ALTS, period=NOV_END,
           note=STOCK_NOTE if short == "资产总计" else None)
    g.fact(amt + link + pct, pct, value=float(pct[:-1]), unit="%", kind="growth", metric=m,
           metric_alts=ma, subject="中国", subject_alts=CN_ALTS, period=NOV_END,
           comparison="yoy")
LEV, LEV_ALTS = nat("资产负债率")
g.fact("资产负债率为56.4%", "56.4%", value=56.4, unit="%", kind="share", metric=LEV,
       metric_alts=LEV_ALTS, subject="中国", subject_alts=CN_ALTS, period=NOV_END,
       note="11月末 → instant (stock ratio)")
g.fact("同比降低0.4个百分点", "0.4个百分点", value=-0.4, unit="pp", kind="change",
       metric=LEV, metric_alts=LEV_ALTS, subject="中国", subject_alts=CN_ALTS,
       period=NOV_END, comparison="yoy", note="降低 → negative; against the end of Nov 2020")

# ============================================================================ line 8
g.neg("11月末，规模以上工业企业应收账款", "11月末", PERIOD_NOTE)
for short, amt, link, pct in [("应收账款", "19.54万亿元", "，同比增长", "11.6%"),
                              ("产成品存货", "5.48万亿元", "，增长", "17.9%")]:
    m, ma = nat(short)
    g.fact(short + amt, amt, value=val(amt[:-3], "1e12"), unit="CNY", kind="amount",
           metric=m, metric_alts=ma, subject="中国", subject_alts=CN_ALTS, period=NOV_END,
           note=STOCK_NOTE if short == "应收账款" else None)
    g.fact(amt + link + pct, pct, value=float(pct[:-1]), unit="%", kind="growth", metric=m,
           metric_alts=ma, subject="中国", subject_alts=CN_ALTS, period=NOV_END,
           comparison="yoy")

# ============================================================================ line 9
g.neg("1—11月份，规模以上工业企业每百元", "1—11月份", PERIOD_NOTE)
for short, lvl, diff in [("每百元营业收入中的成本", "83.72元", "0.43元"),
                         ("每百元营业收入中的费用", "8.40元", "0.52元")]:
    g.neg(short + "为" + lvl, "百元", PER100_NOTE)
    ma = ["规模以上工业企业" + short, short.replace("中的", "")]
    g.fact(short + "为" + lvl, lvl, value=val(lvl[:-1], "1"), unit="CNY", kind="amount",
           metric=short, metric_alts=ma, subject="中国", subject_alts=CN_ALTS, period=YTD)
    g.fact(lvl + "，同比减少" + diff, diff, value=val(diff[:-1], "1", neg=True), unit="CNY",
           kind="amount", metric=short + "增量",
           metric_alts=[short + "减少", short + "同比减少", "规模以上工业企业" + short + "增量"],
           subject="中国", subject_alts=CN_ALTS, period=YTD,
           note=DIFF_NOTE + "; 减少 → negative")

# ============================================================================ line 10
g.neg("11月末，规模以上工业企业每百元资产", "11月末", PERIOD_NOTE)
g.neg("每百元资产实现的营业收入为93.1元", "百元", PER100_NOTE)
FLOW_ALT = [P("11月末", "2021-01-01", "2021-11-30")]
TEN = [  # (metric, level ctx/target/value, diff ctx/target/value, unit, extra alts)
    ("每百元资产实现的营业收入", "93.1元", "1", "增加", "8.2元", "CNY", ["每百元资产营业收入"]),
    ("人均营业收入", "168.6万元", "1e4", "增加", "28.9万元", "CNY", []),
    ("产成品存货周转天数", "17.4天", "1", "减少", "0.9天", "day", ["存货周转天数"]),
    ("应收账款平均回收期", "51.7天", "1", "减少", "3.0天", "day", ["应收账款回收期"]),
]
for i, (m, lvl, factor, verb, diff, unit, extra) in enumerate(TEN):
    num = lvl.rstrip("万元天")
    dnum = diff.rstrip("万元天")
    ma = ["规模以上工业企业" + m] + extra
    g.fact(m + "为" + lvl, lvl, value=val(num, factor), unit=unit, kind="amount", metric=m,
           metric_alts=ma, subject="中国", subject_alts=CN_ALTS, period=NOV_END,
           period_alts=FLOW_ALT,
           note=(FLOW_RATIO_NOTE if i == 0 else
                 ("duration in days: unit day, kind amount (SPEC §3)" if unit == "day" and i == 2
                  else None)))
    g.fact(lvl + "，同比" + verb + diff, diff, value=val(dnum, factor, neg=verb == "减少"),
           unit=unit, kind="amount", metric=m + "增量",
           metric_alts=[m + verb, m + "同比" + verb, "规模以上工业企业" + m + "增量"],
           subject="中国", subject_alts=CN_ALTS, period=NOV_END, period_alts=FLOW_ALT,
           note=DIFF_NOTE + ("; 减少 → negative" if verb == "减少" else "; 增加 → positive"))

# ============================================================================ line 11
g.neg("11月份，规模以上工业企业实现利润总额", "11月份", PERIOD_NOTE)
g.fact("利润总额8059.6亿元", "8059.6亿元", value=val("8059.6", "1e8"), unit="CNY",
       kind="amount", metric=PROFIT, metric_alts=PROFIT_ALTS, subject="中国",
       subject_alts=CN_ALTS, period=NOV, note="the month of November alone")
g.fact("8059.6亿元，同比增长9.0%", "9.0%", value=9.0, unit="%", kind="growth", metric=PROFIT,
       metric_alts=PROFIT_ALTS, subject="中国", subject_alts=CN_ALTS, period=NOV,
       comparison="yoy")

# ============================================================================ tables
TABLE_NOTE = ("table cell: metric = row + column head, value in the column's unit "
              "(header, so outside the span; shared check_gold.py cannot see the header's "
              "scale and reports a value mismatch for 亿元/万元 cells), period = the column's "
              "1-11月 / 11月末; subject 中国 with the row as alt")


def line_of(label_prefix: str) -> str:
    """The first line of the excerpt that starts with label_prefix + TAB (table 1 comes
    before table 2, whose 总计 / 其中：采矿业 rows repeat the labels); the whole line is the
    context, so it must be unique."""
    hits = [l for l in T.split("\n") if l.startswith(label_prefix + "\t")]
    assert hits and T.count(hits[0]) == 1, (label_prefix, len(hits))
    return hits[0]


def cells(label_prefix: str):
    """(line, [(cell text, nth occurrence of the cell text inside the line)]) of a row."""
    line = line_of(label_prefix)
    parts = line.split("\t")
    out, pos = [], len(parts[0]) + 1
    for c in parts[1:]:
        nth = sum(1 for k in range(pos) if line.startswith(c, k))
        out.append((c, nth))
        pos += len(c) + 1
    return line, out


# table 1 caption and headers (lines 12-14)
g.neg("表1 2021年", "表1", "table label, not a fact")
g.neg("表1 2021年1—11月份", "2021年1—11月份", PERIOD_NOTE + " (table caption)")
HDR1 = "1-11月（亿元）\t同比增长（%）\t1-11月（亿元）\t同比增长（%）\t1-11月（亿元）\t同比增长（%）\n总计"
for k in range(3):
    g.neg(HDR1, "1-11月", PERIOD_NOTE + " (column header of table 1)", nth=k)
    g.neg(HDR1, "亿元", "unit label of the column header (the scale of the cells below)",
          nth=k)

# rows of table 1: (label prefix in the line, row name for the metric or None for 总计)
ROWS1 = [("总计", None), ("其中：采矿业", "采矿业"), ("制造业", "制造业"),
         ("电力、热力、燃气及水生产和供应业", "电力、热力、燃气及水生产和供应业"),
         ("其中：国有控股企业", "国有控股企业"), ("其中：股份制企业", "股份制企业"),
         ("外商及港澳台商投资企业", "外商及港澳台商投资企业"), ("其中：私营企业", "私营企业")]
COLS1 = [("营业收入", "amount"), ("营业收入", "growth"), ("营业成本", "amount"),
         ("营业成本", "growth"), ("利润总额", "amount"), ("利润总额", "growth")]
for label, row in ROWS1:
    line, cs = cells(label)
    for j, ((col, kind), (c, nth)) in enumerate(zip(COLS1, cs)):
        if row is None:
            m, ma = nat(col)
            ma = ma + [col + "总计", "总计" + col]
            sa = CN_ALTS + ["总计"]
        else:
            m = row + col
            ma = alts_with("规模以上" + m, "规模以上工业企业中" + m, col, row)
            sa = CN_ALTS + [row]
        first = label == "总计" and j == 0
        if kind == "amount":
            g.fact(line, c, value=val(c, "1e8"), unit="CNY", kind="amount", metric=m,
                   metric_alts=ma, subject="中国", subject_alts=sa, period=YTD_TAB,
                   note=TABLE_NOTE if first else None, nth=nth)
        else:
            note = None
            if label == "其中：采矿业" and col == "利润总额":
                note = "185.7% = the 增长1.86倍 of line 4, written in % here → growth"
            elif c.startswith("-"):
                note = "negative cell value = decline (下降28.2% of line 4)"
            elif j == 1 and label == "总计":
                note = "column 同比增长（%）: growth, yoy"
            g.fact(line, c, value=val(c, "1"), unit="%", kind="growth", metric=m,
                   metric_alts=ma, subject="中国", subject_alts=sa, period=YTD_TAB,
                   comparison="yoy", note=note, nth=nth)

# notes to table 1 (lines 23-25)
g.neg("1．经济类型分组之间", "1", "list marker of the table notes, not a fact")
g.neg("2．本表部分指标", "2", "list marker of the table notes, not a fact")
g.neg("是数据四舍五入所致", "四舍五入", "idiom 四舍五入 'rounding', not a quantity")

# table 2 caption and headers (lines 26-28)
g.neg("表2 2021年", "表2", "table label, not a fact")
g.neg("表2 2021年1—11月份", "2021年1—11月份", PERIOD_NOTE + " (table caption)")
HDR2 = "分　组\t营业收入利润率\t每百元营业收入中的成本\t每百元营业收入中的费用\t每百元资产实现的营业收入"
g.neg(HDR2, "百元", PER100_NOTE + " (column header)", nth=0)
g.neg(HDR2, "百元", PER100_NOTE + " (column header)", nth=1)
g.neg(HDR2, "百元", PER100_NOTE + " (column header)", nth=2)
HDR2B = ("1-11月（%）\t1-11月（元）\t1-11月（元）\t11月末（元）\t11月末（万元/人）\t11月末（%）"
         "\t11月末（天）\t11月末（天）\n总计")
for k in range(3):
    g.neg(HDR2B, "1-11月", PERIOD_NOTE + " (column header of table 2)", nth=k)
for k in range(5):
    g.neg(HDR2B, "11月末", PERIOD_NOTE + " (column header of table 2)", nth=k)
g.neg(HDR2B, "万元", "unit label of the column header 万元/人 (the scale of the cells below)")

# rows of table 2 in the excerpt: 总计 and 采矿业
COLS2 = [  # (metric, kind, unit, factor, period, flow-based 11月末 ratio?)
    ("营业收入利润率", "share", "%", "1", YTD_TAB, False),
    ("每百元营业收入中的成本", "amount", "CNY", "1", YTD_TAB, False),
    ("每百元营业收入中的费用", "amount", "CNY", "1", YTD_TAB, False),
    ("每百元资产实现的营业收入", "amount", "CNY", "1", NOV_END_TAB, True),
    ("人均营业收入", "amount", "CNY", "1e4", NOV_END_TAB, True),
    ("资产负债率", "share", "%", "1", NOV_END_TAB, False),
    ("产成品存货周转天数", "amount", "day", "1", NOV_END_TAB, True),
    ("应收账款平均回收期", "amount", "day", "1", NOV_END_TAB, True),
]
FLOW_ALT_TAB = [P("11月末", "2021-01-01", "2021-11-30")]
# the 总计 / 其中：采矿业 lines of table 2 repeat the labels of table 1: whole lines as context
T2_TOTAL = "总计\t6.98\t83.72\t8.4\t93.1\t168.6\t56.4\t17.4\t51.7"
T2_MINING = "其中：采矿业\t19.59\t65.06\t10.37\t50\t130.5\t58.6\t12.3\t39.3"
for line, row in [(T2_TOTAL, None), (T2_MINING, "采矿业")]:
    assert T.count(line) == 1
    parts = line.split("\t")
    pos = len(parts[0]) + 1
    for j, ((col, kind, unit, factor, per, flow), c) in enumerate(zip(COLS2, parts[1:])):
        nth = sum(1 for k in range(pos) if line.startswith(c, k))
        pos += len(c) + 1
        if row is None:
            m = col
            ma = ["规模以上工业企业" + col, col + "总计"]
            sa = CN_ALTS + ["总计"]
            if col == "资产负债率":
                m, ma = nat(col)
                ma = ma + [col + "总计"]
        else:
            m = row + col
            ma = alts_with("规模以上" + m, col, row)
            sa = CN_ALTS + [row]
        note = None
        if row is None and j == 0:
            note = TABLE_NOTE + "; 营业收入利润率 column in %: share"
        elif row is None and col == "人均营业收入":
            note = "column unit 万元/人: ×1e4 CNY per employee (per-person in the metric)"
        elif row is None and col == "每百元资产实现的营业收入":
            note = FLOW_RATIO_NOTE
        elif row is None and col == "产成品存货周转天数":
            note = "column unit 天: unit day, kind amount"
        g.fact(line, c, value=val(c, factor), unit=unit, kind=kind, metric=m,
               metric_alts=ma, subject="中国", subject_alts=sa, period=per,
               period_alts=FLOW_ALT_TAB if flow else None, note=note, nth=nth)

g.write(
    date=REF,
    source=f"shared/texts/stats_release/{DOC_ID}.txt lines {FIRST_LINE}-{LAST_LINE} "
           "(国家统计局 release, 新浪财经 repost)",
    title="2021年1—11月份全国规模以上工业企业利润同比增长38.0% 两年平均增长18.9%",
    notes=(
        f"Excerpt: source lines {FIRST_LINE}-{LAST_LINE} ({N_CHARS} characters): the whole "
        "prose part (title line, lines 2-11), table 1 (营业收入/营业成本/利润总额 by section "
        "and ownership type) with its two notes, and table 2's caption, header and its first "
        "two rows (总计, 采矿业); table 3 and the 附注 are left out. Reference date "
        "2021-12-27: the source meta's feed date (Mon, 27 Dec 2021 01:51 GMT = 09:51 Beijing "
        "time; NBS publishes the Jan-Nov industrial profits on the 27th at 09:30); nothing "
        "in the text contradicts it. Periods: 1—11月份 / 1-11月 (table headers) / the "
        "title's 2021年1—11月份 = 2021-01-01..2021-11-30; 11月份 = November 2021; 11月末 = "
        "the instant 2021-11-30 (stocks and stock ratios: 资产总计, 负债合计, 所有者权益合计, "
        "应收账款, 产成品存货, 资产负债率, and their yoy growth); 同比/上年同期 = the same "
        "period of 2020 (comparison yoy, not a period); 比2019年1—11月份 and 两年平均 are "
        "comparisons (two-year average over the 2019 base, 附注 17), with the 2020-2021 "
        "span as a period alt for 两年平均. The 11月末 efficiency ratios computed from "
        "Jan-Nov flows (每百元资产实现的营业收入, 人均营业收入, 周转天数, 回收期) keep the "
        "text's instant and accept Jan-Nov as an alt. Place: national release → 中国 "
        "(alt 全国); sections, industries and ownership types are named in the metric and "
        "given as subject alts. 增长N倍 (1.86倍 …) → kind ratio, unit times, value as "
        "written (the table gives 185.7% for 采矿业). Tables: each cell is one fact whose "
        "metric is row + column head (the 总计 row takes the national metric), with the "
        "column header's unit and scale (亿元 ×1e8, 万元/人 ×1e4, 元, 天, %) and period "
        "(1-11月 or 11月末); header period words, unit labels, table labels 表1/表2, the "
        "notes' list markers and the 百元 of 每百元… are negatives."))

facts = [l for l in g.lines if not l.get("negative")]
print(DOC_ID, N_CHARS, "chars;", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
