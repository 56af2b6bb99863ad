"""The pipeline's stage order, enforced: no module imports a module of a later stage.

Every import counts — at the top of a module, inside a function (lazy), under TYPE_CHECKING —
because a lazy import of a later stage is still a dependency on it. The order is the one drawn in
the README's architecture section ("How it works").
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "gazette_extract"

# stage of each top-level module or package of gazette_extract; lower runs (and is imported) first
STAGES: dict[str, int] = {
    # 0: data and contracts, imported by every stage
    "_meta": 0,
    "_runtime": 0,  # process-level helpers (the collector paused while a stage runs)
    "_pattern_cache": 0,  # compile_re: re.compile with the compiled programs kept on disk between runs
    "codes": 0,
    "data": 0,  # the typed records the stages pass between them (frozen dataclasses, one to_dict)
    "errors": 0,
    "models": 0,
    "vocab": 0,
    "grammars": 1,  # small parse functions over strings (dates, 文号, deadlines, units, brackets)
    "text": 2,  # bytes → normalized text (decode, html, pdf, script, normalize)
    "layout": 3,  # lines → blocks → front matter, documents, fields
    "records": 4,  # tasks, personnel changes
    "pipeline": 5,  # the list of stage calls
    "api": 6,
    "store": 6,  # the library's verbs; the archive database's rows, schema, queries
    "app": 7,
    "__main__": 7,  # CLI, batch, sources, output, views, servers
    "__init__": 6,  # the package's public facade re-exports the api
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage_of(module: str) -> str:
    """``layout.fields`` → ``layout``; the package itself (``""``) → ``__init__``."""
    return module.split(".")[0] if module else "__init__"


def imports_of(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, module inside gazette_extract) for every import of ``path`` (or of ``source`` read
    as if it were that file), relative or absolute."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    text = path.read_text(encoding="utf-8") if source is None else source
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and (node.module + ".").startswith("gazette_extract."):
                target = node.module.removeprefix("gazette_extract").lstrip(".")
            else:
                continue
            if node.module is None or not target:  # from . import codes, from .. import x
                found += [(node.lineno, f"{target}.{a.name}".lstrip(".")) for a in node.names]
            else:
                found.append((node.lineno, target))
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, a.name.removeprefix("gazette_extract").lstrip("."))
                for a in node.names
                if (a.name + ".").startswith("gazette_extract.")
            ]
    return found


MODULES = sorted(SRC.rglob("*.py"))


def test_every_module_has_a_stage():
    assert {_stage_of(_module_name(p)) for p in MODULES} <= set(STAGES)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_import_of_a_later_stage(path: Path):
    own = STAGES[_stage_of(_module_name(path))]
    later = [
        f"line {line}: {target} (stage {STAGES[_stage_of(target)]} > {own})"
        for line, target in imports_of(path)
        if STAGES[_stage_of(target)] > own
    ]
    assert later == []


def test_the_scan_sees_relative_lazy_and_absolute_imports():
    """The scanner itself, on made-up text read as a module of the layout stage."""
    source = (
        "from .. import codes\n"
        "from ..records.tasks import extract_tasks\n"
        "def f():\n"
        "    from gazette_extract.app import cli\n"
        "    import gazette_extract.pipeline\n"
        "from .blocks import Block\n"
    )
    found = sorted(t for _, t in imports_of(SRC / "layout" / "fields.py", source))
    assert found == ["app", "codes", "layout.blocks", "pipeline", "records.tasks"]
    assert [STAGES[_stage_of(t)] > STAGES["layout"] for t in found] == [True, False, False, True, True]
