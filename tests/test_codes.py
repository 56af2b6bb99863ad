"""The registry of warning and error codes (``codes.py``) is complete and is the only place a code
is spelled: the sources are scanned (ast) for codes written as literals, the README's tables are
checked against the registry, and every sample's warnings use registered codes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from gazette_extract import codes, errors
from gazette_extract.app import batch
from gazette_extract.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "gazette_extract"
README = (ROOT / "README.md").read_text(encoding="utf-8")
REGISTERED = set(codes.WARNINGS) | set(codes.ERRORS)
# functions whose argument is a code: (name, position of the code argument)
EMITTERS = {"_warn": 1, "_warning": 0, "_page_warning": 0, "_error_outcome": 3, "error_rows": 3}


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.name != "codes.py")


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _literal_codes(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, code, where) for every string literal in a place that holds a code."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):  # {"code": "x", …}
            for key, value in zip(node.keys, node.values, strict=False):
                if _literal(key) == "code" and (code := _literal(value)) is not None:
                    found.append((node.lineno, code, '{"code": …}'))
        elif isinstance(node, ast.Assign):  # class …Error: code = "x"; or X_CODE = "x"
            for target in node.targets:
                name = target.id if isinstance(target, ast.Name) else None
                if name and (name == "code" or name.isupper()) and (code := _literal(node.value)) in REGISTERED:
                    found.append((node.lineno, code, f"{name} = …"))
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if (
                name in EMITTERS
                and len(node.args) > EMITTERS[name]
                and (code := _literal(node.args[EMITTERS[name]])) is not None
            ):
                found.append((node.lineno, code, f"{name}(…)"))
            # notes.append(("code", message, line)): the notes a layout stage leaves for the pipeline
            if (
                name == "append"
                and node.args
                and isinstance(node.args[0], ast.Tuple)
                and node.args[0].elts
                and (code := _literal(node.args[0].elts[0])) in REGISTERED
            ):
                found.append((node.lineno, code, "append((code, …))"))
        elif isinstance(node, ast.Compare) and any(_literal(c) in REGISTERED for c in node.comparators):
            found.append((node.lineno, next(_literal(c) for c in node.comparators if _literal(c) in REGISTERED), "=="))
    return found


def test_no_code_is_written_as_a_literal_outside_the_registry():
    offenders = [
        f"{path.relative_to(SRC)}:{line}: {code!r} in {where}"
        for path in _modules()
        for line, code, where in _literal_codes(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == [], "use the constants of gazette_extract.codes:\n" + "\n".join(offenders)


def test_no_registered_code_string_appears_outside_the_registry():
    """Stronger than the above: a registered code spelled anywhere else (not a docstring) is a copy."""
    offenders = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and _literal(node.body[0].value) is not None
        }
        offenders += [
            f"{path.relative_to(SRC)}:{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if _literal(node) in REGISTERED
            and id(node) not in docstrings
            # "error" and "query" are also ordinary words: a key of an error line, a command name
            and node.value not in {codes.ERROR, codes.QUERY, codes.INPUT, codes.OUTPUT, codes.DATABASE}
        ]
    assert offenders == []


def test_the_scan_finds_a_literal_code():
    """The scanner itself: a literal code in each emitting form is found (a test that cannot fail
    is a defect)."""
    source = """
warnings.append({"code": "new-thing", "message": m, "line": 1})
_warn(warnings, "new-thing", m, 1)
notes.append(("metadata-differs", m, 3))
class E(GazetteError):
    code = "decode"
if w["code"] == "ocr-needed": pass
"""
    found = sorted(code for _, code, _ in _literal_codes(ast.parse(source)))
    assert found == ["decode", "metadata-differs", "new-thing", "new-thing", "ocr-needed"]


def _error_classes() -> dict[str, type[errors.GazetteError]]:
    found: dict[str, type[errors.GazetteError]] = {}

    def walk(cls: type[errors.GazetteError]) -> None:
        if "code" in cls.__dict__:
            found[cls.code] = cls
        for sub in cls.__subclasses__():
            walk(sub)

    walk(errors.GazetteError)
    return found


def test_every_exception_code_is_registered():
    assert set(_error_classes()) <= set(codes.ERRORS)


def test_batch_error_codes_come_from_the_registry():
    assert set(batch.ERROR_CODES) == codes.BATCH_ERRORS
    assert codes.UNSUPPORTED in batch.ERROR_CODES  # an unsupported file in a batch gets an error line


def test_constants_and_tables_agree():
    constants = {v for k, v in vars(codes).items() if k.isupper() and isinstance(v, str)}
    assert constants == REGISTERED


def _section(title: str) -> str:
    start = README.index(f"\n### {title}\n")
    end = README.index("\n#", start + 1)
    return README[start:end]


def test_readme_warnings_table_lists_exactly_the_warning_codes():
    table = _section("Warnings")
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    listed = {code for row in rows for code in re.findall(r"`([a-z-]+)`", row.split("|")[1])}
    assert listed == set(codes.WARNINGS)
    # one table: no blank line breaks it in two
    assert "|\n\n|" not in table


def test_readme_error_codes_table_matches_registry_and_exceptions():
    classes = _error_classes()
    expected = []
    for code, meaning in codes.ERRORS.items():
        cls = classes.get(code)
        exception = f"`{cls.__name__}`" if cls else "—"
        exit_code = int(cls.exit_code) if cls else int(errors.ExitCode.FAILURE)
        in_batch = "yes" if code in codes.BATCH_ERRORS else "no"
        expected.append(f"| `{code}` | {exception} | {exit_code} | {in_batch} | {meaning} |")
    rows = [line for line in _section("Error codes").splitlines() if line.startswith("| `")]
    assert rows == expected


SAMPLES = sorted((ROOT / "samples").rglob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_warnings_use_registered_codes(path: Path):
    result = extract(path.read_bytes(), path=str(path))
    assert {w["code"] for w in result["warnings"]} <= set(codes.WARNINGS)
