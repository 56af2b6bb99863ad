"""The typed records the stages pass between them, and the one :func:`to_dict` that turns any of
them into the JSON result.

Stage 0 (data, imports nothing of the package but the code registry): the grammars build
:class:`DocNumber` and :class:`Deadline`, the layout stage :class:`Issue`, :class:`ContentsEntry`,
:class:`Attachment`, :class:`Citation` and :class:`Document`, the record extractors
:class:`Task`, :class:`Appointment` and :class:`Member`, every stage :class:`WarningRecord` (through
:func:`warning`). Each is a frozen dataclass with slots, built with keyword arguments; the
pipeline turns the whole result into plain dicts once, at its edge, with :func:`to_dict`.

:mod:`gazette_extract.models` stays the *output contract* (pydantic, validated by the API); these
records mirror it field for field, in the order the JSON prints them: :func:`to_dict` writes the
fields in declaration order, ``None`` and empty lists included (the contract always has every
key). Fields added after extraction (``span``, ``pages``) are added to the dicts by the last
stages (:mod:`gazette_extract.text.spans`), which read the dict result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field, fields
from types import UnionType
from typing import Any, ClassVar, Protocol, Union, get_args, get_origin, get_type_hints

from . import codes
from ._fastclass import WRITERS, dataclass

__all__ = [
    "Appointment",
    "Attachment",
    "Citation",
    "ContentsEntry",
    "Deadline",
    "DocNumber",
    "Document",
    "Issue",
    "LineSpan",
    "Member",
    "Task",
    "WarningRecord",
    "to_dict",
    "warning",
]


class Record(Protocol):
    """Any dataclass instance (what :func:`dataclasses.fields` accepts)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]


# Field metadata keys: how to_dict writes the value, when not as itself (ContentsEntry's number);
# and a field to_dict leaves out when it is None (a warning's page: only a PDF's warnings have one).
TO_DICT = "to_dict"
OMIT_NONE = "omit_none"


@dataclass(frozen=True, slots=True)
class LineSpan:
    """1-based, inclusive lines of the text the pipeline read: ``{"start": 12, "end": 14}``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocNumber:
    """京平政发〔2021〕1号: canonical text, as written, agency, year (None for 国令第707号), serial."""

    text: str
    raw: str
    agency: str
    year: int | None
    serial: int


@dataclass(frozen=True, slots=True)
class Deadline:
    """2021年12月底前 → kind ``by``, date 2021-12-31; 每年6月底前 → ``recurring`` with an rrule."""

    text: str
    kind: str  # by / ongoing / recurring / as_required / unknown (models.DeadlineKind)
    date: str | None
    rrule: str | None


@dataclass(frozen=True, slots=True)
class Issue:
    """北京市平谷区人民政府公报 2021年第1期（总第9期）, 北京市平谷区人民政府 主办."""

    title: str | None = None
    year: int | None = None
    number: int | None = None
    total_number: int | None = None
    publisher: str | None = None
    published: str | None = None


def _number_text(number: DocNumber | None) -> str | None:
    return number.text if number is not None else None


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: which entries a document matched
class ContentsEntry:
    """One line of the 目录: 【区政府文件】 / 北京市平谷区人民政府关于…的通知（京平政发〔2021〕1号）……1.

    The document number is kept whole (a document without a printed number takes it); the
    JSON prints its canonical text.
    """

    section: str | None
    title: str
    doc_number: DocNumber | None = field(metadata={TO_DICT: _number_text})
    page: int | None
    line: int


@dataclass(frozen=True, slots=True)
class Attachment:
    """附件2：平谷区落实耕地保护“田长制”管理机制 → label 附件2, its title and line."""

    label: str
    title: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Citation:
    """A document cited in the text: 《国务院办公厅关于…的通知》（国办发明电〔2020〕24号）."""

    title: str | None
    doc_number: DocNumber | None
    line: int


@dataclass(frozen=True, slots=True)
class Task:
    """21. 实施公用事业领域惠民行动 / 主责单位：区城市管理委 / 完成时限：2021年12月底前."""

    id: str
    text: str
    section: tuple[str, ...]
    lead_units: tuple[str, ...]
    support_units: tuple[str, ...]
    lead_people: tuple[str, ...]
    deadline: Deadline | None
    lines: LineSpan


@dataclass(frozen=True, slots=True)
class Appointment:
    """任命张三为北京市平谷区商务局局长 → appoint, 张三, the post, its organization and title."""

    action: str  # appoint / remove / resign (models.AppointmentAction)
    person: str
    position: str
    organization: str | None
    title: str | None
    decided_on: str | None
    meeting: str | None
    note: str | None
    lines: LineSpan


@dataclass(frozen=True, slots=True)
class Member:
    """组　长：王成国 区委书记 → role 组长, person 王成国, post 区委书记, its line."""

    role: str
    person: str
    post: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Document:
    """One official document: its fields (layout.fields), lines, and records (records/)."""

    title: str | None
    kind: str | None
    doc_number: DocNumber | None
    recipients: tuple[str, ...]
    issuer: str | None
    date: str | None
    published: str | None
    metadata: Mapping[str, str]  # key as printed (索引号, 发布日期 …) → value as printed
    attachments: tuple[Attachment, ...]
    citations: tuple[Citation, ...]
    lines: LineSpan
    tasks: tuple[Task, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    members: tuple[Member, ...] = ()


@dataclass(frozen=True, slots=True)
class WarningRecord:
    """Something a user can check on the page: ``{"code", "message", "line"}`` (line None when
    the warning is about the whole text), and ``page`` for a PDF page's warnings (ocr-needed)."""

    code: str
    message: str
    line: int | None
    page: int | None = field(default=None, metadata={OMIT_NONE: True})


def warning(code: str, message: str, line: int | None, *, page: int | None = None) -> WarningRecord:
    """The one warning builder: ``code`` must be in the registry (:data:`codes.WARNINGS`)."""
    if code not in codes.WARNINGS:
        raise ValueError(f"unregistered warning code {code!r}: add it to codes.WARNINGS")
    return WarningRecord(code=code, message=message, line=line, page=page)


# ---------------------------------------------------------------------------------------------
# to_dict: one generic serializer
# ---------------------------------------------------------------------------------------------

# The fields' types decide how each is written, once per class: to_dict compiles, for every record
# class, a function that builds its dict with one expression per field (Task →
# {"id": r.id, …, "section": list(r.section), …, "lines": to_dict(r.lines)}), as dataclasses
# itself compiles __init__. Walking the fields generically for every record cost ~4 % of a parse.
_SCALARS = frozenset({str, int, float, bool, type(None)})
_COMPILED: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _is_record(tp: object) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__dataclass_fields__")


def _field_expr(tp: object, value: str) -> str:
    """Python source that turns ``value`` (source of an expression of type ``tp``) into JSON data."""
    if tp in _SCALARS:
        return value
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, UnionType):
        if all(a in _SCALARS for a in args):
            return value  # str | None, int | None
        others = [a for a in args if a is not type(None)]
        if len(others) == 1:  # DocNumber | None
            return f"(None if (v := {value}) is None else {_field_expr(others[0], 'v')})"
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if args[0] in _SCALARS:
            return f"list({value})"  # tuple[str, ...]
        if _is_record(args[0]):
            return f"[to_dict(x) for x in {value}]"  # tuple[Task, ...]
    if origin in (Mapping, dict) and all(a in _SCALARS for a in args):
        return f"dict({value})"  # Mapping[str, str]
    if _is_record(tp):
        return f"to_dict({value})"
    return f"_plain({value})"  # anything else: walked at run time


def writer_key(cls: type) -> str:
    """What decides a class's to_dict source: its module and name, and each field's name, type
    text and metadata (the table of writers compiled ahead is keyed by it)."""
    marks = ",".join(
        f"{f.name}:{f.type}:{int(TO_DICT in f.metadata)}{int(bool(f.metadata.get(OMIT_NONE)))}" for f in fields(cls)
    )
    return f"{cls.__module__}.{cls.__qualname__}({marks})"


def _namespace(cls: type) -> dict[str, Any]:
    """The names a class's to_dict source uses: to_dict, _plain and each field's converter."""
    namespace: dict[str, Any] = {"to_dict": to_dict, "_plain": _plain}
    for f in fields(cls):
        convert = f.metadata.get(TO_DICT)
        if convert is not None:
            namespace[f"convert_{f.name}"] = convert
    return namespace


def writer_source(cls: type) -> str:
    """The source of one record class's to_dict (``def record_to_dict(r): …``); fields in
    declaration order."""
    hints = get_type_hints(cls)
    lines = ["def record_to_dict(r):", "    out = {}"]
    for f in fields(cls):
        value = f"r.{f.name}"
        if f.metadata.get(TO_DICT) is not None:
            expr = f"(None if (v := {value}) is None else convert_{f.name}(v))"
        else:
            expr = _field_expr(hints[f.name], value)
        if f.metadata.get(OMIT_NONE):
            lines.append(f"    if {value} is not None:")
            lines.append(f"        out[{f.name!r}] = {expr}")
        else:
            lines.append(f"    out[{f.name!r}] = {expr}")
    lines.append("    return out")
    return "\n".join(lines)


def _compile(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The to_dict of one record class (see _COMPILED): from the writers compiled ahead
    (_fastclass.WRITERS, generated from :func:`writer_source`), else compiled here — evaluating
    the fields' type hints and an exec cost ≈ 1 M instructions a class on a run's first result."""
    namespace = _namespace(cls)
    factory = WRITERS.get(writer_key(cls))
    if factory is not None:
        compiled: Callable[[Any], dict[str, Any]] = factory(**namespace)
    else:
        exec(writer_source(cls), namespace)  # the source is built from the class's own fields
        compiled = namespace["record_to_dict"]
    _COMPILED[cls] = compiled
    return compiled


def to_dict(record: Record) -> dict[str, Any]:
    """The record as the JSON result prints it: every field in declaration order, nested
    records as dicts, tuples as lists, mappings copied; ``None`` kept, except in a field marked
    :data:`OMIT_NONE`. A field's :data:`TO_DICT` converter sees only values that are not None."""
    convert = _COMPILED.get(type(record)) or _compile(type(record))
    return convert(record)


def _plain(value: Any) -> Any:
    """A value of no declared shape as JSON data (``Any``: the JSON result is the one place it is untyped)."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(type(value), "__dataclass_fields__"):
        return to_dict(value)
    return value
