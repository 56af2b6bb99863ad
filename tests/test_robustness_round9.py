"""Robustness round 9 (issue 9): hard wraps and web pages, by class.

Each class is a layout fact a rule missed when a page or a converter re-laid a text
(benchmarks/robust_layout.py ``html-p``, ``html-br``, ``wrap-16`` … ``wrap-display-70``): the
records read from the re-laid text are those of the plain text (the harness's canonical keys).
Negative rows keep what must stay apart (a metadata table, a title over its number).

Every text is synthetic, written in the forms bodies and sites print; none comes from a held-out
text.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique
from test_robustness_layout import robust_layout, robustness  # the harness, loaded once

from gazette_extract.pipeline import extract, extract_str
from gazette_extract.text.html import html_to_text
from gazette_extract.text.normalize import split_paragraphs


def _records(result: dict[str, object]) -> dict[tuple[str, str], int]:
    return dict(robustness.records(result))  # type: ignore[arg-type]


_BODY = (
    "各市（地）人民政府，省政府各直属单位：\n\n"
    "现将《某某省突发环境事件应急预案》印发给你们，请认真贯彻执行。\n\n"
    "某某省人民政府\n\n"
    "2012年6月18日\n"
)

# --- web pages: metadata printed as the body's own lines stays where the page prints it ----------
# (the HTML reader moved it above the body: the site's name or breadcrumb that stood over it then
# ran into the title — 法邦网—法律法规查看黑龙江省人民政府关于…的通知 —, and an index number stood
# alone where a title is read)
PAGES = [
    pytest.param(
        "法邦网—法律法规查看\n\n某某省人民政府关于印发突发环境事件应急预案的通知\n\n"
        "【颁发部门】 某某省政府\n\n【发文字号】 某政发[2012]33号\n\n【实施时间】 2012-06-18\n\n",
        id="lawdb-site-name-over-the-title-bracketed-keys-under-it",
    ),
    pytest.param(
        "某某县人民政府\n首页 >> 公开信息内容\n\n某某县人民政府办公室关于印发突发环境事件应急预案的通知\n\n"
        "索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日\n\n",
        id="breadcrumb-over-the-title-index-line-under-it",
    ),
    pytest.param(
        "索引号：11330922090963010M/2021-27971\n\n发布机构：某某县政府办公室\n\n"
        "某某县人民政府办公室关于印发突发环境事件应急预案的通知\n\n",
        id="index-number-and-publisher-over-the-title",
    ),
]
assert_unique(PAGES)


def _page_records(text: str, *, breaks: bool) -> dict[tuple[str, str], int]:
    page = robust_layout.to_html(text, breaks=breaks).encode("utf-8")
    return _records(extract(page, path="page.html"))


@pytest.mark.parametrize("breaks", [False, True], ids=["html-p", "html-br"])
@pytest.mark.parametrize("head", PAGES)
def test_a_page_reads_as_its_text(head: str, breaks: bool) -> None:
    text = head + _BODY
    plain = _records(extract_str(text))
    assert ("title", robustness.canon(next(line for line in head.split("\n") if line.endswith("通知")))) in plain
    assert _page_records(text, breaks=breaks) == plain


_TITLE_LINE = "某某省人民政府关于印发应急预案的通知"
_NUMBER_LINE = "发文字号：某政发〔2012〕33号"
_DATE_LINE = "成文日期：2012年6月18日"


@pytest.mark.parametrize(
    ("page", "first_lines"),
    [
        pytest.param(
            '<div id="zoom"><p>某某省人民政府关于印发应急预案的通知</p><table>'
            "<tr><td>发文字号：</td><td>某政发〔2012〕33号</td></tr>"
            "<tr><td>成文日期：</td><td>2012年6月18日</td></tr></table>"
            "<p>现将预案印发给你们，请认真贯彻执行。</p></div>",
            [_NUMBER_LINE, _DATE_LINE, _TITLE_LINE],
            id="metadata-table-cells-still-go-first",
        ),
        pytest.param(
            "<ul><li>发文字号：某政发〔2012〕33号</li><li>成文日期：2012年6月18日</li></ul>"
            '<div id="zoom"><p>现将预案印发给你们，请认真贯彻执行。</p></div>',
            [_NUMBER_LINE, _DATE_LINE, "现将预案印发给你们，请认真贯彻执行。"],
            id="metadata-list-outside-the-body-still-goes-first",
        ),
        pytest.param(
            '<div id="zoom"><p>某某省人民政府关于印发应急预案的通知</p><p>发文字号：某政发〔2012〕33号</p>'
            "<p>成文日期：2012年6月18日</p><p>现将预案印发给你们。</p></div>",
            [_TITLE_LINE, _NUMBER_LINE, _DATE_LINE],
            id="metadata-paragraphs-in-the-body-stay-in-place",
        ),
        pytest.param(
            '<div id="zoom"><p>某某省人民政府关于印发应急预案的通知<br>发文字号：某政发〔2012〕33号<br>'
            "成文日期：2012年6月18日</p><p>现将预案印发给你们。</p></div>",
            [_TITLE_LINE, _NUMBER_LINE, _DATE_LINE],
            id="metadata-lines-after-br-stay-in-place",
        ),
        pytest.param(
            '<div id="zoom"><p>某某省人民政府关于印发应急预案的通知</p>'
            "<p>依据 发文字号：某政发〔2012〕33号 成文日期：2012年6月18日</p><p>现将预案印发给你们。</p></div>",
            ["某某省人民政府关于印发应急预案的通知", "依据 发文字号：某政发〔2012〕33号 成文日期：2012年6月18日"],
            id="labels-inside-prose-are-no-metadata",
        ),
    ],
)
def test_where_the_reader_puts_metadata(page: str, first_lines: list[str]) -> None:
    lines = [line for line in html_to_text(page).split("\n") if line]
    assert lines[: len(first_lines)] == first_lines


# --- hard wraps: a headline cut at the page's edge ---------------------------------------------
WIDTHS = (16, 21, 28)

_STORY = (
    "6月3日，市十六届人大常委会举行第十三次会议，会议听取和审议了有关工作报告，"
    "表决通过了有关人事任免事项，会议由市人大常委会主任主持，副主任和秘书长出席会议。"
)


def _wrapped(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


def _news(headline_lines: list[str], width: int, *, byline: str = "") -> str:
    """A news page wrapped at ``width``: a menu line, the headline's lines, a byline, the story."""
    return "\n".join(["首页", *headline_lines, *([byline] if byline else []), *_wrapped(_STORY * 3, width)])


def _cut(headline: str, width: int, rest: int) -> str:
    """``headline`` padded in front so that, wrapped at ``width``, its last line holds ``rest``
    characters (the class's seam); not padded for ``rest`` 0."""
    if not rest:
        return headline
    pad = width - (len(headline) - rest) % width
    return ("某" * pad if pad < width else "") + headline


HEADLINES = [
    # a headline with a space in it (a name and post's layout line, 韩小波 副区长, stands alone)
    # that fills the width is cut at the edge: its rest goes on (it was a title 市…决定周)
    # (its space on the first line: the padding is left out)
    pytest.param("某市人大常委会任免 决定周海兵为长沙市人民政府代理市长张三为副市长", 0, id="spaced-headline-cut"),
    pytest.param("国务院成立领导小组 张高丽任组长汪洋马凯等任副组长名单公布", 0, id="spaced-headline-short-rest"),
    # a headline's rest of two to four characters under a full line is no reporter's name (it
    # stood alone as one: 今年有8位…专门委会 / 任职)
    pytest.param("今年有8位卸任省委书记前往全国人大专门委员会任职", 2, id="rest-of-two-is-no-name"),
    pytest.param("广州市第五次全国经济普查领导小组成立", 3, id="rest-of-three-is-no-name"),
    pytest.param("贵州推动特色小镇高质量发展", 4, id="rest-of-four-is-no-name"),
]
assert_unique(HEADLINES)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("headline", "rest"), HEADLINES)
def test_a_wrapped_headline_is_whole(headline: str, rest: int, width: int) -> None:
    title = _cut(headline, width, rest)
    lines = _wrapped(title, width)
    assert len(lines) > 1 and (not rest or len(lines[-1]) == rest)
    paragraphs = [p.text for p in split_paragraphs(_news(lines, width, byline="记者 王晓丽"))]
    assert title.replace(" ", "") in [p.replace(" ", "") for p in paragraphs]
    assert "记者 王晓丽" in paragraphs


NOT_JOINED = [
    # a headline shorter than the width over its reporter's name: the name stands alone
    pytest.param(["市政府召开常务会议"], "王晓丽", id="short-headline-over-a-name"),
    # a name and post line (short of the width) over the next: each stands alone
    pytest.param(["组长 韩小波", "副组长 王五"], "", id="roster-lines-short-of-the-width"),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("head", "byline"), NOT_JOINED)
def test_short_head_lines_stand_alone(head: list[str], byline: str, width: int) -> None:
    paragraphs = [p.text for p in split_paragraphs(_news(head, width, byline=byline))]
    for line in [*head, *([byline] if byline else [])]:
        assert line in paragraphs


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("区商务委", id="a-unit-cell-under-a-full-task-cell"),
        pytest.param("序号", id="a-column-name-under-a-full-table-title"),
    ],
)
def test_a_short_cell_under_a_full_line_stays_apart(cell: str, width: int) -> None:
    full = ("社会消费品零售总额增长百分之八左右" * 2)[:width]
    paragraphs = [p.text for p in split_paragraphs(_news([full, cell], width))]
    assert full in paragraphs and cell in paragraphs


@pytest.mark.parametrize("width", (21, 28))
def test_a_spaced_rest_under_a_full_title_line_goes_on(width: int) -> None:
    # 山西省人民政府 关于印发…打赢蓝天保卫 / 战 三年行动计划的通知: the rest of the title, not a layout line
    title = "某某省人民政府 关于印发某某省打赢蓝天保卫战" + "某" * (width - 22) + " 三年行动计划的通知"
    lines = _wrapped(title, width)
    assert len(lines[0]) == width and " " in lines[1]
    paragraphs = [p.text for p in split_paragraphs(_news(lines, width))]
    assert title.replace(" ", "") in [p.replace(" ", "") for p in paragraphs]


@pytest.mark.parametrize("width", (21, 28))
def test_a_spaced_line_that_ends_a_title_stands_alone(width: int) -> None:
    # …修改二稿 征求意见稿）》公开征求意见的公告 fills the width: the next line (the title again) is no part of it
    first = ("某某条例草案修改 征求意见稿" + "某" * width)[: width - 3] + "的公告"
    again = "关于某某条例草案征求意见稿公开征求意见的公告"
    paragraphs = [p.text for p in split_paragraphs(_news([first, again], width))]
    assert first in paragraphs and again in paragraphs


@pytest.mark.parametrize("width", (21, 28))
def test_a_spaced_publish_line_never_runs_into_the_lead(width: int) -> None:
    # 开发者 https://www.devze.com 20 / 23-03-09 06:54出处：网络 作者：开发百科 / 3月8日，…: the site's
    # line is whole, and the lead under it begins the story
    site = "开发者 www.devze.com 2023-03-09 06:54出处：网络 作者：开发百科"
    lines = _wrapped(site, width)
    paragraphs = [p.text for p in split_paragraphs(_news(lines, width))]
    assert site.replace(" ", "") in [p.replace(" ", "") for p in paragraphs]
    assert any(p.startswith("6月3日，") for p in paragraphs)
