"""Vocabulary shared by the stages, kept as data (one place, one comment per entry).

Extractor-specific vocabularies live beside their extractor (deadlines, personnel), but
everything the structural stages need to recognise a document is here.
"""

from __future__ import annotations

import re

# Chinese characters for regex classes: CJK Extension A, the Unified block, compatibility ideographs.
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

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
    {"意见", "通知", "决定", "决议", "批复", "函", "答复", "通报", "公告", "通告", "命令", "议案", "报告", "请示", "纪要", "令", "任免名单"}
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
    "标题": "title",  # 标　　题：国务院关于…的指导意见
    "名称": "title",
    "发文字号": "doc_number",  # 发文字号：国发〔2018〕42号
    "文号": "doc_number",  # 文 号: | 京政发〔2023〕1号 |
    "文件编号": "doc_number",
    "发布日期": "published",  # 发布日期：2018年12月29日
    "公开日期": "published",
    "发布时间": "published",
    "来源": "origin",  # • 来源:
    "信息来源": "origin",
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
    "生效时间": "effective",  # 发文日期: 2019-01-23 生效时间: 2019-01-23
    "废止时间": "repealed",  # 废止时间: 2020-01-23 名称: 太湖县人民政府关于…的通知
    "失效日期": "repealed",  # 失效日期：2024年6月30日
    "主送": "recipients",  # 主送：各区人民政府，市政府各委、办、局
    "主送机关": "recipients",
}

# Section headings of a gazette's contents and body, printed bare (without 【】): a short line
# that ends with one of these opens a section (国务院文件 / 部门文件 / 市政府办公室文件 …).
SECTION_HEADINGS: tuple[str, ...] = (
    "文件",  # 国务院文件, 部门文件, 市政府文件, 县政府办公室文件
    "人事任免",  # 人事任免
    "任免事项",  # 人事任免事项 (省政府公报)
    "政府令",  # 省政府令
    "政策解读",  # 政策解读
    "会议纪要",  # 常务会议纪要
    "大事记",  # 政务大事记
)

# Unit/organization suffixes: a short line ending with one of these, right above a date
# line, is a signature (落款).
ORG_SUFFIXES: tuple[str, ...] = (
    "人民政府",  # 北京市平谷区人民政府
    "政府",
    "办公厅",  # 国务院办公厅
    "办公室",  # 北京市平谷区人民政府办公室
    "国务院",
    "委员会",  # …人民代表大会常务委员会
    "常委会",
    "中央军委",
    "管委会",
    "管理委员会",
    "局",  # 北京市平谷区商务局
    "厅",
    "委",  # 区发展改革委
    "部",
    "署",
    "院",
    "处",
    "中心",
    "公司",
    "集团",
    "法院",
    "检察院",
    "领导小组",
    "指挥部",
    "工作组",
)

# The keys as one regex alternation, longest first, spaces allowed between characters
# (索 引 号, 标　　题): used by normalize (a metadata line stands alone) and documents (its pairs).
METADATA_KEY_ALTERNATION = "|".join(r"\s*".join(map(re.escape, key)) for key in sorted(METADATA_KEYS, key=len, reverse=True))

# Units that commonly head a recipients line (主送) — only used as a hint.
RECIPIENT_STARTS: tuple[str, ...] = ("各", "区", "市", "县", "省", "国务院", "中央", "全国")

# Quotation/brackets that open and close; an opener without its closer means the text goes on.
PAIRS: dict[str, str] = {"《": "》", "“": "”", "（": "）", "(": ")", "【": "】", "〔": "〕", "「": "」"}
