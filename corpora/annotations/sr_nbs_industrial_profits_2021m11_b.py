"""Gold annotations for sr_nbs_industrial_profits_2021m11_b (held-out: corpora/heldout/).

国家统计局, industrial profits January-November 2021 (national release reposted by 新浪财经); a
second excerpt of the release whose lines 1-30 are sr_nbs_industrial_profits_2021m11.  The
excerpt is source lines 31-87 (1-based, inclusive, whole lines, newline kept) of
shared/texts/stats_release/sr_nbs_industrial_profits_2021m11.txt, sliced by code from the
source bytes; the line range is given by the brief (a run of whole lines, as unseen test
excerpts are cut): the last six rows of table 2 (经济效益指标: 制造业 … 其中：私营企业; its
caption and column headers, source lines 26-28, lie before the excerpt), the whole of table 3
(主要财务指标（分行业）: caption, two header lines, 总计 and 41 industry rows) with its two
notes, and the start of the 附注 (附注：, 一、指标解释及相关说明, 1、利润总额：…).

Every table cell is read from its line: the row is split on TAB, each cell's offset is
computed from its position in the line and asserted, its value is the cell's own number
times the scale of its column header (table conventions of
sr_nbs_industrial_profits_2021m11.py: metric = row + column head, the 总计 row the national
metric, period = the column's 1-11月 / 11月末, subject 中国 with the row as alt); the note's
loss (上年同期亏损15.9亿元) is written by hand.

    python corpora/annotations/sr_nbs_industrial_profits_2021m11_b.py
    czfacts check-gold corpora/heldout
"""
import pathlib
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, excerpt_gold, null  # noqa: E402

DOC_ID = "sr_nbs_industrial_profits_2021m11_b"
SOURCE_ID = "sr_nbs_industrial_profits_2021m11"
PLACE = "中国"
REF = "2021-12-27"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "stats_release") / f"{SOURCE_ID}.txt"
FIRST, LAST = 31, 87                    # 1-based, inclusive, whole lines (given by the brief)
TITLE = "2021年1—11月份全国规模以上工业企业利润同比增长38.0% 两年平均增长18.9%"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place=PLACE,
                 starts="制造业\t6.56\t84.07",
                 ends="反映企业在报告期内实现的盈亏总额。")
T = g.text

# ----------------------------------------------------------------------------- periods
# Reference date 2021-12-27 (the release of the Jan-Nov data).  Table columns carry their
# period: 1-11月 = 2021-01-01..2021-11-30, 11月末 = the instant 2021-11-30.  Table 2's header
# (source lines 27-28) lies before the excerpt: its rows keep the column's period as gold (the
# meaning in the document, as in sr_nbs_industrial_profits_2021m11) and accept the null
# reading (no period visible before them in the excerpt) as an alt; its 11月末 columns also
# accept the release's Jan-Nov frame, and those computed from Jan-Nov flows (每百元资产实现的
# 营业收入, 人均营业收入, 周转天数, 回收期; 附注 12-16) accept it as in the model.  Table 3's header
# (line 39 of the source) is inside the excerpt: 1-11月.  上年同期 in note 1 = Jan-Nov 2020.
YTD_TAB = P("1-11月", "2021-01-01", "2021-11-30")
NOV_END_TAB = P("11月末", "2021-11-30", "2021-11-30")
YTD_ALT = P("1-11月", "2021-01-01", "2021-11-30")
PRIOR = P("上年同期", "2020-01-01", "2020-11-30")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
TABLE_NOTE = ("table cell: metric = row + column head, value in the column's unit (header, so "
              "outside the span), period = the column's 1-11月 / 11月末; subject 中国 with the "
              "row as alt (as sr_nbs_industrial_profits_2021m11)")
T2_NOTE = ("table 2 (经济效益指标) row: its caption and column headers (source lines 26-28) lie "
           "before the excerpt; column meaning, unit and period read from them (the meaning in "
           "the document), the null period as alt; " + TABLE_NOTE)
FLOW_RATIO_NOTE = ("dated 11月末 by the table, but the indicator is computed from the Jan-Nov "
                   "flows (附注 12-16: …÷累计月数×12 …): instant 2021-11-30, the Jan-Nov reading "
                   "in period_alts")

CN_ALTS = ["全国"]


def alts_with(*xs):
    """metric alts without duplicates, in order."""
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def val(number: str, factor: str) -> float:
    v = float(Decimal(number.lstrip("-")) * Decimal(factor))
    return -v if number.startswith("-") else v


def nat(short):
    """metric and alts of a national aggregate: primary '规模以上工业企业<short>'."""
    return "规模以上工业企业" + short, [short, "工业企业" + short, "全国规模以上工业企业" + short]


def row_cells(line: str):
    """[(cell text, nth occurrence of the cell text inside the line)] of a table row."""
    assert T.count(line) == 1, line
    parts = line.split("\t")
    out, pos = [], len(parts[0]) + 1
    for c in parts[1:]:
        nth = sum(1 for k in range(pos) if line.startswith(c, k))
        out.append((c, nth))
        pos += len(c) + 1
    return parts[0], out


LINES = T.split("\n")


def line_of(label: str, after: int = 0) -> str:
    """The first line from index ``after`` that starts with label + TAB."""
    hits = [l for l in LINES[after:] if l.startswith(label + "\t")]
    assert hits, label
    return hits[0]


# ============================================================================ table 2 (rest)
COLS2 = [  # (column head, kind, unit, factor, period, flow-based 11月末 ratio?)
    ("营业收入利润率", "share", "%", "1", YTD_TAB, False),
    ("每百元营业收入中的成本", "amount", "CNY", "1", YTD_TAB, False),
    ("每百元营业收入中的费用", "amount", "CNY", "1", YTD_TAB, False),
    ("每百元资产实现的营业收入", "amount", "CNY", "1", NOV_END_TAB, True),
    ("人均营业收入", "amount", "CNY", "1e4", NOV_END_TAB, True),
    ("资产负债率", "share", "%", "1", NOV_END_TAB, False),
    ("产成品存货周转天数", "amount", "day", "1", NOV_END_TAB, True),
    ("应收账款平均回收期", "amount", "day", "1", NOV_END_TAB, True),
]
ROWS2 = [("制造业", "制造业"),
         ("电力、热力、燃气及水生产和供应业", "电力、热力、燃气及水生产和供应业"),
         ("其中：国有控股企业", "国有控股企业"), ("其中：股份制企业", "股份制企业"),
         ("外商及港澳台商投资企业", "外商及港澳台商投资企业"), ("其中：私营企业", "私营企业")]
T2_END = next(i for i, l in enumerate(LINES) if l.startswith("表3"))
for r, (label, row) in enumerate(ROWS2):
    line = line_of(label)
    assert LINES.index(line) < T2_END
    _, cs = row_cells(line)
    assert len(cs) == len(COLS2), line
    for j, ((col, kind, unit, factor, per, flow), (c, nth)) in enumerate(zip(COLS2, cs)):
        m = row + col
        ma = alts_with("规模以上" + m, col, row)
        if col == "人均营业收入":
            ma.append(row + "人均营业收入（万元/人）")
        sa = CN_ALTS + [row]
        alts = [null(per["text"])]
        if per is NOV_END_TAB:
            alts = [YTD_ALT] + alts
        note = None
        if r == 0 and j == 0:
            note = T2_NOTE + "; 营业收入利润率 column in %: share"
        elif r == 0 and col == "每百元营业收入中的成本":
            note = "column unit 元 (per 100 yuan of revenue): amount in CNY"
        elif r == 0 and col == "每百元资产实现的营业收入":
            note = FLOW_RATIO_NOTE
        elif r == 0 and col == "人均营业收入":
            note = "column unit 万元/人: ×1e4 CNY per employee (per-person in the metric)"
        elif r == 0 and col == "资产负债率":
            note = "11月末 column in %: share of a stock, instant 2021-11-30"
        elif r == 0 and col == "产成品存货周转天数":
            note = "column unit 天: unit day, kind amount (SPEC §3)"
        elif c == "0.9" and row.startswith("电力"):
            note = ("0.9 days of inventory turnover (utilities hold little finished-goods "
                    "inventory), a plain cell value")
        g.fact(line, c, value=val(c, factor), unit=unit, kind=kind, metric=m, metric_alts=ma,
               subject=PLACE, subject_alts=sa, period=per, period_alts=alts, note=note,
               nth=nth)

# ============================================================================ table 3
g.neg("表3 2021年", "表3", "table label, not a fact")
g.neg("表3 2021年1—11月份", "2021年1—11月份", PERIOD_NOTE + " (table caption)")
HDR3 = ("1-11月（亿元）\t同比增长（%）\t1-11月（亿元）\t同比增长（%）\t1-11月（亿元）\t同比增长（%）"
        "\n总计")
for k in range(3):
    g.neg(HDR3, "1-11月", PERIOD_NOTE + " (column header of table 3)", nth=k)
    g.neg(HDR3, "亿元", "unit label of the column header (the scale of the cells below)",
          nth=k)

COLS3 = [("营业收入", "amount"), ("营业收入", "growth"), ("营业成本", "amount"),
         ("营业成本", "growth"), ("利润总额", "amount"), ("利润总额", "growth")]
T3_START = T2_END + 3                   # caption, two header lines
T3_END = next(i for i, l in enumerate(LINES) if l == "注：" and i > T2_END)
rows3 = LINES[T3_START:T3_END]
assert rows3[0].startswith("总计\t") and rows3[-1].startswith("水的生产和供应业\t")
assert len(rows3) == 42, len(rows3)
for line in rows3:
    label, cs = row_cells(line)
    assert len(cs) == 6, line
    total = label == "总计"
    for j, ((col, kind), (c, nth)) in enumerate(zip(COLS3, cs)):
        if total:
            m, ma = nat(col)
            ma = ma + [col + "总计", "总计" + col]
            sa = CN_ALTS + ["总计"]
        else:
            m = label + col
            ma = alts_with("规模以上" + m, col, label,
                           label + "利润" if col == "利润总额" else None)
            sa = CN_ALTS + [label]
        if c == "（注1）":
            g.neg(line, "注1", "reference to note 1 of table 3 (注1: the industry made a loss "
                  "a year earlier, so no growth rate is given), a label, not a fact", nth=nth)
            continue
        note = None
        if total and j == 0:
            note = TABLE_NOTE + " (table 3, by industry: the 总计 row takes the national metric)"
        elif total and j == 1:
            note = "column 同比增长（%）: growth, yoy"
        if kind == "amount":
            if c.startswith("-"):
                note = ("negative profit total = a loss of 6.1亿元 (a level, amount; the loss of "
                        "the year before is note 1)")
            g.fact(line, c, value=val(c, "1e8"), unit="CNY", kind="amount", metric=m,
                   metric_alts=ma, subject=PLACE, subject_alts=sa, period=YTD_TAB, note=note,
                   nth=nth)
        else:
            if c.startswith("-") and note is None and label == "其他采矿业":
                note = "negative cell value = decline (同比下降)"
            elif label == "石油、煤炭及其他燃料加工业" and col == "利润总额":
                note = "387.1% = the 增长3.87倍 of the prose (source line 5), in % here → growth"
            g.fact(line, c, value=val(c, "1"), unit="%", kind="growth", metric=m,
                   metric_alts=ma, subject=PLACE, subject_alts=sa, period=YTD_TAB,
                   comparison="yoy", note=note, nth=nth)

# notes to table 3
g.neg("1． 开采专业及辅助性活动", "1", "list marker of the table notes, not a fact")
SEG = "开采专业及辅助性活动"
g.fact("上年同期亏损15.9亿元", "15.9亿元", value=15.9e8, unit="CNY", kind="amount",
       metric=SEG + "亏损",
       metric_alts=["亏损", "亏损额", SEG + "亏损额", SEG + "上年同期亏损",
                    "规模以上" + SEG + "亏损", SEG + "利润总额"],
       subject=PLACE, subject_alts=CN_ALTS + [SEG], period=PRIOR,
       note="the loss of the industry in Jan-Nov 2020 (上年同期 = the same period of the year "
            "before, a period here, not a comparison basis): a level, amount, value positive "
            "as written with the metric 亏损 (as 亏损8000万元 in nw_cctv_20190906_liaoning_2019; "
            "the signed profit reading −15.9亿元 of 利润总额 is the alternative); note 1 explains "
            "the （注1） cell of the table")
g.neg("2． 本表部分指标", "2", "list marker of the table notes, not a fact")
g.neg("是数据四舍五入所致", "四舍五入", "idiom 四舍五入 'rounding', not a quantity")

# ============================================================================ 附注 (start)
g.neg("一、指标解释及相关说明", "一、", "section number of the 附注, a list marker")
g.neg("1、利润总额：", "1", "list marker of the definitions (1、…), not a fact")

facts = [l for l in g.lines if not l.get("negative")]
negs = [l for l in g.lines if l.get("negative")]

g.write(
    date=REF,
    source=f"shared/texts/stats_release/{SOURCE_ID}.txt lines {FIRST}–{LAST} "
           "(国家统计局 release, 新浪财经 repost)",
    title=TITLE, title_in_text=False,
    notes=(
        f"Excerpt: source lines {FIRST}-{LAST} ({len(T):,} characters with the final newline), "
        "sliced by code; the lines were fixed by the brief (a run of whole lines). Part of the "
        "document: the tables of the release (the prose summary and table 1 are lines 1-30, "
        "annotated in sr_nbs_industrial_profits_2021m11): the last six rows of table 2 "
        "(经济效益指标 by section and ownership type: 制造业 … 其中：私营企业; its caption and "
        "column headers, source lines 26-28, lie before the excerpt), the whole of table 3 "
        "(主要财务指标 by industry: caption, two header lines, 总计 and 41 industry rows) with its "
        "two notes, and the start of the 附注 (附注：, 一、指标解释及相关说明, definition 1 of "
        "利润总额, no quantity). Title: the release title (source line 1, outside the excerpt), "
        "title_in_text=False. Date: 2021-12-27, the source meta's feed date (NBS publishes the "
        "Jan-Nov industrial profits on the 27th at 09:30); nothing in the excerpt contradicts "
        "it. Place: national release → 中国 (alt 全国); sections, ownership types and "
        "industries are named in the metric (row + column head) and given as subject alts; "
        "the 总计 row of table 3 takes the national metric 规模以上工业企业<column>. Periods: "
        "table 3 columns 1-11月 = 2021-01-01..2021-11-30 (同比增长 columns: growth, yoy); table 2 "
        "columns 1-11月 (营业收入利润率, 每百元营业收入中的成本/费用) and 11月末 (instant 2021-11-30: "
        "每百元资产实现的营业收入, 人均营业收入, 资产负债率, 周转天数, 回收期) as in the model, with the "
        "null reading as alt (their header lies outside the excerpt), the Jan-Nov frame as alt "
        "for the 11月末 columns; note 1's 上年同期 = 2020-01-01..2020-11-30. Units: table 3 "
        "amounts ×1e8 CNY (亿元), growth in %; table 2: % (share), 元 (CNY), 万元/人 (×1e4 CNY), "
        "天 (day). Judgement calls: table 2 rows annotated with the meaning of their (unseen) "
        "header; the negative profit cell -6.1 → amount −6.1e8 (a loss); 上年同期亏损15.9亿元 → "
        "amount +15.9e8 with metric …亏损 (period Jan-Nov 2020); the （注1） cell → negative "
        "(note reference). Negatives: 表3, the caption's 2021年1—11月份, the header's 1-11月 ×3 "
        "and 亿元 ×3, 注1, the notes' list markers 1/2, 四舍五入, 一、 and 1 (附注). "
        f"Counts: {len(facts)} facts, {len(negs)} negatives."))

if __name__ == "__main__":
    print(DOC_ID, len(T), "chars;", len(facts), "facts,", len(negs), "negatives")
