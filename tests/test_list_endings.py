"""The end of a text, and the lines of a list, in texts where no title was recognised.

Two classes (lead, session 6), found on hand-written 任免 lists in the forms gazettes print:

* the last line of a text without closing punctuation was always taken for a page stored cut
  off, so the last entry of a 任免名单 printed without punctuation (most are) was lost; it is
  now read when it ends in a removal's or resignation's closing word (…职务, …的请求) or is an
  entry like the one above it — a text cut inside a post still gives nothing and a warning;
* in a text with no recognised title, the first short line became the title even when it was
  an entry of the list under 任命： (title "张大明为市公安局局长"): a lead-in that ends in a colon
  (会议决定：, 任命：, a recipients line) now ends the lines a title can come from.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

SEPARATORS = ["\u3000", " ", "\t", "  "]


def changes(text: str) -> list[tuple[str, str, str]]:
    gazette = parse_text(text)
    return [(a.action, a.person, a.position) for d in gazette.documents for a in d.appointments]


def warning_codes(text: str) -> list[str]:
    return [w.code for w in parse_text(text).warnings]


def titles(text: str) -> list[str | None]:
    return [d.title for d in parse_text(text).documents]


LAST_ENTRY_ROWS = [
    pytest.param(
        "会议决定：\n任命：\n张大明为市公安局局长\n李四为市财政局局长\n",
        [("appoint", "张大明", "市公安局局长"), ("appoint", "李四", "市财政局局长")],
        id="two-unpunctuated-entries",
    ),
    pytest.param(
        "会议决定：\n任命：\n张大明为市公安局局长\n李四为市财政局局长",
        [("appoint", "张大明", "市公安局局长"), ("appoint", "李四", "市财政局局长")],
        id="no-final-newline",
    ),
    pytest.param(
        "会议决定：\n免去：\n张大明的市公安局局长职务；\n李四的市财政局局长职务",
        [("remove", "张大明", "市公安局局长"), ("remove", "李四", "市财政局局长")],
        id="removal-closing-word-after-semicolon-line",
    ),
    pytest.param(
        "会议决定：\n免去：\n李四的市财政局局长职务",
        [("remove", "李四", "市财政局局长")],
        id="lone-removal-closed-by-zhiwu",
    ),
    pytest.param(
        "某市人大常委会任免名单\n一、任命\n刘洋为某市人民政府副市长\n二、接受辞职\n接受周平辞去某市人民政府副市长职务的请求",
        [("appoint", "刘洋", "某市人民政府副市长"), ("resign", "周平", "某市人民政府副市长")],
        id="resignation-closed-by-qingqiu",
    ),
    pytest.param(
        "任命：\n张大明为市公安局局长\n李四为市财政局局长\n王五为市审计局局长",
        [
            ("appoint", "张大明", "市公安局局长"),
            ("appoint", "李四", "市财政局局长"),
            ("appoint", "王五", "市审计局局长"),
        ],
        id="three-entries",
    ),
] + [
    pytest.param(
        f"会议决定：\n任命：\n王建国{sep}市公安局局长\n李红梅{sep}市财政局局长\n免去：\n张大明{sep}市公安局局长职务\n",
        [
            ("appoint", "王建国", "市公安局局长"),
            ("appoint", "李红梅", "市财政局局长"),
            ("remove", "张大明", "市公安局局长"),
        ],
        id=f"name-post-columns-{k}",
    )
    for k, sep in enumerate(SEPARATORS)
]


@pytest.mark.parametrize(("text", "expected"), LAST_ENTRY_ROWS)
def test_the_last_entry_of_an_unpunctuated_list_is_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected
    assert "clause-cut-off" not in warning_codes(text)


CUT_ROWS = [
    # (text, the changes read, whether a clause-cut-off warning names the cut clause)
    pytest.param(
        "会议还进行了有关人事任免。任命张三为县财政局局长，周智为县人大常委",
        [("appoint", "张三", "县财政局局长")],
        True,
        id="cut-in-a-sentence",
    ),
    pytest.param(
        "任命：\n张三为县财政局局长。\n李四为县人大常委",
        [("appoint", "张三", "县财政局局长")],
        True,
        id="cut-under-a-punctuated-entry",
    ),
    pytest.param(
        "任命：\n张三为县财政局局长\n李四为县人大常",
        [("appoint", "张三", "县财政局局长")],
        False,
        id="cut-before-any-title",
    ),
    pytest.param(
        "免去：\n张三的县财政局局长职务\n李四的县审计局局长职",
        [("remove", "张三", "县财政局局长")],
        False,
        id="cut-inside-zhiwu",
    ),
    # a lone entry under its header may be cut (常委 of 常委会委员): nothing read, so no document — and since
    # session 21 the cut is still named (the warnings of a text read whole are kept when it shows no document)
    pytest.param("任命：\n张三为某县人大常委", [], True, id="lone-entry-under-its-header"),
]


@pytest.mark.parametrize(("text", "expected", "warned"), CUT_ROWS)
def test_a_text_cut_inside_its_last_entry_gives_nothing_for_it(
    text: str, expected: list[tuple[str, str, str]], warned: bool
) -> None:
    assert changes(text) == expected
    assert ("clause-cut-off" in warning_codes(text)) is warned


LIST_TITLE_ROWS = [
    pytest.param("会议决定：\n任命：\n张大明为市公安局局长\n李四为市财政局局长\n", id="decision-lead-in"),
    pytest.param("任命：\n张大明为市公安局局长\n李四为市财政局局长\n", id="header-first"),
    pytest.param("会议决定：\n免去：\n张大明的市公安局局长职务；\n李四的市财政局局长职务\n", id="removals"),
    pytest.param(
        "2020年6月18日，市十六届人大常委会第二十五次会议决定：\n任命：\n王建国\u3000市公安局局长\n李红梅\u3000市财政局局长\n",
        id="dated-lead-in",
    ),
    pytest.param("经研究，决定：\n张大明为市公安局局长\n李四为市财政局局长\n", id="study-lead-in"),
]


@pytest.mark.parametrize("text", LIST_TITLE_ROWS)
def test_an_entry_of_a_list_is_never_the_title(text: str) -> None:
    assert titles(text) == [None]
    assert changes(text)  # the records are still read


def test_a_headline_above_site_chrome_colons_is_still_the_title() -> None:
    """Site chrome also ends in colons (今天是: / 地方频道:): it leads into nothing."""
    text = "今天是:\n地方频道:\n张三任某市代理市长\n2024-05-30 08:17:56 来源:某市人大常委会\n\n5月28日，会议决定：任命张三为某市人民政府副市长、代理市长。\n"
    assert titles(text) == ["张三任某市代理市长"]


TABLE_ROWS = [
    ("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
    ("1", "制定实施方案", "县发改局", "县财政局、县统计局", "2022年3月底前"),
    ("2", "建设信息平台", "县大数据中心", "县工信局", "2022年6月底前"),
]
TABLE_FORMS = {
    "tabs": "\n".join("\t".join(row) for row in TABLE_ROWS),
    "pipes": "\n".join("| " + " | ".join(row) + " |" for row in TABLE_ROWS),
    "markdown": "\n".join(
        ["| " + " | ".join(TABLE_ROWS[0]) + " |", "|---|---|---|---|---|"]
        + ["| " + " | ".join(row) + " |" for row in TABLE_ROWS[1:]]
    ),
}


@pytest.mark.parametrize("form", sorted(TABLE_FORMS))
def test_a_text_that_is_only_a_task_table_gives_an_untitled_document(form: str) -> None:
    """A 任务分解表 pasted on its own, with no line above it: its rows are read (the text was
    reported as no document at all), under a document with no title."""
    gazette = parse_text(TABLE_FORMS[form] + "\n")
    assert [d.title for d in gazette.documents] == [None]
    tasks = [
        (t.text, t.lead_units, t.support_units, t.deadline.date if t.deadline else None)
        for t in gazette.documents[0].tasks
    ]
    assert tasks == [
        ("制定实施方案", ["县发改局"], ["县财政局", "县统计局"], "2022-03-31"),
        ("建设信息平台", ["县大数据中心"], ["县工信局"], "2022-06-30"),
    ]
