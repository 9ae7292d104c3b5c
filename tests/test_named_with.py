"""`CatalogIndex.named_with` (the products whose name holds a word, from the postings) finds every product a
scan of the catalog finds: PACK_OR_ITEMS' counted sibling (jobs/pipeline/pack_or_items.py) reads only those
instead of every product of the catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.catalog_scale import synthetic_catalog
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.packs import product_info

DATA = Path(__file__).parent / "data"


def _catalogs() -> list[tuple[str, object]]:
    """The shipped catalog, the one whose products count their pieces ("Parotta 20 pcs", "5 pcs") and a
    generated one (every test catalog passed when this was written; three keep the suite quick)."""
    found: list[tuple[str, object]] = [(n, DATA / n) for n in ("catalog.json", "catalog54.json")]
    found.append(("generated 1500", synthetic_catalog(1500)))
    return found


@pytest.mark.parametrize(("name", "source"), _catalogs(), ids=[n for n, _ in _catalogs()])
def test_named_with_finds_every_product_a_scan_finds(name: str, source: object) -> None:
    index = CatalogIndex.build(load_catalog_json(source))  # type: ignore[arg-type]
    by_word: dict[str, set[int]] = {}
    for pi, p in enumerate(index.products):
        for word in product_info(p).name_content:
            by_word.setdefault(word, set()).add(pi)
    for word, scanned in by_word.items():
        found = index.named_with([word])
        assert found == sorted(set(found)), (name, word)
        assert scanned <= set(found), (name, word, sorted(scanned - set(found))[:5])
    assert index.named_with(["no-such-word-anywhere"]) == []
