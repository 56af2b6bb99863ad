"""Throughput round speed20 (issue 14): a block-wide gate search asks ``in`` for its key characters first.

``_pattern_cache.required_chars`` reads off a parsed pattern the smallest set of characters one of which every
match holds (a literal, a class of literals, a repeat of at least one, a group, a branch whose every alternative
holds one — a greedy cover of the alternatives); ``gated_search`` is ``pattern.search`` that gives None without
searching a text holding none of them, when there are one or two. Used for the appointment stage's counted-list
gate (位 / 名) and the roster stage's 调整为 gate (为), each searched on every block.

Held here: the key characters on rows of the forms they are read off and of the forms that give none (optional
parts, look-arounds, case-insensitive, negated classes, ranges, an alternative with nothing required); every
package pattern's keys sound on rows, generated texts (Hypothesis) and every line of the sample (a match without
one of its keys would make the gate drop it); the gated searches equal the former plain searches (the reference)
on rows, generated texts and every sample; and linear.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract import _pattern_cache
from gazette_extract._pattern_cache import gated_search, required_chars
from gazette_extract.records import appointments, rosters
from gazette_extract.records.appointments import lists as appointment_lists

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))

# --- the former gates: the reference (a plain search of the block) -----------------------------------------------

OLD_GATES = [
    (appointment_lists._COUNTED_LIST_GATE_RE.search, appointments._counted_list_gate),
    (rosters._ADJUSTED_VERB_RE.search, rosters._adjusted_verb),
]

# --- required_chars: rows -------------------------------------------------------------------------------------

KEY_ROWS = [
    # (pattern, flags, keys or None)
    ("任命", 0, {"任"}),  # a literal: its first character (any of them would do)
    ("[位名]同志", 0, {"同"}),  # the smallest set: one character beats a class of two
    (r"\d{1,3}[位名]", 0, {"位", "名"}),  # a class of literals after a repeat of a category
    (r"(?:调整|变更|更换)为|改为", 0, {"为"}),  # a branch: every alternative holds 为
    ("调整为|变更为|更换为|更改为|改为", 0, {"为"}),
    ("先生|女士", 0, {"先", "士"}),  # a cover of two alternatives (the first character in code-point order of a tie)
    ("(?P<x>甲)+乙?", 0, {"甲"}),  # a repeat of at least one, in a group
    ("(?>甲)", 0, {"甲"}),  # an atomic group
    ("(?:甲|乙)(?:丙|丁)", 0, {"甲", "乙"}),
    ("(?<=甲)乙", 0, {"乙"}),  # the look-behind's 甲 is not in the match: never a key
    ("abc", re.ASCII, {"a"}),
    ("(?i:A)b", 0, {"b"}),  # the case-insensitive group gives nothing, the rest does
    # near-misses: nothing every match must hold
    ("甲?", 0, None),  # optional
    ("甲*", 0, None),  # zero or more
    ("甲{0,3}", 0, None),
    ("(?=甲)", 0, None),  # a look-ahead consumes nothing
    ("(?<=甲)", 0, None),
    ("(?!甲).", 0, None),
    ("[^甲]", 0, None),  # a negated class
    ("[乙-甲]", 0, None),  # a range
    (r"\d", 0, None),  # a category
    (r"[\s甲]", 0, None),  # a class with a category
    (".", 0, None),
    ("甲|", 0, None),  # an empty alternative
    ("甲|.", 0, None),  # an alternative with no key
    ("abc", re.IGNORECASE, None),  # case-insensitive: A would match too
    ("(?i)abc", 0, None),
    (r"(甲)\1", 0, {"甲"}),  # a back-reference is no key; the group is
    ("^$", 0, None),
]


def _keys(pattern: str, flags: int) -> set[str] | None:
    found = required_chars(re.compile(pattern, flags))
    return None if found is None else set(found)


@pytest.mark.parametrize(("pattern", "flags", "keys"), KEY_ROWS, ids=[f"{p}/{f}" for p, f, _ in KEY_ROWS])
def test_key_rows(pattern, flags, keys):
    assert _keys(pattern, flags) == keys


def test_key_rows_are_unique():
    assert len({(p, f) for p, f, _ in KEY_ROWS}) == len(KEY_ROWS)


def test_the_gates_keys():
    assert required_chars(appointment_lists._COUNTED_LIST_GATE_RE) == frozenset("位名")
    assert required_chars(rosters._ADJUSTED_VERB_RE) == frozenset("为")


# --- gated_search: the same as the search --------------------------------------------------------------------

GATE_ROWS = [
    "新成员共16位委员分别为张三、李四",
    "三名同志分别是张三和李四",
    "组长调整为张三",
    "副组长变更为李四同志",
    "16人分别为张三",  # near-miss: no 位 / 名
    "十六位",  # near-miss: no list after the count
    "调整",  # near-miss: no 为
    "为",
    "",
    "名",
    "位名",
]


def _same_gates(text: str) -> None:
    for old, new in OLD_GATES:
        before, after = old(text), new(text)
        assert (before is None) == (after is None)
        if before is not None and after is not None:
            assert before.span() == after.span()


@pytest.mark.parametrize("text", GATE_ROWS)
def test_gate_rows_read_as_the_searches_did(text):
    _same_gates(text)


def test_gate_rows_read_what_they_say():
    assert appointments._counted_list_gate("新成员共16位委员分别为张三、李四") is not None
    assert appointments._counted_list_gate("16人分别为张三") is None
    assert rosters._adjusted_verb("组长调整为张三") is not None
    assert rosters._adjusted_verb("调整") is None


def test_a_pattern_with_many_keys_keeps_its_search():
    pattern = re.compile("甲|乙|丙")
    assert gated_search(pattern) == pattern.search  # three keys: three `in` tests would cost what the search does
    nothing = re.compile("甲?")
    assert gated_search(nothing) == nothing.search


# --- every package pattern's keys are sound ----------------------------------------------------------------------

PACKAGE_PATTERNS = sorted(
    {(p.pattern, p.flags): p for p in _pattern_cache.COMPILED}.values(), key=lambda p: (p.pattern, p.flags)
)
KEYED = [(p, keys) for p in PACKAGE_PATTERNS if (keys := required_chars(p)) is not None]


def _sound(text: str) -> None:
    """A text holding none of a pattern's keys is matched nowhere by it."""
    for pattern, keys in KEYED:
        if keys.isdisjoint(text):
            assert pattern.search(text) is None, (pattern.pattern[:80], text[:80])


def test_patterns_have_keys():
    assert len(KEYED) > 100  # the package's patterns were read (the modules are imported by the gates above)


SOUND_ROWS = [
    "一、经研究，决定任命张三为北京市平谷区发展和改革委员会主任；免去李四的北京市平谷区财政局局长职务。",
    "2021年1月5日 发布时间：2021-01-05 09:30 来源：平谷区人民政府",
    "（一）牵头单位：区发展改革委；配合单位：区财政局。完成时限：2021年12月底前",
    "组长：张三（区长）副组长：李四、王五 成员：赵六 领导小组办公室设在区政府办公室",
    "平政发〔2021〕1号 京政办字[2020]12号 第3号令",
    "Mr. Chan, JP; 陈大文先生，GBS，太平绅士 获委任为主席",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", SOUND_ROWS)
def test_keys_sound_on_rows(text):
    _sound(text)


@pytest.mark.slow
def test_keys_sound_on_the_samples_lines():
    """Every line of the sample: a pattern that matches a line holds one of its keys there."""
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        _sound(line)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="位名为调整更改变换十六三2人同志分别是张李：:，。、 \u3000（）()", max_size=40))
@example("十六位委员分别为张三")
def test_generated_texts_gate_as_the_searches_did(text):
    _same_gates(text)
    _sound(text)


@pytest.mark.slow
def test_every_sample_gates_as_before():
    """Every sample's blocks (its paragraphs) and all of them as one text, for both gates."""
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in SAMPLE_TEXTS]
    for text in texts:
        for paragraph in text.split("\n"):
            _same_gates(paragraph)
    _same_gates("\n".join(texts))


# --- linear ---------------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "run",
    [
        pytest.param(lambda: appointments._counted_list_gate("甲" * 2_000_000 + "位"), id="counted-key-at-end"),
        pytest.param(lambda: appointments._counted_list_gate("十六位委员" * 400_000), id="counted-near-misses"),
        pytest.param(lambda: rosters._adjusted_verb("调整" * 1_000_000 + "为"), id="adjusted-key-at-end"),
    ],
)
def test_linear(run):
    with finishes_within(10):
        run()
