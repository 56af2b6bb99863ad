"""Validation of output files (JSON, JSON arrays, JSON Lines) against the output models."""

from __future__ import annotations

import json
from collections.abc import Iterator

from .jsontypes import Record


def _loads(text: str) -> object:
    """json.loads with the failures of hostile input as ValueError: nesting deeper than the
    parser's stack (RecursionError) and integers of thousands of digits (ValueError)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise ValueError("not JSON: too deeply nested") from None
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise ValueError(f"not JSON: number too long ({exc})") from None


def _records(text: str) -> Iterator[tuple[str, object]]:
    """(where, record) for a JSON object, a JSON array, or JSON Lines. ``where`` is "" for a
    single object, "[i]" for array items, "line N" for JSON Lines; a record that is not JSON
    is yielded as a ValueError."""
    stripped = text.strip()
    if not stripped:
        yield "", ValueError("empty file")
        return
    try:
        whole = _loads(stripped)
    except json.JSONDecodeError as exc:
        if not stripped.startswith("{"):
            yield "", ValueError(f"not JSON: {exc}")
            return
    except ValueError as exc:
        yield "", exc
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
                record = _loads(line)
            except json.JSONDecodeError as exc:
                record = ValueError(f"not JSON: {exc}")
            except ValueError as exc:
                record = exc
            yield f"line {number}", record


def _error_line_problems(record: Record) -> list[str]:
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
            except RecursionError:
                problems.append(f"{prefix}too deeply nested")
            except ValidationError as exc:
                for error in exc.errors():
                    location = ".".join(str(part) for part in error["loc"]) or "(top)"
                    found = f" (found {_short(error['input'])})" if error["type"] != "missing" else ""
                    problems.append(f"{prefix}{location}: {error['msg']}{found}")
    return problems
