#!/usr/bin/env bash
# Run the atheris fuzz target outside CI (it is not part of the test suite).
#   pip install -e ".[fuzz]"   # atheris: a dev tool, not installed by CI
#   fuzz/run.sh [SECONDS]      # default 600; findings are written to fuzz/findings/
# Seeds are lines of the bundled articles, so the fuzzer starts from real prose.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
seeds=fuzz/seeds
mkdir -p "$seeds" fuzz/findings
if [ -z "$(ls -A "$seeds")" ]; then
  python - "$seeds" <<'PY'
import pathlib, sys
out = pathlib.Path(sys.argv[1])
lines = [l for p in sorted(pathlib.Path("corpora").glob("*.txt")) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
for i, line in enumerate(lines[::7][:400]):
    for mode in (1, 3):  # plain text and wrapped in HTML (see fuzz_extract.text_of)
        (out / f"{i}-{mode}").write_bytes(bytes([mode, i % 25]) + line[:300].encode("utf-8"))
PY
fi
python fuzz/fuzz_extract.py "$seeds" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
  -artifact_prefix=fuzz/findings/ -print_final_stats=1
