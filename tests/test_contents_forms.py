"""Contents and masthead forms of county and city gazettes (issue 9, whole issues of other gazettes).

A county gazette's 目录 numbers its sections as a list (一、县政府文件), numbers its entries
(1.某县人民政府关于…的通知), and may print the page after a slash (…的通知 / 1). Its masthead may
print its fields key first (主办：某县人民政府办公室　　出版日期：2012年4月15日). Each form is
varied across its spellings, with lines that look alike and must not be read so.
"""

from __future__ import annotations

from typing import Any

import pytest

from gazette_extract.api import parse_text

TITLES = [
    (
        "某县人民政府关于印发2012年政府工作报告目标任务分解方案的通知",
        "某政发〔2012〕5号",
        "2012年3月1日",
        "某县人民政府",
    ),
    (
        "某县人民政府办公室关于做好2012年森林防火工作的通知",
        "某政办发〔2012〕11号",
        "2012年3月20日",
        "某县人民政府办公室",
    ),
]


def body() -> str:
    return "\n\n".join(
        f"{title}\n{number}\n\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下，请认真贯彻执行。\n\n{issuer}\n{date}"
        for title, number, date, issuer in TITLES
    )


def parse(masthead: list[str], contents: list[str]) -> dict[str, Any]:
    text = (
        "\n".join(["某县人民政府公报", "2012年第2期（总第30期）", *masthead, "", "目录", *contents, ""]) + "\n" + body()
    )
    return parse_text(text).model_dump()


ENTRY_FORMS = {
    "dot-number-slash-page": lambda k, t, n, p: f"{k}.{t}（{n}）/ {p}",
    "dunhao-number-fullwidth-slash": lambda k, t, n, p: f"{k}、{t}（{n}）／{p}",
    "paren-number-leader": lambda k, t, n, p: f"（{k}）{t}（{n}）……………{p}",
    "circled-leader": lambda k, t, n, p: f"{'①②'[k - 1]}{t}（{n}）………（{p}）",
}
SECTION_FORMS = {
    "cn-dunhao": ("一、县政府文件", "二、县政府办公室文件"),
    "cn-paren": ("（一）县政府文件", "（二）县政府办公室文件"),
    "cn-dot": ("一．县政府文件", "二．县政府办公室文件"),
    "brackets": ("【县政府文件】", "【县政府办公室文件】"),
}


@pytest.mark.parametrize("section", SECTION_FORMS.values(), ids=SECTION_FORMS.keys())
@pytest.mark.parametrize("entry", ENTRY_FORMS.values(), ids=ENTRY_FORMS.keys())
def test_numbered_entries_under_numbered_sections(entry: Any, section: tuple[str, str]) -> None:
    (t1, n1, _, _), (t2, n2, _, _) = TITLES
    out = parse([], [section[0], entry(1, t1, n1, 1), section[1], entry(2, t2, n2, 6)])
    rows = [(c["section"], c["title"], c["doc_number"], c["page"]) for c in out["contents"]]
    assert rows == [("县政府文件", t1, n1, 1), ("县政府办公室文件", t2, n2, 6)]
    assert [d["title"] for d in out["documents"]] == [t1, t2]
    assert not [w for w in out["warnings"] if w["code"] in ("contents-not-found", "document-not-in-contents")]


def test_a_fraction_before_the_end_is_no_slash_leader() -> None:
    from gazette_extract.layout.frontmatter import match_leader

    assert match_leader("占比达到1/3") is None
    assert match_leader("见 http://www.example.gov.cn/a/2") is None
    found = match_leader("某县人民政府关于…的通知（某政发〔2012〕5号）/ 12")
    assert found is not None and found.page == 12


MASTHEADS = {
    "zhuban-chuban-riqi-one-line": (
        ["主办：某县人民政府办公室　　　　出版日期：2012年4月15日"],
        "某县人民政府办公室",
        "2012-04-15",
    ),
    "zhuban-danwei-ascii-colon": (
        ["主办单位: 某县人民政府办公室", "编印日期: 2012-04-15"],
        "某县人民政府办公室",
        "2012-04-15",
    ),
    "spaced-key": (["主　办：某县人民政府办公室"], "某县人民政府办公室", None),
    "bianyin": (["编印：某县人民政府办公室　印发日期：2012年4月15日"], "某县人民政府办公室", "2012-04-15"),
    "role-after-name": (["某县人民政府办公室主办"], "某县人民政府办公室", None),
    # 主管 is the supervising body and 编辑 the editors: neither is the publisher
    "zhuguan-not-publisher": (["主管：某县人民政府"], None, None),
    "bianji-not-publisher": (["编辑：某县人民政府公报编辑部"], None, None),
}


@pytest.mark.parametrize(("lines", "publisher", "published"), MASTHEADS.values(), ids=MASTHEADS.keys())
def test_masthead_fields_key_first(lines: list[str], publisher: str | None, published: str | None) -> None:
    issue = parse(lines, [])["issue"]
    assert (issue["publisher"], issue["published"]) == (publisher, published)


def test_a_web_footers_host_is_no_publisher() -> None:
    issue = parse(["网站主办单位:某县人民政府 地址:某镇前进路78号"], [])["issue"]
    assert issue["publisher"] is None


# How a contents prints the page of an entry (title, number, page): leaders of every kind, the
# page on the next line, a table (a web page's 目录), a run of spaces a converter folds to one
PAGE_FORMS = {
    "dash-leader": lambda t, n, p: [f"{t}（{n}）——{p}"],
    "di-ye": lambda t, n, p: [f"{t}（{n}）……第{p}页"],
    "di-ye-spaced": lambda t, n, p: [f"{t}（{n}）………… 第 {p} 页"],
    "spaces-folded": lambda t, n, p: [f"{t}（{n}）      {p}"],
    "page-next-line": lambda t, n, p: [f"{t}（{n}）", f"……………………{p}"],
    "title-number-page-three-lines": lambda t, n, p: [t, f"（{n}）", f"…………{p}"],
    "tab-table": lambda t, n, p: [f"{t}\t{n}\t{p}"],
    "pipe-table": lambda t, n, p: [f"| {t} | {n} | {p} |"],
    "pipe-table-serial-first": lambda t, n, p: [f"| {p // 2} | {t} | {n} | {p} |"],
    "pipe-table-page-brackets": lambda t, n, p: [f"| {t}（{n}） | （{p}） |"],
    # the number first, then the title and the page after one space (the converter folded the run):
    # each line an entry, never run on into the next
    "number-first-one-space": lambda t, n, p: [f"{n} {t} {p}"],
    "number-first-ideographic-space": lambda t, n, p: [f"{n}\u3000{t}\u3000{p}"],
    "number-first-ascii-brackets": lambda t, n, p: [f"{n.replace('〔', '[').replace('〕', ']')} {t} {p}"],
    "number-first-spaces": lambda t, n, p: [f"{n}  {t}    {p}"],
}


@pytest.mark.parametrize("form", PAGE_FORMS.values(), ids=PAGE_FORMS.keys())
def test_contents_page_forms(form: Any) -> None:
    (t1, n1, _, _), (t2, n2, _, _) = TITLES
    out = parse([], ["【县政府文件】", *form(t1, n1, 2), *form(t2, n2, 6)])
    rows = [(c["title"], c["doc_number"], c["page"]) for c in out["contents"]]
    assert rows == [(t1, n1, 2), (t2, n2, 6)]
    assert [d["title"] for d in out["documents"]] == [t1, t2]
    assert not [w for w in out["warnings"] if w["code"] in ("contents-not-found", "document-not-in-contents")]


def test_a_contents_table_with_its_header_row() -> None:
    (t1, n1, _, _), (t2, n2, _, _) = TITLES
    rows = [
        "| 序号 | 标题 | 文号 | 页码 |",
        "|---|---|---|---|",
        f"| 1 | {t1} | {n1} | 2 |",
        f"| 2 | {t2} | {n2} | 6 |",
    ]
    out = parse([], rows)
    assert [(c["title"], c["doc_number"], c["page"]) for c in out["contents"]] == [(t1, n1, 2), (t2, n2, 6)]


def test_a_number_went_on_below_is_no_page() -> None:
    """A line ending in a bracket and a number whose unit is on the next line is one sentence."""
    from gazette_extract.text.normalize import split_paragraphs

    paras = [
        p.text for p in split_paragraphs("全年完成固定资产投资（不含土地） 2\n亿元，同比增长百分之五，超额完成任务。\n")
    ]
    assert len(paras) == 1


ISSUE_LINES = {
    "macau-lines": (
        ["澳门特别行政区公报", "第一组", "第 45 期", "2019年11月4日，星期一"],
        ("澳门特别行政区公报", 2019, 45, None),
    ),
    "macau-one-line": (
        ["澳门特别行政区公报 第一组 第45期 2019年11月4日 星期一"],
        ("澳门特别行政区公报", 2019, 45, None),
    ),
    "letter-spaced-title": (["某 县 人 民 政 府 公 报", "2012年第2期"], ("某县人民政府公报", 2012, 2, None)),
    "total-without-brackets": (["某县人民政府公报", "2012年第2期　总第30期"], ("某县人民政府公报", 2012, 2, 30)),
    "number-then-date": (["某县人民政府公报", "第2期（总第30期）", "2012年4月15日"], ("某县人民政府公报", 2012, 2, 30)),
    "chinese-numerals": (["某县人民政府公报", "二〇一二年第二期（总第三十期）"], ("某县人民政府公报", 2012, 2, 30)),
    "hao-then-date": (["某县人民政府公报", "第2号　2012年4月15日"], ("某县人民政府公报", 2012, 2, None)),
    "markdown-heading": (["# 某县人民政府公报", "", "## 2012年第2期（总第30期）"], ("某县人民政府公报", 2012, 2, 30)),
}


@pytest.mark.parametrize(("lines", "expected"), ISSUE_LINES.values(), ids=ISSUE_LINES.keys())
def test_masthead_forms(lines: list[str], expected: tuple[str, int, int, int | None]) -> None:
    text = "\n".join(lines) + "\n\n目录\n" + "\n".join(f"{t}（{n}）……{k}" for k, (t, n, _, _) in enumerate(TITLES, 1))
    out = parse_text(text + "\n\n" + body()).model_dump()
    issue = out["issue"]
    assert (issue["title"], issue["year"], issue["number"], issue["total_number"]) == expected
