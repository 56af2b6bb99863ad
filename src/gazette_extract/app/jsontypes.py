"""Names for the JSON the commands pass around, for type annotations.

A parse result is JSON (``gazette-extract parse`` prints it; :class:`gazette_extract.models.Gazette`
validates it), read and written as plain dicts here: the app formats it, never builds it.
"""

from __future__ import annotations

from typing import Any, TypeAlias

#: One parse result, or a batch error line ``{"source": …, "error": {"code", "message"}}``.
Result: TypeAlias = dict[str, Any]
#: A record inside a result: a document, task, appointment, member, citation, warning, source.
Record: TypeAlias = dict[str, Any]
