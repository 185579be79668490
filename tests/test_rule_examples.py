"""Rule examples are written for the genre, not copied from the scored gold articles: no
prose line of an example may share a run of 16 characters (spaces ignored) with a gold text
in corpora/. Table rows (lines with tabs) are exempt: their headers are the statistics
bureaus' fixed wording (上月=100, 同比增长（%）)."""
import pathlib

import pytest
import regex

from czfacts.rules import all_rules

RUN = 16
CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"


def _squash(text: str) -> str:
    return regex.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def gold_runs() -> set[str]:
    runs: set[str] = set()
    for path in CORPORA.glob("**/*.txt"):
        if path.with_name(path.name.removesuffix(".txt") + ".gold.jsonl").is_file():
            text = _squash(path.read_text(encoding="utf-8"))
            runs.update(text[i:i + RUN] for i in range(len(text) - RUN + 1))
    return runs


def test_no_rule_example_is_a_copied_gold_sentence(gold_runs):
    copied = []
    for rule in all_rules():
        for text in [e.text for e in rule.examples] + list(rule.negatives):
            squashed = _squash("\n".join(line for line in text.split("\n") if "\t" not in line))
            if any(squashed[i:i + RUN] in gold_runs for i in range(len(squashed) - RUN + 1)):
                copied.append(f"{rule.name}: {text[:40]!r}")
    assert not copied, "rule examples copied from gold articles:\n" + "\n".join(copied)
