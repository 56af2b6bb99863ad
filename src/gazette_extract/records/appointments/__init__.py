"""Personnel changes (任免) from one document's blocks.

:func:`extract_appointments` is a pure function over :class:`~gazette_extract.layout.blocks.Block`
lists, returning typed records (:class:`~gazette_extract.data.Appointment`, the shape of
:class:`~gazette_extract.models.Appointment`). It reads 任命 / 免去 / 辞去 notices, standing-committee
decisions and news-style sentences (经2020年12月31日…第30次常务会议研究决定任命：/ 王勇任…副主任。/ 免去：/
郭红北京市平谷区马坊地区办事处副主任职务；). Names and posts are read with :mod:`..people`.

The package, in layers (each imports only the ones above it; tests/test_stage_order.py checks):

- :mod:`.common`: the verbs and their patterns, the change record and its builder, names and the
  posts that follow them — what every reader uses;
- :mod:`.clauses`: one clause → its changes (``_parse_clause``) and the clause forms only it reads;
- the readers, siblings that never import each other: :mod:`.lists` (lists under a 任命 / 免去
  head, post-holder lines, glued and counted lists), :mod:`.tables` (tables of changes),
  :mod:`.sessions` (the deciding meeting, changes pending on it, a change restated) and
  :mod:`.news` (news sentences, announced decisions, successions, elected lists);
- this module: :func:`extract_appointments`, which reads a document's blocks once, sends each line,
  table and clause to the reader for its layout, and keeps what only it uses (the stage gate
  ``CHANGE_GATE_RE``, clause separators, the 其 patterns). The ``from .x import name as name``
  lines re-export the private names that existing tests read from ``records.appointments``.

The rule that keeps narrative out: a record needs a personnel verb, a person name (a surname
from the data list + one to three characters) and a post that ends with a title from the data
list. Plans that say 区长任总田长, 免去企业年检 or 担任领导小组组长 therefore give nothing.
Nothing here raises on odd text; no pydantic at import time.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from ..._pattern_cache import compile_re, gated_search
from ...codes import CHANGE_ENTRY_UNREAD, CLAUSE_CUT_OFF, PERSON_UNCLEAR, POSTS_UNPAIRED
from ...data import Appointment, WarningRecord, warning
from ...grammars.brackets import split_top
from ...layout.news import is_sub_headline
from ...text.newshead import summary_key
from ...vocab.common import CJK as _CJK
from ...vocab.common import LazyPattern, alternation
from ...vocab.personnel import (
    AFFILIATION_TAILS,
    AND_THEN_VERBS,
    CAREER_NEXT_LEADS,
    CONDITION_CONSEQUENT_OPENERS,
    CONDITION_OPENER_WORDS,
    CONDITION_OPENERS,
    COUNTED_LIST_EVENTS,
    CROSS_MOVE_WORDS,
    DECISION_LEADS,
    ELECTION_LEAD_MANNERS,
    GROUP_ONLY_ROLES,
    HEADING_ONLY_VERBS,
    HELD_TITLE_LEAVING_VERBS,
    LEAVING_GROUND_LEADS,
    MOVE_VERBS,
    MOVED_TO_BODY_SERVING_WORDS,
    MOVED_TO_BODY_WORDS,
    NAME_DOTS,
    NAME_FINAL_VERB_CHARS,
    NAMES_AFTER_POST_LEADS,
    NOMINATION_COMMITTEE_TAILS,
    OATH_OF_OFFICE_WORDS,
    OCCASION_CLAUSE_ENDS,
    PLACE_HEAD_TITLES,
    POST_NOUN_VARIANTS,
    POST_QUOTES,
    PRIOR_POST_ADVERBS,
    PRIOR_POST_CLAUSES,
    PROPOSAL_DECIDED_WORDS,
    PROPOSAL_LEADS,
    PROPOSED_SENTENCE_MARKS,
    PUBLIC_NOTICE_HEAD_BLOCKS,
    PUBLIC_NOTICE_LEADS,
    PUBLIC_NOTICE_TITLE_MAX,
    QUOTED_POST_QUALIFIERS,
    REFUSAL_LEADS,
    RESIGNATION_REFUSED_AFTER,
    RETAINED_POST_LEADS,
    ROSTER_HONORIFICS,
    RUMOUR_CLAIM_LEADS,
    RUMOUR_CLAIM_SPAN,
    RUMOUR_LEADS,
    RUMOUR_QUOTE_GAP,
    RUMOUR_QUOTE_LEADS,
    RUMOUR_QUOTE_MARKS,
    RUMOUR_QUOTE_SPAN,
    SCHEDULED_MOVE_VERBS,
    TABLE_CHANGE_HEADERS,
    TABLE_DECISION_WORDS,
    TABLE_NAME_HEADERS,
    TABLE_UNDECIDED_WORDS,
    TERM_IN_POST_WORDS,
    TITLE_SET,
    TRAD_VERB_FORMS,
    UNNAMED_POSTS_TAILS,
    VOTES_BEFORE_ELECTED_PATTERN,
    VOTES_ELECTED_VERBS,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from ...layout.blocks import Block

from ...vocab.numerals import CN_ORDINALS
from ..people import (
    _CLOSE,
    _HONORIFIC_GATE_RE,
    _OPEN,
    _TRIGGER_BRANCHES,
    TRIGGER_RE,
    _row_cells,
    _title_at_end,
    is_person_name,
    split_position,
)
from .clauses import _LEADING_NOISE_RE as _LEADING_NOISE_RE
from .clauses import (
    _accepted_requests_carried,
    _parse_clause,
    commission_change,
    held_posts_in_list,
)
from .common import (
    _BRACKETED_RE,
    _DECIDED,
    _DECIDED_IN_SENTENCE,
    _ENUMERATION_RE,
    _RESPECTIVELY,
    APPOINT,
    REMOVE,
    RESIGN,
    _Change,
    _changes,
    _further_post,
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
    _posts_first_lists,
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
from .news import (
    _ANNOUNCED_MOVE_RE,
    _BIOGRAPHY_RE,
    _MEMBER_BODY_RE,
    _MOVE_VERB_RE,
    _MOVED_FROM_RE,
    _POST_BY_HOLDER_RE,
    _POST_BY_SUCCESSOR_RE,
    _POST_COMMA_YOU_RE,
    _SCHEDULED_MOVE_RE,
    _accountability_forms,
    _announced_futures,
    _chained_moves,
    _committee_members,
    _committee_named,
    _elected_list,
    _elected_post_lists,
    _is_committee_list,
    _members_appointed,
    _moved_from,
    _moved_on,
    _moved_on_post,
    _new_holder,
    _new_holders_listed,
    _org_subject_posts,
    _post_before_you,
    _post_by_holder,
    _post_by_successor,
    _post_of_the_sentence,
    _respective_lists,
    _successor,
    _tells_a_career,
    _this_body,
    _weiren_forms,
    lists_committee_members,
)
from .news_mainland import (
    adjusted_posts,
    adopted_proposals,
    excepted_changes,
    first_elected,
    held_title_leaving,
    named_decisions,
    new_holder_speakers,
    newly_chosen,
    oath_takers_appointed,
    paired_places,
    staffs_a_body_set_up,
    without_held_now,
    without_leaving_ground,
    without_succeeded_attributive,
)
from .news_prose import (
    SINGLE_MOVE_GATE_RE,
    dated_career_step,
    day_dated,
    short_resignations,
    single_char_moves,
    without_legal_status,
)
from .news_trad import one_change_each, reappointed_seats, trad_news_forms
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
    _short_cppcc,
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
    kicker_before_change,
    names_only,
    proposed_beside_current,
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
            *map(re.escape, OATH_OF_OFFICE_WORDS),  # 南投县长林明溱宣誓就职 (台湾 news, round 23)
            *map(re.escape, TRAD_VERB_FORMS),  # 李四真除X, 张三派兼X, 请辞X (台湾, 香港 news, round 23)
            *map(re.escape, TABLE_CHANGE_HEADERS),  # 姓名 | 原職 | 新職: a 人事異動表's column (appoint30)
        ]
    )
)
# A counted list's gate (16位X分别为A、B) searched on every block no verb reads: asks for 位 / 名 first (speed20)
_counted_list_gate = gated_search(_COUNTED_LIST_GATE_RE)
# A year (and month) with no day, as biographies date a past post: 2020年6月，单忠德任…校长 /
# 2019年任自治区…主任 (国务院任免 news). A decision is dated to the day or not at all.
_BARE_YEAR_RE = compile_re(
    rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年(?:[\d{CN_ORDINALS}]{{1,2}}月)?(?:份|底|初|起|末)?"
)
_BIOGRAPHY_DATE_RE = compile_re(
    rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年(?:[\d{CN_ORDINALS}]{{1,2}}月)?(?:份|底|初|起|末)?(?![\d{CN_ORDINALS}]{{1,3}}日)[^，,：:]"
)

_RUMOUR_QUOTE_OPENERS = "".join(RUMOUR_QUOTE_MARKS)
_RUMOUR_GAP = rf"[^{_RUMOUR_QUOTE_OPENERS}。！？!?\n]{{0,{RUMOUR_QUOTE_GAP}}}?"


def _quotation(longest: int) -> str:
    """A quotation of 1..longest characters between one pair of RUMOUR_QUOTE_MARKS."""
    pairs = (rf"{re.escape(o)}[^{re.escape(c)}\n]{{1,{longest}}}{re.escape(c)}" for o, c in RUMOUR_QUOTE_MARKS.items())
    return "(?:" + "|".join(pairs) + ")"


# the lead, a short gap, at most one short quoted label (疯传所谓“最新消息”，称：), then the quotation
_RUMOUR_QUOTE_RE = compile_re(
    rf"(?:{alternation(RUMOUR_QUOTE_LEADS)}){_RUMOUR_GAP}(?:{_quotation(RUMOUR_QUOTE_GAP)}{_RUMOUR_GAP})?"
    + _quotation(RUMOUR_QUOTE_SPAN)
)
# the first characters of the rumour words: one class searched in C, not a Python loop over each block's characters
_RUMOUR_GATE_RE = compile_re("[" + "".join(sorted({re.escape(w[0]) for w in RUMOUR_QUOTE_LEADS})) + "]")


def _rumours_quoted_out(blocks: list[Block]) -> list[Block]:
    """Blocks with a quotation right after a rumour's word blanked (vocab RUMOUR_QUOTE_LEADS): 其中最为具体的说法是
    “…奚国华转任中国移动董事长，尚冰调任工信部副部长…” tells what is talked of, not a change (round aprec21). The
    quotation's characters become ideographic spaces, so the block keeps its length and lines."""
    result: list[Block] = []
    for block in blocks:
        text = block.text or ""
        if any(o in text for o in _RUMOUR_QUOTE_OPENERS) and _RUMOUR_GATE_RE.search(text) is not None:
            blanked = _RUMOUR_QUOTE_RE.sub(_blank_quotation, text)
            if blanked != text:
                body = _RUMOUR_QUOTE_RE.sub(_blank_quotation, block.body or "")
                block = dataclasses.replace(block, text=blanked, body=body)
        result.append(block)
    return result


def _blank_quotation(found: re.Match[str]) -> str:
    """The rumour's words kept, the quotation after them blanked (its marks kept)."""
    whole = found.group()
    opener = min((whole.find(o) for o in _RUMOUR_QUOTE_OPENERS if o in whole), default=-1)
    return whole[: opener + 1] + "\u3000" * (len(whole) - opener - 2) + whole[-1]


# A list number glued to the year after it (1、1998年 / 1.2015年3月, spaces inside numbers dropped by normalize):
# the list reader's number refuses a digit after its mark (1.5 is a decimal), a year's 年 tells them apart.
_ITEM_BEFORE_YEAR_RE = compile_re(r"[\d０-９]{1,3}[.．、](?=(?:\d{4}|[〇○零一二三四五六七八九]{4})年)")


def _without_item_mark(clause: str) -> str:
    """A clause without the blanks, table bar and list number before it: 一、2015年3月 / | 2015年3月 / 1、1998年 →
    2015年3月 / 1998年.

    A bare year opening a list item or a table cell dates a career step as it does in prose (round aprec21)."""
    bare = clause.strip(" \u3000|｜").lstrip(" \u3000")
    return _ITEM_BEFORE_YEAR_RE.sub("", _ENUMERATION_RE.sub("", bare, count=1), count=1)


# 在…会议上: a clause naming the occasion, no verb of its own, between a bare year and the change (round 25).
_OCCASION_CLAUSE_RE = compile_re(rf"在[^，,：:。；;]{{2,40}}?(?:{alternation(OCCASION_CLAUSE_ENDS)})")

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


# A clause opened by a condition (vocab CONDITION_OPENERS), not by a word of its own (CONDITION_OPENER_WORDS)
_CONDITION_OPENER_TUPLE: tuple[str, ...] = tuple(sorted(CONDITION_OPENERS, key=len, reverse=True))
_CONDITION_WORD_TUPLE: tuple[str, ...] = tuple(CONDITION_OPENER_WORDS)
_CONDITION_FIRSTS = frozenset(w[0] for w in CONDITION_OPENERS)


# A roster's role line that names a group's role (never a post): 组　长：A / 成员（按姓氏笔画为序）： (classes21)
_GROUP_ROLE_LINE_RE = compile_re(
    r"^[ \u3000]*(?:"
    + "|".join("[ \u3000]*".join(role) for role in sorted(GROUP_ONLY_ROLES, key=len, reverse=True))
    + r")[ \u3000]*(?:[（(][^（）()]{1,16}[）)])?[ \u3000]*[：:]"
)


def _opens_a_condition(clause: str) -> bool:
    """若任命张三为县长 / 如果张三出任县长 / 一旦…: True; 如期完成换届 / 若干名 / 张三任县长: False."""
    c = clause.lstrip(" \u3000")
    return c.startswith(_CONDITION_OPENER_TUPLE) and not c.startswith(_CONDITION_WORD_TUPLE)


_CONSEQUENT_TUPLE: tuple[str, ...] = tuple(sorted(CONDITION_CONSEQUENT_OPENERS, key=len, reverse=True))


def _ru_conditions(clauses: list[tuple[bool, str]]) -> list[bool]:
    """For each clause: is it inside a condition opened by 如 whose consequence (则 / 那么 / 就) a later clause of the
    sentence gives? 如市委同意张三任X，则… → the first clause. Two passes over the clauses: linear."""
    stripped = [clause.lstrip(" \u3000") for _new, clause in clauses]
    consequent = [c.startswith(_CONSEQUENT_TUPLE) for c in stripped]
    then_ahead = [False] * len(clauses)
    later = False  # a consequent clause after this one, in this sentence
    for k in range(len(clauses) - 1, -1, -1):
        then_ahead[k] = later
        later = (later or consequent[k]) and not clauses[k][0]
    inside = [False] * len(clauses)
    open_ = False
    for k, c in enumerate(stripped):
        if clauses[k][0] or consequent[k]:
            open_ = False
        if c.startswith("如") and not c.startswith(_CONDITION_WORD_TUPLE) and then_ahead[k]:
            open_ = True
        inside[k] = open_
    return inside


# A sentence that ends in a question mark asks; it states no change (张三代理县长职务？ / 谁来接任县长？张三任县长？). One
# split at the sentence marks, each kept: linear.
_SENTENCE_MARK_SPLIT_RE = compile_re(f"([{_SENTENCE_SEPARATORS}])")


def _asked_clauses(text: str) -> frozenset[str]:
    """The clauses of the sentences of ``text`` that end in ？ (a question: no change stated)."""
    parts = _SENTENCE_MARK_SPLIT_RE.split(text)
    return frozenset(
        clause.strip(" \u3000")
        for sentence, mark in zip(parts[::2], parts[1::2], strict=False)
        if mark == "？"
        for clause in split_top(sentence, _COMMA_SEPARATORS, openers=_OPEN, closers=_CLOSE)
    )


# A resignation refused later in its sentence (session 19, the lead; vocab RESIGNATION_REFUSED_AFTER)
_REFUSED_AFTER_RE = LazyPattern(alternation(RESIGNATION_REFUSED_AFTER))


def _resignations_refused(clauses: list[tuple[bool, str]]) -> list[bool]:
    """For each clause: is a resignation it states refused later in its sentence? Either a later clause of the
    sentence that names no resignation of its own refuses (…申请辞去X职务，但董事会未同意 / ，会议未予接受), or the
    clause itself does after its 辞 (…辞去X职务的请求未获通过). One pass from the end: linear in the clauses."""
    refused = [False] * len(clauses)
    later = False  # a refusing clause after this one, in this sentence
    for k in range(len(clauses) - 1, -1, -1):
        new_sentence, clause = clauses[k]
        at = clause.find("辞")
        refusal = _REFUSED_AFTER_RE.search(clause)  # the first refusal in the clause; after its 辞 when it has one
        refused[k] = later or (at >= 0 and refusal is not None and _REFUSED_AFTER_RE.search(clause, at) is not None)
        if refusal is not None and "辞去" not in clause:
            later = True
        if new_sentence:
            later = False
    return refused


def _opens_with_name(clause: str) -> bool:
    """张三因另有任用免去其X职务: the clause opens with its own person, whom 其 names (round 9)."""
    c = clause.lstrip(" \u3000")
    return any(is_person_name(c[:n]) and c.startswith("因", n) for n in (2, 3, 4))


# A clause pairing persons and posts with 分别: names joined by 、, then 分别 and a connector.
_UNPAIRED_RE = compile_re(rf"[{_CJK}]、[{_CJK}]{{2,4}}(?:同志)?分别(?:为|任|兼任)")
_CAREER_NEXT_LEADS = tuple(CAREER_NEXT_LEADS)
_RETAINED_LEADS = tuple(RETAINED_POST_LEADS)  # 免去A的X职务，保留Y职务: Y is kept (round 21)
_PROPOSED_MARK_RE = compile_re(alternation(PROPOSED_SENTENCE_MARKS))
_PROPOSAL_DECIDED_RE = compile_re(alternation(PROPOSAL_DECIDED_WORDS))


def _before_a_colon(clause: str, text: str, start: int) -> tuple[bool, int]:
    """Whether ``clause`` stands before a colon in ``text`` (the head of a list: 拟任人选：…), looked for
    from ``start`` (the end of the last clause found, so a paragraph is read once); and where it ends."""
    piece = clause.strip(" \u3000")
    at = text.find(piece, start)
    if at < 0:
        return False, start
    end = at + len(piece)
    return text[end : end + 2].lstrip(" \u3000")[:1] in ("：", ":"), end


def _proposal_state(clause: str, proposed: bool) -> bool:
    """Whether the clause, and the rest of its sentence, only puts changes forward: a proposal's word
    (拟任, 提请任命, 建议任命 …) starts it, a decision's word (决定, 根据 …) ends it (session 15)."""
    if _PROPOSAL_DECIDED_RE.search(clause):
        return False
    return proposed or _PROPOSED_MARK_RE.search(clause) is not None


# Round 21: a remark after a name in the other brackets (李四〔挂职〕为X, 王五［女］任Y) read as in （）; never a year's
# bracket (京政发〔2016〕26号: digits) nor one before no change's link.
_OTHER_BRACKET_REMARK_RE = compile_re(
    rf"(?<=[{_CJK}])[〔［\[](?P<remark>[^〔〕［］\[\]\d０-９]{{1,12}})[〕］\]](?=为|任|兼任|辞去|同志|、|，|,)"
)
# A lead ending in a dash over a list of changes, one to a line (…秘书长人选也相继确认——\n李金科任辽宁省政府秘书长,): the
# layout joins the first line to the lead; the dash ends the lead's sentence when a name and 任 follow (round 25).
_DASH_LEAD_RE = compile_re(rf"(?:——|—|－－|--)[ \u3000]*(?=[{_CJK}]{{2,4}}?(?:同志)?任(?![务期命免职用何]))")
# 经差额选举，A、B和C 3位同志为X → 选举A、B和C 3位同志为X: the election's clause is the verb of the persons' clause,
# only where that clause has 为 and no verb of its own (当选, 产生, 选举) (round 25).
_ELECTION_LEAD_RE = compile_re(
    rf"经(?:{alternation(ELECTION_LEAD_MANNERS)})?选举[，,](?=[^，,。；;：:]{{2,80}}?为)(?![^，,。；;：:]{{0,80}}?(?:当选|产生|选举))"
)
# Round 21: 刘明胜跨公司任X / 徐思伟跨公司，任X → 刘明胜任X / 徐思伟，任X (vocab CROSS_MOVE_WORDS)
_CROSS_MOVE_RE = compile_re(
    rf"(?<=[{_CJK}，,])(?:{alternation(CROSS_MOVE_WORDS)})(?=[，,]?(?:{alternation([*MOVE_VERBS, '任', '兼任'])}))"
)
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
    before it and keeps the 、 as a mark (任命A为X、决定为代理Y, round 19) — never a sentence of its own, also when
    its list opens the sentence (round 24: 任命余剑同志为X副院长、决定为代理院长 at a sentence's start lost A)."""
    if i > 0 and piece.startswith(_DECIDED_LEADS_AFTER_DUN):
        return False, "、" + piece
    return k == 0 or i > 0, piece


_DECISION_TITLE_RE = compile_re(
    r"关于[^。；，]{0,40}?(?:职务任免|任免职|任免|任职|免职)[^。；，]{0,10}?的(?:通知|决定|批复)$"
)
_TABLE_DECISION_RE = compile_re(alternation(TABLE_DECISION_WORDS))  # a decision in view of a 拟任 table (lead s21)
# …in a block that does not itself propose, put to the public or deny (rev22: 经县委研究决定，现予以公示)
_TABLE_UNDECIDED_RE = compile_re(alternation([*TABLE_UNDECIDED_WORDS, *PROPOSAL_LEADS, *REFUSAL_LEADS]))


def _decides_a_table(text: str) -> bool:
    """Whether a block before a table of proposed posts holds a decision (vocab TABLE_DECISION_WORDS) and no word
    that proposes, puts to the public or denies (TABLE_UNDECIDED_WORDS, PROPOSAL_LEADS, REFUSAL_LEADS): a 任前公示's
    lead (经县委研究决定，现予以公示) decides nothing (round rev22). Two linear searches."""
    return _TABLE_DECISION_RE.search(text) is not None and _TABLE_UNDECIDED_RE.search(text) is None


_CONTINUING_LEADS = ("以及", "及")  # a clause going on with the announcement of the clause before
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
# What follows such a qualifier: a title of the table closing the post.
_TITLE_CLOSING_POST = rf"(?=(?:{alternation(TITLE_SET)})(?:[，,。；;、]|职务|$))"
_TERM_IN_POST_RE = compile_re(rf"(?<=[{_CJK}])(?:{alternation(TERM_IN_POST_WORDS)}){_TITLE_CLOSING_POST}")
# Round 21: a term's ordinal right before the title, after the organization — 任命邵学敏为中国杂协第七届秘书长 / 边发吉
# 当选中国杂协第七届主席 (人民艺术家网 2016, rmysjw probe fit: nothing read, the organization 中国杂协第七届 refused) →
# 中国杂协秘书长, as the corpus drops the term (5chtw: 第17屆南投縣長 → 南投县长). An ordinal before a body (政协第十二届
# 全国委员会副主席, 第六届董事会董事) is no such term and stays.
_TERM_ORDINAL_IN_POST_RE = compile_re(rf"(?<=[{_CJK}])第[{CN_ORDINALS}\d]{{1,3}}[届屆]{_TITLE_CLOSING_POST}")
# Round 21: the term before the organization right after the verb — 宋凯当选新一届中国足协主席 (广州日报 2023,
# ahzkayly probe fit) → 当选中国足协主席, as 任X新一届校长 above.
_TERM_AFTER_VERB_RE = compile_re(rf"(当选为?|选为|出任|担任|任)(?:{alternation(TERM_IN_POST_WORDS)})(?=[{_CJK}])")
# Round 21: 陈明朝以26票当选议长 → 陈明朝当选议长 (vocab VOTES_BEFORE_ELECTED_PATTERN).
_VOTES_BEFORE_ELECTED_RE = compile_re(
    rf"(?<=[{_CJK}]){VOTES_BEFORE_ELECTED_PATTERN}(?={alternation(VOTES_ELECTED_VERBS)})"
)
# Round 20: 当选X会长并发表讲话 → 当选X会长 (vocab AND_THEN_VERBS): a second act after the post, cut at 并.
_AND_THEN_TAIL_RE = compile_re(rf"(?<=[{_TITLE_LAST_CHARS}])并(?:{alternation(AND_THEN_VERBS)})[^，,。；;]{{0,20}}")


# Round 20: a sentence telling changes as a rumour (消息称，A任X、B任Y): not read (vocab RUMOUR_LEADS).
# 所谓 (vocab RUMOUR_CLAIM_LEADS) only with a personnel verb in its own clause: 所谓“一肩挑” names a term (rev22).
_RUMOUR_LEAD_RE = compile_re(
    rf"{alternation(RUMOUR_LEADS)}|(?:{alternation(RUMOUR_CLAIM_LEADS)})"
    rf"(?=[^，,；;：:“”「」『』\"。！？!?\n]{{0,{RUMOUR_CLAIM_SPAN}}}?(?:{TRIGGER_RE.pattern}))"
)
_SENTENCE_SPLIT_RE = compile_re(r"(?<=[。！？!?；;])")
# Round 20: 调至X任Y → 调任XY (vocab MOVED_TO_BODY_WORDS): the body the move goes to, then the post there.
# appoint31: …or 担任 / 出任 after the body (调至中石油担任董事长), and 调任 itself before a body when 担任 / 出任 follows
# (原国核技总经理顾军调任中核建担任总经理 — cable123 2015; vocab MOVED_TO_BODY_SERVING_WORDS): bare 任 after 调任 stays
# unread (调任以来任劳任怨), and a body never holds 的 (徐平接替调任某局的徐建一出任X: who was moved is said of another).
_MOVED_TO_BODY_RE = compile_re(
    rf"(?:{alternation(MOVED_TO_BODY_WORDS)})(?P<body>[{_CJK}]{{2,20}}?)(?:任(?![命务期职免用])|担任|出任)"
    rf"|(?:{alternation(MOVED_TO_BODY_SERVING_WORDS)})(?P<served>[^\W\d_的]{{2,20}}?)(?:担任|出任)"
)


def _moved_to_body(m: re.Match[str]) -> str:
    """调至X任Y / 调任X担任Y → 调任XY: the body the move goes to, then the post there."""
    return "调任" + (m.group("body") if m.group("body") is not None else m.group("served"))


# Round 20: 职位 closing a post, read as 职务 (辞去首席执行官职位).
_POST_NOUN_VARIANT_RE = compile_re(rf"(?<=[{_TITLE_LAST_CHARS}])(?:{alternation(POST_NOUN_VARIANTS)})")
# A name's middle dot printed with spaces around it (阿依古丽 · 艾力), between two Chinese characters.
# posts18: a post in quotes (vocab POST_QUOTES), perhaps after a qualifier of its authority (QUOTED_POST_QUALIFIERS).
_POST_QUOTE_GATE_RE = compile_re(f"[{''.join(POST_QUOTES)}]")
_QUOTED_POST_RE = compile_re(
    rf"(?P<qualifier>{alternation(QUOTED_POST_QUALIFIERS)})?"
    + "|".join(rf"{o}(?P<post{k}>[{_CJK}]{{2,24}}){c}" for k, (o, c) in enumerate(POST_QUOTES.items())).join("()")
)


def _unquoted_post(m: re.Match[str]) -> str:
    """台当局“警政署副署长” → 警政署副署长, “主任秘书” → 主任秘书: a quoted post without its quotes; anything else (「拔官」,
    “金小刀”) as printed."""
    post = next(group for key, group in m.groupdict().items() if key.startswith("post") and group)
    return post if _title_at_end(post) is not None else m.group()


_SPACED_DOT_RE = compile_re(rf"(?<=[{_CJK}])[ \u3000]*(?P<dot>[{NAME_DOTS}])[ \u3000]*(?=[{_CJK}])")
# A bullet or a short bracketed label before a line's first clause, printed without the space that
# lets the normalizer drop it (◆张三任X局局长, ·李四任Y, 【任职】张三任X): dropped (round 11).
_LEADING_MARKS = "◆◇■□●○•·▪▲△▶►★☆※➢→"
_LEADING_MARK_FIRSTS = frozenset(_LEADING_MARKS + "【[")
_LEADING_MARK_RE = compile_re(rf"^(?:[{_LEADING_MARKS}]+|【[^【】]{{1,8}}】|\[[^\[\]]{{1,8}}\])[ \u3000]*")
# A nomination or recommendation printed after a post with 、 (张三同志任某乡党委书记、提名为乡长候选人): a
# clause of its own, which states no change, not one more post that spoils the list (round 11).
# appoint28: never a board's committee named for its nominations (辞去董事长、董事、战略委员会主任委员、提名委员会委员、
# 薪酬与考核委员会委员等职务 — 第一医药, hbyanyusl dev: the list was cut before 提名委员会委员), vocab NOMINATION_COMMITTEES.
_PROPOSAL_AFTER_POST_RE = compile_re(rf"、(?=(?:提名|推荐)(?!{alternation(NOMINATION_COMMITTEE_TAILS)}))")


# The title of a notice putting proposed appointments to the public (任前公示, 干部任职公示公告): what it lists is
# proposed, never decided (round 10). Not 公示结果 / 公示期满 (a title reporting the outcome).
_PUBLIC_NOTICE_TITLE_RE = compile_re(
    r"(?:任前|任职前|任职|干部)公示的?(?:公告|通告|名单)?$"
)  # …任前公示的公告 too (s14 review)


_PUBLIC_NOTICE_LEAD_TUPLE = tuple(PUBLIC_NOTICE_LEADS)


def _public_notice(blocks: list[Block]) -> bool:
    """Is the document a public notice of proposed posts (任前公示)? Its first block is the 公示's title (round 10),
    or one of its first PUBLIC_NOTICE_HEAD_BLOCKS blocks is — a title line after a breadcrumb or a publish line — or
    leads its list (现将拟任人选公示如下, vocab PUBLIC_NOTICE_LEADS; round aprec21)."""
    for k, block in enumerate(blocks[:PUBLIC_NOTICE_HEAD_BLOCKS]):
        text = (block.text or "").strip(" \u3000")
        if (k == 0 or len(text) <= PUBLIC_NOTICE_TITLE_MAX) and _PUBLIC_NOTICE_TITLE_RE.search(text):
            return True
        if "公示" in text and any(lead in text for lead in _PUBLIC_NOTICE_LEAD_TUPLE):
            return True
    return False


def _may_state_changes(blocks: list[Block]) -> bool:
    """Can any of ``blocks`` state a change? One scan of their joined text for a change's words
    (CHANGE_GATE_RE; the lines joined as the stage reads them), and the first block tested as a
    title deciding posts."""
    if not blocks:
        return False
    joined = "\n".join([b.text or "" for b in blocks])
    return (
        CHANGE_GATE_RE.search(joined) is not None
        or _DECISION_TITLE_RE.search(blocks[0].text or "") is not None
        or SINGLE_MOVE_GATE_RE.search(joined) is not None  # X长A调Y: a move told with one character (appoint29)
    )


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


def _text_before(blocks: list[Block], at: int, text: str, clause: str) -> str:
    """The text above ``clause`` of block ``at`` (whose text is ``text``): the blocks before it, then the block up to
    the clause (none of it when the clause was reworded and is not found). Joined on demand: rare clauses only."""
    here = text.find(clause.strip(" \u3000"))
    return "\n".join([*(b.text or "" for b in blocks[:at]), text[: max(here, 0)]])


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
    post_first_unread: list[tuple[int, str]] = []
    blocks = _posts_first_lists(blocks, post_first_unread)  # 他们分别是：省民政厅厅长余向东、… (post first, apost21)
    if warnings is not None:
        for line, item in post_first_unread:  # an item of such a list that does not split into a post and a name
            warnings.append(warning(CHANGE_ENTRY_UNREAD, f"list item not read as a post and a name: {item[:40]}", line))
    blocks = _rumours_quoted_out(blocks)  # 说法是“A转任X…”: talked of, not made (round aprec21)
    if not _may_state_changes(blocks):
        return []  # no verb, no header, no decision title: most documents of an issue (stage gate)
    if blocks and _public_notice(blocks):
        return []  # 市管干部任职公示 / 姓名 | 现任职务 | 拟任职务: a proposal put to the public, no change (round 10)
    records: list[_Pending] = []
    # the records of each person, in order: a change restated is looked for among its person's records only,
    # so a list of thousands of names stays linear (lead, session 20)
    by_person: dict[str, list[_Pending]] = {}
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
    decision_at = -1  # the first block holding a TABLE_DECISION_WORDS word, found once a proposed-posts table asks
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
                by_person.setdefault(person, []).append(records[-1])

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
                elif (
                    not titled_decision and (carried is None or carried == _DECIDED) and proposed_beside_current(cells)
                ):
                    # a lead's 决定/同意 (经县委研究决定，现予以公示) carries 'decided' here: the block is tested below
                    if decision_at < 0:
                        decision_at = next(
                            (k for k, b in enumerate(blocks) if _decides_a_table(b.text or "")), len(blocks)
                        )
                    if decision_at >= at:
                        # 姓名 | 现任职务 | 拟任职务 with no decision before it: proposed posts (FORMAT.md: 拟任 is
                        # no change; lead, session 21) — its rows give nothing, the header is named
                        columns = names_only(columns)
                        if warnings is not None:
                            message = f"a table of proposed posts beside current posts, no decision in view: {text.strip()[:40]}"
                            warnings.append(warning(CHANGE_ENTRY_UNREAD, message, block.line))
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
        elif ("下列" in text or "以下" in text) and _NAMES_HEADER_RE.match(
            head_text := _ENUMERATION_RE.sub("", text.strip(" \u3000：:"), count=1)
        ):
            names_head = (
                head_text  # 聘任下列同志为市人民政府参事： / 一、委任下列人士為X： (appoint30) / then the names
            )
            continue
        if "、" in text and ("等" in text or "前" in text or "现任" in text) and "为" in text:
            text = held_posts_in_list(text)  # 聘任前X署长A、前Y部长B等2人,为Z (appoint30)
        if "委任" in text and ("续期" in text or "终止" in text):
            commission_text = _ENUMERATION_RE.sub("", text.strip(" \u3000"), count=1)
            text = (
                commission_change(commission_text) or text
            )  # Macau: 終止A擔任X的定期委任 / A—…其擔任X的定期委任…續期 (appoint30)
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
        if titled_decision and carried is None and _GROUP_ROLE_LINE_RE.match(block.text or ""):
            titled_decision = (
                False  # 组长：A　区长 / 成员：: a roster from here — its name　post lines are members (classes21)
            )
        if titled_decision and block is not blocks[0] and carried is None:
            carried = _DECIDED  # until the first change: 张三同志为某局局长 under the decision's title
        text = trad_news_forms(text)  # 请辞X, 退任X, 宣誓就职, *7 A先生…, A上月调任X (香港/澳门/台湾 news, round 23)
        if "辞" in text or "辭" in text:
            text = short_resignations(text)  # A辞X并辞所兼任之Y → A辞去X、Y (台湾 news; appoint29)
        if "调" in text or "調" in text or "升" in text or "派" in text:
            text = single_char_moves(text)  # 署主任秘书A调X局长 → A调任X局长 (台湾 police news; appoint29)
        if "改接任" in text:
            text = text.replace("改接任", "改任")  # 改接任X: a move, as 改任X (appoint29)
        if (
            carried is None
            and not TRIGGER_RE.search(text)
            and not _counted_list_gate(text)
            and not lists_committee_members(text)  # 新成员分别是A、B (session 15)
        ):
            continue
        if (
            "代表" in text
            and "新" in text
            and (speakers := new_holder_speakers(text, partial(_text_before, blocks, at, text, "")))
        ):
            keep(speakers, block)  # 新聘参事代表A、B、C就…发言: the new holders who speak (round 24)
            continue
        if carried is None and not titled_decision and _side_by_side_headlines(text):
            if warnings is not None:  # a roundup's links, not a decision of the page (round 12)
                message = f"headlines side by side, not read as changes: {text.strip()[:40]}"
                warnings.append(warning(CHANGE_ENTRY_UNREAD, message, block.line))
            continue
        kicked = False  # a headline's kicker and its change apart by a space, read as two clauses (apages19)
        if (" " in text or "\u3000" in text or "\t" in text) and (clauses_of := kicker_before_change(text)):
            text, kicked = clauses_of, True
        if text[:1] in _LEADING_MARK_FIRSTS and (mark := _LEADING_MARK_RE.match(text)) and mark.end() < len(text):
            text = text[mark.end() :]  # ◆张三任X / 【任职】张三任X: the name opens the clause (round 11)
        if (" " in text or "\u3000" in text) and _SPACED_DOT_RE.search(text):
            text = _SPACED_DOT_RE.sub(r"\g<dot>", text)  # 阿依古丽 · 艾力任X: the dot's spaces dropped (round 11)
        if _POST_QUOTE_GATE_RE.search(text):
            text = _QUOTED_POST_RE.sub(_unquoted_post, text)  # “主任秘书”黄升勇升任“警政署副署长” (posts18)
        if ("(" in text or "（" in text) and _ROMANIZED_NAME_RE.search(text):
            text = _without_romanized_names(text)  # 梁乃鹏(Leung Nai Pang)将接任X → 梁乃鹏将接任X (apages19)
        if _HONORIFIC_GATE_RE.search(text):
            if ("当选" in text or "选举" in text) and "免" not in text:
                text = _without_affiliations(text)  # 阜外医院郑哲教授、…当选为副主委 → 郑哲教授、… (appoint31)
            text = _without_change_honorifics(text)  # 委任李文俊先生为X: 先生 is no part of the name
        if "," in text or "，" in text:
            text = _STRAY_COMMA_RE.sub("", text)  # 任命A为X副省长,、代理省长 (a mirror's stray comma)
        if "法定代表人" in text:
            text = without_legal_status(text)  # …董事和公司法定代表人职务 → …董事职务 (a legal status; appoint29)
        if "职务" in text and ("相" in text or "全部" in text or "所有" in text):
            text = _UNNAMED_POSTS_TAIL_RE.sub("", text)  # …董事、董事会下设专门委员会的相应职务 → …董事职务 (round 20)
        if "职" in text and ("免职" in text or "撤职" in text or "辞职" in text):
            text = _accountability_forms(text)  # 对A(X,…)予以免职 → XA被免职 (问责, round 20)
        if "新一" in text:
            text = _TERM_IN_POST_RE.sub("", text)  # 任遂昌中学新一届校长 → 任遂昌中学校长 (round 20)
            text = _TERM_AFTER_VERB_RE.sub(r"\1", text)  # 当选新一届中国足协主席 → 当选中国足协主席 (round 21)
        if "届" in text or "屆" in text:
            text = _TERM_ORDINAL_IN_POST_RE.sub("", text)  # 中国杂协第七届秘书长 → 中国杂协秘书长 (round 21)
        if "票" in text:
            text = _VOTES_BEFORE_ELECTED_RE.sub("", text)  # 陈明朝以26票当选议长 → 陈明朝当选议长 (round 21)
        if "并" in text:
            text = _AND_THEN_TAIL_RE.sub("", text)  # 当选X会长并发表讲话 → 当选X会长 (round 20)
        if "职位" in text:
            text = _POST_NOUN_VARIANT_RE.sub("职务", text)  # 辞去首席执行官职位 → …职务 (round 20)
        if _RUMOUR_LEAD_RE.search(text):
            text = "".join(s for s in _SENTENCE_SPLIT_RE.split(text) if not _RUMOUR_LEAD_RE.search(s))  # round 20
        if "是首次当选" in text or "是第一次当选" in text:
            text = first_elected(text)  # (民革王红、民盟程红)是首次当选主委 → ，王红当选主委，程红当选主委 (round 26)
        if "宣誓" in text and "任命" in text:
            text = oath_takers_appointed(
                text
            )  # …颁发任命书仪式。X厅厅长A、Y厅厅长B进行了宪法宣誓 → 新任X厅厅长A、… (round 26)
        if "除" in text and "外" in text:
            text = excepted_changes(text)  # 除A调任X外，其余… → A调任X，其余… (round 26)
        if "新" in text and "的" in text and ("是" in text or "为" in text):
            text = newly_chosen(text)  # 华源是这次新当选的副市长 → 华源当选副市长 (round 26)
        if "、" in text and ("先后" in text or "分别" in text or "相继" in text):
            text = paired_places(text)  # A、B先后卸任甲、乙市委书记 → A卸任甲市委书记，B卸任乙市委书记 (round 26)
        if "通过" in text and ("的提议" in text or "的议案" in text):
            text = adopted_proposals(text)  # 表决通过任命A为X的提议 → 表决通过任命A为X (round 26)
        if "任" in text:
            text = without_held_now(text)  # …目前还担任着其他职务。A任X，B任Y。 : posts held now, no change (round 26)
        if ("调" in text or "转任" in text) and "任" in text:
            text = _MOVED_TO_BODY_RE.sub(_moved_to_body, text)  # 调至中石油任董事长 → 调任中石油董事长 (round 20)
        if ("不再" in text or "辞去" in text) and _LEAVING_GROUND_GATE_RE.search(text):
            text = without_leaving_ground(text)  # A、B等10人则依据法规,不再担任X → A、B等10人不再担任X (round 24)
        if "关于" in text and "的决定" in text:
            text = named_decisions(text)  # 通过了关于A同志任X的决定 → 通过了关于任命A为X的决定 (round 24)
        if "不再" in text and _HELD_TITLE_LEAVING_GATE_RE.search(text):
            text = held_title_leaving(text)  # A任X,王国斌院长不再兼任Y → A任X,王国斌不再兼任Y (round 27)
        if "的职务" in text and ("调整" in text or "变动" in text):
            text = adjusted_posts(text)  # 调整王立军的职务,不再兼任X → 王立军,不再兼任X (round 24)
        if "接替" in text and "的" in text:
            text = without_succeeded_attributive(text)  # 接替落马的徐建一,出任X → 接替徐建一,出任X (round 24)
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
        if "辞去" in text and ("的请求" in text or "的申请" in text):
            text = _accepted_requests_carried(text)  # 接受A辞去X职务的请求，B辞去Y职务的请求 (round 21)
        if "〔" in text or "［" in text or "[" in text:
            text = _OTHER_BRACKET_REMARK_RE.sub(r"（\g<remark>）", text)  # 李四〔挂职〕为X → 李四（挂职）为X (round 21)
        if "—" in text or "－－" in text or "--" in text:
            text = _DASH_LEAD_RE.sub("。", text)  # …相继确认——李金科任X, → …相继确认。李金科任X, (round 25)
        if "经" in text and "选举" in text:
            text = _ELECTION_LEAD_RE.sub("选举", text)  # 经差额选举，A、B…为X委员 → 选举A、B…为X委员 (round 25)
        if "跨" in text:
            text = _CROSS_MOVE_RE.sub("", text)  # 刘明胜，跨公司任X → 刘明胜，任X (round 21)
        if "、" in text and _MOVE_VERB_RE.search(text):
            text = _chained_moves(text)  # X长A调升Y、X长B调升Z: each move a change of its own (round 21)
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
        if "再" in text and "委任" in text and (seats := reappointed_seats(text)[0]):
            keep(seats, block)  # 再度委任X现任主席A和2名现任成员B及C；另外委任2名新成员，分别是D及E (香港, round 23)
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
        if "升为" in text:
            text = _name_ending_in_verb(text, carried == APPOINT)  # 任命宋金升为X: the name 宋金升 (round 27)
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
        refused = _resignations_refused(clauses) if "辞" in text else None  # …，但董事会未同意 (session 19)
        asked = _asked_clauses(text) if "？" in text else frozenset()  # 张三任县长？官方回应 (session 19)
        ru_conditions = _ru_conditions(clauses) if "如" in text else None  # 如…，则… (session 20)
        last_person = None  # 其 never refers to a person of an earlier line
        one_person = False  # the last clause with changes named one person only (its 其 goes on, round 14)
        headline = len(text) <= _HEADLINE_MAX + 4 and (
            _HEADLINE_RE.fullmatch(text.strip(" \u3000")) is not None or is_sub_headline(text)
        )  # …or a news sub-headline of two halves: A称因年龄原因辞职，B被任命为代市长
        # …and a portal's summary after its key (摘要：… / 内容导航： over 决定…；任命A为副市长): a deck, whose short post
        # gives way to the story's decision (决定任命A为市人民政府副市长; pages17)
        headline = (
            headline
            or kicked
            or summary_key(block.text) == "line"
            or (at > 0 and summary_key(blocks[at - 1].text) == "alone")
        )
        previous: list[_Change] = []  # changes of the clause before, in this sentence
        sentence_post: tuple[str, str] | None = None  # organization and title of this sentence's last post
        sentence_text = ""  # the clauses of this sentence so far
        career = False  # a clause of this sentence told a career (曾任…): the rest of the sentence too
        proposed = False  # a clause of this sentence put changes forward (拟任…): the rest of it too
        proposed_list = False  # …and a proposal's head ending in a colon: the rest of the paragraph
        proposal_seen = 0  # where the last proposal's clause ended in text
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
            if new_sentence:
                career = False
            if career and _CLAUSE_TRIGGER_RE.search(clause):
                career = False  # a verb of its own: the career told before it has ended
            if career or (_BIOGRAPHY_RE.search(clause) and _tells_a_career(_BRACKETED_RE.sub("", clause))):
                # …，曾任Y省副省长，Z省委常委…: a career, over the clauses of its sentence without a verb of
                # their own; the verb in force goes on after it (任命A为X。A，1970年生。B为Y)
                career, previous = True, []
                continue
            if clause.lstrip(" \u3000").startswith(_RETAINED_LEADS):
                continue  # 免去A的X职务，保留Y职务: A keeps Y; the verb in force never reaches it (round 21)
            counted: list[_Change] = []
            if clause.lstrip(" \u3000")[:1] in _COUNT_FIRSTS and ("位" in clause or "名" in clause):
                if doc_text is None:
                    doc_text = "\n".join(b.text or "" for b in blocks)
                at_clause = doc_text.find(clause.strip(" \u3000"))
                counted = _counted_list(clause, doc_text[: max(at_clause, 0)])  # 16位X分别为A、B…及C (round 16)
            if (
                in_force is None
                and not previous
                and not counted
                and not _CLAUSE_TRIGGER_RE.search(clause)
                and not (("成员" in clause or "委员" in clause) and _is_committee_list(clause))  # 新成员为A、B
            ):
                continue  # no verb, no verb in force, no list going on: nothing this clause can state
            # (round speed21) read here, after the clauses that state nothing have gone on: only a parsed clause asks it
            narrative = (
                ("年" in clause and _BIOGRAPHY_DATE_RE.match(clause.strip(" \u3000")) is not None)
                or (
                    # a bare year closed by a comma, or alone before ；/。 in the same paragraph (2015年3月；A任X:
                    # nothing but the date of what follows; round aprec21)
                    k > 0
                    and "年" in clauses[k - 1][1]
                    and _BARE_YEAR_RE.fullmatch(_without_item_mark(clauses[k - 1][1])) is not None
                )
                or (  # 2023年1月,在…会议上,李政当选为X: the occasion between the bare year and the change (round 25)
                    not new_sentence
                    and k >= 2
                    and not clauses[k - 1][0]
                    and "年" in clauses[k - 2][1]
                    and _OCCASION_CLAUSE_RE.fullmatch(clauses[k - 1][1].strip(" \u3000")) is not None
                    and _BARE_YEAR_RE.fullmatch(clauses[k - 2][1].strip(" \u3000")) is not None
                )
                or (
                    # 公开资料显示…先后担任X等职务。2018年9月1日,A任Y: a step dated to the day inside a biography begun
                    # in the paragraph, a season or more before the document's date (mnewenergy 2019; appoint29)
                    (dated := day_dated(clause, None if new_sentence or not k else clauses[k - 1][1])) is not None
                    and _BIOGRAPHY_RE.search(text, 0, max(text.find(clause), 0)) is not None
                    and dated_career_step(dated, doc_date)
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
                changes, in_force, is_header = _parse_clause(
                    clause, in_force, last_person, starts, narrative, sole=one_person
                )
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
            if (
                not changes
                and ("成员" in clause or "委员" in clause or "委任" in clause)
                and _is_committee_list(clause)
            ):
                # 两名新成员为A及B / 再度委任A、B (session 15): members of the committee named above the clause
                changes = _committee_members(clause, _text_before(blocks, at, text, clause))
            if not changes and counted:
                changes = counted  # 16位X分别为A、B…及C (round 16)
            if not changes and ("卸任" in clause or "离任" in clause) and ("感谢" in clause or "感激" in clause):
                changes = _leaving_thanked(clause)  # 感谢即将卸任的成员A、B及C (香港, round 16)
            if not changes and "委任" in clause:
                changes = _members_appointed(clause, starts)  # 委任A、B和C為新成員 (香港, round 13)
                if member_body is not None:  # 获再度委任的成员为A、B: the body named before (round 13)
                    changes = [(a, p, member_body + q if q == "成员" else q, n) for a, p, q, n in changes]
                if any(q == "委员会成员" for _a, _p, q, _n in changes):
                    # 委任A、B为委员会成员: the one committee named before (session 15); two named: nothing
                    named = _committee_named(_text_before(blocks, at, text, clause))
                    if named is not None:  # none named: the post as printed
                        changes = [(a, p, named + "成员" if q == "委员会成员" else q, n) for a, p, q, n in changes]
                        changes = changes if named else []
            if not changes and not new_sentence and previous:
                changes = _successor(clause, previous)  # 免去A的X职务，由B接任 / X部长A被免职，B接任 (round 13)
            if not changes and not new_sentence and previous and clause.lstrip().startswith(_CONTINUING_LEADS):
                # …方永祥兼任X，以及原…副主任钱锋担任Y: the same announcement goes on (香港经济日报 2018)
                lead = next(w for w in _CONTINUING_LEADS if clause.lstrip().startswith(w))
                goes_on = clause.lstrip()[len(lead) :].replace("担任", "兼任", 1)
                changes = _parse_clause(goes_on, in_force, last_person, starts, narrative, sole=one_person)[0]
            if not changes and _RESPECTIVELY in clause and warnings is not None and _UNPAIRED_RE.search(clause):
                warnings.append(
                    warning(POSTS_UNPAIRED, f"分别 with unequal persons and posts: {clause.strip()[:40]}", block.line)
                )
            if changes and clause[:1] in _CONDITION_FIRSTS and _opens_a_condition(clause):
                changes = []  # 若任命张三为县长，将… / 如果张三出任县长: a condition, no change (session 19)
            if changes and ru_conditions is not None and ru_conditions[k]:
                changes = []  # 如市委同意张三任X，则…: a condition with its consequence, no change (session 20)
            if changes and asked and clause.strip(" \u3000") in asked:
                changes = []  # 张三代理县长职务？ / 张三任县长？官方回应: asked, not stated (session 19)
            if changes and refused is not None and refused[k]:
                changes = [c for c in changes if c[0] != RESIGN]  # 张三申请辞去X职务，但董事会未同意: no resignation
            if changes and staffs_a_body_set_up(block.text or "", clause):
                changes = []  # 下设办公室…，由A兼任办公室主任，B任副主任: the body's roster, no change (round 24)
            if new_sentence:
                proposed = proposed_list
            proposed = _proposal_state(clause, proposed)
            if proposed:
                # 拟任人选分别是A任X，B任Y / 经研究，拟任A为X，B为Y: put forward, not decided (session 15)
                changes = []
                if not proposed_list:  # 拟任人选：A任X；B任Y
                    proposed_list, proposal_seen = _before_a_colon(clause, text, proposal_seen)
            else:
                proposed_list = False
            if new_sentence:
                sentence_post, sentence_text = None, ""
            sentence_text += clause + "，"
            prior = previous
            previous = [] if new_sentence and not changes else changes
            header = in_force if is_header else header
            if changes:
                one_person = len({c[1] for c in changes}) == 1
            for action, person, position, note in changes:
                if position.startswith("该") and (named := _this_body(position, clause, person, starts)) is not None:
                    position = named  # …管网集团副总经理何仲文任该集团总经理 → …管网集团总经理 (round 21)
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
                own = by_person.get(person, [])
                earlier = None if (action, person, position) in seen else _restated(action, person, position, own)
                if earlier is not None and id(earlier) in from_headline and not headline:
                    # a headline's short form (卢新华任广西桂林市代市长) gives way to the body's decision
                    records.remove(earlier)
                    own.remove(earlier)
                    seen.discard((earlier.action, earlier.person, earlier.position))
                elif (action, person, position) in seen or earlier is not None:
                    _fill_meeting(own, action, person, position, meeting, decided_on)
                    if (
                        earlier is not None
                        and len(position) > len(earlier.position)
                        and (_placeless(earlier.position) or _short_cppcc(earlier.position))
                    ):
                        _fuller(
                            earlier, position, seen
                        )  # 县政府副县长, then 石台县人民政府副县长; 湖北省政协主席 (apages21)
                    continue
                seen.add((action, person, position))
                records.append(
                    _Pending.of(
                        action, person, position, decided_on=decided_on, meeting=meeting, note=note, block=block
                    )
                )
                by_person.setdefault(person, []).append(records[-1])
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
    records = one_change_each(records)  # 卸任X then 请辞X; 港台X then 香港电台X: one change each (round 23)
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
    rf"(?<=[{_CJK}]{{2}})(?:{alternation(ROSTER_HONORIFICS)})(?=[为為、，,；;和及]|以及|担任|出任|兼任|任|当选)"
)  # 和 / 及 (round 14): 委任李四女士和王五先生为X委员; 当选 (appoint31): 郑哲、唐其柱和马根山教授当选为副主委


# Round 16: a time before the news as a clause of its own, then a name and 任 (此前,刘佳晨任X): the comma
# dropped so the clause reads as 此前刘佳晨任X, a post held before (nothing), as it already did unbroken.
# Round 24: a time before this change told by the change (此番履新前,陈振林任X; PRIOR_POST_CLAUSES) too.
_PRIOR_POST_RE = compile_re(
    rf"(?:(?<=[，,。；;：:\s])|^)(?P<adverb>{alternation({**PRIOR_POST_ADVERBS, **PRIOR_POST_CLAUSES})})[，,]"
    rf"(?=[{_CJK}]{{2,4}}?(?:同志)?(?:任|担任|出任|兼任)(?![命免务期职]))"
)


# Round 24: a ground glued after the persons before their leaving (则依据法规,不再担任X): one of its words in the text.
_LEAVING_GROUND_GATE_RE = compile_re(alternation(LEAVING_GROUND_LEADS))
_HELD_TITLE_LEAVING_GATE_RE = compile_re(alternation(HELD_TITLE_LEAVING_VERBS))  # round 27


# Round 16: a body set up that day named after the move's verb (轉調出任31日新成立的勞青處處長 — 嘉义 2026, probe
# dev udn): when and that it was set up are no part of the post.
_NEW_BODY_RE = compile_re(r"(?<=出任|调任|转任|升任)[^，,；;。的]{0,8}?新(?:成立|设立|组建)的")


# Round apages19: a person's name in Latin letters, in brackets right after the Chinese name, as Hong Kong and
# Macau news print it (梁乃鹏(Leung Nai Pang)将接任董事局主席一职 — allchina 2011; 李家超（John Lee）出任X): two
# words at least, letters only (a company's 总裁(CEO) or a unit's (GBA) is one word: no name).
_ROMANIZED_NAME_RE = compile_re(
    r"[（(][ ]?[A-Za-z][A-Za-z.'\-]{0,19}(?:[ ]{1,2}[A-Za-z][A-Za-z.'\-]{0,19}){1,3}[ ]?[)）]"
)


def _without_romanized_names(text: str) -> str:
    """The bracket of a name's romanization dropped where a person's name (two to four characters) stands
    right before it: 梁乃鹏(Leung Nai Pang)将接任X → 梁乃鹏将接任X."""

    def drop(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 4) : m.start()]
        named = any(is_person_name(before[-size:]) for size in (3, 2, 4) if len(before) >= size)
        return "" if named else m.group()

    return _ROMANIZED_NAME_RE.sub(drop, text)


# appoint31: in an election, each elected person printed after the body they work in and before their rank — 阜外医院郑哲
# 教授、武汉大学人民医院唐其柱教授…当选为副主委 (zgsynk 2015) / 大会选举了上海东方肝胆外科医院胆道一科姜小清教授为主任委员
# (caca 2009): the body is dropped where it ends in a word of AFFILIATION_TAILS, a name of two or three characters
# follows and a rank of ROSTER_HONORIFICS after it, and the body opens a clause after a comma, an item of a list, or
# follows 选举/推举 (never holding 选举, 推举, 当选, 会议, 大会 or a verb's 任/免/聘/为 itself).
_AFFILIATED_NAME_RE = compile_re(
    rf"(?:^|(?<=[、，,和及与：:。；;])|(?<=选举了)|(?<=选举)|(?<=推举))"
    rf"(?P<body>(?:(?!选举|推举|当选|会议|大会)[^\W\d_任免聘为]){{2,30}}?)(?P<name>[{_CJK}]{{2,3}})"
    rf"(?=(?:{alternation(ROSTER_HONORIFICS)}))"
)
_AFFILIATION_TAILS: tuple[str, ...] = tuple(sorted(AFFILIATION_TAILS, key=len, reverse=True))


def _without_affiliations(text: str) -> str:
    """阜外医院郑哲教授 → 郑哲教授: the body before an elected person's name and rank dropped, when exactly one split
    leaves a body ending in an affiliation's word and a name before the rank."""

    def drop(m: re.Match[str]) -> str:
        both = m.group("body") + m.group("name")
        splits = [
            (both[:-size], both[-size:])
            for size in (3, 2)
            if len(both) - size >= 2 and both[:-size].endswith(_AFFILIATION_TAILS) and is_person_name(both[-size:])
        ]
        return splits[0][1] if len(splits) == 1 else m.group()

    return _AFFILIATED_NAME_RE.sub(drop, text)


def _without_change_honorifics(text: str) -> str:
    """The honorific dropped where a person's name (two or three characters) stands before it."""

    def drop(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 3) : m.start()]
        named = is_person_name(before) or is_person_name(before[-2:])
        return "" if named else m.group()

    return _CHANGE_HONORIFIC_RE.sub(drop, text)


# Round 27: 任命宋金升为X / 宋金升为X under 任命： — a name ending in 升 before the link 为, never the verb 升为.
_NAME_ENDING_IN_VERB_RE = compile_re(
    rf"(?P<lead>任命|^[ \u3000]*|(?<=[长员任记席]))(?P<name>[{_CJK}]{{1,3}}?(?:{alternation(NAME_FINAL_VERB_CHARS)}))为"
)


def _name_ending_in_verb(text: str, entry_appoints: bool) -> str:
    """任命宋金升为X → 任命宋金升同志为X (and, under 任命：, 宋金升为X at an entry's start or glued to the title that
    closed the entry before: …副秘书长宋金升为X): the name before 为 keeps its last character when it reads as a
    person's; else as printed."""

    def named(m: re.Match[str]) -> str:
        if not m.group("lead").startswith("任命") and not entry_appoints and "任命" not in text[: m.start()]:
            return m.group()  # neither after 任命 nor in a list it heads
        return f"{m.group('lead')}{m.group('name')}同志为" if is_person_name(m.group("name")) else m.group()

    return _NAME_ENDING_IN_VERB_RE.sub(named, text)
