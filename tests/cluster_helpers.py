"""Worker functions for the cluster tests: importable by the test's Dask workers (their
PYTHONPATH holds this folder)."""

from __future__ import annotations

import os

from gazette_extract.app import batch


def poisoned_convert(item):
    """``batch.convert``, except that a file holding POISON kills the worker process, every time
    (as a file that makes the parser run out of memory would)."""
    from gazette_extract.app.sources import SourceError

    try:
        if b"POISON" in item.read():
            os._exit(1)
    except SourceError:
        pass  # an unreadable input: convert gives its error line
    return batch.convert(item)
