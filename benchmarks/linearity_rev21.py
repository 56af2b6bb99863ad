"""rev21: hostile 10x-input timing for session 21's merged rounds (issues21, titles23, dates21, apages21) and rev21's
own changes, on inputs the rounds' own scripts did not try.

Each pattern or loop on the input that repeats what it reads — runs of separators, marks, brackets, keys, digits,
、-lists, nested brackets, a 100 KB line, many near-matches — and the pipeline on whole pages built so. Ratio near 10 =
linear; near 1 = bounded (fails fast, or a length gate); near 100 = quadratic.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_rev21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.layout import blocks as B
from gazette_extract.layout import chrome as CH
from gazette_extract.layout import fields as F
from gazette_extract.layout import metadata as MD
from gazette_extract.layout import recognize as R
from gazette_extract.layout.blocks import PARAGRAPH, Block
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import common as M
from gazette_extract.records.appointments import sessions as S
from gazette_extract.text import normalize as N

KB = 1000  # characters per unit of n in the one-line cases: n = 10 gives a 10 KB line, 10n a 100 KB one
HEAD = "某某县人民政府关于做好工作的通知\n\n各乡镇人民政府：\n\n"


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(PARAGRAPH, t, k, k) for k, t in enumerate(texts)]


_DATED: dict[int, list[Block]] = {}


def _dated_blocks(count: int) -> list[Block]:
    """``count`` paragraphs that close on a run-on date, one signature date last (built once per size)."""
    if count not in _DATED:
        _DATED[count] = _blocks(["请认真贯彻执行。2019年6月3日"] * count + ["某某县人民政府", "2019年7月1日"])
    return _DATED[count]


_COPIES: dict[int, list[Block]] = {}


def _copies(count: int) -> list[Block]:
    """``count`` title copies, each over a names line and prose (no serial under it: the walk reads every one)."""
    if count not in _COPIES:
        _COPIES[count] = _blocks(["某某规定", "某某县人民政府", "正文"] * count)
    return _COPIES[count]


cases: dict[str, Callable[[int], object]] = {
    # dates21: marks between a signature and its date, a weekday after it, a date run on after a closing
    "_SIGNATURE_DATE_MARK_RE, alternating / and 2": lambda n: B._SIGNATURE_DATE_MARK_RE.findall("/ 2" * (KB * n)),
    "_SIGNATURE_DATE_MARK_RE, ｜ + blanks, no date": lambda n: B._SIGNATURE_DATE_MARK_RE.search(
        "｜" + "\u3000" * KB * n
    ),
    "_CLOSING_THEN_DATE_RE, closing + 12 chars runs": lambda n: F._CLOSING_THEN_DATE_RE.search(
        ("特此通知" + "甲" * 12) * (KB // 16 * n) + "。2019年"
    ),
    "_first_signed_pair, 1000n run-on dates (rev21)": lambda n: F._first_signed_pair(_dated_blocks(1000 * n)),
    "_DATE_THEN_SIGNER_RE, date + 100n KB of Han": lambda n: F._DATE_THEN_SIGNER_RE.match(
        "2019年3月5日 / " + "某" * (KB * n)
    ),
    "ADOPTED_RE, nested 【（ brackets": lambda n: R.ADOPTED_RE.match("【（" * (KB // 2 * n) + "会议通过）】"),
    "ADOPTED_RE, 【 + 会议 + 通过 runs": lambda n: R.ADOPTED_RE.match("【" + "会议通过" * (KB // 4 * n)),
    # issues21: a file's name opening on its number, a template's slot marks, the names line under a copy
    "_DOCUMENT_FILE_LINE_RE, 号: runs + .pd": lambda n: N._DOCUMENT_FILE_LINE_RE.match("号:" + "号 " * (KB // 2 * n)),
    "_DOCUMENT_FILE_LINE_RE, 100n KB of 号．": lambda n: N._DOCUMENT_FILE_LINE_RE.match("号．" * (KB // 2 * n)),
    "is_template_block, 0 and X runs + a 1": lambda n: MD.is_template_block(
        {"date": "0X" * (KB // 2 * n) + "1日", "doc_number": "〇" * (KB * n) + "号"}
    ),
    "_names_of, 、-list of bodies 100n KB": lambda n: F._names_of(
        Block(PARAGRAPH, "某某县人民政府、" * (KB // 8 * n), 0, 0)
    ),
    "_names_under_title_copy, 1000n copies, none opens": lambda n: F._names_under_title_copy(
        _copies(1000 * n), "某某规定"
    ),
    # titles23: link bars, template marks, spaced unknown keys
    "SITE_LINK_BAR_RE, links + a stray word": lambda n: N.SITE_LINK_BAR_RE.match("返回首页 | " * (KB // 7 * n) + "x"),
    "is_site_chrome, 100n KB link bar": lambda n: CH.is_site_chrome("设为首页｜加入收藏／" * (KB // 10 * n)),
    "TEMPLATE_MARK_RE, dash runs": lambda n: N.TEMPLATE_MARK_RE.match("—" * (KB * n) + "END"),
    "_spaced_unknown_pairs, keys run in a block": lambda n: MD._spaced_unknown_pairs(
        "责任部门 某某局 " + "公开方式 主动公开 " * (KB // 10 * n)
    ),
    "_spaced_unknown_pairs, 100n KB of blanks": lambda n: MD._spaced_unknown_pairs("责任部门" + " " * (KB * n) + "x"),
    # apages21: 选举产生 with people, placeless bodies, level-opened organs, CPPCC named two ways
    "_ELECTION_RE, 选举产生 + 同志 runs": lambda n: C._ELECTION_RE.findall("选举产生" + "同志" * (KB // 2 * n)),
    "_ELECTION_RE, 选举产生 + dotted names": lambda n: C._ELECTION_RE.findall("选举产生阿·" * (KB // 6 * n)),
    "_inherit_organizations, n league posts (rev21)": lambda n: M._inherit_organizations(
        ["共青团某县委书记", "人民政府副县长"] * (100 * n)
    ),
    "_inherit_organizations, n 小区 posts (rev21)": lambda n: M._inherit_organizations(
        ["某某小区党支部书记", "区人大常委会委员"] * (100 * n)
    ),
    "_cppcc_place, 第 and 届 runs": lambda n: S._cppcc_place("政协" + "第一届" * (KB // 3 * n) + "委员"),
    # the pipeline, on whole pages
    "pipeline: 10n run-on dates, then a signature": lambda n: extract_str(
        HEAD + "一、请认真贯彻执行。2019年6月3日\n\n" * (10 * n) + "某某县人民政府\n\n2019年7月1日\n"
    ),
    "pipeline: 100n KB line of / and |": lambda n: extract_str(HEAD + "某某县人民政府 " + "/|" * (KB // 2 * n) + "\n"),
    "pipeline: 100n KB line of 【 and 】": lambda n: extract_str(HEAD + "【" * (KB // 2 * n) + "】" * (KB // 2 * n)),
    "pipeline: 10n marked lines between prose": lambda n: extract_str(
        HEAD + "某某县财政局 | 2019年6月30日\n\n说明文字。\n\n" * (10 * n)
    ),
    "pipeline: 10n marked lines in a body signed below": lambda n: extract_str(
        HEAD + "某某县财政局 | 2019年6月30日\n\n说明文字。\n\n" * (10 * n) + "某某县人民政府\n\n2019年7月1日\n"
    ),
    "pipeline: 100n KB 、-list of bodies + date": lambda n: extract_str(
        HEAD + "某某县人民政府、" * (KB // 8 * n) + "某某县财政局\n\n2019年3月5日\n"
    ),
    "pipeline: one clause of 10n league posts": lambda n: extract_str(
        "张三任" + "、".join(["共青团某县委书记", "人民政府副县长"] * (10 * n)) + "。\n"
    ),
    "pipeline: 10n 于-phrases before verbs": lambda n: extract_str(
        "".join(f"张{chr(0x4E00 + k % 500)}于今年当选为某市政协委员。" for k in range(10 * n)) + "\n"
    ),
    "pipeline: 10n template blocks with keys": lambda n: extract_str(
        "发文日期：中华民国000年00月00日\n发文字号：○○字第0000000000号\n主旨：某某\n\n" * (10 * n)
    ),
    "pipeline: 10n 全文如下 + notice titles": lambda n: extract_str(
        "县政府发布公告，全文如下：\n\n关于加强管理的公告\n\n为加强管理，现公告如下。\n\n" * (10 * n)
    ),
}

if __name__ == "__main__":
    report(cases, 10, repeats=3, width=48)
