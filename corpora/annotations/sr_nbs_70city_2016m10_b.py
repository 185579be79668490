"""Gold annotations for sr_nbs_70city_2016m10_b (held-out: corpora/heldout/).

国家统计局, 2016年10月份70个大中城市及10月下半月一线和热点二线城市住宅销售价格变动情况 (released
2016-11-18).  This page version has no analysis prose: a title, the tables and the 附注.  The
excerpt is source lines 1-45 (1-based, inclusive, whole lines, newline kept) of
shared/texts/stats_release/sr_nbs_70city_2016m10.txt, sliced by code from the source bytes:
the (prepended) page title, the page's own two-line heading (with the footnote mark 1 that
points to 注1 of the 附注), the whole of table 1 (15个一线和热点二线城市新建商品住宅价格变动对比表:
环比 index of the second half of October, the first half of October and September, 15 city
rows) and the start of table 2 (新建住宅价格指数 of the 70 cities: caption, the three header
lines and its first 20 rows, 北京/唐山 … 郑州/洛阳),
1,491 characters.  The line range was given by the brief (it imitates how unseen test
excerpts are cut), so the excerpt is shorter than the usual 2,000 floor.

Every cell is read from its line: the row is split on TAB, each value's offset is computed
from its position in the line and asserted, its value is the cell's own number; the header
decides metric, comparison and period (table conventions of sr_nbs_70city_2018m03.py /
2019m06.py; the half-month columns of table 1 have no precedent, see PERIODS below).

    python corpora/annotations/sr_nbs_70city_2016m10_b.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from annotate import CORPORA, P, excerpt_gold, TEXTS, seventy_city as city

DOC_ID = "sr_nbs_70city_2016m10_b"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "stats_release") / "sr_nbs_70city_2016m10.txt"
FIRST, LAST = 1, 45                      # 1-based, inclusive, whole lines
REF = "2016-11-18"
TITLE = "2016年10月份70个大中城市及10月下半月一线和热点二线城市住宅销售价格变动情况"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place="中国",
                 starts=TITLE + "\n2016年10月份70个大中城市及10月下半月1\n",
                 ends="郑\u3000\u3000州\t103.5\t128.1\t130.0\t洛\u3000\u3000阳\t100.3\t102.0\t101.5")
text = g.text
T = g.text
N_CHARS = len(text)

# ------------------------------------------------------------------ periods
# Table 1 columns: 10月下半月 / 10月上半月 / 9月 (the year from the title, 2016).  NBS's half
# months are the 1st-15th (上半月) and the 16th-end (下半月) of the month.  Table 2 cells
# describe 2016年10月 (caption), the 定基 column included.
H2 = P("10月下半月", "2016-10-16", "2016-10-31")
H1 = P("10月上半月", "2016-10-01", "2016-10-15")
SEP = P("9月", "2016-09-01", "2016-09-30")
OCT = P("2016年10月", "2016-10-01", "2016-10-31")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PANEL_NOTE = ("70个大中城市 names the NBS survey panel (the fixed sample of 70 large and "
              "medium cities) inside a release/table title: a label, not a claim about a "
              "number of cities (as in sr_nbs_70city_2019m06 / 2018m03)")
PANEL15_NOTE = ("15个一线和热点二线城市 names the fixed set of cities NBS reports half-monthly "
                "(注1 of the 附注: 15个一线和热点二线城市) inside a table title: a panel label, "
                "treated as the 70个 of 70个大中城市, not a count fact")
TIER_NOTE = "city-tier label ({}城市), not a quantity (as nw_cctv_20150418_70cities_housing_2015m3)"
FOOTNOTE_NOTE = ("footnote mark (superscript 1 of the page heading, pointing to 注1 of the 附注), "
                 "a reference label, not a fact")
LABEL_NOTE = "table number (表N), a label, not a fact"
BASE100_NOTE = ("index base written in the column header (X=100): the reference value that "
                "defines the index, not a fact")
BASEYEAR_NOTE = ("base period of the fixed-base (定基) index column (2015年=100): a "
                 "comparison basis written in the header, not a period frame or a fact")
HALF_NOTE = ("column header of table 1 (the half month / month of the cells below it), a "
             "period expression, not a fact")
PLACE_NAME_NOTE = "numeral inside a place name ({}), not a quantity"

# ------------------------------------------------------------------ title and heading (lines 1-3)
g.neg(TITLE, "2016年10月份", PERIOD_NOTE + " (title: the month of the 70-city tables)")
g.neg(TITLE, "70个", PANEL_NOTE)
g.neg(TITLE, "10月下半月", PERIOD_NOTE + " (title: the half month of table 1)")
g.neg(TITLE, "一线", TIER_NOTE.format("一线"))
g.neg(TITLE, "二线", TIER_NOTE.format("二线"))
HEAD = "2016年10月份70个大中城市及10月下半月1\n一线和热点二线城市住宅销售价格变动情况"
g.neg(HEAD, "2016年10月份", PERIOD_NOTE + " (page heading)")
g.neg(HEAD, "70个", PANEL_NOTE)
g.neg(HEAD, "10月下半月", PERIOD_NOTE + " (page heading)")
g.neg(HEAD, "1", FOOTNOTE_NOTE, nth=3)     # 2016 (1), 10月份 (1), 10月下半月 (1), then the mark
assert g.lines[-1]["provenance"]["start"] == T.index("下半月1\n") + 3
g.neg(HEAD, "一线", TIER_NOTE.format("一线"))
g.neg(HEAD, "二线", TIER_NOTE.format("二线"))

# ------------------------------------------------------------------ tables
# Row labels: table 1 unpadded (北京), table 2 padded with U+3000 / spaces (北　　京, 秦 皇 岛):
# subject = the gazetteer's full name (czfacts/data/places.toml), the short form as subject_alt.


def lines_with_offsets():
    pos = 0
    for line in T.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


def cell_offsets(line):
    starts, p = [], 0
    for c in line.split("\t"):
        starts.append(p)
        p += len(c) + 1
    return starts


# table 1: 15 cities × (10月下半月, 10月上半月, 9月), all 环比 indices
T1_METRIC = "新建商品住宅价格环比指数"
T1_ALTS = ["新建商品住宅价格指数", "新建商品住宅销售价格环比指数", "新建商品住宅销售价格指数",
           "新建商品住宅价格", "新建商品住宅销售价格"]
T1_COLUMNS = [  # (period, comparison)
    (H2, "环比"),
    (H1, "环比"),
    (SEP, "mom"),
]
T1_NOTE = {
    0: ("table 1 cell: 环比 index (the header 新建商品住宅价格环比指数 names the metric as written; "
        "…价格指数 and the 销售价格 wording as alts) of the second half of October 2016 = "
        "2016-10-16..2016-10-31 (NBS half month: 16th to the month's end); index, kind amount "
        "(table convention); subject = the row's city; comparison: 环比 of a half month, whose "
        "basis (the preceding half month) is not written → the surface basis 环比 (comparison is "
        "not scored)"),
    1: "10月上半月 column: the first half of October 2016 = 2016-10-01..2016-10-15; comparison 环比",
    2: "9月 column: the whole of September 2016 (year from the title) → comparison mom",
}

# table 2: the 70-city 新建住宅价格指数 (as table 1 of sr_nbs_70city_2016m01_b)
T2_METRIC = "新建住宅价格指数"
T2_COLUMNS = [  # (comparison, metric suffix)
    ("mom", "环比指数"),
    ("yoy", "同比指数"),
    ("比2015年", "定基指数"),
]
T2_NOTE = {
    "mom": ("环比 column (上月=100): index, kind amount, comparison mom (table convention); "
            "metric = the table's indicator as written, 新建住宅价格指数 (新建住宅 includes "
            "保障性住房), 销售价格 wording as alt; period = 2016年10月 (caption)"),
    "yoy": "同比 column (上年同月=100): index, kind amount, comparison yoy (table convention)",
    "比2015年": ("定基 column (2015年=100): index against the 2015 average; period = October "
                "2016 (the month the index describes); comparison = the fixed basis as "
                "written, 比2015年 (as sr_nbs_70city_2018m03; comparison is not scored)"),
}

table = None
first_row = False
n1 = n2 = 0
for offset, line in lines_with_offsets():
    nxt = T[offset + len(line) + 1:].split("\n", 1)[0]
    if offset < len(TITLE) + len(HEAD) + 2:
        continue                                        # title and heading, done above
    if line.startswith("表1"):
        assert line == "表1: 15个一线和热点二线城市新建商品住宅价格变动对比表", line
        table = 1
        g.neg(line, "1", LABEL_NOTE)
        g.neg(line, "15个", PANEL15_NOTE)
        g.neg(line, "一线", TIER_NOTE.format("一线"))
        g.neg(line, "二线", TIER_NOTE.format("二线"))
        first_row = True
    elif line.startswith("表2"):
        assert line == f"表2：2016年10月70个大中城市{T2_METRIC}", line
        table = 2
        g.neg(line, "2", LABEL_NOTE)
        g.neg(line, "2016年10月", PERIOD_NOTE + " (table caption: the month of every cell)")
        g.neg(line, "70个", PANEL_NOTE + " (table caption)")
        first_row = True
    elif table == 1 and line.startswith("城市\t"):
        assert line == f"城市\t{T1_METRIC}"
    elif table == 1 and line.startswith("10月下半月"):
        assert line == "10月下半月\t10月上半月\t9月"
        for head in line.split("\t"):
            g.neg(line, head, HALF_NOTE)
    elif table == 2 and line.startswith("城市\t"):
        assert line == f"城市\t{T2_METRIC}\t城市\t{T2_METRIC}"
    elif table == 2 and line.startswith("环比\t"):
        assert line == "环比\t同比\t定基\t环比\t同比\t定基"
    elif table == 2 and line.startswith("上月=100"):
        assert line == "上月=100\t上年同月=100\t2015年=100\t上月=100\t上年同月=100\t2015年=100"
        ctx = line + "\n" + nxt                         # unique by the first data row
        for half in (0, 1):
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * half)
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * half + 1)
            g.neg(ctx, "2015年", BASEYEAR_NOTE, nth=half)
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * half + 2)
    elif table == 1:
        cells = line.split("\t")
        assert len(cells) == 4, line
        assert T.count(line) == 1 and T.count("\n" + line + "\n") == 1
        starts = cell_offsets(line)
        subject, alts = city(cells[0])
        for k, (period, comparison) in enumerate(T1_COLUMNS):
            i = 1 + k
            cell = cells[i]
            float(cell)
            nth = line[:starts[i]].count(cell)
            span = g.span(line, cell, nth)
            assert span["start"] == offset + starts[i], (line, cell)
            g.fact(line, cell, value=float(cell), unit="index", kind="amount",
                   metric=T1_METRIC, metric_alts=T1_ALTS, subject=subject, subject_alts=alts,
                   period=period, comparison=comparison, nth=nth,
                   note=(T1_NOTE[k] if first_row else None))
            n1 += 1
        first_row = False
    elif table == 2:
        cells = line.split("\t")
        assert len(cells) == 8, line
        assert T.count(line) == 1
        starts = cell_offsets(line)
        for half in (0, 4):
            subject, alts = city(cells[half])
            for k, (comparison, suffix) in enumerate(T2_COLUMNS):
                i = half + 1 + k
                cell = cells[i]
                float(cell)
                nth = line[:starts[i]].count(cell)
                span = g.span(line, cell, nth)
                assert span["start"] == offset + starts[i], (line, cell)
                g.fact(line, cell, value=float(cell), unit="index", kind="amount",
                       metric=T2_METRIC,
                       metric_alts=[T2_METRIC[:-2] + suffix, T2_METRIC[:-2],
                                    "新建住宅销售价格指数", "新建住宅销售价格" + suffix],
                       subject=subject, subject_alts=alts, period=OCT,
                       comparison=comparison, nth=nth,
                       note=(T2_NOTE[comparison] if first_row and half == 0 else None))
                n2 += 1
        first_row = False
        for name in ("九\u3000\u3000江", "三\u3000\u3000亚"):
            if name in line:
                g.neg(line, name[0], PLACE_NAME_NOTE.format(name[0] + name[-1]))
    else:
        raise AssertionError(line)

assert n1 == 15 * 3, n1
assert n2 == 20 * 6, n2

NOTES = (
    f"国家统计局 monthly 70-city house-price release for October 2016, with the half-monthly "
    f"figures of 15 first-tier and hot second-tier cities. Excerpt = source lines {FIRST}-{LAST} "
    f"of shared/texts/stats_release/sr_nbs_70city_2016m10.txt ({N_CHARS:,} characters with the "
    "final newline, sliced by code; the line range was fixed by the brief, hence below the usual "
    "2,000 floor): the release's opening — the prepended page title, the page's two-line heading "
    "(its footnote mark 1 points to 注1 of the 附注), the whole of table 1 (15个一线和热点二线城市"
    "新建商品住宅价格变动对比表, 15 rows) and the first 20 rows of table 2 (70个大中城市新建住宅价格"
    "指数, 北京/唐山 … 郑州/洛阳). This page version has no analysis prose. Reference date "
    "2016-11-18 = the release date shown on the saved NBS page (source meta.json); nothing in "
    "the excerpt contradicts it. Periods: table 1's columns are 10月下半月 = 2016-10-16..2016-10-31, "
    "10月上半月 = 2016-10-01..2016-10-15 (NBS half months: 1st-15th, 16th-end; the year from the "
    "title) and 9月 = 2016-09-01..2016-09-30; every table 2 cell describes 2016年10月 (caption) "
    "= 2016-10-01..2016-10-31, the 定基 column included. Table conventions (as "
    "sr_nbs_70city_2018m03 / 2019m06): every cell is a fact, value as written, unit index, kind "
    "amount; subject = the row's city, full gazetteer name (吉林 → 吉林市), short form as "
    "subject_alt. Table 1: metric as its header writes it, 新建商品住宅价格环比指数 (alts "
    "…价格指数, the 销售价格 wording, the bare …价格); comparison 环比 as written for the half "
    "months (the basis of a half-month 环比 is not stated; not scored) and mom for 9月. Table 2: "
    "metric 新建住宅价格指数 (the 2016 table is 新建住宅, including 保障性住房) with the column "
    "variants (…环比指数, …同比指数, …定基指数), the bare 新建住宅价格 and the 销售价格 wording as "
    "metric_alts; comparison mom (上月=100), yoy (上年同月=100), 比2015年 for 定基 (2015年=100). "
    "Negatives: 2016年10月(份) and 10月下半月 in the title, heading and caption, the footnote mark 1, "
    "every 70个 (the survey panel) and 15个 (the half-monthly panel of 15 cities, a label in table "
    "1's title), the tier labels 一线/二线, 表1/表2 numbers, table 1's column headers 10月下半月 / "
    "10月上半月 / 9月, table 2's header bases 100 and 2015年, and the numeral of the place name 九江.")

g.write(date=REF, source=f"shared/texts/stats_release/sr_nbs_70city_2016m10.txt lines "
        f"{FIRST}–{LAST} (国家统计局, 2016-11-18)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(DOC_ID, N_CHARS, "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
