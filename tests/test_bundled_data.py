"""The bundled data files fit their schemas (czfacts/schemas.py). A run does not check them:
building the schemas' pydantic classes took a tenth of a cold start, so they are built only
when a user lexicon is merged, and the bundled files are checked here."""
from __future__ import annotations

import subprocess
import sys

import pytest

from czfacts.lexicon import _bundled, _checked
from czfacts.schemas import SCHEMAS


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_bundled_file_fits_its_schema(name):
    assert _checked(name, _bundled(name), f"data/{name}.toml") == _bundled(name)


def test_an_extraction_without_user_lexicons_never_builds_the_schemas():
    code = "import sys, czfacts\nczfacts.extract('全市生产总值增长5.2%')\nprint('czfacts.schemas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
