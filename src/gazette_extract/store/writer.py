"""Writing an archive database: one transaction per file, so any interruption leaves it whole.

::

    with ArchiveWriter.open("archive.db") as writer:
        done = writer.done()                  # path → sha256 already indexed
        writer.write(issue_rows(result, text))

The database is kept in WAL mode while writing (each file's COMMIT is cheap and a crash
cannot damage it) and switched back to a single self-contained file when closed, so that it can
be copied or opened in Datasette as is. A file already indexed under the same path with the
same sha256 is not written again; under the same path with another sha256 it is replaced.
"""

from __future__ import annotations

import os
import sqlite3
from types import TracebackType

from ..errors import DatabaseError
from .rows import IssueRows, TableRow
from .schema import BUSY_TIMEOUT, COLUMNS, DELETE_SOURCE, FTS_MARK, _locked, check_version, create_tables

#: Files written between two additions to the full-text index (see schema.FTS_MARK).
FTS_BATCH = 64


def _insert_sql(table: str) -> str:
    columns = list(COLUMNS[table])
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_INSERT = {table: _insert_sql(table) for table in COLUMNS}


class ArchiveWriter:
    def __init__(self, path: str, conn: sqlite3.Connection, *, fts: bool = True) -> None:
        self.path = path
        self.conn = conn
        self.fts = fts  # False: leave the full-text index to a later run (search scans meanwhile)
        self.pending = 0  # files written since the last addition to the full-text index
        self._load_ids()

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, fts: bool = True) -> ArchiveWriter:
        """Open (creating it if needed) ``path`` for indexing. DatabaseError when it is locked,
        of a newer schema, or not an archive database."""
        import sqlite_utils

        path = os.fspath(path)
        conn = None
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
            empty = check_version(conn, path, empty_ok=True) == 0
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash loses at most the last commit, never consistency
            conn.execute("PRAGMA foreign_keys = ON")
            if empty:
                conn.execute("BEGIN IMMEDIATE")
                if check_version(conn, path, empty_ok=True) == 0:  # nobody created it meanwhile
                    create_tables(sqlite_utils.Database(conn, execute_plugins=False))
                conn.execute("COMMIT")
        except DatabaseError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise _locked(path, exc) from None
        return cls(path, conn, fts=fts)

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def _load_ids(self) -> None:
        # Ids are given here rather than by SQLite, so that a file's rows go in with one
        # executemany per table; the write lock held during a file makes them safe.
        self.next_id = {t: (self.conn.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0) + 1 for t in COLUMNS}
        # never below the full-text mark: an id it covers must not be given to a new document
        self.next_id["documents"] = max(self.next_id["documents"], self._fts_mark() + 1)

    def _fts_mark(self) -> int:
        mark: int = self.conn.execute("SELECT value FROM meta WHERE key = ?", (FTS_MARK,)).fetchone()[0]
        return mark

    def index_text(self) -> None:
        """Add the documents written since the last call to the full-text index, in one transaction."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            mark = self._fts_mark()
            self.conn.execute(
                "INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id > ? ORDER BY id",
                (mark,),
            )
            self.conn.execute(
                "UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM documents) WHERE key = ? AND value < (SELECT coalesce(max(id), 0) FROM documents)",
                (FTS_MARK,),
            )
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.pending = 0

    def _ids(self, table: str, count: int) -> range:
        first = self.next_id[table]
        self.next_id[table] = first + count
        return range(first, first + count)

    def done(self) -> dict[str, str | None]:
        """Path → sha256 of every file indexed (None for a file that could not be read)."""
        return dict(self.conn.execute("SELECT path, sha256 FROM sources"))

    def write(self, rows: IssueRows) -> None:
        """Replace what the database holds for this file's path with ``rows``, in one transaction."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                self._write(rows)
            except BaseException:
                conn.execute("ROLLBACK")
                self._load_ids()
                raise
            conn.execute("COMMIT")
            self.pending += 1
            if self.fts and self.pending >= FTS_BATCH:
                self.index_text()
        except sqlite3.Error as exc:
            raise _locked(self.path, exc) from None

    def _write(self, rows: IssueRows) -> None:
        conn = self.conn
        old = conn.execute("SELECT id FROM sources WHERE path = ?", (rows.source[0],)).fetchone()
        if old is not None:
            for statement in DELETE_SOURCE:
                conn.execute(statement, (old[0],))
        (source_id,) = self._ids("sources", 1)
        conn.execute(_INSERT["sources"], (source_id, *rows.source))
        if rows.warnings:
            ids = self._ids("warnings", len(rows.warnings))
            conn.executemany(
                _INSERT["warnings"], [(i, source_id, *w) for i, w in zip(ids, rows.warnings, strict=False)]
            )
        if rows.issue is None:
            return
        (issue_id,) = self._ids("issues", 1)
        conn.execute(_INSERT["issues"], (issue_id, source_id, *rows.issue))
        if not rows.documents:
            return
        doc_ids = self._ids("documents", len(rows.documents))
        conn.executemany(
            _INSERT["documents"],
            [(i, issue_id, source_id, *d.document) for i, d in zip(doc_ids, rows.documents, strict=False)],
        )
        tasks: list[TableRow] = []
        units: list[TableRow] = []
        records: dict[str, list[TableRow]] = {"appointments": [], "members": [], "citations": []}
        for doc_id, doc in zip(doc_ids, rows.documents, strict=False):
            for task_id, (task, task_units) in zip(self._ids("tasks", len(doc.tasks)), doc.tasks, strict=False):
                tasks.append((task_id, doc_id, *task))
                units.extend(
                    (unit_id, task_id, *u)
                    for unit_id, u in zip(self._ids("task_units", len(task_units)), task_units, strict=False)
                )
            for table in records:
                own = getattr(doc, table)
                records[table].extend((i, doc_id, *r) for i, r in zip(self._ids(table, len(own)), own, strict=False))
        conn.executemany(_INSERT["tasks"], tasks)
        conn.executemany(_INSERT["task_units"], units)
        for table, table_rows in records.items():
            conn.executemany(_INSERT[table], table_rows)

    def close(self) -> None:
        """Finish the full-text index, and fold the write-ahead log back into the file: one
        self-contained database file. (After an interruption the index is finished too: the
        files written are complete, only their full-text entries may be missing.)"""
        try:
            try:
                if self.fts:
                    self.index_text()
            except sqlite3.Error:
                pass  # the next run finishes it; until then search scans the documents above the mark
            try:
                self.conn.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.Error:
                pass  # a reader holds it open: the WAL stays, and the next writer folds it in
        finally:
            self.conn.close()
