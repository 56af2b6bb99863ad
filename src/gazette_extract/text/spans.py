"""Last stage: exact character spans, back to the text that ``gazette-extract text FILE`` prints.

Every document and record gets ``span: {"start", "end"}``, Python ``str`` offsets (end
exclusive) into that text, so ``text[start:end]`` is the record's statement as printed
(eyecite's spans are the model). The records' values come from the *normalized* text (spaces
inside numbers removed, full-width forms folded, Markdown marks and pinyin glosses dropped,
Traditional converted, lines rejoined), so a value is not always a substring of the source. It
is mapped back through the *fold* of the source, searched only inside the record's own ``lines``:

1. the fold drops whitespace, Markdown marks (``*#_>|```), pinyin glosses (``發(fā)展``) and
   HTML space entities, and maps full-width digits and letters → ASCII and ASCII punctuation →
   full width, as normalize does; Traditional → Simplified where the pipeline converted;
2. the record's key text, folded the same way, is found in the fold of the record's lines (else
   its first and last few characters: a running header or page footer printed in the middle of
   a task);
3. the span runs from the key's first to its last character in the source, widened to the
   rest of the record's statement (a task's unit note, an appointment's post, a citation's 《》;
   a member's role and post where printed next to the person, with no other member between —
   the same words further off are another entry's label or prose about the group), and falls
   back to the record's whole lines when the key cannot be found. A document's span is its
   lines, first to last printed character.

Most values are printed exactly as extracted, so a key is first looked up *as printed*, with
``str.find`` in the raw lines; the lines are folded (and the fold cached) only when that fails
or cannot be proved to be the first folded occurrence. All offsets kept between records (the
search cursor) are source offsets, so both ways give the same spans, and the same spans as a
fold of the whole text would: the fold of a text without ``&`` and pinyin tone marks is one
character at a time, and the fold of a record's lines is the fold of the whole text there
(they begin after a line end and end before one, where no dropped token can straddle).

Pure and linear: each record is searched for only inside its own lines, from where the
previous record of its kind was found there; a fold covers only the lines of a record that
needs it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from .._pattern_cache import compile_re
from .._runtime import collector_paused
from ..vocab.common import CJK
from ..vocab.personnel import PERSON_NAME_KEPT_CHARS, PERSON_NAME_VARIANTS
from .normalize import (
    _JAMMER_GATE,
    _PUNCT_FULL,
    _TONED,
    ENTITY_NAMES,
    INVISIBLE,
    PINYIN_GLOSS_RE,
    SMALL_FORMS,
    _jammer_dropped,
    jammer_runs_replaced,
)
from .radicals import RADICAL_RE, fold_radicals

# How far from its person a member's role may be printed and still be the entry's: before it, with a
# post between (组长：市委副书记、市长张三); after it (张三为指挥长, 由张三担任组长). Further off, the
# word is another entry's label or prose about the group, and the span stays person and post.
_LEAD_BEFORE = 16
_LEAD_AFTER = 8


class _People:
    """The people of a document's roster, to tell whether another entry's person stands between a
    member and a label: names of two to four characters looked up by the text's pieces, longer
    (dotted) ones searched — each set built once per document, not once per member."""

    __slots__ = ("long", "short")

    def __init__(self, names: Iterable[str]) -> None:
        names = set(names)
        self.short = frozenset(n for n in names if len(n) <= 4)
        self.long = tuple(n for n in names if len(n) > 4)

    def between(self, text: str, own: str) -> bool:
        """Is a person other than ``own`` printed in ``text`` (a few characters long)?"""
        n = len(text)
        short = self.short
        if any(
            (piece := text[i : i + size]) in short and piece != own for size in (2, 3, 4) for i in range(n - size + 1)
        ):
            return True
        return any(name != own and name in text for name in self.long)


_NOBODY = _People(())


# Line ends as the pipeline counts them (normalize.fold_text turns \r\n and a lone \r into \n).
LINE_END_RE = compile_re(r"\r\n?|\n")

# What the fold drops: whitespace (also U+3000 and zero-width) and Markdown marks; and, when the
# text has them, the HTML space entities normalize turns into spaces, the tail of &amp; &lt; …
# (normalize keeps one character), and pinyin glosses after a Chinese character (發(fā)展).
_DROPPED = (
    r"\s\u200b\ufeff*#_>|`" + INVISIBLE
)  # spaces, tabs, line ends; **bold**, # heading, > quote, | table |; U+200D …
_SPACE_MARKS = f"[{_DROPPED}]+"
SPACE_RE = compile_re(f"[{_DROPPED}][{_DROPPED}]*")  # _SPACE_MARKS as X X*, a class re scans for (speed19)
DROP_RE = compile_re(
    _SPACE_MARKS
    + r"|&(?:nbsp|sp|ensp|emsp|thinsp|#160|#12288);?"  # &nbsp; → a space → dropped
    + r"|(?<=&)(?:"
    + "|".join(ENTITY_NAMES)
    + r");"  # &amp; → & (the & is kept)
    + "|"
    + PINYIN_GLOSS_RE.pattern  # 發(fā)展: the gloss normalize removes
    + rf"|(?<=[{CJK}])\?(?=[{CJK}])"  # 李?鵬: a space lost to ? (normalize restores it; rosters round 6)
)
_TONED_RE = compile_re(f"[{_TONED}]")
_SPLIT = {False: compile_re(f"({SPACE_RE.pattern})"), True: compile_re(f"({DROP_RE.pattern})")}
# Width folding, one character for one: full-width digits and letters → ASCII (２０２１ → 2021,
# as normalize does), ASCII punctuation → full width (as normalize does beside Chinese text).
_WIDTH = {
    chr(cp): chr(cp - 0xFEE0)
    for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0E, 0xFF3B, 0xFF3D]
}
_WIDTH.update(_PUNCT_FULL)
# The brackets of a document number's year, as normalize folds them (DOC_YEAR_BRACKET_RE):
# 淮府(2020)20号 and 京政发〈2021〉1号 are read as 淮府〔2020〕20号; all of 〔〕 （） ﹝﹞ 〈〉 fold to （）.
# normalize's DIGIT_MARK_RE folds these between digits (２０２１－０２－０２); the search fold anywhere
_WIDTH.update({"－": "-", "／": "/"})
_WIDTH.update({"∶": "：", "﹕": "：", "︰": "："})  # colons normalize folds after Chinese text (RATIO_COLON_RE)
_WIDTH.update(SMALL_FORMS)  # ﹙﹕﹚ …, as normalize folds them
_WIDTH.update({"｡": "。", "｢": "「", "｣": "」", "､": "、"})  # half-width CJK punctuation, as normalize folds it
_WIDTH.update({"〔": "（", "〕": "）", "﹝": "（", "﹞": "）", "〈": "（", "〉": "）"})
# Round 23: a person's name as printed (蔡德昇, where the converted page reads 蔡德升; 冼汉迪 for the printed 冼漢廸):
# the name characters the conversion folds and the variants a name folds, one for one (text.script).
_WIDTH.update(PERSON_NAME_KEPT_CHARS)
_WIDTH.update(PERSON_NAME_VARIANTS)
WIDTH_RE = compile_re("[" + re.escape("".join(_WIDTH)) + "]")
_TARGETS = frozenset(_WIDTH.values())  # characters the width fold makes: 2 (from ２), （ (from ()
# A character the fold changes (drops or maps), in a text without & and tone marks: 2021 年 ; **
CHANGED_RE = compile_re(f"[{_DROPPED}{re.escape(''.join(_WIDTH))}]")
KEPT_RE = compile_re(f"[^{_DROPPED}]")  # … and one it keeps
_MARKS = "*#_>|`\u200b\ufeff" + INVISIBLE  # what the fold drops that a line may begin with
BRACKET_RE = compile_re(r"[(（【\[［〔)）】\]］〕]")
_OPENERS = "(（【[［〔"
_CLOSERS = ")）】]］〕"
_REACH = 40  # characters after a record's last value that its open bracket may still close in
# characters before a record's end whose brackets are counted: a bracket opened further back is the paragraph's,
# not left open by the record's values, and many records of one long list (2,000 names before one post) each
# spanning to its end are not counted again and again (lead, session 20)
_BRACKETS_BACK = 600
_FOLLOW = 12  # lines after a citation's or attachment's line that its text may start on
_ANCHOR = 6  # characters of a key's head and tail searched when the whole key is not found
_CACHED = 64  # folds of record lines kept at once (records of a paragraph come together)

Span = dict[str, int]
Record = dict[str, Any]
Keys = tuple[str | None, ...]  # a record's key texts, or the values its statement runs on to
Found = tuple[int, int]  # source offsets: a value's first character, and one past its last


def _widths(text: str) -> str:
    return WIDTH_RE.sub(lambda m: _WIDTH[m.group()], text) if WIDTH_RE.search(text) else text


def _drop_re(text: str) -> re.Pattern[str]:
    return DROP_RE if "&" in text or "?" in text or _TONED_RE.search(text) else SPACE_RE


def fold(text: str) -> str:
    """The fold of a key text, as :class:`SourceSpans` folds the source (a forum's anti-copy noise dropped, as
    normalize drops it: pages18)."""
    if not _JAMMER_GATE.isdisjoint(text):
        text = jammer_runs_replaced(text, _jammer_dropped)
    return _widths(_drop_re(text).sub("", text))


def _blank_jammer(m: re.Match[str]) -> str:
    """A run of a forum's anti-copy noise as blanks of its length (the fold drops them; offsets stay)."""
    return " " * len(m.group()) if not _jammer_dropped(m) else m.group()


class _Fold:
    """The fold of ``base[start:end]``, with its map back to source offsets.

    The map is kept as the runs of kept characters (where each begins in the folded text and
    in the source), so it costs one entry per dropped run, not one per character.
    """

    __slots__ = ("_at", "_src", "folded")

    def __init__(self, base: str, start: int, end: int, split: re.Pattern[str]) -> None:
        # base split into kept, dropped, kept, … pieces: the kept runs and where they begin;
        # list operations in C, not a Python loop per dropped run
        parts = split.split(base[start:end])
        kept = parts[0::2]
        src = list(accumulate(map(len, parts), initial=start))[0::2]  # where each kept run begins
        at = list(accumulate(map(len, kept), initial=0))  # … and its folded offset
        if len(src) < len(at):
            src.append(end)
        self.folded = _widths("".join(kept))
        self._at, self._src = at, src

    def to_source(self, i: int) -> int:
        """Source offset of folded character ``i``."""
        k = bisect_right(self._at, i) - 1
        return self._src[k] + i - self._at[k]

    def to_folded(self, s: int) -> int:
        """Folded offset of the first kept character at or after source offset ``s``."""
        k = bisect_right(self._src, s) - 1
        if k < 0:
            return 0
        at = self._at
        return at[k] + min(s - self._src[k], at[k + 1] - at[k]) if k + 1 < len(at) else at[k]

    def found(self, i: int, j: int) -> Found:
        """Source offsets of folded ``[i, j)``: its first character and one past its last."""
        return self.to_source(i), self.to_source(j - 1) + 1

    def find(self, key: str, lo: int) -> tuple[int, int] | None:
        """Folded ``(start, end)`` of ``key`` from ``lo`` on: the whole key, else its head and its
        tail in order (something printed inside it, such as a running header)."""
        text = self.folded
        i = text.find(key, lo)
        if i >= 0:
            return i, i + len(key)
        if len(key) < 2 * _ANCHOR:
            return None
        i = text.find(key[:_ANCHOR], lo)
        if i < 0:
            return None
        j = text.find(key[-_ANCHOR:], i + len(key) - _ANCHOR)
        return (i, j + _ANCHOR) if j >= 0 else None


def _has_tone_marks(text: str) -> bool:
    """Has ``text`` a pinyin tone mark (ā … ǜ)? 24 substring scans in C: 3× faster than the
    character class over a whole text."""
    return any(mark in text for mark in _TONED)


def _lacks_head(base: str, key: str, a: int, end: int) -> bool:
    """Is a character of ``key``'s head missing from ``base[a:end]`` (plain lines)? Then neither
    the key nor its head (:meth:`_Fold.find`) is there folded: the fold maps no other character
    to one that is not a width-fold target (a unit named in a table column, not in the task)."""
    for c in key[:_ANCHOR]:  # noqa: SIM110 - a loop: no generator frame on this hot path
        if c not in _TARGETS and base.find(c, a, end) < 0:
            return True
    return False


def _first_as_printed(base: str, key: str, a: int, p: int) -> bool:
    """Is ``key``, printed at ``p`` in plain lines, its first folded occurrence from ``a`` on?

    An earlier one begins with ``key[0]`` as printed (unless that is a width-fold target), and
    has a character the fold changes inside it (else it would be printed as is, and found
    first), so it begins at most ``len(key)`` before the first such character. Only that
    stretch is looked at, and folded only when ``key[0]`` is printed there.
    """
    first = key[0]
    if first not in _TARGETS and base.find(first, a, p) < 0:
        return True  # 1. 新增…: nothing before it could begin the key
    e = p + len(key)
    changed = CHANGED_RE.search(base, a, e)
    if changed is None:
        return True
    lo = max(a, changed.start() - len(key))
    if first not in _TARGETS and base.find(first, lo, p) < 0:
        return True
    stretch = SPACE_RE.sub("", base[lo:e])
    if WIDTH_RE.search(stretch):
        stretch = _widths(stretch)
    return stretch.find(key) == len(stretch) - len(key)


class SourceSpans:
    """``text``'s lines, and the fold of the lines that records are searched in."""

    def __init__(self, text: str, base: str | None = None, *, as_printed: bool = True) -> None:
        """``base``: ``text`` as the pipeline read it (Simplified), used when the lengths agree.
        ``as_printed=False`` always searches the fold (the same spans, more slowly: for tests)."""
        self.text = text
        base = base if base is not None and len(base) == len(text) else text
        if not _JAMMER_GATE.isdisjoint(base):
            base = jammer_runs_replaced(base, _blank_jammer)  # a forum's anti-copy noise: blanks, as normalize drops it
        self.base = base
        self._as_printed = as_printed
        # list operations in C, not a Python loop per line
        if "\r" in text:
            self._acc: list[int] | None = None
            self._starts = [0] + [m.end() for m in LINE_END_RE.finditer(text)]
            self._ends = [m.start() for m in LINE_END_RE.finditer(text)] + [len(text)]
            self.count = len(self._starts)
        else:  # the lengths of the lines before each: line i (1-based) begins at acc[i - 1] + i - 1
            self._acc = list(accumulate(map(len, text.split("\n")), initial=0))
            self.count = len(self._acc) - 1
        # Lines without & and tone marks are *plain*: there the fold is one character at a time
        # (no entity or gloss to drop), so a value printed as extracted is found as printed.
        self._all_plain = "&" not in base and "?" not in base and not _has_tone_marks(base)
        self._plain: dict[tuple[int, int], bool] = {}
        self._folds: dict[tuple[int, int], _Fold] = {}
        self._cursor: dict[tuple[str, int], int] = {}
        self._keys: dict[str, str] = {}

    def lines(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of lines ``first``..``last`` (1-based, inclusive), without the blanks around them."""
        n = self.count  # lines clamped to the text (conditionals: no builtin calls on this hot path)
        first = 1 if first < 1 else n if first > n else first
        last = first if last < first else n if last > n else last
        if self._acc is not None:
            acc = self._acc
            start, end = acc[first - 1] + first - 1, acc[last] + last - 1
        else:
            start, end = self._starts[first - 1], self._ends[last - 1]
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def _is_plain(self, start: int, end: int) -> bool:
        """Are lines ``base[start:end]`` plain? (They begin after a line end and end before one,
        so no entity or gloss straddles them: their fold is the whole text's fold there.)"""
        if self._all_plain:
            return True
        plain = self._plain.get((start, end))
        if plain is None:
            if len(self._plain) >= _CACHED:
                self._plain.clear()
            base = self.base
            plain = (
                base.find("&", start, end) < 0
                and base.find("?", start, end) < 0
                and not _TONED_RE.search(base, start, end)
            )
            self._plain[start, end] = plain
        return plain

    def _fold(self, start: int, end: int, plain: bool) -> _Fold:
        """The fold of ``base[start:end]`` (a record's lines), cached: the records of one
        paragraph are searched in the same lines one after another."""
        window = self._folds.get((start, end))
        if window is None:
            if len(self._folds) >= _CACHED:
                self._folds.clear()
            window = self._folds[start, end] = _Fold(self.base, start, end, _SPLIT[not plain])
        return window

    def _fold_key(self, key: str) -> str:
        folded = self._keys.get(key)
        if folded is None:
            folded = self._keys[key] = fold(key)
        return folded

    def _search(self, key: str, a: int, start: int, end: int, plain: bool) -> Found | None:
        """The first occurrence of folded ``key`` in ``base[start:end]`` that begins at or after
        source offset ``a``: as printed when it provably is the first, else in the fold."""
        if a >= end:
            return None  # the value ends its lines: nothing follows it there
        if plain and self._as_printed:  # a folded key has nothing the fold changes: as printed, it is kept
            base = self.base
            p = base.find(key, a, end)
            if p >= 0:
                first = key[0]  # nothing before it could begin the key: the common case, inline
                if (first not in _TARGETS and base.find(first, a, p) < 0) or _first_as_printed(base, key, a, p):
                    return p, p + len(key)
            elif _lacks_head(base, key, a, end):
                return None
        window = self._fold(start, end, plain)
        at = window.find(key, window.to_folded(a))
        return window.found(*at) if at is not None else None

    def _search_before(self, key: str, start: int, end: int, lo: int, plain: bool) -> Found | None:
        """The last occurrence of folded ``key`` in ``base[start:end]`` that ends before ``lo``."""
        if plain and self._as_printed:
            base = self.base
            p = base.rfind(key, start, lo)
            if p >= 0:
                if CHANGED_RE.search(base, p, lo) is None:
                    return p, p + len(key)  # nothing after it is folded: no later occurrence
            elif _lacks_head(base, key, start, lo):
                return None
        window = self._fold(start, end, plain)
        i = window.folded.rfind(key, 0, window.to_folded(lo))
        return window.found(i, i + len(key)) if i >= 0 else None

    def _anchor(self, start: int, end: int, plain: bool) -> int | None:
        """Source offset of the first character the fold keeps in ``[start, end)``."""
        if plain:
            if start < end and self.base[start] not in _MARKS:
                return start  # lines begin with what they print (after their blanks)
            m = KEPT_RE.search(self.base, start, end)
            return m.start() if m else None
        window = self._fold(start, end, plain)
        return window.to_source(0) if window.folded else None

    def span(
        self,
        first: int,
        last: int,
        keys: Keys,
        extras: Keys = (),
        *,
        after: bool = True,
        reach: int | None = None,
        kind: str = "",
        leads: Keys = (),
        people: _People = _NOBODY,
        own: str = "",
    ) -> Span:
        """The span of the first of ``keys`` found in lines ``first``..``last``, widened to
        cover ``extras`` (found after it; or, when ``after`` is false, the nearest before it if
        none follows), ``leads`` (the nearest printing before or after it, within a few characters
        and with none of ``people`` but ``own`` between: a member's role and post —
        the same words further off are another entry's or prose about the group), and to the
        brackets it leaves open; the lines themselves when no key is found. ``reach`` widens the
        search to that line (a citation's ``line`` is where its paragraph starts)."""
        start, end = self.lines(first, reach if reach is not None and reach > last else last)
        plain = self._all_plain or self._is_plain(start, end)
        if plain and start < end and self.base[start] not in _MARKS:
            anchor: int | None = start  # lines begin with what they print (after their blanks)
        else:
            anchor = self._anchor(start, end, plain)
        found = None
        folded = self._keys
        if anchor is not None:
            # records of one kind come in text order: search on from the last one found in the
            # same lines, so that a huge paragraph of many records is not searched again for each
            cursor = self._cursor.get((kind, anchor), anchor)
            for key in keys:
                if key and (k := folded.get(key) or self._fold_key(key)):
                    found = self._search(k, cursor, start, end, plain)
                    if found is None and cursor > anchor:
                        found = self._search(k, anchor, start, end, plain)
                    if found is not None:
                        break
        if found is None or anchor is None:
            lo, hi = self.lines(first, last)
            return {"start": lo, "end": hi}
        lo, hi = found
        # the next record of the kind lies after this one; a person may have two changes in
        # one clause (任命张三为…，免去其…职务), so appointments may share it
        self._cursor[kind, anchor] = lo if kind == "appointment" else lo + 1
        key_lo, key_hi = lo, hi
        for lead in leads:
            if lead and (f := folded.get(lead) or self._fold_key(lead)):
                near = self._near(f, start, end, key_lo, key_hi, plain, people, own)
                if near is not None:
                    lo, hi = min(lo, near[0]), max(hi, near[1])
        for extra in extras:
            if not extra or not (f := folded.get(extra) or self._fold_key(extra)):
                continue
            # a value that ends its lines has nothing after it there (a task whose units are
            # named in a table column, not in its row): no call
            at = self._search(f, hi, start, end, plain) if hi < end else None
            if at is None and not after:
                at = self._search_before(f, start, end, lo, plain)
            if at is not None:
                if at[0] < lo:
                    lo = at[0]
                if at[1] > hi:
                    hi = at[1]
        return {"start": lo, "end": self._close(lo, hi, end)}

    def _near(
        self, key: str, start: int, end: int, lo: int, hi: int, plain: bool, people: _People, own: str
    ) -> Found | None:
        """The nearest printing of folded ``key`` on either side of ``[lo, hi)``, within
        _LEAD_BEFORE / _LEAD_AFTER and with no other entry's person between (组长：张三 / 张三为组长 /
        由县长张三… / 张三　县长); None when it is printed only further off — another entry's label,
        or prose about the group."""
        base = self.base
        preceding = self._search_before(key, start, end, lo, plain)
        if preceding is not None and (preceding[1] < lo - _LEAD_BEFORE or people.between(base[preceding[1] : lo], own)):
            preceding = None
        following = self._search(key, hi, start, end, plain) if hi < end else None
        if following is not None and (following[0] > hi + _LEAD_AFTER or people.between(base[hi : following[0]], own)):
            following = None
        if preceding is not None and following is not None:
            return preceding if lo - preceding[1] <= following[0] - hi else following
        return preceding or following

    def _close(self, start: int, end: int, limit: int) -> int:
        """Take in the brackets left open inside ``text[start:end]`` when they close soon after,
        within the record's lines: （牵头单位：区发改局；责任单位：区财政局） read up to its last unit."""
        text = self.text
        depth = 0
        for c in BRACKET_RE.findall(text, max(start, end - _BRACKETS_BACK), end):
            if c in _OPENERS:
                depth += 1
            elif depth:
                depth -= 1
        if not depth:
            return end
        for m in BRACKET_RE.finditer(text, end, min(limit, end + _REACH)):
            depth += 1 if m.group() in _OPENERS else -1
            if not depth:
                return m.end()
        return end


def _lines(record: Record) -> tuple[int, int] | None:
    if "lines" in record:
        return record["lines"]["start"], record["lines"]["end"]
    line: int | None = record.get("line")
    return (line, line) if line else None


def _citation_keys(record: Record) -> tuple[Keys, Keys]:
    """Its first mention: 《title》 and the number printed after it, or the bare number."""
    number = (record.get("doc_number") or {}).get("raw")
    title = record.get("title")
    quoted = f"《{title}》" if title else None
    return (quoted, title, number), (number,)


def add_spans(result: Record, text: str, simplified: str | None = None) -> None:
    """Give every document and record of ``result`` a ``span`` into ``text``: the text the
    pipeline read, as ``gazette-extract text`` prints it. Records without a line get none.
    ``simplified``: the Simplified text the pipeline converted a Traditional one to, when the
    caller has it (else it is converted again here).

    The cyclic garbage collector is paused meanwhile, as :func:`pipeline.extract_text` pauses
    it: the result's objects were all made while it was paused, so the first collections that
    this stage's allocations set off would traverse every one of them, twice (a tenth of the
    parse time of a 5 MB text); spans make no reference cycles.
    """
    with collector_paused():
        _add_spans(result, text, simplified)


def _add_spans(result: Record, text: str, simplified: str | None) -> None:
    base = None
    if (result.get("source") or {}).get("script") == "traditional":
        if simplified is None:
            from .script import to_simplified

            simplified = to_simplified(text)[0]
        base = simplified  # as the pipeline read it; used only if lengths agree
    if RADICAL_RE.search(base or text):  # ⼈⺠政府 is read as 人民政府: searched as read, one for one
        base = fold_radicals(base or text)
    src = SourceSpans(text, base)

    def put(
        record: Record,
        keys: Keys,
        extras: Keys = (),
        *,
        after: bool = True,
        reach: int | None = None,
        kind: str = "",
        leads: Keys = (),
        people: _People = _NOBODY,
        own: str = "",
    ) -> None:
        lines = _lines(record)
        if lines is not None:
            record["span"] = src.span(
                lines[0],
                lines[1],
                keys,
                extras,
                after=after,
                reach=reach,
                kind=kind,
                leads=leads,
                people=people,
                own=own,
            )

    for entry in result.get("contents") or []:
        put(entry, (entry.get("title"),), kind="contents")
    for doc in result.get("documents") or []:
        start, end = src.lines(doc["lines"]["start"], doc["lines"]["end"])
        doc["span"] = {"start": start, "end": end}
        for task in doc.get("tasks") or []:
            # the statement ends with its last unit or person, or its deadline: find only those
            lead, support, people = task.get("lead_units"), task.get("support_units"), task.get("lead_people")
            extras: Keys = (
                lead[-1] if lead else None,
                support[-1] if support else None,
                people[-1] if people else None,
                (task.get("deadline") or {}).get("text"),
            )
            if (lines := _lines(task)) is not None:
                task["span"] = src.span(lines[0], lines[1], (task["text"],), extras, kind="task")
        for change in doc.get("appointments") or []:
            put(
                change,
                (change["person"],),
                (change.get("position"), change.get("note")),
                after=False,
                kind="appointment",
            )

        # a member's, an attachment's or a citation's ``line`` is where its paragraph starts (a
        # roster run together, 办公室主任由…兼任 after it): search a few lines on, never past the document
        def reach(record: Record) -> int:
            line: int = record.get("line") or 0
            last: int = doc["lines"]["end"]  # noqa: B023 - used in this iteration
            return min(line + _FOLLOW, last)

        people = _People(m["person"] for m in doc.get("members") or [])
        for member in doc.get("members") or []:
            person = member["person"]
            keys: Keys = (person,)
            leads: Keys = (member.get("role"), member.get("post"))  # each printed by the person
            put(member, keys, kind="member", leads=leads, people=people, own=person)
            found = member.get("span")
            if found and fold(person) not in fold((base or text)[found["start"] : found["end"]]):
                # stated further on
                put(member, keys, reach=reach(member), kind="member", leads=leads, people=people, own=person)

        for attachment in doc.get("attachments") or []:
            put(attachment, (attachment.get("title"), attachment["label"]), reach=reach(attachment), kind="attachment")
        for citation in doc.get("citations") or []:
            keys, extras = _citation_keys(citation)
            put(citation, keys, extras, reach=reach(citation), kind="citation")
