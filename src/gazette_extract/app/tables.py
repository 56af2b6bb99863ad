"""Lay a table out to fit a terminal: which columns to show, how wide, where to break long text.

rich folds text that has no spaces anywhere, so a Chinese title wrapped by rich splits numbers
mid-token (``平谷区2`` / ``021年``), and columns that may not wrap push the right border off an
80-column screen. Here the layout is decided before rich draws it: columns that do not fit are
dropped (least useful first), fixed columns keep their full width, and text columns are broken
between tokens — a document number, a run of digits or Latin letters, or one Chinese character —
never inside one. Pure: strings in, strings out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .._pattern_cache import compile_re
from ..vocab.common import CJK

# Tokens that are never broken: a document number (京平政发〔2021〕1号, with the words before it
# when they run into it), a run of digits or Latin letters (2021, PM2.5), else one character.
_TOKEN_RE = compile_re(rf"[{CJK}]{{1,12}}[〔\[［(（]\d{{4}}[〕\]］)）]第?\d+号|[0-9A-Za-z.%\-/:]+|.", re.S)
_BORDER = 1  # the left border
_PER_COLUMN = 3  # padding on both sides and the separator after the column
_MIN_TEXT = 10  # the narrowest a text column gets before columns are dropped


class Column(NamedTuple):
    name: str
    wraps: bool  # text that may break over lines
    keep: int  # columns with the lowest keep are dropped first when the table does not fit
    right: bool = False  # right-justified (counts)


def cell_width(text: str) -> int:
    from rich.cells import cell_len

    return max((cell_len(line) for line in text.split("\n")), default=0)


def fold(text: str, width: int) -> str:
    """``text`` broken into lines of at most ``width`` cells, between tokens when possible."""
    from rich.cells import cell_len

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for token in _TOKEN_RE.findall(paragraph):
            size = cell_len(token)
            if used + size > width and line:
                lines.append(line)
                line, used = "", 0
            while size > width:  # a token wider than the column: folded as a last resort
                cut, taken = 0, 0
                while cut < len(token) and taken + cell_len(token[cut]) <= max(width, 2):
                    taken += cell_len(token[cut])
                    cut += 1
                lines.append(token[:cut])
                token, size = token[cut:], cell_len(token[cut:])
            line, used = line + token, used + size
        lines.append(line)
    return "\n".join(lines)


def fit(columns: list[Column], rows: list[list[str]], width: int) -> tuple[list[Column], list[int], list[list[str]]]:
    """The columns shown, their widths, and the rows with text columns folded, for ``width`` cells."""
    natural = [max([cell_width(c.name)] + [cell_width(row[i]) for row in rows]) for i, c in enumerate(columns)]
    shown = list(range(len(columns)))

    def needed(indexes: list[int]) -> int:
        content = sum(natural[i] if not columns[i].wraps else min(natural[i], _MIN_TEXT) for i in indexes)
        return _BORDER + _PER_COLUMN * len(indexes) + content

    while needed(shown) > width and len(shown) > 1:
        shown.remove(min(shown, key=lambda i: (columns[i].keep, -i)))
    budget = width - _BORDER - _PER_COLUMN * len(shown) - sum(natural[i] for i in shown if not columns[i].wraps)
    text = [i for i in shown if columns[i].wraps]
    widths = {i: natural[i] for i in shown if not columns[i].wraps}
    total = sum(natural[i] for i in text)
    if total <= budget:
        widths.update({i: natural[i] for i in text})
    else:  # each its minimum, then the rest shared by how much more text each column has
        least = {i: min(_MIN_TEXT, natural[i]) for i in text}
        rest = max(0, budget - sum(least.values()))
        more = sum(natural[i] - least[i] for i in text) or 1
        for i in text:
            widths[i] = least[i] + rest * (natural[i] - least[i]) // more
    folded = [[fold(row[i], widths[i]) if columns[i].wraps else row[i] for i in shown] for row in rows]
    return [columns[i] for i in shown], [max(1, widths[i]) for i in shown], folded
