"""Gold annotations for sr_nbs_70city_2016m01_b (国家统计局, 2016年1月份70个大中城市住宅销售价格变动
情况, released 2016-02-26).

The excerpt is source lines 1-27 (1-based, inclusive, whole lines, newline kept) of
shared/texts/stats_release/sr_nbs_70city_2016m01.txt, sliced by code from the source bytes:
the title line, the whole analysis prose (lines 2-7: 一、新建商品住宅（不含保障性住房） and
二、二手住宅, each with a （一）与上月相比 and a （二）与上年同月相比 paragraph) and the start of
table 1 (新建住宅价格指数: caption, the three header lines and its first 16 rows, 北京/唐山 …
厦门/九江, lines 8-27), 1,202 characters.  The line range was given by the brief (it imitates
how unseen test excerpts are cut), so the excerpt is shorter than the usual 2,000 floor.

Prose facts are written sentence by sentence (conventions of sr_nbs_70city_2018m03.py and
nw_cctv_20150418_70cities_housing_2015m3.py).  Every table cell is read from its line: the row
is split on TAB, each value's offset is computed from its position in the line and asserted,
its value is the cell's own number (table conventions of sr_nbs_70city_2018m03 / 2019m06).

    python corpora/annotations/sr_nbs_70city_2016m01_b.py
    czfacts check-gold corpora
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from annotate import CORPORA, P, excerpt_gold, TEXTS, seventy_city as city

DOC_ID = "sr_nbs_70city_2016m01_b"
FOLDER = CORPORA
SRC = (TEXTS / "stats_release") / "sr_nbs_70city_2016m01.txt"
FIRST, LAST = 1, 27                      # 1-based, inclusive, whole lines
REF = "2016-02-26"
TITLE = "2016年1月份70个大中城市住宅销售价格变动情况"

g = excerpt_gold(SRC, FIRST, LAST, FOLDER, DOC_ID, place="中国",
                 starts=TITLE + "\n一、新建商品住宅（不含保障性住房）价格变动情况（详见附表2）\n",
                 ends="厦\u3000\u3000门\t102.0\t108.6\t106.6\t九\u3000\u3000江\t100.1\t98.8\t99.6")
text = g.text
T = g.text
N_CHARS = len(text)

# ------------------------------------------------------------------ periods
# The prose paragraphs state no period before their counts: the release's month (title,
# 2016年1月份) governs the document (SPEC §4, gold README §5); the null reading is kept as a
# period_alt.  In the （二） paragraphs 1月份 is written before 同比价格变动中…: it governs the
# highest / lowest change after it (same dates as the document month).
DOC_MONTH = P("2016年1月份", "2016-01-01", "2016-01-31")
DOC_MONTH_ALTS = [P("2016年1月份", None, None)]
JAN_TEXT = P("1月份", "2016-01-01", "2016-01-31")     # 1月份，同比价格变动中…
JAN = P("2016年1月", "2016-01-01", "2016-01-31")      # the month of the table caption

PERIOD_NOTE = "period expression (becomes `period` of the facts it governs), not a fact"
PANEL_NOTE = ("70个大中城市 names the NBS survey panel (the fixed sample of 70 large and "
              "medium cities): a label, not a claim about a number of cities (as in "
              "sr_nbs_70city_2019m06 / 2018m03 and nw_cctv_20150418_70cities_housing_2015m3)")
SECTION_NOTE = "list marker of a numbered section (一、/二、), not a fact"
PART_NOTE = "list marker （一）/（二） of a sub-section, not a fact"
SECOND_HAND_NOTE = "二手 'second-hand' (二手住宅), lexicalized, not a quantity"
LABEL_NOTE = "table number (表N / 附表N), a label, not a fact"
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
g.neg(TITLE, "2016年1月份", PERIOD_NOTE + " (title: the month the release describes, the "
      "document period of the prose)")
g.neg(TITLE, "70个", PANEL_NOTE + " (title)")

# ------------------------------------------------------------------ prose (lines 2-7)
PANEL = dict(subject="70个大中城市", subject_alts=["中国", "全国", "70城市"])
HOUSING = {"一": "新建商品住宅", "二": "二手住宅"}
BASIS = {"与上月相比": ("环比", "mom"), "与上年同月相比": ("同比", "yoy")}
TREND_WORDS = ("下降", "上涨", "持平")


def count_fact(line, phrase, target, housing, basis, trend, note=None):
    base = f"{housing}价格{basis}{trend}的城市"
    alts = [f"{housing}销售价格{basis}{trend}的城市", f"{housing}价格{trend}的城市",
            f"{housing}销售价格{trend}的城市", f"价格{basis}{trend}的城市",
            f"销售价格{basis}{trend}的城市", f"价格{trend}的城市", f"{basis}{trend}的城市",
            f"{trend}的城市", base + "数量"]
    ctx, nth = in_line(line, phrase, target)
    g.fact(ctx, target, value=float(target.rstrip("个")), unit="count", kind="count",
           classifier="个", metric=base, metric_alts=alts, **PANEL, period=DOC_MONTH,
           period_alts=DOC_MONTH_ALTS, nth=nth, note=note)


def extreme_fact(line, phrase, target, value, housing, basis, comparison, which, period,
                 period_alts=None, note=None):
    base = f"{housing}价格{which}涨幅"
    alts = [f"{housing}销售价格{which}涨幅", f"{housing}价格{basis}{which}涨幅",
            f"{housing}销售价格{basis}{which}涨幅", f"{basis}价格{which}涨幅",
            f"{basis}价格变动{which}涨幅", f"价格{which}涨幅", f"销售价格{which}涨幅",
            f"{which}涨幅", f"{housing}{which}涨幅", f"{housing}价格", f"{housing}销售价格"]
    ctx, nth = in_line(line, phrase, target)
    g.fact(ctx, target, value=value, unit="%", kind="growth", metric=base, metric_alts=alts,
           **PANEL, period=period, period_alts=period_alts, comparison=comparison, nth=nth,
           note=note)


section = None
first_count = first_extreme = first_jan = True
for line in LINES[1:7]:
    if line[1] == "、":                                  # 一、新建… / 二、二手…
        section = line[0]
        g.neg(line, section, SECTION_NOTE)
        if section == "一":
            assert line == "一、新建商品住宅（不含保障性住房）价格变动情况（详见附表2）"
            g.neg(line, "2", LABEL_NOTE + " (详见附表2: a cross-reference to table 2 of the "
                  "release, outside the excerpt)")
        else:
            assert line == "二、二手住宅价格变动情况"
            g.neg(line, "二手", SECOND_HAND_NOTE)
        continue
    housing = HOUSING[section]
    part = line[1]
    assert line.startswith(f"（{part}）与")
    g.neg(line, part, PART_NOTE)
    lead = line[3:].split("，")[0]
    basis, comparison = BASIS[lead]
    assert line.startswith(f"（{part}）{lead}，70个大中城市中，价格"), line
    g.neg(line, "70个", PANEL_NOTE + " (70个大中城市中: the panel the counts are taken from)")
    # counts of panel cities by direction of the price: 价格下降/上涨/持平的城市有N个
    first_sentence, rest = line.split("。", 1)
    clauses = first_sentence.split("，")[2:]
    total = 0
    for clause in clauses:
        trend = clause.removeprefix("价格")[:2]
        assert trend in TREND_WORDS and clause.removeprefix("价格").startswith(
            f"{trend}的城市有"), clause
        n = clause.split("有")[1]
        assert n.endswith("个")
        total += int(n[:-1])
        note = None
        if first_count:
            note = ("count of panel cities whose price fell against the previous month (与上月"
                    "相比 = 环比; SPEC §1/§2: number + classifier 个); the 70-city panel owns it "
                    "(subject 70个大中城市, 中国 as alt, as sr_nbs_70city_2018m03); the elided heads "
                    "(新建商品住宅 from the section heading, 环比 from 与上月相比) restored in the "
                    "metric as nw_cctv_20150418 (…价格环比下降的城市), the 销售价格 wording of "
                    "2018m03 as alt; no period in the paragraph before it → the document's "
                    "month 2016年1月份 (title), null reading as period_alt")
            first_count = False
        elif trend == "持平":
            note = "持平 with a count: a fact (the count of cities whose price did not move)"
        count_fact(line, clause, n, housing, basis, trend, note=note)
    assert total == 70, line                            # the panel adds up
    # highest / lowest change: [1月份，]X比价格变动中，最高涨幅为X%，最低为下降Y%
    period, period_alts = DOC_MONTH, DOC_MONTH_ALTS
    if rest.startswith("1月份，"):
        g.neg(line, "1月份", PERIOD_NOTE + " (governs the highest / lowest change after it)")
        period, period_alts = JAN_TEXT, None
        rest = rest[len("1月份，"):]
    assert rest.startswith(f"{basis}价格变动中，"), rest
    hi, lo = rest[len(f"{basis}价格变动中，"):].rstrip("。").split("，")
    assert hi.startswith("最高涨幅为") and hi.endswith("%")
    assert lo.startswith("最低为下降") and lo.endswith("%")
    hv, lv = hi[len("最高涨幅为"):], lo[len("最低为下降"):]
    if first_extreme:
        hi_note = ("the highest city's change across the panel (最高涨幅, stated exactly → eq); "
                   "growth in %, 环比价格变动 → mom; metric = the price + 最高涨幅 (as "
                   "sr_nbs_70city_2018m03; README §6: the maximum named in the metric)")
        lo_note = ("最低为下降Y%: the lowest change, a fall → negative growth; the elided head "
                   "涨幅 restored (最低涨幅)")
    elif period is JAN_TEXT and first_jan:
        hi_note = ("1月份，同比价格变动中，最高涨幅为…: 1月份 is stated in the paragraph before the "
                   "value → period 1月份 = 2016-01-01..2016-01-31 (the same month as the "
                   "document's); 同比 → yoy")
        lo_note = None
        first_jan = False
    else:
        hi_note = lo_note = None
    first_extreme = False
    extreme_fact(line, hi, hv, float(hv[:-1]), housing, basis, comparison, "最高", period,
                 period_alts, note=hi_note)
    extreme_fact(line, lo, lv, -float(lv[:-1]), housing, basis, comparison, "最低", period,
                 period_alts, note=lo_note)

# ------------------------------------------------------------------ table 1 (lines 8-27)
# Row labels are padded with U+3000 / spaces (北　　京, 秦 皇 岛): subject = the gazetteer's
# full name (czfacts/data/places.toml), the short form as subject_alt (as sr_nbs_70city_2018m03).


COLUMNS = [  # (comparison, metric suffix)
    ("mom", "环比指数"),
    ("yoy", "同比指数"),
    ("比2015年", "定基指数"),
]
TABLES = {"1": "新建住宅价格指数"}
DATA_NOTE = {
    "mom": ("环比 column (上月=100): index, kind amount, comparison mom (table convention); "
            "metric = the table's indicator as written, 新建住宅价格指数 (新建住宅 includes "
            "保障性住房, unlike the 新建商品住宅 of the prose), 销售价格 wording as alt"),
    "yoy": "同比 column (上年同月=100): index, kind amount, comparison yoy (table convention)",
    "比2015年": ("定基 column (2015年=100): index against the 2015 average; period = January "
                "2016 (the month the index describes); comparison = the fixed basis as "
                "written, 比2015年 (as sr_nbs_70city_2018m03; comparison is not scored)"),
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
        assert line == f"表{num}：2016年1月70个大中城市{table_metric}", line
        g.neg(line, num, LABEL_NOTE)
        g.neg(line, "2016年1月", PERIOD_NOTE + " (table caption: the month of every cell)")
        g.neg(line, "70个", PANEL_NOTE + " (table caption)")
        first_row = True
    elif line.startswith("城市\t"):
        assert line == f"城市\t{table_metric}\t城市\t{table_metric}"
    elif line.startswith("环比\t"):
        assert line == "环比\t同比\t定基\t环比\t同比\t定基"
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
                       metric_alts=[table_metric[:-2] + suffix, table_metric[:-2],
                                    "新建住宅销售价格指数", "新建住宅销售价格" + suffix],
                       subject=subject, subject_alts=alts, period=JAN,
                       comparison=comparison, nth=nth,
                       note=(DATA_NOTE[comparison] if first_row and half == 0 else None))
                n_cells += 1
        first_row = False
        for name in ("九\u3000\u3000江", "三\u3000\u3000亚"):
            if name in line:
                g.neg(line, name[0], PLACE_NAME_NOTE.format(name[0] + name[-1]))

assert n_cells == 16 * 6, n_cells

NOTES = (
    f"国家统计局 monthly 70-city house-price release for January 2016. Excerpt = source lines "
    f"{FIRST}-{LAST} of shared/texts/stats_release/sr_nbs_70city_2016m01.txt ({N_CHARS:,} "
    "characters with the final newline, sliced by code; the line range was fixed by the brief, "
    "hence below the usual 2,000 floor): the title line, the whole analysis prose (一、新建商品"
    "住宅（不含保障性住房） and 二、二手住宅, each a （一）与上月相比 and a （二）与上年同月相比 "
    "paragraph) and the first 16 rows of table 1 (新建住宅价格指数, 北京/唐山 … 厦门/九江). The "
    "excerpt is the release's opening: prose summary of the month, then its first table. "
    "Reference date 2016-02-26 = the release date shown on the saved NBS page (source "
    "meta.json), the day NBS published the January data; nothing in the excerpt contradicts it. "
    "Periods: the count sentences state no period, so they take the document's month (title "
    "2016年1月份) = 2016-01-01..2016-01-31, the null reading as period_alt (README §5, as "
    "sr_nbs_70city_2018m03); in the （二） paragraphs 1月份 is written before 同比价格变动中 and "
    "governs the highest/lowest change (same dates); every table cell describes 2016年1月 (its "
    "caption's month), the 定基 column included. Prose: counts of panel cities by direction "
    "(价格下降/上涨/持平的城市有N个) are counts, classifier 个, metric <housing>价格<环比|同比><trend>"
    "的城市 with the elided heads restored (与上月相比 → 环比, 与上年同月相比 → 同比; alts with "
    "销售价格 as 2018m03, without the basis, with 数量 …); each paragraph's counts add up to 70 "
    "(asserted). 最高涨幅为X% and 最低为下降Y% are growth facts (eq; 下降 → negative), metric "
    "<housing>价格最高涨幅 / 最低涨幅 (alts with 销售价格 and 环比/同比), comparison mom / yoy. "
    "Subject of the prose facts: the 70-city panel, 70个大中城市 (alts 中国, 全国, 70城市). Table "
    "conventions (as sr_nbs_70city_2018m03 / 2019m06): every cell is a fact, value as written, "
    "unit index, kind amount; comparison mom (上月=100), yoy (上年同月=100), and the basis as "
    "written, 比2015年, for 定基 (2015年=100); metric = the table's indicator as written, "
    "新建住宅价格指数 (this 2016 table is 新建住宅, including 保障性住房), with the column "
    "variants (…环比指数, …同比指数, …定基指数), the bare 新建住宅价格 and the 销售价格 wording as "
    "metric_alts; subject = the row's city, full gazetteer name (吉林 → 吉林市), short form as "
    "subject_alt. Negatives: 2016年1月(份) in the title and caption, 1月份 in the （二） "
    "paragraphs, every 70个 (the survey panel, also in 70个大中城市中), the section markers 一、/二、 "
    "and （一）/（二）, 二手 (second-hand), 附表2 and 表1 numbers, the header bases 100 and 2015年, "
    "and the numeral of the place name 九江.")

g.write(date=REF, source=f"shared/texts/stats_release/sr_nbs_70city_2016m01.txt lines "
        f"{FIRST}–{LAST} (国家统计局, 2016-02-26)", title=TITLE, notes=NOTES)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(DOC_ID, N_CHARS, "chars,", len(facts), "facts,", len(g.lines) - len(facts), "negatives")
