"""speed22: adversarial 10x-input timing for the programs given their first characters (_pattern_cache.with_first_chars).

A derived program's search tests each position's character against the set and runs the program only where it is one
of them: never more program runs than re's own search, plus one set test a position. The rows: the first character
at every position with the match failing right after (a look-behind, a near-miss), runs of separators and blanks,
no first character at all; and the package's derived patterns searched over a sample repeated n times.
Ratio near 10 = linear. Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_speed22.py``.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from collections.abc import Callable
from pathlib import Path

from scaling import report

import gazette_extract.pipeline  # noqa: F401 - every module-level pattern compiled
from gazette_extract import _pattern_cache
from gazette_extract._pattern_cache import COMPILED

KB = 1000


def derived(pattern: str) -> re.Pattern[str]:
    plain = re.compile(pattern)
    made = _pattern_cache._entry_of(pattern, 0, plain)
    assert made is not None
    return _sre.compile(pattern, made[0], _pattern_cache._program(made[1]), *made[2:])  # type: ignore[no-any-return]


LOOK_BEHIND = derived(r"(?<![一二三])号文")
BRACKET = derived(r"[（(]?[一二三四五六七八九十]{1,3}[）)、]")
SEPARATOR = derived(r"(?:[，,]\s*任|[；;]\s*免)")
PACKAGE = [p for p in COMPILED if p != re.compile(p.pattern, p.flags)]
SAMPLE = (Path(__file__).resolve().parent.parent / "samples" / "pinggu-2021-01.txt").read_text(encoding="utf-8")

cases: dict[str, Callable[[int], object]] = {
    "look-behind first, 三号 everywhere (KB)": lambda n: list(LOOK_BEHIND.finditer("三号号" * (KB // 3 * n))),
    "optional bracket, （一二三 near-misses (KB)": lambda n: list(BRACKET.finditer("（一二三" * (KB // 4 * n))),
    "branch of classes, ，+blanks (KB)": lambda n: list(SEPARATOR.finditer("，  " * (KB // 3 * n))),
    "branch of classes, no first char (KB)": lambda n: SEPARATOR.search("甲乙丙" * (KB // 3 * n)),
    "every derived package pattern, sample × n/10": lambda n: [p.search(SAMPLE * max(1, n // 10)) for p in PACKAGE],
}

if __name__ == "__main__":
    print(len(PACKAGE), "derived patterns")
    report(cases, 100, repeats=3, width=46)
