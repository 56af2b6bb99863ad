"""Unit lists: one grammar for the units of a task note and for a document's recipients.

:func:`parse_units` turns 区发改局、区财政局及各乡镇（街道） into its units and says why when it
cannot; :func:`split_units` is the plain list (empty when the list was refused).

Rules (each with a real or realistic example)
    * Split at 、，,；;/ and at spaces between Chinese characters, never inside brackets:
      各县（市、区）人民政府 stays whole. 及/和/与/以及 split only before a unit start and when both
      sides keep three characters (市级各有关部门及各县市区政府; not 文化和旅游部).
    * Units sharing a suffix are distributed when the earlier items are bare place names
      or fragments without a unit suffix: 潍坊、淄博、临沂市政府 → 潍坊市政府, 淄博市政府, 临沂市政府;
      河北、山西省人民政府 → 河北省人民政府, 山西省人民政府; 公安、交通部门 → 公安部门, 交通部门.
      市发展改革委、财政局 stays as written (the first item is a unit of its own).
    * A collective stays whole: 各县、市政府 / 各县、市、区 / 区政府各委、办、局、中心.
    * Tails: an "and others" tail (等, 等有关部门 …) comes off the last unit when something is
      left; a closing verb (按职责分工负责, 分别负责) comes off the list.
    * Precision first: a list whose pieces are not units (a key with a colon inside, a sentence
      end, a role verb, an unbalanced bracket, a piece longer than 40 characters) is refused —
      no units, and ``problem`` says why, for the caller's warning.
"""

from __future__ import annotations

from functools import lru_cache

from .._fastclass import dataclass
from .._pattern_cache import compile_re
from ..vocab.common import CJK as _CJK
from ..vocab.common import LazyPattern, alternation
from ..vocab.tasks import (
    COLLECTIVE_PLACE_STARTS,
    CONJUNCTION_UNIT_STARTS,
    DISTRIBUTED_SUFFIXES,
    LIST_VERB_TAILS,
    PERSON_ENDS,
    PLACE_LEVELS,
    UNIT_CONJUNCTIONS,
    UNIT_ETC_TAILS,
    UNIT_ROLE_WORDS,
    UNIT_SUFFIX_WORDS,
    UNITS_WITH_HE,
)

__all__ = ["UnitList", "ends_like_unit", "parse_units", "split_units"]

_OPENERS = "（(【[〔"
_CLOSERS = "）)】]〕"
_STRIP = " \u3000\t。．.：:；;，,、"
MAX_UNIT = 40  # a longer "unit" is prose


# Separators inside a unit list. Spaces separate units only between Chinese characters, as
# converters print table cells: 区园林绿化局 区财政局.
SEP_RE = compile_re(rf"[、，,；;/／]|(?<=[{_CJK}）)])[ \u3000\t]+(?=[{_CJK}（(])")
# 及 / 和 / 与 between two units, before a unit start: 市级各有关部门及各县市区政府 (咸阳 2022).
CONJUNCTION_RE = compile_re(
    rf"(?<=[{_CJK}）)])(?:{alternation(UNIT_CONJUNCTIONS)})(?=(?:{alternation(CONJUNCTION_UNIT_STARTS)}))"
)
_CONJUNCTION_MIN = 3  # characters each side must keep: 区和乡镇 stays whole
ETC_RE = compile_re(rf"(?:{alternation(UNIT_ETC_TAILS)})$")
VERB_TAIL_RE = compile_re(rf"(?:{alternation(LIST_VERB_TAILS)})$")
# Something in a piece that a unit never holds: a key, a sentence end, a role verb.
NOT_A_UNIT_RE = compile_re(rf"[：:。！？!?]|{alternation(UNIT_ROLE_WORDS)}|(?:{alternation(PERSON_ENDS)})$")
# A bracketed part, left out of that check: 区发改局（牵头） is read by the caller.
BRACKETED_RE = compile_re(r"[（(【\[][^（）()【】\[\]]*[）)】\]]")
# A unit suffix at the end of a piece: 局 / 委 / 人民政府 / 部门 …
SUFFIX_END_RE = compile_re(rf"(?:{alternation(UNIT_SUFFIX_WORDS)})$")
# A bare place or fragment: two to four Chinese characters, no brackets — 潍坊 / 河北 / 公安.
FRAGMENT_RE = LazyPattern(rf"[{_CJK}]{{2,4}}")
# The last item of a distributed list: a place, its level and the shared suffix — 临沂|市政府.
PLACED_RE = compile_re(rf"(?P<place>[{_CJK}]{{2,4}}?)(?P<suffix>[{PLACE_LEVELS}][{_CJK}（）()]{{1,20}})")
# A collective's head: 各县 / 各市 / 区政府各委 / 相关市 — 各 (or 相关, 有关) and a short bare word.
COLLECTIVE_HEAD_RE = LazyPattern(rf"[{_CJK}]{{0,6}}(?:各|相关|有关)[{_CJK}（）()]{{1,12}}")  # 各县 / 相关市、县政府
# A bare suffix word standing alone in a list: 办 / 局 / 中心 (区政府各委、办、局、中心).
BARE_SUFFIX_RE = compile_re(rf"(?:{alternation(UNIT_SUFFIX_WORDS)}|[{PLACE_LEVELS}])")


@dataclass(frozen=True, slots=True)
class UnitList:
    """The units of a list as written (suffixes distributed), or none and the reason."""

    units: tuple[str, ...]
    problem: str | None = None


def _trim(text: str) -> str:
    while True:
        trimmed = text.strip().strip(_STRIP)
        if trimmed == text:
            return text
        text = trimmed


def _without_etc(piece: str) -> str:
    """区委组织部等相关单位 → 区委组织部; kept when less than two characters would be left."""
    bare = _trim(ETC_RE.sub("", piece))
    return bare if len(bare) >= 2 else piece


def _depth(text: str) -> int:
    return sum(text.count(o) for o in _OPENERS) - sum(text.count(c) for c in _CLOSERS)


def _split_top(text: str) -> list[str]:
    if not any(ch in text for ch in _OPENERS):
        return SEP_RE.split(text)
    pieces, depth, start, scanned = [], 0, 0, 0
    for m in SEP_RE.finditer(text):
        depth += _depth(text[scanned : m.start()])
        scanned = m.start()
        if depth <= 0:  # a separator outside brackets: 各乡镇（街道、社区）stays whole
            pieces.append(text[start : m.start()])
            start = m.end()
    pieces.append(text[start:])
    return pieces


def _covers(text: str, word: str, at: int) -> bool:
    found = text.find(word)
    while found != -1 and found <= at:
        if at < found + len(word):
            return True
        found = text.find(word, found + 1)
    return False


def _split_conjunctions(piece: str) -> list[str]:
    """市级各有关部门及各县市区政府 → [市级各有关部门, 各县市区政府]."""
    parts: list[str] = []
    start = 0
    for m in CONJUNCTION_RE.finditer(piece):
        left, right = piece[start : m.start()].strip(), piece[m.end() :].strip()
        if len(left) < _CONJUNCTION_MIN or len(right) < _CONJUNCTION_MIN:
            continue
        if _depth(left) > 0:  # never inside brackets: 各乡镇（街道和社区）
            continue
        if any(word in piece and _covers(piece, word, m.start()) for word in UNITS_WITH_HE):
            continue
        parts.append(piece[start : m.start()])
        start = m.end()
    parts.append(piece[start:])
    return parts


def _is_fragment(piece: str) -> bool:
    """潍坊 / 河北 / 公安: a bare place or fragment that a later item's suffix completes."""
    return (
        FRAGMENT_RE.fullmatch(piece) is not None
        and not piece.startswith(("各", "有关", "相关"))
        and SUFFIX_END_RE.search(piece) is None
        # 平谷区 is a whole place, not a fragment; but 兰州 / 广州 are city names (州 is a level
        # only in longer names: 甘孜州)
        and (piece[-1] not in PLACE_LEVELS or (len(piece) == 2 and piece[-1] == "州"))
    )


def _distribute(pieces: list[str]) -> list[str]:
    """潍坊、淄博、临沂市政府 → 潍坊市政府, 淄博市政府, 临沂市政府; collectives kept whole."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        # 各县、市政府 / 各省、自治区、直辖市人民政府 / 区政府各委、办、局、中心: a collective, kept whole
        if COLLECTIVE_HEAD_RE.fullmatch(piece) and i + 1 < len(pieces):
            j = _collective_end(pieces, i)
            if j > i + 1:
                out.append("、".join(pieces[i:j]))
                i = j
                continue
        if _is_fragment(piece):
            j = i
            while j < len(pieces) and _is_fragment(pieces[j]):
                j += 1
            if j < len(pieces):
                suffix = _shared_suffix(pieces[j], pieces[i:j])
                if suffix is not None:
                    out.extend(p + suffix for p in pieces[i:j])
                    out.append(pieces[j])
                    i = j + 1
                    continue
                if SUFFIX_END_RE.search(pieces[j]):
                    # 中央、省驻岳单位: what the fragments share is unclear — one unit as written
                    out.append("、".join(pieces[i : j + 1]))
                    i = j + 1
                    continue
        if _is_whole_place(piece):
            # 北京市、天津市人民政府 / 上海市、江苏省人民政府: whole places, the last one's body shared by each
            j = i
            while j < len(pieces) and _is_whole_place(pieces[j]):
                j += 1
            body = _placed_body(pieces[j]) if j < len(pieces) else None
            if body is not None:
                out.extend(p + body for p in pieces[i:j])
                out.append(pieces[j])
                i = j + 1
                continue
        out.append(piece)
        i += 1
    return out


# A whole place, its level last: 北京市 / 黑龙江省 / 平谷区 (not 各市, not a unit: 市政府); a place's name
# is two or three characters (亦庄开发区 is a zone, whose 管委会 is its own: 大兴区、亦庄开发区管委会 is two)
# (an autonomous one may be longer: 广西壮族自治区 / 内蒙古自治区)
WHOLE_PLACE_RE = LazyPattern(rf"[{_CJK}]{{2,3}}[{PLACE_LEVELS}]|[{_CJK}]{{2,6}}自治[区州县旗]")
_SHORT_PLACED_RE = LazyPattern(rf"(?P<place>[{_CJK}]{{2,3}}?[{PLACE_LEVELS}])(?P<body>[{_CJK}（）()]{{1,8}})")
_ZONE_BODIES = ("管委会", "管理委员会", "工委")  # a zone's own body, never shared by places


def _is_whole_place(piece: str) -> bool:
    """A whole place standing alone in a list: 北京市 / 河北省 / 平谷区 (not 各市, not 市政府)."""
    return (
        WHOLE_PLACE_RE.fullmatch(piece) is not None
        and not piece.startswith(("各", "有关", "相关"))
        and SUFFIX_END_RE.search(piece[:-1]) is None
    )


def _placed_body(last: str) -> str | None:
    """The body after the place of ``last``: 天津市人民政府 → 人民政府; None when ``last`` is no place's
    body (市发展改革委) or what follows its place is no unit's name."""
    m = _SHORT_PLACED_RE.fullmatch(last)
    if m is None:
        return None
    body = m.group("body")
    shared = SUFFIX_END_RE.search(body) and body[0] not in PLACE_LEVELS and not body.endswith(_ZONE_BODIES)
    return body if shared else None


def _collective_end(pieces: list[str], i: int) -> int:
    """End (exclusive) of the collective that starts at pieces[i] (各县 / 区政府各委).

    A bare suffix word (办 / 局 / 中心) always joins it; while the head names no unit yet, a short
    piece that does not start a collective of its own joins it too, up to the one that ends in a
    unit suffix: 各县、市政府 ; 各省、自治区、直辖市人民政府 — but 各县、各区人民政府 are two."""
    j = i + 1
    complete = _complete(pieces[i])
    while j < len(pieces):
        piece = pieces[j]
        if BARE_SUFFIX_RE.fullmatch(piece):
            j += 1
            continue
        # only place kinds join a collective: 各县、市政府 / 各省、自治区、直辖市人民政府 — not
        # 各高校、科研院所 (two kinds of recipient)
        if complete or piece.startswith("各") or not piece.startswith(COLLECTIVE_PLACE_STARTS):
            break
        if len(piece) > 8 and not SUFFIX_END_RE.search(piece):
            break
        j += 1
        complete = _complete(piece)
    return j


def _complete(piece: str) -> bool:
    """A piece that names a unit already: 各乡镇（街道） / 各县（区）人民政府 / 各县市区委."""
    return SUFFIX_END_RE.search(BRACKETED_RE.sub("", piece)) is not None


def _shared_suffix(last: str, fragments: list[str]) -> str | None:
    """The suffix of ``last`` that the fragments share: 临沂市政府 → 市政府; 交通部门 → 部门."""
    m = PLACED_RE.fullmatch(last)
    if m and len(m.group("suffix")) <= 7 and SUFFIX_END_RE.search(m.group("suffix")):  # 市政府 / 省人民政府
        return m.group("suffix")
    for suffix in DISTRIBUTED_SUFFIXES:
        stem = last[: -len(suffix)]
        if last.endswith(suffix) and 2 <= len(stem) <= 4 and all(len(f) <= len(stem) + 1 for f in fragments):
            return suffix
    return None


@lru_cache(maxsize=4096)
def _parse(text: str) -> UnitList:
    text = _trim(text)
    if not text:
        return UnitList(())
    if _depth(text) != 0:
        return UnitList((), "unbalanced bracket")
    text = _trim(VERB_TAIL_RE.sub("", text))
    pieces = _split_top(text)
    if "和" in text or "及" in text or "与" in text:
        pieces = [part for piece in pieces for part in _split_conjunctions(piece)]
    pieces = [p for p in map(_trim, pieces) if p]
    # an "and others" tail ends a group anywhere in the list: 省商务厅等，各市人民政府 (辽政发 2023)
    pieces = [p for p in map(_without_etc, pieces) if not ETC_RE.fullmatch(p)]
    for piece in pieces:
        if len(piece) > MAX_UNIT:
            return UnitList((), f"not a unit (too long): {piece[:20]}…")
        bad = NOT_A_UNIT_RE.search(BRACKETED_RE.sub("", piece))
        if bad:
            return UnitList((), f"not a unit ({bad.group()}): {piece}")
    units = _distribute(pieces) if len(pieces) > 1 else pieces
    return UnitList(tuple(dict.fromkeys(units)))


def ends_like_unit(piece: str) -> bool:
    """Whether a piece ends as unit names end (局, 委, 政府, 乡镇 …; 各县 and 有关部门 too)."""
    if len(piece) < 2:
        return False  # 责任单位:区 — a page cut after one character
    return bool(SUFFIX_END_RE.search(piece)) or piece[-1] in PLACE_LEVELS or piece.startswith(("各", "有关", "相关"))


def parse_units(text: str) -> UnitList:
    """The units of a list, or none and the reason (see the module's rules)."""
    if len(text) > 1000:  # prose, not a list; also keeps the cache small
        return UnitList((), "not a unit list (too long)")
    return _parse(text)


def split_units(text: str) -> list[str]:
    """区规划自然资源分局、各乡镇（街道） → ['区规划自然资源分局', '各乡镇（街道）']; [] when refused."""
    return list(parse_units(text).units)
