"""Appointments round anews21 (issue 9, session 21): changes told in mainland (Simplified) news reports.

Classes fixed (docs/issue9-rounds.md, ### anews21), each over its variants — separators ，,；;、, full- and
half-width, Simplified and Traditional, with and without 同志 — with near-misses that must give nothing:

* (precision) 离任, news' word for leaving a post: ``于洪臣离任足协书记`` was read as 于洪臣离 + 任X, a false person
  and the opposite action; now a removal of the post named after it (vocab LEAVE_VERBS). 离任 closing the clause, a
  time word after it (离任前), 即将离任的 and a thanks give nothing;
* a holder described by age before the name (65岁的蔡名照因年龄原因不再担任X, 现年59岁的王赋…): the age comes off
  when a name follows it (vocab HOLDER_AGE_LEADS); never a count (300名), a year or a noun after the age (老人);
* an attributive that holds a move of its own before the successor (刚刚升任X的杜兆才接替于洪臣,出任Y), and an
  attributive before 不再担任 / 不再兼任 (此前兼任X的张三不再担任Y): the clause's own verb after the attributive's
  的 (vocab ATTRIBUTIVE_SUCCESSION_VERBS);
* a bare 等 closing a list of names before 为 or 当选 (马国仓、王民…等当选为X; 任命A、B等为X): every named person,
  where 任命A、B等为X had given A with the false post ``B等为X`` and lost B;
* the post held, the name and a remark right after it (王燕文(女), 张三（左）) before the verb: the remark comes off
  (vocab NAME_REMARK_LEADS), never a bracket before the name or inside the post;
* 慎 as a surname bounded by the clause (慎海雄同志任…: the page showed no document at all); 慎重 / 慎用 open no name.
"""

from __future__ import annotations

import time

import pytest

from gazette_extract.pipeline import extract_str

A, R = "appoint", "remove"


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of a whole text through ``extract_str``."""
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


# --- 离任: a removal, never a false person -----------------------------------------------------------------------

LEFT_ROWS = [
    ("6月20日，于洪臣离任足协书记。", [(R, "于洪臣", "足协书记")]),
    ("6月20日，张三离任某市财政局局长。", [(R, "张三", "某市财政局局长")]),
    ("6月20日,张三同志离任某市财政局局长.", [(R, "张三", "某市财政局局长")]),
    (
        "6月20日，市政府今天宣布，張三離任某市財政局局長，李四出任某區區長。",
        [(R, "张三", "某市财政局局长"), (A, "李四", "某区区长")],
    ),
    ("6月20日，张三离任某市财政局局长；李四离任某区区长。", [(R, "张三", "某市财政局局长"), (R, "李四", "某区区长")]),
    ("6月20日，张三离任某市财政局局长,李四接任.", [(R, "张三", "某市财政局局长"), (A, "李四", "某市财政局局长")]),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_ROWS, ids=[r[0][:18] for r in LEFT_ROWS])
def test_left_post_is_a_removal(text, expected):
    assert _changes(text) == expected


LEFT_NEGATIVES = [
    "6月20日，张三离任。",  # no post named
    "6月20日，张三离任前视察某地。",  # a time word, not a post
    "6月20日，即将离任的张三出席会议。",
    "6月20日，会议感谢即将离任的委员张三和李四。",
    "6月20日，张三离任审计报告已经完成。",
]


@pytest.mark.parametrize("text", LEFT_NEGATIVES)
def test_left_post_negatives(text):
    assert not [c for c in _changes(text) if c[1].endswith("离") or c[0] == A]


# --- a holder described by age ------------------------------------------------------------------------------------

AGE_ROWS = [
    (
        "6月20日，65岁的蔡名照因年龄原因不再担任新华社社长、党组书记职务。",
        [(R, "蔡名照", "新华社社长"), (R, "蔡名照", "新华社党组书记")],
    ),
    ("6月20日，现年65岁的蔡名照不再担任新华社社长。", [(R, "蔡名照", "新华社社长")]),
    ("6月20日,年满60岁的张三不再担任某局局长职务;", [(R, "张三", "某局局长")]),
    ("6月20日，今年58岁的赵六同志不再担任某大学校长。", [(R, "赵六", "某大学校长")]),
    ("6月20日，65周岁的李四因年龄原因辞去某公司董事长职务。", [("resign", "李四", "某公司董事长")]),
    ("6月20日，現年65歲的蔡名照不再擔任新華社社長。", [(R, "蔡名照", "新华社社长")]),
]


@pytest.mark.parametrize(("text", "expected"), AGE_ROWS, ids=[r[0][6:22] for r in AGE_ROWS])
def test_holder_described_by_age(text, expected):
    assert _changes(text) == expected


AGE_NEGATIVES = [
    "6月20日，65岁的老人张三担任志愿者。",  # a noun after the age: no name follows it
    "6月20日，300名代表出席会议。",
    "6月20日，65岁的人不再担任某局局长。",
    "6月20日，2020年的张三不再担任某局局长。",
]


@pytest.mark.parametrize("text", AGE_NEGATIVES)
def test_holder_age_negatives(text):
    assert _changes(text) == []


# --- an attributive holding its own move before the successor --------------------------------------------------------

ATTRIBUTIVE_ROWS = [
    (
        "6月20日，刚刚升任国家体育总局局长助理的杜兆才接替于洪臣,出任中国足协党委书记。",
        [(A, "杜兆才", "中国足协党委书记")],
    ),
    ("6月20日，刚刚升任某局局长助理的张三接替李四出任某协会党委书记。", [(A, "张三", "某协会党委书记")]),
    ("6月20日，此前调任某局的张三接替李四，出任某协会主席；", [(A, "张三", "某协会主席")]),
    ("6月20日，此前担任某局局长的张三不再担任某公司董事长。", [(R, "张三", "某公司董事长")]),
    ("6月20日,今年刚获提拔的李四不再兼任某局局长.", [(R, "李四", "某局局长")]),
    ("6月20日，年满60岁的张少农卸任国土资源部副部长。", [(R, "张少农", "国土资源部副部长")]),  # round 8 still
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIVE_ROWS, ids=[r[0][6:22] for r in ATTRIBUTIVE_ROWS])
def test_attributive_before_the_successor(text, expected):
    assert _changes(text) == expected


ATTRIBUTIVE_NEGATIVES = [
    "6月20日，会议的代表不再担任某公司董事长。",  # no name after 的
    "6月20日，刚刚升任某局局长的消息传来。",
    "6月20日，2015年调任某局的张三接替李四出任某协会主席。",  # a dated attributive: a story, kept whole
]


@pytest.mark.parametrize("text", ATTRIBUTIVE_NEGATIVES)
def test_attributive_negatives(text):
    assert _changes(text) == []


# --- a bare 等 closing a list of names ---------------------------------------------------------------------------------

ETAL_ROWS = [
    ("6月20日，张三、李四等当选为某协会副会长。", [(A, "张三", "某协会副会长"), (A, "李四", "某协会副会长")]),
    ("6月20日,张三、李四等人当选为某协会副会长;", [(A, "张三", "某协会副会长"), (A, "李四", "某协会副会长")]),
    ("6月20日，张三等当选为某协会副会长。", [(A, "张三", "某协会副会长")]),
    ("6月20日，會議選舉張三、李四等為某協會副會長。", [(A, "张三", "某协会副会长"), (A, "李四", "某协会副会长")]),
    ("6月20日，会议任命张三、李四等为某局副局长。", [(A, "张三", "某局副局长"), (A, "李四", "某局副局长")]),
    ("6月20日，张三、李四等5人当选为某协会副会长。", [(A, "张三", "某协会副会长"), (A, "李四", "某协会副会长")]),
]


@pytest.mark.parametrize(("text", "expected"), ETAL_ROWS, ids=[r[0][6:22] for r in ETAL_ROWS])
def test_bare_etal_before_the_verb(text, expected):
    assert _changes(text) == expected


ETAL_NEGATIVES = [
    "6月20日，会议等为期三天。",
    "6月20日，代表等当选为某协会副会长。",  # no name before 等
    "6月20日，张三、李四等待当选为某协会副会长。",  # 等待: not the list's close
]


@pytest.mark.parametrize("text", ETAL_NEGATIVES)
def test_bare_etal_negatives(text):
    assert _changes(text) == []


# --- a remark between the held post's name and the verb -------------------------------------------------------------

REMARK_ROWS = [
    ("6月20日，江苏省委常委、宣传部部长王燕文(女)不再兼任统战部部长职务。", [(R, "王燕文", "统战部部长")]),
    (
        "6月20日，浙江省委宣传部部长葛慧君（女）出任浙江省政协主席，不再担任省委常委职务；",
        [(A, "葛慧君", "浙江省政协主席"), (R, "葛慧君", "省委常委")],
    ),
    ("6月20日，某市副市长张三（女）任某局局长。", [(A, "张三", "某局局长")]),
    ("6月20日,某市副市长张三(左)出任某局局长.", [(A, "张三", "某局局长")]),
    ("6月20日，某市副市长张三（女，汉族）升任某局局长。", [(A, "张三", "某局局长")]),
    (
        "6月20日，浙江省委宣傳部部長葛慧君(女)出任浙江省政協主席，不再擔任省委常委職務。",
        [(A, "葛慧君", "浙江省政协主席"), (R, "葛慧君", "省委常委")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REMARK_ROWS, ids=[r[0][6:22] for r in REMARK_ROWS])
def test_remark_after_the_held_posts_name(text, expected):
    assert _changes(text) == expected


REMARK_NEGATIVES = [
    "6月20日，某市副市长(女)张三出任某局局长。",  # the bracket before the name: no name closed by it
    "6月20日，某市副市长（资料图）出任某局局长。",  # no name at all
]


@pytest.mark.parametrize("text", REMARK_NEGATIVES)
def test_remark_negatives(text):
    assert _changes(text) == []


# --- 慎 bounded as a surname -------------------------------------------------------------------------------------------

SHEN_ROWS = [
    (
        "日前，中央决定：慎海雄同志任中央广播电视总台台长、党组书记。",
        [(A, "慎海雄", "中央广播电视总台台长"), (A, "慎海雄", "中央广播电视总台党组书记")],
    ),
    ("3月21日上午，召开中层干部大会。慎海雄同志任中央广播电视总台台长。", [(A, "慎海雄", "中央广播电视总台台长")]),
    ("决定任命慎海雄为某电视台台长。", [(A, "慎海雄", "某电视台台长")]),
]


@pytest.mark.parametrize(("text", "expected"), SHEN_ROWS, ids=[r[0][:14] for r in SHEN_ROWS])
def test_shen_is_a_bounded_surname(text, expected):
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text", ["慎重研究同志任某局局长。", "会议经慎重研究，决定由张三同志负责。", "慎用同志任某局局长。"]
)
def test_shen_words_open_no_name(text):
    assert not [c for c in _changes(text) if c[1].startswith("慎")]


# --- linearity (rows also in benchmarks/linearity_anews21.py) --------------------------------------------------------


def _cpu(f, n):  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        f(n)
        best = min(best, time.process_time() - start)
    return best


LINEAR_CASES = {
    "ages": lambda n: extract_str("6月20日，" + "65岁的" * n + "张三不再担任某局局长。"),
    "attributives": lambda n: extract_str("6月20日，" + "升任某局的" * n + "张三接替李四出任某协会主席。"),
    "etal-lists": lambda n: extract_str("6月20日，" + "张三、" * n + "李四等当选为某协会副会长。"),
    "left-posts": lambda n: extract_str("6月20日，" + "张三离任" * n + "某局局长。"),
}


@pytest.mark.parametrize("case", list(LINEAR_CASES.values()), ids=list(LINEAR_CASES))
def test_new_patterns_are_linear(case):
    small, large = _cpu(case, 200), _cpu(case, 2000)
    assert large < 25 * max(small, 1e-4), (small, large)
