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
