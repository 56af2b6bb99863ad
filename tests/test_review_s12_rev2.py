"""Session 12 review (part 2: records): bugs found in the merged change, each row failing before its fix.

Names without a bracket among bracketed roster entries (rosters round 7: 胡继军（常务）、 邱  铭) were placed
where their text was first found in the gap, so a name inside an earlier one (张三 in 张三丰) moved ahead of
the names printed before it; finding each piece's text again in the gap was also quadratic in a long gap
of distinct names (16,000 took 0.9 s, ×4 a doubling). The pieces now carry their own place.
"""

from __future__ import annotations

import pytest

from gazette_extract.pipeline import extract_str

HEAD = "某县人民政府关于成立领导小组的通知\n\n组成人员如下：\n\n"


@pytest.mark.parametrize(
    ("line", "people"),
    [
        pytest.param(
            "成员：王五（区长）、张三丰、李四、张三、赵六（副区长）",
            ["王五", "张三丰", "李四", "张三", "赵六"],
            id="name-inside-earlier-name",
        ),
        pytest.param(
            "成员：张三（区长），李四丰，赵六，李四，王五（副区长）",
            ["张三", "李四丰", "赵六", "李四", "王五"],
            id="comma-separated",
        ),
        pytest.param("副组长：胡继军（常务）、 邱  铭", ["胡继军", "邱铭"], id="spaced-name-after-bracket"),
        pytest.param("成员：张三（区长）、李四、王五（副区长）", ["张三", "李四", "王五"], id="no-repeat-unchanged"),
    ],
)
def test_unbracketed_names_keep_their_place(line, people):
    members = extract_str(HEAD + line + "\n")["documents"][0]["members"]
    assert [m["person"] for m in members] == people
