"""No module binds the same top-level name twice.

A second module-level ``X_RE = …`` silently replaces the first for every function of the module,
including those written against the first (a roster pattern was lost so: ``李四、王五`` read as
``李王五``). Bindings inside ``if``/``try`` branches (alternatives) and ``@overload`` signatures are not counted.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "gazette_extract"
MODULES = sorted(SRC.rglob("*.py"))


def top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
            ast.unparse(decorator).endswith("overload") for decorator in node.decorator_list
        ):
            continue  # typing.overload signatures: one implementation follows them
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        names[name.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_modules_are_found() -> None:
    assert len(MODULES) > 50


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_rebinding() -> None:
    source = "import re\nA_RE = re.compile('a')\ndef f(): return A_RE\nA_RE = re.compile('b')\n"
    assert top_level_names(ast.parse(source))["A_RE"] == 2
