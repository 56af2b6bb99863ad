"""Appointments round 27 (issue 9, session 18): changes missed inside found documents, on pages of forms the corpus lacked.

New dev pages (a college's party decision in Traditional characters, a hospital's party secretary split from its
president, a college's assistants to its dean, SOE and university roundups, a 1998 newspaper page with a CPPCC list)
showed these classes; each is tested over its variants, with rows that must give nothing:
* assistants to a head and graded civil-service ranks held as posts (院长助理, 校长助理, 总经理助理 …; 正处级调研员,
  副厅级巡视员 …; vocab ASSISTANT_HEAD_TITLES, GRADED_RANK_TITLES) — the post was dropped;
* the leaving person named with a post held after the name (王国斌院长不再兼任X; vocab HELD_TITLES_BEFORE_LEAVING,
  HELD_TITLE_LEAVING_VERBS) — after A任Y, the clause was read as A's second post (a false post) and the removal lost;
* a name ending in 升 before the link 为 after 任命 or in a list 任命 heads (任命宋金升为X; vocab NAME_FINAL_VERB_CHARS) —
  read as 宋金 + the verb 升为; without 任命 the verb stays;
* a glued list entry whose name reads only as in a roster (…副秘书长赵伟之为…) splits off, so the post before it stays whole.
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes

A, R = "appoint", "remove"


# --- assistants to a head, graded ranks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("杨沛、徐超被聘为学院院长助理。", [(A, "杨沛", "学院院长助理"), (A, "徐超", "学院院长助理")]),
        ("楊沛、徐超被聘為學院院長助理。", [(A, "杨沛", "学院院长助理"), (A, "徐超", "学院院长助理")]),
        ("任命张三为某大学校长助理。", [(A, "张三", "某大学校长助理")]),
        ("李四任某集团公司总经理助理。", [(A, "李四", "某集团公司总经理助理")]),
        ("聘任王五为某银行行长助理。", [(A, "王五", "某银行行长助理")]),
        ("免去赵六同志某委员会主任助理职务。", [(R, "赵六", "某委员会主任助理")]),
        (
            "免去黄安全同志知行学院党委书记职务，任知行学院正处级调研员。",
            [(R, "黄安全", "知行学院党委书记"), (A, "黄安全", "知行学院正处级调研员")],
        ),
        (
            "免去黃安全同志知行學院黨委書記職務,任知行學院正處級調研員;",
            [(R, "黄安全", "知行学院党委书记"), (A, "黄安全", "知行学院正处级调研员")],
        ),
        ("任命孙七为某局副处级调研员。", [(A, "孙七", "某局副处级调研员")]),
        ("周八任某厅副厅级巡视员。", [(A, "周八", "某厅副厅级巡视员")]),
        ("吴明任某县正科级调研员。", [(A, "吴明", "某县正科级调研员")]),
    ],
)
def test_assistants_and_graded_ranks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "学院举行院长助理聘任仪式。",  # no name
        "两位助理尽快熟悉工作。",
        "提拔为正处级调研员的条件是任职满五年。",  # no name
        "享受正处级调研员待遇的同志参加会议。",
    ],
)
def test_assistants_and_graded_ranks_negative(text: str) -> None:
    assert api_changes(text) == []


# --- the leaving person named with a post held after the name -------------------------------------------------------

_FIRST = "张玉同志任华中科技大学同济医学院附属协和医院党委书记"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _FIRST + "，王国斌院长不再兼任协和医院党委书记。",
            [(A, "张玉", "华中科技大学同济医学院附属协和医院党委书记"), (R, "王国斌", "协和医院党委书记")],
        ),
        (
            _FIRST + ",王国斌院长不再兼任协和医院党委书记。",  # half-width comma
            [(A, "张玉", "华中科技大学同济医学院附属协和医院党委书记"), (R, "王国斌", "协和医院党委书记")],
        ),
        (
            "張玉同志任協和醫院黨委書記,王國斌院長不再擔任協和醫院黨委書記。",  # Traditional
            [(A, "张玉", "协和医院党委书记"), (R, "王国斌", "协和医院党委书记")],
        ),
        (
            "张玉同志任协和医院党委书记；王国斌副院长不再担任某医院工会主席。",
            [(A, "张玉", "协和医院党委书记"), (R, "王国斌", "某医院工会主席")],
        ),
        ("李四书记不再兼任某县县长。", [(R, "李四", "某县县长")]),
        ("欧阳明高校长不再兼任某学院院长。", [(R, "欧阳明高", "某学院院长")]),
        ("陈三董事长不再兼任某公司总经理职务。", [(R, "陈三", "某公司总经理")]),
        ("王五常务副县长不再兼任某开发区管委会主任。", [(R, "王五", "某开发区管委会主任")]),
    ],
)
def test_held_title_before_leaving(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "该院院长不再兼任党委书记。",  # no name
        "医院院长不再兼任协和医院党委书记。",
        "市委书记不再兼任某县县长。",
        "实行书记、院长分设，院长不再兼任党委书记。",
        "王院长不再兼任党委书记。",  # a surname alone
    ],
)
def test_held_title_before_leaving_negative(text: str) -> None:
    assert api_changes(text) == []


# --- a name ending in 升 before the link 为 -------------------------------------------------------------------------

_LIST = "任命：\n王巨禄为政协全国委员会副秘书长\n{}为政协全国委员会副秘书长\n郑质英为政协全国委员会副秘书长"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("任命李国升为某局局长。", [(A, "李国升", "某局局长")]),
        ("决定任命刘建升为某县副县长。", [(A, "刘建升", "某县副县长")]),
        ("任命陈升为某区财政局局长。", [(A, "陈升", "某区财政局局长")]),
        ("決定任命劉建升為某縣副縣長。", [(A, "刘建升", "某县副县长")]),  # Traditional
        ("任命欧阳建升为某局局长。", [(A, "欧阳建升", "某局局长")]),
        (
            _LIST.format("宋金升"),
            [(A, n, "政协全国委员会副秘书长") for n in ("王巨禄", "宋金升", "郑质英")],
        ),
    ],
)
def test_name_ending_in_sheng(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张三升为某局局长。", [(A, "张三", "某局局长")]),  # no 任命: the verb 升为, as before
        ("任命张三为某局副局长，后升为局长。", [(A, "张三", "某局副局长")]),
        ("会议决定，张三由副局长升为局长。", []),
        ("任命某局升为一级单位。", []),  # no name
        ("提请任命陈升为某区财政局局长。", []),  # a proposal
    ],
)
def test_name_ending_in_sheng_negative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


_POST = "政协全国委员会副秘书长"


def test_glued_list_name_ending_in_sheng() -> None:
    text = f"任命：\n王巨禄为{_POST}宋金升为{_POST}郑质英为{_POST}\n张道诚为"  # lines run together, cut at the end
    assert api_changes(text) == [(A, n, _POST) for n in ("王巨禄", "宋金升", "郑质英")]


def test_glued_list_entry_with_zhi_keeps_the_post_before_it_whole() -> None:
    # 赵伟之 (之 ends the name) splits its entry off: 梁金泉's post no longer swallows it; the entry itself is not
    # read (之 is no name character in a clause), so nothing false is given
    text = f"任命：王巨禄为{_POST}梁金泉为{_POST}赵伟之为{_POST}陈进玉为{_POST}"
    changes = api_changes(text)
    assert (A, "梁金泉", _POST) in changes and all(pos == _POST for _, _, pos in changes)
    assert {p for _, p, _ in changes} <= {"王巨禄", "梁金泉", "赵伟之", "陈进玉"}
