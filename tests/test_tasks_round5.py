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

* **Task tables whose task column no table lists by name** (``| 序号 | 项目名称 | 牵头单位 | 配合单位 |
  完成时间 |``, 为民办实事项目): a header cell ending in a task column's last word (名称, 项目, 内容,
  任务, 措施 …; ``vocab.tasks.TEXT_HEADER_ENDS``) is the task column where no cell is one by name and
  a unit column is there; never a cell naming units or people (单位名称, 负责人). A row printed
  without outer bars that opens on its serial (``1 | 新增…``) is a row, not an item; a row ending
  on a month is not joined to the next row's serial as a number cut at the line's end
  (``…| 2021年9月`` / ``2|改造…``); a 责任单位 cell that names its roles by verbs reads as a note.

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


HEAD = "某某市人民政府办公室关于印发2021年为民办实事项目责任分工的通知\n各县区人民政府，市政府各部门：\n现将责任分工印发给你们。\n"
FOOT = "某某市人民政府办公室\n2021年3月1日\n"
TABLE_ROWS = [
    pytest.param(
        "序号 | 项目名称 | 牵头单位 | 配合单位 | 完成时间\n1 | 新增公办幼儿园学位3000个 | 市教育局 | 市财政局、市住建局 | 2021年9月\n"
        "2|改造农村公路100公里|市交通运输局|各县区政府|2021年11月底\n",
        [
            ("新增公办幼儿园学位3000个", ["市教育局"], ["市财政局", "市住建局"], "2021-09-30"),
            ("改造农村公路100公里", ["市交通运输局"], ["各县区政府"], "2021-11-30"),
        ],
        id="bare-pipes-serial-rows-project-name-column",
    ),
    pytest.param(
        "| 序号 | 建设内容 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 新建城市公园5个 | 市园林局 | 2021年年底 |\n",
        [("新建城市公园5个", ["市园林局"], [], "2021-12-31")],
        id="markdown-building-content-column",
    ),
    pytest.param(
        "序号\t民生实事项目\t责任单位\t完成时间\n1\t改造老旧小区10个\t市住建局\t2021年10月\n",
        [("改造老旧小区10个", ["市住建局"], [], "2021-10-31")],
        id="tabs-project-column",
    ),
    pytest.param(
        "| 序号 | 主要任务 | 全年目标任务 | 牵头单位 |\n| --- | --- | --- | --- |\n| 1 | 推进垃圾分类 | 达标小区210个 | 区城管局 |\n",
        [("推进垃圾分类", ["区城管局"], [], None)],
        id="a-task-column-by-name-wins-over-last-words",
    ),
    pytest.param(
        "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 推进垃圾分类 | 区城管委牵头，各街镇配合 | 长期坚持 |\n",
        [("推进垃圾分类", ["区城管委"], ["各街镇"], None)],
        id="a-unit-cell-naming-roles-by-verbs",
    ),
    pytest.param(
        "| 序号 | 单位名称 | 负责人 | 联系电话 |\n| --- | --- | --- | --- |\n| 1 | 市教育局 | 张三 | 12345678 |\n",
        [],
        id="a-contact-list-is-no-task-table",
    ),
    pytest.param(
        "| 序号 | 项目名称 | 投资额 | 建设地点 |\n| --- | --- | --- | --- |\n| 1 | 新建城市公园 | 5000万元 | 城东 |\n",
        [],
        id="a-project-list-without-a-unit-column-is-no-task-table",
    ),
]


@pytest.mark.parametrize(("table", "expected"), TABLE_ROWS)
def test_task_tables_by_their_columns(table: str, expected: list[Row]) -> None:
    from gazette_extract import parse_text

    doc = parse_text(HEAD + table + FOOT).model_dump(mode="json")["documents"][0]
    rows = [(t["text"], t["lead_units"], t["support_units"], (t["deadline"] or {}).get("date")) for t in doc["tasks"]]
    assert rows == expected


def test_rows_are_unique() -> None:
    assert_unique(TABLE_ROWS)
    assert_unique(SIGN_ROWS)
    assert_unique(KEYED_VERB_ROWS)
    assert_unique(SENTENCE_ROWS)
