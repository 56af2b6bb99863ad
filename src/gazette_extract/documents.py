"""Stage 5: split the body into documents.

A document starts at its title and runs to the next document's title. Titles are found, in
order of trust:
1. the titles listed in the contents (目录), matched with spaces ignored;
2. a website metadata block (索引号 / 标题 / 发文字号 …): the document starts at the block;
3. a title-like line (…关于…的通知, ending in an official document kind) followed within a few
   blocks by a document-number line or a recipients line (主送).
A plan or 方案 that a notice issues, and the notice's 附件, are not official document kinds
and have no number of their own, so they stay inside the notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import DATE, HEADING, PARAGRAPH, SIGNATURE, TABLE_ROW, Block
from .dates import parse_date
from .docnumber import doc_number_dict
from .frontmatter import ContentsEntry, clean_title, compact
from .vocab import DOC_KIND_SUFFIXES, METADATA_KEYS, OFFICIAL_KINDS, DOC_KINDS

_KEYS = sorted(METADATA_KEYS, key=len, reverse=True)
METADATA_RE = re.compile(
    r"""
    ^[\[【•·\s]*                                    # [ 发文字号 ] / 【标题】 / • 成文日期
    (?P<key>""" + "|".join(r"\s*".join(map(re.escape, k)) for k in _KEYS) + r""")
    \s*[\]】]?\s*[:：|]?\s*                          # 发文字号： / 文 号: | … |
    (?P<value>.*?)\s*\|?\s*$
    """,
    re.VERBOSE,
)
# 标题 alone is a word of prose too; a metadata line needs a separator or a bracketed key.
_METADATA_SEPARATOR_RE = re.compile(r"^(?:[•·\s]*[^：:|\]】]{1,8}?\s*[:：|]|\s*[\[【][^\]】]{1,10}[\]】])")
TITLE_KIND_RE = re.compile("(?:" + "|".join(map(re.escape, DOC_KIND_SUFFIXES)) + r")[”》]?$")
RECIPIENTS_RE = re.compile(r"^[^。；]{2,200}[：:]$")
_NOT_RECIPIENT_WORDS = ("决定", "任命", "免去", "如下", "研究", "会议", "通知", "同意", "附件")


@dataclass(slots=True)
class DocumentSpan:
    title: str
    start: int  # index into blocks of the first block (metadata block or title)
    end: int  # index after the last block
    title_start: int  # index of the first title block
    title_end: int  # index after the last title block
    metadata: dict = field(default_factory=dict)
    contents: ContentsEntry | None = None


def metadata_of(block: Block) -> tuple[str, str] | None:
    """('doc_number', '国发〔2018〕42号') for a metadata line, else None."""
    if len(block.text) > 200 or not _METADATA_SEPARATOR_RE.match(block.text):
        return None
    m = METADATA_RE.match(block.text)
    if not m:
        return None
    return METADATA_KEYS[compact(m.group("key"))], m.group("value").strip(" |")


_KIND_AT_END_RE = re.compile("(?:" + "|".join(map(re.escape, DOC_KIND_SUFFIXES)) + r")(?=[”》 ]*$)")


def kind_of(title: str) -> str | None:
    """通知 for …的通知; the longest kind word at the end of the title."""
    m = _KIND_AT_END_RE.search(title[-12:])
    return DOC_KINDS[m.group()] if m else None


def _is_title_like(block: Block) -> bool:
    text = block.text
    if block.kind not in (HEADING, PARAGRAPH) or block.style or len(text) > 120 or "。" in text or "，" in text:
        return False
    kind = kind_of(text)
    return kind in OFFICIAL_KINDS


def _opens_document(blocks: list[Block], i: int, *, inside: DocumentSpan | None) -> bool:
    """A title is followed by its number or its recipients within a few blocks.

    A report or request that a notice forwards (转发/批转/印发) has recipients but no number
    of its own: it stays inside the notice.
    """
    forwards = inside is not None and any(w in inside.title for w in ("转发", "批转", "印发"))
    for block in blocks[i + 1 : i + 4]:
        if doc_number_dict(block.text) and len(block.text) <= 40:
            return True
        if RECIPIENTS_RE.match(block.text) and not any(w in block.text for w in _NOT_RECIPIENT_WORDS):
            return not forwards
        if block.kind in (TABLE_ROW, DATE):
            return False
    return False


def _title_prefix(blocks: list[Block], i: int, floor: int) -> int:
    """Index of the first block of a title printed on several lines.

    国务院办公厅 / 关于辽宁省…的函 ; 国务院办公厅对十届全国人大 / 四次会议第7240号建议的答复
    """
    title = blocks[i].text
    if not (title.startswith(("关于", "对", "转发")) or "关于" not in title):
        return i
    j = i
    while j - 1 >= floor and i - j < 2:
        prev = blocks[j - 1]
        t = prev.text
        if prev.kind not in (HEADING, PARAGRAPH) or prev.style or len(t) > 30 or metadata_of(prev) or t.startswith("附件"):
            break
        if any(p in t for p in "。，：；（）()") or doc_number_dict(t):
            break
        j -= 1
    return j


def read_metadata(blocks: list[Block], i: int) -> tuple[dict, int]:
    """The metadata block starting at ``blocks[i]``: its fields and how many blocks it spans.

    A value may stand on the line after its key (``• 发文字号:`` / ``镇政发〔2024〕7号``), as web
    pages saved as text often have it. The first value of a field wins.
    """
    fields: dict = {}
    n = 0
    while i + n < len(blocks):
        found = metadata_of(blocks[i + n])
        if not found:
            break
        key, value = found
        n += 1
        if not value and i + n < len(blocks):
            nxt = blocks[i + n]
            if not metadata_of(nxt) and nxt.kind in (PARAGRAPH, HEADING, DATE) and len(nxt.text) <= 60 and _metadata_value_fits(key, nxt):
                value = nxt.text
                n += 1
        if value:
            fields.setdefault(key, value)
    return fields, n


def _metadata_value_fits(key: str, block: Block) -> bool:
    """Would this line be the value of ``key``? (a date for date keys, a number for 文号 …)"""
    text = block.text
    if key in ("date", "published", "effective", "repealed"):
        return bool(parse_date(text))
    if key == "doc_number":
        return bool(doc_number_dict(text))
    if key in ("summary", "title"):
        return key == "title"
    return "。" not in text


def _metadata_run(blocks: list[Block], i: int) -> int:
    """Number of blocks of the metadata block starting at ``blocks[i]``."""
    return read_metadata(blocks, i)[1]


def split_documents(blocks: list[Block], body_start: int, contents: list[ContentsEntry]) -> list[DocumentSpan]:
    """Find where each document starts; each runs to the next one's start."""
    wanted = {}
    for entry in contents:
        wanted.setdefault(compact(entry.title), []).append(entry)
    starts: list[DocumentSpan] = []
    # Text saved from a website carries one metadata block per document: then only metadata
    # blocks (and contents entries) start documents, and a forwarded report stays inside.
    by_metadata = any(_metadata_run(blocks, j) >= 3 for j in range(body_start, min(len(blocks), body_start + 40)))
    i = body_start
    n = len(blocks)
    while i < n:
        block = blocks[i]
        metadata, run = read_metadata(blocks, i) if block.kind in (PARAGRAPH, HEADING) and metadata_of(block) else ({}, 0)
        if run >= 2 and len(metadata) >= 2:
            k = i + run
            # the printed title follows the metadata block: take it (the metadata title wins)
            title_end = k
            while title_end < n and title_end - k < 4 and _is_printed_title_part(blocks[title_end]):
                title_end += 1
                if TITLE_KIND_RE.search(blocks[title_end - 1].text):
                    break
            printed = clean_title("".join(b.text for b in blocks[k:title_end]))
            title = clean_title(metadata.get("title") or printed)
            starts.append(DocumentSpan(title, i, n, k, title_end, metadata))
            i = title_end
            continue
        key = compact(block.text)
        entry_list = wanted.get(key)
        inside = starts[-1] if starts else None
        if block.kind in (HEADING, PARAGRAPH) and (
            entry_list or (not by_metadata and _is_title_like(block) and _opens_document(blocks, i, inside=inside))
        ):
            first = _title_prefix(blocks, i, starts[-1].title_end if starts else body_start)
            title = clean_title("".join(b.text for b in blocks[first : i + 1]))
            if starts and starts[-1].metadata and starts[-1].title_start <= i < starts[-1].title_end + 2 and not entry_list:
                i += 1  # the printed title right under a metadata block: same document
                continue
            entry = entry_list.pop(0) if entry_list else None
            starts.append(DocumentSpan(title, first, n, first, i + 1, contents=entry))
            i += 1
            continue
        i += 1
    for prev, nxt in zip(starts, starts[1:]):
        prev.end = nxt.start
    return starts


def _is_printed_title_part(block: Block) -> bool:
    text = block.text
    return (
        block.kind in (HEADING, PARAGRAPH, SIGNATURE)
        and len(text) <= 80
        and "。" not in text
        and not doc_number_dict(text)
        and not RECIPIENTS_RE.match(text)
    )
