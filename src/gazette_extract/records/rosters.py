"""Group rosters (领导小组组成人员) from one document's blocks.

:func:`extract_members` is a pure function over :class:`~gazette_extract.layout.blocks.Block` lists,
returning typed records (:class:`~gazette_extract.data.Member`, the shape of
:class:`~gazette_extract.models.Member`). It reads rosters (组　长：王成国 区委书记 / 吴小杰
区委副书记、代区长). Names and posts are read with :mod:`.people`.
Nothing here raises on odd text; no pydantic at import time.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from .._pattern_cache import compile_re, gated_search
from ..codes import CLAUSE_CUT_OFF, ROSTER_ENTRY_UNREAD
from ..data import Member, WarningRecord, warning
from ..grammars.brackets import split_top
from ..vocab.common import CJK as _CJK
from ..vocab.common import ORG_SUFFIX_TUPLE, LazyPattern, alternation
from ..vocab.personnel import (
    BOUNDED_SURNAMES,
    DEPARTMENT_COMMITTEE_ENDINGS,
    HEADED_LIST_ENDS,
    HEADED_LIST_HEADS,
    HEADED_LIST_HONORIFICS,
    HEADED_LIST_NOTE_STARTS,
    HEADED_LIST_REFUSED,
    HEADED_LIST_ROLES,
    HEADED_LIST_SURNAMES,
    NAME_DOTS,
    NOT_NAMES,
    PROPOSAL_LEADS,
    ROSTER_ADJUSTED_VERBS,
    ROSTER_ATTENDANCE_VERBS,
    ROSTER_ATTRIBUTE_CELLS,
    ROSTER_ATTRIBUTE_PATTERNS,
    ROSTER_BARE_POST_ENDINGS,
    ROSTER_COLLECTIVE_ENDINGS,
    ROSTER_COMMITTEE_NAMES,
    ROSTER_COMMITTEE_OFFICE_IS_POST,
    ROSTER_DRAFT_MARKS,
    ROSTER_DRAFT_TITLE_WORDS,
    ROSTER_ENTRY_NEVER_LAST,
    ROSTER_ENTRY_SURNAMES,
    ROSTER_GROUP_SUFFIXES,
    ROSTER_HONORIFICS,
    ROSTER_NAME_TITLES_AFTER,
    ROSTER_NAMING_VERBS,
    ROSTER_OFFICE_ROLES,
    ROSTER_ORDER_REMARKS,
    ROSTER_PAST_MARKS,
    ROSTER_POST_NOMINALS,
    ROSTER_POST_REMARKS,
    ROSTER_ROLES,
    ROSTER_STAFF_POSTS,
    ROSTER_STORY_VERBS,
    ROSTER_SUBHEADING_ENDINGS,
    ROSTER_TABLE_HEADS,
    ROSTER_TABLE_REFUSED_HEADS,
    ROSTER_TABLE_ROLE_HEADS,
    ROSTER_TITLE_GROUPS,
    ROSTER_UNIT_ENDINGS,
    ROSTER_VACATING_VERBS,
    ROSTER_VERB_ADVERBS,
    SINGLE_SURNAMES,
    SYLLABIC_NAME_PARTS,
    TITLE_SET,
    VILLAGE_COMMITTEE_NAMES,
)
from ..vocab.roster_guards import (
    ROSTER_CHRONICLE_TITLE_WORDS,
    ROSTER_PROPOSAL_WORDS,
    ROSTER_PROPOSED_TITLE_VERBS,
    ROSTER_RANKED_UNIT_VERBS,
)

if TYPE_CHECKING:  # Block is only a type here; keep the import graph small
    from ..layout.blocks import Block

from ..vocab.numerals import CN_ORDINALS
from .people import (
    _ALL_CJK_RE,
    _CLOSE,
    _DEFAULT_STARTS,
    _HONORIFIC_GATE_RE,
    _NAME_LIST_SPLIT_RE,
    _NON_NAME_LAST,
    _OPEN,
    _ROLES_BY_LENGTH,
    _SPACE,
    _TITLE_LAST_CHARS,
    _TOKEN_SPLIT_RE,
    TRIGGER_RE,
    _in_sentence_before,
    _is_dotted_name,
    _name_sizes,
    _name_with_bounded_last,
    _parse_posts,
    _post_and_name,
    _post_before_dotted,
    _row_cells,
    _run_in_sizes,
    _start_strength,
    _stem_length,
    _title_at_end,
    _tokens,
    is_person_name,
    split_position,
)

__all__ = ["extract_members"]

# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

_ROLE_ALTERNATION = "|".join(f"{_SPACE}*".join(map(re.escape, role)) for role in _ROLES_BY_LENGTH)
# A role's first character, looked at before the look-behinds a role may follow: a pattern that opens with many
# of them (one per committee's name) otherwise tries them all at every character of a text.
_ROLE_AHEAD = f"(?=[{''.join(sorted({role[0] for role in _ROLES_BY_LENGTH}))}])"
_ROLE_NUMBERING = rf"(?:[（(][{CN_ORDINALS}\d]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|\d{{1,2}}[.．、])"
# A group's own roles, which a line may print after the group's name (专家组组长：, 工作组成员：, 考核组副组长：).
_GROUP_OWN_ROLE = rf"(?:常务副|副|执行)?组{_SPACE}*长|成{_SPACE}*员|组{_SPACE}*员"
_VILLAGE_COMMITTEES = alternation(VILLAGE_COMMITTEE_NAMES)
_VILLAGE_ROLE = rf"(?:副)?主{_SPACE}*任|委{_SPACE}*员|成{_SPACE}*员"  # a village committee's roles
ROSTER_RE = compile_re(
    rf"""
    ^{_SPACE}*
    (?:{_ROLE_NUMBERING}{_SPACE}*)?       # 1.组长： / （一）组长：
    (?:[{_CJK}]{{1,10}}?组(?={_GROUP_OWN_ROLE})   # 专家组组长： / 工作组成员： — the group's name first (round 18)
      |[{_CJK}]{{0,10}}?(?:{_VILLAGE_COMMITTEES})(?={_VILLAGE_ROLE}))?  # 褡裢村村委会主任: / 村委会委员: (round 18)
    (?P<role>(?:{_ROLE_ALTERNATION})      # 组 长 / 副组长 / 主　任 / 成　员
    (?:{_SPACE}*兼{_SPACE}*(?:{_ROLE_ALTERNATION}))?)  # 副组长兼办公室主任：one holder, two roles
    (?:{_SPACE}*[（(][^（）()：:\n]{{1,16}}[）)])?  # 副组长（按姓氏笔画排序）：
    {_SPACE}*[：:]{_SPACE}*
    (?P<rest>.*)$                         # 王成国 区委书记 / 尤　权　　国务院副秘书长
    """,
    re.VERBOSE | re.DOTALL,
)
# A role line without a colon (rosters round 2): 组长　张三　区委副书记、区长 / 组 长 张三 区长 — the role,
# spaces, then entries; a role line only when its entries read (see _spaced_role_segments).
ROSTER_SPACED_RE = compile_re(
    rf"^{_SPACE}*(?:{_ROLE_NUMBERING}{_SPACE}*)?(?P<role>{_ROLE_ALTERNATION})[ \t\u3000]+(?P<rest>[^\s\u3000：:].*)$",
    re.DOTALL,
)
# A role label that lost its first character in conversion (丹东 2017 / 卢氏 2018: `  长:许黎明`, `  员:…`):
# the last character of a two-character role, then the colon, at the start of a line inside a roster.
_LOST_ROLE_CANDIDATES: dict[str, tuple[str, ...]] = {}
for _role in sorted(ROSTER_ROLES):
    if len(_role) == 2:
        _LOST_ROLE_CANDIDATES[_role[1]] = (*_LOST_ROLE_CANDIDATES.get(_role[1], ()), _role)
LOST_ROLE_RE = compile_re(
    rf"^{_SPACE}*(?P<tail>[{''.join(sorted(_LOST_ROLE_CANDIDATES))}]){_SPACE}*[：:]{_SPACE}*(?P<rest>.*)$", re.DOTALL
)
# Numbering before a roster entry: 1. 张三 / （2）李四 / ⑶王五 / 一、赵六 — not part of the name or the post.
_ROSTER_NUMBER_RE = compile_re(
    rf"^[ \u3000]*(?:\d{{1,3}}[.．、]|[（(][\d{CN_ORDINALS}]{{1,3}}[）)]|[⑴-⒇①-⑳]|[{CN_ORDINALS}]{{1,3}}、)[ \u3000]*"
)
# A roster role as the first of a holder's posts in a story, right after its group's name (rosters round 2):
# 市…工作指挥部副指挥长、副市长王如龙、苏子益，… — posts, a name, more names, to the clause's end.
# Groups whose role printed straight after the name is the group's (ROSTER_TITLE_GROUPS), and the short names
# of committees that are always a roster's group (组委会, 安委会: ROSTER_COMMITTEE_NAMES, rosters round 7).
_TITLE_GROUPS = (*ROSTER_TITLE_GROUPS, *ROSTER_COMMITTEE_NAMES)
# Right after one of those committees' names, a role is the committee's (组委会主任由…担任, rosters round 7): one
# look-behind per name, as the names need not share a length.
_AFTER_COMMITTEE_NAME = "|".join(f"(?<={re.escape(name)})" for name in ROSTER_COMMITTEE_NAMES)
# A second role the holder keeps beside the first, joined by 兼 (rosters round 8): 组委会副主席兼秘书长、市长张三.
_SECOND_ROLE = rf"(?:兼(?P<role2>{_ROLE_ALTERNATION}))?"
TITLED_ROLE_RE = compile_re(
    rf"(?:{alternation(_TITLE_GROUPS)})(?P<role>{_ROLE_ALTERNATION}){_SECOND_ROLE}(?P<sep>[、，,])"
    rf"(?P<body>[^，,；;。：:（）()\s]{{3,80}}?)(?=[，,；;。]|$)"
)
# What the holder does in the story, right after the name of a titled role (…副市长王如龙率队检查).
_STORY_VERB_RE = compile_re(alternation(ROSTER_STORY_VERBS))
# A roster role as the LAST of a holder's posts, the name then the story's verb (rosters round 4):
# 区委副书记、区长、领导小组组长张三主持会议 / 县防汛抗旱指挥部指挥长王五同志带队检查.
_NAME_CLOSERS = ("同志", *ROSTER_NAME_TITLES_AFTER)  # what makes two characters after a role a name (黄维院士)
_AFTER_NAME = rf"(?:{alternation(_NAME_CLOSERS)})?"  # …主任委员张三院士主持 (rosters round 8)
TITLED_LAST_ROLE_RE = compile_re(
    rf"(?:{alternation(_TITLE_GROUPS)})(?P<role>{_ROLE_ALTERNATION})(?!单位|会议|名单|人员|代表|及|和|与|等)"
    rf"(?P<name>[{_CJK}]{{2,4}}?){_AFTER_NAME}(?={alternation(ROSTER_STORY_VERBS)})"
)
# A roster role closing the posts of one holder in a list of attendees, the name then a comma, the list
# closed by its verb later in the sentence (rosters round 7): …、指挥部办公室主任甄贵福，县委常委、宣传部长侯建华，
# 副县长马迎军出席会议. The look-ahead to the verb is bounded (_ATTENDEES_MAX characters): linear in the text.
_ATTENDEES_MAX = 200
TITLED_LISTED_ROLE_RE = compile_re(
    rf"(?:{alternation(_TITLE_GROUPS)})(?P<role>{_ROLE_ALTERNATION})(?!单位|会议|名单|人员|代表|及|和|与|等)"
    rf"(?P<name>[{_CJK}]{{2,4}}?){_AFTER_NAME}(?=[，,][^。；;！!？?]{{0,{_ATTENDEES_MAX}}}?"
    rf"(?:{alternation(ROSTER_ATTENDANCE_VERBS)}))"
)
# A role glued to its first holder, each holder's post in brackets, no colon (rosters round 7): 领导小组组成人员：
# 组长张三（区长），副组长李四（副区长）、王五（副区长），成员赵六（区财政局局长）. The holders run to the clause's end.
_BRACKETED_HOLDER = rf"[{_CJK}{NAME_DOTS}]{{2,6}}?(?:同志)?[（(][^（）()\n，,；;。]{{1,40}}[）)]"
GLUED_ROLE_HOLDERS_RE = compile_re(
    rf"(?:^|(?<=[，,；;。：:\s]))(?P<role>{_ROLE_ALTERNATION})"
    rf"(?P<body>{_BRACKETED_HOLDER}(?:、{_BRACKETED_HOLDER})*)(?=[，,；;。]|$)"
)
# Stage gate (issue 14): every member and every roster warning needs a role word; a document
# whose text holds none (spaces inside allowed: 组 长) is not read by extract_members at all.
ROLE_GATE_RE = compile_re(_ROLE_ALTERNATION)
# A further role inside a run-on roster paragraph, after a separator: …（区长），副组长：… A run of spaces is
# entered at its first character only (the look-behind): a search restarted inside it was quadratic in its length.
RUN_ON_ROLE_RE = compile_re(
    rf"(?:[，,；;。]|(?<!{_SPACE}){_SPACE}){_SPACE}*(?P<role>{_ROLE_ALTERNATION}){_SPACE}*[：:]{_SPACE}*"
)
# A roster in prose: 办公室主任由民政部部长李纪恒兼任；副主任由中央网信办副主任盛荣华，…兼任
# (国办 2021 领导小组通知). The role, 由, posts each followed by a name (or a name alone:
# 办公室主任由李某兼任), 兼任 / 担任.
# The count of a role's seats between the role and 由 (rosters round 8): 设指挥长1名，由县长张三担任；副指挥长2名，
# 由副县长李四、王五担任 — and 共同 / 分别 before the verb: 组长由县委书记张三、县长李四共同担任.
_ROLE_COUNT = r"[\d一二两三四五六七八九十]{1,2}[名人位个]?[，,]?"
# The ends of a group's name a prose role may follow, straight or with 设 (round 8): one look-behind each.
_PROSE_GROUP_ENDS = ("小组", "委员会", "指挥部", "专班", "联席会议")
_AFTER_GROUP_END = "|".join(f"(?<={end})|(?<={end}设)" for end in _PROSE_GROUP_ENDS)
PROSE_ROLE_RE = compile_re(
    rf"{_ROLE_AHEAD}(?:^|(?<=[，,；;。：:\s])|{_AFTER_GROUP_END}"  # 领导小组组长由…担任 (round 6) / 指挥部设指挥长1名，由… (round 8)
    rf"|{_AFTER_COMMITTEE_NAME}|(?<=^设)|(?<=[，,；;。：:\s]设))"  # 组委会主任由…担任 (round 7) / 设组长一名，由… (round 18)
    rf"(?P<role>{_ROLE_ALTERNATION})(?:一职|{_ROLE_COUNT})?由(?P<body>[^。；;]{{2,300}}?)(?:共同|分别)?(?:兼任|担任|组成)(?=[。；;，,]|$)"
)
# A role stated with 为/是 (rosters round 2): 领导小组组长为张三，副组长为李四、王五 / 组长是区长张三 — the holders
# close the clause. Roles that are also titles (主任, 委员, 秘书长) are left out: 主任为张三 may be a department's.
ROLE_IS_RE = compile_re(
    rf"{_ROLE_AHEAD}(?:^|(?<=[，,；;。：:\s])|(?<=小组)|(?<=指挥部)|(?<=专班))"
    rf"(?P<role>{_ROLE_ALTERNATION})(?:为|是)[：:]?(?P<body>[^，,；;。：:（）()\s为是]{{2,60}}?)(?=[，,；;。]|$)"
)
_ROLE_TUPLE = tuple(ROSTER_ROLES)
# A holder then 为 and the role, closing the clause (rosters round 2): 张三为组长，李四为副组长 / 会议确定张三为联络员.
HOLDER_IS_RE = compile_re(
    rf"(?:^|(?<=[，,；;。：:、\s]))(?P<entry>[^，,；;。：:\s为]{{2,40}}?)为"
    rf"(?:[^，,；;。：:\s为任]{{0,60}}?(?:{alternation([*ROSTER_GROUP_SUFFIXES, *ROSTER_COMMITTEE_NAMES])}))?"
    rf"(?P<role>{_ROLE_ALTERNATION})(?=[，,；;。、]|$)"
)
# A roster role held in prose, the holder before the verb: 县政府办副主任滕合方同志兼任办公室主任 (卢氏 2018);
# after 由, the holder's name alone: …办公室设在湖塘镇交通管理所，由闵成兼任办公室主任 (武进湖塘 2008).
PROSE_HOLDER_RE = compile_re(
    rf"(?:^|(?<=[，,；;。：:\s]))(?P<entry>由[^，,；;。：:\s]{{2,40}}?|[^，,；;。：:\s由]{{4,40}}?)兼任(?P<role>{_ROLE_ALTERNATION})(?=[。；;，,]|$)"
)
# A roster role taken in prose, the holder named before the verb, the group between verb and role:
# 省委副书记、省长尹力任组长 (四川 2017) / 焦俊贤任办公室主任 (湖北) / 国务院总理李克强担任国务院西部地区
# 开发领导小组和…领导小组组长，张高丽副总理担任副组长 (新华社 2013). The role must close the clause; the
# group between verb and role holds no 任, so a 任 inside the holder's post (第一责任人、部长李干杰继续担任…)
# is never taken for the verb.
_GROUP_ALTERNATION = alternation([*ROSTER_GROUP_SUFFIXES, *ROSTER_COMMITTEE_NAMES])  # …担任大运会组委会执行主席
_ADVERB_ALTERNATION = alternation(ROSTER_VERB_ADVERBS)
# The role closes its clause, or a 、 before the next holder, or 的 before the group (rosters round 2:
# 成立由区委书记张三任组长、区长李四任常务副组长的领导小组).
_TAKES_END = rf"(?=[。；;，,、]|的[^，,；;。、]{{0,30}}?(?:{_GROUP_ALTERNATION}|小组)|$)"
PROSE_TAKES_RE = compile_re(
    rf"(?:^|(?<=[，,；;。：:、\s]))(?P<entry>[^，,；;。：:\s]{{2,40}}?)(?:同志)?(?:{_ADVERB_ALTERNATION})?(?:兼任|担任|任)"
    rf"(?:[^，,；;。：:\s任]{{0,60}}?(?:{_GROUP_ALTERNATION}))?(?P<role>{_ROLE_ALTERNATION}){_TAKES_END}"
)
# The holder named as the subject of a sentence, his duty told first, the role taken in the next clause (rosters
# round 18): 薛慰祖同志具体负责，任组长；徐勇惠同志协助，任副组长 (锡府办〔2005〕99号). The duty is one short clause
# with no verb of taking or leaving; the name opens its sentence, 同志 after it.
SUBJECT_TAKES_RE = compile_re(
    rf"(?:^|(?<=[。；;\n]))[ \u3000]*(?P<name>[{_CJK}]{{2,4}}?)同志(?P<duty>[^，,；;。：:\s任免辞]{{1,12}})[，,]"
    rf"(?:兼任|担任|任)(?P<role>{_ROLE_ALTERNATION})(?=[。；;，,]|$)"
)
_SUBJECT_DUTY_NEVER = ("不再", "原", "曾", "已", "拟", "将")  # a role left, held before, or planned: no member
_SUBJECT_TAKES_GATES = ("，任", ",任", "，担任", ",担任", "，兼任", ",兼任")  # a clause opening on its verb


# Pre-filter of PROSE_TAKES_RE: its verb (任), then no clause break nor other 任 up to a role that
# closes the clause. Searched from each 任 only, and never past the next 任: linear.
_TAKES_TRIGGER_RE = compile_re(rf"任[^，,；;。：:\s任]*?(?:{_ROLE_ALTERNATION}){_TAKES_END}")
# The first role of a roster run together in one paragraph after a lead: …通知如下：组长：张三（区长）；…
# / 成立领导小组，组长：张三，副组长：… / 领导小组组长：张三… — after a separator or the group's name.
LEAD_ROLE_RE = compile_re(
    rf"(?:[，,；;。：:]|{_SPACE}|{_GROUP_ALTERNATION}|小组)(?P<role>{_ROLE_ALTERNATION}){_SPACE}*[：:]"
)
# An office role noted in a bracket after a roster entry's post: 郝康理 省统计局局长（兼领导小组办公室主任）
# (四川 2010). Only office roles, and only of the group itself (never 兼市规划委员会主任, a post).
OFFICE_NOTE_RE = compile_re(
    rf"[（(]兼(?:任)?(?:{_GROUP_ALTERNATION})?(?P<role>办公室常务副主任|办公室副主任|办公室主任|副秘书长|秘书长|联络员)[）)]"
)
# A sub-heading inside a roster: （一）部门委员 / 1.地方委员 / 二、成员单位负责人
ROSTER_SUBHEADING_RE = compile_re(
    rf"(?:[（(][{CN_ORDINALS}\d]{{1,3}}[）)]|[{CN_ORDINALS}]{{1,3}}、|\d{{1,2}}[.．、])?{_SPACE}*"
    # 部门委员 / 县直单位 / 第一组; rosters round 14: the kinds of unit a roster lists its members under (县直部门, 乡镇)
    rf"(?:[{_CJK}]{{2,12}}(?:委员|成员|单位|组)|[{_CJK}]{{0,10}}(?:{alternation(ROSTER_SUBHEADING_ENDINGS)})){_SPACE}*[：:]?"
)
# A role and its colon anywhere in a paragraph, even glued to the text before it, as pages that
# lost their line breaks print rosters: …二、组成人员组长:张高丽国务院副总理副组长:姜大明… (国办 2013).
GLUED_ROLE_RE = compile_re(rf"(?P<role>{_ROLE_ALTERNATION}){_SPACE}*[：:]{_SPACE}*")
# Where a glued roster may end: the next numbered part (三、工作机构), a sentence end, the text's end,
# or prose that opens on the group's name and what it does (…江文远县生产力促进中心干部工作专班负责
# 指导…, 蒙山 2022: rosters round 5).
GLUED_STOP_RE = compile_re(
    rf"$|[。；;]|[{CN_ORDINALS}]{{1,3}}、|[（(][{CN_ORDINALS}\d]{{1,3}}[）)]|\d{{1,2}}[.．、]"
    rf"|(?:工作)?(?:{_GROUP_ALTERNATION})(?:主要)?(?:负责|职责|下设|办公室设在)"
)
# A remark bracket inside a glued roster (…管委会主任(兼)梁瑞金…): dropped before the entries are read.
_GLUED_REMARK_RE = compile_re(rf"[（(](?:{alternation(ROSTER_POST_REMARKS)})[）)]")
# A post inside a glued roster: printed characters up to a title, no clause punctuation.
_GLUED_POST_MAX = 40
_EMPHASIS_DOT_RE = compile_re(rf"(?<=[{_CJK}])[.．](?=[{_CJK}、])")
_GLUED_TEXT_MAX = 4000
_STAFF_POSTS = tuple(ROSTER_STAFF_POSTS)
_GLUED_LAST_CHARS = _TITLE_LAST_CHARS | frozenset(post[-1] for post in _STAFF_POSTS)
# 成员：张三（某局局长）、李四（某委主任）
# 成员：张三（某局局长）、李四同志〔某委主任〕、王五【区长】: every bracket kind, 同志 before it
PAREN_ENTRY_RE = LazyPattern(
    rf"(?P<name>[{_CJK}](?:[ \u3000]?[{_CJK}]){{1,3}}?"
    rf"|[{_CJK}]{{1,8}}(?:[{NAME_DOTS}][{_CJK}]{{1,8}}){{1,3}})"  # 阿不都·热依木（副县长） (round 18)
    rf"(?:同志)?[（(〔【［\[](?P<post>[^（）()〔〕【】［］\[\]]{{1,60}})[）)〕】］\]]"
)
# 王成国，区长 / 王　强,副区长: a name and a post separated by one comma
NAME_COMMA_POST_RE = LazyPattern(
    rf"(?P<name>[{_CJK}{NAME_DOTS}\s\u3000]{{2,20}}?){_SPACE}*[，,]{_SPACE}*(?P<post>[^，,。；;]{{2,60}})"
)
# A remark on the order of the names, at the start of a role's entries: 成员：（以姓氏笔画为序）李四 …
_ORDER_REMARK_RE = compile_re(
    rf"^[（(][^（）()\n]{{0,12}}(?:{alternation(ROSTER_ORDER_REMARKS)})[^（）()\n]{{0,6}}[）)]{_SPACE}*"
)
# The same remark closing the names (rosters round 7): 成员：张三、李四、王五（以姓氏笔画为序） — no post they share.
# Spaces before it are entered at the first of them only (linear, as RUN_ON_ROLE_RE).
_ORDER_REMARK_TAIL_RE = compile_re(
    rf"(?<!{_SPACE}){_SPACE}*[（(][^（）()\n]{{0,12}}(?:{alternation(ROSTER_ORDER_REMARKS)})[^（）()\n]{{0,6}}[）)][。；;]?{_SPACE}*$"
)
# A remark on the person after the name (rosters round 2): 张三（女） / 李四（回族，区长） — gender or nation, no post.
_PERSON_REMARK_RE = compile_re(rf"(?<=[{_CJK}])[（(](?:女|男|[{_CJK}]{{1,4}}族)(?:[）)]|(?P<more>[，,、]){_SPACE}*)")
# A list cut short: 张三、李四等10人 / 李四等同志 (rosters round 2) — the names before 等, never 等… as a post.
_ETC_TAIL_RE = compile_re(rf"等[\d{CN_ORDINALS}两几多数余]*[人名位个]?(?:同志)?[。；;]?$")
# A remark where a roster prints a post (rosters round 3): the whole post (兼 / 正处级) or its last
# piece after a separator (区发改委主任，兼); 试用期 of any length; dangling separators of a wrap.
_ROSTER_POST_REMARK_RE = compile_re(
    rf"(?:^|[，,、；;\s]+)(?:{alternation(ROSTER_POST_REMARKS)}|试用期[{_CJK}\d]{{1,6}})[）)]?$"
)
# A post wrapped onto the next line after its separator: 张三　　市委常委、⏎　　　　常务副市长
_WRAPPED_POST_RE = compile_re(r"(?<=[、，,])\n[ \u3000\t]+")
# Holders joined in one 由…担任 clause: …李四同志和副区长王五同志 / 李四和王五 (rosters round 3).
_HOLDER_JOIN_RE = compile_re(r"(?<=同志)[和及与、]|[和及与]")
_ROSTER_LINE_MAX = 120  # a roster continuation line is short; prose is not a roster


# --------------------------------------------------------------------------------------------
# Rosters
# --------------------------------------------------------------------------------------------


def _entry_name(text: str) -> bool:
    """A name standing whole in a roster entry (a token, a cell, a bracket's holder): is_person_name's, or a
    Tibetan, Yi or Mongolian name without a Han surname, one or two parts (扎西次仁, 达娃, 吉克曲布, 巴音毕力格:
    SYLLABIC_NAME_PARTS, rosters round 14) —
    never inside run-together text, where 扎西镇镇长 would give 扎西."""
    if is_person_name(text, roster=True):
        return True
    if not 2 <= len(text) <= 8 or text in NOT_NAMES or text[:2] not in _SYLLABIC_HEADS:
        return False
    return text in SYLLABIC_NAME_PARTS or any(
        text[:k] in SYLLABIC_NAME_PARTS and text[k:] in SYLLABIC_NAME_PARTS for k in range(2, min(len(text) - 1, 5))
    )


_SYLLABIC_HEADS = frozenset(part[:2] for part in SYLLABIC_NAME_PARTS)


def _names_in(token: str) -> list[str] | None:
    """张三 / 张三、李四 / 张三同志 → names; None when the token is not (only) names."""
    names = [t.removesuffix("同志") for t in token.split("、")]
    return names if all(_entry_name(n) for n in names) else None


def _name_list(line: str) -> list[str]:
    """张三，李四，王五 / 王 强、李 明。 → the names, when every piece between separators is one name."""
    parts = [p for p in _NAME_LIST_SPLIT_RE.split(line.strip(" \u3000。；;")) if p.strip(" \u3000")]
    if len(parts) < 2:
        return []
    names: list[str] = []
    for part in parts:
        tokens = _tokens(part)
        if len(tokens) != 1 or not _entry_name(tokens[0].removesuffix("同志")):
            return []
        names.append(tokens[0].removesuffix("同志"))
    return names


def _split_mixed(token: str) -> list[str]:
    """副区长、王五 → [副区长, 王五]: a post and the next entry's name joined by 、 (李四 副区长、王五 副区长);
    a token of posts only (区委常委、副区长) or of names only (张三、李四) stays whole."""
    if "、" not in token:
        return [token]
    parts = [p for p in token.split("、") if p]
    is_name = [is_person_name(p.removesuffix("同志"), roster=True) for p in parts]
    return parts if any(is_name) and not all(is_name) else [token]


_ENTRY_SURNAMES = frozenset(ROSTER_ENTRY_SURNAMES) | frozenset(BOUNDED_SURNAMES)


def _entry_bounded_name(token: str) -> bool:
    """党双忍, 商黎光: three characters whose surname starts words elsewhere (ROSTER_ENTRY_SURNAMES) and
    whose given name reads as one — never a word of a body (党委, 党工委, 国资委) nor a title (党组书记)."""
    return (
        len(token) == 3  # two characters after such a surname are as often a word (相关, 计划, 原任, 平谷)
        and token[0] in _ENTRY_SURNAMES
        and token[-1] not in ROSTER_ENTRY_NEVER_LAST
        and is_person_name("王" + token[1:], roster=True)
        and not token.endswith(ORG_SUFFIX_TUPLE)
        and _title_at_end(token) is None
    )


def _post_and_bounded_name(entry: str) -> tuple[str, str] | None:
    """政法委书记呼廷贵 → (呼廷贵, 政法委书记): a post ending in a title, then three characters whose surname starts
    words elsewhere (_entry_bounded_name) — read only where the story's verb closes the name (round 18)."""
    entry = entry.strip(" \u3000").removesuffix("同志")
    post, name = entry[:-3], entry[-3:]
    if len(post) >= 2 and _entry_bounded_name(name) and _title_at_end(post):
        return name, post
    return None


def _roster_line(line: str) -> list[tuple[str, str | None]]:
    """'王成国 区委书记' / '张三　　某委副主任　李四　　某部副部长' / '区委书记 王成国' → (person, post)."""
    comma = NAME_COMMA_POST_RE.fullmatch(line.strip())
    if (
        comma
        and is_person_name(_TOKEN_SPLIT_RE.sub("", comma.group("name")), roster=True)
        and _title_at_end(comma.group("post").strip())
    ):
        return [(_TOKEN_SPLIT_RE.sub("", comma.group("name")), comma.group("post").strip())]  # 王成国，区长
    if len(line) > _ROSTER_LINE_MAX:
        return []
    if "等" in line and (etc := _ETC_TAIL_RE.search(line)):  # 张三、李四等10人: the names given, no post
        head = line[: etc.start()].strip(" \u3000")
        given = _name_list(head) or ([head] if is_person_name(head, roster=True) else [])
        return [(name, None) for name in given]
    listed = _name_list(line)
    if listed:
        return [(name, None) for name in listed]
    if any(ch in line for ch in "。；;，,"):
        return []
    spaced: set[str] = set()
    tokens = [piece for token in _tokens(line, spaced) for piece in _split_mixed(token)]
    if not tokens:
        return []

    def names_in(k: int) -> list[str] | None:
        token = tokens[k]
        if token in spaced:
            return [token]
        if (
            k + 1 < len(tokens)
            and _name_with_bounded_last(token)
            and _names_in(tokens[k + 1]) is None
            and _title_at_end(tokens[k + 1])
        ):
            return [token]  # 张宗科 省工业和信息化厅厅长: a space and a post bound the name (session 11, lead)
        if (
            k == 0
            and len(tokens) == 2
            and _entry_bounded_name(token)
            and _names_in(tokens[1]) is None
            and _title_at_end(tokens[1])
        ):
            return [
                token
            ]  # 党双忍　省林业局局长: a surname that starts words, bounded by the gap and the post (round 17)
        return _names_in(token)

    post_first = names_in(0) is None
    if post_first and (len(tokens) < 2 or names_in(1) is None):
        return []
    entries: list[tuple[str, str | None]] = []
    names: list[str] = []
    posts: list[str] = []
    for k, token in enumerate(tokens):
        found = names_in(k)
        if found is None:
            posts.append(token)
        elif post_first:  # 区委书记 王成国: the posts read so far belong to these names
            entries.extend((n, "".join(posts) or None) for n in found)
            posts = []
        else:  # 王成国 区委书记: a name closes the previous entry
            entries.extend((n, "".join(posts) or None) for n in names)
            names, posts = found, []
    entries.extend((n, "".join(posts) or None) for n in names)
    return entries


def _roster_post(post: str | None) -> str | None:
    """The post of a member without remarks that are no post: 兼 / 正处级 / 区发改委主任，兼 /
    试用期一年 and a separator left dangling by a wrap (市委常委、) — None when nothing is left."""
    if not post:
        return post
    post = _ROSTER_POST_REMARK_RE.sub("", post.strip()).strip(" \u3000、，,；;")
    return post or None


# Names joined by 、, then one post in brackets that they share: 李四、王五（副区长） / 李四同志、王五同志（副区长）
_SHARED_POST_RE = compile_re(
    rf"(?P<names>[{_CJK}{NAME_DOTS}]{{2,8}}(?:、[{_CJK}{NAME_DOTS}]{{2,8}})+)[（(](?P<post>[^（）()\n]{{1,60}})[）)]"
)


# A roster line printed letter-spaced, as a PDF's text layer gives it (张 建 国 　 县 长): every character apart,
# the entry's parts apart by a wider gap (rosters round 14). Read as 张建国　县长; never 张建 + 国…
_LETTER_SPACED_RE = compile_re(rf"[ \u3000\t]*(?:[{_CJK}（）()、][ \u3000\t]+){{3,}}[{_CJK}（）()、][ \u3000\t]*")
_WIDE_GAP_RE = compile_re(r"\u3000[ \u3000\t]*|[ \t]*\u3000[ \u3000\t]*|[ \t]{2,}")


def _unspaced_letters(rest: str) -> tuple[str, set[int]]:
    """Each letter-spaced line of ``rest`` closed up, its wider gaps kept as one ideographic space
    (张 建 国 　 县 长 → 张建国　县长), other lines as they are; and the lines closed up with no gap left
    (张 建 国 县 长 → 张建国县长: a normalizer made every gap one space), to be read as run together."""
    lines = rest.split("\n")
    glued: set[int] = set()
    for k, line in enumerate(lines):
        if not _LETTER_SPACED_RE.fullmatch(line):
            continue
        parts = ["".join(part.split()) for part in _WIDE_GAP_RE.split(line.strip(" \u3000\t"))]
        if len(parts) > 1 and all(len(part) > 1 for part in parts):
            lines[k] = "\u3000".join(parts)  # 张 建 国 　 县 长 (李　四　王　五 stays: names spaced, round 4)
        elif len(parts) == 1 and _title_at_end(parts[0]) is not None:
            lines[k] = parts[0]  # 张 建 国 县 长: read run together, as it ends with a title
            glued.add(k)
    return "\n".join(lines), glued


def _roster_entries(rest: str) -> list[tuple[int, str, str | None]]:
    """The people after a role: (line offset, person, post). Numbering before an entry (1. 张三, （2）李四)
    is dropped, never read as a post. A letter-spaced line is closed up first (张 建 国 　 县 长, round 14)."""
    glued: set[int] = set()
    if " " in rest and _LETTER_SPACED_RE.search(rest):
        rest, glued = _unspaced_letters(rest)
    if "\n" in rest and _WRAPPED_POST_RE.search(rest):  # a post or a name list wrapped after 、
        rest = _WRAPPED_POST_RE.sub("", rest)
    if _ROSTER_NUMBER_RE.match(rest):
        rest = "\n".join(_ROSTER_NUMBER_RE.sub("", line, count=1) for line in rest.split("\n"))
    if "族" in rest or "女" in rest or "男" in rest:  # 张三（女） / 张三（女，区长）: a remark on the person, no post
        rest = _PERSON_REMARK_RE.sub(lambda m: "（" if m.group("more") else " ", rest)
    if ("及" in rest or "和" in rest) and "\n" not in rest and (last := _COLLECTIVE_TAIL_RE.search(rest)):
        # 赵丽华、钱晓东及各乡镇主要负责人: the units' heads no person; 赵丽华和钱晓东: the last entry joined (round 18)
        tail = last["tail"].removesuffix("同志")
        if _is_collective(tail) or tail.startswith("各"):
            rest = rest[: last.start()]
        elif _joined_entry(tail) and _joined_entry(rest[: last.start()].rpartition("、")[2]):
            rest = f"{rest[: last.start()]}、{last['tail']}"
    if "、" in rest and (shared := _SHARED_POST_RE.fullmatch(rest.strip(" \u3000"))):
        # 李四、王五（副区长）: the names share the post in brackets (robustness round 8; 王五（副区长） was 李四's post)
        names = [name.removesuffix("同志") for name in shared.group("names").split("、")]
        if all(_entry_name(name) for name in names):
            return [(0, name, shared.group("post").strip()) for name in names]
    if PAREN_ENTRY_RE.match(rest):  # 张三（某局局长）、李四（某委主任）; not 卫英慧 省政府副秘书长(正厅长级)
        matches = list(PAREN_ENTRY_RE.finditer(rest))
        named = ((_TOKEN_SPLIT_RE.sub("", m.group("name")), m.group("post").strip()) for m in matches)
        paren = [(0, name, post) for name, post in named if _entry_name(name)]  # 张　三（区长）
        spaced = any(ch in m.group("name") for m in matches for ch in " \u3000")
        if paren and len(paren) == len(matches) and (rest_names := _names_between(rest, matches)):
            # 胡继军（常务）、 邱  铭: names without a bracket among the bracketed ones (rosters round 7)
            placed = [(m.start(), entry) for m, entry in zip(matches, paren, strict=True)] + rest_names
            paren = [entry for _at, entry in sorted(placed, key=lambda pair: pair[0])]
        if paren or not spaced:
            return paren
        # 张三 区长（正处级）: the 'name' took a short post after its space (rosters round 3): read as a line
    entries: list[tuple[int, str, str | None]] = []
    for i, line in enumerate(rest.split("\n")):
        read = _roster_line(line) or _roster_pieces(line) or _glued_holder(line)
        if not read and i in glued:  # 张建国县长, closed up from 张 建 国 县 长
            read = [(name, post) for name, post in _glued_entries(line, _DEFAULT_STARTS, final=False)]
        cut = not read and entries and entries[-1][0] == i - 1 and _title_at_end(entries[-1][2] or "") is None
        if cut and (joined := _cut_post_joined(entries[-1][2], line)) is not None:
            entries[-1] = (entries[-1][0], entries[-1][1], joined)  # 王五　区发展和改革委员会⏎　　党组书记、主任
            continue
        if cut and (wrapped_on := _cut_post_then_entries(entries[-1][2], line)) is not None:
            entries[-1] = (entries[-1][0], entries[-1][1], wrapped_on[0])  # 常务副⏎区长；王五　副区长
            entries.extend((i, person, post) for _offset, person, post in wrapped_on[1])
            continue
        entries.extend((i, person, post) for person, post in read)
    return entries


_ENTRY_GAP_PIECE_RE = compile_re(r"[^、，,；;\n]+")  # one piece between separators


def _joined_entry(piece: str) -> bool:
    """A roster entry on either side of a last 和/及 (rosters round 18): a name (钱晓东), a post and a name
    (县财政局局长钱晓东) or a name and its bracketed post (钱晓东（县财政局局长）)."""
    piece = piece.strip(" \u3000").removesuffix("同志")
    return (
        _entry_name(piece)
        or _post_and_name(piece) is not None
        or ((m := PAREN_ENTRY_RE.fullmatch(piece)) is not None and _entry_name(_TOKEN_SPLIT_RE.sub("", m["name"])))
    )


# the last piece of a value joined by 及/和 to member units named by post only: …钱晓东及各乡镇主要负责人
_COLLECTIVE_TAIL_RE = compile_re(r"(?:以及|及|和)(?P<tail>[^、，,；;\n及和]{2,30})[。；;]?$")


def _names_between(rest: str, matches: list[re.Match[str]]) -> list[tuple[int, tuple[int, str, str | None]]]:
    """(where, entry) of the pieces of ``rest`` outside the bracketed entries ``matches``, when every one
    is a name alone (张三（常务）、 李　四 → 李四); [] when any piece is something else (a post, a sentence)."""
    found: list[tuple[int, tuple[int, str, str | None]]] = []
    at = 0
    for m in [*matches, None]:
        end = m.start() if m else len(rest)
        for piece in _ENTRY_GAP_PIECE_RE.finditer(rest, at, end):  # where each piece stands, not where its text
            if piece.group().strip(" \u3000"):  # is first found (张三丰、李四、张三: 张三 is the third)
                name = _TOKEN_SPLIT_RE.sub("", piece.group()).removesuffix("同志")
                if not is_person_name(name, roster=True):
                    return []
                found.append((piece.start(), (0, name, None)))
        at = m.end() if m else len(rest)
    return found


def _glued_holder(line: str) -> list[tuple[str, str | None]]:
    """One post and its holder run together, alone after a role (round 7): 组长：市长张三 → (张三, 市长).
    Nothing when the line holds a space, punctuation or a verb: 由市长担任, 市长张三兼任 are not entries."""
    core = line.strip(" \u3000").rstrip("；;。")  # 区委副书记、区长张三: posts joined by 、 (rosters round 2)
    if not 4 <= len(core) <= 30 or not _ALL_CJK_RE.fullmatch(core.replace("、", "")) or TRIGGER_RE.search(core):
        return []
    held = _post_and_name(core)
    if held is None:
        return []
    name, post = held
    if len(post) <= _GLUED_PIECE_MAX // 2 or (run := _posts_then_names(post)) is None:
        return [held]
    holders, last_post = run
    return [*holders, (name, last_post)] if holders else []


def _posts_then_names(post: str) -> tuple[list[tuple[str, str | None]], str] | None:
    """A long 'post' that holds more holders, posts and names run together (robustness round 8):
    区发改委主任赵六区财政局局长钱七区教委主任 (before 孙八) → ([(赵六, 区发改委主任), (钱七,
    区财政局局长)], 区教委主任): the first post, then name-post pairs; the last post is the last
    name's. None when no holder is inside; ([], "") when one seems to be but the run does not read
    whole (left out: a wrong pairing is worse than none)."""
    inside = False
    for k in range(2, len(post) - 3):
        if post[k] in _PLACE_LEVEL_CHARS or _title_at_end(post[:k]) is None:
            continue  # (区委常委、区委办公室主任: a place after a title begins the next post, no name)
        if not (is_person_name(post[k : k + 2]) or is_person_name(post[k : k + 3])):
            continue
        inside = True
        pairs = _glued_entries(post[k:], _DEFAULT_STARTS, final=False)
        if pairs and "".join(n + p for n, p in pairs) == post[k:]:
            posts = [post[:k], *(p for _n, p in pairs)]
            return [(n, posts[j]) for j, (n, _p) in enumerate(pairs)], posts[-1]
    return ([], "") if inside else None


def _roster_pieces(line: str) -> list[tuple[str, str | None]]:
    """Entries of one line separated by ；/、 (round 6): 王五，市财政局局长；赵六，市审计局局长 /
    市财政局局长王五、市审计局局长赵六 — each piece a name and a post, else nothing for the line."""
    if not any(ch in line for ch in "；;、，,") or len(line) > _GLUED_TEXT_MAX:
        return []
    if "等" in line and (etc := _ETC_TAIL_RE.search(line)):
        line = line[
            : etc.start()
        ]  # 县发改局局长赵六、县财政局局长钱七等15人: the holders given, the count dropped (round 18)
    if any(ch in line for ch in "；;"):
        separators = "；;"
    else:  # 市财政局局长王五、… / 区委办主任张三，区政府办主任李四 (round 2)
        separators = "、" if "、" in line and not any(ch in line for ch in "，,") else "，,"
    pieces = [
        p.strip(" \u3000。") for p in split_top(line.strip(" \u3000。"), separators, openers=_OPEN, closers=_CLOSE)
    ]
    entries: list[tuple[str, str | None]] = []
    collective = False  # a piece naming member units by post only was left out (round 6)
    for piece in filter(None, pieces):
        if _is_collective(piece):
            collective = True  # …，罗浮镇、黄槐镇政府主要负责同志: units, no person (rosters round 6)
            continue
        read = _roster_line(piece)
        if not read:
            held = _post_and_name(piece) or _unit_and_name(piece) or _post_and_dotted_name(piece)
            read = [held] if held else []
        if not read and len(piece) <= _GLUED_PIECE_MAX:  # 王五区政府副区长: the space lost at a wrap (round 8)
            read = list(_glued_entries(piece, _DEFAULT_STARTS, final=False)[:2])
        if len(read) != 1:
            return []
        entries.extend(read)
    return entries if len(entries) > 1 or (entries and collective) else []


_COLLECTIVE_ENDINGS = tuple(ROSTER_COLLECTIVE_ENDINGS)


def _is_collective(piece: str) -> bool:
    """Member units named by post only (市财政局、市水务局主要负责同志 / 各镇镇长): no person in the piece."""
    piece = piece.strip(" \u3000。；;")
    if piece.endswith(_COLLECTIVE_ENDINGS):
        return True
    return piece.startswith("各") and _title_at_end(piece) is not None


_ROLE_FIRST_CHARS = frozenset(role[0] for role in ROSTER_ROLES)
# The 序号 cell of a roster table's row: 1 / 12 / １ / 3. — only digits, never a name or a post.
_ROSTER_SERIAL_CELL_RE = compile_re(r"[\d０-９]{1,3}[.．、]?")
# A cell of a roster table that describes the member (性别, 民族, 出生年月, 政治面貌, 学历, 电话): no post
# (rosters round 6, s11).
_ATTRIBUTE_CELL_RE = compile_re("|".join([*map(re.escape, ROSTER_ATTRIBUTE_CELLS), *ROSTER_ATTRIBUTE_PATTERNS]))


# A member's name and its honorific (李文俊先生, 罗致光博士), the name starting a piece of the line;
# post-nominal letters after it (，BBS，MH，JP). Both dropped: the name is the member.
_HONORIFIC_RE = compile_re(
    rf"(?:^|(?<=[\s：:、，,；;（(])|(?<=[长任记员席理官]))(?P<name>[{_CJK}{NAME_DOTS}]{{2,5}}?)"
    rf"(?:{alternation(ROSTER_HONORIFICS)})(?=$|[\s、，,；;。（(）)])"
)  # (after a title too: 劳工及福利局局长罗致光博士 — never inside a unit: 浙江大学教授)
_POST_NOMINALS_RE = compile_re(rf"(?:[，,]\s*(?:{alternation(ROSTER_POST_NOMINALS)}))+(?![A-Za-z])")


_ENTRY_END = frozenset(" \t\u3000、；;。）)，,\n") | {""}


def _without_honorifics(text: str) -> str:
    """李文俊先生，BBS，MH，JP → 李文俊; 陈晓峰教授 → 陈晓峰 — only where what precedes the
    honorific is a person's name (浙江大学教授 keeps its 教授: that is a post)."""
    # the letters dropped, a separator kept where the next entry runs on: …，JP副主席：…
    text = _POST_NOMINALS_RE.sub(lambda m: "，" if m.string[m.end() : m.end() + 1] not in _ENTRY_END else "", text)
    return _HONORIFIC_RE.sub(
        lambda m: m.group("name") if is_person_name(m.group("name"), roster=True) else m.group(), text
    )


# A bullet before a roster line (●组长：张三 / ·成员：…) and a dash for the colon (组长——张三（县长）): rosters round 14.
_BULLETS = "●•·▪■◆◇○◎★☆▲△►▶※"
_LINE_BULLET_RE = compile_re(rf"^[ \u3000]*[{_BULLETS}][ \u3000]*")
_ROLE_DASH_RE = compile_re(
    rf"^(?P<head>{_SPACE}*(?:{_ROLE_NUMBERING}{_SPACE}*)?(?:{_ROLE_ALTERNATION})){_SPACE}*(?:——|—|－－|--){_SPACE}*(?=\S)"
)


_ENTRY_DASH_RE = compile_re(rf"(?<=[{_CJK}])[ \u3000]*(?:——|—|－－|--)[ \u3000]*(?=[{_CJK}])")
_SENTENCE_MARKS = frozenset("。，,；;！!？?")


def _roster_line_marks(text: str) -> str:
    """A roster line without its bullet, with a colon for the dash after its role and a space for a dash between
    a name and its post (●组长——张三—县长 → 组长：张三　县长: rosters round 14); prose keeps its dashes."""
    head = text.lstrip(" \u3000")[:1]
    if head and head in _BULLETS:
        text = _LINE_BULLET_RE.sub("", text, count=1)
    if "—" in text or "--" in text or "－" in text:
        text = _ROLE_DASH_RE.sub(lambda m: f"{m.group('head')}：", text, count=1)
        if len(text) <= _ROSTER_LINE_MAX and not any(ch in _SENTENCE_MARKS for ch in text):
            text = _ENTRY_DASH_RE.sub("\u3000", text)
    return text


def _roster_text(block: Block) -> str:
    """Table rows read as roster lines, the role in any column: 组长 | 王成国 | 区委书记 and
    王成国 | 组长 | 区委书记 (姓名 | 职务 | 单位) → 组长：王成国 区委书记; honorifics after a name
    dropped (李文俊先生，BBS，JP → 李文俊); a line's bullet dropped and a dash after its role read as the
    colon (●组长——张三: rosters round 14)."""
    text = _roster_line_marks(_roster_cells_text(block))
    if _HONORIFIC_GATE_RE.search(text) is None:
        return text
    return _without_honorifics(text)


def _roster_cells_text(block: Block) -> str:
    if block.kind == "table_row":
        cells = [c.strip() for c in (block.cells or []) if c and c.strip()]
    elif "|" in (block.text or ""):
        cells = [c for c in _row_cells(block) if c]  # 组长 | 张三 | 市长, no outer pipes (round 7)
    else:
        return block.text or ""
    if not cells:
        return block.text or ""
    if len(cells) > 2 and _ROSTER_SERIAL_CELL_RE.fullmatch(cells[0]):
        cells = cells[1:]  # 1 | 组长 | 张三 | 区长: the row's serial (序号) is no post (rosters round 4)
    if len(cells) > 2:  # 组长 | 张三 | 男 | 区长: the member's 性别, 民族, 出生年月 … are no post (round 6)
        cells = [c for c in cells if _ATTRIBUTE_CELL_RE.fullmatch(c) is None] or cells
    if len(cells) > 1:
        for k, cell in enumerate(cells):
            if cell[0] not in _ROLE_FIRST_CHARS:
                continue  # (a cell is stripped: its first character begins the role, if it is one)
            role = _TOKEN_SPLIT_RE.sub("", cell).rstrip("：:")
            if role in ROSTER_ROLES:
                return f"{role}：{' '.join(cells[:k] + cells[k + 1 :])}"
    return " ".join(cells)


def _roster_segments(text: str) -> list[tuple[str, str]]:
    """A roster run together in one paragraph, split at each role after a separator:
    组长：A（区长），副组长：B（副区长）、C（副区长），成员：… → [(组长, A（区长）), (副组长, …), …].
    A text that is not a role line gives []."""
    m = ROSTER_RE.match(text)
    if not m:
        return []
    if "\n" in text or not RUN_ON_ROLE_RE.search(text, m.start("rest")):
        return [(m.group("role"), m.group("rest"))]
    segments: list[tuple[str, str]] = []
    role, start = m.group("role"), m.start("rest")
    for k in RUN_ON_ROLE_RE.finditer(text, m.start("rest")):
        segments.append((role, text[start : k.start()]))
        role, start = k.group("role"), k.end()
    segments.append((role, text[start:]))
    return segments


def _post_like(post: str | None) -> bool:
    """A post of a roster entry read without a colon: none, or ending with a title or 负责人."""
    return post is None or _title_at_end(post) is not None or post.endswith(_BARE_POST_ENDINGS)


_BARE_POST_ENDINGS = tuple(ROSTER_BARE_POST_ENDINGS)


_SPACED_NAMES_MIN = 3  # names apart by single spaces after a role and no colon: 主任 张三 简历 is a name and a word


def _spaced_role_segments(text: str) -> list[tuple[str, str]]:
    """A role line with spaces instead of a colon (组长　张三　区委副书记、区长 → [(组长, 张三　…)]), only
    when the rest reads as entries whose posts end with a title, one name alone, or names joined by 、/，;
    [] for anything else (组长 负责全面工作; 主任 张三 简历, where 简历 would read as a second name)."""
    if "\n" in text or len(text) > _ROSTER_LINE_MAX or (m := ROSTER_SPACED_RE.match(text)) is None:
        return []
    rest = m.group("rest").strip(" \u3000")
    names = rest.split()
    if (
        len(names) >= _SPACED_NAMES_MIN
        and _TOKEN_SPLIT_RE.sub("", m.group("role")) not in TITLE_SET
        and all(len(n) >= 2 and is_person_name(n) for n in names)
    ):
        return [(m.group("role"), "、".join(names))]  # 成员 赵六 钱七 孙八: names apart by spaces (round 18)
    entries = _roster_entries(rest)
    if not entries or not all(_post_like(post) for _offset, _person, post in entries):
        return []
    if len(entries) > 1 and any(post is None for _o, _p, post in entries) and not _name_list(rest):
        return []
    return [(m.group("role"), m.group("rest"))]


# A roster run together in one paragraph with spaces instead of colons, its roles apart by ；(rosters round 14):
# …组成人员如下：组长 张三 县长；副组长 李四 副县长；成员 王五 县财政局局长、赵六 县教育局局长。
_SPACED_RUN_LEAD_RE = compile_re(rf"[：:]{_SPACE}*(?={_ROLE_AHEAD}(?:{_ROLE_ALTERNATION})[ \t\u3000])")
_SPACED_RUN_SPLIT_RE = compile_re(r"[；;]")
_SPACED_RUN_MAX = 1200
# A lead that proposes the composition (拟调整组成人员如下： / 建议…如下：): its people are not members yet (review s14-rev6)
_PROPOSED_LEAD_RE = compile_re(rf"(?:{alternation(PROPOSAL_LEADS)})[^。！？!?；;]*$")


def _spaced_run_segments(text: str) -> list[tuple[str, str]]:
    """[(role, entries)] of a paragraph whose roles stand before their people with a space, no colon, and are
    apart by ；: at its start or after a lead's colon. Every piece must read as a spaced role line
    (_spaced_role_segments) and there are two at least; [] for anything else."""
    if "\n" in text or len(text) > _SPACED_RUN_MAX or ("；" not in text and ";" not in text):
        return []
    if ROSTER_SPACED_RE.match(text):
        start = 0
    elif (lead := _SPACED_RUN_LEAD_RE.search(text)) is not None:
        if _PROPOSED_LEAD_RE.search(text, 0, lead.start()) is not None:
            return []  # 拟调整组成人员如下：组长 张三 县长；…: proposed, not decided
        start = lead.end()
    else:
        return []
    pieces = [p.strip(" \u3000。") for p in _SPACED_RUN_SPLIT_RE.split(text[start:])]
    segments = [_spaced_role_segments(p) for p in pieces if p]
    if len(segments) < 2 or not all(segments):
        return []
    return [segment for found in segments for segment in found]


def _lost_role(text: str, document: str) -> tuple[str | None, str] | None:
    """A role line whose label lost its first character (长：许黎明 …, 员：…): (the role, the rest). The
    role is the one two-character role ending so (长 → 组长); where several do (员: 成员, 委员, 组员), the
    one the document names elsewhere, else None (left out). None when the text is no such line."""
    m = LOST_ROLE_RE.match(text)
    if m is None:
        return None
    candidates = _LOST_ROLE_CANDIDATES[m.group("tail")]
    if len(candidates) > 1:
        candidates = tuple(c for c in candidates if c in document)
    return (candidates[0] if len(candidates) == 1 else None), m.group("rest")


def _cut_post_joined(post: str | None, text: str) -> str | None:
    """The post of the entry above, its line wrapped with no separator (rosters round 4): 苟仲文 体育总局局长、
    第4届亚残运会组委会主⏎席 / 王五 区发展和改革委员会⏎党组书记、主任 — the post with the line joined, when
    the post read ends in no title and the joined one does; None for anything else (a name, a unit: 区财政局…)."""
    line = text.strip(" \u3000")
    if (
        not post
        or not 1 <= len(line) <= _CUT_POST_TAIL_MAX
        or (line[0] in _PLACE_LEVEL_CHARS and not post.endswith("副"))  # 常务副⏎区长: 副 ends no post
        or _ALL_CJK_RE.fullmatch(line.replace("、", "")) is None
        or _title_at_end(f"{post}{line}") is None
    ):
        return None
    return f"{post}{line}"


_CUT_POST_TAIL_MAX = 16


def _cut_post_then_entries(post: str | None, text: str) -> tuple[str, list[tuple[int, str, str | None]]] | None:
    """A roster line wrapped inside a post, the next entries after it on the same line (robustness
    round 8): 李四　区委常委、常务副⏎区长；王五　区政府副区长 → (区委常委、常务副区长, [王五 …]); None
    when the piece before the first ；/， does not complete the post or the rest reads as no entry."""
    head, sep, tail = text.strip(" \u3000").partition("；")
    if not sep:
        head, sep, tail = text.strip(" \u3000").partition("，")
    if not sep or (joined := _cut_post_joined(post, head)) is None:
        return None
    entries = _roster_entries(tail.strip(" \u3000；;，,。"))
    return (joined, entries) if entries else None


# A role's number when the role stands alone as a heading (rosters round 14): 一、组长 / （二）副组长 / 3.成员.
_LEADING_ROLE_NUMBER_RE = compile_re(rf"^{_SPACE}*{_ROLE_NUMBERING}{_SPACE}*")
_NUMBERING_FIRST_CHARS = frozenset(f"（({CN_ORDINALS}0123456789")


def _role_alone(text: str, below: Block | None) -> str | None:
    """组长 / 副 组 长 alone on its line, without a colon, the next block an entry (张三　区长) and no role
    line: the role, which opens a roster; None for anything else (a heading 成员 over prose, a role that is
    also a title). A number before the role is dropped (一、组长 / （二）副组长: rosters round 14)."""
    role = _TOKEN_SPLIT_RE.sub("", _LEADING_ROLE_NUMBER_RE.sub("", text.strip(" \u3000"), count=1))
    if role not in ROSTER_ROLES or role in TITLE_SET or below is None:
        return None  # 主任⏎张三 may be a department's leaders page (领导之窗): only a group's own roles
    under = _roster_text(below)
    if ROSTER_RE.match(under) or ROSTER_SPACED_RE.match(under) or not _continuation_entries(under):
        return None
    return role


def _bare_post(block: Block) -> bool:
    """A line under a role that names a post and no person (区经发局负责人: the name lost): the roster
    stays open, and the line gives nothing."""
    line = (block.text or "").strip(" \u3000")
    return (
        block.kind == "paragraph"
        and 3 <= len(line) <= 30
        and _ALL_CJK_RE.fullmatch(line.replace("、", "")) is not None
        and (_title_at_end(line) is not None or line.endswith(_BARE_POST_ENDINGS))
    )


# A two-character name letter-spaced to the width of three (王  强) after a title or a role in a news story, closed
# by the story's verb or a separator (rosters round 8): 县长李  明主持会议 / …副主任王　强，… / …、李  明参加 — its gap
# is dropped.
_SPACED_STORY_NAME_RE = compile_re(
    rf"(?<=[、{''.join(sorted(_TITLE_LAST_CHARS | {role[-1] for role in ROSTER_ROLES}))}])(?P<first>[{_CJK}])"
    rf"[ \u3000]{{1,3}}(?P<second>[{_CJK}])(?=(?:同志)?(?:{alternation(ROSTER_STORY_VERBS)}|[，,、。；;]))"
)


def _unspaced_story_names(text: str) -> str:
    """The text with the gap inside a letter-spaced two-character name of a story dropped (王  强 → 王强): the
    story's members are reported at the block's line, so the text's positions need not be kept."""
    return _SPACED_STORY_NAME_RE.sub(r"\g<first>\g<second>", text)


_OFFICE_IS_POST_NAMES = tuple(ROSTER_COMMITTEE_OFFICE_IS_POST)


def _department_office(text: str, m: re.Match[str]) -> bool:
    """Is the role matched an 办公室 role right after a committee whose office is a department
    (ROSTER_COMMITTEE_OFFICE_IS_POST: 地方志编纂委员会办公室主任 is the 方志办's director)?"""
    return m.group("role").startswith("办") and text.endswith(_OFFICE_IS_POST_NAMES, 0, m.start("role"))


def _titled_roles(text: str, past: Callable[[int], bool]) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of a roster role printed as the first of a holder's posts right after its
    group (市…指挥部副指挥长、副市长王如龙、苏子益): posts, then a post and a name, then names only;
    any other reading gives nothing. ``past``: _past_roles of the text (a role held before gives none)."""
    found: list[tuple[str, str, str | None]] = []
    for m in TITLED_ROLE_RE.finditer(text):
        if past(m.start("role")):
            continue  # 时任…领导小组组长、副市长张三: who held it then, no member (rosters round 8)
        if _department_office(text, m):
            continue  # …地方志编纂委员会办公室主任、…: a department's post (rosters round 14)
        if m.group("sep") != "、" and _STORY_VERB_RE.search(m.group("body"), 3) is None:
            continue  # 区人普领导小组组长，区委常委、副区长张三参加会议: after a comma, only a holder the story's verb closes (round 8)
        roles = [_TOKEN_SPLIT_RE.sub("", r) for r in m.group("role", "role2") if r]
        found.extend(
            (role, name, post) for name, post in _post_then_names(m.group("body"), story=True) for role in roles
        )
    return found


def _titled_last(text: str, past: Callable[[int], bool]) -> list[tuple[str, str]]:
    """(role, person), in text order, of a roster role printed as the LAST of a holder's posts, the name right
    after it: the story's verb after the name (TITLED_LAST_ROLE_RE, rosters round 4: 区委副书记、区长、领导小组
    组长张三主持会议), or a comma in a list of attendees its verb closes later (TITLED_LISTED_ROLE_RE, rosters
    round 7: …指挥部办公室主任甄贵福，…，副县长马迎军出席会议). Two characters alone after a role are a word
    (组长严格要求 / 指挥长方案要求 / 组长陈清，, round 6) unless 同志 follows or the holder's posts stand before.
    ``past``: _past_roles of the text (a role held before gives none)."""
    found: list[tuple[int, str, str]] = []
    for pattern in (TITLED_LAST_ROLE_RE, TITLED_LISTED_ROLE_RE):
        for m in pattern.finditer(text):
            if past(m.start("role")):
                continue  # 时任国务院副总理、国务院食品安全委员会主任张高丽主持…: held then (rosters round 8)
            if _department_office(text, m):
                continue  # 县地方志编纂委员会办公室主任杨亚楠汇报: the 方志办's director (rosters round 14)
            name = m.group("name")
            if (
                len(name) == 2
                and not text.startswith(_NAME_CLOSERS, m.end("name"))
                and not _posts_before(text, m.start())
            ):
                continue
            # the name stands between its role and the verb (or the list's comma): read as a roster entry's name (周之虎, round 6);
            # bounded so, a surname that starts words elsewhere reads too (…领导小组常务副组长呼廷贵讲话, round 18)
            if (is_person_name(name, roster=True) or _entry_bounded_name(name)) and name[-1] not in _NON_NAME_LAST:
                found.append((m.start(), _TOKEN_SPLIT_RE.sub("", m.group("role")), name))
    return [(role, person) for _at, role, person in sorted(found, key=lambda hit: hit[0])]


_CLAUSE_ENDS = "，,；;。：:！!？?\n"


# A roster list's heading or a table header naming the member's duty (rosters round 7): 领导小组成员名单 /
# 一、组成人员 / 姓　名　单位及职务　小组职务.
_ROWS_HEAD_RE = compile_re(r"名[ \u3000]*单|组成人员|成员如下|职[ \u3000]*务")
_ROW_SERIAL_RE = compile_re(r"^[\d０-９]{1,3}[.．、]?[ \u3000]*")


def _role_last_entries(text: str) -> list[tuple[int, str, str, str | None]]:
    """(line offset, role, person, post) of the lines of a roster table whose columns are name, post and the
    member's role, in that order, apart by spaces (rosters round 7): 张三　区委副书记、区长　组长 /
    2　李四　副区长　副组长. A line is read only when the role stands alone after a space and what is before it
    reads as one name and its post; [] unless every line of the block reads so."""
    found: list[tuple[int, str, str, str | None]] = []
    for offset, line in enumerate(text.split("\n")):
        line = line.strip(" \u3000")
        role = next((r for r in _ROLES_BY_LENGTH if line.endswith(r)), None)
        entry = line[: -len(role)] if role else ""
        if not role or not entry.endswith((" ", "\u3000")):
            return []
        read = _roster_line(_ROW_SERIAL_RE.sub("", entry.strip(" \u3000")))
        if len(read) != 1 or not read[0][1]:
            return []
        found.append((offset, role, read[0][0], read[0][1]))
    return found


def _glued_role_holders(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of GLUED_ROLE_HOLDERS_RE (组长张三（区长），副组长李四（副区长）、王五（副区长）): every
    holder a name and its bracket, else the role gives nothing; roles that are also titles (主任, 委员) only beside
    a role that is not (a paragraph of 主任李四（…） alone may be a department's staff)."""
    found: list[tuple[str, str, str | None]] = []
    sure = False
    for m in GLUED_ROLE_HOLDERS_RE.finditer(text):
        held = [PAREN_ENTRY_RE.fullmatch(piece) for piece in split_top(m.group("body"), "、")]
        names = [(_TOKEN_SPLIT_RE.sub("", h.group("name")), h.group("post").strip()) if h else None for h in held]
        if not names or any(n is None or not is_person_name(n[0], roster=True) for n in names):
            continue
        role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
        sure = sure or role not in TITLE_SET
        found.extend((role, name, post) for name, post in filter(None, names))
    return found if sure else []


def _posts_before(text: str, at: int) -> bool:
    """Are the holder's posts printed before the group at ``at``, in its clause (区委副书记、区长、领导小组组长):
    a 、 between the clause's start and ``at``."""
    start = max(text.rfind(ch, 0, at) for ch in _CLAUSE_ENDS) + 1
    return "、" in text[start:at]


_MARRIED_LIST_MIN = 3  # names in a 、-list that make a four-character piece of two surnames a married name


def _holders(body: str) -> list[tuple[str, str | None]]:
    """The holders of a role in prose: 区长张三 / 张三同志 / 李四、王五 / 副区长李四、王五 → (name, post);
    [] unless every one reads."""
    body = body.strip(" \u3000").removesuffix("同志")
    pieces = [p.removesuffix("同志") for p in body.split("、")]
    parsed = [_holder(p) for p in pieces]
    if len(pieces) >= _MARRIED_LIST_MIN and not all(parsed):
        # a married woman's name among the list's names (林贝聿嘉, 叶刘淑仪): the 、 on both sides bound it (round 18)
        parsed = [
            h or ((p, None) if len(p) == 4 and _headed_name(p) else None) for p, h in zip(pieces, parsed, strict=True)
        ]
    if all(parsed):
        return [h for h in parsed if h is not None]
    whole = _holder(body) if "、" in body else None  # 区委副书记、区长张三
    if whole is not None:
        return [whole]
    return list(_post_then_names(body))


def _starts_with_role(text: str) -> bool:
    """Pre-filter of a role line without a colon (ROSTER_SPACED_RE): the text begins with a role word, or
    with a role's first character then a space (组 长 张三 …), after a number (一、组长 / （二）副组长)."""
    head = text[:12].lstrip(" \u3000")
    if head[:1] in _NUMBERING_FIRST_CHARS and (numbered := _LEADING_ROLE_NUMBER_RE.match(text)) is not None:
        head = text[numbered.end() : numbered.end() + 12]
    if head[:1] not in _ROLE_FIRST_CHARS:
        return False  # no role starts with it: the tuple of every role is not walked (most blocks are prose)
    return head.startswith(_ROLE_TUPLE) or head[1:2] in (" ", "\u3000")


def _role_next_to_wei(text: str) -> bool:
    """Pre-filter of ROLE_IS_RE and HOLDER_IS_RE: a role word (no spaces) just before 为/是, or after 为
    directly or after a group's name (为领导小组成员).
    Looks only at each 为/是 (str.find, then C-level endswith/startswith over the roles): linear."""
    for ch in "为是":
        i = text.find(ch)
        while i >= 0:
            if text.endswith(_ROLE_TUPLE, 0, i) or (ch == "为" and text.startswith(_ROLE_TUPLE, i + 1)):
                return True
            if ch == "为":  # 为领导小组成员: a group's name between 为 and the role
                for group in ROSTER_GROUP_SUFFIXES:
                    j = text.find(group, i + 1, i + 64)
                    if j >= 0 and text.startswith(_ROLE_TUPLE, j + len(group)):
                        return True
            i = text.find(ch, i + 1)
    return False


_ROLES_LONGEST = tuple(sorted(ROSTER_ROLES, key=len, reverse=True))
_ROLE_CLAUSE_SPLIT_RE = compile_re(r"[，,；;]")
_ROLE_CLAUSES_MAX = 300  # a longer paragraph is prose, not a roster run in one sentence


def _role_name_clauses(text: str) -> list[tuple[str, str]]:
    """组长张建国，副组长李志明，成员赵丽华、钱晓东。 → (role, name) each (rosters round 18): a paragraph of
    clauses each a role glued to its holders' names and nothing else, two roles at least, none a title
    (主任张三 is a title and a name); [] for any other paragraph."""
    body = text.strip(" \u3000。")
    if len(body) > _ROLE_CLAUSES_MAX:
        return []
    found: list[tuple[str, str]] = []
    roles: set[str] = set()
    for clause in _ROLE_CLAUSE_SPLIT_RE.split(body):
        clause = clause.strip(" \u3000")
        role = next((r for r in _ROLES_LONGEST if clause.startswith(r)), None)
        if role is None or role in TITLE_SET:
            return []
        names = _names_in(clause[len(role) :])
        if not names:
            return []
        roles.add(role)
        found.extend((role, name) for name in names)
    return found if len(roles) >= 2 else []


def _roles_stated(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of 'ROLE为HOLDERS' and 'HOLDERS为ROLE' closing a clause (ROLE_IS_RE, HOLDER_IS_RE);
    a holder named by post only (组长为区长), a role that is also a title (主任为张三) give nothing."""
    found: list[tuple[str, str, str | None]] = []
    for m in ROLE_IS_RE.finditer(text):
        role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
        if role not in TITLE_SET:
            found.extend((role, name, post) for name, post in _holders(m.group("body")))
    if "为" in text:
        committee_at = -1  # where a committee's titled role was taken in the sentence (推选A为筹委会主任，B为副主任)
        checked = -1  # from committee_at up to here the text holds no sentence end: each stretch is looked at once
        for m in HOLDER_IS_RE.finditer(text):
            role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
            entry = m.group("entry")
            for verb in ROSTER_NAMING_VERBS:
                entry = entry.rpartition(verb)[2]  # 会议确定张三 → 张三
            if role in TITLE_SET:
                # a role that is also a title (主任, 秘书长) only right after a committee that is always a roster's
                # group, and the bare ones after it in the same sentence (rosters round 8)
                if text.endswith(_COMMITTEE_NAME_TUPLE, 0, m.start("role")):
                    committee_at = checked = m.start("role")
                else:
                    if committee_at >= 0 and _SENTENCE_END_RE.search(text, checked, m.start()):
                        committee_at = -1  # the committee's sentence has ended
                    checked = m.start()
                    if committee_at < 0 or m.start("role") != m.end("entry") + 1:
                        continue
            if (
                "等" in entry
            ):  # 薛慰祖、徐勇惠、汤沸等同志为领导小组成员: the holders named, the count dropped (round 18)
                entry = _HOLDER_COUNT_TAIL_RE.sub("", entry)
            if entry:
                found.extend((role, name, post) for name, post in _holders(entry))
    return found


_COMMITTEE_NAME_TUPLE = tuple(ROSTER_COMMITTEE_NAMES)


def _post_then_names(entry: str, *, story: bool = False) -> list[tuple[str, str]]:
    """区委常委、副区长李四、王五 → [(李四, 区委常委、副区长), (王五, 区委常委、副区长)]: posts, a post and a
    name, then names only, all sharing the post; [] for any other reading. ``story``: the last piece
    may go on with the holder's verb (…检察长范建绥参加检查)."""
    pieces = entry.split("、")
    for k, piece in enumerate(pieces):
        held = _post_and_name(piece)
        if held is None and story and (verb := _STORY_VERB_RE.search(piece, 3)):
            held = _post_and_name(piece[: verb.start()]) or _post_and_bounded_name(piece[: verb.start()])
            if held is not None:  # the verb's object may list more (…局长张三组织召开县委办、政府办…): not names
                pieces = pieces[: k + 1]
        if held is not None:
            break
    else:
        return []
    others = pieces[k + 1 :]
    if story and others and (verb := _STORY_VERB_RE.search(others[-1], 2)) is not None:
        others[-1] = others[-1][: verb.start()]  # 副县长王强、李明参加检查: the last name closed by the verb (round 8)
    if not all(_title_at_end(p) for p in pieces[:k]) or not all(is_person_name(n) for n in others):
        return []
    post = "、".join([*pieces[:k], held[1]])
    return [(name, post) for name in (held[0], *others)]


_GLUED_PIECE_MAX = 24  # one name and one post run together, never a list of them


_ROSTER_UNIT_ENDINGS = tuple(sorted(ROSTER_UNIT_ENDINGS, key=len, reverse=True))


def _post_and_dotted_name(entry: str) -> tuple[str, str] | None:
    """区民宗局局长阿不都·热依木 → (阿不都·热依木, 区民宗局局长): a post, then a dotted name (round 8)."""
    entry = entry.strip(" \u3000").removesuffix("同志")
    if not any(dot in entry for dot in NAME_DOTS) or (k := _post_before_dotted(entry)) is None:
        return None
    return (entry[k:], entry[:k]) if _is_dotted_name(entry[k:]) else None


def _unit_and_name(entry: str) -> tuple[str, str] | None:
    """区发改委赵六 → (赵六, 区发改委): a member's unit then the name, no post (robustness round 8); only
    in a roster's list of entries (:func:`_roster_pieces`), the unit at least three characters."""
    entry = entry.strip(" \u3000").removesuffix("同志")
    for size in (2, 3):
        unit, name = entry[:-size], entry[-size:]
        if len(unit) >= 3 and unit.endswith(_ROSTER_UNIT_ENDINGS) and is_person_name(name, roster=True):
            return name, unit
    return None


def _holder(entry: str) -> tuple[str, str | None] | None:
    """A holder named in prose: a post and a name (民政部部长李纪恒), or a name alone (李继新,
    孙玉龙同志) — (name, post or None); None for anything else (有关司局负责同志, 县应急管理局局长)."""
    parsed = _post_and_name(entry)
    if parsed:
        return parsed
    name = entry.strip(" \u3000").removesuffix("同志")
    return (name, None) if len(name) in (2, 3) and is_person_name(name) else None


_NAME_TITLES_AFTER = tuple(sorted(ROSTER_NAME_TITLES_AFTER, key=len, reverse=True))
_RANKED_UNIT_VERBS = tuple(ROSTER_RANKED_UNIT_VERBS)


def _ranked_holders(entry: str) -> list[tuple[str, str | None]]:
    """北京大学张三教授、清华大学李四研究员 → every piece by _ranked_holder, else []."""
    read = [_ranked_holder(part.strip(" \u3000")) for part in entry.split("、")]
    return [holder for holder in read if holder is not None] if all(read) else []


def _ranked_holder(entry: str) -> tuple[str, str | None] | None:
    """A holder named by institution, name and academic rank in a counted list of members (rosters round 14:
    成员包括中华医学会张三研究员等17人): 中华医学会张三研究员 → (张三, 中华医学会), 李四教授 → (李四, None); the
    institution at least two characters, no clause's word in it; None for anything else."""
    title = next((t for t in _NAME_TITLES_AFTER if entry.endswith(t)), None)
    if title is None:
        return None
    core = entry.removesuffix(title)
    if len(core) in (2, 3) and is_person_name(core, roster=True):
        return core, None
    for size in (3, 2):
        unit, name = core[:-size], core[-size:]
        if (
            len(unit) >= 2
            and _ALL_CJK_RE.fullmatch(unit)
            and not any(ch in unit for ch in "以由为的")
            and not unit.startswith(_RANKED_UNIT_VERBS)  # 来自北京大学张三教授: a verb (review s14-rev6)
            and is_person_name(name, roster=True)
        ):
            return name, unit
    return None


def _joined_holders(entry: str) -> list[str]:
    """Holders joined by 和/及/与 in one entry (rosters round 3): 区委常委、常务副区长李四同志和副区长
    王五同志 → two entries, when every piece reads as a holder; else the entry whole."""
    parts = [p for p in _HOLDER_JOIN_RE.split(entry) if p.strip()]
    if len(parts) > 1 and all(_holder(p) is not None for p in parts):
        return parts
    return [entry]


def _posted_holder_pieces(entry: str) -> list[str]:
    """副市长李四、市政府秘书长王五 → [副市长李四, 市政府秘书长王五] (rosters round 4): holders joined by 、,
    each a post and a name; posts before the first holder's post stay with it (区委常委、常务副区长李四、
    副区长王五 → [区委常委、常务副区长李四, 副区长王五]). The entry whole unless two holders or more read
    and no piece is left over (区委副书记、区长张三 is one holder; 副区长李四、王五 share a post)."""
    if "、" not in entry:
        return [entry]
    pieces: list[str] = []
    posts: list[str] = []
    for part in entry.split("、"):
        part = part.strip(" \u3000")
        if _post_and_name(part) is not None:
            pieces.append("、".join([*posts, part]))
            posts = []
        elif part and _title_at_end(part):
            posts.append(part)
        else:
            return [entry]
    return pieces if len(pieces) > 1 and not posts else [entry]


def _name_then_title(entry: str) -> tuple[str, str] | None:
    """张三副市长 / 李四副秘书长 / 王五主任 → (name, title) (rosters round 4): a name, then one title of the
    vocabulary and nothing else — never a unit's name (信访局局长, 文明办主任: the name would end in 局/办) nor
    a place's head (江北区长: a two-character 区长/市长 after a place is no name's)."""
    entry = entry.strip(" \u3000").removesuffix("同志")
    for size in (3, 2, 4):
        name, title = entry[:size], entry[size:]
        if (
            title in TITLE_SET
            and (len(title) > 2 or title[0] not in _PLACE_LEVEL_CHARS)
            and name[-1] not in _NON_NAME_LAST
            and is_person_name(name)
        ):
            return name, title
    return None


_PLACE_LEVEL_CHARS = frozenset("省市区县州旗盟镇乡")


def _titled_name_pieces(entry: str) -> list[str]:
    """李四副秘书长、王五主任 → [李四副秘书长, 王五主任] when every piece is a name then a title; else the entry."""
    pieces = entry.split("、")
    return pieces if len(pieces) > 1 and all(_name_then_title(p) for p in pieces) else [entry]


def _shared_post_pieces(entry: str) -> list[str]:
    """副区长李四、王五 → [副区长李四, 副区长王五] (rosters round 4): a post and a name, then names sharing the
    post (_post_then_names), each piece a holder with the post; else the entry whole."""
    shared = _post_then_names(entry.removesuffix("同志")) if "、" in entry else []
    return [f"{post}{name}" for name, post in shared] if len(shared) > 1 else [entry]


def _names_or_entry(entry: str) -> list[str]:
    """李四、王五同志 → [李四, 王五] when every piece is a name; else the entry whole."""
    names = entry.strip(" \u3000").removesuffix("同志").split("、")
    return names if len(names) > 1 and all(is_person_name(n.removesuffix("同志")) for n in names) else [entry]


def _role_holder(entry: str) -> tuple[str, str | None] | None:
    """领导小组副组长谢牧人 → (谢牧人, 领导小组副组长): the holder named by another roster role of the group
    (办公室主任由领导小组副组长谢牧人兼任, rosters round 6); the name must close the entry."""
    entry = entry.strip(" \u3000").removesuffix("同志")
    for size in (3, 2):
        post, name = entry[:-size], entry[-size:]
        if post.endswith(_ROLES_BY_LENGTH) and len(post) > 2 and is_person_name(name):
            return name, post
    return None


_PAST_MARK_RE = compile_re(alternation(ROSTER_PAST_MARKS))


def _past_roles(text: str) -> Callable[[int], bool]:
    """A test of whether a role at a position of ``text`` is one held before (ROSTER_PAST_MARKS): a past mark
    (时任, 此前, …) between its sentence's start and the role (rosters rounds 7 and 8; the marks and sentence ends
    are found once per text, _in_sentence_before)."""
    marks = [mark.span() for mark in _PAST_MARK_RE.finditer(text)]
    if not marks:
        return lambda _at: False
    stops = [stop.start() for stop in _SENTENCE_END_RE.finditer(text)]
    return lambda at: _in_sentence_before(at, stops, marks)


# The count closing a list of holders (rosters round 7): 副主任由陈洪棣、何培华、…、黄衍增等7位同志担任 /
# …孟扬等担任委员会委员 — the names before it are the holders; the count is no name.
_HOLDER_COUNT_RE = compile_re(r"等[\d一二两三四五六七八九十]{1,3}(?:位|名|人)(?:同志)?")
_COUNT_CLOSERS = ("", "，", ",")  # what may follow a count that closes the holders: the body's end or a comma
_HOLDER_COUNT_TAIL_RE = compile_re(r"等(?:[\d一二两三四五六七八九十]{1,3}(?:位|名|人))?(?:同志)?$")


def _prose_roster(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of every 'ROLE由POST NAME兼任' in a paragraph; an entry that is not
    a post and a name, or a name alone (领导小组成员单位有关司局负责同志), makes the whole sentence
    give nothing."""
    found: list[tuple[str, str, str | None]] = []
    past = _past_roles(text)
    for m in PROSE_ROLE_RE.finditer(text):
        if past(m.start("role")) or _PAST_MARK_RE.search(m.group("body")):
            # 此前，…主任一职由张高丽兼任 / 由时任国务院副总理李克强担任: who held the role before, no member (round 7)
            continue
        body = _HOLDER_COUNT_TAIL_RE.sub("", m.group("body"))
        entries = [e for e in split_top(body, "，,") if e.strip()]
        if "、" in body:  # 副组长由李四、王五同志担任: each name a holder (round 6)
            entries = [part for e in entries for part in _names_or_entry(e)]
            entries = [part for e in entries for part in _posted_holder_pieces(e)]  # …由副区长李四、区长助理王五担任
            entries = [part for e in entries for part in _titled_name_pieces(e)]  # …由李四副秘书长、王五主任担任
            entries = [part for e in entries for part in _shared_post_pieces(e)]  # …由副区长李四、王五担任
        if any(ch in body for ch in "和及与"):
            entries = [part for e in entries for part in _joined_holders(e)]
        holders = [h for h in (_holder(e) or _name_then_title(e) or _role_holder(e) for e in entries) if h is not None]
        if any(post and "同志" in post for _name, post in holders):
            continue  # 李四同志和副区长王五 read as one post: some holders did not split, so none is sure
        if holders and len(holders) == len(entries):
            role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
            found.extend((role, name, post) for name, post in holders)
    return found


def _glued_post_ok(post: str, starts: tuple[str, ...]) -> bool:
    """A post between two glued names: ends with a title, holds no clause punctuation, and either
    reads as posts (国土资源部部长) or is several posts whose last ends with a title
    (外交部党委书记、副部长)."""
    if len(post) < 2 or any(ch in post for ch in "，,。；;：:（）() \u3000\t"):
        return False
    if not _title_at_end(post):
        return _staff_post(post, starts)
    post = _EMPHASIS_DOT_RE.sub("", post)  # 外交部.党.委.书.记.、副部长: dots printed under 党委书记
    if _parse_posts(post, starts)[0]:
        return True
    head, _sep, last = post.rpartition("、")
    return bool(head) and _title_at_end(last) is not None and _title_at_end(head.rstrip("、.．")) is not None


def _staff_post(post: str, starts: tuple[str, ...]) -> bool:
    """县生产力促进中心干部: a staff grade after an organization that begins with a known place or
    body and has a name of its own before the grade (rosters round 5)."""
    if not post.endswith(_STAFF_POSTS):
        return False
    organization = post[: -len(next(s for s in _STAFF_POSTS if post.endswith(s)))]
    return len(organization) >= 3 and _start_strength(organization, starts) > 0 and not _title_at_end(organization)


def _glued_entries(text: str, starts: tuple[str, ...], *, final: bool) -> list[tuple[str, str]]:
    """Names run straight into their posts, one after another, nothing between them:
    姜大明国土资源部部长丁向阳国务院副秘书长马建堂统计局局长 → (姜大明, 国土资源部部长), ….

    The whole text must read as name, post, name, post …; a ``final`` text may stop early at the
    next numbered part or a sentence end (…黄海辉武警部队副参谋长三、工作机构…). Among the
    readings, the one with most entries wins, then the one whose posts begin with a known
    place or organization (统计局, not 堂统计局), then organizations of two characters or more
    before their suffix (能源局, not 源局), then three-character names. [] when nothing reads."""
    n = len(text)
    if n > _GLUED_TEXT_MAX:
        return []
    Score = tuple[int, int, int, int]
    best: list[tuple[Score, int, str, str] | None] = [None] * (n + 1)
    stop_ok = [False] * (n + 1)
    stop_ok[n] = True
    if final:
        for i in range(n + 1):
            stop_ok[i] = GLUED_STOP_RE.match(text, i) is not None
    # best[i]: the best reading of text[i:] (score, next position, name, post); filled backwards
    done: list[Score | None] = [None] * (n + 1)
    for i in range(n, -1, -1):
        here: Score | None = (0, 0, 0, 0) if stop_ok[i] and i > 0 else ((0, 0, 0, 0) if i == n else None)
        choice: tuple[Score, int, str, str] | None = None
        for size in _name_sizes(text[i : i + 12], _run_in_sizes(text[i : i + 2])):  # 4 only after 欧阳…
            name = text[i : i + size]
            if len(name) < size or not is_person_name(name, roster=True):
                continue
            start = i + size
            strong = -1  # computed once a post is found: the loop over known starts is the cost
            for end in range(start + 2, min(n, start + _GLUED_POST_MAX) + 1):
                rest = done[end]
                if rest is None or text[end - 1] not in _GLUED_LAST_CHARS:
                    continue
                post = text[start:end]
                if not _glued_post_ok(post, starts):
                    continue
                if strong < 0:
                    strong = 1 if _start_strength(text[start : start + 12], starts) else 0
                organization = split_position(post.rpartition("、")[0] or post)[0]
                score = (
                    rest[0] + 1,
                    rest[1] + strong,
                    rest[2] - (_stem_length(organization) == 1),
                    rest[3] + (size == 3),
                )
                if choice is None or score > choice[0]:
                    choice = (score, end, name, post)
        if choice is not None and (here is None or choice[0] > here):
            best[i], done[i] = choice, choice[0]
        else:
            done[i] = here
    if best[0] is None:
        return []
    entries: list[tuple[str, str]] = []
    i = 0
    while i < n and (reading := best[i]) is not None:
        _score, end, name, post = reading
        entries.append((name, post))
        i = end
    return entries


def _glued_roster(text: str, starts: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(role, person, post) of a roster whose roles, names and posts run together with nothing
    between them (see :func:`_glued_entries`); a role whose people do not all read gives
    nothing, and neither do the roles after it."""
    if len(text) > _GLUED_TEXT_MAX:
        return []
    if "兼" in text or "级" in text or "职" in text or "试用" in text:
        text = _GLUED_REMARK_RE.sub("", text)
    marks = []
    for m in GLUED_ROLE_RE.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
        if any(before[k:] + role in TITLE_SET for k in range(len(before))):
            continue  # 主任委员: is a title, not the role 委员
        marks.append((role, m.start(), m.end()))
    found: list[tuple[str, str, str]] = []
    for k, (role, _start, end) in enumerate(marks):
        final = k + 1 == len(marks)
        segment = text[end : (len(text) if final else marks[k + 1][1])]
        entries = _glued_entries(segment.rstrip(" \u3000，,；;。"), starts, final=final)
        if not entries:
            break
        found.extend((role, name, post) for name, post in entries)
    return found


def _name_and_post(entry: str) -> tuple[str, str] | None:
    """张高丽副总理 → (张高丽, 副总理): a name, then a post ending in a title."""
    entry = entry.strip(" \u3000")
    for size in (3, 2, 4):
        name, post = entry[:size], entry[size:]
        if len(post) >= 2 and is_person_name(name) and _title_at_end(post):
            return name, post
    return None


_SENTENCE_END_RE = compile_re("[。！!？?\n]")
_DEPARTMENT_COMMITTEES = tuple(DEPARTMENT_COMMITTEE_ENDINGS)


def _committee_before_you(entry: str) -> bool:
    """委员会由国务院总理温家宝 — a committee, then 由 and the holder: the committee's 主任/副主任/委员 are its
    roles, not posts (rosters round 6), unless the committee is a department (发展和改革委员会由…任主任)."""
    head, you, _holder_text = entry.rpartition("由")
    return bool(you) and head.endswith("委员会") and not head.endswith(_DEPARTMENT_COMMITTEES)


# An office head named earlier in the sentence (rosters round 7): …由周阳兼任办公室主任，周胜清任副主任 — the 副主任
# after it is the office's deputy, not a department's.
_OFFICE_HEAD_BEFORE_RE = compile_re(r"(?:兼任|担任|任)(?:领导小组|指挥部|专班)?办公室主任[，,]")
_CLAUSE_GROUP_END_RE = compile_re("[。；;！!？?\n]")  # a sentence's end or a ；


def _office_deputy(role: str, role_at: int, stops: list[int], heads: list[tuple[int, int]]) -> bool:
    """Is ``role`` (副主任 / 常务副主任) at ``role_at`` the deputy of an office whose head the same sentence named?
    ``heads``: the spans of the paragraph's office heads, ``stops``: where its sentences (and ；) end."""
    return role in ("副主任", "常务副主任") and bool(heads) and _in_sentence_before(role_at, stops, heads)


_COMPOSED_NAME_MAX = 80  # characters of a committee's name looked up in _composed_committees; a longer one is searched


@functools.lru_cache(maxsize=1)
def _composed_committees(document: str) -> tuple[str, ...]:
    """The text before each 委员会组成人员 in ``document``, up to 委员会 and _COMPOSED_NAME_MAX characters long,
    reversed and sorted (…食品安全委员会组成人员 → 会员委全安品食…): a committee's name is printed before 组成人员
    when its reverse opens one of them. Found once per document: a search of the whole document at each
    role was quadratic; one window per 组成人员 keeps the memory linear."""
    windows: set[str] = set()
    at = document.find("委员会组成人员")
    while at >= 0:
        windows.add(document[max(0, at + 3 - _COMPOSED_NAME_MAX) : at + 3][::-1])
        at = document.find("委员会组成人员", at + 1)
    return tuple(sorted(windows))


def _composed_committee(text: str, at: int, role_at: int, document: str) -> bool:
    """Is the group between the verb and the role (text[at:role_at], after the last 任) a committee whose
    组成人员 the document names (国务院对国务院食品安全委员会组成人员作了调整 … 韩正担任国务院食品安全委员会
    主任, …担任委员会副主任: rosters round 7)? Never a department's committee (DEPARTMENT_COMMITTEE_ENDINGS)."""
    group = text[text.rfind("任", at, role_at) + 1 : role_at]
    if not group.endswith("委员会") or group.endswith(_DEPARTMENT_COMMITTEES):
        return False
    if not (named := _composed_committees(document)):
        return False  # no 委员会组成人员 in the document
    if len(group) > _COMPOSED_NAME_MAX:
        return f"{group}组成人员" in document
    reverse = group[::-1]  # the windows that open with it stand together, from the first not below it
    k = bisect_left(named, reverse)
    return k < len(named) and named[k].startswith(reverse)


# The one a holder takes over from, between the holder and the verb (rosters round 8): 王强同志接替刘明同志任
# 领导小组副组长 / 由王强接替刘明担任副组长 — the successor is the member; the one who leaves is none.
_SUCCEEDS_TAIL_RE = compile_re(rf"(?:同志)?接替[{_CJK}{NAME_DOTS}]{{2,8}}?(?:同志)?$")


def _prose_takers(text: str, document: str = "") -> list[tuple[str, str, str | None]]:
    """(role, person, post) of every 'POST NAME / NAME POST / NAME 任|担任|兼任 [GROUP] ROLE' closing a
    clause (see PROSE_TAKES_RE). A holder named by post only (由县委书记任组长, 分管副县长任副组长)
    gives nothing. ``document``: the whole text, where a committee's 组成人员 may be named."""
    found: list[tuple[str, str, str | None]] = []
    committee_at = -1  # where the sentence's committee stood before 由 (…委员会由A任主任，B任副主任: round 6)
    checked = -1  # from committee_at up to here the text holds no sentence end: each stretch is looked at once
    heads = [head.span() for head in _OFFICE_HEAD_BEFORE_RE.finditer(text)] if "办公室主任" in text else []
    stops = [stop.start() for stop in _CLAUSE_GROUP_END_RE.finditer(text)] if heads else []
    for m in PROSE_TAKES_RE.finditer(text):
        role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
        entry = _ROSTER_NUMBER_RE.sub("", m.group("entry"), count=1)  # 一、张三同志任组长 (round 2)
        if "接替" in entry:
            entry = _SUCCEEDS_TAIL_RE.sub("", entry)  # 王强同志接替刘明同志任副组长 (round 8)
        if "等" in entry:  # 国务院副秘书长孟扬等担任委员会委员: the holders named, the count dropped (round 7)
            entry = _HOLDER_COUNT_TAIL_RE.sub("", entry)
        if _committee_before_you(entry):
            committee_at = checked = m.start()
        elif committee_at >= 0 and _SENTENCE_END_RE.search(text, checked, m.start()):
            committee_at = -1
        elif committee_at >= 0:
            checked = m.start()
        if (
            role in TITLE_SET
            and committee_at < 0
            and not text.endswith(_TITLE_GROUPS, 0, m.start("role"))
            and not _composed_committee(text, m.start(), m.start("role"), document)
            and not _office_deputy(role, m.start("role"), stops, heads)
        ):
            continue  # 王勇任…城市管理委员会副主任 is a post (任免); …担任运动会组委会主任 is the group's role (round 7)
        if "、" in entry and len(pieces := _posted_holder_pieces(entry.rpartition("由")[2])) > 1:
            # 市政府副秘书长李四、市发改委主任王五担任副召集人: one holder per post (rosters round 4)
            held = [_post_and_name(piece) for piece in pieces]
            found.extend((role, name, post) for name, post in filter(None, held))
            continue
        if "由" in entry:  # 由县委书记任组长 (by post: nothing) / 指挥部由王成国同志任总指挥
            parsed = _holder(entry.rpartition("由")[2])
        else:
            parsed = _post_and_name(entry) or _name_and_post(entry)
            name = entry.removesuffix("同志")
            if parsed is None and len(name) in (2, 3) and is_person_name(name):
                parsed = (name, None)  # 焦俊贤任办公室主任
            elif parsed is None and (paren := PAREN_ENTRY_RE.fullmatch(name)) and is_person_name(paren.group("name")):
                parsed = (paren.group("name"), paren.group("post").strip())  # 张三（区长）任组长 (round 2)
            elif parsed is None and "、" in entry and len(names := _names_or_entry(entry)) > 1:
                found.extend((role, n.removesuffix("同志"), None) for n in names)  # 李四、王五任副组长
                continue
            elif parsed is None and "、" in entry and (shared := _post_then_names(entry.removesuffix("同志"))):
                found.extend((role, n, post) for n, post in shared)  # 副区长李四、王五任副组长 (round 2)
                continue
        if parsed:
            name, post = parsed
            found.append((role, name, post))
    return found


def _subject_takers(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, None) of SUBJECT_TAKES_RE: 薛慰祖同志具体负责，任组长 → (组长, 薛慰祖). Roles that are also titles
    (主任, 委员: a post) and duties that leave or plan a role give nothing (round 18)."""
    found: list[tuple[str, str, str | None]] = []
    for m in SUBJECT_TAKES_RE.finditer(text):
        role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
        name = m.group("name")
        if role in TITLE_SET or any(word in m.group("duty") for word in _SUBJECT_DUTY_NEVER):
            continue
        if is_person_name(name):
            found.append((role, name, None))
    return found


# A roster in one attributive phrase (round 6): 成立以市长张三为组长、副市长李四为副组长的领导小组 /
# 以张三同志为组长，李四、王五同志为副组长的工作专班. The phrase runs from 以 to 的 and a group.
ATTRIBUTIVE_ROSTER_RE = compile_re(  # 由 for 以 (round 6): 成立了由校长张必忠、党支部书记李建国为组长的演练领导小组
    rf"(?:以|由(?!于))(?P<body>[^。；;：:]{{3,300}}?(?:{_ROLE_ALTERNATION}))的[^。；;，,]{{0,30}}?(?:{_GROUP_ALTERNATION}|小组)"
)
_ATTRIBUTIVE_ENTRY_RE = compile_re(rf"^(?P<holders>.+?)为(?P<role>{_ROLE_ALTERNATION})$")


def _attributive_roster(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of each 'HOLDERS为ROLE' inside 以…的…领导小组: a holder is a name, a post
    and a name (市长张三), or names joined by 、 (李四、王五同志); a holder named by post only
    (以市长为组长) gives nothing, and so does a piece that does not read."""
    found: list[tuple[str, str, str | None]] = []
    for m in ATTRIBUTIVE_ROSTER_RE.finditer(text):
        pending: list[tuple[str, str | None]] = []  # holders printed before their role's comma (round 7)
        for piece in split_top(m.group("body"), "，,", openers=_OPEN, closers=_CLOSE):
            pairs = _roster_pairs(piece)
            if len(pairs) == 1 and _ATTRIBUTIVE_ENTRY_RE.match(pairs[0].strip(" \u3000")) is None:
                # …以A为组长，党委书记、董事长B，党委委员、工会主席C为副组长: B shares C's role
                held = _holder(piece.strip(" \u3000").removesuffix("同志"))
                pending = [*pending, held] if held is not None else []
                continue
            for pair in pairs:
                entry = _ATTRIBUTIVE_ENTRY_RE.match(pair.strip(" \u3000"))
                if entry is None:
                    pending = []
                    continue
                role = _TOKEN_SPLIT_RE.sub("", entry.group("role"))
                found.extend((role, name, post) for name, post in pending)
                pending = []
                holders = _joined_as_list(_after_last_lead(entry.group("holders").removesuffix("同志")))
                parsed = [_holder(h) for h in holders.split("、")] if "、" in holders else [_holder(holders)]
                if parsed and all(parsed):
                    found.extend((role, name, post) for name, post in filter(None, parsed))
                elif "、" in holders and (whole := _holder(holders)) is not None:
                    found.append((role, whole[0], whole[1]))  # 市委副书记、市长李四为常务副指挥长 (round 7)
    return found


# A role, its count, then its holders (rosters round 6): 副组长2人，分别是：市委常委、统战部部长宋爱荣，市政府副市长
# 谭家玲 / 成员共5名，分别为：… / 副组长两人，即张三、李四. The holders run to the sentence's end.
COUNTED_ROLE_RE = compile_re(
    rf"{_ROLE_AHEAD}(?:^|(?<=[，,；;。：:\s])|(?<=小组)|(?<=委员会)|(?<=指挥部)|(?<=专班)|(?<=联席会议)|(?<=设)"
    rf"|{_AFTER_COMMITTEE_NAME})(?P<role>{_ROLE_ALTERNATION})"
    rf"(?:共?[0-9{CN_ORDINALS}两]{{1,3}}[人名位][，,]?(?:分别是|分别为|分别由|即|为|是|包括)"
    # no count (rosters round 7): 组委会副主席组成领导有：… / 副组长包括：… / 领导小组成员名单包括…
    r"|(?:组成领导|组成人员|名单|人选)?(?:包括|分别是|分别为)|组成领导有)[：:]?"
    r"(?P<body>[^。；;：:]{2,300})"
)


def _counted_roles(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of 'ROLE N人，分别是：HOLDER，HOLDER': every piece (split at ，) a holder (a post
    and a name, a name, or posts joined by 、 then a name), else nothing — 成员共19人，分别是：市政协秘书长，…
    names units by post only and gives no member."""
    found: list[tuple[str, str, str | None]] = []
    for m in COUNTED_ROLE_RE.finditer(text):
        role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
        body = m.group("body")
        count = _HOLDER_COUNT_RE.search(body)
        if count is not None and body[count.end() : count.end() + 1] in _COUNT_CLOSERS:
            # …张三研究员等17人，他们来自…: the count closes the holders (round 14); not …等5人在内的候选名单, where
            # the count is inside a longer noun (review s14-rev6)
            body = body[: count.end()]
        body = _HOLDER_COUNT_TAIL_RE.sub("", body.rstrip(" \u3000"))  # …许德立等 (round 7)
        pieces = [p.strip(" \u3000") for p in split_top(body, "，,", openers=_OPEN, closers=_CLOSE)]
        if "、" in body:  # 市委常委张三、副市长李四: one holder per post, as after 由 (round 7)
            pieces = [part for p in pieces for part in _posted_holder_pieces(_joined_last(p))]
        held: list[tuple[str, str | None]] = []
        for piece in filter(None, pieces):
            one = _holder(piece) or _ranked_holder(piece)  # 中华医学会张三研究员 (round 14)
            many = [] if one is not None or "、" not in piece else (_holders(piece) or _ranked_holders(piece))
            if one is None and not many:
                held = []
                break
            held.extend([one] if one is not None else many)
        found.extend((role, name, post) for name, post in held)
    return found


def _after_last_lead(holders: str) -> str:
    """…为学院的活动载体，并确定了以杨进 → 杨进: an earlier 以 (以“…”为活动载体) opened the phrase, so the
    pair's holders begin after the last 以/由 when what follows reads as a holder (rosters round 6)."""
    if _holder(holders) is not None:
        return holders
    for lead in "以由":
        head, found, tail = holders.rpartition(lead)
        if found and head and _holder(_joined_as_list(tail).split("、")[0]) is not None:
            return tail
    return holders


def _joined_as_list(holders: str) -> str:
    """王士斌和许绿丝 / 副市长李四及王五 → 王士斌、许绿丝 / 副市长李四、王五: holders joined by 和/及/与 read as
    a list joined by 、 (rosters round 6), only when every piece is a holder (a name, or a post and a name:
    副市长李四和市财政局局长王五 — read whole, 李四 had gone into 王五's post); else as printed
    (市发改委和市财政局主要负责人 stays: no holder)."""
    if "、" in holders or not any(ch in holders for ch in "和及与"):
        return holders
    parts = [p.removesuffix("同志") for p in _HOLDER_JOIN_RE.split(holders)]
    if len(parts) > 1 and all(_holder(p) is not None for p in parts):
        return "、".join(parts)
    return holders


_LAST_JOINERS = ("以及", "及", "和", "与")


def _joined_last(holders: str) -> str:
    """A、B、C及D → A、B、C、D: the last of a 、-list of holders joined by 及/和/与/以及 (rosters round 18: 成员包括
    余国春、吴清辉…卢志强及钟瑞明), only when both sides of the joiner are holders (朱永和, 王和平 stay whole:
    a name's own 和 leaves no holder on one side)."""
    if "、" not in holders:
        return holders
    head, _sep, last = holders.rpartition("、")
    for joiner in _LAST_JOINERS:
        before, found, after = last.partition(joiner)
        if found and _holder(before) is not None and _holder(after) is not None:
            return f"{head}、{before}、{after}"
    return holders


# A piece that ends with a role: the 、 after it separates two 'HOLDER为ROLE' pairs
# (…为组长、副市长李四为副组长), while a 、 inside a list of holders (李四、王五同志为…) does not.
_ENDS_WITH_ROLE_RE = compile_re(rf"为(?:{_ROLE_ALTERNATION})$")


def _roster_pairs(piece: str) -> list[str]:
    pairs: list[str] = []
    current = ""
    for part in piece.split("、"):
        current = f"{current}、{part}" if current else part
        if _ENDS_WITH_ROLE_RE.search(current):
            pairs.append(current)
            current = ""
    return [*pairs, current] if current else pairs


def _office_notes(role: str, person: str, post: str | None) -> list[tuple[str, str, str | None]]:
    """The office role a roster entry's post notes in a bracket: (办公室主任, 郝康理, post)."""
    if not post or "兼" not in post:
        return []
    return [(m.group("role"), person, post) for m in OFFICE_NOTE_RE.finditer(post) if m.group("role") != role]


def _prose_holders(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of every 'POST NAME（同志）兼任ROLE' closing a clause:
    县政府办副主任滕合方同志兼任办公室主任 (卢氏 2018); the role must be the whole object."""
    found: list[tuple[str, str, str | None]] = []
    for m in PROSE_HOLDER_RE.finditer(text):
        entry = m.group("entry")
        parsed = _holder(entry[1:]) if entry.startswith("由") else _post_and_name(entry)
        if parsed:
            name, post = parsed
            found.append((_TOKEN_SPLIT_RE.sub("", m.group("role")), name, post))
    return found


# A roster role handed on in an adjustment notice (rosters round 4): 张三同志因工作变动不再担任区防汛抗旱指挥部
# 总指挥，由李四同志担任 / …不再担任领导小组成员，其职务由李四同志接任 — the successor is the member; the one who
# leaves is no member (and no change of post: a group's role is not a post, FORMAT.md).
ROSTER_SUCCESSION_RE = compile_re(
    rf"(?:不再担任|免去[^，,；;。：:]{{2,12}}?(?:同志)?(?=[^，,；;。：:]{{0,40}}?职务))"  # 免去张三同志领导小组副组长职务 (round 8)
    rf"(?P<held>[^，,；;。：:]{{0,40}}?)(?P<role>{_ROLE_ALTERNATION})(?:职务|一职)?[，,]"
    rf"(?:其职务?|该职务?)?改?由(?P<holder>[^，,；;。：:]{{2,40}}?)(?:同志)?(?:担任|接任|兼任)"
    rf"(?:{_ROLE_ALTERNATION})?(?=[。；;，,]|$)"
)
# A role whose holder is changed (rosters round 4): 领导小组组长由张三同志调整为李四同志 / 副组长调整为李四; 变更为,
# 更换为, 改为 as 调整为 (ROSTER_ADJUSTED_VERBS, rosters round 8).
_ADJUSTED_VERBS = alternation(ROSTER_ADJUSTED_VERBS)
_ADJUSTED_VERB_RE = compile_re(_ADJUSTED_VERBS)
ROLE_ADJUSTED_RE = compile_re(
    rf"{_ROLE_AHEAD}(?:^|(?<=[，,；;。：:\s])|(?<=小组)|(?<=指挥部)|(?<=专班)|(?<=联席会议))"
    rf"(?P<role>{_ROLE_ALTERNATION})(?:由[^，,；;。：:]{{2,40}}?)?(?:{_ADJUSTED_VERBS})(?P<holder>[^，,；;。：:]{{2,40}}?)(?:同志)?(?=[。；;，,]|$)"
)
_VACATING_VERBS = alternation(ROSTER_VACATING_VERBS)
_VACATING_VERB_RE = compile_re(_VACATING_VERBS)  # the gate of ROLE_VACATED_RE: its lazy lead costs 40 tries a character
# the two verb gates ask `in` for their key characters first (为 for 调整为 …; speed20)
_adjusted_verb = gated_search(_ADJUSTED_VERB_RE)
_vacating_verb = gated_search(_VACATING_VERB_RE)
# A member who leaves, then the successor (rosters round 8): 领导小组成员王五同志调离，由赵六同志接任 / 副组长张三同志
# 退休，其职务由李四同志接任 — the successor is the member; the one who leaves is none.
ROLE_VACATED_RE = compile_re(
    rf"(?P<held>[^，,；;。：:]{{0,40}}?)(?P<role>{_ROLE_ALTERNATION})[{_CJK}]{{2,4}}?(?:同志)?(?:{_VACATING_VERBS})[，,]"
    rf"(?:其职务?|该职务?)?改?由(?P<holder>[^，,；;。：:]{{2,40}}?)(?:同志)?(?:担任|接任|兼任)(?=[。；;，,]|$)"
)
# The groups after which a title (主任, 委员) that a succession names is the group's role. Not _TITLE_GROUPS, on
# purpose: its committees (ROSTER_COMMITTEE_NAMES, for the titled roles of a story) are not among these, so
# 不再担任安委会主任，由李四担任 gives no member; 联席会议 is.
_SUCCESSION_GROUPS = (*ROSTER_TITLE_GROUPS, "联席会议")
_TITLE_GROUP_RE = compile_re(alternation(_TITLE_GROUPS))  # one C search, not a loop over the groups


def _successions(text: str) -> list[tuple[str, str, str | None]]:
    """(role, person, post) of the successors in ROSTER_SUCCESSION_RE, ROLE_ADJUSTED_RE and ROLE_VACATED_RE. A
    role that is also a title (主任, 委员, 秘书长) counts only after a group's name (不再担任区发改委主任 is a post's
    change); a successor named by post only (由区政府主要负责同志担任) gives nothing."""
    found: list[tuple[str, str, str | None]] = []
    matches = [*ROSTER_SUCCESSION_RE.finditer(text)]
    if _adjusted_verb(text) is not None:  # each pattern needs its verb: a paragraph without it is skipped
        matches += ROLE_ADJUSTED_RE.finditer(text)
    if _vacating_verb(text) is not None:
        matches += ROLE_VACATED_RE.finditer(text)
    for m in sorted(matches, key=lambda m: m.start()):
        role = _TOKEN_SPLIT_RE.sub("", m.group("role"))
        held = m.groupdict().get("held") or ""
        if role in TITLE_SET and not held.endswith(_SUCCESSION_GROUPS):
            continue
        holder = _holder(m.group("holder")) or _name_then_title(m.group("holder"))
        if holder is not None:
            found.append((role, holder[0], holder[1]))
    return found


# A gazette's running head printed after a page break inside a roster (rosters round 4: the robustness
# transforms furniture-*): 广西壮族自治区人民政府公报 / 北京市平谷区人民政府公报 2021年第1期 — a page number
# beside it is dropped by the block splitter; a head printed once or twice is not (text.normalize needs 3).
ROSTER_RUNNING_HEAD_RE = compile_re(r"[^\s。；;，,：:、（）()]{2,30}公报(?:[ \u3000]*\d{4}年第\d{1,3}期)?")
_RUNNING_HEAD_MAX = 48


def _is_roster_subheading(block: Block) -> bool:
    """（一）部门委员 / 二、地方委员 under 委　员：: a sub-heading inside a roster, which keeps its role."""
    text = block.text or ""
    if block.kind not in ("heading", "item", "paragraph"):
        return False
    if ROSTER_SUBHEADING_RE.fullmatch(text) is not None:
        return True
    # the order's remark alone on its line under the role (成　员：⏎（按姓氏笔画为序）⏎张三 …: rosters round 14)
    remark = _ORDER_REMARK_RE.match(text.strip(" \u3000"))
    return remark is not None and remark.end() == len(text.strip(" \u3000"))


def _continuation_entries(text: str) -> list[tuple[int, str, str | None]]:
    """An unlabelled line under a role: name and post apart (吴小杰 区委副书记), or run together,
    a stray bracket of a lost opening one dropped (滕合方县政府办公室副主任) — 卢氏 2018."""
    entries = _roster_entries(text)
    if entries:
        return entries
    line = text.strip(" \u3000")
    if len(line) > _ROSTER_LINE_MAX or any(ch in line for ch in "。；;，,：:"):
        return []  # prose closes the roster
    if line.endswith(("）", ")")) and not any(ch in line for ch in "（("):
        line = line[:-1]
    return [(0, name, post) for name, post in _glued_entries(line, _DEFAULT_STARTS, final=False)]


def _unread_entry(line: str) -> bool:
    """A line shaped like a roster entry — a short word, then a post that ends in a title
    (连维良  发展改革委副主任) — that gave no member: worth a warning, never a guess."""
    line = line.strip(" \u3000")
    if not line or len(line) > _ROSTER_LINE_MAX or any(ch in line for ch in "。；;，,：:"):
        return False
    tokens = _tokens(line)
    if len(tokens) > 2 and len(tokens[0]) == 1 and len(tokens[1]) == 1:  # 寸　五 (a spaced name)
        tokens = [tokens[0] + tokens[1], *tokens[2:]]
    return (
        len(tokens) in (2, 3)
        and 2 <= len(tokens[0]) <= 4
        and _ALL_CJK_RE.fullmatch(tokens[0]) is not None
        and _title_at_end(tokens[0]) is None
        and _title_at_end(tokens[-1]) is not None
    )


_NAME_HEAD_RE = compile_re(rf"[{_CJK}]{{1,2}}(?=[ \u3000])")
_ENTRY_SEPARATORS = frozenset("；;、，, \u3000：:")


def _name_cut_joined(text: str, below: Block) -> str | None:
    """A roster line cut at the page's edge inside a name, the name's rest opening the next line
    (robustness round 8): 成员：…；钱七　区财政局局长；孙 / 八　区教委主任 → the two lines as one, when
    the piece cut (孙) is no name, the rest (八) is none either, and the two make one. Else None."""
    if len(text) < 3 or text[-1] in _ENTRY_SEPARATORS or not ("：" in text or ":" in text):
        return None
    k = 2 if text[-2] in _ENTRY_SEPARATORS else 3 if text[-3] in _ENTRY_SEPARATORS else 0
    nxt = (below.text or "").lstrip(" \u3000")
    if not k or below.kind != "paragraph" or (head := _NAME_HEAD_RE.match(nxt)) is None:
        return None
    piece, rest = text[-(k - 1) :], head.group()
    if not _ALL_CJK_RE.fullmatch(piece) or is_person_name(piece, roster=True) or is_person_name(rest, roster=True):
        return None
    return f"{text}{nxt}" if is_person_name(piece + rest, roster=True) else None


def _warn_unread(warnings: list[WarningRecord] | None, role: str, line_text: str, line: int) -> None:
    if warnings is not None:
        warnings.append(
            warning(ROSTER_ENTRY_UNREAD, f"{role}: not read as a name and a post: {line_text.strip()[:40]}", line)
        )


_ROSTER_DRAFT_RE = compile_re(rf"[（(]\s*(?:{alternation(ROSTER_DRAFT_MARKS)})\s*[）)]")
_DRAFT_HEADING_MAX = 100  # a draft's heading line (宣城市…组成人员…(征求意见稿)); a longer block is prose


# A title proposing the composition (关于拟调整某某领导小组成员的公示): its people are not members yet (review s14-rev6)
_PROPOSED_TITLE_RE = compile_re(
    rf"(?<![模虚])(?:{alternation(ROSTER_PROPOSAL_WORDS)})(?:{alternation(ROSTER_PROPOSED_TITLE_VERBS)})"
)


def _drafts(title: str | None) -> bool:
    """A document that is a draft sent for comments, or asks for comments on one (关于征求《X》意见的通知), or
    whose title proposes the composition (关于拟调整…成员的公示: review s14-rev6)."""
    if not title:
        return False
    ask, about = ROSTER_DRAFT_TITLE_WORDS
    return (
        _ROSTER_DRAFT_RE.search(title) is not None
        or (ask in title and about in title[title.index(ask) :])
        or _PROPOSED_TITLE_RE.search(title) is not None
    )


# --------------------------------------------------------------------------------------------
# A roster table flattened one cell to a line (rosters round 14)
# --------------------------------------------------------------------------------------------

_TABLE_HEADS = frozenset(ROSTER_TABLE_HEADS) | frozenset(ROSTER_TABLE_ROLE_HEADS)
_TABLE_REFUSED = frozenset(ROSTER_TABLE_REFUSED_HEADS)
_TABLE_HEAD_CELLS = _TABLE_HEADS | _TABLE_REFUSED
_TABLE_CELL_MAX = 40  # a cell of such a table is short; a longer line (prose) ends the table
_TABLE_CELL_STOPS = frozenset("。；;：:，,！!？?")


def _cell(block: Block) -> str | None:
    """The text of a block that may be one cell of a flattened table: one short line without a sentence's
    punctuation, spaces taken out; None for anything else."""
    text = block.text or ""
    if block.kind not in ("paragraph", "heading") or "\n" in text or len(text) > _TABLE_CELL_MAX:
        return None
    cell = _TOKEN_SPLIT_RE.sub("", text.strip(" \u3000"))
    if not cell or any(ch in _TABLE_CELL_STOPS for ch in cell):
        return None
    return cell


def _table_header(blocks: list[Block], at: int) -> tuple[int, int, list[str] | None]:
    """The header around a 姓名 cell at ``at``: (first block, block after it, its cells), the cells None unless
    every cell is a known column (ROSTER_TABLE_HEADS) and one names the member's role — a role column (小组职务 …)
    or a bare 职务 beside a post's column (单位及职务) (a staff or contact list, a 任前公示 has cells None).
    The run of header cells is the same for every 姓名 inside it: the caller goes on after its end (a run of
    thousands of 姓名 lines was quadratic, review s14-rev6)."""
    start = at
    while start > 0 and (cell := _cell(blocks[start - 1])) is not None and cell in _TABLE_HEAD_CELLS:
        start -= 1
    end = at + 1
    while end < len(blocks) and (cell := _cell(blocks[end])) is not None and cell in _TABLE_HEAD_CELLS:
        end += 1
    cells = [_cell(b) or "" for b in blocks[start:end]]
    if any(c in _TABLE_REFUSED for c in cells) or len(cells) < 3 or len(set(cells)) != len(cells):
        return start, end, None
    posts = [c for c in cells if c != "职务" and c.endswith("职务") and c not in ROSTER_TABLE_ROLE_HEADS]
    if not any(c in ROSTER_TABLE_ROLE_HEADS for c in cells) and not ("职务" in cells and posts):
        return start, end, None
    return start, end, cells


def _role_column_first(cells: list[str]) -> bool:
    role_at = next(k for k, c in enumerate(cells) if c in ROSTER_TABLE_ROLE_HEADS or c == "职务")
    return role_at < cells.index("姓名")


def _table_members(blocks: list[Block]) -> dict[int, list[tuple[str, str, str | None]]]:
    """Members of roster tables flattened one cell to a line (a web page's table stored as text): the header's
    cells one to a line (序号⏎姓名⏎单位及职务⏎领导小组职务), then the rows' cells in the same order. Each cell is read
    by what it holds: a role (组长), a name, a post (ends with a title), a serial or an attribute (男, 汉族) — so a
    role cell spanning several rows (printed once) holds for the rows under it. {block index: [(role, person,
    post)]}, the blocks of each table read (the header's too) mapped, the entries at their name's block; {} when
    no such table reads as a roster (at least two members, every person a name)."""
    found: dict[int, list[tuple[str, str, str | None]]] = {}
    k = 0
    while k < len(blocks):
        if _cell(blocks[k]) != "姓名":
            k += 1
            continue
        start, end, cells = _table_header(blocks, k)
        if cells is None:
            k = end  # no 姓名 in this run of header cells opens a roster table
            continue
        role_first = _role_column_first(cells)
        units = "单位" in cells or "工作单位" in cells  # a unit's column apart from the post's
        role: str | None = None
        entries: list[tuple[int, str, str, str | None]] = []  # (block index, role, person, post)
        pending: list[tuple[int, str, str | None]] = []  # role last: (block index, person, post) awaiting a role
        j = end
        while j < len(blocks) and (cell := _cell(blocks[j])) is not None:
            if _ROSTER_SERIAL_CELL_RE.fullmatch(cell) or _ATTRIBUTE_CELL_RE.fullmatch(cell):
                pass  # 1 / 男 / 汉族 / 1970.05
            elif cell in ROSTER_ROLES:
                role = cell
                if not role_first:
                    entries.extend((b, cell, person, post) for b, person, post in pending)
                    pending = []
            elif 2 <= len(cell) <= 4 and _entry_name(cell):
                if role_first:
                    if role is None:
                        break  # a name before any role: no roster table of this kind
                    entries.append((j, role, cell, None))
                else:
                    if pending and role is not None:  # the row above had no role cell: one cell spans both
                        entries.extend((b, role, person, post) for b, person, post in pending)
                        pending = []
                    pending.append((j, cell, None))
            elif (titled := _title_at_end(cell) is not None or cell.endswith(_BARE_POST_ENDINGS)) or (
                units and len(cell) >= 3 and _ALL_CJK_RE.fullmatch(cell)
            ):
                # the row's post, after 男 / 汉族 perhaps; a unit's column then a post's (县财政局 | 局长) joined
                last = entries[-1][3] if role_first and entries else pending[-1][2] if pending else ""
                if last == "" or (last is not None and (not titled or _title_at_end(last) is not None)):
                    break  # no person to hold it, or a second post: no cell of this table
                held = cell if last is None else f"{last}{cell}"
                if role_first:
                    entries[-1] = (*entries[-1][:3], held)
                else:
                    pending[-1] = (*pending[-1][:2], held)
            else:
                break  # no cell of this table: it ended
            j += 1
        if pending and role is not None:  # the last rows under a role cell printed once
            entries.extend((b, role, person, post) for b, person, post in pending)
        if len(entries) >= 2:
            for index in range(start, j):
                found.setdefault(index, [])
            for index, entry_role, person, post in entries:
                found[index].append((entry_role, person, post))
        k = max(j, k + 1)
    return found


# An entry whose role stands in brackets after the name or the post (rosters round 14): 张三（组长）　县长 /
# 张三　县长（组长）. Read only in a run of two such lines at least.
_BRACKET_ROLE_RE = compile_re(rf"[（(](?P<role>{_ROLE_ALTERNATION})[）)]")


def _bracket_role_entry(block: Block) -> tuple[str, str, str | None] | None:
    """(role, person, post) of a line 张三（组长）　县长 / 张三　县长（组长）: one bracket holding a role alone, the
    rest reading as one name and its post; None for anything else."""
    text = (block.text or "").strip(" \u3000")
    if block.kind != "paragraph" or len(text) > _ROSTER_LINE_MAX or "\n" in text:
        return None
    m = _BRACKET_ROLE_RE.search(text)
    if m is None or _BRACKET_ROLE_RE.search(text, m.end()) is not None:
        return None
    rest = f"{text[: m.start()]}\u3000{text[m.end() :]}".strip(" \u3000")
    read = _roster_line(rest)
    if len(read) != 1:
        return None
    person, post = read[0]
    if not _post_like(post):
        return None  # 张三（组长）　负责全面工作: a duty, no post (review s14-rev6)
    return _TOKEN_SPLIT_RE.sub("", m.group("role")), person, post


def _bracket_role_rows(blocks: list[Block]) -> dict[int, list[tuple[str, str, str | None]]]:
    """{block index: [(role, person, post)]} of runs of two lines at least whose role stands in brackets."""
    found: dict[int, list[tuple[str, str, str | None]]] = {}
    run: list[tuple[int, tuple[str, str, str | None]]] = []
    for index, block in enumerate([*blocks, None]):
        text = (block.text or "") if block is not None else ""
        entry = _bracket_role_entry(block) if block is not None and ("）" in text or ")" in text) else None
        if entry is not None:
            run.append((index, entry))
            continue
        if len(run) >= 2:
            found.update((k, [e]) for k, e in run)
        run = []
    return found


# A member list printed under role headings (rosters round 15): a head sentence (…委员会成员名单如下：), then one role
# heading per line (主席 / 非官方成员), perhaps underlined by a rule line, and the names one per line with their titles
# and honours (陈建强医生（主席） / 张小华教授，JP / 陈浩庭#). A line that is a post (发展局局长, …常任秘书长或代表) names no
# person and gives nothing; the role carries down to the next heading; prose, a date line or 完 / 返回 ends the list.
_HEADED_HEAD_RE = compile_re(alternation(HEADED_LIST_HEADS))
_HEADED_REFUSED_RE = compile_re(alternation(HEADED_LIST_REFUSED))
_HEADED_ROLES = frozenset(HEADED_LIST_ROLES)
_HEADED_ROLES_LONGEST = tuple(sorted(HEADED_LIST_ROLES, key=len, reverse=True))
_HEADED_HONORIFICS = tuple(sorted(HEADED_LIST_HONORIFICS, key=len, reverse=True))
_HEADED_SURNAMES = frozenset(HEADED_LIST_SURNAMES) | frozenset(BOUNDED_SURNAMES)
_HEADED_HEAD_MAX = 200  # a head is one sentence
_HEADED_LINE_MAX = 40  # a name line, a heading or a post is short; a longer line is prose and ends the list
_HEADED_LIST_MAX = 400  # blocks read under one head
# a rule line under a heading, of any dash or box character and length (—— / ───── / ----- / ＝＝＝ / ＿＿ / ***), or its
# start where the normalizer ran a short rule into the line below (——王志明博士)
_HEADED_RULE_RE = compile_re(r"^[—─━\-﹣＝=＿_*＊–－~～ \u3000]+")
_HEADED_MARKS_RE = compile_re(r"^[#＃*＊※ \u3000]+|[#＃*＊※ \u3000]+$")  # 陈浩庭# / *何建宗博士: a new member's mark
_HEADED_LETTERS_RE = compile_re(
    rf"(?:[，,﹐、]?[ \u3000]*(?:{alternation(ROSTER_POST_NOMINALS)}|J[.．﹒][ \u3000]?P[.．﹒]?))+$"
)  # …，GBS，JP / …﹐J﹒P﹒ / …先生JP: the honours' letters at the line's end
_HEADED_BRACKET_RE = compile_re(r"[（(](?P<inner>[^（）()]{1,20})[）)]")
_HEADED_ENDS = frozenset(HEADED_LIST_ENDS)
_HEADED_NOTE_STARTS = tuple(HEADED_LIST_NOTE_STARTS)
_HEADED_NOTE_MAX = 12
_HEADED_CLAUSE_RE = compile_re(r"[，,；;：:。（(]")  # the end of the clause naming a head's role (…委员，任期两年)
_HEADED_REMARK_RE = compile_re(r"[（(][^（）()]{1,16}[）)]$")  # 委员（按姓氏笔画为序）: a remark after a heading


def _headed_role(line: str) -> str | None:
    """The role of a heading alone on its line: 主席 / 主　席 / 主席： / 【主席】 / [非官方成员] → the role as printed."""
    text = _TOKEN_SPLIT_RE.sub("", line).strip("【】[]［］〔〕：:")
    if text.endswith(("）", ")")):  # 委员（按姓氏笔画为序） / 非官方成员（16名）: the remark is no part of the role
        text = _HEADED_REMARK_RE.sub("", text).strip("【】[]［］〔〕：:")
    return text if text in _HEADED_ROLES else None


def _headed_name(text: str) -> bool:
    """A person's name standing whole on its line: a roster's name, one with a Hong Kong or bounded surname (区佩儿, 查逸超,
    禤国全) or a married woman's name, her husband's surname before her own (叶刘淑仪, 苏包陪庆, 李王佩玲)."""
    if _entry_name(text):
        return True
    if not 3 <= len(text) <= 4 or not _ALL_CJK_RE.fullmatch(text) or text in NOT_NAMES:
        return False
    if text[0] in _HEADED_SURNAMES and is_person_name(f"王{text[1:]}", roster=True):
        return True
    return len(text) == 4 and (text[0] in SINGLE_SURNAMES or text[0] in _HEADED_SURNAMES) and _headed_name(text[1:])


def _headed_honorific_cut(name: str) -> str:
    """陈大文博士 → 陈大文: a title after the name dropped (once)."""
    cut = next((h for h in _HEADED_HONORIFICS if name.endswith(h) and len(name) - len(h) >= 2), None)
    return name[: -len(cut)] if cut else name


def _headed_entry(line: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    """(its own role, [(person, post)]) of a name line: 陈建强医生（主席） → (主席, [(陈建强, None)]); 张小华教授，JP →
    (None, [(张小华, None)]); a post (广播处长) or anything else, a name with its post too (张三　县长) → (None, [])."""
    own: str | None = None
    if len(line) > _HEADED_LINE_MAX:
        return own, []  # prose, not a name line: the patterns below only ever see a short line
    for m in _HEADED_BRACKET_RE.finditer(line):
        inner = _TOKEN_SPLIT_RE.sub("", m.group("inner"))
        if inner in _HEADED_ROLES:
            own = inner  # （副主席） after a name: its own role
    text = _HEADED_BRACKET_RE.sub("", line) if "（" in line or "(" in line else line
    text = _HEADED_MARKS_RE.sub("", _HEADED_LETTERS_RE.sub("", text.strip(" \u3000；;，,。")))
    if "，" in text or "," in text:  # （一）张三，主席； — the role after the name, a comma between
        person, _comma, tail = text.replace(",", "，").rpartition("，")
        if (tail_role := _TOKEN_SPLIT_RE.sub("", tail)) in _HEADED_ROLES:
            own, text = tail_role, person
    name = joined if _ALL_CJK_RE.fullmatch(joined := _TOKEN_SPLIT_RE.sub("", text)) else text
    for _ in range(3):  # 何世柱先生大紫荆勋贤 → 何世柱先生 → 何世柱
        if (cut := _headed_honorific_cut(name)) == name:
            break
        name = _HEADED_LETTERS_RE.sub("", cut)
    if _headed_name(name):
        return own, [(name, None)]
    if "、" in name and (names := _names_in(name)):
        return own, [(n, None) for n in names]
    if "，" in text:  # 陈大文，香港大学教授: a name, a comma, a description of the member (his post)
        first, _comma, post = text.partition("，")
        first = _headed_honorific_cut(first)
        if _headed_name(first) and post and not any(ch in post for ch in "，。；;：:"):
            return own, [(first, post)]
    return own, []


def _headed_note(line: str) -> bool:
    """The note under a list on its marks: # 新委员 / * 新成员 / ＃再度委任成员 (the mark dropped or kept)."""
    text = _HEADED_MARKS_RE.sub("", line)
    return len(text) <= _HEADED_NOTE_MAX and text.startswith(_HEADED_NOTE_STARTS) and text.endswith(("成员", "委员"))


def _headed_head_role(text: str) -> str | None:
    """The role a head names before its list word: 非官守成员名单如下： → 非官守成员 (names follow with no heading)."""
    m = _HEADED_HEAD_RE.search(text)
    if m is None:
        return None
    before = text[: m.start()].rstrip(" \u3000的")
    if (role := next((role for role in _HEADED_ROLES_LONGEST if before.endswith(role)), None)) is not None:
        return role
    # 委任以下人士为可持续发展委员会委员，任期两年： → 委员 (the role after 为, before the head's next clause)
    after = text[m.end() :]
    wei = max(after.find("为"), after.find("為"))
    if wei < 0:
        return None
    named = _HEADED_CLAUSE_RE.split(after[wei + 1 :], maxsplit=1)[0]
    return next((role for role in _HEADED_ROLES_LONGEST if named.endswith(role)), None)


_HEADED_HEAD_ENDS = ("：", ":", "如下", "如下。")  # how a head sentence ends (…成员名单如下： / 委任以下人士为…成员：)


def _may_hold_head(text: str) -> bool:
    """Can the block ``text`` hold a list's head? The head is its last sentence, a suffix of it, so it ends as the
    text does and its 名单 is the text's (round speed21: the sentence is not cut out of every block of a page)."""
    return "名单" in text or text.endswith(_HEADED_HEAD_ENDS)


def _headed_last_sentence(text: str) -> str:
    """The last sentence of a paragraph, where a head stands when the lead runs into it (…宣布…。委员会成员名单如下：)."""
    body = text.rstrip("。")
    return body[max(body.rfind("。"), body.rfind("！"), body.rfind("？")) + 1 :] + text[len(body) :]


def _headed_lists(blocks: list[Block]) -> dict[int, list[tuple[str, str, str | None]]]:
    """{block index: [(role, person, post)]} of member lists printed under role headings, each after a head sentence
    (…成员名单如下： / 委任以下人士为…成员：): every block of the list is claimed, a heading, rule or post with no member."""
    found: dict[int, list[tuple[str, str, str | None]]] = {}
    k = 0
    while k < len(blocks):
        text = (blocks[k].text or "").strip(" \u3000")
        k += 1
        if not _may_hold_head(text):
            continue  # (round speed21) no head in this block: its last sentence is not read
        head = _headed_last_sentence(text)
        titled = head.rstrip("：:").endswith("名单")  # 成员名单 / …年度成员名单 (a wrap may join it to the line above)
        if len(head) > _HEADED_HEAD_MAX or not (
            titled or (head.endswith(_HEADED_HEAD_ENDS) and _HEADED_HEAD_RE.search(head))
        ):
            continue
        refused = _HEADED_REFUSED_RE.search(head) is not None  # attendance, candidates, an election, contacts
        role = None if titled else _headed_head_role(head)  # a list's heading line: a role heading must follow
        claimed: dict[int, list[tuple[str, str, str | None]]] = {}
        colon_headings = False  # a heading printed with its colon (组　长：) over names with posts
        headed = False  # a heading line read (names under the head's own role stand alone on their lines)
        j = k
        while j < len(blocks) and j - k < _HEADED_LIST_MAX:
            block = blocks[j]
            raw = ((block.body if block.marker else block.text) or "").strip(" \u3000")  # 1. 陈大文 / （2）张小华
            line = _HEADED_RULE_RE.sub("", raw)
            if block.kind == "date" or block.level > 0 or "\n" in line or line in _HEADED_ENDS or _headed_note(line):
                break  # a date line, 完 / 返回, the note on the marks (# 新委员, a Markdown heading once its # is read)
            if not line:
                claimed[j] = []  # a rule line under a heading
            elif (heading := _headed_role(line)) is not None:
                role, claimed[j], headed = heading, [], True
                colon_headings = colon_headings or line.endswith(("：", ":"))
            elif role is None:
                break  # something other than a heading right under the head: not a list of this kind
            else:
                own, entries = _headed_entry(line)
                if not entries and not headed and (" " in line or "\u3000" in line or "\t" in line):
                    break  # under the head's own role (成员名单如下：) names and posts, never a table's header row
                if (
                    not entries
                    and headed
                    and (" " in line or "\u3000" in line)
                    and (posted := _continuation_entries(line))
                ):
                    if colon_headings:  # 组　长：⏎张三　县长: a roster the older readers take, as before (its notes)
                        claimed = {}
                        break
                    entries = [(person, post) for _offset, person, post in posted]  # 主任⏎张三　县长
                if (
                    not entries
                    and (
                        len(line) > _HEADED_LINE_MAX
                        or any(ch in line.rstrip("；;") for ch in "。；;：:！!？?")  # （二）李大文； an item
                        or (raw[:1] in "#＃*＊※" and not _HEADED_MARKS_RE.sub("", raw)[:1].isascii())
                    )
                ):
                    break  # prose, or a note on the marks (# 新委员): the list has ended
                claimed[j] = [(own or role, person, post) for person, post in entries]
            j += 1
        if refused and claimed:
            found.update((index, []) for index in claimed)  # its headings and names are no roster: claimed, none read
        elif any(claimed.values()):
            found.update(claimed)
        k = j  # the list read (j never falls below k): the next head is looked for after it
    return found


_CHRONICLE_WORDS = tuple(ROSTER_CHRONICLE_TITLE_WORDS)


# the roles a 工作专班 is headed by (班　长：张三（县委副书记）): read only where the document names a 专班
_TASK_FORCE_ROLES = frozenset({"班长", "副班长", "常务副班长"})


def extract_members(
    blocks: list[Block],
    *,
    warnings: list[WarningRecord] | None = None,
    title: str | None = None,
    ends_text: bool = False,
) -> list[Member]:
    """Members of leading groups and committees: {role, person, post, line}, in text order.

    A line of a roster that looks like an entry but does not read as a name and a post (an
    unknown surname, a garbled name) gives no member and, when ``warnings`` is given, a
    ``roster-entry-unread`` warning with its line.

    A role line (组　长：王成国 区委书记) opens a roster; following lines that hold only a name
    and a post (吴小杰 区委副书记、代区长) share its role, across sub-headings (（一）部门委员);
    any other block closes it. Roles run together in one paragraph are split at each role; a
    roster whose names run straight into their posts (组长:张高丽国务院副总理副组长:…) is read
    name by name. A person is reported once per role (a news lead may name the 组长 again).

    ``ends_text``: the blocks end the stored text, which may cut the last entry (rosters round 7): a post cut
    short (李四　区发, 李四、赵 …) is no post, and a name alone at the very end where the others have posts
    (…\n李建) may be cut too and is left out, with a ``clause-cut-off`` warning.
    """
    document = "\n".join([b.text or "" for b in blocks])
    if ROLE_GATE_RE.search(document) is None:
        return []  # no role word anywhere (组长, 成员, 主任 …): no roster, no warning (stage gate)
    if _drafts(title):
        return []  # a draft's composition is proposed, not decided: no member (ROSTER_DRAFT_MARKS)
    members: list[Member] = []
    seen: set[tuple[str, str]] = set()
    # a chronicle's entries name leaders by their posts: no role told in a story is read (precision round 17)
    chronicle = any(word in (title or "") for word in _CHRONICLE_WORDS)
    # a roster table stored one cell to a line (rosters round 14): read apart, its blocks skipped below
    table = _table_members(blocks) if "姓" in document and "名" in document else {}
    if "）" in document or ")" in document:  # 张三（组长）　县长 (rosters round 14)
        table.update(_bracket_role_rows(blocks))
    if (
        "如下" in document or "人士" in document or "包括" in document or "名单" in document
    ):  # round 15: a list under role headings
        for index, listed in _headed_lists(blocks).items():
            table.setdefault(index, listed)
    # rows 张三　区长　组长 are read only under a list's heading or a header naming a column (round 7; round 3
    # left such rows alone without one): the first block that names a list, its members or a duty column —
    # looked for at the first block that ends with a role (-1: not yet), not in every document
    # a title naming the list (领导小组成员名单) is its heading too (rosters round 14: the rows were left unread)
    rows_head_at = -2 if title and _ROWS_HEAD_RE.search(title) else -1
    role: str | None = None
    wrapped = ""  # the separator a member's post ended with, its line wrapped (rosters round 3)
    cut = False  # the last block's last member has a post that ends in no title: its line may have wrapped
    skip_next = False  # the block was joined to the one above: a name cut at the edge (…；孙 / 八　区教委主任)
    for index, block in enumerate(blocks):
        if skip_next:
            skip_next = False
            continue
        if index in table:
            for entry_role, person, post in table[index]:
                if (entry_role, person) not in seen:
                    seen.add((entry_role, person))
                    members.append(Member(role=entry_role, person=person, post=_roster_post(post), line=block.line))
            role, wrapped, cut = None, "", False
            continue
        after_wrap, wrapped = wrapped, ""  # only the block right after the wrapped one continues it
        text = _roster_text(block)
        if (
            "稿" in text
            and len(text) <= _DRAFT_HEADING_MAX
            and _ROSTER_DRAFT_RE.search(text)
            and not ("：" in text or ":" in text)
        ):
            break  # the heading of a draft attached to the document: what follows is proposed, not decided
        if index + 1 < len(blocks) and (whole := _name_cut_joined(text, blocks[index + 1])) is not None:
            text, skip_next = whole, True
        if role is not None and len(text) <= _RUNNING_HEAD_MAX and ROSTER_RUNNING_HEAD_RE.fullmatch(text.strip()):
            wrapped = after_wrap  # a page's running head (…人民政府公报) inside a roster: the roster goes on
            continue
        colon = "：" in text or ":" in text
        if (
            role is None
            and not colon
            and "任" not in text
            and "以" not in text
            and not _starts_with_role(text)
            and ("、" not in text or _TITLE_GROUP_RE.search(text) is None)
            and (("为" not in text and "是" not in text) or not _role_next_to_wei(text))
            and _adjusted_verb(text) is None  # 调整为 / 变更为 … (rosters rounds 4, 8)
            and "包括" not in text  # 委员会成员包括…等17人 (rosters round 14)
            and not text.rstrip(" \u3000").endswith(_ROLE_TUPLE)  # 张三　区长　组长: the role last (round 7)
            # (with a 、 the group search above found none: not searched again, speed19)
            and ("、" in text or _TITLE_GROUP_RE.search(text) is None or _STORY_VERB_RE.search(text) is None)
        ):
            continue  # no roster open, no role colon or role first, no 任 nor 以…为组长: nothing here
        if not colon and (alone := _role_alone(text, blocks[index + 1] if index + 1 < len(blocks) else None)):
            role = alone  # 组长⏎张三　区长: a role alone on its line, no colon, people below (rosters round 4)
            continue
        segments = _roster_segments(text) if colon else _spaced_role_segments(text)
        if not segments and ("；" in text or ";" in text) and (run := _spaced_run_segments(text)):
            segments = run  # 组长 张三 县长；副组长 李四 副县长 (rosters round 14)
        if not segments and colon and (lost := _lost_role(text, document)) is not None:
            lost_role, rest = lost
            opens = role is not None or (index + 1 < len(blocks) and ROSTER_RE.match(blocks[index + 1].text or ""))
            if opens and lost_role is not None:
                segments = [(lost_role, rest)]  # 长：许黎明 管委会常务副主任 under 副组长：… → 组长
            elif opens:
                role = None  # 员：… where the document names no one role ending so: left out, said why
                if warnings is not None:
                    message = f"role label lost its first character, role unclear: {text.strip()[:40]}"
                    warnings.append(warning(ROSTER_ENTRY_UNREAD, message, block.line))
                continue
        found: list[tuple[str, tuple[int, str, str | None]]] = []
        if not colon and text.rstrip(" \u3000").endswith(_ROLE_TUPLE):
            if rows_head_at == -1:
                rows_head_at = next(
                    (k for k, b in enumerate(blocks) if _ROWS_HEAD_RE.search(b.text or "")), len(blocks)
                )
            if index > rows_head_at and (lasts := _role_last_entries(text)):
                found = [(r, (offset, person, post)) for offset, r, person, post in lasts]  # 张三　区长　组长
                segments, role = [], None
        if (
            not segments
            and colon
            and "\n" not in text
            and len(text) <= _GLUED_TEXT_MAX
            and (lead := LEAD_ROLE_RE.search(text))
        ):
            # a roster after a lead in the same paragraph: a roster only when its people read
            lead_segments = _roster_segments(text[lead.start("role") :])
            if any(_roster_entries(rest.strip(" \u3000，,；;。")) for _role, rest in lead_segments):
                segments = lead_segments
        if segments:
            for seg_role, rest in segments:
                role, _also, second = _TOKEN_SPLIT_RE.sub("", seg_role).partition("兼")
                people = _ORDER_REMARK_RE.sub("", rest.strip(" \u3000，,；;。"), count=1)
                if "序" in people or "排" in people or "先后" in people:  # …王五（以姓氏笔画为序）: no post (round 7)
                    people = _ORDER_REMARK_TAIL_RE.sub("", people)
                entries = _roster_entries(people)
                found.extend((role, entry) for entry in entries)
                found.extend((second, entry) for entry in entries if second)  # 副组长兼办公室主任：张三
                read = {offset for offset, _person, _post in entries}
                for k, piece in enumerate(rest.split("\n")):
                    if k not in read and _unread_entry(piece):
                        _warn_unread(warnings, role, piece, block.line + k)
            if not found:
                found = [(r, (0, person, post)) for r, person, post in _glued_roster(text, _DEFAULT_STARTS)]
                role = found[-1][0] if found else role
            if not found and ("（" in text or "(" in text) and (glued := _glued_role_holders(text)):
                found = [(r, (0, person, post)) for r, person, post in glued]  # 组长张三（区长），副组长李四（副区长）
                role = None  # the paragraph held the whole roster (round 7)
        elif role is not None and not ROSTER_SPACED_RE.match(text) and (entries := _continuation_entries(text)):
            # a line opening on a role word (成员 赵六 钱七 …) never goes on with the role above (round 18)
            found = [(role, entry) for entry in entries]
            if "任" in text and _TAKES_TRIGGER_RE.search(text):  # the entries' lines ran into the prose under
                # them (…周光召（院长）国家航天领导小组办公室…，丁衡高同志兼任办公室主任: rosters round 6)
                found.extend((r, (0, person, post)) for r, person, post in _prose_takers(text))
        elif (
            role is not None
            and cut
            and block.kind == "paragraph"
            and (joined := _cut_post_joined(members[-1].post, text))
        ):
            members[-1] = dataclasses.replace(members[-1], post=joined)  # …组委会主⏎席 (rosters round 4)
            continue
        elif (
            role is not None
            and cut
            and block.kind == "paragraph"
            and (wrapped_on := _cut_post_then_entries(members[-1].post, text)) is not None
        ):
            members[-1] = dataclasses.replace(members[-1], post=wrapped_on[0])  # 常务副⏎区长；王五　副区长
            found = [(role, entry) for entry in wrapped_on[1]]
        elif role is not None and (_is_roster_subheading(block) or _bare_post(block)):
            if after_wrap and members and block.kind == "paragraph":  # 张三　市委常委、⏎　　常务副市长
                joined = f"{members[-1].post}{after_wrap}{block.text.strip()}"
                members[-1] = dataclasses.replace(members[-1], post=joined)
            continue
        else:
            if role is not None and _unread_entry(text):
                # an entry-shaped line that gave no member (党双忍 省林业局局长: a surname not listed): said why,
                # and the roster goes on — the entries under it are read as before (session 11, lead)
                _warn_unread(warnings, role, text, block.line)
                continue
            # no roster open, or prose closing one — which often names the office head:
            # 领导小组下设办公室，…，由闵成兼任办公室主任。(武进湖塘 2008)
            role = None
            if "由" in text and ("兼任" in text or "担任" in text or "组成" in text):
                for prose_role, person, post in _prose_roster(text):
                    found.append((prose_role, (0, person, post)))
            if "兼任" in text:
                found.extend((r, (0, person, post)) for r, person, post in _prose_holders(text))
            if "（" in text or "(" in text:  # 组长张三（区长），副组长李四（副区长）: no colon (round 7)
                found.extend((r, (0, person, post)) for r, person, post in _glued_role_holders(text))
            if (
                "由" in text or "为" in text
            ):  # …不再担任组长，由李四同志担任 (round 4) / 变更为 / 调离，由…接任 (round 8)
                found.extend((r, (0, person, post)) for r, person, post in _successions(text))
            if not found and colon and GLUED_ROLE_RE.search(text):
                found = [(r, (0, person, post)) for r, person, post in _glued_roster(text, _DEFAULT_STARTS)]
                role = found[-1][0] if found else None
            # 省长尹力任组长: read beside the other kinds (a news lead before a glued roster)
            if "任" in text and _TAKES_TRIGGER_RE.search(text):
                found.extend((r, (0, person, post)) for r, person, post in _prose_takers(text, document))
            if "同志" in text and any(
                gate in text for gate in _SUBJECT_TAKES_GATES
            ):  # 薛慰祖同志具体负责，任组长 (round 18)
                found.extend((r, (0, person, post)) for r, person, post in _subject_takers(text))
            if ("以" in text or "由" in text) and "为" in text:  # 以/由市长张三为组长、…为副组长的领导小组
                found.extend((r, (0, person, post)) for r, person, post in _attributive_roster(text))
            if (
                ("人" in text or "名" in text) and ("分别" in text or "即" in text or "为" in text or "是" in text)
            ) or (
                "包括" in text or "分别" in text or "组成领导有" in text  # 副组长包括：… (round 7)
            ):
                found.extend((r, (0, person, post)) for r, person, post in _counted_roles(text))  # 副组长2人，分别是：…
            if ("为" in text or "是" in text) and _role_next_to_wei(text):  # 组长为张三 / 张三为组长 (round 2)
                found.extend((r, (0, person, post)) for r, person, post in _roles_stated(text))
            if not found and ("，" in text or "；" in text) and text.startswith(_ROLE_TUPLE):
                # 组长张建国，副组长李志明，成员赵丽华、钱晓东。 (round 18)
                found.extend((r, (0, person, None)) for r, person in _role_name_clauses(text))
            if not chronicle and _TITLE_GROUP_RE.search(text) is not None:
                # a letter-spaced name in the story (县长李  明主持): its gap dropped (rosters round 8)
                story = _unspaced_story_names(text) if " " in text or "\u3000" in text else text
                past = _past_roles(story)  # the roles held before (时任…), found once for both readings
                if "、" in text or "，" in text or "," in text:  # …副指挥长、副市长王如龙 / 组长，副区长张三参加
                    found.extend((r, (0, person, post)) for r, person, post in _titled_roles(story, past))
                # …、领导小组组长张三主持会议 (round 4) / …组长甄贵福，…出席会议 (round 7)
                found.extend((r, (0, person, None)) for r, person in _titled_last(story, past))
        found.extend(
            (note_role, (offset, person, post))
            for entry_role, (offset, person, post) in list(found)
            for note_role, _person, _post in _office_notes(entry_role, person, post)
        )
        for entry_role, (offset, person, post) in found:
            if (entry_role, person) in seen:
                continue
            seen.add((entry_role, person))
            line = block.line + offset if block.line + offset <= max(block.end_line, block.line) else block.line
            members.append(Member(role=entry_role, person=person, post=_roster_post(post), line=line))
        last_post = found[-1][1][2] if found else None
        wrapped = last_post[-1] if last_post and last_post[-1] in "、，," and members and members[-1].post else ""
        cut = bool(found and members and members[-1].post and _title_at_end(members[-1].post) is None)
    if members and all(m.role in ROSTER_OFFICE_ROLES for m in members) and _office_leaders_page(document):
        return []  # 市长：… / 秘书长：向志刚 / 副秘书长：盛立新: an office's leaders, not a roster (round 6)
    if "专班" not in document and any(m.role in _TASK_FORCE_ROLES for m in members):
        # a 班长 heads a 工作专班 (rosters round 18): where none is named, a class's or a team's monitor
        members = [m for m in members if m.role not in _TASK_FORCE_ROLES]
    if ends_text and members and blocks:
        members = _cut_last_entry(members, document, warnings, blocks[-1].end_line)
    return members


def _cut_last_entry(
    members: list[Member], document: str, warnings: list[WarningRecord] | None, line: int
) -> list[Member]:
    """The last member when the stored text ends inside its entry (rosters round 7): the text ends with its post
    and the post ends in no title while the others' do (李四　区发 → no post), or with its name alone while members
    before it have posts (…王五　区财政局局长⏎李建 → left out: two characters may be a name cut short)."""
    last = members[-1]
    tail = document.rstrip(" \u3000\n")
    titled = [m.post for m in members[:-1] if m.post]
    if (
        last.post
        and tail.endswith(last.post)
        and _title_at_end(last.post) is None
        # one character is no post (王五、李四、赵: a name cut after 、); else the other posts end in a title and
        # this one was cut (a table of units, 区政府 / 区水务局, is whole)
        and (len(last.post) == 1 or (titled and all(_title_at_end(post) is not None for post in titled)))
    ):
        return [*members[:-1], dataclasses.replace(last, post=None)]
    if last.post is None and len(last.person) == 2 and tail.endswith(last.person) and any(m.post for m in members):
        if warnings is not None:
            warnings.append(warning(CLAUSE_CUT_OFF, f"the text ends inside a roster entry: {last.person}", line))
        return members[:-1]
    return members


# A line 'POST：NAME' whose post is a title and no roster role (市长：王洪斌, 代市長:王洪斌, 現任秘書長: 肖 捷).
_POST_COLON_LINE_RE = compile_re(r"(?m)^[ \u3000]*(?P<key>[^\s：:，,。；;]{2,8}?)[ \u3000]*[：:][ \u3000]*\S")


def _office_leaders_page(document: str) -> bool:
    """Does the document list an office's leaders by post (市长：…, 副市长：…, 现任秘书长：…)? Then its
    秘书长 / 副秘书长 lines are posts too (rosters round 6)."""
    for m in _POST_COLON_LINE_RE.finditer(document):
        key = m.group("key")
        if key not in ROSTER_ROLES and _title_at_end(key) is not None:
            return True
    return False
