"""The public API is typed: py.typed ships, and `mypy --strict` passes on the modules a user
imports from (the package, the pipeline, the Fact model, the errors, the formats, the viewer)."""
import pathlib
import subprocess
import sys
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
PUBLIC = ["czfacts/__init__.py", "czfacts/pipeline.py", "czfacts/fact.py", "czfacts/errors.py",
          "czfacts/formats.py", "czfacts/viewer.py", "czfacts/atomic.py"]


def test_py_typed_ships():
    assert (ROOT / "czfacts" / "py.typed").is_file()
    assert '"py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_mypy_strict_on_the_public_api():
    pytest.importorskip("mypy")
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
                           "--cache-dir", str(pathlib.Path(tempfile.gettempdir()) / "czfacts-mypy-cache"), *PUBLIC],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
