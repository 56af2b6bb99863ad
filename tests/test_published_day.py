"""A document's ``published`` day from one keyed pair by its title.

A page saved as text often prints only ``发布日期：2019-06-04`` (or 发布时间 with a time, 公开日期 …) over or
under the title, no block of fields. That day is when the page was posted — never the document's own
date (成文日期, from its signature), which stays as it was — and now fills ``published``.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract.api import parse_text

TITLE = "某县人民政府办公室关于做好2019年防汛工作的通知"
BODY = "各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现就有关事项通知如下。\n一、提高认识。\n\n某县人民政府办公室\n2019年6月3日\n"

ROWS = [
    pytest.param(f"发布日期：2019-06-04\n{TITLE}\n", "2019-06-04", id="over-title"),
    pytest.param(f"{TITLE}\n发布日期：2019-06-04\n", "2019-06-04", id="under-title"),
    pytest.param(f"{TITLE}\n发布时间：2019-06-04 09:30\n", "2019-06-04", id="time-after"),
    pytest.param(f"{TITLE}\n发布时间:2019-06-04 09:30:12\n", "2019-06-04", id="ascii-colon-seconds"),
    pytest.param(f"{TITLE}\n公开日期：2019年6月4日\n", "2019-06-04", id="gongkai-riqi"),
    pytest.param(f"- 发布日期:2019-06-04\n{TITLE}\n", "2019-06-04", id="bullet"),
    pytest.param(f"【发布日期】2019.06.04\n{TITLE}\n", "2019-06-04", id="lenticular-dotted"),
    pytest.param(f"{TITLE}\n发布日期：\n2019-06-04\n", "2019-06-04", id="value-below"),
    # none: a key with no day, a month alone
    pytest.param(f"{TITLE}\n发布日期：\n", None, id="empty-key"),
    pytest.param(f"{TITLE}\n发布日期：2019年6月\n", None, id="month-only"),
]
assert_unique(ROWS, whole=True)


@pytest.mark.parametrize(("head", "published"), ROWS)
def test_one_published_pair(head: str, published: str | None) -> None:
    docs = parse_text(head + BODY).model_dump()["documents"]
    assert [(d["title"], d["date"], d["published"]) for d in docs] == [(TITLE, "2019-06-03", published)]
