"""What every reader of personnel changes uses (the lowest layer of :mod:`.appointments`).

The verbs and their patterns (APPOINT / REMOVE / RESIGN, VERB_RE, HEADER_TAILS), the change record
(:class:`_Change`) and its builder (:func:`_changes`: persons x posts, 分别, CPPCC seats), names cut out
of run-on text and slots (:func:`_split_run_in`, :func:`_name_in_slot`, :func:`_all_names`), the post
that follows a name (:func:`_post_starts`, :func:`_further_post`) and the organisation a post inherits
(:func:`_inherit_organizations`). Imports :mod:`..people` and the earlier stages only; every other module
of the package imports it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..._pattern_cache import compile_re
from ...vocab.common import CJK as _CJK
from ...vocab.common import CJK_EXTENDED, LazyPattern, alternation
from ...vocab.numerals import CN_ORDINALS
from ...vocab.personnel import (
    ACTING_PREFIX,
    ACTING_VERBS,
    ALREADY_HELD,
    APPOINT_VERBS_MORE,
    BODY_MEMBER_TITLES,
    BODY_SUFFIXES,
    BOUNDED_SURNAME_WORDS,
    BOUNDED_SURNAMES,
    COMPOUND_SURNAMES,
    CPPCC_SEAT_PATTERN,
    ELECTED_NOT_POSTS,
    ELECTION_CONTEXT_WORDS,
    EXECUTIVE_OFFICER_TITLES,
    GOVERNMENT_SUFFIXES,
    HELD_GRADE_ENDINGS,
    HONORIFICS,
    KEPT_POST_VERBS,
    LEAVE_VERBS,
    LEVEL_OPENED_PLACE_MAX,
    LEVEL_PLACE_ORGANS,
    LEVEL_WORD_NOUNS,
    MID_LIST_SURNAMES,
    MOVE_PROPOSALS,
    MOVE_VERBS,
    NAME_FIRST_VERBS,
    NAME_REMARK_LEADS,
    NEW_BODY_ATTRIBUTIVES,
    NOT_NAMES,
    NOT_PLACE_OPENERS,
    PARTY_COMMITTEE_MARK,
    PARTY_COMMITTEE_PLACE_ENDS,
    PARTY_COMMITTEE_SEATS,
    PARTY_NAME_PREFIX,
    PLACE_HEAD_TITLES,
    PLACE_NEVER_CHARS,
    PLACE_STARTS,
    PLACELESS_BODIES,
    REASON_VERBS,
    REMOVE_VERBS,
    SHORT_LEAD_VERBS,
    SINGLE_MOVE_LEAD_WORDS,
    SINGLE_MOVE_NOT_TOLD_LEADS,
    SINGLE_SURNAMES,
    SUB_UNIT_SUFFIXES,
    TITLE_SET,
    TRANSLITERATED_NAME_CHARS,
    TRANSLITERATED_NAME_SIZES,
    UNLISTED_NAME_NEVER_FIRST,
)
from ..people import (
    _ALL_CJK_RE,
    _DEFAULT_STARTS,
    _NON_NAME_CHARS,
    _NON_NAME_LAST,
    _PLACE_LEVELS,
    TRIGGER_RE,
    _name_sizes,
    _name_with_bounded_last,
    _org_is_plausible,
    _parse_posts,
    _post_and_name,
    _run_in_sizes,
    _start_strength,
    _stem_length,
    _title_at_end,
    is_married_name,
    is_person_name,
    split_position,
)

APPOINT, REMOVE, RESIGN = "appoint", "remove", "resign"
# Numbers printed in one character before an item (round 8): ①–⑳, ⑴–⒇, ⒈–⒛.
_CIRCLED_NUMBERS = "\u2460-\u249b"
_CIRCLED_NUMBER_CHARS = "".join(map(chr, range(0x2460, 0x249C)))


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

# Cheap pre-filter: a block without any of these cannot hold a personnel change or the meeting
# that decided one, unless a header (任命： / 免去：) above it is still in force. 任 counts unless
# it is part of a common non-personnel word (任务, 责任, 主任 alone, 担任), so long plans cost little.
# Every branch starts with its character (the look-behind after 任, not before it), so that the
# engine scans for those characters instead of trying every branch at every position (5x faster).
# 同志 / 先生 / 女士 after a name (HONORIFICS), optional in many patterns below: written once
_HONORIFIC_ALTERNATION = alternation(HONORIFICS)

# A personnel verb that leads its clause's people and posts.
VERB_RE = compile_re(
    r"""
    (?:
      (?P<appoint>任命|聘任|聘请|聘用|{more})   # 决定任命张三为… / 聘任李四为…中心主任 / 新聘A等15人为…
    | (?P<remove>{remove})                # 免去李四的…职务 / 免去其…职务 / 免去： / 免除A一职
    )了?                                  # 会议任命了A为… / 罢免了A的…职务 (news)
    """.format(remove=alternation(REMOVE_VERBS), more="|".join(APPOINT_VERBS_MORE)),
    re.VERBOSE,
)

# What may follow a verb in a header that announces a list below it.
HEADER_TAILS = frozenset(
    {"", "下列同志", "以下同志", "下列人员", "以下人员", "如下", "下列同志职务", "以下同志职务", "名单", "人员名单"}
    | {"下列同志的职务", "以下同志的职务", "下列人员职务", "以下人员职务"}  # 决定免去下列同志的职务： (round 6)
)
# The place at the start of a post: 嘉兴市南湖区 / 虹口区 / 北京市 (…人民政府副区长).
_POST_PLACE_RE = LazyPattern(rf"^(?![区市县省])(?:[{_CJK}]{{2,6}}?[省市])?[{_CJK}]{{1,6}}?[区县市旗]")


# A run-in "post" opening with one or two characters and 为: the name was cut (任命李玉|科为…).
_CUT_BEFORE_WEI_RE = LazyPattern(rf"[{CJK_EXTENDED}]{{1,2}}为")
# …and one opening with one to four characters and 的: the name was cut (免去乌云|其木格的…, round 9).
_CUT_BEFORE_DE_RE = LazyPattern(rf"[{CJK_EXTENDED}]{{1,4}}的")


def _split_run_in(text: str, starts: tuple[str, ...]) -> tuple[str, str] | None:
    """郭红北京市平谷区…职务 → (郭红, 北京市平谷区…职务): split where the post begins. A space
    ends the name (欧阳文华　X局局长 under 任命：, round 8); a post never holds one (欧阳文 + 华　X…)."""
    if "同志" in text[2:8]:
        return None  # 杨冬生等同志X: the name is closed, never 杨冬 + 生等同志X (a false record, round 13)
    if text[:1] in SHORT_LEAD_VERBS and text[1:2] in _PLACE_LEVELS:
        return None  # 任市财政局局长: a verb and a place, never the name 任市财 (a false record, round 13)
    space = _RUN_ON_SPACE_RE.search(text, 0, 20)
    if space is not None:
        name, rest = text[: space.start()], text[space.end() :]
        if _RUN_ON_SPACE_RE.search(rest) is not None or not rest:
            return None
        if is_person_name(name) or _is_transliterated(name) or is_married_name(name):  # 乌云其木格　X局局长 (round 9)
            return name, rest
        if len(name) == 1 and len(rest) > 3 and is_person_name(name + rest[0]):
            # 王　强X局局长: a two-character name spaced out, run into its post (round 9) — only where
            # the post reads from the next character on
            posts, _note = _parse_posts(rest[1:], starts)
            if posts and _start_strength(rest[1:], starts):
                return name + rest[0], rest[1:]
        return None
    best: tuple[int, str, str] | None = None
    for size in _name_sizes(text, _run_in_sizes(text)):
        name, rest = text[:size], text[size:]
        if not rest or rest[0] == "等" or _ends_a_place(rest) or not is_person_name(name):
            continue
        if text.startswith(_NAME_NEVER_CUTS, size - 1) or _CUT_BEFORE_WEI_RE.match(rest) or name[-1] == "为":
            continue  # a name never ends inside 分别 / 担任 …, nor one or two characters before 为 (李玉|科为…), nor
            # in 为 itself: 任命高新为某市… (为 the connector, never a name's last character run into a post; posts18)
        if rest.startswith(_NAME_NEVER_CUTS):
            continue  # …and a post never opens with such a word: 周济|將任X (a future post, round 13)
        if _CUT_BEFORE_DE_RE.match(rest):
            continue  # …nor a few characters before 的: 乌云 + 其木格的X局局长 (the name is 乌云其木格, round 9)
        strength = _start_strength(rest, starts)
        if strength and (best is None or strength > best[0]):
            best = (strength, name, rest)
    if best:
        return best[1], best[2]
    # Nothing marks where the post begins (张三商务局副局长). Prefer a split that leaves the
    # organization a stem of two characters or more (商务局, not 务局), then the most common
    # name length, three characters.
    fallback: tuple[str, str] | None = None
    for size in _name_sizes(text, tuple(sorted(_run_in_sizes(text), key=lambda n: (n != 3, n)))):
        name, rest = text[:size], text[size:]
        if not rest or rest[0] == "等" or _ends_a_place(rest) or not is_person_name(name):
            continue
        if (
            text.startswith(_NAME_NEVER_CUTS, size - 1)
            or name[-1] == "为"  # 任命高新为某市…: never the person 高新为 (posts18)
            or rest.startswith(_NAME_NEVER_CUTS)
            or _CUT_BEFORE_WEI_RE.match(rest)
            or _CUT_BEFORE_DE_RE.match(rest)
        ):
            continue
        posts, _note = _parse_posts(rest, starts)
        if not posts:
            continue
        if _stem_length(split_position(posts[0])[0]) != 1:
            return name, rest
        fallback = fallback or (name, rest)
    return fallback


# A level character closing a place, then a list separator: what came before was a place, not a
# name (批准任命龙海市、东山县、长泰县人民检察院检察长 — 漳州 2018: 龙海 is not a person).
_PLACE_LIST_RE = compile_re(r"[省市县区州旗镇乡][、，,和及与]")


def _ends_a_place(rest: str) -> bool:
    return _PLACE_LIST_RE.match(rest) is not None


_SLOT_CLOSERS = ("为", "同志", "辞去", "的")
_UNLISTED_NEVER_FIRST = frozenset(UNLISTED_NAME_NEVER_FIRST)


def _name_in_slot(name: str, after: str) -> bool:
    """A name the lists do not know, read only where the clause bounds it — right after a verb and
    right before 为 / 同志 / 辞去 / 的: 布小林 in 接受布小林辞去… (a surname not listed), 李玉科 in
    任命李玉科为… (a name ending in a character of BOUNDED_NAME_LAST_CHARS). Never a word: no
    function word, pronoun or count inside, no title or place-level character at its end."""
    if not (2 <= len(name) <= 3 and after.startswith(_SLOT_CLOSERS)) or not _ALL_CJK_RE.fullmatch(name):
        return False
    if name in NOT_NAMES or _title_at_end(name) is not None:
        return False
    if name[0] in SINGLE_SURNAMES or name[:2] in COMPOUND_SURNAMES:
        return _name_with_bounded_last(name)
    if name[0] in _UNLISTED_NEVER_FIRST or name[-1] in _NON_NAME_LAST:
        return False
    return not any(ch in _NON_NAME_CHARS or ch in _UNLISTED_NEVER_FIRST for ch in name)


def _bounded_name(name: str, after: str) -> bool:
    """农融 in 任命农融为…: a surname from BOUNDED_SURNAMES, read only when 为 / 的 / 、 closes the name
    (任命徐远通、区𫟹、罗斯宁为…); and a name read in its slot only (:func:`_name_in_slot`)."""
    mid_list = name[:1] in MID_LIST_SURNAMES and after.startswith("、")  # 、及聚声、陈彪 (round 24)
    if not (
        2 <= len(name) <= 3 and (mid_list or (name[0] in BOUNDED_SURNAMES and after.startswith(("为", "的", "、"))))
    ):
        return _name_in_slot(name, after)
    if name in NOT_NAMES or not _ALL_CJK_RE.fullmatch(name) or name[-1] in _NON_NAME_LAST:
        return False
    return not any(ch in _NON_NAME_CHARS for ch in name[1:]) and _title_at_end(name) is None


def _first_in_clause_bounded(name: str, after: str) -> bool:
    """项延训同志任X / 别必雄任X / 李金科任X (round 25): a three-character name the lists read only in a bounded
    slot, first in its clause — a surname of BOUNDED_SURNAMES or a last character of BOUNDED_NAME_LAST_CHARS,
    closed by 同志 or the verb 任 (never 任务 / 任期: words, no verb); the post after it must still read."""
    if len(name) != 3 or name in NOT_NAMES or not _ALL_CJK_RE.fullmatch(name) or _title_at_end(name) is not None:
        return False
    if name[0] in BOUNDED_SURNAMES:
        return (
            after.startswith(("同志", "任"))
            and not after.startswith(("任务", "任期"))
            and name[:2] not in BOUNDED_SURNAME_WORDS
            and name[-1] not in _NON_NAME_LAST
            and not any(ch in _NON_NAME_CHARS for ch in name[1:])
        )
    return after.startswith(("同志", "任")) and not after.startswith(("任务", "任期")) and _name_with_bounded_last(name)


_TRANSLITERATED_CHARS = frozenset("".join(TRANSLITERATED_NAME_CHARS))


def _is_transliterated(name: str) -> bool:
    """巴音朝鲁, 乌云其木格: a whole name transcribed without a dot (round 9)."""
    return len(name) in TRANSLITERATED_NAME_SIZES and name not in NOT_NAMES and _TRANSLITERATED_CHARS.issuperset(name)


def _acting(post: str) -> str:
    """某市人民政府市长 → 某市人民政府代理市长 (张三同志代理某市人民政府市长)."""
    organization, title = split_position(post)
    if title is None or title.startswith("代"):
        return post
    return f"{organization or ''}{ACTING_PREFIX}{title}"


# --------------------------------------------------------------------------------------------
# Clauses
# --------------------------------------------------------------------------------------------

_RESPECTIVELY = "分别"  # 任命张三、李四分别为某局局长、某局副局长: one post each, in order
_NAMED_DECISION_TAIL = "的决定"
# Two-character words a name never ends inside: 李四分|别, 张三担|任 (任命张三担任…), 张三兼|任.
# 张三拟任…: 张三拟 is no name; 王五挂任…: 王五挂 neither (round 7)
_NAME_NEVER_CUTS = (
    "分别",
    "担任",
    "兼任",
    "现任",
    "出任",
    "拟任",
    "原任",
    "挂任",
    "挂职",
    "主任",  # 张三主任… / 李四责任…: nouns, 任 in them is no verb (a name is never 张三主)
    "责任",
    *MOVE_VERBS,
    *MOVE_PROPOSALS,
    *LEAVE_VERBS,
    *ALREADY_HELD,  # 张三已出任X: 张三已 is no name (round 14)
    *ACTING_VERBS,  # 张三署任X: 张三署 is no name, 任 no verb of its own (round 15)
    *KEPT_POST_VERBS,  # 张三续任X: 张三续 is no name (round 18)
    *HONORIFICS,  # 聘任张三先生（博士）为X: 张三先 + 生（博士）为X was a false person and post (round 18)
)
_NAME_REMARK_RE = compile_re(rf"[（(](?:{'|'.join(NAME_REMARK_LEADS)})[^（）()]{{0,20}}[）)]")

# (action, person, position, note)
_Change = tuple[str, str, str, "str | None"]


_RUN_ON_SPACE_RE = compile_re(r"[ \u3000\t]+")
_REMOVAL_TAIL_RE = compile_re("(?:职务|一职)$")
_NAME_CLAUSE_OPENERS: tuple[str, ...] = tuple(
    sorted(
        {*NAME_FIRST_VERBS, *REASON_VERBS, "任", "兼任", "代理", "辞去", "不再担任", "不再兼任"}, key=len, reverse=True
    )
)


def _all_names(names: str) -> bool:
    """张三、李四: every piece a name; in a list of several, a surname of BOUNDED_SURNAMES counts too,
    each piece being closed by 、 (徐远通、区鉷、罗斯宁)."""
    parts = names.split("、")
    plain = [  # 雷科当选为… / 廖李可期获委任为… (a Hong Kong married name, posts18)
        is_person_name(p) or _name_with_bounded_last(p) or _is_transliterated(p) or is_married_name(p) for p in parts
    ]
    several = len(parts) > 1 and any(plain)  # 区政府、区人大: no plain name, no list of persons
    last = len(parts) - 1
    return all(
        ok or (several and _bounded_name(p, "、" if 0 < k < last and p[:1] in MID_LIST_SURNAMES else "的"))
        for k, (p, ok) in enumerate(zip(parts, plain, strict=True))
    )  # 、及聚声、: closed by 、 on both sides, never first nor last (round 24)


_BRACKETED_RE = compile_re(r"[（(][^（）()]*[）)]|《[^《》]*》")  # a remark or a title: 张三（女，1970年生）任X
# The resignation's verbs among REASON_VERBS, longest first: 辞去 and the fillers before it (申请辞去, 提出辞去 …). One
# definition for the readers of a post held, a name and a reason (clauses, lists: rev19 merged three copies).
# (in REASON_VERBS' order, then by length: a set's order changes from run to run and so would the patterns built from
# it, which the pattern cache keys by their text — tests/test_pattern_cache.py)
RESIGNING_VERBS: tuple[str, ...] = tuple(
    sorted(dict.fromkeys(verb for verb in REASON_VERBS if verb.endswith("辞去")), key=len, reverse=True)
)
# appoint28: 申请辞去 / 提出辞去 … after a post held and the name (公司原董事长萬鑫銘同志因工作安排,申請辭去X — arsndm79 dev)
_FILLED_RESIGNATIONS: tuple[str, ...] = tuple(verb for verb in RESIGNING_VERBS if verb != "辞去")
_HELD_BEFORE_RE = compile_re(
    f"(?:{_HONORIFIC_ALTERNATION})?(?:当选|被(?:任命|选举|选|补选|聘任|聘)为"
    "|获(?:委任|任命|聘任|聘|调任)为"  # 滙豐銀行亞太區主席王冬勝獲委任為X (香港, portal.sina probe fit; round 18)
    f"|{alternation([*MOVE_VERBS, *LEAVE_VERBS, '兼任', '不再担任', '不再兼任', '辞去', *_FILLED_RESIGNATIONS])}"  # 辞去: round 19
    "|(?<![担现原曾历前出调转改升提接就履卸兼继主责信拟挂再常])任(?![命务期职免用何性]))"  # 国资委秘书长阎晓峰任X (round 8); 常任秘书长 (round 13)
)


def _without_held_post(clause: str) -> str | None:
    """The clause from the name on when the post the person holds is printed before the name of
    当选 or a passive: 中共中央政治局常委俞正声当选全国政协主席, 某市副市长李四当选为某市市长. The text
    before the name must end in a title and hold no verb; exactly one name length must fit (else
    None: which characters are the name cannot be told)."""
    verb = _HELD_BEFORE_RE.search(clause, 4)
    if verb is not None and verb.group() == "任" and (surnamed := _surname_ren(clause, verb)) is not None:
        verb = surnamed  # 天津市原副市长任学锋出任X: 任 opens the name after the post (appoint29)
    if verb is None or verb.start() > 60:
        return None
    at = verb.start()
    fits = [
        size
        for size in (2, 3, 4)
        if at - size >= 2
        and (is_person_name(clause[at - size : at]) or (size == 4 and is_married_name(clause[at - size : at])))
        # 现任行政长官私人秘书蔡杰铭出任X: after 现任, a post that ends in no title of the list (round 13)
        and (
            _title_at_end(clause[: at - size]) is not None
            or (clause.startswith("现任") and at - size >= 4 and clause[at - size - 1] not in SINGLE_SURNAMES)
            or clause[: at - size].endswith(_HELD_GRADE_TUPLE)  # 首席政府工程師劉俊傑出任X (香港 grades, round 16)
        )  # …处长廖|李可期: a surname before the name may begin it (廖李可期, a married name in Hong Kong)
        and not _verb_in_held(clause[: at - size])
        and not _SENTENCE_PUNCTUATION_RE.search(clause, 0, at - size)
    ]
    if len(fits) != 1:
        return None
    prefix = clause[: at - fits[0]]
    if "兼任" not in verb.group() and len(pieces := _HOLDER_LIST_SPLIT_RE.split(prefix)) > 1:
        holders = [_post_and_name(piece) for piece in pieces[:-1]]
        if all(holders) and _title_at_end(pieces[-1]) is not None:
            # 民政局副局長駱邦吉及鼓山區公所區長鄭明興調任X: each holder's post before his name (round 15)
            names = [holder[0] for holder in holders if holder is not None]
            return "、".join([*names, clause[at - fits[0] : at]]) + clause[at:]
    if any(_title_at_end(piece) is None for piece in prefix.split("、")[:-1]):
        return None  # A主任甲、B主任乙兼任X: holders in a list, read by the 兼任 rule
    return clause[at - fits[0] :]


def _verb_in_held(held: str) -> bool:
    """A verb of a change in the posts printed before a name, never 代理 opening the title held (宜兰县代理县长吴泽成辞去X:
    an acting post held, appoint29 — 代理 as a verb, 张三代理县长, has no title before the name)."""
    if (
        ACTING_PREFIX in held
        and (at := held.rfind(ACTING_PREFIX)) > 0
        and _title_at_end(held[at + 2 :]) == held[at + 2 :]
    ):
        held = held[:at] + held[at + 2 :]
    return TRIGGER_RE.search(held) is not None


def _surname_ren(clause: str, ren: re.Match[str]) -> re.Match[str] | None:
    """The verb after a name that opens on the surname 任, right after a post (天津市原副市长任学锋出任X, 副市长任学锋任X):
    the next verb when 任 and one or two characters read as a person's name before it and a title ends the text
    before 任; None otherwise (副市长任某局局长 keeps 任 the verb; 副市长任内兼任X: 任内 is in vocab NOT_NAMES)."""
    after = _HELD_BEFORE_RE.search(clause, ren.end())
    if after is None or not 2 <= after.start() - ren.start() <= 3 or _title_at_end(clause[: ren.start()]) is None:
        return None
    return after if is_person_name(clause[ren.start() : after.start()]) else None


_HOLDER_LIST_SPLIT_RE = compile_re("[、和及]")
_HELD_GRADE_TUPLE = tuple(HELD_GRADE_ENDINGS)


def _holder_name(holder: str) -> str | None:
    """吴钊燮, or 总统府秘书长吴钊燮 → 吴钊燮: a name, or the post a person holds and his name after it
    (one name length fitting); None otherwise (round 13)."""
    if is_person_name(holder) or is_married_name(holder):  # X一職由廖李可期接任 (posts18)
        return holder
    return _name_after_post(holder)


def _name_after_post(text: str) -> str | None:
    """总统府秘书长吴钊燮 → 吴钊燮: the name that ends ``text`` after a post ending in a title, when exactly
    one name length fits; None otherwise (round 13)."""
    fits = [
        text[-size:]
        for size in (2, 3, 4)
        if len(text) - size >= 2
        and (is_person_name(text[-size:]) or (size == 4 and is_married_name(text[-size:])))  # 处长廖李可期 (posts18)
        and _title_at_end(text[:-size])
    ]
    return fits[0] if len(fits) == 1 else None


def _inherit_organizations(posts: list[str]) -> list[str]:
    """Posts of one person in one clause share the organization named first:
    虹口区人民检察院副检察长、检察委员会委员、检察员 → …检察院检察委员会委员, …检察院检察员.

    A post without an organization of its own takes the previous post's (itself perhaps
    inherited); a title that names its own place (区长, 副市长: PLACE_HEAD_TITLES) takes it only
    from a government or from another such title (湖北省副省长、代理省长 → 湖北省代理省长), so
    区委常委、副区长 stays 副区长.
    """
    previous: str | None = None
    previous_title: str | None = None
    before_committee: str | None = None  # the organization before a committee seat (公司 of 公司董事、X委员会委员)
    result: list[str] = []
    for post in posts:
        organization, title = split_position(post)
        if (
            organization is None
            and title in _NEVER_A_COMMITTEES
            and previous
            and previous.endswith(_COMMITTEE_ENDS)
            and (previous_title or "").endswith("委员")
        ):
            # audit20: a company's officer or a court's member is no post of the committee whose seat comes before it
            # (辞去公司董事、发展战略委员会委员、总经理 — sinastock 2024, dev: 发展战略委员会总经理; 最高人民法院副院长、
            # 审判委会委员、审判员 — yfw68, dev): the organization before the committee, or none
            post = (before_committee or "") + post
            result.append(post)
            previous, previous_title = before_committee, title
            continue
        if organization is not None and organization.endswith(_COMMITTEE_ENDS) and (title or "").endswith("委员"):
            before_committee = previous
        if (
            organization is not None
            and organization.startswith(_PLACELESS_BODIES)
            and (place := _party_place(previous))
        ):
            organization, post = place + organization, place + post  # 扎赉特旗委常委、人民政府副旗长 (apages21)
        elif organization is not None and (place := _level_place(previous, organization)):
            organization, post = place + organization, place + post  # 滔溪镇人民政府镇长和镇人大主席团主席 (apages21)
        body = _body_of(previous)
        if body and organization and organization.endswith(_SUB_UNITS) and not _starts_an_organization(organization):
            organization = body + organization  # 河南省人大常委会副秘书长、办公厅主任 → …人大常委会办公厅主任
            post = body + post
        elif body and organization is None and title in BODY_MEMBER_TITLES:
            organization = body  # …民事审判第一庭副庭长、审判员 → 上海市高级人民法院审判员
            post = body + post
        if organization is None and previous and title in EXECUTIVE_OFFICER_TITLES and _BOARD_TAIL_RE.search(previous):
            # appoint28: a company's officer is no post of its board (辞去第四屆董事會董事、董事長、總裁 — ST光一, dev: 总裁,
            # never 第四届董事会总裁): the company before the board is carried, or nothing
            stem = _BOARD_TAIL_RE.sub("", previous)
            result.append(stem + post)
            previous, previous_title = stem or None, title
            continue
        if (
            organization is None
            and previous
            and title
            and (
                title not in PLACE_HEAD_TITLES
                or previous.endswith(GOVERNMENT_SUFFIXES)
                or previous_title in PLACE_HEAD_TITLES  # 湖北省副省长、代理省长 → 湖北省代理省长
            )
        ):
            organization = previous
            post = previous + post
        result.append(post)
        previous, previous_title = organization, title
    return result


_SUB_UNITS: tuple[str, ...] = tuple(SUB_UNIT_SUFFIXES)
_PLACELESS_BODIES: tuple[str, ...] = tuple(PLACELESS_BODIES)
_NOT_PLACE_OPENERS: tuple[str, ...] = tuple(NOT_PLACE_OPENERS)


def _level_place(previous: str | None, organization: str) -> str | None:
    """The place a level-opened organ of that place leaves out, named at the start of the previous post's: 滔溪镇人民政府
    then 镇人大主席团 → 滔溪 (without its level word, which the later organization prints); None otherwise, and for a
    department (市公安局: LEVEL_PLACE_ORGANS) (apages21)."""
    level = organization[:1]
    if not previous or level not in PARTY_COMMITTEE_PLACE_ENDS or not organization.startswith(LEVEL_PLACE_ORGANS, 1):
        return None
    previous = previous.removeprefix(PARTY_NAME_PREFIX)
    at = previous.find(level, 2, LEVEL_OPENED_PLACE_MAX + 1)
    if (
        at < 0
        or any(ch in PLACE_NEVER_CHARS for ch in previous[:at])
        or previous[at - 1 : at + 1] in LEVEL_WORD_NOUNS  # 某某小区 / 某某超市: no place (rev21)
        or previous.startswith(_NOT_PLACE_OPENERS)  # 共青团某县委 / 民盟某市委: no place's own committee (rev21)
    ):
        return None
    return previous[:at]


def _party_place(organization: str | None) -> str | None:
    """The place of a party committee named as place + 委 (扎赉特旗委, 中共某县委 → 扎赉特旗, 某县); None for any
    other organization (apages21)."""
    if not organization or not organization.endswith(PARTY_COMMITTEE_MARK):
        return None
    place = organization[: -len(PARTY_COMMITTEE_MARK)].removeprefix(PARTY_NAME_PREFIX)
    if place.startswith(_NOT_PLACE_OPENERS):
        return None  # 共青团某县委 / 团县委 / 民盟某市委: the league's or another party's committee (rev21)
    return place if len(place) >= 2 and place.endswith(PARTY_COMMITTEE_PLACE_ENDS) else None


_COMMITTEE_ENDS = ("委员会", "委会")  # 委会: a spun page's 委员会 (yfw68)
_NEVER_A_COMMITTEES = frozenset(EXECUTIVE_OFFICER_TITLES) | frozenset(BODY_MEMBER_TITLES)
# A company's board (with its term) closing an organization: 公司第十届董事会 / 第四届董事会 / 监事会.
_BOARD_TAIL_RE = compile_re(rf"(?:第[{CN_ORDINALS}\d]{{1,3}}[届屆])?(?:董事会|监事会)$")
_BODY_RE = compile_re(alternation(BODY_SUFFIXES))


def _body_of(organization: str | None) -> str | None:
    """The body an organization belongs to, up to its last body suffix: 上海市高级人民法院民事审判第一庭
    → 上海市高级人民法院; None when it names no such body."""
    if not organization:
        return None
    end = None
    for m in _BODY_RE.finditer(organization):
        if not organization.startswith("员", m.end()):  # 市委员会 is no 市委 (a party committee)
            end = m.end()
    return organization[:end] if end else None


def _starts_an_organization(organization: str) -> bool:
    """An organization that names its own place or head (湖南省…, 中共…, 国务院…), not a unit alone."""
    return _POST_PLACE_RE.match(organization) is not None or organization.startswith(_DEFAULT_STARTS)


_DEPUTY_SEATS: tuple[str, ...] = tuple(ELECTED_NOT_POSTS)


def _changes(
    action: str,
    people: list[str],
    rest: str,
    starts: tuple[str, ...],
    acting: bool = False,
    extra_note: str | None = None,
    respective: bool = False,
) -> list[_Change]:
    """Each person with each post; with ``respective`` (分别) the i-th person with the i-th post, and
    nothing when the counts differ (which post is whose cannot be told). A "person" that is a verb of the
    grammar (当选 of 经选举当选为X read as 选举 + 当选 + 为X) gives nothing: the clause was misread."""
    if any(person in _VERBS_NEVER_PEOPLE for person in people):
        return []
    posts, note = _parse_posts(rest.removeprefix("的"), starts)  # 免去张三兼任的X职务 (round 8)
    if action in (REMOVE, RESIGN) and posts:  # 罢免了/辞去…人民代表大会代表职务: a deputy's seat, not a post
        posts = [post for post in posts if not post.endswith(_DEPUTY_SEATS)]
    if any("的" in post for post in posts):  # 张三和|李四的X: a post never opens with another person's name
        posts = [post for post in posts if not is_person_name(post.split("的", 1)[0].removesuffix("同志"))]
    if any(_RUN_TOGETHER_RE.search(post) for post in posts):
        return []  # 免去张三市财政局局长职务、李四市审计局局长职务: two entries run together (round 10)
    if any(_POST_INSERT_CHARS.intersection(post) for post in posts):
        # 李家超…分别出任…、[注册美国公司流程]保安局副局长 (nuoerhy, dev): a mirror's link text in square brackets is no
        # part of a post; a post that is nothing else is none; the bracket after 为 kept 为 in the post (为[…]X局局长)
        # (audit20)
        posts = [cut for post in posts if (cut := _without_insert(post))]
    if any(post.startswith(_NEW_BODY_ATTRIBUTIVES) for post in posts):
        posts = [_NEW_BODY_RE.sub("", post, count=1) for post in posts]  # 出任新设的X局局长: X局局长 (audit20)
    if any(_COUNTED_POST_RE.match(post) for post in posts):
        return []  # 蔡英文派任7名無任所大使: a count opens the "post" — the person appointed others (appoint30)
    if len(posts) > 1:
        posts = _inherit_organizations(posts)
    if any(post.endswith("委员") for post in posts):
        posts = [post for post in posts if not _CPPCC_SEAT_RE.match(post)]  # 十二届省政协委员: a seat (round 13)
    if acting:
        posts = [_acting(post) for post in posts]
    if extra_note:
        note = f"{extra_note}；{note}" if note else extra_note
    if not respective and len(people) > 1 and len(posts) > 1 and _parallel_heads(posts):
        # 免去A、B的省教育厅厅长、省公安厅厅长职务: the same title of different bodies, one each, in
        # order (the labelled corpus pairs them so, part K); with unequal counts, whose is unclear
        respective = True
    if respective:
        if len(people) != len(posts):
            return []
        return [(action, person, post, note) for person, post in zip(people, posts, strict=True)]
    return [(action, person, post, note) for person in people for post in posts]


_CPPCC_SEAT_RE = compile_re(CPPCC_SEAT_PATTERN)
# A link's text a spam mirror put in square brackets inside the prose ([注册美国公司流程] / ［…］ / 【…】): never in a
# post; bounded (a bracket holds a few words)
_POST_INSERT_CHARS = frozenset("[［【")
_POST_INSERT_RE = compile_re(r"\[[^\[\]]{1,30}\]|［[^［］]{1,30}］|【[^【】]{1,30}】")


def _without_insert(post: str) -> str:
    """``post`` without a spam mirror's bracketed link text (为[广告]市财政局局长 → 市财政局局长)."""
    cut = _POST_INSERT_RE.sub("", post)
    return cut.removeprefix("为") if cut != post else cut


# A post opening with an attributive that says its body is new (新设的环境及生态局局长 — service999 2022, audit20):
# the attributive is dropped when a post follows it (a bare attributive is left as read)
_NEW_BODY_ATTRIBUTIVES = tuple(NEW_BODY_ATTRIBUTIVES)
_NEW_BODY_RE = compile_re(rf"^(?:{alternation(NEW_BODY_ATTRIBUTIVES)})(?=[{_CJK}]{{2}})")
# A post opening with a count of people (7名X / 十三位X / 3个X): the clause's subject gave the posts to that
# many others (蔡英文派任7名無任所大使 — nownews 2017, appoint30), never took one itself.
_COUNTED_POST_RE = compile_re(r"[\d０-９一二两三四五六七八九十百]{1,4}(?:名|位|个|人)")
# The grammar's own verbs, never a person (session 14 review: 张三经选举当选为副县长 gave the person 当选).
_VERBS_NEVER_PEOPLE = frozenset(ELECTION_CONTEXT_WORDS) | {verb.removesuffix("为") for verb in NAME_FIRST_VERBS}


# 职务 closing one entry inside what was read as one post: another person's entry follows (round 10).
_RUN_TOGETHER_RE = compile_re(r"(?:职务|一职)[、，,；;]")


def _parallel_heads(posts: list[str]) -> bool:
    """省教育厅厅长、省公安厅厅长: one title, each of another organization (round 8)."""
    split = [split_position(post) for post in posts]
    titles = {title for _organization, title in split}
    organizations = [organization for organization, _title in split]
    return len(titles) == 1 and None not in organizations and len(set(organizations)) == len(organizations)


_DECIDED = "decided"  # the verb in force after such a clause: none, but what follows is decided
# …and after a clause led by 决定 (决定A为X，B为Y): decided until its sentence ends (round 8).
_DECIDED_IN_SENTENCE = "decided in sentence"
# Numbering before an item of a list of changes: 1. / 1、 / １． / 一、 / （一） / (1).
_ENUMERATION_RE = compile_re(
    rf"^(?:[（(][{CN_ORDINALS}\d０-９]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|[\d０-９]{{1,3}}[.．、](?![\d０-９])"
    rf"|[{_CIRCLED_NUMBERS}][.．、]?)[ \u3000]*"  # ① / ⑴ / ⒈ (round 8)
)
_ENUMERATION_FIRST = frozenset(f"（({CN_ORDINALS}0123456789０１２３４５６７８９" + _CIRCLED_NUMBER_CHARS)
# …and what else may follow such a name (round 8): 王　强当选为X / 刘  伟辞去X职务 / 王　强因另有任用，… /
# 王　强不再担任X / 王　强代理X / 王　强挂职任X / 王　强调任X.
_SPACED_NAME_NEXT = "当选|辞去|辞职|因|不再|代理|挂|调任|转任|改任|升任|提任|接任|免去"


# A two-character name printed with spaces between its characters, where a name may begin (after a
# verb, a list separator or a colon, or at the start): 任命王　强为… / 王 强、李 四为….
_SPACED_NAME_RE = LazyPattern(
    rf"(?:^|(?<=[^{_CJK}])|(?<=[、命去聘：:任免举选销受意接]))(?P<surname>[{''.join(sorted(SINGLE_SURNAMES))}])"
    rf"[ \u3000]{{1,3}}(?=[{_CJK}](?:$|[^{_CJK}]|为|的|同志|、|任|兼|被|{_SPACED_NAME_NEXT}))"
)
_FORMER_HOLDER_LEADS = ("原", "前", "现", "时任", "曾任")


# Round 16 (金门 2026, probe dev udn): a bare title given in 副縣長由參議陳祥麟出任 — a place's head or deputy and
# the government's secretaries general, printed without the government they belong to.
_BARE_MOVE_POSTS = PLACE_HEAD_TITLES | frozenset({"秘书长", "副秘书长"})


def _post_starts(places: Iterable[str]) -> tuple[str, ...]:
    return _post_starts_of(tuple(places))


@functools.lru_cache(maxsize=32)
def _post_starts_of(places: tuple[str, ...]) -> tuple[str, ...]:
    """Every document of an issue passes the same places: sorted once, not per document."""
    names = set(PLACE_STARTS)
    names.update(p.strip() for p in places if isinstance(p, str) and p.strip())
    return tuple(sorted(names, key=len, reverse=True))


_SENTENCE_PUNCTUATION_RE = compile_re(r"[。；;，,：:！？!?|]")


def _further_post(text: str, starts: tuple[str, ...]) -> str | None:
    """A line that is one post and nothing else (an organization and a title, no verb, no name first,
    no colon): 北京市财政局党组书记 under 张三　北京市财政局局长 in a list (round 7)."""
    core = text.strip(" \u3000").rstrip("；;。，,")
    if not 4 <= len(core) <= 40 or not _ALL_CJK_RE.fullmatch(core) or VERB_RE.search(core) or "为" in core:
        return None
    organization, title = split_position(core)
    if organization is None or title is None or any(is_person_name(core[:size]) for size in (2, 3)):
        return None
    return core if _org_is_plausible(organization, starts, title) else None


def _base_title(title: str) -> str:
    """代理省长 / 代省长 → 省长: the title an acting post stands in for."""
    if title.startswith(ACTING_PREFIX):
        return title[len(ACTING_PREFIX) :]
    return title[1:] if title.startswith("代") and title[1:] in TITLE_SET else title


# --- round 24 (mainland news): two post recognizers the clause reader and the news reader share -----------------

# The post of a party committee's head or deputy head given earlier in the sentence, after its verb:
# 王荣当选为深圳市委书记 → 深圳市委. The committee is a run of at most 16 characters without a clause mark
# that ends in 委, never holding a verb's 为/任/选 (市委, 省委, 县委, 党委, 党工委; a 党组 has no standing committee).
_PARTY_SENTENCE_ENDS = "。；;！!？?\n"
_PARTY_HEAD_RE = compile_re(r"(?:当选为|当选|任|为)(?P<body>[^，,、；;。：:（）()\s为任选]{1,16}?委)(?:副)?书记")


def party_seat_body(text: str, start: int, post: str) -> str:
    """A party committee's seat listed bare (常委包括A、B、C, starting at ``start`` in ``text``) takes the
    committee of the head or deputy elected earlier in the same sentence: …当选为深圳市委书记,…,常委包括王荣、
    许勤… → 深圳市委常委. Any other post, a post with its organization, or no such head: as printed."""
    if post not in PARTY_COMMITTEE_SEATS or split_position(post)[0] is not None:
        return post
    begin = max((text.rfind(mark, 0, start) for mark in _PARTY_SENTENCE_ENDS), default=-1) + 1
    bodies = [m.group("body") for m in _PARTY_HEAD_RE.finditer(text, begin, start)]
    return bodies[-1] + post if bodies else post


# A place at a post's start: two or three characters and its level (苏州市, 南京市, 沛县, 海淀区).
_PLACE_LED_RE = compile_re(rf"^[{_CJK}]{{1,3}}?[省市县区州旗](?![长委])")


def place_led_post(post: str) -> bool:
    """苏州市人大常委会主任 / 南京市市长: a post whose organization opens with a place — read as a post though the
    place's first characters read as a name (苏州, 南京: 苏 and 南 are surnames), as round 7's _further_post
    refuses (张三局长 is a name first)."""
    organization, title = split_position(post)
    return (
        organization is not None
        and title is not None
        and _PLACE_LED_RE.match(organization) is not None
        and _org_is_plausible(organization, (), title)
    )


_RUMOUR_LEADS = tuple(SINGLE_MOVE_NOT_TOLD_LEADS)
_RUMOUR_LEAD_WORDS = tuple(SINGLE_MOVE_LEAD_WORDS)


def opens_with_rumour(text: str) -> bool:
    """传县财政局局长张三卸任 / 据传…调X: a rumour opens ``text`` (vocab SINGLE_MOVE_NOT_TOLD_LEADS), not a word that
    begins like one (SINGLE_MOVE_LEAD_WORDS) — no change is told (appoint32: the clause, news-prose and Traditional
    list readers ask it)."""
    return text.startswith(_RUMOUR_LEADS) and not text.startswith(_RUMOUR_LEAD_WORDS)
