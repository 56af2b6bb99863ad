"""The library's entry points: text or file in, validated :class:`Gazette` out."""

from __future__ import annotations

import os

from .models import Gazette
from .pipeline import extract, extract_str
from .text.decode import read_input


def parse_text(text: str, *, path: str | None = None) -> Gazette:
    """Parse one gazette issue (or one document) given as text."""
    return Gazette.model_validate(extract_str(text, path=path))


def parse_file(path: str | os.PathLike[str], *, encoding: str | None = None) -> Gazette:
    """Parse a text file, saved web page or PDF; a text's encoding is detected (UTF-8, GB18030/GBK, UTF-16) unless given."""
    return Gazette.model_validate(extract(read_input(path), path=os.fspath(path), encoding=encoding))
