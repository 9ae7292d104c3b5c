"""`benchmarks.trust` finds its numbered sets in tests/data: a new blind set takes part by its two files alone."""

from __future__ import annotations

from pathlib import Path

from benchmarks.trust import FIRST_SETS, SETS, numbered_sets


def test_numbered_sets_are_the_holdouts_with_their_own_catalog_in_numeric_order(tmp_path: Path) -> None:
    for name in ("holdout3", "holdout4", "holdout5", "holdout10", "holdout9", "holdout7", "holdout_x"):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    for n in (3, 5, 9, 10):
        (tmp_path / f"catalog{n}.json").write_text("{}", encoding="utf-8")
    assert numbered_sets(tmp_path) == (
        ("holdout5", "holdout5.jsonl", "catalog5.json"),
        ("holdout9", "holdout9.jsonl", "catalog9.json"),
        ("holdout10", "holdout10.jsonl", "catalog10.json"),
    )  # holdout3 is a first set, holdout4 and holdout7 have no catalog of their own


def test_the_first_sets_open_the_list_and_holdout4_stays_out() -> None:
    names = [name for name, _d, _c in SETS]
    assert SETS[: len(FIRST_SETS)] == FIRST_SETS
    assert names[:5] == ["corpus", "holdout", "holdout2", "holdout3", "non_orders"]
    assert names[5:7] == ["holdout5", "holdout6"]
    assert "holdout4" not in names and len(names) == len(set(names))
