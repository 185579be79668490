"""docs/rules.md: every sh block runs from the repository root and exits 0, and its output
holds what the block's `# expect:` lines name."""
import os
import pathlib
import subprocess
import sys

import pytest
import regex

ROOT = pathlib.Path(__file__).resolve().parents[1]
BLOCKS = regex.findall(r"```sh\n(.*?)```", (ROOT / "docs" / "rules.md").read_text(encoding="utf-8"), flags=regex.S)


@pytest.mark.parametrize("block", BLOCKS, ids=[b.splitlines()[0][:40] for b in BLOCKS])
def test_the_commands_of_the_rules_guide_work(block, tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path),
           "PATH": f"{pathlib.Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", block], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    for expected in regex.findall(r"^# expect: (.+)$", block, flags=regex.M):
        assert expected.replace(" ", "") in done.stdout.replace(" ", ""), f"{expected!r} not in {done.stdout[-1500:]!r}"
