"""News in Traditional characters (Hong Kong, Macau, Taiwan) and their mirrors: forms the other readers miss
(appointments round 23). The page is converted to Simplified characters before it is read, so every pattern
here is written in Simplified; the tables are in :mod:`gazette_extract.vocab.personnel` (round 23's block).

:func:`trad_news_forms` rewrites a block's text into forms the clause grammar reads, each only where a person
is named before the verb and no word of a wish, a rumour, a plan or a rule stands before it in its clause:

* a verb or honorific split by a PDF's wrapped line (``获委 任为X``, ``陆永新先 生``);
* a post's vacancy before 由 its holder (``X的空缺，就由A接任`` → ``X就由A接任``), an age before a name
  (``33岁周羿希接任X``);
* this year's month, a reason and 提早 between a person and a resignation (``A于今年10月以…为由，提早辞任X``);
  a title of address after a name (``陈培辉牧师``); ``出任为X`` as ``出任X``;
* a note mark before a person opening a clause (``*7 王秀峰先生于…辞任X``);
* a past or this month's time word between the person and the verb (``杜玉波上月调任X`` → ``杜玉波调任X``);
* a post, its holder's name and the oath (``第17届南投县长林明溱宣誓就职`` → ``林明溱出任南投县长``);
* verbs of these news read as the verb the grammar knows (``请辞X`` → ``辞去X``, ``辞任X`` → ``辞去X``,
  ``退任X`` → ``卸任X``, ``就任X`` / ``真除X`` → ``出任X``, ``派兼X`` → ``兼任X``, ``获再度委任为X``
  → ``获委任为X``).

:func:`reappointed_seats` reads a Hong Kong release's chair and members reappointed with their seats, then new
members counted (``再度委任医管局现任主席A和2名现任成员B及C。另外委任2名新成员，分别是测量师D及…前任主席E``);
:func:`one_change_each` keeps one record of a change told twice (``卸任X`` then ``请辞X``; ``港台…主席`` then
``香港电台…主席``). Imports :mod:`.common` only, as the other readers do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from ..._pattern_cache import compile_re
from ...vocab.common import CJK as _CJK
from ...vocab.common import alternation, gate_alternation
from ...vocab.numerals import CN_ORDINALS
from ...vocab.personnel import (
    ACTING_CONTINUE_WORDS,
    ACTING_DESIGNATION_VERBS,
    ADDRESS_TITLES_AFTER_NAME,
    AGE_BEFORE_NAME_PATTERN,
    HEADLINE_PROMOTION_VERB,
    HELD_BEFORE_LEADS,
    HELD_GRADE_ENDINGS,
    HOLDER_DESCRIBED_NOT_AFTER,
    HOLDER_DESCRIBED_NOT_BEFORE,
    HOLDER_DESCRIBED_VERBS,
    HOLDER_DESCRIPTION_QUOTES,
    HONORIFICS,
    LEAVING_AFTER_HELD_VERBS,
    LIST_ALL_ADVERBS,
    LIST_ALL_VERBS,
    LISTED_FORMER_LEADS,
    LISTED_FORMER_MIN,
    NAME_TIME_ADVERBS,
    NAME_WHEN_PATTERN,
    NEW_MEMBER_PROFESSIONS,
    NOTE_MARKS_BEFORE_NAME,
    OATH_OF_OFFICE_WORDS,
    OATH_PAST_LEADS,
    ORG_SUFFIX_TUPLE,
    PAIR_VERB_ADVERBS,
    PAIR_VERBS,
    PAIR_VOTES_PATTERN,
    PAIRED_DEPUTY_TITLES,
    PARTY_AFFILIATION_TAILS,
    PARTY_AFFILIATIONS,
    PARTY_NAME_VERBS,
    POST_FIRST_ELECTED_MIDDLE,
    POST_FIRST_LINKERS,
    REAPPOINTED_SEATS,
    REASON_BY_PATTERN,
    RESIGN_EARLY_ADVERBS,
    RESIGNATION_GRANTED_WORDS,
    SUCCESSOR_VERB_VARIANTS,
    TAKING_OFFICE_VERBS,
    THIS_YEAR_MONTH_PATTERN,
    TRAD_CONDITION_OPENERS,
    TRAD_NAME_TIME_WORDS,
    TRAD_NOT_DONE_BEFORE_VERB,
    TRAD_VERB_FORMS,
    TRAD_VERB_NOT_DONE,
    VACANCY_WORDS,
    VERB_WITH_WEI,
    WRAPPED_WORDS,
)
from ..people import _title_at_end, is_married_name, is_person_name, split_position
from .common import APPOINT, _Change, _further_post, opens_with_rumour

__all__ = ["one_change_each", "reappointed_seats", "trad_news_forms"]

_CLAUSE_STOPS = "，,。；;：:！？!?\n"
_LOOK_BACK = 24  # characters of its clause looked at before a verb (a name, an honorific, a day, a reason)

# A note mark (and its number) before a person at a clause's start: *7 王秀峰先生… (NOTE_MARKS_BEFORE_NAME).
_NOTE_MARK_RE = compile_re(
    rf"(?:(?<=[。；;\s])|^)[{re.escape(''.join(NOTE_MARKS_BEFORE_NAME))}][\d０-９]{{0,2}}[ \u3000]*(?=[{_CJK}]{{2,4}})"
)
# A time word right after a person (up to four characters) and before a verb of a move (TRAD_NAME_TIME_WORDS).
_TIME_WORD_RE = compile_re(
    rf"(?<=[{_CJK}])(?:于|於|在)?(?P<word>{alternation(TRAD_NAME_TIME_WORDS)})"  # 张三于上周辞去X: 于 with it
    r"(?=调任|出任|接任|升任|转任|改任|兼任|辞去|卸任|当选|获委任|获任命)"
)
_VERB_FORM_RE = compile_re(rf"(?P<verb>{alternation(TRAD_VERB_FORMS)})(?=[{_CJK}])")
_NOT_DONE_RE = compile_re(alternation(TRAD_VERB_NOT_DONE))
# Review round 18: a negation, question or past right before a verb (未指派, 尚未到职, 李四未当选), a condition opening
# the clause (若县府指派…): no change stated (vocab TRAD_NOT_DONE_BEFORE_VERB, TRAD_CONDITION_OPENERS)
_NOT_DONE_BEFORE_VERB: tuple[str, ...] = tuple(TRAD_NOT_DONE_BEFORE_VERB)
_CONDITION_OPENERS: tuple[str, ...] = tuple(TRAD_CONDITION_OPENERS)
_GRANTED_RE = compile_re(alternation(RESIGNATION_GRANTED_WORDS))
_SENTENCE_STOPS = "。；;！？!?\n"
# What may stand between a person and the verb: an honorific, the day (NAME_WHEN_PATTERN), a reason (因…).
_AFTER_NAME_RE = compile_re(
    rf"(?:{alternation(HONORIFICS)})?(?:{NAME_WHEN_PATTERN})?(?:[，,]?因[^，,。；;]{{1,16}})?[ \u3000]*$"
)
# A post, then its holder's name, then the oath (OATH_OF_OFFICE_WORDS); the term's ordinal before the post
# (第17届) is no part of it, as the corpus drops it.
_OATH_RE = compile_re(
    rf"(?:(?<=[，,；;：:。\s」])|^)(?:新任|第[{CN_ORDINALS}\d]{{1,3}}[届屆])?(?P<both>[{_CJK}]{{5,34}}?)"
    rf"(?:{alternation(NAME_TIME_ADVERBS)})?(?:上午|下午|晚间)?"  # 金门县地政局长关嘉荣今天宣誓就职 (ltn 2025, dev)
    rf"(?P<oath>{alternation(OATH_OF_OFFICE_WORDS)})"
)


# A post's vacancy before 由 its new holder (VACANCY_WORDS): X的空缺，就由A接任 → X就由A接任.
_VACANCY_RE = compile_re(rf"(?<=[{_CJK}])(?:{alternation(VACANCY_WORDS)})[，,]?(?=(?:就|则)?由[{_CJK}])")
# An age before a name and a move (AGE_BEFORE_NAME_PATTERN): 33岁周羿希接任X → 周羿希接任X.
_AGE_RE = compile_re(
    rf"(?:(?<=[，,、：:；;。\s])|^|(?<=包括))(?:{AGE_BEFORE_NAME_PATTERN})"
    rf"(?=(?P<name>[{_CJK}]{{2,4}}?)(?:{alternation(HONORIFICS)})?(?:接任|出任|升任|调任|转任|担任|接掌|获委任))"
)
# A word split by a wrapped line's space (WRAPPED_WORDS): 获委 任为X → 获委任为X. The pattern opens on the space, its
# word's first character looked behind it, so that ``re`` scans for the space instead of trying every position
# (speed19: the same matches as (?<=委)[ \u3000]{1,2}(?=任)|…).
_WRAPPED_RE = compile_re(
    "[ \u3000](?:" + "|".join(f"(?<={w[0]}[ \u3000])[ \u3000]?(?={w[1:]})" for w in WRAPPED_WORDS) + ")"
)


# Between a person and a resignation's verb: this year's month, a reason (以…为由, its comma), 提早 — each at most
# once in that order (bounded: no run of optional pieces that could be split two ways).
_RESIGN_MIDDLE_RE = compile_re(
    rf"(?:{THIS_YEAR_MONTH_PATTERN})?(?:{REASON_BY_PATTERN}[，,]?)?(?:{alternation(RESIGN_EARLY_ADVERBS)})?"
    r"(?=辞任|辞去|卸任)"
)
# A title of address after a name, before a verb or the next name (ADDRESS_TITLES_AFTER_NAME). Each title's
# look-behind (two Chinese characters before it) stands after its first character, so that every branch opens on a
# literal ``re`` scans for (speed19: the same matches as (?<=[CJK]{2})(?:资深大律师|…), longest first as alternation()).
_ADDRESS_TITLE_RE = compile_re(
    "(?:"
    + "|".join(
        rf"{re.escape(w[0])}(?<=[{_CJK}]{{2}}{re.escape(w[0])}){re.escape(w[1:])}"
        for w in sorted(ADDRESS_TITLES_AFTER_NAME, key=len, reverse=True)
    )
    + ")(?=[为、，,和及]|出任|获委任|担任|接任)"
)
_VERB_WITH_WEI_RE = compile_re(alternation(VERB_WITH_WEI))


def _resign_middle(m: re.Match[str]) -> str:
    """欧阳伯权于今年10月以专注其他公务为由，提早辞任X → 欧阳伯权辞任X, after a person only."""
    if not m.group() or not _ends_with_person(_clause_before(m.string, m.start())):
        return m.group()
    return ""


def _address_title(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 4) : m.start()]
    return "" if any(is_person_name(before[-size:]) for size in (2, 3, 4) if len(before) >= size) else m.group()


def _age(m: re.Match[str]) -> str:
    return "" if is_person_name(m.group("name")) else m.group()


_OATH_PAST_LEADS: tuple[str, ...] = tuple(OATH_PAST_LEADS)


def _clause_before(text: str, at: int) -> str:
    """The clause of ``text`` up to ``at`` (at most _LOOK_BACK characters): from the last stop before it."""
    start = max(0, at - _LOOK_BACK)
    piece = text[start:at]
    cut = max(piece.rfind(stop) for stop in _CLAUSE_STOPS)
    return piece[cut + 1 :]


def _ends_with_person(before: str) -> bool:
    """Does ``before`` end with a person's name, an honorific, a day or a reason perhaps after it?"""
    tail = _AFTER_NAME_RE.search(before)
    head = before[: tail.start()] if tail is not None else before
    return any(is_person_name(head[-size:]) for size in (2, 3, 4) if len(head) >= size)


def _granted(text: str, at: int) -> bool:
    """Does the sentence of ``text`` around ``at`` say a resignation asked for was granted (RESIGNATION_GRANTED_WORDS)?"""
    start = max(text.rfind(stop, 0, at) for stop in _SENTENCE_STOPS) + 1
    ends = [e for e in (text.find(stop, at) for stop in _SENTENCE_STOPS) if e >= 0]
    return _GRANTED_RE.search(text, start, min(ends) if ends else len(text)) is not None


def _verb_form(m: re.Match[str]) -> str:
    """请辞X → 辞去X, 退任X → 卸任X, 就任X → 出任X: only after a person, never after a wish or a rule; 请辞 only
    when its sentence says it was granted."""
    before = _clause_before(m.string, m.start())
    if _NOT_DONE_RE.search(before) or not _ends_with_person(before):
        return m.group()
    if m.group("verb") == "请辞" and (m.string.startswith("去", m.end()) or not _granted(m.string, m.start())):
        return m.group()  # 申请辞去 holds no 请辞; one asked for and not granted is no change
    return TRAD_VERB_FORMS[m.group("verb")][0]


def _oath(m: re.Match[str]) -> str:
    """南投县长林明溱宣誓就职 → 林明溱出任南投县长 (and a comma before what the sentence goes on with)."""
    both = m.group("both")
    for size in (3, 2, 4):
        post, name = both[:-size], both[-size:]
        if is_person_name(name) and not post.startswith(_OATH_PAST_LEADS) and _further_post(post, ()) is not None:
            before = _clause_before(m.string, m.start())
            if _NOT_DONE_RE.search(before):
                return m.group()
            goes_on = m.end() < len(m.string) and m.string[m.end()] not in _CLAUSE_STOPS
            return f"{name}出任{post}" + ("，" if goes_on else "")  # 第17届 / 新任 before the post dropped
    return m.group()


def _time_word(m: re.Match[str]) -> str:
    """杜玉波上月调任X → 杜玉波调任X: the word dropped after a person only."""
    return "" if _ends_with_person(_clause_before(m.string, m.start())) else m.group()


# Round speed21: the words one of which a block must hold for any form below to change it — each form's own gate
# (the substring its step tests), or, where that gate is a common character, the words its pattern's every match
# holds: a wrapped word's first character and its blank (_WRAPPED_RE, not any blank), a time word (_TIME_WORD_RE,
# not any 月/周), a successor's verb (_SUCCESSOR_GATE_RE, not any 由), an address title (_ADDRESS_TITLE_RE) and a
# party's name (_PARTY_GATE_RE). A block holding none is left as it is by every form (no form fires, so none makes
# another's word): one scan instead of two dozen tests and two searches. tests/test_speed21.py reads the gates off
# the function's source and checks each is here.
_FORMS_GATE_WORDS: tuple[str, ...] = (
    *(f"{w[0]}{blank}" for w in WRAPPED_WORDS for blank in " \u3000"),
    "缺",
    "岁",
    "辞",
    "卸任",
    *ADDRESS_TITLES_AFTER_NAME,
    "任为",
    *"*＊※#",
    *TRAD_NAME_TIME_WORDS,
    "誓",
    "就职",
    "退任",
    "就任",
    "委任",
    "真除",
    "派兼",
    *PARTY_AFFILIATIONS,
    "代理",
    "正副",
    *SUCCESSOR_VERB_VARIANTS,
    HEADLINE_PROMOTION_VERB,
    "新任",
    "当选",
    "连任",
    "原",  # X区长A(原Y): appoint32's list of new heads with the post each held (merged after speed21's gate)
    *LIST_ALL_VERBS,  # A、B,皆调升X: appoint32's shared move (its verb is rarer than 、 or a comma)
    *LEAVING_AFTER_HELD_VERBS,  # 客家局长A因…卸任局长: appoint32's leavings after the post held
    *HOLDER_DESCRIBED_VERBS,  # X由“某局长”A出掌: appoint32's described holder after 由
)
_FORMS_GATE_RE = compile_re(gate_alternation(_FORMS_GATE_WORDS))  # a prefix tree of the words (speed23)


def trad_news_forms(text: str) -> str:
    """``text`` with the forms of Traditional news rewritten into ones the clause grammar reads (see the module)."""
    if _FORMS_GATE_RE.search(text) is None:
        return text  # no form's word: every form below leaves the block as it is (round speed21)
    return _all_trad_news_forms(text)


def _all_trad_news_forms(text: str) -> str:
    """:func:`trad_news_forms` without its gate: every form tried in turn (the reference the gate is tested against)."""
    if " " in text or "\u3000" in text:
        text = _WRAPPED_RE.sub("", text)  # 获委 任为X, 陆永新先 生 (a PDF's wrapped line)
    if "缺" in text and "由" in text:
        text = _VACANCY_RE.sub("", text)  # X的空缺，就由A接任 → X就由A接任
    if "岁" in text:
        text = _AGE_RE.sub(_age, text)  # 33岁周羿希接任X
    if "辞" in text or "卸任" in text:
        text = _RESIGN_MIDDLE_RE.sub(_resign_middle, text)  # A于今年10月以…为由，提早辞任X
    if _ADDRESS_TITLE_RE.search(text):
        text = _ADDRESS_TITLE_RE.sub(_address_title, text)  # 委任陈培辉牧师出任为X
    if "任为" in text:
        text = _VERB_WITH_WEI_RE.sub(lambda m: m.group()[:-1], text)  # 出任为X → 出任X
    if "*" in text or "＊" in text or "※" in text or "#" in text:
        text = _NOTE_MARK_RE.sub("", text)  # *7 王秀峰先生于…辞任X
    if "月" in text or "周" in text or "星期" in text or "年初" in text:
        text = _TIME_WORD_RE.sub(_time_word, text)  # 杜玉波上月调任X
    if "誓" in text or "就职" in text:
        text = _OATH_RE.sub(_oath, text)  # 第17届南投县长林明溱宣誓就职
    if "辞" in text or "退任" in text or "就任" in text or "委任" in text or "真除" in text or "派兼" in text:
        text = _VERB_FORM_RE.sub(_verb_form, text)  # 请辞X / 退任X / 就任X
    if _PARTY_GATE_RE.search(text):
        text = _PARTY_RE.sub(_party, text)  # 民主党程张迎当选主席 → 程张迎当选主席 (trad18)
    if "代理" in text and _DESIGNATION_GATE_RE.search(text):
        text = _DESIGNATED_RE.sub(
            _designated, text
        )  # 县府指派秘书陈正益代理乡长职务 → 决定由陈正益代理乡长职务 (trad18)
        text = _POST_FIRST_ACTING_RE.sub(_post_first_acting, text)  # 部长职务由次长花敬群代理 (trad18)
    if "正副" in text:
        text = _PAIRED_RE.sub(_paired, text)
    if "原" in text and ("(" in text or "（" in text):
        text = _listed_formers(text)  # X区长A(原Y),… → A任X区长,… (appoint32)
    if "、" in text and _LIST_ALL_GATE_RE.search(text):
        text = _LIST_ALL_RE.sub(_list_all, text)  # A、B,皆调升X → A、B皆调升X (appoint32)
    if _LEAVING_GATE_RE.search(text):
        if "前" in text:
            text = _FORMER_IN_HELD_RE.sub(_former_in_held, text)  # 侨委会前委员长A卸任 → 侨委会委员长A卸任 (appoint32)
        text = _LEAVING_TITLE_RE.sub(_leaving_title, text)  # 客家局长A因…卸任局长 → …卸任 (appoint32)
    if "由" in text and _HOLDER_DESCRIBED_GATE_RE.search(text):
        text = _HOLDER_DESCRIBED_RE.sub(_holder_described, text)  # X由“某局长”A出任 → X由A出任 (appoint32)
    if "由" in text and _SUCCESSOR_GATE_RE.search(text):
        text = _SUCCESSOR_VARIANT_RE.sub(r"由\g<who>接任", text)  # 研考会主委由前主计处长陈淑姿出马 (trad18)
    if HEADLINE_PROMOTION_VERB in text:
        text = _PROMOTED_RE.sub(_promoted, text)  # 文化局长叶泽山升副市长 → …叶泽山升任副市长 (trad18)
    if "新任" in text and _TAKING_OFFICE_GATE_RE.search(text):
        text = _NEW_HOLDERS_RE.sub(_new_holders, text)  # 新任分局长苗栗苏旭茂、竹南潘嘉旺…宣誓就职 (trad18)
    if "当选" in text or "连任" in text:
        text = _POST_FIRST_ELECTED_RE.sub(
            _post_first_elected, text
        )  # 议长由张胜德23票当选 → 张胜德当选议长 (trad18)  # A及B自动当选X正副主席 → A当选X主席，B当选X副主席 (trad18)
    return text


# Round trad18: a party printed before a person (民主党程张迎当选主席, 国民党籍议长沈宗隆顺利连任): dropped when a
# name follows (after an optional seat or post) and then a change verb or the second name of a pair.
_PARTY_GATE_RE = compile_re(alternation(PARTY_AFFILIATIONS))
_PARTY_RE = compile_re(
    rf"(?P<sep>、)?(?:{alternation(PARTY_AFFILIATIONS)})(?:{alternation(PARTY_AFFILIATION_TAILS)})?(?=[{_CJK}])"
)
_PAIR_JOINERS = ("及", "和", "与", "、", "搭配")
_PAIR_JOINERS_LONGEST = tuple(sorted(_PAIR_JOINERS, key=len, reverse=True))  # 搭配 tried first
_PARTY_FOLLOW_RE = compile_re(
    rf"(?:(?:{PAIR_VOTES_PATTERN}|{alternation(PAIR_VERB_ADVERBS)})[，,]?){{0,2}}"
    rf"(?:{alternation(PARTY_NAME_VERBS)}|{alternation(_PAIR_JOINERS)})"
)
_CJK_CHAR_RE = compile_re(rf"[{_CJK}]")
_PARTY_AFTER_WORDS = "由及和与的为是"  # 由民主党郑丽琼…, A及独立周贤明: the words a party may follow
_SEAT_WORDS = ("市议员", "县议员", "区议员", "议员", "立委")
_PARTY_SEAT_RE = compile_re(rf"(?:{alternation(_SEAT_WORDS)}|议长|副议长)?")


def _party(m: re.Match[str]) -> str:
    """The party dropped when a person's name follows (after a seat word) and then a verb or a pair's joiner;
    a 、 before it goes too when a seat ends the words before (区议员、民主党程张迎: both describe 程张迎)."""
    text, end = m.string, m.end()
    before = text[m.start() - 1] if m.start() > 0 else ""
    if m.group("sep") is None and _CJK_CHAR_RE.match(before) and before not in _PARTY_AFTER_WORDS:
        return m.group()  # inside a longer word (中国民主党派): never a party before a name
    at = _PARTY_SEAT_RE.match(text, end)
    start = at.end() if at is not None else end
    for size in (2, 3, 4):
        name = text[start : start + size]
        if len(name) == size and is_person_name(name) and _PARTY_FOLLOW_RE.match(text, start + size):
            if m.group("sep") and not text[: m.start()].endswith(_SEAT_WORDS):
                return "、"
            return ""
    return m.group()


# Round trad18: a government designating an acting holder — 县府指派秘书陈正益代理乡长职务, 行政院…指派赖顺贤继续代理台东县长
# (the person after an optional post held), 指定部长职务由次长花敬群代理 (the post first) —: read as 决定由A代理X职务.
_DESIGNATION_GATE_RE = compile_re(alternation(ACTING_DESIGNATION_VERBS))
_DESIGNATED_RE = compile_re(
    rf"(?:{alternation(ACTING_DESIGNATION_VERBS)})(?P<who>[{_CJK}]{{2,20}}?)(?:{alternation(ACTING_CONTINUE_WORDS)})?"
    rf"代理(?P<post>[{_CJK}]{{2,20}}?)(?:职务|一职)?(?=[，,。；;]|$)"
)
_POST_FIRST_ACTING_RE = compile_re(
    rf"(?:{alternation(ACTING_DESIGNATION_VERBS)})(?P<post>[{_CJK}]{{2,20}}?)(?:职务|一职)由"
    rf"(?P<who>[{_CJK}]{{2,20}}?)(?:{alternation(ACTING_CONTINUE_WORDS)})?代理(?=[，,。；;]|$)"
)
_NOT_DONE_BEFORE = 6  # characters before the verb looked at for a plan or a wish (将指派, 拟指派)


def _designated_person(who: str) -> str | None:
    """The person's name ending ``who``, after an optional post held (秘书陈正益, 次长花敬群): the one length whose
    post before it is empty or ends in a title; when none does, the longest (次长|花敬群, never 次长花|敬群)."""
    fits = [who[-size:] for size in (2, 3, 4) if len(who) >= size and is_person_name(who[-size:])]
    titled = [name for name in fits if len(name) == len(who) or _title_at_end(who[: -len(name)])]
    if len(titled) == 1:
        return titled[0]
    return fits[-1] if fits and not titled else None


def _not_stated_before(text: str, at: int) -> bool:
    """Does the clause of ``text`` before ``at`` end in a negation, a question or a past (县府未|, 是否|), or open on a
    condition (若县府|)? (Review round 18.)"""
    clause = _clause_before(text, at)
    return clause.endswith(_NOT_DONE_BEFORE_VERB) or clause.startswith(_CONDITION_OPENERS)


def _acting_rewrite(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - _NOT_DONE_BEFORE) : m.start()]
    if _NOT_DONE_RE.search(before) or _not_stated_before(m.string, m.start()):
        return m.group()  # 将指派张三代理X: a plan; 未指派 / 是否指派 / 若县府指派: no change (review round 18)
    name, post = _designated_person(m.group("who")), m.group("post")
    if name is None or not _title_at_end(post):
        return m.group()
    return f"，决定由{name}代理{post.removeprefix('原')}职务"


def _designated(m: re.Match[str]) -> str:
    return _acting_rewrite(m)


def _post_first_acting(m: re.Match[str]) -> str:
    return _acting_rewrite(m)


# Round trad18: a post-first clause closed by a variant of 接任 (由前主计处长陈淑姿出马, 由教授魏国彦接手): read as 接任.
_SUCCESSOR_GATE_RE = compile_re(alternation(SUCCESSOR_VERB_VARIANTS))
_SUCCESSOR_VARIANT_RE = compile_re(
    rf"由(?P<who>[{_CJK}]{{2,24}}?)(?:{alternation(SUCCESSOR_VERB_VARIANTS)})(?=[，,。；;！!\s]|$)"
)
# Appoint32: a leaving after the post held and the name (LEAVING_AFTER_HELD_VERBS): a bare title after the verb that
# repeats the post held is dropped (林素琴因生涯规画卸任局长 → …卸任: the post held is the position), and so is 前 between
# the body and the title of the post held (侨委会前委员长童振源卸任 → 侨委会委员长童振源卸任). Each verb looks back at most
# _LOOK_BACK characters of its clause; the title after it at most 8, the words before it at most 16.
_LEAVING_VERBS = alternation(LEAVING_AFTER_HELD_VERBS)
_LEAVING_GATE_RE = compile_re(_LEAVING_VERBS)
_LEAVING_TITLE_RE = compile_re(rf"(?P<verb>{_LEAVING_VERBS})(?P<title>[{_CJK}]{{2,8}}?)(?=[，,。；;！!\s]|$)")
_FORMER_IN_HELD_RE = compile_re(rf"(?<=[{_CJK}])前(?P<rest>[{_CJK}]{{3,16}}?)(?={_LEAVING_VERBS})")


def _held_and_name(before: str) -> tuple[str, str] | None:
    """The post held and the name ending ``before`` (a day or a reason 因… between them and the verb allowed): exactly
    one name length fitting after a title."""
    tail = _AFTER_NAME_RE.search(before)
    head = before[: tail.start()] if tail is not None else before
    fits = [
        size
        for size in (2, 3, 4)
        if len(head) - size >= 2 and is_person_name(head[-size:]) and _title_at_end(head[:-size]) is not None
    ]
    return (head[: -fits[0]], head[-fits[0] :]) if len(fits) == 1 else None


def _leaving_title(m: re.Match[str]) -> str:
    """新北市客家局长林素琴卸任局长 → 新北市客家局长林素琴卸任: the title dropped when it repeats the post held."""
    title, before = m.group("title"), _clause_before(m.string, m.start())
    held = _held_and_name(before)
    if _NOT_DONE_RE.search(before) or _title_at_end(title) != title or held is None or not held[0].endswith(title):
        return m.group()
    return m.group("verb")


def _former_in_held(m: re.Match[str]) -> str:
    """侨委会前委员长童振源卸任 → 侨委会委员长童振源卸任: 前 after a body and before the title held and the name."""
    before = _clause_before(m.string, m.start())
    held = _held_and_name(m.group("rest"))
    if (
        _NOT_DONE_RE.search(before)
        or not before.endswith(ORG_SUFFIX_TUPLE)
        or held is None
        or _title_at_end(held[0]) != held[0]
    ):
        return m.group()
    return m.group("rest")


# Appoint32: a list of persons, a comma, then 皆/均/都 and the verb they share (LIST_ALL_ADVERBS, LIST_ALL_VERBS) —
# A、B,皆调升X → A、B皆调升X: only when the clause before the comma holds 、 and ends in a name.
_LIST_ALL_GATE_RE = compile_re(alternation(LIST_ALL_VERBS))  # the shared verb, before the pattern is tried
_LIST_ALL_RE = compile_re(rf"[，,](?=(?:{alternation(LIST_ALL_ADVERBS)})(?:{alternation(LIST_ALL_VERBS)}))")


def _list_all(m: re.Match[str]) -> str:
    before = _clause_before(m.string, m.start())
    if "、" not in before or _NOT_DONE_RE.search(before) or not _ends_with_person(before):
        return m.group()
    return ""


# Appoint32: items of a list of new heads — the post, the name, (原 the post held) — each opening its clause
# (LISTED_FORMER_LEADS): 东区区公所区长黄炳元(原官田区公所区长) → 黄炳元任东区区公所区长, when the block holds at least
# LISTED_FORMER_MIN such items, the name fits one way only after a title, and the bracket holds a post ending in a title.
_LISTED_FORMER_RE = compile_re(
    rf"(?:(?<=[，,；;：:。\n])|^)(?P<item>[{_CJK}]{{5,34}}?)[（(](?:{alternation(LISTED_FORMER_LEADS)})"
    rf"(?P<held>[^（）()\n，,；;。]{{2,30}}?)[）)](?=[，,；;。\s]|$)"
)


_HELD_NOW_OR_BEFORE = ("现任", *HELD_BEFORE_LEADS)


def _listed_former(m: re.Match[str]) -> str:
    item = m.group("item")
    fits = [
        size
        for size in (2, 3, 4)
        if len(item) - size >= 3 and is_person_name(item[-size:]) and _title_at_end(item[:-size]) is not None
    ]
    if len(fits) != 1 or _title_at_end(m.group("held")) is None:
        return m.group()
    if item.startswith(_HELD_NOW_OR_BEFORE):
        return m.group()  # 现任东区区公所区长A(原Y): a post held now, no change told
    if opens_with_rumour(item):
        return m.group()  # 传东区区公所区长A(原Y): a rumour (never _NOT_DONE_RE's 将: 将军区公所区长 is a post)
    return f"{item[-fits[0] :]}任{item[: -fits[0]]}"


def _listed_formers(text: str) -> str:
    """东区区公所区长黄炳元(原官田区公所区长),中西区公所区长蔡佳甫(原…) → 黄炳元任东区区公所区长,蔡佳甫任…: only
    where at least LISTED_FORMER_MIN items read so."""
    read = [_listed_former(m) for m in _LISTED_FORMER_RE.finditer(text)]
    if (
        sum(1 for m, r in zip(_LISTED_FORMER_RE.finditer(text), read, strict=True) if r != m.group())
        < LISTED_FORMER_MIN
    ):
        return text
    return _LISTED_FORMER_RE.sub(_listed_former, text)


# Appoint32: a post-first clause whose holder after 由 is described before the name (HOLDER_DESCRIBED_VERBS): a quoted
# post, a grade, two posts joined by 、, a clause closed by 的 — 律政司副司长由任职事务律师、民建联副主席张国钧出任 →
# 律政司副司长由张国钧出任. Each 由 looks at most 40 characters ahead, up to the verb closing the clause; 由于 / 理由 …
# are no such 由 (HOLDER_DESCRIBED_NOT_AFTER / _NOT_BEFORE).
_HOLDER_DESCRIBED_GATE_RE = compile_re(alternation(HOLDER_DESCRIBED_VERBS))
_HOLDER_DESCRIBED_RE = compile_re(
    rf"(?<![{HOLDER_DESCRIBED_NOT_AFTER}])由(?![{HOLDER_DESCRIBED_NOT_BEFORE}])"
    rf"(?P<desc>[^由，,。；;：:！？!?\s]{{2,40}}?)(?P<verb>{alternation(HOLDER_DESCRIBED_VERBS)})(?=[，,。；;！？!?\s]|$)"
)
_HOLDER_QUOTES = str.maketrans("", "", "".join(HOLDER_DESCRIPTION_QUOTES))
_HELD_GRADES = tuple(HELD_GRADE_ENDINGS)


def _describes_holder(before: str) -> bool:
    """Whether the words before a name describe its holder: a post (…副署长), a grade (…大律师) or a clause
    closed by 的 (…毕业的)."""
    return before.endswith("的") or before.endswith(_HELD_GRADES) or _title_at_end(before) is not None


def _holder_described(m: re.Match[str]) -> str:
    """由台当局“警政署副署长”刘勤章出任 → 由刘勤章出任: the name kept when exactly one name length fits after a
    description; the match as it is otherwise (a bare name, two names, a name that is a title: 由县府的王科长接任)."""
    desc = m.group("desc").translate(_HOLDER_QUOTES)
    verb = "接掌" if m.group("verb") == "出掌" else m.group("verb")
    if desc == m.group("desc") and (is_person_name(desc) or is_married_name(desc)):
        return f"由{desc}{verb}"  # 台南市警察局长由陈子敬出掌: the verb only
    fits = [
        desc[-size:]
        for size in (2, 3, 4)
        if len(desc) - size >= 2
        and (is_person_name(desc[-size:]) or (size == 4 and is_married_name(desc[-size:])))
        and _title_at_end(desc[-size:]) is None
        and _describes_holder(desc[:-size])
    ]
    if len(fits) != 1:
        return m.group()
    return f"由{fits[0]}{verb}"


# Round trad18: a headline's 升 for 升任 — 文化局长叶泽山升副市长: the post held, the name, 升, the new post ending its
# clause; only when the name fits after a title and the post is one.
_PROMOTED_RE = compile_re(
    rf"(?P<head>[{_CJK}]{{4,24}}?){HEADLINE_PROMOTION_VERB}(?![任为至职级格迁调])(?P<post>[{_CJK}]{{2,12}}?)(?=[，,。；;！!\s]|$)"
)


def _promoted(m: re.Match[str]) -> str:
    head, post = m.group("head"), m.group("post")
    fits = [
        size
        for size in (2, 3, 4)
        if len(head) - size >= 2 and is_person_name(head[-size:]) and _title_at_end(head[:-size]) is not None
    ]
    if len(fits) != 1 or _title_at_end(post) is None or (split_position(post)[0] is None and len(post) > 6):
        return m.group()
    return f"{head}{HEADLINE_PROMOTION_VERB}任{post}"


# Round trad18: new holders listed after 新任, then (a count, 一起, a day and) the verb of taking office: items of a place
# and a name under one title (新任分局长苗栗苏旭茂、竹南潘嘉旺…), or of a post and a name (新任督察长王立德及主任秘书邱绍雄).
_TAKING_OFFICE_GATE_RE = compile_re(alternation(TAKING_OFFICE_VERBS))
_NEW_HOLDERS_RE = compile_re(
    rf"新任(?P<items>[{_CJK}、]{{4,80}}?)(?:[\d一二三四五六七八九十两]{{1,2}}[人位名])?(?:一起|一同|同时)?"
    rf"(?:[\d]{{1,2}}日)?(?:{alternation(TAKING_OFFICE_VERBS)})"
)
_HOLDER_SPLIT_RE = compile_re("、|及|和")
_PLACE_LEN = 2  # a Taiwan township's or district's name before a holder (苗栗, 竹南, 头份)


def _name_end(item: str, valid: Callable[[str], bool]) -> tuple[str, str] | None:
    """(prefix, name): the one name length at the end of ``item`` whose prefix ``valid`` accepts."""
    fits = [(item[:-size], item[-size:]) for size in (2, 3, 4) if len(item) > size and is_person_name(item[-size:])]
    fits = [(prefix, name) for prefix, name in fits if valid(prefix)]
    return fits[0] if len(fits) == 1 else None


def _new_holders(m: re.Match[str]) -> str:
    if m.group("items").endswith(_NOT_DONE_BEFORE_VERB) or _not_stated_before(m.string, m.start()):
        return m.group()  # 新任局长张三尚未到职 / 何时上任: no holder taking office (尚未 had been the person; rev18)
    items = _HOLDER_SPLIT_RE.split(m.group("items"))
    changes: list[tuple[str, str]] = []
    title = None
    for k, item in enumerate(items):
        found = _name_end(item, lambda prefix: _title_at_end(prefix) is not None)
        if found is not None and title is None:
            changes.append((found[1], found[0]))  # 督察长王立德: a post and a name
            continue
        if k == 0:
            found = _name_end(
                item, lambda prefix: len(prefix) > _PLACE_LEN and _title_at_end(prefix[:-_PLACE_LEN]) is not None
            )
            if found is None:
                return m.group()
            title, place = found[0][:-_PLACE_LEN], found[0][-_PLACE_LEN:]
            changes.append((found[1], place + title))  # 分局长苗栗苏旭茂: the title, a place, a name
            continue
        if title is None:
            return m.group()
        found = _name_end(item, lambda prefix: len(prefix) == _PLACE_LEN and _title_at_end(prefix) is None)
        if found is None:
            return m.group()
        changes.append((found[1], found[0] + title))
    if len(changes) != len(items):
        return m.group()
    before = m.string[m.start() - 1 : m.start()]
    lead = "，" if before and _CJK_CHAR_RE.match(before) else ""  # 随后新任…: 随后 is no part of the first name
    return lead + "，".join(f"{name}出任{post}" for name, post in changes)


# Round trad18: the post before the elected person and none after the verb (议长由张胜德23票当选, 副议长陈汉钟也是23票获得
# 连任): the clause from its start (or a linking word) is the post, then 由, the name, a vote count, the verb at the
# clause's end. Read as A当选X; the clause's text before the name must end in a title.
_POST_FIRST_ELECTED_RE = compile_re(
    rf"(?<![^，,。；;：:\s！!])(?:(?:{alternation(POST_FIRST_LINKERS)})[，,]?)?(?P<head>[{_CJK}\d]{{4,36}}?)"
    rf"(?:{POST_FIRST_ELECTED_MIDDLE})?(?:当选|连任)(?:成功)?(?=[，,。；;！!\s]|$)"
)


def _post_first_elected(m: re.Match[str]) -> str:
    head = m.group("head")
    fits = []
    for size in (2, 3, 4):
        name, post = head[-size:], head[:-size]
        post = post.removesuffix("由")
        if (
            len(post) >= 2
            and is_person_name(name)
            and _title_at_end(post) is not None
            and not _NOT_DONE_RE.search(post)
        ):
            fits.append((name, post))
    if len(fits) != 1:
        return m.group()  # no name, or which characters are the name cannot be told
    name, post = fits[0]
    return f"{name}当选{post}"  # the linking word (开票结果, 而) dropped with the clause's head


# Round trad18: a pair of persons elected together to a post and its deputy — A及B自动当选西贡区议会正副主席, 国民党A及B
# 顺利连任正副议长, 程张迎及黄学礼任沙田区正副主席 (a headline) —: the first the holder, the second the deputy. The pair
# opens its clause (or follows 由), adverbs or a vote count may stand before the verb, the body after it.
_PAIRED_RE = compile_re(
    rf"(?<![{_CJK}、])(?P<lead>由)?(?P<seat>[市县区]?议员)?(?P<pair>[{_CJK}]{{2,4}}(?:{alternation(_PAIR_JOINERS)})[{_CJK}]{{2,4}}?)"
    rf"(?P<mid>(?:[，,]?(?:{alternation(PAIR_VERB_ADVERBS)})|{PAIR_VOTES_PATTERN}){{0,3}})"
    rf"(?P<verb>{alternation(PAIR_VERBS)})(?P<org>[^，,。；;、：:正副]{{0,24}}?)"
    rf"正副(?P<title>{alternation(PAIRED_DEPUTY_TITLES)})(?P<tail>连任成功|连任)?"
)


def _pair_names(pair: str) -> tuple[str, str] | None:
    """A及B → (A, B) when both sides of exactly one joiner are persons' names."""
    for joiner in _PAIR_JOINERS_LONGEST:
        first, sep, second = pair.partition(joiner)
        if sep and is_person_name(first) and is_person_name(second):
            return first, second
    return None


def _paired(m: re.Match[str]) -> str:
    names = _pair_names(m.group("pair"))
    if m.group("pair").endswith(_NOT_DONE_BEFORE_VERB) or _not_stated_before(m.string, m.start()):
        return m.group()  # A及B未当选正副主席: no pair elected (李四未 had been the deputy; review round 18)
    if names is None:
        return m.group()
    verb, org, title = PAIR_VERBS[m.group("verb")], m.group("org"), m.group("title")
    return f"{names[0]}{verb}{org}{title}，{names[1]}{verb}{org}副{title}"


class _Record(Protocol):
    @property
    def action(self) -> str: ...
    @property
    def person(self) -> str: ...
    @property
    def position(self) -> str: ...


_R = TypeVar("_R", bound=_Record)


def _is_short_name(short: str, full: str) -> bool:
    """港台 of 香港电台: fewer characters, each in order in the full name, the same last one (its kind of body)."""
    if not 2 <= len(short) < len(full) or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)  # a subsequence: each character found after the one before


def one_change_each(records: list[_R]) -> list[_R]:
    """Records of one change told twice, kept once:

    * a leaving of one post told twice — 高宝华卸任劳动局长 (a sub-headline), then 高宝华因…请辞劳动局长 (lifeinfo,
      dev) — is the resignation: a removal of the same person and post as a resignation is dropped (no labelled text
      holds both);
    * a post named by the body's short name — 林大辉出任港台顾问委员会主席 (a headline), then 再度委任林大辉为香港
      电台顾问委员会主席 (the form of hkmo33 2022, dev) — is the full one: of two records of one person, action and title whose
      organizations differ, the one whose organization is a short name of the other's is dropped.
    """
    resigned = {(r.person, r.position) for r in records if r.action == "resign"}
    if resigned:
        records = [r for r in records if r.action != "remove" or (r.person, r.position) not in resigned]
    if len(records) < 2:
        return records
    by_person: dict[tuple[str, str], list[_R]] = {}
    for r in records:
        by_person.setdefault((r.person, r.action), []).append(r)
    short: set[int] = set()
    for group in by_person.values():  # a person's few records: the pairs inside a group only (linear in the document)
        posts = [split_position(r.position) for r in group] if len(group) > 1 else []
        for (org, title), r in zip(posts, group, strict=False):
            if (
                org
                and title
                and any(
                    other_title == title and other_org and _is_short_name(org, other_org)
                    for other_org, other_title in posts
                )
            ):
                short.add(id(r))
    return [r for r in records if id(r) not in short] if short else records


# --- a body's chair and members reappointed with their seats, then new members counted -----------------------------

_SEAT = alternation(REAPPOINTED_SEATS)
_COUNT = r"(?:[\d０-９]{1,2}|[一二两三四五六七八九十]{1,3})名"
# 再度委任医管局现任主席范鸿龄和2名现任成员邱达根及黄永灏: the body, its first seat, then the rest to the clause's end.
_REAPPOINTED_RE = compile_re(
    rf"(?:再度|再次|再)委任(?P<body>[{_CJK}]{{2,16}}?)现任(?P<seat>{_SEAT})(?P<rest>[^，,；;。：:！？\n]{{2,80}})"
)
_LISTED_SPLIT_RE = compile_re(r"以及|和|及|与|、")
_SEAT_ITEM_RE = compile_re(rf"^(?:{_COUNT})?(?:现任(?P<seat>{_SEAT}))?(?P<name>[{_CJK}]{{2,4}})$")
# 另外委任2名新成员，分别是测量师温文仪及东华三院前任主席何超蕸: the count, the seat, the names after 分别是/为.
_NEW_COUNTED_RE = compile_re(
    rf"委任(?P<count>{_COUNT})新(?P<seat>成员|委员)[，,]?分别(?:是|为)(?P<names>[^，,；;。：:！？\n]{{2,80}})"
)
_NUMBERS = {ch: k for k, ch in enumerate(f"{CN_ORDINALS}", start=1)} | {"两": 2}
_PROFESSIONS: tuple[str, ...] = tuple(NEW_MEMBER_PROFESSIONS)


def _count(text: str) -> int | None:
    digits = text.removesuffix("名").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if digits.isdigit():
        return int(digits)
    return _NUMBERS.get(digits)  # one character: 二, 两, 三 … (十一 and above are not counted lists here)


def _name_after_descriptor(item: str) -> str | None:
    """测量师温文仪 → 温文仪, 东华三院前任主席何超蕸 → 何超蕸, 张三 → 张三: a name alone, or after a profession or a
    post (its title ends the words before the name); None otherwise."""
    if is_person_name(item):
        return item
    for size in (3, 2, 4):
        head, name = item[:-size], item[-size:]
        if head and is_person_name(name) and (head.endswith(_PROFESSIONS) or _title_at_end(head) is not None):
            return name
    return None


def reappointed_seats(text: str) -> tuple[list[_Change], str | None]:
    """The changes of 再度委任<body>现任<seat>A和N名现任<seat>B及C (each A, B, C a <body><seat>), and of 另外委任N名
    新成员，分别是<…>D及<…>E (<body>成员, the body of the first form; the count must match); and the body read.
    Precision first: an item that is not a count, a seat and a name, or a count that differs, and nothing."""
    changes: list[_Change] = []
    body: str | None = None
    for m in _REAPPOINTED_RE.finditer(text):
        if not m.group("body").endswith(ORG_SUFFIX_TUPLE):
            continue
        seat = m.group("seat")
        found: list[_Change] = []
        for item in _LISTED_SPLIT_RE.split(m.group("rest")):
            part = _SEAT_ITEM_RE.match(item.strip(" \u3000"))
            if part is None or not is_person_name(part.group("name")):
                found.clear()
                break
            seat = part.group("seat") or seat
            found.append((APPOINT, part.group("name"), m.group("body") + seat, None))
        if found:
            body = m.group("body")
            changes.extend(found)
    if body is not None:
        for m in _NEW_COUNTED_RE.finditer(text):
            names = [_name_after_descriptor(item.strip(" \u3000")) for item in _LISTED_SPLIT_RE.split(m.group("names"))]
            if names and None not in names and _count(m.group("count")) == len(names):
                changes.extend((APPOINT, name, body + m.group("seat"), None) for name in names if name is not None)
    return changes, body
