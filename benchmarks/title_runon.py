"""What converters glue onto a title's own line: a generator of run-on titles, scored by furniture kind.

Real pages store a title with page furniture on the same line: the publish line's parts (``发布时间：…``,
``来源：…``, ``浏览次数：N``, ``字号：大 中 小``, ``打印``, ``关闭``), the site's or the column's name behind a
separator (``X_某某县人民政府``, ``通知公告>>X``, ``【通知公告】X``), a date or time in any format, the document's
number, an ``索引号``, a ``【发布单位】``-style key, a byline (``记者 张三``), a media mark (``（图）``, ``[视频]``), a
counter, a breadcrumb — before the title or after it, in Simplified and Traditional. This generator glues each
kind onto real dev titles (the ``TITLES`` rows name their dev sample), inside two page frames (a notice with its
recipients and signature; a news item with its lead), and scores the title the tool reports:

* **right**: the title alone (or the line as printed, for the marks the project keeps: ``KEPT_AS_PRINTED``);
* **runs on**: a title that holds the truth and more (furniture kept);
* **wrong**: another string (cut short, another line);
* **withheld**: no title.

The **negatives** are titles that really hold a year, a number, a colon, a dash or a source-like word
(``关于…2019年…的通知``, ``XX：…``, ``——XX纪实``, ``关于转发…来源…``) printed alone: they must stay whole.

    PYTHONPATH=src python benchmarks/title_runon.py                 # a table per furniture kind
    PYTHONPATH=src python benchmarks/title_runon.py --failures 20   # and the first failing lines
    PYTHONPATH=src python benchmarks/title_runon.py --sample 300    # every k-th case
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass

# --- real dev titles (sample names in samples/corpus), with the frame they come from -----------------
# (title, frame)
TITLES: tuple[tuple[str, str], ...] = (
    ("泾县人民政府关于分解落实政府工作报告目标任务的通知", "notice"),  # ahjx-2023-jingxian-two-pair-metadata
    ("关于印发绩溪县防汛抗旱应急预案的通知", "notice"),  # jk9a-2020-jixi-town-trad-gloss-…
    ("太湖县人民政府关于印发太湖县人民政府工作规则的通知", "notice"),  # thx-2019-metadata-pairs
    ("修水县人民政府办公室关于印发修水县处置重大森林火灾应急预案的通知", "notice"),  # kqyc-2008-xiushui-…
    ("我市召开第二十四次疫情防控工作专题会议", "news"),  # cjyun-2020-hanchuan-epidemic-meeting-…
    ("区政协召开五届五十六次主席会议", "news"),  # putuo-2021-zhoushan-cppcc-chairmen-meeting-…
    ("醪桥镇第六届人民代表大会第一次会议胜利召开", "news"),  # jsxrd-2021-jishui-township-congress-…
    ("黔江区森林防火工作电视电话会议召开", "news"),  # cbgqianjiang-2022-qianjiang-news-summary-…
)

NOTICE_BODY = (
    "各乡镇人民政府，县政府各部门：\n"
    "现将有关事项通知如下，请认真贯彻执行。\n"
    "一、高度重视。各单位要切实加强组织领导。\n"
    "二、落实责任。各单位要明确责任分工。\n"
    "\n"
    "某某县人民政府\n"
    "2021年3月5日\n"
)
NEWS_BODY = (
    "本网讯 3月5日上午，会议在县行政中心召开。会议听取了有关情况汇报，研究部署了下一阶段工作。\n"
    "会议强调，要切实提高政治站位，压实工作责任，确保各项任务落到实处。\n"
)
SITE_TOP = "某某县人民政府门户网站\n首页 > 政务公开 > 通知公告\n"

# --- furniture glued to the title's line: (kind, position, text) --------------------------------------
# position "after": title + text; "before": text + title. Every text is a form real pages print.
FURNITURE: tuple[tuple[str, str, str], ...] = (
    # publish-line parts
    ("publish", "after", " 发布时间：2021-03-05 10:20"),
    ("publish", "after", "  发布时间:2021年03月05日"),
    ("publish", "after", "\t发布日期：2021-03-05"),
    ("publish", "after", " 来源：某某县政府办"),
    ("publish", "after", " 来源:县政府办公室 作者:张三"),
    ("publish", "after", " 作者：李四"),
    ("publish", "after", " 浏览次数：123"),
    ("publish", "after", " 点击：45"),
    ("publish", "after", " 点击数:45"),
    ("publish", "after", " 字号：大 中 小"),
    ("publish", "after", " 【字体：大 中 小】"),
    ("publish", "after", " 打印 关闭"),
    ("publish", "after", " 【打印】【关闭】"),
    ("publish", "after", " 分享到："),
    ("publish", "after", " 发布时间：2021-03-05 来源：某某县政府办 浏览次数：123"),
    ("publish", "after", " 發佈時間：2021-03-05 來源：某某縣政府辦"),
    ("publish", "after", " 瀏覽次數：123"),
    ("publish", "after", " 字號：大 中 小"),
    ("publish", "after", " 列印 關閉"),
    # the site's name behind a separator
    ("site", "after", "_某某县人民政府"),
    ("site", "after", " - 某某县人民政府门户网站"),
    ("site", "after", "-某某县人民政府"),
    ("site", "after", "｜某某县人民政府"),
    ("site", "after", " | 某某县人民政府网"),
    ("site", "after", "——某某县人民政府门户网站"),
    ("site", "after", "_某某縣人民政府"),
    ("site", "after", " - 某某新闻网"),
    # the column's name before the title
    ("column", "before", "通知公告>>"),
    ("column", "before", "通知公告 >> "),
    ("column", "before", "通知公告 » "),
    ("column", "before", "【通知公告】"),
    ("column", "before", "通知公告："),
    ("column", "before", "通知公告\t"),
    ("column", "before", "政务要闻 | "),
    ("column", "before", "政务要闻｜"),
    ("column", "after", "_通知公告_某某县人民政府"),
    # the breadcrumb before the title
    ("breadcrumb", "before", "首页 > 政务公开 > "),
    ("breadcrumb", "before", "当前位置：首页>>通知公告>>"),
    ("breadcrumb", "before", "您的位置：首页 » 新闻中心 » "),
    ("breadcrumb", "before", "首頁 > 政務公開 > "),
    # dates and times
    ("date", "after", " 2021-03-05"),
    ("date", "after", "  2021/03/05"),
    ("date", "after", " 2021.03.05"),
    ("date", "after", " 2021年03月05日"),
    ("date", "after", " 2021-03-05 10:20:31"),
    ("date", "after", "（2021-03-05）"),
    ("date", "after", "[2021-03-05]"),
    ("date", "after", "\t2021-3-5"),
    ("date", "before", "2021-03-05 "),
    ("date", "before", "[2021-03-05] "),
    # a document number, an index number, a key
    ("number", "after", " 某政发〔2021〕3号"),
    ("number", "after", "（某政发〔2021〕3号）"),
    ("number", "before", "某政发〔2021〕3号 "),
    ("index", "after", " 索引号：000014349/2021-00012"),
    ("index", "before", "索引号：000014349/2021-00012 "),
    ("key", "before", "【发布单位】某某县人民政府 "),
    ("key", "before", "【标题】"),
    ("key", "before", "标题："),
    ("key", "before", "標題："),
    # a byline
    ("byline", "after", " 记者 张三"),
    ("byline", "after", " 通讯员 李四"),
    ("byline", "after", " 记者：张三 通讯员：李四"),
    ("byline", "after", " 記者 張三"),
    # media marks and counters
    ("media", "after", "（图）"),
    ("media", "after", "(图)"),
    ("media", "after", "[视频]"),
    ("media", "after", "（组图）"),
    ("media", "before", "[视频]"),
    ("media", "after", "（圖）"),
    ("counter", "after", " 阅读：123"),
    ("counter", "after", " [123]"),
    ("counter", "after", " 阅读次数：1234次"),
    ("counter", "after", " 閱讀：123"),
)

# --- negatives: titles that hold a year, a number, a colon, a dash or a source-like word, alone -------
NEGATIVES: tuple[tuple[str, str], ...] = (
    ("关于做好2019年度春季森林防火工作的通知", "notice"),
    ("关于印发某某县2021年重点工作任务分解方案的通知", "notice"),
    ("关于转发《关于规范信息来源管理的意见》的通知", "notice"),
    ("某某县人民政府关于公布第3批县级非物质文化遗产代表性项目名录的通知", "notice"),
    ("政务公开：某某县召开2021年政务公开工作会议", "news"),
    ("不忘初心谋发展——某某县乡村振兴工作纪实", "news"),
    ("某某县：2021年一季度经济运行情况", "news"),
    ("关于某某县2021-2023年人才发展规划的通知", "notice"),
    ("某某县召开通知公告工作推进会", "news"),
    ("某某县人民政府关于2021年3月5日起调整公交线路的通告", "notice"),
)


# Furniture the project keeps as printed on a headline (README "News pages": a tag on the headline's own line stays; truth
# files keep a media mark, 中南海拍板新华社社长换人(图)): the expected title is the whole line; after a document's kind
# (…的通知（图）) the mark is a reprint's note (text.pagetitle) and the title is the document's alone
KEPT_AS_PRINTED = frozenset({"（图）", "(图)", "[视频]", "（组图）", "（圖）"})


@dataclass(frozen=True)
class Case:
    kind: str  # furniture kind, or "negative"
    title: str  # expected
    text: str
    line: str  # the title's line as printed


def _page(frame: str, line: str) -> str:
    body = NOTICE_BODY if frame == "notice" else NEWS_BODY
    return f"{SITE_TOP}\n{line}\n\n{body}"


def cases() -> Iterator[Case]:
    for kind, position, glue in FURNITURE:
        for title, frame in TITLES:
            line = title + glue if position == "after" else glue + title
            kept = (
                glue.strip() in KEPT_AS_PRINTED and frame == "news"
            )  # (after a document's kind the mark is a reprint note)
            yield Case(kind, line if kept else title, _page(frame, line), line)
    for title, frame in NEGATIVES:
        yield Case("negative", title, _page(frame, title), title)


# the tool reports a title without spaces, its brackets full width, in Simplified (FORMAT.md): compared so
_FOLD = str.maketrans({"(": "（", ")": "）", ":": "：", "圖": "图", " ": None, "\t": None, "\u3000": None})


def outcome(expected: str, got: str | None) -> str:
    if got is None:
        return "withheld"
    expected, got = expected.translate(_FOLD), got.translate(_FOLD)
    if got == expected:
        return "right"
    if expected in got:
        return "runs on"
    return "wrong"


def title_of(text: str) -> str | None:
    from gazette_extract.pipeline import extract_str

    docs = extract_str(text)["documents"]
    title: str | None = docs[0]["title"] if docs else None
    return title


OUTCOMES = ("right", "runs on", "wrong", "withheld")


def run(selected: list[Case]) -> tuple[dict[str, dict[str, int]], list[tuple[Case, str | None]]]:
    table: dict[str, dict[str, int]] = {}
    failures: list[tuple[Case, str | None]] = []
    for case in selected:
        got = title_of(case.text)
        out = outcome(case.title, got)
        row = table.setdefault(case.kind, dict.fromkeys(OUTCOMES, 0))
        row[out] += 1
        if out != "right":
            failures.append((case, got))
    return table, failures


def render(table: dict[str, dict[str, int]]) -> str:
    rows = ["| kind | cases | right | runs on | wrong | withheld |", "|---|---:|---:|---:|---:|---:|"]
    tot = dict.fromkeys(OUTCOMES, 0)
    for kind, row in table.items():
        rows.append(f"| {kind} | {sum(row.values())} | " + " | ".join(str(row[o]) for o in OUTCOMES) + " |")
        for o in OUTCOMES:
            tot[o] += row[o]
    rows.append(f"| all | {sum(tot.values())} | " + " | ".join(str(tot[o]) for o in OUTCOMES) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, help="every k-th case to reach about this many")
    ap.add_argument("--failures", type=int, default=0, help="print this many failing cases")
    args = ap.parse_args(argv)
    selected = list(cases())
    if args.sample and args.sample < len(selected):
        step = len(selected) / args.sample
        selected = [selected[int(i * step)] for i in range(args.sample)]
    table, failures = run(selected)
    print(render(table))
    for case, got in failures[: args.failures]:
        print(f"- [{case.kind}] {case.line!r} -> {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
