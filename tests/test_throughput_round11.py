"""Throughput round 11 (issue 14). The page's lost spaces (a ? for an ideographic space) restored line by
line instead of by one pass of _LOST_SPACE_RE over the whole text.

The pattern opens on a line's start or a look-behind, so ``re`` tried it at every position of the text;
now only the lines holding a ? are given to it. Each line alone must give what the whole text gave: checked
against the former code (kept here as the reference) on generated texts, on rows of each form the rule
reads (and of forms it must leave alone), and on every sample. And the input's digest: OpenSSL's once a run has hashed a MB."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract.text import normalize
from gazette_extract.text.normalize import _LOST_SPACE_LINE_RE, _LOST_SPACE_RE, _lost_spaces_restored, fold_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))


def _whole_text(text: str) -> str:
    """_lost_spaces_restored before the round: one substitution over the whole text."""
    marks = _LOST_SPACE_LINE_RE.finditer(text, 0, 1 << 20)
    if next(marks, None) is None or next(marks, None) is None:
        return text
    return _LOST_SPACE_RE.sub(lambda m: (m.group(1) or "") + "\u3000" * len(m.group(2) or "?"), text)


# two lines that mark the page (a lone ?, and a line opening on "? "): the rule is on below them
MARKED = "?\n? 劉華清(中央軍委副秘書長)\n"

ROWS = [
    # the forms the rule reads, each on a marked page
    pytest.param(MARKED + "組?長:李?鵬(國務院總理)", id="between-two-characters"),
    pytest.param(MARKED + "??經市政府同意，現將…\n??2018年5月14日", id="indent-run-of-two"),
    pytest.param(MARKED + "????經市政府同意", id="indent-run-of-four"),
    pytest.param(MARKED + "?????五個", id="run-of-five: four read, the fifth has no character before it"),
    pytest.param(MARKED + "\u3000 ??牡丹江市人民政府辦公室", id="run-after-spaces"),
    pytest.param(MARKED + "甲?乙?丙\n丁?戊", id="several-on-several-lines"),
    pytest.param(MARKED + "末行?字", id="last-line-no-line-end"),
    pytest.param("組?長\n?\n?\n李?鵬", id="marks-below-the-first-use"),
    pytest.param("??甲\n??乙\n丙?丁", id="marks-are-indent-runs"),
    pytest.param(MARKED + "\n\n甲?乙\n\n", id="blank-lines-around"),
    # forms it must leave alone, on a marked page
    pytest.param(MARKED + "甲?\n乙", id="across-a-line-end"),
    pytest.param(MARKED + "甲\n?乙", id="line-start-then-a-character: a run opens the line"),
    pytest.param(MARKED + "What? 甲", id="ascii-before"),
    pytest.param(MARKED + "甲?a", id="ascii-after"),
    pytest.param(MARKED + "甲？乙", id="full-width-question-mark"),
    pytest.param(MARKED + "甲 ? 乙", id="spaced"),
    # pages without two marks: nothing changes
    pytest.param("組?長:李?鵬", id="no-mark-line"),
    pytest.param("?\n組?長:李?鵬", id="one-mark-line"),
    pytest.param("甲乙丙\n丁戊", id="no-question-mark"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", ROWS)
def test_rows_read_as_the_whole_text_did(text):
    assert _lost_spaces_restored(text) == _whole_text(text)


def test_the_rows_read_what_they_say():
    """The rows do exercise the rule: a ? between characters and an indent run become spaces."""
    assert _lost_spaces_restored(MARKED + "組?長") == "\u3000\n\u3000 劉華清(中央軍委副秘書長)\n組\u3000長"
    assert _lost_spaces_restored(MARKED + "甲?\n乙").endswith("甲?\n乙")
    assert _lost_spaces_restored(MARKED + "??2018年").endswith("\u3000\u30002018年")


_ALPHABET = st.sampled_from(["?", "?", "?", " ", "\u3000", "\n", "\n", "甲", "乙", "國", "a", "1", "，", "？"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.booleans())
@example("?\n?\n甲?乙", False)
@example("甲?", True)
@example("?", True)
def test_generated_texts_read_as_the_whole_text_did(text, marked):
    text = MARKED + text if marked else text
    assert _lost_spaces_restored(text) == _whole_text(text)


def test_every_sample_reads_as_the_whole_text_did():
    """Every sample, and all of them as one text (the benchmark's input: the marks of one page put the
    rule on for the others, as they do in a file that joins pages)."""
    texts = [path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n") for path in SAMPLE_TEXTS]
    for text in texts:
        assert _lost_spaces_restored(text) == _whole_text(text)
    joined = "\n".join(texts)
    assert "?" in joined and _whole_text(joined) != joined  # the joined text does hold a marked page
    assert _lost_spaces_restored(joined) == _whole_text(joined)


def test_fold_text_calls_the_line_reader(monkeypatch):
    """fold_text restores the lost spaces through this function (a text without ? never calls it)."""
    seen: list[str] = []
    monkeypatch.setattr(normalize, "_lost_spaces_restored", lambda text: seen.append(text) or text)
    fold_text("甲乙")
    assert seen == []
    fold_text(MARKED + "組?長")
    assert seen == [MARKED + "組?長"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MARKED + "甲?乙\n" * 200_000, id="every-line-holds-one"),
        pytest.param(MARKED + "?" * 1_000_000, id="one-line-of-marks"),
        pytest.param(MARKED + "甲" * 1_000_000 + "?" + "\n" * 200_000 + "乙?丙", id="long-line-then-many-empty"),
    ],
)
def test_linear(text):
    with finishes_within(10):
        assert _lost_spaces_restored(text)


# --- the input's digest: CPython's own SHA-256 for one issue, OpenSSL's once a run has hashed a MB ----------


def test_digest_moves_to_openssl_after_the_budget(monkeypatch):
    import hashlib

    from gazette_extract import pipeline

    used: list[int] = []
    builtin = pipeline._builtin_sha256
    assert builtin is not None  # CPython's _sha256 (3.11) / _sha2 (3.12+)

    def recording(data: bytes):
        used.append(len(data))
        return builtin(data)

    monkeypatch.setattr(pipeline, "_builtin_sha256", recording)
    monkeypatch.setattr(pipeline, "_builtin_hashed", 0)
    issue = "某县人民政府公报".encode() * 4_000  # 96 kB: under _SMALL_INPUT
    digests = [pipeline._digest(issue) for _ in range(14)]
    assert set(digests) == {hashlib.sha256(issue).hexdigest()}  # the same digest either way
    # the first issues (a `parse`) by the built-in module, until it has hashed _BUILTIN_BUDGET bytes; then OpenSSL
    assert used == [len(issue)] * -(-pipeline._BUILTIN_BUDGET // len(issue))
    assert pipeline._digest(b"x" * pipeline._SMALL_INPUT) == hashlib.sha256(b"x" * pipeline._SMALL_INPUT).hexdigest()
    assert len(used) < 14
