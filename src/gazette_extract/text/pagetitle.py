"""A page's ``<title>`` printed as its first line: the document's title, then the site's names.

Sites and their mirrors print the page's title with what the CMS appends after it, apart by a
separator: the site's name, the column, the body that runs the site, or a content farm's spam
name — never part of the title:

* ``关于做好防汛工作的通知_某某县人民政府`` (a CMS: ``_``, the body's name),
* ``关于…的通知_政府信息公开_某某县人民政府`` / ``…的通知_国务院文件_中国政府网`` (column, then site),
* ``…的意见-湖南省人民政府门户网站`` / ``… - 某某县人民政府门户网站`` / ``…|某某新闻网`` (the site),
* ``自治区十四届人大常委会第七次会议举行-凯发备用手机登录`` (a spam site's name: 登录, 官网, 入口 …).

A content farm may also put its own name where the issuing body's stood, before ``关于``
(``365体育投注_365体育直播-竞猜网投关于在…的决定``): :func:`strip_spam_prefix` cuts a prefix that
holds a CMS separator ``_`` (never inside a body's name) and does not end in a body's suffix.

:func:`page_title_head` gives the title without them, or ``None`` when the line is not so
printed. Precision first: the last part must be a site's name (ends in a site word), a spam
name (:data:`SPAM_TAIL_WORDS`) or an issuing body's name; a part between (the column) must be
short and only behind a CMS separator (``_`` ``|``); a year range (``2021-2025年``) or a
headline's deck (``——写在…之际``) is never cut. One anchored search per line, linear.
"""

from __future__ import annotations

from .._pattern_cache import compile_re
from ..vocab.common import CJK, DOC_KIND_ALTERNATION, ISSUER_SUFFIXES, alternation
from ..vocab.heads import HEADLINE_SLASH_TAGS

# The last part names a site (门户网站, 新闻网, 中国政府网 …)
SITE_TAIL_WORDS: tuple[str, ...] = ("门户网站", "网站", "政府网", "门户网", "门户", "网", "官网")
# … or is a content farm's name glued to a mirrored headline, as real mirrors print it
SPAM_TAIL_WORDS: tuple[str, ...] = (
    "登录",  # …第七次会议举行-凯发备用手机登录 (cabb123-2023)
    "入口",  # …-某某体育官方入口
    "下载",  # …-某某app下载
    "手机版",  # …_某某网手机版
    "网址",  # …-某某娱乐网址
    "客户端",  # …-某某新闻客户端
    "官方网站",  # …-某某官方网站
    "APP",  # …-某某APP
    "app",  # …-某某app
    # a content farm's ticker tag after a mirrored headline (titles24: …进度同比略快-环球观点, meiriwang 2023, dev; the
    # same farms print 焦点热议 / 天天快讯 / 全球热闻 / 今日热搜 / 世界新消息 / 每日看点 / 当前快看): the tag's last words
    "观点",
    "快讯",
    "热闻",
    "热议",
    "热搜",
    "新消息",
    "看点",
    "快看",
)
# … or a portal or document-sharing site that reprints the page (round 10): …推进会 - 搜狐 / …的通知_百度文库
PORTAL_TAIL_WORDS: tuple[str, ...] = (
    *("搜狐", "网易", "网易新闻", "腾讯新闻", "新浪新闻", "凤凰新闻", "澎湃新闻", "今日头条", "百度百科", "百度知道"),
    *("百度文库", "文库", "道客巴巴", "原创力文档", "知乎", "豆瓣", "微信公众平台"),
)
# … or the paper the page reprints from, glued after a hyphen (s11-heads11): 政府工作报告-南宁日报 (nanninghotline)
PAPER_TAIL_WORDS: tuple[str, ...] = ("日报", "晚报", "早报", "晨报", "都市报", "商报", "时报")
PAGE_TITLE_TAIL_WORDS = tuple(
    sorted({*SITE_TAIL_WORDS, *SPAM_TAIL_WORDS, *PORTAL_TAIL_WORDS, *PAPER_TAIL_WORDS}, key=len, reverse=True)
)
_PART_MAX = 30
_COLUMN_MAX = 12
_HEAD_MIN = 6
_LINE_MAX = 140
# The last separator and the part after it: _ | ｜ (a CMS), a dash with spaces (` - `), a hyphen
# or a dash between two characters that are not digits (2021-2025 is a range; —— opens a deck)
_SEPARATOR = r"(?:\s*[_|｜＿]\s*|\s+[-—–－]\s+|(?<=[^\s\d\-—－])[-—－](?=[^\s\d\-—－]))"
# The characters one of which every separator holds (_SEPARATOR's and _DECK_SEPARATOR_RE's): a scan for
# them in C comes before the two patterns
_SEPARATOR_CHAR_RE = compile_re(r"[_|｜＿\-—–－]")
_LAST_PART_RE = compile_re(rf"(?P<sep>{_SEPARATOR})(?P<part>[^\s_|｜＿\-—–－，。；：:、！？!?]{{2,{_PART_MAX}}})$")
_KIND_END_RE = compile_re(rf"(?:{DOC_KIND_ALTERNATION})[”》」]?$")
# A double dash before the site's name: 关于…的通知——某某县人民政府网 / …会议——某某新闻网. A double
# dash opens a headline's deck too (——写在…之际, ——筑牢安全防护网), so only a site's own word ends it
# (a bare 网 ends decks), a spam name, or a body's name after a title that ends in a document's kind.
_DECK_SEPARATOR_RE = compile_re(r"\s*(?:——|－－|--|—)\s*(?P<part>[^\s_|｜＿\-—–－，。；：:、！？!?]{2,30})$")
DECK_SITE_WORDS: tuple[str, ...] = ("门户网站", "网站", "政府网", "门户网", "官网", "新闻网", "门户")


# A prefix before 关于 with a CMS separator in it: 365体育投注_365体育直播-竞猜网投关于…
_SPAM_PREFIX_RE = compile_re(r"^[^\s，。；：:、《》“”（）()]{1,40}?_[^\s，。；：:、《》“”（）()]{1,40}?(?=关于)")


def strip_spam_prefix(line: str) -> str | None:
    """A title line without the spam name a content farm put before its ``关于`` (see the module);
    None when the line has none."""
    m = _SPAM_PREFIX_RE.match(line)
    if m is None or m.group().endswith(ISSUER_SUFFIXES) or line.startswith("附件"):
        return None
    return line[m.end() :]


def _is_last_part(part: str) -> bool:
    return part.endswith(PAGE_TITLE_TAIL_WORDS) or part.endswith(ISSUER_SUFFIXES) or _is_aliased_body(part)


# A body printed with its second name in brackets, as an office that is two offices signs (titles22):
# 党委学工部(学生处) (zisu, dev: …仪式-浙江外国语党委学工部(学生处)) / 党委宣传部（新闻中心） / 办公室(法规处). Both names end
# in a body's word; a headline's own bracket (…会议（图）, …方案（试行）, …名单(第一批)) names none.
_ALIAS_RE = compile_re(r"[(（](?P<alias>[^()（）\s]{2,12})[)）]$")


def _is_aliased_body(part: str) -> bool:
    alias = _ALIAS_RE.search(part) if part[-1:] in ")）" else None
    return (
        alias is not None
        and alias.start() >= 2
        and part[: alias.start()].endswith(ISSUER_SUFFIXES)
        and alias.group("alias").endswith(ISSUER_SUFFIXES)
    )


# A reprint's note after a document's title (…的通知（全文）/ （附全文）/ 【全文】/ | 附全文 / （附解读）/ （图）): the
# site's, never the document's — only after a title that ends in a document's kind (a news headline keeps
# its （图） as printed)
_REPRINT_NOTE_RE = compile_re(
    r"\s*(?:[（(【\[]\s*(?:附?全文|附解读|附图解?|附政策解读|图|组图|图文|视频)\s*[）)】\]]|[|｜]\s*附全文)$"
)
REPRINT_NOTE_LAST = frozenset("）)】]文")


def page_title_head(line: str) -> str | None:
    """The title of a page's ``<title>`` line without the site's, column's or spam names after
    it (see the module), or without a reprint's note after a document's title (``…的通知（全文）``);
    ``None`` when the line has none."""
    text = line.strip()
    if (
        text[-1:] in REPRINT_NOTE_LAST
        and ("图" in text or "全文" in text or "解读" in text or "视频" in text)  # (a note's words, in C first)
        and (note := _REPRINT_NOTE_RE.search(text)) is not None
        and _KIND_END_RE.search(text, 0, note.start()) is not None
    ):
        return text[: note.start()]
    if len(text) > _LINE_MAX or "。" in text or "\t" in text or text.count("|") + text.count("｜") > 1:
        return None  # a sentence, or a table row (1|加快推进项目建设|区发改委|区财政局)
    if _SEPARATOR_CHAR_RE.search(text) is None:
        return None  # no separator for either pattern below (each opens on spaces: re tries it at every position)
    m = _LAST_PART_RE.search(text)
    if m is None and (deck := _DECK_SEPARATOR_RE.search(text)) is not None:
        return _head_before_deck_site(text[: deck.start()].rstrip(), deck.group("part"))
    if m is None or not _is_last_part(m.group("part")):
        return None
    head = text[: m.start()]
    # a column between the title and the site, behind the same separator: …的通知_政府信息公开_某某县
    # 人民政府 ; …的通知-新闻中心-某某网
    for _ in range(2):
        c = _LAST_PART_RE.search(head)
        if c is None or len(c.group("part")) > _COLUMN_MAX or c.group("sep").strip() != m.group("sep").strip():
            break
        if len(head[: c.start()]) < _HEAD_MIN:
            break
        head = head[: c.start()]
    head = head.rstrip()
    if len(head) < _HEAD_MIN:
        return None
    part, cms = m.group("part"), m.group("sep").strip() in ("_", "|", "｜", "＿")
    # a body's name after a dash may be the headline's own end (…会议-某某县人民政府 is a CMS title
    # only behind _ or |, or after a title that ends in a document's kind)
    # (a body with its second name in brackets is the site's owner behind any separator: no headline ends so)
    body_only = part.endswith(ISSUER_SUFFIXES) and not part.endswith(PAGE_TITLE_TAIL_WORDS)
    return None if body_only and not cms and not _KIND_END_RE.search(head) else head


def _head_before_deck_site(head: str, part: str) -> str | None:
    """The title before ``——site`` (see _DECK_SEPARATOR_RE), or None when the part is a deck."""
    if len(head) < _HEAD_MIN:
        return None
    if part.endswith((*DECK_SITE_WORDS, *SPAM_TAIL_WORDS)):
        return head
    return head if part.endswith(ISSUER_SUFFIXES) and _KIND_END_RE.search(head) else None


# An outlet's tag closed by a slash before a headline (vocab HEADLINE_SLASH_TAGS): 即/某某接任某县代理县长 / 快讯／… — the
# rest a headline: at least six Han characters, no clause mark (a speaker's colon may stand), no further slash,
# the line at most 40 characters
_HEADLINE_TAG_RE = compile_re(rf"^(?:{alternation(HEADLINE_SLASH_TAGS)})\s*[/／]\s*(?=[^/／，。；,;]{{6,38}}$)")
HEADLINE_TAG_FIRST = frozenset(tag[0] for tag in HEADLINE_SLASH_TAGS)
_HEADLINE_TAG_LINE_MAX = 40
_HAN_RE = compile_re(rf"[{CJK}]")


def strip_headline_tag(line: str) -> str | None:
    """The headline without an outlet's tag and slash before it (即/…, 快讯／…), or None when the line has none."""
    if len(line) > _HEADLINE_TAG_LINE_MAX or (m := _HEADLINE_TAG_RE.match(line)) is None:
        return None
    rest = line[m.end() :]
    return rest if len(_HAN_RE.findall(rest)) >= 6 else None
