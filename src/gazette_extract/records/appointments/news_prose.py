"""Personnel news in prose (appointments round appoint29, issue 9 session 19): a career's step dated to the day
inside a biography (no change), a held title before a name whose leaving ground is told in its own clause, an acting
chair taken for the time being (暂时代理X一职), a list of held titles and names joined by 和 before 的辞职申请, and a
surname 任 after a held title (副市长任学锋出任X). Word tables in :mod:`...vocab.personnel` (the appoint29 block at
its end). A sibling reader of :mod:`.news_mainland` (imports :mod:`..people` only), called by the package's
``extract_appointments``; every pattern is bounded and compiled once, at import.
"""

from __future__ import annotations

import re
from datetime import date

from ..._pattern_cache import compile_re
from ...vocab.common import CJK as _CJK
from ...vocab.common import alternation
from ...vocab.personnel import (
    HELD_BESIDES_WORDS,
    LEGAL_STATUS_NOT_POSTS,
    SHORT_RESIGN_ADVERBS,
    SHORT_RESIGN_NOT_AFTER,
    SHORT_RESIGN_NOT_BEFORE,
    SINGLE_CHAR_MOVE_NOT_BEFORE,
    SINGLE_CHAR_MOVES,
    SINGLE_MOVE_HELD_LAST_CHARS,
)
from ..people import _parse_posts, _title_at_end, is_person_name
from .common import opens_with_rumour

# A full date to the day, printed with ASCII digits (全角 digits are folded before): 2018年9月1日.
_DAY_DATE_RE = compile_re(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# Days before the document's own date beyond which a day-dated step is history, not the news: a report tells changes
# of its week, a roundup those of a month or so; a step dated a season back inside a career is a past post.
CAREER_STEP_DAYS = 60


def _day(text: str) -> date | None:
    m = _DAY_DATE_RE.match(text)  # (a full match is a match: rev19 dropped the second try)
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def dated_career_step(dated: str, doc_date: str | None) -> bool:
    """Whether a clause dated to the day (``dated``: 2018年9月1日, or the clause opening on it) tells a past step of a
    career rather than the change reported: its day lies more than CAREER_STEP_DAYS before the document's date, or the
    document has none (the biography around it is then the only reading). The caller has found the biography."""
    day = _day(dated.strip(" \u3000"))
    if day is None:
        return False
    if doc_date is None:
        return True
    try:
        reported = date.fromisoformat(doc_date[:10])
    except ValueError:
        return True
    return (reported - day).days > CAREER_STEP_DAYS


def day_dated(clause: str, previous: str | None) -> str | None:
    """The day a clause is dated by: its own opening (2018年9月1日张跃赛任X) or, in the same sentence, the clause
    before it when that is the date alone (2018年9月1日,张跃赛任X); None when neither is a date to the day."""
    if "日" in clause[:12] and _DAY_DATE_RE.match(clause.strip(" \u3000")) is not None:
        return clause
    if previous is not None and "日" in previous and _DAY_DATE_RE.fullmatch(previous.strip(" \u3000")) is not None:
        return previous
    return None


# …董事和公司法定代表人职务: the legal status and its link, before 职务 / 一职 (等 allowed).
_LEGAL_STATUS_RE = compile_re(
    rf"(?:以及|[、和及])(?:公司)?(?:{alternation(LEGAL_STATUS_NOT_POSTS)})(?=等?(?:职务|一职|職務))"
)


def without_legal_status(text: str) -> str:
    """申请辞去公司董事长、董事和公司法定代表人职务 → 申请辞去公司董事长、董事职务: a legal status is no post."""
    return _LEGAL_STATUS_RE.sub("", text)


# 辞 alone before posts (Taiwan and Hong Kong news): the posts up to 并 / 改 / the clause's end, 30 characters at most.
_BESIDES = alternation(HELD_BESIDES_WORDS)
_SHORT_RESIGN_RE = compile_re(
    rf"(?<![{SHORT_RESIGN_NOT_AFTER}])[辞辭](?![{SHORT_RESIGN_NOT_BEFORE}])"
    rf"(?P<besides>{_BESIDES})?(?P<posts>[{_CJK}、]{{2,30}}?)(?=[并並改，,。；;]|$)"
)
_HELD_BESIDES_RE = compile_re(rf"(?<=辞去)(?:{_BESIDES})")
# 辞去X并辞去Y: two posts left in one clause → 辞去X、Y. Never 一并 (an adverb, "as well"): …，同时一并辞去Y职务 had
# become the post 同时一、Y (yutainews 2023, appoint31).
_SECOND_RESIGN_RE = compile_re(rf"(?<=[{_CJK}])(?<![一])[并並]辞去(?=[{_CJK}])")
# …并辞Y left as printed (Y read as no post: 台湾主席): dropped, so that the first resignation reads.
_UNREAD_SECOND_RE = compile_re(rf"(?<=[{_CJK}])(?<![一])[并並][辞辭](?:{_BESIDES})?[{_CJK}、]{{2,30}}?(?=[，,。；;]|$)")


def _resigns_here(text: str, m: re.Match[str]) -> bool:
    before = text[max(m.start() - 4, 0) : m.start()]
    named = before[-1:] in SHORT_RESIGN_ADVERBS or any(
        is_person_name(before[-n:]) for n in (2, 3, 4) if len(before) >= n
    )
    return named and bool(_parse_posts(m.group("posts"), ())[0])


def short_resignations(text: str) -> str:
    """许璋瑶辞政务委员并辞所兼任之台湾主席,改任X → 许璋瑶辞去政务委员、台湾主席,改任X: 辞 alone before posts after a name
    (or 则/并 after one), and 所兼任之 between 辞去 and its post, read as the resignation they tell."""

    def told(m: re.Match[str]) -> str:
        return "辞去" + m.group("posts") if _resigns_here(text, m) else m.group()

    if "辞" in text or "辭" in text:
        text = _SHORT_RESIGN_RE.sub(told, text)
    if "辞去" in text:
        text = _HELD_BESIDES_RE.sub("", text)
        text = _SECOND_RESIGN_RE.sub("、", text)
        text = _UNREAD_SECOND_RE.sub("", text)
    return text


# A move told with one character after the post held and the name: the character, then the posts up to the clause's end.
_SINGLE_MOVE_RE = compile_re(
    rf"(?P<verb>[{''.join(SINGLE_CHAR_MOVES)}調])(?![{SINGLE_CHAR_MOVE_NOT_BEFORE}])(?P<posts>[{_CJK}]{{2,30}}?)(?=[，,。；;]|$)"
)
_CLAUSE_START_RE = compile_re(r"[，,。；;：:、\n]")
# The stage's gate for such a move: the last character of a title, two to four of a name, the character (the document
# holds no other verb of a change: 署督察室主任颜旺盛调国道警察局长 alone).
SINGLE_MOVE_GATE_RE = compile_re(
    rf"[{SINGLE_MOVE_HELD_LAST_CHARS}][{_CJK}]{{2,4}}[{''.join(SINGLE_CHAR_MOVES)}調](?![{SINGLE_CHAR_MOVE_NOT_BEFORE}])"
)
_HELD_MAX = 30  # characters of the post held read back from the name


def _moved_here(text: str, m: re.Match[str]) -> bool:
    start = m.start()
    head = text[max(start - _HELD_MAX - 4, 0) : start]
    stops = [s.end() for s in _CLAUSE_START_RE.finditer(head)]
    head = head[stops[-1] :] if stops else head
    if opens_with_rumour(head):
        return False  # 据传署主任秘书张三调X: a rumour (appoint32)
    fits = [
        size
        for size in (2, 3, 4)
        if len(head) - size >= 2 and is_person_name(head[-size:]) and _title_at_end(head[:-size]) is not None
    ]
    return len(fits) == 1 and bool(_parse_posts(m.group("posts"), ())[0])


def single_char_moves(text: str) -> str:
    """署督察室主任颜旺盛调国道警察局长 → …颜旺盛调任国道警察局长: 调 / 升 / 派 alone between a post held, a name and the
    new posts (Taiwan news), read as 调任 / 升任 / 派任; anything else is left as printed."""

    def told(m: re.Match[str]) -> str:
        verb = "调" if m.group("verb") == "調" else m.group("verb")
        return SINGLE_CHAR_MOVES[verb] + m.group("posts") if _moved_here(text, m) else m.group()

    return _SINGLE_MOVE_RE.sub(told, text)


__all__ = [
    "CAREER_STEP_DAYS",
    "SINGLE_MOVE_GATE_RE",
    "dated_career_step",
    "day_dated",
    "short_resignations",
    "single_char_moves",
    "without_legal_status",
]
