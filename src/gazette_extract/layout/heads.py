"""Heads of the session-11 dev texts (issue 9, s11-heads11): small recognizers the title and
date readers call.

* a headline behind a category label joined by a bar (``文字解读┃关于对…的解读``): the label is
  the site's column, not part of the title;
* the headline of a policy interpretation (``《〈X〉Y》政策解读``, ``关于对《X》的解读``): the page's
  own document though 解读 is no official kind (SOURCES-W);
* the line under a disclosure block that opens the body instead of titling it: a numbered
  section heading (``一、起草背景``) or a lone short label (``公开程序``).
"""

from __future__ import annotations

import re

from .._pattern_cache import compile_re
from ..grammars.dates import is_date_line, parse_date
from ..text.newshead import is_address_line
from ..vocab.common import CJK
from ..vocab.heads import (
    AD_SLOT_WORDS,
    AD_WORDS,
    BULLETIN_ENDS,
    CATEGORY_BARS,
    COLLECTION_NOTES,
    COLUMN_LABEL_ENDS,
    DROPPED_NUMBER_MARKS,
    INTERPRETATION_ENDS,
    KEYED_SHORT_BODIES,
    KEYED_SHORT_PLACE_ENDS,
    LABEL_LINE_MAX,
    OWN_KIND_FOLLOWS,
    OWN_KIND_LEVELS,
    REPORT_ADDRESSES,
    SPEECH_TITLE_WORDS,
)
from ..vocab.numerals import CN_ORDINALS

# 文字解读┃关于对…的解读 / 政策解读 │ 《某某办法》解读: a column's label (at most 8 Han characters that end
# in a column noun, COLUMN_LABEL_ENDS), a bar, then the headline (at least six characters, so a short
# 区政府│新闻 is left alone). A clause before the bar (高市警局高層換將│七分局長異動…) ends in no column noun
# and stays: the bar then joins the headline's two halves.
_CATEGORY_PREFIX_RE = compile_re(
    rf"^\s*[{CJK}]{{0,6}}(?:{'|'.join(sorted(COLUMN_LABEL_ENDS, key=len, reverse=True))})"
    rf"\s*[{''.join(re.escape(bar) for bar in CATEGORY_BARS)}]\s*(?=\S{{6}})"
)

# …《X》政策解读 / 关于对《X》的解读 / 关于对X的解读: the interpreted document is named (《》 or 关于对)
_INTERPRETATION_RE = compile_re(
    r"(?:》|^关于对.{2,60}?)(?:" + "|".join(sorted(INTERPRETATION_ENDS, key=len, reverse=True)) + r")$"
)

_INTERPRETATION_MIN = 8  # characters of the shortest interpretation headline


def strip_category_prefix(title: str) -> str:
    """``文字解读┃关于对…的解读`` → ``关于对…的解读``; any other title unchanged."""
    return _CATEGORY_PREFIX_RE.sub("", title, count=1) if any(bar in title for bar in CATEGORY_BARS) else title


def is_interpretation_title(text: str) -> bool:
    """Is ``text`` (one line) the headline of a policy interpretation that names what it explains?"""
    text = strip_category_prefix(text.strip())
    return (
        _INTERPRETATION_MIN <= len(text) <= 80
        and "。" not in text
        and text.endswith("解读")
        and _INTERPRETATION_RE.search(text) is not None
    )


_NAMED_RE = compile_re(r"《([^《》]{4,80})》")
_INTERPRETS_MAX = 200  # the opening sentence is read this far


def interprets_below(title: str, below: str) -> bool:
    """Is ``title`` an interpretation's headline (《X》解读) whose text opens by naming X and saying it
    interprets it (现将《X》（以下简称《纲要》）解读如下：)? The page's own document, though it prints no
    number or date (titles round 12)."""
    if not is_interpretation_title(title) or "解读" not in below[:_INTERPRETS_MAX]:
        return False
    named = _NAMED_RE.search(title)
    return named is not None and f"《{named.group(1)}》" in below[:_INTERPRETS_MAX]


def opens_body(text: str, numbered: bool, kind: str | None) -> bool:
    """Does the line under a disclosure block begin the body rather than title it: a numbered
    section heading (``numbered``: 一、起草背景 / （一）… / 1.…) or a lone label of a few characters
    naming no document ``kind`` (公开程序)?"""
    if kind is not None:
        return False
    return numbered or len("".join(text.split())) <= LABEL_LINE_MAX


# 第会议 / 第次 / 市届人民代表大会: an ordinal whose number the converter dropped (a place's suffix right
# before 届, where a numeral stands in print; 届时 / 届满 are words, not ordinals)
_DROPPED_NUMBER_RE = compile_re(
    "|".join(
        ("[市县区州省旗盟]" + re.escape(mark)) if mark.startswith("届") else re.escape(mark)
        for mark in DROPPED_NUMBER_MARKS
    )
)


def numbers_dropped(texts: list[str]) -> bool:
    """Did the converter drop this text's numbers (an ordinal printed without them)? Then a digit run
    that lost its 年月日 may have lost digits too, and is read as no date."""
    return any(_DROPPED_NUMBER_RE.search(text) for text in texts)


_RECIPIENT_PARTS_RE = compile_re(r"[，,、；;：:]")


def sends_to_own_kind(body: str, recipients: tuple[str, ...] | list[str]) -> bool:
    """Does a notice addressed to ``recipients`` go to the kind of body ``body`` is (a town's site's
    发布机构 over a notice to 各乡镇人民政府)? Then ``body`` reposted it and did not issue it."""
    level = next((word for end, word in OWN_KIND_LEVELS.items() if body.endswith(end)), None)
    if level is None:
        return False
    return any(
        part.startswith("各") and _names_kind(part[1:], level)
        for recipient in recipients
        for part in _RECIPIENT_PARTS_RE.split(recipient)
    )


_KIND_SCAN = 6  # characters of a part searched for the level word


def _names_kind(part: str, level: str) -> bool:
    at = part.find(level, 0, _KIND_SCAN)
    if at < 0:
        return False
    rest = part[at + len(level) :]
    return not rest or rest.startswith(OWN_KIND_FOLLOWS)


_COLLECTION_NOTE_PREFIXES = tuple(COLLECTION_NOTES)


def is_collection_note(text: str) -> bool:
    """Is ``text`` Wikisource's collection note (本作品收录于《…》), the last line of its header?"""
    return text.lstrip().startswith(_COLLECTION_NOTE_PREFIXES)


# A place romanized as "City , Province" (Taoyuan , Taoyuan; Hangzhou, Zhejiang): an aggregator's
# location or search chrome (寻找猫咪~QQ 地点 桃园市桃园区 Taoyuan , Taoyuan), never in a headline
_ROMANIZED_PLACE_RE = compile_re(r"(?<![A-Za-z])[A-Z][a-z]{2,20}\s*,\s*[A-Z][a-z]{2,20}(?![A-Za-z])")


def is_location_chrome(text: str) -> bool:
    """Is ``text`` a page's location line, a place romanized as ``City , Province`` in it?"""
    return "," in text and _ROMANIZED_PLACE_RE.search(text) is not None


_KEYED_SHORT_MAX = 12  # characters of a place and a short body name (重庆市人大, 内蒙古自治区人大常委)


def is_keyed_short_body(value: str) -> bool:
    """Is a key's ``value`` a place and a body's short name (重庆市人大, 某某县政协), nothing more?"""
    for end in KEYED_SHORT_BODIES:
        if value.endswith(end) and len(value) <= _KEYED_SHORT_MAX:
            place = value[: -len(end)]
            return (
                len(place) >= 2 and place.endswith(KEYED_SHORT_PLACE_ENDS) and not any(p in place for p in "，。、 （(")
            )
    return False


# A report's delivery phrase wherever a converter put it: glued after the title on one line (政府工作报告
# ——二○二二年一月二十一日在…会议上 海南省省长 冯飞 作者： 发布时间：…) or before the address on the next
# (——2023年1月7日在…会议上各位代表：)
_DELIVERY_RE = compile_re(
    r"(?:——|－－|--|—)[\s\u3000]*"
    r"(?P<date>(?:\d{4}|[〇○零Oo一二三四五六七八九]{4})[\s\u3000]*年[^年，。（）()]{1,14}?日)"
    r"[\s\u3000]*在[^，。（）()—]{2,60}?(?:会议|大会)上"
)
_REPORT_TITLE_MAX = 40
_ADDRESS_RE = compile_re(r"^[\s\u3000]*(?:各位代表|各位委员|同志们)[，,：:！!]?[\s\u3000]*$")
# The title of a speech or report: its own form word at its end (…在…会议上的讲话, …政府工作报告（镇乡）)
_SPEECH_FORM_LAST_RE = compile_re(r"(?:" + "|".join(SPEECH_TITLE_WORDS) + r")(?:[（(][^（）()]{1,8}[）)])?$")


def is_addressed_title(title: str, below: str) -> bool:
    """Is ``title`` a speech's or report's title (its form word last, a short tag after it allowed) with
    its address on the line ``below``: the page's own text, headed though it prints no number or date?
    (A headline's deck 某某出席并讲话 is no title over an address: it ends in 讲话 but no address follows.)"""
    return 4 <= len(title) <= 60 and _SPEECH_FORM_LAST_RE.search(title) is not None and is_address_line(below)


_ADDRESS_OPENING_RE = compile_re(r"^[\s\u3000]*(?:" + "|".join(REPORT_ADDRESSES) + r")[，,！!]")
_ADDRESS_SCAN = 3  # paragraphs under a report's title searched for its address


def addressed_below(title: str, texts: list[str]) -> bool:
    """Is ``title`` a speech's or report's title (its form word last) over a text one of whose first paragraphs
    opens on the address said to the session (乡镇人代会换届选举工作报告 / ——社会各项事业协调发展。… / 各位代表，过去的
    四年中…): the report itself, stored from its middle (docs19)? A headline's deck (某某出席并讲话) has no
    report under it that addresses 各位代表."""
    return (
        4 <= len(title) <= 60
        and _SPEECH_FORM_LAST_RE.search(title) is not None
        and any(_ADDRESS_OPENING_RE.match(t) for t in texts[:_ADDRESS_SCAN])
    )


def glued_delivery(text: str) -> tuple[str, str] | None:
    """(the report's title before it, the delivery date) of a line that holds a report's delivery
    phrase with something glued to it — the title before it, the address or the speaker and the
    page's keys after it; None for any other line. The title is "" when the line opens with the dash."""
    m = _DELIVERY_RE.search(text, 0, 200)
    if m is None or not is_date_line(m.group("date")):
        return None
    date = parse_date(m.group("date"))
    before, after = text[: m.start()].strip(" \u3000"), text[m.end() :]
    if date is None or len(before) > _REPORT_TITLE_MAX or "。" in before:
        return None
    if not before and not _ADDRESS_RE.match(after):
        return None  # ——…会议上 alone is the ordinary delivery line (recognize.delivered_date)
    return before, date


# A disclosure catalogue's index number (索引号's value): 005299478/2022-00137, 11341731003262671Y/202006-00018
_INDEX_NUMBER_RE = compile_re(r"^[•·\s]*[0-9A-Za-z]{6,20}/[0-9A-Za-z-]{6,16}[\s]*$")
_KEYLESS_BODY_MAX = 30


def keyless_disclosure(lines: list[str], suffixes: tuple[str, ...]) -> tuple[str, str] | None:
    """(issuer, date) of a disclosure block printed without its keys over a title (xinzheng: an index
    number, the publishing body, a category, two equal dates, each a bullet): the one body whose name
    ends in an issuing body's ``suffixes`` and the date printed twice (成文日期 and 发布日期 of the same
    day); None unless the block opens with the index number and shows both, the two dates equal."""
    texts = [t.strip(" \u3000•·") for t in lines]
    start = next((k for k, t in enumerate(texts) if _INDEX_NUMBER_RE.match(t)), None)
    if start is None:
        return None
    rest = texts[start + 1 :]
    bodies = [t for t in rest if len(t) <= _KEYLESS_BODY_MAX and t.endswith(suffixes) and " " not in t]
    dates = [d for t in rest if is_date_line(t) and (d := parse_date(t)) is not None]
    if len(bodies) != 1 or len(dates) != 2 or dates[0] != dates[1]:
        return None
    return bodies[0], dates[0]


# A site's description of itself: 澎湖日报提供澎湖每日在地新闻、时事专栏评论、县政新闻、…、印刷服务等！
_SELF_DESCRIPTION_RE = compile_re(r"^[^，。]{2,20}?提供[^，。]{4,80}?、[^，。]{2,80}?、[^，。]{2,80}?等[！!。]?$")


def is_page_slot(text: str) -> bool:
    """Is ``text`` an advertisement slot's label or the site's description of itself (chrome over a
    headline, penghudaily)?"""
    if len(text) <= 30 and any(ad in text for ad in AD_WORDS) and any(word in text for word in AD_SLOT_WORDS):
        return True
    return "提供" in text and _SELF_DESCRIPTION_RE.match(text) is not None


# A bulletin's issue under its name: （第二期） / 第3期 / 2023年第5期 / （总第126期） / 第12期（总第58期）
_ISSUE_LINE_RE = compile_re(
    rf"^[（(]?\s*(?:(?:19|20)\d\d\s*年\s*)?(?:总\s*)?第\s*[0-9{CN_ORDINALS}百零〇]{{1,4}}\s*期"
    r"\s*(?:[（(]?\s*总\s*第\s*[0-9]{1,5}\s*期\s*[）)]?)?\s*[）)]?$"
)


def is_issue_line(text: str) -> bool:
    """A bulletin's issue alone on the line under its name (某某工作简报 / （第二期）): the name over it is the
    bulletin's title, its items no story, its date the one at its end (titles round 15)."""
    t = text.strip()
    return 0 < len(t) <= 24 and "期" in t and _ISSUE_LINE_RE.match(t) is not None


_BULLETIN_ENDS = tuple(BULLETIN_ENDS)
_BULLETIN_MAX = 40


def is_bulletin(title: str, below: str) -> bool:
    """A bulletin's name (某某工作简报), or any title over its issue line (（第二期）): a periodical of items whose
    heads are no headline of the page, dated at its end (titles round 15)."""
    t = title.strip()
    return is_issue_line(below) or (0 < len(t) <= _BULLETIN_MAX and t.endswith(_BULLETIN_ENDS))
