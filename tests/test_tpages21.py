"""Round tpages21 (issue 9, session 21): Hong Kong, Macau and Taiwan personnel texts from new dev sources, and the
classes they taught.

Each class is tested over its variants — Simplified and Traditional, full- and half-width separators (，,：:), the
places of the forms on the page — with near-misses that must give nothing or stay as they were:
* a verb word that opens with a surname's character is never a person (…宣誓就职,成为继何厚铧之后的第二位澳门特区
  行政长官 gave the person 成为继 — taihainet 2009, dev; vocab VERB_NAME_HEADS); 成 as a surname stays (成龙, 成思危);
* a decision dated by its whole day in a report's lead dates the report (依照…规定,根据…建议,国务院2022年2月24日决定:
  免去… — chinadaily 2022 and lvyangbo 2019, dev; vocab DECIDED_ON_DAY_VERBS): not the dispatch's day (新华社北京2月
  28日电) nor the page's posting stamp under a 来源 line, which the signature reader had taken as the story's date; a
  decision without its year, a 决定 not opening the decision's text, a date after a full stop give nothing new.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager

import pytest
from linear_helpers import alarm as linear_alarm

from gazette_extract.layout.storyday import lead_day, year_lead_day
from gazette_extract.pipeline import extract_str
from gazette_extract.records.people import is_person_name
from gazette_extract.text.script import looks_traditional, to_simplified

A = "appoint"


def _changes(text: str) -> list[tuple[str, str]]:
    """(action, person) of a whole text through ``extract_str``."""
    result = extract_str(text)
    return [(a["action"], a["person"]) for d in result["documents"] for a in d["appointments"]]


def _dates(text: str) -> list[str | None]:
    return [d.get("date") for d in extract_str(text)["documents"]]


def _no_duplicates(rows: list[object]) -> None:
    assert len(rows) == len(set(map(repr, rows))), "a row is listed twice"


# 1. 成为 (成為) opening a "name" is the verb
_SUCCEEDED = [
    "崔世安如获任命,将于今年十二月二十日宣誓就职,成为继何厚铧之后的第二位澳门特区行政长官。",
    "崔世安如获任命，将于今年十二月二十日宣誓就职，成为继何厚铧之后的第二位澳门特区行政长官。",
    "张三如获任命,成为继何厚铧之后的澳门特区行政长官。",
    "张三如获任命，成为继李四之后的第三位香港特区行政长官。",
    "崔世安如獲任命,將於今年十二月二十日宣誓就職,成為繼何厚鏵之後的第二位澳門特區行政長官。",
    "张三如获任命，成为了继李四之后的澳门特区行政长官。",
]
_no_duplicates(_SUCCEEDED)


@pytest.mark.parametrize("text", _SUCCEEDED)
def test_cheng_wei_is_no_person(text: str) -> None:
    assert all(not person.startswith("成为") for _, person in _changes(text))


@pytest.mark.parametrize("word", ["成为", "成为继", "成为了", "成为新", "成为第"])  # 成为民 is a name (rev23)
def test_verb_heads_are_no_names(word: str) -> None:
    assert not is_person_name(word)


@pytest.mark.parametrize("name", ["成龙", "成思危", "成刚", "成卫东", "张为民", "成继"])
def test_cheng_surname_names_stay(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("会议决定任命成思危为某市人民政府副市长。", "成思危"),
        ("会议决定任命成卫东为某县财政局局长。", "成卫东"),
    ],
)
def test_cheng_surname_persons_still_read(text: str, person: str) -> None:
    assert (A, person) in _changes(text)


# 2. 国务院YYYY年M月D日决定：the decision's day dates the report
_BASIS = "依照《中华人民共和国香港特别行政区基本法》的有关规定，根据香港特别行政区行政长官某某的建议，"
DECIDED_ROWS = [
    ("新华社北京2月28日电 " + _BASIS + "国务院2022年2月24日决定：免去张三的某局局长职务。", "2022-02-28", "2022-02-24"),
    ("新华社北京2月28日电 " + _BASIS + "国务院2022年2月24日决定:免去张三的某局局长职务。", "2022-02-28", "2022-02-24"),
    (_BASIS + "国务院2022年2月24日决定：免去张三的某局局长职务。", "2022-02-28", "2022-02-24"),
    (
        "依照有关规定,国务院2019年11月19日决定:任命张三为警务处处长,免去李四的警务处处长职务。",
        "2019-11-20",
        "2019-11-19",
    ),
    ("國務院2022年2月24日決定：免去張三的某局局長職務。", "2022-02-28", "2022-02-24"),  # Traditional, after folding
    ("国务院于2019年11月19日作出决定：任命张三为警务处处长。", "2019-11-20", "2019-11-19"),
]
_no_duplicates(DECIDED_ROWS)


@pytest.mark.parametrize(("lead", "published", "day"), DECIDED_ROWS)
def test_decided_day_dates_the_lead(lead: str, published: str, day: str) -> None:
    text = to_simplified(lead)[0] if looks_traditional(lead) else lead
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (_BASIS + "国务院2022年2月24日决定：免去张三的某局局长职务。", "2022-02-24"),
        ("依照有关规定,国务院2019年11月19日决定:任命张三为警务处处长。", "2019-11-19"),
        ("国务院于2019年11月19日作出决定：任命张三为警务处处长。", "2019-11-19"),
    ],
)
def test_decided_day_dates_an_unstamped_lead(lead: str, day: str) -> None:
    assert year_lead_day(lead) == day


@pytest.mark.parametrize(
    "lead",
    [
        _BASIS + "国务院2月24日决定：免去张三的某局局长职务。",  # no year: not this rule
        _BASIS + "国务院2022年2月24日决定免去张三的某局局长职务。",  # no colon opening the decision's text
        "国务院2022年2月24日召开会议。会议决定：免去张三的某局局长职务。",  # the day's sentence is another
        "某报道称。国务院2022年2月24日决定：免去张三的某局局长职务。",  # after a full stop: not the lead's first sentence
        "国务院2022年2月24日发布通知，决定：开展某项工作。",  # a notice's day, 决定 not right after the date
    ],
)
def test_decided_day_near_misses(lead: str) -> None:
    from gazette_extract.layout.storyday import _DECIDED_DAY_RE

    assert _DECIDED_DAY_RE.match(lead) is None


_STORY = "国务院免去张三某局局长职务\n\n{lead}\n\n国务院免去张三某局局长职务\n\n来源： 新华网\n2022-02-28 11:17 \n分享\n\n新华社北京2月28日电 {lead}"


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (_BASIS + "国务院2022年2月24日决定：免去张三的香港特别行政区政府某局局长职务。", "2022-02-24"),
        (_BASIS + "国务院2022年2月24日决定:免去张三的香港特别行政区政府某局局长职务。", "2022-02-24"),
        (_BASIS + "国务院2022年2月25日决定：免去张三的香港特别行政区政府某局局长职务。", "2022-02-25"),
    ],
)
def test_reprinted_decision_dated_by_its_day_not_the_stamp(lead: str, day: str) -> None:
    assert _dates(_STORY.format(lead=lead)) == [day]


def test_reprinted_story_without_decided_day_keeps_the_stamp() -> None:
    # a story whose lead dates nothing of its own: the page's date stays as before
    lead = "近日，某局召开会议，研究部署有关工作，张三出席会议并讲话。"
    assert _dates(_STORY.format(lead=lead)) == _dates(_STORY.format(lead=lead))  # (no crash, deterministic)
    assert _dates(_STORY.format(lead=lead))[0] != "2022-02-24"


# linearity: each new pattern at n and 10n under an alarm (benchmarks/linearity_tpages21.py keeps the table)
def alarm() -> AbstractContextManager[None]:
    return linear_alarm(20)


def _ratio(build, n: int = 200) -> float:  # type: ignore[no-untyped-def]
    def timed(k: int) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            build(k)
            best = min(best, time.process_time() - t)
        return best

    return timed(10 * n) / max(timed(n), 1e-6)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: lead_day(
            "新华社北京2月28日电 " + "依照某某规定，" * n + "国务院2022年2月24日决定：免去某某职务。", "2022-02-28"
        ),
        lambda n: year_lead_day("2019年11月19日" * n + "决定："),
        lambda n: extract_str("崔世安如获任命，成为继何厚铧之后的第二位澳门特区行政长官。\n" * n),
    ],
)
def test_linear(build) -> None:  # type: ignore[no-untyped-def]
    with alarm():
        assert _ratio(build) < 25
