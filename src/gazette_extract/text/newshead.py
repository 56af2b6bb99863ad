"""The head of a news-style page: publish lines, e-paper page labels, 原标题 and summary lines.

Many pages that carry gazette content are news items, not gazette issues. Above the story they
print a headline and, around it, lines that are never part of it:

- a **publish line**: ``2013-09-16 17:08 来源:九江新媒体``, ``发布时间：2019-05-27 09:36:12``,
  ``24.09.2015  18:40`` (day.month.year), ``2021年08月05日 09:52``, ``来源：X  作者：Y  时间：…``,
  a wire byline ``新华社 2018-12-31 14:19``, a bullet ``• 2010-01-23  柳州日报  记者 X``;
- an **e-paper page label**: ``第A01版:要闻``, ``A02版：时政``;
- the **original title** of a reprint: ``原标题：回应社会关切维护法制权威``;
- a **summary**: ``摘要：…`` / ``导读：…``.

Each stands on its own line: the paragraph joiner never runs the headline into it, nor it into
the story (:func:`is_news_head_line`). :func:`publish_date` reads a publish line's date (ISO);
:func:`split_glued_head` cuts a whole item stored on one line (headline, time, source, body)
back into its parts. Every pattern is compiled once, anchored and linear in its input.
"""

from __future__ import annotations

import re

from .._pattern_cache import compile_re
from ..grammars.dates import CLOCK_TIME as _TIME
from ..grammars.dates import SPACED_PARTS_RE, make_iso
from ..vocab.common import CJK as _CJK
from ..vocab.common import (
    HEADLINE_LEAD_OPENER_ALTERNATION,
    PURPOSE_LEAD_ALTERNATION,
    STORY_OPENER_ALTERNATION,
    STORY_OPENERS,
    alternation,
    compact,
)
from ..vocab.datelines import (
    BARE_PUBLISH_KEYS,
    BYLINE_REPORT_VERBS,
    BYLINE_SOURCE_KEYS,
    DATE_TAIL_TOOLS,
    EN_PUBLISH_KEYS,
    ISSUE_LINE_LABEL_ENDS,
    LOST_BLANK_MARKS,
    LOST_BLANK_QUESTION_MARKS,
    OUTLET_ENDS,
    POSTED_KEYS,
    PUBLISH_DATE_KEYS,
    STAMP_LABEL_NOT,
    SUMMARY_KEYS,
    UPDATE_STAMP_KEYS,
)
from ..vocab.datelines import DAY_PART as _DAY_PART
from ..vocab.heads import (
    ADDRESS_HONORIFIC,
    ADDRESS_OPENERS,
    ADDRESSEE_PLURALS,
    ADDRESSEES,
    BYLINE_BAR_KEYS,
    EN_MONTH_NUMBERS,
    REPORT_TAG_ENDS,
    REPORT_TAG_NOT,
    SPEECH_FORMS,
    SPEECH_GOES_ON,
    SPEECH_TITLE_WORDS,
    STAMP_MONTH_NAMES,
    STAMP_TITLE_KEYS,
    TEMPLATE_INTRO_OPENERS,
    TEMPLATE_INTRO_VERBS,
    TITLE_GLUE_BYLINE_KEYS,
    TITLE_GLUE_KEYS,
    TITLE_GLUE_TAIL_KEYS,
    TITLE_GLUE_TOOLS,
)
from ..vocab.numerals import CN_ORDINALS

# A deck naming who spoke and who presided, under a news headline — never part of the headline,
# whatever the headline ends with: 杨国宗陈绍波讲话  张剑萍主持 (大理 2022) / 王宁出席并讲话 / 李强主持 /
# ——王某某出席并讲话 / 杨国宗、张剑萍出席会议 — never a speech's subtitle (——在…会议上的讲话)
SPEAKER_DECK_RE = compile_re(
    rf"^[—－\-]*\s*(?!在)(?:(?:(?!的)[{_CJK}·、]){{2,16}}?(?:出席会议并讲话|出席并讲话|出席并致辞|出席会议|出席|讲话|致辞|主持会议|主持)[\s\u3000]*){{1,4}}$"
)
SPEAKER_DECK_MAX = 40  # longer than any deck: tested before the pattern

_YMD = (
    r"(?P<y>(?:19|20)\d\d)(?:(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)|年(?P<cm>\d{1,2})月(?P<cd>\d{1,2})日)"
)
# 24.09.2015 / 27/02/2026 (day first, as Hong Kong and European pages print it; only with a time after
# it, and with slashes only when the day cannot be a month: 02/03/2026 may be month first)
_DMY = r"(?P<dd>\d{1,2})(?P<ds>[./])(?P<dm>\d{1,2})(?P=ds)(?P<dy>(?:19|20)\d\d)"
# Keys of a publish line whose value is the date (发布时间：… / 时间：…), and a forum's post keys, their colon
# optional (发表于: 1982-12-11 / 发表于 2019-5-27 09:36): vocab.datelines
_DATE_KEYS = "|".join(PUBLISH_DATE_KEYS)
_POSTED_KEYS = "|".join(POSTED_KEYS)  # (the optional colon takes its blanks with it: one blank run, linear)
# The page's view count, then the date's key glued to it: 浏览次数：4766发布时间：2009-10-23
_COUNT_THEN_KEYED_RE = compile_re(
    rf"^(?:浏览|阅读|点击|访问)(?:量|数|次数)?\s*[:：]\s*\d{{1,9}}\s*次?\s*(?P<key>{_DATE_KEYS})\s*[:：]\s*{_YMD}"
)
# Keys that make a short line a byline (来源：X 作者：Y 时间：…), whatever comes first
_BYLINE_KEYS = r"来源|作者|编辑|责任编辑|记者|浏览次数|阅读次数|点击数|字号|信息来源|发布者"
_PUBLISH_MAX = 100  # a publish line is short: a longer line is prose that mentions a time

# 2013-09-16 17:08 … / 2021年08月05日 09:52 … / 新华社 2018-12-31 14:19 (a short word before it) /
# http://www.chinareviewnews.com   2011-09-01 17:30:00 (the site's address before it) /
# 开发者 https://www.devze.com 2023-03-09 06:54 出处:网络 (the site's name, then its address)
_STAMP_RE = compile_re(rf"^(?:[^\s，。；：:]{{1,20}}\s*)?(?:https?://[^\s，。]{{1,60}}\s*)?{_YMD}\s*{_TIME}(?![\d:：])")
# A byline naming several reporters, the place they report from and its verb, then the stamp (titles19, docs19):
# 记者陈某某 蔡某某/新竹报导 2018-12-26 00:32 / 记者张三、李四／台北报道 2020-01-02 10:00 / 陈某 蔡某/新竹报导 … — after
# 记者 the names apart by blanks or 、; without it, two to four words apart by blanks (one word alone is _STAMP_RE's)
_REPORTERS_STAMP_RE = compile_re(
    rf"^(?:记者(?:[\s、]*[{_CJK}·]{{2,4}}){{1,4}}\s*"
    rf"|[^\s，。；：:/／]{{1,12}}(?:[ \u3000]+[^\s，。；：:/／]{{1,12}}){{1,3}})[/／]\s*[^\s，。；：:/／]{{1,8}}?"
    rf"(?:{'|'.join(BYLINE_REPORT_VERBS)})\s*{_YMD}\s*{_TIME}(?![\d:：])"
)
# An outlet's name (its last word in OUTLET_ENDS), then one reporter's name (记者 optional), then the stamp with its time
# (dates19): 警政時報/警政時報 蔡宗武2025.01.13 19:48 / 自由时报 记者张三 2025-01-13 19:48 — a Taiwan or Hong Kong byline
# over the story (记者张三 李四 2018-12-26 00:32, two names and no outlet, stays no byline: docs19)
_OUTLET_REPORTER_STAMP_RE = compile_re(
    rf"^[^\s，。；：:]{{0,18}}(?:{'|'.join(OUTLET_ENDS)})[ \u3000]+(?:记者[ \u3000]*)?[{_CJK}·]{{2,4}}[ \u3000]*{_YMD}\s*{_TIME}"
    r"(?![\d:：])"
)
# 发布 : 2025-3-02 来源 : 明报新闻网: a bare publish key, the date, then another byline key (docs19)
_BARE_PUBLISH_RE = compile_re(
    rf"^(?:{'|'.join(BARE_PUBLISH_KEYS)})\s*[:：]\s*{_YMD}(?:\s*{_TIME})?\s*(?:{_BYLINE_KEYS})\s*[:：]"
)
# 24.09.2015  18:40
_DMY_STAMP_RE = compile_re(rf"^{_DMY}\s+{_TIME}(?![\d:：])")
# 3/7/2013 11:54:41 AM / 12/25/2019 9:05 PM / 3/7/2013 上午 11:54 (a US-style stamp: the 12-hour
# clock with AM/PM or 上午/下午 is what says the month comes first)
_US_STAMP_RE = compile_re(
    r"^(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>(?:19|20)\d\d)\s*"
    rf"(?:(?:上午|下午)\s*{_TIME}(?![\d:：])|{_TIME}\s*(?:[AaPp]\.?[Mm]\.?|上午|下午))"
)
# 2023 12/23 13:13:41 / 2022 01/ 03 16:21:40 (a mirror's stamp: the year, then month/day apart by a
# slash, then the time)
_YEAR_MD_STAMP_RE = compile_re(
    rf"^(?P<yy>(?:19|20)\d\d)\s+(?P<ym>\d{{1,2}})\s?[/／]\s?(?P<yd>\d{{1,2}})\s+{_TIME}(?![\d:：])"
)
# 发布时间：2019-05-27 09:36:12 / 时间:2022-07-27 20:43:35 来源: 上海崇明 / 0次浏览 发布时间:2025-04-09
_KEYED_RE = compile_re(
    rf"(?:(?:^|[\s|【\[［])(?P<key>{_DATE_KEYS})\s*[:：]|(?:^|[\s|【\[［\d])(?:{_POSTED_KEYS})(?:\s*[:：])?)\s*{_YMD}"
)  # 【发布时间：2021-03-05】
# A byline's source (or editor), then the date after a bar or spaces: 来源：某某县融媒体中心 | 2021-03-05 /
# 责任编辑:高心云 2023-03-04 15:20:25 来源:新华社
_SOURCE_THEN_DATE_RE = compile_re(
    rf"^[【\[]?\s*(?:来源|信息来源|作者|责任编辑|编辑|记者)\s*[:：][^|｜【】\[\]:：]{{1,30}}?\s*(?:[|｜]\s*)?{_YMD}"
)
# A byline's source (or author), its date's key glued to the value without a blank: 来源：本站时间：2024/4/29 11:42:50 /
# 来源:某某网发布时间:2021-03-05 / 作者：张三发布日期：2021年3月5日 (titles round 15). The value holds no key's colon
# and no blank; the key is the last one before the date (the lazy value stops at the first key that fits).
# The value may stand a blank after its key's colon (文章来源： 政事儿微信公众号发布时间：…; pages17).
_SOURCE_GLUED_KEY_RE = compile_re(
    rf"^[【\[]?\s*(?:{alternation(BYLINE_SOURCE_KEYS)})\s*[:：]\s?[^:：|｜\s]{{1,24}}?(?:{_DATE_KEYS})\s*[:：]\s*{_YMD}"
)
# A byline of several keys, some left empty, the date and time last: 来源：全国人大 作者： 编辑：redcloud
# 2023-05-09 17:03:07. Each part is a key, its value (up to 30 characters, ending on one that is no blank)
# and the blanks after it: a run of blanks has one owner, so a line of empty keys padded with spaces is
# split one way, not every way (the merged `[^:：|｜]{0,30}?\s*` shared them: 0.2–0.5 s for one line)
_KEYS_THEN_DATE_RE = compile_re(
    r"^(?:(?:来源|信息来源|作者|责任编辑|编辑|记者|发布者)\s*[:：](?:[^:：|｜]{0,29}?[^:：|｜\s])??\s*){2,5}"
    rf"{_YMD}\s*(?:{_TIME})?\s*$"
)
# A date alone in square or lenticular brackets under a headline: [ 2021-03-05 ] / 【2021年03月05日】
_SQUARE_DATE_RE = compile_re(rf"^[\[【［]\s*{_YMD}\s*(?:{_TIME})?\s*[\]】］]$")
# An English key before the date: date 2026-02-27   • 會員 / Posted: 2019-05-27
# (vocab.datelines.EN_PUBLISH_KEYS, longest first; the words of a key apart by one to three blanks; a bullet may open the
# line: • Start date:2017-06-21; a second date after it makes it a period, no stamp: Start date: 2017-06-21 to …)
_EN_KEYS = "|".join(k.replace(" ", r"[ \t]{1,3}") for k in sorted(EN_PUBLISH_KEYS, key=len, reverse=True))
_EN_KEYED_RE = compile_re(
    rf"^(?:[•·●▪*\-][ \t]{{0,3}})?(?:{_EN_KEYS})[ \t]*[:：]?[ \t]*{_YMD}(?![\d])(?!.{{0,30}}?(?:19|20)\d\d[-/.年])",
    re.IGNORECASE,
)
_BYLINE_KEY_RE = compile_re(rf"(?:^|[\s|]|(?<=[日\d]))(?:{_BYLINE_KEYS})\s*[:：]")  # …01月20日来源：
# 2010-01-23   柳州日报   记者 姚颖盈 (a bullet's date, then the paper and the reporter; the spaces
# around digits may be gone: 2010-01-23柳州日报)
_DATED_SOURCE_RE = compile_re(rf"^{_YMD}\s*[^\s\d:：].{{0,40}}?(?:报|网|台|社|记者|作者|来源|编辑|新闻)")
# 2019/06/04 来源：某某县人大 / 2019年06月04日 作者：李四 (the date, then a byline's key: whatever the source)
_DATED_BYLINE_KEY_RE = compile_re(rf"^{_YMD}\s*(?:{_BYLINE_KEYS})\s*[:：]")
# 2022 年 08 月 26 日   閱讀量:10.93萬+ (the date, then the page's view count); the outlet may stand before
# the date: 临报融媒 2022-09-09 阅读次数: 4313 (headlines round 14)
_DATED_COUNT_RE = compile_re(
    rf"^(?:[^\s\d，。；：:|｜]{{2,12}}\s*)?{_YMD}\s*(?:{_TIME})?\s*(?:阅读|浏览|点击|访问)(?:量|数|次数)?\s*[:：]"
)
# 第A01版:要闻 / A02版：时政 / 03版:综合总第627期 …
# 二版:综合新闻总第880期 / 第十二版：区街新闻 (the page's number in Chinese numerals; titles round 12)
PAGE_LABEL_RE = compile_re(rf"^第?(?:[A-Za-zＡ-Ｚ]{{0,2}}\d{{1,3}}|[{CN_ORDINALS}]{{1,3}})\s*版(?:\s*[:：]|\s|$)")
# An e-paper's page line without 版: A3:社会总第2676期 >2021-09-20编印 (page, section, the paper's serial)
_PAGE_SERIAL_RE = compile_re(r"^[A-Za-z]\d{1,2}\s*[:：][^，。]{0,20}?总?第\s*\d{1,5}\s*期")
# 原标题：回应社会关切维护法制权威
ORIGINAL_TITLE_RE = compile_re(r"^[【\[]?原标题[】\]]?\s*[:：]\s*")
# 摘要：… / 导读：… / 核心提示：… / 编者按：… (a portal's summary under the headline)
# (each run of blanks has one owner: the bracket's blanks belong to it, so a key padded with blanks is read once)
_SUMMARY_LINE_RE = compile_re(rf"^[【\[]?\s*(?:{alternation(SUMMARY_KEYS)})(?:\s*[】\]])?\s*[:：]")
# …and the key alone on its line, the summary on the lines under it: 内容导航： / 【摘要】 (pages17)
_SUMMARY_KEY_ALONE_RE = compile_re(rf"^[【\[]?\s*(?:{alternation(SUMMARY_KEYS)})(?:\s*[】\]])?(?:\s*[:：])?\s*$")
_SUMMARY_KEY_MAX = 16  # a key alone, its brackets and colon: a longer line is no key alone
# A column tag alone on its line: 【要闻】 / [媒体解读] / 【本网讯】
COLUMN_TAG_RE = compile_re(r"^[【\[［][^】\]］\s]{1,10}[】\]］]$")
# A page's font-size chooser beside the date it was posted: 【字体：大 中 小】 2019-06-04 / 字号：大 中 小
# 2019-06-04 / 2019-06-04 【字体：大 中 小】 (the chooser says the line is the page's head, not prose)
_FONT_CHOOSER = r"[【\[［]?\s*(?:字体|字号)\s*[:：]?\s*(?:[大中小]\s*){2,3}[】\]］]?"
_FONT_THEN_DATE_RE = compile_re(rf"^{_FONT_CHOOSER}\s*{_YMD}\s*(?:{_TIME})?\s*$")
_DATE_THEN_FONT_RE = compile_re(rf"^{_YMD}\s*(?:{_TIME})?\s*{_FONT_CHOOSER}\s*$")
# An e-paper's page label, then the issue's date: 第A02版：要闻  2019年06月04日 / A3版:时政 2019-06-04
_PAGE_DATE_RE = compile_re(rf"^第?[A-Za-zＡ-Ｚ]{{0,2}}\d{{1,3}}\s*版\s*[:：]?\s*[^\s\d:：]{{0,8}}?\s*{_YMD}\s*$")
# A byline in brackets at a story's foot, its date last: （作者：张三 来源：某某日报 2019-06-04）. The
# byline is one or more keys, each with at most _BYLINE_GAP characters before it and 1 to _BYLINE_GAP
# after it (spaces between the two free); :func:`_is_keyed_byline` checks that over the keys found
# (one pattern repeating a group of fillers around each key tried every split of a run of keys:
# minutes on a line of 16 keys and no date)
_BRACKETED_DATE_RE = compile_re(rf"^[（(]\s*(?P<byline>[^（）()]*?){_YMD}\s*[）)]$")
# every key's start, overlapping ones too (编辑 inside 责任编辑)
_BRACKETED_KEY_RE = compile_re(r"(?=(?P<key>(?:来源|作者|编辑|责任编辑|记者)\s*[:：]))")
_BYLINE_GAP = 30
# A byline's blanks a converter lost (vocab.datelines.LOST_BLANK_MARKS): each run of them is one blank
# (来源:某镇???作者:某某 ???发布日期:2017-12-30???字体大小: → 来源:某镇 作者:某某 发布日期:2017-12-30 字体大小:)
_LOST_BLANK_RE = compile_re(
    rf"[{LOST_BLANK_QUESTION_MARKS}]{{2,}}"
    + "|(?:"
    + "|".join(re.escape(m) for m in sorted(LOST_BLANK_MARKS, key=len, reverse=True))
    + rf")+[{LOST_BLANK_QUESTION_MARKS}]*",
    re.IGNORECASE,
)
_LOST_BLANK_FIRST = frozenset(LOST_BLANK_QUESTION_MARKS) | frozenset(m[0] for m in LOST_BLANK_MARKS)
# A publish key, then a date whose year a CMS printed with two digits, and its clock time (pages18: 发布日期:18-01-16
# 16:53:12 under a 2018 headline; hyphens only: 09/11/03 may be read day first): the time says it is a stamp; the
# century is read as 20 for 00-69, else 19
_SHORT_YEAR_KEYED_RE = compile_re(
    rf"(?:^|[\s|【\[［])(?:{_DATE_KEYS})\s*[:：]\s*(?P<yy>\d\d)-(?P<mm>\d{{1,2}})-(?P<dd>\d{{1,2}})"
    r"\s+[0-2]?\d:[0-5]\d(?![\d])"
)
# The same two-digit-year stamp opening the line with no key, its time, then a byline key (titles19: 22-05-02 10:50
# 来源:新华社 编辑:某某, a portal under its breadcrumb): the time and the key say it is the page's stamp
_SHORT_YEAR_LEAD_RE = compile_re(
    rf"^(?P<yy>\d\d)-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*(?:{_BYLINE_KEYS})\s*[:：]"
)
_SHORT_YEAR_PIVOT = 70


# A publish day (perhaps its time) with a short label after it on its line — a column's name or a category a CMS
# broke — and perhaps the column's count glued to it (dates20): 2017年1月6日    即時資訊 (macaucee) /
# 2020-07-22新闻5 (zkxblog) / 2023-09-26・Array (turnnewsapp). The label holds letters only (CJK or Latin, one to
# eight), after blanks or a separator (・ · • | ｜ / ／); every part is bounded and the line is anchored at both ends.
_LABELLED_STAMP_RE = compile_re(
    rf"^{_YMD}(?:\s{{0,3}}{_TIME})?[ \t\u3000・·•|｜/／]{{0,8}}(?P<label>[{_CJK}A-Za-z]{{1,8}})\d{{0,9}}$"
)
_LABELLED_STAMP_MAX = 40  # a stamp and its label: a longer line is prose


def labelled_stamp(text: str) -> str | None:
    """The ISO day of a line that is a publish day with a column's label after it (``2020-07-22新闻5``,
    ``2023-09-26・Array``), or None — also when the label is a weekday (the site's clock) or an act or limit of
    the date itself (``2021年3月5日印发``, ``…起``, ``…前``: vocab.datelines.STAMP_LABEL_NOT). It names no publish
    line by itself: a caller takes it only where a lead dates its event against it (layout.news)."""
    text = text.strip()
    if not text or len(text) > _LABELLED_STAMP_MAX:
        return None
    m = _LABELLED_STAMP_RE.match(text)
    if m is None or m.group("label").startswith(STAMP_LABEL_NOT):
        return None
    return _iso(m)


# An e-paper's issue line: the paper's name or the issue's label, then its day (ndates21): 甘孜日报 2020年08月13日 /
# 当前报章2019年06月05日 — a label of 2–12 letters ending as vocab.datelines.ISSUE_LINE_LABEL_ENDS, the day in a stamp's form
_ISSUE_LINE_RE = compile_re(
    rf"^(?P<label>[{_CJK}]{{0,10}}(?:{alternation(ISSUE_LINE_LABEL_ENDS)}))[ \t\u3000:：]{{0,3}}{_YMD}[ \t\u3000]{{0,3}}$"
)
_ISSUE_LINE_MAX = 40


def issue_line(text: str) -> str | None:
    """The ISO day of an e-paper's issue line (``甘孜日报 2020年08月13日``, ``当前报章2019年06月05日``), or None. It names no
    publish line by itself: a caller takes it only where a lead dates its event against it (layout.news)."""
    text = text.strip()
    if not text or len(text) > _ISSUE_LINE_MAX:
        return None
    m = _ISSUE_LINE_RE.match(text)
    return _iso(m) if m is not None else None


# A date in English order alone on its line (its time may follow), as a Taiwan or Hong Kong page prints its stamp
# under the headline (dates20): Apr. 09, 2024 / April 9, 2024 / Apr 9th, 2024 10:00 — the month named first;
# 9 April 2024 / 09 Apr. 2024 — the day first; 4月. 09, 2024 (owlting: the month's number with 月, then the day and
# the year after a comma). Anchored at both ends; every run bounded.
_EN_MONTHS = "|".join(sorted(EN_MONTH_NUMBERS, key=len, reverse=True))
_MONTH_NAME_STAMP_RE = compile_re(
    rf"^(?:(?P<mn>{_EN_MONTHS})\.?[ \t]{{0,3}}(?P<md>\d{{1,2}})(?:st|nd|rd|th)?[ \t]{{0,2}},[ \t]{{0,3}}(?P<my>(?:19|20)\d\d)"
    rf"|(?P<dd>\d{{1,2}})[ \t]{{1,3}}(?P<dn>{_EN_MONTHS})\.?,?[ \t]{{1,3}}(?P<dy>(?:19|20)\d\d)"
    rf"|(?P<cm>\d{{1,2}})月\.?[ \t]{{0,3}}(?P<cd>\d{{1,2}})[ \t]{{0,2}},[ \t]{{0,3}}(?P<cy>(?:19|20)\d\d))"
    rf"(?:[ \t]{{1,3}}{_TIME}(?:[ \t]{{0,2}}[AaPp]\.?[Mm]\.?)?)?$",
    re.IGNORECASE,
)


def _month_name_stamp(text: str) -> str | None:
    """The ISO day of an English-order date alone on its line (``Apr. 09, 2024``, ``9 April 2024``,
    ``4月. 09, 2024``), or None."""
    m = _MONTH_NAME_STAMP_RE.match(text)
    if m is None:
        return None
    if m.group("mn"):
        year, month, day = int(m.group("my")), EN_MONTH_NUMBERS[m.group("mn").lower()], int(m.group("md"))
    elif m.group("dn"):
        year, month, day = int(m.group("dy")), EN_MONTH_NUMBERS[m.group("dn").lower()], int(m.group("dd"))
    else:
        year, month, day = int(m.group("cy")), int(m.group("cm")), int(m.group("cd"))
    return make_iso(year, month, day)


# A column's name, the publish day and the view count glued on one line at the story's foot (dates20, penanglaksa:
# 政府要聞2021-09-154733 — 2021-09-15, then 4733 views): the month and the day padded to two digits, so the day ends
# where the count begins; a blank or a bar may stand between the parts
_COLUMN_COUNT_STAMP_RE = compile_re(
    rf"^[ \t\u3000]*[{_CJK}]{{2,8}}[ \t\u3000|｜]{{0,3}}(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"[ \t\u3000|｜]{0,3}\d{1,9}[ \t\u3000]*$"
)


def column_count_stamp(text: str) -> str | None:
    """The publish day of a foot line that glues a column's name, the day and a view count (``政府要聞2021-09-154733``)."""
    m = _COLUMN_COUNT_STAMP_RE.match(text) if len(text) <= _COLUMN_COUNT_STAMP_MAX else None
    return make_iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else None


_COLUMN_COUNT_STAMP_MAX = 40


def _short_year_stamp(text: str) -> str | None:
    m = _SHORT_YEAR_LEAD_RE.match(text) if text[2:3] == "-" else None
    m = m or _SHORT_YEAR_KEYED_RE.search(text)
    if m is None:
        return None
    yy = int(m.group("yy"))
    return make_iso((2000 if yy < _SHORT_YEAR_PIVOT else 1900) + yy, int(m.group("mm")), int(m.group("dd")))


# Meeting notices print 时间：2021年3月5日 9:00: a bare 时间/日期 key is a publish line only with an
# ISO date or beside another byline key
_BARE_KEYS = frozenset({"时间", "日期", "更新"})


# An ISO date with its time glued on, the space between them lost: 2021-03-0910:22:31 (month and day
# padded to two digits, so the day ends where the time begins)
_GLUED_TIME_RE = compile_re(r"(?<!\d)(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)(?=[0-2]?\d:[0-5]\d)")


def _iso(m: re.Match[str]) -> str | None:
    if m.group("y") is None:
        return None
    month, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("cm"), m.group("cd"))
    return make_iso(int(m.group("y")), int(month), int(day))


_UPDATE_KEYS = tuple(sorted(UPDATE_STAMP_KEYS, key=len, reverse=True))


def _published_after_update(text: str) -> str | None:
    """The date after a publish key that follows an update stamp (更新於 X • 發布於 Y → Y), or None."""
    for m in _KEYED_RE.finditer(text):
        if m.start() > 0 and not (m.group("key") or "").startswith(_UPDATE_KEYS):
            return _iso(m)
    return None


def publish_date(text: str) -> str | None:
    """The ISO date of a publish line, or None when ``text`` is not one.

    ``2013-09-16 17:08 来源:九江新媒体`` → 2013-09-16; ``24.09.2015  18:40`` → 2015-09-24;
    ``发布时间：2019-05-27 09:36:12`` → 2019-05-27; ``3/7/2013 11:54:41 AM`` → 2013-03-07; a sentence
    that mentions a time → None.
    """
    text = text.strip()
    if not text or len(text) > _PUBLISH_MAX or "。" in text or "，" in text:
        return None
    if text[2:3] == "-" and _SHORT_YEAR_LEAD_RE.match(text):
        return _short_year_stamp(text)  # 22-05-20 10:50 来源:… (a two-digit year that holds 20 or 19)
    if "20" not in text and "19" not in text:
        # every form holds its year (19xx / 20xx): most lines go here, in C — but for a CMS's two-digit year
        return _short_year_stamp(text) if ":" in text or "：" in text else None
    if not _LOST_BLANK_FIRST.isdisjoint(text):
        text = _LOST_BLANK_RE.sub(" ", text).strip()
    if ":" in text:
        # 发布日期: 2021-03-0910:22:31: the space between the day and the time lost (a padded day, two digits)
        text = _GLUED_TIME_RE.sub(r"\g<date> ", text)
    if " " in text:
        # 发布日期：2011- 09- 01 14: 58: 15: a CMS that spaced every part of its stamp (dates round 13)
        text = SPACED_PARTS_RE.sub("", text)
    if text.startswith(_UPDATE_KEYS) and (published := _published_after_update(text)) is not None:
        return published  # 更新於 X • 發布於 Y: the publish day, not the update's (round trad18)
    if m := _STAMP_RE.match(text) or _REPORTERS_STAMP_RE.match(text) or _OUTLET_REPORTER_STAMP_RE.match(text):
        return _iso(m)
    if (m := _US_STAMP_RE.match(text)) and (us := make_iso(int(m.group("uy")), int(m.group("um")), int(m.group("ud")))):
        return us
    if m := _DMY_STAMP_RE.match(text):
        day, month = int(m.group("dd")), int(m.group("dm"))
        if m.group("ds") == "/" and day <= 12 and day != month:
            return None  # 02/03/2026: month first or day first, the page does not say
        return make_iso(int(m.group("dy")), month, day)
    if (m := _YEAR_MD_STAMP_RE.match(text)) and (
        ymd := make_iso(int(m.group("yy")), int(m.group("ym")), int(m.group("yd")))
    ):
        return ymd
    if m := _EN_KEYED_RE.match(text):
        return _iso(m)
    if ((text[0].isascii() and text[0].isalnum()) or "月" in text[:3]) and (named := _month_name_stamp(text)):
        return named  # Apr. 09, 2024 / 9 April 2024 / 4月. 09, 2024 (dates20)
    if m := _KEYED_RE.search(text):
        alone = m.group("key") == "日期" and m.start("key") == 0 and m.end() == len(text)
        if m.group("key") in _BARE_KEYS and not (m.group("s") or _BYLINE_KEY_RE.search(text)) and not alone:
            return None  # 时间：2021年3月5日 9:00 (a meeting notice's field); 日期：2021年03月05日 alone is a page's
        return _iso(m)
    if m := _SOURCE_THEN_DATE_RE.match(text) or _BARE_PUBLISH_RE.match(text):
        return _iso(m)
    if m := _KEYS_THEN_DATE_RE.match(text):
        return _iso(m)
    if m := _SOURCE_GLUED_KEY_RE.match(text):
        return _iso(m)
    if text[0] in "[【［" and (m := _SQUARE_DATE_RE.match(text)):
        return _iso(m)
    if m := _DATED_SOURCE_RE.match(text):
        return _iso(m)
    if m := _DATED_COUNT_RE.match(text):
        return _iso(m)
    if m := _DATED_BYLINE_KEY_RE.match(text):
        return _iso(m)
    if m := _COUNT_THEN_KEYED_RE.match(text):
        return _iso(m)
    if "字" in text and (m := _FONT_THEN_DATE_RE.match(text) or _DATE_THEN_FONT_RE.match(text)):
        return _iso(m)
    if "版" in text and (m := _PAGE_DATE_RE.match(text)):
        return _iso(m)
    if text[0] in "（(" and (m := _BRACKETED_DATE_RE.match(text)) and _is_keyed_byline(m.group("byline")):
        return _iso(m)
    return None


def _is_keyed_byline(byline: str) -> bool:
    """Is ``byline`` (a bracket's text before its date) a run of keyed parts: a key with at most
    _BYLINE_GAP characters before it, then for each key a value of 1 to _BYLINE_GAP characters, spaces,
    and at most _BYLINE_GAP characters before the next key? Read over the key positions (a line is at
    most _PUBLISH_MAX long), each key a part's or another part's value."""
    keys = [(k.start(), k.end("key")) for k in _BRACKETED_KEY_RE.finditer(byline)]
    reached = [False] * len(keys)
    for j, (start, _end) in enumerate(keys):
        reached[j] = start <= _BYLINE_GAP or any(
            reached[i] and _splits(byline[keys[i][1] : start], _BYLINE_GAP) for i in range(j) if keys[i][1] <= start
        )
        if reached[j] and _splits(byline[keys[j][1] :], 0):
            return True
    return False


def _splits(gap: str, after: int) -> bool:
    """Can ``gap`` be 1 to _BYLINE_GAP characters, then spaces, then at most ``after`` characters?"""
    return any(len(gap[k:].lstrip()) <= after for k in range(1, min(_BYLINE_GAP, len(gap)) + 1))


# A speech's or report's address alone on its line, under its title (titles round 12): 各位代表： /
# 同志们： / 各位代表、同志们： / 尊敬的各位领导、各位来宾： / 各位领导，同志们！ — it stands on its own line
_ADDRESSEE = (
    "(?:"
    + "|".join(ADDRESSEES)
    + "|"
    + ADDRESS_HONORIFIC
    + r"[^，。：:；！!、]{1,20}"
    + r"|[^，。：:；！!、\s]{0,10}?(?:"
    + "|".join(ADDRESSEE_PLURALS)
    + "))"
)
_ADDRESS_LINE_RE = compile_re(
    rf"^[\s\u3000]*{_ADDRESSEE}(?:[、，,\s\u3000]{{1,3}}{_ADDRESSEE}){{0,4}}[\s\u3000]*[：:！!][\s\u3000]*$"
)
_ADDRESS_LINE_MAX = 60


# …and the same address glued after a speech's, report's or letter's title on a page's first line (2022年某镇
# 政府工作报告各位代表：现在，… / 某某公开信尊敬的各位农民朋友：您们好！): the title, the address, the text
_TITLED_ADDRESS_RE = compile_re(
    r"^(?P<title>[^\s，。；：:！？!?—]{4,60}?(?:"
    + alternation(SPEECH_TITLE_WORDS)
    + rf"))(?P<address>{_ADDRESSEE}(?:[、，,\s\u3000]{{1,3}}{_ADDRESSEE}){{0,4}}[：:！!])[\s\u3000]*(?P<rest>\S.*)$"
)
_TITLED_ADDRESS_MIN = 20  # a title, an address and some text
# A template site's sentence naming its page's title again: 下面是小编为大家整理的X，供大家参考。
_TEMPLATE_INTRO_RE = compile_re(
    "^(?:"
    + "|".join(TEMPLATE_INTRO_OPENERS)
    + ")(?:"
    + "|".join(TEMPLATE_INTRO_VERBS)
    + r")的(?P<title>[^，。,]{4,60}?)(?:[（(][^（）()]{1,12}[）)])?[，,]\s*(?:仅?供大家参考|仅供参考|希望|欢迎|大家一起)"
)


_TEMPLATE_INTRO_SCAN = 300  # characters of a paragraph searched for the sentence (after the site's preamble)


def template_intro_title(text: str) -> str | None:
    """The title a template site's sentence names (下面是小编为大家整理的X，供大家参考。 → X); None otherwise.
    The sentence opens the paragraph or follows the site's preamble sentences in it (在快速变化…的新时代，
    需要使用倡议书的事情愈发增多…？下面是小编为大家收集的X，仅供参考; titles round 13)."""
    if text.startswith(TEMPLATE_INTRO_OPENERS):
        m = _TEMPLATE_INTRO_RE.match(text)
        return m.group("title") if m else None
    head = text[:_TEMPLATE_INTRO_SCAN]
    for opener in TEMPLATE_INTRO_OPENERS:
        at = head.find(opener)
        # …only at a sentence's start: after a full stop, a question or an exclamation mark
        if at > 0 and head[at - 1] in "。？！?!" and (m := _TEMPLATE_INTRO_RE.match(text[at:])) is not None:
            return m.group("title")
    return None


def is_address_line(text: str) -> bool:
    """Is ``text`` a speech's or report's address alone on its line (各位代表、同志们：)?"""
    return (
        len(text) <= _ADDRESS_LINE_MAX and text.rstrip()[-1:] in "：:！!" and _ADDRESS_LINE_RE.match(text) is not None
    )


def summary_text(text: str) -> str:
    """The summary a line holds after its key (摘要：  10月22日，… → 10月22日，…); the line itself when it has no key."""
    m = _SUMMARY_LINE_RE.match(text)
    return text[m.end() :].strip() if m else text


def is_summary_key_alone(text: str) -> bool:
    """``summary_key(text) == "alone"`` without the test for a summary on its line (round speed21: split_paragraphs
    asks it of the paragraph above every line)."""
    return len(text) <= _SUMMARY_KEY_MAX and _SUMMARY_KEY_ALONE_RE.match(text) is not None


def summary_key(text: str) -> str | None:
    """``"line"`` when ``text`` is a summary on its line (摘要：…), ``"alone"`` when it is a summary's key alone
    (内容导航： over the summary's lines), None otherwise."""
    if len(text) <= _SUMMARY_KEY_MAX and _SUMMARY_KEY_ALONE_RE.match(text):
        return "alone"
    return "line" if _SUMMARY_LINE_RE.match(text) else None


# A publish stamp and nothing else (session 18: 出版:2026-Feb-11 16:55 更新:2026-Feb-11 16:55 over a Hong Kong
# paper's headline, which the joiner ran into it, or taken as the page's title; 日期:12-09 under an e-paper's headline,
# its year not printed: no day is read from it, publish_date needs the year): one to four keyed values, each a date
# or a time (digits, their marks, 年月日时分秒, an English month's name), apart by blanks or a bar; bounded throughout,
# so linear in the line
_STAMP_KEYS = (*PUBLISH_DATE_KEYS, *UPDATE_STAMP_KEYS, *POSTED_KEYS, *BARE_PUBLISH_KEYS, *STAMP_TITLE_KEYS)
_STAMP_LINE_RE = compile_re(
    rf"^[\s|｜•·]{{0,4}}(?:(?:{alternation(_STAMP_KEYS)})[ \t\u3000]{{0,3}}[:：]?[ \t\u3000]{{0,3}}"
    rf"(?=[0-9０-９])(?:[0-9０-９]|[-/:.\s年月日时分秒]|{alternation(STAMP_MONTH_NAMES)}){{4,32}}[\s|｜•·]{{0,4}}){{1,4}}$"
)
_STAMP_LINE_MAX = 160


# What a stamp line opens on (round speed21): a blank (``\s``, which is ``str.isspace``), a bar or dot, or a key's first
# character — _STAMP_LINE_RE's every match opens so; the pattern is not tried on the lines of prose that open otherwise
_STAMP_FIRSTS = frozenset("|｜•·" + "".join(key[0] for key in _STAMP_KEYS))


def is_stamp_line(text: str) -> bool:
    """Is ``text`` a publish stamp and nothing else (keys with dates or times as values)? Such a line stands alone
    and is never a title."""
    return (
        len(text) <= _STAMP_LINE_MAX
        and (text[:1] in _STAMP_FIRSTS or text[:1].isspace())
        and _STAMP_LINE_RE.match(text) is not None
    )


def is_news_head_line(text: str) -> bool:
    """A line of a news page's head that stands alone: a publish line, an e-paper page label,
    an 原标题 line or a summary line."""
    if len(text) > _PUBLISH_MAX * 2:
        return False
    head = text[:1]
    if head in "原【[" and ORIGINAL_TITLE_RE.match(text):
        return True
    if head in "导摘内提核编【[" and _SUMMARY_LINE_RE.match(text):
        return True
    if len(text) <= 40 and "版" in text and PAGE_LABEL_RE.match(text):
        return True
    if len(text) <= 60 and "期" in text and _PAGE_SERIAL_RE.match(text):
        return True
    if is_address_line(text):
        return True  # 各位代表、同志们： under a speech's title (titles round 12)
    # 政府要聞2021-09-154733 (a column, the day and a view count glued: a story's foot, dates20)
    return publish_date(text) is not None or is_stamp_line(text) or column_count_stamp(text) is not None


# A headline glued to its publish stamp and the story: 王莉霞任内蒙古自治区代主席 2021-08-05 09:52 …
_GLUED_RE = compile_re(
    rf"^(?P<headline>[^\s，。；：:、！？]{{4,40}}?)\s*"
    rf"(?P<stamp>(?:新华社|中新社|中新网|(?:{_DATE_KEYS})\s*[:：]\s*)?"  # 新华社 / 发布时间：
    rf"(?:(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}|(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)"
    rf"\s*{_TIME})(?![\d:：])\s*(?P<rest>\S.*)$"
)
GLUED_MIN = 60  # shorter lines are a headline over its stamp, split by the joiner already


# A speech's title of the grammar 在…上的讲话 (its speaker before it: 县委书记在半年经济工作会议上的讲话), whole
# on its line; and the same title glued to what follows it on a document-sharing page's one line, perhaps
# printed twice (…上的讲话…上的讲话 同志们，…), or a main title with the speech as its deck glued to the
# address (强化…领头羊——领导在…闭幕会上的讲话各位代表、同志们：…): titles round 12. Bounded, anchored.
_SPEECH_FORM = "(?:" + alternation(SPEECH_FORMS) + ")"
_SPEECH_CORE = rf"[^\s，。；：:！？—]{{0,30}}?在[^\s，。；：:！？—]{{2,60}}?上的{_SPEECH_FORM}"
SPEECH_TITLE_RE = compile_re(rf"^{_SPEECH_CORE}$")
_SPEECH_GLUED_RE = compile_re(rf"^(?P<title>{_SPEECH_CORE})[ \u3000]*(?:(?P=title)[ \u3000]*)?(?P<rest>\S.*)$")
_DECKED_SPEECH_RE = compile_re(
    rf"^(?P<main>[^\s，。；：:！？—]{{6,60}}?)(?P<deck>——{_SPEECH_CORE})[ \u3000]*(?P<rest>\S.*)$"
)


def _speech_rest(rest: str) -> bool:
    """Does ``rest`` (what follows a speech's title on its line) open the speech: its address, or prose?"""
    if rest.startswith(SPEECH_GOES_ON):
        return False
    return rest.startswith(ADDRESS_OPENERS) or any(p in rest[:40] for p in "，。,")


def split_glued_head(text: str, *, first: bool = False, heading: str | None = None) -> list[str]:
    """A whole news item stored on one line, cut into headline, publish stamp and the rest;
    any other text → ``[text]``.

    ``王莉霞任内蒙古自治区代主席 2021-08-05 09:52 “内蒙古日报”微信公号 0 内蒙古…决定,…`` →
    the headline, ``2021-08-05 09:52`` and the rest (source and story);
    ``我县召开工经联一届二次会长会议 3月15日，我县在…`` → the headline and its dated lead (with
    no space between them only on the page's first line, ``first``).
    """
    if "日在" in text and (m := _DELIVERED_RE.match(text)) is not None:
        # 政府工作报告 （2019年1月21日在…会议上） 杭州市人民政府市长 徐立毅: title, delivery note, speaker
        return [p for p in (m.group("title"), m.group("note"), m.group("speaker").strip()) if p]
    if (
        (first or heading)
        and len(text) >= _TITLED_ADDRESS_MIN
        and (m := _TITLED_ADDRESS_RE.match(text)) is not None
        and (first or compact(m.group("title")) == compact(heading or ""))
    ):
        # …工作报告各位代表：现在，… on the page's first line, or under its heading that prints the same
        # title alone (某某公开信 / 某某公开信尊敬的各位农民朋友：您们好！…: a document-sharing site's page
        # title over the document's text, its first lines run together by the converter; titles round 13)
        return [m.group("title"), m.group("address"), m.group("rest")]
    if len(text) < GLUED_MIN or not text[:1].strip():
        return [text]
    if first and "上的" in text[:140]:  # the page's first line: a speech's title opens it
        if (m := _SPEECH_GLUED_RE.match(text)) is not None and _speech_rest(m.group("rest")):
            return [m.group("title"), m.group("rest")]
        if (m := _DECKED_SPEECH_RE.match(text)) is not None and _speech_rest(m.group("rest")):
            return [m.group("main"), m.group("deck"), m.group("rest")]
    m = _GLUED_RE.match(text)
    if m is not None:
        return [m.group("headline"), m.group("stamp"), m.group("rest")]
    # Both forms below end their headline on a space (or U+3000) after at most 24 / 40 other
    # characters: a text with none among its first 41 is neither (most paragraphs), tested in C
    head = text[:_SPACED_HEAD_REACH]
    spaced = " " in head or "\u3000" in head
    if spaced and (m := _DECKED_LEAD_RE.match(text)) is not None:
        return [m.group("headline").rstrip(), text[m.end("headline") :]]  # 标题 副题 副题 本报讯 …
    m = (_GLUED_LEAD_RE.match(text) if spaced else None) or (_FIRST_LINE_LEAD_RE.match(text) if first else None)
    if m is not None and m.group("headline")[-1] not in _HEADLINE_GOES_ON:
        lead = text[m.end("headline") :].lstrip()
        # …or a dated lead read only under a headline (7月17—19日，… / 7月24日15时13分，…): an undated opener
        # (日前，…) after a line's first words is no proof that they are a headline (中国台湾网5月21日平原消息 日前，…)
        dated = lead[:1].isdigit() and HEADLINE_LEAD_RE.match(lead) is not None
        if DAY_LEAD_RE.match(lead) or opens_lead(lead) or lead.startswith(_LEAD_OPENERS) or dated:
            return [m.group("headline"), lead]
    return [text]


# A report's or a speech's title, its delivery note and the speaker printed on one line (a mirror's
# heading): 政府工作报告 （2019年1月21日在杭州市第十三届人民代表大会第四次会议上） 杭州市人民政府市长 徐立毅
_DELIVERED_RE = compile_re(
    r"^(?P<title>[^\s，。；：:（(]{2,40}?(?:报告|讲话|致辞|说明|发言))\s*"
    r"(?P<note>[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日在[^（）()\n]{2,80}?上[）)])"
    r"(?P<speaker>\s*[^，。；（()）\n]{0,30})$"
)
# An e-paper's headline and its decks, apart by spaces, then the paper's opener on the same line:
# 开封市部分行政区划调整 新设龙亭区、祥符区 政府驻地确定 调整涉及机构 不得新建政府性楼堂馆所 本报讯 随着… (only
# before the opener: a run of short phrases before any other word is a line of the story)
_DECKED_LEAD_RE = compile_re(
    rf"^(?P<headline>(?:[^\s，。；：:！？,;!?]{{2,24}}[ \u3000]+){{2,6}})(?=(?:{STORY_OPENER_ALTERNATION})[\s（(：:，,])"
)
# A headline glued to its story's dated lead, apart by a space: 我县召开工经联一届二次会长会议 3月15日，我县…
_GLUED_LEAD_RE = compile_re(r"^(?P<headline>[^\s，。；：:、！？,;!?]{6,40})[ \u3000]+(?=\S)")
_SPACED_HEAD_REACH = 41  # _GLUED_LEAD_RE's headline: 6–40 characters, then a space (_DECKED_LEAD_RE's: 2–24)
# …or, on the page's first line, with no space left between them (fold_text takes the spaces
# around digits): 我县召开工经联一届二次会长会议3月15日，我县…
_FIRST_LINE_LEAD_RE = compile_re(
    r"^(?P<headline>[^\s，。；：:、！？,;!?\d]{6,40})(?=\d{1,2}月\d{1,2}(?:日|[-—–~～至到]\d{1,2}日))"
)  # …or over days: …培训班圆满结束7月17—19日，… (headlines round 14)
# …never after a word that goes on, nor after a paper's opener run into the line (…大河报讯 昨日，)
_HEADLINE_GOES_ON = frozenset("的和与及在于将对把向从为是自至到定截讯电")
_LEAD_OPENERS = (*STORY_OPENERS, "（记者", "(记者")


# --- A news story's lead: the marks before its first words, its dateline -----------------------
DATE_NUMBER = r"(?:\d{1,4}|[〇○零一二两三四五六七八九十]{1,4})"  # a year, month or day: 12 / 十二 / 二〇一五
# The marks before a lead's first words: 本报讯（记者 X） / 【财新网】（记者 X） / [九江新媒体] / \
LEAD_MARKS_RE = compile_re(rf"^[\\\s]*(?:(?:{STORY_OPENER_ALTERNATION})\s*|[（(【\[][^）)】\]]{{0,30}}[）)】\]]\s*)*")
# A dateline: 新华社北京12月31日电 / 中新社上海十月二十三日电 / 新华网河南频道7月5日讯 / 头条12月26日信息
DATELINE_RE = compile_re(
    # (round trad18: one blank may stand before the date and around its parts — 【新唐人亚太台 2022 年 12 月 22 日讯】)
    rf"[^，。；,;：:\s（(]{{0,20}}?[ \u3000]?(?:(?P<y>{DATE_NUMBER})[ \u3000]?年[ \u3000]?)?(?P<m>{DATE_NUMBER})[ \u3000]?月"
    rf"[ \u3000]?(?P<d>{DATE_NUMBER})[ \u3000]?日\s*(?:电(?![视话影力网子器脑站台])|讯|消息|信息|报道)"
)
# …its 月 comes after at most 20 characters of place, a year (4 and 年) and a month (4): in its first 30
_DATELINE_MONTH_REACH = 30
# A lead that opens on its day or a dateline (a headline above it, short and without a sentence,
# is whole): 9月26日，… / 今天（2月22日）上午，… / 昨天，… / 头条12月26日信息，…
DAY_LEAD_RE = compile_re(
    rf"^(?:(?:\d{{1,2}}月)?\d{{1,2}}日|(?:今天|今日|昨天|昨日)(?:\s*[（(][^）)]{{1,8}}[）)])?){_DAY_PART}?[，,]"
)
# Leads that open a story only right under its headline (headlines round 14): alone, a paragraph may begin so
# anywhere. An undated opener (vocab.common.HEADLINE_LEAD_OPENERS): 近日，某某县召开… ; the day the news was
# learnt: 11月25日获悉，… / 记者11月25日从省文旅厅获悉，… / 记者从市教育局获悉，… ; an event over days:
# 10月19-20日，… / 7月17—19日，… / 6月13日至14日，… ; a subject and today's day (今（29）日); a day with its
# clock time: 7月24日15时13分，…
# A subject, then today's (or yesterday's) day alone in brackets and 日 after them (Taiwan's and Hong Kong's press):
# 中台山陀儿今（29）日… / 台中市议会今(26)日召开程序委员会 / 县府昨（3）日表示…
_TODAY_IN_BRACKETS = r"(?:今|昨)\s*[（(]\s*\d{1,2}\s*[）)]\s*日"  # 今(26)日 / 昨（3）日: the day alone in its brackets
_SUBJECT_TODAY = r"^[^，。；：:,\s（()）《》]{1,14}?" + _TODAY_IN_BRACKETS
# …alone: a headline's line never runs into such a lead (text.normalize; SOURCES firenews-2024, pages19)
SUBJECT_TODAY_LEAD_RE = compile_re(_SUBJECT_TODAY)
HEADLINE_LEAD_RE = compile_re(
    rf"^(?:{HEADLINE_LEAD_OPENER_ALTERNATION})\s*[，,]"
    # …a purpose clause: 为进一步加强…，… / 为了做好…，… (vocab.common.PURPOSE_LEAD_VERBS)
    rf"|^为了?(?:{PURPOSE_LEAD_ALTERNATION})[^。；]{{2,60}}?[，,]"
    rf"|^(?:(?:\d{{1,2}}月)?\d{{1,2}}日{_DAY_PART}?\s*[，,]?\s*)?(?:(?:本报|本网)?记者)?(?:\d{{1,2}}月\d{{1,2}}日)?从[^，。；]{{2,30}}?获悉"
    rf"|^(?:\d{{1,2}}月)?\d{{1,2}}日{_DAY_PART}?\s*获悉[，,]"
    rf"|^(?:\d{{1,2}}月)?\d{{1,2}}日?\s*(?:[-—–~～至到])\s*(?:\d{{1,2}}月)?\d{{1,2}}日{_DAY_PART}?[，,]"
    # …a subject, then today's day alone in brackets and 日 after them (Taiwan's and Hong Kong's press):
    # 中台山陀儿今（29）日8时30分发布… / 行政院长今(20)日出席… / 县府昨（3）日表示…
    rf"|{_SUBJECT_TODAY}"
    # …and a day with its clock time: 7月24日15时13分，… / 5月12日14时28分，… / 3日上午10时许，…
    rf"|^(?:\d{{1,2}}月)?\d{{1,2}}日{_DAY_PART}?\s*\d{{1,2}}\s*[时点](?:\d{{1,2}}分|许|半)?[，,]"
)
# A government release's lead: its subject, then today's day in brackets (titles21). Hong Kong's releases write the
# day in Chinese numerals (行政長官今日（三月一日）宣布… / 政府今日(七月二日)宣布…), the mainland's and Macau's press in
# digits (市政府今天（3月26日）召开… / 經濟局今日(28日)前往… / 今(12日)啟用), perhaps behind the outlet's tag
# (【本報訊】社會文化司司長譚俊榮今(6)日…). The subject holds no clause mark and at most 16 characters.
_RELEASE_DAY = rf"(?:[{CN_ORDINALS}〇零]{{1,3}}|\d{{1,2}})"
SUBJECT_DAY_LEAD_RE = compile_re(
    r"^(?:【[^】\s]{1,8}】)?[^，。；：:,\s（()）《》【】]{1,16}?(?:今天|今日|昨天|昨日|今|昨)\s*[（(]\s*"
    rf"(?:{_RELEASE_DAY}月)?{_RELEASE_DAY}日\s*[）)]"
)
# …and Taiwan's and Macau's form, the day alone in brackets and 日 after them (勞動部林美珠部長今(21)日表示… /
# 台南市政府今(9)日舉行…); read as a lead right under a headline only (HEADLINE_LEAD_RE has it without the tag)
_SUBJECT_BRACKET_DAY_RE = compile_re(r"^(?:【[^】\s]{1,8}】)?[^，。；：:,\s（()）《》【】]{1,16}?" + _TODAY_IN_BRACKETS)


def opens_release_lead(text: str) -> bool:
    """A release's lead on a subject and today's day (:data:`SUBJECT_DAY_LEAD_RE`, or 今(21)日 with the day alone
    in its brackets): a headline over it never runs into it (titles21)."""
    head = text[:_RELEASE_LEAD_REACH]
    if "今" not in head and "昨" not in head:
        return False
    return SUBJECT_DAY_LEAD_RE.match(text) is not None or _SUBJECT_BRACKET_DAY_RE.match(text) is not None


_RELEASE_LEAD_REACH = 40  # the tag (10), the subject (16) and the day's word: in the first 40 characters

# A release's stamp between its headline and its lead (titles21): a line of at most 40 characters without a clause
# mark that holds a whole date (2017年1月6日    即時資訊 / • Start date:2017-06-21 / 4月. 09, 2024), or a credit with
# its slash alone (【記者顏碧雪/臺南報導】 / 編輯廖予瑄/編輯小組 / 記者張三/台北報導)
_RELEASE_STAMP_MAX = 40
_RELEASE_STAMP_DATE_RE = compile_re(
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"  # 2017-06-21 / 2017年1月6日 / 2024/04/09
    r"|\d{1,2}\s*月\s*\.?\s*\d{1,2}\s*,\s*(?:19|20)\d\d"  # 4月. 09, 2024
)
_CREDIT_SLASH_RE = compile_re(
    r"^[【\[]?\s*(?:记者|記者|编辑|編輯|撰文|文|图|圖|摄影|攝影|摄|攝)\s*[^，。；：:\s/／【】\[\]]{0,8}\s*[/／]"
    r"\s*[^，。；：:\s【】\[\]]{1,12}\s*[】\]]?$"
)


def is_release_stamp(text: str) -> bool:
    """A release's date stamp or reporter's tag between its headline and its lead (titles21)."""
    text = text.strip()
    if len(text) > _RELEASE_STAMP_MAX or any(p in text for p in "，。；！？"):
        return False
    return _CREDIT_SLASH_RE.match(text) is not None or _RELEASE_STAMP_DATE_RE.search(text) is not None


# A lead opening on its day and the agency whose news it is (titles19): 3月14日新华社消息，… / 3月14日据新华社消息，… /
# 5日人民网电：…, after the writers' byline and its bar when printed on the lead's line (撰文|高某某李某3月14日新华社消息，…,
# SOURCES mnsac-2023): never the line above going on (opens_lead)
_AGENCY_DAY_LEAD_RE = compile_re(
    rf"^(?:(?:{'|'.join(BYLINE_BAR_KEYS)})\s*[|｜丨]\s*[{_CJK}·\s]{{2,12}}?)?(?:\d{{1,2}}月)?\d{{1,2}}日{_DAY_PART}?\s*据?"
    r"[^，。；：:\s\d]{1,10}?(?:社|网|报|台)(?:消息|电)[，,：:]"
)
_AGENCY_LEAD_REACH = 40  # the agency's 消息/电 stands within the line's first 40 characters
# Round titles20: a lead that says whose dispatch it reprints, then its day: 据新华社电 3月4日14时许，… / 据中新网电 5日，…
# (ycwb 2024, dev: an e-paper's subtitle run on with it) — the agency as in _AGENCY_DAY_LEAD_RE, the day after it
_REPORTED_DAY_LEAD_RE = compile_re(
    rf"^据[^，。；：:\s\d]{{1,10}}?(?:社|网|报|台)电\s*(?:\d{{1,2}}月)?\d{{1,2}}日{_DAY_PART}?"
)


# A source tag and the reporter before the lead: 【财新网】（记者 欧阳洪亮） / [九江新媒体]（记者 X）
_TAGGED_LEAD_RE = compile_re(r"^[【\[][^】\]\s]{1,12}[】\]]\s*[（(]\s*(?:记者|通讯员|本报记者|本网记者)")
# An outlet's report tag in brackets, no reporter, then the lead's sentence (pages19): 【点新闻报道】十四届…今天（3月4日）…，
# / 【特讯】市政署…日前召开特别大会，… / [星岛消息]… / 〖大公报讯〗… / ［本报讯］… (vocab.heads.REPORT_TAG_ENDS)
_REPORT_TAG_LEAD_RE = compile_re(
    rf"^[【\[〖［](?P<tag>[^】\]〗］\s]{{0,10}}?(?:{'|'.join(REPORT_TAG_ENDS)}))[】\]〗］]\s*(?=[^\s【\[〖［（(])"
)
# …and only over a sentence: a tag on a headline's line (【快讯】某某县召开…会议) stays the headline's
_REPORT_LEAD_MIN = 40  # the lead after the tag is longer than a headline (layout.news._SUB_HEADLINE_MAX: 44)
_REPORT_LEAD_CLAUSE_REACH = 60  # …and its first clause ends within this many characters


def _report_tag_lead(text: str) -> bool:
    """【点新闻报道】十四届全国人大二次会议今天（3月4日）…，… : a lead opened by its outlet's report tag."""
    m = _REPORT_TAG_LEAD_RE.match(text)
    if m is None or m.group("tag") in REPORT_TAG_NOT:
        return False
    head = text[m.end() : m.end() + _REPORT_LEAD_CLAUSE_REACH]
    return len(text) - m.end() > _REPORT_LEAD_MIN and any(p in head for p in "，,。")


def dateline_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline (``新华社北京2月4日电``) at ``text[pos:]``, or None."""
    if "月" not in text[pos : pos + _DATELINE_MONTH_REACH]:
        return None  # (most paragraphs: its 月 stands within 30 characters, tested in C first)
    return DATELINE_RE.match(text, pos)


def opens_lead(text: str) -> bool:
    """A line that begins a news story's lead, never the line above going on: a source tag with
    its reporter (``【财新网】（记者 X）12月3日下午，…``) or a dateline (``新华社北京2月4日电``)."""
    if text[:1] in "【[":
        return bool(_TAGGED_LEAD_RE.match(text)) or _report_tag_lead(text)
    if text[:1] in "〖［" and _report_tag_lead(text):
        return True
    head = text[:_AGENCY_LEAD_REACH]
    if ("消息" in head or "电" in head) and _AGENCY_DAY_LEAD_RE.match(text) is not None:
        return True  # 3月14日新华社消息，… / 撰文|高某某3月14日新华社消息，… (titles19)
    if text[:1] == "据" and _REPORTED_DAY_LEAD_RE.match(text) is not None:
        return True  # 据新华社电 3月4日14时许，… (titles20)
    return ("电" in text[:30] or "讯" in text[:30]) and DATELINE_RE.match(text) is not None


def is_dateline_only(text: str) -> bool:
    """A dateline alone on its line (``中新社上海十月二十三日电``, ``新华社北京2月4日电``): never a headline."""
    m = DATELINE_RE.match(text)
    return m is not None and not text[m.end() :].strip(" \u3000/／")


# A headline printed on its byline's line: 息县人大常委会通过…任免事项 作者:宋鹏 发布时间:2013-06-03 10:27:34
_HEADLINE_BYLINE_RE = compile_re(
    rf"^(?P<headline>[^\s，。；：:、！？,;!?|]{{6,40}})[ \u3000]+(?=(?:{_BYLINE_KEYS}|{_DATE_KEYS})\s*[:：])"
)
_HEADLINE_BYLINE_MAX = 140


def split_headline_byline(text: str) -> tuple[str, str] | None:
    """A headline and the byline printed after it on its line (``标题 作者:X 发布时间:…``) →
    (headline, byline); None for any other line (a byline alone, a sentence, a meeting's fields)."""
    if len(text) > _HEADLINE_BYLINE_MAX or ("：" not in text and ":" not in text):
        return None
    m = _HEADLINE_BYLINE_RE.match(text)
    if m is None:
        return None
    byline = text[m.end() :]
    return (m.group("headline"), byline) if publish_date(byline) else None


# Round titles24: the page's furniture that a converter glues onto a title's own line, each piece as it stands on its
# side of the gap (layout.titleglue cuts the line; split_paragraphs keeps such a line from joining the next)
# a date in figures, its time perhaps after it (2021-03-05 / 2021/3/5 10:20:31), or a date in 年月日 with its time only
# (2021年03月05日 09:52): a 年月日 date alone beside a body's name is a signature's (某某办公室 2022年01月20日)
_GLUE_TIME = r"[ \t\u3000]{1,3}\d{1,2}:\d\d(?::\d\d)?"
_GLUE_YMD = rf"(?:19|20)\d\d(?:[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:{_GLUE_TIME})?|年\d{{1,2}}月\d{{1,2}}日{_GLUE_TIME})"
_GLUE_PIECE = (
    # the print and share bar: 打印 关闭 / 【打印】【关闭】 / 分享到： (vocab.datelines.DATE_TAIL_TOOLS, bare or bracketed)
    rf"(?:[【\[［]?(?:{alternation((*DATE_TAIL_TOOLS, *TITLE_GLUE_TOOLS))})[】\]］]?[:：]?[ \t\u3000]*){{1,6}}"
    # the font chooser: 字号：大 中 小 / 【字体：大 中 小】 / 字號：大 中 小
    r"|[【\[［]?(?:字体|字号|字體|字號)[ \t\u3000]*[:：]?[ \t\u3000]*(?:[大中小][ \t\u3000]*){2,3}[】\]］]?"
    # a byline: 记者 张三 / 通讯员 李四 / 记者：张三 通讯员：李四 (names of two to four characters)
    rf"|(?:(?:{alternation(TITLE_GLUE_BYLINE_KEYS)})[:：]?[ \t\u3000]*[{_CJK}·]{{2,4}}"
    rf"(?:[、，,][{_CJK}·]{{2,4}}){{0,3}}[ \t\u3000]*){{1,3}}"
    # a key whose value is an index or a count: 索引号：000014349/2021-00012 / 阅读次数：1234次
    rf"|(?:{alternation(TITLE_GLUE_KEYS)})[ \t\u3000]*[:：][ \t\u3000]*[0-9A-Za-z/\-－._]{{1,40}}[ \t\u3000]*次?"
    # a date or a time alone, perhaps in brackets (a pair): 2021-03-05 / [2021-03-05] / （2021/3/5 10:20）
    rf"|{_GLUE_YMD}|[\[【［]{_GLUE_YMD}[\]】］]|[(（]{_GLUE_YMD}[)）]"
)
# …what may stand before a title on its line: a date, an index number (2021-03-05 某某县召开… / 索引号：… 关于…)
_GLUE_BEFORE_PIECE = (
    rf"{_GLUE_YMD}|[\[【［]{_GLUE_YMD}[\]】］]|[(（]{_GLUE_YMD}[)）]"
    rf"|(?:{alternation(TITLE_GLUE_KEYS)})[ \t\u3000]*[:：][ \t\u3000]*[0-9A-Za-z/\-－._]{{1,40}}"
)
GLUE_BEFORE_PIECE_RE = compile_re(rf"^(?:{_GLUE_BEFORE_PIECE})$")
GLUE_PIECE_RE = compile_re(rf"^(?:{_GLUE_PIECE})$")
# A date in brackets glued to a title's end: …的通知（2021-03-05） / …会议召开[2021-03-05]
GLUED_DATE_TAIL_RE = compile_re(rf"[\[【［(（]{_GLUE_YMD}[\]】］)）]$")
# A line that ends, past a gap, on a furniture piece or a publish line's keyed part (… 来源：某某县政府办 / … 作者：李四 /
# … 发布时间：2021-03-05 10:20 / … 字号：大 中 小), searched only on a short line (GLUE_LINE_MAX)
_GLUE_TAIL_KEYS = alternation((*(k for k in PUBLISH_DATE_KEYS if len(k) > 2), *TITLE_GLUE_TAIL_KEYS))
# …a publish line's or a credit's keyed part opening a piece, of any value (來源：某某縣政府辦 / 作者：李四), and such a key
# anywhere in a title's side (a title never holds 来源： or 发布时间：)
GLUE_KEYED_RE = compile_re(rf"^[【\[［]?(?:{_GLUE_TAIL_KEYS})[ \t\u3000]*[:：][^\n。，；]{{0,80}}$")
GLUE_KEY_INSIDE_RE = compile_re(rf"(?:{_GLUE_TAIL_KEYS})[ \t\u3000]*[:：]")
_FURNITURE_TAIL_RE = compile_re(
    rf"[ \t\u3000]+(?:(?:{_GLUE_PIECE})|[【\[［]?(?:{_GLUE_TAIL_KEYS})[ \t\u3000]*[:：][^\n。，；]{{0,80}})$"
)
GLUE_LINE_MAX = 160  # a title and its furniture: a longer line is prose
_GLUE_HEAD_MIN = 6  # the title's side: Chinese characters at least
_GLUE_HEAD_HAN_RE = compile_re(rf"[{_CJK}]")
_GLUE_HEAD_NOT_RE = compile_re(r"[。，,；;！!？?]")


def has_furniture_tail(text: str) -> bool:
    """Does a short line end, past a gap, on the page's furniture (a publish line's keyed part, the print bar, a byline, a
    date) after a title's words (six Chinese characters or more, no sentence)? ``关于…的通知 来源：某某县政府办`` → True;
    ``关于转发…来源…的通知`` (no gap), ``各单位：请于2021-03-05前报送。`` (a sentence) → False. Such a line stands alone."""
    if len(text) > GLUE_LINE_MAX or (m := _FURNITURE_TAIL_RE.search(text)) is None:
        return False
    head = text[: m.start()]
    return len(_GLUE_HEAD_HAN_RE.findall(head)) >= _GLUE_HEAD_MIN and _GLUE_HEAD_NOT_RE.search(head) is None
