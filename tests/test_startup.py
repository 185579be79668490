"""Start-up stays light: the traditional-character table is read only for texts that need it,
and a dump imports neither zhconv's pkg_resources nor anything else it does not use."""
from __future__ import annotations

import subprocess
import sys

from zhconv import zhconv

from czfacts import normalize


def test_traditional_table_is_zhconvs_one_to_one_characters():
    expected = {ord(t): s for t, s in zhconv.getdict("zh-hans").items() if len(t) == 1 == len(s)}
    assert normalize._traditional_table() == expected | normalize._FOLD


def test_every_character_the_quick_check_would_miss_is_listed():
    changed = [chr(cp) for cp, s in normalize._traditional_table().items() if cp not in normalize._FOLD and chr(cp) != s]
    in_gb2312 = {c for c in changed if c.encode("gb2312", "replace") != b"?"}
    assert in_gb2312 == set(normalize.GB2312_CHANGED)
    assert {c for c in changed if c not in in_gb2312 and not normalize._HAN.match(c)} == set(normalize.NON_HAN_CHANGED)


def test_lazy_folding_gives_what_the_whole_table_gives():
    table = normalize._traditional_table()
    for text in ["全市生产总值增长5.2%", "全市生產總值增長５．２％", "「全年」於2024年", "朱镕基\u00a0总理—·", "ｘ\u3000\u2009後", "｢年｣"]:
        assert normalize.fold_characters(text) == text.translate(table)


def run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_simplified_text_never_reads_the_traditional_table():
    out = run("import sys, czfacts\n"
              "from czfacts import normalize\n"
              "czfacts.extract('全市生产总值增长5.2%，“新增”企业35家\u00a0。')\n"
              "print(normalize._traditional_table.cache_info().misses, 'pkg_resources' in sys.modules,"
              " 'zhconv' in sys.modules)")
    assert out == "0 False False"


def test_traditional_text_reads_it():
    out = run("import czfacts\n"
              "from czfacts import normalize\n"
              "print([f.metric for f in czfacts.extract('全市生產總值增長5.2%')],"
              " normalize._traditional_table.cache_info().misses)")
    assert out == "['生产总值'] 1"


def test_dumping_one_article_loads_neither_the_developer_tools_nor_multiprocessing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("2024年全市生产总值增长5.2%。", encoding="utf-8")
    out = run("import sys\n"
              "from czfacts import cli\n"
              f"sys.argv = ['czfacts', 'dump', {str(article)!r}, '--output', {str(tmp_path / 'out.jsonl')!r}]\n"
              "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in sys.modules if m.startswith(('czfacts.dev', 'multiprocessing', 'concurrent'))))")
    assert out == "[]" and '"value":5.2' in (tmp_path / "out.jsonl").read_text(encoding="utf-8")
