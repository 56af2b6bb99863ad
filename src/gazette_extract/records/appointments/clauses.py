"""One clause → its changes: :func:`_parse_clause` (任命张三为…、免去李四…职务、王五任…) and the clause
forms only it reads — the verb first or the name first, active and passive voice, acting holders
(代理), a held post then a new one, resignations accepted, elected and appointed lists inside one
clause. ``extract_appointments`` (the package) calls it on the clauses it reads. Imports :mod:`.common`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..._pattern_cache import compile_re
from ...vocab.common import CJK as _CJK
from ...vocab.common import CJK_EXTENDED, LazyPattern, alternation
from ...vocab.numerals import CN_ORDINALS
from ...vocab.personnel import (
    ACTING_BY_LEADS,
    ACTING_PREFIX,
    ACTING_VERBS,
    ANNOUNCING_VERBS,
    ATTRIBUTIVE_SUCCESSION_VERBS,
    CLAUSE_DECIDING_BODIES,
    COMMISSION_NOUNS,
    COMPOUND_SURNAMES,
    DECIDING_BODIES,
    DECISION_LEADS,
    ELECTED_NOT_POSTS,
    ELECTION_ADVERBS,
    ELECTION_MANNERS,
    ELECTION_NOUN_TAILS,
    ELECTION_RESULT_VERBS,
    ELECTION_VERBS,
    ELECTION_VOTES,
    GLUED_CLAUSE_LEADS,
    HELD_DESCRIPTOR_TITLES,
    HELD_POST_MARKERS,
    HOLDER_AGE_LEADS,
    HOLDER_AGE_PATTERN,
    HONORIFICS,
    LAPSE_TAILS,
    LEAVE_VERBS,
    LEAVING_AFTER_CONNECTIVES,
    LEFT_POST_ADVERBS,
    LEFT_POST_AT_END,
    MOVE_DIRECTION_WORDS,
    MOVE_VERBS,
    NAME_DONE_ADVERBS,
    NAME_DOTS,
    NAME_FIRST_VERBS,
    NAME_LIST_SUBJECTS,
    NAME_PLURAL_ADVERBS,
    NAME_PROPOSAL_WORDS,
    NAME_RANKS_AFTER_NAME,
    NAME_TIME_ADVERBS,
    NAME_VERB_ADVERB_WORDS,
    NAME_VERB_ADVERBS,
    NAME_WHEN_PATTERN,
    NAMES_JOINED_VERBS,
    NEGATED_CHANGE_LEADS,
    NEGATION_NAME_LAST,
    NOT_NAMES,
    ORDER_LEAD_VERBS,
    PASSIVE_ADVERBS,
    PASSIVE_AGENT_ENDS,
    PLURAL_POST_OPENERS,
    PROPOSAL_LEADS,
    REASON_BY_PATTERN,
    REASON_VERBS,
    REFUSAL_LEADS,
    REMOVAL_JOINING_LEADS,
    RENEWAL_LEADS,
    REQUEST_CLAUSE_OPENERS,
    RESIGN_FILLERS,
    RESIGNATION_ACCEPTED_FORMS,
    RESIGNATION_REFUSED_BEFORE,
    RESIGNATION_REQUEST_NOUNS,
    RESIGNED_POST_LEADS,
    ROSTER_GROUP_SUFFIXES,
    ROSTER_ROLES,
    RUN_ONLY_SURNAMES,
    SHORT_LEAD_VERBS,
    SURNAMES_COMMON,
    TITLE_SET,
    TRANSCRIBED_PARTS_WITH_ADVERB,
    TRANSLITERATED_NAME_SIZES,
)
from ..people import (
    _ALL_CJK_RE,
    _OPEN,
    _ROLES_BY_LENGTH,
    TRIGGER_RE,
    _is_dotted_name,
    _name_sizes,
    _post_and_name,
    _title_at_end,
    is_married_name,
    is_married_shape,
    is_person_name,
)
from .common import (
    _BARE_MOVE_POSTS,
    _BRACKETED_RE,
    _DECIDED,
    _DECIDED_IN_SENTENCE,
    _ENUMERATION_FIRST,
    _ENUMERATION_RE,
    _FORMER_HOLDER_LEADS,
    _HOLDER_LIST_SPLIT_RE,
    _HONORIFIC_ALTERNATION,
    _NAME_CLAUSE_OPENERS,
    _NAME_NEVER_CUTS,
    _NAME_REMARK_RE,
    _NAMED_DECISION_TAIL,
    _REMOVAL_TAIL_RE,
    _RESPECTIVELY,
    _SPACED_NAME_RE,
    _TRANSLITERATED_CHARS,
    APPOINT,
    HEADER_TAILS,
    REMOVE,
    RESIGN,
    RESIGNING_VERBS,
    VERB_RE,
    _all_names,
    _bounded_name,
    _Change,
    _changes,
    _first_in_clause_bounded,
    _further_post,
    _holder_name,
    _is_transliterated,
    _name_after_post,
    _name_in_slot,
    _post_starts,
    _split_run_in,
    _without_held_post,
    opens_with_rumour,
    place_led_post,
)

# Tails that make a header only with the verb first in its clause (任命人员：, never 颁发给新任命人员).
HEADER_TAILS_FIRST = frozenset({"人员", "事项"})  # 名单: 某市人大常委会任命名单 heads the list below it

# Review round 18: the words before 接受 / 同意 / 批准 that refuse or ask (vocab RESIGNATION_REFUSED_BEFORE), one
# lookbehind each (拒绝接受张三辞去X had been a resignation)
_NOT_ACCEPTED_BEFORE = "".join(f"(?<!{w})" for w in RESIGNATION_REFUSED_BEFORE)
# 接受王五辞去某市人民政府市长职务的请求 / 同意李四同志辞去…职务
RESIGN_RE = LazyPattern(
    rf"""
    {_NOT_ACCEPTED_BEFORE}               # 拒绝接受 / 未接受 / 是否接受 / 没有接受 / 不予批准: no change (review round 18)
    (?:同意接受|接受|同意|批准|鉴于)了?   # 接受 / 会议接受了 / 会议同意接受 (来宾 2019, round 13)
    (?P<people>[{_CJK}、{NAME_DOTS}]{{2,60}}?)  # 王五 / 金静、夏峰、徐静 / 阿卜杜·阿卜来提
    (?:{_HONORIFIC_ALTERNATION})?                   # 接受张三先生辞去… (香港 and company notices, round 18)
    (?:因[{_CJK}]{{1,12}}?)?              # 因工作变动 (湖北 2010)
    (?:请求|申请|提出)?                   # 接受张左己同志请求辞去… (黑龙江 2007)
    (?:已经?)?                            # 鉴于宁波已辞去…职务: the ground of an acting decision (芜湖 2023, round 14)
    (?P<respective>分别)?                 # 接受A、B分别辞去X、Y职务的请求: one post each, in order (round 14)
    (?<![拟将將])辞去                     # 张三拟辞去…: a resignation proposed, never the person 张三拟 (round 14)
    (?P<posts>[^《》]+?)                  # 某市人民政府市长职务
    (?:的?(?:辞职)?(?:请求|申请))?        # …的请求 / …职务请求的决定 (山西 2022)
    (?:的决定)?》?$                        # 《…关于接受…辞去…职务的决定》 / …的请求的决定
    """,
    re.VERBOSE,
)
TITLE_IN_CLAUSE_RE = compile_re(r"《([^《》]{4,200})》")
# Several resignations under one 接受: …辞去市人民政府市长职务、邓为辞去…职务、熊隆东辞去…职务的请求 (遂宁 2018).
_RESIGN_LIST_RE = compile_re(rf"(?<=职务)、(?=[{_CJK}{NAME_DOTS}]{{2,12}}?(?:同志)?辞去)")
_RESIGN_LEAD_RE = compile_re(r"(?:接受|同意|批准)了?")
# A request granted by a vote (round 11): 会议以举手表决方式，通过了张三辞去…职务的请求 — read as 接受.
_PASSED_REQUEST_RE = compile_re(r"(?:表决)?通过了?(?=[^，,；;。《》]{2,60}辞去[^，,；;。《》]+的(?:请求|申请)$)")
# Decisions listed without 《》: …关于接受林武辞去…职务请求的决定、关于接受蓝佛安辞去…的决定 (山西 2022);
# a resolution among them: …请求的决定、关于罢免张宏义…代表职务的决议 (济源, round 12).
DECISION_SPLIT_RE = compile_re(r"(?<=决[定议])、(?=关于)")
# An appointment decided by a title: 《…关于栗战书同志为黑龙江省人民政府代理省长的决定》 (黑龙江 2007).
TITLE_APPOINT_RE = compile_re(
    rf"关于(?:决定)?(?:任命)?(?P<name>[{_CJK}{NAME_DOTS}]{{2,20}}?)(?:同志)?(?P<link>为|代理)(?P<post>[^《》]{{2,80}}?)"
    r"(?:职务)?的决定$"  # …关于朱德才同志代理X检察长职务的决定 (round 8)
)
# A draft's mark after a decision's title: 《…的决定(草案)》 adopted by the session (round 8, 吉安).
_DRAFT_TAIL_RE = compile_re(r"[（(]草案[）)]$")
# Words between a name and 辞去 in news: 朱勇提出辞去… / 张三、李四分别提出辞去… (安徽 2016)
# Round 19: the words of RESIGN_FILLERS (张三特申请辞去X: never the person 张三特), and the holder's own post named
# again after 辞去 (辞去其所担任的X职务: RESIGNED_POST_LEADS).
# appoint28: before 辞任 too (徐文超女士提請辭任公司董事會秘書、董事… — 中科曙光, productivepromotion dev: nothing read)
RESIGN_FILLER_RE = compile_re(rf"(?:分别)?(?:{alternation(RESIGN_FILLERS)})(?=辞去|辞任)")
_RESIGNED_POST_LEAD_RE = compile_re(rf"(?<=辞去)(?:{alternation(RESIGNED_POST_LEADS)})")

# "And others" after the last of several names, kept as the note:
#   任命李春雨、何娇、徐莉等18人为…审判员 (通州 2023) / 任命王一、李二等同志为… / 等3名同志
ETAL_RE = compile_re(
    r"等(?:[\d一二两三四五六七八九十百]{1,4}(?:名|位)?)?(?:同志|人员|人)"
    rf"|等[\d{CN_ORDINALS}百]{{1,4}}名[{_CJK}]{{0,6}}?代表(?=为)"  # 补选A、B等7名市人大代表为…委员 (上海 2024)
    r"|等(?=为|当选)"  # anews21: 马国仓、王民…等当选为第七届理事会副理事长 (chinatoday 2021, dev); 任命A、B等为X
)


_NAME_VERB_ADVERBS = frozenset(NAME_VERB_ADVERBS)
_NAME_PLURAL_ADVERBS = frozenset(NAME_PLURAL_ADVERBS)


def _plural_adverb_in_name(names: str, adverb: str) -> bool:
    """Whether ``adverb`` (均 / 都) printed after ``names`` ends the last name rather than being an adverb of several
    persons: after one person (王小均, 买买提·阿不都), and in a list after a transcribed part it completes
    (A、买买提·阿不都当选: TRANSCRIBED_PARTS_WITH_ADVERB; posts18)."""
    return "、" not in names or (names + adverb).endswith(_TRANSCRIBED_PARTS_WITH_ADVERB)


_TRANSCRIBED_PARTS_WITH_ADVERB = tuple(TRANSCRIBED_PARTS_WITH_ADVERB)
# The day of a change between a person and its verb (vocab NAME_WHEN_PATTERN, round 17).
_NAME_WHEN_RE = compile_re(NAME_WHEN_PATTERN)
_TRANSLITERATED_CLOSERS = ("为", "的", "同志", "、", "任", "担任", "兼任", "当选", "辞去", "（", "(")


def _transliterated_sizes(text: str) -> tuple[int, ...]:
    """Lengths of a name transcribed without a dot that ``text`` may begin with (巴音朝鲁为…,
    乌云其木格的…): every character a syllable of transcription and a closer right after (round 9)."""
    if text[:1] not in _TRANSLITERATED_CHARS:
        return ()
    return tuple(
        size
        for size in TRANSLITERATED_NAME_SIZES
        if len(text) > size
        and all(ch in _TRANSLITERATED_CHARS for ch in text[:size])
        and text.startswith(_TRANSLITERATED_CLOSERS, size)
        and text[:size] not in NOT_NAMES
    )


_Split = tuple[list[str], str, str, str | None, bool]
_READING_WINDOW = 400  # characters a name's reading looks at before the verb (a name, 同志, remarks, 等…人)


def _people_splits(
    text: str,
    connectors: tuple[str, ...],
    starts: tuple[str, ...],
    run_in: bool,
    bounded: bool = False,
    slot: bool = False,
    listed: bool = False,
) -> Iterator[_Split]:
    """Ways to read leading names and the word after them, most likely first:
    王勇、李四同志为某局局长 → ([王勇, 李四], 为, 某局局长, None, False);
    李春雨、何娇、徐莉等18人为…审判员 → ([李春雨, 何娇, 徐莉], 为, …审判员, 等18人, False);
    张三、李四分别为X、Y → ([张三, 李四], 为, X、Y, None, True): one post each, in order.

    Shorter names are tried first, so 任宝军任… reads as 任宝军 + 任 (the name may begin with
    任). With ``run_in`` a name may run straight into its post (connector "").

    A list of names joined by 、 is walked depth first with a stack of the readings of each name
    (``_name_readings``), in the same order a recursion would give, so a clause naming thousands
    of people needs no Python stack frame per name (lead, session 20: 2,000 names raised
    RecursionError).
    """
    readings = [_name_readings(text, 0, connectors, starts, run_in, bounded, slot, listed)]
    before: list[str] = []  # the name read at each level below the top of the stack: len(readings) - 1 of them
    while readings:
        reading = next(readings[-1], None)
        if reading is None:
            readings.pop()
            if before:
                before.pop()  # the level below tries its next reading
        elif len(reading) == 2:  # a name, then 、 and the rest of the list from reading[1]
            before.append(reading[0])
            readings.append(_name_readings(text, reading[1], connectors, starts, run_in, bounded, slot, True))
        else:
            yield [*before, *reading[0]], reading[1], reading[2], reading[3], reading[4]


def _name_readings(
    text: str,
    pos: int,
    connectors: tuple[str, ...],
    starts: tuple[str, ...],
    run_in: bool,
    bounded: bool,
    slot: bool,
    listed: bool,
) -> Iterator[tuple[str, int] | _Split]:
    """The readings of the name that opens ``text[pos:]`` (``_people_splits``): ``(name, next)``
    where the name is followed by 、 and more names from ``text[next:]``, else a whole split.

    A name and what may follow it before the verb (同志, a remark, a date, a held post, 等…人) are
    read in the next _READING_WINDOW characters only, so each name of a long list costs the same
    (rev20: the rest of the clause was copied once per name, 20,000 names took 2.8 s, 2,000
    0.07 s); the rest after the verb is cut from the whole text when a split is yielded."""
    whole = len(text) - pos <= _READING_WINDOW
    head = text[pos:] if whole else text[pos : pos + _READING_WINDOW]

    def rest_of(after: str) -> str:  # ``after`` (a tail of head) as a tail of the whole text
        return after if whole else text[pos + len(head) - len(after) :]

    full = text
    text = head
    transliterated = _transliterated_sizes(text)  # never two: no closer is a syllable of transcription
    sizes = _name_sizes(text, (2, 3, 4))
    for size in (*sizes, *(n for n in transliterated if n not in sizes)):
        name = text[:size]
        if (
            len(full) - pos <= size
            or not (
                size in transliterated
                or is_person_name(name)
                or (size == 4 and is_married_name(name))  # 任命廖李可期为X / 委任林郑月娥为Y (posts18)
                or (bounded and _bounded_name(name, text[size:]))
                or _first_in_clause_bounded(name, text[size:])  # 项延训同志任X / 李金科任X (round 25)
                or (slot and _name_in_slot(name, text[size:]))
            )
        ):
            continue
        # round 11: 提 ends many transcribed names (古丽娜尔·艾合买提任X), so a dotted name may end in it
        # before 任, and is not cut one character short (…艾合买 + 提任); never in 买买提提任 (…买买提 + 提任)
        dotted_ti = text.startswith("提任", size - 1) and text[size - 2 : size] != "提提" and _is_dotted_name(name)
        if text.startswith(_NAME_NEVER_CUTS, size - 1) and not dotted_ti:
            continue  # 李四分 + 别为…, 张三担 + 任…: a name never ends inside such a word
        if text.startswith("提任", size) and text[size - 1] != "提" and _is_dotted_name(text[: size + 1]):
            continue
        after = text[size:]
        comrade = after.startswith(HONORIFICS)
        if comrade:
            after = after[2:]
        remark_match = _NAME_REMARK_RE.match(after)  # 左力（女）的司法部副部长 / 王强（女，汉族）为…
        remark = remark_match is not None
        if remark_match:
            after = after[remark_match.end() :]
            if not comrade and after.startswith(HONORIFICS):
                comrade, after = True, after[2:]  # 免去李四（女）同志X职务: 同志 after the remark (round 13)
        elif (dated := _NAME_DATE_RE.match(after)) is not None:
            after = after[dated.end() :]  # 张三（2019年3月）任X: the month of the change, not a post (round 9)
        if (when := _NAME_WHEN_RE.match(after)) is not None:
            after = after[when.end() :]  # 张三先生于2023年7月24日辞任X: the day of the change (香港, round 17)
        if (
            after[:1] in _NAME_VERB_ADVERBS
            and (
                after[:1] not in _NAME_PLURAL_ADVERBS or (listed and not _plural_adverb_in_name("、" + name, after[0]))
            )  # 王小均为X
            and any(after.startswith(c, 1) for c in connectors if c and c != "的")  # 阿不都的X: never an adverb
        ):
            after = after[1:]  # 王建华则不再担任X: 则 between the person and the verb (round 17)
        held: str | None = None
        held_match = _HELD_IN_BRACKETS_RE.match(after) if after[:1] in _OPEN else None
        if held_match and _title_at_end(held_match.group(1)):  # 任命张三（某局副局长）为…: the note
            held, after = held_match.group(1), after[held_match.end() :]
        if after.startswith("、"):
            yield name, pos + len(head) - len(after) + 1
            continue
        etal = ETAL_RE.match(after) if after.startswith("等") else None
        if etal:
            after = after[etal.end() :]
        respective = after.startswith(_RESPECTIVELY)  # 张三、李四分别为…
        if respective:
            after = after[len(_RESPECTIVELY) :]
        for connector in sorted(connectors, key=len, reverse=True):  # 兼任 before 兼
            if after.startswith(connector) and not after.startswith(
                "为", len(connector)
            ):  # 刘书为|为X: the name ends in 为
                note = etal.group() if etal else held
                yield [name], connector, rest_of(after)[len(connector) :], note, respective
        if (comrade or remark) and run_in and not etal and not respective:  # 免去张三同志某局局长职务
            yield [name], "", rest_of(after), None, False
        elif etal and etal.group().endswith(HONORIFICS) and run_in and not respective:
            yield [name], "", rest_of(after), etal.group(), False  # 免去杨冬生等同志X主任职务: the named one (round 13)
    if run_in:
        hit = _split_run_in(rest_of(text), starts)
        if hit:
            yield [hit[0]], "", hit[1], None, False


# A remark in brackets right after a name: 左力（女）, 王强（女，汉族）, 张三(男,1970年生).
_HELD_IN_BRACKETS_RE = compile_re(r"[（(]([^（）()]{2,40})[）)]")
# A date in brackets right after a name (round 9): 张三（2019年3月）任X, 李四（2020.05）为Y.
_NAME_DATE_RE = compile_re(
    rf"[（(](?:[\d０-９]{{4}}|[〇零一二三四五六七八九]{{4}})(?:年[\d０-９{CN_ORDINALS}]{{1,2}}月(?:[\d０-９{CN_ORDINALS}]{{1,3}}日)?"
    r"|[.．][\d０-９]{1,2})(?:起)?[）)]"
)

# Round 6 (issue 9): lists under a heading, read line by line.
_PROPOSAL_LEADS: tuple[str, ...] = (*PROPOSAL_LEADS, *REFUSAL_LEADS)  # 提请任命A为X: a motion, not a change
_REFUSAL_LEAD_RE = compile_re(alternation(REFUSAL_LEADS))  # 会议未同意由A代理X: refused, before an acting post
# A verb, 的 and a list's noun: a heading of the list below (此次任命的干部名单如下, round 11).
_LIST_NOUN_TAILS = ("名单", "名单如下", "人员如下", "同志如下")
_LIST_NOUN_RE = compile_re(rf"(?:职务)?的[{_CJK}]{{0,20}}?(?:名单|人员|同志)(?:如下)?")  # 免去职务的人员名单
# …the body asked named between (round 11): 经县委研究并提请县人大常委会任命：A为X (a recommendation to the congress).
_PROPOSED_TO_RE = compile_re(rf"(?:提请|建议|推荐)[{_CJK}]{{2,24}}?(?:常务委员会|常委会|人民代表大会|人大)$")


# A clause that begins with these words reads like a decision: 决定张三为某市人民政府代理市长,
# 同意李娟任… (vocab: DECISION_LEADS, two characters each).
_DECISION_LEADS: tuple[str, ...] = tuple(DECISION_LEADS)
assert all(len(lead) == 2 for lead in _DECISION_LEADS)
# Words between a name and a post it holds, under a verb in force: A现任X职务 / A兼任X职务 / A兼X.
_HELD_MARKERS: tuple[str, ...] = tuple(sorted(HELD_POST_MARKERS, key=len, reverse=True))
# Connector after the names in a clause without a leading verb → action ("" = carried verb).
_BARE_CONNECTORS: dict[str, str] = {
    "不再担任": REMOVE,  # 李四不再担任某局局长职务
    "不再兼任": REMOVE,  # 李四不再兼任某中心主任职务
    "代理": APPOINT,  # 张三同志代理某市人民政府市长
    "辞去": RESIGN,  # 王五辞去某局局长职务
    "辞任": RESIGN,  # 张三辞任某公司董事会主席 (香港; 张三辞 + 任X had been a false person, round 17)
    "兼任": APPOINT,  # 侯为东同志兼任中共某市委某开发区工作委员会副书记 (漳州 2019)
    "挂职任": APPOINT,  # 张三挂职任某县副县长 (round 7: a post held on secondment)
    "挂任": APPOINT,  # 王五挂任某局副局长（挂职一年）
    "任": APPOINT,  # 王勇任北京市平谷区城市管理委员会副主任
    **dict.fromkeys(MOVE_VERBS, APPOINT),  # 张三调任某市财政局局长 (round 8)
    **dict.fromkeys(LEAVE_VERBS, REMOVE),  # 张少农卸任国土资源部副部长 (round 8)
    "为": "",  # 任命A为X；B为Y (carried) / 决定张三为…
    "担任": "",  # 决定由张三担任某局局长 (decided only: 张三担任… alone is a story)
    "的": "",  # 免去A的X职务，B的Y职务 (carried)
    # 免去：/ 赵尔陆现任第二机械工业部部长职务 (carried); 兼任 alone keeps its own reading above
    **{marker: "" for marker in HELD_POST_MARKERS if marker != "兼任"},
}


# POST NAME兼任POSTS: 漳州市副市长侯为东兼任中共漳州市委某开发区工作委员会委员、副书记 (漳州 2019).
HOLDER_JIANREN_RE = compile_re(rf"(?P<holder>[{_CJK}{NAME_DOTS}、\d]{{4,40}}?)(?:同志)?兼任(?P<posts>.+)$")
# What may follow 其 in a clause of its own: 其代理市长职务 / 其任某局局长 / 其兼任某委主任.
_QI_CONNECTORS: tuple[str, ...] = (ACTING_PREFIX, "兼任", "任")

# Round 5 (issue 9): phrasings read by rewriting the clause into the active form the rules read.
# A name (with 同志 and a bracketed remark) right before a verb printed after it: 张三被任命为X →
# 任命张三为X; 张三（女）被免去X职务 / 张三免去X职务 → 免去张三的X职务; 张三当选为X → 任命张三为X.
# appoint31: an academic or professional rank printed after the name, before a name-first verb (吴玲教授被聘为学院院长 —
# zisu 2021, dev; 张三博士被任命为X / 李四研究员当选为Y): vocab NAME_RANKS_AFTER_NAME. The name before it must still be a
# name (_all_names), so 某大学教授张三被聘为X reads as before.
_NAME_RANK_ALTERNATION = alternation(NAME_RANKS_AFTER_NAME)
_NAME_FIRST_RE = LazyPattern(
    rf"^(?P<name>[{CJK_EXTENDED}{NAME_DOTS}、]{{2,80}}?)(?:{_NAME_RANK_ALTERNATION})?(?:{_HONORIFIC_ALTERNATION})?"
    rf"(?P<remark>[（(][^（）()任免聘]{{1,24}}[）)])?(?:{_HONORIFIC_ALTERNATION})?"
    rf"(?:{NAME_WHEN_PATTERN})?"  # 冯波鸣先生于同日获委任为X / 于2023年7月24日 (round 17)
    rf"(?P<adverb>{alternation(NAME_VERB_ADVERB_WORDS)}|[{''.join(NAME_VERB_ADVERBS)}])?"  # 张三亦/同时被任命为X (rounds 17, 19)
    r"(?P<etal>(?:等[\d一二两三四五六七八九十百]{1,4}|\d{1,4})(?:名|位)?(?:同志|人员|人)"  # A、B等5人被聘为… (广州 2009)
    r"|等人?)?"  # anews21: 马国仓、王民…等当选为X (chinatoday 2021, dev) / A、B等人当选为X: the named ones
    rf"(?:{'|'.join(ELECTION_ADVERBS)}|{'|'.join(ELECTION_VOTES)})?"  # 祝海红全票当选为… / 张三以190票当选为…
    r"(?P<respective>分别)?"  # 张三、李四分别当选为X、Y: one post each, in order (round 15)
    rf"(?P<verb>{alternation(NAME_FIRST_VERBS)})"
)
_NAME_PROPOSAL_TAILS: tuple[str, ...] = tuple(NAME_PROPOSAL_WORDS)
_NAME_FIRST_TRIGGER_RE = compile_re(
    "被|当选|增选为|增补为|免去|免除|解聘|获聘|受聘|获委任|获调任|获任|任命为|提拔为|获选为|膺选为"  # round 20: the last three
)
# A short remark after each name of a list, before 、: 刘昕(无党派)、倪梁康(无党派)获聘… (tried only when
# the clause does not read without removing them).
_LIST_REMARK_RE = compile_re(rf"(?<=[{CJK_EXTENDED}])[（(][^（）()任免聘为]{{1,10}}[）)](?=、)")
_NAME_LIST_SUBJECTS: tuple[str, ...] = tuple(NAME_LIST_SUBJECTS)
assert all(len(subject) == 2 for subject in _NAME_LIST_SUBJECTS)
_PASSIVE_ADVERB_RE = compile_re(f"(?<=被)(?:{'|'.join(PASSIVE_ADVERBS)})")
# 被国务院任命为 / 被市人大常委会任命为: the deciding body between 被 and the verb (round 8).
_PASSIVE_AGENT_RE = compile_re(
    rf"(?<=被)[{_CJK}]{{0,12}}?(?:{alternation(PASSIVE_AGENT_ENDS)})(?=(?:任命|聘任|聘|选举|免去|免除|撤销|罢免)为?)"
)
_ELECTED = frozenset(verb for verb in NAME_FIRST_VERBS if "选" in verb)
# A removal whose "post" opens with another person (张三免去李四的X职务: 张三 acts, not a change of 张三).
_ANOTHER_PERSON_RE = compile_re(rf"^[{_CJK}]{{2,4}}(?:同志)?的")
# 选举/补选(了) leading a clause's people: an election to a post, read as 任命 (never inside 《》).
# apages21: 选举产生 with the people right after it (选举产生A同志为X, ELECTION_RESULT_VERBS) is the verb too; the
# look-ahead is bounded (a name of 2-4 characters, its 同志, then 为 or 、; or a dotted name), so the pattern
# stays linear.
_ELECTION_RE = compile_re(
    rf"(?<!被)(?:(?:{alternation(ELECTION_RESULT_VERBS)})"
    rf"(?=[{_CJK}]{{2,4}}(?:同志)?[为、]|[{_CJK}]{{1,8}}[{NAME_DOTS}])(?![了的])"
    rf"|(?:{'|'.join(ELECTION_VERBS)})了?(?!{'|'.join(map(re.escape, ELECTION_NOUN_TAILS))}))"
)
# A reason between a name and its verb: 李四同志因工作调动，不再担任X / 王五因个人原因辞去X. Round 18: after 先生 /
# 女士 too, and 由于 as 因 (张三先生因个人原因辞去公司董事长职务, 陈有权先生由于工作变动原因辞去X — company notices,
# probe fit: nothing had been read).
_REASON_RE = compile_re(
    rf"^(?P<name>[{_CJK}{NAME_DOTS}、]{{2,40}}?)(?:{_HONORIFIC_ALTERNATION})?"
    rf"(?:(?P<ground>(?:因|由于)[{_CJK}]{{1,30}}?)|{REASON_BY_PATTERN})[，,]?"  # 以个人工作变动为由 (round 19)
    # appoint28: the consequence's connective after the comma (刘干江先生因调任控股股东湘潭电化集团有限公司副董事长兼总经理,
    # 故申请辞去公司总经理职务 — herich 2019, dev: nothing read), and a ground up to 30 characters (a move told as the reason)
    rf"(?:{alternation(LEAVING_AFTER_CONNECTIVES)})?"
    rf"(?={alternation(REASON_VERBS)})"
)
_HONORIFIC_TUPLE: tuple[str, ...] = tuple(HONORIFICS)


def _ground_names_the_leaver(ground: str | None) -> bool:
    """Does a ground (因…) end on the person who leaves — another person than the clause's first name (张三先生因控股股东
    …公司总经理李四先生申请辞去总经理职务 / 张三因公司原董事长李四申请辞去X: 李四 resigns, not 张三; rev19)? A name with
    its honorific closes it, or a name right after a title."""
    if not ground:
        return False
    if ground.endswith(_HONORIFIC_TUPLE):
        return True
    return any(
        is_person_name(ground[-size:]) and _title_at_end(ground[1:-size]) is not None
        for size in (2, 3)
        if len(ground) > size + 2
    )


# The resignation's verbs after a reason when a post held opens the clause: 主教练丁伟因个人原因辞去X (round 19);
# appoint28: with a filler too (公司原董事长萬鑫銘同志因工作安排,申請辭去公司董事長、董事… — 中国汽研 2024,
# arsndm79 dev: nothing read).
_RESIGNING_AFTER_REASON: tuple[str, ...] = RESIGNING_VERBS


# A connective glued to the name opening a clause: 其中陈冬不再担任副省长 (round 12).
_GLUED_LEAD_NAME_RE = LazyPattern(
    # appoint28: 先生 / 女士 as 同志 (因此許晶先生申請辭去… — a company notice, iview.sina.com.tw dev)
    rf"(?P<name>[{_CJK}{NAME_DOTS}]{{2,6}}?)(?:{_HONORIFIC_ALTERNATION})?(?:[（(][^（）()]{{1,12}}[）)])?"
    rf"(?:{alternation(_NAME_CLAUSE_OPENERS)})"
)
_GLUED_LEADS: tuple[str, ...] = tuple(GLUED_CLAUSE_LEADS)


def _without_glued_lead(clause: str) -> str:
    """其中陈冬不再担任副省长 → 陈冬不再担任副省长: the connective is no part of the name."""
    lead = next(w for w in _GLUED_LEADS if clause.startswith(w))
    named = _GLUED_LEAD_NAME_RE.match(clause, len(lead))
    if named is None:
        return clause
    name = named.group("name")
    if is_person_name(name):
        return clause[len(lead) :]
    # 即林冠英出任X: the name read up to 出 before the opener 任; the name is the rest of it when a move's verb
    # begins right after it (round 20)
    moved = is_person_name(name[:-1]) and clause.startswith(_MOVE_VERB_TUPLE, len(lead) + len(name) - 1)
    return clause[len(lead) :] if moved else clause


_MOVE_VERB_TUPLE: tuple[str, ...] = tuple(MOVE_VERBS)


_RUN_MAX = 40  # characters of a run of names printed without separators
_COMMON_SURNAMES = frozenset(SURNAMES_COMMON)


def _run_piece_cost(piece: str) -> int | None:
    """How unlikely ``piece`` is as a name inside a run of names (None: not a name): 0 with a common
    or compound surname, 1 with a less common one (利陈刚) or one read only in a run (时清霜)."""
    if is_person_name(piece):
        return 0 if piece[0] in _COMMON_SURNAMES or piece[:2] in COMPOUND_SURNAMES else 1
    if piece[0] in RUN_ONLY_SURNAMES and len(piece) <= 3 and is_person_name("王" + piece[1:]):
        return 1  # 时清霜: the rest of it shaped as a name's (round 13)
    return None


def _segmented_names(run: str) -> str | None:
    """范照兵王晓东王刚聂瑞平 → 范照兵、王晓东、王刚、聂瑞平: a run of names printed without separators,
    split into names of two to four characters — only when one split makes every piece a name with
    fewer uncommon surnames than any other (round 8; round 13: 袁桐利陈刚 is 袁桐利、陈刚, not
    袁桐、利陈刚). One pass over the run, keeping the cheapest ways to reach each position (at most 2)."""
    if not 4 <= len(run) <= _RUN_MAX or not _ALL_CJK_RE.fullmatch(run) or (len(run) == 4 and is_married_shape(run)):
        return None  # 陈林王刚: one married name or two names, which cannot be told (posts18); 陈冯富珍 is read whole
    unreached = len(run) + 1
    cost = [0] + [unreached] * len(run)
    ways = [1] + [0] * len(run)
    back = [0] * (len(run) + 1)
    for end in range(2, len(run) + 1):
        for size in (2, 3, 4):
            start = end - size
            if start < 0 or not ways[start] or (piece := _run_piece_cost(run[start:end])) is None:
                continue
            total = cost[start] + piece
            if total < cost[end]:
                cost[end], ways[end], back[end] = total, ways[start], start
            elif total == cost[end]:
                ways[end] = min(2, ways[end] + ways[start])
    if ways[len(run)] != 1:
        return None  # no split, or two as likely: which characters are whose cannot be told
    names: list[str] = []
    end = len(run)
    while end:
        names.append(run[back[end] : end])
        end = back[end]
    return "、".join(reversed(names)) if len(names) > 1 else None


_ELECTED_NOT_POST_RE = compile_re(rf"(?:{'|'.join(ELECTED_NOT_POSTS)})[。；;！!\s\u3000]*$")
_YEAR_RE = compile_re(r"\d{4}年")
_BIRTH_YEAR_RE = compile_re(
    r"(?:生于\d{4}年(?:\d{1,2}月)?|\d{4}年(?:\d{1,2}月)?(?:出)?生)"
)  # 生于1955年的牛盾 (round 8)


def _without_attributive(clause: str, verb: str = "被") -> str:
    """The clause from the name on, when an attributive ending in 的 stands before the name of a
    passive or of 当选: 不满46岁的陆昊被任命为X → 陆昊被任命为X, 代理省长3个月的孙志刚当选贵州省长 →
    孙志刚当选贵州省长. A dated one (2015年的…) is a story: kept whole."""
    at = clause.find(verb)
    de = clause.rfind("的", 0, at)
    name = clause[de + 1 : at].removesuffix("同志")
    dated = _YEAR_RE.search(clause[:de]) is not None and not _BIRTH_YEAR_RE.fullmatch(clause[:de])
    if de < 1 or not (2 <= len(name) <= 4 or "、" in name) or dated or "票" in clause[:at]:
        return clause  # 以190票的高票当选: a count, not an attributive
    if name in ELECTION_ADVERBS or not _all_names(name):
        return clause
    return clause[de + 1 :]


# The post first, then who was elected to it: 当选为某市人民政府市长的是张三 / 新当选X的是A、B (round 8).
_ELECTED_IS_RE = compile_re(
    r"^(?:新)?当选为?(?P<post>[^，,：:；;。是的]{2,40})的是[：:]?(?P<names>[^，,：:；;。]{2,60}?)[。；;]?$"
)
# The verb after an attributive before the name: a move or a leaving (年满60岁的张少农卸任X, round 8), 接替 or
# 不再担任 (anews21: …升任X的张三接替李四出任Y, 此前兼任X的张三不再担任Y).
_AFTER_ATTRIBUTIVE_VERB_RE = compile_re(alternation([*MOVE_VERBS, *LEAVE_VERBS, *ATTRIBUTIVE_SUCCESSION_VERBS]))
# anews21: an age describing the holder, opening the clause (65岁的蔡名照… / 现年59岁的王赋…): two or three digits
# only, so a count (300名…) or a year (2020年的…) never reads as one.
_HOLDER_AGE_RE = compile_re(rf"^(?:{alternation(HOLDER_AGE_LEADS)})?{HOLDER_AGE_PATTERN}")


def _without_holder_age(clause: str) -> str:
    """65岁的蔡名照因年龄原因不再担任X → 蔡名照因年龄原因不再担任X, when a name follows the age (anews21)."""
    age = _HOLDER_AGE_RE.match(clause)
    return clause[age.end() :] if age is not None and _opens_with_a_name(clause[age.end() :]) else clause


def _without_move_attributive(clause: str, first_verb: str) -> str:
    """The clause from the name on when an attributive ending in 的 stands before it: the first move or leaving
    verb (年满60岁的张少农卸任X, round 8), else the clause's own verb after the first 的 (刚刚升任X的杜兆才接替于洪臣出任Y:
    the attributive holds a move of its own — anews21). Two tries at most, each linear."""
    out = _without_attributive(clause, first_verb)
    if out != clause:
        return out
    after = _AFTER_ATTRIBUTIVE_VERB_RE.search(clause, clause.find("的") + 1)
    return clause if after is None else _without_attributive(clause, after.group())


# A name, then whom it succeeds, before the verb: 张三接替李四任X / 张三同志接替李四出任X (round 8).
_SUCCEEDS_RE = LazyPattern(
    rf"^由?(?P<name>[{_CJK}{NAME_DOTS}]{{2,12}}?(?:同志)?)"
    rf"(?:[在于](?:[\d０-９]{{2,4}}年|今年|去年|同年)?[\d０-９{CN_ORDINALS}]{{1,2}}月(?:[\d０-９{CN_ORDINALS}]{{1,3}}日)?)?"  # 在2月 (round 9); 在今年2月 (round 24)
    rf"接替(?P<other>[{_CJK}{NAME_DOTS}]{{2,12}}?)(?:同志)?(?:{alternation(PASSIVE_ADVERBS)})?"
    rf"(?=(?:{alternation([*MOVE_VERBS, '担任', '任'])})(?![命务期职免用]))"
)


_LEFT_POST_TAILS: tuple[str, ...] = tuple(LEFT_POST_AT_END)
# The post held and the name, a reason perhaps, then the verb that ends the clause (round 13).
_LEFT_POST_RE = LazyPattern(
    rf"^(?P<head>[{_CJK}（）()]{{4,40}}?)(?:同志)?(?:因[^，,；;。]{{1,12}}?|{alternation(LEFT_POST_ADVERBS)})?"
    rf"(?P<verb>{alternation(LEFT_POST_AT_END)})$"
)


def _held_post_left(clause: str, starts: tuple[str, ...]) -> list[_Change]:
    """國防部長馮世寬卸任 / 陸委會主委張小月另有任用 / 勞動部長林美珠因身體因素請辭: the post held, the name,
    then a verb of leaving that ends the clause — the post is the one left (round 13). The name must
    fit one way only; a former holder (原/前…) leaves nothing now."""
    m = _LEFT_POST_RE.match(clause.rsplit("的", 1)[-1])  # 任期未满、年龄未到的|教育部部长周济被免职
    if m is None or m.group("head").startswith(_FORMER_HOLDER_LEADS):
        return []
    head = m.group("head")
    if opens_with_rumour(head):
        return []  # 传县财政局局长张三卸任: a rumour, and 传 no part of the post (appoint32)
    if head.startswith(_ANNOUNCING_LEADS) and (lead := _ANNOUNCING_LEAD_RE.match(head)):
        head = head[lead.end() :]  # 宣布球队主教练丁伟辞职: the post is 球队主教练, never 宣布球队主教练 (round 19)
    name = _name_after_post(head)
    if name is None or TRIGGER_RE.search(head):
        return []
    action = LEFT_POST_AT_END[m.group("verb")][0]
    return _changes(action, [name], head[: -len(name)], starts)


_REFUSED_RE = compile_re("不|未|拒|没有|暂缓")
# Round 19: 同意/接受/批准 + holders, each a post then a name, + the request's noun (RESIGNATION_REQUEST_NOUNS).
_REQUEST_NOUN_TUPLE: tuple[str, ...] = tuple(RESIGNATION_REQUEST_NOUNS)
_ACCEPTED_HOLDERS_RE = compile_re(
    rf"(?<![不未])(?:同意|接受|批准)了?(?P<holders>[^，,；;。：:《》]{{4,80}}?)(?:递交|提交|提出)?的?(?:{alternation(RESIGNATION_REQUEST_NOUNS)})$"
)
# 首任 / 第一任 between an organization and its title (那曲市人民政府首任市长): the post is the title's
_FIRST_HOLDER_RE = LazyPattern(
    rf"(?<=[{_CJK}])(?:首任|第[{CN_ORDINALS}]{{1,3}}任)(?=[副代]?[{_CJK}]{{0,3}}(?:长|主席|主任|书记|长官))"
)  # 第三任行政長官 (香港 2007, round 13)
# 其 after a decision in the clause after the person's own: 任命张三为副县长，并决定其为代理县长 /
# 同时决定其代理县长职务 (其 is the person just named in this sentence, never one of an earlier line)
_DECIDED_QI_RE = compile_re(r"^(?:并且?|同时|会议还?)?(?:决定|同意)其(?=为|代理|担任|任)")
# 免去A的X职务，并接受其辞去Y职务请求: 其 is A, the person of the clause before (广东 2024, round 12).
_ACCEPTED_QI_RE = compile_re(r"^(?:并且?|同时)?(?:接受|同意|批准)其(?=辞去)")


# When and where, between an elected name and its verb: 陈敏尔1月30日在贵州省十二届人大四次会议…上当选为X
# (2016, dev N; round 12) — dropped, the name then meets its verb.
_SESSION_ADVERBIAL_RE = compile_re(
    rf"(?:[\d{CN_ORDINALS}]{{1,3}}月[\d{CN_ORDINALS}]{{1,3}}日)?"
    r"在[^，,；;。《》在]{2,60}?(?:会议|大会)上(?=当选|被选|被补选|被任命|被增补|被增选)"
)  # round 24: 被增补 / 被增选 (蔡武在…第九次会议上被增补为X)


# 正式 between a name and the verb of its new post: 栗战书正式任中央办公厅主任 (大公报 2014, dev O; round 13)
# The verbs after such an adverb besides MOVE_VERBS and LEAVE_VERBS (round 20): a resignation, an election, a passive.
_TIMED_CHANGE_VERBS: tuple[str, ...] = ("辞去", "辞任", "当选", "被", "获委任", "不再担任", "不再兼任")
# appoint31: a succession after a word of time (张三近日接替李四任X → 张三接替李四任X, read by _SUCCEEDS_RE); never after a
# word of a change done (张三已接替李四任X tells where he is now, as 已任 does).
_TIMED_SUCCESSION_VERBS: tuple[str, ...] = ("接替",)
_ANY_ADVERB = alternation([*NAME_TIME_ADVERBS, *NAME_VERB_ADVERBS, *NAME_DONE_ADVERBS])
# 于昨日 / 於近日 / 已正式 / 已于日前: 于 before a word of time, and up to three such words in a row, are one adverbial;
# the name is looked for before all of it (张三于昨日辞去X: never the person 张三于).
_ADVERB_BEFORE_MOVE_RE = LazyPattern(
    rf"(?P<honorific>{_HONORIFIC_ALTERNATION})?"
    rf"(?:(?:(?:于|於)?(?:{_ANY_ADVERB})){{0,2}}(?:于|於)?(?:{alternation([*NAME_TIME_ADVERBS, *NAME_VERB_ADVERBS])})"
    rf"(?=任(?![命务期职免用])|{alternation([*MOVE_VERBS, *LEAVE_VERBS, *_TIMED_CHANGE_VERBS, *_TIMED_SUCCESSION_VERBS])})"
    rf"|(?:(?:于|於)?(?:{_ANY_ADVERB})){{0,2}}(?:{alternation(NAME_DONE_ADVERBS)})"
    rf"(?={alternation([*LEAVE_VERBS, *_TIMED_CHANGE_VERBS])}))"
)
# A personnel verb denied right before it (张三没有被任命为X, 并未任命张三为X, 张三从未担任X; vocab
# NEGATED_CHANGE_LEADS): the clause states that no change was made (round aprec21). The trigger follows at once.
# 未 / 没 alone (vocab NEGATION_NAME_LAST) deny too after two characters or more (李红未任X, 会议未任命A), never after
# one: 李未任X is the two-character name 李未 (the lead's session-20 rule for names).
_NEGATED_CHANGE_RE = compile_re(
    rf"(?:(?:{alternation(NEGATED_CHANGE_LEADS)})|(?<=[{_CJK}]{{2}})[{NEGATION_NAME_LAST}])被?(?:正式|依法)?"
    rf"(?:{TRIGGER_RE.pattern})"
)
_TIME_ADVERB_GATE_RE = compile_re(alternation([*NAME_TIME_ADVERBS, *NAME_VERB_ADVERBS, *NAME_DONE_ADVERBS]))


def _denies_the_clause(clause: str) -> bool:
    """Whether a denied personnel verb stands outside every bracketed remark and quoted title of the clause: a
    denial inside one (任命张三为X（原局长已于上月未被续聘）, 根据《关于未任命人员…》) tells of something else and
    leaves the clause's own change standing (round rev22). One pass over the clause; called after a denial is found."""
    if not any(mark in clause for mark in "（(《"):
        return True
    return _NEGATED_CHANGE_RE.search(_BRACKETED_RE.sub("", clause)) is not None


def _without_time_adverb(clause: str) -> str:
    """张三已辞去X → 张三辞去X; 中国联通原董事长常小兵则调任Y → …常小兵调任Y: a word of time or of a change done
    (NAME_TIME_ADVERBS, round 20) or 则 / 亦 … between a person and the verb of a move, a resignation or an
    election, dropped — only where the two to four characters before it (and 同志 / 先生 / 女士) are a name."""
    for m in _ADVERB_BEFORE_MOVE_RE.finditer(clause):
        start = m.start()
        before = clause[max(0, start - 16) : start]
        if before.endswith(("）", ")")) and (opener := max(before.rfind("（"), before.rfind("("))) >= 0:
            before = before[:opener]  # 张三（左）日前出任X: a remark between the name and the word
        if m.group().removeprefix(m.group("honorific") or "") in _NAME_PLURAL_ADVERBS and _plural_adverb_in_name(
            before, m.group()[-1]
        ):
            continue  # 王小均任X: after one person, 均 / 都 ends the name (posts18)
        for size in (3, 2, 4):
            name = before[-size:]
            if len(name) == size and (is_person_name(name) or _is_transliterated(name)):
                return clause[:start] + (m.group("honorific") or "") + clause[m.end() :]
    return clause


# A clause opening with the day it shares with the change before it: 而於同日馮波鳴先生獲委任為X (irasia, round 17).
_SAME_DAY_LEAD_RE = compile_re(r"^(?:而|并|同时)?(?:于|於)?(?:同日|当日)(?:起)?")


def _without_held_post_remark(clause: str) -> str | None:
    """The post held, the name, a remark right after the name, then the verb (江苏省委常委、宣传部部长王燕文(女)不再兼任X —
    hebei.com.cn 2018, dev): the clause from the name on without the remark (NAME_REMARK_LEADS), when the name the
    post-held reader finds ends where the remark opens; None otherwise (anews21)."""
    remark = _NAME_REMARK_RE.search(clause, 4, 64)
    if remark is None:
        return None
    joined = clause[: remark.start()] + clause[remark.end() :]
    held = _without_held_post(joined)
    if held is None or not 2 <= remark.start() - (len(joined) - len(held)) <= 4:
        return None  # the remark does not close the name read (a bracket inside the post, or after the verb)
    return held


def _opens_with_a_name(text: str) -> bool:
    return any(is_person_name(text[:n]) for n in (2, 3))


_ANNOUNCING_LEADS: tuple[str, ...] = tuple(ANNOUNCING_VERBS)
_ANNOUNCING_LEAD_RE = compile_re(rf"(?:{alternation(ANNOUNCING_VERBS)})了?[：:]?")


def _without_lead(clause: str, lead_re: re.Pattern[str]) -> str:
    """The clause without what ``lead_re`` matches at its start, when a person's name follows it; else as it is."""
    lead = lead_re.match(clause)
    return clause[lead.end() :] if lead is not None and _opens_with_a_name(clause[lead.end() :]) else clause


def _active_voice(clause: str) -> str | None:
    """The clause rewritten into the active form the rules read, or None when it has no such form.

    张三被任命为X / 张三当选为X → 任命张三为X; 张三被免去X职务 / 张三免去X职务 → 免去张三的X职务;
    会议选举张三为X → 会议任命张三为X; 李四同志因工作调动不再担任X → 李四不再担任X."""
    original = clause
    if clause.startswith(_ANNOUNCING_LEADS):
        clause = _without_lead(clause, _ANNOUNCING_LEAD_RE)  # 宣布曾庆洪先生辞去X: who announces is none (round 19)
    if "日" in clause:
        clause = _without_lead(clause, _SAME_DAY_LEAD_RE)  # 而于同日冯波鸣先生获委任为X: the day (香港, round 17)
    if _TIME_ADVERB_GATE_RE.search(clause):
        # 栗战书正式任中央办公厅主任 (round 13); 张三已辞去X, 李四日前出任Y, 乔布斯已经当选为Z (round 20)
        clause = _without_time_adverb(clause)
    if "上" in clause and "在" in clause:
        clause = _SESSION_ADVERBIAL_RE.sub("", clause, count=1)  # A1月30日在…会议上当选为X (round 12)
    if "岁的" in clause:
        clause = _without_holder_age(clause)  # 65岁的蔡名照因年龄原因不再担任X (anews21)
    if "因" in clause or "由于" in clause or "为由" in clause:
        reason = _REASON_RE.match(clause)
        if reason and _ground_names_the_leaver(reason.group("ground")):
            reason = None  # 张三因公司原董事长李四申请辞去X: 李四 leaves (rev19)
        if reason and _all_names(reason.group("name")):
            clause = reason.group("name") + clause[reason.end() :]  # then read as any name-first clause
        elif reason and clause.startswith(_RESIGNING_AFTER_REASON, reason.end()):
            # 主教练丁伟因个人原因辞去主教练职务: the post held before the name, then the reason (round 19)
            held = _without_held_post(reason.group("name") + clause[reason.end() :])
            if held is not None:
                clause = held
    if "被" in clause:
        clause = _PASSIVE_ADVERB_RE.sub("", clause)  # 张三被正式任命为… / 被依法免去…
        clause = _PASSIVE_AGENT_RE.sub("", clause, count=1)  # 张三被国务院任命为… (round 8)
        if "的" in clause:
            clause = _without_attributive(clause)  # 不满46岁的陆昊被任命为… (round 7)
    elif "当选" in clause and "的" in clause:
        clause = _without_attributive(clause, "当选")  # 代理省长3个月的孙志刚当选贵州省长 (round 7)
    elif "的" in clause and (moved := _AFTER_ATTRIBUTIVE_VERB_RE.search(clause)) is not None:
        clause = _without_move_attributive(clause, moved.group())  # 年满60岁的张少农卸任副部长 (round 8)
    if clause.startswith(_NAME_LIST_SUBJECTS):
        clause = clause[2:]  # 我校A(无党派)、B获聘…: who reports, not a name
    if "接替" in clause and (succeeding := _SUCCEEDS_RE.match(clause)) and _all_names(succeeding.group("other")):
        rest = clause[succeeding.end() :]
        if rest.startswith("担任"):
            rest = rest[1:]  # 张三接替李四担任X: a succession, 担任 as 任 (round 15; 担任 alone tells a story)
        clause = succeeding.group("name") + rest  # 张三接替李四任X → 张三任X (round 8)
    if "当选" in clause and "的是" in clause and (elected := _ELECTED_IS_RE.match(clause)) is not None:
        names = _NAME_REMARK_RE.sub("", elected.group("names")).removesuffix("同志")
        post = elected.group("post")
        if _all_names(names) and _title_at_end(post) and not _ELECTED_NOT_POST_RE.search(post):
            return f"任命{names}为{post}"  # 当选为X的是A (round 8)
    if (
        "当选" in clause or "被" in clause or "任" in clause or "升" in clause or "履新" in clause or "辞去" in clause
    ) and (
        held := _without_held_post(clause)
    ) is not None:  # 升: 秘書長陳永豐調升副市長 (round 16); 履新: 某省委常委张三履新X (round 18)
        clause = held  # 中共中央政治局常委俞正声当选全国政协主席 → 俞正声当选… (round 8)
    elif ("（" in clause or "(" in clause) and "任" in clause and (held := _without_held_post_remark(clause)):
        clause = held  # 江苏省委常委、宣传部部长王燕文(女)不再兼任X (anews21)
    m = _NAME_FIRST_RE.match(clause) if _NAME_FIRST_TRIGGER_RE.search(clause) else None
    if m is None and "、" in clause and _LIST_REMARK_RE.search(clause) and _NAME_FIRST_TRIGGER_RE.search(clause):
        m = _NAME_FIRST_RE.match(_LIST_REMARK_RE.sub("", clause))  # 刘昕(无党派)、倪梁康(无党派)获聘…
    name = "" if m is None else m.group("name")
    if (
        m is not None
        and m.group("adverb") in _NAME_PLURAL_ADVERBS
        and _plural_adverb_in_name(name, m.group("adverb"))
        and not m.group("etal")
    ):
        name += m.group("adverb")  # 王小均当选为X / 买买提·阿不都任Y: 均, 都 after one person end the name (posts18)
    if m is not None and name.endswith(_NAME_PROPOSAL_TAILS):
        return None  # 张三拟被任命为X: a proposal, never the person 张三拟 (round 20)
    if m is not None and "、" not in name and not _all_names(name):
        run = _segmented_names(name)  # 范照兵王晓东王刚…当选X (round 8)
        if run is not None:
            return _active_voice(run + clause[m.end("name") + len(name) - len(m.group("name")) :])
    if m is None or not _all_names(name):
        if ("选" in clause or "增补" in clause) and "《" not in clause:  # never a decision named by its title
            election = _ELECTION_RE.search(clause)
            if election and "为" in clause[election.end() :] and not _ELECTED_NOT_POST_RE.search(clause):
                return clause[: election.start()] + "任命" + clause[election.end() :]
        return None if clause == original else clause
    verb, rest = NAME_FIRST_VERBS[m.group("verb")][0], m.string[m.end() :]
    if m.group("verb").startswith("被"):
        rest = rest.removeprefix("了")  # 张芃被罢免了…职务
    if m.group("verb") in _ELECTED and _ELECTED_NOT_POST_RE.search(rest):
        return None  # 张三当选为全国人大代表: a deputy's seat, not a post
    etal = m.group("etal")
    people = name + (f"等{etal.removeprefix('等')}" if etal else "")  # A、B3人 → A、B等3人
    if verb in ("任命", "聘任", "聘请"):
        respective = "分别" if m.group("respective") and "、" in people else ""
        return f"{verb}{people}{respective}为{rest.removeprefix('为')}"
    if m.group("respective"):
        return None if clause == original else clause  # 分别 before a removal: read as printed (round 15)
    if _ANOTHER_PERSON_RE.match(rest) or not _REMOVAL_TAIL_RE.search(rest.rstrip("。；; \u3000")):
        return None if clause == original else clause  # 张三免去李四的…: 张三 decides; a removal ends in 职务
    if m.group("etal"):
        return None if clause == original else clause  # 张三等3人被免去…: whose posts, is unclear
    rest = rest.removeprefix("其")  # 张三因另有任用，免去其X职务: 其 is 张三, never part of the post
    joint = "" if rest.startswith(("的", *_HELD_MARKERS)) else "的"
    return f"{verb}{name}{joint}{rest}"


def _acting_holder(clause: str, starts: tuple[str, ...]) -> list[_Change]:
    """郑皓副区长代理通州区人民政府区长职务 → appoint 郑皓 as …代理区长, note 副区长 (the post held)."""
    at = clause.find(ACTING_PREFIX)
    if at < 3:
        return []
    head = clause[:at]
    if _REFUSAL_LEAD_RE.search(head):
        return []  # 会议未同意由副市长王建国代理市长职务: refused, no acting post (session 19)
    rest = clause[at + len(ACTING_PREFIX) :]
    held = _title_at_end(head)
    if held is None:
        return _held_first_acting(head.removesuffix("同志"), rest, starts)
    name = head[: -len(held)].removesuffix("同志")
    if not is_person_name(name):
        return []
    return _changes(APPOINT, [name], rest, starts, acting=True, extra_note=held)


_HELD_FIRST_MAX = 30  # characters of the posts held printed before the name


def _held_first_acting(head: str, rest: str, starts: tuple[str, ...]) -> list[_Change]:
    """天津市委副书记、市长黄兴国同志代理天津市委书记职务: the posts held before the name (round 12), as
    the note; the name is the shortest tail of ``head`` whose part before it ends with a title."""
    for size in (2, 3, 4):
        name, held = head[-size:], head[:-size]
        if 2 <= len(held) <= _HELD_FIRST_MAX and is_person_name(name) and _title_at_end(held) is not None:
            return _changes(APPOINT, [name], rest, starts, acting=True, extra_note=held)
    return []


_TITLE_SPAN_RE = compile_re(r"《[^《》]*》")
# A name, then spaces, then the verb printed after a name: 张三　任某局局长 / 李四　免去某局局长职务.
_SPACE_BEFORE_VERB_RE = LazyPattern(
    rf"^(?P<name>[{_CJK}]{{2,4}}?)(?:同志)?[ \u3000]+(?=任(?!务|期)|免去|免除|兼任|不再担任|不再兼任|辞去|代理)"
)
_SPACE_BEFORE_COMRADE_RE = LazyPattern(rf"(?<=[{_CJK}])[ \u3000]+(?=同志)")
# A clause that only says a decision follows (经研究，决定： / 会议决定： / 现决定如下：): the lines below
# are decided even without a verb (张三同志为某局局长；). Never a clause naming a decision (…的决定).
_DECISION_HEADER_RE = compile_re(
    r"(?:经[^，。；：:的]{0,40}?(?:研究|审议|讨论)|[^，。；：:的]{0,30}?(?:会议|常委会)(?:研究|审议|讨论)?|研究|现|特"
    rf"|[^，。；：:的]{{0,30}}?(?:{alternation(DECIDING_BODIES)})(?:研究)?)?决定(?:如下)?"  # 县人民政府决定： (round 8)
)
# A decision announced before its changes (round 19): 宣布了中共中央、国务院关于南京大学校长职务任免的决定 / 宣读了省委
# 的决定 / 公布了有关任免决定 — the clause ends in 决定; never one that proposes (建议/提请) or only plans (将宣布).
_ANNOUNCED_DECISION_RE = compile_re(
    rf"(?<![将拟要])(?:{alternation(ANNOUNCING_VERBS)})了?[^，,；;。：:《》]{{0,60}}?(?<![建议提请])决定$"
)


def _resignation_list(pieces: list[str]) -> list[str]:
    """Each resignation of a 接受 list on its own, the lead verb given to each."""
    result: list[str] = []
    for piece in pieces:
        parts = _RESIGN_LIST_RE.split(piece)
        lead = _RESIGN_LEAD_RE.search(parts[0])
        if len(parts) == 1 or lead is None:
            result.append(piece)
            continue
        result.append(parts[0])
        result.extend(lead.group() + part for part in parts[1:])
    return result


# A decision listed among others that recalls or accepts the resignation of a deputy: a seat, never a
# post (…关于罢免张宏义河南省第十四届人民代表大会代表职务的决议 — 济源, round 12).
_SEAT_DECISION_RE = compile_re(rf"(?:{'|'.join(ELECTED_NOT_POSTS)})(?:职务)?(?:请求|申请)?的决[定议]$")


def _without_seat_decisions(clause: str) -> str:
    """Titles of decisions listed with 、 (no 《》), without those deciding only on a deputy's seat."""
    pieces = DECISION_SPLIT_RE.split(clause)
    kept = [piece for piece in pieces if _SEAT_DECISION_RE.search(piece.rstrip("。；;，, \u3000")) is None]
    if len(kept) == len(pieces) or not kept:
        return clause
    if kept[0] is not pieces[0]:  # the lead (会议表决通过了) goes with the first title kept
        lead = pieces[0][: pieces[0].find("关于")] if "关于" in pieces[0] else ""
        kept[0] = lead + kept[0]
    return "、".join(kept)


def _verb_outside_titles(clause: str) -> re.Match[str] | None:
    """The first personnel verb not inside a 《》 title: in 通过了《…关于决定任命陈政高为…的决定》 the
    verb names a decision by its title, read with the titles (辽宁 2007), not as the clause's verb."""
    if "《" not in clause:
        return VERB_RE.search(clause)
    spans = [m.span() for m in _TITLE_SPAN_RE.finditer(clause)]
    for verb in VERB_RE.finditer(clause):
        if not any(start < verb.start() < end for start, end in spans):
            return verb
    return None


def _in_title_order(changes: list[_Change], clause: str) -> list[_Change]:
    """Changes read from several titles, in the order their persons are printed."""
    return sorted(changes, key=lambda change: clause.find(change[1]))


_ETAL_TAIL_RE = compile_re(r"等[\d一二两三四五六七八九十百]{1,4}(?:名|位)?(?:同志|人员|人)?$")


_HELD_REMOVAL_TAIL_RE = compile_re(r"(?:同志)?的?(?:职务|一职)[。；;]?$")


def _held_then_new(action: str, text: str, starts: tuple[str, ...]) -> list[_Change]:
    """A person named with the post held, then 为 and the new post; the post held is the note:
    南京航空航太大学党委书记单忠德为工业和信息化部副部长 (the post first, 国务院任免) /
    毛伟明副省长为湖南省人民政府代理省长 (the name first, a bare title after it — 湖南 2020)."""
    if action == REMOVE and "为" not in text and (tail := _HELD_REMOVAL_TAIL_RE.search(text)) is not None:
        held_post = _post_and_name(text[: tail.start()])  # 免去港澳办副主任周波的职务 (round 8)
        if held_post is None:
            return []
        return _changes(REMOVE, [held_post[0]], held_post[1], starts)
    at, link = text.find("为"), 1
    if at < 3 and action == APPOINT and "担任" in text:
        at, link = text.find("担任"), 2  # 委任行政會委員張永春擔任X (澳门, round 15)
    if at < 3:
        return []
    head, new = text[:at], text[at + link :]
    if head.startswith(_NAME_LIST_SUBJECTS):
        head = head[2:]  # 聘任我校校长石铁矛…: who reports, then the post held (沈阳, dev)
    etal = _ETAL_TAIL_RE.search(head) if "等" in head else None
    if etal:
        head = head[: etal.start()]  # …石铁矛等24人为…: the one named; the others are unnamed
    held = _post_and_name(head)
    if held:
        name, post = held
    else:
        title = _title_at_end(head)
        name = head[: -len(title)] if title else ""
        if not title or not is_person_name(name):
            return []
        post = title
    return _changes(action, [name], new, starts, extra_note=post)


# Round 18: the short name a company notice gives the company (国电南瑞科技股份有限公司(以下简称“公司”)第九届董事会董事长 —
# yifanfurniture, probe fit), with 以下简称 / 以下称 / 下称 as well as 简称.
# Round 18: an election to serve in a post (选举周玉林同志(简历附后)担任公司第五届董事会董事长 — company notices of this
# round's new FIT half): 担任 after 选举 and the people as 为.
_ELECTED_TO_SERVE_RE = LazyPattern(rf"(?P<head>选举[{_CJK}{NAME_DOTS}、（）()]{{2,40}}?)担任(?=[{_CJK}])")
# Round 18: a direction word between a name and a move verb (MOVE_DIRECTION_WORDS), dropped.
_MOVE_DIRECTION_RE = LazyPattern(
    rf"(?<=[{_CJK}])(?:{alternation(MOVE_DIRECTION_WORDS)})(?=履新|出任|调任|接任|就任|升任|转任)"
)
_ABBREVIATION_RE = compile_re(r"[（(](?:以下简称|以下称|下称|简称)[^（）()]{1,20}[）)]")
# A decision named without 《》 whose object is an acting post: 作出关于李晓波代理太原市市长的决定.
_NAMED_ACTING_RE = LazyPattern(
    rf"^(?:会议)?(?:作出了?|通过了?|表决通过了?)关于(?P<body>[{_CJK}{NAME_DOTS}]{{2,10}}?(?:同志)?代理[^，。；的]{{2,40}})的决定$"
)


# A meeting or a standing committee that decides, opening the clause: …第十七次会议决定A为X (round 7).
# appoint31: any deciding body (vocab CLAUSE_DECIDING_BODIES: 市委, 局党组, 公司董事会 …) and 同意 as well as 决定 —
# 市委决定张三同志任县委书记 / 公司董事会同意张三不再担任X职务 gave nothing; the lead word is kept (同意A辞去X stays an
# accepted resignation). Never 拟同意 / 不同意 / 未同意: the body must end right before the lead.
_SESSION_DECIDES_RE = compile_re(
    rf"^[^，,；;。：:《》]{{0,80}}?(?:{alternation(CLAUSE_DECIDING_BODIES)})(?:研究)?(?P<lead>决定|同意)"
    r"(?=[^，,；;。]{2,6}[为任]|由)"  # 会议决定由A担任X (round 8); 会议决定A任X (round 12); A不再担任X (appoint31)
)


# Two names joined by 和/及/与 (after an optional 、) before the link to their post: 汪国彬和孙学清为…副乡长.
_NAMES_JOINED_RE = LazyPattern(
    rf"(?P<a>[{CJK_EXTENDED}{NAME_DOTS}]{{2,4}}?)(?P<comrade>同志)?(?P<conj>、?[和及与])"
    rf"(?P<b>[{CJK_EXTENDED}{NAME_DOTS}]{{2,4}}?)(?:同志)?"
    rf"(?=(?:等?[\d{CN_ORDINALS}]{{1,3}}[位名]同志)?(?:为|任|兼任|的|辞去|分别|{alternation(NAMES_JOINED_VERBS)}))"
)  # round 24: before a verb of the news too (许勤和王穗明当选为副书记 gave the person 许勤和); round 25: a count of
# the persons after the last name (…赵智群和陶风屹7位同志为X委员 — dev baogaosu)


def _names_joined(clause: str) -> str:
    """The clause with 和/及/与 between two names written as 、, so that the names read as one list:
    任命汪国彬和孙学清为X / 张三、李四及王五为X. Only where the words on both sides are names (中国和…,
    局长及… stay as they are)."""

    def joined(m: re.Match[str]) -> str:
        a, b = m.group("a"), m.group("b")
        if not is_person_name(b) or not any(len(a) >= size and is_person_name(a[-size:]) for size in (3, 2)):
            return m.group(0)
        return a + (m.group("comrade") or "") + "、" + m.string[m.end("conj") : m.end()]

    def held_joined(m: re.Match[str]) -> str:
        a, rest = m.group("a"), m.group("rest")
        if not any(len(a) >= size and is_person_name(a[-size:]) for size in (3, 2)):
            return m.group(0)
        name = _name_after_post(rest)
        return a + "、" + name if name is not None else m.group(0)

    clause = _NAMES_JOINED_RE.sub(joined, clause)
    if "及" in clause or "和" in clause:
        clause = _HELD_JOINED_RE.sub(held_joined, clause)  # 任命宋哲及港澳办法律司司长黄柳权为X (round 13)
    return clause


# A second person joined with the post he holds printed before his name: 任命A及X司司长B为Y → A、B
_HELD_JOINED_RE = LazyPattern(
    rf"(?P<a>[{CJK_EXTENDED}{NAME_DOTS}]{{2,4}}?)(?:同志)?[和及](?P<rest>[^，,；;。为的、和及与]{{4,40}}?)(?:同志)?(?=为)"
)


# A post lapsing by law: 罗琦的…委员职务相应撤销 / 张三同志X职务自然免除 → 免去A的X职务 (round 7).
_LAPSE_TAILS: tuple[str, ...] = tuple(LAPSE_TAILS)
_LAPSE_RE = LazyPattern(
    rf"^(?P<name>[{CJK_EXTENDED}{NAME_DOTS}、]{{2,40}}?)(?:同志的?|的)(?P<posts>[^，,；;。的]{{2,120}}?)职务"
    rf"(?:{alternation(LAPSE_TAILS)})$"
)


_NAME_FIRST_VERB_WORDS: tuple[str, ...] = ("任职", "免职", "聘用", "聘请", "任免", "聘期", "任期")


def _short_lead(clause: str) -> str:
    """任张三为X → 任命张三为X, 聘李四为X → 聘任李四为X, 免王五的X职务 → 免去王五的X职务: a one-character
    verb (SHORT_LEAD_VERBS) opening the clause, read only when a name follows it and is closed — by
    为 or 、 after 任/聘, by 的, 同志 or 、 after 免 with the clause ending in 职务. Else the clause as is
    (任期, 免费, 聘请 never reach here as a name)."""
    lead = "决定" if clause.startswith("决定") else ""
    if VERB_RE.match(clause, len(lead)) or clause.startswith(_NAME_FIRST_VERB_WORDS, len(lead)):
        return clause  # 任命 / 聘任 / 免去 / 免除: a verb of its own, never 任 + 命…
    short, rest = clause[len(lead) : len(lead) + 1], clause[len(lead) + 1 :]
    removal = short == "免"
    if removal and not _REMOVAL_TAIL_RE.search(rest.rstrip("。；;，, \u3000")):
        return clause
    for size in _name_sizes(rest, (2, 3, 4)):
        name, after = rest[:size], rest[size:]
        if not is_person_name(name) or rest.startswith(_NAME_NEVER_CUTS, size - 1):
            continue
        comrade = after.startswith(HONORIFICS)
        after = after.removeprefix("同志")
        if (remark := _NAME_REMARK_RE.match(after)) is not None:
            after = after[remark.end() :]
        if (
            after.startswith("、")
            or (after.startswith(("的",)) if removal else after.startswith("为"))
            or (removal and comrade)
        ):
            return lead + SHORT_LEAD_VERBS[short][0] + rest
    return clause


# A count of the persons just named before 同志: 黃劍橋、莫幫福兩位同志 (round 13)
_COUNTED_COMRADES_RE = compile_re(rf"(?<=[{_CJK}])(?<!等)[两二三四五六七八九十\d]{{1,3}}[位名]同志")
# The manner of an appointment before its verb: 以定期委任方式委任A擔任X / 以兼任方式委任A為X (round 13)
_MANNER_LEAD_RE = compile_re(r"^以[^，,；;。]{1,8}?方式(?=委任|任命|聘任|续任)")
_RENEWAL_LEADS: tuple[str, ...] = tuple(RENEWAL_LEADS)
# A Taiwan order's verb first in its clause, then a name of two to four characters (an honorific
# perhaps) and 为, or for 免兼 the name and the post left (appoint30): 派張三為X / 免兼李四X職務.
_ORDER_LEAD_TUPLE: tuple[str, ...] = tuple(ORDER_LEAD_VERBS)
_ORDER_LEAD_RE = LazyPattern(
    rf"^(?P<verb>{alternation(ORDER_LEAD_VERBS)})(?P<name>[{_CJK}{NAME_DOTS}]{{2,4}}?)"
    rf"(?:{_HONORIFIC_ALTERNATION})?(?=为|[{_CJK}（(]{{2,40}}职务)"
)


# Macau's commissions (appoint30): 終止A擔任X的定期委任 (a removal, first in its clause), and a 批示摘錄
# entry that names its person first, a dash, the legal ground, then 其擔任X的定期委任，自…起續期 (a
# renewal). Each bounded: the name 2–6, the ground 0–160, the post 2–40, the date 2–30 characters.
_COMMISSION = alternation(COMMISSION_NOUNS)
_COMMISSION_ENDED_RE = LazyPattern(
    rf"^终止(?P<name>[{_CJK}{NAME_DOTS}]{{2,6}}?)(?:在(?P<org>[^，,；;。的在]{{2,30}}?))?担任"
    rf"(?P<post>[^，,；;。的]{{2,40}}?)的(?:{_COMMISSION})(?:职务)?(?:[，,][^，,；;。]{{0,40}})?[。；;]?$"
)
_COMMISSION_RENEWED_RE = LazyPattern(
    rf"^(?P<name>[{_CJK}{NAME_DOTS}]{{2,6}}?)[ \u3000]?[—－–-]{{1,2}}[^。；;]{{0,160}}?[，,]其(?:在(?P<org>[^，,；;。的在]{{2,30}}?))?担任"
    rf"(?P<post>[^，,；;。的]{{2,40}}?)的(?:{_COMMISSION})[，,](?:自[^，,；;。]{{2,30}}?起)?续期"
)


def commission_change(text: str) -> str | None:
    """終止陳大文擔任X的定期委任 → 免去陈大文的X职务; 梁穎妍—根據…，其擔任X的定期委任，自…起續期一年 →
    任命梁颖妍为X: Macau's commissions as the clause readers read them (appoint30). Only where the name is
    a person's name; anything else gives None."""
    if text.startswith("终止"):
        m = _COMMISSION_ENDED_RE.match(text)
        verb = "免去{name}的{post}职务"
    else:
        m = _COMMISSION_RENEWED_RE.match(text)
        verb = "任命{name}为{post}"
    if m is None or not (is_person_name(m.group("name")) or _is_transliterated(m.group("name"))):
        return None
    return verb.format(name=m.group("name"), post=(m.group("org") or "") + m.group("post"))


# A list of people, each after the post held, given one post (appoint30): 聘任前衛福部疾管署長郭旭崧、…、現任國策
# 顧問紀政等7人,為中華民國無任所大使 (總統令 told in nownews 2017). The verb, the items (4–300 characters, no
# sentence end), a count perhaps, a comma perhaps, then 为.
_HELD_POSTS_LIST_RE = LazyPattern(
    r"(?P<verb>聘任|任命|委任|特聘)(?P<items>[^。；;：:为]{4,300}?)"
    r"(?P<count>等[\d０-９一二两三四五六七八九十]{1,3}[人名位])?(?P<comma>[，,])?(?=为[^，,。；;]{2,40})"
)
_ITEM_REMARK_RE = compile_re(r"[（(][^（）()]{1,20}[）)]")


_HELD_DESCRIPTOR_TUPLE: tuple[str, ...] = tuple(HELD_DESCRIPTOR_TITLES)


def _name_after_descriptor(item: str) -> str | None:
    """台大社会系教授范云 → 范云: a name after a rank or profession (HELD_DESCRIPTOR_TITLES), one length only."""
    fits = [
        item[-size:]
        for size in (2, 3, 4)
        if len(item) - size >= 2 and is_person_name(item[-size:]) and item[:-size].endswith(_HELD_DESCRIPTOR_TUPLE)
    ]
    return fits[0] if len(fits) == 1 else None


def held_posts_in_list(text: str) -> str:
    """聘任前X署长郭旭崧、前Y部长简又新等2人,为Z → 聘任郭旭崧、简又新等2人为Z: each item of a list after its verb is a
    name, or a post held ending in a title and exactly one name (``_name_after_post``); the comma before 为 after
    a counted list is dropped. Any item that is neither leaves the text as it is (appoint30)."""
    m = _HELD_POSTS_LIST_RE.search(text)
    if m is None or "、" not in m.group("items"):
        return text
    names: list[str] = []
    for item in m.group("items").split("、"):
        bare = _ITEM_REMARK_RE.sub("", item).replace(" ", "").strip(" \u3000")
        if is_person_name(bare):
            names.append(bare)
        elif (name := _name_after_post(bare) or _name_after_descriptor(bare)) is not None:
            names.append(name)
        else:
            return text
    if m.group("comma") and not m.group("count"):
        return text  # 任命A、B,为…: the comma may close another clause; only a counted list runs on
    return text[: m.start("items")] + "、".join(names) + (m.group("count") or "") + text[m.end() :]


def _order_lead(clause: str) -> str | None:
    """派張三為X → 任命张三为X; 免兼李四X職務 → 免去李四X职务: only where the characters after the verb
    are a person's name (appoint30)."""
    m = _ORDER_LEAD_RE.match(clause)
    if m is None:
        return None
    name = m.group("name")
    if not (is_person_name(name) or _is_transliterated(name)):
        return None
    verb = ORDER_LEAD_VERBS[m.group("verb")][0]
    if verb == "任命" and clause[m.end() : m.end() + 1] != "为":
        return None
    if verb == "任命":
        return verb + clause[m.start("name") :]
    return verb + clause[m.start("name") : m.end()] + "的" + clause[m.end() :]  # 免去李四的X职务: the name closed


# An acting holder after 由, the post after 代理: 由A臨時代理X的職務 / 由副秘书长B代理X职务 (round 13)
_ACTING_BY_RE = LazyPattern(
    rf"^(?:{alternation(ACTING_BY_LEADS)})?由(?P<holder>[{_CJK}{NAME_DOTS}、]{{2,30}}?)(?:{_HONORIFIC_ALTERNATION})?"
    r"(?P<temp>临时|暂时)?代理(?P<post>[^，,；;。的]{2,40}?)(?:的)?(?:职务|一职)?[。；;]?$"
)  # appoint29: a decision's lead (决定由…), an honorific (先生) and 一职 too: 决定由董事、总经理邵宇平先生暂时代理董事长一职


_ACTING_BY_LEADS: tuple[str, ...] = tuple(ACTING_BY_LEADS)


def _acting_by(c: str, starts: tuple[str, ...]) -> list[_Change]:
    """由A(临时|暂时)代理X(的职务|一职), a decision's lead allowed before 由: the acting post, its adverb kept as the
    Macau orders print it (临时代理行政长官); [] when the holder reads as no name."""
    by = _ACTING_BY_RE.match(c)
    if by is None:
        return []
    name = _holder_name(by.group("holder"))
    found = _changes(APPOINT, [name], by.group("post"), starts, acting=True) if name else []
    return [(a, p, (by.group("temp") or "") + q, n) for a, p, q, n in found]


# Round 15: a person, then a verb of holding a post for the time being, then the post (委任張三署理X,
# 任命张三代理X, 由A署任X); or the post first and the holder after 由 (X一職先由副主委A暫代). Never a name
# ending in a word of time (張三將署理X: the future; 曾署理: a career): those are no names here,
_ACTING_VERB_ALTERNATION = alternation(ACTING_VERBS)
_ACTING_NAMED_RE = LazyPattern(
    rf"^由?(?P<holder>[{_CJK}{NAME_DOTS}（）()]{{2,40}}?)(?:{_HONORIFIC_ALTERNATION})?(?P<verb>{_ACTING_VERB_ALTERNATION})"
    rf"(?P<post>[^，,；;。！？]{{2,60}}?)(?:的)?(?:职务)?[。；;]?$"
)
_ACTING_POST_FIRST_RE = LazyPattern(
    rf"^(?P<post>[{_CJK}]{{3,40}}?)(?:一职|职务)?(?:先|暂|暂时|则)?由(?P<holder>[{_CJK}{NAME_DOTS}（）()]{{2,40}}?)"
    rf"(?:同志)?(?P<verb>{_ACTING_VERB_ALTERNATION})[。；;]?$"
)
_FOR_NOW_VERBS: tuple[str, ...] = tuple(v for v in ACTING_VERBS if v != ACTING_PREFIX)  # 署理, 署任, 暂代
# …and 为/任/是 before the verb: 任命李四为代理区长 is the 为 form, read as such elsewhere
_NOT_HOLDER_ENDS: tuple[str, ...] = (
    "拟",
    "将",
    "將",
    "已",
    "曾",
    "仍",
    "现",
    "再",
    "先",
    "暂",
    "亦",
    "也",
    "均",
    "为",
    "任",
    "是",
)


# Round 15: the post first, the person after 由 and a move verb closing the clause (經濟部長由政務次長張三升任,
# X一職由A出任): read as A升任X. 将由/拟由 (the future, a proposal) leave a post that reads as none.
_POST_FIRST_MOVE_RE = LazyPattern(
    rf"^(?P<post>[{_CJK}]{{3,40}}?)(?:一职|职务)?(?:就|则)?由(?P<holder>[{_CJK}{NAME_DOTS}]{{2,40}}?)(?:同志)?"
    r"(?P<verb>出任|升任|陞任|转任|调任)$"
)
# A manner between the person and the verb (委任張三以定期委任方式擔任X: 澳门 dispatches, round 15).
_MANNER_AFTER_NAME_RE = compile_re(rf"(?<=[{_CJK}])以[^，,；;。]{{1,10}}?方式(?=担任|出任)")


def _post_first_move(clause: str) -> str | None:
    """经济部长由政务次长张三升任 → 张三升任经济部长, or None unless the post and the name read as such."""
    m = _POST_FIRST_MOVE_RE.match(clause)
    if m is None:
        return None
    name, post = _holder_name(m.group("holder")), m.group("post").removeprefix("新任").removeprefix("新增")
    if name is None or (
        _further_post(post, _post_starts(())) is None and post not in _BARE_MOVE_POSTS and not place_led_post(post)
    ):  # 苏州市人大常委会主任由原市长李亚平转任: a place's first characters (苏州) read as a name (round 24)
        return None  # a bare head of a place or 秘书长 is the post as printed (副縣長由參議陳祥麟出任, round 16)
    return f"{name}{m.group('verb')}{post}"


def _acting_named(clause: str, starts: tuple[str, ...]) -> list[_Change]:
    """张三署理X / 由副专员（基建）张三署任X / X一职先由副主委A暂代: the acting holder and the post, the
    post held before the name (one name length fitting) dropped; [] unless both read as such."""
    if "、" in clause and len(pieces := clause.split("、")) > 1:
        listed = [_acting_named(piece, starts) for piece in pieces]
        if all(listed):  # 任命张三署理X、李四署理Y: one change each (round 15)
            return [change for changes in listed for change in changes]
    m = _ACTING_NAMED_RE.match(clause) or _ACTING_POST_FIRST_RE.match(clause)
    if m is None or any(v in m.group("post") for v in ACTING_VERBS):
        return []
    holder = _BRACKETED_RE.sub("", m.group("holder"))
    if holder.endswith(_NOT_HOLDER_ENDS) or _REFUSAL_LEAD_RE.search(holder):
        return []  # 会议未同意由副市长王建国代理市长职务: refused, no acting post (session 19)
    name = holder if is_person_name(holder) or _is_transliterated(holder) else _name_after_post(holder)
    post = m.group("post").removeprefix("新任")
    if name is None or not post:
        return []
    verb = m.group("verb")
    if verb == ACTING_PREFIX:
        return _changes(APPOINT, [name], post, starts, acting=True)
    return [(a, p, verb + q, n) for a, p, q, n in _changes(APPOINT, [name], post, starts)]


# 请辞 as a verb (同意接受A同志因…請辭X職務), never the 请辞 inside 申请辞去 (round 15: 张三申|辞去去…).
_ASKED_TO_RESIGN_RE = compile_re("请辞(?!去)")
# Round 18: 接纳 / 接受 + people (an honorific each) + 辞任 / 辞去 — the Hong Kong forms of an accepted resignation.
_ACCEPTED_RESIGNATION_RE = LazyPattern(
    rf"(?P<lead>接受|接纳)(?P<people>[{_CJK}{NAME_DOTS}、]{{2,40}}?(?:{_HONORIFIC_ALTERNATION})?)(?P<verb>辞去|辞任)"
)


_HONORIFIC_END_RE = LazyPattern(rf"(?:{_HONORIFIC_ALTERNATION})$")


def _accepted_resignation(m: re.Match[str]) -> str:
    """接纳A先生辞任X → 接受A先生辞去X (RESIGNATION_ACCEPTED_FORMS); the match as it is otherwise."""
    lead, verb = (RESIGNATION_ACCEPTED_FORMS.get(w, (w, ""))[0] for w in (m.group("lead"), m.group("verb")))
    return f"{lead}{m.group('people')}{verb}"


# Round 19 (component c): the random ASCII a forum mirror prints between lines to defeat copying (! u% t- |) N# J,
# J/ C: a3 V% P — tvboxnow 2013, probe fit; xiasha 2008, dev) glued before the first name of the next line; only a
# run holding a Latin letter, right before a Chinese character. The letter is looked for once, ahead: two unbounded
# runs around it were quadratic in a long ASCII clause with no Chinese after it.
_LEADING_NOISE_RE = compile_re(rf"(?=[\x21-\x7e \t]*[A-Za-z])[\x21-\x7e \t]+(?=[{_CJK}])")


# The manner of an election before 当选 (张三经选举当选为副县长, 经过差额选举当选): 选举 is no verb of its own there
# (read as 选举 + "当选" + 为X it gave the person 当选; session 14 review).
_BY_VOTE_RE = compile_re(rf"经过?(?:{alternation(ELECTION_MANNERS)})?选举(?=当选)")


# appoint31: a removal with no person of its own after the person's new post, in the same sentence —
# 张三同志任县委办公室主任，免去县委组织部副部长职务 / 同时免去其… is read elsewhere. The post removed is the person's of
# the clause before (last_person: reset at every sentence and ；-clause). What may stand before the verb: nothing, or
# a joining word (data REMOVAL_JOINING_LEADS). Never when the post could open with a name (免去王五县…职务 is 王五's).
_OWN_REMOVAL_LEADS: frozenset[str] = frozenset(("", *REMOVAL_JOINING_LEADS))
# …and a resignation of the same person's further posts: 张三申请辞去X职务，同时一并辞去Y职务 (yutainews 2023).
_OWN_RESIGNATION_RE = compile_re(rf"^(?:{alternation(REMOVAL_JOINING_LEADS)})?辞去(?P<rest>[^，,；;。]{{2,62}})$")
_PLURAL_POST_OPENERS: tuple[str, ...] = tuple(PLURAL_POST_OPENERS)
_OWN_REMOVAL_TAIL_RE = compile_re(r"^(?P<post>[^，,；;。的]{2,60}?)(?:的)?(?:职务|一职)[。；;，,]?$")


def _own_removal(rest: str, person: str, starts: tuple[str, ...]) -> list[_Change]:
    """免去县委组织部副部长职务 after 张三任X, → remove 张三 as 县委组织部副部长; [] when the post may open with a
    name (a removal of someone else whose name the name lists do not know), or holds no title."""
    m = _OWN_REMOVAL_TAIL_RE.match(rest.strip(" \u3000"))
    if m is None:
        return []
    post = m.group("post")
    if post.startswith(_PLURAL_POST_OPENERS):
        return []  # 免去各乡镇党委书记职务: every township's secretary, never one person's post (rev20)
    if not post.startswith(starts) and any(is_person_name(post[:n]) for n in (2, 3, 4)):
        return []  # 免去王五县财政局局长职务 / 免去欧阳明县…: perhaps a name, never guessed
    return _changes(REMOVE, [person], post, starts)


def _parse_clause(
    clause: str,
    carried: str | None,
    last_person: str | None,
    starts: tuple[str, ...],
    narrative: bool = False,
    sole: bool = True,
) -> tuple[list[_Change], str | None, bool]:
    """One clause → (changes, verb in force afterwards, whether the clause is a list header).

    ``narrative``: the clause follows a bare year in its sentence (2020年6月，A任X): without a
    verb in force it tells a biography, not a decision. ``sole``: the last clause with changes
    named ``last_person`` alone — a removal or resignation naming no one is carried over to that
    person only then (张三、李四任X，免去Y职务: whose Y is not said; rev20)."""
    own_person = last_person if sole else None
    c = clause.strip(" \u3000").removeprefix("、")  # 、决定为Y (_run_on_clause)
    if c[:1] in _ENUMERATION_FIRST:
        c = _ENUMERATION_RE.sub("", c, count=1)  # 1. / 一、 / （二） / １．
    if c[:1].isascii() and (noise := _LEADING_NOISE_RE.match(c)):
        c = c[noise.end() :]  # a forum's anti-copy noise glued before the name: a3 V% P張德江當選為… (round 19)
    if len(c) < 2:
        return [], carried, False
    if _NEGATED_CHANGE_RE.search(c) and _denies_the_clause(c):
        return [], carried, False  # 并未任命张三为X / 张三没有被任命为X: no change (round aprec21)
    if c.startswith(_GLUED_LEADS):
        c = _without_glued_lead(c)  # 其中陈冬不再担任副省长 (round 12)
    if c[:1] == "以" and "方式" in c:
        c = _MANNER_LEAD_RE.sub("", c, count=1)  # 以定期委任方式委任A擔任X (Macau dispatches, round 13)
    elif "方式" in c:
        c = _MANNER_AFTER_NAME_RE.sub("", c, count=1)  # 委任A以定期委任方式擔任X (round 15)
    if "由" in c and c.endswith(("出任", "升任", "陞任", "转任", "调任")) and (moved := _post_first_move(c)):
        c = moved  # 經濟部長由政務次長張三升任 → 张三升任经济部长 (round 15)
    if c.startswith(_ORDER_LEAD_TUPLE) and (ordered := _order_lead(c)) is not None:
        c = ordered  # 派張三為X / 調任李四為Y / 免兼王五Z職務: a Taiwan order's clause (appoint30)
    if c.startswith(_RENEWAL_LEADS):
        c = "任命" + c[2:]  # 續任李美玲為經濟局副局長: a renewed appointment (Macau dispatches, round 13)
    if "任" in c and ("首任" in c or "任" in c[c.find("第") + 1 : c.find("第") + 6]):
        c = _FIRST_HOLDER_RE.sub("", c)  # 当选为那曲市人民政府首任市长: the first holder of the post (round 10)
    if (
        own_person is not None
        and "辞去" in c[:6]
        and (own := _OWN_RESIGNATION_RE.match(c)) is not None
        and _own_removal(own.group("rest"), own_person, starts)  # the post opens with no name
    ):
        c = own_person + "辞去" + own.group("rest")  # 张三辞去X职务，同时一并辞去Y职务: 张三's Y too (appoint31)
    if last_person is not None and "其" in c and (decided_qi := _DECIDED_QI_RE.match(c)) is not None:
        c = "决定" + last_person + c[decided_qi.end() :]  # …，并决定其为X代理县长 → 决定张三为… (round 10)
    elif last_person is not None and "其" in c and (accepted_qi := _ACCEPTED_QI_RE.match(c)) is not None:
        c = "接受" + last_person + c[accepted_qi.end() :]  # …，并接受其辞去Y职务请求 → 接受A辞去… (round 12)
    if " " in c or "\u3000" in c:
        c = _SPACED_NAME_RE.sub(r"\g<surname>", c)  # 任命王　强为…: a two-character name spaced out
        c = _SPACE_BEFORE_COMRADE_RE.sub("", c)  # 张三 同志为…: the space is no part of a post
        spaced = _SPACE_BEFORE_VERB_RE.match(c)
        if spaced and is_person_name(spaced.group("name")):
            c = spaced.group("name") + c[spaced.end() :]  # 张三　任某局局长 / 李四　免去…职务 (round 6)
    if "称" in c:
        c = _ABBREVIATION_RE.sub("", c)  # 退役军人事务部(简称退役部)副部长: the gloss is no part of the post
    if "选举" in c and "担任" in c:
        c = _ELECTED_TO_SERVE_RE.sub(r"\g<head>为", c)  # 选举周玉林同志担任X → 选举周玉林同志为X (round 18)
    if "选举当选" in c:
        c = _BY_VOTE_RE.sub("", c)  # 张三经选举当选为X → 张三当选为X (session 14 review)
    c = _MOVE_DIRECTION_RE.sub("", c)  # 喻云林北上履新X → 喻云林履新X (round 18)
    if "关于" in c and c.endswith(_NAMED_DECISION_TAIL) and (acting_named := _NAMED_ACTING_RE.match(c)):
        c = "决定" + acting_named.group("body")  # 作出关于A代理X的决定 → 决定A代理X (太原 2019, dev)
    if "和" in c or "及" in c or "与" in c:
        c = _names_joined(c)  # 任命汪国彬和孙学清为X → 任命汪国彬、孙学清为X (round 7)
    if "请辞" in c and ("接受" in c or "同意" in c or "批准" in c):
        # 同意接受A同志因…請辭X職務: the request accepted (来宾 2019, dev P; round 13)
        c = _ASKED_TO_RESIGN_RE.sub("辞去", c)
    if "位同志" in c or "名同志" in c:
        c = _COUNTED_COMRADES_RE.sub("同志", c)  # 黃劍橋、莫幫福兩位同志因…: the count is no part of a name
    if "接纳" in c or "辞任" in c:
        c = _ACCEPTED_RESIGNATION_RE.sub(_accepted_resignation, c)  # 接纳A辞任X → 接受A辞去X (香港, round 18)
    if "辞去" in c or "辞任" in c:
        c = RESIGN_FILLER_RE.sub("", c)
        if "担任" in c or "所任" in c:
            c = _RESIGNED_POST_LEAD_RE.sub("", c)  # 辞去其所担任的X职务 → 辞去X职务 (round 19)
        if "通过" in c and (granted := _PASSED_REQUEST_RE.search(c)) and not _RESIGN_LEAD_RE.search(c):
            c = c[: granted.start()] + "接受" + c[granted.end() :]  # 会议通过了张三辞去X职务的请求 (round 11)
    if "、关于" in c and "《" not in c and "代表" in c:
        c = _without_seat_decisions(c)  # …请求的决定、关于罢免张宏义…代表职务的决议 (济源, round 12)
    if c.endswith(_LAPSE_TAILS) and (lapsed := _LAPSE_RE.match(c)) and _all_names(lapsed.group("name")):
        c = f"免去{lapsed.group('name')}的{lapsed.group('posts')}职务"  # A的X职务相应撤销 (round 7)
    if c[:1] in SHORT_LEAD_VERBS or (c.startswith("决定") and c[2:3] in SHORT_LEAD_VERBS):
        c = _short_lead(c)  # 任张三为X / 免李四的Y职务 → 任命… / 免去… (round 8)
    if (
        not (narrative and carried is None)  # 2012年3月，市委书记李四卸任: a biography
        and c.rstrip("。；;！!").endswith(_LEFT_POST_TAILS)
        and (left := _held_post_left(c.rstrip("。；;！!"), starts))
    ):
        return left, carried, False  # 國防部長馮世寬卸任 (round 13)
    active = _active_voice(c)
    if active is not None:
        if narrative and carried is None:
            return [], carried, False  # 2015年，张三被任命为…: a biography, not a decision
        c = active
    verb = _verb_outside_titles(c)
    if verb:
        action = APPOINT if verb.group("appoint") else REMOVE
        rest = c[verb.end() :].strip()
        lead = c[: verb.start()]
        if (lead.endswith(_PROPOSAL_LEADS) or _PROPOSED_TO_RE.search(lead)) and "根据" not in lead:
            # 提请任命A为X / 拟任命： / 提请县人大常委会任命：A为X: asked for or proposed, not decided —
            # as a header too, so the entries under it are no changes either (round 11)
            return [], None, False
        if rest in HEADER_TAILS or (rest in HEADER_TAILS_FIRST and lead in ("", "决定")):
            return [], action, True
        if rest.endswith(_LIST_NOUN_TAILS) and _LIST_NOUN_RE.fullmatch(rest):
            return [], action, True  # 此次任命的干部名单如下： / 新任命的县政府组成部门负责人名单： (round 11)
        # …常务委员会任命名单 （…会议通过） 决定任命： the verb that counts ends the clause
        last = None
        for last in VERB_RE.finditer(c, verb.end()):  # noqa: B007 - the loop keeps the last match
            pass
        if last is not None and c[last.end() :].strip() in HEADER_TAILS:
            return [], APPOINT if last.group("appoint") else REMOVE, True
        if verb.group("remove") == "撤销" and "职务" not in rest:  # 撤销登记 is not a removal
            return [], carried, False
        if rest.endswith(_NAMED_DECISION_TAIL) and (
            "关于" in c[: verb.start()] or c[: verb.start()].endswith("通过了")
        ):
            rest = rest[: -len(_NAMED_DECISION_TAIL)]  # 通过了关于任命A为X的决定 / 通过了任命A为X的决定 (no 《》)
        connectors = ("为", "担任", *_HELD_MARKERS, "任") if action == APPOINT else ("的", *_HELD_MARKERS)
        if rest.startswith("其"):  # 免去其某主任职务: the person just named
            if last_person is None:
                return [], action, False
            rest = rest[1:]
            for connector in connectors:
                rest = rest.removeprefix(connector)
            return _changes(action, [last_person], rest, starts), action, False
        if action == APPOINT and any(v in rest for v in ACTING_VERBS) and (acting := _acting_named(rest, starts)):
            return acting, action, False  # 委任張三署理X / 任命张三代理X: never the name 张三署 (round 15)
        for people, _connector, posts, etal, respective in _people_splits(
            rest, connectors, starts, run_in=True, bounded=True
        ):
            found = _changes(action, people, posts, starts, extra_note=etal, respective=respective)
            if found:
                return found, action, False
        found = _held_then_new(action, rest, starts)  # 任命<post held><name>为<post>
        if not found and action == REMOVE and own_person is not None and lead in _OWN_REMOVAL_LEADS:
            found = _own_removal(rest, own_person, starts)  # 张三任X，免去Y职务: 张三's Y (appoint31)
        return (found, action, False) if found else ([], carried, False)
    if (
        c.endswith(_REQUEST_NOUN_TUPLE)
        and (accepted := _ACCEPTED_HOLDERS_RE.search(c))
        and not _REFUSED_RE.search(c, 0, accepted.start())  # 不予同意 / 未批准 / 拒绝接受: nothing accepted
    ):
        holders = [_post_and_name(piece) for piece in _HOLDER_LIST_SPLIT_RE.split(accepted.group("holders"))]
        if holders and all(holders):  # 同意董事长A、非执行董事B和监事会主席C的辞职申请 (round 19)
            return (
                [change for name, post in filter(None, holders) for change in _changes(RESIGN, [name], post, starts)],
                carried,
                False,
            )
    # 《…关于接受张左己同志请求辞去…职务的决定》、《…接受刘学良…的决定》: each title on its own
    pieces = TITLE_IN_CLAUSE_RE.findall(c) if "《" in c else DECISION_SPLIT_RE.split(c)
    if "草案" in c and "通过" in c:  # 表决通过了《…的请求的决定(草案)》: adopted (宣读了《…(草案)》 is not)
        pieces = [_DRAFT_TAIL_RE.sub("", piece) for piece in pieces]
    named: list[_Change] = []
    if "《" in c and ("为" in c or ACTING_PREFIX in c):
        for title in pieces:  # 《…关于栗战书同志为黑龙江省人民政府代理省长的决定》
            m = TITLE_APPOINT_RE.search(_DRAFT_TAIL_RE.sub("", title))
            if m and is_person_name(m.group("name")):
                post = m.group("post").removesuffix("职务")
                named.extend(_changes(APPOINT, [m.group("name")], post, starts, acting=m.group("link") == "代理"))
    if "辞去" in c and "《" not in c and _RESIGN_LIST_RE.search(c):
        pieces = _resignation_list(pieces)  # 接受A辞去X职务、B辞去Y职务的请求: one each
    resigns = [m for m in map(RESIGN_RE.search, pieces) if m]
    if named and not resigns:
        return named, carried, False
    if resigns:
        resigned: list[_Change] = []
        for resign in resigns:
            people = [_HONORIFIC_END_RE.sub("", p) for p in resign.group("people").split("、")]  # 同志 / 先生 / 女士
            if people and all(
                is_person_name(p)
                or _is_transliterated(p)
                or is_married_name(p)
                or (len(people) == 1 and _name_in_slot(p, "辞去"))
                for p in people
            ):  # 接受巴音朝鲁辞去…: a name transcribed without a dot (round 13)
                respective = resign.group("respective") is not None and len(people) > 1
                resigned.extend(_changes(RESIGN, people, resign.group("posts"), starts, respective=respective))
        return _in_title_order(resigned + named, c), carried, False
    if "决定" in c and _DECISION_HEADER_RE.fullmatch(c):
        return [], _DECIDED, True  # 经研究，决定：/ 张三同志为…: what follows is decided
    if c.endswith("决定") and _ANNOUNCED_DECISION_RE.search(c):
        return [], _DECIDED_IN_SENTENCE, False  # 宣布了…的任免决定，吕建为X: the rest of the sentence (round 19)
    if ("决定" in c or "同意" in c) and (session_decides := _SESSION_DECIDES_RE.match(c)):
        c = (
            session_decides.group("lead") + c[session_decides.end() :]
        )  # …常务委员会第十七次会议决定潘利国为X (沈阳 2015, round 7)
    if "由" in c[:4] and ACTING_PREFIX in c and c.startswith(_ACTING_BY_LEADS) and (found := _acting_by(c, starts)):
        # 决定由董事、总经理邵宇平先生暂时代理董事长一职: before the lead is dropped (appoint29, dtm 2025)
        return found, (_DECIDED_IN_SENTENCE if carried is None else carried), False
    decided = c.removeprefix("并").startswith(_DECISION_LEADS) or carried in (_DECIDED, _DECIDED_IN_SENTENCE)
    in_force: str | None = carried  # what the clause hands on
    if carried in (_DECIDED, _DECIDED_IN_SENTENCE):
        carried = None  # decided, but with no verb of its own
    if c.removeprefix("并").startswith(_DECISION_LEADS):
        if in_force is None:
            in_force = _DECIDED_IN_SENTENCE  # 决定A为X，B为Y: B's clause is decided too (round 8)
        c = c.removeprefix("并")[2:].removeprefix("由")  # 决定由张三担任…
        if c.startswith("为") and last_person is not None:  # 任命A为副市长，并决定为代理市长: A
            return _changes(APPOINT, [last_person], c[1:], starts), in_force, False
    elif narrative and carried is None and not decided:
        return [], in_force, False  # 2020年6月，单忠德任…校长: a biography, not a decision
    if c.startswith("其"):  # 会议决定任命A为X，并决定其代理市长职务 (桂林 2025): A of this sentence
        for connector in _QI_CONNECTORS:
            if c.startswith(connector, 1):
                if last_person is None:
                    return [], in_force, False
                rest = c[1 + len(connector) :]
                found = _changes(APPOINT, [last_person], rest, starts, acting=connector == ACTING_PREFIX)
                return found, in_force, False
    connectors = tuple(k for k, v in _BARE_CONNECTORS.items() if v or carried or (decided and k in ("为", "担任")))
    for people, connector, rest, etal, respective in _people_splits(
        c, connectors, starts, run_in=carried is not None, slot=carried is not None
    ):
        # A为X appoints whatever verb came before: in 任命A为X，免去其Y职务；B为Z the verb in
        # force after the removal is 免去, yet B为Z is an appointment.
        action = APPOINT if connector == "为" else (_BARE_CONNECTORS.get(connector) or carried or APPOINT)
        if connector == "的" and action == APPOINT:
            return [], in_force, False  # 任命：/ 赵六的X职务 — a removal's form under an appointment: neither (round 9)
        if connector == "担任" and carried == REMOVE:
            # 免去A的X职务；B同志担任Y: 担任 gives a post, never takes one (松江 2011, round 7)
            if _REMOVAL_TAIL_RE.search(rest.rstrip("。；;，, \u3000")):
                return [], in_force, False
            action = APPOINT
        if connector in _HELD_MARKERS and carried:
            if carried == REMOVE and not _REMOVAL_TAIL_RE.search(rest.rstrip("。；;，, \u3000")):
                if connector != "兼任":
                    return [], in_force, False  # 免去A的X职务；B现任Y: B's post held, never its removal (round 7)
                action = APPOINT  # 免去A的X职务；B兼任Y: B's new post, as 担任 above (round 21)
            else:
                action = carried  # 免去：/ 周恩来兼任外交部部长职务
        found = _changes(
            action, people, rest, starts, acting=connector == "代理", extra_note=etal, respective=respective
        )
        if connector == "兼任":
            found = [f for f in found if not _group_role(f[2])]  # 兼任(领导小组)办公室主任: a roster, not 任免
        elif connector == "任":  # 焦俊贤任办公室主任: a group's role, not a post (副主任 alone may be one)
            found = [f for f in found if f[2] not in ROSTER_ROLES or f[2] in TITLE_SET]
        if found:
            return found, in_force, False
    held = HOLDER_JIANREN_RE.match(c) if "兼任" in c else None
    if held:  # 漳州市委常委沈志平兼任中共…工作委员会委员、书记: the post held, the name, the new posts
        holders = [_post_and_name(h) for h in held.group("holder").split("、")]  # A主任甲、B主任乙兼任X (round 8)
        parsed = _post_and_name(held.group("holder"))
        names = [h[0] for h in holders if h] if all(holders) and len(holders) > 1 else [parsed[0]] if parsed else []
        if names:
            found = [f for f in _changes(APPOINT, names, held.group("posts"), starts) if f[2] not in ROSTER_ROLES]
            if found:
                return found, in_force, False
    if "由" in c[:3] and ACTING_PREFIX in c and (found := _acting_by(c, starts)):
        # 由經濟財政司司長梁維特臨時代理行政長官的職務 (澳门 行政命令, round 13): the holder after 由
        return found, in_force, False
    if ACTING_PREFIX in c:  # 郑皓副区长代理…区长职务: the post held stands between name and verb
        found = _acting_holder(c, starts)
        if found:
            return found, in_force, False
    if any(v in c for v in _FOR_NOW_VERBS) and (acting := _acting_named(c, starts)):
        return acting, in_force, False  # 現由A署任X / X一職先由副主委A暫代 (round 15)
    if decided or carried:  # 决定毛伟明副省长为湖南省人民政府代理省长: name, post held, 为
        found = _held_then_new(carried or APPOINT, c, starts)
        if found:
            return found, in_force, False
    return [], in_force, False


# Groups whose name before a role makes it the group's role (never 委员会: …工作委员会委员 is a post of 任免)
_GROUP_SUFFIX_TUPLE = tuple(g for g in ROSTER_GROUP_SUFFIXES if not g.endswith("委员会"))


def _group_role(post: str) -> bool:
    """办公室主任 / 领导小组办公室副主任: a roster role, alone or right after its group's name (rosters round 6:
    黄国范、王央杰兼任领导小组办公室副主任 is the group's office, not a change of post)."""
    if post in ROSTER_ROLES:
        return True
    role = next((r for r in _ROLES_BY_LENGTH if post.endswith(r)), None)
    return role is not None and post[: -len(role)].endswith(_GROUP_SUFFIX_TUPLE)


# Round 21: an accepted request, then more requests of the same form after a comma, a 、 or a ；, with no verb of their
# own — 会议接受张三辞去X职务的请求，李四辞去Y职务的请求 (人大常委会 news): the acceptance goes on to each of them
# (the later ones had given nothing). Only in a sentence whose acceptance (接受/同意/批准) comes before them.
_FURTHER_REQUEST_RE = LazyPattern(
    rf"(?<=的请求|的申请)[，,、；;](?!{alternation(REQUEST_CLAUSE_OPENERS)})"
    rf"(?=[{_CJK}{NAME_DOTS}]{{2,6}}?(?:同志|先生|女士)?辞去[^。；;，,]{{2,60}}?的(?:请求|申请))"
)
_SENTENCE_END_RE = compile_re(r"(?<=[。！？!?])")


def _accepted_requests_carried(text: str) -> str:
    """接受A辞去X职务的请求，B辞去Y职务的请求 → 接受A辞去X职务的请求，接受B辞去Y职务的请求."""
    sentences = _SENTENCE_END_RE.split(text)
    return "".join(
        _FURTHER_REQUEST_RE.sub("，接受", sentence) if _RESIGN_LEAD_RE.search(sentence) else sentence
        for sentence in sentences
    )
