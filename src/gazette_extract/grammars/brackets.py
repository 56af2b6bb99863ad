"""Bracket-aware splitting, shared by the extractors.

Chinese official text nests remarks in brackets everywhere — 各乡镇（街道、社区）,
张三为A主任（试用期一年，自…起） — and a separator inside them must not split. These helpers
visit only the bracket and separator characters (found by one compiled regex), never every
character of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._pattern_cache import compile_re

OPENERS = "（(【[〔"
CLOSERS = "）)】]〕"


# The separators and brackets are the callers' constants (a handful of sets), never input: their
# classes go through the pattern cache, as module-level patterns do — re's own compiler cost
# ≈ 0.4 ms each on the first issue a process parses (eight of them: 3 ms of `parse`'s start-up).
@lru_cache(maxsize=64)
def _token_re(separators: str, openers: str, closers: str) -> re.Pattern[str]:
    return compile_re("[" + re.escape(openers + closers + separators) + "]")


@lru_cache(maxsize=64)
def _separator_re(separators: str) -> re.Pattern[str]:
    return compile_re("[" + re.escape(separators) + "]")


def split_top(text: str, separators: str, *, openers: str = OPENERS, closers: str = CLOSERS) -> list[str]:
    """Split ``text`` on any of ``separators`` that stands outside brackets.

    张三为A（试用期一年，自…起）；李四为B → ['张三为A（试用期一年，自…起）', '李四为B']
    """
    if not any(ch in text for ch in openers):
        return _separator_re(separators).split(text)
    parts: list[str] = []
    depth = start = 0
    for m in _token_re(separators, openers, closers).finditer(text):
        ch = m.group()
        if ch in openers:
            depth += 1
        elif ch in closers:
            depth = max(depth - 1, 0)
        elif depth == 0:
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


def matching_open(
    text: str, close_at: int, *, openers: str = OPENERS, closers: str = CLOSERS, limit: int | None = None
) -> int:
    """Index of the bracket that opens the one at ``close_at``; -1 when unbalanced.

    ``limit`` bounds how far back to look (a longer bracket is prose, not a note).
    """
    lo = 0 if limit is None else max(0, close_at - limit)
    brackets = list(_token_re("", openers, closers).finditer(text, lo, close_at + 1))
    depth = 0
    for m in reversed(brackets):
        if m.group() in closers:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return -1


def matching_close(
    text: str, open_at: int, *, openers: str = OPENERS, closers: str = CLOSERS, limit: int | None = None
) -> int:
    """Index of the bracket that closes the one at ``open_at``; -1 when unbalanced.

    ``limit`` bounds how far on to look (a longer bracket is prose, not a note).
    """
    hi = len(text) if limit is None else min(len(text), open_at + limit)
    depth = 0
    for m in _token_re("", openers, closers).finditer(text, open_at, hi):
        if m.group() in openers:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return -1
