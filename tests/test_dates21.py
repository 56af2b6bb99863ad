"""Round dates21 (issue 9, session 21): where and how a document's date is printed, by family.

The held-out split withholds dates in placements the dev pages do not show. This round probed every placement the
brief lists over synthetic notices (a signature and its date on one line with a mark or a weekday, the date first,
the date run on after the closing sentence, an adoption note in square brackets, …) and fixed the families the tool
did not read. Each class is tested over its variants (marks, full and half width, written, numeral and numeric
dates, Simplified and Traditional, the Republic's years) and near-misses that must give nothing: a comma or a colon
between the parts (the words of a sentence), two marks (a table row), a weekday that is not the date's, a deadline,
a start day, a cited day, a date after words that close nothing, a note that adopts nothing.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator

import pytest

from gazette_extract.grammars.dates import without_weekday
from gazette_extract.layout import blocks as B
from gazette_extract.layout import fields as F
from gazette_extract.layout import recognize as R
from gazette_extract.pipeline import extract_str


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(d["date"], d["issuer"]) for d in extract_str(text)["documents"]]


def _ids(rows: list[tuple]) -> list[str]:
    return [str(r[0])[:48] for r in rows]


def _no_duplicates(rows: list[tuple]) -> list[tuple]:
    assert len(rows) == len(set(rows)), "duplicate rows"
    return rows


NOTICE = (
    "{issuer}关于做好2019年春季森林防火工作的通知\n\n各乡镇人民政府，县政府各部门：\n\n"
    "为切实做好今年春季森林防火工作，现将有关事项通知如下。各单位要高度重视，认真落实。\n\n{foot}\n"
)
NOTICE_TRAD = (
    "{issuer}關於做好2019年春季森林防火工作的通知\n\n各鄉鎮公所、縣政府各單位：\n\n"
    "為切實做好今年春季森林防火工作，現將有關事項通知如下。各單位要高度重視，認真落實。\n\n{foot}\n"
)
_ISSUERS = [("某某县人民政府", "某某县人民政府"), ("某某縣政府", "某某县政府"), ("某某市教育局", "某某市教育局")]


def _notice(sig: str, foot: str) -> str:
    """The notice signed by ``sig``, in Traditional characters when the signature is (a page is in one script)."""
    return (NOTICE_TRAD if "縣" in sig else NOTICE).format(issuer=sig, foot=foot)


_DATES = [
    ("2019年3月5日", "2019-03-05"),
    ("二〇一九年三月五日", "2019-03-05"),
    ("二○一九年三月五日", "2019-03-05"),
    ("2019.3.5", "2019-03-05"),
    ("2019-03-05", "2019-03-05"),
    ("中華民國108年3月5日", "2019-03-05"),
]
_MARKS = [" / ", "／", " ／ ", " | ", "｜", " · ", " • ", "/"]

# ---------------------------------------------------------------------------------------------------------------
# 1. A signature and its date on one line with a mark between them (a flattened layout table or right-aligned
#    block): 某某县人民政府 / 2019年3月5日 — read as the signature over its date (blocks._marked_signature_date)
# ---------------------------------------------------------------------------------------------------------------

MARKED_ROWS = _no_duplicates(
    [
        (f"{sig}{mark}{date}", sig, iso, issuer)
        for sig, issuer in _ISSUERS
        for mark in _MARKS
        for date, iso in _DATES
        if "民國" not in date or sig != issuer
    ]  # the Republic's date on a Traditional page (converted with it)
)


@pytest.mark.parametrize(("foot", "sig", "iso", "issuer"), MARKED_ROWS, ids=_ids(MARKED_ROWS))
def test_signature_and_date_with_a_mark_between(foot: str, sig: str, iso: str, issuer: str) -> None:
    assert _pairs(_notice(sig, foot)) == [(iso, issuer)]


# …and with the date's weekday after it, the two on one line or the mark between them too
_WEEKDAYS = ["（星期二）", "(星期二)", " 星期二", "（周二）", " 周二", "（礼拜二）"]
WEEKDAY_ROWS = _no_duplicates(
    [
        (f"{sig}{sep}{date}{wd}", sig, iso, issuer)
        for sig, issuer in _ISSUERS[:2]
        for sep in ("  ", "　", " | ", " / ")
        for wd in _WEEKDAYS
        for date, iso in _DATES[:4]
    ]
)


@pytest.mark.parametrize(("foot", "sig", "iso", "issuer"), WEEKDAY_ROWS, ids=_ids(WEEKDAY_ROWS))
def test_signature_and_date_with_its_weekday_on_one_line(foot: str, sig: str, iso: str, issuer: str) -> None:
    assert _pairs(_notice(sig, foot)) == [(iso, issuer)]


MARKED_NEGATIVES = _no_duplicates(
    [
        ("某某县人民政府，2019年3月5日",),  # a comma: the words of a sentence may end so
        ("某某县人民政府：2019年3月5日",),  # a colon: a key and its value
        ("某某县人民政府 — 2019年3月5日",),  # a dash stays out (a rule, a range)
        ("某某县人民政府 | 2019年3月5日 | 备注",),  # two marks: a table row
        ("某某县人民政府 | 2019年3月5日 |",),  # …its closing bar too: not one mark (the table reader's)
        ("某某县人民政府 2019年3月5日（星期三）",),  # the weekday is another day's: one of them is misprinted
        ("某某县人民政府 / 2019年3月5日（星期三）",),
        ("会议时间 / 2019年3月5日",),  # no body's name before the mark
        ("报送县政府 / 2019年3月5日前",),  # a deadline
        ("某某县人民政府 / 2019年3月",),  # no day
        # a list's or a data table's rows: a marked line next to another marked line signs nothing
        ("某某县财政局 | 2019年6月30日\n某某县农业局 | 2019年7月30日",),
        ("某某县财政局 / 2019年6月30日\n某某县农业局 / 2019年7月30日",),
        ("某某县财政局 · 2019年6月30日\n\n某某县农业局 · 2019年7月30日",),
        ("责任单位 | 完成时限\n某某县人民政府 | 2019年3月5日",),
    ]
)


@pytest.mark.parametrize(("foot",), MARKED_NEGATIVES, ids=_ids(MARKED_NEGATIVES))
def test_marked_near_misses_give_no_signature(foot: str) -> None:
    assert _pairs(NOTICE.format(issuer="某某县人民政府", foot=foot)) == [(None, None)]


def test_the_mark_helper_itself() -> None:
    assert B._marked_signature_date("某某县人民政府 / 2019年3月5日") == ("某某县人民政府", "2019年3月5日")
    assert B._marked_signature_date("某某县人民政府 2019年3月5日 周二") == ("某某县人民政府", "2019年3月5日")
    assert B._marked_signature_date("某某县人民政府 2019年3月5日") is None  # no mark, no weekday: the old path's
    assert B._marked_signature_date("某某县人民政府 / " + "2019年3月5日" * 10) is None  # longer than a signature


# ---------------------------------------------------------------------------------------------------------------
# 2. The date first, then the body, with a mark between them: 2019年3月5日 / 某某县人民政府 (fields._date_then_signer)
# ---------------------------------------------------------------------------------------------------------------

# (a bar after a date is the page's stamp line, 2019年3月5日 | 来源：…, which normalize cuts: the date-first form is
# read with the other marks only)
DATE_FIRST_ROWS = _no_duplicates(
    [
        (f"{date}{mark}{sig}", sig, iso, issuer)
        for sig, issuer in _ISSUERS[:2]
        for mark in _MARKS
        if "|" not in mark and "｜" not in mark
        for date, iso in (("2019年3月5日", "2019-03-05"), ("二〇一九年三月五日", "2019-03-05"))
    ]
)


@pytest.mark.parametrize(("foot", "sig", "iso", "issuer"), DATE_FIRST_ROWS, ids=_ids(DATE_FIRST_ROWS))
def test_date_then_signature_with_a_mark(foot: str, sig: str, iso: str, issuer: str) -> None:
    assert _pairs(_notice(sig, foot)) == [(iso, issuer)]


@pytest.mark.parametrize(
    "foot", ["2019年3月5日 / 会议纪要", "2019年3月5日 / 某某县人民政府召开会议", "2019年3月5日：某某县人民政府"]
)
def test_date_first_near_misses(foot: str) -> None:
    assert _pairs(NOTICE.format(issuer="某某县人民政府", foot=foot)) == [(None, None)]


# ---------------------------------------------------------------------------------------------------------------
# 3. The date run on after the notice's closing sentence, no body's name before it (…请认真贯彻执行。2019年3月5日):
#    a page that lost its line breaks and printed no signature, or the signature under the date
# ---------------------------------------------------------------------------------------------------------------

BODY = "某某县人民政府关于做好春季森林防火工作的通知\n\n各乡镇人民政府：\n\n为切实做好今年春季森林防火工作，现将有关事项通知如下。{tail}\n"
_CLOSINGS = [
    "请认真贯彻执行。",
    "请遵照执行。",
    "请结合实际认真贯彻落实。",
    "特此通知。",
    "特此公告。",
    "特此通告！",
    "请认真组织实施。",
    "请认真抓好落实",
]
CLOSING_ROWS = _no_duplicates(
    [
        (f"{closing}{gap}{date}", iso)
        for closing in _CLOSINGS
        for gap in ("", " ", "　")
        for date, iso in (
            ("2019年3月5日", "2019-03-05"),
            ("二〇一九年三月五日", "2019-03-05"),
            ("2019年03月05日", "2019-03-05"),
        )
        if closing.endswith(("。", "！")) or gap
    ]
)


@pytest.mark.parametrize(("tail", "iso"), CLOSING_ROWS, ids=_ids(CLOSING_ROWS))
def test_date_run_on_after_the_closing_sentence(tail: str, iso: str) -> None:
    assert _pairs(BODY.format(tail=tail)) == [(iso, None)]


def test_date_run_on_after_the_closing_sentence_keeps_a_signature_before_it() -> None:
    # a body's name between the closing and the date is the signature (the round-on-line reader's, unchanged)
    assert _pairs(BODY.format(tail="请认真贯彻执行。某某县人民政府 2019年3月5日")) == [("2019-03-05", "某某县人民政府")]


CLOSING_NEGATIVES = _no_duplicates(
    [
        ("各单位要认真落实。2019年3月5日",),  # words that close nothing: a chronicle's next entry may open so
        ("请认真贯彻执行，2019年3月5日",),  # a comma: the sentence goes on
        ("请认真贯彻执行。2019年3月5日起施行",),  # a start day
        ("请认真贯彻执行。2019年3月5日前报县政府办公室",),  # a deadline
        ("请于2019年3月5日前报送。",),
        ("请认真贯彻执行。2019年3月",),  # no day
        ("请认真贯彻执行。县政府将于2019年3月5日",),  # a plan's day inside a sentence
        ("请认真贯彻执行《关于做好防火工作的通知》（2019年3月5日）",),  # a cited document's day
        ("特此通知。会议定于2019年3月5日",),
    ]
)


@pytest.mark.parametrize(("tail",), CLOSING_NEGATIVES, ids=_ids(CLOSING_NEGATIVES))
def test_closing_near_misses_give_no_date(tail: str) -> None:
    assert _pairs(BODY.format(tail=tail)) == [(None, None)]


# ---------------------------------------------------------------------------------------------------------------
# 4. An adoption note in square brackets under a rule's title (【2019年3月5日…第九次会议通过】 / ［…］ / […]):
#    read as no line of the rule's head, it lost the whole document; now it dates it as the round bracket's does
# ---------------------------------------------------------------------------------------------------------------

RULE = "{title}\n\n{note}\n\n第一条 为了预防森林火灾，保护森林资源，制定本条例。\n\n第二条 本条例适用于本省行政区域内的森林防火工作。\n"
_NOTE_BODIES = [
    ("2019年3月5日某某省第十三届人民代表大会常务委员会第九次会议通过", "2019-03-05"),
    ("二〇一九年三月五日某某省第十三届人民代表大会常务委员会第九次会议通过", "2019-03-05"),
    ("2019年3月5日某某省人民政府第30次常务会议审议通过", "2019-03-05"),
    (
        "2019年3月5日某某市第十五届人民代表大会常务委员会第九次会议通过　2019年5月30日某某省人民代表大会常务委员会批准",
        "2019-03-05",
    ),
    ("2019年3月5日某某省第十三届人民代表大会常务委员会第九次会议决定", "2019-03-05"),
]


def test_adoption_note_in_square_brackets_on_a_traditional_page() -> None:
    text = "某某省森林防火條例\n\n【2019年3月5日某某省第十三屆人民代表大會常務委員會第九次會議通過】\n\n第一條 為了預防森林火災，制定本條例。\n"
    assert [(d["title"], d["date"]) for d in extract_str(text)["documents"]] == [("某某省森林防火条例", "2019-03-05")]


_NOTE_BRACKETS = [("【", "】"), ("［", "］"), ("[", "]"), ("（", "）"), ("(", ")")]
NOTE_ROWS = _no_duplicates([(f"{o}{note}{c}", iso) for o, c in _NOTE_BRACKETS for note, iso in _NOTE_BODIES])


@pytest.mark.parametrize(("note", "iso"), NOTE_ROWS, ids=_ids(NOTE_ROWS))
def test_adoption_note_in_any_bracket_dates_the_rule(note: str, iso: str) -> None:
    docs = extract_str(RULE.format(title="某某省森林防火条例", note=note))["documents"]
    assert [(d["title"], d["date"]) for d in docs] == [("某某省森林防火条例", iso)]


@pytest.mark.parametrize(
    "note",
    [
        "【2019年3月5日某某省人民代表大会常务委员会会议通过］",  # the brackets do not pair
        "【2019年3月5日某某省人民代表大会常务委员会会议通过",  # no close
        "【章名】第一章",
        "【2019年3月5日发布】",  # no session adopts it
        "［某某会议通过）",
    ],
)
def test_adoption_note_near_misses(note: str) -> None:
    assert R.ADOPTED_RE.match(note) is None


# ---------------------------------------------------------------------------------------------------------------
# The weekday helper (grammars.dates.without_weekday)
# ---------------------------------------------------------------------------------------------------------------

WEEKDAY_HELPER_ROWS = _no_duplicates(
    [
        ("某某县人民政府 2019年3月5日（星期二）", "某某县人民政府 2019年3月5日"),
        ("2019年3月5日 周二", "2019年3月5日"),
        ("2019.3.5(星期二)", "2019.3.5"),
        ("二〇一九年三月五日（礼拜二）", "二〇一九年三月五日"),
        ("2019年3月10日 星期天", "2019年3月10日"),
        ("2019年3月10日（星期日）", "2019年3月10日"),
        ("某某县人民政府 2019年3月5日（星期三）", None),  # another day's
        ("某某县人民政府 星期二", None),  # no date before it
        ("2019年3月5日（星期二", None),  # an open bracket
        ("某某县人民政府 2019年3月5日", None),  # no weekday
    ]
)


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_HELPER_ROWS, ids=_ids(WEEKDAY_HELPER_ROWS))
def test_without_weekday(text: str, expected: str | None) -> None:
    assert without_weekday(text) == expected


# ---------------------------------------------------------------------------------------------------------------
# Linearity: each new pattern and path at n and 10n on adversarial input, under an alarm (the full rows with
# timings are in benchmarks/linearity_dates21.py)
# ---------------------------------------------------------------------------------------------------------------


class _Timeout(Exception):
    pass


def _alarm(seconds: int) -> Iterator[None]:
    def handler(signum: int, frame: object) -> None:
        raise _Timeout

    old = signal.signal(signal.SIGALRM, handler)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _best(f: Callable[[int], object], n: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        f(n)
        best = min(best, time.process_time() - start)
    return best


LINEAR_CASES: dict[str, Callable[[int], object]] = {
    "mark pattern, blanks without a mark": lambda n: B._SIGNATURE_DATE_MARK_RE.search(" " * (1000 * n) + "x"),
    "mark pattern, marks without a date": lambda n: B._SIGNATURE_DATE_MARK_RE.search(" /" * (1000 * n)),
    "closing then date, closings run": lambda n: F._CLOSING_THEN_DATE_RE.search("特此通知。" * (200 * n) + "x"),
    "adoption note, bracket run": lambda n: R.ADOPTED_RE.match("【" * (1000 * n) + "会议通过】"),
    "adoption note, session words run": lambda n: R.ADOPTED_RE.match("[" + "会议" * (500 * n) + "通过]"),
    "pipeline: n marked signature lines": lambda n: extract_str(
        "某某县人民政府关于做好工作的通知\n\n" + "某某县人民政府 / 2019年3月5日（星期二）\n\n" * (20 * n)
    ),
    "pipeline: n closings with run-on dates": lambda n: extract_str(
        "某某县人民政府关于做好工作的通知\n\n" + "现将有关事项通知如下。请认真贯彻执行。2019年3月5日\n\n" * (20 * n)
    ),
}


@pytest.mark.parametrize("name", list(LINEAR_CASES))
def test_new_patterns_are_linear(name: str) -> None:
    f = LINEAR_CASES[name]
    gen = _alarm(60)
    next(gen)
    try:
        small, large = _best(f, 2), _best(f, 20)
    finally:
        gen.close()
    # linear: ≈ 10; a bounded path fails fast (≈ 1); quadratic would be ≈ 100. Tiny times are all noise.
    assert large < 0.005 or large / max(small, 1e-6) < 30, (name, small, large)


# ---------------------------------------------------------------------------------------------------------------
# 5. A listed company's board signs its announcement (特此公告。 / 某某股份有限公司董事会 / 2024年4月9日): 会 ends no
#    issuer, so four dev pages lost theirs (arsndm79, epapercs, iviewsina, sinastock); 董事会 / 监事会 now do
# ---------------------------------------------------------------------------------------------------------------

ANNOUNCEMENT = (
    "{company}关于董事辞职的公告\n\n本公司及董事会全体成员保证信息披露内容的真实、准确和完整。\n\n"
    "{company}董事会于近日收到公司董事张三先生递交的书面辞职报告。\n\n特此公告。\n\n{foot}\n"
)
ANNOUNCEMENT_TRAD = (
    "{company}關於董事辭職的公告\n\n本公司及董事會全體成員保證信息披露內容的真實、準確和完整。\n\n"
    "{company}董事會於近日收到公司董事張三先生遞交的書面辭職報告。\n\n特此公告。\n\n{foot}\n"
)
BOARD_ROWS = _no_duplicates(
    [
        (template, company, f"{company}{board}{sep}{date}", f"{simplified}{board_s}", iso)
        for template, company, simplified, boards in (
            (
                ANNOUNCEMENT,
                "某某科技股份有限公司",
                "某某科技股份有限公司",
                (("董事会", "董事会"), ("监事会", "监事会")),
            ),
            (ANNOUNCEMENT, "某某集团有限公司", "某某集团有限公司", (("董事会", "董事会"),)),
            (
                ANNOUNCEMENT_TRAD,
                "某某科技股份有限公司",
                "某某科技股份有限公司",
                (("董事會", "董事会"), ("監事會", "监事会")),
            ),
        )
        for board, board_s in boards
        for sep in ("\n", "  ", " / ")
        for date, iso in (("2024年4月9日", "2024-04-09"), ("二〇二四年四月九日", "2024-04-09"))
    ]
)


@pytest.mark.parametrize(
    ("template", "company", "foot", "issuer", "iso"), BOARD_ROWS, ids=[r[2][:40] for r in BOARD_ROWS]
)
def test_a_company_board_signs_its_announcement(template: str, company: str, foot: str, issuer: str, iso: str) -> None:
    assert _pairs(template.format(company=company, foot=foot)) == [(iso, issuer)]


@pytest.mark.parametrize(
    "foot",
    [
        "全体董事会成员\n2024年4月9日",  # the board's members: no body's name
        "本公司及董事会全体成员保证信息披露内容的真实。\n2024年4月9日",  # a sentence, no signature
        "公司董事会秘书：李四\n2024年4月9日",  # a key and its value
    ],
)
def test_board_near_misses_sign_nothing(foot: str) -> None:
    pairs = _pairs(ANNOUNCEMENT.format(company="某某科技股份有限公司", foot=foot))
    assert all(issuer is None for _, issuer in pairs)
