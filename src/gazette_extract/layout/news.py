"""A news-style page read as one document: its headline, publish date and, where the story
dates its event to the publish day, its date.

Pages that carry gazette content are often news items: navigation (breadcrumbs, e-paper page
labels, column tags), a headline, a publish line, then the story. The head's lines stand alone
(:mod:`gazette_extract.text.newshead`); this module reads them:

- a whole item stored on one line is cut into its parts by :mod:`.newsline`;
- :func:`is_navigation` tells the lines that are never a headline (page labels, a column tag
  alone, publish lines);
- :func:`original_title` reads an ``原标题：`` line (the reprint's original title is the headline);
- :func:`news_dates` gives ``published`` (the publish line's date) and ``date`` (the 成文日期 of
  FORMAT.md: the day of the decision the story reports) only when the story's lead dates its
  event on the publish day (``今天（7月27日），…`` / ``新华社北京12月31日电``); a lead that dates it
  another day (``12月3日下午，…`` under ``2009年12月04日``) or not at all gives no date.
"""

from __future__ import annotations

from .._pattern_cache import compile_re
from ..grammars.dates import parse_date
from ..text.newshead import (
    COLUMN_TAG_RE,
    ORIGINAL_TITLE_RE,
    PAGE_LABEL_RE,
    is_news_head_line,
    publish_date,
)
from ..vocab.common import CJK, STORY_OPENER_ALTERNATION, LazyPattern
from .blocks import DATE, HEADING, PARAGRAPH, Block

_HEAD_BLOCKS = 12  # the publish line is among the first blocks of the page
_LEAD_MIN = 20  # the lead is the first paragraph under the publish line at least this long (not a reporter's line)
# A lead's mark before its first clause: 本报讯（记者 X） / 【财新网】（记者 X） / （记者 X）
_LEAD_MARK_RE = compile_re(rf"^(?:{STORY_OPENER_ALTERNATION})?\s*(?:[（(【\[][^）)】\]]{{0,30}}[）)】\]]\s*)*")
# The first clause of the lead: up to its first comma or full stop (a dateline's 电/讯 ends it too)
_CLAUSE_RE = compile_re(r"[^，。；,;]{1,60}")
# The first day the clause names: 今天 / 今日 / 12月31日 / 25日 (not 昨天: the labels disagree on it)
_DAY_RE = compile_re(
    r"(?P<today>今天|今日)|今\s*[（(](?P<td>\d{1,2})[）)]\s*日|(?P<m>\d{1,2})月(?P<md>\d{1,2})日|(?<![\d月])(?P<d>\d{1,2})日"
)


# A reporter's line under the headline: □东方今报·猛犸新闻记者 米方杰 / ■记者 钟鑫媛
_REPORTER_RE = LazyPattern(rf"^[□■◆●▲]?\s*[^，。：:\s]{{0,20}}?(?:记者|通讯员)\s*[{CJK}·]{{2,4}}$")
# A headline's second line continues its first: 区十届人大四次会议 / 将于3月25日召开
_CONTINUES = ("将", "于", "在", "并", "暨", "和", "与", "及", "的", "召开", "举行", "开幕", "闭幕")
_HEADLINE_LINE_MAX = 24
_HEADLINE_MAX = 60
# A news lead right under its headline: 本网讯（记者 X）12月11日，… / 本报讯 … / （记者 X）
_STORY_LEAD_RE = compile_re(rf"^(?:{STORY_OPENER_ALTERNATION}|[（(]\s*(?:记者|本报记者|本网记者|通讯员))")


def is_navigation(text: str) -> bool:
    """A line of a news page's head that is never its headline: an e-paper page label
    (第A01版:要闻), a column tag alone (【要闻】), a publish line or a summary line."""
    if ORIGINAL_TITLE_RE.match(text):
        return False
    return bool(PAGE_LABEL_RE.match(text) or COLUMN_TAG_RE.match(text) or _REPORTER_RE.match(text)) or (
        is_news_head_line(text)
    )


# The main headline of a session story: …人大常委会举行第二十六次会议 / …会议召开 / …会议闭幕
_SESSION_HEADLINE_RE = compile_re(r"会议(?:召开|举行|开幕|闭幕)?$")


def main_headline(text: str) -> str:
    """The main headline of a line that prints a lead-in (引题) before it, apart by a space:
    ``决定任命A为区人民政府副区长、代理区长 区十六届人大常委会举行第二十六次会议`` → the
    session's headline. Only when the second part, and only it, names the session; a headline
    that names the session first and goes on after a space is one title printed in two halves
    (``市十六届人大常委会举行第十三次会议 决定周海兵为…代理市长``) and is returned whole, as is
    any other line."""
    parts = text.split()
    if len(parts) != 2 or any(len(p) < 6 or any(c in p for c in "，。；：") for p in parts):
        return text
    lead_in, main = parts
    return main if _SESSION_HEADLINE_RE.search(main) and not _SESSION_HEADLINE_RE.search(lead_in) else text


def headline_end(blocks: list[Block], i: int) -> int:
    """Index after the last line of the headline that starts at ``blocks[i]``: a second (and
    third) short line that continues it (``将于3月25日召开``) belongs to it; a sub-headline
    (``王东峰主持主席团第四次会议``) does not."""
    j = i + 1
    length = len(blocks[i].text)
    while j < len(blocks) and j - i < 3:
        text = blocks[j].text
        if (
            blocks[j].kind not in (PARAGRAPH, HEADING)
            or len(text) > _HEADLINE_LINE_MAX
            or length + len(text) > _HEADLINE_MAX
            or not text.startswith(_CONTINUES)
            or any(p in text for p in "，。；：、")
            or is_navigation(text)
        ):
            break
        length += len(text)
        j += 1
    return j


def opens_story(blocks: list[Block], i: int) -> bool:
    """Does a news story's lead (本网讯 / 本报讯 / （记者 X）) follow the headline ending at
    ``blocks[i - 1]``, past its navigation lines?"""
    for block in blocks[i : i + 4]:
        if _STORY_LEAD_RE.match(block.text):
            return True
        if not is_navigation(block.text):
            return False
    return False


def original_title(text: str) -> str | None:
    """原标题：X → X (the reprint's original title); None for other lines."""
    m = ORIGINAL_TITLE_RE.match(text)
    if m is None:
        return None
    title = text[m.end() :].strip()
    return title if 4 <= len(title) <= 80 and "。" not in title else None


def news_dates(blocks: list[Block], start: int) -> dict[str, str]:
    """``published`` from the first publish line among the page's first blocks, and ``date``
    when the lead right under it dates its event on that day; ``{}`` when there is no publish
    line."""
    end = min(len(blocks), start + _HEAD_BLOCKS)
    for i in range(start, end):
        text = blocks[i].text
        if len(text) > 120 or "。" in text:
            break  # the story has begun: a time below is the story's, not the page's
        # a publish line, or a date alone between the headline and the story (• 2023-06-09)
        published = publish_date(text) or (parse_date(text) if blocks[i].kind == DATE else None)
        if published is None:
            continue
        out = {"published": published}
        lead = next(
            (
                b.text
                for b in blocks[i + 1 : end]
                if b.kind in (PARAGRAPH, HEADING) and len(b.text) >= _LEAD_MIN and not is_navigation(b.text)
            ),
            "",
        )
        if _dated_on(lead, published):
            out["date"] = published
        return out
    return {}


def _dated_on(lead: str, iso: str) -> bool:
    """Does the lead open by dating its event on the day ``iso``?"""
    mark = _LEAD_MARK_RE.match(lead)
    clause = _CLAUSE_RE.match(lead, mark.end() if mark else 0)
    m = _DAY_RE.search(clause.group()) if clause else None
    if m is None:
        return False
    if m.group("today"):
        return True
    month, day = int(iso[5:7]), int(iso[8:10])
    if m.group("td"):
        return int(m.group("td")) == day  # 今（26）日
    if m.group("m"):
        return int(m.group("m")) == month and int(m.group("md")) == day
    return int(m.group("d")) == day
