"""Tasks: lead units, supporting units, lead people and deadlines.

Grouped by origin: the bundled real gazette issue (samples/pinggu-2021-01.txt) and State Council
documents (samples/more/gwy-*.txt); then each task shape seen in other gazettes, written from
their descriptions; then text that must not give tasks; then tables of unit lists and notes;
then properties.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from record_helpers import extract_tasks
from table_helpers import assert_unique

from gazette_extract.layout.blocks import HEADING, split_blocks
from gazette_extract.records.tasks import parse_unit_note, split_units, table_columns
from gazette_extract.vocab.tasks import (
    DEADLINE,
    FIELD_KEYS,
    LEAD,
    NOTE,
    NOTE_VERBS,
    NUMBER,
    PEOPLE,
    RESPONSIBLE,
    SUPPORT,
    TABLE_HEADERS,
    TEXT,
)

_HERE = Path(__file__).resolve().parent
_SAMPLE_DIRS = [_HERE.parent / "samples", Path("/work/shared/samples")]


def sample_path(name: str) -> Path:
    for directory in _SAMPLE_DIRS:
        if (directory / name).exists():
            return directory / name
    pytest.skip(f"sample {name} not available")


def tasks_of(text: str, year: int | None = 2021):
    return extract_tasks(split_blocks(text), year=year)


def by_text(tasks: list[dict], start: str) -> dict:
    found = [t for t in tasks if t["text"].startswith(start)]
    assert len(found) == 1, (start, [t["text"][:20] for t in tasks])
    return found[0]


# ---------------------------------------------------------------------------------------------
# The real gazette issue
# ---------------------------------------------------------------------------------------------


def split_issue(blocks):
    """The issue's documents as (title, blocks): each starts at a title heading after the contents."""
    starts = [
        i
        for i, b in enumerate(blocks)
        if b.kind == HEADING
        and b.line >= 45
        and b.text.startswith("北京市平谷区人民政府")
        and b.text.endswith("的通知")
    ]
    return [
        (blocks[a].text.replace(" ", ""), blocks[a:b]) for a, b in zip(starts, [*starts[1:], len(blocks)], strict=False)
    ]


@pytest.fixture(scope="module")
def issue():
    blocks = split_blocks(sample_path("pinggu-2021-01.txt").read_text(encoding="utf-8"))
    docs = split_issue(blocks)
    assert len(docs) == 5
    return [(title, doc, *extract_tasks(doc, year=2021)) for title, doc in docs]


def doc_tasks(issue, word: str):
    found = [(tasks, warnings) for title, _, tasks, warnings in issue if word in title]
    assert len(found) == 1
    return found[0]


def test_sample_task_counts(issue):
    counts = [len(tasks) for _, _, tasks, _ in issue]
    assert counts == [40, 32, 0, 0, 41]
    assert sum(counts) == 113


def test_sample_no_warnings(issue):
    assert [w for _, _, _, warnings in issue for w in warnings] == []


def test_sample_ids_and_lines(issue):
    for _, doc, tasks, _ in issue:
        assert [t["id"] for t in tasks] == [f"t{i}" for i in range(1, len(tasks) + 1)]
        first, last = doc[0].line, doc[-1].end_line
        for task in tasks:
            assert first <= task["lines"]["start"] <= task["lines"]["end"] <= last
        starts = [t["lines"]["start"] for t in tasks]
        assert starts == sorted(starts)


def test_sample_personnel_notices_have_no_tasks(issue):
    notices = [(tasks, warnings) for title, _, tasks, warnings in issue if "干部任免职" in title]
    assert notices == [([], []), ([], [])]


# (a) 为民办实事: items with their own 主责单位 / 完成时限 lines.
def test_sample_a_item_21_two_lead_units(issue):
    tasks, _ = doc_tasks(issue, "为民办实事")
    task = tasks[20]
    assert task["text"] == "实施公用事业领域惠民行动，落实用电顺心、用气放心、供热暖心、公交舒心“四心工程”。"
    assert task["lead_units"] == ["区城市管理委", "区交通局"]
    assert task["support_units"] == []
    assert task["deadline"] == {"text": "2021年12月底前", "kind": "by", "date": "2021-12-31", "rrule": None}
    assert task["section"] == ["八、宜居性（5件）"]
    assert task["lines"] == {"start": 433, "end": 437}


def test_sample_a_item_9_june(issue):
    tasks, _ = doc_tasks(issue, "为民办实事")
    task = by_text(tasks, "在公共场所配置自动除颤器")
    assert task["id"] == "t9"
    assert task["lead_units"] == ["区卫生健康委"]
    assert task["deadline"]["date"] == "2021-06-30"


@pytest.mark.parametrize(
    "start, lead, date",
    [
        pytest.param("新增1680个中小学入学学位", ["区教委"], "2021-11-30", id="item-1"),
        pytest.param("整改、整治424个无障碍环境点位", ["区残联"], "2021-12-31", id="item-20-disabled"),
        pytest.param("开通“未诉先办”线上功能", ["区政务服务局"], "2021-07-31", id="item-25-july"),
        pytest.param("开展消防通道、疏散通道专项治理", ["区消防救援支队"], "2021-11-30", id="item-32-last"),
        pytest.param("推进5个机关事业单位内部停车场", ["区城市管理委"], "2021-10-31", id="item-17-october"),
    ],
)
def test_sample_a_values(issue, start, lead, date):
    tasks, _ = doc_tasks(issue, "为民办实事")
    task = by_text(tasks, start)
    assert task["lead_units"] == lead
    assert task["deadline"]["kind"] == "by"
    assert task["deadline"]["date"] == date


def test_sample_a_sections_match_announced_counts(issue):
    tasks, _ = doc_tasks(issue, "为民办实事")
    counts = Counter(t["section"][0] for t in tasks)
    assert counts["一、学有所教和幼有所育（2件）"] == 2
    assert counts["十一、安全性（7件）"] == 7
    assert len(counts) == 11


# (b) the 两区 plan: numbered items, then one shared note.
def test_sample_b_counts_per_heading(issue):
    tasks, _ = doc_tasks(issue, "两区")
    per_heading = Counter(t["section"][1][:3] for t in tasks)
    assert [per_heading[f"（{n}）"] for n in "一二三四五六七八九"] == [3, 3, 2, 3, 4, 6, 8, 4, 7]
    assert {t["section"][0] for t in tasks} == {"四、主要工作任务"}


def test_sample_b_first_group(issue):
    tasks, _ = doc_tasks(issue, "两区")
    for task in tasks[:3]:
        assert task["section"] == ["四、主要工作任务", "（一）借势搭乘市级三大平台"]
        assert task["lead_units"] == ["区科技和信息化局", "区农业农村局", "区商务局", "区财政局"]
        assert task["support_units"] == [
            "区发展改革委", "区投资促进服务中心", "区文化旅游局", "区委宣传部", "各乡镇街道", "各开发区管委",
        ]  # fmt: skip
        assert task["deadline"] is None
    assert tasks[0]["text"].startswith("搭乘中关村论坛平台。")
    assert tasks[2]["lines"] == {"start": 107, "end": 109}


def test_sample_b_etc_tail_stripped(issue):
    tasks, _ = doc_tasks(issue, "两区")
    task = by_text(tasks, "推进重大政策创新")
    assert task["lead_units"] == ["区发展改革委", "区商务局", "区科技和信息化局"]
    assert task["support_units"][-1] == "区委组织部"  # 区委组织部等相关单位


def test_sample_b_single_lead_and_last_group(issue):
    tasks, _ = doc_tasks(issue, "两区")
    assert by_text(tasks, "开展协会商会联盟组织招商")["lead_units"] == ["区投资促进服务中心"]
    last = tasks[-1]
    assert last["text"].startswith("提升政务服务水平。")
    assert len(last["lead_units"]) == 10
    assert last["support_units"] == ["区发展改革委", "区投资促进服务中心", "区商务局"]


def test_sample_b_narrative_with_notes_is_not_a_task(issue):
    tasks, _ = doc_tasks(issue, "两区")
    # part 三 paragraphs end in （牵头部门：…） but are narrative; parts 五/六 items have no units
    assert all(t["section"][0] == "四、主要工作任务" for t in tasks)
    assert not any(t["text"].startswith("以农业科技创新示范区建设为引擎") for t in tasks)


# (c) the task table of 附件3, with merged cells and repeated headers.
def test_sample_c_table_only(issue):
    tasks, _ = doc_tasks(issue, "非农化")
    assert all(789 < t["lines"]["start"] == t["lines"]["end"] for t in tasks)  # the body's 1–24 are narrative


@pytest.mark.parametrize(
    "start, lead, deadline",
    [
        pytest.param(
            "下发耕地保护空间范围。", ["区规划自然资源分局"],
            {"text": "每年1月底前", "kind": "recurring", "date": None, "rrule": "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1"},
            id="recurring-january",
        ),
        pytest.param(
            "建立定期巡查制度。", ["区规划自然资源分局", "区农业农村局", "各乡镇（街道）"],
            {"text": "2021年3月底", "kind": "by", "date": "2021-03-31", "rrule": None},
            id="by-march",
        ),
        pytest.param(
            "按期巡查，作好记录", ["区规划自然资源分局", "区农业农村局", "各乡镇（街道）"],
            {"text": "长期推进", "kind": "ongoing", "date": None, "rrule": None},
            id="merged-cell-from-row-above",
        ),
        pytest.param(
            "制定我区防止耕地“非粮化”工作方案。", ["区农业农村局", "区规划自然资源分局", "各乡镇（街道）"],
            {"text": "按市级要求推进", "kind": "as_required", "date": None, "rrule": None},
            id="as-required",
        ),
        pytest.param(
            "组织区、镇、村、户层层签订责任书。", ["区规划自然资源", "各乡镇（街道）"],
            {"text": "每年4月底前", "kind": "recurring", "date": None, "rrule": "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1"},
            id="unit-kept-as-written",
        ),
        pytest.param(
            "新增的绿色通道，依法依规办理有关手续", ["区园林绿化局", "区公路分局", "区水务局", "区规划自然资源分局"],
            {"text": "长期推进", "kind": "ongoing", "date": None, "rrule": None},
            id="merged-across-second-level",
        ),
        pytest.param(
            "已划入自然保护地核心保护区内", ["区园林绿化局", "各乡镇（街道）"],
            {"text": "长期推进", "kind": "ongoing", "date": None, "rrule": None},
            id="merged-after-page-break-header",
        ),
        pytest.param(
            "各乡镇（街道）对所属村进行考核", ["各乡镇（街道）"],
            {"text": "每年12月底前", "kind": "recurring", "date": None, "rrule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"},
            id="recurring-december",
        ),
        pytest.param(
            "制定平谷区耕地保护责任目标考核办法。", ["区规划自然资源分局"],
            {"text": "2021年6月底前", "kind": "by", "date": "2021-06-30", "rrule": None},
            id="by-june",
        ),
    ],
)  # fmt: skip
def test_sample_c_values(issue, start, lead, deadline):
    tasks, _ = doc_tasks(issue, "非农化")
    task = by_text(tasks, start)
    assert task["lead_units"] == lead
    assert task["support_units"] == []
    assert task["deadline"] == deadline


def test_sample_c_sections_from_first_two_columns(issue):
    tasks, _ = doc_tasks(issue, "非农化")
    assert tasks[0]["section"] == ["（一） 建立健全耕地保护责任体系", "1. 建立耕地保护网格化管理机制。"]
    # row 800 follows a repeated header and has an empty first column: the group goes on
    assert by_text(tasks, "设施农业、农村道路等农业项目选址")["section"] == [
        "（二） 规划引领推动城乡健康发展",
        "5. 合理布局农业项目选址。",
    ]
    assert tasks[-1]["section"] == ["（十一）强化目标考核与责任追究", "24.严格查处违法占地行为。"]


# ---------------------------------------------------------------------------------------------
# State Council documents (units in brackets after each item)
# ---------------------------------------------------------------------------------------------

# Tasks per file; every file not listed has none.
# gwy-34: several notes in one item each close a task ((十) 鼓励创新创业 gives 3)
GWY_COUNTS = {"gwy-15.txt": 18, "gwy-34.txt": 21, "gwy-37.txt": 30, "gwy-39.txt": 15}
GWY_FILES = [f"gwy-{n}.txt" for n in range(15, 53)]


@pytest.mark.parametrize("name", GWY_FILES)
def test_gwy_task_counts(name):
    tasks, warnings = extract_tasks(split_blocks(sample_path(f"more/{name}").read_text(encoding="utf-8")), year=2018)
    assert len(tasks) == GWY_COUNTS.get(name, 0)
    assert warnings == []
    for task in tasks:
        assert task["lead_units"], task["id"]


def gwy(name: str):
    return extract_tasks(split_blocks(sample_path(f"more/{name}").read_text(encoding="utf-8")), year=2018)[0]


def test_gwy15_rule_inside_first_note():
    tasks = gwy("gwy-15.txt")
    first = tasks[0]
    assert first["text"].startswith("完善农机装备创新体系。")
    assert first["text"].endswith("促进农机装备领域高新技术产业发展。")
    assert first["lead_units"] == ["工业和信息化部"]
    assert first["support_units"] == ["发展改革委", "科技部", "农业农村部"]
    assert first["section"] == ["二、加快推动农机装备产业高质量发展"]
    # the rule holds for the following notes too (下同)
    assert tasks[3]["lead_units"] == ["市场监管总局"]
    assert tasks[3]["support_units"] == ["工业和信息化部", "发展改革委", "农业农村部"]


def test_gwy15_explicit_joint_lead_and_single_unit():
    tasks = gwy("gwy-15.txt")
    joint = by_text(tasks, "健全组织实施机制")  # （农业农村部、工业和信息化部牵头负责）
    assert joint["lead_units"] == ["农业农村部", "工业和信息化部"]
    assert joint["support_units"] == []
    assert by_text(tasks, "强化地方政府责任")["lead_units"] == ["各省级人民政府"]


def test_gwy39_groups_and_etc_tails():
    tasks = gwy("gwy-39.txt")
    assert tasks[0]["lead_units"] == ["人力资源社会保障部"]
    assert tasks[0]["support_units"] == ["财政部"]
    creation = by_text(tasks, "支持创业载体建设")  # …市场监管总局，各省级人民政府按职责分工负责
    assert creation["support_units"][-1] == "各省级人民政府"
    assert by_text(tasks, "扩大就业见习补贴范围")["lead_units"] == ["人力资源社会保障部"]  # 等有关部门和单位
    assert by_text(tasks, "明确部门组织协调责任")["lead_units"] == ["各有关部门和单位"]


def test_gwy37_with_others():
    tasks = gwy("gwy-37.txt")  # numbered 一、二、… items, no rule: all units lead
    assert tasks[5]["lead_units"] == ["交通运输部", "财政部"]
    together = tasks[17]  # （国家发展改革委、财政部会同有关部门负责）
    assert together["lead_units"] == ["国家发展改革委", "财政部"]
    assert together["support_units"] == ["有关部门"]


# ---------------------------------------------------------------------------------------------
# Shapes seen in other gazettes
# ---------------------------------------------------------------------------------------------

SHAPE_D = """\
一、教育服务（2件）
1.新建幼儿园3所，新增学位1080个。
牵头单位:区教委
责任单位:区发展改革委、区财政局
牵头领导:张三
完成时限:2021年9月底前
2.完成中小学校舍抗震加固工程。
主要责任单位：区教委
配合单位：区住房城乡建设委
完成时间：2021年8月底前
二、城市管理（1件）
3.新建和改造公厕20座。
责任单位：区城市管理委、各乡镇（街道）
完成时限：年底前
"""


def test_shape_d_field_lines():
    tasks, warnings = tasks_of(SHAPE_D)
    assert warnings == []
    assert [t["text"] for t in tasks] == [
        "新建幼儿园3所，新增学位1080个。",
        "完成中小学校舍抗震加固工程。",
        "新建和改造公厕20座。",
    ]
    first, second, third = tasks
    assert first["lead_units"] == ["区教委"]
    assert first["support_units"] == ["区发展改革委", "区财政局"]  # 责任单位 beside a 牵头单位
    assert first["lead_people"] == ["张三"]
    assert first["deadline"]["date"] == "2021-09-30"
    assert first["lines"] == {"start": 2, "end": 6}
    assert first["section"] == ["一、教育服务（2件）"]
    assert second["lead_units"] == ["区教委"]
    assert second["support_units"] == ["区住房城乡建设委"]
    assert second["deadline"]["date"] == "2021-08-31"
    assert third["lead_units"] == ["区城市管理委", "各乡镇（街道）"]  # 责任单位 alone: lead
    assert third["deadline"]["date"] == "2021-12-31"  # 年底前, the document's year
    assert third["section"] == ["二、城市管理（1件）"]


def test_shape_d_heading_with_field_lines_is_a_task():
    text = "一、新建养老驿站\n主责单位：区民政局\n完成时限：2021年底前\n二、新增停车位\n1.新增停车位500个。\n主责单位：区交通局\n"
    tasks, _ = tasks_of(text)
    assert [(t["text"], t["section"], t["lead_units"]) for t in tasks] == [
        ("新建养老驿站", [], ["区民政局"]),
        ("新增停车位500个。", ["二、新增停车位"], ["区交通局"]),
    ]


def test_shape_d_item_description_between_item_and_fields():
    text = "1.新建幼儿园\n在城区新建公办幼儿园3所，新增学位1080个。\n牵头单位：区教委\n完成时限：2021年9月底前\n"
    tasks, _ = tasks_of(text)
    assert [(t["text"], t["lead_units"], t["lines"]) for t in tasks] == [
        ("新建幼儿园", ["区教委"], {"start": 1, "end": 4})
    ]


SHAPE_E = """\
（一）优化营商环境
1.深化“放管服”改革，推行“一网通办”。(责任领导:张三;牵头单位:区发改局;责任单位:区财政局、区税务局)
2.开展企业服务包工作。[责任单位:区投资促进服务中心、区商务局、区经济和信息化局]
3.完善中小企业融资担保体系。（区财政局牵头，区金融办、区科技和信息化局按职责分工负责）
4.建设政务服务“好差评”系统。（责任单位：区政务服务局；完成时限：2021年6月底前）
"""


def test_shape_e_inline_notes():
    tasks, warnings = tasks_of(SHAPE_E)
    assert warnings == []
    summary = [(t["text"], t["lead_units"], t["support_units"], t["lead_people"]) for t in tasks]
    assert summary == [
        ("深化“放管服”改革，推行“一网通办”。", ["区发改局"], ["区财政局", "区税务局"], ["张三"]),
        ("开展企业服务包工作。", ["区投资促进服务中心", "区商务局", "区经济和信息化局"], [], []),
        ("完善中小企业融资担保体系。", ["区财政局"], ["区金融办", "区科技和信息化局"], []),
        ("建设政务服务“好差评”系统。", ["区政务服务局"], [], []),
    ]
    assert tasks[3]["deadline"] == {"text": "2021年6月底前", "kind": "by", "date": "2021-06-30", "rrule": None}
    assert all(t["section"] == ["（一）优化营商环境"] for t in tasks)


SHAPE_F_BODY = """\
一、强化创新驱动
（一）加强基础研究。完善基础研究多元投入机制。（科技部、教育部、财政部负责）
（二）推进污染防治。打好蓝天保卫战。（生态环境部牵头，发展改革委等按职责分工负责）
（三）培养创新人才。实施青年科学家计划。（科技部牵头，教育部参与）
（四）加大投入力度。发挥政府投资引导作用。（发展改革委、财政部负责）
（五）加强宣传（中央宣传部负责）
"""
SHAPE_F_RULE = "为贯彻落实党中央决策部署，现提出以下措施（排在第一位的部门为牵头部门）。\n" + SHAPE_F_BODY


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            SHAPE_F_RULE,
            [
                (["科技部"], ["教育部", "财政部"]),
                (["生态环境部"], ["发展改革委"]),
                (["科技部"], ["教育部"]),
                (["发展改革委"], ["财政部"]),
                (["中央宣传部"], []),
            ],
            id="rule-first-unit-leads",
        ),
        pytest.param(
            SHAPE_F_BODY,
            [
                (["科技部", "教育部", "财政部"], []),
                (["生态环境部"], ["发展改革委"]),
                (["科技部"], ["教育部"]),
                (["发展改革委", "财政部"], []),
                (["中央宣传部"], []),
            ],
            id="no-rule-all-lead",
        ),
    ],
)
def test_shape_f_bracket_units(text, expected):
    tasks, warnings = tasks_of(text, year=2019)
    assert warnings == []
    assert [(t["lead_units"], t["support_units"]) for t in tasks] == expected
    assert tasks[0]["text"] == "加强基础研究。完善基础研究多元投入机制。"
    assert tasks[4]["text"] == "加强宣传"  # a numbered heading ending in a note is a task too
    assert all(t["section"] == ["一、强化创新驱动"] for t in tasks)


SHAPE_G_PIPE = """\
附件
2021年重点工作任务分解表
| 序号 | 项目内容 | 责任单位 | 责任人 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 新建城市公园2处。 | 区园林绿化局 | 李四 | 2021年10月底前 |
| 2 | 完成老旧小区综合整治12个。 | 区住房城乡建设委、各街道办事处 | 王五 | 2021年12月底前 |
| 3 | 建立河长巡河制度。 | 区水务局 | 赵六 | 每季度 |
"""

SHAPE_G_TAB = "重点任务\t牵头部门\t配合部门\t完成时间\n推进垃圾分类示范小区建设。\t区城市管理委\t各乡镇（街道）、区商务局\t2021年11月底前\n"

SHAPE_G_LEVELS = """\
| 一级任务 | 二级任务 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- |
| 一、优化营商环境 | 1.推行“一网通办”。 | 区政务服务局 | 2021年6月底前 |
|  | 2.压减审批时限。 |  | 长期推进 |
| 二、改善民生 | 3.新增养老床位200张。 | 区民政局 | 2021年12月底前 |
"""


def test_shape_g_pipe_table():
    tasks, warnings = tasks_of(SHAPE_G_PIPE)
    assert warnings == []
    assert [(t["text"], t["lead_units"], t["lead_people"], t["deadline"]["kind"]) for t in tasks] == [
        ("新建城市公园2处。", ["区园林绿化局"], ["李四"], "by"),
        ("完成老旧小区综合整治12个。", ["区住房城乡建设委", "各街道办事处"], ["王五"], "by"),
        ("建立河长巡河制度。", ["区水务局"], ["赵六"], "recurring"),
    ]
    assert tasks[0]["deadline"]["date"] == "2021-10-31"
    assert tasks[2]["deadline"]["rrule"] == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"
    assert tasks[0]["section"] == []


def test_shape_g_tab_table_any_column_order():
    tasks, _ = tasks_of(SHAPE_G_TAB)
    assert len(tasks) == 1
    assert tasks[0]["text"] == "推进垃圾分类示范小区建设。"
    assert tasks[0]["lead_units"] == ["区城市管理委"]
    assert tasks[0]["support_units"] == ["各乡镇（街道）", "区商务局"]
    assert tasks[0]["deadline"]["date"] == "2021-11-30"


def test_shape_g_multi_level_columns():
    tasks, _ = tasks_of(SHAPE_G_LEVELS)
    assert [(t["text"], t["section"], t["lead_units"]) for t in tasks] == [
        ("推行“一网通办”。", ["一、优化营商环境"], ["区政务服务局"]),
        ("压减审批时限。", ["一、优化营商环境"], ["区政务服务局"]),  # merged cells
        ("新增养老床位200张。", ["二、改善民生"], ["区民政局"]),
    ]
    assert tasks[1]["deadline"]["kind"] == "ongoing"


SHAPE_B = """\
三、重点任务
（一）提升公共服务
1.新建社区卫生服务站3个。
2.推进家庭医生签约服务。
（牵头部门：区卫生健康委；配合部门：区财政局、各乡镇（街道）等相关单位）
（二）改善人居环境
3.实施背街小巷整治。
4.建设口袋公园5个。
(牵头单位:区城市管理委;完成时限:2021年底前)
"""


def test_shape_b_shared_note():
    tasks, warnings = tasks_of(SHAPE_B)
    assert warnings == []
    assert [(t["text"], t["lead_units"], t["support_units"]) for t in tasks] == [
        ("新建社区卫生服务站3个。", ["区卫生健康委"], ["区财政局", "各乡镇（街道）"]),
        ("推进家庭医生签约服务。", ["区卫生健康委"], ["区财政局", "各乡镇（街道）"]),
        ("实施背街小巷整治。", ["区城市管理委"], []),
        ("建设口袋公园5个。", ["区城市管理委"], []),
    ]
    assert tasks[3]["deadline"]["date"] == "2021-12-31"
    assert tasks[3]["section"] == ["三、重点任务", "（二）改善人居环境"]


# ---------------------------------------------------------------------------------------------
# Warnings
# ---------------------------------------------------------------------------------------------

WARNED = """\
一、便民服务（3件）
1.新建便民菜店10个。
主责单位：区商务局
完成时限：春节前
2.新增停车位500个。
完成时限：2021年底前
"""


def test_warnings():
    tasks, warnings = tasks_of(WARNED)
    assert len(tasks) == 2
    assert [(w["code"], w["line"]) for w in warnings] == [
        ("task-count-mismatch", 1),
        ("deadline-unknown", 4),
        ("task-without-units", 5),
    ]
    assert tasks[0]["deadline"]["kind"] == "unknown"
    assert tasks[1]["lead_units"] == []


def test_count_heading_in_document_without_tasks_is_quiet():
    tasks, warnings = tasks_of("二、主要任务（2项）\n1.加强组织领导。\n2.强化督导检查。\n")
    assert (tasks, warnings) == ([], [])


def test_repeated_header_with_other_spacing_keeps_merged_cells():
    text = (
        "工作任务\t牵头单位\t完成时限\n建立台账。\t区水务局\t2021年2月底\n"
        "工作 任务\t牵头 单位\t完成 时限\n\t\t\n停止违规建设。\t\t长期推进\n"
    )
    tasks, _ = tasks_of(text)
    assert [(t["text"], t["lead_units"]) for t in tasks] == [
        ("建立台账。", ["区水务局"]),
        ("停止违规建设。", ["区水务局"]),
    ]


def test_table_row_without_units_warns():
    text = "| 工作任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- |\n| 开展调研。 |  | 2021年3月底前 |\n"
    tasks, warnings = tasks_of(text)
    assert len(tasks) == 1
    assert [w["code"] for w in warnings] == ["task-without-units"]


# ---------------------------------------------------------------------------------------------
# Nothing is invented
# ---------------------------------------------------------------------------------------------

NO_TASKS = [
    pytest.param(
        "一、工作目标\n到2021年底，全区新增就业岗位1万个，由区人力社保局负责统筹推进。\n", id="narrative-with-unit"
    ),
    pytest.param(
        "二、主要任务\n1.加强组织领导。各单位要高度重视。\n2.强化督导检查。区政府督查室负责定期督查。\n",
        id="numbered-without-units",
    ),
    pytest.param("1.做好宣传引导。（详见附件）\n2.落实资金保障。（2021年底前完成）\n", id="brackets-without-units"),
    pytest.param(
        "1.配置自动除颤器（AED）。\n2.落实《意见》（京平政农发〔2019〕2号）。\n", id="brackets-abbrev-and-number"
    ),
    pytest.param("1.召开专题会议。（区发改局负责同志参加）\n", id="verb-not-closing-note"),
    pytest.param("各部门按职责分工负责落实（牵头部门：区发改局）。\n", id="narrative-ending-in-note"),
    pytest.param("（一）农业科技创新领域\n全力创建国家农业科技园。（牵头部门：区农业农村局）\n", id="plan-part-three"),
    pytest.param("牵头单位：区发改局\n完成时限：2021年底前\n", id="field-lines-without-item"),
    pytest.param("（牵头部门：区商务局；配合部门：区财政局）\n1.建立联系机制。\n", id="note-before-items"),
    pytest.param(
        "区规划自然资源分局：负责牵头组织部署我区各项工作。\n一级田长：分管农业、城建副区长\n", id="duty-lists"
    ),
    pytest.param("姓名\t职务\t单位\n王勇\t副主任\t区城市管理委\n", id="table-without-task-header"),
    pytest.param("| 项目 | 金额 |\n| --- | --- |\n| 公园 | 100 |\n", id="table-not-tasks"),
    pytest.param("一、工作目标\n全区新增就业岗位1万个。\n责任单位：各乡镇\n", id="field-line-after-heading-narrative"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NO_TASKS)
def test_nothing_invented(text):
    tasks, warnings = tasks_of(text)
    assert tasks == []
    assert warnings == []


# ---------------------------------------------------------------------------------------------
# Real texts from samples/web (failures a colleague found; punctuation as normalize leaves it)
# ---------------------------------------------------------------------------------------------

WEB = _HERE.parent / "samples" / "web"

# 咸阳 2022 item 1's note, converted to Simplified characters as the pipeline does.
XIANYANG_NOTE = "市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责"

XIANAN_SUBHEADING = """二、2023年七个方面主要工作安排

（一）坚定不移做强增长引擎

加强基础设施建设

12.启动南外环高速公路、全域公交项目建设。（责任领导：洪声耀；牵头单位：区交通运输局；责任单位：区发改局、区自然资源和规划局、区林业局，区经发集团，相关乡镇办）

（二）持续扩大有效需求

13.加快推进淦河二期系统治理。（牵头单位：区水利和湖泊局）

推进产业转型

14.加快新型工业化。（牵头单位：区科经局）

完善城市功能

15.推进老旧小区改造。（牵头单位：区住建局）
"""


def test_web_xianyang_ji_between_units():
    roles = parse_unit_note(XIANYANG_NOTE)
    assert roles is not None
    assert roles.units == [
        (LEAD, "市政府办公室"),
        (LEAD, "市行政审批制度改革工作领导小组办公室"),
        (RESPONSIBLE, "市级各有关部门"),
        (RESPONSIBLE, "各县市区政府"),
    ]


def test_web_xianyang_whole_item():
    from gazette_extract.text.script import to_simplified

    path = WEB / "xianyang-2022-trad-qiantou.txt"
    if not path.exists():
        pytest.skip("web samples not available")
    text, converted = to_simplified(path.read_text(encoding="utf-8"))
    assert converted
    tasks, _ = extract_tasks(split_blocks(text), year=2022)
    assert (tasks[0]["lead_units"], tasks[0]["support_units"]) == (
        ["市政府办公室", "市行政审批制度改革工作领导小组办公室"],
        ["市级各有关部门", "各县市区政府"],
    )


# 霍山 2025: 序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限 (one cell per line in the stored page)
HUOSHAN_HEADER = ["序号", "重点工作", "责任领导", "责任单位", "完成时限"]


def test_web_huoshan_header_names_the_task_column():
    assert table_columns(HUOSHAN_HEADER) == [(NUMBER, 0), (TEXT, 0), (PEOPLE, 0), (RESPONSIBLE, 0), (DEADLINE, 0)]
    row = "1\t全力推进开发区“空间再造”，推动工业用地“腾笼换鸟”。\t马振明\t改革办\t全年"
    tasks, _ = tasks_of("\t".join(HUOSHAN_HEADER) + "\n" + row + "\n", year=2025)
    assert [(t["text"], t["lead_units"], t["lead_people"]) for t in tasks] == [
        ("全力推进开发区“空间再造”，推动工业用地“腾笼换鸟”。", ["改革办"], ["马振明"])
    ]


@pytest.mark.parametrize("header", ["工作任务", "工作事项", "任务内容", "主要内容", "具体工作", "工作措施", "重点工作"])
def test_task_text_headers(header):
    assert TABLE_HEADERS[header] == TEXT


def test_web_xianan_unnumbered_subheading_is_a_section():
    tasks, warnings = tasks_of(XIANAN_SUBHEADING, year=2023)
    assert [(t["text"][:6], t["section"]) for t in tasks] == [
        ("启动南外环高", ["二、2023年七个方面主要工作安排", "（一）坚定不移做强增长引擎", "加强基础设施建设"]),
        ("加快推进淦河", ["二、2023年七个方面主要工作安排", "（二）持续扩大有效需求"]),
        ("加快新型工业", ["二、2023年七个方面主要工作安排", "（二）持续扩大有效需求", "推进产业转型"]),
        ("推进老旧小区", ["二、2023年七个方面主要工作安排", "（二）持续扩大有效需求", "完善城市功能"]),
    ]
    assert warnings == []


SUBHEADING_NOT = [
    pytest.param(
        "一、主要任务\n加强基础设施建设。\n1.做好工作。（牵头单位：区发改局）\n", id="full-stop-is-a-sentence"
    ),
    pytest.param("一、主要任务\n加强基础设施建设（试点）\n1.做好工作。（牵头单位：区发改局）\n", id="brackets"),
    pytest.param(
        "一、主要任务\n加强基础设施建设\n各单位要高度重视。\n1.做好工作。（牵头单位：区发改局）\n",
        id="not-above-an-item",
    ),
    pytest.param("加强基础设施建设\n1.做好工作。（牵头单位：区发改局）\n", id="outside-any-section"),
    pytest.param("一、主要任务\n" + "加" * 21 + "\n1.做好工作。（牵头单位：区发改局）\n", id="too-long"),
]


@pytest.mark.parametrize("text", SUBHEADING_NOT)
def test_not_a_subheading(text):
    tasks, _ = tasks_of(text)
    assert [t["section"] for t in tasks] == [["一、主要任务"] if text.startswith("一") else []]


def test_web_xianan_sample_sections():
    path = WEB / "xianan-2023-inline-leaders.txt"
    if not path.exists():
        pytest.skip("web samples not available")
    tasks, _ = extract_tasks(split_blocks(path.read_text(encoding="utf-8")), year=2023)
    assert tasks[10]["section"] == ["一、2023年全区经济社会发展主要预期目标"]
    assert tasks[11]["section"] == ["二、2023年七个方面主要工作安排", "（一）坚定不移做强增长引擎", "加强基础设施建设"]
    assert tasks[11]["support_units"] == ["区发改局", "区自然资源和规划局", "区林业局", "区经发集团", "相关乡镇办"]


# ---------------------------------------------------------------------------------------------
# Unit lists and notes
# ---------------------------------------------------------------------------------------------

UNIT_ROWS = [
    pytest.param("区城市管理委、区交通局", ["区城市管理委", "区交通局"], id="dunhao"),
    pytest.param("区规划自然资源分局、各乡镇（街道）", ["区规划自然资源分局", "各乡镇（街道）"], id="bracket-kept"),
    pytest.param("各乡镇（街道、社区）、区民政局", ["各乡镇（街道、社区）", "区民政局"], id="separator-inside-bracket"),
    pytest.param("区财政局，区税务局", ["区财政局", "区税务局"], id="comma"),
    pytest.param("区财政局,区税务局", ["区财政局", "区税务局"], id="ascii-comma"),
    pytest.param("区财政局；区税务局", ["区财政局", "区税务局"], id="semicolon"),
    pytest.param("区财政局;区税务局", ["区财政局", "区税务局"], id="ascii-semicolon"),
    pytest.param("区财政局/区税务局", ["区财政局", "区税务局"], id="slash"),
    pytest.param("区园林绿化局 区财政局", ["区园林绿化局", "区财政局"], id="space-between-cjk"),
    pytest.param(
        "工业和信息化部、发展改革委、科技部、农业农村部等",
        ["工业和信息化部", "发展改革委", "科技部", "农业农村部"],
        id="gwy15-etc",
    ),
    pytest.param("区委组织部等相关单位", ["区委组织部"], id="etc-related-units"),
    pytest.param("人力资源社会保障部等有关部门和单位", ["人力资源社会保障部"], id="etc-departments-and-units"),
    pytest.param("各有关部门和单位", ["各有关部门和单位"], id="generic-kept"),
    pytest.param("等", [], id="etc-alone"),
    pytest.param(" 区教委 。", ["区教委"], id="trimmed"),
    pytest.param("区教委、、区民政局、", ["区教委", "区民政局"], id="empty-parts-dropped"),
    pytest.param("文化和旅游部", ["文化和旅游部"], id="he-not-a-separator"),
    pytest.param("北京(平谷)海关、区商务局", ["北京(平谷)海关", "区商务局"], id="ascii-bracket-kept"),
    pytest.param("市级各有关部门及各县市区政府", ["市级各有关部门", "各县市区政府"], id="web-xianyang-ji-before-ge"),
    pytest.param("市级各部门以及各县区政府", ["市级各部门", "各县区政府"], id="yiji-before-ge"),
    pytest.param("财政部和国家税务总局", ["财政部", "国家税务总局"], id="he-before-guojia"),
    pytest.param("区商务局和区税务局", ["区商务局", "区税务局"], id="he-before-qu"),
    pytest.param("区科技和信息化局", ["区科技和信息化局"], id="protected-keji-he-xinxihua"),
    pytest.param("区发展和改革委员会", ["区发展和改革委员会"], id="protected-fazhan-he-gaige"),
    pytest.param("区住房和城乡建设局", ["区住房和城乡建设局"], id="protected-zhufang-he-chengxiang"),
    pytest.param("区和乡镇", ["区和乡镇"], id="he-short-side-kept"),
    pytest.param(
        "各乡镇（街道和区直单位）、区民政局", ["各乡镇（街道和区直单位）", "区民政局"], id="he-inside-bracket-kept"
    ),
    pytest.param("", [], id="empty"),
]


@pytest.mark.parametrize("text, expected", UNIT_ROWS)
def test_split_units(text, expected):
    assert split_units(text) == expected


# (note, lead, support, people) read through an item: "1.做好工作。（note）"
NOTE_ROWS = [
    pytest.param("牵头部门：A局、B局；配合部门：C局、D局", ["A局", "B局"], ["C局", "D局"], [], id="keyed-lead-support"),
    pytest.param("责任领导：张三；牵头单位：区发改局；责任单位：区财政局", ["区发改局"], ["区财政局"], ["张三"], id="keyed-leader"),
    pytest.param("责任单位：区财政局、区税务局", ["区财政局", "区税务局"], [], [], id="keyed-responsible-only"),
    pytest.param("配合单位：区税务局", ["区税务局"], [], [], id="keyed-support-only-leads"),
    pytest.param("责任单位：区发改局（牵头）、区财政局", ["区发改局"], ["区财政局"], [], id="lead-mark"),
    pytest.param("发展改革委、财政部负责", ["发展改革委", "财政部"], [], [], id="verb-responsible"),
    pytest.param("生态环境部牵头，发展改革委等按职责分工负责", ["生态环境部"], ["发展改革委"], [], id="verb-lead-responsible"),
    pytest.param("科技部牵头，教育部参与", ["科技部"], ["教育部"], [], id="verb-participate"),
    pytest.param("区发改局牵头，区财政局配合", ["区发改局"], ["区财政局"], [], id="verb-cooperate"),
    pytest.param("农业农村部、工业和信息化部牵头负责", ["农业农村部", "工业和信息化部"], [], [], id="verb-joint-lead"),
    pytest.param("国家发展改革委会同有关部门负责", ["国家发展改革委"], ["有关部门"], [], id="verb-together-with"),
    pytest.param("由区住房城乡建设委负责", ["区住房城乡建设委"], [], [], id="verb-by"),
    pytest.param(
        "人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同", ["人力资源社会保障部"], ["财政部"], [], id="rule-inside",
    ),
    pytest.param("牵头单位：区教委；完成时限：2021年6月底前", ["区教委"], [], [], id="keyed-deadline"),
]  # fmt: skip


@pytest.mark.parametrize("note, lead, support, people", NOTE_ROWS)
def test_notes(note, lead, support, people):
    tasks, _ = tasks_of(f"1.做好相关工作。（{note}）\n")
    assert len(tasks) == 1
    assert (tasks[0]["lead_units"], tasks[0]["support_units"], tasks[0]["lead_people"]) == (lead, support, people)
    assert tasks[0]["text"] == "做好相关工作。"


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("详见附件", id="no-role-word"),
        pytest.param("区发改局负责同志参加", id="text-after-verb"),
        pytest.param("2021年底前完成", id="date-only"),
        pytest.param("x" * 500 + "负责", id="too-long"),
    ],
)
def test_not_notes(note):
    assert parse_unit_note(note) is None


@pytest.mark.parametrize("rows", [UNIT_ROWS, NOTE_ROWS, NO_TASKS], ids=["units", "notes", "no-tasks"])
def test_no_duplicate_rows(rows):
    assert_unique(rows)


def test_vocabulary_roles_are_known():
    assert set(FIELD_KEYS.values()) <= {LEAD, SUPPORT, RESPONSIBLE, PEOPLE, DEADLINE, NOTE}
    assert set(NOTE_VERBS.values()) <= {LEAD, SUPPORT, RESPONSIBLE}
    assert set(TABLE_HEADERS.values()) <= {LEAD, SUPPORT, RESPONSIBLE, PEOPLE, DEADLINE, TEXT, NUMBER}


def test_import_does_not_load_pydantic():
    code = "import sys, gazette_extract.records.tasks; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

FRAGMENTS = [
    "1.", "2、", "（一）", "（三）", "一、", "①", "(1)", "第一条", "\n", "\n\n", "\t", "|", "| --- |", "。", "，", "、", "；",
    "（", "）", "(", ")", "[", "]", "【", "】", "：", ":", "牵头单位", "责任单位", "配合部门", "主责单位", "牵头领导",
    "完成时限", "负责", "牵头", "参与", "会同", "按职责分工负责", "等", "等相关单位", "列第一位者为牵头单位", "下同",
    "区发改局", "各乡镇（街道）", "张三", "2021年6月底前", "每年1月底前", "长期推进", "春节前", "（2件）",
    "一级工作任务", "三级工作任务", "项目内容", "序号", "# ", "**", " ", "x", "做好工作",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=60).map("".join),
    st.none() | st.integers(-5, 3000),
)
def test_never_raises_and_lines_within_blocks(text, year):
    blocks = split_blocks(text)
    tasks, warnings = extract_tasks(blocks, year=year)
    assert [t["id"] for t in tasks] == [f"t{i}" for i in range(1, len(tasks) + 1)]
    if tasks:
        first, last = min(b.line for b in blocks), max(b.end_line for b in blocks)
        for task in tasks:
            assert first <= task["lines"]["start"] <= task["lines"]["end"] <= last
            assert not set(task["lead_units"]) & set(task["support_units"])
            assert all(task["lead_units"] + task["support_units"])
    for warning in warnings:
        assert warning["code"] in {"task-count-mismatch", "deadline-unknown", "task-without-units", "unit-list-unclear"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    extract_tasks(split_blocks(text))


@given(st.text(max_size=80))
def test_split_units_gives_trimmed_pieces_of_the_text(text):
    for unit in split_units(text):
        assert unit and unit == unit.strip()
        assert unit in text
