"""The gold validator rejects every kind of malformed gold, and load_gold refuses it."""
import json
import pathlib

import pytest

from czfacts.cli import main
from czfacts.errors import GoldError
from czfacts.dev.gold import check_gold, load_gold

TEXT = "今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%,打造一个样板。\n"
META = {"doc_id": "d", "date": "2024-11-01", "place": "长治市", "source": "s", "title": "t",
        "notes": "why the date"}


def span(surface: str) -> dict:
    start = TEXT.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface}


def amount() -> dict:
    return {"value": 1.1957e11, "upper": None, "unit": "CNY", "kind": "amount", "bound": "eq",
            "metric": "GDP", "subject": "长治市",
            "period": {"text": "今年上半年", "start": "2024-01-01", "end": "2024-06-30"},
            "modality": "actual", "comparison": None, "provenance": span("1195.7 亿元"),
            "metric_alts": ["地区生产总值"], "period_alts": [{"text": "今年上半年", "start": None, "end": None}]}


def growth() -> dict:
    return {**amount(), "value": 1.7, "unit": "%", "kind": "growth", "comparison": "yoy",
            "provenance": span("1.7%")}


def negative() -> dict:
    return {"negative": True, "provenance": span("一个"), "note": "article"}


def write(folder, lines=None, meta=None, raw=None):
    (folder / "d.txt").write_text(TEXT, encoding="utf-8")
    (folder / "d.meta.json").write_text(json.dumps(META if meta is None else meta, ensure_ascii=False),
                                        encoding="utf-8")
    if raw is None:
        lines = [amount(), growth(), negative()] if lines is None else lines
        raw = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    (folder / "d.gold.jsonl").write_text(raw, encoding="utf-8")
    return folder


def changed(**fields) -> list[dict]:
    """The valid lines with the growth line's fields replaced (None value: field removed)."""
    line = growth()
    for name, value in fields.items():
        if value is None:
            del line[name]
        else:
            line[name] = value
    return [amount(), line, negative()]


def test_valid_gold_passes_and_loads(tmp_path):
    write(tmp_path)
    assert check_gold(tmp_path) == []
    meta, facts, negatives = load_gold(tmp_path / "d.gold.jsonl")
    assert meta["place"] == "长治市"
    assert [f["value"] for f in facts] == [1.1957e11, 1.7]
    assert [n["provenance"]["text"] for n in negatives] == ["一个"]


@pytest.mark.parametrize("unit,kind", [("箱", "amount"), ("CNY/t", "amount"), ("t/year", "ratio"), ("kWh", "amount")])
def test_accepted_units(tmp_path, unit, kind):
    write(tmp_path, changed(unit=unit, kind=kind))
    assert check_gold(tmp_path) == []


@pytest.mark.parametrize("lines,expected", [
    (changed(unit="percent"), "unknown unit 'percent'"),
    (changed(unit="箱/t"), "unknown unit"),
    (changed(kind="rate"), "unknown kind 'rate'"),
    (changed(bound="about"), "unknown bound 'about'"),
    (changed(modality="plan"), "unknown modality 'plan'"),
    (changed(metric=None), "missing field 'metric'"),
    (changed(period=None), "missing field 'period'"),
    (changed(metric_alt=["x"]), "unknown field 'metric_alt'"),
    (changed(value="1.7"), "not a number"),
    (changed(metric_alts="GDP"), "metric_alts must be a list of strings"),
    (changed(provenance={**span("1.7%"), "text": "1.8%"}), "provenance.text is '1.8%'"),
    (changed(provenance={**span("1.7%"), "end": 999}), "bad offsets"),
    (changed(provenance={"start": 0, "end": 2}), "provenance must be an object with start, end and text"),
    (changed(period={"text": "今年上半年", "start": "2024/01/01", "end": "2024-06-30"}), "period dates must be YYYY-MM-DD"),
    (changed(period={"text": "今年上半年", "start": "2024-02-30", "end": None}), "period dates must be YYYY-MM-DD"),
    (changed(period={"text": "今年上半年", "start": "2024-06-30", "end": "2024-01-01"}), "starts after it ends"),
    (changed(period={"text": "今年上半年"}), "period must be null or {text, start, end}"),
    (changed(period_alts=[None]), "period_alts must be {text, start, end}"),
    (changed(period_alts=[{"text": "x", "start": "20240101", "end": None}]), "period_alts dates must be YYYY-MM-DD"),
    ([amount(), growth(), {**negative(), "value": 1}], "unknown field 'value' on a negative line"),
    ([growth(), amount(), negative()], "out of text order"),
    ([amount(), {**growth(), "provenance": span("亿元、增长")}, negative()], "overlaps"),
    ([amount(), {**growth(), "provenance": span("1195.7")}, negative()], "overlaps"),
])
def test_malformed_lines_are_rejected(tmp_path, lines, expected):
    write(tmp_path, lines)
    problems = check_gold(tmp_path)
    assert any(expected in p and p.startswith("d.gold.jsonl:") for p in problems), problems
    with pytest.raises(GoldError, match="d.gold.jsonl"):
        load_gold(tmp_path / "d.gold.jsonl")


def test_bad_json_is_rejected_with_its_line_number(tmp_path):
    write(tmp_path, raw=json.dumps(amount(), ensure_ascii=False) + "\n{not json\n[1, 2]\n")
    assert [p.split(": ")[0:2] for p in check_gold(tmp_path)] == [["d.gold.jsonl:2", "bad JSON"],
                                                                  ["d.gold.jsonl:3", "a line must be a JSON object"]]


@pytest.mark.parametrize("meta,expected", [
    ({k: v for k, v in META.items() if k != "place"}, "missing place"),
    ({k: v for k, v in META.items() if k != "title"}, "missing title"),
    ({**META, "date": "2024-13-01"}, "no month 13"),
    ({**META, "doc_id": "e"}, "is not the file name's 'd'"),
    ({**META, "author": "x"}, "unknown field 'author'"),
    ([], "must be a JSON object"),
    ({}, "missing or empty"),
])
def test_malformed_meta_is_rejected(tmp_path, meta, expected):
    write(tmp_path, meta=meta)
    assert any(expected in p for p in check_gold(tmp_path)), check_gold(tmp_path)


def test_meta_without_notes_is_fine(tmp_path):
    write(tmp_path, meta={k: v for k, v in META.items() if k != "notes"})
    assert check_gold(tmp_path) == []


def test_missing_text_and_empty_folder(tmp_path):
    write(tmp_path)
    (tmp_path / "d.txt").unlink()
    assert "no such file" in check_gold(tmp_path)[0]
    assert "no *.gold.jsonl files" in check_gold(tmp_path / "nothing")[0]


def test_check_gold_command(tmp_path, capsys):
    write(tmp_path)
    assert main(["check-gold", str(tmp_path)]) == 0
    write(tmp_path, changed(kind="rate"))
    assert main(["check-gold", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "unknown kind 'rate'" in out and "1 gold problems" in out


def test_corpora_gold_is_valid():
    assert check_gold(pathlib.Path(__file__).parents[1] / "corpora") == []
