"""apost21: 10x-input timing for the round's post-first lists (ratio near 10 = linear; near 1 = bounded, fails fast).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_apost21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import lists as L

_LEAD = "新任命的干部分别是："
_ITEM = "省民政厅厅长余向东、"
cases: dict[str, Callable[[int], object]] = {
    "_posts_first_rewritten, n items": lambda n: L._posts_first_rewritten(_LEAD + _ITEM * n + "。"),
    "_posts_first_rewritten, n leads no 。": lambda n: L._posts_first_rewritten("新任命的分别是" * n),
    "_posts_first_rewritten, n lists": lambda n: L._posts_first_rewritten((_LEAD + _ITEM * 2 + "。") * n),
    "_posts_first_rewritten, unsplit items": lambda n: L._posts_first_rewritten(_LEAD + "省民政厅、" * n),
    "_posts_first_rewritten, 和 run in an item": lambda n: L._posts_first_rewritten(_LEAD + "和" * n),
    "_POST_FIRST_OPENER_RE, 分别 run": lambda n: L._POST_FIRST_OPENER_RE.findall("分别" * n),
    "pipeline: items over n lines": lambda n: extract_str("人事\n" + _LEAD + "\n" + "省民政厅厅长余向东\n" * n),
    "pipeline: n lead lines": lambda n: extract_str("人事\n" + (_LEAD + "\n") * n),
    "pipeline: n lists": lambda n: extract_str("人事\n" + (_LEAD + _ITEM * 3 + "。\n") * n),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=42)
