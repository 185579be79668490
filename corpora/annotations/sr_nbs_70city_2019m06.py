"""Gold annotations for sr_nbs_70city_2019m06 (国家统计局, 70个大中城市商品住宅销售价格变动情况,
June 2019).

The excerpt is source lines 1-56 of shared/texts/stats_release/<doc_id>.txt, sliced by
code from the source bytes: the title line, the whole of table 1 (新建商品住宅销售价格指数,
lines 2-39) and the start of table 2 (二手住宅销售价格指数: title, the two header lines and
its first 14 rows, lines 40-56), 2,492 characters.  This version of the NBS page has no
analysis prose (the source's meta.json: "carries the tables and the 附注 only"); the only
prose line is the (prepended) page title.  Table 1 alone is 1,745 characters, below the
2,000 floor of the brief, so the run continues into table 2 as far as 2,500 characters allow.

Every cell is read from the line itself: the row is split on TAB, each value's offset is
computed from its position in the line and asserted, and its value is the cell's own
number, so the only hand-written facts are the conventions below.

    python3 corpora/annotations/sr_nbs_70city_2019m06.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, Gold, P, TEXTS  # noqa: E402

DOC_ID = "sr_nbs_70city_2019m06"
SRC = (TEXTS / "stats_release") / f"{DOC_ID}.txt"
FIRST_LINE, LAST_LINE = 1, 56  # 1-based, inclusive
REF = "2019-07-15"
TITLE = "2019年6月份70个大中城市商品住宅销售价格变动情况"


def write_excerpt() -> int:
    raw = SRC.read_bytes()
    lines = raw.splitlines(keepends=True)
    part = b"".join(lines[FIRST_LINE - 1:LAST_LINE])
    start = sum(len(l) for l in lines[:FIRST_LINE - 1])
    assert raw[start:start + len(part)] == part and part.endswith(b"\n")
    assert part.startswith(TITLE.encode())
    assert part.rstrip().endswith("合　　肥\t100.2\t104.0\t158.7\t安　　庆\t99.7\t105.0\t120.3".encode())
    (CORPORA / f"{DOC_ID}.txt").write_bytes(part)
    return len(part.decode("utf-8"))


N_CHARS = write_excerpt()
g = Gold(DOC_ID, place="中国")
T = g.text

JUNE = P("2019年6月", "2019-06-01", "2019-06-30")  # the month of each table's title
JUNE_TITLE = P("2019年6月份", "2019-06-01", "2019-06-30")

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PANEL_NOTE = ("70个大中城市 names the NBS survey panel (the fixed sample of 70 large and "
              "medium cities) inside a release/table title: a label, not a claim about a "
              "number of cities")
LABEL_NOTE = "table number (表N), a label, not a fact"
BASE100_NOTE = ("index base written in the column header (X=100): the reference value that "
                "defines the index, not a fact")
BASEYEAR_NOTE = ("base period of the fixed-base (定基) index column (2015年=100): a "
                 "comparison basis written in the header, not a period frame or a fact")
PLACE_NAME_NOTE = "numeral inside a place name ({}), not a quantity"

# ------------------------------------------------------------------ title (line 1)
g.neg(TITLE, "2019年6月份", PERIOD_NOTE + " (title)")
g.neg(TITLE, "70个", PANEL_NOTE)

# ------------------------------------------------------------------ tables
# Row labels are padded with U+3000 / spaces (北　　京, 秦 皇 岛): subject = the gazetteer's
# full name (czfacts/data/places.toml), the short form as subject_alt.
FULL = {"大理": "大理白族自治州"}


def city(label: str) -> tuple[str, list[str]]:
    short = "".join(label.split())
    full = FULL.get(short, short + "市")
    alts = [short]
    if short == "大理":
        alts += ["大理市"]
    return full, alts


COLUMNS = [  # (comparison, metric suffix, header basis)
    ("mom", "环比指数", "上月=100"),
    ("yoy", "同比指数", "上年同月=100"),
    ("比2015年", "定基指数", "2015年=100"),
]
TABLES = {
    "表1": "新建商品住宅销售价格指数",
    "表2": "二手住宅销售价格指数",
}
DATA_NOTE = {
    "mom": "环比 column (上月=100): index, kind amount, comparison mom (table convention)",
    "yoy": "同比 column (上年同月=100): index, kind amount, comparison yoy (table convention)",
    "比2015年": ("定基 column (2015年=100): index against the 2015 average; period = June "
                "2019 (the month the index describes); comparison = the fixed basis as "
                "written, 比2015年 (no brief convention for this column; comparison is not "
                "scored)"),
}


def excerpt_lines():
    """(offset, line text without newline) for every line of the excerpt."""
    pos = 0
    for line in T.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


def row_facts(line: str, offset: int, table_metric: str, first_row: bool) -> int:
    cells = line.split("\t")
    assert len(cells) == 8, line
    # offsets of cells within the line
    starts, p = [], 0
    for c in cells:
        starts.append(p)
        p += len(c) + 1
    n = 0
    for half in (0, 4):
        label = cells[half]
        subject, subject_alts = city(label)
        for k, (comparison, suffix, basis) in enumerate(COLUMNS):
            i = half + 1 + k
            cell = cells[i]
            float(cell)  # a number, as written
            start = offset + starts[i]
            # span via the unique line as context; nth = occurrences of the cell before it
            nth = line[:starts[i]].count(cell)
            span = g.span(line, cell, nth)
            assert span["start"] == start, (line, cell)
            variant = table_metric[:-2] + suffix  # …价格指数 → …价格环比指数
            g.fact(line, cell, value=float(cell), unit="index", kind="amount",
                   metric=table_metric,
                   metric_alts=[variant, table_metric[:-2]],
                   subject=subject, subject_alts=subject_alts, period=JUNE,
                   comparison=comparison, nth=nth,
                   note=(DATA_NOTE[comparison] if first_row and half == 0 else None))
            n += 1
    return n


table_metric = None
first_row = False
n_cells = 0
for offset, line in excerpt_lines():
    if line.startswith("表"):
        label = line.split("：")[0].strip()
        table_metric = TABLES[label]
        assert table_metric in line
        g.neg(line, label[1:], LABEL_NOTE)
        g.neg(line, "2019年6月", PERIOD_NOTE + " (table title: the month of every cell)")
        g.neg(line, "70个", PANEL_NOTE)
        if "二手" in line:
            g.neg(line, "二手", "二手 'second-hand' (二手住宅), lexicalized, not a quantity")
        first_row = True
        header = 0
    elif line.startswith("城市\t环比"):
        assert line == "城市\t环比\t同比\t定基\t城市\t环比\t同比\t定基"
        header = 1
    elif line.startswith("上月=100"):
        assert header == 1
        # the same header line heads both tables: the context runs on into the first data
        # row (unique); the line repeats itself for the right half: nth occurrences
        nxt = T[offset + len(line) + 1:].split("\n", 1)[0]
        ctx = line + "\n" + nxt
        for nth in (0, 1):
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * nth)
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * nth + 1)
            g.neg(ctx, "2015年", BASEYEAR_NOTE, nth=nth)
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * nth + 2)
    elif table_metric and "\t" in line:
        n_cells += row_facts(line, offset, table_metric, first_row)
        first_row = False
        for name in ("三　　亚", "九　　江"):
            if name in line:
                g.neg(line, name, PLACE_NAME_NOTE.format("".join(name.split())))
    elif line == TITLE:
        pass
    else:
        raise AssertionError(line)

assert n_cells == (35 + 14) * 6, n_cells

NOTES = (
    f"国家统计局 monthly 70-city house-price release for June 2019. Excerpt = source lines "
    f"{FIRST_LINE}-{LAST_LINE} ({N_CHARS} characters, sliced by code): the title line, the "
    "whole of table 1 (新建商品住宅销售价格指数, 35 rows × 2 cities × 3 columns = all 70 cities) and the first "
    "14 rows of table 2 (二手住宅销售价格指数). This page version has no analysis prose and no "
    "1-6月平均 column; table 1 alone is 1,745 characters, so the run continues into table 2. "
    "Reference date 2019-07-15 = the 成文日期 of the saved NBS page (source meta.json), the day "
    "NBS published the June data; nothing in the excerpt contradicts it. Periods: every cell "
    "describes 2019年6月 (the month of its table's title) = 2019-06-01..2019-06-30, including "
    "the 定基 column. Table conventions: every cell is a fact, value as written, unit index, "
    "kind amount; comparison mom for 环比 (上月=100), yoy for 同比 (上年同月=100), and the basis "
    "as written, 比2015年, for 定基 (2015年=100); metric = the table's indicator "
    "(新建商品住宅销售价格指数 / 二手住宅销售价格指数) with the column variants (…环比指数, "
    "…同比指数, …定基指数) as metric_alts; subject = the row's city, full gazetteer name "
    "(北京市 … 吉林市 is the city, not 吉林省; 大理 → 大理白族自治州, alt 大理/大理市), short "
    "form as subject_alt. Negatives: 2019年6月(份) in the titles, 70个 (the survey panel named "
    "in the titles), 表1/表2 numbers, 二手 (second-hand), the header bases 100 and 2015年, and the numerals of the "
    "place names 三亚 and 九江.")

g.write(date=REF, source=f"shared/texts/stats_release/{DOC_ID}.txt, lines {FIRST_LINE}-{LAST_LINE} "
        "(国家统计局, 2019-07-15)", title=TITLE, notes=NOTES)
facts = [l for l in g.lines if not l.get("negative")]
print(DOC_ID, N_CHARS, "chars;", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
