"""Round apages21 (issue 9, session 21): official appointment pages from new dev sources, and the classes they taught.

Each class is tested over its variants — Simplified and Traditional, full- and half-width separators (，,；;), with and
without 同志, one name or a list — with near-misses that must give nothing or stay as they were:
* 选举产生 / 补选产生 / 增选产生 with the people right after it is the election's verb (依照法定程序选举产生A同志为X,
  B同志为Y — dexinhaoyue, dev: nothing read; vocab ELECTION_RESULT_VERBS). Never 选举产生了 / 选举产生的 / a body after
  it (选举产生新一届县委…), nor a deputy's seat;
* 於 stays in a person's name read from a Traditional page (王興於 → 王兴於; vocab PERSON_NAME_KEPT_CHARS), never added
  to a Simplified page's 于, nor to a name followed by the preposition;
* 于 / 於 with a time or a place after a name is the preposition (张三于会上当选为X gave 张三 and the person 于会上:
  vocab PREPOSITION_PHRASE_PARTS; the phrases join NAME_TIME_ADVERBS so the name reads); 于 as a surname stays;
* the CPPCC named two ways in one story is one post (A当选湖北省政协主席, then 选举A为政协湖北省第十三届委员会主席 —
  ynkmhao, dev: two records), the committee's full name kept; other places or other titles stay two changes;
* a body named without its place after a party post of that place takes the place (当选为扎赉特旗委常委、人民政府副旗长
  → 扎赉特旗人民政府副旗长 — zltq 2021, dev; vocab PLACELESS_BODIES); never after a post that is not a place's party
  committee (某公司党委书记, 某县纪委书记, 某县委组织部部长), nor to a body that names its own place;
* a place's organ opened by its level word alone after a post of that place takes the place (滔溪镇人民政府镇长和镇人大
  主席团主席 — anhua, dev; vocab LEVEL_PLACE_ORGANS); a department stays as printed (round 2's 市公安局局长), nor another
  level, nor a place after a body's name (国家税务总局滁州市…).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from linear_helpers import alarm as linear_alarm

from gazette_extract.pipeline import extract_str

A = "appoint"


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of a whole text through ``extract_str``."""
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def _no_duplicate_rows(rows: list[tuple[str, list[tuple[str, str, str]]]]) -> None:
    texts = [text for text, _ in rows]
    assert len(texts) == len(set(texts)), "a row is listed twice"


# 1. 选举产生 + the people: the election's verb
_TOWN = "河头镇召开第十八届人民代表大会第一次会议。"
RESULT_VERB_ROWS = [
    (_TOWN + "依照法定程序选举产生李炳仁同志为河头镇人大主席。", [(A, "李炳仁", "河头镇人大主席")]),
    (_TOWN + "会议选举产生李炳仁为河头镇人大主席。", [(A, "李炳仁", "河头镇人大主席")]),
    (_TOWN + "会议补选产生李炳仁为河头镇人民政府镇长。", [(A, "李炳仁", "河头镇人民政府镇长")]),
    ("某市政协召开常委会会议。会议增选产生张三同志为某市政协常务委员。", [(A, "张三", "某市政协常务委员")]),
    (
        _TOWN + "依照法定程序选举产生李炳仁同志为河头镇人大主席，罗文彦同志为河头镇人大副主席。",
        [(A, "李炳仁", "河头镇人大主席"), (A, "罗文彦", "河头镇人大副主席")],
    ),
    (
        _TOWN
        + "依照法定程序选举产生李炳仁同志为河头镇人大主席,罗文彦同志为河头镇人大副主席;陈伟文同志为河头镇人民政府镇长。",
        [(A, "李炳仁", "河头镇人大主席"), (A, "罗文彦", "河头镇人大副主席"), (A, "陈伟文", "河头镇人民政府镇长")],
    ),
    (
        _TOWN + "会议选举产生黄耀斌、陈志坚同志为河头镇人民政府副镇长。",
        [(A, "黄耀斌", "河头镇人民政府副镇长"), (A, "陈志坚", "河头镇人民政府副镇长")],
    ),
    (
        "河頭鎮召開第十八屆人民代表大會第一次會議。依照法定程序選舉產生李炳仁同志為河頭鎮第十八屆人大主席,羅文彥同志為河頭鎮第十八屆人大副主席。",
        [(A, "李炳仁", "河头镇第十八届人大主席"), (A, "罗文彦", "河头镇第十八届人大副主席")],
    ),
    (
        "某县召开人民代表大会。会议补选产生阿卜杜·阿卜来提为某县人民政府副县长。",
        [(A, "阿卜杜·阿卜来提", "某县人民政府副县长")],
    ),
]
RESULT_VERB_NEGATIVES = [
    _TOWN + "大会选举产生新一届县委、县纪委领导班子，会议为期两天。",
    _TOWN + "大会选举产生了新一届领导班子，会议为期两天。",
    _TOWN + "会议通过了选举产生办法，明确镇长为候选人。",
    _TOWN + "会议选举产生李炳仁同志为某市第八届人民代表大会代表。",
    _TOWN + "会议讨论了选举产生的程序，主任为会议作了说明。",
]


@pytest.mark.parametrize("text,expected", RESULT_VERB_ROWS)
def test_election_result_verb_reads_its_people(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", RESULT_VERB_NEGATIVES)
def test_election_result_noun_gives_nothing(text: str) -> None:
    assert _changes(text) == []


def test_election_result_noun_list_still_reads() -> None:
    """The noun form keeps its own reading (选举产生了…：主任张三，副主任李四 — round 8)."""
    text = "会议选举产生了新一届区人大常委会主任、副主任：主任张三，副主任李四、王五。"
    assert _changes(text) == [
        (A, "张三", "区人大常委会主任"),
        (A, "李四", "区人大常委会副主任"),
        (A, "王五", "区人大常委会副主任"),
    ]


# 2. 於 kept in a name read from a Traditional page
KEPT_YU_ROWS = [
    (
        "政協召開全體會議。大會選舉王興於為政協某省第十三屆委員會副主席。",
        [(A, "王兴於", "政协某省第十三届委员会副主席")],
    ),
    (
        "政協召開全體會議,大會選舉張三、王興於為政協某省第十三屆委員會副主席。",
        [(A, "张三", "政协某省第十三届委员会副主席"), (A, "王兴於", "政协某省第十三届委员会副主席")],
    ),
    ("市人大常委會召開會議；會議決定任命於立新為某市人民政府副市長。", [(A, "於立新", "某市人民政府副市长")]),
]
KEPT_YU_NEGATIVES = [
    (
        "政协召开全体会议。大会选举王兴于为政协某省第十三届委员会副主席。",
        [(A, "王兴于", "政协某省第十三届委员会副主席")],
    ),
    ("政協召開全體會議。張三於會上當選為某市政協主席。", [(A, "张三", "某市政协主席")]),
]


@pytest.mark.parametrize("text,expected", KEPT_YU_ROWS + KEPT_YU_NEGATIVES)
def test_yu_kept_in_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# 2b. 于 / 於 with a time or a place after a name: the preposition, never a second person (PREPOSITION_PHRASE_PARTS)
YU_PHRASE_ROWS = [
    ("政协召开全体会议。张三于会上当选为某市政协主席。", [(A, "张三", "某市政协主席")]),
    ("會議消息:張三於會上當選為某市政協主席。", [(A, "张三", "某市政协主席")]),
    ("张三于近日被任命为某局局长。", [(A, "张三", "某局局长")]),
    ("张三于当天辞去某局局长职务。", [("resign", "张三", "某局局长")]),
    ("张三、李四于会上当选为某市政协副主席。", [(A, "张三", "某市政协副主席"), (A, "李四", "某市政协副主席")]),
    ("张三同志于同日被任命为某局局长；", [(A, "张三", "某局局长")]),
    # 于 as a surname stays a name
    ("会议决定任命于会林为某局局长。", [(A, "于会林", "某局局长")]),
    ("会议决定任命于近为某局局长,于日明为某局副局长。", [(A, "于近", "某局局长"), (A, "于日明", "某局副局长")]),
]


@pytest.mark.parametrize("text,expected", YU_PHRASE_ROWS)
def test_yu_phrase_is_no_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# 3. the CPPCC named two ways in one story: one post, the committee's full name
CPPCC_ROWS = [
    (
        "孙伟当选湖北省政协主席\n大会选举孙伟为政协湖北省第十三届委员会主席。",
        [(A, "孙伟", "政协湖北省第十三届委员会主席")],
    ),
    (
        "孫偉當選湖北省政協主席\n大會選舉孫偉為政協湖北省第十三屆委員會主席。",
        [(A, "孙伟", "政协湖北省第十三届委员会主席")],
    ),
    (
        "会议消息：张三当选某市政协主席。会议选举张三为政协某市第五届委员会主席。",
        [(A, "张三", "政协某市第五届委员会主席")],
    ),
    (
        "会议消息：张三当选某区政协副主席；会议选举张三为政协某区第九届委员会副主席。",
        [(A, "张三", "政协某区第九届委员会副主席")],
    ),
    ("会议选举张三为政协某县第五届委员会主席。随后,张三当选某县政协主席。", [(A, "张三", "政协某县第五届委员会主席")]),
]
CPPCC_NEGATIVES = [
    # another place: two changes
    (
        "会议消息：张三当选某市政协主席。会议选举张三为政协某县第五届委员会主席。",
        [(A, "张三", "某市政协主席"), (A, "张三", "政协某县第五届委员会主席")],
    ),
    # another title: two changes
    (
        "会议消息：张三当选某市政协副主席。会议选举张三为政协某市第五届委员会主席。",
        [(A, "张三", "某市政协副主席"), (A, "张三", "政协某市第五届委员会主席")],
    ),
]


@pytest.mark.parametrize("text,expected", CPPCC_ROWS + CPPCC_NEGATIVES)
def test_cppcc_named_two_ways(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# 4. a body without its place after a party post of that place
PLACELESS_ROWS = [
    (
        "选举结果：周文同志当选为扎赉特旗委常委、人民政府副旗长。",
        [(A, "周文", "扎赉特旗委常委"), (A, "周文", "扎赉特旗人民政府副旗长")],
    ),
    (
        "会议决定任命张三为中共某县委常委、人民政府副县长。",
        [(A, "张三", "中共某县委常委"), (A, "张三", "某县人民政府副县长")],
    ),
    ("张三当选为某县委副书记、人大常委会主任。", [(A, "张三", "某县委副书记"), (A, "张三", "某县人大常委会主任")]),
    (
        "张三当选为某区委常委、政协主席；李四当选为某区人民政府副区长。",
        [(A, "张三", "某区委常委"), (A, "张三", "某区政协主席"), (A, "李四", "某区人民政府副区长")],
    ),
    (
        "張三當選為扎賚特旗委常委、人民政府副旗長。",
        [(A, "张三", "扎赉特旗委常委"), (A, "张三", "扎赉特旗人民政府副旗长")],
    ),
    ("会议决定任命张三为某州委常委、政府副州长。", [(A, "张三", "某州委常委"), (A, "张三", "某州政府副州长")]),
]
PLACELESS_NEGATIVES = [
    ("张三任某公司党委书记、人民政府顾问。", [(A, "张三", "某公司党委书记"), (A, "张三", "人民政府顾问")]),
    ("张三任某市人民政府副市长、公安局局长。", [(A, "张三", "某市人民政府副市长"), (A, "张三", "公安局局长")]),
    ("张三当选为某县纪委书记、人民政府副县长。", [(A, "张三", "某县纪委书记"), (A, "张三", "人民政府副县长")]),
    ("张三当选为某县委常委、某市人民政府副市长。", [(A, "张三", "某县委常委"), (A, "张三", "某市人民政府副市长")]),
]


@pytest.mark.parametrize("text,expected", PLACELESS_ROWS + PLACELESS_NEGATIVES)
def test_placeless_body_after_party_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# 5. a post opened by a level word alone after a post of a place of that level takes the place
LEVEL_OPENED_ROWS = [
    (
        "谢波、杨景宪两名同志分别以全票当选为滔溪镇人民政府镇长和镇人大主席团主席。",
        [(A, "谢波", "滔溪镇人民政府镇长"), (A, "杨景宪", "滔溪镇人大主席团主席")],
    ),
    (
        "谢波、杨景宪分别当选为滔溪镇人民政府镇长、镇人大主席团主席；",
        [(A, "谢波", "滔溪镇人民政府镇长"), (A, "杨景宪", "滔溪镇人大主席团主席")],
    ),
    (
        "張三、李四分別當選為石台縣人民政府縣長、縣人大常委會主任。",
        [(A, "张三", "石台县人民政府县长"), (A, "李四", "石台县人大常委会主任")],
    ),
    (
        "张三任中共石台县委副书记、县人民政府县长。",
        [(A, "张三", "中共石台县委副书记"), (A, "张三", "石台县人民政府县长")],
    ),
    (
        "张三任滁州市财政局局长、市人大常委会副主任,",
        [(A, "张三", "滁州市财政局局长"), (A, "张三", "滁州市人大常委会副主任")],
    ),
]
LEVEL_OPENED_NEGATIVES = [
    # a body before the level word: no place
    (
        "张三任国家税务总局滁州市税务局局长、市财政局局长。",
        [(A, "张三", "国家税务总局滁州市税务局局长"), (A, "张三", "市财政局局长")],
    ),
    # a department after the level word stays as printed (round 2's 市公安局局长)
    (
        "决定免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。",
        [("remove", "卢炳椿", "泉州市人民政府副市长"), ("remove", "卢炳椿", "市公安局局长")],
    ),
    # another level than the place's
    ("张三任滁州市财政局局长、县审计局局长。", [(A, "张三", "滁州市财政局局长"), (A, "张三", "县审计局局长")]),
    # the level word opens the earlier post too: no place named
    ("张三任市委常委、市人民政府副市长。", [(A, "张三", "市委常委"), (A, "张三", "市人民政府副市长")]),
]


@pytest.mark.parametrize("text,expected", LEVEL_OPENED_ROWS + LEVEL_OPENED_NEGATIVES)
def test_level_opened_post_takes_the_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


def test_no_duplicate_rows() -> None:
    _no_duplicate_rows(
        RESULT_VERB_ROWS
        + KEPT_YU_ROWS
        + KEPT_YU_NEGATIVES
        + CPPCC_ROWS
        + CPPCC_NEGATIVES
        + PLACELESS_ROWS
        + PLACELESS_NEGATIVES
        + LEVEL_OPENED_ROWS
        + LEVEL_OPENED_NEGATIVES
    )
    assert len(RESULT_VERB_NEGATIVES) == len(set(RESULT_VERB_NEGATIVES))


# linearity: each new pattern at n and 10n under an alarm (benchmarks/linearity_apages21.py keeps the table)
@pytest.fixture
def alarm() -> Iterator[None]:
    with linear_alarm(20):
        yield


@pytest.mark.parametrize(
    "piece",
    [
        "依照法定程序选举产生李炳仁同志为河头镇人大主席。\n",
        "选举产生" * 20 + "\n",
        "周文同志当选为扎赉特旗委常委、人民政府副旗长。\n",
        "大会选举孙伟为政协湖北省第十三届委员会主席。\n",
    ],
)
def test_linear(piece: str, alarm: None) -> None:
    def took(n: int) -> float:
        text = "选举结果\n" + piece * n
        start = time.process_time()
        extract_str(text)
        return time.process_time() - start

    took(5)
    small, large = min(took(40) for _ in range(3)), min(took(400) for _ in range(3))
    assert large < 30 * max(small, 2e-3)  # 10x input: near 10x time (linear), far under 30x
