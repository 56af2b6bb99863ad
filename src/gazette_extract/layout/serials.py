"""The serial line under a decree's or an announcement's title (令 / 公告), in the forms printed:

* 第3号 / 第 125 号 / （第3号） / (第12号): a serial in Arabic figures, bare or in brackets;
* 第三号 / （第十二号）: in Chinese numerals (人大常委会公告 print them so);
* 2023年第5号: a ministry's decree numbered by year (中华人民共和国某某部令 / 2023年第5号);
* 〔十四届〕第12号: an announcement numbered by the congress's term.

``serial_line`` reads one; ``decree_number`` makes the decree's number of it (the title's body + the
serial, as 国令第707号 is written). An announcement's serial is no 文号 of the announcement itself: it
opens the document, whose number stays empty. But rules promulgated by an announcement carry its number
(as a law database's 发文字号 prints it): ``promulgation_number`` finds the head and its serial on two
lines under the rules' title (某某条例 / （…会议通过） / 某某省人民代表大会常务委员会公告 / 第28号) and
``announcement_number`` makes 某某省人民代表大会常务委员会公告第28号 of them.
"""

from __future__ import annotations

from .._pattern_cache import compile_re
from ..data import DocNumber
from ..grammars.dates import cn_to_int
from ..grammars.docnumber import order_agency
from ..vocab.common import CJK, compact
from ..vocab.docnumber import ORDER_SERIES_WITHOUT_YEAR
from ..vocab.numerals import CN_ORDINALS

SERIAL_LINE_RE = compile_re(
    r"^(?:[〔\[【](?P<term>[^〕\]】]{1,8})[〕\]】][\s\u3000]*)?[（(]?[\s\u3000]*"
    r"(?:(?P<year>(?:19|20)\d{2})[\s\u3000]*年[\s\u3000]*)?"
    rf"第[\s\u3000]*(?P<n>\d{{1,5}}|[{CN_ORDINALS}百〇零]{{1,6}})[\s\u3000]*号[\s\u3000]*[）)]?$"
)
_SERIAL_MAX = 24  # 〔十四届〕第一百二十三号 with spaces and brackets


def serial_line(text: str) -> tuple[str | None, int | None, int] | None:
    """(term, year, serial) of a serial line (〔十四届〕第12号 → ('十四届', None, 12)), else None."""
    if len(text) > _SERIAL_MAX or "第" not in text or not text.rstrip().endswith(("号", "）", ")")):
        return None
    m = SERIAL_LINE_RE.match(text.strip())
    if m is None:
        return None
    n = m.group("n")
    serial = int(n) if n.isdigit() else cn_to_int(n)
    if not serial:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return m.group("term"), year, serial


_GOVERNMENT = "人民政府"
_DECREE_BODY_MIN = 5  # 沈阳市人民政府令 (8); 某市政府令 (5); shorter is no body's decree head


def _decree_body(title: str) -> str:
    """The decree head a title ends with, without a government's name glued before it (a law database's
    names line run into the head: 辽宁省沈阳市人民政府沈阳市人民政府令 → 沈阳市人民政府令); the title
    itself when it names one body (广西壮族自治区人民政府令, 中华人民共和国国务院令)."""
    cut = title.find(_GOVERNMENT) + len(_GOVERNMENT)
    rest = title[cut:] if cut >= len(_GOVERNMENT) else ""
    return rest if len(rest) >= _DECREE_BODY_MIN and "政府" in rest else title


# The heads whose serial line numbers them: a decree (令) and an announcement (公告, 通告) of a body
SERIAL_HEADS = ("令", "公告", "通告")
_ANNOUNCEMENT_HEADS = ("公告", "通告")


def decree_number(title: str, line: str) -> DocNumber | None:
    """某某市人民政府令 / （第三号） → 某某市人民政府令第3号; 某某部令 / 2023年第5号 → 某某部令2023年第5号.
    Only under a title ending in 令, and never with a congress term (that is an announcement's)."""
    found = serial_line(line) if title.endswith("令") else None
    if found is None or found[0] is not None:
        return None
    _, year, serial = found
    agency = order_agency(_decree_body(title))  # 中华人民共和国国务院令 → 国令 (one number however it is printed)
    text = (
        f"{agency}{year}年第{serial}号" if year and agency not in ORDER_SERIES_WITHOUT_YEAR else f"{agency}第{serial}号"
    )
    return DocNumber(text=text, raw=title + line.strip(), agency=agency, year=year, serial=serial)


def announcement_number(title: str, line: str) -> DocNumber | None:
    """某某省人民代表大会常务委员会公告 / 第二十八号 → 某某省人民代表大会常务委员会公告第28号 (the body's name is
    the agency, as a law database's 发文字号 prints it); a congress term keeps its bracket (全国人民代表大会
    常务委员会公告〔十四届〕第5号) and a year its 年 (某某部公告2019年第3号). The number that rules
    promulgated by the announcement carry: the announcement itself, a document of its own, keeps none
    (its serial opens it)."""
    found = serial_line(line) if title.endswith(_ANNOUNCEMENT_HEADS) else None
    if found is None:
        return None
    term, year, serial = found
    middle = f"〔{term}〕" if term else f"{year}年" if year else ""
    return DocNumber(
        text=f"{title}{middle}第{serial}号", raw=title + line.strip(), agency=title, year=year, serial=serial
    )


def opens_with_serial(title: str, line: str) -> bool:
    """A decree's or an announcement's title over its serial line (某某省人大常委会公告 / 第12号)."""
    return title.endswith(SERIAL_HEADS) and serial_line(line) is not None


# A body's decree or announcement alone on its line: 某某省人民代表大会常务委员会公告, 某某市人民政府令
# (通知公告 / 政务公告, a column's name, is no body's: the head needs a body's name before it; a
# sentence's words — 根据, 关于, 的, punctuation — are no part of a name)
_PROMULGATION_HEAD_RE = compile_re(
    rf"^(?!根据|依据|依照|按照|经)(?:(?!关于|的)[{CJK}]){{2,40}}"
    r"(?:人民代表大会常务委员会|人大常委会|人民政府|政府|委员会|部|局|院|厅)(?:公告|通告|令)$"
)
PROMULGATION_WINDOW = 4  # lines under a rules' title: its adoption line, the head, the serial


# the head and its serial on one line: 深圳市人民代表大会常务委员会公告 (第十七号) / …公告第28号
_HEAD_WITH_SERIAL_RE = compile_re(
    r"^(?P<head>.{4,48}?(?:公告|通告|令))(?P<serial>[〔\[【（(]?[^〔\[【（(]{0,12}号[）)]?)$"
)


def promulgation_head(line: str, below: str | None) -> tuple[DocNumber, bool] | None:
    """A body's decree or announcement head with its serial — on its own line over the serial line
    (某某省人民代表大会常务委员会公告 / 第二十八号) or with the serial after it (…公告 (第十七号)): its number,
    and whether the serial line below was used; else None."""
    title = compact(line)
    if _PROMULGATION_HEAD_RE.match(title):
        if below is not None and (number := decree_number(title, below) or announcement_number(title, below)):
            return number, True
        return None
    m = _HEAD_WITH_SERIAL_RE.match(title)
    if m is None or not _PROMULGATION_HEAD_RE.match(head := m.group("head")):
        return None
    number = decree_number(head, m.group("serial")) or announcement_number(head, m.group("serial"))
    return (number, False) if number is not None else None


def promulgation_number(lines: list[str]) -> DocNumber | None:
    """The number of the decree or announcement that promulgates rules, printed as a head and its serial on
    two lines among the first lines under the rules' title (听证条例 / 深圳市人民代表大会常务委员会公告 /
    第三十七号 → 深圳市人民代表大会常务委员会公告第37号), else None."""
    window = lines[:PROMULGATION_WINDOW]
    for k, line in enumerate(window):
        if (found := promulgation_head(line, window[k + 1] if k + 1 < len(window) else None)) is not None:
            return found[0]
    return None
