"""Words of a roster only proposed, kept as data (review s14-rev6). Each with a typical use.

A document whose title proposes the composition of a group (关于拟调整某某领导小组成员的公示) lists people who are not
members yet: ``records.rosters`` gives no member for it, as for a draft (``ROSTER_DRAFT_MARKS``).
"""

from __future__ import annotations

# What a proposal (拟 / 建议, before it in the title) does to a group's composition.
ROSTER_PROPOSED_TITLE_VERBS: dict[str, str] = {
    "调整": "关于拟调整某某工作领导小组成员的公示",
    "成立": "关于拟成立某某工作领导小组的请示",
    "组建": "关于建议组建某某工作专班的报告",
    "设立": "关于拟设立某某委员会的公示",
    "增补": "关于拟增补某某领导小组成员的公示",
    "变更": "关于拟变更某某指挥部组成人员的公示",
    "充实": "关于拟充实某某领导小组成员的请示",
}
# The proposal's words before those verbs (拟, 建议): not 模拟 / 虚拟, whose 拟 proposes nothing.
ROSTER_PROPOSAL_WORDS: dict[str, str] = {
    "拟": "关于拟调整某某工作领导小组成员的公示",
    "建议": "关于建议调整某某工作领导小组成员的报告",
}
