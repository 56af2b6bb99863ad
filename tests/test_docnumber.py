"""Document numbers (文号): table-driven examples, running text, and properties.

Rows are grouped by origin: numbers printed in the bundled real samples, variants seen in other
gazettes and converters, and look-alikes that must not match.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gazette_extract.grammars.docnumber import (
    AGENCY_KEEP_WORDS,
    AGENCY_STOP_WORDS,
    canonical,
    doc_number_dict,
    find_doc_numbers,
    iter_doc_numbers,
    order_agency,
    parse_doc_number,
)
from gazette_extract.models import DocNumber
from gazette_extract.vocab.docnumber import AGENCY_BODY_NAMES, ORDER_SERIES_WITHOUT_YEAR


def row(id_: str, text: str, expected: str | None, agency: str = "", year: int | None = None, serial: int = 0, **kw):
    """A table row: ``text`` parses to canonical ``expected`` (None: not a number)."""
    fields = None if expected is None else {"text": expected, "agency": agency, "year": year, "serial": serial}
    return pytest.param(text, fields, id=id_, **kw)


# Printed in samples/pinggu-2021-01.txt and /work/shared/samples/more/gwy-*.txt.
FROM_SAMPLES = [
    row("pinggu-heading", "京平政发〔2021〕1号", "京平政发〔2021〕1号", "京平政发", 2021, 1),
    row("pinggu-office", "京平政办发〔2021〕1号", "京平政办发〔2021〕1号", "京平政办发", 2021, 1),
    row("pinggu-ascii-brackets", "(京平政农发[2019]2号)", "京平政农发〔2019〕2号", "京平政农发", 2019, 2),
    row("pinggu-cited-in-paren", "（国办发明电〔2020〕24号）", "国办发明电〔2020〕24号", "国办发明电", 2020, 24),
    row("gwy-guofa", "国发〔2018〕42号", "国发〔2018〕42号", "国发", 2018, 42),
    row("gwy-guoban-3-digit", "国办发〔2018〕123号", "国办发〔2018〕123号", "国办发", 2018, 123),
    row("gwy-guobanhan", "国办函〔2004〕57号", "国办函〔2004〕57号", "国办函", 2004, 57),
    row("gwy-guohan", "国函〔2006〕132号", "国函〔2006〕132号", "国函", 2006, 132),
    row("gwy-1981", "国发〔1981〕88号", "国发〔1981〕88号", "国发", 1981, 88),
    row("gwy-metadata-value", "发文字号：国办发明电〔2018〕15号", None),  # the key is not punctuation
    row("gwy-order", "国令第707号", "国令第707号", "国令", None, 707),
    # an order's agency drops the state prefix and takes its series' short name (ORDER_AGENCY_ALIASES)
    row("gwy-order-state", "中华人民共和国国务院令第707号", "国令第707号", "国令", None, 707),
    row("order-state-council-with-year", "国务院令〔2003〕第394号", "国令第394号", "国令", None, 394),
    row("order-premier-series", "中华人民共和国国务院总理令第1号", "国令第1号", "国令", None, 1),
    row("order-president-state", "中华人民共和国主席令第69号", "主席令第69号", "主席令", None, 69),
    row("order-president-cn-serial", "中华人民共和国主席令 第十六号", "主席令第16号", "主席令", None, 16),
    row("order-president-cn-serial-5", "中华人民共和国主席令第五号", "主席令第5号", "主席令", None, 5),
    row("order-state-council-cn-serial", "国务院令第七百零七号", "国令第707号", "国令", None, 707),
    row("order-local-kept", "广州市人民政府令第100号", "广州市人民政府令第100号", "广州市人民政府令", None, 100),
    row(
        "order-local-with-year-kept",
        "某省人民政府令〔2019〕3号",
        "某省人民政府令〔2019〕3号",
        "某省人民政府令",
        2019,
        3,
    ),
    row("gwy-ministry-4-digit", "发改农经〔2004〕1933号", "发改农经〔2004〕1933号", "发改农经", 2004, 1933),
    row("gwy-hubei-wen", "鄂政文〔2004〕15号", "鄂政文〔2004〕15号", "鄂政文", 2004, 15),
    row("gwy-year-first-zi", "（〔1996〕武司字第82号）", "武司字〔1996〕82号", "武司字", 1996, 82),
    row("gwy-proposal-not-number", "全国政协十届四次会议第4626号提案", None),
    row("gwy-proposal-bare", "第4626号", None),
]

# Variants from other gazettes, converters and the GB/T 9704 templates.
VARIANTS = [
    row("space-before-hao", "京兴政办发〔2023〕1 号", "京兴政办发〔2023〕1号", "京兴政办发", 2023, 1),
    row("spaces-everywhere", "京平政发 〔 2021 〕 1 号", "京平政发〔2021〕1号", "京平政发", 2021, 1),
    row("ideographic-spaces", "京平政发\u3000〔2021〕\u30001号", "京平政发〔2021〕1号", "京平政发", 2021, 1),
    row("spaced-digits", "京平政发〔2 0 2 1〕1 2号", "京平政发〔2021〕12号", "京平政发", 2021, 12),
    row("full-width-digits", "京政发〔２０２１〕１号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("di-before-serial", "京政发〔2021〕第1号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("leading-zero", "京政发〔2021〕01号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("full-width-di-zero", "京政发〔２０２１〕第０１号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("traditional", "港府發〔2020〕3號", "港府發〔2020〕3号", "港府發", 2020, 3),
    row("full-width-square", "京政发［2021］1号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("full-width-round", "京政发（2021）1号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("lenticular", "京政发【2021】1号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("small-tortoise", "京政发﹝2021﹞1号", "京政发〔2021〕1号", "京政发", 2021, 1),
    row("mismatched-brackets", "京平政农发[2019〕2号", "京平政农发〔2019〕2号", "京平政农发", 2019, 2),
    row("mingdian-guofa", "国发明电〔2020〕1号", "国发明电〔2020〕1号", "国发明电", 2020, 1),
    row("zi-marker", "京政字〔2019〕5号", "京政字〔2019〕5号", "京政字", 2019, 5),
    row("zhongfa", "中发〔1994〕8号", "中发〔1994〕8号", "中发", 1994, 8),
    row("guangdong-han", "粤府函〔2020〕10号", "粤府函〔2020〕10号", "粤府函", 2020, 10),
    row("jiangsu-gui", "苏政规〔2020〕1号", "苏政规〔2020〕1号", "苏政规", 2020, 1),
    row("anhui-mi", "皖政秘〔2019〕200号", "皖政秘〔2019〕200号", "皖政秘", 2019, 200),
    row("chongqing-bangfa", "渝府办发〔2020〕27号", "渝府办发〔2020〕27号", "渝府办发", 2020, 27),
    row("ministry-no-marker", "建城〔2020〕45号", "建城〔2020〕45号", "建城", 2020, 45),
    row("ndrc-4-digit", "发改投资〔2019〕1034号", "发改投资〔2019〕1034号", "发改投资", 2019, 1034),
    row("caishui", "财税〔2018〕54号", "财税〔2018〕54号", "财税", 2018, 54),
    row("cbirc", "银保监发〔2019〕5号", "银保监发〔2019〕5号", "银保监发", 2019, 5),
    row("rizhao-starts-with-ri", "日政发〔2020〕1号", "日政发〔2020〕1号", "日政发", 2020, 1),
    row("two-digit-year-1998", "国发[98]12号", "国发〔1998〕12号", "国发", 1998, 12),
    row("order-state-council", "国务院令第707号", "国令第707号", "国令", None, 707),
    row("order-ministry-spaced", "财政部令 第 12 号", "财政部令第12号", "财政部令", None, 12),
    row(
        "order-state-ministry-16-chars",
        "中华人民共和国住房和城乡建设部令第1号",
        "住房和城乡建设部令第1号",
        "住房和城乡建设部令",
        None,
        1,
    ),
    row(
        "order-with-he", "国家发展和改革委员会令第1号", "国家发展和改革委员会令第1号", "国家发展和改革委员会令", None, 1
    ),
    row("notice-tax", "国家税务总局公告2018年第28号", "国家税务总局公告2018年第28号", "国家税务总局公告", 2018, 28),
    row("notice-bare", "公告2021年第5号", "公告2021年第5号", "公告", 2021, 5),
]

# Look-alikes: dates, issue numbers, phone numbers, counts, footnotes.
MUST_NOT_MATCH = [
    row("date", "2021年1月14日", None),
    row("bracket-year-alone", "〔2021〕", None),
    row("no-agency", "〔2021〕1号", None),
    row("issue-number", "2021年第1期", None),
    row("issue-total", "第1期（总第9期）", None),
    row("year-di-hao-no-notice", "2021年第5号", None),
    row("phone-dash", "010-69961234", None),
    row("phone-paren", "（010）69962345", None),
    row("phone-paren-hao", "（010）69962345号", None),
    row("meeting", "第30次常务会议", None),
    row("session", "第二十四届", None),
    row("amount", "1680个", None),
    row("section-number", "（一）", None),
    row("footnote", "[1]", None),
    row("year-range", "(2017年—2035年)", None),
    row("hotline", "12345市民热线", None),
    row("two-digit-year-2012", "京政发[12]3号", None),  # 00–49: footnote-like, and 4-digit years were standard
    row("year-out-of-range", "京政发〔3021〕1号", None),
    row("serial-zero", "京政发〔2021〕0号", None),
    row("no-hao", "京政发〔2021〕1", None),
    row("court-case", "（2020）京01民终123号", None),
    row("year-first-not-zi", "〔2021〕京民终123号", None),
    row("agency-only-stop-word", "的〔2021〕1号", None),
    row("year-first-words", "〔2021〕的字第1号", None),
    row("two-numbers", "国发〔2018〕41号、国发〔2018〕42号", None),
    row("empty", "", None),
]

# Known gaps: strict xfail, so that a fix is noticed.
KNOWN_GAPS = [
    row(
        "gap-letter-spaced-agency",
        "京 平 政 发〔2021〕1号",
        "京平政发〔2021〕1号",
        "京平政发",
        2021,
        1,
        marks=pytest.mark.xfail(strict=True, reason="a space ends the agency"),
    ),
]

ROWS = FROM_SAMPLES + VARIANTS + MUST_NOT_MATCH + KNOWN_GAPS


def test_rows_are_unique():
    ids = Counter(p.id for p in ROWS)
    texts = Counter(p.values[0] for p in ROWS)
    assert [i for i, n in ids.items() if n > 1] == []
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_doc_number_dict(text, expected):
    fields = doc_number_dict(text)
    if expected is None:
        assert fields is None
    else:
        assert fields is not None
        assert {k: fields[k] for k in expected} == expected
        assert fields["raw"] in text


@pytest.mark.parametrize(("text", "expected"), FROM_SAMPLES + VARIANTS)
def test_parse_doc_number_returns_the_model(text, expected):
    number = parse_doc_number(text)
    if expected is None:
        assert number is None
    else:
        assert isinstance(number, DocNumber)
        assert number.model_dump(include=set(expected)) == expected


# Running text: (sentence, [(raw, agency), …]) — the agency's left edge is the hard part.
SENTENCES = [
    pytest.param(
        "根据《关于深入推进农业领域“大棚房”问题整治严防“大棚房”问题反弹的意见》（京平政农发〔2019〕2号）工作要求，",
        [("京平政农发〔2019〕2号", "京平政农发")],
        id="pinggu-645-title-then-paren",
    ),
    pytest.param(
        "严格落实《关于严防“大棚房”问题反弹的意见》(京平政农发[2019]2号)。",
        [("京平政农发[2019]2号", "京平政农发")],
        id="pinggu-822-ascii-brackets",
    ),
    pytest.param(
        "按照《国务院办公厅关于坚决制止耕地“非农化”行为的通知》（国办发明电〔2020〕24号）精神，落实",
        [("国办发明电〔2020〕24号", "国办发明电")],
        id="pinggu-567-mingdian",
    ),
    pytest.param(
        "现印发给你们，国发〔2018〕42号文件要求的各项任务",
        [("国发〔2018〕42号", "国发")],
        id="after-comma",
    ),
    pytest.param("按照国办发〔2020〕44号文件精神", [("国办发〔2020〕44号", "国办发")], id="stop-word-anzhao"),
    # a body's name written right before its bracketed number is not part of the agency
    pytest.param(
        "按照省政府办公厅鄂政办发〔2020〕12号文件", [("鄂政办发〔2020〕12号", "鄂政办发")], id="body-bangongting"
    ),
    pytest.param("国务院国发〔2019〕28号", [("国发〔2019〕28号", "国发")], id="body-guowuyuan"),
    pytest.param("市人民政府鄂咸政发〔2021〕5号", [("鄂咸政发〔2021〕5号", "鄂咸政发")], id="body-renmin-zhengfu"),
    pytest.param("区政府办公室京平政办发〔2021〕3号", [("京平政办发〔2021〕3号", "京平政办发")], id="body-bangongshi"),
    pytest.param("省发展和改革委员会鄂发改〔2020〕5号", [("鄂发改〔2020〕5号", "鄂发改")], id="body-weiyuanhui"),
    pytest.param("区政府办公室〔2020〕3号", [("区政府办公室〔2020〕3号", "区政府办公室")], id="body-alone-kept"),
    pytest.param("人社部发〔2020〕3号", [("人社部发〔2020〕3号", "人社部发")], id="abbreviation-with-bu-kept"),
    pytest.param(
        "市政府办公室公告〔2011〕第3号",
        [("市政府办公室公告〔2011〕第3号", "市政府办公室公告")],
        id="announcement-keeps-body",
    ),
    pytest.param(
        "国家发展和改革委员会令第1号",
        [("国家发展和改革委员会令第1号", "国家发展和改革委员会令")],
        id="order-keeps-body",
    ),
    pytest.param("认真贯彻落实国发〔2018〕42号", [("国发〔2018〕42号", "国发")], id="stop-words-guanche-luoshi"),
    pytest.param("现将国办发〔2018〕124号转发给你们", [("国办发〔2018〕124号", "国办发")], id="stop-word-jiang"),
    pytest.param(
        "贯彻国办发〔2020〕44号和国发〔2018〕42号及京政发〔2021〕1号的要求",
        [("国办发〔2020〕44号", "国办发"), ("国发〔2018〕42号", "国发"), ("京政发〔2021〕1号", "京政发")],
        id="three-joined-by-he-ji",
    ),
    pytest.param(
        "《国务院办公厅关于印发国家地震局关于1994年地震趋势和加强防震减灾工作意见报告的通知》（国办发〔1994〕36号）"
        "和《国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知》（国办发〔1996〕2号）的精神",
        [("国办发〔1994〕36号", "国办发"), ("国办发〔1996〕2号", "国办发")],
        id="gwy-51-two-citations",
    ),
    pytest.param(
        "（1994年1月28日中华人民共和国国务院令第142号发布　根据2005年12月19日《决定》第一次修订"
        "　2018年12月18日中华人民共和国国务院令第707号第四次修订）",
        [
            ("中华人民共和国国务院令第142号", "国令"),
            ("中华人民共和国国务院令第707号", "国令"),
        ],
        id="gwy-33-orders-after-dates",
    ),
    pytest.param(
        "依照中华人民共和国国务院令第707号和《地质灾害防治条例》（国务院令〔2003〕第394号）",
        [("中华人民共和国国务院令第707号", "国令"), ("国务院令〔2003〕第394号", "国令")],
        id="orders-after-a-verb-and-with-a-year",
    ),
    pytest.param(
        "你部《关于武警总部后勤部机关及部分直属单位迁址新建的请示（〔1996〕武司字第82号）收悉",
        [("〔1996〕武司字第82号", "武司字")],
        id="gwy-45-year-first",
    ),
    pytest.param(
        "依据国家发展和改革委员会令第1号",
        [("国家发展和改革委员会令第1号", "国家发展和改革委员会令")],
        id="keep-word-he",
    ),
    pytest.param(
        "根据国家税务总局公告2018年第28号规定",
        [("国家税务总局公告2018年第28号", "国家税务总局公告")],
        id="notice-after-genju",
    ),
    pytest.param(
        "经国务院同意现将国务院办公厅转发国办发〔2020〕44号", [("国办发〔2020〕44号", "国办发")], id="long-run-zhuanfa"
    ),
    pytest.param(
        "学习习近平新时代中国特色社会主义思想国发〔2018〕1号",
        [("中国特色社会主义思想国发〔2018〕1号", "中国特色社会主义思想国发")],  # no stop-word: the last 12 characters
        id="long-run-without-stop-keeps-12",
    ),
    pytest.param("2020年1月3日日政发〔2020〕1号", [("日政发〔2020〕1号", "日政发")], id="date-tail-then-rizhao"),
    pytest.param(
        "财政部 税务总局公告2019年第39号",
        [("税务总局公告2019年第39号", "税务总局公告")],
        id="joint-notice-keeps-last-agency",
    ),
    pytest.param("市政府的京政发〔2021〕1号", [("京政发〔2021〕1号", "京政发")], id="stop-word-de"),
    pytest.param(
        "国务院办公厅对全国政协十届四次会议第4626号提案的答复（2006年，第30次常务会议）",
        [],
        id="gwy-26-proposal-and-meeting",
    ),
    pytest.param(
        "北京市平谷区人民政府公报 2021年第1期（总第9期）电话：（010）69962345、010-69961234，12345市民热线",
        [],
        id="cover-lookalikes",
    ),
    pytest.param(
        "京平政发〔2020〕21号..... 1\n京平政发〔2021〕1号..... 3",
        [("京平政发〔2020〕21号", "京平政发"), ("京平政发〔2021〕1号", "京平政发")],
        id="contents-lines",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_find_doc_numbers_in_running_text(sentence, expected):
    spans = list(iter_doc_numbers(sentence))
    assert [(sentence[s:e], f["agency"]) for s, e, f in spans] == expected
    assert [(n.raw, n.agency) for n in find_doc_numbers(sentence)] == expected


def test_sentence_ids_are_unique():
    assert [i for i, n in Counter(p.id for p in SENTENCES).items() if n > 1] == []


@pytest.mark.parametrize(
    ("agency", "year", "serial", "expected"),
    [
        ("京平政发", 2021, 1, "京平政发〔2021〕1号"),
        ("国令", None, 707, "国令第707号"),
        ("国家税务总局公告", 2018, 28, "国家税务总局公告2018年第28号"),
    ],
    ids=["bracketed", "order", "notice"],
)
def test_canonical(agency, year, serial, expected):
    assert canonical(agency, year, serial) == expected


def test_stop_words_are_data_without_duplicates():
    assert len(set(AGENCY_STOP_WORDS)) == len(AGENCY_STOP_WORDS)
    assert len(set(AGENCY_KEEP_WORDS)) == len(AGENCY_KEEP_WORDS)
    # a keep-word exists only to protect a stop-word inside it
    assert all(any(stop in keep for stop in AGENCY_STOP_WORDS) for keep in AGENCY_KEEP_WORDS)


def test_find_doc_numbers_on_empty_text():
    assert find_doc_numbers("") == []
    assert parse_doc_number("没有文号") is None


# --- properties -------------------------------------------------------------------------------

# Characters of real agency abbreviations (京平政农发, 国办发明电, 粤府函, 银保监发 …).
_AGENCY_CHARS = "京平政农发办国明电函字府规秘鄂川渝苏沪皖粤中财税银保监建城改投资兴津冀豫湘鲁浙赣桂闽黔港發令"
_OPENS = "〔［[（(【﹝〖"
_CLOSES = "〕］]）)】﹞〗"
_SPACE = st.sampled_from(["", "", " ", "\u3000"])


def _digits(value: int, full_width: bool) -> str:
    text = str(value)
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９")) if full_width else text


@st.composite
def bracketed_numbers(draw):
    """(raw, agency, year, serial) for agency〔year〕serial号 in its written variants."""
    agency = draw(st.text(alphabet=_AGENCY_CHARS, min_size=1, max_size=12))
    assume(not any(word in agency for word in AGENCY_STOP_WORDS))
    # a body's name before an abbreviation is cut off (省政府办公厅鄂政办发〔2020〕12号): 政府中中 → 中中
    assume(not any(name in agency for name in AGENCY_BODY_NAMES))
    two_digit = draw(st.booleans())
    year = draw(st.integers(1950, 1999)) if two_digit else draw(st.integers(1900, 2099))
    serial = draw(st.integers(1, 99999))
    full_width = draw(st.booleans())
    sp = [draw(_SPACE) for _ in range(5)]
    raw = (
        f"{agency}{sp[0]}{draw(st.sampled_from(_OPENS))}{sp[1]}"
        f"{_digits(year % 100 if two_digit else year, full_width)}{sp[2]}{draw(st.sampled_from(_CLOSES))}{sp[3]}"
        f"{draw(st.sampled_from(['', '第']))}{_digits(serial, full_width)}{sp[4]}{draw(st.sampled_from('号號'))}"
    )
    return raw, agency, year, serial


@st.composite
def order_numbers(draw):
    """(raw, agency, None, serial) for 国令第707号 and friends."""
    agency = draw(st.text(alphabet=_AGENCY_CHARS, min_size=0, max_size=11)) + "令"
    assume(not any(word in agency for word in AGENCY_STOP_WORDS))
    serial = draw(st.integers(1, 99999))
    return f"{agency}{draw(_SPACE)}第{draw(_SPACE)}{serial}{draw(_SPACE)}号", agency, None, serial


@given(st.one_of(bracketed_numbers(), order_numbers()))
def test_canonical_text_parses_back_to_itself(case):
    raw, agency, year, serial = case
    agency = order_agency(agency)  # 中华人民共和国国务院令 → 国令 (one number per decree)
    year = None if agency in ORDER_SERIES_WITHOUT_YEAR else year  # 国令〔1900〕1号 → 国令第1号
    fields = doc_number_dict(raw)
    assert fields == {
        "text": canonical(agency, year, serial),
        "raw": raw,
        "agency": agency,
        "year": year,
        "serial": serial,
    }
    assert doc_number_dict(fields["text"]) == {**fields, "raw": fields["text"]}


# Text made of the characters that matter here, so the grammar's edges are exercised.
_TRICKY = (
    _AGENCY_CHARS
    + _OPENS
    + _CLOSES
    + "0123456789０１２３４５６７８９号號第年月日期公告字和的按照根据 \u3000\n，。、《》"
)


@given(st.one_of(st.text(), st.text(alphabet=_TRICKY)))
def test_iter_doc_numbers_never_raises_and_spans_lie_in_text(text):
    previous_end = 0
    for start, end, fields in iter_doc_numbers(text):
        assert previous_end <= start < end <= len(text)
        assert fields["raw"] == text[start:end]
        assert doc_number_dict(fields["text"]) == {**fields, "raw": fields["text"]}
        previous_end = end


def test_import_does_not_load_pydantic():
    code = "import sys, gazette_extract.grammars.docnumber; print('pydantic' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
