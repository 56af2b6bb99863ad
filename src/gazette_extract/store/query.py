"""Questions to an archive database, as pure functions: a connection in, a list of row dicts out.

Open the database with :func:`gazette_extract.store.connect_readonly`; every function below only
reads. Each row of the record queries carries ``source``::

    {"path": "samples/pinggu-2021-01.txt", "lines": {"start": 515, "end": 515}, "pages": {"start": 25, "end": 25}}

``lines`` are 1-based, inclusive, in the source file; ``pages`` come from the issue's contents
(the pages of the record's document: ``end`` is the page the next document starts on, or None;
``pages`` is None when the contents give no page). Functions raise
:class:`gazette_extract.errors.QueryError` for a question that cannot be asked (a malformed
document number or date, bad SQL); nothing matching is an empty list.

Only the standard library is imported here (and python-dateutil's ``rrule`` for recurring
deadlines, when a unit's ledger has one), so that a query answers fast from a fresh process.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from .._pattern_cache import compile_re
from ..errors import QueryError
from .schema import FTS_MARK

__all__ = [
    "cited_by", "cites", "counts", "get_document", "person_timeline", "run_sql", "search", "unit_known", "unit_names",
    "unit_tasks",
]  # fmt: skip

_ISO_DATE = compile_re(r"\d{4}-\d{2}-\d{2}")
#: Shortest query the trigram index can answer; shorter ones are looked up with LIKE.
TRIGRAM = 3
SNIPPET_CHARS = 24  # characters of context on each side of a search hit

#: One row of an answer: JSON (strings, numbers, None; ``source`` a nested dict).
Row = dict[str, Any]


def _source(row: sqlite3.Row, line_start: int | None, line_end: int | None) -> Row:
    page_start, page_end = row["page_start"], row["page_end"]
    return {
        "path": row["source_path"],
        "lines": {"start": line_start, "end": line_end if line_end is not None else line_start} if line_start else None,
        "pages": {"start": page_start, "end": page_end} if page_start is not None else None,
    }


def _limited(sql: str, limit: int | None) -> str:
    return sql + (f" LIMIT {int(limit)}" if limit else "")


def parse_date(text: str, what: str = "date") -> date:
    if not _ISO_DATE.fullmatch(text or ""):
        raise QueryError(f"{what} must be YYYY-MM-DD: {text!r}")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{what} is not a calendar date: {text!r}") from None


# Columns of the document a record belongs to, and of its source file.
_DOC = """d.doc_number AS doc_number, d.title AS doc_title, d.date AS doc_date, d.issuer AS issuer,
    d.page_start AS page_start, d.page_end AS page_end, s.path AS source_path"""
_FROM_DOC = "JOIN documents d ON d.id = r.document_id JOIN sources s ON s.id = d.source_id"


# ---------------------------------------------------------------------------------------------
# query person
# ---------------------------------------------------------------------------------------------


def person_timeline(conn: sqlite3.Connection, name: str, *, limit: int | None = None) -> list[Row]:
    """Appointments, removals, resignations and roster memberships of ``name``, by date.

    Row: date, event (appoint | remove | resign | member), person, position, organization, role,
    note, doc_number, doc_title, doc_date, issuer, source. ``date`` is the decision's date when
    printed, else the document's."""
    name = re.sub(r"\s+", "", name)
    sql = f"""
    SELECT * FROM (
      SELECT coalesce(r.decided_on, d.date) AS date, r.action AS event, r.person, r.position, r.organization,
             NULL AS role, r.note, r.meeting, r.line_start, r.line_end, {_DOC}
      FROM appointments r {_FROM_DOC} WHERE r.person = :name
      UNION ALL
      SELECT d.date AS date, 'member' AS event, r.person, r.post AS position, NULL AS organization,
             r.role, NULL AS note, NULL AS meeting, r.line AS line_start, r.line AS line_end, {_DOC}
      FROM members r {_FROM_DOC} WHERE r.person = :name
    ) ORDER BY date IS NULL, date, source_path, line_start"""
    rows = conn.execute(_limited(sql, limit), {"name": name}).fetchall()
    keys = (
        "date",
        "event",
        "person",
        "position",
        "organization",
        "role",
        "note",
        "meeting",
        "doc_number",
        "doc_title",
        "doc_date",
        "issuer",
    )
    return [{**{k: row[k] for k in keys}, "source": _source(row, row["line_start"], row["line_end"])} for row in rows]


# ---------------------------------------------------------------------------------------------
# query unit
# ---------------------------------------------------------------------------------------------


def unit_names(unit: str, extra_groups: Iterable[tuple[str, ...]] = ()) -> list[str]:
    """``unit`` and every alias of it (vocab/units.py plus ``extra_groups``), sorted."""
    from ..vocab.units import UNIT_ALIASES, alias_index

    unit = re.sub(r"\s+", "", unit)
    index = alias_index([*UNIT_ALIASES, *extra_groups])
    return sorted(index.get(unit, {unit}))


def next_due(
    kind: str | None, deadline_date: str | None, rrule: str | None, *, today: date, start: str | None
) -> date | None:
    """When a task falls due next: its date (kind 'by'), or the first occurrence of its RRULE on
    or after ``today`` (counted from ``start``, the document's date); None when it has no date."""
    if kind == "by" and deadline_date:
        return date.fromisoformat(deadline_date)
    if kind == "recurring" and rrule:
        from datetime import datetime

        from dateutil.rrule import rrulestr

        first = datetime.fromisoformat(start) if start else datetime(today.year, 1, 1)
        try:
            occurrence = rrulestr(rrule, dtstart=first).after(datetime(today.year, today.month, today.day), inc=True)
        except (ValueError, TypeError):
            return None
        return occurrence.date() if occurrence else None
    return None


def unit_tasks(
    conn: sqlite3.Connection,
    unit: str,
    *,
    role: str | None = None,
    due_before: str | date | None = None,
    open_only: bool = False,
    today: str | date | None = None,
    aliases: Iterable[tuple[str, ...]] = (),
    limit: int | None = None,
) -> list[Row]:
    """The task ledger of ``unit`` (any of its aliases), as lead or support unit.

    ``due_before``: only tasks whose next due date is before that day; ``open_only``: only tasks
    not yet overdue on ``today`` (default: the real today), undated ones included. Recurring
    deadlines are expanded to their next due date on or after ``today``.

    Row: unit (as printed), role, task_id, text, lead_units, support_units, lead_people,
    deadline_text, deadline_kind, due, status (overdue | open | undated), doc_number, doc_title,
    doc_date, issuer, source. Ordered by due date (undated last)."""
    if role not in (None, "lead", "support"):
        raise QueryError(f"role must be lead or support: {role!r}")
    today = parse_date(today, "--today") if isinstance(today, str) else (today or date.today())
    before = parse_date(due_before, "--due-before") if isinstance(due_before, str) else due_before
    names = unit_names(unit, aliases)
    sql = f"""
    SELECT u.unit, u.role, r.id, r.task_key, r.text, r.lead_people, r.deadline_text, r.deadline_kind,
           r.deadline_date, r.deadline_rrule, r.line_start, r.line_end,
           (SELECT group_concat(unit, '、') FROM (SELECT unit FROM task_units WHERE task_id = r.id AND role = 'lead' ORDER BY position)) AS lead_units,
           (SELECT group_concat(unit, '、') FROM (SELECT unit FROM task_units WHERE task_id = r.id AND role = 'support' ORDER BY position)) AS support_units,
           {_DOC}
    FROM task_units u JOIN tasks r ON r.id = u.task_id {_FROM_DOC}
    WHERE u.unit IN ({", ".join("?" * len(names))}) {"AND u.role = ?" if role else ""}
    ORDER BY r.id, u.role"""
    found: list[tuple[tuple[bool, date, str, int], Row]] = []
    seen: set[int] = set()
    for row in conn.execute(sql, [*names, *([role] if role else [])]):
        if row["id"] in seen:  # a unit named twice on one task (lead and support): one row
            continue
        seen.add(row["id"])
        due = next_due(
            row["deadline_kind"], row["deadline_date"], row["deadline_rrule"], today=today, start=row["doc_date"]
        )
        if before is not None and (due is None or due >= before):
            continue
        status = "undated" if due is None else ("overdue" if due < today else "open")
        if open_only and status == "overdue":
            continue
        record = {
            "unit": row["unit"], "role": row["role"], "task_id": row["task_key"], "text": row["text"],
            "lead_units": row["lead_units"], "support_units": row["support_units"], "lead_people": row["lead_people"],
            "deadline_text": row["deadline_text"], "deadline_kind": row["deadline_kind"], "rrule": row["deadline_rrule"],
            "due": due.isoformat() if due else None, "status": status,
            "doc_number": row["doc_number"], "doc_title": row["doc_title"], "doc_date": row["doc_date"], "issuer": row["issuer"],
            "source": _source(row, row["line_start"], row["line_end"]),
        }  # fmt: skip
        found.append(((due is None, due or today, row["source_path"], row["line_start"]), record))
    found.sort(key=lambda pair: pair[0])
    return [record for _, record in found[: limit or None]]


# ---------------------------------------------------------------------------------------------
# query cites / cited-by
# ---------------------------------------------------------------------------------------------


def canonical_number(text: str) -> str:
    """The canonical form of a document number written in any spelling (国办发[2019]3号 →
    国办发〔2019〕3号); QueryError when ``text`` is not one document number."""
    from ..grammars.docnumber import doc_number_dict

    fields = doc_number_dict(text.strip())
    if fields is None:
        raise QueryError(f"not a document number: {text!r} (expected e.g. 国办发〔2019〕3号)")
    canonical: str = fields["text"]
    return canonical


def cites(conn: sqlite3.Connection, doc_number: str, *, limit: int | None = None) -> list[Row]:
    """The documents that cite ``doc_number``. Row: doc_number, doc_title, doc_date, issuer (the
    citing document), cited_doc_number, cited_title (as the citing document names it), source
    (the citing line)."""
    number = canonical_number(doc_number)
    sql = f"""SELECT r.doc_number AS cited_doc_number, r.title AS cited_title, r.line, {_DOC}
    FROM citations r {_FROM_DOC} WHERE r.doc_number = ?
    ORDER BY d.date IS NULL, d.date, s.path, r.line"""
    keys = ("doc_number", "doc_title", "doc_date", "issuer", "cited_doc_number", "cited_title")
    return [
        {**{k: row[k] for k in keys}, "source": _source(row, row["line"], row["line"])}
        for row in conn.execute(_limited(sql, limit), (number,))
    ]


def cited_by(conn: sqlite3.Connection, doc_number: str, *, limit: int | None = None) -> list[Row]:
    """What the document(s) numbered ``doc_number`` cite. Row: doc_number, doc_title, doc_date,
    issuer (the citing document), cited_doc_number, cited_title, cited_in_archive (the cited
    number is itself a document of the archive), source (the citing line)."""
    number = canonical_number(doc_number)
    sql = f"""SELECT r.doc_number AS cited_doc_number, r.title AS cited_title, r.line,
      r.doc_number IS NOT NULL AND EXISTS (SELECT 1 FROM documents x WHERE x.doc_number = r.doc_number) AS cited_in_archive,
      {_DOC}
    FROM citations r {_FROM_DOC} WHERE d.doc_number = ?
    ORDER BY s.path, r.line"""
    keys = ("doc_number", "doc_title", "doc_date", "issuer", "cited_doc_number", "cited_title")
    return [
        {
            **{k: row[k] for k in keys},
            "cited_in_archive": bool(row["cited_in_archive"]),
            "source": _source(row, row["line"], row["line"]),
        }
        for row in conn.execute(_limited(sql, limit), (number,))
    ]


# ---------------------------------------------------------------------------------------------
# query search
# ---------------------------------------------------------------------------------------------


def _snippet(text: str, needle: str) -> tuple[str | None, int | None]:
    """Context around the first ``needle`` in ``text`` (hit in 【】) and its line offset."""
    position = text.find(needle)
    if position < 0:
        return None, None
    start, end = max(0, position - SNIPPET_CHARS), min(len(text), position + len(needle) + SNIPPET_CHARS)
    snippet = text[start:position] + "【" + needle + "】" + text[position + len(needle) : end]
    snippet = ("…" if start else "") + snippet.replace("\n", " ") + ("…" if end < len(text) else "")
    return snippet, text.count("\n", 0, position)


def search(conn: sqlite3.Connection, text: str, *, limit: int | None = 50) -> list[Row]:
    """Documents whose title or text contains ``text`` exactly (full-text index; queries under
    3 characters by a scan). Row: doc_number, title, kind, issuer, date, snippet (the first hit,
    marked 【】), source (the line of that hit, else the document's lines)."""
    needle = re.sub(r"\s+", " ", text).strip()
    if not needle:
        raise QueryError("nothing to search for")
    columns = "d.id, d.doc_number, d.title, d.kind, d.issuer, d.date, d.text, d.line_start, d.line_end, d.page_start, d.page_end, s.path AS source_path"
    # instr, not LIKE: a plain substring test, several times faster than LIKE's case folding
    scan = f"""SELECT {columns} FROM documents d JOIN sources s ON s.id = d.source_id
        WHERE d.id > :mark AND (instr(d.title, :needle) OR instr(d.text, :needle)) ORDER BY d.id"""
    if len(needle) >= TRIGRAM:
        # the index, then the documents written after its last update (none, unless an index
        # run was interrupted): see schema.FTS_MARK
        mark = conn.execute("SELECT value FROM meta WHERE key = ?", (FTS_MARK,)).fetchone()[0]
        phrase = '"' + needle.replace('"', '""') + '"'  # one phrase: FTS5 syntax characters lose their meaning
        sql = f"""SELECT {columns} FROM documents_fts f JOIN documents d ON d.id = f.rowid JOIN sources s ON s.id = d.source_id
        WHERE documents_fts MATCH ? ORDER BY f.rank, d.id"""
        rows = conn.execute(_limited(sql, limit), (phrase,)).fetchall()
        if not limit or len(rows) < limit:
            rows += conn.execute(
                _limited(scan, limit and limit - len(rows)), {"mark": mark, "needle": needle}
            ).fetchall()
    else:
        rows = conn.execute(_limited(scan, limit), {"mark": 0, "needle": needle}).fetchall()
    results: list[Row] = []
    for row in rows:
        snippet, offset = _snippet(row["text"] or "", needle)
        if snippet is None:
            snippet, _ = _snippet(row["title"] or "", needle)
        if snippet is None:  # the index ignores letter case; a hit must hold the text as asked
            continue
        line = row["line_start"] + offset if offset is not None else None
        results.append({
            "doc_number": row["doc_number"], "title": row["title"], "kind": row["kind"], "issuer": row["issuer"],
            "date": row["date"], "snippet": snippet,
            "source": _source(row, line or row["line_start"], line or row["line_end"]),
        })  # fmt: skip
    return results


# ---------------------------------------------------------------------------------------------
# query sql
# ---------------------------------------------------------------------------------------------

_READ_ACTIONS = {
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}


def _authorizer(action: int, arg1: str | None, arg2: str | None, database: str | None, trigger: str | None) -> int:
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg2 is None:  # reading a pragma: PRAGMA table_info(tasks)
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def run_sql(
    conn: sqlite3.Connection,
    sql: str,
    params: Mapping[str, Any] | Sequence[Any] = (),
    *,
    limit: int | None = None,
) -> list[Row]:
    """Rows of one read-only SELECT; QueryError for anything else (a write, ATTACH, bad SQL)."""
    conn.set_authorizer(_authorizer)
    try:
        cursor = conn.execute(sql, params)
        columns = [c[0] for c in cursor.description or ()]
        rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
    except (sqlite3.DatabaseError, sqlite3.Warning, sqlite3.ProgrammingError) as exc:
        message = str(exc)
        if "not authorized" in message:
            message = "only reading statements are allowed (SELECT, WITH …, reading PRAGMAs)"
        raise QueryError(f"SQL: {message}") from None
    finally:
        conn.set_authorizer(None)
    return [dict(zip(columns, row, strict=False)) for row in rows]


# ---------------------------------------------------------------------------------------------
# One document; counts (for the MCP server's get_document and gazette://stats, and the report)
# ---------------------------------------------------------------------------------------------


def get_document(conn: sqlite3.Connection, doc: str | int, *, limit: int | None = None) -> list[Row]:
    """The document(s) numbered ``doc`` (any spelling), or with id ``doc``: header fields with
    their tasks, appointments, members and citations, each with its source. A number can name
    several documents (an issue indexed under two paths, a number reused): all are returned.
    QueryError when ``doc`` is neither a number nor an id."""
    value: int | str
    if isinstance(doc, int) or str(doc).strip().isdigit():
        where, value = "d.id = ?", int(doc)
    else:
        where, value = "d.doc_number = ?", canonical_number(str(doc))
    sql = f"""SELECT d.id, d.title, d.kind, d.recipients, d.line_start, d.line_end, {_DOC},
      i.title AS issue_title, i.year AS issue_year, i.number AS issue_number
    FROM documents d JOIN sources s ON s.id = d.source_id JOIN issues i ON i.id = d.issue_id
    WHERE {where} ORDER BY d.id"""
    results: list[Row] = []
    for row in conn.execute(_limited(sql, limit), (value,)).fetchall():

        def records(table_sql: str) -> list[sqlite3.Row]:
            return conn.execute(table_sql, (row["id"],)).fetchall()  # noqa: B023 - called in this iteration

        tasks: list[Row] = []
        for task in records("SELECT * FROM tasks WHERE document_id = ? ORDER BY id"):
            units = conn.execute(
                "SELECT unit, role FROM task_units WHERE task_id = ? ORDER BY role, position", (task["id"],)
            ).fetchall()
            tasks.append({
                "task_id": task["task_key"], "text": task["text"], "section": task["section"],
                "lead_units": [u["unit"] for u in units if u["role"] == "lead"],
                "support_units": [u["unit"] for u in units if u["role"] == "support"],
                "lead_people": task["lead_people"], "deadline_text": task["deadline_text"], "deadline_kind": task["deadline_kind"],
                "deadline_date": task["deadline_date"], "rrule": task["deadline_rrule"],
                "source": _source(row, task["line_start"], task["line_end"]),
            })  # fmt: skip
        appointments = [
            {
                k: a[k]
                for k in ("action", "person", "position", "organization", "title", "decided_on", "meeting", "note")
            }
            | {"source": _source(row, a["line_start"], a["line_end"])}
            for a in records("SELECT * FROM appointments WHERE document_id = ? ORDER BY id")
        ]
        members = [
            {"role": m["role"], "person": m["person"], "post": m["post"], "source": _source(row, m["line"], m["line"])}
            for m in records("SELECT * FROM members WHERE document_id = ? ORDER BY id")
        ]
        citations = [
            {
                "cited_doc_number": c["doc_number"],
                "cited_title": c["title"],
                "source": _source(row, c["line"], c["line"]),
            }
            for c in records("SELECT * FROM citations WHERE document_id = ? ORDER BY id")
        ]
        results.append({
            "id": row["id"], "doc_number": row["doc_number"], "title": row["title"], "kind": row["kind"],
            "issuer": row["issuer"], "date": row["doc_date"], "recipients": row["recipients"],
            "issue_title": row["issue_title"], "issue_year": row["issue_year"], "issue_number": row["issue_number"],
            "tasks": tasks, "appointments": appointments, "members": members, "citations": citations,
            "source": _source(row, row["line_start"], row["line_end"]),
        })  # fmt: skip
    return results


def counts(conn: sqlite3.Connection) -> list[Row]:
    """Issues, documents, tasks and appointments by issue year and publisher (None when not
    printed), most recent year first. (Files that failed: ``sources.error_code IS NOT NULL``.)"""
    sql = """SELECT i.year, i.publisher, count(DISTINCT i.id) AS issues, count(DISTINCT d.id) AS documents,
      (SELECT count(*) FROM tasks t JOIN documents x ON x.id = t.document_id JOIN issues y ON y.id = x.issue_id
        WHERE y.year IS i.year AND y.publisher IS i.publisher) AS tasks,
      (SELECT count(*) FROM appointments a JOIN documents x ON x.id = a.document_id JOIN issues y ON y.id = x.issue_id
        WHERE y.year IS i.year AND y.publisher IS i.publisher) AS appointments
    FROM issues i LEFT JOIN documents d ON d.issue_id = i.id
    GROUP BY i.year, i.publisher ORDER BY i.year IS NULL, i.year DESC, i.publisher"""
    return [dict(row) for row in conn.execute(sql)]


def unit_known(conn: sqlite3.Connection, unit: str, aliases: Iterable[tuple[str, ...]] = ()) -> bool:
    """Whether any task of the archive names ``unit`` (or an alias of it)."""
    names = unit_names(unit, aliases)
    sql = f"SELECT 1 FROM task_units WHERE unit IN ({', '.join('?' * len(names))}) LIMIT 1"
    return conn.execute(sql, names).fetchone() is not None
