"""apages21: 10x-input timing for the round's new and changed patterns (ratio near 10 = linear; near 1 = bounded).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_apages21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import common as M
from gazette_extract.records.appointments import sessions as S

cases: dict[str, Callable[[int], object]] = {
    "_ELECTION_RE, n result verbs with names": lambda n: C._ELECTION_RE.findall("选举产生李炳仁同志为镇长，" * n),
    "_ELECTION_RE, 选举产生 run": lambda n: C._ELECTION_RE.findall("选举产生" * n),
    "_ELECTION_RE, 产生 then names without 为": lambda n: C._ELECTION_RE.findall("选举产生" + "李炳仁" * n),
    "_cppcc_place, long committee": lambda n: S._cppcc_place("政协" + "湖北省" * n + "第十三届委员会"),
    "_cppcc_place, 届 run": lambda n: S._cppcc_place("政协" + "第十届" * n),
    "_inherit_organizations, n posts": lambda n: M._inherit_organizations(["扎赉特旗委常委", "人民政府副旗长"] * n),
    "_level_place, long previous": lambda n: M._level_place("滔溪" * n + "镇人民政府", "镇人大主席团"),
    "_inherit_organizations, level-opened posts": lambda n: M._inherit_organizations(
        ["滔溪镇人民政府镇长", "镇人大主席团主席"] * n
    ),
    "pipeline: 选举产生 clauses": lambda n: extract_str(
        "河头镇召开人民代表大会。\n" + "依照法定程序选举产生李炳仁同志为河头镇人大主席。\n" * n
    ),
    "pipeline: party post then a placeless body": lambda n: extract_str(
        "选举结果\n" + "周文同志当选为扎赉特旗委常委、人民政府副旗长。\n" * n
    ),
    "pipeline: CPPCC restated": lambda n: extract_str(
        "孙伟当选湖北省政协主席\n" + "大会选举孙伟为政协湖北省第十三届委员会主席。\n" * n
    ),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=46)
