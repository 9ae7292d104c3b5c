"""STEP_WORDS (jobs/language/rewrites.py): a rewrite step is not tried on a text that holds none of the words
every match of it holds; the results are those of trying every step (behind its gate and digit check)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.catalog_scale import synthetic_catalog
from jobs.language import rewrites
from jobs.language.extraction.codes import CATALOG_STEPS, STEPS
from jobs.language.extraction.sizes import SPELL_STEPS
from jobs.language.matching import tokens
from jobs.language.rewrites import Step, needs_digit, opens, rewrite, step_words

DATA = Path(__file__).parent / "data"
STEP_LISTS = {
    "tokens": tokens._RULES,
    "surface": tokens._SURFACE_RULES,
    "spell": SPELL_STEPS,
    "codes": STEPS,
    "catalog codes": CATALOG_STEPS,
}
TRAPS = ["Mİssing 1L", "mıssing 2x", "ſhort 3 ml", "KG 5 Kg", "İce 2 İN", "ſſ 12 ſtk", "µl 3"]


def _every_step(text: str, steps: tuple[Step, ...]) -> str:
    """`rewrite` as it was before STEP_WORDS: every step behind its gate, and its digit check."""
    digit: bool | None = None
    for gate, rx, repl in steps:
        if opens(gate, text):
            if needs_digit(rx):
                if digit is None:
                    digit = re.search(r"\d", text) is not None
                if not digit:
                    continue
            new = rx.sub(repl, text)
            if new is not text:
                text, digit = new, None
    return text


def _texts() -> list[str]:
    found: set[str] = set(TRAPS)
    for row in (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(row)["text"] if row.strip() else ""
        found.update((text, text.lower(), *text.split("\n"), *text.lower().split("\n")))
    products = [*json.loads((DATA / "catalog.json").read_text())["products"]]
    products += synthetic_catalog(2000)["products"]
    for p in products:
        for name in (p["name"], *p.get("aliases", []), *(v["name"] for v in p.get("variants", []))):
            found.update((name, name.lower(), tokens.strip_accents(name.lower())))
    return sorted(found)


TEXTS = _texts()


@pytest.mark.parametrize("name", sorted(STEP_LISTS))
def test_a_rewrite_is_every_steps(name: str) -> None:
    steps = STEP_LISTS[name]
    for text in TEXTS:
        assert rewrite(text, steps) == _every_step(text, steps), (name, text)


def test_most_steps_have_words_and_a_match_holds_one() -> None:
    steps = [step for found in STEP_LISTS.values() for step in found]
    with_words = [(rx, words) for _, rx, _ in steps if (words := step_words(rx)) is not None]
    assert len(with_words) >= len(steps) * 3 // 4
    for rx, words in with_words:
        for text in TEXTS:
            for m in rx.finditer(text):
                assert any(w in m.group(0).lower() for w in words), (rx.pattern, text)


def test_step_words_reads_each_alternative() -> None:
    assert step_words(re.compile(r"\bcoca\s+cola\b|\bcoke\b", re.I)) == {"coca", "coke"}
    assert step_words(re.compile(r"\b(\d+)\s*pk\b")) == {"pk"}
    assert step_words(re.compile(r"\bx\b|\d+")) is None  # an alternative needs only a digit
    assert step_words(re.compile(r"(?:a|b)?c*")) is None  # nothing required


def test_steps_not_in_a_tuple_are_read_each_time() -> None:
    steps = [(None, re.compile(r"\bcola\b"), "coke")]
    assert rewrite("cola light", steps) == "coke light"
    assert rewrite("pepsi", iter(steps)) == "pepsi"
    assert id(steps) not in rewrites._PREPARED
