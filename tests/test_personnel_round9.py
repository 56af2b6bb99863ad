"""Appointments, round 9 of issue 9: what round 8 left out, and families of 任免 texts its table did
not generate — each row synthetic and written from the class, not from a text.

Left-overs: names transcribed without a dot (巴音朝鲁, 乌云其木格) in a slot the clause bounds; a
two-character name with a space run into its post (王　强X局局长) and before a reason (王　强因…); a date
between the name and the verb (张三（2019年3月）任X, 张三在2月接替李四正式履任X); 其 across ；
(leave it out, warn); unequal counts with 分别 (nothing, a warning).
"""

from __future__ import annotations

import itertools

import pytest
from record_helpers import extract_appointments

from gazette_extract.layout.blocks import split_blocks

A, R = "appoint", "remove"
P1, P2, P3 = "北京市财政局局长", "北京市审计局局长", "北京市教育委员会主任"


def run(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    warnings: list[dict[str, object]] = []
    found = extract_appointments(split_blocks(text), doc_date="2021-01-01", warnings=warnings)
    return [(r["action"], r["person"], r["position"]) for r in found], [str(w["code"]) for w in warnings]


LEFT_OVERS = [
    pytest.param(f"任命巴音朝鲁为{P1}。", [(A, "巴音朝鲁", P1)], [], id="transliterated-4-renming"),
    pytest.param(f"免去乌云其木格的{P1}职务。", [(R, "乌云其木格", P1)], [], id="transliterated-5-mianqu"),
    pytest.param(f"免去乌云其木格同志{P1}职务。", [(R, "乌云其木格", P1)], [], id="transliterated-5-run-in"),
    pytest.param(f"乌云其木格任{P1}。", [(A, "乌云其木格", P1)], [], id="transliterated-name-first"),
    pytest.param(f"巴音朝鲁当选{P1}。", [(A, "巴音朝鲁", P1)], [], id="transliterated-elected"),
    pytest.param(
        f"任命扎西次仁、巴音朝鲁为{P1}。", [(A, "扎西次仁", P1), (A, "巴音朝鲁", P1)], [], id="transliterated-list"
    ),
    pytest.param(f"任命：\n乌云其木格　{P2}", [(A, "乌云其木格", P2)], [], id="transliterated-under-heading"),
    # a phrase of ordinary words in the same slot is no name
    pytest.param(f"免去其他同志的{P1}职务。", [], ["person-unclear"], id="qita-no-name"),
    pytest.param(f"任命：\n王　强{P1}", [(A, "王强", P1)], [], id="spaced-run-into-post"),
    pytest.param(f"免去：\n王　强的{P1}职务", [(R, "王强", P1)], [], id="spaced-de-under-heading"),
    pytest.param(f"王　强因另有任用，免去其{P1}职务。", [(R, "王强", P1)], [], id="spaced-reason-qi"),
    pytest.param(f"张三因另有任用，免去其{P1}职务。", [(R, "张三", P1)], [], id="reason-qi-no-warning"),
    pytest.param(f"张三（2019年3月）任{P1}。", [(A, "张三", P1)], [], id="date-bracket-name-first"),
    pytest.param(f"任命张三（2019年3月）为{P1}。", [(A, "张三", P1)], [], id="date-bracket-renming"),
    pytest.param(f"张三于2019年3月接替李四任{P1}。", [(A, "张三", P1)], [], id="date-then-jieti"),
    pytest.param(f"张三在会上接替李四任{P1}。", [], [], id="place-then-jieti-left-out"),
    pytest.param(f"任命张三为{P1}；免去其{P2}职务。", [(A, "张三", P1)], ["person-unclear"], id="qi-across-semicolon"),
    pytest.param(
        f"任命张三为{P1}；李四为{P2}，免去其{P3}职务。",
        [(A, "张三", P1), (A, "李四", P2), (R, "李四", P3)],
        [],
        id="qi-own-clause",
    ),
    pytest.param(f"张三、李四、王五分别任{P1}、{P2}。", [], ["posts-unpaired"], id="unequal-respectively"),
    pytest.param(f"任命张三、李四、王五分别为{P1}、{P2}。", [], ["posts-unpaired"], id="unequal-renming"),
]


@pytest.mark.parametrize(("text", "expected", "codes"), LEFT_OVERS)
def test_left_overs(text: str, expected: list[tuple[str, str, str]], codes: list[str]) -> None:
    found, warned = run(text)
    assert found == expected
    assert warned == codes


# --------------------------------------------------------------------------------------------
# Families of 任免 texts round 8's table did not generate: templates × variants.
# --------------------------------------------------------------------------------------------

# What heads the list: a 人大常委会 任免名单 printed as a document, with or without its adopting
# session; a government notice; nothing.
PREAMBLES = {
    "none": "",
    "npc-list": "北京市人民代表大会常务委员会任免名单\n",
    "npc-list-session": (
        "北京市人民代表大会常务委员会任免名单\n（2019年3月28日北京市第十五届人民代表大会常务委员会第十二次会议通过）\n"
    ),
    "gov-notice": "北京市人民政府关于张三等同志职务任免的通知\n各区人民政府，市政府各委、办、局：\n经研究，决定：\n",
}
APPOINT_HEADINGS = {"renming": "任命：", "jueding-renming": "决定任命：", "pizhun-renming": "批准任命："}
REMOVE_HEADINGS = {"mianqu": "免去：", "jueding-mianqu": "决定免去："}
NUMBERINGS = {"none": "", "arabic": "{i}.", "chinese-bracket": "（{c}）"}
_CHINESE = "一二三"

# Entries under an appointing heading: lines of two entries (张三 → P1, 李四 → P2); {k} a numbering.
APPOINT_ENTRIES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "wei": ("{k1}张三为{p1}\n{k2}李四为{p2}", [("张三", P1), ("李四", P2)]),
    "wei-semicolon": ("{k1}张三为{p1}；\n{k2}李四为{p2}。", [("张三", P1), ("李四", P2)]),
    "tongzhi-probation": ("{k1}张三同志为{p1}（试用期一年）；\n{k2}李四同志为{p2}；", [("张三", P1), ("李四", P2)]),
    "post-line-names": ("{p1}\n张三\n{p2}\n李四\n王五", [("张三", P1), ("李四", P2), ("王五", P2)]),
    "post-colon-lines": ("{p1}：\n张三\n{p2}：\n李四、王五", [("张三", P1), ("李四", P2), ("王五", P2)]),
    "post-colon-inline": ("{k1}{p1}：张三\n{k2}{p2}：李四、王五", [("张三", P1), ("李四", P2), ("王五", P2)]),
}
REMOVE_ENTRIES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "de": ("{k1}张三的{p1}职务\n{k2}李四的{p2}职务", [("张三", P1), ("李四", P2)]),
    "tongzhi-de": ("{k1}张三同志的{p1}职务；\n{k2}李四同志的{p2}职务。", [("张三", P1), ("李四", P2)]),
    "run-in": ("{k1}张三{p1}职务；\n{k2}李四{p2}职务。", [("张三", P1), ("李四", P2)]),
    "post-line-names": ("{p1}\n张三\n{p2}\n李四", [("张三", P1), ("李四", P2)]),
}
# Lines after the list that change nothing a reader could name.
CODAS = {
    "none": "",
    "lapse": "\n以上同志的原任职务自然免除。",
    "term": "\n（以上人员任期至本届人民代表大会届满）",
}


def _entries(template: str, numbering: str) -> str:
    k1 = numbering.format(i=1, c=_CHINESE[0])
    k2 = numbering.format(i=2, c=_CHINESE[1])
    return template.format(k1=k1, k2=k2, p1=P1, p2=P2)


def _list_rows() -> list[object]:
    rows = []
    for pid, preamble in PREAMBLES.items():
        for (hid, heading), (eid, (template, pairs)) in [
            *((h, e) for h in APPOINT_HEADINGS.items() for e in APPOINT_ENTRIES.items()),
            *((h, e) for h in REMOVE_HEADINGS.items() for e in REMOVE_ENTRIES.items()),
        ]:
            action = A if hid in APPOINT_HEADINGS else R
            for nid, numbering in NUMBERINGS.items():
                if "{k1}" not in template and nid != "none":
                    continue
                for cid, coda in CODAS.items():
                    text = f"{preamble}{heading}\n{_entries(template, numbering)}{coda}"
                    want = [(action, person, post) for person, post in pairs]
                    rows.append(pytest.param(text, want, id=f"{pid}-{hid}-{eid}-{nid}-{cid}"))
    return rows


@pytest.mark.parametrize(("text", "expected"), _list_rows())
def test_list_families(text: str, expected: list[tuple[str, str, str]]) -> None:
    found, _warned = run(text)
    assert found == expected


# 干部任免 tables: header × separator; a row with one post cell fewer than its spaced header is unclear.
TABLE_HEADERS = {
    "name-ren-mian": (["姓名", "任职", "免职"], lambda n: [n, P1, P2]),
    "number-name-ren-mian": (["序号", "姓名", "任职", "免职"], lambda n: ["1", n, P1, P2]),
    "name-sex-ren-mian": (["姓名", "性别", "任职", "免职"], lambda n: [n, "男", P1, P2]),
    "name-renming-mianqu": (["姓名", "任命职务", "免去职务"], lambda n: [n, P1, P2]),
}
TABLE_SEPARATORS = {
    "pipes": lambda cells: " | ".join(cells),
    "markdown": lambda cells: "| " + " | ".join(cells) + " |",
    "tabs": lambda cells: "\t".join(cells),
    "full-width-spaces": lambda cells: "\u3000\u3000".join(cells),
}


def _table_rows() -> list[object]:
    rows = []
    for (hid, (header, row)), (sid, join) in itertools.product(TABLE_HEADERS.items(), TABLE_SEPARATORS.items()):
        lines = [join(header)]
        if sid == "markdown":
            lines.append("| " + " | ".join("---" for _ in header) + " |")
        lines.append(join(row("张三")))
        rows.append(pytest.param("\n".join(lines), [(A, "张三", P1), (R, "张三", P2)], [], id=f"{hid}-{sid}"))
    return rows


@pytest.mark.parametrize(("text", "expected", "codes"), _table_rows())
def test_table_families(text: str, expected: list[tuple[str, str, str]], codes: list[str]) -> None:
    found, warned = run(text)
    assert found == expected
    assert warned == codes


OTHER_FAMILIES = [
    # the organisation as a sub-heading: the post takes it
    pytest.param(
        "任命：\n一、北京市发展和改革委员会\n张三为主任\n二、北京市财政局\n李四为副局长\n王五为局长",
        [(A, "张三", "北京市发展和改革委员会主任"), (A, "李四", "北京市财政局副局长"), (A, "王五", "北京市财政局局长")],
        [],
        id="org-subheadings-numbered",
    ),
    pytest.param(
        "任命：\n北京市发展和改革委员会：\n张三为主任\n李四为副主任",
        [(A, "张三", "北京市发展和改革委员会主任"), (A, "李四", "北京市发展和改革委员会副主任")],
        [],
        id="org-subheading-colon",
    ),
    # …without a verb above it, 张三为主任 decides nothing a reader could name
    pytest.param("一、北京市发展和改革委员会\n张三为主任\n李四为副主任", [], [], id="org-subheading-no-verb"),
    # several verbs on one line, separated by spaces
    pytest.param(
        f"任命张三为{P1}\u3000\u3000免去张三的{P2}职务\u3000\u3000任命李四为{P3}",
        [(A, "张三", P1), (R, "张三", P2), (A, "李四", P3)],
        [],
        id="verbs-spaced-full-width",
    ),
    pytest.param(f"任命张三为{P1} 免去李四的{P2}职务", [(A, "张三", P1), (R, "李四", P2)], [], id="verbs-spaced-ascii"),
    pytest.param(
        f"任命：张三为{P1}\u3000免去：李四的{P2}职务", [(A, "张三", P1), (R, "李四", P2)], [], id="headings-one-line"
    ),
    # the verb goes on over lines ended by ；, never onto a line with a verb of its own
    pytest.param(
        f"任命张三为{P1}；\n    李四为{P2}；\n免去王五的{P3}职务；\n    赵六的{P1}职务。",
        [(A, "张三", P1), (A, "李四", P2), (R, "王五", P3), (R, "赵六", P1)],
        [],
        id="semicolon-carry-lines",
    ),
    pytest.param(
        f"任命张三为{P1}；\n李四为{P2}。\n王五为{P3}。", [(A, "张三", P1), (A, "李四", P2)], [], id="carry-ends-at-stop"
    ),
    pytest.param(f"任命张三为{P1}。\n李四为{P2}。", [(A, "张三", P1)], [], id="no-carry-after-stop"),
    # a removal's form under an appointing verb: neither, and a warning
    pytest.param(f"任命：\n赵六的{P1}职务", [], ["change-entry-unread"], id="de-under-renming"),
    pytest.param(
        f"姓名\u3000\u3000任职\u3000\u3000免职\n张三\u3000\u3000{P1}\u3000\u3000{P2}\n李四\u3000\u3000{P3}",
        [(A, "张三", P1), (R, "张三", P2)],
        ["change-entry-unread"],
        id="spaced-table-short-row",
    ),
]


@pytest.mark.parametrize(("text", "expected", "codes"), OTHER_FAMILIES)
def test_other_families(text: str, expected: list[tuple[str, str, str]], codes: list[str]) -> None:
    found, warned = run(text)
    assert found == expected
    assert warned == codes
