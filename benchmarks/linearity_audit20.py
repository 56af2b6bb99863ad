"""audit20: 10x-input timing for the round's new and changed patterns and loops under adversarial input — long runs
of the characters a pattern repeats, many near-matches, one very long line, thousands of lines (ratio near 10 =
linear).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_audit20.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.layout import fields as F
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import common as M
from gazette_extract.records.appointments import news as NW
from gazette_extract.text import normalize as N

cases: dict[str, Callable[[int], object]] = {
    # text.normalize: a tool's label between rules (vocab.heads.TOOL_LABEL_PATTERN)
    "TOOL_LABEL_RE, one long run of rules": lambda n: N.TOOL_LABEL_RE.match("—" * (50 * n) + "分享"),
    "TOOL_LABEL_RE, label + long spaces": lambda n: N.TOOL_LABEL_RE.match("—分享" + " " * (50 * n) + "x"),
    "TOOL_LABEL_RE, n lines": lambda n: [N.TOOL_LABEL_RE.match("——分享——") for _ in range(n)],
    "split_paragraphs, n labels over n titles": lambda n: N.split_paragraphs(
        "—分享—\n\n关于做好防汛工作的通知\n\n" * n
    ),
    # layout.fields: recipients withheld, attachments' buttons and run-on sentences
    "_NOT_RECIPIENT_RE, one long item of digits": lambda n: F._not_a_recipient("1234" * (50 * n)),
    "_NOT_RECIPIENT_RE, one long unit name": lambda n: F._not_a_recipient("各乡镇人民政府" * (50 * n)),
    "_att_title, long name + button": lambda n: F._att_title("名单" * (50 * n) + "（点击下载）"),
    "_att_title, run of brackets and spaces": lambda n: F._att_title("（ " * (50 * n) + "下"),
    "_att_title, run of 点击": lambda n: F._att_title("点击" * (50 * n)),
    # records.appointments: inserts, attributives, committee seats, former-and-new pairs
    "_POST_INSERT_RE, run of [": lambda n: M._POST_INSERT_RE.sub("", "[" * (50 * n) + "局长"),
    "_POST_INSERT_RE, n inserts": lambda n: M._POST_INSERT_RE.sub("", "[广告]局长" * (50 * n)),
    "_NEW_BODY_RE, long post": lambda n: M._NEW_BODY_RE.sub("", "新设的" + "局" * (50 * n)),
    "_inherit_organizations, n posts after a seat": lambda n: M._inherit_organizations(
        ["公司董事", "发展战略委员会委员"] + ["总经理", "薪酬委员会委员"] * n
    ),
    "_new_holder, long clause after 原、": lambda n: NW._new_holder("原、新任" + "局长" * (50 * n), ()),
    "pipeline, n pairs 原、新任 lines": lambda n: extract_str("县财政局原、新任局长张三、李四进行了交接。\n" * n),
    "pipeline, n resignations after a committee seat": lambda n: extract_str(
        "张其亚先生提请辞去公司董事、发展战略委员会委员、总经理职务。\n" * n
    ),
    "pipeline, n notices with sentence recipients": lambda n: extract_str(
        (
            "某某县人民政府关于做好防汛工作的通知\n\n为贯彻落实《办法》（以下简称《办法》），提出以下意见：\n\n"
            "一、加强领导。\n\n某某县人民政府\n\n2020年6月1日\n\n"
        )
        * n
    ),
}

if __name__ == "__main__":
    report(cases, 200)
