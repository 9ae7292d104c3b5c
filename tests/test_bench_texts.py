"""`benchmarks/texts.py`: `pipeline.py --unique-texts` sends no text twice, and each variant says what its
corpus text says (the same lines, units, sizes and intent; only the counts differ), so the benchmark's work is
the corpus's, without the caches answering."""

from __future__ import annotations

from benchmarks.texts import corpus_texts, message_text, variant
from jobs.ai.providers import LocalProvider


def _reading(text: str) -> tuple[str, list[tuple[str, str | None, str]]]:
    analysis = LocalProvider().analyze(text)
    return analysis.intent.intent.value, [(x.phrase.lower(), x.unit, str(x.size)) for x in analysis.lines]


def test_a_variant_reads_as_its_text() -> None:
    for text in corpus_texts():
        assert _reading(variant(text, 1)) == _reading(text), text


def test_counts_move_sizes_and_list_numbers_stay() -> None:
    assert variant("6 cs still water 500", 2).lower() == "8 cs still water 500"
    assert variant("3x heineken 30L, flour x2", 1).lower() == "4x heineken 30l, flour x3"
    assert variant("1. whole milk 4 pint x 6", 1).lower() == "1. whole milk 4 pint x 7"
    assert variant("sparkling 1.5 x 6", 1).lower() == "sparkling 1.5 x 7"


def test_few_texts_repeat() -> None:
    texts = corpus_texts()
    sent = [message_text(texts, i, unique=True) for i in range(3000)]
    assert len(set(sent)) > 0.85 * len(sent)  # the rest: "👍", "lol", "Hi" (no count, no word to flip)
    assert [message_text(texts, i, unique=False) for i in range(3)] == texts[:3]
