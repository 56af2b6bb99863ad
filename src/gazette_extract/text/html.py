"""Saved government web pages (HTML) → gazette text.

A document published on a government site (gov.cn policy library, a Beijing district's 政务公开
page, an old GBK-encoded TRS page) becomes plain text in the shape the text pipeline already reads:

1. the page's metadata (索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期 …), one
   ``label：value`` line each, at the top;
2. the document title, when the article body does not repeat it;
3. the article body: every heading and paragraph its own paragraph, paragraphs separated by a
   blank line; every table as rows of tab-separated cells, one row per line, with merged cells
   (colspan/rowspan) written once and empty cells left for the span, as a PDF converter does.

Page chrome (scripts, navigation bars, breadcrumbs, share bars, footers, print/close buttons) is
dropped. HTML structure is read with selectolax's lexbor parser only; regular expressions are used
on *text* (whitespace, labels), never on markup.

Pure functions, no I/O: :func:`decode_html` (bytes → str and the encoding used) and
:func:`html_to_text` (str or bytes → text).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .._fastclass import dataclass
from .._pattern_cache import compile_re
from ..vocab.common import CJK, CJK_TEXT, METADATA_KEYS, TABLE_COLUMN_NAMES
from .decode import BOMS, CHARSET_ALIASES, encoding_name

__all__ = [
    "METADATA_LABELS",
    "collapse_whitespace",
    "declared_charset",
    "decode_html",
    "extract_metadata",
    "find_body",
    "html_to_text",
    "table_grid",
]

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

# Metadata labels as written on the page (whitespace, brackets and colons removed) → the label
# we write. Every key the text pipeline reads (vocab.METADATA_KEYS) is written as printed, so an
# HTML page and its text give the same document.metadata (名称, 文号 and 发文日期 stay so: the
# field each names is vocab's to say). None: a label recognized so that it ends the value before
# it, but not written — the article's info bar (来源：市政府办公室 is the site's, not the
# document's) and fields always left empty.
_RECOGNIZED_ONLY: dict[str, str | None] = {
    "联合发文单位": None,  # [ 联合发文单位 ] (usually empty)
    "来源": None,  # 来源：北京市平谷区人民政府 (the site's article info bar)
    "信息来源": None,
    "文件来源": None,
}
# 字号 labels a number on some text pages, but in a page's markup it is the font chooser (字号：大 中 小)
_TEXT_ONLY_KEYS = frozenset({"字号"})
METADATA_LABELS: dict[str, str | None] = {
    **{key: key for key in METADATA_KEYS if key not in _TEXT_ONLY_KEYS},
    **_RECOGNIZED_ONLY,
}

# Article-body containers, most specific first. Among the matches of one selector the one with
# the most CJK text wins; the first selector with a match decides.
CONTENT_SELECTORS: tuple[str, ...] = (
    "#UCAP-CONTENT",  # gov.cn policy library and most 中国政府网 pages
    ".pages_content",  # gov.cn: <div class="pages_content" id="UCAP-CONTENT">
    "#zoom",  # TRS CMS pages with a font-size switcher (Beijing districts, ministries)
    ".TRS_Editor",  # TRS editor output
    ".TRS_UEDITOR",  # newer TRS editor output
    "#mainText",  # beijing.gov.cn
    ".article",  # <div class="article"> wrapping title + body
    "article",
    ".content",
    "main",
)

# Tags whose content is never text of the document.
DROP_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "button", "select", "input", "textarea",
)  # fmt: skip

# Page chrome: skipped inside the body and when scoring containers; also <form> (a search box
# inside the body; ASP.NET sites wrap the whole page in one, so never above the body).
CHROME_TAGS: frozenset[str] = frozenset({"nav", "header", "footer", "aside", "form"})

# A class or id token (split at - _ spaces and camelCase) that marks page chrome.
# Exact tokens, so "topic" or "header2023" are not caught by "top" / "header".
CHROME_WORDS: frozenset[str] = frozenset({
    "nav", "navbar", "navigation", "menu", "submenu", "daohang",  # navigation bars
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "weizhi",  # 当前位置
    "footer", "foot", "bottom", "copyright",  # 主办单位 / 网站标识码 / 京ICP备…
    "share", "sharebar", "bdshare", "fenxiang",  # 分享到：微信 微博
    "header", "top", "topbar", "toolbar", "banner",  # site banner and top links
    "sidebar", "side", "related", "relate", "xglj", "xgwz",  # 相关链接 / 相关文章
    "print", "dayin", "close", "guanbi",  # 【打印本页】【关闭窗口】
    "search", "login", "qrcode", "ewm", "pager", "pagination",
})  # fmt: skip

# Text of a body paragraph made only of these words (split at brackets, spaces, colons, |) is
# page chrome that lives inside the article container on many sites.
CHROME_PARAGRAPH_WORDS: frozenset[str] = frozenset({
    "打印", "打印本页", "打印本文", "打印页面", "我要打印", "关闭", "关闭窗口", "关闭本页",
    "返回顶部", "分享", "分享到", "收藏", "扫一扫在手机打开当前页", "扫一扫", "在手机打开当前页",
    "字号", "字体", "大", "中", "小", "默认",
})  # fmt: skip

# Elements that end a paragraph (line break before and after).
BLOCK_TAGS: frozenset[str] = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "center", "address", "figure",
    "figcaption", "hr", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "body", "html",
    "header", "footer", "nav", "aside", "form", "fieldset", "legend", "details", "summary",
})  # fmt: skip

# Containers a text node's CJK characters are credited to when no known container matches:
# the nearest ancestor that is not a paragraph-level or inline element.
_PARAGRAPH_LEVEL = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dt", "dd", "dl", "center", "blockquote"}
)

# The BOMs a page may carry: UTF-8 and UTF-16 (the table and the charset aliases: text/decode.py).
_BOMS: tuple[tuple[bytes, str], ...] = tuple((bom, codec) for bom, codec in BOMS if codec != "utf-32")

# ---------------------------------------------------------------------------------------------
# Text patterns (over text, never markup)
# ---------------------------------------------------------------------------------------------

# A line break in the page source between two Chinese characters is not a space
# (CSS Text 3 segment-break rule): "关于\n印发" → "关于印发".
_SEGMENT_BREAK = compile_re(rf"(?<=[{CJK_TEXT}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{CJK_TEXT}])")
# Any run of whitespace, including U+3000 (全角空格) and U+00A0 (&nbsp;), becomes one space.
_WHITESPACE = compile_re(r"\s+")
_INVISIBLE = compile_re("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CJK_CHAR = compile_re(rf"[{CJK}]")

# Label decoration removed before looking a label up: "[ 发文字号 ]", "索 引 号：", "【标题】".
_LABEL_DECORATION = compile_re(r"[\s\[\]【】〔〕:：]+")
# Labels inside running text: "发文字号：京政发〔2023〕1号　成文日期：2023年3月3日",
# "[ 发文字号 ] 京政发〔2023〕1号". A label counts only at the start or after a space, and only
# when a colon or a closing bracket follows it.
_INLINE_LABEL = compile_re(
    r"""(?:^|(?<=\s))
        (?:[\[【]\s*(?P<bracketed>[^\]】]{1,12}?)\s*[\]】]\s*[:：]?   # [ 发文字号 ] / 【标题】
          |(?P<plain>[^\s:：\[\]【】]{1,8}?)\s*[:：]                   # 发文字号：
        )""",
    re.VERBOSE,
)
_CHROME_SPLIT = compile_re(r"[\s\[\]【】()（）|｜:：>＞/]+")
_CLASS_SPLIT = compile_re(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# Site name after the document title in <title>: "…的通知_国务院文件_中国政府网",
# "…的通知 - 北京市人民政府", "…的通知|首都之窗".
_TITLE_SUFFIX = compile_re(r"\s*(?:_|\||｜|\s-\s)\s*")
_CHARSET_PARAM = compile_re(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]+)", re.IGNORECASE)

_MAX_VALUE_CHARS = 300  # a "value" longer than this is body text, not metadata
_SPAN_LIMIT = 1000  # colspan / rowspan above this are typos (rowspan="9999")
_GRID_SLOTS_PER_CELL = 64  # a table grid larger than this per cell is spans gone wrong
_TABLE_DEPTH = 16  # tables nested deeper than this in cells are read as plain text
_MIN_TITLE_CJK = 6  # a <title> shorter than this is a site name, not a document title
_FORM_PAGE_CJK = 200  # a <form> with more Chinese text than this holds the page, not a search box


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``<meta http-equiv>``, lower-cased.

    Only the first 4 KiB are read, decoded as Latin-1 so any byte sequence parses.
    """
    head = LexborHTMLParser(data[:4096].decode("latin-1"))
    for meta in head.css("meta"):
        charset = meta.attributes.get("charset")
        if charset and charset.strip():
            return charset.strip().lower()
        if (meta.attributes.get("http-equiv") or "").strip().lower() == "content-type":
            match = _CHARSET_PARAM.search(meta.attributes.get("content") or "")
            if match:
                return match.group(1).lower()
    return None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = CHARSET_ALIASES.get(encoding_name(label), label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a saved page; return ``(text, encoding)``.

    Order: a byte-order mark; valid UTF-8 (pages re-saved by a browser are UTF-8 but keep their
    old ``charset=gb2312`` declaration, and GBK text of any length is never valid UTF-8);
    the declared charset (GB2312/GBK read as GB18030); GB18030; finally UTF-8 with U+FFFD.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    candidates = ["utf-8", _codec(declared_charset(data)), "gb18030"]
    for encoding in dict.fromkeys(c for c in candidates if c):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    # a page that no encoding decodes whole: keep it readable, and say so (the pipeline warns)
    return data.decode("utf-8", errors="replace"), "utf-8+replace"


# ---------------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------------


def collapse_whitespace(text: str) -> str:
    """Inline text as one line: source line breaks between Chinese characters vanish, every
    other whitespace run (全角空格 and &nbsp; included) becomes a single space."""
    text = _INVISIBLE.sub("", text)
    text = _SEGMENT_BREAK.sub("", text)
    return _WHITESPACE.sub(" ", text).strip()


def _cjk_count(text: str) -> int:
    return len(_CJK_CHAR.findall(text))


def _label_key(text: str) -> str | None:
    """The page label if ``text`` is a metadata label and nothing else (see METADATA_LABELS)."""
    key = _LABEL_DECORATION.sub("", text)
    return key if key in METADATA_LABELS else None


def _is_chrome_paragraph(text: str) -> bool:
    words = [w for w in _CHROME_SPLIT.split(text) if w]
    return bool(words) and all(w in CHROME_PARAGRAPH_WORDS for w in words)


# ---------------------------------------------------------------------------------------------
# Tree helpers
# ---------------------------------------------------------------------------------------------


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None and not parent.is_document_node:
        yield parent
        parent = parent.parent


def _class_tokens(node: LexborNode) -> Iterator[str]:
    attrs = node.attributes
    for value in (attrs.get("class"), attrs.get("id")):
        if value:
            for token in _CLASS_SPLIT.split(value):
                if token:
                    yield token.lower()


def _is_hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs:
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _is_chrome(node: LexborNode) -> bool:
    """Navigation, breadcrumbs, share bars, footers … judged by tag, class/id and visibility."""
    tag = node.tag
    if tag == "form" and _cjk_count(node.text()) >= _FORM_PAGE_CJK:
        return False  # ASP.NET: <form id="form1"> wraps the whole page
    if tag == "header" and any(a.tag == "article" for a in _ancestors(node)):
        return False  # <article><header><h1>title</h1></header>: the article's own header
    return tag in CHROME_TAGS or _is_hidden(node) or any(token in CHROME_WORDS for token in _class_tokens(node))


def _drop_tags(tree: LexborHTMLParser) -> None:
    for node in tree.css(", ".join(DROP_TAGS)):
        node.decompose()


def _text_nodes(node: LexborNode) -> Iterator[LexborNode]:
    for child in node.traverse(include_text=True):
        if child.is_text_node:
            yield child


def _span(node: LexborNode, name: str) -> int:
    try:
        value = int((node.attributes.get(name) or "1").strip())
    except ValueError:
        return 1
    return min(max(value, 1), _SPAN_LIMIT)


# ---------------------------------------------------------------------------------------------
# Finding the article body
# ---------------------------------------------------------------------------------------------


def _inside_chrome(node: LexborNode, cache: dict[int, bool]) -> bool:
    """Is ``node`` inside page chrome? Walks up only to the first ancestor already judged, so
    that the text nodes of deeply nested markup cost one step each, not one walk each."""
    chain: list[LexborNode] = []
    element: LexborNode | None = node
    verdict = False
    while element is not None and not element.is_document_node:
        key = element.mem_id
        if key in cache:
            verdict = cache[key]
            break
        if element.is_element_node and _is_chrome(element):
            verdict = True
            break
        chain.append(element)
        element = element.parent
    for visited in chain:
        cache[visited.mem_id] = verdict
    return verdict


def _container(node: LexborNode, body: LexborNode, cache: dict[int, LexborNode]) -> LexborNode:
    """The nearest block-level ancestor that holds paragraphs (``body`` when none); memoized
    along the path, like :func:`_inside_chrome`."""
    chain: list[int] = []
    found = body
    for ancestor in _ancestors(node):
        key = ancestor.mem_id
        if key in cache:
            found = cache[key]
            break
        if ancestor.tag in BLOCK_TAGS and ancestor.tag not in _PARAGRAPH_LEVEL:
            found = ancestor
            break
        chain.append(key)
    for key in chain:
        cache[key] = found
    return found


def find_body(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the article: a known container, else the element whose own
    paragraphs hold the most CJK text (page chrome not counted)."""
    for selector in CONTENT_SELECTORS:
        matches = [(n, _cjk_count(n.text())) for n in tree.css(selector)]
        matches = [(n, c) for n, c in matches if c > 0]
        if matches:
            return max(matches, key=lambda m: m[1])[0]
    if tree.body is None:
        return None
    credit: dict[int, int] = {}
    by_id: dict[int, LexborNode] = {}
    cache: dict[int, bool] = {}
    containers: dict[int, LexborNode] = {}
    for text_node in _text_nodes(tree.body):
        count = _cjk_count(text_node.text_content or "")
        if not count or _inside_chrome(text_node, cache):
            continue
        container = _container(text_node, tree.body, containers)
        credit[container.mem_id] = credit.get(container.mem_id, 0) + count
        by_id[container.mem_id] = container
    if not credit:
        return tree.body
    return by_id[max(credit, key=lambda k: credit[k])]


# ---------------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _LabelHit:
    label: str  # as on the page, decoration removed: 发文机构
    node: LexborNode  # the text node holding the label
    inline_value: str  # value written in the same text node after the label, if any
    consumed: list[LexborNode] = field(default_factory=list)


def _in_header_cell(node: LexborNode) -> bool:
    """Is ``node`` inside a <th> (a table's column header)?"""
    for k, ancestor in enumerate(_ancestors(node)):
        if ancestor.tag == "th":
            return True
        if k >= 3 or ancestor.tag in ("tr", "table"):
            return False
    return False


def _label_hits(root: LexborNode) -> list[_LabelHit]:
    hits: list[_LabelHit] = []
    for text_node in _text_nodes(root):
        text = text_node.text_content or ""
        if not text.strip() or _in_header_cell(text_node):
            continue
        label = _label_key(text)
        if label:
            hits.append(_LabelHit(label, text_node, ""))
            continue
        hits.extend(_inline_hits(text_node, text))
    return hits


def _inline_hits(text_node: LexborNode, text: str) -> Iterator[_LabelHit]:
    """Labels inside a text node: 发文字号：京政发〔2023〕1号　成文日期：2023年3月3日."""
    text = text.replace("\u3000", " ").replace("\xa0", " ")
    found = [
        (m, label)
        for m in _INLINE_LABEL.finditer(text)
        if (label := _label_key(m.group("bracketed") or m.group("plain")))
    ]
    if not found or found[0][0].start() != len(text) - len(text.lstrip()):
        return  # a label must open the text node, else it is prose that mentions one
    for i, (match, label) in enumerate(found):
        end = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        yield _LabelHit(label, text_node, collapse_whitespace(text[match.end() : end]))


def _inline_text(node: LexborNode) -> str:
    if node.is_text_node:
        return collapse_whitespace(node.text_content or "")
    return " ".join(_render(node, cell=True))


def _following_value(hit: _LabelHit, hits_under: dict[int, int]) -> None:
    """Fill ``hit`` with the value that follows its label: sibling text and inline elements up to
    the next label, or the next block (``<td>`` after ``<td>发文字号：</td>``); climbs out of a
    label wrapper (``<td><b>发文字号：</b></td>``) while the parent holds no other label."""
    label_or_holder = set(hits_under)
    current = hit.node
    while True:
        parts: list[str] = []
        taken: list[LexborNode] = []
        sibling = current.next
        while sibling is not None:
            if sibling.mem_id in label_or_holder:
                break
            if sibling.is_element_node or sibling.is_text_node:
                is_block = sibling.is_element_node and sibling.tag in BLOCK_TAGS
                if is_block and parts:
                    break
                text = _inline_text(sibling)
                if text:
                    parts.append(text)
                    taken.append(sibling)
                if is_block and parts:
                    break
            sibling = sibling.next
        value = collapse_whitespace(" ".join(parts))
        if value in TABLE_COLUMN_NAMES:
            return  # 文号 | 页码: a header row of <td> cells, no value
        if value:
            hit.inline_value = value
            hit.consumed = taken
            return
        parent = current.parent
        if parent is None or parent.is_document_node or hits_under.get(parent.mem_id, 0) > 1:
            return
        if parent.tag in ("body", "html"):
            return
        current = parent


def extract_metadata(tree: LexborHTMLParser, body: LexborNode | None) -> list[tuple[str, str]]:
    """``(label, value)`` pairs of the page's metadata table/list, in page order, first of each
    label wins. Labels inside the body count only when there are none outside it; fewer than two
    distinct labels is not a metadata table. Labels and values taken are removed from the tree,
    so the body does not repeat them."""
    return _metadata(tree, body)[0]


# Blocks that hold a body's own metadata line (发文字号：X as one paragraph), not a table's cell
_LINE_BLOCKS = frozenset({"p", "div", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "center"})


def _printed_as_lines(hits: list[_LabelHit], body: LexborNode | None) -> bool:
    """Are the labels the body's own paragraphs (``<p>【发文字号】 X</p>`` among the text's
    paragraphs, each label opening its block), not a metadata table or a list outside it?
    Then they stay where the page prints them: moved above the body, the lines that stood over
    them (a site's name, a breadcrumb: 法邦网—法律法规查看 / 首页 >> 公开信息内容) ran into the
    title under them (robustness round 9)."""
    if body is None:
        return False
    body_id = body.mem_id
    for hit in hits:
        block = next((a for a in _ancestors(hit.node) if a.tag in BLOCK_TAGS), None)
        if block is None or block.tag not in _LINE_BLOCKS or block.mem_id == body_id:
            return False
        if all(a.mem_id != body_id for a in _ancestors(block)):
            return False
        if not _opens_line(hit.node, block):
            return False
    return True


def _opens_line(node: LexborNode, block: LexborNode) -> bool:
    """Does ``node`` open a line of ``block``: nothing but blanks before it, up to the block's
    start or a ``<br>`` (``<p>标题<br>发文字号：X</p>``)?"""
    current: LexborNode | None = node
    while current is not None and current.mem_id != block.mem_id:
        sibling = current.prev
        while sibling is not None:
            if sibling.is_element_node and sibling.tag == "br":
                return True
            if sibling.is_element_node or (sibling.is_text_node and (sibling.text_content or "").strip()):
                return False
            sibling = sibling.prev
        current = current.parent
    return True


# What a lone label's value must look like: a document's number (某政办发〔2019〕5号 / 某政办发[2019]5号) or
# a day (2019-06-04 09:30 / 2019年6月4日 / 2019.06.04); the grammars read it later (this stage only keeps it)
_LONE_NUMBER_RE = compile_re(
    r"^[^\s，。]{1,20}[〔\[［(（【﹝]\s*(?:19|20)\d{2}\s*[〕\]］)）】﹞]\s*第?\s*\d{1,5}\s*[号號]$"
)
_LONE_DAY_RE = compile_re(
    r"^(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# The fields one label may give alone, each with the test its value must pass
_LONE_FIELDS: dict[str, Callable[[str], bool]] = {
    "doc_number": lambda value: _LONE_NUMBER_RE.match(value) is not None,
    "date": lambda value: _LONE_DAY_RE.match(value) is not None,
    "published": lambda value: _LONE_DAY_RE.match(value) is not None,
}


def _metadata(tree: LexborHTMLParser, body: LexborNode | None) -> tuple[list[tuple[str, str]], bool]:
    """:func:`extract_metadata`'s pairs, and whether they were left in place in the body
    (:func:`_printed_as_lines`)."""
    if tree.root is None:
        return [], False
    hits = _label_hits(tree.root)
    outside: list[_LabelHit] = []
    if body is not None:
        body_id = body.mem_id
        outside = [h for h in hits if all(a.mem_id != body_id for a in _ancestors(h.node))]
        if len({h.label for h in outside}) >= 2:
            hits = outside
    if len({h.label for h in hits}) < 2:
        # one label outside the article (发文字号：X between the page's bar and the body): the body alone is
        # rendered, so it would be lost; kept when it is a document's number or day and its value is one
        hits = [h for h in outside if (METADATA_KEYS.get(h.label) or "") in _LONE_FIELDS]
        if len(hits) != 1:
            return [], False
    hits_under: dict[int, int] = {}
    for hit in hits:
        for node in (hit.node, *_ancestors(hit.node)):
            hits_under[node.mem_id] = hits_under.get(node.mem_id, 0) + 1
    for hit in hits:
        if not hit.inline_value:
            _following_value(hit, hits_under)
    pairs: dict[str, str] = {}
    found = [h for h in hits if h.inline_value and len(h.inline_value) <= _MAX_VALUE_CHARS]
    if len(hits) == 1 and not all(_LONE_FIELDS[METADATA_KEYS[h.label]](h.inline_value) for h in found):
        return [], False  # (the one label's value is no number or day: 发文字号：无)
    for hit in found:
        label = METADATA_LABELS[hit.label]
        if label is not None:
            pairs.setdefault(label, hit.inline_value)
    if _printed_as_lines(found, body):
        return list(pairs.items()), True
    # Only labels that had a value go: a body table headed 名称 / 文号 / 发布日期 stays whole.
    removed: set[int] = set()
    for hit in found:
        for node in (hit.node, *hit.consumed):
            if node.mem_id not in removed:
                removed.add(node.mem_id)
                node.decompose()
    return list(pairs.items()), False


# ---------------------------------------------------------------------------------------------
# Rendering the body
# ---------------------------------------------------------------------------------------------

_BREAK = object()  # marker on the work stack: end of a block element


def _render(root: LexborNode, *, cell: bool = False, depth: int = 0) -> list[str]:
    """Chunks of text under ``root``: paragraphs, and tables as tab-separated rows joined by
    newlines. With ``cell=True`` (inside a table cell, or a metadata value) tables are flattened
    to spaces. Iterative, so deeply nested markup cannot exhaust the Python stack; ``depth``
    counts the tables around ``root``, and tables nested deeper than :data:`_TABLE_DEPTH` are
    read as plain text (500 nested tables once raised RecursionError)."""
    chunks: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            paragraph = collapse_whitespace("".join(buffer))
            buffer.clear()
            if paragraph and (cell or not _is_chrome_paragraph(paragraph)):
                chunks.append(paragraph)

    stack: list[object] = list(reversed(list(root.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if item is _BREAK:
            flush()
            continue
        assert isinstance(item, LexborNode)
        if item.is_text_node:
            buffer.append(item.text_content or "")
            continue
        if not item.is_element_node or _is_chrome(item):
            continue
        tag = item.tag
        if tag == "br":
            flush()
        elif tag == "table" and depth >= _TABLE_DEPTH:
            flush()
            if text := collapse_whitespace(item.text(separator=" ")):
                chunks.append(text)
        elif tag == "table" and not _is_layout_table(item):
            flush()
            rows = _table_rows(item, depth + 1)
            chunks.extend(_render_caption(item))
            if rows:
                chunks.append(" ".join(rows) if cell else "\n".join(rows))
        elif tag == "caption":
            continue  # rendered with its table
        elif tag == "pre":
            flush()
            chunks.extend(p for line in (item.text() or "").splitlines() if (p := collapse_whitespace(line)))
        elif tag in BLOCK_TAGS:
            flush()
            stack.append(_BREAK)
            stack.extend(reversed(list(item.iter(include_text=True))))
        else:
            stack.extend(reversed(list(item.iter(include_text=True))))
    flush()
    if cell:
        return [collapse_whitespace(c.replace("\t", " ")) for c in chunks]
    return chunks


def _render_caption(table: LexborNode) -> list[str]:
    for child in table.iter():
        if child.tag == "caption":
            return _render(child, cell=True)
    return []


def _own_rows(table: LexborNode) -> list[LexborNode]:
    """The table's rows, not those of tables nested in its cells: the ``<tr>`` children of the
    table and of its ``<thead>``/``<tbody>``/``<tfoot>`` (a search of all descendants would visit
    every nested table's rows again: quadratic in the nesting)."""
    rows = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child.iter() if r.tag == "tr")
    return rows


def _cells(tr: LexborNode) -> list[LexborNode]:
    return [c for c in tr.iter() if c.tag in ("td", "th")]


def _is_layout_table(table: LexborNode) -> bool:
    """A one-column table wraps page content (old sites lay pages out with tables): render its
    cells as ordinary blocks, not as one-cell rows."""
    return all(sum(_span(c, "colspan") for c in _cells(tr)) <= 1 for tr in _own_rows(table))


def table_grid(table: LexborNode, depth: int = 0) -> list[list[str]]:
    """The table as a rectangular grid of cell texts. A merged cell's text sits in its top-left
    slot; the other slots it covers are empty strings.

    Spans are capped at the table's real size (a rowspan at the rows left, a colspan at the
    most cells any row has): ``rowspan="1000" colspan="1000"`` on every cell once made a
    22 KB page need gigabytes. Should the spans still push the grid past
    :data:`_GRID_SLOTS_PER_CELL` slots per cell, they are ignored (one slot per cell)."""
    rows = [_cells(tr) for tr in _own_rows(table)]
    texts = [[" ".join(_render(cell, cell=True, depth=depth)) for cell in cells] for cells in rows]
    budget = _GRID_SLOTS_PER_CELL * max(sum(len(cells) for cells in rows), 1)
    grid = _span_grid(rows, texts, budget)
    if grid is None:
        grid = [list(row) for row in texts]
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _span_grid(rows: list[list[LexborNode]], texts: list[list[str]], budget: int) -> list[list[str]] | None:
    """The grid with merged cells spread over their slots; None past ``budget`` slots."""
    grid: list[list[str]] = []
    pending: dict[int, int] = {}  # column → rows still covered by a rowspan from above
    widest = max((len(cells) for cells in rows), default=1)
    used = 0
    for index, cells in enumerate(rows):
        row: list[str] = []

        def fill_spanned(row: list[str]) -> None:
            while pending.get(len(row), 0) > 0:
                pending[len(row)] -= 1
                row.append("")

        for cell, text in zip(cells, texts[index], strict=False):
            fill_spanned(row)
            colspan = min(_span(cell, "colspan"), widest)
            rowspan = min(_span(cell, "rowspan"), len(rows) - index)
            start = len(row)
            row.append(text)
            row.extend([""] * (colspan - 1))
            if rowspan > 1:
                for column in range(start, start + colspan):
                    pending[column] = rowspan - 1
            if used + len(row) > budget:
                return None
        for column in sorted(c for c, left in pending.items() if left > 0 and c >= len(row)):
            row.extend([""] * (column - len(row)))
            fill_spanned(row)
        used += len(row)
        if used > budget:
            return None
        grid.append(row)
    return grid


def _table_rows(table: LexborNode, depth: int = 0) -> list[str]:
    return ["\t".join(row) for row in table_grid(table, depth) if any(row)]


# ---------------------------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------------------------


def _page_title(tree: LexborHTMLParser, metadata: Iterable[tuple[str, str]]) -> str | None:
    """The document title, from the most to the least reliable source: 标题 in the metadata; the
    ``ArticleTitle`` meta tag TRS-built sites carry; the first ``<h1>`` outside page chrome; the
    first part of ``<title>`` ("…的通知_区政府文件_北京市平谷区人民政府")."""
    for label, value in metadata:
        if METADATA_KEYS.get(label) == "title":  # 标题, 名称, 文件名称 …
            return value
    for meta in tree.css("meta"):
        if (meta.attributes.get("name") or "").lower() == "articletitle":
            text = collapse_whitespace(meta.attributes.get("content") or "")
            if text:
                return text
    cache: dict[int, bool] = {}
    for h1 in tree.css("h1"):
        text = _join_visual_lines(_render(h1, cell=True))
        if _cjk_count(text) and not _inside_chrome(h1, cache):
            return text
    title = tree.css_first("title")
    if title is not None:
        text = collapse_whitespace(_TITLE_SUFFIX.split(title.text())[0])
        if _cjk_count(text) >= _MIN_TITLE_CJK:
            return text
    return None


def _join_visual_lines(lines: list[str]) -> str:
    """Join lines a page broke for layout (<h1>…耕地保护<br>工作领导小组…</h1>): no space
    between two Chinese characters, one space otherwise."""
    text = ""
    for line in lines:
        if text and not (_CJK_CHAR.match(text[-1]) and _CJK_CHAR.match(line[0])):
            text += " "
        text += line
    return text


def _squeeze(text: str) -> str:
    return _WHITESPACE.sub("", text)


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def html_to_text(html: str | bytes) -> str:
    """Turn a saved government web page into gazette text (see the module docstring).

    Bytes are decoded with :func:`decode_html`. Returns ``""`` when the page has no text.
    """
    if isinstance(html, bytes):
        html = decode_html(html)[0]
    tree = LexborHTMLParser(html)
    _drop_tags(tree)
    body = find_body(tree)
    metadata, in_place = _metadata(tree, body)
    chunks = _render(body) if body is not None else []
    parts = [] if in_place else [f"{label}：{value}" for label, value in metadata]
    title = _page_title(tree, [] if in_place else metadata)
    if title and _squeeze(title) not in {_squeeze(c) for c in chunks[:5]}:
        parts.append(title)
    parts.extend(chunks)
    return "\n\n".join(parts) + "\n" if parts else ""
