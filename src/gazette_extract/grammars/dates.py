"""Chinese calendar dates → ISO strings.

Handles 2021年1月14日, 2021 年 1 月 14 日 (spaces are removed by normalize first),
二〇二一年一月十四日 and 二○二一年 (the circle ○ used for zero by many typesetters),
2021.1.14 / 2021-01-14 / 2021/1/14, and 元月 for January (2024年元月9日). Impossible dates (2021年2月30日) give None, never an error.
"""

from __future__ import annotations

import datetime as _dt
import re

from .._pattern_cache import compile_re
from ..vocab.numerals import CN_DIGITS, CN_ORDINALS, CN_TENS, CN_UNITS

_CN_NUM_CHARS = "〇○零一二两三四五六七八九十百千廿卅"


def cn_to_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 廿三 → 23, 一百零三 → 103, 二〇二一 → 2021 (digit by digit). None if not a numeral."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if text[0] in CN_TENS:  # 廿三 → 23, 卅 → 30
        rest = cn_to_int(text[1:]) if len(text) > 1 else 0
        return None if rest is None or rest > 9 else CN_TENS[text[0]] + rest
    if not any(ch in CN_UNITS for ch in text):
        # positional: 二〇二一
        value = 0
        for ch in text:
            digit = CN_DIGITS.get(ch, 0 if ch == "0" else None)  # 二0一九: the digit 0 typed for 〇
            if digit is None:
                return None
            value = value * 10 + digit
        return value
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


# digits one space apart are one number (2 0 1 9 年 1 2 月 3 1 日: a converter's letter-spaced line)
_NUM = rf"(?:\d(?:\s?\d)*|[{_CN_NUM_CHARS}]+)"

# The Republic's year after 中华民国 / 民国 (Taiwan: + 1911): two or three digits, or numerals, ○ typed for 〇
# (中华民国108年 / 民國一○八年); one alternation for every pattern that reads it
ROC_YEAR = rf"\d{{2,3}}|[{CN_ORDINALS}百零〇○]{{1,6}}"

DATE_RE = compile_re(
    rf"""
    (?:(?P<y>\d(?:\s?\d){{3}}|[〇○零一二三四五六七八九]{{4}}    # 2021年 / 二〇二一年 / 2 0 2 1 年
      |[一二][〇○零OoＯ0０一二三四五六七八九]{{3}})         # 二OO八年 / 二o一九年 / 二0一九年: a Latin O, o or 0 for 〇
     |(?:中[华華])?民[国國]\s*(?P<roc>{ROC_YEAR})  # 中華民國108年 / 民國一○八年 (+ 1911)
    )\s*年\s*
    (?P<m>{_NUM}|元)\s*月\s*                               # 1月 / 十二月 / 元月 (January)
    (?P<d>{_NUM})\s*[日号]                                 # 14日 / 十四日 / 14号 (news style)
    """,
    re.VERBOSE,
)
# A full date inside a line (no line break in it), for the patterns that read a line around one: a
# header or print line, a rule's history. Four-digit or Chinese-numeral years, Taiwan's 民国 years,
# ASCII or full-width digits, spaces between the parts (二〇一九年六月三日 / 2019 年 6 月 3 日 / 中华民国108年6月3日).
_LINE_DATE_NUM = f"0-9０-９〇○零{CN_ORDINALS}廿卅"
LINE_DATE = (
    rf"(?:[0-9０-９]{{4}}|[〇○零Oo0０一二三四五六七八九]{{4}}|(?:中华民国|民国)[ \t\u3000]*(?:{ROC_YEAR}))"
    r"[ \t\u3000]*年"
    rf"[ \t\u3000]*[{_LINE_DATE_NUM}]{{1,3}}[ \t\u3000]*月[ \t\u3000]*[{_LINE_DATE_NUM}]{{1,3}}[ \t\u3000]*日"
)
LINE_DATE_RE = compile_re(LINE_DATE)
NUMERIC_DATE_RE = compile_re(r"(?<!\d)(?P<y>(?:19|20)\d\d)[.\-/](?P<m>\d{1,2})[.\-/](?P<d>\d{1,2})(?!\d)")

# The time a website stamps after a date: 09:36 / 09:36:12 (a full-width colon too)
CLOCK_TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"

# A line that is only a date: the 成文日期 under a signature.
_DATE_LINE_RE = compile_re(
    rf"^\s*(?:{DATE_RE.pattern})\s*(?:[。.]\s*)?$",  # 二零一六年九月二日。 (Macau orders close their date line)
    re.VERBOSE,
)
# …or a numeric date with the time a website stamps on it: 2019-05-27 09:36 (the day stays 27)
_NUMERIC_DATE_LINE_RE = compile_re(rf"^\s*(?:{NUMERIC_DATE_RE.pattern})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$")


_ROC_EPOCH = 1911  # 中华民国 year 1 is 1912


def make_iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if not (year and month and day):
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_from_match(m: re.Match[str]) -> str | None:
    month = _unspaced(m.group("m"))
    roc = m.groupdict().get("roc")
    year = cn_to_int(_unspaced(m.group("y"))) if roc is None else (cn_to_int(roc) or 0) + _ROC_EPOCH
    return make_iso(year, 1 if month == "元" else cn_to_int(month), cn_to_int(_unspaced(m.group("d"))))


def _unspaced(text: str) -> str:
    return text.replace(" ", "").replace("\t", "") if " " in text or "\t" in text else text


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO, or None."""
    m = DATE_RE.search(text)
    if m:
        iso = _iso_from_match(m)
        if iso:
            return iso
    m = NUMERIC_DATE_RE.search(text)
    return _iso_from_match(m) if m else None


_DATE_FIRST = frozenset("0123456789〇○零一二三四五六七八九中民")  # (中华民国… / 民国…: Taiwan)
# A weekday printed after the date (2010年3月1日（星期一） ; 2020年5月6日 星期三 ; 2020-05-06 周三)
_WEEKDAY_AFTER_RE = compile_re(
    r"\s*(?P<open>[（(]?)\s*(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])\s*(?P<close>[）)]?)\s*$"
)
_WEEKDAYS = "一二三四五六日"
_WEEKDAY_LAST = frozenset("一二三四五六日天）)")
_DATE_LINE_MAX = 32


def weekday_date_line(text: str) -> str | None:
    """The date of a line that holds a date and its own weekday (2010年3月1日（星期一） ; 2020-05-06
    周三) → the date as printed; None for other lines, and when the weekday is not the date's (one
    of them is misprinted). A site prints its today so over its banner: the caller decides where
    such a line is a document's date (under a signature)."""
    if len(text) > _DATE_LINE_MAX or text[-1:] not in _WEEKDAY_LAST or text.lstrip()[:1] not in _DATE_FIRST:
        return None
    m = _WEEKDAY_AFTER_RE.search(text)
    if m is None or bool(m.group("open")) != bool(m.group("close")) or m.start() == 0:
        return None
    date = text[: m.start()]
    iso = parse_date(date) if is_date_line(date) else None
    if iso is None:
        return None
    weekday = _WEEKDAYS.index("日" if m.group("wd") == "天" else m.group("wd"))
    return date if _dt.date.fromisoformat(iso).weekday() == weekday else None


# A date that ends a line, for the weekday printed after it: 某某县人民政府 2019年3月5日 / 2019.3.5 (the line
# is short before it is searched: _SIGNED_WEEKDAY_MAX)
_LINE_END_DATE_RE = compile_re(
    rf"(?:{LINE_DATE}|(?<!\d)(?:19|20)\d\d(?P<sep>[.\-/])\d{{1,2}}(?P=sep)\d{{1,2}})[ \t\u3000]*$"
)
_SIGNED_WEEKDAY_MAX = 64  # a signature (≤ 40), a date and its weekday


def without_weekday(text: str) -> str | None:
    """``text`` without the weekday printed after the date that ends it (某某县人民政府 2019年3月5日（星期二）
    → 某某县人民政府 2019年3月5日; 2019年3月5日 周二 → 2019年3月5日), when that weekday is the date's; None
    when no weekday ends the line, no date stands before it, or the weekday is another day's (one of them is
    misprinted). Round dates21: a signature and its dated line with the weekday after it."""
    if len(text) > _SIGNED_WEEKDAY_MAX or text[-1:] not in _WEEKDAY_LAST:
        return None
    m = _WEEKDAY_AFTER_RE.search(text)
    if m is None or bool(m.group("open")) != bool(m.group("close")) or m.start() == 0:
        return None
    head = text[: m.start()]
    dated = _LINE_END_DATE_RE.search(head)
    iso = parse_date(dated.group()) if dated is not None else None
    if iso is None:
        return None
    weekday = _WEEKDAYS.index("日" if m.group("wd") == "天" else m.group("wd"))
    return head if _dt.date.fromisoformat(iso).weekday() == weekday else None


# A signature's date that lost its 日 at the page's edge: 2021年3月5 (the day's digits kept)
LOST_DAY_DATE_RE = compile_re(r"^\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*$")


def lost_day_date(text: str) -> str | None:
    """The ISO date of a line that is a date whose 日 was lost (2021年3月5), else None; the caller
    reads it only under a signature (a masthead prints 2022年8月19 too)."""
    m = LOST_DAY_DATE_RE.match(text)
    return make_iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else None


def is_date_line(text: str) -> bool:
    """A line that holds a date and nothing else (the 成文日期 under a signature)."""
    if len(text) > 24 or not text or text.lstrip()[:1] not in _DATE_FIRST:
        return False
    return bool(_DATE_LINE_RE.match(text) or _NUMERIC_DATE_LINE_RE.match(text)) and parse_date(text) is not None


# A signature's date that lost its 年, 月 and 日 with its month and day padded: 20151214
GARBLED_DIGITS_RE = compile_re(r"^\s*(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$")


# …or that lost them to blanks, a converter's dropped glyphs leaving the gaps (2017 6 23 / 2017　06　23),
# perhaps behind one stray mark of the dropped glyph's ({ 2017 6 23): the digits stay apart, so the
# month and the day are plain (run together, 2017623, they are read only where they split one way:
# lost_marks_date)
SPACED_DIGITS_RE = compile_re(
    r"^\s*[{}\[\]【】〔〕]?[ \t\u3000]*(?P<y>(?:19|20)\d\d)[ \t\u3000]+(?P<m>[01]?\d)[ \t\u3000]+(?P<d>[0-3]?\d)[ \t\u3000]*$"
)


def garbled_date(text: str) -> str | None:
    """The ISO date of a line of eight digits that lost its 年月日 (20151214 → 2015-12-14), of one
    whose 年月日 became blanks (2017 6 23 → 2017-06-23), or of six or seven digits whose month and day
    split one way only (:func:`lost_marks_date`: 2017919 → 2017-09-19; 2019116 gives none), else None.
    The callers read it only under a signature, or under a notice's closing sentence (layout.blocks)."""
    m = GARBLED_DIGITS_RE.match(text) or SPACED_DIGITS_RE.match(text)
    return make_iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else lost_marks_date(text)


# A signature's date that lost its 年 and 月 (and perhaps its 日), month and day not padded: 202136 /
# 201276 / 2018516日 (s11-heads11); or lost its 月 alone, 年 and 日 kept, the month and day run
# together (2016年1013日, 2019年916日: dates round 13; four digits only where 年 parts them from the year)
LOST_MARKS_DATE_RE = compile_re(
    r"^\s*(?P<y>(?:19|20)\d\d)(?:[ \t\u3000]*年[ \t\u3000]*(?P<mdn>\d{2,4})|(?P<md>\d{2,3}))(?:[ \t\u3000]*日)?\s*$"
)


def lost_marks_date(text: str) -> str | None:
    """The ISO date of a run of six or seven digits (a 日 perhaps kept) that lost its 年月日, when its
    month and day split only one way into a real date: 202136 → 2021-03-06, 2018516日 → 2018-05-16
    (51-6 is none). Two readings give none (2024115: 1-15 or 11-5; 2019116), and so does a part
    written with a leading zero (2021306: 3-06 is no unpadded date). The caller reads it only where a
    date stands (under a signature)."""
    m = LOST_MARKS_DATE_RE.match(text)
    if m is None:
        return None
    year, md = int(m.group("y")), m.group("md") or m.group("mdn")
    if len(md) == 4:  # 2016年0913日: four digits under 年 are the month and the day, padded
        return make_iso(year, int(md[:2]), int(md[2:]))
    readings = {
        iso
        for cut in range(1, len(md))
        if (month := md[:cut])[0] != "0" and (day := md[cut:])[0] != "0" and len(month) <= 2 and len(day) <= 2
        if (iso := make_iso(year, int(month), int(day))) is not None
    }
    return readings.pop() if len(readings) == 1 else None


# A date in the text that lost its 年 and 月 with its 日 kept: 于20231018日（星期三） / 请在20231011日前
PROSE_LOST_MARKS_RE = compile_re(r"(?<![\d年月.\-/])(?:19|20)\d{4,6}日")


def marks_lost_elsewhere(texts: list[str]) -> bool:
    """Do ``texts`` (a document's lines other than its signature's date) hold a date that lost its
    marks? Then the converter dropped glyphs all through the page (FORMAT.md: a page that also lost
    other numbers), and a signature's digit run (2023915) is read as no date, one reading or not."""
    return any("日" in text and PROSE_LOST_MARKS_RE.search(text) for text in texts)


# A Republic-era date as Taiwan's offices type it under a date key, without 中华民国 and with a
# year of two or three digits: 108年6月3日 / 108/06/03 / 108.6.3 / 108-06-03 (the year + 1911)
ROC_KEYED_DATE_RE = compile_re(
    r"^\s*(?:中[华華]民[国國]|民[国國])?\s*(?P<y>\d{2,3})\s*"
    r"(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?P<s>[./\-])(?P<sm>\d{1,2})(?P=s)(?P<sd>\d{1,2}))\s*$"
)
_ROC_YEAR_MAX = 150  # 中华民国150年 is 2061
# …and under a signature, without 中华民国, the year of three digits (108年3月15日: 2019; a two-digit
# year may be an abbreviated one, 19年 for 2019, and is not read so)
ROC_BARE_LINE_RE = compile_re(r"^\s*(?P<y>1[0-4]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*$")


def roc_bare_date(text: str) -> str | None:
    """The ISO date of a line that is a Republic-era date with a three-digit year and no 中华民国
    (108年3月15日 → 2019-03-15), else None; the caller reads it only under a signature."""
    m = ROC_BARE_LINE_RE.match(text)
    return make_iso(int(m.group("y")) + _ROC_EPOCH, int(m.group("m")), int(m.group("d"))) if m else None


# A blank after a numeric date's or time's separator: 2011- 09- 01 14: 58: 15 (a CMS's spaced stamp);
# removed only where a key says the value is a date (keyed_date, a publish line's stamp)
SPACED_PARTS_RE = compile_re(r"(?<=\d[-/.:：])[ \u3000]{1,2}(?=\d)")


def keyed_date(value: str) -> str | None:
    """The ISO date of a date key's value (成文日期：…, 發文日期：…): any date :func:`parse_date` reads,
    or a Republic-era date typed without 中华民国 (發文日期：108年6月3日 / 108/06/03 / 108.6.3) — read
    so only under a date key, where a three-digit year can be nothing else."""
    if iso := parse_date(value) or lost_day_date(value) or garbled_date(value):
        return iso  # (成文日期：2019年06月03 / 20190603: a key says what the value is)
    if " " in value and (unspaced := SPACED_PARTS_RE.sub("", value)) != value:
        return keyed_date(unspaced)  # 成文日期：2011- 09- 01 (each part spaced by the CMS)
    m = ROC_KEYED_DATE_RE.match(value)
    if m is None or not 1 <= int(m.group("y")) <= _ROC_YEAR_MAX:
        return None
    month, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("sm"), m.group("sd"))
    return make_iso(int(m.group("y")) + _ROC_EPOCH, int(month), int(day))
