"""Whole issues of other gazettes: the 目录, then documents whose titles are wrapped as red heads
print them (issuer on one line, 关于…的通知 on the next). The first document after the contents must
not be read as one more contents entry, and each listed title must find its document however the
body wraps it (issue 9: "the first document right after the 目录 must not be swallowed by it").

Table-driven over the forms gazettes print: masthead spellings, contents entries with the number
and page in brackets or after leaders, and body titles on one line, wrapped after the issuer, wrapped
in the middle, with the number in brackets below.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

DOCS = [
    ("湖南省人民政府", "关于印发《湖南省推进乡村振兴战略实施方案》的通知", "湘政发〔2019〕3号", "2019年2月20日"),
    ("湖南省人民政府", "关于公布第五批省级非物质文化遗产代表性项目名录的通知", "湘政发〔2019〕4号", "2019年2月25日"),
    ("湖南省人民政府办公厅", "关于进一步加强安全生产工作的意见", "湘政办发〔2019〕10号", "2019年3月1日"),
]
DATES = ["2019-02-20", "2019-02-25", "2019-03-01"]

MASTHEADS = {
    "hao-zonghao": ("2019年第5号（总号：1650）", 5, 1650),
    "qi-zongdi": ("2019年第5期（总第1650期）", 5, 1650),
    "spaced": ("2019年 第 5 期 （总第 1650 期）", 5, 1650),
}

# How the contents prints one entry: title, number, page (2, 6, 9)
ENTRY_FORMS = {
    "brackets-leader-bracket-page": lambda t, n, p: [f"{t}（{n}）………（{p}）"],
    "brackets-leader-page": lambda t, n, p: [f"{t}（{n}）……………… {p}"],
    "number-line-below": lambda t, n, p: [t, f"（{n}）…………（{p}）"],
    "ascii-dots": lambda t, n, p: [f"{t}({n})........{p}"],
}

# How the body prints a document's title and number
TITLE_FORMS = {
    "one-line": lambda issuer, rest, n: [f"{issuer}{rest}", n],
    "issuer-line-then-rest": lambda issuer, rest, n: [issuer, rest, n],
    "wrapped-mid-title": lambda issuer, rest, n: [f"{issuer}{rest[:6]}", rest[6:], n],
    "number-in-brackets-below": lambda issuer, rest, n: [issuer, rest, f"（{n}）"],
}


def _issue(masthead: str, entry_form, title_form) -> str:
    lines = ["湖南省人民政府公报", masthead, "湖南省人民政府办公厅主办", "", "目　　录", "", "【省政府文件】"]
    for (issuer, rest, number, _), page in zip(DOCS, (2, 6, 9), strict=True):
        if issuer.endswith("办公厅") and "【省政府办公厅文件】" not in lines:
            lines.append("【省政府办公厅文件】")
        lines += entry_form(issuer + rest, number, page)
    lines.append("")
    for issuer, rest, number, date in DOCS:
        lines += title_form(issuer, rest, number)
        lines += [
            "",
            "各市州人民政府，省政府各厅委、各直属机构：",
            "现将有关事项通知如下，请认真贯彻执行。",
            "",
            issuer,
            date,
            "",
        ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("masthead", MASTHEADS.values(), ids=MASTHEADS.keys())
@pytest.mark.parametrize("entry_form", ENTRY_FORMS.values(), ids=ENTRY_FORMS.keys())
@pytest.mark.parametrize("title_form", TITLE_FORMS.values(), ids=TITLE_FORMS.keys())
def test_every_listed_document_is_found_after_the_contents(masthead, entry_form, title_form) -> None:
    text, number, total = masthead
    result = parse_text(_issue(text, entry_form, title_form))
    assert (result.issue.number, result.issue.total_number) == (number, total)
    assert [e.page for e in result.contents] == [2, 6, 9]
    assert [e.doc_number for e in result.contents] == [d[2] for d in DOCS]
    got = [(d.title, d.doc_number.text if d.doc_number else None, d.date) for d in result.documents]
    assert got == [(issuer + rest, number, date) for (issuer, rest, number, _), date in zip(DOCS, DATES, strict=True)]
    codes = {w.code for w in result.warnings}
    assert "contents-not-found" not in codes
    assert "document-not-in-contents" not in codes


def test_a_contents_without_pages_still_reads_numbers_on_their_own_line() -> None:
    """Negative of the paged rule: entries printed without any page keep the number line below
    (a title, then （number） alone) as one entry each, not as the body's start."""
    lines = ["某县人民政府公报", "2020年第2期", "", "目录", ""]
    for issuer, rest, number, _ in DOCS:
        lines += [issuer + rest, f"（{number}）"]
    lines.append("")
    for issuer, rest, number, date in DOCS:
        lines += [issuer + rest, number, "", "各乡镇人民政府：", "现将有关事项通知如下。", "", issuer, date, ""]
    result = parse_text("\n".join(lines) + "\n")
    assert [e.doc_number for e in result.contents] == [d[2] for d in DOCS]
    assert len(result.documents) == 3
    assert "contents-not-found" not in {w.code for w in result.warnings}


def _pageless_issue(body_titles: list[str], between: list[str]) -> str:
    lines = ["某市人民政府公报", "2020年第2号（总第55号）", "目录", "市政府文件"]
    lines += [issuer + rest for issuer, rest, _, _ in DOCS]
    lines += between
    for title, (issuer, _, number, date) in zip(body_titles, DOCS, strict=True):
        lines += [title, number, "各乡镇人民政府：", "现将有关事项通知如下。", issuer, date]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "body_titles",
    [
        pytest.param([issuer + rest for issuer, rest, _, _ in DOCS], id="same-titles"),
        pytest.param([issuer + "\n" + rest for issuer, rest, _, _ in DOCS], id="titles-wrapped-after-issuer"),
    ],
)
def test_a_contents_of_titles_alone_ends_where_the_first_document_begins(body_titles) -> None:
    result = parse_text(_pageless_issue(body_titles, []))
    assert [e.title for e in result.contents] == [issuer + rest for issuer, rest, _, _ in DOCS]
    assert [e.page for e in result.contents] == [None, None, None]
    assert [d.doc_number.text for d in result.documents if d.doc_number] == [d[2] for d in DOCS]
    assert "contents-not-found" not in {w.code for w in result.warnings}


def test_the_last_title_of_a_pageless_contents_before_a_short_heading_is_an_entry() -> None:
    lines = ["某市人民政府公报", "2020年第2号（总第55号）", "目录", "市政府文件"]
    lines += [issuer + rest for issuer, rest, _, _ in DOCS]
    lines += ["重点工作", "一、加大财政支持力度（市财政局牵头，各县市区政府配合）"]
    result = parse_text("\n".join(lines) + "\n")
    assert [e.title for e in result.contents] == [issuer + rest for issuer, rest, _, _ in DOCS]


def test_a_body_title_not_listed_is_not_taken_into_a_pageless_contents() -> None:
    """Precision: the first document's title differs from every listed one and is followed by its
    number: it opens a document (with its number), it is no contents entry."""
    titles = ["某市人民政府关于做好春季森林防火工作的通知", *[i + r for i, r, _, _ in DOCS[1:]]]
    result = parse_text(_pageless_issue(titles, []))
    assert "某市人民政府关于做好春季森林防火工作的通知" not in [e.title for e in result.contents]
    first = result.documents[0]
    assert (first.title, first.doc_number.text) == ("某市人民政府关于做好春季森林防火工作的通知", DOCS[0][2])
