"""Gold annotations for sr_nbs_70city_2018m03 (国家统计局, 70个大中城市商品住宅销售价格变动情况,
March 2018).

The excerpt is source lines 1-56 (1-based, inclusive, whole lines, newline kept) of
shared/texts/stats_release/sr_nbs_70city_2018m03.txt, sliced by code from the source bytes:
the title line, the analysis prose (lines 2-7: 一、新建商品住宅 / 二、二手住宅, each with a
（一）环比 and a （二）同比 paragraph), the whole of table 1 (新建商品住宅销售价格指数, lines
8-45) and the start of table 2 (二手住宅销售价格指数: caption, the two header lines and its
first 8 rows, lines 46-56), 2,461 characters.  Title, prose and table 1 are 1,991 characters,
below the 2,000 floor of the brief, so the run continues into table 2 as far as 2,500
characters allow (as sr_nbs_70city_2019m06 does).  This release's prose has no
first/second/third-tier (一线/二线/三线) city figures: only counts of cities by direction
and the highest / lowest change.

Prose facts are written by hand, sentence by sentence.  Every table cell is read from its
line: the row is split on TAB, each value's offset is computed from its position in the
line and asserted, its value is the cell's own number (table conventions of
sr_nbs_70city_2019m06.py).

    python corpora/annotations/sr_nbs_70city_2018m03.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from annotate import CORPORA, P, excerpt_gold, TEXTS, seventy_city as city

DOC_ID = "sr_nbs_70city_2018m03"
FOLDER = CORPORA
SRC = (TEXTS / "stats_release") / f"{DOC_ID}.txt"
FIRST, LAST = 1, 56                      # 1-based, inclusive, whole lines
REF = "2018-04-18"
TITLE = "2018年3月份70个大中城市商品住宅销售价格变动情况"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place="中国",
                 starts=TITLE + "\n一、新建商品住宅销售价格变动情况\n",
                 ends="长\u3000\u3000春\t100.5\t105.7\t107.7\t无\u3000\u3000锡\t100.1\t106.3\t129.8")
text = g.text
T = g.text
N_CHARS = len(text)

# ------------------------------------------------------------------ periods
# The prose states no period: the release's month (title, 2018年3月份) governs the document
# (SPEC §4, gold README §5); the null reading is kept as a period_alt.
DOC_MONTH = P("2018年3月份", "2018-03-01", "2018-03-31")
DOC_MONTH_ALTS = [P("2018年3月份", None, None)]
MAR = P("2018年3月", "2018-03-01", "2018-03-31")      # the month of each table's caption

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PANEL_NOTE = ("70个大中城市 names the NBS survey panel (the fixed sample of 70 large and "
              "medium cities) inside a release/table title: a label, not a claim about a "
              "number of cities (as in sr_nbs_70city_2019m06)")
SECTION_NOTE = "list marker of a numbered section (一、/二、), not a fact"
PART_NOTE = "list marker （一）/（二） of a sub-section, not a fact"
SECOND_HAND_NOTE = "二手 'second-hand' (二手住宅), lexicalized, not a quantity"
LABEL_NOTE = "table number (表N), a label, not a fact"
BASE100_NOTE = ("index base written in the column header (X=100): the reference value that "
                "defines the index, not a fact")
BASEYEAR_NOTE = ("base period of the fixed-base (定基) index column (2015年=100): a "
                 "comparison basis written in the header, not a period frame or a fact")
PLACE_NAME_NOTE = "numeral inside a place name ({}), not a quantity"


def lines_with_offsets():
    pos = 0
    for line in T.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


LINES = [line for _, line in lines_with_offsets()]


def in_line(line, phrase, target):
    """(ctx, nth) locating ``target`` inside ``phrase`` (unique within the unique ``line``)."""
    assert T.count(line) == 1 and line.count(phrase) == 1, (line, phrase)
    pos = line.index(phrase) + phrase.index(target)
    nth, j = 0, line.find(target)
    while j != pos:
        nth += 1
        j = line.find(target, j + 1)
        assert j >= 0
    return line, nth


# ------------------------------------------------------------------ title (line 1)
g.neg(TITLE, "2018年3月份", PERIOD_NOTE + " (title: the month the release describes, the "
      "document period of the prose)")
g.neg(TITLE, "70个", PANEL_NOTE)

# ------------------------------------------------------------------ prose (lines 2-7)
PANEL = dict(subject="70个大中城市", subject_alts=["中国", "全国", "70城市"])
HOUSING = {"一": "新建商品住宅", "二": "二手住宅"}
BASIS = {"环比": "mom", "同比": "yoy"}
TREND_WORDS = ("下降", "上涨", "持平")


def count_fact(line, phrase, target, housing, basis, trend, note=None):
    base = f"{housing}销售价格{basis}{trend}的城市"
    alts = [f"{housing}价格{basis}{trend}的城市", f"{housing}销售价格{trend}的城市",
            f"销售价格{basis}{trend}的城市", f"销售价格{trend}的城市", f"{basis}{trend}的城市",
            f"{trend}的城市", base + "数量"]
    ctx, nth = in_line(line, phrase, target)
    g.fact(ctx, target, value=float(target.rstrip("个")), unit="count", kind="count",
           classifier="个", metric=base, metric_alts=alts, **PANEL, period=DOC_MONTH,
           period_alts=DOC_MONTH_ALTS, nth=nth, note=note)


def extreme_fact(line, phrase, target, value, housing, basis, which, note=None):
    base = f"{housing}销售价格{which}涨幅"
    alts = [f"{housing}销售价格{basis}{which}涨幅", f"{housing}价格{which}涨幅",
            f"销售价格{which}涨幅", f"{which}涨幅", f"{housing}{which}涨幅",
            f"{housing}销售价格"]
    ctx, nth = in_line(line, phrase, target)
    g.fact(ctx, target, value=value, unit="%", kind="growth", metric=base, metric_alts=alts,
           **PANEL, period=DOC_MONTH, period_alts=DOC_MONTH_ALTS, comparison=BASIS[basis],
           nth=nth, note=note)


section = None
first_count = first_extreme = True
for line in LINES[1:7]:
    if line[1] == "、":                                  # 一、新建… / 二、二手…
        section = line[0]
        assert line == f"{section}、{HOUSING[section]}销售价格变动情况"
        g.neg(line, section, SECTION_NOTE)
        if section == "二":
            g.neg(line, "二手", SECOND_HAND_NOTE)
        continue
    housing = HOUSING[section]
    part = line[1]
    assert line.startswith(f"（{part}）从")
    g.neg(line, part, PART_NOTE)
    basis = line[4:6]
    assert basis in BASIS and line.startswith(f"（{part}）从{basis}看，"), line
    # counts of panel cities by direction of the price: 下降/上涨(/持平)的城市有N个
    clauses = line.split("。")[0].split("，")[1:]
    total = 0
    for clause in clauses:
        trend = clause.removeprefix("销售价格")[:2]
        assert trend in TREND_WORDS and clause.removeprefix("销售价格").startswith(
            f"{trend}的城市有"), clause
        n = clause.split("有")[1]
        assert n.endswith("个")
        total += int(n[:-1])
        note = None
        if first_count:
            note = ("count of panel cities whose 环比 price fell (SPEC §1/§2: number + "
                    "classifier 个); the 70-city panel owns it (subject 70个大中城市, 中国 as alt, "
                    "as nw_cctv_20150418_70cities_housing_2015m3); the elided heads "
                    "(新建商品住宅 from the section heading, 环比 from 从环比看) restored in the "
                    "metric; no period in the paragraph → the document's month 2018年3月份 "
                    "(title), null reading as period_alt")
            first_count = False
        elif trend == "持平":
            note = "持平 with a count: a fact (the count of cities whose price did not move)"
        count_fact(line, clause, n, housing, basis, trend, note=note)
    assert total == 70, line                            # the panel adds up
    # highest / lowest change: 最高涨幅为X%，最低为下降Y%
    rest = line.split("。")[1]
    hi, lo = rest.split("，")
    assert hi.startswith("最高涨幅为") and hi.endswith("%")
    assert lo.startswith("最低为下降") and lo.endswith("%")
    hv, lv = hi[len("最高涨幅为"):], lo[len("最低为下降"):]
    extreme_fact(line, hi, hv, float(hv[:-1]), housing, basis, "最高",
                 note=("the highest city's change across the panel (最高涨幅, stated exactly → "
                       "eq); growth in %, 环比 → mom; metric = the price + 最高涨幅 (README §6: "
                       "the maximum named in the metric)") if first_extreme else None)
    extreme_fact(line, lo, lv, -float(lv[:-1]), housing, basis, "最低",
                 note=("最低为下降Y%: the lowest change, a fall → negative growth; the elided "
                       "head 涨幅 restored (最低涨幅)") if first_extreme else None)
    first_extreme = False

# ------------------------------------------------------------------ tables
# Row labels are padded with U+3000 / spaces (北　　京, 秦 皇 岛): subject = the gazetteer's
# full name (czfacts/data/places.toml), the short form as subject_alt (大理 → 大理白族自治州,
# alts 大理/大理市, as sr_nbs_70city_2019m06).


COLUMNS = [  # (comparison, metric suffix)
    ("mom", "环比指数"),
    ("yoy", "同比指数"),
    ("比2015年", "定基指数"),
]
TABLES = {"1": "新建商品住宅销售价格指数", "2": "二手住宅销售价格指数"}
DATA_NOTE = {
    "mom": "环比 column (上月=100): index, kind amount, comparison mom (table convention)",
    "yoy": "同比 column (上年同月=100): index, kind amount, comparison yoy (table convention)",
    "比2015年": ("定基 column (2015年=100): index against the 2015 average; period = March "
                "2018 (the month the index describes); comparison = the fixed basis as "
                "written, 比2015年 (as sr_nbs_70city_2019m06; comparison is not scored)"),
}

table_metric = None
first_row = False
n_cells = 0
for offset, line in lines_with_offsets():
    if not line.startswith("表") and "\t" not in line:
        continue                                        # title and prose, done above
    nxt = T[offset + len(line) + 1:].split("\n", 1)[0]
    if line.startswith("表"):
        num = line[1]
        table_metric = TABLES[num]
        assert line.replace(" ", "") == f"表{num}：2018年3月70个大中城市{table_metric}", line
        g.neg(line, num, LABEL_NOTE)
        g.neg(line, "2018年3月", PERIOD_NOTE + " (table caption: the month of every cell)")
        g.neg(line, "70个", PANEL_NOTE)
        if "二手" in line:
            g.neg(line, "二手", SECOND_HAND_NOTE)
        first_row = True
    elif line.startswith("城市\t环比"):
        assert line == "城市\t环比\t同比\t定基\t城市\t环比\t同比\t定基"
    elif line.startswith("上月=100"):
        assert line == "上月=100\t上年同月=100\t2015年=100\t上月=100\t上年同月=100\t2015年=100"
        ctx = line + "\n" + nxt                         # unique by the first data row
        for half in (0, 1):
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * half)
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * half + 1)
            g.neg(ctx, "2015年", BASEYEAR_NOTE, nth=half)
            g.neg(ctx, "100", BASE100_NOTE, nth=3 * half + 2)
    else:
        cells = line.split("\t")
        assert len(cells) == 8, line
        assert T.count(line) == 1
        starts, p = [], 0
        for c in cells:
            starts.append(p)
            p += len(c) + 1
        for half in (0, 4):
            subject, alts = city(cells[half])
            for k, (comparison, suffix) in enumerate(COLUMNS):
                i = half + 1 + k
                cell = cells[i]
                float(cell)
                nth = line[:starts[i]].count(cell)
                span = g.span(line, cell, nth)
                assert span["start"] == offset + starts[i], (line, cell)
                g.fact(line, cell, value=float(cell), unit="index", kind="amount",
                       metric=table_metric,
                       metric_alts=[table_metric[:-2] + suffix, table_metric[:-2]],
                       subject=subject, subject_alts=alts, period=MAR,
                       comparison=comparison, nth=nth,
                       note=(DATA_NOTE[comparison] if first_row and half == 0 else None))
                n_cells += 1
        first_row = False
        for name in ("九\u3000\u3000江", "三\u3000\u3000亚"):
            if name in line:
                g.neg(line, name[0], PLACE_NAME_NOTE.format(name[0] + name[-1]))

assert n_cells == (35 + 8) * 6, n_cells

NOTES = (
    f"国家统计局 monthly 70-city house-price release for March 2018. Excerpt = source lines "
    f"{FIRST}-{LAST} ({N_CHARS:,} characters with the final newline, sliced by code): the title "
    "line, the analysis prose (一、新建商品住宅 and 二、二手住宅, each a （一）环比 and a （二）同比 "
    "paragraph), the whole of table 1 (新建商品住宅销售价格指数, 35 rows × 2 cities × 3 columns = "
    "all 70 cities) and the first 8 rows of table 2 (二手住宅销售价格指数). Title + prose + "
    "table 1 are 1,991 characters, below the 2,000 floor, so the run continues into table 2 "
    "(as sr_nbs_70city_2019m06). This release's prose has no 一线/二线/三线 tier figures. "
    "Reference date 2018-04-18 = the release date shown on the saved NBS page (source "
    "meta.json), the day NBS published the March data; nothing in the excerpt contradicts it. "
    "Periods: the prose states none, so its facts take the document's month (title "
    "2018年3月份) = 2018-03-01..2018-03-31, the null reading as period_alt (README §5); every "
    "table cell describes 2018年3月 (its caption's month), the 定基 column included. Prose: "
    "counts of panel cities by direction (销售价格下降/上涨/持平的城市有N个) are counts, classifier "
    "个, metric <housing>销售价格<环比|同比><trend>的城市 with the elided heads restored (alts "
    "without 销售/with 数量 …); each paragraph's counts add up to 70 (asserted). 最高涨幅为X% "
    "and 最低为下降Y% are growth facts (eq; 下降 → negative), metric <housing>销售价格最高涨幅 / "
    "最低涨幅, comparison mom/yoy from 从环比看/从同比看 (they agree with table 1: 海口 102.1, "
    "福州 99.6 环比). Subject of the prose facts: the 70-city panel, 70个大中城市 (alts 中国, 全国, "
    "70城市; as nw_cctv_20150418_70cities_housing_2015m3). Table conventions (as "
    "sr_nbs_70city_2019m06): every cell is a fact, value as written, unit index, kind amount; "
    "comparison mom (上月=100), yoy (上年同月=100), and the basis as written, 比2015年, for 定基 "
    "(2015年=100); metric = the table's indicator with the column variants (…环比指数, …同比指数, "
    "…定基指数) and the bare …销售价格 as metric_alts; subject = the row's city, full gazetteer "
    "name (吉林 → 吉林市; 大理 → 大理白族自治州, alts 大理/大理市), short form as subject_alt. "
    "Negatives: 2018年3月(份) in the title and captions, 70个 (the survey panel), the section "
    "markers 一、/二、 and （一）/（二）, 二手 (second-hand), 表1/表2 numbers, the header bases 100 and "
    "2015年, and the numerals of the place names 九江 and 三亚.")

g.write(date=REF, source=f"shared/texts/stats_release/{DOC_ID}.txt lines {FIRST}–{LAST} "
        "(国家统计局, 2018-04-18)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(DOC_ID, N_CHARS, "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
