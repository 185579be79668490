"""Each stage writes only the Mention fields docs/design.md's stage-contract table gives it.

The test runs the stages one at a time over a set of texts and compares every mention's
fields before and after each stage; the table is read from docs/design.md, so the document
and the code cannot drift apart.
"""
import dataclasses
import pathlib

import pytest
import regex

from czfacts.context import read_context
from czfacts.document import Document
from czfacts.pipeline import STAGES

DESIGN = pathlib.Path(__file__).resolve().parents[1] / "docs" / "design.md"
CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"
TEXTS = [
    "今年前三季度，全市地区生产总值完成1850亿元，同比增长5.2%，高于全省0.6个百分点。",
    "城镇、农村居民人均可支配收入分别为41200元和19800元，分别增长4.5%和6.1%。",
    "钢铁、水泥行业超低排放产能分别达到81%、76%以上。近三年来，全市数字经济增加值分别增长31%、24%、19%。",
    "太原、大同GDP分别增长5.1%和4.3%。华阳新材 5 万吨碳纤维原丝项目加快推进。",
    "力争到2027年全市新能源装机达到1000万千瓦，风电装机超过全市总装机的三分之一。",
    "表1 2024年1—9月份主要指标\n分组\t营业收入\t利润总额\n\t1-9月（亿元）\t同比增长（%）\n总计\t1250.3\t8.2\n",
]


def _contracts() -> dict[str, set[str]]:
    """stage function name → the fields it may write, from the table in docs/design.md."""
    table = DESIGN.read_text(encoding="utf-8").split("### Stage contracts", 1)[1]
    contracts = {}
    for row in regex.finditer(r"^\| [^|]+ \| `(\w+)` \|[^|]*\|[^|]*\| ([^|]+) \|$", table, flags=regex.M):
        cell = row.group(2)
        contracts[row.group(1)] = set() if cell.startswith("(no mention fields") or cell.startswith("new mentions") \
            else {f.strip() for f in cell.split(",")}
    return contracts


def _snapshot(doc: Document) -> dict[int, dict]:
    return {id(m): {f.name: getattr(m, f.name) for f in dataclasses.fields(m) if f.name != "refined_by"}
            for m in doc.mentions}


def test_the_table_names_every_stage():
    assert set(_contracts()) == {stage.__name__ for stage in STAGES}


@pytest.mark.parametrize("text", TEXTS + [(CORPORA / "cm_luoyang_2023.txt").read_text(encoding="utf-8")],
                         ids=[f"text{i}" for i in range(len(TEXTS) + 1)])
def test_each_stage_writes_only_its_fields(text):
    contracts = _contracts()
    doc = Document.from_text(text, date="2024-11-01", place="太原市")
    read_context(doc)
    for stage in STAGES:
        before = _snapshot(doc)
        stage(doc)
        after = _snapshot(doc)
        for key, fields in before.items():
            assert key in after, f"{stage.__name__} removed a mention"
            changed = {name for name, value in fields.items() if after[key][name] != value}
            assert changed <= contracts[stage.__name__], \
                f"{stage.__name__} wrote {sorted(changed - contracts[stage.__name__])} of {fields['start']}..{fields['end']}"
