"""The lead's class of session 21: a table of proposed posts beside current posts is a change only with a decision
in view (aprec21's question; FORMAT.md: 拟任 is no change).

姓名 | 现任职务 | 拟任职务 is the table of a 任前公示 or of a nomination. Round 6 read any 拟任 column as a decided
change; under a decision (a title deciding posts, a heading verb, a block before the table holding 决定 / 通过 / 批准 /
任免名单) it still is. With none in view its rows give nothing, and the header is named in a ``change-entry-unread``
warning so a user can look.
"""

from __future__ import annotations

import itertools

import opencc
import pytest

from gazette_extract.pipeline import extract_str

A, R = "appoint", "remove"
_S2T = opencc.OpenCC("s2t")

PROPOSED = ("拟任职务", "拟任", "拟任命", "拟任命职务", "拟聘职务")
CURRENT = ("现任职务", "现职", "现任单位及职务", "现工作单位及职务")
LAYOUTS = {
    "pipes": lambda cells: " | ".join(cells),
    "markdown": lambda cells: "| " + " | ".join(cells) + " |",
    "tabs": lambda cells: "\t".join(cells),
}
NEUTRAL_HEADS = (
    "关于干部工作的通知\n",
    "首页 > 通知公告 > 正文\n发布时间：2024-03-01\n",
    "",
)
DECISION_HEADS = (
    "关于张建国等同志职务任免的通知\n",  # a title deciding posts
    "经县人民政府常务会议研究决定：\n",
    "县人大常委会第十次会议通过的任免名单\n",
    "经市委批准，现将有关事项通知如下：\n",
    "任命：\n",  # a heading verb
)


def _table(layout: str, current: str, proposed: str) -> str:
    row = LAYOUTS[layout]
    return "\n".join(
        (
            row(["姓名", current, proposed]),
            row(["张建国", "县财政局副局长", "县财政局局长"]),
            row(["李明华", "县审计局副局长", "县审计局局长"]),
        )
    )


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def _warnings(text: str) -> list[str]:
    result = extract_str(text)
    found = [w["message"] for w in result.get("warnings", [])]
    return found + [w["message"] for d in result["documents"] for w in d.get("warnings", [])]


CASES = list(itertools.product(LAYOUTS, CURRENT, PROPOSED))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("head", NEUTRAL_HEADS)
@pytest.mark.parametrize(("layout", "current", "proposed"), CASES)
def test_proposed_beside_current_without_a_decision_gives_nothing(
    layout: str, current: str, proposed: str, head: str, script: str
) -> None:
    text = head + _table(layout, current, proposed)
    if script == "traditional":
        text = str(_S2T.convert(text))
    assert _changes(text) == []


def test_the_unread_table_is_named_in_a_warning() -> None:
    text = "关于干部工作的通知\n" + _table("pipes", "现任职务", "拟任职务")
    assert any("proposed posts beside current posts" in message for message in _warnings(text))


EXPECTED = [(A, "张建国", "县财政局局长"), (A, "李明华", "县审计局局长")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("head", DECISION_HEADS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_with_a_decision_in_view_the_table_is_read(layout: str, head: str, script: str) -> None:
    text = head + _table(layout, "现任职务", "拟任职务")
    if script == "traditional":
        text = str(_S2T.convert(text))
    assert _changes(text) == EXPECTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 6's 任免名单 of 拟任 | 拟免 columns, no current post: read as before
        (
            "姓名 | 拟任职务 | 拟免职务\n张建国 | 县财政局局长 | 县审计局局长",
            [(A, "张建国", "县财政局局长"), (R, "张建国", "县审计局局长")],
        ),
        # a decided column beside the current post: read as before
        ("姓名 | 现任职务 | 任命职务\n张建国 | 县审计局局长 | 县财政局局长", [(A, "张建国", "县财政局局长")]),
        # a 新任 column of a 人事异动表 beside the old post: read as before
        ("姓名 | 原任职务 | 新任职务\n张建国 | 县审计局局长 | 县财政局局长", [(A, "张建国", "县财政局局长")]),
        # a proposed column beside a column that is not the post held now (性别): read as before (round 6)
        ("姓名 | 性别 | 拟任职务\n张建国 | 男 | 县财政局局长", [(A, "张建国", "县财政局局长")]),
        # a decision only after the table is no decision in view of it
        ("姓名 | 现任职务 | 拟任职务\n张建国 | 县审计局局长 | 县财政局局长\n以上人选经研究决定后另行通知。", []),
    ],
    ids=["niren-nimian", "decided-column", "new-post-column", "no-current-column", "decision-after"],
)
def test_neighbours_of_the_class(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _changes(text) == expected


# A page's own tools before a publish key are chrome, not a spaced unknown key and its value (titles23's rule gave
# 放大字体 = 缩小字体 on cable123, dev; the equivalence test of round 10 found it).
@pytest.mark.parametrize(
    "line",
    [
        "放大字体  缩小字体 发布日期:2015-06-23",
        "打印本页  关闭窗口 发布时间：2019-03-01",
        "加入收藏　分享到 来源：某县人民政府",
    ],
)
def test_page_tools_before_a_key_make_no_pair(line: str) -> None:
    from gazette_extract.layout import metadata
    from gazette_extract.layout.blocks import PARAGRAPH, Block

    block = Block(kind=PARAGRAPH, text=line, line=1, end_line=1)
    assert metadata._spaced_unknown_pairs(line) == []
    assert all(key != "放大字体" for _, _, key in metadata.printed_pairs(block, inside=True))


def test_a_spaced_unknown_key_before_a_known_one_still_pairs() -> None:
    from gazette_extract.layout import metadata

    pairs = metadata._spaced_unknown_pairs("责任部门 贺兰县住建局 公开方式 主动公开")
    assert [key for _, _, key in pairs] == ["责任部门", "公开方式"]


# Short labels over a paged entry are entries of their own, not the head of its wrapped title (ppfocus, dev: 会议须知 /
# 会议议程 / 表决方法 / 会议资料一——关于…的议案……1 had become one title; test_spans found it).
def _contents(text: str) -> list[tuple[str, int | None]]:
    return [(e["title"], e["page"]) for e in extract_str(text)["contents"]]


_BODY = "\n某某公司\n会议须知\n为了维护全体股东的合法权益，现就注意事项明确如下。\n"


@pytest.mark.parametrize("leader", ["…………………1", "　　1", "........1"])
@pytest.mark.parametrize("labels", [("会议须知", "会议议程", "表决方法"), ("会议须知",), ("议程", "须知")])
def test_labels_over_a_paged_entry_are_entries(labels: tuple[str, ...], leader: str) -> None:
    text = "目 录\n" + "\n".join(labels) + "\n会议资料一——关于修订投融资管理制度的议案" + leader + _BODY
    entries = _contents(text)
    assert entries[: len(labels)] == [(label, None) for label in labels]
    assert entries[len(labels)] == ("会议资料一——关于修订投融资管理制度的议案", 1)


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # an issuer over its 关于 line: one wrapped title
        ("湖南省人民政府", "关于加强安全生产工作的通知", "湖南省人民政府关于加强安全生产工作的通知"),
        # a wrapped head holding a link word
        ("关于做好2019年", "春耕生产工作的通知", "关于做好2019年春耕生产工作的通知"),
        # a head longer than a label
        (
            "某某县人民政府办公室转发市政府",
            "安全生产工作意见的通知",
            "某某县人民政府办公室转发市政府安全生产工作意见的通知",
        ),
    ],
    ids=["issuer-over-guanyu", "link-word", "long-head"],
)
def test_a_wrapped_title_stays_one_entry(head: str, body: str, title: str) -> None:
    text = f"目 录\n{head}\n{body}……………3\n" + _BODY
    assert _contents(text)[0] == (title, 3)
