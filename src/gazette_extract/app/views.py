"""Flatten parse results (dicts of the output contract) into rows for CSV and tables.

A *view* is one kind of record — documents, tasks, appointments, citations, members — as a flat
table. Every row starts with the columns that locate its record (source file, issue, document)
followed by the record's own columns:

- lists are joined with ``、`` in one cell (``lead_units``: ``区财政局、区水务局``), but a task's
  section headings with `` > `` (``一、工作任务 > （一）建立责任体系``): headings contain ``、``;
- the views of records inside a document (tasks, appointments, citations, members) also carry
  the document's ``doc_kind``, ``doc_issuer`` and ``doc_date``, so that a row can be filtered
  or sorted without a join;
- a document number is its canonical text (``京平政发〔2021〕1号``);
- a deadline becomes ``deadline_text``, ``deadline_kind``, ``deadline_date``, ``deadline_rrule``;
- a line span becomes ``line_start``, ``line_end``;
- a citation's own ``title``/``doc_number`` are ``cited_title``/``cited_doc_number``, since
  ``doc_number``/``doc_title`` already name the citing document.

Missing values are ``None`` (an empty CSV cell). Error results of a batch
(``{"source": …, "error": {"code", "message"}}``) have no records and yield no rows.

Pure: :func:`iter_rows` reads dicts; :func:`write_csv` writes to a text stream it is given.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from .jsontypes import Record, Result

__all__ = ["LIST_SEPARATOR", "VIEWS", "iter_rows", "view_columns", "write_csv"]

Cell = str | int | None
Row = dict[str, Cell]


class TextOut(Protocol):
    """Where CSV is written: an open text file, a StringIO, a batch's OutputFile."""

    def write(self, text: str, /) -> object: ...


LIST_SEPARATOR = "、"  # the enumeration comma of Chinese lists: 区财政局、区水务局
SECTION_SEPARATOR = " > "  # nested headings: 一、工作任务 > （一）建立责任体系
EXCEL_BOM = "\ufeff"  # lets spreadsheet programs detect UTF-8

# Columns that locate a record; they open every view.
LOCATION_COLUMNS: tuple[str, ...] = (
    "source_path",
    "issue_title",
    "issue_year",
    "issue_number",
    "doc_number",
    "doc_title",
)
# The document's own fields, after the location in the views of records inside documents.
DOCUMENT_COLUMNS: tuple[str, ...] = ("doc_kind", "doc_issuer", "doc_date")


def _join(values: Any, separator: str = LIST_SEPARATOR) -> str | None:
    if not values:
        return None
    return separator.join(str(v) for v in values)


def _doc_number_text(number: Any) -> str | None:
    if isinstance(number, dict):
        text: str | None = number.get("text")
        return text
    canonical: str | None = number  # already canonical text (contents entries), or None
    return canonical


def _count(values: Any) -> int:
    return len(values) if values else 0


def _get(*keys: str) -> Callable[[Record], Cell]:
    """Getter for a nested key path that tolerates missing or null parts."""

    def get(record: Record) -> Cell:
        value: Any = record
        for key in keys:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        cell: Cell = value  # the paths of RECORD_COLUMNS end at text, a number or null
        return cell

    return get


def _joined(key: str) -> Callable[[Record], Cell]:
    return lambda record: _join(record.get(key))


def _counted(key: str) -> Callable[[Record], Cell]:
    return lambda record: _count(record.get(key))


# The record's own columns per view: (column, getter over the record dict).
_LINES = [("line_start", _get("lines", "start")), ("line_end", _get("lines", "end"))]
_DEADLINE = [
    ("deadline_text", _get("deadline", "text")),
    ("deadline_kind", _get("deadline", "kind")),
    ("deadline_date", _get("deadline", "date")),
    ("deadline_rrule", _get("deadline", "rrule")),
]
RECORD_COLUMNS: dict[str, list[tuple[str, Callable[[Record], Cell]]]] = {
    "documents": [
        ("kind", _get("kind")),
        ("issuer", _get("issuer")),
        ("date", _get("date")),
        ("recipients", _joined("recipients")),
        ("attachments", _counted("attachments")),
        ("citations", _counted("citations")),
        ("tasks", _counted("tasks")),
        ("appointments", _counted("appointments")),
        ("members", _counted("members")),
        *_LINES,
    ],
    "tasks": [
        ("id", _get("id")),
        ("text", _get("text")),
        ("section", lambda record: _join(record.get("section"), SECTION_SEPARATOR)),
        ("lead_units", _joined("lead_units")),
        ("support_units", _joined("support_units")),
        ("lead_people", _joined("lead_people")),
        *_DEADLINE,
        *_LINES,
    ],
    "appointments": [
        ("action", _get("action")),
        ("person", _get("person")),
        ("position", _get("position")),
        ("organization", _get("organization")),
        ("title", _get("title")),
        ("decided_on", _get("decided_on")),
        ("meeting", _get("meeting")),
        ("note", _get("note")),
        *_LINES,
    ],
    "citations": [
        ("cited_title", _get("title")),
        ("cited_doc_number", lambda record: _doc_number_text(record.get("doc_number"))),
        ("line", _get("line")),
    ],
    "members": [
        ("role", _get("role")),
        ("person", _get("person")),
        ("post", _get("post")),
        ("line", _get("line")),
    ],
}
# ("documents", "tasks", "appointments", "citations", "members")
VIEWS: tuple[str, ...] = tuple(RECORD_COLUMNS)


def _check_view(view: str) -> None:
    if view not in RECORD_COLUMNS:
        raise ValueError(f"unknown view {view!r}; choose one of: {', '.join(VIEWS)}")


def view_columns(view: str) -> list[str]:
    """The CSV header of ``view``. Raises ValueError for an unknown view."""
    _check_view(view)
    document = DOCUMENT_COLUMNS if view != "documents" else ()
    return [*LOCATION_COLUMNS, *document, *(name for name, _ in RECORD_COLUMNS[view])]


def _records(document: Record, view: str) -> list[Record]:
    if view == "documents":
        return [document]
    return [r for r in document.get(view) or [] if isinstance(r, dict)]


def _rows(result: Result, view: str) -> Iterator[Row]:
    if "error" in result:
        return
    source = result.get("source") or {}
    issue = result.get("issue") or {}
    own = RECORD_COLUMNS[view]
    for document in result.get("documents") or []:
        location: Row = {
            "source_path": source.get("path"),
            "issue_title": issue.get("title"),
            "issue_year": issue.get("year"),
            "issue_number": issue.get("number"),
            "doc_number": _doc_number_text(document.get("doc_number")),
            "doc_title": document.get("title"),
        }
        if view != "documents":
            location.update(
                doc_kind=document.get("kind"), doc_issuer=document.get("issuer"), doc_date=document.get("date")
            )
        for record in _records(document, view):
            yield {**location, **{name: get(record) for name, get in own}}


def iter_rows(result: Result, view: str) -> Iterator[Row]:
    """One row per record of ``view`` in ``result``, keys in :func:`view_columns` order.

    Raises ValueError for an unknown view at call time (not at the first ``next``).
    Error results yield nothing.
    """
    _check_view(view)
    return _rows(result, view)


def write_csv(results: Iterable[Result], view: str, out: TextOut, *, excel: bool = False) -> int:
    """Write the rows of ``view`` for all ``results`` as CSV to ``out``; return the row count.

    The header is written once, even when there are no rows. ``excel=True`` starts the stream
    with a UTF-8 byte-order mark so that spreadsheet programs read the Chinese text as UTF-8.
    Open files with ``open(path, "w", encoding="utf-8", newline="")``: the csv module writes its
    own ``\\r\\n`` line ends, and ``newline=""`` keeps them from being translated again.
    """
    columns = view_columns(view)
    if excel:
        out.write(EXCEL_BOM)
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    count = 0
    for result in results:
        for row in _rows(result, view):
            writer.writerow(row)
            count += 1
    return count
