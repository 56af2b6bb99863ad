"""Accuracy of gazette-extract against the hand-checked truth files, per field and per split.

    python benchmarks/accuracy.py                   # dev, test and all
    python benchmarks/accuracy.py --split dev --details   # every miss and false record, for tuning
    python benchmarks/accuracy.py --split test --markdown # the table for the README
    python benchmarks/accuracy.py --json            # machine-readable figures
    python benchmarks/accuracy.py --split test --components  # where the errors sit, counts only

Every ``samples/**/NAME.truth.json`` (format: ``samples/corpus/FORMAT.md``) is scored against the
library's output for ``NAME.txt`` / ``NAME.html`` beside it; each text is parsed once.

Method
------
1. *Documents* are paired one to one: first by equal document number, then by title similarity
   (difflib ratio >= 0.6, best pair first), then the remaining ones in printed order within the
   gaps left between pairs already made. A paired truth document is a true positive; an unpaired
   predicted document a false positive; an unpaired truth document a false negative.
2. *Document fields* (doc number, title, date, issuer) are scored over (document, value) pairs:
   equal values are a true positive; a wrong value is both a false positive and a false negative;
   a value where the truth has ``null`` is a false positive; ``null`` where the truth has a value a
   false negative. The fields of unpaired documents count as false positives / negatives.
3. *Tasks* are paired inside paired documents, in order: a predicted task matches a truth task when
   its text (whitespace removed) starts with or contains the truth ``text``. Lead-unit and
   support-unit accuracy are over paired tasks (sets of names equal); deadline accuracy too (kind
   and date equal, both ``null`` counting as equal).
4. *Appointments* are paired on (action, person), the same post first when a person has several
   changes of one kind; position accuracy is over paired ones.
   *Members* are scored on (role, person) and on person alone; *citations* on document numbers;
   both as multisets per document.
5. *Issue fields* (title, year, number, total_number) are scored like document fields, for truth
   files that have ``issue``.

Precision is TP / (TP + FP), recall TP / (TP + FN); a ratio with nothing to count is shown as
``-``. The split of a text is decided by its source site alone (:func:`split_of`).

``--components`` counts each error by the step that made it (:func:`components`): a document
missed on a page where the tool reports none at all, or beside documents it did find; a field
withheld, wrong, or given where the truth has none; a record lost with its missed document or
missed inside a found one. Counts only, no text: it says which step to work on without showing
a held-out page.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import fnmatch
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TRUTH_SUFFIX = ".truth.json"
INPUT_SUFFIXES = (".txt", ".html", ".htm")
SPLITS = ("dev", "test", "all")
TITLE_SIMILARITY = 0.6  # difflib ratio above which two titles name the same document

# Scored with precision / recall / F1, in table order.
PRF_METRICS = (
    "documents",
    "doc_number",
    "title",
    "date",
    "issuer",
    "tasks",
    "appointments",
    "members",
    "members_person",
    "citations",
    "issue",
)
# Scored as accuracy over paired records, in table order.
ACCURACY_METRICS = ("lead", "support", "deadline", "position")
LABELS = {
    "documents": "documents",
    "doc_number": "doc numbers",
    "title": "titles",
    "date": "dates",
    "issuer": "issuers",
    "tasks": "tasks",
    "lead": "  lead units (acc.)",
    "support": "  support units (acc.)",
    "deadline": "  deadlines (acc.)",
    "appointments": "appointments (action, person)",
    "position": "  positions (acc.)",
    "members": "members (role, person)",
    "members_person": "members (person)",
    "citations": "citations",
    "issue": "issue fields",
}
ROWS = (
    "documents",
    "doc_number",
    "title",
    "date",
    "issuer",
    "tasks",
    "lead",
    "support",
    "deadline",
    "appointments",
    "position",
    "members",
    "members_person",
    "citations",
    "issue",
)

_SPACE = re.compile(r"\s+")
_TITLE_NOISE = re.compile(r"[\s《》〈〉]+")  # titles are compared without spaces and book-title marks
_ROLE_NOISE = re.compile(r"[\s:：]+")


def split_of(site: str) -> str:
    """'test' when the first byte of sha256(site) is divisible by 3, else 'dev' (FORMAT.md)."""
    return "test" if hashlib.sha256(site.encode()).digest()[0] % 3 == 0 else "dev"


# --------------------------------------------------------------------------- outcomes


@dataclass(frozen=True)
class Outcome:
    """One scored fact: ``kind`` is tp/fp/fn for P/R/F1 metrics, right/wrong for accuracies."""

    metric: str
    kind: str
    value: str
    file: str = ""


def _squash(value: object) -> str | None:
    """Whitespace removed and full-width forms folded (NFKC): many stored pages print ASCII ',' ':' '('."""
    return None if value is None else _SPACE.sub("", unicodedata.normalize("NFKC", str(value)))


def _title(value: str | None) -> str | None:
    return None if value is None else _TITLE_NOISE.sub("", unicodedata.normalize("NFKC", value))


def compare_value(metric: str, truth: object, predicted: object) -> Iterator[Outcome]:
    """One (document, value) pair: tp, or fp and/or fn."""
    if truth is not None and predicted is not None and truth == predicted:
        yield Outcome(metric, "tp", str(truth))
        return
    if predicted is not None:
        yield Outcome(metric, "fp", str(predicted) + (f"  (truth: {truth})" if truth is not None else ""))
    if truth is not None:
        yield Outcome(metric, "fn", str(truth))


def compare_multiset(metric: str, truth: Iterable[str], predicted: Iterable[str]) -> Iterator[Outcome]:
    truth_count, predicted_count = Counter(truth), Counter(predicted)
    for value in sorted(truth_count | predicted_count):
        shared = min(truth_count[value], predicted_count[value])
        yield from (Outcome(metric, "tp", value) for _ in range(shared))
        yield from (Outcome(metric, "fp", value) for _ in range(predicted_count[value] - shared))
        yield from (Outcome(metric, "fn", value) for _ in range(truth_count[value] - shared))


# --------------------------------------------------------------------------- predicted records


def _doc_fields(doc: dict) -> dict:
    """A predicted document reduced to the truth format's shape."""
    number = doc.get("doc_number")
    return {
        "title": _title(doc.get("title")),
        "doc_number": number["text"] if number else None,
        "date": doc.get("date"),
        "issuer": _squash(doc.get("issuer")),
        "citations": [c["doc_number"]["text"] for c in doc.get("citations", []) if c.get("doc_number")],
        "tasks": [
            {
                "text": _squash(t["text"]) or "",
                "lead": t.get("lead_units", []),
                "support": t.get("support_units", []),
                "deadline": t.get("deadline"),
            }
            for t in doc.get("tasks", [])
        ],
        "appointments": doc.get("appointments", []),
        "members": doc.get("members", []),
    }


def _truth_fields(doc: dict) -> dict:
    return {**doc, "title": _title(doc.get("title")), "issuer": _squash(doc.get("issuer"))}


# --------------------------------------------------------------------------- pairing


def pair_documents(truth: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """Pairs (truth index, predicted index): by number, then by title, then by order in the gaps."""
    pairs: dict[int, int] = {}
    used: set[int] = set()

    def pair(i: int, j: int) -> None:
        pairs[i] = j
        used.add(j)

    for i, t in enumerate(truth):
        if t.get("doc_number") is None:
            continue
        j = next((j for j, p in enumerate(predicted) if j not in used and p["doc_number"] == t["doc_number"]), None)
        if j is not None:
            pair(i, j)
    candidates = []
    for i, t in enumerate(truth):
        if i in pairs or not t.get("title"):
            continue
        for j, p in enumerate(predicted):
            if j in used or not p["title"]:
                continue
            ratio = difflib.SequenceMatcher(None, t["title"], p["title"], autojunk=False).ratio()
            if ratio >= TITLE_SIMILARITY:
                candidates.append((-ratio, i, j))
    for _, i, j in sorted(candidates):
        if i not in pairs and j not in used:
            pair(i, j)
    # Order: the unpaired truth and predicted documents between two consecutive pairs, zipped.
    anchors = sorted(pairs.items())
    if any(b[1] < a[1] for a, b in itertools.pairwise(anchors)):
        return anchors  # crossed pairs: no reliable gaps, pair nothing by order
    bounds = [(-1, -1), *anchors, (len(truth), len(predicted))]
    for (ti, pi), (tj, pj) in itertools.pairwise(bounds):
        free_truth = [i for i in range(ti + 1, tj) if i not in pairs]
        free_pred = [j for j in range(pi + 1, pj) if j not in used]
        for i, j in zip(free_truth, free_pred, strict=False):
            pair(i, j)
    return sorted(pairs.items())


def _task_matches(truth_text: str, predicted_text: str) -> bool:
    return truth_text in predicted_text  # "starts with" is a case of "contains"


def pair_tasks(
    truth: list[dict], predicted: list[dict], matches: Callable[[str, str], bool] = _task_matches
) -> list[tuple[int, int]]:
    """Greedy, in order: each truth task takes the first free predicted task that contains its text."""
    pairs, used = [], set()
    for i, t in enumerate(truth):
        text = _squash(t["text"]) or ""
        for j, p in enumerate(predicted):
            if j not in used and text and matches(text, p["text"]):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


# --------------------------------------------------------------------------- scoring


def _units(names: Iterable[str]) -> frozenset[str]:
    return frozenset(_squash(n) for n in names)


def _deadline(value: dict | None) -> tuple[str | None, str | None]:
    return (None, None) if value is None else (value.get("kind"), value.get("date"))


def score_tasks(
    truth: list[dict], predicted: list[dict], matches: Callable[[str, str], bool] = _task_matches
) -> Iterator[Outcome]:
    pairs = pair_tasks(truth, predicted, matches)
    paired_truth, paired_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        t, p = truth[i], predicted[j]
        yield Outcome("tasks", "tp", t["text"])
        for metric, want, got in (
            ("lead", _units(t["lead"]), _units(p["lead"])),
            ("support", _units(t["support"]), _units(p["support"])),
            ("deadline", _deadline(t["deadline"]), _deadline(p["deadline"])),
        ):
            if want == got:
                yield Outcome(metric, "right", t["text"])
            else:
                yield Outcome(metric, "wrong", f"{t['text']}: {_show(got)}  (truth: {_show(want)})")
    yield from (Outcome("tasks", "fn", t["text"]) for i, t in enumerate(truth) if i not in paired_truth)
    yield from (Outcome("tasks", "fp", p["text"][:30]) for j, p in enumerate(predicted) if j not in paired_pred)


def _show(value: object) -> str:
    if isinstance(value, frozenset):
        return "、".join(sorted(value)) or "∅"
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value if v is not None) or "none"
    return str(value)


def score_appointments(truth: list[dict], predicted: list[dict]) -> Iterator[Outcome]:
    def key(change: dict) -> tuple[str, str | None]:
        return change["action"], _squash(change["person"])

    free = list(range(len(predicted)))
    match: dict[int, int] = {}
    # one person with several changes of one kind (two posts): the same post pairs first, then the rest in order
    for exact in (True, False):
        for i, t in enumerate(truth):
            if i in match:
                continue
            j = next(
                (
                    j
                    for j in free
                    if key(predicted[j]) == key(t)
                    and (not exact or _squash(predicted[j]["position"]) == _squash(t["position"]))
                ),
                None,
            )
            if j is not None:
                match[i] = j
                free.remove(j)
    for i, t in enumerate(truth):
        label = f"{t['action']} {t['person']}"
        if i not in match:
            yield Outcome("appointments", "fn", label)
            continue
        yield Outcome("appointments", "tp", label)
        got = _squash(predicted[match[i]]["position"])
        if got == _squash(t["position"]):
            yield Outcome("position", "right", label)
        else:
            yield Outcome("position", "wrong", f"{label}: {got}  (truth: {t['position']})")
    for j in free:
        yield Outcome("appointments", "fp", f"{predicted[j]['action']} {predicted[j]['person']}")


def score_members(truth: list[dict], predicted: list[dict]) -> Iterator[Outcome]:
    def role_person(m: dict) -> str:
        return f"{_ROLE_NOISE.sub('', m['role'])} {_squash(m['person'])}"

    yield from compare_multiset("members", map(role_person, truth), map(role_person, predicted))
    yield from compare_multiset(
        "members_person", (_squash(m["person"]) for m in truth), (_squash(m["person"]) for m in predicted)
    )


def score_document(
    truth: dict | None, predicted: dict | None, matches: Callable[[str, str], bool] = _task_matches
) -> Iterator[Outcome]:
    """Outcomes for a pair of documents; either side may be None (an unpaired document)."""
    empty = {
        "title": None,
        "doc_number": None,
        "date": None,
        "issuer": None,
        "citations": [],
        "tasks": [],
        "appointments": [],
        "members": [],
    }
    t, p = truth or empty, predicted or empty
    if truth is not None or predicted is not None:
        kind = "tp" if truth is not None and predicted is not None else ("fn" if predicted is None else "fp")
        yield Outcome("documents", kind, (t["title"] or p["title"] or "?")[:40])
    for field in ("doc_number", "title", "date", "issuer"):
        yield from compare_value(field, t[field], p[field])
    yield from compare_multiset("citations", t["citations"], p["citations"])
    yield from score_tasks(t["tasks"], p["tasks"], matches)
    yield from score_appointments(t["appointments"], p["appointments"])
    yield from score_members(t["members"], p["members"])


def score_issue(truth: dict, predicted: dict) -> Iterator[Outcome]:
    for field in ("title", "year", "number", "total_number"):
        want, got = truth.get(field), predicted.get(field)
        if field == "title":
            want, got = _title(want), _title(got)
        for outcome in compare_value("issue", want, got):
            yield Outcome("issue", outcome.kind, f"{field}={outcome.value}")


def score(truth: dict, output: dict, matches: Callable[[str, str], bool] = _task_matches) -> list[Outcome]:
    """Every outcome of one text: ``truth`` a truth file's content, ``output`` the pipeline's dict."""
    truth_docs = [_truth_fields(d) for d in truth["documents"]]
    predicted_docs = [_doc_fields(d) for d in output["documents"]]
    outcomes: list[Outcome] = []
    pairs = pair_documents(truth_docs, predicted_docs)
    for i, j in pairs:
        outcomes += score_document(truth_docs[i], predicted_docs[j], matches)
    paired_truth, paired_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, doc in enumerate(truth_docs):
        if i not in paired_truth:
            outcomes += score_document(doc, None, matches)
    for j, doc in enumerate(predicted_docs):
        if j not in paired_pred:
            outcomes += score_document(None, doc, matches)
    if truth.get("issue"):
        outcomes += score_issue(truth["issue"], output.get("issue") or {})
    return outcomes


# --------------------------------------------------------------------------- components


def _title_error(truth: str, predicted: str) -> str:
    if truth in predicted:
        return "title wrong: runs on (holds the truth)"
    if predicted in truth:
        return "title wrong: cut short (inside the truth)"
    return "title wrong: another line"


def components(truth: dict, output: dict) -> Counter[str]:
    """Every error of one text counted by the step that made it (see the module's docstring)."""
    truth_docs = [_truth_fields(d) for d in truth["documents"]]
    predicted_docs = [_doc_fields(d) for d in output["documents"]]
    pairs = pair_documents(truth_docs, predicted_docs)
    paired_truth, paired_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    found: Counter[str] = Counter()
    records = ("tasks", "appointments", "members", "citations")
    for i, doc in enumerate(truth_docs):
        if i in paired_truth:
            continue
        where = "on a page where the tool reports none" if not predicted_docs else "beside found documents"
        found[f"document missed {where}"] += 1
        for field in ("title", "doc_number", "date", "issuer"):
            found[f"{field} lost with a missed document"] += doc.get(field) is not None
        for name in records:
            found[f"{name} lost with a missed document"] += len(doc.get(name) or [])
    for j, doc in enumerate(predicted_docs):
        if j not in paired_pred:
            found["document invented" + (" on a page the truth holds none" if not truth_docs else "")] += 1
            for name in records:
                found[f"{name} false in an invented document"] += len(doc.get(name) or [])
    for i, j in pairs:
        t, p = truth_docs[i], predicted_docs[j]
        for field in ("title", "doc_number", "date", "issuer"):
            want, got = t.get(field), p.get(field)
            if want == got:
                continue
            if got is None:
                found[f"{field} withheld"] += 1
            elif want is None:
                found[f"{field} given where the truth has none"] += 1
            elif field == "title":
                found[_title_error(want, got)] += 1
            elif field == "date":
                found[
                    "date wrong: "
                    + ("same month" if want[:7] == got[:7] else "same year" if want[:4] == got[:4] else "another year")
                ] += 1
            else:
                found[f"{field} wrong"] += 1
        paired_outcomes = list(score_document(t, p))
        for name, metric in (
            ("tasks", "tasks"),
            ("appointments", "appointments"),
            ("members", "members"),
            ("citations", "citations"),
        ):
            kinds = Counter(o.kind for o in paired_outcomes if o.metric == metric)
            found[f"{name} missed inside a found document"] += kinds["fn"]
            found[f"{name} false inside a found document"] += kinds["fp"]
    return +found


# --------------------------------------------------------------------------- summaries


def summarize(outcomes: Iterable[Outcome]) -> dict[str, dict]:
    """Counts and ratios per metric."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for outcome in outcomes:
        counts[outcome.metric][outcome.kind] += 1
    summary: dict[str, dict] = {}
    for metric in PRF_METRICS:
        c = counts[metric]
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / (tp + fn) if tp + fn else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision and recall
            else (0.0 if tp + fp and tp + fn else None)
        )
        summary[metric] = {
            "truth": tp + fn,
            "predicted": tp + fp,
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    for metric in ACCURACY_METRICS:
        c = counts[metric]
        total = c["right"] + c["wrong"]
        summary[metric] = {"total": total, "right": c["right"], "accuracy": c["right"] / total if total else None}
    return summary


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def table_rows(summary: dict[str, dict]) -> list[tuple[str, ...]]:
    rows = []
    for metric in ROWS:
        s = summary[metric]
        if metric in ACCURACY_METRICS:
            rows.append((LABELS[metric], str(s["total"]), "", "", "", "", _ratio(s["accuracy"])))
        else:
            rows.append(
                (
                    LABELS[metric],
                    str(s["truth"]),
                    str(s["predicted"]),
                    str(s["tp"]),
                    _ratio(s["precision"]),
                    _ratio(s["recall"]),
                    _ratio(s["f1"]),
                )
            )
    return rows


HEADER = ("field", "truth", "predicted", "matched", "P", "R", "F1 / acc.")


def render_text(split: str, texts: int, summary: dict) -> str:
    rows = [HEADER, *table_rows(summary)]
    widths = [max(_width(row[k]) for row in rows) for k in range(len(HEADER))]
    lines = [f"== {split}: {texts} texts =="]
    for row in rows:
        cells = [row[0] + " " * (widths[0] - _width(row[0]))]
        cells += [" " * (widths[k] - _width(cell)) + cell for k, cell in enumerate(row) if k]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def render_markdown(split: str, texts: int, summary: dict) -> str:
    lines = [
        f"**{split}** ({texts} texts)",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" + "---:|" * (len(HEADER) - 1),
    ]
    for row in table_rows(summary):
        lines.append(
            "| "
            + " | ".join((row[0].strip() if not row[0].startswith("  ") else "↳ " + row[0].strip(), *row[1:]))
            + " |"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- corpus


@dataclass
class Text:
    name: str
    split: str
    outcomes: list[Outcome]
    components: Counter[str] = dataclasses.field(default_factory=Counter)  # errors by step (:func:`components`)


def truth_files(samples: Path) -> list[Path]:
    return sorted(samples.rglob("*" + TRUTH_SUFFIX))


def input_for(truth_path: Path) -> Path:
    stem = truth_path.name.removesuffix(TRUTH_SUFFIX)
    for suffix in INPUT_SUFFIXES:
        candidate = truth_path.with_name(stem + suffix)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{truth_path}: no {stem}.txt or .html beside it")


def score_corpus(samples: Path, only: list[str] | None = None) -> list[Text]:
    from gazette_extract.pipeline import extract
    from gazette_extract.text.decode import read_input

    texts = []
    for truth_path in truth_files(samples):
        source = input_for(truth_path)
        name = str(source.relative_to(samples))
        if only and not any(fnmatch.fnmatchcase(name, pattern) for pattern in only):
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        output = extract(read_input(source), path=source.name)
        outcomes = [Outcome(o.metric, o.kind, o.value, name) for o in score(truth, output)]
        texts.append(Text(name, split_of(truth["source"]["site"]), outcomes, components(truth, output)))
    return texts


def in_split(texts: list[Text], split: str) -> list[Text]:
    return texts if split == "all" else [t for t in texts if t.split == split]


def details(texts: list[Text]) -> str:
    lines = []
    for text in texts:
        for o in text.outcomes:
            if o.kind in ("fp", "fn", "wrong"):
                lines.append(f"{text.name}\t{o.metric}\t{o.kind}\t{o.value}")
    return "\n".join(lines)


def render_components(split: str, texts: list[Text]) -> str:
    """The errors of ``texts`` by step, most first: counts and how many texts show each."""
    total: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for text in texts:
        total += text.components
        shown.update(text.components.keys())
    lines = [f"{split}: errors by step ({len(texts)} texts)", f"{'count':>6}  {'texts':>5}  step"]
    lines += [f"{n:>6}  {shown[step]:>5}  {step}" for step, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, help="one split only (default: dev, test and all)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--details", action="store_true", help="list every miss, false record and wrong value")
    parser.add_argument(
        "--components", action="store_true", help="count the errors by the step that made them (counts only)"
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="GLOB",
        help="score only the texts whose name (e.g. corpus/foo-2019-bar.txt) matches GLOB; repeatable",
    )
    parser.add_argument("--samples", type=Path, default=ROOT / "samples", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    texts = score_corpus(args.samples, args.only)
    splits = [args.split] if args.split else list(SPLITS)
    if args.json:
        report = {
            s: {
                "texts": len(in_split(texts, s)),
                "metrics": summarize(o for t in in_split(texts, s) for o in t.outcomes),
            }
            for s in splits
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    render = render_markdown if args.markdown else render_text
    blocks = []
    for s in splits:
        chosen = in_split(texts, s)
        blocks.append(render(s, len(chosen), summarize(o for t in chosen for o in t.outcomes)))
        if args.components:
            blocks.append(render_components(s, chosen))
        if args.details:
            blocks.append(details(chosen))
    print("\n\n".join(blocks))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
