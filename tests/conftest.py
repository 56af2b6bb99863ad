"""Session hooks: the compiled build starts in the background once collection selects its test."""

from __future__ import annotations

import pytest
from compiled_build import BUILD, BUILD_TEST, Build


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(item.nodeid == BUILD_TEST for item in session.items):
        session.config.stash[BUILD] = Build()


def pytest_sessionfinish(session: pytest.Session) -> None:
    build = session.config.stash.get(BUILD, None)
    if build is not None:
        build.stop()
