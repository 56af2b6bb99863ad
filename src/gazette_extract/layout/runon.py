"""A whole notice run together on one line, cut back into its lines.

Some sites store a notice with its line breaks turned into spaces: number, title, recipients,
body, signature and date follow each other on one line (城步 2021: ``城委乡振组发〔2021〕3号
关于印发《…》的通知 各乡镇（场）…： 《…》已经…通过。… 中共城步…领导小组 2021年9月3日 …``;
河南 2023: ``河南省人民政府 关于明确…的2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将…``).
Read as one paragraph, such a line has no title, number or signature for the later stages.

A paragraph is cut only when it holds a document number standing alone between spaces next to
a title that ends in an official kind (the two words no ordinary sentence puts side by side);
it is then cut at the spaces that end a piece: after a sentence (。：；), around a number, a date
or an issuing body standing alone, and after a complete title. Every piece keeps the paragraph's
source line. Pure and linear in the paragraph's length.
"""

from __future__ import annotations

from .._pattern_cache import compile_re
from ..grammars.dates import is_date_line
from ..grammars.docnumber import read_doc_number
from ..text.newshead import summary_key
from ..text.normalize import Para
from ..vocab.common import CJK, ISSUER_SUFFIXES, OFFICIAL_KINDS, LazyPattern, alternation
from ..vocab.heads import GLUED_BODY_OPENERS, REPORT_ADDRESSES, REPORT_NAMING_VERBS, STAMP_OUTLET_ENDS
from ..vocab.numerals import CN_ORDINALS
from .recognize import is_recipients, kind_of

# A word between spaces; a run of pipes (a table's empty cells glued to the text) is its own word
_WORD_RE = compile_re(r"\|+|[^\s|]+")
_PIECE_ENDS = ("。", "：", ":", "；", ";", "！", "？")
# A word that opens a numbered item or heading starts a piece: 一、 （一） 1. ２． （1） ①
_NUMBERED_RE = LazyPattern(
    rf"^(?:[{CN_ORDINALS}]{{1,3}}、|[（(][{CN_ORDINALS}\d]{{1,3}}[）)]|\d{{1,2}}[.．、](?!\d)|[①-⑳])"
)
# A signature glued to its date: 中共城步…领导小组2021年9月3日
_GLUED_DATE_RE = LazyPattern(
    rf"^(?P<issuer>\S{{3,30}}?)(?P<date>(?:\d{{4}}|[〇○零Oo一二三四五六七八九]{{4}})年[\d{CN_ORDINALS}]{{1,2}}月[\d{CN_ORDINALS}]{{1,3}}日)$"
)
RUN_ON_MIN = 60  # shorter lines are headings or fields, never a whole notice
_TITLE_WORDS = 4  # a title broken by spaces into at most this many words
_NUMBER_MAX = 40


def _is_number(word: str) -> bool:
    return word[-1] in "号號" and len(word) <= _NUMBER_MAX and read_doc_number(word) is not None


def _is_issuer(word: str) -> bool:
    return 3 <= len(word) <= 30 and word.endswith(ISSUER_SUFFIXES) and not any(p in word for p in "。，、：；:;（）()")


def _is_title(text: str) -> bool:
    return len(text) <= 140 and "。" not in text and kind_of(text) in OFFICIAL_KINDS


def _titled_number(words: list[str], k: int) -> bool:
    """Is the number at ``words[k]`` next to a title: the words just after it, or just before it?"""
    for n in range(1, _TITLE_WORDS + 1):
        if k + n < len(words) and _is_title("".join(words[k + 1 : k + 1 + n])):
            return True
        if k - n >= 0 and _is_title("".join(words[k - n : k])):
            return True
    return False


def split_run_on(para: Para) -> list[Para]:
    """The paragraph cut into its lines when it is a notice run together, else ``[para]``."""
    text = para.text
    if len(text) < RUN_ON_MIN or (" " not in text and "　" not in text) or ("号" not in text and "號" not in text):
        return [para]  # short, one word, or no document number (…号) to cut at
    if summary_key(text) == "line":
        # a portal's summary of the notice printed under it (核心提示：关于…的通知 皖统〔2012〕77号 局机关各处室：根据…
        # (国...: SOURCES fanpusoft-2012, pages20): the notice's opening words quoted, cut off — one line, no document
        return [para]
    every = list(_WORD_RE.finditer(text))
    # a table row (标 题 | 江政办〔2020〕2号 区人民政府…的通知 |) is the tables' to read, not a notice:
    # words between two runs of pipes
    groups = [
        k
        for k, m in enumerate(every)
        if m.group().startswith("|") and (k == 0 or not every[k - 1].group().startswith("|"))
    ]
    if len(groups) >= 2:
        return [para]
    matches = [m for m in every if not m.group().startswith("|")]
    words = [m.group() for m in matches]
    if not any(_is_number(w) and _titled_number(words, k) for k, w in enumerate(words)):
        return [para]
    pieces: list[tuple[int, int]] = []  # (start, end) offsets into text
    open_at: int | None = None
    open_end = 0

    def close() -> None:
        nonlocal open_at
        if open_at is not None:
            pieces.append((open_at, open_end))
            open_at = None

    for m in matches:
        word = m.group()
        if _is_number(word) or is_date_line(word) or _is_issuer(word):
            close()
            pieces.append(m.span())
            continue
        glued = _GLUED_DATE_RE.match(word)
        if glued and _is_issuer(glued.group("issuer")):
            close()
            pieces.append((m.start(), m.start() + glued.end("issuer")))
            pieces.append((m.start() + glued.start("date"), m.end()))
            continue
        if _NUMBERED_RE.match(word):
            close()
        if open_at is None:
            open_at = m.start()
        open_end = m.end()
        joined = text[open_at:open_end]
        if word.endswith(_PIECE_ENDS) or _is_title("".join(joined.split())):
            close()
    close()
    if len(pieces) < 2:
        return [para]
    return [Para(text[a:b], para.line, para.end_line, para.level, para.standalone) for a, b in pieces]


# --- An official title glued to its recipients or body on one line (a PDF or .doc converter's dump) ---------------
# 1附件1关于公布全国评比达标表彰保留项目目录的通告经中央领导同志批准同意,现将… / 某县人民政府关于…的通知各乡镇人民政府：…
# The title opens its line, after at most three pieces of page furniture (a page number, 附件1, 第1页共18页); it names
# its subject (关于 / 转发 / 印发, an issuer of at most 40 characters before it) and ends in an official kind
# (common.OFFICIAL_KINDS); right after it stand the recipients up to their colon, or a body opener
# (heads.GLUED_BODY_OPENERS). Recipients hold no digit: …的决定1957-10-18发布机关：国务院 is a header line, not
# recipients (tests/test_classes_round6). Every run is bounded and the pattern anchored: linear in the line.
_GLUED_FURNITURE = r"(?:第\s?\d{1,4}\s?页\s?共\s?\d{1,4}\s?页|附件?\s?\d{0,2}[:：]?|\d{1,3}(?![\d年月日.．、]))"
_GLUED_REPORT_REACH = 160  # a glued report's address stands within its line's first characters
_GLUED_TITLE_RE = compile_re(
    rf"^(?P<furniture>(?:{_GLUED_FURNITURE}[ \u3000]?){{0,3}})"
    r"(?P<title>(?:[^\s，,。；;：:！？!?《》“”\d][^\s，,。；;：:！？!?《》“”]{0,40}?)?(?:关于|转发|印发)[^\s。；;：:！？!?]{2,100}?"
    rf"的(?:{alternation(OFFICIAL_KINDS)}))"
    r"(?P<rest>(?P<to>[^\s\d。；;：:《》]{2,100}?[：:])|"
    rf"(?:{alternation(GLUED_BODY_OPENERS)})[^\s。；;：:]{{2}})"
)
# A signature's date later on the line (a body opener is read only with one): …接受社会监督。某某办公室2015年8月20日
_SIGNED_DATE_RE = compile_re(
    r"。(?P<issuer>[^。\s]{3,40}?)"
    r"(?P<date>(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇一二三四五六七八九十]{1,2}月[\d〇一二三四五六七八九十]{1,3}日)"
    # …ending the signature's piece: the line's end, a page number, a blank, a bracket's note or an annex
    r"(?=$|[\d\s（(]|附)"
)
GLUED_NOTICE_MIN = 40  # a title and its first words
_SIGNED_DATE_REACH = 4000  # the signature of a notice's first page stands within this many characters


def _pieces(para: Para, spans: list[tuple[int, int]]) -> list[Para]:
    """The non-blank pieces of ``para`` at ``spans``, each a paragraph of the same lines."""
    text = para.text
    return [
        Para(text[a:b].strip(), para.line, para.end_line, para.level, para.standalone)
        for a, b in spans
        if text[a:b].strip()
    ]


def split_glued_notice(para: Para) -> list[Para] | None:
    """An official notice's title glued to its recipients or its body's first words on one line, cut into the
    furniture before it (if any), the title, and the rest; None for any other paragraph."""
    text = para.text
    if len(text) < GLUED_NOTICE_MIN or (
        "关于" not in text[:150] and "转发" not in text[:150] and "印发" not in text[:150]
    ):
        return None
    m = _GLUED_TITLE_RE.match(text)
    if m is None or kind_of(m.group("title")) not in OFFICIAL_KINDS:
        return None
    to = m.group("to")
    if to is not None and not is_recipients(to):
        if not to.startswith(GLUED_BODY_OPENERS):
            return None
        # 关于张三等同志职务任免的通知经县人民政府研究决定：任命… — the body's opener ends in a colon too: it is read as
        # a body opener (signed and dated below), not as recipients (apages20)
        to = None
    end = m.end("title")
    signed = _SIGNED_DATE_RE.search(text, end, end + _SIGNED_DATE_REACH)
    if to is None and signed is None:
        return None  # a body opener after a title is read only when the line is signed and dated
    spans = [(m.start("furniture"), m.end("furniture")), (m.start("title"), end)]
    if to is not None:
        spans.append(m.span("to"))  # the recipients on their own line, as the notice prints them
        end = m.end("to")
    if signed is not None and _is_issuer(signed.group("issuer")):
        # …接受社会监督。全国评比达标表彰工作协调小组办公室2015年8月20日2全国…: the body, the signature, its date
        spans += [(end, signed.start() + 1), signed.span("issuer"), signed.span("date"), (signed.end(), len(text))]
    else:
        spans.append((end, len(text)))
    return _pieces(para, spans)


# --- A report's title glued to its speaker, the day it was delivered and its address (a PDF dump's first line) -----
# 第1页共18页XX市政府投融资工作考察报告XX市政府工作报告张剑飞2023年1月6日各位代表:现在,… (SOURCES wnwk-2023): the
# sharing site's document name, then the report's title, the speaker's name (two to four characters), the day and
# the address (heads.REPORT_ADDRESSES) with nothing between them. Bounded runs, searched in the line's first
# characters only: linear.
_GLUED_REPORT_RE = compile_re(
    r"(?P<title>[^\s，,。；;：:！？!?《》“”\d][^\s，,。；;：:！？!?《》“”]{1,39}?报告)"
    rf"(?P<speaker>[{CJK}]{{2,4}}?)"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
    rf"(?P<address>(?:{alternation(REPORT_ADDRESSES)})[^。；;：:\s]{{0,20}}?[：:])"
)
_FURNITURE_RE = compile_re(rf"(?:{_GLUED_FURNITURE}[ \u3000]?){{0,3}}")
_TITLE_MIN = 4


def split_glued_report(para: Para) -> list[Para] | None:
    """A report's title glued to its speaker, its day and its address on one line, cut into the furniture and a
    document name before it (if any), the title, the speaker, the day and the rest; None for any other paragraph."""
    text = para.text
    if len(text) < GLUED_NOTICE_MIN or "报告" not in text[:_GLUED_REPORT_REACH]:
        return None
    furniture = _FURNITURE_RE.match(text)
    start = furniture.end() if furniture else 0
    m = _GLUED_REPORT_RE.match(text, start)  # the title opens the line, after its furniture
    if m is None:
        return None
    if any(verb in m.group("title") for verb in REPORT_NAMING_VERBS):
        return None  # 会议听取了…工作报告: a sentence naming the report
    title_at = m.start("title")
    inner = text.rfind("报告", title_at, m.end("title") - 2)  # a document name ending in 报告 glued before it
    if inner != -1 and m.end("title") - (inner + 2) >= _TITLE_MIN:
        title_at = inner + 2
    # the furniture and the sharing site's document name before the title are the site's chrome, not the report's
    # text: dropped, so that the report's title opens the page (the untitled fallback takes its first line)
    spans = [(title_at, m.end("title")), m.span("speaker"), m.span("date")]
    spans += [m.span("address"), (m.end("address"), len(text))]  # the address on its own line, then the report
    return _pieces(para, spans)


# 上海取得重大阶段性成果！政府部署…发展 上游新闻     2022-05-31 21:10: the headline, blanks, an outlet's name (2 to 12
# characters ending in one of vocab.heads.STAMP_OUTLET_ENDS), the publish stamp (a day and a time) closing the line
# (pages21). Anchored at both ends; the headline's run lazy and bounded, so a line is tried in linear time.
_HEADLINE_STAMP_RE = LazyPattern(
    rf"^(?P<head>[^\s。；：:][^。]{{7,80}}?)[ \t\u3000]+(?P<outlet>[{CJK}A-Za-z]{{0,10}}(?:{alternation(STAMP_OUTLET_ENDS)}))"
    r"[ \t\u3000]*(?P<stamp>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)[ \t\u3000]*$"
)
HEADLINE_STAMP_MAX = 120  # longer lines are no headline line


def split_headline_stamp(para: Para) -> list[Para] | None:
    """[headline, outlet and stamp] for a line that prints the headline, the outlet's name and the publish stamp
    apart by blanks (an aggregator's head line); None for any other line. The headline holds no full stop."""
    if len(para.text) > HEADLINE_STAMP_MAX or not para.text.rstrip()[-1:].isdigit():
        return None
    m = _HEADLINE_STAMP_RE.match(para.text)
    if m is None:
        return None
    head = Para(m.group("head").strip(), para.line, para.end_line, para.level, para.standalone)
    stamp = Para(f"{m.group('outlet')} {m.group('stamp')}", para.line, para.end_line, para.level, para.standalone)
    return [head, stamp]
