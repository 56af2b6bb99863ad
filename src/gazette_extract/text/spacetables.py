"""Stage 1 (text): tables printed with spaces, as ``pdftotext -layout`` and hand-aligned Word
files print them, read back into tab-separated rows (the form every later stage reads).

    序号    重点任务                      牵头单位        配合单位          完成时限
    1       推进老旧小区综合整治，完成    区住房城乡      各乡镇人民政府    2021年11月底前
            30个小区改造任务              建设委
    2       实施公用事业领域惠民行动      区城市管理委    区发展改革委      2021年12月底前

→ ``序号\\t重点任务\\t牵头单位\\t配合单位\\t完成时限``, ``1\\t推进老旧小区综合整治，完成30个小区改造任务\\t区住房城乡建设委\\t…``.

Spaces alone cannot tell a gap between cells from a space inside one, so the reading is
deliberately narrow (a wrong cell would put a key word inside a unit name, or a unit under the
wrong role):

* the table opens at a header row whose cells (two spaces or more apart) are all known column
  names (序号, 重点任务, 牵头单位, 完成时限, 姓名, 拟任职务 …; vocab), the first being 序号 or 编号;
* the columns are where the cells start, in display columns (a Chinese character is two), taken
  from the first row that fills every column (cells are left-aligned under centred headers),
  else from the header;
* a row begins at a line whose first cell, in the 序号 column, is a row number (1, 1., 一、, （一）);
  the lines below it whose every piece falls under a column continue that row's cells (a cell
  wrapped inside its column), joined without a space between Chinese characters;
* the table ends at a blank line followed by no row, at a line with a piece left of the first
  column or outside every column, and at a line that is not a row and does not continue one.
  The header printed again (after a page break) is kept: the task reader skips it.

Every pass is linear: one regex split per candidate line, and only texts holding a header line
are looked at after one search of the whole text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .._pattern_cache import compile_re
from ..vocab.numerals import CN_ORDINALS
from ..vocab.personnel import TABLE_CHANGE_HEADERS, TABLE_NAME_HEADERS
from ..vocab.tasks import DEADLINE, LEAD, RESPONSIBLE, TABLE_HEADERS, TASK_LEVELS

__all__ = ["columns", "space_table_rows"]

# Other header names of personnel and roster tables: columns a row may print, stating no change
_OTHER_HEADERS = ("职务", "备注", "单位", "单位及职务", "工作单位及职务", "原任职务", "现任职务", "性别", "出生年月")
# A roster table's column of roles (组长, 成员 …), beside 姓名 (robustness round 8):
# 姓  名        单位及职务          小组职务
_ROLE_COLUMNS = (
    "职务",
    "小组职务",
    "组内职务",
    "小组内职务",
    "领导小组职务",
    "在领导小组中职务",
    "指挥部职务",
    "拟任小组职务",
)
HEADER_NAMES: frozenset[str] = frozenset(
    (*TABLE_HEADERS, *TABLE_NAME_HEADERS, *TABLE_CHANGE_HEADERS, *_OTHER_HEADERS, *_ROLE_COLUMNS)
)
_NUMBER_HEADERS = ("序号", "编号")

# A piece of a line between runs of two spaces or more (ASCII or full-width): words joined by
# single spaces stay one piece (王　强, 2021 年). A tab line is a tab table already.
_PIECE_RE = compile_re(r"[^ \u3000]+(?:[ \u3000][^ \u3000]+)*")
# A header line somewhere in the text: 序号 (perhaps spaced) then two spaces — the cheap test
# that spares every other text the per-line pass.
_HEADER_HINT_RE = compile_re(r"(?m)^[\f \u3000]*(?:序|编)[ \u3000]{0,4}号[ \u3000]{2,}\S")
# … which opens on (?m)^, so re tries it at every position of the text: its 号 and the first two spaces
# after it are looked for first, four substring scans in C (most texts hold none)
_HINT_PAIRS = tuple("号" + a + b for a in " \u3000" for b in " \u3000")
# A row number in the 序号 column: 1 / 1. / 12、 / 一、 / （一） / (1)
_ROW_NUMBER_RE = compile_re(
    rf"(?:\d{{1,3}}[.、．]?|[{CN_ORDINALS}]{{1,3}}、|[（(](?:\d{{1,3}}|[{CN_ORDINALS}]{{1,3}})[）)])"
)
_HEADER_REMARK_RE = compile_re(r"[（(][^）)]*[）)]$")
_TOLERANCE = 2  # display columns a cell may start left of its column's edge
_MIN_COLUMNS = 3
_LAST_COLUMN_MAX = 30  # display columns a wrapped piece of the last column may take

Piece = tuple[int, str]  # (display column where the piece starts, its text)


def columns(text: str) -> int:
    """Display columns, near enough: two for every character outside ASCII (Chinese, full-width
    punctuation), one for ASCII. (unicodedata per character would cost ten times more.)"""
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _pieces(line: str) -> list[Piece]:
    """The line cut at runs of two spaces or more, each piece with its display column."""
    pieces: list[Piece] = []
    column = 0
    at = 0
    line = line.lstrip("\f")  # a page break (pdftotext) before the line: no column of its own
    for m in _PIECE_RE.finditer(line):
        column += columns(line[at : m.start()])
        pieces.append((column, m.group()))
        column += columns(m.group())
        at = m.end()
    return pieces


def _header_name(cell: str) -> str:
    name = cell.replace(" ", "").replace("\u3000", "")
    return _HEADER_REMARK_RE.sub("", name)


def _header_row(header: list[Piece]) -> str:
    """The header's cells joined by tabs, each name without the spaces it was letter-spaced with
    (序 号 / 重 点 任 务 → 序号 / 重点任务: the readers of tab rows know the names, not their spacing)."""
    return "\t".join(_header_name(text) for _, text in header)


def _header(line: str) -> list[Piece] | None:
    """The header's pieces when every one is a known column name and the first is 序号/编号."""
    if "\t" in line:
        return None
    pieces = _pieces(line)
    merged: list[Piece] = []
    for column, text in pieces:  # 序  号 printed with two spaces: one name again
        if merged and len(merged[-1][1]) == 1 and _header_name(merged[-1][1] + text) in HEADER_NAMES:
            merged[-1] = (merged[-1][0], merged[-1][1] + text)
        else:
            merged.append((column, text))
    if len(merged) < _MIN_COLUMNS or _header_name(merged[0][1]) not in _NUMBER_HEADERS:
        return None
    if not all(_header_name(text) in HEADER_NAMES for _, text in merged):
        return None
    return merged


def _column_of(edges: list[int], column: int) -> int | None:
    """The column a piece starting at ``column`` falls under, or None left of the first."""
    found = None
    for k, edge in enumerate(edges):
        if column + _TOLERANCE >= edge:
            found = k
        else:
            break
    return found


def _joined(pieces: list[str]) -> str:
    """A cell's pieces (wrapped lines, or words two spaces apart) as one text: no space between
    Chinese characters, one between two ASCII words (2021 / 年 → 2021年; COVID / 19 → COVID 19)."""
    out: list[str] = []
    for piece in pieces:
        if out and _is_word_char(out[-1][-1]) and _is_word_char(piece[0]):
            out.append(" ")
        out.append(piece)
    return "".join(out)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _placed(edges: list[int], pieces: list[Piece]) -> list[list[str]] | None:
    """The line's pieces under the columns (each column's pieces in order), or None when one
    falls left of the first column."""
    cells: list[list[str]] = [[] for _ in edges]
    for column, text in pieces:
        k = _column_of(edges, column)
        if k is None:
            return None
        cells[k].append(text)
    return cells


def _fits(edges: list[int], pieces: list[Piece]) -> bool:
    """Does every piece of a continuation line stay inside its column? (An indented paragraph
    right under the table runs across the columns: it continues no cell.)"""
    for column, text in pieces:
        k = _column_of(edges, column)
        limit = edges[k + 1] if k is not None and k + 1 < len(edges) else column + _LAST_COLUMN_MAX
        if column + columns(text) > limit + _TOLERANCE:
            return False
    return True


def _is_row_start(cells: list[list[str]]) -> bool:
    return len(cells[0]) == 1 and _ROW_NUMBER_RE.fullmatch(cells[0][0]) is not None


def _edges(header: list[Piece], lines: list[str], start: int) -> list[int]:
    """Column edges: from the first row below the header that fills every column, else the header."""
    width = len(header)
    for k in range(start, min(len(lines), start + 6)):
        pieces = _pieces(lines[k]) if lines[k].strip() else []
        if len(pieces) == width and _ROW_NUMBER_RE.fullmatch(pieces[0][1]):
            return [min(h[0], p[0]) for h, p in zip(header, pieces, strict=True)]
    return [column for column, _ in header]


# A task table's header without a number column (robustness round 8): a unit or deadline column
# name between runs of two spaces or more, the cheap test before the per-line pass
# (一级工作任务    二级工作任务    牵头单位    完成时限)
_BARE_COLUMNS = tuple(
    sorted(
        (name for name, role in TABLE_HEADERS.items() if role in (LEAD, RESPONSIBLE, DEADLINE)), key=len, reverse=True
    )
)
# (each opens on a column name's first character, which re scans for; the two spaces before a
# column name, and the line's start before 职务/姓名, are checked at each match: written as one
# pattern opening on spaces and (?m)^, re tried it at every position — 10 ms a MB)
_BARE_HEADER_HINT_RE = compile_re(
    "(?m)(?:" + "|".join((*_BARE_COLUMNS, *_ROLE_COLUMNS[1:])) + ")(?:[ \u3000]{2}|[ \u3000]*$)"
)
_BARE_NAME_HINT_RE = compile_re("(?:职[ \u3000]*务|姓[ \u3000]*名)[ \u3000]{2}")


def _opens_line(text: str, at: int, spaces: str) -> bool:
    """Do only ``spaces`` stand between the start of ``at``'s line and ``at``?"""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip(spaces)


def _bare_hint(text: str) -> bool:
    """A column name after two spaces, or 职务/姓名 opening a line before two spaces: the form of
    ``(?m)[ \\u3000]{2}(?:COLUMNS)(?:[ \\u3000]{2}|[ \\u3000]*$)|^[ \\u3000]*(?:职[ \\u3000]*务|姓[ \\u3000]*名)[ \\u3000]{2}``
    (no column name holds a space, so a match never covers the start of a match that counts)."""
    if any(
        m.start() >= 2 and text[m.start() - 2] in " \u3000" and text[m.start() - 1] in " \u3000"
        for m in _BARE_HEADER_HINT_RE.finditer(text)
    ):
        return True
    return any(_opens_line(text, m.start(), " \u3000") for m in _BARE_NAME_HINT_RE.finditer(text))


_LEVELS = tuple(TASK_LEVELS)


def _bare_header(line: str) -> list[Piece] | None:
    """A task table's header without 序号: three known column names or more, a unit or deadline
    column among them (一级工作任务    二级工作任务    牵头单位    完成时限)."""
    if "\t" in line or "|" in line:
        return None
    pieces = _letter_spaced_joined(_pieces(line))
    if len(pieces) < _MIN_COLUMNS or _header_name(pieces[0][1]) in _NUMBER_HEADERS:
        return None
    names = [_header_name(text).removeprefix(text[:2] if text.startswith(_LEVELS) else "") for _, text in pieces]
    if not all(name in HEADER_NAMES for name in names):
        return None
    if any(name in _BARE_COLUMNS for name in names):
        return pieces
    # a roster table: names and their roles (姓名 | 单位及职务 | 小组职务)
    return pieces if "姓名" in names and any(name in _ROLE_COLUMNS for name in names) else None


def _letter_spaced_joined(pieces: list[Piece]) -> list[Piece]:
    """Pieces of one character each in a run joined again: a name or a word printed letter-spaced
    with two spaces (张  三, 王  小  明, 姓  名) is one cell. Two such cells side by side
    (职  务     姓  名, 组  长     张  三: rosters round 6) are one run whose gaps differ: the run is cut
    at its widest gaps, the gaps between the columns."""
    joined: list[Piece] = []
    run: list[Piece] = []  # the run of single characters being read

    def close() -> None:
        if len(run) < 2:
            joined.extend(run)
            return
        gaps = [b[0] - a[0] - columns(a[1]) for a, b in pairwise(run)]
        widest = max(gaps) if max(gaps) > min(gaps) else None
        cell = run[0]
        for gap, (column, text) in zip(gaps, run[1:], strict=True):
            if gap == widest:
                joined.append(cell)
                cell = (column, text)
            else:
                cell = (cell[0], cell[1] + text)
        joined.append(cell)

    for piece in pieces:
        if len(piece[1]) == 1:
            run.append(piece)
            continue
        close()
        run = []
        joined.append(piece)
    close()
    return joined


def _bare_rows(lines: list[str], i: int, width: int, rows: dict[int, tuple[str, int]]) -> int:
    """Rows of a table without a number column, from ``lines[i]`` on: one line each, with exactly
    as many cells as the header. A row is kept only when what follows it shows it whole — another
    row, a blank line, a tab-separated row or the end —, never when a line of other cells follows
    (a cell wrapped onto it cannot be told from prose under the table). The index after the table."""
    n = len(lines)
    while i < n:
        line = lines[i]
        if "\t" in line.strip():
            i += 1  # a row printed with tabs (its empty cells could not be shown by spaces): the table goes on
            continue
        pieces = _letter_spaced_joined(_pieces(line)) if line.strip() else []
        if len(pieces) != width:
            break
        nxt = lines[i + 1] if i + 1 < n else ""
        if nxt.strip() and "\t" not in nxt and len(_letter_spaced_joined(_pieces(nxt))) != width:
            break  # a line of other cells right under the row: the row may go on there
        rows[i] = ("\t".join(text for _, text in pieces), i)
        i += 1
    return i


def _bare_tables(lines: list[str], rows: dict[int, tuple[str, int]]) -> None:
    i = 0
    n = len(lines)
    while i < n:
        header = _bare_header(lines[i]) if "  " in lines[i] or "\u3000\u3000" in lines[i] else None
        if header is None:
            i += 1
            continue
        read: dict[int, tuple[str, int]] = {}
        end = _bare_rows(lines, i + 1, len(header), read)
        if read:  # a header over no row it can read stays as printed
            rows[i] = (_header_row(header), i)
            rows.update(read)
        i = max(end, i + 1)


# A task table's header whose cells a single space parts (a web page's table copied as text, rosters round 18):
# 序号 工作任务 牵头单位 配合单位 完成时限 — a unit or deadline column's name then a space or the line's end
_SINGLE_HINT_RE = compile_re("(?:" + "|".join(_BARE_COLUMNS) + ")(?:[ \u3000]|$)", re.MULTILINE)
_SINGLE_SPLIT_RE = compile_re(r"[ \u3000]+")
_SINGLE_LINE_MAX = 120  # a longer line is prose, never a header or a row of short cells


def _single_cells(line: str) -> list[str]:
    return [] if "\t" in line or "|" in line else _SINGLE_SPLIT_RE.split(line.strip(" \u3000\f"))


def _single_header(line: str) -> list[str] | None:
    """The header's cells when a single space parts them and every one is a known column name, a unit or
    deadline column among them (序号 工作任务 牵头单位 配合单位 完成时限)."""
    if len(line) > _SINGLE_LINE_MAX:
        return None
    cells = _single_cells(line)
    if len(cells) < _MIN_COLUMNS or not all(cell in HEADER_NAMES for cell in cells):
        return None
    return cells if any(cell in _BARE_COLUMNS for cell in cells) else None


def _single_spaced_tables(lines: list[str], rows: dict[int, tuple[str, int]]) -> None:
    """Rows under a single-spaced header (:func:`_single_header`): one line each with exactly as many
    cells as the header, the first a row number under 序号; a row is kept only when what follows it shows
    it whole — another row, a blank line or the end —, as :func:`_bare_rows` keeps its rows."""
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        header = _single_header(line) if (" " in line or "\u3000" in line) and _SINGLE_HINT_RE.search(line) else None
        if header is None:
            i += 1
            continue
        numbered = header[0] in _NUMBER_HEADERS
        width = len(header)

        def is_row(text: str, numbered: bool = numbered, width: int = width) -> bool:
            if len(text) > _SINGLE_LINE_MAX:
                return False
            cells = _single_cells(text)
            return len(cells) == width and (not numbered or _ROW_NUMBER_RE.fullmatch(cells[0]) is not None)

        read: dict[int, tuple[str, int]] = {}
        j = i + 1
        while j < n and lines[j].strip() and is_row(lines[j]):
            nxt = lines[j + 1] if j + 1 < n else ""
            if nxt.strip() and not is_row(nxt):
                break  # a line of other text right under the row: a cell may go on there
            read[j] = ("\t".join(_single_cells(lines[j])), j)
            j += 1
        if read:
            rows[i] = ("\t".join(header), i)
            rows.update(read)
        i = max(j, i + 1)


def space_table_rows(lines: list[str], text: str) -> dict[int, tuple[str, int]]:
    """Tables printed with spaces in ``lines`` (the text's lines as printed): for the first line
    (0-based) of each row, its cells joined by tabs and the index of the row's last line.
    Lines inside a row after its first are covered by that range. Empty for most texts."""
    if not any(pair in text for pair in _HINT_PAIRS) or _HEADER_HINT_RE.search(text) is None:
        if not _bare_hint(text):
            if _SINGLE_HINT_RE.search(text) is None:
                return {}
            single: dict[int, tuple[str, int]] = {}
            _single_spaced_tables(lines, single)
            return single
        rows: dict[int, tuple[str, int]] = {}
        _bare_tables(lines, rows)  # a header without 序号: one line per row (robustness round 8)
        return rows
    rows = {}
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        header = _header(line) if "号" in line[:12] else None
        if header is None:
            i += 1
            continue
        rows[i] = (_header_row(header), i)
        edges = _edges(header, lines, i + 1)
        i = _read_rows(lines, i + 1, edges, rows)
    return rows


def _read_rows(lines: list[str], i: int, edges: list[int], rows: dict[int, tuple[str, int]]) -> int:
    """Rows of one table from ``lines[i]`` on, into ``rows``; the index after the table."""
    n = len(lines)
    open_at: int | None = None  # the first line of the row being read
    cells: list[list[str]] = []  # its cells' pieces, line after line

    def close(last: int) -> None:
        if open_at is not None:
            rows[open_at] = ("\t".join(_joined(c) for c in cells), last)

    while i < n:
        line = lines[i]
        if not line.strip():
            following = next((k for k in range(i + 1, min(n, i + 3)) if lines[k].strip()), None)
            if following is None or "\t" in lines[following]:
                break
            placed = _placed(edges, _pieces(lines[following]))
            if placed is None or not (_is_row_start(placed) or _header(lines[following])):
                break  # a blank line, then no row: the table is over
            i += 1
            continue
        if "\t" in line:
            break
        if (again := _header(line)) is not None:  # printed again after a page break
            close(_last_nonblank(lines, open_at, i) if open_at is not None else i)
            open_at = None
            rows[i] = (_header_row(again), i)
            i += 1
            continue
        pieces = _pieces(line)
        placed = _placed(edges, pieces)
        if placed is None:
            break
        if _is_row_start(placed):
            close(_last_nonblank(lines, open_at, i) if open_at is not None else i)
            open_at, cells = i, placed
        elif open_at is not None and not placed[0] and _fits(edges, pieces):
            for old, new in zip(cells, placed, strict=True):
                old.extend(new)
        else:
            break  # not a row and not the rest of one: prose under the table
        i += 1
    if open_at is not None:
        close(_last_nonblank(lines, open_at, i))
    return i


def _last_nonblank(lines: list[str], start: int, stop: int) -> int:
    k = stop - 1
    while k > start and not lines[k].strip():
        k -= 1
    return k
