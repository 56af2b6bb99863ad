"""The labelled corpus: every truth file follows samples/corpus/FORMAT.md, and SOURCES.md is current."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TRUTH_FILES = sorted(SAMPLES.rglob("*.truth.json"))

DOCUMENT_KEYS = {"title", "doc_number", "date", "issuer", "citations", "tasks", "appointments", "members"}
SOURCE_KEYS = {"url", "site", "province", "level", "year", "retrieved", "what"}
LEVELS = {"national", "province", "city", "county"}
DEADLINE_KINDS = {"by", "ongoing", "recurring", "as_required", "unknown"}
ACTIONS = {"appoint", "remove", "resign"}
# Canonical number: agency, 〔year〕, ASCII serial, 号 — or the 第N号 series (国令第707号).
DOC_NUMBER = re.compile(r"^[^\s〔〕\[\]()（）]+(〔\d{4}〕\d+|第\d+)号$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def ids(path: Path) -> str:
    return str(path.relative_to(SAMPLES))


def test_every_real_text_has_a_truth_file():
    texts = sorted(p for p in SAMPLES.rglob("*.txt"))
    missing = [ids(p) for p in texts if not p.with_name(p.stem + ".truth.json").exists()]
    assert not missing
    assert len(TRUTH_FILES) >= 87


@pytest.mark.parametrize("path", TRUTH_FILES, ids=ids)
def test_truth_file_follows_the_format(path):
    truth = load(path)
    source = truth["source"]
    assert set(source) == SOURCE_KEYS
    assert source["site"] and not re.match(r"^(www1?|m)\.", source["site"]) and "/" not in source["site"]
    assert source["level"] in LEVELS
    assert source["year"] is None or 1949 <= source["year"] <= 2026
    if "issue" in truth:
        assert set(truth["issue"]) == {"title", "year", "number", "total_number"}
    for doc in truth["documents"]:
        assert set(doc) == DOCUMENT_KEYS
        # FORMAT.md: a text that shows no document has "documents": [], never one entry of nulls
        assert any(doc[key] for key in DOCUMENT_KEYS), "a document with every field null and no record"
        # no spaces, and not wrapped in 《》 (a title that names another, 关于印发《X》的通知, keeps its 《》)
        assert doc["title"] is None or (doc["title"] and not re.search(r"\s|^《.*》$", doc["title"]))
        for number in [doc["doc_number"], *doc["citations"]]:
            assert number is None or DOC_NUMBER.match(number), number
        assert doc["doc_number"] not in doc["citations"] or doc["doc_number"] is None
        assert len(doc["citations"]) == len(set(doc["citations"]))
        assert doc["date"] is None or ISO_DATE.match(doc["date"])
        for task in doc["tasks"]:
            assert set(task) == {"text", "lead", "support", "deadline"}
            assert 2 <= len(task["text"]) <= 25 and not re.search(r"\s", task["text"])
            deadline = task["deadline"]
            assert deadline is None or deadline["kind"] in DEADLINE_KINDS
            if deadline is not None:  # a date exactly when the kind is 'by'
                assert (deadline["kind"] == "by") == (ISO_DATE.match(deadline.get("date") or "") is not None)
        for appointment in doc["appointments"]:
            assert appointment["action"] in ACTIONS and not re.search(r"\s", appointment["person"])
            assert appointment["position"] and not appointment["position"].endswith(("职务", "同志"))
        for member in doc["members"]:
            assert not re.search(r"[\s:：]", member["role"] + member["person"])


def test_corpus_sources_table_is_current():
    spec = importlib.util.spec_from_file_location("corpus_sources", ROOT / "tools" / "corpus_sources.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (SAMPLES / "corpus" / "SOURCES.md").read_text(encoding="utf-8") == module.render(), (
        "samples/corpus/SOURCES.md is out of date: run python tools/corpus_sources.py"
    )


def test_no_text_is_stored_twice():
    """The same page stored twice counts twice in the figures, and two rounds may label it differently
    (session 20 found four such pairs, one with two different dates): each text once."""
    seen: dict[str, str] = {}
    twice = []
    for truth in TRUTH_FILES:
        text = truth.with_name(truth.name.removesuffix(".truth.json") + ".txt")
        if not text.exists():
            continue
        digest = hashlib.sha256(text.read_bytes()).hexdigest()
        if digest in seen:
            twice.append((seen[digest], ids(text)))
        seen.setdefault(digest, ids(text))
    assert not twice
