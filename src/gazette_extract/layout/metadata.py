"""The one key/value reader for the metadata blocks that websites print above a document.

Every spelling real pages use goes through it: ``key：value`` (full- or half-width colon),
spaced keys without a colon (``文    号 某政办〔2019〕5号``), bullets (``• 信息名称:``), bracketed
keys (``[ 发文字号 ]``, ``【发文字号】``), pipe, Markdown or tab tables with one or two pairs a
row, and a value on the line after its key. The keys are data (:data:`vocab.common.METADATA_KEYS`,
each with an example); the reader returns both the field each key feeds (doc_number, date,
issuer, title, published …) and the pair as printed, which the output keeps in
``document.metadata``.
"""

from __future__ import annotations

import re

from .._pattern_cache import compile_re
from ..grammars.dates import parse_date
from ..grammars.docnumber import read_doc_number
from ..text.normalize import GLUED_KEY_RE, is_glued_key_line
from ..vocab.common import BOOK_TITLE_ONLY_KEYS, CJK, METADATA_KEY_ALTERNATION, METADATA_KEYS, LazyPattern, compact
from ..vocab.datelines import DATE_TAIL_TOOLS
from ..vocab.heads import TEMPLATE_REAL_NUMERALS, TEMPLATE_SLOT_MARKS, TEMPLATE_ZERO_MARKS, TOOL_LABELS
from ..vocab.tasks import NUMBER, TABLE_HEADERS
from .blocks import DATE, HEADING, PARAGRAPH, TABLE_ROW, Block, pipe_cells

_KEY_FIRST_CHARS = frozenset(k[0] for k in METADATA_KEYS)
_KEY_TUPLE = tuple(METADATA_KEYS)
# Keys that are words of a page's chrome too: a pair only when the value fits (字号：某政办发〔2021〕5号;
# 【字号：大 中 小】 is the font chooser)
_STRICT_KEYS = frozenset({"字号"})
# A key where a metadata line or cell may hold one: at the start, after a pipe or a space.
METADATA_KEY_RE = compile_re(
    rf"""
    (?:^|(?<=[\s|•·0-9A-Za-z]))[\[【]?[\s\u3000]*   # …2023-05475发文日期 (spaces folded away)
    (?P<key>{METADATA_KEY_ALTERNATION})
    [\s\u3000]*[\]】]?
    (?:[\s\u3000]*[:：|]|[\s\u3000]+|$|(?=\d)       # 发文字号： / 文 号: | … | / 文    号 蔡政办〔2023〕1号
     |(?<=[\]】]))                                    # 【发文字号】某政办发〔2019〕5号
    """,
    re.VERBOSE,
)
# A known key glued to the value before it, its colon kept: 标题：凉山州…的通知索引号：009050039/… /
# …城乡建设、环境保护发文机关：凉山州人民政府办公室 (a site printed each key at a line's end and its
# colon at the next line's start; the lines were joined). Read only on a line opened by a key.
# (METADATA_KEY_ALTERNATION with the look-behind after each key's first character, where it tests the
# same position: a pattern opening on a look-behind is tried at every position, one opening on those
# characters is scanned for)
_GLUED_COLON_KEYS = "|".join(
    re.escape(key[0]) + rf"(?<=[{CJK}）)》”]{re.escape(key[0])})" + "".join(r"\s*" + re.escape(c) for c in key[1:])
    for key in sorted(METADATA_KEYS, key=len, reverse=True)
)
_GLUED_COLON_KEY_RE = compile_re(rf"(?P<key>{_GLUED_COLON_KEYS})[\s\u3000]*[:：]")
# …a value before it, not a key's first characters: three characters or more since the last
# separator (文 号: 文件分类: holds the unknown key 文件分类, not 文件 + 分类)
_GLUED_VALUE_BEFORE_RE = compile_re(r"[^\s\u3000:：|]{3}$")
# A key the vocabulary does not know, inside a metadata block: 2–8 characters, maybe spaced
GENERIC_KEY_RE = LazyPattern(rf"[{CJK}](?:\s?[{CJK}]){{1,7}}")
GENERIC_PAIR_RE = LazyPattern(rf"^[\s•·\[【]*(?P<key>[{CJK}](?:\s?[{CJK}]){{1,7}})\s*[\]】]?\s*[:：]")
INLINE_GENERIC_KEY_RE = LazyPattern(rf"(?<=\s)(?P<key>[{CJK}]{{2,8}})\s*[:：]")
# Round titles23: inside a block of spaced keys, a row opening on a key the vocabulary does not know, a space, its
# value, then a known key with its value — 责任部门 贺兰县住建局 公开方式 主动公开 (nxhl, dev: the row was read as the
# title under the block). The unknown key is kept as printed; the value before the known key is short, no sentence.
_SPACED_UNKNOWN_KEY_RE = LazyPattern(rf"^[\s\u3000•·]*(?P<key>[{CJK}]{{2,6}})[\s\u3000]+(?=[^\s\u3000])")
_SPACED_UNKNOWN_VALUE_MAX = 30
_LINE_START_RE = compile_re(r"^[\s\u3000•·|\[【]*")
# 标题 alone is a word of prose too: a line whose only key is not followed by a separator
# must be short to count (文    号 蔡政办〔2023〕1号).
_METADATA_SEPARATOR_RE = compile_re(r"^(?:[•·|\s]*[^：:|\]】]{1,8}?\s*[:：|]|\s*[\[【][^\]】]{1,10}[\]】])")


def metadata_pairs(block: Block) -> list[tuple[str | None, str]]:
    """[(field, value) …] for a metadata line, [] for anything else (field None: a key the
    vocabulary does not know, after a known one)."""
    return [(name, value) for name, value, _ in printed_pairs(block)]


def printed_pairs(block: Block, *, inside: bool = False) -> list[tuple[str | None, str, str]]:
    """[(field, value, key as printed) …] for a metadata line, [] for anything else.

    One line may hold several pairs, as pages saved as text print them side by side:
    ``索 引 号 MB1534522/2023-05475 发文日期 2023-01-03`` or
    ``文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |``. A value runs to the next key.

    A line must start with a known key to open a block; ``inside`` a block, a key the
    vocabulary does not know (文件有效性：有效, 公开责任部门 | …) is kept too, with field None.
    """
    text = block.text
    if len(text) > 200 or block.kind not in (PARAGRAPH, HEADING, TABLE_ROW):
        return []
    lead = text.lstrip(" \u3000•·|[【")
    if not lead or (lead[0] not in _KEY_FIRST_CHARS and not inside):
        return []  # cheap exit for the body text: every key starts with one of a few characters
    if "|" in text or "\t" in text:
        return [p for p in _cell_pairs(text, inside=inside) if p[2] not in _STRICT_KEYS or _value_fits(p[0], p[1])]
    lead_match = _LINE_START_RE.match(text)  # matches any text (all of its parts are optional)
    line_start = lead_match.end() if lead_match else 0
    # The line's keys when the first opens it, else none. The pattern opens on a look-behind, so a
    # search tries it at every position: the first key is looked for only where a match holding a
    # key at line_start can begin (at or before it), and the line is searched on from there.
    keys: list[re.Match[str]] = []
    for at in range(line_start + 1):
        if (first := METADATA_KEY_RE.match(text, at)) is not None:
            if first.start("key") == line_start:
                keys = [first, *METADATA_KEY_RE.finditer(text, first.end())]
            break
    if not keys:
        if inside and (g := GENERIC_PAIR_RE.match(text)):
            return _split_line(text, [g, *METADATA_KEY_RE.finditer(text, g.end())], inside=True)
        if inside and (spaced := _spaced_unknown_pairs(text)):
            return spaced
        return []
    if len(text) > keys[0].end() and text[keys[0].end() - 1] in ":：":
        spans = [(k.start(), k.end()) for k in keys]
        more = [
            g
            for g in _GLUED_COLON_KEY_RE.finditer(text, keys[0].end())
            if not any(s <= g.start("key") < e or g.start("key") <= s < g.end() for s, e in spans)
            and not text[: g.start("key")].endswith(_KEY_TUPLE)  # 信息分类名称： is one key, not 分类 + 名称
            and _GLUED_VALUE_BEFORE_RE.search(text, 0, g.start("key")) is not None  # 文 号: 文件分类: is one key
        ]
        keys = sorted([*keys, *more], key=lambda k: k.start())
    pairs = [p for p in _split_line(text, keys, inside=inside) if p[2] not in _STRICT_KEYS or _value_fits(p[0], p[1])]
    if not pairs:
        return []
    if len(pairs) == 1 and not _METADATA_SEPARATOR_RE.match(text):
        # one key and no colon: 文    号 蔡政办〔2023〕1号 is metadata, 标题2023年…的句子 is prose
        key, value, _ = pairs[0]
        if len(text) > 60 or (value and not _value_fits(key, value)):
            return []
    return pairs


# a page's own tools (font size, print, close, share): the project's tables of them, not a third list (lead, session 21)
_PAGE_TOOL_TUPLE = tuple({*DATE_TAIL_TOOLS, *TOOL_LABELS})


def _spaced_unknown_pairs(text: str) -> list[tuple[str | None, str, str]]:
    """The pairs of a block's row that opens on an unknown key printed without a colon, when a known key with a
    fitting value follows its short value (责任部门 贺兰县住建局 公开方式 主动公开); [] for anything else."""
    if (first := _SPACED_UNKNOWN_KEY_RE.match(text)) is None or compact(first.group("key")) in METADATA_KEYS:
        return []
    known = METADATA_KEY_RE.search(text, first.end(), first.end() + _SPACED_UNKNOWN_VALUE_MAX + 2)
    if known is None or any(p in text[first.end() : known.start()] for p in "。，；;,"):
        return []
    if any(word in text[: known.start()] for word in _PAGE_TOOL_TUPLE):
        return []  # 放大字体  缩小字体 发布日期:…: a page's tools before the key, no pair (lead, session 21)
    pairs = _split_line(text, [first, known, *METADATA_KEY_RE.finditer(text, known.end())], inside=True)
    return pairs if all(value for _, value, _ in pairs) and _value_fits(pairs[1][0], pairs[1][1]) else []


def _split_line(text: str, keys: list[re.Match[str]], *, inside: bool) -> list[tuple[str | None, str, str]]:
    """The pairs of a line whose keys are ``keys``; a value runs to the next key, known or not
    (浏览次数: 590 内容概述: → the unknown key 浏览次数 ends nothing before it but is kept)."""
    bounds = [(m.start(), m.end(), compact(m.group("key"))) for m in keys]
    # keys the vocabulary does not know, after a space and before a colon: 生效时间: / 浏览次数:
    for g in INLINE_GENERIC_KEY_RE.finditer(text, bounds[0][1]):
        if compact(g.group("key")) not in METADATA_KEYS and not any(s <= g.start("key") < e for s, e, _ in bounds):
            if _opens_title_value(text, bounds, g.start("key")):
                continue  # 标题： 娄勤俭：今年…: a speaker's colon inside the title, no key (titles20)
            bounds.append((g.start(), g.end(), compact(g.group("key"))))
    bounds.sort()
    pairs: list[tuple[str | None, str, str]] = []
    for (_start, end, key), nxt in zip(bounds, [*bounds[1:], None], strict=False):
        value = text[end : nxt[0] if nxt else len(text)]
        pairs.append((METADATA_KEYS.get(key), value.strip(" \u3000：:\t"), key))
    return pairs


def _opens_title_value(text: str, bounds: list[tuple[int, int, str]], at: int) -> bool:
    """Does ``text[at:]`` open the value of a title key (标题： 娄勤俭：今年… — the speaker before a headline's colon, a
    forum's printable page: icbw, titles20), only blanks between the key and it?"""
    before = [b for b in bounds if b[1] <= at]
    if not before:
        return False
    _start, end, key = max(before)
    return METADATA_KEYS.get(key) == "title" and not text[end:at].strip(" \u3000")


def _cell_key(cell: str) -> tuple[str, bool] | None:
    """(key, known) when a table cell is a label: 文 号: / [ 发文字号 ] / 公开责任部门; else None."""
    key = compact(cell).strip("：:[]【】")
    if key in METADATA_KEYS:
        return key, True
    if GENERIC_KEY_RE.fullmatch(key):
        return key, False
    return None


def _cell_pairs(text: str, *, inside: bool) -> list[tuple[str | None, str, str]]:
    """Pairs of a pipe or tab row: label, value, label, value … (a value may be empty).

    ``索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件 |`` → two pairs. Outside a block
    the first label must be a known key, so a task table's header (序号 | 工作任务) is no metadata.
    """
    cells = [c.strip() for c in text.split("\t")] if "\t" in text else pipe_cells(text)
    first = _cell_key(cells[0]) if cells else None
    if first is None or not (first[1] or inside):
        return []
    if _is_table_header(cells):
        return []  # 序号 | 实事项目 | … | 责任单位 |: a task table right under the metadata opens here
    pairs: list[tuple[str | None, str, str]] = []
    j = 0
    while j < len(cells):
        label = _cell_key(cells[j])
        # an unknown label must look like one: a colon, or a known key elsewhere in the row
        if label is None or (not label[1] and j and not cells[j].endswith(("：", ":", "]", "】")) and not inside):
            break
        value = cells[j + 1] if j + 1 < len(cells) else ""
        nxt = _cell_key(value) if value else None
        if nxt and (nxt[1] or value.endswith(("：", ":"))):
            value = ""  # the next cell is the next label: this value is empty
            j += 1
        else:
            j += 2
        pairs.append((METADATA_KEYS.get(label[0]), value.strip(" \u3000：:"), label[0]))
    return pairs


def _is_table_header(cells: list[str]) -> bool:
    """序号 | 实事项目 | 工作举措 | 责任单位 | 配合单位: a row opening on a serial column's name with
    another column a task table names (vocab.tasks.TABLE_HEADERS) is a table's header, never
    label | value pairs — even inside a metadata block (临安 2022: the table follows 发文日期)."""
    if TABLE_HEADERS.get(compact(cells[0])) != NUMBER:
        return False
    return any(TABLE_HEADERS.get(compact(c), NUMBER) != NUMBER for c in cells[1:])


# A key glued to its value, the separator lost (law-database exports copied from a table):
# 发文机关国务院 / 时效性现行有效 / 发文字号国函〔2008〕2号. Read only in a run of such lines.
_GLUED_KEY_RE = compile_re(rf"^(?P<key>{METADATA_KEY_ALTERNATION})(?=[{CJK}\d])")
_GLUED_MAX = 40
GLUED_RUN_MIN = 3  # lines in a row that open a block of glued pairs


def glued_pair(block: Block) -> tuple[str | None, str, str] | None:
    """(field, value, key) of a line holding one known key glued to its value, else None."""
    text = block.text.strip()
    if block.kind not in (PARAGRAPH, HEADING, DATE) or len(text) > _GLUED_MAX or "。" in text or "，" in text:
        return None
    if not text or text[0] not in _KEY_FIRST_CHARS or (m := _GLUED_KEY_RE.match(text)) is None:
        return None
    key = compact(m.group("key"))
    name, value = METADATA_KEYS.get(key), text[m.end() :].strip()
    return (name, value, key) if name and value and _value_fits(name, value) else None


def glued_pairs(block: Block) -> list[tuple[str | None, str, str]]:
    """The pairs of a line of known keys glued to their values, two or more a line
    (发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号), [] for any other line or when a value is
    empty or does not fit its key (a key word inside prose)."""
    text = block.text.strip()
    if block.kind not in (PARAGRAPH, HEADING, DATE) or not text or not is_glued_key_line(text):
        return []
    keys = list(GLUED_KEY_RE.finditer(text))
    pairs: list[tuple[str | None, str, str]] = []
    for m, nxt in zip(keys, [*keys[1:], None], strict=False):
        key, value = m.group(), text[m.end() : nxt.start() if nxt else len(text)].strip()
        name = METADATA_KEYS.get(key)
        if not value or not _value_fits(name, value):
            return []
        pairs.append((name, value, key))
    return pairs


def glued_run(blocks: list[Block], i: int) -> int:
    """How many lines of glued pairs stand in a row from ``blocks[i]``."""
    n = 0
    while i + n < len(blocks) and glued_pair(blocks[i + n]) is not None:
        n += 1
    return n


def metadata_of(block: Block) -> tuple[str | None, str] | None:
    """The first (field, value) of a metadata line, else None."""
    pairs = printed_pairs(block)  # (asked of every block by the document splitter: no list of all pairs made)
    return (pairs[0][0], pairs[0][1]) if pairs else None


def read_metadata(blocks: list[Block], i: int) -> tuple[dict[str, str], int]:
    """The metadata block starting at ``blocks[i]``: its fields and how many blocks it spans."""
    fields, _, n = read_metadata_block(blocks, i)
    return fields, n


# A metadata block is read for at most this many lines (the longest in every sample spans 17). The
# document splitter asks for a block at every line of a run of key lines, so an unbounded read made a
# page of thousands of `发布日期：` lines quadratic (2,000 lines: 22 s); bounded, each line costs a
# constant and a longer run is read as blocks of this size.
METADATA_BLOCK_MAX = 48


def read_metadata_block(blocks: list[Block], i: int) -> tuple[dict[str, str], dict[str, str], int]:
    """The metadata block starting at ``blocks[i]``: its fields by name, its pairs as printed
    (key without spaces, colon or brackets → value) and how many blocks it spans.

    A value may stand on the line after its key (``• 发文字号:`` / ``镇政发〔2024〕7号``), as web
    pages saved as text often have it. The first value of a field wins.
    """
    fields: dict[str, str] = {}
    printed: dict[str, str] = {}
    n = 0
    below = False  # has a value of this block stood on the line under its key?
    glued = glued_run(blocks, i) >= GLUED_RUN_MIN  # 发文机关国务院 / 发文日期2008年01月11日 / …
    while i + n < len(blocks) and n < METADATA_BLOCK_MAX:
        pairs = printed_pairs(blocks[i + n], inside=n > 0)
        if len(more := glued_pairs(blocks[i + n])) > len(pairs) and (glued or n > 0 or len(more) >= 2):
            # 发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号 / 发布日期2020年01月23日有效性有效: glued
            # pairs, two on a line, in a glued run or under a block's first line
            pairs = more
        if not pairs and glued and (pair := glued_pair(blocks[i + n])):
            pairs = [pair]
        if not pairs:
            break
        n += 1
        name, value, key = pairs[-1]
        if not value and name and i + n < len(blocks):  # an unknown key takes no value from below
            nxt = blocks[i + n]
            # a free-text value (主题词, 发文机构) on the next line only inside the block, or where the
            # block's layout puts values there: after 主 题 词： closing a block of inline values,
            # the next line is the printed title, not a value
            inside = (
                name in _TYPED_KEYS or below or (i + n + 1 < len(blocks) and metadata_of(blocks[i + n + 1]) is not None)
            )
            taken = nxt.text in printed.values()  # the line already is another key's value
            if (
                inside
                and not taken
                and not metadata_of(nxt)
                and nxt.kind in (PARAGRAPH, HEADING, DATE)
                and len(nxt.text) <= 60
                and _metadata_value_fits(name, nxt)
            ):
                pairs = [*pairs[:-1], (name, nxt.text, key)]
                n += 1
                below = True
        for name, value, key in pairs:
            if value:
                if name == "title" and key in BOOK_TITLE_ONLY_KEYS and not value.lstrip().startswith("《"):
                    name = None  # 中文名：张三: an entry's name, no document's title
                if name:
                    fields.setdefault(name, value)
                printed.setdefault(key, value)
    return fields, printed, n


_TYPED_KEYS = frozenset({"date", "published", "created", "effective", "repealed", "doc_number"})


def _metadata_value_fits(key: str, block: Block) -> bool:
    """Would this line be the value of ``key``? (a date for date keys, a number for 文号 …)"""
    return _value_fits(key, block.text)


def _value_fits(key: str | None, text: str) -> bool:
    if key in ("date", "published", "created", "effective", "repealed"):
        return bool(parse_date(text))
    if key == "doc_number":
        return bool(read_doc_number(text))
    if key == "summary":
        return False  # 内容概述: the next line is the body, not a value
    if key == "validity":
        return len(text) <= 8  # 有效 / 失效 / 现行有效 / 已废止
    return "。" not in text and "，" not in text


# A template's slot runs and a real numeral: vocab.heads.TEMPLATE_SLOT_MARKS, TEMPLATE_ZERO_MARKS, TEMPLATE_REAL_NUMERALS
_SLOT_RUN_RE = LazyPattern("[" + re.escape("".join(TEMPLATE_SLOT_MARKS)) + "]{2}")
_ZERO_RUN_RE = LazyPattern("[" + re.escape("".join(TEMPLATE_ZERO_MARKS)) + "]{2}")
_REAL_NUMERAL_RE = LazyPattern("[" + TEMPLATE_REAL_NUMERALS + "]")
_SLOT_VALUE_ENDS = {"date": "日", "doc_number": "号"}  # a value is read up to its own end (○○字第…号 第3部分: a label)


def _is_slot_value(value: str, end: str) -> bool:
    cut = value.find(end)
    head = value if cut < 0 else value[: cut + 1]
    if _SLOT_RUN_RE.search(head) is not None:
        return True  # XXXX年XX月XX日 / X政发〔20XX〕X号
    return _ZERO_RUN_RE.search(head) is not None and _REAL_NUMERAL_RE.search(head) is None  # 中华民国000年00月00日


def is_template_block(fields: dict[str, str]) -> bool:
    """Are a keyed block's date and number a template's slots (中华民国000年00月00日, ○○字第0000000000号), every one?

    A block with neither, or with one real value among them, is no template (issues21)."""
    slots = 0
    for name, end in _SLOT_VALUE_ENDS.items():
        value = fields.get(name)
        if not value:
            continue
        if not _is_slot_value(value, end):
            return False
        slots += 1
    return slots > 0
