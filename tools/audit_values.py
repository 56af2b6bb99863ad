"""Flag suspicious values in the dev goldens, by class — a false-fact audit (issue 9, audit20).

    python tools/audit_values.py --split dev                 # every flag, with its source line, then counts
    python tools/audit_values.py --split dev --counts        # counts by class only
    python tools/audit_values.py --split dev --only unit.    # classes whose name starts with a prefix

The accuracy table sees only what the truth files list: a false value inside a record whose key
matches (a unit name holding page furniture, a position running into the next clause, a title
holding a byline, a date taken from a cited document) can hide there. This scanner reads the
committed ``*.expected.json`` of **dev-split texts only** (``split_of`` of ``benchmarks/accuracy.py``
on the truth file's ``source.site``; a golden without a truth file is skipped too) and prints each
value that looks wrong, with the source line it was read from, so a reader can judge it.

A flag is a question, not a verdict: many flagged values are right (see the audit20 section of
``docs/issue9-rounds.md`` for which classes flag right values and why). Only ``--split dev`` is
accepted: the test split is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from accuracy import split_of  # noqa: E402

from gazette_extract.text.decode import decode_bytes  # noqa: E402
from gazette_extract.vocab.personnel import BOUNDED_SURNAMES, COMPOUND_SURNAMES, SINGLE_SURNAMES  # noqa: E402

# ----------------------------------------------------------------- the classes (patterns, bounded)

UNIT_MAX = 24  # a unit name longer than this is rare: 国家发展改革委、…, or a clause run in
_DIGIT = re.compile(r"[0-9０-９]")
_DASH = re.compile(r"[—–―\-－─]")
_PAGE = re.compile(r"页|第.{0,3}[页版]")
_ANNEX = re.compile(r"附件|附表")
_PUNCT = re.compile(r"[，。；：:;,.!！？?“”\"'《》【】]")
_UNIT_KEYWORDS = re.compile(r"牵头|配合|负责|责任|完成|时限|前$|底|以前|之前|年|月")
_POSITION_CLAUSE = re.compile(r"[，,。；;：:]|为(?!民)|的.{1,12}的|同志|职务|人选|^[的和及、]|[、和及兼]$")
_POSITION_JOINED = re.compile(r"、|兼|及")  # several posts left in one record (they are one record each)
_SECOND_VERB = re.compile(r"(?<=.)(?:任命|免去|免职|担任|兼任|接任|不再|提名|聘任|辞去|调任|当选)")
_DATE_IN = re.compile(r"[0-9０-９〇零一二三四五六七八九十]{1,4}[年月]|[0-9]{1,2}日")
_FUNCTION_CHARS = re.compile(r"[的为任免是在了和及与、，。：:；\s]|同志|职务|等")
_NON_CJK = re.compile(r"[^\u3400-\u9fff·•．.]")
_TITLE_BYLINE = re.compile(
    r"作者|记者|通讯员|编辑|责编|来源|浏览|点击|阅读|发布时间|发布日期|发布者|供稿|字号|打印|关闭|分享"
)
_TITLE_BUTTON = re.compile(r"【[^】]{0,8}】|\[[^\]]{0,8}\]")
_TITLE_DATE = re.compile(r"(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}(?:[-/.月][0-9]{1,2})?|[0-9]{1,2}月[0-9]{1,2}日")
_TITLE_SITE = re.compile(
    r"网站|门户|网$|政府网|新闻网|在线|客户端|首页|当前位置|频道|[|_｜>»]|[-－—]{1,2}[^-－—]{2,20}$"
)
_TITLE_SENTENCE = re.compile(r"[。！!？?；;]")
TITLE_MAX = 80
_RECIPIENT_VERB = re.compile(
    r"印发|通知|要求|进行|开展|做好|落实|认真|请|已|经(?!济|开|信|贸|营)|现将|如下|为|是|按照|根据|执行|贯彻|加强|[。；：]"
)
_RECIPIENT_FURNITURE = re.compile(r"[0-9０-９]|《|/|收录|公开|^[一二三四五六七八九十]{1,3}$|[长员]$")
_DOC_YEAR = re.compile(r"[〔\[（(【]([12][0-9]{3})[〕\]）)】]|([12][0-9]{3})年")
_STAMP = re.compile(r"((?:19|20)[0-9]{2})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})")
PERSON_LENGTHS = range(2, 5)  # 2-4 Han characters; compound-surname and minority names are flagged to read


def _flags_unit(value: str) -> Iterator[str]:
    if _DIGIT.search(value):
        yield "unit.digit"
    if _DASH.search(value):
        yield "unit.dash"
    if _PAGE.search(value):
        yield "unit.page"
    if _ANNEX.search(value):
        yield "unit.annex"
    if _PUNCT.search(value):
        yield "unit.punct"
    if _UNIT_KEYWORDS.search(value):
        yield "unit.keyword"
    if len(value) > UNIT_MAX:
        yield "unit.long"


def _flags_position(value: str) -> Iterator[str]:
    if _POSITION_CLAUSE.search(value):
        yield "position.clause"
    if _SECOND_VERB.search(value):
        yield "position.verb"
    if _DATE_IN.search(value):
        yield "position.date"
    if _POSITION_JOINED.search(value):
        yield "position.joined"
    if "的" in value or "[" in value or "【" in value:
        yield "position.attributive"  # 新设的X局局长 / [link text]X局局长: FORMAT.md's positions hold no 的
    if _DIGIT.search(value) or _DASH.search(value) or _PAGE.search(value):
        yield "position.furniture"
    if len(value) > 40:
        yield "position.long"


def _flags_person(value: str, prefix: str) -> Iterator[str]:
    if value[:1] not in SINGLE_SURNAMES and value[:2] not in COMPOUND_SURNAMES and value[:1] not in BOUNDED_SURNAMES:
        yield prefix + ".surname"
    if len(value) not in PERSON_LENGTHS:
        yield prefix + ".length"
    if _FUNCTION_CHARS.search(value):
        yield prefix + ".function"
    if _NON_CJK.search(value):
        yield prefix + ".non-han"


def _flags_title(value: str) -> Iterator[str]:
    if _TITLE_BYLINE.search(value):
        yield "title.byline"
    if _TITLE_BUTTON.search(value):
        yield "title.button"
    if _TITLE_DATE.search(value):
        yield "title.date"
    if _TITLE_SITE.search(value):
        yield "title.site"
    if _TITLE_SENTENCE.search(value):
        yield "title.sentence"
    if len(value) > TITLE_MAX:
        yield "title.long"


def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _page_stamps(text: str) -> list[dt.date]:
    """Every full date printed on the page (publish stamps, signatures)."""
    stamps = []
    for m in _STAMP.finditer(text):
        try:
            stamps.append(dt.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            continue
    return stamps


def _doc_year(number: str) -> int | None:
    m = _DOC_YEAR.search(number)
    return int(m[1] or m[2]) if m else None


# ------------------------------------------------------------------------------ the scan


def dev_goldens(samples: Path) -> Iterator[tuple[Path, Path, dict]]:
    """(golden, input, truth source) of every dev-split text; test-split goldens are never opened."""
    for truth_path in sorted(samples.rglob("*.truth.json")):
        source = json.loads(truth_path.read_text(encoding="utf-8"))["source"]
        if split_of(source["site"]) != "dev":
            continue
        stem = truth_path.name.removesuffix(".truth.json")
        golden = truth_path.with_name(stem + ".expected.json")
        inputs = [p for p in truth_path.parent.glob(stem + ".*") if p.suffix in (".txt", ".html", ".htm", ".md")]
        if golden.exists() and inputs:
            yield golden, inputs[0], source


def _lines_of(path: Path) -> list[str]:
    text, _ = decode_bytes(path.read_bytes())
    return text.splitlines()


def scan(golden: Path, source_path: Path, source: dict) -> Iterator[tuple[str, str, str]]:
    """(class, value, where) of every suspicious value in one golden."""
    data = json.loads(golden.read_text(encoding="utf-8"))
    lines = _lines_of(source_path)
    raw = "\n".join(lines)
    stamps = _page_stamps(raw)
    retrieved = _iso(source.get("retrieved"))

    def at(line: int | None, end: int | None = None) -> str:
        if not line or source_path.suffix != ".txt":
            return ""
        chunk = " ⏎ ".join(lines[line - 1 : (end or line)])
        return chunk[:160]

    for doc in data.get("documents", []):
        title = doc.get("title")
        first = (doc.get("lines") or {}).get("start")
        if title:
            for cls in _flags_title(title):
                yield cls, title, at(first)
        date = _iso(doc.get("date"))
        if date:
            published = _iso(doc.get("published"))
            if date.year < 1949:
                yield "date.before-1949", doc["date"], ""
            if published and date > published:
                yield "date.after-published", f"{doc['date']} > published {doc['published']}", ""
            elif stamps and date > max(stamps):
                yield "date.after-stamps", f"{doc['date']} > latest stamp {max(stamps)}", ""
            if retrieved and date > retrieved:
                yield "date.after-retrieved", doc["date"], ""
        number_record = doc.get("doc_number") or {}
        number = number_record.get("text")
        if number and date:
            year = number_record.get("year") or _doc_year(number)
            if year and abs(year - date.year) > 2:
                yield "doc_number.year", f"{number} vs {doc['date']}", ""
        cited_years = [year for c in doc.get("citations") or [] if (year := (c.get("doc_number") or {}).get("year"))]
        if date and cited_years and max(cited_years) > date.year:
            yield "date.before-citation", f"{doc['date']} < cited year {max(cited_years)}", ""
        issuer = doc.get("issuer")
        if issuer:
            for cls in _flags_unit(issuer):
                if cls not in ("unit.long", "unit.keyword"):
                    yield "issuer." + cls.split(".")[1], issuer, ""
            if _TITLE_BYLINE.search(issuer) or _TITLE_DATE.search(issuer):
                yield "issuer.byline", issuer, ""
        for attachment in doc.get("attachments") or []:
            name = attachment.get("title") or ""
            if _TITLE_BYLINE.search(name) or _TITLE_SITE.search(name) or len(name) > TITLE_MAX:
                yield "attachment.furniture", name, at(attachment.get("line"))
        for recipient in doc.get("recipients") or []:
            if _RECIPIENT_VERB.search(recipient) or len(recipient) > 30:
                yield "recipient.verb", recipient, ""
            if _RECIPIENT_FURNITURE.search(recipient):
                yield "recipient.furniture", recipient, ""
        own = {v for v in (number, title) if v}
        for cite in doc.get("citations") or []:
            cited = (cite.get("doc_number") or {}).get("text")
            if cited in own or cite.get("title") in own:
                yield "citation.self", cited or cite.get("title") or "", at(cite.get("line"))
        for task in doc.get("tasks") or []:
            where = at(task["lines"]["start"], task["lines"]["end"])
            for unit in task.get("lead_units", []) + task.get("support_units", []):
                for cls in _flags_unit(unit):
                    yield cls, unit, where
        for change in doc.get("appointments") or []:
            where = at(change["lines"]["start"], change["lines"]["end"])
            for cls in _flags_person(change["person"], "person"):
                yield cls, change["person"], where
            decided = _iso(change.get("decided_on"))
            if decided and ((date and decided > date) or (stamps and decided > max(stamps))):
                yield "decided_on.late", f"{change['decided_on']} (document {doc.get('date')})", where
            if change.get("position"):
                for cls in _flags_position(change["position"]):
                    yield cls, change["position"], where
        for member in doc.get("members") or []:
            for cls in _flags_person(member["person"], "member"):
                yield cls, member["person"], at(member.get("line"))
            post = member.get("post") or ""
            if _DIGIT.search(post) or _DASH.search(post) or _PAGE.search(post) or _POSITION_CLAUSE.search(post):
                yield "member.post", post, at(member.get("line"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev"], required=True, help="dev only: the test split is never read")
    parser.add_argument("--counts", action="store_true", help="counts by class only")
    parser.add_argument("--only", metavar="PREFIX", action="append", help="classes starting with PREFIX")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    texts = 0
    for golden, source_path, source in dev_goldens(args.samples):
        texts += 1
        for cls, value, where in scan(golden, source_path, source):
            if args.only and not any(cls.startswith(p) for p in args.only):
                continue
            counts[cls] += 1
            if not args.counts:
                name = golden.relative_to(args.samples).as_posix().removesuffix(".expected.json")
                print(f"{cls}\t{name}\t{value}\t| {where}")
    print(f"\n{texts} dev goldens scanned; flags by class:")
    for cls, n in sorted(counts.items()):
        print(f"{n:6}  {cls}")
    print(f"{sum(counts.values()):6}  total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
