"""Last stage: exact character spans, back to the text that ``gazette-extract text FILE`` prints.

Every document and record gets ``span: {"start", "end"}``, Python ``str`` offsets (end
exclusive) into that text, so ``text[start:end]`` is the record's statement as printed
(eyecite's spans are the model). The records' values come from the *normalized* text (spaces
inside numbers removed, full-width forms folded, Markdown marks and pinyin glosses dropped,
Traditional converted, lines rejoined), so a value is not a substring of the source. It is
mapped back by a character-level alignment, searched only inside the record's own ``lines``:

1. the source slice of those lines is *folded* — whitespace, Markdown marks (``*#_>|```),
   pinyin glosses (``發(fā)展``) and HTML space entities dropped; full-width forms → ASCII;
   Traditional → Simplified where the pipeline converted — keeping, for every folded
   character, its offset in the source (as the list of dropped runs, not a per-character map);
2. the record's key text, folded the same way, is found in it (else its first and last few
   characters: a running header or page footer printed in the middle of a task);
3. the span runs from the key's first to its last character in the source, widened to the
   rest of the record's statement (a task's unit note, an appointment's post, a member's role
   and post, a citation's 《》), and falls back to the record's whole lines when the key cannot
   be found. A document's span is its lines, first to last printed character.

Pure and linear: line starts are computed once; each record folds only its own lines (cached).
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Line ends as the pipeline counts them (normalize.fold_text turns \r\n and a lone \r into \n).
LINE_END_RE = re.compile(r"\r\n?|\n")

# What the fold drops: whitespace (also U+3000 and zero-width), Markdown marks, the HTML space
# entities normalize turns into spaces, the tail of &amp; &lt; … (the first character stays, as
# normalize keeps one character), and pinyin glosses after a Chinese character (發(fā)展).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
DROP_RE = re.compile(
    r"[\s\u200b\ufeff*#_>|`]+"  # spaces, tabs, line ends; **bold**, # heading, > quote, | table |
    r"|&(?:nbsp|sp|ensp|emsp|thinsp|#160|#12288);?"  # &nbsp; → a space → dropped
    r"|(?<=&)(?:amp|lt|gt|quot);"  # &amp; → & (the & is kept)
    rf"|(?<=[\u3400-\u9fff])(?:[(（](?=[a-zü{_TONED}]{{0,5}}[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）])+"  # 發(fā)
)
# Full-width ASCII forms → ASCII (length-preserving): ２０２１ → 2021, （ → (, ： → :
FOLD_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_OPENERS = frozenset("(（【[［〔")
_CLOSING = frozenset(")）】]］〕")
_REACH = 40  # characters after a record's last value that its open bracket may still close in
_FOLLOW = 12 # lines after a citation's or attachment's line that its text may start on
_ANCHOR = 6  # characters of a key's head and tail searched when the whole key is not found


def fold(text: str) -> str:
    """The fold of a key text (what :class:`Folded` holds for a source slice)."""
    return DROP_RE.sub("", text).translate(FOLD_TABLE)


class Folded:
    """A folded slice ``source[start:end]`` and the map from folded to source offsets."""

    __slots__ = ("text", "start", "end", "_at", "_shift")

    def __init__(self, base: str, start: int, end: int) -> None:
        kept: list[str] = []
        at: list[int] = []  # folded offset where each kept run begins
        shift: list[int] = []  # source offset − folded offset within that run
        pos = start
        folded = 0
        for m in DROP_RE.finditer(base, start, end):
            if m.start() > pos:
                at.append(folded)
                shift.append(pos - folded)
                kept.append(base[pos : m.start()])
                folded += m.start() - pos
            pos = m.end()
        if end > pos:
            at.append(folded)
            shift.append(pos - folded)
            kept.append(base[pos:end])
        self.text = "".join(kept).translate(FOLD_TABLE)
        self.start, self.end = start, end
        self._at, self._shift = at, shift

    def source(self, i: int) -> int:
        """Source offset of folded character ``i``."""
        return i + self._shift[bisect_right(self._at, i) - 1]

    def find(self, key: str, lo: int = 0) -> tuple[int, int] | None:
        """Folded ``(start, end)`` of ``key`` at or after ``lo``: the whole key, else its head
        and its tail in order (something printed inside it, such as a running header)."""
        if not key:
            return None
        i = self.text.find(key, lo)
        if i >= 0:
            return i, i + len(key)
        if len(key) < 2 * _ANCHOR:
            return None
        i = self.text.find(key[:_ANCHOR], lo)
        if i < 0:
            return None
        j = self.text.find(key[-_ANCHOR:], i + len(key) - _ANCHOR)
        return (i, j + _ANCHOR) if j >= 0 else None


class SourceSpans:
    """Line offsets of ``text`` and the folded slices of its line ranges (computed once each)."""

    def __init__(self, text: str, base: str | None = None) -> None:
        self.text = text
        self.base = base if base is not None and len(base) == len(text) else text
        self.starts = [0]
        self.ends: list[int] = []
        for m in LINE_END_RE.finditer(text):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(text))
        self._folded: dict[tuple[int, int], Folded] = {}
        self._cursor: dict[tuple[str, int], int] = {}

    def lines(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of lines ``first``..``last`` (1-based, inclusive), without the blanks around them."""
        n = len(self.starts)
        first = min(max(first, 1), n)
        last = min(max(last, first), n)
        start, end = self.starts[first - 1], self.ends[last - 1]
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def folded(self, first: int, last: int) -> Folded:
        key = (first, last)
        slice_ = self._folded.get(key)
        if slice_ is None:
            start, end = self.lines(first, last)
            slice_ = self._folded[key] = Folded(self.base, start, end)
        return slice_

    def span(
        self, first: int, last: int, keys: tuple[str | None, ...], extras: tuple[str | None, ...] = (), *, after: bool = True, reach: int | None = None, kind: str = ""
    ) -> dict:
        """The span of the first of ``keys`` found in lines ``first``..``last``, widened to
        cover ``extras`` (found after it; or, when ``after`` is false, the nearest before it if
        none follows), and to the brackets it leaves open; the lines themselves when no key is
        found. ``reach`` widens the search to that line (a citation's ``line`` is where its
        paragraph starts)."""
        sl = self.folded(first, max(last, reach or last))
        # records of one kind come in text order: search on from the last one found in the same
        # lines, so that a huge paragraph of many records is not searched again for each one
        cursor = self._cursor.get((kind, id(sl)), 0)
        found = None
        for key in keys:
            if key and ((found := sl.find(fold(key), cursor)) is not None or (cursor and (found := sl.find(fold(key))) is not None)):
                break
        if found is None:
            start, end = self.lines(first, last)
            return {"start": start, "end": end}
        lo, hi = found
        # the next record of the kind lies after this one; a person may have two changes in
        # one clause (任命张三为…，免去其…职务), so appointments may share it
        self._cursor[(kind, id(sl))] = lo if kind == "appointment" else lo + 1
        for extra in extras:
            if not extra:
                continue
            f = fold(extra)
            at = sl.find(f, hi)
            if at is None and not after and f:
                i = sl.text.rfind(f, 0, lo)
                at = (i, i + len(f)) if i >= 0 else None
            if at is not None:
                lo, hi = min(lo, at[0]), max(hi, at[1])
        start, end = sl.source(lo), sl.source(hi - 1) + 1
        return {"start": start, "end": self._close(start, end, sl)}

    def _close(self, start: int, end: int, sl: Folded) -> int:
        """Take in the brackets left open inside ``text[start:end]`` when they close soon after,
        within the record's lines: （牵头单位：区发改局；责任单位：区财政局） read up to its last unit."""
        text = self.text
        depth = 0
        for c in text[start:end]:
            if c in _OPENERS:
                depth += 1
            elif c in _CLOSING and depth:
                depth -= 1
        pos, limit = end, min(sl.end, end + _REACH)
        while depth and pos < limit:
            c = text[pos]
            if c in _OPENERS:
                depth += 1
            elif c in _CLOSING:
                depth -= 1
            pos += 1
        return pos if depth == 0 else end


def _lines(record: dict) -> tuple[int, int] | None:
    if "lines" in record:
        return record["lines"]["start"], record["lines"]["end"]
    line = record.get("line")
    return (line, line) if line else None


def _citation_keys(record: dict) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    """Its first mention: 《title》 and the number printed after it, or the bare number."""
    number = (record.get("doc_number") or {}).get("raw")
    title = record.get("title")
    quoted = f"《{title}》" if title else None
    return (quoted, title, number), (number,)


def add_spans(result: dict, text: str) -> None:
    """Give every document and record of ``result`` a ``span`` into ``text``: the text the
    pipeline read, as ``gazette-extract text`` prints it. Records without a line get none."""
    base = None
    if (result.get("source") or {}).get("script") == "traditional":
        from .script import to_simplified

        base = to_simplified(text)[0]  # as the pipeline read it; used only if lengths agree
    src = SourceSpans(text, base)

    def put(record: dict, keys: tuple, extras: tuple = (), *, after: bool = True, reach: int | None = None, kind: str = "") -> None:
        lines = _lines(record)
        if lines is not None:
            record["span"] = src.span(lines[0], lines[1], keys, extras, after=after, reach=reach, kind=kind)

    for entry in result.get("contents") or []:
        put(entry, (entry.get("title"),), kind="contents")
    for doc in result.get("documents") or []:
        start, end = src.lines(doc["lines"]["start"], doc["lines"]["end"])
        doc["span"] = {"start": start, "end": end}
        for task in doc.get("tasks") or []:
            deadline = (task.get("deadline") or {}).get("text")
            units = (*task.get("lead_units", ()), *task.get("support_units", ()), *task.get("lead_people", ()))
            put(task, (task["text"],), (*units, deadline), kind="task")
        for change in doc.get("appointments") or []:
            put(change, (change["person"],), (change.get("position"), change.get("note")), after=False, kind="appointment")
        for member in doc.get("members") or []:
            put(member, (member["person"],), (member.get("role"), member.get("post")), after=False, kind="member")
        # an attachment's or a citation's ``line`` is where its paragraph starts: search a few
        # lines on, never past the document
        def reach(record: dict) -> int:
            return min((record.get("line") or 0) + _FOLLOW, doc["lines"]["end"])

        for attachment in doc.get("attachments") or []:
            put(attachment, (attachment.get("title"), attachment["label"]), reach=reach(attachment), kind="attachment")
        for citation in doc.get("citations") or []:
            keys, extras = _citation_keys(citation)
            put(citation, keys, extras, reach=reach(citation), kind="citation")
