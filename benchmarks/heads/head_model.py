"""A learned head scorer (issue 9, s13-learn14): how much a line of a page looks like a document's title.

A logistic regression over cheap cues any site can show — the line's length and place, how it ends,
its punctuation, digits, dates and document numbers, the site-chrome tests of :mod:`layout.chrome`,
how much of it the body below repeats, its neighbours' length and kind, its place against the page's first
publish line, date line and body sentence (:func:`page_context`, session 21), and hashed character 1–2-grams —
trained on the dev split's texts by ``benchmarks/heads/train_heads.py`` (weights as data in
``benchmarks/heads/head_weights.py``). Inference is pure Python: a sum of weights per line, linear
in the line's length; the weights are read on first use. Measured as an experiment
(``benchmarks/heads_experiment.py``, README "A learned head scorer"); the pipeline does not call it.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from head_features import (
    BODY_WINDOW,
    CANDIDATES,
    CJK_WINDOW,
    FORM_FEATURES,
    HEAD_ENDINGS,
    HEAD_WORDS,
    NGRAM_BUCKETS,
    PROSE_MIN,
    PUNCTUATION,
)

from gazette_extract.grammars.dates import is_date_line
from gazette_extract.grammars.docnumber import scan_doc_numbers
from gazette_extract.layout.blocks import Block
from gazette_extract.layout.chrome import (
    is_body_marker,
    is_column_name,
    is_image_line,
    is_menu_line,
    is_site_chrome,
    is_site_name,
    is_slogan,
    is_widget_line,
    strip_site_suffix,
)
from gazette_extract.layout.recognize import kind_of
from gazette_extract.text.newshead import publish_date

_LENGTH_BINS = ((0, "0"), (8, "1-8"), (20, "9-20"), (40, "21-40"), (80, "41-80"))


def _length_bin(n: int) -> str:
    return next((name for top, name in _LENGTH_BINS if n <= top), "81+")


def _bigrams(text: str) -> set[str]:
    return {text[k : k + 2] for k in range(len(text) - 1)}


def _hash(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % NGRAM_BUCKETS


def _prose(text: str) -> bool:
    """A body sentence: a long line with a full stop (the first one starts the page's body)."""
    return len(text) >= PROSE_MIN and "。" in text


@dataclass(frozen=True)
class PageContext:
    """Where a page's landmarks sit (block indexes, None when absent among the first CANDIDATES + BODY_WINDOW
    blocks): its first publish line, first date line and first body sentence; and the length of its longest
    non-prose candidate line. Computed once per page (:func:`page_context`), linear in the blocks read."""

    publish: int | None
    date: int | None
    body: int | None
    longest: int


def page_context(blocks: Sequence[Block]) -> PageContext:
    publish = date = body = None
    longest = 0
    seen = 0
    for k, block in enumerate(blocks[: CANDIDATES + BODY_WINDOW]):
        if not block.text.strip():
            continue
        text = "".join(block.text.split())
        if publish is None and publish_date(block.text):
            publish = k
        if date is None and is_date_line(block.text):
            date = k
        prose = _prose(text)
        if body is None and prose:
            body = k
        if seen < CANDIDATES and not prose:
            longest = max(longest, len(text))
        seen += 1
    return PageContext(publish, date, body, longest)


def _offset(i: int, landmark: int | None) -> str:
    """A line's place against a landmark, binned: far/near above, just above, at it, just below, far below."""
    if landmark is None:
        return "none"
    d = i - landmark
    for top, name in _OFFSET_BINS:
        if d <= top:
            return name
    return "below4+"


_OFFSET_BINS = ((-4, "above4+"), (-2, "above2-3"), (-1, "above1"), (0, "at"), (3, "below1-3"))


_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")  # CJK ideographs (basic block and extension A)


def line_features(
    blocks: Sequence[Block], i: int, body: set[str] | None = None, context: PageContext | None = None
) -> dict[str, float]:
    """The features of ``blocks[i]`` (name → value). ``body``: the character pairs of the blocks below
    (computed from them when None); ``context``: the page's landmarks (:func:`page_context`, computed when None)."""
    block = blocks[i]
    text = "".join(block.text.split()).replace("《", "").replace("》", "")
    n = len(text)
    f: dict[str, float] = {"bias": 1.0, "len:" + _length_bin(n): 1.0, "len": min(n, 120) / 40.0}
    f["pos"] = min(i, CANDIDATES) / CANDIDATES
    f["frac"] = i / max(len(blocks), 1)
    if i < 3:
        f[f"pos:{i}"] = 1.0
    f["block:" + str(block.kind)] = 1.0
    kind = kind_of(text) if n else None
    if kind is not None:
        f["kind"] = 1.0
        f["kind:" + kind] = 1.0
    for ending in HEAD_ENDINGS:
        if text.endswith(ending):
            f["end:" + ending] = 1.0
    for word in HEAD_WORDS:
        if word in text:
            f["has:" + word] = 1.0
    for mark in PUNCTUATION:
        count = text.count(mark)
        if count:
            f[f"p:{mark}"] = min(count, 3) / 3.0
    if n:
        f["last:" + ("punct" if not text[-1].isalnum() else "digit" if text[-1].isdigit() else "char")] = 1.0
    digits = sum(ch.isdigit() for ch in text)
    if digits:
        f["digits"] = min(digits, 12) / 12.0
    ascii_letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    if ascii_letters:
        f["ascii"] = min(ascii_letters, 20) / 20.0
    if is_date_line(block.text):
        f["date_line"] = 1.0
    if publish_date(block.text):
        f["publish"] = 1.0
    if any(True for _ in scan_doc_numbers(block.text)):
        f["docnumber"] = 1.0
    for name, test in _CHROME_TESTS:
        if test(block.text):
            f["chrome:" + name] = 1.0
    below = blocks[i + 1 : i + 1 + BODY_WINDOW]
    if body is None:
        body = _bigrams("".join(b.text for b in below))
    own = _bigrams(text)
    if own:
        f["repeat"] = len(own & body) / len(own)
    for side, k in (("prev", i - 1), ("next", i + 1)):
        if 0 <= k < len(blocks):
            other = "".join(blocks[k].text.split())
            f[f"{side}:len:" + _length_bin(len(other))] = 1.0
            f[f"{side}:block:" + str(blocks[k].kind)] = 1.0
            if other and kind_of(other) is not None:
                f[f"{side}:kind"] = 1.0
            if publish_date(blocks[k].text):
                f[f"{side}:publish"] = 1.0
            if "。" in other:
                f[f"{side}:prose"] = 1.0
            if is_site_chrome(blocks[k].text):
                f[f"{side}:chrome"] = 1.0
            if len(other) < n:
                f[f"{side}:shorter"] = 1.0
        else:
            f[f"{side}:none"] = 1.0
    if strip_site_suffix(block.text) != block.text:
        f["site_suffix"] = 1.0
    if n >= 4 and any("".join(b.text.split()).replace("《", "").replace("》", "") == text for b in below):
        f["printed_again"] = 1.0
    # the line's form against the page's landmarks (session 21, heads21): any site's layout, no site's words
    if FORM_FEATURES:
        if context is None:
            context = page_context(blocks)
        f["to_publish:" + _offset(i, context.publish)] = 1.0
        f["to_date:" + _offset(i, context.date)] = 1.0
        f["to_body:" + _offset(i, context.body)] = 1.0
        if n:
            head = text[:CJK_WINDOW]  # a title's share is read from its start: constant cost per line
            f["cjk"] = len(_CJK_RE.findall(head)) / len(head)
            if n == context.longest and not _prose(text):
                f["longest"] = 1.0
    if NGRAM_BUCKETS:
        for gram in {text[k : k + 1] for k in range(n)} | own:
            key = f"g:{_hash(gram)}"
            f[key] = 1.0
    return f


_CHROME_TESTS = (
    ("site_chrome", is_site_chrome),
    ("menu", is_menu_line),
    ("site_name", is_site_name),
    ("column", is_column_name),
    ("widget", is_widget_line),
    ("slogan", is_slogan),
    ("image", is_image_line),
    ("body_marker", is_body_marker),
)


@cache
def _weights() -> dict[str, float]:
    from head_weights import WEIGHTS  # on first use only: the CLI starts without it

    return WEIGHTS


def score_features(features: dict[str, float]) -> float:
    """The model's probability that the line is (part of) a document's title."""
    weights = _weights()
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def head_score(blocks: Sequence[Block], i: int) -> float:
    """The probability that ``blocks[i]`` is (part of) a document's title."""
    return score_features(line_features(blocks, i))
