"""A reference site's header line under a title: the title printed again, then the document's
date and its issuing body on the same line.

Wikisource prints every official text so (its header template)::

    国务院关于设置云南省楚雄彝族自治州并撤销楚雄专员公署的决定
    外观
    国务院关于设置云南省楚雄彝族自治州并 撤销楚雄专员公署的决定 1957年10月18日 发布机关:中华人民共和国国务院 |

The repeated title (spaces inside it ignored) is what makes the line a header and not a
sentence; the date and the ``发布机关：`` value (any issuer key of the metadata vocabulary) are
then the document's. A line that repeats the title without a date is no header: nothing is read.
When the converter ran the body on into the header line (no line break kept after the issuer),
only the date is taken: where the issuer's name ends is not known.
"""

from __future__ import annotations

import re

from .._pattern_cache import compile_re
from ..grammars.dates import parse_date
from ..vocab.common import METADATA_KEYS, compact
from .blocks import HEADING, PARAGRAPH, Block

# 发布机关:中华人民共和国国务院 | / 发文机关：国务院 / 颁布单位 : 某市人大常委会 (keys of field 'issuer')
TITLE_HEAD_ISSUER_RE = compile_re(
    "(?:"
    + "|".join(re.escape(k) for k in sorted((k for k, f in METADATA_KEYS.items() if f == "issuer"), key=len)[::-1])
    + r")[:：](?P<issuer>[^|｜:：\[\]【】]{2,40}?)(?=[|｜\[【]|$)"
)
_BAR_RE = compile_re(r"[|｜]")  # the header template's closing cell bar
_DATE_MAX = 12  # 1957年10月18日 / 1957-10-18: the header's date opens what follows the title
_MENU_WORD_MAX = 4  # 外观 / 编辑 / 讨论: a site's tab between the title and its header line
_SCAN = 3  # lines under the title searched for the header line


def title_head(blocks: list[Block], index: int, title: str) -> tuple[int, dict[str, str]] | None:
    """``(index after the header line, {'date': …, 'issuer': …})`` when one of the few lines under
    ``blocks[index]`` (past a site's short tab words) repeats ``title`` and then gives its date;
    None otherwise."""
    key = compact(title)
    if len(key) < 6:
        return None
    for j in range(index + 1, min(len(blocks), index + 1 + _SCAN)):
        block = blocks[j]
        line = compact(block.text)
        if block.kind not in (HEADING, PARAGRAPH):
            return None
        if not line.startswith(key):
            if len(line) <= _MENU_WORD_MAX:
                continue
            return None
        rest = line[len(key) :]
        date = parse_date(rest[:_DATE_MAX])  # right after the title: 国务院关于…的决定 1957年10月18日 …
        if date is None:
            return None
        fields = {"date": date}
        bar = _BAR_RE.search(rest)
        head, after = (rest[: bar.start()], rest[bar.end() :]) if bar else (rest, "")
        if bar is None and any(p in head for p in "。；;"):
            # the converter ran the story on into the header line: its date is still the
            # document's, but where the issuer's name ends is not known, and the line is body
            return j, fields
        if (m := TITLE_HEAD_ISSUER_RE.search(head)) is not None:
            fields["issuer"] = m.group("issuer")
        # the story run on after the header's closing bar stays in the body
        return (j if after.strip("|｜") else j + 1), fields
    return None
