"""Throughput round speed19 (issue 14): patterns that ``re`` tried at every position, given a form it scans for.

A pattern that opens on a look-behind or on a repeat (``X{1,3}``) gives ``re``'s search no first character to scan
for, so the engine tries the whole pattern at every position of the text. Each pattern below was rewritten or put
behind a scannable one with the same matches:

* the forum jammer (``text.normalize._JAMMER_RE``, run over a whole text by ``fold_text`` and twice by the span
  stage) is given only the lines ``_JAMMER_LINE_RE`` finds, which every run holds;
* ``_WRAPPED_RE`` (a word split by a wrapped line's space) opens on the space, its word's first character looked
  behind it;
* ``_ADDRESS_TITLE_RE`` (牧师, 太平绅士 … after a name) carries its look-behind after each title's first character;
* ``_COUNTED_LIST_GATE_RE`` opens on its count's first character (X X{0,2} for X{1,3});
* ``_ENTRY_NUMBER_RE`` (（一） 一、 1. ①) reads its first character by one class, each form's first characters
  looked behind it;
* three runs of a class, X+, are written X X* (the same matches): ``fold_text``'s ``_FOLD_RUN_RE``, the span
  stage's ``SPACE_RE`` and ``records.people._TOKEN_SPLIT_RE``.

Each is held to the former form (kept here as the reference) on rows of the forms it reads and near-misses it must
leave alone, on generated texts (Hypothesis) and on every sample; the new patterns are checked linear.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract.records import people
from gazette_extract.records.appointments import lists as appointment_lists
from gazette_extract.records.appointments import news_trad
from gazette_extract.text import normalize, spans
from gazette_extract.text.normalize import _JAMMER_RE, _jammer_dropped, fold_text, jammer_runs_replaced
from gazette_extract.vocab.common import CJK, alternation
from gazette_extract.vocab.numerals import CN_ORDINALS
from gazette_extract.vocab.personnel import ADDRESS_TITLES_AFTER_NAME, WRAPPED_WORDS

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))

# --- the former patterns: the reference -------------------------------------------------------------------------

OLD_WRAPPED_RE = re.compile("|".join(f"(?<={w[0]})[ \u3000]{{1,2}}(?={w[1:]})" for w in WRAPPED_WORDS))
OLD_ADDRESS_TITLE_RE = re.compile(
    rf"(?<=[{CJK}]{{2}})(?:{alternation(ADDRESS_TITLES_AFTER_NAME)})(?=[为、，,和及]|出任|获委任|担任|接任)"
)
OLD_COUNTED_LIST_GATE_RE = re.compile(r"[\d一二两三四五六七八九十]{1,3}[位名][^，,。；;]{2,16}?(?:分别)?(?:为|是)")
OLD_ENTRY_NUMBER_RE = re.compile(
    rf"(?:[（(][{CN_ORDINALS}\d０-９]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|[\d０-９]{{1,3}}[.．、](?![\d０-９])"
    rf"|[{appointment_lists._CIRCLED_NUMBERS}])"
)
OLD_FOLD_RUN_RE = re.compile(normalize._FOLD_NEEDED_RE.pattern + "+")
OLD_SPACE_RE = re.compile(spans._SPACE_MARKS)
OLD_TOKEN_SPLIT_RE = re.compile(r"[\s\u3000]+")
# (former, new) pairs of the patterns whose every match, search from any place, sub and split must agree
PAIRS = [
    (OLD_ENTRY_NUMBER_RE, appointment_lists._ENTRY_NUMBER_RE),
    (OLD_FOLD_RUN_RE, normalize._FOLD_RUN_RE),
    (OLD_SPACE_RE, spans.SPACE_RE),
    (OLD_TOKEN_SPLIT_RE, people._TOKEN_SPLIT_RE),
]


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group()) if not _jammer_dropped(m) else m.group()


def _marked(m: re.Match[str]) -> str:
    """Every match shown, so that a match found at another place or of another length differs."""
    return f"<{m.group()}>"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _same_jammer_reading(text: str) -> None:
    for replace in (_jammer_dropped, _blank, _marked):
        assert jammer_runs_replaced(text, replace) == _JAMMER_RE.sub(replace, text)


def _same_pattern_reading(text: str) -> None:
    assert _spans(news_trad._WRAPPED_RE, text) == _spans(OLD_WRAPPED_RE, text)
    assert news_trad._WRAPPED_RE.sub("", text) == OLD_WRAPPED_RE.sub("", text)
    assert _spans(news_trad._ADDRESS_TITLE_RE, text) == _spans(OLD_ADDRESS_TITLE_RE, text)
    assert _spans(appointment_lists._COUNTED_LIST_GATE_RE, text) == _spans(OLD_COUNTED_LIST_GATE_RE, text)
    for at in range(0, len(text), 7):  # search from inside the text, as callers do with pos
        old, new = OLD_COUNTED_LIST_GATE_RE.search(text, at), appointment_lists._COUNTED_LIST_GATE_RE.search(text, at)
        assert (old and old.span()) == (new and new.span())
    for old_re, new_re in PAIRS:
        assert _spans(new_re, text) == _spans(old_re, text)
        assert new_re.sub(_marked, text) == old_re.sub(_marked, text)
        assert new_re.split(text) == old_re.split(text)
        for at in range(len(text)):  # match and search at every place (match: _ENTRY_NUMBER_RE after a clause)
            old, new = old_re.match(text, at), new_re.match(text, at)
            assert (old and old.span()) == (new and new.span())
            old, new = old_re.search(text, at), new_re.search(text, at)
            assert (old and old.span()) == (new and new.span())


# --- the jammer ---------------------------------------------------------------------------------------------

JAMMER = '& L. [" f: o0 _, Y( T* [3 n'  # pages18's form: pieces of one to three characters apart by blanks
JAMMER_ROWS = [
    pytest.param(JAMMER + "\n关于撤销的通知", id="run-at-the-text-start"),
    pytest.param("关于撤销的通知9 x0 G- Z! G2 Z5 Y$ q\n正文", id="glued-after-a-title"),
    pytest.param('统一管理。. f& D8 I6 ~% g) f" x# R- p', id="after-a-sentence-at-the-text-end"),
    pytest.param("二○一○年十二月二日8 a/ T9 Z$ d% I' e8 o4 h j.\n", id="after-a-date"),
    pytest.param("甲\u3000a# b& c% d$ e^ f\u3000乙", id="ideographic-blanks"),
    pytest.param("甲 a# b& c% d$ e^ f\r\n乙 g# h& i% j$ k^ l\r\n", id="crlf-lines"),
    pytest.param("\n".join([JAMMER] * 5), id="a-run-on-every-line"),
    pytest.param(" ".join(["a#"] * 60), id="a-line-longer-than-one-run"),
    pytest.param("甲 " + " ".join(["a#"] * 24) + "\n乙 " + " ".join(["b&"] * 25), id="24-and-25-pieces"),
    pytest.param("甲\n\n" + JAMMER + "\n\n" + JAMMER, id="blank-lines-between"),
    pytest.param("#" + JAMMER, id="glued-to-an-ascii-mark"),
    pytest.param("a# b& c% d$ e^\na# b& c% d$ e^", id="two-lines-of-five"),
    # near-misses: no run, or a run the callback keeps
    pytest.param("甲 a# b& c% d$ 乙", id="four-pieces"),
    pytest.param("甲 abcd e# f& g% h$ 乙", id="a-piece-of-four"),
    pytest.param("甲 a#  b& c% d$ e^ 乙", id="two-blanks-between-pieces"),
    pytest.param("甲 a# b& c%\nd$ e^ f~ 乙", id="broken-by-a-line-end"),
    pytest.param("# 标题 1 2 3 4 5 6", id="digits-only-kept"),
    pytest.param("第 1 2 3 4 5 页 # % &", id="cjk-between"),
    pytest.param("一二三四五", id="no-ascii"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", JAMMER_ROWS)
def test_jammer_rows_read_as_the_whole_text_did(text):
    _same_jammer_reading(text)


def test_the_jammer_rows_read_what_they_say():
    """The rows do exercise the rule: a run with letters and marks is dropped, digits alone stay."""
    assert jammer_runs_replaced(JAMMER + "\n关于撤销的通知", _jammer_dropped) == "\n关于撤销的通知"
    assert jammer_runs_replaced("# 标题 1 2 3 4 5 6", _jammer_dropped) == "# 标题 1 2 3 4 5 6"
    assert jammer_runs_replaced("甲 a# b& c% d$ 乙", _marked) == "甲 a# b& c% d$ 乙"
    assert fold_text("关于撤销的通知9 x0 G- Z! G2 Z5 Y$ q") == "关于撤销的通知"
    assert spans.fold("通知9 x0 G- Z! G2 Z5 Y$ q") == "通知"


_JAMMER_ALPHABET = st.sampled_from([" ", " ", " ", "\u3000", "\n", "\r", "a", "b", "#", "&", ".", "1", "甲", "，"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_JAMMER_ALPHABET, max_size=120).map("".join))
@example("a b c d e")
@example(" a b c d e\n")
@example("\na b c d e ")
def test_generated_texts_read_as_the_whole_text_did(text):
    _same_jammer_reading(text)


def test_the_stages_call_the_line_reader(monkeypatch):
    """fold_text, the span fold and the span stage's base drop the runs through jammer_runs_replaced."""
    seen: list[str] = []

    def recording(text, replace):
        seen.append(text)
        return _JAMMER_RE.sub(replace, text)

    monkeypatch.setattr(normalize, "jammer_runs_replaced", recording)
    monkeypatch.setattr(spans, "jammer_runs_replaced", recording)
    fold_text("甲乙")  # no gate mark: not called
    assert seen == []
    fold_text("甲 " + JAMMER)
    spans.fold("乙 " + JAMMER)
    spans.SourceSpans("丙 " + JAMMER)
    assert seen == ["甲 " + JAMMER, "乙 " + JAMMER, "丙 " + JAMMER]


# --- the appointment patterns ---------------------------------------------------------------------------------

PATTERN_ROWS = [
    # _WRAPPED_RE: every word of the table, one and two blanks, and near-misses
    *[pytest.param(f"張三{w[0]} {w[1:]}X", id=f"wrapped-{w}") for w in WRAPPED_WORDS],
    *[pytest.param(f"張三{w[0]}\u3000\u3000{w[1:]}X", id=f"wrapped-two-ideographic-{w}") for w in WRAPPED_WORDS],
    pytest.param("獲委 任為X，陸永新先 生獲委 任", id="wrapped-twice"),
    pytest.param("獲委   任為X", id="wrapped-three-blanks: no match"),
    pytest.param("獲委 \u3000 任為X", id="wrapped-three-mixed: no match"),
    pytest.param("委 命", id="wrapped-other-second-character: no match"),
    pytest.param(" 任", id="wrapped-at-the-start: no match"),
    pytest.param("委 ", id="wrapped-at-the-end: no match"),
    pytest.param("委\n任", id="wrapped-line-end: no match"),
    # _ADDRESS_TITLE_RE: every title, after two characters, before each follower; near-misses
    *[pytest.param(f"委任陈培辉{t}为成员", id=f"address-{t}") for t in ADDRESS_TITLES_AFTER_NAME],
    *[pytest.param(f"陈培{t}{f}X", id=f"address-before-{f}") for t in ("牧师",) for f in ("、", "，", ",", "和", "及")],
    *[pytest.param(f"王五{t}出任X、李四{t}获委任X", id=f"address-verbs-{t}") for t in ("医生", "大律师")],
    pytest.param("王五资深大律师为X", id="address-longest-first"),
    pytest.param("陈牧师为X", id="address-one-character-before: no match"),
    pytest.param("a牧师为X", id="address-ascii-before: no match"),
    pytest.param("A陈牧师为X", id="address-ascii-two-before: no match"),
    pytest.param("陈培辉牧师说", id="address-no-follower: no match"),
    pytest.param("牧师为X", id="address-at-the-start: no match"),
    # _COUNTED_LIST_GATE_RE: counts of one to three characters, digits and numerals, 位 and 名; near-misses
    pytest.param("会议选举产生5位副主席分别为张三、李四", id="counted-digit"),
    pytest.param("任命十二名同志为", id="counted-two-numerals"),
    pytest.param("共有123位代表是", id="counted-three-digits"),
    pytest.param("共有1234位代表是", id="counted-four-digits: the last three"),
    pytest.param("两位新任副市长分别是", id="counted-two"),
    pytest.param("五位，为", id="counted-comma-between: no match"),
    pytest.param("五位为", id="counted-one-character-between: no match"),
    pytest.param("五人分别为", id="counted-other-measure: no match"),
    pytest.param("位名为", id="counted-no-count: no match"),
    # _ENTRY_NUMBER_RE: every form, ASCII and full-width brackets and digits, and near-misses
    pytest.param("（一）张三为X；(2)李四为Y；（１２）王五", id="entry-bracketed"),
    pytest.param("一、张三 十二、李四 一二三四、王五", id="entry-numeral-comma: three at most"),
    pytest.param("1.张三 12、李四 １２．王五 123.赵六 1234.钱七", id="entry-digits"),
    pytest.param("①张三②李四⑳王五⒛赵六", id="entry-circled"),
    pytest.param("1.5亿 2021.12 3、", id="entry-decimal-left-alone"),
    pytest.param("（一二三四）（）一 、 1 .", id="entry-near-misses"),
    pytest.param("(一）（1)", id="entry-mixed-brackets"),
    # the runs of a class: blanks, marks, full-width letters and digits
    pytest.param("甲 \u3000\t乙\n\n丙**丁__戊|己`庚>辛#壬", id="runs-blanks-and-marks"),
    pytest.param("ＡＢＣ１２３ａ　ｂ", id="runs-full-width"),
    pytest.param(" 甲 ", id="runs-at-both-ends"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", PATTERN_ROWS)
def test_pattern_rows_read_as_the_former_patterns_did(text):
    _same_pattern_reading(text)


def test_the_pattern_rows_read_what_they_say():
    assert news_trad._WRAPPED_RE.sub("", "陸永新先 生獲委 任為X") == "陸永新先生獲委任為X"
    assert news_trad._ADDRESS_TITLE_RE.search("委任陈培辉牧师为成员").group() == "牧师"
    assert news_trad._ADDRESS_TITLE_RE.search("王五资深大律师为X").group() == "资深大律师"
    assert news_trad._ADDRESS_TITLE_RE.search("陈牧师为X") is None
    assert appointment_lists._COUNTED_LIST_GATE_RE.search("共有1234位代表是").group() == "234位代表是"


_PATTERN_ALPHABET = st.sampled_from(
    [" ", "\u3000", "\n", "委", "任", "先", "生", "陈", "培", "牧", "师", "资", "深", "大", "律", "为", "、", "出",
     "1", "五", "十", "位", "名", "分", "别", "是", "，", "a", "（", "(", "）", ")", ".", "．", "１", "①", "Ａ", "*",
     "#", "\t"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PATTERN_ALPHABET, max_size=60).map("".join))
@example("陈培牧师为")
@example("委  任")
@example("1五十位名名为")
def test_generated_texts_match_as_the_former_patterns_did(text):
    _same_pattern_reading(text)


@pytest.mark.slow
def test_every_sample_reads_as_before():
    """Every sample and all of them as one text (the benchmark's input), for every rewritten pattern."""
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in SAMPLE_TEXTS]
    for text in texts:
        _same_jammer_reading(text)
        simplified = text.replace("\r\n", "\n")
        assert news_trad._WRAPPED_RE.sub("", simplified) == OLD_WRAPPED_RE.sub("", simplified)
        assert _spans(news_trad._ADDRESS_TITLE_RE, simplified) == _spans(OLD_ADDRESS_TITLE_RE, simplified)
        assert _spans(appointment_lists._COUNTED_LIST_GATE_RE, simplified) == _spans(
            OLD_COUNTED_LIST_GATE_RE, simplified
        )
    _same_jammer_reading("\n".join(texts))


# --- linear ---------------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "run",
    [
        pytest.param(lambda: jammer_runs_replaced(" a#" * 1_000_000, _jammer_dropped), id="jammer-one-long-line"),
        pytest.param(lambda: jammer_runs_replaced("a# b& c% d$ e^\n" * 100_000, _blank), id="jammer-every-line"),
        pytest.param(lambda: jammer_runs_replaced(" a b c" * 500_000, _marked), id="jammer-near-misses"),
        # every line a run of spaces, one ideographic space at the very end (Chinese text: two-byte characters)
        pytest.param(
            lambda: jammer_runs_replaced("甲 a# b& c% d$ e^\n" * 100_000 + "\u3000a b c d", _blank),
            id="jammer-two-kinds",
        ),
        pytest.param(
            lambda: jammer_runs_replaced("甲\u3000a#\u3000b&\u3000c%\u3000d$\n" * 100_000 + " a b c d", _blank),
            id="jammer-two-kinds-ideographic",
        ),
        pytest.param(lambda: news_trad._WRAPPED_RE.sub("", "委 " * 1_000_000), id="wrapped-blanks"),
        pytest.param(lambda: news_trad._ADDRESS_TITLE_RE.sub("", "陈培大律" * 500_000), id="address-near-misses"),
        pytest.param(lambda: appointment_lists._COUNTED_LIST_GATE_RE.search("一二三位" * 500_000), id="counted"),
        pytest.param(lambda: appointment_lists._ENTRY_NUMBER_RE.search("（一二三四" * 500_000), id="entry-number"),
        pytest.param(lambda: appointment_lists._ENTRY_NUMBER_RE.findall("1234." * 500_000), id="entry-digits"),
        pytest.param(lambda: normalize._FOLD_RUN_RE.sub("", "Ａ甲" * 1_000_000), id="fold-runs"),
        pytest.param(lambda: spans.SPACE_RE.sub("", " 甲" * 1_000_000), id="space-runs"),
        pytest.param(lambda: people._TOKEN_SPLIT_RE.split(" 甲\u3000" * 1_000_000), id="token-split"),
    ],
)
def test_linear(run):
    with finishes_within(10):
        run()
