"""The documentation tells the truth: README's Python example runs as written and prints what
it shows (in both languages), README's two fresh-machine commands give a viewer page and a
Parquet file of a folder, the guide's DuckDB query runs on that file and agrees with the
jsonl, and docs/cli.md and docs/api.md are what scripts/gen_docs.py makes of the code."""
import contextlib
import io
import pathlib
import re
import shlex
import subprocess
import sys
import tomllib

import pytest

import czfacts
from czfacts import cli

ROOT = pathlib.Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_ZH = (ROOT / "README.zh.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")


def blocks(markdown: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", markdown, re.S)


def printed(code: str, cwd: pathlib.Path = ROOT) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.chdir(cwd):
        exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})
    return out.getvalue()


@pytest.mark.parametrize("readme", [README, README_ZH], ids=["en", "zh"])
def test_readme_python_example_prints_what_it_shows(readme):
    code = blocks(readme, "python")[0]
    shown = re.search(r"```python\n.*?```\n\n\S+\n\n```\n(.*?)```", readme, re.S).group(1)
    assert printed(code) == shown
    assert "f.period else" in code  # a fact without a period must not crash it
    assert any(f.period is None for f in czfacts.extract(code.split('"')[1].replace("\\n", "\n"),
                                                           date="2024-11-01", place="长治市"))


def test_both_readmes_show_the_same_example_and_commands():
    assert blocks(README, "python") == blocks(README_ZH, "python")
    assert blocks(README, "sh") == blocks(README_ZH, "sh")


def _czfacts_commands(block: str) -> list[list[str]]:
    """The czfacts invocations of a shell line (the venv and pip parts are the machine's business)."""
    return [shlex.split(part)[1:] for part in block.strip().split(" && ") if part.strip().startswith("czfacts ")]


def test_readme_two_commands_give_a_viewer_page_and_a_parquet_file(tmp_path, capsys, articles_with_figures):
    pytest.importorskip("pyarrow")
    first, second, tests = blocks(README, "sh")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    for extra in re.findall(r"pip install -e '\.\[(\w+)\]'", first + tests):
        assert extra in extras
    assert tests.strip().endswith("python -m pytest -q")
    (tmp_path / "corpora").symlink_to(ROOT / "corpora")
    with contextlib.chdir(tmp_path):
        for argv in _czfacts_commands(first) + _czfacts_commands(second):
            assert cli.main(argv) == 0, argv
    out = capsys.readouterr().out
    assert "1195.7亿元" in out and "date 2024-11-01 (given)" in out
    page = (tmp_path / "000.html").read_text(encoding="utf-8")
    assert "1195.7 亿元" in page and "<script" in page
    facts = czfacts.formats.read_parquet(str(tmp_path / "facts.parquet"))
    assert {f.provenance.doc_id for f in facts} == articles_with_figures


def test_guide_duckdb_example_runs_and_agrees_with_the_jsonl(tmp_path, capsys):
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    at = GUIDE.index("<!-- tested:")
    command, code = blocks(GUIDE[at:], "sh")[0], blocks(GUIDE[at:], "python")[0]
    (tmp_path / "corpora").symlink_to(ROOT / "corpora")
    with contextlib.chdir(tmp_path):
        for argv in _czfacts_commands(command):
            assert cli.main([*argv, "-q"]) == 0
    shown = printed(code, tmp_path)
    assert "亿元" in shown and "doc_id" in shown
    query = re.search(r'duckdb\.sql\("""(.*?)"""\)', code, re.S).group(1)
    with contextlib.chdir(tmp_path):
        rows = duckdb.sql(query).fetchall()
    assert rows
    # the same question asked of the jsonl, in Python
    assert cli.main(["dump", str(tmp_path / "corpora"), "-q", "-o", str(tmp_path / "facts.jsonl")]) == 0
    lines = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    facts = [czfacts.Fact.from_json(line) for line in lines]
    gdp = sorted((f for f in facts if f.unit == "CNY" and f.metric in ("GDP", "地区生产总值", "生产总值")
                  and f.modality == "actual"), key=lambda f: -f.value)[:5]
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (f.provenance.doc_id, f.metric, round(f.value / 1e8, 1), f.period.end if f.period else None) for f in gdp]


def test_guide_pandas_example_runs():
    pytest.importorskip("pandas")
    code = next(b for b in blocks(GUIDE, "python") if "to_frame" in b)
    shown = printed(code)
    assert "amount" in shown and "growth" in shown


def test_guide_viewer_example_runs(tmp_path):
    code = next(b for b in blocks(GUIDE, "python") if "to_html" in b)
    (tmp_path / "corpora").symlink_to(ROOT / "corpora")
    assert printed(code, tmp_path).split()[:2] == ["2024-11-01", "given"]
    assert "1195.7 亿元" in (tmp_path / "000.html").read_text(encoding="utf-8")


def test_cli_and_api_references_are_generated_from_the_code():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_references_name_every_option_and_export():
    cli_md = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    api_md = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for option in ("--format", "--output", "--no-bom", "--wide", "--canonical", "--date", "--place", "--messages",
                   "--quiet", "--jobs", "--version"):
        assert f"`{option}`" in cli_md
    for name in czfacts.__all__:
        assert f"## `{name}`" in api_md


def test_local_links_resolve():
    for doc in [ROOT / "README.md", ROOT / "README.zh.md", *(ROOT / "docs").rglob("*.md")]:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
            if "://" in target or target == "lexicons.md" or target.endswith("/lexicons.md"):
                continue  # docs/lexicons.md comes with the user lexicons (the lead's issue)
            assert (doc.parent / target).exists(), f"{doc.relative_to(ROOT)} links to missing {target}"
