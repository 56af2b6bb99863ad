"""Unit aliases (单位简称): names that denote the same unit, kept as data.

``query unit`` matches a task's lead or support unit against every name of the group the asked
name belongs to. Each group lists the full name first, then the short forms actually printed in
gazettes (the comment shows where). Users add their own groups with ``--aliases FILE``: one group
per line, names separated by ``=``, ``#`` starts a comment::

    # 北京市平谷区
    区教委 = 平谷区教委 = 北京市平谷区教育委员会

Precision first: only names that certainly denote one unit are grouped. ``区政府`` differs from
district to district, so it is not aliased to any one of them.
"""

from __future__ import annotations

from collections.abc import Iterable

UNIT_ALIASES: tuple[tuple[str, ...], ...] = (
    # 国务院办公厅关于…的通知: 国家发展改革委牵头, 发展改革委 in lists of 各有关部门
    ("国家发展和改革委员会", "国家发展改革委", "发展改革委", "国家发改委"),
    # 工业和信息化部、财政部按职责分工负责 → 工业和信息化部 / 工信部
    ("工业和信息化部", "工信部"),
    # 人力资源社会保障部 is the form used in 国办发 task lists
    ("人力资源和社会保障部", "人力资源社会保障部", "人社部"),
    # 住房城乡建设部牵头 (gwy samples)
    ("住房和城乡建设部", "住房城乡建设部", "住建部"),
    # 生态环境部; 原环境保护部 is a different (former) unit and is not grouped
    ("生态环境部", "生态环境部门"),
    # 市场监管总局负责 (国办发 lists)
    ("国家市场监督管理总局", "市场监管总局"),
    # 国家卫生健康委 / 卫生健康委
    ("国家卫生健康委员会", "国家卫生健康委", "卫生健康委", "国家卫健委"),
    # 教育部 has no common short form; 国家教委 is its pre-1998 name, a different era: not grouped
    # 农业农村部
    ("农业农村部", "农业农村部门"),
    # 交通运输部
    ("交通运输部", "交通部"),
    # 中国人民银行 / 人民银行 / 人民银行各分支机构 (gwy samples)
    ("中国人民银行", "人民银行", "央行"),
    # 国家税务总局 / 税务总局 (财政部 税务总局公告)
    ("国家税务总局", "税务总局"),
    # 北京市平谷区 (pinggu-2021-01): 区教委牵头, 区发展改革委
    ("北京市平谷区教育委员会", "平谷区教育委员会", "平谷区教委", "区教委"),
    ("北京市平谷区发展和改革委员会", "平谷区发展改革委", "区发展改革委", "区发改委"),
)


def parse_alias_lines(lines: Iterable[str]) -> list[tuple[str, ...]]:
    """Groups from the lines of an aliases file (``A = B = C``, ``#`` comments); a line with a
    single name adds nothing. Raises ValueError naming the line of a malformed entry."""
    groups: list[tuple[str, ...]] = []
    for number, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        names = tuple(name.strip() for name in line.split("="))
        if any(not name for name in names):
            raise ValueError(f"line {number}: an empty name in {line!r} (write: A = B = C)")
        if len(names) > 1:
            groups.append(names)
    return groups


def alias_index(groups: Iterable[tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Name → every name of its group(s); groups that share a name are merged."""
    index: dict[str, frozenset[str]] = {}
    for group in groups:
        merged = set(group)
        for name in group:
            merged |= index.get(name, frozenset())
        frozen = frozenset(merged)
        for name in frozen:
            index[name] = frozen
    return index
