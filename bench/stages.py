"""Where czfacts spends its time, per genre: each pipeline step timed, the tokenizer apart,
and the functions with the most own time under cProfile.

    python bench/stages.py --texts ../shared/texts

prints one JSON line: {genre: {"chars", "facts", "steps": {step: seconds}, "tokenizer",
"calls", "hottest": [[function, own seconds], ...]}}.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pathlib
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from tools import GENRES, load  # noqa: E402

from czfacts import pipeline, tokenize  # noqa: E402

spent: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - t0
    return wrapper


class TimedTokenizer:
    def __init__(self, inner: tokenize.Tokenizer) -> None:
        self.tag = timed("tokenizer", inner.tag)


def instrument() -> None:
    """Wrap every step of Extractor.extract_document (the Document, the context, the stages,
    the Facts) so that one extraction fills ``spent``."""
    pipeline.STAGES = tuple(timed(stage.__name__, stage) for stage in pipeline.STAGES)
    from_text = pipeline.Document.from_text.__func__
    pipeline.Document.from_text = classmethod(timed("normalise (Document.from_text)", from_text))
    for name in ("read_context", "_facts"):
        if hasattr(pipeline, name):
            setattr(pipeline, name, timed(name, getattr(pipeline, name)))
    tokenize.use(TimedTokenizer(tokenize.JiebaTokenizer()))


def run(docs: list[tuple[str, dict]]) -> int:
    facts = 0
    for text, meta in docs:
        tokenize.clear_cache()
        facts += len(pipeline.extract(text, date=meta.get("date"), place=meta.get("place")))
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=pathlib.Path, required=True)
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    instrument()
    report = {}
    for genre in GENRES:
        docs = load(args.texts, genre)
        run(docs[:3])  # warm-up
        spent.clear()
        t0 = time.perf_counter()
        facts = run(docs)
        total = time.perf_counter() - t0
        steps = {name: seconds for name, seconds in spent.items() if name != "tokenizer"}
        tokenizer = spent["tokenizer"]
        profiler = cProfile.Profile()
        profiler.runcall(run, docs)
        stats = pstats.Stats(profiler)
        calls = sum(row[1] for row in stats.stats.values())  # type: ignore[attr-defined]
        own = sorted(((f"{pathlib.Path(file).name}:{line}({fn})", row[2])
                      for (file, line, fn), row in stats.stats.items()), key=lambda x: -x[1])  # type: ignore[attr-defined]
        report[genre] = {"chars": sum(len(t) for t, _ in docs), "facts": facts, "seconds": total, "steps": steps,
                         "tokenizer": tokenizer, "calls": calls, "hottest": own[:args.top]}
    json.dump(report, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
