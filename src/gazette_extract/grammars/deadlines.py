"""Deadline grammar: a 完成时限 phrase → ``{"text", "kind", "date", "rrule"}``.

Task tables in gazettes end with a 完成时限 column: ``2021年11月底前``, ``长期推进``,
``每年1月底前``, ``按市级要求推进``. :func:`parse_deadline_dict` turns one such phrase into a plain
dict (no pydantic at import time, so the CLI starts fast); :func:`parse_deadline` wraps the same
result in :class:`gazette_extract.models.Deadline`. Neither raises, whatever the text.

Kinds
    ``by``          one last day allowed, ``date`` = ISO ``YYYY-MM-DD``      2021年11月底前
    ``recurring``   a repeating due day, ``rrule`` = RFC 5545 RRULE value    每年5月、12月底前
    ``as_required`` timing set by someone else                             按市级要求推进
    ``ongoing``     no end: continuous or open-ended work                  长期推进, 2023年起
    ``unknown``     anything else; the text is kept                        春节前

Rules chosen for ambiguous forms
    * Invariant: ``kind == "by"`` if and only if ``date`` is set, and ``kind == "recurring"`` if
      and only if ``rrule`` is set. So a date whose year cannot be known (``6月底前`` with no
      ``year`` argument and no year earlier in the phrase) gives ``unknown``, not ``by`` with no
      date: a consumer can always rely on ``date`` when the kind says ``by``.
    * ``前`` is inclusive of the unit it follows, as gazettes use it: ``2021年6月30日前`` →
      06-30, ``2021年6月前`` → 06-30 (not 05-31), ``2035年前`` → 2035-12-31.
    * Parts of a month: 上旬/月初 → the 10th, 中旬/月中 → the 20th, 下旬/底/末/内 → month end.
      Parts of a year: 上半年/年中 → 06-30; 下半年/底/末/内/年度/全年 → 12-31;
      第N季度 → the quarter's last day; a bare ``2021年`` → 12-31.
    * A year given once carries on: ``2021年9月至12月`` → 2021-12-31. When a phrase names several
      end dates (a range, a pilot then a roll-out), the latest is the deadline:
      ``2020—2022年`` → 2022-12-31, ``2021年6月底前，并长期坚持`` → 2021-06-30.
    * A date followed by 起/开始/以来 is a start, not an end: ``2023年起`` → ongoing. One followed by
      后/以后/之后, or a year followed by a season, festival or 初 (``2021年春节前``, ``2021年初``)
      gives no date.
    * ``“十四五”期间`` (and the other five-year plans) → the plan's last day, 2025-12-31.
    * Precedence when a phrase mixes forms: by > recurring > as_required > ongoing > unknown.
      Dates inside a 每… phrase belong to the recurrence, so ``2023年起每年12月底前`` is recurring.
    * Recurrences are anchored on calendar days so they need no DTSTART: month ends use
      ``BYMONTHDAY=-1``; ``每年`` alone is due on 12-31 (``FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1``);
      ``每季度`` → ``FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1``; ``每半年`` → months 6,12;
      ``每两个月/每双月`` → even months; ``每周`` → by Sunday (``FREQ=WEEKLY;BYDAY=SU``).
      A 每… phrase whose due day is unknown (``每年春节前``) is not recurring but unknown.

Never a confident wrong date
    A phrase is read whole or not at all: once the grammar has taken every date form it knows
    (the tokens below), any digit or date word (年 月 日 号 周 季 旬 星期) left over means part of
    the phrase was not understood, and the result is ``unknown`` with the text kept — never the
    end of some month or year that the phrase did not name. ``2021年前两个季度`` → 06-30 because
    "the first N quarters" is a form; a form it does not know gives ``unknown``.

Forms read (besides those above)
    * Ranges: the end of the range is the deadline — ``2021年3-6月`` → 06-30, ``2月——4月``,
      ``11月到次年3月`` (次年 is the year after the one in force), ``2020—2022年``.
    * First N months or quarters: ``今年前五个月`` → 05-31, ``2021年前两个季度`` → 06-30;
      ``首季度`` is the first quarter. ``中下旬`` → month end, ``上中旬`` → the 20th.
    * Week of a month: ``3月第三周`` → the Sunday of the third Monday–Sunday week, counting the
      week that holds the 1st as the first (capped at the month's end).
    * Two-digit and Chinese-numeral years: ``15年3月2日`` → 2015-03-02 (only before a month;
      00–49 → 20xx, 50–99 → 19xx), ``二〇〇七年八月`` → 2007-08-31.
    * Compact and dotted numeric dates: ``20240307``, ``6·30`` (month·day), ``2021.3``;
      dates with a time (``2019-05-27 09:36``, ``2021年6月30日18时``) keep their day.
    * Relative phrases, resolved against ``base`` (the document's date) and only then:
      ``本月底前``, ``下月15日前``, ``本季度末`` / ``下季度`` (the quarter's last day; ``下季度初`` gives
      none), ``30日内`` / ``3个月内`` / ``一年内`` (counted from ``base``, or
      from a date right before 起: ``2021年7月1日起30日内``), ``自印发之日起30日内``. Working
      days (``10个工作日内``) and delays after an event (``收到通知后10日内``,
      ``每季度结束后10日内``) need a calendar or an event the phrase does not date: ``unknown``.

``text`` is the phrase with full-width digits folded (２０２１ → 2021) and whitespace removed
where it touches CJK text or digits (``2021 年 11 月底前`` → ``2021年11月底前``); the words are
kept as written (二〇二一年 stays).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .._pattern_cache import compile_re
from ..data import Deadline as DeadlineRecord
from ..data import to_dict
from ..vocab.common import CJK as _CJK
from ..vocab.common import LazyPattern, alternation
from ..vocab.deadlines import (
    AFTER_DATE_WORDS,
    AS_REQUIRED_LEADS,
    AS_REQUIRED_OBJECTS,
    AS_REQUIRED_WORDS,
    CN_MONTH_ONLY,
    FIVE_YEAR_PLANS,
    INTERVALS,
    MONTH_PART_DAY,
    NOT_DATE_WORDS,
    ONGOING_WORDS,
    ONGOING_YEAR_FRAMES,
    RELATIVE_YEARS,
    SUB_YEAR_WORDS,
    WEEKDAYS,
    YEAR_PART_END,
)
from ..vocab.numerals import CN_DIGITS, CN_ORDINALS

if TYPE_CHECKING:  # pragma: no cover - the import is lazy at run time, see parse_deadline
    from gazette_extract.models import Deadline

__all__ = [
    "AS_REQUIRED",
    "BY",
    "KINDS",
    "ONGOING",
    "RECURRING",
    "UNKNOWN",
    "clear_cache",
    "normalize_deadline_text",
    "parse_deadline",
    "parse_deadline_dict",
    "read_deadline",
]

# Kinds, as in models.DeadlineKind.
BY = "by"
ONGOING = "ongoing"
RECURRING = "recurring"
AS_REQUIRED = "as_required"
UNKNOWN = "unknown"
KINDS: tuple[str, ...] = (BY, ONGOING, RECURRING, AS_REQUIRED, UNKNOWN)


# ---------------------------------------------------------------------------------------------
# Patterns (compiled once)
# ---------------------------------------------------------------------------------------------

_FOLD_DIGITS = {cp: cp - 0xFF10 + 0x30 for cp in range(0xFF10, 0xFF1A)}  # ０-９ → 0-9

_ANY_SPACE = compile_re(r"\s")
# A character that whitespace may not separate from its neighbour: any non-ASCII character
# that is not itself whitespace (CJK, 、，—) or an ASCII digit or date separator.
_TIGHT = r"(?:(?!\s)[^\x00-\x7f]|[0-9\-./:~])"
# 2021 年 11 月 → 2021年11月; but the space before a time of day stays (2019-05-27 09:36)
_SPACE_BETWEEN_TIGHT = compile_re(rf"(?<={_TIGHT})\s+(?={_TIGHT})(?![0-9]{{1,2}}[:：][0-9]{{2}})")
_SPACE_RUN = compile_re(r"\s+")  # Phase  2 → Phase 2

# Any character that may start a Chinese numeral worth converting.
_HAS_CN_NUMBER = compile_re(f"[〇○零ＯO{CN_ORDINALS}元两]")
_CN_NUMBER = LazyPattern(
    rf"""
    (?<![〇○零ＯO{CN_ORDINALS}百两])
    (?:
        # a year written digit by digit: 二〇二一年, 二ＯＯ七年, 二00七年 → 2021年, 2007年
        (?P<year>(?=[0-9〇○零ＯO]*[〇○零ＯO一二三四五六七八九])[〇○零ＯO0-9一二三四五六七八九]{{4}})(?=年)
      | # a month, day, quarter, count: 十一月, 三十日, 二十一号, 第三季度, 两个月, 第三周, 三年内
        (?P<small>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九两])
            (?=月|日|号|季|个|周|星期|天|年(?![0-9〇○零一二三四五六七八九])|工作日)
      | # 元月 → 1月
        (?P<month_only>元)(?=月)
    )
    """,
    re.VERBOSE,
)

_RECURRING_HINT = compile_re("[每按逐]")
_RECURRING = compile_re(
    rf"""
    每一?个?
    (?:
        # 每年1月底前; 每年5月、12月底前; 每年6月30日前; 每年3月中旬; 每年度3月至5月; 每年3、6、9、12月底前
        (?P<yearly_months>年度?的?
            (?P<ym>(?:\d{{1,2}}[、，,和及与])*\d{{1,2}}月份?(?:[、，,和及与至到~\-－—]\d{{1,2}}月份?)*)
            (?:(?P<yd>\d{{1,2}})[日号]|(?P<ypart>{alternation(MONTH_PART_DAY)}))?)
      | # 每年第三季度末; 每年一季度 (numerals already folded to 1-4)
        (?P<yearly_quarter>年度?的?第?(?P<yq>[1-4])季度?)
      | # 每年上半年; 每年年中; 每年下半年
        (?P<yearly_half>年度?的?(?P<yhalf>上半年|下半年|年中))
      | # 每年; 每年度; 每年底前; 每年年底; 每两年; 每三年 — but not 每年春节前 (no day known)
        (?P<yearly>(?P<yn>[两二三四五2-5])?年度?(?:年底|年末|底|末)?
            (?![年度底末\d]|{alternation(SUB_YEAR_WORDS)}))
      | # 每季度首月10日前; 每个季度第一个月15日前
        (?P<quarterly_first>季度?(?:首月|第一个月)(?P<qd>\d{{1,2}})[日号])
      | # 每季度; 每季度末; 每个季度; 每季 — but not 每季度结束后10日内 (a delay, not a due day)
        (?P<quarterly>季度?(?:末|底)?(?![度末底]|结束|后|次月|首月|第[一二三1-3]个月))
      | # 每半年
        (?P<half_yearly>半年度?)
      | # 每两个月; 每双月 (even months)
        (?P<bimonthly>(?:两|二|2)个?月|双月)
      | # 每月; 每月10日前; 每月底; 每月上旬; 每个月
        (?P<monthly>月份?(?:(?P<md>\d{{1,2}})[日号]|(?P<mpart>{alternation(MONTH_PART_DAY)}))?
            (?![\d第份]))
      | # 每旬
        (?P<dekadal>旬)
      | # 每周; 每周五前; 每星期一 — but 每周一次 is "once a week", not Monday
        (?P<weekly>(?:周|星期)(?:(?P<wd>[一二三四五六日天1-7])(?!次))?)
      | # 每天; 每日
        (?P<daily>天|日)
    )
    | # 按月报送; 逐月调度 — but not 按月度计划 (that follows a plan: as_required)
      (?P<by_month>[按逐]月(?!度?(?:计划|要求|部署|安排)))
    | # 按季度报送; 按季报送
      (?P<by_quarter>按季度?(?!度?(?:计划|要求|部署|安排)))
    | # 按周报送
      (?P<by_week>按周(?!度?(?:计划|要求|部署|安排)))
    | # 按年度推进; 按年报送 — but not 按年度计划 (as_required), 按年初部署 / 按年底前 (a part of one year)
      (?P<by_year>按年(?!度?(?:计划|要求|部署|安排|目标|任务|[初底末内中]))度?)
    """,
    re.VERBOSE,
)

_RANGE = r"(?:[-—–~～－]+|至|到)"  # 3-6月, 2月——4月, 9月至12月, 11月到次年3月
_TIME = r"(?:\s?[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?|[0-9]{1,2}[时点](?:[0-9]{1,2}分)?)"  # 09:36, 18时

_DATE_TOKEN = compile_re(
    rf"""
    (?<!\d)
    (?:
        # 2021-06-30; 2021.6.30; 2021/6/30; with a time: 2019-05-27 09:36
        (?P<iso>(?P<iso_y>\d{{4}})[-./－．／](?P<iso_m>\d{{1,2}})[-./－．／](?P<iso_d>\d{{1,2}})(?!\d){_TIME}?)
      | # 20240307 (a compact date; only a real calendar day counts)
        (?P<compact>(?P<c_y>(?:19|20)\d\d)(?P<c_m>0[1-9]|1[0-2])(?P<c_d>0[1-9]|[12]\d|3[01]))(?!\d)
      | # 2020—2022年; 2021年至2025年; 2021-2025年底
        (?P<year_range>\d{{4}}年?{_RANGE}(?P<yr_end>\d{{4}})年(?:底|末|内)?)
      | # 2021.6; 2021-06 (a month, no day); not 2021-2025 (see the year range)
        (?P<ym>(?P<ym_y>\d{{4}})[-./－．／](?P<ym_m>\d{{1,2}})(?![\d./]))
      | # 印发之日起; 发布之日 — the day the document is issued, from which a count runs
        (?P<since>(?:印发|发布|公布|下发|签发|颁布|施行|实施|发文)之日起?)
      | # 30日内; 3个月内; 1年以内; 10个工作日内 — counted from the document's date
        (?P<within>(?P<w_n>\d{{1,3}})(?:个?(?P<w_unit>工作日|自然日|日|天|周|星期|年)|个(?P<w_month>月))(?:以内|之内|内))
      | # 2021年; 2022年底; 2021年度; 今年底; 明年; 15年 (two digits, only before a month)
        (?P<year>(?:(?P<y>\d{{4}})|(?P<y2>\d\d)(?=年\d{{1,2}}月)|(?P<rel>{alternation(RELATIVE_YEARS)}))年
            (?:(?P<ypart>{alternation(YEAR_PART_END)})(?!{alternation(SUB_YEAR_WORDS)}|旬))?)
      | # 年底前; 年内; 上半年 (year from context) — but not 三年内, 每年底 (a span, a recurrence)
        (?<![\d〇○零{CN_ORDINALS}两几多近每逐往历])
        (?P<bare_part>{alternation(w for w in YEAR_PART_END if len(w) > 1)})
      | # 前五个月; 前两个季度; 前三季度; 首季度 — the first N months or quarters of the year
        (?P<first_n>前(?P<fn>\d{{1,2}})个?(?P<fn_unit>月|季度?)|(?P<first_q>首季度?|头季度?))
      | # 本月底; 下月15日; 次月10日前; 当月 — a month counted from the document's date
        (?P<rel_month>(?P<rm>本|当|下|次|上)个?月份?
            (?:(?P<rm_d>\d{{1,2}})[日号]|(?P<rm_part>{alternation(MONTH_PART_DAY)}))?)
      | # 本季度末; 下季度; 当季 — a quarter counted from the document's date: its last day
        (?P<rel_quarter>(?P<rq>本|当|下|次|上)个?季度(?!初|中)(?:末|底)?)
      | # 3-6月; 3至6月 (a month range written once) — the end of the range
        (?P<month_range>\d{{1,2}}月?{_RANGE}(?P<mr_end>\d{{1,2}})月(?P<mr_part>{alternation(MONTH_PART_DAY)})?)
      | # 6月; 11月底; 6月30日; 10月中旬; 6月份; 3月第3周; 6月30日18时
        (?P<month>(?P<m>\d{{1,2}})月份?
            (?:(?P<d>\d{{1,2}})[日号]{_TIME}?|第(?P<wk>[1-5])周|(?P<mpart>{alternation(MONTH_PART_DAY)}))?)
      | # 6·30; 6.30 after a year in force (month·day)
        (?P<dot_md>(?P<dm_m>\d{{1,2}})[·・](?P<dm_d>\d{{1,2}}))(?!\d)
      | # 第三季度; 一季度末; Q3 (numerals already folded to 1-4)
        (?P<quarter>(?:第?(?P<q>[1-4])季(?!度?[初中])度?|[Qq](?P<q2>[1-4]))(?:末|底)?)
      | # “十四五”期间; 十四五末
        (?P<plan>[“"「『]?(?P<plan_name>{alternation(FIVE_YEAR_PLANS)})[”"」』]?)
    )
    """,
    re.VERBOSE,
)

# A digit or date word left over once every token is taken: part of the phrase was not understood.
_DATE_RESIDUE = compile_re(r"[0-9年月日号周季旬]|星期")
# The heads of an enumeration of quarters or months, before the last one: 第二、 of 第二、三季度,
# 5、 of 5、6月份. A deadline is the end of the last one named, so the heads are dropped. Linear:
# a match starts only where a run starts (the lookbehind) and never backtracks into it (++).
_ENUMERATION_HEADS = compile_re(
    rf"(?<![\d{CN_ORDINALS}、，,和及与第])(?:第?(?:\d{{1,2}}|[{CN_ORDINALS}]{{1,3}})[、，,和及与]\s*)++(?=第?(?:\d{{1,2}}|[{CN_ORDINALS}]{{1,3}})个?(?:季|月))"
)
# Counting from the day the document is issued, as printed without 之日: 印发后30日内.
_SINCE_ISSUE = compile_re(r"(?:印发|发布|公布|下发|签发|颁布|施行|实施|发文)后起?$")
# A count after an event the phrase does not date: 收到通知后10日内; 验收后3个月内.
_AFTER_EVENT = compile_re(r"(?:后|以后|之后)$")

# What follows a date token: a start/after word, or (after a bare year) an undatable part.
_AFTER_DATE = compile_re(alternation(AFTER_DATE_WORDS))
_SUB_YEAR = compile_re(alternation(SUB_YEAR_WORDS))
# Before an event named after a year or month: 2022年全国两会前, 2021年9月开学前, 6月汛前 — the
# deadline is some day before the event, inside that time, which the text does not give. (Words of
# the grammar itself are not events: 年底前, 12月31日前, 6月中旬前, 前期 is no 前.)
_EVENT_BEFORE = compile_re(
    rf"[{_CJK}](?<![底末初中上下旬内份以之前后起至到日号年度])[{_CJK}]{{0,9}}?(?:之前|以前|前)(?!期)"
)

_ONGOING = compile_re(alternation(ONGOING_WORDS))
# 年内持续推进 / 全年常态化开展: a year's span, then a word of work with no end, the whole phrase (precision round 17)
_YEAR_FRAMED_ONGOING = compile_re(
    rf"(?:{alternation(ONGOING_YEAR_FRAMES)})(?:{alternation(ONGOING_WORDS)})[{_CJK}]{{0,8}}"
)
_AS_REQUIRED = compile_re(
    rf"""
    # 按市级要求推进; 根据上级部署; 按照市级有关要求
    (?:{alternation(AS_REQUIRED_LEADS)})[^，。；,;]{{0,12}}?(?:{alternation(AS_REQUIRED_OBJECTS)})
    | # 适时启动; 视情况推进
    {alternation(AS_REQUIRED_WORDS)}
    """,
    re.VERBOSE,
)

# ---------------------------------------------------------------------------------------------
# Small pure helpers
# ---------------------------------------------------------------------------------------------

# 本/当 (this), 下/次 (next), 上 (last) month or quarter: how many steps from the document's date
_RELATIVE_STEP = {"本": 0, "当": 0, "下": 1, "次": 1, "上": -1}

_MAX_CACHED_LEN = 200  # longer inputs are parsed without the cache (they are not table cells)


# Words that hold a date character but name no date (逐年推进, 日常监管, 年度计划, 汛期): taken out
# of the residue before it is checked for date words.
_WORDS_NOT_DATES = LazyPattern(
    "(?:" + _AS_REQUIRED.pattern + "\n)|" + alternation([*ONGOING_WORDS, *SUB_YEAR_WORDS, *NOT_DATE_WORDS]),
    re.VERBOSE,
)


def _month_days(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _day(year: int | None, month: int, day: int | None) -> tuple[int, int, int] | None:
    """(year, month, day) if it is a real date; day None = the month's last day."""
    if year is None or not 1 <= year <= 9999 or not 1 <= month <= 12:
        return None
    last = _month_days(year, month)
    if day is None:
        return (year, month, last)
    return (year, month, day) if 1 <= day <= last else None


def _cn_small(numeral: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31, 两 → 2."""
    if numeral == "两":
        return 2
    if "十" not in numeral:
        return CN_DIGITS[numeral]
    tens, _, ones = numeral.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


def _cn_number_to_digits(m: re.Match[str]) -> str:
    if m.group("year"):
        return "".join(ch if ch.isascii() and ch.isdigit() else str(CN_DIGITS[ch]) for ch in m.group("year"))
    if m.group("small"):
        return str(_cn_small(m.group("small")))
    return str(CN_MONTH_ONLY[m.group("month_only")])


def normalize_deadline_text(text: str) -> str:
    """The ``text`` reported: full-width digits folded, whitespace between CJK/digits removed."""
    text = text.translate(_FOLD_DIGITS)
    if _ANY_SPACE.search(text):
        text = _SPACE_RUN.sub(" ", _SPACE_BETWEEN_TIGHT.sub("", text)).strip()
    return text


def _key(text: str) -> str:
    """The text the grammar reads: Chinese numerals in dates folded to digits."""
    if _HAS_CN_NUMBER.search(text):
        return _CN_NUMBER.sub(_cn_number_to_digits, text)
    return text


_MONTH_LIST_SEPARATOR_RE = compile_re(r"[、，,和及与]")
_MONTH_LIST_NUMBER_RE = compile_re(r"\d{1,2}")


def _month_list(months: str) -> list[int]:
    """5月、12月 → [5, 12]; 3月至5月 → [5] (a window is due at its end)."""
    result: set[int] = set()
    for piece in _MONTH_LIST_SEPARATOR_RE.split(months):
        numbers = _MONTH_LIST_NUMBER_RE.findall(piece)
        if numbers:
            result.add(int(numbers[-1]))
    return sorted(result)


def _rule(
    freq: str, *, interval: int = 1, months: Sequence[int] = (), monthdays: Sequence[int] = (), byday: str = ""
) -> str:
    parts = [f"FREQ={freq}"]
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if months:
        parts.append("BYMONTH=" + ",".join(map(str, months)))
    if monthdays:
        parts.append("BYMONTHDAY=" + ",".join(map(str, monthdays)))
    if byday:
        parts.append(f"BYDAY={byday}")
    return ";".join(parts)


def _part_day(part: str | None) -> int:
    """A month part (中旬, 底, None) → BYMONTHDAY value; -1 is the month's last day."""
    day = MONTH_PART_DAY.get(part) if part else None
    return -1 if day is None else day


def _recurrence(m: re.Match[str]) -> str | None:
    """The RRULE value of a 每… match; None when the match names no real day."""
    kind = m.lastgroup
    if kind == "yearly_months":
        months = _month_list(m.group("ym"))
        if not months or not all(1 <= mo <= 12 for mo in months):
            return None
        if m.group("yd"):
            day = int(m.group("yd"))
            # every listed month must have that day (29 is allowed in February)
            if not all(1 <= day <= (29 if mo == 2 else _month_days(2001, mo)) for mo in months):
                return None
        else:
            day = _part_day(m.group("ypart"))
        return _rule("YEARLY", months=months, monthdays=[day])
    if kind == "yearly_quarter":
        return _rule("YEARLY", months=[3 * int(m.group("yq"))], monthdays=[-1])
    if kind == "yearly_half":
        month = YEAR_PART_END[m.group("yhalf")][0]
        return _rule("YEARLY", months=[month], monthdays=[-1])
    if kind == "yearly":
        interval = INTERVALS[m.group("yn")] if m.group("yn") else 1
        return _rule("YEARLY", interval=interval, months=[12], monthdays=[-1])
    if kind == "quarterly_first":
        day = int(m.group("qd"))
        if not 1 <= day <= 30:
            return None
        return _rule("YEARLY", months=[1, 4, 7, 10], monthdays=[day])
    if kind in ("quarterly", "by_quarter"):
        return _rule("YEARLY", months=[3, 6, 9, 12], monthdays=[-1])
    if kind == "half_yearly":
        return _rule("YEARLY", months=[6, 12], monthdays=[-1])
    if kind == "bimonthly":
        return _rule("YEARLY", months=[2, 4, 6, 8, 10, 12], monthdays=[-1])
    if kind == "monthly":
        if m.group("md"):
            day = int(m.group("md"))
            return _rule("MONTHLY", monthdays=[day]) if 1 <= day <= 31 else None
        return _rule("MONTHLY", monthdays=[_part_day(m.group("mpart"))])
    if kind == "by_month":
        return _rule("MONTHLY", monthdays=[-1])
    if kind == "dekadal":
        return _rule("MONTHLY", monthdays=[10, 20, -1])
    if kind == "weekly":
        return _rule("WEEKLY", byday=WEEKDAYS[m.group("wd")] if m.group("wd") else "SU")
    if kind == "by_year":
        return _rule("YEARLY", months=[12], monthdays=[-1])
    if kind == "by_week":
        return _rule("WEEKLY", byday="SU")
    if kind == "daily":
        return "FREQ=DAILY"
    return None  # pragma: no cover - every alternative is named above


Ymd = tuple[int, int, int]


def _add_days(day: Ymd, days: int) -> Ymd | None:
    try:
        moved = _dt.date(*day) + _dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    return (moved.year, moved.month, moved.day)


def _add_months(day: Ymd, months: int) -> Ymd | None:
    """The same day N months later, clamped to the month's end (1-31 + 1 month → 2-28)."""
    index = day[0] * 12 + day[1] - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    return (year, month + 1, min(day[2], _month_days(year, month + 1)))


def _week_end(year: int | None, month: int, week: int) -> Ymd | None:
    """Sunday of the Nth Monday–Sunday week of a month (the week holding the 1st is the first)."""
    first = _day(year, month, 1)
    if first is None:
        return None
    last = _month_days(first[0], month)
    end = 7 - _dt.date(*first).weekday() + 7 * (week - 1)
    start = end - 6
    if start > last:
        return None
    return (first[0], month, min(end, last))


_REFINERS = frozenset({"month", "quarter", "bare_part", "first_n", "month_range", "dot_md"})
_EXACT_DAYS = frozenset({"iso", "compact"})


def _scan_dates(key: str, year: int | None, base: Ymd | None) -> tuple[Ymd | None, bool, bool]:
    """(latest end date named in key, whether a start such as 2023年起 was seen, understood).

    ``understood`` is False when the phrase holds a date form the grammar cannot read whole —
    a digit or date word outside every token, an impossible day, a relative form with no
    ``base`` to count from — and the caller then reports ``unknown``.
    """
    key = _ENUMERATION_HEADS.sub("", key)  # 2021年第二、三季度 → 2021年3季度 (a run start only: cheap)
    tokens = list(_DATE_TOKEN.finditer(key))
    residue: list[str] = []
    position = 0
    for tok in tokens:
        residue.append(key[position : tok.start()])
        position = tok.end()
    residue.append(key[position:])
    left = "".join(residue)
    if _DATE_RESIDUE.search(left) and _DATE_RESIDUE.search(_WORDS_NOT_DATES.sub("", left)):
        return None, False, False
    if not tokens:
        return None, False, True
    context = year  # the year for forms that omit it; a written year replaces it
    context_month: Ymd | None = None  # the last month named, for 次月
    latest: Ymd | None = None
    started = False
    previous_end = 0
    previous_day: Ymd | None = None  # the last exact day named, for 2021年7月1日起30日内
    since_issue = False  # 自印发之日起: the next count runs from base
    vague = False  # a part that names a time but no day (2022年初): no end can be trusted
    for i, tok in enumerate(tokens):
        gap = key[previous_end : tok.start()]
        previous_end = tok.end()
        end: Ymd | None = None
        exact: Ymd | None = None
        kind = tok.lastgroup
        if kind == "since":
            since_issue = True
            continue
        if kind == "iso":
            context = int(tok.group("iso_y"))
            end = exact = _day(context, int(tok.group("iso_m")), int(tok.group("iso_d")))
        elif kind == "compact":
            context = int(tok.group("c_y"))
            end = exact = _day(context, int(tok.group("c_m")), int(tok.group("c_d")))
        elif kind == "year_range":
            context = int(tok.group("yr_end"))
            end = _day(context, 12, 31)
        elif kind == "ym":
            context = int(tok.group("ym_y"))
            end = _day(context, int(tok.group("ym_m")), None)
        elif kind == "within":
            count, unit = int(tok.group("w_n")), tok.group("w_unit") or "月"
            stripped = gap.strip("，, ")
            if since_issue:
                anchor = base
            elif stripped in ("起", "开始") and previous_day is not None:
                anchor = previous_day
            elif _AFTER_EVENT.search(stripped) and not _SINCE_ISSUE.search(stripped):
                return None, False, False  # 收到通知后10日内: after an event the phrase does not date
            else:
                anchor = base
            if anchor is None or unit == "工作日":
                return None, False, False
            if unit in ("日", "天", "自然日"):
                end = _add_days(anchor, count)
            elif unit in ("周", "星期"):
                end = _add_days(anchor, 7 * count)
            elif unit == "月":
                end = _add_months(anchor, count)
            else:
                end = _add_months(anchor, 12 * count)
        elif kind == "year":
            if tok.group("y"):
                context = int(tok.group("y"))
            elif tok.group("y2"):
                two = int(tok.group("y2"))
                context = 2000 + two if two < 50 else 1900 + two
            elif tok.group("rel") in ("次", "翌"):
                before = context if context is not None else year
                context = None if before is None else before + 1
            else:
                context = None if year is None else year + RELATIVE_YEARS[tok.group("rel")]
            part = tok.group("ypart")
            if part:
                end = _day(context, *YEAR_PART_END[part])
            else:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                refined = nxt is not None and nxt.start() == tok.end() and nxt.lastgroup in _REFINERS
                if _SUB_YEAR.match(key, tok.end()):
                    vague = True  # 2022年初: a time in the year that cannot be dated
                if refined or vague:
                    previous_day = None
                    continue
                end = _day(context, 12, 31)
        elif kind == "bare_part":
            end = _day(context, *YEAR_PART_END[tok.group("bare_part")])
        elif kind == "first_n":
            if tok.group("first_q"):
                end = _day(context, 3, None)
            else:
                n = int(tok.group("fn"))
                months = n if tok.group("fn_unit") == "月" else 3 * n if n <= 4 else 0
                end = _day(context, months, None) if 1 <= months <= 12 else None
        elif kind == "rel_month":
            which = tok.group("rm")
            if which == "次" and context_month is not None:
                anchor = _add_months(context_month, 1)
            elif base is not None:
                anchor = _add_months((*base[:2], 1), _RELATIVE_STEP[which])
            else:
                anchor = None
            if anchor is not None:
                context = anchor[0]
                day = int(tok.group("rm_d")) if tok.group("rm_d") else MONTH_PART_DAY.get(tok.group("rm_part") or "")
                end = _day(anchor[0], anchor[1], day)
                if tok.group("rm_d"):
                    exact = end
        elif kind == "rel_quarter":
            if base is not None:
                shift = _RELATIVE_STEP[tok.group("rq")]
                last = _add_months((base[0], (base[1] - 1) // 3 * 3 + 3, 1), 3 * shift)  # the quarter's last month
                if last is not None:
                    context = last[0]
                    end = _day(last[0], last[1], None)
        elif kind == "month_range":
            day = MONTH_PART_DAY.get(tok.group("mr_part") or "")
            end = _day(context, int(tok.group("mr_end")), day)
        elif kind == "month":
            month = int(tok.group("m"))
            if tok.group("wk"):
                end = _week_end(context, month, int(tok.group("wk")))
            else:
                day = int(tok.group("d")) if tok.group("d") else MONTH_PART_DAY.get(tok.group("mpart") or "")
                end = _day(context, month, day)
                if tok.group("d"):
                    exact = end
        elif kind == "dot_md":
            end = exact = _day(context, int(tok.group("dm_m")), int(tok.group("dm_d")))
        elif kind == "quarter":
            quarter = int(tok.group("q") or tok.group("q2"))
            end = _day(context, 3 * quarter, None)
        elif kind == "plan":
            end = (FIVE_YEAR_PLANS[tok.group("plan_name")], 12, 31)
        if end is None:
            return None, False, False  # an impossible day, or a form with no year to read it in
        context_month = end
        previous_day = exact
        if _EVENT_BEFORE.match(key, tok.end()):
            vague = True  # 2022年全国两会前: before an event in that time, on no stated day
            continue
        after = _AFTER_DATE.match(key, tok.end())
        if after:
            started = started or AFTER_DATE_WORDS[after.group()]
            vague = vague or not AFTER_DATE_WORDS[after.group()]
            continue
        if latest is None or end > latest:
            latest = end
    if vague and latest is not None:
        return None, False, False  # 2021年底或2022年初: the latest end is not known
    return latest, started, True


def _parse(text: str, year: int | None, base: Ymd | None = None) -> tuple[str, str, str | None, str | None]:
    shown = normalize_deadline_text(text)
    key = _key(shown)
    if year is None and base is not None:
        year = base[0]
    rrule = None
    date_key = key
    if _YEAR_FRAMED_ONGOING.fullmatch(key):
        return shown, ONGOING, None, None  # 年内持续推进: through the year, not due at its end
    if _RECURRING_HINT.search(key):
        recurring = _RECURRING.search(key)
        if recurring:
            rrule = _recurrence(recurring)
            date_key = _RECURRING.sub("；", key)  # its dates are the recurrence's, not deadlines
    latest, started, understood = _scan_dates(date_key, year, base)
    if not understood:
        return shown, UNKNOWN, None, None
    if latest is not None:
        return shown, BY, "{:04d}-{:02d}-{:02d}".format(*latest), None
    if rrule is not None:
        return shown, RECURRING, None, rrule
    if _AS_REQUIRED.search(key):
        return shown, AS_REQUIRED, None, None
    if started or _ONGOING.search(key):
        return shown, ONGOING, None, None
    return shown, UNKNOWN, None, None


def _read(text: str, year: int | None, base: Ymd | None) -> DeadlineRecord:
    shown, kind, date, rrule = _parse(text, year, base)
    return DeadlineRecord(text=shown, kind=kind, date=date, rrule=rrule)


# A record is frozen, so one instance serves every task that states the same deadline.
_read_cached = lru_cache(maxsize=8192)(_read)


def clear_cache() -> None:
    """Forget cached results (benchmarks measure uncached throughput with it)."""
    _read_cached.cache_clear()


def _clean_year(year: object) -> int | None:
    if isinstance(year, int) and not isinstance(year, bool) and 1 <= year <= 9999:
        return year
    return None


def _clean_base(base: object) -> Ymd | None:
    """A date, a datetime or an ISO ``YYYY-MM-DD`` string → (y, m, d); anything else → None."""
    if isinstance(base, _dt.date):
        return (base.year, base.month, base.day)
    if isinstance(base, str):
        try:
            day = _dt.date.fromisoformat(base[:10])
        except ValueError:
            return None
        return (day.year, day.month, day.day)
    return None


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def read_deadline(text: str, *, year: int | None = None, base: _dt.date | str | None = None) -> DeadlineRecord:
    """Parse one 完成时限 phrase into a :class:`gazette_extract.data.Deadline`; never raises.
    See :func:`parse_deadline_dict` for ``year`` and ``base``."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    read = _read_cached if len(text) <= _MAX_CACHED_LEN else _read
    return read(text, _clean_year(year), _clean_base(base))


def parse_deadline_dict(text: str, *, year: int | None = None, base: _dt.date | str | None = None) -> dict[str, Any]:
    """Parse one 完成时限 phrase into ``{"text", "kind", "date", "rrule"}``; never raises.

    ``year`` is the document's year, used by forms that omit it (年内, 6月底前). ``base`` is the
    document's date (a :class:`datetime.date` or ISO string): relative phrases (本月底前,
    下月15日前, 30日内) are counted from it, and its year stands in for ``year`` when that is not
    given. Without ``base`` those phrases are ``unknown``.

    >>> parse_deadline_dict("2021 年 11 月底前")
    {'text': '2021年11月底前', 'kind': 'by', 'date': '2021-11-30', 'rrule': None}
    >>> parse_deadline_dict("每年5月、12月底前")["rrule"]
    'FREQ=YEARLY;BYMONTH=5,12;BYMONTHDAY=-1'
    >>> parse_deadline_dict("30日内", base="2021-03-05")["date"]
    '2021-04-04'
    """
    return to_dict(read_deadline(text, year=year, base=base))


def parse_deadline(text: str, *, year: int | None = None, base: _dt.date | str | None = None) -> Deadline:
    """:func:`parse_deadline_dict`, validated as :class:`gazette_extract.models.Deadline`."""
    from gazette_extract.models import Deadline  # lazy: keeps pydantic out of import time

    return Deadline(**parse_deadline_dict(text, year=year, base=base))
