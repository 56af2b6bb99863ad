"""``dataclasses.dataclass`` without compiling the generated methods at import.

Python 3.11's ``dataclass`` writes each method it adds (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, a frozen class's ``__setattr__``/``__delattr__``) as source text and compiles it with
its own ``exec``: 0.7–1 ms a class, 18–26 ms CPU for the 24 record classes on ``parse``'s path —
a fifth of what ``parse`` spends above ``--version``. This module's :func:`dataclass` is the same
decorator, with that one step served from :mod:`gazette_extract._fastclass_methods`: the same
source texts, compiled once into the package's bytecode (written by ``tools/regen.py methods``;
``tests/test_fastclass.py`` checks it is current). A class built here is the class
``dataclasses.dataclass`` builds — its fields, ``replace``, ``FrozenInstanceError``, slots — with
methods of the same source.

What makes this safe:
- the methods are looked up by their whole source text, the one ``dataclasses`` wrote for this
  class; a text the table does not hold (a field added, another Python's ``dataclasses``) is
  compiled with ``exec`` as ``dataclasses`` does (:data:`MISSES` counts those), so a stale table
  costs speed, never correctness;
- ``dataclasses._create_fn`` is replaced only while this decorator runs, by a function that
  returns what it would (same source, same closure variables); when ``dataclasses`` has no such
  function (Python 3.13 builds a class's methods in one ``exec``), the decorator is
  ``dataclasses.dataclass`` itself.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

__all__ = ["MISSES", "SOURCES", "WRITERS", "dataclass"]

try:
    from . import _fastclass_methods

    _current = sys.version_info[:2] == _fastclass_methods.PYTHON
    _FACTORIES: Mapping[str, Callable[..., Any]] = _fastclass_methods.FACTORIES if _current else {}
    # data.to_dict's per-class writers, keyed by data.writer_key (their source needs the fields'
    # type hints evaluated: ≈ 15 M instructions for the 12 record classes on a run's first result)
    WRITERS: Mapping[str, Callable[..., Any]] = getattr(_fastclass_methods, "WRITERS", {}) if _current else {}
except ImportError:  # pragma: no cover - the generated module is committed; without it, plain exec
    _FACTORIES = WRITERS = {}

_ORIGINAL: Callable[..., Any] | None = getattr(dataclasses, "_create_fn", None)
MISSES: list[str] = []  # source texts compiled with exec in this process (tools/regen.py methods reads them)
SOURCES: list[str] = []  # every source text asked for in this process, in order


def _create_fn(
    name: str,
    args: Any,
    body: Any,
    *,
    globals: dict[str, Any] | None = None,  # noqa: A002 - dataclasses' own keyword names
    locals: dict[str, Any] | None = None,  # noqa: A002
    return_type: Any = dataclasses.MISSING,
) -> Any:
    """``dataclasses._create_fn`` of Python 3.11/3.12, its ``exec`` replaced by a table lookup."""
    if locals is None:
        locals = {}  # noqa: A001
    return_annotation = ""
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    arguments = ",".join(args)
    lines = "\n".join(f"  {b}" for b in body)
    text = f" def {name}({arguments}){return_annotation}:\n{lines}"
    local_vars = ", ".join(locals.keys())
    text = f"def __create_fn__({local_vars}):\n{text}\n return {name}"
    SOURCES.append(text)
    factory = _FACTORIES.get(text)
    if factory is None:
        MISSES.append(text)
        namespace: dict[str, Any] = {}
        exec(text, globals, namespace)  # what dataclasses does: the text is its own, built above
        return namespace["__create_fn__"](**locals)
    made = factory(**locals)
    # exec'd in the class's module, the method would name that module
    made.__module__ = (globals if globals is not None else vars(dataclasses)).get("__name__")
    return made


if TYPE_CHECKING:  # type checkers know dataclasses.dataclass; this one takes the same arguments
    from dataclasses import dataclass as dataclass
else:

    def dataclass(cls: type | None = None, /, **params: Any) -> Any:
        """``dataclasses.dataclass(cls, **params)``, its methods' sources compiled ahead."""

        def wrap(cls: type) -> type:
            if _ORIGINAL is None:  # pragma: no cover - Python 3.13+: dataclasses runs one exec a class
                return dataclasses.dataclass(cls, **params)
            dataclasses._create_fn = _create_fn
            try:
                return dataclasses.dataclass(cls, **params)
            finally:
                dataclasses._create_fn = _ORIGINAL

        return wrap if cls is None else wrap(cls)
