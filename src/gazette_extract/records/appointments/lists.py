"""Changes written as lists: lines under a 任命 / 免去 head, post-holder lines (局长：张三), entries glued
into one line (glued changes), counted lists (三名同志), names under a header or below a post, joined
name clauses, rolls of the appointed, and the lines these read once unwrapped and respaced. Imports
:mod:`.common`; no other reader.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..._pattern_cache import compile_re
from ...grammars.dates import cn_to_int
from ...vocab.common import CJK as _CJK
from ...vocab.common import CJK_EXTENDED, LazyPattern, alternation
from ...vocab.personnel import (
    APPOINTED_ROLL_HEADS,
    APPOINTED_ROLL_REFUSALS,
    BOUNDED_SURNAMES,
    COUNTED_LIST_EVENTS,
    COUNTED_LIST_REFUSALS,
    COUNTED_MEMBER_ENDINGS,
    COUNTED_POST_PREFIXES,
    GOVERNMENT_SUFFIXES,
    HEADING_ONLY_VERBS,
    HELD_NAME_SUCCESSION_OPENERS,
    HOLDERS_LIST_LEADS,
    LEAVING_AFTER_CONNECTIVES,
    LEAVING_REQUEST_OPENERS,
    LEAVING_THANKED_LEADS,
    LEAVING_WORDS,
    MOVE_VERBS,
    NAME_CLAUSE_ADVERBIAL_OPENERS,
    NAME_DOTS,
    NAME_REASON_TAILS,
    NAMES_AFTER_POST_LEADS,
    NOT_NAMES,
    ORG_SUFFIX_TUPLE,
    POST_FIRST_LIST_LEADS,
    POST_FIRST_LIST_OPENERS,
    POST_FIRST_LIST_REFUSALS,
    POST_FIRST_LIST_SUBJECTS,
    REMOVE_VERBS,
    RUN_ONLY_SURNAMES,
    SINGLE_SURNAMES,
    SUBHEADING_STAFF_TAILS,
    TITLE_MAX_LEN,
    TITLE_SET,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from ...layout.blocks import Block

from ...vocab.numerals import CN_ORDINALS
from ..people import (
    _ALL_CJK_RE,
    _CLOSE,
    _CLOSE_TUPLE,
    _NAME_LIST_SPLIT_RE,
    _NARRATIVE_IN_POST_RE,
    _NON_NAME_CHARS,
    _NON_NAME_LAST,
    _OPEN,
    _POST_TAILS,
    _TITLE_LAST_CHARS,
    _TOKEN_SPLIT_RE,
    TRIGGER_RE,
    _is_dotted_name,
    _post_and_name,
    _title_at_end,
    is_person_name,
    split_position,
)
from .common import (
    _CIRCLED_NUMBERS,
    _ENUMERATION_FIRST,
    _ENUMERATION_RE,
    _HONORIFIC_ALTERNATION,
    _NAME_CLAUSE_OPENERS,
    _NAME_REMARK_RE,
    _NAMED_DECISION_TAIL,
    _RUN_ON_SPACE_RE,
    _SPACED_NAME_RE,
    APPOINT,
    HEADER_TAILS,
    REMOVE,
    RESIGNING_VERBS,
    VERB_RE,
    _all_names,
    _bounded_name,
    _Change,
    _further_post,
    _post_starts,
    _split_run_in,
    _without_held_post,
)

# How a text that was not cut off ends its last block: a sentence end, a closing bracket or quote.
_CLOSED_END_RE = compile_re(rf"(?:[。；;！？!?）)」”》\]】]|(?<=[{_CJK}])\.)\s*$")  # 局长. (round 10)


# --------------------------------------------------------------------------------------------
# Names and posts
# --------------------------------------------------------------------------------------------

# The closing words of a removal or a resignation: 免去张三的某局局长职务 / 接受李四辞去…职务的请求.
_CLOSING_WORD_END_RE = compile_re(r"(?:职务|的请求|辞职)\s*$")
# How long a list entry without punctuation can be (张三为某县人民政府副县长).
_LIST_ENTRY_MAX = 40


def _ends_whole(blocks: list[Block]) -> bool:
    """Whether the text's last block ends as a text that was not cut off: closing punctuation;
    the closing word of a removal or resignation (…职务, …的请求); or a list entry that ends in a
    title under another such entry without punctuation (张三为某局局长 / 李四为某局局长: many 任免名单
    print none). A page stored cut off mid-post (…周智为县人大常) ends in none of these; a lone
    entry under its header (任命：/ 张三为某县人大常委) may be cut (常委会委员) and stays unread."""
    text = (blocks[-1].text or "").strip(" \u3000")
    if _CLOSED_END_RE.search(text) or _CLOSING_WORD_END_RE.search(text):
        return True
    if "；" in text or ";" in text:
        # 任命：张三为X局局长；李四为Y局局长 on one line: entries run on, none closed by 。 (round 10)
        *_, previous, last = _SEMICOLON_RE.split(text)
        previous = previous.rpartition("：")[2].rpartition(":")[2]
        if _is_list_entry(last) and _is_list_entry(previous.strip(" \u3000")):
            return True
    if text.count("：") + text.count(":") > 1 and _glued_post_holders(text) is not None:
        return True  # X主任：A Y局长：B — entries glued on one line, none punctuated (round 11)
    if "、" in text and len(pieces := _glued_changes(text)) > 1 and all(map(_is_list_entry, pieces[-2:])):
        # 张三为X检察委员会委员、检察员 / 李四为X检察员: the line after 、 joined as a wrap (round 14)
        return True
    if len(blocks) < 2:
        return False
    if not _is_list_entry(text):
        # 市财政局局长：张三 / 市审计局局长：李四: entries of a post and its holder, none punctuated (round 10);
        # round 11: the entry above may stand under another heading (任命： / X　张三 / 免去： / Y　李四)
        if not _is_post_holder_entry(text):
            return False
        return any(
            _is_post_holder_entry(above := (block.text or "").strip(" \u3000")) and not _CLOSED_END_RE.search(above)
            for block in blocks[-2 : -2 - _UNPUNCTUATED_LOOKBACK : -1]
        )
    # round 10: any unpunctuated entry above, not only the line right above (一、任命 / 张三为X局局长 /
    # 二、免去 / 李四的X局局长职务 / 三、免去 / 王五　X局副局长): the list prints no punctuation
    for block in blocks[-2 : -2 - _UNPUNCTUATED_LOOKBACK : -1]:
        above = (block.text or "").strip(" \u3000")
        if _is_list_entry(above) and not _CLOSED_END_RE.search(above):
            return True
    return False


_SEMICOLON_RE = compile_re("[；;]")
# How many lines above a list's last entry are searched for another entry printed without punctuation.
_UNPUNCTUATED_LOOKBACK = 12
# A post, a colon and its holder's name: 市财政局局长：张三 (round 10).
_POST_HOLDER_ENTRY_RE = compile_re(r"^(?P<post>[^：:，,；;。\s]{2,40})[：:]\s*(?P<name>[^：:，,；;。\s]{2,6})$")


def _is_post_holder_entry(text: str) -> bool:
    """市财政局局长：张三 — a post ending in a title, a colon and a name; round 11: or spaces, and
    several names (县人民法院审判员　张三　李四, 县人民法院审判员：张三、李四)."""
    m = _POST_HOLDER_ENTRY_RE.match(text)
    if m is not None and _title_at_end(m.group("post")) is not None and is_person_name(m.group("name")):
        return True
    if "（" in text or "(" in text:
        text = _REMARK_RE.sub("", text)  # 县审计局副局长（正科级）　李四 (round 11)
    m = _POST_COLON_NAMES_RE.match(text) or _POST_SPACE_NAMES_RE.match(text)
    if m is not None and _title_at_end(m.group("post")) is not None and bool(_line_names(m.group("names"))):
        return True
    bare = _TITLE_COLON_NAMES_RE.match(text)  # 委员：赵六、孙七 under X委员会主任：张三 (round 11)
    return bare is not None and bare.group("title") in TITLE_SET and bool(_line_names(bare.group("names")))


def _is_list_entry(text: str) -> bool:
    """A short line that ends in a title (张三为某局局长, 李四　市财政局局长)."""
    return 0 < len(text) <= _LIST_ENTRY_MAX and _title_at_end(text) is not None


# A heading of a list that is no verb elsewhere, alone on its line: 二、免职 / 任职： / 免职人员：
_HEADING_VERB_RE = compile_re(
    rf"^(?:[（(][{CN_ORDINALS}\d０-９]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|[\d０-９]{{1,3}}[.．、])?[ \u3000]*"
    rf"(?:决定)?(?P<verb>{alternation(HEADING_ONLY_VERBS)})[ \u3000]*[：:]?$"
)
# Such a heading naming the body whose list it is (round 11): 某县人民代表大会常务委员会免职名单.
_BODY_LIST_TITLE_RE = compile_re(
    rf"^[{_CJK}]{{2,30}}?(?:常务委员会|常委会|人民政府|政府)[ \u3000]*(?P<verb>(?:免职|任职)(?:人员)?名单)$"
)
# A bare title, a colon and names, under an entry that named the organization (round 11): 副主任：李四、王五
_TITLE_COLON_NAMES_RE = compile_re(
    rf"^(?P<title>[{_CJK}]{{2,8}})[ \u3000]*[：:][ \u3000]*(?P<names>[^：:；;。]{{2,80}})$"
)
# The heading of an election's results, alone on its line (round 11): 大会选举结果如下： / 会议选举： / 补选：
# appoint28: numbered and without its colon too (一、选举 / （二）补选 / 选举 over 张三为某县人民政府县长 — a session's
# 选举和决定任命名单: the elected were not read, only those under 二、决定任命).
_ELECTION_HEADING_RE = compile_re(
    rf"^(?:[（(][{CN_ORDINALS}\d０-９]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|[\d０-９]{{1,3}}[.．、])?[ \u3000]*"
    r"(?:大会|会议|本次会议)?(?:选举结果(?:如下)?|选举|补选|增选)(?:[ \u3000]*[：:]|(?<=[选举])$)"
)
# One entry of a list under a heading whose verb is in force: a name (spaced, with 同志 or a remark in
# brackets), then a colon, a comma or spaces, then the post: 张三：X / 1.张三，X / 李四（挂职）　X.
_LIST_ENTRY_RE = LazyPattern(
    rf"^(?P<name>[{CJK_EXTENDED}{NAME_DOTS}]{{1,3}}(?:[ \u3000]{{1,3}}[{_CJK}]{{1,2}})?[{CJK_EXTENDED}{NAME_DOTS}]{{0,10}}?)"
    r"(?:同志)?(?P<remark>[（(][^（）()]{1,12}[）)])?"
    r"(?:[ \u3000]*[：:，,][ \u3000]*|[ \u3000\t]+)"
    r"(?P<post>[^：:，,；;。！？\s\u3000]{2,60}(?:[（(][^（）()]{1,20}[）)])?)[；;。，,]?$"
)


def _post_line(text: str) -> str:
    """北京市财政局局长： → 北京市财政局局长: a post line that heads its holders' lines (round 9)."""
    bare = text.strip(" \u3000")
    return bare[:-1] if bare.endswith(("：", ":")) and "：" not in bare[:-1] and ":" not in bare[:-1] else text


_ENDS_IN_SEMICOLON_RE = compile_re(r"[；;][ \u3000]*$")
_HOLDER_LINES_MAX = 20  # name lines under one post line


def _holder_lines(blocks: list[Block], start: int) -> list[list[str]]:
    """The name lines right below a post line (张三 / 李四、王五 / 赵六同志), each as its names; stops at
    the first line that is not only names (round 9: one post, several holders' lines)."""
    lines: list[list[str]] = []
    for block in blocks[start : start + _HOLDER_LINES_MAX]:
        names = _line_names(block.text or "")
        if not names:
            break
        lines.append(names)
    return lines


_NAMES_LINE_SPLIT_RE = compile_re(r"[、，,]")


def _line_names(text: str) -> list[str]:
    """The names of a line holding names only, or []: 张三、李四 / 张三　李四　王五 (spaces between
    names, round 11) / 王　强 (one two-character name spaced out) / 赵六同志."""
    line = text.strip(" \u3000\t").rstrip("；;。，,")
    if not line or len(line) > _LIST_ENTRY_MAX * 2:
        return []
    names: list[str] = []
    for part in _NAMES_LINE_SPLIT_RE.split(line):
        tokens = [t.removesuffix("同志") for t in _TOKEN_SPLIT_RE.split(part.strip(" \u3000\t"))]
        if all(is_person_name(t) for t in tokens):
            names.extend(tokens)
        elif len(tokens) == 2 and all(len(t) == 1 for t in tokens) and is_person_name("".join(tokens)):
            names.append("".join(tokens))  # 王　强: a two-character name printed with a space inside
        else:
            return []
    return names


# An entry printed post first: 北京市审计局副局长：李四、王五 (round 8).
_POST_COLON_NAMES_RE = compile_re(
    r"^(?P<post>[^：:，,；;。\s]{4,40})[ \u3000]*[：:][ \u3000]*(?P<names>[^：:；;。]{2,80}?)[；;。，,]?$"
)
# An entry printed post first with spaces or a tab before the holders (round 11): 市教育局局长　李四.
_POST_SPACE_NAMES_RE = compile_re(
    r"^(?P<post>[^：:，,；;。\s]{4,40})[ \u3000\t]+(?P<names>[^：:；;。]{2,60}?)[；;。，,]?$"
)
_WRAP_TAIL_MAX = 12  # characters of a post's end wrapped onto a line of its own
_WRAP_PUNCTUATION = "；;。，,"


def _unwrapped(blocks: list[Block]) -> list[Block]:
    """Blocks with a post's end wrapped onto the next line joined back to its line:
    张三　某市人民政府办公室 / 副主任 → 张三　某市人民政府办公室副主任. Only where the line before
    ends without a title and both joined do, and the wrapped line is a short run of Chinese
    characters with no verb, no 为 and no name at its start."""
    result: list[Block] = []
    for block in blocks:
        prev = result[-1] if result else None
        tail = (block.text or "").strip(" \u3000")
        core = tail.rstrip(_WRAP_PUNCTUATION)
        if (
            prev is not None
            and prev.kind != "table_row"
            and block.kind != "table_row"
            and 2 <= len(core) <= _WRAP_TAIL_MAX
            and block.line == prev.end_line + 1
            and _ALL_CJK_RE.fullmatch(core)
            and "为" not in core
            and not TRIGGER_RE.search(core)
            and not any(is_person_name(core[:size]) for size in (2, 3))
        ):
            head = (prev.text or "").rstrip(" \u3000")
            if (
                head
                and not _line_names(head)  # 张三 / 某局局长, 张三、李四 / 某局局长: names, then a post (round 11)
                and head[-1] not in _WRAP_PUNCTUATION
                and head[-1] not in "：:"  # 任命： / 北京市财政局局长: a heading, then the list
                and not (len(head) <= 16 and _closes_entry(head))  # 任命 / 北京市财政局局长 (round 11)
                and not _CLOSED_END_RE.search(head)
                and _title_at_end(head) is None
                and _title_at_end(head + core) is not None
            ):
                result[-1] = dataclasses.replace(prev, text=head + tail, body=head + tail, end_line=block.end_line)
                continue
        result.append(block)
    return _name_post_pairs(result)


_PAIR_HEADING_RE = compile_re(
    rf"^(?:[（(][{CN_ORDINALS}\d]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|[\d]{{1,3}}[.．、])?[ \u3000]*"
    r"(?:决定)?(?:任命|免去|免职|任职|聘任|解聘|任|免)[ \u3000]*[：:]?$"
)


def _name_post_pairs(blocks: list[Block]) -> list[Block]:
    """Under a heading of a verb (任命： / 二、免去), a name alone on its line and the post alone on the
    next (a two-column list whose text layer prints each cell on a line of its own) joined as one
    entry: 任命： / 张三 / 市财政局局长 / 李四 / 市审计局局长 → 张三　市财政局局长, … (round 15). Only while
    every line since the heading is such a pair: a post first (市财政局局长 / 张三) is the other layout,
    read by the walk (post_first), and never paired across."""
    result: list[Block] = []
    pairing = False  # a heading's lines so far are name / post pairs
    skip = -1
    for i, block in enumerate(blocks):
        if i == skip:
            continue
        text = (block.text or "").strip(" \u3000")
        if len(text) <= 12 and _PAIR_HEADING_RE.match(text):
            pairing = True
            result.append(block)
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        name = text.rstrip("；;。，,").removesuffix("同志")
        if (
            pairing
            and after is not None
            and after.line == block.end_line + 1
            and block.kind != "table_row"
            and after.kind != "table_row"
            and 2 <= len(name) <= 4
            and is_person_name(name)
            and _further_post((after.text or "").strip(" \u3000").rstrip("；;。，,"), ()) is not None
        ):
            post = (after.text or "").strip(" \u3000")
            joined = f"{name}\u3000{post}"
            result.append(dataclasses.replace(block, text=joined, body=joined, end_line=after.end_line))
            skip = i + 1
            continue
        pairing = False
        result.append(block)
    return result


# Round 14: word spacing a PDF's text layer or a web page's spans leave around the link of a change
# (任命张三 为 市财政局局长 / 免去李四 的 X职务): the spaces go, so the clause reads as printed without them.
# Only spaces touching 为 or 的 with Chinese on both sides; spaces elsewhere split entries (张三为X局长 李四为…).
_SPACED_LINK_RE = compile_re(rf"(?<=[{_CJK}])(?:[ \u3000]+(?P<a>[为的])[ \u3000]*|(?P<b>[为的])[ \u3000]+)(?=[{_CJK}])")
# What _SPACED_LINK_RE needs, as literals the engine scans for: a space next to 为 or 的.
_SPACED_LINK_GATE_RE = compile_re(" 为| 的|\u3000为|\u3000的|为 |的 |为\u3000|的\u3000")
# A transcribed name's dot printed as the full-width full stop (阿依古丽．买买提, round 14; normalize folds
# it to .): read as · between two Chinese characters, unless a title or 职务 ends before it (局长.李四为…:
# a sentence's end, round 10); 1．and a line's last 。 stay.
_FULL_STOP_NAME_DOT_RE = compile_re(rf"(?<=[{_CJK}])[.．](?=[{_CJK}])")


def _name_dot(m: re.Match[str]) -> str:
    head = m.string[max(0, m.start() - TITLE_MAX_LEN) : m.start()]
    return m.group() if head.endswith(_POST_TAILS) or _title_at_end(head) is not None else "·"


def _link_alone(m: re.Match[str]) -> str:
    return m.group("a") or m.group("b")


def _closed_up(text: str) -> str:
    """A name's ． read as its dot, then a spaced link closed up (张三 为 X → 张三为X)."""
    return _SPACED_LINK_RE.sub(_link_alone, _FULL_STOP_NAME_DOT_RE.sub(_name_dot, text))


def _respaced(blocks: list[Block]) -> list[Block]:
    """Blocks with a spaced link (张三 为 X) closed up and a name's ． read as its dot; each
    replacement keeps the block's lines (records cite lines, not offsets)."""
    result: list[Block] = []
    for block in blocks:
        text = block.text or ""
        # (each pattern opens on a look-behind, which re tries at every position: a C substring
        # test for the characters it needs first — issue 14, round 7)
        if block.kind != "table_row" and (
            (("." in text or "．" in text) and _FULL_STOP_NAME_DOT_RE.search(text) is not None)
            or (
                (" " in text or "\u3000" in text)
                and _SPACED_LINK_GATE_RE.search(text) is not None
                and _SPACED_LINK_RE.search(text) is not None
            )
        ):
            fixed = _closed_up(text)
            if fixed != text:
                block = dataclasses.replace(block, text=fixed, body=_closed_up(block.body or ""))
        result.append(block)
    return result


# An entry's number: （一） (1), 一、, 1. 1、, ①. Its first character is read by one class, each form's own first
# characters looked behind it (they are apart: brackets, numerals, digits, circled numbers), so that re scans for the
# class instead of trying four branches at every position (speed19: the same matches as
# (?:[（(][…]{1,3}[）)]|[…]{1,3}、|[\d０-９]{1,3}[.．、](?![\d０-９])|[①…]))
_ENTRY_NUMBER_RE = compile_re(
    rf"[（({CN_ORDINALS}\d０-９{_CIRCLED_NUMBERS}]"
    rf"(?:(?<=[（(])[{CN_ORDINALS}\d０-９]{{1,3}}[）)]|(?<=[{CN_ORDINALS}])[{CN_ORDINALS}]{{0,2}}、"
    rf"|(?<=[\d０-９])[\d０-９]{{0,2}}[.．、](?![\d０-９])|(?<=[{_CIRCLED_NUMBERS}]))"
)
_BRACKET_TAIL_RE = compile_re(r"[（(][^（）()]{1,30}[）)]$")
# A person and 为 (or 的) glued to the title or 职务 that closed the entry before: …局长李四为… / …职务李四的…
_GLUED_ENTRY_RE = LazyPattern(
    rf"(?=(?P<number>[（(][{CN_ORDINALS}\d０-９]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|[\d０-９]{{1,3}}[.．、]"
    rf"|[{_CIRCLED_NUMBERS}])?"
    rf"(?P<name>[{_CJK}]{{2,4}}?)(?:同志)?(?P<link>[为的]))"
)


_ENTRY_WINDOW = 64  # characters before a split point that decide it: a title, 职务, a short heading


def _closes_entry(piece: str) -> bool:
    """Does ``piece`` end an entry of a list (a title, 职务, 一职, a bracketed remark after one) or
    is it a list's heading (任命 / 二、免去 / 免职)? Only its last characters are looked at, so
    that asking at each space of a long clause stays linear."""
    piece = _BRACKET_TAIL_RE.sub("", piece[-_ENTRY_WINDOW:].strip(" \u3000"))
    if not piece:
        return False
    if piece.endswith(_POST_TAILS) or _title_at_end(piece) is not None:
        return True
    if len(piece) > 16:
        return False  # a heading is short
    bare = _ENTRY_NUMBER_RE.sub("", piece, count=1) if piece[:1] in _ENUMERATION_FIRST else piece
    bare = bare.removeprefix("决定")
    verb = VERB_RE.match(bare)
    return (verb is not None and bare[verb.end() :] in HEADER_TAILS) or bare in HEADING_ONLY_VERBS


# A count of people elected glued to the title ending the entry before (…检察长125人当选…代表: the
# space between them lost with the text's CJK–digit spacing, round 13).
_GLUED_COUNT_RE = compile_re(r"(?<![\d０-９])[\d０-９]{1,4}[人名](?:当选|被选)")


# 、 then a verb whose person is 其, the person of the change before it: read as after a comma
# (决定任命尹伊君为X、决定其为代理检察长 — 吉林, dev O; 免去A的X职务、撤销其Y资格), round 13
_LIST_MARK_VERBS: tuple[str, ...] = (*REMOVE_VERBS, "任命", "聘任")
# Round 19 (component c, the clause split): an election's verb printed again after 、 — 会议选举李永群为某县人民政府
# 县长、选举陈王东为某县人大常委会副主任 (yeshipin, dev) had read 县长、选举陈王东为… as one post, and given nothing.
_ELECTION_MARK_VERBS: tuple[str, ...] = ("选举", "补选")
_QI_AFTER_LIST_MARK_RE = compile_re(f"、(?=(?:并|同时)?(?:{alternation(['决定', *_LIST_MARK_VERBS])})其)")
# 、 then a verb of its own: the change before it has ended (免去A的X职务、任命B为Y)
_VERB_AFTER_LIST_MARK_RE = compile_re(
    f"[、和](?=(?:再度)?(?:{alternation([*_LIST_MARK_VERBS, '委任', *_ELECTION_MARK_VERBS])}))"
    "|、(?=决定(?:为|任命|免去|其))"  # 任命袁罡同志为X副区长、决定为代理区长 (round 19)
    # appoint28: a one-character verb of SHORT_LEAD_VERBS, then a name and 为 (任命李亚东同志为X党委书记、聘李亚东同志为
    # X董事长 — 中仪公司, cnic dev: the whole clause gave nothing)
    f"|、(?=[聘任][{_CJK}]{{2,4}}?(?:同志|先生|女士)?为)"
)  # 再度委任林大輝為X主席和再度委任9名現任成員 (香港, round 13)


# Round 15: a list's next heading glued to the end of its last entry (…审判委员会委员、审判员 / 免去： joined
# as a wrap by the layout): the clause, cut at the heading's colon, ends in the heading's verb.
_GLUED_HEADING_VERBS = ("任命", "免去", "免职", "任职", "聘任", "解聘")
_GLUED_HEADING_RE = compile_re(rf"(?:[{CN_ORDINALS}]{{1,3}}、)?(?:决定)?(?:{'|'.join(_GLUED_HEADING_VERBS)})$")


def _glued_changes(piece: str) -> list[str]:
    """…局长李四为… / …职务李四的…: entries whose line breaks were lost, split where a title (or
    职务 before 的) ends and a person's name and 为 (的) follow; and …检察长 / 125人当选… (round 13).

    免去A同志X职务、免去B同志Y职务: a change each, the verb printed again after 、 (_VERB_AFTER_LIST_MARK_RE);
    what led the first verb leads each (会议决定 / 通过了…的决定 / 提请, round 13). The changes after such a cut
    are read in a loop, each rest as a whole piece was: a recursion per change overflowed Python's stack in a
    paragraph of 500 changes (RecursionError out of the pipeline). Where the last 当选 stands is carried through
    the cuts, and the ends are read in place: a search of the whole rest at each cut was quadratic."""
    entries: list[str] = []
    elected = piece.rfind("当选")  # where the piece's last 当选 starts; -1: none
    counted = _UNSEEN  # where the piece's first count of the elected (_GLUED_COUNT_RE) starts; -1: none
    while True:
        if elected >= 0 and counted == _UNSEEN:
            counted = count.start() if (count := _GLUED_COUNT_RE.search(piece)) is not None else -1
        if (ended := _glued_list_end(piece, counted if elected >= 0 else -1)) is not None:
            return [*entries, *ended]
        if ("、" in piece or "和" in piece) and (cut := _list_verb_cut(piece)) is not None:
            head, lead, at = cut
            entries.extend(_glued_changes(head))
            rest = lead + piece[at:]
            # the last 当选 moves with the text after the cut, or else stands in the lead (or across its end)
            elected = elected - at + len(lead) if elected >= at else rest.rfind("当选", 0, len(lead) + 1)
            if counted == -1 or counted > at:  # the first count, if any, is kept with the character before it…
                near = _GLUED_COUNT_RE.search(rest, 0, len(lead) + _GLUED_COUNT_MAX)  # …unless one starts by the lead
                kept = counted - at + len(lead) if counted > at else -1
                counted = near.start() if near is not None and near.start() <= len(lead) else kept
            else:
                counted = _UNSEEN  # the cut passed it: looked for again when needed, from the rest's start
            piece = rest
            continue
        return [*entries, *_glued_entries(piece)]


_UNSEEN = -2  # a place not looked for yet
_GLUED_COUNT_MAX = 4 + 1 + 2  # the longest count of the elected: four digits, 人 or 名, 当选 or 被选


# The longest glued heading: a numbering of three numerals, 、, 决定 and the verb (三十一、决定任命).
_GLUED_HEADING_MAX = 3 + 1 + 2 + max(map(len, _GLUED_HEADING_VERBS))


def _glued_list_end(piece: str, counted: int) -> list[str] | None:
    """…审判员免去 → [[…审判员], 免去]: a list's next heading glued to the end (round 15); …检察长125人当选… →
    […检察长, 125人当选…] (round 13; ``counted``: where the first count of the elected starts, -1 when the
    piece holds none or no 当选); None when the piece ends in neither."""
    if piece.endswith(_GLUED_HEADING_VERBS) and (
        glued := _GLUED_HEADING_RE.search(piece, max(0, len(piece) - _GLUED_HEADING_MAX))
    ):
        head = piece[: glued.start()]
        if head and (head.endswith(_POST_TAILS) or _title_at_end(head) is not None):
            heading = piece[glued.start() :].replace("免职", "免去").replace("任职", "任命")  # a verb heads
            return [*_glued_changes(head), heading]  # …审判员 | 免去 (round 15)
    if counted >= 0 and _title_at_end(piece[max(0, counted - TITLE_MAX_LEN) : counted]):
        return [*_glued_changes(piece[:counted]), piece[counted:]]
    return None


def _list_verb_cut(piece: str) -> tuple[str, str, int] | None:
    """(the first change, what led its verb, where the rest starts) at the first 、 (和) before a verb where a
    post ends. A post's end is read in place (_title_at_end reads no more than TITLE_MAX_LEN characters): a
    copy of the text before every 、 was quadratic in a long list."""
    for verb in _VERB_AFTER_LIST_MARK_RE.finditer(piece):
        at = verb.start()
        if piece.endswith(_POST_TAILS, 0, at) or _title_at_end(piece[max(0, at - TITLE_MAX_LEN) : at]) is not None:
            head = piece[:at]
            first = VERB_RE.search(head)
            return head, head[: first.start()] if first is not None else "", verb.end()
    return None


def _glued_entries(piece: str) -> list[str]:
    """张三为X局长李四为Y局长 / 张三的X职务李四的Y职务 / 1.张三为X 2.李四为Y: entries whose line breaks were lost,
    split where a title (or 职务 before 的) ends and a person's name and 为 (的) or a number follows."""
    if piece.count("为") < 2 and piece.count("的") < 2 and not _ENTRY_NUMBER_RE.search(piece):
        # a cut needs 为 (的) before the one that links the next entry, or that entry's number: one
        # test in C for the clauses (most) with one change or none (issue 14, round 3)
        return [piece]
    pieces: list[str] = []
    start = 0
    for m in _GLUED_ENTRY_RE.finditer(piece):
        at = m.start()
        if at <= start or not is_person_name(m.group("name"), roster=True):
            continue  # roster: 赵伟之 (之) splits its entry off (govopendata 1998, round 27); the entry reads on its own
        tail, link = piece[max(start, at - _ENTRY_WINDOW) : at], m.group("link")
        if m.group("number") is not None and _closes_entry(tail):
            closed = True  # 任命1.张三为… / …局长2.李四为…
        elif link == "的":
            closed = tail.endswith(_POST_TAILS) and piece.find("的", start, at) >= 0  # 张三的X职务|李四的Y职务
        else:  # 张三为X局长|李四为Y局长; never 任命某大学党委书记|张三为… (the post held, then the name)
            closed = _title_at_end(tail) is not None and piece.find("为", start, at) >= 0
        if closed:
            pieces.append(piece[start:at])
            start = at
    return [*pieces, piece[start:]] if pieces else [piece]


def _run_on_pieces(clause: str) -> list[str]:
    """A clause holding several entries of a list whose line breaks were lost, as the entries:
    任命：张三为X局长 李四为Y局长 (spaces where lines were), 一、任命 张三为X 二、免去 …, 1.张三为X 2.李四为Y,
    张三为X局长李四为Y局长 (nothing between). A space splits only after a title, 职务 or a heading,
    or before a number; elsewhere it stays (王　强, 张三 某局局长)."""
    if " " not in clause and "\u3000" not in clause and "\t" not in clause:
        return _glued_changes(clause)
    pieces: list[str] = []
    start = 0
    depth = 0
    scanned = 0
    for m in _RUN_ON_SPACE_RE.finditer(clause):
        for ch in clause[scanned : m.start()]:
            depth += (ch in _OPEN) - (ch in _CLOSE)
        scanned = m.start()
        if depth > 0 or m.start() == 0 or m.end() == len(clause):
            continue
        head = clause[max(start, m.start() - _ENTRY_WINDOW) : m.start()]
        if _closes_entry(head) or _ENTRY_NUMBER_RE.match(clause, m.end()):
            pieces.append(clause[start : m.start()])
            start = m.end()
    pieces.append(clause[start:])
    return [entry for piece in pieces for entry in _glued_changes(piece)]


def _is_organization_subheading(text: str) -> bool:
    """一、市人民检察院 / 市财政局： — a unit's name alone on its line inside a list of changes.

    appoint28: a government's name too when a mark shows it heads the lines below — numbered or closed by a colon
    (一、任命 / （一）县人民政府 / 张三为县财政局局长: the list had ended at the unit, nothing read) — and a unit
    named with the staff it lists (县人民政府组成人员, 县人民法院审判人员: vocab SUBHEADING_STAFF_TAILS). A bare
    government's name still closes the list (北京市平谷区人民政府 over the date: the signature)."""
    line = text.strip(" \u3000")
    marked = line.endswith(("：", ":"))
    line = line.rstrip("：:")
    if line[:1] in _ENUMERATION_FIRST:
        numbered = _ENUMERATION_RE.sub("", line, count=1)
        marked = marked or numbered != line
        line = numbered
    if line.endswith(_SUBHEADING_STAFF_TAILS):
        line = line.removesuffix(next(tail for tail in _SUBHEADING_STAFF_TAILS if line.endswith(tail)))
    return (
        2 <= len(line) <= 20
        and _ALL_CJK_RE.fullmatch(line) is not None
        and line.endswith(ORG_SUFFIX_TUPLE)
        and (marked or not line.endswith(GOVERNMENT_SUFFIXES))  # 北京市平谷区人民政府: the signature closes the list
        and VERB_RE.search(line) is None
        and not any(is_person_name(line[:size]) for size in (2, 3))
    )


_SUBHEADING_STAFF_TAILS: tuple[str, ...] = tuple(sorted(SUBHEADING_STAFF_TAILS, key=len, reverse=True))


def _looks_like_an_entry(text: str) -> bool:
    """A short line that opens with a person's name and goes on (张三　某市人民政府办公室, 张三为某局):
    under a heading it was meant as an entry."""
    line = text.strip(" \u3000")
    if not 3 <= len(line) <= 60:
        return False
    if line[:1] in _ENUMERATION_FIRST:
        line = _ENUMERATION_RE.sub("", line, count=1)
    m = _LIST_ENTRY_RE.match(line)
    if m is not None:
        return is_person_name(_TOKEN_SPLIT_RE.sub("", m.group("name")).removesuffix("同志"))
    return any(is_person_name(line[:size]) and line[size : size + 1] in ("为", "的") for size in (2, 3))


_COLON_SPLIT_RE = compile_re(r"[ \u3000]*[：:][ \u3000]*")


def _glued_post_holders(line: str) -> list[tuple[str, str]] | None:
    """X主任：A Y局长：B run together (X主任：买买提·吐尔逊Y局长：张三) as [(X主任, A), (Y局长, B)]: every
    piece between two colons a name run into the next post, the first a post, the last a name."""
    parts = _COLON_SPLIT_RE.split(line.rstrip("；;。，,"))
    if len(parts) < 3 or len(parts) > 8:
        return None
    post = _further_post(parts[0], _post_starts(()))
    pairs: list[tuple[str, str]] = []
    for middle in parts[1:-1]:
        hit = _split_run_in(middle, _post_starts(())) if post is not None else None
        if hit is None or post is None:
            return None
        pairs.append((post, hit[0]))
        post = _further_post(hit[1], _post_starts(()))
    if post is None or not (is_person_name(parts[-1]) or _is_dotted_name(parts[-1])):
        return None
    return [*pairs, (post, parts[-1])]


def _is_bare_entry(text: str) -> bool:
    """张三　县财政局局长 / 县财政局局长　张三: a name and a post parted by spaces or a tab, no verb,
    no colon, no 为 or 的 — an entry of a list that a decision above it heads."""
    line = text.strip(" \u3000")
    if line[:1] in _ENUMERATION_FIRST:
        line = _ENUMERATION_RE.sub("", line, count=1)
    tokens = _TOKEN_SPLIT_RE.split(line.rstrip("；;。，,"))
    if len(tokens) != 2 or VERB_RE.search(line) or TRIGGER_RE.search(line):
        return False
    first, second = tokens
    if is_person_name(first) or _is_dotted_name(first):
        post = second
    elif is_person_name(second) or _is_dotted_name(second):
        post = first
    else:
        return False
    return "为" not in post and "的" not in post and _further_post(post, _post_starts(())) is not None


_REMARK_RE = compile_re(r"[（(][^（）()]{1,20}[）)]")


def _list_entry(text: str, carried: str | None) -> str | None:
    """A line of a list under 任命： / 免去： rewritten as the clause the rules read, or None:
    张三：某局局长 → 张三为某局局长 (appoint), 1.张三，某局局长 → 张三的某局局长 (remove, the verb
    in force reads 的). The name must be a name and the post must not hold a verb or another name."""
    if carried not in (APPOINT, REMOVE):
        return None
    line = text.strip(" \u3000")
    if line[:1] in _ENUMERATION_FIRST:
        line = _ENUMERATION_RE.sub("", line, count=1)
    m = _LIST_ENTRY_RE.match(line)
    if m is None or not is_person_name(_TOKEN_SPLIT_RE.sub("", m.group("name")).removesuffix("同志")):
        # 县财政局局长（试用期一年）　张三 / 县审计局副局长：李四（挂职）: the remarks of a post-first entry
        # go after its post, a name's own (（女）) are dropped (round 11)
        remarks = "".join(r for r in _REMARK_RE.findall(line) if not _NAME_REMARK_RE.fullmatch(r))
        if "（" in line or "(" in line:
            line = _REMARK_RE.sub("", line)
        post_first = _POST_COLON_NAMES_RE.match(line) if "：" in line or ":" in line else None
        if post_first is not None:  # 北京市审计局副局长：李四、王五 under 任命： (round 8)
            names = _TOKEN_SPLIT_RE.sub("", post_first.group("names")).replace("同志", "")
            names = _NAME_LIST_SPLIT_RE.sub("、", names)
            post = _further_post(post_first.group("post"), _post_starts(()))
            if post is not None and _all_names(names):
                return f"{names}为{post}{remarks}" if carried == APPOINT else f"{names}的{post}{remarks}"
        if post_first is None and (glued := _glued_post_holders(line)) is not None:
            # X主任：买买提·吐尔逊Y局长：张三 — two entries whose line break a converter lost (round 11)
            link = "为" if carried == APPOINT else "的"
            return "；".join(f"{name}{link}{post}" for post, name in glued)
        spaced = _POST_SPACE_NAMES_RE.match(line) if post_first is None else None
        if spaced is not None and (names_spaced := _line_names(spaced.group("names"))):
            # 市教育局局长　李四 / 县人民法院审判员　张三　李四 under 任命： (round 11): post first, then spaces
            post = _further_post(spaced.group("post"), _post_starts(()))
            if post is not None:
                listed = "、".join(names_spaced)
                return f"{listed}为{post}{remarks}" if carried == APPOINT else f"{listed}的{post}{remarks}"
    if m is None:
        return None
    name = _TOKEN_SPLIT_RE.sub("", m.group("name")).removesuffix("同志")
    if len(name) < len(m.group("name").removesuffix("同志")) and len(name) != 2:
        return None  # inner spaces only in a two-character name: 王　强
    if not is_person_name(name) or (m.group("remark") and not _NAME_REMARK_RE.fullmatch(m.group("remark"))):
        return None
    post = m.group("post")
    if VERB_RE.search(post) or _NARRATIVE_IN_POST_RE.search(post) or "为" in post:
        return None
    return f"{name}为{post}" if carried == APPOINT else f"{name}的{post}"


# A clause holding only a name (and a reason): 张三，免去X职务；李四，任Y / 李四同志因工作调动，不再担任X.
_NAME_ONLY_RE = LazyPattern(
    rf"^(?P<name>[{_CJK}{NAME_DOTS}、]{{2,40}}?)(?:{_HONORIFIC_ALTERNATION})?(?:[（(][^（）()任免聘]{{1,24}}[）)])?"
    rf"(?:{_HONORIFIC_ALTERNATION})?"  # 张斌先生因工作变动，申请辞去X (company notices, round 18)
    rf"(?:(?P<ground>(?:因|由于)[{_CJK}]{{1,30}})|(?P<tail>{alternation(NAME_REASON_TAILS)}))?$"  # 30: appoint28
)
# appoint28: the consequence's connective opening the leaving's clause after the ground's comma (刘干江先生因调任控股股东
# 湘潭电化集团有限公司副董事长兼总经理,故申请辞去公司总经理职务 — herich 2019, dev: nothing read), dropped there.
_AFTER_GROUND_CONNECTIVES: tuple[str, ...] = tuple(sorted(LEAVING_AFTER_CONNECTIVES, key=len, reverse=True))
# Round 21: a clause of a post held and a name, then a comma and the move (中国新闻周刊 2024, capstoneengg probe fit):
# the verbs that open the move's clause, and the words after 任 that make it no move (任期, 任职…).
_HELD_NAME_MOVE_OPENERS: tuple[str, ...] = tuple(
    sorted({*MOVE_VERBS, "任", "兼任", *HELD_NAME_SUCCESSION_OPENERS}, key=len, reverse=True)
)  # round 24: 接替 / 接任 / 出任 too (人民日报社社长王晨,接替蔡武,出任X)
_NOT_MOVED_AFTER_COMMA: tuple[str, ...] = ("任期", "任职", "任务", "任命", "任免", "任用", "任内")


def _held_post_and_name(clause: str) -> str | None:
    """The clause when it is a post held and a name (中国大唐集团总经理刘明胜), or its part after a description ending
    in 的 (有着多年传媒工作经历的人民日报社社长王晨 → 人民日报社社长王晨; round 24); else None."""
    described = clause.rsplit("的", 1)[-1] if "的" in clause else ""
    if described and _post_and_name(described) is not None:
        return described
    return clause if _post_and_name(clause) is not None else None


_ADVERBIAL_OPENERS: tuple[str, ...] = tuple(NAME_CLAUSE_ADVERBIAL_OPENERS)


def _described_name_clause(bare: str, clauses: list[tuple[bool, str]], k: int) -> tuple[str, int] | None:
    """A person's name alone in clause ``k`` (after what is said of him, ending in 的), then a clause of when or where
    (在2月…, 在…会议上): the name, that clause and — when the next opens on a name's verb (被增补为, 当选…) — the
    next, as one clause, and how many clauses were read; else None.
    年初调任环保部的陈吉宁,在2月接替周生贤正式履任X → 陈吉宁在2月接替周生贤正式履任X (round 24)."""
    name = bare.rsplit("的", 1)[-1] if "的" in bare else bare
    if len(bare) > 60 or not is_person_name(name.removesuffix("同志")):
        return None
    after = clauses[k + 1][1].strip(" \u3000")
    if k + 2 < len(clauses) and not clauses[k + 2][0]:
        then = clauses[k + 2][1].strip(" \u3000")
        if then.startswith(_NAME_CLAUSE_OPENERS):
            return name + after + then, 3
    return (name + after, 2) if TRIGGER_RE.search(after) is not None else None


# A clause holding only a reason, between a name and its verb: 张三同志，因年龄原因，不再担任X.
_REASON_ONLY_RE = LazyPattern(rf"^因[{_CJK}]{{1,12}}$")
# Pairs after one verb joined by 、: 任命张三为X、李四为Y (split where a name and 为 follow a title).
_PAIR_SEPARATOR_RE = LazyPattern(
    rf"、(?=(?P<name>[{_CJK}{NAME_DOTS}]{{2,4}}?)(?:(?:同志)?(?P<link>为|任|的)|同志))"  # …职务、B同志Y职务 (round 10)
)
# A post followed by the names given it: 当天新聘的15位省文史研究馆馆员是：A、B、C…
_NAMES_AFTER_POST_RE = compile_re(
    rf"(?P<lead>{alternation(NAMES_AFTER_POST_LEADS)})的"
    rf"(?:[\d一二两三四五六七八九十百]{{1,4}}(?:位|名))?(?P<post>[^，,：:；;。是的]{{2,40}}?)(?:是|为|分别是|分别为|名单如下|有)$"
)
# …and the names in the same clause, no colon (round 14): 会议选出的3名副主任分别为A、B、C / 新任命的副局长为A、B.
_NAMES_AFTER_POST_IN_CLAUSE_RE = compile_re(
    rf"^(?P<head>.*?(?:{alternation(NAMES_AFTER_POST_LEADS)})的[^，,：:；;。是的]{{2,44}}?(?:分别[为是]|是|为|有))"
    rf"(?=[{_CJK}{NAME_DOTS}]{{2,8}}(?:同志)?[、和及])"
)
# What the clause after such a name may open with to be read together with it.
# Round 19 (component c): a held post, a name and a reason, the move after the comma.
_MOVED_AFTER_REASON: tuple[str, ...] = tuple(
    # appoint29: 申请辞去 / 提出辞去 / 请求辞去 (a request to leave); appoint28: the resignation's fillers too
    # (公司原董事长萬鑫銘同志因工作安排,申請辭去… — 中国汽研, arsndm79 dev)
    sorted(
        {
            *MOVE_VERBS,
            "辞去",
            "不再担任",
            "不再兼任",
            *LEAVING_REQUEST_OPENERS,
            *RESIGNING_VERBS,
        },
        key=len,
        reverse=True,
    )
)
_LEAVING_REQUESTS: tuple[str, ...] = tuple(LEAVING_REQUEST_OPENERS)


def _without_request(after: str) -> str:
    """申请辞去X → 辞去X: a request to leave, read as the leaving (as 张三申请辞去X is; appoint29)."""
    for opener in _LEAVING_REQUESTS:
        if after.startswith(opener):
            return after[len(opener) - 2 :]
    return after


_HELD_NAME_REASON_RE = compile_re(
    rf"^(?P<head>[{_CJK}]{{4,40}}?)(?:{_HONORIFIC_ALTERNATION})?(?:因|由于)[^，,；;。]{{1,12}}$"
)


def _names_after_post(head: str, names: str) -> str | None:
    """当天新聘的15位省文史研究馆馆员是 + 王立群、刘宏(女)、… → 聘任王立群、刘宏、…为省文史研究馆馆员,
    when the head names a post and the next clause holds names only."""
    m = _NAMES_AFTER_POST_RE.search(head.strip(" \u3000"))
    if m is None or not _title_at_end(m.group("post")):
        return None
    people = _NAME_REMARK_RE.sub("", names.strip(" \u3000。；;"))
    if "、" not in people or not _all_names(people):
        return None
    return f"{NAMES_AFTER_POST_LEADS[m.group('lead')]}{people}为{m.group('post')}"


_PAIR_LINKS_RE = compile_re("[为任的]|同志")
# A verb, a count of persons and the post they were given, the names in the next clause (round 14):
#   此次会议共任命了3名副市长，分别是张三、李四、王五
#   受邀将出任行政会委员的11人分别是:陈海帆(女)、梁庆庭、… (澳门 2014, dev R: taiwancri)
# Read only when the names are as many as the count.
_COUNT_CLASS = r"[\d一二两三四五六七八九十]"
_COUNT = rf"{_COUNT_CLASS}{{1,3}}"
_COUNT_FIRSTS = frozenset("0123456789一二两三四五六七八九十")
_COUNTED_POST_RE = LazyPattern(
    rf"(?:^|(?<=[，,：:]))(?:会议|大会|此次会议|本次会议)?(?:共|还|同时)?(?P<verb>任命|聘任|选举|选出|补选|增补|委任|免去)了?(?:共)?"
    rf"(?P<count>{_COUNT})(?:名|位)(?P<post>[{_CJK}]{{2,40}}?)$"
    rf"|(?:^|(?<=[，,：:]))[{_CJK}]{{0,6}}?(?P<verb2>出任|获委任为|委任为|新任)(?P<post2>[{_CJK}]{{2,40}}?)的(?P<count2>{_COUNT})"
    rf"(?:人|位|名)(?:分别)?(?:是|为)$"
)
_COUNTED_NAMES_LEAD_RE = compile_re(r"^(?:分别)?(?:是|为)?")


def _counted_names(head: str, names: str) -> str | None:
    """此次会议共任命了3名副市长 + 分别是张三、李四、王五 → 任命张三、李四、王五为副市长; the names must be
    names only, as many as the count, and the post end in a title."""
    m = _COUNTED_POST_RE.search(head.strip(" \u3000"))
    if m is None:
        return None
    post = m.group("post") or m.group("post2")
    verb = m.group("verb") or "任命"
    count = cn_to_int(m.group("count") or m.group("count2") or "")
    people = names.strip(" \u3000。；;")
    lead = _COUNTED_NAMES_LEAD_RE.match(people)  # 分别是 / 为 before the names
    people = _NAME_REMARK_RE.sub("", people[lead.end() :] if lead is not None else people)
    people = _LAST_NAME_JOIN_RE.sub("、", people)
    if not _title_at_end(post) or count is None or people.count("、") + 1 != count or not _all_names(people):
        return None
    if verb == "免去":
        return f"免去{people}的{post}职务"
    return f"{'任命' if verb in ('选出', '出任', '获委任为', '委任为', '新任') else verb}{people}为{post}"


# Round 16: a count, a post, 分别为/为 and the persons, no verb (16位非官守议员分别为A、B…及C), read where the text
# before it announces the change (COUNTED_LIST_EVENTS); the body after which 由…组成 counts those members gives
# the post its organization (行政会议由…16位非官守议员组成 → 行政会议非官守议员).
_COUNTED_LIST_RE = LazyPattern(
    rf"^(?P<count>{_COUNT})(?:位|名)(?P<post>[{_CJK}]{{2,16}}?)(?:分别)?(?:为|是)[：:]?"
    rf"(?P<names>[{_CJK}{NAME_DOTS}、和及]{{4,240}}?)[。；;]?$"
)
_COUNTED_BODY_RE = LazyPattern(
    rf"(?:^|(?<=[。；;，,\n]))(?P<body>[{_CJK}]{{2,20}}?)由(?P<rest>[^。；;\n]{{0,80}}?)组成"
)
_COUNTED_EVENT_RE = compile_re(alternation(COUNTED_LIST_EVENTS))
# the block-level filter: its count as X X{0,2} (the same matches as _COUNT's X{1,3}), so that it opens on a class
# ``re`` scans for, not on a repeat it tries at every position (speed19)
_COUNTED_LIST_GATE_RE = compile_re(rf"{_COUNT_CLASS}{_COUNT_CLASS}{{0,2}}[位名][^，,。；;]{{2,16}}?(?:分别)?(?:为|是)")
_COUNTED_REFUSAL_RE = compile_re(alternation(COUNTED_LIST_REFUSALS))
_COUNTED_CONTEXT = 300  # characters before the list looked at for its event and its body


def _listed_person(piece: str) -> bool:
    """A name of such a list: a listed name, or a Hong Kong married name (罗范椒芬, 叶刘淑仪: a husband's surname
    before the woman's own name)."""
    return is_person_name(piece) or (
        len(piece) == 4 and piece[0] in SINGLE_SURNAMES and piece[1] in SINGLE_SURNAMES and is_person_name(piece[1:])
    )


def _counted_list(clause: str, before: str) -> list[_Change]:
    """16位非官守议员分别为A、B…及C → one appointment each, when ``before`` (the text before the clause) or the post
    names a change and nothing makes it a proposal, and the persons are as many as the count; else []."""
    m = _COUNTED_LIST_RE.match(clause.strip(" \u3000"))
    if m is None:
        return []
    post, count = m.group("post"), cn_to_int(m.group("count"))
    context = before[-_COUNTED_CONTEXT:]
    if _COUNTED_REFUSAL_RE.search(context[-80:] + clause) or not (
        _COUNTED_EVENT_RE.search(context) or _COUNTED_EVENT_RE.match(post)
    ):
        return []
    for prefix in COUNTED_POST_PREFIXES:
        post = post.removeprefix(prefix)
    if not (_title_at_end(post) or post.endswith(COUNTED_MEMBER_ENDINGS)):
        return []
    people = _LAST_NAME_JOIN_RE.sub("、", m.group("names")).split("、")
    if count is None or len(people) != count or len(people) < 2 or not all(map(_listed_person, people)):
        return []
    counted = (f"{m.group('count')}位{m.group('post')}", f"{m.group('count')}名{m.group('post')}")
    for body in _COUNTED_BODY_RE.finditer(context):
        if any(words in body.group("rest") for words in counted):
            post = body.group("body") + post  # 行政会议由…16位非官守议员组成 (round 16)
    return [(APPOINT, person, post, None) for person in people]


# Round 16: outgoing holders thanked (并感谢即将卸任的成员A、B及C在过去6年对医管局作出宝贵贡献): a removal each.
_LEAVING_THANKED_RE = LazyPattern(
    rf"(?:{alternation(LEAVING_THANKED_LEADS)})(?:[^，,；;。]{{0,12}}?)(?:{alternation(LEAVING_WORDS)})的?"
    rf"(?P<post>[{_CJK}]{{0,20}}?(?:{alternation(COUNTED_MEMBER_ENDINGS)}|主席))"
    rf"(?P<names>[{_CJK}、]{{2,80}}?)(?=在|于|於|对|[，,；;。]|$)"
)
_SERVED_BODY_RE = LazyPattern(rf"^[^，,；;。]{{0,16}}?对(?P<body>[{_CJK}]{{2,20}}?)(?:作出|的)")


def _leaving_thanked(clause: str) -> list[_Change]:
    """并感谢即将卸任的成员A、B及C在过去6年对医管局作出宝贵贡献 → a removal each (医管局成员); [] unless a post is
    printed before the names and every name reads as one."""
    m = _LEAVING_THANKED_RE.search(clause)
    if m is None:
        return []
    people = _LAST_NAME_JOIN_RE.sub("、", m.group("names")).split("、")
    if not all(map(_listed_person, people)):
        return []
    post = m.group("post")
    if (served := _SERVED_BODY_RE.match(clause[m.end() :])) is not None and served.group("body") not in post:
        post = served.group("body") + post  # …对医管局作出宝贵贡献: the body they served
    return [(REMOVE, person, post, None) for person in people]


# The last of a list of names joined by 和 / 及 (A、B和C), read as 、 (round 14).
_LAST_NAME_JOIN_RE = LazyPattern(rf"(?<=[{_CJK}])(?:同志)?[和及](?=[{_CJK}]{{2,4}}(?:同志)?[。；;]?$)")


# A header naming the post before the names it is given (round 6): 聘任下列同志为市人民政府参事：A、B /
# 决定任命以下3名同志为…：/ 免去下列同志的…职务：A、B.
# Round 15: a lead before the verb ending in 决定 or a comma (经研究，决定聘任以下同志为… / 行政长官根据
# 《基本法》委任以下人士为…), 委任 and 人士 (香港), a bracketed note after the post (（聘期五年）) and a term
# after a comma (，任期两年) — the verb still opens the list's clause, so 拟任命/提请任命下列同志为… stays out.
_NAMES_HEADER_RE = compile_re(
    r"^(?:[^：:；;。]{0,40}?(?:决定|[，,]))?(?:决定)?"
    r"(?:[^：:；;。拟将]{0,20}?(?:已经|已|再度|亦))?"  # 行政長官已委任 / 亦再度委任以下人士為… (香港 政府公告, appoint30)
    r"(?P<verb>任命|聘任|聘请|聘用|续聘|新聘|委任|免去|解聘)(?:下列|以下|如下)"
    r"(?:[\d一二两三四五六七八九十百]{1,4}(?:名|位))?(?:同志|人员|人士|人)"
    r"(?:(?P<wei>为)(?P<post>[^，,：:；;。（）()]{2,40})|的(?P<held>[^，,：:；;。]{2,40}?)(?:职务|一职))"
    r"(?:[（(][^（）()]{1,20}[）)])?(?:[，,](?:任期|聘期|为期)[^，,：:；;。]{1,20})?$"
)


_LAST_CLAUSE_RE = compile_re(r"[^。；;，,！？]*$")


def _names_below_post(blocks: list[Block]) -> list[Block]:
    """Blocks with a post's names printed on the line below its lead joined to it (round 14: 会议选出的
    政协…副主席是： / 杜青林、令计划、…): read as when printed on one line. Only when the lead's clause
    names a post given (NAMES_AFTER_POST_LEADS) and the next line holds names only."""
    result: list[Block] = []
    for block in blocks:
        prev = result[-1] if result else None
        head = (prev.text or "").rstrip(" \u3000") if prev is not None else ""
        if (
            prev is not None
            and head.endswith(("：", ":"))
            and block.line == prev.end_line + 1
            and (lead := _LAST_CLAUSE_RE.search(head[:-1])) is not None
            and _names_after_post(lead.group(), block.text or "") is not None
        ):
            joined = head + (block.text or "").strip(" \u3000")
            result[-1] = dataclasses.replace(prev, text=joined, body=joined, end_line=block.end_line)
            continue
        result.append(block)
    return result


# apost21: a lead stating changes of one action, then items of POST + NAME (post first), in its paragraph or on the
# lines below it: 新任命的省政府组成部门"一把手"中，有14个新面孔，他们分别是：省民政厅厅长余向东、民族事务委员会主任
# 时先政、…、省卫生健康委员会主任刘同柱。 (cm163 2023, dev). Rules as data: POST_FIRST_LIST_LEADS / _OPENERS /
# _REFUSALS. Where the opener ends the lead (an optional colon):
_POST_FIRST_OPENER_RE = compile_re(rf"(?:{alternation(POST_FIRST_LIST_OPENERS)})[：:]?")
_POST_FIRST_LEAD_RE = compile_re(alternation(POST_FIRST_LIST_LEADS))
_POST_FIRST_REFUSAL_RE = compile_re(alternation(POST_FIRST_LIST_REFUSALS))
_POST_FIRST_LEAD_MAX = 60  # characters of the lead's sentence looked at before its opener
_POST_FIRST_ITEM_SPLIT_RE = compile_re(r"[、，,；;]")
_POST_FIRST_SENTENCE_ENDS = ("。", "！", "？", "；", ";", "\n")
_POST_FIRST_BOUNDED_SURNAMES = frozenset(BOUNDED_SURNAMES) | frozenset(RUN_ONLY_SURNAMES)
_POST_FIRST_ITEM_MAX = 48  # characters of one item: a post of at most 40 (as the other list readers) and a name
_POST_FIRST_SUBJECT_SET = frozenset(POST_FIRST_LIST_SUBJECTS)  # rev23: a pronoun alone before a later clause's opener
_POST_FIRST_LINE_GAP = 2  # source lines from the lead (or an item) to the next item: a blank line between them


def _post_first_verb(text: str, opener_at: int) -> str | None:
    """The verb of the lead ending at ``opener_at`` (POST_FIRST_LIST_LEADS): one action named in the lead's sentence
    (at most _POST_FIRST_LEAD_MAX characters back), no word of POST_FIRST_LIST_REFUSALS; None otherwise."""
    floor = max(0, opener_at - _POST_FIRST_LEAD_MAX)
    start = max(text.rfind(c, floor, opener_at) for c in _POST_FIRST_SENTENCE_ENDS) + 1
    sentence = text[max(start, floor) : opener_at]
    if _POST_FIRST_REFUSAL_RE.search(sentence) is not None:
        return None
    found = list(_POST_FIRST_LEAD_RE.finditer(sentence))
    verbs = {POST_FIRST_LIST_LEADS[m.group()] for m in found}
    if len(verbs) != 1:
        return None
    # rev23: the lead's word in the opener's own clause, or in an earlier clause with nothing but a pronoun before
    # the opener (…"一把手"中，有14个新面孔，他们分别是); 新任命的干部发言后，讲话的领导分别是 lists speakers
    last_break = max(sentence.rfind("，"), sentence.rfind(","))
    if found[-1].start() > last_break:
        return verbs.pop()
    if sentence[last_break + 1 :].strip(" \u3000") not in _POST_FIRST_SUBJECT_SET:
        return None
    return verbs.pop()


def _post_first_item(item: str, organization: str | None) -> tuple[str, list[str]] | None:
    """省民政厅厅长余向东 → (余向东, [省民政厅厅长]); 副厅长李四 after an item of 省民政厅 → (李四, [省民政厅副厅长]);
    X局局长张三兼Y办主任 → (张三, [X局局长, Y办主任]); 1. / (女) / 同志 / 及 dropped. None when the item does not split
    into a post ending in a title and a name that passes the name checks."""
    item = item.strip(" \u3000")
    if item[:1] in _ENUMERATION_FIRST:
        item = _ENUMERATION_RE.sub("", item, count=1)
    item = _ROLL_ITEM_LEAD_RE.sub("", _NAME_REMARK_RE.sub("", item)).strip(" \u3000")
    extra: str | None = None
    if "兼" in item:
        item, extra = item.split("兼", 1)
        extra = extra.removeprefix("任").strip(" \u3000")
        if _title_at_end(extra) is None:
            return None
    if len(item) > _POST_FIRST_ITEM_MAX:
        return None
    holder = _post_and_name(item) or _post_and_bounded_name(item)
    if holder is None or _holds_a_holder(holder[1]):
        return None
    name, post = holder
    if organization and post in TITLE_SET:
        post = organization + post  # 省民政厅厅长A、副厅长B → 省民政厅副厅长 (the organization carried)
    return name, [post] if extra is None else [post, extra]


def _holds_a_holder(post: str) -> bool:
    """省司法厅厅长罗建华省教育厅副厅长: a title then a name inside the post — two items glued where a line break was
    joined, never one post. Looked for at each place of a post of at most _POST_FIRST_ITEM_MAX characters."""
    for at in range(2, len(post) - 1):
        if (
            post[at - 1] in _TITLE_LAST_CHARS
            and _title_at_end(post[:at]) is not None
            and (is_person_name(post[at : at + 3]) or is_person_name(post[at : at + 2]))
        ):
            return True
    return False


def _post_and_bounded_name(item: str) -> tuple[str, str] | None:
    """民族事务委员会主任时先政 → (时先政, 民族事务委员会主任): a name with a surname of BOUNDED_SURNAMES, read in a
    post-first item only, where the title before it and the separator after it bound it."""
    for size in (3, 2):
        post, name = item[:-size], item[-size:]
        if len(post) < 2 or name[:1] not in _POST_FIRST_BOUNDED_SURNAMES or _title_at_end(post) is None:
            continue
        if name[:1] in BOUNDED_SURNAMES:
            if _bounded_name(name, "、"):
                return name, post
        elif (
            name not in NOT_NAMES
            and _ALL_CJK_RE.fullmatch(name) is not None
            and name[-1] not in _NON_NAME_LAST
            and not any(ch in _NON_NAME_CHARS for ch in name[1:])
            and _title_at_end(name) is None
        ):
            return name, post  # 时先政: a surname of RUN_ONLY_SURNAMES, bound here as in a run
    return None


def _last_item_joined(piece: str) -> list[str]:
    """省司法厅厅长罗建华和省教育厅副厅长钱桂仑 → the two items, split at the 和 / 及 / 以及 after which both halves read
    as items; the piece as it is when it reads as one (省住房和城乡建设厅厅长常业军) or splits nowhere."""
    if ("和" not in piece and "及" not in piece) or len(piece) > 2 * _POST_FIRST_ITEM_MAX:
        return [piece]
    if _post_first_item(piece, None) is not None:
        return [piece]
    for at, char in enumerate(piece):
        if char in "和及" and at > 0:
            head = piece[: at - 1] if piece[at - 1 : at + 1] == "以及" else piece[:at]
            if _post_first_item(head, None) is not None and _post_first_item(piece[at + 1 :], None) is not None:
                return [head, piece[at + 1 :]]
    return [piece]


def _post_first_changes(verb: str, items: str, least: int = 2, dropped: list[str] | None = None) -> list[str] | None:
    """The changes of a run of POST + NAME items (split at 、，,；;), each written as the clause the readers take
    (任命A为X / 免去A的X职务 / A辞去X职务); None unless at least ``least`` items read and no more than half of them
    are dropped (an item that does not split cleanly gives nothing; it goes to ``dropped`` when the list reads)."""
    pieces = [
        q
        for p in _POST_FIRST_ITEM_SPLIT_RE.split(items.strip(" \u3000。"))
        if p.strip(" \u3000")
        for q in _last_item_joined(p)
    ]
    changes: list[str] = []
    read = 0
    organization: str | None = None
    unread: list[str] = []
    for piece in pieces:
        # rev23: an item naming an action of its own other than the lead's (免去职务的分别是：…、新任X厅厅长B) is not
        # the lead's change
        acted = {POST_FIRST_LIST_LEADS[m.group()] for m in _POST_FIRST_LEAD_RE.finditer(piece)}
        found = None if acted - {verb} else _post_first_item(piece, organization)
        if found is None:
            unread.append(piece.strip(" \u3000"))
            continue
        read += 1
        name, posts = found
        organization = split_position(posts[0])[0] or organization
        for post in posts:
            if verb == "免去":
                changes.append(f"免去{name}的{post}职务")
            elif verb == "辞去":
                changes.append(f"{name}辞去{post}职务")
            else:
                changes.append(f"{verb}{name}为{post}")
    if read < least or 2 * read < len(pieces):
        return None
    if dropped is not None:
        dropped.extend(unread)
    return changes


def _posts_first_rewritten(text: str, dropped: list[str] | None = None) -> tuple[str, str | None]:
    """``text`` with each post-first list after its lead written as change clauses (…他们分别是。任命余向东为省民政厅
    厅长；任命时先政为…。), and the lead's verb when a lead ends the text with no item after it (its items on the lines
    below), else None. Each opener is looked at once and each list read once: linear in the text."""
    pieces: list[str] = []
    copied = 0
    pos = 0
    open_verb: str | None = None
    for m in _POST_FIRST_OPENER_RE.finditer(text):
        if m.start() < pos:
            continue  # inside the list just read
        verb = _post_first_verb(text, m.start())
        if verb is None:
            continue
        end = text.find("。", m.end())
        stop = len(text) if end < 0 else end
        pos = stop
        if not text[m.end() : stop].strip(" \u3000"):
            open_verb = verb if end < 0 else None
            continue
        listed = _post_first_changes(verb, text[m.end() : stop], dropped=dropped)
        if listed is None:
            continue
        pieces.append(text[copied : m.end()].rstrip("：: \u3000") + "。")
        pieces.append("；".join(listed))
        copied = stop
    if not pieces:
        return text, open_verb
    pieces.append(text[copied:])
    return "".join(pieces), open_verb


def _posts_first_lists(blocks: list[Block], unread: list[tuple[int, str]] | None = None) -> list[Block]:
    """Blocks holding a post-first list after its lead (POST_FIRST_LIST_LEADS) written as change clauses; a lead that
    ends its block takes the item lines below it (each line POST + NAME items only, numbered or not, a blank line
    between them allowed), up to the first line that is not one, when at least two items read. Each block is looked
    at once. An item of a list read that does not split goes to ``unread`` with the list's first line."""
    result: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        text = block.text or ""
        k += 1
        if _POST_FIRST_OPENER_RE.search(text) is None:
            result.append(block)
            continue
        dropped: list[str] = []
        rewritten, verb = _posts_first_rewritten(text, dropped)
        if verb is not None:
            lines: list[str] = []
            last = block.end_line
            while (
                k < len(blocks)
                and blocks[k].line <= last + _POST_FIRST_LINE_GAP
                and _post_first_changes(verb, blocks[k].text or "", least=1) is not None
            ):
                lines.append((blocks[k].text or "").strip(" \u3000。；;"))
                last = blocks[k].end_line
                k += 1
            listed = _post_first_changes(verb, "；".join(lines), dropped=dropped) if lines else None
            if listed is not None:
                joined = rewritten.rstrip("：: \u3000") + "。" + "；".join(listed) + "。"
                result.append(dataclasses.replace(block, text=joined, body=joined, end_line=last))
                if unread is not None:
                    unread.extend((block.line, item) for item in dropped)
                continue
            k -= len(lines)  # the lines read as items stay as they were
        if rewritten != text:
            block = dataclasses.replace(block, text=rewritten, body=rewritten)
            if unread is not None:
                unread.extend((block.line, item) for item in dropped)
        result.append(block)
    return result


def _names_under_header(head: str, names: str) -> str | None:
    """聘任下列同志为市人民政府参事 + 张三、李四（女）、王五 → 聘任张三、李四、王五为市人民政府参事 (免去…的X职务
    likewise), when the head names a post ending in a title and the names are names only."""
    m = _NAMES_HEADER_RE.match(head.strip(" \u3000"))
    if m is None:
        return None
    post = m.group("post") or m.group("held")
    names = names.strip(" \u3000")
    if names[:1] in _ENUMERATION_FIRST:
        names = _ENUMERATION_RE.sub("", names, count=1)  # （一）陳大文； / 1. 李小明 (Macau 批示's items, appoint30)
    if "和" in names or "及" in names:
        names = _LAST_NAME_JOIN_RE.sub("、", names)  # 陳大文、李小明及黃大仙 (appoint30)
    people = _NAME_REMARK_RE.sub("", _TOKEN_SPLIT_RE.sub("、", names.strip(" \u3000。；;")))
    if "先生" in people or "女士" in people or "同志" in people:  # 张三先生、李四女士 (香港, round 15)
        people = "、".join(p.removesuffix("先生").removesuffix("女士").removesuffix("同志") for p in people.split("、"))
    if not _title_at_end(post) or not people or not _all_names(people):
        return None
    if m.group("wei"):
        return f"{m.group('verb')}{people}为{post}"
    return f"{m.group('verb')}{people}的{post}职务"


def _split_pairs(clause: str) -> list[str]:
    """任命张三为X、李四为Y → [任命张三为X, 李四为Y]: a 、 is a pair separator only after a title
    and before a person's name and 为 (or 任: 任命A任X、B任Y — 洛阳 2007); and 免去A的X职务、B的Y职务 →
    [免去A的X职务, B的Y职务]: after 职务 and before a name and 的."""
    pieces: list[str] = []
    start = 0
    for m in _PAIR_SEPARATOR_RE.finditer(clause):
        head = clause[start : m.start()]
        if head.endswith(_CLOSE_TUPLE):
            head = _BRACKET_TAIL_RE.sub(
                "", head
            )  # …副市长（挂职，时间六个月）、陈玲为Y: the note closes nothing (round 13)
        if m.group("link") == "的":
            # …X副局长、B同志的Y职务: with 同志 before 的, a title closes the pair too (round 11)
            comrade = clause.startswith("同志", m.end() + len(m.group("name")))
            closed = head.endswith(_POST_TAILS) or (comrade and _title_at_end(head) is not None)
        elif m.group("link") is None:  # B同志: a post never holds 同志, so a title closes the pair too (round 11)
            closed = head.endswith(_POST_TAILS) or _title_at_end(head) is not None
        else:
            closed = _title_at_end(head) is not None
        if closed and is_person_name(m.group("name")):
            pieces.append(clause[start : m.start()])
            start = m.end()
    if not pieces:
        return [clause]
    last = clause[start:]
    if last.endswith(_NAMED_DECISION_TAIL) and ("通过了" in pieces[0] or "关于" in pieces[0]):
        last = last[: -len(_NAMED_DECISION_TAIL)]  # 通过了任命A为X、B为Y的决定: the decision's name ends there
    return [*pieces, last]


_HOLDERS_LIST_OPEN_RE = compile_re(r"^(?:分别为|分别是|包括|为|是)[：:]?")
_HOLDERS_LIST_LAST_RE = compile_re(r"^[及和]")


def _holders_listed(head: str, after: list[str]) -> tuple[list[str], int] | None:
    """候任主要官员及检察长 + 分别为X司司长A、Y局局长B + 及Z院检察长C → [任命A为X司司长, …] and the number
    of clauses read (round 15): a lead naming a group given posts (HOLDERS_LIST_LEADS), then post + name
    items only, at least two, the last perhaps after 及/和 in a clause of its own. None otherwise."""
    if not any(word in head for word in HOLDERS_LIST_LEADS) or not after:
        return None
    first = after[0].strip(" \u3000")
    opening = _HOLDERS_LIST_OPEN_RE.match(first)
    if opening is None and not head.endswith(("分别为", "分别是", "包括")):
        return None  # …候任主要官员分别是：X司司长A、… (the opener before the colon)
    items = first[opening.end() if opening is not None else 0 :].rstrip("。；;").split("、")
    used = 1
    if len(after) > 1 and _HOLDERS_LIST_LAST_RE.match(last := after[1].strip(" \u3000")):
        items.append(last[1:].rstrip("。；;"))  # …海關關長黃文忠，及檢察院檢察長葉迅生
        used = 2
    holders = [_post_and_name(item) for item in items]
    if len(items) < 2 or not all(holders):
        return None
    return [f"任命{holder[0]}为{holder[1]}" for holder in holders if holder is not None], used


_ROLL_HEADS: tuple[str, ...] = tuple(APPOINTED_ROLL_HEADS)
# A clause can open such a roll only if it holds one of these: every head of APPOINTED_ROLL_HEADS does
# (tests/test_vocab.py), so the gate never drops a head a new entry adds without saying so
ROLL_HEAD_GATES: tuple[str, ...] = ("名单", "人士如下")
_ROLL_ITEM_LEAD_RE = compile_re(r"^(?:以及|及|和)")
_ROLL_REFUSALS: tuple[str, ...] = tuple(APPOINTED_ROLL_REFUSALS)


def _appointed_roll(head: str, after: list[str]) -> list[str] | None:
    """九名获委任人士名单如下 + 财政司司长政治助理叶根铨 + … + 以及保安局局长政治助理卢奕基 → [任命叶根铨为…, …]
    (round 17): a lead announcing the people appointed (APPOINTED_ROLL_HEADS), then post + name items, one
    to a clause, at least two; the roll ends at the first clause that is not one. None otherwise."""
    h = head.strip(" \u3000").rstrip("：:")
    if not h.endswith(_ROLL_HEADS) or any(word in h for word in _ROLL_REFUSALS):
        return None
    changes: list[str] = []
    for clause in after:
        item = _ROLL_ITEM_LEAD_RE.sub("", clause.strip(" \u3000").rstrip("。；;，,"))
        holder = _post_and_name(item)
        if holder is None:
            break
        changes.append(f"任命{holder[0]}为{holder[1]}")
    return changes if len(changes) >= 2 else None


def _joined_name_clauses(clauses: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """A clause that is only a name (and a reason), joined to the next clause of its sentence when that
    one opens with a verb printed after a name: 张三，免去X职务 → 张三免去X职务 (the comma of a list
    line); 张三同志，因年龄原因，不再担任X → 张三同志不再担任X. Pairs joined by 、 after one verb are
    split: 任命张三为X、李四为Y → 任命张三为X / 李四为Y (the verb carried as over a comma)."""
    if any("、" in clause and _PAIR_LINKS_RE.search(clause) for _, clause in clauses):
        clauses = [
            (new_sentence and i == 0, piece)
            for new_sentence, clause in clauses
            for i, piece in enumerate(
                _split_pairs(clause) if "、" in clause and _PAIR_LINKS_RE.search(clause) else [clause]
            )
        ]
    joined: list[tuple[bool, str]] = []
    k = 0
    while k < len(clauses):
        new_sentence, clause = clauses[k]
        if k + 1 < len(clauses) and not clauses[k + 1][0] and ("下列" in clause or "以下" in clause):
            listed = _names_under_header(clause, clauses[k + 1][1])
            if listed:
                joined.append((new_sentence, listed))
                k += 2
                continue
        if k + 1 < len(clauses) and any(gate in clause for gate in ROLL_HEAD_GATES):
            roll = _appointed_roll(clause, [c for _new, c in clauses[k + 1 : k + 40]])
            if roll:  # 获委任人士名单如下：X局局长政治助理A；…；以及Y局局长政治助理B (round 17): one change each
                joined.extend((new_sentence and i == 0, change) for i, change in enumerate(roll))
                k += 1 + len(roll)
                continue
        if k + 1 < len(clauses) and not clauses[k + 1][0] and ("候任" in clause or "转正" in clause):
            following = [c for new, c in clauses[k + 1 : k + 3] if not new]
            holders = _holders_listed(clause, following)
            if holders:  # 候任主要官员…，分别为X司司长A、… (round 15): one change each
                joined.extend((new_sentence and i == 0, change) for i, change in enumerate(holders[0]))
                k += 1 + holders[1]
                continue
        if k + 1 < len(clauses) and not clauses[k + 1][0] and "的" in clause:
            listed = _names_after_post(clause, clauses[k + 1][1])
            if listed:
                joined.append((new_sentence, listed))
                k += 2
                continue
        if k + 1 < len(clauses) and not clauses[k + 1][0] and ("名" in clause or "位" in clause or "人" in clause):
            counted = _counted_names(clause, clauses[k + 1][1])
            if counted:
                joined.append((new_sentence, counted))
                k += 2
                continue
        if "的" in clause and "、" in clause and (in_clause := _NAMES_AFTER_POST_IN_CLAUSE_RE.match(clause)):
            listed = _names_after_post(in_clause.group("head"), _LAST_NAME_JOIN_RE.sub("、", clause[in_clause.end() :]))
            if listed:
                joined.append((new_sentence, listed))
                k += 1
                continue
        if k + 1 < len(clauses) and not clauses[k + 1][0]:
            bare = clause.strip(" \u3000")
            if bare[:1] in _ENUMERATION_FIRST:
                bare = _ENUMERATION_RE.sub("", bare, count=1)  # 1. 张三，免去…
            if " " in bare or "\u3000" in bare:
                bare = _SPACED_NAME_RE.sub(r"\g<surname>", bare)  # 王　强因另有任用，免去其…职务 (round 9)
            step = 1
            after = clauses[k + 1][1].strip(" \u3000")
            if _REASON_ONLY_RE.match(after) and k + 2 < len(clauses) and not clauses[k + 2][0]:
                step, after = 2, clauses[k + 2][1].lstrip(" \u3000")  # 张三同志，因年龄原因，不再担任…
            if after.startswith(_ADVERBIAL_OPENERS) and (told := _described_name_clause(bare, clauses, k)) is not None:
                joined.append((new_sentence, told[0]))  # 此前卸任文化部部长的蔡武,在…会议上,被增补为X (round 24)
                k += told[1]
                continue
            if after.startswith(_AFTER_GROUND_CONNECTIVES) and ("因" in bare or "由于" in bare):
                connective = next(c for c in _AFTER_GROUND_CONNECTIVES if after.startswith(c))
                if after.startswith(_NAME_CLAUSE_OPENERS, len(connective)):
                    grounded = _NAME_ONLY_RE.match(bare) if len(bare) <= 40 else None
                    if grounded is not None and grounded.group("ground"):
                        after = after[len(connective) :]  # 张三因…，故申请辞去X: the connective dropped
            m = _NAME_ONLY_RE.match(bare) if len(bare) <= 40 and after.startswith(_NAME_CLAUSE_OPENERS) else None
            if m and _all_names(m.group("name")):
                if m.group("tail"):  # 张三同志退休，免去其X职务: the ground dropped (round 15)
                    bare = bare[: m.start("tail")]
                joined.append((new_sentence, bare + after))
                k += 1 + step
                continue
            if (
                step == 1
                and len(bare) <= 40
                and after.startswith(_HELD_NAME_MOVE_OPENERS)
                and not after.startswith(_NOT_MOVED_AFTER_COMMA)
                and (held_name := _held_post_and_name(bare)) is not None
            ):
                # 中国大唐集团总经理刘明胜，任国家电力投资集团董事长: the post held and the name, then the move (round 21)
                joined.append((new_sentence, held_name + after))
                k += 2
                continue
            if (
                after.startswith(_MOVED_AFTER_REASON)
                and (reason := _HELD_NAME_REASON_RE.match(bare)) is not None
                and (held := _without_held_post(reason.group("head") + _without_request(after))) is not None
            ):
                # 原中移动总经理王建宙因年龄已经61岁，改任董事长: the post held, the name, a reason, then the
                # move after the comma (bbs.kaiyuan, probe fit; round 19)
                joined.append((new_sentence, held))
                k += 1 + step
                continue
        joined.append((new_sentence, clause))
        k += 1
    return joined
