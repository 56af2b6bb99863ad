"""Golden samples and the committed schema.

samples/NAME.txt → samples/NAME.expected.json (also in subfolders such as samples/more/).
Regenerate deliberately with ``python tools/regen.py`` and read the diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazette_extract.app.goldens import diff, expected_path, render
from gazette_extract.models import Gazette, json_schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".txt", ".html") and p.is_file())


def test_samples_exist():
    assert (ROOT / "samples" / "pinggu-2021-01.txt") in SAMPLES
    assert len(SAMPLES) >= 39


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: str(p.relative_to(ROOT / "samples")))
def test_sample_matches_expected(sample):
    expected = expected_path(sample)
    assert expected.exists(), f"{expected.name} is missing: run python tools/regen.py samples and review it"
    actual = render(sample)
    delta = diff(expected.read_text(encoding="utf-8"), actual, sample.name)
    assert not delta, "output changed; if intended, regenerate with tools/regen.py and review:\n" + delta


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: str(p.relative_to(ROOT / "samples")))
def test_expected_files_validate_against_the_models(sample):
    data = json.loads(expected_path(sample).read_text(encoding="utf-8"))
    Gazette.model_validate(data)


def test_committed_schema_is_current():
    committed = json.loads((ROOT / "schemas" / "gazette.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "schemas/gazette.schema.json is stale: run python tools/regen.py schema"


def test_schema_names_the_contract_keys():
    schema = json_schema()
    assert set(schema["required"]) >= {"source", "issue"}
    props = schema["$defs"]["Document"]["properties"]
    for key in (
        "title",
        "kind",
        "doc_number",
        "recipients",
        "issuer",
        "date",
        "attachments",
        "citations",
        "tasks",
        "appointments",
        "lines",
    ):
        assert key in props
