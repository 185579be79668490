"""Tables of statistics releases and communiqués: one fact per numeric cell.

A table is a block of consecutive lines whose cells are separated by tabs (in a block
without tabs: by runs of two or more spaces): a caption (表1 …), header rows (no data
numbers; units, periods and =100 bases in brackets), then data rows (a label cell and
numeric cells; 70-city tables put two halves side by side, each with its own label cell).
A number in a cell has no unit beside it: the column header gives its unit and scale, kind,
comparison and period; the row label (or, for a place, the table's indicator) gives its
metric, and a place in the label is its subject. Table lines are masked, so the prose
readers that run after this stage skip them, and the later attribution stages leave
``Mention.from_table`` alone.

Cells are found in the original text, because normalisation deletes the tabs beside
Chinese words; each cell is mapped to the normalised text (one bisection over the offset
map), so offsets stay normalised like every other Mention's and provenance is the cell's
own characters. Cell contents are read from the normalised text (北　　京 → 北京).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from ..compiled import compiled
from ..document import Attribute, Document, Mention, PeriodMention
from ..fact import Period
from ..html import looks_like_html
from ..lexicon import Unit, alternation, by_length, lexical_cache, load, units
from ..lexicon import words as word_list
from ..numerals import BIG_UNIT_CHARS, NONZERO_DIGIT_CHARS, SMALL_UNIT_CHARS, read_number
from ..places import lookup
from .base import Example, Rule
from .period import find_periods

_PROFITS = ("表2 2024年1—9月份全市限额以上批发和零售业主要指标\n"
            "分　组\t商品销售额\t零售额\n"
            "1-9月（亿元）\t同比增长（%）\t1-9月（亿元）\t同比增长（%）\n"
            "合计\t812.4\t6.5\t301.7\t-1.8\n"
            "其中：批发业\t510.9\t7.2\t98.3\t2.6\n")
_HOUSING = ("表1：2024年9月4个城市二手住宅销售价格指数\n"
            "城市\t环比\t同比\t城市\t环比\t同比\n"
            "上月=100\t上年同月=100\t上月=100\t上年同月=100\n"
            "太　　原\t99.2\t93.5\t大　　同\t99.6\t94.1\n"
            "晋　　城\t100.1\t—\t长　　治\t99.8\t95.0\n")
_PRODUCTS = ("表4 2023年主要工业产品产量\n"
             "产品名称\t单位\t产量\t比上年增长（%）\n"
             "原煤\t万吨\t1234.5\t3.2\n"
             "发电量\t亿千瓦时\t56.7\t-1.5\n"
             "焦炭吨\t8812\t0.4\n")
_EFFICIENCY = ("表2 2024年1—9月全市规模以上服务业企业经济效益指标\n"
               "分组\t资产负债率\t人均营业收入\t应收账款平均回收期\n"
               "\t9月末（%）\t9月末（万元/人）\t9月末（天）\n"
               "总计\t55.1\t150.2\t60.3\n")
_SPACED = ("表3 2023年居民消费价格比上年涨跌情况\n"
           "指标    比上年上涨（%）\n"
           "食品烟酒    2.1\n"
           "衣　　着    -0.5\n")
TABLE_CELL = Rule(
    name="table.cell",
    doc="A number in a table cell takes its unit and scale from its column header (1-9月（亿元） → ×1e8 CNY), "
        "its period from the header (1-9月) or else the caption (表2 2024年1—9月份 …), and its metric from the row "
        "label + the column (批发业 + 商品销售额). Header cells, the 表N label, footnotes and blank cells (—) give no fact.",
    examples=(
        Example(_PROFITS, {"span": "510.9", "value": 51090000000.0, "unit": "CNY", "kind": "amount",
                           "metric": "批发业商品销售额", "subject": "长治市",
                           "period": {"start": "2024-01-01", "end": "2024-09-30"}}),
        Example(_SPACED, {"span": "2.1", "value": 2.1, "unit": "%", "kind": "growth", "metric": "食品烟酒",
                          "period": {"start": "2023-01-01", "end": "2023-12-31"}}),
        # rows of a table whose caption and header an excerpt cut off: each row's unit, and a level's growth
        Example("电子元件增加值\t%\t12.6\n新型建材增加值\t%\t-3.4\n", {"span": "-3.4", "kind": "growth",
                "metric": "新型建材增加值"}, date="2024-04-20"),
        # a population's part, the caption's rate and the row: what each hundred of its households own
        Example("表7 2023年城乡居民家庭每百户耐用消费品拥有量\n单位：台\n\t城镇\t农村\n洗衣机\t98\t87\n",
                {"span": "87", "value": 87.0, "kind": "count", "metric": "农村居民家庭每百户拥有洗衣机"}, date="2024-04-20"),
    ),
    negatives=("注：\n1．因四舍五入，部分合计数与分项之和略有出入。",
               "城市\t环比\t同比\n上月=100\t上年同月=100\n",
               "表5 2024年1—9月份主要指标\n城市\t环比\n上月=100\n太原\t—\n"),
)

TABLE_GROWTH = Rule(
    name="table.growth",
    doc="A cell under a percentage column whose header says 增长/上涨/增速 (同比增长（%）, 比上年增长（%）) is growth, "
        "comparison from the header (同比, 比上年 → yoy); a negative cell is a decline.",
    examples=(
        Example(_PROFITS, {"span": "-1.8", "value": -1.8, "unit": "%", "kind": "growth", "comparison": "yoy",
                           "metric": "限额以上批发和零售业零售额"}),
        Example(_PRODUCTS, {"span": "-1.5", "value": -1.5, "kind": "growth", "metric": "发电量"}),
    ),
)

TABLE_SHARE = Rule(
    name="table.share",
    doc="A cell under any other percentage column (资产负债率 9月末（%）, 比重（%）) is a share; a column of 比重 or "
        "构成 keeps its word after the row label (城镇人口比重).",
    examples=(
        Example(_EFFICIENCY, {"span": "55.1", "value": 55.1, "unit": "%", "kind": "share",
                              "metric": "规模以上服务业企业资产负债率",
                              "period": {"start": "2024-09-30", "end": "2024-09-30"}}),
        Example("表2 2023年末人口数及其构成\n指标\t年末数（万人）\t比重（%）\n城镇人口\t312.5\t48.6\n",
                {"span": "48.6", "kind": "share", "metric": "城镇人口比重"}, date="2024-04-20"),
    ),
)

TABLE_INDEX = Rule(
    name="table.index",
    doc="A cell under an =100 base (上月=100, 上年同月=100, 以上年为100, 2015年=100) is an index; the base is its "
        "comparison (mom, yoy, 比2015年).",
    examples=(
        Example(_HOUSING, {"span": "99.2", "value": 99.2, "unit": "index", "comparison": "mom"}),
        Example(_HOUSING, {"span": "93.5", "value": 93.5, "unit": "index", "comparison": "yoy",
                           "period": {"start": "2024-09-01", "end": "2024-09-30"}}),
    ),
)

TABLE_PLACE_ROW = Rule(
    name="table.place_row",
    doc="A row label that names a place (大　　同) is the subject of its cells, whose metric is the table's "
        "indicator (from the column group or the caption); a row holds two side-by-side halves when a second "
        "label cell follows the first half's numbers.",
    examples=(
        Example(_HOUSING, {"span": "94.1", "subject": "大同市", "metric": "二手住宅销售价格指数"}),
        Example(_HOUSING, {"span": "95.0", "subject": "长治市", "comparison": "yoy"}),
    ),
)

TABLE_TOTAL_ROW = Rule(
    name="table.total_row",
    doc="The 总计/合计 row stands for the table's own subject: its metric is the caption's subject + the column "
        "(规模以上工业企业 + 资产负债率).",
    examples=(
        Example(_PROFITS, {"span": "812.4", "metric": "限额以上批发和零售业商品销售额", "value": 81240000000.0}),
        Example(_EFFICIENCY, {"span": "150.2", "value": 1502000.0, "unit": "CNY", "metric": "规模以上服务业企业人均营业收入"}),
    ),
)

TABLE_STOCK_ROW = Rule(
    name="table.stock_row",
    doc="A row that names a stock (年末…, …余额, …存栏) holds at the end of the table's period: an instant.",
    examples=(
        Example("表5 2023年金融机构信贷收支情况\n指标名称\t绝对数（亿元）\t比上年增长（%）\n"
                "各项存款余额\t2130.4\t12.9\n#住户存款余额\t1562.6\t12.9\n",
                {"span": "2130.4", "value": 213040000000.0, "metric": "各项存款余额",
                 "period": {"start": "2023-12-31", "end": "2023-12-31"}}),
    ),
)

TABLE_UNIT_COLUMN = Rule(
    name="table.unit_column",
    doc="A 单位 column gives each row its unit (万吨, 亿千瓦时); a unit written at the end of the row label "
        "(焦炭吨) does the same. The metric is the row label + a measure header such as 产量.",
    examples=(
        Example(_PRODUCTS, {"span": "1234.5", "value": 12345000.0, "unit": "t", "metric": "原煤产量"}),
        Example(_PRODUCTS, {"span": "56.7", "value": 5670000000.0, "unit": "kWh", "metric": "发电量"}),
        Example(_PRODUCTS, {"span": "8812", "value": 8812.0, "unit": "t", "metric": "焦炭产量"}),
    ),
)

_NUMBER = compiled(r"[-−]?\d+(?:\.\d+)?%?")
_BRACKET = compiled(r"[（(]([^（）()]*)[）)]")
_SPACES = compiled(r"[ \u3000\u00a0]{2,}")
_TAB = compiled(r"\t")
_HAN = compiled(r"\p{Han}")
_CLAUSE_MARK = compiled(r"[。，；,;]")
_SCALE_PREFIX = compiled(f"[{BIG_UNIT_CHARS}]*")


@lexical_cache
def _layout() -> dict[str, regex.Pattern]:
    """The layout patterns of a table, built from data/tables.toml [layout] and the numerals."""
    def alt(key: str) -> str:
        return alternation("tables", "layout", key)

    whole = f"[\\d{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]+"
    return {
        "blank": compiled(rf"[-—–…/.]*|[（(]{alt('footnote')}\d*[）)]"),  # no value in this cell
        "caption_label": compiled(rf"{alt('caption_label')}\s*{whole}"),
        "base": compiled(rf"{alt('base_intro')}?([^=（）(),，]+?)(?:=|{alt('base_link')})100"),
        "places_in_caption": compiled(rf"\d+{alt('panel_classifiers')}\p{{Han}}*?{alt('panel_nouns')}"),
        "label_unit": compiled(rf"[（(](?:%|％|[{BIG_UNIT_CHARS}]?{alt('label_units')})[）)]$"),  # 粮食（万吨）
        "period_mark": compiled(rf"\d|{alt('period_marks')}"),
        "list_mark": compiled(rf"(?:[（(]\d+[）)]|\d+[.．、](?!\d)|{whole}、)"),
    }


@dataclass
class Cell:
    start: int          # normalised offsets of the cell's text
    end: int
    text: str           # normalised (北　　京 → 北京)


@dataclass
class Line:
    start: int                  # normalised span of the whole line
    end: int
    cells: list[Cell] | None    # None: not a table line
    raw: str                    # the original line
    tabs: bool = False

    @property
    def is_table(self) -> bool:
        return self.cells is not None


@dataclass
class Column:
    """What one column of values holds, read from the header cells above it."""

    indicator: str = ""            # 营业收入, 新建住宅价格指数, 90m2及以下
    suffix: str = ""               # 产量: kept after the row label
    share: str = ""                # 构成 (%): kept after the row label of this column's cells only
    unit: str | None = None        # the unit surface in the header (亿元, 万元/人)
    percent: bool = False
    growth: bool = False
    index: bool = False            # 新建商品住宅价格环比指数: an index without a base row
    base: str | None = None        # comparison of an =100 base
    comparison: str | None = None  # 同比, 比上年 …
    period: PeriodMention | None = None
    half: str | None = None        # 10月下半月: the half of the header's month
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Table:
    caption: Line | None
    unit_line: Line | None          # 单位：台 between caption and header
    unit: str | None                # …and its unit
    headers: list[Line]
    rows: list[Line]
    others: list[Line]              # lines inside the block that give no value (group rows, stray numbers)


@lexical_cache
def _words() -> dict:
    return load("tables")


# ---------------------------------------------------------------- lines and cells

def _split(line: str, tabs: bool) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped text inside ``line``."""
    separators = (_TAB if tabs else _SPACES).finditer(line)
    spans, pos = [], 0
    for m in [*separators, None]:
        end = m.start() if m else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        spans.append((pos + lead, pos + lead + len(raw.strip())))
        pos = m.end() if m else end
    return spans


def _join_split_words(cells: list[Cell]) -> list[Cell]:
    """指 | 标 → 指标, 产 | 量 → 产量, 北 | 京 (a space-separated table): a word cut by the
    separator; a lone character before a header word joins it (指 | 数（以上年为100） → 指数…)."""
    out: list[Cell] = []
    joined = False
    for cell in cells:
        prev = out[-1] if out else None
        if prev and not joined and _HAN.fullmatch(prev.text) and _HAN.match(cell.text):
            out[-1] = Cell(prev.start, cell.end, prev.text + cell.text)
            joined = True
        else:
            out.append(cell)
            joined = False
    return out


def _lines(doc: Document) -> list[Line]:
    """Every line of the original, with its cells when it is a table line."""
    to_norm = doc.norm.offsets.normalised_at  # original offset → the first normalised one at or after it
    out: list[Line] = []
    pos = 0
    for raw in doc.original.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue  # a blank line between rows (a copied page's spacing) parts no table, as normalize() drops it
        line = Line(to_norm(start), to_norm(end), None, raw, "\t" in raw)
        out.append(line)
        if not line.tabs and not _SPACES.search(raw.strip()) or _layout()["caption_label"].match(raw.strip()):
            continue    # 表8  2016年…: a caption, whatever its spaces
        cells = []
        for a, b in _split(raw, line.tabs):
            na, nb = to_norm(start + a), to_norm(start + b)
            cells.append(Cell(na, nb, doc.text[na:nb].strip()))
        cells = _join_split_words(cells)
        if sum(1 for c in cells if c.text) >= (1 if line.tabs else 2):
            line.cells = cells
    return out


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text))


def _is_blank(text: str) -> bool:
    return bool(_layout()["blank"].fullmatch(text))


# ---------------------------------------------------------------- finding tables

def _tables(doc: Document, lines: list[Line]) -> list[Table]:
    tables, i = [], 0
    while i < len(lines):
        if not lines[i].is_table:
            i += 1
            continue
        first, headers = i, []
        while i < len(lines) and lines[i].is_table and not _is_data(lines[i]):
            headers.append(lines[i])
            i += 1
        rows: list[Line] = []
        others: list[Line] = []
        while i < len(lines):
            line = lines[i]
            if line.is_table:
                (rows if _is_data(line) else others).append(line)
            elif rows and _is_number(line.raw.strip()) and i + 1 < len(lines) and _is_data(lines[i + 1]):
                others.append(line)     # a stray number cut from the row above: no fact
            else:
                break
            i += 1
        spaced = not any(l.tabs for l in headers + rows)
        if rows and headers and (not spaced or len(rows) >= 2) or not headers and _rows_with_units(rows):
            # (an excerpt may begin inside a table: rows of a label, its unit and figures, no header)
            tables.append(_with_caption(doc, lines, first, headers, rows, others))
        i = max(i, first + 1)
    return tables


def _with_caption(doc: Document, lines: list[Line], first: int, headers: list[Line], rows: list[Line],
                  others: list[Line]) -> Table:
    """The table with the caption above its header (表1 …) and a 单位：台 line between them."""
    heads = "|".join(_words()["unit_line_heads"])
    unit_line = unit = caption = None
    k = first - 1
    while k >= 0 and not lines[k].is_table:
        text = doc.text[lines[k].start:lines[k].end].strip()
        m = regex.fullmatch(rf"(?:{heads})[:：]\s*(\S+)", text)
        if m and unit_line is None:
            unit_line, unit = lines[k], m.group(1)
            k -= 1
            continue
        if _layout()["caption_label"].match(text) or (0 < len(text) <= 60 and not _CLAUSE_MARK.search(text)):
            caption = lines[k]
        break
    return Table(caption, unit_line, unit, headers, rows, others)


def _rows_with_units(rows: list[Line]) -> bool:
    """Tab rows of a label, a unit cell and figures (特色食品增加值	%	41.9), two at least."""
    return len(rows) >= 2 and all(row.tabs and len(row.cells) >= 3 and _a_unit_cell(row.cells[1].text) for row in rows)


def _a_unit_cell(text: str) -> bool:
    return text.strip() in ("%", "％") or not _is_number(text) and bool(text.strip()) and _unit(text) is not None


def _is_data(line: Line) -> bool:
    """A label cell followed by at least one number."""
    if not line.is_table:
        return False
    seen_label = False
    for c in line.cells:
        if _is_number(c.text):
            return seen_label
        if not _is_blank(c.text):
            seen_label = True
    return False


# ---------------------------------------------------------------- columns

def _periods_in(doc: Document, start: int, end: int) -> list[PeriodMention]:
    return [p for p in doc.periods_between(start, end) if p.end <= end]


def _cell_periods(doc: Document, cell: Cell) -> list[PeriodMention]:
    """The periods of a header cell. Normalisation glues cells together (同比 | 1-8月平均 →
    同比1-8月平均, which reads as the basis 比1-8月), so a cell whose period the document
    reader missed is read on its own."""
    found = _periods_in(doc, cell.start, cell.end)
    if found or not _layout()["period_mark"].search(cell.text):
        return found
    alone = Document.from_text(cell.text, date=doc.date, place=doc.place)
    alone.document_period = doc.document_period
    find_periods(alone)
    return [replace(p, start=p.start + cell.start, end=p.end + cell.start) for p in alone.periods]


def _comparison_word(text: str) -> tuple[str, str] | None:
    for word in by_length(_words()["comparisons"]):
        if word in text:
            return word, _words()["comparisons"][word]
    return None


def _read_header(doc: Document, cell: Cell, column: Column) -> str:
    """Fill ``column`` from one header cell; return the indicator words it names."""
    text = cell.text
    column.index = column.index or _index_word() in text
    base = _layout()["base"].search(text)
    if base:
        column.base = _words()["bases"].get(base.group(1), word_list("kinds", "comparison", "openers")[0] + base.group(1))
        text = text[:base.start()] + text[base.end():]
    else:
        for p in _cell_periods(doc, cell):
            column.period = column.period or p
            text = text.replace(doc.text[p.start:p.end], "", 1)
    for m in _BRACKET.finditer(text):
        inner = m.group(1).strip()
        if inner in ("%", "％"):
            column.percent = True
        elif inner:
            column.unit = inner
    text = _BRACKET.sub("", text)
    if text.endswith("%"):
        column.percent, text = True, text[:-1]
    words = _words()["columns"]
    if any(w in text for w in words["growth_words"]):
        column.growth = True
    found = _comparison_word(text)
    if found:
        column.comparison = found[1]
        text = text.replace(found[0], "")
    text = text.strip()
    if text in _halves() and column.period is not None:
        column.half = text
        return ""
    if text in words["suffix_measures"]:
        column.suffix = text
        return ""
    if column.percent and not column.growth and text in words["share_measures"]:
        column.share = text  # 从业人员 + 构成 (%)
        return ""
    return "" if text in words["measure_words"] else text


def _columns(doc: Document, table: Table, width: int) -> list[Column]:
    """One Column per value position of the data rows, from the header rows above them:
    a header row with fewer cells than values groups them (营业收入 over 1-11月（亿元） and
    同比增长（%）)."""
    words = _words()
    columns = [Column() for _ in range(width)]
    indicators: list[list[str]] = [[] for _ in range(width)]
    for line in table.headers:
        cells = [c for c in line.cells if c.text and c.text not in words["label_heads"]
                 and c.text not in words["unit_heads"]]
        if not cells:
            continue
        for j in range(width):
            cell = cells[j * len(cells) // width]
            columns[j].cells.append(cell)
            indicator = _read_header(doc, cell, columns[j])
            if indicator and indicator not in indicators[j]:
                indicators[j].append(indicator)
    for column, names in zip(columns, indicators):
        column.indicator = "".join(names)
    return columns


def _has_unit_column(table: Table) -> bool:
    # (a table without its header is read only for rows of a label, a unit cell and figures)
    return not table.headers or any(c.text in _words()["unit_heads"] for line in table.headers for c in line.cells)


# ---------------------------------------------------------------- units

def _unit(surface: str) -> tuple[Unit, float] | None:
    """The Unit of a header's unit surface and its scale: 亿元 → (元, 1e8), 万千升 → (升, 1e7),
    万元/人 → (元, 1e4) (per person is in the metric), 蒸发量吨 → (吨, 1); an unknown word stays
    the unit (SPEC §3)."""
    surface = surface.split("/")[0].strip()
    table = units()
    scale_part = _SCALE_PREFIX.match(surface).group()
    rest = surface[len(scale_part):]
    if not rest:
        return None
    scale = read_number("1" + scale_part) if scale_part else 1.0
    if rest in table:
        return table[rest], scale
    if rest[0] in SMALL_UNIT_CHARS and rest[1:] in table:
        return table[rest[1:]], scale * read_number("1" + rest[0])
    for k in range(1, len(rest)):
        if rest[k:] in table:
            return table[rest[k:]], scale
    return Unit(rest, rest, 1.0, "amount"), scale


def _unit_suffix(label: str) -> tuple[str, str] | None:
    """焦炭吨 → (焦炭, 吨): a unit written at the end of a row label."""
    table = units()
    for k in range(1, len(label)):
        tail = label[k:]
        if tail in table and table[tail].unit != "count" and _HAN.match(label[k - 1]):
            return label[:k], tail
    return None


# ---------------------------------------------------------------- rows

@dataclass
class Group:
    """A label cell, its unit cell if any, and the value cells after it (one half of a row)."""

    label: Cell | None
    unit: str | None
    values: list[Cell]


def _groups(line: Line, unit_column: bool) -> list[Group]:
    groups: list[Group] = []
    texts: list[Cell] = []
    for c in line.cells:
        if _is_number(c.text) or (_is_blank(c.text) and (groups or texts)):
            if texts:
                groups.append(_group_head(texts, unit_column))
                texts = []
            if groups:
                groups[-1].values.append(c)
        elif c.text:
            texts.append(c)
    return groups


def _group_head(texts: list[Cell], unit_column: bool) -> Group:
    """The label (and unit) cells before a run of values; 在总计中： | 轻工业 → 轻工业, a label
    cut in two cells is one label."""
    unit = None
    if unit_column and len(texts) >= 2:
        unit = texts.pop().text
    kept = [c for c in texts if not c.text.endswith(("：", ":"))] or texts
    label = Cell(kept[0].start, kept[-1].end, "".join(c.text for c in kept))
    return Group(label, unit, [])


@lexical_cache  # a row's label is read again for each of its values
def _clean_label(text: str) -> str:
    """其中：采矿业 → 采矿业, （1）税收收入 → 税收收入, 年末城镇登记失业率（%） → 年末城镇登记失业率."""
    text = _layout()["label_unit"].sub("", text)
    prefixes = tuple(_words()["row_prefixes"])
    changed = True
    while changed:
        changed = False
        for p in prefixes:
            if text.startswith(p):
                text, changed = text[len(p):], True
        m = _layout()["list_mark"].match(text)
        if m:
            text, changed = text[m.end():], True
    return text.strip()


# ---------------------------------------------------------------- captions

def _caption_subject(doc: Document, table: Table) -> str:
    """表1 2021年1—11月份规模以上工业企业主要财务指标 → 规模以上工业企业."""
    if not table.caption:
        return ""
    text = doc.text[table.caption.start:table.caption.end].strip()
    text = _layout()["caption_label"].sub("", text, count=1).lstrip(":： ")
    for p in reversed(_periods_in(doc, table.caption.start, table.caption.end)):
        text = text.replace(doc.text[p.start:p.end], "", 1)
    text = _BRACKET.sub("", text)
    text = _layout()["places_in_caption"].sub("", text)
    for name in {doc.place or "", (doc.place or "")[:2]} - {""}:
        text = text.replace(name, "")
    words = _words()["captions"]
    changed = True
    while changed and text:
        changed = False
        for tail in by_length(words["tails"]):
            if text.endswith(tail) and len(text) > len(tail):
                text, changed = text[:-len(tail)], True
        for head in by_length(words["heads"]):
            if text.startswith(head) and len(text) > len(head):
                text, changed = text[len(head):], True
    return text.strip()


def _caption_period(doc: Document, table: Table) -> PeriodMention | None:
    if not table.caption:
        return None
    found = _periods_in(doc, table.caption.start, table.caption.end)
    return found[0] if found else None


# ---------------------------------------------------------------- the stage

def read_tables(doc: Document) -> None:
    """One Mention per numeric cell of every table; table lines are masked for the prose readers."""
    if "\t" not in doc.original and not _SPACES.search(doc.original) or looks_like_html(doc.original):
        return  # cells are found in the original lines: markup's lines are no table rows (its cells are text)
    for table in _tables(doc, _lines(doc)):
        _read_table(doc, table)


def _read_table(doc: Document, table: Table) -> None:
    unit_column = _has_unit_column(table)
    grouped = [_groups(row, unit_column) for row in table.rows]
    width = max(sum(len(g.values) for g in groups) for groups in grouped)
    columns = _columns(doc, table, width)
    for line in [table.caption, table.unit_line, *table.headers, *table.rows, *table.others]:
        if line is not None:
            doc.mask(line.start, line.end)
    suffix = next((c.suffix for c in columns if c.suffix), "")
    cities = any(c.text in _words()["city_heads"] for line in table.headers for c in line.cells)
    context = _Context(doc, table, _caption_subject(doc, table), _caption_period(doc, table), unit_column, suffix,
                       cities)
    for groups in grouped:
        j = 0
        for group in groups:
            for cell in group.values:
                if j < width and _is_number(cell.text):
                    mention = context.mention(cell, group, columns[j])
                    if mention:
                        doc.mentions.append(mention)
                j += 1


@dataclass
class _Context:
    doc: Document
    table: Table
    subject: str                         # the caption's subject (规模以上工业企业)
    period: PeriodMention | None         # the caption's period
    unit_column: bool                    # a 单位 column gives each row its unit
    suffix: str                          # the table's measure (产量), for its other columns
    cities: bool                         # its rows are cities (吉林 → 吉林市)

    def mention(self, cell: Cell, group: Group, column: Column) -> Mention | None:
        number = cell.text.replace("−", "-")
        percent = number.endswith("%")
        value = float(number.rstrip("%"))
        label_text = _clean_label(group.label.text) if group.label else ""
        row_unit = group.unit
        if not row_unit and self.unit_column:
            split = _unit_suffix(label_text)
            if split:
                label_text, row_unit = split
        quantity = self._quantity(value, column, row_unit, percent, label_text)
        if quantity is None:
            return None
        value, unit, kind, classifier, rules = quantity
        m = Mention(cell.start, cell.end, value, unit, kind, TABLE_CELL.name, classifier=classifier,
                    from_table=True)
        for rule in rules:
            m.refine(rule)
        if unit == "%" and kind == "growth" or unit == "index":
            m.comparison = column.base or column.comparison or ("yoy" if kind == "growth" else None)
        elif unit == "%" and kind == "change":
            m.comparison = column.comparison
        self._attribute(m, group, label_text, column)
        return m

    def _quantity(self, value: float, column: Column, row_unit: str | None, percent: bool, label: str):
        words_unit = column.unit or row_unit or self.table.unit
        if column.base or (not words_unit and (column.index or self.subject.endswith(_index_word()))):
            return value, "index", "amount", None, [TABLE_INDEX.name]
        if column.percent or percent or words_unit in ("%", "％"):
            if column.growth or not self.table.headers and not label.endswith(tuple(_words()["columns"]["share_labels"])):
                # (a row of a table whose header the excerpt cut off: the percentage of a level is its growth)
                return value, "%", "growth", None, [TABLE_GROWTH.name]
            return value, "%", "share", None, [TABLE_SHARE.name]
        if not words_unit:
            return None
        read = _unit(words_unit)
        if read is None:
            return None
        unit, scale = read
        rules = [TABLE_UNIT_COLUMN.name] if row_unit and not column.unit else []
        classifier = unit.surface if unit.unit == "count" else None
        return value * scale * unit.scale, unit.unit, unit.kind, classifier, rules

    def _attribute(self, m: Mention, group: Group, label: str, column: Column) -> None:
        doc = self.doc
        city = self.cities and lookup(label + word_list("tables", "layout", "city_suffix")[0])  # 大理 in a table of cities: not 大理市 the county
        place = (city if city and getattr(city, "level", None) != "county" else None) \
            or (lookup(label) if label else None)
        indicator = column.indicator
        label_cell = group.label
        header = column.cells[0] if column.cells else None
        if place:
            m.refine(TABLE_PLACE_ROW.name)
            m.subject = Attribute(place.name, label_cell.start, label_cell.end, "explicit")
            if indicator and not indicator.endswith(_index_word()) and self.subject:
                metric = indicator + self.subject
            else:
                metric = indicator or self.subject
            if m.unit == "index" and metric and not metric.endswith(_index_word()):
                metric += _index_word()     # 表5 …新建商品住宅销售价格变动对比表 of indices
            where = header if indicator and header else self.table.caption
        else:
            if doc.place:
                m.subject = Attribute(doc.place, None, None, "document")
            if label in _words()["total_rows"] and self.subject:
                m.refine(TABLE_TOTAL_ROW.name)
                metric = self.subject + indicator if indicator else self.subject
            elif owned := self._owned_per_household(indicator):
                metric = owned + label  # 城镇居民家庭每百户拥有 + 彩色电视机
            else:
                metric = label + indicator
            suffix = column.share or column.suffix or (self.suffix if not indicator else "")
            counted = any(w in label for w in _words()["columns"]["suffix_skip"])
            if suffix and not counted and not metric.endswith((*word_list("tables", "layout", "quantity_endings"), suffix)):
                metric += suffix      # 粮食 + 产量; its growth column measures the same
            where = label_cell
        if metric:
            how = "inherited" if where is self.table.caption else "explicit"
            m.metric = Attribute(metric, where.start if where else None, where.end if where else None,
                                 how if where else "document")
        self._period(m, column, label)

    def _owned_per_household(self, part: str) -> str:
        """城镇 under 表10 年末每百户城乡居民家庭拥有耐用品 → 城镇居民家庭每百户拥有, else ''."""
        columns = _words()["columns"]
        if (households := columns["population_parts"].get(part.replace(" ", ""))) is None \
                or columns["per_household"] not in self.subject:
            return ""
        return households + columns["per_household"] + (columns["owning"] if columns["owning"] in self.subject else "")

    def _period(self, m: Mention, column: Column, label: str) -> None:
        doc = self.doc
        if column.period is not None:
            p = column.period
            m.period = Attribute(self._settled(_half(p.period, column.half)), p.start, p.end, "explicit")
        elif self.period is not None:
            p = self.period
            m.period = Attribute(self._settled(p.period), p.start, p.end, "inherited")
        elif isinstance(doc.document_period, Period):
            m.period = Attribute(doc.document_period, None, None, "document")
        period = m.period.value if m.period else None
        if period and period.end and period.start != period.end and m.kind != "growth" and m.unit != "index" \
                and any(w in label for w in _words()["stock_words"]):
            m.period = replace(m.period, value=Period(text=period.text, start=period.end, end=period.end))
            m.refine(TABLE_STOCK_ROW.name)      # 年末城镇登记失业人员数, 各项存款余额: at the period's end

    def _settled(self, period: Period) -> Period:
        """A table reports what was: a period that would end after the reference date (年末 of
        a communiqué published in March) is the document's year, not the next one."""
        doc, year = self.doc, self.doc.document_period
        if not (doc.date and period.end and period.end > doc.date and isinstance(year, Period) and year.end):
            return period
        if period.start == period.end:
            return Period(text=period.text, start=year.end, end=year.end)
        return Period(text=period.text, start=year.start, end=year.end)


@lexical_cache
def _halves() -> tuple[str, ...]:
    return (*word_list("tables", "layout", "first_half"), *word_list("tables", "layout", "second_half"))


@lexical_cache
def _index_word() -> str:
    return word_list("tables", "layout", "index_words")[0]


def _half(period: Period, half: str | None) -> Period:
    """10月 + 下半月 → 16–31 October; 上半月 → 1–15."""
    if not half or not period.start or not period.end:
        return period
    day16 = period.start[:8] + "16"
    if half in word_list("tables", "layout", "first_half"):
        return Period(text=period.text + half, start=period.start, end=period.start[:8] + "15")
    return Period(text=period.text + half, start=day16, end=period.end)
