"""Doubtful titles (titles round 14, issue 9): a line the readers took as a document's title that is, on
any site, something else — a question, a site's spam or chrome (since session 18 also a bar of hot search
terms under its label), an e-paper page label (also its label of the paper shown, 当前报纸名称：…), metadata
keys whose values were lost, a publish stamp and nothing else (session 18, ``text.newshead.is_stamp_line``).
Such a title is withheld (``title`` null, warning ``doubtful-title`` naming the
line): a false title states a false fact, a withheld one only misses.

Each check looks at the title alone, whatever reader chose it, in time linear in its length; the words
are data in :mod:`gazette_extract.vocab.heads` (QUESTION_WORDS, SPAM_WORDS, SITE_BAR_WORDS,
DOWNLOAD_OBJECTS, EMPTY_KEY_ENDINGS, TERM_BAR_LABELS, EPAPER_CURRENT_LABELS, STAMP_TITLE_KEYS). Measured on
the dev texts and the probe pages before they were landed: ``docs/issue9-rounds.md``, "Round 14 titles" and
"Session 18 by the lead".
"""

from __future__ import annotations

import re

from ..text.newshead import is_stamp_line
from ..vocab.common import CJK, LazyPattern, alternation
from ..vocab.heads import (
    BYLINE_UNIT_ENDS,
    BYLINE_WRITER_KEYS,
    CATEGORY_LABEL_KEYS,
    CATEGORY_VALUE_MAX,
    DOWNLOAD_GAP,
    DOWNLOAD_OBJECTS,
    EMPTY_KEY_ENDINGS,
    EMPTY_KEY_MAX,
    EPAPER_CURRENT_LABELS,
    OUTLET_NAME_ENDS,
    QUESTION_WORD_NAMES,
    QUESTION_WORDS,
    QUESTION_WORDS_BARE,
    READING_COUNT_HEADS,
    READING_COUNT_WORDS,
    READING_TIME_QUALIFIERS,
    READING_TIME_WORDS,
    SHARE_HINT_MAX,
    SHARE_HINT_WORDS,
    SHARE_TARGET_LEADS,
    SHARE_TARGETS,
    SHARE_VERBS,
    SITE_BAR_WORDS,
    SPAM_WORDS,
    TERM_BAR_LABELS,
)
from .chrome import is_named_credits
from .recognize import kind_of

# A name that holds a question's word is matched first and asks nothing (哪吒)
_QUESTION_WORD_RE = LazyPattern(f"{alternation(QUESTION_WORD_NAMES)}|({alternation(QUESTION_WORDS)})")
_BARE_QUESTION_WORD_RE = LazyPattern(f"{alternation(QUESTION_WORD_NAMES)}|({alternation(QUESTION_WORDS_BARE)})")
_QUESTION_MARKS = "？?"
_SENTENCE_ENDS_RE = LazyPattern(r"[？?。！!；;]")  # the question is the title's last sentence
_TRAILING_SYMBOLS_RE = LazyPattern(r"[^\w？?]*")  # matched at the start of the reversed line
_PART_ENDS_RE = LazyPattern(r"[？?。！!；;:：—｜|\s]")  # …and a question without its mark the title's last part
_SPAM_RE = LazyPattern(alternation(SPAM_WORDS), re.IGNORECASE)
_SITE_BAR_RE = LazyPattern(
    rf"{alternation(SITE_BAR_WORDS)}"
    rf"|下载.{{0,{DOWNLOAD_GAP}}}(?:{alternation(DOWNLOAD_OBJECTS)})"
    rf"|(?:{alternation(DOWNLOAD_OBJECTS)})\s*下载|扫码下载",
    re.IGNORECASE,
)
# An e-paper's page label opening the line: 00004版：区两会特别报道 / 第A01版:要闻 / A3版：时政
_PAGE_LABEL_RE = LazyPattern(r"^\s*(?:第\s*)?[A-Za-z]?\d{1,5}\s*版\s*[:：]")
# Metadata keys whose values were lost: each ends on one of the endings, the run holds nothing else
_KEY_ENDING_RE = LazyPattern(alternation(EMPTY_KEY_ENDINGS))
_KEY_NOISE_RE = LazyPattern(r"[\s:：]+")
_KEY_HEAD_RE = LazyPattern(rf"^[{CJK}]*$")
_EMPTY_KEYS_MAX = 40  # the whole line
# A site's bar of search terms under its label, and an e-paper's label of what it shows, opening the line
_TERM_BAR_RE = LazyPattern(rf"^\s*(?:{alternation(TERM_BAR_LABELS)})\s*[:：]")
# 原住民族电视台    2010/07/28 / 某某日报 2021-03-16 / 某某晚报: an outlet's name alone, the day after it optional (apages19)
_OUTLET_ALONE_RE = LazyPattern(
    rf"^\s*[{CJK}]{{2,12}}?(?:{alternation(OUTLET_NAME_ENDS)})"
    r"(?:\s*(?:19|20)\d\d\s*[-/／.年]\s*\d{1,2}\s*[-/／.月]\s*\d{1,2}\s*日?)?\s*$"
)
# (党委宣传部 张汉仙) / （记者 张三） / （通讯员 李四 王五）: a byline alone in round brackets (apages19). The unit (2 to
# 12 characters ending in a unit's word) or a writer's key, then one to three names of 2 to 4 characters.
_BYLINE_BRACKET_RE = LazyPattern(
    rf"^\s*[（(]\s*(?:[{CJK}]{{1,10}}?(?:{alternation(BYLINE_UNIT_ENDS)})\s*(?:{alternation(BYLINE_WRITER_KEYS)})?"
    rf"|(?:{alternation(BYLINE_WRITER_KEYS)}))\s*[:：/]?\s*(?P<last>[{CJK}]{{2,4}}(?:[\s、]{{1,2}}[{CJK}]{{2,4}}){{0,2}})"
    r"\s*[)）]\s*$"
)
_UNIT_LAST_CHARS = "厅室局委部处办院会所司站社组科馆心府"  # a body's name, not a writer's, ends in one of these
_EPAPER_CURRENT_RE = LazyPattern(rf"^\s*当前(?:{alternation(EPAPER_CURRENT_LABELS)})\s*[:：]")
# A share hint where the headline stands (titles22): 即可将网页分享至朋友圈 / 点击右上角分享到朋友圈 / 长按二维码转发给好友 —
# a hint's word, then (at most 16 characters on) a share verb and its target; the line is at most SHARE_HINT_MAX long
_SHARE_HINT_RE = LazyPattern(
    rf"(?:{alternation(SHARE_HINT_WORDS)})[^，。；！？\n]{{0,16}}?(?:{alternation(SHARE_VERBS)})"
    rf"(?:\s*(?:{alternation(SHARE_TARGET_LEADS)}))?\s*(?:{alternation(SHARE_TARGETS)})"  # rev20: one reading of blanks
)
# a CMS's category label: Categories: 未分类 / 所属栏目：要闻动态 (titles20) — the value one short run, no clause mark
_CATEGORY_LABEL_RE = LazyPattern(
    rf"^\s*(?:{alternation(CATEGORY_LABEL_KEYS)})\s*[:：]\s*[^\s，。；：:,;!！?？]{{1,{CATEGORY_VALUE_MAX}}}\s*$",
    re.IGNORECASE,
)

# A content site's reading-time line (pages21): its count part (本篇文章195字 / 本文约1070字 / 全文共2345字), its time part
# (读完约1分钟 / 阅读需要3分钟 / 预计阅读时间：5分钟), or both apart by a comma or a blank, and nothing else; every run
# bounded, anchored at both ends
_READING_COUNT = rf"(?:{alternation(READING_COUNT_HEADS)})\s{{0,2}}(?:{alternation(READING_COUNT_WORDS)})?\s{{0,2}}\d{{1,6}}\s{{0,2}}字"
_READING_TIME = (
    rf"(?:{alternation(READING_TIME_WORDS)})\s{{0,2}}[:：]?\s{{0,2}}(?:{alternation(READING_TIME_QUALIFIERS)})?"
    r"\s{0,2}\d{1,3}(?:\.\d)?\s{0,2}(?:分钟|分|min|mins|minutes?)"
)
_READING_TIME_RE = LazyPattern(
    # the closing mark's blanks go with it (rev20: \s*[。.！!]?\s*$ read a run of blanks two ways, quadratic — a count
    # then 10,000 blanks and a letter took 0.25 s, 100,000 took 24 s)
    rf"^\s*(?:{_READING_COUNT}(?:\s{{0,2}}[，,、；;|｜]?\s{{0,2}}{_READING_TIME})?|{_READING_TIME})(?:\s*[。.！!])?\s*$",
    re.IGNORECASE,
)


def is_reading_time_line(text: str) -> bool:
    """Is ``text`` a content site's reading-time line (本篇文章195字，读完约1分钟), nothing else on it? (pages21)"""
    return _READING_TIME_RE.match(text) is not None


def _asks_in(pattern: LazyPattern, text: str, start: int) -> bool:
    """Whether ``text`` from ``start`` holds a question's word (a name that holds one does not count)."""
    return any(found.group(1) for found in pattern.finditer(text, start))


def _asks(title: str) -> bool:
    """The title ends on a question: its last sentence holds a question's word and ends on ？ or ?; or it
    holds one of the words that ask without a mark and ends on no document kind."""
    # symbols after the last word or mark (closing quotes, brackets, emoji: …是什么?📝) are no part of it,
    # matched on the reversed line so that a long run of them is read once
    trailing = _TRAILING_SYMBOLS_RE.match(title[::-1])
    text = title[: len(title) - trailing.end()] if trailing else title
    if not text:
        return False
    if text[-1] not in _QUESTION_MARKS:  # only the line's last part asks: 时间都去哪儿了：某某县…纪实 reports
        parts = [m.end() for m in _PART_ENDS_RE.finditer(text)]
        return kind_of(text) is None and _asks_in(_BARE_QUESTION_WORD_RE, text, parts[-1] if parts else 0)
    body = text.rstrip(_QUESTION_MARKS)  # 是什么？？
    ends = [m.end() for m in _SENTENCE_ENDS_RE.finditer(body)]
    return _asks_in(_QUESTION_WORD_RE, body, ends[-1] if ends else 0)


def is_empty_keys_line(title: str) -> bool:
    """Two or more metadata keys and nothing else (著录日期 生效日期): each key's ending found left to right,
    the characters before it (from the previous key) a short run of Han characters."""
    text = _KEY_NOISE_RE.sub("", title)
    if len(text) > _EMPTY_KEYS_MAX:
        return False
    keys, start = 0, 0
    for found in _KEY_ENDING_RE.finditer(text):
        head = text[start : found.start()]
        if found.end() - start > EMPTY_KEY_MAX or not _KEY_HEAD_RE.match(head):
            return False
        keys, start = keys + 1, found.end()
    return keys >= 2 and start == len(text)


def is_furniture_title(text: str) -> bool:
    """Is ``text`` a line no page prints as its own title, whatever stands under it: a site's spam or chrome,
    an e-paper page label, metadata keys without values? (A question is doubtful as a title, but it may be the
    page's headline all the same: it is no furniture, and the line under it is no headline for that.)"""
    return doubtful_title(text) not in (None, _QUESTION)


_QUESTION = "a question"


def doubtful_title(title: str) -> str | None:
    """Why ``title`` is doubtful (a few words for the warning), or None when it may stand."""
    if _asks(title):
        return _QUESTION
    if _SPAM_RE.search(title) or (_SITE_BAR_RE.search(title) and kind_of(title) is None) or _TERM_BAR_RE.match(title):
        return "a site's spam or chrome"
    if _PAGE_LABEL_RE.match(title) or _EPAPER_CURRENT_RE.match(title):
        return "an e-paper page label"
    if _CATEGORY_LABEL_RE.match(title):
        return "a category label"
    if len(title) <= SHARE_HINT_MAX and _SHARE_HINT_RE.search(title) and kind_of(title) is None:
        return "a share hint"  # 即可将网页分享至朋友圈 (titles22); 关于规范转发到朋友圈信息的通知 names a kind
    if is_named_credits(title):
        return "a credit line"  # 6186 本部 鄭桂珍文 魏麗莉圖 / 张三 文 李四 摄 (titles22; the line as printed, spaces kept)
    if is_stamp_line(title):
        return "a publish stamp"
    if _OUTLET_ALONE_RE.match(title):
        return "an outlet's name"
    if (byline := _BYLINE_BRACKET_RE.match(title)) and byline.group("last")[-1] not in _UNIT_LAST_CHARS:
        return "a byline in brackets"  # （国务院办公厅）: a body's name in brackets, its last word no person's
    if is_empty_keys_line(title):
        return "metadata keys without values"
    if is_reading_time_line(title):
        return "a reading-time line"
    return None
