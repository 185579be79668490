"""The bundled data files fit their schemas (czfacts/schemas.py). A run does not check them:
building the schemas' pydantic classes took a tenth of a cold start, so they are built only
when a user lexicon is merged, and the bundled files are checked here."""
from __future__ import annotations

import subprocess
import sys

import pytest

from czfacts.lexicon import _checked, bundled
from czfacts.schemas import SCHEMAS


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_bundled_file_fits_its_schema(name):
    assert _checked(name, bundled(name), f"data/{name}.toml") == bundled(name)


def test_an_extraction_without_user_lexicons_never_builds_the_schemas():
    code = "import sys, czfacts\nczfacts.extract('全市生产总值增长5.2%')\nprint('czfacts.schemas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_parsed_data_is_cached_by_content_and_a_bad_cache_file_is_parsed_again(tmp_path, monkeypatch):
    import tomllib
    from importlib import resources

    monkeypatch.setenv("CZFACTS_CACHE", str(tmp_path))
    raw = resources.files("czfacts").joinpath("data", "kinds.toml").read_bytes()
    parsed = tomllib.loads(raw.decode("utf-8"))
    bundled.cache_clear()
    try:
        assert bundled("kinds") == parsed
        (written,) = tmp_path.glob("kinds-*.marshal")
        bundled.cache_clear()
        assert bundled("kinds") == parsed  # read back from the cache file
        written.write_bytes(b"\x00not marshal")
        bundled.cache_clear()
        assert bundled("kinds") == parsed
    finally:
        bundled.cache_clear()


def test_the_gazetteer_loaded_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    from czfacts import lexicon, places

    monkeypatch.setenv("CZFACTS_CACHE", str(tmp_path))
    lexicon.clear_caches()
    try:
        built = places._build()
        assert list(tmp_path.glob("gazetteer-*.pickle"))
        lexicon.clear_caches()
        loaded = places._build()  # from the pickle this time
        assert loaded is not built and loaded == built == places._gazetteer()
    finally:
        lexicon.clear_caches()


def test_data_loads_without_a_home_or_a_writable_cache(tmp_path, monkeypatch):
    import pathlib

    from czfacts import lexicon

    def no_home():
        raise RuntimeError("no home directory")

    monkeypatch.delenv("CZFACTS_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(pathlib.Path, "home", staticmethod(no_home))
    lexicon.bundled.cache_clear()
    try:
        assert lexicon.bundled("kinds")["growth"]["up"]  # parsed, nothing written
    finally:
        lexicon.bundled.cache_clear()


def _facts_in_a_new_process(cache) -> str:
    code = ("import czfacts, json\n"
            "facts = czfacts.extract('上半年，全市规模以上工业增加值增长5.2%，其中装备制造业增长12%；"
            "出口120.5亿元，占全省的15%。', date='2024-08-01', place='长治市')\n"
            "print(json.dumps([f.model_dump(mode='json') for f in facts], ensure_ascii=False))")
    env = {**__import__("os").environ, "CZFACTS_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout


def test_compiled_patterns_kept_on_disk_give_the_same_facts_and_a_bad_file_is_compiled_again(tmp_path):
    first = _facts_in_a_new_process(tmp_path)
    (kept,) = tmp_path.glob("patterns-*.pickle")  # written when the first run ended
    assert kept.stat().st_size > 10_000 and '"value": 5.2' in first
    assert _facts_in_a_new_process(tmp_path) == first  # every pattern loaded, none compiled
    kept.write_bytes(b"\x80not a pickle")
    assert _facts_in_a_new_process(tmp_path) == first
    assert kept.stat().st_size > 10_000  # compiled again and kept again


def test_a_kept_pattern_is_the_pattern_compiled(tmp_path, monkeypatch):
    import pickle

    import regex

    from czfacts import compiled as kept

    source = r"(?P<n>\d+(?:\.\d+)?)\s*(?:万|亿)?元"
    loaded = pickle.loads(pickle.dumps(regex.compile(source)))  # how the cache file keeps it
    text = "投资 12.5亿元，营收300元"
    assert loaded.pattern == source and [m.span() for m in loaded.finditer(text)] == \
        [m.span() for m in regex.compile(source).finditer(text)]
    monkeypatch.setenv("CZFACTS_CACHE", str(tmp_path))
    monkeypatch.setattr(kept, "_known", None)
    monkeypatch.setattr(kept, "_new", False)
    assert kept.compiled(source).pattern == source
    kept._keep()
    assert pickle.loads(next(tmp_path.glob("patterns-*.pickle")).read_bytes())[source][0].pattern == source


def test_a_kept_pattern_no_run_asks_for_is_dropped_after_some_writes(tmp_path, monkeypatch):
    import pickle

    from czfacts import compiled as kept

    monkeypatch.setenv("CZFACTS_CACHE", str(tmp_path))

    def run(*sources: str) -> dict:
        """One process's life: load the file, ask for ``sources``, keep what is new at exit."""
        monkeypatch.setattr(kept, "_known", None)
        monkeypatch.setattr(kept, "_used", set())
        monkeypatch.setattr(kept, "_new", False)
        for source in sources:
            kept.compiled(source)
        kept._keep()
        return pickle.loads(next(tmp_path.glob("patterns-*.pickle")).read_bytes())

    run("old rule", "common")
    for i in range(kept.STALE):  # every run asks for "common" and compiles something new
        entries = run("common", f"edit {i}")
        assert "old rule" in entries and entries["common"][1] == 0
    entries = run("common", "one more edit")
    assert "old rule" not in entries and "edit 0" in entries and set(entries) >= {"common", "one more edit"}
    ages = {source: age for source, (_, age) in entries.items()}
    assert {source: age for source, (_, age) in run("common").items()} == ages  # nothing compiled, nothing written
    next(tmp_path.glob("patterns-*.pickle")).write_bytes(pickle.dumps({"x": kept.regex.compile("x")}))
    assert "x" not in run("y")  # a file of an older czfacts (no ages) is read as none


def test_the_indicator_table_loaded_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    from czfacts import indicators, lexicon

    monkeypatch.setenv("CZFACTS_CACHE", str(tmp_path))
    indicators._load.cache_clear()
    try:
        built = indicators._load(())
        assert list(tmp_path.glob("indicator_table-*.pickle"))
        indicators._load.cache_clear()
        loaded = indicators._load(())
        assert loaded is not built
        for name in ("地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "城镇新增就业", "不是指标"):
            assert loaded.indicator_of(name) == built.indicator_of(name) == indicators.build(
                lexicon.bundled("indicators"), []).indicator_of(name)
    finally:
        indicators._load.cache_clear()
