"""Compiled regular expressions kept on disk between runs, as Python keeps bytecode in __pycache__.

``re`` compiles a pattern in Python: it parses the pattern and builds the map of every character
class in a loop over code points. The package's module-level patterns, most of them with Chinese
classes, cost about 200 ms to compile, several times what ``parse`` of a 60 kB issue then spends
on the text. What the compiler produces is a list of integers (the program of ``re``'s matching
engine), which ``_sre.compile`` — the C half of ``re``, the call that ends every ``re.compile`` —
turns into a pattern object in microseconds. ``compile_re`` keeps those programs in one file per
interpreter build and hands them to ``_sre.compile`` on later runs.

What makes this safe:
- A program is kept only after the pattern object built from it compared equal to the one
  ``re.compile`` returned (``Pattern.__eq__`` compares the pattern, the flags and the program).
  If ``re``'s internals change, that comparison fails or raises, and nothing is kept: the
  pattern comes from ``re.compile`` as if there were no cache.
- The file is named after the interpreter build (version string, ``_sre.MAGIC``, code size,
  limits), so a program is never run by another ``re`` than the one that made it; it carries a
  checksum, is read bounded, only from a regular file the user owns, and written atomically
  (a temporary file renamed over it) at exit, only when a run compiled something new. A file
  that fails any check is ignored and replaced.
- ``_sre.compile`` validates a program before running it.
- Only the package's own module-level patterns go through here — never a pattern built from
  input, so the file stays bounded (and is capped at MAX_ENTRIES besides).

The file keeps only what the code still asks for. Each program remembers the module that asked
for it and whether it asked while being imported (a module-level pattern); at exit, a module-level
program that its module, imported in this run, no longer asked for (an edited or deleted pattern,
an earlier version's) is dropped and the file rewritten. A developer's file, which kept up to
MAX_ENTRIES programs of earlier versions (2.1 MB, read by every run: +12 M instructions on
``parse``), so stays the size of one version's (≈ 0.9 MB). Patterns compiled on first use
(``LazyPattern``) are kept whether or not a run used them. The file is one per installed copy of
the package (its folder is part of the name), so two checkouts on one machine never evict each
other's programs.

``GAZETTE_EXTRACT_NO_CACHE=1`` turns the cache off; ``GAZETTE_EXTRACT_CACHE_DIR`` moves it
(default: ``$XDG_CACHE_HOME/gazette-extract``, i.e. ``~/.cache/gazette-extract``).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the C half of re (no stubs)
import atexit
import marshal
import os
import re
import stat
import sys
import zlib
from array import array
from collections.abc import Callable
from typing import Any

FORMAT = 3  # 2: each row names the module that asked and whether it asked at import; 3: first characters (speed22)
MAX_BYTES = 32 << 20  # a file larger than this is not read
MAX_ENTRIES = 1024  # patterns kept (~2.5 MB; the package has ~400); beyond, the file keeps those this run used
_DIGEST = 4  # bytes of the CRC-32 that opens the file (zlib: hashlib would load OpenSSL, ≈ 10 ms)

# (pattern, flags) → what _sre.compile takes after the pattern: (flags, program as bytes of
# unsigned ints, groups, groupindex, indexgroup)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_entries: dict[tuple[str, int], Entry] = {}
_used: set[tuple[str, int]] = set()
# (pattern, flags) → (module that asked, asked at its import): what tells a stale program (see _stale)
_origin: dict[tuple[str, int], tuple[str, bool]] = {}
_imported: set[str] = set()  # modules that asked for a pattern at import in this run


class _State:
    """This process's use of the file: read once, on the first compile; written at exit if dirty."""

    loaded = False
    path: str | None = None  # the file read, and written back (None: the cache is off)
    dirty = False  # programs to write: new ones, or a bad file to replace
    read = 0  # programs read from the file
    hits = 0
    misses = 0
    maker = -1  # CRC-32 of this module's file, read once (see _maker)


_state = _State()
COMPILED: list[re.Pattern[str]] = []  # every pattern compiled here, for the tests


def cache_dir() -> str | None:
    """Where the file lives, or None when the cache is off."""
    if os.environ.get("GAZETTE_EXTRACT_NO_CACHE", "") not in ("", "0"):
        return None
    given = os.environ.get("GAZETTE_EXTRACT_CACHE_DIR")
    if given:
        return given
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
        return os.path.join(base, "gazette-extract", "Cache")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "gazette-extract")


def cache_file() -> str | None:
    """The file for this interpreter build, or None when the cache is off."""
    where = cache_dir()
    if where is None:
        return None
    build = "\0".join(
        map(
            str,
            (
                sys.version,
                sys.implementation.cache_tag,
                _sre.MAGIC,
                _sre.CODESIZE,
                _sre.MAXREPEAT,
                _sre.MAXGROUPS,
                os.path.dirname(os.path.abspath(__file__)),  # one file per installed copy
            ),
        )
    )
    tag = f"{zlib.crc32(build.encode()):08x}"
    return os.path.join(where, f"re-{sys.implementation.cache_tag}-{sys.hexversion:x}-{tag}.bin")


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the program kept by an earlier run when there is one."""
    if not _state.loaded:
        _load()
    key = (pattern, int(flags))
    caller = sys._getframe(1)
    module, at_import = caller.f_globals.get("__name__", ""), caller.f_code.co_name == "<module>"
    _origin[key] = (module, at_import)
    if at_import:
        _imported.add(module)
    entry = _entries.get(key)
    if entry is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, entry[0], _program(entry[1]), *entry[2:])
        except Exception:  # noqa: BLE001 - a program _sre refuses is dropped and compiled again
            del _entries[key]
        else:
            _used.add(key)
            _state.hits += 1
            COMPILED.append(compiled)
            return compiled
    _state.misses += 1
    compiled = re.compile(pattern, flags)
    made = None if _state.path is None else _entry_of(pattern, int(flags), compiled)
    if made is not None:
        _entries[key] = made
        _used.add(key)
        _state.dirty = True
        compiled = _sre.compile(pattern, made[0], _program(made[1]), *made[2:])  # the first characters too
    COMPILED.append(compiled)
    return compiled


def info() -> dict[str, Any]:
    """The file, the programs read from it, and this process's hits (calls served from a kept
    program, the file's or one compiled earlier in the run) and misses (compiled by re)."""
    return {
        "file": cache_file(),
        "read": _state.read,
        "entries": len(_entries),
        "hits": _state.hits,
        "misses": _state.misses,
    }


def _maker() -> int:
    """CRC-32 of this module's own file (-1 unread, 0 unreadable). The file keeps programs this module derived
    (:func:`with_first_chars`); a file written by another version of it — an edit that forgot to change FORMAT, an
    upgrade in place — is replaced, never served (round rev22). One read of ≈ 25 kB per run."""
    if _state.maker < 0:
        try:
            with open(__file__, "rb") as handle:
                _state.maker = zlib.crc32(handle.read(MAX_BYTES))
        except OSError:
            _state.maker = 0
    return _state.maker


def _checksum(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(_DIGEST, "big")


def _program(data: bytes) -> list[int]:
    code = array("I")
    code.frombytes(data)
    return code.tolist()


def _entry_of(pattern: str, flags: int, compiled: re.Pattern[str]) -> Entry | None:
    """What ``re.compile`` gave ``_sre.compile`` for this pattern, checked to rebuild the same
    pattern object; None when ``re``'s internals are not the ones this was written against."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (
            flags | parsed.state.flags,
            array("I", code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        rebuilt = _sre.compile(pattern, entry[0], _program(entry[1]), *entry[2:])
        if rebuilt != compiled or rebuilt.groupindex != compiled.groupindex or rebuilt.groups != compiled.groups:
            return None
        return _derived_entry(pattern, parsed, code, entry)
    except Exception:  # noqa: BLE001 - any surprise means: no cache for this pattern
        return None


def _derived_entry(pattern: str, parsed: Any, code: list[int], entry: Entry) -> Entry:
    """``entry`` with its program given the first characters of every match (:func:`with_first_chars`) when it has
    none, once ``_sre`` has validated the derived program; else ``entry`` as ``re`` made it."""
    derived = with_first_chars(parsed, entry[0], code)
    if derived is code:
        return entry
    try:
        _sre.compile(pattern, entry[0], derived, *entry[2:])
    except Exception:  # noqa: BLE001 - a program _sre refuses: re's own
        return entry
    return (entry[0], array("I", derived).tobytes(), entry[2], entry[3], entry[4])


def _owned_regular_file(path: str) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def _load() -> None:
    _state.loaded = True
    atexit.register(_save)
    _state.path = path = cache_file()
    if path is None or not _owned_regular_file(path):
        return
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES or _checksum(data[_DIGEST:]) != data[:_DIGEST]:
            _state.dirty = True  # replaced at exit
            return
        version, rows = marshal.loads(data[_DIGEST:])
        if version != (FORMAT, _maker()):
            _state.dirty = True
            return
        for pattern, flags, module, at_import, *entry in rows:
            _entries[(pattern, flags)] = tuple(entry)
            _origin.setdefault((pattern, flags), (module, at_import))
        _state.read = len(_entries)
    except (OSError, ValueError, EOFError, TypeError):
        _entries.clear()
        _state.dirty = True


def _stale() -> set[tuple[str, int]]:
    """Module-level programs that their module, imported in this run, did not ask for."""
    return {
        key
        for key in _entries
        if key not in _used and (origin := _origin.get(key)) is not None and origin[1] and origin[0] in _imported
    }


def _save() -> None:
    """Write the programs at exit when this run compiled something new (or found the file bad)."""
    path = _state.path
    if path is None:
        return
    stale = _stale()
    if not _state.dirty and not stale:
        return
    keys = [key for key in _entries if key not in stale]
    if len(keys) > MAX_ENTRIES:
        keys = [key for key in keys if key in _used][:MAX_ENTRIES]
    rows = [
        (pattern, flags, *_origin.get((pattern, flags), ("", False)), *_entries[(pattern, flags)])
        for pattern, flags in keys
    ]
    payload = marshal.dumps(((FORMAT, _maker()), rows))
    data = _checksum(payload) + payload
    directory = os.path.dirname(path)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if os.path.lexists(path) and not _owned_regular_file(path):
            return  # never replace a link, a device or another user's file
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return  # a cache that cannot be written is no error: the next run compiles again
    _state.dirty = False


# Round speed20: a gate that is one search of a block (does the pattern match anywhere in it?) costs ``re`` a class
# test at every character of the block (≈ 35 instructions each) when the pattern opens on a class or a branch. When
# every match must hold one of one or two known characters (a literal, a class of literals, a branch whose every
# alternative holds one), a block without them cannot match, and ``str.__contains__`` tells that at about one
# instruction a character. The characters are read off the parsed pattern once, so they follow the pattern when it
# is edited; a pattern they cannot be read off (case-insensitive, a negated class, ranges, only optional parts) or
# that needs more of them gets the plain search.
GATE_KEYS_MAX = 2  # more key characters than this: one `in` test each would cost what the search does


def _required_sets(items: Any, flags: int) -> list[frozenset[str]]:
    """Sets of characters, each of which holds one character of every match of the parsed sequence ``items``."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: list[frozenset[str]] = []
    for op, av in items:
        if op is c.LITERAL:
            found.append(frozenset(chr(av)))
        elif op is c.IN:
            if all(kind is c.LITERAL for kind, _ in av):
                found.append(frozenset(chr(code) for _, code in av))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                found.extend(_required_sets(sub, flags))
        elif op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                found.extend(_required_sets(sub, flags))
        elif op is c.ATOMIC_GROUP:
            found.extend(_required_sets(av, flags))
        elif op is c.BRANCH:
            union = _branch_keys(av[1], flags)
            if union is not None:
                found.append(union)
    return found


def _branch_keys(alternatives: Any, flags: int) -> frozenset[str] | None:
    """Characters one of which every alternative's match holds (a greedy cover of the alternatives), or None."""
    options = [_required_sets(alt, flags) for alt in alternatives]
    if any(not sets for sets in options):
        return None  # an alternative with no required character: any text may match
    keys: set[str] = set()
    left = list(range(len(options)))
    while left:
        singles: dict[str, int] = {}
        for i in left:
            for char in {next(iter(s)) for s in options[i] if len(s) == 1}:
                singles[char] = singles.get(char, 0) + 1
        if singles:
            best = max(sorted(singles), key=lambda char: singles[char])
            keys.add(best)
        else:  # no alternative left has a single required character: the smallest set of the first one
            smallest: frozenset[str] = min(options[left[0]], key=len)
            keys.update(smallest)
        left = [i for i in left if not any(s <= keys for s in options[i])]
    return frozenset(keys)


def required_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The smallest set of characters one of which every match of ``pattern`` holds, or None when none is known."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        sets = _required_sets(_parser.parse(pattern.pattern, pattern.flags).data, pattern.flags)
    except Exception:  # noqa: BLE001 - re's internals not the ones this was written against: no keys
        return None
    return min(sets, key=len) if sets else None


def gated_search(pattern: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``pattern.search``, which first asks ``in`` for the pattern's key characters (:func:`required_chars`) when it
    has one or two, and gives None without searching a text that holds neither."""
    keys = required_chars(pattern)
    search = pattern.search
    if keys is None or len(keys) > GATE_KEYS_MAX:
        return search
    if len(keys) == 1:
        (key,) = keys
        return lambda text: search(text) if key in text else None
    first, second = sorted(keys)
    return lambda text: search(text) if first in text or second in text else None


# Round speed22: the first characters of every match, written into the program. ``re`` scans a text for where a
# match can begin only when the pattern opens on a literal, a class or a branch of literals (its compiler's
# ``_get_charset_prefix``); a pattern opening on a look-behind, a repeat, a group or a branch of classes gets none,
# and its search runs the whole matching program at every position of the text. Every match of a pattern that
# cannot match empty begins with one character, and the parsed pattern tells which characters that can be (the
# first consuming part, through zero-width parts, optional parts and branches). Written as the info block's
# charset — the form ``re`` itself writes — ``_sre``'s search tests each position's character against the set and
# runs the program only where it is one of them: the same matches (a position whose character is not in the set
# cannot start one), found without running the program where none can start. Sets a text's characters mostly
# belong to (a class of all ideographs, \w, ``.``) or that cannot be read off (a negated class, a back-reference,
# case-insensitive or locale flags, an inline flag group) leave the program as ``re`` made it; so does a pattern
# anchored at the text's start (``re`` tries it at one position only).
# The file keeps the derived programs: a change to how they are derived changes this module's file, whose CRC the
# file's version holds (_maker, round rev22), so a file written before it is replaced; change FORMAT all the same.
FIRST_CHARS_MAX = 512  # code points a derived set may cover: a larger set would hold most characters of a text


def _first_chars(items: Any) -> tuple[list[tuple[Any, Any]] | None, bool]:
    """(charset items covering the first character of every match of the parsed sequence ``items``, or None when
    unknown; whether the sequence can match empty)."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero-width: the first character is the next part's
        if op is c.LITERAL:
            found.append((c.LITERAL, av))
            return found, False
        if op is c.IN:
            if not all(kind is c.LITERAL or kind is c.RANGE or kind is c.CATEGORY for kind, _ in av):
                return None, False  # a negated class (or a form not read here)
            found.extend(av)
            return found, False
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
            low, _high, sub = av
            first, empty = _first_chars(sub)
            nullable = low == 0 or empty
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None, False  # (?i:…), (?a:…): the characters' meaning changes inside
            first, nullable = _first_chars(sub)
        elif op is c.ATOMIC_GROUP:
            first, nullable = _first_chars(av)
        elif op is c.BRANCH:
            first, nullable = [], False
            for alternative in av[1]:
                got, empty = _first_chars(alternative)
                if got is None:
                    return None, False
                first.extend(got)
                nullable = nullable or empty
        else:
            return None, False  # ., a negated literal, a back-reference, a conditional group …
        if first is None:
            return None, False
        found.extend(first)
        if not nullable:
            return found, False
    return found, True


def _covers(items: list[tuple[Any, Any]]) -> int:
    """How many code points a set of charset items covers (a category: too many, but for digits and blanks)."""
    from re import _constants as c  # type: ignore[attr-defined]

    total = 0
    for op, av in items:
        if op is c.LITERAL:
            total += 1
        elif op is c.RANGE:
            total += av[1] - av[0] + 1
        elif av in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE):
            total += 64  # a digit or a blank: rare among a text's characters
        else:
            total += FIRST_CHARS_MAX + 1  # \w, \D, \S …: most of a text
    return total


def with_first_chars(parsed: Any, flags: int, code: list[int]) -> list[int]:
    """``code`` (``re``'s program for the parsed pattern) with the first characters of every match in its info block,
    where ``re`` wrote none and they can be read; else ``code`` itself."""
    try:
        from re import _compiler  # type: ignore[attr-defined]
        from re import _constants as c  # type: ignore[attr-defined]

        if len(code) < 5 or code[0] != c.INFO or code[2] != 0 or code[3] == 0 or flags & (re.IGNORECASE | re.LOCALE):
            return code  # a prefix or a charset already, a pattern that can match empty, or case-folded
        body = code[1 + code[1] :]
        if body and body[0] == c.AT and body[1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return code  # ^… / \A…: re tries the first position only
        first, empty = _first_chars(parsed.data)
        if first is None or empty or not first or _covers(first) > FIRST_CHARS_MAX:
            return code
        charset, _cased = _compiler._optimize_charset(first)
        block = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, flags, block)
        block[1] = len(block) - 1
        return block + body
    except Exception:  # noqa: BLE001 - re's internals not the ones this was written against: re's own program
        return code
