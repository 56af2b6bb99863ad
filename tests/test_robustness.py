"""Metamorphic robustness (benchmarks/robustness.py): a gazette in another *form* gives the same
records, record for record, on a fixed set of dev texts; plus the harness's own guarantees.

Each transform must also change the texts (a transform that changes nothing tests nothing).
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from gazette_extract.api import parse_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _load(name: str) -> Any:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


robustness = _load("robustness")

# The bundled sample, pages from samples/web and dev texts that hold every kind of record and
# the forms the transforms touch: numbers in brackets, unit notes, rosters, Traditional kinds.
FIXED = (
    "pinggu-2021-01.txt",  # a whole issue: contents, tasks, appointments, members, citations
    "web/xialuqu-2023-bracket-units.txt",  # [责任单位：…] notes
    "web/tongzhou-2023-npc-personnel.txt",  # appointments
    "web/xianan-2023-inline-leaders.txt",  # tasks with leaders inline
    "corpus/hhjbyz-2018-hebei-rules-number-date-bracket-under-title.txt",  # (冀政发〔2018〕11号 …印发)
    "corpus/geekdaxue-2016-minjian5-citations.txt",  # 《title》（number） citations
    "corpus/chuzhou-2020-qiantou-xietong-fields.txt",  # 牵头责任单位： lines
    "more/gwy-23.txt",  # a 复函
    "corpus/ali-2021-dash-metadata.txt",  # - 发文字号：… metadata list
    "corpus/huarong-2021-bullet-number-in-title.txt",  # title(华政发〔2021〕2号)
    "corpus/guangxi-2021-roster-pinglu.txt",  # a roster
)


@pytest.fixture(scope="module")
def fixed() -> list[Any]:
    return robustness.sources(SAMPLES, names=FIXED)


@pytest.fixture(scope="module")
def originals(fixed: list[Any]) -> dict[str, Counter[tuple[str, str]]]:
    from gazette_extract.pipeline import extract_str

    return {s.name: robustness.records(extract_str(s.text)) for s in fixed}


def _kept(counter: Counter[tuple[str, str]], excluded: frozenset[str]) -> Counter[tuple[str, str]]:
    return Counter({k: n for k, n in counter.items() if k[0] not in excluded})


# The layout transforms (benchmarks/robust_layout.py: wraps, page furniture, tables, HTML …) are
# tested on their own fixed texts, with their known gaps: tests/test_robustness_layout.py
CHARACTER_TRANSFORMS = sorted(set(robustness.TRANSFORMS) - set(sys.modules["robust_layout"].LAYOUT_TRANSFORMS))


@pytest.mark.parametrize("name", CHARACTER_TRANSFORMS, ids=CHARACTER_TRANSFORMS)
def test_transform_keeps_every_record(name: str, fixed: list[Any], originals: dict[str, Counter[tuple[str, str]]]):
    transform = robustness.TRANSFORMS[name]
    compared = changed = 0
    for source in fixed:
        if transform.text is not None and transform.text(source.text) == source.text:
            continue
        changed += 1
        try:
            after = robustness.records(robustness.run(transform, source.text))
        except UnicodeEncodeError:
            continue  # not writable in this form (Big5 has no 〇 …)
        compared += 1
        before = originals[source.name]
        assert _kept(after, transform.excluded) == _kept(before, transform.excluded), source.name
    assert changed, f"{name} changes none of the fixed texts"
    assert compared, f"{name}: no fixed text could be written in this form"


def test_fixed_texts_hold_every_kind_of_record(originals: dict[str, Counter[tuple[str, str]]]):
    kinds = {field for counter in originals.values() for field, _ in counter}
    assert kinds == set(robustness.FIELDS)


# --------------------------------------------------------------------------- the harness


def test_test_split_is_refused():
    with pytest.raises(ValueError, match="refused"):
        robustness.sources(SAMPLES, split="test")
    assert robustness.main(["--split", "test"]) == 2


def test_a_named_test_split_text_is_refused():
    test_text = next(
        str(robustness.accuracy.input_for(p).relative_to(SAMPLES))
        for p in robustness.accuracy.truth_files(SAMPLES)
        if p.parent.name == "corpus"
        and robustness.accuracy.split_of(__import__("json").loads(p.read_text(encoding="utf-8"))["source"]["site"])
        == "test"
    )
    with pytest.raises(ValueError, match="test-split"):
        robustness.sources(SAMPLES, names=[test_text])


def test_a_transform_is_registered_once():
    with pytest.raises(ValueError, match="twice"):
        robustness.register(robustness.TRANSFORMS["crlf"])


def test_every_transform_has_a_description_and_an_example():
    for t in robustness.TRANSFORMS.values():
        assert t.description and t.example, t.name
        assert (t.text is None) != (t.data is None), t.name
        assert t.excluded <= set(robustness.FIELDS), t.name


def test_comparison_counts_lost_and_new_records():
    comparison = robustness.Comparison("crlf")
    before = Counter({("title", "甲"): 1, ("task", "乙"): 2})
    after = Counter({("title", "甲"): 1, ("task", "乙"): 1, ("appointment", "丙"): 1})
    comparison.add("x.txt", before, after)
    assert comparison.total() == (3, 2, 1, 1)
    assert ("lost", "x.txt", "task", "乙") in comparison.changes
    assert ("new", "x.txt", "appointment", "丙") in comparison.changes


CANON = [
    ("full-width-and-spaces", "京平政发［２０２１］ 1 号", "京平政发(2021)1号"),
    ("tortoise-brackets", "京平政发〔2021〕1号", "京平政发(2021)1号"),
    ("traditional", "北京市平谷區人民政府關於", "北京市平谷区人民政府关于"),
    ("enumeration-comma", "区发改委、区财政局", "区发改委,区财政局"),
]


@pytest.mark.parametrize(("raw", "key"), [c[1:] for c in CANON], ids=[c[0] for c in CANON])
def test_canonical_keys(raw: str, key: str):
    assert robustness.canon(raw) == key


# --------------------------------------------------------------------------- classes, end to end

_HEAD = "北京市平谷区人民政府关于印发某某方案的通知\n京平政发〔2021〕1号\n各乡镇人民政府：\n"
_TAIL = "\n北京市平谷区人民政府\n2021年3月1日\n"


def _doc(body: str) -> dict[str, Any]:
    return parse_text(_HEAD + body + _TAIL).model_dump()["documents"][0]


CITATIONS = [
    ("tortoise", "根据《国务院关于开展普查的通知》（国发〔2016〕33号）精神，制定本方案。"),
    ("ascii-parens", "根据《国务院关于开展普查的通知》(国发(2016)33号)精神,制定本方案。"),
    ("full-parens", "根据《国务院关于开展普查的通知》（国发（2016）33号）精神，制定本方案。"),
    ("angle", "根据《国务院关于开展普查的通知》（国发〈2016〉33号）精神，制定本方案。"),
    ("small-tortoise", "根据《国务院关于开展普查的通知》（国发﹝2016﹞33号）精神，制定本方案。"),
]


@pytest.mark.parametrize("body", [c[1] for c in CITATIONS], ids=[c[0] for c in CITATIONS])
def test_a_cited_number_in_any_brackets_stays_with_its_title(body: str):
    citations = _doc(body)["citations"]
    assert [(c["title"], c["doc_number"]["text"]) for c in citations] == [
        ("国务院关于开展普查的通知", "国发〔2016〕33号")
    ]


# (a square-bracketed note, [责任单位：…] / ［责任单位：…］, is read only where a document prints its
# notes that way: the full-width transform on web/xialuqu-2023-bracket-units checks it above)
UNIT_NOTES = [
    ("full-parens", "1.推进项目建设。（责任单位：区发改委、区财政局）"),
    ("ascii-parens", "1.推进项目建设。(责任单位:区发改委、区财政局)"),
    ("half-width-comma", "1.推进项目建设｡（责任单位：区发改委､区财政局）"),
    ("italic-label", "1.推进项目建设。（*责任单位*：区发改委、区财政局）"),
    ("underscore-label", "1.推进项目建设。（_责任单位_：区发改委、区财政局）"),
]


@pytest.mark.parametrize("body", [c[1] for c in UNIT_NOTES], ids=[c[0] for c in UNIT_NOTES])
def test_a_unit_note_in_any_form_gives_the_units(body: str):
    tasks = _doc(body)["tasks"]
    assert len(tasks) == 1
    units = set(tasks[0]["lead_units"]) | set(tasks[0]["support_units"])
    assert units == {"区发改委", "区财政局"}


TRADITIONAL = [
    ("opencc-standard", "國務院辦公廳關於衛生工作有關問題的復函"),
    ("hong-kong", "國務院辦公廳關於衞生工作有關問題的復函"),
    ("fu-han-variant", "國務院辦公廳關於衛生工作有關問題的覆函"),
]


@pytest.mark.parametrize("title", [c[1] for c in TRADITIONAL], ids=[c[0] for c in TRADITIONAL])
def test_traditional_standards_read_alike(title: str):
    text = f"{title}\n國辦函〔2003〕12號\n湖北省人民政府：\n你省關於衛生工作的請示收悉。現函復如下。\n國務院辦公廳\n2003年3月1日\n"
    doc = parse_text(text).model_dump()["documents"][0]
    assert doc["title"] == "国务院办公厅关于卫生工作有关问题的复函"


@pytest.mark.parametrize(
    "printed", ["2021-12-22", "２０２１－１２－２２", "２０２１／１２／２２"], ids=["ascii", "full-width", "slashes"]
)
def test_a_full_width_publication_date_is_read(printed: str):
    text = (
        f"- 发文字号：阿行发〔2021〕42号\n- 发布日期：{printed}\n"
        "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知\n各县人民政府：\n现印发给你们。\n"
        "阿里地区行政公署\n2021年11月9日\n"
    )
    doc = parse_text(text).model_dump()["documents"][0]
    assert doc["published"] == "2021-12-22"


@pytest.mark.parametrize(
    "dot", ["·", "・", "•", "‧", "･"], ids=["middle-dot", "katakana", "bullet", "u2027", "half-width"]
)
def test_a_transcribed_name_with_any_dot_is_appointed(dot: str):
    text = (
        "北京市某区人民代表大会常务委员会关于任免职务的决定\n"
        f"任命阿卜杜吉力力{dot}阿卜来提为北京市某区民族宗教事务委员会主任。\n"
        "北京市某区人民代表大会常务委员会\n2021年3月1日\n"
    )
    doc = parse_text(text).model_dump()["documents"][0]
    assert [(a["action"], a["person"]) for a in doc["appointments"]] == [("appoint", f"阿卜杜吉力力{dot}阿卜来提")]


def test_radicals_printed_by_a_pdf_are_read_as_characters():
    plain = "北京市平谷区人民政府关于任免职务的通知\n任命张三为北京市平谷区人民政府办公室主任。\n北京市平谷区人民政府\n2021年3月1日\n"
    printed = plain.translate(str.maketrans("一人日月长门民", "⼀⼈⽇⽉⻓⻔⺠"))
    assert printed != plain
    for text in (printed, printed.replace("关于", "關於").replace("务", "務").replace("职", "職")):
        doc = parse_text(text).model_dump()["documents"][0]
        assert doc["issuer"] == "北京市平谷区人民政府"
        assert doc["date"] == "2021-03-01"
        assert [(a["person"], a["position"]) for a in doc["appointments"]] == [
            ("张三", "北京市平谷区人民政府办公室主任")
        ]
        span = doc["appointments"][0]["span"]
        printed_span = text[span["start"] : span["end"]]  # the statement as printed, radicals and all
        assert printed_span.startswith("张三为") and printed_span.endswith("办公室主任")
