"""The stage gates of issue 14: one scan of a document's text decides whether the appointment and
roster stages read its blocks at all. A gate may let through a document that holds nothing (the
stage then finds nothing), never keep out one that holds a record or a warning: every word a
header or a roster needs must pass its gate, and the documents that pass must read as before.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_members, stage_changes

from gazette_extract.layout.blocks import split_blocks
from gazette_extract.records import appointments, rosters
from gazette_extract.vocab.personnel import (
    DECISION_LEADS,
    HEADING_ONLY_VERBS,
    NAMES_AFTER_POST_LEADS,
    ROSTER_ROLES,
    TABLE_ACTION_HEADERS,
    TABLE_CHANGE_HEADERS,
)

# Every header that keeps a verb in force over the lines below it, alone on its line, and every
# lead of names given after their post (会议选出的X是：A、B).
_HEADER_WORDS = sorted(
    {*TABLE_CHANGE_HEADERS, *TABLE_ACTION_HEADERS, *HEADING_ONLY_VERBS, *DECISION_LEADS, *NAMES_AFTER_POST_LEADS}
)


@pytest.mark.parametrize("word", _HEADER_WORDS)
def test_every_header_word_passes_the_change_gate(word: str) -> None:
    assert appointments.CHANGE_GATE_RE.search(word), word


@pytest.mark.parametrize("word", ["会议", "常委会"])
def test_meeting_words_alone_do_not_open_the_change_gate(word: str) -> None:
    assert appointments.CHANGE_GATE_RE.search(f"区政府第十次常务{word}研究了全区重点工作") is None


@pytest.mark.parametrize("role", sorted(ROSTER_ROLES))
def test_every_roster_role_passes_the_role_gate_spaced_or_not(role: str) -> None:
    assert rosters.ROLE_GATE_RE.search(f"{role}：张三 区长")
    assert rosters.ROLE_GATE_RE.search(f"{' '.join(role)}：张三 区长")  # 组 长 / 主 任 委 员


def changes(text: str) -> list[tuple[str, str, str]]:
    return stage_changes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "经区政府常务会议研究，同意张三为北京市平谷区财政局局长。",
            [("appoint", "张三", "北京市平谷区财政局局长")],
            id="decision-lead-without-trigger",
        ),
        pytest.param(
            "经研究，决定：\n张三同志为北京市平谷区财政局局长；",
            [("appoint", "张三", "北京市平谷区财政局局长")],
            id="decided-header",
        ),
        pytest.param(
            "关于张三等同志职务任免的通知\n张三同志为北京市平谷区财政局局长；",
            [("appoint", "张三", "北京市平谷区财政局局长")],
            id="decision-title",
        ),
        pytest.param(
            "二、免职\n李四　北京市平谷区审计局局长",
            [("remove", "李四", "北京市平谷区审计局局长")],
            id="heading-verb",
        ),
        pytest.param(
            "姓名 | 拟任职务\n张三 | 北京市平谷区财政局局长",
            [("appoint", "张三", "北京市平谷区财政局局长")],
            id="table-header",
        ),
        pytest.param(
            "区政府第十次常务会议研究了全区重点工作，区人大常委会听取了报告。",
            [],
            id="meeting-only-gated",
        ),
        pytest.param("各单位要落实主体责任，按期完成任务。", [], id="task-words-gated"),
    ],
)
def test_documents_through_the_change_gate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_a_roster_passes_the_role_gate_and_prose_without_roles_gives_nothing() -> None:
    roster = split_blocks("组　长：王成国 区委书记\n副组长：底志欣 区委副书记")
    assert [(m["role"], m["person"]) for m in extract_members(roster)] == [("组长", "王成国"), ("副组长", "底志欣")]
    assert extract_members(split_blocks("各单位要按照要求：认真落实，任务到人。")) == []


# The clause gate of _glued_changes (round 3): entries run together are still cut — by a second 为,
# a second 的, or the next entry's number — and a clause with one change passes whole.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "任命张三为北京市平谷区财政局局长李四为北京市平谷区审计局局长。",
            [("appoint", "张三", "北京市平谷区财政局局长"), ("appoint", "李四", "北京市平谷区审计局局长")],
            id="second-wei",
        ),
        pytest.param(
            "免去张三的北京市平谷区财政局局长职务李四的北京市平谷区审计局局长职务。",
            [("remove", "张三", "北京市平谷区财政局局长"), ("remove", "李四", "北京市平谷区审计局局长")],
            id="second-de",
        ),
        pytest.param(
            "任命：1.张三为北京市平谷区财政局局长2.李四为北京市平谷区审计局局长",
            [("appoint", "张三", "北京市平谷区财政局局长"), ("appoint", "李四", "北京市平谷区审计局局长")],
            id="numbered",
        ),
        pytest.param(
            "任命张三为北京市平谷区财政局局长。",
            [("appoint", "张三", "北京市平谷区财政局局长")],
            id="one-change-whole",
        ),
    ],
)
def test_glued_entries_are_cut_past_the_clause_gate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected
