"""The opt-in compiled build, started in the background while the other tests run.

mypyc's analysis of the compiled modules takes minutes of one core: ``tests/conftest.py`` starts the build
(:class:`Build`) as soon as collection has selected ``test_compiled_build_gives_every_golden``, at a lower CPU
priority (``nice``) so the tests in the foreground keep theirs, and the test waits for it. On a two-core CI
machine this overlaps the build with the rest of the suite instead of adding it at the end. The session's end
stops a build still running (``-x``, Ctrl-C) and removes its copy of the checkout.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD_TEST = "tests/test_mypyc_build.py::test_compiled_build_gives_every_golden"


class Build:
    """``setup.py build_ext --inplace`` with ``GAZETTE_EXTRACT_MYPYC=1`` in a copy of the checkout."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="gazette-extract-mypyc-"))
        self.copy = self.folder / "checkout"
        ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info")
        shutil.copytree(ROOT / "src", self.copy / "src", ignore=ignore)
        (self.copy / "tools").mkdir()
        shutil.copy(ROOT / "tools" / "mypyc-modules.txt", self.copy / "tools")
        for name in ("setup.py", "pyproject.toml", "README.md"):
            shutil.copy(ROOT / name, self.copy)
        # C at -O0: the compiled semantics are mypyc's, the same at any level (see setup.py)
        env = {**os.environ, "GAZETTE_EXTRACT_MYPYC": "1", "GAZETTE_EXTRACT_MYPYC_OPT_LEVEL": "0"}
        self.log_path = self.folder / "build.log"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                ["nice", "-n", "10", sys.executable, "setup.py", "build_ext", "--inplace"],
                cwd=self.copy, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stop() reaches the compiler too
            )  # fmt: skip

    def wait(self, timeout: float) -> tuple[int, str]:
        """The build's exit status and the end of its log (``TimeoutExpired`` past ``timeout`` seconds)."""
        returncode = self.process.wait(timeout=timeout)
        return returncode, self.log_path.read_text(encoding="utf-8", errors="replace")[-6000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


BUILD = pytest.StashKey[Build]()  # the session's build, in the config's stash
