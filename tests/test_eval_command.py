"""`oms eval`: scores the language stages on a labelled corpus and reports clearly on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli.main import main

DATA = Path(__file__).parent / "data"


def test_eval_reports_metrics_on_the_shipped_corpus() -> None:
    result = CliRunner().invoke(main, ["eval", str(DATA / "corpus.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["n_messages"] >= 200
    for key in ("intent_accuracy", "line_precision", "line_recall", "line_f1", "auto_confirm_precision"):
        assert report[key] >= 0.97, key  # the tuning corpus: README reports 0.995-1.000
    assert report["review_rate"] <= 0.25
    text = CliRunner().invoke(main, ["eval", str(DATA / "corpus.jsonl")]).output
    assert "intent accuracy" in text and "line F1" in text and "auto-confirm" in text


def test_eval_rejects_a_broken_corpus_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "c.jsonl"
    bad.write_text('{"text": "2 cs coke zero", "intent": "ORDER", "lines": []}\n{"text": oops}\n')
    result = CliRunner().invoke(main, ["eval", str(bad), "--catalog", str(DATA / "catalog.json")])
    assert result.exit_code == 2 and "line 2" in result.output
    bad.write_text('{"intent": "ORDER"}\n')
    result = CliRunner().invoke(main, ["eval", str(bad), "--catalog", str(DATA / "catalog.json")])
    assert result.exit_code == 2 and "'text'" in result.output


def test_eval_reports_touchless_beside_precision(tmp_path: Path) -> None:
    """Precision is easy to buy by reviewing everything: the report says how many clean orders went through
    untouched, and a confirmed order missing a labelled variant is not strictly right."""
    rows = [
        {
            "text": "2 cs coke zero cans",
            "intent": "ORDER",
            "lines": [{"sku": "COKE-ZERO-330", "quantity": 2}],
        },
        {"text": "the usual pls", "intent": "ORDER", "lines": [], "expect_review": True},
        {
            "text": "3 cs coke zero cans",
            "intent": "ORDER",
            "lines": [{"sku": "COKE-ZERO-330", "quantity": 3}],
        },
        {"text": "coke x3", "intent": "ORDER", "lines": [{"sku": None, "quantity": 3}]},
        {"text": "what time do you deliver?", "intent": "QUESTION", "lines": []},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    args = ["eval", str(corpus), "--catalog", str(DATA / "catalog.json"), "--json"]
    report = json.loads(CliRunner().invoke(main, args).output)
    assert report["n_clean"] == 3  # the three ORDER rows not labelled for review
    assert report["n_auto_confirmed"] == 2 and report["auto_confirm_precision"] == 1.0
    assert report["touchless"] == 2 / 3  # "coke x3" is rightly in review, and counts against touchless
    rows[0]["lines"][0]["variant"] = "12 x 330ml"  # a variant the line does not name
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = json.loads(CliRunner().invoke(main, args).output)
    assert report["auto_confirm_precision_strict"] == 0.5 and report["touchless"] == 1 / 3
