"""Colour for JSON on a terminal, in jq's palette: keys blue, strings green, null grey.

A single compiled pattern over the serialized text (linear: every alternative consumes what it
matches, and strings are matched without backtracking into them), so colouring costs no second
parse and pulls in no rich. The text is unchanged apart from the escape codes.
"""

from __future__ import annotations

import re

from .._pattern_cache import compile_re

_RESET = "\x1b[0m"
_KEY = "\x1b[34;1m"
_STRING = "\x1b[32m"
_NULL = "\x1b[1;30m"
_LITERAL = "\x1b[39m"  # numbers, true, false

# a string ("平谷区", "a\"b"), followed by a colon when it is a key; or null; or a number or boolean
_TOKEN_RE = compile_re(r'("(?:[^"\\]|\\.)*")(\s*:)?|(null)|(true|false|-?[0-9][0-9.eE+\-]*)')


def _paint(match: re.Match[str]) -> str:
    string, colon, null, literal = match.groups()
    if string is not None:
        return f"{_KEY if colon else _STRING}{string}{_RESET}{colon or ''}"
    if null is not None:
        return f"{_NULL}null{_RESET}"
    return f"{_LITERAL}{literal}{_RESET}"


def colour_json(text: str) -> str:
    """``text`` (serialized JSON) with ANSI colours."""
    return _TOKEN_RE.sub(_paint, text)
