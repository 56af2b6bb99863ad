"""Helpers for the table-driven tests: one check that a table of ``pytest.param`` rows holds no
row twice (the same input twice hides a missing case) and no id twice."""

from __future__ import annotations

from collections import Counter
from typing import Any


def assert_unique(rows: list[Any], *, whole: bool = False) -> None:
    """No two rows with the same input (the first value, or with ``whole`` every value) and no two
    with the same id."""
    inputs = Counter(repr(r.values if whole else r.values[0]) for r in rows)
    ids = Counter(r.id for r in rows)
    assert not [k for k, n in inputs.items() if n > 1], "duplicate inputs"
    assert not [k for k, n in ids.items() if n > 1], "duplicate ids"
