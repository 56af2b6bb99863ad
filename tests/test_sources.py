"""Enumerating batch inputs: files, directories, globs and archives read in place."""

from __future__ import annotations

import io
import os
import pickle
import tarfile
import zipfile
from pathlib import Path

import pytest

from gazette_extract.app.sources import SourceError, SourceItem, iter_sources, sha256

GAZETTE = "北京市平谷区人民政府公报\n2021年第1期\n".encode()


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A batch folder; the working directory is tmp_path so display paths are short.

    data/2021/01.txt, data/2021/02.md, data/2022/sub/03.html, data/notes.docx (not wanted),
    data/.cache/x.txt and data/.hidden.txt (hidden), data/scan.png (not wanted),
    data/issues.zip (3 members), data/more.tar.gz (1 member)
    """
    monkeypatch.chdir(tmp_path)
    files = {
        "data/2021/01.txt": GAZETTE,
        "data/2021/02.md": b"# md",
        "data/2022/sub/03.html": b"<p>html</p>",
        "data/notes.docx": b"docx",
        "data/.cache/x.txt": b"hidden dir",
        "data/.hidden.txt": b"hidden file",
        "data/scan.png": b"\x89PNG",
    }
    for name, data in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    write_zip(
        tmp_path / "data/issues.zip",
        {
            "2020-12.txt": b"zip one",
            "inner/2021-01.htm": b"zip two",
            "inner/deeper/2021-02.TXT": b"zip three",
            "inner/cover.jpg": b"jpg",
            "__MACOSX/inner/._2021-01.htm": b"resource fork",
        },
    )
    write_tar(tmp_path / "data/more.tar.gz", {"pkg/2019.txt": b"tar one", "pkg/readme.pdf": b"pdf"})
    return tmp_path


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def write_tar(path: Path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def paths(items: list[SourceItem]) -> list[str]:
    return [item.path for item in items]


DIRECTORY_LISTING = [
    "data/2021/01.txt",
    "data/2021/02.md",
    "data/2022/sub/03.html",
    "data/issues.zip!2020-12.txt",
    "data/issues.zip!inner/2021-01.htm",
    "data/issues.zip!inner/deeper/2021-02.TXT",
    "data/more.tar.gz!pkg/2019.txt",
]


def test_directory_recursive_sorted_with_archives(tree: Path) -> None:
    assert paths(iter_sources(["data"])) == DIRECTORY_LISTING


def test_directory_trailing_slash(tree: Path) -> None:
    assert paths(iter_sources(["data/"])) == DIRECTORY_LISTING


CASES = [
    pytest.param(["data/**/*.txt"], ["data/2021/01.txt"], id="glob-recursive"),
    pytest.param(["data/*/*.md", "data/2021/*"], ["data/2021/01.txt", "data/2021/02.md"], id="globs-deduplicated"),
    pytest.param(["data/scan.png"], ["data/scan.png"], id="named-file-any-extension"),
    pytest.param(["data/.hidden.txt"], ["data/.hidden.txt"], id="named-hidden-file"),
    pytest.param(["./data/2021/01.txt", "data/2021/01.txt"], ["data/2021/01.txt"], id="same-file-twice"),
    pytest.param(["data/2021/01.txt", "data/2021"], ["data/2021/01.txt", "data/2021/02.md"], id="file-and-its-directory"),
    pytest.param(["data/more.tar.gz"], ["data/more.tar.gz!pkg/2019.txt"], id="tar-gz"),
    pytest.param(["data/2022", "data/2021"], ["data/2021/01.txt", "data/2021/02.md", "data/2022/sub/03.html"], id="sorted-across-arguments"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "expected"), CASES)
def test_iter_sources(tree: Path, args: list[str], expected: list[str]) -> None:
    assert paths(iter_sources(args)) == expected


def test_zip_members_and_sizes(tree: Path) -> None:
    items = iter_sources(["data/issues.zip"])
    assert paths(items) == [
        "data/issues.zip!2020-12.txt",
        "data/issues.zip!inner/2021-01.htm",
        "data/issues.zip!inner/deeper/2021-02.TXT",
    ]
    assert [item.read() for item in items] == [b"zip one", b"zip two", b"zip three"]
    assert [item.size for item in items] == [7, 7, 9]
    assert [item.suffix for item in items] == [".txt", ".htm", ".txt"]


def test_custom_extensions(tree: Path) -> None:
    assert paths(iter_sources(["data"], extensions=["docx", ".PNG"])) == ["data/notes.docx", "data/scan.png"]


def test_read_file_and_size(tree: Path) -> None:
    [item] = iter_sources(["data/2021/01.txt"])
    assert item.read() == GAZETTE
    assert item.size == len(GAZETTE)
    assert item.suffix == ".txt"


def test_items_pickle_and_read_in_another_process_shape(tree: Path) -> None:
    items = iter_sources(["data"])
    clones = pickle.loads(pickle.dumps(items))
    assert clones == items
    assert [c.read() for c in clones] == [i.read() for i in items]


def test_absolute_paths_kept(tree: Path) -> None:
    absolute = str(tree / "data" / "2021" / "01.txt")
    assert paths(iter_sources([absolute])) == [absolute]


def test_gbk_member_name_recovered(tmp_path: Path) -> None:
    # Windows zip tools store GBK names without the UTF-8 flag; zipfile always sets the flag
    # for non-ASCII names, so write an ASCII placeholder of the same length and patch the bytes.
    gbk_name = "平谷公报.txt".encode("gbk")
    placeholder = b"A" * (len(gbk_name) - 4) + b".txt"
    archive = tmp_path / "cn.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(placeholder.decode(), b"x")
    archive.write_bytes(archive.read_bytes().replace(placeholder, gbk_name))
    [item] = iter_sources([str(archive)])
    assert item.path == f"{archive}!平谷公报.txt"
    assert item.read() == b"x"


def test_sha256() -> None:
    assert sha256(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


# --- errors ---------------------------------------------------------------------------------

ERRORS = [
    pytest.param(["missing.txt"], "no such file or directory: missing.txt", id="missing-file"),
    pytest.param(["data", "nope/"], "no such file or directory: nope/", id="missing-dir"),
    pytest.param(["data/**/*.xml"], "no files match pattern: data/**/*.xml", id="glob-without-match"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "message"), ERRORS)
def test_missing_inputs(tree: Path, args: list[str], message: str) -> None:
    with pytest.raises(SourceError) as error:
        iter_sources(args)
    assert str(error.value) == message


CORRUPT = [
    pytest.param("bad.zip", b"PK\x03\x04 this is not a zip", id="zip"),
    pytest.param("bad.tar.gz", b"\x1f\x8b\x08\x00 truncated gzip", id="tar-gz"),
    pytest.param("bad.tgz", b"", id="empty-tgz"),
    pytest.param("bad.tar", b"not a tar archive at all" * 30, id="tar"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data"), CORRUPT)
def test_corrupt_archive(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [item] = iter_sources([str(path)])  # issue 15 bug 1: one error item, not the end of the batch
    with pytest.raises(SourceError, match=rf"^cannot read archive .*{name}: "):
        item.read()


def test_member_read_after_archive_changed(tree: Path) -> None:
    [item, *_] = iter_sources(["data/issues.zip"])
    Path("data/issues.zip").write_bytes(b"garbage")
    with pytest.raises(SourceError, match=r"^cannot read data/issues.zip!2020-12.txt: "):
        item.read()


def test_read_after_file_removed(tree: Path) -> None:
    [item] = iter_sources(["data/2021/01.txt"])
    os.remove("data/2021/01.txt")
    with pytest.raises(SourceError, match=r"^no such file or directory: data/2021/01\.txt$"):
        item.read()


def test_empty_directory(tmp_path: Path) -> None:
    assert iter_sources([str(tmp_path)]) == []


def test_import_is_light() -> None:
    """The CLI imports this module at start-up: no heavy dependencies at import time."""
    import subprocess
    import sys

    heavy = ("pydantic", "typer", "rich", "selectolax")
    code = f"import sys, gazette_extract.app.sources; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_reported_formats_are_listed_only_when_asked(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    assert [Path(i.path).name for i in iter_sources([str(tmp_path)])] == ["a.txt"]
    assert [Path(i.path).name for i in iter_sources([str(tmp_path)], report=[".png"])] == ["a.txt", "scan.png"]
