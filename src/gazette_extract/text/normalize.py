"""Stage 2: clean converter noise and rejoin paragraphs, keeping a map to source lines.

What a PDF/HTML converter leaves behind, and what we do about it:

* Markdown marks: ``**bold**`` is dropped; ``# heading`` marks are kept as the paragraph's
  heading level (``Para.level``) and dropped from its text. (:func:`normalize_text` writes the
  level back as ``#`` so that normalizing twice gives the same text: without it, a title that
  ends without punctuation would be rejoined with the next paragraph on a second pass.)
* Pinyin glosses that some mirrors insert after a character (``發(fā)展``, ``制(zhì)度``) are
  removed: a bracketed lower-case syllable with a tone mark, right after a Chinese character.
* Full-width digits and Latin letters (``２０２１``) → ASCII; U+3000 and NBSP → space;
  runs of spaces → one space. Tabs are kept: they separate table cells.
* Spaces inside numbers and dates (``2021 年 11 月底前``, ``〔2023〕1 号``) are removed.
* ASCII punctuation next to Chinese text (``,:;()?!``) is folded to full width, so that
  ``(牵头单位:区发改局;责任单位:区财政局)`` and ``（牵头单位：区发改局；…）`` read alike.
* Paragraphs broken at a page break are rejoined: a paragraph that ends without closing
  punctuation continues in the next one, unless either of them is structural (a heading, a
  numbered item, a table row, a date, signature, document-number or metadata line).

Every paragraph keeps the 1-based source lines it came from (``Para.line``/``Para.end_line``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._pattern_cache import compile_re
from ..grammars.dates import is_date_line
from ..vocab.common import CJK as _CJK
from ..vocab.common import (
    DOC_KIND_ALTERNATION,
    ISSUER_SUFFIXES,
    METADATA_KEY_ALTERNATION,
    METADATA_KEYS,
    STORY_OPENER_ALTERNATION,
    STORY_OPENERS,
    LazyPattern,
)
from .newshead import DAY_LEAD_RE, dateline_at, is_news_head_line, opens_lead, split_headline_byline

# Full-width ASCII variants → ASCII for digits and letters; odd spaces → space.
_FOLD: dict[int, int | None] = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0x200B: None, 0xFEFF: None})
_FOLD.update({0xFF0E: ord(".")})  # ．as in １．→ 1.
_FOLD_NEEDED_RE = compile_re("[" + "".join(chr(cp) for cp in _FOLD) + "]")
# Runs of those characters: only they are translated (str.translate looks every character of a
# whole text up in _FOLD, 5x slower than finding the few runs that need it).
_FOLD_RUN_RE = compile_re(_FOLD_NEEDED_RE.pattern + "+")


# The whole-text substitutions below are plain ``re`` patterns, compiled on first use (they hold
# the CJK class): each starts with the character it looks for, so ``re`` scans for it and runs
# them at least as fast as ``regex`` (5 MB: 15–28 ms each). An earlier engine switch between the two,
# on a process-wide count of folded texts, is gone: the engine no longer depends on what ran before.
# Each branch starts with its mark (the look-behind after it): the engine scans for the marks.
# (a name withheld by one character between two pairs of stars, **市**区, is a mask, not bold: kept)
BOLD_RE = compile_re(rf"\*\*(?![{_CJK}]\*\*)(?<!\*\*[{_CJK}]\*\*)|__(?=\S)|__(?<=\S__)")
_STAR_MASK_RE = compile_re(rf"\*\*[{_CJK}]\*\*")  # **市**: the mask BOLD_RE keeps
# Spaces around digits next to CJK or document-number brackets: 2021 年 11 月 / 〔 2021 〕 1 号
# Each branch starts with its space and looks behind past it: the engine scans for spaces
# rather than trying every branch at every position (15x faster with re, same matches).
NUMBER_SPACE_RE = LazyPattern(
    rf" (?<=\d ) *(?=[{_CJK}〔〕\[\]［］【】%])"  # 2021 年 → 2021年 ; 1 号 → 1号 ; 95 % → 95%
    rf"| (?<=[{_CJK}〔〕\[\]［］【】] ) *(?=\d)"  # 年 11 → 年11 ; 〔 2021 → 〔2021
    r"| (?<=\d ) *(?=[.]\d)| (?<=\d\. ) *(?=\d)"  # 13 .3 → 13.3
)
MULTISPACE_RE = compile_re("  +")  # not " {2,}": sre searches a two-space prefix 8x faster
# Letter-spaced lines, typeset for emphasis: 几 个 问 题 的 通 知 / 目 录
LETTER_SPACED_RE = LazyPattern(rf"(?m)^[ \t]*(?:[{_CJK}] {{1,3}}){{1,}}[{_CJK}][ \t]*$")
# HTML entities left in text saved from web pages (&sp; is a typo some CMSs print for &nbsp;)
ENTITY_RE = compile_re(r"&(?:nbsp|sp|ensp|emsp|thinsp|#160|#12288);?")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}
ENTITY_TEXT_RE = compile_re(r"&(?:amp|lt|gt|quot);")
# ASCII punctuation beside Chinese text → full width.
_PUNCT_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
ASCII_PUNCT_RE = LazyPattern(
    # ASCII brackets count as context too, so that one pass folds what a second pass would
    # (normalizing twice must equal once): (二)) → （二）） ; (1), → （1），
    # One mark, then which of the four contexts it stands in, looked at around it: a pattern that
    # starts with one character class is scanned for by the engine (3x faster than a look-behind).
    rf"[,:;?!()](?:(?<=[{_CJK}”’）】》)][,:;?!])"  # 单位:区发改局 ; 完成。 ,
    rf"|(?<=[,:;?!])(?= *[{_CJK}“‘（(【《])"  # :区发改局 ; :  ( (spaces not yet collapsed)
    rf"|(?<=\()(?<![A-Za-z]\()(?= ?[{_CJK}\d一二三四五六七八九十])"  # (牵头单位 ; (2017年 ; (一)
    rf"|(?<=[{_CJK}\d”》）)]\)))"  # 街道) ; 2035年) ; (1)
)
# A pinyin gloss right after a Chinese character: 發(fā)展 / 制（zhì）度 / 绿(lǜ)色. The syllable
# must carry a tone mark, so 附件(a) and 总值(GDP) stay; at most 6 letters, so it is linear.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A run of glosses goes at once, so that normalizing twice changes nothing: 字(ā)(ǎ).
# The bracket first, the character looked behind past it: the engine scans for brackets (5x faster).
_GLOSS = rf"(?=[a-zü{_TONED}]{{0,5}}[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]"  # after its opening bracket
PINYIN_GLOSS_RE = LazyPattern(rf"[(（](?<=[{_CJK}][(（]){_GLOSS}(?:[(（]{_GLOSS})*")
_TONED_RE = compile_re(f"[{_TONED}]")
MD_HEADING_RE = compile_re(r"^(#{1,6})\s+")
_BULLETS = frozenset("-*+•·●▪■◆")
BULLET_RE = compile_re(r"^(?:[-*+•·●▪■◆]\s+)")
PAGE_FOOTER_RE = compile_re(r"^[-—–－]\s*\d{1,4}\s*[-—–－]$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")
# Markdown horizontal rules and empty emphasis left by converters.
RULE_RE = compile_re(r"^(?:[-*_=]\s*){3,}$")
_RULE_OR_FOOTER_START = frozenset("-*_=—–－第")

CLOSING = frozenset("。！？!?；;：:…”’」』）)】〕>》")
# A paragraph ending in one of these never goes on (_continues), whatever the next line: the
# closing marks less the quotes, which close only with the mark before them (。” but not 的”).
_CLOSED_ENDS = CLOSING - frozenset("”’」』")
# A paragraph ending in one of these is certainly unfinished.
CONTINUING = frozenset("、，,和及与或的之《“‘（(【—-")

# Lines that stand alone: they never continue into the next line and nothing joins them.
# Lines that stand alone: they never continue into the next line and nothing joins them.
# All alternatives are anchored at the start; the few forms recognised by their end or by a
# word anywhere are cheaper as string tests (see _is_standalone).
STANDALONE_RE = LazyPattern(
    rf"""
    \d{{1,4}}$                                    # 2021 (cover year), page numbers
    |第\d+期                                       # 第1期（总第9期）
    |[【\[][^】\]]{{2,30}}[】\]]$                   # 【平谷区人民政府文件】
    |[\x00-\x7f]+$                                # BEIJINGSHI PINGGUQU … (Latin only)
    |附件\s*\d*\s*[:：]?$                            # 附件1 / 附件 3
    |[{_CJK}]{{1,12}}[〔\[［(（【]\d{{4}}[〕\]］)）】]第?\d+[号號]$   # 京平政发〔2021〕1号
    |[{_CJK}]{{1,16}}令?第\d+号$                    # 国令第707号, 中华人民共和国国务院令第707号 (decrees)
    |(?![^\n]*(?:关于|《))[^，。；]{{0,30}}[{_CJK}]\x20[{_CJK}][^，。；]{{0,30}}$  # 韩小波 副区长 / 总理 李克强 (layout, not prose; not a title: …关于 印发《…)
    |\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}\s+\d{{1,2}}:\d{{2}}   # 2023-01-05 10:00 区人民政府办公室 (page chrome)
    """,
    re.VERBOSE,
)
# A dot leader and a page number end the line: 京平政发〔2020〕21号..... 1 (the form of
# r"(?:\.{3,}|…{2,}|·{3,})\s*\d+$"; read from the end by _has_leader_end, since that regex
# searched from every dot of a long run of dots: quadratic).
_LEADER_MIN = {".": 3, "…": 2, "·": 3}
BREADCRUMB_RE = compile_re(
    r"当前位置|您的位置|您所在的位置|您现在的位置|本页位置|所在位置|首页\s*[>＞»]"
)  # saved web pages
_METADATA_KEY_RE = compile_re(r"^[\[【•\s]*(?:" + METADATA_KEY_ALTERNATION + r")\s*(?:[\]】]\s*[:：|]?|[:：|])")
# Numbered list items: 一、 （一） 1. 1、 (1) ① 第一条
ITEM_START_RE = compile_re(
    r"^(?:[一二三四五六七八九十百零〇]+、|[（(][一二三四五六七八九十百零〇]+[）)]|\d{1,3}(?:[.、](?!\d)|\s)|[（(]\d{1,3}[）)]"
    r"|[①-⑳]|第[一二三四五六七八九十百零〇\d]+[条章节]|[—-]{1,2}\s*\d+\s*[—-]{1,2}$)"
)
TITLE_END_RE = compile_re(f"(?:{DOC_KIND_ALTERNATION})[”》]?$")  # …的通知 / …的通知》
_SHORT = 18  # lines shorter than this (rosters, titles, signatures) are not page-broken text


@dataclass(slots=True)
class Para:
    text: str
    line: int  # first source line, 1-based
    end_line: int  # last source line, 1-based, inclusive
    level: int = 0  # Markdown heading level, 0 when not a heading
    standalone: bool = False  # its first line stands alone (date, number, metadata, table row …)


def fold_text(text: str) -> str:
    """Character-level normalization of a whole text (line structure unchanged)."""
    if "\r" in text:  # CRLF and old-Mac CR: one line end, so that ^…$ patterns see every line
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = ENTITY_TEXT_RE.sub(lambda m: _ENTITIES[m.group()], ENTITY_RE.sub(" ", text))
    if _FOLD_NEEDED_RE.search(text):
        text = _FOLD_RUN_RE.sub(lambda m: m.group().translate(_FOLD), text)
    if _TONED_RE.search(text):
        text = PINYIN_GLOSS_RE.sub("", text)
    if "__" in text or ("**" in text and _STAR_MASK_RE.search(text)):
        text = BOLD_RE.sub("", text)
    elif "**" in text:  # no __ and no mask: BOLD_RE removes every pair, as this does 3x faster
        text = text.replace("**", "")
    text = NUMBER_SPACE_RE.sub("", text)
    text = MULTISPACE_RE.sub(" ", text)  # first: the punctuation rule looks past one space only
    text = ASCII_PUNCT_RE.sub(lambda m: _PUNCT_FULL[m.group()], text)
    return LETTER_SPACED_RE.sub(lambda m: m.group().replace(" ", ""), text)


_METADATA_FIRST = frozenset(k[0] for k in METADATA_KEYS) | frozenset("[【•")
# Characters a match of BYLINE_RE can begin with (a whitespace character too: see _may_be_byline).
_BYLINE_FIRST = frozenset("作记通编责撰摄来信发上更浏点阅字（(\\本")
# Characters a match of STANDALONE_RE can begin with (a digit too: 2021 / 2023-01-05 10:00); its
# other forms end in 号/號, hold a space (韩小波 副区长) or are ASCII only.
_STANDALONE_FIRST = frozenset("第【[附")
# Characters a match of ITEM_START_RE can begin with (a digit too: 1. / 1、).
_ITEM_FIRST = frozenset("一二三四五六七八九十百零〇（(第—-") | frozenset(map(chr, range(ord("①"), ord("⑳") + 1)))


def _may_be_byline(text: str) -> bool:
    """Cheap pre-filter of BYLINE_RE.match: can a byline start with ``text``'s first character?"""
    return text[0] in _BYLINE_FIRST or text[0].isspace()


# Short cells between pipes, no sentence inside: a table row printed without its outer pipes.
_BARE_PIPE_ROW_RE = compile_re(r"[^|。；！？]{1,40}(?:\|[^|。；！？]{0,40}){1,11}")


def _is_standalone(text: str) -> bool:
    if "\t" in text or text[0] == "|":
        return True  # a table row
    if "|" in text and _BARE_PIPE_ROW_RE.fullmatch(text):
        return True  # a table row without its outer pipes: 张三 | 某市财政局局长 | 某县县长
    if text[0] in _METADATA_FIRST and _METADATA_KEY_RE.match(text):
        return True
    if text[-1].isdigit() and _has_leader_end(text):
        return True
    if text[-1] in "号號" and TITLE_NUMBER_LINE_RE.match(text):
        return True  # 县人民政府办公室关于…的通知 某政办发〔2019〕5号: a title with its number
    if len(text) > 60:
        return False  # prose: every other standalone form is short
    if _may_be_byline(text) and BYLINE_RE.match(text) and not text.startswith((*STORY_OPENERS, "\\")):
        return True  # 作者：王晓丽 ; （记者 王晓丽）: a byline stands alone
    if text.endswith("主办") or (("位置" in text or "首页" in text) and BREADCRUMB_RE.search(text)):
        return True  # 北京市平谷区政务服务管理局主办 ; a breadcrumb
    first = text[0]
    if (first in _STANDALONE_FIRST or first.isdigit() or text[-1] in "号號" or " " in text or text.isascii()) and (
        STANDALONE_RE.match(text)
    ):
        return True
    return is_date_line(text)


def _unbalanced(text: str) -> bool:
    return (
        text.count("《") > text.count("》") or text.count("“") > text.count("”") or text.count("（") > text.count("）")
    )


# The site's name after a page title, as browsers and CMSs print it: …的意见-湖南省人民政府门户网站
SITE_SUFFIX_RE = compile_re(r"^(?P<title>\S.{5,}?)\s*[-—_|｜]\s*[^\s\-—_|｜]{2,30}(?:门户网站|网站|政府网|人民政府网)$")
# A title followed on its line by its number, a space between (never prose: no sentence ends in
# a bare number after a kind word): 县人民政府办公室关于印发…的通知 某政办发〔2019〕5号
TITLE_NUMBER_LINE_RE = compile_re(
    rf"^[^\s，。；：]{{6,140}}?(?:{DOC_KIND_ALTERNATION})[”》]?[\s\u3000]+[{_CJK}]{{1,16}}[〔\[［(（【]\d{{2,4}}[〕\]］)）】]第?\d{{1,5}}[号號]$"
)
# A document's head run into its first paragraph on one line (law mirrors):
# 浙江省人民政府贯彻…的实施意见 浙政发〔2009〕69号 2009-11-03 为贯彻《…》精神，…
ONE_LINE_HEAD_RE = LazyPattern(
    rf"""
    ^(?P<title>[^\s，。；：]{{6,100}}?(?:{DOC_KIND_ALTERNATION}))\s+              # the title, ending in its kind
    (?P<number>[{_CJK}]{{1,12}}[〔\[［【]\d{{4}}[〕\]］】]第?\d{{1,5}}[号號])\s*    # 浙政发〔2009〕69号 (fold_text took the spaces
    (?:(?P<date>(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}})(?!\d)\s*)?               #  around digits) 2009-11-03
    (?P<rest>\S.*)$
    """,
    re.VERBOSE,
)
# A byline under a news headline: 作者：王晓丽 / 来源：… / （记者 王晓丽） / 本网讯 / \ 本网讯
BYLINE_RE = compile_re(
    rf"""
    ^(?:作\s*者|记\s*者|通讯员|编\s*辑|责任编辑|撰\s*稿|摄\s*影|来\s*源|信息来源|发布时间|发布日期|上载日期|上传日期|更新时间|发稿时间|浏览次数|点击数|阅读次数|字号)\s*[：:]  # 作者：王晓丽
    |^[（(]\s*(?:记者|通讯员|作者|本报记者|本网记者)                        # （记者 王晓丽 通讯员 徐琦）
    |^\\?\s*(?:{STORY_OPENER_ALTERNATION})                                # 本网讯（徐琦） / \ 本网讯
    """,
    re.VERBOSE,
)
# A reporter's name alone under a headline: 王晓丽 (2–4 characters, not the end of a wrapped title)
LONE_NAME_RE = LazyPattern(rf"^[{_CJK}]{{2,4}}$")
# A news lead opening on its day under a headline: 9月26日，市六届人大常委会… / 3月30日上午，县十六届…
_HEADLINE_MAX = 32  # a line this short without punctuation, over a dated lead, is a headline, not a wrapped line


def _is_byline_after(prev_text: str, nxt_text: str) -> bool:
    """Is ``nxt_text`` the byline under the headline ``prev_text``? Then the headline ends there."""
    if BYLINE_RE.match(nxt_text):
        return True
    if DAY_LEAD_RE.match(nxt_text) or dateline_at(
        nxt_text
    ):  # the lead's date: the headline above (shorter than a wrapped line) is whole
        return (
            len(prev_text) <= _HEADLINE_MAX
            and not any(p in prev_text for p in "，。；：、")
            and prev_text[-1] not in CONTINUING
            and not _unbalanced(prev_text)
        )
    if not LONE_NAME_RE.match(nxt_text) or TITLE_END_RE.search(nxt_text):
        return False
    # the headline: short, no sentence punctuation, not cut inside a word or a bracket
    return (
        len(prev_text) <= 40
        and not any(p in prev_text for p in "，。；：、")
        and prev_text[-1] not in CONTINUING
        and not _unbalanced(prev_text)
    )


def _has_leader_end(text: str) -> bool:
    """Does ``text`` end with a dot leader and a page number? Linear: read from the end."""
    end = len(text.rstrip("0123456789"))
    if end == len(text):
        return False
    body = text[:end].rstrip()
    if not body or body[-1] not in _LEADER_MIN:
        return False
    leader = body[-1]
    return len(body) - len(body.rstrip(leader)) >= _LEADER_MIN[leader]


def _balance(text: str) -> tuple[int, int, int]:
    """Opened minus closed 《》, “” and （）: a paragraph with one still open goes on."""
    return (text.count("《") - text.count("》"), text.count("“") - text.count("”"), text.count("（") - text.count("）"))


class _Growing:
    """The paragraph being built from its lines, joined once when it is complete.

    Joining at every line re-copied the whole paragraph each time (quadratic: 10 MB of lines
    without closing punctuation took 20 s); the pieces, the length and the bracket balance
    are kept instead, and only a short paragraph's text is ever looked at as a whole. The
    balance is counted when first asked for (most paragraphs end on a closing mark and never
    need it), then kept up to date line by line.
    """

    __slots__ = ("_open", "length", "para", "pieces")

    def __init__(self, para: Para) -> None:
        self.para = para
        self.pieces = [para.text]
        self.length = len(para.text)
        self._open: list[int] | None = None

    @property
    def open(self) -> list[int]:
        if self._open is None:
            self._open = list(_balance(self.text()))
        return self._open

    def tail(self, n: int) -> str:
        """The last ``n`` characters (fewer when the paragraph is shorter)."""
        out = ""
        for piece in reversed(self.pieces):
            out = piece[-(n - len(out)) :] + out
            if len(out) >= n:
                break
        return out

    def text(self) -> str:
        if len(self.pieces) > 1:
            self.pieces = ["".join(self.pieces)]
        return self.pieces[0]

    def _drop_tail(self, n: int) -> None:
        while n and self.pieces:
            last = self.pieces[-1]
            if len(last) <= n:
                self.pieces.pop()
                n -= len(last)
            else:
                self.pieces[-1] = last[:-n]
                n = 0

    def _add(self, piece: str, sign: int = 1) -> None:
        self.length += sign * len(piece)
        if self._open is not None:
            for i, delta in enumerate(_balance(piece)):
                self._open[i] += sign * delta

    def join(self, right: str) -> None:
        """Append the next line as :func:`_join` joins two pieces: only the seam (the last two
        characters) is taken back and joined again, never the whole paragraph."""
        left = self.tail(2)
        self._drop_tail(len(left))
        self._add(left, -1)
        joined = _join(left, right)
        self.pieces.append(joined)
        self._add(joined)

    def finish(self) -> None:
        self.para.text = self.text()


def _continues(prev: _Growing, nxt_text: str, nxt_level: int, nxt_structural: bool) -> bool:
    """Does ``prev`` go on in the next paragraph? (the page-break rule)"""
    para = prev.para
    if para.level or nxt_level or para.standalone or nxt_structural:
        return False
    if nxt_text.startswith(STORY_OPENERS) or opens_lead(nxt_text):
        return False  # 本报讯（记者…）1月4日，…: a news story opens here, never the line above going on
    end = prev.tail(2)
    if (
        "关于" in nxt_text
        and _looks_like_title(nxt_text)
        and end[-1] not in CONTINUING
        and not any(n > 0 for n in prev.open)
    ):
        return False  # a whole title (…关于…的通知) on its line begins a paragraph: a site's menu does not run into it
    last = end[-1]
    if last in "”’」』" and len(end) > 1:
        last = end[-2]  # 。” closes; a bare ” closes only a quotation inside the sentence
        if last not in CLOSING:
            return True
    if last in CLOSING:
        return False
    if last in CONTINUING or any(n > 0 for n in prev.open):
        return True
    if prev.length <= 80 and _looks_like_title(prev.text()):
        return False  # a title (…的通知) never runs into the recipients line
    if prev.length >= _SHORT:
        return True
    # A short title line split before its kind word: 国务院办公厅关于2019年 / 部分节假日安排的通知
    return "关于" in prev.text()


def _looks_like_title(text: str) -> bool:
    """关于…的通知: ends with a document kind, and is not a sentence (no ，or 。)."""
    return len(text) <= 80 and "，" not in text and "。" not in text and bool(TITLE_END_RE.search(text))


def _join(left: str, right: str) -> str:
    """Two pieces of one line broken apart (a paragraph's lines, the PDF reader's wrapped lines
    and table cells): a space between Latin letters or digits, punctuation at the seam folded as
    fold_text would."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    if left[-1:] in _PUNCT_FULL or right[:1] in _PUNCT_FULL:
        seam = ASCII_PUNCT_RE.sub(lambda m: _PUNCT_FULL[m.group()], left[-2:] + right[:2])
        return left[:-2] + seam + right[2:]
    return left + right


def source_lines(text: str) -> list[str]:
    """The lines of ``text`` numbered as a user's editor numbers them (1-based by position)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


# A running header printed on every page of a PDF: 北京市平谷区人民政府公报 2021年第1期 (·12·)
RUNNING_HEADER_RE = compile_re(r"公报|^\d{4}年第\d{1,3}期|^第\d{1,3}期|^[·•\-—]\s*\d{1,4}\s*[·•\-—]$")
_RUNNING_MIN = 3  # occurrences that make a short header line page furniture


def _running_headers(lines: list[str]) -> set[str]:
    """Short issue-header lines that recur on every page (kept once, dropped after that).

    Without this, a header between the two halves of a paragraph broken at a page would stop
    the halves from being rejoined.
    """
    counts: dict[str, int] = {}
    for raw in lines:
        line = raw.strip()
        if 0 < len(line) <= 50 and ("公报" in line or "期" in line or line[:1] in "·•-—"):
            counts[line] = counts.get(line, 0) + 1
    return {
        line for line, n in counts.items() if n >= _RUNNING_MIN and RUNNING_HEADER_RE.search(line) and "：" not in line
    }


_UNWRAPPED_LINE = 100  # a line this long: the text is not hard-wrapped at a headline's width
_PAGE_HEAD_LINES = 200  # lines looked at for one
_HEADLINE_FIRST_MAX = 40


def _page_headline(lines: list[str]) -> int | None:
    """The line number of a web page's headline printed on its first line, when it stands alone:
    the text is not hard-wrapped (a line among the first ones is longer than any wrapped one),
    and the first line is short and reads as a whole headline — no clause punctuation, no 关于
    (a wrapped 关于-title: 国务院办公厅关于2019年 / 部分节假日安排的通知), not cut inside a word or a
    bracket, the next line not the end of a title. Its sub-headlines, captions and story below then
    never run into it (河北省…举行第三次全体会议 / 王东峰…出席第三次全体会议 / 今天（2月22日）…)."""
    numbered = [(n, raw.strip()) for n, raw in enumerate(lines[:_PAGE_HEAD_LINES], start=1) if raw.strip()]
    if len(numbered) < 2 or not any(len(text) > _UNWRAPPED_LINE for _, text in numbered):
        return None
    (number, first), (_, second) = numbered[0], numbered[1]
    if (
        not 6 <= len(first) <= _HEADLINE_FIRST_MAX
        or any(p in first for p in "，。；：、,;:")
        or "关于" in first
        or first[-1] in CONTINUING
        or _unbalanced(first)
        or (len(second) <= 80 and TITLE_END_RE.search(second))
    ):
        return None
    return number


_SIGNATURE_MAX = 30
_SIGNATURE_SCAN = 6  # lines under a signature searched for its date (blank ones between)
# A date whose 年/月/日 a converter dropped, under a signature: 202256 (layout.blocks reads it as none)
_GARBLED_DATE_LINE_RE = compile_re(r"^(?:19|20)\d{3,6}$")


def _dated_below(lines: list[str], number: int) -> bool:
    """Is line ``number`` (1-based) a signature: the next non-blank line a date (2018年11月 12 日,
    2026年2月4日 【编辑：王琴】, a garbled 202256) or a joint issuer's line over one? Then it stands
    alone: 电子邮箱：…@xmrd.gov.cn / 厦门市人大常委会办公厅 / 2018年11月 12 日 is never one line."""
    issuers = 0
    for raw in lines[number : number + _SIGNATURE_SCAN]:
        text = raw.strip()
        if not text:
            continue
        date = DATE_NOTE_RE.sub("", text)
        if is_date_line(date) or _GARBLED_DATE_LINE_RE.match(date):
            return True
        if issuers or len(text) > _SIGNATURE_MAX or not text.endswith(ISSUER_SUFFIXES):
            return False
        issuers += 1  # 国务院办公厅 / 中央军委办公厅 / 2021年3月5日
    return False


# An editor's or source note after a date: 2026年2月4日 【编辑：王琴】 / 2021年3月5日（责任编辑：X）
DATE_NOTE_RE = compile_re(r"[\s\u3000]*[【\[（(](?:责任)?(?:编辑|来源|校对|审核)[：:][^】\]）)]{0,20}[】\]）)]\s*$")


def split_paragraphs(text: str) -> list[Para]:
    """Normalize ``text`` and return its paragraphs with their source line spans."""
    paras: list[Para] = []
    folded = fold_text(text)
    # Lines as an editor counts them: \n, \r\n or \r end a line; a form feed (\f, a page break
    # from pdftotext) or U+2028 does not, unlike str.splitlines(), which would shift every
    # line number after it.
    lines = source_lines(folded)
    furniture = _running_headers(lines)
    headline_at = _page_headline(lines)  # a web page's headline on its first line stands alone
    seen_furniture: set[str] = set()
    last: Para | None = None  # the last paragraph, while lines may still join it
    # … and its builder, made only when a line is first tested against it: a paragraph that ends
    # on a closing mark (most) never joins anything and needs none
    growing: _Growing | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip(" \f\v\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = line.strip()
        if not stripped:
            continue
        if furniture and stripped in furniture:
            key = stripped
            if key in seen_furniture:
                continue  # the same header again, on the next page
            seen_furniture.add(key)
        level = 0
        if line[0] == "#":
            m = MD_HEADING_RE.match(line)
            if m:
                level = len(m.group(1))
                line = line[m.end() :].strip()
        elif "\t" not in line:
            line = stripped
            if line[0] in _RULE_OR_FOOTER_START and (RULE_RE.match(line) or PAGE_FOOTER_RE.match(line)):
                continue  # ------ ; - 12 - ; 第 3 页 : page furniture
            if line[0] in _BULLETS and (m := BULLET_RE.match(line)):
                line = line[m.end() :]
        if not line:  # (a heading mark alone: every other line is stripped and not blank here)
            continue
        if line[-1] in "站网" and (m := SITE_SUFFIX_RE.match(line)):
            line = m.group("title")  # a page's <title>: …的意见-湖南省人民政府门户网站
        if not level and len(line) > 60 and ("号" in line or "號" in line) and (m := ONE_LINE_HEAD_RE.match(line)):
            # a mirror that printed the head on the body's line: title, number, date, text
            paras.append(Para(m.group("title"), number, number, 0, True))
            paras.append(Para(m.group("number"), number, number, 0, True))
            if m.group("date"):
                paras.append(Para(m.group("date"), number, number, 0, True))
            line = m.group("rest")
        if not level and not paras and (pair := split_headline_byline(line)):
            paras.append(Para(pair[0], number, number, 0, True))  # 标题 作者:X 发布时间:…: the headline
            line = pair[1]
        standalone = _is_standalone(line) or line in furniture or is_news_head_line(line) or number == headline_at
        if not standalone and len(line) <= _SIGNATURE_MAX and line.endswith(ISSUER_SUFFIXES):
            standalone = _dated_below(lines, number)  # a signature over its date never runs on (round 10)
        if (
            not standalone
            and last is not None
            and (growing.length if growing is not None else len(last.text)) <= 40
            and not (last.level or last.standalone or level)
            and _is_byline_after(growing.text() if growing is not None else last.text, line)
        ):
            # a headline ends where its byline begins, and the byline is whole: a line after it
            # never joins it (else the joined byline, read again, would no longer be one)
            standalone = True
        structural = standalone or ((line[0] in _ITEM_FIRST or line[0].isdigit()) and bool(ITEM_START_RE.match(line)))
        if last is not None and (growing.pieces[-1] if growing is not None else last.text)[-1] not in _CLOSED_ENDS:
            growing = growing or _Growing(last)
            if _continues(growing, line, level, structural):
                growing.join(line)
                last.end_line = number
                continue
        if growing is not None:
            growing.finish()
            growing = None
        last = Para(line, number, number, level, standalone)
        paras.append(last)
    if growing is not None:
        growing.finish()
    return paras


def normalize_text(text: str) -> str:
    """The normalized text: one paragraph per line, headings marked with ``#``.

    Idempotent: ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    return "\n".join(("#" * p.level + " " + p.text) if p.level else p.text for p in split_paragraphs(text))
