"""Adversarial generator for appointment precision (issue 9, session 21, round aprec21).

Pages that *talk about posts without stating a change* — leader profiles (现任 / 曾任 / 历任 / 分管 / 简历 lines),
任前公示 and 拟任 / 拟提名 / 考察 pages, election candidate lists, obituaries (生平), meeting news (X主持会议，Y出席),
work-division pages (X负责…) and their Traditional forms — must give no appointment. This script composes such
sentences deterministically from real vocabulary (names, posts and units as dev pages print them) in every family
× separator × script × position (body, title, list line, table row), runs each through the whole pipeline and counts
the false records; beside them it runs true changes built from the same parts and counts what is kept.

    PYTHONPATH=src python benchmarks/appointment_precision.py            # the table
    PYTHONPATH=src python benchmarks/appointment_precision.py --details  # every false record / lost change

Deterministic: no randomness, the cases are a product of the tables below in a fixed order.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from gazette_extract.pipeline import extract_str

# Names, posts and units as dev pages print them (2–4 characters, a compound surname, a spaced name).
NAMES = ["张建国", "李红", "欧阳文华", "王　强"]
POSTS = ["县委常委、副县长", "市发展和改革委员会主任", "区人民政府副区长", "县财政局局长", "镇党委书记"]
DUTIES = ["财政、审计、统计工作", "全面工作", "教育、卫生健康方面工作"]
UNITS = ["县财政局", "市发展和改革委员会", "区教育局"]
SEPARATORS = ["，", ",", "；", ";", "：", ":"]

# Non-change families: each template takes name {n}, post {p}, post {q} (another), duty {d}, unit {u},
# separator {s}. None of them states a change (FORMAT.md: 公示, 拟任, 提名, 曾任/历任, 现任 are no change).
NON_CHANGE: dict[str, list[str]] = {
    "profile-current": [
        "{n}{s}现任{p}",
        "{n}，男，汉族，1970年3月生{s}现任{p}",
        "{n}{s}{p}",
        "现任{p}{s}{n}",
        "{n}同志现任{p}{s}负责{d}",
        "{n}，现任{p}{s}主持{u}全面工作",
    ],
    "profile-career": [
        "{n}{s}曾任{q}、{p}",
        "{n}{s}历任{q}、{p}等职",
        "{n}先后任{q}、{p}",
        "{n}{s}曾担任{q}{s}后任{p}",
        "{n}同志历任{q}{s}{p}",
        "{n}，1970年3月生{s}2015.03—2018.06任{q}{s}2018.06至今任{p}",
    ],
    "resume-line": [
        "2015.03—2018.06　{q}",
        "2015.03-2018.06{s}任{q}",
        "2015年3月至2018年6月{s}任{q}",
        "2018.06—　{p}",
        "2018年6月起任{p}",
    ],
    "division": [
        "{n}{s}负责{d}。分管{u}",
        "{n}：主持{u}全面工作",
        "{p}{n}{s}负责{d}",
        "{n}同志分管{u}{s}联系{d}",
    ],
    "pre-appointment": [
        "{n}{s}拟任{p}",
        "{n}，现任{q}{s}拟任{p}",
        "拟提名{n}为{p}人选",
        "{n}同志拟提名为{p}候选人",
        "{n}{s}考察对象{s}拟任{p}",
        "任前公示{s}{n}，拟任{p}",
        "{n}拟任{p}{s}公示期为5个工作日",
    ],
    "candidates": [
        "{p}候选人{s}{n}",
        "{n}为{p}候选人",
        "确定{n}为{p}候选人",
        "{p}候选人名单{s}{n}、李四",
        "{n}被提名为{p}候选人",
    ],
    "obituary": [
        "{n}同志生前曾任{q}、{p}",
        "{n}同志{s}{p}{s}因病医治无效逝世",
        "{n}同志1970年任{q}{s}1985年离休",
        "{n}同志生平{s}历任{q}、{p}",
    ],
    "meeting": [
        "{n}主持会议{s}李四出席",
        "{p}{n}主持会议并讲话",
        "{p}{n}出席会议{s}{q}李四主持",
        "会议由{p}{n}主持",
        "{n}（{p}）出席会议并讲话",
        "{p}{n}{s}{q}李四等出席",
    ],
    "tenure-clause": [
        "{n}任{p}期间{s}分管{u}",
        "{n}任{p}以来{s}主持{u}工作",
        "{n}担任{p}三年来{s}{u}面貌一新",
        "{n}在任{p}时{s}推动了{d}",
        "{n}任{p}后{s}首次到{u}调研",
        "{n}出任{p}一职已满五年",
    ],
    "dated-career": [
        "2015年3月{s}{n}任{q}",
        "{n}1998年任{q}{s}2003年任{p}",
        "1998年起{s}{n}先后任{q}、{p}",
        "{n}于2018年任{p}{s}2021年退休",
        "{n}1983年任{q}{s}1995年离休",
    ],
    "proposal": [
        "拟任命{n}为{p}",
        "提请任命{n}为{p}",
        "建议任命{n}为{p}",
        "推荐{n}为{p}人选",
        "确定{n}为{p}考察对象",
        "关于提请任命{n}为{p}的议案",
        "经考察{s}拟任命{n}为{p}",
    ],
    "negated-question": [
        "{n}没有被任命为{p}",
        "{n}从未担任{p}",
        "并未任命{n}为{p}",
        "{n}是否出任{p}？",
        "{n}会任{p}吗？",
    ],
    "held-with-second": [
        "{n}{s}现任{p}{s}兼任{q}",
        "{n}{s}曾任{q}{s}现任{p}{s}兼任{u}主任",
        "{n}，现为{p}",
        "{n}系{p}",
        "{n}同志是{p}",
        "{n}同志现任{p}{s}同时担任{q}",
    ],
    "quoted-rumour": [
        "其中最为具体的说法是“{n}转任{p}{s}李四调任{q}”",
        "网传“{n}出任{p}”{s}纯属谣言",
        "业内流传「{n}升任{p}」",
        "所谓{n}接任{p}一职{s}并不属实",
        "有所谓{n}接任{p}一职",
        # the held post before the name, as 4huh31 and ucmanga print them (dev pages of this round)
        "其中最为具体的说法是“{u}局长王五将退休{s}{q}{n}转任{p}{s}{u}副局长李四调任{q}”",
        "有所谓前{q}{n}接任{p}一职",
        "网传“{q}{n}调任{p}”",
    ],
    "pre-appointment-table": [
        "| 姓名 | 现任职务 | 拟任职务 |\n| --- | --- | --- |\n| {n} | {q} | {p} |",
        "| 姓名 | 性别 | 现任职务 | 拟任职务 |\n| {n} | 男 | {q} | {p} |",
        "| 序号 | 姓名 | 出生年月 | 现工作单位及职务 | 拟提名职务 |\n| 1 | {n} | 1975.03 | {q} | {p} |",
    ],
    "notice-title": [
        "关于{n}同志拟任职务的公示",
        "{n}等同志任职前公示",
        "关于{n}同志考察对象的公示",
        "{n}同志任职前公示公告",
    ],
    "held-attributive": [
        "现任{p}的{n}同志出席会议",
        "时任{q}的{n}{s}对此作出批示",
        "原{q}{n}{s}前任{p}李四出席",
        "{n}与新任{p}李四进行了工作交接",
        "{n}被评为优秀{p}",
        "{n}被授予优秀{p}称号",
        "{n}当选为{p}候选人",
        "{n}被确定为{p}候选人预备人选",
    ],
    "rumour": [
        "网传{n}将任{p}",
        "{n}或将出任{p}",
        "{n}否认将出任{p}",
        "传{n}出任{p}",
    ],
}

# True changes from the same parts: each must keep the person and action it names.
TRUE_CHANGE: dict[str, list[tuple[str, str]]] = {
    "appoint": [
        ("任命{n}为{p}", "appoint"),
        ("{n}任{p}", "appoint"),
        ("决定任命{n}为{p}", "appoint"),
        ("{n}同志任{p}{s}免去其{q}职务", "appoint"),
        ("选举{n}为{p}", "appoint"),
    ],
    "remove": [
        ("免去{n}的{p}职务", "remove"),
        ("免去{n}{p}职务", "remove"),
    ],
    "resign": [
        ("接受{n}辞去{p}职务的请求", "resign"),
    ],
}

POSITIONS = ["body", "title", "list", "table"]
_HEAD = "关于干部工作的通知\n"


_CONVERTER: list[object] = []


def _to_traditional(text: str) -> str:
    import opencc

    if not _CONVERTER:
        _CONVERTER.append(opencc.OpenCC("s2t"))
    converter = _CONVERTER[0]
    assert isinstance(converter, opencc.OpenCC)
    return str(converter.convert(text))


def _place(sentence: str, position: str) -> str:
    """The sentence in its position in a text."""
    if position == "title":
        return sentence + "\n" + "2024年3月1日\n"
    if position == "list":
        return _HEAD + "一、" + sentence + "。\n二、其他事项。\n"
    if position == "table":
        return _HEAD + "| 姓名 | 情况 |\n| --- | --- |\n| " + sentence + " |\n"
    return _HEAD + sentence + "。\n"


@dataclass(frozen=True)
class Case:
    family: str
    script: str
    position: str
    text: str
    person: str
    action: str | None  # None: a non-change, nothing must be given


def _fill(template: str, n: str, p: str, q: str, d: str, u: str, s: str) -> str:
    return template.format(n=n, p=p, q=q, d=d, u=u, s=s)


def cases() -> Iterator[Case]:
    """Every case, in a fixed order."""
    scripts = ["simplified", "traditional"]
    pairs = [(POSTS[0], POSTS[1]), (POSTS[3], POSTS[4]), (POSTS[2], POSTS[0])]
    for family, templates in NON_CHANGE.items():
        for i, (template, s, script, position) in enumerate(
            itertools.product(templates, SEPARATORS, scripts, POSITIONS)
        ):
            if "{s}" not in template and s != SEPARATORS[0]:
                continue
            # names, posts, duties and units rotate with the case's index: every one is met, the count stays small
            name, (p, q) = NAMES[i % len(NAMES)], pairs[i % len(pairs)]
            sentence = _fill(template, name, p, q, DUTIES[i % len(DUTIES)], UNITS[i % len(UNITS)], s)
            text = _place(sentence, position)
            if script == "traditional":
                text = _to_traditional(text)
            yield Case(family, script, position, text, name.replace("　", ""), None)
    for family, rows in TRUE_CHANGE.items():
        for i, ((template, action), s, script, position) in enumerate(
            itertools.product(rows, SEPARATORS[:2], scripts, POSITIONS)
        ):
            if "{s}" not in template and s != SEPARATORS[0]:
                continue
            name = NAMES[i % len(NAMES)]
            sentence = _fill(template, name, POSTS[1], POSTS[3], DUTIES[0], UNITS[0], s)
            text = _place(sentence, position)
            if script == "traditional":
                text = _to_traditional(text)
            yield Case("change:" + family, script, position, text, name.replace("　", ""), action)


def _records(text: str) -> list[tuple[str, str, str | None]]:
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def run(details: bool = False) -> dict[str, tuple[int, int]]:
    """Per family: (cases, errors) — false records for non-change families, lost changes for true ones."""
    totals: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for case in cases():
        got = _records(case.text)
        key = case.family
        totals[key] += 1
        if case.action is None:
            bad = len(got)
            if bad and details:
                print(f"FALSE {case.family}/{case.script}/{case.position}: {case.text!r} -> {got}")
        else:
            bad = 0 if any(a == case.action and p == case.person for a, p, _ in got) else 1
            if bad and details:
                print(f"LOST  {case.family}/{case.script}/{case.position}: {case.text!r} -> {got}")
        errors[key] += bad
    return {k: (totals[k], errors[k]) for k in totals}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every false record and lost change")
    args = parser.parse_args(argv)
    table = run(details=args.details)
    print("| family | cases | false records / lost changes |")
    print("|---|---:|---:|")
    for family, (n, bad) in table.items():
        print(f"| {family} | {n} | {bad} |")
    false = sum(bad for f, (_, bad) in table.items() if not f.startswith("change:"))
    lost = sum(bad for f, (_, bad) in table.items() if f.startswith("change:"))
    kept = sum(n - bad for f, (n, bad) in table.items() if f.startswith("change:"))
    print(f"non-change false records: {false}; true changes kept: {kept}, lost: {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
