from __future__ import annotations

import pytest

from gazette_extract.grammars.brackets import matching_open, split_top

SPLITS = [
    ("no-brackets", "甲；乙；丙", "；", ["甲", "乙", "丙"]),
    (
        "inside-stays",
        "张三为A（试用期一年，自2021年起），李四为B",
        "，",
        ["张三为A（试用期一年，自2021年起）", "李四为B"],
    ),
    ("nested", "甲（乙（丙，丁），戊），己", "，", ["甲（乙（丙，丁），戊）", "己"]),
    ("unbalanced-close", "甲），乙", "，", ["甲）", "乙"]),
    ("empty", "", "，", [""]),
]


@pytest.mark.parametrize(("text", "seps", "parts"), [c[1:] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_split_top(text, seps, parts):
    assert split_top(text, seps) == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [("发展。（商务部负责）", 3), ("甲（乙（丙）丁）", 1), ("甲乙）", -1), ("（a）（b）", 3)],
    ids=["note", "nested", "unbalanced", "last-pair"],
)
def test_matching_open(text, expected):
    assert matching_open(text, len(text) - 1) == expected


def test_matching_open_limit():
    text = "（" + "长" * 50 + "）"
    assert matching_open(text, len(text) - 1, limit=10) == -1
    assert matching_open(text, len(text) - 1, limit=60) == 0
