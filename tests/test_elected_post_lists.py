"""A post, then 包括/分别是/分别为, then the persons a session put in it (issue 9, session 10, by the lead).

Session news lists a body's new members after the post they share: ``常委包括王荣、许勤、王穗明(女)、…``
(dev chinadailycovid-2010: 13 standing-committee members missed). Read only in a paragraph that tells
an election (当选, 选举, 选出, 产生), every piece a name, two or more; the post as printed, its
新一届/当选的 dropped — since round 24 a party committee's seat (常委, 委员) takes the committee of the head
elected before it in the sentence, and a deputy (副书记) its head's organization, as the sample's labels
give them (tests/test_appoint24.py). Units after 包括, a list outside an election's story, one name: nothing.

Each row is synthetic, written from the class; none comes from a held-out text.
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes
from table_helpers import assert_unique

ROWS = [
    pytest.param(
        "王荣当选为深圳市委书记，许勤、王穗明(女)当选为副书记，常委包括王荣、许勤、王穗明(女)、戴北方，戴北方为深圳市委秘书长。",
        {
            ("appoint", "王荣", "深圳市委常委"),
            ("appoint", "许勤", "深圳市委常委"),
            ("appoint", "王穗明", "深圳市委常委"),
            ("appoint", "戴北方", "深圳市委常委"),
            ("appoint", "王荣", "深圳市委书记"),
            ("appoint", "许勤", "深圳市委副书记"),
            ("appoint", "王穗明", "深圳市委副书记"),
            ("appoint", "戴北方", "深圳市委秘书长"),
        },
        id="standing-committee-included-after-elections",
    ),
    pytest.param(
        "大会选举产生了新一届区人大常委会组成人员，副主任分别是张三、李四、王五。",
        {("appoint", "张三", "副主任"), ("appoint", "李四", "副主任"), ("appoint", "王五", "副主任")},
        id="deputies-fenbieshi",
    ),
    pytest.param(
        "会议选出了新一届县政府领导班子，当选的副县长分别为：张三、李四（女）。",
        {("appoint", "张三", "副县长"), ("appoint", "李四", "副县长")},
        id="elected-deputies-fenbiewei-colon-remark",
    ),
    pytest.param("会议选举产生了领导小组，成员包括市发改委、市财政局。", set(), id="units-after-baokuo-are-no-persons"),
    pytest.param("新一届市委常委包括张三、李四。", set(), id="no-election-told-no-record"),
    pytest.param("领导小组成员包括张三、李四。", set(), id="a-roster-sentence-is-no-election"),
    pytest.param("会议选举张三为主任，委员包括张三。", {("appoint", "张三", "主任")}, id="one-name-is-no-list"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_elected_post_lists(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(api_changes(text)) == expected


def test_rows_are_unique() -> None:
    assert_unique(ROWS)
