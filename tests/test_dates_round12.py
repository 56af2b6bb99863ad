"""Dates and issuers, probing round 12 (issue 9): classes found on the FIT half of a probe of real
pages of dev-split sites (``probe/dates``, not committed; a CHECK half of other sites was labelled
blind and scored by numbers only), each across its variants, with the rows that must give nothing
or must not change.

* a law database's copies of the title — the page's title, a byline, the title again, the names
  line, the title a third time — over the bracket that holds the number and the date
  (``（重府发〔1995〕101号 一九九五年六月五日）``) or the rule's history: no date, no number, and on a
  page whose document the splitter did not find, no issuer either;
* a date run on between the notice's last sentence and the heading of what it encloses, all on one
  line (``…编制工作。 二OO八年五月二十三日 某某市政府信息公开目录编制规则 根据…``), perhaps under its
  signature: no date;
* an e-paper's footer line that ends on the issue's date in two forms
  (``…119件 2024-01-30 2 2024年01月30日 星期二``): the lead's day was not resolved;
* a body heading its own 公告/通告 under a column tag, its serial after the kind
  (``【精准防控】某某指挥部公告（第47号）``): no issuer;
* a signature and its date opening a line, a rule and the enclosed draft run on after them
  (``某州人民政府法制办公室 2016年12月1日 ---------- 某某条例（草案）``): no document at all;
* a body's name wrapped over two signature lines (``某某市应急管理`` / ``工作领导小组办公室``): the
  false issuer ``工作领导小组办公室``;
* a publish line whose day and time lost the space between them (``发布日期: 2021-03-0910:22:31``):
  the lead's day was not resolved.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs
from table_helpers import assert_unique

from gazette_extract.layout.news import epaper_footer_date
from gazette_extract.text.newshead import publish_date

docs = api_docs

# --------------------------------------------------------------------------- a law database's copies

RULES = "某某市土地监察暂行办法"
CITY = "某某市人民政府"
BYLINE = "作者：法律资料网 时间：2024-05-21 02:23:16 浏览：8935 来源：法律资料网"
ARTICLES = (
    "第一条 为了加强土地管理，保护土地资源，结合本市实际，制定本办法。\n"
    "第二条 本办法所称土地监察，是指土地管理部门依法进行的监督检查。\n"
)


def _copies(bracket: str, names: str = CITY) -> str:
    return f"您的位置：首页 » 法律资料网 » 法律法规 »\n{RULES}\n{BYLINE}\n下载地址：点击此处下载\n{RULES}\n{names}\n{RULES}\n{bracket}\n{ARTICLES}"


COPIES_ROWS = [
    pytest.param(
        "（某府发〔1995〕101号 一九九五年六月五日）", "1995-06-05", "某府发〔1995〕101号", id="number-first-numerals"
    ),
    pytest.param("(某府发〔1995〕101号 1995年6月5日)", "1995-06-05", "某府发〔1995〕101号", id="ascii-brackets-digits"),
    pytest.param("（某府发[1995]101号，1995年6月5日）", "1995-06-05", "某府发〔1995〕101号", id="square-number-comma"),
    pytest.param("（1995年6月5日 某府发〔1995〕101号）", "1995-06-05", "某府发〔1995〕101号", id="date-first"),
    pytest.param(
        "（某府发〔1995〕101号　一九九五年六月五日印发）", "1995-06-05", "某府发〔1995〕101号", id="ideographic-printed"
    ),
    pytest.param("（某府发〔1995〕101号 二OO五年六月五日）", "2005-06-05", "某府发〔1995〕101号", id="letter-o-year"),
    pytest.param(
        "（1995年6月5日某某市人民政府第5次常务会议通过 1995年6月10日某某市人民政府令第12号公布）",
        "1995-06-05",
        "某某市人民政府令第12号",
        id="history",
    ),
    # the bracket holds no date, or no bracket stands under the copies: nothing is read from it
    pytest.param("（某府发〔1995〕101号）", None, "某府发〔1995〕101号", id="number-only-no-date"),
    pytest.param("（一九九五年六月）", None, None, id="month-only-no-date"),
]
assert_unique(COPIES_ROWS)


@pytest.mark.parametrize(("bracket", "date", "number"), COPIES_ROWS)
def test_the_bracket_under_a_law_databases_copies_of_the_title(
    bracket: str, date: str | None, number: str | None
) -> None:
    [(_title, got_number, got_date, issuer)] = docs(_copies(bracket))
    assert (got_date, got_number) == (date, number)
    assert issuer == CITY  # the names line between the second and third copies


@pytest.mark.parametrize(
    "names",
    [
        pytest.param("某某市人民政府 某某市财政局", id="two-bodies"),
        pytest.param("某某市人民政府办公厅", id="office"),
    ],
)
def test_the_names_line_between_the_later_copies_is_the_issuer(names: str) -> None:
    [(_title, _number, date, issuer)] = docs(_copies("（某府发〔1995〕101号 一九九五年六月五日）", names))
    assert (date, issuer) == ("1995-06-05", "、".join(names.split()))


def test_a_bracket_under_another_title_dates_nothing() -> None:
    # the copies name one rule, the bracket stands under a heading that is no copy of it
    text = _copies("某某市土地监察工作规程").replace(
        "某某市土地监察工作规程\n", "某某市土地监察工作规程\n（某府发〔1995〕101号 一九九五年六月五日）\n"
    )
    assert all(row[2] != "1995-06-05" or row[0] != RULES for row in docs(text))


# --------------------------------------------------------------------------- a date run on mid-line

RUN_TITLE = "关于印发某某市政府信息公开目录编制规则的通知"
RUN_LEAD = "某政办发[2008]68号 各旗、县、区人民政府，市各委、办、局： 经市人民政府同意，现将《某某市政府信息公开目录编制规则》印发给你们，请认真组织实施。"
RULE_HEAD = "某某市政府信息公开目录编制规则 根据《中华人民共和国政府信息公开条例》，制定本规则。"

RUNON_ROWS = [
    pytest.param(f" 二OO八年五月二十三日 {RULE_HEAD}", "2008-05-23", None, id="letter-o-numerals"),
    pytest.param(f" 二〇〇八年五月二十三日 {RULE_HEAD}", "2008-05-23", None, id="ling-numerals"),
    pytest.param(f" 2008年5月23日 {RULE_HEAD}", "2008-05-23", None, id="digits"),
    pytest.param(f"　2008年5月23日　{RULE_HEAD}", "2008-05-23", None, id="ideographic-spaces"),
    pytest.param(f" 某某市人民政府办公厅 2008年5月23日 {RULE_HEAD}", "2008-05-23", "某某市人民政府办公厅", id="signed"),
    # a sentence goes on after the date, the date ends the line, or two such dates: nothing
    pytest.param(" 2008年5月23日，市政府召开常务会议，研究有关工作。", None, None, id="sentence-no-date"),
    pytest.param(" 2008年5月23日 市政府召开常务会议，研究有关工作。", None, None, id="clause-no-date"),
    pytest.param(
        f" 2008年5月23日 {RULE_HEAD} 2008年6月1日 某某市政府信息公开指南 第一条 本指南。",
        None,
        None,
        id="two-dates-none",
    ),
    pytest.param(f" 会议研究决定 2008年5月23日 {RULE_HEAD}", None, None, id="words-no-body"),
]
assert_unique(RUNON_ROWS)


@pytest.mark.parametrize(("tail", "date", "issuer"), RUNON_ROWS)
def test_a_date_run_on_between_the_last_sentence_and_a_heading(tail: str, date: str | None, issuer: str | None) -> None:
    found = docs(f"{RUN_TITLE}\n来源： 某某法规网 · 2020-11-11 · 4825人看过\n{RUN_LEAD}{tail}\n")
    assert [(d[2], d[3]) for d in found if d[0] == RUN_TITLE] == [(date, issuer)]


# --------------------------------------------------------------------------- an e-paper's footer line

STORY_HEAD = "今日某某 数字报纸\n00004版：区两会特别报道\n区十八届人大三次会议共收到议案建议119件\n"
STORY_LEAD = "本报讯（记者 张三 李四）记者从1月29日上午举行的区十八届人大三次会议议案审查委员会会议上了解到，大会共收到议案55件。\n"
FOOTER = "今日某某 区两会特别报道 00004 区十八届人大三次会议共收到议案建议119件"

FOOTER_ROWS = [
    pytest.param(f"{FOOTER} 2024-01-30 2 2024年01月30日 星期二", "2024-01-30", id="weekday"),
    pytest.param(f"{FOOTER}2024-01-30 2 2024年01月30日 星期二", "2024-01-30", id="glued-headline"),
    pytest.param(f"{FOOTER} 2024-01-30 2 2024年1月30日", "2024-01-30", id="no-weekday"),
    pytest.param(f"{FOOTER} 2024-1-30 12 2024年01月30日 周二", "2024-01-30", id="unpadded-zhou"),
    # the two forms disagree, a sentence, no page number between them: not the footer
    pytest.param(f"{FOOTER} 2024-01-30 2 2024年01月31日 星期三", None, id="disagree-none"),
    pytest.param(f"{FOOTER}。2024-01-30 2 2024年01月30日", None, id="sentence-none"),
    pytest.param(f"{FOOTER} 2024-01-30 2024年01月30日", None, id="no-page-none"),
]
assert_unique(FOOTER_ROWS)


@pytest.mark.parametrize(("line", "expected"), FOOTER_ROWS)
def test_an_epaper_footer_line(line: str, expected: str | None) -> None:
    assert epaper_footer_date(line) == expected


def test_an_epaper_footer_resolves_the_leads_day() -> None:
    found = docs(STORY_HEAD + STORY_LEAD + f"{FOOTER} 2024-01-30 2 2024年01月30日 星期二\n")
    assert [d[2] for d in found] == ["2024-01-29"]


def test_a_story_without_the_footer_stays_undated() -> None:
    assert [d[2] for d in docs(STORY_HEAD + STORY_LEAD)] in ([], [None])


# --------------------------------------------------------------------------- a body heading its own notice

HEADED_ROWS = [
    pytest.param("【精准防控】某某盟疫情防控指挥部公告（第47号）", "某某盟疫情防控指挥部", id="tag-serial"),
    pytest.param("某某盟疫情防控指挥部公告（2022第47号）", "某某盟疫情防控指挥部", id="year-serial"),
    pytest.param("[要闻]某某县人民政府通告(第一号)", "某某县人民政府", id="square-tag-numeral-serial"),
    pytest.param("某某县人民政府公告（2022年第3号）", "某某县人民政府", id="year-nian-serial"),
    # a notice about a subject, or a tag alone before a title without a body: none
    pytest.param("【精准防控】关于做好疫情防控工作的公告（第47号）", None, id="about-none"),
    pytest.param("【精准防控】疫情防控公告（第47号）", None, id="no-body-none"),
]
assert_unique(HEADED_ROWS)


@pytest.mark.parametrize(("title", "issuer"), HEADED_ROWS)
def test_a_body_heading_its_own_notice_under_a_tag(title: str, issuer: str | None) -> None:
    text = (
        f"{title}\n来源：某某疫情防控指挥部 发布日期：2022-11-05 09:10:10 点击量：\n"
        "11月5日，本轮疫情最后2例患者治愈出院。请广大群众继续做好个人防护。\n2022年11月5日\n"
    )
    assert [d[3] for d in docs(text)] == [issuer]


# --------------------------------------------------------------------------- a signature over a rule

DRAFT_LEAD = (
    "为了提高立法质量，现将州法制办正在审查的《某某自治州发展藏医药条例（草案）》予以公布，广泛听取社会各界的意见。"
    "请于2016年12月28日以前将意见反馈我办。\n附件（点击下载）：\n"
)
RULE_ROWS = [
    pytest.param(
        "某某州人民政府法制办公室 2016年12月1日 ------------------ 某某自治州发展藏医药条例（草案） 第一章 总则",
        ("2016-12-01", "某某州人民政府法制办公室"),
        id="dashes",
    ),
    pytest.param(
        "某某州人民政府法制办公室　二〇一六年十二月一日　—————— 某某自治州发展藏医药条例（草案）",
        ("2016-12-01", "某某州人民政府法制办公室"),
        id="numerals-em-dashes",
    ),
    pytest.param(
        "某某州人民政府法制办公室2016年12月1日======== 某某自治州发展藏医药条例（草案）",
        ("2016-12-01", "某某州人民政府法制办公室"),
        id="glued-equals",
    ),
    # words of a sentence before the date, or no rule after it: nothing new
    pytest.param("请于收到后尽快反馈 2016年12月1日 ------------------ 某某条例（草案）", None, id="sentence-none"),
]
assert_unique(RULE_ROWS)


@pytest.mark.parametrize(("line", "expected"), RULE_ROWS)
def test_a_signature_and_date_over_a_rule_and_the_enclosure(line: str, expected: tuple[str, str] | None) -> None:
    found = docs(DRAFT_LEAD + line + "\n")
    assert [(d[2], d[3]) for d in found] == ([expected] if expected else [])


# --------------------------------------------------------------------------- a signature wrapped in two

NOTICE = "关于调整部分区域管控措施的通告"
NOTICE_BODY = (
    f"{NOTICE}\n各有关单位、广大市民：\n根据当前形势，经研究决定，调整部分区域管控措施。现将有关事项通告如下：\n"
    "一、自即日起，恢复正常生产生活秩序。\n二、请广大市民继续做好个人防护。\n特此通告。\n"
)
WRAP_ROWS = [
    pytest.param("某某市应急管理\n工作领导小组办公室\n2021年6月8日", "某某市应急管理工作领导小组办公室", id="wrapped"),
    pytest.param(
        "某某市新冠肺炎疫情\n联防联控指挥部办公室\n2022年4月5日",
        "某某市新冠肺炎疫情联防联控指挥部办公室",
        id="wrapped-command",
    ),
    pytest.param("某某县疫情防控\n工作指挥部\n二〇二二年四月五日", "某某县疫情防控工作指挥部", id="numeral-date"),
    # (unchanged) one body a line, a whole name alone, a sentence over the name
    pytest.param(
        "某某市应急管理局\n某某市卫生健康委员会\n2021年6月8日",
        "某某市应急管理局、某某市卫生健康委员会",
        id="joint-unchanged",
    ),
    pytest.param(
        "某某市应急管理工作领导小组办公室\n2021年6月8日", "某某市应急管理工作领导小组办公室", id="one-line-unchanged"
    ),
    pytest.param("请遵照执行\n某某市应急管理局\n2021年6月8日", "某某市应急管理局", id="sentence-over-name-unchanged"),
]
assert_unique(WRAP_ROWS)


@pytest.mark.parametrize(("foot", "issuer"), WRAP_ROWS)
def test_a_body_name_wrapped_over_two_signature_lines(foot: str, issuer: str) -> None:
    [(_title, _number, date, got)] = docs(NOTICE_BODY + foot + "\n")
    assert got == issuer and date is not None


# --------------------------------------------------------------------------- a publish time glued on

GLUED_ROWS = [
    pytest.param("发布日期: 2021-03-0910:22:31 浏览次数:", "2021-03-09", id="key"),
    pytest.param("2021-03-0910:22 来源：某某县人大", "2021-03-09", id="source-after"),
    pytest.param("发布时间：2021-03-09 10:22:31", "2021-03-09", id="spaced-unchanged"),
    # an unpadded day: where the day ends is not said
    pytest.param("发布日期: 2021-3-910:22:31", None, id="unpadded-none"),
]
assert_unique(GLUED_ROWS)


@pytest.mark.parametrize(("line", "expected"), GLUED_ROWS)
def test_a_publish_line_whose_time_is_glued_to_its_day(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


def test_a_glued_publish_time_resolves_the_leads_day() -> None:
    text = (
        "某某县第十八届人大常委会举行第五次会议\n发布日期: 2021-03-0910:22:31 浏览次数:\n"
        "3月8日上午，县十八届人大常委会举行第五次会议，县人大常委会主任张三主持会议。\n会议听取了有关报告。\n"
    )
    assert [d[2] for d in docs(text)] == ["2021-03-08"]


# --------------------------------------------------------------------------- joint bodies, each over its date

TRAFFIC = "关于某某路段实施交通管制的通告"
TRAFFIC_BODY = f"{TRAFFIC}\n为保障工程顺利进行，经研究，决定对某某路段实施交通管制。\n特此通告。\n"
PAIRS_ROWS = [
    pytest.param(
        "某某市公安局交通警察支队\n2019年6月3日\n某某市交通运输局\n2019年6月3日",
        "某某市公安局交通警察支队、某某市交通运输局",
        id="two-pairs",
    ),
    pytest.param(
        "某某市公安局交通警察支队\n二〇一九年六月三日\n某某市交通运输局\n二〇一九年六月三日\n某某市城市管理局\n二〇一九年六月三日",
        "某某市公安局交通警察支队、某某市交通运输局、某某市城市管理局",
        id="three-pairs-numerals",
    ),
    # the dates differ: which body signed the notice's date is not said — the first, as before
    pytest.param(
        "某某市公安局交通警察支队\n2019年6月3日\n某某市交通运输局\n2019年6月5日",
        "某某市公安局交通警察支队",
        id="dates-differ",
    ),
    pytest.param(
        "某某市公安局交通警察支队\n2019年6月3日\n附件：管制路段示意图", "某某市公安局交通警察支队", id="one-pair"
    ),
]
assert_unique(PAIRS_ROWS)


@pytest.mark.parametrize(("foot", "issuer"), PAIRS_ROWS)
def test_joint_bodies_signing_each_over_its_own_date(foot: str, issuer: str) -> None:
    [(_title, _number, date, got)] = docs(TRAFFIC_BODY + foot + "\n")
    assert (date, got) == ("2019-06-03", issuer)


# --------------------------------------------------------------------------- a signature over an unread date

FLOOD = "某某县人民政府关于做好防汛工作的通知"
FLOOD_BODY = f"{FLOOD}\n各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现将有关事项通知如下：\n一、加强组织领导。\n二、落实防汛责任。\n"
UNREAD_ROWS = [
    pytest.param("某某县人民政府\n二零一九年六", "某某县人民政府", id="cut-numerals"),
    pytest.param("某某县人民政府\n2019年6", "某某县人民政府", id="cut-digits"),
    pytest.param("某某县选举委员会\n**年5月**日", "某某县选举委员会", id="masked-stars"),
    pytest.param("某某县人民政府\n20xx年x月x日", "某某县人民政府", id="masked-x"),
    pytest.param("某某县人民政府\n201*年9月4日", "某某县人民政府", id="masked-year-digit"),
    # a masked name, a sentence over the date, or no date line at all: none
    pytest.param("xxx街道办事处\n201*年9月4日", None, id="masked-name-none"),
    pytest.param("请各地认真落实\n二零一九年六", None, id="sentence-none"),
    pytest.param("某某县人民政府", None, id="no-date-line-none"),
    # a month without its day, a month that does not exist: read as before (rounds 8 and 9), no issuer
    pytest.param("某某县人民政府\n2019年12月", None, id="month-no-day-none"),
    pytest.param("某某县人民政府\n2020年13月6", None, id="month-13-none"),
]
assert_unique(UNREAD_ROWS)


@pytest.mark.parametrize(("foot", "issuer"), UNREAD_ROWS)
def test_a_signature_over_a_date_that_cannot_be_read(foot: str, issuer: str | None) -> None:
    [(_title, _number, date, got)] = docs(FLOOD_BODY + foot + "\n")
    assert (date, got) == (None, issuer)


# --------------------------------------------------------------------------- an adoption note wrapped

CODE = "某某省实施《中华人民共和国某某法》办法"
ARTICLE = "第一条 根据《中华人民共和国某某法》，结合本省实际，制定本办法。\n第二条 本办法适用于本省行政区域。\n"
KEYS = "- 【发布单位】81201\n- 【发布文号】--\n- 【发布日期】1995-10-26\n- 【生效日期】1996-01-01\n"
WRAPPED_ROWS = [
    pytest.param(
        f"{CODE}\n{CODE}\n（1995年10月24日某某省第八届人民代表大会\n常务委员会第十八次会议通过）第一章 总则\n",
        "1995-10-24",
        id="wrapped-heading-run-on",
    ),
    pytest.param(
        f"{CODE}\n{CODE}\n(1995年10月24日某某省第八届人民代表大会\n常务委员会第十八次会议通过)\n第一章 总则\n",
        "1995-10-24",
        id="wrapped-ascii",
    ),
    pytest.param(
        f"{CODE}\n{CODE}\n（一九九五年十月二十四日某某省第八届人民代表大会常务委员会第十八次会议通过）第一章 总则\n",
        "1995-10-24",
        id="one-line-heading-run-on",
    ),
    pytest.param(
        f"{CODE}\n{CODE}\n（1995年10月24日某某省第八届人民代表大会常务委员会第十八次会议批准）第一章 总则\n",
        "1995-10-24",
        id="approved",
    ),
    # a bracket that is no adoption note: the key's 发布日期 still dates nothing
    pytest.param(f"{CODE}\n{CODE}\n（根据某某省人民政府令第5号修改）第一章 总则\n", None, id="revision-note-none"),
    pytest.param(f"{CODE}\n{CODE}\n（1995年10月24日某某省人民政府\n印发）第一章 总则\n", None, id="no-meeting-none"),
]
assert_unique(WRAPPED_ROWS)


@pytest.mark.parametrize(("head", "date"), WRAPPED_ROWS)
def test_an_adoption_note_wrapped_or_run_on(head: str, date: str | None) -> None:
    found = docs(KEYS + head + ARTICLE)
    assert [d[2] for d in found if d[0] == CODE] == [date]


# --------------------------------------------------------------------------- every outer bracket

CITY_TITLE = "某某市人民政府关于印发某某市城市管理办法的通知"
CITY_BODY = "各区县人民政府，市政府各部门：\n现将《某某市城市管理办法》印发给你们，请认真贯彻执行。\n"
BRACKET_ROWS = [
    pytest.param("〔2019年6月3日〕", ("2019-06-03", None), id="tortoise-date"),
    pytest.param("[2019年6月3日]", ("2019-06-03", None), id="square-date"),
    pytest.param("【2019年6月3日】", ("2019-06-03", None), id="lenticular-date"),
    pytest.param("［二〇一九年六月三日］", ("2019-06-03", None), id="fullwidth-square-numerals"),
    pytest.param(
        "【某府发〔2019〕12号 2019年6月3日】", ("2019-06-03", "某府发〔2019〕12号"), id="lenticular-number-date"
    ),
    pytest.param("〔某府发[2019]12号 2019年6月3日〕", ("2019-06-03", "某府发〔2019〕12号"), id="tortoise-number-date"),
    pytest.param("[某府发〔2019〕12号，2019年6月3日]", ("2019-06-03", "某府发〔2019〕12号"), id="square-number-comma"),
    pytest.param(
        "【2019年6月3日 某府发〔2019〕12号】", ("2019-06-03", "某府发〔2019〕12号"), id="lenticular-date-first"
    ),
    pytest.param("（2019年6月3日）", ("2019-06-03", None), id="round-unchanged"),
    # an unbalanced bracket, a key in brackets, a month without its day: nothing
    pytest.param("【2019年6月3日", (None, None), id="unclosed-none"),
    pytest.param("【成文日期】", (None, None), id="key-none"),
    pytest.param("〔2019年6月〕", (None, None), id="month-none"),
]
assert_unique(BRACKET_ROWS)


@pytest.mark.parametrize(("line", "expected"), BRACKET_ROWS)
def test_the_date_under_a_title_in_every_bracket(line: str, expected: tuple[str | None, str | None]) -> None:
    [(_title, number, date, _issuer)] = docs(f"{CITY_TITLE}\n{line}\n{CITY_BODY}")
    assert (date, number) == expected


@pytest.mark.parametrize("bracket", ["【】", "[]", "〔〕", "（）"])
def test_an_adoption_note_in_every_bracket(bracket: str) -> None:
    note = f"{bracket[0]}1995年10月24日某某省第八届人民代表大会常务委员会第十八次会议通过{bracket[1]}"
    found = docs(f"{KEYS}{CODE}\n{CODE}\n{note}\n第一章 总则\n{ARTICLE}")
    assert [d[2] for d in found if d[0] == CODE] == ["1995-10-24"]


# --------------------------------------------------------------------------- a CMS's entry-time key

ENTRY_HEADLINE = "某某县召开第十八届人大常委会第五次会议"
ENTRY_LEAD = "6月8日上午，县十八届人大常委会举行第五次会议，县人大常委会主任张三主持会议。会议听取了有关报告。\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("录入时间：2023-06-09", "2023-06-08", id="entry-time"),
        pytest.param("录入日期：2023年06月09日", "2023-06-08", id="entry-date"),
        pytest.param("上载日期：2023-06-09 10:20", "2023-06-08", id="upload-date"),
        pytest.param("录入人：张三", None, id="entry-person-none"),
    ],
)
def test_a_cms_entry_time_is_a_publish_line(line: str, expected: str | None) -> None:
    assert [d[2] for d in docs(f"{ENTRY_HEADLINE}\n{line}\n{ENTRY_LEAD}")] in (
        [expected],
        [] if expected is None else [expected],
    )
