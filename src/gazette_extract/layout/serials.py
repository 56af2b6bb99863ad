"""The serial line under a decree's or an announcement's title (令 / 公告), in the forms printed:

* 第3号 / 第 125 号 / （第3号） / (第12号): a serial in Arabic figures, bare or in brackets;
* 第三号 / （第十二号）: in Chinese numerals (人大常委会公告 print them so);
* 2023年第5号: a ministry's decree numbered by year (中华人民共和国某某部令 / 2023年第5号);
* 〔十四届〕第12号: an announcement numbered by the congress's term.

``serial_line`` reads one; ``decree_number`` makes the decree's number of it (the title's body +
the serial, as 国令第707号 is written). An announcement's serial is no 文号: it opens the
document, its number stays empty.
"""

from __future__ import annotations

from .._pattern_cache import compile_re
from ..data import DocNumber
from ..grammars.dates import cn_to_int
from ..grammars.docnumber import order_agency
from ..vocab.docnumber import ORDER_SERIES_WITHOUT_YEAR

SERIAL_LINE_RE = compile_re(
    r"^(?:[〔\[【](?P<term>[^〕\]】]{1,8})[〕\]】][\s\u3000]*)?[（(]?[\s\u3000]*"
    r"(?:(?P<year>(?:19|20)\d{2})[\s\u3000]*年[\s\u3000]*)?"
    r"第[\s\u3000]*(?P<n>\d{1,5}|[一二三四五六七八九十百〇零]{1,6})[\s\u3000]*号[\s\u3000]*[）)]?$"
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


def opens_with_serial(title: str, line: str) -> bool:
    """A decree's or an announcement's title over its serial line (某某省人大常委会公告 / 第12号)."""
    return title.endswith(("令", "公告", "通告")) and serial_line(line) is not None
