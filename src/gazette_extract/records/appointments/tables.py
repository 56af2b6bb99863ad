"""Changes written as tables: side-by-side headlines, rows of spaced cells, rows printed one cell a line,
the header that names the columns (姓名 / 职务 / 任免) and the changes each row states. Imports
:mod:`.common`; no other reader.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..._pattern_cache import compile_re
from ...vocab.common import CJK as _CJK
from ...vocab.personnel import (
    CURRENT_POST_HEADERS,
    PROPOSED_POST_HEADERS,
    TABLE_ACTION_CELLS,
    TABLE_ACTION_HEADERS,
    TABLE_CHANGE_HEADERS,
    TABLE_CLAUSE_HEADERS,
    TABLE_CLAUSE_VERBS,
    TABLE_NAME_HEADERS,
    TABLE_OTHER_HEADERS,
    TABLE_POST_HEADERS,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from ...layout.blocks import Block

from ..people import (
    _TOKEN_SPLIT_RE,
    _tokens,
    is_person_name,
)
from .common import (
    _NAME_REMARK_RE,
    _REMOVAL_TAIL_RE,
    _SENTENCE_PUNCTUATION_RE,
    APPOINT,
    REMOVE,
    _Change,
    _changes,
)


def _unread_row(cells: list[str], columns: dict[int, str]) -> bool:
    """A row under a header of changes whose name cell holds a name and a post cell is not empty."""
    name_at = next(i for i, v in columns.items() if v == _NAME_COLUMN_KEY)
    if name_at >= len(cells) or not is_person_name(_TOKEN_SPLIT_RE.sub("", cells[name_at]).removesuffix("同志")):
        return False
    return any(
        v not in (_NAME_COLUMN_KEY, _ACTION_COLUMN_KEY)
        and i < len(cells)
        and cells[i].strip()
        and (v != _VERB_CELL_COLUMN_KEY or cells[i].strip().startswith(TABLE_CLAUSE_VERBS))  # a roster's post
        for i, v in columns.items()
    )


# A headline: a short line without clause punctuation (卢新华任广西桂林市代市长 — 桂林 2025).
_HEADLINE_MAX = 40
_HEADLINE_RE = compile_re(rf"[^。；;，,：:！？]{{4,{_HEADLINE_MAX}}}")
# Headlines printed side by side, a roundup's links (李斌辞去安徽省省长职务　王学军任副省长、代理省长 /
# 张吉福任北京平谷区委书记　齐静任怀柔区委书记 — 河南广播网 2013): each piece a name and its verb, no
# punctuation, no verb in force. A gazette's list runs entries together only under its heading (任命：).
_HEADLINE_PIECES_LINE_RE = compile_re(rf"[^。；;，,：:！？!?]{{10,{2 * _HEADLINE_MAX}}}")
_HEADLINE_PIECE_GAP_RE = compile_re(r"[ \u3000\t]+")
_HEADLINE_PIECE_OPENING_RE = compile_re(
    rf"(?P<name>[{_CJK}]{{2,4}}?)(?:辞去|辭去|任|代理|兼任|被任命|不再担任|不再擔任)"
)


# A kicker clause before the change, apart by a space (apages19): 维持乡政运作 陈文书任代理乡长 (tipp 2010),
# 县政府人事调整　张三任县教育局局长. The kicker holds two Han characters or more and does not itself open with a
# person and a verb (two such pieces are headlines side by side, above).
_KICKER_HAN_RE = compile_re(rf"[{_CJK}]")


def kicker_before_change(text: str) -> str | None:
    """``text`` with the space between a headline's kicker and its change clause read as a comma
    (维持乡政运作 陈文书任代理乡长 → 维持乡政运作，陈文书任代理乡长), or None when the line is not
    such a headline: two pieces exactly, the second a person's name and a verb of change."""
    line = text.strip(" \u3000\t")
    if _HEADLINE_PIECES_LINE_RE.fullmatch(line) is None:
        return None
    pieces = _HEADLINE_PIECE_GAP_RE.split(line)
    if len(pieces) != 2:
        return None
    kicker, change = pieces
    opening = _HEADLINE_PIECE_OPENING_RE.match(change)
    if len(change) < 5 or opening is None or not is_person_name(opening.group("name")):
        return None
    if len(_KICKER_HAN_RE.findall(kicker)) < 2 or is_person_name(kicker):
        return None  # 1 张三任X (a row's number), 张 三任X (a spaced name)
    if (own := _HEADLINE_PIECE_OPENING_RE.match(kicker)) is not None and is_person_name(own.group("name")):
        return None  # 张三任X　李四任Y: headlines side by side
    return f"{kicker}，{change}"


def _side_by_side_headlines(text: str) -> bool:
    """Is ``text`` two or more headlines on one line, each opening with a person and a verb?"""
    line = text.strip(" \u3000\t")
    if _HEADLINE_PIECES_LINE_RE.fullmatch(line) is None:
        return False
    pieces = _HEADLINE_PIECE_GAP_RE.split(line)
    if len(pieces) < 2:
        return False
    for piece in pieces:
        opening = _HEADLINE_PIECE_OPENING_RE.match(piece)
        if len(piece) < 5 or opening is None or not is_person_name(opening.group("name")):
            return False
    return True


_NAME_COLUMN_KEY = "name"
_ACTION_COLUMN_KEY = "action"  # 姓名 | 任免 | 职务: the 任免 column
_POST_COLUMN_KEY = "post"  # …and the 职务 column beside it
_CLAUSE_COLUMN_KEY = "clause"  # 姓名 | 任免职务 / 张三 | 任某局局长: a verb in every cell (round 7)
_VERB_CELL_COLUMN_KEY = (
    "verb cell"  # 姓名 | 职务 / 张三 | 任某局局长: read only where a cell opens with a verb (round 11)
)
_CELL_CLAUSE_SPLIT_RE = compile_re(r"[，,；;。]")
_SPACED_ROW_MAX = 80


_ROW_NUMBER_RE = compile_re(r"^[\d０-９]{1,3}(?=[^\d０-９.．、])")


def _spaced_cells(text: str) -> list[str]:
    """The cells of a row printed with spaces or tabs between them, as a normalizer leaves it
    (姓名 拟任职务 / 张三 某市财政局局长 / 王　强 某局局长): [] when the line holds sentence
    punctuation or is no short row of two to eight cells."""
    if len(text) > _SPACED_ROW_MAX or _SENTENCE_PUNCTUATION_RE.search(text):
        return []
    cells: list[str] = []
    for token in _tokens(text):
        if cells and len(token) == 1 and len(cells[-1]) == 1 and cells[-1] + token in TABLE_NAME_HEADERS:
            cells[-1] += token  # 姓　名: the header cell spaced out
        else:
            cells.append(token)
    return cells if 2 <= len(cells) <= 8 else []


_HEADER_CELLS = frozenset(
    (*TABLE_NAME_HEADERS, *TABLE_CHANGE_HEADERS, *TABLE_ACTION_HEADERS, *TABLE_POST_HEADERS, *TABLE_OTHER_HEADERS)
)
_CELL_MAX = 60


def _cell_per_line_rows(blocks: list[Block]) -> list[Block]:
    """A table printed one cell per line (姓名 / 拟任职务 / 张三 / 某局局长 / …) read back into rows:
    a run of header cells naming a person column and a change column gives the width, then the
    lines below are taken that many at a time while each row's name cell is a name."""
    from ...layout.blocks import TABLE_ROW  # only here: the module keeps its import graph small

    result: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "table_row" or _TOKEN_SPLIT_RE.sub("", block.text or "") not in TABLE_NAME_HEADERS:
            result.append(block)
            i += 1
            continue
        start = i
        while start > 0 and result and _TOKEN_SPLIT_RE.sub("", result[-1].text or "") in _HEADER_CELLS:
            start -= 1  # 序号 / 姓名 …: header cells before the name's
            result.pop()
        end = i
        while end < len(blocks) and _TOKEN_SPLIT_RE.sub("", blocks[end].text or "") in _HEADER_CELLS:
            end += 1
        header = [_TOKEN_SPLIT_RE.sub("", b.text or "") for b in blocks[start:end]]
        columns = _table_header(header) if len(header) >= 2 else None
        if columns is None:
            # every name header of this run of header cells reads the same run (start and end are the run's),
            # so none of them opens a table: the run is kept whole and passed (one look per run, not per cell:
            # 16,000 姓名 lines were quadratic, s14-rev6 review)
            result.extend(blocks[start : max(end, i + 1)])
            i = max(end, i + 1)
            continue
        width = len(header)
        name_at = next(k for k, v in columns.items() if v == _NAME_COLUMN_KEY)
        result.append(dataclasses.replace(blocks[start], kind=TABLE_ROW, text=" | ".join(header), cells=header))
        k = end
        while k + width <= len(blocks):
            cells = [(b.text or "").strip() for b in blocks[k : k + width]]
            if any(
                len(c) > _CELL_MAX or b.kind == "table_row" for c, b in zip(cells, blocks[k : k + width], strict=True)
            ):
                break
            if not is_person_name(
                _NAME_REMARK_RE.sub("", _TOKEN_SPLIT_RE.sub("", cells[name_at])).removesuffix("同志")
            ):
                break
            row = dataclasses.replace(
                blocks[k],
                kind=TABLE_ROW,
                text=" | ".join(cells),
                cells=cells,
                end_line=blocks[k + width - 1].end_line,
            )
            result.append(row)
            k += width
        i = k
    return result


_NAME_HEADER_FIRSTS = frozenset(header[0] for header in TABLE_NAME_HEADERS)  # 姓(名): a header needs one


def _table_header(cells: list[str]) -> dict[int, str] | None:
    """{column: action, …, name column: "name"} for a header row naming a person column and at least
    one column of posts gained or lost (姓名 | 拟任职务 | 拟免职务), or a column of actions beside a
    column of posts (姓名 | 任免 | 职务: round 6); None for any other row."""
    joined = "".join(cells)
    if not any(first in joined for first in _NAME_HEADER_FIRSTS):
        return None  # no person column (a task table's rows): one test in C, not a pass over the cells
    keys = [_TOKEN_SPLIT_RE.sub("", cell) for cell in cells]
    columns: dict[int, str] = {}
    for i, key in enumerate(keys):
        if key in TABLE_NAME_HEADERS and _NAME_COLUMN_KEY not in columns.values():
            columns[i] = _NAME_COLUMN_KEY
        elif key in TABLE_CHANGE_HEADERS:
            columns[i] = TABLE_CHANGE_HEADERS[key][0]
        elif key in TABLE_ACTION_HEADERS and _ACTION_COLUMN_KEY not in columns.values():
            columns[i] = _ACTION_COLUMN_KEY
        elif key in TABLE_POST_HEADERS and _POST_COLUMN_KEY not in columns.values():
            columns[i] = _POST_COLUMN_KEY
    kinds = set(columns.values())
    if {_ACTION_COLUMN_KEY, _POST_COLUMN_KEY} <= kinds:
        kinds.add(APPOINT)  # 任免 | 职务: each row's action cell says which
    else:
        columns = {i: v for i, v in columns.items() if v not in (_ACTION_COLUMN_KEY, _POST_COLUMN_KEY)}
        clause_at = [i for i, key in enumerate(keys) if key in TABLE_CLAUSE_HEADERS and i not in columns]
        if not clause_at and not kinds & {APPOINT, REMOVE}:
            # 姓名 | 职务 / 张三 | 任某局局长 (round 11): a verb in every cell read makes it a change; a
            # roster's cells (某局局长) open with none and give nothing (_cell_clauses)
            posts_at = [i for i, key in enumerate(keys) if key in TABLE_POST_HEADERS and i not in columns][:1]
            columns.update(dict.fromkeys(posts_at, _VERB_CELL_COLUMN_KEY))
            kinds.update([APPOINT] if posts_at else [])
        if len(clause_at) == 1 and not kinds & {APPOINT, REMOVE}:
            columns[clause_at[0]] = _CLAUSE_COLUMN_KEY  # 姓名 | 任免职务: the verb is in each cell
            kinds.add(APPOINT)
    has_changes = bool(kinds & {APPOINT, REMOVE})
    return columns if _NAME_COLUMN_KEY in kinds and has_changes else None


def proposed_beside_current(cells: list[str]) -> bool:
    """姓名 | 现任职务 | 拟任职务: every change column of the header a proposed post (vocab PROPOSED_POST_HEADERS)
    beside a column of the post held now (CURRENT_POST_HEADERS) — a 任前公示's or a nomination's table, read as
    changes only with a decision in view (lead, session 21)."""
    keys = [_TOKEN_SPLIT_RE.sub("", cell) for cell in cells]
    changes = [key for key in keys if key in TABLE_CHANGE_HEADERS]
    return (
        bool(changes)
        and all(key in PROPOSED_POST_HEADERS for key in changes)
        and any(key in CURRENT_POST_HEADERS for key in keys)
    )


def names_only(columns: dict[int, str]) -> dict[int, str]:
    """The header's name column alone: its rows are consumed and give nothing."""
    return {i: v for i, v in columns.items() if v == _NAME_COLUMN_KEY}


def _table_changes(
    cells: list[str], columns: dict[int, str], starts: tuple[str, ...], previous: str | None = None
) -> list[_Change]:
    """The changes of one row under a table header: a person, then the posts of each change column
    (several posts in a cell split like a clause's: 某局局长、党组书记). A row whose name cell is not a
    name, or whose post cell does not read as posts, gives nothing for it. An empty name cell is a
    cell merged with the row above: the ``previous`` person's (none, nothing). A name cell may hold a
    remark (张三（女）); an action column (任 / 免) decides the action of the post column."""
    name_at = next(i for i, v in columns.items() if v == _NAME_COLUMN_KEY)
    if name_at >= len(cells):
        return []
    raw = _TOKEN_SPLIT_RE.sub("", cells[name_at])
    person = _NAME_REMARK_RE.sub("", raw).removesuffix("同志") if raw else previous
    if not person or not is_person_name(person):
        return []
    action_at = next((i for i, v in columns.items() if v == _ACTION_COLUMN_KEY), None)
    found: list[_Change] = []
    for i, action in columns.items():
        if action in (_NAME_COLUMN_KEY, _ACTION_COLUMN_KEY) or i >= len(cells) or not cells[i].strip():
            continue
        if action in (_CLAUSE_COLUMN_KEY, _VERB_CELL_COLUMN_KEY):
            found.extend(_cell_clauses(person, cells[i], starts))
            continue
        if action == _POST_COLUMN_KEY:
            word = _TOKEN_SPLIT_RE.sub("", cells[action_at]) if action_at is not None and action_at < len(cells) else ""
            if word not in TABLE_ACTION_CELLS:
                continue  # 任免 cell empty or unknown: which change, is unclear
            action = TABLE_ACTION_CELLS[word]
        found.extend(_changes(action, [person], cells[i].strip(), starts))
    return found


def _cell_clauses(person: str, cell: str, starts: tuple[str, ...]) -> list[_Change]:
    """The changes a cell of a 任免职务 column states for its row's person: 任某局局长，免去某局副局长职务.
    Every piece must open with a verb (TABLE_CLAUSE_VERBS) and read whole; else the cell gives nothing."""
    found: list[_Change] = []
    for piece in _CELL_CLAUSE_SPLIT_RE.split(_TOKEN_SPLIT_RE.sub("", cell)):
        if not piece:
            continue
        verb = next((v for v in TABLE_CLAUSE_VERBS if piece.startswith(v)), None)
        if verb is None:
            return []
        rest = piece[len(verb) :].removeprefix("其").removeprefix("为")  # 免去其…职务: the row's person (round 11)
        action = REMOVE if "免" in verb or verb == "解聘" else APPOINT
        if action == REMOVE:
            rest = _REMOVAL_TAIL_RE.sub("", rest)
        changes = _changes(action, [person], rest, starts) if rest else []
        if not changes:
            return []
        found.extend(changes)
    return found
