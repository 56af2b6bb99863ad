"""Tables printed with spaces (``pdftotext -layout``, hand-aligned Word files) read as tables
(text/spacetables.py). The texts are rendered here as pdftotext renders a PDF table: each cell
left-aligned at its column, wrapped inside the column's width, two spaces or more between
columns, headers centred or left-aligned. Negative rows: tables without a 序号 column, prose with
double spaces, and prose right under a table give no task and no false cell."""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text
from gazette_extract.text.spacetables import space_table_rows


def _width(text: str) -> int:
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for ch in text:
        if _width(current + ch) > width:
            lines.append(current)
            current = ""
        current += ch
    return [*lines, current] if current or not lines else lines


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def render(header: list[str], rows: list[list[str]], widths: list[int], *, gap: int = 4, centre: bool = False) -> str:
    """The table as pdftotext -layout prints it."""
    out = []
    head = [
        (_pad(" " * ((w - _width(h)) // 2) + h, w) if centre else _pad(h, w))
        for h, w in zip(header, widths, strict=False)
    ]
    out.append((" " * gap).join(head).rstrip())
    for row in rows:
        wrapped = [_wrap(cell, w) for cell, w in zip(row, widths, strict=False)]
        for k in range(max(len(c) for c in wrapped)):
            parts = [_pad(c[k] if k < len(c) else "", w) for c, w in zip(wrapped, widths, strict=False)]
            out.append((" " * gap).join(parts).rstrip())
    return "\n".join(out)


HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    [
        "1",
        "推进老旧小区综合整治，完成30个小区改造任务",
        "区住房城乡建设委",
        "各乡镇人民政府、各街道办事处",
        "2021年11月底前",
    ],
    ["2", "实施公用事业领域惠民行动", "区城市管理委", "区发展改革委", "2021年12月底前"],
    ["3", "建设智慧教育平台，推进中小学数字校园全覆盖", "区教委", "区科信局、区财政局", "长期推进"],
]
EXPECTED = [
    (
        "推进老旧小区综合整治，完成30个小区改造任务",
        ("区住房城乡建设委",),
        ("各乡镇人民政府", "各街道办事处"),
        "2021-11-30",
    ),
    ("实施公用事业领域惠民行动", ("区城市管理委",), ("区发展改革委",), "2021-12-31"),
    ("建设智慧教育平台，推进中小学数字校园全覆盖", ("区教委",), ("区科信局", "区财政局"), None),
]


def _document(table: str, after: str = "各单位要高度重视，确保各项任务按期完成。") -> str:
    return "\n".join(
        [
            "北京市平谷区人民政府关于印发2021年重点工作任务分工的通知",
            "京平政发〔2021〕3号",
            "",
            "各乡镇人民政府，区政府各部门：",
            "现将2021年重点工作任务分工印发给你们，请认真落实。",
            "",
            table,
            "",
            after,
            "",
            "北京市平谷区人民政府",
            "2021年3月1日",
        ]
    )


def _tasks(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    doc = parse_text(text).documents[0]
    return [
        (t.text, tuple(t.lead_units), tuple(t.support_units), t.deadline.date if t.deadline else None)
        for t in doc.tasks
    ]


LAYOUTS = {
    "wide-no-wrap": {"widths": [4, 44, 16, 30, 14]},
    "wrapped-cells": {"widths": [4, 20, 10, 14, 14]},
    "narrow-wrap-gap-2": {"widths": [4, 16, 10, 12, 14], "gap": 2},
    "centred-headers": {"widths": [6, 24, 12, 16, 14], "centre": True},
    "ideographic-gap": {"widths": [4, 44, 16, 30, 14]},
}


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_space_printed_task_table_gives_its_tasks(layout: dict) -> None:
    table = render(HEADER, ROWS, **layout)
    if layout is LAYOUTS["ideographic-gap"]:
        table = table.replace("    ", "\u3000\u3000")
    assert _tasks(_document(table)) == EXPECTED


def test_the_header_printed_again_after_a_page_break_is_skipped() -> None:
    widths = [4, 20, 10, 14, 14]
    table = render(HEADER, ROWS[:2], widths) + "\n\f" + render(HEADER, ROWS[2:], widths)
    assert _tasks(_document(table)) == EXPECTED


def test_blank_lines_between_rows_keep_the_table_open() -> None:
    widths = [4, 20, 10, 14, 14]
    rows = "\n\n".join(render(HEADER, [row], widths).split("\n", 1)[1] for row in ROWS)
    table = render(HEADER, [], widths) + "\n" + rows  # one blank line between rows
    assert _tasks(_document(table)) == EXPECTED


def test_spaced_header_names_are_one_name() -> None:
    table = render(HEADER, ROWS, [4, 44, 16, 30, 14]).replace("序号", "序  号", 1)
    assert _tasks(_document(table)) == EXPECTED


def test_prose_indented_right_under_the_table_continues_no_cell() -> None:
    table = render(HEADER, ROWS, [4, 20, 10, 14, 14])
    after = "　　各单位要高度重视，切实加强组织领导，细化工作措施，明确时间节点，确保各项任务按期保质完成，并于每季度末报送进展情况。"
    tasks = _tasks(_document(table + "\n" + after, after=""))
    assert tasks == EXPECTED


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(  # (one line per row is read since robustness round 8: tests/test_robustness_round8.py)
            [
                "重点任务        牵头单位        完成时限",
                "建设智慧教育平台，完成    区教委    长期推进",
                "30个小区改造",
            ],
            id="no-number-column-row-wrapped",
        ),
        pytest.param(["序号  说明", "1     本办法自发布之日起施行"], id="unknown-column-names"),
        pytest.param(["根据  有关规定  现通知如下", "1  各单位要高度重视"], id="prose-with-double-spaces"),
        pytest.param(["序号\t重点任务\t牵头单位", "1\t建设智慧教育平台\t区教委"], id="tab-table-left-alone"),
    ],
)
def test_lines_that_are_not_a_space_printed_table_are_left_as_they_are(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert space_table_rows(text.split("\n"), text) == {}


def test_a_row_number_column_with_chinese_numbering() -> None:
    rows = [[n, *row[1:]] for n, row in zip(("一、", "二、", "三、"), ROWS, strict=False)]
    assert _tasks(_document(render(HEADER, rows, [4, 20, 10, 14, 14]))) == EXPECTED


def test_the_rows_keep_their_source_lines() -> None:
    """A task's lines run from its row's first line to the last line of its wrapped cells."""
    text = _document(render(HEADER, ROWS, [4, 20, 10, 14, 14]))
    lines = text.split("\n")
    for task in parse_text(text).documents[0].tasks:
        first, rest = lines[task.lines.start - 1], lines[task.lines.start : task.lines.end]
        assert task.text[:8] in first
        assert task.text[-1] in "".join(rest or [first])  # its last character on the row's last line
        assert task.lines.end == task.lines.start + len(rest)
        below = lines[task.lines.end] if task.lines.end < len(lines) else ""
        assert not below.strip() or below.split()[0].rstrip("、") in ("2", "3", "二", "三")


def test_a_space_printed_appointment_table() -> None:
    header = ["序号", "姓名", "拟任职务", "拟免职务"]
    rows = [
        ["1", "张伟", "区发展和改革委员会主任", "区财政局局长"],
        ["2", "李娜", "区教育委员会主任", ""],
    ]
    table = render(header, rows, [4, 8, 24, 20])
    text = "\n".join(["北京市平谷区人民代表大会常务委员会任免名单", "（2021年3月1日）", "", table])
    doc = parse_text(text).documents[0]
    got = {(a.action, a.person, a.position) for a in doc.appointments}
    assert ("appoint", "张伟", "区发展和改革委员会主任") in got
    assert ("appoint", "李娜", "区教育委员会主任") in got
    assert all(a.person in ("张伟", "李娜") for a in doc.appointments)
