"""The record extractors with their records as the JSON prints them.

The stages return typed records (frozen dataclasses of :mod:`gazette_extract.data`); the tests of
the extractors compare them with the lists and dicts of the output, so these wrappers turn
them into dicts with the same :func:`~gazette_extract.data.to_dict` the pipeline uses at its
edge. A record whose fields or field order drift from the JSON fails here as in the goldens.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from gazette_extract.data import WarningRecord, to_dict
from gazette_extract.layout.blocks import Block
from gazette_extract.records import appointments, rosters, tasks

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
    found = appointments.extract_appointments(
        blocks, doc_date=doc_date, places=places, warnings=typed, ends_text=ends_text
    )
    if warnings is not None and typed is not None:
        warnings.extend(to_dict(w) for w in typed)
    return [to_dict(r) for r in found]


def extract_members(blocks: list[Block], *, warnings: Dicts | None = None) -> Dicts:
    typed: list[WarningRecord] | None = [] if warnings is not None else None
    found = rosters.extract_members(blocks, warnings=typed)
    if warnings is not None and typed is not None:
        warnings.extend(to_dict(w) for w in typed)
    return [to_dict(m) for m in found]


# ---------------------------------------------------------------------------------------------
# Personnel changes as (action, person, position), the rows the personnel tests compare
# ---------------------------------------------------------------------------------------------

Change = tuple[str, str, str]

# A headline and a first sentence above the story, as the news pages print them.
HEAD = "人事调整\n本报讯 近日召开会议。"
HEAD_T = "人事調整\n本報訊 近日召開會議。"  # a Traditional page is converted whole


def unique_rows(rows: list[pytest.param]) -> list[pytest.param]:  # type: ignore[valid-type]
    """Rows with distinct texts only (a duplicated row tests nothing twice)."""
    texts = [row.values[0] for row in rows]
    assert len(texts) == len(set(texts)), "duplicate rows"
    return rows


def news_page(text: str) -> str:
    """``text`` under the news head (:data:`HEAD`), unless it already opens with the Traditional one."""
    return text if text.startswith(HEAD_T) else HEAD + text


def stage_changes(text: str, *, doc_date: str | None = None) -> list[Change]:
    """The appointment stage alone on ``text``'s blocks (no document splitting)."""
    from gazette_extract.layout.blocks import split_blocks

    return [
        (r["action"], r["person"], r["position"]) for r in extract_appointments(split_blocks(text), doc_date=doc_date)
    ]


def api_appointments(text: str) -> Dicts:
    """Every document's appointments as the JSON prints them, through the API."""
    from gazette_extract.api import parse_text

    result = parse_text(text).model_dump()
    return [a for doc in result["documents"] for a in doc.get("appointments", [])]


def api_changes(text: str) -> list[Change]:
    return [(a["action"], a["person"], a["position"]) for a in api_appointments(text)]


# A notice of appointments and removals, for the review tests that read a change through the whole pipeline
NOTICE_HEAD = "某市人民政府关于人事任免的通知\n\n"


def notice_changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of ``text`` as the body under :data:`NOTICE_HEAD`, through ``extract_str``."""
    from gazette_extract.pipeline import extract_str

    result = extract_str(NOTICE_HEAD + text + "\n")
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def api_codes(text: str) -> list[str]:
    """The warning codes of the whole result, then of each document."""
    from gazette_extract.api import parse_text

    result = parse_text(text).model_dump()
    found = [str(w["code"]) for w in result.get("warnings", [])]
    return found + [str(w["code"]) for doc in result["documents"] for w in doc.get("warnings", [])]


def parsed_members(text: str) -> list[tuple[str, str]]:
    """Every document's members as (role, person), through the API as the JSON prints them."""
    from gazette_extract.api import parse_text

    result = parse_text(text).model_dump(mode="json")
    return [(m["role"], m["person"]) for d in result["documents"] for m in d["members"]]


# Documents as (title, number, date, issuer), the rows the document-field tests compare
DocRow = tuple[str | None, str | None, str | None, str | None]


def api_docs(text: str) -> list[DocRow]:
    from gazette_extract.api import parse_text

    return [
        (d.title, d.doc_number.text if d.doc_number else None, d.date and str(d.date), d.issuer)
        for d in parse_text(text).documents
    ]
