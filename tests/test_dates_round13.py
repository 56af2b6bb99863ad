"""Dates and issuers, probing round 13 (issue 9): classes found on the FIT half of a probe of real
pages of dev-split sites (``probe/dates``, not committed; a CHECK half of other sites was labelled
blind and scored by numbers only) and on synthetic texts of the brief's forms, each across its
variants, with the rows that must give nothing or must not change.

* a page's bar after the signature's date on its line — the table's closing pipe
  (``某某局 2024年1月30日 |``), the print and close buttons in brackets (``2024年1月30日
  【打印】【关闭】``): no date, no issuer, and on a page without a title no document at all;
* a forum's post stamp (``发表于: 1982-12-11``, ``发帖时间：…``) and a CMS's stamp with every part
  spaced (``发布日期：2011- 09- 01 14: 58: 15``, ``成文日期：2011- 09- 01``): the lead's day was not
  resolved, and the page's posting day was taken for the 成文日期 over the signature's;
* a signature's date that lost its 月 with 年 and 日 kept (``2016年1013日``): no date, no issuer; and
  the same digit run on a page that lost other dates' marks too (``于20231018日``), which FORMAT.md
  reads as no date: a false date, and once it was dropped the untitled-span notice was lost.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs
from table_helpers import assert_unique

docs = api_docs

# --------------------------------------------------------------------------- a page's bar after the date

NOTICE = "关于征求意见的公告\n为了贯彻行政规范性文件制定的科学化、民主化精神，现将草案全文公布，征求社会各界意见。\n"
UNTITLED = "为了贯彻行政规范性文件制定的科学化、民主化精神，现将草案全文公布，征求社会各界意见。\n"
BODY = "某某县自然资源和规划局"

BAR_ROWS = [
    pytest.param(f"{BODY} 2024年1月30日 |", id="one-line-pipe"),
    pytest.param(f"{BODY}　2024年1月30日　|　", id="one-line-ideographic-pipe"),
    pytest.param(f"{BODY} 2024年1月30日|", id="one-line-pipe-glued"),
    pytest.param(f"{BODY}\n2024年1月30日 |", id="date-line-pipe"),
    pytest.param(f"{BODY}\n2024年1月30日｜", id="date-line-full-width-bar"),
    pytest.param(f"{BODY} |\n2024年1月30日 |", id="both-lines-pipe"),
    pytest.param(f"{BODY}\n2024年1月30日 【打印】【关闭】", id="lenticular-buttons"),
    pytest.param(f"{BODY}\n2024年1月30日 [打印本页] [关闭窗口]", id="square-buttons"),
    pytest.param(f"{BODY}\n2024年1月30日［打印本文］", id="full-width-square-button"),
    pytest.param(f"{BODY}\n2024年1月30日 【收藏】【打印】【关闭】 |", id="buttons-then-pipe"),
    pytest.param(f"{BODY}\n二〇二四年一月三十日 |", id="numerals-pipe"),
    pytest.param(f"{BODY}\n2024.1.30 |", id="numeric-pipe"),
]
assert_unique(BAR_ROWS)


@pytest.mark.parametrize("foot", BAR_ROWS)
def test_a_pages_bar_after_the_signatures_date(foot: str) -> None:
    assert [(d[0], d[2], d[3]) for d in docs(NOTICE + foot)] == [("关于征求意见的公告", "2024-01-30", BODY)]


@pytest.mark.parametrize(
    "foot",
    [
        pytest.param(f"附件：《某某县禁猎区的通告（征求意见稿）》.doc\n{BODY} 2024年1月30日 |", id="after-attachment"),
        pytest.param(f"{BODY}\n2024年1月30日 |", id="two-lines"),
    ],
)
def test_an_untitled_notice_signed_over_a_barred_date_is_a_document(foot: str) -> None:
    assert docs(UNTITLED + foot) == [(None, None, "2024-01-30", BODY)]


NOTICE_TABLE = "关于公布资金分配结果的通知\n各乡镇：\n现将结果公布如下。\n"


@pytest.mark.parametrize(
    "rows",
    [
        # a data table's rows (a body and its date per row) sign nothing, bar or no bar (round 10)
        pytest.param("某某县财政局 | 2019年6月30日\n某某县农业局 | 2019年7月30日", id="table-rows"),
        pytest.param("某某县财政局 | 2019年6月30日 |\n某某县农业局 | 2019年7月30日 |", id="table-rows-closed"),
        # a field with its date and the page's bar: no signature
        pytest.param("截止日期 2019年6月30日 |", id="field-pipe"),
        pytest.param("会议时间：2019年6月30日 【打印】【关闭】", id="field-buttons"),
        # a word in brackets that is no button stays: 2019年6月30日 【编辑：王琴】 is read by its own rule
        pytest.param("某某县财政局\n2019年6月30日 【附件】", id="other-bracket"),
    ],
)
def test_rows_and_fields_with_a_bar_sign_nothing(rows: str) -> None:
    assert docs(NOTICE_TABLE + rows) == [("关于公布资金分配结果的通知", None, None, None)]
