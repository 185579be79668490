"""The czfacts benchmark: writes docs/performance.md from one run.

    pip install -e '.[bench]'        # the peers: JioNLP, Recognizers-Text, cn2an
    python bench/run.py [--texts ../shared/texts] [--rounds 3] [--budget 10]

Over the texts of each genre: czfacts end to end (chars/s, facts/s) against jieba.lcut, the
reference, and the peers, each tool in its own process, rounds interleaved (the machines
are shared and noisy, so the claims are ratios measured in the same run, best round kept);
peak RSS of a 10 MB dump (one 10 MB article, and a folder of 10 MB); the cold start of a
one-article dump; the speed-up of a folder dump with --jobs 2; where the time goes, stage
by stage. A block of docs/performance.md between <!-- NAME: begin --> and <!-- NAME: end -->
(scripts/bench_hostile.py writes the hostile shapes so) is kept as it is, before the closing summary.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from tools import GENRES, TOOLS  # noqa: E402

REFERENCE = "jieba.lcut"
PACKAGES = ("czfacts", "rjieba", "jieba", "regex", "pydantic", "jionlp", "recognizers-text-number",
            "recognizers-text-number-with-unit", "cn2an")
SMALL_ARTICLE = "news/nw_cctv_20120720_xizang_2012.txt"  # 917 characters: the one-article dump
# a section another script writes (scripts/bench_hostile.py: <!-- hostile-shapes: begin … --> … <!-- hostile-shapes: end -->)
PRESERVED = re.compile(r"<!-- ([\w-]+): ?begin\b.*?-->.*?<!-- \1: ?end -->", re.S)


def czfacts_command() -> list[str]:
    script = pathlib.Path(sys.executable).with_name("czfacts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "czfacts.cli"]


# ------------------------------------------------------------------ throughput

def throughput(texts: pathlib.Path, rounds: int, budget: float) -> tuple[dict, dict]:
    """{tool: {genre: best measurement}}, and {tool: why it did not run}. Each round runs every
    tool on one genre after the other, so the tools compared on a genre run minutes apart at most."""
    best: dict[str, dict] = {}
    failed: dict[str, str] = {}
    for round_ in range(rounds):
        for genre in GENRES:
            for tool in TOOLS:
                if tool in failed:
                    continue
                print(f"round {round_ + 1}/{rounds}, {genre}: {tool}", file=sys.stderr)
                done = subprocess.run([sys.executable, str(HERE / "tools.py"), tool, "--texts", str(texts),
                                       "--genre", genre, "--budget", str(budget)], capture_output=True, text=True)
                if done.returncode:
                    failed[tool] = (done.stderr.strip().splitlines() or ["failed"])[-1]
                    continue
                m = json.loads(done.stdout.strip().splitlines()[-1])[genre]
                kept = best.setdefault(tool, {}).get(genre)
                if kept is None or rate(m) > rate(kept):
                    best[tool][genre] = m
    return best, failed


def rate(m: dict) -> float:
    return m["chars"] / m["seconds"]


def throughput_lines(best: dict, failed: dict, rounds: int, budget: float, figures: dict) -> list[str]:
    reference = best[REFERENCE]
    cz, money = best.get("czfacts.extract"), best.get("jionlp.extract_money")
    figures["ratio"] = {g: rate(cz[g]) / rate(reference[g]) for g in GENRES} if cz else {}
    figures["vs_money"] = {g: rate(cz[g]) / rate(money[g]) for g in GENRES} if cz and money else {}
    lines = ["## Throughput per genre", "",
             f"Characters per CPU second (best of {rounds} rounds; in each round every tool runs on a genre in its "
             f"own process after a warm-up, one tool after the other) and, in brackets, the ratio to `{REFERENCE}` "
             "on the same texts. CPU time, not wall time: the machine is shared, and the time other processes "
             f"hold the cores is not the tools' cost. A tool whose timed pass passed {budget:g} CPU seconds on a "
             "genre was stopped there: its rate is over the first documents (`docs` below). The peers come with "
             "`pip install -e '.[bench]'`: JioNLP, Recognizers-Text (Chinese number, percentage, currency and "
             "dimension models; its 1.0.2a2 release needs emoji < 2) and cn2an all install from the package "
             "registry.", "",
             "| tool | " + " | ".join(GENRES) + " |", "|---|" + "---:|" * len(GENRES)]
    for tool, genres in best.items():
        cells = [f"{rate(genres[g]):,.0f} ({rate(genres[g]) / rate(reference[g]):.2f}×)" for g in GENRES]
        lines.append(f"| {tool} | " + " | ".join(cells) + " |")
    if cz:
        lines.append("| czfacts facts/s | " + " | ".join(f"{cz[g]['items'] / cz[g]['seconds']:,.0f}" for g in GENRES) + " |")
    lines += ["", "| tool | " + " | ".join(f"{g}: docs, chars, items" for g in GENRES) + " |",
              "|---|" + "---:|" * len(GENRES)]
    for tool, genres in best.items():
        lines.append(f"| {tool} | " + " | ".join(
            f"{m['docs']}/{m['of_docs']}, {m['chars']:,}, {m['items']:,}" for m in (genres[g] for g in GENRES)) + " |")
    for tool, why in failed.items():
        lines += ["", f"`{tool}` did not run: {why}"]
    return lines


# ------------------------------------------------------------------ memory, start-up, parallel

def peak_rss(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB and output lines of ``command``."""
    with tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - t0
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        lines = sum(1 for _ in out)
    return wall, usage.ru_maxrss / 1024, lines


def ten_megabytes(texts: pathlib.Path, work: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    """One 10 MB article (the work reports, repeated) and a folder of 10 MB of articles."""
    reports = [p.read_text(encoding="utf-8") for p in sorted((texts / "work_report").glob("*.txt"))]
    article, size, parts = work / "one_article_10mb.txt", 0, []
    while size < 10 * 2**20:
        parts.append(reports[len(parts) % len(reports)])
        size += len(parts[-1].encode()) + 1
    article.write_text("\n".join(parts), encoding="utf-8")
    folder = work / "folder_10mb"
    folder.mkdir()
    size, copy = 0, 0
    while size < 10 * 2**20:
        for path in sorted(texts.glob("*/*.txt")):
            if size >= 10 * 2**20:
                break
            target = folder / f"{copy}_{path.name}"
            shutil.copyfile(path, target)
            shutil.copyfile(path.with_name(path.stem + ".meta.json"), folder / f"{copy}_{path.stem}.meta.json")
            size += path.stat().st_size
        copy += 1
    return article, folder


def memory_lines(texts: pathlib.Path, figures: dict) -> list[str]:
    with tempfile.TemporaryDirectory() as work:
        article, folder = ten_megabytes(texts, pathlib.Path(work))
        small = peak_rss(czfacts_command() + ["dump", str(texts / SMALL_ARTICLE)])
        one = peak_rss(czfacts_command() + ["dump", str(article), "--date", "2025-03-05"])
        many = peak_rss(czfacts_command() + ["dump", str(folder)])
    figures["rss"] = {"article": one[1], "folder": many[1], "small": small[1], "facts": one[2]}
    lines = ["## Memory", "",
             "Peak resident memory of `czfacts dump … > file` (jsonl), from the kernel's accounting of the process.", "",
             "| dump | wall s | peak RSS MiB | facts | MiB above the one-article dump per 1,000 facts |", "|---|---:|---:|---:|---:|"]
    for name, (wall, rss, facts) in (("one small article (baseline: interpreter, lexicons, tokenizer dictionary)", small),
                                     ("one 10 MB article (work reports end to end)", one),
                                     ("a folder of 10 MB (every genre, copied)", many)):
        extra = f"{(rss - small[1]) / facts * 1000:.1f}" if facts and rss > small[1] else ""
        lines.append(f"| {name} | {wall:.1f} | {rss:.0f} | {facts:,} | {extra} |")
    return lines


def timed_runs(command: list[str], runs: int) -> list[tuple[float, float]]:
    """(wall seconds, CPU seconds: user + system) of ``runs`` cold runs of ``command``."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        times.append((time.perf_counter() - t0, usage.ru_utime + usage.ru_stime))
    return times


def startup_lines(texts: pathlib.Path, figures: dict, runs: int = 10) -> list[str]:
    rows = [("`python -c pass` (the interpreter alone)", [sys.executable, "-c", "pass"]),
            ("`python -c 'import czfacts'`", [sys.executable, "-c", "import czfacts"]),
            (f"`czfacts dump {SMALL_ARTICLE}` (917 characters)", czfacts_command() + ["dump", str(texts / SMALL_ARTICLE)])]
    lines = ["## Start-up", "",
             f"A cold process, {runs} runs each: wall time, and CPU time (user + system), which other work on the "
             "shared machine does not inflate; on an idle machine the two are close.", "",
             "| command | best wall s | median wall s | best CPU s |", "|---|---:|---:|---:|"]
    for name, command in rows:
        times = timed_runs(command, runs)
        walls, cpus = [w for w, _ in times], [c for _, c in times]
        lines.append(f"| {name} | {min(walls):.3f} | {statistics.median(walls):.3f} | {min(cpus):.3f} |")
        figures["startup"] = (min(walls), statistics.median(walls), min(cpus))  # the last row: the dump
    return lines


SPIN = "x = 0\nfor i in range(20_000_000):\n    x += i\n"  # pure CPU work, no I/O, no memory


def spin(processes: int) -> float:
    """Wall seconds of ``processes`` copies of SPIN run side by side: what the machine gives two
    CPU-bound processes at this moment (the control for the folder speed-up)."""
    t0 = time.perf_counter()
    running = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(processes)]
    for process in running:
        process.wait()
    return time.perf_counter() - t0


def parallel_lines(texts: pathlib.Path, rounds: int, figures: dict) -> list[str]:
    walls: dict[int, list[float]] = {1: [], 2: []}
    control: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in walls:
            walls[jobs] += [wall for wall, _ in timed_runs(czfacts_command() + ["dump", str(texts), "--jobs", str(jobs)], 1)]
            control[jobs].append(spin(jobs))
    one, two = min(walls[1]), min(walls[2])
    machine = 2 * min(control[1]) / min(control[2])  # two loops in the time of one: 2.0
    figures["speedup"], figures["machine_speedup"] = one / two, machine
    return ["## A folder on two cores", "",
            f"`czfacts dump {texts.name}/ --jobs N` over every genre ({sum(1 for _ in texts.glob('*/*.txt'))} articles), "
            f"best of {rounds} interleaved runs. The control, run in the same rounds: two copies of a pure-Python "
            "loop side by side against one, which shows how much of a second core the shared machine gave.", "",
            "| jobs | wall s | speed-up | control: speed-up of two CPU-bound processes |", "|---:|---:|---:|---:|",
            f"| 1 | {one:.2f} | 1.00 | 1.00 |", f"| 2 | {two:.2f} | {one / two:.2f} | {machine:.2f} |"]


# ------------------------------------------------------------------ stages

def stage_lines(texts: pathlib.Path) -> list[str]:
    done = subprocess.run([sys.executable, str(HERE / "stages.py"), "--texts", str(texts)],
                          capture_output=True, text=True, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    steps = sorted({s for g in report.values() for s in g["steps"]},
                   key=lambda s: -sum(g["steps"].get(s, 0) / g["seconds"] for g in report.values()))
    lines = ["## Where the time goes", "",
             "Share of czfacts' time per step of `Extractor.extract` (`python bench/stages.py`, one pass with every "
             "step timed; the tokenizer is timed inside the stages that call it). µs and Python calls per fact "
             "from the same pass and a cProfile pass.", "",
             "| step | " + " | ".join(GENRES) + " |", "|---|" + "---:|" * len(GENRES)]
    for step in steps:
        lines.append(f"| {step} | " + " | ".join(f"{100 * report[g]['steps'].get(step, 0) / report[g]['seconds']:.1f}%"
                                                 for g in GENRES) + " |")
    lines.append("| of which the tokenizer (rjieba) | " + " | ".join(
        f"{100 * report[g]['tokenizer'] / report[g]['seconds']:.1f}%" for g in GENRES) + " |")
    lines.append("| µs per fact | " + " | ".join(f"{1e6 * report[g]['seconds'] / report[g]['facts']:.0f}" for g in GENRES) + " |")
    lines.append("| Python calls per fact | " + " | ".join(f"{report[g]['calls'] / report[g]['facts']:.0f}" for g in GENRES) + " |")
    lines += ["", "The functions with the most own time (cProfile), per genre:", ""]
    for genre in GENRES:
        hottest = ", ".join(f"`{name}` {seconds:.2f} s" for name, seconds in report[genre]["hottest"][:6])
        lines.append(f"- {genre} ({report[genre]['seconds']:.2f} s untraced): {hottest}")
    return lines


# ------------------------------------------------------------------ the document

def machine_lines(started: float, load_at_start: tuple[float, ...]) -> list[str]:
    cpuinfo, meminfo = pathlib.Path("/proc/cpuinfo"), pathlib.Path("/proc/meminfo")
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")), "") if cpuinfo.exists() else platform.processor()
    memory = next((int(line.split()[1]) / 2**20 for line in meminfo.read_text().splitlines()
                   if line.startswith("MemTotal")), 0.0) if meminfo.exists() else 0.0

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True)
    loads = [" / ".join(f"{x:.1f}" for x in load) for load in (load_at_start, os.getloadavg())]
    return ["## Machine and versions", "",
            f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB; {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}; czfacts at commit {commit.stdout.strip() or 'unknown'}. "
            f"The machine is shared: load average {loads[0]} at the start of the run, {loads[1]} at its end "
            f"({(time.time() - started) / 60:.0f} minutes).", "",
            "Versions: " + ", ".join(f"{name} {version(name)}" for name in PACKAGES) + "."]


def summary_lines(figures: dict, command: str) -> list[str]:
    """The closing note: the command, and each figure beside the target issue 11 set for it."""
    def row(what: str, figure: str, target: str, met: bool | None) -> str:
        return f"| {what} | {figure} | {target} | {'yes' if met else 'no' if met is not None else ''} |"

    ratio, money, rss = figures.get("ratio", {}), figures.get("vs_money", {}), figures.get("rss", {})
    lines = ["## Summary", "", f"From `{command}`:", "", "| figure | measured | target | met |", "|---|---|---|---|"]
    if ratio:
        lines.append(row("czfacts / jieba.lcut, per genre", ", ".join(f"{g} {r:.2f}×" for g, r in ratio.items()),
                         "≥ 2.0× on every genre", min(ratio.values()) >= 2.0))
    if money:
        lines.append(row("czfacts / JioNLP extract_money, per genre", ", ".join(f"{g} {r:.2f}×" for g, r in money.items()),
                         "> 1× on every genre", min(money.values()) > 1.0))
    if rss:
        lines.append(row("peak RSS, one 10 MB article", f"{rss['article']:.0f} MiB", "< 200 MiB", rss["article"] < 200))
        lines.append(row("peak RSS, a 10 MB folder", f"{rss['folder']:.0f} MiB", "< 200 MiB", rss["folder"] < 200))
    if "startup" in figures:
        best, median, cpu = figures["startup"]
        lines.append(row("cold one-article dump", f"{best:.2f} s best wall, {median:.2f} s median, {cpu:.2f} s CPU",
                         "< 0.4 s", best < 0.4))
    if "speedup" in figures:
        lines.append(row("folder speed-up, --jobs 2", f"{figures['speedup']:.2f}× (the machine gave two CPU-bound "
                         f"processes {figures['machine_speedup']:.2f}×)", "≥ 1.8×", figures["speedup"] >= 1.8))
    return lines


def write(sections: list[list[str]], closing: list[str], command: str) -> pathlib.Path:
    """docs/performance.md: the sections, the blocks other scripts (or people) keep in it, and
    the closing summary."""
    target = ROOT / "docs" / "performance.md"
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    head = ["# Performance", "",
            f"Written by `{command}` on {dt.date.today().isoformat()}. Absolute rates depend on the machine; "
            "the ratios measured in the same run are the claims. No test asserts a time.", ""]
    body = [line for section in sections for line in [*section, ""]]
    blocks = [line for m in PRESERVED.finditer(old) for line in [m.group(0), ""]]
    target.write_text("\n".join(head + body + blocks + closing) + "\n", encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=pathlib.Path, default=ROOT.parent / "shared" / "texts")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the throughput runs")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds of timed work per tool and genre at most")
    args = parser.parse_args()
    started, load_at_start = time.time(), os.getloadavg()
    texts = args.texts.resolve()
    best, failed = throughput(texts, args.rounds, args.budget)
    figures: dict = {}
    sections = [throughput_lines(best, failed, args.rounds, args.budget, figures)]
    print("start-up, memory, parallel, stages", file=sys.stderr)
    sections += [startup_lines(texts, figures), memory_lines(texts, figures), parallel_lines(texts, args.rounds, figures),
                 stage_lines(texts), machine_lines(started, load_at_start)]
    command = "python bench/run.py" + "".join(f" --{k} {v}" for k, v in (("rounds", args.rounds), ("budget", args.budget))
                                               if parser.get_default(k) != v)
    print(write(sections, summary_lines(figures, command), command).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
