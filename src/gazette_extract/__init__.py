"""gazette-extract: Chinese government gazettes (政府公报) → validated, structured data.

Public API::

    parse_text(text)             -> Gazette
    parse_file(path)             -> Gazette
    parse_doc_number(text)       -> DocNumber | None
    find_doc_numbers(text)       -> list[DocNumber]
    parse_deadline(text, year=, base=)  -> Deadline

and the pydantic models in :mod:`gazette_extract.models`. Names are resolved lazily so that
``import gazette_extract`` (and the CLI) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._meta import SCHEMA_VERSION, __version__

if TYPE_CHECKING:  # pragma: no cover
    from .api import parse_file, parse_text
    from .grammars.deadlines import parse_deadline
    from .grammars.docnumber import find_doc_numbers, parse_doc_number
    from .models import Appointment, Deadline, DocNumber, Document, Gazette, Task

__all__ = [
    "SCHEMA_VERSION",
    "Appointment",
    "Deadline",
    "DocNumber",
    "Document",
    "Gazette",
    "Task",
    "__version__",
    "find_doc_numbers",
    "parse_deadline",
    "parse_doc_number",
    "parse_file",
    "parse_text",
]

_LAZY = {
    "parse_text": "api",
    "parse_file": "api",
    "parse_doc_number": "grammars.docnumber",
    "find_doc_numbers": "grammars.docnumber",
    "parse_deadline": "grammars.deadlines",
    "Appointment": "models",
    "Deadline": "models",
    "DocNumber": "models",
    "Document": "models",
    "Gazette": "models",
    "Task": "models",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gazette_extract' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
