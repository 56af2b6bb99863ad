"""Personnel news in prose (appointments round appoint29, issue 9 session 19): a career's step dated to the day
inside a biography (no change), a held title before a name whose leaving ground is told in its own clause, an acting
chair taken for the time being (暂时代理X一职), a list of held titles and names joined by 和 before 的辞职申请, and a
surname 任 after a held title (副市长任学锋出任X). Word tables in :mod:`...vocab.personnel` (the appoint29 block at
its end). A sibling reader of :mod:`.news_mainland` (imports :mod:`..people` only), called by the package's
``extract_appointments``; every pattern is bounded and compiled once, at import.
"""

from __future__ import annotations

from datetime import date

from ..._pattern_cache import compile_re
from ...vocab.common import alternation
from ...vocab.personnel import LEGAL_STATUS_NOT_POSTS

# A full date to the day, printed with ASCII digits (全角 digits are folded before): 2018年9月1日.
_DAY_DATE_RE = compile_re(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# Days before the document's own date beyond which a day-dated step is history, not the news: a report tells changes
# of its week, a roundup those of a month or so; a step dated a season back inside a career is a past post.
CAREER_STEP_DAYS = 60


def _day(text: str) -> date | None:
    m = _DAY_DATE_RE.fullmatch(text) or _DAY_DATE_RE.match(text)
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


__all__ = ["CAREER_STEP_DAYS", "dated_career_step", "day_dated", "without_legal_status"]
