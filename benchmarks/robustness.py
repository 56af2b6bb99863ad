"""Metamorphic robustness: the same gazette in another *form* must give the same records.

    python benchmarks/robustness.py                      # every transform, dev texts
    python benchmarks/robustness.py --only ascii-punct   # one transform (repeatable)
    python benchmarks/robustness.py --details ascii-punct  # its lost and new records, with the file
    python benchmarks/robustness.py --json               # machine-readable figures

Much of what differs between sites and converters is form, not content: full- vs half-width
punctuation, the brackets of a document number, spaced or full-width digits, Traditional
characters, encodings, Markdown marks, line ends. Each entry of :data:`TRANSFORMS` is a change a
real converter or site makes (with a real example of the form); it is applied to every text of
the chosen split, and the records read from the transformed text are compared with those read
from the original, per field, on canonical keys (NFKC, whitespace removed, brackets folded to one
form, Traditional folded to Simplified with OpenCC, the tool's own converter).

For each transform the table gives: records *kept*, *lost* (read from the original, not from the
transformed text) and *new* (read only from the transformed text: a potential false record,
precision first), out of the records of the originals.

Texts: the dev split of ``samples/corpus`` (the split is decided by the site, as in
``accuracy.py``), plus ``samples/web``, ``samples/more`` and the bundled pinggu sample. The test
split is refused: tuning rules on it would make it a second dev set.

Other modules add transforms with :func:`register` (or ``TRANSFORMS.update(...)``); a module
``benchmarks/robustness_NAME.py`` is imported by :func:`load_extensions`, so its transforms run
with these and are tested by ``tests/test_robustness.py``. A transform
is a function ``str -> str`` (or, for encodings, ``str -> bytes``, run through
``pipeline.extract`` with the bytes), a one-line description, an example and the fields it may
legitimately change (excluded from its comparison).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _load_accuracy() -> Any:
    if "accuracy" in sys.modules:
        return sys.modules["accuracy"]
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


accuracy = _load_accuracy()

FIELDS = ("title", "doc_number", "date", "issuer", "task", "appointment", "member", "citation")
SPLITS = ("dev",)  # never the test split: tuning on it would make it a second dev set


# --------------------------------------------------------------------------- transforms


@dataclass(frozen=True)
class Transform:
    """A change of form. ``text`` maps a text to its new form; ``data`` (for encodings) maps it
    to bytes that ``pipeline.extract`` reads, raising ``UnicodeEncodeError`` when the text cannot
    be written in that form (the text is then skipped and counted). ``excluded``: fields the
    transform may legitimately change, left out of its comparison."""

    name: str
    description: str
    example: str
    text: Callable[[str], str] | None = None
    data: Callable[[str], bytes] | None = None
    excluded: frozenset[str] = field(default_factory=frozenset)
    suffix: str = ".txt"  # the file name given to pipeline.extract with ``data``


TRANSFORMS: dict[str, Transform] = {}


def register(*transforms: Transform) -> None:
    for t in transforms:
        if t.name in TRANSFORMS:
            raise ValueError(f"transform {t.name!r} registered twice")
        if (t.text is None) == (t.data is None):
            raise ValueError(f"transform {t.name!r}: give exactly one of text / data")
        TRANSFORMS[t.name] = t


def _translate(table: dict[str, str]) -> Callable[[str], str]:
    mapping = str.maketrans(table)
    return lambda text: text.translate(mapping)


# Full-width punctuation → ASCII, as many CMSs and converters print it: （牵头单位:区发改委;...)
_ASCII_PUNCT = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
# The enumeration comma, but not the one of an item's number (一、 1、 stay: no page numbers its
# items 一,)
_ITEM_NUMBER_RE = re.compile(r"(?m)^([ \t\u3000]*(?:[一二三四五六七八九十百]+|\d{1,3}))、")


def _ascii_commas(text: str) -> str:
    text = _ITEM_NUMBER_RE.sub("\\1\x00", text.translate(str.maketrans(_ASCII_PUNCT)))
    return text.replace("、", ",").replace("\x00", "、")


# Full-width digits, letters and ASCII punctuation, as some PDF converters write them: ２０２１
# (not the marks of Markdown and tables, # * _ |, which a converter writes as markup)
_FULL_WIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if chr(c) not in "#*_|"}
# ... nor a Markdown list mark at a line's start (- item) or a forum's BBCode tag ([size=4]).
# ... nor a web address (http://…), which no site prints in full width.
_MARKUP_RE = re.compile(r"(?m)^[ \t]*[-+](?= )|\[/?[a-z]+(?:=[^\]\n]*)?\]|https?://[!-~]+")


def _full_width(text: str, mapping: dict[str, str] | None = None) -> str:
    table = str.maketrans(mapping or _FULL_WIDTH)
    out: list[str] = []
    at = 0
    for m in _MARKUP_RE.finditer(text):
        out.append(text[at : m.start()].translate(table))
        out.append(m.group())
        at = m.end()
    out.append(text[at:].translate(table))
    return "".join(out)


# A bracketed year of a document number: 京平政发〔2021〕1号, [2021] 12 号
_NUMBER_YEAR_RE = re.compile(r"[〔\[［(（【﹝〈]\s*((?:19|20)\d\d)\s*[〕\]］)）】﹞〉](?=\s*第?\s*\d{1,4}\s*号)")


def _brackets(opening: str, closing: str) -> Callable[[str], str]:
    return lambda text: _NUMBER_YEAR_RE.sub(lambda m: opening + m.group(1) + closing, text)


# Digits spaced from the Chinese around them: 2021 年 11 月 30 日, 〔2021〕 1 号 (Word's auto-spacing)
_DIGIT_BEFORE_RE = re.compile(r"(?<=\d)(?=[年月日号〕\]】个项条])")
_DIGIT_AFTER_RE = re.compile(r"(?<=[年月〕\]】第])(?=\d)")


def _spaced_digits(text: str) -> str:
    return _DIGIT_AFTER_RE.sub(" ", _DIGIT_BEFORE_RE.sub(" ", text))


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """1..31 as written in a date: 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")) + (
        _CN_DIGITS[ones] if ones or not tens else ""
    )


# A line that is only a date (a document's 成文日期 under its signature): 2021年11月30日
_DATE_LINE_RE = re.compile(r"(?m)^([ \t\u3000]*)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日([ \t\u3000]*)$")


def _chinese_date_lines(zero: str = "〇") -> Callable[[str], str]:
    """Date lines in Chinese numerals, the year's zero written ``zero`` (〇, or ○ as many
    documents type it)."""

    def cn(m: re.Match[str]) -> str:
        year = "".join(_CN_DIGITS[int(d)] for d in m.group(2)).replace("〇", zero)
        return f"{m.group(1)}{year}年{_cn_number(int(m.group(3)))}月{_cn_number(int(m.group(4)))}日{m.group(5)}"

    return lambda text: _DATE_LINE_RE.sub(cn, text)


def _date_lines(fmt: str) -> Callable[[str], str]:
    """Date-only lines (成文日期) in another numeric form: 2021.11.30, 2021/11/30, 2021-11-30."""
    return lambda text: _DATE_LINE_RE.sub(
        lambda m: m.group(1) + fmt.format(int(m.group(2)), int(m.group(3)), int(m.group(4))) + m.group(5), text
    )


# Month and day padded to two digits, as many CMSs print them: 2021年03月01日
_PAD_MONTH_RE = re.compile(r"(?<=\d年)(\d)(?=月)|(?<=\d月)(\d)(?=日)")

# A number's serial padded (京平政发〔2021〕01号) or written with 第 (京平政发〔2021〕第1号)
_SERIAL_RE = re.compile(r"(?<=\d[〕\]］】])(\d{1,2})(?=号)")


# Spaces inside the brackets of a number too: 京平政发〔 2021 〕 1 号
_BRACKET_DIGIT_RE = re.compile(r"(?<=[〔\[［【])(?=\d{4}[〕\]］】])|(?<=[〔\[［【]\d{4})(?=[〕\]］】])")


def _spaced_number_brackets(text: str) -> str:
    return _BRACKET_DIGIT_RE.sub(" ", _spaced_digits(text))


# Quotation marks: “两区” as 「两区」 (Hong Kong and Taiwan) or as ASCII "两区"
_CORNER_QUOTES = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_ASCII_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'"}

# The dot inside a transcribed name: 阿依古丽·买买提 with another dot a site's font or input
# method gives: ‧ (U+2027, Taiwan), ・ (katakana middle dot), • (bullet), ．(full stop)
_NAME_DOT_RE = re.compile(r"(?<=[\u4e00-\u9fff])·(?=[\u4e00-\u9fff])")


def _name_dots(dot: str) -> Callable[[str], str]:
    return lambda text: _NAME_DOT_RE.sub(dot, text)


# A colon typed as the ratio sign ∶ (U+2236), as Chinese input methods and Word documents print
# it: 牵头单位∶区发改委 ; only after a Chinese character (10:30 stays)
_RATIO_COLON_RE = re.compile(r"(?<=[\u4e00-\u9fff])[：:]")

# HTML entities left in a page's text by a CMS: &ldquo;两区&rdquo; ; 2021&mdash;2023年
_ENTITIES = {
    "“": "&ldquo;",
    "”": "&rdquo;",
    "—": "&mdash;",
    "·": "&middot;",
    "…": "&hellip;",
    "‘": "&lsquo;",
    "’": "&rsquo;",
}


def _every(step: int, insert: str) -> Callable[[str], str]:
    """``insert`` after every ``step``-th Chinese character (a zero-width space of a web page)."""

    def apply(text: str) -> str:
        out: list[str] = []
        k = 0
        for ch in text:
            out.append(ch)
            if "\u4e00" <= ch <= "\u9fff":
                k += 1
                if k % step == 0:
                    out.append(insert)
        return "".join(out)

    return apply


# Labels and short heading lines wrapped in Markdown marks by an HTML → Markdown converter:
# **牵头单位**：区发改委 ; **一、总体要求** (a whole label only: an <em> wraps words, not half of 牵头责任单位)
_LABEL_RE = re.compile(r"(?<!\w)(牵头单位|责任单位|配合单位|完成时限|完成时间|主送|抄送|附件)(?=[：:])")
_HEADING_RE = re.compile(r"(?m)^([一二三四五六七八九十]+、[^。；;\n]{1,30})$")


def _markdown(mark: str) -> Callable[[str], str]:
    def apply(text: str) -> str:
        text = _LABEL_RE.sub(lambda m: mark + m.group(1) + mark, text)
        return _HEADING_RE.sub(lambda m: mark + m.group(1) + mark, text)

    return apply


@lru_cache(maxsize=2)
def _opencc(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _traditional(text: str, config: str = "s2t") -> str:
    """OpenCC's Traditional forms: s2t (OpenCC's standard: 爲), s2tw (Taiwan: 為), s2hk (Hong Kong: 衞)."""
    return str(_opencc(config).convert(text))


# Pinyin glosses a mirror inserts after polyphonic characters: 發(fā)展, 重(zhòng)要
_PINYIN = {"发": "fā", "重": "zhòng", "行": "xíng", "长": "zhǎng", "调": "diào", "藏": "cáng"}
_PINYIN_RE = re.compile("[" + "".join(_PINYIN) + "]")


def _pinyin(text: str) -> str:
    return _PINYIN_RE.sub(lambda m: f"{m.group(0)}({_PINYIN[m.group(0)]})", text)


# A PDF's text layer that maps glyphs to Kangxi radicals (U+2F00–U+2FD5) or CJK radical forms
# (U+2E80–U+2EF3) instead of the characters: ⼀⼈⽉⽇⾏ for 一人月日行, ⻓⻔⻋ for 长门车 (a
# well-known fault of Word-exported PDFs; copy-paste from them gives such text).
_RADICAL_FORMS = {
    **{unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)},
    **dict(
        zip(
            "长门青车食飞马风页贝见角西韦民鬼黄齐齿龙龟麦鱼鸟卤",
            "⻓⻔⻘⻋⻝⻜⻢⻛⻚⻉⻅⻆⻄⻙⺠⻤⻩⻬⻮⻰⻳⻨⻥⻦⻧",
            strict=True,
        )
    ),
}


def _encode(codec: str, *, traditional: str | None = None) -> Callable[[str], bytes]:
    """``traditional``: the OpenCC configuration that writes the text in Traditional first."""

    def apply(text: str) -> bytes:
        return (_traditional(text, traditional) if traditional else text).encode(codec)

    return apply


register(
    Transform(
        "ascii-punct",
        "full-width ，：；（）！？ printed as ASCII , : ; ( ) ! ? (、 kept)",
        "(牵头单位:区发改委;配合单位:区财政局)",
        text=_translate(_ASCII_PUNCT),
    ),
    Transform(
        "ascii-punct-comma",
        "as ascii-punct, and the enumeration comma 、 printed as ',' (appointments and members not"
        " compared: 、 joins the posts of one person, ， separates clauses, and the reading changes)",
        "区发改委,区财政局,区商务局",
        text=_ascii_commas,
        excluded=frozenset({"appointment", "member"}),
    ),
    Transform(
        "small-forms",
        "（），；：、 printed as the small forms ﹙﹚﹐﹔﹕﹑ (Big5's small punctuation)",
        "﹙牵头单位﹕区发改委﹚",
        text=_translate({"（": "﹙", "）": "﹚", "，": "﹐", "；": "﹔", "：": "﹕", "、": "﹑"}),
    ),
    Transform(
        "halfwidth-cjk-punct",
        "、。「」 printed in their half-width forms ､｡｢｣ (Big5 / Shift-JIS round trips)",
        "区发改委､区财政局｡",
        text=_translate({"、": "､", "。": "｡", "「": "｢", "」": "｣"}),
    ),
    Transform(
        "full-width-punct",
        "ASCII , : ; ( ) ! ? printed full width (the inverse of ascii-punct: most stored pages print ASCII)",
        "（牵头单位：区发改委；配合单位：区财政局）",
        text=lambda t: _full_width(t, {v: k for k, v in _ASCII_PUNCT.items()}),
    ),
    Transform(
        "full-width",
        "ASCII digits, letters and punctuation printed full width (markup marks kept)",
        "２０２１－１２－２２ １７：４５",
        text=_full_width,
    ),
    *(
        Transform(
            f"brackets-{name}",
            f"the year of a document number in {o}{c}",
            f"京平政发{o}2021{c}1号",
            text=_brackets(o, c),
        )
        for name, o, c in (
            ("square", "[", "]"),
            ("fullsquare", "［", "］"),
            ("paren", "(", ")"),
            ("fullparen", "（", "）"),
            ("lenticular", "【", "】"),
            ("small-tortoise", "﹝", "﹞"),
            ("angle", "〈", "〉"),
            ("tortoise", "〔", "〕"),
        )
    ),
    Transform(
        "spaced-digits",
        "digits spaced from the Chinese around them",
        "2021 年 11 月 30 日 ; 京平政发〔2021〕 1 号",
        text=_spaced_digits,
    ),
    Transform(
        "full-width-digits",
        "ASCII digits printed full width",
        "京平政发〔２０２１〕１号",
        text=_translate({str(d): chr(0xFF10 + d) for d in range(10)}),
    ),
    Transform(
        "chinese-date",
        "a line that is only a date (成文日期) written in Chinese numerals",
        "二〇二一年十一月三十日",
        text=_chinese_date_lines(),
    ),
    Transform(
        "chinese-date-circle",
        "as chinese-date, the zero typed as the circle ○ (U+25CB)",
        "二○二一年十一月三十日",
        text=_chinese_date_lines("○"),
    ),
    Transform(
        "chinese-date-letter-o",
        "as chinese-date, the zero typed as a full-width letter Ｏ",
        "二Ｏ二一年十一月三十日",
        text=_chinese_date_lines("Ｏ"),
    ),
    Transform(
        "chinese-date-ling",
        "as chinese-date, the zero written 零",
        "二零二一年十一月三十日",
        text=_chinese_date_lines("零"),
    ),
    Transform("dotted-date-lines", "date-only lines as 2021.11.30", "2021.11.30", text=_date_lines("{}.{}.{}")),
    Transform("slashed-date-lines", "date-only lines as 2021/11/30", "2021/11/30", text=_date_lines("{}/{}/{}")),
    Transform("iso-date-lines", "date-only lines as 2021-11-30", "2021-11-30", text=_date_lines("{}-{:02d}-{:02d}")),
    Transform(
        "zero-padded-dates",
        "months and days padded to two digits",
        "2021年03月01日",
        text=lambda t: _PAD_MONTH_RE.sub(lambda m: "0" + (m.group(1) or m.group(2)), t),
    ),
    Transform(
        "zero-padded-serial",
        "a document number's serial padded to three digits",
        "京平政发〔2021〕001号",
        text=lambda t: _SERIAL_RE.sub(lambda m: m.group(1).zfill(3), t),
    ),
    Transform(
        "serial-di",
        "a document number's serial written with 第",
        "京平政发〔2021〕第1号",
        text=lambda t: _SERIAL_RE.sub(lambda m: "第" + m.group(1), t),
    ),
    Transform(
        "indent-ideographic",
        "every line indented with two ideographic spaces (a Word document's first-line indent)",
        "\u3000\u3000各乡镇人民政府：",
        text=lambda t: re.sub(r"(?m)^(?=\S)", "\u3000\u3000", t),
    ),
    Transform(
        "spaced-number-brackets",
        "as spaced-digits, and spaces inside the brackets of a number",
        "京平政发〔 2021 〕 1 号",
        text=_spaced_number_brackets,
    ),
    Transform("corner-quotes", "“” ‘’ printed as 「」 『』", "「两区」建设", text=_translate(_CORNER_QUOTES)),
    Transform("ascii-quotes", "“” ‘’ printed as ASCII \" '", '"两区"建设', text=_translate(_ASCII_QUOTES)),
    *(
        Transform(
            f"name-dot-{name}",
            f"the dot of a transcribed name printed {dot}",
            f"阿依古丽{dot}买买提",
            text=_name_dots(dot),
        )
        for name, dot in (("u2027", "‧"), ("katakana", "・"), ("bullet", "•"), ("full-stop", "．"))
    ),
    Transform(
        "ratio-colon",
        "a colon after Chinese text typed as the ratio sign ∶ (U+2236)",
        "牵头单位∶区发改委",
        text=lambda t: _RATIO_COLON_RE.sub("∶", t),
    ),
    Transform(
        "html-entities",
        "quotes, dashes and dots left as HTML entities",
        "&ldquo;两区&rdquo;建设",
        text=_translate(_ENTITIES),
    ),
    Transform(
        "ideographic-space",
        "spaces printed as U+3000",
        "北京市平谷区人民政府\u3000\u30002021年1月",
        text=_translate({" ": "\u3000"}),
    ),
    Transform("nbsp", "spaces printed as NBSP", "各乡镇人民政府\u00a0街道办事处", text=_translate({" ": "\u00a0"})),
    Transform(
        "zero-width",
        "a zero-width space after every 7th Chinese character",
        "平谷区人民政\u200b府关于",
        text=_every(7, "\u200b"),
    ),
    Transform(
        "zero-width-joiners",
        "a zero-width joiner, word joiner or soft hyphen after every 9th Chinese character",
        "平谷区人民政府关\u2060于",
        text=lambda t: _every(9, "\u200d")(_every(11, "\u2060")(_every(13, "\u00ad")(t))),
    ),
    Transform(
        "thin-spaces",
        "spaces printed as thin / narrow no-break / medium spaces (U+2009, U+202F, U+205F)",
        "各乡镇人民政府\u202f街道办事处",
        text=_translate({" ": "\u202f", "\u3000": "\u205f"}),
    ),
    Transform(
        "markdown-bold",
        "labels and numbered headings wrapped in ** (an HTML → Markdown converter)",
        "**牵头单位**：区发改委 ; **一、总体要求**",
        text=_markdown("**"),
    ),
    Transform(
        "markdown-italic",
        "labels and numbered headings wrapped in *",
        "*牵头单位*：区发改委",
        text=_markdown("*"),
    ),
    Transform(
        "markdown-underscore",
        "labels and numbered headings wrapped in _ (html2text's <em>)",
        "_牵头单位_：区发改委",
        text=_markdown("_"),
    ),
    Transform(
        "kangxi-radicals",
        "characters printed as their Kangxi / CJK radical forms by a PDF's text layer",
        "⼀、⼯作⽬标 ; 区⻓",
        text=_translate(_RADICAL_FORMS),
    ),
    Transform(
        "traditional",
        "Traditional characters (OpenCC s2t, the inverse of the tool's own t2s)",
        "北京市平谷區人民政府關於印發",
        text=_traditional,
    ),
    Transform(
        "traditional-tw",
        "Traditional characters in Taiwan's standard forms (OpenCC s2tw: 為, 裡)",
        "臺北市政府為推動",
        text=lambda t: _traditional(t, "s2tw"),
    ),
    Transform(
        "traditional-hk",
        "Traditional characters in Hong Kong's standard forms (OpenCC s2hk: 衞, 綫)",
        "衞生署",
        text=lambda t: _traditional(t, "s2hk"),
    ),
    Transform(
        "pinyin",
        "pinyin glosses after polyphonic characters (mirror sites)",
        "發(fā)展 ; 重(zhòng)要",
        text=_pinyin,
    ),
    Transform(
        "pinyin-full-width",
        "pinyin glosses in full-width brackets",
        "發（fā）展",
        text=lambda t: _PINYIN_RE.sub(lambda m: f"{m.group(0)}（{_PINYIN[m.group(0)]}）", t),
    ),
    Transform("crlf", "CRLF line ends", "…通知\\r\\n", text=lambda t: t.replace("\n", "\r\n")),
    Transform("cr", "CR line ends (old Mac)", "…通知\\r", text=lambda t: t.replace("\n", "\r")),
    Transform("bom", "a UTF-8 byte-order mark", "\\ufeff北京市", data=lambda t: t.encode("utf-8-sig")),
    Transform("gbk", "GBK bytes", "b'\\xb1\\xb1\\xbe\\xa9'", data=_encode("gbk")),
    Transform("gb18030", "GB18030 bytes", "b'\\xb1\\xb1\\xbe\\xa9'", data=_encode("gb18030")),
    Transform(
        "big5",
        "Traditional text in Big5 (cp950) bytes",
        "b'\\xa5_\\xa8\\xca'",
        data=_encode("cp950", traditional="s2tw"),
    ),
    Transform(
        "big5hkscs",
        "Traditional text in Big5-HKSCS bytes (Hong Kong sites)",
        "b'\\xa5_\\xa8\\xca'",
        data=_encode("big5hkscs", traditional="s2hk"),
    ),
    Transform("utf-16", "UTF-16 bytes with a BOM", "b'\\xff\\xfe\\x17S'", data=_encode("utf-16")),
    Transform("utf-16-be", "UTF-16 big-endian bytes, no BOM", "b'S\\x17'", data=_encode("utf-16-be")),
    Transform("utf-16-le", "UTF-16 little-endian bytes, no BOM", "b'\\x17S'", data=_encode("utf-16-le")),
)


def compose(name: str, description: str, example: str, *steps: str) -> Transform:
    """One transform applying the registered ``steps`` in order (the last may write bytes):
    forms come together on real sites (a Taiwan page: Traditional, full-width digits, Big5)."""
    parts = [TRANSFORMS[step] for step in steps]
    *texts, last = parts
    if any(p.text is None for p in texts):
        raise ValueError(f"{name}: only the last step may write bytes")
    edits = [p.text for p in texts if p.text is not None]

    def text_of(value: str) -> str:
        for edit in edits:
            value = edit(value)
        return value

    excluded = frozenset().union(*(p.excluded for p in parts))
    if last.data is not None:
        write = last.data
        return Transform(
            name, description, example, data=lambda v: write(text_of(v)), excluded=excluded, suffix=last.suffix
        )
    final = last.text
    assert final is not None
    return Transform(name, description, example, text=lambda v: final(text_of(v)), excluded=excluded)


register(
    compose(
        "taiwan-site",
        "Taiwan's Traditional forms, full-width digits and punctuation, CRLF, Big5 bytes",
        "國辦發〔２０１８〕１１７號",
        "traditional-tw",
        "full-width-digits",
        "full-width-punct",
        "crlf",
        "big5",
    ),
    compose(
        "markdown-converter",
        "ASCII punctuation, spaced digits, NBSP, Markdown bold and italic labels, pinyin glosses",
        "**牵头单位**:区发改委 ; 2021 年",
        "ascii-punct",
        "spaced-number-brackets",
        "nbsp",
        "markdown-bold",
        "markdown-italic",
        "pinyin",
    ),
    compose(
        "hong-kong-mirror",
        "Hong Kong's forms with pinyin glosses, 「」 quotes, ‧ name dots, ∶ colons and entities",
        "發(fā)展「兩區」",
        "traditional-hk",
        "pinyin-full-width",
        "corner-quotes",
        "name-dot-u2027",
        "ratio-colon",
        "html-entities",
    ),
)


def load_extensions() -> None:
    """Import every ``benchmarks/robustness_*.py`` beside this file: each registers its own
    transforms with ``register(...)`` (``import robustness`` there gets this module, also when
    this file runs as a script), so one command and one test table cover them all."""
    sys.modules.setdefault("robustness", sys.modules[__name__])
    for path in sorted(Path(__file__).resolve().parent.glob("robustness_*.py")):
        if path.stem in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)


load_extensions()


# --------------------------------------------------------------------------- records

_SPACE_RE = re.compile(r"\s+")
_OPEN = "〔[［(（【﹝〈<《"
_CLOSE = "〕]］)）】﹞〉>》"
# Quotation marks and the dots of transcribed names are printed as the page prints them: a
# title with 「两区」 is read right, so keys fold them (“”「」"『』‘’' → ", ·・•‧ → ·).
_BRACKETS = str.maketrans(
    {
        **dict.fromkeys(_OPEN, "("),
        **dict.fromkeys(_CLOSE, ")"),
        **dict.fromkeys("“”「」『』‘’'", '"'),
        **dict.fromkeys("・•‧･", "·"),
        "、": ",",
        "\u200b": None,
    }
)


_LEADING_ZEROS_RE = re.compile(r"(?<!\d)0+(?=\d)")  # 2020年09月 / 〔2021〕001号, as printed


def canon(value: object) -> str:
    """NFKC, whitespace removed, brackets folded, numbers unpadded, Traditional folded to Simplified."""
    if value is None:
        return ""
    text = _SPACE_RE.sub("", unicodedata.normalize("NFKC", str(value))).translate(_BRACKETS)
    text = _LEADING_ZEROS_RE.sub("", text)
    return str(_opencc("t2s").convert(text))


def _units(names: Iterable[str]) -> str:
    return "|".join(sorted(canon(n) for n in names))


def records(result: dict[str, Any]) -> Counter[tuple[str, str]]:
    """The comparable records of one result: (field, canonical key) with their counts."""
    found: Counter[tuple[str, str]] = Counter()
    for doc in result.get("documents") or []:
        if doc.get("title"):
            found["title", canon(doc["title"])] += 1
        if doc.get("doc_number"):
            found["doc_number", canon(doc["doc_number"]["text"])] += 1
        if doc.get("date"):
            found["date", doc["date"]] += 1
        if doc.get("issuer"):
            found["issuer", canon(doc["issuer"])] += 1
        for t in doc.get("tasks") or []:
            deadline = t.get("deadline") or {}
            key = " / ".join(
                (
                    canon(t["text"])[:12],
                    _units(t.get("lead_units") or []),
                    _units(t.get("support_units") or []),
                    f"{deadline.get('kind')}:{deadline.get('date') or deadline.get('rrule')}",
                )
            )
            found["task", key] += 1
        for a in doc.get("appointments") or []:
            found["appointment", f"{a['action']} / {canon(a['person'])} / {canon(a.get('position'))}"] += 1
        for m in doc.get("members") or []:
            found["member", f"{canon(m.get('role'))} / {canon(m['person'])}"] += 1
        for c in doc.get("citations") or []:
            number = (c.get("doc_number") or {}).get("text")
            found["citation", f"{canon(c.get('title'))} / {canon(number)}"] += 1
    return found


@dataclass
class Comparison:
    """One transform over the texts: per field, records kept / lost / new, and the lost and
    new records with their file."""

    transform: str
    kept: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    new: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    changed: int = 0  # texts whose form the transform changed (a transform that changes nothing tests nothing)
    changes: list[tuple[str, str, str, str]] = field(default_factory=list)  # (lost|new, file, field, key)

    def add(self, name: str, before: Counter[tuple[str, str]], after: Counter[tuple[str, str]]) -> None:
        excluded = TRANSFORMS[self.transform].excluded
        for key in before | after:
            fld = key[0]
            if fld in excluded:
                continue
            b, a = before[key], after[key]
            self.kept[fld] += min(a, b)
            if b > a:
                self.lost[fld] += b - a
                self.changes.extend(("lost", name, fld, key[1]) for _ in range(b - a))
            if a > b:
                self.new[fld] += a - b
                self.changes.extend(("new", name, fld, key[1]) for _ in range(a - b))

    def total(self, fld: str | None = None) -> tuple[int, int, int, int]:
        """(records of the originals, kept, lost, new) for one field or all."""
        fields = [fld] if fld else list(FIELDS)
        kept = sum(self.kept[f] for f in fields)
        lost = sum(self.lost[f] for f in fields)
        new = sum(self.new[f] for f in fields)
        return kept + lost, kept, lost, new


# --------------------------------------------------------------------------- texts


@dataclass(frozen=True)
class Source:
    name: str  # relative to samples/
    text: str  # what the pipeline reads (a page's rendered article)


def _is_bundled(path: Path, samples: Path) -> bool:
    rel = path.relative_to(samples)
    return rel.parts[0] in ("web", "more") or len(rel.parts) == 1


def sources(samples: Path, split: str = "dev", names: Iterable[str] | None = None) -> list[Source]:
    """The texts of ``split`` ('dev': the corpus's dev split and the bundled samples). With
    ``names`` (paths relative to ``samples``), those texts only, refusing any of the test split."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r} refused: robustness is tuned on dev texts only (choose {SPLITS})")
    from gazette_extract.pipeline import read_source
    from gazette_extract.text.decode import read_input

    wanted = set(names) if names is not None else None
    chosen: list[Source] = []
    for truth_path in accuracy.truth_files(samples):
        path = accuracy.input_for(truth_path)
        name = str(path.relative_to(samples))
        if wanted is not None and name not in wanted:
            continue
        site = json.loads(truth_path.read_text(encoding="utf-8"))["source"]["site"]
        if accuracy.split_of(site) == "test" and not _is_bundled(path, samples):
            if wanted is not None:
                raise ValueError(f"{name} is a test-split text: refused")
            continue
        text, _, _ = read_source(read_input(path), path=path.name)
        chosen.append(Source(name, text))
    if wanted is not None and len(chosen) != len(wanted):
        missing = wanted - {s.name for s in chosen}
        raise FileNotFoundError(f"no such texts with truth files: {sorted(missing)}")
    return chosen


def run(transform: Transform, text: str) -> dict[str, Any]:
    """The pipeline's result on ``text`` in the form ``transform`` gives it."""
    from gazette_extract.pipeline import extract, extract_str

    if transform.text is not None:
        return extract_str(transform.text(text))
    assert transform.data is not None
    return extract(transform.data(text), path="transformed" + transform.suffix)


def compare(texts: list[Source], names: Iterable[str]) -> Iterator[Comparison]:
    from gazette_extract.pipeline import extract_str

    originals = {s.name: records(extract_str(s.text)) for s in texts}
    for name in names:
        transform = TRANSFORMS[name]
        comparison = Comparison(name)
        for s in texts:
            if transform.text is None or transform.text(s.text) != s.text:
                comparison.changed += 1
            try:
                after = records(run(transform, s.text))
            except UnicodeEncodeError:
                comparison.skipped.append(s.name)
                continue
            comparison.add(s.name, originals[s.name], after)
        yield comparison


# --------------------------------------------------------------------------- report


def render(comparisons: list[Comparison], texts: int) -> str:
    lines = [f"== {texts} texts; records kept / lost / new (new = only in the transformed text) =="]
    head = f"{'transform':<22}{'total':>7}{'kept':>7}{'lost':>7}{'new':>6}  changed  skipped  lost/new by field"
    lines.append(head)
    for c in comparisons:
        total, kept, lost, new = c.total()
        by_field = ", ".join(f"{f} -{c.lost[f]}/+{c.new[f]}" for f in FIELDS if c.lost[f] or c.new[f])
        lines.append(
            f"{c.transform:<22}{total:>7}{kept:>7}{lost:>7}{new:>6}  {c.changed:>7}  {len(c.skipped):>7}  {by_field}"
        )
    return "\n".join(lines)


def render_details(c: Comparison) -> str:
    lines = [f"== {c.transform}: {TRANSFORMS[c.transform].description} =="]
    lines.extend(f"{kind}\t{name}\t{fld}\t{key}" for kind, name, fld, key in sorted(c.changes, key=lambda x: x[1:]))
    if c.skipped:
        lines.append("skipped (not writable in this form): " + ", ".join(c.skipped))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", help="dev (the default and only choice); test is refused")
    parser.add_argument("--only", action="append", metavar="TRANSFORM", help="this transform only (repeatable)")
    parser.add_argument("--details", metavar="TRANSFORM", help="list the lost and new records of one transform")
    parser.add_argument("--list", action="store_true", help="list the transforms with an example each")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.split not in SPLITS:
        print(f"Error: split {args.split!r} refused: tune robustness on dev texts only", file=sys.stderr)
        return 2
    if args.list:
        for t in TRANSFORMS.values():
            print(f"{t.name:<22}{t.description}  e.g. {t.example}")
        return 0
    names = [args.details] if args.details else args.only or list(TRANSFORMS)
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        print(f"Error: no transform {unknown[0]!r} (see --list)", file=sys.stderr)
        return 2
    texts = sources(args.samples, args.split)
    comparisons = list(compare(texts, names))
    if args.json:
        report = {
            c.transform: {
                "total": c.total()[0],
                "kept": c.total()[1],
                "lost": c.total()[2],
                "new": c.total()[3],
                "skipped": len(c.skipped),
                "changed": c.changed,
                "by_field": {f: {"lost": c.lost[f], "new": c.new[f]} for f in FIELDS},
            }
            for c in comparisons
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(render(comparisons, len(texts)))
    if args.details:
        print()
        print(render_details(comparisons[0]))
    return 0


def _register_layout_transforms() -> None:
    """The line- and layout-level transforms (hard wraps, page furniture, tables, HTML, metadata
    spellings …) of ``benchmarks/robust_layout.py``."""
    if "robust_layout" not in sys.modules:
        spec = importlib.util.spec_from_file_location("robust_layout", ROOT / "benchmarks" / "robust_layout.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["robust_layout"] = module
        spec.loader.exec_module(module)
    register(*sys.modules["robust_layout"].as_harness(Transform))


_register_layout_transforms()


if __name__ == "__main__":
    raise SystemExit(main())
