"""One parse result → the rows the archive database stores for it. Pure, no SQLite here.

Runs in the ``index`` workers, so that the parent process (which owns the database and competes
with the workers for the CPU) only executes ready-made INSERTs. The rows are tuples in the
column order of :data:`gazette_extract.store.schema.COLUMNS`; ids are given by the writer.

Document text (for full-text search) is the lines of the source text a document spans, the same
lines its ``lines`` span names — so a search hit can be checked against the file.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..pipeline import extract_with_text

__all__ = ["DocumentRows", "IssueRows", "error_rows", "extract_with_text", "issue_rows"]

# One row of a table, in the column order of schema.COLUMNS (ids and foreign keys left out).
TableRow = tuple[Any, ...]


class DocumentRows(NamedTuple):
    document: TableRow
    tasks: list[tuple[TableRow, list[tuple[str, str, int]]]]  # (task row, [(unit, role, position)])
    appointments: list[TableRow]
    members: list[TableRow]
    citations: list[TableRow]


class IssueRows(NamedTuple):
    """Everything one file adds to the database."""

    source: TableRow  # (path, sha256, bytes, encoding, script, error_code, error_message)
    issue: TableRow | None
    documents: list[DocumentRows]
    warnings: list[TableRow]


def _number_fields(number: dict[str, Any] | None) -> TableRow:
    if not number:
        return (None, None, None, None)
    return (number["text"], number["agency"], number["year"], number["serial"])


def _pages(documents: list[dict[str, Any]], contents: list[dict[str, Any]]) -> list[tuple[int | None, int | None]]:
    """(first page, last page) of each document, from the contents: its entry's page, and the
    page the next listed document starts on (documents share pages, so that page is included).
    Entries are matched by document number, else by title; unknown pages are None."""
    by_number = {e["doc_number"]: e["page"] for e in contents if e.get("doc_number") and e.get("page")}
    by_title = {e["title"]: e["page"] for e in contents if e.get("page")}
    starts: list[int | None] = []
    for doc in documents:
        number = (doc.get("doc_number") or {}).get("text")
        starts.append(by_number.get(number) if number in by_number else by_title.get(doc["title"]))
    pages: list[tuple[int | None, int | None]] = []
    for i, start in enumerate(starts):
        following = next((p for p in starts[i + 1 :] if p is not None), None)
        end = following if start is not None and following is not None and following >= start else None
        pages.append((start, end))
    return pages


def issue_rows(result: dict[str, Any], text: str | None) -> IssueRows:
    """The rows of one parsed issue; ``text`` is the source text (None: documents get no text)."""
    from ..text.normalize import source_lines
    from ..text.script import to_simplified

    source = result["source"]
    lines = source_lines(text) if text is not None else None
    traditional = source.get("script") == "traditional"
    issue = result["issue"]
    documents: list[DocumentRows] = []
    for ordinal, (doc, (page_start, page_end)) in enumerate(
        zip(result["documents"], _pages(result["documents"], result["contents"]), strict=False), 1
    ):
        span = doc["lines"]
        body = "\n".join(lines[span["start"] - 1 : span["end"]]) if lines is not None else None
        if body and traditional:
            body = to_simplified(body)[0]  # searched with the Simplified words the records use
        document = (
            ordinal, doc["title"], doc.get("kind"), *_number_fields(doc.get("doc_number")),
            doc.get("issuer"), doc.get("date"), "、".join(doc.get("recipients") or []) or None,
            span["start"], span["end"], page_start, page_end, body,
        )  # fmt: skip
        tasks: list[tuple[TableRow, list[tuple[str, str, int]]]] = []
        for task in doc.get("tasks") or []:
            deadline = task.get("deadline") or {}
            row = (
                task["id"], task["text"], " > ".join(task.get("section") or []) or None,
                "、".join(task.get("lead_people") or []) or None,
                deadline.get("text"), deadline.get("kind"), deadline.get("date"), deadline.get("rrule"),
                task["lines"]["start"], task["lines"]["end"],
            )  # fmt: skip
            units = [(u, "lead", i) for i, u in enumerate(task.get("lead_units") or [], 1)]
            units += [(u, "support", i) for i, u in enumerate(task.get("support_units") or [], 1)]
            tasks.append((row, units))
        appointments = [
            (a["action"], a["person"], a["position"], a.get("organization"), a.get("title"), a.get("decided_on"),
             a.get("meeting"), a.get("note"), a["lines"]["start"], a["lines"]["end"])
            for a in doc.get("appointments") or []
        ]  # fmt: skip
        members = [(m["role"], m["person"], m.get("post"), m.get("line")) for m in doc.get("members") or []]
        citations = [
            (c.get("title"), *_number_fields(c.get("doc_number")), c.get("line")) for c in doc.get("citations") or []
        ]
        documents.append(DocumentRows(document, tasks, appointments, members, citations))
    return IssueRows(
        source=(
            source["path"],
            source["sha256"],
            source["bytes"],
            source.get("encoding"),
            source.get("script"),
            None,
            None,
        ),
        issue=(
            issue.get("title"),
            issue.get("year"),
            issue.get("number"),
            issue.get("total_number"),
            issue.get("publisher"),
            issue.get("published"),
        ),
        documents=documents,
        warnings=[(w["code"], w["message"], w.get("line")) for w in result["warnings"]],
    )


def error_rows(path: str, digest: str | None, size: int, code: str, message: str) -> IssueRows:
    """A file that could not be converted: its source row carries the error, nothing else."""
    return IssueRows(source=(path, digest, size, None, None, code, message), issue=None, documents=[], warnings=[])
