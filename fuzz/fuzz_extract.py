"""Fuzz target (atheris): no input makes czfacts raise anything but InputError, and every fact
it gives slices back to its own text. Run it outside CI with fuzz/run.sh.

The first byte picks how the rest is read: as bytes through the reader (every encoding
path), as text with odd code points (surrogates, controls), or as text wrapped in HTML;
the second picks a reference date and place.
"""
import sys

import atheris

with atheris.instrument_imports(include=["czfacts"]):
    import czfacts
    from czfacts.errors import InputError
    from czfacts.reader import decode

DATES = [None, "2024-11-01", "2025", "2000-02-29", "2199-12-31"]
PLACES = [None, "长治市", "山西省", "", "中国"]


def text_of(data: atheris.FuzzedDataProvider, mode: int) -> str | None:
    if mode == 0:
        try:
            return decode(data.ConsumeBytes(data.remaining_bytes()))
        except InputError:
            return None
    text = data.ConsumeUnicodeNoSurrogates(data.remaining_bytes()) if mode == 1 else \
        data.ConsumeUnicode(data.remaining_bytes())  # surrogates included
    return f"<html><body><p>{text}</p><table><tr><td>{text}</td></tr></table>" if mode == 3 else text


def check(text: str, facts) -> None:
    for f in facts:
        p = f.provenance
        assert text[p.start:p.end] == p.text, (p.start, p.end, p.text)
        assert 0 <= p.sentence_start <= p.start < p.end <= p.sentence_end <= len(text)
        for ev in p.evidence.values():
            assert ev.start is None or 0 <= ev.start <= ev.end <= len(text)


def test_one_input(raw: bytes) -> None:
    data = atheris.FuzzedDataProvider(raw)
    mode, options = data.ConsumeIntInRange(0, 3), data.ConsumeIntInRange(0, 24)
    text = text_of(data, mode)
    if text is None:
        return
    facts = czfacts.extract(text, date=DATES[options % 5], place=PLACES[options // 5], doc_id="fuzz")
    check(text, facts)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
