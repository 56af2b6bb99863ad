"""tools/split.py: the split of a host, and a changed-goldens listing that never names a held-out file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import split  # noqa: E402
from accuracy import split_of  # noqa: E402


def test_site_split_is_the_accuracy_rule_with_the_host_prefixes_dropped() -> None:
    assert split.site_split("gov.cn") == split_of("gov.cn") == "dev"  # samples/more
    assert split.site_split("bjpg.gov.cn") == split_of("bjpg.gov.cn") == "test"  # the bundled sample
    for prefix in ("www.", "m.", "www1."):
        assert split.site_split(prefix + "bjpg.gov.cn") == "test"
        assert split.site_split(prefix + "gov.cn") == "dev"


def test_bad_arguments_print_usage_and_exit_2() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "split.py")], capture_output=True, text=True)
    assert run.returncode == 2
    assert "--changed" in run.stderr


def test_changed_names_no_held_out_file(tmp_path: Path) -> None:
    """Touch one dev and one test sample in a copy of the repository: only the dev one is named."""
    repo = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{ROOT}", str(repo)], check=True)
    dev, test = repo / "samples" / "more", repo / "samples"
    dev_file = next(dev.glob("*.txt"))
    test_file = test / "pinggu-2021-01.txt"
    for path in (dev_file, test_file):
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(repo / "tools" / "split.py"), "--changed", "HEAD"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"dev: samples/more/{dev_file.name}" in run.stdout
    assert "pinggu" not in run.stdout
    assert "test-split files changed: 1" in run.stdout
