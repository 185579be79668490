"""Gold annotations for sr_nbs_70city_2023m06 (国家统计局, 70个大中城市商品住宅销售价格变动情况,
June 2023).

The excerpt is source lines 1-60 (1-based, inclusive, whole lines, newline kept) of
shared/texts/stats_release/sr_nbs_70city_2023m06.txt, sliced by code from the source bytes:
the title line, the whole of table 1 (新建商品住宅销售价格指数, lines 2-39) and the start of
table 2 (二手住宅销售价格指数: caption, the two header lines and its first 18 rows, lines
40-60), 2,465 characters.  This page version has no analysis prose (source meta.json: "carries
the tables and the 附注 only"; no 一线/二线/三线 figures anywhere in the file): the only prose
line is the (prepended) page title.  Title and table 1 are 1,624 characters, below the 2,000
floor of the brief, so the run continues into table 2 as far as 2,500 characters allow (as
sr_nbs_70city_2019m06 does).

Every cell is read from its line: the row is split on TAB, each cell's offset is computed
from its position in the line and asserted, its value is the cell's own number; the header
decides metric, comparison and period (table conventions of sr_nbs_70city_2019m06.py, the
1-6月平均 column as the 1-12月平均 column of sr_nbs_70city_2025m12.py).

    python corpora/annotations/sr_nbs_70city_2023m06.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from annotate import CORPORA, P, excerpt_gold, TEXTS, seventy_city as city

DOC_ID = "sr_nbs_70city_2023m06"
FOLDER = CORPORA
SRC = (TEXTS / "stats_release") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 60                      # 1-based, inclusive, whole lines
REF = "2023-07-15"
TITLE = "2023年6月份70个大中城市商品住宅销售价格变动情况"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place="中国",
                 starts=TITLE + "\n表1：2023年6月70个大中城市新建商品住宅销售价格指数\n",
                 ends="济\u3000\u3000南\t99.7\t98.4\t97.7\t烟\u3000\u3000台\t99.7\t99.6\t99.1")
text = g.text
T = g.text
N_CHARS = len(text)

JUNE = P("2023年6月", "2023-06-01", "2023-06-30")     # the month of each table's caption
YTD = P("1-6月平均", "2023-01-01", "2023-06-30")      # 1-6月平均 column

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PANEL_NOTE = ("70个大中城市 names the NBS survey panel (the fixed sample of 70 large and "
              "medium cities) inside a release/table title: a label, not a claim about a "
              "number of cities (as in sr_nbs_70city_2019m06)")
LABEL_NOTE = "table number (表N), a label, not a fact"
SECOND_HAND_NOTE = "二手 'second-hand' (二手住宅), lexicalized, not a quantity"
BASE100_NOTE = ("index base written in the column header (X=100): the reference value that "
                "defines the index, not a fact")
YTD_NOTE = ("period of the 1-6月平均 column (the Jan-Jun average), a period expression, not a "
            "fact (as 1-12月 in sr_nbs_70city_2025m12)")
PLACE_NAME_NOTE = "numeral inside a place name ({}), not a quantity"

# ------------------------------------------------------------------ title (line 1)
g.neg(TITLE, "2023年6月份", PERIOD_NOTE + " (title)")
g.neg(TITLE, "70个", PANEL_NOTE)

# ------------------------------------------------------------------ tables
# Row labels are padded with U+3000 / spaces (北　　京, 秦 皇 岛): subject = the gazetteer's
# full name (czfacts/data/places.toml), the short form as subject_alt (大理 → 大理白族自治州,
# alts 大理/大理市, as sr_nbs_70city_2019m06).


COLUMNS = [  # (comparison, metric suffix, period)
    ("mom", "环比指数", JUNE),
    ("yoy", "同比指数", JUNE),
    ("yoy", "1-6月平均指数", YTD),
]
TABLES = {"1": "新建商品住宅销售价格指数", "2": "二手住宅销售价格指数"}
DATA_NOTE = {
    0: "环比 column (上月=100): index, kind amount, comparison mom (table convention)",
    1: "同比 column (上年同月=100): index, kind amount, comparison yoy (table convention)",
    2: ("1-6月平均 column (上年同期=100): the average index of January-June 2023 against the "
        "same period of 2022 → period 2023-01-01..2023-06-30, comparison yoy (as the "
        "1-12月平均 column of sr_nbs_70city_2025m12)"),
}


def lines_with_offsets():
    pos = 0
    for line in T.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


table_metric = None
first_row = False
n_cells = 0
for offset, line in lines_with_offsets():
    nxt = T[offset + len(line) + 1:].split("\n", 1)[0]
    if line == TITLE:
        continue
    if line.startswith("表"):
        num = line[1]
        table_metric = TABLES[num]
        assert line == f"表{num}：2023年6月70个大中城市{table_metric}", line
        g.neg(line, num, LABEL_NOTE)
        g.neg(line, "2023年6月", PERIOD_NOTE + " (table caption: the month of the cells)")
        g.neg(line, "70个", PANEL_NOTE)
        if "二手" in line:
            g.neg(line, "二手", SECOND_HAND_NOTE)
        first_row = True
    elif line.startswith("城市\t环比"):
        assert line == "城市\t环比\t同比\t1-6月平均\t城市\t环比\t同比\t1-6月平均"
        nxt2 = T[offset + len(line) + len(nxt) + 2:].split("\n", 1)[0]
        ctx = line + "\n" + nxt + "\n" + nxt2           # unique by the first data row
        for k in range(2):
            g.neg(ctx, "1-6月", YTD_NOTE, nth=k)
    elif line.startswith("上月=100"):
        assert line == "上月=100\t上年同月=100\t上年同期=100\t上月=100\t上年同月=100\t上年同期=100"
        ctx = line + "\n" + nxt                         # unique by the first data row
        for k in range(6):
            g.neg(ctx, "100", BASE100_NOTE, nth=k)
    elif "\t" in line:
        cells = line.split("\t")
        assert len(cells) == 8, line
        assert T.count(line) == 1
        starts, p = [], 0
        for c in cells:
            starts.append(p)
            p += len(c) + 1
        for half in (0, 4):
            subject, alts = city(cells[half])
            for k, (comparison, suffix, period) in enumerate(COLUMNS):
                i = half + 1 + k
                cell = cells[i]
                float(cell)
                nth = line[:starts[i]].count(cell)
                span = g.span(line, cell, nth)
                assert span["start"] == offset + starts[i], (line, cell)
                g.fact(line, cell, value=float(cell), unit="index", kind="amount",
                       metric=table_metric,
                       metric_alts=[table_metric[:-2] + suffix, table_metric[:-2]],
                       subject=subject, subject_alts=alts, period=period,
                       comparison=comparison, nth=nth,
                       note=(DATA_NOTE[k] if first_row and half == 0 else None))
                n_cells += 1
        first_row = False
        for name in ("九\u3000\u3000江", "三\u3000\u3000亚"):
            if name in line:
                g.neg(line, name[0], PLACE_NAME_NOTE.format(name[0] + name[-1]))
    else:
        raise AssertionError(line)

assert n_cells == (35 + 18) * 6, n_cells

NOTES = (
    f"国家统计局 monthly 70-city house-price release for June 2023. Excerpt = source lines "
    f"{FIRST}-{LAST} ({N_CHARS:,} characters with the final newline, sliced by code): the title "
    "line, the whole of table 1 (新建商品住宅销售价格指数, 35 rows × 2 cities × 3 columns = all 70 "
    "cities) and the first 18 rows of table 2 (二手住宅销售价格指数). This page version has no "
    "analysis prose (no overall or 一线/二线/三线 figures; the source meta.json says the analysis "
    "was published separately), so the excerpt is title + tables; title + table 1 are 1,624 "
    "characters, below the 2,000 floor, so the run continues into table 2 (as "
    "sr_nbs_70city_2019m06). Reference date 2023-07-15 = the 成文日期 of the saved NBS page "
    "(source meta.json), the day NBS published the June data; nothing in the excerpt "
    "contradicts it. Periods: 环比 and 同比 cells describe 2023年6月 (caption) = "
    "2023-06-01..2023-06-30; 1-6月平均 cells the Jan-Jun 2023 average = "
    "2023-01-01..2023-06-30. Table conventions (as sr_nbs_70city_2019m06 / 2025m12): every "
    "cell is a fact, value as written, unit index, kind amount; comparison mom (上月=100), yoy "
    "(上年同月=100) and yoy for 1-6月平均 (上年同期=100); metric = the table's indicator "
    "(新建商品住宅销售价格指数 / 二手住宅销售价格指数) with the column variants (…环比指数, …同比指数, "
    "…1-6月平均指数) and the bare …销售价格 as metric_alts; subject = the row's city, full "
    "gazetteer name (吉林 → 吉林市, not 吉林省; 大理 → 大理白族自治州, alts 大理/大理市), short form "
    "as subject_alt. Negatives: 2023年6月(份) in the title and captions, 70个 (the survey "
    "panel), 表1/表2 numbers, 二手 (second-hand), the 1-6月 of the column headers, the header "
    "bases 100, and the numerals of the place names 九江 (twice) and 三亚.")

g.write(date=REF, source=f"shared/texts/stats_release/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(国家统计局, 2023-07-15)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(DOC_ID, N_CHARS, "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
