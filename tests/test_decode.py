"""decode: every supported encoding is detected and recorded; nothing decodes to mojibake."""

from __future__ import annotations

import codecs

import pytest

from gazette_extract.errors import DecodeError
from gazette_extract.text.decode import decode_bytes

TEXT = "北京市平谷区人民政府关于印发《平谷区2021年为民办实事工程》的通知\n京平政发〔2021〕1号\n各乡镇人民政府、街道办事处：\n"
TRADITIONAL = "北京市平谷區人民政府關於印發《平谷區2021年為民辦實事工程》的通知\n京平政發〔2021〕1號\n各鄉鎮人民政府、街道辦事處：\n"

CASES = [
    ("utf-8", TEXT.encode("utf-8"), TEXT, "utf-8"),
    ("utf-8-bom", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),
    ("gbk", TEXT.encode("gbk"), TEXT, "gb18030"),
    ("gb2312", TEXT.encode("gb2312"), TEXT, "gb18030"),
    ("gb18030", TEXT.encode("gb18030"), TEXT, "gb18030"),
    ("utf-16-le-bom", TEXT.encode("utf-16"), TEXT, "utf-16"),
    ("utf-16-be-bom", b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT, "utf-16"),
    ("utf-16-le-no-bom", TEXT.encode("utf-16-le"), TEXT, "utf-16-le"),
    ("big5", TRADITIONAL.encode("big5"), TRADITIONAL, "big5hkscs"),
    ("gbk-traditional", TRADITIONAL.encode("gbk"), TRADITIONAL, "gb18030"),
    ("ascii", b"hello\n", "hello\n", "utf-8"),
    ("empty", b"", "", "utf-8"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_detects(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_case_ids_are_unique():
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",  # a PNG
        b"\x00\x01\x02\x03\x04\x05" * 50,  # binary
        bytes(range(0x80, 0x100)) * 4,  # no supported encoding decodes every byte
        b"\xef\xbb\xbf\xff\xfe\xfd",  # a UTF-8 BOM in front of bytes that are not UTF-8
    ],
    ids=["png", "binary", "undecodable", "bad-after-bom"],
)
def test_refuses_what_is_not_text(data):
    with pytest.raises(DecodeError):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("name", "codec"),
    [("gbk", "gb18030"), ("GB2312", "gb18030"), ("utf8", "utf-8"), ("big5", "big5hkscs"), ("utf-16", "utf-16")],
)
def test_forced_encoding_names(name, codec):
    assert decode_bytes("通知".encode(codec), name) == ("通知", codec)


def test_forced_encoding_that_does_not_fit_is_an_error():
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode_bytes(TEXT.encode("gbk"), "utf-8")


def test_unknown_encoding_name_is_an_error():
    with pytest.raises(DecodeError, match="unsupported encoding"):
        decode_bytes(b"x", "klingon")


# Issue 15 bug 2, issue 16 item 21: bugs caught by the CLI sweeps. Each failed before its fix.
CJK_ZERO = "一、开展工作\n一是开好会\n"  # 一 U+4E00 and 开 U+5F00 have a zero byte in UTF-16
BUGS_CAUGHT = [
    ("utf-16-le-no-bom-cjk-zero-bytes", CJK_ZERO.encode("utf-16-le"), CJK_ZERO, "utf-16-le"),
    ("utf-16-be-no-bom-cjk-zero-bytes", CJK_ZERO.encode("utf-16-be"), CJK_ZERO, "utf-16-be"),
    ("utf-16-be-no-bom", TEXT.encode("utf-16-be"), TEXT, "utf-16-be"),
    ("utf-32-le-bom", TEXT.encode("utf-32"), TEXT, "utf-32"),
    ("utf-32-be-bom", codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), TEXT, "utf-32"),
    ("big5-hkscs-only-short", "冇嘢".encode("big5hkscs"), "冇嘢", "big5hkscs"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), [c[1:] for c in BUGS_CAUGHT], ids=[c[0] for c in BUGS_CAUGHT])
def test_detects_bugs_caught(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_undecodable_input_says_where_utf8_failed():
    data = "通知".encode() + b"\xff" + "通知".encode("gbk") + b"\x80\xff"
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data)
    assert "not UTF-8 (byte 6)" in str(caught.value)
    assert "not GB18030 (byte" in str(caught.value)


@pytest.mark.parametrize("name", ["latin-1", "cp1252", "ascii", "utf-7", "shift_jis"])
def test_only_gazette_encodings_may_be_forced(name):
    with pytest.raises(DecodeError, match=r"unsupported encoding: .*; use one of: utf-8, utf-16, .*gbk.*big5"):
        decode_bytes("通知".encode(), name)


@pytest.mark.parametrize("label", ["gbk", "GB2312", "x-gbk", "gb_2312-80", "cp936", "chinese"])
def test_one_charset_table_for_pages_and_encoding_option(label):
    """A page's declared charset and --encoding read the same label with the same codec
    (text/decode.py's CHARSET_ALIASES): a GB label is read as GB18030, which has 生僻字 like 镕."""
    from gazette_extract.text.decode import codec_for
    from gazette_extract.text.html import decode_html

    body = "朱镕基".encode("gb18030")
    page = f'<meta charset="{label}"><p>'.encode() + body
    assert codec_for(label) == "gb18030"
    assert decode_html(page) == (f'<meta charset="{label}"><p>朱镕基', "gb18030")


def test_pages_and_texts_share_the_bom_table():
    from gazette_extract.text import decode, html

    assert set(html._BOMS) < set(decode.BOMS)  # a page may carry only UTF-8 and UTF-16 BOMs
    assert html.decode_html(codecs.BOM_UTF16_LE + "公报".encode("utf-16-le")) == ("公报", "utf-16")
