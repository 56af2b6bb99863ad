"""Spans found *as printed* equal spans found in the fold.

``SourceSpans`` looks a record's value up as printed first (``str.find`` in its raw lines) and
folds the lines only when that fails or cannot be proved to be the first folded occurrence; it
folds only a record's lines, never the whole text. These properties hold both shortcuts to the
plain definition: the spans are those of the fold-only search, and the fold of a record's lines
is the whole text's fold there.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazette_extract.text.spans import _SPLIT, DROP_RE, SourceSpans, _drop_re, _Fold, fold

# Pieces of printed text: Chinese, digits in both widths, ASCII and full-width punctuation, and
# what the fold drops (spaces, line ends, Markdown marks), with entities and pinyin glosses.
PIECES = [
    "新增",
    "学位",
    "区教委",
    "完成",
    "任务",
    "。",
    "，",
    "（",
    "）",
    "(",
    ")",
    ":",
    "：",
    "2021",
    "２０２１",
    "1",
    "１",
    "年",
    " ",
    "  ",
    "\u3000",
    "\n",
    "\r\n",
    "**",
    "# ",
    "> ",
    "|",
    "1. ",
]
ODD = ["&nbsp;", "&amp;", "發(fā)", "制（zhì）"]


def _texts(odd: bool) -> st.SearchStrategy[str]:
    pieces = st.sampled_from(PIECES + ODD if odd else PIECES)
    return st.lists(pieces, min_size=1, max_size=60).map("".join)


@st.composite
def _case(draw: st.DrawFn, odd: bool) -> tuple[str, list[tuple[int, int, str, tuple[str, ...], str, bool]]]:
    """A text and the records searched in it: lines, key, extras, kind, after."""
    text = draw(_texts(odd))
    n = text.replace("\r\n", "\n").count("\n") + 1
    folded = fold(text)
    word = st.one_of(
        st.builds(lambda i, k: folded[i : i + k], st.integers(0, max(len(folded) - 1, 0)), st.integers(1, 14)),
        st.sampled_from(["区教委", "完成任务。", "2021年", "新增学位，", "不在文中"]),
    )
    records = []
    for _ in range(draw(st.integers(1, 8))):
        first = draw(st.integers(1, n))
        last = draw(st.integers(first, n))
        key = draw(word)
        extras = tuple(draw(st.lists(word, max_size=3)))
        kind = draw(st.sampled_from(["task", "appointment", "member"]))
        records.append((first, last, key, extras, kind, draw(st.booleans())))
    return text, records


def _spans(text: str, records: list[Any], *, as_printed: bool) -> list[dict[str, int]]:
    src = SourceSpans(text, as_printed=as_printed)
    return [
        src.span(first, last, (key,), extras, after=after, kind=kind)
        for first, last, key, extras, kind, after in records
    ]


@pytest.mark.parametrize("odd", [pytest.param(False, id="plain"), pytest.param(True, id="entities-and-glosses")])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_spans_as_printed_equal_spans_in_the_fold(odd: bool, data: st.DataObject) -> None:
    text, records = data.draw(_case(odd))
    assert _spans(text, records, as_printed=True) == _spans(text, records, as_printed=False)


@settings(max_examples=200, deadline=None)
@given(text=_texts(odd=True), data=st.data())
def test_the_fold_of_a_records_lines_is_the_whole_texts_fold_there(text: str, data: st.DataObject) -> None:
    src = SourceSpans(text)
    n = src.count
    first = data.draw(st.integers(1, n))
    start, end = src.lines(first, data.draw(st.integers(first, n)))
    split = _SPLIT[_drop_re(text) is DROP_RE]  # as the whole text is folded
    whole = _Fold(text, 0, len(text), split)
    lines = src._fold(start, end, src._is_plain(start, end))  # as a record's lines are folded
    assert lines.folded == whole.folded[whole.to_folded(start) : whole.to_folded(end)]
    for i in range(len(lines.folded)):
        assert lines.to_source(i) == whole.to_source(whole.to_folded(start) + i)


def test_a_value_printed_as_extracted_is_found_where_it_is_printed() -> None:
    """The common case: the task's text printed whole on its line, after its item number."""
    text = "一、主要任务\n1. 新增1680个学位。（牵头单位：区教委）\n2. 新增1680个学位。\n"
    src = SourceSpans(text)
    first = src.span(2, 2, ("新增1680个学位。",), ("区教委",), kind="task")
    second = src.span(3, 3, ("新增1680个学位。",), kind="task")
    assert text[first["start"] : first["end"]] == "新增1680个学位。（牵头单位：区教委）"
    assert text[second["start"] : second["end"]] == "新增1680个学位。"


def test_an_earlier_folded_occurrence_wins_over_a_later_printed_one() -> None:
    """新 增 (spaced) comes first: the span is that one, not the later 新增 printed whole."""
    text = "新 增学位，新增学位。"
    span = SourceSpans(text).span(1, 1, ("新增学位",))
    assert text[span["start"] : span["end"]] == "新 增学位"
