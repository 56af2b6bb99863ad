"""Stage 4: the issue's front matter (title, year, 第N期（总第M期）, publisher, date) and its
table of contents (目录).

Both are read from the blocks before the first document. A text without them (a single
document saved from a website) gets an issue of nulls and no contents — not an error.
"""

from __future__ import annotations

import re
from dataclasses import field, replace

from .._fastclass import dataclass
from .._pattern_cache import compile_re
from ..data import ContentsEntry, DocNumber, Issue
from ..grammars.brackets import matching_open
from ..grammars.dates import DATE_RE, cn_to_int, parse_date
from ..grammars.docnumber import scan_doc_numbers
from ..text.normalize import BREADCRUMB_RE, ENTRY_NUMBER_PATTERN, PAGE_RANGE_MARKS
from ..vocab.common import CJK as _CJK
from ..vocab.common import (
    DOC_KIND_ALTERNATION,
    NOT_GAZETTE_BEFORE_GONGBAO,
    ORG_SUFFIXES,
    SECTION_HEADINGS,
    TABLE_COLUMN_NAMES,
    compact,
)
from ..vocab.numerals import CN_ORDINALS
from .blocks import HEADING, MARKER_RE, TABLE_ROW, Block
from .metadata import metadata_of
from .recognize import clean_title, is_recipients, kind_of

_CN = f"{CN_ORDINALS}百零〇"

# The running number in its spellings: 总第9期 / 总第1650号 / 总号：1650 / 总236期
_TOTAL_PART = rf"[总總]\s*(?:第|[号號]\s*[：:]?)?\s*(?P<total>\d{{1,5}}|[{_CN}]{{1,6}})\s*[期号號]?"
ISSUE_NUMBER_RE = compile_re(
    rf"""
    (?:(?P<year>\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*)?   # 2021年第1期 / 二〇一九年第5期
    (?:(?<![总總])(?<!令)第\s*(?P<number>\d{{1,3}}|[{_CN}]{{1,4}})\s*(?P<unit>[期号號])   # 第1期 / 第十二期 / 第5号
     |(?<=年)第?\s*(?P<range>\d{{1,3}}\s*[-—–~至、，,]\s*\d{{1,3}})\s*期(?:合刊)?  # 2019年1-3期 / 第5、6期合刊 (no one number)
     |(?<=年)(?P<extra>增刊|特刊)                                 # 2019年增刊 (no number)
     |(?<=年)(?P<bare>\d{{1,3}})\s*期                              # 2019年5期
    )
    (?:\s*[（(]?\s*{_TOTAL_PART}\s*[）)]?)?              # （总第9期） / (总第236期) / （总号：1650） / 总号：1650
    """,
    re.VERBOSE,
)
# The running number on a line of its own: 总第236期 / 总第1650号 / 总号：1650
TOTAL_RE = compile_re(
    rf"[总總]\s*(?:第\s*(?P<total>\d{{1,5}}|[{_CN}]{{1,6}})\s*[期号號]|期?[号號]\s*[：:]\s*(?P<total_colon>\d{{1,5}}))"
)  # (总期号：236: a masthead's key)
YEAR_ONLY_RE = compile_re(r"^(?:19|20)\d\d$")
# The year alone on the line over the issue number (2019年 / 第5期), or a cover's year.issue (2019.5:
# the year only — a monthly's 5 may be its month)
_CN_YEAR = r"一九[〇○零一二三四五六七八九]{2}|二[〇○零][〇○零一二三四五六七八九]{2}"  # 一九九六 / 二〇一九
YEAR_LINE_RE = compile_re(
    rf"^(?P<year>(?:19|20)\d\d|{_CN_YEAR})\s*(?:年|[.．]\s*\d{{1,2}}|年\s*\d{{1,2}}\s*月号)$"
)  # (二〇一九年 / 第五期)
# The year and month of a monthly's issue beside its number: 第3期 2019年6月 (no day: not a date)
# (or the year alone, in brackets after the number: 第5期（2019年）; or a month's issue: 2019年5月号)
_CN_MONTH = f"[{CN_ORDINALS}]{{1,3}}"
ISSUE_MONTH_RE = compile_re(
    rf"(?<![\d〇○零一二三四五六七八九])(?P<year>(?:19|20)\d\d|{_CN_YEAR})\s*年"
    rf"(?:\s*(?:\d{{1,2}}|{_CN_MONTH})\s*月(?!\s*(?:\d{{1,2}}|{_CN_MONTH})\s*日)|(?!\s*[\d{CN_ORDINALS}]))"
)  # (二〇一九年五月)
# A gazette's name ends in 公报 or 政报 (某县人民政府公报, 杭州政报; not 行政报告)
# (统计公报, 会议公报, 联合公报, 大公报 are a document's kind or a newspaper: vocab.common)
GAZETTE_NAME_RE = compile_re("".join(f"(?<!{w})" for w in NOT_GAZETTE_BEFORE_GONGBAO) + r"公[报報]|(?<!行)政[报報]")
# What a masthead line holds besides its issue number, dates and running number: a periodicity
# (月刊, 半月刊), 出版, brackets and spaces. Anything else (全区第5期干部培训班开班, a headline) makes
# the line no masthead, when no gazette's name was printed above it.
_MASTHEAD_WORDS_RE = compile_re(
    rf"[{_CJK}]{{0,30}}?(?:主办|编印|编辑出版|出版|发行)|[双半]?月刊|旬刊|周刊|季刊|[（）()〔〕【】\[\]\s·,，、/|]"
)  # (咸宁市人民政府主办2020年第2号(总第55号): the publisher beside the number)
# What may follow a gazette's name on its line: a periodicity, a label, its name in English or pinyin
_NAME_TAIL_RE = compile_re(r"[双半]?月刊|旬刊|周刊|季刊|内部资料|免费交流|内部刊物|[A-Za-z'’.,&\-]+")
_CJK_LEFT_RE = compile_re(rf"[{_CJK}]")
# A gazette's name printed in two lines: 某县人民政府 / 公　报 (the body's name ends in one of these)
_NAME_HEAD_END_RE = compile_re(rf"[{_CJK}]{{2,30}}(?:政府|委员会|办公厅|办公室|厅|局|政协|人大)$")
# (a publisher starts with a word, not a date: 03版:综合 >2023-03-10编印 names none)
# (编 alone only after a body's name: 某省人民政府办公厅编; 第一编 is a part of rules)
_PUBLISHER_ROLES = r"(?:主办|编印|编辑出版|出版|(?<=[厅室局部会府处社])编)"  # the words that end a publisher's line
# (nor does it start with what is left of a date: 2019年第5期 3月15日出版 names no publisher 月15日)
PUBLISHER_RE = compile_re(
    r"(?P<publisher>[^\s，。：:\d０-９>＞»|/\-年月日号期][^\s，。：:]{1,39}?)\s*" + _PUBLISHER_ROLES + "$"
)
# 2019年第5期　3月15日出版: the day of publication printed without its year (the issue's year is its)
_MONTH_DAY_PUBLISHED_RE = compile_re(r"(?<![\d年])(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*出版")
# A role word left at the end of the publisher when a second one follows the date on the line:
# 某某市人民政府办公厅主办　　2019年3月15日出版 (the date is blanked, 出版 ends the line)
# (or 编辑, the editors' word before the date: 国务院公报编辑部编辑　　2019年4月30日出版)
PUBLISHER_ROLE_END_RE = compile_re(r"(?:主办|编印|编辑出版|出版|编辑)$")
# The masthead's fields printed key first: 主办：某县人民政府办公室　　出版日期：2012年4月15日
# (主管, the supervising body, and 编辑, the editors, are not the publisher; nor is a web
# page's footer: 网站主办单位：…)
MASTHEAD_FIELD_RE = compile_re(
    r"(?:^|(?<=\s))(?:(?P<publisher_key>(?:主\s*管\s*[、/]?\s*)?主\s*办(?:单位)?|编印(?:单位)?|编辑出版(?:单位)?|出版单位)"
    r"|(?P<date_key>(?:出版|编印|印发|发行)(?:日期|时间)))\s*[：:]\s*(?P<value>[^\s：:]{2,40})"
)
# A masthead's fields printed as keys (a gazette site's issue page, or its table): 刊名：某市人民政府公报 /
# 年份：2019　期号：5 / 期数：2019年第5期 / 总期号：236 / | 刊名 | 某市人民政府公报 |
_ISSUE_KEYS = r"刊\s*名|期刊名称|刊物名称|年\s*份|年\s*度|总期[号数]|期\s*[号数]|刊\s*期"
ISSUE_KEY_RE = compile_re(
    rf"(?:^|(?<=[\s|｜\d]))(?P<key>{_ISSUE_KEYS})\s*[：:|｜]\s*"
    rf"(?P<value>[^\s|｜：:]{{1,40}}?)(?=\s|[|｜]|$|(?:{_ISSUE_KEYS})\s*[：:])"  # (年份：2019期号：5: the fold took the space)
)
# 目录 / 目　　录 / 本期目录 / 目次 / 【目录】 / 目录： / 目录 CONTENTS / CONTENTS
CONTENTS_HEADING_RE = compile_re(
    r"^\s*[【\[〔]?\s*(?:(?:本期|本刊)?\s*目\s*[录次](?:\s*(?i:contents))?|本期\s*要\s*目|(?i:contents))\s*[】\]〕]?\s*[：:]?\s*$"
)
# A masthead and the contents heading on one line: 某市人民政府公报2019年第5期目录 / …（目录）
MASTHEAD_CONTENTS_RE = compile_re(r"^(?P<head>.{4,60}?)\s*[（(]?\s*目\s*录\s*[）)]?$")
# The first entry of a rules text's own 目录 (its chapters), never of a gazette's: 第一章总则 / 第一编 …
# (or of a plan's outline: 1 总则 / 一、总则)
# (or a white paper's or report's: 前言 / 序言 / 引言 / 导言, then 一、…)
_CHAPTER_ENTRY_RE = compile_re(
    r"^\s*(?:第\s*[一1１]\s*[章编节部分]|[1１一][\s、.．]*总\s*则|[前序引导]\s*言\s*(?:\.{2,}|…+|\s|$))"
)
SECTION_RE = compile_re(r"^[【\[〖](?P<section>[^】\]〗]{2,40})[】\]〗]$")
# A section heading printed bare in the contents: 国务院文件 / 部门文件 / 市政府办公室文件 /
# 人事任免 / 政府令 / 规范性文件 (the words are data: vocab.common.SECTION_HEADINGS)
# (numbered as a list's first level: 一、县政府文件 / 二．部门文件 / （三）人事任免; or between middle
# dots: ·区政府文件· — classes21: the heading had run into the first entry's title)
BARE_SECTION_RE = compile_re(
    rf"^[·•・‧]?(?:[{_CN}]{{1,3}}[、.．]|[（(][{_CN}]{{1,3}}[）)])?"
    rf"(?![^关的]*(?:关于|的))(?P<section>[{_CJK}]{{0,16}}(?:{'|'.join(SECTION_HEADINGS)}))[·•・‧]?$"
)
# A contents line that ends with a page number after a dot leader:
#   京平政发〔2020〕21号..... 1 / 关于…的通知……………………3 / 关于…的通知  (3)
# The form is r"^(?P<body>.*?)\s*(?:\.{2,}|…+|·{2,}|-{3,}|_{3,}|\x20{2,}|\t)\s*[（(]?(?P<page>\d{1,4})[）)]?\s*$",
# or the page in brackets right after the number in brackets: 关于…的通知（某政办发〔2019〕5号）（1）;
# match_leader reads it from the end, since that regex is quadratic on a long run of dots
# without a page number (80,000 dots: minutes).
# (a slash is a leader too: 关于…的通知（某政发〔2012〕5号）/ 1 — a title never ends with one;
# so is a dash: ……的通知——6)
_LEADER_MIN = {".": 2, "…": 1, "·": 2, "-": 3, "_": 3, "/": 1, "／": 1, "—": 2}  # leader character → shortest run
_SPACE_LEADER_RE = compile_re(r"\x20\x20|\t")  # two spaces or a tab between title and page


@dataclass(frozen=True, slots=True)
class LeaderMatch:
    body: str  # the title before the leader
    page: int

    def group(self, name: str) -> str:  # what callers of the former regex read
        return self.body if name == "body" else str(self.page)


_KIND_TITLE_MIN = 8  # characters of the shortest title read with a page glued or one space after it
# A title's kind and its number after it, at the end of what precedes the page: …的通知　某政发〔2019〕3号
# （3） / …的通知 某政发〔2019〕3号8 (normalize took the space before the page) — classes21
_KIND_NUMBER_END_RE = compile_re(rf"(?:{DOC_KIND_ALTERNATION})[”》]?[\s\u3000]*{ENTRY_NUMBER_PATTERN}$")
_KIND_NUMBER_TAIL = 48  # characters looked at: a kind word, a space and a number fit (the search stays short)


def match_leader(text: str) -> LeaderMatch | None:
    """The title and page of a contents line ending in a dot leader and a page number."""
    rest = text.rstrip()
    closed = rest[-1:] in ("）", ")")
    if closed:
        rest = rest[:-1]
    paged = not closed and rest[-1:] == "页"  # ……第6页
    if paged:
        rest = rest[:-1].rstrip()
    digits = len(rest) - len(rest.rstrip("0123456789"))
    if not 1 <= digits <= 4:
        return None
    page = int(rest[len(rest) - digits :])
    rest = rest[: len(rest) - digits]
    ranged = False
    if rest[-1:] in PAGE_RANGE_MARKS:  # ……（3-5）: the entry's first page
        head = rest[:-1]
        first = len(head) - len(head.rstrip("0123456789"))
        if 1 <= first <= 4:
            page, rest, ranged = int(head[len(head) - first :]), head[: len(head) - first], True
    if paged:
        rest = rest.rstrip().removesuffix("第")
    bracketed = rest[-1:] in ("（", "(")
    if bracketed:
        rest = rest[:-1]
    before_space = rest.rstrip()
    space = rest[len(before_space) :]
    mark = before_space[-1:]
    if space and not space.strip(" ") and not bracketed and len(before_space) > 1 and before_space[-1] in "）)》":
        # 关于…的通知（某政发〔2019〕3号） 2: one space after the number's bracket (a converter
        # folds the run of spaces that aligned the pages)
        return None if "\n" in before_space else LeaderMatch(before_space, page)
    if mark and mark in _LEADER_MIN and len(before_space) - len(before_space.rstrip(mark)) >= _LEADER_MIN[mark]:
        body = before_space.rstrip(mark)
        if mark in "/／" and body[-1:].isascii() and body[-1:].isalnum():
            return None  # 1/3, a URL's path: not a title and its page
    elif _SPACE_LEADER_RE.search(space):
        body = before_space
    elif closed and bracketed and (before_space[-1:] in ("）", ")") or ranged):
        # （number）（page） / （number） （page）: the page in brackets after the number's; or a page
        # range in brackets right after the title (……的通知（3-5）: a qualifier is never a range)
        body = before_space
    elif (
        ((closed and bracketed) or space in ("", " "))
        and len(before_space) >= _KIND_TITLE_MIN
        and kind_of(before_space)
    ):
        # …的通知（1） / …的通知 1 (…的通知1 once normalize took the space before a digit): the page in
        # brackets or after one space, right after a title that ends in a document's kind (no title
        # ends so)
        body = before_space
    elif (
        ((closed and bracketed) or space in ("", " "))
        and len(before_space) >= _KIND_TITLE_MIN
        and _KIND_NUMBER_END_RE.search(before_space[-_KIND_NUMBER_TAIL:])
    ):
        # …的通知　某政发〔2019〕3号　（3） / …的通知　某政发〔2019〕3号　3: the number after the
        # title, the page after the number (the entry reader takes the number out of the title)
        body = before_space
    else:
        return None
    body = body.rstrip()
    if "\n" in body:
        return None
    return LeaderMatch(body, page)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    issue: Issue
    contents: list[ContentsEntry] = field(default_factory=list)
    body_start: int = 0  # index of the first block after front matter and contents
    contents_found: bool = False


def _num(value: str | None) -> int | None:
    return cn_to_int(value) if value else None


def read_issue(blocks: list[Block], *, masthead: bool = True) -> Issue:
    """Issue fields from the blocks before the contents / first document.

    ``masthead``: the blocks are a masthead (they stand over a 目录); else they are a page's first
    lines, where an issue number needs a gazette's name above it or a line of its own."""
    title: str | None = None
    year: int | None = None
    number: int | None = None
    total_number: int | None = None
    publisher: str | None = None
    published: str | None = None
    above = ""  # the line above, when it may be the first half of a gazette's name
    listing = False  # two issue numbers on a page's first lines: a list of issues, no masthead
    keyed_title = False  # 刊名：某市人民政府公报 was read: the keys under it are the issue's
    # a gazette is named somewhere in the head (its number may be printed above its name)
    gazette_named = masthead or any(_opens_with_gazette(b.text) for b in blocks)
    for block in blocks:
        text = block.text
        if (
            ("：" in text or ":" in text or "|" in text or "｜" in text)
            and (keyed := _issue_keys(text)) is not None
            and (gazette_named or keyed[0] is not None or keyed_title)
        ):
            # (a page's 年度：2019 or 期数：5 with no gazette named is none of an issue's)
            keyed_title = keyed_title or keyed[0] is not None
            title = title or keyed[0]
            year = year or keyed[1]
            number = number or keyed[2]
            total_number = total_number or keyed[3]
            continue
        m = ISSUE_NUMBER_RE.search(text)
        named = GAZETTE_NAME_RE.search(text) if title is None else None
        if (
            named is not None
            and named.end() <= _NAME_MAX
            and not BREADCRUMB_RE.search(text)
            and not _names_only(text, named)
        ):
            # 某县人民政府公报 / 杭州政报, or the masthead on one line: 国务院公报 1993年第2号（总号：720）
            end = named.end()
            if m and m.start() >= end:
                printed = text[:end]  # 某县人民政府公报 2019年第5期
            elif m and m.end() <= named.start():
                printed = text[m.end() : end]  # 2020年第1期某市人民政府公报（总第56期）
            elif len(text) > _NAME_MAX or not _CJK_LEFT_RE.search(_NAME_TAIL_RE.sub("", text[end:])):
                # 某市人民政府公报（月刊） / …公报　内部资料 / …公报 GAZETTE OF … ; or the masthead run
                # together with the lines under it (a PDF's text layer): 某县人民政府公报2019年第5期…主办
                printed = text[:end]
            else:
                printed = text
            name = _gazette_name(printed, above)
            if name is not None:
                title = name
                if not (m and (m.start() >= end or m.end() <= named.start())):
                    continue
        above = compact(text) if len(text) <= 30 and _NAME_HEAD_END_RE.match(compact(text)) else ""
        if (
            m
            and m.group("unit") not in (None, "期")
            and not (m.group("year") or m.group("total"))
            and not (m.start() == 0 and DATE_RE.search(text, m.end()))  # 第5号　2019年3月10日 (a masthead)
        ):
            m = None  # 第5号 alone inside a line is a decree's serial, not an issue's number
        if (
            m
            and not gazette_named
            and ((m.group("unit") not in (None, "期") and not m.group("total")) or _headline(text, m))
        ):
            # no gazette named: 某县人民政府公告 / 2019年第5号 is the announcement's serial, and
            # 全区2019年第5期干部培训班开班 a headline — neither is an issue's number
            m = None
        if m and number is not None and not masthead and m.group("number") and _num(m.group("number")) != number:
            listing = True  # 2019年第5期 / 2019年第4期 …: a page listing issues, none of them its own
        if m and number is None:
            number = _num(m.group("number") or m.group("bare"))  # a range (1-3期) has none
            total_number = _num(m.group("total")) or total_number
            if total_number is None and (t := TOTAL_RE.search(text)):
                total_number = _num(t.group("total") or t.group("total_colon"))  # （总第45期）2019年第3期
            if m.group("year"):
                year = cn_to_int(m.group("year"))
            elif year is None and (y := ISSUE_MONTH_RE.search(text)):
                year = cn_to_int(y.group("year"))  # 第3期 2019年6月 / 2019年6月 第3期 总第45期 (a monthly's masthead)
            if published is None and (d := DATE_RE.search(text)) and (d.end() <= m.start() or d.start() >= m.end()):
                # 1993年3月12日 第2号（总号：720） / 第112期　中华民国108年6月18日 / 2019年第5期　2019年5月31日
                published = parse_date(d.group())
        elif total_number is None and (t := TOTAL_RE.search(text)):
            total_number = _num(t.group("total") or t.group("total_colon"))
        if year is None and YEAR_ONLY_RE.match(text):
            year = int(text)
        elif year is None and title is not None and (y := YEAR_LINE_RE.match(text)):
            year = cn_to_int(y.group("year"))  # 2019年 / 第5期 ; a cover's 2019.5
        elif year is None and number is not None and len(text) <= 16 and (y := ISSUE_MONTH_RE.search(text)):
            year = cn_to_int(y.group("year"))  # 第5期 / （总第236期） / 2019年5月
        if ("：" in text or ":" in text) and (publisher is None or published is None):
            for f in MASTHEAD_FIELD_RE.finditer(text):
                if f.group("publisher_key") and publisher is None:
                    publisher = f.group("value")
                elif f.group("date_key") and published is None:
                    published = parse_date(f.group("value"))
        rest = text
        if m is not None:
            rest = rest[: m.start()] + " " + rest[m.end() :]  # (the number between name and publisher)
        if (
            named is not None
            and title is not None
            and named.end() <= _NAME_MAX
            and rest.startswith(text[: named.end()])
        ):
            rest = rest[named.end() :]  # 某县人民政府公报2019年第5期某县人民政府办公室主办: not the name
        p = PUBLISHER_RE.search(DATE_RE.sub(" ", rest).strip())
        if p and publisher is None:
            publisher = PUBLISHER_ROLE_END_RE.sub("", p.group("publisher").strip()) or None
        if published is None and DATE_RE.search(text) and (p or len(text) <= 16):
            published = parse_date(text)
        if published is None and year is not None and (md := _MONTH_DAY_PUBLISHED_RE.search(text)):
            published = parse_date(f"{year}年{md.group('month')}月{md.group('day')}日")
    if listing:
        return Issue()
    if year is None and published:
        year = int(published[:4])
    return Issue(
        title=title,
        year=year,
        number=number,
        total_number=total_number,
        publisher=publisher,
        published=published,
    )


def _issue_keys(text: str) -> tuple[str | None, int | None, int | None, int | None] | None:
    """The masthead fields a line prints under keys (刊名：… / 年份：2019　期号：5 / 总期号：236):
    title, year, number and running number, or None when it prints none."""
    title: str | None = None
    year: int | None = None
    number: int | None = None
    total: int | None = None
    for k in ISSUE_KEY_RE.finditer(text):
        key, value = compact(k.group("key")), k.group("value")
        if key in ("刊名", "期刊名称", "刊物名称"):
            if GAZETTE_NAME_RE.search(value):
                title = _gazette_name(value, "")
        elif key in ("年份", "年度"):
            if YEAR_LINE_RE.match(value) or YEAR_ONLY_RE.match(value):
                year = cn_to_int(value[:4])
        elif key.startswith("总期"):
            if value.isdigit():
                total = int(value)
        elif (m := ISSUE_NUMBER_RE.search(value)) and (m.group("number") or m.group("bare")):
            number = cn_to_int(m.group("number") or m.group("bare"))  # 期号：2019年第5期
            if m.group("year"):
                year = cn_to_int(m.group("year"))
        elif value.isdigit() and len(value) <= 3:
            number = int(value)  # 期号：5
    if title is None and year is None and number is None and total is None:
        return None
    return title, year, number, total


_GENERIC_NAMES = frozenset({"公报", "政报", "政府公报", "人民政府公报"})  # whose gazette, they do not say


_NAME_MAX = 40  # characters of the longest line start that may be a gazette's name
_PAGE_AFTER_NAME_RE = compile_re(r"^\s*\d{1,4}(?:\s|$)")  # 大同市人民政府公报 2 ·市政府办公室文件·
_ROLE_BEFORE_NAME_RE = compile_re(r"^.{2,30}?(?:主办|编印|编辑出版|出版|主管)(?=.{4})")


def _opens_with_gazette(text: str) -> bool:
    """Does the line begin with a gazette's name (某县人民政府公报…, the masthead perhaps run on)?"""
    g = GAZETTE_NAME_RE.search(text)
    return (
        g is not None
        and g.end() <= _NAME_MAX
        and not _names_only(text, g)
        and _gazette_name(text[: g.end()], "") is not None
    )


def _names_only(text: str, named: re.Match[str]) -> bool:
    """Does the line only name the gazette: cite it in a sentence (《澳门特别行政区公报》今日刊登…)
    or print it as a page's running head with the page's number (大同市人民政府公报 2 ·…文件·)?"""
    after = text[named.end() :]
    if text.lstrip()[:1] == "《" and after[:1] == "》" and (m := ISSUE_NUMBER_RE.search(after)) is None:
        return _CJK_LEFT_RE.search(_NAME_TAIL_RE.sub("", after)) is not None  # 《…公报》今(8)日刊登…
    if text.lstrip()[:1] == "《" and after[:1] == "》" and m is not None:
        return _headline(after, m)  # 《…公报》2019年第5期 is a masthead; 《…公报》2019年第5期刊登了… is not
    return _PAGE_AFTER_NAME_RE.match(after) is not None


def _gazette_name(text: str, above: str) -> str | None:
    """The gazette's name printed on this line (its masthead's number cut off), or None when the
    line only names one: inside a sentence or a link (本通知刊登于《某县人民政府公报》…, 相关链接：…),
    or a title with a year (某县2018年…统计公报 is excluded by GAZETTE_NAME_RE). A name in 《》 is
    given without them; a name's last word alone (公　报) is joined to the body's name above it."""
    name = compact(text)
    if name[:1] == "《" and (name[-1:] == "》" or "》" not in name):
        name = name[1:].removesuffix("》")  # 《某县人民政府公报》 (or cut before its 》)
    if any(c in name for c in "：:。，,；;《》“”|｜") or any(c.isdigit() for c in name):
        return None
    name = name.replace("報", "报")  # 某市政府公報 on a page in Simplified (the title is reported Simplified)
    if (role := _ROLE_BEFORE_NAME_RE.search(name)) is not None:
        name = name[role.end() :]  # 某某县人民政府办公室编印某县人民政府公报: the publisher before it
    if len(name) <= 4 and above:
        return above + name  # 某县人民政府 / 公　报
    return None if name in _GENERIC_NAMES else name


def _headline(text: str, m: re.Match[str]) -> bool:
    """Does the line hold words besides its issue number, dates and periodicity (a headline)?"""
    rest = DATE_RE.sub("", text[: m.start()] + " " + text[m.end() :])
    rest = _MASTHEAD_WORDS_RE.sub("", TOTAL_RE.sub("", ISSUE_MONTH_RE.sub("", rest)))
    return _CJK_LEFT_RE.search(rest) is not None


# The serial of an announcement or order listed in brackets after its title: （第12号） / （2019年第3号）
_ENTRY_SERIAL_RE = compile_re(
    rf"\s*[（(]\s*(?:(?:19|20)\d\d\s*年)?\s*第\s*(?:\d{{1,4}}|[{_CN}]{{1,6}})\s*号\s*[）)]\s*$"
)
# A date in brackets after the entry's title: （2019年6月3日） / (二〇一九年六月三日)
_ENTRY_DATE_RE = compile_re(
    rf"\s*[（(]\s*(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年[\d{CN_ORDINALS}〇○零]{{1,3}}\s*月"
    rf"[\d{CN_ORDINALS}〇○零]{{1,3}}\s*日\s*[）)]?\s*$"
)
# A number and a space before the entry's title: 1　某县人民政府关于… (a serial or a page)
# (the fold may have taken the space: 1某县人民政府…; never a count or a date: 2019年…, 10部门…)
_LEADING_NUMBER_RE = compile_re(rf"^\d{{1,3}}\s*(?=[{_CJK}])(?![年月日号期届次个项条部家种类点名位岁元万亿多余])")
# A speaker's name (or post and name) after a speech's or report's title: 王五 / 省应急管理厅厅长　王五
_SPEAKER_RE = compile_re(rf"^[{_CJK}·]{{2,16}}$")
_SPEECH_ENDS = ("说明", "报告", "讲话", "发言", "致辞")  # the titles a speaker's name follows
_TITLE_TAILS = ("摘要", "节选", "全文", "草案", "附表", "附件", "目录")  # a title's own last words


def _without_speaker(text: str) -> str:
    """The entry without the speaker printed after its title: 关于《…（草案）》的说明　　王五 /
    …的说明　　省应急管理厅厅长　王五 (a name, or a post and a name, after a space; never a kind
    word or a title's own tail such as 摘要)."""
    text = text.rstrip()
    at = text.find(" ")
    while at > 0:
        head, speaker = text[:at].rstrip(), text[at:].replace(" ", "")
        if (
            _SPEAKER_RE.match(speaker)
            and not speaker.endswith(_TITLE_TAILS)
            and not kind_of(speaker)
            and (head.endswith(_SPEECH_ENDS) or kind_of(clean_title(head)))
        ):
            return head
        at = text.find(" ", at + 1)
    return text


_NUMBER_WRAP = " \u3000\t（）()"  # what may stand between an entry's own number and its ends


def _entry_from(
    parts: list[Block], tail: str, page: int | None, section: str | None, line: int
) -> ContentsEntry | None:
    text = "".join(b.text for b in parts)
    if text and tail and text[-1].isdigit() and tail.lstrip()[:1].isdigit():
        tail = tail.lstrip()  # 关于做好2 / 019年招生工作的通知: a number wrapped at the line's end
    text = (text + tail).strip().lstrip("·•●▪■◆◇○")  # ·某县人民政府关于…的通知 (本期要目's bullets)
    if (marker := MARKER_RE.match(text)) and marker.lastgroup != "article":
        text = text[marker.end() :]  # 1.某县人民政府关于…的通知 / （2）… / ①…: the entry's number
    elif (lead := _LEADING_NUMBER_RE.match(text)) is not None:
        text = text[lead.end() :]  # 1　某县人民政府关于…: a serial or page before the title (which, unsaid)
    text = _without_speaker(text)
    text = clean_title(_ENTRY_SERIAL_RE.sub("", text))  # …常务委员会公告（第12号）: the 公告's serial
    text = _ENTRY_DATE_RE.sub("", text)  # …的通知（2019年6月3日）: the document's date
    number: DocNumber | None = None
    for start, end, found in scan_doc_numbers(text):
        # the entry's own number opens or closes it; one inside the title is the title's (关于废止京平政发〔2019〕3号
        # 文件的通知 / 关于转发京政发〔2020〕5号的通知　京平政发〔2021〕2号: the cited number was taken — round rev22)
        if text[:start].strip(_NUMBER_WRAP) and text[end:].strip(_NUMBER_WRAP):
            continue
        number = found
        text = (text[:start] + text[end:]).strip()
        break
    title = clean_title(text.strip(" .…·-—（）()"))
    if not title:
        return None
    return ContentsEntry(
        section=section, title=title, doc_number=number, page=page, line=parts[0].line if parts else line
    )


def _section(key: str) -> str | None:
    """The section a contents line opens (【区政府文件】 or a bare 部门文件), else None.
    (A bare line ending in 令 is a section only when short: 国务院令 / 省政府令, not the title
    of an order, 中华人民共和国国务院令.)"""
    m = SECTION_RE.match(key) or BARE_SECTION_RE.match(key)
    if m and m.re is BARE_SECTION_RE and key.endswith("令") and len(m.group("section")) > 6:
        return None
    return m.group("section") if m else None


def is_section_heading(text: str) -> bool:
    """Is this line an issue's section heading (【区政府文件】, 人事任免, 二、部门文件)?"""
    return _section(compact(text)) is not None


def _leader_follows(blocks: list[Block], i: int) -> bool:
    """Is the title at ``blocks[i]`` followed by its page number, as in the contents?"""
    for block in blocks[i : i + 4]:
        if match_leader(block.text):
            return True
        if _section(compact(block.text)):
            return False
    return False


_OPENING = " \t（(［[【〔"
_CLOSING = " \t）)］]】〕"


def _repeats_entry(pending: list[Block], key: str, titles: set[str]) -> bool:
    """Do the pending lines and this one spell a title already listed (a wrapped document title)?"""
    return "".join(compact(b.text) for b in pending) + key in titles


def _entry_note(text: str) -> bool:
    """A line printed under a contents entry as its note: wholly in one pair of brackets
    (（2018年5月31日…第三次会议通过）, （穗府〔2019〕3号）) or a speech's subtitle (——在…上的讲话)."""
    text = text.strip()
    if len(text) > 120 or len(text) < 3:
        return False
    if text.startswith(("——", "--", "—")):
        return True
    return text[0] in "（(" and text[-1] in "）)" and matching_open(text, len(text) - 1) == 0


_PAGE_CELL_RE = compile_re(r"^[（(]?(?:第\s*)?(?P<page>\d{1,4})\s*页?[）)]?$")


def _table_entry(cells: list[str]) -> tuple[str, DocNumber | None, int | None] | None:
    """A contents entry printed as a table row (a web page's 目录, or a title and its page
    separated by a tab): the title is the longest cell with a document's kind, the page the last
    cell that is only a number (a first one is the entry's serial), the number a cell that is
    only a document number. None when the row holds no such title."""
    cells = [c.strip() for c in cells if c.strip()]
    page: int | None = None
    number: DocNumber | None = None
    title = ""
    for k, cell in enumerate(cells):
        if (m := _PAGE_CELL_RE.match(cell)) and k:
            page = int(m.group("page"))
        elif (found := next(scan_doc_numbers(cell), None)) and found[0] == 0 and found[1] >= len(cell.rstrip("）)")):
            number = found[2]
        elif len(cell) > len(title) and not _PAGE_CELL_RE.match(cell):
            title = cell
    if not title:
        return None
    bare = title
    for start, _end, _found in scan_doc_numbers(title):
        bare = title[:start].rstrip(_OPENING)  # …的通知（某政发〔2019〕3号）
        break
    if kind_of(clean_title(bare)) is None and page is None:
        return None
    return title, number, page


def _listed_title(block: Block) -> bool:
    """Could this line be a contents entry printed alone, without a page: a title ending in its
    kind (…的通知), perhaps with its number in brackets after it, and no sentence in it?"""
    text = block.text
    if block.kind not in (HEADING, "paragraph") or len(text) > 150 or any(c in text for c in "。：:；"):
        return False
    for start, _end, _number in scan_doc_numbers(text):
        text = text[:start]
        break
    return kind_of(clean_title(text.rstrip(_OPENING))) is not None


def _pageless_entry(blocks: list[Block], i: int, *, after_pageless: bool) -> bool:
    """A contents printed without pages: a listed title, followed by another or by a section; or
    the last of a run of such titles, followed by a short heading (重点工作, 第一章 总则) that is
    no part of a document's head (no number, date or colon: those follow a document's title)."""
    if not _listed_title(blocks[i]):
        return False
    if i + 1 >= len(blocks):
        return True
    following = blocks[i + 1]
    if _listed_title(following) or _section(compact(following.text)) is not None:
        return True
    text = following.text
    return (
        after_pageless
        and len(text) <= 12
        and not any(c in text for c in "：:（(")
        and next(scan_doc_numbers(text), None) is None
        and DATE_RE.search(text) is None
    )


_LABEL_MAX = 8  # a contents line this short, with no link word, names an item, not a wrapped title's head
_LABEL_LINKS = ("关于", "的", "、", "《", "（", "(", "和", "及", "与")
_TITLE_OPENERS = ("关于", "印发", "转发", "批转")
_ORG_SUFFIX_TUPLE = tuple(ORG_SUFFIXES)


def _labels_over_entry(pending: list[Block], body: str) -> bool:
    """Are the lines above a paged entry items of their own, not the head of its wrapped title (lead, session 21)?
    Each a short label with no link word, no issuer (湖南省人民政府 / 关于…的通知 is one title) and no kind of its
    own to finish; the paged line a whole title itself, not opening on 关于 (会议须知 / 会议议程 / 表决方法 /
    会议资料一——关于修订…的议案……1: ppfocus, dev — the four had been joined into one title)."""
    head = body.strip(" \u3000")
    if head.startswith(_TITLE_OPENERS) or kind_of(clean_title(head)) is None:
        return False
    for block in pending:
        label = compact(block.text)
        if (
            not label
            or len(label) > _LABEL_MAX
            or any(link in label for link in _LABEL_LINKS)
            or label.endswith(_ORG_SUFFIX_TUPLE)
            or kind_of(clean_title(label)) is not None
        ):
            return False
    return True


def read_contents(blocks: list[Block], start: int) -> tuple[list[ContentsEntry], int]:
    """Entries of the contents beginning after ``blocks[start]`` (the 目录 heading).

    Returns the entries and the index of the first block after the contents.
    """
    entries: list[ContentsEntry] = []
    titles: set[str] = set()
    section: str | None = None
    pending: list[Block] = []
    number_below = False  # an entry printed as its title, then its number alone below it
    pageless = False  # an entry printed as a title alone (a contents without pages)

    def add(entry: ContentsEntry | None) -> None:
        if entry:
            entries.append(entry)
            titles.add(compact(entry.title))

    i = start + 1
    while i < len(blocks):
        block = blocks[i]
        text = block.text
        key = compact(text)
        if entries and (
            (block.kind == HEADING and block.level == 1) or (key in titles and not _leader_follows(blocks, i))
        ):
            break  # the first document's title: the contents are over
        if entries and pending and _repeats_entry(pending, key, titles) and not _leader_follows(blocks, i):
            i -= len(pending)  # 湖南省人民政府 / 关于…的通知: a listed title wrapped over lines
            pending = []
            break
        s = _section(key) if block.kind != TABLE_ROW or len([c for c in block.cells if c.strip()]) == 1 else None
        if s:
            section = s
            pending = []
            i += 1
            continue
        if block.kind == TABLE_ROW and not pending:
            cells = [c.strip() for c in block.cells if c.strip()]
            if cells and all(compact(c) in TABLE_COLUMN_NAMES for c in cells):
                i += 1  # 序号 | 标题 | 文号 | 页码
                continue
            row = _table_entry(cells)
            if row is None:
                break
            title, row_number, row_page = row
            entry = _entry_from([], title, row_page, section, block.line)
            if entry is not None and entry.doc_number is None and row_number is not None:
                entry = replace(entry, doc_number=row_number)
            add(entry)
            i += 1
            continue
        m = match_leader(text)
        if m and not pending and entries and entries[-1].page is None and not m.body.strip(" .…·-—_"):
            entries[-1] = replace(entries[-1], page=m.page)  # 关于…的通知 / （某政发〔2019〕3号） / ……6
            i += 1
            continue
        found = next(scan_doc_numbers(text), None)
        # the line opens with the number (湘政发〔2019〕3号), or is the number in brackets alone
        number_only = found is not None and (
            found[0] == 0 or not (text[: found[0]].strip(_OPENING) or text[found[1] :].strip(_CLOSING))
        )
        if entries and not pending and not m and _entry_note(text):
            # a note under the entry above: its adoption or date line, its number, a speech's
            # subtitle. It must not open the next entry's title.
            if found is not None and entries[-1].doc_number is None:
                entries[-1] = replace(entries[-1], doc_number=found[2])
            i += 1
            continue
        if not m and number_only and pending and entries and not number_below:
            # a title, then its number alone without a page, where no entry so far was printed so
            # (paged entries, or titles with their number on the same line): the body has begun
            i -= len(pending)
            pending = []
            break
        if not m and not pending and _pageless_entry(blocks, i, after_pageless=pageless):
            add(_entry_from([], text, None, section, block.line))  # 目录 without pages
            pageless = True
            i += 1
            continue
        if m or (number_only and pending):
            number_below = number_below or not m
            body = m.group("body") if m else text
            page = m.group("page") or m.group("bracket_page") if m else None
            if pending and _labels_over_entry(pending, body):
                for label in pending:  # 会议须知 / 会议议程 / 会议资料一——关于…的议案……1: entries of their own
                    add(_entry_from([], label.text, None, section, label.line))
                pending = []
            add(_entry_from(pending, " " + body if pending else body, int(page) if page else None, section, block.line))
            pending = []
            i += 1
            continue
        if len(pending) >= 4 or block.kind not in (HEADING, "paragraph"):
            break
        pending.append(block)
        i += 1
    if pending and entries:
        i -= len(pending)  # unfinished title lines belong to the body
    return entries, i


def _opens_body(text: str) -> bool:
    """A document's body has begun at this line: a sentence, or recipients (各乡镇人民政府：)."""
    text = text.strip()
    if "。" in text:
        return True
    # recipients end in a colon (各乡镇人民政府：); a key with its value left empty (标题： / 发布机构：)
    # or a key alone over its value is no body
    return is_recipients(text)


def _masthead_line(text: str) -> bool:
    """A line that names a gazette and its issue number (某市人民政府公报　2019年第5期)."""
    return len(text) <= 60 and GAZETTE_NAME_RE.search(text) is not None and ISSUE_NUMBER_RE.search(text) is not None


def read_front_matter(blocks: list[Block]) -> FrontMatter:
    contents_at = next(
        (
            i
            for i, b in enumerate(blocks[:400])
            if CONTENTS_HEADING_RE.match(b.text)
            or (
                b.text.rstrip()[-1:] in "录）)"
                and (m := MASTHEAD_CONTENTS_RE.match(b.text))
                and _masthead_line(m["head"])
            )
        ),
        None,
    )  # (某市人民政府公报2019年第5期目录: the masthead and the heading on one line)
    if contents_at is not None and any(next(scan_doc_numbers(b.text), None) for b in blocks[:contents_at]):
        contents_at = None  # a 目录 after a document has begun is that document's own contents
    if (
        contents_at is not None
        and contents_at + 1 < len(blocks)
        and _CHAPTER_ENTRY_RE.match(blocks[contents_at + 1].text)
    ):
        contents_at = None  # 目录 / 第一章总则 / 第二章…: a rules text's own chapters (law-database pages)
    if contents_at is None:
        # No 目录: front matter is whatever precedes the first block that mentions a 期 or 公报.
        # A metadata line (成文日期：… has a 期 too) is the document's, never the issue's.
        # Only the lines over the body's first sentence or recipients: a footer's 主办：… or a link
        # to the gazette under the text is no masthead.
        body_at = next(
            (k for k, b in enumerate(blocks[:12]) if _opens_body(b.text) and not _opens_with_gazette(b.text)), 12
        )  # (a masthead run on into the first sentence is still the masthead)
        head = [b for b in blocks[:body_at] if not metadata_of(b)]
        issue = read_issue(
            [
                b
                for b in head
                if GAZETTE_NAME_RE.search(b.text)
                or "期" in b.text
                or "总号" in b.text
                or ISSUE_NUMBER_RE.search(b.text)
                or "主办" in b.text
                or "编印" in b.text
                or "出版" in b.text
                or YEAR_ONLY_RE.match(b.text)
                or ISSUE_KEY_RE.search(b.text)
            ],
            masthead=False,
        )
        if issue.title is None and issue.number is None and issue.total_number is None:
            issue = Issue()  # a publisher or a date with no gazette named and no issue number: no masthead
        return FrontMatter(issue=issue, body_start=0)
    masthead = blocks[:contents_at]
    if CONTENTS_HEADING_RE.match(blocks[contents_at].text) is None:
        masthead = blocks[: contents_at + 1]  # 某市人民政府公报2019年第5期目录: the heading's line is the masthead's
    elif contents_at + 1 < len(blocks) and _masthead_line(blocks[contents_at + 1].text):
        masthead = [*masthead, blocks[contents_at + 1]]  # 目　录 / 某市人民政府公报　2019年第5期 under it
        contents_at += 1
    issue = read_issue(masthead)
    entries, after = read_contents(blocks, contents_at)
    return FrontMatter(issue=issue, contents=entries, body_start=after, contents_found=True)
