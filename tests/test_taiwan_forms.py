"""Taiwan's official forms (issue 9: Traditional-character gazettes): dates in the Republic of
China calendar (中華民國108年6月17日 = 2019-06-17; year 1 is 1912) and document numbers whose
serial opens with that year (台財稅字第10804567890號). Table-driven over numerals, spacing and
script, with what must not be read so.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text
from gazette_extract.grammars.dates import is_date_line, parse_date
from gazette_extract.grammars.docnumber import scan_doc_numbers

ROC_DATES = {
    "full-arabic": ("中华民国108年6月17日", "2019-06-17"),
    "spaced": ("中华民国 108 年 6 月 18 日", "2019-06-18"),
    "minguo-only": ("民国108年6月17日", "2019-06-17"),
    "chinese-numerals": ("中华民国一百零八年六月十七日", "2019-06-17"),
    "two-digit-year": ("中华民国98年1月5日", "2009-01-05"),
    "early-republic": ("民国十年十月十日", "1921-10-10"),
}


@pytest.mark.parametrize(("text", "iso"), ROC_DATES.values(), ids=ROC_DATES.keys())
def test_roc_dates(text: str, iso: str) -> None:
    assert parse_date(text) == iso
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["108年6月17日", "第108年6月17日"])
def test_a_three_digit_year_without_the_republic_is_no_date(text: str) -> None:
    assert parse_date(text) is None


TAIWAN_NUMBERS = {
    "eleven-digits": ("台财税字第10804567890号", "台财税字第10804567890号", 2019),
    "ten-digits": ("院台规字第1080123456号", "院台规字第1080123456号", 2019),
    "leading-zero-kept": ("府授法规字第0950012345号", "府授法规字第0950012345号", 2006),
    "spaced": ("台财税字 第 10804567890 号", "台财税字第10804567890号", 2019),
}


@pytest.mark.parametrize(("text", "canonical", "year"), TAIWAN_NUMBERS.values(), ids=TAIWAN_NUMBERS.keys())
def test_taiwan_numbers(text: str, canonical: str, year: int) -> None:
    found = [n for _, _, n in scan_doc_numbers(text)]
    assert [(n.text, n.year) for n in found] == [(canonical, year)]


@pytest.mark.parametrize("text", ["京公网安备字第123号", "某字第999912345号", "某字第12345678号"])
def test_short_or_yearless_zi_serials_are_no_taiwan_number(text: str) -> None:
    assert list(scan_doc_numbers(text)) == []


def test_a_taiwan_gazette_issue_and_order() -> None:
    text = (
        "行政院公報\n第 025 卷　第 112 期　　中華民國 108 年 6 月 18 日\n\n"
        "財政部　令\n中華民國108年6月17日\n台財稅字第10804567890號\n修正「營業稅法施行細則」部分條文。\n部長　蘇建榮\n"
    )
    out = parse_text(text).model_dump()
    assert (out["issue"]["title"], out["issue"]["year"], out["issue"]["number"], out["issue"]["published"]) == (
        "行政院公报",
        2019,
        112,
        "2019-06-18",
    )
    assert [d["doc_number"]["text"] for d in out["documents"] if d["doc_number"]] == ["台财税字第10804567890号"]


@pytest.mark.parametrize(
    "notice",
    [
        "您的瀏覽器不支援JavaScript功能,若網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態 跳到主要內容",
        "您的浏览器不支持JavaScript，请开启后浏览",
    ],
)
def test_a_law_database_page_gives_no_false_title(notice: str) -> None:
    """A site's noscript notice and a dated history line (中華民國95年11月21日行政院…函訂定發布)
    are no title: the page's regulation title is not in the text."""
    text = (
        f"{notice}\n\n法規資訊中央現行法規\n\n行政/人事行政/任免\n中華民國95年11月21日\n"
        "中華民國95年11月21日行政院院授人力字第0950064762號函訂定發布全文八點;並自96年1月1日起實施\n快速回到頁首按鈕\n"
    )
    out = parse_text(text).model_dump()
    assert [d["title"] for d in out["documents"] if d["title"]] == []
