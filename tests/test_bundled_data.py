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
