"""Stage 1: bytes → str, with the encoding recorded.

Order of attempts, and why:
1. a BOM decides (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE) — it is the only unambiguous signal
   (UTF-32's BOM is tried first: it begins with UTF-16 LE's);
2. strict UTF-8 — what almost every modern converter writes; GBK text is practically never
   valid UTF-8, so a clean UTF-8 decode is trustworthy;
3. strict GB18030 — a superset of GBK and GB2312, the encodings of older Chinese government
   sites and Windows tools — or Big5 (Traditional-character sites): most byte pairs are valid
   in both, so when both decode, the one whose text is made of common Chinese characters wins;
   when neither has any (a few rare characters), a GB reading made mostly of characters outside
   GB2312 loses to Big5: a real GB text is almost all GB2312, Big5/HKSCS bytes read as GB are not;
4. UTF-16 without a BOM when the input has NUL bytes: both byte orders are tried and the one that
   reads as text (ASCII, CJK punctuation, common characters) wins. The NUL bytes alone cannot
   say which: ASCII puts them in the high byte, but 一 (U+4E00) and 开 (U+5F00) in the low one.
Anything else is an error, never mojibake: a wrong guess would silently corrupt every field.
"""

from __future__ import annotations

import codecs
import os
from typing import IO

from .._pattern_cache import compile_re
from ..errors import DecodeError, InputError
from ..vocab.common import LazyPattern

# Byte-order marks → the codec that reads (and drops) them; the one table (text/html.py reads the
# UTF-8 and UTF-16 ones, the only BOMs a web page may carry).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Formats a gazette archive often holds beside its texts (the printed PDFs, scans, Word
# files). They are listed too, so that a batch reports each as an error line instead of
# passing over it in silence; the pipeline does not read them.
REPORTED_EXTENSIONS: tuple[str, ...] = (
    ".ofd", ".doc", ".docx", ".wps", ".rtf", ".xls", ".xlsx", ".et", ".ppt", ".pptx",
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".rar", ".7z",
)  # fmt: skip

# Labels of the Chinese encodings that need a wider codec: GB2312 and GBK texts routinely contain
# characters outside their declared set (生僻字 in names), which GB18030 decodes. The one table for
# a page's declared charset (text/html.py) and for --encoding (below).
CHARSET_ALIASES: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",  # GB18030 decodes every GBK byte sequence the same way, and more
    "cp936": "gb18030",
    "x-gbk": "gb18030",
    "gb-2312-80": "gb18030",  # gb_2312-80 (names are compared with _ as -)
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "iso-ir-58": "gb18030",
    "big5-hkscs": "big5hkscs",
}

# The encodings gazettes come in, as users may name them for --encoding, mapped to the codec we
# really use. Anything else (latin-1, cp1252, shift_jis …) is refused: it would decode any byte
# string into mojibake without an error.
ENCODING_ALIASES = {
    **CHARSET_ALIASES,
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16",  # with a byte-order mark
    "utf-16-le": "utf-16-le",
    "utf-16le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "utf-16be": "utf-16-be",
    "utf-32": "utf-32",
    "gb18030": "gb18030",
    "big5": "big5hkscs",  # a superset of Big5 and cp950 as Hong Kong and Taiwan sites write it
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
}
# The names listed in the error for a refused --encoding.
ENCODING_NAMES = (
    "utf-8",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "gb18030",
    "gbk",
    "gb2312",
    "big5",
    "big5hkscs",
)


def encoding_name(encoding: str) -> str:
    """The name of a --encoding as the user meant it (``GBK`` → ``gbk``), before aliasing."""
    return encoding.strip().lower().replace("_", "-")


def codec_for(encoding: str) -> str:
    """The codec that decodes a --encoding; DecodeError listing the accepted names otherwise."""
    codec = ENCODING_ALIASES.get(encoding_name(encoding))
    if codec is None:
        raise DecodeError(f"unsupported encoding: {encoding}; use one of: {', '.join(ENCODING_NAMES)}")
    return codec


# Characters written the same in Simplified and Traditional script and frequent in official
# text: right decodings are full of them, wrong ones (GB bytes read as Big5 or the reverse)
# almost never hit them.
_COMMON = frozenset(
    "的一是在不了有和人中大上以要地出就分成可主年同工也能下子而方多定行法所民得十三之等部度家力如水化高自二"
    "理起小物加都制使本去把性好合其然前外天政四日社事平形相全表重新内正心月公作生府市省各二五六七八九百千万"
    "工作建设管理服务保障提高加强推进落实实施完善制定组织部门单位情况有关规定要求负责开展"
)
_COMMON_RE = LazyPattern("[" + "".join(sorted(_COMMON)) + "]")


_CONTROL_RE = compile_re("[\x00-\x08\x0e-\x1f]")
_CJK_RE = compile_re("[\u3400-\U0002ffff]")
# What a text is made of: ASCII letters, digits, punctuation and spacing, CJK and full-width
# punctuation (，。、：（）〔〕), common characters. A wrong byte order turns ASCII into U+xx00
# characters and CJK into other, rarely common ones.
_TEXTLIKE_RE = LazyPattern("[\t\n\r\x20-\x7e\u2010-\u2027\u3000-\u303f\uff00-\uffef" + "".join(sorted(_COMMON)) + "]")


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    return len(_CONTROL_RE.findall(sample)) / max(1, len(sample))


def _common_ratio(text: str) -> float:
    sample = text[:20000]
    cjk = len(_CJK_RE.findall(sample))
    return len(_COMMON_RE.findall(sample)) / cjk if cjk else 0.0


def _textlike_ratio(text: str) -> float:
    sample = text[:4096]
    return len(_TEXTLIKE_RE.findall(sample)) / max(1, len(sample))


def _gb2312_share(text: str) -> float:
    """Share of the CJK characters of a GB18030 reading that GB2312 has (ASCII aside)."""
    sample = text[:20000]
    cjk = len(_CJK_RE.findall(sample))
    outside = len(sample) - len(sample.encode("gb2312", "ignore").decode("gb2312"))
    return 1 - outside / cjk if cjk else 1.0


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """(text, codec) when ``data`` reads as UTF-16 text in one byte order, else None."""
    head = data[:8192]
    (score, codec), (other, _) = sorted(
        ((_textlike_ratio(head.decode(codec, "replace")), codec) for codec in ("utf-16-le", "utf-16-be")), reverse=True
    )
    if score < 0.25 or score < 2 * other:  # not text, or no clear byte order
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return (text, codec) if _control_ratio(text) <= 0.05 else None


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, codec_used)``. Raise DecodeError when it cannot.

    ``encoding`` forces one of the encodings gazettes come in (:data:`ENCODING_ALIASES`)."""
    if encoding:
        codec = codec_for(encoding)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"input is not valid {encoding} (byte {exc.start})") from None
        return text.removeprefix("\ufeff"), codec

    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff"), codec
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"input starts with a {codec} byte-order mark but is not valid {codec} (byte {exc.start})"
                ) from None

    if b"\x00" in data[:4096]:
        found = _bomless_utf16(data) if len(data) % 2 == 0 else None
        if found:
            return found
        raise DecodeError("input looks binary (it contains NUL bytes), not text")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        failures = [f"not UTF-8 (byte {exc.start})"]
    else:
        return text, "utf-8"
    candidates: list[tuple[float, float, str, str]] = []
    for codec, label in (("gb18030", "GB18030"), ("big5hkscs", "Big5")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            failures.append(f"not {label} (byte {exc.start})")
            continue
        # on equal common ratios: GB wins unless its reading is mostly outside GB2312
        tie_break = (1.0 if _gb2312_share(text) >= 0.5 else -1.0) if codec == "gb18030" else 0.0
        candidates.append((_common_ratio(text), tie_break, codec, text))
    if not candidates:
        raise DecodeError(
            f"input is not text in a supported encoding: {', '.join(failures)}; use --encoding to force one"
        )
    _score, _, codec, text = max(candidates)
    if _control_ratio(text) > 0.05:
        raise DecodeError("input decodes only to control characters; it is probably binary, not text")
    return text, codec


#: Largest input read, in bytes (``--max-size``): ``parse``, ``text``, ``batch`` and the library stop
#: reading there, so that ``/dev/zero``, an endless pipe or a zip bomb cannot fill the memory.
DEFAULT_MAX_SIZE = 200 * 1024 * 1024
_CHUNK = 1 << 20


def read_capped(handle: IO[bytes], limit: int) -> bytes | None:
    """Read a stream in chunks: its bytes, or ``None`` once it holds more than ``limit`` of them
    (the reading stops there; the caller names the error)."""
    chunks: list[bytes] = []
    total = 0
    while chunk := handle.read(min(_CHUNK, limit + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return None
    return b"".join(chunks)


def too_large_message(name: str, limit: int) -> str:
    return f"{name} is larger than the {limit / 1048576:g} MB limit (--max-size)"


def read_stream(handle: IO[bytes], name: str, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """A stream's bytes (standard input), at most ``max_size`` of them, else :class:`InputError`."""
    data = read_capped(handle, max_size)
    if data is None:
        raise InputError(too_large_message(name, max_size))
    return data


def read_input(path: str | os.PathLike[str], *, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """Read a file's bytes, at most ``max_size`` of them, turning OS errors into one clear
    :class:`InputError`. A device or a pipe is read too (``parse <(zcat x.gz)``), within the limit."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            return read_stream(handle, name, max_size)
    except FileNotFoundError:
        raise InputError(f"no such file: {name}") from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a file: {name} (use 'gazette-extract batch' for folders)") from None
    except PermissionError:
        raise InputError(f"permission denied: {name}") from None
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None
