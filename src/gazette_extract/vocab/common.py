"""Vocabulary shared by the stages, kept as data (one place, one comment per entry).

Extractor-specific vocabularies live beside their extractor (deadlines, personnel), but
everything the structural stages need to recognise a document is here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from .._pattern_cache import compile_re

# The character classes of Chinese text, for regex classes ([{CJK}]); the only place they are written.
# Chinese characters: CJK Extension A (㐀), the Unified block (一…龥), compatibility ideographs (﨑).
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# … and the supplementary planes (Extensions B–H: 𠀋), rare characters of place names in 文号 agencies.
CJK_EXTENDED = CJK + r"\U00020000-\U0003134f"
# Chinese text: the characters plus radicals (⺀), CJK punctuation (、。〔〕), vertical forms (︰) and
# full-width forms (，：（）１): between two of these a line break of the page source is no space.
CJK_TEXT = r"\u2e80-\u2fff\u3001-\u303f" + CJK + r"\ufe30-\ufe4f\uff00-\uffef"

# How patterns are compiled: through _pattern_cache.compile_re, which is re.compile with the
# compiled programs kept on disk between runs (re builds each [{CJK}] class in a Python loop, 2–3
# ms each, ~200 ms for the package at start-up; see that module). A pattern of a rare form is a
# LazyPattern besides: compiled on first use, so a first run on a text without that form never
# compiles it.


class LazyPattern:
    """A pattern compiled (through compile_re) on its first use instead of at import, so that a
    text pays only for the forms it holds (a web page's metadata block, a roster …). The first
    call compiles the pattern and puts the compiled pattern's own methods on the instance, where
    every later call finds them: a call then costs what it costs on a compiled pattern."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:  # a method taken before the first call (map(P.search, …)) comes back here
            self._compiled = compiled = compile_re(self.pattern, self.flags)
            for name in ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                setattr(self, name, getattr(compiled, name))  # instance attributes shadow the methods below
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


# Document kinds (文种), longest first so that 指导意见 wins over 意见. Value: the kind reported.
DOC_KINDS: dict[str, str] = {
    "指导意见": "意见",  # 国务院关于加快推进农业机械化…的指导意见
    "实施意见": "意见",  # 关于…的实施意见
    "若干意见": "意见",  # 关于做好…促进就业工作的若干意见
    "意见": "意见",
    "补充通知": "通知",
    "紧急通知": "通知",
    "通知": "通知",  # 关于印发《…》的通知
    "决定": "决定",  # 关于…暂时调整实施…的决定
    "决议": "决议",
    "批复": "批复",  # 关于同意…的批复
    "复函": "函",  # 关于…有关问题的复函
    "函": "函",  # 关于印发国家粮食应急预案的函
    "答复": "答复",  # 对…第4626号提案的答复 (not one of the 15 GB/T 9704 kinds, but printed in gazettes)
    "通报": "通报",  # 关于…事故调查处理情况的通报
    "公告": "公告",
    "通告": "通告",
    "命令": "命令",
    "议案": "议案",
    "报告": "报告",
    "请示": "请示",
    "纪要": "纪要",
    "实施细则": "细则",
    "细则": "细则",
    "实施办法": "办法",
    "暂行办法": "办法",
    "管理办法": "办法",
    "办法": "办法",
    "暂行规定": "规定",
    "规定": "规定",
    "条例": "条例",  # 中华人民共和国个人所得税法实施条例
    "规则": "规则",  # 国务院工作规则
    "工作方案": "方案",
    "实施方案": "方案",
    "方案": "方案",
    "规划": "规划",
    "规划纲要": "纲要",  # 某县国民经济和社会发展第十四个五年规划纲要
    "纲要": "纲要",
    "工作要点": "要点",  # 某县2019年安全生产工作要点
    "要点": "要点",
    "若干措施": "措施",  # 关于促进民营经济发展的若干措施
    "措施": "措施",
    "计划": "计划",
    "预案": "预案",
    "工程": "工程",  # 平谷区2021年为民办实事工程
    "清单": "清单",
    "机制": "机制",  # 工作专班运行机制 (attachments)
    "制度": "制度",
    "任免名单": "任免名单",  # …人民代表大会常务委员会任免名单 (a document of its own)
    "任命名单": "任免名单",  # 樊城区人民代表大会常务委员会任命名单
    "名单": "名单",  # 领导小组成员名单, 区级河长名单: usually an attachment
    "令": "令",  # 中华人民共和国国务院令
}
DOC_KIND_SUFFIXES: tuple[str, ...] = tuple(sorted(DOC_KINDS, key=len, reverse=True))
# The kinds as one regex alternation, longest first (used by the stages' title patterns).
DOC_KIND_ALTERNATION = "|".join(map(re.escape, DOC_KIND_SUFFIXES))

# Kinds that, as a title's last word, mark the title of a whole official document (公文),
# as opposed to an enclosed plan or attachment (方案, 清单 …) which belongs to its notice.
OFFICIAL_KINDS: frozenset[str] = frozenset(
    {
        "意见",
        "通知",
        "决定",
        "决议",
        "批复",
        "函",
        "答复",
        "通报",
        "公告",
        "通告",
        "命令",
        "议案",
        "报告",
        "请示",
        "纪要",
        "令",
        "任免名单",
    }
)

# Keys of the metadata block that government websites print above a document.
# Key as printed (spaces removed) → field name.
METADATA_KEYS: dict[str, str] = {
    "索引号": "index",  # 索 引 号：000014349/2018-00223
    "主题分类": "topic",  # 主题分类：农业、林业、水利\农业、畜牧业、渔业
    "发文机关": "issuer",  # 发文机关：国务院
    "发布机构": "issuer",
    "发文单位": "issuer",
    "发文机构": "issuer",  # • 发文机构:\n 县政府网站 (value on the next line)
    "制发机关": "issuer",
    "成文日期": "date",  # 成文日期：2018年12月21日
    "成文时间": "date",
    "发文日期": "date",  # • 发文日期:\n 2024年04月06日 16:40
    "印发日期": "date",
    "发文时间": "date",  # 索 引 号 640400001/2016-14852 发文时间 2016-07-04 (固原, spaced keys, no colon)
    "标题": "title",  # 标　　题：国务院关于…的指导意见
    "名称": "title",
    "发文字号": "doc_number",  # 发文字号：国发〔2018〕42号
    "文号": "doc_number",  # 文 号: | 京政发〔2023〕1号 |
    "文件编号": "doc_number",
    "字号": "doc_number",  # 字号：某政办发〔2021〕5号 (a number only: 【字号：大 中 小】 is a page's font chooser)
    "发布日期": "published",  # 发布日期：2018年12月29日
    "公开日期": "published",
    "发布时间": "published",
    "来源": "origin",  # • 来源:
    "信息来源": "origin",
    "文件来源": "origin",  # • 【文件来源】安徽省 (law-database bullets)
    "所属类别": "topic",  # • 【所属类别】政策参考
    "内容概述": "summary",
    "分类": "topic",
    "组配分类": "topic",
    "公开方式": "disclosure",
    "公开范围": "disclosure",
    "实施日期": "effective",
    "废止日期": "repealed",
    "时效": "validity",
    "效力状态": "validity",
    "统一编号": "index",
    "关键词": "keywords",
    "主题词": "keywords",
    "有效性": "validity",
    "生效日期": "effective",
    "体裁": "genre",
    "公文种类": "genre",
    "信息名称": "title",  # • 信息名称: 关于…的通知
    "信息索引号": "index",  # 信息索引号：11530000/2019-00012
    "信息分类": "topic",  # 索 引 号: | 000014349/2023-91150 | 信息分类: | |
    "所属主题": "topic",  # 所属主题：综合政务
    "发布机关": "issuer",  # 发布机关：某县人民政府办公室
    "发布单位": "issuer",  # 发布单位：区人民政府办公室
    "公开时间": "published",  # 公开时间：2019-06-05
    "生成日期": "created",  # 发布机构: | 生成日期: | 2022-12-02 08:54:33 | | (the record's, not the document's)
    "是否有效": "validity",  # 文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |
    "公开形式": "disclosure",  # 公开形式：主动公开
    "文种": "genre",  # 文种：通知
    "体裁分类": "genre",  # [ 主题分类 ] | 重大项目建设 | [ 体裁分类 ] | 公文 |
    "施行日期": "effective",  # 施行日期：2019年7月1日
    "制定机关": "issuer",  # •【制定机关】中共中央办公厅 (law-database pages)
    "公布日期": "date",  # •【公布日期】2004.04.08 (a rule's promulgation: the document's date)
    "公发布日": "date",  # 公發布日： 民國105年06月08日 (Taiwan's law databases: the rule's promulgation)
    "颁布时间": "date",  # 頒布時間:1985-05-04 00:00:00.000 發文單位:安徽省人民政府 (law database, two pairs a line)
    "效力等级": "level",  # •【效力等级】规定
    "生效时间": "effective",  # 发文日期: 2019-01-23 生效时间: 2019-01-23
    "废止时间": "repealed",  # 废止时间: 2020-01-23 名称: 太湖县人民政府关于…的通知
    "失效日期": "repealed",  # 失效日期：2024年6月30日
    # law databases' exports (北大法宝-like) and portals' own tables
    "发布部门": "issuer",  # 发布部门：国务院办公厅
    "发文部门": "issuer",  # 发文部门: 山东省财政厅 (esnai law database)
    "颁布单位": "issuer",  # 颁布单位:包头市人民代表大会常务委员会
    "发布文号": "doc_number",  # 发布文号 | 粤府〔2021〕22号 |
    "发文文号": "doc_number",  # 发文文号：京政办发〔2016〕26号
    # the number key's other spellings (a value that is no document number is not read as one)
    "文件号": "doc_number",  # 文件号：某政办发〔2019〕12号
    "公文编号": "doc_number",  # 公文编号：某政办发〔2019〕12号
    "文件文号": "doc_number",  # 文件文号：某政办发〔2019〕12号
    "颁布日期": "published",  # 颁布日期:2001-6-3
    "实施时间": "effective",  # 实施时间：2021年3月1日
    "时效性": "validity",  # 时效性：现行有效
    "有效性状态": "validity",  # 有效性状态 | 阶段性文件 |
    "效力级别": "genre",  # 效力级别：地方规范性文件
    "法规类别": "topic",  # 法规类别：政府规章
    # title keys of other portals and databases (the title is the value, never a line of its own)
    "文件标题": "title",  # 文件标题：某县人民政府关于…的通知
    "发文标题": "title",  # 发文标题: 山东省财政厅关于印发《…》的通知 (esnai law database, 发文文号/发文部门/发文时间 under it)
    "文章标题": "title",  # 文章标题：…
    "公文标题": "title",  # 公文标题：…
    "信息标题": "title",  # 信息标题：…
    "文件名称": "title",  # 【文件名称】…
    "公文名称": "title",  # 公文名称：…
    "法规名称": "title",  # 【法规名称】某省…条例 (law databases)
    "规章名称": "title",  # 规章名称：…办法
    "政策名称": "title",  # 政策名称：…
    "题名": "title",  # 题名：… (library catalogues of gazettes)
    "中文名": "title",  # 中文名：《某某省…条例》 (an encyclopedia entry's fields over the rules it names)
    # keys of other portals (round 9 probing): each spelling printed for the same field
    "发文号": "doc_number",  # 发文号：皖政办〔2019〕5号
    "发文编号": "doc_number",  # 发文编号：某政发〔2021〕3号
    "公文字号": "doc_number",  # 公文字号：某府办函〔2020〕12号
    "文件字号": "doc_number",  # 文件字号：某政发〔2018〕7号
    "签发日期": "date",  # 签发日期：2019年03月12日 (the day the head signed: the 成文日期 by GB/T 9704)
    "印发时间": "date",  # 印发时间：2019-03-12 (as 印发日期)
    "颁布机关": "issuer",  # 颁布机关：某某省人民代表大会常务委员会 (law databases, as 颁布单位)
    "制发单位": "issuer",  # 制发单位：某某县人民政府办公室 (as 制发机关)
    # keys of other portals (round 10 probing)
    "签署日期": "date",  # 签署日期：2019-06-03 (the day the head signed, as 签发日期)
    "文件日期": "date",  # 文件日期：2019-06-03
    "下发日期": "date",  # 下发日期：2019-06-03 (as 印发日期)
    "成文机关": "issuer",  # 成文机关：某某县人民政府办公室
    "解释字号": "doc_number",  # 解釋字號: 釋字第632 號 (Taiwan's Judicial Yuan, law database)
    "解释日期": "date",  # 解釋日期: 民國 96 年 08 月 15 日
    # keys of other portals (round 11 probing): the day a body sent or signed the text
    "制发日期": "date",  # 制发日期：2019-06-03 (as 印发日期; 制发机关 names the body)
    "制发时间": "date",
    "下发时间": "date",  # 下发时间：2019-06-03 (as 下发日期)
    "签发时间": "date",  # 签发时间：2019年6月3日 (as 签发日期)
    "签署时间": "date",  # 签署时间：2019-06-03 (as 签署日期)
    "公布时间": "date",  # •【公布时间】2004.04.08 (as 公布日期: a rule's promulgation)
    "主送": "recipients",  # 主送：各区人民政府，市政府各委、办、局
    "主送机关": "recipients",
}

# Section headings of a gazette's contents and body, printed bare (without 【】): a short line
# that ends with one of these opens a section (国务院文件 / 部门文件 / 市政府办公室文件 …).
# The names of a table's columns, as a header row prints them: a cell holding one is a header,
# not a value (a web gazette's 目录: 序号 | 标题 | 文号 | 页码 — no metadata pair 文号：页码, no
# contents entry). Read by the HTML reader and the contents reader.
TABLE_COLUMN_NAMES: frozenset[str] = frozenset(
    {
        *("序号", "编号", "标题", "题目", "名称", "文件名称", "文件标题", "篇名"),  # the entry's title
        *("文号", "发文字号", "字号"),  # its number
        *("页码", "页次", "页", "目录"),  # its page
        *("日期", "发布日期", "备注", "操作"),  # a list page's other columns
    }
)


SECTION_HEADINGS: tuple[str, ...] = (
    "文件",  # 国务院文件, 部门文件, 市政府文件, 县政府办公室文件
    "人事任免",  # 人事任免
    "任免事项",  # 人事任免事项 (省政府公报)
    "政府令",  # 省政府令
    "国务院令",  # 国务院令 (国务院公报)
    "法律",  # 法律 (国务院公报, 人大常委会公报)
    "行政法规",  # 行政法规 (国务院公报)
    "部门规章",  # 部门规章 (国务院公报)
    "地方性法规",  # 地方性法规 (人大常委会公报)
    "政策解读",  # 政策解读
    "会议纪要",  # 常务会议纪要
    "大事记",  # 政务大事记
    "动态",  # 工作动态, 政务动态
    "政务信息",  # 政务信息
    "决定命令",  # 决定命令 (省政府公报)
    "领导讲话",  # 领导讲话
    "公告公示",  # 公告公示
    "规章",  # 政府规章, 法规规章
)


# Organization suffixes: a unit's name ends with one of these (one table for every stage).
# Value: a real organization, and whether an *issuing body* may end with it — a short line
# ending so, right above a date line, is a signature (落款), and an issuer is checked with it.
# The issuer suffixes are few on purpose: 市, 区, 会, 村 … end many lines that sign nothing,
# while a post's organization (张三为平谷区财政局预算科科长) may end with any of them.
class OrgSuffix(NamedTuple):
    example: str  # a real organization (" / " between alternatives; a note in "( … )")
    issuer: bool  # may end an issuing body's name (signature, issuer)


ORG_SUFFIXES: dict[str, OrgSuffix] = {
    "人民政府": OrgSuffix("北京市平谷区人民政府", issuer=True),
    "政府": OrgSuffix("区政府", issuer=True),
    "委员会": OrgSuffix("北京市平谷区城市管理委员会", issuer=True),
    "常委会": OrgSuffix("北京市人大常委会", issuer=True),
    "人民代表大会": OrgSuffix("嘉兴市南湖区第十届人民代表大会", issuer=False),
    "人大": OrgSuffix("虹口区第十五届人大 (…人大代表)", issuer=False),
    "主席团": OrgSuffix("攸县第十八届人民代表大会第二次会议主席团 (signs its session's 公告)", issuer=True),
    "管委会": OrgSuffix("中关村平谷园管委会", issuer=True),
    "管理委员会": OrgSuffix("北京经济技术开发区管理委员会", issuer=True),
    "中央军委": OrgSuffix("中央军委", issuer=True),
    "办事处": OrgSuffix("北京市平谷区马坊地区办事处", issuer=False),
    "办公室": OrgSuffix("北京市平谷区人民政府办公室", issuer=True),
    "办公厅": OrgSuffix("国务院办公厅", issuer=True),
    "国务院": OrgSuffix("国务院", issuer=True),
    "管理局": OrgSuffix("民航华北管理局", issuer=False),
    "分局": OrgSuffix("区规划自然资源分局", issuer=False),
    "总局": OrgSuffix("民航总局", issuer=False),
    "局": OrgSuffix("北京市平谷区商务局", issuer=True),
    "委": OrgSuffix("国家发展改革委 / 区卫生健康委 / 北京奥组委", issuer=True),
    "办": OrgSuffix("空中交通管制办", issuer=False),
    "法院": OrgSuffix("北京市平谷区人民法院", issuer=True),
    "检察院": OrgSuffix("北京市平谷区人民检察院", issuer=True),
    "院": OrgSuffix("国务院 / 中国科学院", issuer=True),
    "中心": OrgSuffix("区投资促进服务中心", issuer=True),
    "厅": OrgSuffix("河北省财政厅", issuer=True),
    "部": OrgSuffix("公安部 / 区委组织部", issuer=True),
    "署": OrgSuffix("海关总署", issuer=True),
    "处": OrgSuffix("北京市财政局预算处", issuer=True),
    "科": OrgSuffix("平谷区财政局预算科", issuer=False),
    "所": OrgSuffix("某派出所 / 某研究所", issuer=False),
    "派出所": OrgSuffix("某某县公安局某某派出所 (signs its 通告)", issuer=True),
    "司法所": OrgSuffix("某某县司法局某某司法所 (signs its 公告)", issuer=True),
    "站": OrgSuffix("平谷区农业技术推广站", issuer=False),
    "推广站": OrgSuffix("某某县农业技术推广站 (signs its 通知)", issuer=True),
    "管理站": OrgSuffix("某某县水利工程管理站 (signs its 通告)", issuer=True),
    "监测站": OrgSuffix("某某县环境监测站 (signs its 公告)", issuer=True),
    "督查室": OrgSuffix("寿县人民政府督查室 (signs its 督查通报)", issuer=True),
    "室": OrgSuffix("北京市平谷区人民政府教育督导室", issuer=False),
    "庭": OrgSuffix("刑事审判庭", issuer=False),
    "队": OrgSuffix("某执法大队", issuer=False),
    "大队": OrgSuffix("某某县公安局交通警察大队 / 某某县综合行政执法大队 (sign their 通告)", issuer=True),
    "支队": OrgSuffix("某某市公安局交通警察支队 (signs its 通告)", issuer=True),
    "总队": OrgSuffix("某某省公安厅交通警察总队 (signs its 通告)", issuer=True),
    "海关": OrgSuffix("中华人民共和国拱北海关 (signs its 公告)", issuer=True),
    "部队": OrgSuffix("武警部队", issuer=False),
    "公司": OrgSuffix("北京市平谷区国有资产投资经营有限公司", issuer=True),
    "集团": OrgSuffix("北京首都农业集团", issuer=True),
    # round dates21: a listed company's board signs its announcements (特此公告。 / 中国汽车工程研究院股份有限公司董事会 /
    # 2024年4月9日 — four dev pages lost the issuer: 会 ends no issuer)
    "董事会": OrgSuffix("中国汽车工程研究院股份有限公司董事会 (signs its 公告)", issuer=True),
    "监事会": OrgSuffix("某某股份有限公司监事会 (signs its 公告)", issuer=True),
    # round 25: a holding company named short, without 公司 (徐思伟跨公司,任中国国新控股董事长 — 央企 roundup, dev)
    "控股": OrgSuffix("中国国新控股 / 中国诚通控股 (…控股有限责任公司 named short)", issuer=False),
    "领导小组": OrgSuffix("北京市平谷区防汛抗旱领导小组", issuer=True),
    "指挥部": OrgSuffix("北京市平谷区防汛抗旱指挥部", issuer=True),
    "工作组": OrgSuffix("某专项工作组", issuer=True),
    "银行": OrgSuffix("中国人民银行", issuer=False),
    "行": OrgSuffix("中国人民银行某分行", issuer=False),
    "支行": OrgSuffix("中国人民银行某某县支行 (signs its 通知)", issuer=True),
    "分行": OrgSuffix("中国人民银行某某分行 (signs its 通知)", issuer=True),
    "社": OrgSuffix("某报社", issuer=False),
    "会": OrgSuffix("平谷区工商业联合会 / 区政协会", issuer=False),
    "协会": OrgSuffix("某某县个体劳动者协会 (signs its 通知)", issuer=True),
    "政治协商会议": OrgSuffix("中国人民政治协商会议 (signs its 工作条例, 1949)", issuer=True),
    "联合会": OrgSuffix("某某县妇女联合会 / 某某县残疾人联合会 (sign their 通知)", issuer=True),
    "团": OrgSuffix("共青团", issuer=False),
    "校": OrgSuffix("某党校", issuer=False),
    "学": OrgSuffix("某中学", issuer=False),
    "学校": OrgSuffix("某学校", issuer=False),
    "大学": OrgSuffix("北京大学", issuer=False),
    "学院": OrgSuffix("某学院", issuer=False),
    "医院": OrgSuffix("平谷区医院", issuer=False),
    "馆": OrgSuffix("平谷区图书馆", issuer=False),
    "台": OrgSuffix("某电视台", issuer=False),
    "气象台": OrgSuffix("某某县气象台 (signs its 预警)", issuer=True),
    "协": OrgSuffix("区政协", issuer=False),
    "联": OrgSuffix("区妇联 / 区残联", issuer=False),
    "党组": OrgSuffix("北京市平谷区商务局党组 / 中共某某县人民政府党组 (signs 党组文件)", issuer=True),
    "党委": OrgSuffix("某大学党委", issuer=False),
    "党工委": OrgSuffix("某街道党工委", issuer=False),
    "区委": OrgSuffix("区委", issuer=False),
    "市委": OrgSuffix("市委", issuer=False),
    "县委": OrgSuffix("县委", issuer=False),
    "省委": OrgSuffix("省委", issuer=False),
    "组": OrgSuffix("某专项工作组 (only before titles such as 组长, which are not in TITLES)", issuer=False),
    "省": OrgSuffix("河北省", issuer=False),
    "市": OrgSuffix("北京市", issuer=False),
    "区": OrgSuffix("平谷区", issuer=False),
    "县": OrgSuffix("密云县", issuer=False),
    "州": OrgSuffix("某自治州", issuer=False),
    "盟": OrgSuffix("锡林郭勒盟", issuer=False),
    "旗": OrgSuffix("某旗", issuer=False),
    "镇": OrgSuffix("马坊镇", issuer=False),
    "乡": OrgSuffix("熊儿寨乡", issuer=False),
    "村": OrgSuffix("某村", issuer=False),
    "街道": OrgSuffix("某街道", issuer=False),
    "社区": OrgSuffix("某社区", issuer=False),
}
# what an issuing body's name ends with (layout: signatures, issuers)
ISSUER_SUFFIXES: tuple[str, ...] = tuple(suffix for suffix, entry in ORG_SUFFIXES.items() if entry.issuer)
# every suffix, longest first, so that 委员会 wins over 会 (personnel: the organization of a post)
ORG_SUFFIX_TUPLE: tuple[str, ...] = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))

# A forum's or a list's pager keys (pages18): the pager line under a post — 页: [1] (a Discuz archiver page), 页: [1] 2 3,
# 页码：1 [2], 分页：[1] — page furniture: it stands alone and never joins the post's last line
PAGER_KEYS: tuple[str, ...] = ("页", "页码", "页次", "分页", "頁", "頁碼", "頁次")
PAGER_ALTERNATION = "|".join(sorted(PAGER_KEYS, key=len, reverse=True))

# The keys as one regex alternation, longest first, spaces allowed between characters
# (索 引 号, 标　　题): used by normalize (a metadata line stands alone) and documents (its pairs).
METADATA_KEY_ALTERNATION = "|".join(
    r"\s*".join(map(re.escape, key)) for key in sorted(METADATA_KEYS, key=len, reverse=True)
)
# The keys of a title field only (标　　题, 名称, 文件名称 …), in the same form.
TITLE_KEY_ALTERNATION = "|".join(
    r"\s*".join(map(re.escape, key))
    for key in sorted((k for k, field in METADATA_KEYS.items() if field == "title"), key=len, reverse=True)
)

# Units that commonly head a recipients line (主送) — only used as a hint.
RECIPIENT_STARTS: tuple[str, ...] = ("各", "区", "市", "县", "省", "国务院", "中央", "全国")

# Quotation/brackets that open and close; an opener without its closer means the text goes on.
PAIRS: dict[str, str] = {"《": "》", "“": "”", "（": "）", "(": ")", "【": "】", "〔": "〕", "「": "」"}
# Other outer brackets a page prints a line in that is read as a round one: a date and number under a
# title (〔2019年6月3日〕 / [某府发〔2019〕12号 2019年6月3日]) or an adoption note (【2001年3月1日…会议通过】)
OUTER_BRACKETS: dict[str, str] = {"〔": "〕", "[": "]", "【": "】", "［": "］"}


def compact(text: str) -> str:
    """Text with every space removed (any Unicode space, the ideographic one included), for comparing words
    printed with stray spaces: 文　号, 王　强, a title over the same title letter-spaced."""
    return "".join(text.split())


def alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, escaped and longest first, so that 主要责任单位 wins over
    责任单位 and 年底 over 底 (a regex alternation takes the first branch that matches). Words of one length
    in their own order, so that a set gives the same pattern in every process (the pattern cache's key; two words
    of one length never match at the same place, so the order among them changes no match)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def gate_alternation(words: Iterable[str]) -> str:
    """Words as a regex for a gate, which asks only whether and where a text holds one of them (``search(…) is None``,
    the match's start): the words as a prefix tree, 代(?:理|…)|原|…, so that ``re`` tries one branch for each first
    character at a position instead of a branch for each word (speed23: the Traditional forms' gate, 160 words, a
    third less time a block). A word that another extends stands for both — a search needs the shorter only — so the
    match is the shortest word found at its start, not the longest: for gates, never to read what matched. In sorted
    order, so that a set gives the same pattern in every process (the pattern cache's key)."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _gate_branches(tree) if tree else "(?!)"  # no word: a gate that never opens


def _gate_branches(node: dict[str, dict[str, Any]]) -> str:
    if "" in node:
        return ""  # a word ends here: what goes on from it is never needed
    branches = [re.escape(ch) + _gate_branches(rest) for ch, rest in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# The issuing bodies' suffixes (…人民政府, …办公室, …局) as one alternation, for patterns that read a body's name
ISSUER_SUFFIX_ALTERNATION = alternation(ISSUER_SUFFIXES)


# The marks that open a news story (a newspaper's or a site's own report), before the reporter's
# bracket: 本报讯（记者 王晓丽）1月4日，… / 本网讯（徐琦）. Defined once: the paragraph joiner, the
# byline reader and the news-page reader all start a story at them.
STORY_OPENERS: tuple[str, ...] = ("本报讯", "本网讯")
STORY_OPENER_ALTERNATION = alternation(STORY_OPENERS)

# Undated words that open a story's lead, before a comma (headlines round 14). Alone they open no story
# (a paragraph anywhere may begin so); right under a headline (past its publish line, decks and
# captions) they say the line above is the page's headline: 近日，某某县召开… / 日前，… / 连日来，…
HEADLINE_LEAD_OPENERS: tuple[str, ...] = (
    "近日",  # 近日，某某镇组织开展…
    "日前",  # 日前，紫薇二村社区居委会联合…
    "连日来",  # 连日来，某某县…
    "近期",  # 近期，市场监管局…
    "近来",
    "最近",  # 最近，国家文化和旅游部公布了…
    "前不久",  # 前不久，我区召开了…
    "今年以来",  # 今年以来，全县各级河长共计巡河…
    "近年来",  # 近年来，某某镇立足实际…
    "年初以来",
    "入冬以来",
    "入夏以来",
    "开春以来",
    "春节前夕",
    "节前",
)
HEADLINE_LEAD_OPENER_ALTERNATION = alternation(HEADLINE_LEAD_OPENERS)
# The verbs of a purpose clause opening a story's lead under its headline (为进一步加强…，某某县召开…; headlines
# round 14): 为 / 为了, then one of these; a notice's body opens so too (为做好…，现将…通知如下), its title a document's
PURPOSE_LEAD_VERBS: tuple[str, ...] = (
    *("进一步", "切实", "全面", "深入", "认真", "更好", "加快", "推动", "推进", "做好", "加强", "确保"),
    *("落实", "贯彻", "保障", "提高", "提升", "营造", "促进", "庆祝", "纪念", "迎接", "弘扬", "丰富", "扎实"),
)
PURPOSE_LEAD_ALTERNATION = alternation(PURPOSE_LEAD_VERBS)
# Words by which a text issues its notice (headlines round 14): an untitled text that says them and dates itself
# on its last line is a notice stored without its title and signature, a document by its date (FORMAT.md)
NOTICE_ISSUING_WORDS: tuple[str, ...] = (
    "通知如下",  # 现将2020年春节放假安排通知如下：
    "公告如下",  # 现将有关事项公告如下：
    "通告如下",  # 现就有关事项通告如下：
    "特此通知",
    "特此公告",
    "特此通告",
    "特此通报",
    "现予公布",  # …名单，现予公布。
    "现予公告",
    "请遵照执行",  # …印发给你们，请遵照执行。
    "请认真贯彻执行",
    "请认真贯彻落实",
)


# Words before 公报 that make it a document's kind or a newspaper, never a gazette's name
# (某县人民政府公报 / 杭州政报 are gazettes): read by the masthead reader (layout.frontmatter).
NOT_GAZETTE_BEFORE_GONGBAO: dict[str, str] = {
    "统计": "某县2018年国民经济和社会发展统计公报",
    "状况": "2019年某省生态环境状况公报",
    "普查": "第七次全国人口普查公报（第一号）",
    "会议": "中国共产党第十九届中央委员会第四次全体会议公报 (…会议公报)",
    "全会": "十九届四中全会公报",
    "联合": "中美联合公报",
    "新闻": "某省第一次全国污染源普查新闻公报",
    "质量": "2019年某市环境质量公报",
    "资源": "2019年某省水资源公报",
    "大": "大公报 (a Hong Kong newspaper)",
}


# Title keys whose value is a document's title only in 《》: an encyclopedia entry's 中文名 names a
# person or a place as often as the rules it is about (中文名：《某某省…条例》, never 中文名：张三)
BOOK_TITLE_ONLY_KEYS: frozenset[str] = frozenset({"中文名"})

# Keys that name the body that wrote the text or the day it was written or signed, read also from a line
# of several pairs (发文机关：… 成文日期：…); a website's 发布机构 or 发布日期 beside other pairs is the page's,
# and 发文日期/印发日期 there the day it was sent out (round 6: the signature's date is the text's)
WRITING_KEYS: frozenset[str] = frozenset(
    {"成文日期", "成文时间", "签发日期", "签署日期", "发文机关", "成文机关", "制发机关"}
)
