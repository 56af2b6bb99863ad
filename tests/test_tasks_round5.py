"""Tasks round 5 (issue 9, session 10, by the lead): three forms of naming the lead unit.

* **A sign and its legend.** Plans mark the lead unit with a sign and say so once: ``县税务局*、
  县财政局（*为牵头单位）``, or ``注：带★的为牵头单位`` above the table. The legend was read as a unit
  and both units as leads (``县财政局（*为牵头单位）`` led: a false fact). Now a signed unit leads where
  the document's legend says so; a sign with no legend leaves the list out, with a warning.
* **A key whose value names the roles with verbs.** ``责任单位：县住建局牵头，县自然资源局、县发改局按
  职责分工负责`` gave no unit at all (the list refused: "县住建局牵头" is not a unit); it reads as the
  bracket note ``（X牵头，Y、Z按职责分工负责）`` does.
* **A note printed as the item's last sentence, with no bracket.** ``5.开展信用修复。县发改局负责，
  2021年6月30日前完成。`` gave no task. Only a sentence of unit lists each closed by its verb, then at
  most a dated (or short ongoing) deadline; the units short, ending as units do, with no clause word
  inside (``其后勤工作分别由水电部和宜昌市人民政府负责`` is prose about units, and gives nothing).

Each row is synthetic, written from the class; none comes from a held-out text.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_tasks
from table_helpers import assert_unique

from gazette_extract.layout.blocks import split_blocks

Row = tuple[str, list[str], list[str], str | None]


def tasks(text: str) -> tuple[list[Row], list[str]]:
    found, warnings = extract_tasks(split_blocks(text), year=2021)
    rows = [(t["text"], t["lead_units"], t["support_units"], (t["deadline"] or {}).get("date")) for t in found]
    return rows, [w["code"] for w in warnings]


SIGN_ROWS = [
    pytest.param(
        "（一）优化纳税服务。（责任单位：县税务局*、县财政局（*为牵头单位））\n",
        [("优化纳税服务。", ["县税务局"], ["县财政局"], None)],
        id="star-with-its-legend-in-the-list",
    ),
    pytest.param(
        "（一）优化纳税服务。责任单位：县税务局＊、县财政局（＊为牵头单位）\n",
        [("优化纳税服务。", ["县税务局"], ["县财政局"], None)],
        id="full-width-star-inline-field",
    ),
    pytest.param(
        "注：带★的为牵头单位。\n（一）优化纳税服务。（责任单位：县财政局、县税务局★）\n"
        "（二）压缩审批时限。（责任单位：县住建局★、县自然资源局）\n",
        [
            ("优化纳税服务。", ["县税务局"], ["县财政局"], None),
            ("压缩审批时限。", ["县住建局"], ["县自然资源局"], None),
        ],
        id="black-star-legend-on-its-own-line",
    ),
    pytest.param(
        "（一）优化纳税服务。（责任单位：县税务局△、县财政局）\n（标“△”者为牵头部门）\n",
        [("优化纳税服务。", ["县税务局"], ["县财政局"], None)],
        id="triangle-legend-quoted-below",
    ),
    pytest.param(
        "（一）优化纳税服务。（责任单位：※县税务局、县财政局）\n注：加※的单位是牵头单位\n",
        [("优化纳税服务。", ["县税务局"], ["县财政局"], None)],
        id="sign-before-the-unit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGN_ROWS)
def test_signed_units_lead_where_the_legend_says(text: str, expected: list[Row]) -> None:
    assert tasks(text)[0] == expected


def test_a_sign_without_a_legend_leaves_the_list_out() -> None:
    rows, codes = tasks("（一）优化纳税服务。（责任单位：县税务局*、县财政局）\n")
    assert rows == [("优化纳税服务。", [], [], None)]
    assert "unit-list-unclear" in codes


KEYED_VERB_ROWS = [
    pytest.param(
        "（二）压缩审批时限。责任单位：县住建局牵头，县自然资源局、县发改局按职责分工负责。\n",
        [("压缩审批时限。", ["县住建局"], ["县自然资源局", "县发改局"], None)],
        id="responsible-key-lead-verb-then-duty-verb",
    ),
    pytest.param(
        "（二）压缩审批时限。（责任单位：市商务局牵头，市财政局配合；完成时限：2021年9月底前）\n",
        [("压缩审批时限。", ["市商务局"], ["市财政局"], "2021-09-30")],
        id="responsible-key-lead-and-support-verbs-then-deadline-key",
    ),
    pytest.param(
        "（二）压缩审批时限。【责任单位】市商务局牵头，市财政局、市税务局参与\n",
        [("压缩审批时限。", ["市商务局"], ["市财政局", "市税务局"], None)],
        id="bracketed-key-verbs",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEYED_VERB_ROWS)
def test_a_key_whose_value_names_roles_by_verbs(text: str, expected: list[Row]) -> None:
    assert tasks(text)[0] == expected


SENTENCE_ROWS = [
    pytest.param(
        "5.开展信用修复。县发改局负责，2021年6月30日前完成。\n",
        [("开展信用修复。", ["县发改局"], [], "2021-06-30")],
        id="unit-verb-then-dated-deadline",
    ),
    pytest.param(
        "（三）推进外贸稳增长。市商务局牵头，市财政局、市税务局配合。\n",
        [("推进外贸稳增长。", ["市商务局"], ["市财政局", "市税务局"], None)],
        id="lead-then-support-sentence",
    ),
    pytest.param(
        "3．推进数据共享；区大数据局负责，长期坚持。\n",
        [("推进数据共享；", ["区大数据局"], [], None)],
        id="after-a-semicolon-ongoing",
    ),
    # what must give no unit: a clause of the task's own, prose about units, a long sentence
    pytest.param(
        "（四）建立在建项目清单。明确建设进度时间安排，协同解决项目建设过程中的困难和问题。\n",
        [],
        id="a-task-clause-with-a-verb-is-no-note",
    ),
    pytest.param(
        "（五）理顺管理体制。办公室设在水电部；其后勤工作分别由水电部和宜昌市人民政府负责。\n",
        [],
        id="prose-about-units-is-no-note",
    ),
    pytest.param(
        "（六）加强党的建设。党委宣传部门、组织部门要加强对国有文化企业党建工作的指导。\n",
        [],
        id="units-as-subject-of-prose",
    ),
    pytest.param(
        "（七）开展信用修复。县发改局负责，确保取得实效。\n",
        [],
        id="a-duty-clause-after-the-verb-is-no-deadline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_ROWS)
def test_a_note_as_the_items_last_sentence(text: str, expected: list[Row]) -> None:
    rows = [r for r in tasks(text)[0] if r[1] or r[2]]
    assert rows == expected


def test_rows_are_unique() -> None:
    assert_unique(SIGN_ROWS)
    assert_unique(KEYED_VERB_ROWS)
    assert_unique(SENTENCE_ROWS)
