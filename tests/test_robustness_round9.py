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


@pytest.mark.parametrize(
    ("page", "first_lines"),
    [
        pytest.param(
            '<div id="zoom"><p>某某省人民政府关于印发应急预案的通知</p><table>'
            "<tr><td>发文字号：</td><td>某政发〔2012〕33号</td></tr>"
            "<tr><td>成文日期：</td><td>2012年6月18日</td></tr></table>"
            "<p>现将预案印发给你们，请认真贯彻执行。</p></div>",
            ["发文字号：某政发〔2012〕33号", "成文日期：2012年6月18日", "某某省人民政府关于印发应急预案的通知"],
            id="metadata-table-cells-still-go-first",
        ),
        pytest.param(
            "<ul><li>发文字号：某政发〔2012〕33号</li><li>成文日期：2012年6月18日</li></ul>"
            '<div id="zoom"><p>现将预案印发给你们，请认真贯彻执行。</p></div>',
            ["发文字号：某政发〔2012〕33号", "成文日期：2012年6月18日", "现将预案印发给你们，请认真贯彻执行。"],
            id="metadata-list-outside-the-body-still-goes-first",
        ),
        pytest.param(
            '<div id="zoom"><p>某某省人民政府关于印发应急预案的通知</p><p>发文字号：某政发〔2012〕33号</p>'
            "<p>成文日期：2012年6月18日</p><p>现将预案印发给你们。</p></div>",
            ["某某省人民政府关于印发应急预案的通知", "发文字号：某政发〔2012〕33号", "成文日期：2012年6月18日"],
            id="metadata-paragraphs-in-the-body-stay-in-place",
        ),
        pytest.param(
            '<div id="zoom"><p>某某省人民政府关于印发应急预案的通知<br>发文字号：某政发〔2012〕33号<br>'
            "成文日期：2012年6月18日</p><p>现将预案印发给你们。</p></div>",
            ["某某省人民政府关于印发应急预案的通知", "发文字号：某政发〔2012〕33号", "成文日期：2012年6月18日"],
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
