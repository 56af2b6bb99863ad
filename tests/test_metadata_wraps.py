"""A metadata value broken at the page's edge (text converted from a PDF, or a page printed at a
fixed width) is read whole, also in texts too short for their wrap width to be measured; a title
field a site cut short (…的通...) yields to the whole title printed under the block."""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

TITLE = "国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复"
BODY = "\n\n武警总部：\n关于迁址新建的请示收悉，现批复如下：同意。\n\n国务院　中央军委\n一九九六年十一月五日\n"


def _page(head: list[str], printed_title: str | None = TITLE) -> str:
    lines = [*head, ""]
    if printed_title:
        lines += [printed_title, "国函〔1996〕95号"]
    return "\n".join(lines) + BODY


@pytest.mark.parametrize("key", ["标　　题：", "标题：", "名称: ", "文件名称：", "【标题】"])
@pytest.mark.parametrize("cut", [4, 6, 12])
def test_a_title_field_broken_over_two_lines(key: str, cut: int) -> None:
    head = [
        "索 引 号：000014349/1996-00073",
        "发文机关：国务院、中央军委",
        key + TITLE[:-cut],
        TITLE[-cut:],
        "发文字号：国函〔1996〕95号",
    ]
    docs = parse_text(_page(head)).documents
    assert [(d.title, d.doc_number.text if d.doc_number else None) for d in docs] == [(TITLE, "国函〔1996〕95号")]


@pytest.mark.parametrize("fragment", ["知", "通知", "的通知"])
def test_two_pairs_on_a_line_broken_inside_the_first_value(fragment: str) -> None:
    title = "泾县人民政府关于分解落实政府工作报告目标任务的通知"
    head = [
        "索引号: 11341729003257952H/2023",
        f"名称: {title[: -len(fragment)]}",
        f"{fragment} 文号: 泾政〔2023〕1号",
        "发布日期: 2023-01-30",
    ]
    text = (
        "\n".join(
            [*head, "", title, "", "各乡镇人民政府：", "现将任务予以分解印发。", "", "泾县人民政府", "2023年1月20日"]
        )
        + "\n"
    )
    doc = parse_text(text).documents[0]
    assert (doc.title, doc.doc_number.text) == (title, "泾政〔2023〕1号")


@pytest.mark.parametrize("ellipsis", ["...", "…", "……"])
def test_a_title_field_cut_short_by_the_site_yields_to_the_printed_title(ellipsis: str) -> None:
    title = "关于印发宜都市2021年春季农业生产工作方案的通知"
    head = [f"标题：{title[:-3]}{ellipsis}", "发文字号：都政办发〔2021〕3号", "发布日期：2021-03-02"]
    text = (
        "\n".join(
            [
                *head,
                "",
                title,
                "",
                "各乡镇人民政府：",
                "现将方案印发给你们。",
                "",
                "宜都市人民政府办公室",
                "2021年3月1日",
            ]
        )
        + "\n"
    )
    docs = parse_text(text).documents
    assert [(d.title, d.doc_number.text) for d in docs] == [(title, "都政办发〔2021〕3号")]


def test_a_whole_title_value_is_not_joined_to_the_title_below() -> None:
    """Negative: a value that ends in its kind is whole; the title-like line under it is not its rest."""
    head = ["发文机关：国务院、中央军委", "标题：" + TITLE, "关于做好迁址工作的通知", "发文字号：国函〔1996〕95号"]
    doc = parse_text(_page(head)).documents[0]
    assert doc.title == TITLE


def test_a_cut_value_is_not_joined_to_prose_below() -> None:
    """Negative: prose (a sentence, or a line with a colon) never ends a title field's value."""
    head = [
        "发文机关：国务院、中央军委",
        "标题：" + TITLE[:-4],
        "经研究，现批复如下：同意迁址新建的批复",
        "发文字号：国函〔1996〕95号",
    ]
    doc = parse_text(_page(head)).documents[0]
    assert "经研究" not in (doc.title or "")


@pytest.mark.parametrize("line", ["• 文号: 泾政〔2023〕1号", "- 文号: 泾政〔2023〕1号"])
def test_a_bullet_before_the_next_field_is_no_fragment(line: str) -> None:
    title = "泾县人民政府关于分解落实政府工作报告目标任务的通知"
    text = "\n".join(["名称: " + title, line, "", title, "", "各乡镇人民政府：", "现将任务予以分解印发。"]) + "\n"
    doc = parse_text(text).documents[0]
    assert doc.title == title
