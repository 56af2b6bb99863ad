"""Titles, document numbers and dates, probing round 8 (issue 9): forms that gave a missing or a
false field, each as a class across its printed variants, with the rows that must not change.

* a page's ``<title>`` printed as its first line with what the CMS or a mirror appends after it
  (``…的通知_某某县人民政府``, ``…的通知_政府信息公开_某某县人民政府``, ``…举行-凯发备用手机登录``):
  the document was lost whole (no-documents) or its title kept the site's name;
* a mirror's stamp ``2023 12/23 13:13:41`` (year, then month/day) is a publish line: it was run
  into the headline, and a story's ``12月22日`` had no year.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract.text.newshead import publish_date
from gazette_extract.text.pagetitle import page_title_head

Row = DocRow
docs = api_docs

TITLE = "关于做好防汛工作的通知"
BODY = "各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n"
SIGNED = "某某县人民政府办公室\n2021年3月5日\n"
FULL = (TITLE, None, "2021-03-05", "某某县人民政府办公室")

# --------------------------------------------------------------------------- a page title's tail

PAGE_TITLE_ROWS = [
    pytest.param(f"{TITLE}_某某县人民政府", FULL, id="underscore-body"),
    pytest.param(f"{TITLE}_某某县人民政府办公室", FULL, id="underscore-office"),
    pytest.param(f"{TITLE} _ 某某县人民政府", FULL, id="underscore-spaced"),
    pytest.param(f"{TITLE}|某某县人民政府", FULL, id="pipe-body"),
    pytest.param(f"{TITLE}｜某某县人民政府门户网站", FULL, id="full-width-pipe-portal"),
    pytest.param(f"{TITLE} - 某某县人民政府门户网站", FULL, id="spaced-dash-portal"),
    pytest.param(f"{TITLE}-某某县人民政府", FULL, id="hyphen-body-after-kind"),
    pytest.param(f"{TITLE}—中国政府网", FULL, id="em-dash-site"),
    pytest.param(f"{TITLE}_政府信息公开_某某县人民政府", FULL, id="column-then-body"),
    pytest.param(f"{TITLE}_国务院文件_中国政府网", FULL, id="column-then-site"),
    pytest.param(f"{TITLE}-新闻中心-某某网", FULL, id="hyphen-column-then-site"),
    pytest.param(f"{TITLE}-凯发备用手机登录", FULL, id="spam-login"),
    pytest.param(f"{TITLE}-某某体育官方入口", FULL, id="spam-entrance"),
    pytest.param(f"{TITLE}-某某app下载", FULL, id="spam-download"),
    pytest.param(f"{TITLE}_某某网手机版", FULL, id="spam-mobile"),
    pytest.param(f"{TITLE}", FULL, id="plain"),
]
assert_unique(PAGE_TITLE_ROWS, whole=True)


@pytest.mark.parametrize(("head", "expected"), PAGE_TITLE_ROWS)
def test_a_page_title_loses_the_site_after_it(head: str, expected: Row) -> None:
    assert docs(f"{head}\n\n{BODY}\n{SIGNED}") == [expected]


HEAD_ROWS = [
    pytest.param("某某县召开全县经济工作会议_某某县人民政府", "某某县召开全县经济工作会议", id="news-underscore-body"),
    pytest.param(
        "自治区十四届人大常委会第七次会议举行-凯发备用手机登录", "自治区十四届人大常委会第七次会议举行", id="news-spam"
    ),
    pytest.param("某某县2021-2025年发展规划_某某县人民政府", "某某县2021-2025年发展规划", id="year-range-kept"),
    # negative rows: what follows the separator is no site, spam or body name
    pytest.param("某某县2021-2025年发展规划", None, id="neg-year-range"),
    pytest.param("第二十届中国-东盟博览会在南宁开幕", None, id="neg-hyphen-in-name"),
    pytest.param("某某县召开全县经济工作会议-某某县人民政府", None, id="neg-hyphen-body-after-headline"),
    pytest.param("某某县召开全县经济工作会议 - 会议纪要", None, id="neg-dash-not-a-site"),
    pytest.param("坚定信心——写在某某县建县七十周年之际", None, id="neg-deck"),
    pytest.param("请登录某某网站下载。具体见某某网", None, id="neg-sentence"),
    pytest.param("关于-某某网", None, id="neg-head-too-short"),
]
assert_unique(HEAD_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), HEAD_ROWS)
def test_page_title_head(line: str, expected: str | None) -> None:
    assert page_title_head(line) == expected


# --------------------------------------------------------------------------- a mirror's stamp

STAMP_ROWS = [
    pytest.param("2023 12/23 13:13:41", "2023-12-23", id="year-md-seconds"),
    pytest.param("2023 1/5 09:05", "2023-01-05", id="year-md-minutes"),
    pytest.param("2023 13/23 13:13:41", None, id="neg-no-month-13"),
    pytest.param("2023 12/23", None, id="neg-no-time"),
]
assert_unique(STAMP_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), STAMP_ROWS)
def test_year_month_day_stamp(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


def test_a_spam_headline_over_a_stamp_dates_its_story() -> None:
    text = (
        "自治区十四届人大常委会第七次会议举行-凯发备用手机登录\n2023 12/23 13:13:41\n来源:新疆日报\n\n"
        "  12月22日，自治区十四届人大常委会第七次会议举行。会议表决通过了人事任免事项。\n"
    )
    assert docs(text) == [("自治区十四届人大常委会第七次会议举行", None, "2023-12-22", None)]


# --------------------------------------------------------------------------- a date and its weekday

NOTICE = f"{TITLE}\n\n{BODY}\n某某县人民政府办公室\n"
DATED = (TITLE, None, "2020-05-06", "某某县人民政府办公室")
UNDATED = (TITLE, None, None, None)

WEEKDAY_ROWS = [
    pytest.param(f"{NOTICE}2020年5月6日 星期三\n", DATED, id="space-xingqi"),
    pytest.param(f"{NOTICE}2020年5月6日星期三\n", DATED, id="glued-xingqi"),
    pytest.param(f"{NOTICE}2020年5月6日（星期三）\n", DATED, id="bracketed-xingqi"),
    pytest.param(f"{NOTICE}2020年5月6日(星期三)\n", DATED, id="ascii-bracketed"),
    pytest.param(f"{NOTICE}2020年5月6日 周三\n", DATED, id="zhou"),
    pytest.param(f"{NOTICE}2020年5月6日 礼拜三\n", DATED, id="libai"),
    pytest.param(f"{NOTICE}二〇二〇年五月六日 星期三\n", DATED, id="chinese-numerals"),
    pytest.param(f"{NOTICE}2020-05-06 星期三\n", DATED, id="iso"),
    pytest.param(f"{NOTICE}（此件公开发布）\n2020年5月6日（星期三）\n", DATED, id="over-publication-note"),
    pytest.param(f"{NOTICE}2020年5月10日 星期日\n", (*DATED[:2], "2020-05-10", DATED[3]), id="sunday-ri"),
    pytest.param(f"{NOTICE}2020年5月10日 星期天\n", (*DATED[:2], "2020-05-10", DATED[3]), id="sunday-tian"),
    # negative rows: a weekday that is not the date's (one is misprinted), an unclosed bracket
    pytest.param(f"{NOTICE}2020年5月6日 星期四\n", UNDATED, id="neg-wrong-weekday"),
    pytest.param(f"{NOTICE}2020年5月6日（星期三\n", UNDATED, id="neg-unclosed-bracket"),
]
assert_unique(WEEKDAY_ROWS, whole=True)


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_ROWS)
def test_a_signature_date_with_its_weekday(text: str, expected: Row) -> None:
    assert docs(text) == [expected]


def test_a_sites_today_over_its_banner_is_no_date() -> None:
    """A site prints its own today with the weekday over the page: never the document's date."""
    text = f"2021年3月16日 星期二\n{TITLE}\n\n{BODY}"
    assert docs(text) == [UNDATED]
