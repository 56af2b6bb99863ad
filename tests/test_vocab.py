"""The shared vocabularies of ``vocab/`` are single tables whose entries each carry a real example
that the entry matches."""

from __future__ import annotations

import pytest

from gazette_extract.vocab import common
from gazette_extract.vocab import personnel as personnel_vocab


def _alternatives(example: str) -> list[str]:
    """'公安部 / 区委组织部' → both; a note in '( … )' after the example is left out."""
    return [part.split(" (")[0].strip() for part in example.split(" / ")]


@pytest.mark.parametrize("suffix", list(common.ORG_SUFFIXES))
def test_org_suffix_example_ends_with_the_suffix(suffix):
    for example in _alternatives(common.ORG_SUFFIXES[suffix].example):
        assert example.endswith(suffix), example


def test_org_suffixes_one_table():
    # the issuer suffixes are a marked subset of the one table, not a second list
    assert set(common.ISSUER_SUFFIXES) < set(common.ORG_SUFFIXES)
    assert {"国务院", "领导小组", "人民政府", "局"} <= set(common.ISSUER_SUFFIXES)
    assert not {"市", "区", "会", "村"} & set(common.ISSUER_SUFFIXES)  # they end lines that sign nothing
    # personnel reads the same table, longest first (委员会 before 会)
    assert personnel_vocab.ORG_SUFFIX_TUPLE is common.ORG_SUFFIX_TUPLE
    assert set(common.ORG_SUFFIX_TUPLE) == set(common.ORG_SUFFIXES)
    lengths = [len(s) for s in common.ORG_SUFFIX_TUPLE]
    assert lengths == sorted(lengths, reverse=True)
    assert not hasattr(personnel_vocab, "ORG_SUFFIXES")


def test_cn_digits_one_table_read_by_every_grammar():
    from gazette_extract.grammars import dates, deadlines
    from gazette_extract.vocab import numerals

    assert dates.CN_DIGITS is deadlines.CN_DIGITS is numerals.CN_DIGITS
    for numeral, value in numerals.CN_DIGITS.items():
        assert dates.cn_to_int(f"一{numeral}") == 10 + value, numeral  # positional: 一〇 → 10, 一九 → 19
    assert dates.cn_to_int("一百零三") == 103


def test_the_cjk_classes_are_written_once():
    """The character classes of Chinese text are spelled only in vocab/common.py (no other module
    writes the range of the Unified block)."""
    from pathlib import Path

    src = Path(common.__file__).resolve().parents[1]
    spelled = [
        str(path.relative_to(src))
        for path in src.rglob("*.py")
        if path.name != "common.py"
        and any(r in path.read_text(encoding="utf-8") for r in ("\\u4e00", "\\u9fff", "一-龥"))
    ]
    assert spelled == []
    assert common.CJK in common.CJK_EXTENDED and common.CJK in common.CJK_TEXT


def test_every_appointed_roll_head_passes_the_clause_gate() -> None:
    """records.appointments reads a roll (获委任人士名单如下：…) only in a clause holding a gate word: a head
    added to the table without one would never be read."""
    from gazette_extract.records.appointments import ROLL_HEAD_GATES
    from gazette_extract.vocab.personnel import APPOINTED_ROLL_HEADS

    assert APPOINTED_ROLL_HEADS
    for head in APPOINTED_ROLL_HEADS:
        assert any(gate in head for gate in ROLL_HEAD_GATES), head
