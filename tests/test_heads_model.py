"""The learned head scorer (issue 9, s13-learn14): benchmarks/heads/head_model.py's inference on synthetic pages, its
weights as data, its cost, and the training script reproducing the committed weights from the dev split."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from gazette_extract.layout.blocks import classify
from gazette_extract.text.normalize import split_paragraphs
from gazette_extract.text.script import to_simplified

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "heads"))  # an experiment kept beside the benchmarks, not in the library

from head_model import head_score, line_features  # noqa: E402
from head_weights import DEV_COMMIT, TRAINED_ON, TRAINER_VERSION, WEIGHTS  # noqa: E402


def _blocks(text: str) -> list:  # type: ignore[type-arg]
    return classify(split_paragraphs(to_simplified(text)[0]))


def _scores(page: str) -> list[float]:
    """The score of each line of ``page`` (one block a line)."""
    blocks = _blocks(page)
    assert len(blocks) == page.count("\n") + 1
    return [head_score(blocks, k) for k in range(len(blocks))]


BODY = "　　现将《某某市2024年重点工作任务分工方案》印发给你们，请结合实际认真贯彻执行。各单位要明确责任，按时完成各项任务。"

TITLES = [
    "关于印发某某市2024年重点工作任务分工方案的通知",
    "某某县人民政府关于做好春季防汛工作的通知",
    "关于进一步加强安全生产工作的意见",
    "关于公布第三批市级非物质文化遗产名录的通告",
    "某某市人民政府办公室关于印发某某市城市管理办法（试行）的通知",
    "某某區人民政府關於做好冬季供暖工作的通知",  # Traditional characters
    "关于调整２０２４年最低工资标准的通知",  # full-width digits
    "关于转发《某某省河道管理条例》的通知",
]

# Lines that are not titles, each printed where a page prints it
NOT_TITLES = {
    "breadcrumb >": "首页 > 政务公开 > 通知公告",
    "breadcrumb »": "首页 » 信息公开 » 政策文件",
    "breadcrumb →": "当前位置：首页 → 新闻中心 → 工作动态",
    "site name": "某某市人民政府门户网站",
    "date line": "发布时间：2024-03-05 来源：市政府办公室",
    "date alone": "2024年3月5日",
    "body sentence": BODY.strip(),
}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("other", list(NOT_TITLES))
def test_a_notice_title_scores_above_page_furniture_and_body(title: str, other: str) -> None:
    page = "\n".join([NOT_TITLES[other], title, NOT_TITLES["date line"], "各区县人民政府，市政府各部门：", BODY])
    at = 0  # the other line's place: above the title, or under it (a publish line)
    if other == "date line":
        page, at = "\n".join([NOT_TITLES["breadcrumb >"], title, NOT_TITLES["date line"], BODY]), 2
    scores = _scores(page)
    assert scores[1] > scores[at]
    assert scores[1] == max(scores)  # the title is the page's top line


@pytest.mark.parametrize(
    "page",
    [
        "首页 > 政务公开\n某某市人民政府门户网站\n2024年3月5日",  # furniture only: no line looks like a title
        "首页 » 信息公开\n发布时间：2024-03-05\n" + BODY.strip(),
    ],
)
def test_a_page_without_a_title_scores_no_line_high(page: str) -> None:
    assert max(_scores(page)) < 0.5


def test_the_weights_load_and_name_only_features_the_scorer_gives() -> None:
    assert TRAINER_VERSION == "2" and len(DEV_COMMIT) == 40 and TRAINED_ON[0] > 600
    assert "bias" in WEIGHTS and all(isinstance(v, float) for v in WEIGHTS.values())
    produced: set[str] = set()
    extra = ["某某市人民政府文件 某政发〔2024〕3号", "Copyright 2024 www.example.gov.cn"]  # a number, ASCII
    for title in TITLES:
        for other in [*NOT_TITLES.values(), *extra]:
            blocks = _blocks("\n".join([other, title, BODY]))
            for k in range(len(blocks)):
                produced |= set(line_features(blocks, k))
    prefixes = {name.split(":")[0] for name in produced}
    assert {name.split(":")[0] for name in WEIGHTS} <= prefixes  # every weight names a feature the scorer gives


def test_the_scorer_is_linear_in_the_lines_length() -> None:
    def cost(n: int) -> float:
        blocks = _blocks("关于印发" + "某某工作方案，" * n + "的通知\n" + BODY)
        start = time.process_time()
        head_score(blocks, 0)
        return time.process_time() - start

    cost(10)
    small, large = min(cost(2_000) for _ in range(3)), min(cost(20_000) for _ in range(3))
    assert large < 30 * small + 0.05  # ten times the line, about ten times the time
    assert large < 1.0


def test_the_training_script_reproduces_the_committed_weights() -> None:
    import train_heads

    texts = train_heads.dev_texts()
    assert all(t.site for t in texts)
    weights = train_heads.train(texts)
    assert set(WEIGHTS) <= {name for t in texts for f in t.features for name in f}  # the feature list
    assert set(weights) == set(WEIGHTS)
    assert max(abs(weights[k] - WEIGHTS[k]) for k in weights) <= 1e-3  # rounding to 4 places, else bit for bit
