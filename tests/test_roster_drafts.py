"""A roster printed in a draft sent for comments states no member (issue 9, session 11, lead).

Class: a document that asks for comments on a draft (关于征求《X》意见的通知), a document titled as such a
draft (…（征求意见稿）/（送审稿）/（讨论稿）/（意见征求稿）), or a draft's heading line inside a notice: the
composition it prints is proposed, not decided, so no member is read from it (corpus part W, 宣城 2022,
dev). Members printed before such a heading are the notice's own and stay. A 名单（草案） is not such a
draft: a session adopts it by its vote.
"""

from __future__ import annotations

import pytest
from record_helpers import parsed_members as members

ROSTER = "调整后名单如下：\n\n主  任：杨林秀  市政府副市长\n\n副主任：吴丽云  市政府副秘书长\n\n成  员：王小明  市卫健委主任\n"
READ = [("主任", "杨林秀"), ("副主任", "吴丽云"), ("成员", "王小明")]


def notice(title: str, body: str) -> str:
    return f"{title}\n\n各县、市、区人民政府：\n\n{body}\n\n某某市人民政府办公室\n\n2022年11月8日\n"


@pytest.mark.parametrize(
    "title",
    [
        "关于征求《调整某某市爱国卫生运动委员会组成人员（征求意见稿）》意见的通知",
        "关于征求《调整某某市爱国卫生运动委员会组成人员》意见的通知",
        "关于公开征求某某市防汛抗旱指挥部组成人员调整意见的公告",
        "某某市爱国卫生运动委员会组成人员调整方案（征求意见稿）",
        "某某市爱国卫生运动委员会组成人员调整方案(征求意见稿)",
        "某某县防汛抗旱指挥部组成人员名单（送审稿）",
        "某某委员会组成人员及工作规则（讨论稿）",
        "关于调整某某领导小组成员的通知（意见征求稿）",
        "关于调整某某领导小组成员的通知（第二次征求意见稿）",
        "某某指挥部组成人员名单（报批稿）",
        "關於徵求《調整某某市愛國衛生運動委員會組成人員（徵求意見稿）》意見的通知",
    ],
)
def test_a_draft_document_states_no_member(title: str) -> None:
    assert members(notice(title, "根据人员变动和工作需要，现对组成人员作了调整，" + ROSTER)) == []


@pytest.mark.parametrize("mark", ["（征求意见稿）", "(征求意见稿)", "（ 征求意见稿 ）", "（送审稿）", "（讨论稿）"])
def test_a_draft_heading_inside_a_notice_ends_the_roster(mark: str) -> None:
    own = "领导小组组成如下：\n\n组  长：李大海  市长\n\n"
    text = notice(
        "某某市人民政府关于成立某某工作领导小组的通知",
        own + f"某某市爱国卫生运动委员会组成人员{mark}\n\n" + ROSTER,
    )
    assert members(text) == [("组长", "李大海")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("某某市人民政府关于调整某某市爱国卫生运动委员会组成人员的通知", READ, id="decided-roster"),
        pytest.param("关于调整某某市爱国卫生运动委员会组成人员的通知", READ, id="no-draft-mark"),
        pytest.param("某某市征地补偿标准调整意见", READ, id="yijian-without-zhengqiu"),
        pytest.param("某某市爱国卫生运动委员会组成人员名单（草案）", READ, id="caoan-adopted-by-a-vote"),
    ],
)
def test_rosters_that_are_no_draft_are_read(title: str, expected: list[tuple[str, str]]) -> None:
    assert members(notice(title, "根据人员变动和工作需要，现对组成人员作了调整，" + ROSTER)) == expected
