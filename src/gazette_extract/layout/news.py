"""A news-style page read as one document: its headline, publish date and, where the story
dates its event to the publish day, its date.

Pages that carry gazette content are often news items: navigation (breadcrumbs, e-paper page
labels, column tags), a headline, a publish line, then the story. The head's lines stand alone
(:mod:`gazette_extract.text.newshead`); this module reads them:

- a whole item stored on one line is cut into its parts by :mod:`.newsline`;
- :func:`is_navigation` tells the lines that are never a headline (page labels, a column tag
  alone, publish lines);
- :func:`original_title` reads an ``原标题：`` line (the reprint's original title is the headline);
- :func:`news_dates` gives ``published`` (the publish line's date) and ``date`` (FORMAT.md: the
  day of the session or event the story reports, when it states it): the day its dateline or
  lead names against the publish day (``今天（7月27日）``, ``昨天``, ``12月3日下午``,
  ``新华社北京12月31日电``; :mod:`.storyday`); a lead that dates nothing (``近日``) gives none.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from .._pattern_cache import compile_re
from ..grammars.dates import make_iso, parse_date, weekday_date_line
from ..text.newshead import (
    COLUMN_TAG_RE,
    DAY_LEAD_RE,
    HEADLINE_LEAD_RE,
    ORIGINAL_TITLE_RE,
    PAGE_LABEL_RE,
    SPEAKER_DECK_RE,
    SUBJECT_DAY_LEAD_RE,
    column_count_stamp,
    is_address_line,
    is_dateline_only,
    is_news_head_line,
    issue_line,
    labelled_stamp,
    opens_lead,
    publish_date,
    summary_key,
    summary_text,
)
from ..vocab.common import CJK, STORY_OPENER_ALTERNATION, LazyPattern, alternation, compact
from ..vocab.datelines import DAY_PART as _DAY_PART
from ..vocab.datelines import EDIT_STAMP_KEYS, MINUTES_PLACE_KEYS, MINUTES_TIME_KEYS, RELATED_LIST_HEADS
from ..vocab.heads import ORIGINAL_NOTE_KEYS
from .blocks import DATE, HEADING, PARAGRAPH, Block
from .chrome import is_consent_banner, is_site_chrome
from .recognize import is_recipients
from .storyday import is_dateline, is_photo_caption, lead_day, session_day

# A date alone in brackets: （2022年9月6日） / (2022-09-06)
_BRACKETED_DATE_RE = compile_re(
    r"^[（(]\s*(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2})\s*[）)]$"
)
_HEAD_BLOCKS = 12  # the publish line is among the first blocks of the page
_LEAD_LONG = 60  # a paragraph this long under the publish line is the lead even without a full stop


# A reporter's line under the headline: □东方今报·猛犸新闻记者 米方杰 / ■记者 钟鑫媛
# (Traditional 記者 / 通訊員 too: 記者 張三 under a headline was joined to it, titles24)
_REPORTER_RE = LazyPattern(rf"^[□■◆●▲]?\s*[^，。：:\s]{{0,20}}?(?:记者|通讯员|記者|通訊員)\s*[{CJK}·]{{2,4}}$")
# A headline's second line continues its first: 区十届人大四次会议 / 将于3月25日召开
_CONTINUES = ("将", "于", "在", "并", "暨", "和", "与", "及", "的", "召开", "举行", "开幕", "闭幕")
_HEADLINE_LINE_MAX = 24
_HEADLINE_MAX = 60
# A news lead right under its headline: 本网讯（记者 X）12月11日，… / 本报讯 … / （记者 X）
# A lead of one line that opens on its event's whole date and closes on a colon, the points under it numbered (dates20,
# julu: 2020年10月7日李扬镇长调度秸秆禁烧工作: / 一、要落实责任。…): the lead, though it holds no full stop
_DATED_COLON_LEAD_RE = compile_re(r"^[ \t\u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日[^。；：:\n]{2,60}[：:][ \t\u3000]*$")
_STORY_LEAD_RE = compile_re(
    rf"^(?:{STORY_OPENER_ALTERNATION}|[（(]\s*(?:记者|本报记者|本网记者|通讯员))"
    # a source tag, then the reporters in brackets: 阿勒泰新闻网-阿勒泰地区融媒体中心（记者 X 实习记者 Y）
    r"|^[^，。；：（()）\s]{2,30}[（(]\s*(?:[^（()）]{0,8}?记者|通讯员)"
    # an outlet's own opener, its name before 讯: 福鼎新闻网讯（陈倩文） / 天津北方网讯： / 大河报讯 昨日，…
    r"|^(?:[^，。；：（()）\s]{2,12}\s+)?[^，。；：（()）\s]{1,14}?(?:网|报|台|社|媒|媒体|频道|中心)讯(?=[\s（(：:，,]|\d)"
    # …after a column's label: 2019年天津两会 天津北方网讯：…; an agency's reporter and dateline in brackets:
    # （中央社記者賴于榛台北17日電） / （新华社记者 X）
    r"|^[（(]\s*[^（()）\s，。]{1,8}?记者"
)


# A page's toolbar, each word a real one: 【CNML格式】【打印】 (中评社), [字体: ] 打印 (沈阳), 【字体：大
# 中 小】【打印】【关闭】, 打印本页 关闭窗口, 【 第1頁 第2頁 】, • 听全文 (广州), 分享到, 收藏, 纠错, 返回顶部
_TOOLBAR_WORDS = (
    "CNML格式",
    "复制链接",  # a forum thread's head (Discuz): [复制链接] / 打印 上一主题 下一主题 / 跳转到指定楼层
    "上一主题",
    "下一主题",
    "跳转到指定楼层",
    "打印本页",
    "下载本页",  # 分享 / 下载本页 打印 (a league's portal over its announcement; pages17)
    "下载本文",
    "打印",
    "关闭窗口",
    "关闭",
    "字体",
    "字号",
    "大",
    "中",
    "小",
    "默认",
    "听全文",
    "分享到",
    "分享",
    "收藏",
    "纠错",
    "返回顶部",
    "保存",
    "放大",
    "缩小",
    "护眼模式",
)
_TOOLBAR_MAX = 40
_TOOLBAR_MARKS_RE = compile_re(r"[【】\[\]［］（）()|｜:：/、·•\-\s]+")
_TOOLBAR_RE = compile_re(rf"(?:{'|'.join(map(re.escape, _TOOLBAR_WORDS))}|第\d{{1,3}}页)+")
# A photo caption: 海珠区代区长李海洲(资料图片) / （新华社记者 王某 摄） / 东北网记者 顾硕摄 / 图为会议现场
_CAPTION_RE = LazyPattern(
    r"[（(]\s*(?:资料图片?|资料照片|图片|配图|[^（()）]{0,16}?摄)\s*[）)]"
    r"|^(?:图为|图片来源|图片说明|图注|图\s*[:：])"
    rf"|记者\s*[{CJK}·]{{2,4}}\s*摄\s*\|?$"
)
# A reprint's syndication line: 参考消息网2026-02-05号报道 / 据新华社2月4日报道
_SYNDICATION_RE = compile_re(
    r"^据?[^\s，。；：:]{1,12}?(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}日)号?(?:报道|消息)$"
)


# A forum thread's counters: 查看: 1904|回复: 0
_FORUM_COUNTER_RE = compile_re(r"^查看\s*[:：]\s*\d+\s*\|\s*回复\s*[:：]\s*\d+$")
_FORUM_LINK = "[复制链接]"
_FORUM_HEAD_BLOCKS = 60  # the thread's head is among the page's first blocks, under the site's menus


def forum_headline(blocks: list[Block], start: int) -> int | None:
    """The index of a forum thread's title (Discuz pages): the line above ``[复制链接]``, past
    separator lines (``|``) and the thread's toolbar; None on other pages."""
    end = min(len(blocks), start + _FORUM_HEAD_BLOCKS)
    link = next((i for i in range(start, end) if blocks[i].text.strip() == _FORUM_LINK), None)
    if link is None:
        return None
    for i in range(link - 1, max(start, link - 4) - 1, -1):
        text = blocks[i].text.strip()
        if not text.strip("|｜ ") or is_navigation(text):
            continue
        if len(text) <= _HEADLINE_MAX and not any(p in text for p in "。！？"):
            return i
        return None
    return None


_FORUM_POSTED = "发表于"  # 发表于2020-11-22 18:13:11 | 显示全部楼层 |阅读模式 (the first post's stamp)
# A thread's category before its title: [单位发布] 戴南镇召开… / 【原创】…
FORUM_TAG_RE = compile_re(r"^\s*[\[【][^\]】\s]{1,8}[\]】]\s*(?=\S)")


def forum_post_line(blocks: list[Block], i: int) -> int:
    """The index of the first post's stamp (发表于…) under a thread's title at ``blocks[i]``, past the
    poster's profile (帖子 / 积分 / 金牌会员 …); ``i`` when there is none."""
    for j in range(i + 1, min(len(blocks), i + _FORUM_HEAD_BLOCKS)):
        if blocks[j].text.lstrip().startswith(_FORUM_POSTED):
            return j
    return i


def is_toolbar(text: str) -> bool:
    """A page's toolbar: nothing but toolbar words between brackets and separators."""
    if len(text) > _TOOLBAR_MAX:
        return False
    words = _TOOLBAR_MARKS_RE.sub("", text)
    return not words or _TOOLBAR_RE.fullmatch(words) is not None


def is_caption(text: str) -> bool:
    """A photo caption (``海珠区代区长李海洲(资料图片)``), never a headline."""
    return len(text) <= 120 and _CAPTION_RE.search(text) is not None


def is_navigation(text: str) -> bool:
    """A line of a news page's head that is never its headline: an e-paper page label
    (第A01版:要闻), a column tag alone (【要闻】), a publish line or a summary line, a toolbar
    (【CNML格式】【打印】), a photo caption or a syndication line (参考消息网2026-02-05号报道), or
    the site's chrome (its name, login/search bars, date and weather, counters, credits:
    :mod:`.chrome`)."""
    if ORIGINAL_TITLE_RE.match(text):
        return False
    return (
        bool(PAGE_LABEL_RE.match(text) or COLUMN_TAG_RE.match(text) or _REPORTER_RE.match(text))
        or is_news_head_line(text)
        or is_toolbar(text)
        or is_caption(text)
        or _SYNDICATION_RE.match(text) is not None
        or is_dateline_only(text)
        or _FORUM_COUNTER_RE.match(text) is not None
        or is_site_chrome(text)  # the site's name, bars, counters, credits (layout.chrome)
    )


# The main headline of a session story: …人大常委会举行第二十六次会议 / …会议召开 / …会议闭幕
_SESSION_HEADLINE_RE = compile_re(r"会议(?:召开|举行|开幕|闭幕)?$")


def session_headline_below(blocks: list[Block], i: int) -> int | None:
    """The index of the session's headline on the line under ``blocks[i]`` when that line is one
    (``王衍诗主持 决定任命胡浩为…副市长`` / ``市十六届人大常委会第三十二次会议举行``): the line above is
    its deck (引题), as :func:`main_headline` reads the two on one line; None otherwise."""
    if i + 1 >= len(blocks):
        return None
    above, below = blocks[i].text, blocks[i + 1].text
    if (
        blocks[i + 1].kind in (PARAGRAPH, HEADING)
        and 6 <= len(below) <= _HEADLINE_LINE_MAX + 6
        and not any(p in below for p in "，。；：")
        and _SESSION_HEADLINE_RE.search(below)
        and not _SESSION_HEADLINE_RE.search(above)
        and not above.endswith(_GOES_ON)  # 某某市人大常委会举行 / 第三十二次会议: one headline, wrapped
        and not below.startswith(_CONTINUES)
        # 栗战书主持会议 / 王某出席会议并讲话: who presided or spoke, a deck under the headlines, never the session's
        # headline though it ends on 会议 (pages17)
        and SPEAKER_DECK_RE.match(below) is None
    ):
        return i + 1
    return None


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


# A headline line cut after a word that goes on (a wrapped headline, not a headline over its
# sub-headline): 市人大常委会任命 / 王某为某某市副市长 ; 某某县关于 / … ; 全县经济工作会议暨 / 表彰大会
_GOES_ON = (
    *"的和与及在于将对把向从为是自至到暨",
    "任命",
    "免去",
    "召开",
    "举行",
    "印发",
    "出台",
    "关于",
    "开展",
    "推进",
    "加强",
    "做好",
    "进一步",
)
_GOES_ON_MIN = 6
# a line ending on a year goes on (某某县召开2021年 / 农村人居环境整治 / 工作推进会): no headline ends so
_YEAR_AT_END_RE = compile_re(r"(?:19|20)\d\d\s*年度?$")
_EVENT_TAIL_MAX = 8
_EVENT_WORDS = ("会议", "大会", "座谈会", "推进会", "动员会", "部署会", "培训班", "仪式", "典礼", "发布会")
_LONE_NAME_MAX = 4  # a line this short under a session's headline is a name, not its second half


def headline_end(blocks: list[Block], i: int) -> int:
    """Index after the last line of the headline that starts at ``blocks[i]``: a second (and
    third) short line that continues it (``将于3月25日召开``) belongs to it; a sub-headline
    (``王东峰主持主席团第四次会议``) does not."""
    j = i + 1
    length = len(blocks[i].text)
    while j < len(blocks) and j - i < 3:
        text = blocks[j].text
        above = blocks[j - 1].text
        # 市人大常委会任命 / 王某为… (a line printed twice is no continuation)
        goes_on = (
            # 某某县召开全县防汛抗旱暨地质灾害防治 / 工作会议: a short line that only names the event ends it
            (len(text) <= _EVENT_TAIL_MAX and text.endswith(_EVENT_WORDS) and not above.endswith(_EVENT_WORDS))
            or (len(above) >= _GOES_ON_MIN and _YEAR_AT_END_RE.search(above) is not None and text != above)
            or (
                len(above) >= _GOES_ON_MIN
                and above.endswith(_GOES_ON)
                and text != above
                # …第三十二次会议举行 / 魏丽娜: the reporter's name under a whole headline
                and not (len(text) <= _LONE_NAME_MAX and _SESSION_HEADLINE_RE.search(above))
            )
        )
        if (
            blocks[j].kind not in (PARAGRAPH, HEADING)
            or len(text) > _HEADLINE_LINE_MAX
            or length + len(text) > _HEADLINE_MAX
            or not (text.startswith(_CONTINUES) or goes_on)
            or any(p in text for p in "，。；：、")
            or is_navigation(text)
            or SPEAKER_DECK_RE.match(text) is not None
        ):
            break
        length += len(text)
        j += 1
    return j


_SUB_HEADLINE_MAX = 44
_SUB_HEADLINE_HALF = 6


def is_sub_headline(text: str) -> bool:
    """A news sub-headline in two halves around one comma, no sentence in it (it never ends a
    clause with 。；：): ``重庆市长王鸿举称因年龄原因辞职，黄奇帆被任命为代市长``. A record read from it
    is a short form that the story's own decision replaces (records.appointments)."""
    if len(text) > _SUB_HEADLINE_MAX or any(p in text for p in "。；;：:！？!?、"):
        return False
    halves = text.replace(",", "，").split("，")
    return len(halves) == 2 and all(len(h.strip()) >= _SUB_HEADLINE_HALF for h in halves)


# A forum post's leading BBCode tags: [size=5] [/size][size=4] / [color=#333][b]
_BBCODE_LEAD_RE = compile_re(r"^(?:\s*\[/?[a-z]{1,8}(?:=[^\[\]]{0,24})?\])+\s*")


# A lead opening on its year and month, the day not told: 2015年3月，卢龙县人民政府以…文决定成立…
_MONTH_LEAD_RE = compile_re(r"^(?:19|20)\d\d年\d{1,2}月(?:[上中下]旬|初|底|中旬)?[，,]")


# A lead opening on its day and where the session was held, without a comma: 今天在京举行的…会议决定： /
# 昨天上午在县委礼堂召开的… / 今日在北京闭幕的…
_DAY_PLACE_LEAD_RE = compile_re(
    r"^(?:今天|今日|昨天|昨日)(?:上午|下午|晚上|晚间)?在[^，。；：\s]{1,20}?(?:举行|召开|开幕|闭幕)"
)


# A lead opening on its day whose 月 a converter dropped, the month and day run together: 129日，区长… /
# 1028日上午，… (1月29日 or 12月9日: which is not read here, only that the story begins)
_RUN_DAY_LEAD_RE = compile_re(rf"^(?:[1-9]|1[0-2])(?:[12]\d|3[01]|0?[1-9])日{_DAY_PART}?[，,]")


_OUTLET_LEAD_MIN = 20  # a lead is a sentence: a tag over a short line is a column's label or a headline's tag
# A lead opened by its outlet's tag alone, no reporter: 【Now新闻台】今天是… / 【人民网】… / [新华社]…
_OUTLET_TAG_LEAD_RE = compile_re(r"^[【\[][^】\]\s]{1,12}?(?:新闻台|电视台|新闻网|网|报|社|台)[】\]]\s*[^\s【\[（(|｜]")


def is_story_lead(text: str) -> bool:
    """A news story's lead: 本网讯 / 本报讯 / （记者 X）, a lead opening on its day, a dateline
    (past a forum post's leading BBCode tags: [size=4]4月28日，…)."""
    if text.startswith("["):
        text = _BBCODE_LEAD_RE.sub("", text, count=1)
    return bool(
        _STORY_LEAD_RE.match(text)
        or DAY_LEAD_RE.match(text)
        or _MONTH_LEAD_RE.match(text)
        or SUBJECT_DAY_LEAD_RE.match(text)  # 政府今日(26日)公布… / 行政長官今日（三月一日）宣布… (titles21)
        or _DAY_PLACE_LEAD_RE.match(text)
        or (len(text) > _OUTLET_LEAD_MIN and _OUTLET_TAG_LEAD_RE.match(text) is not None)
        or opens_lead(text)
    )


_HEADLINE_AGAIN_MIN = 6  # a headline shorter than this is no headline repeated at the lead's start


def opens_headline_lead(text: str, headline: str | None = None, *, undated: bool = True) -> bool:
    """A line that opens a story right under its headline: a lead :func:`is_story_lead` reads, one of the
    leads read only there (``text.newshead.HEADLINE_LEAD_RE``), or the headline printed again at the lead's start
    with such a lead after it (安平县…的通知7月24日15时13分，… / 我县召开…动员会 9月21日上午，…). ``undated``:
    whether a lead that tells no day (近日，… / 为进一步…，…) counts: not under a title of a document's kind
    (某某镇2023年工作要点 / 今年以来，全镇…: a report's own opening, not a story's lead)."""
    if headline:
        key, line = compact(headline), compact(text)
        if len(key) >= _HEADLINE_AGAIN_MIN and line.startswith(key) and len(line) > len(key):
            text = line[len(key) :]
    if is_story_lead(text):
        return True
    return HEADLINE_LEAD_RE.match(text) is not None and (
        undated or text[:1].isdigit() or "（" in text[:16] or "(" in text[:16]
    )


# A photo's caption glued before the lead it stands over (the converter joined the two lines): 图为…仪式。 中新社发
# 刘可耕 摄5月16日，… / 图为会议现场（记者 张三 摄）5月16日，… — the caption ends on its photographer's 摄
_GLUED_CAPTION_RE = compile_re(
    r"^(?:图为|图片说明|图注|图\s*[:：])[^。！？]{1,80}?[。！？]?[^。！？]{0,30}?摄\s*[）)]?\s*"
)
_GLUED_CAPTION_MAX = 120


def _past_glued_caption(text: str) -> str | None:
    """The lead after a photo's caption glued before it (图为…摄5月16日，… → 5月16日，…), or None."""
    m = _GLUED_CAPTION_RE.match(text) if text[:1] == "图" else None
    return text[m.end() :] if m is not None and m.end() <= _GLUED_CAPTION_MAX and m.end() < len(text) else None


# Round titles20: a subtitle (副题) run on with the lead by the converter: ——全国政协…“委员通道”扫描 据新华社电 3月4日… (ycwb
# 2024, dev), or with no blank left (——…开幕掠影1月23日上午，…) — the dash, the subtitle (no sentence mark), then the lead,
# after a blank or where a day opens it
_DASH_DECK_RE = compile_re(r"^(?:—{1,2}|－－|--)[^。！？!?]{2,40}")
_DECK_CUT_RE = compile_re(r"\s+(?=\S)|(?<=[^\d\s])(?=(?:\d{1,2}月)?\d{1,2}日)")
# …and a lyrical opener of two clauses between the subtitle and the dated lead: 一元复始迎盛会，群贤聚首谋发展。 (gzszx 2024,
# dev) — two runs of 4 to 8 Han characters apart by a comma, closed by 。 or ！, nothing else on the line
_DECK_LEAD_READ = 300  # characters of the line read after each cut as the lead
_LYRIC_OPENER_RE = compile_re(rf"^[{CJK}]{{4,8}}[，,][{CJK}]{{4,8}}[。！!]$")


def _past_dash_deck(text: str) -> list[str]:
    """The leads that may follow a dash subtitle run on before them (——某某扫描 据新华社电 3月4日… → 据新华社电 3月4日…):
    the rest of the line after each blank or day within the subtitle's reach; [] for a line that opens on no dash."""
    m = _DASH_DECK_RE.match(text) if text[:1] in "—－-" else None
    if m is None:
        return []
    # (each lead read in a window of its first characters: a lead opens within them, and a long line is not copied once
    # per cut — rev19's linearity check)
    return [text[c.end() : c.end() + _DECK_LEAD_READ] for c in _DECK_CUT_RE.finditer(text, 3, m.end() + 1)]


def opens_story(blocks: list[Block], i: int, headline: str | None = None, *, undated: bool = True) -> bool:
    """Does a news story's lead (本网讯 / 本报讯 / （记者 X）, a lead opening on its day, a
    dateline, a lead read only under a headline: :func:`opens_headline_lead`) follow the headline
    ``headline`` ending at ``blocks[i - 1]``, past its navigation lines?"""
    for block in blocks[i : i + 4]:
        text = block.text
        if opens_headline_lead(text, headline, undated=undated):
            return True  # 本网讯… / 3月15日，我县… / 今天（2月22日）上午，… / 新华社北京2月4日电 / 近日，…
        if (lead := _past_glued_caption(text)) is not None and opens_headline_lead(lead, headline, undated=undated):
            # 图为…签约仪式。 中新社发 刘可耕 摄5月16日，…: a caption glued before the lead (titles round 15)
            return True
        if any(opens_headline_lead(lead, headline, undated=undated) for lead in _past_dash_deck(text)):
            return True  # ——某某扫描 据新华社电 3月4日…: the subtitle run on with its lead (titles20)
        if block is blocks[i] and _RUN_DAY_LEAD_RE.match(text):
            # 129日，区长…: right under the headline, a lead whose 月 a converter dropped (not read as a date;
            # alone, without a headline over it, such a line opens no story: is_story_lead)
            return True
        if not (is_navigation(text) or _is_deck(text) or _LYRIC_OPENER_RE.match(text)):
            return False
    return False


_DECK_MAX = 60


def _is_deck(text: str) -> bool:
    """A sub-headline or an unmarked caption between a headline and its lead: short, no sentence, and no
    addressees' line (各乡镇人民政府，县政府各部门：, a notice's: the line above it is no story's headline;
    headlines round 14)."""
    return len(text) <= _DECK_MAX and not any(p in text for p in "。！？；") and not is_recipients(text)


# A headline glued to its dated lead on one line (the converter joined them): 某某会领导赴江苏昆山参加…办公会10月19-20日，
# 钱某会长… / 我县召开…动员会 9月21日上午，… — the headline holds no clause mark, the lead opens on its day
_GLUED_HEADLINE_RE = compile_re(
    r"^(?P<head>[^，。；：:！？!?,;]{8,60}?)\s*"
    r"(?P<lead>(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}(?:日?\s*[-—–至到]\s*\d{1,2})?日"
    r"(?:上午|下午|晚上|晚|早上|凌晨|中午)?\s*[，,])"
)


# 湖南日报1月1日讯（全媒体记者 X）: a dispatch, no headline
_DISPATCH_WORDS_RE = compile_re(r"记者|通讯员|讯[（(]|电[（(]")


def glued_headline(text: str) -> str | None:
    """The headline of a line that glues it to its lead (…办公会10月19-20日，钱某… → …办公会), or None: never a
    clause that goes on into the date (会议定于10月19日，…)."""
    m = _GLUED_HEADLINE_RE.match(text) if "日" in text[:80] else None
    if m is None or is_story_lead(text):
        return None  # 本报讯（记者 X）1月5日，…: a lead that opens on its dispatch, no headline over it
    head = m.group("head").strip()
    if head.endswith((*_GOES_ON, "于", "讯", "电")) or _YEAR_AT_END_RE.search(head) or _DISPATCH_WORDS_RE.search(head):
        return None
    return head


def original_title(text: str) -> str | None:
    """原标题：X → X (the reprint's original title); None for other lines."""
    m = ORIGINAL_TITLE_RE.match(text)
    if m is None:
        return None
    title = text[m.end() :].strip()
    return title if 4 <= len(title) <= 80 and "。" not in title else None


# （原题为《澳门劳工局呼吁…过年》） / (原标题为“…”) / 原题：《…》: a reprint's note of its original title, alone on its line,
# the title in 《》 or quotes (or bare after a colon), brackets round the note optional; every run bounded (pages21)
_ORIGINAL_NOTE_RE = compile_re(
    rf"^\s*[（(]?\s{{0,2}}(?:{alternation(ORIGINAL_NOTE_KEYS)})\s{{0,2}}(?:为|是)?\s{{0,2}}[:：]?\s{{0,2}}"
    r"(?:[《“\"](?P<quoted>[^《》“”\"]{4,80})[》”\"]|(?P<bare>[^《》“”\"（）()。]{4,80}?))\s{0,2}[）)]?\s*[。.]?\s*$"
)
_ORIGINAL_NOTE_SCAN = 80  # the page's blocks searched for the note (it follows the story)


def original_note_title(blocks: list[Block], start: int) -> str | None:
    """The title a reprint's note after the story gives as the original (（原题为《X》） → X), the first such note
    among the page's blocks from ``start``; None when there is none."""
    for block in blocks[start : start + _ORIGINAL_NOTE_SCAN]:
        if len(block.text) <= 100 and (m := _ORIGINAL_NOTE_RE.match(block.text)) is not None:
            return (m.group("quoted") or m.group("bare")).strip()
    return None


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
        keyed = publish_date(text)
        published = keyed or (
            parse_date(text) if blocks[i].kind == DATE or _BRACKETED_DATE_RE.match(text) else None
        )  # …or a date alone in brackets at the top of the page: （2022年9月6日）
        if (
            keyed is None
            and published is not None
            and is_site_clock(blocks, i)
            and _publish_line_below(blocks, i + 1, end)
        ):
            # 2024年03月29日 / 星期五 / menus / headline / 发布日期 : 2017-01-23: the site's clock (today and its
            # weekday) over the masthead is no publish day; the publish line under the headline is (dates19)
            continue
        # 04/09/2018 alone under a Macau or Hong Kong headline (s11-heads11): day first there, month
        # first on other sites — the reading the lead's own day agrees with (昨（3）日 under 4 September)
        if (
            published is None
            and (m := _DAY_FIRST_DATE_RE.match(text))
            and (found := _day_first_reading(blocks, i + 1, m))
        ):
            return found
        if (
            published is None
            and (m := _COMPACT_DATE_RE.match(text))
            and (compact_day := make_iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
            and (day := _story_date(blocks, i + 1, compact_day))
        ):
            # 20191227 alone under a Hong Kong headline (dates round 18): digits that may be no date are
            # taken for the publish day only when the lead dates its event against them (今日（27日）公布)
            return {"published": compact_day, "date": day}
        if (
            published is None
            and (stamped := labelled_stamp(text)) is not None
            and (day := _story_date(blocks, i + 1, stamped))
        ):
            # 2017年1月6日    即時資訊 / 2020-07-22新闻5 / 2023-09-26・Array under the headline (dates20): a day with a
            # column's label is the publish day only when the lead dates its event against it (今(6)日 / 7月21日)
            return {"published": stamped, "date": day}
        if (
            published is None
            and (issued := issue_line(text)) is not None
            and (day := _story_date(blocks, i + 1, issued))
        ):
            # 甘孜日报 2020年08月13日 / 当前报章2019年06月05日 over the lead (ndates21): an e-paper's issue line is the
            # publish day only when the lead dates its event against it (本网讯 …，8月7日，…召开)
            return {"published": issued, "date": day}
        if published is None:
            continue
        out = {"published": published}
        if _TIME_OF_DAY_RE.search(text) and any(
            is_address_line(b.text) for b in blocks[i + 1 : i + 1 + _HEAD_BLOCKS] if b.kind in (PARAGRAPH, HEADING)
        ):
            # 书记在…会发言 / 时间:2022-05-21 06:02:00 / 同志们： / 今天，我们召开…: a speech under a site's posting time;
            # its 今天 is the day it was given, never the posting's (docs19). A date alone under the title（2021年3月5日）
            # is the speech's own and still dates its 今天.
            return out
        if keyed is None and _address_under(blocks, i + 1):
            # XX市政府工作报告 / 张剑飞 / 2023年1月6日 / 各位代表： (dates20, wnwk): a date alone over a speech's or
            # report's address, the speaker's name perhaps between, is the day it was delivered — its date
            out["date"] = published
            return out
        if day := _story_date(blocks, i + 1, published) or _minutes_day(blocks, i + 1, end, published):
            out["date"] = day
        return out
    if blocks and (m := PAGE_STAMP_RE.match(blocks[0].text)) and (stamped := parse_date(m.group("date"))):
        # the page's own date stamp on its first line, over the headline ( date 2026-03-06 聽新聞):
        # the publish day the story's 今/昨 count from, when no publish line is under the headline
        out = {"published": stamped}
        # the stamp is no part of the story: the lead that may follow it on its line is read without it
        # (date 2025-08-24立法院议场。（资料照） / 2025/08/24 11:39 / 〔记者…〕立法院本周将…: no day)
        unstamped = [replace(blocks[0], text=blocks[0].text[m.end() :]), *blocks[1:]]
        if day := _story_date(unstamped, start, stamped):
            out["date"] = day
        return out
    return {}


def _spaced_keys(keys: tuple[str, ...]) -> str:
    """An alternation of ``keys`` whose characters may stand apart by up to two blanks (時 間 / 地  點)."""
    return "|".join(r"[ \t\u3000]{0,2}".join(key) for key in sorted(keys, key=len, reverse=True))


# The time field of a meeting's minutes, numbered or not, its date in the common era or the Republic's (dates20, mofa:
# 一、時 間:111年3月8日(星期二)上午11時 / 时间：2022年3月8日上午9时 / 1.会议时间:民國111年3月8日)
_MINUTES_TIME_RE = compile_re(
    rf"^[ \t\u3000]*(?:[一二三四五六七八九十]{{1,3}}[、.．]|\d{{1,2}}[、.．)）])?[ \t\u3000]*(?:{_spaced_keys(MINUTES_TIME_KEYS)})"
    r"[ \t\u3000]*[:：][ \t\u3000]*(?:(?P<y>(?:19|20)\d\d)|(?:中华民国|中華民國|民国|民國)?(?P<roc>\d{2,3}))[ \t\u3000]*年"
    r"[ \t\u3000]*(?P<m>\d{1,2})[ \t\u3000]*月[ \t\u3000]*(?P<d>\d{1,2})[ \t\u3000]*日"
)
# …and the place field that follows it within two lines (二、地 點:外交部一樓新聞中心 / 地点：县政府三楼会议室)
_MINUTES_PLACE_RE = compile_re(
    rf"^[ \t\u3000]*(?:[一二三四五六七八九十]{{1,3}}[、.．]|\d{{1,2}}[、.．)）])?[ \t\u3000]*(?:{_spaced_keys(MINUTES_PLACE_KEYS)})"
    r"[ \t\u3000]*[:：]"
)
_MINUTES_DAYS_BEFORE = 10  # minutes go up within days of their meeting; a later or much older day is no record's
_ROC_YEAR_ONE = 1911


def _minutes_day(blocks: list[Block], start: int, end: int, published: str) -> str | None:
    """The meeting's day in the head of minutes under the publish line (its time field, then its place field within
    two lines: 一、時 間:111年3月8日… / 二、地 點:…), on the publish day or up to ten days before; None otherwise."""
    for k in range(start, min(end, len(blocks))):
        m = _MINUTES_TIME_RE.match(blocks[k].text)
        if m is None:
            continue
        if not any(_MINUTES_PLACE_RE.match(b.text) for b in blocks[k + 1 : k + 3]):
            return None
        year = int(m.group("y")) if m.group("y") else int(m.group("roc")) + _ROC_YEAR_ONE
        day = make_iso(year, int(m.group("m")), int(m.group("d")))
        if day is None:
            return None
        back = (_dt.date.fromisoformat(published) - _dt.date.fromisoformat(day)).days
        return day if 0 <= back <= _MINUTES_DAYS_BEFORE else None
    return None


_SPEAKER_LINE_MAX = 12  # 市长 张剑飞: a speaker's name (and post) on its line between the date and the address
_SPEAKER_LINES = 2


def _address_under(blocks: list[Block], start: int) -> bool:
    """Is the first line from ``blocks[start]`` that is no speaker's name (a short line without a mark; at most
    two) a speech's address (各位代表： / 同志们：)?"""
    for block in blocks[start : start + _SPEAKER_LINES + 1]:
        if is_address_line(block.text):
            return True
        text = block.text.strip()
        if len(text) > _SPEAKER_LINE_MAX or any(mark in text for mark in "。，：:；！？"):
            return False
    return False


def is_site_clock(blocks: list[Block], i: int) -> bool:
    """Is ``blocks[i]`` (a date alone) the site's clock: the date with its own weekday, on its line or alone on
    the next (2024年03月29日 / 星期五 ; 2023年03月29日 星期三)?"""
    text = blocks[i].text.strip()
    if weekday_date_line(text) is not None:
        return True
    below = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
    return len(below) <= _WEEKDAY_ALONE_MAX and weekday_date_line(f"{text} {below}") is not None


_WEEKDAY_ALONE_MAX = 5  # 星期五 / （周五） alone on its line


def _publish_line_below(blocks: list[Block], start: int, end: int) -> bool:
    """Is there a publish line among ``blocks[start:end]`` before the story begins (a sentence or a long line)?"""
    for block in blocks[start:end]:
        if len(block.text) > 120 or "。" in block.text:
            return False
        if publish_date(block.text) is not None:
            return True
    return False


# A stored page's date stamp opening its first line: " date 2026-03-06 聽新聞" (an English key, the
# ISO date, then whatever the page printed first)
PAGE_STAMP_RE = compile_re(r"^\s*date\s+(?P<date>(?:19|20)\d\d-\d\d-\d\d)(?![\d:])")


# A date alone on its line in eight digits, the year first: 20191227 (a Hong Kong video page's stamp)
_COMPACT_DATE_RE = compile_re(r"^[ \t\u3000]*(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)[ \t\u3000]*$")

# A date alone on a line, day or month first, the year last: 04/09/2018 / 4/9/2018
_DAY_FIRST_DATE_RE = compile_re(r"^\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)\s*$")


def _day_first_reading(blocks: list[Block], start: int, m: re.Match[str]) -> dict[str, str] | None:
    """``published`` and ``date`` of a page whose publish date is printed ``a/b/yyyy``: the one reading
    (day first or month first, a real date) under which the lead dates its event; None when the lead
    does not decide (it dates nothing, or both readings agree with it)."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    readings = {iso for day, month in ((a, b), (b, a)) if (iso := make_iso(year, month, day)) is not None}
    found = [(r, d) for r in sorted(readings) if (d := _story_date(blocks, start, r)) is not None]
    if len(found) == 1:
        return {"published": found[0][0], "date": found[0][1]}
    return None


_TIME_OF_DAY_RE = compile_re(r"\d{1,2}\s*[:：]\s*\d{2}")  # 06:02 in a posting stamp
_POSTING_STAMP_MAX = 40  # a date line with its clock time and little else: 2022-01-24 09:43 / 2021年08月05日 09:52


def is_posting_stamp(text: str) -> bool:
    """Is the date line ``text`` a page's posting time (the day with its clock time, ``2022-01-24 09:43``), which no
    signature prints?"""
    return len(text) <= _POSTING_STAMP_MAX and _TIME_OF_DAY_RE.search(text) is not None


def _story_date(blocks: list[Block], start: int, published: str) -> str | None:
    """The day the story under the publish line (from ``blocks[start]``) dates its event
    (:mod:`.storyday`): its dateline or lead, else the first paragraph that opens on a session's
    day. Sub-headlines (short lines without a sentence) and navigation are passed over."""
    paragraphs = [
        b.text
        for b in blocks[start:]
        if b.kind in (PARAGRAPH, HEADING)
        and (not is_navigation(b.text) or is_dateline_only(b.text))
        and not is_consent_banner(b.text)  # 請同意我們的隱私權規範，才能啟用聽新聞的功能。 (no lead)
    ]
    summary = False  # the paragraph under a summary's key alone (内容导航： / 决定…；任命…) is the summary
    for k, text in enumerate(paragraphs[:_HEAD_BLOCKS]):
        if summary or (key := summary_key(text)) is not None:
            # 内容导航： / 决定…于23日至5日举行；任命… / 会议于昨天上午召开。: a portal's summary is no lead (pages17)
            summary = not summary and key == "alone"
            continue
        if not is_dateline(text) and (credit := _last_credit(text)) is not None:
            # 3月3日，…在北京开幕。中新社记者 汤彦俊 摄: a photo's caption dates the photo, not the story —
            # the lead is what follows its credit (a caption the joiner ran into the lead), if anything
            text = text[credit:].strip()
            if not text:
                continue
        if (
            is_dateline(text)
            or "。" in text
            or len(text) >= _LEAD_LONG
            or _STORY_LEAD_RE.match(text)
            or _DATED_COLON_LEAD_RE.match(text)
        ):
            if (day := lead_day(text, published)) is None and is_photo_caption(text) and k + 1 < len(paragraphs):
                # 姚祖辉获委任岭大校董会主席。 / …校长。（台大提供）: a photo's caption over the lead, dating nothing
                # (dates round 18) — the lead is the next paragraph
                continue
            return day or session_day(paragraphs[k + 1 :], published)
    if all(summary_key(text) is not None for text in paragraphs[:_HEAD_BLOCKS]):
        # 摘要：  10月22日，某区…电视电话会议召开，… and no paragraph of a story under it: the summary is the whole
        # story, its lead dates it (pages18)
        line = next(
            (
                b.text
                for b in blocks[start : start + _HEAD_BLOCKS]
                if b.kind in (PARAGRAPH, HEADING) and summary_key(b.text) == "line"
            ),
            None,
        )
        return lead_day(summary_text(line), published) if line is not None else None
    return None


# A photo's credit ending its caption: …开幕。中新社记者 汤彦俊 摄 / （新华社记者 李学仁 摄） / 张三 摄 —
# at the paragraph's end, or with the lead run on after it (…汤彦俊 摄“两会时间”进入第二日。)
_PHOTO_CREDIT_RE = compile_re(
    rf"(?:^|[。；！\s（(])(?:[{CJK}]{{0,6}}(?:记者|摄影|通讯员)[ \t\u3000]*)?[{CJK}·]{{2,4}}"
    rf"(?:[ \t\u3000、][{CJK}·]{{2,4}}){{0,2}}[ \t\u3000]*摄[）)]?(?![影像制入取于录])"
)
_CAPTION_MAX = 160  # a caption and its credit are short: a credit further in is a sentence's


def _last_credit(text: str) -> int | None:
    """Where the text after a photo caption's credit begins in ``text`` (the caption opening the
    paragraph), or None when no credit ends a caption there."""
    end = None
    for m in _PHOTO_CREDIT_RE.finditer(text, 0, min(len(text), _CAPTION_MAX)):
        end = m.end()
    return end


_ABOVE_BLOCKS = 2  # the lines over a story's headline searched for the page's date


def head_story_date(blocks: list[Block], start: int, title_end: int, end: int) -> tuple[str, str | None] | None:
    """(publish day, event day) of a story whose page prints its date over the headline, not under
    it — an e-paper's page label and issue date (第A02版：要闻  2019年06月04日 / headline / 本报讯 6月3日，…),
    a font chooser beside the date: the lead's day resolved against that date, or None when the lead
    dates nothing; None when no such line stands right over the headline (``blocks[start]``)."""
    for i in range(start - 1, max(0, start - _ABOVE_BLOCKS) - 1, -1):
        if (published := publish_date(blocks[i].text)) is not None:
            return published, _story_date(blocks[:end], title_end, published)
    return None


_FOOT_BLOCKS = 4  # the lines at a story's foot searched for its publish line

# An e-paper's footer line: paper, page label and headline, then the issue's date twice, in ISO form,
# the page's number, and written out with its weekday (今日定海 区两会特别报道 00004 区十八届人大三次会议
# 共收到议案建议119件 2024-01-30 2 2024年01月30日 星期二); the two forms must agree
_EPAPER_FOOTER_RE = compile_re(
    r"(?P<iso>(?:19|20)\d\d-\d{1,2}-\d{1,2})[ \t\u3000]+\d{1,3}[ \t\u3000]+"
    r"(?P<cn>(?:19|20)\d\d[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日)"
    r"[ \t\u3000]*(?:星期[一二三四五六日天]|周[一二三四五六日天])?[ \t\u3000]*$"
)
_EPAPER_FOOTER_MAX = 160


def epaper_footer_date(text: str) -> str | None:
    """The issue date an e-paper's footer line ends with (…119件 2024-01-30 2 2024年01月30日 星期二),
    when its ISO and written forms agree; else None."""
    if len(text) > _EPAPER_FOOTER_MAX or "。" in text or (m := _EPAPER_FOOTER_RE.search(text)) is None:
        return None
    iso, written = parse_date(m.group("iso")), parse_date(m.group("cn"))
    return iso if iso is not None and iso == written else None


# A Hong Kong government press release's last line, its hour (香港时间11时00分 / 香港時間18時00分, HKT):
# the line over it ends on the release's day and weekday, even when a converter glued that day to
# the last paragraph (…可浏览www.tlb.gov.hk/…/tac.html2025年8月8日（星期五）)
HK_RELEASE_TIME_RE = compile_re(
    r"^[ \t\u3000]*香港时间[ \t\u3000]*\d{1,2}[ \t\u3000]*时[ \t\u3000]*\d{1,2}[ \t\u3000]*分[ \t\u3000]*$"
)
_RELEASE_DAY_TAIL_RE = compile_re(
    r"(?P<date>(?:19|20)\d\d[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日)"
    r"[ \t\u3000]*[（(][ \t\u3000]*星期[一二三四五六日天][ \t\u3000]*[）)][ \t\u3000]*$"
)
_RELEASE_TAIL_MAX = 40  # the end of the line over the hour searched for the day


def release_day(blocks: list[Block], i: int) -> str | None:
    """The day of a press release whose hour line is ``blocks[i]`` (香港时间11时00分): the date the
    line over it ends on, with its own weekday (2025年8月8日（星期五）); None otherwise (a weekday that
    is not the date's: one of them misprinted)."""
    if i < 1 or not HK_RELEASE_TIME_RE.match(blocks[i].text):
        return None
    tail = blocks[i - 1].text[-_RELEASE_TAIL_MAX:]
    m = _RELEASE_DAY_TAIL_RE.search(tail)
    return parse_date(dated) if m and (dated := weekday_date_line(tail[m.start() :].strip())) else None


def release_foot_day(blocks: list[Block], start: int, end: int) -> str | None:
    """The day a Hong Kong government press release prints at its foot, over its hour line (2018年8月17日（星期五） /
    香港时间14时00分, the hour line perhaps printed twice), among the last lines of ``blocks[start:end]``; None when
    its foot prints no such pair (dates19)."""
    for i in range(end - 1, max(start, end - _FOOT_BLOCKS) - 1, -1):
        if (day := release_day(blocks, i)) is not None:
            return day
    return None


def foot_story_date(blocks: list[Block], start: int, end: int) -> tuple[str, str | None] | None:
    """(publish day, event day) of a story whose page prints the publish day at its foot, not over
    it (…（责任编辑：X） / 2019年06月04日 ; 发布时间：2019-06-03 10:00 ; 来源：某某日报　2019-06-03): the
    event day is the lead's (``6月3日上午``, ``今天``, ``新华社北京6月3日电``) resolved against the
    publish day, as :func:`news_dates` resolves it against a publish line at the top, or None when
    the lead dates nothing; None when the foot prints no publish day. ``blocks[start:end]`` is the
    story under its headline."""
    for i in range(end - 1, max(start, end - _FOOT_BLOCKS) - 1, -1):
        text = blocks[i].text
        published = (
            publish_date(text)
            or (parse_date(text) if blocks[i].kind == DATE or _BRACKETED_DATE_RE.match(text) else None)
            # 2025年8月8日（星期五） / 香港时间11时00分: a press release's day and its own weekday at its foot
            or (parse_date(dated) if (dated := weekday_date_line(text)) else None)
            or release_day(blocks, i)
            or epaper_footer_date(text)
            or column_count_stamp(text)
        )
        if published is not None:
            return published, _story_date(blocks[:end], start, published)
    for i in range(start, min(end, start + _EDIT_STAMP_BLOCKS)):
        if (m := _ROC_EDIT_STAMP_RE.search(blocks[i].text[-_EDIT_STAMP_TAIL:])) is not None and (
            published := make_iso(int(m.group("roc")) + _ROC_EPOCH, int(m.group("m")), int(m.group("d")))
        ):
            # （中央社记者X台北8日电）… / …（编辑：李锡璋）1120808 / 延伸阅读 …: a CNA story's edit day in the ROC
            # calendar after its editor, a related-news list under it (dates round 18) — the lead's day resolved
            # against it, never that day itself
            return published, _story_date(blocks[:end], start, published)
    return None


# The editor's credit closing a Taiwan agency's story and its edit day in the ROC calendar: （编辑：李锡璋）1120808
_ROC_EDIT_STAMP_RE = compile_re(
    rf"[（(](?:{alternation(EDIT_STAMP_KEYS)})[：:][^（）()]{{1,12}}[）)][ \t\u3000]*"
    r"(?P<roc>1[0-4]\d|[5-9]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)"
    rf"[ \t\u3000]*(?:{alternation(RELATED_LIST_HEADS)})?[ \t\u3000]*$"
)
_ROC_EPOCH = 1911  # 民国1年 = 1912
_EDIT_STAMP_BLOCKS = 40  # the story's blocks searched for the stamp (a related-news list may follow it)
_EDIT_STAMP_TAIL = 40  # the end of a paragraph searched for it
