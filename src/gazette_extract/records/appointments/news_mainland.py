"""Mainland news reports and roundups (appointments round 24): a body's roster staffed in the sentence that
sets it up (no change), what is said of the one succeeded (接替落马的B), whose posts are adjusted (调整A的职务,不再…),
a ground glued before a leaving (A等10人则依据法规,不再担任X), new holders who speak (新聘参事代表A、B) and decisions
named by a person and 任. Word tables in :mod:`...vocab.personnel` (the round-24 block at its end). A sibling reader
of :mod:`.news` (imports :mod:`.common` and :mod:`..people` only), called by the package's ``extract_appointments``.
The two post recognizers the clause and news readers share (``party_seat_body``, ``place_led_post``) are in
:mod:`.common`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..._pattern_cache import compile_re
from ...vocab.common import CJK as _CJK
from ...vocab.common import alternation
from ...vocab.numerals import CN_ORDINALS
from ...vocab.personnel import (
    ADJUSTED_POST_CHANGES,
    ADJUSTED_POST_LEADS,
    ADOPTED_PROPOSAL_NOUNS,
    APPOINTED_OATH_GATES,
    EXCEPTED_CHANGE_VERBS,
    FIRST_ELECTED_MARKS,
    HELD_NOW_CHANGE_WORDS,
    HELD_NOW_WORDS,
    HELD_TITLE_LEAVING_VERBS,
    HELD_TITLES_BEFORE_LEAVING,
    LEAVING_AFTER_CONNECTIVES,
    LEAVING_AFTER_GROUND,
    LEAVING_GROUND_LEADS,
    LEAVING_REASON_OPENERS,
    MOVE_VERBS,
    NAMED_DECISION_ADOPTERS,
    NEW_HOLDER_SPEAKER_LEADS,
    NEWLY_CHOSEN_TIMES,
    NEWLY_CHOSEN_VERBS,
    OATH_LIST_ENDS,
    OFFICE_SETUP_WORDS,
    OFFICE_STAFFING_DECIDED,
    PAIRED_PLACE_ADVERBS,
    PAIRED_PLACE_VERBS,
    TITLE_SET,
)
from ..people import is_person_name
from .common import APPOINT, _all_names, _Change

_OFFICE_SETUP_RE = compile_re(alternation(OFFICE_SETUP_WORDS))
_OFFICE_STAFFING_DECIDED_RE = compile_re(alternation(OFFICE_STAFFING_DECIDED))
_SENTENCE_ENDS = "。；;！!？?\n"
_SETUP_WINDOW = 200  # characters read back from a clause for its sentence's set-up word


def staffs_a_body_set_up(paragraph: str, clause: str) -> bool:
    """True when the clause's posts staff a body its sentence in ``paragraph`` sets up before it — 下设…办公室…,
    由周阳兼任办公室主任,周胜清任副主任 / 办公室设在区环保局,周胜清任副主任: a roster, not a change — and the
    clause holds no decision's word of its own (任命, 聘任, 决定, 免去). A clause not found as printed: False."""
    if "设" not in paragraph:
        return False  # no set-up word can stand in it: the usual paragraph costs one scan, no search
    piece = clause.strip(" \u3000")
    at = paragraph.find(piece) if piece else -1
    if at < 0 or _OFFICE_STAFFING_DECIDED_RE.search(piece) is not None:
        return False
    window = max(0, at - _SETUP_WINDOW)
    begin = max((paragraph.rfind(mark, window, at) for mark in _SENTENCE_ENDS), default=-1) + 1
    return _OFFICE_SETUP_RE.search(paragraph, begin, at) is not None


# 接替 + what is said of the one succeeded (落马的, 退休的 …; at most 10 characters, no clause mark, ending in 的) +
# a name of two to four characters, then 同志, a comma, or a verb of taking the post.
_TAKING_VERBS = (*MOVE_VERBS, "出任", "担任", "任")
_SUCCEEDED_ATTRIBUTIVE_RE = compile_re(
    rf"(?<=接替)(?P<said>[^，,；;。：:、的接]{{1,9}}的)(?P<name>[{_CJK}]{{2,4}}?)(?=同志|[，,]|"
    rf"(?:{alternation(_TAKING_VERBS)})(?![命务期职免用]))"
)


def without_succeeded_attributive(text: str) -> str:
    """徐平接替落马的徐建一,出任X → 徐平接替徐建一,出任X: what is said of the one succeeded dropped when a person's
    name follows it (SUCCEEDED_ATTRIBUTIVES has the forms seen); else as printed."""

    def dropped(m: re.Match[str]) -> str:
        return m.group("name") if is_person_name(m.group("name")) else m.group()

    return _SUCCEEDED_ATTRIBUTIVE_RE.sub(dropped, text)


# 调整王立军的职务,不再兼任X: the lead, a name of two to four characters (同志 after it), 的职务, a comma, then a
# change's verb (not 任务/任期: 任 must open a post).
_ADJUSTED_POST_RE = compile_re(
    rf"(?:{alternation(ADJUSTED_POST_LEADS)})(?P<name>[{_CJK}]{{2,4}}?)(?:同志)?的职务(?P<comma>[，,])"
    rf"(?=(?:{alternation(ADJUSTED_POST_CHANGES)})(?![命务期职免用]))"
)


def adjusted_posts(text: str) -> str:
    """调整王立军的职务,不再兼任重庆市公安局局长 → 王立军,不再兼任重庆市公安局局长: whose posts are adjusted is the
    subject of the change after the comma (the name must read as a person's); else as printed."""

    def subject(m: re.Match[str]) -> str:
        return m.group("name") + m.group("comma") if is_person_name(m.group("name")) else m.group()

    return _ADJUSTED_POST_RE.sub(subject, text)


# 新聘参事代表步宏、张剑渝、杨虎就…: the lead, the post's title (two to four characters), 代表, then names joined by
# 、/和/及/与 up to what they do (就, 在, 作, 发言, 表示) or a mark.
_NEW_HOLDER_SPEAKERS_RE = compile_re(
    rf"(?:{alternation(NEW_HOLDER_SPEAKER_LEADS)})(?P<title>[{_CJK}]{{2,4}}?)代表"
    rf"(?P<names>[{_CJK}、]{{2,60}}?)(?=就|在|作|发言|表示|[，,。；;：:])"
)
# The government the post belongs to, named in full earlier: 成都市人民政府参事聘任仪式 / 成都市人民政府聘任23名参事 —
# opening after a mark or a function word, holding none (举行的成都市…: never 行的成都市; 并对历任市政府参事: no place).
_GOVERNMENT_POST_RE = compile_re(
    rf"(?:(?<=[的在由是与和及为])|(?<![{_CJK}]))(?P<org>(?:(?![对并任的在由是与和及为将从向])[{_CJK}]){{1,4}}?[省市县区州旗](?:人民政府|政府))(?:(?:聘任|聘请|续聘)[\d{CN_ORDINALS}百]{{0,4}}[名位]?)?"
    rf"(?P<title>[{_CJK}]{{2,4}})"
)
_SPEAKER_SEPARATORS_RE = compile_re("[、和及与]")


def new_holder_speakers(text: str, before_of: Callable[[], str]) -> list[_Change]:
    """新聘参事代表步宏、张剑渝、杨虎就…发言: each new holder named as a speaker for the others, the post the document
    names in full in ``before_of()``, the text above (joined only when the clause reads: 成都市人民政府参事 — one government only; none: the title as printed). The title must be a
    post's (TITLE_SET, never 代表 itself) and every name a person's; else nothing."""
    m = _NEW_HOLDER_SPEAKERS_RE.search(text)
    if m is None or (title := m.group("title")) not in TITLE_SET or title == "代表":
        return []
    names = _SPEAKER_SEPARATORS_RE.split(m.group("names"))
    if not _all_names("、".join(names)):
        return []  # 张剑渝 reads alone; 步宏 (步 starts words) inside a list of names
    orgs = {g.group("org") for g in _GOVERNMENT_POST_RE.finditer(before_of()) if g.group("title").startswith(title)}
    post = orgs.pop() + title if len(orgs) == 1 else title
    return [(APPOINT, name, post, None) for name in names]


# 则依据法规, between the persons and their leaving: an adverb, the ground (at most 12 characters) and its comma.
_LEAVING_GROUND_RE = compile_re(
    rf"(?P<adverb>[则也均亦])?(?:{alternation(LEAVING_GROUND_LEADS)})[^，,；;。：:]{{0,12}}?[，,]"
    rf"(?:{alternation(LEAVING_AFTER_CONNECTIVES)})?"  # 故不再担任X (round 25)
    rf"(?=(?:{alternation(LEAVING_AFTER_GROUND)}))"
)
# 由于 before the person whose ground was dropped: 由于钮小明同志不再担任X → 钮小明同志不再担任X (round 25).
_REASON_OPENER_RE = compile_re(
    rf"(?:{alternation(LEAVING_REASON_OPENERS)})(?=[{_CJK}]{{2,4}}?(?:同志)?(?:{alternation(LEAVING_AFTER_GROUND)}))"
)
_COUNTED_PERSONS_RE = compile_re(rf"(?:等[\d{CN_ORDINALS}百]{{1,4}}[人名位]|同志)$")


def without_leaving_ground(text: str) -> str:
    """王艳玲、秦玉海等10人则依据法规,不再担任X → 王艳玲、秦玉海等10人不再担任X: the ground glued after the persons
    dropped, only where a person's name (or 等N人 / 同志 after one) stands right before it; else as printed."""

    def dropped(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 8) : m.start()]
        named = _COUNTED_PERSONS_RE.search(before) is not None or any(
            is_person_name(before[-size:]) for size in (3, 2) if len(before) >= size
        )
        return "" if named else m.group()

    left = _LEAVING_GROUND_RE.sub(dropped, text)
    return _REASON_OPENER_RE.sub("", left) if left != text else left


# 通过了《关于张平同志任某委员会主任的决定》: the adopting verb (or 和/及/、 after a decision named before), an optional 《, 关于, a name (two to four characters)
# with 同志, 任 / 担任 (never 任命, 任期 …), the post (no mark, no 的) and 的决定.
_NAMED_DECISION_RE = compile_re(
    rf"(?P<lead>(?:{alternation(NAMED_DECISION_ADOPTERS)}|(?<=的决定》)[和及、])《?关于)(?P<name>[{_CJK}]{{2,4}}?)(?:同志)?(?:担任|任)"
    rf"(?![命免务期职用])(?P<post>[^《》，,。；;：:的]{{2,40}}?)(?=的决定)"
)


def named_decisions(text: str) -> str:
    """通过了关于李强同志任国务院总理的决定 → 通过了关于任命李强为国务院总理的决定: a decision named by a person and 任
    read as one named by 任命 (the name must read as a person's); else as printed."""

    def appointed(m: re.Match[str]) -> str:
        if not is_person_name(m.group("name")):
            return m.group()
        return f"{m.group('lead')}任命{m.group('name')}为{m.group('post')}"

    return _NAMED_DECISION_RE.sub(appointed, text)


# Round 26: posts held now (vocab HELD_NOW_WORDS). A word of the present, then (within the sentence, no mark of a
# sentence's end) 任 / 担任 / 兼任 — never 任命, 任免, 任期, 任务, 任职. The lead of a run: such a sentence ending in 职务.
_HELD_NOW_WORD_RE = compile_re(alternation(HELD_NOW_WORDS))
_HELD_NOW_SENTENCE_RE = compile_re(
    rf"(?:{alternation(HELD_NOW_WORDS)})[^。；;！!？?]{{0,40}}?(?:担任|兼任|任(?![命免期务职用何]))"
)
_HELD_NOW_LEAD_RE = compile_re(
    rf"(?:{alternation(HELD_NOW_WORDS)})[^。；;！!？?]{{0,20}}?(?:担任|兼任|任)着?[^。；;！!？?]{{0,20}}职务[。；;]?$"
)
_HELD_NOW_CHANGE_RE = compile_re(alternation(HELD_NOW_CHANGE_WORDS))
_HELD_NOW_SPLIT_RE = compile_re(r"(?<=[。！？!?；;])")


def without_held_now(text: str) -> str:
    """Drop the sentences that state posts held now, not changes (round 26): one with a word of the present before
    任/担任/兼任 and no word of a change (另外，某省政府目前有省长助理2人，其中王化文兼任省财政厅厅长。), and the sentence
    right after a lead of the present ending in 职务 (…的6人，目前还担任着其他政府部门的职务。) when it holds no word of a
    change (高继泰任X，李杰任Y。). The other sentences are kept as printed."""
    if _HELD_NOW_WORD_RE.search(text) is None:
        return text
    kept: list[str] = []
    after_lead = False
    for sentence in _HELD_NOW_SPLIT_RE.split(text):
        changes = _HELD_NOW_CHANGE_RE.search(sentence) is not None
        stated = not changes and (after_lead or _HELD_NOW_SENTENCE_RE.search(sentence) is not None)
        after_lead = _HELD_NOW_LEAD_RE.search(sentence.rstrip(" \u3000\n")) is not None
        if not stated:
            kept.append(sentence)
    return "".join(kept)


# Round 26: an adopting verb, then 关于 at most, 任命 / 免去 and the change (no 《》 or clause mark), then 的 and a
# proposal's noun closing the clause (vocab ADOPTED_PROPOSAL_NOUNS).
_ADOPTED_PROPOSAL_RE = compile_re(
    rf"(?P<lead>(?:{alternation(NAMED_DECISION_ADOPTERS)}))(?:关于)?(?P<change>(?:任命|免去)[^《》“”，,。；;：:]{{2,60}}?)"
    rf"的(?:{alternation(ADOPTED_PROPOSAL_NOUNS)})(?=$|[，,。；;\n])"
)


def adopted_proposals(text: str) -> str:
    """表决通过任命王兴宁为陕西省监委副主任的提议 → 表决通过任命王兴宁为陕西省监委副主任: a proposal named by its change
    and adopted is the change decided (round 26). A proposal only heard or reviewed (审议了…的议案) is left as printed."""
    return _ADOPTED_PROPOSAL_RE.sub(r"\g<lead>\g<change>", text)


# Round 26: persons and places paired in order (vocab PAIRED_PLACE_ADVERBS, PAIRED_PLACE_VERBS): two to ten items
# joined by 、 (each at most 20 characters: a held post may stand before the name), the adverb and the verb, two to ten
# places (two to six characters each) joined by 、, the last one glued to the title they share — an administrative
# unit's character (市, 县, 区, 州, 省, 盟, 旗) and at most eight more characters, ending the clause.
_PAIRED_PLACES_RE = compile_re(
    rf"(?P<names>[{_CJK}]{{2,20}}(?:、[{_CJK}]{{2,20}}){{1,9}}?)(?:{alternation(PAIRED_PLACE_ADVERBS)})"
    rf"(?P<verb>{alternation(PAIRED_PLACE_VERBS)})(?P<places>[{_CJK}]{{2,6}}(?:、[{_CJK}]{{2,6}}){{1,9}}?)"
    rf"(?P<suffix>[市县区州省盟旗][{_CJK}]{{1,8}}?)(?:职务)?(?=$|[，,。；;\n])"
)


def _paired_person(item: str) -> str | None:
    """The person of an item of the names: its last three or two characters when they read as a name (a held post
    may stand before it: 安徽省委副书记孙金龙 → 孙金龙); None when neither does."""
    for size in (3, 2):
        if len(item) >= size and is_person_name(item[-size:]):
            return item[-size:]
    return None


def paired_places(text: str) -> str:
    """杨松、孙金龙、李春城先后卸任武汉、合肥、成都市委书记 → 杨松卸任武汉市委书记，孙金龙卸任合肥市委书记，李春城卸任
    成都市委书记 (round 26): as many names as places, the title after the last place carried to each; the title must
    end in one of the table's titles. A name that does not read leaves its pair out; counts that differ leave the
    clause as printed."""

    def paired(m: re.Match[str]) -> str:
        items = m.group("names").split("、")
        places = m.group("places").split("、")
        suffix = m.group("suffix")
        if len(items) != len(places) or not any(suffix.endswith(title) for title in TITLE_SET):
            return m.group()
        clauses = [
            f"{person}{m.group('verb')}{place}{suffix}"
            for item, place in zip(items, places, strict=True)
            if (person := _paired_person(item)) is not None
        ]
        return "，".join(clauses) if clauses else m.group()

    return _PAIRED_PLACES_RE.sub(paired, text)


# Round 26: a name (two to four characters, no character of a word before it), 是 / 为, a word of this time at most,
# 新, the verb (vocab NEWLY_CHOSEN_VERBS), 的 and the post (no mark, no 的) closing the clause.
_NEWLY_CHOSEN_RE = compile_re(
    rf"(?<![{_CJK}])(?P<name>[{_CJK}]{{2,4}}?)(?:是|为)(?:{alternation(NEWLY_CHOSEN_TIMES)})?新"
    rf"(?P<verb>{alternation(NEWLY_CHOSEN_VERBS)})的(?P<post>[^，,。；;：:的\n]{{2,30}}?)(?=$|[，,。；;\n])"
)


def newly_chosen(text: str) -> str:
    """华源是这次新当选的副市长，之前担任X → 华源当选副市长，之前担任X; 张三是新任命的某局局长 → 张三任某局局长
    (round 26): a new holder introduced by 是. The name must read as a person's; else as printed."""

    def told(m: re.Match[str]) -> str:
        if not is_person_name(m.group("name")):
            return m.group()
        verb = "当选" if m.group("verb") == "当选" else "任"
        return f"{m.group('name')}{verb}{m.group('post')}"

    return _NEWLY_CHOSEN_RE.sub(told, text)


# Round 26: 除 (or 除了; no character of a word before it: never 解除, 删除), a clause of four to sixty characters with no
# mark holding a verb of a change (vocab EXCEPTED_CHANGE_VERBS), then 外 or 之外 before a comma.
_EXCEPTED_CHANGE_RE = compile_re(
    rf"(?<![{_CJK}])除了?(?P<inner>[^，,。；;：:\n]{{0,40}}?(?:{alternation(EXCEPTED_CHANGE_VERBS)})[^，,。；;：:\n]{{2,40}}?)"
    rf"之?外(?=[，,])"
)


def excepted_changes(text: str) -> str:
    """除中山大学校长许宁生调任复旦大学校长外,其余均只涉及副校级 → 中山大学校长许宁生调任复旦大学校长,其余…
    (round 26): a change told inside 除…外 is still told; the clause is read without 除 and 外."""
    return _EXCEPTED_CHANGE_RE.sub(r"\g<inner>", text)


# Round 26: a sentence (no comma, colon or sentence mark inside, at most 400 characters) of post-and-name pairs ending in
# an oath (vocab OATH_LIST_ENDS); read in a paragraph that holds a letter of appointment (vocab APPOINTED_OATH_GATES).
_APPOINTED_OATH_GATE_RE = compile_re(alternation(APPOINTED_OATH_GATES))
_OATH_LIST_RE = compile_re(
    rf"(?P<lead>^|[。；;！!？?\n])(?P<list>[^。；;！!？?\n，,：:]{{4,400}}?)(?:{alternation(OATH_LIST_ENDS)})(?=[。；;\n]|$)"
)


def oath_takers_appointed(text: str) -> str:
    """会议举行了宪法宣誓和颁发任命书仪式。省司法厅厅长刘志诚、省自然资源厅厅长孙建军进行了宪法宣誓。 → …。新任省司法厅
    厅长刘志诚、省自然资源厅厅长孙建军。 (round 26): the holders who take the oath after their letters of appointment
    are the new holders; the pairs are read as a 新任 list (a name alone gives nothing). Without a letter of appointment
    in the paragraph the text is left as printed."""
    if _APPOINTED_OATH_GATE_RE.search(text) is None:
        return text
    return _OATH_LIST_RE.sub(lambda m: f"{m.group('lead')}新任{m.group('list')}", text)


# Round 26: a bracket of items joined by 、 (each a body and a name), or names joined by 、 with no character of a word
# before them, then 是, a mark of the first time (vocab FIRST_ELECTED_MARKS), 当选 (为) and the post closing the clause.
_FIRST_ELECTED_RE = compile_re(
    rf"(?:[（(](?P<inner>[^（）()]{{2,120}})[）)]|(?<![{_CJK}])(?P<bare>[{_CJK}]{{2,4}}(?:、[{_CJK}]{{2,4}}){{0,20}}))"
    rf"是(?:{alternation(FIRST_ELECTED_MARKS)})当选为?(?P<post>[^（）()，,。；;：:的\n]{{2,30}}?)(?=$|[，,。；;\n])"
)


def first_elected(text: str) -> str:
    """(民革王红、民盟程红、民建高云龙)是首次当选主委 → ，王红当选主委，程红当选主委，高云龙当选主委; 王红、程红是首次
    当选主委 → 王红、程红当选主委 (round 26). In a bracket each item's person is its last three or two characters that
    read as a name; an item without one is left out; no name at all leaves the text as printed."""

    def elected(m: re.Match[str]) -> str:
        post = m.group("post")
        if m.group("bare") is not None:
            return f"{m.group('bare')}当选{post}"
        persons = [p for item in m.group("inner").split("、") if (p := _paired_person(item)) is not None]
        return "，" + "，".join(f"{p}当选{post}" for p in persons) if persons else m.group()

    return _FIRST_ELECTED_RE.sub(elected, text)


# 王国斌院长不再兼任X: at a clause's start, a name of two to four characters (欧阳明高), a post held (副 / 常务副 before
# it allowed), then the leaving verb. The name is read lazily so 张三副院长 gives 张三 + 副院长.
_HELD_TITLE_LEAVING_RE = compile_re(
    rf"(?:(?<=[，,；;。：:、\s])|^)(?P<name>[{_CJK}]{{2,4}}?)(?:常务副|副)?(?:{alternation(HELD_TITLES_BEFORE_LEAVING)})"
    rf"(?=(?:{alternation(HELD_TITLE_LEAVING_VERBS)}))"
)


def held_title_leaving(text: str) -> str:
    """张玉同志任X,王国斌院长不再兼任Y → 张玉同志任X,王国斌不再兼任Y: the post held after the leaving person's name is
    dropped, so the clause opens with its subject (the name must read as a person's; else as printed)."""

    def subject(m: re.Match[str]) -> str:
        return m.group("name") if is_person_name(m.group("name")) else m.group()

    return _HELD_TITLE_LEAVING_RE.sub(subject, text)
