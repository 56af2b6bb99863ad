"""Round speed22: the first characters of every match written into a pattern's program (_pattern_cache.with_first_chars).

Where ``re``'s compiler gives a pattern's search no first characters (the pattern opens on a look-behind, a repeat, a
group or a branch of classes), ``compile_re`` writes the set of characters a match can begin with into the program's
info block, in the form ``re`` itself writes, so that ``_sre``'s search runs the program only at those positions.
Checked here: the forms the set is read off and the near-misses left as ``re`` made them; every derived pattern of
the package finds what ``re``'s own program finds (search, finditer, sub, split) on rows, on every fifth sample and
on generated texts; and the search stays linear (rows under an alarm, ``benchmarks/linearity.py``'s method).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gazette_extract.pipeline  # noqa: F401 - imports every stage: every module-level pattern is compiled
from gazette_extract import _pattern_cache
from gazette_extract._pattern_cache import COMPILED

ROOT = Path(__file__).resolve().parents[1]


def derived(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern as compile_re builds it from a fresh entry (re's program, with the first characters where read)."""
    plain = re.compile(pattern, flags)
    made = _pattern_cache._entry_of(pattern, flags, plain)
    assert made is not None
    return _sre.compile(pattern, made[0], _pattern_cache._program(made[1]), *made[2:])  # type: ignore[no-any-return]


def finds(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        pytest.param(r"(?<![一二三])号文", "甲号文，三号文，乙号文", id="look-behind-first"),
        pytest.param(r"(?<=\d)\s*年", "2021 年，二〇二一年，5年", id="look-behind-then-optional"),
        pytest.param(r"[（(]?[一二三四五六七八九十]{1,3}[）)、]", "（一）甲 二、乙 (三) 四", id="optional-bracket"),
        pytest.param(r"(?:[甲乙]|丙丁)+戊", "甲戊 丙丁戊 乙乙戊 丙戊", id="repeat-of-branch"),
        pytest.param(r"(?:[，,]\s*任|[；;]\s*免)", "甲，任乙；免丙; 任丁，免", id="branch-of-classes"),
        pytest.param(r"(?P<n>[張张]?)(?:三|四)", "张三 張四 张五 四", id="named-group"),
        pytest.param(r"(?>[甲乙]+)丙", "甲乙丙 乙丙 甲", id="atomic-group"),
        pytest.param(r"(?m)^(?:[一二三]、)?任", "一、任\n任\n二、免", id="line-start-multiline"),
        pytest.param(r"\b(?:[0-9]{2})年", "21年 2021年 x21年", id="word-boundary-first"),
        pytest.param(r"(?=[13])[0-7]{2}", "13 57 35 71 39", id="look-ahead-then-range"),
    ],
)
def test_first_characters_are_read_and_the_matches_stay(pattern: str, text: str) -> None:
    plain, ours = re.compile(pattern), derived(pattern)
    assert ours != plain  # the program got the first characters
    assert finds(ours, text) == finds(plain, text) != []
    for start in range(len(text) + 1):
        a, b = ours.search(text, start), plain.search(text, start)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    assert ours.sub("#", text) == plain.sub("#", text)
    assert ours.split(text) == plain.split(text)


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(r"任免", id="literal-prefix-already"),
        pytest.param(r"[任免]职", id="class-first-already"),
        pytest.param(r"(?:任|免)职", id="branch-of-literals-already"),
        pytest.param(r"[甲乙]*", id="can-match-empty"),
        pytest.param(r"(?<=甲)", id="zero-width-only"),
        pytest.param(r"[^，。]{2}号", id="negated-class-first"),
        pytest.param(r".{2}号", id="any-first"),
        pytest.param(r"(?i)(?:[a-c]|x)+y", id="ignorecase"),
        pytest.param(r"(?:\w|，)+号", id="word-category-first"),
        pytest.param(r"[\u4e00-\u9fff]{2}号", id="all-ideographs-first"),
        pytest.param(r"^(?:[甲乙]|丙)+", id="anchored-at-start"),
        pytest.param(r"\A(?:[甲乙]|丙)+", id="anchored-at-string-start"),
        pytest.param(r"(?a:[0-9]|\d)+年", id="inline-flag-group"),
        pytest.param(r"(?P<a>[甲乙])?(?P=a)丙", id="back-reference"),
        pytest.param(r"(?:[^甲]|乙)丙", id="negated-class-in-branch"),
    ],
)
def test_near_misses_keep_res_program(pattern: str) -> None:
    assert derived(pattern) == re.compile(pattern)


def _package_pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    pairs = []
    for pattern in COMPILED:
        plain = re.compile(pattern.pattern, pattern.flags)
        if pattern != plain:
            pairs.append((pattern, plain))
    return pairs


PAIRS = _package_pairs()


def test_the_package_has_derived_patterns() -> None:
    # (none when the cache is off: GAZETTE_EXTRACT_NO_CACHE=1 gives re's own programs; the rows above need no cache)
    if _pattern_cache.cache_file() is None:
        pytest.skip("pattern cache off")
    assert len(PAIRS) >= 100


def _texts() -> Iterator[str]:
    paths = sorted(p for p in (ROOT / "samples").rglob("*.txt") if p.is_file())
    for path in paths[::5]:
        yield path.read_text(encoding="utf-8", errors="replace")


def test_every_derived_package_pattern_finds_what_re_finds_on_the_samples() -> None:
    texts = list(_texts())
    joined = "\n".join(texts)
    for ours, plain in PAIRS:
        assert finds(ours, joined) == finds(plain, joined), ours.pattern[:80]
        for text in texts[::7]:
            for line in text.splitlines()[:200]:
                a, b = ours.search(line), plain.search(line)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), ours.pattern[:80]


def _alphabet() -> str:
    """Characters the derived patterns open on, and others."""
    chars: set[str] = set("甲乙丙，。；：、（）() 　\n0123456789年月日号任免为")
    for ours, _plain in PAIRS[:60]:
        chars.update(ch for ch in ours.pattern if not ch.isascii())
    return "".join(sorted(chars))[:400]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_alphabet(), max_size=60))
def test_derived_package_patterns_on_generated_texts(text: str) -> None:
    for ours, plain in PAIRS:
        assert finds(ours, text) == finds(plain, text), ours.pattern[:80]


class _Alarm:
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        def fire(_signum: int, _frame: object) -> None:
            raise TimeoutError("not linear")

        signal.signal(signal.SIGALRM, fire)
        signal.alarm(self.seconds)

    def __exit__(self, *exc: object) -> None:
        signal.alarm(0)


def _cpu(work: object) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        work()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    ("pattern", "piece", "n"),
    [
        pytest.param(r"(?<![一二三])号文", "三号号", 20_000, id="first-char-everywhere-look-behind-fails"),
        pytest.param(r"[（(]?[一二三四五六七八九十]{1,3}[）)、]", "（一二三", 20_000, id="near-miss-on-every-piece"),
        pytest.param(r"(?:[，,]\s*任|[；;]\s*免)", "，  ", 20_000, id="separators-and-blanks"),
        pytest.param(r"(?:[，,]\s*任|[；;]\s*免)", "甲乙丙", 20_000, id="no-first-char"),
    ],
)
def test_derived_search_is_linear(pattern: str, piece: str, n: int) -> None:
    ours = derived(pattern)
    assert ours != re.compile(pattern)
    small, large = piece * n, piece * (10 * n)
    with _Alarm(20):
        t_small = _cpu(lambda: list(ours.finditer(small)))
        t_large = _cpu(lambda: list(ours.finditer(large)))
    assert t_large < 30 * max(t_small, 1e-4)
