"""One message's matching is bounded in time whatever its size: past the limit the remaining lines are
kept unmatched with the reason, and the order goes to review (never a worker time-out)."""

from __future__ import annotations

import time
from pathlib import Path

from jobs.language.extraction import extract_lines
from jobs.language.intent import Intent, IntentResult
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.index import TIME_LIMIT_REASON, analysis_time_limit
from jobs.pipeline.decide import decide_order

DATA = Path(__file__).parent / "data"
INDEX = CatalogIndex.build(load_catalog_json(DATA / "catalog.json"))


def test_a_two_thousand_line_order_stops_at_the_limit_and_goes_to_review() -> None:
    words = ["coke", "fanta", "still water", "heineken", "whole milk", "tomatoes", "basil", "olive oil"]
    text = "\n".join(f"{i % 9 + 1} x {words[i % len(words)]}" for i in range(2000))
    lines = extract_lines(text)
    assert len(lines) >= 1900
    started = time.monotonic()
    matches = INDEX.match_all(lines, time_limit=0.05)
    elapsed = time.monotonic() - started
    assert len(matches) == len(lines)
    stopped = [m for m in matches if m.reason.startswith(TIME_LIMIT_REASON)]
    assert stopped and all(m.product is None for m in stopped)
    assert matches[0].product is not None  # the first lines were matched
    assert elapsed < 0.05 + 1.0  # the limit, plus at most one line (generous on a loaded machine)
    verdict = decide_order(IntentResult(Intent.ORDER, 0.99, ()), matches, 0.85)
    assert verdict.status.value == "REVIEW"


def test_an_ordinary_message_is_not_limited() -> None:
    lines = extract_lines("2 cases of coke zero, 3 whole milk")
    matches = INDEX.match_all(lines)
    assert not any(m.reason.startswith(TIME_LIMIT_REASON) for m in matches)
    assert analysis_time_limit() >= 0.05
