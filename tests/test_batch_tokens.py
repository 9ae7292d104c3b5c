"""The catalog's batch tokeniser reads every catalog string as the phrase tokeniser reads it alone: each
rule applied only to the strings it can match (jobs/language/matching/batch.py), and a case-insensitive
rule searched without IGNORECASE on a batch without capitals, give the whole-batch results."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.catalog_scale import synthetic_catalog
from benchmarks.trust import SETS
from jobs.language.extraction.codes import CATALOG_STEPS, STEPS
from jobs.language.extraction.patterns import SIZE_RE
from jobs.language.extraction.sizes import SPELL_STEPS
from jobs.language.matching import batch as batch_module
from jobs.language.matching import load_catalog_json
from jobs.language.matching.batch import SEP, Batch, cased, needs_digit
from jobs.language.matching.build import _category_texts, _own_texts
from jobs.language.matching.tokens import tokens_cached, tokens_many
from jobs.language.matching.vocabulary import PHRASE_SYNONYMS, SIZE_STRIP_RE

DATA = Path(__file__).parent / "data"
RULES = [
    SIZE_STRIP_RE,
    SIZE_RE,
    *(rx for rx, _ in PHRASE_SYNONYMS),
    *(rx for _, rx, _ in CATALOG_STEPS),
    *(rx for _, rx, _ in STEPS),
    *(rx for _, rx, _ in SPELL_STEPS),
]


def _catalog_texts() -> list[str]:
    texts: dict[str, None] = {}
    sources = [load_catalog_json(DATA / c) for c in sorted({c for _n, _d, c in SETS})]
    for products in [*sources, load_catalog_json(synthetic_catalog(1500))]:
        for p in products:
            texts.update((t, None) for _f, t, _v in _own_texts(p))
            texts.update((t, None) for t in _category_texts(p))
    return list(texts)


def _labelled_texts() -> list[str]:
    out: list[str] = []
    for _name, data, _catalog in SETS:
        rows = (DATA / data).read_text(encoding="utf-8").splitlines()
        out += [json.loads(x)["text"] for x in rows if x.strip()]
    return out


@pytest.fixture(scope="module")
def catalog_texts() -> list[str]:
    return _catalog_texts()


def test_batch_reads_every_catalog_string_as_alone(catalog_texts: list[str]) -> None:
    toks, sizes = tokens_many(catalog_texts)
    assert [(t, s) for t, s in zip(toks, sizes, strict=True)] == [
        tokens_cached(text, True) for text in catalog_texts
    ]


@pytest.mark.parametrize(
    ("texts", "first"),
    [
        (["Ohne Zucker Sirup 1L"], ("sugar", "free", "syrup")),  # a rule is gated by its own words
        (["Wok 36'lık", "Tava 40'lik"], ("wok", "36")),  # a Turkish size, read before the apostrophes go
        (["Llaeth hanner sgim 2L", "Bara heb glwten"], ("milk", "semi", "skimmed")),
    ],
)
def test_the_batch_and_one_text_read_by_the_same_rules(texts: list[str], first: tuple[str, ...]) -> None:
    toks, sizes = tokens_many(texts)
    assert list(zip(toks, sizes, strict=True)) == [tokens_cached(text, True) for text in texts]
    assert toks[0] == first


def test_each_rule_on_the_strings_it_can_match_is_the_whole_batch_rule(catalog_texts: list[str]) -> None:
    texts = [t.lower() for t in catalog_texts] + [t.lower() for t in _labelled_texts()]
    whole = SEP.join(t.replace(SEP, " ") for t in texts)
    for rx in RULES:
        batch = Batch(whole)
        batch.sub(rx, lambda m: f"<{m.group(0)}>")
        assert batch.text == rx.sub(lambda m: f"<{m.group(0)}>", whole), rx.pattern


def test_a_rule_that_needs_a_digit_reads_only_the_strings_with_one(
    catalog_texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the sizes are stripped, few catalog strings hold a digit (a few hundred of a 20,000-product
    catalog's 50,000): a rule every match of which holds one is applied to those strings alone, with the
    whole-batch result (here always, however many hold one)."""
    monkeypatch.setattr(batch_module, "_CHARS_PER_TEXT_READ", 1)
    texts = [SIZE_STRIP_RE.sub(" ", t.lower()) for t in catalog_texts] + [
        t.lower() for t in _labelled_texts()
    ]
    whole = SEP.join(t.replace(SEP, " ") for t in texts)
    digit_rules = [rx for rx in RULES if needs_digit(rx)]
    assert len(digit_rules) >= 10
    assert not needs_digit(re.compile(r"\d+|dozen"))  # an alternative without a digit
    for rx in digit_rules:
        batch = Batch(whole)
        spans = batch._digit_spans()
        assert spans is not None and 0 < len(spans) < len(texts)
        batch.sub(rx, lambda m: f"<{m.group(0)}>")
        assert batch.text == rx.sub(lambda m: f"<{m.group(0)}>", whole), rx.pattern


def test_a_lone_number_written_digit_first_matches_as_the_look_behind_first(catalog_texts: list[str]) -> None:
    """LONE_NUM (a number glued to no word, point or comma before it) puts its look behind after the first
    digit, for speed: the same matches and groups as the look behind first, on every text."""
    from jobs.language.extraction.patterns import LONE_NUM
    from jobs.language.extraction.sizes import _INCH_RE

    plain = r"(?<![\w.,])\d+(?:[.,]\d+)?"
    texts = [t.lower() for t in catalog_texts] + [t.lower() for t in _labelled_texts()]
    texts += ['a1.5l 2,5kg x330ml .5l 12"', "24x330ml", "no.12oz 3in", "١٢ml ٣in"]
    for rx in (SIZE_RE, SIZE_STRIP_RE, _INCH_RE):
        assert LONE_NUM in rx.pattern
        before = re.compile(rx.pattern.replace(LONE_NUM, plain), rx.flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [
                (m.span(), m.groups()) for m in before.finditer(text)
            ], (rx.pattern, text)


def test_every_numbered_name_rule_needs_a_digit() -> None:
    """join_numbered leaves a text without a digit as it is, unread: each of its rules needs one."""
    assert all(needs_digit(rx) for _gate, rx, _repl in (*STEPS, *CATALOG_STEPS))


def test_a_cased_twin_matches_text_without_capitals_the_same() -> None:
    texts = [t.lower() for t in _labelled_texts()]
    texts = [t for t in texts if t.isascii()]
    assert len(texts) > 1000
    twins = 0
    for rx in RULES:
        twin = cased(rx)
        twins += twin is not rx
        for text in texts:
            assert [m.span() for m in twin.finditer(text)] == [m.span() for m in rx.finditer(text)], (
                rx.pattern
            )
    assert twins >= 5
    assert cased(re.compile(r"\bKg\b", re.I)).flags & re.IGNORECASE  # a capital in the pattern: kept
