"""The public API: names, the Fact model and its JSON, argument checks, and the headline example."""
import json

import pytest

import czfacts
from czfacts import Fact

HEADLINE = "今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%,总量全省第二"


def test_all_is_the_curated_list():
    assert czfacts.__all__ == ["extract", "extract_many", "Extractor", "Extraction", "Fact", "Period", "Provenance",
                               "Evidence", "to_records", "from_records", "to_frame",
                               "CzfactsError", "InputError", "GoldError", "LexiconError", "IncompleteExtraction"]
    for name in czfacts.__all__:
        assert getattr(czfacts, name) is not None
    assert isinstance(czfacts.__version__, str)


def test_error_hierarchy():
    for name in ("InputError", "GoldError", "LexiconError"):
        assert issubclass(getattr(czfacts, name), czfacts.CzfactsError)
    assert issubclass(czfacts.CzfactsError, Exception)


def test_star_import_gives_exactly_all():
    namespace: dict = {}
    exec("from czfacts import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(czfacts.__all__)


# --- the headline example (SPEC §2) ------------------------------------------------------------

@pytest.fixture(scope="module")
def headline():
    return czfacts.extract(HEADLINE, date="2024-11-01", place="长治市", doc_id="headline")


def test_headline_gives_three_facts(headline):
    assert [f.provenance.text for f in headline] == ["1195.7 亿元", "1.7%", "第二"]


def test_headline_amount(headline):
    gdp = headline[0]
    assert gdp.value == pytest.approx(1.1957e11, rel=1e-12)
    assert (gdp.unit, gdp.kind, gdp.bound, gdp.metric, gdp.modality) == ("CNY", "amount", "eq", "GDP", "actual")
    assert gdp.upper is None


def test_headline_growth(headline):
    growth = headline[1]
    assert (growth.value, growth.unit, growth.kind, growth.metric) == (1.7, "%", "growth", "GDP")
    assert growth.comparison == "yoy"  # SPEC §2: growth vs the same period is yoy by default
    assert headline[0].comparison is None and headline[2].comparison is None


def test_headline_rank(headline):
    rank = headline[2]
    assert (rank.value, rank.unit, rank.kind, rank.scope, rank.bound) == (2, "rank", "rank", "全省", "eq")


def test_headline_shared_attributes(headline):
    for f in headline:
        assert f.subject == "长治市"
        assert f.period is not None
        assert (f.period.text, f.period.start, f.period.end) == ("今年上半年", "2024-01-01", "2024-06-30")
        p = f.provenance
        assert HEADLINE[p.start:p.end] == p.text
        assert p.doc_id == "headline"
        assert p.rule
        assert (p.sentence_start, p.sentence_end) == (0, len(HEADLINE))


def test_headline_offsets(headline):
    expected = {"1195.7 亿元": HEADLINE.index("1195.7"), "1.7%": HEADLINE.index("1.7%"), "第二": HEADLINE.index("第二")}
    for f in headline:
        assert f.provenance.start == expected[f.provenance.text]
        assert f.provenance.end == f.provenance.start + len(f.provenance.text)


def test_headline_evidence_points_at_the_text(headline):
    for f in headline:
        ev = f.provenance.evidence
        if "period" in ev and ev["period"].start is not None:
            assert HEADLINE[ev["period"].start:ev["period"].end] == "今年上半年"
        if "subject" in ev and ev["subject"].start is not None:
            assert HEADLINE[ev["subject"].start:ev["subject"].end] == "长治市"
        if "metric" in ev and ev["metric"].start is not None:
            assert "GDP" in HEADLINE[ev["metric"].start:ev["metric"].end]


# --- JSON ------------------------------------------------------------------------------------

def test_fact_json_round_trip(headline):
    for f in headline:
        line = f.to_json()
        assert "\n" not in line
        assert Fact.from_json(line) == f
        assert Fact.model_validate(json.loads(line)) == f


def test_json_keeps_chinese_readable(headline):
    rank = headline[2]
    for text in (rank.to_json(), rank.model_dump_json()):
        assert "全省" in text and "今年上半年" in text and "长治市" in text
        assert "\\u" not in text


def test_json_field_order_and_values(headline):
    data = json.loads(headline[0].to_json())
    assert list(data)[:11] == ["value", "upper", "unit", "kind", "bound", "metric", "subject", "period",
                               "modality", "comparison", "classifier"]
    assert data["value"] == 119570000000.0 and data["upper"] is None
    assert data["period"] == {"text": "今年上半年", "start": "2024-01-01", "end": "2024-06-30"}
    assert data["provenance"]["text"] == "1195.7 亿元"


def test_from_json_ignores_fields_it_does_not_know(headline):
    data = json.loads(headline[0].to_json())
    data["some_future_field"] = 1
    assert Fact.from_json(json.dumps(data, ensure_ascii=False)) == headline[0]


@pytest.mark.parametrize("broken", [
    '{"value": 1}',
    '{"value": "x", "unit": "%", "kind": "share", "provenance": {"start": 0, "end": 1, "text": "x", '
    '"sentence_start": 0, "sentence_end": 1, "rule": "r"}}',
    '{"value": 1, "unit": "%", "kind": "nonsense", "provenance": {"start": 0, "end": 1, "text": "x", '
    '"sentence_start": 0, "sentence_end": 1, "rule": "r"}}',
    "not json",
])
def test_from_json_rejects_broken_lines(broken):
    with pytest.raises(ValueError):  # pydantic.ValidationError is a ValueError
        Fact.from_json(broken)


def test_json_schema_has_the_spec_fields():
    schema = Fact.model_json_schema()
    fields = set(schema["properties"])
    assert {"value", "upper", "unit", "kind", "bound", "metric", "subject", "period", "modality",
            "comparison", "provenance"} <= fields
    assert {"value", "unit", "kind", "provenance"} <= set(schema["required"])
    defs = schema["$defs"]
    assert {"doc_id", "start", "end", "text", "sentence_start", "sentence_end", "rule", "evidence"} <= \
        set(defs["Provenance"]["properties"])
    assert set(defs["Period"]["properties"]) == {"text", "start", "end"}
    assert set(defs["Evidence"]["properties"]) == {"start", "end", "how"}
    assert set(schema["properties"]["kind"]["enum"]) == {"amount", "count", "growth", "share", "change",
                                                         "ratio", "rank"}
    assert set(schema["properties"]["bound"]["enum"]) == {"eq", "approx", "gt", "ge", "lt", "le"}
    assert set(schema["properties"]["modality"]["enum"]) == {"actual", "target", "forecast"}
    json.dumps(schema)  # serialisable as is


# --- arguments ----------------------------------------------------------------------------------

@pytest.mark.parametrize("not_text", [HEADLINE.encode("utf-8"), bytearray(b"abc"), None, 12, ["a"]])
def test_extract_rejects_non_strings(not_text):
    with pytest.raises(TypeError):
        czfacts.extract(not_text)


def test_extract_arguments_are_keyword_only():
    with pytest.raises(TypeError):
        czfacts.extract(HEADLINE, "2024-11-01")


def test_extract_empty_and_blank():
    assert czfacts.extract("") == []
    assert czfacts.extract("   \n\n  ") == []
    assert czfacts.extract("没有数字的一句话。") == []


@pytest.mark.parametrize("date", ["11/01/2024", "2024-13-01", "2024-02-30", "9999-12-31", "yesterday", 20241101])
def test_extract_bad_date_is_a_clear_error(date):
    with pytest.raises(czfacts.InputError):
        czfacts.extract(HEADLINE, date=date)


@pytest.mark.parametrize("date, year_end", [("2024", "2024-12-31"), ("2024-06", "2024-06-30"),
                                             ("2024/6/30", "2024-06-30")])
def test_a_year_or_month_stands_for_its_last_day(date, year_end):
    import datetime as dt
    from czfacts.dates import reference_date
    assert reference_date(date) == year_end
    assert reference_date(dt.datetime(2024, 6, 30, 12, 0)) == "2024-06-30"
    period = czfacts.extract("今年,全市GDP增长5%", date=date)[0].period
    assert (period.start, period.end) == ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize("date", ["2024-06-30", "2024/6/30", "2024.6.30", "2024年6月30日", "20240630",
                                  "2024-06-30 19:16:29", "2024-06-30T19:16:29Z", "2024-06-30T19:16:29+08:00",
                                  "２０２４－０６－３０", "２０２４年６月３０日"])
def test_a_date_written_as_sources_write_it_is_that_day(date):
    """Feeds and metadata write days in many shapes; a time of day after one is the same day."""
    from czfacts.dates import reference_date
    assert reference_date(date) == "2024-06-30"


@pytest.mark.parametrize("date", ["201406", "2024-06-30 25", "2024年13月"])
def test_a_date_of_no_known_shape_is_a_clear_error(date):
    with pytest.raises(czfacts.InputError):
        czfacts.extract(HEADLINE, date=date)


def test_extract_without_date_keeps_period_text():
    facts = czfacts.extract("今年上半年,长治市 GDP 完成 1195.7 亿元")
    assert len(facts) == 1
    period = facts[0].period  # SPEC §4: no date given or inferable: only the text is kept
    assert (period.text, period.start, period.end) == ("今年上半年", None, None)


def test_extract_doc_id_defaults_to_none():
    assert all(f.provenance.doc_id is None for f in czfacts.extract(HEADLINE))


def test_extract_many_is_lazy_and_ordered():
    items = [(HEADLINE, {"date": "2024-11-01", "doc_id": "a"}), ("全市新增企业35家。", {"doc_id": "b"})]
    results = czfacts.extract_many(iter(items))
    assert not isinstance(results, list)
    results = list(results)
    assert len(results[0]) == 3 and results[0][0].provenance.doc_id == "a"
    assert [f.provenance.text for f in results[1]] == ["35家"]
    assert results[1][0].provenance.doc_id == "b"


def test_place_resolves_city_words():
    fact = czfacts.extract("全市新增企业35家。", place="长治市")[0]
    assert fact.subject == "长治市"
    fact = czfacts.extract("全市新增企业35家。")[0]
    assert fact.subject in (None, "全市")


def test_schema_command_prints_the_fact_schema(capsys):
    import json

    from czfacts.cli import main

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"value", "unit", "kind", "provenance"} <= set(schema["properties"])


def test_tokenizer_backend_can_be_swapped():
    """HanLP or any other tagger plugs in behind czfacts.tokenize.use(); the default comes back."""
    from czfacts import tokenize

    calls = []

    class Recording(tokenize.JiebaTokenizer):
        def tag(self, text):
            calls.append(text)
            return super().tag(text)

    try:
        tokenize.use(Recording())
        facts = czfacts.extract("今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%", date="2024-11-01")
    finally:
        tokenize.use(tokenize.JiebaTokenizer())
    assert calls, "the swapped tokenizer was never asked"
    assert [f.metric for f in facts] == ["GDP", "GDP"]
