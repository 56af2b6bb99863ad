"""Round rev22 (issue 9, session 21): review of the second batch (anews21, aprec21, classes21, speed22, the lead's
proposed-posts table) — false values found by near-misses, each narrowed by class.

* a denied personnel verb inside a bracketed remark or a quoted title (任命张三为X（原局长李四已未任职）,
  根据《关于未任命人员…》) dropped the clause's own change (aprec21's negation read the whole clause);
* a table of proposed posts (姓名 | 现任职务 | 拟任职务) was decided by a block that itself proposes, puts to the
  public or denies (经县委研究决定，现予以公示 / 通过县委常委会研究，拟提拔任用 / 经上级批准，下列同志拟任新职): vocab
  TABLE_UNDECIDED_WORDS with PROPOSAL_LEADS and REFUSAL_LEADS; 同意 decides (研究同意：, read since round 6);
* a 目录 entry's number is the one that opens or closes it, never one inside its title (关于转发京政发〔2020〕5号的
  通知　京平政发〔2021〕2号　8 gave the cited number and a broken title);
* a bracketed number of one or three digits opens an item whatever follows ((1)按照京政发字第12号要求 lost its item
  to classes21's old-series year, which has two digits);
* the pattern cache's file carries the CRC of the module that derives its programs (speed22): a file from another
  version of it is replaced, not served; and a derived program answers as re's on flags, look-behinds at the text
  start, match / fullmatch / sub / split;
* a page of many short 关于 documents no longer scans the page above each (quadratic: 3,000 old-series lines).
Timings: ``benchmarks/linearity_rev22.py`` and ``test_linear_*`` below (under an alarm).
"""

from __future__ import annotations

import marshal
import os
import random
import re
import subprocess
import sys
import zlib
from pathlib import Path

import opencc
import pytest
from test_linear import finishes_within

from gazette_extract import _pattern_cache
from gazette_extract.layout.blocks import MARKER_RE
from gazette_extract.pipeline import extract_str

A = "appoint"
_S2T = opencc.OpenCC("s2t")
_HEAD = "关于干部任免的通知\n"


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def _scripts(texts: list[str]) -> list[str]:
    return [t for text in texts for t in (text, str(_S2T.convert(text)))]


# ---------------------------------------------------------------- 1. a denial inside a remark or a quoted title
_REMARKS = [
    "（原局长李四已未任职）",
    "(原局长李四已未任职)",
    "（该职位此前从未任命）",
    "（李四并未被免职）",
    "（此前一直没有任命）",
    "（该局尚未任命副职）",
]


@pytest.mark.parametrize("text", _scripts([f"{_HEAD}经研究，决定任命张建国为县财政局局长{r}。" for r in _REMARKS]))
def test_denial_in_a_remark_keeps_the_change(text: str) -> None:
    assert _changes(text) == [(A, "张建国", "县财政局局长")]


@pytest.mark.parametrize(
    "text",
    _scripts(
        [
            f"{_HEAD}根据《关于未任命人员的处理办法》，任命张建国为县财政局局长。",
            f"{_HEAD}根据《关于并未任命人员的说明》任命张建国为县财政局局长。",
        ]
    ),
)
def test_denial_in_a_quoted_title_keeps_the_change(text: str) -> None:
    assert _changes(text) == [(A, "张建国", "县财政局局长")]


@pytest.mark.parametrize(
    "text",
    _scripts(
        [
            f"{_HEAD}并未任命张建国（女）为县财政局局长。",
            f"{_HEAD}张建国没有被任命为县财政局局长（见附件）。",
            f"{_HEAD}会议并未任命张建国为县财政局局长（原定人选）。",
            f"{_HEAD}张建国（女）从未担任县财政局局长。",
        ]
    ),
)
def test_denial_outside_the_brackets_still_denies(text: str) -> None:
    assert _changes(text) == []


# ---------------------------------------------------------------- 1b. 所谓 naming a term, not a claim
_TERMS = ["“一肩挑”", "「一肩挑」", "『一肩挑』", "一肩挑", "论资排辈"]
_TERM_SENTENCES = [
    "按照所谓{t}的要求，任命张建国为村党支部书记。",
    "实行所谓{t}，张建国任村党支部书记。",
    "所谓{t}，即张建国任村党支部书记。",
    "打破所谓{t}；张建国任村党支部书记。",
]


@pytest.mark.parametrize("text", _scripts([_HEAD + s.format(t=t) for s in _TERM_SENTENCES for t in _TERMS]))
def test_suowei_naming_a_term_keeps_the_change(text: str) -> None:
    assert _changes(text) == [(A, "张建国", "村党支部书记")]


@pytest.mark.parametrize(
    "text",
    _scripts(
        [
            f"{_HEAD}有所谓前县长张建国接任县财政局局长一职。经核实，纯属谣言。",
            f"{_HEAD}网上流传所谓张建国将出任县财政局局长的消息。",
            f"{_HEAD}所谓张建国调任县财政局局长，并无此事。",
        ]
    ),
)
def test_suowei_before_a_claim_still_reads_nothing(text: str) -> None:
    assert _changes(text) == []


# ---------------------------------------------------------------- 2. tables of proposed posts
_TABLE = "姓名 | 现任职务 | 拟任职务\n张建国 | 县财政局副局长 | 县财政局局长\n"
_UNDECIDED_LEADS = [
    "经县委研究决定，现予以公示：",
    "根据有关规定，经县委研究决定，现予以公示。",
    "经民主推荐、组织考察，通过县委常委会研究，拟提拔任用以下同志：",
    "经上级批准，下列同志拟任新职：",
    "经县委常委会研究决定，以下同志为拟任人选：",
    "经县委研究决定，推荐以下同志：",
    "经县委研究决定，现征求意见：",
    "本次公示未经批准不得转载。",
    "关于未通过考察人员的说明",
    "经研究，不同意以下同志任职：",
    "会议表决，没有同意以下人员任职：",
]
_HEADS = ["县人民政府文件\n", "干部任职\n", "首页 > 通知公告 > 正文\n"]


@pytest.mark.parametrize("text", _scripts([f"{head}{lead}\n{_TABLE}" for lead in _UNDECIDED_LEADS for head in _HEADS]))
def test_proposed_table_under_an_undecided_lead_gives_nothing(text: str) -> None:
    assert _changes(text) == []


_DECIDED_LEADS = [
    "经研究决定：",
    "经县人民政府常务会议研究同意：",
    "经县人民政府第5次常务会议审议，同意下列同志任职：",
    "经市委批准，现将有关事项通知如下：",
    "县人大常委会第十次会议通过的任免名单",
]


@pytest.mark.parametrize("text", _scripts([f"{head}{lead}\n{_TABLE}" for lead in _DECIDED_LEADS for head in _HEADS]))
def test_proposed_table_under_a_decision_reads(text: str) -> None:
    assert _changes(text) == [(A, "张建国", "县财政局局长")]


def test_proposed_table_warns_under_an_undecided_lead() -> None:
    result = extract_str(f"县人民政府文件\n经县委研究决定，现予以公示：\n{_TABLE}")
    assert any("proposed posts" in w["message"] for w in result["warnings"])


# ---------------------------------------------------------------- 3. a contents entry's own number
_T1 = "北京市平谷区人民政府关于印发《平谷区2021年为民办实事工程》的通知"
_BODY = "各乡镇人民政府：\n一、加强组织领导。\n二、抓好工作落实。\n北京市平谷区人民政府\n2021年1月20日\n"
_CITED = [("〔", "〕"), ("[", "]"), ("（", "）")]


def _contents(entries: str) -> list[tuple[str, str | None, int | None]]:
    text = f"北京市平谷区人民政府公报\n2021年第1期（总第9期）\n目　录\n{_T1}　3\n{entries}\n{_T1}\n京平政发〔2021〕1号\n{_BODY}"
    return [(c["title"], c.get("doc_number"), c.get("page")) for c in extract_str(text)["contents"]][1:]


@pytest.mark.parametrize(("op", "cl"), _CITED)
@pytest.mark.parametrize("verb", ["转发", "废止", "修改", "贯彻落实"])
@pytest.mark.parametrize("space", ["　", " ", "　　"])
def test_contents_number_inside_title_stays_the_titles(op: str, cl: str, verb: str, space: str) -> None:
    title = f"北京市平谷区人民政府关于{verb}京政发{op}2020{cl}5号文件的通知"
    got = _contents(f"{title}{space}8")
    assert len(got) == 1 and got[0][1] is None and got[0][2] == 8 and "5号" in got[0][0]


@pytest.mark.parametrize(("op", "cl"), _CITED[:2])
@pytest.mark.parametrize("space", ["　", " "])
def test_contents_own_number_after_a_cited_one(op: str, cl: str, space: str) -> None:
    title = f"北京市平谷区人民政府关于转发京政发{op}2020{cl}5号的通知"
    got = _contents(f"{title}{space}京平政发{op}2021{cl}2号{space}8")
    assert got == [(title, "京平政发〔2021〕2号", 8)]  # the title as printed


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (f"{_T1[:-3]}二的通知　京平政发〔2021〕2号　8", (f"{_T1[:-3]}二的通知", "京平政发〔2021〕2号", 8)),
        (
            "京平政发〔2021〕2号　北京市平谷区人民政府关于做好工作的通知　8",
            ("北京市平谷区人民政府关于做好工作的通知", "京平政发〔2021〕2号", 8),
        ),
        (
            "北京市平谷区人民政府关于做好工作的通知（京平政发〔2021〕2号）　8",
            ("北京市平谷区人民政府关于做好工作的通知", "京平政发〔2021〕2号", 8),
        ),
    ],
)
def test_contents_own_number_at_an_end_still_reads(entry: str, expected: tuple[str, str, int]) -> None:
    assert _contents(entry) == [expected]


# ---------------------------------------------------------------- 4. one-digit items before a number
@pytest.mark.parametrize("op,cl", [("（", "）"), ("(", ")")])
@pytest.mark.parametrize("num", ["1", "3", "9", "100"])
@pytest.mark.parametrize("rest", ["按照京政发字第12号要求", "京政发字第12号文件规定", "市发第3号令", "京政发12号文件"])
def test_one_or_three_digits_open_an_item(op: str, cl: str, num: str, rest: str) -> None:
    m = MARKER_RE.match(f"{op}{num}{cl}{rest}")
    assert m is not None and m.lastgroup == "paren_num"


@pytest.mark.parametrize("op,cl", [("（", "）"), ("(", ")")])
@pytest.mark.parametrize("year", ["85", "79", "98"])
@pytest.mark.parametrize("rest", ["京政发字第12号　关于做好工作的通知", "国发第5号", "京政字第3号"])
def test_two_digit_year_before_an_old_series_number_is_no_item(op: str, cl: str, year: str, rest: str) -> None:
    assert MARKER_RE.match(f"{op}{year}{cl}{rest}") is None


# ---------------------------------------------------------------- 5. the pattern cache (speed22)
_FLAGGED = [
    (r"(?<=第)\d+", 0),
    (r"(?<=第)\d+", re.ASCII),
    (r"(?<=a)b+", re.IGNORECASE),
    (r"(?i)(?<=a)b+", 0),
    (r"(?<=a)(?i:b)+", 0),
    (r"(?:ab|cd)$", re.MULTILINE),
    (r"(?m)^(?:ab|cd)", 0),
    (r"(?<![a-z])(?:ab|cd)", 0),
    (r"(?<=^)(?:ab|cd)", re.MULTILINE),
    (r"(?x) (?<= a ) \s* b c  # a comment", 0),
    (r"(?=ab)(?:a|x)", 0),
    (r"(?:\b|x)(?:ab|cd)", 0),
    (r"(?<=[，,])\s*\d", 0),
    (r"(?:(?<=x)|^)[abc]", re.MULTILINE),
    (r"(?<=.)[ab]", re.DOTALL),
    (r"(?<=x)(?:\d|[ａ-ｚ])+", 0),
    (r"(?<=q)(?>a|b)c", 0),
    (r"(?<=q)(?:a|b)++", 0),
    (r"(?<=[A-Z])[ǅǆ]", re.IGNORECASE),
]
_ALPHABET = "abcdxq第，, 12３年月\n“”ABKKİıǅ"


@pytest.mark.parametrize(("pattern", "flags"), _FLAGGED, ids=[f"{p}/{f}" for p, f in _FLAGGED])
def test_derived_programs_answer_as_re(pattern: str, flags: int) -> None:
    ours, theirs = _pattern_cache.compile_re(pattern, flags), re.compile(pattern, flags)
    rng = random.Random(22)
    texts = ["", "\n", "ab", "第３条", "\nab"] + [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(300)
    ]
    for text in texts:
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
        assert [m.span() for m in ours.finditer(text, 2)] == [m.span() for m in theirs.finditer(text, 2)]
        for method in ("match", "fullmatch", "search"):
            a, b = getattr(ours, method)(text), getattr(theirs, method)(text)
            assert (a and a.span()) == (b and b.span())
        assert ours.sub("#", text) == theirs.sub("#", text)
        assert ours.split(text) == theirs.split(text)


_PROBE = (
    "from gazette_extract import _pattern_cache as P; from gazette_extract.pipeline import extract_str; "
    "r = extract_str('关于干部任免的通知\\n任命张建国为县财政局局长。'); "
    "print(len(r['documents'][0]['appointments']), P.info()['read'])"
)


def _run(cache: Path) -> tuple[int, int]:
    env = dict(os.environ, GAZETTE_EXTRACT_CACHE_DIR=str(cache), PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    env.pop("GAZETTE_EXTRACT_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and not done.stderr, done.stderr
    found, read = done.stdout.split()
    return int(found), int(read)


def _signed(obj: object) -> bytes:
    payload = marshal.dumps(obj)
    return zlib.crc32(payload).to_bytes(4, "big") + payload


def test_cache_file_from_another_maker_is_replaced_not_served(tmp_path: Path) -> None:
    assert _run(tmp_path) == (1, 0)  # written
    (file,) = tmp_path.iterdir()
    version, rows = marshal.loads(file.read_bytes()[4:])
    assert version == (_pattern_cache.FORMAT, _pattern_cache._maker())
    # every program given to another pattern, under another maker's version: never served
    swapped = [(*r[:5], rows[(k + 1) % len(rows)][5], *r[6:]) for k, r in enumerate(rows)]
    file.write_bytes(_signed(((version[0], version[1] ^ 1), swapped)))
    assert _run(tmp_path) == (1, 0)
    assert marshal.loads(file.read_bytes()[4:])[0] == version  # replaced at exit
    assert _run(tmp_path)[1] > 150  # and read again


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: os.urandom(4000),
        lambda data: _signed((3, [])),  # FORMAT alone (speed22's file)
        lambda data: _signed(((3, 0), [("x", 0)])),
    ],
    ids=["truncated", "empty", "random", "speed22-version", "short-rows"],
)
def test_damaged_cache_file_is_no_error(tmp_path: Path, damage) -> None:
    _run(tmp_path)
    (file,) = tmp_path.iterdir()
    file.write_bytes(damage(file.read_bytes()))
    assert _run(tmp_path)[0] == 1


def test_cache_written_by_processes_at_once(tmp_path: Path) -> None:
    env = dict(os.environ, GAZETTE_EXTRACT_CACHE_DIR=str(tmp_path), PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    env.pop("GAZETTE_EXTRACT_NO_CACHE", None)
    runs = [
        subprocess.Popen([sys.executable, "-c", _PROBE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0 and not err and out.split()[0] == b"1"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert _run(tmp_path)[1] > 150


# ---------------------------------------------------------------- 6. linear, under an alarm
def test_linear_many_old_series_documents() -> None:
    text = _HEAD + "".join(f"(85)京政发字第{k}号　关于某事的通知\n" for k in range(3000))
    with finishes_within(20):
        extract_str(text)


def test_linear_remarks_and_tables() -> None:
    rows = "".join(f"张{k} | 县财政局副局长 | 县财政局局长\n" for k in range(5000))
    with finishes_within(20):
        extract_str("干部任职\n经县委研究决定，现予以公示：\n姓名 | 现任职务 | 拟任职务\n" + rows)
        extract_str(_HEAD + "任命张建国为县财政局局长（原局长已未任职）。\n" * 3000)
        extract_str(_HEAD + "并未任命（" * 30000)
        extract_str(_HEAD + "所谓" * 50000 + "任命张建国为县财政局局长。")
