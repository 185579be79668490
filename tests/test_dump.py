"""`czfacts dump`: every input gets its facts or a clear error on stderr (never a traceback,
never a silent loss), the exit status says whether everything was read, and every output
format parses back."""
import csv
import io
import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

import czfacts
from czfacts import Extractor, Fact, cli, formats, reader

VENV_BIN = pathlib.Path(sys.executable).parent
ARTICLE = "今年上半年，全市GDP完成1195.7亿元、增长1.7%，总量全省第二。\n全市新增企业35家，粮食产量3.5万吨。\n"
SPANS = ["1195.7亿元", "1.7%", "第二", "35家", "3.5万吨"]
CORPUS_ARTICLE = pathlib.Path(__file__).resolve().parent.parent / "corpora" / "000_9e4a4bbcb7e20233.txt"


def run(capsys, *argv, quiet=True):
    """czfacts.cli.main in-process: (exit status, stdout, stderr); quiet: errors only on stderr."""
    status = cli.main(["dump", *map(str, argv), *(["-q"] if quiet else [])])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def jsonl(out):
    return [Fact.from_json(line) for line in out.splitlines()]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- plain articles ---------------------------------------------------------------------------------

def test_one_article(capsys, article):
    status, out, err = run(capsys, article, "--date", "2024-11-01", "--place", "长治市")
    assert (status, err) == (0, "")
    facts = jsonl(out)
    assert [f.provenance.text for f in facts] == SPANS
    assert all(f.provenance.doc_id == "a" for f in facts)
    assert facts[0].subject == "长治市"
    assert facts[0].period.start == "2024-01-01"
    for f in facts:
        assert ARTICLE[f.provenance.start:f.provenance.end] == f.provenance.text


def test_same_as_the_library(capsys, article):
    _, out, _ = run(capsys, article, "--date", "2024-11-01", "--place", "长治市")
    assert jsonl(out) == czfacts.extract(ARTICLE, date="2024-11-01", place="长治市", doc_id="a")


def test_empty_file(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run(capsys, empty) == (0, "", "")
    assert run(capsys, empty, "--format", "json") == (0, "[]\n", "")


def test_file_without_facts(capsys, tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("没有数字的一句话。\n", encoding="utf-8")
    assert run(capsys, path) == (0, "", "")


def test_binary_file_is_an_error_and_the_others_go_on(capsys, tmp_path, article):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    status, out, err = run(capsys, binary, article)
    assert status == 1
    assert err.startswith("czfacts: ") and "image.txt" in err and "binary" in err
    assert [f.provenance.text for f in jsonl(out)] == SPANS


def test_missing_path_is_an_error_and_the_others_go_on(capsys, tmp_path, article):
    status, out, err = run(capsys, tmp_path / "missing.txt", article)
    assert status == 1
    assert "missing.txt: no such file" in err
    assert len(jsonl(out)) == len(SPANS)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_other_encodings_give_the_same_facts(capsys, tmp_path, article, encoding):
    other = tmp_path / "a.txt"
    _, want, _ = run(capsys, article)
    other.write_bytes(ARTICLE.encode(encoding))
    status, got, err = run(capsys, other)
    assert (status, err) == (0, "")
    assert got == want


def test_bom_offsets_index_the_text_after_the_bom(capsys, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    _, out, _ = run(capsys, path)
    for f in jsonl(out):
        assert ARTICLE[f.provenance.start:f.provenance.end] == f.provenance.text


def test_html_article(capsys, tmp_path):
    raw = "<html><body><p>全市GDP完成1195.7&nbsp;亿元，增长1.7%。</p></body></html>"
    path = tmp_path / "page.txt"
    path.write_text(raw, encoding="utf-8")
    _, out, _ = run(capsys, path)
    facts = jsonl(out)
    assert [f.provenance.text for f in facts] == ["1195.7&nbsp;亿元", "1.7%"]
    assert all(raw[f.provenance.start:f.provenance.end] == f.provenance.text for f in facts)


def test_full_width_and_traditional_article(capsys, tmp_path):
    raw = "全市GDP完成１１９５．７億元，增長１．７％。"
    path = tmp_path / "tw.txt"
    path.write_text(raw, encoding="utf-8")
    _, out, _ = run(capsys, path)
    facts = jsonl(out)
    assert [(f.provenance.text, f.value) for f in facts] == [("１１９５．７億元", 1.1957e11), ("１．７％", 1.7)]
    assert facts[1].kind == "growth"


def test_big5_traditional_file(capsys, tmp_path):
    raw = "全市GDP完成1195.7億元，增長1.7%，新增企業35家，糧食產量3.5萬噸。"
    path = tmp_path / "big5.txt"
    path.write_bytes(raw.encode("big5"))
    _, out, _ = run(capsys, path)
    assert [f.provenance.text for f in jsonl(out)] == ["1195.7億元", "1.7%", "35家", "3.5萬噸"]


def test_crlf_article(capsys, tmp_path):
    raw = ARTICLE.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode())
    _, out, _ = run(capsys, path)
    facts = jsonl(out)
    assert [f.provenance.text for f in facts] == SPANS
    assert all(raw[f.provenance.start:f.provenance.end] == f.provenance.text for f in facts)


# --- size ------------------------------------------------------------------------------------------

def test_five_megabytes_of_repeated_article_text(capsys, tmp_path):
    """A 5 MB input works and loses nothing: every copy of the article gives the same facts at
    shifted offsets. (Its time is measured by bench/, never asserted by a test.)"""
    one = CORPUS_ARTICLE.read_text(encoding="utf-8")
    single = czfacts.extract(one)
    copies = 5 * 1024 * 1024 // len(one.encode()) + 1
    text = one * copies
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, path)

    assert (status, err) == (0, "")
    facts = jsonl(out)
    assert len(facts) == copies * len(single)
    last = facts[-len(single):]
    offset = len(one) * (copies - 1)
    assert [f.provenance.start - offset for f in last] == [f.provenance.start for f in single]
    assert all(text[f.provenance.start:f.provenance.end] == f.provenance.text for f in last)


def test_five_megabytes_read_through_the_dump_path(tmp_path):
    one = CORPUS_ARTICLE.read_text(encoding="utf-8")
    text = one * (5 * 1024 * 1024 // len(one.encode()) + 1)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert reader.read_path(str(path)) == text


def test_over_the_size_limit(capsys, tmp_path, article, monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 64)
    status, out, err = run(capsys, article)
    assert (status, out) == (1, "")
    assert "a.txt" in err and "limit" in err


# --- folders, stdin, meta -------------------------------------------------------------------------

def test_folder_of_articles(capsys, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "b.txt").write_text("全市新增企业35家。", encoding="utf-8")
    (folder / "a.txt").write_text("全市粮食产量3.5万吨。", encoding="utf-8")
    (folder / "a.gold.jsonl").write_text("not an article", encoding="utf-8")
    (folder / "notes.md").write_text("增长99%", encoding="utf-8")
    status, out, err = run(capsys, folder)
    assert (status, err) == (0, "")
    facts = jsonl(out)
    assert [(f.provenance.doc_id, f.provenance.text) for f in facts] == [("a", "3.5万吨"), ("b", "35家")]


def test_folder_without_articles_is_an_error(capsys, tmp_path, article):
    empty = tmp_path / "nothing"
    empty.mkdir()
    status, out, err = run(capsys, empty, article)
    assert status == 1
    assert "nothing" in err and "no *.txt" in err
    assert len(jsonl(out)) == len(SPANS)


def test_the_corpus_folder(capsys, articles_with_figures):
    status, out, err = run(capsys, CORPUS_ARTICLE.parent, "--format", "json")
    assert (status, err) == (0, "")
    facts = [Fact.model_validate(d) for d in json.loads(out)]
    assert {f.provenance.doc_id for f in facts} == articles_with_figures


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_stdin(capsys, monkeypatch, encoding):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode(encoding))))
    status, out, err = run(capsys, "-", "--place", "长治市")
    assert (status, err) == (0, "")
    facts = jsonl(out)
    assert [f.provenance.text for f in facts] == SPANS
    assert {f.provenance.doc_id for f in facts} == {"stdin"}
    assert facts[0].subject == "长治市"


def test_meta_json_supplies_date_place_and_doc_id(capsys, tmp_path, article):
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"doc_id": "doc-7", "date": "2023-08-01", "place": "长治市", "source": "x", "title": "t"},
        ensure_ascii=False), encoding="utf-8")
    _, out, _ = run(capsys, article)
    gdp = jsonl(out)[0]
    assert gdp.provenance.doc_id == "doc-7"
    assert gdp.subject == "长治市"
    assert (gdp.period.start, gdp.period.end) == ("2023-01-01", "2023-06-30")


def test_options_override_meta_json(capsys, tmp_path, article):
    (tmp_path / "a.meta.json").write_text('{"date": "2023-08-01", "place": "晋城市"}', encoding="utf-8")
    _, out, _ = run(capsys, article, "--date", "2024-11-01", "--place", "长治市")
    gdp = jsonl(out)[0]
    assert gdp.subject == "长治市"
    assert gdp.period.start == "2024-01-01"


@pytest.mark.parametrize("meta,message", [
    ("{not json", "bad JSON"),
    ("[1, 2]", "JSON object"),
    ('{"date": "11/01/2024"}', "must be YYYY-MM-DD, YYYY-MM or YYYY"),
    ('{"date": 20241101}', "must be a string"),
    ('{"place": ["长治市"]}', "must be a string"),
])
def test_bad_meta_json_is_an_error_and_the_others_go_on(capsys, tmp_path, meta, message):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.meta.json").write_text(meta, encoding="utf-8")
    (folder / "b.txt").write_text("全市新增企业35家。", encoding="utf-8")
    status, out, err = run(capsys, folder)
    assert status == 1
    assert "a.meta.json" in err and message in err
    assert [f.provenance.doc_id for f in jsonl(out)] == ["b"]


def test_meta_json_with_bom(capsys, tmp_path, article):
    (tmp_path / "a.meta.json").write_bytes(b"\xef\xbb\xbf" + '{"place": "长治市"}'.encode())
    status, out, _ = run(capsys, article)
    assert status == 0 and jsonl(out)[0].subject == "长治市"


@pytest.mark.parametrize("date", ["2024-13-01", "11/01/2024", "yesterday", ""])
def test_bad_date_option_is_rejected_by_argparse(capsys, article, date):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["dump", str(article), "--date", date])
    assert exit_.value.code == 2
    assert "argument --date: date" in capsys.readouterr().err


def test_unknown_format_is_rejected(capsys, article):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["dump", str(article), "--format", "xml"])
    assert exit_.value.code == 2


def test_internal_error_in_one_article_is_reported_and_the_others_go_on(capsys, tmp_path, article, monkeypatch):
    bad = tmp_path / "bad.txt"
    bad.write_text("触发错误", encoding="utf-8")
    real = Extractor._extraction  # what extract_document and czfacts dump both run

    def extraction(self, text, *options):
        if text == "触发错误":
            raise RuntimeError("boom")
        return real(self, text, *options)

    monkeypatch.setattr(Extractor, "_extraction", extraction)
    status, out, err = run(capsys, bad, article)
    assert status == 1
    assert "bad.txt: internal error" in err and "RuntimeError: boom" in err
    assert len(jsonl(out)) == len(SPANS)


# --- formats --------------------------------------------------------------------------------------

@pytest.fixture
def two_articles(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("全市计划投资10亿至20亿元。", encoding="utf-8")
    return [tmp_path / "a.txt", tmp_path / "b.txt"]


def test_format_jsonl(capsys, two_articles):
    status, out, _ = run(capsys, *two_articles, "--format", "jsonl")
    assert status == 0 and out.endswith("\n")
    facts = jsonl(out)
    assert len(facts) == len(SPANS) + 1
    assert facts[-1].upper == 2e9


def test_format_json(capsys, two_articles):
    status, out, _ = run(capsys, *two_articles, "--format", "json")
    data = json.loads(out)
    assert status == 0 and isinstance(data, list)
    facts = [Fact.model_validate(d) for d in data]
    _, lines, _ = run(capsys, *two_articles)
    assert facts == jsonl(lines)
    assert "亿元" in out  # Chinese unescaped


def test_format_csv(capsys, two_articles):
    status, out, _ = run(capsys, *two_articles, "--format", "csv")
    assert out.startswith("\ufeff")  # a BOM: Excel on Chinese Windows reads UTF-8
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert status == 0
    assert out.removeprefix("\ufeff").splitlines()[0].split(",") == formats.FIELDS
    assert len(rows) == len(SPANS) + 1
    assert [r["text"] for r in rows] == SPANS + ["10亿至20亿元"]
    assert rows[0]["doc_id"] == "a" and rows[-1]["doc_id"] == "b"
    assert float(rows[0]["value"]) == 1.1957e11
    assert (rows[-1]["value"], rows[-1]["upper"]) == ("1000000000.0", "2000000000.0")
    assert rows[0]["upper"] == ""  # null is an empty cell
    assert rows[0]["sentence"] == "今年上半年，全市GDP完成1195.7亿元、增长1.7%，总量全省第二。"
    assert formats.from_records(rows) == jsonl(run(capsys, *two_articles)[1])


def test_format_csv_without_bom(capsys, two_articles):
    _, out, _ = run(capsys, *two_articles, "--format", "csv", "--no-bom")
    assert out.startswith("doc_id,")


def test_format_csv_empty_has_header_only(capsys, tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    _, out, _ = run(capsys, tmp_path / "e.txt", "--format", "csv", "--no-bom")
    assert out.splitlines() == [",".join(formats.FIELDS)]


def test_format_table(capsys, two_articles):
    status, out, _ = run(capsys, *two_articles, "--format", "table", "--date", "2024-11-01", "--place", "长治市")
    lines = out.splitlines()
    assert status == 0
    assert lines[0].startswith("# a · date 2024-11-01 (given) · place 长治市 (given) · 5 facts")
    assert lines[1].split() == ["text", "value", "kind", "modality", "metric", "subject", "period"]
    assert lines[2].split() == ["1195.7亿元", "1195.7亿元", "amount", "actual", "GDP", "长治市",
                                "2024-01-01..2024-06-30"]
    assert lines[-1].split()[:5] == ["10亿至20亿元", "10–20亿元", "amount", "target", "计划投资"]
    assert len(lines) == 2 + len(SPANS) + 2 + 1  # a heading and a header per article


def test_format_table_canonical_values(capsys, two_articles):
    _, out, _ = run(capsys, *two_articles, "--format", "table", "--canonical")
    assert "119570000000 CNY" in out and "1000000000–2000000000 CNY" in out


def test_format_table_empty_has_a_header(capsys, tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    _, out, _ = run(capsys, tmp_path / "e.txt", "--format", "table")
    assert out.splitlines()[1].split()[:3] == ["text", "value", "kind"]


def test_format_table_fits_120_columns_and_one_line_per_fact(capsys):
    """The bundled article's table: no line wider than 120 terminal columns, one line per fact
    even for a span across a line break."""
    _, out, _ = run(capsys, CORPUS_ARTICLE, "--format", "table")
    lines = out.splitlines()
    assert max(formats.display_width(line) for line in lines) <= 120
    facts = czfacts.extract(CORPUS_ARTICLE.read_text(encoding="utf-8"), date="2024-11-01", place="长治市")
    assert len(lines) == 2 + len(facts)
    broken = Fact.model_validate({**facts[0].model_dump(), "provenance": {
        **facts[0].provenance.model_dump(), "text": "1195.7\n亿元"}})
    header, rows = formats.table_rows([broken])
    assert rows[0][0] == "1195.7\\n亿元"


def test_format_table_wide_has_every_column(capsys, two_articles):
    _, out, _ = run(capsys, *two_articles, "--format", "table", "--wide")
    header = out.splitlines()[1].split()
    assert header[:2] == ["value", "canonical"] and header[2:] == formats.FIELDS
    assert "quantity." in out  # the rule column, uncut


def test_format_table_columns_line_up(capsys, two_articles):
    """CJK characters take two columns: the first four cells (never empty) start at the same
    display column on every line of an article's table."""
    _, out, _ = run(capsys, two_articles[0], "--format", "table")
    columns = set()
    for line in out.splitlines()[1:]:
        cells, at, starts = re.split(r" {2,}", line)[:4], 0, []
        for cell in cells:
            at = line.index(cell, at)
            starts.append(formats.display_width(line[:at]))
            at += len(cell)
        columns.add(tuple(starts))
    assert len(columns) == 1, columns


# --- the console script ----------------------------------------------------------------------------

def _env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(extra)
    return env


def test_console_script(tmp_path, article):
    script = VENV_BIN / "czfacts"
    assert script.exists(), "the czfacts console script is not installed in the venv"
    done = subprocess.run([str(script), "dump", str(article), "--format", "json"], capture_output=True,
                          timeout=60, env=_env())
    assert done.returncode == 0, done.stderr.decode()
    assert len(json.loads(done.stdout.decode("utf-8"))) == len(SPANS)


def test_module_entry_point_with_stdin_and_errors(tmp_path):
    done = subprocess.run([sys.executable, "-m", "czfacts.cli", "dump", "-", str(tmp_path / "missing.txt")],
                          input=ARTICLE.encode("gbk"), capture_output=True, timeout=60, env=_env())
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert "missing.txt: no such file" in err and "Traceback" not in err
    assert len(done.stdout.decode("utf-8").splitlines()) == len(SPANS)


def test_output_is_utf8_whatever_the_locale(tmp_path, article):
    done = subprocess.run([sys.executable, "-m", "czfacts.cli", "dump", str(article), "--format", "table"],
                          capture_output=True, timeout=60, env=_env(PYTHONIOENCODING="ascii", LC_ALL="C"))
    assert done.returncode == 0, done.stderr.decode()
    assert "1195.7亿元" in done.stdout.decode("utf-8")


def test_closed_pipe_is_quiet(tmp_path):
    one = CORPUS_ARTICLE.read_text(encoding="utf-8")
    path = tmp_path / "many.txt"
    path.write_text(one * 20, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "czfacts.cli", "dump", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_env())
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
