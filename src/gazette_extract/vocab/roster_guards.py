"""Precision guards of ``records.rosters``, kept as data (review s14-rev6). Each with a typical use.

A document whose title proposes the composition of a group (关于拟调整某某领导小组成员的公示) lists people who are not
members yet: ``records.rosters`` gives no member for it, as for a draft (``ROSTER_DRAFT_MARKS``). A holder named by
institution and rank (中华医学会张三研究员, rosters round 14) has no verb before the institution.
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

# Verbs that may open the words before a ranked holder's name (来自北京大学张三教授): no institution's name then,
# the holder is not read (the post would have been 来自北京大学).
ROSTER_RANKED_UNIT_VERBS: dict[str, str] = {
    "来自": "委员会成员包括来自北京大学张三教授等5人",
    "出自": "成员包括出自清华大学李四研究员等3人",
    "就职于": "成员包括就职于中华医学会王五研究员等4人",
    "任职于": "成员包括任职于北京大学赵六教授等4人",
    "供职于": "成员包括供职于中国科学院钱七研究员等4人",
}

# A chronicle of events (precision round 17): its entries name leaders by their posts, a group's role among them
# (省委书记、领导小组组长A主持会议), each entry a different body's meeting. The page is no roster: the readers of roles
# told in a story (a role among a holder's posts) give no member; a roster stated in an entry (组长由A担任) is still read.
ROSTER_CHRONICLE_TITLE_WORDS: dict[str, str] = {
    "大事记": "中国共产党四川历史大事记（2020年3月） / 2021年12月沈阳大事记",
    "大事纪": "某某县2019年大事纪",
    "大事记要": "某某区2020年大事记要",
    "大事纪要": "某某市政府2021年大事纪要",
    "纪事": "某某县2022年政务纪事",
    "编年": "某某市政府工作编年（2020年）",
    "工作日志": "某某局工作日志（2023年5月）",
}
