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
