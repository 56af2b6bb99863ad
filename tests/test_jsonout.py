"""app.jsonout.write_indented: the text json.dump(value, ensure_ascii=False, indent=N) writes.

Checked against ``json.dumps`` on every sample's result, on generated values (Hypothesis: nested
dicts and lists, any text, ints, floats with NaN and infinities, booleans, None, non-string keys),
on named edge cases, with a small flush size (the output written in several pieces), and through
the CLI, whose ``parse`` writes it.
"""

from __future__ import annotations

import enum
import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from gazette_extract.app import jsonout
from gazette_extract.app.cli import app
from gazette_extract.app.goldens import sample_inputs
from gazette_extract.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"


def _written(value: Any, indent: int = 2) -> str:
    buffer = io.StringIO()
    jsonout.write_indented(value, buffer, indent)
    return buffer.getvalue()


DEEP: Any = "deep"
for _ in range(20):
    DEEP = [{"k": DEEP}]


class Colour(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    ONE = 1


@pytest.mark.parametrize(
    "value",
    [
        pytest.param({}, id="empty-dict"),
        pytest.param([], id="empty-list"),
        pytest.param({"a": [], "b": {}, "c": [[]], "d": [{}]}, id="empty-nested"),
        pytest.param({"标题": "北京市“平谷区”\n\t\\/\u2028\x00", "n": None}, id="escapes-and-cjk"),
        pytest.param([1, -2, 10**30, 1.5, -0.0, 1e-7, True, False, None], id="numbers-and-constants"),
        pytest.param([math.nan, math.inf, -math.inf], id="nan-infinity"),
        pytest.param({3: "a", 2.5: "b", True: "c", None: "d"}, id="non-string-keys"),
        pytest.param({"t": ("x", ("y",))}, id="tuples"),
        pytest.param({"k": Colour.RED, "l": Level.ONE}, id="enums"),
        pytest.param("just a string", id="bare-string"),
        pytest.param(DEEP, id="deeper-than-the-pads"),
    ],
)
def test_same_text_as_json(value: Any) -> None:
    for indent in (2, 4):
        assert _written(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_unknown_types_raise_as_json_does() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        _written({"a": object()})


def test_small_flushes_give_the_same_text(monkeypatch: pytest.MonkeyPatch) -> None:
    result = extract(SAMPLE.read_bytes(), path=str(SAMPLE))
    writes: list[str] = []

    class Recorder(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(text)
            return super().write(text)

    monkeypatch.setattr(jsonout, "FLUSH_PIECES", 50)
    stream = Recorder()
    jsonout.write_indented(result, stream)
    assert len(writes) > 10
    assert stream.getvalue() == json.dumps(result, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("sample", sample_inputs(ROOT / "samples"), ids=lambda path: path.name)
def test_every_sample_result(sample: Path) -> None:
    result = extract(sample.read_bytes(), path=sample.name)
    assert _written(result) == json.dumps(result, ensure_ascii=False, indent=2)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text() | st.integers() | st.booleans() | st.none(), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(JSON)
@settings(max_examples=300, deadline=None)
def test_generated_values(value: Any) -> None:
    assert _written(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_cli_parse_prints_what_json_prints() -> None:
    proc = CliRunner().invoke(app, ["parse", str(SAMPLE)])
    assert proc.exit_code == 0, proc.output
    result = extract(SAMPLE.read_bytes(), path=str(SAMPLE))
    assert proc.stdout == json.dumps(result, ensure_ascii=False, indent=2) + "\n"
