"""Gold annotations for sr_nbs_70city_2025m12 (held-out: corpora/heldout/).

国家统计局, 2025年12月份70个大中城市商品住宅销售价格变动情况 (成文日期 2026-01-19).  This page
version holds only tables and the 附注 (no analysis prose).  The excerpt is source lines
78-140 (1-based, inclusive, whole lines, newline kept) of
shared/texts/stats_release/sr_nbs_70city_2025m12.txt, sliced by code from the source bytes:
one table only, 表3 (新建商品住宅销售价格分类指数, by floor-area band), its part （一） whole
(caption, three header lines, 35 city rows) and its part （二） from the caption to the 洛阳
row (caption, headers, 20 city rows).  Table 1 with the title line is 1,569 characters (below
the 2,500 floor) and adding table 2 would exceed one table.

Every cell is read from its line: the row is split on TAB, each cell's offset is computed
from its position in the line and asserted, its value is the cell's own number; the header
decides metric, comparison and period (table conventions of sr_nbs_70city_2019m06.py).

    python corpora/annotations/sr_nbs_70city_2025m12.py
    czfacts check-gold corpora/heldout
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from annotate import CORPORA, P, excerpt_gold, TEXTS, seventy_city as city

DOC_ID = "sr_nbs_70city_2025m12"
FOLDER = CORPORA / "heldout"
SRC = (TEXTS / "stats_release") / f"{DOC_ID}.txt"
FIRST, LAST = 78, 140                    # 1-based, inclusive, whole lines
REF = "2026-01-19"
TITLE = "2025年12月份70个大中城市商品住宅销售价格变动情况"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place="中国",
                 starts="表3：2025年12月70个大中城市新建商品住宅销售价格分类指数（一）\n",
                 ends="洛\u3000\u3000阳\t99.5\t95.7\t95.6\t99.2\t96.2\t95.4\t99.4\t96.3\t95.1")
text = g.text
T = g.text

DEC = P("2025年12月", "2025-12-01", "2025-12-31")      # the month of the caption
YTD = P("1-12月平均", "2025-01-01", "2025-12-31")       # 1-12月平均 column

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PANEL_NOTE = ("70个大中城市 names the NBS survey panel inside the table caption: a label, not a "
              "claim about a number of cities (as in sr_nbs_70city_2019m06)")
LABEL_NOTE = "table number (表3), a label, not a fact"
PART_NOTE = "part label （一）/（二） of the table, a list marker, not a fact"
BASE100_NOTE = ("index base written in the column header (X=100): the reference value that "
                "defines the index, not a fact")
BAND_NOTE = ("floor-area band (90m2及以下 / 90-144m2 / 144m2以上) in the column header: a "
             "threshold defining the set of dwellings priced (SPEC §2), part of the metric of the "
             "cells below, not a fact")
YTD_NOTE = ("period of the 1-12月平均 column (the Jan-Dec average), a period expression, not a "
            "fact")
PLACE_NAME_NOTE = "numeral inside a place name ({}), not a quantity"

# subjects: the gazetteer's full name (czfacts/data/places.toml), the short form as alt


BANDS = ["90m2及以下", "90-144m2", "144m2以上"]
COLUMNS = [  # (comparison, column variant of the metric, period)
    ("mom", "环比指数", DEC),
    ("yoy", "同比指数", DEC),
    ("yoy", "1-12月平均指数", YTD),
]
TABLE = "新建商品住宅销售价格指数"
DATA_NOTE = {
    0: "环比 column (上月=100): index, kind amount, comparison mom (table convention)",
    1: "同比 column (上年同月=100): index, kind amount, comparison yoy (table convention)",
    2: ("1-12月平均 column (上年同期=100): the average index of January-December 2025 against "
        "the same period of 2024 → period 2025-01-01..2025-12-31, comparison yoy"),
}


def metric(band, k):
    base = band + TABLE                                   # 90m2及以下新建商品住宅销售价格指数
    alts = [band + "新建商品住宅销售价格分类指数",
            band + TABLE[:-2] + COLUMNS[k][1],            # …销售价格环比指数
            band + TABLE[:-2],                            # …销售价格
            "新建商品住宅" + band + "销售价格指数",
            band.replace("m2", "平方米") + TABLE]
    return base, alts


def lines_with_offsets():
    pos = 0
    for line in T.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


n_cells = 0
first = True
part = None
for offset, line in lines_with_offsets():
    nxt = T[offset + len(line) + 1:].split("\n", 1)[0]
    if line.startswith("表3："):
        part = "一" if line.endswith("（一）") else "二"
        assert line == f"表3：2025年12月70个大中城市新建商品住宅销售价格分类指数（{part}）"
        g.neg(line, "3", LABEL_NOTE)
        g.neg(line, "2025年12月", PERIOD_NOTE + " (table caption: the month of the cells)")
        g.neg(line, "70个", PANEL_NOTE)
        g.neg(line, part, PART_NOTE, nth=line.count(part) - 1)
    elif line.startswith("城市\t90m2"):
        assert line == "城市\t90m2及以下\t90-144m2\t144m2以上"
        ctx = T[offset - 20:offset] + line      # caption tail (（一）/（二）) makes it unique
        g.neg(ctx, "90m2", BAND_NOTE)
        g.neg(ctx, "90-144m2", BAND_NOTE)
        g.neg(ctx, "144m2", BAND_NOTE, nth=1)
    elif line.startswith("环比\t同比"):
        ctx = line + "\n" + nxt + "\n" + T[offset + len(line) + len(nxt) + 2:].split("\n", 1)[0]
        for k in range(3):
            g.neg(ctx, "1-12月", YTD_NOTE, nth=k)
    elif line.startswith("上月=100"):
        ctx = line + "\n" + nxt                 # unique by the first data row
        for k in range(9):
            g.neg(ctx, "100", BASE100_NOTE, nth=k)
    elif "\t" in line:
        cells = line.split("\t")
        assert len(cells) == 10, line
        assert T.count(line) == 1
        subject, alts = city(cells[0])
        starts, p = [], 0
        for c in cells:
            starts.append(p)
            p += len(c) + 1
        for i in range(1, 10):
            cell = cells[i]
            float(cell)
            b, k = divmod(i - 1, 3)
            comparison, _, period = COLUMNS[k]
            nth = line[:starts[i]].count(cell)
            span = g.span(line, cell, nth)
            assert span["start"] == offset + starts[i], (line, cell)
            m, ma = metric(BANDS[b], k)
            g.fact(line, cell, value=float(cell), unit="index", kind="amount", metric=m,
                   metric_alts=ma, subject=subject, subject_alts=alts, period=period,
                   comparison=comparison, nth=nth,
                   note=(DATA_NOTE[k] if first and b == 0 else
                         (BAND_NOTE.split(":")[0] + " → in the metric" if first and k == 0
                          else None)))
            n_cells += 1
        first = False
        if "九　　江" in line:
            g.neg(line, "九", PLACE_NAME_NOTE.format("九江"))
    else:
        raise AssertionError(line)

assert n_cells == (35 + 20) * 9, n_cells

NOTES = (
    f"国家统计局 monthly 70-city house-price release for December 2025 (this page version carries "
    f"only the tables and the 附注). Excerpt = source lines {FIRST}-{LAST} ({len(text):,} "
    "characters with the final newline, sliced by code): one table, 表3 新建商品住宅销售价格分类"
    "指数 — part （一） whole (35 cities) and part （二） from its caption to the 洛阳 row (20 "
    "cities). The title line (line 1) and table 1 alone are 1,569 characters, and a second "
    "table was not allowed, so the run is table 3. Reference date 2026-01-19 = the 成文日期 of "
    "the saved NBS page (source meta.json); nothing in the excerpt contradicts it. Periods: "
    "环比 and 同比 cells describe 2025年12月 (caption) = 2025-12-01..2025-12-31; 1-12月平均 cells "
    "the Jan-Dec 2025 average = 2025-01-01..2025-12-31. Table conventions (as "
    "sr_nbs_70city_2019m06): every cell is a fact, value as written, unit index, kind amount; "
    "comparison mom (上月=100), yoy (上年同月=100) and yoy for 1-12月平均 (上年同期=100); "
    "metric = floor-area band + 新建商品住宅销售价格指数 (the band defines the dwellings priced, "
    "SPEC §2 threshold → in the metric), with the caption's 分类指数 wording, the column "
    "variants (…环比指数 / …同比指数 / …1-12月平均指数) and the bare …销售价格 as metric_alts; "
    "subject = the row's city, full gazetteer name (吉林 → 吉林市, not 吉林省), short form as "
    "subject_alt. Negatives: 2025年12月 in the captions, 70个 (the survey panel), 表3's number "
    "and the part labels 一/二, the band headers 90m2 / 90-144m2 / 144m2, the 1-12月 of the "
    "column headers, the header bases 100, and the numeral of the place name 九江.")

g.write(date=REF, source=f"shared/texts/stats_release/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(国家统计局, 2026-01-19)", title=TITLE, notes=NOTES, title_in_text=False)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(text), "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
