"""Throughput round 7 (issue 14): cheap tests in front of patterns the engine cannot scan for
(they open on a look-behind, on spaces or on ``(?m)^``, so ``re`` tries them at every position).
Each test must let through every text the pattern it guards matches, so that the result is the
one the pattern alone gave: checked on generated texts and on every sample."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gazette_extract.layout.blocks import PARAGRAPH, Block
from gazette_extract.records import appointments
from gazette_extract.text import spacetables

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))

# The pattern the space-table hint was before the round: spaces then a column name, or 职务/姓名
# at a line's start (a pattern re could only try at every position).
_BARE_COLUMNS = "|".join((*spacetables._BARE_COLUMNS, *spacetables._ROLE_COLUMNS[1:]))
_OLD_BARE_HINT_RE = re.compile(
    f"(?m)[ \u3000]{{2}}(?:{_BARE_COLUMNS})(?:[ \u3000]{{2}}|[ \u3000]*$)"
    "|^[ \u3000]*(?:职[ \u3000]*务|姓[ \u3000]*名)[ \u3000]{2}"
)

_LINK_PIECES = st.sampled_from([" ", "\u3000", "为", "的", ".", "．", "张三", "局长", "a", "1", "，", "\n"])
_TABLE_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\u3000",
        "\n",
        "\f",
        "职",
        "务",
        "姓",
        "名",
        "牵头单位",
        "时限",
        "完成时限",
        "小组职务",
        "序号",
        "x",
        "1",
    ]
)


def _respaced_text(text: str) -> str:
    block = Block(kind=PARAGRAPH, text=text, line=1, end_line=1, body=text)
    return appointments._respaced([block])[0].text or ""


def _respaced_without_gates(text: str) -> str:
    """What _respaced gave before the round: both patterns tried on every text."""
    if appointments._FULL_STOP_NAME_DOT_RE.search(text) is None and appointments._SPACED_LINK_RE.search(text) is None:
        return text
    return appointments._SPACED_LINK_RE.sub(
        appointments._link_alone, appointments._FULL_STOP_NAME_DOT_RE.sub(appointments._name_dot, text)
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINK_PIECES, min_size=1, max_size=14).map("".join))
@example("任命张三 为 市财政局局长")
@example("阿依古丽．买买提任某局局长")
@example("免去李四\u3000的\u3000某局局长职务")
def test_the_link_gates_let_every_spaced_link_and_name_dot_through(text: str) -> None:
    if appointments._SPACED_LINK_RE.search(text):
        assert (" " in text or "\u3000" in text) and appointments._SPACED_LINK_GATE_RE.search(text)
    if appointments._FULL_STOP_NAME_DOT_RE.search(text):
        assert "." in text or "．" in text
    assert _respaced_text(text) == _respaced_without_gates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("任命张三 为 市财政局局长", "任命张三为市财政局局长"),
        ("阿依古丽．买买提任某局局长", "阿依古丽·买买提任某局局长"),
        ("张三为某局局长 李四为某局副局长", "张三为某局局长 李四为某局副局长"),
        ("1．张三为某局局长", "1．张三为某局局长"),
    ],
    ids=["spaced-link", "name-dot", "space-between-entries", "numbered"],
)
def test_respaced_closes_links_and_reads_name_dots(text: str, expected: str) -> None:
    assert _respaced_text(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(_TABLE_PIECES, min_size=1, max_size=16).map("".join))
@example("一级任务  牵头单位  完成时限")
@example("x  时限")
@example("\u3000\u3000姓  名  单位及职务")
@example("序号  职务  x")
@example("完成  时限  ")
def test_bare_hint_is_the_old_pattern(text: str) -> None:
    assert spacetables._bare_hint(text) == (_OLD_BARE_HINT_RE.search(text) is not None)


@pytest.mark.parametrize("path", SAMPLE_TEXTS[::7], ids=lambda p: p.name)
def test_bare_hint_on_the_samples(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert spacetables._bare_hint(text) == (_OLD_BARE_HINT_RE.search(text) is not None)
