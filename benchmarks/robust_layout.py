"""Line- and layout-level transforms for the robustness harness (``benchmarks/robustness.py``).

Each transform rewrites the *form* of a gazette text the way a real converter or site does —
hard wraps at a page width, page furniture, indentation, Markdown marks, numbering styles, table
forms, metadata spellings — and must leave its *meaning* alone: the records read from the
transformed text should be those read from the original. Every entry of :data:`LAYOUT_TRANSFORMS`
has a one-line description and a real example of the form it produces.

The transforms are pure and deterministic (no randomness: a text always gives the same output),
linear in the text, and never touch a line they cannot rewrite safely (a table row is never
wrapped; a numbering style is only swapped at the start of a line).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

# The metadata keys of the web pages of issue 9 (索引号、发文机关、文号 …), as the tool spells
# them; the transforms re-key lines that start with one of these.
_META_KEYS = (
    "索引号",
    "主题分类",
    "发文机关",
    "发文机构",
    "发布机构",
    "成文日期",
    "发文日期",
    "发布日期",
    "发文字号",
    "文号",
    "标题",
    "名称",
    "信息名称",
    "来源",
    "信息来源",
    "有效性",
    "时效",
    "分类",
)
_META_LINE_RE = re.compile(
    r"^[ \t\u3000]*(?P<key>"
    + "|".join(sorted(_META_KEYS, key=len, reverse=True))
    + r")[ \t\u3000]*[:：][ \t\u3000]*(?P<value>.*)$"
)
# A second key: value pair on the line (名称: X 文号: Y): such a line is left as it is
_SECOND_PAIR_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,6}[:：]")


def _single_pair(line: str) -> re.Match[str] | None:
    """The key and value of a line that holds one metadata pair, else None."""
    m = _META_LINE_RE.match(line) if "|" not in line and "\t" not in line else None  # a table row stays one
    return m if m and m["value"].strip() and not _SECOND_PAIR_RE.search(m["value"]) else None


_CLOSING = "。！？；：”’）》"


@dataclass(frozen=True)
class LayoutTransform:
    """A meaning-preserving rewrite of a text's line layout."""

    name: str
    description: str
    example: str  # the form it produces, as printed by a real site or converter
    apply: Callable[[str], str]
    html: bool = False  # the result is a web page: read it through pipeline.extract with a .html path
    excluded: tuple[str, ...] = ()  # fields the transform may legitimately change (not compared)


# --------------------------------------------------------------------------- helpers


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _is_table(line: str) -> bool:
    """A table row (tab- or pipe-separated): a converter that hard-wraps prose prints none."""
    return "\t" in line.strip() or "|" in line


def _is_heading(line: str) -> bool:
    return line.lstrip().startswith("#")


# --------------------------------------------------------------------------- hard wraps


def wrap(text: str, width: int) -> str:
    """Every line longer than ``width`` broken every ``width`` characters, as a PDF converter
    breaks a paragraph at the page's edge: mid-word, mid-number, mid-name. Table rows and
    Markdown headings are left alone (a converter prints neither)."""
    out: list[str] = []
    for line in _lines(text):
        body = line.lstrip()
        if len(body) <= width or _is_table(line) or _is_heading(line):
            out.append(line)
            continue
        # the indentation is the page's margin, not text: the first piece keeps it
        pieces = [body[i : i + width] for i in range(0, len(body), width)]
        out.extend([line[: len(line) - len(body)] + pieces[0], *pieces[1:]])
    return "\n".join(out)


def _display_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap_display(text: str, columns: int) -> str:
    """Every line broken where it reaches ``columns`` display columns (a Chinese character takes
    two, a digit or Latin letter one), as pdftotext breaks a page's line: lines holding digits
    hold more characters than lines of Chinese alone."""
    out: list[str] = []
    for line in _lines(text):
        body = line.lstrip()
        if sum(map(_display_width, body)) <= columns or _is_table(line) or _is_heading(line):
            out.append(line)
            continue
        piece, used = line[: len(line) - len(body)], 0
        for ch in body:
            w = _display_width(ch)
            if used + w > columns:
                out.append(piece)
                piece, used = "", 0
            piece += ch
            used += w
        out.append(piece)
    return "\n".join(out)


# --------------------------------------------------------------------------- blank lines


def no_blank_lines(text: str) -> str:
    """Blank lines removed: a converter that prints one line per paragraph and nothing between."""
    return "\n".join(line for line in _lines(text) if line.strip())


def blank_between(text: str) -> str:
    """A blank line after every line (a site whose <p> each render as a paragraph + a gap)."""
    return "\n\n".join(line for line in _lines(text) if line.strip())


# --------------------------------------------------------------------------- page furniture

_PAGE_EVERY = 40


def _running_head(text: str) -> str:
    """The gazette's name when the text prints one (…人民政府公报), else a generic one."""
    m = re.search(r"[\u4e00-\u9fff]{2,20}公报", text[:4000])
    return m.group() if m else "人民政府公报"


def furniture(text: str, page: Callable[[int], str], *, head: bool = True, feed: bool = False) -> str:
    """Every ~40 lines a page break: the page number, a form feed, the running head."""
    out: list[str] = []
    name = _running_head(text)
    count, number = 0, 1
    for line in _lines(text):
        out.append(line)
        count += 1
        if count >= _PAGE_EVERY and not _is_table(line):
            count = 0
            number += 1
            out.append(page(number))
            if feed:
                out.append("\f" + (f"{name}  2021年第1期" if head else ""))
            elif head:
                out.append(name)
    return "\n".join(out)


# --------------------------------------------------------------------------- indentation


def indent(text: str, prefix: str) -> str:
    """Every paragraph indented (two ideographic spaces, as Chinese typesetting does, or a tab)."""
    return "\n".join(prefix + line if line.strip() and not _is_table(line) else line for line in _lines(text))


# --------------------------------------------------------------------------- Markdown

_SECTION_RE = re.compile(r"^(?P<num>[一二三四五六七八九十]{1,3}、)(?P<rest>[^。；，]{1,30})$")


def md_headings_add(text: str) -> str:
    """Short section headings (一、总体要求) marked as Markdown headings (## 一、总体要求)."""
    return "\n".join("## " + line if _SECTION_RE.match(line.strip()) else line for line in _lines(text))


def md_bold_sections(text: str) -> str:
    """Short section headings in bold (**一、总体要求**), as Word → Markdown converters print them."""
    return "\n".join(f"**{line.strip()}**" if _SECTION_RE.match(line.strip()) else line for line in _lines(text))


_MD_MARK_RE = re.compile(r"^#{1,6}\s+")


# Bold of two characters or more: **一、总体要求**; a name withheld by stars (**市**区) is content
_BOLD_RE = re.compile(r"\*\*([^*\n]{2,}?)\*\*")


def md_strip(text: str) -> str:
    """Markdown heading marks and bold removed: the same page converted to plain text."""
    return "\n".join(_BOLD_RE.sub(r"\1", _MD_MARK_RE.sub("", line)) for line in _lines(text))


# --------------------------------------------------------------------------- numbering styles

_PAREN_CN_RE = re.compile(r"^(?P<ws>[ \t\u3000]*)（(?P<n>[一二三四五六七八九十])）")
_PAREN_CN_CIRCLED = dict(zip("一二三四五六七八九十", "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", strict=True))
_ARABIC_DOT_RE = re.compile(r"^(?P<ws>[ \t\u3000]*)(?P<n>\d{1,2})(?P<mark>[.．、])(?!\d)")
_PAREN_ARABIC_RE = re.compile(r"^(?P<ws>[ \t\u3000]*)[（(](?P<n>\d{1,2})[）)]")


def _per_line(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return "\n".join(pattern.sub(repl, line, count=1) for line in _lines(text))

    return apply


_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _numbering() -> Iterator[LayoutTransform]:
    yield LayoutTransform(
        "num-paren-ascii",
        "（一） items printed with ASCII brackets",
        "(一)加强组织领导。",
        _per_line(_PAREN_CN_RE, lambda m: f"{m['ws']}({m['n']})"),
    )
    yield LayoutTransform(
        "num-paren-circled",
        "（一） items printed with the parenthesized ideograph ㈠ (U+3220)",
        "㈠加强组织领导。",
        _per_line(_PAREN_CN_RE, lambda m: m["ws"] + _PAREN_CN_CIRCLED[m["n"]]),
    )
    yield LayoutTransform(
        "num-arabic-dun",
        "1. / 1． items printed 1、",
        "1、牵头单位：区发改委",
        _per_line(_ARABIC_DOT_RE, lambda m: f"{m['ws']}{m['n']}、"),
    )
    yield LayoutTransform(
        "num-arabic-fullwidth",
        "1. / 1、 items printed with full-width digits and point",
        "１．牵头单位：区发改委",
        _per_line(_ARABIC_DOT_RE, lambda m: m["ws"] + m["n"].translate(_FULL_DIGITS) + "．"),
    )
    yield LayoutTransform(
        "num-arabic-paren",
        "1. / 1、 items printed （1）",
        "（1）牵头单位：区发改委",
        _per_line(_ARABIC_DOT_RE, lambda m: f"{m['ws']}（{m['n']}）"),
    )
    yield LayoutTransform(
        "num-paren-arabic-dot",
        "（1） items printed 1.",
        "1.牵头单位：区发改委",
        _per_line(_PAREN_ARABIC_RE, lambda m: f"{m['ws']}{m['n']}."),
    )


# --------------------------------------------------------------------------- tables


def _cells(line: str) -> list[str] | None:
    """The cells of a tab- or pipe-separated row, else None."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 2:
        cells = [c.strip() for c in stripped[1:-1].split("|")]
        if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
            return []  # a Markdown separator row
        return cells
    if "\t" in stripped:  # leading tabs are empty cells (a row under a merged cell): kept
        return [c.strip() for c in line.strip(" \u3000\r").split("\t")]
    return None


def _tables(render: Callable[[list[str], bool], list[str]]) -> Callable[[str], str]:
    """Every table row (tab- or pipe-separated) rendered again by ``render(cells, first_row)``."""

    def apply(text: str) -> str:
        out: list[str] = []
        in_table = False
        for line in _lines(text):
            cells = _cells(line)
            if cells is None:
                in_table = False
                out.append(line)
                continue
            if cells == []:
                continue  # the separator row: the renderer prints its own
            out.extend(render(cells, not in_table))
            in_table = True
        return "\n".join(out)

    return apply


def _as_tab(cells: list[str], first: bool) -> list[str]:
    return ["\t".join(cells)]


def _as_pipe(cells: list[str], first: bool) -> list[str]:
    row = "| " + " | ".join(cells) + " |"
    return [row, "|" + "---|" * len(cells)] if first else [row]


def _as_spaces(cells: list[str], first: bool) -> list[str]:
    if not all(cells):
        return ["\t".join(cells)]  # an empty cell cannot be shown by spaces alone: left as it was
    return ["    ".join(cells)]


# --------------------------------------------------------------------------- HTML


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text: str, *, breaks: bool = False) -> str:
    """The text as a site renders it: ``<p>`` per paragraph (or one ``<p>`` with ``<br>`` per
    line), ``<h1>``-``<h3>`` for Markdown headings, ``<table>`` for tab/pipe rows."""
    body: list[str] = []
    rows: list[list[str]] = []
    lines: list[str] = []

    def flush() -> None:
        if rows:
            body.append(
                "<table>"
                + "".join("<tr>" + "".join(f"<td>{_escape(c)}</td>" for c in r) + "</tr>" for r in rows)
                + "</table>"
            )
            rows.clear()
        if lines:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
            lines.clear()

    for line in _lines(text):
        cells = _cells(line)
        if cells is not None:
            if lines:
                flush()
            if cells:
                rows.append(cells)
            continue
        if rows:
            flush()
        stripped = line.strip().replace("\f", "")
        if not stripped:
            flush()
            continue
        m = _MD_MARK_RE.match(stripped)
        if m:
            flush()
            level = min(stripped.index(" "), 3)
            body.append(f"<h{level}>{_escape(stripped[m.end() :].replace('**', ''))}</h{level}>")
        elif breaks:
            lines.append(_escape(stripped))
        else:
            body.append(f"<p>{_escape(stripped)}</p>")
    flush()
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>政府公报</title></head>\n'
        '<body><div class="article">\n' + "\n".join(body) + "\n</div></body></html>\n"
    )


# --------------------------------------------------------------------------- metadata keys


def _rekey(render: Callable[[str, str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        out: list[str] = []
        for line in _lines(text):
            m = _single_pair(line)
            out.append(render(m["key"], m["value"].strip()) if m else line)
        return "\n".join(out)

    return apply


def _spaced(key: str) -> str:
    return " ".join(key) if len(key) <= 3 else key


def _pairs_per_row(text: str) -> str:
    """Two consecutive metadata lines printed as one pipe row: 索引号: | X | 发文机关: | Y |"""
    out: list[str] = []
    pending: re.Match[str] | None = None
    for line in _lines(text):
        m = _single_pair(line)
        if m:
            if pending is None:
                pending = m
                continue
            out.append(f"{pending['key']}: | {pending['value'].strip()} | {m['key']}: | {m['value'].strip()} |")
            pending = None
            continue
        if pending is not None:
            out.append(pending.group().strip())
            pending = None
        out.append(line)
    if pending is not None:
        out.append(pending.group().strip())
    return "\n".join(out)


# --------------------------------------------------------------------------- the registry


def _page_dash(n: int) -> str:
    return f"— {n} —"


def _page_hyphen(n: int) -> str:
    return f"-{n}-"


def _page_di(n: int) -> str:
    return f"第{n}页"


def _wrapper(width: int) -> Callable[[str], str]:
    return lambda text: wrap(text, width)


def _registry() -> Iterator[LayoutTransform]:
    for width in (28, 35, 40):
        yield LayoutTransform(
            f"wrap-{width}",
            f"every line broken at {width} characters, as a PDF converter wraps at the page edge",
            "北京市平谷区人民政府关于印发《平谷区“两区”建设工\n作方案》的通知",
            _wrapper(width),
        )
    for width in (16, 21):  # (a separate loop: the column widths of two-column gazette pages)
        yield LayoutTransform(
            f"wrap-{width}",
            f"every line broken at {width} characters, as a two-column gazette page's column is",
            "北京市平谷区人民政府关于印\n发《平谷区“两区”建设工作方",
            _wrapper(width),
        )
    yield LayoutTransform(
        "wrap-display-70",
        "every line broken at 70 display columns (a Chinese character two, a digit one), as pdftotext does",
        "…于2021年3月31日前完成，区\n规划自然资源分局…",
        lambda text: wrap_display(text, 70),
    )
    yield LayoutTransform(
        "no-blank-lines", "blank lines removed", "现将…印发给你们。\n北京市平谷区人民政府", no_blank_lines
    )
    yield LayoutTransform(
        "blank-between",
        "a blank line between every two lines",
        "现将…印发给你们。\n\n北京市平谷区人民政府",
        blank_between,
    )
    yield LayoutTransform(
        "furniture-dash",
        "every ~40 lines a page number — 12 — and the running head",
        "— 12 —\n北京市平谷区人民政府公报",
        lambda t: furniture(t, _page_dash),
    )
    yield LayoutTransform(
        "furniture-hyphen",
        "every ~40 lines a page number -12- and the running head",
        "-12-\n北京市平谷区人民政府公报",
        lambda t: furniture(t, _page_hyphen),
    )
    yield LayoutTransform(
        "furniture-di",
        "every ~40 lines a page number 第12页, no running head",
        "第12页",
        lambda t: furniture(t, _page_di, head=False),
    )
    yield LayoutTransform(
        "furniture-formfeed",
        "every ~40 lines a page number, a form feed and the running head with the issue (pdftotext)",
        "- 12 -\n\f北京市平谷区人民政府公报  2021年第1期",
        lambda t: furniture(t, lambda n: f"- {n} -", feed=True),
    )
    yield LayoutTransform(
        "wrap-35-furniture",
        "wrapped at 35 characters and page furniture every ~40 lines: a page break mid-paragraph",
        "…推动农业科技创新论坛发展为贸\n— 12 —\n北京市平谷区人民政府公报\n易论坛…",
        lambda t: furniture(wrap(t, 35), _page_dash),
    )
    # (indented with two ideographic spaces: robustness.py's indent-ideographic)
    yield LayoutTransform(
        "indent-tab",
        "every paragraph indented with a tab",
        "\t现将《…》印发给你们，请认真贯彻执行。",
        lambda t: indent(t, "\t"),
    )
    yield LayoutTransform(
        "md-headings-add", "short section headings marked ## (Markdown)", "## 一、总体要求", md_headings_add
    )
    yield LayoutTransform(
        "md-bold-sections", "short section headings in bold (Markdown)", "**一、总体要求**", md_bold_sections
    )
    yield LayoutTransform("md-strip", "Markdown heading marks and bold removed", "一、总体要求", md_strip)
    yield from _numbering()
    yield LayoutTransform(
        "table-pipe",
        "tab-separated tables printed as Markdown pipe tables",
        "| 序号 | 任务 | 牵头单位 |\n|---|---|---|",
        _tables(_as_pipe),
    )
    yield LayoutTransform("table-tab", "pipe tables printed tab-separated", "序号\t任务\t牵头单位", _tables(_as_tab))
    yield LayoutTransform(
        "table-spaces",
        "table rows printed space-aligned (cells four spaces apart), as pdftotext -layout does",
        "序号    任务    牵头单位",
        _tables(_as_spaces),
    )
    yield LayoutTransform(
        "html-p",
        "the text as a web page: <p> per paragraph, <h2> headings, <table> tables",
        "<p>现将《…》印发给你们。</p>",
        to_html,
        html=True,
    )
    yield LayoutTransform(
        "html-br",
        "the text as a web page: one <p> per block, <br> between its lines, <table> tables",
        "<p>北京市平谷区人民政府<br>\n2020年12月31日</p>",
        lambda t: to_html(t, breaks=True),
        html=True,
    )
    yield LayoutTransform(
        "meta-ascii-colon",
        "metadata lines key: value (ASCII colon)",
        "文号: 京政发〔2023〕1号",
        _rekey(lambda k, v: f"{k}: {v}"),
    )
    yield LayoutTransform(
        "meta-bullet", "metadata lines • key: value", "• 发文机构: 县政府办公室", _rekey(lambda k, v: f"• {k}: {v}")
    )
    yield LayoutTransform(
        "meta-bracket",
        "metadata lines [ key ] value",
        "[ 发文字号 ] 国发〔2018〕42号",
        _rekey(lambda k, v: f"[ {k} ] {v}"),
    )
    yield LayoutTransform(
        "meta-next-line",
        "metadata values on the line after their key",
        "• 发文日期:\n2024年04月06日",
        _rekey(lambda k, v: f"{k}：\n{v}"),
    )
    yield LayoutTransform(
        "meta-spaced",
        "short metadata keys letter-spaced",
        "文 号：京政发〔2023〕1号",
        _rekey(lambda k, v: f"{_spaced(k)}：{v}"),
    )
    yield LayoutTransform(
        "meta-pipe-pairs",
        "two metadata pairs per pipe row",
        "索引号: | 000014349/2023-91150 | 发文机关: | 国务院 |",
        _pairs_per_row,
    )


LAYOUT_TRANSFORMS: dict[str, LayoutTransform] = {t.name: t for t in _registry()}


def _page_bytes(render: Callable[[str], str]) -> Callable[[str], bytes]:
    return lambda text: render(text).encode("utf-8")


def as_harness(transform_class: Any) -> list[Any]:
    """The transforms as entries of ``robustness.TRANSFORMS`` (``transform_class`` is its
    ``Transform``): a web page goes through ``pipeline.extract`` as bytes with a .html name, so
    that the HTML reader runs."""
    out: list[Any] = []
    for t in LAYOUT_TRANSFORMS.values():
        common = {"name": t.name, "description": t.description, "example": t.example, "excluded": frozenset(t.excluded)}
        if t.html:
            out.append(transform_class(**common, data=_page_bytes(t.apply), suffix=".html"))
        else:
            out.append(transform_class(**common, text=t.apply))
    return out
