"""Extractor: tasks, with their lead units, supporting units, lead people and deadlines.

:func:`extract_tasks` reads the blocks of ONE document (its enclosed plan and attachments
included) in a single pass and returns ``(tasks, warnings)`` as typed records
(:class:`gazette_extract.data.Task`, :class:`gazette_extract.data.WarningRecord`), the shapes of
:class:`gazette_extract.models.Task` and :class:`gazette_extract.models.Warning`.

Shapes recognised (each with a real example)
    a/d. A numbered item followed by field lines of its own::

             21. 实施公用事业领域惠民行动，…
             主责单位：区城市管理委、区交通局
             完成时限：2021年12月底前

    b.   Numbered items followed by ONE bracket note that applies to every item since the
         previous note or heading that has no units of its own::

             1. 搭乘中关村论坛平台。…   2. …   3. …
             （牵头部门：区科技和信息化局、…；配合部门：区发展改革委、…）

    c/g. Task tables (tab-separated or Markdown pipe), found by their header names in any
         column order (一级/二级/三级工作任务 | 牵头单位 | 完成时限; 序号 | 项目内容 | 责任单位 | …).
    e/f. A numbered item (or numbered heading) ending in a bracket note::

             （三）完善农机装备创新体系。…（工业和信息化部、发展改革委、科技部、农业农村部等负责。
             列第一位者为牵头单位，下同）
             2. …。（责任领导：张三；牵头单位：区发改局；责任单位：区财政局、区税务局）
             3. …。（生态环境部牵头，发展改革委等按职责分工负责）

Decisions
    * Nothing is invented: only numbered items, numbered headings and table rows can be tasks,
      and only when a unit, person or deadline is attached to them as above. Narrative
      paragraphs — even one ending in （牵头部门：…）, as in part 三 of the 平谷“两区”方案 — and
      numbered lists without units are not tasks.
    * ``section`` holds the enclosing numbered headings as written, outermost first, markers and
      counts kept (``["一、学有所教和幼有所育（2件）"]``, ``["四、主要工作任务",
      "（一）借势搭乘市级三大平台"]``), so each can be found on the page. An unnumbered heading (a
      document, plan or attachment title, 附件3) closes all sections. A short unnumbered line
      right above a numbered item inside a section (加强基础设施建设, then 12.…) is a subheading:
      one more level, until the next subheading or a heading of its parent's rank. For table rows the
      higher task columns follow, as written (``"（一） 建立健全耕地保护责任体系"``).
    * ``text`` is the item without its numbering marker and without the unit note; for a table
      row, the deepest non-empty task cell (marker removed).
    * Roles: lead words (牵头单位, 牵头部门, 主责单位, 主要责任单位, X牵头) → ``lead_units``; support
      words (配合…, 协办…, 参与, 会同 Y) → ``support_units``; neutral words (责任单位, 负责,
      按职责分工负责) → lead, or support when a lead is named too. If the document states
      列第一位者为牵头单位 (or a variant) anywhere, the first unit of a neutral-only list is the lead
      and the rest support. A task naming units of one kind only has them all as lead.
    * Units are split on 、，,；;/ and on spaces between Chinese characters, and on 及/和/以及
      before a unit start (市级各有关部门及各县市区政府; not 文化和旅游部, 各有关部门和单位), never
      inside brackets (各乡镇（街道） stays whole), and kept as written, except that an "and others" tail
      (等, 等相关单位, 等有关部门和单位 …) is removed from the last unit when something is left:
      区委组织部等相关单位 → 区委组织部, but 各有关部门和单位 stays.
    * In a table, an empty cell is a merged cell: it takes the value of the row above within the
      same first-level group; repeated header rows (after page breaks) are skipped.
    * Field lines attach to the last numbered item, even across its description paragraphs;
      to a numbered heading only right below it (一、新建养老驿站 / 主责单位：区民政局).
    * ``lines`` of a task span its item and its own field lines (or its table row); a shared
      note (shape b) is not counted in each item's lines.

Warnings: ``task-count-mismatch`` (一、…（2件） disagrees with the tasks found under it; only
in a document that has tasks, so a narrative 二、主要任务（5项） alone is not flagged),
``deadline-unknown`` (read_deadline gave kind ``unknown``), ``task-without-units``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import field, replace
from itertools import combinations

from .. import codes
from .._fastclass import dataclass
from .._pattern_cache import compile_re
from ..data import Deadline, LineSpan, Task, WarningRecord, warning
from ..grammars.brackets import CLOSERS, OPENERS, matching_close, matching_open
from ..grammars.deadlines import read_deadline
from ..grammars.units import ends_like_unit, parse_units, split_units
from ..layout.blocks import DATE, HEADING, ITEM, MARKER_RE, PARAGRAPH, SIGNATURE, TABLE_ROW, Block, pipe_cells
from ..vocab.common import CJK as _CJK
from ..vocab.common import LazyPattern, alternation, compact
from ..vocab.deadlines import UNDATED_LIMIT_EVENTS, UNDATED_LIMIT_SPANS, UNDATED_LIMIT_WORDS
from ..vocab.numerals import CN_ORDINALS
from ..vocab.tasks import (
    BARE_NOTE_NEVER_STARTS,
    BARE_NOTE_UNIT_ENDS,
    BARE_NOTE_UNIT_MAX,
    BARE_NOTE_UNIT_MIN,
    COMPLETION_HEADERS,
    COUNT_WORDS,
    DEADLINE,
    FIELD_KEYS,
    FIELD_LEAD_TAILS,
    GLUED_UNIT_ENDS,
    GLUED_UNIT_NEVER_NEXT,
    GLUED_UNIT_NEVER_STARTS,
    HINT_WORDS,
    LEAD,
    LEAD_MARKS,
    LEAD_SIGNS,
    LIST_VERB_TAILS,
    NOTE,
    NOTE_VERBS,
    NOTE_WITH,
    NUMBER,
    PEOPLE,
    RESPONSIBLE,
    ROLE_AS_UNIT_NEVER_ENDS,
    ROLE_AS_UNIT_NEVER_OPENS,
    SUPPORT,
    TABLE_HEADERS,
    TASK_LEVELS,
    TEXT,
    TEXT_HEADER_ENDS,
    TEXT_HEADER_NEVER,
)
from .people import is_person_name

__all__ = ["UnitRoles", "extract_tasks", "parse_unit_note", "split_units", "table_columns"]

# Warning codes (the registry: codes.py)
COUNT_MISMATCH = codes.TASK_COUNT_MISMATCH
DEADLINE_UNKNOWN = codes.DEADLINE_UNKNOWN
WITHOUT_UNITS = codes.TASK_WITHOUT_UNITS
UNIT_LIST_UNCLEAR = codes.UNIT_LIST_UNCLEAR


# ---------------------------------------------------------------------------------------------
# Patterns (compiled once)
# ---------------------------------------------------------------------------------------------

# A field key and its colon, anywhere in a note or line.
FIELD_RE = compile_re(
    rf"""
    (?P<key>{alternation(FIELD_KEYS)})   # 牵头部门 / 责任单位 / 完成时限 …
    \s*[：:]\s*                            # 牵头部门：区商务局 ; 责任单位:区财政局 (before folding)
    """,
    re.VERBOSE,
)
# A key printed in brackets: 【牵头单位】市发展改革委 / [责任单位]区财政局.
BRACKET_KEY_RE = LazyPattern(
    rf"""
    [【\[〔]\s*
    (?P<key>{alternation(FIELD_KEYS)})   # 【牵头单位】 / [ 责任单位 ]
    \s*[】\]〕]\s*[：:]?\s*
    """,
    re.VERBOSE,
)
# Any key of a note, known or not, after a separator: …，参加单位：Y / …；适用范围：全区.
ANY_KEY_RE = LazyPattern(rf"(?<=[，,；;。\s])[{_CJK}]{{2,6}}\s*[：:]")
SENTENCE_END_RE = compile_re(r"[。！？]")
UNIT_PIECE_SEP_RE = compile_re(r"[、，,；;]")
# What ends a table printed one cell per line: a signature or date line, a heading.
SIGNATURE_LIKE_RE = compile_re(rf"政府|办公室|年\d{{1,2}}月|附件|[{CN_ORDINALS}]、")
# A note right after a sentence end, where a note may close a task inside an item: 。（X牵头）
NOTE_START_RE = compile_re(r"[。；;！!](?=[（(【\[〔])")
# A note closing a CLAUSE, with no sentence end before it: …完成开工（X负责）；推进…（Y负责）。
NOTE_CLOSES_CLAUSE_RE = compile_re(r"[）)】\]〕](?=[；;。])")
# A numbering marker inside a paragraph (a heading may run into it: 二、稳定就业3.加大…):
# …创新消费场景。(…负责) 2.落实好… (豫政〔2023〕5号, stored as one line).
# (the look-behind after the first digit, not before it: sre scans for digits, 3x faster)
RUN_IN_MARKER_RE = compile_re(r"(?P<n>\d(?<![\d.．A-Za-z]\d)\d?)[.．、](?![\d%％])")
# A field inline after a sentence of an item: …。【牵头单位】X / …。牵头单位：X
INLINE_FIELD_RE = compile_re(rf"[。；;]\s*(?=[【\[〔]?\s*(?:{alternation(FIELD_KEYS)})\s*(?:[】\]〕]|[：:]))")
# A deadline stated in the task's own sentence, at the start of a clause: 2020年6月底前，建立… /
# 到2022年，基本建成… ; a bare year (2019年，全市…) is narrative, not a deadline.
OWN_DEADLINE_RE = compile_re(
    r"""
    (?:^|(?<=[。；;，,：:]))
    (?:
        (?:到|至|力争到|力争在|争取到|争取在|在)(?P<by>\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|上半年|下半年)?(?:前|以前|之前)?)  # 到2022年
      (?=[，,])
      | (?P<before>\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|上半年|下半年)?(?:前|以前|之前)   # 2020年6月底前
          |(?:\d{1,2}月(?:\d{1,2}日|底|末)|年底|年末|上半年|下半年)(?:前|以前|之前))   # (the document's year) 年底前 / 6月底前
      (?=[，,]|[^\W\d_])   # 2022年10月底前编制并公布…: a 前 phrase may run into its verb
    )
    """,
    re.VERBOSE,
)
# A date in a deadline cell of steps (1.4月底前主体完工。2.8月底前竣工交付。 / 2022年6月底前…；12月底前…):
# two or more different ones make the cell a schedule, not one deadline.
STEP_DATE_RE = compile_re(
    r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前|之前)?"
    r"|\d{4}年(?:底|末|上半年|下半年)(?:前|以前|之前)?"
)
# A paragraph that is a field line of the item above it.
FIELD_LINE_RE = compile_re(
    rf"""
    ^[【\[〔]?\s*(?:{alternation(FIELD_KEYS)})\s*(?:[】\]〕]|[：:])   # 主责单位：区教委 ; 【牵头单位】区教委
    """,
    re.VERBOSE,
)
# The rule that makes the first unit of each list the lead, stated once in a document.
FIRST_IS_LEAD_RE = LazyPattern(
    r"""
    [。．.，,；;\s]*                          # the sentence before it: …等负责。列第一位者…
    (?:以上|上述|下同[，,])?
    (?:(?:列|排|位)(?:在|于)?(?:第一位|首位|第一)   # 列第一位 / 排在第一位 / 排在首位
       (?:者|的)?(?:部门|单位)?                  # 者 / 的部门 / 的单位
     | 第一(?:责任)?(?:单位|部门))              # 第一责任单位为牵头单位 (厦门 2019)
    (?:为|是|系)牵头(?:或汇总)?(?:单位|部门)?   # 为牵头单位 / 为牵头部门 / 为牵头或汇总单位 (丽水 2023)
    (?:[，,；;]?\s*下同)?                     # ，下同
    [。．.]?
    """,
    re.VERBOSE,
)
# The first-is-lead rule printed as a bracketed remark inside a unit list, taken out of it:
# 市发改委、市财政局(第一责任单位为牵头单位,下同) (厦门 2019) /
# 市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同) (丽水 2023).
FIRST_IS_LEAD_REMARK_RE = compile_re(r"[（(][^（）()]{0,40}?(?:第一|首位)[^（）()]{0,20}?牵头[^（）()]{0,30}[）)]")
FIELD_LEAD_TAIL_RE = compile_re(rf"(?:{alternation(FIELD_LEAD_TAILS)})$")
# The legend of a lead sign, in a list's bracket or on a line of its own (LEAD_SIGNS):
# （*为牵头单位） / 注：带★号的为牵头单位 / 标“△”者为牵头部门 / 加※的单位是牵头单位.
_SIGN_CLASS = "[" + re.escape(LEAD_SIGNS) + "]"
LEAD_SIGN_LEGEND_RE = compile_re(
    r"[（(]?(?:注[：:]\s*)?(?:带有?|标有?|标注|加注?|有|打)?[“\"'‘]?"
    + _SIGN_CLASS
    + r"[”\"'’]?号?(?:的|者)?(?:单位|部门)?(?:为|是|系)牵头(?:单位|部门)?[）)]?"
)
_SIGNS = tuple(LEAD_SIGNS)
_TEXT_HEADER_ENDS = tuple(TEXT_HEADER_ENDS)
# Verbs closing a unit list in an unkeyed note: 牵头 / 负责 / 按职责分工负责 / 参与 / 会同.
NOTE_VERB_RE = compile_re(alternation(list(NOTE_VERBS) + list(NOTE_WITH)))
# A category heading's count: 一、学有所教和幼有所育（2件） ; 二、重点任务（12项）
COUNT_RE = compile_re(rf"[（(](?P<n>\d{{1,3}})(?:{alternation(COUNT_WORDS)})[）)]$")
# Any word a unit note, field line or unit column must contain (quick rejection).
HINT_RE = compile_re(alternation(HINT_WORDS))
# An unnumbered subheading: a short line, no clause punctuation or brackets, right above a
# numbered item inside a numbered section — 加强基础设施建设 (咸安 2023, under （一）…, above 12.).
SUBHEADING_RE = compile_re(rf"[{_CJK}][^。，；：:,;！？!?、（）()【】\[\]\s]{{1,19}}")
# A header cell: spaces, a trailing bracketed remark and a leading year removed — 责任单位（部门） →
# 责任单位, 2022年预期目标 → 预期目标.
_HEADER_REMARK_RE = compile_re(r"\s+|[（(][^）)]*[）)]$|^\d{4}年度?")  # and a year before it: 2022年预期目标

_HEADER_YEAR_RE = compile_re(r"\d{4}年度?")
# The government level inside a leader column's name: 分管县领导 → 分管领导 (南陵 2024), 责任区领导
_LEADER_LEVEL_RE = compile_re(r"(?<=分管|责任|牵头|联系)[省市县区镇乡州旗](?=领导$)")
_HEADERS_LONGEST: tuple[str, ...] = tuple(sorted(TABLE_HEADERS, key=len, reverse=True))

_OPENERS, _CLOSERS = OPENERS, CLOSERS  # the brackets a note may stand in
_NOTE_TRAIL = "。；;，, "  # punctuation allowed after a closing note: …（商务部负责）。
_UNIT_STRIP = " 。．.：:；;，,、"
_MAX_NOTE = 400  # a longer bracket is prose, not a unit note
_MAX_UNIT = 40  # a longer "unit" is prose: the note is rejected
_RANKS = {"cn": 1, "paren_cn": 2, "num": 3, "paren_num": 4, "circled": 5, "article": 6}


# ---------------------------------------------------------------------------------------------
# Units and notes: small pure functions
# ---------------------------------------------------------------------------------------------


def _trim(text: str) -> str:
    """Whitespace (any) and list punctuation off both ends: ' 区教委 。' → '区教委'."""
    while True:
        trimmed = text.strip().strip(_UNIT_STRIP)
        if trimmed == text:
            return text
        text = trimmed


def _unit_pairs(text: str, role: str, problems: list[str] | None = None) -> list[tuple[str, str]]:
    """Units of a list with their role; a unit marked 区发改局（牵头） is a lead. A list the unit
    grammar refuses gives no units; its reason goes to ``problems`` (a warning)."""
    pairs = []
    if any(sign in text for sign in _SIGNS):  # 县税务局*、县财政局（*为牵头单位）: the legend is no unit
        text = LEAD_SIGN_LEGEND_RE.sub("", text)
    parsed = parse_units(text)
    if parsed.problem and problems is not None:
        problems.append(parsed.problem)
    for unit in parsed.units:
        if not unit.endswith(LEAD_MARKS):  # one C-level test first: most units carry no mark
            pairs.append((role, unit))
            continue
        for mark in LEAD_MARKS:
            if unit.endswith(mark) and len(unit) > len(mark):
                pairs.append((LEAD, unit[: -len(mark)]))
                break
        else:
            pairs.append((role, unit))
    return pairs


_MAX_SIDE_BY_SIDE = 4  # bracketed fields side by side that make one note


def _trailing_note(text: str) -> tuple[int, str] | None:
    """(start, content) of a bracket note closing the text: …发展。（商务部负责） → content 商务部负责."""
    end = len(text)
    while end and text[end - 1] in _NOTE_TRAIL:
        end -= 1
    if not end or text[end - 1] not in _CLOSERS:
        return None
    start = matching_open(text, end - 1, openers=_OPENERS, closers=_CLOSERS, limit=_MAX_NOTE)
    if start < 0:
        return None
    contents = [text[start + 1 : end - 1]]
    # keyed fields each in its own bracket, side by side: …。[责任单位:区发改局] [完成时限:长期坚持]
    while FIELD_RE.search(contents[0]) and len(contents) < _MAX_SIDE_BY_SIDE:
        before = text[:start].rstrip(" \u3000")
        if not before or before[-1] not in _CLOSERS:
            break
        other = matching_open(before, len(before) - 1, openers=_OPENERS, closers=_CLOSERS, limit=_MAX_NOTE)
        if other < 0 or not FIELD_RE.search(before[other + 1 : -1]):
            break
        contents.insert(0, before[other + 1 : -1])
        start = other
    return start, "；".join(contents)


_SENTENCE_NOTE_MAX = 60  # a longer last sentence is prose about the units, not a note
_SENTENCE_UNIT_MAX = 16  # 县住房和城乡建设局, 市场监管局: a unit outside a bracket is short
_PROSE_IN_UNIT = "由的其将按把被在要"  # words of a clause, never inside a unit's name
_SENTENCE_RULE_MAX = 8  # 长期坚持 / 每年年底前: an unbracketed note's ongoing or yearly deadline is short


# a unit named as a role's holder in a closing sentence: 县财政局为牵头单位 → 县财政局牵头 (rosters round 18)
_ROLE_AS_UNIT = {"牵头": "牵头", "责任": "负责", "配合": "配合", "协办": "协办", "参与": "参与"}
_ROLE_AS_UNIT_RE = compile_re(r"为(?P<role>牵头|责任|配合|协办|参与)(?:单位|部门)(?=[，,；;。]|$)")
_ROLE_AS_UNIT_NEVER_OPENS = tuple(sorted(ROLE_AS_UNIT_NEVER_OPENS, key=len, reverse=True))
_ROLE_AS_UNIT_NEVER_ENDS = tuple(sorted(ROLE_AS_UNIT_NEVER_ENDS, key=len, reverse=True))


def _roles_as_verbs(sentence: str) -> str:
    """县财政局为牵头单位，各乡镇为配合单位 → 县财政局牵头，各乡镇配合 (rosters round 18); the sentence unchanged when a
    clause before 为 opens on a clause's word or ends on a negation or a plan (以县财政局为牵头单位, 县财政局不再为…:
    vocab ROLE_AS_UNIT_NEVER_OPENS / _ENDS — review round 18), so that no such word is read into a unit."""
    for m in _ROLE_AS_UNIT_RE.finditer(sentence):
        start = max(sentence.rfind(sep, 0, m.start()) for sep in "，,；;") + 1
        unit = sentence[start : m.start()]
        if unit.startswith(_ROLE_AS_UNIT_NEVER_OPENS) or unit.endswith(_ROLE_AS_UNIT_NEVER_ENDS):
            return sentence
    return _ROLE_AS_UNIT_RE.sub(lambda m: _ROLE_AS_UNIT[m.group("role")], sentence)


def _closing_sentence_note(text: str, line: int) -> tuple[int, UnitRoles] | None:
    """A note printed as the item's last sentence, with no bracket (tasks round 5):
    …开展信用修复。县发改局负责，2021年6月30日前完成。 / …。市商务局牵头，市财政局配合。 → (where that
    sentence starts, its units). Only a sentence that is unit lists each closed by a verb, then at
    most a deadline (see :func:`_verb_roles`), after a sentence of the task's own."""
    body = text.rstrip(_NOTE_TRAIL)
    cut = max(body.rfind("。"), body.rfind("；"), body.rfind(";"))
    if cut <= 0 or len(body) - cut > _SENTENCE_NOTE_MAX or _depth(body[:cut]) != 0:
        return None
    sentence = body[cut + 1 :]
    # …。——县财政局牵头: the dash no unit's; 明确/确定/责成县财政局负责: no unit's word (rosters round 18)
    sentence = sentence.lstrip("—－─- \u3000").removeprefix("明确").removeprefix("确定").removeprefix("责成")
    if "为" in sentence:  # 县财政局为牵头单位，各乡镇为配合单位 (rosters round 18): the roles as the verbs say them
        sentence = _roles_as_verbs(sentence)
    if not NOTE_VERB_RE.search(sentence) and _note_deadline(sentence) is not None:
        # …。县财政局牵头，各乡镇配合。2023年底前完成。 (rosters round 18): the units' sentence before a deadline's own
        before = max(body.rfind("。", 0, cut), body.rfind("；", 0, cut), body.rfind(";", 0, cut))
        if before <= 0 or cut - before > _SENTENCE_NOTE_MAX:
            return None
        sentence = f"{body[before + 1 : cut]}，{sentence}"
        cut = before
    if not NOTE_VERB_RE.search(sentence):
        return None
    roles = _verb_roles(sentence, line)
    if roles is None or not roles.has_units() or roles.problems:
        return None
    # no bracket says it is a note: every unit must end as a unit does (明确建设进度时间安排，协同
    # 解决… is a task's own clause), and a deadline must be a date (not prose read as ongoing)
    if any(
        len(unit) > _SENTENCE_UNIT_MAX or not ends_like_unit(unit) or any(c in unit for c in _PROSE_IN_UNIT)
        for _role, unit in roles.units
    ):
        return None  # 其后勤工作分别由水电部和宜昌市人民政府负责 is a sentence about units
    if roles.deadline is not None:
        kind = read_deadline(roles.deadline).kind
        if not (kind == "by" or (kind in ("ongoing", "recurring") and len(roles.deadline) <= _SENTENCE_RULE_MAX)):
            return None
    return cut + 1, roles


_BARE_NOTE_UNIT_ENDS = tuple(sorted(BARE_NOTE_UNIT_ENDS, key=len, reverse=True))
_BARE_NOTE_MAX = 120  # a bracket of a few unit names; a longer one is prose
_BARE_NOTE_AFTER = (
    "。",
    "；",
    ";",
    "！",
    "!",
)  # the item's sentence closed before the bracket: 主要领导（文明办、…） names who, not a note


def _bare_unit_note(content: str, line: int) -> UnitRoles | None:
    """A bracket of unit names only, no verb and no key, closing a numbered item after its last sentence (rosters
    and tasks round 18): …要准备寒冬送暖事宜。(民政局) / …。（县民政局、县财政局）; never glued to a noun (有关部门主要
    领导（文明办、社发局…）: who attend). Every name must end as an organ does and open
    like no remark (BARE_NOTE_UNIT_ENDS, BARE_NOTE_NEVER_STARTS): （试行）, （以下简称市发改委）, （含各乡镇）,
    （全部） are no notes. The names are responsible units (all lead, or the first when the document says the
    first listed leads)."""
    content = content.strip(" \u3000")
    if not content or len(content) > _BARE_NOTE_MAX or content.startswith(BARE_NOTE_NEVER_STARTS):
        return None
    units = split_units(content)
    if not units:
        return None
    for unit in units:
        if not (BARE_NOTE_UNIT_MIN <= len(unit) <= BARE_NOTE_UNIT_MAX) or not unit.endswith(_BARE_NOTE_UNIT_ENDS):
            return None
        if unit.startswith(BARE_NOTE_NEVER_STARTS) or any(ch in unit for ch in _PROSE_IN_UNIT):
            return None
    return UnitRoles(units=[(RESPONSIBLE, unit) for unit in units])


def _inner_notes(text: str, line: int) -> list[tuple[int, int, UnitRoles]]:
    """Unit notes that close sentences INSIDE an item: …。（X牵头）…。（Y负责） → [(open, close, roles)].

    Only returned when there are two or more, or one that is followed by more text; a single
    note at the end is the ordinary shape (see :func:`_trailing_note`)."""
    found: list[tuple[int, int, UnitRoles]] = []
    for m in NOTE_START_RE.finditer(text):
        opened = m.end()  # the bracket after the sentence end
        closed = matching_close(text, opened, limit=_MAX_NOTE)
        if closed < 0:
            continue
        roles = parse_unit_note(text[opened + 1 : closed], line=line)
        if roles is not None:
            found.append((opened, closed + 1, roles))
    found.extend(_clause_notes(text, line, {f[0] for f in found}))
    found.sort(key=lambda f: f[0])
    if not found:
        return []
    tail = text[found[-1][1] :].strip(_NOTE_TRAIL)
    if len(found) == 1 and not tail:
        return []  # the ordinary trailing note
    if tail and len(found) == 1:
        return []  # one note and more text after it: which sentence it covers is unclear
    return found


def _clause_notes(text: str, line: int, seen: set[int]) -> list[tuple[int, int, UnitRoles]]:
    """Unit notes closing a clause with no sentence end before them, each followed by ；or 。:
    推进项目建设，6月底前完成开工（区发改委负责）；推进老旧小区改造（区住建局负责）。 — each note
    covers its own clause, so the item is two tasks, not one led by the last note's unit."""
    found: list[tuple[int, int, UnitRoles]] = []
    for m in NOTE_CLOSES_CLAUSE_RE.finditer(text):
        opened = matching_open(text, m.start(), openers=_OPENERS, closers=_CLOSERS, limit=_MAX_NOTE)
        if opened <= 0 or opened in seen:
            continue
        roles = parse_unit_note(text[opened + 1 : m.start()], line=line)
        if roles is not None and roles.has_units():
            found.append((opened, m.start() + 1, roles))
    return found


def _units_then_deadline(text: str, start: int, content: str, line: int) -> tuple[int, UnitRoles] | None:
    """A unit note, then its deadline in a bracket of its own (rosters round 3):
    …。（区发改委牵头，区财政局配合）（完成时限：2024年6月底前） / …（责任单位：X）（2024年6月底前完成）
    → (where the unit note starts, its units with that deadline). None when the last bracket is
    not a deadline alone or the one before it names no unit."""
    keyed = parse_unit_note(content, line=line)
    if keyed is not None and not keyed.has_units() and not keyed.people and keyed.deadline:
        deadline = keyed.deadline
    elif keyed is None and (bare := _note_deadline(content)) is not None:
        deadline = bare
    else:
        return None
    before = text[:start].rstrip(" \u3000")
    if not before or before[-1] not in _CLOSERS:
        return None
    other = matching_open(before, len(before) - 1, openers=_OPENERS, closers=_CLOSERS, limit=_MAX_NOTE)
    if other <= 0:
        return None
    roles = parse_unit_note(before[other + 1 : -1], line=line)
    if roles is None or not roles.has_units() or roles.deadline is not None:
        return None  # two deadlines, or no unit: which the task has is unclear
    roles.deadline, roles.deadline_line = deadline, line
    return other, roles


def _run_in_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of numbered items run together in one paragraph — a page stored as one line:
    …创新消费场景。(…负责) 2.落实好…。(…负责) 3.激活… — only a run of consecutive numbers
    (1., 2., 3. …), so 90条 or 2.5% never start an item."""
    marks = [(m.start(), m.end(), int(m.group("n"))) for m in RUN_IN_MARKER_RE.finditer(text)]
    best: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    for mark in marks:
        if run and mark[2] == run[-1][2] + 1:
            run.append(mark)
        elif mark[2] == 1 or not run:
            run = [mark]
        else:
            continue
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return []
    return [(a[1], (b[0] if b else len(text))) for a, b in zip(best, [*best[1:], None], strict=False)]


def _depth(text: str) -> int:
    return sum(text.count(o) for o in _OPENERS) - sum(text.count(c) for c in _CLOSERS)


def _cut_note(text: str, line: int) -> tuple[int, UnitRoles] | None:
    """A unit note cut off by the end of a stored page: …。（市发展改革委、市财政局、人民 — the
    task is kept; units only from lists already closed by their verb (X牵头，Y、人…) or, in a
    keyed note, up to the last separator (牵头单位:X;责任单位:Y、Z、); the unfinished rest is
    left out, with a warning."""
    opened = max(text.rfind(o) for o in _OPENERS)
    if opened <= 0 or text[opened - 1] not in "。；;" or any(c in text[opened:] for c in _CLOSERS):
        return None
    content = text[opened + 1 :]
    first = UNIT_PIECE_SEP_RE.split(content, 1)[0].strip()
    if len(content) > _MAX_NOTE or not (HINT_RE.search(content) or (ends_like_unit(first) and len(first) <= _MAX_UNIT)):
        return None  # （详见附 is no note; （市发展改革委、市财政局、人民 is one
    if FIELD_RE.search(unbracket_keys(content)):
        # keyed: every piece up to the last separator is whole — （牵头单位:X;责任单位:Y、Z、
        complete = content[: max((content.rfind(c) for c in "、，,；;"), default=-1) + 1]
        closed = parse_unit_note(complete, line=line) if complete else None
    else:
        last_verb = None
        for last_verb in NOTE_VERB_RE.finditer(content):  # noqa: B007 - the loop keeps the last match
            pass
        closed = parse_unit_note(content[: last_verb.end()], line=line) if last_verb else None
    roles = closed if closed is not None and not closed.problems else UnitRoles()
    roles.problems.append((f"the text ends inside a unit note: {content[-20:]}", line))
    return opened, roles


def _segment_notes(text: str, line: int) -> list[tuple[int, int, UnitRoles]]:
    """Every unit note closing a sentence in ``text`` — like :func:`_inner_notes`, but a single
    note is kept too, and text after the last note (a heading run into the line) is ignored."""
    found: list[tuple[int, int, UnitRoles]] = []
    for m in NOTE_START_RE.finditer(text):
        opened = m.end()
        closed = matching_close(text, opened, limit=_MAX_NOTE)
        if closed < 0:
            continue
        roles = parse_unit_note(text[opened + 1 : closed], line=line)
        if roles is not None:
            found.append((opened, closed + 1, roles))
    return found


@dataclass(slots=True)
class UnitRoles:
    """What a note, field line or table row says about a task, before roles are resolved."""

    units: list[tuple[str, str]] = field(default_factory=list)  # (role, unit) in text order
    people: list[str] = field(default_factory=list)
    deadline: str | None = None
    deadline_line: int = 0
    problems: list[tuple[str, int]] = field(default_factory=list)  # unit lists refused: (why, line)

    def add(self, other: UnitRoles) -> None:
        self.units.extend(other.units)
        self.people.extend(other.people)
        self.problems.extend(other.problems)
        if self.deadline is None and other.deadline:
            self.deadline, self.deadline_line = other.deadline, other.deadline_line

    def copy(self) -> UnitRoles:
        return UnitRoles(list(self.units), list(self.people), self.deadline, self.deadline_line, list(self.problems))

    def has_units(self) -> bool:
        return bool(self.units)

    def empty(self) -> bool:
        return not (self.units or self.people or self.deadline)


def unbracket_keys(text: str) -> str:
    """【牵头单位】X / [责任单位]X / 〔责任单位：〕X → 牵头单位：X, so one key grammar reads them all."""
    if not any(ch in text for ch in "【[〔"):
        return text
    return BRACKET_KEY_RE.sub(lambda m: m.group("key") + "：", text)


_UNIT_ROLES = (LEAD, RESPONSIBLE, SUPPORT)


def _deadline_after_units(value: str) -> tuple[int, str] | None:
    """A unit key's value closed by a deadline after a comma or semicolon (rosters round 18):
    县财政局，2023年底前完成 → (where the deadline's piece starts, 2023年底前完成). None otherwise."""
    cut = max(value.rfind(sep) for sep in "，,；;")
    if cut <= 0:
        return None
    said = _note_deadline(value[cut + 1 :])
    return (cut, said) if said is not None else None


def _keyed_roles(text: str, line: int = 0) -> UnitRoles:
    """牵头部门：A、B；配合部门：C → lead A, B; support C. A value runs to the next key, known
    or not: （牵头单位：X，参加单位：Y） / （负责部门：X；适用范围：全区）."""
    roles = UnitRoles()
    text = unbracket_keys(text)
    matches = list(FIELD_RE.finditer(text))
    for i, m in enumerate(matches):
        value_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        other = ANY_KEY_RE.search(text, m.end(), value_end)  # 适用范围： ends the value too
        if other:
            value_end = other.start()
        value = text[m.end() : value_end]
        role = FIELD_KEYS[m.group("key")]
        stop = SENTENCE_END_RE.search(value)  # 〔责任单位:X按职责分工负责。具体任务均涉及…，下同。〕
        if stop and _depth(value[: stop.start()]) == 0:
            value, after = value[: stop.start()], value[stop.end() :]
            if role in _UNIT_ROLES and roles.deadline is None and (said := _note_deadline(after)) is not None:
                roles.deadline, roles.deadline_line = said, line  # 责任单位：县财政局。2023年底前完成。
        value = value.strip(_UNIT_STRIP)
        if not value:
            continue
        if role in _UNIT_ROLES and (cut := _deadline_after_units(value)) is not None:
            value = value[: cut[0]].strip(_UNIT_STRIP)  # 责任单位：县财政局，2023年底前完成: a date is no unit
            if roles.deadline is None:
                roles.deadline, roles.deadline_line = cut[1], line
        if role in (RESPONSIBLE, LEAD) and ("第一" in value or "首位" in value):
            value = FIRST_IS_LEAD_REMARK_RE.sub("", value)  # 市财政局(第一责任单位为牵头单位,下同)
        tail = FIELD_LEAD_TAIL_RE.search(value) if role in (RESPONSIBLE, LEAD) else None
        if tail:  # 市人力社保局、市农业农村局分别牵头: each one leads
            value, role = value[: tail.start()], LEAD
        if role == RESPONSIBLE and (noted := _lead_verbs(value, line)):
            roles.add(noted)  # 责任单位：县住建局牵头，县自然资源局、县发改局按职责分工负责 — the value names the roles
            continue
        if role == NOTE:  # 部门分工:省发展改革委牵头,各地、各部门配合。
            noted = _verb_roles(value, line)
            if noted is None:
                roles.problems.append((f"a role note that does not read: {value[:30]}", line))
            else:
                roles.add(noted)
        elif role == DEADLINE:
            if roles.deadline is None:
                roles.deadline, roles.deadline_line = value, line
        elif role == PEOPLE:
            roles.people.extend(_split_people(value))
        else:
            problems: list[str] = []
            roles.units.extend(_unit_pairs(value, role, problems))
            roles.problems.extend((why, line) for why in problems)
    return roles


def _lead_verbs(value: str, line: int) -> UnitRoles | None:
    """A 责任单位 value or cell that names its roles by verbs, one of them a lead
    (县住建局牵头，县自然资源局、县发改局按职责分工负责): read as the bracket note is. None otherwise:
    the value stays a plain unit list (市发改委负责 gives no lead to read)."""
    if not NOTE_VERB_RE.search(value):
        return None  # most values: one C-level scan, no note read
    noted = _verb_roles(value, line)
    if noted is None or not any(role == LEAD for role, _unit in noted.units):
        return None
    return noted


def _split_people(text: str) -> list[str]:
    """张三、李四 / 省政府分管领导同志: people (or a description of them), as written."""
    return [p for p in (_trim(p) for p in UNIT_PIECE_SEP_RE.split(text)) if p]


# A time limit that names no date, the whole rest of a note: 待定 / 尽快 / 2021年春节前 / 三年内 (classes21)
_UNDATED_LIMIT_RE = compile_re(
    rf"^(?:{alternation(UNDATED_LIMIT_WORDS)}"
    rf"|(?:(?:19|20)\d\d年)?(?:{alternation(UNDATED_LIMIT_EVENTS)})(?:之|以)?前"
    rf"|[\d{CN_ORDINALS}两半]{{1,3}}(?:{alternation(UNDATED_LIMIT_SPANS)})(?:之|以)?内)(?:完成)?$"
)


def _note_deadline(text: str) -> str | None:
    """长期坚持 / 2020年6月底前完成 after the verbs of a note: the deadline, if it is one. A phrase that names
    its year only by the document's (年底前完成, 6月底前, 年内完成: precision round 17) is one too — the task
    reads it later with the document's year, as a 完成时限 field is read; so is a limit that names no date
    (待定, 尽快, 春节前, 三年内: the task's deadline is then ``unknown``)."""
    text = text.strip(_UNIT_STRIP)
    if not text or len(text) > 30:
        return None
    if read_deadline(text, year=_ANY_YEAR).kind != "unknown" or _UNDATED_LIMIT_RE.match(text):
        return text
    return None


_ANY_YEAR = 2000  # a year to test a phrase's form with (年底前 reads as a date in any year)


def _verb_roles(text: str, line: int = 0) -> UnitRoles | None:
    """生态环境部牵头，发展改革委等按职责分工负责 → lead 生态环境部, responsible 发展改革委.

    None unless the text is unit lists each closed by a verb, then at most a deadline
    (X负责，长期坚持 / X负责，2020年6月底前完成); so 2021年底前完成 alone is no note.
    """
    text = text.strip(_UNIT_STRIP)
    roles = UnitRoles()
    pos, override = 0, None
    problems: list[str] = []
    for m in NOTE_VERB_RE.finditer(text):
        segment = text[pos : m.start()].strip(_UNIT_STRIP)
        if segment.startswith("由"):
            segment = segment[1:]
        verb = m.group()
        if verb in NOTE_WITH:
            role, next_override = LEAD, SUPPORT  # A会同B负责: A leads, B supports
        else:
            role, next_override = override or NOTE_VERBS[verb], None
        if segment:
            roles.units.extend(_unit_pairs(segment, role, problems))
        override = next_override
        pos = m.end()
    if pos == 0 or problems:
        return None
    rest = text[pos:].strip(_UNIT_STRIP)
    if rest:
        deadline = _note_deadline(rest)
        if deadline is None:
            # the units after a separator only: 市发展改革委牵头市财政局 (glued) stays unclear
            listed = _bare_units_after_lead(rest, roles) if text[pos : pos + 1] in "，,；;、 \u3000" else None
            if listed is None:
                return None
            roles.units.extend(listed)  # 省政府办公厅、省财政厅牵头，省商务厅、省文旅厅: the rest beside the lead
        else:
            roles.deadline, roles.deadline_line = deadline, line
    return roles


def _bare_units_after_lead(rest: str, roles: UnitRoles) -> list[tuple[str, str]] | None:
    """The units a note lists with no verb after its lead's (X、Y牵头，Z、W — precision round 17): each a
    unit by its ending, read as responsible beside the lead (so they support). None when no lead was named
    or any piece is no unit (X牵头，确保按时完成), the leads' included (＊为牵头单位: a legend, no unit)."""
    leads = [unit for role, unit in roles.units if role == LEAD]
    if not leads or not all(ends_like_unit(unit) for unit in leads) or NOTE_VERB_RE.search(rest):
        return None
    problems: list[str] = []
    listed = _unit_pairs(rest, RESPONSIBLE, problems)
    if problems or not listed or not all(ends_like_unit(unit) for _role, unit in listed):
        return None
    return listed


def parse_unit_note(text: str, *, line: int = 0) -> UnitRoles | None:
    """The roles a bracket note names, or None if it is not a unit note.

    Keyed notes (牵头部门：…；配合部门：…, 【牵头单位】…) and verb notes (X牵头，Y参与 / A、B负责 /
    X负责，长期坚持) are both read; a 列第一位者为牵头单位 sentence inside the note is removed first.
    A keyed note whose unit list the grammar refuses is kept with no units and its problem.
    """
    if len(text) > _MAX_NOTE or not HINT_RE.search(text):
        return None
    if "第一" in text or "首位" in text:
        text = FIRST_IS_LEAD_RE.sub("", text)
    text = unbracket_keys(text)
    keyed = FIELD_RE.search(text) is not None
    roles = _keyed_roles(text, line) if keyed else _verb_roles(text, line)
    if roles is None or (roles.empty() and not roles.problems):
        return None
    if any(len(unit) > _MAX_UNIT or "。" in unit for _, unit in roles.units):
        return None
    return roles


def _resolve(units: list[tuple[str, str]], first_is_lead: bool) -> tuple[list[str], list[str]]:
    """(lead_units, support_units) from (role, unit) pairs; see the module's Decisions."""
    kinds = {role for role, _ in units}
    has_lead = LEAD in kinds
    lead: dict[str, None] = {}  # dicts keep the order and drop repeats
    support: dict[str, None] = {}
    first_taken = False
    for role, unit in units:
        if len(kinds) == 1 and not (first_is_lead and role == RESPONSIBLE):
            to_lead = True  # one kind named: all of them lead
        elif role in (LEAD, SUPPORT):
            to_lead = role == LEAD
        elif has_lead:
            to_lead = False  # 责任单位 beside a 牵头单位
        elif first_is_lead:
            to_lead, first_taken = not first_taken, True
        else:
            to_lead = True
        (lead if to_lead else support)[unit] = None
    return list(lead), [u for u in support if u not in lead]


def _states_first_is_lead(blocks: list[Block]) -> bool:
    """Whether the document says 列第一位者为牵头单位 / 排在第一位的部门为牵头部门 somewhere."""
    for block in blocks:
        text = block.text
        if ("第一" in text or "首位" in text) and "牵头" in text and FIRST_IS_LEAD_RE.search(text):
            return True
    return False


# A legend saying the lead units are printed in bold (加粗的为牵头单位 / 黑体字单位为牵头单位): the text has
# lost the bold (normalize drops **marks**; a page copied as text never had them).
BOLD_LEGEND_RE = compile_re(r"(?:加粗|粗体|黑体)[^。；;，,]{0,8}?(?:为|是|系)牵头")


def _states_bold_lead(blocks: list[Block]) -> bool:
    """Whether the document says its lead units are printed in bold (BOLD_LEGEND_RE)."""
    return any("牵头" in b.text and BOLD_LEGEND_RE.search(b.text) for b in blocks)


def _states_signs_lead(blocks: list[Block]) -> bool:
    """Whether the document says which units a sign marks as lead (（*为牵头单位）, 注：带★的为牵头单位)."""
    for block in blocks:
        text = block.text
        if "牵头" in text and any(sign in text for sign in _SIGNS) and LEAD_SIGN_LEGEND_RE.search(text):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def _header_name(cell: str) -> str:
    """A header cell without spaces, a trailing bracketed remark and a leading year (_HEADER_REMARK_RE):
    a cell with none of a space, a closing bracket at its end and a digit at its start (most cells, and
    every line a one-cell-per-line table is looked for in) is its name as it is."""
    if cell[-1:] not in "）)" and not cell[:1].isdecimal() and cell.split() == [cell]:
        return cell
    return _HEADER_REMARK_RE.sub("", cell)


def _header_cell(cell: str) -> tuple[str, int] | None:
    """一级工作任务 → (text, 1); 牵头单位 → (lead, 0); 责任单位（部门） → (responsible, 0)."""
    name = _header_name(cell)
    if not name or len(name) > 12:
        return None
    if "领导" in name:
        name = _LEADER_LEVEL_RE.sub("", name)  # 分管县领导 / 责任区领导 / 牵头市领导 → 分管领导 …
    role = TABLE_HEADERS.get(name)
    if role:
        return role, 0
    level = TASK_LEVELS.get(name[:2])
    if level and TABLE_HEADERS.get(name[2:], TEXT if not name[2:] else None) == TEXT:
        return TEXT, level
    return None


def _text_by_last_word(cell: str) -> bool:
    """项目名称, 建设内容: a task column by its last word (TEXT_HEADER_ENDS), where no column of the
    header is a task column by name."""
    name = _header_name(cell)
    return 0 < len(name) <= 12 and name.endswith(_TEXT_HEADER_ENDS) and not any(w in name for w in TEXT_HEADER_NEVER)


def table_columns(cells: list[str]) -> list[tuple[str, int] | None] | None:
    """Column roles of a task-table header row, or None if the row is not one."""
    if len(cells) < 2:
        return None
    columns = [_header_cell(c) for c in cells]
    roles = {c[0] for c in columns if c}
    if TEXT not in roles and roles & {LEAD, RESPONSIBLE, SUPPORT}:
        k = next((k for k, c in enumerate(cells) if columns[k] is None and _text_by_last_word(c)), None)
        if k is not None:  # | 序号 | 项目名称 | 牵头单位 | …: the first such column, and only one
            columns[k] = (TEXT, 0)
            roles.add(TEXT)
    if TEXT not in roles or not roles & {LEAD, RESPONSIBLE, SUPPORT, PEOPLE, DEADLINE}:
        return None
    return columns


@dataclass(slots=True)
class _Table:
    header: tuple[str, ...]
    columns: list[tuple[str, int] | None]
    text_cols: list[int]  # task columns, outermost level first
    carry: dict[int, str] = field(default_factory=dict)


def _new_table(cells: list[str], columns: list[tuple[str, int] | None]) -> _Table:
    levels = sorted((c[1], i) for i, c in enumerate(columns) if c and c[0] == TEXT)
    return _Table(tuple(cells), columns, [i for _, i in levels])


def _strip_marker(text: str) -> str:
    m = MARKER_RE.match(text)
    return text[m.end() :].strip() if m else text


# ---------------------------------------------------------------------------------------------
# The pass over a document's blocks
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Section:
    rank: float  # numbering rank (_RANKS); an unnumbered subheading sits half a rank below its parent
    text: str
    line: int
    expected: int | None  # （2件） → 2
    found: int = 0
    dropped: bool = False  # the heading turned out to be a task itself


@dataclass(slots=True)
class _Draft:
    order: tuple[int, int]  # (block index, note within the block), for ids in text order
    text: str
    sections: list[_Section]
    extra_section: list[str]  # table rows: the higher task cells
    start: int
    end: int
    roles: UnitRoles = field(default_factory=UnitRoles)
    schedule: str = ""  # a deadline cell of steps with several dates: no single deadline (warned)


class _Pass:
    def __init__(self, year: int | None, first_is_lead: bool, signs_lead: bool, bold_lead: bool) -> None:
        self.year = year  # the document's year: a deadline's month without one is read in it
        self.first_is_lead = first_is_lead
        self.signs_lead = signs_lead
        self.bold_lead = bold_lead  # the document prints its lead units in bold, which the text lost
        self.stack: list[_Section] = []
        self.counted: list[_Section] = []
        self.drafts: list[_Draft] = []
        self.open: _Draft | None = None  # the item field lines attach to
        self.open_is_task = False
        self.open_section: _Section | None = None  # when the open item is a numbered heading
        self.pending: list[_Draft] = []  # items a shared note (shape b) would apply to
        self.table: _Table | None = None
        self.last_index = -1  # the last block of the text: where a page stored cut off ends

    # -- helpers ----------------------------------------------------------------------------

    def _candidate(self, index: int, block: Block, text: str) -> _Draft:
        return _Draft((index, 0), text, list(self.stack), [], block.line, block.end_line)

    def _make_task(self, draft: _Draft) -> None:
        self.drafts.append(draft)
        for section in draft.sections:
            section.found += 1

    def _close(self) -> None:
        self.open, self.open_is_task, self.open_section = None, False, None

    def end_of_text(self) -> None:
        """A signature or date line: nothing above it takes field lines or notes any more."""
        self._close()
        self.pending = []

    def _pop(self, rank: int) -> None:
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()

    # -- block kinds -------------------------------------------------------------------------

    def heading(self, index: int, block: Block) -> None:
        self._close()
        self.pending = []
        self.table = None
        rank = _RANKS.get(block.style)
        if rank is None:  # a title, 附件3 …: closes every section
            self.stack = []
            return
        self._pop(rank)
        if self.numbered(index, block):
            return
        m = COUNT_RE.search(block.text)
        section = _Section(rank, block.text, block.line, int(m.group("n")) if m else None)
        self.stack.append(section)
        if section.expected is not None:
            self.counted.append(section)
        # a numbered heading directly followed by field lines is a task itself
        self.open = _Draft((index, 0), block.body, self.stack[:-1], [], block.line, block.end_line)
        self.open_section = section

    def subheading(self, block: Block) -> None:
        """An unnumbered subheading inside a numbered section: one more section level, closed by
        the next subheading or by a heading of its parent's rank or above."""
        self._close()
        self.pending = []
        while self.stack and self.stack[-1].rank % 1:  # the previous unnumbered subheading
            self.stack.pop()
        rank = (self.stack[-1].rank if self.stack else 0) + 0.5
        self.stack.append(_Section(rank, block.text, block.line, None))

    def numbered(self, index: int, block: Block) -> bool:
        """A numbered item or heading ending in a unit note becomes a task; True if it did.

        Several notes inside the item (…。（X牵头）…。（Y负责）) each close a task of their own; a
        field printed inline after a sentence (…。【牵头单位】X) is read like a field line."""
        text = block.body
        if not text:
            return False
        hint = HINT_RE.search(text) is not None
        if len(text) > 100 and hint and self._run_in(index, block, text):
            return True  # 一、… （一）… 1.…(note) 2.…(note): a page stored as one line
        notes = _inner_notes(text, block.end_line) if hint else []
        if notes:
            start = 0
            for k, (opened, closed, inner_roles) in enumerate(notes):
                piece = text[start:opened].strip().lstrip(_NOTE_TRAIL)
                if k:  # an item run into the previous one keeps no numbering: …）（二）推进… / …）2.推进…
                    piece = _strip_marker(piece)
                draft = self._candidate(index, block, piece or text)
                draft.order = (index, k)
                draft.roles = inner_roles
                self._make_task(draft)
                start = closed
            return True
        note = _trailing_note(text) if text[-1] in _CLOSERS + _NOTE_TRAIL else None
        closing: tuple[int, UnitRoles] | None = None  # where the closing note starts, and its units
        if note is not None:
            roles = parse_unit_note(note[1], line=block.end_line)
            closing = (note[0], roles) if roles is not None else None
            if roles is None or not roles.has_units():
                closing = _units_then_deadline(text, note[0], note[1], block.end_line) or closing
            if (
                closing is None
                and text[: note[0]].rstrip(" \u3000").endswith(_BARE_NOTE_AFTER)
                and (bare := _bare_unit_note(note[1], block.end_line)) is not None
            ):
                closing = (note[0], bare)  # …送暖事宜。(民政局): unit names only, after the item's last sentence
        elif index == self.last_index:
            closing = _cut_note(text, block.end_line)
        if closing is not None:
            draft = self._candidate(index, block, text[: closing[0]].strip() or text)
            draft.roles = closing[1]
            self._make_task(draft)
            return True
        inline = next((m for m in INLINE_FIELD_RE.finditer(text) if _depth(text[: m.start()]) == 0), None)
        if inline:
            roles = parse_unit_note(text[inline.end() :], line=block.end_line)
            if roles is not None:
                draft = self._candidate(index, block, text[: inline.end()].strip())
                draft.roles = roles
                self._make_task(draft)
                return True
        if hint and (said := _closing_sentence_note(text, block.end_line)) is not None:
            draft = self._candidate(index, block, text[: said[0]].strip())
            draft.roles = said[1]
            self._make_task(draft)
            return True
        return False

    def item(self, index: int, block: Block) -> None:
        self._close()
        self._pop(_RANKS.get(block.style, 99))
        if self.numbered(index, block):
            return
        draft = self._candidate(index, block, block.body)
        self.open = draft
        self.pending.append(draft)

    def paragraph(self, index: int, block: Block) -> None:
        text = block.text
        if FIELD_LINE_RE.match(text):
            if self.open is not None:
                self._attach(_keyed_roles(text, block.line), block)
            return
        if text[:1] in _OPENERS and text[-1:] in _CLOSERS + _NOTE_TRAIL:
            note = _trailing_note(text)
            if note is not None and note[0] == 0:
                roles = parse_unit_note(note[1], line=block.line)
                if roles is not None:
                    self._shared_note(roles)
                    self._close()
                    return
        if self.open is not None and self.open_section is None and self._body_note(index, block):
            return
        if len(text) > 100 and HINT_RE.search(text) and self._run_in(index, block):
            return
        if (
            (self.open is None or self.open_section is not None)
            and any(c in text for c in "（(【[")
            and HINT_RE.search(text)
            and len(_inner_notes(text, block.end_line)) >= 2
            and self.numbered(index, block)
        ):
            # several sentences each closed by its own note, in an unnumbered paragraph: 推进园区
            # 建设（县工信局牵头）；加快招商引资（县商务局负责）。 — each note closes a task (a
            # single note after a heading's narrative stays narrative)
            return
        # Other paragraphs (narrative, a continuation of the item) leave an item open for its
        # field lines; a heading takes field lines only right below it.
        if self.open_section is not None and not self.open_is_task:
            self._close()

    def _run_in(self, index: int, block: Block, text: str | None = None) -> bool:
        """Numbered items run together in one paragraph, each closed by its notes: a task per note
        (see :func:`_run_in_items`). True if any task was made."""
        made = 0
        text = block.text if text is None else text
        for start, end in _run_in_items(text):
            segment = text[start:end]
            notes = _segment_notes(segment, block.end_line)
            begin = 0
            for opened, closed, roles in notes:
                draft = self._candidate(index, block, segment[begin:opened].strip().lstrip(_NOTE_TRAIL))
                draft.order = (index, made)
                draft.roles = roles
                self._make_task(draft)
                made += 1
                begin = closed
        return made > 0

    def _body_note(self, index: int, block: Block) -> bool:
        """The body paragraph of a numbered item, ending in a unit note, closes the item's task:

            1.加强监管
            建立健全监管制度。（市发展改革委牵头，市财政局参与）

        The first such paragraph makes the item a task (its text: the item, a line break, the
        paragraph); each further one under the same item is a task of its own. Only below an
        ITEM: a heading's narrative paragraphs (平谷 part 三) stay narrative."""
        text = block.text
        if not text or text[-1] not in _CLOSERS + _NOTE_TRAIL or not HINT_RE.search(text):
            return False
        note = _trailing_note(text)
        if note is None or note[0] == 0:
            return False
        roles = parse_unit_note(note[1], line=block.end_line)
        if roles is None:
            return False
        body = text[: note[0]].strip()
        draft = self.open
        if draft is None:
            return False  # no item open: nothing for the note to close
        if not self.open_is_task:
            draft.text = f"{draft.text}\n{body}"
            self._attach(roles, block)
        else:
            extra = _Draft((index, 0), body, list(draft.sections), [], block.line, block.end_line, roles)
            self._make_task(extra)
        return True

    def _attach(self, roles: UnitRoles, block: Block) -> None:
        draft = self.open
        if draft is None:
            return
        if not self.open_is_task:
            if self.open_section is not None:  # the heading is a task, not a section
                self.open_section.dropped = True
                if self.stack and self.stack[-1] is self.open_section:
                    self.stack.pop()
            if self.pending and self.pending[-1] is draft:  # the open item is the last one seen
                self.pending.pop()
            self._make_task(draft)
            self.open_is_task = True
        draft.roles.add(roles)
        draft.end = max(draft.end, block.end_line)

    def _shared_note(self, roles: UnitRoles) -> None:
        for draft in self.pending:
            draft.roles = roles.copy()
            self._make_task(draft)
        self.pending = []

    def table_row(self, index: int, block: Block) -> None:
        self._close()
        self.pending = []
        cells = block.cells
        table = self.table
        if table is not None and tuple(cells) == table.header:
            return  # header repeated after a page break
        if HINT_RE.search(block.text):
            columns = table_columns(cells)
            if columns is not None:
                if table is None or columns != table.columns:  # else a repeated header, respaced
                    self.table = _new_table(cells, columns)
                return
        if table is None or not table.text_cols:
            return
        self._table_task(index, block, table)

    def _table_task(self, index: int, block: Block, table: _Table) -> None:
        if _shifted_row(block.cells, table):
            return  # 新增国家卫生乡镇2个。 | 白石镇… | 已完成 | |||: merged cells lost in front, the row shifted left
        cells = list(block.cells) + [""] * max(0, len(table.columns) - len(block.cells))
        first = table.text_cols[0]
        if cells[first] and len(table.text_cols) > 1 and cells[first] != table.carry.get(first):
            table.carry.clear()  # a new first-level group: merged cells start afresh
        raw = {i: cells[i].strip() for i in range(len(table.columns))}
        deepest = next((i for i in reversed(table.text_cols) if raw[i]), None)
        values: dict[int, str] = {}
        for i, column in enumerate(table.columns):
            if column is None or column[0] == NUMBER:
                continue
            if raw[i] == _CUT_CELL:  # cut off by the end of the page: empty, never the cell above
                values[i] = ""
                continue
            if raw[i]:
                table.carry[i] = raw[i]
            values[i] = raw[i] or table.carry.get(i, "")
        if deepest is None:
            return  # no task text in this row
        draft = self._candidate(index, block, _strip_marker(raw[deepest]))
        draft.extra_section = [values[i] for i in table.text_cols[: table.text_cols.index(deepest)] if values[i]]
        roles = draft.roles
        for i, column in enumerate(table.columns):
            value = values.get(i)
            if not value or column is None:
                continue
            role = column[0]
            if role == RESPONSIBLE and (noted := _lead_verbs(value, block.line)):
                roles.add(noted)  # | 区城管委牵头，各街镇配合 |: the cell names the roles itself
            elif role in (LEAD, RESPONSIBLE, SUPPORT):
                roles.units.extend(_unit_pairs(value, role))
            elif role == PEOPLE:
                roles.people.extend(_split_people(value))
            elif role == DEADLINE and roles.deadline is None and not draft.schedule:
                steps = list(dict.fromkeys(m.group() for m in STEP_DATE_RE.finditer(value)))
                if len(steps) < 2:
                    roles.deadline, roles.deadline_line = value, block.line
                elif (last := _last_step(steps, _HEADER_REMARK_RE.sub("", table.header[i]), self.year)) is not None:
                    roles.deadline, roles.deadline_line = last, block.line
                else:
                    draft.schedule = value
        self._make_task(draft)

    # -- results -----------------------------------------------------------------------------

    def results(self, base: str | None = None) -> tuple[list[Task], list[WarningRecord]]:
        tasks: list[Task] = []
        warnings: list[WarningRecord] = []
        for n, draft in enumerate(sorted(self.drafts, key=lambda d: d.order), start=1):
            task, task_warnings = _task_of(
                f"t{n}", draft, self.year, self.first_is_lead, base, self.signs_lead, self.bold_lead
            )
            tasks.append(task)
            warnings.extend(task_warnings)
        for section in self.counted if tasks else ():  # a document without tasks has no list to check
            if not section.dropped and section.expected != section.found:
                message = f"{section.text} announces {section.expected} tasks, {section.found} found under it"
                warnings.append(warning(COUNT_MISMATCH, message, section.line))
        warnings.sort(key=lambda w: w.line or 0)
        return tasks, warnings


def _last_step(steps: list[str], column: str, year: int | None) -> str | None:
    """The deadline of a cell of steps each with its own date: the last step's, under a completion
    column (COMPLETION_HEADERS) and when it is the latest of the cell; else None (a schedule)."""
    if column not in COMPLETION_HEADERS:
        return None
    read = [read_deadline(step, year=year) for step in steps]
    dates = [d.date for d in read if d.kind == "by" and d.date]
    if len(dates) != len(steps) or dates[-1] != max(dates):
        return None
    return steps[-1]


def _is_signed(unit: str) -> bool:
    """县税务局* / ※县税务局: a unit printed with a lead sign (LEAD_SIGNS) at either end."""
    return unit.startswith(_SIGNS) or unit.endswith(_SIGNS)


def _signed_units(units: list[tuple[str, str]], signs_lead: bool) -> list[tuple[str, str]]:
    """A signed unit leads where the document's legend says so (县税务局* → lead 县税务局, the others
    as their key says); with no legend, nothing: the sign's meaning is not stated."""
    if not signs_lead:
        return []
    signed = [(LEAD, unit.strip(LEAD_SIGNS)) if _is_signed(unit) else (role, unit) for role, unit in units]
    return [(role, unit) for role, unit in signed if unit]


def _task_of(
    task_id: str,
    draft: _Draft,
    year: int | None,
    first_is_lead: bool,
    base: str | None = None,
    signs_lead: bool = False,
    bold_lead: bool = False,
) -> tuple[Task, list[WarningRecord]]:
    """One task, and its warnings."""
    warnings: list[WarningRecord] = []
    roles = draft.roles
    units = roles.units
    if any(_is_signed(unit) for _role, unit in units):
        units = _signed_units(units, signs_lead)
        if not units:
            why = "a unit carries a sign (*, ★ …) and the document does not say what it means"
            warnings.append(warning(UNIT_LIST_UNCLEAR, f"{task_id}: unit list left out: {why}", draft.start))
    if bold_lead and not first_is_lead and len(units) > 1 and {role for role, _ in units} == {RESPONSIBLE}:
        why = "the document marks its lead units in bold, which the text has lost"
        warnings.append(warning(UNIT_LIST_UNCLEAR, f"{task_id}: unit list left out: {why}", draft.start))
        units = []
    lead, support = _resolve(units, first_is_lead)
    deadline: Deadline | None = None
    if (
        roles.deadline is None and not draft.schedule and ("年" in draft.text or "前" in draft.text)
    ):  # 2022年… / 6月底前
        stated = {m.group("by") or m.group("before") for m in OWN_DEADLINE_RE.finditer(draft.text)}
        if len(stated) == 1:  # two different dates: which one is the deadline is unclear
            own = read_deadline(stated.pop(), year=year, base=base)
            if own.kind == "by":
                deadline = own
    if draft.schedule:
        message = f"{task_id}: no single deadline: its cell gives steps with several dates: {draft.schedule[:40]}"
        warnings.append(warning(DEADLINE_UNKNOWN, message, draft.start))
    elif roles.deadline:
        deadline = read_deadline(roles.deadline, year=year, base=base)
        if deadline.kind == "unknown":
            message = f"{task_id}: deadline not understood: {deadline.text}"
            warnings.append(warning(DEADLINE_UNKNOWN, message, roles.deadline_line or draft.start))
    for why, line in roles.problems:
        warnings.append(warning(UNIT_LIST_UNCLEAR, f"{task_id}: unit list left out: {why}", line or draft.start))
    if not lead and not support:
        warnings.append(warning(WITHOUT_UNITS, f"{task_id}: no unit named for: {draft.text[:30]}", draft.start))
    task = Task(
        id=task_id,
        text=draft.text,
        section=(*(s.text for s in draft.sections if not s.dropped), *draft.extra_section),
        lead_units=tuple(lead),
        support_units=tuple(support),
        lead_people=tuple(dict.fromkeys(roles.people)),
        deadline=deadline,
        lines=LineSpan(start=draft.start, end=max(draft.start, draft.end)),
    )
    return task, warnings


def _is_subheading(blocks: list[Block], index: int) -> bool:
    """A short unnumbered line right above a numbered item: see SUBHEADING_RE."""
    text = blocks[index].text
    return (
        len(text) <= 20
        and index + 1 < len(blocks)
        and blocks[index + 1].kind == ITEM
        and SUBHEADING_RE.fullmatch(text) is not None
        and not FIELD_LINE_RE.match(text)
    )


def extract_tasks(
    blocks: list[Block], *, year: int | None = None, base: str | None = None
) -> tuple[list[Task], list[WarningRecord]]:
    """Tasks and warnings of ONE document's blocks (enclosed plan and attachments included).

    ``year`` is the document's year, for deadlines written without one (6月底前), and ``base``
    its date, for relative ones (本月底前, 30日内). Never raises
    on odd text; see the module docstring for the shapes read and the decisions taken.
    """
    cut_cells: list[WarningRecord] = []
    blocks, cut_warning, (first_is_lead, signs_lead, bold_lead) = _prepared(blocks, cut_cells)
    state = _Pass(year, first_is_lead, signs_lead, bold_lead)
    state.last_index = len(blocks) - 1
    for index, block in enumerate(blocks):
        kind = block.kind
        if kind == ITEM:
            state.item(index, block)
        elif kind == HEADING:
            state.heading(index, block)
        elif kind == PARAGRAPH:
            if state.stack and _is_subheading(blocks, index):
                state.subheading(block)
            else:
                state.paragraph(index, block)
        elif kind == TABLE_ROW:
            state.table_row(index, block)
        elif kind in (SIGNATURE, DATE):
            state.end_of_text()
    tasks, warnings = state.results(base)
    if cut_warning is not None:
        warnings.append(cut_warning)
    warnings.extend(cut_cells)
    return tasks, warnings


def _prepared(
    blocks: list[Block], cut_cells: list[WarningRecord]
) -> tuple[list[Block], WarningRecord | None, tuple[bool, bool, bool]]:
    """The blocks as the walk reads them (tables printed in other forms read back into rows, a unit
    list cut off at the end dropped, and its warning) and what the document states of its lead units
    (first listed, a sign, bold). Each of these passes looks for a word in every block before it
    reads any: one join of the texts (in C) answers for all of them, a substring test each — a word
    without a line end found in the join stands in one block's text, and a hit across two texts
    only runs the pass."""
    texts = "\n".join([b.text for b in blocks])
    if "|" in texts:  # a pipe row without outer bars
        blocks = _bare_pipe_tables(blocks)
    if "序号" in texts or "编号" in texts:  # a run-together header, a table printed one cell per line
        blocks = _cell_line_tables(_run_together_tables(blocks), cut_cells)
    blocks, cut_warning = _without_cut_unit(_unit_line_tables(blocks))
    lead = "牵头" in "\n".join([b.text for b in blocks])  # every legend names 牵头 (the rows made above too)
    states = (
        lead and _states_first_is_lead(blocks),
        lead and _states_signs_lead(blocks),
        lead and _states_bold_lead(blocks),
    )
    return blocks, cut_warning, states


_SERIAL_CELL_RE = compile_re(rf"[（(]?[\d０-９{CN_ORDINALS}]{{1,4}}[）)]?[.．、]?")
_SHIFTED_TRAIL_MIN = 2  # empty cells at a row's end that, with text under 序号, show its cells moved left


def _shifted_row(cells: list[str], table: _Table) -> bool:
    """A row whose merged cells at the front were dropped and printed as empty cells at its end (rosters and
    tasks round 18, 汶上 2023 进展表): text that is no serial under the 序号 column and two or more empty cells
    closing the row. Read as it stands, every cell would be under the wrong header (a progress note taken for
    the task: a false task), so the row gives none."""
    number = next((i for i, c in enumerate(table.columns) if c is not None and c[0] == NUMBER), None)
    if number is None or number >= len(cells):
        return False
    serial = cells[number].strip()
    if not serial or _SERIAL_CELL_RE.fullmatch(serial):
        return False
    trailing = len(cells) - len(list(itertools.dropwhile(lambda c: not c.strip(), reversed(cells))))
    return trailing >= _SHIFTED_TRAIL_MIN


def _bare_pipe_tables(blocks: list[Block]) -> list[Block]:
    """A task table in pipes without outer bars (rosters round 3), each row a paragraph:

        序号|工作任务|责任单位|完成时限
        1|加快推进项目建设|区发改委|2024年6月底

    read as table rows when the first line is a task-table header and every row below has as
    many cells (an empty cell kept: a merged one); a row of another width ends the table."""
    if not any("|" in (b.text or "") and b.kind == PARAGRAPH for b in blocks):
        return blocks
    out: list[Block] = []
    width = 0  # the cells of the open table, 0 when none is open
    for block in blocks:
        text = block.text or ""
        # a row opening on its serial (1 | 新增…) is classified an item: a row all the same
        row = block.kind == PARAGRAPH or (width and block.kind == ITEM)
        cells = pipe_cells(text) if row and "|" in text else []
        if width and len(cells) == width and any(cells):
            out.append(replace(block, kind=TABLE_ROW, cells=cells, body=text))
            continue
        width = 0
        if len(cells) >= 3 and all(cells) and table_columns(cells) is not None:
            width = len(cells)
            out.append(replace(block, kind=TABLE_ROW, cells=cells, body=text))
            continue
        out.append(block)
    return out


_UNIT_HEADER_KEYS = tuple(
    sorted((k for k, r in TABLE_HEADERS.items() if r in (LEAD, RESPONSIBLE)), key=len, reverse=True)
)
_ANY_UNIT_HEADER_KEYS = tuple(k for k, r in TABLE_HEADERS.items() if r in (LEAD, RESPONSIBLE, SUPPORT))
# A header whose cells were run together (…类别序号重点督办内容牵头单位全年完成情况): 序号, a task column's
# name (checked by table_columns), one unit column's name; what follows it is read by the caller.
RUN_HEADER_RE = compile_re(rf"(?:序号|编号)(?P<text>[{_CJK}]{{2,12}}?)(?P<unit>{alternation(_UNIT_HEADER_KEYS)})")
# A row whose cells were run together: what stands before its number (a category, the header's
# last cells), the number, the task up to its full stop, then the units run into the note.
RUN_ROW_RE = compile_re(
    r"(?P<pre>[^\d。；;：:，,]{0,40}?)(?P<n>\d{1,3})(?![\d%％年月日]|[.．]\d)[.．、]?(?P<task>[^。]{4,150}?。)"
)
_GLUED_UNIT = rf"[区市县省][{_CJK}]{{1,12}}?(?:{alternation(GLUED_UNIT_ENDS)})(?![{GLUED_UNIT_NEVER_NEXT}])"
GLUED_UNITS_RE = compile_re(rf"{_GLUED_UNIT}(?:、{_GLUED_UNIT})*")


def _run_together_tables(blocks: list[Block]) -> list[Block]:
    """A task table whose cells were run together, one row per line (西城 2021 重点工作完成情况):

        西城区…完成情况类别序号重点督办内容牵头单位全年完成情况经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区…
        经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。区财政局西城区一般公共预算收入…

    read back into rows of (task, units) under the header's one unit column. A row must open on
    the next number (from 1; before it only a category without digits, or the header's last cells
    on the header's line), its task must end in a full stop, and units must follow it right away,
    each from a place level (区/市/县/省) to a unit's ending (GLUED_UNITS_RE), the text after them
    not going on as a name; a row that does not read so ends the table. A header naming a second
    unit column (配合单位) gives nothing: where one cell ends and the next begins is unknown."""
    if not any("序号" in b.text or "编号" in b.text for b in blocks):
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        m = RUN_HEADER_RE.search(block.text) if block.kind in (PARAGRAPH, HEADING) else None
        found = _run_together_rows(blocks, i, m) if m is not None else None
        if found is None:
            out.append(block)
            i += 1
            continue
        rows, i = found
        out.extend(rows)
    return out


def _run_together_rows(blocks: list[Block], start: int, header: re.Match[str]) -> tuple[list[Block], int] | None:
    unit_key = header.group("unit")
    names = ["序号", header.group("text"), unit_key]
    columns = table_columns(names)
    if (columns is None or columns[1] is None or columns[1][0] != TEXT) and not _text_by_last_word(names[1]):
        return None
    rest = blocks[start].text[header.end() :]
    if any(k in rest for k in _ANY_UNIT_HEADER_KEYS):
        return None  # a second unit column: the units of two cells cannot be told apart
    first: list[tuple[str, Block]] = [(rest, blocks[start])] if any(ch.isdigit() for ch in rest) else []
    # read lazily: the rows stop at the first block that is none, so a header repeated down a long
    # text costs the rows under it, not a copy of the rest of the text each time
    pieces = itertools.chain(first, ((blocks[n].text, blocks[n]) for n in range(start + 1, len(blocks))))
    rows: list[Block] = []
    number = 1
    for text, block in pieces:
        if block.kind not in (PARAGRAPH, ITEM):
            break
        m = RUN_ROW_RE.match(text)
        if m is None or m.group("n") != str(number):
            break
        after = text[m.end() :]
        units = GLUED_UNITS_RE.match(after)
        if units is None or not all(_glued_unit_fits(u) for u in units.group().split("、")):
            break
        cells = [m.group("task"), units.group()]
        rows.append(Block(TABLE_ROW, " | ".join(cells), block.line, block.end_line, cells=cells))
        number += 1
    if not rows:
        return None
    head_cells = ["任务", unit_key]
    head = Block(TABLE_ROW, " | ".join(head_cells), blocks[start].line, blocks[start].line, cells=head_cells)
    consumed = rows[-1].end_line
    end = next((n for n in range(start + 1, len(blocks)) if blocks[n].line > consumed), len(blocks))
    return [head, *rows], end  # the header's line (a caption run into it, the first row) is read as rows


def _glued_unit_fits(unit: str) -> bool:
    """A unit read off a run-together row ends as units do, and not on its ending twice: 区住建局局(长…)
    is 区住建局 and a post, never a unit."""
    end = next((e for e in GLUED_UNIT_ENDS if unit.endswith(e)), "")
    if any(ch in unit for ch in _PROSE_IN_UNIT) or unit.startswith(GLUED_UNIT_NEVER_STARTS):
        return False  # 区域内的… / 市民在…: prose of the note, not a unit
    return ends_like_unit(unit) and not (end and unit[: -len(end)].endswith(end[0]))


def _cells_of(block: Block) -> list[str]:
    """序号 | → [序号]; 坚持…见效。 | 叶林 | 招商工作部 | 全年 | → four cells; 市发改委 → [市发改委]."""
    if block.kind not in (PARAGRAPH, ITEM, HEADING):
        return []
    return [c.strip() for c in block.text.split("|") if c.strip()] if "|" in block.text else [block.text.strip()]


def _cell_line_tables(blocks: list[Block], cut: list[WarningRecord] | None = None) -> list[Block]:
    """Tables printed one cell per line (a converter's flattening): 序号 / 内容与要求 / 进展情况 /
    责任单位, then 1 / 坚持… / 从1-2月… / 市发改委, 2 / …. Read back into table rows when the header
    names a task table whose first column is 序号, and only while every row starts with the next
    number and the row after it does too — a missing cell stops the table rather than shifting
    units onto the wrong task."""
    heads = {
        i
        for i, b in enumerate(blocks)
        if ("序号" in b.text or "编号" in b.text) and (block_is_cell(b.text) or _glued_header(b.text))
    }
    if not heads:
        return blocks
    out: list[Block] = []
    failed: dict[tuple[str, ...], int] = {}  # the sparse reader's tries that gave no row
    i = 0
    while i < len(blocks):
        table = (_cell_line_table(blocks, i, cut) or _sparse_cell_table(blocks, i, failed)) if i in heads else None
        if table is None:
            out.append(blocks[i])
            i += 1
            continue
        rows, i = table
        out.extend(rows)
    return out


_HEADER_CELL_MAX = 12
_UNIT_LINE_HEADER_MAX = 8  # header cells of an unnumbered table printed one per line
_REMARK_MAX = 20  # a remark cell after the units that is a deadline: 2020年12月 / 长期坚持


def _unit_line_tables(blocks: list[Block]) -> list[Block]:
    """Tables without a 序号 column printed one cell per line, whose rows differ in their cells
    (咸宁 2020: 重点工作 / 主要 / 任务 / 工作措施 / 责任单位 / 备注, then 一、… / （一）… / 2.… / units /
    2020年12月): read back into rows of (task, units, remark) — a task only where a line of units
    stands right under its text, the units read by the unit grammar, and a remark that is a
    deadline taken as the row's deadline. A text with no units under it (a group heading, a
    measure whose units were cut off) gives no row."""
    n = len(blocks)
    # A header is three or more header cells in a row (_unit_line_header), each at most
    # _HEADER_CELL_MAX characters once stripped: a line longer than that with a character at both
    # ends that no strip removes is none, so only runs of three lines that may be cells are read.
    may_be_cell = [
        len(t := b.text) <= _HEADER_CELL_MAX or t[0] in "|｜" or t[-1] in "|｜" or t[0].isspace() or t[-1].isspace()
        for b in blocks
    ]
    starts = {i for i in range(n - 2) if may_be_cell[i] and may_be_cell[i + 1] and may_be_cell[i + 2]}
    if not starts:
        return list(blocks)
    out: list[Block] = []
    done = 0  # the blocks before this one are in ``out``; those between two tables are copied as a slice
    for i in sorted(starts):
        if i < done or blocks[i].kind not in (PARAGRAPH, HEADING):
            continue  # (inside the table read last)
        header = _unit_line_header(blocks, i)
        if header is None:
            continue
        _cells, unit_role, j = header
        rows: list[Block] = []
        text_block: Block | None = None
        while j < n and blocks[j].kind not in (SIGNATURE, DATE, TABLE_ROW):
            block = blocks[j]
            if block.text.strip().strip("|｜ ").isdigit():
                rows = []  # a row number alone: a numbered table the 序号 reader refused (a missing cell)
                break
            units, remark = _units_and_remark(block.text) if text_block is not None else (None, "")
            if units is None or text_block is None:
                text_block = block
                j += 1
                continue
            if not remark and j + 1 < n and _is_remark_deadline(blocks[j + 1].text):
                remark = blocks[j + 1].text.strip()
                j += 1
            # a row without a remark has none: never the row above's (no merged cells are known here)
            row = [text_block.body or text_block.text, units, remark or _CUT_CELL]
            shown = " | ".join(c for c in row if c != _CUT_CELL)
            rows.append(Block(TABLE_ROW, shown, text_block.line, blocks[j].end_line, cells=row))
            text_block = None
            j += 1
        if not rows:
            continue
        head = ["任务", "责任单位" if unit_role == RESPONSIBLE else "牵头单位", "完成时限"]
        out.extend(blocks[done:i])
        out.append(Block(TABLE_ROW, " | ".join(head), blocks[i].line, blocks[i].end_line, cells=head))
        out.extend(rows)
        done = j
    out.extend(blocks[done:])
    return out


def _unit_line_header(blocks: list[Block], start: int) -> tuple[list[str], str, int] | None:
    """(header cells, the unit column's role, index after the header) of a header printed one
    cell per line with no 序号 (a cell split over two lines, 主要 / 任务, is joined); None otherwise."""
    cells: list[str] = []
    j = start
    while j < len(blocks) and len(cells) < _UNIT_LINE_HEADER_MAX:
        text = blocks[j].text.strip().strip("|｜ ")
        if not text or len(text) > _HEADER_CELL_MAX or any(p in text for p in "，。,；;：:、") or text[0].isdigit():
            break
        cells.append(text)
        j += 1
    if len(cells) < 3 or cells[0] in ("序号", "编号"):
        return None
    if start and blocks[start - 1].text.strip().strip("|｜ ") in ("序号", "编号"):
        return None  # the rest of a numbered table's header
    merged: list[str] = []
    k = 0
    while k < len(cells):
        pair = cells[k] + cells[k + 1] if k + 1 < len(cells) else ""
        if pair and _header_cell(cells[k]) is None and _header_cell(pair) is not None:
            merged.append(pair)
            k += 2
        else:
            merged.append(cells[k])
            k += 1
    columns = table_columns(merged)
    if columns is None:
        return None
    unit_roles = [c[0] for c in columns if c and c[0] in (LEAD, RESPONSIBLE, SUPPORT)]
    if len(unit_roles) != 1 or unit_roles[0] == SUPPORT or any(c and c[0] == NUMBER for c in columns):
        return None  # one unit column only: with two, which line is which is unknown
    return merged, unit_roles[0], j


def _unit_line(text: str) -> str | None:
    """The line, when it is nothing but a list of units (市税务局等，各县、市、区政府，咸宁高新区管委会)."""
    text = text.strip().strip("|｜ ")
    if not text or len(text) > 120 or any(p in text for p in "。；;：:（）()"):
        return None
    units = parse_units(text)
    if units.problem or not units.units or not all(ends_like_unit(u) for u in units.units):
        return None
    return text


# The remark cell run onto the units line by the joiner: 咸宁高新区管委会2020年12月
_GLUED_REMARK_RE = compile_re(
    r"^(?P<units>.+?)(?P<remark>(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底前|前|底|以前)?)$"
)


def _units_and_remark(text: str) -> tuple[str | None, str]:
    """(units, remark) of a units line, the remark glued to it when a deadline; (None, '') for
    a line that is not a list of units."""
    units = _unit_line(text)
    if units is not None:
        return units, ""
    m = _GLUED_REMARK_RE.match(text.strip().strip("|｜ "))
    if m and _is_remark_deadline(m.group("remark")) and (units := _unit_line(m.group("units"))) is not None:
        return units, m.group("remark")
    return None, ""


def _is_remark_deadline(text: str) -> bool:
    text = text.strip().strip("|｜ ")
    return 0 < len(text) <= _REMARK_MAX and read_deadline(text).kind in ("by", "ongoing", "recurring")


def _glued_header(text: str) -> list[str] | None:
    """Header cells a normalizer joined to the table's title, nothing between them:
    …任务分解表序号2022年预期目标责任单位 → [序号, 2022年预期目标, 责任单位] (沙坪坝 2022). Every
    cell after 序号 must be a known header name (a year may stand before one); else None."""
    at = max(text.rfind("序号"), text.rfind("编号"))
    if at < 0 or len(text) - at > 60 or block_is_cell(text[at:]):
        return None
    rest, cells = text[at + 2 :], [text[at : at + 2]]
    while rest:
        year = _HEADER_YEAR_RE.match(rest)
        head = year.group() if year else ""
        name = next((h for h in _HEADERS_LONGEST if rest.startswith(h, len(head))), None)
        if name is None:
            return None
        cells.append(head + name)
        rest = rest[len(head) + len(name) :]
    return cells if len(cells) >= 3 and table_columns(cells) is not None else None


def block_is_cell(text: str) -> bool:
    """序号 alone (or 序号 |) is an ordinary cell line, not a glued header."""
    return text.strip().rstrip("| ").strip() in ("序号", "编号")


def _cell_line_table(
    blocks: list[Block], start: int, cut: list[WarningRecord] | None = None
) -> tuple[list[Block], int] | None:
    header: list[str] = []
    j = start
    glued = _glued_header(blocks[start].text) if blocks[start].kind in (PARAGRAPH, HEADING) else None
    if glued:
        header, j = glued, start + 1
    while j < len(blocks) and not glued:
        cells = _cells_of(blocks[j])
        if len(cells) != 1 or len(cells[0]) > 12 or cells[0].isdigit():
            break
        header.append(cells[0])
        j += 1
    if len(header) < 3 or header[0] not in ("序号", "编号"):
        return None
    columns = table_columns(header)
    if columns is None:
        return None
    width = len(header)
    # the cells under the header, read as far as the rows need them: a header repeated down a long
    # text costs the rows under it, not a list of every cell to the end each time
    cells_after = ((c, b) for b in map(blocks.__getitem__, range(j, len(blocks))) for c in _cells_of(b))
    stream: list[tuple[str, Block]] = []

    def holds(size: int) -> bool:
        if size > len(stream):
            stream.extend(itertools.islice(cells_after, size - len(stream)))
        return len(stream) >= size

    rows: list[Block] = []
    # rows numbered from 1, or from where the stored part of the table begins (80 | … / 81 | …)
    k, number = 0, int(stream[0][0]) if holds(1) and stream[0][0].isdigit() and len(stream[0][0]) <= 4 else 1
    while holds(k + width) and stream[k][0] == str(number):
        row = stream[k : k + width]
        after = stream[k + width][0] if holds(k + width + 1) else None
        if after is not None and after != str(number + 1) and not _plain_text_after(after):
            break
        cells = [c for c, _ in row]
        if not _unit_cells_fit(cells, columns):
            # the text ends inside the last unit cell (a page stored cut off: …| 市发): the task
            # stays, the cut unit goes, a warning says so
            last_column = columns[width - 1]
            if after is not None or last_column is None or last_column[0] not in (LEAD, SUPPORT, RESPONSIBLE):
                break
            if not _unit_cells_fit([*cells[:-1], ""], [*columns[:-1], None]) or ends_like_unit(cells[-1]):
                break
            if cut is not None:
                cut.append(
                    warning(
                        UNIT_LIST_UNCLEAR, f"the text ends inside a unit cell; '{cells[-1]}' left out", row[-1][1].line
                    )
                )
            cells[-1] = _CUT_CELL
        first, last = row[0][1], row[-1][1]
        rows.append(
            Block(TABLE_ROW, " | ".join(c for c in cells if c != _CUT_CELL), first.line, last.end_line, cells=cells)
        )
        k += width
        number += 1
    if not rows and holds(1) and stream[0][0].isdigit():  # else _short_rows has no row to read
        rows = _short_rows(stream, columns, holds)
    if not rows:
        return None
    head = Block(TABLE_ROW, " | ".join(header), blocks[start].line, blocks[j - 1].end_line, cells=header)
    consumed = rows[-1].end_line
    end = next((n for n in range(j, len(blocks)) if blocks[n].line > consumed), len(blocks))
    return [head, *rows], end


_BARS_ONLY_RE = compile_re(r"[|｜\s\u3000]+")


def _is_bars(block: Block) -> bool:
    """| / ||| / ｜｜: a line of cell bars alone (a converter's empty cells and row ends)."""
    return bool(block.text) and _BARS_ONLY_RE.fullmatch(block.text) is not None


def _sparse_header(blocks: list[Block], start: int) -> tuple[list[str], int] | None:
    """(header cells, index after them) of a header printed one cell per line, the cells
    possibly separated by bar lines (序号 / | / 项目 / | / … / 责任单位 / |)."""
    header: list[str] = []
    j = start
    while j < len(blocks):
        if _is_bars(blocks[j]):
            j += 1
            continue
        if "|" in blocks[j].text or "｜" in blocks[j].text:
            return None  # cells carrying their own bars (序号 | / 主要任务 |): the short-row reader's
        cells = _cells_of(blocks[j])
        if len(cells) != 1 or len(cells[0]) > _HEADER_CELL_MAX or cells[0].isdigit():
            break
        if j > start and not _is_bars(blocks[j - 1]):
            return None  # only the bar-line layout: there an empty cell is a bar line of its own
        header.append(cells[0])
        j += 1
    return (header, j) if len(header) >= 3 and header[0] in ("序号", "编号") else None


def _sparse_cell_table(
    blocks: list[Block], start: int, failed: dict[tuple[str, ...], int]
) -> tuple[list[Block], int] | None:
    """A table flattened one cell per line whose rows do not hold every cell (吴江 2024): merged
    cells printed in their first row only (the serial, the group, the leader), empty ones as bar
    lines (| / || / ||||), group headings as rows of their own. Read by its unit cells: each cell
    that reads as units (a lead sign at its start or end kept for the task reader) closes a row
    whose task is the last text cell before it — past the people cells, when the header has a
    people column — and, where the header has a deadline column after the units, a deadline cell
    right after them is the row's. Only where the header's task column stands right before the
    unit columns (people columns between them allowed): a column the reader ignores there
    (进展情况) could put its cell where the task is looked for. With two unit columns, a row needs
    both cells; a text with no unit cell under it (a group heading, a row cut off) gives no row.

    ``failed`` maps a header to where the stream of a try that gave no row ended: the same header
    printed again inside that stream (a page break's repeat) reads the same cells from there, with
    no row either, so it is not read again — each block is streamed once, not once per repeat."""
    found = _sparse_header(blocks, start)
    if found is None:
        return None
    header, j = found
    if failed.get(tuple(header), -1) > start:
        return None
    columns = table_columns(header)
    if columns is None:
        return None
    unit_cols = [k for k, c in enumerate(columns) if c and c[0] in (LEAD, RESPONSIBLE, SUPPORT)]
    if not unit_cols or unit_cols != list(range(unit_cols[0], unit_cols[-1] + 1)):
        return None  # no unit column, or unit columns apart: which cell is which is unknown
    roles = [c[0] if c else None for c in columns]
    before = unit_cols[0] - 1
    while before >= 0 and roles[before] == PEOPLE:
        before -= 1
    if before < 0 or not (roles[before] == TEXT or _text_by_last_word(header[before])):
        return None
    has_people = PEOPLE in roles[before + 1 : unit_cols[0]]
    deadline_col = next((k for k in range(unit_cols[-1] + 1, len(roles)) if roles[k] == DEADLINE), None)
    stream: list[tuple[str, Block]] = []
    stop = j
    while stop < len(blocks):
        block = blocks[stop]
        if block.kind in (SIGNATURE, DATE) or (block.kind == TABLE_ROW and not _is_bars(block)):
            break
        stream.extend((c, block) for c in _cells_of(block))
        stop += 1
    rows: list[Block] = []
    text_at: int | None = None  # the last text cell since the last row
    k = 0
    header_names = set(header)
    while k < len(stream):
        cell = stream[k][0]
        if cell in header_names or _header_cell(cell) is not None:
            text_at = None  # the header printed again (a page break): its names are no task, no units
            k += 1
            continue
        if _sparse_units(cell) is None or text_at is None:
            if (
                not cell.isdigit()
                and len(cell) >= 4
                and not _is_remark_deadline(cell)
                and not (has_people and is_person_name(compact(cell)))
            ):
                text_at = k
            k += 1
            continue
        between = [c for c, _ in stream[text_at + 1 : k]]
        units = [c for c, _ in stream[k : k + len(unit_cols)]]
        people = [compact(c) for c in between]
        if (
            len(units) != len(unit_cols)
            or any(_sparse_units(u) is None for u in units)
            or len(between) > 1
            or (between and not (has_people and all(is_person_name(p) for p in _split_people(people[0]))))
        ):
            text_at = None  # the row does not read as the header says: no task from it
            k += 1
            continue
        end = k + len(unit_cols)
        deadline = ""
        if deadline_col is not None and end < len(stream) and _is_remark_deadline(stream[end][0]):
            deadline = stream[end][0].strip()
            end += 1
        # a row without its leader's cell names no leader: never the row above's (merged or empty,
        # the bar lines do not tell), as a row without a deadline cell has none
        cells = [stream[text_at][0], people[0] if people else _CUT_CELL, *units, deadline or _CUT_CELL]
        shown = " | ".join(c for c in cells if c and c != _CUT_CELL)
        rows.append(Block(TABLE_ROW, shown, stream[text_at][1].line, stream[end - 1][1].end_line, cells=cells))
        text_at = None
        k = end
    if not rows:
        failed[tuple(header)] = stop
        return None
    names = ["任务", "牵头领导" if has_people else "备注", *(header[u] for u in unit_cols)]
    names.append(header[deadline_col] if deadline_col is not None else "备考")
    head = Block(TABLE_ROW, " | ".join(names), blocks[start].line, blocks[j - 1].end_line, cells=names)
    consumed = rows[-1].end_line
    after = next((n for n in range(j, len(blocks)) if blocks[n].line > consumed), len(blocks))
    return [head, *rows], after


def _sparse_units(cell: str) -> str | None:
    """The cell when it is a list of units, a lead sign at its start or at a unit's end allowed
    (★区发改委、统计局 / 区税务局*、区财政局); None otherwise."""
    bare = cell.translate(_SIGN_DROP)
    for mark in LEAD_MARKS:
        bare = bare.replace(mark, "")
    return cell if _unit_line(bare) is not None else None


_SIGN_DROP = str.maketrans("", "", LEAD_SIGNS)


def _short_rows(
    stream: list[tuple[str, Block]], columns: list[tuple[str, int] | None], holds: Callable[[int], bool]
) -> list[Block]:
    """Rows of a cell-per-line table whose rows hold fewer cells than its header (a merged or
    empty column the page dropped: 序号 | 主要任务 | 全年目标任务 | 分管 领导 | 牵头 单位 | … over
    rows 24 | 优化提升… | 徐国江 | 城管局 | … — 崇川 2023). A row runs from its number to the next
    one (numbers consecutive from the first); see :func:`_align_short_row`. Only when no row is
    whole (the header names a column the rows never print); the first row that does not align
    ends the table.

    ``holds(n)`` reads the stream on to ``n`` cells (False past the text's end). The scan stops
    at the first row that holds as many cells as the header: no row is read then, so a header
    repeated down a text reads the cells up to there, not every cell to the end of the text."""
    if not holds(1) or not stream[0][0].isdigit():
        return []
    width = len(columns)
    bounds, expected = [0], int(stream[0][0]) + 1
    idx = 1
    while holds(idx + 1):
        if stream[idx][0] == str(expected):
            bounds.append(idx)
            expected += 1
        elif idx - bounds[-1] + 1 >= width:
            return []  # some rows are whole: a short one lacks a cell of its own, which one is unknown
        idx += 1
    spans = list(zip(bounds, [*bounds[1:], len(stream)], strict=False))
    rows: list[Block] = []
    for a, b in spans:
        cells = _align_short_row([c for c, _ in stream[a:b]], columns)
        if cells is None:
            break
        rows.append(Block(TABLE_ROW, " | ".join(cells), stream[a][1].line, stream[b - 1][1].end_line, cells=cells))
    return rows


_MAX_ALIGNMENTS = 256
# A unit cell the end of a stored page cut off: present, so it never takes the merged cell above.
_CUT_CELL = "\x00cut"


def _align_short_row(cells: list[str], columns: list[tuple[str, int] | None]) -> list[str] | None:
    """The row's cells placed under the header, the missing ones taken from columns the task
    reader ignores (progress, remarks …): every way of doing so must put the same cells under
    the number, task, people, unit and deadline columns, and those cells must read as such (a
    name under 分管领导, units under 牵头单位); else None — a guess is worse than no task."""
    width = len(columns)
    missing = width - len(cells)
    if missing < 0 or len(cells) < 3:
        return None
    ignored = [i for i, column in enumerate(columns) if column is None]
    if missing > len(ignored):
        return None
    found: list[str] | None = None
    seen: set[tuple[str, ...]] = set()
    for n, dropped in enumerate(combinations(ignored, missing)):
        if n >= _MAX_ALIGNMENTS:
            return None
        it = iter(cells)
        row = ["" if i in dropped else next(it) for i in range(width)]
        if _row_fits(row, columns):
            seen.add(tuple(row[i] for i, column in enumerate(columns) if column is not None))
            found = found or row
    return found if len(seen) == 1 else None


def _row_fits(row: list[str], columns: list[tuple[str, int] | None]) -> bool:
    for cell, column in zip(row, columns, strict=False):
        if column is None:
            continue
        role = column[0]
        if role == NUMBER and not cell.isdigit():
            return False
        if role == TEXT and len(cell) < 4:
            return False
        if role == PEOPLE and not all(is_person_name(compact(p)) for p in _split_people(cell)):  # 王　强
            return False
    return _unit_cells_fit(row, columns)


def _plain_text_after(cell: str) -> bool:
    """After the last row: a line that is not a table cell (a signature, a paragraph)."""
    return len(cell) > 12 or (not cell.strip().isdigit() and SIGNATURE_LIKE_RE.search(cell) is not None)


def _unit_cells_fit(cells: list[str], columns: list[tuple[str, int] | None]) -> bool:
    """Unit cells must read as units (市发改委), never as prose shifted in by a missing cell."""
    for cell, column in zip(cells, columns, strict=False):
        if column is not None and column[0] in (LEAD, SUPPORT, RESPONSIBLE):
            units = parse_units(cell)
            if units.problem or not units.units or not all(ends_like_unit(u) for u in units.units):
                return False
    return True


def _closed_piece(piece: str) -> str:
    """The last piece of a field's list without what may close a whole list: 。, a verb
    (乡镇人民政府按职责分工分别负责, 市农业农村局分别牵头), a first-is-lead remark."""
    piece = FIRST_IS_LEAD_REMARK_RE.sub("", piece.strip().rstrip("。．.；;，, "))
    piece = FIELD_LEAD_TAIL_RE.sub("", piece)
    for tail in LIST_VERB_TAILS:
        if piece.endswith(tail):
            return piece[: -len(tail)]
    return piece


def _without_cut_unit(blocks: list[Block]) -> tuple[list[Block], WarningRecord | None]:
    """A text that ends inside a unit list (a page stored cut off: 牵头单位:省发展改) loses that
    last fragment — it would be a unit that does not exist — and says so in a warning. Only the
    very last block, a field line, whose last piece ends in no unit suffix."""
    if not blocks or blocks[-1].kind != PARAGRAPH or not FIELD_LINE_RE.match(blocks[-1].text):
        return blocks, None
    last = blocks[-1]
    text = unbracket_keys(last.text)
    key = None
    for key in FIELD_RE.finditer(text):  # noqa: B007 - the loop keeps the last match
        pass
    if key is None or FIELD_KEYS[key.group("key")] not in (LEAD, SUPPORT, RESPONSIBLE):
        return blocks, None
    pieces = [p for p in UNIT_PIECE_SEP_RE.split(FIRST_IS_LEAD_REMARK_RE.sub("", text[key.end() :])) if p.strip()]
    if not pieces or ends_like_unit(_closed_piece(pieces[-1])):
        return blocks, None
    at = text.rfind(pieces[-1])
    if at < 0:  # the piece ran across a removed remark: leave the text as it is
        return blocks, None
    cut = text[:at].rstrip("、，,；; ")
    message = f"the text ends inside a unit list; '{pieces[-1].strip()}' left out"
    return [*blocks[:-1], replace(last, text=cut, body=cut)], warning(UNIT_LIST_UNCLEAR, message, last.line)
