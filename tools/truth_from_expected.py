"""Draft a truth file (samples/corpus/FORMAT.md) from a sample's golden ``.expected.json``.

    python tools/truth_from_expected.py samples/web/lishan-2023-task-lines.expected.json [...]

Writes ``NAME.truth.json`` beside each expected file unless one exists (``--force`` overwrites).
The draft is ONLY a starting point: it copies the tool's output, errors included, and a
``source`` without URL or place. Every committed truth file must then be corrected by hand
against the text (read it; fix titles, numbers, dates, issuers, units, people; add what the tool
missed; remove what it invented) and its ``source`` filled in.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

_SPACE = re.compile(r"\s+")


def _squash(value: str | None) -> str | None:
    return None if value is None else _SPACE.sub("", value)


def _deadline(value: dict | None) -> dict | None:
    if value is None:
        return None
    return {"kind": value["kind"], "date": value["date"]} if value["kind"] == "by" else {"kind": value["kind"]}


def draft(expected: dict) -> dict:
    documents = []
    for doc in expected["documents"]:
        citations: list[str] = []
        for c in doc["citations"]:
            number = (c.get("doc_number") or {}).get("text")
            if number and number not in citations and number != (doc["doc_number"] or {}).get("text"):
                citations.append(number)
        documents.append(
            {
                "title": _squash(doc["title"]).replace("《", "").replace("》", ""),
                "doc_number": (doc["doc_number"] or {}).get("text"),
                "date": doc["date"],
                "issuer": doc["issuer"],
                "citations": citations,
                "tasks": [
                    {
                        "text": _squash(t["text"])[:16],
                        "lead": t["lead_units"],
                        "support": t["support_units"],
                        "deadline": _deadline(t["deadline"]),
                    }
                    for t in doc["tasks"]
                ],
                "appointments": [
                    {"action": a["action"], "person": _squash(a["person"]), "position": a["position"]}
                    for a in doc["appointments"]
                ],
                "members": [{"role": m["role"], "person": _squash(m["person"])} for m in doc["members"]],
            }
        )
    truth: dict = {
        "source": {
            "url": None,
            "site": None,
            "province": None,
            "level": None,
            "year": None,
            "retrieved": None,
            "what": None,
        }
    }
    issue = expected["issue"]
    if issue.get("title") and issue.get("number") is not None:
        truth["issue"] = {k: issue[k] for k in ("title", "year", "number", "total_number")}
    truth["documents"] = documents
    return truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("expected", nargs="+", type=Path)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    for path in args.expected:
        target = path.with_name(path.name.replace(".expected.json", ".truth.json"))
        if target.exists() and not args.force:
            print(f"skip {target} (exists)")
            continue
        truth = draft(json.loads(path.read_text(encoding="utf-8")))
        target.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
