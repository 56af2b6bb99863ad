"""Robustness round 8 (issue 9): hard wraps and layout forms, and roster members, by class.

Each wrap class is a layout fact the page-break rule missed when a converter broke a line at the
page's edge (benchmarks/robust_layout.py ``wrap-28`` … ``wrap-display-70``): the text is built
from prose wrapped at a width (so that the width is measured, as on a PDF's page) and one
paragraph whose break is made to fall exactly at the seam of the class; the records read from
the wrapped text are those of the same text unwrapped (the harness's canonical keys), at several
widths, with and without a page number between the two pieces. Negative rows: seams that must
stay paragraph ends (a bracketed adoption note over its heading, a key over its value, a title
over its number).

Every text is synthetic, written in the forms bodies print; none comes from a held-out text.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique
from test_robustness_layout import robustness  # the harness (benchmarks/robustness.py), loaded once

from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import split_paragraphs

WIDTHS = (28, 35, 40)

_PROSE = (
    "为进一步加强和改进全县政务公开工作，推动各项决策部署落地见效，经县人民政府研究同意，"
    "现就有关事项通知如下，请各乡镇人民政府、县直各部门结合实际认真贯彻执行，确保取得实效。"
)
_PAD = "各有关单位要高度重视认真组织切实抓好贯彻落实工作"


def _wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


def _cut_at(before: str, after: str, width: int) -> list[str]:
    """The paragraph ``before + after`` wrapped at ``width``, padded at its start so that a line
    ends exactly after ``before`` (the seam of the class)."""
    pad = (-len(before)) % width
    return _wrap((_PAD * 4)[:pad] + before + after, width)


def _document(lines: list[str], width: int, *, head: str = "", footer: str = "") -> str:
    """A notice: its head, prose wrapped at ``width`` (the page's width, measured), the lines of
    the class (a page number between its two pieces when ``footer``), more prose and a signature."""
    prose = _wrap(_PROSE * 2, width)
    if footer:
        seam = next(k for k, line in enumerate(lines) if len(line) == width) + 1
        lines = [*lines[:seam], footer, *lines[seam:]]
    return "\n".join(
        [
            *([head] if head else []),
            "各乡镇人民政府，县直各部门：",
            *prose,
            *lines,
            *prose,
            "某某县人民政府",
            "2023年3月1日",
        ]
    )


def _unwrapped(lines: list[str], width: int, head: str = "") -> str:
    return "\n".join(
        [
            *([head] if head else []),
            "各乡镇人民政府，县直各部门：",
            _PROSE * 2,
            "".join(lines),
            _PROSE * 2,
            "某某县人民政府",
            "2023年3月1日",
        ]
    )


def _records(text: str) -> dict[tuple[str, str], int]:
    return dict(robustness.records(extract_str(text)))


# (before the seam, after it, a record the unwrapped text holds: (field, canonical key))
SEAMS = [
    # --- a full line ending on a cited title's 》 or its number's bracket goes on (was a paragraph end) ---
    pytest.param(
        "为加强对普查工作的领导，根据《全国经济普查条例》和《国务院关于开展第五次全国经济普查的通知》",
        "（国发〔2022〕22号），决定成立领导小组。",
        ("citation", "国务院关于开展第五次全国经济普查的通知 / 国发〔2022〕22号"),
        id="cited-title-then-its-number-bracket",
    ),
    pytest.param(
        "依照《湖南省人民政府办公厅关于全面推进政务公开工作的实施意见》（湘办发〔2016〕41号）",
        "要求，结合我县实际，提出如下意见。",
        ("citation", "湖南省人民政府办公厅关于全面推进政务公开工作的实施意见 / 湘办发〔2016〕41号"),
        id="number-bracket-then-the-sentence-goes-on",
    ),
    pytest.param(
        "会议学习了《河南省人民政府关于进一步加强安全生产工作的通知》",
        "《河南省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见》（豫政〔2021〕22号）。",
        ("citation", "河南省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见 / 豫政〔2021〕22号"),
        id="cited-title-then-the-next-cited-title",
    ),
    # --- a number's year bracket other than 〔〕 broken at the edge is folded once whole (was two citations) ---
    pytest.param(
        "县领导领学了《河南省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见》（豫政(2021",
        ")22号）。",
        ("citation", "河南省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见 / 豫政〔2021〕22号"),
        id="paren-year-broken-before-its-closing-bracket",
    ),
    pytest.param(
        "县领导领学了《河南省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见》（豫政(20",
        "21)22号）。",
        ("citation", "河南省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见 / 豫政〔2021〕22号"),
        id="paren-year-broken-inside-the-year",
    ),
    pytest.param(
        "根据《国务院关于进一步推进长江三角洲地区改革开放和经济社会发展的指导意见》（国发（",
        "2008）30号）精神，制定本意见。",
        ("citation", "国务院关于进一步推进长江三角洲地区改革开放和经济社会发展的指导意见 / 国发〔2008〕30号"),
        id="full-width-paren-year-broken-after-its-bracket",
    ),
]


@pytest.mark.parametrize("footer", ["", "— 2 —"], ids=["no-furniture", "page-number-between"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("before", "after", "record"), SEAMS)
def test_a_seam_inside_a_sentence_keeps_its_records(
    before: str, after: str, record: tuple[str, str], width: int, footer: str
) -> None:
    lines = _cut_at(before, after, width)
    key = " / ".join(robustness.canon(part) for part in record[1].split(" / "))
    assert (record[0], key) in _records(_unwrapped(lines, width))
    assert _records(_document(lines, width, footer=footer)) == _records(_unwrapped(lines, width))


def test_the_seam_rows_are_unique() -> None:
    assert_unique(SEAMS)


# A metadata block whose number was broken at the edge: (lines as printed, the number read)
_TITLE = "某某县人民政府关于分解落实政府工作报告目标任务的通知"
METADATA_NUMBERS = [
    pytest.param(
        ["发布机构 自治区人民政府 文  号 内政发〔2013〕6", "2号", "成文日期 2013-07-02"],
        "内政发〔2013〕62号",
        id="serial-broken-in-a-spaced-pair-line",
    ),
    pytest.param(
        ["发文机关：某某县人民政府  文号：某政发〔20", "23〕1号", "成文日期：2023-01-30"],
        "某政发〔2023〕1号",
        id="year-broken-after-a-colon-key",
    ),
    pytest.param(
        ["发文机关：某某县人民政府  文号：某政发〔2023", "〕1号", "成文日期：2023-01-30"],
        "某政发〔2023〕1号",
        id="closing-bracket-on-the-next-line",
    ),
    pytest.param(
        ["发文机关：某某县人民政府  文号：某政发〔2023〕", "1号", "成文日期：2023-01-30"],
        "某政发〔2023〕1号",
        id="serial-on-the-next-line",
    ),
]


@pytest.mark.parametrize(("lines", "number"), METADATA_NUMBERS)
def test_a_number_broken_at_the_edge_is_one_number(lines: list[str], number: str) -> None:
    text = "\n".join([*lines, _TITLE, *_wrap(_PROSE * 3, 30), "某某县人民政府", "2023年1月30日"])
    numbers = [p.text for p in split_paragraphs(text) if number in p.text]
    assert len(numbers) == 1
    assert _records(text).get(("doc_number", robustness.canon(number))) == 1


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("pair", "agency_end"),
    [
        pytest.param("名称：某某县人民政府关于分解落实政府工作报告目标任务的通知 文号：", "泾", id="one-character"),
        pytest.param("关于召开全省现代高效农业示范园区建设推进会议的通知  黔农", "园", id="after-the-title"),
    ],
)
def test_a_number_broken_inside_its_agency_at_a_full_line(pair: str, agency_end: str, width: int) -> None:
    """泾 / 政〔2023〕1号: the line above fills the page's width, so the agency goes on."""
    first = pair + agency_end
    pad = (-len(first)) % width
    lines = [*_wrap("某" * pad + first, width), "政〔2023〕1号" if agency_end == "泾" else "办发〔2016〕11号"]
    number = "泾政〔2023〕1号" if agency_end == "泾" else "黔农园办发〔2016〕11号"
    text = _document(lines, width)
    assert any(number in p.text for p in split_paragraphs(text))


# Seams that stay paragraph ends: (the line filling the width, ``{pad}`` filled to make it so, the next line)
KEPT_APART = [
    pytest.param("（2023年2月20日{pad}县人大常委会第十次会议通过）", "决定", id="adoption-note-over-its-heading"),
    pytest.param("《{pad}县城乡环境卫生管理条例》", "第一章 总则", id="cited-title-alone-over-a-chapter"),
    pytest.param("{pad}县人民政府关于印发环境卫生整治方案的通知", "某政发〔2023〕1号", id="title-over-its-number"),
    pytest.param("索引号 主题分类 综合{pad}政务 发文字号", "某政发〔2023〕1号", id="key-over-its-value"),
    pytest.param("附件：{pad}县城乡环境卫生整治方案（试行）", "某某县人民政府", id="attachment-bracket-over-signature"),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("template", "below"), KEPT_APART)
def test_a_full_line_that_ends_a_paragraph_stays_apart(template: str, below: str, width: int) -> None:
    full_line = template.format(pad="某" * (width - len(template) + len("{pad}")))
    assert len(full_line) == width
    text = _document([full_line, below], width)
    assert below in [p.text for p in split_paragraphs(text)]


# A date broken at the edge of a metadata line or a masthead (it stands alone, so the page-break rule
# did not join it): the broken date's end was read as the title (1-23) and the date was lost
DATE_SEAMS = [
    pytest.param(["发文日期: 2019-01-23 生效时间: 2019-", "01-23"], "2019-01-23", id="iso-date-after-its-year"),
    pytest.param(["发文日期: 2019-01-23 生效时间: 2019-01-", "23"], "2019-01-23", id="iso-date-before-its-day"),
    pytest.param(
        ["成文日期：2019年1月2", "3日 发布日期：2019年1月23日"], "2019年1月23日", id="chinese-date-inside-its-day"
    ),
    pytest.param(["寿县人民政府督查室           2022年8月1", "9"], "2022年8月19", id="masthead-date-without-ri"),
]


@pytest.mark.parametrize(("lines", "date"), DATE_SEAMS)
def test_a_date_broken_at_the_edge_of_a_line_that_stands_alone_is_one_date(lines: list[str], date: str) -> None:
    text = "\n".join(["索引号: 003129766/201901-00336", *lines, _TITLE, *_wrap(_PROSE * 3, 30)])
    paragraphs = [p.text.replace(" ", "") for p in split_paragraphs(text)]
    assert any(date in p for p in paragraphs)
    assert not any(p.startswith(lines[1][:4]) for p in paragraphs)  # the date's end is no paragraph


# Seams that are no date: an item after a line ending on a month, a date's day then a list's number
DATE_SEAMS_APART = [
    pytest.param(["发布日期：2019年3月", "1.加强组织领导"], "1.加强组织领导", id="item-after-a-month"),
    pytest.param(["发布日期：2019-03-01", "2号楼会议室"], "2号楼会议室", id="whole-date-then-a-digit"),
]


@pytest.mark.parametrize(("lines", "below"), DATE_SEAMS_APART)
def test_a_whole_line_before_a_digit_stays_apart(lines: list[str], below: str) -> None:
    text = "\n".join(["索引号: 003129766/201901-00336", *lines, _TITLE, *_wrap(_PROSE * 3, 30)])
    assert below in [p.text for p in split_paragraphs(text)]


# A hard-wrapped page's headline on its first line, clearly short of the width, over its story's
# first line (full): the headline stands alone (it ran into the story: the title was lost)
HEADLINES = [
    pytest.param("河南省十三届人大常委会第二十三次会议闭幕", id="session-closes"),
    pytest.param("王莉霞任内蒙古自治区代主席", id="acting-chair"),
    pytest.param("某某区召开2023年第4次区政府常务会议", id="digits-in-the-headline"),
]
_STORY = (
    "圆满完成各项议程后，省十三届人大常委会第二十三次会议4月2日在郑州闭幕。会议接受尹弘辞去河南省人民政府省长职务的请求，"
    "决定任命王凯为河南省人民政府副省长、代理省长。省委书记、省人大常委会主任王国生主持会议并讲话。"
) * 2


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_wrapped_pages_headline_stands_alone(headline: str, width: int) -> None:
    text = "\n".join([headline, *_wrap(_STORY, width)])
    assert split_paragraphs(text)[0].text == headline


# … and what stays joined: a line that fills the width, a 关于 title broken by its author, one
# ending on a mark that goes on
HEADLINES_JOINED = [
    pytest.param("国务院办公厅关于2019年", "部分节假日安排的通知", id="guanyu-title-broken-before-its-kind"),
    pytest.param("圆满完成各项议程后，省十三届人大常委会第二十", "三次会议4月2日在郑州闭幕。", id="clause-punctuation"),
    pytest.param("河南省十三届人大常委会第二十三次会议、", "省政府常务会议相继召开", id="ends-on-a-dun"),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("first", "second"), HEADLINES_JOINED)
def test_a_first_line_that_is_no_whole_headline_goes_on(first: str, second: str, width: int) -> None:
    text = "\n".join([first, second, *_wrap(_STORY, width)])
    assert split_paragraphs(text)[0].text.startswith(first + second)


# A publish line's time broken at the edge (时间:2024-06-16 05:10 / :14 浏览:9355): the rest of the line
# ran into the title below (:14浏览…下载重庆市人民政府关于…的通告 was the title and the issuer)
def test_a_publish_lines_time_broken_at_the_edge_is_one_line() -> None:
    lines = ["作者:法律资料网 时间:2024-06-16 05:10", ":14   浏览:9355   来源:法律资料网", "下载地址: 点击此处下载"]
    paragraphs = [p.text for p in split_paragraphs("\n".join(lines))]
    assert paragraphs[0].replace(" ", "").startswith("作者：法律资料网时间：2024-06-1605:10:14")


# Under a hard-wrapped page's line that ends short of the width (a menu, a byline's rest), a title that
# opens on its issuer and 关于 begins a paragraph: it ran into the chrome above (首页政务公开…走进鹤城齐齐
# 哈尔市人民政府办公室关于… was the title and the issuer)
TITLE_OPENINGS = [  # (the chrome's lines: one filling the width, its short rest)
    pytest.param(["首     页 政 务 公 开 网 上 办 事 互 动 ", "交 流 走 进 鹤 城"], id="letter-spaced-menu"),
    pytest.param(
        ["政务公开 网上办事 互动交流 走进鹤城 政策解读 领导之", "窗 市长信箱 依申请公开 专题专栏"], id="menu-words"
    ),
    pytest.param(
        ["浏览次数：9355 来源：某某市人民政府办公室 【打印", "本页】 关闭窗口 字体：大 中 小"], id="page-tools"
    ),
]
_WRAPPED_TITLE = ["齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市环境污染和生", "态破坏突发事件应急预案》的通知"]
_WRAPPED_TITLE_WHOLE = "".join(_WRAPPED_TITLE)


@pytest.mark.parametrize("chrome", TITLE_OPENINGS)
def test_a_title_under_a_short_chrome_line_begins_a_paragraph(chrome: list[str]) -> None:
    assert len(chrome[0].strip()) in (27, 28) and len(chrome[1]) < 27
    text = "\n".join([*chrome, *_WRAPPED_TITLE, *_wrap(_PROSE * 3, 28)])
    assert _WRAPPED_TITLE_WHOLE in [p.text for p in split_paragraphs(text)]


# … but a sentence goes on into a cited title (the line above ends on a mark that goes on, or a bracket
# is open), and a line that fills the width goes on
TITLE_OPENINGS_JOINED = [
    pytest.param("经研究，现将有关事项和", "省人民政府关于加强安全生产工作的意见", id="ends-on-he"),
    pytest.param("经研究，根据《", "省人民政府关于加强安全生产工作的意见》，现通知如下。", id="open-title-bracket"),
    pytest.param("经研究，现将有关事项通知如下：贯彻落实", "省人民政府关于加强安全生产工作的意见，", id="comma-after"),
]


@pytest.mark.parametrize(("above", "below"), TITLE_OPENINGS_JOINED)
def test_a_sentence_goes_on_into_a_cited_title(above: str, below: str) -> None:
    text = "\n".join([*_wrap(_PROSE * 3, 28), "为加强领导，" + above, below, *_wrap(_PROSE * 3, 28)])
    assert any(("为加强领导，" + above + below).rstrip("，。") in p.text for p in split_paragraphs(text))


# A task table printed with spaces and no 序号 column (benchmarks table-spaces; hand-typed and
# converted 清单): one line per row, as many cells as the header names — it gave no task at all
_BARE_ROWS = [
    ("建设智慧教育平台", "区教委", "长期推进"),
    ("推进老旧小区综合整治", "区住房城乡建设委", "2021年11月底前"),
    ("实施公用事业领域惠民行动", "区城市管理委", "2021年12月底前"),
]


def _task_rows(text: str) -> list[tuple[str, list[str], str | None]]:
    from gazette_extract.api import parse_text

    return [
        (t.text, list(t.lead_units), t.deadline.kind if t.deadline else None)
        for d in parse_text(text).documents
        for t in d.tasks
    ]


_BARE_EXPECTED = [
    ("建设智慧教育平台", ["区教委"], "ongoing"),
    ("推进老旧小区综合整治", ["区住房城乡建设委"], "by"),
    ("实施公用事业领域惠民行动", ["区城市管理委"], "by"),
]
_NOTICE_HEAD = (
    "某某区人民政府关于印发重点任务分工方案的通知\n各街道办事处：\n现将重点任务分工印发给你们，请认真贯彻执行。\n"
)


def _aligned(cells: tuple[str, ...]) -> str:
    """Cells at fixed display columns, as pdftotext -layout prints them (a Chinese character is two)."""
    stops = (32, 52)
    return "".join(cell + " " * (stops[k] - 2 * len(cell)) if k < len(stops) else cell for k, cell in enumerate(cells))


BARE_TABLES = [
    pytest.param("重点任务    牵头单位    完成时限", "    ", id="four-spaces"),
    pytest.param("重点任务  牵头单位  完成时限", "  ", id="two-spaces"),
    pytest.param("重点任务　　牵头单位　　完成时限", "　　", id="ideographic-spaces"),
    pytest.param("主要任务      责任单位      完成时间", "      ", id="other-column-names"),
]


@pytest.mark.parametrize(("header", "gap"), BARE_TABLES)
def test_a_space_printed_table_without_a_number_column_is_read(header: str, gap: str) -> None:
    table = "\n".join([header, *(gap.join(row) for row in _BARE_ROWS)])
    assert _task_rows(_NOTICE_HEAD + table + "\n\n某某区人民政府\n2021年3月1日") == _BARE_EXPECTED


def test_aligned_columns_without_a_number_column_are_read() -> None:
    table = "\n".join([_aligned(("重点任务", "牵头单位", "完成时限")), *(_aligned(row) for row in _BARE_ROWS)])
    assert _task_rows(_NOTICE_HEAD + table + "\n\n某某区人民政府\n2021年3月1日") == _BARE_EXPECTED


def test_level_columns_and_rows_printed_with_tabs_between() -> None:
    """一级工作任务 / 二级工作任务 headers, and rows whose empty cells made a converter print tabs."""
    table = "\n".join(
        [
            "一级工作任务    二级工作任务    牵头单位    完成时限",
            "（一）建立责任体系    1. 建立耕地保护网格化管理机制。    区规划自然资源分局    长期推进",
            "\t2. 落实耕地保护田长制。\t各乡镇（街道）\t长期推进",
            "（二）规划引领    3. 强化国土空间规划的统领作用。    区规划自然资源分局    长期推进",
        ]
    )
    found = _task_rows(_NOTICE_HEAD + table + "\n\n某某区人民政府\n2021年3月1日")
    assert [(text[:4], lead) for text, lead, _kind in found] == [
        ("建立耕地", ["区规划自然资源分局"]),
        ("落实耕地", ["各乡镇（街道）"]),
        ("强化国土", ["区规划自然资源分局"]),
    ]


# … and what is no such table, or no row that can be read whole
BARE_TABLES_UNREAD = [
    pytest.param(
        [
            "重点任务    牵头单位    完成时限",
            "推进老旧小区综合整治，完成    区住房城乡建设委    2021年11月底前",
            "30个小区改造任务",
        ],
        id="row-wrapped-onto-the-next-line",
    ),
    pytest.param(
        ["主要内容    说明    备注", "建设智慧教育平台    区教委    长期推进"], id="no-unit-or-deadline-column"
    ),
    pytest.param(
        ["各单位  牵头单位  要切实负起责任", "建设智慧教育平台  区教委  长期推进"], id="prose-naming-a-column"
    ),
    pytest.param(["重点任务    牵头单位    完成时限", "建设智慧教育平台    区教委"], id="row-with-a-cell-missing"),
]


@pytest.mark.parametrize("lines", BARE_TABLES_UNREAD)
def test_no_row_is_read_from_what_is_no_whole_row(lines: list[str]) -> None:
    from gazette_extract.text.spacetables import space_table_rows

    text = "\n".join(lines)
    assert space_table_rows(lines, text) == {}


# ---------------------------------------------------------------------------------------------
# Roster members (records/rosters.py extract_members), forms rosters rounds 3 and 4 do not have
# ---------------------------------------------------------------------------------------------

_GROUP_HEAD = (
    "关于成立某某区创建全国文明城区工作领导小组的通知\n\n各街道办事处，区政府各委、办、局：\n"
    "为切实加强领导，经区政府研究，决定成立某某区创建全国文明城区工作领导小组。组成人员如下：\n"
)
Member = tuple[str, str, str | None]


def _members(text: str) -> list[Member]:
    from gazette_extract.api import parse_text

    return [(m.role, m.person, m.post) for d in parse_text(_GROUP_HEAD + text).documents for m in d.members]


MEMBER_ROWS = [
    # --- names sharing one post in brackets: 王五（副区长） was 李四's post, 王五 lost ---
    pytest.param(
        "组长：张三（区长）\n副组长：李四、王五（副区长）",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("副组长", "王五", "副区长")],
        id="names-share-a-bracketed-post",
    ),
    pytest.param(
        "副组长：李四同志、王五同志（副区长）",
        [("副组长", "李四", "副区长"), ("副组长", "王五", "副区长")],
        id="names-with-tongzhi-share-a-post",
    ),
    pytest.param(
        "成员：赵六、钱七、孙八(区政府副调研员)",
        [("成员", "赵六", "区政府副调研员"), ("成员", "钱七", "区政府副调研员"), ("成员", "孙八", "区政府副调研员")],
        id="three-names-ascii-bracket",
    ),
    # --- a roster line wrapped inside a post, the next entry on the same line (a converter's wrap) ---
    pytest.param(
        "组长：张三　区委副书记、区长\n副组长：李四　区委常委、常务副\n区长；王五　区政府副区长",
        [
            ("组长", "张三", "区委副书记、区长"),
            ("副组长", "李四", "区委常委、常务副区长"),
            ("副组长", "王五", "区政府副区长"),
        ],
        id="post-wrapped-after-fu-then-an-entry-semicolon",
    ),
    pytest.param(
        "副组长：李四　区委常委、常务副\n区长，王五　区政府副区长",
        [("副组长", "李四", "区委常委、常务副区长"), ("副组长", "王五", "区政府副区长")],
        id="post-wrapped-after-fu-then-an-entry-comma",
    ),
    pytest.param(
        "成员：赵六　区发改委主任；钱七　区财政局副\n局长；孙八　区教委主任",
        [("成员", "赵六", "区发改委主任"), ("成员", "钱七", "区财政局副局长"), ("成员", "孙八", "区教委主任")],
        id="post-wrapped-inside-a-title-then-an-entry",
    ),
    pytest.param(
        "副组长：李四　区委常委、常务副\n区长",
        [("副组长", "李四", "区委常委、常务副区长")],
        id="post-wrapped-after-fu-alone",
    ),
    # --- members listed by unit then name, no post (the unit is the post as printed) ---
    pytest.param(
        "组长：张三　区长\n成员：区发改委赵六、区财政局钱七、区教委孙八",
        [
            ("组长", "张三", "区长"),
            ("成员", "赵六", "区发改委"),
            ("成员", "钱七", "区财政局"),
            ("成员", "孙八", "区教委"),
        ],
        id="units-then-names-dun",
    ),
    pytest.param(
        "成员：区民政局王小明，区委组织部李明华，区政务服务中心欧阳青",
        [("成员", "王小明", "区民政局"), ("成员", "李明华", "区委组织部"), ("成员", "欧阳青", "区政务服务中心")],
        id="units-then-three-character-names-comma",
    ),
    # --- a post run into a dotted name: 区民宗局局长阿不都·热依木 was the person (a false record) ---
    pytest.param(
        "成员：区民宗局局长阿不都·热依木、区财政局局长古丽·艾买提",
        [("成员", "阿不都·热依木", "区民宗局局长"), ("成员", "古丽·艾买提", "区财政局局长")],
        id="post-then-dotted-name-dun",
    ),
    pytest.param(
        "组长：阿不都·热依木　区长\n成员：区发改委主任买买提·吐尔逊；区教育局局长热依拉·阿不都",
        [
            ("组长", "阿不都·热依木", "区长"),
            ("成员", "买买提·吐尔逊", "区发改委主任"),
            ("成员", "热依拉·阿不都", "区教育局局长"),
        ],
        id="post-then-dotted-name-semicolon",
    ),
    # --- posts then names run together after 成员： (孙八 took all three posts; 赵六, 钱七 were lost) ---
    pytest.param(
        "组长：张三区长\n成员：区发改委主任赵六区财政局局长钱七区教委主任孙八",
        [
            ("组长", "张三", "区长"),
            ("成员", "赵六", "区发改委主任"),
            ("成员", "钱七", "区财政局局长"),
            ("成员", "孙八", "区教委主任"),
        ],
        id="posts-then-names-run-together",
    ),
    pytest.param(
        "副组长：国务院副秘书长张三国家发展改革委副主任李四",
        [("副组长", "张三", "国务院副秘书长"), ("副组长", "李四", "国家发展改革委副主任")],
        id="two-posts-then-names-run-together",
    ),
    pytest.param(
        "组长：区委常委、区委办公室主任、区委机要局局长张三",
        [("组长", "张三", "区委常委、区委办公室主任、区委机要局局长")],
        id="one-holder-of-three-posts-run-together",
    ),
    # --- a roster printed as a space-aligned table with a header, the role in any column ---
    pytest.param(
        "姓  名        单位及职务          小组职务\n张  三        区长                组长\n"
        "李  四        副区长              副组长\n赵  六        区发改委主任        成员",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("成员", "赵六", "区发改委主任")],
        id="space-table-role-last-letter-spaced-names",
    ),
    pytest.param(
        "姓名    小组职务    单位及职务\n张三    组长    区长\n李四    副组长    副区长\n赵六    成员    区发改委主任",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("成员", "赵六", "区发改委主任")],
        id="space-table-role-in-the-middle",
    ),
    pytest.param(
        "姓名　　单位及职务　　小组职务\n王小明　　区长　　组长\n欧阳青　　副区长　　副组长",
        [("组长", "王小明", "区长"), ("副组长", "欧阳青", "副区长")],
        id="space-table-ideographic-spaces",
    ),
    # --- what gives no member ---
    pytest.param(
        "组长：张三　区长\n成员：区发改委、区财政局、区教委、区城管局、区民政局",
        [("组长", "张三", "区长")],
        id="member-units-alone-give-no-person",
    ),
    pytest.param(
        "组长：张三　区长\n成员单位：区委办、区政府办、区委组织部、区委宣传部、区公安分局",
        [("组长", "张三", "区长")],
        id="member-unit-list-gives-no-person",
    ),
    pytest.param("成员：区发改委、区财政局（按职责分工负责）", [], id="units-sharing-a-remark"),
    pytest.param(
        "姓名    单位    备注\n张三    区发改委    无\n李四    区财政局    无",
        [],
        id="space-table-of-people-without-roles",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_ROWS)
def test_roster_members(text: str, expected: list[Member]) -> None:
    assert _members(text) == expected


def test_the_member_rows_are_unique() -> None:
    assert_unique(MEMBER_ROWS)


@pytest.mark.parametrize("width", (20, 24))
def test_a_roster_wrapped_by_a_converter_keeps_its_members(width: int) -> None:
    """The whole roster hard-wrapped as a converter wraps it: the members of the unwrapped roster."""
    roster = [
        "组长：张三　区委副书记、区长",
        "副组长：李四　区委常委、常务副区长；王五　区政府副区长",
        "成员：赵六　区发改委主任；钱七　区财政局局长；孙八　区教委主任",
    ]
    whole = _members("\n".join(roster))
    wrapped = _members("\n".join(piece for line in roster for piece in _wrap(line, width)))
    assert [(role, person) for role, person, _post in wrapped] == [(role, person) for role, person, _post in whole]
    assert len(whole) == 6


# A role line begins a paragraph (the entry above never runs into it) — unless the line above ends on
# the start of a longer role cut at the edge (…副 / 组长：… is 副组长)
ROLE_LINE_SEAMS = [
    pytest.param(
        "副组长：李四　区委常委、常务副区长；王五　区政府副区长",
        "成员：赵六　区发改委主任",
        False,
        id="entry-then-role",
    ),
    pytest.param(
        "二、组成人员组长：张高丽国务院副总理副",
        "组长：姜大明国土资源部部长丁向阳国务院副秘书长",
        True,
        id="fu-then-zuzhang",
    ),
    pytest.param(
        "组长：张三区长副组长：李四副区长执行",
        "副组长：王五副区长成员：赵六区发改委主任",
        True,
        id="zhixing-then-fu-zuzhang",
    ),
    pytest.param(
        "总指挥：张三　区长；副总指挥：李四　区应急局局长", "成　员：赵六　区水务局局长", False, id="spaced-role"
    ),
]


@pytest.mark.parametrize(("above", "below", "joined"), ROLE_LINE_SEAMS)
def test_a_role_line_begins_a_paragraph_unless_its_role_was_cut(above: str, below: str, joined: bool) -> None:
    paragraphs = [p.text for p in split_paragraphs(f"{above}\n{below}")]
    assert (len(paragraphs) == 1) is joined
