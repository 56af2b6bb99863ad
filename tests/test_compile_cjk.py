"""vocab.common.compile_cjk: the patterns it compiles with ``regex`` find what ``re`` finds.

``compile_cjk`` exists for start-up speed (``re`` builds each CJK class in a Python loop); it is
only correct if, for every pattern that goes through it, the two engines agree. Checked three
ways: the helper's own rewrites and refusals (table), every such pattern over every line and
every whole text of the samples, and every such pattern over random text made of the characters
where the engines could differ (Hypothesis).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gazette_extract.pipeline  # noqa: F401 - imports every stage, so every compile_cjk call has run
from gazette_extract.vocab.common import CJK, COMPILED_CJK, LazyPattern, compile_cjk

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXTS = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLES.rglob("*.txt"))]
LINES = sorted({line for text in TEXTS for line in text.splitlines() if line.strip()})

# Every pattern compiled by compile_cjk at import, with both engines: (re, regex) pairs.
PAIRS = [(re.compile(p, flags), compile_cjk(p, flags)) for p, flags in dict.fromkeys(COMPILED_CJK)]


def _found(pattern: Any, text: str) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
    """Every match of ``pattern`` in ``text``: its span and its groups (either engine)."""
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_pipeline_compiles_patterns_with_compile_cjk() -> None:
    assert len(PAIRS) >= 20  # the patterns this test guards are there (a test that cannot fail is none)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        pytest.param(rf"[{CJK}]\s[{CJK}]", "一\x1c二", id="\\s-takes-U+001C-like-re"),
        pytest.param(rf"[{CJK}][\s,]+[{CJK}]", "一\x1f,二", id="\\s-in-a-class"),
        pytest.param(rf"[{CJK}]\S", "一\x1d二三", id="\\S-refuses-U+001D-like-re"),
        pytest.param(rf"[{CJK}]\S", "一二", id="\\S-takes-CJK"),
        pytest.param(rf"[^\s{CJK}]+", "ab\x1ecd一", id="negated-class-with-\\s"),
        pytest.param(rf"[]{CJK}]+", "]一]", id="]-first-in-a-class"),
        pytest.param(rf"[\]{CJK}]\s", "]\x1c", id="escaped-]-in-a-class"),
        pytest.param(rf"\\s[{CJK}]", "\\s一", id="an-escaped-backslash-is-not-\\s"),
        pytest.param(rf"(?x) [{CJK}] \s  # a comment with [ and \s\n [{CJK}]", "一\x1c二", id="verbose-comment"),
        pytest.param(rf"[{CJK}][\u3000]", "一\u3000", id="escaped-ideographic-space"),
        pytest.param(rf"(?<=[{CJK}])\d+(?=[{CJK}])", "第１２条 二2021年", id="unicode-digits"),
    ],
)
def test_compile_cjk_matches_as_re_does(pattern: str, text: str) -> None:
    assert _found(compile_cjk(pattern), text) == _found(re.compile(pattern), text)
    assert _found(re.compile(pattern), text)  # each row finds something


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        pytest.param(rf"[{CJK}]\w", 0, id="\\w"),
        pytest.param(rf"\b[{CJK}]", 0, id="\\b"),
        pytest.param(rf"[{CJK}]\W", 0, id="\\W"),
        pytest.param(rf"[{CJK}]a", re.IGNORECASE, id="ignorecase-flag"),
        pytest.param(rf"(?i)[{CJK}]a", 0, id="inline-ignorecase"),
        pytest.param(rf"[{CJK}]\d", re.ASCII, id="ascii"),
        pytest.param(rf"[[:alpha:]{CJK}]", 0, id="posix-class"),
        pytest.param(rf"[^\S{CJK}]", 0, id="\\S-inside-a-class"),
        pytest.param(f"[{CJK}]\u3000[{CJK}]", re.VERBOSE, id="verbose-literal-ideographic-space"),
        pytest.param(f"(?x)[{CJK}]\u00a0", 0, id="inline-verbose-literal-nbsp"),
    ],
)
def test_compile_cjk_refuses_what_regex_reads_otherwise(pattern: str, flags: int) -> None:
    with pytest.raises(ValueError, match="compile_cjk"):
        compile_cjk(pattern, flags)


def test_every_compile_cjk_pattern_agrees_with_re_on_every_sample_line() -> None:
    for re_pattern, regex_pattern in PAIRS:
        for line in LINES:
            assert _found(regex_pattern, line) == _found(re_pattern, line), (re_pattern.pattern[:80], line)
            m, n = re_pattern.match(line), regex_pattern.match(line)
            assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups())), (re_pattern.pattern[:80], line)


def test_every_compile_cjk_pattern_agrees_with_re_on_whole_texts() -> None:
    for re_pattern, regex_pattern in PAIRS:
        for text in TEXTS:
            assert _found(regex_pattern, text) == _found(re_pattern, text), re_pattern.pattern[:80]
            assert regex_pattern.sub("<>", text) == re_pattern.sub("<>", text), re_pattern.pattern[:80]


# Characters where the engines could part: Chinese text and punctuation, names' dots, brackets,
# digits (ASCII, full-width, Chinese), every kind of space (U+001C–U+001F: re's \s only), line ends.
_ALPHABET = st.sampled_from(
    list("区财政局发改委职务同志任免去为兼副主任办公室关于印发的通知京政〔〕（）()、，。；：:,;《》“”·•号第年月日底前")
    + list("0123456789０１２３\u3007一二十")
    + [" ", "\t", "\n", "\u3000", "\u00a0", "\x1c", "\x1d", "\x1e", "\x1f", "\u2028", "\x85", "\u200b"]
    + ["㐀", "龥", "﨑", "𠀋", "a", "Z", "ā", "_", "]", "["]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_every_compile_cjk_pattern_agrees_with_re_on_any_text(text: str) -> None:
    for re_pattern, regex_pattern in PAIRS:
        assert _found(regex_pattern, text) == _found(re_pattern, text), re_pattern.pattern[:80]
        m, n = re_pattern.match(text), regex_pattern.match(text)
        assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups())), re_pattern.pattern[:80]


# --- LazyPattern: compiled on first use, then the compiled pattern's own methods ---------------

_LAZY_TEXT = "区财政局、区发改委\n京政发〔2021〕1号 区教委"


@pytest.mark.parametrize(
    ("method", "args"),
    [
        pytest.param("match", (_LAZY_TEXT,), id="match"),
        pytest.param("search", (_LAZY_TEXT, 3), id="search-from"),
        pytest.param("fullmatch", ("区教委",), id="fullmatch"),
        pytest.param("findall", (_LAZY_TEXT,), id="findall"),
        pytest.param("sub", ("<>", _LAZY_TEXT), id="sub"),
        pytest.param("subn", (lambda m: m.group()[::-1], _LAZY_TEXT), id="subn-callable"),
        pytest.param("split", (_LAZY_TEXT,), id="split"),
    ],
)
def test_lazy_pattern_answers_as_the_compiled_pattern(method: str, args: tuple[Any, ...]) -> None:
    pattern = rf"[{CJK}]{{2,3}}(?:局|委)"
    lazy = LazyPattern(pattern)
    for _ in range(2):  # the first call compiles, the second runs on the compiled pattern's method
        expected = getattr(re.compile(pattern), method)(*args)
        got = getattr(lazy, method)(*args)
        assert (_found_value(got) if method in ("match", "search", "fullmatch") else got) == (
            _found_value(expected) if method in ("match", "search", "fullmatch") else expected
        )
    assert method in vars(lazy)  # the compiled pattern's method now sits on the instance


def _found_value(m: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    return m and (m.span(), m.group())


def test_lazy_pattern_compiles_only_when_used() -> None:
    lazy = LazyPattern(r"[")  # an invalid pattern: nothing happens until it is used
    assert lazy.pattern == "["
    with pytest.raises(re.error):
        lazy.search("[")


def test_lazy_pattern_method_taken_before_first_use() -> None:
    lazy = LazyPattern(rf"[{CJK}]+局")
    search = lazy.search  # as map(P.search, pieces) takes it
    assert [m and m.group() for m in map(search, ["区财政局", "abc", "教育局"])] == ["区财政局", None, "教育局"]
    assert search("x局") is None


_OFFENDERS = """
import re, sys
import gazette_extract.pipeline
from gazette_extract.vocab.common import CJK
modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("gazette_extract.")]
print(len(modules))
for module in modules:
    if module.__name__ != "gazette_extract.text.spans":
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and CJK in value.pattern:
                print(f"{module.__name__}.{name}")
"""


def test_importing_the_pipeline_compiles_no_cjk_class_with_re() -> None:
    """Every pattern of the pipeline with the CJK class goes through compile_cjk or LazyPattern,
    so that importing it compiles none with re (2–3 ms each). Exception: text/spans, whose
    patterns are typed re.Pattern in its functions and built from others' .pattern."""
    out = subprocess.run([sys.executable, "-c", _OFFENDERS], capture_output=True, text=True, check=True).stdout
    count, *offenders = out.split()
    assert int(count) > 20  # the stages were imported
    assert offenders == []
