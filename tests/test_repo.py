"""The repository keeps its promises: CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_command(heading: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(re.escape(heading) + r".*?```sh\n(?P<command>[^\n]+)\n```", readme, re.S)
    assert found, f"README has no command under {heading!r}"
    return found.group("command")


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == _readme_command("Install and run the tests")


def test_the_checks_run_before_the_tests():
    command = _readme_command("Install and run the tests")
    steps = [step.strip() for step in command.split("&&")]
    tests = steps.index(".venv/bin/python -m pytest -q")
    for check in (".venv/bin/ruff check", ".venv/bin/ruff format --check", ".venv/bin/mypy"):
        assert check in steps[:tests], check


def test_the_main_command_parses_the_bundled_sample():
    command = _readme_command("Install and parse the bundled real issue")
    assert command.endswith("gazette-extract parse samples/pinggu-2021-01.txt")
    assert (ROOT / "samples" / "pinggu-2021-01.txt").is_file()


def _anchor(heading: str) -> str:
    """GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_link_into_docs_finds_its_file_and_heading():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((docs/[^)#\s]+)(?:#([^)\s]+))?\)", readme)
    assert links, "the README links the round-by-round history in docs/"
    for path, anchor in links:
        target = ROOT / path
        assert target.is_file(), path
        if anchor:
            headings = {_anchor(h) for h in re.findall(r"^#+ (.+)$", target.read_text(encoding="utf-8"), re.M)}
            assert anchor in headings, f"{path}#{anchor}"
