"""``gazette-extract mcp``: a Model Context Protocol server over an archive database.

An AI assistant that speaks MCP (over standard input/output, the transport every assistant
supports) can search the indexed gazettes and read their records, each row with the ``source``
(path, lines, pages) it was read from, so that every answer can cite where a fact stands.

Read-only: the database is opened with SQLite's ``mode=ro`` for every call, nothing is written,
nothing is fetched from the network. Built on the official ``mcp`` Python SDK (2.x,
``mcp.server.mcpserver.MCPServer``), the optional extra ``gazette-extract[mcp]``.

Tools (structured results, also rendered as JSON text):

* ``search_documents(query, limit=20)`` — full-text search;
* ``get_document(doc)`` — one document by number (any spelling) or id, with its records;
* ``person_timeline(name)`` — appointments, removals, resignations, roster memberships;
* ``unit_tasks(unit, role=None, due_before=None)`` — a unit's task ledger;
* ``citing_documents(doc_number)`` — the documents that cite a number;
* ``parse_gazette_text(text)`` — parse a text the assistant holds (at most
  :data:`MAX_TEXT_CHARS` characters).

Resources: ``gazette://schema`` (the output's JSON Schema) and ``gazette://stats`` (counts by
year and by publisher).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from typing_extensions import TypedDict

from ..errors import GazetteError

if TYPE_CHECKING:  # pragma: no cover
    import sqlite3

    from mcp.server.mcpserver import MCPServer

_P = ParamSpec("_P")
_T = TypeVar("_T")

__all__ = ["MAX_LIMIT", "MAX_TEXT_CHARS", "build_server", "serve"]

#: Largest text parse_gazette_text accepts (characters): about a 500-page issue.
MAX_TEXT_CHARS = 2_000_000
#: Largest number of rows one call returns.
MAX_LIMIT = 500


class Rows(TypedDict):
    """Rows of a query, each with its ``source`` {path, lines, pages}."""

    count: int
    rows: list[dict[str, Any]]


class DocumentResult(TypedDict):
    """One document: header fields, records, and the source of each. When a number names several
    documents (the same issue indexed under two paths, a number reused), ``document`` is the
    latest indexed and ``others`` the rest."""

    document: dict[str, Any]
    others: list[dict[str, Any]]


class ParseResult(TypedDict):
    """The parse of a text, in the same shape as ``gazette-extract parse`` prints."""

    gazette: dict[str, Any]


def _tool_error(message: str) -> Exception:
    from mcp.server.mcpserver.exceptions import ToolError

    return ToolError(message)


def _limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise _tool_error(f"limit must be between 1 and {MAX_LIMIT}: {limit}")
    return limit


def build_server(db: str | os.PathLike[str]) -> MCPServer:
    """The MCPServer over ``db`` (checked now: a missing or foreign database is an error here)."""
    from mcp.server.mcpserver import MCPServer

    from .._meta import __version__
    from ..store import query as queries  # tools have a parameter named query
    from ..store.schema import connect_readonly

    path = os.fspath(db)
    connect_readonly(path).close()  # DatabaseError now, before any client connects

    def ask(function: Callable[Concatenate[sqlite3.Connection, _P], _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """Run one query on a fresh read-only connection; its errors become tool errors."""
        conn = connect_readonly(path)
        try:
            return function(conn, *args, **kwargs)
        except GazetteError as exc:
            raise _tool_error(str(exc)) from None
        finally:
            conn.close()

    server = MCPServer(
        "gazette-extract",
        title="Chinese government gazettes (政府公报)",
        version=__version__,
        instructions=(
            "Read-only access to an archive of Chinese government gazettes indexed by gazette-extract. "
            "Every row carries source {path, lines, pages}: cite it with the document number and title "
            "when you state a fact. Document numbers may be written in any spelling (国办发[2019]3号)."
        ),
        log_level="WARNING",
    )

    @server.tool(structured_output=True)
    def search_documents(query: str, limit: int = 20) -> Rows:
        """Full-text search over document titles and texts (Chinese words of any length).

        Returns doc_number, title, kind, issuer, date, a snippet with the hit marked 【】, and
        source {path, lines, pages} of the hit. Example: search_documents(query="垃圾分类", limit=10)."""
        rows = ask(queries.search, query, limit=_limit(limit))
        return {"count": len(rows), "rows": rows}

    @server.tool(structured_output=True)
    def get_document(doc: str) -> DocumentResult:
        """One document by its number, in any spelling, or by its id from another result.

        Returns header fields (title, kind, doc_number, issuer, date, recipients), its tasks,
        appointments, roster members and citations, each with source {path, lines, pages}.
        Examples: get_document(doc="京平政发〔2021〕1号"), get_document(doc="国办发[2019]3号"),
        get_document(doc="12")."""
        found = ask(queries.get_document, doc, limit=MAX_LIMIT)
        if not found:
            raise _tool_error(f"no document {doc!r} in the archive (search_documents finds documents by words)")
        return {"document": found[-1], "others": found[:-1]}

    @server.tool(structured_output=True)
    def person_timeline(name: str) -> Rows:
        """A person's career in the archive: appointments, removals, resignations and roster
        memberships, by date, with position or role, the deciding meeting, the document
        (number, title) and source. Example: person_timeline(name="郭红")."""
        rows = ask(queries.person_timeline, name, limit=MAX_LIMIT)
        if not rows:
            raise _tool_error(f"no person named {name!r} in the archive (names are matched exactly, spaces ignored)")
        return {"count": len(rows), "rows": rows}

    @server.tool(structured_output=True)
    def unit_tasks(unit: str, role: str | None = None, due_before: str | None = None) -> Rows:
        """The task ledger of a unit (its aliases too: 发展改革委 = 国家发展改革委), as lead or
        support unit; recurring deadlines expanded to their next due date.

        role: "lead" or "support" (default both). due_before: YYYY-MM-DD, only tasks due before it.
        Rows: task text, lead_units, support_units, deadline_text, due, status (overdue | open |
        undated), document and source. Example: unit_tasks(unit="区教委", role="lead", due_before="2021-07-01")."""
        if role is not None and role not in ("lead", "support"):
            raise _tool_error(f"role must be 'lead' or 'support': {role!r}")
        known = ask(queries.unit_known, unit)
        if not known:
            raise _tool_error(f"no unit named {unit!r} in the archive (unit names are matched as printed, or by alias)")
        rows = ask(queries.unit_tasks, unit, role=role, due_before=due_before, limit=MAX_LIMIT)
        return {"count": len(rows), "rows": rows}

    @server.tool(structured_output=True)
    def citing_documents(doc_number: str) -> Rows:
        """The documents that cite a document number (matched in any spelling), each with the
        citing line as source. Example: citing_documents(doc_number="国办发〔2019〕3号")."""
        rows = ask(queries.cites, doc_number, limit=MAX_LIMIT)
        return {"count": len(rows), "rows": rows}

    @server.tool(structured_output=True)
    def parse_gazette_text(text: str) -> ParseResult:
        """Parse a gazette issue or document given as text (at most 2,000,000 characters), as
        `gazette-extract parse` does: issue, contents, documents with numbers, dates, tasks,
        appointments and rosters, each with its lines in this text."""
        if len(text) > MAX_TEXT_CHARS:
            raise _tool_error(
                f"text too long: {len(text):,} characters (at most {MAX_TEXT_CHARS:,}); parse it with gazette-extract parse"
            )
        if not text.strip():
            raise _tool_error("text is empty")
        from ..pipeline import extract_str

        try:
            return {"gazette": extract_str(text, path=None)}
        except GazetteError as exc:
            raise _tool_error(str(exc)) from None

    @server.resource(
        "gazette://schema",
        name="schema",
        mime_type="application/schema+json",
        description="JSON Schema of gazette-extract's output (parse_gazette_text's 'gazette').",
    )
    def schema_resource() -> str:
        from ..models import json_schema

        return json.dumps(json_schema(), ensure_ascii=False, indent=2)

    @server.resource(
        "gazette://stats",
        name="stats",
        mime_type="application/json",
        description="What the archive holds: counts of files, issues, documents and records; documents by year and by publisher.",
    )
    def stats_resource() -> str:
        def stats(conn: sqlite3.Connection) -> dict[str, Any]:
            tables = ("sources", "issues", "documents", "tasks", "appointments", "members", "citations", "warnings")
            totals = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
            return {"counts": totals, "by_year_and_publisher": queries.counts(conn)}

        return json.dumps(ask(stats), ensure_ascii=False, indent=2)

    return server


def serve(db: str | os.PathLike[str]) -> None:
    """Serve ``db`` over standard input/output until the client closes the connection."""
    build_server(db).run("stdio")
