"""Check that goldens changed only by ``span`` fields: compare each expected file with its
committed version (``git show REV:PATH``), every ``span`` key dropped from both.

    python tools/diff_without_spans.py [REV]      # REV defaults to HEAD; exit 1 on a difference
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def drop_spans(value):
    if isinstance(value, dict):
        return {k: drop_spans(v) for k, v in value.items() if k != "span"}
    if isinstance(value, list):
        return [drop_spans(v) for v in value]
    return value


def main(rev: str = "HEAD") -> int:
    changed = 0
    paths = sorted(ROOT.glob("samples/**/*.expected.json"))
    for path in paths:
        rel = path.relative_to(ROOT).as_posix()
        old = subprocess.run(
            ["git", "show", f"{rev}:{rel}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        if drop_spans(json.loads(old)) != drop_spans(json.loads(path.read_text(encoding="utf-8"))):
            print(f"differs beyond spans: {rel}")
            changed += 1
    print(f"{len(paths)} expected files compared with {rev}, {changed} differ beyond their span fields")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
