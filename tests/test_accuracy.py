"""The accuracy scorer (benchmarks/accuracy.py) on small synthetic truth/output pairs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy
_spec.loader.exec_module(accuracy)


def truth_doc(**fields) -> dict:
    doc = {
        "title": "关于印发某某方案的通知",
        "doc_number": "某政发〔2020〕1号",
        "date": "2020-03-01",
        "issuer": "某县人民政府",
        "citations": [],
        "tasks": [],
        "appointments": [],
        "members": [],
    }
    return {**doc, **fields}


def out_doc(**fields) -> dict:
    """A document as the pipeline emits it (dicts, doc_number as an object)."""
    doc = {
        "title": "关于印发某某方案的通知",
        "doc_number": {"text": "某政发〔2020〕1号"},
        "date": "2020-03-01",
        "issuer": "某县人民政府",
        "citations": [],
        "tasks": [],
        "appointments": [],
        "members": [],
    }
    return {**doc, **fields}


def task(text, lead=(), support=(), deadline=None) -> dict:
    return {"text": text, "lead": list(lead), "support": list(support), "deadline": deadline}


def out_task(text, lead=(), support=(), deadline=None) -> dict:
    return {"text": text, "lead_units": list(lead), "support_units": list(support), "deadline": deadline}


def run(truth_docs, out_docs, issue=None, out_issue=None) -> dict:
    truth = {"source": {"site": "x.gov.cn"}, "documents": truth_docs}
    if issue:
        truth["issue"] = issue
    return accuracy.summarize(accuracy.score(truth, {"documents": out_docs, "issue": out_issue or {}}))


def test_a_perfect_output_scores_one_everywhere_it_counts():
    s = run([truth_doc()], [out_doc()])
    for metric in ("documents", "doc_number", "title", "date", "issuer"):
        assert (s[metric]["precision"], s[metric]["recall"], s[metric]["f1"]) == (1, 1, 1), metric
    assert s["tasks"]["f1"] is None  # nothing to count is not a score


def test_a_false_record_lowers_precision_not_recall():
    truth = [truth_doc(appointments=[{"action": "appoint", "person": "张三", "position": "县长"}])]
    out = out_doc(
        appointments=[
            {"action": "appoint", "person": "张三", "position": "县长"},
            {"action": "remove", "person": "李四", "position": "副县长"},  # not in the text
        ]
    )
    s = run(truth, [out])["appointments"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 0)
    assert s["precision"] == 0.5 and s["recall"] == 1


def test_an_extra_document_is_a_false_positive_with_its_fields():
    s = run([truth_doc()], [out_doc(), out_doc(title="索引号：123", doc_number=None, date=None, issuer=None)])
    assert (s["documents"]["tp"], s["documents"]["fp"]) == (1, 1)
    assert (s["title"]["tp"], s["title"]["fp"], s["title"]["fn"]) == (1, 1, 0)


def test_a_text_that_shows_no_document_counts_nothing_and_an_invented_one_is_false():
    # FORMAT.md: a news story without headline or record is labelled "documents": []
    assert run([], [])["documents"]["truth"] == 0
    s = run([], [out_doc(title=None, doc_number=None, date=None, issuer=None)])["documents"]
    assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 0)


def test_records_of_an_untitled_text_pair_with_the_untitled_document():
    change = {"action": "appoint", "person": "张三", "position": "县长"}
    untitled = {"title": None, "doc_number": None, "date": None, "issuer": None}
    s = run([truth_doc(**untitled, appointments=[change])], [out_doc(**untitled, appointments=[change])])
    assert (s["documents"]["tp"], s["appointments"]["tp"], s["title"]["truth"]) == (1, 1, 0)


@pytest.mark.parametrize(
    "truth_value, predicted, counts",
    [
        pytest.param("2020-03-01", "2020-03-01", (1, 0, 0), id="equal"),
        pytest.param("2020-03-01", "2020-03-31", (0, 1, 1), id="wrong-is-fp-and-fn"),
        pytest.param("2020-03-01", None, (0, 0, 1), id="missing-is-fn"),
        pytest.param(None, "2020-03-31", (0, 1, 0), id="null-truth-with-value-is-fp"),
        pytest.param(None, None, (0, 0, 0), id="both-null-counts-nothing"),
    ],
)
def test_field_pairs(truth_value, predicted, counts):
    s = run([truth_doc(date=truth_value)], [out_doc(date=predicted)])["date"]
    assert (s["tp"], s["fp"], s["fn"]) == counts


def test_documents_pair_by_number_then_title_then_order():
    truth = [
        truth_doc(title="甲方案的通知", doc_number="甲〔2020〕1号"),
        truth_doc(title="关于加强乙工作的意见", doc_number=None),
        truth_doc(title="丙", doc_number=None),
    ]
    out = [
        out_doc(title="乙乙乙", doc_number={"text": "甲〔2020〕1号"}),  # by number despite the title
        out_doc(title="关于加强乙工作的意见的", doc_number=None),  # by title similarity
        out_doc(title="完全不同", doc_number=None),
    ]  # by order
    pairs = accuracy.pair_documents([accuracy._truth_fields(d) for d in truth], [accuracy._doc_fields(d) for d in out])
    assert pairs == [(0, 0), (1, 1), (2, 2)]


def test_title_spaces_and_guillemets_are_ignored():
    s = run([truth_doc(title="关于《某规定》的通知")], [out_doc(title="关于 某规定 的通知")])["title"]
    assert s["tp"] == 1


def test_tasks_match_by_contained_text_and_units_are_sets():
    truth = [
        truth_doc(
            tasks=[
                task(
                    "全面实施清单管理",
                    lead=["县政府办", "县发改局"],
                    support=["各乡镇"],
                    deadline={"kind": "by", "date": "2020-12-31"},
                ),
                task("推进数字政府建设", lead=["县数据局"]),
            ]
        )
    ]
    out = out_doc(
        tasks=[
            out_task(
                "（一）全面实施 清单管理。",
                lead=["县发改局", "县政府办"],
                support=["各乡镇"],
                deadline={"kind": "by", "date": "2020-12-31", "text": "2020年底前"},
            ),
            out_task("推进数字政府建设", lead=["县数据局", "各乡镇"]),  # a supporting unit called lead
            out_task("无关的一句话"),
        ]
    )
    s = run(truth, [out])
    assert (s["tasks"]["tp"], s["tasks"]["fp"], s["tasks"]["fn"]) == (2, 1, 0)
    assert (s["lead"]["right"], s["lead"]["total"]) == (1, 2)
    assert (s["support"]["right"], s["support"]["total"]) == (2, 2)
    assert (s["deadline"]["right"], s["deadline"]["total"]) == (2, 2)


def test_members_by_role_and_person_and_by_person():
    truth = [truth_doc(members=[{"role": "组长", "person": "王成国"}, {"role": "副组长", "person": "李 明"}])]
    out = out_doc(members=[{"role": "组长：", "person": "王成国"}, {"role": "成员", "person": "李明"}])
    s = run(truth, [out])
    assert s["members"]["tp"] == 1 and s["members"]["fp"] == 1 and s["members"]["fn"] == 1
    assert s["members_person"]["f1"] == 1


def test_one_person_with_two_changes_of_one_kind_pairs_by_post():
    """任命李玉科为副市长 … 任命李玉科为代理市长 printed in the other order than the truth lists
    them: both are right, so both posts count as right (they were paired in printed order)."""

    def change(post: str) -> dict:
        return {"action": "appoint", "person": "李玉科", "position": post}

    truth = [truth_doc(appointments=[change("市人民政府副市长"), change("市人民政府代理市长")])]
    out = out_doc(appointments=[change("市人民政府代理市长"), change("市人民政府副市长")])
    s = run(truth, [out])
    assert (s["appointments"]["tp"], s["appointments"]["fp"], s["appointments"]["fn"]) == (2, 0, 0)
    assert (s["position"]["right"], s["position"]["total"]) == (2, 2)
    wrong = out_doc(appointments=[change("市人民政府代理市长"), change("市人民政府秘书长")])
    s = run(truth, [wrong])
    assert (s["position"]["right"], s["position"]["total"]) == (1, 2)


def test_citations_and_issue_fields():
    truth = [truth_doc(citations=["国办发〔2019〕3号", "国发〔2018〕1号"])]
    out = out_doc(citations=[{"doc_number": {"text": "国办发〔2019〕3号"}}, {"doc_number": None}])
    s = run(
        truth,
        [out],
        issue={"title": "某公报", "year": 2021, "number": 1, "total_number": 9},
        out_issue={"title": "某公报", "year": 2021, "number": 1, "total_number": 10},
    )
    assert (s["citations"]["tp"], s["citations"]["fn"]) == (1, 1)
    assert (s["issue"]["tp"], s["issue"]["fp"], s["issue"]["fn"]) == (3, 1, 1)


@pytest.mark.parametrize(
    "site, split",
    [  # sha256(site)[0] % 3: 1, 1, 2, 0
        ("gov.cn", "dev"),
        ("lishan.gov.cn", "dev"),
        ("culturechina.cn", "dev"),
        ("shhk.gov.cn", "test"),
    ],
)
def test_split_is_the_formula_of_format_md(site, split):
    assert accuracy.split_of(site) == split


def test_the_script_scores_a_folder_and_prints_each_split(tmp_path, capsys):
    text = "某县人民政府关于印发某某方案的通知\n某政发〔2020〕1号\n各乡镇：\n现将方案印发给你们。\n某县人民政府\n2020年3月1日\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    truth = {"source": {"site": "x.gov.cn"}, "documents": [truth_doc(title="某县人民政府关于印发某某方案的通知")]}
    (tmp_path / "a.truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    assert accuracy.main(["--samples", str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"dev", "test", "all"}
    assert report["all"]["texts"] == 1
    assert report["all"]["metrics"]["documents"]["truth"] == 1
    assert accuracy.main(["--samples", str(tmp_path), "--split", "all", "--markdown"]) == 0
    assert "| documents | 1 |" in capsys.readouterr().out


def components(truth_docs, out_docs) -> dict:
    return dict(accuracy.components({"source": {"site": "x.gov.cn"}, "documents": truth_docs}, {"documents": out_docs}))


def test_components_a_page_with_no_document_found_loses_its_fields_and_records():
    change = {"action": "appoint", "person": "张三", "position": "副县长"}
    got = components([truth_doc(doc_number=None, appointments=[change, {**change, "person": "李四"}])], [])
    assert got == {
        "document missed on a page where the tool reports none": 1,
        "title lost with a missed document": 1,
        "date lost with a missed document": 1,
        "issuer lost with a missed document": 1,
        "appointments lost with a missed document": 2,
    }


def test_components_of_a_found_document_name_each_field_error():
    got = components(
        [truth_doc(title="关于某事的通知", date="2020-03-01", issuer=None, doc_number="某政发〔2020〕1号")],
        [
            out_doc(
                title="关于某事的通知某县人民政府",
                date="2020-03-09",
                issuer="某县人民政府",
                doc_number={"text": "某政发〔2020〕1号"},
            )
        ],
    )
    assert got == {
        "title wrong: runs on (holds the truth)": 1,
        "date wrong: same month": 1,
        "issuer given where the truth has none": 1,
    }
    got = components([truth_doc(title="关于某事的通知", date="2020-03-01")], [out_doc(title="关于某事", date=None)])
    assert got == {"title wrong: cut short (inside the truth)": 1, "date withheld": 1}
    got = components([truth_doc(date="2020-03-01")], [out_doc(date="2019-03-01", title="某县人民政府办公室")])
    assert got == {"title wrong: another line": 1, "date wrong: another year": 1}


def test_components_of_records_inside_found_and_invented_documents():
    member = {"role": "组长", "person": "王五", "post": None}
    got = components(
        [truth_doc(members=[member, {**member, "person": "赵六"}])],
        [
            out_doc(members=[member, {**member, "person": "钱七"}]),
            out_doc(doc_number=None, title="另一个通知", tasks=[out_task("建立制度")]),
        ],
    )
    assert got == {
        "members missed inside a found document": 1,
        "members false inside a found document": 1,
        "document invented": 1,
        "tasks false in an invented document": 1,
    }
    assert components([], [out_doc()]) == {"document invented on a page the truth holds none": 1}
    assert components([truth_doc()], [out_doc()]) == {}


def test_the_script_prints_components_as_counts(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("某县人民政府网站首页\n", encoding="utf-8")
    truth = {"source": {"site": "x.gov.cn"}, "documents": [truth_doc(doc_number=None, date=None, issuer=None)]}
    (tmp_path / "a.truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    assert accuracy.main(["--samples", str(tmp_path), "--split", "all", "--components"]) == 0
    out = capsys.readouterr().out
    assert "all: errors by step (1 texts)" in out
    assert "     1      1  document missed on a page where the tool reports none" in out
    assert "     1      1  title lost with a missed document" in out
