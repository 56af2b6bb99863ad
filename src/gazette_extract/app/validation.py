"""Validation of output files (JSON, JSON arrays, JSON Lines) against the output models."""

from __future__ import annotations

import json
from collections.abc import Iterator

def _records(text: str) -> Iterator[tuple[str, object]]:
    """(where, record) for a JSON object, a JSON array, or JSON Lines. ``where`` is "" for a
    single object, "[i]" for array items, "line N" for JSON Lines; a record that is not JSON
    is yielded as a ValueError."""
    stripped = text.strip()
    if not stripped:
        yield "", ValueError("empty file")
        return
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError as exc:
        if not stripped.startswith("{"):
            yield "", ValueError(f"not JSON: {exc}")
            return
    else:
        if isinstance(whole, list):
            for i, record in enumerate(whole):
                yield f"[{i}]", record
        else:
            yield "", whole
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield f"line {number}", json.loads(line)
            except json.JSONDecodeError as exc:
                yield f"line {number}", ValueError(f"not JSON: {exc}")


def _error_line_problems(record: dict) -> list[str]:
    source, error = record.get("source"), record.get("error")
    problems = []
    if not isinstance(source, dict) or not isinstance(source.get("path"), str):
        problems.append("source.path: an error line needs the path of its input")
    if not isinstance(error, dict) or not all(isinstance(error.get(k), str) for k in ("code", "message")):
        problems.append("error: an error line needs a code and a message")
    return problems


def _short(value: object, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validate_text(text: str) -> list[str]:
    """Problems of a parse output (object, array or JSON Lines), one line each, ``[]`` if valid.

    Issues are checked against :class:`gazette_extract.models.Gazette`; batch error lines
    (``{"source", "error"}``) are accepted as such."""
    from pydantic import ValidationError

    from ..models import Gazette

    problems: list[str] = []
    for where, record in _records(text):
        prefix = f"{where}: " if where else ""
        if isinstance(record, ValueError):
            problems.append(f"{prefix}{record}")
        elif not isinstance(record, dict):
            problems.append(f"{prefix}expected a JSON object, found {type(record).__name__}")
        elif "error" in record and "documents" not in record:
            problems.extend(prefix + p for p in _error_line_problems(record))
        else:
            try:
                Gazette.model_validate(record)
            except ValidationError as exc:
                for error in exc.errors():
                    location = ".".join(str(part) for part in error["loc"]) or "(top)"
                    found = f" (found {_short(error['input'])})" if error["type"] != "missing" else ""
                    problems.append(f"{prefix}{location}: {error['msg']}{found}")
    return problems
