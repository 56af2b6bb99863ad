"""Linearity rows of round heads21: each new pattern and loop of the head model's features and of the site-CV
chooser (benchmarks/heads), at n and 10n on adversarial input (ratio ~10 or less).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_heads21.py``. The same inputs are asserted in
``tests/test_heads21.py::test_new_patterns_and_loops_linear``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "heads"))

from head_model import line_features, page_context
from site_cv import _ISSUER_NAME_RE, _TITLE_KEY_RE, is_issuer_name, title_lines

from gazette_extract.layout.blocks import classify
from gazette_extract.text.normalize import split_paragraphs
from gazette_extract.text.script import to_simplified


def _blocks(text: str) -> list:  # type: ignore[type-arg]
    return classify(split_paragraphs(to_simplified(text)[0]))


def _lines(unit: str, n: int) -> tuple[list[str], list[int], list[float]]:
    lines = [unit] * n
    return lines, list(range(n)), [0.9] * n


def best(fn: Callable[[object], object], arg: object, runs: int = 5) -> float:
    b = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn(arg)
        b = min(b, time.perf_counter() - t)
    return b


def _join(arg: object) -> object:
    lines, indexes, probs = arg  # type: ignore[misc]
    return title_lines(lines, indexes, probs, len(lines) // 2, 0.3)


def _text(unit: str) -> Callable[[int], object]:
    return lambda n: unit * n


# (name, input of size n, the function timed on it, n); inputs are built before the clock starts
ROWS: list[tuple[str, Callable[[int], object], Callable[[object], object], int]] = [
    ("_ISSUER_NAME_RE.match, suffixes repeated", _text("人民政府"), lambda s: _ISSUER_NAME_RE.match(s), 2000),
    ("is_issuer_name, a long body's name", _text("某某市人民政府办公室"), is_issuer_name, 2000),
    ("_TITLE_KEY_RE.match, keys repeated", _text("原标题"), lambda s: _TITLE_KEY_RE.match(s), 2000),
    (
        "page_context, a long date and publish line first",
        lambda n: _blocks("发布时间：2024-03-05，" * n + "\n" + "某某市人民政府办公室\n" * 100),
        page_context,
        200,
    ),
    (
        "page_context, lines of date and publish lines",
        lambda n: _blocks("发布时间：2024-03-05\n" * n),
        page_context,
        200,
    ),
    (
        "line_features, a long line with every mark",
        lambda n: _blocks("某某市人民政府，关于：印发。" * n),
        lambda b: line_features(b, 0),
        2000,
    ),
    ("title_lines, issuer names on every line", lambda n: _lines("某某市人民政府办公室", n), _join, 200),
]


def ratios() -> list[tuple[str, float, float]]:
    out = []
    for name, build, fn, n in ROWS:
        small, large = build(n), build(10 * n)
        out.append((name, best(fn, small), best(fn, large)))
    return out


if __name__ == "__main__":
    for (name, _b, _f, n), (_, a, b) in zip(ROWS, ratios(), strict=True):
        print(f"{name}: n={n} {a * 1000:.3f} ms, 10n {b * 1000:.3f} ms, ratio {b / a if a else 0:.1f}")
