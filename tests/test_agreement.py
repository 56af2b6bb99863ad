"""The second reading of the test split (benchmarks/second-reading, benchmarks/agreement.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
for _name in ("accuracy", "agreement"):
    if _name not in sys.modules:
        _spec = importlib.util.spec_from_file_location(_name, ROOT / "benchmarks" / f"{_name}.py")
        _module = importlib.util.module_from_spec(_spec)
        sys.modules[_name] = _module
        _spec.loader.exec_module(_module)
accuracy = sys.modules["accuracy"]
agreement = sys.modules["agreement"]

SECOND = sorted((ROOT / "benchmarks" / "second-reading").glob("*.json"))
DOCUMENT_KEYS = {"title", "doc_number", "date", "issuer", "citations", "tasks", "appointments", "members"}


def test_there_is_a_second_reading() -> None:
    assert len(SECOND) >= 250


@pytest.mark.parametrize("path", SECOND, ids=lambda p: p.stem)
def test_second_reading_belongs_to_a_held_out_truth_file(path: Path) -> None:
    truth = agreement.truth_path(path, ROOT / "samples")
    assert truth.exists(), f"{path.name}: no {truth}"
    site = json.loads(truth.read_text(encoding="utf-8"))["source"]["site"]
    assert accuracy.split_of(site) == "test"
    label = json.loads(path.read_text(encoding="utf-8"))
    assert "source" not in label  # the second reader saw no source block and wrote none
    for document in label["documents"]:
        assert set(document) == DOCUMENT_KEYS


def test_label_as_output_round_trips_through_the_scorer() -> None:
    """A label scored against itself agrees on every fact it states."""
    label = {
        "documents": [
            {
                "title": "关于印发某某方案的通知",
                "doc_number": "某政发〔2020〕1号",
                "date": "2020-03-01",
                "issuer": "某县人民政府",
                "citations": ["国办发〔2019〕3号"],
                "tasks": [{"text": "全面实施清单管理", "lead": ["县发改局"], "support": [], "deadline": None}],
                "appointments": [{"action": "appoint", "person": "张三", "position": "县长"}],
                "members": [{"role": "组长", "person": "李四"}],
            }
        ]
    }
    outcomes = accuracy.score(label, agreement.label_as_output(label))
    kinds = {o.kind for o in outcomes}
    assert kinds <= {"tp", "right"}
    assert {o.metric for o in outcomes} >= {"documents", "title", "date", "tasks", "appointments", "members"}


def test_task_texts_match_either_way_only_inside_compare() -> None:
    texts = agreement.compare()
    assert len(texts) == len(SECOND)
    assert all(t.split == "test" for t in texts)
    assert accuracy._task_matches("全面实施", "全面实施清单") and not accuracy._task_matches("全面实施清单", "全面实施")
    summary = accuracy.summarize(o for t in texts for o in t.outcomes)
    assert summary["documents"]["tp"] > 0
