"""A sentence that puts changes forward (拟任 / 拟提名 / 提请任命 / 建议任命 …) states no change in any of its
clauses, nor in a list after its colon — until a clause decides (决定, 根据, 通过, 批准, 同意). Before session 15
the proposal's word reached only its own clause: 拟任人选分别是A任X，B任Y and 经研究，拟任A为X，B为Y gave B's
change, and 拟任人选：A任X，B任Y gave both (vocab PROPOSED_SENTENCE_MARKS, PROPOSAL_DECIDED_WORDS)."""

from __future__ import annotations

import pytest
from record_helpers import api_changes, news_page, notice_changes, stage_changes, unique_rows

from gazette_extract.vocab.personnel import PROPOSAL_DECIDED_WORDS, PROPOSED_SENTENCE_MARKS

PROPOSED = unique_rows(
    [
        pytest.param("拟任人选分别是王建国任某局局长，李明任某局副局长。", id="list-after-fenbieshi"),
        pytest.param("拟任人选：王建国任某局局长，李明任某局副局长。", id="list-after-colon"),
        pytest.param("拟任人选: 王建国任某局局长; 李明任某局副局长。", id="ascii-colon-semicolon"),
        pytest.param("经研究，拟任王建国为某局局长，李明为某局副局长。", id="jing-yanjiu-ni-ren"),
        pytest.param("經研究，擬任王建國為某局局長，李明為某局副局長。", id="traditional"),
        pytest.param("经县委常委会研究，拟提拔王建国任某局副局长，李明任某镇副镇长。", id="ni-tiba"),
        pytest.param("拟聘王建国为某中心主任，李明为副主任。", id="ni-pin"),
        pytest.param("拟免去王建国某局局长职务，李明某局副局长职务。", id="ni-mian"),
        pytest.param("提请任命王建国为某局局长，李明为某局副局长。", id="tiqing-renming"),
        pytest.param("建议任命王建国为某局局长，李明为某局副局长。", id="jianyi-renming"),
        pytest.param("建议免去王建国某局局长职务，李明某局副局长职务。", id="jianyi-mianqu"),
    ]
)


@pytest.mark.parametrize("text", PROPOSED)
def test_a_proposed_sentence_states_no_change(text: str) -> None:
    assert notice_changes(text) == []
    assert api_changes(news_page(text)) == []


DECIDED = unique_rows(
    [
        pytest.param(
            "市政府提请审议，会议决定任命王建国为某局局长，李明为某局副局长。",
            [("appoint", "王建国", "某局局长"), ("appoint", "李明", "某局副局长")],
            id="decided-after-a-motion",
        ),
        pytest.param(
            "根据市委拟任人选意见，任命王建国为某局局长，李明为某局副局长。",
            [("appoint", "王建国", "某局局长"), ("appoint", "李明", "某局副局长")],
            id="genju-before-the-verb",
        ),
        pytest.param(
            "拟任人选经公示无异议。决定任命王建国为某局局长，李明为某局副局长。",
            [("appoint", "王建国", "某局局长"), ("appoint", "李明", "某局副局长")],
            id="next-sentence-decides",
        ),
        pytest.param(
            "张其亚先生提请辞去公司董事、总经理职务。",
            [("resign", "张其亚", "公司董事"), ("resign", "张其亚", "公司总经理")],
            id="tiqing-ciqu-is-a-resignation",
        ),
        pytest.param(
            "任命王建国为某局局长，李明为某局副局长。",
            [("appoint", "王建国", "某局局长"), ("appoint", "李明", "某局副局长")],
            id="no-proposal-word",
        ),
    ]
)


@pytest.mark.parametrize("text, expected", DECIDED)
def test_a_decision_is_still_read(text: str, expected: list) -> None:
    assert notice_changes(text) == expected


def test_the_proposal_ends_with_its_paragraph() -> None:
    text = "拟任人选：王建国任某局局长。\n\n任命李明为某局副局长。"
    assert stage_changes(text) == [("appoint", "李明", "某局副局长")]


def test_every_word_of_the_tables_has_its_example() -> None:
    for table in (PROPOSED_SENTENCE_MARKS, PROPOSAL_DECIDED_WORDS):
        for word, example in table.items():
            assert word in example or word in example.replace("擬", "拟"), word


@pytest.mark.parametrize("piece", ["拟任王建国为某局局长，", "拟任王建国为某局局长。", "拟任人选：王建国任某局局长；"])
def test_a_long_paragraph_of_proposals_is_read_in_linear_time(piece: str) -> None:
    from test_linear import finishes_within

    with finishes_within(10):
        assert stage_changes(piece * 20_000) == []
