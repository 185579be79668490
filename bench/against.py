"""czfacts against an earlier commit of itself: is extract() as fast as it was?

    python bench/against.py 4c415bb [--rounds 3] [--no-write]

Checks the commit out into a temporary git worktree and starts one worker process per tree, each
importing its own czfacts. The workers take the same texts (the annotated corpus and the first 60
shared texts) text by text in alternation, the order flipped from text to text and round to round,
so that the shared machine's drift (it moves CPU time by a third within minutes) falls on both
trees alike; ``jieba.lcut`` is timed the same way as the reference. The claim is the ratio of the
trees' summed CPU times, each text's best of the rounds. Writes its own block of docs/performance.md.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- against-a-commit: begin (bench/against.py) -->", "<!-- against-a-commit: end -->"

# Run inside each tree's process: for each text index read from stdin, the CPU seconds of jieba and czfacts.
WORKER = r"""
import glob, json, pathlib, sys, time
root, shared = sys.argv[1], sys.argv[2]
paths = sorted(glob.glob(root + "/corpora/*.txt")) + sorted(glob.glob(shared + "/texts/*/*.txt"))[:60]
texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in paths]
import jieba, czfacts
jieba.lcut("预热"); czfacts.extract(texts[0])
print(json.dumps({"texts": len(texts), "chars": sum(map(len, texts)), "module": czfacts.__file__}), flush=True)
for line in sys.stdin:
    text = texts[int(line)]
    start = time.process_time(); jieba.lcut(text); middle = time.process_time(); czfacts.extract(text)
    print(json.dumps([middle - start, time.process_time() - middle]), flush=True)
"""


def worker(tree: pathlib.Path, shared: pathlib.Path) -> tuple[subprocess.Popen, dict]:
    process = subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT), str(shared)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, cwd=tree,
                               env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})
    info = json.loads(process.stdout.readline())
    if not pathlib.Path(info["module"]).is_relative_to(tree):
        raise SystemExit(f"czfacts was imported from {info['module']}, not from {tree}")
    return process, info


def timed(process: subprocess.Popen, i: int) -> tuple[float, float]:
    process.stdin.write(f"{i}\n")
    process.stdin.flush()
    jieba_time, czfacts_time = json.loads(process.stdout.readline())
    return jieba_time, czfacts_time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        old = pathlib.Path(tmp) / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), args.commit],
                       capture_output=True, check=True)
        try:
            workers = {name: worker(tree, pathlib.Path(args.shared)) for name, tree in (("old", old), ("new", ROOT))}
            n, chars = workers["new"][1]["texts"], workers["new"][1]["chars"]
            best = {name: [[float("inf"), float("inf")] for _ in range(n)] for name in workers}
            for round_ in range(args.rounds):
                for i in range(n):
                    for name in (("old", "new") if (i + round_) % 2 == 0 else ("new", "old")):
                        times = timed(workers[name][0], i)
                        best[name][i] = [min(a, b) for a, b in zip(best[name][i], times)]
            for process, _ in workers.values():
                process.stdin.close()
                process.wait()
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], capture_output=True)
    jieba_s = {name: sum(t[0] for t in times) for name, times in best.items()}
    czfacts_s = {name: sum(t[1] for t in times) for name, times in best.items()}
    lines = [BEGIN, "", f"### Against an earlier commit (`python bench/against.py {args.commit}`)", "",
             f"{chars:,} characters in {n} texts (the annotated corpus and 60 shared texts); one worker process per "
             f"tree, the trees alternating text by text; CPU time, each text's best of {args.rounds} rounds.", "",
             "| tree | czfacts CPU s | czfacts / jieba.lcut |", "|---|---:|---:|",
             f"| {args.commit} | {czfacts_s['old']:.2f} | {jieba_s['old'] / czfacts_s['old']:.2f}× |",
             f"| {head} (this run) | {czfacts_s['new']:.2f} | {jieba_s['new'] / czfacts_s['new']:.2f}× |", "",
             f"{head} takes {czfacts_s['new'] / czfacts_s['old']:.2f}× the CPU time of {args.commit} on the same texts.",
             "", END]
    print("\n".join(lines))
    if not args.no_write:
        text = DOC.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            before, rest = text.split(BEGIN, 1)
            text = before + "\n".join(lines) + rest.split(END, 1)[1]
        else:
            text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
        DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
