"""The whole pipeline: decode → normalize → blocks → front matter and contents → documents →
per-document fields and records, plus the warnings a user can act on.

:func:`extract` returns plain dicts in the shape of :class:`gazette_extract.models.Gazette`; it
imports no pydantic, so the CLI starts fast. :func:`parse_text` / :func:`parse_file` (in
``api.py``) validate the same dicts into the models.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from . import codes
from ._meta import SCHEMA_VERSION
from ._pattern_cache import compile_re
from ._runtime import collector_paused
from .data import Document, Issue, WarningRecord, to_dict, warning
from .errors import UnsupportedInputError
from .layout.blocks import Block, classify
from .layout.documents import (
    DocumentSpan,
    fallback_span,
    is_fiction_chapter,
    is_link_list,
    is_search_results,
    split_documents,
    split_explanations,
    split_signed_notices,
    split_stories,
    stored_to_unsigned_end,
    untitled_cover,
)
from .layout.doubt import doubtful_title
from .layout.fields import read_fields, signed_over_lost_marks
from .layout.frontmatter import FrontMatter, read_front_matter
from .layout.recognize import (
    adopted_untitled,
    cites_a_ground_letter,
    dated_untitled_notice,
    dated_untitled_story,
    proclaimed_signed,
    signed_official,
    signed_untitled,
)
from .records.appointments import extract_appointments
from .records.rosters import extract_members
from .records.tasks import extract_tasks
from .text.decode import REPORTED_EXTENSIONS, decode_bytes, encoding_name
from .text.newshead import is_address_line
from .text.normalize import split_paragraphs
from .text.script import NAME_VARIANT_RE as _NAME_VARIANT_RE
from .text.script import person_as_printed, to_simplified
from .text.spans import add_spans
from .vocab.common import compact

try:  # CPython's own SHA-256 module: for an issue-sized input it spares loading OpenSSL (see _digest)
    from _sha256 import sha256 as _builtin_sha256  # type: ignore[import-not-found, unused-ignore]  # 3.11
except ImportError:  # pragma: no cover - renamed _sha2 in 3.12; hashlib alone where neither is built
    try:
        from _sha2 import sha256 as _builtin_sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
    except ImportError:
        _builtin_sha256 = None

# Below this size the input's digest comes from CPython's SHA-256 (6-7 ms a MB), above it from
# OpenSSL's (under 1 ms a MB), whose import through hashlib costs ≈ 3 ms once: a 63 kB issue then
# starts without it, a 5 MB text hashes 30 ms faster.
_SMALL_INPUT = 256 * 1024
# … until the built-in module has hashed this much in the process: a run over many issues (batch, a
# library loop) then pays the import once and hashes each issue ten times faster (round 11: the digest
# was 1.4 % of an issue's extract); `parse` of one issue never reaches it.
_BUILTIN_BUDGET = 1 << 20
_builtin_hashed = 0  # bytes hashed by the built-in module in this process


def _digest(data: bytes) -> str:
    global _builtin_hashed
    if len(data) < _SMALL_INPUT and _builtin_sha256 is not None and _builtin_hashed < _BUILTIN_BUDGET:
        _builtin_hashed += len(data)
        return str(_builtin_sha256(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()


# Warnings: code → what it tells the user (the message adds the specifics); the registry.
WARNING_CODES = codes.WARNINGS

# Kinds that are always issued with a number, a date and a signature; a 条例 or 规则 printed
# alone (gwy-33's decree text) legitimately has no signature of its own.
_EXPECT_HEADER = frozenset({"通知", "意见", "决定", "批复", "函", "通报", "公告", "通告", "报告", "请示"})


# The JSON result: plain dicts in the shape of models.Gazette, built once, at the pipeline's edge.
Result = dict[str, Any]


def _warn(warnings: list[WarningRecord], code: str, message: str, line: int | None) -> None:
    warnings.append(warning(code, message, line))


def _by_line(w: WarningRecord) -> tuple[bool, int]:
    """Warnings in text order, those about the whole text last."""
    return (w.line is None, w.line or 0)


def _source(data: bytes, path: str | None, encoding: str, asked: str | None = None) -> dict[str, Any]:
    """``encoding`` is what was asked with --encoding (``gbk``), else the codec detected; the
    codec used goes in ``codec`` when it differs from what was asked (``gb18030``)."""
    source: dict[str, Any] = {
        "path": path,
        "sha256": _digest(data),
        "encoding": encoding,
        "bytes": len(data),
    }
    if asked:
        name = encoding_name(asked)
        if name != encoding:
            source["encoding"], source["codec"] = name, encoding
    return source


def _place_names(issue: Issue, documents: list[Document]) -> list[str]:
    """Organization/place prefixes named in the issue (北京市平谷区人民政府 → 北京市, 平谷区 …), in
    the order they are first printed: a session's place is picked from them in that order, so the
    output must not depend on a set's (hash-seeded) order."""
    names: dict[str, None] = {}
    for text in [issue.publisher or "", issue.title or ""] + [d.issuer or "" for d in documents]:
        for i, ch in enumerate(text):
            if ch in "省市区县州盟旗镇乡" and i >= 1:
                names[text[: i + 1]] = None
                # the last level alone: 北京市平谷区 → 平谷区
                j = max(text.rfind(c, 0, i) for c in "省市区县州盟旗")
                if j >= 0 and i - j >= 2:
                    names[text[j + 1 : i + 1]] = None
    return list(names)


def extract_text(text: str, source: dict[str, Any], *, script: tuple[str, bool] | None = None) -> Result:
    """Run the pipeline on decoded text; ``source`` is the source record to report.

    The cyclic garbage collector is paused while it runs: the pipeline builds hundreds of
    thousands of small objects and no reference cycles, so the collector's full passes over
    them only cost time (about 10 % on a 5 MB text). It is restored however the run ends.
    """
    with collector_paused():
        return _extract_text(text, source, script)


def _extract_text(text: str, source: dict[str, Any], script: tuple[str, bool] | None = None) -> Result:
    """``script``: what :func:`to_simplified` gave for ``text``, when the caller has it already."""
    original = text
    text, converted = script or to_simplified(text)
    source["script"] = "traditional" if converted else "simplified"
    blocks = classify(split_paragraphs(text))
    front = read_front_matter(blocks)
    searched = is_search_results(blocks, front.body_start)  # a site search's list of results: other pages' titles
    searched = searched or is_fiction_chapter(blocks)  # a web novel's chapter: its appointments are fiction (apages20)
    searched = searched or is_link_list(blocks, front.body_start)  # other pages' headlines over their dates (apages20)
    spans = [] if searched else split_documents(blocks, front.body_start, front.contents)
    if (cover := untitled_cover(blocks, front.body_start, spans)) is not None:
        spans.insert(0, cover)  # a signed notice without title above the document it forwards
    warnings: list[WarningRecord] = []
    fallback = False  # no document found: the whole text read as one, kept only if it holds records
    if not spans and not searched and (whole := fallback_span(blocks, front.body_start)) is not None:
        spans, fallback = [whole], True
    spans = split_explanations(blocks, spans)  # 关于《…》的说明 after a signed notice: a document of its own
    spans = split_signed_notices(blocks, spans)  # a further untitled notice from its recipients after the close
    spans = split_stories(blocks, spans)  # an e-paper page's further stories, each headline over its own 本报讯 lead
    fields = [read_fields(blocks, span) for span in spans]
    doubted: dict[int, str] = {}  # index → why its title was withheld (layout.doubt)
    for k, (doc, notes) in enumerate(fields):
        if doc.title is not None and (why := doubtful_title(doc.title)) is not None:
            doubted[k] = f"{WARNING_CODES[codes.DOUBTFUL_TITLE]} ({why}: 《{doc.title}》)"
            fields[k] = (replace(doc, title=None, kind=None), notes)
    documents = [document for document, _ in fields]
    places = _place_names(front.issue, documents)
    dropped: set[int] = set()  # documents that stood on a withheld title alone
    for k, (span, (doc, notes)) in enumerate(zip(spans, fields, strict=True)):
        body = blocks[span.title_end : span.end]
        year = int(doc.date[:4]) if doc.date else doc.doc_number.year if doc.doc_number else _title_year(doc.title)
        tasks, task_warnings = extract_tasks(body, year=year, base=doc.date)
        last = span.end >= len(blocks)  # the document runs to the end of the stored text (it may be cut there)
        appointments = extract_appointments(
            blocks[span.start : span.end], doc_date=doc.date, places=places, warnings=task_warnings, ends_text=last
        )
        # the whole-text fallback's title is a line picked from the text, perhaps inside a roster: its members are read
        # above that line too (rosters round 14: a roster above it was left out, and the page dropped for no record)
        member_blocks = blocks[span.start : span.title_start] + body if fallback else body
        members = extract_members(member_blocks, warnings=task_warnings, title=doc.title, ends_text=last)
        if (
            converted
            or any(_NAME_VARIANT_RE.search(r.person) for r in appointments)
            or any(_NAME_VARIANT_RE.search(m.person) for m in members)
        ):
            # 蔡德昇 as printed, not OpenCC's 蔡德升; 冼漢廸 → 冼汉迪 (persons' names, round 23)
            appointments = [replace(a, person=person_as_printed(a.person, text, original)) for a in appointments]
            members = [replace(m, person=person_as_printed(m.person, text, original)) for m in members]
        doc = documents[k] = replace(doc, tasks=tuple(tasks), appointments=tuple(appointments), members=tuple(members))
        if k in doubted:
            line = blocks[span.title_start].line if span.title_start < len(blocks) else doc.lines.start
            _warn(warnings, codes.DOUBTFUL_TITLE, doubted[k], line)  # the title's own line
            if not _holds_more(doc):  # it stood on its withheld title alone: no document
                dropped.add(k)
                continue
        if fallback and not _shows_a_document(doc, span, blocks[span.start : span.end]):
            documents = []  # not a gazette, or nothing in it we can read: say so, invent nothing
            warnings.extend(task_warnings)  # …but what was left unread is named, with its line (lead, session 21)
            break
        warnings.extend(task_warnings)
        if fallback and k == 0:  # the whole text read as one (an explanation or a story split off it: its own title)
            how = (
                f"title taken from line {doc.lines.start}"
                if doc.title is not None
                else "the line read as its title was withheld: see doubtful-title"
                if k in doubted
                else "the page prints none: title left empty"
            )
            _warn(
                warnings, codes.UNTITLED_DOCUMENT, f"{WARNING_CODES[codes.UNTITLED_DOCUMENT]} ({how})", doc.lines.start
            )
        warnings.extend(notes)
        _check_document(doc, warnings)
    if dropped and documents:
        kept = [k for k in range(len(documents)) if k not in dropped]
        spans, documents = [spans[k] for k in kept], [documents[k] for k in kept]
    _check_contents(front, spans, documents, warnings)
    if not documents:
        _warn(warnings, codes.NO_DOCUMENTS, WARNING_CODES[codes.NO_DOCUMENTS], None)
    warnings.sort(key=_by_line)
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "issue": to_dict(front.issue),
        "contents": [to_dict(entry) for entry in front.contents],
        "documents": [to_dict(document) for document in documents],
        "warnings": [to_dict(w) for w in warnings],
    }


def _shows_a_document(doc: Document, span: DocumentSpan, own: list[Block]) -> bool:
    """Whether the whole text read as one document (``own``: its blocks) shows one: a record, a number, a
    numbered citation, an untitled notice's number or signature, a news page's headline, or a signature, date or adoption note
    of an official document. Without any, the fallback is dropped and the text reports no document."""
    # signed over a date whose digits lost their marks, read as none (2023915): signed all the same
    unread = doc.date is None and signed_over_lost_marks(own)
    return bool(
        doc.tasks
        or doc.appointments
        or doc.members
        or doc.doc_number
        or any(c.doc_number and c.title for c in doc.citations)  # 《title》（number） cited in prose
        # an untitled notice (layout.documents.untitled_span); a speech's address (各位代表： / 同志们：) over a report's
        # body stored without its title is no notice's recipients (docs19). A notice stored from its recipients to
        # the end of its body, unsigned and undated (各系院，各处室： / 现就…通知如下： / … / 联系人：…), shows none:
        # FORMAT.md labels a text that shows no title, number, date or issuer and states no record `[]` (SOURCES
        # sdlivc, zjc-2016; pages19). One cut before its end may have lost its signature: it stays.
        or (
            doc.title is None
            and any(not is_address_line(f"{r}：") for r in doc.recipients)
            and not stored_to_unsigned_end(own)
        )
        or span.news
        or span.articles
        or span.headed
        or signed_official(doc, date_unread=unread)
        or signed_untitled(doc)
        or _shown_by_its_text(doc, [b.text for b in own])
    )


def _shown_by_its_text(doc: Document, texts: list[str]) -> bool:
    """The recognisers that read the document's own lines (``texts``, built once for all of them)."""
    return (
        proclaimed_signed(doc, texts)  # 某某活动公告 / …公告如下： / signed and dated (docs19)
        or dated_untitled_notice(doc, texts)
        or dated_untitled_story(doc, texts)
        or (bool(texts) and adopted_untitled(doc, texts[0]))
        or cites_a_ground_letter(doc, texts)  # 依…字第…號函辦理 (round trad18)
    )


def _holds_more(doc: Document) -> bool:
    """Whether a document whose title was withheld shows anything else to stand on: a number, a date (a
    story's day), an issuer, recipients, attachments, a numbered citation, a record (a page's headline alone, withheld,
    leaves nothing)."""
    return bool(
        doc.doc_number
        or doc.date
        or doc.issuer
        or doc.recipients
        or doc.attachments
        or any(citation.doc_number for citation in doc.citations)  # a 《title》 alone cites no document
        or doc.tasks
        or doc.appointments
        or doc.members
    )


_TITLE_YEAR_RE = compile_re(r"(?<!\d)(?:19|20)\d\d(?=\s*[年—–\-~至到])|(?<=[—–\-~至到])\s*(?:19|20)\d\d(?!\d)")


def _title_year(title: str | None) -> int | None:
    """The year a title names when it names one (2025年开发区重点工作及责任清单 → 2025): the
    reference of 全年 and 年底前 in an undated, unnumbered task list. Two years (2021—2025年, 2020
    年…2021年) name no one year."""
    years = {found.strip() for found in _TITLE_YEAR_RE.findall(title or "")}
    return int(years.pop()) if len(years) == 1 else None


def _check_document(doc: Document, warnings: list[WarningRecord]) -> None:
    line = doc.lines.start
    title = doc.title or f"untitled, line {line}"
    if doc.kind in _EXPECT_HEADER:
        # a people's congress numbers neither its decisions nor its name lists, and signs no
        # decision adopted at its session (issuer null): the body is named by the issuer or the title
        congress = any(word in (doc.issuer or doc.title or "") for word in ("人民代表大会", "人大"))
        if doc.doc_number is None and not congress:
            _warn(warnings, codes.MISSING_DOC_NUMBER, f"no document number for 《{title}》", line)
        if doc.date is None:
            _warn(warnings, codes.MISSING_DATE, f"no date for 《{title}》", line)
        if doc.issuer is None and not (congress and doc.date is not None):
            _warn(warnings, codes.MISSING_ISSUER, f"no issuer for 《{title}》", line)
    number, date = doc.doc_number, doc.date
    if number and number.year and date and number.year > int(date[:4]):
        _warn(
            warnings,
            codes.NUMBER_YEAR_AFTER_DATE,
            f"{number.text} is dated {date}, before the year of its number",
            line,
        )


def _check_contents(
    front: FrontMatter, spans: list[DocumentSpan], documents: list[Document], warnings: list[WarningRecord]
) -> None:
    if not front.contents_found:
        return
    matched = {id(span.contents) for span in spans if span.contents is not None}
    # an order is listed by its number and its rule's name (中华人民共和国国务院令（第711号）
    # 政府信息公开条例) and printed under its own title: the number matches them
    numbers = {doc.doc_number.text for doc in documents if doc.doc_number}
    listed_numbers = {entry.doc_number.text for entry in front.contents if entry.doc_number}
    for entry in front.contents:
        if id(entry) not in matched and not (entry.doc_number and entry.doc_number.text in numbers):
            _warn(
                warnings,
                codes.CONTENTS_NOT_FOUND,
                f"contents list 《{entry.title}》 but no such document was found",
                entry.line,
            )
    titles = {compact(entry.title) for entry in front.contents}
    for span, doc in zip(spans, documents, strict=False):
        if (
            span.contents is None
            and compact(doc.title or "") not in titles
            and not (doc.doc_number and doc.doc_number.text in listed_numbers)
        ):
            _warn(
                warnings,
                codes.DOCUMENT_NOT_IN_CONTENTS,
                f"《{doc.title}》 is not in the contents",
                doc.lines.start,
            )


HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def looks_like_html(data: bytes, path: str | None) -> bool:
    if path and path.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_source(
    data: bytes, *, path: str | None = None, encoding: str | None = None
) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """The text the pipeline reads (and ``gazette-extract text`` prints), the source record, and
    the warnings of reading it: the decoded file, the rendered article of a web page, or the
    converter's text of a PDF (pages separated by form feeds).

    Raises DecodeError on undecodable input.
    """
    if data[:1024].lstrip().startswith(b"%PDF-") or (path and path.lower().endswith(".pdf")):
        from .text.pdf import read_pdf  # pypdfium2 only when a PDF is read

        pdf = read_pdf(data)
        source = _source(data, path, "pdf+ocr" if pdf.ocr_pages else "pdf")
        source["pages"] = pdf.pages
        return pdf.text, source, pdf.warnings
    if path and path.lower().endswith(REPORTED_EXTENSIONS):
        suffix = path[path.rfind(".") :]
        raise UnsupportedInputError(f"{path}: a {suffix} file is not text or HTML; convert it to text first")
    if looks_like_html(data, path):
        from .text.html import decode_html, html_to_text  # selectolax only when a page is read

        if encoding:
            page, used = decode_bytes(data, encoding)
        elif b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            page, used = decode_bytes(data)  # UTF-16 without a BOM, else the binary-input error
        else:
            page, used = decode_html(data)
        warnings: list[dict[str, Any]] = []
        if used.endswith("+replace"):
            warnings.append(to_dict(warning(codes.REPLACED_BYTES, WARNING_CODES[codes.REPLACED_BYTES], None)))
        return html_to_text(page), _source(data, path, used.removesuffix("+replace"), encoding), warnings
    text, used = decode_bytes(data, encoding)
    return text, _source(data, path, used, encoding), []


def extract(data: bytes, *, path: str | None = None, encoding: str | None = None) -> Result:
    """Decode ``data`` (text, a saved web page, or a PDF) and run the pipeline.

    Raises DecodeError on undecodable input.
    """
    return extract_with_text(data, path=path, encoding=encoding)[0]


def extract_with_text(data: bytes, *, path: str | None = None, encoding: str | None = None) -> tuple[Result, str]:
    """:func:`extract`, and the text it read (what ``lines`` and ``span`` index; ``index``
    stores each document's part of it)."""
    text, source, warnings = read_source(data, path=path, encoding=encoding)
    simplified, converted = script = to_simplified(text)  # once: the stages and the spans read it
    result = extract_text(text, source, script=script)
    result["warnings"].extend(warnings)
    if "pages" in source:
        add_pages(result, text)
    add_spans(result, text, simplified if converted else None)
    return result, text


def add_pages(result: Result, text: str) -> None:
    """Give every document and record a ``pages`` span, read from the form feeds of ``text``."""
    from .text.pdf import line_pages

    page_of = line_pages(text)

    def span(start: int, end: int) -> dict[str, int]:
        last = len(page_of)
        return {"start": page_of[min(start, last) - 1], "end": page_of[min(end, last) - 1]}

    for doc in result["documents"]:
        doc["pages"] = span(doc["lines"]["start"], doc["lines"]["end"])
        for key in ("tasks", "appointments"):
            for record in doc.get(key) or []:
                record["pages"] = span(record["lines"]["start"], record["lines"]["end"])
        for key in ("members", "attachments", "citations"):
            for record in doc.get(key) or []:
                if record.get("line"):
                    record["pages"] = span(record["line"], record["line"])


_SURROGATE_RE = compile_re("[\ud800-\udfff]")  # 'x\ud800', or a byte kept by errors="surrogateescape"


def extract_str(text: str, *, path: str | None = None) -> Result:
    if not isinstance(text, str):
        raise TypeError(f"parse_text expects str, not {type(text).__name__} (use parse_file for a file's bytes)")
    first = _SURROGATE_RE.search(text)
    if first is None:
        result = extract_text(text.removeprefix("\ufeff"), _source(text.encode("utf-8"), path, "utf-8"))
        add_spans(result, text.removeprefix("\ufeff"))
        return result
    text = _SURROGATE_RE.sub("\ufffd", text)
    result = extract_text(text.removeprefix("\ufeff"), _source(text.encode("utf-8"), path, "utf-8"))
    add_spans(result, text.removeprefix("\ufeff"))
    line = text.count("\n", 0, first.start()) + 1
    replaced = warning(codes.REPLACED_CHARACTERS, WARNING_CODES[codes.REPLACED_CHARACTERS], line)
    result["warnings"].append(to_dict(replaced))
    result["warnings"].sort(key=lambda w: (w["line"] is None, w["line"] or 0))
    return result
