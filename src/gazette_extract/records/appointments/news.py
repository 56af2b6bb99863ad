"""Changes told in news sentences and announced decisions: posts named by their holder or successor
(接替、调任), organisations as subjects, new holders and those listed, members appointed to a body,
elected lists, 分别 lists, 委任 forms, accountability measures, a career told in passing and futures
announced (never changes). Imports :mod:`.common`; no other reader.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..._pattern_cache import compile_re
from ...grammars.brackets import split_top
from ...vocab.common import CJK as _CJK
from ...vocab.common import CJK_EXTENDED, LazyPattern, alternation
from ...vocab.numerals import CN_ORDINALS
from ...vocab.personnel import (
    ACCOUNTABILITY_MEASURES,
    ACCOUNTABILITY_NOT_DECIDED,
    ANNOUNCEMENT_WORDS,
    BIOGRAPHY_WORDS,
    BODY_MEMBER_POSTS,
    BODY_QUOTES,
    COMMITTEE_BODY_ENDINGS,
    COMMITTEE_LIST_VERBS,
    COMMITTEE_REAPPOINT_VERBS,
    COMMITTEE_SEAT_LEADS,
    COMMITTEE_SEATS,
    ELECTED_LIST_HEADS,
    ELECTED_POST_LIST_WORDS,
    ELECTED_POST_PREFIXES,
    ELECTION_CONTEXT_WORDS,
    FORMER_AND_NEW_MARKS,
    LAPSE_TAILS,
    LEAVE_VERBS,
    LISTED_CHANGE_LEADS,
    MEMBER_KINDS,
    MOVE_DAY_WORDS,
    MOVE_VERBS,
    MOVE_WEEK_WORDS,
    NAME_DOTS,
    NEW_HOLDER_LEADS,
    NEW_HOLDER_NEXT_CHARS,
    NEW_HOLDER_NEXT_WORDS,
    OATH_SLOT_PHRASES,
    ORG_SUFFIX_TUPLE,
    ROSTER_HONORIFICS,
    RUMOUR_WORDS,
    SCHEDULED_MOVE_VERBS,
    SUCCESSOR_VERBS,
    TITLE_SET,
)
from ..people import (
    _OPEN,
    TRIGGER_RE,
    _in_sentence_before,
    _org_is_plausible,
    _parse_posts,
    _post_and_name,
    _title_at_end,
    is_person_name,
    split_position,
)
from .common import (
    _BARE_MOVE_POSTS,
    _BRACKETED_RE,
    _FORMER_HOLDER_LEADS,
    _HONORIFIC_ALTERNATION,
    APPOINT,
    REMOVE,
    _all_names,
    _base_title,
    _Change,
    _changes,
    _further_post,
    _holder_name,
    _inherit_organizations,
    _is_transliterated,
    _name_after_post,
    _post_starts,
    party_seat_body,
)

# The day a move takes effect, between the person and its verb (香港 press releases, round 13):
# 蔡傑銘將於2024年5月14日出任X / 黃少珠明日（2月12日）起，出任X / A，將於3月30日出任X
# Round 14 (Hong Kong radio news, dev R): the day in Chinese numerals or as next month's (將於下月九日出任X,
# 就會在下月二日,出任X, 在十月四日接任).
_MOVE_NUMBER = rf"(?:[\d０-９]{{1,2}}|[{CN_ORDINALS}]{{1,3}})"
_SCHEDULED_MOVE_VERBS = alternation(SCHEDULED_MOVE_VERBS)  # 出任 / 接任 / 就任 / 升任 / 陞任
_SCHEDULED_MOVE_RE = compile_re(
    rf"(?<=[{_CJK}])[，,]?(?:(?:(?:将|將)?[於于]|就?会在|在)(?:[\d０-９]{{2,4}}年)?(?:{_MOVE_NUMBER}月|下月|下个月|本月){_MOVE_NUMBER}日"
    rf"|(?:(?:将|將)?[於于])?(?:{alternation(MOVE_DAY_WORDS)})(?:[（(][\d０-９]{{1,2}}月[\d０-９]{{1,2}}日[）)])?"
    rf"|(?:(?:将|將)?[於于])?(?:本月|下月){_MOVE_NUMBER}日"  # 葉子季,本月18日起出任X (round 16)
    rf"|(?:(?:将|將)?[於于])?(?:{alternation(MOVE_WEEK_WORDS)})[一二三四五六日天])"  # 下周四起出任X (round 16)
    rf"起?[，,]?(?:接替)?(?={_SCHEDULED_MOVE_VERBS})"  # 將於明日接替出任X: 接替 with no one named (round 16)
)  # round 16: 將於明日出任X / 今日 / 同日 (MOVE_DAY_WORDS); round 19: 升任, a year of the ROC calendar (115年1月1日)
# Round 19: 将 alone before the move (李建日将出任处长), read only when its sentence announces it (ANNOUNCEMENT_WORDS)
# and tells no rumour (RUMOUR_WORDS).
_ANNOUNCED_FUTURE_RE = compile_re(rf"(?<=[{_CJK}])[，,]?(?:将|將)(?={_SCHEDULED_MOVE_VERBS})")
_RUMOUR_RE = compile_re(alternation(RUMOUR_WORDS))
_ANNOUNCEMENT_RE = compile_re(alternation(ANNOUNCEMENT_WORDS))
_SENTENCE_STOP_RE = compile_re(r"[。；;！？!?\n]")


def _announced_futures(text: str) -> str:
    """政府表示，现任消防处副处长李建日将出任处长 → …李建日出任处长, where the sentence announces the move and
    tells no rumour (round 19). A rumour's word may end in the 将 itself (张三料将出任X, 或将): it is looked for up
    to the 将's end. The sentence ends and the words are found once per text (_in_sentence_before): a search from
    the text's start at each 将 was quadratic in the number of moves."""
    if _ANNOUNCEMENT_RE.search(text) is None:
        return text
    stops = [stop.start() for stop in _SENTENCE_STOP_RE.finditer(text)]
    announced = [word.span() for word in _ANNOUNCEMENT_RE.finditer(text)]
    rumours = [word.span() for word in _RUMOUR_RE.finditer(text)]

    def keep_or_drop(m: re.Match[str]) -> str:
        told = _in_sentence_before(m.start(), stops, announced) and not _in_sentence_before(m.end(), stops, rumours)
        return "" if told else m.group()

    return _ANNOUNCED_FUTURE_RE.sub(keep_or_drop, text)


_BIOGRAPHY_RE = compile_re(alternation(BIOGRAPHY_WORDS))
# A biography word that begins a name (曾 and 时 are surnames: 任命曾任冠为X, 时任之同志任X): a character or
# two, then what closes a name in a change.
_NAME_AFTER_WORD_RE = LazyPattern(rf"[{_CJK}]{{0,2}}(?:同志)?(?:为|任|兼|的|、|，|,|辞去)")


_CHANGE_AFTER_CAREER_RE = compile_re("任命|免去|免除|当选|辞去|聘任|为")


def _tells_a_career(clause: str) -> bool:
    """Whether a biography word (曾任, 历任, 出生 …) stands in the clause as that word, not as the start of a
    name: 曾任山东省副省长 tells a career; 任命曾任冠为X names 曾任冠."""
    for m in _BIOGRAPHY_RE.finditer(clause):
        if m.group(0).startswith("生") and clause.startswith("先生", m.start() - 1):
            continue  # 张三先生于2023年7月24日辞任X: 先生 then the day, never a birth (香港, round 17)
        starts_a_name = m.group(0) in ("曾任", "时任") and _NAME_AFTER_WORD_RE.match(clause, m.end()) is not None
        if not starts_a_name:
            return _CHANGE_AFTER_CAREER_RE.search(clause, m.end()) is None  # 时任X的A被任命为Y: a change
    return False


# The organization as the sentence's subject, its posts told bare after 由 (国办发〔1986〕53号):
# 国务院三峡地区经济开发办公室由李伯宁同志任主任，陈光健同志兼任副主任，黄友若同志任副主任
_ORG_SUBJECT_RE = LazyPattern(rf"(?P<org>[{_CJK}]{{3,40}})由(?P<rest>[^。；;：:]+)")
_ORG_SUBJECT_PIECE_RE = LazyPattern(
    rf"^(?P<name>[{_CJK}{NAME_DOTS}]{{2,6}}?)(?:同志)?(?P<verb>任|兼任|担任)(?P<post>[{_CJK}]{{1,12}})$"
)
_ORG_SUBJECT_SPLIT_RE = compile_re(r"[，,]")
_ORG_SUBJECT_LEAD_RE = compile_re("决定|同意|批准|研究|明确|确定|通知")
# 由 opening a clause before a name and 任: 决定：由张三同志任某局局长 (the 由 says who, nothing more).
# Round 18: a move verb too, after an honorific (经省委研究决定,由彭金辉同志接任海南省委组织部部长 — ccwqtv,
# probe fit: 由A同志接任X gave nothing, 由A接任X and A同志接任X one record each); a post must follow the verb
# (某局局长,由A同志接任。 is the post-first form, read by _POST_BY_SUCCESSOR_RE). 由于 is "because" — never 由 and
# a person 于… (由于张三同志调任X,… had given the false person 于张三, with 任 since round 11).
_LEADING_YOU_RE = LazyPattern(
    rf"(?:^|(?<=[：:，,。；;]))由(?!于)(?=(?P<name>[{_CJK}{NAME_DOTS}]{{2,6}}?)(?:{_HONORIFIC_ALTERNATION})?"
    rf"(?:任|兼任|担任|{alternation(MOVE_VERBS)})[{_CJK}])"
)


def _without_you(m: re.Match[str]) -> str:
    return "" if is_person_name(m.group("name")) else m.group()


# A post as the subject, its holder after 由 (round 11): 市财政局局长由张三同志担任 / X一职由A兼任.
_POST_BY_HOLDER_RE = LazyPattern(
    rf"(?:(?<=[，,；;：:。\s])|^)(?P<post>[{_CJK}]{{4,40}}?)(?:一职|职务)?由"
    rf"(?P<name>[{_CJK}{NAME_DOTS}]{{2,8}}?)(?:同志)?(?P<verb>担任|兼任)(?=[，,；;。\s]|$)"
)


# A person, the post left after 由, and the new post (round 11): 张三同志由县财政局副局长调任县审计局局长.
_MOVED_FROM_RE = LazyPattern(
    rf"(?:(?<=[，,；;：:。\s])|^)(?P<name>[{_CJK}{NAME_DOTS}]{{2,8}}?)(?P<comrade>同志)?由(?P<held>[{_CJK}、（）()]{{2,40}}?)"
    rf"(?P<verb>{alternation(MOVE_VERBS)}|晋升为|任)(?=[{_CJK}])"
)


def _moved_from(m: re.Match[str]) -> str:
    """The post left is dropped when it is one and the name a name; the move reads as before
    (张三同志调任Y), 晋升为 as 任. Else the match as it is."""
    held = _BRACKETED_RE.sub("", m.group("held"))
    if not is_person_name(m.group("name")) or not held or _title_at_end(held) is None:
        return m.group()
    verb = "任" if m.group("verb") == "晋升为" else m.group("verb")
    return f"{m.group('name')}{m.group('comrade') or ''}{verb}"


def _post_by_holder(m: re.Match[str]) -> str:
    """市财政局局长由张三同志担任 → 由张三担任市财政局局长, the form a decision reads (担任 alone states
    nothing: 目前…由张三担任 tells who holds it); the match as it is unless the post is one and the
    name a name."""
    lead, post = "", m.group("post")
    if (split := _ORG_SUBJECT_LEAD_RE.split(post)) and len(split) > 1:
        post = split[-1]  # 会议决定市财政局局长由…: the post after the decision's words
        lead = m.group("post")[: len(m.group("post")) - len(post)]
    name = m.group("name")
    if not is_person_name(name) or _further_post(post, _post_starts(())) is None:
        return m.group()
    return f"{lead}由{name}担任{post}"  # 兼任 too: 目前X由A兼任 is as much a story


# The post first, then its successor after 由 and 接任 (round 13): 外交部長由總統府秘書長吳釗燮接任.
_POST_BY_SUCCESSOR_RE = LazyPattern(
    rf"(?:(?<=[，,；;：:。\s])|^)(?P<post>[{_CJK}]{{3,40}}?)(?:(?:一职|职务)[，,]?)?(?:就|则)?由"  # 就由 (香港, round 14; 将由: the future, nothing); 一職,由 (台北 2025, round 16)
    rf"(?P<holder>[{_CJK}{NAME_DOTS}]{{2,40}}?)(?:同志)?(?:接任|接掌|接手)(?=[，,；;。\s]|$)"
)  # 接掌 (台湾: 县府财政处长由张三接掌, round 14); 接手 (环保署长…由教授魏国彦接手, news.cts; round 17)
# Round 17: a post, a comma, then 由 its new holder and a move verb closing the clause (新成立的科技部部長,由政務委員
# 張善政出任 — news.cts, probe fit): the comma dropped when the words before it read as one post, so the
# post-first forms above read it; an attributive of a new body (新成立的, 新设立的, 新设的) is no part of the post.
_POST_COMMA_YOU_RE = LazyPattern(
    rf"(?:(?<=[，,；;：:。\s])|^)(?P<post>[{_CJK}]{{3,40}}?)[，,]"
    rf"(?=由[{_CJK}{NAME_DOTS}]{{2,40}}?(?:同志)?(?:出任|接任|升任|陞任|转任|调任|接掌|接手)(?=[，,；;。\s]|$))"
)
_NEW_BODY_ATTRIBUTIVE_RE = compile_re(r"^(?:新成立|新设立|新设)的")


def _post_before_you(m: re.Match[str]) -> str:
    """科技部部长, + 由A出任 → 科技部部长由A出任, when the words before the comma read as one post."""
    post = _NEW_BODY_ATTRIBUTIVE_RE.sub("", m.group("post"))
    if _further_post(post, _post_starts(())) is None and post not in _BARE_MOVE_POSTS:
        return m.group()
    return post


# 布達 (台湾: an appointment announced at its ceremony) before a name and its verb, dropped (round 14):
# 正式布達方銘總接任縣議會秘書長 → 方铭总接任县议会秘书长; 布达A为X reads as 任命 (APPOINT_VERBS_MORE).
_ANNOUNCED_MOVE_RE = LazyPattern(
    rf"(?:正式)?布达(?=[{_CJK}{NAME_DOTS}]{{2,8}}?(?:{_HONORIFIC_ALTERNATION})?(?:接任|出任|接掌|就任|升任|陞任))"
)


# Words listing a change among others before its post (LISTED_CHANGE_LEADS, round 17): 名单,包括内政部长由A接任.
_LISTED_CHANGE_LEAD_RE = compile_re(rf"^(?:{alternation(LISTED_CHANGE_LEADS)})")


def _post_by_successor(m: re.Match[str]) -> str:
    """外交部长由总统府秘书长吴钊燮接任 → 吴钊燮接任外交部长: the post named first, the successor (the
    post he holds perhaps printed before his name, one name length fitting) after 由; the match as
    it is unless the post reads as one."""
    lead, post = "", m.group("post")
    if (split := _ORG_SUBJECT_LEAD_RE.split(post)) and len(split) > 1:
        post = split[-1]  # 会议决定市财政局局长由…: the post after the decision's words
        lead = m.group("post")[: len(m.group("post")) - len(post)]
    post = _LISTED_CHANGE_LEAD_RE.sub("", post, count=1)  # 名单,包括内政部长由A接任: 包括 no part of the post
    name = _holder_name(m.group("holder"))
    post = post.removeprefix("新任")  # 新任处长由A接任: the new holder's post, 新任 no part of it (round 14)
    if name is None or not post or _further_post(post, _post_starts(())) is None:
        return m.group()
    return f"{lead}{name}接任{post}"


def _org_subject_posts(text: str) -> str:
    """``X办公室由A同志任主任，B同志兼任副主任`` → ``A同志任X办公室主任，B同志兼任X办公室副主任``:
    each bare post takes the organization named once as the subject. Only when the organization
    ends like one, every piece after 由 is a name, a verb and a bare title, and no post names an
    organization of its own; else the text is returned as it is."""
    text = _LEADING_YOU_RE.sub(_without_you, text)  # 决定：由A同志任X局局长 → A同志任X局局长
    m = _ORG_SUBJECT_RE.search(text)
    if m is None:
        return text
    org = _ORG_SUBJECT_LEAD_RE.split(m.group("org"))[-1]  # 会议决定X办公室由…: the subject is X办公室
    if len(org) < 3 or not org.endswith(ORG_SUFFIX_TUPLE):
        return text  # 经研究由A任X: no organization is the subject
    pieces = [p.strip(" \u3000") for p in _ORG_SUBJECT_SPLIT_RE.split(m.group("rest").rstrip(" \u3000"))]
    rewritten = []
    for piece in pieces:
        entry = _ORG_SUBJECT_PIECE_RE.match(piece)
        if entry is None or not is_person_name(entry.group("name")):
            return text
        post = entry.group("post")
        if _title_at_end(post) != post:
            return text  # a post with an organization of its own, or no title: not this layout
        verb = "兼任" if entry.group("verb") == "兼任" else "任"  # 担任 alone is no verb the rules read
        rewritten.append(f"{entry.group('name')}同志{verb}{org}{post}")
    return text[: m.start()] + "，".join(rewritten) + text[m.end() :]


_OATH_SLOT_PHRASES: tuple[str, ...] = tuple(sorted(OATH_SLOT_PHRASES, key=len, reverse=True))
_NEW_HOLDER_RE = compile_re(f"(?:{alternation(NEW_HOLDER_LEADS)})(?P<rest>[^，,。；;：:！？!?]{{4,60}})")
_FORMER_AND_NEW: tuple[str, ...] = tuple(FORMER_AND_NEW_MARKS)


def _new_holder(clause: str, starts: tuple[str, ...]) -> list[_Change]:
    """新任命的X局局长张三 / 新任X局局长的张三 / 新当选的X主席张三: the person newly given the post
    (round 8). The post is the shortest start of the phrase that ends in a title and reads as posts,
    the name follows it (after 的) and is closed: by the clause's end, a bracket, 同志, or a word
    of NEW_HOLDER_NEXT_CHARS (李广胜由衷地说, 王强说 — never 王强说 as a name)."""
    m = _NEW_HOLDER_RE.search(clause)
    if m is None or clause.endswith(_FORMER_AND_NEW, 0, m.start()):
        return []  # audit20: 原、新任局長A、B — the former holder first: no one is named new alone
    rest = m.group("rest")
    for cut in range(2, len(rest) - 1):
        if _title_at_end(rest[:cut]) is None or rest[:cut].endswith("代表"):
            continue  # round 24: 新当选的代表张三发言 / 新聘参事代表A — a seat or who speaks, never a post given
        if "、" in rest[:cut] and any(_title_at_end(post) is None for post in rest[:cut].split("、")):
            continue  # 外交部长吴钊燮、…、退辅会主委|邱国正: names inside, never one post (round 13)
        after = rest[cut:].removeprefix("的")
        if after.startswith(_OATH_SLOT_PHRASES):
            return []  # 新当选镇长向宪法宣誓: the oath's object in the name's slot, no person (round 25)
        sizes = [size for size in (3, 2) if size <= len(after) and is_person_name(after[:size])]
        sizes = [size for size in sizes if size == len(after) or _closes_new_holder(after[size:])]
        if sizes == [3, 2] and after[2] in _NEVER_NAME_LAST_HERE:
            sizes = [2]  # 王强说 / 张三作表态发言: the name ends before the verb
        if len(sizes) != 1:
            continue
        found = _changes(APPOINT, [after[: sizes[0]]], rest[:cut], starts)
        if found:
            return found
    return []


# 新任外交部长吴钊燮、国防部长严德发、…: a list of post-then-name pairs after the lead (round 13)
_NEW_HOLDERS_LIST_RE = compile_re(
    f"(?:{alternation(NEW_HOLDER_LEADS)})(?P<rest>[^，,。；;：:！？!?]{{8,300}}?)[。；;！!]?$"
)


def _new_holders_listed(clause: str, starts: tuple[str, ...]) -> list[_Change]:
    """新任外交部長吳釗燮、國防部長嚴德發、陸委會主委陳明通 (台湾 2018, dev yam): the lead, then post-and-name
    pairs joined by 、 up to the clause's end, every pair split one way only — a post ending in a title,
    then a whole name (round 13). Any pair that does not read, or names a former holder (原…), and
    the clause gives nothing."""
    m = _NEW_HOLDERS_LIST_RE.search(clause.strip(" \u3000"))
    if m is None or "、" not in m.group("rest"):
        return []
    found: list[_Change] = []
    items = m.group("rest").split("、")
    for k, item in enumerate(items):
        item = item.strip(" \u3000").removesuffix("同志")
        if item.startswith(_FORMER_HOLDER_LEADS):
            return []
        pairs = [
            (item[:cut], item[cut : cut + size])
            for cut in range(2, len(item) - 1)
            for size in (2, 3, 4)
            if cut + size <= len(item)
            and is_person_name(item[cut : cut + size])
            and _title_at_end(item[:cut]) is not None
            # the name ends the pair; the last one may be followed by what the holders did (…李四作了发言),
            # never by 等 (…严德发等人: who else, unclear)
            and (cut + size == len(item) or (k == len(items) - 1 and _closes_new_holder(item[cut + size :])))
            and not item.startswith("等", cut + size)
        ]
        if len(pairs) != 1:
            return []
        post, name = pairs[0]
        pair = _changes(APPOINT, [name], post, starts)
        if not pair:
            return []
        found.extend(pair)
    return found


# Members of a Hong Kong advisory body appointed by 委任 (成员 is no title elsewhere: a group's role), the
# persons after the verb or after the post (round 13; 香港 press releases, dev P):
# 以及委任蔡德昇、徐海山和冼漢廸為新成員 / 三名新委任的成員為陳崇禮、鄺福寧博士和孫瑋琳
_MEMBERS_APPOINTED_RE = LazyPattern(
    r"^(?:[^，,；;。]{0,12}?(?:行政长官|政府|局长))?(?:已|亦|同时|并)?(?:以及|并|及)?(?:再度|获|獲|新)?委任"  # 已/亦/新 (round 16)
    r"(?P<names>[^，,；;。为]{2,80}?)为(?P<post>[^，,；;。为]{0,30}?(?:成员|委员))[。；;]?$"  # 委员 (round 16)
    rf"|^(?:[{CN_ORDINALS}两\d]{{1,3}}名)?(?:获|獲)?(?:再度|新)?委任的(?P<post2>[^，,；;。为]{{0,30}}?成员)"
    r"为(?P<names2>[^，,；;。]{2,120}?)[。；;]?$"
)
_MEMBER_NAME_SPLIT_RE = compile_re("、|和|及")
_MEMBER_BODY_RE = compile_re(
    rf"(?:现任|名|委任)(?P<body>(?:(?![名任])[{_CJK}]){{2,20}}?委员会)(?:[（(][^（）()]{{1,10}}[）)])?成员"
)


def _without_honorifics(piece: str) -> str:
    """A listed name without the honorifics after it, in ROSTER_HONORIFICS' order (张三博士 → 张三)."""
    for honorific in ROSTER_HONORIFICS:
        piece = piece.removesuffix(honorific)
    return piece


def _members_appointed(clause: str, starts: tuple[str, ...]) -> list[_Change]:
    """委任A、B和C為新成員 / 獲再度委任的成員為A、B博士…和E教授: each person a member of the body (the
    post as printed). Every piece must be a name once an honorific after it is dropped; a count
    (再度委任9名現任成員) names nobody."""
    m = _MEMBERS_APPOINTED_RE.match(clause.strip(" \u3000"))
    if m is None:
        return []
    names, post = (m.group("names"), m.group("post")) if m.group("names") else (m.group("names2"), m.group("post2"))
    people = []
    for piece in _MEMBER_NAME_SPLIT_RE.split(names):
        piece = _without_honorifics(piece)
        if not (is_person_name(piece) or _is_transliterated(piece)):
            held = _post_and_name(piece)  # 委任馬會主席葉錫安為X成員: the post held before the name (round 16)
            if held is None:
                return []
            piece = held[0]
        people.append(piece)
    organization = post.removesuffix("成员").removesuffix("委员").removeprefix("新")
    for kind in MEMBER_KINDS:
        organization = organization.removesuffix(kind)  # X委員會非官守成員: the body is X委員會 (round 16)
    if organization and not _org_is_plausible(organization, starts):
        return []
    return [(APPOINT, person, post, None) for person in people]


# Session 15: the members of a committee listed after their seat or after 再度委任 (vocab COMMITTEE_*): 两名新成员为A及B /
# 三名再获委任的现任成员为A、B及C / 新成员分别是A、B和C / 再度委任A、B和C — each a member of the one committee named.
_COMMITTEE_LIST_RE = LazyPattern(
    rf"^(?:[{CN_ORDINALS}两\d]{{1,3}}[名位])?(?:另外|另)?(?:[{CN_ORDINALS}两\d]{{1,3}}[名位])?"
    rf"(?:{alternation(COMMITTEE_SEAT_LEADS)})(?:现任)?(?P<seat>{alternation(COMMITTEE_SEATS)})"
    rf"(?:{alternation(COMMITTEE_LIST_VERBS)})(?P<names>[^，,；;。：:为]{{2,120}}?)[。；;]?$"
    rf"|^(?:[^，,；;。]{{0,12}}?(?:行政长官|政府))?(?:已|亦|并|同时)?(?:{alternation(COMMITTEE_REAPPOINT_VERBS)})"
    r"(?P<names2>[^，,；;。：:为]{2,120}?)[。；;]?$"
)
# A committee named in the headline or the text before: after 委任/现任/名/出任/加入, no count or verb inside it.
_COMMITTEE_BODY_RE = LazyPattern(
    rf"(?:委任|现任|名|出任|加入)(?P<body>(?:(?![名任为的、和及与])[{_CJK}]){{2,20}}?"
    rf"(?:{alternation(COMMITTEE_BODY_ENDINGS)}))"
)
_COMMITTEE_JOINED_RE = LazyPattern(
    rf"(?:及|和|与|、)(?P<body>(?:(?![名任为的、和及与])[{_CJK}]){{2,20}}?(?:{alternation(COMMITTEE_BODY_ENDINGS)}))"
)
_COMMITTEE_NAME_SPLIT_RE = compile_re("、|和|及|与")


def _committee_named(before: str) -> str | None:
    """The one committee ``before`` (the headline and the text up to the clause) names; a shorter name that ends a
    longer one (顾问委员会, 香港电台顾问委员会) is the same body. A body after 及/和/与/、 (X委员会及Y委员会) is only a
    sign of a second committee, never the name given. None when none is named, "" when two are."""
    bodies = {m.group("body") for m in _COMMITTEE_BODY_RE.finditer(before)}
    longest = {b for b in bodies if not any(o != b and o.endswith(b) for o in bodies)}
    joined = {m.group("body") for m in _COMMITTEE_JOINED_RE.finditer(before)}
    if any(not any(b.endswith(o) or o.endswith(b) for o in longest) for b in joined):
        return ""  # 委任X委员会及Y委员会成员: whose members, unclear
    if not longest:
        return None
    return longest.pop() if len(longest) == 1 else ""


_COMMITTEE_LIST_GATE_RE = compile_re(
    rf"(?:{alternation(COMMITTEE_SEAT_LEADS)})(?:现任)?(?:{alternation(COMMITTEE_SEATS)})"
    rf"(?:{alternation(COMMITTEE_LIST_VERBS)})|{alternation(COMMITTEE_REAPPOINT_VERBS)}"
)  # the block-level filter


def lists_committee_members(text: str) -> bool:
    """Whether a block may hold a committee's member list (新成员分别是A、B): read though no change verb is in it."""
    return ("成员" in text or "委员" in text) and _COMMITTEE_LIST_GATE_RE.search(text) is not None


def _is_committee_list(clause: str) -> bool:
    """Whether the clause lists members after their seat (新成员分别是A、B) or after 再度委任: read with no verb in force."""
    return _COMMITTEE_LIST_RE.match(clause.strip(" \u3000")) is not None


def _committee_members(clause: str, before: str) -> list[_Change]:
    """两名新成员为A及B / 获再度委任的成员为A、B博士 / 再度委任A、B和C → (appoint, person, <committee>成员) each, the
    committee the one ``before`` names (:func:`_committee_named`); honorifics dropped. Every piece must be a name; else []."""
    m = _COMMITTEE_LIST_RE.match(clause.strip(" \u3000"))
    if m is None:
        return []
    committee = _committee_named(before)
    if not committee:
        return []  # no committee named, or two: whose members is unclear
    seat = m.group("seat") or "成员"
    people = []
    for piece in _COMMITTEE_NAME_SPLIT_RE.split(m.group("names") or m.group("names2")):
        piece = _without_honorifics(piece.strip(" \u3000"))
        if not (is_person_name(piece) or _is_transliterated(piece)):
            return []
        people.append(piece)
    return [(APPOINT, person, committee + seat, None) for person in people]


_NEVER_NAME_LAST_HERE = "说作也就已则还又都"  # 王强说: one-character verbs, never a name's last character here


def _closes_new_holder(after: str) -> bool:
    return after[:1] in NEW_HOLDER_NEXT_CHARS or after[:1] in _OPEN or after.startswith(NEW_HOLDER_NEXT_WORDS)


_ELECTED_LIST_RE = compile_re(
    rf"^(?P<head>[^：:。；;]{{0,80}}(?:{alternation(ELECTED_LIST_HEADS)})[^：:。；;]{{0,40}})[：:](?P<body>[^：:]{{4,400}})$"
)
_ELECTED_PIECE_SPLIT_RE = compile_re(r"[，,；;。]")


def _elected_list(text: str, starts: tuple[str, ...]) -> list[_Change]:
    """会议选举产生了新一届区人大常委会主任、副主任：主任张三，副主任李四、王五 → the titles with their names,
    the body of the head's posts carried to them (round 8). Every piece after the colon must be a bare
    title then names, and the head a post list ending in titles; else nothing."""
    m = _ELECTED_LIST_RE.match(text.strip(" \u3000"))
    if m is None or "代表" in m.group("head"):
        return []  # 选举产生了…人民代表大会代表: seats, not posts
    head_posts = m.group("head")
    body_of_head: str | None = None
    for lead in ELECTED_LIST_HEADS:
        at = head_posts.rfind(lead)
        if at >= 0:
            tail = head_posts[at + len(lead) :].removeprefix("了").removeprefix("新一届").removeprefix("新一任")
            posts, _note = _parse_posts(tail, starts) if tail else ([], None)
            organizations = {split_position(post)[0] for post in posts} - {None}
            body_of_head = organizations.pop() if len(organizations) == 1 else None
            break
    found: list[_Change] = []
    for piece in filter(None, (p.strip(" \u3000") for p in _ELECTED_PIECE_SPLIT_RE.split(m.group("body")))):
        title = next((t for t in sorted(TITLE_SET, key=len, reverse=True) if piece.startswith(t)), None)
        names = piece[len(title) :].strip(" \u3000").replace("同志", "") if title else ""
        if title is None or not names or not _all_names(names):
            return []
        post = (body_of_head or "") + title
        found.extend((APPOINT, name, post, None) for name in names.split("、"))
    return found


# A post, then 包括/分别是, then the names holding it, closing a clause (session 10, by the lead):
# …当选为副书记，常委包括王荣、许勤、王穗明(女)、戴北方，戴北方为深圳市委秘书长 (深圳 2010).
_ELECTED_POST_LIST_RE = LazyPattern(
    rf"(?:^|(?<=[，,；;。：:]))(?P<post>[{_CJK}]{{2,30}}?)(?:{alternation(ELECTED_POST_LIST_WORDS)})[：:]?"
    rf"(?P<names>[{_CJK}{NAME_DOTS}（）()、]{{4,400}}?)(?=[，,；;。]|$)"
)
_NAME_NOTE_RE = compile_re(r"[（(][^（）()]{1,6}[）)]")  # 王穗明(女), 张三（满族）


def _elected_post_lists(text: str) -> list[_Change]:
    """(appoint, person, post) of each 'POST包括A、B、C' clause in a paragraph that tells an election:
    the post as printed (its 新一届/当选的 dropped), every piece a name, two or more; else nothing."""
    if not any(word in text for word in ELECTION_CONTEXT_WORDS):
        return []
    found: list[_Change] = []
    for m in _ELECTED_POST_LIST_RE.finditer(text):
        post = m.group("post")
        for prefix in ELECTED_POST_PREFIXES:
            post = post.removeprefix(prefix)
        names = _NAME_NOTE_RE.sub("", m.group("names"))
        if "、" in names and _title_at_end(post) == post and not _all_names(names):
            items = names.split("、")  # 常委包括A、B和C: the last two joined by 和/及/与 (round 24)
            names = "、".join(items) if _joined_last(items, _ends_in_name, is_person_name) else names
        if _title_at_end(post) is None or "、" not in names or not _all_names(names):
            continue  # 成员包括市发改委、市财政局: units, no persons; 其中包括… a post that reads as none
        post = party_seat_body(text, m.start("post"), post)  # 常委包括A、B after …当选为深圳市委书记 (round 24)
        found.extend((APPOINT, name, post, None) for name in names.split("、"))
    return found


# The successor of a removal in the clause after it: 免去栗智的乌鲁木齐市委书记职务,由朱海仑接任 (round 7).
_SUCCESSOR_RE = LazyPattern(
    rf"^(?:改由|由)?(?P<name>[{CJK_EXTENDED}{NAME_DOTS}]{{2,30}}?)(?:同志)?(?:{alternation(SUCCESSOR_VERBS)})"
    r"(?:该职|其职务|此职)?[。；;！!]?$"
)
# Round 20: an accountability decision (vocab ACCOUNTABILITY_MEASURES): 对/要求 + persons + (予以/给予) + the measure.
_ACCOUNTABILITY_RE = compile_re(
    rf"(?:对|要求)(?P<who>[^。；;：:对要求]{{2,200}}?)(?:予以|给予)?(?P<measure>{alternation(ACCOUNTABILITY_MEASURES)})"
    r"(?:处理|处分)?"
)
# Session 14 review: a proposal or a demand before the measure (vocab ACCOUNTABILITY_NOT_DECIDED), looked for in the
# clause's last characters before 对/要求 (a bounded window: each match reads at most this many back).
_ACCOUNTABILITY_NOT_DECIDED_RE = compile_re(alternation(ACCOUNTABILITY_NOT_DECIDED))
_ACCOUNTABILITY_LEAD_MAX = 40
_BRACKETED_POST_RE = LazyPattern(
    rf"^(?P<name>[{_CJK}{NAME_DOTS}]{{2,6}}?)[（(](?P<post>[^，,（）()]{{2,40}})(?:[，,][^（）()]*)?[）)]$"
)


def _accountability_pieces(piece: str) -> list[str] | None:
    """金育辉(吉林省副省长,2017年4月起…) → [吉林省副省长金育辉]; 毕井泉(某总局党组书记、副局长,…) → [某总局党组书记毕井泉,
    某总局副局长毕井泉]; 某县县长张三 as printed; None without a post."""
    m = _BRACKETED_POST_RE.match(piece)
    if m is not None:
        name = m.group("name")
        posts = _inherit_organizations(m.group("post").split("、"))
        if not is_person_name(name) or any(_title_at_end(post) is None for post in posts):
            return None
        return [post + name for post in posts]
    return [piece] if _name_after_post(piece) is not None else None


def _accountability_forms(text: str) -> str:
    """对A(X,…)予以免职，要求B(Y,…)、C(Z,…)引咎辞职 → XA被免职；YB辞职；ZC辞职: each person with his post, then
    the verb of leaving that the held-post rule reads (round 20)."""

    def rewrite(m: re.Match[str]) -> str:
        # the clause before 对/要求 (back to its last mark): a proposal or a demand there decides nothing
        lead = text[max(0, m.start() - _ACCOUNTABILITY_LEAD_MAX) : m.start()]
        lead = lead[max(map(lead.rfind, "。；;，,：:！!？?\n")) + 1 :]
        if _ACCOUNTABILITY_NOT_DECIDED_RE.search(lead):
            return "，" + m.group()
        read = [_accountability_pieces(piece.strip()) for piece in split_top(m.group("who"), "、")]
        if not read or any(pieces is None for pieces in read):
            return m.group()
        verb = "被免职" if ACCOUNTABILITY_MEASURES[m.group("measure")][0] == REMOVE else "辞职"
        # a clause of its own (a comma: the sentence, and a rumour's word in it, stay one): the words before 对
        # (经研究, 决定) never read into the first post
        return "，" + "；".join(f"{piece}{verb}" for pieces in read if pieces is not None for piece in pieces)

    return _ACCOUNTABILITY_RE.sub(rewrite, text)


def _successor(clause: str, previous: list[_Change]) -> list[_Change]:
    """B appointed to the post just removed from A: …免去A的X职务，由B接任 (one removal before it only)."""
    m = _SUCCESSOR_RE.match(clause.strip(" \u3000"))
    if m is None or len(previous) != 1 or previous[0][0] != REMOVE:
        return []
    name = _holder_name(m.group("name"))  # 改由副局長李四接任: the post he holds before his name (round 13)
    return [(APPOINT, name, previous[0][2], None)] if name is not None else []


def _moved_on_post(clause: str, starts: tuple[str, ...]) -> str | None:
    """The posts of a clause that opens with a move's verb and no name (，改任Y / ，任Y / ，兼任Y), or
    None when the clause is something else (任宝军任… is a name; 任期三年 no post)."""
    c = clause.strip(" \u3000").removeprefix("并")
    if (lead := next((v for v in _MOVED_ON_AS if c.startswith(v)), None)) is not None:
        c = "任" + c[len(lead) :]  # 免去A的X职务，任命为Y → ，任Y (round 10)
    elif (lapsed := _OWN_LAPSE_RE.match(c)) is not None:
        c = "不再担任" + lapsed.group("posts")  # 任命A为X，其Y职务自然免除 → ，不再担任Y (round 10)
    verb = next((v for v in _MOVED_ON_VERBS if c.startswith(v)), None)
    if verb is None or c.startswith(_NOT_MOVED_ON):
        return None
    rest = c[len(verb) :]
    if "为" in rest or TRIGGER_RE.search(rest) or not _parse_posts(rest, starts)[0]:  # 任宝军为X: a name
        return None
    return c


def _moved_on(clause: str, previous: list[_Change], starts: tuple[str, ...]) -> list[_Change]:
    """The one person of the clause before takes the posts of ``clause`` (or leaves them): 免去A的X职务，
    改任Y / A被任命为X，不再担任Y (round 8). Nothing when the clause before names two people (whose
    post it is cannot be told)."""
    people = {change[1] for change in previous}
    verb = next(v for v in _MOVED_ON_VERBS if clause.startswith(v))
    action = REMOVE if verb in _LEAVING else APPOINT
    return _changes(action, [people.pop()], clause[len(verb) :], starts) if len(people) == 1 else []


_LEAVING: tuple[str, ...] = ("不再担任", "不再兼任", *LEAVE_VERBS)


_MOVED_ON_VERBS: tuple[str, ...] = ("不再担任", "不再兼任", *LEAVE_VERBS, *MOVE_VERBS, "兼任", "任")
_NOT_MOVED_ON: tuple[str, ...] = ("任期", "任务", "任职", "任命", "任免", "任用")
# Verbs of a move printed with 为 and no name after one person's change: 免去A的X职务，任命为Y (round 10).
_MOVED_ON_AS: tuple[str, ...] = ("任命为", "聘任为", "改任为", "调任为", "转任为", "聘为")
# The person's own post lapsing after their change: 任命A为X，其Y职务自然免除 / ，原任Y职务自然免除 (round 10).
_OWN_LAPSE_RE = LazyPattern(
    rf"^(?:其原任|原任|其)(?P<posts>[^，,；;。的]{{2,120}}?)职务(?:{alternation(LAPSE_TAILS)})$"
)


_DEPUTY = "副"  # 书记 → 副书记: a head's deputy (round 24)
_PLACE_ENDS = ("省", "市", "县", "区", "州", "旗")  # a place named before a body: 深圳市 (人大常委会)


def _post_of_the_sentence(position: str, before: tuple[str, str] | None) -> tuple[str, tuple[str, str] | None]:
    """A bare title takes the organization of the same title named earlier in its sentence, and the
    sentence's post as it stands after this change: 王宪魁辞去黑龙江省省长职务,陆昊任代理省长 →
    黑龙江省代理省长 (round 7). The same title (an acting one standing in for it) is carried, and since
    round 24 its deputy's: 王荣当选为深圳市委书记,许勤、王穗明当选为副书记 → 深圳市委副书记, 白天当选深圳市政协
    主席,黄志光…为副主席 → 深圳市政协副主席 (round 6's labels kept 选举A为X主任，B为副主任's 副主任 as printed;
    the dev labels now carry it, and no dev record lost its post). Another title (张三辞去某局局长职务,李四任
    办公室主任) is left as printed."""
    organization, title = split_position(position)
    if title is None:
        return position, before
    if organization is None:
        if before is not None and position == title and _base_title(title) in (before[1], _DEPUTY + before[1]):
            return before[0] + position, before
        return position, before
    if before is not None and organization != before[0] and before[0].endswith(organization):
        place = before[0][: -len(organization)]  # 深圳市 | 人大常委会; never 高等 | 教育部 (another body)
        if place.endswith(_PLACE_ENDS) and _base_title(title) in (before[1], _DEPUTY + before[1]):
            return before[0] + title, before  # 深圳市人大常委会主任, then 人大常委会副主任 (round 24)
    return position, (organization, _base_title(title))


# Round 16: the last person and the last post of a 分别 clause joined by 和/及/以及 instead of 、 (香港 news,
# probe dev nuoerhy: 陸恭蕙、李家超和邱誠武分別出任環境局副局長、保安局副局長和運輸及房屋局副局長).
_RESPECTIVE_CLAUSE_RE = compile_re(
    r"(?P<names>[^，,；;。：:]{2,80}?)分别(?P<verb>为|出任|调任|转任|升任|就任|兼任|当选为|任)(?P<posts>[^，,；;。]{2,200})"
)
_LIST_JOINER_RE = compile_re("以及|和|及")


def _joined_last(items: list[str], fits_left: Callable[[str], bool], fits_right: Callable[[str], bool]) -> bool:
    """Split the last item at the first 和/及/以及 whose both sides fit, in place; True when split."""
    last = items[-1]
    for joiner in _LIST_JOINER_RE.finditer(last):
        left, right = last[: joiner.start()], last[joiner.end() :]
        if left and right and fits_left(left) and fits_right(right):
            items[-1:] = [left, right]
            return True
    return False


def _ends_in_name(text: str) -> bool:
    return any(is_person_name(text[-size:]) for size in (2, 3) if len(text) >= size)


def _respective_joined(m: re.Match[str]) -> str:
    names, posts = m.group("names").split("、"), m.group("posts").split("、")
    _joined_last(names, _ends_in_name, lambda right: is_person_name(right.removesuffix("同志")))
    if len(posts) < len(names):
        _joined_last(
            posts, lambda left: _title_at_end(left) is not None, lambda right: _title_at_end(right) is not None
        )
    if len(names) < 2 or len(posts) != len(names):
        return m.group()  # the counts do not pair: as printed (the 分别 rule warns posts-unpaired)
    return f"{'、'.join(names)}分别{m.group('verb')}{'、'.join(posts)}"


def _respective_lists(text: str) -> str:
    """张三、李四和王五分别调任X、Y和Z → 张三、李四、王五分别调任X、Y、Z: a 和/及/以及 before the last person
    or post read as 、, only where each side is a name (a post ending in a title) and the persons then
    number as many as the posts; anything else stays as printed."""
    return _RESPECTIVE_CLAUSE_RE.sub(_respective_joined, text)


# Round 16: the forms of a Hong Kong 委任 sentence (press releases and news, probe dev hk01/fonfmedia):
# 委任A出任「X委員會」（諮詢委員會）的主席，以及B出任諮詢委員會的成員 / 再度委任A教授、B博士以及C，出任X委員.
_BODY_QUOTED_RE = compile_re(
    "(?P<open>{opens})(?P<body>[^{marks}，,。；;：:！？!?\\s]{{2,60}})(?P<close>{closes})"
    "(?:[（(][^（）()，,。；;]{{1,12}}[）)])?(?=(?:{kinds})?(?:{posts}))".format(
        opens="|".join(BODY_QUOTES),
        closes="|".join(BODY_QUOTES.values()),
        marks="".join([*BODY_QUOTES, *BODY_QUOTES.values()]),
        kinds=alternation(MEMBER_KINDS),
        posts=alternation(BODY_MEMBER_POSTS),
    )
)
_WEIREN_LINK_RE = compile_re(
    rf"(?P<lead>委任)(?P<names>[^，,；;。为為出接]{{2,80}}?)(?:接替[{_CJK}]{{2,4}}?)?[，,]?(?P<link>出任为|出任|为)"
)  # 委任陳建強接替彭耀佳出任X (students.org.hk 2023, probe dev): whom the person succeeds is no part of the list


def _weiren_names(names: str) -> str | None:
    """The persons between 委任 and its link, joined by 、 (a 和/及/以及 before the last one read as 、);
    None unless every piece is a name or a post then a name (馬會主席葉錫安)."""
    items = names.split("、")
    _joined_last(items, _ends_in_name, is_person_name)
    if all(is_person_name(item) or _post_and_name(item) for item in items):
        return "、".join(items)
    return None


def _weiren_link(m: re.Match[str]) -> str:
    names = _weiren_names(m.group("names"))
    if names is None:
        return m.group()
    return f"{m.group('lead')}{names}为"


def _weiren_forms(text: str) -> str:
    """委任馬會主席葉錫安出任「X委員會」（諮詢委員會）成員 → 委任葉錫安为X委員會成員: a body's quotes and its short
    name in brackets dropped, and 出任 (出任为) after 委任's persons read as 为 (round 16)."""
    if "」" in text or "』" in text or "”" in text:
        text = _BODY_QUOTED_RE.sub(r"\g<body>", text)
    return _WEIREN_LINK_RE.sub(_weiren_link, text)


# Round 21: a run of moves joined by 、, each with its holder and its own verb — 原新莊分局長張國雄調陞X、中和分局長
# 葉爾煙調陞Y、永和分局長蘇永芳調陞Z (新北市警察局 2018, cpfcnews probe fit): the 、 closes a change, as a comma
# would (the second and third moves had been read as one post of the first person). Only where the clause before
# the 、 and the one after it each name a person right before a move verb: A、B调任X and A调任X、Y stay lists.
_MOVE_VERB_RE = compile_re(alternation(MOVE_VERBS))
_CLAUSE_BREAK_RE = compile_re(r"[，,；;。：:！？!?]")


def _names_a_move(clause: str) -> bool:
    """The clause names a person right before a move verb: 中和分局长叶尔烟调升Y / 张三同志调任Y."""
    verb = _MOVE_VERB_RE.search(clause)
    if verb is None:
        return False
    before = clause[: verb.start()].removesuffix("同志")
    return any(is_person_name(before[-size:]) for size in (3, 2, 4) if len(before) >= size)


def _chained_moves(text: str) -> str:
    """X长A调升Y、X长B调升Z → X长A调升Y，X长B调升Z: a 、 between two moves, each with its holder, ends a change."""
    pieces = text.split("、")
    out = [pieces[0]]
    for left, right in itertools.pairwise(pieces):
        last = _CLAUSE_BREAK_RE.split(left)[-1]
        first = _CLAUSE_BREAK_RE.split(right, maxsplit=1)[0]
        out.append("，" if _names_a_move(last) and _names_a_move(first) else "、")
        out.append(right)
    return "".join(out)


# Round 21: 该集团 / 该公司 / 该局 in a new post names the organization of the post the person held, printed before
# the name in the same clause — 国家石油天然气管网集团副总经理何仲文任该集团总经理 (中国新闻周刊 2024, capstoneengg
# probe fit: the post read as 该集团总经理) → 国家石油天然气管网集团总经理. Only when that held post ends in the same
# noun (集团 … 集团); else the post stays as printed.
_CLAUSE_START_RE = compile_re(r"[，,；;。：:、！？!?（(]")


def _this_body(position: str, clause: str, person: str, starts: tuple[str, ...]) -> str | None:
    """该集团总经理 + …管网集团副总经理何仲文任… → …管网集团总经理, or None."""
    organization, title = split_position(position)
    if organization is None or len(organization) < 2 or title is None:
        return None
    noun = organization[1:]  # 集团 of 该集团
    named_at = clause.find(person)
    if named_at <= 0:
        return None
    held = _CLAUSE_START_RE.split(clause[:named_at])[-1].removeprefix("原").removeprefix("现任")
    body = split_position(held)[0]
    if body is None or not body.endswith(noun) or len(body) <= len(noun):
        return None
    return body + title if _org_is_plausible(body, starts, title) else None
