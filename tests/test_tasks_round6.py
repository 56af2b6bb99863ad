"""Tasks round 6 (issue 9, session 11): task tables in layouts the reader had not met.

* **Pipe tables with a closing bar only** (``序号 | 实事项目 | … | 责任单位 | 配合单位 |``, 临安 2022):
  the closing bar made an empty last cell and the header was refused. Under a pipe metadata block
  (``发布单位 | 区政府 | 发文日期 | 2022-07-14 |``) the header row was read as one more label | value
  pair (``序号: 实事项目``), and then as the document's title.
* **Deadline cells of dated steps** (``1.4月底前主体完工。 2.8月底前竣工交付。``): several dates in one
  cell. Under a completion column (完成时限, 完成时间 …: ``vocab.tasks.COMPLETION_HEADERS``) the last
  step's date is the deadline when it is the latest of the cell; under a schedule's name (时间节点,
  进度安排 …) or when the last step is not the latest, no deadline, with ``deadline-unknown``.
* **Tables flattened one cell per line with bar lines** (吴江 2024): ``|`` lines between cells,
  ``||``/``||||`` for empty cells and row ends, merged cells (the serial, the group, the leader)
  printed in their first row only. Read by the unit cells: the last text cell before them is the
  task, a leader cell between them its leader; a lead sign (★, *, （牵头）) is read as before (a
  legend makes it lead; without one the list is left out with a warning — round 5's rule).
* **Rows whose cells run together on one line** (西城 2021): ``类别序号重点督办内容牵头单位全年完成情况`` then
  ``经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值…``: the task up to its
  full stop, then units read from a place level to a unit's ending, the note after them dropped.

Negatives: budgets, rosters, contact lists and statistics tables give no task, in every form.
Each row is synthetic, written from the class; none comes from a held-out text.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_tasks
from table_helpers import assert_unique

from gazette_extract.api import extract_str
from gazette_extract.layout.blocks import split_blocks

Row = tuple[str, list[str], list[str], str | None]


def tasks(text: str) -> tuple[list[Row], list[str]]:
    found, warnings = extract_tasks(split_blocks(text), year=2022)
    rows = [(t["text"], t["lead_units"], t["support_units"], (t["deadline"] or {}).get("date")) for t in found]
    return rows, [w["code"] for w in warnings]


# ---------------------------------------------------------------------------------------------
# Pipe tables
# ---------------------------------------------------------------------------------------------

PIPE_ROWS = [
    pytest.param(
        "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
        "1 | 新建成公办中小学7所。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 教育局 | 发改局、住建局 |\n",
        [("新建成公办中小学7所。", ["教育局"], ["发改局", "住建局"], None)],
        id="closing-bar-only-plan-column-ignored",
    ),
    pytest.param(
        "| 序号 | 重点任务 | 主责单位 | 协办单位 | 完成时限 |\n"
        "| 1 | 推进老旧小区改造。 | 区住建委 | 区财政局 | 2022年12月底前 |\n",
        [("推进老旧小区改造。", ["区住建委"], ["区财政局"], "2022-12-31")],
        id="both-bars-zhuze-xieban",
    ),
    pytest.param(
        "序号|工作任务|责任部门|完成时限|\n1|建设智慧停车场。|区城管局|2022年10月底前|\n",
        [("建设智慧停车场。", ["区城管局"], [], "2022-10-31")],
        id="no-spaces-closing-bar",
    ),
    pytest.param(
        "序号 | 重点任务 | 牵头单位 | 进度安排 |\n1 | 建设城市书房10家。 | 区文旅局 | 9月底前 |\n",
        [("建设城市书房10家。", ["区文旅局"], [], "2022-09-30")],
        id="schedule-column-one-date",
    ),
    pytest.param(
        "序号 | 重点任务 | 牵头单位 | 进度安排 |\n"
        "1 | 建设城市书房10家。 | 区文旅局 | 1.3月底前完成选址；2.9月底前建成开放。 |\n",
        [("建设城市书房10家。", ["区文旅局"], [], None)],
        id="schedule-column-steps-no-deadline",
    ),
    pytest.param(
        "序号 | 重点任务 | 牵头单位 | 时间节点 |\n"
        "1 | 新建养老驿站5家。 | 区民政局 | １．４月底前选址。２．１１月底前建成。 |\n",
        [("新建养老驿站5家。", ["区民政局"], [], None)],
        id="milestones-full-width-markers-no-deadline",
    ),
    pytest.param(
        "序号 | 重点任务 | 牵头单位 | 完成时限 |\n"
        "1 | 新建养老驿站5家。 | 区民政局 | 1.4月底前选址；2.11月底前建成。 |\n",
        [("新建养老驿站5家。", ["区民政局"], [], "2022-11-30")],
        id="completion-column-steps-last-step",
    ),
    pytest.param(
        "序号 | 重点任务 | 牵头单位 | 完成时间 |\n"
        "1 | 新建养老驿站5家。 | 区民政局 | 2022年6月底前完成3家，2022年12月底前完成5家 |\n",
        [("新建养老驿站5家。", ["区民政局"], [], "2022-12-31")],
        id="completion-column-two-dated-clauses",
    ),
    pytest.param(
        "序号 | 重点任务 | 牵头单位 | 完成时限 |\n"
        "1 | 新建养老驿站5家。 | 区民政局 | 1.11月底前建成；2.4月底前验收。 |\n",
        [("新建养老驿站5家。", ["区民政局"], [], None)],
        id="completion-column-last-step-not-latest",
    ),
    pytest.param(
        "序号 | 重点任务 | 牵头单位 | 配合单位 |\n"
        "1 | 推进垃圾分类。 | 区城管委 | 各街道 |\n"
        "序号 | 重点任务 | 牵头单位 | 配合单位 |\n"
        "2 | 建设口袋公园。 | 区园林局 | 区财政局 |\n",
        [("推进垃圾分类。", ["区城管委"], ["各街道"], None), ("建设口袋公园。", ["区园林局"], ["区财政局"], None)],
        id="repeated-header-row",
    ),
    pytest.param(
        "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
        "1 | 推动义务教育优质均衡发展，增加学位5000个。 | 王强 | 县教体局 各相关乡镇政府 | 已完成。 |\n",
        [("推动义务教育优质均衡发展，增加学位5000个。", ["县教体局", "各相关乡镇政府"], [], None)],
        id="task-and-requirements-column-leader-column",
    ),
    pytest.param(
        "| 序号 | 工作任务及要求 | 牵头单位 | 配合单位 |\n| 1 | 新建养老驿站5家。 | 区民政局 | 区财政局 |\n",
        [("新建养老驿站5家。", ["区民政局"], ["区财政局"], None)],
        id="task-and-requirements-ji",
    ),
]

PIPE_NEGATIVE_ROWS = [
    pytest.param("序号 | 项目 | 金额（万元） | 备注 |\n1 | 道路维修 | 120 | 已拨付 |\n", id="budget"),
    pytest.param("序号 | 单位 | 联系人 | 联系电话 |\n1 | 区发改委 | 张三 | 12345678 |\n", id="contact-list"),
    pytest.param("序号 | 姓名 | 职务 |\n1 | 张三 | 区发改委主任 |\n", id="roster"),
    pytest.param("序号 | 进度要求 | 备注 |\n1 | 6月底前完成 | 无 |\n", id="requirement-column-without-units"),
    pytest.param("序号 | 指标名称 | 单位 | 2021年 | 增长% |\n1 | 地区生产总值 | 亿元 | 520 | 6.1 |\n", id="statistics"),
]


@pytest.mark.parametrize(("text", "expected"), PIPE_ROWS)
def test_pipe_task_tables(text, expected):
    assert tasks(text)[0] == expected


@pytest.mark.parametrize("text", PIPE_NEGATIVE_ROWS)
def test_pipe_tables_that_are_no_task_tables(text):
    assert tasks(text) == ([], [])


def test_steps_without_a_deadline_are_warned():
    text = PIPE_ROWS[4].values[0]
    found, warnings = extract_tasks(split_blocks(text), year=2022)
    assert [t["deadline"] for t in found] == [None]
    assert [(w["code"], w["line"]) for w in warnings] == [("deadline-unknown", 2)]


HEADER_UNDER_METADATA = (
    "索引号 | 000330185/2022-00001 | 公开方式 | 主动公开 |\n"
    "公开范围 | 面向社会 | 公开时限 | 长期公开 |\n"
    "发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n"
    "{header}\n"
    "1 | 新建成公办中小学7所。 | 1.4月底前主体完工。 | 教育局 | 发改局、住建局 |\n"
)


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |", id="closing-bar"),
        pytest.param("序号|实事项目|工作举措及实施计划|责任单位|配合单位|", id="no-spaces"),
        pytest.param("编号 | 实事项目 | 实施计划 | 牵头单位 | 配合单位 |", id="bianhao-lead"),
    ],
)
def test_a_task_table_under_pipe_metadata_is_neither_metadata_nor_title(header):
    out = extract_str(HEADER_UNDER_METADATA.format(header=header))
    (doc,) = out["documents"]
    assert doc["title"] is None
    assert "序号" not in doc["metadata"] and "编号" not in doc["metadata"]
    assert doc["issuer"] == "区政府" and doc["date"] == "2022-07-14"
    assert [(t["lead_units"], t["support_units"]) for t in doc["tasks"]] == [(["教育局"], ["发改局", "住建局"])]


# ---------------------------------------------------------------------------------------------
# One cell per line, with bar lines
# ---------------------------------------------------------------------------------------------


def bar_table(header: list[str], *rows: list[str]) -> str:
    """Cells one per line, each followed by a bar line; a row's empty cells as extra bars."""
    lines: list[str] = []
    for cell in header:
        lines += [cell, "|"]
    for row in rows:
        empties = 0
        for cell in row:
            if cell:
                lines += [cell, "|"]
            else:
                empties += 1
                lines.append("|")
        if empties:
            lines.append("|" * empties)
    return "\n".join(lines) + "\n"


WUJIANG_HEADER = ["序号", "项目", "重点工作目标任务", "牵头领导", "责任单位"]
LEGEND = "注：带★的为牵头单位。\n"

BAR_ROWS = [
    pytest.param(
        LEGEND
        + bar_table(
            WUJIANG_HEADER,
            ["一、全区经济社会发展主要预期目标"],
            ["1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱 宇", "★区发改委、区统计局"],
            ["2.一般公共预算收入增长6%以上。", "★区财政局、区税务局"],
            ["3.规上工业总产值增长5%左右。", "", "★区工信局、区统计局"],
        ),
        [
            ("地区生产总值增长5%以上。", ["区发改委"], ["区统计局"], None),
            ("一般公共预算收入增长6%以上。", ["区财政局"], ["区税务局"], None),
            ("规上工业总产值增长5%左右。", ["区工信局"], ["区统计局"], None),
        ],
        id="star-legend-merged-leader",
    ),
    pytest.param(
        bar_table(
            ["序号", "工作任务", "责任单位"],
            ["1", "推进老旧小区改造。", "区住建局（牵头）、区财政局"],
            ["2", "建设口袋公园10个。", "区园林局"],
        ),
        [
            ("推进老旧小区改造。", ["区住建局"], ["区财政局"], None),
            ("建设口袋公园10个。", ["区园林局"], [], None),
        ],
        id="lead-mark-in-brackets",
    ),
    pytest.param(
        "（*为牵头单位）\n" + bar_table(["序号", "重点任务", "责任单位"], ["1", "推进垃圾分类。", "区城管委*、各街道"]),
        [("推进垃圾分类。", ["区城管委"], ["各街道"], None)],
        id="asterisk-after-the-unit-legend",
    ),
    pytest.param(
        bar_table(
            ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "新建养老驿站5家。", "区民政局", "区财政局、各街道", "2022年11月底前"],
            ["2", "建设城市书房10家。", "区文旅局", "区教委", "长期坚持"],
        ),
        [
            ("新建养老驿站5家。", ["区民政局"], ["区财政局", "各街道"], "2022-11-30"),
            ("建设城市书房10家。", ["区文旅局"], ["区教委"], None),
        ],
        id="two-unit-columns-and-deadline",
    ),
    pytest.param(
        bar_table(
            ["序号", "重点任务", "牵头单位", "配合单位"],
            ["1", "新建养老驿站5家。", "区民政局", "区财政局"],
            ["2", "建设城市书房10家。", "区文旅局"],
        ),
        [("新建养老驿站5家。", ["区民政局"], ["区财政局"], None)],
        id="two-unit-columns-one-cell-missing-no-task",
    ),
    pytest.param(
        bar_table(
            ["序号", "重点工作", "分管领导", "责任单位"],
            ["1", "推进乡村振兴。", "欧阳明高", "县农业农村局"],
            ["2", "整治人居环境。", "县住建局"],
        ),
        [("推进乡村振兴。", ["县农业农村局"], [], None), ("整治人居环境。", ["县住建局"], [], None)],
        id="four-character-leader-is-no-task",
    ),
    pytest.param(
        bar_table(
            ["序号", "重点任务", "责任单位"],
            ["1", "推进垃圾分类。", "区城管委"],
            ["序号", "重点任务", "责任单位"],
            ["2", "建设口袋公园10个。", "区园林局"],
        ),
        [("推进垃圾分类。", ["区城管委"], [], None), ("建设口袋公园10个。", ["区园林局"], [], None)],
        id="header-repeated-after-a-page-break",
    ),
]

BAR_NEGATIVE_ROWS = [
    pytest.param(
        bar_table(["序号", "重点任务", "进展情况", "责任单位"], ["1", "推进垃圾分类。", "已完成80%。", "区城管委"]),
        id="ignored-column-between-task-and-units",
    ),
    pytest.param(bar_table(["序号", "姓名", "职务"], ["1", "张三", "区发改委主任"]), id="roster"),
    pytest.param(
        bar_table(["序号", "单位", "联系人", "联系电话"], ["1", "区发改委", "张三", "12345678"]), id="contacts"
    ),
    pytest.param(bar_table(["序号", "项目", "金额", "备注"], ["1", "道路维修工程", "120", "已拨付"]), id="budget"),
    pytest.param(
        bar_table(WUJIANG_HEADER, ["1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱宇"]),
        id="row-cut-before-its-units",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAR_ROWS)
def test_cell_per_line_tables_with_bar_lines(text, expected):
    assert tasks(text)[0] == expected


@pytest.mark.parametrize("text", BAR_NEGATIVE_ROWS)
def test_cell_per_line_tables_that_give_no_task(text):
    assert tasks(text)[0] == []


def test_a_star_without_its_legend_leaves_the_units_out():
    text = bar_table(WUJIANG_HEADER, ["1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱宇", "★区发改委、区统计局"])
    found, warnings = extract_tasks(split_blocks(text), year=2024)
    assert [(t["text"], t["lead_units"], t["support_units"]) for t in found] == [("地区生产总值增长5%以上。", [], [])]
    assert [w["code"] for w in warnings] == ["unit-list-unclear", "task-without-units"]


def test_a_row_without_its_leader_cell_names_no_leader():
    text = bar_table(
        WUJIANG_HEADER,
        ["1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱宇", "区发改委"],
        ["2.一般公共预算收入增长6%以上。", "区财政局"],
    )
    found, _ = extract_tasks(split_blocks(text), year=2024)
    assert [t["lead_people"] for t in found] == [["钱宇"], []]


def test_traditional_bar_table_through_the_pipeline():
    text = LEGEND.replace("带", "帶").replace("为牵头单位", "為牽頭單位") + bar_table(
        ["序號", "項目", "重點工作目標任務", "牽頭領導", "責任單位"],
        ["1", "主要預期目標", "1.地區生產總值增長5%以上。", "錢 宇", "★區發改委、區統計局"],
    )
    (doc,) = extract_str(text)["documents"]
    assert [(t["lead_units"], t["support_units"]) for t in doc["tasks"]] == [(["区发改委"], ["区统计局"])]


# ---------------------------------------------------------------------------------------------
# Cells run together, one row per line
# ---------------------------------------------------------------------------------------------

RUN_ROWS = [
    pytest.param(
        "西城区政府2020年重点工作任务目标全年完成情况类别序号重点督办内容牵头单位全年完成情况"
        "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速调整为正增长。\n"
        "经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。区财政局全年完成413.84亿元。\n"
        "经济社会发展主要预期目标3城镇登记失业率控制在1.5%以内。区人力社保局根据市人力社保局要求扩展统计范围。\n",
        [
            ("地区生产总值增长6%左右。", ["区发展改革委"], [], None),
            ("区级一般公共预算收入增长2%左右。", ["区财政局"], [], None),
            ("城镇登记失业率控制在1.5%以内。", ["区人力社保局"], [], None),
        ],
        id="caption-header-first-row-run-together",
    ),
    pytest.param(
        "序号重点任务责任单位完成情况\n"
        "1推进老旧小区改造。区住房城乡建设委、区财政局已完成。\n"
        "2建设口袋公园10个。区教育委员会已建成12个。\n",
        [
            ("推进老旧小区改造。", ["区住房城乡建设委", "区财政局"], [], None),
            ("建设口袋公园10个。", ["区教育委员会"], [], None),
        ],
        id="header-alone-units-listed-longest-ending",
    ),
    pytest.param(
        "类别序号工作任务牵头单位进展\n民生实事1.新建养老驿站5家。区民政局2022年已建成3家。\n",
        [("新建养老驿站5家。", ["区民政局"], [], None)],
        id="numbered-with-a-dot",
    ),
]

RUN_NEGATIVE_ROWS = [
    pytest.param("序号重点任务牵头单位配合单位\n1推进老旧小区改造。区住建委区财政局\n", id="two-unit-columns"),
    pytest.param("序号重点任务牵头单位完成情况\n1推进老旧小区改造区住建委已完成\n", id="task-without-full-stop"),
    pytest.param("序号重点任务牵头单位完成情况\n1推进老旧小区改造。住建委已完成。\n", id="unit-without-place-level"),
    pytest.param("序号重点任务牵头单位完成情况\n2推进老旧小区改造。区住建委已完成。\n", id="numbers-not-from-one"),
    pytest.param("序号项目金额备注\n1道路维修工程。区财政局拨付120万元。\n", id="budget-header"),
    pytest.param("序号重点任务牵头单位完成情况\n1推进老旧小区改造。区域内新建成党建服务部3个。\n", id="note-of-prose"),
    pytest.param("序号重点任务牵头单位完成情况\n1推进老旧小区改造。区住建局局长张三已完成。\n", id="unit-going-on"),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ROWS)
def test_rows_whose_cells_run_together(text, expected):
    assert tasks(text)[0] == expected


@pytest.mark.parametrize("text", RUN_NEGATIVE_ROWS)
def test_run_together_rows_that_give_no_task(text):
    assert tasks(text)[0] == []


def test_rows_are_unique():
    for rows in (PIPE_ROWS, BAR_ROWS, RUN_ROWS):
        assert_unique(rows)
    for rows in (PIPE_NEGATIVE_ROWS, BAR_NEGATIVE_ROWS, RUN_NEGATIVE_ROWS):
        assert_unique(rows)


# ---------------------------------------------------------------------------------------------
# Bold marks: the text loses them
# ---------------------------------------------------------------------------------------------

BOLD_ROWS = [
    pytest.param(
        "（加粗的为牵头单位）\n序号 | 重点任务 | 责任单位 |\n1 | 推进垃圾分类。 | **区城管委**、区财政局 |\n",
        [("推进垃圾分类。", [], [], None)],
        ["unit-list-unclear", "task-without-units"],
        id="bold-legend-pipe-two-units-left-out",
    ),
    pytest.param(
        "注：黑体字单位为牵头单位。\n（一）推进垃圾分类。（责任单位：区城管委、区财政局）\n",
        [("推进垃圾分类。", [], [], None)],
        ["unit-list-unclear", "task-without-units"],
        id="black-type-legend-note",
    ),
    pytest.param(
        "字体加粗的单位是牵头单位\n序号 | 重点任务 | 责任单位 |\n1 | 建设城市书房。 | **区文旅局** |\n",
        [("建设城市书房。", ["区文旅局"], [], None)],
        [],
        id="bold-legend-one-unit-leads",
    ),
    pytest.param(
        "（加粗的为牵头单位）\n序号 | 重点任务 | 牵头单位 | 配合单位 |\n1 | 推进垃圾分类。 | 区城管委 | 区财政局 |\n",
        [("推进垃圾分类。", ["区城管委"], ["区财政局"], None)],
        [],
        id="bold-legend-roles-by-columns-kept",
    ),
    pytest.param(
        "序号 | 重点任务 | 责任单位 |\n1 | 推进垃圾分类。 | **区城管委**、区财政局 |\n",
        [("推进垃圾分类。", ["区城管委", "区财政局"], [], None)],
        [],
        id="bold-without-legend-one-role-all-lead",
    ),
]


@pytest.mark.parametrize(("text", "expected", "codes"), BOLD_ROWS)
def test_bold_lead_marks_and_their_legend(text, expected, codes):
    assert tasks(text) == (expected, codes)


def test_bold_rows_are_unique():
    assert_unique(BOLD_ROWS)
