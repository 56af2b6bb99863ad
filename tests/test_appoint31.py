"""Appointments round appoint31 (issue 9, session 20): changes missed inside documents the tool finds.

Each class is tested over its variants — Traditional and Simplified, full- and half-width punctuation, numbered
一、/（一）/1. items, 同志 or none — with rows that must give nothing:
* a removal naming no person after the person's new post in the same sentence: 张三同志任X，免去Y职务 (the removal is
  张三's; vocab REMOVAL_JOINING_LEADS for 同时 / 并 before the verb). Never across 。 or ；, never when the post may
  open with a name (免去王五县…), never after 曾任 / 历任 / 现任 / 拟任;
* a deciding body before 决定 / 同意 and the person: 市委决定张三同志任X / 公司董事会同意A不再担任X职务 (vocab
  CLAUSE_DECIDING_BODIES). Never 建议 / 拟同意 / 不同意, never a roster's role;
* a rank printed after the name before a name-first verb: 吴玲教授被聘为学院院长 / 张三博士被任命为X (vocab
  NAME_RANKS_AFTER_NAME). The name before it must be a name;
* a word of time before a succession: 张三近日接替李四任X (never 已接替: where someone is now);
* the person's further resignation after 同时 / 一并 / 同时一并 and no name: 张三申请辞去X职务，同时一并辞去Y职务 (一并 is
  an adverb, never the list joiner 并辞去 that made the post 同时一、Y);
* an election's list, each person after the body they work in and before a rank: 阜外医院郑哲教授、…当选为副主委 /
  大会选举了…医院胆道一科姜小清教授为主任委员 (vocab AFFILIATION_TAILS), 名誉主任委员 a title;
* a move to a body, then 担任 / 出任 and the post there: 顾军调任中国核工业建设集团公司担任总经理 (vocab
  MOVED_TO_BODY_SERVING_WORDS: 调任, 调升, 转任);
* a party secretary named again without 党委 for the same body and change is the same record (…党委书记 / …书记).
"""

from __future__ import annotations

from collections import Counter

import pytest

from gazette_extract.pipeline import extract_str

A, R, S = "appoint", "remove", "resign"


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of a whole text through ``extract_str``."""
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


_HEAD = "关于干部任免的通知\n"
_HEAD_T = "關於幹部任免的通知\n"

OWN_REMOVAL_ROWS = [
    (
        _HEAD + "张三同志任县委办公室主任，免去县委组织部副部长职务。",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三任县委办公室主任，免去县委组织部副部长职务。",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三同志任县委办公室主任,免去县委组织部副部长职务;",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三同志任县委办公室主任,免去县委组织部副部长一职.",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三同志任县委办公室主任，同时免去县委组织部副部长职务。",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三同志任县委办公室主任，并免去县委组织部副部长职务。",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三同志任县委办公室主任，免去县委组织部副部长、县委党校副校长职务。",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长"), (R, "张三", "县委党校副校长")],
    ),
    (
        _HEAD + "任命张三为县财政局局长，免去县审计局局长职务。",
        [(A, "张三", "县财政局局长"), (R, "张三", "县审计局局长")],
    ),
    (
        _HEAD_T + "張三同志任縣委辦公室主任，免去縣委組織部副部長職務。",
        [(A, "张三", "县委办公室主任"), (R, "张三", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三任县委办公室主任，免去县委组织部副部长职务；\n李四任县委组织部副部长，免去县委办公室副主任职务。",
        [
            (A, "张三", "县委办公室主任"),
            (R, "张三", "县委组织部副部长"),
            (A, "李四", "县委组织部副部长"),
            (R, "李四", "县委办公室副主任"),
        ],
    ),
    (
        _HEAD + "经研究决定：\n一、张三同志任县财政局局长，免去县审计局局长职务；\n二、李四同志任县审计局局长。",
        [(A, "张三", "县财政局局长"), (R, "张三", "县审计局局长"), (A, "李四", "县审计局局长")],
    ),
    (
        _HEAD + "经研究决定：\n（一）张三同志任县财政局局长，免去县审计局局长职务；\n（二）李四同志任县审计局局长。",
        [(A, "张三", "县财政局局长"), (R, "张三", "县审计局局长"), (A, "李四", "县审计局局长")],
    ),
    (
        _HEAD + "经研究决定：\n1.张三同志任县财政局局长，免去县审计局局长职务；\n2.李四同志任县审计局局长。",
        [(A, "张三", "县财政局局长"), (R, "张三", "县审计局局长"), (A, "李四", "县审计局局长")],
    ),
    # another person's removal named after the comma stays that person's
    (
        _HEAD + "张三同志任县委办公室主任，免去王五的县委组织部副部长职务。",
        [(A, "张三", "县委办公室主任"), (R, "王五", "县委组织部副部长")],
    ),
    (
        _HEAD + "张三同志任县委办公室主任，免去王五县委组织部副部长职务。",
        [(A, "张三", "县委办公室主任"), (R, "王五", "县委组织部副部长")],
    ),
]

OWN_REMOVAL_NEGATIVE_ROWS = [
    # across a ； or a 。 the removal has no person: nothing is guessed
    (_HEAD + "张三同志任县委办公室主任；免去县委组织部副部长职务。", [(A, "张三", "县委办公室主任")]),
    (_HEAD + "张三同志任县委办公室主任。免去县委组织部副部长职务。", [(A, "张三", "县委办公室主任")]),
    # a post that may open with a name the lists know: never 张三's
    (_HEAD + "张三同志任县委办公室主任，免去欧阳明县委组织部副部长职务。", None),
    # no post after the verb
    (_HEAD + "张三同志任县委办公室主任，免去职务。", [(A, "张三", "县委办公室主任")]),
    # a career, a post held now, a proposal: no change, the removal neither
    (_HEAD + "张三同志曾任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "张三同志历任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "张三同志现任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "拟任张三同志为县委办公室主任，免去县委组织部副部长职务。", []),
    ("干部任前公示\n张三，拟任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "免去县委组织部副部长职务。", []),
]

DECIDING_BODY_ROWS = [
    ("人事\n市委决定张三同志任县委书记。", [(A, "张三", "县委书记")]),
    ("人事\n县委研究决定张三同志任县委办公室主任。", [(A, "张三", "县委办公室主任")]),
    ("人事\n县委常委会研究决定张三同志任县委办公室主任。", [(A, "张三", "县委办公室主任")]),
    ("人事\n省委决定张三不再担任县委书记。", [(R, "张三", "县委书记")]),
    ("人事\n公司董事会同意张三不再担任公司总经理职务。", [(R, "张三", "公司总经理")]),
    ("人事\n董事会同意张三不再担任公司总经理职务。", [(R, "张三", "公司总经理")]),
    ("人事\n学校党委同意张三不再担任学院院长职务。", [(R, "张三", "学院院长")]),
    ("人事\n學校黨委同意張三不再擔任學院院長職務。", [(R, "张三", "学院院长")]),
    (
        "人事\n因工作安排调整，公司董事会同意杜鹏飞不再担任公司业务总监、董事会秘书职务。",
        [(R, "杜鹏飞", "公司业务总监"), (R, "杜鹏飞", "公司董事会秘书")],
    ),
    ("人事\n市政府决定张三任市政府副秘书长。", [(A, "张三", "市政府副秘书长")]),
]

DECIDING_BODY_NEGATIVE_ROWS = [
    "人事\n市委建议张三同志任县委书记。",
    "人事\n县委拟同意张三任县财政局局长。",
    "人事\n县委不同意张三辞去县财政局局长职务。",
    "人事\n市委决定成立工作领导小组，张三任组长。",
    "人事\n县委决定张三同志为县长候选人。",
    "人事\n局党组同意张三任办公室副主任。",  # a bare office role: as a roster's, never guessed
    "人事\n公司董事会同意张三不再担任公司总经理职务的议案尚需股东大会审议。",
]

RANK_ROWS = [
    ("人事\n吴玲教授被聘为学院院长。", [(A, "吴玲", "学院院长")]),
    ("人事\n4月1日，我院举行院长聘任仪式，吴玲教授被聘为学院院长。", [(A, "吴玲", "学院院长")]),
    ("人事\n吳玲教授被聘為學院院長。", [(A, "吴玲", "学院院长")]),
    ("人事\n张三博士被任命为研究所所长。", [(A, "张三", "研究所所长")]),
    ("人事\n李四研究员当选为学会理事长。", [(A, "李四", "学会理事长")]),
    ("人事\n赵六院士当选为中国化学会理事长。", [(A, "赵六", "中国化学会理事长")]),
    ("人事\n吴玲、张三教授被聘为学院副院长。", [(A, "吴玲", "学院副院长"), (A, "张三", "学院副院长")]),
]

RANK_NEGATIVE_ROWS = [
    "人事\n吴玲教授被称为学院的骄傲。",
    "人事\n吴玲教授拟被聘为学院院长。",
    "人事\n吴玲教授曾被聘为学院院长。",
    "人事\n吴玲教授作报告。",
    "人事\n张三代表县政府作政府工作报告。",
    "人事\n“吴玲教授被聘为学院院长”的消息传出后，师生热议。",
]

SUCCESSION_ROWS = [
    ("人事\n张三近日接替李四任县财政局局长。", [(A, "张三", "县财政局局长")]),
    ("人事\n张三日前接替李四出任县财政局局长。", [(A, "张三", "县财政局局长")]),
    ("人事\n张三正式接替李四担任县财政局局长。", [(A, "张三", "县财政局局长")]),
    ("人事\n張三近日接替李四任縣財政局局長。", [(A, "张三", "县财政局局长")]),
]

SUCCESSION_NEGATIVE_ROWS = [
    "人事\n张三已接替李四任县财政局局长。",  # where he is now, as 已任
    "人事\n张三近日接替李四的工作。",
    "人事\n张三今天接替李四主持会议。",
]


RESIGNATION_ROWS = [
    (
        "人事\n张三申请辞去公司董事长职务，同时辞去公司战略委员会主任委员职务。",
        [(S, "张三", "公司董事长"), (S, "张三", "公司战略委员会主任委员")],
    ),
    (
        "人事\n张三申请辞去公司董事长职务,一并辞去公司战略委员会主任委员职务.",
        [(S, "张三", "公司董事长"), (S, "张三", "公司战略委员会主任委员")],
    ),
    (
        "人事\n张三申请辞去公司董事长、董事职务，同时一并辞去公司战略委员会主任委员职务。",
        [(S, "张三", "公司董事长"), (S, "张三", "公司董事"), (S, "张三", "公司战略委员会主任委员")],
    ),
    (
        "人事\n張三申請辭去公司董事長職務，同時一併辭去公司戰略委員會主任委員職務。",
        [(S, "张三", "公司董事长"), (S, "张三", "公司战略委员会主任委员")],
    ),
]

RESIGNATION_NEGATIVE_ROWS = [
    # another person's post after 辞去, a ；between: never 张三's
    ("人事\n张三申请辞去公司董事长职务，同时辞去李四的公司董事职务。", [(S, "张三", "公司董事长")]),
    ("人事\n张三申请辞去公司董事长职务；同时辞去公司董事职务。", [(S, "张三", "公司董事长")]),
]

AFFILIATION_ROWS = [
    (
        "人事\n经选举，阜外医院郑哲教授、武汉大学人民医院唐其柱教授当选为副主任委员。",
        [(A, "郑哲", "副主任委员"), (A, "唐其柱", "副主任委员")],
    ),
    (
        "人事\n经选举，阜外医院郑哲教授、武汉大学人民医院唐其柱教授及东南大学附属中大医院马根山教授当选副会长。",
        [(A, "郑哲", "副会长"), (A, "唐其柱", "副会长"), (A, "马根山", "副会长")],
    ),
    (
        "人事\n經選舉，阜外醫院鄭哲教授、武漢大學人民醫院唐其柱教授當選為副主任委員。",
        [(A, "郑哲", "副主任委员"), (A, "唐其柱", "副主任委员")],
    ),
    (
        "人事\n大会选举了某大学化学系赵六院士为理事长，某研究所钱七研究员为副理事长。",
        [(A, "赵六", "理事长"), (A, "钱七", "副理事长")],
    ),
    ("人事\n大会选举某公司孙八博士为副会长。", [(A, "孙八", "副会长")]),
    (
        "人事\n大会选举了上海东方肝胆外科医院胆道一科姜小清教授为主任委员，吴孟超院士为名誉主任委员。",
        [(A, "姜小清", "主任委员"), (A, "吴孟超", "名誉主任委员")],
    ),
]

AFFILIATION_NEGATIVE_ROWS = [
    "人事\n阜外医院郑哲教授作报告。",
    "人事\n会上，北京大学人民医院皮肤科主任张建中教授致辞。",
    "人事\n经选举，阜外医院郑哲教授拟当选为副主任委员。",
    "人事\n阜外医院郑哲教授曾当选为副主任委员。",
]

MOVED_TO_BODY_ROWS = [
    ("人事\n原国核技总经理顾军调任中国核工业建设集团公司担任总经理。", [(A, "顾军", "中国核工业建设集团公司总经理")]),
    ("人事\n张三调任市财政局担任局长。", [(A, "张三", "市财政局局长")]),
    ("人事\n张三调升某集团出任副总经理。", [(A, "张三", "某集团副总经理")]),
    ("人事\n李四转任市财政局担任局长。", [(A, "李四", "市财政局局长")]),
    (
        "人事\n张三调任市财政局担任局长，李四调任市审计局出任副局长。",
        [(A, "张三", "市财政局局长"), (A, "李四", "市审计局副局长")],
    ),
    ("關於幹部調整的消息\n李四調任市審計局出任副局長，張三調任市財政局擔任局長。", [(A, "张三", "市财政局局长")]),
    # who was moved is said of the one succeeded: the body never holds 的
    ("人事\n张三接替调任市财政局的李四出任市审计局局长。", [(A, "张三", "市审计局局长")]),
]

MOVED_TO_BODY_NEGATIVE_ROWS = [
    "人事\n张三调任以来任劳任怨。",
    "人事\n张三曾调任市财政局担任局长。",
    "人事\n张三调任中核集团任副总经理。",  # a bare 任 after 调任: not read (调任以来任劳任怨)
]

RESTATED_ROWS = [
    (
        "人事\n大会宣布，蔡莉不再担任武汉市中心医院党委书记一职。\n蔡莉不再担任武汉市中心医院书记",
        [(R, "蔡莉", "武汉市中心医院党委书记")],
    ),
    # another person, another record
    (
        "人事\n大会宣布，蔡莉不再担任武汉市中心医院党委书记一职，王五不再担任武汉市中心医院书记。",
        [(R, "蔡莉", "武汉市中心医院党委书记"), (R, "王五", "武汉市中心医院书记")],
    ),
]


def test_no_duplicate_rows() -> None:
    rows = [
        *(t for t, _ in OWN_REMOVAL_ROWS),
        *(t for t, _ in OWN_REMOVAL_NEGATIVE_ROWS),
        *(t for t, _ in DECIDING_BODY_ROWS),
        *DECIDING_BODY_NEGATIVE_ROWS,
        *(t for t, _ in RANK_ROWS),
        *RANK_NEGATIVE_ROWS,
        *(t for t, _ in SUCCESSION_ROWS),
        *SUCCESSION_NEGATIVE_ROWS,
        *(t for t, _ in RESIGNATION_ROWS),
        *(t for t, _ in RESIGNATION_NEGATIVE_ROWS),
        *(t for t, _ in AFFILIATION_ROWS),
        *AFFILIATION_NEGATIVE_ROWS,
        *(t for t, _ in MOVED_TO_BODY_ROWS),
        *MOVED_TO_BODY_NEGATIVE_ROWS,
        *(t for t, _ in RESTATED_ROWS),
    ]
    assert [t for t, n in Counter(rows).items() if n > 1] == []


@pytest.mark.parametrize(("text", "expected"), OWN_REMOVAL_ROWS)
def test_removal_of_the_person_just_appointed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_REMOVAL_NEGATIVE_ROWS)
def test_removal_of_the_person_just_appointed_negatives(text: str, expected: list[tuple[str, str, str]] | None) -> None:
    got = _changes(text)
    if expected is None:  # whatever else is read, never a removal of 张三
        assert (R, "张三", "县委组织部副部长") not in got
    else:
        assert got == expected


@pytest.mark.parametrize(("text", "expected"), DECIDING_BODY_ROWS)
def test_deciding_body_before_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", DECIDING_BODY_NEGATIVE_ROWS)
def test_deciding_body_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), RANK_ROWS)
def test_rank_after_the_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", RANK_NEGATIVE_ROWS)
def test_rank_after_the_name_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), SUCCESSION_ROWS)
def test_succession_after_a_word_of_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", SUCCESSION_NEGATIVE_ROWS)
def test_succession_after_a_word_of_time_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), RESIGNATION_ROWS + RESIGNATION_NEGATIVE_ROWS)
def test_further_resignation_of_the_same_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(("text", "expected"), AFFILIATION_ROWS)
def test_elected_after_the_body_they_work_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", AFFILIATION_NEGATIVE_ROWS)
def test_elected_after_the_body_they_work_in_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), MOVED_TO_BODY_ROWS)
def test_move_to_a_body_then_the_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", MOVED_TO_BODY_NEGATIVE_ROWS)
def test_move_to_a_body_then_the_post_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), RESTATED_ROWS)
def test_party_secretary_restated_without_its_committee(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected
