"""A whole news item stored on one line (headline, publish stamp, story), cut back into its parts.

``王莉霞任内蒙古自治区代主席 2021-08-05 09:52 “内蒙古日报”微信公号 0 内蒙古…决定,…`` is read
as the headline, the stamp and the rest, each keeping the line's source line. Kept apart from
:mod:`.news` because :mod:`.blocks` calls it while it classifies (as it calls :mod:`.runon`).
"""

from __future__ import annotations

from ..text.newshead import split_glued_head
from ..text.normalize import Para


def split_news_para(para: Para, heading: str | None = None) -> list[Para]:
    """A paragraph holding a whole news item as its parts; any other paragraph → ``[para]``.
    ``heading`` is the text of the line above (a title glued to its address under the same title alone)."""
    pieces = split_glued_head(para.text, first=para.line == 1, heading=heading)
    if len(pieces) == 1:
        return [para]
    return [Para(piece, para.line, para.end_line, para.level, k < 2) for k, piece in enumerate(pieces)]
