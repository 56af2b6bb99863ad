"""Rosters round 14 (issue 9, session 14, s14-rosters14): pages where the tool found no member at all.

Classes, each by component (see docs/issue9-rounds.md, "Rosters round 14"):

* **(c) names: rare surnames** that start no word of a government text (绳, 荀, 竺, 郗, 逄 …:
  ``vocab.personnel.SURNAMES_LESS_COMMON``), Simplified or Traditional (繩蘭柱 → 绳兰柱); place names that
  begin with a surname-like character (桓台, 谯城, 綦江) stay out.
* **(a) the gazetteer committee as a roster group** (``地方志编纂委员会`` / ``地方志指导委员会``:
  ``vocab.personnel.ROSTER_COMMITTEE_NAMES``): its 主任 / 副主任 among a holder's posts in a story is a member;
  its 办公室主任 is the 方志办's director, a post (``ROSTER_COMMITTEE_OFFICE_IS_POST``).

Each row is synthetic, written from the class; none comes from a probe page or a held-out text.
"""

from __future__ import annotations

import pytest

from gazette_extract import parse_text


def parsed_members(text: str) -> list[tuple[str, str]]:
    result = parse_text(text).model_dump(mode="json")
    return [(m["role"], m["person"]) for d in result["documents"] for m in d["members"]]


# --- (c) rare surnames ------------------------------------------------------------------------------------

RARE_SURNAME_ROWS = [
    pytest.param(
        "领导小组组成人员如下：\n组　长：绳建国　县长\n副组长：郗晓明　副县长\n成　员：逄志强　县财政局局长\n",
        [("组长", "绳建国"), ("副组长", "郗晓明"), ("成员", "逄志强")],
        id="role-lines-colon",
    ),
    pytest.param(
        "領導小組組成人員如下：\n組　長：繩建國　縣長\n副組長：荀曉紅　副縣長\n",
        [("组长", "绳建国"), ("副组长", "荀晓红")],
        id="traditional",
    ),
    pytest.param(
        "会议由区委常委、政法委书记、区扫黑除恶专项斗争领导小组组长李刚主持，"
        "区法院院长、区扫黑除恶专项斗争领导小组副组长竺继萍传达会议精神。",
        [("组长", "李刚"), ("副组长", "竺继萍")],
        id="story-last-role",
    ),
    pytest.param(
        "成立以县长邴志刚为组长、副县长宓海燕为副组长的工作领导小组。",
        [("组长", "邴志刚"), ("副组长", "宓海燕")],
        id="attributive-yi-wei",
    ),
    pytest.param(
        "组长：缑志远（区长）；副组长：仵红梅（副区长）、郇立新（副区长）",
        [("组长", "缑志远"), ("副组长", "仵红梅"), ("副组长", "郇立新")],
        id="run-on-brackets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RARE_SURNAME_ROWS)
def test_rare_surnames_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


# a place name beginning with a character that is also a surname is no person: a role line holding a post only
# gives nothing (read as a name, 桓台 / 谯城 / 綦江 would be false members)
PLACE_NOT_SURNAME_ROWS = [
    pytest.param("领导小组组成人员如下：\n组　长：桓台县县长\n副组长：桓台县副县长\n", id="huantai"),
    pytest.param("领导小组组成人员如下：\n组　长：谯城区区长\n副组长：谯城区副区长\n", id="qiaocheng"),
    pytest.param("领导小组组成人员如下：\n组　长：綦江区区长\n成　员：綦江区财政局局长\n", id="qijiang"),
]


@pytest.mark.parametrize("text", PLACE_NOT_SURNAME_ROWS)
def test_places_are_no_members(text: str) -> None:
    assert parsed_members(text) == []


# --- (a) the gazetteer committee ------------------------------------------------------------------------------

GAZETTEER_ROWS = [
    pytest.param(
        "县人大常委会主任、县地方志指导委员会主任王建华主持会议。",
        [("主任", "王建华")],
        id="zhidao-last-zhuchi",
    ),
    pytest.param(
        "县地方志编纂委员会主任、县长李志刚出席会议并讲话。",
        [("主任", "李志刚")],
        id="bianzuan-first",
    ),
    pytest.param(
        "縣人大常委會主任、縣地方志指導委員會主任繩蘭英主持會議。",
        [("主任", "绳兰英")],
        id="traditional-rare-surname",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER_ROWS)
def test_gazetteer_committee_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


GAZETTEER_OFFICE_ROWS = [
    pytest.param("县地方志编纂委员会办公室主任杨亚男汇报了方志工作情况。", id="bianzuan-office-head"),
    pytest.param("县地方志指导委员会办公室副主任张三主持会议。", id="zhidao-office-deputy"),
]


@pytest.mark.parametrize("text", GAZETTEER_OFFICE_ROWS)
def test_gazetteer_office_is_a_post(text: str) -> None:
    assert parsed_members(text) == []
