"""Classes the lead wrote in session 20 (issue 9), each with its variants and the forms it must leave alone."""

from __future__ import annotations

import pytest

from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import PAGE_FOOTER_RE
from gazette_extract.text.pdf import PAGE_NUMBER_RE

# ---------------------------------------------------------------- page footers printed as a spaced rule


@pytest.mark.parametrize(
    "line",
    [
        "— 3 —",
        "- 12 -",
        "－3－",
        "——3——",  # a doubled dash
        "— — — 3 —",  # a converter's spaced rule before the folio (wenmi123)
        "- - 3 - -",
        "–– 27 ––",
        "第3页",
        "第 3 页 共 10 页",
        "· 12 ·",
    ],
)
def test_page_footers_in_every_dash_form(line: str) -> None:
    assert PAGE_FOOTER_RE.match(line)
    assert PAGE_NUMBER_RE.fullmatch(line) or line.startswith("第")


@pytest.mark.parametrize(
    "line",
    [
        "— 3",  # no closing dash: a list item or a dash before a number
        "3 —",
        "——附件3——",  # a word inside
        "—— 12345 ——",  # five digits: not a folio
        "— — — —",  # a rule, no number
        "2021—2023",  # a range
        "一、— 3 —",
    ],
)
def test_near_misses_are_not_footers(line: str) -> None:
    assert not PAGE_FOOTER_RE.match(line)


@pytest.mark.parametrize("footer", ["— — — 3 —", "——3——", "- - 3 - -", "— 3 —"])
def test_a_footer_between_wrapped_unit_lines_stays_out_of_the_unit(footer: str) -> None:
    text = (
        "关于印发某区重点任务分工方案的通知\n\n"
        "1.完善街道党工委领导体制机制。\n"
        "牵头单位:区委组织部\n"
        "协办单位:区委编办、区民政局、各街道党\n"
        "工委\n"
        f"{footer}\n"
        "、园区党工委\n\n"
        "2.推进街道综合执法改革。\n"
        "牵头单位:区司法局\n"
    )
    tasks = [t for d in extract_str(text)["documents"] for t in d.get("tasks", [])]
    units = [u for t in tasks for u in t.get("support_units", []) + t.get("lead_units", [])]
    assert units, tasks
    assert not any("—" in u or "-" in u or "3" in u for u in units), units


# ---------------------------------------------------------------- a list of thousands of names under one verb

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


def _names(n: int) -> list[str]:
    return [_SURNAMES[i % 20] + _GIVEN[(i // 20) % 20] + _GIVEN[(i // 400) % 20] for i in range(n)]


@pytest.mark.parametrize("n", [3, 1500, 3000])
def test_a_long_list_of_names_under_one_verb_reads_each_without_running_out_of_stack(n: int) -> None:
    names = _names(n)  # all different up to 8,000
    text = "关于张三等同志职务任免的通知\n\n县人民政府决定：\n任命" + "、".join(names) + "为县人民政府副县长。\n"
    appointments = [a for d in extract_str(text)["documents"] for a in d.get("appointments", [])]
    assert [a["person"] for a in appointments] == names
    assert {a["position"] for a in appointments} == {"县人民政府副县长"}


@pytest.mark.parametrize("tail", ["出席会议。", "等同志参加培训。", ""])
def test_a_long_list_of_names_with_no_change_gives_none(tail: str) -> None:
    text = "关于召开会议的通知\n\n各单位：\n请" + "、".join(_names(3000)) + tail + "\n"
    appointments = [a for d in extract_str(text)["documents"] for a in d.get("appointments", [])]
    assert appointments == []


# ---------------------------------------------------------------- a negation or a form of address is no name


def _changes(text: str) -> list[tuple[str, str, str]]:
    return [
        (a["action"], a["person"], a["position"])
        for d in extract_str("人事消息\n" + text)["documents"]
        for a in d.get("appointments", [])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "　　公司董事李四未辞去公司董事职务。",
        "　　公司董事李四未申请辞去公司董事职务。",
        "　　公司董事王五没辞去公司监事职务。",
        "　　公司董事王五沒辭去公司監事職務。",  # Traditional: folded to 没 before the reader
        "　　欧阳明未辞去公司董事职务。",  # a compound surname
        "　　陈教授被聘为学院院长。",
        "　　王博士被任命为公司首席科学家。",
        "　　李院士当选为学会理事长。",
        "　　张先生获委任为公司董事。",
        "　　欧阳教授被聘为学院院长。",
        "　　刘老师被任命为教务处处长。",
    ],
)
def test_a_negated_change_or_an_unnamed_person_gives_no_record(sentence: str) -> None:
    assert _changes("　　董事会于近日收到董事长张三的书面辞职报告，张三申请辞去公司董事长职务。\n" + sentence) == [
        ("resign", "张三", "公司董事长")
    ]


@pytest.mark.parametrize(
    ("sentence", "record"),
    [
        ("　　李未任公司总经理。", ("appoint", "李未", "公司总经理")),  # a two-character name may end in 未
        ("　　吴玲教授被聘为学院副院长。", ("appoint", "吴玲", "学院副院长")),  # the rank after a name
        ("　　李未明任公司总经理。", ("appoint", "李未明", "公司总经理")),  # 未 inside a name, not at its end
        ("　　王师被任命为教务处处长。", ("appoint", "王师", "教务处处长")),
    ],
)
def test_names_near_the_negation_and_address_words_still_read(sentence: str, record: tuple[str, str, str]) -> None:
    assert record in _changes(sentence)


# ---------------------------------------------------------------- 如 … 则: a condition with its consequence


@pytest.mark.parametrize(
    "sentence",
    [
        "　　如市委同意张三任县委书记，则由李四接任县长。",
        "　　如张三出任县长，那么副县长一职由李四接任。",
        "　　如张三出任县长，就由李四接任副县长。",
        "　　如市人大常委会决定任命张三为副县长，则其原职务自然免除。",
        "　　如董事会同意张三辞去公司董事长职务，则由李四代行董事长职责。",
        "　　如市委同意，张三任县委书记，则县长一职空缺。",  # the condition goes on over a second clause
    ],
)
def test_a_ru_condition_with_its_consequence_states_no_change(sentence: str) -> None:
    assert _changes(sentence + "王五任县财政局局长。") == [("appoint", "王五", "县财政局局长")]


@pytest.mark.parametrize(
    ("sentence", "record"),
    [
        ("　　近年来多地调整，如河南省鹤壁市委原书记丁巍出任安阳市委书记。", ("appoint", "丁巍", "安阳市委书记")),
        ("　　如期完成换届，张三任县长，则工作顺利。", ("appoint", "张三", "县长")),  # 如期: on time
        ("　　如下：张三任县财政局局长。", ("appoint", "张三", "县财政局局长")),
        ("　　如张三出任县长。则另行通知。李四任副县长。", ("appoint", "李四", "副县长")),  # 则 in the next sentence
    ],
)
def test_ru_without_a_consequence_in_its_sentence_still_reads(sentence: str, record: tuple[str, str, str]) -> None:
    assert record in _changes(sentence)
