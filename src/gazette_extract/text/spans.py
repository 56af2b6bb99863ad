"""Last stage: exact character spans, back to the text that ``gazette-extract text FILE`` prints.

Every document and record gets ``span: {"start", "end"}``, Python ``str`` offsets (end
exclusive) into that text, so ``text[start:end]`` is the record's statement as printed
(eyecite's spans are the model). The records' values come from the *normalized* text (spaces
inside numbers removed, full-width forms folded, Markdown marks and pinyin glosses dropped,
Traditional converted, lines rejoined), so a value is not a substring of the source. It is
mapped back by a character-level alignment, searched only inside the record's own ``lines``:

1. the source is *folded* once — whitespace, Markdown marks (``*#_>|```), pinyin glosses
   (``發(fā)展``) and HTML space entities dropped; full-width digits and letters → ASCII and
   ASCII punctuation → full width, as normalize does; Traditional → Simplified where the
   pipeline converted — keeping the map back to source offsets (as the runs of kept
   characters, not a per-character table);
2. the record's key text, folded the same way, is found in the folded range of the record's
   lines (else its first and last few characters: a running header or page footer printed in
   the middle of a task);
3. the span runs from the key's first to its last character in the source, widened to the
   rest of the record's statement (a task's unit note, an appointment's post, a member's role
   and post, a citation's 《》), and falls back to the record's whole lines when the key cannot
   be found. A document's span is its lines, first to last printed character.

Pure and linear: the text is folded and its line starts found once; each record is searched
for only inside its own lines, from where the previous record of its kind was found there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, count
from operator import add

from .normalize import _PUNCT_FULL, _TONED, PINYIN_GLOSS_RE

# Line ends as the pipeline counts them (normalize.fold_text turns \r\n and a lone \r into \n).
LINE_END_RE = re.compile(r"\r\n?|\n")

# What the fold drops: whitespace (also U+3000 and zero-width) and Markdown marks; and, when the
# text has them, the HTML space entities normalize turns into spaces, the tail of &amp; &lt; …
# (normalize keeps one character), and pinyin glosses after a Chinese character (發(fā)展).
_SPACE_MARKS = r"[\s\u200b\ufeff*#_>|`]+"  # spaces, tabs, line ends; **bold**, # heading, > quote, | table |
SPACE_RE = re.compile(_SPACE_MARKS)
DROP_RE = re.compile(
    _SPACE_MARKS
    + r"|&(?:nbsp|sp|ensp|emsp|thinsp|#160|#12288);?"  # &nbsp; → a space → dropped
    + r"|(?<=&)(?:amp|lt|gt|quot);"  # &amp; → & (the & is kept)
    + "|"
    + PINYIN_GLOSS_RE.pattern  # 發(fā)展: the gloss normalize removes
)
_TONED_RE = re.compile(f"[{_TONED}]")
_SPLIT = {False: re.compile(f"({SPACE_RE.pattern})"), True: re.compile(f"({DROP_RE.pattern})")}
# Width folding, one character for one: full-width digits and letters → ASCII (２０２１ → 2021,
# as normalize does), ASCII punctuation → full width (as normalize does beside Chinese text).
_WIDTH = {
    chr(cp): chr(cp - 0xFEE0) for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0E]
}
_WIDTH.update(_PUNCT_FULL)
WIDTH_RE = re.compile("[" + re.escape("".join(_WIDTH)) + "]")
BRACKET_RE = re.compile(r"[(（【\[［〔)）】\]］〕]")
_OPENERS = "(（【[［〔"
_CLOSERS = ")）】]］〕"
_REACH = 40  # characters after a record's last value that its open bracket may still close in
_FOLLOW = 12  # lines after a citation's or attachment's line that its text may start on
_ANCHOR = 6  # characters of a key's head and tail searched when the whole key is not found


def _widths(text: str) -> str:
    return WIDTH_RE.sub(lambda m: _WIDTH[m.group()], text) if WIDTH_RE.search(text) else text


def _drop_re(text: str) -> re.Pattern[str]:
    return DROP_RE if "&" in text or _TONED_RE.search(text) else SPACE_RE


def fold(text: str) -> str:
    """The fold of a key text, as :class:`SourceSpans` folds the source."""
    return _widths(_drop_re(text).sub("", text))


class SourceSpans:
    """``text`` folded once, with the map between folded and source offsets, and its lines.

    The map is kept as the runs of kept characters (where each begins in the folded text and
    its shift to the source), so it costs one entry per dropped run, not one per character.
    """

    def __init__(self, text: str, base: str | None = None) -> None:
        self.text = text
        base = base if base is not None and len(base) == len(text) else text
        # list operations in C, not a Python loop per line or per dropped run
        if "\r" in text:
            self.starts = [0] + [m.end() for m in LINE_END_RE.finditer(text)]
            self.ends = [m.start() for m in LINE_END_RE.finditer(text)] + [len(text)]
        else:
            lengths = map(len, text.split("\n"))
            self.starts = list(map(add, accumulate(lengths, initial=0), count()))[:-1]  # + 1 per \n
            self.ends = [start - 1 for start in self.starts[1:]] + [len(text)]
        # base split into kept, dropped, kept, … pieces: the kept runs and where they begin
        parts = _SPLIT[_drop_re(base) is DROP_RE].split(base)
        offsets = list(accumulate(map(len, parts), initial=0))
        kept = parts[0::2]
        src = offsets[0::2]  # source offset where each kept run begins, and len(base) at the end
        at = list(accumulate(map(len, kept), initial=0))  # folded offset of the same
        if len(src) < len(at):
            src.append(len(base))
        self.folded = _widths("".join(kept))
        self._at, self._src = at, src
        self._cursor: dict[tuple[str, int], int] = {}
        self._keys: dict[str, str] = {}

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

    def to_source(self, i: int) -> int:
        """Source offset of folded character ``i``."""
        k = bisect_right(self._at, i) - 1
        return self._src[k] + i - self._at[k]

    def to_folded(self, s: int) -> int:
        """Folded offset of the first kept character at or after source offset ``s``."""
        k = bisect_right(self._src, s) - 1
        if k < 0:
            return 0
        return (
            self._at[k] + min(s - self._src[k], self._at[k + 1] - self._at[k]) if k + 1 < len(self._at) else self._at[k]
        )

    def _fold_key(self, key: str) -> str:
        folded = self._keys.get(key)
        if folded is None:
            folded = self._keys[key] = fold(key)
        return folded

    def _find(self, key: str, lo: int, hi: int) -> tuple[int, int] | None:
        """Folded ``(start, end)`` of ``key`` in ``[lo, hi)``: the whole key, else its head and
        its tail in order (something printed inside it, such as a running header)."""
        text = self.folded
        i = text.find(key, lo, hi)
        if i >= 0:
            return i, i + len(key)
        if len(key) < 2 * _ANCHOR:
            return None
        i = text.find(key[:_ANCHOR], lo, hi)
        if i < 0:
            return None
        j = text.find(key[-_ANCHOR:], i + len(key) - _ANCHOR, hi)
        return (i, j + _ANCHOR) if j >= 0 else None

    def span(
        self,
        first: int,
        last: int,
        keys: tuple[str | None, ...],
        extras: tuple[str | None, ...] = (),
        *,
        after: bool = True,
        reach: int | None = None,
        kind: str = "",
    ) -> dict:
        """The span of the first of ``keys`` found in lines ``first``..``last``, widened to
        cover ``extras`` (found after it; or, when ``after`` is false, the nearest before it if
        none follows), and to the brackets it leaves open; the lines themselves when no key is
        found. ``reach`` widens the search to that line (a citation's ``line`` is where its
        paragraph starts)."""
        start, end = window = self.lines(first, max(last, reach or last))
        wlo, whi = self.to_folded(start), self.to_folded(end)
        # records of one kind come in text order: search on from the last one found in the same
        # lines, so that a huge paragraph of many records is not searched again for each one
        cursor = max(self._cursor.get((kind, wlo), wlo), wlo)
        found = None
        for key in keys:
            if key and (k := self._fold_key(key)):
                found = self._find(k, cursor, whi)
                if found is None and cursor > wlo:
                    found = self._find(k, wlo, whi)
                if found is not None:
                    break
        if found is None:
            start, end = self.lines(first, last)
            return {"start": start, "end": end}
        lo, hi = found
        # the next record of the kind lies after this one; a person may have two changes in
        # one clause (任命张三为…，免去其…职务), so appointments may share it
        self._cursor[(kind, wlo)] = lo if kind == "appointment" else lo + 1
        for extra in extras:
            if not extra or not (f := self._fold_key(extra)):
                continue
            at = self._find(f, hi, whi)
            if at is None and not after:
                i = self.folded.rfind(f, wlo, lo)
                at = (i, i + len(f)) if i >= 0 else None
            if at is not None:
                lo, hi = min(lo, at[0]), max(hi, at[1])
        start, end = self.to_source(lo), self.to_source(hi - 1) + 1
        return {"start": start, "end": self._close(start, end, window[1])}

    def _close(self, start: int, end: int, limit: int) -> int:
        """Take in the brackets left open inside ``text[start:end]`` when they close soon after,
        within the record's lines: （牵头单位：区发改局；责任单位：区财政局） read up to its last unit."""
        text = self.text
        depth = 0
        for c in BRACKET_RE.findall(text, start, end):
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


def add_spans(result: dict, text: str, simplified: str | None = None) -> None:
    """Give every document and record of ``result`` a ``span`` into ``text``: the text the
    pipeline read, as ``gazette-extract text`` prints it. Records without a line get none.
    ``simplified``: the Simplified text the pipeline converted a Traditional one to, when the
    caller has it (else it is converted again here)."""
    base = None
    if (result.get("source") or {}).get("script") == "traditional":
        if simplified is None:
            from .script import to_simplified

            simplified = to_simplified(text)[0]
        base = simplified  # as the pipeline read it; used only if lengths agree
    src = SourceSpans(text, base)

    def put(
        record: dict, keys: tuple, extras: tuple = (), *, after: bool = True, reach: int | None = None, kind: str = ""
    ) -> None:
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
            # the statement ends with its last unit or person, or its deadline: find only those
            units = [
                lst[-1] for lst in (task.get("lead_units"), task.get("support_units"), task.get("lead_people")) if lst
            ]
            put(task, (task["text"],), (*units, deadline), kind="task")
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
        def reach(record: dict) -> int:
            return min((record.get("line") or 0) + _FOLLOW, doc["lines"]["end"])  # noqa: B023 - used in this iteration

        for member in doc.get("members") or []:
            keys, extras = (member["person"],), (member.get("role"), member.get("post"))
            put(member, keys, extras, after=False, kind="member")
            found = member.get("span")
            if found and fold(member["person"]) not in fold((base or text)[found["start"] : found["end"]]):
                put(member, keys, extras, after=False, reach=reach(member), kind="member")  # stated further on

        for attachment in doc.get("attachments") or []:
            put(attachment, (attachment.get("title"), attachment["label"]), reach=reach(attachment), kind="attachment")
        for citation in doc.get("citations") or []:
            keys, extras = _citation_keys(citation)
            put(citation, keys, extras, reach=reach(citation), kind="citation")
