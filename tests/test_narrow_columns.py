"""Text converted from a two-column gazette page: every line broken at the column's width, 14–22
characters (issue 9: hard wraps, as PDF converters break lines). A width that narrow was not
measured (only lines of 20 characters and more counted), so the lines of a 任免名单 stayed apart
and every change cut by the column's edge was lost. Widths 14–21, with lists whose lines share a
length and must stay apart.
"""

from __future__ import annotations

import textwrap

import pytest

from gazette_extract.api import parse_text

LIST = (
    "某市人民代表大会常务委员会任免名单\n"
    "（2021年6月25日某市第十六届人民代表大会常务委员会第三十次会议通过）\n\n"
    "一、任命\n张晓东为某市人民政府副市长；\n刘洋为某市人民代表大会常务委员会法制工作委员会主任；\n"
    "欧阳建国为某市中级人民法院副院长、审判委员会委员、审判员。\n"
    "二、免去\n孙伟的某市人民政府副市长职务；\n阿不都·热依木的某市中级人民法院审判员职务。\n"
)
CHANGES = [
    ("appoint", "张晓东", "某市人民政府副市长"),
    ("appoint", "刘洋", "某市人民代表大会常务委员会法制工作委员会主任"),
    ("appoint", "欧阳建国", "某市中级人民法院副院长"),
    ("appoint", "欧阳建国", "某市中级人民法院审判委员会委员"),
    ("appoint", "欧阳建国", "某市中级人民法院审判员"),
    ("remove", "孙伟", "某市人民政府副市长"),
    ("remove", "阿不都·热依木", "某市中级人民法院审判员"),
]


def wrapped(text: str, width: int) -> str:
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, width) or [""])
    return "\n".join(lines)


@pytest.mark.parametrize("width", [14, 16, 18, 21])
def test_a_list_in_a_narrow_column_keeps_every_change(width: int) -> None:
    out = parse_text(wrapped(LIST, width)).model_dump()
    found = [(a["action"], a["person"], a["position"]) for d in out["documents"] for a in d["appointments"]]
    assert found == CHANGES


NOTICE = (
    "某市人民政府办公室关于做好2021年春耕生产工作的通知\n某政办发〔2021〕7号\n\n"
    "各区人民政府，市政府各部门、各直属机构：\n"
    "当前正值春耕生产的关键时期，为确保粮食生产稳定，经市政府同意，现就做好今年春耕生产工作有关事项通知如下，"
    "请各地各部门结合实际认真抓好贯彻落实，确保各项措施落到实处。\n\n某市人民政府办公室\n2021年3月1日\n"
)


@pytest.mark.parametrize("width", [14, 16, 21])
def test_a_notice_in_a_narrow_column_keeps_its_head(width: int) -> None:
    out = parse_text(wrapped(NOTICE, width)).model_dump()
    docs = [(d["title"], d["doc_number"]["text"], d["date"], d["issuer"]) for d in out["documents"]]
    assert docs == [
        (
            "某市人民政府办公室关于做好2021年春耕生产工作的通知",
            "某政办发〔2021〕7号",
            "2021-03-01",
            "某市人民政府办公室",
        )
    ]


def test_roster_lines_of_one_length_stay_apart() -> None:
    """Seven roster lines of 13 characters look like a wrap width: they must not run together."""
    lines = [
        "成员：王五　区发改委副主任",
        "赵六　区财政局副局长兼主任",
        "钱七　区教育局副局长兼主任",
        "孙八　区民政局副局长兼主任",
        "周九　区卫健委副主任兼主任",
        "吴十　区住建委副主任兼主任",
        "郑一　区商务局副局长兼主任",
    ]
    text = (
        "某区人民政府办公室关于成立某某工作领导小组的通知\n各街道办事处，区政府各部门：\n"
        "经研究，决定成立某某工作领导小组，组成人员如下：\n组长：张三　区长\n"
        + "\n".join(lines)
        + "\n某区人民政府办公室\n2021年3月1日\n"
    )
    out = parse_text(text).model_dump()
    members = [(m["role"], m["person"]) for d in out["documents"] for m in d["members"]]
    assert members == [("组长", "张三")] + [("成员", line.split("　")[0].removeprefix("成员：")) for line in lines]
