"""_pattern_cache.compile_re: re.compile with the compiled programs kept on disk between runs.

Checked: a pattern built from a kept program equals the one re.compile builds (Pattern.__eq__
compares pattern, flags and program) for every pattern of the package; a second run compiles
nothing; a damaged, foreign or linked file is ignored and never followed; the cache can be turned
off and moved; output is the same with and without it; and every module-level pattern of the
package goes through compile_re (or LazyPattern, which does on first use).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import gazette_extract.pipeline  # noqa: F401 - imports every stage, so every module-level pattern is compiled
from gazette_extract import _pattern_cache
from gazette_extract._pattern_cache import COMPILED
from gazette_extract.vocab.common import CJK, LazyPattern

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"


def test_every_pattern_compiled_here_equals_what_re_compiles() -> None:
    """… or, where re's program gives its search no first characters, that program with them (speed22: the
    same matches, checked in tests/test_speed22.py)."""
    assert len(COMPILED) > 150  # the stages' patterns went through compile_re
    derived = 0
    for pattern in COMPILED:
        again = re.compile(pattern.pattern, pattern.flags)
        if pattern != again:
            made = _pattern_cache._entry_of(pattern.pattern, pattern.flags, again)
            assert made is not None, pattern.pattern[:80]
            again = _sre.compile(pattern.pattern, made[0], _pattern_cache._program(made[1]), *made[2:])
            derived += 1
        assert pattern == again, pattern.pattern[:80]
        assert (pattern.groups, pattern.groupindex) == (again.groups, again.groupindex), pattern.pattern[:80]
    assert 0 < derived < len(COMPILED)


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        pytest.param(rf"(?P<unit>[{CJK}]{{2,8}}局)(?:牵头)", 0, "区财政局牵头", id="named-group-cjk"),
        pytest.param(r"(?x) (\d+) \s* 年  # a comment", 0, "2021 年", id="verbose"),
        pytest.param(r"^任免$", re.MULTILINE, "甲\n任免\n乙", id="multiline-flag"),
        pytest.param(r"[a-z]+", re.IGNORECASE, "ABC", id="ignorecase"),
        pytest.param("[\u3400-\U0002ffff]+", 0, "abc𠀋一", id="beyond-the-bmp"),
    ],
)
def test_compile_re_finds_what_re_finds(pattern: str, flags: int, text: str, tmp_path: Path) -> None:
    """Through a cold and a warm cache (two processes), the pattern finds what re finds."""
    script = (
        "import json, re, sys\n"
        "from gazette_extract._pattern_cache import compile_re, info\n"
        "p = compile_re(sys.argv[1], int(sys.argv[2]))\n"
        "print(json.dumps([[m.span(), m.groups(), m.groupdict()] for m in p.finditer(sys.argv[3])] + [info()['read']]))\n"
    )
    env = {**os.environ, "GAZETTE_EXTRACT_CACHE_DIR": str(tmp_path)}
    env.pop("GAZETTE_EXTRACT_NO_CACHE", None)
    expected = [[list(m.span()), list(m.groups()), m.groupdict()] for m in re.compile(pattern, flags).finditer(text)]
    assert expected  # each row finds something
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", script, pattern, str(int(flags)), text],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(2)
    ]
    assert [run[:-1] for run in runs] == [expected, expected]
    assert runs[1][-1] == 1  # the second process took the pattern from the file


_RUN = """
import json, sys
from gazette_extract._pattern_cache import info
from gazette_extract.pipeline import extract
result = extract(open(sys.argv[1], "rb").read(), path="sample.txt")
print(json.dumps({"info": info(), "result": result}, ensure_ascii=False))
"""


def _run(env_changes: dict[str, str | None]) -> dict[str, Any]:
    env = dict(os.environ)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    out = subprocess.run([sys.executable, "-c", _RUN, str(SAMPLE)], env=env, capture_output=True, text=True, check=True)
    assert out.stderr == ""
    return dict(json.loads(out.stdout))


@pytest.mark.slow
def test_a_second_run_compiles_nothing_and_gives_the_same_output(tmp_path: Path) -> None:
    env: dict[str, str | None] = {"GAZETTE_EXTRACT_CACHE_DIR": str(tmp_path), "GAZETTE_EXTRACT_NO_CACHE": None}
    cold, warm = _run(env), _run(env)
    off = _run({"GAZETTE_EXTRACT_NO_CACHE": "1"})
    assert cold["info"]["misses"] > 150 and cold["info"]["read"] == 0
    assert warm["info"]["misses"] == 0 and warm["info"]["read"] == cold["info"]["misses"]
    assert cold["result"] == warm["result"] == off["result"]
    assert off["info"]["file"] is None
    files = list(tmp_path.iterdir())
    assert [f.name for f in files] == [Path(cold["info"]["file"]).name]
    assert files[0].stat().st_mode & 0o777 == 0o600


@pytest.mark.slow
def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    env: dict[str, str | None] = {"GAZETTE_EXTRACT_CACHE_DIR": str(tmp_path), "GAZETTE_EXTRACT_NO_CACHE": None}
    good = _run(env)
    path = Path(good["info"]["file"])
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the checksum no longer holds
    path.write_bytes(bytes(data))
    damaged = _run(env)
    assert damaged["info"]["read"] == 0 and damaged["result"] == good["result"]
    assert _run(env)["info"]["misses"] == 0  # the damaged file was replaced by a good one
    path.write_bytes(b"\0" * 10)  # truncated to nothing readable
    assert _run(env)["result"] == good["result"]


@pytest.mark.slow
def test_a_link_in_place_of_the_file_is_neither_followed_nor_replaced(tmp_path: Path) -> None:
    cache, target = tmp_path / "cache", tmp_path / "target.bin"
    cache.mkdir()
    target.write_bytes(b"not a cache")
    env: dict[str, str | None] = {"GAZETTE_EXTRACT_CACHE_DIR": str(cache), "GAZETTE_EXTRACT_NO_CACHE": None}
    name = Path(_run({**env, "GAZETTE_EXTRACT_CACHE_DIR": str(tmp_path / "probe")})["info"]["file"]).name
    (cache / name).symlink_to(target)
    run = _run(env)
    assert run["info"]["read"] == 0
    assert (cache / name).is_symlink() and target.read_bytes() == b"not a cache"


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    run = _run({"GAZETTE_EXTRACT_CACHE_DIR": str(blocker / "cache"), "GAZETTE_EXTRACT_NO_CACHE": None})
    assert run["info"]["misses"] > 150  # and _run checked: no stderr, exit 0
    assert blocker.read_text().startswith("a file")


def test_no_cache_and_cache_dir_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GAZETTE_EXTRACT_NO_CACHE", "1")
    assert _pattern_cache.cache_dir() is None and _pattern_cache.cache_file() is None
    monkeypatch.setenv("GAZETTE_EXTRACT_NO_CACHE", "0")
    monkeypatch.setenv("GAZETTE_EXTRACT_CACHE_DIR", str(tmp_path))
    assert _pattern_cache.cache_dir() == str(tmp_path)
    monkeypatch.delenv("GAZETTE_EXTRACT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform != "win32":
        assert _pattern_cache.cache_dir() == str(tmp_path / "xdg" / "gazette-extract")
    file = _pattern_cache.cache_file()
    assert file is not None and f"{sys.hexversion:x}" in file  # one file per interpreter build


# --- LazyPattern: compiled on first use, then the compiled pattern's own methods ---------------

_LAZY_TEXT = "区财政局、区发改委\n京政发〔2021〕1号 区教委"


@pytest.mark.parametrize(
    ("method", "args"),
    [
        pytest.param("match", (_LAZY_TEXT,), id="match"),
        pytest.param("search", (_LAZY_TEXT, 3), id="search-from"),
        pytest.param("fullmatch", ("区教委",), id="fullmatch"),
        pytest.param("findall", (_LAZY_TEXT,), id="findall"),
        pytest.param("sub", ("<>", _LAZY_TEXT), id="sub"),
        pytest.param("subn", (lambda m: m.group()[::-1], _LAZY_TEXT), id="subn-callable"),
        pytest.param("split", (_LAZY_TEXT,), id="split"),
    ],
)
def test_lazy_pattern_answers_as_the_compiled_pattern(method: str, args: tuple[Any, ...]) -> None:
    pattern = rf"[{CJK}]{{2,3}}(?:局|委)"
    lazy = LazyPattern(pattern)
    for _ in range(2):  # the first call compiles, the second runs on the compiled pattern's method
        expected = getattr(re.compile(pattern), method)(*args)
        got = getattr(lazy, method)(*args)
        assert (_found_value(got) if method in ("match", "search", "fullmatch") else got) == (
            _found_value(expected) if method in ("match", "search", "fullmatch") else expected
        )
    assert method in vars(lazy)  # the compiled pattern's method now sits on the instance


def _found_value(m: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    return m and (m.span(), m.group())


def test_lazy_pattern_compiles_only_when_used() -> None:
    lazy = LazyPattern(r"[")  # an invalid pattern: nothing happens until it is used
    assert lazy.pattern == "["
    with pytest.raises(re.error):
        lazy.search("[")


def test_lazy_pattern_method_taken_before_first_use() -> None:
    lazy = LazyPattern(rf"[{CJK}]+局")
    search = lazy.search  # as map(P.search, pieces) takes it
    assert [m and m.group() for m in map(search, ["区财政局", "abc", "教育局"])] == ["区财政局", None, "教育局"]
    assert search("x局") is None


_UNCACHED = """
import re, sys
import gazette_extract.pipeline, gazette_extract.app.cli, gazette_extract.api
for name in ("gazette_extract.store.query", "gazette_extract.text.pdf", "gazette_extract.text.ocr", "gazette_extract.app.tables", "gazette_extract.app.colour"):
    __import__(name)
from gazette_extract._pattern_cache import COMPILED
seen = {id(p) for p in COMPILED}
modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("gazette_extract.")]
print(len(modules))
for module in modules:
    for name, value in vars(module).items():
        if isinstance(value, re.Pattern) and id(value) not in seen:
            print(f"{module.__name__}.{name}")
"""


def test_every_module_level_pattern_goes_through_compile_re() -> None:
    """A module-level re.compile would be compiled again by every run (2–3 ms for each Chinese
    class); compile_re keeps it. Patterns compiled inside functions (from input) stay with re."""
    out = subprocess.run([sys.executable, "-c", _UNCACHED], capture_output=True, text=True, check=True).stdout
    count, *offenders = out.split()
    assert int(count) > 30  # the stages were imported
    assert offenders == []


# --- the file keeps what the code still asks for ----------------------------------------------

_KEPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from gazette_extract import _pattern_cache
if sys.argv[2] == "import":
    import stagemod
    stagemod.lazy()
_pattern_cache._load()
print(json.dumps(sorted(pattern for pattern, _ in _pattern_cache._entries)))
"""


def _kept(tmp_path: Path, module_source: str, *, call_lazy: bool = True) -> list[str]:
    """Write stagemod.py, import it in a process (calling its lazy() when asked), and return the
    patterns the cache file then holds (read by a second process)."""
    folder = tmp_path / "mod"
    folder.mkdir(exist_ok=True)
    (folder / "stagemod.py").write_text(module_source, encoding="utf-8")
    env = {**os.environ, "GAZETTE_EXTRACT_CACHE_DIR": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("GAZETTE_EXTRACT_NO_CACHE", None)
    lazy = "" if call_lazy else "\ndef lazy():\n    pass\n"
    if lazy:
        (folder / "stagemod.py").write_text(module_source.split("def lazy")[0] + lazy, encoding="utf-8")
    subprocess.run([sys.executable, "-c", _KEPT, str(folder), "import"], env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", _KEPT, str(folder), "read"], env=env, check=True, capture_output=True)
    return list(json.loads(out.stdout))


_MODULE = """
from gazette_extract._pattern_cache import compile_re
KEY_RE = compile_re(r"{pattern}")
def lazy():
    return compile_re(r"lazy-{lazy}")
"""


@pytest.mark.slow
def test_a_module_level_pattern_the_code_no_longer_asks_for_is_dropped(tmp_path: Path) -> None:
    assert _kept(tmp_path, _MODULE.format(pattern="甲+", lazy="1")) == ["lazy-1", "甲+"]
    # the module's pattern edited: the old program goes, the lazy one (not used this run) stays
    assert _kept(tmp_path, _MODULE.format(pattern="乙+", lazy="1"), call_lazy=False) == ["lazy-1", "乙+"]
    # a run that does not import the module keeps its programs
    env = {**os.environ, "GAZETTE_EXTRACT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("GAZETTE_EXTRACT_NO_CACHE", None)
    script = "from gazette_extract._pattern_cache import compile_re\ncompile_re(r'丙+')\n"
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    out = subprocess.run(
        [sys.executable, "-c", _KEPT, str(tmp_path / "mod"), "read"], env=env, check=True, capture_output=True
    )
    assert json.loads(out.stdout) == ["lazy-1", "丙+", "乙+"]
