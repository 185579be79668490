"""Extractor.pipe: order kept, lazy and bounded, per-document errors returned, in one or several processes."""
from __future__ import annotations

import itertools
import json
import os

import pytest

import czfacts
from czfacts import Extractor, InputError
from czfacts.batch import IN_FLIGHT_PER_PROCESS, WorkerDied

TEXTS = [
    "今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%,总量全省第二",
    "全市新增企业35家。",
    "没有数字的一句话。",
    "2023年全省粮食产量1324.8亿斤,比上年增长0.5%。",
]


def dumps(results) -> list:
    return [[f.to_json() for f in r] if isinstance(r, list) else repr(r) for r in results]


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_gives_what_extract_gives_in_input_order(n_process):
    docs = [(text, {"date": "2024-11-01", "doc_id": str(i)}) for i, text in enumerate(TEXTS * 3)]
    expected = [czfacts.extract(text, **options) for text, options in docs]
    got = list(Extractor().pipe(docs, n_process=n_process, batch_size=2))
    assert dumps(got) == dumps(expected)
    assert [f.provenance.doc_id for r in got for f in r] == [f.provenance.doc_id for r in expected for f in r]


@pytest.mark.parametrize("n_process", [1, 2])
def test_errors_are_returned_per_document_and_the_others_go_on(n_process, tmp_path):
    docs = [TEXTS[1], (TEXTS[1], {"date": "not a date"}), tmp_path / "missing.txt", 42, TEXTS[1]]
    results = list(Extractor().pipe(docs, n_process=n_process, batch_size=2))
    assert len(results) == len(docs)
    assert [f.provenance.text for f in results[0]] == ["35家"] and results[4] == results[0]
    assert isinstance(results[1], InputError) and "not a date" in str(results[1])
    assert isinstance(results[2], InputError) and "missing.txt" in str(results[2])
    assert isinstance(results[3], TypeError)


def test_article_paths_are_read_with_their_meta(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("今年上半年,全市新增企业35家。", encoding="utf-8")
    article.with_name("a.meta.json").write_text(json.dumps({"date": "2024-11-01", "place": "长治市"}),
                                                encoding="utf-8")
    [from_meta, overridden] = Extractor().pipe([article, (article, {"date": "2023-11-01", "doc_id": "x"})])
    assert from_meta[0].provenance.doc_id == "a" and from_meta[0].subject == "长治市"
    assert from_meta[0].period.start == "2024-01-01"
    assert overridden[0].provenance.doc_id == "x" and overridden[0].period.start == "2023-01-01"


@pytest.mark.parametrize("n_process", [1, 2])
def test_input_is_read_lazily_and_in_bounded_amounts(n_process):
    pulled = []

    def endless():
        for i in itertools.count():
            pulled.append(i)
            yield TEXTS[i % len(TEXTS)]

    batch_size = 3
    results = Extractor().pipe(endless(), n_process=n_process, batch_size=batch_size)
    first = list(itertools.islice(results, 5))
    results.close()
    assert len(first) == 5
    in_flight = 1 if n_process == 1 else IN_FLIGHT_PER_PROCESS * n_process * batch_size
    assert len(pulled) <= 5 + in_flight


class DyingExtractor(Extractor):
    """Kills its worker process on one document, as an out-of-memory kill would."""

    def extract(self, text, **options):
        if text == "die":
            os._exit(1)
        return super().extract(text, **options)


def test_a_dead_worker_fails_only_the_documents_in_flight():
    docs = [(TEXTS[1], {"doc_id": "before"}), ("die", {"doc_id": "victim"})] + [TEXTS[1]] * 20
    results = list(DyingExtractor().pipe(docs, n_process=2, batch_size=1))
    assert len(results) == len(docs)
    assert isinstance(results[1], WorkerDied) and "victim" in str(results[1])
    died = sum(isinstance(r, WorkerDied) for r in results)
    assert died <= 1 + IN_FLIGHT_PER_PROCESS * 2  # those in flight with it, and no more
    assert all(isinstance(r, list) and len(r) == 1 for r in results[-10:])


def test_extract_many_is_a_wrapper_that_raises_on_the_first_bad_document():
    results = czfacts.extract_many(iter([(TEXTS[1], {}), (TEXTS[1], {"date": "soon"}), (TEXTS[1], {})]))
    assert len(next(results)) == 1
    with pytest.raises(InputError):
        next(results)


def test_extract_many_in_processes_keeps_order():
    docs = [(text, {"doc_id": str(i)}) for i, text in enumerate(TEXTS)]
    assert dumps(czfacts.extract_many(docs, n_process=2)) == dumps(czfacts.extract_many(docs))


@pytest.mark.parametrize("bad", [{"n_process": 0}, {"batch_size": 0}])
def test_bad_sizes_are_refused_at_once(bad):
    with pytest.raises(ValueError):
        Extractor().pipe(TEXTS, **bad)


def test_dump_jobs_gives_the_same_output(tmp_path, capsys):
    from czfacts.cli import main

    for i, text in enumerate(TEXTS * 2):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "9.txt").write_bytes(b"\x00\x01binary")
    outputs = []
    for jobs in ("1", "2"):
        status = main(["dump", str(tmp_path), "--date", "2024-11-01", "--jobs", jobs])
        captured = capsys.readouterr()
        outputs.append((status, captured.out, captured.err))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1 and "9.txt" in outputs[0][2] and outputs[0][1].count("\n") >= 8


def test_a_worker_sends_an_articles_facts_as_the_jsonl_the_writer_writes():
    """FactsOf (czfacts dump's facts) pickles as one UTF-8 jsonl blob: its facts, their number and
    the bytes of --format jsonl are those of the facts built in the process itself."""
    import pickle

    from czfacts.cli import _Documents
    from czfacts.fact import FactLines, jsonl_chunks

    text = "\n".join(TEXTS) + "\n“两基”攻坚县（市）12个，增长3.5%。"
    built = _Documents().extract(text, date="2024-11-01", doc_id="a").facts
    sent = pickle.loads(pickle.dumps(built))
    assert isinstance(sent, FactLines) and len(sent) == len(built) > 5
    assert list(sent) == list(built) and sent[0] == built[0] and sent[1:3] == built[1:3]
    assert sent.jsonl == b"".join(jsonl_chunks(built)) == "".join(f.to_json() + "\n" for f in built).encode()


class _FreezeCount(Extractor):
    def extract(self, text, **options):  # type: ignore[override]
        import gc
        return gc.get_freeze_count()


def test_a_worker_freezes_what_it_inherits():
    """Its collections leave the parent's lexicons and patterns alone (and their shared pages uncopied)."""
    import gc

    inherited = [["made after any freeze of this process"]]
    counts = list(_FreezeCount().pipe(["a", "b"], n_process=2))
    assert gc.is_tracked(inherited) and all(isinstance(n, int) and n > gc.get_freeze_count() for n in counts)
