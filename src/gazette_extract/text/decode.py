"""Stage 1: bytes → str, with the encoding recorded.

Order of attempts, and why:
1. a BOM decides (UTF-8, UTF-16 LE/BE) — it is the only unambiguous signal;
2. strict UTF-8 — what almost every modern converter writes; GBK text is practically never
   valid UTF-8, so a clean UTF-8 decode is trustworthy;
3. strict GB18030 — a superset of GBK and GB2312, the encodings of older Chinese government
   sites and Windows tools — or Big5 (Traditional-character sites): most byte pairs are valid
   in both, so when both decode, the one whose text is made of common Chinese characters wins;
4. UTF-16 without a BOM, but only when the NUL-byte pattern says so (ASCII-range characters
   leave every other byte zero).
Anything else is an error, never mojibake: a wrong guess would silently corrupt every field.
"""

from __future__ import annotations

import codecs
import os
import re

from ..errors import DecodeError, InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
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

# Names users may give to --encoding, mapped to the codec we really use.
ENCODING_ALIASES = {
    "gbk": "gb18030",  # GB18030 decodes every GBK byte sequence the same way, and more
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "utf8": "utf-8",
    "big5": "big5hkscs",  # a superset of Big5 and cp950 as Hong Kong and Taiwan sites write it
    "cp950": "big5hkscs",
}

# Characters written the same in Simplified and Traditional script and frequent in official
# text: right decodings are full of them, wrong ones (GB bytes read as Big5 or the reverse)
# almost never hit them.
_COMMON = frozenset(
    "的一是在不了有和人中大上以要地出就分成可主年同工也能下子而方多定行法所民得十三之等部度家力如水化高自二"
    "理起小物加都制使本去把性好合其然前外天政四日社事平形相全表重新内正心月公作生府市省各二五六七八九百千万"
    "工作建设管理服务保障提高加强推进落实实施完善制定组织部门单位情况有关规定要求负责开展"
)
_COMMON_RE = re.compile("[" + "".join(sorted(_COMMON)) + "]")


def _looks_like_bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    # Every ASCII character (newline, digit, punctuation) puts a NUL in the high byte of its
    # code unit; a NUL in the low byte would need a character U+xx00, which text rarely has.
    need = max(2, half * 0.02)
    if odd_nul >= need and even_nul <= odd_nul * 0.05:
        return "utf-16-le"
    if even_nul >= need and odd_nul <= even_nul * 0.05:
        return "utf-16-be"
    return None


_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f]")
_CJK_RE = re.compile("[\u3400-\U0002ffff]")


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    return len(_CONTROL_RE.findall(sample)) / max(1, len(sample))


def _common_ratio(text: str) -> float:
    sample = text[:20000]
    cjk = len(_CJK_RE.findall(sample))
    return len(_COMMON_RE.findall(sample)) / cjk if cjk else 0.0


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding_used)``. Raise DecodeError when it cannot."""
    if encoding:
        codec = ENCODING_ALIASES.get(encoding.lower().replace("_", "-"), encoding)
        try:
            codecs.lookup(codec)
        except LookupError:
            raise DecodeError(f"unknown encoding: {encoding}") from None
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"input is not valid {encoding} (byte {exc.start})") from None
        return text.removeprefix("\ufeff"), codec

    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff"), codec
            except UnicodeDecodeError as exc:
                raise DecodeError(f"input starts with a {codec} byte-order mark but is not valid {codec} (byte {exc.start})") from None

    if b"\x00" in data[:4096]:
        codec = _looks_like_bomless_utf16(data)
        if codec:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                pass
            else:
                if _control_ratio(text) <= 0.05:
                    return text, codec
        raise DecodeError("input looks binary (it contains NUL bytes), not text")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, "utf-8"
    candidates: list[tuple[float, str, str]] = []
    first_error = None
    for codec in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            first_error = first_error if first_error is not None else exc.start
            continue
        candidates.append((_common_ratio(text), codec, text))
    if not candidates:
        raise DecodeError(
            f"input is neither UTF-8, GB18030/GBK, Big5 nor UTF-16 (undecodable byte at offset {first_error}); "
            "use --encoding to force one"
        )
    score, codec, text = max(candidates)  # ties go to gb18030 ('g' > 'b' as the tie-break)
    if _control_ratio(text) > 0.05:
        raise DecodeError("input decodes only to control characters; it is probably binary, not text")
    return text, codec


def read_input(path: str | os.PathLike[str]) -> bytes:
    """Read a file's bytes, turning OS errors into one clear :class:`InputError`."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(f"no such file: {name}") from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a file: {name} (use 'gazette-extract batch' for folders)") from None
    except PermissionError:
        raise InputError(f"permission denied: {name}") from None
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None
