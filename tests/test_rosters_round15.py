"""Rosters round 15 (issue 9, session 15, s15-hkrosters): member lists printed under role headings.

The class: a government press release (Hong Kong bureaus, Macau, mainland notices) prints a committee's membership
after a head sentence (``…委员会成员名单如下：`` / ``委任以下人士为…成员：`` / a heading line ``成员名单``), one role
heading per line (``主席`` / ``非官方成员`` / ``当然成员`` …: ``vocab.personnel.HEADED_LIST_ROLES``), often underlined
by a rule line of any dash or box character, and the names one per line with their titles and honours. Components:

* **head** — the sentence or heading line that opens the list (``HEADED_LIST_HEADS``); a head naming attendance,
  candidates, an election, a contact list or awards opens none (``HEADED_LIST_REFUSED``);
* **role heading** — alone on its line, with or without colon, in 【】 or [], spaced (``主　席``), over a rule line
  (``——`` / ``─────`` / ``-----`` / ``＝＝＝`` / ``***``); the role carries down to the next heading;
* **name line** — the person without titles and honours (``先生``, ``博士``, ``教授``, ``医生``, ``资深大律师`` …,
  ``，GBS，JP``, ``﹐J﹒P﹒``), the ``#`` / ``*`` of a new member dropped, ``（主席）`` after a name its own role,
  other brackets (``（再度委任）``) dropped; Hong Kong surnames and married names (``区佩儿``, ``叶刘淑仪``);
* **guard** — a line that is a post (``发展局局长``, ``…常任秘书长或代表``, ``广播处长``) names no person: no member;
  prose, a date line, ``完`` / ``返回`` and the note on the marks (``# 新委员``) end the list;
* **convention** — ``role`` as printed (Simplified), ``person`` without titles (FORMAT.md; dev truth
  ``tlb-2025-hk-transport-committee-members-listed-after-wei``).
"""

from __future__ import annotations

import pytest
from record_helpers import parsed_members

HEAD = "政府委任环境谘询委员会成员\n\n政府今日（三月二十日）宣布委任环境谘询委员会新成员。\n\n"
TAIL = "\n\n2023年3月20日（星期一）\n香港时间11时00分\n"


def page(body: str, head: str = "由二○二三年四月一日起，委员会成员名单如下：") -> str:
    return f"{HEAD}{head}\n\n{body}{TAIL}"


EXPECTED = [("主席", "王志明"), ("非官方成员", "陈大文"), ("非官方成员", "张小华")]

# rule lines of every kind and length under the headings
RULES = ["——", "—————", "──", "─────", "━━━", "-----", "--", "﹣﹣﹣", "＝＝＝＝", "====", "＿＿＿", "***"]


@pytest.mark.parametrize("rule", RULES)
def test_rule_lines_under_headings(rule: str) -> None:
    body = f"主席\n{rule}\n王志明博士\n\n非官方成员\n{rule}\n陈大文\n张小华教授，JP\n\n官方成员\n{rule}\n环境局常任秘书长或代表"
    assert parsed_members(page(body)) == EXPECTED


@pytest.mark.parametrize(
    "heading",
    ["{}", "{}：", "{}:", "【{}】", "[{}]", "［{}］"],
)
def test_heading_forms(heading: str) -> None:
    chair, members = heading.format("主席"), heading.format("非官方成员")
    body = f"{chair}\n王志明博士\n\n{members}\n陈大文\n张小华教授，JP"
    assert parsed_members(page(body)) == EXPECTED


def test_spaced_heading() -> None:
    body = "主　席\n王志明博士\n\n非官方成员\n陈大文\n张小华教授，JP"
    assert parsed_members(page(body)) == EXPECTED


@pytest.mark.parametrize(
    ("head"),
    [
        "由二○二三年四月一日起，委员会成员名单如下：",
        "由二○二三年四月一日起，委员会成员名单如下:",
        "新一届委员会的全体成员名单如下：",
        "委员会组成如下：",
        "委员会的成员如下：",
        "行政长官委任以下人士为委员会成员：",
        "政府今日宣布委任下列人士为委员会成员：",
        "新一届委员会成员包括：",
        "成员名单",
        "二○二三至二○二四年度成员名单",
    ],
)
def test_heads(head: str) -> None:
    body = "主席\n——\n王志明博士\n\n非官方成员\n—————\n陈大文\n张小华教授，JP"
    assert parsed_members(page(body, head)) == EXPECTED


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("王志明", ("非官方成员", "王志明")),
        ("王志明博士", ("非官方成员", "王志明")),
        ("王志明先生", ("非官方成员", "王志明")),
        ("王志明女士", ("非官方成员", "王志明")),
        ("王志明教授，JP", ("非官方成员", "王志明")),
        ("王志明教授, JP", ("非官方成员", "王志明")),
        ("王志明医生", ("非官方成员", "王志明")),
        ("王志明工程师", ("非官方成员", "王志明")),
        ("王志明资深大律师", ("非官方成员", "王志明")),
        ("王志明太平绅士", ("非官方成员", "王志明")),
        ("王志明，GBS，JP", ("非官方成员", "王志明")),
        ("王志明﹐BBS﹐J﹒P﹒", ("非官方成员", "王志明")),
        ("王志明先生JP", ("非官方成员", "王志明")),
        ("王志明先生大紫荆勋贤，GBS，JP", ("非官方成员", "王志明")),
        ("王志明议员，SBS，JP", ("非官方成员", "王志明")),
        ("王志明#", ("非官方成员", "王志明")),
        ("*王志明博士", ("非官方成员", "王志明")),
        ("王志明博士（主席）", ("主席", "王志明")),
        ("王志明(副主席)", ("副主席", "王志明")),
        ("王志明（再度委任）", ("非官方成员", "王志明")),
        ("王志明（小学校长）（再度委任）", ("非官方成员", "王志明")),
        ("王 志 明", ("非官方成员", "王志明")),
        ("区佩儿", ("非官方成员", "区佩儿")),
        ("查逸超教授", ("非官方成员", "查逸超")),
        ("叶刘淑仪", ("非官方成员", "叶刘淑仪")),
        ("苏包陪庆", ("非官方成员", "苏包陪庆")),
        ("司徒惠源教授", ("非官方成员", "司徒惠源")),
    ],
)
def test_name_lines(line: str, expected: tuple[str, str]) -> None:
    body = f"非官方成员\n—————\n{line}\n陈大文"
    assert parsed_members(page(body)) == [expected, ("非官方成员", "陈大文")]


@pytest.mark.parametrize(
    "text",
    [
        # Traditional, full list with posts under the official heading (Hong Kong's own form)
        "政府委任環境諮詢委員會成員\n\n政府今日（三月二十日）宣布委任環境諮詢委員會新成員。\n\n"
        "由二○二三年四月一日起，委員會成員名單如下：\n\n主席\n──\n王志明博士\n\n非官守成員\n─────\n陳大文\n"
        "張小華教授，JP\n\n官守成員\n────\n環境局常任秘書長或代表\n\n2023年3月20日（星期一）\n",
    ],
)
def test_traditional(text: str) -> None:
    assert parsed_members(text) == [("主席", "王志明"), ("非官守成员", "陈大文"), ("非官守成员", "张小华")]


def test_role_carries_over_subgroups_and_posts() -> None:
    body = (
        "主席\n——\n发展局局长\n\n非官方委员\n—————\n（一）在环境方面具备有关专长的人士\n陈大文\n"
        "（二）公众人士\n张小华教授\n\n官方委员\n————\n规划署署长\n土木工程拓展署署长"
    )
    assert parsed_members(page(body)) == [("非官方委员", "陈大文"), ("非官方委员", "张小华")]


def test_head_names_the_role() -> None:
    body = "王志明先生，JP\n陈大文\n张小华教授"
    got = parsed_members(page(body, "非官守成员名单如下："))
    assert got == [("非官守成员", "王志明"), ("非官守成员", "陈大文"), ("非官守成员", "张小华")]


def test_mainland_headings_with_posts() -> None:
    text = (
        "关于调整县安全生产委员会组成人员的通知\n\n各乡镇人民政府，县直各单位：\n\n"
        "经县政府研究，决定调整县安全生产委员会组成人员，名单如下：\n\n"
        "主任\n张建国　县长\n\n副主任\n李明华　副县长\n\n委员\n王立新　县应急管理局局长\n赵志强　县公安局局长\n\n"
        "某县人民政府\n2023年3月1日\n"
    )
    assert parsed_members(text) == [
        ("主任", "张建国"),
        ("副主任", "李明华"),
        ("委员", "王立新"),
        ("委员", "赵志强"),
    ]


@pytest.mark.parametrize(
    "end",
    ["# 新委员", "＃新委员", "* 新成员", "完", "返回"],
)
def test_list_ends(end: str) -> None:
    body = f"非官方成员\n—————\n陈大文\n张小华教授\n\n{end}\n\n王志明"
    assert parsed_members(page(body)) == [("非官方成员", "陈大文"), ("非官方成员", "张小华")]


def test_prose_after_the_list_ends_it() -> None:
    body = "非官方成员\n—————\n陈大文\n张小华教授\n\n委员会负责就环境事宜向政府提供意见。\n\n王志明"
    assert parsed_members(page(body)) == [("非官方成员", "陈大文"), ("非官方成员", "张小华")]


# Negatives: texts that must give no member
NEGATIVES = [
    # posts only
    page("主席\n——\n政务司司长\n\n官守成员\n────\n财政司司长\n民政及青年事务局局长\n行政长官办公室主任"),
    # a contact list
    "关于报送材料的通知\n\n各单位联系人名单如下：\n\n联系人\n张三\n\n电话\n12345678\n\n某县人民政府办公室\n2023年3月1日\n",
    # a meeting's attendance
    page("主席\n——\n王志明\n\n成员\n陈大文", "出席会议的人员名单如下："),
    page("主席\n王志明\n\n委员\n陈大文", "参加本次会议的人员名单如下："),
    # candidates and proposals
    page("主任\n王志明\n\n委员\n陈大文", "现将委员会委员候选人名单公示如下："),
    page("主任\n王志明\n\n委员\n陈大文", "拟任人选名单如下："),
    # an election's result
    page("主席\n王志明\n\n委员\n陈大文", "选举结果如下，当选人士名单："),
    # names under a head with no role heading before them
    page("王志明\n陈大文", "委员会成员包括："),
    # prose right under the head
    page("委员会负责就环境事宜向政府提供意见。\n\n主席\n王志明"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_give_no_member(text: str) -> None:
    assert parsed_members(text) == []


def test_no_head_no_list() -> None:
    """Role headings and names with no head above them: nothing here (the old readers decide, as before)."""
    text = f"{HEAD}委员会负责就环境事宜向政府提供意见。\n\n非官方成员\n—————\n陈大文\n张小华教授{TAIL}"
    assert parsed_members(text) == []


def test_page_becomes_one_document() -> None:
    """The release's members hold it as a document, titled by its headline (the whole-text fallback)."""
    from gazette_extract.api import parse_text

    result = parse_text(page("主席\n——\n王志明博士\n\n非官方成员\n—————\n陈大文")).model_dump(mode="json")
    assert [d["title"] for d in result["documents"]] == ["政府委任环境谘询委员会成员"]


@pytest.mark.parametrize("number", ["1. ", "1.", "１．", "（1）", "(1) ", "①", "一、"])
def test_numbered_name_lines(number: str) -> None:
    """Name lines numbered in any style (1. / （1） / ① / 一、): the number is no part of the name."""
    second = number.replace("1", "2").replace("１", "２").replace("①", "②").replace("一", "二")
    body = f"非官方成员\n—————\n{number}陈大文\n{second}张小华教授（Prof Zhang）"
    assert parsed_members(page(body)) == [("非官方成员", "陈大文"), ("非官方成员", "张小华")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("非官方成员\n陈大文、张小华、王志明", ["陈大文", "张小华", "王志明"]),  # several names on one line, 、
        ("非官方成员\n陈大文　张小华　王志明", ["陈大文", "张小华", "王志明"]),  # … or wide spaces
        ("非官方成员\n陈大文 张小华 王志明", ["陈大文", "张小华", "王志明"]),
        ("非官方成员\nMohan Datwani\n陈大文", ["陈大文"]),  # a Latin name is left out, the list goes on
        ("非官方成员\n陈大文（新委任）\n张小华（续任）", ["陈大文", "张小华"]),
        ("非官方成员\n陈大文\n\n备注：# 新委员\n\n王志明", ["陈大文"]),  # a note in prose ends it
    ],
)
def test_line_variants(body: str, expected: list[str]) -> None:
    assert parsed_members(page(body)) == [("非官方成员", name) for name in expected]


def test_every_role_heading_carries_its_role() -> None:
    body = "主席\n王志明\n副主席\n陈大文\n秘书\n张小华"
    assert parsed_members(page(body)) == [("主席", "王志明"), ("副主席", "陈大文"), ("秘书", "张小华")]


APPOINTED = "政府今日宣布行政长官已委任以下人士，由二○○三年三月一日起为可持续发展委员会委员，任期两年："


@pytest.mark.parametrize(
    "head",
    [
        APPOINTED,
        "行政长官已委任下列人士为可持续发展委员会委员：",
        "行政長官已委任下列人士為可持續發展委員會委員：",
        "政府今日宣布委任以下人士为委员会委员:",
    ],
)
def test_head_names_the_role_after_wei(head: str) -> None:
    """No heading: the head names the role after 为 (…为可持续发展委员会委员，任期两年：); posts give nothing,
    （主席） / （副主席） after a name are its own role."""
    body = "政务司司长（主席）\n\n郑维健博士，GBS，JP（副主席）\n\n方敏生女士\n\n狄志远先生，JP\n\n房屋及规划地政局局长"
    assert parsed_members(page(body, head)) == [("副主席", "郑维健"), ("委员", "方敏生"), ("委员", "狄志远")]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "（一）张志明，主席；\n（二）李大文；\n（三）王小华。",
            [("主席", "张志明"), ("委员", "李大文"), ("委员", "王小华")],
        ),
        ("(一)张志明,主席;\n(二)李大文;\n(三)王小华。", [("主席", "张志明"), ("委员", "李大文"), ("委员", "王小华")]),
        ("（一）文化局局长，主席；\n（二）李大文；\n（三）王小华。", [("委员", "李大文"), ("委员", "王小华")]),
        ("1.张志明（主席）\n2.李大文\n3.王小华", [("主席", "张志明"), ("委员", "李大文"), ("委员", "王小华")]),
    ],
)
def test_macau_dispatch_items(items: str, expected: list[tuple[str, str]]) -> None:
    """A Macau dispatch: 委任下列人士为…委员会委员： then numbered items, the role after a comma (张志明，主席；)."""
    text = f"第1/2020号社会文化司司长批示\n\n一、委任下列人士为文化咨询委员会委员：\n\n{items}\n\n二、本批示自公布翌日起生效。\n"
    assert parsed_members(text) == expected


@pytest.mark.parametrize(
    "body",
    [
        "委员会负责就可持续发展事宜向政府提供意见。\n\n方敏生女士",  # prose under the head
        "政务司司长（主席）\n财政司司长\n房屋及规划地政局局长",  # posts only
    ],
)
def test_head_role_negatives(body: str) -> None:
    assert parsed_members(page(body, APPOINTED)) == []


def test_space_table_under_the_head_is_left_to_its_reader() -> None:
    """A table printed with spaces under the head (职务　姓名　单位): the space-table reader's rows, unchanged."""
    assert parsed_members(page("职务　　姓名　　单位\n委员　　方敏生　　某大学", APPOINTED)) == [("委员", "方敏生")]


@pytest.mark.parametrize(
    "heading",
    [
        "非官方成员（按姓氏笔画为序）",
        "非官方成员(排名不分先后)",
        "非官方成员（16名）",
        "【非官方成员】（按笔画排序）：",
    ],
)
def test_heading_with_a_remark(heading: str) -> None:
    """A heading with its order or count in brackets: the remark is no part of the role."""
    body = f"{heading}\n陈大文\n张小华教授"
    assert parsed_members(page(body)) == [("非官方成员", "陈大文"), ("非官方成员", "张小华")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("陈大文，香港大学教授", ("陈大文", "香港大学教授")),
        ("陈大文博士，香港大学教授", ("陈大文", "香港大学教授")),
        ("陈大文, 律师", ("陈大文", "律师")),
    ],
)
def test_name_comma_description(line: str, expected: tuple[str, str]) -> None:
    """陈大文，香港大学教授: the member and a description of him after a comma (kept as his post)."""
    from gazette_extract.api import parse_text

    result = parse_text(page(f"非官方成员\n—————\n{line}\n张小华")).model_dump(mode="json")
    got = [(m["person"], m["post"]) for d in result["documents"] for m in d["members"]]
    assert got == [expected, ("张小华", None)]


@pytest.mark.parametrize(
    "line",
    [
        "委员会负责提供意见，成员由行政长官委任",  # a clause, not a name and its description
        "政务司司长，主席的代表",
        "香港大学，教授",
    ],
)
def test_comma_lines_that_name_no_one(line: str) -> None:
    """No person is read from such a line (the name after it may be read or not: it is no false member)."""
    assert set(parsed_members(page(f"非官方成员\n—————\n{line}\n张小华"))) <= {("非官方成员", "张小华")}


def test_heading_line_joined_to_the_paragraph_above() -> None:
    """A hard wrap may join the heading line 成员名单 to the paragraph above it (robustness wrap-16): the paragraph
    ending in 名单 is the head, however long."""
    from record_helpers import extract_members

    from gazette_extract.layout.blocks import PARAGRAPH, Block

    lines = [
        "委员会由一名主席及不多于二十名委员组成，秘书由一名高级事务主任担任，以个人身分获委任的委员任期两年。成员名单",
        "主席",
        "王志明博士",
        "委员",
        "陈大文",
        "张小华教授",
    ]
    blocks = [Block(kind=PARAGRAPH, text=text, line=k + 1, end_line=k + 1) for k, text in enumerate(lines)]
    got = [(m["role"], m["person"]) for m in extract_members(blocks)]
    assert got == [("主席", "王志明"), ("委员", "陈大文"), ("委员", "张小华")]


def test_names_under_a_list_heading_without_a_role_heading_give_nothing() -> None:
    """A heading line naming the list (成员名单) must be followed by a role heading: names alone give nothing here."""
    assert parsed_members(page("王志明\n陈大文\n张小华", "二○二三至二○二四年度成员名单")) == []


@pytest.mark.parametrize(
    "text",
    [
        # the lead runs into the head: the head is the paragraph's last sentence
        f"{HEAD}政府今日宣布委任新成员。由二○二三年四月一日起，委员会成员名单如下：\n\n"
        "主席\n王志明博士\n\n非官方成员\n陈大文\n张小华教授，JP" + TAIL,
    ],
)
def test_head_ends_the_lead_paragraph(text: str) -> None:
    """The lead runs into the head: the head is the paragraph's last sentence."""
    assert parsed_members(text) == EXPECTED
