"""Many documents at once: ``Extractor.pipe`` in one process or spread over several.

A document is a text (``str``), an article file (``pathlib.Path``, read with its
``<doc>.meta.json`` like ``czfacts dump`` does) or either of them paired with keyword
arguments of ``Extractor.extract`` (``(text, {"date": ..., "place": ..., "doc_id": ...})``).

Results come back in input order, one per document: its list of Facts, or the exception
that document raised (an unreadable file, a malformed date, a bug), so one bad document
never stops a batch of thousands. Input is read lazily and at most ``2 × n_process``
batches are in flight, so memory stays bounded however long the stream.
"""
from __future__ import annotations

import gc
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Union

from .errors import CzfactsError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from .fact import Fact
    from .pipeline import Extractor

Doc = Union[str, os.PathLike, tuple[Union[str, os.PathLike], dict]]
Result = Union[list["Fact"], Exception]

WARM_UP = "2024年上半年，全市地区生产总值1195.7亿元，同比增长5.2%，总量居全省第二；新增企业35家。"
IN_FLIGHT_PER_PROCESS = 2  # batches queued per worker: enough to keep it busy, few enough to bound memory


class WorkerDied(CzfactsError):
    """A worker process ended abruptly (killed, out of memory) while extracting this document's batch."""


def extract_one(extractor: Extractor, doc: Doc) -> Result:
    """The facts of one document, or the exception it raised."""
    try:
        text, options = doc if isinstance(doc, tuple) else (doc, {})
        if not isinstance(text, os.PathLike):
            return extractor.extract(text, **options)
        from .articles import article_input  # articles imports the pipeline: import when used
        from .pipeline import Extraction

        options = dict(options)
        encoding = options.pop("encoding", None)  # how to read the file, not an extract() option
        decoded, found = article_input(os.fspath(text), options.get("date"), options.get("place"), encoding)
        options = found | {key: value for key, value in options.items() if value is not None}
        result = extractor.extract(decoded.text, **options)
        # an extractor that returns the whole Extraction (czfacts dump's) learns how the file was read
        return result.read_as(decoded) if isinstance(result, Extraction) else result
    except Exception as exc:  # returned, not raised: the caller decides per document
        return exc


def pipe(extractor: Extractor, docs: Iterable[Doc], n_process: int = 1, batch_size: int = 8) -> Iterator[Result]:
    """The implementation of ``Extractor.pipe`` (see there)."""
    if n_process < 1 or batch_size < 1:
        raise ValueError(f"n_process and batch_size must be at least 1, not {n_process} and {batch_size}")
    if n_process == 1:
        return (extract_one(extractor, doc) for doc in docs)
    return _parallel(extractor, iter(docs), n_process, batch_size)


def _extract_batch(batch: list[Doc]) -> list[Result]:
    return [_picklable(extract_one(_worker_extractor, doc)) for doc in batch]


_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor
    # What a forked worker inherits (lexicons, patterns, the tokenizer's dictionary) lives as long as
    # it does: its collections need not scan it, nor write to (and so copy) the pages it shares.
    gc.freeze()


def _picklable(result: Result) -> Result:
    """An exception that cannot cross the process boundary is sent as its message."""
    if isinstance(result, Exception):
        try:
            pickle.loads(pickle.dumps(result))
        except Exception:
            return CzfactsError(f"{type(result).__name__}: {result}")
    return result


def _context():
    """fork where the platform has it: workers inherit the loaded lexicons and start at once."""
    import multiprocessing  # here, not at the top: one document in one process (czfacts dump FILE) never needs it

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _parallel(extractor: Extractor, docs: Iterator[Doc], n_process: int, batch_size: int) -> Iterator[Result]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n_process, mp_context=_context(), initializer=_start_worker, initargs=(extractor,))

    if _context().get_start_method() == "fork":
        # Load the lexicons, compile the patterns and read the tokenizer's dictionary here, once:
        # forked workers share them instead of each spending half a second of CPU on its own copy.
        extractor.extract(WARM_UP)
    pool = new_pool()
    pending: deque[tuple[list[Doc], Future]] = deque()
    try:
        while True:
            while len(pending) < IN_FLIGHT_PER_PROCESS * n_process:
                batch = list(islice(docs, batch_size))
                if not batch:
                    break
                pending.append((batch, _submit(pool, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every batch in flight is lost with the pool: say so per document, go on in a new pool.
                results = [died for lost in [batch, *(b for b, _ in pending)] for died in _died(lost)]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, batch: list[Doc]) -> Future:
    """The batch's future; a pool that broke since the last result fails it like those in flight."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_extract_batch, batch)
    except BrokenProcessPool as exc:
        future: Future = Future()
        future.set_exception(exc)
        return future


def _died(batch: list[Doc]) -> Iterator[WorkerDied]:
    for doc in batch:
        text, options = doc if isinstance(doc, tuple) else (doc, {})
        name = os.fspath(text) if isinstance(text, os.PathLike) else options.get("doc_id") or "a document"
        yield WorkerDied(f"{name}: a worker process died while extracting this document's batch")
