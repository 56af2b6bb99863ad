"""Document numbers (文号): 京平政发〔2021〕1号, 国办发明电〔2020〕24号, 国令第707号.

One compiled regex finds every candidate in a single scan; a few lines of Python per *match*
(never per character) fix the agency's left edge, fold the number to its canonical text and
check the year. Nothing here raises on odd text, and pydantic is imported only by the two
public wrappers that return :class:`gazette_extract.models.DocNumber`.

Forms accepted (each has a real example below and a row in ``tests/test_docnumber.py``):

* ``agency〔year〕serial号`` — the GB/T 9704 form. Any of 〔〕 [] ［］ () （） 【】 ﹝﹞ 〖〗 「」 〈〉 《》, even a
  mismatched pair from a PDF converter; spaces (not line breaks) anywhere inside; full-width
  digits; ``第`` before the serial; Traditional 號. Canonical: ``京政发〔2021〕1号``.
* ``agency令第serial号`` — numbered orders, no year: 国令第707号, 财政部令第12号,
  中华人民共和国国务院令第707号. An order's agency drops the state prefix and takes its series'
  short name (:data:`ORDER_AGENCY_ALIASES`: 中华人民共和国国务院令 → 国令, 中华人民共和国主席令 →
  主席令), so one decree has one canonical number however it is cited; ``raw`` keeps the print.
  The running series 国令 and 主席令 carry no year: 国务院令〔2003〕第394号 is 国令第394号.
* ``agency公告year年第serial号`` — numbered announcements: 国家税务总局公告2018年第28号.
  Canonical keeps this form (it is how such numbers are cited); a bare 2021年第5号 is rejected.
* ``agency公告第serial号`` — a body's announcements in one running series, no year:
  海南省人民代表大会常务委员会公告第55号 (the body, three characters or more, is the agency);
  the serial may be bracketed or in Chinese numerals (…公告（第十七号）→ …公告第17号).
  An agency that is a body's name (ending 公告, 通告, 令) may be up to 20 characters long.
* ``body year年第serial号公告`` — the year and serial before the kind: 国家税务总局2018年第28号公告 →
  国家税务总局公告2018年第28号 (the body: three characters or more ending 局/部/委/院 …).
* ``agency令year年第serial号`` — a ministry's orders numbered within a year: 交通运输部令2016年第55号
  (canonical keeps the year); a government's orders run on across years, so 某省人民政府令2016年第116号
  is 某省人民政府令第116号, and 国务院令2003年第394号 is 国令第394号.
* ``body第serial号令`` — an order's serial before 令, perhaps after its promulgation's year:
  国务院第397号令 → 国令第397号, 建设部〔2007〕第162号令 → 建设部令第162号 (a body's name only:
  第3号令, 本局第3号令 are words). A bracketed number followed by 令 is never the 〔year〕 form.
* ``agency〔yearserial号`` — the closing bracket lost (国办发〔2018104号, 赣府厅字〔201590号): a
  four-digit year 1900–2099 then a serial of 1–4 digits. Canonical: ``国办发〔2018〕104号``.
* ``agency字第serial號`` — Taiwan's form: 台財稅字第10804567890號, the serial (9–12 digits) opening
  with the ROC year (108 = 2019), its digits perhaps Chinese numerals as the presidential gazette
  prints them (華總一義字第○九一○○一二五二五○號). Canonical keeps the serial's digits:
  台财税字第10804567890号, 华总一义字第09100125250号.
* ``〔year〕agency字第serial号`` — the old year-first form: 〔1996〕武司字第82号 (gwy-45).
  Only agencies ending in 字, so court case numbers such as （2020）京01民终123号 stay out.
  Canonical is re-ordered to ``武司字〔1996〕82号``.

Decisions on ambiguous forms:

* Two-digit years (国发[98]12号) are read as 1950–1999 → 19xx; 00–49 are rejected, because by
  then four-digit years were standard (GB/T 9704-1999) and ``[12]`` is more likely a footnote.
* Four-digit years must lie in 1900–2099; serial 0 is rejected.
* A number needs an agency: ``〔2021〕1号`` alone, 第4626号提案 and 第5号 are rejected; so is one
  whose agency follows a template's placeholder (XX府办发〔2017〕33号, ××府发〔2019〕3号).
* A year and serial run together with no bracket at all (宜府办字202159号) stay out (s11-cites11
  probed one real page of this form: too little to read it without false numbers).
* The agency is 1–12 CJK characters (a leading 中华人民共和国 does not count towards the 12);
  it starts after a non-CJK character (punctuation, bracket, space, digit, line start), after
  the date tail of 2018年12月18日, or after the last stop-word in :data:`AGENCY_STOP_WORDS`
  (按照, 根据, 落实, 和, 的 …). Spaces end an agency, so 财政部 税务总局公告… yields 税务总局公告.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .._pattern_cache import compile_re
from ..data import DocNumber as DocNumberRecord
from ..data import to_dict
from ..vocab.common import CJK_EXTENDED as _CJK
from ..vocab.common import LazyPattern, alternation
from ..vocab.docnumber import (
    AGENCY_BODY_NAMES,
    AGENCY_KEEP_WORDS,
    AGENCY_SERIES_WORDS,
    AGENCY_STOP_WORDS,
    ORDER_AGENCY_ALIASES,
    ORDER_SERIES_WITHOUT_YEAR,
    SERIAL_FIRST_ORDER_SERIES,
    TAIWAN_NUMBER_BODIES,
)
from ..vocab.numerals import CN_DIGITS, CN_ORDINALS
from .dates import cn_to_int

if TYPE_CHECKING:  # pydantic stays out of start-up; the wrappers import models when called
    from gazette_extract.models import DocNumber  # lazy on purpose

__all__ = [
    "AGENCY_KEEP_WORDS",
    "AGENCY_STOP_WORDS",
    "canonical",
    "doc_number_dict",
    "find_doc_numbers",
    "iter_doc_numbers",
    "order_agency",
    "parse_doc_number",
    "read_doc_number",
    "scan_doc_numbers",
]

AGENCY_MAX = 12  # characters; 中华人民共和国住房和城乡建设部令 is 7 + 9
# A body's own name as the agency of its orders and announcements (海南省人民代表大会常务委员会公告,
# 16 characters): a window of 12 cut it inside the name (民代表大会常务委员会公告)
AGENCY_MAX_BODY = 20

# Where an agency begins (AGENCY_STOP_WORDS, AGENCY_KEEP_WORDS): vocab/docnumber.py.

# The state prefix does not count towards AGENCY_MAX.
_STATE_PREFIX = "中华人民共和国"

# A keep word, else a stop word: a match is a stop when its text is no keep word (a keep word wins at
# its place, as the first alternatives). No group around the stop words: every alternative opens on
# a character, so re scans for them instead of trying the pattern at every position.
_AGENCY_EDGE = compile_re(
    "|".join(map(re.escape, AGENCY_KEEP_WORDS))
    + "|"
    + alternation(AGENCY_STOP_WORDS)
    # a date in Chinese numerals before the agency (二〇〇五年三月十日某市人民政府令第12号): its 日 ends it,
    # as the date tail of 2005年3月10日 does in DOC_NUMBER
    + f"|月[〇○零{CN_ORDINALS}]{{1,3}}日"
)
_AGENCY_KEEPS = frozenset(AGENCY_KEEP_WORDS)
_BODY_NAME = compile_re(alternation(AGENCY_BODY_NAMES))
_BODY_AGENCY_ENDS = ("公告", "通告", "令")  # forms whose agency is the body's name itself
_SERIES_AGENCY_MIN = 5  # 国务院公告第1号: a body of three characters or more before 公告

# Building blocks of DOC_NUMBER.
# An agency character: any CJK except the ones that end a number (号 號) or start its serial (第).
_AGENCY_CHAR = rf"(?:(?![号號第])[{_CJK}])"
_D = "[0-9\uff10-\uff19]"  # ASCII or full-width digit: 2021, ２０２１
_H = "[ \\t\u3000\u00a0]*"  # spaces inside a number; a line break ends it
# 「」〈〉《》: what some converters and Traditional pages put for 〔〕 (京政发「2019」5号, 京政发《2019》5号)
_OPEN = "〔［\\[（(【﹝〖「〈《"  # escaped for use inside [...]
_CLOSE = "〕］\\]）)】﹞〗」〉》"
_YEAR = rf"{_D}{_H}{_D}(?:{_H}{_D}{_H}{_D})?"  # 2021, ２０２１, 98 — never 3 digits (（010）)
_YEAR4 = rf"{_D}{_H}{_D}{_H}{_D}{_H}{_D}"
_SERIAL = rf"{_D}(?:{_H}{_D}){{0,5}}"
_HAO = "[号號]"

DOC_NUMBER = LazyPattern(
    rf"""
    (?<!{_AGENCY_CHAR})                 # the agency run starts where a CJK run starts
    (?:(?<={_D})[年月日期])?            # ... or after a date tail: 2018年12月18日|中华人民共和国国务院令
    (?P<agency>{_AGENCY_CHAR}++)        # the whole run; Python trims its left edge
    (?:
        # 京平政发〔2021〕1号  京平政农发[2019]2号  京平政发 〔 2021 〕 1 号  京政发〔2021〕第1号
        # 港府發〔2020〕3號  国发[98]12号  某政发〔2022年〕15号 (the year's 年 inside the bracket: rosters round 18)
        {_H} [{_OPEN}] {_H} (?P<year>{_YEAR}) {_H} (?:年{_H})? [{_CLOSE}] {_H} (?:第{_H})?
        (?P<serial>{_SERIAL}) {_H} {_HAO} (?!{_H}令)   # 建设部〔2007〕第162号令 is an order (below)
    |
        # 国办发〔2018104号 — the closing bracket lost by a converter: a four-digit year 19xx/20xx
        # then the serial (国办发〔2018〕104号); a year and serial run together with no bracket
        # at all stay out (京政发2018104号 has no year to read)
        {_H} [{_OPEN}] {_H} (?P<lost_year>(?:19|20)\d\d) (?P<lost_serial>\d{{1,4}}) {_H} {_HAO}
    |
        # 国令第707号  中华人民共和国国务院令第707号  财政部令 第 12 号
        # 中华人民共和国主席令 第十六号: laws are promulgated with the serial in Chinese numerals
        # 中华人民共和国国务院令（第711号）: the serial in brackets after the order's name
        (?<=令) {_H} (?P<order_open>[（(])? {_H} 第 {_H} (?P<order_serial>{_SERIAL}|[{CN_ORDINALS}百零〇]{{1,7}}) {_H} {_HAO}
        (?(order_open) {_H} [）)])
    |
        # 台財稅字第10804567890號 (Taiwan: the serial opens with the ROC year, 108 = 2019)
        (?<=字) {_H} 第 {_H} (?P<roc_serial>\d{{9,12}}|[〇○零一二三四五六七八九]{{9,12}}) {_H} {_HAO}
    |
        # 国家税务总局公告2018年第28号  公告2021年第5号
        (?<=公告) {_H} (?P<notice_year>{_YEAR4}) {_H} 年 {_H} 第 {_H}
        (?P<notice_serial>{_SERIAL}) {_H} {_HAO}
    |
        # 交通运输部令2016年第55号  商务部令2004年第16号: a ministry's orders numbered within a year
        (?<=令) {_H} (?P<order_year>{_YEAR4}) {_H} 年 {_H} 第 {_H}
        (?P<order_year_serial>{_SERIAL}) {_H} {_HAO}
    |
        # 海南省人民代表大会常务委员会公告第55号: a body's announcements numbered in one series
        # 深圳市人民代表大会常务委员会公告（第十七号）: its serial in a bracket, in Chinese numerals
        (?<=公告) {_H} (?P<series_open>[（(])? {_H} 第 {_H}
        (?P<series_serial>{_SERIAL}|[{CN_ORDINALS}百零〇]{{1,7}}) {_H} {_HAO}
        (?(series_open) {_H} [）)])
    |
        # 国家税务总局2018年第28号公告: the announcement's year and serial printed before its kind
        {_H} (?P<pre_notice_year>{_YEAR4}) {_H} 年 {_H} 第 {_H} (?P<pre_notice_serial>{_SERIAL}) {_H} {_HAO} 公告
    |
        # 国务院第397号令  建设部第89号令  建设部〔2007〕第162号令: an order's serial printed before 令
        # (the year of the bracket is the promulgation's: the series runs on, 建设部令第162号)
        # 国务院397号令: without 第 for the State Council's running series only (交通运输部5号令 is a
        # short name of 交通运输部令2013年第5号, not 交通运输部令第5号)
        {_H} (?:[{_OPEN}] {_H} {_YEAR} {_H} [{_CLOSE}] {_H})? (?P<pre_order_di>第)? {_H}
        (?P<pre_order_serial>{_SERIAL}|[{CN_ORDINALS}百零〇]{{1,7}}) {_H} {_HAO} 令
    |
        # 释字第632号: Taiwan's Judicial Yuan numbers its interpretations in one series, no year
        (?<=释字) {_H} 第 {_H} (?P<interpretation>{_SERIAL}) {_H} {_HAO}
    )
    |
    # 〔1996〕武司字第82号 — year first, agency ending in 字
    [{_OPEN}] {_H} (?P<first_year>{_YEAR}) {_H} [{_CLOSE}] {_H}
    (?P<first_agency>{_AGENCY_CHAR}{{1,{AGENCY_MAX}}}+) (?<=字) {_H} (?:第{_H})?
    (?P<first_serial>{_SERIAL}) {_H} {_HAO}
    """,
    re.VERBOSE,
)

# Strip spaces and fold full-width digits: "２０ ２１" → "2021".
_FOLD_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789", " \t\u3000\u00a0")

# What may surround a string that *is* a number: spaces and punctuation, nothing else.
_ONLY_PUNCT = compile_re(r"[\W_]*")

# Agencies whose numbers are written 2018年第28号 rather than 〔2018〕28号.
_NOTICE_SUFFIX = "公告"


def order_agency(agency: str) -> str:
    """An order's agency in its series' short name: 中华人民共和国国务院令 → 国令, 中华人民共和国
    财政部令 → 财政部令; any other agency as it is."""
    if not agency.endswith("令"):
        return agency
    agency = agency.removeprefix(_STATE_PREFIX)
    return ORDER_AGENCY_ALIASES.get(agency, agency)


def canonical(agency: str, year: int | None, serial: int) -> str:
    """The canonical text of a number: 京平政发〔2021〕1号, 国令第707号, 国家税务总局公告2018年第28号."""
    if year is None or agency in ORDER_SERIES_WITHOUT_YEAR:
        return f"{agency}第{serial}号"
    if agency.endswith(_NOTICE_SUFFIX):
        return f"{agency}{year}年第{serial}号"
    return f"{agency}〔{year}〕{serial}号"


def _agency_start(run: str) -> int:
    """Index in ``run`` (the CJK run before the bracket) where the agency begins.

    The window is the last AGENCY_MAX characters, widened to take in a 中华人民共和国 that
    ends inside or right before it; the agency starts after the window's last stop-word.
    Trimming ``run[start:]`` again gives 0, so canonical texts parse back to themselves.
    """
    window = max(0, len(run) - (AGENCY_MAX_BODY if run.endswith(_BODY_AGENCY_ENDS) else AGENCY_MAX))
    state = run.find(_STATE_PREFIX, max(0, window - len(_STATE_PREFIX)))
    if state != -1:
        window = state  # 依照中华人民共和国国务院令: the prefix begins the agency
    start = window
    for m in _AGENCY_EDGE.finditer(run, window):
        if m.group() not in _AGENCY_KEEPS:
            start = m.end()
    return start


def _body_name_end(agency: str) -> int:
    """Where an abbreviation begins after a body's name written before it (AGENCY_BODY_NAMES):
    after the last name, when two characters or more of agency follow it; else 0 (区政府办公室
    〔2020〕3号 is kept whole: no abbreviation follows the names)."""
    if agency.endswith(_BODY_AGENCY_ENDS):
        return 0  # 重庆市人民代表大会常务委员会公告[2011]第35号: an announcement's agency is its body
    cut = 0
    for m in _BODY_NAME.finditer(agency):
        cut = m.end()
    if agency[cut:] in AGENCY_SERIES_WORDS:
        return 0  # 县政府办发〔2019〕12号: a series word alone after the name, no abbreviation (办发 was read)
    return cut if len(agency) - cut >= 2 else 0


_AGENCY_HEAD_MAX = 3  # 民[1989]综字29号: the agency's first characters before the year, a few at most


def _agency_head(text: str, at: int) -> str:
    """The agency's first characters printed right before a year-first number's bracket (民 of
    民[1989]综字29号), after any stop-word; "" when there are none, more than a few, or a body's
    name (县政府〔1996〕武司字第82号: the body, then its number)."""
    k = at
    while k > 0 and at - k <= AGENCY_MAX and _CJK_CHAR_RE.match(text, k - 1):
        k -= 1
    run = text[k:at]
    lead = run[_agency_start(run) :] if run and at - k <= AGENCY_MAX else ""
    if len(lead) > _AGENCY_HEAD_MAX or _BODY_NAME.search(lead) or lead.endswith(_BODY_ENDS):
        return ""
    return lead


_CJK_CHAR_RE = compile_re(f"[{_CJK}]")
# what ends a body's name rather than an agency's first characters (县政府, 市委, 某某局)
_BODY_ENDS = ("府", "委", "局", "厅", "部", "院", "会", "办", "室", "处", "省", "市", "县", "区")


def _year(digits: str) -> int | None:
    """2021 → 2021, 98 → 1998; None for years no document number carries."""
    digits = digits.translate(_FOLD_DIGITS)
    value = int(digits)
    if len(digits) == 2:
        return 1900 + value if value >= 50 else None
    return value if 1900 <= value <= 2099 else None


def _serial(digits: str) -> int | None:
    if not digits[:1].isdigit():
        return cn_to_int(digits)  # 第十六号 (an order's serial)
    value = int(digits.translate(_FOLD_DIGITS))
    return value or None


# What a body's name ends with when it is the agency of its own orders and announcements printed with
# the serial first (国务院第397号令, 建设部第89号令, 国家税务总局2018年第28号公告): never a word of a sentence
_BODY_AGENCY_SUFFIXES = ("院", "部", "委", "局", "署", "府", "会", "行", "厅", "办", "室")
_ROC_YEAR_MAX = 150  # 2061: a Taiwan serial's opening year beyond it is no year
_ROC_TWO_DIGIT_SERIAL_LEN = 10  # digits of a serial opening with a two-digit year (8903051500; 9 digits: no year)
_STATE_COUNCIL = "国务院"  # 国务院397号令: its running series is cited without 第 too
_GOVERNMENT = "政府"  # 某某省人民政府令, 市政府令: a government's orders, one running series
_BODY_AGENCY_MIN = 2  # 国务院 (3), 建设部 (3), 省政府 (3); 本局/该部 are words (2), cut by the stop-words


def _is_body(agency: str) -> bool:
    """Is ``agency`` a body's name (国务院, 建设部, 交通运输部, 国家税务总局, 省政府), not a word?"""
    return len(agency) > _BODY_AGENCY_MIN and agency.endswith(_BODY_AGENCY_SUFFIXES)


# Marks a template prints in place of a body's name (XX府办发〔2017〕33号, ××县政发〔2019〕3号): the
# number's agency is not printed, and a number read from what follows the marks would be a false one
_PLACEHOLDER_MARKS = frozenset("XxＸｘ×*＊")


def _from_match(text: str, m: re.Match[str]) -> tuple[int, int, DocNumberRecord] | None:
    """The (start, end, number) of one DOC_NUMBER match, or None when it is not a number."""
    found = _read_match(text, m)
    if found is not None and found[0] > 0 and text[found[0] - 1] in _PLACEHOLDER_MARKS:
        return None  # XX府办发〔2017〕33号: a template's placeholder, not 府办发〔2017〕33号
    return found


_TAIWAN_BODIES = tuple(sorted(TAIWAN_NUMBER_BODIES, key=len, reverse=True))
_TAIWAN_AGENCY_MIN = 3  # 院授人力字, 台内民字, 经商字: what stays after the body is an agency of its own


def _taiwan_body(agency: str) -> str | None:
    """The Taiwan body's name that opens ``agency`` when an agency of its own follows (行政院|院授人力字), else None."""
    for body in _TAIWAN_BODIES:
        if agency.startswith(body) and len(agency) - len(body) >= _TAIWAN_AGENCY_MIN:
            return body
    return None


def _read_match(text: str, m: re.Match[str]) -> tuple[int, int, DocNumberRecord] | None:
    """:func:`_from_match` before the placeholder check."""
    if m.group("first_agency") is not None:
        start, agency = m.start(), m.group("first_agency")
        year, serial = _year(m.group("first_year")), _serial(m.group("first_serial"))
        if year is None or _agency_start(agency):  # 〔2021〕的字第1号: words, not an agency
            return None
        if lead := _agency_head(text, start):
            # 民[1989]综字29号: the agency printed around the year (民综字〔1989〕29号)
            agency, start = lead + agency, start - len(lead)
    else:
        run = m.group("agency")
        cut = _agency_start(run)
        agency, start = run[cut:], m.start("agency") + cut
        if not agency:
            return None
        if m.group("serial") is not None or m.group("lost_serial") is not None:
            if m.group("serial") is not None:
                year, serial = _year(m.group("year")), _serial(m.group("serial"))
                if year is None:
                    return None
            else:
                year, serial = _year(m.group("lost_year")), _serial(m.group("lost_serial"))
            body = _body_name_end(agency)  # 省政府办公厅鄂政办发 → 鄂政办发
            agency, start = agency[body:], start + body
        elif (digits := m.group("roc_serial")) is not None:
            digits = digits if digits.isdigit() else "".join(str(CN_DIGITS[c]) for c in digits)  # 第○九一○○…號
            roc_year = int(digits[:3])
            if roc_year > _ROC_YEAR_MAX and len(digits) == _ROC_TWO_DIGIT_SERIAL_LEN:
                # 府法三字第8903051500號: serials printed before 2000 (ROC 89) open with a two-digit year
                roc_year = int(digits[:2])
            if not 1 <= roc_year <= _ROC_YEAR_MAX:
                return None
            if (tw_body := _taiwan_body(agency)) is not None:
                agency, start = agency[len(tw_body) :], start + len(tw_body)  # 行政院院授人力字 → 院授人力字 (trad18)
            agency = order_agency(agency)
            number = DocNumberRecord(
                text=f"{agency}第{digits}号",
                raw=text[start : m.end()],
                agency=agency,
                year=roc_year + 1911,
                serial=int(digits),
            )
            return start, m.end(), number
        elif m.group("order_serial") is not None:
            year, serial = None, _serial(m.group("order_serial"))
        elif m.group("interpretation") is not None:
            if agency != "释字" and not agency.endswith(("院释字", "会释字")):
                return None  # 解释字第3号: only the Judicial Yuan's own series (司法院释字第632号)
            start += len(agency) - 2
            agency, year, serial = "释字", None, _serial(m.group("interpretation"))
        elif m.group("series_serial") is not None:
            if len(agency) < _SERIES_AGENCY_MIN:
                return None  # 公告第3号 / 该公告第3号: no body names the series
            year, serial = None, _serial(m.group("series_serial"))
        elif m.group("order_year_serial") is not None or m.group("pre_notice_serial") is not None:
            # 交通运输部令2016年第55号, 国家税务总局2018年第28号公告: a body's series within a year; the
            # body (three characters or more, a body's ending) is the agency
            if m.group("pre_notice_serial") is not None:
                kind, digits, serial_digits = "公告", m.group("pre_notice_year"), m.group("pre_notice_serial")
                named = agency
            else:
                kind, digits, serial_digits = "", m.group("order_year"), m.group("order_year_serial")
                named = agency.removesuffix("令")
            year, serial = _year(digits), _serial(serial_digits)
            if year is None or serial is None or not _is_body(named):
                return None
            agency = order_agency(agency + kind)
            if agency in ORDER_SERIES_WITHOUT_YEAR or (not kind and _GOVERNMENT in agency):
                # 国务院令2003年第394号 (国令第394号), 广西壮族自治区人民政府令2016年第116号 (a law database's
                # key): a government's orders run on across years, the year is the promulgation's
                year = None
                canonical_text = canonical(agency, None, serial)
            else:
                canonical_text = f"{agency}{year}年第{serial}号"
            number = DocNumberRecord(
                text=canonical_text, raw=text[start : m.end()], agency=agency, year=year, serial=serial
            )
            return start, m.end(), number
        elif m.group("pre_order_serial") is not None:
            # 国务院第397号令 → 国令第397号, 建设部第89号令 → 建设部令第89号
            if not _is_body(agency) or (m.group("pre_order_di") is None and agency != _STATE_COUNCIL):
                return None
            agency, year, serial = agency + "令", None, _serial(m.group("pre_order_serial"))
        else:
            year, serial = _year(m.group("notice_year")), _serial(m.group("notice_serial"))
            if year is None:
                return None
    if serial is None:
        return None
    agency = order_agency(agency)
    if agency in ORDER_SERIES_WITHOUT_YEAR:
        year = None  # 国务院令〔2003〕第394号: the series runs on across years (raw keeps the year)
    end = m.end()
    number = DocNumberRecord(
        text=canonical(agency, year, serial), raw=text[start:end], agency=agency, year=year, serial=serial
    )
    return start, end, number


# 签署第72号主席令 / 第七百一十一号国务院令: a national order's serial before its series' name (SERIAL_FIRST_ORDER_SERIES)
SERIAL_FIRST_ORDER_RE = compile_re(
    rf"第{_H}(?P<serial>{_SERIAL}|[{CN_ORDINALS}百零〇]{{1,7}}){_H}{_HAO}{_H}"
    rf"(?P<series>{alternation(SERIAL_FIRST_ORDER_SERIES)})"
)


def _serial_first_orders(text: str) -> list[tuple[int, int, DocNumberRecord]]:
    """The numbers :data:`SERIAL_FIRST_ORDER_RE` finds: 第72号主席令 → 主席令第72号."""
    found = []
    for m in SERIAL_FIRST_ORDER_RE.finditer(text):
        serial = _serial(m.group("serial"))
        if serial is None:
            continue
        agency = order_agency(m.group("series"))
        number = DocNumberRecord(
            text=canonical(agency, None, serial), raw=m.group(), agency=agency, year=None, serial=serial
        )
        found.append((m.start(), m.end(), number))
    return found


def scan_doc_numbers(text: str) -> Iterator[tuple[int, int, DocNumberRecord]]:
    """Every document number in ``text`` as (start, end, number); offsets index ``text``.

    The spans let the pipeline mask numbers so that the 2021 of 〔2021〕 is never read as a date.
    """
    if not isinstance(text, str) or ("号" not in text and "號" not in text):
        return
    extra = _serial_first_orders(text) if "令" in text else []
    for m in _number_matches(text):
        found = _from_match(text, m)
        if found is not None:
            while extra and extra[0][0] < found[0]:
                yield extra.pop(0)
            extra = [e for e in extra if e[0] >= found[1]]  # never two numbers over one span
            yield found
    yield from extra


# Characters no number holds (its agency is CJK, its parts digits, brackets and spaces; a line break
# ends it): a match that reaches a 号 begins after the last of them before it
_NUMBER_BARRIERS = ("\n", "。", "，", "；", "、")


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """DOC_NUMBER.finditer(text), without trying the pattern where no match can begin. It opens on a
    look-behind, so re tries it at every position: every match holds a 号 (號) and no barrier
    character, so each search starts after the last barrier before the next 号, and none is made
    past the last 号. The next place of each mark is kept until a match passes it: looked for again
    at every match, the mark a text never prints (號, mostly) was looked for to its end each time."""
    pos = 0
    simplified, traditional = text.find("号"), text.find("號")  # each mark's next place (-1: none left)
    while True:
        if 0 <= simplified < pos:
            simplified = text.find("号", pos)
        if 0 <= traditional < pos:
            traditional = text.find("號", pos)
        hao = simplified if traditional < 0 or 0 <= simplified < traditional else traditional
        if hao < 0:
            return
        start = pos
        for barrier in _NUMBER_BARRIERS:
            start = max(start, text.rfind(barrier, pos, hao) + 1)
        m = DOC_NUMBER.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()


def read_doc_number(text: str) -> DocNumberRecord | None:
    """``text`` if it *is* one document number (give or take spaces and punctuation around it,
    as in （国办发〔2020〕44号）), else None."""
    found = list(scan_doc_numbers(text))
    if len(found) != 1:
        return None
    start, end, number = found[0]
    if _ONLY_PUNCT.fullmatch(text, 0, start) and _ONLY_PUNCT.fullmatch(text, end):
        return number
    return None


def iter_doc_numbers(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """:func:`scan_doc_numbers` with each number as a dict, the keys of
    :class:`~gazette_extract.models.DocNumber` (for callers outside the pipeline)."""
    for start, end, number in scan_doc_numbers(text):
        yield start, end, to_dict(number)


def doc_number_dict(text: str) -> dict[str, Any] | None:
    """:func:`read_doc_number` as a dict with the keys of :class:`~gazette_extract.models.DocNumber`."""
    number = read_doc_number(text)
    return to_dict(number) if number is not None else None


def parse_doc_number(text: str) -> DocNumber | None:
    """``text`` as a :class:`~gazette_extract.models.DocNumber`, or None if it is not one."""
    fields = doc_number_dict(text)
    if fields is None:
        return None
    from gazette_extract.models import DocNumber  # lazy on purpose

    return DocNumber(**fields)


def find_doc_numbers(text: str) -> list[DocNumber]:
    """Every document number in ``text``, in order, as :class:`~gazette_extract.models.DocNumber`."""
    found = list(iter_doc_numbers(text))
    if not found:
        return []
    from gazette_extract.models import DocNumber

    return [DocNumber(**fields) for _, _, fields in found]
