"""Rosters whose members carry honorifics or post-nominal letters after their names (Hong Kong
and Macau committees, expert panels): 李文俊先生，BBS，MH，JP / 罗致光博士 / 李四院士 — the
member is the name. Before, such entries gave no member, and a line run on after ，JP gave a
false one. Negative rows: an honorific word inside a post (浙江大学教授) stays in the post."""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text


def members(body: str, *, notice: bool = True) -> list[tuple[str, str, str | None]]:
    if notice:
        text = f"关于成立扶贫委员会的通知\n\n各单位：\n经研究，决定成立扶贫委员会，组成人员如下：\n{body}\n\n某某市人民政府\n2021年3月1日\n"
    else:
        text = f"扶贫委员会成员名单\n\n{body}\n"
    return [(m.role, m.person, m.post) for d in parse_text(text).documents for m in d.members]


ROWS = [
    pytest.param("主席：张建宗（政务司司长）\n副主席：罗致光博士（劳工及福利局局长）", [("主席", "张建宗", "政务司司长"), ("副主席", "罗致光", "劳工及福利局局长")], id="doctor-before-bracketed-post"),
    pytest.param("成员：李文俊先生、陈晓峰教授、张宇人议员、黄碧娇女士", [("成员", "李文俊", None), ("成员", "陈晓峰", None), ("成员", "张宇人", None), ("成员", "黄碧娇", None)], id="list-of-honorifics"),
    pytest.param("主任委员：张三院士\n委员：李四教授、王五研究员", [("主任委员", "张三", None), ("委员", "李四", None)], id="academicians-mainland"),
    pytest.param("主席：政务司司长张建宗，GBS，JP\n副主席：劳工及福利局局长罗致光博士，GBS，JP", [("主席", "张建宗", "政务司司长"), ("副主席", "罗致光", "劳工及福利局局长")], id="post-name-post-nominals"),
    pytest.param("成员：李文俊先生，BBS，MH，JP\n陈晓峰教授，JP", [("成员", "李文俊", None), ("成员", "陈晓峰", None)], id="continuation-lines"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_honorifics_after_a_members_name(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = members(body)
    assert [m for m in got if m in expected] == expected  # every expected member, in order
    assert all(m in expected or m[1] not in {e[1] for e in expected} for m in got)  # no false post for them


@pytest.mark.parametrize("notice", [True, False], ids=["in-a-notice", "a-bare-list"])
def test_a_hong_kong_committee_list_with_post_nominals(notice: bool) -> None:
    body = "主席：政务司司长张建宗，GBS，JP\n副主席：劳工及福利局局长罗致光博士，GBS，JP\n成员：李文俊先生，BBS，MH，JP\n陈晓峰教授，JP"
    got = members(body, notice=notice)
    assert got[:2] == [("主席", "张建宗", "政务司司长"), ("副主席", "罗致光", "劳工及福利局局长")]
    assert {p for _, p, _ in got} == {"张建宗", "罗致光", "李文俊", "陈晓峰"}
    assert all("JP" not in (post or "") and "主席" not in (post or "") for _, _, post in got)


def test_an_honorific_word_inside_a_post_is_kept() -> None:
    got = members("组长：张三 浙江大学教授\n副组长：李四 市农科院研究员")
    assert ("组长", "张三", "浙江大学教授") in got


def changes(sentence: str) -> list[tuple[str, str, str]]:
    doc = parse_text(f"政府公告\n\n{sentence}\n\n2021年1月1日\n").documents
    return [(a.action, a.person, a.position) for d in doc for a in d.appointments]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("行政長官委任李文俊先生為扶貧委員會主席，任期兩年。", [("appoint", "李文俊", "扶贫委员会主席")], id="weiren-xiansheng-traditional"),
        pytest.param("行政长官任命罗致光博士为劳工及福利局局长。", [("appoint", "罗致光", "劳工及福利局局长")], id="renming-boshi"),
        pytest.param("任命张三同志为区财政局局长。", [("appoint", "张三", "区财政局局长")], id="tongzhi-as-before"),
    ],
)  # fmt: skip
def test_an_honorific_after_a_changed_persons_name(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    """委任李文俊先生为… gave the person 李文 with the post 俊先生为…主席 (a false record)."""
    assert changes(sentence) == expected


def test_no_person_is_made_from_a_unit_before_an_honorific_word() -> None:
    assert changes("聘请浙江大学教授为顾问。") == []
