"""Golden samples: ``samples/NAME.txt`` (or .html) → ``samples/NAME.expected.json``.

Used by ``gazette-extract check``, by the test-suite and by ``tools/regen.py``. The source
path is stored as ``FOLDER/NAME`` (e.g. ``samples/pinggu-2021-01.txt``) so that expected files
do not depend on where the repository is checked out; ``check`` leaves that path out of the
comparison, so that a copied or renamed samples folder is not "changed".
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError
from ..pipeline import extract
from ..text.decode import read_input
from .jsontypes import Result

SAMPLE_SUFFIXES = (".txt", ".html", ".htm")  # not .md: samples/README.md is documentation
EXPECTED_SUFFIX = ".expected.json"


def sample_inputs(folder: Path) -> list[Path]:
    """Sample inputs in ``folder`` and its subfolders (they have, or should have, an expected file), sorted."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES and not p.name.startswith(".")
    )


def expected_path(sample: Path) -> Path:
    return sample.with_name(sample.stem + EXPECTED_SUFFIX)


def result_for(sample: Path) -> Result:
    return extract(read_input(sample), path=f"{sample.resolve().parent.name}/{sample.name}")


def _render(result: Result) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def render(sample: Path) -> str:
    return _render(result_for(sample))


def diff(expected: str, actual: str, name: str) -> str:
    """A unified diff of two JSON renderings, '' when equal."""
    if expected == actual:
        return ""
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            f"{name} (expected)",
            f"{name} (actual)",
            n=2,
        )
    )


class SampleCheck(NamedTuple):
    sample: Path
    expected_file: Path
    expected: str | None  # None: no expected file yet
    actual: str
    problem: str | None = None  # the expected file cannot be read (not UTF-8)

    @property
    def changed(self) -> bool:
        return self.expected != self.actual


def check_samples(folder: Path) -> Iterator[SampleCheck]:
    """Parse every sample again and pair the rendering with its expected file."""
    if not folder.is_dir():
        raise InputError(f"not a folder: {folder}")
    samples = sample_inputs(folder)  # subfolders (samples/more/) included
    if not samples:
        raise InputError(f"no samples in {folder}")
    for sample in samples:
        target = expected_path(sample)
        result = result_for(sample)
        try:
            expected: str | None = target.read_bytes().decode("utf-8")
        except FileNotFoundError:
            expected = None
        except UnicodeDecodeError as exc:
            yield SampleCheck(sample, target, "", _render(result), f"not UTF-8 (byte {exc.start})")
            continue
        except OSError as exc:
            yield SampleCheck(sample, target, "", _render(result), f"cannot read: {exc.strerror or exc}")
            continue
        if expected is not None:
            _keep_expected_path(result, expected)
        yield SampleCheck(sample, target, expected, _render(result))


def _keep_expected_path(result: Result, expected: str) -> None:
    """Give ``result`` the source path of the expected file: the path names the folder the
    samples were rendered in, which a copy or a rename changes and nothing else does."""
    try:
        path = json.loads(expected)["source"]["path"]
    except (ValueError, RecursionError, KeyError, TypeError):
        return  # an unreadable expected file: the diff shows it whole
    if isinstance(path, str) and path.rsplit("/", 1)[-1] == result["source"]["path"].rsplit("/", 1)[-1]:
        result["source"]["path"] = path
