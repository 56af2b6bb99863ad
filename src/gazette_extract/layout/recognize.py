"""Line recognizers shared by the layout stages: is this line a title's kind, a recipients line,
a people's congress's adoption note, a decree's serial; a title cleaned of the spaces of a line
break. Front matter, documents and fields all read lines with these, so they live here, before
all three (a stage imports this module, never another stage's helpers).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._pattern_cache import compile_re
from ..data import DocNumber, Document
from ..grammars.dates import LINE_DATE, LINE_DATE_RE, is_date_line, parse_date
from ..grammars.docnumber import read_doc_number, scan_doc_numbers
from ..text.normalize import BYLINE_RE, KEYED_NUMBER_LINE_RE
from ..vocab.common import (
    CJK,
    DOC_KIND_ALTERNATION,
    DOC_KINDS,
    ISSUER_SUFFIX_ALTERNATION,
    ISSUER_SUFFIXES,
    METADATA_KEYS,
    NOTICE_ISSUING_WORDS,
    OFFICIAL_KINDS,
    OUTER_BRACKETS,
    alternation,
)
from ..vocab.datelines import DATED_LEAD_ACT_VERBS, STORY_EVENT_VERBS
from ..vocab.datelines import DAY_PART as _DAY_PART
from ..vocab.docnumber import CITED_GROUND_KINDS, CITED_GROUND_LEADS
from ..vocab.heads import (
    CREDIT_TAIL_WORDS,
    PEOPLE_ADDRESSEES,
    PROCLAIMED_KINDS,
    PROCLAIMING_PHRASES,
    SESSION_LABEL_WORDS,
)
from ..vocab.numerals import CN_ORDINALS
from .heads import strip_category_prefix

# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

# Spaces between Chinese characters of a title broken across lines: 关于印发 … 的通知
# (the look-behind after the first space, where it tests the same character: re scans for spaces)
TITLE_SPACE_RE = compile_re(rf"\s(?<=[{CJK}“”《》（）〔〕、]\s)\s*(?=[{CJK}“”《》（）〔〕、])")


# A site's tag printed before a title on its line: 【市政府重点工作及责任分解】滁州市人民政府关于…的通知
# (滁州 2020). Taken off only before a title that names its subject with 关于.
TITLE_TAG_RE = compile_re(r"^[【〖][^【】〖〗]{1,30}[】〗]\s*(?=[^【〖]*关于)")


# What a page prints after a title and is no part of it: a table cell's bar (…工作安排报告 |), and
# a law database's note that the consolidated text follows, perhaps with the adoption note joined
# to it (…的决定 附：修正本（1999年12月10日…会议通过）). Cut only after a title ending in a kind.
_TITLE_TAIL_NOTE_RE = compile_re(
    r"\s*附\s*[:：]?\s*(?:修正本|修订本|全文|正文|原文|文本)"
    r"(?:\s*[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[^（）()]{0,60}?(?:通过|批准|公布)[）)])?\s*$"
)


# …and a page's tools or its publish stamp printed on the headline's line: 某某县召开…会议 【字体：大 中 小】 /
# 某某县召开…会议 2021-03-05 (an ISO, dotted or slashed date, perhaps its time: no title ends so)
_TITLE_TOOLS_RE = compile_re(
    r"\s*(?:[【\[［]\s*字\s*[体號号]\s*[:：][^】\]］]{0,20}[】\]］]?"
    r"|(?<=[^\d\s])\s*(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    # a hit counter printed after the headline: …推进会 点击：1234 / 浏览次数:56次
    r"|\s*[【\[]?(?:点击|浏览|阅读|访问|人气)(?:次数|量|数)?\s*[:：]\s*\d{1,9}\s*次?[】\]]?)\s*$"  # 人气: trad18
)
_WHOLE_TAG_MIN = 6  # characters inside 【…】 for a headline printed wholly in them
_DIGIT_RE = compile_re(r"\d")  # (the class _TITLE_TOOLS_RE's dates and counts are read with)


# …and the item's credit after a slash: 第46次扩大主管会报县长裁示事项/连江县政府提供 / …／县文旅局供稿 (titles19): a
# provider of 2–20 characters ending in a credit word (vocab.heads.CREDIT_TAIL_WORDS), the headline kept
_CREDIT_TAIL_RE = compile_re(rf"\s*[/／]\s*[^/／\s，。；]{{1,18}}(?:{'|'.join(CREDIT_TAIL_WORDS)})\s*$")
_CREDITED_MIN = 6  # the headline left before the credit


def _cut_title_tail(title: str) -> str:
    title = title.strip(" \u3000|｜")
    if ("/" in title or "／" in title) and (m := _CREDIT_TAIL_RE.search(title)) and m.start() >= _CREDITED_MIN:
        title = title[: m.start()]
    # (both patterns open on spaces, so re tries them at every position: first a scan in C for what
    # each needs — 附; 字 for the font chooser, a digit for a date or a hit count)
    if "附" in title and (m := _TITLE_TAIL_NOTE_RE.search(title)) and kind_of(title[: m.start()]):
        return title[: m.start()]
    if (
        ("字" in title or _DIGIT_RE.search(title) is not None)
        and (m := _TITLE_TOOLS_RE.search(title))
        and m.start() >= _WHOLE_TAG_MIN
    ):
        title = title[: m.start()]
    if (
        title[:1] == "【"
        and title[-1:] == "】"
        and title.count("【") == 1
        and title.count("】") == 1
        and len(title) - 2 >= _WHOLE_TAG_MIN
    ):
        title = title[1:-1]  # 【某某县召开全县防汛工作会议】: a headline printed wholly in lenticular brackets
    return title


# A forum's anti-copy junk glued before a title: short runs of ASCII apart by spaces, a mark among
# them (' R6 B7 g2 Y! p. T1 |6 u重庆市…的通知 — Discuz inserts such runs into every copied line)
_FORUM_JUNK_RE = compile_re(
    rf"^(?=[^{CJK}]{{0,40}}[!-/:-@\[-`{{-~])(?:[!-~]{{1,3}}[ \u3000]){{4,12}}[!-~]{{0,3}}(?=[{CJK}])"
)


def clean_title(text: str) -> str:
    """Join a title broken across lines: no stray spaces between Chinese characters; a site's
    【tag】 before it dropped, and what a page prints after it (_TITLE_TAIL_NOTE_RE); a forum's
    anti-copy junk before it (_FORUM_JUNK_RE) dropped."""
    text = strip_category_prefix(text.strip())  # 文字解读┃关于对…的解读: the column's label dropped
    if text[:1].isascii():
        text = _FORUM_JUNK_RE.sub("", text, count=1)
    title = _cut_title_tail(TITLE_TAG_RE.sub("", TITLE_SPACE_RE.sub("", text)))
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1 and kind_of(title[1:-1]):
        title = title[1:-1]  # 《某市人民政府关于…的通知》 printed as a heading: the title without its marks
    half = len(title) // 2
    if len(title) % 2 == 0 and half >= _TWICE_MIN and title[:half] == title[half:]:
        title = title[:half]  # the page's <title> over its heading, joined as one line: X X is X
    if title.endswith(_TRAILING_DOTS):
        title = title.rstrip("".join(_TRAILING_DOTS))  # …市长·· (a headline's decoration; titles round 13)
    return _without_session_label(title)


_TRAILING_DOTS = ("·", "•", "・", "‧")  # middle dots a page prints after a headline, never part of it


# A session's file label over a report it tables, joined to its title: 区十三届人大三次会议 / 文 件 之 二 /
# 某某区人民政府工作报告, 某某市第十届人民代表大会第二次会议文件（3） — the label names the meeting's
# papers, never the report (titles round 13)
_SESSION_LABEL_RE = compile_re(
    rf"^[^，。；：:（）()]{{2,40}}?(?:会议|大会)文件(?:之?[{CN_ORDINALS}\d０-９]{{1,3}}|[（(][{CN_ORDINALS}\d０-９]{{1,3}}[）)])?"
)


def _without_session_label(title: str) -> str:
    """The title without a session's file label joined before it (…人大三次会议文件之二某某政府工作报告)."""
    if "文件" not in title[:50]:
        return title
    m = _SESSION_LABEL_RE.match(title)
    if m is None:
        return title
    label, rest = title[: m.end()], title[m.end() :]
    if "关于" in label or "印发" in label or not any(word in label for word in SESSION_LABEL_WORDS):
        return title  # 关于印发县人大常委会会议文件管理办法的通知: 会议文件 inside the subject
    return rest if len(rest) >= 4 and kind_of(rest) is not None else title


_GLUED_NUMBER_ISSUER_RE = compile_re(
    rf"^(?P<body>[{CJK}]{{2,40}}?(?:{ISSUER_SUFFIX_ALTERNATION}))(?:关于|印发|转发|批转)"
)


def glued_number_title(title: str) -> tuple[str, DocNumber | None] | None:
    """(the title, its number) of a title whose line a converter ran on from the page's number field:
    法规国家税务总局公告2018年第58号国家税务总局关于…的公告 → (国家税务总局关于…的公告, the number);
    TXDR-2016-01007天政办发201652长沙市…关于…的通知 → (长沙市…关于…的通知, None: a number that lost its
    marks is read elsewhere, if at all); None for any other title (titles round 13). Only a number that ends
    right before a body's name leading the title (…局关于 / …政府印发) is cut: a number the title names stays."""
    at = title.find("关于")
    if at < 8:
        return None
    found: list[tuple[int, int]] = []
    if "号" in title[:at]:
        found = [(start, end) for start, end, _number in scan_doc_numbers(title[:at])]
    if (m := _LOST_MARKS_NUMBER_RE.match(title)) is not None:
        found.append((-1, m.end()))  # TXDR-2016-01007天政办发201652长沙市…: an index, a number without marks
    for start, end in found:
        rest = title[end:]
        if (issuer := _GLUED_NUMBER_ISSUER_RE.match(rest)) is None or kind_of(rest) is None:
            continue
        # the number, read from where the issuing body's own name opens it (法规国家税务总局公告2018年第58号
        # → 国家税务总局公告2018年第58号: the label before it is no part); none when its name is not in it
        body = issuer.group("body")
        printed = title[start:end] if start >= 0 else ""
        number = read_doc_number(printed[printed.find(body) :]) if body and body in printed else None
        return rest, number
    return None


# A page's index number and a document number whose brackets and 号 a converter dropped, run into the title:
# TXDR-2016-01007天政办发201652 (the agency's 发/字/函 word, then the year and the serial)
_LOST_MARKS_NUMBER_RE = compile_re(
    rf"^(?:[A-Za-z0-9]{{2,12}}(?:-[A-Za-z0-9]{{1,12}}){{0,4}})?[{CJK}]{{1,8}}?[发字函](?:19|20)\d\d\d{{1,4}}号?"
)


_TWICE_MIN = 6  # the shortest title read as printed twice when its two halves are the same


_KIND_AT_END_RE = compile_re(f"(?:{DOC_KIND_ALTERNATION})(?=[”》 ]*$)")


# A qualifier printed after the kind word: …的实施意见（试行） / …办法（2019年修订） / …（征求意见稿）, and the
# other names of a draft (…工作规则（讨论稿）, …的通知（第二次征求意见稿）, （意见征求稿）, （修改稿）, （报批稿）)
TITLE_QUALIFIER_RE = compile_re(
    r"[（(](?:试行|暂行|修订|修正|草案|送审稿|讨论稿|修改稿|报批稿|\d{4}年(?:修订|修正|版)"
    rf"|(?:公开)?(?:第[{CN_ORDINALS}0-9]{{1,3}}次)?(?:征求意见稿|意见征求稿))[）)]$"
)


def kind_of(title: str) -> str | None:
    """通知 for …的通知; the longest kind word at the end of the title (before a （试行）)."""
    if title.endswith(("）", ")")) and (q := TITLE_QUALIFIER_RE.search(title)):
        title = title[: q.start()]
    m = _KIND_AT_END_RE.search(title[-12:])
    return DOC_KINDS[m.group()] if m else None


def signed_official(doc: Document, *, date_unread: bool = False) -> bool:
    """Is ``doc`` an official document though it prints no number and no recipients: a title of
    an official kind that names its subject (某某市人民政府关于禁止燃放烟花爆竹的通告), signed by
    a body and dated under its signature? (A bare 某某公告 over a line that is no serial stays out.)
    ``date_unread``: the signature stands over a date line whose digits lost their marks (2023915),
    read as none: signed all the same."""
    return (
        doc.title is not None
        and ("关于" in doc.title or is_issuer_notice(doc.title))
        and kind_of(doc.title) in OFFICIAL_KINDS
        and _signed(doc, date_unread=date_unread)
    )


def proclaimed_signed(doc: Document, texts: list[str]) -> bool:
    """Is ``doc`` a titled notice that proclaims its own kind in its body (``texts``) and is signed by a body and
    dated under the signature (鄂城区区委书记大接访活动公告 / …现就有关事项公告如下： / 中共鄂城区委员会 / 2018年1月18日),
    though its title names no 关于 and no issuer (docs19)? A news headline over a story says no 公告如下 and is
    signed by no body over a date."""
    if doc.title is None or not _signed(doc):
        return False
    kind = next((k for k in PROCLAIMED_KINDS if doc.title.endswith(k)), None)
    if kind is None:
        return False
    phrases = [p.format(kind=kind) for p in PROCLAIMING_PHRASES]
    return any(p in t for t in texts for p in phrases)


_ISSUER_NOTICE_RE = compile_re(rf"^[{CJK}]{{2,40}}?(?:{ISSUER_SUFFIX_ALTERNATION})(?:通告|公告|决定|命令)$")


def is_issuer_notice(title: str) -> bool:
    """A title that is a body's name and the kind of its notice (某县人民政府通告, 某县防汛抗旱指挥部公告):
    an announcement that names no subject, a document when the body signs and dates it."""
    return _ISSUER_NOTICE_RE.match(title) is not None


def _signed(doc: Document, *, date_unread: bool = False) -> bool:
    """Signed by a body (…人民政府, …局) and dated under the signature (or over a date unread)."""
    return doc.issuer is not None and doc.issuer.endswith(ISSUER_SUFFIXES) and (doc.date is not None or date_unread)


def adopted_untitled(doc: Document, first: str) -> bool:
    """Is ``doc`` a decision stored from its adoption note, its title not kept (（2015年11月26日某省
    …会议通过） / 某省…会议决定：…): the note dates it (FORMAT.md: a date is a field), so it is a
    document though it holds no record. ``first`` is the text of the document's first line."""
    return doc.title is None and doc.date is not None and ADOPTED_RE.match(first) is not None


def dated_untitled_notice(doc: Document, texts: list[str]) -> bool:
    """Is ``doc`` (the whole text read as one, its lines ``texts``) an untitled notice that dates itself: it issues
    its notice (现将…通知如下 / 特此通知 / 请遵照执行: vocab.common.NOTICE_ISSUING_WORDS) and its last line is its
    date alone (2020年1月16日), unsigned? A notice stored without its title and signature shows its date, a
    field (FORMAT.md); a story or a page that ends in a date shows no such words (headlines round 14)."""
    if doc.title is not None or doc.date is None or not texts:
        return False
    last = texts[-1].strip()
    return (
        is_date_line(last)
        and parse_date(last) == doc.date
        and any(word in text for text in texts[:-1] for word in NOTICE_ISSUING_WORDS)
    )


# Round trad18: a letter of the 字第 form cited as the ground of what the text does (依教育部114年10月28日臺教授國字第
# 1140100636號函辦理): the lead, at most 40 characters of issuer and date, the number, then the kind of document.
_CITED_GROUND_RE = compile_re(
    rf"(?:{'|'.join(sorted(CITED_GROUND_LEADS, key=len, reverse=True))})[^。；;\n]{{0,40}}?"
    rf"字第[0-9０-９○〇零一二三四五六七八九]{{4,14}}号(?:{'|'.join(CITED_GROUND_KINDS)})"
)


def cites_a_ground_letter(doc: Document, texts: list[str]) -> bool:
    """Whether the text cites, by its number, a letter or order it acts upon (依…字第…號函辦理), and that number is
    one of the document's citations: an official document shows, titled or not (htjhchc, lygovtw; round trad18)."""
    if not any(c.doc_number for c in doc.citations):
        return False
    return any("字第" in text and _CITED_GROUND_RE.search(text) for text in texts)


# A story stored without its headline whose first line opens on the day of the event it reports, its year printed
# (2020年7月1日上午，区长某某主持召开区政府第115次常务会议，… / 2023年10月26日上午，区长某某在…会议室主持召开…): the day is
# a field of the one untitled document (FORMAT.md, the convention of the dev labels: aisu-2020, baodimeat-2018); the
# event's verb in the same sentence, within 80 characters
_DATED_EVENT_LEAD_RE = compile_re(
    rf"^[ \t\u3000]*(?P<date>(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日){_DAY_PART}?[ \t\u3000]*[，,]"
    rf"[^。；]{{0,80}}?(?:{alternation(STORY_EVENT_VERBS)}|{alternation(DATED_LEAD_ACT_VERBS)})"
)
# …the same lead with its month and day only, the year left to the page's publish day (dates20)
_DAY_EVENT_LEAD_RE = compile_re(
    rf"^[ \t\u3000]*(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日{_DAY_PART}?[ \t\u3000]*[，,]"
    rf"[^。；]{{0,80}}?(?:{alternation(STORY_EVENT_VERBS)})"
)
_DAY_ENTRY_RE = compile_re(r"^[ \t\u3000]*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")
# …and a line opening on a full date, an entry of a chronicle (大事记: one entry a day, no one event reported)
_DATED_ENTRY_RE = compile_re(r"^[ \t\u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
_CHRONICLE_SCAN = 12  # lines under the lead searched for another dated entry
# A line of a layout table's bars or a rule only, over the lead (|, ｜, ||, | |, ———, -----, ═══): no text (dates20)
_BAR_LINE_RE = compile_re(r"^[ \t\u3000|｜¦│─━—\-_=═·•]{1,40}$")
_BARS_MAX = 3  # such lines passed over at the top


def dated_untitled_story(doc: Document, texts: list[str]) -> bool:
    """Is ``doc`` (the whole text read as one, its lines ``texts``) a story stored without its headline whose first
    line dates the event it reports, its year printed (:data:`_DATED_EVENT_LEAD_RE`), the date read being that day?
    A chronicle, whose next lines open on their own dates, reports no one event (pages18)."""
    if doc.title is not None or doc.date is None or not texts:
        return False
    # a table's bar or a rule alone over the lead (| / ｜ / ——— : the page's layout, dates20) is passed over
    first = next((k for k, text in enumerate(texts[:_BARS_MAX]) if not _BAR_LINE_RE.match(text)), 0)
    texts = texts[first:]
    m = _DATED_EVENT_LEAD_RE.match(texts[0])
    if m is None:
        # 9月13日,市長侯紅主持召開…會 over a foot line that dates it (政府要聞2021-09-154733: layout.news.foot_story_date,
        # dates20): the lead's month and day are the date read — the year came from the page's publish day
        d = _DAY_EVENT_LEAD_RE.match(texts[0])
        if d is None or doc.date[5:] != f"{int(d.group('m')):02d}-{int(d.group('d')):02d}":
            return False
        return not any(_DAY_ENTRY_RE.match(t) for t in texts[1:_CHRONICLE_SCAN])
    if parse_date(m.group("date")) != doc.date:
        return False
    return not any(_DATED_ENTRY_RE.match(t) for t in texts[1:_CHRONICLE_SCAN])


def signed_untitled(doc: Document) -> bool:
    """Is ``doc`` an untitled official notice: prose signed by a body and dated under its
    signature (为落实…，暂停接待群众来访。 / 广州市教育局 / 2020年1月31日)?"""
    return doc.title is None and _signed(doc)


# ---------------------------------------------------------------------------------------------
# Lines around a title
# ---------------------------------------------------------------------------------------------

RECIPIENTS_RE = compile_re(r"^[^。；]{2,200}[：:]$")
# A recipients line names units: 各乡镇人民政府、街道办事处，区政府各委、办、局： (not 视力保护色：)
# or people, for replies to deputies' proposals: 马万祺副主席： / 周桂英等代表：
RECIPIENT_UNIT_RE = compile_re(
    r"政府|部门|单位|机构|机关|[局委办厅院部署处室]|党委|党组|街道|乡|镇|[省市区县]|公司|中心|管委会|军区|各|代表|主席|同志|[长员]"
)
# A line ending in ： that is a sentence, not recipients: 经…研究决定任命： / 现将有关事项通知如下：
_NOT_RECIPIENT_WORDS = (
    "决定",
    "任命",
    "免去",
    "如下",
    "研究",
    "会议",
    "通知",
    "同意",
    "附件",
    "现将",
    "为了",
    "根据",
    *PEOPLE_ADDRESSEES,  # 广大市民朋友们： / 全县父老乡亲们： — people a letter addresses, no body (titles round 12)
)


def is_recipients(text: str) -> bool:
    # one colon, at the end: 来源：新疆政府网 发布时间：… 浏览次数： is page chrome
    if text.count("：") + text.count(":") != 1 or BYLINE_RE.match(text):
        return False
    return (
        bool(RECIPIENTS_RE.match(text))
        and not any(w in text for w in _NOT_RECIPIENT_WORDS)
        and bool(RECIPIENT_UNIT_RE.search(text))
    )


# A red head's rule between the number and the title, as converters print it: ——— / ━━━ / ───── / ★★★
RULE_LINE_RE = compile_re(r"^[—\-－_=━─★☆\s]{3,}$")
# The line under a 名单 or 决定 of a people's congress: （2020年7月28日…第二十六次会议通过）; a law database
# prints it in square brackets too (【2019年3月5日…第九次会议通过】 / ［…通过］ / […通过]: round dates21, where
# the note read as no line of the rule's head and the rule was lost). Each bracket with its own close.
ADOPTED_RE = compile_re(
    r"^(?:[（(][^（）()]{0,80}(?:会议|常委会)[^（）()]{0,20}(?:通过|决定|批准)[）)]"
    r"|【[^【】（）()]{0,80}(?:会议|常委会)[^【】（）()]{0,40}(?:通过|决定|批准)】"
    r"|[［\[][^［］\[\]（）()]{0,80}(?:会议|常委会)[^［］\[\]（）()]{0,40}(?:通过|决定|批准)[］\]])$"
)
# The serial under a decree's title: 北京市平谷区人民政府令 / 第3号
DECREE_SERIAL_RE = compile_re(r"^[（(]?第\s*\d{1,5}\s*号[）)]?$")


# The line under a law database's title: （2015年3月5日 京政发〔2015〕7号） — the document's date and
# number in one bracket (nothing else in it)
DATE_NUMBER_LINE_RE = compile_re(
    r"^[（(]\s*(?P<date>(?:\d{4}|[〇○零Oo一二三四五六七八九]{4})\s*年[^（）()]{1,12}?日)"
    r"\s*[，,、]?\s*(?P<number>[^（）()\s][^（）()]{2,40}[号號])\s*[）)]$"
)
# …or the number first, the date after it (law databases): (冀政发〔2018〕11号 2018年5月18日印发)
NUMBER_DATE_LINE_RE = compile_re(
    r"^[（(]\s*(?P<number>[^（）()\s\d][^（）()]{2,40}?[号號])\s*[，,、]?\s*"
    r"(?P<date>(?:\d{4}|[〇○零Oo一二三四五六七八九]{4})\s*年[^（）()]{1,12}?日)\s*(?:印发|发布|公布)?\s*[）)]$"
)


# ... or the two without a bracket, side by side on the line under the title (law mirrors):
# 市政发〔2003〕13号 2003年2月17日 / 2003年2月17日 市政发〔2003〕13号
_BARE_DATE = r"(?:\d{4}|[〇○零Oo一二三四五六七八九]{4})[\s\u3000]*年[^（）()\s\u3000]{1,12}?日"
BARE_NUMBER_DATE_RE = compile_re(
    rf"^(?P<number>[^（）()\s\d][^（）()]{{2,40}}?[号號])[\s\u3000]*[，,、]?[\s\u3000]*(?P<date>{_BARE_DATE})"
    r"[\s\u3000]*(?:印发|发布|公布)?$"
)
BARE_DATE_NUMBER_RE = compile_re(
    rf"^(?P<date>{_BARE_DATE})[\s\u3000]*[，,、]?[\s\u3000]+(?P<number>[^（）()\s\d][^（）()]{{2,40}}?[号號])$"
)


def round_brackets(text: str) -> str:
    """``text`` with its outer bracket pair, when it is one of :data:`~gazette_extract.vocab.common.OUTER_BRACKETS`
    (〔…〕 / […] / 【…】 / ［…］), made （） — the number's own 〔〕 inside stays."""
    text = text.strip(" \u3000")
    close = OUTER_BRACKETS.get(text[:1])
    if close is None or not text.endswith(close) or (text.count(text[0]) != 1 and text[0] != "〔"):
        return text
    inner = text[1:-1]
    if text[0] == "〔" and inner.count("〔") != inner.count("〕"):
        return text  # 〔2019〕12号〕: the number's own bracket, not an outer pair
    return f"（{inner}）"


def date_number_line(text: str) -> re.Match[str] | None:
    """A bracket under a title holding its date and number, in either order:
    （2015年3月5日 京政发〔2015〕7号） / (冀政发〔2018〕11号 2018年5月18日印发); or the two side
    by side without a bracket (市政发〔2003〕13号 2003年2月17日), both readable. Any outer bracket
    pair of :data:`~gazette_extract.vocab.common.OUTER_BRACKETS` is read as a round one."""
    text = round_brackets(text)
    found = DATE_NUMBER_LINE_RE.match(text) or NUMBER_DATE_LINE_RE.match(text)
    if found is None and len(text) <= 60 and ("号" in text or "號" in text):
        bare = BARE_NUMBER_DATE_RE.match(text) or BARE_DATE_NUMBER_RE.match(text)
        if bare is not None and read_doc_number(bare.group("number")) and parse_date(bare.group("date")):
            found = bare
    return found


# A rule's or regulation's history under its title (题注, law databases and gazettes' 规章 pages), in
# one bracket, one level of brackets inside: （2005年3月1日市人民政府第5次常务会议通过　2005年3月10日
# 某市人民政府令第12号公布　根据2010年12月1日某市人民政府令第35号修改） / (1984年7月4日陕政发〔1984〕88号
# 公布 根据2011年2月25日陕西省人民政府令第148号修订) / （2019年6月3日某政办发〔2019〕12号印发）.
# Each event is a date, an optional body or number, and its verb; no sentence (。) inside.
HISTORY_LINE_RE = compile_re(
    rf"^[（(](?P<body>[\s\u3000]*(?:根据|依据|经)?[\s\u3000]*{LINE_DATE}"
    r"(?:[^（）()。]|[（(][^（）()。]{0,60}[）)]){1,400}?)[）)]$"
)
# …or printed bare, one event, the line ending on its verb: 2005年3月10日某市人民政府令第12号公布 /
# 中华民国108年6月3日某县政府府法字第1080012345号令订定发布 (Taiwan's law database)
BARE_HISTORY_LINE_RE = compile_re(
    rf"^(?P<body>{LINE_DATE}[^。；;，,：:（）()]{{2,120}}?(?:公布|发布|印发|颁布|订定|通过|施行))$"
)
# the verbs of a history's events: the document's own (公布, 印发) and later ones (修改, 废止)
HISTORY_ISSUED_RE = compile_re(r"(?:公布|发布|印发|颁布|发文|订定发布|通过|批准|施行|修改|修订|修正|废止)")
_HISTORY_OWN_VERB_RE = compile_re(r"[\s\u3000]*(?:令)?(?:公布|发布|印发|颁布|订定发布|发文)")


def history_line(text: str) -> tuple[str | None, DocNumber | None] | None:
    """A rule's history line under its title → (ISO date of its first event — of its last when the
    body itself revised the rule then (…会议修订, not 根据…令修改): the text printed is the revised
    one —, its own number — the one issued by 公布/发布/印发 —); None when ``text`` is no history line. The numbers of later
    events (…令第35号修改) are the documents it cites."""
    if len(text) > 420 or HISTORY_ISSUED_RE.search(text) is None:
        return None
    if text[:1] in "（(":
        m = HISTORY_LINE_RE.match(text.strip(" \u3000"))
    elif len(text) <= 160 and text[:1] in "12中民〇○零一二":
        m = BARE_HISTORY_LINE_RE.match(text.strip(" \u3000"))
    else:
        return None
    if m is None:
        return None
    if m.group("body").lstrip(" \u3000").startswith(("根据", "依据")):
        return None, None  # （根据…令第5号修订）: a later event only; no date or number of its own
    own: DocNumber | None = None
    for _start, end, number in scan_doc_numbers(m.group("body")):
        if _HISTORY_OWN_VERB_RE.match(m.group("body"), end):
            own = number
        break  # the first number only: a later one belongs to a later event
    dated = list(LINE_DATE_RE.finditer(m.group("body")))
    if (
        len(dated) > 1
        and _HISTORY_REVISED_RE.search(m.group("body"), dated[-1].end())
        and not m.group("body")[: dated[-1].start()].rstrip(" \u3000").endswith(("根据", "依据"))
    ):
        # …1987年7月18日…通过 … 2022年12月7日…会议修订: the body adopted the revised text itself, the
        # text printed is that revision's, dated by it; a revision by another decree (根据…令第35号修改)
        # leaves the rule its first event's date
        return parse_date(dated[-1].group()), own
    return (parse_date(dated[0].group()) if dated else None), own


_HISTORY_REVISED_RE = compile_re(r"修订|修正|修改")


# The line under a report's or a speech's title that says when and where it was delivered:
# ——2019年1月16日在南昌市第十五届人民代表大会第五次会议上 ; ---2023年1月30日在… ; （2019年1月16日在…会议上）
DELIVERED_RE = compile_re(
    r"^(?:[—\-－–]{1,3}|[（(])[\s\u3000]*"
    r"(?P<date>(?:\d{4}|[〇○零Oo一二三四五六七八九]{4})[\s\u3000]*年[^年（）()]{1,14}?日)"
    r"[\s\u3000]*(?:在[^（）()]{2,60}?(?:上|时|期间)(?:的(?:讲话|报告|发言|工作报告))?)?[\s\u3000]*[）)]?$"
)


def delivered_date(text: str) -> str | None:
    """The ISO date of a report's delivery line (——2019年1月16日在…会议上), else None."""
    if len(text) > 90 or text[:1] not in "—-－–（(":
        return None
    m = DELIVERED_RE.match(text.strip(" \u3000"))
    if m is None or (text[:1] in "（(") != text.rstrip(" \u3000").endswith(("）", ")")):
        return None
    return parse_date(m.group("date")) if is_date_line(m.group("date")) else None


# A date alone in a bracket under a title or its number (collections, law databases):
# （2017年5月10日） / (二〇一七年五月十日印发)
BRACKETED_DATE_RE = compile_re(r"^[（(]\s*(?P<date>[^（）()]{6,20}?日)\s*(?:印发|发布|公布|签发)?\s*[）)]$")


def bracketed_date(text: str) -> str | None:
    """The ISO date of a line that is one date in a bracket and nothing else, else None."""
    m = BRACKETED_DATE_RE.match(round_brackets(text))
    return parse_date(m.group("date")) if m is not None and is_date_line(m.group("date")) else None


# A red head's number line with the signer beside it: 某府发〔2021〕3号　　签发人：张三
NUMBER_SIGNER_RE = compile_re(
    r"^(?P<number>\S.{2,38}?[号號])[\s\u3000]*[（(]?签发人[\s\u3000]*[:：]"  # 某府发〔2021〕3号（签发人：张三）
    # 签发人：张三　李四　某政办发〔2019〕12号: the signers first (a report's red head, flattened)
    rf"|^签发人[\s\u3000]*[:：][\s\u3000]*(?:[{CJK}·]{{2,4}}[\s\u3000]+){{1,4}}(?P<after>\S.{{2,38}}?[号號])$"
)


# A number under its key alone on a line over or under a title (发文字号：湘政办发〔2020〕12号 ;
# 文　　号：… ; 【文号】…): the metadata vocabulary's number keys, spaces allowed inside a key
_NUMBER_KEY_ALTERNATION = "|".join(
    r"\s*".join(map(re.escape, key))
    for key in sorted((k for k, field in METADATA_KEYS.items() if field == "doc_number"), key=len, reverse=True)
)
NUMBER_KEY_LINE_RE = compile_re(
    rf"^[\s\u3000•·\[【]*(?:{_NUMBER_KEY_ALTERNATION})[\s\u3000]*[\]】]?[\s\u3000]*[:：]?[\s\u3000]*(?P<number>\S.*)$"
)


# A number alone on its line that lost both brackets, a space left between the year and the serial:
# 京政发2019 5号 / 京政发 2019 5号 — an agency of a number series (ending 发, 函, 字, 办 …)
LOST_BRACKETS_RE = compile_re(
    rf"^(?P<agency>[{CJK}]{{1,11}}[发函字办令文])[\s\u3000]*(?P<year>(?:19|20)\d\d)[\s\u3000]+(?P<serial>\d{{1,4}})[\s\u3000]*[号號]$"
)
# A number alone on its line that lost its 号: 京政发〔2019〕5
LOST_HAO_RE = compile_re(rf"^(?P<number>[{CJK}]{{1,12}}[〔\[［(（【﹝].{{2,6}}[〕\]］)）】﹞]\s*第?\s*\d{{1,4}})$")
# A number alone on its line that lost both its closing bracket and its 号: 芜政〔201836 ;
# 牟政办发〔201746 (a four-digit year 19xx/20xx, then the serial)
LOST_CLOSE_AND_HAO_RE = compile_re(
    rf"^(?P<agency>[{CJK}]{{1,12}})[〔\[［(（【](?P<year>(?:19|20)\d\d)(?P<serial>\d{{1,4}})$"
)


def number_of_line(text: str) -> DocNumber | None:
    """The document number a line holds and nothing else but a signer or its key:
    京政发〔2021〕1号 ; 某府发〔2021〕3号　签发人：张三 ; 发文字号：湘政办发〔2020〕12号."""
    if len(text) > 60:
        return None
    found = read_doc_number(text)
    if found is None and "签发人" in text and (m := NUMBER_SIGNER_RE.match(text)):
        found = read_doc_number(m.group("number") or m.group("after"))
    if found is None and (m := NUMBER_KEY_LINE_RE.match(text)):
        found = read_doc_number(m.group("number"))
    if found is None and text[-1:] in "号號" and KEYED_NUMBER_LINE_RE.match(text):
        # 编号  某政办发〔2019〕12号: a key of any spelling ending in 号, the number its value
        found = next((number for *_span, number in scan_doc_numbers(text)), None)
    if found is None and text.endswith(("号文", "号文件", "號文")):
        found = read_doc_number(text.removesuffix("件").removesuffix("文"))  # 某政发〔2019〕12号文 under its title
    if found is None and text[-1:] in "号號" and (m := LOST_BRACKETS_RE.match(text.strip(" \u3000"))):
        # 京政发2019 5号: both brackets lost, a space left between the year and the serial
        repaired = read_doc_number(f"{m.group('agency')}〔{m.group('year')}〕{m.group('serial')}号")
        found = replace(repaired, raw=m.group()) if repaired is not None else None
    if found is None and text[-1:].isdigit() and (m := LOST_HAO_RE.match(text.strip(" \u3000"))):
        found = read_doc_number(f"{m.group('number')}号")  # 京政发〔2019〕5 alone on its line: the 号 lost
    if found is None and text[-1:].isdigit() and (m := LOST_CLOSE_AND_HAO_RE.match(text.strip(" \u3000"))):
        # 芜政〔201836 alone under a title: the converter lost 〕 and 号 (芜政〔2018〕36号)
        repaired = read_doc_number(f"{m.group('agency')}〔{m.group('year')}〕{m.group('serial')}号")
        found = replace(repaired, raw=m.group()) if repaired is not None else None
    return found
