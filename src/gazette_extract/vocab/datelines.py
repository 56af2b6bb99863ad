"""What a web page prints around a date, as data: after a signature's date on its line (dates round 13),
and the keys of a publish line (text.newshead).

A page's foot often ends the signature's date line with the site's own bar: a table's closing
pipe (``某某县自然资源和规划局 2024年1月30日 |``), or its print and close buttons in brackets
(``2024年1月30日 【打印】【关闭】``, ``2024年1月30日 [打印本页] [关闭窗口]``). None of it is part
of the date; read with it, the line was no date line and the notice lost its date, its issuer
and, untitled, the document itself. Each entry: the word, with the bar it comes from.
"""

from __future__ import annotations

# Buttons a page prints in brackets after the last line of a notice (Simplified: normalize
# converts 關閉 / 列印 first). Only bracketed words are read so (a bare 打印 may be prose).
DATE_TAIL_TOOLS: dict[str, str] = {
    "打印本页": "[打印本页] [关闭窗口] (a county portal's foot)",
    "打印本文": "【打印本文】",
    "打印页面": "【打印页面】",
    "打印": "【打印】【关闭】 (the most common pair)",
    "关闭窗口": "[关闭窗口]",
    "关闭本页": "【关闭本页】",
    "关闭": "【关闭】",
    "收藏": "【收藏】【打印】",
    "纠错": "【纠错】",
    "返回顶部": "【返回顶部】",
    "保存": "【保存】",
    "分享": "【分享】",
    "列印": "【列印】【關閉】 (Taiwan's portals, kept if not converted)",
    "关闭视窗": "[關閉視窗]",
}
# The table's closing bar: 2024年1月30日 | / 2024年1月30日｜ (a page laid out in a table, its cell closed)
DATE_TAIL_BARS = "|｜"

# A site's clock over its banner prints today's date, then the weekday and the time on lines of their
# own (2024/05/15 / Wednesday / 19:41): that date is the day the page was stored, never the story's.
# The weekday words, English and Chinese, each as a clock prints it.
CLOCK_WEEKDAYS: dict[str, str] = {
    "Monday": "2024/05/13 / Monday / 09:12",
    "Tuesday": "Tuesday",
    "Wednesday": "2024/05/15 / Wednesday / 19:41 (a Taiwan news site's banner)",
    "Thursday": "Thursday",
    "Friday": "Friday",
    "Saturday": "Saturday",
    "Sunday": "Sunday",
    "Mon": "Mon",
    "Tue": "Tue",
    "Wed": "Wed",
    "Thu": "Thu",
    "Fri": "Fri",
    "Sat": "Sat",
    "Sun": "Sun",
    "星期一": "2024年5月13日 / 星期一 / 09:12",
    "星期二": "星期二",
    "星期三": "星期三",
    "星期四": "星期四",
    "星期五": "星期五",
    "星期六": "星期六",
    "星期日": "星期日",
    "星期天": "星期天",
    "周一": "周一",
    "周二": "周二",
    "周三": "周三",
    "周四": "周四",
    "周五": "周五",
    "周六": "周六",
    "周日": "周日",
}

# Keys of a publish line whose value is the date: 发布时间：… / 时间：… / 刊发日期：… / 录入时间：… (a CMS's
# entry time, s12-dates12) / 上载日期：… / 发帖时间：… (a forum's post, dates round 13). Kept in this order:
# the bare keys 日期 and 时间 last.
PUBLISH_DATE_KEYS: tuple[str, ...] = (
    "发布时间",
    "发布日期",
    "发表时间",
    "发表日期",
    "发稿时间",
    "更新时间",
    "更新日期",
    "刊发日期",
    "刊发时间",
    "上传时间",
    "上传日期",
    "上载日期",
    "上线时间",
    "录入时间",
    "录入日期",
    "编辑日期",  # 编辑日期：2013/9/4 作者：某某街道 来源：… (a district news site's stamp; headlines round 14)
    "编辑时间",
    "添加时间",
    "添加日期",
    "发帖时间",
    "回复时间",
    "日期",
    "时间",
)
# A forum's post stamp, its colon optional (Discuz): 发表于: 1982-12-11 / 发表于 2019-5-27 09:36 / 发布于 2021-03-05
POSTED_KEYS: tuple[str, ...] = ("发表于", "发布于", "发帖于")
