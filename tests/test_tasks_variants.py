"""Tasks in the variants the grown dev corpus shows (issue 9, round 2), table-driven and synthetic:
field values closed by a lead verb, the first-is-lead rule as a remark inside a unit list, list
tails, and task tables whose header a normalizer glued to the table's title."""

from __future__ import annotations

import pytest
from record_helpers import extract_tasks
from table_helpers import assert_unique

from gazette_extract.layout.blocks import split_blocks


def units(text: str) -> list[tuple[str, list[str], list[str]]]:
    tasks, _warnings = extract_tasks(split_blocks(text), year=2023)
    return [(t["text"][:6], t["lead_units"], t["support_units"]) for t in tasks]


FIELD_ROWS = [
    pytest.param(
        "1.提高城乡居民收入。\n责任单位：市人力社保局、市农业农村局分别牵头",
        [("提高城乡居民", ["市人力社保局", "市农业农村局"], [])],
        id="fenbie-qiantou-each-leads",
    ),
    pytest.param(
        "列第一位者为牵头单位。\n1.提高城乡居民收入。\n责任单位:市人力社保局、市农业农村局共同牵头",
        [("提高城乡居民", ["市人力社保局", "市农业农村局"], [])],
        id="gongtong-qiantou-overrides-first-is-lead",
    ),
    pytest.param(
        "1.推进完善长效机制。\n责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）",
        [("推进完善长效", ["市发改委"], ["市财政局"])],
        id="remark-first-unit-leads-fullwidth",
    ),
    pytest.param(
        "1.推进完善长效机制。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)",
        [("推进完善长效", ["市发改委"], ["市财政局"])],
        id="remark-first-unit-leads-ascii",
    ),
    pytest.param(
        "1.固定资产投资增长10%。\n责任单位:市发改委、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)、市建设局",
        [("固定资产投资", ["市发改委"], ["市卫生健康委", "市建设局"])],
        id="remark-inside-the-list-lead-or-summary",
    ),
    pytest.param(
        "（一）提供法治保障。\n责任单位：县政府办公室、县司法局，乡镇人民政府按职责分工分别负责。",
        [("提供法治保障", ["县政府办公室", "县司法局", "乡镇人民政府"], [])],
        id="anzhize-fengong-fenbie-tail",
    ),
    pytest.param(
        "1.提高收入。\n责任单位：市人力社保局按职责分别负责",
        [("提高收入。", ["市人力社保局"], [])],
        id="anzhize-fenbie-tail",
    ),
]
assert_unique(FIELD_ROWS)


@pytest.mark.parametrize(("text", "expected"), FIELD_ROWS)
def test_field_value_variants(text, expected):
    assert units(text) == expected


GLUED_HEADER_ROWS = [
    pytest.param("分解表序号2022年预期目标责任单位", id="year-before-text-header"),
    pytest.param("分解表序号2022年度预期目标牵头单位", id="year-du-before-text-header"),
    pytest.param("重点工作任务分解表序号工作任务责任单位", id="plain-header"),
    pytest.param("分解表编号目标任务责任部门", id="bianhao-header"),
]
assert_unique(GLUED_HEADER_ROWS)


@pytest.mark.parametrize("head", GLUED_HEADER_ROWS)
def test_cell_line_table_with_header_glued_to_its_title(head):
    text = f"附件1\n\n{head}\n\n1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n2\n\n固定资产投资增长6%左右\n\n区财政局\n\n附件2\n"
    assert [(t[0], t[1]) for t in units(text)] == [("地区生产总值", ["区发展改革委"]), ("固定资产投资", ["区财政局"])]


def test_glued_header_with_an_unknown_name_is_no_table():
    text = "附件1\n\n分解表序号2022年预期目标备注说明\n\n1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n"
    assert units(text) == []


def people_and_units(text: str):
    tasks, warnings = extract_tasks(split_blocks(text), year=2021)
    return [(t["lead_people"], t["lead_units"], t["support_units"]) for t in tasks], [w["code"] for w in warnings]


NOTE_FIELD_ROWS = [
    pytest.param(
        "1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。",
        ([(["林克庆"], ["省发展改革委"], ["各地", "各部门"])], []),
        id="fengong-lead-and-support",
    ),
    pytest.param(
        "1.地区生产总值增长6%以上。\n分管市领导：张三\n责任分工：市发展改革委负责",
        ([(["张三"], ["市发展改革委"], [])], []),
        id="zeren-fengong-responsible",
    ),
    pytest.param(
        "1.地区生产总值增长6%以上。\n任务分工：区教委牵头，各镇街配合，2021年6月底前完成",
        ([([], ["区教委"], ["各镇街"])], []),
        id="renwu-fengong-with-deadline",
    ),
    pytest.param(
        "1.地区生产总值增长6%以上。\n部门分工：由各地按照要求做好工作\n",
        ([([], [], [])], ["task-without-units", "unit-list-unclear"]),
        id="fengong-prose-gives-no-units-and-warns",
    ),
]
assert_unique(NOTE_FIELD_ROWS)


@pytest.mark.parametrize(("text", "expected"), NOTE_FIELD_ROWS)
def test_fields_whose_value_is_a_verb_note(text, expected):
    assert people_and_units(text) == expected


PIPE_HEAD = (
    "序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n1-10月推进情况 |\n说明 |\n"
)


def table_tasks(text: str):
    tasks, _warnings = extract_tasks(split_blocks(text), year=2023)
    return [(t["text"][:6], t["lead_people"], t["lead_units"], t["support_units"]) for t in tasks]


SHORT_ROW_ROWS = [
    pytest.param(
        PIPE_HEAD + "24 |\n优化提升背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工。 |\n||\n"
        "25 |\n新建建筑垃圾中转站8个。 |\n王　强 |\n城管局 |\n崇川经济开发区 |\n已建成3个。 |\n",
        [
            ("优化提升背街", ["徐国江"], ["城管局"], ["市政局", "相关街道"]),
            ("新建建筑垃圾", ["王 强"], ["城管局"], ["崇川经济开发区"]),
        ],
        id="rows-short-by-an-ignored-column-numbers-from-24",
    ),
    pytest.param(
        PIPE_HEAD
        + "1 |\n优化提升背街后巷交通组织。 |\n全年完成50条 |\n徐国江 |\n城管局 |\n市政局 |\n已进场施工。 |\n无 |\n",
        [("优化提升背街", ["徐国江"], ["城管局"], ["市政局"])],
        id="full-width-row-still-read",
    ),
    pytest.param(
        PIPE_HEAD + "1 |\n优化提升背街后巷交通组织。 |\n城管局 |\n市政局 |\n已进场施工。 |\n",
        [],
        id="no-name-under-the-leader-column-no-task",
    ),
]
assert_unique(SHORT_ROW_ROWS)


@pytest.mark.parametrize(("text", "expected"), SHORT_ROW_ROWS)
def test_cell_per_line_rows_shorter_than_their_header(text, expected):
    assert table_tasks(text) == expected


def test_cell_per_line_table_cut_inside_its_last_unit_cell():
    text = (
        "序号\n\n主要任务\n\n进展情况\n\n责任单位\n\n1\n\n坚持稳开稳走的总体态势。\n\n已完成。\n\n市发改委\n\n"
        "2\n\n深入推进军民融合示范区建设。\n\n正在办理。\n\n市发"
    )
    tasks, warnings = extract_tasks(split_blocks(text), year=2020)
    assert [(t["text"][:6], t["lead_units"]) for t in tasks] == [("坚持稳开稳走", ["市发改委"]), ("深入推进军民", [])]
    assert any(w["code"] == "unit-list-unclear" and "市发" in w["message"] for w in warnings)


def test_cell_per_line_table_whole_last_unit_is_kept():
    text = (
        "序号\n\n主要任务\n\n进展情况\n\n责任单位\n\n1\n\n坚持稳开稳走的总体态势。\n\n已完成。\n\n市发改委\n\n"
        "2\n\n深入推进军民融合示范区建设。\n\n正在办理。\n\n市财政局"
    )
    tasks, _warnings = extract_tasks(split_blocks(text), year=2020)
    assert [t["lead_units"] for t in tasks] == [["市发改委"], ["市财政局"]]
