"""Notes printed under a contents entry (issue 9, whole issues of other gazettes).

People's-congress and government gazettes print, under a 目录 entry, the entry's adoption or date
line (（2018年5月31日…第三次会议通过）, （2018年5月31日）), its number in brackets, or a speech's
subtitle (——在…上的讲话). Such a line belongs to the entry above: it must not open the next
entry's title (it was read as the first words of the next title), and a number in it is the number
of the entry above. Table-driven over bracket forms, indentation and dash subtitles, with lines
that look alike but are entries of their own.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

HEAD = "某市人民代表大会常务委员会公报\n2018年第3号（总第289号）\n\n目　　录\n\n"
A = "某市人民代表大会常务委员会关于批准《某市城市绿化条例》的决定"
B = "某市人民代表大会常务委员会任免名单"
BODY_A = (
    f"{A}\n（2018年5月31日某市第十三届人民代表大会常务委员会第三次会议通过）\n\n"
    "某市第十三届人民代表大会常务委员会第三次会议审议了报请批准的《某市城市绿化条例》，决定予以批准。"
)
BODY_B = f"{B}\n（2018年5月31日）\n\n任命王强为某市交通运输局局长。"


def contents(entries: list[str]) -> tuple[list[tuple[str, str | None, int | None]], int, list[str]]:
    text = HEAD + "\n".join(entries) + "\n\n" + BODY_A + "\n\n" + BODY_B + "\n"
    out = parse_text(text).model_dump()
    rows = [(c["title"], c["doc_number"], c["page"]) for c in out["contents"]]
    return rows, len(out["documents"]), [w["code"] for w in out["warnings"]]


NOTES = {
    "adoption-fullwidth": "（2018年5月31日某市第十三届人民代表大会常务委员会第三次会议通过）",
    "adoption-ascii": "(2018年5月31日第三次会议通过)",
    "date-only": "（2018年5月31日）",
    "indented": "　　（2018年5月31日）",
    "nested-brackets": "（2018年5月31日某市人大常委会（第十三届）第三次会议通过）",
    "dash-subtitle": "——在全市人大工作会议上的讲话",
    "dash-note": "—— 2018年5月31日第三次会议通过",
}


@pytest.mark.parametrize("note", NOTES.values(), ids=NOTES.keys())
def test_a_note_under_an_entry_stays_with_it(note: str) -> None:
    rows, documents, warnings = contents([f"{A} ……………… 3", note, f"{B} ……………… 12", "（2018年5月31日）"])
    assert rows == [(A, None, 3), (B, None, 12)]
    assert documents == 2
    assert "contents-not-found" not in warnings


@pytest.mark.parametrize(
    "number_line",
    ["（某常发〔2018〕3号）", "(某常发〔2018〕3号)", "　（某常发[2018]3号）"],
    ids=["full", "ascii", "indented-square"],
)
def test_a_number_under_a_paged_entry_is_that_entrys(number_line: str) -> None:
    rows, documents, _ = contents([f"{A} ……………… 3", number_line, f"{B} ……………… 12"])
    assert rows == [(A, "某常发〔2018〕3号", 3), (B, None, 12)]
    assert documents == 2


def test_a_number_under_an_entry_that_has_one_is_not_taken() -> None:
    rows, _, _ = contents([f"{A}（某常发〔2018〕2号）……………… 3", "（某常发〔2018〕3号）", f"{B} ……………… 12"])
    assert rows == [(A, "某常发〔2018〕2号", 3), (B, None, 12)]


ENTRIES_NOT_NOTES = {
    # a numbered entry opens with a bracket but is an entry with its page
    "numbered-entry": ["（一）" + A + " ……………… 3", "（二）" + B + " ……………… 12"],
    # an entry wrapped over two lines whose second line opens with a bracket: not wholly bracketed
    "wrapped-bracket-start": [A + " ……………… 3", "（2018年）" + B + " ……………… 12"],
}


@pytest.mark.parametrize("entries", ENTRIES_NOT_NOTES.values(), ids=ENTRIES_NOT_NOTES.keys())
def test_lines_that_only_open_with_a_bracket_are_entries(entries: list[str]) -> None:
    rows, _, _ = contents(entries)
    assert len(rows) == 2
    assert rows[0][0].endswith(A) and rows[1][0].endswith(B)
    assert rows[0][2] == 3 and rows[1][2] == 12
