"""Pages that print one document alone with nothing but its title: a plan or policy (工作要点,
实施方案, 若干措施, 规划纲要 …) whose preamble is followed by its outline (一、 / （一） / 第一章), and a
body's announcement (某县人民政府通告) signed and dated by that body. Both are documents (FORMAT.md: a
title is a field). A headline of no document kind, an unsigned announcement and a plan title over
lines that are no outline stay out.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

PREAMBLE = "2019年全县安全生产工作的总体要求是：坚持安全发展，强化红线意识，坚决遏制重特大事故。\n"
OUTLINES = {
    "chinese-numeral": "一、强化安全生产责任落实\n（一）落实党政领导责任。\n",
    "bracketed": "（一）落实党政领导责任。\n（二）落实部门监管责任。\n",
    "chapters": "第一章　总则\n第一条　为规范管理，制定本办法。\n",
    "full-width-dot": "一．强化安全生产责任落实\n二．深化专项整治\n",
}
KINDS = ("工作要点", "实施方案", "若干措施", "行动计划", "规划纲要", "实施意见", "管理办法")


@pytest.mark.parametrize("outline", OUTLINES.values(), ids=OUTLINES.keys())
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("dated", [False, True], ids=["undated", "page-date"])
def test_a_plan_printed_alone_is_a_document(outline: str, kind: str, dated: bool) -> None:
    title = f"某县2019年安全生产{kind}"
    text = title + "\n" + ("2019-03-05\n" if dated else "") + PREAMBLE + outline
    docs = parse_text(text).model_dump()["documents"]
    assert [d["title"] for d in docs] == [title]


NOT_A_PLAN = {
    "news-headline": "某县召开安全生产工作会议\n" + PREAMBLE + OUTLINES["chinese-numeral"],
    "plan-over-a-list-of-links": "某县2019年安全生产工作要点\n相关链接\n某县防汛工作方案\n某县森林防火工作方案\n",
    "plan-title-in-a-list": "某县2019年安全生产工作要点\n某县2019年防汛工作要点\n一、加强组织领导\n",
}


@pytest.mark.parametrize("text", NOT_A_PLAN.values(), ids=NOT_A_PLAN.keys())
def test_what_is_no_plan_printed_alone_gives_no_document(text: str) -> None:
    out = parse_text(text).model_dump()
    assert out["documents"] == []


NOTICE_BODY = "为加强森林防火，保护森林资源，现通告如下：\n一、全县禁止野外用火。\n二、本通告自发布之日起施行。\n"
SIGNED = "\n某县人民政府\n2019年6月6日\n"


@pytest.mark.parametrize(
    "title",
    ["某县人民政府通告", "某县人民政府公告", "某县防汛抗旱指挥部通告", "某市公安局通告", "某县人民政府办公室公告"],
)
@pytest.mark.parametrize("serial", ["", "2019年第3号\n", "第3号\n"], ids=["no-serial", "year-serial", "serial"])
def test_a_signed_announcement_of_a_body_is_a_document(title: str, serial: str) -> None:
    docs = parse_text(title + "\n" + serial + NOTICE_BODY + SIGNED).model_dump()["documents"]
    assert [(d["title"], d["date"]) for d in docs] == [(title, "2019-06-06")]


@pytest.mark.parametrize(
    "text",
    [
        "某县人民政府通告\n" + NOTICE_BODY,  # unsigned, undated: its text was cut, nothing to check it by
        "通知公告\n" + NOTICE_BODY + SIGNED,  # a column's name, not a body's announcement
    ],
    ids=["unsigned", "column-name"],
)
def test_an_announcement_without_its_body_or_signature_gives_no_document(text: str) -> None:
    docs = parse_text(text).model_dump()["documents"]
    assert [d["title"] for d in docs if d["title"]] == []


def test_a_plan_title_over_the_notice_that_issues_it_is_no_document() -> None:
    """现将《X方案》印发给你们 under the heading X方案: the text is the notice issuing the plan, its own
    title not kept; the plan's name is not its title (the issuing notice is labelled by its title)."""
    text = (
        "某县2019年安全生产工作方案\n现将《某县2019年安全生产工作方案》印发给你们，请认真贯彻执行。\n"
        "一、总体要求\n坚持安全发展。\n"
    )
    assert parse_text(text).model_dump()["documents"] == []
