"""The archive database: ``index`` writes it (:mod:`.writer`, fed by the workers of
``app/indexer.py``), the query functions of :mod:`.query` read it. For a report or a server built on top::

    from gazette_extract.store import connect_readonly, query
    with connect_readonly("archive.db") as conn:
        rows = query.unit_tasks(conn, "区教委", role="lead", due_before="2021-07-01")

Importing this package costs only the standard library; sqlite-utils is imported for writing.
"""

from . import query
from .schema import SCHEMA_VERSION, connect_readonly

__all__ = ["SCHEMA_VERSION", "connect_readonly", "query"]
