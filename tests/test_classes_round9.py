"""Titles and documents, probing round 9 (issue 9): forms that gave a missing or a false title or
document, each as a class across its printed variants, with the rows that must not change.

* a page that prints its key block after the story (story … / ``来源：X`` / ``标题：Y`` /
  ``地址：URL``): the document began at the block, and the story above it — its records — was
  outside every document;

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_changes, api_docs
from table_helpers import assert_unique

Row = DocRow
docs = api_docs

# --------------------------------------------------------------------------- key block after the story

STORY = (
    "南昌1月28日电（记者张三） 28日在某省第十三届人民代表大会第一次会议上选举王建国为某省人民代表大会"
    "常务委员会主任，李明为某省人民政府省长。\n\n"
    "会议还选举赵刚、钱进为某省人民代表大会常务委员会副主任。（完）\n\n"
)
HEADLINE = "王建国当选某省人大常委会主任"
STORY_CHANGES = [
    ("appoint", "王建国", "某省人民代表大会常务委员会主任"),
    ("appoint", "李明", "某省人民政府省长"),
    ("appoint", "赵刚", "某省人民代表大会常务委员会副主任"),
    ("appoint", "钱进", "某省人民代表大会常务委员会副主任"),
]

KEY_BLOCK_LAST_ROWS = [
    pytest.param(
        f"来源:某某新闻网\n\n标题:{HEADLINE} 李明为省长\n\n地址:http://www.example.com/1.html\n",
        f"{HEADLINE}李明为省长",
        id="source-title-address-half-width",
    ),
    pytest.param(f"标题：{HEADLINE}\n来源：某某新闻网\n", HEADLINE, id="title-then-source"),
    pytest.param(f"【标题】{HEADLINE}\n【来源】某某新闻网\n", HEADLINE, id="bracket-keys"),
    pytest.param(f"标　　题：{HEADLINE}\n发布时间：2018-01-29\n", HEADLINE, id="spaced-key-publish-time"),
    pytest.param(f"信息来源：某某新闻网\n文章标题：{HEADLINE}\n", HEADLINE, id="article-title-key"),
    pytest.param(f"• 标题: {HEADLINE}\n• 来源: 某某新闻网\n", HEADLINE, id="bullets"),
]
assert_unique(KEY_BLOCK_LAST_ROWS)


@pytest.mark.parametrize(("tail", "title"), KEY_BLOCK_LAST_ROWS)
def test_a_key_block_after_the_story_holds_the_story(tail: str, title: str) -> None:
    text = f"本篇文章287字，读完约1分钟\n\n{STORY}{tail}"
    assert [row[0] for row in docs(text)] == [title]
    assert api_changes(text) == STORY_CHANGES


KEY_BLOCK_NEGATIVE_ROWS = [
    # the block heads a body of its own below it: the prose above is not that document's
    pytest.param(
        f"{STORY}标题：关于做好防汛工作的通知\n来源：某某县人民政府\n"
        "各乡镇人民政府，县政府各部门：为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下，请认真贯彻落实。\n",
        ["关于做好防汛工作的通知"],
        [],
        id="neg-block-heads-a-body-below",
    ),
    # no title key: the story stays one untitled document
    pytest.param(f"{STORY}来源：某某新闻网\n编辑：李四\n", [None], STORY_CHANGES, id="neg-no-title-key"),
    # a lone title key is no block
    pytest.param(f"{STORY}标题：{HEADLINE}\n", [None], STORY_CHANGES, id="neg-lone-title-key"),
]
assert_unique(KEY_BLOCK_NEGATIVE_ROWS)


@pytest.mark.parametrize(("text", "titles", "changes"), KEY_BLOCK_NEGATIVE_ROWS)
def test_a_key_block_after_prose_that_is_not_its_story(text: str, titles: list[str | None], changes: list) -> None:
    assert [row[0] for row in docs(text)] == titles
    assert api_changes(text) == changes
