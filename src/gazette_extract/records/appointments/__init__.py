"""Personnel changes (任免) from one document's blocks.

:func:`extract_appointments` is a pure function over :class:`~gazette_extract.layout.blocks.Block`
lists, returning typed records (:class:`~gazette_extract.data.Appointment`, the shape of
:class:`~gazette_extract.models.Appointment`). It reads 任命 / 免去 / 辞去 notices, standing-committee
decisions and news-style sentences (经2020年12月31日…第30次常务会议研究决定任命：/ 王勇任…副主任。/ 免去：/
郭红北京市平谷区马坊地区办事处副主任职务；). Names and posts are read with :mod:`.people`.

The rule that keeps narrative out: a record needs a personnel verb, a person name (a surname
from the data list + one to three characters) and a post that ends with a title from the data
list. Plans that say 区长任总田长, 免去企业年检 or 担任领导小组组长 therefore give nothing.
Nothing here raises on odd text; no pydantic at import time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..._pattern_cache import compile_re
from ...codes import CHANGE_ENTRY_UNREAD, CLAUSE_CUT_OFF, PERSON_UNCLEAR, POSTS_UNPAIRED
from ...data import Appointment, WarningRecord, warning
from ...grammars.brackets import split_top
from ...layout.news import is_sub_headline
from ...vocab.common import CJK as _CJK
from ...vocab.common import CJK_EXTENDED, LazyPattern, alternation
from ...vocab.personnel import (
    ACCOUNTABILITY_MEASURES,
    AND_THEN_VERBS,
    ANNOUNCEMENT_WORDS,
    BIOGRAPHY_WORDS,
    BODY_MEMBER_POSTS,
    BODY_QUOTES,
    CAREER_NEXT_LEADS,
    COUNTED_LIST_EVENTS,
    DECISION_LEADS,
    ELECTED_LIST_HEADS,
    ELECTED_POST_LIST_WORDS,
    ELECTED_POST_PREFIXES,
    ELECTION_CONTEXT_WORDS,
    HEADING_ONLY_VERBS,
    LAPSE_TAILS,
    LEAVE_VERBS,
    LISTED_CHANGE_LEADS,
    MEMBER_KINDS,
    MOVE_DAY_WORDS,
    MOVE_VERBS,
    MOVE_WEEK_WORDS,
    MOVED_TO_BODY_WORDS,
    NAME_DOTS,
    NAMES_AFTER_POST_LEADS,
    NEW_HOLDER_LEADS,
    NEW_HOLDER_NEXT_CHARS,
    NEW_HOLDER_NEXT_WORDS,
    ORG_SUFFIX_TUPLE,
    PLACE_HEAD_TITLES,
    POST_NOUN_VARIANTS,
    PRIOR_POST_ADVERBS,
    ROSTER_HONORIFICS,
    RUMOUR_LEADS,
    RUMOUR_WORDS,
    SCHEDULED_MOVE_VERBS,
    SUCCESSOR_VERBS,
    TABLE_NAME_HEADERS,
    TERM_IN_POST_WORDS,
    TITLE_SET,
    UNNAMED_POSTS_TAILS,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from ...layout.blocks import Block

from ..people import (
    _CLOSE,
    _HONORIFIC_GATE_RE,
    _OPEN,
    _TRIGGER_BRANCHES,
    TRIGGER_RE,
    _in_sentence_before,
    _org_is_plausible,
    _parse_posts,
    _post_and_name,
    _row_cells,
    _title_at_end,
    is_person_name,
    split_position,
)
from .clauses import _LEADING_NOISE_RE as _LEADING_NOISE_RE
from .clauses import (
    _parse_clause,
)
from .common import (
    _BARE_MOVE_POSTS,
    _BRACKETED_RE,
    _DECIDED,
    _DECIDED_IN_SENTENCE,
    _ENUMERATION_RE,
    _FORMER_HOLDER_LEADS,
    _HONORIFIC_ALTERNATION,
    _RESPECTIVELY,
    APPOINT,
    REMOVE,
    RESIGN,
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
)
from .lists import (
    _BODY_LIST_TITLE_RE,
    _COUNT_FIRSTS,
    _COUNTED_LIST_GATE_RE,
    _ELECTION_HEADING_RE,
    _ENDS_IN_SEMICOLON_RE,
    _HEADING_VERB_RE,
    _NAMES_HEADER_RE,
    _POST_COLON_NAMES_RE,
    _QI_AFTER_LIST_MARK_RE,
    _TITLE_COLON_NAMES_RE,
    _counted_list,
    _ends_whole,
    _holder_lines,
    _is_bare_entry,
    _is_organization_subheading,
    _joined_name_clauses,
    _leaving_thanked,
    _list_entry,
    _looks_like_an_entry,
    _names_below_post,
    _names_under_header,
    _post_line,
    _respaced,
    _run_on_pieces,
    _unwrapped,
)
from .lists import _FULL_STOP_NAME_DOT_RE as _FULL_STOP_NAME_DOT_RE
from .lists import _SPACED_LINK_GATE_RE as _SPACED_LINK_GATE_RE
from .lists import _SPACED_LINK_RE as _SPACED_LINK_RE
from .lists import ROLL_HEAD_GATES as ROLL_HEAD_GATES
from .lists import _glued_changes as _glued_changes
from .lists import _link_alone as _link_alone
from .lists import _name_dot as _name_dot
from .sessions import (
    _continued_posts,
    _cut_after_a_post,
    _cut_in_a_remark,
    _document_places,
    _fill_meeting,
    _fuller,
    _meeting,
    _Pending,
    _placeless,
    _resolve_session,
    _restated,
    _Session,
    _session_place,
    _studied,
)
from .tables import (
    _HEADLINE_MAX,
    _HEADLINE_RE,
    _ROW_NUMBER_RE,
    _VERB_CELL_COLUMN_KEY,
    _cell_per_line_rows,
    _side_by_side_headlines,
    _spaced_cells,
    _table_changes,
    _table_header,
    _unread_row,
)

__all__ = ["extract_appointments"]

# Stage gate (issue 14): one scan of a document's text decides whether extract_appointments
# reads its blocks at all. A change needs one of TRIGGER_RE's words other than the meeting words,
# which only date a change named elsewhere, or a decision's lead (同意A为X, DECISION_LEADS), or
# the lead of names given after their post (会议选出的X是：A、B, NAMES_AFTER_POST_LEADS);
# every header that keeps a verb in force (二、免职 / 姓名 | 拟任职务 / 聘任下列同志为…：) holds
# one too (tests/test_stage_gates.py checks each table); a title that decides posts
# (…职务任免的通知) is tested on its own.
_MEETING_TRIGGERS = frozenset({"会议", "常委会"})
CHANGE_GATE_RE = compile_re(
    "|".join(
        [
            *(b for b in _TRIGGER_BRANCHES if b not in _MEETING_TRIGGERS),
            *map(re.escape, DECISION_LEADS),
            *map(re.escape, NAMES_AFTER_POST_LEADS),  # 会议选出的X是：A、B (names after the post, round 7)
            *map(re.escape, COUNTED_LIST_EVENTS),  # 公布…成员名单 / 16位X分别为A、B (a counted list, round 16)
        ]
    )
)
# A year (and month) with no day, as biographies date a past post: 2020年6月，单忠德任…校长 /
# 2019年任自治区…主任 (国务院任免 news). A decision is dated to the day or not at all.
_BARE_YEAR_RE = compile_re(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,2}月)?(?:份|底|初|起|末)?"
)
_BIOGRAPHY_DATE_RE = compile_re(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,2}月)?(?:份|底|初|起|末)?(?![\d一二三四五六七八九十]{1,3}日)[^，,：:]"
)

# Clause separators at bracket depth 0: sentence ends, then commas and the colon after a header.
_SENTENCE_SEPARATORS = "。；;\n！？"  # where 其 stops referring back
_COMMA_SEPARATORS = "，,：:"
# A clause that may state a change when no verb is in force: a trigger word, or 同意 (同意A任X).
_CLAUSE_TRIGGER_RE = compile_re(f"{TRIGGER_RE.pattern}|同意")
# A sentence or ；-clause that goes on with the change before it, 其 its person (round 14): 任命张三为X；同时免去其
# Y职务 / 免去A的X职务。并免去其Y职务 — 同时 / 并 say it is the same decision.
_CONTINUED_QI_RE = compile_re(r"(?:同时|并且?)(?:决定)?(?:任命|聘任|免去|解聘|撤销)其")
# A verb on 其 (him/her): it needs the person of its own sentence.
QI_RE = compile_re(r"(?:任命|聘任|免去|解聘|撤销|决定)其")


def _opens_with_name(clause: str) -> bool:
    """张三因另有任用免去其X职务: the clause opens with its own person, whom 其 names (round 9)."""
    c = clause.lstrip(" \u3000")
    return any(is_person_name(c[:n]) and c.startswith("因", n) for n in (2, 3, 4))


# A clause pairing persons and posts with 分别: names joined by 、, then 分别 and a connector.
_UNPAIRED_RE = compile_re(rf"[{_CJK}]、[{_CJK}]{{2,4}}(?:同志)?分别(?:为|任|兼任)")


# The day a move takes effect, between the person and its verb (香港 press releases, round 13):
# 蔡傑銘將於2024年5月14日出任X / 黃少珠明日（2月12日）起，出任X / A，將於3月30日出任X
# Round 14 (Hong Kong radio news, dev R): the day in Chinese numerals or as next month's (將於下月九日出任X,
# 就會在下月二日,出任X, 在十月四日接任).
_MOVE_NUMBER = r"(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})"
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
_CAREER_NEXT_LEADS = tuple(CAREER_NEXT_LEADS)
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


_NEW_HOLDER_RE = compile_re(f"(?:{alternation(NEW_HOLDER_LEADS)})(?P<rest>[^，,。；;：:！？!?]{{4,60}})")


def _new_holder(clause: str, starts: tuple[str, ...]) -> list[_Change]:
    """新任命的X局局长张三 / 新任X局局长的张三 / 新当选的X主席张三: the person newly given the post
    (round 8). The post is the shortest start of the phrase that ends in a title and reads as posts,
    the name follows it (after 的) and is closed: by the clause's end, a bracket, 同志, or a word
    of NEW_HOLDER_NEXT_CHARS (李广胜由衷地说, 王强说 — never 王强说 as a name)."""
    m = _NEW_HOLDER_RE.search(clause)
    if m is None:
        return []
    rest = m.group("rest")
    for cut in range(2, len(rest) - 1):
        if _title_at_end(rest[:cut]) is None:
            continue
        if "、" in rest[:cut] and any(_title_at_end(post) is None for post in rest[:cut].split("、")):
            continue  # 外交部长吴钊燮、…、退辅会主委|邱国正: names inside, never one post (round 13)
        after = rest[cut:].removeprefix("的")
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
    r"|^(?:[一二三四五六七八九十两\d]{1,3}名)?(?:获|獲)?(?:再度|新)?委任的(?P<post2>[^，,；;。为]{0,30}?成员)"
    r"为(?P<names2>[^，,；;。]{2,120}?)[。；;]?$"
)
_MEMBER_NAME_SPLIT_RE = compile_re("、|和|及")
_MEMBER_BODY_RE = compile_re(
    rf"(?:现任|名|委任)(?P<body>(?:(?![名任])[{_CJK}]){{2,20}}?委员会)(?:[（(][^（）()]{{1,10}}[）)])?成员"
)


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
        for honorific in ROSTER_HONORIFICS:
            piece = piece.removesuffix(honorific)
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
        if _title_at_end(post) is None or "、" not in names or not _all_names(names):
            continue  # 成员包括市发改委、市财政局: units, no persons; 其中包括… a post that reads as none
        found.extend((APPOINT, name, post, None) for name in names.split("、"))
    return found


# Changes of this form chained by 、 (民政處長由副處長陳國興出任、衛生局長由副局長李金治出任): read one by one.
_POST_FIRST_CHAIN_RE = compile_re(rf"(?<=出任|升任|陞任|转任|调任|接任)、(?=[{_CJK}]{{2,30}}?(?:一职|职务)?由)")


# Round 19: 决定为Y / 决定其为Y cut from its clause at 、 (任命A为X、决定为代理Y) keeps the 、 as a mark: one clause
# with the post before it, whose organization it carries (FORMAT.md) — never after a comma (…，并决定其代理市长职务
# is labelled bare: guilin 2025, dev).
_DECIDED_LEADS_AFTER_DUN = ("决定为", "决定其")
_AFTER_DUN_DECIDED = tuple("、" + lead for lead in _DECIDED_LEADS_AFTER_DUN)


def _run_on_clause(k: int, i: int, piece: str) -> tuple[bool, str]:
    """(whether it opens a sentence, the clause) of the ``i``-th piece of a run-on list in the ``k``-th clause of
    its sentence: an entry of such a list is a sentence of its own, but 决定为Y after 、 goes on with the person
    before it and keeps the 、 as a mark (任命A为X、决定为代理Y, round 19)."""
    if i > 0 and piece.startswith(_DECIDED_LEADS_AFTER_DUN):
        return k == 0, "、" + piece
    return k == 0 or i > 0, piece


_DECISION_TITLE_RE = compile_re(
    r"关于[^。；，]{0,40}?(?:职务任免|任免职|任免|任职|免职)[^。；，]{0,10}?的(?:通知|决定|批复)$"
)
_CONTINUING_LEADS = ("以及", "及")  # a clause going on with the announcement of the clause before


# The successor of a removal in the clause after it: 免去栗智的乌鲁木齐市委书记职务,由朱海仑接任 (round 7).
_SUCCESSOR_RE = LazyPattern(
    rf"^(?:改由|由)?(?P<name>[{CJK_EXTENDED}{NAME_DOTS}]{{2,30}}?)(?:同志)?(?:{alternation(SUCCESSOR_VERBS)})"
    r"(?:该职|其职务|此职)?[。；;！!]?$"
)
# A comma a mirror left before a list's 、 or another comma: 副省长,、代理省长 / 的请求,,任命 (round 7).
_STRAY_COMMA_RE = compile_re(r"[,，](?=[、,，])")
# Round 20: the last item of a list of posts that names none, only "the posts there" (…副董事长、董事、董事会下设
# 专门委员会的相应职务): dropped with its 、 / 及, the list's 职务 kept (vocab UNNAMED_POSTS_TAILS).
_UNNAMED_POSTS_TAIL_RE = compile_re(
    rf"(?:、|以及|及|和)[^、，,。；;及和]{{2,24}}?(?:{alternation(UNNAMED_POSTS_TAILS)})(?=职务)"
)
# Round 20: the comma between whom a person succeeds and the verb of the move (杨华接替王宜林，任中海油董事长 —
# gucheng 2015, probe fit: the clause ended at the comma, its verb had no person): dropped, so that 张三接替李四任X reads.
_SUCCEEDED_COMMA_RE = LazyPattern(
    rf"(?<=接替)(?P<other>[{_CJK}{NAME_DOTS}]{{2,6}}?)(?:同志)?[，,](?=(?:{alternation(MOVE_VERBS)}|任(?![命务期职免用])))"
)
_TITLE_LAST_CHARS = "".join(sorted({title[-1] for title in TITLE_SET}))
# Round 20: 遂昌中学新一届校长 → 遂昌中学校长 (vocab TERM_IN_POST_WORDS): the qualifier inside a post, after a
# character of its organization and right before a title of the table.
_TERM_IN_POST_RE = compile_re(
    rf"(?<=[{_CJK}])(?:{alternation(TERM_IN_POST_WORDS)})(?=(?:{alternation(sorted(TITLE_SET))})"  # sorted: a set's order differs between processes
    r"(?:[，,。；;、]|职务|$))"
)
# Round 20: 当选X会长并发表讲话 → 当选X会长 (vocab AND_THEN_VERBS): a second act after the post, cut at 并.
_AND_THEN_TAIL_RE = compile_re(rf"(?<=[{_TITLE_LAST_CHARS}])并(?:{alternation(AND_THEN_VERBS)})[^，,。；;]{{0,20}}")
# Round 20: an accountability decision (vocab ACCOUNTABILITY_MEASURES): 对/要求 + persons + (予以/给予) + the measure.
_ACCOUNTABILITY_RE = compile_re(
    rf"(?:对|要求)(?P<who>[^。；;：:对要求]{{2,200}}?)(?:予以|给予)?(?P<measure>{alternation(ACCOUNTABILITY_MEASURES)})"
    r"(?:处理|处分)?"
)
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
        read = [_accountability_pieces(piece.strip()) for piece in split_top(m.group("who"), "、")]
        if not read or any(pieces is None for pieces in read):
            return m.group()
        verb = "被免职" if ACCOUNTABILITY_MEASURES[m.group("measure")][0] == REMOVE else "辞职"
        return "；".join(f"{piece}{verb}" for pieces in read if pieces is not None for piece in pieces)

    return _ACCOUNTABILITY_RE.sub(rewrite, text)


# Round 20: a sentence telling changes as a rumour (消息称，A任X、B任Y): not read (vocab RUMOUR_LEADS).
_RUMOUR_LEAD_RE = compile_re(alternation(RUMOUR_LEADS))
_SENTENCE_SPLIT_RE = compile_re(r"(?<=[。！？!?；;])")
# Round 20: 调至X任Y → 调任XY (vocab MOVED_TO_BODY_WORDS): the body the move goes to, then the post there.
_MOVED_TO_BODY_RE = compile_re(
    rf"(?:{alternation(MOVED_TO_BODY_WORDS)})(?P<body>[{_CJK}]{{2,20}}?)任(?![命务期职免用])"
)
# Round 20: 职位 closing a post, read as 职务 (辞去首席执行官职位).
_POST_NOUN_VARIANT_RE = compile_re(rf"(?<=[{_TITLE_LAST_CHARS}])(?:{alternation(POST_NOUN_VARIANTS)})")
# A name's middle dot printed with spaces around it (阿依古丽 · 艾力), between two Chinese characters.
_SPACED_DOT_RE = compile_re(rf"(?<=[{_CJK}])[ \u3000]*(?P<dot>[{NAME_DOTS}])[ \u3000]*(?=[{_CJK}])")
# A bullet or a short bracketed label before a line's first clause, printed without the space that
# lets the normalizer drop it (◆张三任X局局长, ·李四任Y, 【任职】张三任X): dropped (round 11).
_LEADING_MARKS = "◆◇■□●○•·▪▲△▶►★☆※➢→"
_LEADING_MARK_FIRSTS = frozenset(_LEADING_MARKS + "【[")
_LEADING_MARK_RE = compile_re(rf"^(?:[{_LEADING_MARKS}]+|【[^【】]{{1,8}}】|\[[^\[\]]{{1,8}}\])[ \u3000]*")
# A nomination or recommendation printed after a post with 、 (张三同志任某乡党委书记、提名为乡长候选人): a
# clause of its own, which states no change, not one more post that spoils the list (round 11).
_PROPOSAL_AFTER_POST_RE = compile_re(r"、(?=(?:提名|推荐)(?:为|作为)?)")


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


def _post_of_the_sentence(position: str, before: tuple[str, str] | None) -> tuple[str, tuple[str, str] | None]:
    """A bare title takes the organization of the same title named earlier in its sentence, and the
    sentence's post as it stands after this change: 王宪魁辞去黑龙江省省长职务,陆昊任代理省长 →
    黑龙江省代理省长 (round 7). Only the same title (an acting one standing in for it) is carried:
    张三辞去某局局长职务,李四任副局长 and 选举A为X主任，B为副主任 leave 副局长 / 副主任 as printed (the
    labelled corpus keeps the post of another clause as printed, round 6)."""
    organization, title = split_position(position)
    if title is None:
        return position, before
    if organization is None:
        if before is not None and position == title and _base_title(title) == before[1]:
            return before[0] + position, before
        return position, before
    return position, (organization, _base_title(title))


# The title of a notice putting proposed appointments to the public (任前公示, 干部任职公示公告): what it lists is
# proposed, never decided (round 10). Not 公示结果 / 公示期满 (a title reporting the outcome).
_PUBLIC_NOTICE_TITLE_RE = compile_re(r"(?:任前|任职前|任职|干部)公示(?:公告|通告|名单)?$")


def _may_state_changes(blocks: list[Block]) -> bool:
    """Can any of ``blocks`` state a change? One scan of their joined text for a change's words
    (CHANGE_GATE_RE; the lines joined as the stage reads them), and the first block tested as a
    title deciding posts."""
    if not blocks:
        return False
    joined = "\n".join([b.text or "" for b in blocks])
    return CHANGE_GATE_RE.search(joined) is not None or _DECISION_TITLE_RE.search(blocks[0].text or "") is not None


# A post that opens with a person and a verb: another person's change read into it (precision
# guard, whichever rule read it): 郅海杰任西城区委副书记 / 李四同志兼任县文旅局局长
_CHANGE_IN_POST_RE = compile_re(rf"^(?P<name>[{_CJK}{NAME_DOTS}]{{2,6}}?)(?:同志)?(?:任|兼任|担任)[{_CJK}]{{2}}")


_NOT_NAME_ENDS = frozenset("主责专兼担继离现原前曾历调就委局办部厅院会室处科所队站镇乡村区县市省")


def _post_holds_a_change(position: str) -> bool:
    """Does the post open with a name and its verb? A listed surname decides; a two- or
    three-character opening of no unit or title character too (郅 is no listed surname)."""
    m = _CHANGE_IN_POST_RE.match(position)
    if m is None:
        return False
    name = m.group("name")
    return is_person_name(name) or (len(name) <= 3 and not any(ch in _NOT_NAME_ENDS for ch in name))


def extract_appointments(
    blocks: list[Block],
    *,
    doc_date: str | None = None,
    places: Iterable[str] = (),
    warnings: list[WarningRecord] | None = None,
    ends_text: bool = False,
) -> list[Appointment]:
    """Personnel changes in one document's blocks, in text order.

    With ``ends_text`` (the blocks end the whole text), a last clause without closing
    punctuation is taken for a page stored cut off (…周智为县人大常委): its change is left out and a
    ``clause-cut-off`` warning names it, rather than report a post cut in half.

    ``doc_date`` (ISO) is used for ``decided_on`` when no meeting date is printed; ``places``
    are place/organization names known from the issue (北京市平谷区 …), used to split a name
    that runs into its post. The meeting is the last one named before a change, in a clause
    that decides (经…常务会议研究决定 / （…会议通过）) or in news style (区十五届人大常委会举行
    第二十八次会议). A change repeated in one document (a summary, then the decision) is
    reported once, where it is first named. 其 (免去其…职务) binds only to the person named in
    its own sentence or ；-clause; without one the change is left out and, when ``warnings`` is
    given, a ``person-unclear`` warning is added to it.
    """
    places = [p for p in places if isinstance(p, str)]
    starts = _post_starts(places)
    if any((b.text or "").strip() in TABLE_NAME_HEADERS for b in blocks):
        blocks = _cell_per_line_rows(blocks)  # 姓名 / 拟任职务 / 张三 / 某局局长: a table one cell per line
    # 张三　某市人民政府办公室 / 副主任: one post over two lines
    blocks = _names_below_post(_unwrapped(_respaced(blocks)))
    if not _may_state_changes(blocks):
        return []  # no verb, no header, no decision title: most documents of an issue (stage gate)
    if blocks and _PUBLIC_NOTICE_TITLE_RE.search((blocks[0].text or "").strip(" \u3000")):
        return []  # 市管干部任职公示 / 姓名 | 现任职务 | 拟任职务: a proposal put to the public, no change (round 10)
    records: list[_Pending] = []
    seen: set[tuple[str, str, str]] = set()
    doc_text: str | None = None  # the blocks' text, joined once a counted list asks what precedes it (round 16)
    carried: str | None = None  # verb of a header (任命： / 免去：) still in force
    by_semicolon = False  # carried only because the line above ended in ； (round 9)
    last_person: str | None = None
    meeting: str | _Session | None = None
    meeting_key: str | None = None
    decided_on = doc_date
    # records read from a headline line, by id; the dict keeps each alive, so that its id is never
    # reused by a record made after it was dropped (records.remove below)
    from_headline: dict[int, _Pending] = {}
    last_block = blocks[-1] if blocks and ends_text and not _ends_whole(blocks) else None
    table: dict[int, str] | None = None  # column → action, under a header row 姓名 | 拟任职务 | 拟免职务
    table_width = 0  # cells of a header printed with spaces (its rows must have as many); 0 otherwise
    table_person: str | None = None  # the person of the row above, for a name cell merged with it
    # A document titled as a decision on posts (…关于张三等同志职务任免的通知) decides the lines of its
    # body until its first change, as 经研究，决定： would (张三同志为某局局长；).
    titled_decision = bool(blocks) and _DECISION_TITLE_RE.search(blocks[0].text or "") is not None
    names_head: str | None = None  # 聘任下列同志为X： on a line of its own, the names on the lines below
    unit: str | None = None  # a unit's name heading the entries below it inside a list (市人民检察院)
    list_person: str | None = None  # the one person of the list entry just read, for a further post below it
    list_org: str | None = None  # the organization of the post：names entry just read (round 11)
    post_first: set[int] = set()  # blocks holding the name of a post printed on the line above (round 8)
    member_body: str | None = None  # the advisory body whose 成员 were named last (香港, round 13)

    def keep(changes: Iterable[_Change], block: Block) -> None:
        """Record the changes of a list, a table row or a post line not reported yet, with the
        meeting and date in force (a change told twice is reported once)."""
        for action, person, position, note in changes:
            if (action, person, position) not in seen:
                seen.add((action, person, position))
                records.append(
                    _Pending.of(
                        action, person, position, decided_on=decided_on, meeting=meeting, note=note, block=block
                    )
                )

    for at, block in enumerate(blocks):
        text = block.text or ""
        cells = _row_cells(block)
        if not cells and (table_width or "姓" in text):
            cells = _spaced_cells(text)  # 姓名 拟任职务 / 张三 某局局长: a row printed with spaces
            spaced = bool(cells)
            if spaced and len(cells) == table_width - 1 and (number := _ROW_NUMBER_RE.match(cells[0])):
                cells = [number.group(), cells[0][number.end() :], *cells[1:]]  # 1　张三 printed as 1张三 (round 8)
            if spaced and table_width and len(cells) != table_width and _table_header(cells) is None:
                if warnings is not None and table is not None and len(cells) > 1 and is_person_name(cells[0]):
                    # 张三　　X局局长 under 姓名　任职　免职: which column the post is in, unclear (round 9)
                    message = f"a table row was not read: {text.strip()[:40]}"
                    warnings.append(warning(CHANGE_ENTRY_UNREAD, message, block.line))
                cells = []  # a spaced row with other cells than its header's: which column is which, unclear
        else:
            spaced = False
        if cells:
            columns = _table_header(cells)
            if columns is not None:
                if carried in (APPOINT, REMOVE):
                    # 任命人员名单 / 姓名 | 职务 / 张三 | 某局局长: the heading's verb for each post (round 11)
                    columns = {i: carried if v == _VERB_CELL_COLUMN_KEY else v for i, v in columns.items()}
                table, table_person = columns, None
                table_width = len(cells) if spaced else 0
                continue
            if table is not None:
                row = _table_changes(cells, table, starts, table_person)
                if row:
                    table_person = row[0][1]
                elif warnings is not None and _unread_row(cells, table):
                    warnings.append(
                        warning(CHANGE_ENTRY_UNREAD, f"a table row was not read: {text.strip()[:40]}", block.line)
                    )
                keep(row, block)
                continue
        else:
            table, table_width = None, 0
        if names_head is not None:
            listed = _names_under_header(names_head, text) if len(text) <= 400 else None
            names_head = names_head if listed else None  # the names go on over lines; anything else ends them
            text = listed or text
        elif ("下列" in text or "以下" in text) and _NAMES_HEADER_RE.match(text.strip(" \u3000：:")):
            names_head = text.strip(" \u3000：:")  # 聘任下列同志为市人民政府参事： / then the names below
            continue
        if len(text) <= 12 and (heading := _HEADING_VERB_RE.match(text.strip(" \u3000"))):
            carried = HEADING_ONLY_VERBS[heading.group("verb")][0]  # 二、免职 heads the lines below
            continue
        if len(text) <= 16 and "选" in text and _ELECTION_HEADING_RE.match(text.strip(" \u3000")):
            carried = APPOINT  # 大会选举结果如下： / 会议补选： then 张三为X / X：张三 lines (round 11)
            continue
        if len(text) <= 40 and "名单" in text and (heading := _BODY_LIST_TITLE_RE.match(text.strip(" \u3000"))):
            carried = HEADING_ONLY_VERBS[heading.group("verb")][0]  # 某县人大常委会免职名单 (round 11)
            continue
        if (
            carried in (APPOINT, REMOVE)
            and len(text) <= 24
            and block.kind != "signature"
            and _is_organization_subheading(text)
        ):
            unit = _ENUMERATION_RE.sub("", text.strip(" \u3000").rstrip("：:"), count=1)
            continue  # 任命： / 市人民检察院 / 张三为检察员: the list goes on under the unit's name
        if at in post_first:
            continue  # the name line of a post-then-name pair, read with its post (round 8)
        if carried in (APPOINT, REMOVE) and list_person is None and (post := _further_post(_post_line(text), starts)):
            # 任命： / 北京市财政局局长 / 张三 / 北京市审计局局长 / 李四: a post, then its holder's line;
            # round 9: the post line may end in a colon, and one post may have several name lines
            holders = _holder_lines(blocks, at + 1)
            if holders:
                post_first.update(range(at + 1, at + 1 + len(holders)))
                keep(_changes(carried, [name for line in holders for name in line], post, starts), block)
                continue
        if carried in (APPOINT, REMOVE) and list_person is not None and (more := _further_post(text, starts)):
            # 张三　某局局长 / 　　　某局党组书记: a line that is only a post goes on with the entry above
            # (round 7), unless the line below is a bare name (a post, then its holder, is another layout)
            below = (blocks[at + 1].text or "").strip(" \u3000") if at < len(blocks) - 1 else ""
            if not is_person_name(below.rstrip("；;。，,")):
                keep(_changes(carried, [list_person], more, starts), block)
                continue
        if titled_decision and block is not blocks[0] and carried is None:
            carried = _DECIDED  # until the first change: 张三同志为某局局长 under the decision's title
        if carried is None and not TRIGGER_RE.search(text) and not _COUNTED_LIST_GATE_RE.search(text):
            continue
        if carried is None and not titled_decision and _side_by_side_headlines(text):
            if warnings is not None:  # a roundup's links, not a decision of the page (round 12)
                message = f"headlines side by side, not read as changes: {text.strip()[:40]}"
                warnings.append(warning(CHANGE_ENTRY_UNREAD, message, block.line))
            continue
        if text[:1] in _LEADING_MARK_FIRSTS and (mark := _LEADING_MARK_RE.match(text)) and mark.end() < len(text):
            text = text[mark.end() :]  # ◆张三任X / 【任职】张三任X: the name opens the clause (round 11)
        if (" " in text or "\u3000" in text) and _SPACED_DOT_RE.search(text):
            text = _SPACED_DOT_RE.sub(r"\g<dot>", text)  # 阿依古丽 · 艾力任X: the dot's spaces dropped (round 11)
        if _HONORIFIC_GATE_RE.search(text):
            text = _without_change_honorifics(text)  # 委任李文俊先生为X: 先生 is no part of the name
        if "," in text or "，" in text:
            text = _STRAY_COMMA_RE.sub("", text)  # 任命A为X副省长,、代理省长 (a mirror's stray comma)
        if "职务" in text and ("相" in text or "全部" in text or "所有" in text):
            text = _UNNAMED_POSTS_TAIL_RE.sub("", text)  # …董事、董事会下设专门委员会的相应职务 → …董事职务 (round 20)
        if "职" in text and ("免职" in text or "撤职" in text or "辞职" in text):
            text = _accountability_forms(text)  # 对A(X,…)予以免职 → XA被免职 (问责, round 20)
        if "新一" in text:
            text = _TERM_IN_POST_RE.sub("", text)  # 任遂昌中学新一届校长 → 任遂昌中学校长 (round 20)
        if "并" in text:
            text = _AND_THEN_TAIL_RE.sub("", text)  # 当选X会长并发表讲话 → 当选X会长 (round 20)
        if "职位" in text:
            text = _POST_NOUN_VARIANT_RE.sub("职务", text)  # 辞去首席执行官职位 → …职务 (round 20)
        if _RUMOUR_LEAD_RE.search(text):
            text = "".join(s for s in _SENTENCE_SPLIT_RE.split(text) if not _RUMOUR_LEAD_RE.search(s))  # round 20
        if "调" in text and "任" in text:
            text = _MOVED_TO_BODY_RE.sub(r"调任\g<body>", text)  # 调至中石油任董事长 → 调任中石油董事长 (round 20)
        if (
            "接替" in text
            and (succeeded := _SUCCEEDED_COMMA_RE.search(text))
            and is_person_name(succeeded.group("other"))
        ):
            text = text[: succeeded.end() - 1] + text[succeeded.end() :]  # 接替李四，任X → 接替李四任X (round 20)
        if "前" in text:
            text = _PRIOR_POST_RE.sub(r"\g<adverb>", text)  # 此前,刘佳晨任X: a post held before (round 16)
        if "委任" in text:
            text = _weiren_forms(text)  # 委任A出任「X」（Y）的主席，以及B出任Y的成员 (香港, round 16)
        if "布达" in text:
            text = _ANNOUNCED_MOVE_RE.sub("", text)  # 正式布达方铭总接任X → 方铭总接任X (台湾, round 14)
        if "分别" in text and ("和" in text or "及" in text):
            text = _respective_lists(text)  # A、B和C分别出任X、Y和Z → A、B、C分别出任X、Y、Z (round 16)
        if any(verb in text for verb in SCHEDULED_MOVE_VERBS):
            text = _SCHEDULED_MOVE_RE.sub("", text)  # 現任X蔡傑銘將於2024年5月14日出任Y → …蔡傑銘出任Y (round 13)
            if "将" in text or "將" in text:
                text = _announced_futures(text)  # 李建日将出任处长 (round 19)
        if "新" in text and "的" in text:
            text = _NEW_BODY_RE.sub("", text)  # 出任31日新成立的勞青處處長 → 出任勞青處處長 (round 16)
        if "、" in text and "其" in text:
            text = _QI_AFTER_LIST_MARK_RE.sub(
                "，、", text
            )  # 任命A为X、决定其为Y: 其 is A, as after a comma (round 13; the 、 kept as a mark, round 19)
        if "、" in text and ("提名" in text or "推荐" in text):
            text = _PROPOSAL_AFTER_POST_RE.sub("，", text)  # 任X党委书记、提名为乡长候选人 (round 11)
        if "：" in text or ":" in text:
            elected = _elected_list(text, starts)  # …选举产生了X主任、副主任：主任A，副主任B、C (round 8)
            if elected:
                keep(elected, block)
                continue
        if ("包括" in text or "分别" in text) and (post_lists := _elected_post_lists(text)):
            keep(post_lists, block)  # 常委包括A、B、C in an election's story; the rest of the paragraph reads on
        if by_semicolon and _CLAUSE_TRIGGER_RE.search(text):
            carried, by_semicolon = None, False  # a line with a verb of its own reads by it alone (round 9)
        if (
            list_org is not None
            and carried in (APPOINT, REMOVE)
            and (bare := _TITLE_COLON_NAMES_RE.match(text.strip()))
            and bare.group("title") in TITLE_SET
        ):
            text = list_org + text.strip()  # X委员会主任：A / 副主任：B、C → X委员会副主任：B、C (round 11)
        entry = None
        if len(text) <= 80:
            # 经研究决定： / 张三　县财政局局长: under a bare decision a name and a post, nothing else, is
            # the post given (round 11); a removal has its own verb or heading (免去：)
            entry = _list_entry(text, APPOINT if carried == _DECIDED and _is_bare_entry(text) else carried)
        colon_entry = _POST_COLON_NAMES_RE.match(text.strip()) if entry is not None else None
        list_org = split_position(colon_entry.group("post"))[0] if colon_entry is not None else None
        if entry is not None:
            text = entry  # 张三：某局局长 under 任命： → 张三为某局局长
        if "由" in text:
            if "任" in text or "晋升" in text:
                text = _MOVED_FROM_RE.sub(
                    _moved_from, text
                )  # 张三同志由X副局长调任Y局长 → 张三同志调任Y局长 (round 11)
            if "担任" in text or "兼任" in text:
                text = _POST_BY_HOLDER_RE.sub(_post_by_holder, text)  # X局局长由A担任 (round 11)
            if "、" in text:
                text = _POST_FIRST_CHAIN_RE.sub("，", text)  # X由A出任、Y由B出任: one change each (round 16)
            if "，由" in text or ",由" in text:
                text = _POST_COMMA_YOU_RE.sub(_post_before_you, text)  # 科技部部长,由A出任 (台湾, round 17)
            if "接任" in text or "接掌" in text or "接手" in text:
                text = _POST_BY_SUCCESSOR_RE.sub(_post_by_successor, text)  # X由A接任 (round 13)
            text = _org_subject_posts(text)  # X办公室由A同志任主任，B同志兼任副主任 (round 10)
        header: str | None = None
        in_force = carried
        found_here = 0
        before = ""
        clauses = [
            _run_on_clause(k, i, piece)
            for sentence in split_top(text, _SENTENCE_SEPARATORS, openers=_OPEN, closers=_CLOSE)
            for k, clause in enumerate(split_top(sentence, _COMMA_SEPARATORS, openers=_OPEN, closers=_CLOSE))
            for i, piece in enumerate(_run_on_pieces(clause))
        ]
        clauses = _joined_name_clauses(clauses)  # 张三，免去…职务 / 李四同志因工作调动，不再担任…
        last_person = None  # 其 never refers to a person of an earlier line
        one_person = False  # the last clause with changes named one person only (its 其 goes on, round 14)
        headline = len(text) <= _HEADLINE_MAX + 4 and (
            _HEADLINE_RE.fullmatch(text.strip(" \u3000")) is not None or is_sub_headline(text)
        )  # …or a news sub-headline of two halves: A称因年龄原因辞职，B被任命为代市长
        previous: list[_Change] = []  # changes of the clause before, in this sentence
        sentence_post: tuple[str, str] | None = None  # organization and title of this sentence's last post
        sentence_text = ""  # the clauses of this sentence so far
        career = False  # a clause of this sentence told a career (曾任…): the rest of the sentence too
        for k, (new_sentence, clause) in enumerate(clauses):
            if block is last_block and k == len(clauses) - 1 and (cut := _cut_in_a_remark(clause)) is not None:
                clause = cut  # 龐威為市人民檢察院檢察長(檢察長一職須依…: the post is whole, the remark cut
            elif (
                block is last_block
                and k == len(clauses) - 1
                and "、" in clause
                and (kept := _cut_after_a_post(clause)) is not None
                and _parse_clause(kept, in_force, last_person, starts)[0]
            ):
                if warnings is not None:  # 任命A为X、Y… cut inside Y: X is whole, Y left out (round 12)
                    warnings.append(
                        warning(CLAUSE_CUT_OFF, f"the text ends inside: {clause.strip()[:40]}", block.end_line)
                    )
                clause = kept
            elif block is last_block and k == len(clauses) - 1:
                if _parse_clause(clause, in_force, last_person, starts)[0] and warnings is not None:
                    warnings.append(
                        warning(CLAUSE_CUT_OFF, f"the text ends inside: {clause.strip()[:40]}", block.end_line)
                    )
                break
            if new_sentence and not (one_person and _CONTINUED_QI_RE.match(clause.strip(" \u3000"))):
                # …nor of an earlier sentence or ；-clause (but 同时免去其…, round 14)
                last_person, one_person = None, False
                if in_force == _DECIDED_IN_SENTENCE:
                    in_force = None  # 决定A为X。B为… is no longer decided
            if last_person is None and warnings is not None and QI_RE.search(clause) and not _opens_with_name(clause):
                warnings.append(
                    warning(PERSON_UNCLEAR, f"其 with no person in its clause: {clause.strip()[:40]}", block.line)
                )
            found = _meeting(_studied(clause, clauses, k), before) if "会" in clause else None
            before = clause
            if found:
                name, date, key = found
                if key == meeting_key:
                    # 北京市…第二十八次会议决定： repeats the meeting dated in （2021年1月20日…通过）
                    decided_on = date or decided_on
                    meeting = meeting if isinstance(name, _Session) else name
                else:
                    meeting, decided_on = name, date or doc_date
                meeting_key = key
            narrative = (
                ("年" in clause and _BIOGRAPHY_DATE_RE.match(clause.strip(" \u3000")) is not None)
                or (
                    not new_sentence
                    and "年" in clauses[k - 1][1]
                    and _BARE_YEAR_RE.fullmatch(clauses[k - 1][1].strip(" \u3000")) is not None
                )
                or (
                    # 1965年4月出生的A…。之后，A出任X: a career's next step after a biography begun in the
                    # paragraph (大众日报 2021, probe dev w.dzwww; round 16)
                    (
                        clause.lstrip(" \u3000").startswith(_CAREER_NEXT_LEADS)
                        or (not new_sentence and clauses[k - 1][1].strip(" \u3000") in _CAREER_NEXT_LEADS)
                    )
                    and _BIOGRAPHY_RE.search(text, 0, max(text.find(clause), 0)) is not None
                )
            )
            if new_sentence:
                career = False
            if career and _CLAUSE_TRIGGER_RE.search(clause):
                career = False  # a verb of its own: the career told before it has ended
            if career or (_BIOGRAPHY_RE.search(clause) and _tells_a_career(_BRACKETED_RE.sub("", clause))):
                # …，曾任Y省副省长，Z省委常委…: a career, over the clauses of its sentence without a verb of
                # their own; the verb in force goes on after it (任命A为X。A，1970年生。B为Y)
                career, previous = True, []
                continue
            counted: list[_Change] = []
            if clause.lstrip(" \u3000")[:1] in _COUNT_FIRSTS and ("位" in clause or "名" in clause):
                if doc_text is None:
                    doc_text = "\n".join(b.text or "" for b in blocks)
                at_clause = doc_text.find(clause.strip(" \u3000"))
                counted = _counted_list(clause, doc_text[: max(at_clause, 0)])  # 16位X分别为A、B…及C (round 16)
            if in_force is None and not previous and not counted and not _CLAUSE_TRIGGER_RE.search(clause):
                continue  # no verb, no verb in force, no list going on: nothing this clause can state
            moved_on = _moved_on_post(clause, starts) if not new_sentence and previous else None
            if moved_on is not None:
                # 免去A的X职务，改任Y / ，任Y / ，兼任Y: A's new post, never 任北京 + 市…局长 read with the
                # verb in force (a removal), nor 调任Y as a post (round 8)
                changes, is_header = _moved_on(moved_on, previous, starts), False
            elif in_force is None and not CHANGE_GATE_RE.search(clause):
                # no verb in force and no word a change needs, only a meeting's (会议/常委会, which dates
                # a change named elsewhere): _parse_clause would state nothing (throughput round 4;
                # tests/test_clause_gate.py). The clause still counts in its sentence below.
                changes, is_header = [], False
            else:
                changes, in_force, is_header = _parse_clause(clause, in_force, last_person, starts, narrative)
            if not changes and "新" in clause:
                # 新任省卫生厅厅长的李广胜… (round 8): a person already appointed in the document is
                # only named again (新任区政府代理区长陶关锋在会上表示), never a second change
                appointed = {r.person for r in records if r.action == APPOINT}
                newly_listed = _new_holders_listed(clause, starts)  # 新任外交部長A、國防部長B (round 13)
                changes = [c for c in newly_listed or _new_holder(clause, starts) if c[1] not in appointed]
            if not changes and not new_sentence and previous:
                changes = _continued_posts(clause, previous, starts)  # …副书记，漳州古雷港…管委会主任
            if "成员" in clause and "委员会" in clause and (body := _MEMBER_BODY_RE.search(clause)):
                member_body = body.group("body")  # 再度委任五名现任交通谘询委员会(交谘会)成员 (round 13)
            if not changes and counted:
                changes = counted  # 16位X分别为A、B…及C (round 16)
            if not changes and ("卸任" in clause or "离任" in clause) and ("感谢" in clause or "感激" in clause):
                changes = _leaving_thanked(clause)  # 感谢即将卸任的成员A、B及C (香港, round 16)
            if not changes and "委任" in clause:
                changes = _members_appointed(clause, starts)  # 委任A、B和C為新成員 (香港, round 13)
                if member_body is not None:  # 获再度委任的成员为A、B: the body named before (round 13)
                    changes = [(a, p, member_body + q if q == "成员" else q, n) for a, p, q, n in changes]
            if not changes and not new_sentence and previous:
                changes = _successor(clause, previous)  # 免去A的X职务，由B接任 / X部长A被免职，B接任 (round 13)
            if not changes and not new_sentence and previous and clause.lstrip().startswith(_CONTINUING_LEADS):
                # …方永祥兼任X，以及原…副主任钱锋担任Y: the same announcement goes on (香港经济日报 2018)
                lead = next(w for w in _CONTINUING_LEADS if clause.lstrip().startswith(w))
                goes_on = clause.lstrip()[len(lead) :].replace("担任", "兼任", 1)
                changes = _parse_clause(goes_on, in_force, last_person, starts, narrative)[0]
            if not changes and _RESPECTIVELY in clause and warnings is not None and _UNPAIRED_RE.search(clause):
                warnings.append(
                    warning(POSTS_UNPAIRED, f"分别 with unequal persons and posts: {clause.strip()[:40]}", block.line)
                )
            if new_sentence:
                sentence_post, sentence_text = None, ""
            sentence_text += clause + "，"
            prior = previous
            previous = [] if new_sentence and not changes else changes
            header = in_force if is_header else header
            if changes:
                one_person = len({c[1] for c in changes}) == 1
            for action, person, position, note in changes:
                if unit is not None and split_position(position)[0] is None:
                    position = unit + position  # 市人民检察院 / 张三为检察员 → 市人民检察院检察员
                elif prior and clause.startswith(_AFTER_DUN_DECIDED) and split_position(position)[0] is None:
                    # 任命袁罡为金山区人民政府副区长、决定为代理区长: the organization carried (round 19)
                    held_organization = split_position(prior[-1][2])[0]
                    if held_organization is not None and prior[-1][1] == person:
                        position = held_organization + position
                if "人" in sentence_text and position in PLACE_HEAD_TITLES:
                    position = _session_place(sentence_text, position)  # 福建省十二届人大四次会议…选举A为省长
                if action != RESIGN or split_position(position)[0] is not None:
                    position, sentence_post = _post_of_the_sentence(position, sentence_post)
                # else: 决定A任X省副省长，接受B辞去副省长职务 — an accepted resignation keeps the post
                # it names as printed (round 12); a successor still takes the post given up before it
                last_person = person
                found_here += 1
                earlier = None if (action, person, position) in seen else _restated(action, person, position, records)
                if earlier is not None and id(earlier) in from_headline and not headline:
                    # a headline's short form (卢新华任广西桂林市代市长) gives way to the body's decision
                    records.remove(earlier)
                    seen.discard((earlier.action, earlier.person, earlier.position))
                elif (action, person, position) in seen or earlier is not None:
                    _fill_meeting(records, action, person, position, meeting, decided_on)
                    if earlier is not None and len(position) > len(earlier.position) and _placeless(earlier.position):
                        _fuller(earlier, position, seen)  # 县政府副县长, then 石台县人民政府副县长
                    continue
                seen.add((action, person, position))
                records.append(
                    _Pending.of(
                        action, person, position, decided_on=decided_on, meeting=meeting, note=note, block=block
                    )
                )
                if headline:
                    from_headline[id(records[-1])] = records[-1]
        unread = carried in (APPOINT, REMOVE) and not found_here and header is None and block is not last_block
        entry_unread = unread and _looks_like_an_entry(text)  # 张三　某市人民政府办公室 (no title)
        if warnings is not None and entry_unread:
            warnings.append(
                warning(
                    CHANGE_ENTRY_UNREAD, f"a list entry was not read: {(block.text or '').strip()[:40]}", block.line
                )
            )
        # A header carries its verb to the blocks below; a list under it keeps it alive, and so does
        # an entry that did not read (it was warned about): the entries after it are the list's too.
        if by_semicolon and header is None:
            carried, by_semicolon = None, False  # read again below from this line's own last verb
        carried = header or (carried if found_here or entry_unread else None)
        if (
            carried is None
            and found_here
            and in_force in (APPOINT, REMOVE)
            and _ENDS_IN_SEMICOLON_RE.search(block.text or "")
        ):
            # 任命张三为X；/ 李四为Y；: the verb goes on over the next line as over a ；-clause (round 9)
            carried, by_semicolon = in_force, True
        people_here = {r.person for r in records[len(records) - found_here :]} if found_here else set()
        list_person = next(iter(people_here)) if len(people_here) == 1 and entry is not None else None
        titled_decision = titled_decision and not records
        unit = unit if carried is not None and not header else None
    doc_places = _document_places(records, places) if any(isinstance(r.meeting, _Session) for r in records) else []
    for r in [r for r in records if _post_holds_a_change(r.position)]:
        records.remove(r)  # 郅海杰任西城区委副书记 as 刘东伟's post: another person's change, not a post
        if warnings is not None:
            warnings.append(
                warning(PERSON_UNCLEAR, f"another person's change read as a post: {r.position[:40]}", r.lines.start)
            )
    return [
        Appointment(
            action=r.action,
            person=r.person,
            position=r.position,
            organization=r.organization,
            title=r.title,
            decided_on=r.decided_on,
            meeting=_resolve_session(r.meeting, doc_places) if isinstance(r.meeting, _Session) else r.meeting,
            note=r.note,
            lines=r.lines,
        )
        for r in records
    ]


# --------------------------------------------------------------------------------------------
# Clause text rewritten before it is read (honorifics, 分别 lists, 为任), a group's role
# --------------------------------------------------------------------------------------------

# An honorific between a changed person's name and the verb or the next name: 委任李文俊先生为X主席 /
# 任命罗致光博士为局长 / 陈晓峰教授、李四先生为成员 (Hong Kong and Macau notices).
_CHANGE_HONORIFIC_RE = compile_re(
    rf"(?<=[{_CJK}]{{2}})(?:{alternation(ROSTER_HONORIFICS)})(?=[为為、，,；;和及]|以及|担任|出任|兼任|任)"
)  # 和 / 及 (round 14): 委任李四女士和王五先生为X委员


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


# Round 16: a time before the news as a clause of its own, then a name and 任 (此前,刘佳晨任X): the comma
# dropped so the clause reads as 此前刘佳晨任X, a post held before (nothing), as it already did unbroken.
_PRIOR_POST_RE = compile_re(
    rf"(?:(?<=[，,。；;：:\s])|^)(?P<adverb>{alternation(PRIOR_POST_ADVERBS)})[，,]"
    rf"(?=[{_CJK}]{{2,4}}?(?:同志)?(?:任|担任|出任|兼任)(?![命免务期职]))"
)


# Round 16: a body set up that day named after the move's verb (轉調出任31日新成立的勞青處處長 — 嘉义 2026, probe
# dev udn): when and that it was set up are no part of the post.
_NEW_BODY_RE = compile_re(r"(?<=出任|调任|转任|升任)[^，,；;。的]{0,8}?新(?:成立|设立|组建)的")


def _without_change_honorifics(text: str) -> str:
    """The honorific dropped where a person's name (two or three characters) stands before it."""

    def drop(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 3) : m.start()]
        named = is_person_name(before) or is_person_name(before[-2:])
        return "" if named else m.group()

    return _CHANGE_HONORIFIC_RE.sub(drop, text)
