"""Appointments in Hong Kong / Macau committee releases (issue 9, session 15).

A government release names the committee in its headline (政府委任海洋公园谘询委员会成员) or in its first sentence,
then states the appointed members as a list after their seat, or after 再度委任:
* 两名新成员为A及B / 新成员分别是A、B和C / 新委任的成员包括A、B / 三名再获委任的现任成员为A、B及C /
  获再度委任的成员为A、B博士和C教授 — the seat printed with a word that it is new or renewed (a lead);
* 再度委任A、B和C — no seat printed;
* 委任A、B为委员会成员 — the seat printed without the committee's name.
Each person an appointment, the position <committee>成员 (非官方成员 kept), honorifics dropped. Precision first: the
committee must be the one the headline and the text before name; two committees named: nothing. Not appointments:
成员包括A、B with no new/renewed word (a membership described), 即将离任的A、B, 感谢A、B, a post (政务司司长) in the list.
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes, unique_rows

from gazette_extract.records.appointments.news import _committee_members, _committee_named

A = "appoint"
Change = tuple[str, str, str]

HEAD = "政府委任海洋公园谘询委员会成员\n\n政府今日（八月八日）宣布委任海洋公园谘询委员会成员，今年十月一日生效。\n\n"
HEAD_TRAD = (
    "政府委任海洋公園諮詢委員會成員\n\n政府今日（八月八日）宣佈委任海洋公園諮詢委員會成員，今年十月一日生效。\n\n"
)
TAIL = "\n\n2025年8月8日（星期五）\n"
BODY = "海洋公园谘询委员会"
MEMBER = BODY + "成员"
TWO = [(A, "彭大文", MEMBER), (A, "叶小冬", MEMBER)]
THREE = [*TWO, (A, "陈一民", MEMBER)]


def _page(sentence: str, head: str = HEAD) -> str:
    return head + sentence + TAIL


# --- members listed after their seat (class a) ------------------------------------------------------------------

_SEPARATORS = ("、", "和", "及", "与")
SEAT_LISTS = unique_rows(
    [
        *[pytest.param(f"两名新成员为彭大文{sep}叶小冬。", TWO, id=f"two-new-{sep}") for sep in _SEPARATORS],
        *[
            pytest.param(f"新成员{verb}彭大文、叶小冬和陈一民。", THREE, id=f"new-{verb}")
            for verb in ("分别是", "分别为", "为", "是", "包括")
        ],
        *[
            pytest.param(f"{count}新委任的成员为彭大文、叶小冬及陈一民。", THREE, id=f"count-{count or 'none'}")
            for count in ("", "三名", "三位", "3名")
        ],
        pytest.param("新委任的成员包括彭大文、叶小冬。", TWO, id="new-appointed-include"),
        pytest.param("三名再获委任的现任成员为彭大文、叶小冬及陈一民。", THREE, id="renewed-serving"),
        pytest.param("获再度委任的成员为彭大文、叶小冬博士和陈一民教授。", THREE, id="renewed-honorifics"),
        pytest.param("再度委任的成员为彭大文先生、叶小冬女士。", TWO, id="renewed-sir-madam"),
        pytest.param(
            "新委员为彭大文、叶小冬。", [(A, "彭大文", BODY + "委员"), (A, "叶小冬", BODY + "委员")], id="weiyuan"
        ),
        pytest.param(
            "新委任的非官方成员为彭大文与叶小冬。",
            [(A, "彭大文", BODY + "非官方成员"), (A, "叶小冬", BODY + "非官方成员")],
            id="unofficial",
        ),
        pytest.param("两名新成员为彭大文及叶小冬；", TWO, id="semicolon-end"),
    ]
)


@pytest.mark.parametrize(("sentence", "expected"), SEAT_LISTS)
def test_members_listed_after_their_seat(sentence: str, expected: list[Change]) -> None:
    assert api_changes(_page(sentence)) == expected


BODY_T = "海洋公园咨询委员会"  # 諮詢 is converted to 咨询 with the whole page
TWO_T = [(A, "彭大文", BODY_T + "成员"), (A, "叶小冬", BODY_T + "成员")]
THREE_T = [*TWO_T, (A, "陈一民", BODY_T + "成员")]
TRADITIONAL = unique_rows(
    [
        pytest.param("兩名新成員為彭大文及葉小冬。", TWO_T, id="trad-two-new"),
        pytest.param("新成員分別是彭大文、葉小冬和陳一民。", THREE_T, id="trad-respectively"),
        pytest.param("三名再獲委任的現任成員為彭大文、葉小冬及陳一民。", THREE_T, id="trad-renewed"),
        pytest.param("行政長官再度委任彭大文、葉小冬和陳一民。", THREE_T, id="trad-reappointed"),
        pytest.param(
            "新委任的非官守成員為彭大文、葉小冬。",
            [(A, "彭大文", BODY_T + "非官守成员"), (A, "叶小冬", BODY_T + "非官守成员")],
            id="trad-fgs",
        ),
    ]
)


@pytest.mark.parametrize(("sentence", "expected"), TRADITIONAL)
def test_traditional_releases(sentence: str, expected: list[Change]) -> None:
    assert api_changes(_page(sentence, HEAD_TRAD)) == expected


# --- 再度委任A、B和C (class b) and 委任A、B为委员会成员 (class c) ------------------------------------------------------

REAPPOINTED = unique_rows(
    [
        pytest.param("政府今日宣布，再度委任彭大文、叶小冬和陈一民。", THREE, id="gov-reappoints"),
        pytest.param("行政长官亦再度委任彭大文及叶小冬。", TWO, id="ce-also"),
        pytest.param("再次委任彭大文、叶小冬。", TWO, id="again"),
        pytest.param("行政长官委任彭大文、叶小冬为委员会成员。", TWO, id="committee-generic"),
        pytest.param("政府委任彭大文和叶小冬为委员会成员。", TWO, id="committee-generic-he"),
    ]
)


@pytest.mark.parametrize(("sentence", "expected"), REAPPOINTED)
def test_reappointed_and_generic_committee(sentence: str, expected: list[Change]) -> None:
    assert api_changes(_page(sentence)) == expected


def test_committee_from_the_headline_alone() -> None:
    page = "政府委任香港电台顾问委员会成员\n***************\n新成员分别是周雪凤、蔡少绵、冯应谦教授和胡小玲。" + TAIL
    member = "香港电台顾问委员会成员"
    assert api_changes(page) == [
        (A, "周雪凤", member),
        (A, "蔡少绵", member),
        (A, "冯应谦", member),
        (A, "胡小玲", member),
    ]


# --- negatives: nothing stated, or the committee unclear ----------------------------------------------------------

NOTHING = unique_rows(
    [
        pytest.param("成员包括彭大文、叶小冬。", id="membership-described"),
        pytest.param("委员会成员包括彭大文、叶小冬。", id="committee-membership-described"),
        pytest.param("我们亦感谢即将离任的彭大文、叶小冬。", id="leaving-thanked"),
        pytest.param("感谢彭大文、叶小冬过去的贡献。", id="thanks"),
        pytest.param("新成员为彭大文及政务司司长。", id="post-in-list"),
        pytest.param("新成员为政务司司长兼主席。", id="chair-as-post"),
        pytest.param("再度委任五名现任成员。", id="count-only"),
        pytest.param("新成员将于下月公布。", id="no-names"),
    ]
)


@pytest.mark.parametrize("sentence", NOTHING)
def test_not_appointments(sentence: str) -> None:
    assert api_changes(_page(sentence)) == []


TWO_COMMITTEES = "政府委任海洋公园谘询委员会及交通谘询委员会成员\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("两名新成员为彭大文及叶小冬。", id="seat-list"),
        pytest.param("政府今日宣布，再度委任彭大文、叶小冬和陈一民。", id="reappointed"),
        pytest.param("行政长官委任彭大文、叶小冬为委员会成员。", id="generic"),
    ],
)
def test_two_committees_named_give_nothing(sentence: str) -> None:
    assert api_changes(_page(sentence, TWO_COMMITTEES)) == []


def test_no_committee_named_gives_no_list() -> None:
    assert _committee_members("两名新成员为彭大文及叶小冬。", "政府今日宣布人事安排") == []


@pytest.mark.parametrize(
    ("before", "named"),
    [
        pytest.param("政府委任交通谘询委员会成员", "交通谘询委员会", id="headline"),
        pytest.param("再度委任五名现任交通谘询委员会(交谘会)成员", "交通谘询委员会", id="count-before"),
        pytest.param("委任香港电台顾问委员会成员。出任顾问委员会", "香港电台顾问委员会", id="short-form-same"),
        pytest.param("委任海洋公园谘询委员会成员及出任交通谘询委员会", "", id="two"),
        pytest.param("委任海洋公园谘询委员会及交通谘询委员会成员", "", id="two-joined"),
        pytest.param("委任海洋公园谘询委员会、交通谘询委员会成员", "", id="two-dun"),
        pytest.param("彭大文和陈一民加入海洋公园谘询委员会", "海洋公园谘询委员会", id="persons-joined-not-a-body"),
        pytest.param("政府今日宣布", None, id="none"),
    ],
)
def test_committee_named(before: str, named: str | None) -> None:
    assert _committee_named(before) == named
