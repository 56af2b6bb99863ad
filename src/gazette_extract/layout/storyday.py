"""The day a news story dates its event: FORMAT.md's ``date`` of a news report.

A news report's ``date`` is the day of the session or event it reports when the text states it,
not the publish time. The story states it in its lead, relative to the page's publish day:

- a **dateline** before the lead: ``新华社北京12月31日电``, ``中新社上海十月二十三日电``,
  ``新华网河南频道7月5日讯``, ``头条12月26日信息`` — the dateline's day (the corpus labels the
  dateline, not a day the story goes on to tell);
- the lead's first clause: ``今天（7月27日）`` / ``今日`` / ``今（26）日`` (the publish day),
  ``昨天`` / ``昨日（22日）`` (the day before), ``前天`` (two days before), ``12月3日下午``,
  ``于25日召开``, ``2015年3月2日`` / ``二〇一五年三月二日`` / ``2015-3-2`` / ``2015/03/02`` /
  ``2015.3.2`` (times after them change nothing);
- a later paragraph that opens on its day and reports a session (``9月5日下午，…常委会召开第十三
  次会议，…``), when the lead dates nothing (``近日``/``日前`` date nothing).

Precision first: the day is resolved against the publish day (a month and day without a year take
the publish year, or the year before for December news read in January) and is kept only when it
falls on or up to :data:`_MAX_DAYS_BEFORE` days before it; a bracketed day that contradicts its
word (``今天（7月26日）`` under 07-27) gives nothing. Every pattern is compiled once and anchored or
bounded, linear in its input.
"""

from __future__ import annotations

import datetime as _dt
import re

from .._pattern_cache import compile_re
from ..grammars.dates import cn_to_int, make_iso
from ..text.newshead import DATE_NUMBER, LEAD_MARKS_RE, dateline_at
from ..vocab.common import CJK, alternation
from ..vocab.datelines import (
    BASIS_CLAUSE_OPENERS,
    CAPTION_CREDIT_ENDS,
    CAPTION_CREDIT_OPENERS,
    CITED_REPORT_ENDS,
    CONFIRMED_RELATIVE_DAYS,
    DATED_ACT_VERBS,
    DATED_LEAD_ACT_VERBS,
    DECIDED_ON_DAY_VERBS,
    DECISION_OPENERS,
    LEAD_IN_OPENERS,
    LEAD_NO_DAY_OPENERS,
    OPENING_QUOTES,
    OUTLET_ENDS,
    PAST_YEAR_WORDS,
    PURPOSED_LEAD_OPENERS,
    RELATIVE_DAY_PART_WORDS,
    SESSION_RESTATED_SUBJECTS,
    STATED_DAY_NOT_AFTER,
    STATED_DAY_PLAN_OPENERS,
    STATED_DAY_VERBS,
    YEAR_LEAD_NOT_AFTER,
    YEAR_LEAD_NOT_BEFORE,
)
from ..vocab.datelines import DAY_PART as _DAY_PART
from ..vocab.heads import ADDRESSEES
from ..vocab.numerals import CN_ORDINALS

# The verbs by which a lead reports the session or event it dates (…召开了汇报会议 / 运动会开幕)
_EVENT_VERBS = "召开|举行|开幕|闭幕"
_MAX_DAYS_BEFORE = 10  # a report tells an event of the last days; an older date is a story's background
# …but a lead that states the year with its day (2025年6月26日上午，…主持召开…) names the event it
# reports however late a county site posts it (吴堡: posted 2025-07-11): a month, not ten days
_MAX_DAYS_BEFORE_WITH_YEAR = 31
_N = DATE_NUMBER  # 12 / 十二 / 二〇一五
# The first clause of the lead (a dateline's own clause ends at its 电/讯 too)
_CLAUSE_RE = compile_re(r"[^，。；,;]{1,80}")
# 今/昨 alone before what a report's day does (台东县议会今举行… / 政府昨宣布…: Taiwan and Hong Kong
# papers drop 天/日); 今年, 今后, 昨夜 stay no day
_BARE_DAY_VERBS = "举行|召开|宣布|表决|通过|发布|公布|举办|上午|下午"
# 今早 / 今晨 / 昨晚 …: a relative day with its part of the day (vocab.datelines.RELATIVE_DAY_PART_WORDS, dates20)
_PART_DAYS = alternation(RELATIVE_DAY_PART_WORDS)
# The first day a clause names
_DAY_RE = compile_re(
    rf"""
    (?P<rel>今天|今日|昨天|昨日|前天|前日|{_PART_DAYS}|(?<![{STATED_DAY_NOT_AFTER}])[今昨](?={_BARE_DAY_VERBS}))(?:\s*[（(](?:(?P<rm>{_N})月)?(?P<rd>{_N})日?[）)])?  # 今天（7月27日） / 昨日（22日）
    |(?P<rel2>[今昨])\s*[（(](?P<r2d>{_N})[）)]\s*日                                    # 今（26）日
    |(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?!\d)  # 2015-3-2 / 2015.3.2
    |(?:(?P<y>{_N})年)?(?P<m>{_N})月(?P<d>{_N})(?:日|号(?![楼院室线])|(?={_DAY_PART}?(?:[，,]|$)))  # 2015年3月2日 / 12月3日 / 3月8，(日 lost)
    |(?<![\d月第〇○零一二两三四五六七八九十])(?P<bd>\d{{1,2}}|[{CN_ORDINALS}]{{1,3}})日(?![前内])  # 于25日召开 (第二日: an ordinal)
    """,
    re.VERBOSE,
)
_RELATIVE = {"今": 0, "昨": 1, "前": 2}
# A quotation opening the lead (“我宣誓：…”2月25日上午，我县举行… / 「…」，昨日…): the story's kicker, passed over
# to the lead's own first clause (dates19); the quote is bounded and holds no other quote of its kind
_QUOTE_LEAD_RE = compile_re(
    "|".join(
        rf"{re.escape(o)}[^{re.escape(o + c)}]{{1,160}}{re.escape(c)}[ \t\u3000]*[，,。：:]?[ \t\u3000]*"
        for o, c in OPENING_QUOTES.items()
    )
)
# An outlet's byline opening the lead before such a quotation: 文成新闻网（记者 赵礼锋） / 某某日报讯(通讯员 X)
_OUTLET_BYLINE_RE = compile_re(
    rf"[ \t\u3000]*[{CJK}]{{1,12}}(?:{alternation(OUTLET_ENDS)})讯?[ \t\u3000]*[（(][^（）()“”「」]{{1,30}}[）)][ \t\u3000]*"
)
# A day stated without brackets right before what the report's event does, in a later clause of the lead's first
# sentences (dates19): 政府今日宣布… / 广东省人大会议昨日召开… / 在14日下午举行的…会议上 (至今举行 / 如今召开: no day)
_STATED_DAY_RE = compile_re(
    rf"(?<![{STATED_DAY_NOT_AFTER}])(?P<rel>今天|今日|昨天|昨日|前天|[今昨]){_DAY_PART}?(?={alternation(STATED_DAY_VERBS)})"
    rf"|(?<![\d月第〇○零一二两三四五六七八九十])(?P<bd>\d{{1,2}})日{_DAY_PART}?(?={alternation(STATED_DAY_VERBS)})"
)
_STATED_NO_DAY = (*LEAD_NO_DAY_OPENERS, *STATED_DAY_PLAN_OPENERS)
# A dateline inside the lead's opening bracket, the month often left out: （中央社记者赖某某台北17日电） /
# (记者 王某 北京6月2日电) — the bracket ends right after 电
_BRACKET_DATELINE_RE = compile_re(
    rf"^[（(][^（）()]{{0,30}}?(?<![\d月〇○零一二两三四五六七八九十])(?:(?P<m>{_N})月)?(?P<d>{_N})日\s*[电電]\s*[）)]"
)
# A first clause that tells an earlier event (继昨天…后 / 继3月5日…之后): the report's day is not its
_AFTER_EARLIER_RE = compile_re(r"^继[^，,]{1,60}?(?:之)?后$")
# A later paragraph dated on its day that reports a session: 9月5日下午，…常委会召开第十三次会议
_SESSION_OPEN_RE = compile_re(
    rf"^(?:(?P<y>{_N})年)?(?P<m>{_N})月(?P<d>{_N})日{_DAY_PART}?[，,]"
    rf"(?=[^。]{{0,80}}?会议)(?=[^。]{{0,80}}?(?:{_EVENT_VERBS}))"
)
# A day that opens a range or a plan (于23日至25日举行) dates no event of this report
# After a dateline, the lead's own day restated (the event's): （记者 X 文/摄）：10月18日， / ，10月18日上午，
# (each run of blanks has one owner: three \s* in a row around optional parts backtracked cubically on a run of
# blanks after a dateline — ndates21)
_RESTATED_DAY_RE = compile_re(
    rf"\s*(?:[（(][^（）()]{{0,40}}[）)]\s*)?(?:[：:，,]\s*)?(?:(?P<y>{_N})年)?(?P<m>{_N})月(?P<d>{_N})日"
    rf"{_DAY_PART}?\s*[，,]"
)
# …or its days as a range: ，1月6日-7日， / （记者 X）10月19日至20日 (ndates21; each run of blanks has one owner)
_RESTATED_RANGE_RE = compile_re(
    r"\s*(?:[（(][^（）()]{0,40}[）)]\s*)?(?:[：:，,]\s*)?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日?"
    r"\s*(?:至|到|—|-|－|~|～)\s*(?:\d{1,2}月)?\d{1,2}日"
)
# tpages21: a lead's decision dated by its whole day before the colon that opens it, in the lead's first sentence (the
# dispatch and lead-in clauses of a basis before it): 依照…规定，根据…建议，国务院2022年2月24日决定：免去… Bounded: at
# most 200 characters before the date, none of them a full stop; the organ's words between the day and the verb none.
_DECIDED_DAY_RE = compile_re(
    rf"[^。！？]{{0,200}}?(?P<y>(?:19|20)\d\d)年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日"
    rf"(?:{alternation(DECIDED_ON_DAY_VERBS)})[：:]"
)
# A reporter's learning clause after the lead's day: ，记者从贵州省政府办公厅获悉， / ，本报记者了解到，
_LEARNED_RE = compile_re(r"[，,]\s*(?:本报|本网|本台)?记者[^，。；,;]{0,30}?(?:获悉|了解到|得知)\s*[，,：:]?")
# A lead's first clause that cites another outlet's report, its day perhaps with it: 据中国气象局官网3月17日消息 /
# 据石家庄日报客户端消息 / 据新华社报道 (pages17). The day is the other outlet's, not the event's: the next clause dates
# the event when it opens on its day (，1月8日上午，…召开), and 日前/近日 date nothing
_CITED_REPORT_RE = compile_re(rf"^[ \t\u3000]*据[^，。；,;]{{1,40}}?(?:{alternation(CITED_REPORT_ENDS)})[ \t\u3000]*$")
_RANGE_AFTER_RE = compile_re(rf"\s*{_DAY_PART}?\s*(?:至|到|—|-|－|~|～)")
# …and the end of a range that the day closes: 10月19-20日 / 19—20日 / 19日至20日 (the event's days, not one; titles round 15)
# (one run of blanks has one owner: \s*日?\s* split a run between its two stars in every way before failing)
_RANGE_BEFORE_RE = compile_re(r"\d\s*(?:日\s*)?(?:至|到|—|-|－|~|～)\s*$")
_STORY_PARAS = 8  # paragraphs of the story looked at for a session's day

# A relative day that states its own day in brackets: 今天（21日） / 今日(27日) / 昨天（6日） / 今（7）日 / 昨日（12月6日） —
# the outlet's own statement of the day it tells, checked against the publish day (dates round 18)
_CONFIRMED_DAY_RE = compile_re(
    rf"(?P<rel>{alternation(CONFIRMED_RELATIVE_DAYS)})\s*[（(](?:(?P<rm>{_N})月)?(?P<rd>{_N})日?[）)]"
    rf"|(?P<rel2>[今昨])\s*[（(](?P<r2d>{_N})[）)]\s*日"
)
_LEAD_CONFIRM_SPAN = 300  # the lead's characters looked at for a confirmed day
_LEAD_CLAUSES = 12  # …and its clauses


# Whom a speech addresses, with its colon: what follows is the speech, its days the speaker's
_ADDRESS_RE = compile_re(rf"(?:{alternation(ADDRESSEES)})[ \t\u3000]*[：:]")
# A lead's first clause that is its day and nothing else, the 月 and 日 lost by a converter: 417 / 1017日 /
# 417上午 (the clause ends at the comma: 417，郴州市委…)
# …its year perhaps glued before them, the 年 lost too: 2007824上午 (ndates21)
_LOST_MARKS_DAY_RE = compile_re(rf"^[ \t\u3000]*(?P<ly>(?:19|20)\d\d)?(?P<md>\d{{3,4}})日?{_DAY_PART}?[ \t\u3000]*$")
# …read as a day only in a sentence that reports an event: bare digits also open a lead on a service number
# (120，是每个人都熟悉的急救电话。: not January 20th)
_EVENT_AHEAD_RE = compile_re(rf"[^。]{{0,80}}?(?:{_EVENT_VERBS})")


def _lost_marks_day(digits: str, published: _dt.date, year: int | None = None) -> str | None:
    """The ISO day of a lead's digits that lost their 月 and 日 (417 → 4-17), when they split into a
    month and a day one way only among the days on or shortly before ``published`` (FORMAT.md's
    one-reading rule; 112 — 1-12 or 11-2 — gives none unless only one of them falls in the window);
    a part written with a leading zero is no such day. ``year``: the year glued before them (2007824), when printed."""
    found = {
        date
        for cut in (1, 2)
        if cut < len(digits) and digits[0] != "0" and digits[cut] != "0" and len(digits) - cut <= 2
        if (date := _resolve(year, int(digits[:cut]), int(digits[cut:]), published)) is not None
    }
    return found.pop().isoformat() if len(found) == 1 else None


def _number(text: str | None) -> int | None:
    return cn_to_int(text) if text else None


def _resolve(year: int | None, month: int | None, day: int | None, published: _dt.date) -> _dt.date | None:
    """A stated day as a date on or shortly before ``published``; None when it is not one."""
    if month is None or day is None:
        return None
    candidates = [year] if year else [published.year, published.year - 1]
    window = _MAX_DAYS_BEFORE_WITH_YEAR if year else _MAX_DAYS_BEFORE
    for y in candidates:
        iso = make_iso(y, month, day)
        if iso is None:
            continue
        date = _dt.date.fromisoformat(iso)
        if date <= published and (published - date).days <= window:
            return date
    return None


def _bare_day(day: int | None, published: _dt.date) -> _dt.date | None:
    """``25日``: the latest date on or before ``published`` with that day of the month."""
    if not day:
        return None
    for back in range(_MAX_DAYS_BEFORE + 1):
        date = published - _dt.timedelta(days=back)
        if date.day == day:
            return date
    return None


def _day_of(m: re.Match[str], published: _dt.date) -> _dt.date | None:
    if m.group("rel") or m.group("rel2"):
        word = m.group("rel") or m.group("rel2")
        date = published - _dt.timedelta(days=_RELATIVE[word[0]])
        stated = m.group("rd") or m.group("r2d")
        if stated is not None:  # 今天（7月27日） / 昨日（22日）: the bracket must agree with the word
            month = _number(m.group("rm"))
            if _number(stated) != date.day or (month is not None and month != date.month):
                return None
        return date
    if m.group("iy"):
        return _resolve(int(m.group("iy")), int(m.group("im")), int(m.group("id")), published)
    if m.group("m"):
        return _resolve(_number(m.group("y")), _number(m.group("m")), _number(m.group("d")), published)
    return _bare_day(_number(m.group("bd")), published)


# A photo's caption over the lead (dates round 18): one short clause and its full stop (姚祖辉获委任岭大校董会主席。), or a
# short sentence ending on its credit in brackets (…当选台大新任校长。（台大提供） / …。（图/中央社） / …。【图/记者X拍摄】: dates19)
_CAPTION_CLAUSE_RE = compile_re(r"^[^，,；;：:。！？]{4,40}。$")
_CAPTION_CREDIT_RE = compile_re(
    rf"^[^。]{{4,80}}。[ \t\u3000]*[（(【](?:[^（）()【】]{{0,20}}(?:{alternation(CAPTION_CREDIT_ENDS)})"
    rf"|(?:{alternation(CAPTION_CREDIT_OPENERS)})[^（）()【】]{{0,20}})[）)】][ \t\u3000]*$"
)


def is_photo_caption(text: str) -> bool:
    """Is the paragraph ``text`` a photo's caption (a short clause, or a sentence with its credit in brackets)?"""
    return bool(_CAPTION_CLAUSE_RE.match(text) or _CAPTION_CREDIT_RE.match(text))


def is_dateline(text: str) -> bool:
    """Does ``text`` open with a dateline (``新华社北京2月4日电``), after a lead's marks?"""
    marks = LEAD_MARKS_RE.match(text)
    return bool(dateline_at(text, marks.end() if marks else 0))


def lead_day(lead: str, published: str) -> str | None:
    """The day (ISO) the lead ``lead`` dates its event on, against the publish day ``published``
    (ISO); None when the lead dates nothing, or a day that cannot be this report's.

    ``本报讯（记者 X）1月5日，省十二届人大常委会第二十五次会议…`` under 2017-01-06 → 2017-01-05;
    ``昨天上午，…`` → the day before; ``新华社北京12月31日电`` → 12-31; ``近日，…`` → None.
    """
    pub = _dt.date.fromisoformat(published)
    if lead[:1] in "（(" and (m := _BRACKET_DATELINE_RE.match(lead)):
        # （中央社记者某某台北17日电）: the agency's dateline in the lead's bracket, often the day alone
        month = _number(m.group("m"))
        date = _resolve(None, month, _number(m.group("d")), pub) if month else _bare_day(_number(m.group("d")), pub)
        return date.isoformat() if date else None
    marks = LEAD_MARKS_RE.match(lead)
    start = marks.end() if marks else 0
    if (byline := _OUTLET_BYLINE_RE.match(lead, start)) is not None and lead[
        byline.end() : byline.end() + 1
    ] in OPENING_QUOTES:
        start = byline.end()  # 文成新闻网（记者 赵礼锋）“我宣誓：…”: the outlet's byline before the quotation
    if lead[start : start + 1] in OPENING_QUOTES and (quote := _QUOTE_LEAD_RE.match(lead, start)) is not None:
        start = quote.end()  # “我宣誓：…”2月25日上午，我县举行…: the quotation is the kicker (dates19)
    if (cited := _CLAUSE_RE.match(lead, start)) is not None and _CITED_REPORT_RE.match(cited.group()):
        # 据某某官网3月17日消息，日前，中共中央决定…: the cited report's day is no event's; the next clause's own day
        # (据某某客户端消息，1月8日上午，…召开) is, and 日前 none (pages17)
        told = _CLAUSE_RE.match(lead, cited.end() + 1)
        m = _DAY_RE.match(told.group().lstrip(" \t\u3000")) if told is not None else None
        date = _day_of(m, pub) if m is not None else None
        return date.isoformat() if date else None
    if m := dateline_at(lead, start):
        if _RESTATED_RANGE_RE.match(lead, m.end()):
            # 国家卫健委网站1月7日消息，1月6日-7日，…会议在北京召开: the event's days restated as a range after the
            # dispatch's day — several days, not one, and not the dispatch's (ndates21)
            return None
        if (decided := _DECIDED_DAY_RE.match(lead, m.end())) is not None:
            # 新华社北京2月28日电 …国务院2022年2月24日决定：免去…: the decision's own day, not the dispatch's (tpages21)
            date = _resolve(_number(decided.group("y")), _number(decided.group("m")), _number(decided.group("d")), pub)
            return date.isoformat() if date else None
        if own := _RESTATED_DAY_RE.match(lead, m.end()):
            # 中国吉林网10月17日讯（记者 X）：10月18日，…揭牌成立: the lead states its event's own day
            # after the dispatch's (s11-heads11)
            date = _resolve(_number(own.group("y")), _number(own.group("m")), _number(own.group("d")), pub)
            return date.isoformat() if date else None
        date = _resolve(_number(m.group("y")), _number(m.group("m")), _number(m.group("d")), pub)
        return date.isoformat() if date else None
    if (decided := _DECIDED_DAY_RE.match(lead, start)) is not None:
        # 依照…规定，根据…建议，国务院2022年2月24日决定：免去…: the decision's whole day dates the report (tpages21)
        date = _resolve(_number(decided.group("y")), _number(decided.group("m")), _number(decided.group("d")), pub)
        return date.isoformat() if date else None
    clause = _CLAUSE_RE.match(lead, start)
    if clause is not None and _AFTER_EARLIER_RE.match(clause.group()):
        # 继昨天5省任命6位副省长后，今天上午…: the day of the earlier event is background; the next
        # clause dates this report's
        clause = _CLAUSE_RE.match(lead, clause.end() + 1)
    if clause is not None and (lost := _LOST_MARKS_DAY_RE.match(clause.group())) is not None:
        # 417，郴州市委、市政府…召开 under 2012-04-19: the lead's 4月17日 that lost its 月 and 日 (dates round 14),
        # when the sentence reports an event (120，是…急救电话: a number, no day)
        if _EVENT_AHEAD_RE.match(lead, clause.end()) is None:
            return None
        year = int(lost.group("ly")) if lost.group("ly") else None  # 2007824上午，… under 2007-08-27 (ndates21)
        return _lost_marks_day(lost.group("md"), pub, year)
    if clause is None:
        return None
    if (
        (m := _DAY_RE.search(clause.group())) is not None
        and m.start() > 0
        and clause.group().lstrip(" \t\u3000").startswith(_BASIS_OPENERS)
    ):
        # 为贯彻落实省委3月5日会议精神，… / 根据省政府3月5日印发的通知，…: the cited event's day (rev23); the story's own
        # day after the clause (…，3月8日，我县召开…) dates it, none otherwise
        m = None
    if m is None and (purposed := _PURPOSED_EVENT_RE.match(lead, clause.start())) is not None:
        # 为进一步体现…关怀，…，8月7日，乡城县召开…座谈会: the purpose first, then the event's day (ndates21)
        if _RANGE_AFTER_RE.match(lead, purposed.end("d") + 1):
            return None
        date = _resolve(_number(purposed.group("y")), _number(purposed.group("m")), _number(purposed.group("d")), pub)
        return date.isoformat() if date else None
    if m is None:
        # 台大校長遴選結果本月7日出爐，教育部17日收到台大公文，今天（21日）正式函復 / 徐國勇日前正式請辭，
        # 羅秉成今天（7日）證實…: a first clause that dates nothing, the lead's bracketed today is its day
        return _confirmed_day(lead, clause.start(), pub)
    if _ADDRESS_RE.search(lead, 0, clause.start() + m.start()):
        # …上的讲话同志们：今天，县委在这里召开…: a speech's own 今天, the day it was given, not the
        # page's publish day nor a day the page reports (dates round 14)
        return None
    if _RANGE_AFTER_RE.match(clause.group(), m.end()) or _RANGE_BEFORE_RE.search(clause.group(), 0, m.start()):
        return None  # 于23日至25日举行 / 10月19-20日，…: a range, not the day of the event
    if m.group("y") is None and any(word in clause.group()[: m.start()] for word in PAST_YEAR_WORDS):
        return None  # 去年2月20日，…: a day of another year, not this report's (dates19)
    if learned := _LEARNED_RE.match(lead, clause.end()):
        # 4月5日，记者从…获悉，近日，国务院…作出批复: the day the reporter learned it dates nothing the
        # story reports; the next clause's own day does, and 近日 none (s11-heads11)
        told = _CLAUSE_RE.match(lead, learned.end())
        m = _DAY_RE.match(told.group()) if told is not None else None
        if m is None:
            return None
    date = _day_of(m, pub)
    return date.isoformat() if date else None


def _confirmed_day(lead: str, start: int, pub: _dt.date) -> str | None:
    """The one day the lead (from ``start``, its first few sentences) states with a relative word and its own day in
    brackets (``今天（21日）``, ``今日(27日)``, ``昨天（6日）``), agreeing with the publish day ``pub``; None when it
    states none, two different ones, one that disagrees with ``pub``, or one in a clause citing another
    outlet (据…今天（7日）报道), a plan (将于…) or the story's background (去年/此前/曾于)."""
    span = lead[start : start + _LEAD_CONFIRM_SPAN]
    if _ADDRESS_RE.search(span):
        return None  # a speech's 今天 is the day it was given
    found: set[_dt.date] = set()
    for k, clause in enumerate(_CLAUSE_RE.finditer(span)):
        if k >= _LEAD_CLAUSES:
            break
        m = _CONFIRMED_DAY_RE.search(clause.group())
        if m is None:
            if (stated := _stated_day(span, clause, pub)) == _NOT_THIS_REPORT:
                return None
            if stated is not None:
                found.add(stated)
            continue
        before = clause.group()[: m.start()]
        if any(word in before for word in LEAD_NO_DAY_OPENERS):
            return None  # 据…今天（7日）报道 / 去年今天（7日）: not the report's own day
        date = _day_of(m, pub)
        if date is None:
            return None  # a bracket that contradicts its word or the publish day: the page is not what it seems
        found.add(date)
    return found.pop().isoformat() if len(found) == 1 else None


def _stated_day(span: str, clause: re.Match[str], pub: _dt.date) -> _dt.date | None:
    """The day a clause of the lead's first sentences states without brackets right before the event's verb
    (政府今日宣布 / 昨日召开 / 14日下午举行的), against the publish day ``pub``: None when it states none, or states it
    in a quotation, a cited outlet's words, the background or a plan (将于14日举行); :data:`_NOT_THIS_REPORT` when the
    day it states cannot be this report's (outside the days before ``pub``): the lead is then not read (dates19)."""
    m = _STATED_DAY_RE.search(clause.group())
    if m is None:
        return None
    before = clause.group()[: m.start()]
    if any(word in before for word in _STATED_NO_DAY) or _inside_quote(span, clause.start() + m.start()):
        return None
    rel = m.group("rel")
    date = pub - _dt.timedelta(days=_RELATIVE[rel[0]]) if rel else _bare_day(int(m.group("bd")), pub)
    return date if date is not None else _NOT_THIS_REPORT


_NOT_THIS_REPORT = _dt.date.min  # a stated day outside the days before the publish day: the page is not what it seems


def _inside_quote(text: str, at: int) -> bool:
    """Does position ``at`` of ``text`` lie inside a quotation opened before it and not closed (“…今日召开…)?"""
    head = text[:at]
    return any(head.count(o) > head.count(c) for o, c in OPENING_QUOTES.items() if o != c) or head.count('"') % 2 == 1


def session_day(paragraphs: list[str], published: str) -> str | None:
    """The day of the first paragraph among ``paragraphs`` (the story's, in order) that opens on
    its day and reports a session (``9月5日下午，…人大常委会召开第十三次会议``); None when none
    does within the first few, or its day cannot be this report's."""
    pub = _dt.date.fromisoformat(published)
    for text in paragraphs[:_STORY_PARAS]:
        if m := _SESSION_OPEN_RE.match(text) or _PURPOSED_ACT_RE.match(text):
            date = _resolve(_number(m.group("y")), _number(m.group("m")), _number(m.group("d")), pub)
            return date.isoformat() if date else None
        if (m := _SESSION_RESTATED_RE.match(text)) is not None and not _RANGE_AFTER_RE.match(text, m.end("d") + 1):
            # 会议于五月三十一日下午在市政署大礼堂举行 under a lead that dated nothing (日前/近日): the session's day (ndates21)
            date = _resolve(_number(m.group("y")), _number(m.group("m")), _number(m.group("d")), pub)
            return date.isoformat() if date else None
    return None


_LEAD_IN = alternation(LEAD_IN_OPENERS)
# A later paragraph that opens on a clause of purpose or basis, then on its day, and reports the story's act
# (dates round 18): 为加强…领导，根据《…》（国发〔2022〕22号），6月8日，广州市人民政府官网发布《…通知》
_BASIS_OPENERS = tuple(BASIS_CLAUSE_OPENERS)  # rev23: a first clause of purpose or basis
_PURPOSED_ACT_RE = compile_re(
    rf"^[ \t\u3000]*(?:{_LEAD_IN})[^。；;]{{1,160}}?[，,][ \t\u3000]*"
    rf"(?:(?P<y>{_N})年)?(?P<m>{_N})月(?P<d>{_N})日{_DAY_PART}?[，,]"
    rf"(?=[^。]{{0,60}}?(?:{alternation(DATED_ACT_VERBS)}))"
)
_DECISIONS = alternation(DECISION_OPENERS)
# A lead that opens on a clause (or clauses) of purpose or basis, then on its event's day, the event told in the same
# sentence (ndates21): 本网讯 为进一步体现…关怀，让老干部全面了解…情况，共商发展之策，8月7日，乡城县召开…座谈会
_PURPOSED_EVENT_RE = compile_re(
    rf"(?:{alternation(PURPOSED_LEAD_OPENERS)})[^。；;]{{1,160}}?[，,][ \t\u3000]*"
    rf"(?:(?P<y>{_N})年)?(?P<m>{_N})月(?P<d>{_N})日{_DAY_PART}?[ \t\u3000]*[，,]"
    rf"(?=[^。]{{0,80}}?(?:{_EVENT_VERBS}))"
)
# A later paragraph that restates its session's day after a lead that dated nothing (ndates21): 会议于五月三十一日下午在
# 市政署大礼堂举行 (after 【特讯】…日前召开特别大会) — the subject first, then 于 and the day, the session held in the sentence
_SESSION_RESTATED_RE = compile_re(
    rf"^[ \t\u3000]*(?:{alternation(SESSION_RESTATED_SUBJECTS)})[ \t\u3000]*于[ \t\u3000]*"
    rf"(?:(?P<y>{_N})年)?(?P<m>{_N})月(?P<d>{_N})日{_DAY_PART}?"
    # …held in the day's own clause (rev23: 会议于3月5日印发的文件作了部署，会议于3月8日举行 — another act's day)
    rf"(?=[^。，,；;]{{0,60}}?(?:{_EVENT_VERBS}))"
)
_DATED_LEAD_ACTS = alternation(DATED_LEAD_ACT_VERBS)
# A lead that states its event's whole date, the year with it, in its first clause and reports a
# session or event in the same sentence: 黑龙江省文物管理委员会于1988年12月25日下午,在省图书馆召开了…
_YEAR_LEAD_RE = compile_re(
    # one lead-in clause may come first, of a purpose or a source and dating nothing itself
    # (为传达落实…要求，2020年2月19日，在…召开 / 据国务院新闻办公室公布；将于2011年7月22日…举行 —
    # dates round 14): the date then opens the next clause
    rf"^(?:(?:{_LEAD_IN})[^。，,；;：:\d]{{1,40}}[，,；;][ \t\u3000]*)?"
    rf"(?P<pre>[^。，,；;]{{0,40}}?)(?P<y>(?:19|20)\d\d|[〇○零一二三四五六七八九]{{4}})年(?P<m>{_N})月(?P<d>{_N})日"
    rf"{_DAY_PART}?"
    # …the session or event held in the same sentence; or, the date opening its own clause, the
    # decision that clause reports (2020年10月21日，决定任命：某某为…副市长)
    # (or, the year printed, an official's visit or an announcement: 2022年7月27日下午，…莅临龙亭区调研指导 — ndates21)
    rf"(?:[^。]{{0,80}}?(?:{_EVENT_VERBS}|{_DATED_LEAD_ACTS})|[ \t\u3000]*[，,][ \t\u3000]*(?:{_DECISIONS}))"
)


def year_lead_day(lead: str) -> str | None:
    """The day (ISO) a lead dates its event on by itself, the year stated (a story stored without
    its page's publish day: nothing else dates it), when the same sentence reports a session or
    event held; None otherwise (2019年是… / 根据2019年5月1日…精神 date no event of the story)."""
    marks = LEAD_MARKS_RE.match(lead)
    start = marks.end() if marks else 0
    if lead[:1] in "【[" and dateline_at(lead, 1) is not None:
        start = 1  # the dispatch inside the tag's brackets: 【新唐人亚太台 2022 年 12 月 22 日讯】
    if (line := dateline_at(lead, start)) is not None and line.group("y"):
        # 【新唐人亚太台 2022 年 12 月 22 日讯】台南市长今天公布…: a dispatch's whole date dates its report (round trad18),
        # unless the lead restates its event's own day after it
        year = _number(line.group("y"))
        if own := _RESTATED_DAY_RE.match(lead, line.end()):
            return make_iso(_number(own.group("y")) or year, _number(own.group("m")), _number(own.group("d")))
        return make_iso(year, _number(line.group("m")), _number(line.group("d")))
    if (decided := _DECIDED_DAY_RE.match(lead, start)) is not None:
        # 依照…规定，根据…建议，国务院2019年11月19日决定：任命…: the decision's whole day (tpages21)
        return make_iso(_number(decided.group("y")), _number(decided.group("m")), _number(decided.group("d")))
    m = _YEAR_LEAD_RE.match(lead)
    if m is None or _RANGE_AFTER_RE.match(lead, m.end("d") + 1):
        return None  # (于2006年12月25日至29日召开: a range, not the day of the event)
    if any(word in m.group("pre") for word in YEAR_LEAD_NOT_BEFORE) or lead.startswith(
        tuple(YEAR_LEAD_NOT_AFTER), m.end("d") + 1
    ):
        return None  # 根据2019年5月1日会议精神，… / 截至… / 2022年7月27日起，…: a basis, a limit or a start (ndates21)
    return make_iso(_number(m.group("y")), _number(m.group("m")), _number(m.group("d")))


# A lead that opens on its event's days, a range (10月19-20日，… / 10月19日至20日，… / 2021年10月19—20日，…): the
# event's days, not one; the page's stamp dates no day of it (titles round 15)
_RANGE_LEAD_RE = compile_re(
    r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日?\s*(?:至|到|—|-|－|~|～)\s*(?:\d{1,2}月)?\d{1,2}日"
)


def opens_on_range(lead: str) -> bool:
    """Does ``lead`` open on a range of days (10月19-20日，…)?"""
    marks = LEAD_MARKS_RE.match(lead)
    return _RANGE_LEAD_RE.match(lead, marks.end() if marks else 0) is not None
