"""What several test modules read of the corpus."""
import pathlib

import pytest

CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"


@pytest.fixture(scope="session")
def articles_with_figures() -> set[str]:
    """The doc ids of the corpus's articles, held-out ones too, whose gold holds a fact (an excerpt of
    slogans and labels holds none): each gives facts when the folder is dumped."""
    return {p.stem for p in CORPORA.rglob("*.txt")
            if any('"value"' in line for line in p.with_name(p.stem + ".gold.jsonl").open(encoding="utf-8"))}
