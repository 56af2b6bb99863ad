"""Personnel changes (任免) and group rosters (领导小组组成人员) from one document's blocks.

Two pure functions over :class:`~gazette_extract.blocks.Block` lists, returning plain dicts in
the shape of :class:`~gazette_extract.models.Appointment` / :class:`~gazette_extract.models.Member`:

* :func:`extract_appointments` reads 任命 / 免去 / 辞去 notices, standing-committee decisions and
  news-style sentences (经2020年12月31日…第30次常务会议研究决定任命：/ 王勇任…副主任。/ 免去：/
  郭红北京市平谷区马坊地区办事处副主任职务；).
* :func:`extract_members` reads rosters (组　长：王成国 区委书记 / 吴小杰 区委副书记、代区长).

The rule that keeps narrative out: a record needs a personnel verb, a person name (a surname
from the data list + one to three characters) and a post that ends with a title from the data
list. Plans that say 区长任总田长, 免去企业年检 or 担任领导小组组长 therefore give nothing.
Nothing here raises on odd text; no pydantic at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .brackets import matching_open, split_top
from .dates import parse_date
from .vocab_personnel import (
    ACTING_PREFIX,
    COMPOUND_SURNAMES,
    HONORIFICS,
    NOT_NAMES,
    ORG_SUFFIX_TUPLE,
    PLACE_STARTS,
    ROSTER_ROLES,
    SINGLE_SURNAMES,
    TITLE_MAX_LEN,
    TITLE_SET,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from .blocks import Block

__all__ = ["extract_appointments", "extract_members", "is_person_name", "split_position"]

APPOINT, REMOVE, RESIGN = "appoint", "remove", "resign"

_CJK = "\u4e00-\u9fff"
_SPACE = r"[\s\u3000]"

# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

# Cheap pre-filter: a block without any of these cannot hold a personnel change or the meeting
# that decided one, unless a header (任命： / 免去：) above it is still in force.
# Cheap pre-filter: a block without one of these is skipped. 任 counts unless it is part of a
# common non-personnel word (任务, 责任, 主任 alone, 担任), so long plans cost little.
TRIGGER_RE = re.compile(r"(?<![责主信担兼继前现出历])任(?![务何期性])|免|聘|辞|代理|撤销|会议|常委会|不再担任")

# A personnel verb that leads its clause's people and posts.
VERB_RE = re.compile(
    r"""
      (?P<appoint>任命|聘任|聘请|聘用)   # 决定任命张三为… / 聘任李四为…中心主任 / …研究决定任命：
    | (?P<remove>免去|解聘|撤销)          # 免去李四的…职务 / 免去其…职务 / 免去：
    """,
    re.VERBOSE,
)

# What may follow a verb in a header that announces a list below it.
HEADER_TAILS = frozenset({"", "下列同志", "以下同志", "下列人员", "以下人员", "如下", "下列同志职务", "以下同志职务"})

# 接受王五辞去某市人民政府市长职务的请求 / 同意李四同志辞去…职务
RESIGN_RE = re.compile(
    rf"""
    (?:接受|同意|批准)
    (?P<people>[{_CJK}、]{{2,40}}?)      # 王五 / 王五、赵六
    (?:同志)?
    辞去
    (?P<posts>.+?)                        # 某市人民政府市长职务
    (?:的(?:辞职)?(?:请求|申请))?$       # …的请求
    """,
    re.VERBOSE,
)

# The deciding meeting, with its date when printed:
#   经2020年12月31日北京市平谷区人民政府第30次常务会议研究决定任命：
#   （2021年1月20日北京市第十五届人民代表大会常务委员会第二十八次会议通过）
#   近日，经区委常委会研究决定，…
_DATE = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月[\d〇○零一二三四五六七八九十]{1,3}日"
MEETING_RE = re.compile(
    rf"""
    (?:^|(?<=[，。；：、（(\s]))         # starts a clause
    经?
    (?P<date>{_DATE})?                    # 2020年12月31日
    (?P<meeting>[{_CJK}\d]{{2,60}}?       # 北京市平谷区人民政府第30次
        (?:会议|常委会|常务会|党组会|办公会))  # 常务会议 / 常委会
    上?(?:研究|审议|讨论)?(?:决定|通过)   # 研究决定 / 通过
    """,
    re.VERBOSE,
)

# Clause separators at bracket depth 0: sentence ends, commas, the colon after a header.
_CLAUSE_SEPARATORS = "。；;，,：:\n！？"
_OPEN, _CLOSE = "（(〔[【", "）)〕]】"

_ALL_CJK_RE = re.compile(rf"[{_CJK}]+")
# Characters that never stand inside a name (function words, unit words).
_NON_NAME_CHARS = frozenset("的了和与及等在对由各其将并之是从向被把或这那该每职务副")
# Characters a name never ends with: they end units (张家口市, 王家村).
_NON_NAME_LAST = frozenset("局委办院部厅市县省镇乡区处科村组")

# Rosters: a role, spaces allowed inside (组 长, 委　员), a colon, then the people.
_ROLE_ALTERNATION = "|".join(
    f"{_SPACE}*".join(map(re.escape, role))
    for role in sorted(ROSTER_ROLES, key=len, reverse=True)
)
ROSTER_RE = re.compile(
    rf"""
    ^{_SPACE}*
    (?P<role>{_ROLE_ALTERNATION})         # 组 长 / 副组长 / 主　任 / 成　员
    {_SPACE}*[：:]{_SPACE}*
    (?P<rest>.*)$                         # 王成国 区委书记 / 尤　权　　国务院副秘书长
    """,
    re.VERBOSE | re.DOTALL,
)
# 成员：张三（某局局长）、李四（某委主任）
PAREN_ENTRY_RE = re.compile(rf"(?P<name>[{_CJK}]{{2,4}})(?:同志)?[（(](?P<post>[^（）()]{{1,60}})[）)]")
_TOKEN_SPLIT_RE = re.compile(rf"{_SPACE}+")
_ROSTER_LINE_MAX = 120  # a roster continuation line is short; prose is not a roster


# --------------------------------------------------------------------------------------------
# Names and posts
# --------------------------------------------------------------------------------------------


def _title_at_end(text: str) -> str | None:
    """Longest title from the vocabulary that ends ``text``: …办事处副主任 → 副主任."""
    for size in range(min(TITLE_MAX_LEN, len(text)), 1, -1):
        if text[-size:] in TITLE_SET:
            return text[-size:]
    return None


def is_person_name(text: str) -> bool:
    """王勇, 杜菁山, 任宝军, 欧阳明高: a surname from the list and one to three more characters."""
    if not 2 <= len(text) <= 4 or text in NOT_NAMES or not _ALL_CJK_RE.fullmatch(text):
        return False
    if text[:2] in COMPOUND_SURNAMES:
        if len(text) < 3:
            return False
    elif text[0] not in SINGLE_SURNAMES:
        return False
    if any(ch in _NON_NAME_CHARS for ch in text[1:]) or text[-1] in _NON_NAME_LAST:
        return False
    return text.endswith("同志") is False and _title_at_end(text) is None  # 王局长 is not a name


def split_position(position: str) -> tuple[str | None, str | None]:
    """北京市平谷区城市管理委员会副主任 → (北京市平谷区城市管理委员会, 副主任); (None, None) if no title."""
    title = _title_at_end(position)
    if title is None:
        return None, None
    organization = position[: -len(title)] or None
    return organization, title


def _org_is_plausible(organization: str | None, starts: tuple[str, ...]) -> bool:
    if organization is None:
        return True
    return organization.endswith(ORG_SUFFIX_TUPLE) or organization in starts or bool(_title_at_end(organization))


def _strip_post_tail(text: str) -> tuple[str, list[str]]:
    """Drop 职务 / 同志 / trailing notes: 副局长（试用期一年）职务 → (副局长, [试用期一年])."""
    s = text.strip().rstrip("。；;，,.、 \u3000")
    notes: list[str] = []
    while s:
        if s.endswith("职务"):
            s = s[:-2].rstrip()
        elif s.endswith(HONORIFICS):
            s = s[:-2].rstrip()
        elif s[-1] in _CLOSE:
            start = matching_open(s, len(s) - 1, openers=_OPEN, closers=_CLOSE)
            if start <= 0:
                break
            inner = s[start + 1 : -1].strip()
            if inner:
                notes.insert(0, inner)
            s = s[:start].rstrip()
        else:
            break
    return s, notes


def _parse_posts(text: str, starts: tuple[str, ...]) -> tuple[list[str], str | None]:
    """'某局局长、党组书记职务（挂职）' → (['某局局长', '党组书记'], '挂职'); ([], None) if not posts.

    One entry per post: parts split on 、 or 兼 are joined again until they end with a title, so
    an organization written with 、 inside stays whole.
    """
    s, notes = _strip_post_tail(text)
    if not s or len(s) > 80:
        return [], None
    posts: list[str] = []
    buffer = ""
    pieces = _POST_SEPARATOR_RE.split(s)  # [post, sep, post, sep, post]
    for i in range(0, len(pieces), 2):
        buffer += (pieces[i - 1] if buffer else "") + pieces[i]
        if _title_at_end(buffer):
            posts.append(buffer)
            buffer = ""
    if buffer or not posts:
        return [], None
    for post in posts:
        organization, _title = split_position(post)
        if len(post) > 50 or not _org_is_plausible(organization, starts):
            return [], None
    return posts, ("；".join(notes) or None)


# Between two posts of one person: 某局局长、党组书记 / 某委副主任兼某局局长.
_POST_SEPARATOR_RE = re.compile(r"(、|兼)")


def _start_strength(rest: str, starts: tuple[str, ...]) -> int:
    """How surely ``rest`` begins a post: the length of the place/org name it starts with."""
    for start in starts:  # longest first
        if rest.startswith(start):
            return len(start)
    bare, _notes = _strip_post_tail(rest)
    return len(bare) if bare in TITLE_SET else 0  # 王勇副主任职务


def _split_run_in(text: str, starts: tuple[str, ...]) -> tuple[str, str] | None:
    """郭红北京市平谷区…职务 → (郭红, 北京市平谷区…职务): split where the post begins."""
    best: tuple[int, str, str] | None = None
    for size in (2, 3, 4):
        name, rest = text[:size], text[size:]
        if not rest or not is_person_name(name):
            continue
        strength = _start_strength(rest, starts)
        if strength and (best is None or strength > best[0]):
            best = (strength, name, rest)
    if best:
        return best[1], best[2]
    # Nothing marks where the post begins (张三商务局副局长). Prefer a split that leaves the
    # organization a stem of two characters or more (商务局, not 务局), then the most common
    # name length, three characters.
    fallback: tuple[str, str] | None = None
    for size in (3, 2, 4):
        name, rest = text[:size], text[size:]
        if not rest or not is_person_name(name):
            continue
        posts, _note = _parse_posts(rest, starts)
        if not posts:
            continue
        if _stem_length(split_position(posts[0])[0]) != 1:
            return name, rest
        fallback = fallback or (name, rest)
    return fallback


def _stem_length(organization: str | None) -> int:
    """Characters before the unit suffix: 商务局 → 2, 务局 → 1; 0 when there is no organization."""
    if not organization:
        return 0
    for suffix in ORG_SUFFIX_TUPLE:
        if organization.endswith(suffix):
            return len(organization) - len(suffix)
    return len(organization)


def _people_splits(
    text: str, connectors: tuple[str, ...], starts: tuple[str, ...], run_in: bool
) -> Iterator[tuple[list[str], str, str]]:
    """Ways to read leading names and the word after them, most likely first:
    王勇、李四同志为某局局长 → ([王勇, 李四], 为, 某局局长).

    Shorter names are tried first, so 任宝军任… reads as 任宝军 + 任 (the name may begin with
    任). With ``run_in`` a name may run straight into its post (connector "").
    """
    for size in (2, 3, 4):
        name = text[:size]
        if len(text) <= size or not is_person_name(name):
            continue
        after = text[size:]
        comrade = after.startswith(HONORIFICS)
        if comrade:
            after = after[2:]
        if after.startswith("、"):
            for more in _people_splits(after[1:], connectors, starts, run_in):
                yield [name, *more[0]], more[1], more[2]
            continue
        for connector in connectors:
            if after.startswith(connector):
                yield [name], connector, after[len(connector) :]
        if comrade and run_in:  # 免去张三同志某局局长职务
            yield [name], "", after
    if run_in:
        hit = _split_run_in(text, starts)
        if hit:
            yield [hit[0]], "", hit[1]


def _acting(post: str) -> str:
    """某市人民政府市长 → 某市人民政府代理市长 (张三同志代理某市人民政府市长)."""
    organization, title = split_position(post)
    if title is None or title.startswith("代"):
        return post
    return f"{organization or ''}{ACTING_PREFIX}{title}"


# --------------------------------------------------------------------------------------------
# Clauses
# --------------------------------------------------------------------------------------------

# (action, person, position, note)
_Change = tuple[str, str, str, "str | None"]

# A clause that begins with these words reads like a decision: 决定张三为某市人民政府代理市长.
_DECISION_LEADS = ("决定",)
# Connector after the names in a clause without a leading verb → action ("" = carried verb).
_BARE_CONNECTORS: dict[str, str] = {
    "不再担任": REMOVE,  # 李四不再担任某局局长职务
    "代理": APPOINT,  # 张三同志代理某市人民政府市长
    "辞去": RESIGN,  # 王五辞去某局局长职务
    "任": APPOINT,  # 王勇任北京市平谷区城市管理委员会副主任
    "为": "",  # 任命A为X；B为Y (carried) / 决定张三为…
    "的": "",  # 免去A的X职务，B的Y职务 (carried)
}


def _changes(action: str, people: list[str], rest: str, starts: tuple[str, ...], acting: bool = False) -> list[_Change]:
    posts, note = _parse_posts(rest, starts)
    if acting:
        posts = [_acting(post) for post in posts]
    return [(action, person, post, note) for person in people for post in posts]


def _parse_clause(
    clause: str, carried: str | None, last_person: str | None, starts: tuple[str, ...]
) -> tuple[list[_Change], str | None, bool]:
    """One clause → (changes, verb in force afterwards, whether the clause is a list header)."""
    c = clause.strip(" \u3000")
    if len(c) < 2:
        return [], carried, False
    verb = VERB_RE.search(c)
    if verb:
        action = APPOINT if verb.group("appoint") else REMOVE
        rest = c[verb.end() :].strip()
        if rest in HEADER_TAILS:
            return [], action, True
        if verb.group() == "撤销" and "职务" not in rest:  # 撤销登记 is not a removal
            return [], carried, False
        connectors = ("为",) if action == APPOINT else ("的",)
        if rest.startswith("其"):  # 免去其某主任职务: the person just named
            if last_person is None:
                return [], action, False
            rest = rest[1:]
            for connector in connectors:
                rest = rest.removeprefix(connector)
            return _changes(action, [last_person], rest, starts), action, False
        for people, _connector, posts in _people_splits(rest, connectors, starts, run_in=True):
            found = _changes(action, people, posts, starts)
            if found:
                return found, action, False
        return [], carried, False
    resign = RESIGN_RE.search(c)
    if resign:
        people = [p.removesuffix("同志") for p in resign.group("people").split("、")]
        if people and all(is_person_name(p) for p in people):
            return _changes(RESIGN, people, resign.group("posts"), starts), carried, False
        return [], carried, False
    decided = c.startswith(_DECISION_LEADS)
    if decided:
        c = c[2:]
    connectors = tuple(k for k, v in _BARE_CONNECTORS.items() if v or carried or (decided and k == "为"))
    for people, connector, rest in _people_splits(c, connectors, starts, run_in=carried is not None):
        action = _BARE_CONNECTORS.get(connector) or carried or APPOINT
        found = _changes(action, people, rest, starts, acting=connector == "代理")
        if found:
            return found, carried, False
    return [], carried, False


def _post_starts(places: Iterable[str]) -> tuple[str, ...]:
    names = set(PLACE_STARTS)
    names.update(p.strip() for p in places if isinstance(p, str) and p.strip())
    return tuple(sorted(names, key=len, reverse=True))


def _meeting(text: str) -> tuple[str, str | None] | None:
    """(meeting, its date or None) when the block names the deciding meeting."""
    m = MEETING_RE.search(text)
    if not m:
        return None
    return m.group("meeting"), (parse_date(m.group("date")) if m.group("date") else None)


def extract_appointments(
    blocks: list[Block], *, doc_date: str | None = None, places: Iterable[str] = ()
) -> list[dict]:
    """Personnel changes in one document's blocks, in text order.

    ``doc_date`` (ISO) is used for ``decided_on`` when no meeting date is printed; ``places``
    are place/organization names known from the issue (北京市平谷区 …), used to split a name
    that runs into its post.
    """
    starts = _post_starts(places)
    records: list[dict] = []
    carried: str | None = None  # verb of a header (任命： / 免去：) still in force
    last_person: str | None = None
    meeting: str | None = None
    decided_on = doc_date
    for block in blocks:
        text = block.text or ""
        if carried is None and not TRIGGER_RE.search(text):
            continue
        if "会" in text:
            found = _meeting(text)
            if found:
                # 北京市…第二十八次会议决定： repeats the meeting dated in （2021年1月20日…通过）
                same = found[0] == meeting
                meeting, decided_on = found[0], found[1] or (decided_on if same else doc_date)
        header: str | None = None
        in_force = carried
        found_here = 0
        for clause in split_top(text, _CLAUSE_SEPARATORS, openers=_OPEN, closers=_CLOSE):
            changes, in_force, is_header = _parse_clause(clause, in_force, last_person, starts)
            header = in_force if is_header else header
            for action, person, position, note in changes:
                organization, title = split_position(position)
                records.append(
                    {
                        "action": action,
                        "person": person,
                        "position": position,
                        "organization": organization,
                        "title": title,
                        "decided_on": decided_on,
                        "meeting": meeting,
                        "note": note,
                        "lines": {"start": block.line, "end": block.end_line},
                    }
                )
                last_person = person
            found_here += len(changes)
        # A header carries its verb to the blocks below; a list under it keeps it alive.
        carried = header or (carried if found_here else None)
    return records


# --------------------------------------------------------------------------------------------
# Rosters
# --------------------------------------------------------------------------------------------


def _tokens(line: str) -> list[str]:
    """Whitespace tokens, with a two-character name printed 尤　权 joined again."""
    raw = [t for t in _TOKEN_SPLIT_RE.split(line.strip()) if t]
    tokens: list[str] = []
    i = 0
    while i < len(raw):
        if len(raw[i]) == 1 and i + 1 < len(raw) and len(raw[i + 1]) == 1 and is_person_name(raw[i] + raw[i + 1]):
            tokens.append(raw[i] + raw[i + 1])
            i += 2
        else:
            tokens.append(raw[i])
            i += 1
    return tokens


def _names_in(token: str) -> list[str] | None:
    """张三 / 张三、李四 / 张三同志 → names; None when the token is not (only) names."""
    names = [t.removesuffix("同志") for t in token.split("、")]
    return names if all(is_person_name(n) for n in names) else None


def _roster_line(line: str) -> list[tuple[str, str | None]]:
    """'王成国 区委书记' / '张三　　某委副主任　李四　　某部副部长' / '区委书记 王成国' → (person, post)."""
    if len(line) > _ROSTER_LINE_MAX or any(ch in line for ch in "。；;，,"):
        return []
    tokens = _tokens(line)
    if not tokens:
        return []
    post_first = _names_in(tokens[0]) is None
    if post_first and (len(tokens) < 2 or _names_in(tokens[1]) is None):
        return []
    entries: list[tuple[str, str | None]] = []
    names: list[str] = []
    posts: list[str] = []
    for token in tokens:
        found = _names_in(token)
        if found is None:
            posts.append(token)
        elif post_first:  # 区委书记 王成国: the posts read so far belong to these names
            entries.extend((n, "".join(posts) or None) for n in found)
            posts = []
        else:  # 王成国 区委书记: a name closes the previous entry
            entries.extend((n, "".join(posts) or None) for n in names)
            names, posts = found, []
    entries.extend((n, "".join(posts) or None) for n in names)
    return entries


def _roster_entries(rest: str) -> list[tuple[int, str, str | None]]:
    """The people after a role: (line offset, person, post)."""
    if PAREN_ENTRY_RE.search(rest):  # 张三（某局局长）、李四（某委主任）
        return [
            (0, m.group("name"), m.group("post").strip())
            for m in PAREN_ENTRY_RE.finditer(rest)
            if is_person_name(m.group("name"))
        ]
    return [(i, person, post) for i, line in enumerate(rest.split("\n")) for person, post in _roster_line(line)]


def _roster_text(block: Block) -> str:
    """Table rows (组长 | 王成国 | 区委书记) read as roster lines (组长：王成国 区委书记)."""
    cells = [c.strip() for c in (block.cells or []) if c and c.strip()]
    if block.kind != "table_row" or not cells:
        return block.text or ""
    role = _TOKEN_SPLIT_RE.sub("", cells[0]).rstrip("：:")
    if role in ROSTER_ROLES and len(cells) > 1:
        return f"{role}：{' '.join(cells[1:])}"
    return " ".join(cells)


def extract_members(blocks: list[Block]) -> list[dict]:
    """Members of leading groups and committees: {role, person, post, line}, in text order.

    A role line (组　长：王成国 区委书记) opens a roster; following lines that hold only a name
    and a post (吴小杰 区委副书记、代区长) share its role; any other block closes it.
    """
    members: list[dict] = []
    role: str | None = None
    for block in blocks:
        text = _roster_text(block)
        m = ROSTER_RE.match(text)
        if m:
            role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
            entries = _roster_entries(m.group("rest"))
        elif role is not None:
            entries = _roster_entries(text)
            if not entries:
                role = None
                continue
        else:
            continue
        for offset, person, post in entries:
            line = block.line + offset if block.line + offset <= max(block.end_line, block.line) else block.line
            members.append({"role": role, "person": person, "post": post, "line": line})
    return members
