"""Throughput round 9 (issue 14): work avoided, with the same results.

``fallback_span`` (layout/documents.py) asks its ``plain`` test of a block from three title
searches and the publish-line search; the answer is kept per block for the call, so each block's
tests run once. Checked on every sample: within one call, no block's text reaches the tests inside
``plain`` more often than the blocks holding that text, and a derived text (a block read without its closing
。, session 19) at most once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gazette_extract.layout import documents
from gazette_extract.layout.blocks import classify
from gazette_extract.layout.frontmatter import read_front_matter
from gazette_extract.text.decode import decode_bytes
from gazette_extract.text.normalize import split_paragraphs
from gazette_extract.text.script import to_simplified

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))


def _blocks(path: Path) -> tuple[list[documents.Block], int]:
    text, _ = to_simplified(decode_bytes(path.read_bytes())[0])
    blocks = classify(split_paragraphs(text))
    return blocks, read_front_matter(blocks).body_start


def test_fallback_span_tests_each_block_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[str] = Counter()
    header_row = documents._is_header_row  # reached only from plain, past its cheap tests

    def counted(text: str) -> bool:
        asked[text] += 1
        return header_row(text)

    monkeypatch.setattr(documents, "_is_header_row", counted)
    calls = reached = 0
    for path in SAMPLE_TEXTS:
        blocks, body_start = _blocks(path)
        asked.clear()
        documents.fallback_span(blocks, body_start)
        calls += 1
        reached += sum(asked.values())
        # a block is also read without its closing 。 (a clause headline, titles21): that reading is asked once too
        held = Counter(b.text for b in blocks) + Counter(b.text[:-1] for b in blocks if b.text.endswith("。"))
        twice = bool(asked - held)  # (a bool: a failure names the file, no text)
        assert not twice, f"{path.name}: a block's tests ran twice in one fallback_span call"
    assert calls == len(SAMPLE_TEXTS) and reached > 100  # the test saw plain at work
