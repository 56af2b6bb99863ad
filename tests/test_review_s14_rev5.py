"""Session 14 review (part 1: layout, text, grammars, pipeline): bugs found in the merged change, each row
failing before its fix.

1. ``grammars.docnumber._number_matches`` (throughput round 10: DOC_NUMBER's search started after the last
   barrier before the next 号) looked for the next 号 *and* the next 號 from the last match at every match.
   A text that prints only one of the two (nearly all: 號 is Taiwan's and Hong Kong's) had the other looked
   for to the end of the text once per number: quadratic in a long run of numbers (a bulletin's index, a
   citation list). 160,000 numbers in one paragraph took 3.8 s in the scan alone (×3.5 a doubling; 14 s
   through ``extract_str``); 640,000 over a minute. Each mark's next place is now kept until passed.
2. ``layout.storyday.lead_day`` (dates round 14) read a lead's first clause of three or four bare digits as a day
   that lost its 月 and 日 (417，某某市委…召开 → 4-17) whatever the sentence said: a lead that opens on a service
   number (120，是每个人都熟悉的急救电话。 / 122，… / 110，…) under a publish day in the weeks after it was dated
   on a false day (120 → January 20th). Bare digits are now read so only in a sentence that reports an event
   (召开 / 举行 / 开幕 / 闭幕), as a lead stating its whole date must (``_YEAR_LEAD_RE``).
"""

from __future__ import annotations

import pytest
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract.grammars.docnumber import DOC_NUMBER, _from_match, _number_matches, scan_doc_numbers
from gazette_extract.layout.storyday import lead_day
from gazette_extract.pipeline import extract_str

BOUND = 20  # seconds; each case below took over a minute before its fix, under 2 s after


# A run of numbers in one script's mark only, the other mark never printed (each took over a minute before)
@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("京政发〔2020〕1号，", id="simplified-comma"),
        pytest.param("京政发[2020]1号\n", id="simplified-lines"),
        pytest.param("府令第12號、", id="traditional"),
    ],
)
def test_many_numbers_scanned_in_linear_time(unit: str) -> None:
    text = unit * 640_000
    with finishes_within(BOUND):
        found = sum(1 for _ in _number_matches(text))
    assert found == 640_000


@pytest.mark.parametrize(
    "text",
    [
        # both marks, one script's numbers among the other's: each mark's next place is found again once passed
        "依据京政发〔2020〕1号和府令第12號，又依京政发〔2021〕3号。" * 50,
        "府令第12號、京政发〔2020〕1号、府令第13號；京政发〔2020〕2号\n" * 50,
        # marks in prose, not numbers (negatives): barriers before each, and a number at the very end
        "第一号文件，号召大家。號外、號角；" * 50 + "京政发〔2020〕1号",
        "号" * 200 + "號" * 200,
        "京政发〔2020〕1号",
        "",
        "没有文号的一段话。",
    ],
)
def test_number_scan_agrees_with_finditer(text: str) -> None:
    """The gated scan yields exactly DOC_NUMBER.finditer's matches (spans), in both scripts."""
    assert [m.span() for m in _number_matches(text)] == [m.span() for m in DOC_NUMBER.finditer(text)]
    assert list(scan_doc_numbers(text)) == [
        found for m in DOC_NUMBER.finditer(text) if (found := _from_match(text, m)) is not None
    ]


# --------------------------------------------------------------------------- 2. bare digits opening a lead

LEAD_ROWS = [
    # a service number opening the lead, no event told (each was read as a day in the window)
    pytest.param(
        "2021-01-25", "120，是每个人都熟悉的急救电话。市急救中心走进社区普及急救知识。", None, id="hotline-120"
    ),
    pytest.param("2021-01-25", "122，交通事故报警电话，记者近日走进市交警支队指挥中心。", None, id="hotline-122"),
    pytest.param("2021-01-12", "110,是人民群众的报警电话。", None, id="hotline-110-ascii-comma"),
    pytest.param("2021-01-25", "120日，急救电话。", None, id="day-mark-no-event"),
    pytest.param("2021-11-20", "1112，全县共完成投资一千万元。", None, id="four-digits-no-event"),
    # the event told in the sentence: the day read as before (举行, 开幕 and 闭幕 as well as 召开)
    pytest.param("2012-04-19", "417，某某市委、市政府在某某组织召开了规划编制工作汇报会议。", "2012-04-17", id="held"),
    pytest.param("2012-10-20", "1017，第十届全县运动会在县体育场隆重开幕。", "2012-10-17", id="opened"),
    pytest.param("2012-10-20", "1017上午，全县安全生产工作会议在县政府举行。", "2012-10-17", id="morning-held"),
    pytest.param("2012-10-20", "1017日，县十七届人大一次会议胜利闭幕。", "2012-10-17", id="day-mark-closed"),
]


@pytest.mark.parametrize(("published", "lead", "date"), LEAD_ROWS)
def test_bare_digits_open_a_dated_lead_only_when_it_tells_an_event(published: str, lead: str, date: str | None) -> None:
    assert lead_day(lead, published) == date


def test_a_story_opening_on_a_service_number_is_not_dated_by_it() -> None:
    page = (
        "市急救中心开展急救知识进社区活动\n"
        "发布时间：2021-01-25 10:00  来源：某某县融媒体中心\n"
        "120，是每个人都熟悉的急救电话。近日，市急救中心走进社区，向居民普及急救知识。\n"
        "活动中，医护人员现场演示了心肺复苏等急救技能。\n"
    )
    dates = [d.get("date") for d in extract_str(page)["documents"]]
    assert dates and "2021-01-20" not in dates
