"""The batch command line: -o FILE|DIR written atomically, folders recursed, a summary and
machine-readable messages on stderr, documented exit codes, --version, the --date help."""
import io
import json
import sys

import pytest

import czfacts
from czfacts import Fact, cli, formats

ARTICLE = "今年上半年，全市GDP完成1195.7亿元、增长1.7%，总量全省第二。\n"


def main(capsys, *argv):
    status = cli.main([*map(str, argv)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


@pytest.fixture
def tree(tmp_path):
    """a.txt, sub/b.html, sub/deeper/c.htm, and files that are no articles."""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "a.meta.json").write_text('{"date": "2024-11-01", "place": "长治市"}', encoding="utf-8")
    (root / "sub" / "b.html").write_text("<p>全市粮食产量3.5万吨。</p>", encoding="utf-8")
    (root / "sub" / "deeper" / "c.htm").write_text("<p>全市新增企业35家。</p>", encoding="utf-8")
    (root / "notes.md").write_text("不是文章 5%", encoding="utf-8")
    return root


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"czfacts {czfacts.__version__}"


def test_folders_are_recursed_for_txt_html_htm(capsys, tree):
    status, out, _ = main(capsys, "dump", tree, "--date", "2024-11-01", "-q")
    assert status == 0
    facts = [Fact.from_json(line) for line in out.splitlines()]
    assert [f.provenance.doc_id for f in facts] == ["a"] * 3 + ["b", "c"]
    assert [f.provenance.text for f in facts][-2:] == ["3.5万吨", "35家"]


def test_output_file_is_written_whole(capsys, tree, tmp_path):
    target = tmp_path / "out" / "facts.jsonl"  # its folder is made
    status, out, err = main(capsys, "dump", tree, "-o", target, "--date", "2024")
    assert (status, out) == (0, "")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5
    assert err.splitlines()[-1] == ("czfacts: 3 articles, 5 facts, 0 errors; 0 without a given date, "
                                    "2 without a given place; read as utf-8 3")
    assert [p.name for p in target.parent.iterdir()] == ["facts.jsonl"]  # no temporary left


def test_a_failed_run_leaves_the_old_output_alone(capsys, tree, tmp_path, monkeypatch):
    target = tmp_path / "facts.csv"
    target.write_text("old", encoding="utf-8")

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(formats.CsvWriter, "write", broken)
    status, _, err = main(capsys, "dump", tree, "--format", "csv", "-o", target)
    assert status == 130 and "interrupted" in err
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name != "in"] == ["facts.csv"]


def test_output_folder_gets_one_file_per_article(capsys, tree, tmp_path):
    target = tmp_path / "facts"
    status, _, _ = main(capsys, "dump", tree, "--format", "csv", "-o", f"{target}/", "-q")
    assert status == 0
    assert sorted(p.name for p in target.iterdir()) == ["a.csv", "b.csv", "c.csv"]
    rows = (target / "a.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + 3


def test_unwritable_output_is_exit_status_3(capsys, tree, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    status, _, err = main(capsys, "dump", tree, "-o", blocker / "facts.jsonl")
    assert status == 3 and "czfacts: error: cannot write" in err


def test_usage_errors_are_exit_status_2(capsys, tree):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["dump", str(tree), "--date", "2024-13"])
    assert exit_.value.code == 2
    assert "no month 13" in capsys.readouterr().err


def test_errors_and_summary_as_json_lines(capsys, tree, tmp_path):
    status, _, err = main(capsys, "dump", tree, tmp_path / "missing.txt", "--messages", "json", "-o",
                          tmp_path / "f.jsonl")
    assert status == 1
    lines = [json.loads(line) for line in err.splitlines()]
    error = next(x for x in lines if x["level"] == "error")
    assert error["path"].endswith("missing.txt") and error["error"] == "InputError" and error["message"]
    summary = lines[-1]
    assert summary == {"level": "summary", "articles": 4, "facts": 5, "errors": 1, "without_date": 2,
                       "without_place": 2, "encodings": {"utf-8": 3}, "guessed_encodings": {}}
    warned = [x for x in lines if x["level"] == "warning"]
    assert {x["path"].rsplit("/", 1)[-1] for x in warned} == {"b.html", "c.htm"}
    assert {x["warning"] for x in warned} == {"no-date"}


def test_a_folder_without_articles_is_an_error_naming_it(capsys, tree, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    status, out, err = main(capsys, "dump", empty, tree / "a.txt", "--messages", "json")
    assert status == 1 and len(out.splitlines()) == 3
    error = json.loads(err.splitlines()[0])
    assert (error["level"], error["path"]) == ("error", str(empty))


def test_a_guessed_reference_date_is_said(capsys, tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("本报2023年5月1日讯 今年全市GDP增长5%。", encoding="utf-8")
    status, out, err = main(capsys, "dump", path, "--format", "table")
    assert status == 0
    assert "used 2023-05-01, inferred from the text" in err and "pass --date" in err
    assert "date 2023-05-01 (inferred from the text)" in out.splitlines()[0]


def test_no_warning_with_a_date(capsys, tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("今年全市GDP增长5%。", encoding="utf-8")
    assert main(capsys, "dump", path, "--date", "2024-03-05") == (0, main(capsys, "dump", path, "--date",
                                                                         "2024-03-05")[1], "")


def test_progress_bar_on_a_terminal(capsys, tree, tmp_path, monkeypatch):
    """With stderr a terminal the bar runs (rich) and the output is unchanged."""
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    status, _, _ = main(capsys, "dump", tree, "-o", tmp_path / "f.jsonl", "--date", "2024")
    assert status == 0 and len((tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()) == 5


def test_date_help_says_which_date_to_pass_per_genre(capsys):
    with pytest.raises(SystemExit):
        cli.main(["dump", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for genre in ("政府工作报告", "统计公报", "monthly", "news"):
        assert genre in help_text
    for code in cli.EXIT_CODES:
        assert f"{code} " in help_text


def test_show_without_output_on_a_pipe_writes_html_to_stdout(capsys, tree):
    status, out, _ = main(capsys, "show", tree / "a.txt", "-q")
    assert status == 0 and out.startswith("<!DOCTYPE html>")


def test_jobs_give_the_same_output(capsys, tree):
    _, one, _ = main(capsys, "dump", tree, "--date", "2024", "-q")
    _, two, _ = main(capsys, "dump", tree, "--date", "2024", "-q", "--jobs", "2")
    assert one == two


@pytest.fixture
def encodings(tmp_path):
    """The same article as GBK, Big5 (in traditional characters) and UTF-8, none with a byte-order mark."""
    root = tmp_path / "enc"
    root.mkdir()
    (root / "gbk.txt").write_bytes(ARTICLE.encode("gbk"))
    (root / "big5.txt").write_bytes("今年上半年，全市GDP完成1195.7億元、增長1.7%，總量全省第二。\n".encode("big5"))
    (root / "utf8.txt").write_bytes(ARTICLE.encode("utf-8"))
    return root


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_summary_says_each_encoding_and_warns_of_guesses(capsys, encodings, jobs):
    status, out, err = main(capsys, "dump", encodings, "--date", "2024", "--jobs", jobs)
    assert status == 0 and out.count("1195.7") == 3
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert warnings == [f"czfacts: warning: {encodings / name}: read as {codec}, a guess (no byte-order mark and "
                        "not UTF-8; --encoding forces another)" for name, codec in (("big5.txt", "big5"),
                                                                                    ("gbk.txt", "gb18030"))]
    assert err.splitlines()[-1].endswith(f"; read as big5 1, gb18030 1, utf-8 1; encoding guessed for "
                                         f"{encodings / 'big5.txt'} (big5), {encodings / 'gbk.txt'} (gb18030)")


def test_the_json_summary_counts_encodings_and_names_guesses(capsys, encodings):
    _, _, err = main(capsys, "dump", encodings, "--date", "2024", "--messages", "json")
    lines = [json.loads(line) for line in err.splitlines()]
    assert [(x["path"], x["encoding"]) for x in lines if x.get("warning") == "encoding-guessed"] == [
        (str(encodings / "big5.txt"), "big5"), (str(encodings / "gbk.txt"), "gb18030")]
    assert lines[-1]["encodings"] == {"big5": 1, "gb18030": 1, "utf-8": 1}
    assert lines[-1]["guessed_encodings"] == {str(encodings / "big5.txt"): "big5", str(encodings / "gbk.txt"): "gb18030"}


def test_a_forced_or_utf8_encoding_is_no_guess(capsys, encodings):
    _, _, err = main(capsys, "dump", encodings / "gbk.txt", "--date", "2024", "--encoding", "gbk", "-o",
                     encodings / "out.jsonl")
    assert "warning" not in err and err.rstrip().endswith("; read as gbk 1")
    _, _, err = main(capsys, "dump", encodings / "utf8.txt", "--date", "2024", "-o", encodings / "out.jsonl")
    assert "warning" not in err and "guessed" not in err and err.rstrip().endswith("; read as utf-8 1")


def test_a_guess_on_standard_input_is_said(capsys, encodings, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((encodings / "gbk.txt").read_bytes())))
    status, out, err = main(capsys, "dump", "-", "--date", "2024")
    assert status == 0 and "1195.7" in out
    assert "czfacts: warning: -: read as gb18030, a guess" in err
    assert err.rstrip().endswith("; read as gb18030 1; encoding guessed for - (gb18030)")
