"""_fastclass.dataclass: dataclasses.dataclass with the methods' sources compiled ahead.

Checked: the generated table is current (tools/regen.py methods writes the same file); every
record class of the package found its methods there (no exec at import); and a class built
through the table behaves as the one dataclasses builds — fields, equality, hashing, repr,
frozen assignment, replace, slots, defaults and default factories — including a class whose
methods the table does not hold, which is compiled as dataclasses does.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import inspect
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import gazette_extract.pipeline  # imports every stage, so every record class is built
import gazette_extract.text.html
import gazette_extract.text.pdf  # noqa: F401
from gazette_extract import _fastclass, _fastclass_methods, data
from gazette_extract.data import DocNumber, Task, WarningRecord
from gazette_extract.layout.blocks import Block

ROOT = Path(__file__).resolve().parents[1]
GENERATED_FOR = pytest.mark.skipif(
    sys.version_info[:2] != _fastclass_methods.PYTHON,
    reason=f"the table is generated for Python {_fastclass_methods.PYTHON} (CI's); another Python compiles with exec",
)


def _regen() -> Any:
    spec = importlib.util.spec_from_file_location("regen", ROOT / "tools" / "regen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@GENERATED_FOR
def test_generated_table_is_current() -> None:
    committed = (ROOT / "src" / "gazette_extract" / "_fastclass_methods.py").read_text(encoding="utf-8")
    assert committed == _regen().methods_source(), "_fastclass_methods.py is stale: run python tools/regen.py methods"


@GENERATED_FOR
def test_every_record_class_found_its_methods() -> None:
    """In a fresh process (this one's tests build classes of their own), after every stage's import."""
    script = (
        "import gazette_extract.pipeline, gazette_extract.text.html, gazette_extract.text.pdf\n"
        "from gazette_extract import _fastclass\n"
        "print(len(_fastclass.SOURCES), len(_fastclass.MISSES))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    sources, misses = map(int, proc.stdout.split())
    assert sources > 100 and misses == 0  # the stages' classes were built here, every method from the table


def _pair(source: str, **params: Any) -> tuple[type, type]:
    """The same class body built by dataclasses.dataclass and by _fastclass.dataclass."""
    built = []
    for decorate in (dataclasses.dataclass, _fastclass.dataclass):
        namespace: dict[str, Any] = {"field": dataclasses.field}
        exec(source, namespace)  # the test's own class body
        built.append(decorate(**params)(namespace["C"]))
    return built[0], built[1]


BODY = "class C:\n    a: int\n    b: str = 'x'\n    c: list = field(default_factory=list)\n"


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({}, id="plain"),
        pytest.param({"frozen": True}, id="frozen"),
        pytest.param({"slots": True}, id="slots"),
        pytest.param({"frozen": True, "slots": True}, id="frozen-slots"),
        pytest.param({"eq": False, "slots": True}, id="identity"),
        pytest.param({"order": True}, id="ordered"),
    ],
)
def test_class_behaves_as_dataclasses_builds_it(params: dict[str, Any]) -> None:
    plain, fast = _pair(BODY, **params)
    assert [(f.name, f.type) for f in dataclasses.fields(fast)] == [(f.name, f.type) for f in dataclasses.fields(plain)]
    one, two = fast(1), fast(1, "y", [2])
    assert (one.a, one.b, one.c, two.c) == (1, "x", [], [2])
    assert fast(1).c is not fast(1).c  # the factory runs per instance
    assert repr(two) == repr(plain(1, "y", [2])) == "C(a=1, b='y', c=[2])"
    assert (one == fast(1)) is (plain(1) == plain(1))
    assert (one == two) is False
    assert (fast.__hash__ is None) is (plain.__hash__ is None)
    assert hasattr(fast, "__slots__") is hasattr(plain, "__slots__")
    assert dataclasses.replace(one, b="z").b == "z"
    if params.get("frozen"):
        with pytest.raises(dataclasses.FrozenInstanceError):
            one.a = 2
        assert hash(fast(1, "x", ())) == hash(fast(1, "x", ())) == hash(plain(1, "x", ()))
    if params.get("order"):
        assert fast(1) < fast(2)
    with pytest.raises(TypeError):
        fast()  # a is required


def test_a_class_missing_from_the_table_is_compiled_as_dataclasses_does() -> None:
    misses = len(_fastclass.MISSES)
    _, fast = _pair("class C:\n    never_seen_field_name_1: int\n", frozen=True, slots=True)
    assert len(_fastclass.MISSES) > misses
    assert fast(3) == fast(3) and fast(3).never_seen_field_name_1 == 3
    assert dataclasses._create_fn is not _fastclass._create_fn  # restored after the decorator


def test_package_records_keep_their_dataclass_behaviour() -> None:
    number = DocNumber(text="京平政发〔2021〕1号", raw="京平政发〔2021〕1号", agency="京平政发", year=2021, serial=1)
    assert number == dataclasses.replace(number) and hash(number) == hash(dataclasses.replace(number))
    with pytest.raises(dataclasses.FrozenInstanceError):
        number.serial = 2  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(number)) == number
    assert repr(WarningRecord(code="c", message="m", line=None)).startswith("WarningRecord(code='c'")
    assert [f.name for f in dataclasses.fields(Task)][:2] == ["id", "text"]
    assert Task.__init__.__module__ == "gazette_extract.data"
    assert Block.__init__.__qualname__ == "Block.__init__"


RECORD_CLASSES = [
    cls
    for cls in vars(data).values()
    if isinstance(cls, type) and hasattr(cls, "__dataclass_fields__") and cls.__module__ == data.__name__
]


@GENERATED_FOR
@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
def test_every_record_class_has_its_writer_compiled_ahead(cls: type) -> None:
    """The table holds the writer data._compile would build (the goldens check what it writes)."""
    factory = _fastclass.WRITERS[data.writer_key(cls)]
    inner = inspect.getsource(factory).splitlines()[1:-1]  # def _wN(…): … return record_to_dict
    assert textwrap.dedent("\n".join(inner)) == data.writer_source(cls)
    assert list(inspect.signature(factory).parameters) == list(data._namespace(cls))


def test_a_record_class_missing_from_the_table_gets_its_writer_compiled() -> None:
    @_fastclass.dataclass(frozen=True, slots=True)
    class Local:
        name: str
        span: data.LineSpan | None
        tags: tuple[str, ...] = ()

    assert data.writer_key(Local) not in _fastclass.WRITERS
    record = Local(name="甲", span=data.LineSpan(start=1, end=2), tags=("a",))
    assert data.to_dict(record) == {"name": "甲", "span": {"start": 1, "end": 2}, "tags": ["a"]}
