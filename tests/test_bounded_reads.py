"""Every read of a named input is bounded (``--max-size``, 200 MB by default): ``parse``, ``text``
and ``validate`` stop reading an endless device or pipe at the limit and say so in one line
(exit 3), like ``batch`` does for files and archive members. Before session 15 ``parse /dev/zero``
read until the machine ran out of memory."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_cli import SAMPLE, assert_one_error_line, run

from gazette_extract.errors import InputError
from gazette_extract.text.decode import DEFAULT_MAX_SIZE, read_capped, read_input, read_stream

DEV_ZERO = Path("/dev/zero")


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="needs /dev/zero (Linux, macOS)")
@pytest.mark.parametrize("command", ["parse", "text", "validate"])
def test_an_endless_device_stops_at_the_limit(command: str) -> None:
    proc = run(command, DEV_ZERO, "--max-size", "1")
    assert_one_error_line(proc, 3, "/dev/zero is larger than the 1 MB limit (--max-size)")


@pytest.mark.parametrize("command", ["parse", "text", "validate"])
def test_standard_input_is_bounded_too(command: str) -> None:
    proc = run(command, "-", "--max-size", "0.5", stdin=b"x" * (600 * 1024))
    assert_one_error_line(proc, 3, "standard input is larger than the 0.5 MB limit (--max-size)")


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    size = SAMPLE.stat().st_size
    assert run("parse", SAMPLE, "--max-size", str(size / 1048576 + 0.001)).returncode == 0
    proc = run("parse", SAMPLE, "--max-size", str((size - 100) / 1048576))
    assert_one_error_line(proc, 3, "is larger than the")


@pytest.mark.parametrize("size, limit, whole", [(0, 5, True), (5, 5, True), (6, 5, False), (3 << 20, 3 << 20, True)])
def test_read_capped_stops_one_byte_past_the_limit(size: int, limit: int, whole: bool) -> None:
    stream = io.BytesIO(b"a" * (size + 10))
    stream.truncate(size)
    data = read_capped(stream, limit)
    assert (data == b"a" * size) if whole else data is None
    if not whole:
        assert stream.tell() == limit + 1  # never reads the rest of the stream


def test_the_library_reader_has_the_same_default(tmp_path: Path) -> None:
    assert DEFAULT_MAX_SIZE == 200 * 1024 * 1024
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    assert read_input(big, max_size=2048) == b"a" * 2048
    with pytest.raises(InputError, match=r"big\.txt is larger than the 0\.00195217 MB limit"):
        read_input(big, max_size=2047)
    with pytest.raises(InputError, match="standard input is larger"):
        read_stream(io.BytesIO(b"ab"), "standard input", 1)


# An output that names a folder: a clear error (exit 5), never an internal error from the
# temporary file's name (`-o .` gave "ValueError: PosixPath('.') has an empty name"), never a
# rename over the folder.
@pytest.mark.parametrize("command", ["parse", "text", "batch"])
@pytest.mark.parametrize("target", [".", "..", "/", "{tmp}", "{tmp}/", "{tmp}/missing/"])
def test_an_output_that_names_a_folder_is_refused(command: str, target: str, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("kept", encoding="utf-8")
    name = target.format(tmp=tmp_path)
    proc = run(command, SAMPLE, "-o", name, cwd=tmp_path)
    assert_one_error_line(proc, 5, f"cannot write {name}: is a directory, not a file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]  # no temporary file left
