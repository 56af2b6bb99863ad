"""Round rev20 (issue 9, session 20): a hostile review of the session's new rules.

Each row is a near-miss a real page could print for one of the session's rules, with the records it must give
(Simplified and Traditional, ASCII and full-width punctuation). Classes narrowed:
* appoint31's removal naming no one after a new post (张三任X，免去Y职务) is carried over only when the clause before
  named one person (张三、李四任X，免去Y职务: whose Y is not said), and never when its post opens with a word of many
  bodies or an unnamed set (免去各乡镇党委书记职务; vocab PLURAL_POST_OPENERS);
* the same for the further resignation after 同时 / 一并 (张三、李四辞去X，同时一并辞去Y).
Rows that already held are kept as guards of the rules' precision.
"""

from __future__ import annotations

import pytest

from gazette_extract.pipeline import extract_str

A, R, S = "appoint", "remove", "resign"
_HEAD = "关于干部任免的通知\n"
_HEAD_T = "關於幹部任免的通知\n"


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of a whole text through ``extract_str``."""
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


_NEW = [(A, "张三", "县委办公室主任")]
_BOTH = [(A, "张三", "县委办公室副主任"), (A, "李四", "县委办公室副主任")]

OWN_REMOVAL_ROWS = [
    # the carry-over still reads one person's removal, in both scripts and both punctuations
    (_HEAD + "张三同志任县委办公室主任，免去县委组织部副部长职务。", [*_NEW, (R, "张三", "县委组织部副部长")]),
    (_HEAD + "张三同志任县委办公室主任,同时免去县委组织部副部长职务.", [*_NEW, (R, "张三", "县委组织部副部长")]),
    (_HEAD_T + "張三同志任縣委辦公室主任，免去縣委組織部副部長職務。", [*_NEW, (R, "张三", "县委组织部副部长")]),
    (_HEAD + "张三同志任县委办公室主任，免去其县委组织部副部长职务。", [*_NEW, (R, "张三", "县委组织部副部长")]),
    # two persons before the removal: whose post it was is not said — nothing guessed
    (_HEAD + "张三、李四同志任县委办公室副主任，免去县委组织部副部长职务。", _BOTH),
    (_HEAD + "张三和李四同志任县委办公室副主任，免去县委组织部副部长职务。", _BOTH),
    (_HEAD + "张三、李四同志任县委办公室副主任,并免去县委组织部副部长职务;", _BOTH),
    (_HEAD_T + "張三、李四同志任縣委辦公室副主任，同時免去縣委組織部副部長職務。", _BOTH),
    (_HEAD + "任命张三、李四为县委办公室副主任，免去县委组织部副部长职务。", _BOTH),
    # a post of many bodies or an unnamed set: never the person's own
    (_HEAD + "张三同志任县委办公室主任，免去各乡镇党委书记职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任,同时免去各乡镇党委书记职务;", _NEW),
    (_HEAD_T + "張三同志任縣委辦公室主任，免去各鄉鎮黨委書記職務。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，免去所有乡镇党委书记职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，免去全体村委会主任职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，免去有关单位负责人职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，免去上述人员职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，并免去每个乡镇的党委副书记职务。", _NEW),
    # a removal of someone named stays that person's
    (_HEAD + "张三同志任县委办公室主任，免去李四同志县委组织部副部长职务。", [*_NEW, (R, "李四", "县委组织部副部长")]),
    (_HEAD + "张三同志任县委办公室主任，李四同志免去县委组织部副部长职务。", [*_NEW, (R, "李四", "县委组织部副部长")]),
    # a proposal, a negation, a condition, a question, a career, a quotation: no change, the removal neither
    (_HEAD + "张三同志任县委办公室主任，建议免去县委组织部副部长职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，提请免去县委组织部副部长职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，拟免去县委组织部副部长职务。", _NEW),
    (_HEAD + "张三同志任县委办公室主任，不免去县委组织部副部长职务。", _NEW),
    (_HEAD + "张三同志拟任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "提名张三同志任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "张三同志未任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "若张三同志任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "张三同志任县委办公室主任，免去县委组织部副部长职务？", []),
    (_HEAD + "张三同志曾任县委办公室主任，免去县委组织部副部长职务。", []),
    (_HEAD + "张三同志任县委办公室主任期间，免去县委组织部副部长职务。", []),
    (_HEAD + "“张三同志任县委办公室主任，免去县委组织部副部长职务”，他说。", []),
]

OWN_RESIGNATION_ROWS = [
    (
        _HEAD + "张三申请辞去公司董事长职务，同时一并辞去公司战略委员会主任委员职务。",
        [(S, "张三", "公司董事长"), (S, "张三", "公司战略委员会主任委员")],
    ),
    # two persons: the further resignation is not given to one of them
    (
        _HEAD + "张三、李四申请辞去公司董事职务，同时一并辞去公司战略委员会委员职务。",
        [(S, "张三", "公司董事"), (S, "李四", "公司董事")],
    ),
    (
        _HEAD + "张三申请辞去公司董事长职务，同时李四辞去公司总经理职务。",
        [(S, "张三", "公司董事长"), (S, "李四", "公司总经理")],
    ),
    (_HEAD + "张三申请辞去公司董事长职务，如果辞去公司总经理职务需另行审议。", [(S, "张三", "公司董事长")]),
    (_HEAD + "张三申请辞去公司董事长职务，同时一并辞去各专门委员会委员职务。", [(S, "张三", "公司董事长")]),
    (_HEAD + "张三曾任公司董事长，并辞去公司战略委员会主任委员职务。", []),
]


@pytest.mark.parametrize(("text", "expected"), OWN_REMOVAL_ROWS + OWN_RESIGNATION_ROWS)
def test_carried_person(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _changes(text) == expected


def _recipients(line: str) -> list[str] | None:
    text = f"某市人民政府关于做好安全生产工作的通知\n某政发〔2020〕12号\n\n{line}\n\n现将有关事项通知如下。\n\n某市人民政府\n2020年10月7日\n"
    documents = extract_str(text)["documents"]
    return documents[0].get("recipients") if documents else None


RECIPIENT_ROWS = [
    # a troop's number and a year's 年度 are a unit's name (audit20's filter had withheld the whole line)
    (
        "各区人民政府，中国人民解放军61001部队，市政府各部门：",
        ["各区人民政府", "中国人民解放军61001部队", "市政府各部门"],
    ),
    ("各区人民政府,武警61001部队:", ["各区人民政府", "武警61001部队"]),
    ("各區人民政府，中國人民解放軍61001部隊：", ["各区人民政府", "中国人民解放军61001部队"]),
    ("各区人民政府，２０２０年度安全生产先进单位：", ["各区人民政府", "2020年度安全生产先进单位"]),
    ("各区人民政府，2020年度安全生产先进单位：", ["各区人民政府", "2020年度安全生产先进单位"]),
    # near-misses that stay withheld: a telephone number, a date, a sentence, a referent
    ("安神殡仪4000253450市政府直属各单位：", []),
    ("安神殡仪４０００２５３４５０，市政府直属各单位：", []),
    ("2020年10月7日李扬镇长调度秸秆禁烧工作：", []),
    ("各区人民政府，下列单位：", []),
    ("为贯彻落实《某某办法》（以下简称《办法》），提出以下意见：", []),
]


@pytest.mark.parametrize(("line", "expected"), RECIPIENT_ROWS)
def test_recipients_filter(line: str, expected: list[str]) -> None:
    assert _recipients(line) == expected


# titles22's credit line (文/张三 图/李四): keys apart by blanks with empty values failed in exponential time
CREDIT_ROWS = [
    ("文/张三 图/李四", True),
    ("文／张三　图／李四", True),
    ("作者：张三  编辑：李四", True),
    ("作者:张三 编辑:李四", True),
    ("【责任编辑】：王五", True),
    ("文/ 张三", True),
    ("编辑：张 三   审核：李 四", True),
    ("文：   图：李四", True),
    ("文：", True),
    ("文/张三 图/李四 。", False),
    ("文/张三，图/李四", False),
    ("关于做好文/图报送工作的通知", False),
]


@pytest.mark.parametrize(("line", "expected"), CREDIT_ROWS)
def test_credit_line(line: str, expected: bool) -> None:
    from gazette_extract.layout.chrome import _CREDIT_RE

    assert (_CREDIT_RE.match(line) is not None) is expected


@pytest.mark.parametrize("sep", [" 文/", "   文/", "   文：", "  图/", "\t文／"])
def test_credit_line_fails_fast(sep: str) -> None:
    import time

    from gazette_extract.layout.chrome import _CREDIT_RE, is_site_chrome

    line = ("文/" + sep * 40)[:59] + "!"
    _CREDIT_RE.match("文/张三")  # compiled before timing
    start = time.process_time()
    is_site_chrome(line)
    _CREDIT_RE.match(line)
    assert time.process_time() - start < 0.5


# pages21's reading-time line: the same lines read, and blanks before the end fail in linear time
READING_TIME_ROWS = [
    ("本篇文章195字，读完约1分钟", True),
    ("本文约1070字，阅读需要3分钟。", True),
    ("全文共2345字 阅读大约需要5分钟 ！ ", True),
    ("预计阅读时间：5分钟", True),
    ("本文约100字" + " " * 50, True),
    ("本文约100字" + " " * 50 + "。", True),
    ("本文约100字，读完约1分钟，欢迎转发", False),
    ("本文约100字" + " " * 50 + "x", False),
]


@pytest.mark.parametrize(("line", "expected"), READING_TIME_ROWS)
def test_reading_time_line(line: str, expected: bool) -> None:
    from gazette_extract.layout.doubt import is_reading_time_line

    assert is_reading_time_line(line) is expected


def test_reading_time_line_fails_fast() -> None:
    import time

    from gazette_extract.layout.doubt import is_reading_time_line

    is_reading_time_line("本文约100字")  # compiled before timing
    start = time.process_time()
    assert not is_reading_time_line("本文约100字" + " " * 100_000 + "x")
    assert time.process_time() - start < 0.5  # was 24 s


def test_long_name_list_is_linear() -> None:
    """A list of names under one post: each name read in a window of the clause, not a copy of all of it."""
    import time

    surnames, given = "王李张刘陈杨黄赵吴周", "伟娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂"

    def clause(k: int) -> str:
        names = "、".join(surnames[i % 10] + given[(i // 10) % 20] + given[(i // 200) % 20] for i in range(k))
        return "关于干部任免的通知\n任命" + names + "为某局科员。\n"

    def took(k: int) -> float:
        text = clause(k)
        start = time.process_time()
        extract_str(text)
        return time.process_time() - start

    took(200)
    small, large = min(took(1000) for _ in range(2)), min(took(10_000) for _ in range(2))
    assert large < 20 * small + 0.05  # 2.8 s at 20,000 names before the window (×38 for ×10)
    documents = extract_str(clause(4000))["documents"]
    assert len(documents[0]["appointments"]) == 4000
