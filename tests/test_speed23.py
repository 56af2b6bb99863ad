"""Throughput round speed23 (issue 14): a gate's words as a prefix tree (``vocab.common.gate_alternation``).

A gate asks only whether a text holds one of its words (``search(…) is None``). Written as ``alternation`` writes it,
every word is a branch and ``re`` tries each at every position whose character opens one; as a prefix tree
(代(?:理|…)|原|…) it tries one branch a first character. The Traditional forms' gate (``news_trad._FORMS_GATE_RE``,
160 words, searched on every block the appointment stage reads) is built so. Held here:

- rows: words sharing prefixes, words that extend others, escaped marks and blanks, one word, no word;
- the tree finds a word where the plain alternation does, at the same start, on generated texts (Hypothesis) and on
  every line of every sample (nothing printed), and the forms' gate against the gate it replaced;
- the forms' gate is still read off ``_FORMS_GATE_WORDS`` (a word added there is in the pattern);
- linear.

(The round's first attempt, a lexer of the whole document for the stage's families, cost more than the gates it
replaced: see docs/throughput-rounds.md, round speed23.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract.records.appointments import news_trad
from gazette_extract.vocab.common import alternation, gate_alternation

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))

WORD_SETS = [
    pytest.param(("代理", "代", "原", "新任", "新", "当选"), id="shared-and-extended"),
    pytest.param(("卸任", "就任", "退任", "连任", "就职"), id="shared-first-characters"),
    pytest.param(("*", "＊", "※", "#", "获 ", "获\u3000", "先 "), id="marks-and-blanks"),
    pytest.param(("台湾团结联盟", "台湾民众党", "中国国民党", "民主进步党"), id="long-words"),
    pytest.param(("辞",), id="one-word"),
    pytest.param(("a.b", "a+b", "(x)", "[y]", "\\", "^", "$"), id="regex-metacharacters"),
]

TEXTS = [
    "张三代理县长",
    "原局长李四",
    "新任局长",
    "李四连任主席，张三就职",
    "*7 王秀峰先生",
    "获 任为",
    "台湾民众党主席",
    "a+b (x) [y] \\ ^ $ a.b",
    "区政府召开工作会",
    "",
]


def _same_starts(words: tuple[str, ...], text: str) -> None:
    plain = re.compile(alternation(words))
    tree = re.compile(gate_alternation(words))
    assert [m.start() for m in _starts(plain, text)] == [m.start() for m in _starts(tree, text)]
    assert (plain.search(text) is None) == (tree.search(text) is None)


def _starts(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The match at every position where one begins (search from each position: no match hides another)."""
    found = []
    m = pattern.search(text)
    while m is not None:
        found.append(m)
        m = pattern.search(text, m.start() + 1)
    return found


@pytest.mark.parametrize("words", WORD_SETS)
@pytest.mark.parametrize("text", TEXTS)
def test_rows_start_where_the_alternation_does(words: tuple[str, ...], text: str) -> None:
    _same_starts(words, text)


@pytest.mark.parametrize("words", WORD_SETS)
def test_each_word_is_found_and_near_misses_are_not(words: tuple[str, ...]) -> None:
    tree = re.compile(gate_alternation(words))
    for word in words:
        assert tree.search("前" + word + "后") is not None
        if len(word) > 1:  # a word cut short is no match, unless a shorter word is it
            assert (tree.fullmatch(word[:-1]) is not None) == any(word[:-1].startswith(w) for w in words)


def test_the_pattern_is_a_tree_and_stable() -> None:
    assert gate_alternation(("代理", "代", "原")) == "(?:代|原)"  # 代理 needs no branch: 代 stands for it
    assert gate_alternation(("卸任", "就任", "就职")) == "(?:卸任|就(?:任|职))"
    assert gate_alternation(["b", "a"]) == gate_alternation({"a", "b"}) == "(?:a|b)"
    assert gate_alternation(()) == "(?!)"  # no word: a gate that never opens
    assert re.compile(gate_alternation(())).search("任何文字") is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="代理原新任当选就职卸 *.", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="代理原新任当选就职卸 *.张三", max_size=30),
)
@example(["代理", "代"], "代理")
@example(["a", "ab"], "xab")
def test_generated_words_and_texts(words: list[str], text: str) -> None:
    _same_starts(tuple(words), text)


def test_the_forms_gate_is_read_off_its_words() -> None:
    assert news_trad._FORMS_GATE_RE.pattern == gate_alternation(news_trad._FORMS_GATE_WORDS)
    for word in news_trad._FORMS_GATE_WORDS:
        assert news_trad._FORMS_GATE_RE.search(word) is not None, word


def test_every_sample_line_opens_the_forms_gate_as_before() -> None:
    """Every line of every sample (nothing printed: a count of the lines that differ)."""
    before = re.compile(alternation(set(news_trad._FORMS_GATE_WORDS)))  # the gate as speed21 wrote it
    lines = differing = 0
    for path in SAMPLE_TEXTS:
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            lines += 1
            a, b = before.search(line), news_trad._FORMS_GATE_RE.search(line)
            differing += (a is None) != (b is None) or (a is not None and b is not None and a.start() != b.start())
    assert lines > 20_000
    assert differing == 0


@pytest.mark.parametrize(
    "run",
    [
        pytest.param(lambda: news_trad._FORMS_GATE_RE.search("区政府" * 700_000), id="no-word"),
        pytest.param(lambda: news_trad._FORMS_GATE_RE.search("上级" * 1_000_000), id="first-characters-only"),
        pytest.param(lambda: news_trad._FORMS_GATE_RE.search("台湾团结" * 500_000), id="long-prefix-near-misses"),
        pytest.param(lambda: gate_alternation(["甲" * 50 + str(k) for k in range(50_000)]), id="build-shared-prefixes"),
    ],
)
def test_linear(run) -> None:
    with finishes_within(10):
        run()
