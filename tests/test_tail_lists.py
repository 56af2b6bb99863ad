"""A page's tail list (相关链接 / 相关阅读 / 热点推荐 / 上一篇：X) inside a longer text.

Its items are other pages' titles: they open no document and give no citation, and the open
document ends at the list's header. But the list never ends the text: pages saved one after
another (or an issue's documents) go on after it, and their records must not be dropped.
"""

from __future__ import annotations

import pytest

from gazette_extract.pipeline import extract

PAGE_ONE = (
    "某某县人民政府关于做好春季造林工作的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    "为做好今年春季造林工作，现将有关事项通知如下，请各单位认真抓好落实，确保按时完成栽植任务。\n"
    "某某县人民政府\n"
    "2021年3月5日\n"
)
PAGE_TWO = (
    "某某县人民政府关于王五等同志职务任免的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    "经县人民政府研究决定，任命王五为县财政局局长，免去赵六的县财政局局长职务，特此通知，望各单位遵照执行。\n"
    "某某县人民政府\n"
    "2021年4月2日\n"
)
ITEMS = (
    "某某县人民政府关于印发《某某县森林防火预案》的通知（某政发〔2020〕8号）\n"
    "某某县人民政府办公室关于开展植树节活动的通知\n"
)


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("相关链接\n", id="xiangguan-lianjie"),
        pytest.param("相关阅读：\n", id="xiangguan-yuedu-colon"),
        pytest.param("热点推荐\n", id="redian-tuijian"),
        pytest.param("上一篇：某某县人民政府关于表彰先进的决定\n", id="shangyipian"),
    ],
)
def test_pages_after_a_tail_list_are_read(header: str) -> None:
    text = PAGE_ONE + header + ITEMS + "下一篇：某某县人民政府关于调整机构的通知\n" + PAGE_TWO
    result = extract(text.encode(), path="pages.txt")
    documents = result["documents"]
    assert [d["title"] for d in documents] == [
        "某某县人民政府关于做好春季造林工作的通知",
        "某某县人民政府关于王五等同志职务任免的通知",
    ]
    assert documents[0]["lines"]["end"] == 5  # the tail list is no part of the first page's notice
    assert [(a["action"], a["person"], a["position"]) for a in documents[1]["appointments"]] == [
        ("appoint", "王五", "县财政局局长"),
        ("remove", "赵六", "县财政局局长"),
    ]
    assert all(d["citations"] == [] for d in documents)  # the items' numbers are no citations


def test_a_tail_list_at_the_end_of_a_page_opens_nothing() -> None:
    result = extract((PAGE_TWO + "相关链接\n" + ITEMS + "主办：某某县人民政府办公室\n").encode(), path="page.txt")
    assert [d["title"] for d in result["documents"]] == ["某某县人民政府关于王五等同志职务任免的通知"]
    assert result["documents"][0]["lines"]["end"] == 5
    assert len(result["documents"][0]["appointments"]) == 2


def test_prose_after_a_tail_list_with_no_new_title_stays_in_the_document() -> None:
    """Nothing is dropped: prose past the list that no new document claims stays with the open one."""
    text = PAGE_ONE + "相关链接\n" + ITEMS + PAGE_TWO.split("\n", 2)[2]  # page two without its title lines
    result = extract(text.encode(), path="pages.txt")
    people = [a["person"] for d in result["documents"] for a in d["appointments"]]
    assert people == ["王五", "赵六"]
