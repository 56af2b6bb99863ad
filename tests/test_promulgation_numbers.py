"""Rules carry the number of the announcement (or decree) that promulgates them.

A law database prints rules adopted by a people's congress standing committee as the rules' title,
then the announcement that promulgates them — the committee's name with 公告, and its serial on the
next line — then the announcement's text and the rules. The rules' 文号, as the database's 发文字号
gives it, is 某某市人民代表大会常务委员会公告第37号: the head and its serial, the serial in figures
whatever numerals, brackets or spaces it is printed with, a congress term kept in its bracket.

The announcement *as a document of its own* (its title is 某某公告, its serial opens it) keeps no
number: that convention is unchanged, and the negative rows hold it.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract.api import parse_text
from gazette_extract.layout.serials import announcement_number, promulgation_number

RULES = "某某市物业管理条例"
HEAD = "某某市人民代表大会常务委员会公告"
ADOPTED = "（2021年10月17日某某市第七届人民代表大会常务委员会第十一次会议通过）"
ANNOUNCEMENT = (
    "某某市第七届人民代表大会常务委员会第十一次会议于2021年10月17日通过《某某市物业管理条例》，"
    "现予公布，自2022年1月1日起施行。"
)
BODY = "第一章　总则\n第一条　为了规范物业管理活动，维护业主的合法权益，制定本条例。\n第二条　本条例适用于本市行政区域内的物业管理活动。\n"
SIGNED = "某某市人民代表大会常务委员会\n2021年10月20日\n"


def rules_number(text: str) -> str | None:
    docs = parse_text(text).documents
    assert [d.title for d in docs] == [RULES], [d.title for d in docs]
    return docs[0].doc_number.text if docs[0].doc_number else None


SERIAL_ROWS = [
    pytest.param("第37号", "某某市人民代表大会常务委员会公告第37号", id="arabic"),
    pytest.param("第三十七号", "某某市人民代表大会常务委员会公告第37号", id="chinese-numerals"),
    pytest.param("（第三十七号）", "某某市人民代表大会常务委员会公告第37号", id="fullwidth-brackets"),
    pytest.param("(第37号)", "某某市人民代表大会常务委员会公告第37号", id="ascii-brackets"),
    pytest.param("第 37 号", "某某市人民代表大会常务委员会公告第37号", id="spaced"),
    pytest.param("第　一百零二　号", "某某市人民代表大会常务委员会公告第102号", id="ideographic-spaces"),
    pytest.param("〔七届〕第5号", "某某市人民代表大会常务委员会公告〔七届〕第5号", id="congress-term"),
    pytest.param("2021年第5号", "某某市人民代表大会常务委员会公告2021年第5号", id="year"),
]
assert_unique(SERIAL_ROWS, whole=True)


@pytest.mark.parametrize(("serial", "expected"), SERIAL_ROWS)
def test_the_serial_forms(serial: str, expected: str) -> None:
    number = announcement_number(HEAD, serial)
    assert number is not None and number.text == expected
    assert number.agency == HEAD


LAYOUT_ROWS = [
    pytest.param(f"{RULES}\n{HEAD}\n第三十七号\n{ANNOUNCEMENT}\n", id="head-under-title"),
    pytest.param(f"{RULES}\n{ADOPTED}\n{HEAD}\n第三十七号\n{ANNOUNCEMENT}\n", id="head-under-adoption-line"),
    pytest.param(f"{RULES}\n{HEAD}\n（第三十七号）\n{ANNOUNCEMENT}\n", id="bracketed-serial"),
    pytest.param(f"{RULES}\n某某市人民代表大会常务委员会 公告\n第三十七号\n{ANNOUNCEMENT}\n", id="spaced-head"),
    pytest.param(f"{RULES}\n某某市人大常委会公告\n第37号\n{ANNOUNCEMENT}\n", id="short-body-name"),
]
assert_unique(LAYOUT_ROWS, whole=True)


@pytest.mark.parametrize("head", LAYOUT_ROWS)
def test_rules_carry_their_announcements_number(head: str) -> None:
    expected = "某某市人大常委会公告第37号" if "人大常委会公告" in head else "某某市人民代表大会常务委员会公告第37号"
    assert rules_number(f"{head}\n{BODY}\n{SIGNED}") == expected


def test_rules_under_a_governments_decree() -> None:
    lines = ["某某市人民政府令", "第3号", "《某某市物业管理办法》已经市政府常务会议通过，现予公布。"]
    number = promulgation_number(lines)
    assert number is not None and number.text == "某某市人民政府令第3号"


NEGATIVE_ROWS = [
    # a column's name is no body's announcement; the head too far below the title; no serial
    pytest.param(["通知公告", "第37号"], id="column-name"),
    pytest.param(["政务公告", "第37号"], id="column-name-2"),
    pytest.param([ADOPTED, "某某省某某市人大常委会", "某某", "某某", HEAD, "第三十七号"], id="beyond-window"),
    pytest.param([HEAD, ANNOUNCEMENT], id="no-serial"),
    pytest.param([HEAD, "第三十七条"], id="article-not-serial"),
    pytest.param([f"根据{HEAD}", "第37号"], id="sentence"),
    pytest.param(["某某市人民代表大会常务委员会关于公告", "第37号"], id="not-alone"),
]
assert_unique(NEGATIVE_ROWS, whole=True)


@pytest.mark.parametrize("lines", NEGATIVE_ROWS)
def test_no_promulgation_number(lines: list[str]) -> None:
    assert promulgation_number(lines) is None


def test_an_announcement_of_its_own_keeps_no_number() -> None:
    """The announcement as a document (title 某某公告 over its serial): its serial opens it, no 文号."""
    text = f"{HEAD}\n第三十七号\n{ANNOUNCEMENT}\n{SIGNED}"
    docs = parse_text(text).documents
    assert [(d.title, d.doc_number) for d in docs] == [(HEAD, None)]


# --------------------------------------------------------------------------- the announcement over the title

SIGNER = "某某市人民代表大会常务委员会"
DAY = "2021年10月20日"
ABOVE_ROWS = [
    pytest.param(f"{HEAD}\n第三十七号\n", id="serial-below-head"),
    pytest.param(f"{HEAD} （第三十七号）\n", id="serial-after-head-fullwidth"),
    pytest.param(f"{HEAD} (第三十七号)\n", id="serial-after-head-ascii"),
    pytest.param(f"{HEAD}第37号\n", id="serial-glued"),
    pytest.param(f"{HEAD}\n（第37号）\n", id="bracketed-serial-below"),
]
assert_unique(ABOVE_ROWS, whole=True)


@pytest.mark.parametrize("head", ABOVE_ROWS)
def test_the_announcement_over_the_rules_title(head: str) -> None:
    """A law database: the promulgating announcement (head, serial, sentence naming the rules, signer, date)
    over the rules' title and their adoption note: the rules take its number, signer and date, not the
    adoption note's date. (With its serial on a line of its own, the announcement is also read as a
    document of its own, as everywhere: it is one.)"""
    text = f"{head}{ANNOUNCEMENT}\n{SIGNER}\n{DAY}\n{RULES}\n{ADOPTED}\n{BODY}"
    docs = [d for d in parse_text(text).documents if d.title != HEAD]
    assert [(d.title, d.doc_number and d.doc_number.text, str(d.date), d.issuer) for d in docs] == [
        (RULES, "某某市人民代表大会常务委员会公告第37号", "2021-10-20", SIGNER)
    ]


def test_an_announcement_of_other_rules_over_the_title_is_not_theirs() -> None:
    """The sentence above names other rules: the title's rules keep their adoption date and no number."""
    other = ANNOUNCEMENT.replace("《某某市物业管理条例》", "《某某市养犬管理条例》")
    text = f"{HEAD}\n第三十七号\n{other}\n{SIGNER}\n{DAY}\n{RULES}\n{ADOPTED}\n{BODY}"
    docs = [d for d in parse_text(text).documents if d.title == RULES]
    assert [(d.doc_number, str(d.date)) for d in docs] == [(None, "2021-10-17")]
