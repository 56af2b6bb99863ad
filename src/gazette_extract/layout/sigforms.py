"""Signature (落款) forms that the block classifier reads after a small rewrite.

* a seal's place printed after the issuing body, on its line: 某某省应急管理厅（公章） /
  某某县财政局【盖章】 / 某某市人民政府(印): the body is the signature, the mark nothing;
* a signature date broken over two lines by a narrow column or a converter: 2024年5月 / 20日,
  2024年 / 5月20日, 二〇二四年五月 / 二十日: one date line.

Both are pure, linear in their input and keep the source line numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .._pattern_cache import compile_re
from ..grammars.dates import is_date_line
from ..text.normalize import Para
from ..vocab.numerals import CN_ORDINALS

# 某某省应急管理厅（公章）: a seal's place in brackets after an issuing body (each of joint bodies
# side by side: 某某市财政局（公章）　某某市审计局（公章）); 某某县人民政府办公室（代章）: an office
# sealing for its government
SEAL_MARK_RE = compile_re(
    r"[\s\u3000]*[（(\[【〔][\s\u3000]*(?:印章|盖章|公章|签章|签字盖章|签名盖章|代章|章|印)[\s\u3000]*[）)\]】〕](?=[\s\u3000]|$)"
)
_SEAL_CLOSERS = ("）", ")", "]", "】", "〕")

_CN_DIGITS = f"〇○零Oo0０{CN_ORDINALS}"  # 二0二四年: the digit 0 typed for 〇
# 2024年5月 / 二〇二四年五月 / 2024年: the first line of a broken date (no 日)
DATE_HEAD_RE = compile_re(
    rf"^(?:(?:19|20)\d{{2}}|[{_CN_DIGITS}]{{4}})[\s\u3000]*年(?:[\s\u3000]*(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})[\s\u3000]*月)?$"
)
# 20日 / 5月20日 / 二十日: its second line
DATE_TAIL_RE = compile_re(
    rf"^(?:(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})[\s\u3000]*月[\s\u3000]*)?(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})[\s\u3000]*日$"
)
# 6月: the middle line of a date broken over three (2019年 / 6月 / 1日)
MONTH_ALONE_RE = compile_re(rf"^(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})[\s\u3000]*月$")
_DATE_PART_MAX = 12  # the longest head or tail: 二〇二四年十二月 with spaces


def strip_seal(text: str) -> str | None:
    """The body (or bodies) without their seal marks (某某省应急管理厅（公章） → 某某省应急管理厅;
    某某市财政局（公章）　某某市审计局（公章） → 某某市财政局 某某市审计局), else None (no mark, or
    nothing but a mark)."""
    if not text.endswith(_SEAL_CLOSERS) or ("章" not in text and "印" not in text):
        return None
    bare = " ".join(SEAL_MARK_RE.sub(" ", text).split())
    return bare if bare and bare != text else None


def join_split_dates(paras: Iterable[Para]) -> Iterator[Para]:
    """The paragraphs, a date broken over two adjacent lines joined into one (exactly one 月
    between the two parts, and the whole a date line), or over three (2019年 / 6月 / 1日)."""
    held: Para | None = None
    middle: Para | None = None  # 6月 under a held 2019年, waiting for its day
    for para in paras:
        if held is not None:
            head, held = held, None
            text = para.text
            adjacent = para.line - (middle or head).end_line <= 1
            if (
                middle is None
                and adjacent
                and "月" not in head.text
                and len(text) <= _DATE_PART_MAX
                and MONTH_ALONE_RE.match(text)
            ):
                held, middle = head, para  # 2019年 / 6月: the day may follow
                continue
            first = head.text + (middle.text if middle is not None else "")
            if (
                len(text) <= _DATE_PART_MAX
                and adjacent
                and DATE_TAIL_RE.match(text)
                and ("月" in first) != ("月" in text)
                and is_date_line(joined := first + text)
            ):
                middle = None
                yield Para(joined, head.line, para.end_line, head.level, head.standalone)
                continue
            yield head
            if middle is not None:
                yield middle
                middle = None
        if len(para.text) <= _DATE_PART_MAX and para.text[-1:] in "年月" and DATE_HEAD_RE.match(para.text):
            held = para
            continue
        yield para
    if held is not None:
        yield held
    if middle is not None:
        yield middle


# 签发人：张三 / 签发人：张三　李四: the signers' line a red head prints beside or under its number,
# between the number and the title when a page or converter puts it on a line of its own
SIGNER_LINE_RE = compile_re(
    r"^签[\s\u3000]*发[\s\u3000]*人[\s\u3000]*[:：][\s\u3000]*(?:\S{2,4}(?:[\s\u3000]+|$)){1,4}$"
)


def is_signer_line(text: str) -> bool:
    """签发人：张三 alone on a line (nothing else: no number, no title)."""
    return text.startswith("签") and len(text) <= 30 and SIGNER_LINE_RE.match(text) is not None
