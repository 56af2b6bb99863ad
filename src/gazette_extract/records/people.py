"""People and posts: the grammar both record stages read names and posts with.

Person names (a surname from the data list + one to three characters, dotted names, honorifics),
posts and the organisations that hold them (:func:`split_position`, :func:`is_person_name`), the
cheap pre-filter (:data:`TRIGGER_RE`) and the shared line and table readers (``_tokens``,
``_row_cells``). :mod:`.appointments` and :mod:`.rosters` both read through it; it imports neither.
Nothing here raises on odd text; no pydantic at import time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import TYPE_CHECKING

from .._pattern_cache import compile_re
from ..grammars.brackets import matching_open
from ..vocab.common import CJK as _CJK
from ..vocab.common import CJK_EXTENDED, LazyPattern, alternation
from ..vocab.numerals import CN_ORDINALS
from ..vocab.personnel import (
    ACTING_PREFIX,
    BOUNDED_NAME_LAST_CHARS,
    BRAND_HEAD_TITLES,
    BRAND_INDUSTRY_ENDINGS,
    BRAND_NEVER_CHARS,
    BRAND_NEVER_FIRST_CHARS,
    BRAND_NEVER_WORDS,
    CAMPUS_QUALIFIED_ENDS,
    COMPOUND_SURNAMES,
    DOTTED_NAME_MAX,
    ENTERPRISE_SHORT_NAMES,
    GROUP_HEAD_TITLES,
    HONORIFICS,
    MINISTRY_SHORT_TITLES,
    MISSION_PREFIXES,
    NAME_DOTS,
    NEGATION_NAME_LAST,
    NOT_NAMES,
    ORG_SUFFIX_TUPLE,
    PLACE_HEAD_TITLES,
    PLACE_STARTS,
    POST_NARRATIVE_WORDS,
    POST_ORG_SUFFIXES,
    POST_TAIL_WORDS,
    PREPOSITION_PHRASE_PARTS,
    PREPOSITION_SURNAMES,
    QI_NAME_NEVER_LAST_CHARS,
    QUALIFIER_NEVER_CHARS,
    ROSTER_HONORIFICS,
    ROSTER_NAME_CHARS,
    ROSTER_POST_NOMINALS,
    ROSTER_ROLES,
    SHARED_UNIT_TITLES,
    SHORT_TITLE_PLACES,
    SINGLE_SURNAMES,
    SURNAME_ADDRESS_WORDS,
    SURNAMES_COMMON,
    TITLE_MAX_LEN,
    TITLE_MODIFIERS,
    TITLE_SET,
    TRAD_POST_WORDS_NOT_NAMES,
    UNIT_HEAD_TITLES,
    VERB_NAME_HEAD_NEXT,
    VERB_NAME_HEADS,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from ..layout.blocks import Block

__all__ = ["is_married_name", "is_married_shape", "is_person_name", "split_position"]

_SPACE = r"[\s\u3000]"


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

_TRIGGER_BRANCHES: tuple[str, ...] = (
    r"任(?<![责主信担兼继前现出历常]任)(?![务何期性])",  # 常任秘书长 is no verb (round 13)
    *("免", "聘", "辞", "代理", "撤销", "会议", "常委会", "不再担任", "兼任", "决定"),
    *(
        "选举",
        "补选",
        "增选",  # 王惠敏、郑栅洁增选为副省长 (round 12)
        "增补",  # 增补周生贤、解振华为…副主任 (round 13)
        "当选",
        "被选",
        "解除",
        "录用",
        "推选",
        "出任",
        "卸任",
        "任命",  # 现任命A为X: 现任 is no trigger, 任命 always is (round 8)
        "委任",
        "接掌",  # 张三接掌县府财政处长 (台湾, round 14)
        "布达",  # 布达张三为县府财政处长 / 正式布达A接任X (台湾: 布達, round 14)
        "署理",  # 委任張三署理X / 由A署任X / X一職先由A暫代 (香港, 台湾: acting posts, round 15)
        "署任",
        "暂代",
        "晋升为",  # 张三获晋升为X (香港 press releases, round 15)
        "接替",  # 张三接替李四担任X: 担任 is no trigger (round 15)
        "转正",  # 代市长均已转正，包括A市市长B、… (round 15)
        r"同意(?=[^，,；;。]{2,10}?担任)",  # 同意张三担任X (round 15)
        "擢升为",
        "调升",  # 秘書長陳永豐調升副市長 (台湾 city news, round 16)
        "接手",  # 環保署長…由台大教授魏國彥接手 (台湾 news, round 17: X由A接手 as X由A接任)
        "履新",  # 喻云林北上履新天津市委常委、组织部部长 (ccwqtv, round 18)
        "撤职",  # 对某局局长张三给予撤职处分: an accountability decision (round 20)
        # round 20: news' words of a promotion, an election or of taking charge (vocab MOVE_VERBS, NAME_FIRST_VERBS)
        "晋升",
        "升为",
        "提拔为",
        "获选",
        "膺选",
        "出掌",
        # appoint30: a Taiwan order's verbs without 任/免 (vocab APPOINT_VERBS_MORE, LEFT_POST_AT_END)
        "退职",  # 駐新加坡大使梁國新退職，應予免職 (總統令)
        r"派(?=[^，,；;。：:]{2,6}?为)",  # 派張三為X (行政院令, 人事命令); the clause reader checks the name
    ),  # 选举张三为… / 张三当选为… / 解除A的…职务 (round 5) / 录用A为X (round 7) / 推选, 出任, 卸任 (round 8)
)
TRIGGER_RE = compile_re("|".join(_TRIGGER_BRANCHES))
# Level characters that end a place name; a bare one (区十五届…) means the document's own place.
_PLACE_LEVELS = "省市区县州旗"

# A name with middle dots: all of it up to the last dot, the last part is tried length by length.
_DOTTED_HEAD_RE = compile_re(rf"^[{_CJK}]{{1,10}}(?:[{NAME_DOTS}][{_CJK}]{{1,10}})*[{NAME_DOTS}]")
_DOTTED_NAME_RE = LazyPattern(rf"[{_CJK}]{{1,10}}(?:[{NAME_DOTS}][{_CJK}]{{1,10}})+")
_DOT_SPLIT_RE = compile_re(f"[{NAME_DOTS}]")
_OPEN, _CLOSE = "（(〔[【", "）)〕]】"
_CLOSE_TUPLE = tuple(_CLOSE)

_ALL_CJK_RE = LazyPattern(rf"[{CJK_EXTENDED}]+")  # a given name may hold a character outside the BMP (区𫟹)
# Characters that never stand inside a name (function words, unit words).
# 曾: 张三曾任…; 拟 (round 20): 张三拟出任X / 李四拟被任命为Y, a proposal, never the person 张三拟 (as 将 is never one)
_NON_NAME_CHARS = frozenset("的了和与及等在对由各其将并之是从向被把或这那该每职务副曾拟")
_ROSTER_NON_NAME_CHARS = _NON_NAME_CHARS - frozenset(ROSTER_NAME_CHARS)
# After 其 in the middle of a three-character name: 其 + a word or a verb, not a name (任其为X, 于其中; round 17).
_QI_NAME_NEVER_LAST = frozenset(QI_NAME_NEVER_LAST_CHARS)
# Characters a name never ends with: they end units (张家口市, 王家村).
_NON_NAME_LAST = frozenset("局委办院部厅市县省镇乡区处科村组")

# Rosters: a role, spaces allowed inside (组 长, 委　员), a colon, then the people.
_ROLES_BY_LENGTH = tuple(sorted(ROSTER_ROLES, key=len, reverse=True))  # the longest first (副组长 before 组长)
_TITLE_LAST_CHARS = frozenset(title[-1] for title in TITLE_SET)  # a longer paragraph is not read as one glued roster
# 成员：张三，李四，王五 / 张三、李四: names only, one separator between them
_NAME_LIST_SPLIT_RE = compile_re(r"[，,、]")
_TOKEN_SPLIT_RE = compile_re(rf"{_SPACE}{_SPACE}*")  # X X*, not X+: a class re scans for (speed19)


# --------------------------------------------------------------------------------------------
# Names and posts
# --------------------------------------------------------------------------------------------


def _title_at_end(text: str) -> str | None:
    """Longest title from the vocabulary that ends ``text``: …办事处副主任 → 副主任."""
    if text[-1:] not in _TITLE_LAST_CHARS:
        return None  # every title ends in one of these: most texts asked (names, clauses) go here
    for size in range(min(TITLE_MAX_LEN, len(text)), 1, -1):
        if text[-size:] in TITLE_SET:
            return text[-size:]
    return None


def _given_part(text: str) -> str:
    """``text`` without its surname (compound surnames first)."""
    return text[2:] if text[:2] in COMPOUND_SURNAMES else text[1:]


def is_person_name(text: str, *, roster: bool = False) -> bool:
    """王勇, 杜菁山, 任宝军, 欧阳明高: a surname from the list and one to three more characters;
    阿卜杜吉力力·阿卜来提: Chinese parts joined by middle dots, no listed surname needed.
    ``roster``: the text stands before its post in a roster entry, where a few characters that are
    function words in prose are read as parts of a name (朱之鑫, 马正其: ROSTER_NAME_CHARS)."""
    if not 2 <= len(text) <= 4:
        return _is_dotted_name(text)
    if len(text) == 4 and text[:2] not in COMPOUND_SURNAMES:
        return False  # 曾长期担(任…): four characters after a single surname are a phrase, not a name
    if text in NOT_NAMES or text in TRAD_POST_WORDS_NOT_NAMES or not _ALL_CJK_RE.fullmatch(text):
        return False
    if text[:2] in COMPOUND_SURNAMES:
        if len(text) < 3:
            return False
    elif text[0] not in SINGLE_SURNAMES:
        return False
    inner = text[1:]
    if len(text) == 3:  # 朱永和, 丁向阳: 和 and 向 inside a three-character name (never 张和 alone)
        inner = inner.replace("和", "").replace("向", "")
        if text[1] == "其" and text[2] not in _QI_NAME_NEVER_LAST:
            inner = inner[1:]  # 孙其信, 王其明: 其 in the middle of three (round 17); never 任其为, 于其中
    excluded = _ROSTER_NON_NAME_CHARS if roster else _NON_NAME_CHARS
    if any(ch in excluded for ch in inner) or text[-1] in _NON_NAME_LAST:
        return False
    if (len(text) >= 3 and text[-1] in NEGATION_NAME_LAST) or _given_part(text) in SURNAME_ADDRESS_WORDS:
        return False  # 李四未 (辞去…): a negation; 陈教授 / 王先生: a form of address, no name
    if text[0] in PREPOSITION_SURNAMES and text[1:] in PREPOSITION_PHRASE_PARTS:
        return False  # 于会上 / 于近日: the preposition and a time or place after a name (apages21)
    if text[:2] in VERB_NAME_HEADS and (len(text) == 2 or text[2] in VERB_NAME_HEAD_NEXT.get(text[:2], "")):
        return False  # 成为继(何厚铧之后的…): the verb 成为, not 成 and a given part (tpages21)
    return text.endswith("同志") is False and _title_at_end(text) is None  # 王局长 is not a name


def is_married_shape(text: str) -> bool:
    """廖李可期, 林郑月娥, 陈冯富珍: a Hong Kong married name as printed — four characters, the husband's surname
    (a listed single surname), then the woman's own name (a listed surname and a two-character given name).
    Never a compound surname's name (欧阳明高) nor a word (NOT_NAMES)."""
    return (
        len(text) == 4
        and text[0] in SINGLE_SURNAMES
        and text[:2] not in COMPOUND_SURNAMES
        and text not in NOT_NAMES
        and is_person_name(text[1:])
        and text[0] not in _NON_NAME_CHARS
    )


def is_married_name(text: str) -> bool:
    """A married name (:func:`is_married_shape`) that no other equally likely reading of the four characters fits:
    its last two are no two-character name with a common surname (廖李|可期, 林郑|月娥; 陈冯|富珍, 富 a less common
    surname), so the text is not two names printed without a separator (陈林|王刚 may be 陈林 and 王刚: which it is
    cannot be told, and such a text gives no person; posts18)."""
    return is_married_shape(text) and not (text[2] in _COMMON_SURNAME_SET and is_person_name(text[2:]))


_COMMON_SURNAME_SET = frozenset(SURNAMES_COMMON)


# Words never inside a transliterated name: a verb glued to its last part.
_NEVER_IN_DOTTED_NAMES: tuple[str, ...] = ("当选", "被", "辞去", "担任", "兼任", "免去", "任命", "为", "同志")


def _is_dotted_name(text: str) -> bool:
    if not 3 <= len(text) <= DOTTED_NAME_MAX + 3 or not _DOTTED_NAME_RE.fullmatch(text):
        return False
    if any(word in text for word in _NEVER_IN_DOTTED_NAMES):
        return False  # 艾斯比顿·赛买提当选 (…当选为X read with the verb in the name, round 8)
    letters = _DOT_SPLIT_RE.sub("", text)
    if len(letters) > DOTTED_NAME_MAX or any(ch in _NON_NAME_CHARS for ch in letters):
        return False
    if text[-1] in _NON_NAME_LAST or text.endswith(ORG_SUFFIX_TUPLE):
        return False  # 买买提·吐尔逊市财政局, …某县人民政府 (a name run into a post: round 11, a false record)
    if _post_before_dotted(text) is not None:
        return False  # 区民宗局局长阿不都·热依木: a post run into the name (robustness round 8, a false record)
    return _title_at_end(text) is None


_DOTTED_FIRST_MAX = 12  # characters of a dotted name's first part looked at for a post before it


def _post_before_dotted(text: str) -> int | None:
    """Where a post ending in a title stops inside a dotted name's first part (区民宗局局长|阿不都·热依木),
    leaving two characters or more before the dot; None when none does."""
    first = _DOT_SPLIT_RE.split(text, maxsplit=1)[0][:_DOTTED_FIRST_MAX]
    for k in range(len(first) - 2, 1, -1):
        if _title_at_end(first[:k]) is not None:
            return k
    return None


def _name_sizes(text: str, sizes: tuple[int, ...]) -> tuple[int, ...] | range:
    """Lengths of the names ``text`` may begin with: ``sizes`` for 王勇…, and for a dotted name
    (阿卜杜吉力力·阿卜来提的…) each length of its last part, shortest first."""
    if _DOT_SPLIT_RE.search(text, 0, 12) is None:
        return sizes
    head = _DOTTED_HEAD_RE.match(text)
    if head is None:
        return sizes
    start = head.end()
    last = _ALL_CJK_RE.match(text, start)
    if last is None:
        return ()
    return range(start + 1, start + min(last.end() - start, 10) + 1)


def split_position(position: str) -> tuple[str | None, str | None]:
    """北京市平谷区城市管理委员会副主任 → (北京市平谷区城市管理委员会, 副主任); (None, None) if no title."""
    title = _title_at_end(position)
    if title is None:
        return None, None
    organization = position[: -len(title)] or None
    if title in SHARED_UNIT_TITLES and not (organization or "").endswith(SHARED_UNIT_TITLES[title][0]):
        unit, title = SHARED_UNIT_TITLES[title]  # 新庄 + 分局长 → 新庄分局 + 局长; 朴子分局 + 分局长 stays (posts18)
        organization = (organization or "") + unit
    if organization and organization.endswith(ACTING_PREFIX) and not title.startswith("代"):
        organization, title = organization[: -len(ACTING_PREFIX)] or None, ACTING_PREFIX + title  # …代理主任
    elif organization and organization[-2:] in TITLE_MODIFIERS and not title.startswith(tuple(TITLE_MODIFIERS)):
        modifier = organization[-2:]
        organization, title = organization[:-2] or None, modifier + title  # 县委党校 + 常务副校长 (round 11)
    return organization, title


def _org_is_plausible(organization: str | None, starts: tuple[str, ...], title: str | None = None) -> bool:
    if organization is None:
        return True
    if (
        organization.endswith(_CLOSE_TUPLE)
        and (start := matching_open(organization, len(organization) - 1, openers=_OPEN, closers=_CLOSE)) is not None
        and start > 0
    ):
        # 市人民政府办公室（市外事办公室）主任: a second name of the same office in brackets, each an
        # organization (round 10); a bracket of anything else (a remark) is no organization
        inner = organization[start + 1 : -1].strip()
        if organization[:start].endswith(_CAMPUS_QUALIFIED_ENDS) and _is_campus(inner):
            return _org_is_plausible(organization[:start], starts)  # 中国地质大学(北京) + 党委书记 (round 19)
        return _org_is_plausible(organization[:start], starts) and inner.endswith(ORG_SUFFIX_TUPLE)
    if title and _shares_its_level(organization, title):
        return True  # 重庆 + 市长: 辞去重庆市长职务 (the place's 市 is the title's)
    if title in GROUP_HEAD_TITLES and (ordinal := _ORDINAL_TAIL_RE.search(organization)) and ordinal.start() > 0:
        return _org_is_plausible(
            organization[: ordinal.start()], starts
        )  # 市纪委监委 + 第一 + 纪检监察组组长 (round 11)
    if organization.startswith(_MISSION_PREFIXES) or organization.endswith(_POST_ORG_SUFFIXES):
        return True  # 中华人民共和国驻索马里联邦共和国 (round 8)
    if title in UNIT_HEAD_TITLES and organization.endswith(UNIT_HEAD_TITLES[title][0]) and len(organization) >= 3:
        # 律政司 + 司长, 外交部礼宾司 + 司长 (round 15); never 某公司 + 司长, nor 为王司 (a link, then a name)
        return (
            organization[0] not in "为任的"
            and not organization.endswith("公司")
            and _ALL_CJK_RE.fullmatch(organization) is not None
        )
    if title in MINISTRY_SHORT_TITLES and 2 <= len(organization) <= 3 and _ALL_CJK_RE.fullmatch(organization):
        return organization not in NOT_NAMES  # 外交部长, 劳动部长 (round 13)
    if title in MINISTRY_SHORT_TITLES and title != "部长" and (place := _SHORT_TITLE_PLACE_RE.match(organization)):
        stem = organization[place.end() :]  # 金门县 + 地政 + 局长, 县府 + 财政 + 处长 (round 14)
        return 2 <= len(stem) <= 3 and _ALL_CJK_RE.fullmatch(stem) is not None and stem not in NOT_NAMES
    if organization in ENTERPRISE_SHORT_NAMES:
        return True  # 中国电信 + 董事长, 中船重工 + 党组书记: a central enterprise's short name (round 20)
    if title in _BRAND_HEAD_TITLES and _is_brand(organization):
        return True  # 广汽新能源 + 董事长, 广汽乘用车 + 总经理: a company's brand before its post (appoint29)
    return organization.endswith(ORG_SUFFIX_TUPLE) or organization in starts or bool(_title_at_end(organization))


_BRAND_HEAD_TITLES = frozenset(BRAND_HEAD_TITLES)
_BRAND_NEVER_FIRST = frozenset(BRAND_NEVER_FIRST_CHARS)
_BRAND_NEVER = frozenset(BRAND_NEVER_CHARS)
_BRAND_INDUSTRY_ENDINGS: tuple[str, ...] = tuple(sorted(BRAND_INDUSTRY_ENDINGS, key=len, reverse=True))


def _is_brand(organization: str) -> bool:
    """广汽新能源, 格力电器, 海螺水泥: three to eight Han characters naming a company, ending in an industry word, never a
    rank or term (首任, 第五届), a former holder (原), a reference (该), a person (张三 + 董事长) nor a clause with a
    verb of a change inside or a verb taking the industry (发展新能源: vocab BRAND_NEVER_WORDS)."""
    ending = next((e for e in _BRAND_INDUSTRY_ENDINGS if organization.endswith(e)), "")
    return (
        bool(ending)
        and len(ending) < len(organization) <= 8
        and organization[0] not in _BRAND_NEVER_FIRST
        and _BRAND_NEVER.isdisjoint(organization)
        and not any(word in organization for word in BRAND_NEVER_WORDS)  # 发展新能源: a clause on the industry (rev19)
        and _ALL_CJK_RE.fullmatch(organization) is not None
        and organization not in NOT_NAMES
        and not is_person_name(organization)
    )


_CAMPUS_QUALIFIED_ENDS: tuple[str, ...] = tuple(CAMPUS_QUALIFIED_ENDS)
_QUALIFIER_NEVER = frozenset(QUALIFIER_NEVER_CHARS)


def _is_campus(inner: str) -> bool:
    """北京, 华东, 深圳: a short place in brackets after an institution's name, never a remark (正处级, 挂职)."""
    return 2 <= len(inner) <= 4 and _ALL_CJK_RE.fullmatch(inner) is not None and _QUALIFIER_NEVER.isdisjoint(inner)


# A county or city, or its government, before a bureau's short name (金门县地政局长, 县府财政处长; round 14).
_SHORT_TITLE_PLACE_RE = compile_re(rf"^(?:[{_CJK}]{{0,4}}?(?:{alternation(SHORT_TITLE_PLACES)}))(?=[{_CJK}]{{2,3}}$)")
_MISSION_PREFIXES: tuple[str, ...] = tuple(MISSION_PREFIXES)
_ORDINAL_TAIL_RE = compile_re(rf"第[{CN_ORDINALS}\d]{{1,3}}$")  # 市委第一 (巡察组组长)
_POST_ORG_SUFFIXES: tuple[str, ...] = tuple(POST_ORG_SUFFIXES)


def _strip_post_tail(text: str) -> tuple[str, list[str]]:
    """Drop 职务 / 同志 / trailing notes: 副局长（试用期一年）职务 → (副局长, [试用期一年])."""
    s = text.strip().rstrip("。；;，,.、 \u3000")
    notes: list[str] = []
    if s.endswith(("获批准", "获准")):
        s = s.removesuffix("获批准").removesuffix("获准")  # 张三辞去X职务获批准: the request granted (round 15)
    while s:
        if s.endswith("等") and _title_at_end(s[:-1]) is not None:
            s = s[:-1]  # 决定为代理院长等: the list of changes goes on, no part of the post (round 19)
        elif s.endswith(_POST_TAILS):  # 职务 / 一职 (免除孟凡哲同志副县长一职)
            s = s[:-2].rstrip().removesuffix("的")  # …市公安局局长的职务 (泉州 2018)
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


def _opens_with_a_person(post: str) -> bool:
    """赵六市农业局副局长: a name, then a level character, where a post after a placeless one
    (市统计局副局长) should open; a place of the same level (张家港市) reads the same."""
    return any(post[size : size + 1] in _PLACE_LEVELS and is_person_name(post[:size]) for size in (2, 3))


def _party_group_of(post: str) -> str | None:
    """市财政局党组书记 → 市财政局党组: the party group or committee whose secretary the post is, when
    its member (…党组成员) reads as a post; None otherwise."""
    organization, title = split_position(post)
    if organization is None or title is None or not title.endswith("书记"):
        return None
    body = organization + title.removesuffix("书记").removesuffix("副")  # 党组 + 书记 / 党组副书记
    return body if body.endswith(("党组", "党委", "党工委")) and _title_at_end(body + "成员") else None


# Round 19 (component c, the clause split): posts each closed by 职务 and joined — 辞去公司总经理职务以及董事会副董事长职务
# had given the one post 公司总经理职务以及董事会副董事长 (epaper.cs, probe) — and a space a converted PDF leaves
# between two characters of a post (公司董事会 秘书职务: no title ended the post; snencn, probe).
_POSTS_JOINED_RE = compile_re(r"(?<=[^，,、])职务[，,]?(?:以及|及|和|与)(?=[^，,；;。]{2})")
_SPACE_IN_POST_RE = compile_re(rf"(?<=[{_CJK}])[ \u3000]+(?=[{_CJK}])")


_NEW_HOLDER_MARKS = ("新一任", "新任")


def _parse_posts(text: str, starts: tuple[str, ...]) -> tuple[list[str], str | None]:
    """'某局局长、党组书记职务（挂职）' → (['某局局长', '党组书记'], '挂职'); ([], None) if not posts.

    One entry per post: parts split on 、 or 兼 are joined again until they end with a title, so
    an organization written with 、 inside stays whole.
    """
    if "职务" in text:
        text = _POSTS_JOINED_RE.sub("、", text)  # X职务以及Y职务: two posts, never the post X职务以及Y (round 19)
    s, notes = _strip_post_tail(text)
    if not s or len(s) > 80 or s[0] in _OPEN:
        return [], None  # a post never begins with a bracket: （女，汉族）为… is a remark misread
    if " " in s or "\u3000" in s:
        s = _SPACE_IN_POST_RE.sub("", s)  # 公司董事会 秘书: a converted PDF's space inside a post (round 19)
    if s.startswith(_NEW_HOLDER_MARKS):
        for mark in _NEW_HOLDER_MARKS:
            s = s.removeprefix(mark)  # 选举冯兴亚为新一任董事长: the post is 董事长 (round 19)
    posts: list[str] = []
    buffer = ""
    pieces = _POST_SEPARATOR_RE.split(s)  # [post, sep, post, sep, post]
    carried = ""
    for i in range(0, len(pieces), 2):
        piece, carried = carried + pieces[i], ""
        if not piece and i + 1 < len(pieces) and pieces[i + 1] == "和":
            carried = "和"  # 和平乡乡长 / X、和田地区行署专员: 和 opens a place's name there, no separator (posts18)
            continue
        if piece.endswith(_CLOSE_TUPLE) and i + 1 < len(pieces):  # 局长（副处级）、党组书记: a note mid-list
            piece, inner = _strip_post_tail(piece)
            notes.extend(inner)
        buffer += (pieces[i - 1] if buffer else "") + piece
        if _title_at_end(buffer):
            posts.append(buffer)
            buffer = ""
        elif buffer == "成员" and posts and (body := _party_group_of(posts[-1])) is not None:
            posts.append(body + "成员")  # 免去A市财政局党组书记、成员职务: the group's member (round 15)
            buffer = ""
    if buffer or not posts:
        return [], None
    if len(posts) > 1 and posts[0][:1] in _PLACE_LEVELS and any(_opens_with_a_person(post) for post in posts[1:]):
        return [], None  # 市统计局副局长、赵六市农业局副局长: 赵六 may be a person or a place (round 11)
    for post in posts:
        organization, _title = split_position(post)
        if (
            len(post) > 50
            or not _org_is_plausible(organization, starts, _title)
            or _NARRATIVE_IN_POST_RE.search(post)
            or _holds_a_change(post)
        ):
            return [], None
    return posts, ("；".join(notes) or None)


_POST_TAILS: tuple[str, ...] = tuple(POST_TAIL_WORDS)
assert all(len(tail) == 2 for tail in _POST_TAILS)  # _strip_post_tail cuts two characters
# Words no post holds: a clause with them tells a story (黄敏、高自民之前分别担任深圳市宝安区委书记…).
_NARRATIVE_IN_POST_RE = compile_re("|".join(POST_NARRATIVE_WORDS))
# Between two posts of one person: 某局局长、党组书记 / 某委副主任兼某局局长.
# 及, 和: round 19 — 公司董事长及董事等职务 (a piece without a title rejoins).
# 以及: appoint28 — 辞去独立董事以及各专门委员会委员 (ST光一 2021, dev) had given the one post 独立董事以及各专门委员会委员.
_POST_SEPARATOR_RE = compile_re(r"(、|兼|以及|及|和)")


def _shares_its_level(organization: str, title: str) -> bool:
    """A place written without its level character because the title begins with it: 重庆 + 市长,
    河北 + 省长 (news: 辞去重庆市长职务). Only a short place before the head of its government."""
    return (
        title in PLACE_HEAD_TITLES
        and title[0] in _PLACE_LEVELS
        and 2 <= len(organization) <= 4
        and _ALL_CJK_RE.fullmatch(organization) is not None
        and organization[-1] not in _PLACE_LEVELS
        and not is_person_name(organization)
    )


def _holds_a_change(post: str) -> bool:
    """A "post" that is itself a change: a post or a name, then 为, then the new post —
    空航太大学党委书记单忠德为工业和信息化部副部长 (a name misread before it), 副省长为湖南省人民政府代理省长."""
    head, wei, _rest = post.partition("为")
    if (
        wei
        and head
        and (_title_at_end(head) is not None or any(is_person_name(head[-n:]) for n in (2, 3) if len(head) >= n))
    ):
        return True
    return ("任" in post or "调" in post) and _names_before_ren(post)


# A post, a name and 任 inside what was read as one post: 中国农业大学副校长孙其信任西北农林大学校长 is the next
# person's change (round 17); 主任 / 兼任 / 担任 / 责任 never open one, nor 任免 / 任命 / 任期 (选举任免联络工作委员会).
# posts18: 调 too (…主任秘书,三分局长林炎巨调竹市警二分局长: the next person's move, 調 alone; never 调研员, 调查…).
_NAMED_REN_RE = compile_re(
    r"(?<![主兼担责聘委出调升转改接就履上提获])任(?![免命职期务用])|调(?![研查整解度控配动节剂])"
)


def _names_before_ren(post: str) -> bool:
    """Some 任 in ``post`` (_NAMED_REN_RE) follows a person's name that opens the post or follows a title; after
    a title any two or three Chinese characters but 的 count, the title marking a name's place (副校长孙其信任X)."""
    for m in _NAMED_REN_RE.finditer(post):
        head = post[: m.start()]
        for n in (2, 3):
            if len(head) < n:
                continue
            if len(head) == n and is_person_name(head):
                return True
            if (
                len(head) > n
                and _title_at_end(head[:-n])
                and _ALL_CJK_RE.fullmatch(head[-n:])
                and "的" not in head[-n:]
            ):
                return True
    return False


def _start_strength(rest: str, starts: tuple[str, ...]) -> int:
    """How surely ``rest`` begins a post: the length of the place/org name it starts with."""
    if rest.startswith(starts):  # one C-level test of them all before looking for which
        for start in starts:  # longest first
            if rest.startswith(start):
                return len(start)
    bare, _notes = _strip_post_tail(rest)
    return len(bare) if bare in TITLE_SET else 0  # 王勇副主任职务


def _run_in_sizes(text: str) -> tuple[int, ...]:
    """Name lengths to try where a name runs into its post: four characters only after a
    compound surname, so 张虎深圳市副市长 is 张虎 + 深圳市副市长, never 张虎深圳 + 市副市长."""
    return (2, 3, 4) if text[:2] in COMPOUND_SURNAMES else (2, 3)


def _stem_length(organization: str | None) -> int:
    """Characters before the unit suffix: 商务局 → 2, 务局 → 1; 0 when there is no organization."""
    if not organization:
        return 0
    if not organization.endswith(ORG_SUFFIX_TUPLE):  # one C-level test before looking for which
        return len(organization)
    for suffix in ORG_SUFFIX_TUPLE:
        if organization.endswith(suffix):
            return len(organization) - len(suffix)
    return len(organization)


def _name_with_bounded_last(name: str) -> bool:
    """李玉科, 雷科: a listed surname and a last character of BOUNDED_NAME_LAST_CHARS (a name,
    where something closes it: a verb's slot, 、, or the verb printed after it)."""
    if len(name) == 2:
        return name[0] in SINGLE_SURNAMES and name[1] in BOUNDED_NAME_LAST_CHARS and name not in NOT_NAMES
    return len(name) == 3 and name[-1] in BOUNDED_NAME_LAST_CHARS and is_person_name(name[:2])


# --------------------------------------------------------------------------------------------
# Lines and table rows: the readers both stages share
# --------------------------------------------------------------------------------------------

_PIPE_ROW_RE = compile_re(r"[^|\n]*(?:\|[^|\n]*){2,}")
_TWO_CELL_ROW_RE = compile_re(r"[^|\n。；;，,]{1,40}\|[^|\n。；;，,]{1,60}")  # 张三 | 某市财政局局长


def _row_cells(block: Block) -> list[str]:
    """The cells of a table row: the block's own, or a line split at its pipes when the layout did
    not take it for a table (序号|姓名|免去职务 without an outer pipe); [] for any other block."""
    if block.kind == "table_row":
        return list(block.cells or [])
    text = (block.text or "").strip()
    if "|" not in text or not (_PIPE_ROW_RE.fullmatch(text) or _TWO_CELL_ROW_RE.fullmatch(text)):
        return []
    return [cell.strip() for cell in text.strip("|").split("|")]


def _tokens(line: str, spaced: set[str] | None = None) -> list[str]:
    """Whitespace tokens, with a name printed 尤　权 (or 王　小　明) joined again; ``spaced`` collects the
    two-character names joined only because spaces bound them (孙　科: see below)."""
    raw = [t for t in _TOKEN_SPLIT_RE.split(line.strip()) if t]
    tokens: list[str] = []
    i = 0
    while i < len(raw):
        three = raw[i : i + 3]
        if (
            len(three) == 3
            and all(len(t) == 1 for t in three)
            and (i + 3 == len(raw) or len(raw[i + 3]) > 1)
            and is_person_name("".join(three), roster=True)
        ):
            tokens.append("".join(three))  # 王　小　明　区文旅局局长: not 王小 + 明区… (rosters round 4)
            i += 3
        elif (
            len(raw[i]) == 1
            and i + 1 < len(raw)
            and len(raw[i + 1]) == 1
            and (
                is_person_name(raw[i] + raw[i + 1])
                # 孙　科　省科技厅厅长: spaces bound the name on both sides, so a last character that ends
                # many words (科, 局 …: BOUNDED_NAME_LAST_CHARS) is read as in a verb's slot (session 11, lead)
                or (i + 2 < len(raw) and len(raw[i + 2]) > 1 and _name_with_bounded_last(raw[i] + raw[i + 1]))
            )
        ):
            tokens.append(raw[i] + raw[i + 1])
            if spaced is not None and not is_person_name(raw[i] + raw[i + 1], roster=True):
                spaced.add(raw[i] + raw[i + 1])
            i += 2
        else:
            tokens.append(raw[i])
            i += 1
    return tokens


_HONORIFIC_GATE_RE = compile_re("|".join([*ROSTER_HONORIFICS, *ROSTER_POST_NOMINALS]))


def _post_and_name(entry: str) -> tuple[str, str] | None:
    """民政部部长李纪恒 → (李纪恒, 民政部部长): a post ending in a title, then a name."""
    entry = entry.strip(" \u3000").removesuffix("同志")
    for size in (3, 2, 4):
        post, name = entry[:-size], entry[-size:]
        if len(post) >= 2 and is_person_name(name) and _title_at_end(post):
            return name, post
    return None


_DEFAULT_STARTS: tuple[str, ...] = tuple(sorted(PLACE_STARTS, key=len, reverse=True))


def _in_sentence_before(at: int, stops: list[int], spans: list[tuple[int, int]]) -> bool:
    """Does one of ``spans`` lie between the start of the sentence holding ``at`` (after the last of ``stops``
    before it) and ``at``? ``stops`` and ``spans`` (not overlapping) are in text order and found once per
    paragraph: a search from the sentence's start at each role was quadratic in a long sentence of roles."""
    start = stops[k - 1] + 1 if (k := bisect_left(stops, at)) else 0
    before = bisect_right(spans, at, key=itemgetter(1))  # the spans that end before ``at``
    return bool(before) and spans[before - 1][0] >= start
