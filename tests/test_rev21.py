"""Round rev21 (issue 9, session 21): a sceptical review of the session's merged rounds (issues21, titles23, dates21,
apages21) — near-misses their new rules must not fire on, hostile input, and the code they wrote twice.

Classes narrowed, each over its variants with near-misses:
* a date run on after a notice's closing sentence (dates21: …请认真贯彻执行。2019年6月3日) signs the document only on its
  last dated line — a body's sentence that closes on a date over the signature's own date gave that date and lost the
  issuer (…要求各乡镇认真贯彻执行。2019年6月3日 / 二、… / 某某县人民政府 / 2019年7月1日);
* a signature and its date on one line with a mark between (dates21: 某某县财政局 | 2019年6月30日) signs only when no
  date alone on its line follows on the page — in a body signed at its foot it gave the body's line as the signature;
* a committee named place + 委 that is not the place's party committee — the Youth League's or another party's
  (共青团某县委, 团县委, 民盟某市委) — gives its place to no body after it (apages21: 张三任共青团某县委书记、人民政府副县长
  gave 共青团某县人民政府副县长; vocab NOT_PLACE_OPENERS);
* a level word that ends a common noun (社区, 小区, 园区, 景区, 超市, 城市 …) opens no place for a level-opened organ after
  it (apages21: 张三任某某小区党支部书记、区人大常委会委员 gave 某某小区人大常委会委员; vocab LEVEL_WORD_NOUNS);
* 于 / 於 with a year, a month or a week after a name is the preposition too (张三于今年当选为X gave the person 于今年:
  vocab PREPOSITION_PHRASE_PARTS), and NAME_TIME_ADVERBS is made from that table (the two were written apart);
* a notice's title under 全文如下： that the page's headline printed just above (the same title, or its issuer before
  it) opens no second document (issues21's full-text class gave the page's one notice twice).
Mended without behaviour change (every golden identical): fields._issuer_between_titles reads its names line with
_names_of (issues21 had written the check twice); PARTY_COMMITTEE_PLACE_ENDS is vocab.tasks.PLACE_LEVELS; layout.chrome's
CHROME_WORDS no longer lists the five link words SITE_LINK_WORDS brings.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

import pytest
from linear_helpers import alarm as linear_alarm

from gazette_extract.layout import chrome as CH
from gazette_extract.layout import fields as F
from gazette_extract.layout.blocks import DATE, PARAGRAPH, SIGNATURE, Block
from gazette_extract.pipeline import extract_str
from gazette_extract.vocab.personnel import (
    LEVEL_WORD_NOUNS,
    NAME_TIME_ADVERBS,
    NOT_PLACE_OPENERS,
    PARTY_COMMITTEE_PLACE_ENDS,
    PREPOSITION_PHRASE_PARTS,
    PREPOSITION_SURNAMES,
)
from gazette_extract.vocab.tasks import PLACE_LEVELS

A = "appoint"


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(d["date"], d["issuer"]) for d in extract_str(text)["documents"]]


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def _no_duplicates(rows: list) -> list:
    assert len({row[0] for row in rows}) == len(rows), "duplicate rows"
    return rows


# ---- 1. a date run on after a closing sentence signs only on the document's last dated line ----------------------

HEAD = "关于开展安全检查的通知\n各乡镇人民政府，县政府各部门：\n"
_CLOSINGS = ["请认真贯彻执行。", "请遵照执行。", "请认真抓好落实。", "特此通知。", "现印发给你们，请认真组织实施。"]
_DATES = [("2019年6月3日", "2019-06-03"), ("二〇一九年六月三日", "2019-06-03")]
_LATER_FOOTS = [
    ("某某县人民政府\n2019年7月1日", ("2019-07-01", "某某县人民政府")),
    ("某某县人民政府　　2019年7月1日", ("2019-07-01", "某某县人民政府")),
    ("某某县人民政府办公室\n二〇一九年七月一日", ("2019-07-01", "某某县人民政府办公室")),
]
# (body, expected (date, issuer)): the run-on date under the body's first item, the signature's own date below
RUN_ON_IN_BODY_ROWS = _no_duplicates(
    [
        (f"一、工作安排。县政府要求各乡镇{closing}{date}\n二、工作要求。请各单位按时报送。\n{foot}", want)
        for closing in _CLOSINGS
        for date, _ in _DATES
        for foot, want in _LATER_FOOTS
    ]
    + [
        (f"{closing}{date}\n特此通知。\n{foot}", want)
        for closing in _CLOSINGS[:2]
        for date, _ in _DATES
        for foot, want in _LATER_FOOTS
    ]
)


@pytest.mark.parametrize("body,expected", RUN_ON_IN_BODY_ROWS)
def test_run_on_date_in_the_body_never_beats_the_signature(body: str, expected: tuple[str, str]) -> None:
    assert _pairs(HEAD + body + "\n") == [expected]


# the class dates21 fixed still reads: the run-on date is the last dated line (a body's name under it, or none)
RUN_ON_LAST_ROWS = _no_duplicates(
    [(f"{closing}{date}", (iso, None)) for closing in _CLOSINGS for date, iso in _DATES]
    + [
        (f"{closing}{date}\n某某县人民政府", (iso, "某某县人民政府"))
        for closing in _CLOSINGS[:4]
        for date, iso in _DATES
    ]
)


@pytest.mark.parametrize("body,expected", RUN_ON_LAST_ROWS)
def test_run_on_date_last_still_signs(body: str, expected: tuple[str, str | None]) -> None:
    assert _pairs(HEAD + body + "\n") == [expected]


def test_last_dated_block() -> None:
    blocks = [
        Block(PARAGRAPH, "请认真贯彻执行。2019年6月3日", 0, 0),
        Block(SIGNATURE, "某某县人民政府", 1, 1),
        Block(DATE, "2019年7月1日", 2, 2),
        Block(PARAGRAPH, "（此件公开发布）", 3, 3),
    ]
    assert F._last_dated(blocks) == 2
    assert F._last_dated(blocks[:2]) == 0
    assert F._last_dated(blocks[1:2]) == -1


# a signature and a date on one line with a mark between (dates21) in the body, the document signed at its foot: the
# marked line is the body's, the foot's pair is read (the marks of vocab.datelines.SIGNATURE_DATE_SEPARATORS)
_MARKS = ["/", "／", "|", "｜", "·", "•"]
_FOOT_DATES = [("2019年7月1日", "2019-07-01"), ("二〇一九年七月一日", "2019-07-01"), ("2019-07-01", "2019-07-01")]
MARKED_IN_BODY_ROWS = _no_duplicates(
    [
        (
            f"一、报送要求。请按时报送。\n某某县财政局 {mark} 2019年6月30日\n二、工作要求。请按时报送。\n"
            f"某某县人民政府\n{date}",
            (iso, "某某县人民政府"),
        )
        for mark in _MARKS
        for date, iso in _FOOT_DATES
    ]
)


@pytest.mark.parametrize("body,expected", MARKED_IN_BODY_ROWS)
def test_marked_line_in_the_body_is_no_signature(body: str, expected: tuple[str, str]) -> None:
    assert _pairs(HEAD + body + "\n") == [expected]


# …and at the foot it still signs (dates21's class), a date in the body above it or not
MARKED_AT_FOOT_ROWS = _no_duplicates(
    [
        (f"{above}请认真贯彻执行。\n某某县人民政府 {mark} 2019年3月5日", ("2019-03-05", "某某县人民政府"))
        for mark in _MARKS
        for above in ["", "请于2019年6月30日前报送。\n"]
    ]
)


@pytest.mark.parametrize("body,expected", MARKED_AT_FOOT_ROWS)
def test_marked_line_at_the_foot_signs(body: str, expected: tuple[str, str]) -> None:
    assert _pairs(HEAD + body + "\n") == [expected]


# ---- 2. the league's or another party's committee gives its place to no body after it -----------------------------

_BODIES = [
    ("人民政府副县长", "县人民政府副县长"),
    ("政府副县长", "县政府副县长"),
    ("人大常委会副主任", "县人大常委会副主任"),
]
_NOT_PARTY = ["共青团某某县委书记", "团县委书记", "民盟某某县委主委", "民进某某县委主委", "九三学社某某县委主委"]
NOT_PARTY_ROWS = _no_duplicates(
    [
        (f"张三任{first}、{body}。", [(A, "张三", first), (A, "张三", body)])
        for first in _NOT_PARTY
        for body, _ in _BODIES
    ]
    # a level-opened organ after such a post takes no place either (共青团某某县委 → 共青团某某 is no place)
    + [
        (f"张三任{first}、{level_body}。", [(A, "张三", first), (A, "张三", level_body)])
        for first in _NOT_PARTY
        if not first.startswith("团")
        for _, level_body in _BODIES
    ]
)


@pytest.mark.parametrize("text,expected", NOT_PARTY_ROWS)
def test_league_or_other_party_committee_gives_no_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# the place's own party committee still gives it (apages21's class)
PARTY_ROWS = _no_duplicates(
    [
        (f"张三任{first}、{body}。", [(A, "张三", first), (A, "张三", f"{place}{body}")])
        for first, place in [
            ("某某县委副书记", "某某县"),
            ("中共某某县委书记", "某某县"),
            ("扎赉特旗委常委", "扎赉特旗"),
        ]
        for body in ["人民政府副县长", "人大常委会主任"]
    ]
)


@pytest.mark.parametrize("text,expected", PARTY_ROWS)
def test_party_committee_still_gives_its_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# ---- 3. a level word that ends a common noun opens no place ------------------------------------------------------

_NOUN_POSTS = {
    "区": ["某某社区党委书记", "某某小区党支部书记", "某某园区管委会主任", "某某景区管理处主任", "某某校区主任"],
    "市": ["某某城市建设投资公司总经理", "某某超市总经理", "某某都市报社社长"],
    "镇": ["某某乡镇企业办主任"],
}
_LEVEL_ORGANS = ["人大常委会委员", "政府副{L}长", "人民政府副{L}长"]
NOUN_ROWS = _no_duplicates(
    [
        (f"张三任{post}、{level}{organ.format(L=level)}。", f"{level}{organ.format(L=level)}")
        for level, posts in _NOUN_POSTS.items()
        for post in posts
        for organ in _LEVEL_ORGANS
    ]
)


@pytest.mark.parametrize("text,second", NOUN_ROWS)
def test_level_word_of_a_noun_opens_no_place(text: str, second: str) -> None:
    positions = [position for _, _, position in _changes(text)]
    assert second in positions or not any(position and position.endswith(second) for position in positions)
    assert not any(
        position and position != second and position.endswith(second) for position in positions
    )  # never 某某小区人大常委会委员


# the places apages21 meant still give theirs
LEVEL_PLACE_ROWS = _no_duplicates(
    [
        ("张三任某某县城关镇党委书记、县人大常委会副主任。", "某某县人大常委会副主任"),
        ("张三任武汉市江岸区委书记、市人大常委会副主任。", "武汉市人大常委会副主任"),
        ("张三任湖北省武汉市委书记、省人大常委会副主任。", "湖北省人大常委会副主任"),
        ("张三当选为滔溪镇人民政府镇长和镇人大主席团主席。", "滔溪镇人大主席团主席"),
        ("张三任市中区委书记、区政府区长。", "市中区政府区长"),
    ]
)


@pytest.mark.parametrize("text,second", LEVEL_PLACE_ROWS)
def test_level_opened_place_still_carried(text: str, second: str) -> None:
    assert second in [position for _, _, position in _changes(text)]


# ---- 4. 于 / 於 with a time word after a name is the preposition ----------------------------------------------------

_VERBS = [("当选为某市政协主席", "某市政协主席"), ("被任命为某局局长", "某局局长")]
YU_ROWS = _no_duplicates(
    [
        (f"张三{at}{part}{verb}。", [(A, "张三", position)])
        for part in PREPOSITION_PHRASE_PARTS
        for at in PREPOSITION_SURNAMES
        for verb, position in _VERBS
    ]
)


@pytest.mark.parametrize("text,expected", YU_ROWS)
def test_yu_time_phrase_is_no_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# 于 as a surname stays a person's (a name of two characters, or one that is no phrase of the table)
YU_NAME_ROWS = _no_duplicates(
    [
        ("于丽当选为某市政协主席。", [(A, "于丽", "某市政协主席")]),
        ("会议选举于今为某市政协主席。", [(A, "于今", "某市政协主席")]),
        ("于会当选为某市政协主席。", [(A, "于会", "某市政协主席")]),
        ("任命于年华为某局局长。", [(A, "于年华", "某局局长")]),
    ]
)


@pytest.mark.parametrize("text,expected", YU_NAME_ROWS)
def test_yu_surname_stays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# ---- 5. a full text's title that the page's headline printed just above opens no second document -----------------

_TITLES = [
    "关于加强森林防火安全管理的公告",
    "关于延长某某自然保护区管控措施实施时间的通告",
    "關於加強森林防火安全管理的公告",
]
_INTROS = ["全文如下：", "全文如下:", "原文如下：", "近日，县政府发布公告，全文如下："]
_HEADLINES = ["{title}", "某某县人民政府{title}", "某某县森林防火指挥部{title}"]
COPY_ROWS = _no_duplicates(
    [
        (
            f"{headline.format(title=title)}\n发布时间：2022-08-24\n{intro}\n{title}\n为加强管理，现公告如下。\n一、各单位要加强管理。\n",
            1,
        )
        for title in _TITLES
        for intro in _INTROS
        for headline in _HEADLINES
    ]
    # a story's own headline over the intro: the notice under it is a document beside the story (issues21's class)
    + [
        (f"县政府发布森林防火公告\n发布时间：2022-08-24\n{intro}\n{title}\n为加强管理，现公告如下。\n", 2)
        for title in _TITLES
        for intro in _INTROS
    ]
)


@pytest.mark.parametrize("text,count", COPY_ROWS)
def test_full_text_title_printed_by_the_headline(text: str, count: int) -> None:
    assert len(extract_str(text)["documents"]) == count


# ---- 6. tables written once --------------------------------------------------------------------------------------


def test_preposition_phrases_are_adverbs() -> None:
    for part in PREPOSITION_PHRASE_PARTS:
        for at in PREPOSITION_SURNAMES:
            assert f"{at}{part}" in NAME_TIME_ADVERBS


def test_party_place_ends_are_the_place_levels() -> None:
    assert tuple(PLACE_LEVELS) == PARTY_COMMITTEE_PLACE_ENDS


def test_chrome_words_once() -> None:
    assert len(CH.CHROME_WORDS) == len(set(CH.CHROME_WORDS))


def test_vocab_rows_have_examples() -> None:
    for table in (NOT_PLACE_OPENERS, LEVEL_WORD_NOUNS):
        assert all(isinstance(example, str) and example for example in table.values())
    assert all(len(word) == 2 and word[-1] in PLACE_LEVELS for word in LEVEL_WORD_NOUNS)


def test_names_line_between_copies_unchanged() -> None:
    head = [
        Block(PARAGRAPH, "关于印发某某办法的通知", 0, 0),
        Block(PARAGRAPH, "财政部 国家发展和改革委员会", 1, 1),
        Block(PARAGRAPH, "关于印发某某办法的通知", 2, 2),
    ]
    assert F._issuer_between_titles(head, "关于印发某某办法的通知") == "财政部、国家发展和改革委员会"
    prose = [Block(PARAGRAPH, "各单位要认真执行，确保落实", 1, 1)]
    assert F._issuer_between_titles([head[0], *prose, head[2]], "关于印发某某办法的通知") is None


# ---- linearity: the changed paths at n and 10n under an alarm (benchmarks/linearity_rev21.py keeps the table) ------


@pytest.fixture
def alarm() -> Iterator[None]:
    with linear_alarm(20):
        yield


@pytest.mark.parametrize(
    "head,piece,foot",
    [
        (HEAD, "一、请认真贯彻执行。2019年6月3日\n", "某某县人民政府\n2019年7月1日\n"),
        ("", "张三任共青团某县委书记、人民政府副县长。\n", ""),
        ("", "张三任某某小区党支部书记、区人大常委会委员。\n", ""),
        ("", "张三于今年当选为某市政协主席。\n", ""),
    ],
)
def test_linear(head: str, piece: str, foot: str, alarm: None) -> None:
    def took(n: int) -> float:
        text = head + piece * n + foot
        start = time.process_time()
        extract_str(text)
        return time.process_time() - start

    took(5)
    small, large = min(took(40) for _ in range(3)), min(took(400) for _ in range(3))
    assert large < 30 * max(small, 2e-3)  # 10x input: near 10x time (linear), far under 30x


def test_first_signed_pair_linear(alarm: None) -> None:
    calls = iter(range(1_000_000, 100_000_000, 1_000_000))  # new line numbers each call: no reader's cache answers

    def took(n: int) -> float:
        base = next(calls)
        blocks = [Block(PARAGRAPH, "请认真贯彻执行。2019年6月3日", base + k, base + k) for k in range(n)]
        blocks += [
            Block(SIGNATURE, "某某县人民政府", base + n, base + n),
            Block(DATE, "2019年7月1日", base + n + 1, base + n + 1),
        ]
        gc.collect()  # CPU time of the reader alone (benchmarks/scaling.best_time): the blocks' garbage kept out
        start = time.process_time()
        assert F._first_signed_pair(blocks) == ("某某县人民政府", "2019-07-01")
        return time.process_time() - start

    took(100)
    small, large = min(took(1000) for _ in range(3)), min(took(10000) for _ in range(3))
    assert large < 30 * max(small, 2e-3)
