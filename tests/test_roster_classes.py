"""Roster members by class of layout (issue 9, round 4), table-driven.

Each row is synthetic, written from a class seen on real pages (corpus part F): roles alone on their
line, roles spelled with spaces and other role words, names holding characters that are function
words in prose, every bracket kind around a post, several members on one line, office roles noted
in a bracket, rosters told in prose — and the layouts that name no person, which must give nothing.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_appointments, extract_members
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.blocks import split_blocks


def members(text: str) -> list[tuple[str, str, str | None]]:
    return [(m["role"], m["person"], m["post"]) for m in extract_members(split_blocks(text))]


LAYOUT_ROWS = [
    pytest.param(
        "组 长：\n王 宁 副省长\n副组长：\n彭 琳 省政府副秘书长\n郝康理 省统计局局长",
        [("组长", "王宁", "副省长"), ("副组长", "彭琳", "省政府副秘书长"), ("副组长", "郝康理", "省统计局局长")],
        id="role-alone-on-its-line",
    ),
    pytest.param(
        "组长:\n张三(区长)\n副组长:\n李四(副区长)",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="role-alone-then-bracketed-posts",
    ),
    pytest.param(
        "主 任 委 员: 贾志杰 省长\n副主任委员: 陈水文 副省长\n王汉章 省人大常委会副主任",
        [
            ("主任委员", "贾志杰", "省长"),
            ("副主任委员", "陈水文", "副省长"),
            ("副主任委员", "王汉章", "省人大常委会副主任"),
        ],
        id="committee-roles-spaced-space-after-colon",
    ),
    pytest.param(
        "第一组长：张三 区委书记\n执行组长：李四 常务副区长\n组　员：王五 区财政局副局长\n联络员：赵六 区发改局科长",
        [
            ("第一组长", "张三", "区委书记"),
            ("执行组长", "李四", "常务副区长"),
            ("组员", "王五", "区财政局副局长"),
            ("联络员", "赵六", "区发改局科长"),
        ],
        id="more-role-words",
    ),
    pytest.param(
        "            组 长：张三  区长\n            成 员：李四  区财政局局长\n                连维良  区发改委主任",
        [("组长", "张三", "区长"), ("成员", "李四", "区财政局局长"), ("成员", "连维良", "区发改委主任")],
        id="indented-continuation-lines",
    ),
    pytest.param(
        "副组长：朱之鑫 发展改革委副主任\n马正其 工商总局副局长\n孙 波 国家标准委副主任",
        [
            ("副组长", "朱之鑫", "发展改革委副主任"),
            ("副组长", "马正其", "工商总局副局长"),
            ("副组长", "孙波", "国家标准委副主任"),
        ],
        id="names-with-zhi-and-qi-keep-the-roster-open",
    ),
    pytest.param(
        "成员：马正其（工商总局副局长）、朱之鑫（发展改革委副主任）",
        [("成员", "马正其", "工商总局副局长"), ("成员", "朱之鑫", "发展改革委副主任")],
        id="names-with-zhi-and-qi-bracketed",
    ),
    pytest.param(
        "组　长：张三〔区长〕\n副组长：李四【副区长】\n成　员：王五［区财政局局长］",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("成员", "王五", "区财政局局长")],
        id="every-bracket-kind",
    ),
    pytest.param(
        "组　长：张　三（区长）\n副组长：李 四(副区长)",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="spaced-names-before-a-bracket",
    ),
    pytest.param(
        "| 姓名 | 领导小组职务 | 单位及职务 |\n|---|---|---|\n| 张三 | 组长 | 区长 |\n| 李四 | 副组长 | 副区长 |",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="markdown-table-role-in-second-column",
    ),
    pytest.param(
        "姓名\t职务\t单位\n张三\t组长\t区长\n李四\t副组长\t副区长",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="tab-table-role-in-second-column",
    ),
    pytest.param(
        "| 职务 | 姓名 | 单位及职务 |\n|---|---|---|\n| 组长 | 张三 | 区长 |\n|  | 李四 | 区委副书记 |\n| 成员 | 王五 | 区财政局局长 |",
        [("组长", "张三", "区长"), ("组长", "李四", "区委副书记"), ("成员", "王五", "区财政局局长")],
        id="markdown-table-empty-role-cell-inherits",
    ),
    pytest.param(
        "组长：张三同志（区长）",
        [("组长", "张三", "区长")],
        id="tongzhi-before-the-bracket",
    ),
    pytest.param(
        "成员：张三，李四，王五",
        [("成员", "张三", None), ("成员", "李四", None), ("成员", "王五", None)],
        id="names-only-full-width-commas",
    ),
    pytest.param(
        "成 员:侯同波、朱海、李春苗、韩彦。",
        [("成员", "侯同波", None), ("成员", "朱海", None), ("成员", "李春苗", None), ("成员", "韩彦", None)],
        id="names-only-dun-comma-full-stop",
    ),
    pytest.param(
        "副组长：王 强,李 明",
        [("副组长", "王强", None), ("副组长", "李明", None)],
        id="spaced-names-ascii-comma",
    ),
    pytest.param(
        "副组长：李四 副区长、王五 副区长",
        [("副组长", "李四", "副区长"), ("副组长", "王五", "副区长")],
        id="two-entries-joined-by-dun-comma",
    ),
    pytest.param(
        "组长：张三 区长；副组长：李四 区委常委、副区长",
        [("组长", "张三", "区长"), ("副组长", "李四", "区委常委、副区长")],
        id="run-on-semicolon-post-with-dun-comma",
    ),
    pytest.param(
        "副组长：郝康理 省统计局局长（兼领导小组办公室主任）",
        [
            ("副组长", "郝康理", "省统计局局长（兼领导小组办公室主任）"),
            ("办公室主任", "郝康理", "省统计局局长（兼领导小组办公室主任）"),
        ],
        id="office-role-noted-in-a-bracket",
    ),
    pytest.param(
        "成员：张三 区应急局局长(兼任指挥部办公室副主任)",
        [  # brackets come out full width, as the text stage prints them
            ("成员", "张三", "区应急局局长（兼任指挥部办公室副主任）"),
            ("办公室副主任", "张三", "区应急局局长（兼任指挥部办公室副主任）"),
        ],
        id="office-deputy-noted-ascii-bracket",
    ),
]
assert_unique(LAYOUT_ROWS)


RUN_ON_ROWS = [
    pytest.param(
        "现将组成人员通知如下：组长：张三（区长）；副组长：李四（副区长）。",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="after-a-lead-ending-in-a-colon",
    ),
    pytest.param(
        "县政府决定成立领导小组，组长：张三，副组长：李四、王五，成员：赵六、钱七。",
        [
            ("组长", "张三", None),
            ("副组长", "李四", None),
            ("副组长", "王五", None),
            ("成员", "赵六", None),
            ("成员", "钱七", None),
        ],
        id="after-a-lead-ending-in-a-comma-names-only",
    ),
    pytest.param(
        "领导小组组长：张三（区长），副组长：李四（副区长）。",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="after-the-group-name",
    ),
    pytest.param(
        "一、组成人员 组长：张三 区长 副组长：李四 副区长",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="roles-separated-by-spaces",
    ),
    pytest.param(
        "1.组长：张三 区长\n2.副组长：李四 副区长\n（三）成员：王五 区财政局局长",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("成员", "王五", "区财政局局长")],
        id="numbered-role-lines",
    ),
    pytest.param(
        "成立领导小组，组长：由区长担任，办公室主任由李四同志兼任。",
        [("办公室主任", "李四", None)],
        id="lead-whose-people-do-not-read-stays-prose",
    ),
    pytest.param("领导小组实行组长负责制：重大事项由组长决定。", [], id="role-word-not-before-its-colon"),
]
assert_unique(RUN_ON_ROWS)


@pytest.mark.parametrize(("text", "expected"), RUN_ON_ROWS)
def test_roster_run_together_in_one_paragraph(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), LAYOUT_ROWS)
def test_roster_layouts(text, expected):
    assert members(text) == expected


PROSE_ROWS = [
    pytest.param(
        "省委、省政府决定，成立建设领导小组，省委副书记、省长尹力任组长，领导小组办公室设在省发改委。",
        [("组长", "尹力", "省委副书记、省长")],
        id="posts-name-ren-role",
    ),
    pytest.param(
        "委员会下设办公室，焦俊贤任办公室主任。",
        [("办公室主任", "焦俊贤", None)],
        id="name-alone-ren-office-role",
    ),
    pytest.param(
        "国务院总理李克强担任国务院西部地区开发领导小组和国务院振兴东北地区等老工业基地领导小组组长，张高丽副总理担任副组长。",
        [("组长", "李克强", "国务院总理"), ("副组长", "张高丽", "副总理")],
        id="danren-group-then-role-name-before-post",
    ),
    pytest.param(
        "天府新区办副主任张绍军兼任办公室副主任。",
        [("办公室副主任", "张绍军", "天府新区办副主任")],
        id="jianren-office-deputy",
    ),
    pytest.param(
        "指挥部由王成国同志任总指挥，吴小杰同志任副总指挥。",
        [("总指挥", "王成国", None), ("副总指挥", "吴小杰", None)],
        id="you-name-tongzhi-ren-command-roles",
    ),
    pytest.param(
        "调整内容包括：生态环境部定点扶贫第一责任人、部党组书记、部长李干杰继续担任部脱贫攻坚领导小组组长。",
        [("组长", "李干杰", "生态环境部定点扶贫第一责任人、部党组书记、部长")],
        id="adverb-before-the-verb-ren-inside-the-post",
    ),
    pytest.param(
        "县委常委、副县长张书杰同志同时兼任办公室主任，李四仍任副组长。",
        [("办公室主任", "张书杰", "县委常委、副县长"), ("副组长", "李四", None)],
        id="adverbs-tongshi-and-reng",
    ),
]
assert_unique(PROSE_ROWS)


@pytest.mark.parametrize(("text", "expected"), PROSE_ROWS)
def test_roster_in_prose_by_class(text, expected):
    assert members(text) == expected


NOTHING_ROWS = [
    pytest.param("由县委书记任组长，分管对台工作的副书记、副县长任副组长。", id="leaders-by-post-only"),
    pytest.param(
        "成立了由县委书记任组长，县委副书记、县长任第一副组长的领导小组。", id="roles-by-post-in-a-news-sentence"
    ),
    pytest.param("县台办主任兼办公室主任。", id="office-head-by-post-only"),
    pytest.param("王局长任组长。", id="surname-and-title-is-no-name"),
    pytest.param("张三任组长的职责由李四承担。", id="role-not-closing-the-clause"),
    pytest.param("各成员单位分管负责同志任联络员。", id="liaisons-by-unit"),
    pytest.param("王勇任北京市平谷区城市管理委员会副主任。", id="a-post-is-not-a-group-role"),
    pytest.param("成员单位：区财政局、区审计局、区统计局", id="member-units"),
    pytest.param("成　员：各成员单位分管负责人", id="members-by-post"),
    pytest.param("组 长：负责住房和城乡建设工作的副市长", id="leader-described-by-duty"),
    pytest.param("成员：区委办、区政府办、区财政局", id="members-as-units-after-a-role"),
    pytest.param("成员：区委办主任、区政府办主任、区财政局局长", id="members-as-posts-after-a-role"),
    pytest.param("| 序号 | 成员单位 | 联系人 |\n|---|---|---|\n| 1 | 区财政局 | 综合科 |", id="table-of-member-units"),
    pytest.param("副组长：张三 区财政局局长（兼市规划委员会主任）", id="bracketed-post-of-another-body"),
]
assert_unique(NOTHING_ROWS)


@pytest.mark.parametrize("text", NOTHING_ROWS)
def test_layouts_that_name_no_extra_person(text):
    found = members(text)
    if text.startswith("副组长：张三"):  # the entry itself stands; no 主任 of another body is added
        assert found == [("副组长", "张三", "区财政局局长（兼市规划委员会主任）")]
    else:
        assert found == []


def test_office_role_in_prose_is_not_an_appointment():
    text = "委员会下设办公室，焦俊贤任办公室主任。刘俊生任省移民开发局局长。"
    assert [(a["person"], a["position"]) for a in extract_appointments(split_blocks(text))] == [
        ("刘俊生", "省移民开发局局长")
    ]


def test_traditional_roster_role_alone_on_its_line():
    gazette = parse_text(
        "廣東省人民政府辦公廳關於成立某某工作領導小組的通知\n二、組成人員\n組 長:\n林克慶 省委常委、常務副省長\n"
        "副組長:\n陳良賢 副省長\n王 曦 副省長\n"
    )
    found = [(m.role, m.person) for d in gazette.documents for m in d.members]
    assert found == [("组长", "林克庆"), ("副组长", "陈良贤"), ("副组长", "王曦")]


UNREAD_ROWS = [
    pytest.param("组长：寸三 区长", "组长", 1, id="role-line-unknown-surname"),
    pytest.param(
        "组长：张三 区长\n成员：李四 区财政局局长\n寸甲乙 区审计局局长", "成员", 3, id="continuation-unknown-surname"
    ),
    pytest.param(
        "副组长：\n王　宁 副省长\n寸　五 省政府副秘书长", "副组长", 3, id="spaced-unknown-name-under-role-alone"
    ),
]
assert_unique(UNREAD_ROWS)


@pytest.mark.parametrize(("text", "role", "line"), UNREAD_ROWS)
def test_unread_roster_entry_is_left_out_with_a_warning(text, role, line):
    warnings: list[dict[str, object]] = []
    found = extract_members(split_blocks(text), warnings=warnings)
    assert "寸" not in "".join(m["person"] for m in found)  # never a guessed person
    assert [(w["code"], w["line"]) for w in warnings] == [("roster-entry-unread", line)]
    assert str(warnings[0]["message"]).startswith(role)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("组长：张三 区长\n各单位要高度重视，加强组织领导。", id="prose-after-a-roster"),
        pytest.param("成员：各成员单位分管负责人", id="members-by-post"),
        pytest.param("组　长：负责住房和城乡建设工作的副市长", id="leader-by-duty"),
        pytest.param("组长：张三 区长\n二、主要职责", id="next-heading"),
    ],
)
def test_lines_that_are_no_entries_give_no_warning(text):
    warnings: list[dict[str, object]] = []
    extract_members(split_blocks(text), warnings=warnings)
    assert warnings == []


def test_unread_roster_entry_warning_reaches_the_output():
    gazette = parse_text(
        "某县人民政府办公室关于成立某某工作领导小组的通知\n组长：张三 县长\n成员：寸甲乙 县财政局局长\n"
    )
    found = [(w.code, w.line) for w in gazette.warnings if w.code == "roster-entry-unread"]
    assert found == [("roster-entry-unread", 3)]
