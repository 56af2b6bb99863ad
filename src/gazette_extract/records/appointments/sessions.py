"""The meeting that decides a change (区政府第十次常务会议研究决定…, 人大常委会第N次会议): the session, its
place and date, the changes pending until the document names them (:class:`_Pending`), a change
restated in fuller words later, and the place a bare post belongs to. Imports :mod:`.common`; no other
reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..._fastclass import dataclass
from ..._pattern_cache import compile_re
from ...data import LineSpan
from ...grammars.dates import parse_date
from ...vocab.common import CJK as _CJK
from ...vocab.common import LazyPattern
from ...vocab.personnel import (
    ACTING_PREFIX,
    CPPCC_SHORT,
    CPPCC_TERM_COMMITTEE_PATTERN,
    DEICTIC_UNIT_ENDS,
    DEICTIC_UNITS,
    GOVERNMENT_SHORT_FORMS,
    HELD_BEFORE_LEADS,
    PARTY_SECRETARY_SHORT_FORMS,
    PLACE_STARTS,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from ...layout.blocks import Block

from ...vocab.numerals import CN_ORDINALS
from ..people import (
    _ALL_CJK_RE,
    _PLACE_LEVELS,
    _parse_posts,
    _title_at_end,
    split_position,
)
from .common import (
    _POST_PLACE_RE,
    VERB_RE,
    _base_title,
    _Change,
    _inherit_organizations,
)

_HELD_BEFORE_TUPLE = tuple(HELD_BEFORE_LEADS)

# The deciding meeting, with its date when printed:
#   经2020年12月31日北京市平谷区人民政府第30次常务会议研究决定任命：
#   （2021年1月20日北京市第十五届人民代表大会常务委员会第二十八次会议通过）
#   近日，经区委常委会研究决定，…
_DATE = rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年[\d〇○零{CN_ORDINALS}]{{1,3}}月[\d〇○零{CN_ORDINALS}]{{1,3}}日"
MEETING_RE = LazyPattern(
    rf"""
    (?:^|(?<=[，。；：、（(\s]))         # starts a clause
    经?
    (?P<date>{_DATE})?                    # 2020年12月31日
    (?P<meeting>[{_CJK}\d]{{2,60}}?       # 北京市平谷区人民政府第30次
        (?:会议|常委会|常务会|党组会|办公会))  # 常务会议 / 常委会
    上?(?:(?:研究|审议|讨论)[，,]?)?(?:决定|通过)   # 研究决定 / 通过 / 研究，决定 (round 10)
    """,
    re.VERBOSE,
)

# A standing-committee session named without a deciding verb, as news and headlines print it:
#   3月20日，区十五届人大常委会举行第二十八次会议，…              (虹口 2015)
#   嘉兴市南湖区十届人大常委会召开第二十四次会议。                 (南湖 2025)
#   北京市第十五届人民代表大会常务委员会第二十八次会议
# The place before it (区 / 嘉兴市南湖区) is read separately: see _resolve_session.
SESSION_MEETING_RE = compile_re(
    rf"""
    (?:第?(?P<term>[{CN_ORDINALS}\d]{{1,3}})届)?          # 十五届 / 第十五届
    (?P<body>人大常委会|人民代表大会常务委员会|人大常务委员会)
    (?:举行|召开|举办)?了?                                     # 举行 / 召开
    (?P<session>第[{CN_ORDINALS}百零〇\d]{{1,4}}次(?:全体)?会议)  # 第二十八次会议
    """,
    re.VERBOSE,
)
# The Chinese characters right before a session: 嘉兴市南湖区 / 区 / 编印区 (a page header).
_PLACE_RUN_RE = compile_re(rf"[{_CJK}]{{1,12}}$")
_DATE_RE = compile_re(_DATE)
_LONG_PLACE_STARTS = frozenset(p for p in PLACE_STARTS if len(p) >= 2)  # places a session's run may end with


@dataclass(frozen=True, slots=True)
class _Session:
    """A session named without a deciding verb (区十五届人大常委会举行第二十八次会议); its place
    is resolved once the document's posts are known (see :func:`_resolve_session`)."""

    run: str  # Chinese characters right before it: 区 / 嘉兴市南湖区 / 编印区
    term: str | None  # 十五 (届)
    body: str  # 人大常委会 / 人民代表大会常务委员会
    session: str  # 第二十八次会议


def _session_key(term: str | None, session: str) -> str:
    """Two mentions of one session compare equal: 十五届…第二十八次会议 / 第十五届…第二十八次会议."""
    return f"{term or ''}届{session}"


_DEICTIC_MEETINGS: tuple[str, ...] = ("此次", "本次", "这次", "该次", "这个", "上述")
# How a meeting's clause ends when a comma parts it from 决定 (经…常务会议研究，决定：, round 10).
# Only 经…研究 followed by 决定: 提请…会议审议 submits a motion and 经主任会议研究，提交了本次常委会议审议
# passes it on; neither decides (吉安, 丹阳 goldens).
_MEETING_STUDY_ENDS: tuple[str, ...] = ("会议研究", "会研究")


def _studied(clause: str, clauses: list[tuple[bool, str]], k: int) -> str:
    """经…常务会议研究 / 决定：… → 经…常务会议研究决定: the meeting's clause with the verb a comma parted
    from it, so that it names the deciding meeting (round 10); any other clause as it is."""
    c = clause.strip(" \u3000")
    after = clauses[k + 1][1].lstrip(" \u3000") if k + 1 < len(clauses) else ""
    if c.startswith("经") and c.endswith(_MEETING_STUDY_ENDS) and after.startswith("决定"):
        return c + "决定"
    return clause


def _meeting(clause: str, before: str = "") -> tuple[str | _Session, str | None, str] | None:
    """(meeting, its date or None, a key to tell repeats) when the clause names a meeting.

    ``before`` is the clause in front of it, where news prints the date: 2021年1月20日，北京市…"""
    m = MEETING_RE.search(clause) if "决定" in clause or "通过" in clause else None
    if m and m.group("meeting").startswith(_DEICTIC_MEETINGS):
        m = None  # 此次会议上通过了…: the meeting named before, not a new one (河南 2017)
    if m:
        name = m.group("meeting")
        date = parse_date(m.group("date")) if m.group("date") else None
        session = SESSION_MEETING_RE.search(name)
        return name, date, (_session_key(session.group("term"), session.group("session")) if session else name)
    m = SESSION_MEETING_RE.search(clause) if "次" in clause else None
    if not m:
        return None
    run = _PLACE_RUN_RE.search(clause, max(0, m.start() - 12), m.start())
    dated = _DATE_RE.search(clause, 0, m.start()) or _DATE_RE.search(before)
    place = run.group().removeprefix("经") if run else ""  # 经市人大常委会第十次会议表决: 经 is no place (round 10)
    found = _Session(place, m.group("term"), m.group("body"), m.group("session"))
    return found, (parse_date(dated.group()) if dated else None), _session_key(found.term, found.session)


# Words no place name holds: where they stand, the place pattern ran into a post.
_NOT_A_PLACE_RE = compile_re("副|常务|政府|人民|委员|代理")


def _document_places(records: list[_Pending], places: Iterable[str]) -> list[str]:
    """Places the document's posts begin with (虹口区, 嘉兴市南湖区), then the issue's places."""
    found: dict[str, None] = {}
    for record in records:
        m = _POST_PLACE_RE.match(record.position)
        if m and len(m.group()) >= 3 and not _NOT_A_PLACE_RE.search(m.group()):
            found[m.group()] = None  # not 常务副县 (常务副县长), not 莆田市人民政府副市 (…副市长)
    for place in places:
        if len(place.strip()) >= 2:
            found[place.strip()] = None
    return list(found)


def _resolve_session(session: _Session, doc_places: list[str]) -> str:
    """The session's full name: the place as written when it is known (嘉兴市南湖区), else the
    document's place of the same level (区 → 虹口区); 第 added to the term: 虹口区第十五届人大常委会第二十八次会议."""
    run = session.run
    place = ""
    # the longest known place that ends the run, read off the run's own ends (at most 12
    # characters) rather than tried place by place; two places of one length never both end it
    known = set(doc_places)
    for size in range(len(run), -1, -1):
        candidate = run[len(run) - size :]
        if candidate in known or candidate in _LONG_PLACE_STARTS:
            place = candidate
            break
    else:
        if run and run[-1] in _PLACE_LEVELS:
            place = next((p for p in doc_places if p.endswith(run[-1])), run)
    term = f"第{session.term}届" if session.term else ""
    return f"{place}{term}{session.body}{session.session}"


def _continued_posts(clause: str, previous: list[_Change], starts: tuple[str, ...]) -> list[_Change]:
    """A clause that is only posts, after a clause that changed one person's posts in the same
    sentence: the list goes on over a comma — 侯为东兼任…工作委员会委员、副书记，漳州古雷港经济开发区管委会
    主任 (漳州 2019). Each post must name its organization; anything else in the clause gives nothing."""
    if len({(action, person) for action, person, _post, _note in previous}) != 1:
        return []
    action, person = previous[0][0], previous[0][1]
    bare = clause.strip(" \u3000").replace("、", "")
    if bare.startswith(_HELD_BEFORE_TUPLE):
        return []  # 方子钦接任台东分局长，原任虎尾分局分局长: the post held before, not a further one (appoint32)
    if not _ALL_CJK_RE.fullmatch(bare) or VERB_RE.search(bare) or "名" in bare or "为" in bare:
        return []  # 任命1名人大工委主任: a count under a new verb, not the list going on (昆都仑 2023)
    posts, note = _parse_posts(clause, starts)
    if not posts or split_position(posts[0])[0] is None:
        return []
    return [(action, person, post, note) for post in _inherit_organizations(posts)]


@dataclass(slots=True, eq=False)  # compared by identity: a headline's record is removed again
class _Pending:
    """An appointment while its document is read: a later decision may fill in its meeting, and
    its meeting may be a session still to be named in full (:func:`_resolve_session`)."""

    action: str
    person: str
    position: str
    organization: str | None
    title: str | None
    decided_on: str | None
    meeting: str | _Session | None
    note: str | None
    lines: LineSpan

    @classmethod
    def of(
        cls,
        action: str,
        person: str,
        position: str,
        *,
        decided_on: str | None,
        meeting: str | _Session | None,
        note: str | None,
        block: Block,
    ) -> _Pending:
        """The change read in ``block``, its position split into organization and title."""
        organization, title = split_position(position)
        return cls(
            action=action,
            person=person,
            position=position,
            organization=organization,
            title=title,
            decided_on=decided_on,
            meeting=meeting,
            note=note,
            lines=LineSpan(start=block.line, end=block.end_line),
        )


def _fill_meeting(
    records: list[_Pending],
    action: str,
    person: str,
    position: str,
    meeting: str | _Session | None,
    decided_on: str | None,
) -> None:
    """A change first named by its decision's title (关于接受庄建球同志辞去…职务请求的决定) takes the
    meeting named with it again below ((2023年5月31日…第七次会议通过))."""
    if meeting is None:
        return
    short = position.replace(ACTING_PREFIX, "代")
    for record in records:
        if (
            record.action == action
            and record.person == person
            and record.meeting is None
            and record.position.replace(ACTING_PREFIX, "代").endswith(short)
        ):
            record.meeting, record.decided_on = meeting, decided_on or record.decided_on


def _restated(action: str, person: str, position: str, records: list[_Pending]) -> _Pending | None:
    """The record a change restates, named again with less of its post: 《…关于栗战书同志为黑龙江省人民政府
    代理省长的决定》, 决定栗战书为代理省长 — the second is the first restated (代理省长 ends …代理省长; 代X is
    代理X); None when it is a change of its own."""
    short = position.replace(ACTING_PREFIX, "代")
    return next(
        (
            r
            for r in records
            if r.action == action
            and r.person == person
            and (
                r.position.replace(ACTING_PREFIX, "代").endswith(short)
                or short.endswith(r.position.replace(ACTING_PREFIX, "代"))  # 代理县长, then 县人民政府代理县长
                or _same_post(r.position, position)
                or _deictic_restates(r.position, position)
            )
        ),
        None,
    )


def _deictic_restates(said: str, position: str) -> bool:
    """Does a post named from inside the unit (我所副所长, vocab.personnel.DEICTIC_UNITS) restate ``position``, the
    same title in a unit of that kind (植生生态所副所长)? (apages20)"""
    for word, last in DEICTIC_UNITS.items():
        if said.startswith(word):
            title = said[len(word) :]
            if not title or not position.endswith(title) or len(position) <= len(title):
                return False
            return position[: -len(title)].endswith(DEICTIC_UNIT_ENDS.get(last, (last,)))
    return False


def _placeless(position: str) -> bool:
    """市人民政府副市长 / 县政府副县长: a post whose place is left out (it opens with the level)."""
    return position[:1] in _PLACE_LEVELS


def _short_cppcc(position: str) -> bool:
    """湖北省政协主席: a CPPCC post in the short form its story restates with the committee's full name (apages21)."""
    organization = split_position(position)[0]
    return organization is not None and organization.endswith(CPPCC_SHORT) and _cppcc_place(organization) is not None


def _cut_in_a_remark(clause: str) -> str | None:
    """The clause before a bracket the text ends inside, when a title closes it: 龐威為市人民檢察院
    檢察長(檢察長一職須依 → 龐威為市人民檢察院檢察長 (the page stored cut in the remark, not the post)."""
    at = max(clause.rfind("（"), clause.rfind("("))
    if at < 0 or any(ch in clause[at:] for ch in "）)"):
        return None
    head = clause[:at].rstrip(" \u3000")
    return head if _title_at_end(head) is not None else None


def _cut_after_a_post(clause: str) -> str | None:
    """The clause up to the last 、 when the text ends in the post after it and a title closes the
    one before: 決定任命顧雪飛為河南省人民政府副省長、河南省公安 → …為河南省人民政府副省長 (round 12).
    The cut post is left out (its line is warned about)."""
    at = clause.rfind("、")
    if at < 0 or "为" not in clause[:at]:
        return None
    head = clause[:at].rstrip(" \u3000")
    return head if _title_at_end(head) is not None else None


def _fuller(record: _Pending, position: str, seen: set[tuple[str, str, str]]) -> None:
    """A change told again with more of its post takes the fuller post: 市人民政府副市长 (the lead),
    then 滁州市人民政府副市长 (the decision) — one record, with the post as the decision prints it."""
    seen.discard((record.action, record.person, record.position))
    record.position = position
    record.organization, record.title = split_position(position)
    seen.add((record.action, record.person, position))


_GOVERNMENT_SELF_NAMES = frozenset({"本府", "市府", "县府"})
_CPPCC_TERM_RE = compile_re(CPPCC_TERM_COMMITTEE_PATTERN)


def _cppcc_place(organization: str) -> str | None:
    """The place of a CPPCC committee named either way: 湖北省政协 / 政协湖北省第十三届委员会 → 湖北省; None for
    any other organization, or a CPPCC whose place is not named (apages21)."""
    if organization.endswith(CPPCC_SHORT):
        place = organization[: -len(CPPCC_SHORT)]
    elif organization.startswith(CPPCC_SHORT) and (term := _CPPCC_TERM_RE.search(organization)) is not None:
        place = organization[len(CPPCC_SHORT) : term.start()]
    else:
        return None
    return place if len(place) >= 2 else None


def _full_government(organization: str) -> str:
    """上海市金山区政府 → 上海市金山区人民政府: a government's short name ending a named place, spelled out
    (GOVERNMENT_SHORT_FORMS), so that a headline's 上海市金山区政府代理区长 and the decision's 金山区人民政府代理区长
    are one post (澎湃 mirror, dev usamodel; round 24). Other names as they are."""
    for short, (full, _) in GOVERNMENT_SHORT_FORMS.items():
        if organization.endswith(short) and len(organization) > len(short):
            return organization[: -len(short)] + full
    return organization


# appoint31: a body's party secretary named with and without its committee (vocab PARTY_SECRETARY_SHORT_FORMS).
_PARTY_SECRETARY_SHORT_FORMS: tuple[set[str], ...] = tuple(
    {full, short} for full, short in PARTY_SECRETARY_SHORT_FORMS.items()
)


def _same_post(first: str, second: str) -> bool:
    """One post written twice, once with more of its organization: 崇明区区长 / 上海市崇明区人民政府区长
    (崇明 2022). Same title, and the shorter organization's characters stand in order in the longer."""
    org_a, title_a = split_position(first.replace(ACTING_PREFIX, "代"))  # 代理市长 is 代市长
    org_b, title_b = split_position(second.replace(ACTING_PREFIX, "代"))
    if org_a and org_a == org_b and {title_a, title_b} in _PARTY_SECRETARY_SHORT_FORMS:
        return True  # 武汉市中心医院党委书记, then 武汉市中心医院书记 in the story's own line (zhishi5 2020, appoint31)
    if title_a is None or title_a != title_b or not org_a or not org_b or org_a == org_b:
        return False
    if (cppcc_a := _cppcc_place(org_a)) is not None and cppcc_a == _cppcc_place(org_b):
        return True  # 湖北省政协主席, then 政协湖北省第十三届委员会主席 (ynkmhao, dev; apages21)
    if "本府" in (org_a, org_b) and {org_a, org_b} <= _GOVERNMENT_SELF_NAMES:
        return True  # 市府参议, then 本府参议: the city government as its own press names it (高雄, round 15)
    short, long = sorted((org_a, org_b), key=len)
    if short in GOVERNMENT_SHORT_FORMS and long.endswith(GOVERNMENT_SHORT_FORMS[short][0]):
        return True  # 县政府 for 石台县人民政府, in one story about one change
    org_a, org_b = _full_government(org_a), _full_government(org_b)  # 上海市金山区政府 (round 24)
    short, long = sorted((org_a, org_b), key=len)
    if len(short) < 3 or short[:2] not in long:  # 崇明 is in 上海市崇明区人民政府
        return False
    chars = iter(long)
    return all(ch in chars for ch in short)  # a subsequence, read once: linear


# A congress session named by its place, in the clause that elects: 福建省十二届人大四次会议 (round 7).
_SESSION_PLACE_RE = LazyPattern(
    r"(?:^|(?<=[\s，,。；;：:在于经据由日]))"  # the place opens the clause or follows 在 / a date
    rf"(?P<place>(?![在于经据由这此本该])[{_CJK}]{{1,8}}?[省市县区州旗])第?[{CN_ORDINALS}\d]{{0,4}}届?(?:人大|人民代表大会)(?!常委会|常务委员会)"
)


def _session_place(clause: str, title: str) -> str:
    """A place-head title without its place takes the place of the congress session that elected in
    the same clause when the levels agree: 福建省十二届人大四次会议举行第三次全体会议选举于伟国为省长 →
    福建省省长. A standing committee (人大常委会) is never taken: it decides for more than its head."""
    base = _base_title(title)
    level = base[-2] if len(base) >= 2 else ""
    places = [m.group("place") for m in _SESSION_PLACE_RE.finditer(clause)]
    places = [p for p in places if p[-1] == level and p[:1] not in _PLACE_LEVELS]
    return places[-1] + title if len(set(places)) == 1 else title
