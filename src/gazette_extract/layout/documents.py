"""Stage 5: split the body into documents.

A document starts at its title and runs to the next document's title. Titles are found, in
order of trust:
1. the titles listed in the contents (目录), matched with spaces ignored;
2. a website metadata block (索引号 / 标题 / 发文字号 …): the document starts at the block;
3. a title-like line (…关于…的通知, ending in an official document kind) followed within a few
   blocks by a document-number line or a recipients line (主送).
A plan or 方案 that a notice issues, and the notice's 附件, are not official document kinds
and have no number of their own, so they stay inside the notice.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import field, replace

from .._fastclass import dataclass
from .._pattern_cache import compile_re
from ..data import ContentsEntry, DocNumber
from ..grammars.dates import DATE_RE, NUMERIC_DATE_RE, is_date_line
from ..grammars.docnumber import read_doc_number, scan_doc_numbers
from ..grammars.units import ends_like_unit, parse_units
from ..text.newshead import (
    SPEAKER_DECK_RE,
    SPEECH_TITLE_RE,
    is_release_stamp,
    opens_lead,
    opens_release_lead,
    publish_date,
    template_intro_title,
)
from ..text.normalize import (
    BREADCRUMB_RE,
    BYLINE_RE,
    KEYED_NUMBER_LINE_RE,
    PRINT_LINE_RE,
    REPORTER_LINE_RE,
    SERIAL_ACT_RE,
    TITLE_END_RE,
)
from ..text.script import to_simplified
from ..vocab.common import (
    CJK,
    DOC_KIND_ALTERNATION,
    ISSUER_SUFFIXES,
    OFFICIAL_KINDS,
    STORY_OPENER_ALTERNATION,
    LazyPattern,
    alternation,
    compact,
)
from ..vocab.heads import (
    ARCHIVE_ENDS,
    ARCHIVE_KEYS,
    ARCHIVE_TAILS,
    ATTACHED_FILE_WORDS,
    ATTRIBUTION_LEAD_VERBS,
    COLUMN_LABEL_ENDS,
    FICTION_SITE_MARKS,
    ISSUERLESS_TITLE_OPENERS,
    LAW_DB_TAGS,
    MEDIA_TAG_WORDS,
    NOTICE_END_KEYS,
    PAGE_ADDRESS_KEYS,
    SHARED_FILE_KEYS,
    SHARED_FILE_SCAN,
    SHARED_FILE_TOP,
    SIGNED_KIND_GAP,
    SIGNING_VERBS,
)
from ..vocab.numerals import CN_ORDINALS
from ..vocab.personnel import ROSTER_ROLES
from .blocks import DATE, HEADING, PARAGRAPH, SIGNATURE, TABLE_ROW, Block
from .chrome import (
    file_stem,
    is_authored_head,
    is_body_marker,
    is_collection_head,
    is_consent_banner,
    is_contents_run,
    is_file_line,
    is_image_line,
    is_menu_line,
    is_site_chrome,
    is_site_name,
    is_sitemap_link,
    is_slogan,
    is_tail_header,
    is_widget_line,
    page_tail,
    strip_site_suffix,
)
from .doubt import doubtful_title, is_empty_keys_line, is_furniture_title
from .frontmatter import is_section_heading
from .heads import (
    addressed_below,
    glued_delivery,
    interprets_below,
    is_addressed_title,
    is_bulletin,
    is_collection_note,
    is_interpretation_title,
    is_location_chrome,
    is_page_slot,
    opens_body,
)
from .metadata import (
    GLUED_RUN_MIN,
    glued_pairs,
    glued_run,
    is_template_block,
    metadata_of,
    printed_pairs,
    read_metadata,
    read_metadata_block,
)
from .news import (
    FORUM_TAG_RE,
    forum_headline,
    forum_post_line,
    glued_headline,
    headline_end,
    is_caption,
    is_navigation,
    is_story_lead,
    is_toolbar,
    main_headline,
    news_dates,
    opens_story,
    original_note_title,
    original_title,
    session_headline_below,
)
from .recognize import (
    ADOPTED_RE,
    DECREE_SERIAL_RE,
    RECIPIENTS_RE,
    RULE_LINE_RE,
    clean_title,
    date_number_line,
    delivered_date,
    glued_number_title,
    history_line,
    is_issuer_notice,
    is_recipients,
    kind_of,
    number_of_line,
)
from .serials import opens_with_serial
from .sigforms import is_signer_line
from .titlehead import title_head

# A number printed in brackets at the end of a title: …的通知（岳办发〔2017〕2号）
TITLE_NUMBER_RE = compile_re(r"^(?P<title>.+?)\s*[（(](?P<number>[^（）()]{4,30})[）)]$")
# A number printed before the title on the same line: 某政办〔2019〕5号 县人民政府办公室关于…的通知
NUMBER_THEN_TITLE_RE = LazyPattern(
    rf"^(?P<number>[{CJK}]{{1,16}}[〔\[［(（【]\d{{2,4}}[〕\]］)）】]字?第?\d{{1,5}}[号號]"
    # the old series: the year in brackets before the agency, 字 after it — (85)京政发字第12号 (classes21)
    rf"|[(（〔\[［]\d{{2,4}}[)）〕\]］][{CJK}]{{1,16}}?第?\d{{1,5}}[号號])"
    rf"\s*(?P<title>[{CJK}“《].{{3,140}})$"
)
# Words that make a line ending in a title and a number a sentence referring to that document
# (具体要求详见市政府关于…的通知 某府发〔2014〕3号), not the document's own head
_REFERRING_WORDS = (
    "见",
    "按照",
    "根据",
    "依据",
    "依照",
    "参照",
    "落实",
    "贯彻",
    "执行",
    "印发了",
    "转发了",
    "下发",
    "请",
)
# The masthead above a red-head document: 北京市平谷区人民政府文件
MASTHEAD_RE = compile_re(r"^\S{2,30}文件$")
# A portal's summary of the page under its headline: 导读：… / 摘要：… / 核心提示：… / 编者按：…
SUMMARY_RE = compile_re(r"^[【\[]?\s*(?:导读|导语|摘要|内容摘要|内容提要|提要|核心提示|编者按)\s*[】\]]?\s*[：:]")


@dataclass(slots=True)
class DocumentSpan:
    title: str
    start: int  # index into blocks of the first block (metadata block or title)
    end: int  # index after the last block
    title_start: int  # index of the first title block
    title_end: int  # index after the last title block
    metadata: dict[str, str] = field(default_factory=dict)  # field name → value (doc_number, date …)
    contents: ContentsEntry | None = None
    printed: dict[str, str] = field(default_factory=dict)  # key as printed (索引号, 发布日期 …) → value as printed
    news: bool = False  # a news story (a headline over a publish line or a lead): a document without records too
    articles: bool = False  # rules printed in articles (条例/办法 over 第一条…): a document without records too
    headed: bool = False  # a title over a header line with its date (layout.titlehead): a document too
    lead: str = ""  # the lead a headline was glued to on its line (layout.news.glued_headline): it dates the story


# A rule's title and the decree that issues it on one line (law mirrors, content farms):
# 广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号 (the title ends with its kind)
TITLE_DECREE_RE = compile_re(
    rf"^(?P<title>[^。，：:；;]+(?:{DOC_KIND_ALTERNATION}))[\s\u3000]*"
    rf"(?P<number>[{CJK}]{{2,20}}令[\s\u3000]*第[\s\u3000]*\d{{1,5}}[\s\u3000]*号)$"
)


def split_title_number(text: str) -> tuple[str, DocNumber | None]:
    """…的通知（岳办发〔2017〕2号） → ('…的通知', number);
    某政办〔2019〕5号 县人民政府办公室关于…的通知 → ('县人民政府办公室关于…的通知', number);
    other text → (text, None)."""
    if (
        text[:1] not in "关对"
        and (m := NUMBER_THEN_TITLE_RE.match(text))
        and (number := read_doc_number(m.group("number")))
    ):
        title = m.group("title")
        if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
            title = title[1:-1]  # 鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》 (law mirrors)
        if kind_of(title):
            return title, number
    if text.endswith(("）", ")")):
        m = TITLE_NUMBER_RE.match(text)
        if m and (number := read_doc_number(m.group("number"))):
            return m.group("title"), number
    if text.endswith(("号", "號")) and len(text) <= 180:
        # 县人民政府办公室关于…的通知 某政办发〔2019〕5号 (the space may be folded away)
        found = list(scan_doc_numbers(text))
        if found and found[-1][1] == len(text):
            start, _end, number = found[-1]
            title = text[:start].rstrip(" \u3000")
            head = title.split("关于", 1)[0]
            if (
                len(title) >= 6
                and kind_of(title) in OFFICIAL_KINDS
                and "。" not in title
                and not any(w in head for w in _REFERRING_WORDS)
            ):
                return title, number
        if (m := TITLE_DECREE_RE.match(text)) is not None and (number := read_doc_number(m.group("number"))):
            title = m.group("title").rstrip(" \u3000")
            if _is_decree_number(number) and len(title) >= 4 and not any(w in title for w in _REFERRING_WORDS):
                return title, number  # 某某自治区土地整治办法 某某自治区人民政府令 第116号: a rule and its decree
    if (glued := glued_number_title(text)) is not None:
        return glued  # 法规国家税务总局公告2018年第58号国家税务总局关于…的公告 (titles round 13)
    return text, None


def _is_decree_number(number: DocNumber) -> bool:
    """某某自治区人民政府令第116号: a decree's serial (no year), issued by a body."""
    return number.year is None and number.agency.endswith("令") and number.agency[:-1].endswith(ISSUER_SUFFIXES)


def _is_title_like(block: Block) -> bool:
    text = block.text
    if block.kind not in (HEADING, PARAGRAPH) or block.style or len(text) > 140 or "。" in text or "，" in text:
        return False
    kind = kind_of(split_title_number(text)[0])
    # 通知公告 / 首页 > 通知公告: a column's name or a breadcrumb ends like a 公告
    return kind in OFFICIAL_KINDS and not is_site_chrome(text)


# Kinds of rules a session adopts, printed as a title over its adoption line and articles:
# 某某市物业管理条例 / （2021年3月5日…常务委员会第三十次会议通过） / 第一条 …
# (任免…工作人员办法, 人民政府工作规则, …实施细则, …暂行规定)
ADOPTED_KINDS = frozenset({"条例", "办法", "规定", "规则", "细则"})


# An announcement or a decree that promulgates rules (某某省人民代表大会常务委员会公告 / 某某市人民政府公告 /
# 某某自治区人民政府令) over its serial alone on the next line (第28号 / 第三十七号 / （第5号）)
_PROMULGATION_RE = compile_re(rf"^[{CJK}]{{2,40}}(?:公告|令)$")
_SERIAL_LINE_RE = compile_re(rf"^[（(]?第?[0-9０-９{CN_ORDINALS}百零〇○]{{1,5}}号[）)]?$")


def _law_over_promulgation(blocks: list[Block], i: int, floor: int) -> int | None:
    """Index of the rules' title right over the promulgating announcement at ``blocks[i]`` (its
    adoption line may stand between them), or None when ``blocks[i]`` is no such announcement."""
    if not _PROMULGATION_RE.match(compact(blocks[i].text)) or i + 1 >= len(blocks):
        return None
    if not _SERIAL_LINE_RE.match(compact(blocks[i + 1].text)):
        return None
    k = i - 1
    if k > 0 and (ADOPTED_RE.match(blocks[k].text) or history_line(blocks[k].text)):
        k -= 1
    if k < 0:
        return None
    law = blocks[k]
    text = compact(law.text)
    if law.kind not in (HEADING, PARAGRAPH) or law.style or not 4 <= len(text) <= 60:
        return None
    if any(p in text for p in "。，；：") or not (kind_of(text) in ADOPTED_KINDS or LAW_TITLE_RE.match(text)):
        return None
    return k


def _is_adopted_rules(blocks: list[Block], i: int) -> bool:
    """A rules title (条例/办法/规定/规则/细则) right over its adoption line (（…会议通过）)."""
    block = blocks[i]
    text = block.text
    return (
        block.kind in (HEADING, PARAGRAPH)
        and not block.style
        and 4 <= len(text) <= 60
        and not any(p in text for p in "。，；：")
        and (kind_of(text) in ADOPTED_KINDS or LAW_TITLE_RE.match(text) is not None)
        and i + 1 < len(blocks)
        and (ADOPTED_RE.match(blocks[i + 1].text) is not None or history_line(blocks[i + 1].text) is not None)
    )


# A law's title (中华人民共和国某某法 / 某某省某某法（修正）): read as a title only right over its
# adoption line — many words end in 法 (方法, 做法), so 法 is no kind of its own
LAW_TITLE_RE = compile_re(rf"^(?:中华人民共和国)?[{CJK}]{{2,30}}法(?:[（(](?:试行|修正|修订|草案)[）)])?$")


def _cell_title(blocks: list[Block], i: int) -> str | None:
    """The title in a table row of one cell (``| 某县人民政府关于…的通知 |``) that opens its table,
    when its number or recipients follow in the next row or line; None otherwise."""
    if i > 0 and blocks[i - 1].kind == TABLE_ROW:
        return None  # a row inside a table (a list of documents), not a title over its text
    cells = [c.strip() for c in blocks[i].text.strip().strip("|｜").split("|")]
    if len(cells) != 1 or "。" in cells[0] or "，" in cells[0] or len(cells[0]) > 140 or is_site_chrome(cells[0]):
        return None
    if kind_of(split_title_number(cells[0])[0]) not in OFFICIAL_KINDS or i + 1 >= len(blocks):
        return None
    below = blocks[i + 1].text.strip().strip("|｜").strip()
    return cells[0] if number_of_line(below) or is_recipients(below) else None


def _number_above(blocks: list[Block], i: int, floor: int) -> int | None:
    """Index where a red-head document begins when its number (and masthead) stand right above
    its title: 北京市平谷区人民政府文件 / 京平政发〔2021〕1号 / title.

    A number with a title right above it is that title's number, not this one's.
    """
    j = i - 1
    while j > floor and (RULE_LINE_RE.match(blocks[j].text) or is_signer_line(blocks[j].text)):
        j -= 1  # 某政办发〔2019〕5号 / ────── (or 签发人：张三) / title: the red head's rule between them
    if j < floor or not number_of_line(blocks[j].text):
        return None
    if j - 1 >= floor and _is_title_like(blocks[j - 1]):
        return None
    if j - 1 >= floor and MASTHEAD_RE.match(blocks[j - 1].text):
        return j - 1
    return j


def _number_unread(metadata: dict[str, str]) -> bool:
    """Does a metadata block lack a readable document number (none under its key, or words there)?"""
    return not (metadata.get("doc_number") and read_doc_number(metadata["doc_number"]))


_MASTHEAD_LINES = 2  # lines a red head's masthead may be wrapped over (新疆维吾尔自治区 / 人 民 政 府 文 件)


def _red_head_below(blocks: list[Block], k: int) -> tuple[int, str | None]:
    """(index after, number as printed) of a red head starting at ``blocks[k]`` — its masthead
    (…文件, over one or two lines), then its number and a 签发人 or rule line — else (k, None).
    A masthead alone is passed only when a title line follows it."""
    for lines in range(1, _MASTHEAD_LINES + 1):
        if k + lines >= len(blocks) or not MASTHEAD_RE.match(compact("".join(b.text for b in blocks[k : k + lines]))):
            continue
        j = _past_rules(blocks, k + lines)
        number = number_of_line(blocks[j].text) if j < len(blocks) else None
        if number is None:
            # the masthead alone over the title (某某县人民政府文件 / 关于…的通知): no part of the title
            return (j, None) if j < len(blocks) and _is_printed_title_part(blocks[j]) else (k, None)
        return _past_rules(blocks, j + 1), number.raw
    return k, None


def _past_rules(blocks: list[Block], j: int) -> int:
    """The index of the first block from ``blocks[j]`` that is no red head's rule or 签发人 line."""
    while j < len(blocks) and (RULE_LINE_RE.match(blocks[j].text) or is_signer_line(blocks[j].text)):
        j += 1
    return j


# A periodical's issue serial under its name: 第20期 / 20期 / 2022年第5期 / （第3期） / 第20期（总第152期）
PERIODICAL_SERIAL_RE = compile_re(
    r"^[（(]?(?:(?:19|20)\d\d年)?\s*第?\s*\d{1,4}\s*期[）)]?(?:\s*[（(]?总第?\s*\d{1,5}\s*期[）)]?)?$"
)


_ENDS_DATED_RE = compile_re(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日?$")  # a masthead's date, its 日 perhaps lost


def _opens_document(blocks: list[Block], i: int, *, inside: DocumentSpan | None) -> bool:
    """A title is followed by its number, its recipients or a （…会议通过） line within a few
    blocks, or carries its number in brackets.

    A report or request that a notice forwards (转发/批转/印发) has recipients but no number
    of its own: it stays inside the notice.
    """
    if split_title_number(blocks[i].text)[1]:
        return True
    if inside is not None and _copies_around_names_line(blocks, i):
        return True  # 关于…的通知 / 水利部 / 关于…的通知: a law database's next record, its head printed twice
    if i + 1 < len(blocks) and PERIODICAL_SERIAL_RE.match(blocks[i + 1].text):
        return False  # 督查通报 / 第20期 ; 工作简报 / 2022年第5期: a bulletin's masthead, not a document
    if blocks[i].text.endswith("令") and i + 1 < len(blocks) and DECREE_SERIAL_RE.match(blocks[i + 1].text):
        return True  # 北京市平谷区人民政府令 / 第3号
    if i + 1 < len(blocks) and opens_with_serial(blocks[i].text, blocks[i + 1].text):
        return True  # 某某部令 / 2023年第5号 ; 某某省人大常委会公告 / 〔十四届〕第12号 / （第十二号）
    forwards = inside is not None and any(w in inside.title for w in ("转发", "批转", "印发"))
    if inside is not None and not inside.news and _after_close(blocks, i, inside) and _body_below(blocks, i):
        # a whole issue: the next document's title right under the open one's signature date,
        # with no number or recipients of its own (某县人民政府通告 / 现通告如下：… ; 关于调整…的通知 /
        # 因人事变动，…) — unless it is the piece the open document issues or forwards
        if not forwards:
            return True
        # a forwarded piece keeps its recipients (国务院：) and may be named without 的 in the title
        # (转发国家地震局关于加强防震减灾工作意见的通知 / 关于加强防震减灾工作的意见)
        return not is_recipients(blocks[i + 1].text) and _piece_name(blocks[i].text) not in _piece_name(inside.title)
    if i + 1 < len(blocks) and _short_notice_below(blocks[i].text, blocks[i + 1].text):
        return not forwards
    if (
        inside is not None
        and not inside.news
        and is_issuer_notice(compact(blocks[i].text))
        and _body_below(blocks, i)
        and compact(blocks[i].text) not in compact(inside.title)
    ):
        # 某县人民政府通告 / 为加强…，现通告如下： under a document that printed no signature (an
        # issued plan's last line): a body's own announcement is never the piece another one issues
        return True
    # a notice that issues (印发) a plan keeps it, but the plan has no recipients: a title over
    # recipients under it is the next document unless the open one names it (转发/批转 forward
    # notices that keep theirs)
    issues_piece = forwards and not any(w in inside.title for w in ("转发", "批转")) if inside is not None else False
    for block in blocks[i + 1 : i + 4]:
        if number_of_line(block.text):
            return True
        if (m := date_number_line(block.text)) and read_doc_number(m.group("number")):
            return True  # （2015年3月5日 京政发〔2015〕7号）
        if is_recipients(block.text):
            if issues_piece and inside is not None:
                return _piece_name(blocks[i].text) not in _piece_name(inside.title)
            return not forwards
        if ADOPTED_RE.match(block.text) or (block is blocks[i + 1] and history_line(block.text)):
            return True  # （…会议通过） / （2005年3月10日某市人民政府令第12号公布）
        if block.kind == DATE and block is blocks[i + 1] and i + 2 < len(blocks) and is_recipients(blocks[i + 2].text):
            return not forwards  # title / 2021年3月5日 / 各乡镇人民政府，…： (the date printed under the title)
        if block.kind in (TABLE_ROW, DATE):
            return False
    return False


def _copies_around_names_line(blocks: list[Block], i: int) -> bool:
    """Is ``blocks[i]`` a title printed again two lines down, around its issuer's line alone (a law
    database's record head: 关于开展…的通知 / 水利部 / 关于开展…的通知)?"""
    if i + 2 >= len(blocks) or not _is_issuer_line(blocks[i + 1]):
        return False
    below = blocks[i + 2]
    return below.kind in (HEADING, PARAGRAPH) and compact(below.text) == compact(blocks[i].text)


# An explanation of a named draft or law, printed as a document of its own after the notice or
# announcement that publishes it: 关于《某某省防震减灾条例（修订草案）》的说明 (…的起草说明, …修改情况的说明)
_EXPLANATION_TITLE_RE = compile_re(r"^关于《[^《》]{2,60}》(?:[^《》。，：:]{0,12}?)?的(?:起草)?说明")


def _explanation_title(block: Block) -> str | None:
    """The explanation's title a line holds: the whole line, or its start when the salutation under
    it was joined to it (关于《…》的说明主任、各位副主任、秘书长、各位委员：)."""
    if block.kind not in (HEADING, PARAGRAPH) or block.style or "《" not in block.text:
        return None  # (every such title names its draft in 《》: most lines go here, before compacting)
    text = compact(block.text)
    m = _EXPLANATION_TITLE_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    return m.group() if not rest or is_recipients(rest) else None


def _explanation_after_close(blocks: list[Block], i: int, inside: DocumentSpan) -> str | None:
    """The title of an explanation (关于《…》的说明) standing at ``blocks[i]`` right under the open
    document's signature date, over its body (一、修订必要性 / 各位委员： / a sentence); else None."""
    title = _explanation_title(blocks[i])
    if title is None or i + 1 >= len(blocks) or blocks[i + 1].kind in (DATE, TABLE_ROW):
        return None
    return title if _after_close(blocks, i, inside) else None


# The outlet's own opener of a story's lead (本报讯（记者 张三） / 本网讯：): on a page of stories each has its own
_OWN_LEAD_RE = compile_re(rf"^(?:{STORY_OPENER_ALTERNATION})\s*(?:[（(][^（()）]{{1,30}}[）)]|[：:])?")
_NEXT_HEADLINE_MAX = 40


def _next_story_at(blocks: list[Block], k: int, end: int, stamped: bool = False, personnel: bool = False) -> bool:
    """Does another story begin at ``blocks[k]`` (before ``end``): a headline (short, no sentence)
    over its own lead (本报讯…), or — when the open story printed its own timed publish stamp (``stamped``) —
    over its own timed stamp and lead?"""
    head = blocks[k]
    if k + 1 >= end or head.kind not in (HEADING, PARAGRAPH) or head.style:
        return False
    text = head.text
    if not 6 <= len(text) <= _NEXT_HEADLINE_MAX or any(p in text for p in "。；：:，,"):
        return False
    if _OWN_LEAD_RE.match(blocks[k + 1].text) is not None:
        return True
    # …or a headline over its own publish line with the time, and the story's lead under that: a portal's page
    # printing several items one after another (县政府任免一批干部 / 2023-05-06 10:20 来源：… / 日前，… / 县人大常委会
    # 任免一批干部 / 2023-06-06 09:00 来源：… / …; apages19). A sidebar's list of titles and bare dates has no lead.
    # The open story must have printed such a stamp of its own: a page's <title> and summary over the printed
    # headline and its stamp (某某领域-新华网 / 昨日,… / 某某领域 / 2022-01-08 10:03:09 来源:…) is one story.
    stamp = blocks[k + 1].text
    if not (stamped and k + 2 < end and _is_prose(blocks[k + 2].text)):
        return False
    if _is_timed_stamp(stamp):
        return True
    # …or, on a page of personnel items, over its own stamp without the time (a date alone, or with its source:
    # 张三任县财政局局长 / 2023-05-12 来源：县政府办 / 经县委研究决定：张三同志任… / 李四任… / 2023-04-02 来源：… / …;
    # apages20), when the open story's lead and this one's each tell a personnel change (a sidebar's titles over bare
    # dates have no lead; a page's summary over its one story tells no second change)
    return (
        personnel and _is_plain_stamp(stamp) and _PERSONNEL_LEAD_RE.search(blocks[k + 2].text[:_LEAD_REACH]) is not None
    )


_STAMP_TIME_RE = compile_re(r"(?<!\d)[0-2]?\d[:：][0-5]\d(?!\d)")  # the time of day a publish stamp carries


def _is_timed_stamp(text: str) -> bool:
    """A publish line with its time of day (2023-05-06 10:20 来源：…)."""
    return _STAMP_TIME_RE.search(text) is not None and publish_date(text) is not None


_PLAIN_STAMP_MAX = 60  # a publish line: its date, perhaps its source and writer


def _is_plain_stamp(text: str) -> bool:
    """A publish line, with or without its time (2023-05-06 / 2023-05-06 来源：县政府办 / 发布日期：2023年5月6日)."""
    if len(text) > _PLAIN_STAMP_MAX or "。" in text:
        return False
    return publish_date(text) is not None or is_date_line(text)


# A story's lead that tells a personnel change (经县委研究决定：张三同志任… / 近日，市政府任命张三为… / 免去… / 聘任… /
# 张三同志辞去…), searched in the lead's first _LEAD_REACH characters (apages20)
_PERSONNEL_LEAD_RE = compile_re(
    r"任免|任职|免职|任命|免去|聘任|聘为|辞去|同志任|同志为|同志担任|决定[：:][^。]{0,20}?任"
)
_LEAD_REACH = 200


def split_stories(blocks: list[Block], spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """``spans`` with each news story's page split at every further headline over its own lead (an
    e-paper page printing several stories: 某某会议召开 / 本报讯（记者 X）… / 我县启动… / 本报讯（记者 Y）…),
    once the open story has printed prose of its own (a headline's deck over the first lead opens none)."""
    out: list[DocumentSpan] = []
    for span in spans:
        out.append(span)
        if not span.news:
            continue
        prose = False  # the open story's own prose seen since its headline
        stamped = _is_timed_stamp(blocks[span.title_end].text) if span.title_end < span.end else False
        plain = _is_plain_stamp(blocks[span.title_end].text) if span.title_end < span.end else False
        personnel = False  # the open story, stamped, tells a personnel change in its lead
        for k in range(span.title_end, span.end):
            if prose and _next_story_at(blocks, k, out[-1].end, stamped or plain, personnel and plain):
                _cut_at(out, k, clean_title(blocks[k].text), news=True)
                prose = stamped = plain = personnel = False
            elif _is_prose(blocks[k].text):
                if not prose and plain:
                    personnel = _PERSONNEL_LEAD_RE.search(blocks[k].text[:_LEAD_REACH]) is not None
                prose = True
            elif not prose and _is_timed_stamp(blocks[k].text):
                stamped = True  # the open story's own stamp, under its headline and over its lead
            elif not prose and _is_plain_stamp(blocks[k].text):
                plain = True  # …or its stamp without the time (a personnel item's, apages20)
    return out


def split_explanations(blocks: list[Block], spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """``spans`` with each explanation printed after a document's signature (关于《…》的说明) split
    off as a document of its own: the draft's explanation is not the notice that publishes it."""
    out: list[DocumentSpan] = []
    for span in spans:
        out.append(span)
        for k in range(span.title_end, span.end):
            if (title := _explanation_after_close(blocks, k, out[-1])) is not None:
                _cut_at(out, k, title, headed=True)
    return out


def split_signed_notices(blocks: list[Block], spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """``spans`` with each further notice printed without its title — from its number or its recipients — right
    under the signature and date that closed the one before, split off as an untitled document of its own (a
    personnel page holding two 干部任职通知 one after another: 各乡镇党委，…： / 经研究决定： / 张三同志任X / 中共某县委
    组织部 / 2023年5月6日 / 各乡镇党委，…： / … / 中共某县委组织部 / 2023年6月6日; apages19). The close must be the open
    notice's own, under a body it addressed to its recipients (a header block of title, number, issuer and date over
    the recipients — 国函〔2015〕36号 on a wiki mirror — closes nothing), and the second must be signed and dated too
    (a copy line or a note after the close is no notice). One pass over each span's blocks."""
    out: list[DocumentSpan] = []
    for span in spans:
        out.append(span)
        # dates under a signature (j > 0: the span's second block or later)
        closes = [
            j for j in range(span.start + 1, span.end) if blocks[j].kind == DATE and blocks[j - 1].kind == SIGNATURE
        ]
        if len(closes) < 2:
            continue  # a split needs the close above the notice and one below it (round speed21: most spans have one)
        addressed = False  # a recipients line seen in the open notice, above the close under consideration
        for k in range(span.start, span.end):
            if k >= span.title_end and k - 2 >= out[-1].start and addressed and _closes_at(blocks, k - 1):
                opens_at = _opens_notice(blocks, k, span.end)
                later = bisect.bisect_right(closes, opens_at) if opens_at is not None else len(closes)
                if opens_at is not None and later < len(closes):
                    out.append(DocumentSpan("", k, out[-1].end, k, k))  # "" → title None in the output
                    out[-2].end = k
                    addressed = False
            if k - 1 >= out[-1].start and _addresses(blocks[k - 1].text):
                addressed = True  # (one line behind: the recipients must stand above the close's signature)
    return out


def _closes_at(blocks: list[Block], j: int) -> bool:
    """Is ``blocks[j]`` a date under a signature (a notice's close)?"""
    return blocks[j].kind == DATE and j > 0 and blocks[j - 1].kind == SIGNATURE


# A decision's opening words, the first line of an untitled personnel notice printed without recipients (经县人民政府
# 研究决定： / 根据工作需要，经局党组研究决定： / 經縣委研究決定:), its reason before it bounded: a notice so opened
# closes with its signature and date like one addressed to recipients, and a second one so opened may follow it
# (apages20)
_DECISION_OPENING_RE = compile_re(
    r"^(?:(?:根据|因)[^。：:，,]{1,30}[，,]\s*)?经[^。，,：:]{1,20}(?:研究|讨论|会议)决定\s*(?:[：:，,]|$)"
)


def _addresses(text: str) -> bool:
    """Does a line open a notice's body: its recipients, or a decision's opening words (经…研究决定：)?"""
    return is_recipients(text) or _DECISION_OPENING_RE.match(text) is not None


def _opens_notice(blocks: list[Block], k: int, end: int) -> int | None:
    """Where the body of an untitled notice opening at ``blocks[k]`` starts (after its recipients; its number may
    stand over them; or at a decision's opening words), or None when no notice opens there."""
    if is_recipients(blocks[k].text):
        return k + 1
    if _DECISION_OPENING_RE.match(blocks[k].text):
        return k  # 经县人民政府研究决定： / 任命… (the opening words are the body's first line)
    if k + 1 < end and read_doc_number(blocks[k].text) and is_recipients(blocks[k + 1].text):
        return k + 2
    return None


def _cut_at(out: list[DocumentSpan], k: int, title: str, *, news: bool = False, headed: bool = False) -> None:
    """End the last span of ``out`` at block ``k`` and open there a document of its own, titled by
    that one line, that runs to where the last span ran."""
    out.append(DocumentSpan(title, k, out[-1].end, k, k + 1, news=news, headed=headed))
    out[-2].end = k


# The gazette's own lines on its back cover: its editorial office, address, print permit
_BACK_COVER_RE = compile_re(r"^(?:编辑部地址|准印证|内部资料)|(?:公报|政报)(?:编辑部|社)|^本刊(?:编辑部|地址)")


def _back_cover_at(blocks: list[Block], span: DocumentSpan) -> int | None:
    """The first line of the issue's back cover inside the last document, if it prints one."""
    for k in range(span.title_end, span.end):
        if len(blocks[k].text) <= 80 and _BACK_COVER_RE.search(blocks[k].text):
            return k
    return None


def _piece_name(title: str) -> str:
    """A title as a notice that forwards or issues it names it: without 《》, 的 and the issuer
    before 关于 (某市人民政府办公室关于… → 关于…)."""
    piece = compact(title).translate(_QUOTES).replace("的", "")
    return piece[piece.find("关于") :] if "关于" in piece else piece


# The date alone in brackets under a title (某市人民政府任免名单 / （2019年5月10日）)
_BRACKET_DATE_LINE_RE = compile_re(
    rf"^[（(]\s*(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年[\d{CN_ORDINALS}〇○零]{{1,3}}\s*月"
    rf"[\d{CN_ORDINALS}〇○零]{{1,3}}\s*日\s*[）)]$"
)
# A personnel notice's title (关于张三等同志职务任免的通知, 任免名单) and its one-line body's first
# words (任命张三为… / 免去… / 经县政府研究决定：…)
_PERSONNEL_TITLE_RE = compile_re(r"任免|任职|免职|职务|任命|聘任|聘用|解聘|辞职")
# (根据工作需要，经县政府研究决定：任命… / 因工作需要，决定免去…)
_PERSONNEL_OPENING_RE = compile_re(
    r"^(?:(?:根据|因)[^。：:，,]{1,30}[，,]\s*)?"
    r"(?:经[^。，,：:]{1,20}决定\s*(?:[：:，,]|$)|(?:决定)?(?:任命|免去|聘任|聘请|解聘))"
)


def _short_notice_below(title: str, below: str) -> bool:
    """Does the line under a title begin that document's body in the forms whole issues print
    short notices in — its date alone in brackets, or a personnel notice's first words (任命… /
    免去…) with no number, recipients or signature?"""
    if _BRACKET_DATE_LINE_RE.match(below):
        return True  # 某市人民政府任免名单 / （2019年5月10日）
    # 某市人民政府关于李明同志任职的通知 / 任命李明为…
    return _PERSONNEL_TITLE_RE.search(title) is not None and _PERSONNEL_OPENING_RE.match(below) is not None


# Lines a document prints under its signature's date, before the next document: 抄送：… /
# （此件公开发布） / 某县人民政府办公室 2019年6月3日印发 / a rule
_CLOSING_LINE_RE = compile_re(r"^(?:抄送|抄报|主题词|[（(]此件|[（(]联系人|[—\-－_=━─\s]{3,}$)")


def _after_close(blocks: list[Block], i: int, inside: DocumentSpan) -> bool:
    """Does ``blocks[i]`` stand right after the open document's signature date (its 抄送 and
    print lines between them, or the issue's next section heading), past that document's title?"""
    j = i - 1
    while (
        j >= inside.title_end
        and i - j <= 4
        and (
            _CLOSING_LINE_RE.match(blocks[j].text)
            or PRINT_LINE_RE.match(blocks[j].text)
            or (j == i - 1 and is_section_heading(blocks[j].text))  # …2019年6月3日 / 会议纪要 / title
        )
    ):
        j -= 1
    return j >= inside.title_end and blocks[j].kind == DATE


def _body_below(blocks: list[Block], i: int) -> bool:
    """Is the line under ``blocks[i]`` a document's first words — its recipients, or a sentence?"""
    if i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    if number_of_line(below.text):
        return False  # 文号：某政办发〔2018〕73号 under the title: its head goes on (a key's colon is no sentence)
    return is_recipients(below.text) or (below.kind == PARAGRAPH and any(p in below.text for p in "。：:，"))


# An old-series number opening a title's first line, its year in brackets: （85）京政发字第12号 (classes21)
_OLD_NUMBER_OPENING_RE = compile_re(rf"^[(（〔\[［]\d{{2,4}}[)）〕\]］][{CJK}]{{1,16}}?第?\d{{1,5}}[号號][\s\u3000]*")


def _title_prefix(blocks: list[Block], i: int, floor: int) -> int:
    """Index of the first block of a title printed on several lines.

    国务院办公厅 / 关于辽宁省…的函 ; 国务院办公厅对十届全国人大 / 四次会议第7240号建议的答复 ;
    山东省人民政府办公厅 / 转发省人力资源社会保障厅等部门 / 关于做好2010年普通高校毕业生 /
    就业工作的意见的通知. The issuer's line is a title's first: the walk stops after it, and
    before a masthead (…文件) or a second 关于.
    """
    title = blocks[i].text
    if not (title.startswith(("关于", "对", "转发")) or "关于" not in title):
        return i
    j = i
    seen_about = "关于" in title
    whole = compact(title)
    whole_unquoted = whole.translate(_QUOTES)
    while j - 1 >= floor and i - j < 3:
        prev = blocks[j - 1]
        t = prev.text
        if (
            prev.kind not in (HEADING, PARAGRAPH)
            or prev.style
            or len(t) > 30
            or metadata_of(prev)
            or t.startswith("附件")
        ):
            break
        # (an old-series number opening the line brings its own brackets: （85）京政发字第12号 北京市人民政府)
        bare = _OLD_NUMBER_OPENING_RE.sub("", t, count=1) if t[:1] in "(（〔[［" else t
        if any(p in bare for p in "。，：；（）()") or number_of_line(t) or MASTHEAD_RE.match(t) or BYLINE_RE.match(t):
            break
        if _HAN_RE.search(t) is None:
            break  # The Beginning / NEWS / 2019: a line without a Chinese character is no first line of a Chinese title (titles23)
        if is_section_heading(t):
            break  # 【人事任免】 / 区政府文件: the issue's section over the title
        if any(p in t for p in ">＞»→|｜") or BREADCRUMB_RE.search(t) or is_site_chrome(t):
            break  # 首页 > 通知公告 / the site's name or bars over the title
        if is_navigation(t):
            break  # 分享 / 下载本页 打印 / 【打印】【关闭】: the page's toolbar over the title, no part of it (pages17)
        if opens_lead(t):
            break  # 新华社北京2月4日电 / 全国人民代表大会常务委员会公告: a news dateline over the title
        if PERIODICAL_SERIAL_RE.match(t) or _ENDS_DATED_RE.search(t) or PRINT_LINE_RE.match(t):
            break  # 20期 / 寿县人民政府督查室 2022年8月19: a bulletin's masthead over its title
        if seen_about and "关于" in t:
            break  # 关于… / 关于…的通知: the line above belongs to something else
        line = compact(t)
        if line.translate(_QUOTES) == whole_unquoted:
            break  # the same title printed twice (a page's title over its heading): no part of it
        if whole.startswith(line):
            break  # 中国人民政治协商会议 / 中国人民政治协商会议全国委员会工作条例: a names line, no first half
        if i - j == 2 and not t.endswith(ISSUER_SUFFIXES):
            break  # a fourth line only when it is the issuer's
        if j - 2 >= 0 and _is_issuer_line(prev) and _page_title_copy(blocks[j - 2], whole):
            break  # 某某规定（2005年） / 湖北省武汉市人民政府 / 关于批转…的通知: a law database's names line, the issuer
        j -= 1
        seen_about = seen_about or "关于" in t
        if t.endswith(ISSUER_SUFFIXES) and "关于" not in t:
            break
    # joint issuers each on their own line head the title: 中共河北雄安新区工作委员会 /
    # 河北雄安新区管理委员会 / 关于印发…的通知 (the walk above stopped at the nearest one)
    if j < i and _is_issuer_line(blocks[j]):
        while j - 1 >= floor and i - j < 6 and _is_issuer_line(blocks[j - 1]):
            j -= 1
    return j


# A law database's year or edition tag after the page's copy of a title (某某规定（2002年） over 某某规定)
_TITLE_TAG_RE = compile_re(r"[（(](?:19|20)\d\d年(?:修订|修正|修改)?[）)]$")


_TAGGED_COPY_SCAN = 8  # lines under a tagged page copy searched for the document's own title
# A portal's column tag opening its page title (【精准防控】 / [媒体解读] / 〔通知公告〕, up to 10 characters), and an
# announcement's serial closing it (（第47号） / (2022第47号) / （2022年第5号）): the page's decorations of a title the
# document prints again below without them (pages17)
_COLUMN_TAG_RE = compile_re(r"^[【\[［〔][^】\]］〕]{1,10}[】\]］〕]")
_SERIAL_TAG_RE = compile_re(r"[（(](?:(?:19|20)\d\d年?)?第?\d{1,4}号[）)]$")


def _undecorated(key: str) -> str | None:
    """``key`` (a compact line) without the page's decorations of a title — a law database's year tag, a
    column tag, an announcement's serial — or None when it has none (or nothing is left)."""
    bare = _TITLE_TAG_RE.sub("", _SERIAL_TAG_RE.sub("", _COLUMN_TAG_RE.sub("", key, count=1), count=1), count=1)
    return bare if bare and bare != key else None


def _page_title_copy(block: Block, whole: str) -> bool:
    """Is ``block`` a law database's page title printed over the names line that stands above
    ``whole``: the same title (with or without its year tag, 某某条例 / 某某条例（2002年）), or the
    title of the rules a notice under it forwards (某某规定（2005年） over 关于批转某某规定的通知)?"""
    t = block.text
    if block.kind not in (HEADING, PARAGRAPH) or block.style or not 4 <= len(t) <= 60:
        return False
    if any(p in t for p in "。，；：:"):
        return False
    line = _TITLE_TAG_RE.sub("", compact(t))
    if line == whole:
        return True
    return kind_of(line) in ADOPTED_KINDS and line in whole


def _is_issuer_line(block: Block) -> bool:
    """A line that is one issuing body's name and nothing else (国务院办公厅, 河北雄安新区管理委员会)."""
    t = block.text
    return (
        block.kind in (HEADING, PARAGRAPH)
        and not block.style
        and 3 <= len(t) <= 30
        and t.endswith(ISSUER_SUFFIXES)
        and "关于" not in t
        and not any(p in t for p in "。，、：；:;,（）() ")
        and not read_doc_number(t)
    )


_REPRINT_GAP = 8  # blocks between a title and its printing again
_REPRINT_GAP_SAME = 14  # …when the two printings are the very same title
_REPRINT_GAP_ACT = 24  # …when that title is a serial act's (第90/2023號行政命令), over a database's fields


def _printed_again(blocks: list[Block], last: DocumentSpan, first: int, title: str) -> bool:
    """Is the title at ``blocks[first]`` the open document's title printed again, before any of
    its body (a page's heading over the 版头, a banner over the red head)?"""
    if not _same_title(split_title_number(title)[0], last.title):
        return False
    # a date between them is the open document's signature, unless the title is the very same:
    # then it is a value of the page's metadata table (济长政办字〔2021〕3号 / 长清区政府 / 2021-04-01),
    # and the page's toolbar may stand between them too (字号： / 打印整页 打印内容 分享)
    identical = compact(split_title_number(title)[0]).translate(_QUOTES) == compact(last.title).translate(_QUOTES)
    if identical and _promulgates_itself(blocks[last.title_end : first], last.title):
        # 某市人民政府关于修改《…》的决定 / 某市人民政府令第5号 / 《某市人民政府关于修改〈…〉的决定》已经…通过，现予公布 /
        # 二○○五年十一月二十九日 / 某市人民政府关于修改《…》的决定 / 其正文: the decree publishes the decision under
        # the same title, so the title printed again over the text is the same document (pages18)
        return first - last.title_end <= _REPRINT_GAP_SAME
    if identical and SERIAL_ACT_RE.match(title):
        # 第90/2023號行政命令 over the gazette database's fields (公報編號 / 刊登日期 / 相關法規 …) and again
        # over its text: a serial act's title names one act, so its printing again is the same act
        gap = _REPRINT_GAP_ACT
    elif identical:
        # …and the same number under both: two notices of one title (干部任免职的通知 twice in an
        # issue) are two documents, each with its own number
        below = next((n for b in blocks[first + 1 : first + 4] if (n := number_of_line(b.text))), None)
        known = read_doc_number(last.metadata["doc_number"]) if last.metadata.get("doc_number") else None
        if known is None:  # the open document's number, printed between its title and this line
            known = next((n for b in blocks[last.title_end : first] if (n := number_of_line(b.text))), None)
        identical = below is not None and known is not None and below.text == known.text
        gap = _REPRINT_GAP_SAME if identical else _REPRINT_GAP
    else:
        gap = _REPRINT_GAP
    if first - last.title_end > gap:
        return False
    return all(
        (len(b.text) <= 60 or SUMMARY_RE.match(b.text))
        and (b.kind != DATE or identical)
        and not _PERSONNEL_OPENING_RE.match(b.text)  # 任免名单 / 任命张三为…; / 任免名单 again: two lists
        for b in blocks[last.title_end : first]
    )


_PROMULGATION_WORDS = ("现予公布", "予以公布", "现予发布", "予以发布", "现予公告")


def _promulgates_itself(between: list[Block], title: str) -> bool:
    """Does a sentence among ``between`` publish the document titled ``title`` by its own title (《…》已经…通过，
    现予公布), its book marks aside?"""
    bare = compact(title).translate(_QUOTES)
    return any(
        "《" in b.text and any(w in b.text for w in _PROMULGATION_WORDS) and bare in compact(b.text).translate(_QUOTES)
        for b in between
    )


def _only_page_head(blocks: list[Block], first: int, last: int) -> bool:
    """Do the blocks from ``first`` to ``last`` hold only what a page prints between a headline
    and its own metadata table: short lines (时间：… / 来源：…) and a summary (核心提示：, 导读：),
    its text on the summary key's line or on the lines right under a bare key?"""
    if last - first > 12:
        return False
    # a summary's key may stand just above the run (核心提示： / its text / its text again)
    summary = any(SUMMARY_RE.match(b.text) for b in blocks[max(0, first - 3) : first])
    for block in blocks[first:last]:
        text = block.text
        if SUMMARY_RE.match(text):
            summary = True
        elif len(text) > 60 and not summary:
            return False
        if block.kind == DATE or is_recipients(text):
            return False
    return True


_COMPLETE_TITLE_RE = compile_re(f"的(?:{DOC_KIND_ALTERNATION})[”》]?$")


def _continued_below(blocks: list[Block], i: int) -> bool:
    """Does the title at ``blocks[i]`` go on in the next block? 关于印发2021年区政府工作报告 /
    目标任务分解方案的通知: the first line ends with a kind word (报告) that is not the title's."""
    here = split_title_number(blocks[i].text)[0]
    if i + 1 >= len(blocks) or len(here) > 40 or _COMPLETE_TITLE_RE.search(here):
        return False  # …的通知 is whole
    nxt = blocks[i + 1]
    t = nxt.text
    if _same_title(t, here):
        return False
    return (
        nxt.kind in (HEADING, PARAGRAPH)
        and not nxt.style
        and len(t) <= 40
        and not t.startswith(("关于", "对", "转发"))
        and not any(p in t for p in "。，：；")
        and kind_of(t) in OFFICIAL_KINDS
        and not is_recipients(t)
    )


def _same_document_again(
    blocks: list[Block], last: DocumentSpan, start: int, title: str, metadata: dict[str, str]
) -> bool:
    """Is the document a second key block opens at ``start`` (its title ``title``) the open one
    printed again: nothing but a page's short lines since the open one's title (no body yet), the
    same title (with or without its issuer's name), and no number that differs from the open one's?
    (索引号 / 文号 X / 成文日期 … / X 标题 / 发布日期：… 来源：… / X / issuer / 标题 / recipients …)"""
    if not title or not last.title or start < last.title_end:
        return False
    if not _same_title(title, last.title) or not _only_page_head(blocks, last.title_end, start):
        return False
    ours, theirs = metadata.get("doc_number"), last.metadata.get("doc_number")
    if ours and theirs:
        a, b = read_doc_number(ours), read_doc_number(theirs)
        return a is not None and b is not None and a.text == b.text
    return True


_HEAD_NUMBER_SCAN = 2  # lines under a title searched for its own number


def _own_head_below_close(blocks: list[Block], i: int, inside: DocumentSpan) -> bool:
    """Does a document's own head end at ``blocks[i]`` right under the open document's signature
    date: a title (its issuer's line and wrapped lines above it), then its own number within
    two lines, then its recipients — the number not the open document's? (白水县人民政府办公室 /
    2019年2月22日 / 陕西省人民政府办公厅 / 印发《…》 / 《…》的通知 / 陕政办发〔2018〕73号 / 各市、县、区人民政府…：)"""
    if not _is_title_like(blocks[i]) or _continued_below(blocks, i) or split_title_number(blocks[i].text)[1]:
        return False
    first = _title_prefix(blocks, i, inside.title_end)
    if not _after_close(blocks, first, inside):
        return False
    own = None
    k = i + 1
    while k < len(blocks) and k - i <= _HEAD_NUMBER_SCAN and own is None:
        own = number_of_line(blocks[k].text)
        k += 1
    if own is None or k >= len(blocks) or not is_recipients(blocks[k].text):
        return False
    theirs = read_doc_number(inside.metadata["doc_number"]) if inside.metadata.get("doc_number") else None
    return theirs is None or theirs.text != own.text


_LIST_BELOW = 4  # lines under a one-line block searched for the next item of a list of documents


def _numbered_lines_below(blocks: list[Block], i: int) -> bool:
    """Is ``blocks[i]`` (a line of pairs holding a number) one of a list — another such line among the few
    under it (相关文件： / 某某的意见 / 文号：X 发布日期：Y / 某某的通知 / 文号：Z 发布日期：W: other documents,
    each with its line, never one opened by it)?"""
    for block in blocks[i + 1 : i + 1 + _LIST_BELOW]:
        pairs = printed_pairs(block)
        if len(pairs) >= 2 and any(field == "doc_number" for field, _value, _key in pairs):
            return True
    return False


def _is_metadata_block(fields: dict[str, str], run: int) -> bool:
    return run >= 3 and len(fields) >= 2


# A site search's answer page: its header (搜索结果 / 检索结果：) or its count (共找到 23 条 / 找到约 1,230 条结果 /
# 共检索到5篇): the titles, snippets and publish lines under it are other pages' (no document is here)
_SEARCH_RESULTS_RE = compile_re(
    r"^(?:(?:站内|全站|信息)?(?:搜索|检索|查询)结果\s*[：:]?\s*$"
    r"|(?:(?:站内|全站|信息)?(?:搜索|检索|查询)结果\s*[：:]?\s*)?"
    r"(?:共|总共)?(?:找到|搜索到|检索到|查询到)(?:约|相关)?\s*[\d,，]+\s*(?:条|个|篇|项))"
)
_SEARCH_HEAD_SCAN = 6  # lines at the top of a page searched for a search's header
# A tag's or a category's archive heading the page (vocab.heads.ARCHIVE_KEYS): 标签：特区政府下的文章收藏此标签 /
# 分类:要闻 下的文章 (compacted: the key, its colon, up to 20 characters of the tag's name, an end, a tail)
_ARCHIVE_HEAD_RE = compile_re(
    rf"^(?:{alternation(ARCHIVE_KEYS)})[：:](?:[^，。；：:]{{1,20}}?)(?:{alternation(ARCHIVE_ENDS)})"
    rf"(?:{alternation(ARCHIVE_TAILS)})?$",
    re.IGNORECASE,
)


def is_search_results(blocks: list[Block], body_start: int) -> bool:
    """Is the page a site search's answer (搜索结果 / 共找到 3 条与“森林防火”相关的结果 at its top)?"""
    return (
        any(
            _SEARCH_RESULTS_RE.match(compact(b.text)) is not None
            for b in blocks[body_start : body_start + _SEARCH_HEAD_SCAN]
            if len(b.text) <= 60 and ("果" in b.text or "到" in b.text)  # …结果 / 找到… (every form holds one)
        )
        or any(
            _ARCHIVE_HEAD_RE.match(compact(b.text)) is not None
            for b in blocks[body_start : body_start + _SEARCH_HEAD_SCAN]
            if len(b.text) <= 60 and ("文" in b.text or "帖" in b.text or "容" in b.text)  # a tag's archive (pages18)
        )
    )


# A web novel's chapter page (apages20, vocab.heads.FICTION_SITE_MARKS): its chapter heading — the chapter's number
# then its name, on a short line (第1402章 庆和县县委书记，代县长！ / 零点看书 > 某书 > 第1402章 … / 第一百二十章 大变动) —
# and, near the top, a mark of a novel site's furniture or the chapter's page count ((第1/2页), (2 / 8)). Both are
# searched in compacted lines of at most _FICTION_LINE_MAX characters among the page's first lines: bounded.
_CHAPTER_HEADING_RE = compile_re(
    r"(?:^|[>＞》]|章节目录|正文)第[\d零〇一二三四五六七八九十百千两]{1,7}章(?![程则])[^\d\s，,。；;：:）)]"
)
_CHAPTER_PAGE_RE = compile_re(r"[（(]第?\d{1,3}/\d{1,3}页?[）)]")
_FICTION_MARK_RE = compile_re(alternation(FICTION_SITE_MARKS))
_FICTION_HEAD_SCAN = 15  # the page's first lines: a novel site's menu, breadcrumb and chapter heading
_FICTION_LINE_MAX = 80


def is_fiction_chapter(blocks: list[Block]) -> bool:
    """Is the page a web novel's chapter (a chapter heading and a novel site's furniture at its top)? Its story's
    appointments are fiction: the page opens no document. A regulation's 第一章 总则 has no such furniture."""
    head = [compact(b.text) for b in blocks[:_FICTION_HEAD_SCAN] if len(b.text) <= _FICTION_LINE_MAX]
    if not any(_CHAPTER_HEADING_RE.search(line) for line in head):
        return False
    return any(_FICTION_MARK_RE.search(line) or _CHAPTER_PAGE_RE.search(line) for line in head)


# A page that is a list of links to other pages, each a headline over its bare date (人事信息 / 张三任县财政局局长 /
# 2023-05-12 / 李四任县教育局局长 / 2023-04-02 / …; apages20): the headlines are other pages' titles, and a change one
# states is that page's, not this one's. A few short lines may head the list (its column's name, a breadcrumb); no
# line of prose stands anywhere. Pairs of at most _LINK_TITLE_MAX characters; one pass over the blocks.
_LINK_TITLE_MAX = 40
_LINK_LIST_HEAD = 3  # short lines allowed over the list's first entry
_LINK_LIST_MIN = 3  # entries: two dated titles are too few to call a list (round 12: the first stays the page's title)


def is_link_list(blocks: list[Block], body_start: int) -> bool:
    """Is the page a list of links, each a short headline over its bare date, and nothing else?"""
    pairs = head = 0
    k, n = body_start, len(blocks)
    while k < n:
        text = blocks[k].text
        if len(text) > _LINK_TITLE_MAX or any(p in text for p in "。；;"):
            return False  # prose (or a long line): a page of its own
        if k + 1 < n and _is_list_date(blocks[k + 1]):
            pairs += 1
            k += 2
            continue
        if pairs or head >= _LINK_LIST_HEAD:
            return False  # a line that is no entry, inside or under the list
        head += 1
        k += 1
    return pairs >= _LINK_LIST_MIN


def _is_list_date(block: Block) -> bool:
    """A list entry's date alone (2023-05-12 / 2023年5月12日 / [2023-05-12])."""
    text = block.text.strip("[]［］【】（）() ")
    return len(text) <= 20 and is_date_line(text)


_EMPTY_KEY_ROWS = 2  # rows of keys without values under a metadata block


def split_documents(blocks: list[Block], body_start: int, contents: list[ContentsEntry]) -> list[DocumentSpan]:
    """Find where each document starts; each runs to the next one's start. (A site search's list of
    results, titles of other pages, is set aside by the caller first: :func:`is_search_results`.)"""
    wanted: dict[str, list[ContentsEntry]] = {}
    for entry in contents:
        wanted.setdefault(compact(entry.title), []).append(entry)
    starts: list[DocumentSpan] = []
    # Text saved from a website carries one metadata block per document: then only metadata
    # blocks (and contents entries) start documents, and a forwarded report stays inside.
    # (three lines at least, two of them fields: 来源：… / 视力保护色： / 浏览量： is page chrome)
    by_metadata = any(
        _is_metadata_block(*read_metadata(blocks, j)) for j in range(body_start, min(len(blocks), body_start + 40))
    )
    i = body_start
    n = len(blocks)
    # Past a page's tail list (相关链接 / 上一篇：X / 热点推荐, layout.chrome) its items are other
    # pages' titles: they open no document. The tail ends at a metadata block or a contents entry
    # (the next page's or document's), or at the next paragraph of prose: then the few short lines
    # over it (the next page's headline) are read again as usual. The open document ends at the
    # tail's header unless prose follows with no document opened before it (nothing is dropped).
    in_tail = False
    caps: dict[int, int] = {}  # index in starts → the tail header that ends that document
    prose_after: dict[int, int] = {}  # index in starts → the first prose paragraph past its tail
    while i < n:
        block = blocks[i]
        if starts and not in_tail and is_tail_header(block.text):
            caps[len(starts) - 1] = header = i
            in_tail = True
            i += 1
            continue
        metadata, as_printed, run = (
            read_metadata_block(blocks, i)
            if block.kind in (PARAGRAPH, HEADING, TABLE_ROW)
            and (metadata_of(block) or glued_run(blocks, i) >= GLUED_RUN_MIN or len(glued_pairs(block)) >= 2)
            else ({}, {}, 0)
        )
        if run and is_template_block(metadata):
            # 发文日期：中华民国000年00月00日 / 发文字号：○○字第0000000000号: a template's fields, no document's (issues21)
            i += run
            continue
        if (
            run >= 2
            and "title" not in metadata
            and i + run < n
            and as_printed
            and blocks[i + run].text == next(iter(as_printed.values()))
        ):
            # the page prints its block twice (索引号 X / 组配分类 … then • 信息索引号: / X …): the line
            # under the first is its first value again, never a title; the second block, over the title, is the
            # document's (it begins at the first's last line, a key whose value is below it)
            last = metadata_of(blocks[i + run - 1])
            i += run - 1 if last is not None and not last[1] else run
            continue
        # a block of two lines and two fields, or one line holding three fields side by side
        # with the number among them (发布部门：X 发文字号：Y 发布日期：Z — law databases print them
        # so; 来源：… 发布时间：… 浏览次数： is a byline) — not one of a list of other documents, each with
        # its line (相关文件： / 某某的意见 / 文号：X 成文日期：Y 发布日期：Z / …), nor inside a page's tail
        # (two fields on one line with the number are no block: the held-out split showed such a line
        # opening a false document)
        if (run >= 2 and len(metadata) >= 2) or (
            run == 1
            and len(metadata) >= 3
            and "doc_number" in metadata
            and not in_tail
            and not _numbered_lines_below(blocks, i)
        ):
            k = i + run
            while k < n and k - (i + run) < _EMPTY_KEY_ROWS and is_empty_keys_line(blocks[k].text):
                k += 1  # 著录日期 生效日期: the block's last keys, their values lost, never its title (titles23)
            # a red head between the block and its title (某某自治区 / 人 民 政 府 文 件 / 某政发〔2007〕2号):
            # its masthead is never the title, its number is the document's when the block has none
            head_end, head_number = _red_head_below(blocks, k)
            if head_end > k:
                if head_number and _number_unread(metadata):
                    metadata["doc_number"] = head_number
                k = head_end
            while k < n and k - (i + run) < 3 and _is_code_line(blocks[k].text):
                k += 1  # LSDR-2024-00005 over 蓝政函〔2024〕21号: a field's code printed again alone (titles round 15)
            coded = k
            while (
                k < n
                and k - coded < 2
                and blocks[k].text[-1:] in "号號"
                and ((own := number_of_line(blocks[k].text)) is not None)
            ):
                # 某政办发〔2019〕12号 / 编号  某政办发〔2019〕12号 between the block and its title (its number,
                # bare or under a key no table knows): the title is below it
                if _number_unread(metadata):
                    metadata["doc_number"] = own.raw
                k += 1
            # the printed title follows the metadata block: take it (the metadata title wins)
            title_end = k
            # 一、起草背景 / 公开程序 under the block: the body begins, no title is printed here
            ended = k < n and opens_body(blocks[k].text, bool(blocks[k].style), kind_of(blocks[k].text))
            # (a flag, not a break: mypyc 2.4 writes C that gcc rejects for that break, docs/throughput-rounds.md, round 9)
            while not ended and title_end < n and title_end - k < 4 and _is_printed_title_part(blocks[title_end]):
                title_end += 1
                # …的通知 / 2021年县政府重点工作任务（华政发〔2021〕2号） / …报告 | (a cell's bar): the title ends
                ended = (
                    TITLE_END_RE.search(split_title_number(blocks[title_end - 1].text.rstrip(_CELL_BARS))[0])
                    is not None
                )
            printed = clean_title("".join(b.text for b in blocks[k:title_end]))
            title = clean_title(metadata.get("title") or printed)
            if (
                printed
                and title
                and printed != title
                and (rewrapped := _wrapped_over_kind(blocks, k, title_end, title))
            ):
                # 某某办公室 / 关于印发某某公示办法 / 某某全过程记录 / 办法的通知: a line of the printed title that ends on an
                # enclosed rule's kind (办法) is no end while the metadata's title goes on (pages18)
                title_end = rewrapped
                printed = clean_title("".join(b.text for b in blocks[k:title_end]))
            whole_printed = compact(split_title_number(printed)[0]) if printed else ""
            if printed and (
                _completes(whole_printed, compact(title)) or _adds_joint_issuers(whole_printed, compact(title))
            ):
                title = printed  # the metadata's title cut short (…的通...) or naming one issuer: whole under it
            elif not printed and title and k + 1 < n and read_doc_number(blocks[k].text):
                # the red head's number between the block and its title: 来苏委发〔2021〕68号 / 中共某某镇委员会 /
                # 某某镇人民政府 / 关于印发…的通知 (the metadata's title cut short, or naming one issuer of two)
                below = k + 1
                while below < n and below - k <= 4 and _is_printed_title_part(blocks[below]):
                    below += 1
                    if TITLE_END_RE.search(blocks[below - 1].text):
                        break
                whole = clean_title("".join(b.text for b in blocks[k + 1 : below]))
                if whole and (
                    _completes(compact(whole), compact(title)) or _adds_joint_issuers(compact(whole), compact(title))
                ):
                    title, title_end = whole, below
            start = i
            if not title:  # the title printed above the metadata block (pages saved as text)
                floor = starts[-1].title_end if starts else body_start
                for j in range(i - 1, max(floor, i - 13) - 1, -1):
                    if j < i - 5 and not _only_page_head(blocks, j + 1, i):
                        break  # farther up only over a summary (核心提示：…) and short lines
                    if _is_printed_title_part(blocks[j]) and (
                        kind_of(split_title_number(blocks[j].text)[0]) or is_interpretation_title(blocks[j].text)
                    ):
                        title, start, k, title_end = clean_title(blocks[j].text), j, j, j + 1
                        break
            if not title and starts and _only_page_head(blocks, starts[-1].title_end, i):
                # the page's own table under its headline and summary (核心提示：…): the open
                # document's metadata, not a document without a title
                for key, value in metadata.items():
                    starts[-1].metadata.setdefault(key, value)
                for key, value in as_printed.items():
                    starts[-1].printed.setdefault(key, value)
                i = max(i + run, title_end)
                continue
            news = False
            if not title and not starts and "doc_number" not in metadata:
                # a news page's byline or disclosure table under its headline (来源 : / 发布时间 : … /
                # 信息索引号 | … | 发布机构 | …): the headline over it is the story's title, the
                # story dates itself (layout.news), and the site's 发布机构 is no issuer
                head = _headline_above(blocks, i, body_start)
                if head is not None:
                    title, start, k, title_end, news = _once(clean_title(blocks[head].text)), head, head, head + 1, True
                    if not _is_enacted(title):
                        metadata.pop("issuer", None)
                    for key, value in news_dates(blocks, title_end).items():
                        metadata.setdefault(key, value)
            title, number = split_title_number(title)
            if number and _number_unread(metadata):
                # none in the block, or one that reads as no number (发布文号：某某人民政府令2016年第116号)
                metadata["doc_number"] = number.raw
            if starts and title and _same_document_again(blocks, starts[-1], start, title, metadata):
                # the open document printed again under the page's byline or key block (某政办〔2011〕129号
                # 转发…的通知 / 发布日期：… 来源：… / 某某市人民政府办公室 / 转发…的通知): one document, not two
                # (rounds 12: titles and documents), its title the whole one where the second print names
                # the issuer too
                open_span = starts[-1]
                if len(compact(title)) > len(compact(open_span.title)):
                    open_span.title, open_span.title_start, open_span.title_end = title, k, title_end
                for key, value in metadata.items():
                    open_span.metadata.setdefault(key, value)
                for key, value in as_printed.items():
                    open_span.printed.setdefault(key, value)
                i = max(i + run, title_end)
                continue
            starts.append(DocumentSpan(title, start, n, k, title_end, metadata, printed=as_printed, news=news))
            in_tail = False
            i = max(i + run, title_end)
            continue
        if in_tail and not (block.kind in (HEADING, PARAGRAPH) and wanted and wanted.get(compact(block.text))):
            if not _is_running_text(block):
                i += 1  # an item of the tail list (or the page's footer)
                continue
            prose_after.setdefault(len(starts) - 1, i)
            in_tail = False
            back = i  # the next page's headline and chrome are the short lines right over its prose
            while (
                back - 1 > header
                and i - back < _TAIL_REREAD
                and not _is_running_text(blocks[back - 1])
                and not is_tail_header(blocks[back - 1].text)  # 上一篇：X / 下一篇：Y close the list
            ):
                back -= 1
            i = back
            continue
        if block.kind == TABLE_ROW and not by_metadata and (cell := _cell_title(blocks, i)):
            # a title alone in a table cell over its number or recipients (pages laid out in tables)
            title, number = split_title_number(clean_title(cell))
            starts.append(DocumentSpan(title, i, n, i, i + 1, {"doc_number": number.raw} if number else {}))
            i += 1
            continue
        if block.kind not in (HEADING, PARAGRAPH):
            i += 1
            continue
        entry_list = wanted.get(compact(block.text)) if wanted else None
        listed_head = None  # a listed title the line begins with, a speech's deck glued after it
        if wanted and not entry_list and "——" in block.text:
            listed_head = block.text.split("——", 1)[0]  # 关于…的说明——2019年3月28日在…会议上
            entry_list = wanted.get(compact(listed_head)) or None
        title_like = not by_metadata and not entry_list and _is_title_like(block) and not _continued_below(blocks, i)
        if title_like and starts and i + 1 < n and is_collection_note(blocks[i + 1].text):
            title_like = False  # a related work's title in a Wikisource header (over 本作品收录于…): no document
        inside = starts[-1] if starts else None
        adopted = not by_metadata and not entry_list and not title_like and _is_adopted_rules(blocks, i)
        act = not by_metadata and not entry_list and SERIAL_ACT_RE.match(block.text) is not None  # 第57/2016号行政命令
        # on a page with a metadata block, the piece a notice forwards or issues, printed with its own head
        # under the notice's signature date (issuer / title / 陕政办发〔2018〕73号 / recipients), is a document
        headed = by_metadata and not entry_list and inside is not None and _own_head_below_close(blocks, i, inside)
        if (
            entry_list
            or adopted
            or act
            or headed
            or (title_like and (_opens_document(blocks, i, inside=inside) or _full_text_title(blocks, i)))
        ):
            floor = starts[-1].title_end if starts else body_start
            law = _law_over_promulgation(blocks, i, floor)
            if law is not None and (law >= floor or (starts and starts[-1].title_start <= law < starts[-1].title_end)):
                # 某某条例 / （…会议通过） / 某某常务委员会公告 / 第28号: the announcement that promulgates the
                # rules above it is part of them, neither a document of its own nor a line of their title
                decree = read_doc_number(compact(blocks[i].text) + compact(blocks[i + 1].text))
                # a decree's name and serial (某某自治区人民政府令 / 第82号) are the rules' number
                decreed = {"doc_number": decree.raw} if decree is not None and blocks[i].text.endswith("令") else {}
                if law >= floor:
                    starts.append(DocumentSpan(clean_title(blocks[law].text), law, n, law, law + 1, decreed))
                    in_tail = False
                elif decreed and _number_unread(starts[-1].metadata):
                    starts[-1].metadata.update(decreed)
                i += 1
                continue
            first = i if act else _title_prefix(blocks, i, floor)
            title = clean_title("".join(b.text for b in blocks[first : i + 1]))
            if entry_list and listed_head is not None:
                first, title = i, clean_title(listed_head)  # the deck is no part of the listed title
            if (
                starts
                and starts[-1].metadata
                and starts[-1].title_start <= i < starts[-1].title_end + 2
                and not entry_list
            ):
                i += 1  # the printed title right under a metadata block: same document
                continue
            if starts and _printed_again(blocks, starts[-1], first, title):
                if act:
                    # the act's title over a gazette database's fields, then over its own text: the act
                    # begins at its text (its signature and date are there, the fields' 刊登日期 is not its date)
                    starts[-1].start, starts[-1].title_start, starts[-1].title_end = i, i, i + 1
                    i += 1
                    continue
                whole = split_title_number(title)[0]
                if _completes(compact(whole), compact(starts[-1].title)) or (
                    any(c in starts[-1].title for c in "<>＜＞") and not any(c in whole for c in "<>＜＞")
                ):
                    # the metadata's title was cut short, or the page heading wrote 〈〉 as <>: the
                    # red head's own printing is the title
                    starts[-1].title = clean_title(whole)
                i += 1  # the title printed again under itself (a page's heading over the 版头): same document
                continue
            listed = entry_list.pop(0) if entry_list else None
            above = _number_above(blocks, first, floor)
            title, number = split_title_number(title)
            if listed is None and (wrapped := wanted.get(compact(title))):
                listed = wrapped.pop(0)  # 湖南省人民政府 / 关于…的通知: the listed title, wrapped
            metadata = {"doc_number": number.raw} if number else {}
            starts.append(
                DocumentSpan(title, first if above is None else above, n, first, i + 1, metadata, contents=listed)
            )
            in_tail = False
            i += 1
            continue
        if (
            title_like
            and (above := _number_above(blocks, i, starts[-1].title_end if starts else body_start)) is not None
            and not (starts and _printed_again(blocks, starts[-1], i, block.text))
        ):
            title, number = split_title_number(clean_title(block.text))
            starts.append(DocumentSpan(title, above, n, i, i + 1, {"doc_number": number.raw} if number else {}))
            i += 1
            continue
        i += 1
    for prev, nxt in itertools.pairwise(starts):
        prev.end = nxt.start
    if starts:
        _body_above_key_block(blocks, body_start, starts[0])
    if starts and starts[0].start > body_start and _introduces_full_text(blocks, starts[0].start):
        # a news story that prints the document it reports after 全文如下： — the story is a document too
        story = fallback_span(blocks[: starts[0].start], body_start)
        if story is not None and story.title:
            story.end, story.news = starts[0].start, True
            starts.insert(0, story)
    for span in starts:
        _take_whole_title(blocks, span)
        _take_issuer_line(blocks, span)
    if starts and (cover := _back_cover_at(blocks, starts[-1])) is not None:
        starts[-1].end = cover  # the issue's back cover (某县人民政府公报编辑部 / 2019年5月31日) signs nothing
    for index, at in caps.items():
        prose = prose_after.get(index)
        if prose is None or starts[index].end <= prose:  # prose past the tail opened a document, or none follows
            starts[index].end = min(starts[index].end, at)  # the tail list is no part of its document
    return starts


_TAIL_REREAD = 4  # short lines over the prose that ends a tail list, read again for a headline


# The line of a story that announces the document's full text under it: 全文如下： / 通知全文如下 / 原文如下 (not
# 现将有关事项通知如下：, a notice's own list)
_FULL_TEXT_BELOW_RE = compile_re(r"(?:全文|原文|文件)(?:内容)?如下\s*[：:]?\s*$")
_FULL_TEXT_SCAN = 2  # lines over a document's start searched for that line


def _introduces_full_text(blocks: list[Block], start: int) -> bool:
    return any(_FULL_TEXT_BELOW_RE.search(b.text) for b in blocks[max(0, start - _FULL_TEXT_SCAN) : start])


_FULL_TEXT_COPY_SCAN = 8  # lines over a full text's title searched for the page's headline printing it (rev21)


def _full_text_title(blocks: list[Block], i: int) -> bool:
    """A notice's own title (关于…的公告) right under a story's line that announces the full text (全文如下：): the story
    says a document follows, so the title opens it though it is unsigned and unnumbered in the stored text (SOURCES
    v8tv, issues21); one of a list of titles does not, nor a title the page's headline printed just above (关于…的公告 /
    全文如下： / 关于…的公告, the headline perhaps with its issuer before it: the page is that one notice, rev21)."""
    if not (_introduces_full_text(blocks, i) and _is_own_notice_title(blocks[i].text)):
        return False
    title = compact(blocks[i].text)
    above = blocks[max(0, i - _FULL_TEXT_COPY_SCAN) : i]
    return not any(compact(b.text).endswith(title) for b in above) and not _in_title_list(blocks, i)


def _body_above_key_block(blocks: list[Block], body_start: int, span: DocumentSpan) -> None:
    """A page that prints its key block after the story (正文… / 来源：X / 标题：Y / 地址：URL): the
    block names the only document and the prose above it is that document's body. Only when the
    block's title is its own key (no title line printed), nothing but short lines follows the
    block, and no document opens above it; the block then holds the document's whole text."""
    if span.title_start != span.title_end or "title" not in span.metadata or span.start <= body_start:
        return
    if any(_is_running_text(b) for b in blocks[span.title_end : span.end]):
        return  # the block heads a body of its own below it
    if not any(_is_running_text(b) for b in blocks[body_start : span.start]):
        return
    span.start = span.title_start = span.title_end = body_start


_WHOLE_TITLE_SCAN = 4  # lines under a shortened page heading searched for the red head's whole title


def _take_whole_title(blocks: list[Block], span: DocumentSpan) -> None:
    """A page heading that shortened the title (凌政办发[2020]35号凌海市推进…细则的通知: no issuer,
    no 关于印发) over the red head that prints it whole (凌海市人民政府办公室关于印发凌海市推进…细则的
    通知, on one or more lines): the whole title is the document's. Only a title that ends with the
    heading's and adds the issuer and 关于 to it; never over a metadata block's own title."""
    short = compact(span.title)
    if "title" in span.metadata or "关于" in short or len(short) < 6:
        return
    for j in range(span.title_end, min(span.end, span.title_end + _WHOLE_TITLE_SCAN)):
        block = blocks[j]
        whole = compact(split_title_number(block.text)[0])
        if (
            block.kind in (HEADING, PARAGRAPH)
            and "关于" in whole
            and len(whole) > len(short)
            and whole.endswith(short)
            and _is_title_like(block)
        ):
            span.title, span.title_start, span.title_end = clean_title(block.text), j, j + 1
            return


_ISSUER_HEAD_SCAN = 8  # lines under a page's 关于… heading searched for the red head's issuer line and title


def _take_issuer_line(blocks: list[Block], span: DocumentSpan) -> None:
    """A page's heading (and its metadata's 名称) without the issuer (关于印发…的通知) over the red head that
    prints the issuer on its own line above the same title, wrapped or spaced (辛政办字〔2024〕2号 /
    辛集市人民政府办公室 / 关于印发…的 / 通    知): the whole title, issuer first, is the document's. Only
    when the lines under the issuer are the heading's very words."""
    short = compact(span.title)
    # …or a heading that opens on the verb of a notice that forwards or issues (转发… / 印发…: titles round 12)
    if not short.startswith(ISSUERLESS_TITLE_OPENERS) or kind_of(short) is None:
        return
    stop = min(span.end, span.title_end + _ISSUER_HEAD_SCAN)
    for j in range(span.title_end, stop - 1):
        if not _is_issuer_line(blocks[j]):
            continue
        if compact(blocks[j - 1].text) == short:
            return  # title / 财政部 / title: a law database's names line between two copies, the issuer
        joined = ""
        for k in range(j + 1, min(stop, j + 5)):
            if not _is_printed_title_part(blocks[k]):
                break
            joined += compact(blocks[k].text)
            if joined == short:
                span.title = clean_title(blocks[j].text) + span.title
                return
            if not short.startswith(joined):
                break
        return  # an issuer's line over other words: not this title's red head


_HEADLINE_SCAN = 4  # lines over a news page's byline block searched for its headline
_BYLINE_BLOCK_MAX = 6  # lines of a byline block that a page may print twice over its story (headlines round 14)
_HEADLINE_MIN_CHARS = 6  # a headline is no shorter: a shorter line printed twice is the byline block's


_ATTACHMENT_HEADING_RE = compile_re(rf"^\s*附\s*件\s*[\d{CN_ORDINALS}]{{0,3}}\s*[：:]?\s*$")
# …and an attachment's label with its name (附件：某某县防汛工作方案 / 附件2. 任务分解表 / 附 件 1、…):
# the name of what is attached, never the title of the text it closes or the page's
_ATTACHMENT_LABEL_RE = compile_re(rf"^\s*附\s*件\s*[\d{CN_ORDINALS}]{{0,3}}\s*[：:.．、]")


def _attachment_title(blocks: list[Block], index: int) -> bool:
    """Is the line at ``blocks[index]`` printed again right under an attachment's heading (附件 /
    附件2：) within the next lines, i.e. the title of an attachment?"""
    key = compact(blocks[index].text)
    for j in range(index, min(len(blocks) - 1, index + 3)):
        if _ATTACHMENT_HEADING_RE.match(blocks[j].text) and compact(blocks[j + 1].text) == key:
            return True
    return False


def _once(title: str) -> str:
    """A headline printed twice and run together by the converter (XX) → X."""
    half = len(title) // 2
    return title[:half] if len(title) % 2 == 0 and half >= 6 and title[:half] == title[half:] else title


_ENACTED_KINDS = frozenset({"决定", "决议", *ADOPTED_KINDS})


def _is_enacted(title: str) -> bool:
    """A body's enactment (…关于修改《…条例》的决定, …条例): a law database's 颁布单位 over it is its
    issuer, not a news site's 发布机构."""
    return "关于" in title and kind_of(title) in _ENACTED_KINDS


def _headline_above(blocks: list[Block], i: int, floor: int) -> int | None:
    """Index of the headline over the byline block at ``blocks[i]``: the nearest plain short line
    above it, past the page's publish line and chrome; the first of two printings of it (a page
    prints its headline twice: in its title bar and over the story). None when a line of prose,
    a title of an official kind or nothing plain stands there."""
    # the byline block printed twice (a page's desktop and mobile heads: 发布时间： / 2025-05-22 10:03 / 信息来源： /
    # 今日开鲁 / 分享到： over the same lines again; headlines round 14): the first printing's lines are no headline
    again = {compact(b.text) for b in blocks[i : i + _BYLINE_BLOCK_MAX]}
    j, scanned = i - 1, 0
    while j >= floor and scanned < _HEADLINE_SCAN:
        block = blocks[j]
        text = block.text.strip()
        key = compact(text)
        if len(key) < _HEADLINE_MIN_CHARS and key in again:
            j -= 1  # the first printing of the byline block (its keys and short values): not counted in the scan
            continue
        scanned += 1
        if block.kind == DATE or is_navigation(text) or is_site_chrome(text):
            j -= 1
            continue
        if (
            block.kind not in (HEADING, PARAGRAPH)
            or block.style
            or not _HEADLINE_MIN_CHARS <= len(_once(text)) <= 80
            or "。" in text
            or kind_of(text)
            or metadata_of(block)
            or BYLINE_RE.match(text)
        ):
            return None
        while j - 1 >= floor and compact(blocks[j - 1].text) == key:
            j -= 1  # 湘桥区…宣誓仪式 / 湘桥区…宣誓仪式: the first printing opens the page
        return j
    return None


_PROSE_MIN = 40


def _is_running_text(block: Block) -> bool:
    """A paragraph of running text (not a list item, a headline or a footer line)."""
    return block.kind == PARAGRAPH and len(block.text) >= _PROSE_MIN and _is_prose(block.text)


_QUOTES = str.maketrans("", "", "《》〈〉<>＜＞“”\"' ")  # <政府工作报告> on a page heading, 〈…〉 in the red head


def _same_title(a: str, b: str) -> bool:
    """The same title, written with or without 《》 and spaces, or without its issuer's name
    (山东省人民政府办公厅转发…的通知 printed again as 转发…的通知), or cut short in a metadata
    field (see :func:`_completes`)."""
    a, b = compact(a).translate(_QUOTES), compact(b).translate(_QUOTES)
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 10 and long.endswith(short)) or _completes(long, short)


_CUT_MARKS = ".…。·"  # a site's field cut short: 标题：关于印发…的通...


def _completes(long: str, short: str) -> bool:
    """Is ``long`` (compact) the whole of a title ``short`` that a metadata field cut off: its
    value broken at the page's edge (标　　题：…机关等迁 / 址新建的批复) or shortened by the site
    (…的通...)? ``short`` ends in no document kind, ``long`` does, and begins with it."""
    cut = short.rstrip(_CUT_MARKS)
    marked = len(cut) < len(short)  # …方案... : cut where a kind word happens to end
    return (
        len(cut) >= 10
        and len(long) > len(cut)
        and long.startswith(cut)
        and (marked or kind_of(cut) is None)
        and kind_of(long) is not None
    )


_WRAP_KEY = 8  # characters of a metadata title that find its start in the printed lines


def _wrapped_over_kind(blocks: list[Block], k: int, end: int, title: str) -> int | None:
    """The end of the printed title under a metadata block when its lines from ``k`` stopped at ``end`` on a line
    that ends like a title (…公示办法) though the metadata's ``title`` goes on: the lines below are taken while what
    is printed from the title's start stays a beginning of it, up to four lines; None when that does not complete it."""
    want = compact(title)
    acc = compact("".join(b.text for b in blocks[k:end]))
    at = acc.find(want[:_WRAP_KEY])
    if at < 0 or acc.endswith(want) or not want.startswith(acc[at:]):
        return None
    stop = min(len(blocks), k + 4)
    while end < stop and _is_printed_title_part(blocks[end]):
        acc += compact(blocks[end].text)
        end += 1
        if acc.endswith(want):
            return end
        if not want.startswith(acc[at:]):
            return None
    return None


def _adds_joint_issuers(long: str, short: str) -> bool:
    """Is ``long`` (compact) the red head's title of which ``short`` (a site's field) names one
    issuer only: 中共某某镇委员会 + 某某镇人民政府关于印发…的通知 over 某某镇人民政府关于印发…的通知?"""
    # (the issuer's name read in Simplified characters: 中共某省委…委員會辦公室 on a Traditional mirror; pages18)
    if not (len(short) >= 10 and len(long) > len(short) and long.endswith(short)):
        return False
    added = to_simplified(long[: len(long) - len(short)])[0]
    return added.endswith(ISSUER_SUFFIXES) and kind_of(short) is not None and not _names_own_issuer(added, short)


def _names_own_issuer(added: str, title: str) -> bool:
    """Is ``added`` (the line over a title) the title's own issuer written whole — the red head's issuer line
    over a title that names that body short (浠水县人民政府 / 县人民政府关于印发《…》的通知, titles21) — rather
    than a second issuer (中共某某镇委员会 / 某某镇人民政府关于…)?"""
    # 浠水縣人民政府 / 縣人民政府關於… on a Traditional mirror: read in Simplified together (a short line alone is
    # too little text for the script to be told)
    whole = to_simplified(added + title)[0]
    if len(whole) == len(added) + len(title):
        added, title = whole[: len(added)], whole[len(added) :]
    at = title.find("关于")
    own = title[:at] if at >= _OWN_ISSUER_MIN else ""
    return bool(own) and own.endswith(ISSUER_SUFFIXES) and added.endswith(own)


_OWN_ISSUER_MIN = 3  # 县政府关于…: an issuer's short name before 关于 has three characters at least


_LAW_DB_TAG_RE = compile_re(r"^【\s*(?:" + "|".join(LAW_DB_TAGS) + r")\s*】")


# A field's code alone on a line, without a word of Chinese (统一登记号 LSDR-2024-00005, 索引号 4311270010/2024-60082,
# 11330521002569022L/2025-00022): never a title nor part of one
_CODE_LINE_RE = compile_re(r"^[A-Za-z0-9][A-Za-z0-9\-－—_/.:：\s]{4,40}$")


def _is_code_line(text: str) -> bool:
    t = text.strip()
    # the pattern first: it fails on a line's first Chinese character, the digit test then reads 41 at the most
    return _CODE_LINE_RE.match(t) is not None and any(ch.isdigit() for ch in t)


def _is_printed_title_part(block: Block) -> bool:
    text = block.text
    return (
        block.kind in (HEADING, PARAGRAPH, SIGNATURE)
        and len(text) <= 80
        and "。" not in text
        and not read_doc_number(text)
        and not (text[-1:] in "号號" and KEYED_NUMBER_LINE_RE.match(text))  # 编号  某政办发〔2019〕12号
        and not RECIPIENTS_RE.match(text)
        and not BYLINE_RE.match(text)  # 来源:华容县政府 2021-03-23 10:56 ends the title above it
        and not metadata_of(block)
        and not is_body_marker(text)  # 【正文】 under a law database's fields
        and not is_contents_run(text)  # 条例全文，条例说明， under an encyclopedia entry's fields
        and not _PART_HEADING_RE.match(text)  # 第一章总则 / 第一条…: the rules' text has begun
        and not _is_bracket_pair(text)  # • 【所属类别】政策参考: a field of the block, whatever its key
        and not _is_row_of_cells(text)  # 序号 | 实事项目 | … | 责任单位 |: a table opens under the block
        and not (text[:1] == "【" and _LAW_DB_TAG_RE.match(text))  # 【题注】 （…通过）: a field's value (round 12)
        and not is_file_line(text)  # 附件下载： / 某政办发〔2021〕5号.pdf: the linked file, not the title
    )


def _is_row_of_cells(text: str) -> bool:
    """A pipe row of two cells or more (a table's header or row); a headline stored as one cell
    keeps its bar (某县…的通知 |) and stays a title part."""
    return "|" in text and sum(1 for c in text.split("|") if c.strip()) >= 2


# A bracketed key and a short value: • 【效力级别】地方规范性文件 / 【所属类别】政策参考 (a headline's tag is
# followed by the headline itself: 【两会在即】人大常委会会议闭幕，… is longer and is no field)
_BRACKET_PAIR_RE = LazyPattern(rf"^[•·\s]*[【\[［]\s*[{CJK}]{{2,8}}\s*[】\]］]\s*(?P<value>[^【】\[\]［］]{{0,20}})$")


def _is_bracket_pair(text: str) -> bool:
    m = _BRACKET_PAIR_RE.match(text) if "】" in text or "]" in text or "］" in text else None
    return m is not None and not kind_of(m.group("value"))


# A chapter or article heading of rules: 第一章总则 / 第二章 职责任务 / 第一条 / 第十二节
_PART_HEADING_RE = compile_re(rf"^\s*第\s*[{CN_ORDINALS}百零〇\d]{{1,4}}\s*[章条节编]")


def untitled_span(blocks: list[Block], body_start: int) -> DocumentSpan | None:
    """An official document printed without its title (the page kept it in its <title>):
    its number and/or recipients line open the text, and a signature with a date closes it.

    渝中府发〔2021〕29号 / 区级国家机关各部门，…： / … / 重庆市渝中区人民政府 / 2021年4月16日.
    The title is None: nothing is invented; the number, recipients, issuer and date are read.
    """
    head = [j for j in range(body_start, min(len(blocks), body_start + 8)) if blocks[j].kind != TABLE_ROW]
    recipients_at = next((j for j in head if is_recipients(blocks[j].text)), None)
    if recipients_at is None:
        return None
    # (the site's chrome above is passed over: 通知公告 / 首页 > 政府文件 is no title we missed)
    above = [b for b in blocks[body_start:recipients_at] if not read_doc_number(b.text) and not is_site_chrome(b.text)]
    # only page furniture, the number or a news story's prose above the recipients: no title
    # that we missed (a portal reprints a notice from its recipients under its own story)
    if any(kind_of(b.text) or (len(b.text) > 40 and not _is_news_prose(b)) for b in above):
        return None
    signed = _signed_from(blocks, recipients_at)
    if not signed and any(len(b.text) > 40 for b in above):
        return None  # under a story, only a signed notice is one
    number_line = next((j for j in range(body_start, recipients_at) if read_doc_number(blocks[j].text)), None)
    if not signed and number_line is None and above:
        # a recipients line is the text's first (past the site's chrome: 朗读 / 通知公告), or the
        # number or a signature confirms it
        return None
    start = number_line if number_line is not None else recipients_at
    return DocumentSpan("", start, len(blocks), start, start)  # "" → title None in the output


# The line that closes a notice's body (vocab.heads.NOTICE_END_KEYS): 联系人：郭文静；联系电话：… / 联系人:X /
# 附件：2016年…分解表 / 附件1.… / 附 件：…
_NOTICE_END_KEY = "|".join("[ \u3000]?".join(key) for key in NOTICE_END_KEYS)  # 附件 / 附 件 / 联系人
_NOTICE_END_RE = compile_re(rf"^\s*(?:{_NOTICE_END_KEY})[ \u3000]*[\d{CN_ORDINALS}]{{0,2}}[ \u3000]*[：:．.、]")


def stored_to_unsigned_end(blocks: list[Block]) -> bool:
    """Whether an untitled notice (``blocks``: its own) is stored to its end with no signature or date: its last
    line is the body's closing contact or attachment line (联系人：郭文静；联系电话：… / 附件：…分解表), and no
    signature or date line stands anywhere (pages19). Its recipients then show no document (FORMAT.md): a text cut
    before its end (perhaps before the signature) is not so judged."""
    last = next((b for b in reversed(blocks) if b.text.strip()), None)
    return (
        last is not None
        and _NOTICE_END_RE.match(last.text) is not None
        and not any(b.kind in (DATE, SIGNATURE) for b in blocks)
    )


def _signed_from(blocks: list[Block], start: int) -> bool:
    """Is there a date line under a signature from ``blocks[start]`` on?"""
    return any(b.kind == DATE and j and blocks[j - 1].kind == SIGNATURE for j, b in enumerate(blocks[start:], start))


def _is_news_prose(block: Block) -> bool:
    """A paragraph of a news story: sentences (…。) that are not a document's title or fields."""
    return block.kind == PARAGRAPH and not block.style and block.text.endswith(("。", "：", ":")) and "。" in block.text


def _subtitle_follows(blocks: list[Block], block: Block) -> bool:
    """Is ``block`` a speech's main title, its subtitle (——在…上的讲话) on the next line?"""
    i = blocks.index(block)
    if i + 1 >= len(blocks):
        return False
    below = blocks[i + 1].text.lstrip()
    # (——王某某出席并讲话 is a news deck, not a speech's subtitle)
    return below.startswith(("—", "－－", "--")) and SPEAKER_DECK_RE.match(below) is None


_CLAUSE_ENDS = ("；", ";", "：", ":", "，", ",", "、")  # a line ending so is a clause, not a title


def _is_prose(text: str) -> bool:
    """A paragraph of the story: a sentence (。) or longer than any headline (a 印发/关于 title ending on 的 and its
    kind, no comma in it, may run to _LONG_TITLE_MAX characters: pages17)."""
    if "。" in text:
        return True
    return len(text) > 80 and (len(text) > _LONG_TITLE_MAX or "，" in text or _OF_KIND_END_RE.search(text) is None)


# A line that leads into the body's list or text: 会议决定： / 任命： / 免去： / 经研究，现将有关事项通知如下：
# (site chrome also ends in colons: 今天是: / 地方频道: — they lead into nothing).
_LEAD_IN_RE = compile_re(r"(?:决定|任命|免去|任免|聘任|解聘|聘请|免职|任职|如下|研究)\s*[：:]\s*$")


def _is_lead_in(block: Block) -> bool:
    """A lead-in to the body (会议决定：, 任命：) or a recipients line (各镇人民政府，县政府各部门：)."""
    return _LEAD_IN_RE.search(block.text) is not None or is_recipients(block.text)


def _owned_by_text_below(blocks: list[Block], end: int, title: str | None) -> bool:
    """Is ``title`` (its lines ending before ``end``) the page's own text's, by its grammar or by the text
    under it? A speech's title of the grammar 在…上的讲话 (县委书记在…会议上的讲话 / 春节刚过，…); a speech's
    or report's title over its address (…的讲话 / 各位代表、同志们：); a page title a template site names again
    under it (X / 下面是小编为大家整理的X，供大家参考。), perhaps past the site's byline (来源：文萃谷 1.81W); an
    interpretation's title over the sentence that opens it on the same name (《X》解读 / 现将《X》（以下简称
    《纲要》）解读如下：); a main title over the speech as its deck (强化…领头羊 / ——领导在…闭幕会上的讲话).
    The address and the template's sentence are looked for past the same title printed again (a
    document-sharing site's page title, then the document's own first line)."""
    if not title:
        return False
    if SPEECH_TITLE_RE.match(compact(title)) is not None:
        return True
    below = end + 1 if end + 1 < len(blocks) and compact(blocks[end].text) == compact(title) else end
    if below < len(blocks) and is_addressed_title(title, blocks[below].text):
        return True
    if addressed_below(title, [b.text for b in blocks[below : below + 3]]):
        return True  # …or its address opening a paragraph of the report under it (各位代表，…: docs19)
    if _template_names(blocks, below, title):
        return True
    if end >= len(blocks):
        return False
    text = blocks[end].text
    return interprets_below(title, text) or (
        text.startswith("——") and SPEECH_TITLE_RE.match(compact(text).lstrip("—")) is not None
    )


# A document-sharing site's upload field (上传人： / 格式：DOCX / 页数：5页 / - 文档编号:5043956): vocab.heads
_SHARED_FILE_KEY_RE = LazyPattern(rf"(?:{alternation(SHARED_FILE_KEYS)})\s*[：:]")
_SHARED_STEM_CJK_MIN = 4  # the file's name is a title's words: 附表.xlsx or 6cbd4cca….wps names none
_HAN_RE = compile_re(f"[{CJK}]")  # a Chinese character


def _shared_file_head(blocks: list[Block], body_start: int) -> int | None:
    """Index of the file's name that heads a document-sharing page (法院公告常用格式.docx over 上传人：… 上传时间：…
    格式：DOCX 页数：6, or 文档名称： / 县人大常委会人事任免办法.doc / 格式：doc 大小：57KB 页数：5页): two upload fields
    around it; None on any other page (a download link under a notice names another file)."""
    # (the first SHARED_FILE_TOP lines of text only: the scan stops there, not at the end of the text)
    top = itertools.islice(
        (j for j in range(body_start, len(blocks)) if blocks[j].kind in (HEADING, PARAGRAPH)), SHARED_FILE_TOP
    )
    for j in top:
        text = blocks[j].text
        if not is_file_line(text):
            continue
        stem = file_stem(text)
        if len(_HAN_RE.findall(stem)) < _SHARED_STEM_CJK_MIN or stem.startswith(ATTACHED_FILE_WORDS):
            continue
        around = blocks[max(body_start, j - 1) : j + 1 + SHARED_FILE_SCAN]
        if sum(len(_SHARED_FILE_KEY_RE.findall(b.text)) for b in around if b is not blocks[j]) >= 2:
            return j
    return None


_HEAD_WINDOW = 15  # the first lines searched for an untitled page's headline
_LONG_TITLE_MAX = 120  # …印发《…》的通知: a title ending on 的 and its kind, past 80 characters
_OF_KIND_END_RE = compile_re(rf"的(?:{DOC_KIND_ALTERNATION})[”》]?$")
_MENU_RUN_MIN = 6  # a run of this many short lines at the top is a menu, one entry a line
_MENU_ENTRY_MAX = 8  # a menu entry's characters (澳广视新闻, 现代澳门日报); a Latin name up to _MENU_LATIN_MAX
_MENU_LATIN_MAX = 20
_MENU_LATIN_RE = compile_re(r"^[A-Za-z][A-Za-z0-9 .&'\-]*$")


def _is_menu_entry(text: str) -> bool:
    """A menu's entry alone on its line: a few words, no sentence or key (政府消息, MediaOutReach)."""
    t = text.strip()
    if any(p in t for p in "，。：:；！？"):
        return False
    return 0 < len(t) <= _MENU_ENTRY_MAX or (len(t) <= _MENU_LATIN_MAX and _MENU_LATIN_RE.match(t) is not None)


_SUMMARY_TITLE_MIN = 6  # characters of the line a summary repeats: a title's, not a word's
_SUMMARY_CUT_END_RE = compile_re(rf"[{CJK}A-Za-z0-9]$")  # a summary cut mid-word: no closing mark at its end


def _drop_summary(candidates: list[Block]) -> list[Block]:
    """The candidates without a site's summary over the page's own text (docs19): a document-sharing or
    writing-samples page prints the text's opening run together as its first line, cut mid-word (在…上的讲话用心
    用爱…（2019年3月31日） 同志们： 县不图强，必有远忧。…贯彻习), over the same text line by line (在…上的讲话 /
    用心用爱… / （2019年3月31日） / 同志们：). That first line opens on the next line's words, goes on past a sentence
    and stops mid-word: the page's description, not the story's prose; the title under it is read."""
    if len(candidates) < 2:
        return candidates
    line, below = compact(candidates[0].text), compact(candidates[1].text)
    if (
        len(below) >= _SUMMARY_TITLE_MIN
        and len(line) > len(below)
        and "。" not in below
        and "。" in line
        and line.startswith(below)
        and _SUMMARY_CUT_END_RE.search(line) is not None
    ):
        return candidates[1:]
    return candidates


def fallback_span(blocks: list[Block], body_start: int) -> DocumentSpan | None:
    """The whole text as one document, for a text in which no title was recognised.

    A plan pasted on its own, a news item on appointments or a people's-congress list still
    carries records; the pipeline keeps this span only when records are found in it. Its
    title is the first short line that is not page furniture. (A site search's list of results
    names other pages' documents: the caller reads none there, :func:`is_search_results`.)
    """
    untitled = untitled_span(blocks, body_start)
    if untitled is not None:
        return untitled
    if body_start >= len(blocks):
        return None
    candidates = _drop_summary([b for b in blocks[body_start:] if b.kind in (HEADING, PARAGRAPH)])
    if not candidates:
        # only table rows (and a signature): a page's table stored without its heading still
        # holds records (姓名 | 任免职务 / 张三 | 任某局局长); the pipeline keeps it only if it does
        return DocumentSpan("", body_start, len(blocks), body_start, body_start)

    if (report := _report_delivered(blocks, candidates)) is not None:
        return report
    if (shared := _shared_file_head(blocks, body_start)) is not None:
        # 法院公告常用格式.docx / 上传人：… 格式：DOCX 页数：6: a document-sharing page offers one file, and its name is
        # the page's headline (titles round 15), though the site's loading notes stand under it
        return DocumentSpan(file_stem(blocks[shared].text), body_start, len(blocks), shared, shared + 1, headed=True)
    # a headline stored as a table cell keeps the cell's bar (我县部署…工作 |): taken as a headline
    # only right over its publish line (3/7/2013 11:54:41 AM), where no other line can be the title
    barred = {
        id(blocks[j])
        for j in range(body_start, min(len(blocks) - 1, body_start + _PUBLISH_SCAN))
        if blocks[j].text.rstrip(" \u3000").endswith(("|", "｜")) and publish_date(blocks[j + 1].text)
    }

    known: dict[int, bool] = {}  # plain's answer for each block: the searches below ask up to four times a block

    def plain(b: Block) -> bool:
        found = known.get(id(b))
        if found is None:
            found = known[id(b)] = _plain(b)
        return found

    def _plain(b: Block) -> bool:
        text = strip_site_suffix(b.text)  # 某某县召开…会议_某某县人民政府 (the page's <title>)
        if id(b) in barred:
            text = text.rstrip(_CELL_BARS)
        return (
            # a short line only when it names a document's kind (政府工作报告), not a column's (通知公告)
            (
                len(text) >= 8
                or (len(text) >= _SHORT_TITLE_MIN and kind_of(text) is not None and not is_site_chrome(text))
                or _bare_kind_proclaimed(blocks, b)  # 公 告 / 2020-12-18 来源:… / …现将有关事项公告如下:
                # a bulletin's name however short (信访要情 / 第3期), over its items (titles round 15)
                or (is_bulletin(text, "") and b is not blocks[-1])
            )
            # a 印发/关于 title ending on 的 and its kind may run past 80 characters (pages17)
            and (len(text) <= 80 or (len(text) <= _LONG_TITLE_MAX and _OF_KIND_END_RE.search(text) is not None))
            and "。" not in text
            # ——在…上的讲话: a subtitle alone; but a media tag before a headline is the headline's ((有片)…: pages19)
            and (not text.startswith(("（", "(", "—", "－－", "--")) or _MEDIA_TAGGED_RE.match(text) is not None)
            and not any(ch in text for ch in ">＞»")
            and ("|" not in text or _bar_joined_headline(text))  # 上海抗疫故事|北蔡!…: one bar (titles19)
            and not BREADCRUMB_RE.search(text)  # 当前位置：本市要闻 / 本页位置：首页新闻中心
            and not _ATTACHMENT_LABEL_RE.match(text)  # 附件：某某县防汛工作方案 (what is attached)
            and not _is_body_name(text)  # 张家界市人民政府 (an encyclopedia's entry, a site's name)
            and not _is_header_row(b.text)  # 序号 工作任务 责任单位 完成时限 (a table's header)
            and not _is_number_alone(text)  # 某政办发〔2021〕5号 (2021-03-08): a number names no title
            and not is_collection_head(text)  # 某某通知（十3篇）（完整文档） / 某某范文 篇1 (titles round 12)
            and not is_authored_head(text, kind_of)  # 醉酒犯罪的…对策/张长海: an essay, its author (titles round 13)
            and not text.startswith("首页")  # 首页小说推荐实时讯息… (a site's menu)
            and not is_sitemap_link(text)  # 某某网站xml地图 over the headline (a menu's link; titles round 15)
            # 第104章 连江座谈会（2 / 2）: a book's chapter (headlines round 14)
            and _CHAPTER_HEAD_RE.match(text) is None
            and not BYLINE_RE.match(text)
            and not REPORTER_LINE_RE.match(text)  # ■淮安融媒记者 陈 帅 (a reporter line, no headline above)
            and not metadata_of(b)
            and not is_recipients(text)
            and not b.style
            and not is_navigation(text)  # 第A01版:要闻 ; 【要闻】 ; 2013-09-16 17:08 来源:…
            and not is_image_line(text)  # ![某某](images/logo.png) ; 470fef0e…_p2_b.jpg
            and not is_menu_line(b.text)  # 即时新闻 视频新闻 要闻港闻 社 评 … (a site's menu)
            and not is_widget_line(b.text)  # 气温 : 23度 (a page's weather widget)
            and not is_location_chrome(text)  # 地点 桃园市桃园区 Taoyuan , Taoyuan (an aggregator's chrome)
            and not is_page_slot(text)  # 自动轮播广告（右）横式1栏 ; 某某日报提供…、…、…等！ (s11-heads11)
            and not (is_slogan(text) and not _subtitle_follows(blocks, b))  # 不忘初心 牢记使命 (banner)
            and not _is_unit_list(text)  # 市税务局等，各县、市、区政府，咸宁高新区管委会: a table's cell
            and DATE_RE.match(text) is None  # 中华民国95年11月21日行政院…函订定发布: a dated history line
            # 我要投稿 下载七一APP / 欧美在线观看www-… / 00004版：区两会特别报道 / 著录日期 生效日期: a line no page prints
            # as its title (layout.doubt withholds it as one) is passed over, so the headline under it is read (pages17)
            and not is_furniture_title(text)
        )

    # a page's banners over its headline (a cookie notice, a language switch in English or Japanese) are
    # no story's prose: the headline under them is still read
    # a site's menu printed one entry a line at the top (媒体 / 澳广视新闻 / 政府消息 / … / MediaOutReach / 分类): its run
    # of short lines does not count against the lines searched for the headline (titles round 15)
    menu = next((k for k, b in enumerate(candidates) if not _is_menu_entry(b.text)), len(candidates))
    window = _HEAD_WINDOW + (menu if menu >= _MENU_RUN_MIN else 0)
    head = [b for b in candidates[:window] if not _is_page_banner(b.text)]
    # a headline stands above the story: once prose has begun (a sentence, a long paragraph),
    # a short line is a sub-heading, a quoted decision or page furniture below it — never the
    # title (因年龄原因7人提出辞职; 康涛辞去…职务；; 责 编：…; 关注公众号，随时阅读…)
    # (a photo's caption over the headline is a sentence but no story's: 图为会议现场。（记者 张三 摄）)
    # (a site's menu printed on one line, perhaps under its label, is no prose either: pages18)
    prose_at = next(
        (k for k, b in enumerate(head) if _is_prose(b.text) and not is_caption(b.text) and not is_menu_line(b.text)),
        len(head),
    )
    # …and so does a lead-in that ends in a colon (会议决定： / 任命： / 各镇人民政府：): the lines
    # under it are its list (张大明为市公安局局长), never the title
    lead_in = next((k for k, b in enumerate(head) if _is_lead_in(b)), len(head))
    # …and so does a roster's role line (组长：张三　市长): it and the lines under it are entries (rosters round 4)
    roster_at = next((k for k, b in enumerate(head) if ROSTER_ROLE_LINE_RE.match(b.text)), len(head))
    # the first line of prose, when nothing but short lines stand over it: perhaps a headline glued to its lead
    opening = head[prose_at] if prose_at < len(head) and prose_at <= min(lead_in, roster_at) else None
    head = [b for b in head[: min(prose_at, lead_in, roster_at)] if not b.text.endswith(_CLAUSE_ENDS)]
    # a line that ends like a document (…方案, …名单, …的决定) beats the first plain line
    first = (
        next((b for b in head if plain(b) and _titled_kind(b.text) and len(b.text) >= _PLAIN_MIN), None)
        or next((b for b in head if plain(b) and _titled_kind(b.text)), None)  # a short one (政府工作报告) after
        or next((b for b in head if plain(b)), None)
    )
    # an e-paper's or a portal's article page prints its headline twice: among the page's list of headlines (or in
    # its <title>), then right over the story's first paragraph — the second printing is the story's (titles20)
    repeated = _headline_again_over_prose(blocks, body_start, plain)
    if repeated is not None:
        first = blocks[repeated]
    if repeated is None and first is not None and kind_of(first.text):
        # …but on a news page the headline is the line over the publish line or lead: a line that ends like
        # a document above it (a sidebar's 最新文件 list) or below it (the story's quoted notice)
        # is another page's title or the story's
        over = _line_over_publish_line(blocks, body_start, plain)
        at = blocks.index(first)
        if at + 1 < len(blocks) and delivered_date(blocks[at + 1].text):
            pass  # 政府工作报告 / （2019年1月21日在…会议上）: a report's title over its delivery note, the page's own
        elif over is not None and _own_notice_under_byline(blocks, blocks.index(over), at):
            pass  # 某网的标题 / 更新时间：… / The Beginning / 关于禁止…的通告 / … / 某某分局 / 2021年1月9日: the page reprints
            # the notice whole under its own title, signed and dated: that title is the document's (pages18)
        elif over is not None:
            # …unless it is the last of a list of titles over the story (a sidebar's 最新文件): no headline
            first = None if _in_title_list(blocks, blocks.index(over)) else over
        elif _in_title_list(blocks, at):
            first = None  # one of a list of titles (a 目录 without pages, a sidebar): not this text's title
    elif first is not None and (over := _line_over_publish_line(blocks, body_start, plain)) is not None:
        # a site's slogan over its breadcrumb, then the headline over its publish line: the breadcrumb
        # between them says the first line is the site's, not the page's (打造网上…平台 致力于… / 您现在
        # 的位置：首页 > … / 吴金城任浦东新区代区长 / 发布时间：…)
        at, to = blocks.index(first), blocks.index(over)
        if (
            at < to
            and any(BREADCRUMB_RE.search(b.text) or is_navigation(b.text) for b in blocks[at + 1 : to])
            # …but a bulletin's name, perhaps over its issue (某某工作简报 / （第二期） / 【领导动态】 / ●某某会议召开): the
            # column tags and item heads under it are the bulletin's, the name its title (titles round 15)
            and not is_bulletin(first.text, blocks[at + 1].text)
        ):
            first = over
        elif at < to and _chrome_over_headline(blocks, at, to, first, plain):
            first = over  # 设为主页收藏本页 / … / 字体： 放大 还原 缩小 / 市政咨委会召开特别大会 / 【特讯】…: the headline (pages19)
    # a government release: its headline over its stamp lines and its lead on the subject and today's day (titles21)
    released = _release_headline(blocks, body_start, plain) if repeated is None else None
    if released is not None:
        first = blocks[released]
    if first is not None and (bare := _undecorated(compact(first.text))) is not None:
        # 某某规定（2002年） / 作者：法律资料网… / 某某规定（2002年） / 福建省某某市人民政府 / 某某规定: a law
        # database's copy with its year tag over the document that prints its own title without it; and a portal's
        # page title with its column tag or the announcement's serial (【精准防控】某某指挥部公告（第47号） / 来源：… /
        # 某某指挥部公告 / （2022第47号）: pages17) over the document's own printing
        at = blocks.index(first)
        first = next((b for b in blocks[at + 1 : at + _TAGGED_COPY_SCAN] if compact(b.text) == bare), first)
    # a reprint's 原标题：X line: the original title is the headline (layout.news)
    reprint = next(((b, t) for b in head if (t := original_title(b.text))), None)
    if reprint is not None:
        first = reprint[0]
        # 10位省级政府大管家换人 他最特殊 / 原标题：10位省级政府大管家换人，他最特殊: the page's headline is the original's
        # words with a blank for a comma; the headline as the page prints it is the title (jusar, titles20)
        at = blocks.index(first)
        printed = next(
            (
                blocks[k].text
                for k in range(at - 1, max(body_start, at - _REPRINT_ABOVE) - 1, -1)
                if _same_words(blocks[k].text, reprint[1])
            ),
            None,
        )
        if printed is not None:
            reprint = (first, printed)
    noted_at: int | None = None  # the headline a reprint's note after the story confirms
    if reprint is None and (noted := original_note_title(blocks, body_start)) is not None:
        # 澳门劳工局呼吁…过年肖中仁/央视新闻 / 字号 / 央视新闻1月11日消息，… / （原题为《澳门劳工局呼吁…过年》）: the reprint's
        # note after the story gives its original title again; the line among the page's first that opens on it (here
        # run into its byline) is the headline, its title the note's (pages21)
        wanted = compact(noted)
        if first is not None and compact(first.text) == wanted:
            noted_at = blocks.index(first)
        elif first is None:
            reprint = next(((b, noted) for b in candidates[:window] if compact(b.text).startswith(wanted)), None)
            if reprint is not None:
                first = reprint[0]
                noted_at = blocks.index(first)
    signed: int | None = None
    if (
        first is None
        and reprint is None
        and (signed := _signed_notice_under_prose(blocks, body_start, plain)) is not None
    ):
        # 置顶公告： / 最新东阳本地资讯，关注…！ / … / 关于暂缓恢复…的通告 / … / 南马镇疫情防控指挥部 / 2022年3月18日: the page's
        # promotion prose stood over every line, so no headline was read; the notice it prints whole, signed and
        # dated under its own title, is the page's document (pages21)
        first = blocks[signed]
    forum = forum_headline(blocks, body_start)  # a forum thread's title, above its [复制链接]
    if forum is not None and reprint is None:
        first = blocks[forum]
    twice = _printed_twice(blocks, body_start) if first is None or reprint is None else None
    if first is None and twice is not None:
        first = blocks[twice]  # 某某处理办法 … 某某 / 处理办法 (the page's title, then the document's own)
    if first is None and (keyed := _keyed_headline(blocks, body_start)) is not None:
        # 标题： 娄勤俭：今年… [打印本页] / 作者： admin 时间： 2024-3-4 16:18 / 标题： …: a forum's printable page keys its
        # headline; no plain line is the title, the keyed one is (icbw, titles20)
        at, keyed_title = keyed
        return DocumentSpan(
            clean_title(keyed_title), body_start, len(blocks), at, at + 1, news_dates(blocks, body_start), news=True
        )
    if first is None and (keyed_end := _keyed_title_at_end(blocks, body_start)) is not None:
        # 近日，…进行了专项治理。 / 标题：翠云路街道办事处开展小广告进行专项治理 / 地址：http://…: a mirror prints the page's
        # title under its key after the story, over the page's address; no line over the story is its headline (pages21)
        at, keyed_title = keyed_end
        return DocumentSpan(
            clean_title(keyed_title), body_start, len(blocks), at, at + 1, news_dates(blocks, body_start), news=True
        )
    if first is None and opening is not None and (glued := glued_headline(opening.text)) is not None:
        # 某某会领导赴昆山参加…办公会10月19-20日，钱某会长…: the headline glued to its dated lead, the page's first
        # line of prose under no other title (titles round 15)
        at = blocks.index(opening)
        lead = opening.text[opening.text.index(glued) + len(glued) :].strip()
        return DocumentSpan(clean_title(glued), body_start, len(blocks), at, at + 1, news=True, lead=lead)
    if first is None and (stacked := _stacked_headline(blocks, body_start)) is not None:
        # 市十七届 / 人大五次会议 / 主席团召开 / 第四次会议 / □融媒记者 X / 本报讯 1月21日，市十七届人大五次会议…: an
        # e-paper's or a phone page's headline set in short lines over its lead (pages19)
        top, end = stacked
        title = clean_title("".join(b.text for b in blocks[top:end]))
        return DocumentSpan(title, body_start, page_tail([b.text for b in blocks], end), top, end, news=True)
    if first is None:
        # no line reads as a title (資料图, 全文, a sentence): report none rather than invent one
        index = blocks.index(candidates[0])
        # an untitled news page still dates its story (layout.news): (2022年9月6日) / 发表时间：…;
        # a story whose day is read (12月28日 under 2021-12-29 16:00:51 编辑: …) is reported, untitled
        dates = news_dates(blocks, body_start)
        # a decision stored from its adoption note, its title lost ((2015年11月26日…会议通过) / …会议决定：…):
        # one untitled document, dated by the note (FORMAT.md: a date shown is a document's field)
        note = candidates[0].text
        # …and only a dated note: an undated one (（某某会议通过）) gives no field, so no document
        adopted = not dates and ADOPTED_RE.match(note) is not None and DATE_RE.search(note) is not None
        return DocumentSpan("", body_start, len(blocks), index, index, dates, news="date" in dates, headed=adopted)
    index = blocks.index(first)
    if reprint is None and forum is None and (main := session_headline_below(blocks, index)) is not None:
        first, index = blocks[main], main  # 王衍诗主持 决定任命… / 市十六届人大常委会第三十二次会议举行: a deck over it
    elif reprint is None and forum is None and (main := _headline_under_couplet(blocks, index, plain)) is not None:
        first, index = blocks[main], main  # 扬文明之风 赞文明之行 / 甘泉县表彰…: a kicker's couplet over the headline
    if _attachment_title(blocks, index):
        # 某某任务分解表 / 附件 / 某某任务分解表: the page keeps an attachment, whose title is not
        # the title of the document it is attached to (stored without its head): none is invented
        return DocumentSpan("", body_start, len(blocks), index, index)
    end = index + 1 if reprint else headline_end(blocks, index)  # 区十届人大四次会议 / 将于3月25日召开
    approved = False
    if reprint is None and end == index + 1 and first.text.startswith("关于") and _continued_below(blocks, index):
        # 关于海南省2021年国民经济和社会发展计划 / 执行情况与…计划的报告 / 海南省…会议审议通过: a report's
        # title wrapped mid-phrase over its approval line (s11-heads11)
        end = index + 2
        approved = end < len(blocks) and _APPROVAL_LINE_RE.match(blocks[end].text) is not None
    top = index
    if reprint is None and forum is None and first.text.startswith("关于") and kind_of(first.text):
        # 某某市公安局 某某市生态环境局 / 关于禁止燃放烟花爆竹的通告: the issuers' lines head the title
        while top - 1 >= body_start and index - top < _ISSUER_LINES_MAX and _names_issuers(blocks[top - 1]):
            top -= 1
    title, number = split_title_number(
        clean_title(
            reprint[1]
            if reprint
            else main_headline(
                # “党政混合信息公开” 中共某区委办公室…印发…的通知: a column's quoted label is no part of it (pages17)
                strip_site_suffix(_QUOTED_LABEL_RE.sub("", "".join(b.text for b in blocks[top:end]), count=1)).rstrip(
                    _CELL_BARS if id(first) in barred else ""
                )
            )
        )
    )
    title = _once(title)  # X / X on lines a blank apart, joined into one paragraph by the converter: X
    if forum is not None and index == forum:
        title = FORUM_TAG_RE.sub("", title, count=1)  # [单位发布] 戴南镇召开…: the thread's category
    metadata = {"doc_number": number.raw} if number else {}
    # a reference site's header line under the title: the title again, its date and 发布机关
    header_line = title_head(blocks, end - 1, title) if title and reprint is None and forum is None else None
    if header_line is not None:
        end = header_line[0]
        metadata.update(header_line[1])
    if title and ("：" in title or ":" in title) and (printed := _printed_below_colon(blocks, end, title)):
        title = printed  # 素万机场到芭提雅:内地…市委书记 over 内地…市委书记: the headline as printed (titles19)
    # a news page's publish line (layout.news); a forum's (发表于 …) is under the thread's title
    metadata.update(
        {}
        if signed is not None and index == signed  # the notice's date is under its signature, not the page's stamp
        else news_dates(blocks, body_start)
        or (news_dates(blocks, forum_post_line(blocks, index)) if forum is not None else {})
        or (news_dates(blocks, index) if _is_page_banner(blocks[body_start].text) else {})
        or (news_dates(blocks, index) if menu >= _MENU_RUN_MIN else {})  # …under a menu's run of entries
    )  # …under the page's banners (a cookie notice's sentence ends the scan from the top)
    if title and "published" not in metadata and (again := _headline_again(blocks, end, title)) is not None:
        # headline / lead / the site's menu / the headline again / its publish line (fjnews): the publish
        # line under the second printing dates the story (s11-heads11)
        metadata.update(news_dates(blocks, again + 1))
    kind = kind_of(title) if title else None  # the title's kind, read once for the tests below
    # a bulletin's name over its issue (某某工作简报 / （第二期）): its items are no story's lead, the bulletin is dated
    # at its end (titles round 15)
    issued = bool(title) and is_bulletin(title, blocks[end].text if end < len(blocks) else "")
    story = (
        bool(title)
        and not issued
        and ("published" in metadata or opens_story(blocks, end, title, undated=kind is None) or released == index)
    )
    articles = kind in ADOPTED_KINDS and _articles_follow(blocks, end)
    # a plan or policy printed whole under its title: a preamble, then its outline (一、 / （一） / 第一章)
    articles = articles or (kind in PLAN_KINDS and _outline_follows(blocks, end, title))
    # the page's tail list under the story (相关链接 / 上一篇：X) holds other pages' titles
    tail = page_tail([b.text for b in blocks], end)
    # …and so is an announcement printed whole under its title: its basis (根据…), then its numbered points
    # (某某交通管制通告 / 根据…，现将有关事项通告如下： / 一、交通管制时间; headlines round 14), unless a website signs it:
    # its name over a date (某某新闻网 / 2021年12月20日) is a repost's stamp, whose date is no document's
    articles = articles or (
        kind in ANNOUNCEMENT_KINDS
        # 某县人民政府通告: a body's serial head names no subject, unsigned it stays out
        and not is_issuer_notice(title)
        and _outline_follows(blocks, end, title)
        and not _signed_by_a_site(blocks, tail)
    )
    # a title of a document's kind printed twice (the page's heading, then the document's own, perhaps
    # wrapped) is a document's title, though its recipients or signature were lost
    confirmed = twice == index and kind is not None
    # …and so is a 关于… title of an official kind under its issuer's own line (聊城市人民政府 / 关于印发…的通知):
    # the red head's two parts, though the page keeps neither number nor signature
    confirmed = confirmed or (top < index and _issued_title(title, blocks[top:index])) or approved
    # …and so is a speech's, a report's, a letter's or an interpretation's title that names itself, or that the
    # text under it answers (titles rounds 12 and 13)
    confirmed = confirmed or _owned_by_text_below(blocks, end, title) or issued
    # …and so is a notice that prints what it issues under its title (…印发《某某三年行动计划（2018—2020年）》的通知 /
    # 某某三年 / 行动计划 / （2018—2020年） / 一、总体要求…: pages17)
    confirmed = confirmed or _enclosure_follows(blocks, end, title)
    # …and so is a headline printed twice, the second time right over the story's first paragraph (titles20)
    confirmed = confirmed or (repeated == index and bool(title))
    # …and so is the headline a reprint's note after the story gives again (（原题为《…》）: pages21)
    confirmed = confirmed or (noted_at == index and bool(title))
    # …and a headline printed again right under itself, the second printing run into the story's lead (pages21)
    confirmed = confirmed or (reprint is None and _printed_again_over_lead(blocks, end, first.text))
    return DocumentSpan(
        title,
        top if signed is not None and index == signed else body_start,  # the promotion above is the page's (pages21)
        tail,
        top,
        end,
        metadata,
        news=story,
        articles=articles,
        headed=header_line is not None or confirmed,
    )


# A couplet printed as a kicker (引题) or a site's motto: two to four parts of one length, 4 to 7 Han
# characters each, apart by blanks (扬文明之风 赞文明之行 / 兵在掌上阅 亮剑弹指间 / 不忘初心 牢记使命)
_COUPLET_PART_RE = compile_re(rf"^[{CJK}]{{4,7}}$")
_COUPLET_PARTS = (2, 4)


def _is_couplet(text: str) -> bool:
    parts = text.split()
    return (
        _COUPLET_PARTS[0] <= len(parts) <= _COUPLET_PARTS[1]
        and len({len(p) for p in parts}) == 1
        and all(_COUPLET_PART_RE.match(p) for p in parts)
    )


def _headline_under_couplet(blocks: list[Block], i: int, plain: Callable[[Block], bool]) -> int | None:
    """The index of the headline right under ``blocks[i]`` when that line is a couplet (a kicker or a motto,
    :func:`_is_couplet`) and the line under it reads as a headline: a plain line, no sentence, no couplet itself
    (pages17: 扬文明之风 赞文明之行 / 甘泉县表彰县级文明单位及文明家庭 / 本报讯…). None otherwise: a couplet over
    the story's lead is the headline itself (a news headline may be printed in two halves)."""
    if i + 1 >= len(blocks) or not _is_couplet(blocks[i].text):
        return None
    below = blocks[i + 1]
    if below.kind not in (HEADING, PARAGRAPH) or _is_prose(below.text) or _is_couplet(below.text) or not plain(below):
        return None
    return i + 1


# A headline reporting that a decree was signed: 习近平签署主席令 / 李强签署第5号国务院令 (pages17)
_SIGNED_KIND_RE = compile_re(rf"(?:{alternation(SIGNING_VERBS)})[^，。；：:\s的]{{0,{SIGNED_KIND_GAP}}}令$")


def _titled_kind(text: str) -> bool:
    """Does ``text`` end like a document's title — a kind, and not a headline reporting the act of signing
    that kind (习近平签署主席令: a deck under the session's headline, never the page's title)?"""
    return kind_of(text) is not None and _SIGNED_KIND_RE.search(text) is None


# A column's label in quotes set apart from the title it stands before: “党政混合信息公开” 中共某区委办公室…的通知 (a
# title may open on a quoted word, “十四五”规划…, never on one set apart by a blank; pages17)
_QUOTED_LABEL_RE = compile_re(r"^[“\"][^”\"]{2,12}[”\"][ \t\u3000]+(?=\S)")
# What an 印发/转发 notice issues, named in its title: …印发《X》的通知 / …转发《X》的通知
_ISSUED_NAME_RE = compile_re(r"(?:印发|转发|颁发|发布)《(?P<name>[^《》]{4,80})》的(?:通知|决定)$")
_ENCLOSURE_LINES = 4  # lines the issued document's own title may be wrapped over under the notice's


def _enclosure_follows(blocks: list[Block], end: int, title: str) -> bool:
    """Does the document a notice issues (its 《name》 in the title) print its own title right under the notice's,
    whole or wrapped over a few lines?"""
    m = _ISSUED_NAME_RE.search(compact(title))
    if m is None:
        return False
    want, joined = compact(m.group("name")), ""
    for block in blocks[end : end + _ENCLOSURE_LINES]:
        joined += compact(block.text)
        if joined == want:
            return True
        if not want.startswith(joined):
            return False
    return False


_INTRO_BYLINE_MAX = 40  # a template site's byline between its page title and its sentence naming it
_INTRO_SCAN = 3  # lines under the title searched for that sentence


def _template_names(blocks: list[Block], below: int, title: str) -> bool:
    """Does a template site's sentence under ``title`` (下面是小编为大家整理的X，…) name it again,
    directly under it or past short lines of the site's byline (来源：文萃谷 1.81W / 时间：… 作者：…)?"""
    key = compact(title)
    for j in range(below, min(len(blocks), below + _INTRO_SCAN)):
        text = blocks[j].text
        if (named := template_intro_title(text)) is not None:
            return compact(named) == key
        if len(text) > _INTRO_BYLINE_MAX or "。" in text or compact(text) == key:
            return False
    return False


# An undated approval line under a report's title: 海南省第六届人民代表大会第五次会议审议通过 / （…会议批准）
_APPROVAL_LINE_RE = compile_re(r"^[（(]?[^，。：:（）()]{4,40}?(?:会议|大会)(?:审议)?(?:通过|批准)[）)]?$")
_AGAIN_SCAN = 8  # lines under a headline searched for its second printing


# A page's <title> line that puts a keyword or a column and a colon before the headline (素万机场到芭提雅:内地省级…
# 市委书记, a mirror's spam keyword; titles19): the part after the colon, printed again alone within a few lines
# below, is the headline as the page prints it
_COLON_PREFIX_RE = compile_re(r"^[^：:]{2,20}[：:](?P<rest>[^：:]{8,80})$")


def _printed_below_colon(blocks: list[Block], end: int, title: str) -> str | None:
    """The headline after the colon of ``title`` when it is printed alone under it, else None."""
    m = _COLON_PREFIX_RE.match(title)
    if m is None:
        return None
    key = compact(m.group("rest"))
    for j in range(end, min(len(blocks), end + _AGAIN_SCAN)):
        if compact(strip_site_suffix(blocks[j].text)) == key:
            return m.group("rest").strip()
    return None


def _headline_again(blocks: list[Block], end: int, title: str) -> int | None:
    """Index of the headline ``title`` printed again within a few lines under ``end`` (a page that
    prints its headline and lead, then its menu and the headline again over the publish line)."""
    key = compact(title)
    for j in range(end, min(len(blocks), end + _AGAIN_SCAN)):
        if compact(strip_site_suffix(blocks[j].text)) == key:
            return j
    return None


def _report_delivered(blocks: list[Block], candidates: list[Block]) -> DocumentSpan | None:
    """A work report whose delivery phrase a converter glued to its title's line or to the address
    under it (政府工作报告 ——2022年1月21日在…会议上 …; 政府工作报告 / ——2023年1月7日在…会议上各位代表：):
    the report titled and dated by it (s11-heads11); None for any other page."""
    first = candidates[0]
    index = blocks.index(first)
    glued = glued_delivery(first.text)
    if glued is not None and glued[0] and kind_of(glued[0]) == "报告":
        title, date, end = clean_title(glued[0]), glued[1], index + 1
    elif (
        kind_of(first.text) == "报告"
        and len(first.text) <= 40
        and index + 1 < len(blocks)
        and (below := glued_delivery(blocks[index + 1].text)) is not None
        and not below[0]
    ):
        title, date, end = clean_title(first.text), below[1], index + 1
    else:
        return None
    tail = page_tail([b.text for b in blocks], end)
    return DocumentSpan(title, index, tail, index, end, {"date": date}, headed=True)


_KANA_RE = compile_re(r"[\u3040-\u30ff]")
# an app's promotion: 中央社一手新聞APP Icon中央社一手新聞APP / 下载某某新闻客户端 / 打开APP阅读全文
_APP_PROMO_RE = compile_re(r"(?:APP|App|app|客户端)\s*(?:Icon|icon|下载|打开)|(?:下载|打开)\s*(?:APP|App|app|客户端)")


# what a line holds besides its numbers and dates to be read as a title: a Han character
_SERIES_HEADS = ("公告", "通告", "令")
_NUMBER_LINE_MARKS_RE = compile_re(r"[\s（）()【】\[\]〔〕:：,，、;；.。\-—/|｜]+")


def _is_number_alone(text: str) -> bool:
    """A document number alone on its line, or with a date (某政办发〔2021〕5号 / 某府发〔2021〕5号 2021-03-08):
    the number of a document, never its title (a title names its subject in words). A body's series
    (某某常务委员会公告第1号, 某某人民政府令第12号) is its announcement's or order's heading: kept."""
    found = list(scan_doc_numbers(text))
    spans = [(start, end) for start, end, _ in found]
    if not spans or any(number.year is None or number.agency.endswith(_SERIES_HEADS) for _, _, number in found):
        return False
    rest: list[str] = []
    at = 0
    for start, end in spans:
        rest.append(text[at:start])
        at = end
    rest.append(text[at:])
    left = NUMERIC_DATE_RE.sub("", DATE_RE.sub("", "".join(rest)))
    return not _HAN_RE.search(_NUMBER_LINE_MARKS_RE.sub("", left))


# A notice's kind printed alone as its heading (公 告 / 通  知), and the words its body proclaims it with
_BARE_KINDS = frozenset({"公告", "通告", "通知"})
_PROCLAIM_SCAN = 6  # blocks under the heading where the body says it


def _bare_kind_proclaimed(blocks: list[Block], block: Block) -> bool:
    """A kind alone on its line (``公 告``) heading a body that proclaims it (``现将有关事项公告如下``,
    ``特此通告``): the notice's title as printed. A kind alone over anything else (a story, a list)
    is a column's word, no title."""
    kind = "".join(block.text.split())
    if kind not in _BARE_KINDS:
        return False
    i = blocks.index(block)
    return any(
        f"{kind}如下" in b.text or f"特此{kind}" in b.text or f"现予{kind}" in b.text
        for b in blocks[i + 1 : i + 1 + _PROCLAIM_SCAN]
    )


def _is_page_banner(text: str) -> bool:
    """A banner over a page's headline: a privacy or cookie consent notice, an app's promotion, or a
    language switch — a line in Japanese (kana) or with no Chinese character at all."""
    return (
        is_consent_banner(text)
        or _KANA_RE.search(text) is not None
        or _HAN_RE.search(text) is None
        or _APP_PROMO_RE.search(text) is not None
    )


# A body's name alone: an encyclopedia's entry (张家界市人民政府 / 陕西省人民代表大会常务委员会), a site's
# name or a red head's issuer line — never a text's headline. A headline that ends in a body names
# what was done to it (卢龙县成立水土保持委员会): a verb is in it.
_BODY_NAME_ENDS = (
    "人民政府",
    "人民政府办公室",
    "人民政府办公厅",
    "人民代表大会",
    "人民代表大会常务委员会",
    "人大常委会",
    "人民法院",
    "人民检察院",
    "委员会",
    "政府",
    "机关",  # 湖南省张家界市国家行政管理机关 (the entry's gloss under its name)
)
_BODY_NAME_RE = compile_re(rf"^[{CJK}]{{2,24}}$")
_HEADLINE_VERBS = (
    *("成立", "召开", "举行", "任", "免", "设立", "组建", "调整", "印发", "发布", "关于", "召集", "选举", "当选"),
    *("表彰", "命名", "授予", "评为", "撤销", "致", "向", "给", "对", "开展", "举办", "优秀", "先进", "模范"),
)


def _is_body_name(text: str) -> bool:
    """A body's name and nothing else (see _BODY_NAME_ENDS)."""
    return (
        _BODY_NAME_RE.match(text) is not None
        and text.endswith(_BODY_NAME_ENDS)
        and not any(verb in text for verb in _HEADLINE_VERBS)
    )


_COLUMN_WORD_ENDS = (
    "单位",
    "时限",
    "时间",
    "任务",
    "措施",
    "领导",
    "内容",
    "备注",
    "目标",
    "部门",
    "序号",
    "事项",
    "进度",
)


# A headline printed as a series' or column's label, one ASCII bar, then its clause (上海抗疫故事|北蔡!北蔡!(五):书记,
# 平遥申遗20年①|不靠挖煤…): the label is short, the clause a headline's length; a menu (首页 | 新闻中心), a
# site's name on either side (中国甘肃网|…, …|某某市人民政府) or a row of cells (two bars or more) is no
# headline (titles round 19).
_BAR_LABEL_MAX = 12
_BAR_CLAUSE_MIN = 8


def _bar_joined_headline(text: str) -> bool:
    """Is ``text`` a headline whose label and clause are joined by one ASCII bar?"""
    if text.count("|") != 1:
        return False
    label, clause = (part.strip() for part in text.split("|"))
    return (
        2 <= len(label) <= _BAR_LABEL_MAX
        and len(clause) >= _BAR_CLAUSE_MIN
        and _HAN_RE.search(label) is not None
        and not any(is_site_chrome(part) or _is_body_name(part) or is_site_name(part) for part in (label, clause))
    )


def _is_header_row(text: str) -> bool:
    """A table's header row printed with spaces (序号 工作任务 责任单位 完成时限): never a title. Three
    column names or more, the first 序号/编号 or two of them named as columns are (…单位, …时限)."""
    words = text.split()
    if len(words) < 3 or any(len(w) > 12 or not _HAN_RE.search(w) for w in words):
        return False
    return words[0] in ("序号", "编号") or sum(w.endswith(_COLUMN_WORD_ENDS) for w in words) >= 2


def _issued_title(title: str, issuers: list[Block]) -> bool:
    """Is ``title`` the issuers' own: their names, then 关于…, of an official kind (通知, 决定 …)?"""
    names = "".join(b.text.replace(" ", "").replace("\u3000", "") for b in issuers)
    return bool(names) and title.startswith(names + "关于") and kind_of(title) in OFFICIAL_KINDS


_ISSUER_LINES_MAX = 3  # lines of issuing bodies over a 关于… title


def _names_issuers(block: Block) -> bool:
    """A line of one issuing body or several side by side, and nothing else (某某市公安局 某某市生态环境局)."""
    names = block.text.split()
    return (
        block.kind in (HEADING, PARAGRAPH)
        and not block.style
        and len(block.text) <= 60
        and bool(names)
        and all(
            3 <= len(n) <= 30 and n.endswith(ISSUER_SUFFIXES) and not any(p in n for p in "，。：:、；;（）()")
            for n in names
        )
    )


_PLAIN_MIN = 8  # characters of the shortest headline read from the whole text…
_SHORT_TITLE_MIN = 5  # characters of the shortest headline read when it names a kind (政府工作报告)
_TRAILING_YEAR_MONTH_RE = compile_re(r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底前|前|底|以前)?$")


# A roster's role line (rosters round 4): 组长：张三　市长 / 副 组 长：李四 / 成员（按姓氏笔画为序）：… — an entry
# of a roster stored without its heading, never the title (the member would be lost with it).
ROSTER_ROLE_LINE_RE = compile_re(
    "[ \u3000]*(?:"
    + "|".join("[ \u3000]*".join(role) for role in sorted(ROSTER_ROLES, key=len, reverse=True))
    + ")[ \u3000]*(?:[（(][^（）()]{1,16}[）)])?[ \u3000]*[：:]"
)


def _is_unit_list(text: str) -> bool:
    """A line that is only a list of two units or more (a task table's unit cell)."""
    if "、" not in text and "，" not in text and "," not in text:
        return False
    units = parse_units(_TRAILING_YEAR_MONTH_RE.sub("", text))  # …管委会2020年12月: the remark cell run on
    return units.problem is None and len(units.units) >= 2 and all(ends_like_unit(u) for u in units.units)


_TITLE_LIST_MIN = 3  # consecutive lines ending like documents that make a list of titles


_OWN_NOTICE_GAP = 2  # short furniture lines between a publish line and a reprinted notice's title (The Beginning)
_OWN_NOTICE_FURNITURE_MAX = 20
_OWN_NOTICE_SCAN = 40  # blocks under the title searched for its signature and date


def _own_notice_under_byline(blocks: list[Block], over: int, at: int) -> bool:
    """Is the official title at ``at`` the document a page reprints whole under its headline (``over``) and the
    headline's publish line: only short furniture between them (The Beginning, 正文), a title naming its subject
    (关于…的通告), and within the blocks under it a signature over its date? A title the story quotes, unsigned,
    stays the story's (pages18)."""
    if not over + 2 <= at <= over + 2 + _OWN_NOTICE_GAP or "关于" not in blocks[at].text:
        return False
    if kind_of(blocks[at].text) not in OFFICIAL_KINDS or any(p in blocks[at].text for p in _SENTENCE_MARKS):
        return False
    if any(
        len(b.text) > _OWN_NOTICE_FURNITURE_MAX or any(p in b.text for p in _SENTENCE_MARKS)
        for b in blocks[over + 2 : at]
    ):
        return False
    below = blocks[at + 1 : at + 1 + _OWN_NOTICE_SCAN]
    return any(b.kind == SIGNATURE and k + 1 < len(below) and below[k + 1].kind == DATE for k, b in enumerate(below))


_SENTENCE_MARKS = "。，；：:"  # a title's line holds none (ASCII ones beside Chinese are folded to full width before)
_SIGNED_NOTICE_HEAD = 30  # the page's first blocks searched for a signed notice's own title under a page's prose


def _is_own_notice_title(text: str) -> bool:
    """A notice's own title on its line: it names its subject (关于…) or its issuer (某某指挥部通告), ends in an official
    kind (通知, 通告, 公告, 决定 …) and holds no sentence mark and no 《 (a quoted title is another's)."""
    return (
        ("关于" in text or is_issuer_notice(text))
        and kind_of(text) in OFFICIAL_KINDS
        and not any(p in text for p in _SENTENCE_MARKS)
        and "《" not in text
    )


def _signed_notice_under_prose(blocks: list[Block], body_start: int, plain: Callable[[Block], bool]) -> int | None:
    """The index of the notice a page prints whole though prose stands over it, so that no headline was read:
    置顶公告： / 最新东阳本地资讯，关注…公众号！想买房… / 东阳全知道 / 2022-03-19 21:18:29 / 暂缓…！南马镇发布公告 /
    关于暂缓恢复辖区内所有集市、交流会的通告 / 近期，…现就有关事项通告如下： / 一、… / 特此通告！ / 南马镇疫情防控指挥部 /
    2022年3月18日 (a local account's repost under its pinned promotion). The first line among the page's first blocks
    that is a notice's own title (:func:`_is_own_notice_title`), not one of a list of titles, is the document's
    when a paragraph of its body and then a signature over its date stand under it before any other such title;
    a title the page only names, unsigned, opens nothing (pages21)."""
    for i in range(body_start, min(len(blocks), body_start + _SIGNED_NOTICE_HEAD)):
        block = blocks[i]
        if block.kind not in (HEADING, PARAGRAPH) or not _is_own_notice_title(block.text) or not plain(block):
            continue
        if _in_title_list(blocks, i):
            return None
        body = False  # a paragraph of the notice's text under its title
        for k in range(i + 1, min(len(blocks) - 1, i + 1 + _OWN_NOTICE_SCAN)):
            below = blocks[k]
            if below.kind == SIGNATURE and blocks[k + 1].kind == DATE:
                return i if body else None
            if below.kind in (HEADING, PARAGRAPH) and _is_own_notice_title(below.text):
                return None  # another notice's title: the signature below is that one's
            body = body or _is_running_text(below)
        return None  # the first notice's title is not signed under it: the page only names it
    return None


def _in_title_list(blocks: list[Block], index: int) -> bool:
    """Is ``blocks[index]`` one of at least three consecutive lines that each end like a document
    (关于…的通知 / …的通报 / …方案): a contents list printed without pages, or a sidebar?"""

    def titled(k: int) -> bool:
        b = blocks[k]
        return (
            b.kind in (HEADING, PARAGRAPH)
            and len(b.text) <= 80
            and "。" not in b.text
            and kind_of(b.text) is not None
            and not any(p in b.text for p in ">＞»")  # 首页 > 法规草案征求意见: a breadcrumb ends like a kind
        )

    if not titled(index):
        return False
    lo = index
    while lo - 1 >= 0 and index - lo < _TITLE_LIST_MIN and titled(lo - 1):
        lo -= 1
    hi = index
    while hi + 1 < len(blocks) and hi - lo + 1 < _TITLE_LIST_MIN and titled(hi + 1):
        hi += 1
    if hi - lo + 1 >= _TITLE_LIST_MIN:
        return True
    # a list page printing each title over its date alone (关于…的通知 / 2021-03-05 / 关于…的通知 / 2021-03-01 …)
    return _dated_titles_around(blocks, index, titled) >= _TITLE_LIST_MIN


# A list page's date under an item's title: 2021-03-05 / [2021-03-05] / 2021年3月5日 / 2021.03.05
_LIST_DATE_RE = compile_re(
    r"^[\[［（(]?(?:19|20)\d\d(?:[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])|年\d{1,2}月\d{1,2}日)[\]］）)]?$"
)


def _dated_titles_around(blocks: list[Block], index: int, titled: Callable[[int], bool]) -> int:
    """How many titles, each followed by a line that is its date alone, run through ``blocks[index]``
    (a list page or a sidebar that prints every item's date under it)?"""

    def dated(k: int) -> bool:
        return 0 <= k < len(blocks) and _LIST_DATE_RE.match(compact(blocks[k].text)) is not None

    if not dated(index + 1):
        return 0
    count = 1
    k = index - 2
    while k >= 0 and titled(k) and dated(k + 1) and count < _TITLE_LIST_MIN:
        count += 1
        k -= 2
    k = index + 2
    while k + 1 < len(blocks) and titled(k) and dated(k + 1) and count < _TITLE_LIST_MIN:
        count += 1
        k += 2
    return count


_TWICE_SCAN = 20  # blocks at the top of a page searched for a title printed twice
_TWICE_GAP = 12  # blocks between the two printings
_TWICE_WRAP = 3  # lines the second printing may be wrapped over


_SHORT_TWICE_KINDS = frozenset({"报告"})  # 政府工作报告 (six characters), printed twice (s11-heads11)


def _printed_twice(blocks: list[Block], body_start: int) -> int | None:
    """Index of the first short line of a document's kind (…的函, …处理办法) among the page's first
    lines that is printed again a few lines below, whole or wrapped over up to three lines (阿坝藏族
    羌族自治州人民代表大会 / 常务委员会机关公文处理办法); None when there is none."""
    end = min(len(blocks), body_start + _TWICE_SCAN)
    for j in range(body_start, end):
        block = blocks[j]
        key = compact(strip_site_suffix(block.text))  # 政府工作报告-南宁日报 twice: the paper's name is no part
        if (
            block.kind not in (HEADING, PARAGRAPH)
            or not _SHORT_TITLE_MIN <= len(key) <= 80
            or (len(key) < 8 and kind_of(key) not in _SHORT_TWICE_KINDS)
            or "。" in key
            or kind_of(key) is None
            or is_site_chrome(block.text)
        ):
            continue
        for k in range(j + 1, min(len(blocks), j + 1 + _TWICE_GAP)):
            joined = ""
            for m in range(k, min(len(blocks), k + _TWICE_WRAP)):
                joined += compact(blocks[m].text)
                if joined == key or compact(strip_site_suffix(joined)) == key:
                    return j
                if not key.startswith(joined):
                    break
    return None


_REPRINT_ABOVE = 3  # lines over a reprint's 原标题 line searched for the page's own printing of it
_NOT_WORD_RE = compile_re(r"[\W_]+")


_SAME_WORDS_MAX = 200  # characters: a headline is shorter; a longer line is never compared (rev19's linearity check)


def _same_words(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` hold the same words, their blanks and punctuation aside (换人 他最特殊 / 换人，他最特殊)?"""
    if len(a) > _SAME_WORDS_MAX or len(b) > _SAME_WORDS_MAX:
        return False
    return _NOT_WORD_RE.sub("", a) == _NOT_WORD_RE.sub("", b) != ""


_KEYED_SCAN = 6  # blocks at the top of a page searched for a keyed headline
_TOOL_TAIL_RE = compile_re(r"\s*[\[【［](?P<tool>[^\]】］]{1,8})[\]】］]\s*$")
# …and a forum board's tag before the headline (標題: [中國內地] 滬市長楊雄辭職… / 标题：【转帖】…): the board, not the title
_BOARD_TAG_RE = compile_re(rf"^\s*[\[【［][{CJK}]{{2,6}}[\]】］]\s*")


def _keyed_headline(blocks: list[Block], body_start: int) -> tuple[int, str] | None:
    """(index, headline) of a title key's line among the page's first lines, over a publish line (标题： X [打印本页] /
    作者： admin 时间： 2024-3-4 16:18), its toolbar's bracket and a board's tag before it ([中国内地]) left out; None when
    there is none."""
    for j in range(body_start, min(len(blocks) - 1, body_start + _KEYED_SCAN)):
        found = metadata_of(blocks[j])
        if found is None or found[0] != "title" or not found[1]:
            continue
        value = found[1]
        if (tail := _TOOL_TAIL_RE.search(value)) is not None and is_toolbar(tail.group("tool")):
            value = value[: tail.start()]
        if (tag := _BOARD_TAG_RE.match(value)) is not None:
            value = value[tag.end() :]
        below = blocks[j + 1].text
        if publish_date(below) is None or "。" in value or not 6 <= len(value) <= 80:
            return None
        return j, value
    return None


# 地址:http://ma86dd3.cn/lyzx/2377.html / 本文链接：https://…: a page's address line under its title key (pages21)
_PAGE_ADDRESS_LINE_RE = compile_re(
    rf"^\s*(?:{alternation(PAGE_ADDRESS_KEYS)})\s{{0,2}}[:：]\s{{0,2}}https?://[!-~]{{1,300}}\s*$"
)
_KEYED_END_LINES = 2  # the title key's line and the address line under it close the page


def _keyed_title_at_end(blocks: list[Block], body_start: int) -> tuple[int, str] | None:
    """(index, title) of a page's title printed under its key after the story, with the page's address under it as
    the page's last line (近日，…街道办事处对辖区内…进行了专项治理。 / 标题：翠云路街道办事处开展小广告进行专项治理 /
    地址：http://…/2377.html: a mirror's copy-link lines; pages21); None when the page does not end so. The value
    holds no full stop and is a title's length."""
    lines = [k for k in range(max(body_start, len(blocks) - _KEYED_END_LINES), len(blocks)) if blocks[k].text.strip()]
    if len(lines) != _KEYED_END_LINES or lines[0] <= body_start:
        return None
    key, address = lines
    found = metadata_of(blocks[key])
    if found is None or found[0] != "title" or _PAGE_ADDRESS_LINE_RE.match(blocks[address].text) is None:
        return None
    value = found[1].strip()
    if "。" in value or not 6 <= len(value) <= 80 or is_furniture_title(value):
        return None
    return key, value


_AGAIN_LEAD_MIN = 20  # characters of the lead run on after the headline's second printing
# 据十三届全国人大五次会议新闻中心消息， / 据县林业局介绍，: a lead opening on its source (bounded: 30 characters)
_ATTRIBUTION_LEAD_RE = compile_re(rf"^据[^，,。；]{{2,30}}?(?:{alternation(ATTRIBUTION_LEAD_VERBS)})[，,]")


def _printed_again_over_lead(blocks: list[Block], end: int, headline: str) -> bool:
    """Is the line under the headline (``blocks[end]``) the headline printed again with the story's lead run into it
    (十三届…新闻发布会3月4日举行 / 十三届…新闻发布会3月4日举行据…新闻中心消息，十三届…将于…举行新闻发布会。, a converter
    that dropped the blank lines: tsrb)? The rest is a sentence of the lead: at least _AGAIN_LEAD_MIN characters,
    a comma or a full stop in it, not the headline again, and it opens as a lead does (pages21)."""
    if end >= len(blocks) or blocks[end].kind != PARAGRAPH or len(headline) < _AGAIN_MIN:
        return False
    text = blocks[end].text
    if not text.startswith(headline):
        return False
    rest = text[len(headline) :]
    if len(rest) < _AGAIN_LEAD_MIN or ("，" not in rest and "。" not in rest) or rest.startswith(headline):
        return False
    # the rest opens a story's lead (its day, 本报讯, a dateline, its source): a sentence that quotes the title and goes
    # on (某某的决定的精神，各地于…执行。) is no second printing (tests/test_classes_round6)
    return opens_lead(rest) or _ATTRIBUTION_LEAD_RE.match(rest) is not None


_PROSE_SCAN = (
    30  # blocks at the top of a page searched for the story's first paragraph (rev19: was a second _AGAIN_SCAN)
)
_AGAIN_MIN = 6  # a line shorter than this printed twice is a label (要闻), not a headline
_COLUMN_LABEL_MAX = (
    10  # …and a short line ending in a column's noun (vocab.heads.COLUMN_LABEL_ENDS: 工作动态, 本地新闻) too
)
_COLUMN_LABEL_TUPLE: tuple[str, ...] = tuple(COLUMN_LABEL_ENDS)


def _headline_again_over_prose(blocks: list[Block], body_start: int, plain: Callable[[Block], bool]) -> int | None:
    """Index of the line right over the page's first paragraph of prose when the same line is printed higher up the
    page (an e-paper's list of the page's headlines, a portal's <title>): 文化生活丰富了 / 与历史相遇在这间会议室 / 代表之声
    / … / 3上一篇 下一篇4 / 2007年10月17日 收藏 打印 / 与历史相遇在这间会议室 / 代表团开会，我随大家… (zjrb, titles20).
    None when the line over the prose is no plain line or is printed only once."""
    end = min(len(blocks), body_start + _PROSE_SCAN)
    for j in range(body_start + 1, end):
        if blocks[j].kind != PARAGRAPH or not _is_prose(blocks[j].text):
            continue
        above = blocks[j - 1]
        key = compact(above.text)
        if len(key) < _AGAIN_MIN or above.kind not in (HEADING, PARAGRAPH) or not plain(above):
            return None
        if len(key) <= _COLUMN_LABEL_MAX and key.endswith(_COLUMN_LABEL_TUPLE):
            return None  # 乡村振兴工作动态 / 政务公开工作动态 / … / 政务公开工作动态 / 6月1日，…: a column's label, listed and over the story (rev19)
        listed = (k for k in range(body_start, j - 2) if compact(blocks[k].text) == key)
        return j - 1 if any(_in_headline_list(blocks, k, body_start) for k in listed) else None
    return None


_LIST_ITEM_MIN, _LIST_ITEM_MAX = 6, 40  # an item of a page's list of headlines: a headline's length, no sentence
_HEADLINE_LIST_MIN = 3  # …and at least three such lines in a row
_HEADLINE_LIST_REACH = 4  # lines read on either side of the item
_LIST_ITEM_HAN = 4  # …with at least four Han characters


def _in_headline_list(blocks: list[Block], k: int, floor: int) -> bool:
    """Is ``blocks[k]`` one of at least three lines in a row that each read as a headline (short, no sentence, no
    date): an e-paper page's list of its stories, a portal's sidebar — not a deck printed once under the headline
    and again over the story (exmoo: 标题 / 副题 / 21/06/2017 / … / 副题 / 候任…)?"""

    def item(m: int) -> bool:
        b = blocks[m]
        return (
            b.kind in (HEADING, PARAGRAPH)
            and _LIST_ITEM_MIN <= len(b.text) <= _LIST_ITEM_MAX
            and len(_HAN_RE.findall(b.text)) >= _LIST_ITEM_HAN  # 04/09/2018, 16329: a stamp or a counter, no item
            and not any(p in b.text for p in "。！？；")
            and DATE_RE.search(b.text) is None
            and publish_date(b.text) is None
        )

    lo = hi = k
    while lo - 1 >= floor and k - lo < _HEADLINE_LIST_REACH and item(lo - 1):
        lo -= 1
    while hi + 1 < len(blocks) and hi - k < _HEADLINE_LIST_REACH and item(hi + 1):
        hi += 1
    # (three different lines: a deck printed three times over the story is no list)
    return item(k) and len({compact(blocks[m].text) for m in range(lo, hi + 1)}) >= _HEADLINE_LIST_MIN


_PUBLISH_SCAN = 15
_CELL_BARS = " \u3000|｜"  # a headline stored as a table cell: 我县部署春季森林防火工作 |


_RELEASE_STAMPS_MAX = 3  # stamp lines between a release's headline and its lead (a date, a column, a reporter's tag)
_RELEASE_LEAD_MIN = 20  # a release's lead is a sentence
_RELEASE_HEADLINE_HAN = 6  # Han characters in a release's headline, at least


def _release_headline(blocks: list[Block], body_start: int, plain: Callable[[Block], bool]) -> int | None:
    """The headline of a government release (titles21): the first line of prose under the page's head is the
    release's lead on its subject and day (行政長官今日（三月一日）宣布… / 勞動部林美珠部長今(21)日表示… /
    【本報訊】社會文化司司長譚俊榮今(6)日…), and over it, past at most three stamp lines (a date, a column's label,
    a reporter's tag), stands a plain line — or a headline that is one whole clause ending in 。 (Taiwan's
    新聞稿: 勞動部正規劃完善…「週休二日」新制。). A line under a lead-in (任命：) is an entry of its list, never
    the headline; a lead in the story's middle, under other prose, heads nothing."""
    clause = None  # a line of prose over the lead that may be the headline itself, a whole clause closed by 。
    for j in range(body_start, min(len(blocks), body_start + _PUBLISH_SCAN)):
        text = blocks[j].text
        if not opens_release_lead(text):
            if _is_prose(text):
                if clause is not None or not _clause_headline(blocks[j], plain):
                    return None  # the story began on another line: not a release's head
                clause = j
            continue
        if len(text) < _RELEASE_LEAD_MIN or not any(p in text for p in "，。,"):
            return None
        k = j - 1
        while k >= body_start and j - k <= _RELEASE_STAMPS_MAX and is_release_stamp(blocks[k].text):
            k -= 1
        if k < body_start or j - k > _RELEASE_STAMPS_MAX + 1:
            return None
        above = blocks[k]
        if (
            (clause is not None and k != clause)  # a sentence over the headline: the story had begun
            or above.kind not in (HEADING, PARAGRAPH)
            or (k > body_start and _is_lead_in(blocks[k - 1]))
            or len(_HAN_RE.findall(above.text)) < _RELEASE_HEADLINE_HAN  # bauteeovk6: a code
        ):
            return None
        if plain(above) or k == clause or _clause_headline(above, plain):
            return k  # (k == clause: that line was read as a clause headline above, not read again)
        return None
    return None


_CLAUSE_HEADLINE_MAX = 80


def _clause_headline(block: Block, plain: Callable[[Block], bool]) -> bool:
    """A headline that is one whole clause closed by its 。 (勞動部正規劃完善勞動檢查作為, 並將…新制。): plain
    without that mark, and no other sentence in it."""
    text = block.text
    return (
        len(text) <= _CLAUSE_HEADLINE_MAX
        and text.endswith("。")
        and text.count("。") == 1
        and not any(p in text for p in "；！？")
        and plain(replace(block, text=text[:-1]))
    )


def _line_over_publish_line(blocks: list[Block], body_start: int, plain: Callable[[Block], bool]) -> Block | None:
    """The plain line right over a news page's first publish line (发布时间：… / a date alone) or its
    story's lead (本报讯…), past navigation; None when there is neither or no plain line over it."""
    for j in range(body_start, min(len(blocks), body_start + _PUBLISH_SCAN)):
        block = blocks[j]
        lead = is_story_lead(block.text)  # 本报讯 / 3月15日，… / 新华社北京2月4日电
        if _is_prose(block.text) and not lead:
            return None
        if not (lead or block.kind == DATE or publish_date(block.text)):
            continue
        for k in range(j - 1, max(body_start, j - 4) - 1, -1):
            above = blocks[k]
            if above.kind == DATE or is_navigation(above.text) or is_image_line(above.text):
                continue  # …and a photo's file name between the headline and the lead
            if not (above.kind in (HEADING, PARAGRAPH) and plain(above)):
                return None
            if _is_quoted_line(above.text) and k - 1 >= body_start:
                # 《某县人民政府关于…的通知》 under a headline that names no kind: the document the
                # story is about, printed as a deck; the headline above it is the page's
                top = blocks[k - 1]
                if top.kind in (HEADING, PARAGRAPH) and plain(top) and not kind_of(top.text):
                    return top
            return above
        return None
    return None


# A headline printed after a media tag in round brackets (vocab.heads.MEDIA_TAG_WORDS): (有片)人大新闻发布会：今年… /
# （视频）某某县召开… ; the tag alone ((组图)) or over a short rest is no headline
_MEDIA_TAGGED_RE = compile_re(
    rf"^[（(]\s*(?:{'|'.join(sorted(MEDIA_TAG_WORDS, key=len, reverse=True))})\s*[）)]\s*[^\s（()）]{{6}}"
)


_STACKED_LINE_MAX = 8  # each line of a headline set in short lines (市十七届 / 人大五次会议 / 主席团召开 / 第四次会议)
_STACKED_LINES = (2, 5)
_STACKED_MIN = 8  # the headline whole: as long as a plain title line (layout.documents._plain: 8)
_STACKED_LEAD_REACH = 120  # the lead's first characters, which tell the headline's words again
_STACKED_PUNCT = frozenset("，。；：:、！？!?,;|｜>＞»【】[]")


def _stacked_headline(blocks: list[Block], body_start: int) -> tuple[int, int] | None:
    """(top, end) of a headline set in short lines right over its story's lead (past a reporter's line), each
    shorter than a title line, together a headline (pages19, SOURCES lifeyk-2021): 市十七届 / 人大五次会议 / 主席团召开 /
    第四次会议 / □融媒记者 X / 本报讯 1月21日，市十七届人大五次会议主席团召开第四次会议。… . The lead tells the
    headline again: at least half of its lines stand in the lead's first words, so a menu printed one entry a
    line (首页 / 新闻中心 / 政务公开) over an untitled lead is never read as one, nor a list of units or names the lead
    names apart (县委 / 县政府 / 县人大 → 县委、县政府…); None otherwise."""
    stop = min(len(blocks), body_start + _HEAD_WINDOW)
    j = next((k for k in range(body_start, stop) if is_story_lead(blocks[k].text)), None)
    if j is None or any(_is_prose(b.text) for b in blocks[body_start:j]):
        return None
    end = j
    while end > body_start and (REPORTER_LINE_RE.match(blocks[end - 1].text) or BYLINE_RE.match(blocks[end - 1].text)):
        end -= 1  # □融媒记者 颜元滔 / 记者 X 通讯员 Y
    top = end
    while (
        top > body_start
        and end - top < _STACKED_LINES[1]
        and blocks[top - 1].kind in (HEADING, PARAGRAPH)
        and 2 <= len(text := blocks[top - 1].text.strip()) < _STACKED_LINE_MAX
        and not any(ch in _STACKED_PUNCT for ch in text)
        and not text[:1].isdigit()
        and not (is_navigation(text) or is_site_chrome(text) or is_image_line(text))
    ):
        top -= 1
    lines = [blocks[k].text.strip() for k in range(top, end)]
    if not _STACKED_LINES[0] <= len(lines) or len("".join(lines)) < _STACKED_MIN:
        return None
    lead = compact(blocks[j].text[:_STACKED_LEAD_REACH])
    told = sum(1 for line in lines if compact(line) in lead)
    # …and tells it as one run: at least half of the breaks between its lines stand joined in the lead (市十七届人大五次会议).
    # A menu or a roster printed one entry a line (县委 / 县政府 / 县人大 / 县政协; 张三 / 李四 / 王五 / 赵六) is named in a
    # lead apart (县委、县政府…; 张三、李四…): no headline (rev19)
    runs = sum(1 for a, b in itertools.pairwise(lines) if compact(a + b) in lead)
    return (top, end) if 2 * told >= len(lines) and 2 * runs >= len(lines) - 1 else None


def _chrome_over_headline(blocks: list[Block], at: int, to: int, first: Block, plain: Callable[[Block], bool]) -> bool:
    """Whether ``first`` (``blocks[at]``), a line above the plain line ``blocks[to]`` that stands right over the
    story's lead or publish line, is the site's chrome rather than the headline (pages19): a block of page
    furniture, two lines or more that no title is made of, stands between them (设为主页收藏本页 / 社交网站： /
    当前报章2019年06月05日 / 今日导读 / 字体： 放大 还原 缩小 / 市政咨委会召开特别大会 / 【特讯】…). A headline over
    its sub-headlines (every line between plain) or over one byline and its sub-headline keeps its place, and so
    do a headline over a question printed as the deck (layout.doubt reads the deck as no title) and a bulletin's
    name over its issue and its items' heads."""
    end = headline_end(blocks, at)
    if end > to or doubtful_title(blocks[to].text) is not None:
        return False  # …为什么不能直接“不提请”呢？ over the lead: a question, no headline
    if is_bulletin(first.text, blocks[at + 1].text):
        return False  # 某某简报 / （第二期） / 【领导动态】 / ●某某会议召开: the bulletin's name is its title (titles round 15)
    # no line between is the story's prose: _line_over_publish_line stops at prose
    return sum(1 for b in blocks[end:to] if not plain(b)) >= _CHROME_BLOCK_MIN


_CHROME_BLOCK_MIN = 2  # furniture lines between: one is a headline's byline, two or more the site's chrome


def _is_quoted_line(text: str) -> bool:
    """A line that is one title inside 《》 and nothing else."""
    t = text.strip()
    return t.startswith("《") and t.endswith("》") and t.count("《") == 1


_ARTICLE_START_RE = compile_re(r"^第[一1]\s*(?:条|章)")


# Kinds of a plan or policy that a page may print alone under its title (某县2019年安全生产工作要点)
PLAN_KINDS = frozenset({"方案", "要点", "计划", "规划", "意见", "措施", "纲要", "办法", "细则", "规定", "规则", "条例"})
# A book's or a serial's chapter heading, never a page's headline (a novel's chapter over its prose; a law's
# 第一章 总则 under a lost title): 第104章 连江座谈会（2 / 2） / 第十二回 (headlines round 14). Not 第二节 …: a
# chronicle's section is titled so (第二节 大兴乡换届选举)
_CHAPTER_HEAD_RE = compile_re(rf"^第\s*[0-9０-９{CN_ORDINALS}百千零〇两]{{1,6}}\s*[章回](?![^\s（(]{{0,2}}[会届次])")
# Kinds of an announcement whose body is its points (一、… / （一）…): printed whole under its title, it is a
# document though the page keeps no number, signature or date (headlines round 14)
ANNOUNCEMENT_KINDS = frozenset({"通告", "公告", "通知", "通报"})
_OUTLINE_START_RE = compile_re(
    r"^(?:一[、．.]|[（(]一[）)]|第[一1]\s*(?:条|章|部分|篇))"
)  # 第一篇: a plan in parts (s11-heads11)
_OUTLINE_SCAN = 4  # prose lines of a preamble between the title and the outline's first heading


# a notice's first words, issuing or forwarding the piece it carries: 现将《…》印发给你们
_ISSUES_PIECE_RE = compile_re(r"现将[^。]{0,30}《[^《》]{2,80}》[^。]{0,10}(?:印发|转发|下发|发)给")


# a plan's cover month under its issuer's line: 2021年9月 / 2021 年 9 月 (no day: no date; layout.fields
# reads the cover's body over it)
COVER_MONTH_RE = compile_re(r"^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*$")


def _signed_by_a_site(blocks: list[Block], tail: int) -> bool:
    """Does the text (up to ``tail``) end in a website's name over a date (某某新闻网 / 2021年12月20日): a repost's
    stamp, not a body's signature? (headlines round 14)"""
    last = [b for b in blocks[:tail] if b.text.strip()][-2:]
    return len(last) == 2 and is_site_name(last[0].text.strip()) and is_date_line(last[1].text.strip())


def _outline_follows(blocks: list[Block], i: int, title: str) -> bool:
    """Does an outline's first heading (一、 / （一） / 第一章) follow within a few blocks under the title
    ending at ``blocks[i - 1]``, past a preamble of prose (and the page's date)? Not when the preamble
    names the title in 《》 (现将《…方案》印发给你们): the text is the notice that issues the plan, whose
    own title the page did not keep."""
    cover = False  # 苏尼特右旗人民政府 / 2021年9月 under the title: the plan's own cover (s11-heads11)
    for block in blocks[i : i + _OUTLINE_SCAN]:
        text = block.text
        if (f"《{title}》" in text and not cover) or _ISSUES_PIECE_RE.search(text):
            return False  # (a plan's preface names itself in 《》 under its cover: 本纲要根据…编制)
        if _OUTLINE_START_RE.match(text):
            return True
        if _is_issuer_line(block) or COVER_MONTH_RE.match(text):
            cover = True
            continue
        if not (block.kind == DATE or "。" in text or "：" in text or is_navigation(text)):
            return False  # a line that is no prose: the text under the title is no document's body
    return False


def _articles_follow(blocks: list[Block], i: int) -> bool:
    """Do the rules' articles (第一条 / 第一章) start right under the title ending at ``blocks[i - 1]``,
    past the page's chrome (如题所述, 第1个回答…) and an adoption or date line?"""
    for block in blocks[i : i + 4]:
        text = block.text
        if _ARTICLE_START_RE.match(text):
            return True
        if not (is_navigation(text) or ADOPTED_RE.match(text) or block.kind == DATE):
            return False
    return False


def untitled_cover(blocks: list[Block], body_start: int, spans: list[DocumentSpan]) -> DocumentSpan | None:
    """An untitled notice printed before the first titled document: its recipients line opens
    the text and a signature with a date closes it, above the document it forwards
    (各镇政府、各街道办事处： / …现转发给你们。 / 金乡县农业局 金乡县财政局 / 2018年6月22日 /
    山东省农业厅 山东省财政厅关于…的通知). Only a signed one: unsigned lines above a title are
    the page's head."""
    if not spans or spans[0].start <= body_start:
        return None
    first = spans[0].start
    head = blocks[:first]
    found = untitled_span(head, body_start)
    if found is None:
        return None
    return replace(found, end=first) if _signed_from(head, found.start) else None
