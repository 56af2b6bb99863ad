"""Posts that sign a document in a leader's name (落款 of a decree, a motion, an order), as data.

A document signed 国务院总理 周恩来 or 县长　张三 names a person, not an issuing body: the issuer
is the body heading its title or its decree's number, or the body the post names (国务院总理 →
国务院); never the person. Each entry: the post word, with a real signature it ends.
"""

from __future__ import annotations

# The post words a leader signs with, longest first where one ends another (委员长 before 长 is
# not needed: each is matched as the whole end of the post).
SIGNING_POSTS: dict[str, str] = {
    "总理": "国务院总理 周恩来 (议案, 1958)",
    "主席": "自治区主席 陈 武 (自治区人民政府令)",
    "委员长": "全国人民代表大会常务委员会委员长 张德江",
    "省长": "省长　李四 (省人民政府令)",
    "市长": "市长　王某 (市人民政府令)",
    "县长": "县长　张三 (县人民政府命令)",
    "区长": "区长　张三 (区人民政府令)",
    "州长": "州长　张三 (自治州人民政府令)",
    "旗长": "旗长　张三 (旗人民政府令)",
    "盟长": "盟长　张三 (盟行政公署令)",
    "部长": "财政部部长　张三 (财政部令)",
    "主任": "主任　张三 (委员会令)",
    "局长": "局长　张三 (总局令)",
    "署长": "署长　张三 (海关总署令)",
}
