"""Stage 6: the fields of one document — number, recipients, issuer, date, attachments,
citations — read from its blocks and its metadata block.

Where a website metadata block is present, number and date come from it (it is typed in by
the publisher, the printed header is OCR'd or converted); the printed header fills the rest.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from .. import codes
from .._pattern_cache import compile_re
from ..data import Attachment, Citation, DocNumber, Document, LineSpan, WarningRecord, warning
from ..grammars.dates import (
    LINE_DATE,
    LINE_DATE_RE,
    garbled_date,
    is_date_line,
    keyed_date,
    lost_day_date,
    lost_marks_date,
    marks_lost_elsewhere,
    parse_date,
    roc_bare_date,
)
from ..grammars.docnumber import AGENCY_STOP_WORDS, read_doc_number, scan_doc_numbers
from ..grammars.units import split_units
from ..text.newshead import publish_date
from ..text.normalize import ORG_DATE_LINE_RE
from ..vocab.common import CJK as _CJK
from ..vocab.common import (
    DOC_KIND_ALTERNATION,
    DOC_KIND_SUFFIXES,
    DOC_KINDS,
    ISSUER_SUFFIX_ALTERNATION,
    ISSUER_SUFFIXES,
    METADATA_KEYS,
    OFFICIAL_KINDS,
    OUTER_BRACKETS,
    WRITING_KEYS,
    alternation,
    compact,
)
from ..vocab.datelines import (
    ADOPTION_NOTE_LABELS,
    LAW_DATABASE_DATE_KEYS,
    LAW_DATABASE_KEYS,
    NOTICE_CLOSINGS,
    SIGNATURE_DATE_SEPARATORS,
)
from ..vocab.docnumber import NUMBER_KEYS_ELSEWHERE
from ..vocab.heads import (
    ATTACHMENT_BUTTON_PATTERN,
    RECIPIENT_NOT_UNIT_PATTERN,
    RECIPIENT_NOT_UNIT_WORDS,
)
from ..vocab.numerals import CN_ORDINALS
from ..vocab.signers import SIGNING_POSTS
from ..vocab.tasks import PLACE_LEVELS
from .blocks import DATE, HEADING, ITEM, PARAGRAPH, SIGNATURE, TABLE_ROW, Block, over_publication_note
from .documents import COVER_MONTH_RE, PERIODICAL_SERIAL_RE, DocumentSpan, split_title_number
from .heads import is_bulletin, is_keyed_short_body, keyless_disclosure, numbers_dropped, sends_to_own_kind
from .metadata import metadata_of, printed_pairs
from .news import foot_story_date, head_story_date, is_posting_stamp, is_site_clock, release_foot_day
from .recognize import (
    ADOPTED_RE,
    RULE_LINE_RE,
    bracketed_date,
    clean_title,
    date_number_line,
    delivered_date,
    history_line,
    is_recipients,
    kind_of,
    number_of_line,
)
from .serials import PROMULGATION_WINDOW, decree_number, promulgation_head, promulgation_number, serial_line
from .storyday import is_photo_caption, lead_day, opens_on_range, year_lead_day

ATTACHMENT_LIST_RE = compile_re(r"^附件\s*[：:]\s*(?P<rest>.*)$")
ATTACHMENT_HEADING_RE = compile_re(r"^附件\s*(?P<n>\d{1,2})?\s*[：:.．、]?\s*(?P<title>.*)$")
# The numbers of a list of attachments on one line: "1. 平谷区…运行机制 2. 平谷区…管理机制",
# "1、X；2、Y", "1.2022年X2.Y" (the spaces before a digit folded away). A number stands after the
# line's start, a space, a separator, a closing mark or a Chinese character, never after a digit
# (2021.3 holds no 21.).
ATTACHMENT_NUMBER_RE = compile_re(
    rf"(?:^|(?<=[\s；;，,。》”）)]))(?P<n>\d{{1,2}})[.、．]|(?<=[{_CJK}])(?P<glued>\d{{1,2}})[.、．]"
)
_ATTACHMENT_LINE_MAX = 80  # 附件1：X on its own line: a label, not a sentence that starts so
CITED_TITLE_RE = compile_re(
    r"""
    《(?P<title>[^《》\n]{2,120})》            # 《国务院办公厅关于坚决制止耕地“非农化”行为的通知》
    (?:\s*[（(](?P<paren>[^（）()，,；;]{4,40})      # （国办发明电〔2020〕24号）
       (?:[，,；;][^（）()]{0,40})?[）)])?          # （国发〔2004〕20号，以下简称《决定》）
    """,
    re.VERBOSE,
)
# What a cited title ends with for it to be a document (a law, regulation, notice, plan …)
_CITABLE_ENDS = (*DOC_KIND_SUFFIXES, "法", "纲要", "章程", "准则", "标准", "目录", "名录", "公约", "协定", "宪法")


# 制定《平谷区落实耕地保护任务工作方案》: a document still to be written is not cited.
_TO_BE_WRITTEN = ("制定", "研究制定", "起草", "编制", "出台", "修订", "印发")


def split_recipients(text: str) -> list[str]:
    """各乡镇人民政府、街道办事处，区政府各委、办、局、中心，各公司： → 4 recipients.

    The unit-list grammar of tasks (:mod:`gazette_extract.grammars.units`): collectives stay
    whole (区政府各委、办、局、中心 ; 各省、自治区、直辖市人民政府), a shared suffix is distributed
    (河北、山西省人民政府 → 河北省人民政府, 山西省人民政府), and a line that is not a clean list
    (a title run into it) gives none.
    """
    return split_units(text.strip().rstrip("：:").strip())


# audit20: a recipient holding a word or a form no unit's name holds (vocab.heads.RECIPIENT_NOT_UNIT_WORDS /
# _PATTERN: 以下简称, 公开, 关于印发, a telephone number, a year)
_NOT_RECIPIENT_RE = compile_re(
    "|".join(sorted(RECIPIENT_NOT_UNIT_WORDS, key=len, reverse=True)) + "|" + RECIPIENT_NOT_UNIT_PATTERN
)


def _not_a_recipient(item: str) -> bool:
    """Is ``item`` (one recipient split from a recipients line) no unit's name: 做好…工作 / 经办公室审核后公开 /
    安神殡仪4000253450市政府直属各单位 / 一?"""
    return _NOT_RECIPIENT_RE.search(item) is not None


def _signature_issuer(block_texts: list[str]) -> str | None:
    """Joint issuers, on separate lines or side by side (国务院办公厅 中央军委办公厅), joined with 、;
    or glued on one line, each naming the same place (某某县财政局某某县教育局)."""
    parts: list[str] = []
    for text in block_texts:
        pieces = text.split()
        if len(pieces) > 1 and all(p.endswith(ISSUER_SUFFIXES) for p in pieces):
            parts.extend(pieces)
        else:
            parts.extend(_glued_bodies(text.strip()) or [text.strip()])
    return "、".join(parts) or None


# The place a body's name opens with (江西省 / 某某县 / 中共某某县委's 某某县): glued joint bodies repeat it
_PLACE_OPENING_RE = compile_re(rf"^(?:中共)?(?P<place>[{_CJK}]{{1,8}}?[省市县区州盟旗])")
_GLUED_MAX = 60  # two or three bodies' names


def _glued_bodies(text: str) -> list[str] | None:
    """The bodies of a signature line whose joint bodies lost the breaks between them, each opening
    with the same place (江西省森林防火灭火指挥部江西省林业局 → 江西省森林防火灭火指挥部, 江西省林业局;
    中共某某县委某某县人民政府 → 中共某某县委, 某某县人民政府); None for one body's name
    (某某县人民政府办公室: 办公室 names no place)."""
    if len(text) > _GLUED_MAX or (m := _PLACE_OPENING_RE.match(text)) is None:
        return None
    place = m.group("place")
    parts: list[str] = []
    start, k = 0, text.find(place, m.end())
    while k != -1:
        cut = k - 2 if text[k - 2 : k] == "中共" else k
        head = text[start:cut]
        if len(head) >= _BODY_NAME_MIN and head.endswith(ISSUER_SUFFIXES) and head not in ISSUER_SUFFIXES:
            parts.append(head)
            start = cut
        k = text.find(place, k + len(place))
    last = text[start:]
    if not parts or len(last) < _BODY_NAME_MIN or not last.endswith(ISSUER_SUFFIXES):
        return None
    return [*parts, last]


# Decree numbers are written with or without the state's name: 中华人民共和国国务院令第707号 is 国令第707号.
_AGENCY_ALIASES = {"中华人民共和国国务院令": "国令", "国务院令": "国令"}


def _number_key(number: DocNumber) -> tuple[str, int | None, int]:
    agency = number.agency
    return (_AGENCY_ALIASES.get(agency, agency.removeprefix("中华人民共和国")), number.year, number.serial)


# The kind of the piece a number key's value names after the number (發文字號：府秘文字第1050123335號函,
# 某政办发〔2019〕5号文): no part of the number
_KEYED_KIND_TAIL_RE = compile_re(r"(?<=号)[ \t\u3000]*(?:函|令|文件|文)[ \t\u3000]*$")


def _clock_dated(doc_blocks: list[Block], date: str) -> bool:
    """Is ``date`` the date of the document's first date line, and that line the site's clock (the date with its
    own weekday: 2024年03月29日 / 星期五)?"""
    k = next((k for k, b in enumerate(doc_blocks) if b.kind == DATE), None)
    return k is not None and parse_date(doc_blocks[k].text) == date and is_site_clock(doc_blocks, k)


def _keyed_number(value: str) -> DocNumber | None:
    """The document number a number key's value holds, the kind named after it dropped."""
    return read_doc_number(value) or read_doc_number(_KEYED_KIND_TAIL_RE.sub("", value))


def read_fields(blocks: list[Block], span: DocumentSpan) -> tuple[Document, list[WarningRecord]]:
    """number, recipients, issuer, date, attachments, citations and lines of one document (its
    records come later), and the warnings of reading them."""
    meta = span.metadata
    doc_blocks = blocks[span.start : span.end]
    header = blocks[span.title_end : min(span.end, span.title_end + 6)]
    printed = dict(span.printed)
    if len(header) > 1 and (under := _fields_under_title(header[:_UNDER_TITLE])):
        # 皖政[1985]38号 / 頒布時間:1985-05-04 00:00:00.000 發文單位:安徽省人民政府: a law database's
        # fields on a line under the title and number, two pairs side by side
        meta = {**under[0], **meta}
        printed = {**printed, **{k: v for k, v in under[1].items() if k not in printed}}

    number = _keyed_number(meta["doc_number"]) if meta.get("doc_number") else None
    glued_date: str | None = None  # a date glued between the number and the recipients
    if number is None:
        # under the title, or above it in a red-head layout (文件 masthead / 文号 / title)
        for block in header[:3] + blocks[span.start : span.title_start]:
            if found := number_of_line(block.text):
                number = found
                break
    bracket = next((m for b in header[:2] if (m := date_number_line(b.text))), None)
    # title / 重庆市人民政府 / title / （重府发〔1995〕101号 一九九五年六月五日）: a law database's copies
    # of the title and its names line stand between the title read and the line under them
    after = _after_title_copies(blocks, span)
    if bracket is None and after is not None:
        bracket = date_number_line(after.text)
    if number is None and bracket is not None:
        number = read_doc_number(bracket.group("number"))  # （2015年3月5日 京政发〔2015〕7号）
    # （1984年7月4日陕政发〔1984〕88号公布 根据2011年…令第148号修订）: a rule's history under its title
    history = history_line(header[0].text) if header else None
    if history is None and after is not None:
        history = history_line(after.text)
    if number is None and history is not None:
        number = history[1]
    if number is None and header and span.title.endswith("令"):
        # the decree's number is its title's body + the serial: 北京市平谷区人民政府令 / 第3号 ;
        # 某某部令 / 2023年第5号 ; 某市人民政府令 / （第三号）
        number = decree_number(span.title, header[0].text)
    if number is None and header:
        # 某某条例 / （…会议通过） / 某某省人民代表大会常务委员会公告 / 第28号: rules carry the number
        # of the announcement that promulgates them
        number = promulgation_number([b.text for b in header[:PROMULGATION_WINDOW]])
    # 某某公告 (第十七号) / 《某某条例》…现予公布… / 某某常务委员会 / 1994年1月26日 / 某某条例: a law database
    # prints the promulgating announcement over the rules' title; its number, signer and date are the rules'
    promulgated = _promulgated_above(blocks, span) if number is None else None
    if promulgated is not None:
        number = promulgated[0]
    if number is None and span.contents and span.contents.doc_number:
        number = span.contents.doc_number
    order_head = _order_head(header)
    if order_head is not None and number is None:
        number = order_head[0]  # 總統令 / 中華民國九十一年六月二十六日 / 華總一義字第○九一○○一二五二五○號
    if number is None:
        # 【正】鄂政办发[2007]114号各市、州、县人民政府，省政府各部门：… (a database's excerpt: the red
        # head's number glued before the recipients that open the body)
        glued = next((pair for b in doc_blocks[:3] if (pair := _number_before_recipients(b.text))), None)
        number, glued_date = glued if glued is not None else (None, None)
    if number is None:
        # 某县人民政府办公室　某政办发〔2019〕12号 under the title, 文件号：… under a key no table
        # knows, or the print line at the foot (…2019年6月3日印发（某政办发〔2019〕12号）)
        head = list(itertools.takewhile(lambda b: not _opens_body(b.text), header))
        number = _furniture_number(head + blocks[span.start : span.title_start], doc_blocks[-4:])

    recipients: list[str] = []
    notes: list[WarningRecord] = []
    for block in header:
        if block.kind in (PARAGRAPH, HEADING) and is_recipients(block.text):
            if not metadata_of(block):
                recipients = split_recipients(block.text)
                if any(_not_a_recipient(r) for r in recipients):
                    # a sentence ending in a colon, or furniture run onto the recipients line (audit20)
                    recipients = []
                    notes.append(warning(codes.UNIT_LIST_UNCLEAR, f"recipients withheld: {block.text}", block.line))
            break
        if block.kind in (ITEM, TABLE_ROW) or (block.kind == PARAGRAPH and len(block.text) > 60):
            break
    if not recipients and meta.get("recipients"):
        recipients = split_recipients(meta["recipients"])
        if any(_not_a_recipient(r) for r in recipients):
            recipients = []  # a keyed 主送 holding a sentence: none (audit20)

    issuer, date = _issuer_and_date(doc_blocks)
    if promulgated is not None and issuer is None and date is None:
        issuer, date = promulgated[1]
    if (
        span.news
        and issuer is None
        and date is not None
        and (date == meta.get("published") or _clock_dated(doc_blocks, date))
    ):
        # a news page's publish line or page date above the story (2017-01-06 08:00 / • 2023-06-09), or the site's clock
        # over its masthead (2024年03月29日 / 星期五: dates19), is no 成文日期: the story dates it (layout.news); a date
        # under the text (2018年11月 12 日) is one
        dated = next(k for k, b in enumerate(doc_blocks) if b.kind == DATE)
        prose = next((k for k, b in enumerate(doc_blocks) if "。" in b.text), len(doc_blocks))
        if dated < prose or is_posting_stamp(doc_blocks[dated].text):
            # …and a posting time wherever it stands: 2022-01-24 09:43 under a summary printed over the headline
            # again is the page's, never the story's 成文日期 (ndates21)
            below = next((b for b in doc_blocks[max(prose, dated + 1) :] if b.kind == DATE), None)
            date = parse_date(below.text) if below is not None else None
            if date is not None and kind_of(span.title) in OFFICIAL_KINDS:
                # an official notice reprinted on a news page: its signature over that date signs it
                # (宁夏回族自治区人民政府 / 2020年3月5日 under a 公告 whose page prints 2020-03-05 15:43:00)
                issuer = _issuer_and_date(doc_blocks[prose:])[0]
    if (
        issuer is None
        and not meta.get("published")
        and kind_of(span.title) not in OFFICIAL_KINDS
        # a bulletin's name over its issue (某某工作简报 / （第二期）): the date at its end is its own, its items'
        # days are no lead's (titles round 15)
        and not is_bulletin(span.title, blocks[span.title_end].text if span.title_end < len(blocks) else "")
        and (foot := foot_story_date(blocks, span.title_end, span.end)) is not None
        and foot[1] is not None
    ):
        # a story whose page prints the publish day at its foot: the lead's day, resolved against
        # it (…6月3日上午，… / （责任编辑：X） / 2019年06月04日), never that publish day itself (a lead
        # that dates nothing keeps the date at the foot: an unsigned page's own, as labelled)
        date = foot[1]
    if (
        date is None
        and issuer is None
        and not meta.get("published")
        and (released := release_foot_day(blocks, span.title_end, span.end)) is not None
    ):
        # 2018年8月17日（星期五） / 香港时间14时00分 / 香港时间14时00分: a government press release's own day at its foot,
        # when its lead dates nothing (the release's day, as a signature's; dates19)
        date = released
    if (
        span.news
        and issuer is None
        and date is not None
        and (lead := next((b.text for b in blocks[span.title_end : span.end] if b.kind in (PARAGRAPH, HEADING)), None))
        is not None
        and opens_on_range(lead)
    ):
        date = None  # 10月19-20日，… over the page's stamp: the event's days, no one day (titles round 15)
    if span.lead and issuer is None:
        # a headline glued to its lead on one line (layout.news.glued_headline): the lead's day dates the story,
        # against the page's foot stamp, or by its own year; the stamp alone is the publish time (titles round 15)
        foot_stamp = foot_story_date(blocks, span.title_end, span.end)
        date = (lead_day(span.lead, foot_stamp[0]) if foot_stamp is not None else None) or year_lead_day(span.lead)
    if (
        date is None
        and issuer is None
        and not meta.get("published")
        and kind_of(span.title) not in OFFICIAL_KINDS
        and (over := head_story_date(blocks, span.title_start, span.title_end, span.end)) is not None
    ):
        # 第A02版：要闻  2019年06月04日 / headline / 本报讯 6月3日，…: the e-paper's date over the headline
        # resolves the lead's day (never dates the story itself: the lead must say its day)
        date = over[1]
    adopted = (
        next((b for b in header[:2] if ADOPTED_RE.match(b.text)), None)
        or _adopted_under_byline(header)
        or _adopted_in_title(blocks[span.title_end - 1])
        or _adopted_wrapped(header[:4], span.title)
        # the title printed again under the page's byline with the note glued to it (lqhxgl, s11-heads11)
        or next((n for b in header[:3] if _is_title_again(b, span.title) and (n := _adopted_in_title(b))), None)
    )
    if adopted is not None and date is None:
        date = parse_date(adopted.text)  # （2021年1月20日…第三十次会议通过）: a congress decision's date
    if history is not None and date is None:
        date = history[0]  # the first event of the history: its adoption or promulgation
    if date is None and not span.news:
        # title / 某府发〔2017〕9号 / （2017年5月10日）: a collection prints the date under the title
        date = next((d for b in ([*header[:3], after] if after else header[:3]) if (d := bracketed_date(b.text))), None)
    if date is None and issuer is None and span.news and meta.get("published"):
        # a transcript or speech reprinted on a news page: its day in a bracket under the headline,
        # perhaps printed again over it (…新闻发布会实录 / 2024-09-02 15:33 来源：… / 某某 / 新闻发布会实录 /
        # （2024年9月2日）: dates round 14) — the day of what it records, on or before the publish day
        date = _bracketed_under_headline(header, meta["published"])
    if (
        date is None
        and (digits := _digits_over_number(header[:4]))
        and not numbers_dropped([b.text for b in doc_blocks])
    ):
        date = digits  # 201276 / 赣发〔20128: the red head's date and number, both lost their marks (s11-heads11)
    meta_date = keyed_date(meta["date"]) if meta.get("date") else None
    if meta_date and date and meta_date != date:
        posted = {keyed_date(meta[k]) for k in ("published", "created") if meta.get(k)}
        if span.news and issuer is None and date in posted and meta_date not in posted:
            # 来源：新华网 / 2022-02-28 11:17 read as a signature's date under a news story whose lead dates its event
            # (国务院2022年2月24日决定：…): the posting time is no signature; the story's own day is (tpages21)
            kept, other = meta_date, date
        elif meta_date in posted or not any(key in _WRITTEN_DATE_KEYS for key in span.printed):
            # a CMS that fills 成文日期/发文日期 with the day it posted the page (kaizhou: 2020-07-16,
            # the day of 发布日期, for a notice signed 2018-02-27): the signature's date is the one;
            # so too when the block names no 成文日期: 发文日期：2020年05月07日 over a notice signed
            # 2020年4月23日 (蔚县) is the day it was sent out, not the day it was signed
            kept, other = date, meta_date
        else:
            # a database's 成文日期 (gov.cn) over a printed date mistyped or mis-converted
            kept, other = meta_date, date
        notes.append(
            warning(codes.METADATA_DIFFERS, f"date {kept} kept; the page also gives {other}", blocks[span.start].line)
        )
        date = kept
    date = date or meta_date
    if (
        date is None
        and meta.get("published")
        and _law_database_run(_page_head(blocks, span) + _under_title(blocks, span))
        and not any(_REVISED_RE.search(b.text) for b in header[:4])
        and (keyed := keyed_date(meta["published"])) is not None
        and all(parse_date(m.group()) in (None, keyed) for b in header[:4] for m in LINE_DATE_RE.finditer(b.text))
    ):
        # 【发布日期】1990-04-01 【生效日期】…: a law database's promulgation day (dates round 14) — not
        # for a rule revised since (（根据某某省人民政府令第5号修改）: that day is the first text's), nor
        # under a note dated another day (（1995年10月24日某某省人民政府 / 印发）: two days, round 12)
        date = keyed
    if date is None and order_head is not None:
        date = order_head[1]  # the order's date under its head (Taiwan's orders print no date under the signature)
    date = date or glued_date  # 赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府，…：
    if date is None and bracket is not None and number is not None:
        date = parse_date(bracket.group("date"))  # the law database's date beside the number
    if date is None:
        # ——2019年1月16日在某某市第十五届人民代表大会第五次会议上: a report's delivery line
        date = (
            next((d for b in header[:3] if (d := delivered_date(b.text))), None)
            or next((d for b in blocks[span.title_start : span.title_end] if (d := _delivered_in_line(b.text))), None)
            # a forum's or portal's chrome between the headline and the report, the title printed again
            # over its delivery line (发表于 … / 2023年某市政府工作报告 / ---2023年1月30日在…会议上: dates round 14)
            or _delivered_under_title_again(
                blocks[span.title_end : min(span.end, span.title_end + _AGAIN_SCAN)], span.title
            )
        )
    if date is None and not span.news:
        # 成文日期：2019-06-01 alone on a line over the title, or 发文日期：… under it, and no
        # signature's date: the one date the page gives the document
        date = _keyed_value(_keyed_lines(blocks, span), "date")
    if (
        date is None
        and (not span.news or kind_of(span.title) in OFFICIAL_KINDS)  # a notice reposted under a byline too
        and (runon := _runon_date(doc_blocks)) is not None
    ):
        # …认真组织政府信息公开目录编制工作。 二OO八年五月二十三日 呼和浩特市政府信息公开目录编制规则 根据…:
        # a page that lost its line breaks, the date (perhaps under its signature) between the notice's
        # last sentence and the heading of what it encloses
        issuer, date = issuer or runon[0], runon[1]
    if date is None and issuer is None and not meta.get("published") and kind_of(span.title) not in OFFICIAL_KINDS:
        # a story stored without any publish day whose lead states its event's whole date
        # (黑龙江省文物管理委员会于1988年12月25日下午,在省图书馆召开了…): that day
        # (a photo's caption over it is no lead: 台南市长黄伟哲（右）22日公布…。（图/中央社） — dates round 18)
        lead = next(
            (b.text for b in blocks[span.title_end : span.end] if "。" in b.text and not is_photo_caption(b.text)), None
        )
        date = year_lead_day(lead) if lead is not None else None
        if date is None and not span.title:
            # an untitled report (its records make it one) whose dated paragraph is not the first: an
            # encyclopedia entry's account under its opening description (…是某某市的行政管理机关。 /
            # 2020年10月21日，决定任命：…): a paragraph among the first few that opens on its whole date
            # and reports the session or decision (dates round 14)
            said = [b.text for b in blocks[span.title_end : span.end] if "。" in b.text][1:_DATED_PARAS]
            date = next((d for text in said if _YEAR_OPENS_RE.match(text) and (d := year_lead_day(text))), None)
    if issuer is None and date is None and (masthead := _bulletin_masthead(blocks, span.start)) is not None:
        issuer, date = masthead  # 第20期 / 寿县人民政府督查室 2022年8月19日 / the bulletin's title
    if issuer is None and date is None:
        # • 005299478/2022-00137 / • 新郑市卫生健康委员会 / • 应急 / • 2022-08-10 / • 2022-08-10 over the title:
        # a disclosure block whose keys were lost (s11-heads11)
        heads = [b.text for b in blocks[max(0, span.title_start - _KEYLESS_SCAN) : span.title_start]]
        issuer, date = keyless_disclosure(heads, ISSUER_SUFFIXES) or (None, None)
    if issuer is None and date is None and (cover := _plan_cover_body(header)) is not None:
        issuer = cover  # 某某旗人民政府 / 2021年9月 under a plan's title: its cover (s11-heads11)
    if issuer is None:
        issuer = _red_head_issuer(blocks[max(0, span.start - 3) : span.title_end + 8])
    if issuer is None:
        issuer = _masthead_issuer(blocks[max(0, span.start - 3) : span.title_start])  # a red head without number
    if issuer is None:
        issuer = _issuer_between_titles(
            blocks[span.title_end : min(span.end, span.title_end + _COPIES_SCAN)], span.title
        )
    if issuer is None:
        # (from the span's start: the title read may be the rules' own, printed under the names line)
        issuer = _names_under_title_copy(blocks[span.start : min(span.end, span.title_end + _COPIES_SCAN)], span.title)
    if issuer is None and span.start >= 2 and span.start == span.title_start:
        # …的通知(2000年) / 国务院关税税则委员会 / …的通知: the copy above opened no document, the names
        # line between the copies is the issuer as when the document opens at the first copy
        first_copy = blocks[span.start - 2].text
        if _compact_title(split_title_number(first_copy)[0]) == _compact_title(span.title):
            issuer = _issuer_between_titles([blocks[span.start - 1], blocks[span.start]], span.title)
    if issuer is None and span.title.startswith("关于") and span.title_start >= 2:
        issuer = _names_under_page_title_again(blocks, span.title_start)
    meta_issuer = _joint_issuers(meta.get("issuer"))
    if meta_issuer is None and issuer is None and not span.news:
        # 发布部门：陕西省西安市人民政府 alone on a line beside the title of an unsigned page
        meta_issuer = _keyed_value(_keyed_lines(blocks, span), "issuer")
    if (
        meta_issuer
        and "、" in meta_issuer
        and (title_issuer := _title_issuer(span.title)) is not None
        and title_issuer not in meta_issuer.split("、")
    ):
        meta_issuer = None  # 西安市人民政府关于… / 发布部门：西安市财政局、西安市审计局: the bodies are not its issuers
    if meta_issuer and sends_to_own_kind(meta_issuer, recipients):
        meta_issuer = None  # 发布机构：某某镇人民政府 over a county notice to 各乡镇人民政府: the town reposted it
    # 发文机构：县政府网站 names the website, not an issuer: only an organization counts
    if (
        meta_issuer
        and meta_issuer.endswith(ISSUER_SUFFIXES)
        and (issuer is None or not issuer.endswith(ISSUER_SUFFIXES))
    ):
        issuer = meta_issuer
    keyed_short = issuer is None and meta_issuer is not None and is_keyed_short_body(meta_issuer)
    if keyed_short:
        issuer = meta_issuer  # 发文单位：重庆市人大 on an unsigned law-database page: the body as printed
    if issuer is None and adopted is not None:
        # a congress decision under its （…会议通过） line is signed by no one: issuer null (FORMAT.md),
        # unless a law database's key block under it names the body (• 颁布单位:四川省人大常委会)
        issuer = _printed_issuer(printed)
    if (issuer is not None and not keyed_short and not issuer.endswith(ISSUER_SUFFIXES)) or (
        issuer is None and (span.title.endswith("令") or _decree_body(number))
    ):
        # documents that no organization signs — a decree signed 区长 张三: the body heading the
        # title issued it (or the decree's number: 某某办法 / 某某自治区人民政府令第116号). An
        # ordinary notice without a signature keeps issuer null (and its warning): its text is
        # probably cut short.
        issuer = _title_issuer(span.title) or _decree_body(number) or _signer_body(issuer)
    if issuer is None:
        # (on a news page too: a headline that is a body's name and 公告/通告 alone is the notice itself)
        issuer = _headed_body(span.title)  # 台北市政府函 / 某某县人民政府公告: the body heads its own piece
    if issuer and (full := _title_issuer(span.title)) and full != issuer and full.endswith(issuer):
        issuer = full  # 涪陵区人民政府 (a website's 发布机构) is the title's 重庆市涪陵区人民政府
    if issuer is None and date is None:
        # 某某县人民政府 / 二零一九年六 (the stored excerpt ends there) ; 某某县选举委员会 / **年5月**日 (a
        # site that masks numbers): the signature stands, its date unread
        issuer = _signed_over_unread_date(doc_blocks)
    if issuer and REDACTED_RE.search(issuer):
        issuer = None  # （略）人民政府办公厅 / ××县人民政府: the page withheld the name; nothing invented

    if (
        issuer is None
        and number is None
        and (record := _law_record(blocks[span.start : span.end], anywhere=not span.title)) is not None
        and date in (None, record[0])
    ):
        # 中华民国95年11月21日行政院院授人力字第0950064762号函订定发布全文八点: a Taiwan law database's
        # record of the rule, its title not stored — the day, the body and the letter's number
        date, issuer, number = record
    title = span.title
    document = Document(
        title=title or None,  # an untitled notice: nothing invented
        kind=kind_of(title) if title else None,
        doc_number=number,
        recipients=tuple(recipients),
        issuer=issuer,
        date=date,
        published=_published_day(meta, blocks, span),
        metadata=printed,
        attachments=tuple(read_attachments(doc_blocks)),
        citations=tuple(read_citations(doc_blocks, own=number, title=title)),
        lines=LineSpan(start=blocks[span.start].line, end=blocks[span.end - 1].end_line),
    )
    return document, notes


# Keys whose value is the 成文日期 itself, typed in by a database (gov.cn): it wins over a printed
# date that differs (mistyped or mis-converted); any other date key yields to the signature's date
_WRITTEN_DATE_KEYS = frozenset({"成文日期", "成文时间"})
# A name the page withheld: （略） / (略) / ×× / XX / ＊＊ / ○○ standing for the place
REDACTED_RE = compile_re(r"[（(]\s*略\s*[）)]|[×ＸXx＊*○]{2,}")


def _joint_issuers(value: str | None) -> str | None:
    """Joint issuers a law database or a portal joins with slashes, 、, commas, semicolons or spaces
    (中共中央组织部/中宣部/人事部, 某某县人民政府 某某县财政局) → joined with 、 as the output joins them;
    other values unchanged (a part that names no body: as printed)."""
    if value is None:
        return value
    parts = [p for p in JOINT_SEPARATOR_RE.split(value.strip()) if p]
    if len(parts) < 2:
        return value
    # each part a body's name, none a bare suffix (某某县人民政府 办公室 is one body, letter-spaced)
    bodies = all(p.endswith(ISSUER_SUFFIXES) and p not in ISSUER_SUFFIXES for p in parts)
    return "、".join(parts) if bodies else value


# What joins issuers in a metadata value: 中共中央组织部/中宣部 ; 某某县人民政府、某某县财政局 ; A B
JOINT_SEPARATOR_RE = compile_re(r"[\s\u3000]*[/／、，,；;][\s\u3000]*|[\s\u3000]+")


# The place that opens a masthead wrapped before its body's name (新疆维吾尔自治区 / 人民政府文件)
_MASTHEAD_PLACE_RE = compile_re(rf"^[{_CJK}]{{2,16}}(?:省|市|县|区|州|盟|旗)$")


# The 版头's word printed after the body's name or on a line of its own under it: 某某县人民政府文件 /
# 某某县人民政府办公室 / 明　电 / 某某县人民政府办公室函
_RED_HEAD_WORDS = ("文件", "明电", "函")


def _masthead_name(text: str) -> str:
    """A 版头 line without its word (某某县人民政府文件 → 某某县人民政府)."""
    text = text.strip()
    return next((text.removesuffix(w).strip() for w in _RED_HEAD_WORDS if text.endswith(w)), text)


def _is_masthead_body(block: Block, text: str) -> bool:
    return (
        block.kind in (PARAGRAPH, HEADING, SIGNATURE)
        and 4 <= len(text) <= 30
        and text.endswith(ISSUER_SUFFIXES)
        and not any(p in text for p in "，。：:、（）()【】[] ")
    )


def _joint_masthead(head: list[Block], k: int, text: str) -> str:
    """The bodies of a joint 版头 printed one a line, the last at ``head[k]`` (某某县人民政府办公室 /
    某某县财政局 / 文件), joined with 、 in printed order."""
    names = [text]
    for block in reversed(head[:k]):
        name = _masthead_name(block.text)
        if not _is_masthead_body(block, name) or name in names:
            break
        names.insert(0, name)
    return "、".join(names)


def _red_head_issuer(head: list[Block]) -> str | None:
    """The body named in a red-head layout's 版头, right above the document number:
    贵阳市人民政府办公厅 / —— / 筑府办函〔2020〕78号 → 贵阳市人民政府办公厅 (XX文件 → XX; joint
    bodies one a line → joined with 、)."""
    # ——— / 文件 / 明电 under the 版头
    head = [b for b in head if not RULE_LINE_RE.match(b.text) and compact(b.text) not in _RED_HEAD_WORDS]
    for k, (above, below) in enumerate(itertools.pairwise(head)):
        text = _masthead_name(above.text)
        wrapped = text in ISSUER_SUFFIXES and k and _MASTHEAD_PLACE_RE.match(head[k - 1].text)
        if wrapped:
            text = head[k - 1].text + text  # 新疆维吾尔自治区 / 人 民 政 府 文 件: the masthead wrapped
        if _is_masthead_body(above, text) and len(below.text) <= 40 and number_of_line(below.text):
            return text if wrapped else _joint_masthead(head, k, text)
    return None


_MASTHEAD_ALONE_MIN = 5  # 某某县人民政府: shorter (国务院文件, 部门文件) is an issue's section heading


def _masthead_issuer(head: list[Block]) -> str | None:
    """The body of a 版头 printed without a number under it (某某县人民政府办公室文件 / 关于…的通知), in
    the lines over a document's title; None when there is none."""
    for k, block in enumerate(head):
        text = compact(block.text)
        if (
            text.endswith("文件")
            and _is_masthead_body(block, name := text[:-2])
            and len(name) >= _MASTHEAD_ALONE_MIN
            and not name.startswith(_SECTION_BODIES)
        ):
            return _joint_masthead(head, k, name)
    return None


# A whole issue's section headings name a kind of body, not one (县政府办公室文件, 国务院办公厅文件, 部门文件);
# a 版头 names its body in full, its place first (某某县人民政府办公室文件)
_SECTION_BODIES = ("县", "市", "区", "省", "州", "旗", "镇", "乡", "国务院", "部门", "各")


def _issuer_between_titles(head: list[Block], title: str) -> str | None:
    """A law database's export names the issuing bodies on a line between two copies of the
    title: 关于印发…的通知 / 财政部 国家发展和改革委员会 工业和信息化部 / 关于印发…的通知 /
    财建〔2013〕644号 → 财政部、国家发展和改革委员会、工业和信息化部. Only a line of bodies'
    names and nothing else, followed by the same title, counts."""
    if not title:
        return None
    want = _compact_title(title)
    for above, below in itertools.pairwise(head):
        if (names := _names_of(above)) is not None and _compact_title(split_title_number(below.text)[0]) == want:
            return "、".join(names)
    return None


def _names_of(block: Block) -> list[str] | None:
    """The bodies' names a names line holds (财政部 国家发展和改革委员会), None when it holds anything else."""
    names = block.text.split()
    if (
        block.kind in (PARAGRAPH, HEADING, SIGNATURE)
        and len(block.text) <= 60
        and names
        and all(
            3 <= len(n) <= 30 and n.endswith(ISSUER_SUFFIXES) and not any(p in n for p in "，。：:、；;（）()")
            for n in names
        )
    ):
        return names
    return None


def _opens_under_names(text: str) -> bool:
    """What a law database prints under its names line when no title copy follows: the order's bare serial
    (第63号), a decree's head (中华人民共和国主席令(九届第37号), 某某市人民政府令第16号) or the rules' own title."""
    t = compact(text)
    return (
        len(t) <= 60
        and "。" not in t
        and (serial_line(t) is not None or "令" in t or (kind_of(t) is not None and not t.startswith("第")))
    )


def _names_under_title_copy(head: list[Block], title: str) -> str | None:
    """A law database's export (法律资料网) prints the page's title again under its bar and the issuing body's names
    line under that copy (a second printing at least), then what the document opens on — the order's bare serial, a decree's head or the rules'
    own title (长春市体育市场管理规定 / 作者:… / 长春市体育市场管理规定 / 吉林省长春市人民政府 / 第63号): that names line
    (issues21). :func:`_issuer_between_titles` reads it when a copy of the title follows it instead."""
    if not title:
        return None
    want = _compact_title(title)
    printed = 0  # printings of the title seen so far: the names line stands under the second or a later one
    for above, middle, below in zip(head, head[1:], head[2:], strict=False):
        if _compact_title(split_title_number(above.text)[0]) != want:
            continue
        printed += 1
        if printed >= 2 and (names := _names_of(middle)) is not None and _opens_under_names(below.text):
            return "、".join(names)
    return None


def _names_under_page_title_again(blocks: list[Block], title_start: int) -> str | None:
    """A law database that heads the page with the enclosed rule's name, prints it again over the
    issuing body's names line, then the notice's own title without its body (吉安市…实施细则 / 作者：… /
    吉安市…实施细则 / 江西省吉安市人民政府办公室 / 关于印发吉安市…实施细则的通知: dates round 14): that
    names line; None unless the line over it is a copy of a line printed higher on the page."""
    copy = _compact_title(blocks[title_start - 2].text)
    if len(copy) < _AGAIN_MIN:
        return None
    # the names line first (two blocks), the page above only then: asked once per 关于 document, the scan of every
    # block above made a page of many short documents quadratic (rev22: 3,000 old-series lines, 1.3 s)
    names = _issuer_between_titles([blocks[title_start - 1], blocks[title_start]], blocks[title_start].text)
    if names is None or not any(_compact_title(b.text) == copy for b in blocks[: title_start - 2]):
        return None
    return names


_COPIES_SCAN = 8  # lines under a title searched for the database's copies of it (byline, copy, names, copy)


def _after_title_copies(blocks: list[Block], span: DocumentSpan) -> Block | None:
    """The line under the last copy of the title a law database prints below it, past its names line
    (title / 作者：… / title / 重庆市人民政府 / title / （重府发〔1995〕101号 一九九五年六月五日）):
    where the document's date and number or its history stand; None when no copy is printed there."""
    if not span.title:
        return None
    want = _compact_title(span.title)
    window = blocks[span.title_end : min(span.end, span.title_end + _COPIES_SCAN)]
    last = max(
        (
            k
            for k, b in enumerate(window)
            # (a copy is never shorter than the title: a line that is, is no copy, and is not read)
            if len(b.text) >= len(want) and _compact_title(split_title_number(b.text)[0]) == want
        ),
        default=None,
    )
    return window[last + 1] if last is not None and last + 1 < len(window) else None


def _compact_title(text: str) -> str:
    # a law site adds the year to one copy of the title: …的通知(2000年) is …的通知
    return TITLE_YEAR_TAIL_RE.sub("", compact(text).translate(_TITLE_MARKS))


TITLE_YEAR_TAIL_RE = compile_re(r"[（(](?:19|20)\d\d年?[）)]$")


_TITLE_MARKS = str.maketrans("", "", '《》〈〉“”"')


def _decree_body(number: DocNumber | None) -> str | None:
    """某某自治区人民政府令第116号 → 某某自治区人民政府: the body a decree's number names (a
    decree has no year in its number); None for any other number."""
    if number is None or number.year is not None or not number.agency.endswith("令"):
        return None
    body = number.agency[:-1]
    return body if len(body) >= 4 and body.endswith(ISSUER_SUFFIXES) else None


def _title_issuer(title: str) -> str | None:
    """北京市平谷区人民代表大会常务委员会关于任免…的决定 → 北京市平谷区人民代表大会常务委员会;
    北京市平谷区人民政府令 → 北京市平谷区人民政府. None when the title does not start with one."""
    # 某某县人民政府关于…的命令 ends with 令 too: the body is before 关于, as in any title that has it
    head = title.split("关于", 1)[0] if "关于" in title else title[:-1] if title.endswith("令") else ""
    head = head.strip()
    return head if 2 <= len(head) <= 40 and head.endswith(ISSUER_SUFFIXES) and "《" not in head else None


_HEADED_KINDS = ("公告", "通告", "函")  # a body's own piece headed by its name and kind alone
_HEADED_TAG_RE = compile_re(r"^[【\[［][^】\]］]{1,10}[】\]］][ \t\u3000]*")  # 【精准防控】 / [要闻]
# the piece's serial after its kind: （第47号） / (2022第47号) / （2022年第3号） / （第一号）
_HEADED_SERIAL_RE = compile_re(rf"[ \t\u3000]*[（(][ \t\u3000]*(?:\d{{4}}年?)?第?[\d{CN_ORDINALS}百]{{1,4}}号[）)]$")


def _headed_body(title: str) -> str | None:
    """The body a title names before its kind and nothing else (台北市政府函, 某某县人民政府公告,
    某某市公安局交通警察支队通告): the body issues its own letter or announcement, signed or not;
    None for any other title (关于…的公告 names what it is about, not who issues it)."""
    # 【精准防控】某某指挥部公告（第47号）: a column's tag before it, the piece's serial after its kind
    title = _HEADED_SERIAL_RE.sub("", _HEADED_TAG_RE.sub("", title.strip()))
    kind = next((k for k in _HEADED_KINDS if title.endswith(k)), None)
    if kind is None or "关于" in title:
        return None
    body = title.removesuffix(kind)
    ok = 3 <= len(body) <= 30 and body.endswith(ISSUER_SUFFIXES) and body not in ISSUER_SUFFIXES
    return body if ok and all(c not in body for c in "《》（）()，,、 ") else None


# A leader's signature: a post, then the holder's name after a space (国务院总理 周恩来, 县长　张三)
SIGNER_RE = compile_re(
    rf"^(?P<post>[{_CJK}]{{0,16}}(?:{'|'.join(SIGNING_POSTS)}))[\s\u3000]+[{_CJK}](?:[\s\u3000]?[{_CJK}]){{1,3}}$"
)


def _printed_issuer(printed: dict[str, str]) -> str | None:
    """The body a law database's key block names for a decision under its adoption note (• 颁布单位:
    四川省人大常委会), as printed; None when no issuer key holds an organization's name."""
    return next(
        (
            v
            for k, v in printed.items()
            if METADATA_KEYS.get(k) == "issuer" and v.endswith(ISSUER_SUFFIXES) and not any(p in v for p in "，。；、 ")
        ),
        None,
    )


def _signer_body(issuer: str | None) -> str | None:
    """``issuer`` unless it is a leader's signature (a post and a person: 国务院总理 周恩来): then the
    body its post names (国务院总理 → 国务院), or None — a person is never the issuer (FORMAT.md)."""
    if issuer is None or (m := SIGNER_RE.match(issuer)) is None:
        return issuer
    post = m.group("post")
    body = next((post.removesuffix(word) for word in SIGNING_POSTS if post.endswith(word)), "")
    return body if len(body) >= 2 and body.endswith(ISSUER_SUFFIXES) else None


_ORDER_HEAD_MAX = 8  # 總統令 / 行政院令 / 某某部令: an order's head line alone, short


def _order_head(header: list[Block]) -> tuple[DocNumber, str] | None:
    """(number, date) printed under an order's head line in either order, each alone on its line
    (總統令 / 中華民國九十一年六月二十六日 / 華總一義字第○九一○○一二五二五○號, as Taiwan's gazette
    prints an order under its own title); None for any other layout."""
    for k, block in enumerate(header[:3]):
        head = compact(block.text)
        if not (head.endswith("令") and 2 <= len(head) <= _ORDER_HEAD_MAX) or k + 2 >= len(header):
            continue
        first, second = header[k + 1].text, header[k + 2].text
        for date_line, number_line in ((first, second), (second, first)):
            if is_date_line(date_line) and (iso := parse_date(date_line)) and (number := _number_first(number_line)):
                return number, iso
    return None


def _number_first(text: str) -> DocNumber | None:
    """The number a line holds alone or opens (a converter ran the order's text into its number line:
    華總一義字第○九一○○一二五二五○號茲增訂…), else None."""
    if found := number_of_line(text):
        return found
    first = next(scan_doc_numbers(text), None)
    return first[2] if first is not None and first[0] == 0 else None


def _all_bodies(parts: list[str]) -> bool:
    return all(len(p) >= 3 and p.endswith(ISSUER_SUFFIXES) for p in parts)


# A bracket inside a line: 政府工作报告 (2019年1月21日在…会议上) 杭州市人民政府市长 徐立毅
_BRACKETED_RE = compile_re(r"[（(][^（）()]{6,80}[）)]")


def _delivered_in_line(text: str) -> str | None:
    """The date of a report's delivery note printed inside its title's line, between the title and
    the speaker (政府工作报告 (2019年1月21日在杭州市第十三届人民代表大会第四次会议上) 某某市长 徐立毅)."""
    if "在" not in text:
        return None
    return next((d for m in _BRACKETED_RE.finditer(text) if (d := delivered_date(m.group()))), None)


_META_RUN_MAX = 8  # lines of a law database's key block under a title (• 颁布日期: … • 颁布单位: …)


def _under_title(blocks: list[Block], span: DocumentSpan) -> list[Block]:
    """The lines under a title searched for its keyed date or issuer: the first few, or the whole
    run of key lines printed there (• 颁布日期:1999-12-10 / • 实施日期: / … / • 颁布单位:四川省人大常委会)."""
    run = blocks[span.title_end : min(span.end, span.title_end + _META_RUN_MAX)]
    k = next((k for k, b in enumerate(run) if not printed_pairs(b)), len(run))
    return run[: max(k, _UNDER_TITLE)]


def _plan_cover_body(header: list[Block]) -> str | None:
    """The issuing body of a plan whose cover prints it on its own line under the title, over a
    month without a day (苏尼特右旗人民政府 / 2021年9月, SOURCES-U); None for any other head."""
    if len(header) < 2 or header[0].kind not in (PARAGRAPH, SIGNATURE) or not COVER_MONTH_RE.match(header[1].text):
        return None
    body = header[0].text.strip(" \u3000")
    ok = 3 <= len(body) <= 30 and body.endswith(ISSUER_SUFFIXES) and not any(p in body for p in "，。、：；（）() ")
    return body if ok else None


def _digits_over_number(header: list[Block]) -> str | None:
    """The date of a digit run that lost its 年月日 on a line of its own right over the document's
    number (201276 / 赣发〔20128 under the title): a red head's date (:func:`lost_marks_date`, one
    reading only); None when no such pair stands there."""
    for above, below in itertools.pairwise(header):
        if above.kind in (PARAGRAPH, DATE) and (iso := lost_marks_date(above.text)) and number_of_line(below.text):
            return iso
    return None


def _is_title_again(block: Block, title: str) -> bool:
    """Is ``block`` the document's title printed again, something after it on its line?"""
    return len(title) >= _AGAIN_MIN and "".join(block.text.split()).startswith("".join(title.split()))


_AGAIN_MIN = 8  # characters of the shortest title looked for again
_AGAIN_SCAN = 40  # lines under a headline searched for the title printed again (a forum's badges, points, stamp)


_LAW_DATE_KEY_RE = compile_re("|".join(f"【{k}】" for k in LAW_DATABASE_DATE_KEYS))
_REVISED_RE = compile_re(r"修改|修正|修订")
_LAW_KEY_RE = compile_re("|".join(f"【{k}】" for k in LAW_DATABASE_KEYS))


def _law_database_run(head: list[Block]) -> bool:
    """Do the lines ``head`` hold a law database's key run: its bracketed 【发布日期】 and another of its
    keys in brackets (【生效日期】, 【时效性】, …)?"""
    text = "\n".join(b.text for b in head)
    return _LAW_DATE_KEY_RE.search(text) is not None and _LAW_KEY_RE.search(text) is not None


_DATED_PARAS = 4  # paragraphs of an untitled report searched for the one that opens on its whole date
_PLAN_BEFORE_YU = "将拟定划计"  # 将于 / 拟于 / 定于 / 计划于 / 预计于: a plan's day, not a held meeting's
# …or on its actor and 于 before that date (公司于2021年12月6日召开第七届董事会第十六次会议: a listed company's notice
# retold, its first paragraph's 今日 undated by any publish day — dates19)
_YEAR_OPENS_RE = compile_re(
    rf"^[ \t\u3000]*(?:[{_CJK}]{{1,8}}(?<![{_PLAN_BEFORE_YU}])于)?(?:(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{{3}})[ \t\u3000]*年"
)

_BRACKET_HEAD = 6  # lines under a news headline searched for a transcript's bracketed day
_BRACKET_DAYS_BEFORE = 31  # …on or up to a month before the page's publish day


def _bracketed_under_headline(header: list[Block], published: str) -> str | None:
    """The day of a line that is one date in a bracket and nothing else among the first lines under
    a news headline, before the story has begun (no sentence above it), falling on or shortly
    before the page's ``published`` day; None otherwise."""
    stamped = False  # a publish line above it: the bracketed day is not the page's own date
    for block in header[:_BRACKET_HEAD]:
        if "。" in block.text:
            return None  # the story has begun: a bracketed day below is the story's own
        if (day := bracketed_date(block.text)) is not None:
            back = (_dt.date.fromisoformat(published) - _dt.date.fromisoformat(day)).days
            return day if stamped and 0 <= back <= _BRACKET_DAYS_BEFORE else None
        stamped = stamped or publish_date(block.text) is not None
    return None


def _delivered_under_title_again(blocks: list[Block], title: str) -> str | None:
    """The date of a report's delivery line right under the document's title printed again among
    ``blocks`` (or with the speaker's line between: 某某市人民政府市长 张三); None when there is none."""
    if len(title) < _AGAIN_MIN:
        return None  # (as _is_title_again: too short a title to look for again)
    key = compact(title)
    for k, block in enumerate(blocks):
        if compact(block.text) == key:  # the title again and nothing after it on its line
            return next((d for b in blocks[k + 1 : k + 3] if (d := delivered_date(b.text))), None)
    return None


_KEYLESS_SCAN = 8  # lines over a title searched for a disclosure block whose keys were lost


def _adopted_in_title(block: Block) -> Block | None:
    """The adoption note a converter joined to the end of the title's line (…的决定 附:修正本 /
    （1999年12月10日…会议通过）) as a block of its own; None when the title line ends otherwise."""
    text = block.text.rstrip()
    cut = max(text.rfind("（"), text.rfind("("))
    if cut <= 0 or not ADOPTED_RE.match(text[cut:]):
        return None
    return replace(block, text=text[cut:], body=text[cut:])


# An adoption note wrapped over two lines, or with the next heading run on after its bracket:
# （1992年10月24日某某省第七届人民代表大会 / 常务委员会第三十三次会议通过）第一章 总则
_NOTE_CLOSE_RE = compile_re(r"(?:通过|批准|决定)[ \t\u3000]*[）)]")
_NOTE_PIECE_MAX = 60


def _adopted_wrapped(header: list[Block], title: str) -> Block | None:
    """The adoption note under a title (and its copies), read whole where a converter wrapped it over
    two lines or ran the first heading on after it; None when the lines there hold no such note."""
    header = list(itertools.dropwhile(lambda b: _compact_title(b.text) == _compact_title(title), header))
    if not header or header[0].text[:1] not in "（(〔[【［":
        return None
    text = header[0].text.strip(" \u3000")
    if not _NOTE_CLOSE_RE.search(text) and len(header) > 1 and len(text) <= _NOTE_PIECE_MAX:
        text += header[1].text.strip(" \u3000")  # the note's second line
    if (closing := OUTER_BRACKETS.get(text[0])) and (end := text.find(closing)) > 0:
        text = f"（{text[1:end]}）{text[end + 1 :]}"  # 【2001年3月1日…会议通过】: the note in another bracket
    close = _NOTE_CLOSE_RE.search(text)
    if close is None:
        return None
    note = text[: close.end()]
    return replace(header[0], text=note, body=note) if ADOPTED_RE.match(note) else None


_BARE_KEY_MAX = 6  # 发布时间： alone, its value on the next line
_BYLINES_MAX = 3  # 来源： / 时间：… [收藏] [打印] / 浏览次数： between a decision's title and its adoption note


# A law database's label opening the adoption note's line (dates20): 【题注】 / [题注] / 题注： — then the bracketed note
_ADOPTION_LABEL_RE = compile_re(
    rf"^[ \t\u3000]*(?:[【\[［][ \t\u3000]*(?:{'|'.join(ADOPTION_NOTE_LABELS)})[ \t\u3000]*[】\]］][ \t\u3000]*[:：]?"
    rf"|(?:{'|'.join(ADOPTION_NOTE_LABELS)})[ \t\u3000]*[:：])[ \t\u3000]*"
)


def _adopted_under_byline(header: list[Block]) -> Block | None:
    """A congress decision's adoption note under the page's byline lines (来源：湖北人大网 /
    时间:2022-01-05 16:08 [收藏] [打印] [关闭] / （2021年5月7日…会议通过）): the note; None when a
    line that is neither a byline nor the note comes first."""
    for k, block in enumerate(header[: _BYLINES_MAX + 2]):
        if ADOPTED_RE.match(block.text):
            return block
        if (labelled := _ADOPTION_LABEL_RE.match(block.text)) and ADOPTED_RE.match(
            note := block.text[labelled.end() :]
        ):
            return replace(
                block, text=note, body=note
            )  # 【题注】 (2001年4月29日…会议通过 …批准): a law database's label
        bare_key = block.text[-1:] in "：:" and len(block.text) <= _BARE_KEY_MAX  # 时间：
        if not (bare_key or printed_pairs(block) or publish_date(block.text) or (k and _is_value_below(header[k - 1]))):
            return None  # (时间： / 2022-01-05 16:08 [打印]: a key's value on the line under it is a byline too)
    return None


def _is_value_below(block: Block) -> bool:
    """Does ``block`` end on a metadata key whose value stands on the next line (``发布日期：`` /
    ``2023-01-30 08:56``)? That date is the key's (layout.metadata reads it), not a signature's."""
    if block.kind not in (PARAGRAPH, HEADING):
        return False
    if block.text[-1:] not in "：:":
        # 公开日期 / 2024-07-09: a key alone without its colon, over its value (keys and values on
        # alternate lines); a publish or creation key's date is never the signature's (s11-heads11)
        return METADATA_KEYS.get("".join(block.text.split())) not in (None, "date")
    pairs = printed_pairs(block)
    return bool(pairs) and not pairs[-1][1]


_UNDER_TITLE = 3  # lines under a title searched for a metadata line of two pairs or more
_PROMULGATED_KEYS = frozenset({"成文日期", "成文时间", "颁布时间", "公布日期"})


def _fields_under_title(head: list[Block]) -> tuple[dict[str, str], dict[str, str]] | None:
    """(fields, pairs as printed) of the first line under the title that holds two known
    metadata pairs or more (a date or an issuer among them); None when there is none. One pair
    alone (来源：X) is a byline, not the document's fields."""
    for block in head:
        pairs = [(f, v, k) for f, v, k in printed_pairs(block) if f is not None and v]
        # a date only from a key that names the signing or promulgation (頒布時間, 成文日期); 发文日期
        # under the title is the day it was sent out, and the signature's date is read instead
        fields = {f: v for f, v, k in pairs if f != "date" or k in _PROMULGATED_KEYS}
        if len(pairs) >= 2 and ("date" in fields or "issuer" in fields):
            return fields, {k: v for _, v, k in pairs}
    return None


def _bulletin_masthead(blocks: list[Block], start: int) -> tuple[str, str | None] | None:
    """(issuer, date) of a bulletin's masthead over its title: the body and date on one line
    right above the title (寿县人民政府督查室 2022年8月19日, the 日 perhaps lost), with the issue's
    serial (第20期 / 20期) one or two lines above it; None for any other layout."""
    if start < 2:
        return None
    if blocks[start - 1].kind == DATE and blocks[start - 2].kind == SIGNATURE:
        sig, dated = blocks[start - 2], blocks[start - 1]
        if sig.line != dated.line:
            return None
        issuer, date, top = sig.text, parse_date(dated.text), start - 2
    elif (
        (m := ORG_DATE_LINE_RE.match(blocks[start - 1].text))
        and m.group("org").endswith(ISSUER_SUFFIXES)
        and not blocks[start].text[:1].isdigit()  # …2022年8月1 / 9关于…: a line broken inside the day
    ):
        line = blocks[start - 1].text
        issuer, top = m.group("org"), start - 1
        date = parse_date(line[m.end("org") :].lstrip("编印发 \u3000").rstrip("日") + "日")
    else:
        return None
    if not any(PERIODICAL_SERIAL_RE.match(b.text) for b in blocks[max(0, top - 2) : top]):
        return None
    return issuer, date


_HEAD_ABOVE = 3  # lines over a document's first block searched for its keyed date or issuer


def _page_head(blocks: list[Block], span: DocumentSpan) -> list[Block]:
    """The lines over a document's title down from the line above its first block (成文日期：… /
    发布部门：… printed over the title, or over the title printed again), nearest first; the walk
    up stops at another document's signature or date and at a numbered item."""
    above: list[Block] = []
    first = max(0, span.start - _HEAD_ABOVE)
    for k in range(span.start - 1, first - 1, -1):
        block = blocks[k]
        if block.kind in (SIGNATURE, ITEM) or (block.kind == DATE and not (k and _is_value_below(blocks[k - 1]))):
            break  # (成文日期： / 2019-06-03: a key's value on the line under it is no signature's date)
        above.append(block)
    return above + blocks[span.start : span.title_start]


def _keyed_lines(blocks: list[Block], span: DocumentSpan) -> list[Block]:
    """The lines a lone keyed pair of the document may stand on: under its title, and over it."""
    return _under_title(blocks, span) + _page_head(blocks, span)


def _published_day(meta: dict[str, str], blocks: list[Block], span: DocumentSpan) -> str | None:
    """The day the page was posted: its block's 发布日期, else (no news page: its publish line is read as
    news) one 发布日期：2019-06-04 alone on a line by the title."""
    if meta.get("published"):
        return parse_date(meta["published"])
    return None if span.news else _keyed_value(_keyed_lines(blocks, span), "published")


def _keyed_value(head: list[Block], name: str) -> str | None:
    """The value of a line holding one pair and nothing else (or its key alone, the value on the
    next line) whose key feeds ``name``: the
    document's date (成文日期 / 发文日期 / 印发日期 / 公布日期 …, ISO) or its issuer (发布部门 /
    发文机关 …, an organization's name); None when there is none."""
    by_line = {b.line: b for b in head}
    for block in head:
        pairs = printed_pairs(block)
        named = [value for field, value, key in pairs if field == name and (len(pairs) == 1 or key in WRITING_KEYS)]
        if len(named) != 1 or any(field is None for field, _value, _key in pairs):
            continue  # (发文机关：某县人民政府办公室 成文日期：2019年06月03日: known pairs side by side, one each)
        value = named[0]
        if not value and len(pairs) == 1 and (below := by_line.get(block.end_line + 1)) and not printed_pairs(below):
            value = below.text.strip()  # 成文日期： / 2019-06-03: the value on the line under its key
        if not value:
            continue
        if name in ("date", "published") and (found := keyed_date(value)):
            return found
        # one body, or joint bodies joined with 、 (发文机关：某某县人民政府 某某县财政局)
        if (
            name == "issuer"
            and (value := _joint_issuers(value) or value).endswith(ISSUER_SUFFIXES)
            and not any(p in value for p in "，。； ")
            and ("、" not in value or _all_bodies(value.split("、")))
        ):
            return value
    return None


_PROMULGATED_ABOVE = 8  # lines over a rules' title: head, serial, the sentence, signer, date, the title again


def _promulgated_above(
    blocks: list[Block], span: DocumentSpan
) -> tuple[DocNumber, tuple[str | None, str | None]] | None:
    """The announcement (or decree) that promulgates rules, printed over their title — its head and serial,
    a sentence naming 《the title》 with 公布, its signature and date — as the number and the (signer, date)
    of the rules, else None. The sentence must name the rules: an announcement of other rules above is no
    part of this document."""
    above = blocks[max(0, span.start - _PROMULGATED_ABOVE) : span.start]
    cited = f"《{compact(span.title)}》"
    for k, block in enumerate(above):
        below = above[k + 1].text if k + 1 < len(above) else None
        if (found := promulgation_head(block.text, below)) is None:
            continue
        rest = above[k + 2 if found[1] else k + 1 :]
        if any(cited in compact(b.text) and "公布" in b.text for b in rest):
            return found[0], _issuer_and_date(rest)
    return None


def _issuer_and_date(doc_blocks: list[Block]) -> tuple[str | None, str | None]:
    """The first signature + date pair (落款): the notice's, not the enclosed plan's — but not a pair that stands over
    the body, before its first sentence, when a whole pair signs the body under it (dates20: a disclosure page's
    keyless values 金华市生态环境局某分局 / 2024-03-01 over the notice, which 某管理委员会党政综合办公室 / 2024年2月29日
    signs: the body's signature is the document's, the pair over it the page's posting)."""
    # the body opens on its recipients (各乡镇人民政府、…：) or its first sentence
    body = next((k for k, b in enumerate(doc_blocks) if "。" in b.text or is_recipients(b.text)), len(doc_blocks))
    head = _first_signed_pair(doc_blocks[:body]) if 0 < body < len(doc_blocks) else (None, None)
    if head[0] is not None and head[1] is not None:
        signed = _first_signed_pair(doc_blocks[body:])
        if signed[0] is not None and signed[1] is not None:
            return signed
    return _first_signed_pair(doc_blocks)


def _first_signed_pair(doc_blocks: list[Block]) -> tuple[str | None, str | None]:
    """The first signature + date pair (落款) among ``doc_blocks``, either part None when not shown."""
    # the document's last dated block (_last_dated), found when first needed (-1: not yet). Plain statements, not a
    # walrus over a conditional of an int | None: mypyc compiled that to a TypeError (session 21's CI)
    last_dated = -1
    for i, block in enumerate(doc_blocks):
        if block.kind in (PARAGRAPH, ITEM) and block.text[-1:] in "日：:" and (signed := _closed_tail(block.text)):
            return signed  # …敬请谅解。 特此通告 某市公安局交通警察支队 2023年1月20日 (the formula closes it)
        if block.kind == PARAGRAPH and block.text[-1:] == "日" and (signed := _signed_tail(block.text)) is not None:
            return signed  # …特此通知。某某县人民政府办公室　2019年6月3日 (a page that lost its line breaks)
        if block.kind in (PARAGRAPH, ITEM) and block.text[-1:] == "日":
            if last_dated < 0:
                last_dated = _last_dated(doc_blocks)
            if i == last_dated and (dated := _closing_then_date(doc_blocks, i)):
                # …请认真贯彻执行。2019年6月3日 (no body's name before the date: it signs below, or not at all); only
                # on the document's last dated line — a body's sentence that closes on a date over the signature's
                # own date (…要求各乡镇认真贯彻执行。2019年6月3日 / 二、… / 某县人民政府 / 2019年7月1日) is no signing (rev21)
                return dated
        if block.kind == PARAGRAPH and (signed := _signed_over_rule(block.text)) is not None:
            return signed  # 某州人民政府法制办公室 2016年12月1日 ---------- 某某条例（草案）…: the enclosure run on
        if block.kind == PARAGRAPH and "</p>" in block.text and (signed := _tagged_signature(block.text)):
            return signed  # <p style="text-align: right;"> 某省人民政府</p><p …> 2018年3月27日</p> (raw HTML kept)
        if i and block.kind == PARAGRAPH and (signed := _date_opening_line(doc_blocks, i)) is not None:
            return signed  # …同时废止。 某市人民政府办公室 / 2020年10月9日 某某办法 (the next heading run on)
        if block.kind == PARAGRAPH and block.text[:1] in "12一二" and (signed := _date_then_signer(block.text)):
            return signed  # 1990年8月15日,民政部 under a law database's title / 2019年6月3日　某县人民政府
        if block.kind in (TABLE_ROW, PARAGRAPH) and i and (signed := _signed_cells(doc_blocks, i)):
            return signed  # | 某某县人民政府办公室 | / | 2019年6月3日 | (a page's layout table) ; 日期：2019年6月3日
        if block.kind != DATE or (i and _is_value_below(doc_blocks[i - 1])):
            continue
        signature: list[str] = []
        j = over_publication_note(doc_blocks, i - 1)
        while j >= 0 and doc_blocks[j].kind == SIGNATURE:
            signature.insert(0, doc_blocks[j].text)
            j -= 1
        if signature and j >= 0 and _EXAMPLE_LABEL_RE.search(doc_blocks[j].text):
            continue  # 落款： / 某某县领导小组 / 2025年4月20日: a writing guide's example, no document's
        if signature and signature[0].startswith("第") and _SESSION_RE.match(signature[0]):
            if j >= 0 and _SESSION_BODY_RE.match(doc_blocks[j].text):
                signature[0] = doc_blocks[j].text.strip() + signature[0]  # 某县第十八届人民代表大会 / 第二次会议主席团
                j -= 1
            else:
                signature = []  # 第二次会议主席团 alone: the body's name is cut off above, none is invented
        if signature and j >= 0 and _wrapped_name_head(doc_blocks[j], signature[0]):
            signature[0] = doc_blocks[j].text.strip() + signature[0]  # 某某市应急管理 / 工作领导小组办公室
            j -= 1
        for k in range(len(signature) - 1, 0, -1):
            if _SESSION_RE.match(signature[k]) and _SESSION_BODY_RE.match(signature[k - 1]):
                signature[k - 1 : k + 1] = [signature[k - 1].strip() + signature[k]]  # …第十届委员会 / 第三次会议主席团
        while signature and j >= 0 and len(signature) < _JOINT_MAX and _more_joint(doc_blocks[j]):
            # five bodies or more sign one a line: the classifier marks the four nearest the date
            signature.insert(0, doc_blocks[j].text)
            j -= 1
        while signature and j >= 0 and len(signature) < _JOINT_MAX and (names := _joined_on(doc_blocks[j])):
            signature[:0] = names  # 某某县财政局、 / 某某县教育局 (or 某某县财政局、某某县教育局、 over a third)
            j -= 1
        issuer = _signature_issuer(signature)
        if issuer is None:  # 二零一六年九月二日。 / 命令公布。 / 行政长官 崔世安: the office signs under its date
            issuer = next(
                (m.group("office") for b in doc_blocks[i + 1 : i + 3] if (m := OFFICE_SIGNER_RE.match(b.text))), None
            )
        if issuer is None:
            issuer = _issuer_under_date(doc_blocks, i)  # 2021年3月5日 / 某某县人民政府办公室 (the date first)
        digits = garbled_date(block.text)  # 202136: none where the converter dropped numbers (heads.numbers_dropped)
        if digits and (
            numbers_dropped([b.text for b in doc_blocks])
            # …or another date of the page lost its marks (于20231018日 in the body, 2023915 signed)
            or marks_lost_elsewhere([b.text for k, b in enumerate(doc_blocks) if k != i])
        ):
            digits = None
        date = parse_date(block.text) or lost_day_date(block.text) or digits or roc_bare_date(block.text)
        if issuer is not None and date is not None:
            issuer = _more_signed_pairs(doc_blocks, i, issuer, date)
        return issuer, date
    return None, None


# A signature's date that cannot be read: cut by the end of the stored excerpt (二零一五年六), or its
# digits masked by the site (**年5月**日, 20xx年x月x日, 201*年9月4日)
_MASK = "xXｘＸ＊*×"
_UNREAD_DATE_RE = compile_re(
    rf"^[0-9０-９〇○零Oo一二三四五六七八九{_MASK}]{{0,4}}[ \t\u3000]*年"  # (masks a page dropped: 年5月日)
    rf"(?:[ \t\u3000]*[0-9０-９〇○零{CN_ORDINALS}{_MASK}]{{1,3}}[ \t\u3000]*月?"
    rf"(?:[ \t\u3000]*[0-9０-９〇○零{CN_ORDINALS}廿卅{_MASK}]{{0,3}}[ \t\u3000]*日?)?)?$"
)
_UNREAD_FOOT = 3  # the last lines of a document searched for a signature over such a date


def _cut_or_masked(text: str) -> bool:
    """Is the date line ``text`` masked (a mask, or the year's digits gone) or cut before its month
    ends (二零一五年六)? (2020年13月6 holds every part: a date that does not exist; 2019年12月 a month
    without its day, as round 9 reads it: neither is an unread date.)"""
    return any(c in _MASK for c in text) or text.startswith("年") or "月" not in text


def _signer_over(doc_blocks: list[Block], unread: Callable[[Block, str], bool]) -> str | None:
    """The body signing over the last of the document's last lines that ``unread`` takes for a date
    that cannot be read (the block, its text stripped); None when no such line or no body over it."""
    for k in range(len(doc_blocks) - 1, max(0, len(doc_blocks) - _UNREAD_FOOT), -1):
        text = doc_blocks[k].text.strip(" \u3000")
        if unread(doc_blocks[k], text):
            name = doc_blocks[k - 1].text.strip(" \u3000")
            return name if doc_blocks[k - 1].kind in (SIGNATURE, PARAGRAPH) and _is_signature_text(name) else None
    return None


def _masked_or_cut(block: Block, text: str) -> bool:
    return _UNREAD_DATE_RE.match(text) is not None and parse_date(text) is None and _cut_or_masked(text)


def _signed_over_unread_date(doc_blocks: list[Block]) -> str | None:
    """The body signing over a date that cannot be read (:data:`_UNREAD_DATE_RE`) among the last
    lines of the document; None when there is no such pair."""
    return _signer_over(doc_blocks, _masked_or_cut)


def _lost_marks(block: Block, text: str) -> bool:
    return block.kind == DATE and parse_date(text) is None and LOST_MARKS_LINE_RE.match(text) is not None


def signed_over_lost_marks(doc_blocks: list[Block]) -> bool:
    """Does a body sign, among the last lines of the document, over a date whose digits lost their
    年月日 (2023915, 2019116, 2016年113日)? The date reads as none (two readings, or a page that lost
    other dates' marks too: FORMAT.md) but the notice is signed all the same."""
    return _signer_over(doc_blocks, _lost_marks) is not None


# A date line of digits alone, perhaps 年 and 日 kept: what garbled_date and lost_marks_date read
LOST_MARKS_LINE_RE = compile_re(r"^(?:19|20)\d\d[ \t\u3000]*(?:年[ \t\u3000]*)?\d{2,4}[ \t\u3000]*日?$")


_PAIRS_MAX = 4  # joint bodies signing each over its own date


def _more_signed_pairs(doc_blocks: list[Block], i: int, issuer: str, date: str) -> str:
    """The issuer of a joint notice whose bodies sign one under the other, each over its own date
    (某某市公安局交通警察支队 / 2019年6月3日 / 某某市交通运输局 / 2019年6月3日): the bodies joined with
    、, when every date is the signature's; the first body alone when a date differs."""
    bodies = [issuer]
    k = i + 1
    while len(bodies) < _PAIRS_MAX and k + 1 < len(doc_blocks):
        name, dated = doc_blocks[k], doc_blocks[k + 1]
        if name.kind not in (SIGNATURE, PARAGRAPH) or not _is_signature_text(name.text) or dated.kind != DATE:
            break
        if parse_date(dated.text) != date:
            return issuer
        bodies.append(name.text.strip(" \u3000"))
        k += 2
    return "、".join(bodies)


# A body's name wrapped over two signature lines, the first holding its place and no body's ending, the
# second the rest without a place (宿迁市新冠肺炎疫情 / 联防联控指挥部办公室 over the date): one name
_PLACE_CHARS = frozenset(PLACE_LEVELS)  # 省市县区州盟旗镇乡
_NAME_HEAD_MAX = 20
_NAME_HEAD_RE = compile_re(rf"^[{_CJK}]{{2,{_NAME_HEAD_MAX}}}$")
_CLOSING_HEAD_RE = compile_re(r"^(?:特此|此复|此令|此告|以上|望|请|希)")


def _wrapped_name_head(above: Block, first: str) -> bool:
    """Is ``above`` the head of a body's name whose rest is the signature line ``first``?"""
    head, first = above.text.strip(" \u3000"), first.strip(" \u3000")
    return (
        above.kind == PARAGRAPH
        and bool(_NAME_HEAD_RE.match(head))
        and not head.endswith(ISSUER_SUFFIXES)
        and not _CLOSING_HEAD_RE.match(head)
        and any(c in _PLACE_CHARS for c in head)
        and first.endswith(ISSUER_SUFFIXES)
        and not any(c in _PLACE_CHARS for c in first)
    )


# A congress's name over the rest of its session's body, a signature wrapped in two (某某县第十八届人民代表
# 大会 / 第二次会议主席团 over the date of the session's 公告): one name
_SESSION_RE = compile_re(rf"^第[{_CJK}0-9]{{1,4}}次(?:全体)?会议")
_SESSION_BODY_RE = compile_re(
    rf"^[ \t\u3000]*[{_CJK}]{{2,20}}第[{_CJK}0-9]{{1,4}}届(?:人民代表大会|委员会)[ \t\u3000]*$"
)


# The label a writing guide prints over its example's signature (落款 : / 县经济工作领导小组 / 2025年4月20日)
# (the label alone, or run on after the line before it: …会议期间保持手机静音落款 :)
_EXAMPLE_LABEL_RE = compile_re(r"(?:落款|署名)[ \t\u3000]*[:：][ \t\u3000]*$")


# The key some pages print before a signature's date: 某某县人民政府办公室 / 日期：2019年6月3日
_SIGNATURE_DATE_KEY_RE = compile_re(r"^(?:日期|落款日期|签发日期)[ \t\u3000]*[:：][ \t\u3000]*")


def _cells(block: Block) -> list[str]:
    return [c for c in block.cells if c] if block.kind == TABLE_ROW else [block.text.strip()]


def _in_data_table(blocks: list[Block], k: int) -> bool:
    """Is ``blocks[k]`` a row of two cells or more (a data table's: 责任单位 | 完成时限)?"""
    return 0 <= k < len(blocks) and blocks[k].kind == TABLE_ROW and len(_cells(blocks[k])) >= 2


def _signed_cells(blocks: list[Block], i: int) -> tuple[str, str] | None:
    """(issuer, date) of a signature and its date printed in a page's layout table — side by side in
    a row of their own (| 某某县人民政府办公室 | 2019年6月3日 |, or a tab between them; never a row of
    a data table: 某某县财政局 | 2019年6月30日 under 责任单位 | 完成时限) or one a row — or of a date under
    its key right under a signature line (某某县人民政府办公室 / 日期：2019年6月3日); else None."""
    above, block = blocks[i - 1], blocks[i]
    cells = _cells(block)
    if block.kind == TABLE_ROW and len(cells) == 2 and is_date_line(cells[1]):
        if _in_data_table(blocks, i - 1) or _in_data_table(blocks, i + 1):
            return None
        sig, date = cells[0], cells[1]
    elif len(cells) == 1 and above.kind in (TABLE_ROW, PARAGRAPH, SIGNATURE) and len(sig_cells := _cells(above)) == 1:
        date = _SIGNATURE_DATE_KEY_RE.sub("", cells[0]) if block.kind == PARAGRAPH else cells[0]
        if block.kind == PARAGRAPH and (date == cells[0] or above.kind == TABLE_ROW):
            return None  # a paragraph: only a keyed date under a signature line
        if block.kind == TABLE_ROW and above.kind != TABLE_ROW:
            return None
        sig = sig_cells[0]
    else:
        return None
    iso = parse_date(date) if is_date_line(date) else None
    if iso is None or not _is_signature_text(sig):
        return None
    return sig, iso


def _is_signature_text(text: str) -> bool:
    """A body's name alone, as a signature prints it (某某县人民政府办公室)."""
    return (
        3 <= len(text) <= 30
        and text.endswith(ISSUER_SUFFIXES)
        and text not in ISSUER_SUFFIXES
        and not any(p in text for p in "，。：:、；;（）() \u3000")
    )


_JOINT_MAX = 12  # bodies signing one a line


def _more_joint(block: Block) -> bool:
    """Is ``block`` one more body's name over a joint signature (某某县发展和改革局 over four others)?"""
    return block.kind == PARAGRAPH and _is_signature_text(block.text) and len(block.text) >= _BODY_NAME_MIN


_BODY_NAME_MIN = 4  # 某某县局 — shorter is a list's word


def _joined_on(block: Block) -> list[str] | None:
    """The bodies of a joint signature's line that ends on the mark joining it to the next line
    (某某县财政局、 over 某某县教育局; 某某县财政局、某某县教育局、 over a third): bodies' names and
    those marks, nothing else; None for any other line."""
    text = block.text.strip(" \u3000")
    if block.kind not in (PARAGRAPH, SIGNATURE) or text[-1:] not in "、，," or len(text) > _GLUED_MAX:
        return None
    names = [n.strip(" \u3000") for n in JOINED_NAMES_RE.split(text[:-1])]
    ok = all(_is_signature_text(n) and len(n) >= _BODY_NAME_MIN for n in names)
    return names if ok else None


JOINED_NAMES_RE = compile_re(r"[、，,]")


# A signature and its date run on after the body's last sentence, on its line (a page that lost its
# line breaks; normalize drops the space between the name and the digits): …特此通知。某某县人民政府办公室　2019年6月3日
_SIGNED_TAIL_RE = compile_re(
    rf"[。！][ \t\u3000]*(?P<sig>[{_CJK}]{{3,30}}?)[ \t\u3000]*(?P<date>{LINE_DATE})[ \t\u3000]*$"
)
_SIGNED_TAIL_MAX = 80  # the tail searched: a signature and a date are shorter
# A sentence's words that can open the words before a date (。报县人民政府办公室2019年6月3日 is no signature)
_NO_SIGNATURE_FIRST = frozenset("于在由向报经请至到自从对将把被和与及并截前后")


def _signed_tail(text: str) -> tuple[str, str] | None:
    """(issuer, date) of a signature and its date run on after the last sentence of a paragraph,
    the body's name ending as an issuer's does; else None."""
    m = _SIGNED_TAIL_RE.search(text, max(0, len(text) - _SIGNED_TAIL_MAX))
    if m is None:
        return None
    sig, date = m.group("sig"), parse_date(m.group("date"))
    if date is None or not sig.endswith(ISSUER_SUFFIXES) or sig in ISSUER_SUFFIXES or sig[0] in _NO_SIGNATURE_FIRST:
        return None
    return sig, date


# …or a date run on after a notice's closing sentence with no body's name before it (…请认真贯彻执行。
# 2019年6月3日 / …特此通知 二〇一九年六月三日: a page that lost its line breaks, the signature printed under the
# date or not at all; round dates21): the closing words (vocab.datelines.NOTICE_CLOSINGS) say the text is over.
# Words between the closing and the date only inside its sentence (…贯彻落实情况截至2019年6月3日 is no date)
_CLOSING_THEN_DATE_RE = compile_re(
    rf"(?:{alternation(NOTICE_CLOSINGS)})(?:[^。！!；;，,]{{0,12}}[。！!])?[ \t\u3000]*"
    rf"(?P<date>{LINE_DATE})[ \t\u3000]*$"
)


def _last_dated(doc_blocks: list[Block]) -> int:
    """The index of the document's last block that is a date or ends on one's 日 (-1 when none): a date run on after
    a closing sentence signs the document only there (round rev21)."""
    return next(
        (
            k
            for k in range(len(doc_blocks) - 1, -1, -1)
            if doc_blocks[k].kind == DATE or doc_blocks[k].text[-1:] == "日"
        ),
        -1,
    )


def _closing_then_date(doc_blocks: list[Block], i: int) -> tuple[str | None, str] | None:
    """(issuer or None, date) of a date run on at the end of a notice's closing sentence
    (:data:`_CLOSING_THEN_DATE_RE`), the issuer the body's name alone on the next line when it ends the document
    (:func:`_issuer_under_date`); else None."""
    text = doc_blocks[i].text
    m = _CLOSING_THEN_DATE_RE.search(text, max(0, len(text) - _SIGNED_TAIL_MAX))
    if m is None or (date := parse_date(m.group("date"))) is None:
        return None
    return _issuer_under_date(doc_blocks, i), date


# …or a date, perhaps under its signature, between the body's last sentence and the next heading,
# all on one line: …编制工作。 二OO八年五月二十三日 呼和浩特市政府信息公开目录编制规则 根据… / …遵照执行。
# 某某县人民政府 2019年6月3日 某某县实施办法 第一条… (the heading: words without punctuation, then a gap)
_RUNON_DATE_RE = compile_re(
    rf"[。！][ \t\u3000]+(?:(?P<sig>[{_CJK}]{{3,30}}?)[ \t\u3000]*)?(?P<date>{LINE_DATE})"
    r"[ \t\u3000]+(?P<next>[^\s，。、；：,;:！？（）()]{2,40})(?:[ \t\u3000]|$)"
)


def _runon_date(doc_blocks: list[Block]) -> tuple[str | None, str] | None:
    """(issuer or None, date) of the one date run on between a sentence and a heading inside a
    paragraph (:data:`_RUNON_DATE_RE`); None when there is none, or more than one (a chronicle's
    entries: which dates the document is not said)."""
    found = [m for b in doc_blocks if b.kind == PARAGRAPH and "。" in b.text for m in _RUNON_DATE_RE.finditer(b.text)]
    if len(found) != 1 or (date := parse_date(found[0].group("date"))) is None:
        return None
    sig = found[0].group("sig")
    if sig is not None and not _is_signature_text(sig):
        return None  # 。 会议决定 2019年6月3日 …: words of a sentence, no body's name
    return sig, date


# …or opening a line, a rule after the date and the enclosed text run on after it (a page that lost its
# line breaks): 迪庆州人民政府法制办公室 2016年12月1日 ------------ 迪庆藏族自治州发展藏医药条例（草案）…
_SIGNED_OVER_RULE_RE = compile_re(
    rf"^(?P<sig>[{_CJK}]{{3,30}}?)[ \t\u3000]*(?P<date>{LINE_DATE})[ \t\u3000]*[—\-－_=━─]{{3,}}"
)


def _signed_over_rule(text: str) -> tuple[str, str] | None:
    """(issuer, date) of a signature and its date opening ``text`` over a rule (:data:`_SIGNED_OVER_RULE_RE`),
    the name a body's; else None."""
    m = _SIGNED_OVER_RULE_RE.match(text)
    if m is None or not _is_signature_text(m.group("sig")) or (date := parse_date(m.group("date"))) is None:
        return None
    return m.group("sig"), date


# …or after the closing formula that ends a notice, with or without its full stop (特此通告 某市公安局
# 交通警察支队 2023年1月20日): the formula says the body's text is over, so a numbered item may end so
_CLOSED_TAIL_RE = compile_re(
    rf"(?:特此(?:通知|通告|公告|批复|函复|函告|报告|说明)|此复|此令)[。！]?[ \t\u3000]*"
    rf"(?P<sig>[{_CJK}]{{3,30}}?)[ \t\u3000]*(?P<date>{LINE_DATE})"
    rf"(?:[ \t\u3000]*[{_CJK}]{{2,6}}[：:])?[ \t\u3000]*$"  # …2023年1月20日关联稿件：(the page's next label run on)
)


def _closed_tail(text: str) -> tuple[str, str] | None:
    """(issuer, date) of a signature and its date run on after a notice's closing formula at the end
    of ``text`` (特此通告 某某县公安局 2023年1月20日), the body's name ending as an issuer's does; else None."""
    m = _CLOSED_TAIL_RE.search(text, max(0, len(text) - _SIGNED_TAIL_MAX))
    if m is None or not (sig := m.group("sig")).endswith(ISSUER_SUFFIXES) or sig in ISSUER_SUFFIXES:
        return None
    date = parse_date(m.group("date"))
    return (sig, date) if date is not None else None


# A line that opens on a written date, then a gap and more words: the signature's date with the next
# heading run on after it (2020年10月9日 某某市政府信息主动公开办法), read only under a body's name that
# ends the line above — alone, or run on after its last sentence (…同时废止。 某某市人民政府办公室)
_DATE_OPENING_RE = compile_re(
    rf"^(?P<date>{LINE_DATE})[ \t\u3000]+(?![（(]|星期|礼拜|周[一二三四五六日天]|[上下]午|印发|发布|起|至|前|\d)[{_CJK}]"
)  # (2020年5月6日 星期四 / 2019年6月3日 印发 / 2019年6月3日 上午: the date's own words, not a heading)
_SIGNATURE_ENDING_RE = compile_re(rf"(?:^|[。！][ \t\u3000]*)(?P<sig>[{_CJK}]{{3,30}})[ \t\u3000]*$")


def _date_opening_line(doc_blocks: list[Block], i: int) -> tuple[str, str] | None:
    """(issuer, date) of a line opening on the date signed under a body's name that ends the line
    above, the words after the date being the next heading's; else None."""
    m = _DATE_OPENING_RE.match(doc_blocks[i].text) if doc_blocks[i].text[:1] in "12一二" else None
    above = doc_blocks[i - 1]
    if m is None or above.kind not in (PARAGRAPH, SIGNATURE):
        return None
    tail = _SIGNATURE_ENDING_RE.search(above.text, max(0, len(above.text) - _SIGNED_TAIL_MAX))
    if tail is None or not _is_signature_text(sig := tail.group("sig")) or sig[0] in _NO_SIGNATURE_FIRST:
        return None
    date = parse_date(m.group("date"))
    return (sig, date) if date is not None else None


# A page stored with its HTML paragraphs' markup kept, run together on one line: a tag, with its
# attributes, is where a line broke (<p style="text-align: right;"> 某省人民政府</p><p …> 2018年3月27日</p>)
_HTML_BREAK_RE = compile_re(r"<(?:/?p|br|/?div|/?span|/?strong)\b[^<>]{0,80}>")


def _tagged_signature(text: str) -> tuple[str, str] | None:
    """(issuer, date) of a signature's paragraph followed by its date's in a line of raw HTML
    paragraphs (… 某某县人民政府</p><p> 2019年6月3日</p>), the first such pair; else None."""
    pieces = [p for piece in _HTML_BREAK_RE.split(text) if (p := piece.strip(" \t\u3000"))]
    for sig, date in itertools.pairwise(pieces):
        if _is_signature_text(sig) and is_date_line(date) and (iso := parse_date(date)) is not None:
            return sig, iso
    return None


# A Taiwan law database's record of a rule: its day (Republic era), the body, the number of the order
# or letter that issued it and the event (中华民国95年11月21日行政院院授人力字第0950064762号函订定发布全文
# 八点 / 中华民国107年11月28日总统华总一义字第10700127991号令制定公布全文十三条), perhaps numbered (1.)
_LAW_RECORD_RE = compile_re(
    r"(?:^\d{1,2}[ \t\u3000]*[.．、][ \t\u3000]*)?"
    rf"(?P<date>(?:中华民国|民国)[ \t\u3000]*(?:\d{{2,3}}|[{CN_ORDINALS}百零〇]{{1,6}})[ \t\u3000]*年"
    rf"[ \t\u3000]*[0-9{CN_ORDINALS}]{{1,3}}[ \t\u3000]*月[ \t\u3000]*[0-9{CN_ORDINALS}廿卅]{{1,3}}[ \t\u3000]*日)"
    rf"[ \t\u3000]*(?P<rest>[{_CJK}]{{3,40}}?)字第[ \t\u3000]*(?P<serial>\d{{3,13}})[ \t\u3000]*号[ \t\u3000]*[令函]"
    r"[ \t\u3000]*(?:订定|修正|制定|增订|废止|停止适用|发布|公布)"
)
_BODY_LAST = frozenset("院部局署会府处厅委")  # a body's name ends so; a number's series word does not hold one
_HEAD_OF_STATE = "总统"  # 总统华总一义字第…号令 (no issuer's suffix: a head of state's own series)


def _law_record(blocks: list[Block], *, anywhere: bool) -> tuple[str, str, DocNumber | None] | None:
    """(date, issuer, number) of the one record line of a rule a Taiwan law database prints
    (中华民国95年11月21日行政院院授人力字第0950064762号函订定发布…), the body told from its
    series word as the first name that ends as a body's does with no body's ending after it in the
    series word (行政院 | 院授人力字, 行政院新闻局 | 正版三字); None when no line or several are such
    records (a history of events: which one dates the text printed is not said). ``anywhere``: a
    page with no title, whose chrome the record may be run on after (…跳到主要内容 法规条文检索 行政/
    教育/组织 中华民国107年…), is searched through its lines; else a record opens its line."""
    found = [
        m
        for b in blocks
        for m in (_LAW_RECORD_RE.finditer(b.text) if anywhere else [_LAW_RECORD_RE.match(b.text)])
        if m is not None
    ]
    if len(found) != 1 or (date := parse_date(found[0].group("date"))) is None:
        return None
    rest = found[0].group("rest")
    for k in range(2, len(rest)):
        body, series = rest[:k], rest[k:]
        if (body.endswith(ISSUER_SUFFIXES) or body == _HEAD_OF_STATE) and not _BODY_LAST.intersection(series[1:]):
            return date, body, read_doc_number(f"{series}字第{found[0].group('serial')}号")
    return None


# A date, then the body that signed on that day, alone on a line: 1990年8月15日,民政部 (a law
# database's line under the title) / 2019年6月3日　某某县人民政府办公室 (a signature printed date first)
# (2019年6月3日 / 某县人民政府: a mark of vocab.datelines.SIGNATURE_DATE_SEPARATORS between them, round dates21)
_DATE_THEN_SIGNER_MARKS = re.escape("".join(SIGNATURE_DATE_SEPARATORS))
_DATE_THEN_SIGNER_RE = compile_re(
    rf"^(?P<date>{LINE_DATE})[ \t\u3000]*[,，、{_DATE_THEN_SIGNER_MARKS}]?[ \t\u3000]*(?P<sig>[{_CJK}]{{2,30}})$"
)


def _date_then_signer(text: str) -> tuple[str, str] | None:
    """(issuer, date) of a line holding a written date and then a body's name, else None."""
    m = _DATE_THEN_SIGNER_RE.match(text) if len(text) <= _SIGNED_TAIL_MAX else None
    if m is None or not (sig := m.group("sig")).endswith(ISSUER_SUFFIXES) or sig in ISSUER_SUFFIXES:
        return None
    date = parse_date(m.group("date"))
    return (sig, date) if date is not None else None


# Marks a database prints before the text it stores: 【正】 (start of text), 【全文】
_TEXT_START_MARKS = ("【正】", "[正]", "【全文】", "【正文】")
_RECIPIENTS_MAX = 80  # the recipients after a glued number end at their colon within this many characters


def _number_before_recipients(text: str) -> tuple[DocNumber, str | None] | None:
    """(number, date) of a number that opens ``text`` (after a database's 【正】), glued to the
    recipients that follow it up to their colon, perhaps with the document's date between them
    (鄂政办发[2007]114号各市、州、县人民政府，省政府各部门：… / 赣府厅字[2018]87号2018年9月18日各市…：),
    else None."""
    start = next((len(mark) for mark in _TEXT_START_MARKS if text.startswith(mark)), 0)
    first = next(scan_doc_numbers(text[start : start + _RECIPIENTS_MAX]), None)
    if first is None or first[0] != 0:
        return None
    rest = text[start + first[1] : start + first[1] + _RECIPIENTS_MAX]
    dated = LINE_DATE_RE.match(rest)
    if dated is not None:
        rest = rest[dated.end() :]
    colon = min((i for i in (rest.find("："), rest.find(":")) if i > 0), default=-1)
    if colon <= 0 or not is_recipients(rest[: colon + 1]):
        return None
    return first[2], parse_date(dated.group()) if dated is not None else None


_UNDER_DATE_MAX = 30
# What may follow a signature printed under its date at the end of a document: 抄送 / 印发 lines,
# bracketed notes ((此件公开发布) / (联系人：…)), nothing else
_TAIL_NOTE_RE = compile_re(r"^(?:[（(].{0,60}[）)]|抄送|主送|.{0,40}印发$)")


def _issuer_under_date(doc_blocks: list[Block], i: int) -> str | None:
    """The body signing under its date at the very end of a document (2021年3月5日 / 某某县人民
    政府办公室, a page that put the date first), or None: the line must name a body and be the
    document's last but for notes — never a next document's red head (某某县人民政府 / 关于…)."""
    if i + 1 >= len(doc_blocks):
        return None
    text = doc_blocks[i + 1].text.strip()
    if len(text) > _UNDER_DATE_MAX or not text.endswith(ISSUER_SUFFIXES) or "关于" in text or "，" in text:
        return None
    rest = doc_blocks[i + 2 :]
    return text if all(_TAIL_NOTE_RE.match(b.text.strip()) for b in rest) else None


# An office and its holder's name signing under the date (Macau and Hong Kong acts): 行政长官 崔世安 /
# 经济财政司司长 梁维特 — the office is the issuer (the text is Simplified here)
OFFICE_SIGNER_RE = compile_re(
    rf"^(?P<office>行政长官|[{_CJK}]{{2,8}}司司长)[\s\u3000]+[{_CJK}](?:[\s\u3000]?[{_CJK}]){{1,3}}$"
)


def read_attachments(doc_blocks: list[Block]) -> list[Attachment]:
    """附件：1. X 2. Y lines, and 附件N headings, merged by label."""
    found: dict[str, Attachment] = {}
    i = 0
    while i < len(doc_blocks):
        block = doc_blocks[i]
        text = block.text
        m = ATTACHMENT_LIST_RE.match(text) if text.startswith("附件") else None  # (most blocks: a C test)
        if m and block.kind != TABLE_ROW:
            rest = m.group("rest").strip()
            items = _numbered_items(rest)
            if items:
                for n, item in items:
                    label = f"附件{n}"
                    found.setdefault(label, Attachment(label=label, title=_att_title(item), line=block.line))
            elif rest and not ATTACHMENT_NUMBER_RE.match(rest):  # (a list out of order: not read)
                found.setdefault("附件", Attachment(label="附件", title=_att_title(rest), line=block.line))
            # the list goes on in numbered items: 2. 平谷区落实耕地保护“田长制”管理机制
            j = i + 1
            while (
                j < len(doc_blocks)
                and doc_blocks[j].kind == ITEM
                and doc_blocks[j].style == "num"
                and len(doc_blocks[j].text) <= 80
            ):
                nxt = doc_blocks[j]
                label = f"附件{nxt.number}"
                found.setdefault(label, Attachment(label=label, title=_att_title(nxt.body), line=nxt.line))
                j += 1
            i = j
            continue
        h = (
            ATTACHMENT_HEADING_RE.match(text)
            if text.startswith("附件")
            and block.kind != TABLE_ROW
            and len(text) <= (60 if block.kind == HEADING else _ATTACHMENT_LINE_MAX)
            and "。" not in text
            else None
        )
        if h and block.kind != HEADING and not (h.group("n") and h.group("title")):
            h = None  # a paragraph that opens with 附件 is a label only as 附件2：X
        if h and (h.group("n") or not h.group("title")):
            label = f"附件{int(h.group('n'))}" if h.group("n") else "附件"
            title = _att_title(h.group("title")) if h.group("title") else None
            if (
                not title
                and i + 1 < len(doc_blocks)
                and doc_blocks[i + 1].kind in (HEADING, PARAGRAPH)
                and len(doc_blocks[i + 1].text) <= 80
                and "。" not in doc_blocks[i + 1].text
            ):
                title = clean_title(doc_blocks[i + 1].text)
            entry = found.setdefault(label, Attachment(label=label, title=title, line=block.line))
            if not entry.title or (title and entry.title != title and entry.title.startswith(title) and _whole(title)):
                # the heading over the attachment itself; a list's last item may run on into the
                # signature on a page printed on one line (…分解表重庆市沙坪坝区人民政府办公室2022…)
                found[label] = replace(entry, title=title)
        i += 1
    return sorted(found.values(), key=lambda a: (len(a.label), a.label))


_ATTACHMENT_ENDS = ("表", "清单", "名单", "目录", "一览表")  # …任务分解表: an attachment's title ends


def _whole(title: str) -> bool:
    """Does an attachment's heading end as a title does (…的通知, …方案, …分解表), not on the
    first line of a wrapped one (湖北省巴东县官渡口镇马鬃山村 / 地质险情调查专家组意见)?"""
    return kind_of(title) is not None or title.endswith(_ATTACHMENT_ENDS)


def _numbered_items(rest: str) -> list[tuple[int, str]]:
    """A list of attachments on one line, numbered 1, 2, 3 … in order from its start; [] when it
    is not one (a number out of order, or text before the first)."""
    marks = list(ATTACHMENT_NUMBER_RE.finditer(rest))
    if not marks or marks[0].start() != 0:
        return []
    numbers = [int(mark.group("n") or mark.group("glued")) for mark in marks]
    if numbers != list(range(1, len(numbers) + 1)):
        return []
    ends = [mark.start() for mark in marks[1:]] + [len(rest)]
    items = [(n, rest[mark.end() : end].strip(" ；;，,")) for n, mark, end in zip(numbers, marks, ends, strict=True)]
    return items if all(title for _, title in items) else []


# audit20: an attachment's name ends at a download button (vocab.heads.ATTACHMENT_BUTTON_PATTERN), and one that holds a
# sentence's end inside ran on into the page's next paragraph (附件：…上半年落实情况为进一步了解…，请您…提出宝贵的意见
# 或建议。我们将… — shouxian 2022, dev: a feedback form's prompt): its name is not known, the label stays
_ATTACHMENT_BUTTON_RE = compile_re(ATTACHMENT_BUTTON_PATTERN)
_SENTENCE_END_RE = compile_re(r"[。！？!?]")


def _att_title(text: str) -> str | None:
    name = text.strip().rstrip("；;。，,")
    if (button := _ATTACHMENT_BUTTON_RE.search(name)) is not None:
        name = name[: button.start()].rstrip()
    if _SENTENCE_END_RE.search(name):
        return None
    return clean_title(name)


def _own_glued(number: DocNumber, own: DocNumber | None) -> bool:
    """Is ``number`` the document's own, read with words glued before it or cut short
    (某某市物业管理办法某某市人民政府令第3号 → 管理办法某某市人民政府令第3号)? Same year and serial,
    one agency ending the other."""
    return (
        own is not None
        and number.serial == own.serial
        and number.year == own.year
        and number.agency != own.agency
        and (number.agency.endswith(own.agency) or own.agency.endswith(number.agency))
    )


# A number printed as a metadata value under a key of its own (文件号：X / 【公文字号】X / 发文编号 | X |):
# the key names the document's number, whatever its spelling — never a citation, even when the key is
# not one the metadata reader knows. A key that points elsewhere (依据文号, 原文号, 废止文件号) is kept.
_NUMBER_KEY_RE = compile_re(
    rf"[\s\u3000•·*|\-【\[（(]*(?P<key>[{_CJK}\s\u3000]{{1,10}}?)[\s\u3000]*[】\]]?[\s\u3000]*[:：|]?[\s\u3000|]*$"
)
# after the value: the line's end, or spaces and the next pair of a two-pair line (文  號 X 主 題 詞 Y)
_AFTER_VALUE_RE = compile_re(r"[|。；;，,）)】\]]*(?:[ \t\u3000]*(?:\n|$)|[ \t\u3000|]+\S)")


# A number on a header or footer line of the document itself — with nothing else on the line but a
# body's name, a date and 印发 (某县人民政府办公室　某政办发〔2019〕12号 / 某县人民政府办公室 2019年6月3日印发
# （某政办发〔2019〕12号）): the document's own number, never a citation.
_FURNITURE_BODY = rf"[{_CJK}]{{0,30}}?(?:{ISSUER_SUFFIX_ALTERNATION})"
_FURNITURE_BEFORE_RE = compile_re(
    rf"[ \t\u3000]*(?P<body>{_FURNITURE_BODY})?[ \t\u3000]*(?:{LINE_DATE})?[ \t\u3000]*(?:印发|签发|发布)?[ \t\u3000]*[（(〔\[]?[ \t\u3000]*"
)
# a body's name with one of these is a sentence citing a number (根据县人民政府 某政发〔2018〕3号)
_CITING_VERBS = tuple(word for word in AGENCY_STOP_WORDS if len(word) > 1)
# the words on a header line before a number that cite it (根据, 转发, 依据文号, 原文号 …; not the
# kind words that end a title: …的通知泾政(2023)1号 is the title and its own number)
_HEAD_CITING_WORDS = tuple(w for w in AGENCY_STOP_WORDS if len(w) > 1 and w not in DOC_KINDS and w != "文件")


def _own_in_head(before: str) -> bool:
    """Is a number on a document's header line, with ``before`` in front of it on its line, the
    document's own? Yes after its title (…的通知) or nothing at all; no after a citing word."""
    before = before.strip(" \u3000（(")
    if not before or kind_of(split_title_number(before)[0]) is not None:
        return True
    return not any(w in before for w in _HEAD_CITING_WORDS + NUMBER_KEYS_ELSEWHERE)


_FURNITURE_AFTER_RE = compile_re(
    rf"[ \t\u3000]*[）)〕\]]?[ \t\u3000]*(?:{LINE_DATE})?[ \t\u3000]*(?:印发|签发)?[ \t\u3000。]*(?:\n|$)"
)


_LINE_HEAD_MAX = 80  # characters before a number on its line that a header or keyed line may hold


def _line_start(text: str, start: int) -> int | None:
    """Where the line holding ``text[start]`` begins, when it begins at most _LINE_HEAD_MAX characters
    before it; None otherwise (the look-back is bounded: a huge paragraph stays linear)."""
    floor = max(0, start - _LINE_HEAD_MAX)
    at = text.rfind("\n", floor, start)
    return at + 1 if at >= 0 else (0 if floor == 0 else None)


def _furniture_number_at(text: str, line_start: int, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` (its line begins at ``line_start``) alone on its line but
    for a body's name, a date or 印发 (某县人民政府办公室　某政办发〔2019〕12号 / …2019年6月3日印发
    （某政办发〔2019〕12号）)?"""
    furniture = _FURNITURE_BEFORE_RE.fullmatch(text, line_start, start)
    return (
        furniture is not None
        and _FURNITURE_AFTER_RE.match(text, end) is not None
        and not any(word in (furniture.group("body") or "") for word in _CITING_VERBS)
    )


def _keyed_number_at(text: str, line_start: int, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` (its line begins at ``line_start``) the value of a number
    key (``发文编号：某政办发〔2019〕12号``)?"""
    m = _NUMBER_KEY_RE.match(text, line_start, start)
    if m is None or not _AFTER_VALUE_RE.match(text, end):
        return False
    key = compact(m.group("key"))
    return key.endswith(("号", "號")) and not any(word in key for word in NUMBER_KEYS_ELSEWHERE)


_ISSUING_VERBS = ("印发", "转发", "批转", "发布", "颁布", "公布")
_TITLE_QUOTES_RE = compile_re(r"[《》〈〉<>“”\"]")


def _issued_by(cited: str, title: str) -> bool:
    """Is ``cited`` the piece the document's own title issues (关于印发某县安全生产工作方案的通知,
    printed without 《》, cites 《某县安全生产工作方案》 in its body)? The title names it right after
    an issuing verb and before 的/和/、/及 or its end; a title that merely contains the name
    (2021年政府工作报告目标任务分解方案 and 《政府工作报告》) does not issue it."""
    plain = _TITLE_QUOTES_RE.sub("", title)
    for verb in _ISSUING_VERBS:
        at = plain.find(verb)
        if at < 0:
            continue
        # the pieces after the verb: 印发A和B的通知 / 印发A、B、C的通知 (the last one ends at its 的)
        issued = plain[at + len(verb) :]
        start = 0
        while (start := issued.find(cited, start)) >= 0:
            before = issued[start - 1 : start] if start else ""
            after = issued[start + len(cited) : start + len(cited) + 1]
            if before in ("", "和", "、", "及", "，") and after in ("", "的", "和", "、", "及", "，"):
                return True
            start += 1
    return False


def _opens_body(text: str) -> bool:
    """Is ``text`` a document's first words — its recipients or its first sentence?"""
    return "。" in text or "，" in text or "," in text or is_recipients(text)


def _furniture_number(head: list[Block], foot: list[Block]) -> DocNumber | None:
    """The one number printed on the document's own header lines (keyed or beside its issuer and
    date) or its print line at the foot (with 印发); None when there is none or more than one."""
    found: dict[tuple[str, int | None, int], DocNumber] = {}
    for block in [*head, *(b for b in foot if "印发" in b.text)]:
        text = block.text
        for start, end, number in scan_doc_numbers(text):
            line_start = _line_start(text, start)
            if line_start is not None and (
                _furniture_number_at(text, line_start, start, end) or _keyed_number_at(text, line_start, start, end)
            ):
                found[_number_key(number)] = number
    return next(iter(found.values())) if len(found) == 1 else None


def _after_quote(text: str, at: int) -> int:
    """Where a document number printed right after the 》 ending at ``at`` would start: past spaces
    (《…的通知》 某政发〔2019〕5号要求)."""
    j = at
    while j < len(text) and text[j] in " \u3000":
        j += 1
    return j


def _before_quote(text: str, at: int) -> int:
    """Where a document number ending right before the 《 at ``at`` would end: past spaces and a
    文件/文 between them (某市政发〔2019〕5号文件《…》)."""
    j = at
    while j and text[j - 1] in " \u3000":
        j -= 1
    if text.endswith("文件", 0, j):
        j -= 2
    elif text.endswith("文", 0, j):
        j -= 1
    return j


# Where a document prints its own number outside its header lines (precision round 17): run on before its
# recipients, at the start of a paragraph or after its title and a comma (呼政办发〔2008〕68号 各旗、县、区人民政府，
# 市各委、办、局：经… / …的通知，鄂府发〔2025〕8号 各旗区人民政府，…：), or after a number key in the middle of a
# line of metadata pairs (…的通知文 号 白政办发〔2019〕9号 主 题 词 …).
_OWN_BEFORE_RE = compile_re(rf"(?:\n|(?:{DOC_KIND_ALTERNATION})[，,]?)[ \t\u3000]*$")
_RECIPIENTS_AFTER_RE = compile_re(r"[ \t\u3000，,]*(?P<to>[^：:。\n]{2,120}[：:])")
_NUMBER_KEY_SPELLINGS = sorted((k for k, f in METADATA_KEYS.items() if f == "doc_number"), key=len, reverse=True)
_GLUED_NUMBER_KEY_RE = compile_re(
    "(?:" + "|".join(r"[ \t\u3000]{0,3}".join(map(re.escape, key)) for key in _NUMBER_KEY_SPELLINGS) + ")"
    r"[ \t\u3000]*[：:]?[ \t\u3000]*$"
)
_OWN_LOOK_BACK = 40  # characters before a number read for its title or key


def _own_by_place(text: str, start: int, end: int, head: bool) -> bool:
    """Is the number at ``text[start:end]`` the document's own by where it stands: before the recipients it
    is sent to (at a paragraph's start or after the title), or — on the header lines (``head``) — right
    after a number key that does not point elsewhere (原文号, 依据文号)?"""
    before = text[max(0, start - _OWN_LOOK_BACK) : start]
    if _OWN_BEFORE_RE.search(before if start > _OWN_LOOK_BACK else "\n" + before) is not None:
        to = _RECIPIENTS_AFTER_RE.match(text, end)
        if to is not None and is_recipients(to.group("to")):
            return True
    if not head:
        return False
    key = _GLUED_NUMBER_KEY_RE.search(before)
    return key is not None and not any(word in before[: key.start()][-3:] for word in NUMBER_KEYS_ELSEWHERE)


def _placed_own(doc_blocks: list[Block]) -> tuple[str, int | None, int] | None:
    """The key of the first number that :func:`_own_by_place` finds the document's own (None: none)."""
    in_head = True  # before the body's first sentence (a line of metadata pairs may hold commas: 主题词 A，B)
    for block in doc_blocks:
        text = block.text
        in_head = in_head and "。" not in text
        if "号" not in text and "號" not in text:
            continue
        for start, end, number in scan_doc_numbers(text):
            if _own_by_place(text, start, end, in_head):
                return _number_key(number)
    return None


# The bracket after a cited 《title》 holding a number whose 号 a page lost (《…的通知》(吐市财[2021]27)): the agency,
# its year in brackets and the serial, nothing else (precision round 17)
_LOST_HAO_RE = compile_re(
    rf"[ \t\u3000]*[{_CJK}]{{1,12}}[〔\[［（(【][ \t\u3000]*(?:19|20)\d\d[ \t\u3000]*[〕\]］）)】][ \t\u3000]*\d{{1,4}}[ \t\u3000]*"
)


def _bracketed_number(paren: str) -> DocNumber | None:
    """The number in the bracket after a cited title: as printed, or with its lost 号 restored when the bracket
    holds nothing but an agency, a bracketed year and a serial."""
    number = read_doc_number(paren)
    if number is None and _LOST_HAO_RE.fullmatch(paren):
        printed = paren.strip(" \t\u3000")
        restored = read_doc_number(printed + "号")
        number = replace(restored, raw=printed) if restored is not None else None  # raw: as printed
    return number


# Serials that share the number before them (rosters and tasks round 18): 根据某政发〔2021〕8号、9号文件 / …8号和9号 — the
# agency and year printed once; each serial closed by its own 号 (号/號), at most a few.
_SHARED_SERIALS_RE = compile_re(r"(?:[、和及与][ \t\u3000]*\d{1,4}[ \t\u3000]*[号號]){1,6}")
_SHARED_SERIAL_RE = compile_re(r"\d{1,4}(?=[ \t\u3000]*[号號])")


def _shared_serials(text: str, end: int, number: DocNumber) -> list[DocNumber]:
    """The numbers a ``number`` ending at ``end`` shares its agency and year with: 某政发〔2021〕8号、9号 → [某政发〔2021〕9号]."""
    tail = _SHARED_SERIALS_RE.match(text, end)
    closer = number.text.rfind("〕")
    if tail is None or closer < 0:
        return []
    prefix = number.text[: closer + 1]
    shared = (read_doc_number(f"{prefix}{m.group()}号") for m in _SHARED_SERIAL_RE.finditer(tail.group()))
    return [n for n in shared if n is not None]


# serials listed before one 号 after a year's bracket: 某政发〔2021〕8、9号 (two numbers, one agency and year)
_LISTED_SERIALS_RE = compile_re(
    r"(?<=[〕\]］)）﹞])(\d{1,4})((?:[ \t\u3000]*[、,，][ \t\u3000]*\d{1,4}){1,6})[ \t\u3000]*([号號])"
)
_AGENCY_REACH = 40  # how far before the year's bracket an agency is looked for


def _listed_serials(text: str) -> list[tuple[int, int, DocNumber, list[DocNumber]]]:
    """Numbers printed with their serials listed before one 号, as (start, end, first, the others):
    某政发〔2021〕8、9、10号 → 某政发〔2021〕8号 and [某政发〔2021〕9号, 某政发〔2021〕10号]."""
    out: list[tuple[int, int, DocNumber, list[DocNumber]]] = []
    for m in _LISTED_SERIALS_RE.finditer(text):
        origin = max(0, m.start() - _AGENCY_REACH)
        head = text[origin : m.start()] + m.group(1) + m.group(3)
        first = next(((s, n) for s, e, n in scan_doc_numbers(head) if e == len(head)), None)
        if first is None or (closer := first[1].text.rfind("〕")) < 0:
            continue
        prefix = first[1].text[: closer + 1]
        others = (read_doc_number(f"{prefix}{d}号") for d in re.findall(r"\d{1,4}", m.group(2)))
        out.append((origin + first[0], m.end(), first[1], [n for n in others if n is not None]))
    return out


def read_citations(doc_blocks: list[Block], *, own: DocNumber | None, title: str) -> list[Citation]:
    """Documents cited in the text: 《title》（number）, 《title》, or a bare number.

    Never the document's own number, nor the plan it issues (named in its own title, in 《》 or not).
    """
    own_key = _number_key(own) if own else None
    # no number read as the document's own: the one it prints before its recipients or under a key is
    placed = _placed_own(doc_blocks) if own is None else None
    enclosed = set(re.findall(r"《([^《》]+)》", title)) | {title}
    out: list[Citation] = []
    # where each number and title was first cited: an index into out
    by_number: dict[str, int] = {}
    by_title: dict[str, int] = {}

    def add(cited_title: str | None, number: DocNumber | None, line: int) -> None:
        if number and (_number_key(number) in (own_key, placed) or _own_glued(number, own)):
            return
        if cited_title and (cited_title in DOC_KINDS or len(cited_title) <= 3):
            return  # 《决定》《规划》: a short back-reference to a document named just before
        if number:
            known = by_number.get(number.text)
            if known is None and cited_title:
                known = by_title.get(cited_title)
            if known is not None:  # seen before: fill in what the earlier mention lacked
                earlier = out[known]
                out[known] = replace(
                    earlier, title=earlier.title or cited_title, doc_number=earlier.doc_number or number
                )
                by_number[number.text] = known
                return
        elif not cited_title or cited_title in enclosed or cited_title in by_title or _issued_by(cited_title, title):
            return
        out.append(Citation(title=cited_title, doc_number=number, line=line))
        if number:
            by_number[number.text] = len(out) - 1
        if cited_title:
            by_title[cited_title] = len(out) - 1

    in_head = True  # before the body's first sentence: the document's own header lines
    # …and after its signature's date: its 抄送 and print lines
    foot = max((k for k, b in enumerate(doc_blocks) if b.kind == DATE), default=len(doc_blocks))
    for index, block in enumerate(doc_blocks):
        text = block.text
        if in_head and ("。" in text or (("，" in text or "," in text) and not is_recipients(text))):
            in_head = False  # the body's first sentence (a recipients line is still the head's)
        history = in_head and history_line(text) is not None
        if "《" not in text and "号" not in text and "號" not in text:
            continue
        own_lines = in_head or index > foot
        # spans of 《title》（number） already read, in text order: a bare number inside one is
        # skipped (a pointer walks them alongside the numbers, so a huge paragraph stays linear)
        covered: list[tuple[int, int]] = []
        numbers = list(scan_doc_numbers(text))
        listed = _listed_serials(text) if "、" in text or "," in text or "，" in text else []
        if listed:  # 〔2021〕8、9号: the first read as a number of its own, the others shared after it
            numbers = sorted(numbers + [(start, end, first) for start, end, first, _ in listed], key=lambda n: n[0])
        others_at = {start: others for start, _, _, others in listed}
        if "《" in text:
            ends = {end: (start, number) for start, end, number in numbers}  # a number right before a 《title》
            starts = {start: (end, number) for start, end, number in numbers}  # …or right after one
            for m in CITED_TITLE_RE.finditer(text):
                cited = clean_title(m.group("title"))
                number = _bracketed_number(m.group("paren")) if m.group("paren") else None
                if number is None and m.group("paren") and listed:
                    # 《…》（某政发〔2021〕8、9号）: the title goes with the first, the others cited after it
                    number = next((n for s, _, n, _ in listed if m.start("paren") <= s < m.end("paren")), None)
                if number is None and (before := ends.get(_before_quote(text, m.start()))) is not None:
                    # 根据某市政发〔2019〕5号《某某市人民政府关于…的通知》: one document, its number first
                    number = before[1]
                    covered.append((before[0], m.end()))
                elif (
                    number is None
                    and not m.group("paren")
                    and cited not in enclosed
                    and (after := starts.get(_after_quote(text, m.end()))) is not None
                ):
                    # 根据《关于…的通知》矿大组织﹝2014﹞17号要求: one document, its number glued after it, no bracket
                    number = after[1]
                    covered.append((m.start(), after[0]))
                elif number:
                    covered.append(m.span())
                if number or (
                    cited.rstrip("”》").endswith(_CITABLE_ENDS) and not text.endswith(_TO_BE_WRITTEN, 0, m.start())
                ):
                    add(cited, number, block.line)
        if read_doc_number(text) is not None:
            continue  # a number alone on its line heads a document (one not split off), it is not cited
        k = 0
        for start, end, number in numbers:
            line_start = _line_start(text, start)
            if line_start is not None and (
                _furniture_number_at(text, line_start, start, end)
                or (own_lines and _keyed_number_at(text, line_start, start, end))
            ):
                continue  # beside only an issuer or date; keyed on a header or footer line (in the body, cited)
            if in_head and not history and line_start is not None and _own_in_head(text[line_start:start]):
                # a number on the header lines that no verb introduces is the document's own, glued
                # to its title or cut by a wrap (关于…的通知泾政(2023)1号): never a citation;
                # 关于转发国办发〔2019〕3号文件的通知 and 依据文号：… cite
                continue
            while k < len(covered) and covered[k][1] <= start:
                k += 1
            if not (k < len(covered) and covered[k][0] <= start):
                add(None, number, block.line)  # (inside a 《title》（number） already read: cited with its title)
            for shared in others_at.get(start, ()):
                add(None, shared, block.line)  # 〔2021〕8、9号: the 9 shares the 8's agency and year
            if text[end : end + 1] in "、和及与":
                for shared in _shared_serials(text, end, number):
                    add(None, shared, block.line)  # …8号、9号: the second shares the first's agency and year
    return out
