"""A document's own number, and the piece its title issues, are never ones it cites (FORMAT.md: ``citations`` are the numbers a
document cites, not its own). A number printed as a metadata value — under a key of any
spelling ending in 号 (文件号, 发文编号, 公文字号 …), bracketed, bulleted, piped or spaced, alone
or with a second pair on its line — or a number alone on a line of its own (the number line of a
document printed inside the text) is no citation, whether or not the metadata reader knows the
key. A key that points to another document (依据文号, 原文号, 废止文件号) and a number inside a
sentence are still citations.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

OWN = "某政办发〔2019〕12号"
CITED = "某政发〔2018〕3号"
TITLE = "关于印发某县2019年安全生产工作方案的通知"
BODY = (
    "各乡镇人民政府，县政府各部门：\n"
    "现将《某县2019年安全生产工作方案》印发给你们，请认真贯彻执行。\n\n"
    "某县人民政府办公室\n2019年6月3日\n"
)

KEYS = ("文件号", "发文编号", "编号", "公文字号", "文件字号", "公文编号", "文件文号", "发文号", "文　件　号", "文  号")
FORMS = {
    "colon": "{key}：{number}",
    "ascii-colon": "{key}: {number}",
    "bracketed": "【{key}】{number}",
    "square": "[ {key} ] {number}",
    "bullet": "• {key}: {number}",
    "pipe": "| {key} | {number} |",
    "spaced": "{key}  {number}",
    "two-pairs": "{key} {number} 主 题 词 安全生产",
    "trailing-full-stop": "{key}：{number}。",
}


def _numbers(text: str) -> tuple[list[str], list[str | None]]:
    docs = parse_text(text).model_dump()["documents"]
    cited = [c["doc_number"]["text"] for d in docs for c in d["citations"] if c["doc_number"]]
    return cited, [d["doc_number"] and d["doc_number"]["text"] for d in docs]


CASES = [
    pytest.param(key, form, id=f"{key.replace(' ', '_').replace('　', '_')}-{name}")
    for key in KEYS
    for name, form in FORMS.items()
]


@pytest.mark.parametrize(("key", "form"), CASES)
def test_a_keyed_number_is_never_cited(key: str, form: str) -> None:
    line = form.format(key=key, number=OWN)
    text = f"索 引 号：11/2019-00012\n发布机构：某县人民政府办公室\n{line}\n{TITLE}\n{BODY}"
    cited, own = _numbers(text)
    assert OWN not in cited
    if key != "编号":  # 编号 alone also heads a table's column: only its citation is ruled out
        assert own == [OWN]  # the document's own number


@pytest.mark.parametrize(
    "line",
    [OWN, f"（{OWN}）", f"({OWN})", f"  {OWN}  "],
    ids=["bare", "fullwidth-brackets", "ascii-brackets", "indented"],
)
def test_a_number_alone_on_its_line_is_never_cited(line: str) -> None:
    text = (
        f"{TITLE}\n{BODY}\n某县安全生产委员会关于做好汛期安全生产工作的通知\n{line}\n各乡镇：\n请做好汛期安全工作。\n"
    )
    cited, _own = _numbers(text)
    assert OWN not in cited


CITING = {
    "key-points-elsewhere": f"依据文号：{CITED}",
    "former-number": f"原文号：{CITED}",
    "repealed": f"废止文件号：{CITED}",
    "sentence": f"根据县政府{CITED}文件精神，结合实际，制定本方案。",
    "titled": f"根据《某县安全生产责任制规定》（{CITED}），结合实际，制定本方案。",
    "sentence-after-key-like-words": f"按照编号为{CITED}的文件要求执行。",
}


@pytest.mark.parametrize("line", CITING.values(), ids=CITING.keys())
def test_other_documents_numbers_are_still_cited(line: str) -> None:
    text = f"{TITLE}\n各乡镇人民政府，县政府各部门：\n{line}\n请认真贯彻执行。\n\n某县人民政府办公室\n2019年6月3日\n"
    cited, _own = _numbers(text)
    assert cited == [CITED]


ISSUED = {
    "printed-bare": ("关于印发某县安全生产工作方案的通知", "现将《某县安全生产工作方案》印发给你们，请认真贯彻执行。"),
    "in-brackets": (
        "关于印发《某县安全生产工作方案》的通知",
        "现将《某县安全生产工作方案》印发给你们，请认真贯彻执行。",
    ),
    "forwarded": (
        "关于转发市政府办公室关于做好防汛工作的通知的通知",
        "现将《市政府办公室关于做好防汛工作的通知》转发给你们，请遵照执行。",
    ),
    "two-pieces": (
        "关于印发某县安全生产工作方案和某县防汛工作方案的通知",
        "现将《某县安全生产工作方案》《某县防汛工作方案》印发给你们，请认真贯彻执行。",
    ),
    "rules-issued": (
        "某县人民政府关于发布某县人民政府工作规则的通知",
        "现将《某县人民政府工作规则》发布，自发布之日起施行。",
    ),
}


@pytest.mark.parametrize(("title", "sentence"), ISSUED.values(), ids=ISSUED.keys())
def test_the_piece_a_title_issues_is_not_cited(title: str, sentence: str) -> None:
    text = f"{title}\n各乡镇人民政府，县政府各部门：\n{sentence}\n\n某县人民政府\n2019年6月3日\n"
    docs = parse_text(text).model_dump()["documents"]
    assert [c["title"] for d in docs for c in d["citations"]] == []


NAMED_NOT_ISSUED = {
    "report-inside-plan-name": (
        "关于印发2021年区政府工作报告目标任务分解方案的通知",
        "为落实区十八届人大六次会议审议通过的《政府工作报告》，制定本方案。",
        "政府工作报告",
    ),
    "law-inside-rules-name": (
        "关于印发某县实施中华人民共和国个人所得税法办法的通知",
        "根据《中华人民共和国个人所得税法》有关规定，制定本办法。",
        "中华人民共和国个人所得税法",
    ),
}


@pytest.mark.parametrize(("title", "sentence", "cited"), NAMED_NOT_ISSUED.values(), ids=NAMED_NOT_ISSUED.keys())
def test_a_document_named_inside_the_title_is_still_cited(title: str, sentence: str, cited: str) -> None:
    text = f"{title}\n各乡镇人民政府，县政府各部门：\n{sentence}\n\n某县人民政府\n2019年6月3日\n"
    docs = parse_text(text).model_dump()["documents"]
    assert [c["title"] for d in docs for c in d["citations"]] == [cited]


FURNITURE = {
    "issuer-then-number": "某县人民政府办公室　{n}",
    "issuer-date-number": "某县人民政府办公室 2019年6月3日 {n}",
    "print-line-number-in-brackets": "某县人民政府办公室2019年6月3日印发（{n}）",
    "print-line-number-after-spaces": "某县人民政府办公室　　　　二〇一九年六月三日印发　　{n}",
    "number-then-date": "{n}　2019年6月3日",
    "keyed-in-brackets": "（文号：{n}）",
}


@pytest.mark.parametrize("form", FURNITURE.values(), ids=FURNITURE.keys())
def test_a_number_on_the_documents_own_header_or_footer_line_is_never_cited(form: str) -> None:
    line = form.format(n=OWN)
    head, foot = (f"{TITLE}\n{line}\n{BODY}", f"{TITLE}\n{BODY}抄送：县委办公室。\n{line}\n")
    for text in (head, foot):
        assert OWN not in _numbers(text)[0], text
    assert _numbers(head)[1] == [OWN]  # under the title: the document's own number
    if "印发" in line:  # the print line at the foot names the document's own number too
        assert _numbers(foot)[1] == [OWN]


@pytest.mark.parametrize(
    "line",
    [f"根据县人民政府 {CITED}", f"按照县人民政府办公室　{CITED}", f"认真贯彻落实县政府 {CITED}"],
    ids=["genju", "anzhao", "guanche"],
)
def test_a_sentence_ending_in_a_number_still_cites_it(line: str) -> None:
    text = f"{TITLE}\n各乡镇人民政府，县政府各部门：\n{line}\n请认真贯彻执行。\n\n某县人民政府办公室\n2019年6月3日\n"
    cited, _own = _numbers(text)
    assert cited == [CITED]


HEAD_OWN = {
    "after-title-spaces": f"{TITLE}　　{OWN}",
    "wrapped-title-tail": f"工作方案的通知{OWN}",
    "alone-in-brackets-after-title": f"{TITLE}（{OWN}）",
}


@pytest.mark.parametrize("line", HEAD_OWN.values(), ids=HEAD_OWN.keys())
def test_a_number_among_the_header_lines_with_no_citing_word_is_not_cited(line: str) -> None:
    text = f"{line}\n各乡镇人民政府，县政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n2019年6月3日\n"
    assert OWN not in _numbers(text)[0]


HEAD_CITING = {
    "forwarding-title": f"关于转发{CITED}文件的通知",
    "implementing-title": f"关于贯彻落实{CITED}精神的实施意见",
}


@pytest.mark.parametrize("line", HEAD_CITING.values(), ids=HEAD_CITING.keys())
def test_a_header_line_that_cites_a_number_still_cites_it(line: str) -> None:
    text = f"{line}\n各乡镇人民政府，县政府各部门：\n请认真贯彻执行。\n\n某县人民政府办公室\n2019年6月3日\n"
    assert _numbers(text)[0] == [CITED]


def test_a_number_below_the_pages_chrome_under_the_title_is_the_documents_own() -> None:
    """Title, the page's date, 来源 and 字体 lines, then the number alone, then the recipients: the
    number is the document's own however many chrome lines stand between it and the title."""
    text = (
        f"{TITLE}\n2011-06-18 00:00:00\n来源： 本站原创\n【字体：大 中 小】\n{OWN}\n"
        "各乡镇人民政府，县政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n2019年6月3日\n"
    )
    cited, own = _numbers(text)
    assert (cited, own) == ([], [OWN])
