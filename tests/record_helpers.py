"""The record extractors with their records as the JSON prints them.

The stages return typed records (frozen dataclasses of :mod:`gazette_extract.data`); the tests of
the extractors compare them with the lists and dicts of the output, so these wrappers turn
them into dicts with the same :func:`~gazette_extract.data.to_dict` the pipeline uses at its
edge. A record whose fields or field order drift from the JSON fails here as in the goldens.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from gazette_extract.data import WarningRecord, to_dict
from gazette_extract.layout.blocks import Block
from gazette_extract.records import personnel, tasks

Dicts = list[dict[str, Any]]


def extract_tasks(blocks: list[Block], *, year: int | None = None, base: str | None = None) -> tuple[Dicts, Dicts]:
    found, warnings = tasks.extract_tasks(blocks, year=year, base=base)
    return [to_dict(t) for t in found], [to_dict(w) for w in warnings]


def extract_appointments(
    blocks: list[Block],
    *,
    doc_date: str | None = None,
    places: Iterable[str] = (),
    warnings: Dicts | None = None,
    ends_text: bool = False,
) -> Dicts:
    typed: list[WarningRecord] | None = [] if warnings is not None else None
    found = personnel.extract_appointments(
        blocks, doc_date=doc_date, places=places, warnings=typed, ends_text=ends_text
    )
    if warnings is not None and typed is not None:
        warnings.extend(to_dict(w) for w in typed)
    return [to_dict(r) for r in found]


def extract_members(blocks: list[Block], *, warnings: Dicts | None = None) -> Dicts:
    typed: list[WarningRecord] | None = [] if warnings is not None else None
    found = personnel.extract_members(blocks, warnings=typed)
    if warnings is not None and typed is not None:
        warnings.extend(to_dict(w) for w in typed)
    return [to_dict(m) for m in found]
