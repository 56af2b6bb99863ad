"""Stage 3: classify normalized paragraphs into blocks.

A block is one logical unit of the page: a heading, a paragraph, a numbered item, a table row,
a signature line or a date line. Blocks carry the 1-based source lines they came from, so every
record built from them can be checked against the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field
from enum import StrEnum

from .._fastclass import dataclass


class BlockKind(StrEnum):
    """What a block is. A ``str`` enum: ``BlockKind.HEADING == "heading"``, and it is written to
    JSON as its value."""

    HEADING = "heading"  # Markdown heading, or a short line such as 一、总体要求 / 附件1
    PARAGRAPH = "paragraph"
    ITEM = "item"  # a numbered paragraph: 1. …  （一）… ①…
    TABLE_ROW = "table_row"  # tab-separated or Markdown pipe row; .cells holds the cells
    SIGNATURE = "signature"  # an issuing body alone on a line, before a date line
    DATE = "date"  # a date alone on a line: 2021年1月14日


# The kinds under their short names, as the stages import them
HEADING, PARAGRAPH, ITEM, TABLE_ROW, SIGNATURE, DATE = BlockKind


@dataclass(slots=True)
class Block:
    kind: BlockKind
    text: str  # normalized text, wrapped lines joined, Markdown marks removed
    line: int  # first source line (1-based)
    end_line: int  # last source line (1-based, inclusive)
    level: int = 0  # Markdown heading level (number of #), 0 when not a Markdown heading
    marker: str = ""  # numbering as written: "一、", "（一）", "1.", "(1)", "①"; "" if none
    style: str = ""  # numbering style: "cn", "paren_cn", "num", "paren_num", "circled"; "" if none
    number: int = 0  # value of the numbering: 一 → 1, （三） → 3, 12. → 12
    body: str = ""  # text after the marker (== text when there is no marker)
    cells: list[str] = field(default_factory=list)  # table rows only


import re  # noqa: E402  (kept below the data types they build)

from .._pattern_cache import compile_re  # noqa: E402
from ..grammars.dates import (  # noqa: E402
    CLOCK_TIME,
    GARBLED_DIGITS_RE,
    ROC_YEAR,
    SPACED_DIGITS_RE,
    cn_to_int,
    garbled_date,
    is_date_line,
    lost_day_date,
    lost_marks_date,
    roc_bare_date,
    weekday_date_line,
    without_weekday,
)
from ..text.newshead import GLUED_MIN  # noqa: E402
from ..text.normalize import DATE_NOTE_RE, GARBLED_DATE_RE, Para, names_a_note, split_paragraphs  # noqa: E402
from ..vocab.common import CJK, ISSUER_SUFFIXES, OFFICIAL_KINDS, alternation, compact  # noqa: E402
from ..vocab.datelines import (  # noqa: E402
    CLOCK_WEEKDAYS,
    DATE_TAIL_BARS,
    DATE_TAIL_TOOLS,
    NOTICE_CLOSINGS,
    SIGNATURE_DATE_SEPARATORS,
)
from ..vocab.numerals import CN_ORDINALS  # noqa: E402
from .newsline import split_news_para  # noqa: E402
from .recognize import kind_of  # noqa: E402
from .runon import (  # noqa: E402
    GLUED_NOTICE_MIN,
    RUN_ON_MIN,
    split_glued_notice,
    split_glued_report,
    split_headline_stamp,
    split_run_on,
)
from .sigforms import join_split_dates, strip_seal  # noqa: E402
from .titleglue import split_title_para  # noqa: E402

# Numbering at the start of a paragraph, one alternative per style.
# What follows the year of an old-series number, (85)京政发字第12号: an agency ending in 字/发 and its
# serial — that year in brackets is no item's number (classes21); a year of two digits only: （1）按照京政发字第12号
# 要求 is item 1 (rev22: one digit is never such a year)
_OLD_SERIES_NUMBER_REST = rf"[{CJK}]{{1,14}}[字发發]第?\d{{1,5}}[号號]"
MARKER_RE = compile_re(
    rf"""
    ^(?:
       (?P<cn>[{CN_ORDINALS}百零〇]{{1,4}})(?:、|[.．](?![\d{CN_ORDINALS}百零〇]))  # 一、总体要求 / 一.总体要求
     | [（(](?P<paren_cn>[{CN_ORDINALS}百零〇]{{1,4}})[）)]        # （一）农业科技创新领域
     | (?P<ideograph>[㈠-㈩])                                           # ㈠农业科技创新领域 (（一） as one character)
     | (?P<num>\d{{1,3}})(?:[.、](?!\d)|\x20(?=[^\d\x20]))               # 1. 搭乘… / 12、… / 5.合理…
     | (?P<num_year>\d{{1,3}})[.、](?=(?:(?:19|20)\d{{2}}|\d{{2}})\x20?年)    # 1.2021年6月底前，… / 6、98年元旦… (not 1.5亿, 1、2月份)
     | [（(](?P<paren_num>\d{{1,3}})[）)](?!(?<=[（(]\d\d[）)]){_OLD_SERIES_NUMBER_REST})  # （1）… (not (85)京政发字第12号)
     | (?P<circled>[①-⑳])                                               # ①…
     | 第(?P<article>[{CN_ORDINALS}百零〇\d]{{1,5}})条(?=\s|　|$)   # 第一条　根据…
    )\s*
    """,
    re.VERBOSE,
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESIZED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # U+3220-3229: the same level as （一）…（十）
PIPE_SEPARATOR_RE = compile_re(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
ATTACHMENT_HEADING_RE = compile_re(r"^附件\s*(\d{1,2})?\s*[:：]?$")
_SENTENCE_END = ("。", "；", "！", "？")
# A seal's place printed between a signature and its date: （印章） / (盖章) / 公章
SEAL_RE = compile_re(r"^[（(]?\s*(?:印章|盖章|公章|签章|章)\s*[）)]?$")
# What may follow a signature's date on its line: the seal's place or the word of its issuing
# (2019年12月31日（印） / 2019年12月31日发布 / …公布); 印发 is a print line's (版记), not read here
DATE_TAIL_RE = compile_re(r"(?<=日)[\s\u3000]*(?:[（(]\s*(?:印|章|盖章|公章|印章|签章)\s*[）)]|发布|公布|签发)$")
# A page's bar after a signature's date on its line (vocab.datelines): the table's closing pipe,
# the print and close buttons in brackets — 某某县自然资源和规划局 2024年1月30日 | / 2024年1月30日
# 【打印】【关闭】. Each part is bounded; the line is short (_DATE_TOOLS_LINE_MAX) before it is tried.
DATE_TOOLS_TAIL_RE = compile_re(
    rf"(?<=[日\d])(?:[\s\u3000]*(?:[{DATE_TAIL_BARS}]|[【\[［][\s\u3000]*(?:{alternation(DATE_TAIL_TOOLS)})[\s\u3000]*[】\]］]))+"
    r"[\s\u3000]*$"
)
_DATE_TOOLS_LAST = frozenset(DATE_TAIL_BARS + "】]］")
_DATE_TOOLS_LINE_MAX = 80
# The publication note printed under a signature: （此件公开发布） / （此件主动公开） / (此页无正文)
PUBLICATION_NOTE_RE = compile_re(r"^[（(]\s*此[件页][^（()）]{1,10}[）)]$")
# …or after the signature's date on its line, as is the contact's note: 2019年6月3日（此件公开发布） /
# 某县人民政府办公室　2019年6月3日　（联系人：张三，电话：12345678）
NOTE_AFTER_DATE_RE = compile_re(
    r"(?<=[日\d])[\s\u3000]*[（(]\s*(?:此[件页][^（()）]{1,10}|联系人[^（()）]{0,40})[）)]$"
)
# A signature with its date on the same line: 某市人民政府　　2021年3月5日 / 某县人民政府二〇二一年三月五日
SIGNATURE_DATE_RE = compile_re(
    r"^(?P<sig>\S.{1,38}?)[\s\u3000]*(?P<date>(?:\d{4}|[〇○零Oo0０一二三四五六七八九]{4}"
    # 某某县政府 中华民国一○八年三月十五日 (Taiwan: the Republic's year, digits or numerals)
    rf"|(?:中华民国|民国)[\s\u3000]*(?:{ROC_YEAR}))[\s\u3000]*年[^年]{{1,14}}日)$"
    # 某某县人民政府　2019.12.31 / 某某县人民政府 2019-12-31: a numeric date (normalize drops the space)
    r"|^(?P<nsig>\S.{1,38}?[^\d\s])[\s\u3000]*(?P<ndate>(?:19|20)\d\d(?P<nsep>[.\-/])\d{1,2}(?P=nsep)\d{1,2})$"
)
# the closing words at the end of a notice's last sentence (…请认真贯彻执行。)
_CLOSING_RE = compile_re(rf"(?:{alternation(NOTICE_CLOSINGS)})[^。！!]{{0,12}}[。！!][ \t\u3000]*$")
_CLOSING_TAIL = 40  # the end of the sentence looked at


def _closes_notice(text: str) -> bool:
    """Does ``text`` end on a notice's closing sentence (…现印发给你们，请认真贯彻执行。)?"""
    return _CLOSING_RE.search(text[-_CLOSING_TAIL:]) is not None


_GARBLED_DATE_MAX = 14  # the longest match: 2016 年 1013 日 (eight digits, or a run under 年, and its blanks)
_SPACED_DATE_MAX = 16  # 2017 6 23 (or { 2017　06　23): a date line whose 年月日 became blanks
_DATE_LINE_MAX = 24  # is_date_line's own limit, tested before calling it on every paragraph
_HEADING_MAX = 40  # a numbered line this short, without a full stop, is a heading


def _split_cells(text: str) -> list[str]:
    if "\t" in text:
        return [c.strip() for c in text.split("\t")]
    return pipe_cells(text)


def pipe_cells(text: str) -> list[str]:
    """The cells of a pipe row printed with a closing bar only, or both, or none: ``序号 | 实事项目 |
    责任单位 |`` → three cells; an empty cell inside the row is kept (a merged one)."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


# Characters a numbering marker can start with (a cheap test before MARKER_RE)
_MARKER_FIRST = frozenset(f"{CN_ORDINALS}百零〇（(0123456789第") | frozenset(_CIRCLED + _PARENTHESIZED)
PERSON_SIGNATURE_RE = compile_re(r"\S{1,12}\s+(?:\S{2,4}|\S\s\S)")  # 总理 李克强 / 区长 张三 / 自治区主席 陈 武


def _marker(block: Block) -> None:
    m = MARKER_RE.match(block.text) if block.text[:1] in _MARKER_FIRST else None
    if not m:
        block.body = block.text
        return
    style = m.lastgroup or ""
    value = m.group(style)
    if style == "ideograph":
        style, value = "paren_cn", f"{CN_ORDINALS}"[_PARENTHESIZED.index(value)]
    elif style == "num_year":
        style = "num"  # 1.2021年…: the same numbering as 1.…
    block.style = style
    block.number = _CIRCLED.index(value) + 1 if style == "circled" else (cn_to_int(value) or 0)
    block.marker = m.group().strip()
    block.body = block.text[m.end() :].strip()


# A date line with a time after it (2019年06月03日 10:20 / 2019年6月3日 10:20:11): read so under a signature only
TIMED_DATE_LINE_RE = compile_re(
    rf"^[ \t\u3000]*(?P<date>[^:：\s][^:：]{{5,18}}?日)[ \t\u3000]*{CLOCK_TIME}[ \t\u3000]*$"
)
_TIMED_DATE_LINE_MAX = 48  # a date (≤ 19 characters) and a time (≤ 8): a longer line, however blank, is read as none

# The brackets a signature's date is printed in, each with the marks that close it
_DATE_BRACKETS = {"（": "）)", "(": ")）", "【": "】", "［": "］]", "[": "]］", "〔": "〕"}


# The one mark between a signature and its date on their line (vocab.datelines.SIGNATURE_DATE_SEPARATORS), the
# date's first character after it: 某某县人民政府 / 2019年3月5日 → 某某县人民政府 2019年3月5日 (round dates21)
_SIGNATURE_DATE_MARKS = "".join(SIGNATURE_DATE_SEPARATORS)
_SIGNATURE_DATE_MARK_RE = compile_re(rf"[{re.escape(_SIGNATURE_DATE_MARKS)}](?=[ \t\u3000]*[0-9０-９〇○零Oo一二中民])")
_LINE_BLANKS = " \t\u3000"
_MARKED_LAST = frozenset("日0123456789一二三四五六天）)")  # a date's last character, or its weekday's
_MARKED_SIGNATURE_MAX = 64  # a signature (≤ 40), a mark, a date and its weekday: a longer line is tried as it is


def _marked_signature_date(text: str) -> tuple[str, str] | None:
    """(signature, date) of a signature and its date on one line with one mark between them, or a weekday
    after the date (某某县人民政府 / 2019年3月5日 ; 某某县人民政府 | 2019.3.5 ; 某某县人民政府 2019年3月5日（星期二）:
    a flattened layout table or right-aligned block), else None. Two marks or more make a table row, and a
    weekday that is not the date's leaves the line as it is."""
    if len(text) > _MARKED_SIGNATURE_MAX:
        return None
    bare = without_weekday(text)
    line = bare if bare is not None else text
    marks = sum(line.count(mark) for mark in _SIGNATURE_DATE_MARKS)
    if marks == 1 and (mark := _SIGNATURE_DATE_MARK_RE.search(line)) is not None:
        line = f"{line[: mark.start()].rstrip(_LINE_BLANKS)} {line[mark.end() :].lstrip(_LINE_BLANKS)}"
    elif marks or bare is None:
        return None
    m = SIGNATURE_DATE_RE.match(line)
    if m is None or not _is_signature(sig := _sig_of(m.group("sig") or m.group("nsig"))):
        return None
    date = m.group("date") or m.group("ndate")
    return (sig, date) if is_date_line(date) else None


def _marked_neighbours(paras: list[Para]) -> frozenset[int]:
    """The first lines of the paragraphs next to one that holds a mark a signature and its date may be printed apart
    by: there a marked line is one of a list's or a data table's rows (某某县财政局 | 2019年6月30日 / 某某县农业局 |
    2019年7月30日), never a signature."""
    marked = [any(mark in p.text for mark in _SIGNATURE_DATE_MARKS) for p in paras]
    last = len(paras) - 1
    return frozenset(p.line for k, p in enumerate(paras) if (k and marked[k - 1]) or (k < last and marked[k + 1]))


def _last_date_line(paras: list[Para]) -> int:
    """The line of the page's last paragraph that is a date alone (-1 when none). A marked signature line over it
    (某某县财政局 | 2019年6月30日 in the body, 某某县人民政府 / 2019年7月1日 signing below) is a line of the body, never the
    signature: the document signs at its foot, and the first pair read would be the body's (rev21)."""
    return next((p.line for p in reversed(paras) if len(p.text) <= _DATE_LINE_MAX and is_date_line(p.text)), -1)


def _signed_date_line(text: str) -> bool:
    """Is ``text`` a signature and its date on one line (某市人民政府　　2021年3月5日)?"""
    m = SIGNATURE_DATE_RE.match(text)
    return m is not None and _is_signature(_sig_of(m.group("sig") or m.group("nsig")))


def _is_signature(text: str) -> bool:
    if "、" in text and len(text) <= 40 and _joint_bodies(text):
        return True  # 某某县人民政府、某某县财政局: joint issuers joined by 、 on one line
    if len(text) > 40 or any(p in text for p in "。，；：:、"):
        return False
    # one or several bodies separated by spaces: 国务院 中央军委 ; 总理 李克强 is a signature too
    return text.endswith(ISSUER_SUFFIXES) or bool(PERSON_SIGNATURE_RE.fullmatch(text))


_JOINT_PART_MIN = 3  # 县政府 — a shorter part is a list's word (市、县、区), not a body


def _joint_bodies(text: str) -> bool:
    """Is ``text`` two or more bodies' names joined by 、 and nothing else?"""
    parts = text.split("、")
    return all(
        len(p) >= _JOINT_PART_MIN and p.endswith(ISSUER_SUFFIXES) and not any(c in p for c in "。，；：: 　")
        for p in parts
    )


def _sig_of(text: str) -> str:
    """A signature without its seal mark (某某局（公章） → 某某局) or a bulletin's 编 (某某县人民政府
    办公室编 → 某某县人民政府办公室), else as it is."""
    text = strip_seal(text.strip()) or text
    for mark in _EDITED_BY:
        if text.endswith(mark) and text[: -len(mark)].endswith(ISSUER_SUFFIXES):
            return text[: -len(mark)]
    return text


_EDITED_BY = ("编印", "编发", "编")  # 某某县人民政府办公室编　2022年8月19日 (a bulletin's masthead)


# Paragraphs shorter than this are never cut (split_glued_head's and split_run_on's minimum).
_CUT_MIN = min(GLUED_MIN, RUN_ON_MIN)


_GLUED_HEADING_MAX = 60  # a page's title alone over the same title glued to its address


def _opens_with(text: str, heading: str) -> bool:
    """Does ``text`` open with the words of ``heading`` (spaces aside) and go on?"""
    first, lead = text[:1], heading[:1]
    if first != lead and not first.isspace() and not lead.isspace():
        return False  # two first characters that no fold drops, and they differ (most paragraphs)
    key = compact(heading)
    return bool(key) and len(text) > len(key) and compact(text[: len(heading) + 8]).startswith(key)


_STAMPED_HEAD_MAX = 3  # the page's first paragraphs searched for a headline printed with its outlet and stamp


def _pieces(paras: list[Para]) -> Iterator[Para]:
    """The paragraphs as classify reads them: a news item stored on one line cut into its parts,
    a notice run together cut into its lines, an official title and its date on one line cut in
    two. A short paragraph (most of them) is neither and goes as it is, without two calls and two
    lists each."""
    above: str | None = None  # the text of the paragraph above (a title alone over its glued printing)
    joined = list(join_split_dates(paras))
    for k, whole in enumerate(joined):
        heading, above = above, whole.text
        if k < _STAMPED_HEAD_MAX and whole.text[-1:].isdigit() and (stamped := split_headline_stamp(whole)) is not None:
            # 某某重大成果！某某发展 上游新闻     2022-05-31 21:10: the page's head line, cut into the headline and its outlet
            # and stamp — not one of a list of such lines (a sidebar, a list page: each another page's) (pages21)
            listed = any(split_headline_stamp(joined[m]) is not None for m in (k - 1, k + 1) if 0 <= m < len(joined))
            if not listed:
                yield from stamped
                continue
        if (glued_title := split_title_para(whole)) is not None:
            # 关于…的通知 发布时间：2021-03-05 来源：… / 当前位置：首页>>通知公告>>…: the title, and its furniture (titles24)
            yield from glued_title
            continue
        if whole.text[-1:] in "日）)" and (dated := _title_and_date(whole)) is not None:
            yield from dated  # 某某县人民政府关于…的通知（2019年6月3日）: the title, then its date
            continue
        # the page's title alone over the same title glued to its address (某某公开信 / 某某公开信尊敬的…：…)
        under = heading if heading and len(heading) <= _GLUED_HEADING_MAX and _opens_with(whole.text, heading) else None
        if len(whole.text) >= GLUED_NOTICE_MIN and (
            (glued := split_glued_notice(whole)) is not None or (glued := split_glued_report(whole)) is not None
        ):
            # 1附件1关于…的通告经…批准同意，现将… / …工作报告张剑飞2023年1月6日各位代表:… (a converter's dump)
            yield from glued
            continue
        # (a report's title with its note, a title glued to its address on the first line: newshead)
        if len(whole.text) < _CUT_MIN and "日在" not in whole.text and whole.line != 1 and under is None:
            yield whole
            continue
        for part in split_news_para(whole, under):
            yield from split_run_on(part)


# An official title and its date on one line: …的通知（2019年6月3日） / …的通知　2019年6月3日 (a law
# database's list line, a page that printed the date beside its title; normalize may drop the space)
TITLE_DATE_RE = compile_re(
    r"^(?P<title>[^。；：:，,\s][^。；：:]{5,78}?)(?:[ \t\u3000]*(?P<bracket>[（(])[ \t\u3000]*|[ \t\u3000]*)"
    r"(?P<date>(?:\d{4}|[〇○零Oo0０一二三四五六七八九]{4})[ \t\u3000]*年[^年（）()]{1,14}?日)(?(bracket)[ \t\u3000]*[）)])$"
)


def _title_and_date(para: Para) -> list[Para] | None:
    """The title and its date printed on one line (…的通知（2019年6月3日）) as two paragraphs of that
    line — the title, then the date in brackets under it, as law databases print it — when the
    title ends in an official kind; None for any other line (a headline with its date stays whole)."""
    m = TITLE_DATE_RE.match(para.text) if len(para.text) <= _TITLE_DATE_MAX else None
    if m is None or kind_of(m.group("title").rstrip()) not in OFFICIAL_KINDS or not is_date_line(m.group("date")):
        return None
    date = f"（{m.group('date')}）"
    return [
        Para(m.group("title").rstrip(), para.line, para.end_line, para.level, para.standalone),
        Para(date, para.line, para.end_line, 0, True),
    ]


_TITLE_DATE_MAX = 100


def classify(paras: list[Para]) -> list[Block]:
    """Turn paragraphs into typed blocks (pure; no I/O)."""
    blocks: list[Block] = []
    listed: frozenset[int] | None = None  # the lines a marked line stands next to (_marked_neighbours), when needed
    dated_last: int | None = None  # the line of the page's last date alone on its line (_last_date_line), when needed
    for para in _pieces(paras):
        text = para.text
        if text.endswith(("?", "？")) and len(text) <= _HEADING_MAX:
            # 甘肃省人民政府???????? / 2023年1月19日????????: the spaces that aligned a signature,
            # lost to '?' by a converter; a date or an issuing body is never a question
            bare = text.rstrip("?？ \u3000")
            if bare and (is_date_line(bare) or _is_signature(bare)):
                text = bare
        if (
            text[-1:] in _DATE_TOOLS_LAST
            and len(text) <= _DATE_TOOLS_LINE_MAX
            and (bare := DATE_TOOLS_TAIL_RE.sub("", text)) != text
            and (is_date_line(bare) or _signed_date_line(bare))
        ):
            text = bare  # 2024年1月30日 | / …2024年1月30日 【打印】【关闭】: the page's bar after the date
        elif (
            text[-1:] in DATE_TAIL_BARS
            and (bare := text.rstrip(DATE_TAIL_BARS + " \t\u3000"))
            and bare.endswith(ISSUER_SUFFIXES)
            and _is_signature(bare)
        ):
            text = bare  # 某某县自然资源和规划局 | over 2024年1月30日 |: the signature in the table's cell
        if text[-1:] in "）)" and (m := NOTE_AFTER_DATE_RE.search(text)):
            text = _without_note(text, m.start())
        if "\t" in text or text.startswith("|"):
            if PIPE_SEPARATOR_RE.match(text):
                continue
            blocks.append(Block(TABLE_ROW, text, para.line, para.end_line, cells=_split_cells(text), body=text))
            continue
        if len(text) <= _DATE_LINE_MAX and is_date_line(text):
            blocks.append(Block(DATE, text, para.line, para.end_line, body=text))
            continue
        if (
            text[-1:] in "】]）)"
            and names_a_note(text)
            and (date := DATE_NOTE_RE.sub("", text)) != text
            and is_date_line(date)
        ):
            # 2026年2月4日 【编辑：王琴】: the date under a signature, an editor's note after it
            blocks.append(Block(DATE, date, para.line, para.end_line, body=date))
            continue
        if text[-1:] in "布发）)" and (m := DATE_TAIL_RE.search(text)) and is_date_line(date := text[: m.start()]):
            # 2019年12月31日（印） / 2019年12月31日发布 under a signature: the date, its seal or word after it
            blocks.append(Block(DATE, date, para.line, para.end_line, body=date))
            continue
        if "章" in text and SEAL_RE.match(text):
            continue  # （印章） between a signature and its date: nothing to read
        if (unsealed := strip_seal(text)) is not None and _is_signature(unsealed):
            text = unsealed  # 某某省应急管理厅（公章）: the body is the signature, the seal's mark nothing
        if (
            (text[-1:] == "日" or text[-1:].isdigit())
            and (m := SIGNATURE_DATE_RE.match(text))
            and _is_signature(_sig_of(m.group("sig") or m.group("nsig")))
        ):
            # 某市人民政府　　2021年3月5日: the signature and its date on one line
            sig, date = _sig_of(m.group("sig") or m.group("nsig")), m.group("date") or m.group("ndate")
            if is_date_line(date):
                blocks.append(Block(SIGNATURE, sig, para.line, para.end_line, body=sig))
                blocks.append(Block(DATE, date, para.line, para.end_line, body=date))
                continue
        if (
            text[-1:] in _MARKED_LAST
            and (marked := _marked_signature_date(text)) is not None
            and para.line not in (listed := _marked_neighbours(paras) if listed is None else listed)
            and para.line >= (dated_last := _last_date_line(paras) if dated_last is None else dated_last)
        ):
            # 某某县人民政府 / 2019年3月5日 ; 某某县人民政府 2019年3月5日（星期二）: a mark between, a weekday after
            sig, date = marked
            blocks.append(Block(SIGNATURE, sig, para.line, para.end_line, body=sig))
            blocks.append(Block(DATE, date, para.line, para.end_line, body=date))
            continue
        if text[:1] in _MARKER_FIRST:
            block = Block(PARAGRAPH, text, para.line, para.end_line, level=para.level)
            _marker(block)
        else:  # no numbering can start it (most paragraphs): its body is its text
            block = Block(PARAGRAPH, text, para.line, para.end_line, level=para.level, body=text)
        if (
            para.level
            or (text.startswith("附件") and ATTACHMENT_HEADING_RE.match(text))
            or (
                block.style in ("cn", "paren_cn")
                and len(text) <= _HEADING_MAX
                and not text.endswith(_SENTENCE_END)
                and "。" not in block.body
            )
        ):
            block.kind = HEADING
        elif block.style:
            block.kind = ITEM
        blocks.append(block)
    # A short organization line right above a date line is a signature (落款); joint issuers
    # stand on consecutive lines (国务院办公厅 / 中央军委办公厅).
    for i, block in enumerate(blocks):
        # every test below reads a paragraph under another block: one test of both for all
        if i and block.kind == PARAGRAPH:
            text = block.text
            if (
                len(text) <= _GARBLED_DATE_MAX
                and (GARBLED_DATE_RE.match(text) or lost_marks_date(text))  # …or 2018516日 (日 kept)
                and blocks[i - 1].kind == PARAGRAPH
                and _is_signature(blocks[i - 1].text)
            ):
                block.kind = DATE  # 厦门市人民政府办公厅 / 2019116: a date that lost its 年月日 (read as none)
            elif (
                GARBLED_DIGITS_RE.match(text)
                and garbled_date(text) is not None
                and blocks[i - 1].kind == PARAGRAPH
                and _closes_notice(blocks[i - 1].text)
            ):
                # …请认真贯彻执行。 / 20151214: an unsigned notice's date, its 年月日 lost (dates round 14)
                block.kind = DATE
            elif (
                len(text) <= _SPACED_DATE_MAX
                and SPACED_DIGITS_RE.match(text)
                and blocks[(j := over_publication_note(blocks, i - 1))].kind in (PARAGRAPH, SIGNATURE)
                and _is_signature(blocks[j].text)
            ):
                block.kind = DATE  # 某县人民政府办公室 / （此件公开发布） / 2017 6 23: its 年月日 lost to blanks
            elif (
                text[-1:].isdigit()
                and lost_day_date(text) is not None
                and blocks[i - 1].kind in (PARAGRAPH, SIGNATURE)
                and _is_signature(blocks[i - 1].text)
            ):
                block.kind = DATE  # 某县人民政府办公室 / 2021年3月5: a date that lost its 日 under a signature
            elif (
                (close := _DATE_BRACKETS.get(text[:1])) is not None
                and text[-1:] in close
                and is_date_line(text[1:-1].strip())
                and blocks[i - 1].kind in (PARAGRAPH, SIGNATURE)
                and _is_signature(blocks[i - 1].text)
            ):
                # 某县人民政府办公室 / （2019年3月5日）: the date in brackets under a signature (【】［］〔〕[] too)
                block.kind = DATE
            elif (
                blocks[i - 1].kind in (PARAGRAPH, SIGNATURE)
                and len(text) <= _TIMED_DATE_LINE_MAX
                and (":" in text or "：" in text)  # the time's colon: most paragraphs stop here
                and (m := TIMED_DATE_LINE_RE.match(text)) is not None
                and is_date_line(m.group("date"))
                and _is_signature(blocks[i - 1].text)
            ):
                # 某县人民政府办公室 / 2019年06月03日 10:20: the date with the time a CMS stamps on it
                block.kind = DATE
            elif (
                text.lstrip()[:1] == "1"
                and roc_bare_date(text)
                and blocks[i - 1].kind in (PARAGRAPH, SIGNATURE)
                and _is_signature(blocks[i - 1].text)
            ):
                block.kind = DATE  # 某某县政府 / 108年3月15日: the Republic's year without 中华民国 under a signature
            elif (
                weekday_date_line(text) is not None
                and blocks[(j := over_publication_note(blocks, i - 1))].kind in (PARAGRAPH, SIGNATURE)
                and _is_signature(blocks[j].text)
            ):
                # 某县人民政府办公室 / 2020年5月6日（星期三）: the date and its own weekday under a signature
                # (a site's today over its banner prints the same: never a date there)
                block.kind = DATE
        if block.kind != DATE:
            continue
        if _site_clock(blocks, i):
            block.kind = PARAGRAPH  # 2024/05/15 / Wednesday / 19:41: the site's clock, the day the page was stored
        else:
            j = over_publication_note(blocks, i - 1)
            while j >= 0 and i - j <= 4 and blocks[j].kind in (PARAGRAPH, SIGNATURE) and _is_signature(blocks[j].text):
                blocks[j].kind = SIGNATURE
                j -= 1
    return blocks


_CLOCK_TIME_RE = compile_re(rf"^[ \t\u3000]*{CLOCK_TIME}[ \t\u3000]*$")


def _site_clock(blocks: list[Block], i: int) -> bool:
    """Is the date alone at ``blocks[i]`` a site's clock over its banner: the weekday and the time
    each on a line of its own under it (2024/05/15 / Wednesday / 19:41)? It dates no story."""
    return (
        i + 2 < len(blocks)
        and blocks[i + 1].text.strip(" \t\u3000") in CLOCK_WEEKDAYS  # (a dict: its words are its keys)
        and _CLOCK_TIME_RE.match(blocks[i + 2].text) is not None
    )


def _without_note(text: str, cut: int) -> str:
    """``text`` without the note after its date (2019年6月3日（此件公开发布） → 2019年6月3日) when
    what stands before the note is a date line or a signature and its date; else ``text``."""
    dated = text[:cut]
    return dated if is_date_line(dated) or _signed_date_line(dated) else text


def over_publication_note(blocks: list[Block], j: int) -> int:
    """``j``, or the index above it when ``blocks[j]`` is a publication note printed between a
    signature and its date (某县人民政府 / （此件公开发布） / 2021年3月1日)."""
    if j > 0 and blocks[j].kind == PARAGRAPH and PUBLICATION_NOTE_RE.match(blocks[j].text):
        return j - 1
    return j


def split_blocks(text: str) -> list[Block]:
    """normalize + classify: the blocks of a raw text."""
    return classify(split_paragraphs(text))
