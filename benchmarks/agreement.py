"""Agreement between the truth files of the held-out texts and a blind second reading of them.

    python benchmarks/agreement.py             # the table: truth files vs second reading
    python benchmarks/agreement.py --details   # every point where they differ

Each ``benchmarks/second-reading/NAME.json`` is a second reader's label of the held-out text whose
truth file is ``samples/<dir>/NAME.truth.json`` (``<dir>`` spelled into NAME with ``__``: the file
``corpus__foo.json`` belongs to ``samples/corpus/foo.truth.json``). It was written by reading the text
alone, without the first label, the tool's output or the tool's code (README "Accuracy on real
texts" → "A second reading of the test split"). The figures are the accuracy scorer's, with the
truth file as truth and the second reading as the prediction, so F1 is the agreement of two readers
(symmetric); task texts, which each reader cuts to 6–20 characters, match when either contains the
other.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import accuracy

SECOND = Path(__file__).resolve().parent / "second-reading"


def _tasks_either_way(first: str, second: str) -> bool:
    return first in second or second in first


def label_as_output(label: dict) -> dict:
    """A truth-shaped label in the pipeline output's shape, which ``accuracy.score`` takes as prediction."""
    documents = []
    for d in label.get("documents", []):
        documents.append(
            {
                "title": d.get("title"),
                "doc_number": {"text": d["doc_number"]} if d.get("doc_number") else None,
                "date": d.get("date"),
                "issuer": d.get("issuer"),
                "citations": [{"doc_number": {"text": c}} for c in d.get("citations", [])],
                "tasks": [
                    {
                        "text": t.get("text") or "",
                        "lead_units": t.get("lead", []),
                        "support_units": t.get("support", []),
                        "deadline": t.get("deadline"),
                    }
                    for t in d.get("tasks", [])
                ],
                "appointments": d.get("appointments", []),
                "members": d.get("members", []),
            }
        )
    return {"documents": documents, "issue": label.get("issue")}


def truth_path(second: Path, samples: Path) -> Path:
    parts = second.name.removesuffix(".json").split("__")
    return samples.joinpath(*parts[:-1], parts[-1] + accuracy.TRUTH_SUFFIX)


def compare(samples: Path = accuracy.ROOT / "samples") -> list[accuracy.Text]:
    """One Text (name, split, outcomes) per second reading."""
    texts = []
    for second in sorted(SECOND.glob("*.json")):
        first_path = truth_path(second, samples)
        first = json.loads(first_path.read_text(encoding="utf-8"))
        other = json.loads(second.read_text(encoding="utf-8"))
        outcomes = accuracy.score(first, label_as_output(other), _tasks_either_way)
        name = str(first_path.relative_to(samples)).removesuffix(accuracy.TRUTH_SUFFIX)
        texts.append(accuracy.Text(name, accuracy.split_of(first["source"]["site"]), outcomes))
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list every point where the readings differ")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    texts = compare()
    render = accuracy.render_markdown if args.markdown else accuracy.render_text
    summary = accuracy.summarize(o for t in texts for o in t.outcomes)
    print(render("truth files vs second reading", len(texts), summary))
    differing = sum(any(o.kind in ("fp", "fn", "wrong") for o in t.outcomes) for t in texts)
    print(f"\ntexts where the readings differ: {differing} of {len(texts)}")
    if args.details:
        print(accuracy.details(texts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
