"""The archive database: its tables, its version, and opening it for reading or writing.

One SQLite file, readable by any SQLite client and by Datasette as is. Tables (every record
table has ``line_start``/``line_end`` or ``line`` into its source file)::

    meta (key, value)
    sources ─┬─ issues
             ├─ documents ─┬─ tasks ── task_units (unit, role lead|support)
             │  (+ FTS5)   ├─ appointments
             │             ├─ members
             │             └─ citations
             └─ warnings

Child rows reference their parent by foreign key (enforced: ``PRAGMA foreign_keys = ON`` when
writing). A changed file is replaced by deleting what was read from it, children first
(:data:`DELETE_SOURCE`), then inserting it again.

Versions: ``PRAGMA user_version`` is :data:`SCHEMA_VERSION`, ``PRAGMA application_id`` marks the
file as ours. Writing needs sqlite-utils (imported in :func:`open_for_writing` only); reading is
plain :mod:`sqlite3`, so queries start fast.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

from ..errors import DatabaseError

if TYPE_CHECKING:  # pragma: no cover
    import sqlite_utils

#: Bumped whenever a table or column changes; a database of a newer version is refused.
SCHEMA_VERSION = 1
#: PRAGMA application_id of an archive database: "GZTX" in ASCII.
APPLICATION_ID = 0x475A5458

#: Columns of each table, in the order of the tuples built by :mod:`gazette_extract.store.rows`
#: (ids and foreign keys first, filled in by the writer). Types are SQLite's.
COLUMNS: dict[str, dict[str, type]] = {
    "sources": {
        "id": int, "path": str, "sha256": str, "bytes": int, "encoding": str, "script": str,
        "error_code": str, "error_message": str,
    },
    "issues": {
        "id": int, "source_id": int, "title": str, "year": int, "number": int, "total_number": int,
        "publisher": str, "published": str,
    },
    "documents": {
        "id": int, "issue_id": int, "source_id": int, "ordinal": int, "title": str, "kind": str,
        "doc_number": str, "doc_agency": str, "doc_year": int, "doc_serial": int, "issuer": str, "date": str,
        "recipients": str, "line_start": int, "line_end": int, "page_start": int, "page_end": int, "text": str,
    },
    "tasks": {
        "id": int, "document_id": int, "task_key": str, "text": str, "section": str, "lead_people": str,
        "deadline_text": str, "deadline_kind": str, "deadline_date": str, "deadline_rrule": str,
        "line_start": int, "line_end": int,
    },
    "task_units": {"id": int, "task_id": int, "unit": str, "role": str, "position": int},
    "appointments": {
        "id": int, "document_id": int, "action": str, "person": str, "position": str, "organization": str,
        "title": str, "decided_on": str, "meeting": str, "note": str, "line_start": int, "line_end": int,
    },
    "members": {"id": int, "document_id": int, "role": str, "person": str, "post": str, "line": int},
    "citations": {
        "id": int, "document_id": int, "title": str, "doc_number": str, "doc_agency": str, "doc_year": int,
        "doc_serial": int, "line": int,
    },
    "warnings": {"id": int, "source_id": int, "code": str, "message": str, "line": int},
}  # fmt: skip

#: Key of the ``meta`` table: the highest documents.id the full-text index holds. Documents are
#: added to the FTS index in batches (one transaction per batch of files rather than per file:
#: FTS5 merges its segments at every commit, which made per-file FTS writes cost twice the
#: parse); documents above the mark are found by a scan, so answers never miss one.
FTS_MARK = "fts_indexed_through"

# table → (column, parent table) for its foreign keys
FOREIGN_KEYS: dict[str, list[tuple[str, str]]] = {
    "issues": [("source_id", "sources")],
    "documents": [("issue_id", "issues"), ("source_id", "sources")],
    "tasks": [("document_id", "documents")],
    "task_units": [("task_id", "tasks")],
    "appointments": [("document_id", "documents")],
    "members": [("document_id", "documents")],
    "citations": [("document_id", "documents")],
    "warnings": [("source_id", "sources")],
}

# The lookups the queries make; each a plain index.
INDEXES: list[tuple[str, list[str]]] = [
    ("sources", ["sha256"]),
    ("documents", ["doc_number"]),
    ("documents", ["issue_id"]),
    ("documents", ["source_id"]),
    ("tasks", ["document_id"]),
    ("tasks", ["deadline_date"]),
    ("task_units", ["unit", "role"]),
    ("task_units", ["task_id"]),
    ("appointments", ["person"]),
    ("appointments", ["document_id"]),
    ("members", ["person"]),
    ("members", ["document_id"]),
    ("citations", ["doc_number"]),
    ("citations", ["document_id"]),
    ("warnings", ["source_id"]),
    ("issues", ["source_id"]),
]

#: Columns of the full-text index (FTS5, trigram tokenizer: any 3 characters match, which is
#: what Chinese text without spaces needs).
FTS_COLUMNS = ["title", "text"]

#: Statements that delete everything read from one file (parameter: the source id), children first.
DELETE_SOURCE: tuple[str, ...] = (
    # out of the full-text index first (an external-content FTS5 table needs the old values)
    "INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', id, title, text FROM documents"
    f" WHERE source_id = ? AND id <= (SELECT value FROM meta WHERE key = '{FTS_MARK}')",
    "DELETE FROM task_units WHERE task_id IN (SELECT t.id FROM tasks t JOIN documents d ON d.id = t.document_id WHERE d.source_id = ?)",
    "DELETE FROM tasks WHERE document_id IN (SELECT id FROM documents WHERE source_id = ?)",
    "DELETE FROM appointments WHERE document_id IN (SELECT id FROM documents WHERE source_id = ?)",
    "DELETE FROM members WHERE document_id IN (SELECT id FROM documents WHERE source_id = ?)",
    "DELETE FROM citations WHERE document_id IN (SELECT id FROM documents WHERE source_id = ?)",
    "DELETE FROM documents WHERE source_id = ?",
    "DELETE FROM issues WHERE source_id = ?",
    "DELETE FROM warnings WHERE source_id = ?",
    "DELETE FROM sources WHERE id = ?",
)

BUSY_TIMEOUT = 0.5  # seconds to wait for another writer before reporting a locked database


def _locked(path: str, exc: Exception) -> DatabaseError:
    """The DatabaseError (exit 6) for an error met using the database at ``path`` (mostly a
    sqlite3.Error; only its message is read)."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return DatabaseError(
            f"{path} is locked by another process (another index run?); try again when it has finished"
        )
    if "not a database" in message or "malformed" in message:
        return DatabaseError(f"{path} is not an SQLite database: {message}")
    return DatabaseError(f"{path}: {message}")


def check_version(conn: sqlite3.Connection, path: str, *, empty_ok: bool) -> int:
    """The database's schema version; DatabaseError for a newer version or a foreign file."""
    try:
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        application: int = conn.execute("PRAGMA application_id").fetchone()[0]
        tables: int = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.Error as exc:
        raise _locked(path, exc) from None
    if tables == 0 and version == 0:
        if empty_ok:
            return 0
        raise DatabaseError(f"{path} is empty: build it first with gazette-extract index PATH… --db {path}")
    if application != APPLICATION_ID:
        raise DatabaseError(f"{path} is not a gazette-extract archive database")
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{path} has schema version {version}, newer than this gazette-extract reads ({SCHEMA_VERSION}): upgrade gazette-extract"
        )
    if version < SCHEMA_VERSION:
        raise DatabaseError(f"{path} has the older schema version {version}: index the files again into a new database")
    return version


def connect_readonly(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open an archive for reading only (``mode=ro``): no statement can change it."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise DatabaseError(f"no such database: {path}")
    from urllib.parse import quote

    try:
        conn = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
        conn.row_factory = sqlite3.Row
        check_version(conn, path, empty_ok=False)
    except sqlite3.Error as exc:
        raise _locked(path, exc) from None
    return conn


def create_tables(db: sqlite_utils.Database) -> None:
    """Tables, indexes and the FTS index, with sqlite-utils."""
    for table, columns in COLUMNS.items():
        db.table(table).create(
            columns,
            pk="id",
            foreign_keys=[(c, parent, "id") for c, parent in FOREIGN_KEYS.get(table, [])],
            not_null={"path"} if table == "sources" else None,
        )
    db.table("sources").create_index(["path"], unique=True)
    for table, indexed in INDEXES:
        db.table(table).create_index(indexed)
    db.table("documents").enable_fts(FTS_COLUMNS, tokenize="trigram", create_triggers=False)
    db.table("meta").create({"key": str, "value": int}, pk="key")
    db.table("meta").upsert({"key": FTS_MARK, "value": 0}, pk="key")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
