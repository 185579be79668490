"""czfacts against an earlier commit of itself: is extract() as fast as it was?

    python bench/against.py 4c415bb [--rounds 3] [--no-write]

Checks the commit out into a temporary git worktree, then times ``czfacts.extract`` of both
trees on the same texts (the annotated corpus and the first 60 shared texts), each in its own
process, rounds interleaved, with ``jieba.lcut`` timed in every process as the reference:
the claim is the ratio to jieba of each tree, measured in the same run (the machines are
shared and noisy). CPU time, best round. Writes its own block of docs/performance.md.
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

# Run inside each tree's process: best CPU seconds of one pass over the texts, for jieba and czfacts.
TIMER = r"""
import glob, json, pathlib, sys, time
root, shared = sys.argv[1], sys.argv[2]
paths = sorted(glob.glob(root + "/corpora/*.txt")) + sorted(glob.glob(shared + "/texts/*/*.txt"))[:60]
texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in paths]
import jieba, czfacts
jieba.lcut("预热"); czfacts.extract(texts[0])
def best(f):
    times = []
    for _ in range(2):
        start = time.process_time()
        for text in texts:
            f(text)
        times.append(time.process_time() - start)
    return min(times)
print(json.dumps({"chars": sum(map(len, texts)), "jieba": best(jieba.lcut), "czfacts": best(czfacts.extract),
                  "module": czfacts.__file__}))
"""


def measure(tree: pathlib.Path, texts_root: pathlib.Path) -> dict:
    done = subprocess.run([sys.executable, "-c", TIMER, str(ROOT), str(texts_root)], capture_output=True,
                          text=True, check=True, cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if not pathlib.Path(result["module"]).is_relative_to(tree):
        raise SystemExit(f"czfacts was imported from {result['module']}, not from {tree}")
    return result


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
            runs = {"old": [], "new": []}
            for _ in range(args.rounds):
                for name, tree in (("old", old), ("new", ROOT)):
                    runs[name].append(measure(tree, pathlib.Path(args.shared)))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], capture_output=True)
    ratio = {name: max(r["jieba"] / r["czfacts"] for r in rs) for name, rs in runs.items()}
    lines = [BEGIN, "", f"### Against an earlier commit (`python bench/against.py {args.commit}`)", "",
             f"{runs['new'][0]['chars']:,} characters (the annotated corpus and 60 shared texts), CPU time, best of "
             f"{args.rounds} interleaved rounds; each tree timed against `jieba.lcut` in its own process.", "",
             "| tree | czfacts / jieba.lcut |", "|---|---:|",
             f"| {args.commit} | {ratio['old']:.2f}× |", f"| {head} (this run) | {ratio['new']:.2f}× |", "",
             f"{head} takes {ratio['old'] / ratio['new']:.2f}× the time of {args.commit} per character.", "", END]
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
