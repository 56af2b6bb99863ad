"""The output contract, as pydantic v2 models.

These models are the single source of truth for the JSON that gazette-extract emits:
``schemas/gazette.schema.json`` is generated from :class:`Gazette` (``gazette-extract schema``)
and a test proves the committed file is current.

The extraction stages pass typed records (:mod:`gazette_extract.data`, the same fields as these
models) and the pipeline turns them into plain dicts of exactly this shape (it is faster and
keeps the CLI's start-up free of pydantic); :func:`gazette_extract.parse_text` validates them
into these models, and the test-suite validates every sample's output against them.

Keys named in the contract are never renamed or dropped; new optional fields may be added.
Dates are ISO ``YYYY-MM-DD`` strings; unknown values are ``None``; lists default to ``[]``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from ._meta import SCHEMA_VERSION
from ._pattern_cache import compile_re

_ISO_DATE = compile_re(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # 2021-01-14; fromisoformat alone also takes 20210114


def _check_iso_date(value: str) -> str:
    if not _ISO_DATE.fullmatch(value):
        raise ValueError("not a date YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a date YYYY-MM-DD") from None  # 2021-02-30
    return value


# "YYYY-MM-DD", a real calendar day: JSON Schema ``format: date``. Kept as str so that the JSON
# round-trips byte for byte.
IsoDate = Annotated[str, AfterValidator(_check_iso_date), WithJsonSchema({"type": "string", "format": "date"})]


class _Model(BaseModel):
    # Extra keys are allowed so that older readers keep working when fields are added.
    model_config = ConfigDict(extra="allow")


class LineSpan(_Model):
    """1-based, inclusive line numbers in the text that ``gazette-extract text FILE`` prints: the
    decoded file (before any normalization), the rendered article of a web page, or the extracted
    text of a PDF (a form feed starts each page and does not end a line; a line ends at ``\\n``,
    ``\\r\\n`` or a lone ``\\r``)."""

    start: int = Field(ge=1)
    end: int = Field(ge=1)


class CharSpan(_Model):
    """Character offsets into the text that ``gazette-extract text FILE`` prints (Python ``str``
    indices, ``end`` exclusive): ``text[start:end]`` is the record's statement as printed there,
    from its first to its last character (the whole lines when its values could not be
    located). The text is the decoded file without its byte-order mark, the rendered article of
    a web page, or the extracted text of a PDF; for ``parse_text()`` the string given, without
    a leading byte-order mark."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class PageSpan(_Model):
    """1-based, inclusive physical pages of a PDF (the first page is 1, whatever it prints)."""

    start: int = Field(ge=1)
    end: int = Field(ge=1)


class Source(_Model):
    path: str | None = Field(None, description="Path as given, or '-' for stdin; None for parse_text().")
    sha256: str = Field(description="sha256 of the raw input bytes (of the UTF-8 text for parse_text()).")
    encoding: str = Field(
        description="Encoding the bytes were decoded with, e.g. 'utf-8', 'utf-8-sig', 'gb18030'; "
        "with --encoding, the name asked for (lower case), e.g. 'gbk'."
    )
    codec: str | None = Field(
        None, description="Present when --encoding named an alias: the codec really used, e.g. 'gb18030' for 'gbk'."
    )
    bytes: int = Field(ge=0, description="Size of the raw input in bytes.")
    script: Literal["simplified", "traditional"] | None = Field(
        None,
        description="'traditional' when the text was printed in Traditional characters and converted to "
        "Simplified (OpenCC t2s) before extraction; values are then reported in Simplified characters.",
    )
    pages: int | None = Field(
        None,
        description="Number of pages, for a PDF ('encoding' is then 'pdf', or 'pdf+ocr' when pages were read by OCR).",
    )


class Issue(_Model):
    title: str | None = Field(None, examples=["北京市平谷区人民政府公报"])
    year: int | None = Field(None, examples=[2021])
    number: int | None = Field(None, description="Issue number within the year: 第1期 → 1.")
    total_number: int | None = Field(None, description="Running number: （总第9期） → 9.")
    publisher: str | None = Field(None, description="The body named before 主办.")
    published: IsoDate | None = Field(None, description="Publication date of the issue.")


class DocNumber(_Model):
    """A document number (文号) such as 京平政发〔2021〕1号."""

    text: str = Field(description="Canonical form: brackets folded to 〔〕, no spaces, ASCII digits, 号.")
    raw: str = Field(description="The number exactly as written in the normalized text.")
    agency: str = Field(description="Issuing-agency prefix, e.g. 京平政发, 国办发明电, 国令.")
    year: int | None = Field(description="Year in brackets; None for forms like 国令第707号.")
    serial: int = Field(description="Serial number within the year.")


class ContentsEntry(_Model):
    section: str | None = Field(None, description="Section heading without brackets, e.g. 平谷区人民政府文件.")
    title: str
    doc_number: str | None = Field(None, description="Canonical document number text.")
    page: int | None = None
    line: int | None = Field(None, description="Source line of the entry's title.")
    span: CharSpan | None = Field(
        None, description="Character offsets of the record in the text that 'gazette-extract text' prints."
    )


class Attachment(_Model):
    label: str = Field(description="附件1, 附件2 … (附件 when unnumbered).")
    title: str | None = None
    line: int | None = None
    pages: PageSpan | None = Field(None, description="Pages of a PDF the record was read from.")
    span: CharSpan | None = Field(
        None, description="Character offsets of the record in the text that 'gazette-extract text' prints."
    )


class Citation(_Model):
    title: str | None = Field(None, description="Cited title without 《》, when given.")
    doc_number: DocNumber | None = None
    line: int | None = None
    pages: PageSpan | None = Field(None, description="Pages of a PDF the record was read from.")
    span: CharSpan | None = Field(
        None, description="Character offsets of the record in the text that 'gazette-extract text' prints."
    )


DeadlineKind = Literal["by", "ongoing", "recurring", "as_required", "unknown"]


class Deadline(_Model):
    text: str = Field(description="The deadline as written (normalized spacing).")
    kind: DeadlineKind
    date: IsoDate | None = Field(None, description="Last day allowed, for kind 'by'.")
    rrule: str | None = Field(None, description="RFC 5545 recurrence rule, for kind 'recurring'.")


class Task(_Model):
    id: str = Field(description="Stable id within the document, e.g. 't1', 't2' ….")
    text: str
    section: list[str] = Field(default_factory=list, description="Enclosing headings, outermost first.")
    lead_units: list[str] = Field(default_factory=list)
    support_units: list[str] = Field(default_factory=list)
    lead_people: list[str] = Field(default_factory=list, description="牵头领导/责任领导: people, not units.")
    deadline: Deadline | None = None
    lines: LineSpan
    pages: PageSpan | None = Field(None, description="Pages of a PDF the record was read from.")
    span: CharSpan | None = Field(
        None, description="Character offsets of the record in the text that 'gazette-extract text' prints."
    )


AppointmentAction = Literal["appoint", "remove", "resign"]


class Appointment(_Model):
    action: AppointmentAction
    person: str
    position: str = Field(description="Full post as written, organization included, without 职务/同志.")
    organization: str | None = None
    title: str | None = None
    decided_on: IsoDate | None = Field(None, description="Date of the deciding meeting, else the document's date.")
    meeting: str | None = None
    note: str | None = Field(None, description="e.g. 试用期一年, 挂职.")
    lines: LineSpan
    pages: PageSpan | None = Field(None, description="Pages of a PDF the record was read from.")
    span: CharSpan | None = Field(
        None, description="Character offsets of the record in the text that 'gazette-extract text' prints."
    )


class Member(_Model):
    """A member of a leading group or committee: 组长：王成国 区委书记."""

    role: str
    person: str
    post: str | None = None
    line: int | None = None
    pages: PageSpan | None = Field(None, description="Pages of a PDF the record was read from.")
    span: CharSpan | None = Field(
        None, description="Character offsets of the record in the text that 'gazette-extract text' prints."
    )


class Document(_Model):
    title: str | None = Field(
        description="The title as printed; None for a document printed without one (a page that "
        "kept its title only in the browser's title bar): nothing is invented."
    )
    kind: str | None = Field(None, description="通知, 决定, 意见, 批复, 办法 …")
    doc_number: DocNumber | None = None
    recipients: list[str] = Field(default_factory=list)
    issuer: str | None = None
    date: IsoDate | None = Field(None, description="成文日期.")
    published: IsoDate | None = Field(
        None, description="发布日期: the date a website published the document, from its metadata block."
    )
    metadata: dict[str, str] = Field(
        default_factory=dict,
        description="Every key/value pair of the metadata block printed above the document, key as printed "
        "without spaces, colon or brackets (索引号, 主题分类, 发布日期 …), value as printed.",
    )
    attachments: list[Attachment] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    appointments: list[Appointment] = Field(default_factory=list)
    members: list[Member] = Field(default_factory=list)
    lines: LineSpan
    pages: PageSpan | None = Field(None, description="Pages of a PDF the record was read from.")
    span: CharSpan | None = Field(
        None, description="Character offsets of the record in the text that 'gazette-extract text' prints."
    )


class Warning(_Model):  # noqa: A001 - the domain word; shadows the builtin only inside this module
    code: str = Field(description="Stable machine-readable code, e.g. 'contents-not-found'.")
    message: str
    line: int | None = None
    page: int | None = Field(None, description="PDF page the warning is about (ocr-needed, ocr-low-confidence).")


class Gazette(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    issue: Issue
    contents: list[ContentsEntry] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the output, as committed in schemas/gazette.schema.json."""
    schema = Gazette.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/gazette-extract/gazette-extract/schemas/gazette.schema.json"
    return schema
