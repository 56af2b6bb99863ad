"""Mastheads of whole issues in the forms gazettes print them (issue 9, "whole issues of other
gazettes"): a 政报 as well as a 公报; the running number before the issue number; a monthly's
year beside its month; the publisher under 编辑出版/编印 on a line of its own. And what must not
become an issue field: 行政报告 is no gazette's name, a full date is no monthly's year-month.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text
from gazette_extract.text.normalize import split_paragraphs

DOC = "某县人民政府关于做好防汛工作的通知\n某政发〔2019〕3号\n各乡镇人民政府：\n请做好防汛工作。\n\n某县人民政府\n2019年6月3日\n"
FIELDS = ("title", "year", "number", "total_number", "publisher")

MASTHEADS = {
    "zhengbao": ("杭州政报\n2019年第3期\n", ("杭州政报", 2019, 3, None, None)),
    "zhengbao-one-line": ("某市政报 2019年第3期（总第45期）\n", ("某市政报", 2019, 3, 45, None)),
    "total-first": ("某县人民政府公报\n（总第45期）2019年第3期\n", ("某县人民政府公报", 2019, 3, 45, None)),
    "total-first-ascii": ("某县人民政府公报\n(总第45期) 2019年第3期\n", ("某县人民政府公报", 2019, 3, 45, None)),
    "monthly-number-first": ("某县人民政府公报\n第3期 2019年6月\n", ("某县人民政府公报", 2019, 3, None, None)),
    "monthly-month-first": ("某县人民政府公报\n2019年6月 第3期 总第45期\n", ("某县人民政府公报", 2019, 3, 45, None)),
    "editing-publishing": (
        "某县人民政府公报\n2019年第3期\n编辑出版：某县人民政府办公室\n",
        ("某县人民政府公报", 2019, 3, None, "某县人民政府办公室"),
    ),
    "printed-by": (
        "某县人民政府公报\n2019年第3期\n编印：某县人民政府办公室\n",
        ("某县人民政府公报", 2019, 3, None, "某县人民政府办公室"),
    ),
    "publisher-role-after": (
        "某县人民政府公报\n2019年第3期\n某县人民政府办公室编印\n",
        ("某县人民政府公报", 2019, 3, None, "某县人民政府办公室"),
    ),
    # 编 alone after a body's name (over the contents: a line ending in 编 right over a title may be its
    # red head's); the supervising-and-publishing key 主管主办 (one body both)
    "edited-by-bian": (
        "某县人民政府公报\n2019年第3期\n某县人民政府办公室编\n目录\n某县人民政府关于做好防汛工作的通知（1）\n",
        ("某县人民政府公报", 2019, 3, None, "某县人民政府办公室"),
    ),
    "edited-by-bian-ting": (
        "某省人民政府公报\n2019年第3期\n某省人民政府办公厅编\n目录\n某县人民政府关于做好防汛工作的通知（1）\n",
        ("某省人民政府公报", 2019, 3, None, "某省人民政府办公厅"),
    ),
    "zhuguan-zhuban": (
        "某县人民政府公报\n2019年第3期\n主管主办：某县人民政府办公室\n",
        ("某县人民政府公报", 2019, 3, None, "某县人民政府办公室"),
    ),
    "zhuguan-zhuban-ascii-colon": (
        "某县人民政府公报\n2019年第3期\n主管、主办:某县人民政府办公室\n",
        ("某县人民政府公报", 2019, 3, None, "某县人民政府办公室"),
    ),
    # what is left of a date is no publisher: 3月15日出版 dates the issue in its own year
    "month-day-published": ("某县人民政府公报\n2019年第3期　3月15日出版\n", ("某县人民政府公报", 2019, 3, None, None)),
    "month-day-published-line": (
        "某县人民政府公报\n2019年第3期\n3月15日出版\n",
        ("某县人民政府公报", 2019, 3, None, None),
    ),
    "part-of-rules-is-no-publisher": (
        "某县人民政府公报\n2019年第3期\n第一编\n",
        ("某县人民政府公报", 2019, 3, None, None),
    ),
}


@pytest.mark.parametrize(("head", "expected"), MASTHEADS.values(), ids=MASTHEADS.keys())
def test_masthead(head: str, expected: tuple[object, ...]) -> None:
    out = parse_text(head + DOC).model_dump()
    assert tuple(out["issue"][f] for f in FIELDS) == expected
    assert [d["doc_number"]["text"] for d in out["documents"]] == ["某政发〔2019〕3号"]


def test_a_traditional_zhengbao() -> None:
    doc = "某縣人民政府關於做好防汛工作的通知\n某政發〔2019〕3號\n各鄉鎮人民政府：\n請做好防汛工作。\n\n某縣人民政府\n2019年6月3日\n"
    out = parse_text("某市政報\n2019年第3期（總第45期）\n" + doc).model_dump()
    assert tuple(out["issue"][f] for f in FIELDS) == ("某市政报", 2019, 3, 45, None)


def test_a_report_is_no_gazette_name() -> None:
    out = parse_text("某县行政报告\n2019年第3期\n" + DOC).model_dump()
    assert out["issue"]["title"] is None


def test_a_full_date_is_no_monthly() -> None:
    """第3号 under a decree's title with its date is a serial, not an issue; no year is read from it."""
    out = parse_text(
        "某县人民政府令\n第3号\n《某县安全生产管理办法》已经县政府常务会议通过，现予公布。\n县长　张三\n2019年6月3日\n"
    ).model_dump()
    assert (out["issue"]["number"], out["issue"]["year"]) == (None, None)


def test_a_zhengbao_running_header_is_page_furniture() -> None:
    """杭州政报 2019年第3期 printed at the head of every page is page furniture: dropped after its
    first printing, so the paragraph it cuts is rejoined."""
    page = "杭州政报 2019年第3期"
    lines = [
        page,
        "某县人民政府关于做好防汛工作的通知",
        "各乡镇人民政府：",
        "为做好今年防汛工作，现就有关事项通知如下：一是加强组织领导，",
        "\f" + page,
        "二是落实防汛责任。",
        "\f" + page,
        "某县人民政府",
        "2019年6月3日",
        "\f" + page,
    ]
    paras = [p.text for p in split_paragraphs("\n".join(lines) + "\n")]
    assert "为做好今年防汛工作，现就有关事项通知如下：一是加强组织领导，二是落实防汛责任。" in paras
    assert [p for p in paras if "政报" in p] == ["杭州政报2019年第3期"]


@pytest.mark.parametrize(
    ("head", "published"),
    [
        pytest.param("某县人民政府公报\n2019年第3期　3月15日出版\n", "2019-03-15", id="same-line"),
        pytest.param("某县人民政府公报\n2019年第3期\n3月15日出版\n", "2019-03-15", id="next-line"),
        pytest.param("某县人民政府公报\n2019年第3期\n2月30日出版\n", None, id="no-such-day"),
        pytest.param("某县人民政府公报\n第3期\n3月15日出版\n", None, id="no-year"),
    ],
)
def test_a_publication_day_without_its_year(head: str, published: str | None) -> None:
    assert parse_text(head + DOC).model_dump()["issue"]["published"] == published
