"""What a web page prints after a signature's date on its line, as data (dates round 13).

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
