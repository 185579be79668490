"""One tool's throughput over the texts of a genre, in its own process.

    python bench/tools.py TOOL --texts ../shared/texts [--genre news ...] [--budget 10]

prints one JSON line: {genre: {"chars", "seconds", "items", "docs", "of_docs"}}. The tool
first runs over the start of the genre's documents to warm up (dictionaries loaded, patterns
compiled), then the timed pass reads the genre's documents in name order until the budget is
spent (slow peers see a prefix of the genre; "docs" of "of_docs" says how much). Seconds are
the CPU time of this process (time.process_time): the machines are shared, and CPU time does
not count the time other processes hold the cores.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time
from collections.abc import Callable

GENRES = ("communique", "stats_release", "news", "work_report")
Doc = tuple[str, dict]  # text and its meta.json


def load(texts: pathlib.Path, genre: str) -> list[Doc]:
    docs = []
    for path in sorted((texts / genre).glob("*.txt")):
        meta = json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))
        docs.append((path.read_text(encoding="utf-8"), meta))
    return docs


# Each tool: a function of the process's setup, returning the function that runs over one
# document and returns how many items (facts, words, mentions) it found.

def czfacts_extract() -> Callable[[str, dict], int]:
    import czfacts
    from czfacts import tokenize

    def run(text: str, meta: dict) -> int:
        tokenize.clear_cache()  # every article is new to the tokenizer cache, as in real use
        return len(czfacts.extract(text, date=meta.get("date"), place=meta.get("place"), doc_id=meta.get("doc_id")))
    return run


def jieba_lcut() -> Callable[[str, dict], int]:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return lambda text, meta: len(jieba.lcut(text))


def jionlp_money() -> Callable[[str, dict], int]:
    import jionlp

    return lambda text, meta: len(jionlp.ner.extract_money(text))


def jionlp_time() -> Callable[[str, dict], int]:
    import datetime as dt

    import jionlp

    from czfacts.dates import reference_date  # YYYY and YYYY-MM as their last day

    def run(text: str, meta: dict) -> int:
        base = dt.datetime.fromisoformat(reference_date(meta.get("date") or "2024")).timestamp()
        return len(jionlp.ner.extract_time(text, time_base=base))
    return run


def _recognizer(name: str) -> Callable[[], Callable[[str, dict], int]]:
    def setup() -> Callable[[str, dict], int]:
        import warnings

        warnings.simplefilter("ignore")  # it warns on every text it cannot resolve
        from recognizers_text import Culture
        if name in ("currency", "dimension"):
            import recognizers_number_with_unit as module
        else:
            import recognizers_number as module
        recognize = getattr(module, f"recognize_{name}")
        return lambda text, meta: len(recognize(text, Culture.Chinese))
    setup.__name__ = f"recognizers_{name}"
    return setup


def cn2an_transform() -> Callable[[str, dict], int]:
    import re

    import cn2an

    number = re.compile(r"\d+(?:\.\d+)?")
    return lambda text, meta: len(number.findall(cn2an.transform(text, "cn2an")))  # numbers in its output


TOOLS: dict[str, Callable[[], Callable[[str, dict], int]]] = {
    "czfacts.extract": czfacts_extract,
    "jieba.lcut": jieba_lcut,
    "jionlp.extract_money": jionlp_money,
    "jionlp.extract_time": jionlp_time,
    "recognizers.number": _recognizer("number"),
    "recognizers.percentage": _recognizer("percentage"),
    "recognizers.currency": _recognizer("currency"),
    "recognizers.dimension": _recognizer("dimension"),
    "cn2an.transform": cn2an_transform,
}


def measure(run: Callable[[str, dict], int], docs: list[Doc], budget: float) -> dict:
    chars = items = done = 0
    seconds = 0.0
    for text, meta in docs:
        t0 = time.process_time()
        items += run(text, meta)
        seconds += time.process_time() - t0
        chars += len(text)
        done += 1
        if seconds > budget:
            break
    return {"chars": chars, "seconds": seconds, "items": items, "docs": done, "of_docs": len(docs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tool", choices=TOOLS)
    parser.add_argument("--texts", type=pathlib.Path, required=True)
    parser.add_argument("--genre", action="append", choices=GENRES, help="the genre to run (repeatable; default all)")
    parser.add_argument("--budget", type=float, default=10.0, help="CPU seconds of timed work per genre at most")
    parser.add_argument("--warm-chars", type=int, default=20000,
                        help="characters of each genre run once before timing (warm-up)")
    args = parser.parse_args()
    run = TOOLS[args.tool]()
    result = {}
    for genre in args.genre or GENRES:
        docs = load(args.texts, genre)
        warmed = 0
        for text, meta in docs:  # warm-up: dictionaries loaded, patterns compiled, caches as in use
            if warmed >= args.warm_chars:
                break
            run(text[:args.warm_chars], meta)
            warmed += len(text)
        result[genre] = measure(run, docs, args.budget)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
