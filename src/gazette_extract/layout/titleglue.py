"""A title with the page's furniture glued onto its own line, cut back into the title and the furniture.

Converters put what a page prints beside its title on the same line: the publish line's parts
(``关于…的通知 发布时间：2021-03-05 来源：县政府办 浏览次数：123``), the share and print bar (``… 打印 关闭``,
``… 【字体：大 中 小】``), a date (``… 2021-03-05``, ``…[2021-03-05]``), a byline (``… 记者 张三``), a
counter (``… 阅读：123``), and before it the breadcrumb or a column's name (``当前位置：首页>>通知公告>>…``,
``通知公告 » …``, ``政务要闻 | …``), a date (``2021-03-05 …``) — in Simplified and Traditional (titles24).
Read whole, such a line is a title that runs on, or no title at all (a line holding a publish key is
never one). The line is cut at a gap (blanks, a crumb's arrow, a pipe) when the part on one side is
furniture that the page's recognisers already know on a line of its own (:func:`.chrome.is_site_chrome`,
:func:`..text.newshead.is_stamp_line`, :func:`..text.newshead.publish_date`) and the other side reads
as a title (Chinese words, no sentence, not itself furniture). A gap inside a title (``关于转发…来源…``,
``——XX纪实``, ``XX：…``, ``…2019年…``) has no furniture on either side, and the line stays whole.

Bounded: only lines of at most ``GLUE_LINE_MAX`` characters holding a furniture mark are tried, at most
``_GAPS_MAX`` gaps each — constant work per line, linear in the page.
"""

from __future__ import annotations

import itertools

from .._pattern_cache import compile_re
from ..text.newshead import (
    GLUE_BEFORE_PIECE_RE,
    GLUE_KEY_INSIDE_RE,
    GLUE_KEYED_RE,
    GLUE_LINE_MAX,
    GLUE_PIECE_RE,
    GLUED_DATE_TAIL_RE,
    is_stamp_line,
)
from ..text.normalize import Para
from ..vocab.common import CJK, ISSUER_SUFFIXES, OFFICIAL_KINDS, LazyPattern, alternation
from ..vocab.datelines import DATE_TAIL_TOOLS
from ..vocab.heads import (
    SHARE_TOOL_WORDS,
    TITLE_GLUE_BYLINE_KEYS,
    TITLE_GLUE_KEYS,
    TITLE_GLUE_MARKS,
    TITLE_GLUE_TAIL_KEYS,
    TITLE_GLUE_TOOLS,
)
from .chrome import is_column_name, is_site_chrome
from .recognize import kind_of

_GAPS_MAX = 12  # gaps tried on a line
_TITLE_MIN = 6  # Chinese characters of the title's side at least
# A gap where furniture meets the title: blanks, or a crumb's arrow or a pipe with the blanks around it
_GAP_RE = compile_re(r"[ \t\u3000]*(?:>>?|＞＞?|»|→|[|｜])[ \t\u3000]*|[ \t\u3000]+")
# A line that holds a furniture mark (a key, a tool's word, a crumb's arrow, a date's digits): a cheap first test
_MARK_RE = LazyPattern(rf"{alternation(TITLE_GLUE_MARKS)}|>|»|→|[|｜]|(?:19|20)\d\d[-/.年]")
_HAN_RE = compile_re(rf"[{CJK}]")
# What a title's side never is: a sentence, a clause cut at a comma or a key's colon at its end, an item's number
# (一、 / （二） / 3. : a list's or a table's row with its date)
_NOT_TITLE_RE = compile_re(
    r"[。，,；;！!？?]|[:：、]$|^[:：、]|^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.、．])"
    # …a key and its short value (发布人:春秋智谷), a line opening on digits, a Latin letter or a bracket (11:08:25来源:…)
    # …a key before a colon (标题： X, 发布人:春秋智谷; a column's label so, 通知公告：X, stays whole), a line opening on
    # digits, a Latin letter or a bracket (11:08:25来源:…, （1993年12月24日 …）), a bracket left open or closed alone
    r"|^[^:：]{1,6}[:：]|^[\x21-\x7e［【\[(（]|^[^（(]*[）)]|[（(][^）)]*$"
    # …a date in figures or numbers apart by a blank (a table's or a list's rows run together: 本地新闻1234 5678
    # 2022-03-19便民信息…, a forum's index)
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d[ \t\u3000]+\d"
)
_TITLE_LAST = frozenset("）)”》」』】]")  # what a title ends on besides a Chinese character
_KEY_COLON_RE = compile_re(rf"[{CJK}][:：]")
_TOOL_WORDS = frozenset((*DATE_TAIL_TOOLS, *SHARE_TOOL_WORDS))
# rev23: a key of the furniture standing alone after a gap inside the title's side: the cut was made at a later gap
# and left part of the furniture on the title (…的通知 浏览 2024-03-05 → …的通知 浏览; … 作者 张三 2024-03-05; … 阅读 全文)
_KEY_WORDS = frozenset((*TITLE_GLUE_BYLINE_KEYS, *TITLE_GLUE_KEYS, *TITLE_GLUE_TAIL_KEYS, *TITLE_GLUE_TOOLS))
# …and such a key with no colon, at most one short value and a date or a count in figures closing the line is the
# furniture itself (… 作者 张三 2024-03-05 / … 浏览 2024-03-05 / … 编辑 王五 2024.3.5 / … 阅读 123): the title is cut there
_KEYED_TAIL_VALUE_RE = compile_re(rf"[{CJK}]{{1,4}}")
_KEYED_TAIL_LAST_RE = compile_re(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,9}次?")


def _is_keyed_tail(text: str) -> bool:
    """作者 张三 2024-03-05 / 浏览 2024-03-05: a key, at most one value of 1-4 Chinese characters, a date or a count."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and words[0] in _KEY_WORDS
        and _KEYED_TAIL_LAST_RE.fullmatch(words[-1]) is not None
        and all(_KEYED_TAIL_VALUE_RE.fullmatch(w) is not None for w in words[1:-1])
    )


def _is_furniture(text: str) -> bool:
    return (
        GLUE_PIECE_RE.match(text) is not None
        or GLUE_KEYED_RE.match(text) is not None
        or is_site_chrome(text)
        or is_stamp_line(text)
    )


def _is_furniture_before(text: str) -> bool:
    return GLUE_BEFORE_PIECE_RE.match(text) is not None or (
        is_column_name(text) and "位置" not in text and "首页" not in text
    )


def _is_title_side(text: str) -> bool:
    return (
        len(_HAN_RE.findall(text)) >= _TITLE_MIN
        and _NOT_TITLE_RE.search(text) is None
        and ">" not in text
        and "»" not in text
        and (
            _HAN_RE.match(text[-1]) is not None or text[-1] in _TITLE_LAST
        )  # 某某县人民政府 / 2019.3.5: a mark ends no title
        and GLUE_KEY_INSIDE_RE.search(text) is None  # …公开信 发布日期：… 信息来源：…: keys are no title's words
        and _TOOL_WORDS.isdisjoint(text.split())  # 收藏 打印 推荐 更多功能: a toolbar's words
        and _KEY_WORDS.isdisjoint(text.split()[1:])  # …的通知 浏览 / … 作者 张三: a key left on the title (rev23)
        and not text.endswith(ISSUER_SUFFIXES)  # a signature beside its date (某某县人民政府办公室 2021年3月5日)
        and not _is_furniture(text)
    )


def split_title_glue(text: str) -> tuple[str, str, bool] | None:
    """``(title, furniture, furniture_first)`` for a title line carrying the page's furniture on one
    side; None for any other line (most lines: no mark, too long, no gap, or no side that is furniture)."""
    if len(text) > GLUE_LINE_MAX or len(text) < _TITLE_MIN + 2 or _MARK_RE.search(text) is None:
        return None
    stripped = text.strip()
    if is_stamp_line(stripped) or not _HAN_RE.search(stripped):
        return None  # the whole line is a stamp (发布时间：… 来源：…): it stands as it is
    gaps = [(m.start(), m.end()) for m in itertools.islice(_GAP_RE.finditer(stripped), _GAPS_MAX)]
    if stripped[-1:] in "]】］)）" and (m := GLUED_DATE_TAIL_RE.search(stripped)) is not None:
        gaps.append((m.start(), m.start()))  # …的通知（2021-03-05）: a gap of no width before the bracket
    # furniture after the title: the first gap whose right side is furniture and left side a title
    for start, end in gaps:
        head, tail = stripped[:start], stripped[end:]
        if head and tail and (_is_furniture(tail) or _is_keyed_tail(tail)) and _is_title_side(head):
            if (
                GLUE_PIECE_RE.match(tail) is None
                and len(_KEY_COLON_RE.findall(tail)) >= 2
                and kind_of(head) not in OFFICIAL_KINDS
            ):
                return (
                    None  # a block of keys (发布日期:… 信息来源:… 审核:…) under a headline: left to the metadata reader
                )
            return head, tail, False
    # furniture before the title: the last gap whose left side is furniture and right side a title. A breadcrumb is
    # no such furniture: its last part is the column (首页 > 专栏 > 纪念省科协成立六十周年), or the page's title cut short
    for start, end in reversed(gaps):
        head, tail = stripped[:start], stripped[end:]
        if head and tail and _is_furniture_before(head) and _is_title_side(tail):
            return tail, head, True
    return None


def split_title_para(para: Para) -> list[Para] | None:
    """The title and its furniture as two paragraphs of that line, in printed order; None when
    :func:`split_title_glue` finds none."""
    cut = split_title_glue(para.text)
    if cut is None:
        return None
    title, furniture, first = cut
    t = Para(title, para.line, para.end_line, para.level, False)
    f = Para(furniture, para.line, para.end_line, 0, True)
    return [f, t] if first else [t, f]
