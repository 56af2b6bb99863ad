"""Appointments, round 9 of issue 9: what round 8 left out, and families of 任免 texts its table did
not generate — each row synthetic and written from the class, not from a text.

Left-overs: names transcribed without a dot (巴音朝鲁, 乌云其木格) in a slot the clause bounds; a
two-character name with a space run into its post (王　强X局局长) and before a reason (王　强因…); a date
between the name and the verb (张三（2019年3月）任X, 张三在2月接替李四正式履任X); 其 across ；
(leave it out, warn); unequal counts with 分别 (nothing, a warning).
"""

from __future__ import annotations

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
