"""The clause gate of throughput round 4: with no verb in force, a clause without a word a change
needs (``CHANGE_GATE_RE``: only a meeting's 会议/常委会 among the trigger words) is not sent
through ``_parse_clause``, which would state nothing for it. Checked on every such clause of every
sample, on generated clauses, and through the pipeline with the gate open (the same results)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gazette_extract import pipeline
from gazette_extract.records import appointments

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))
_OPEN = re.compile("")  # a gate that lets every clause through


def _clauses_without_verb(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Every (clause, last person, starts, narrative) _parse_clause is given with no verb in force
    while reading ``path`` with the gate open."""
    seen: list[tuple[Any, ...]] = []
    real = appointments._parse_clause

    def spy(
        clause: str,
        carried: str | None,
        last_person: str | None,
        starts: Any,
        narrative: bool = False,
        sole: bool = True,  # rev20: the last clause named last_person alone
    ) -> Any:
        if carried is None:
            seen.append((clause, last_person, starts, narrative))
        return real(clause, carried, last_person, starts, narrative, sole=sole)

    with monkeypatch.context() as patch:
        patch.setattr(appointments, "CHANGE_GATE_RE", _OPEN)
        patch.setattr(appointments, "_parse_clause", spy)
        pipeline.extract(path.read_bytes(), path=str(path))
    return seen


@pytest.mark.parametrize("path", SAMPLE_TEXTS, ids=lambda p: p.name)
def test_gated_clauses_of_the_samples_state_nothing(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for clause, last_person, starts, narrative in _clauses_without_verb(path, monkeypatch):
        if not appointments.CHANGE_GATE_RE.search(clause):
            assert appointments._parse_clause(clause, None, last_person, starts, narrative) == ([], None, False), clause


@pytest.mark.parametrize("path", SAMPLE_TEXTS[::3], ids=lambda p: p.name)
def test_gate_open_or_shut_gives_the_same_result(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = path.read_bytes()
    shut = pipeline.extract(data, path=str(path))
    monkeypatch.setattr(appointments, "CHANGE_GATE_RE", _OPEN)
    assert pipeline.extract(data, path=str(path)) == shut


def test_a_meeting_clause_skips_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = appointments._parse_clause

    def spy(clause: str, *args: Any, **kwargs: Any) -> Any:
        parsed.append(clause)
        return real(clause, *args, **kwargs)

    monkeypatch.setattr(appointments, "_parse_clause", spy)
    text = "区人大常委会第十次会议在区政府召开，任命张三为北京市平谷区财政局局长。".encode()
    result = pipeline.extract(text, path="x.txt")
    people = [a["person"] for d in result["documents"] for a in d["appointments"]]
    assert people == ["张三"]
    assert "任命张三为北京市平谷区财政局局长" in parsed
    assert not any("会议" in clause for clause in parsed)  # the meeting's clause never reached the parser


# Clauses built from pieces of meetings, posts, names and the words around a change.
_PIECES = st.sampled_from(
    [
        "会议",
        "常委会",
        "区人大",
        "第十次",
        "召开",
        "张三",
        "李四",
        "同志",
        "为",
        "的",
        "是",
        "：",
        "、",
        "其",
        "职务",
        "局长",
        "北京市平谷区财政局",
        "主任",
        "代理",
        "《",
        "》",
        "关于",
        "辞去",
        "请求",
        "草案",
        "通过",
        "和",
        "及",
        "简称",
        "2021年",
        "1.",
        " ",
        "同意",
        "决定",
        "任命",
        "免去",
        "选出",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=10).map("".join))
@example("张三主任局长")  # found by Hypothesis: 张三主 + 任 + 局长 (a name never ends inside 主任)
@example("李四责任局长")
def test_generated_clauses_without_a_change_word_state_nothing(clause: str) -> None:
    if not appointments.CHANGE_GATE_RE.search(clause):
        starts = appointments._post_starts(())
        for narrative in (False, True):
            assert appointments._parse_clause(clause, None, "王五", starts, narrative) == ([], None, False)
