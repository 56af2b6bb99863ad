"""Stage 1: bytes → str, with the encoding recorded.

Order of attempts, and why:
1. a BOM decides (UTF-8, UTF-16 LE/BE) — it is the only unambiguous signal;
2. strict UTF-8 — what almost every modern converter writes; GBK text is practically never
   valid UTF-8, so a clean UTF-8 decode is trustworthy;
3. strict GB18030 — a superset of GBK and GB2312, the encodings of older Chinese government
   sites and Windows tools;
4. UTF-16 without a BOM, but only when the NUL-byte pattern says so (ASCII-range characters
   leave every other byte zero).
Anything else is an error, never mojibake: a wrong guess would silently corrupt every field.
"""

from __future__ import annotations

import codecs
import os

from .errors import DecodeError, InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Names users may give to --encoding, mapped to the codec we really use.
ENCODING_ALIASES = {
    "gbk": "gb18030",  # GB18030 decodes every GBK byte sequence the same way, and more
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "utf8": "utf-8",
}


def _looks_like_bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    # CJK text has few NULs, but newlines/digits/ASCII punctuation put one in every code unit.
    if odd_nul > half * 0.2 and even_nul == 0:
        return "utf-16-le"
    if even_nul > half * 0.2 and odd_nul == 0:
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text[:8192] if ch < " " and ch not in "\t\n\r\f\v")
    return bad / max(1, min(len(text), 8192))


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
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
        raise DecodeError("input looks binary (it contains NUL bytes), not text")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, "utf-8"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"input is neither UTF-8, GB18030/GBK nor UTF-16 (undecodable byte at offset {exc.start}); "
            "use --encoding to force one"
        ) from None
    if _control_ratio(text) > 0.05:
        raise DecodeError("input decodes only to control characters; it is probably binary, not text")
    return text, "gb18030"


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
