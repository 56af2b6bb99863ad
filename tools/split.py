"""Which split a site or a changed sample is in, without showing a held-out text.

    python tools/split.py --site HOST          # dev or test (the rule of benchmarks/accuracy.py)
    python tools/split.py --changed [BASE]     # samples changed against BASE (default: main)

``--changed`` names every changed or new file of a **dev** text and only *counts* those of the test
split, so regenerating goldens after a rule change never prints a held-out file's name or content
(FORMAT.md: the test split is looked at only to measure). A file whose truth file cannot be read
is named with ``unknown:`` — check its site before opening it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import split_of  # noqa: E402  (one definition of the split rule)

HOST_PREFIXES = ("www.", "m.", "www1.")  # FORMAT.md: the site is the host without these
SAMPLE_SUFFIXES = (".expected.json", ".truth.json", ".txt", ".html", ".htm")


def site_split(host: str) -> str:
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    return split_of(host)


def _git_lines(*args: str) -> list[str]:
    out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line]


def changed(base: str) -> int:
    names = set(_git_lines("diff", "--name-only", base, "--", "samples"))
    names |= set(_git_lines("ls-files", "--others", "--exclude-standard", "--", "samples"))
    held_out = 0
    for name in sorted(names):
        path = ROOT / name
        if not path.name.endswith(SAMPLE_SUFFIXES):
            print(f"other: {name}")
            continue
        truth = path.with_name(path.name.split(".")[0] + ".truth.json")
        try:
            site = json.loads(truth.read_text(encoding="utf-8"))["source"]["site"]
        except (OSError, ValueError, KeyError, TypeError):
            print(f"unknown: {name}")
            continue
        if split_of(site) == "test":
            held_out += 1
        else:
            print(f"dev: {name}")
    print(f"test-split files changed: {held_out}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--site":
        print(site_split(argv[1]))
        return 0
    if argv[:1] == ["--changed"] and len(argv) <= 2:
        return changed(argv[1] if len(argv) == 2 else "main")
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
