"""Every number the matcher decides with, named. Tuned on tests/data/corpus.jsonl; see the package
docstring for what each stage does with them."""

from __future__ import annotations

from dataclasses import dataclass

# How much a catalog string of each field counts: a name or alias names the product, a category keyword
# only hints at it.
FIELD_WEIGHTS = {
    "name": 1.0,
    "alias": 1.0,
    "example": 0.95,
    "variant": 0.85,
    "keyword": 0.8,
    "category": 0.6,
}


@dataclass(frozen=True)
class Weights:
    # ---- deciding
    match_floor: float = 0.62  # best score below this -> no product
    resolve_floor: float = 0.7  # below this a product is only a reviewer's hint, never acted on
    ambiguous_margin: float = 0.06  # runner-up this close to the best -> ambiguous
    ambiguous_cap: float = 0.6  # confidence ceiling for ambiguous lines
    ambiguous_step: float = 0.05  # each further candidate (up to two more) lowers an ambiguous line by this
    ambiguous_min: float = 0.05  # an ambiguous line's confidence never goes below this
    unread_cap: float = 0.5  # a not-understood part is a hint for the reviewer, never an order line acted on
    runner_up_share: float = 0.8  # runners-up score at least this share of match_floor

    # ---- scoring one catalog string (IDF-weighted recall of the phrase, precision of the string)
    recall_share: float = 0.75  # score = recall * (recall_share + precision_share * precision)
    precision_share: float = 0.25
    own_field_credit: float = 0.8  # a word explained by another string of the same product
    category_credit: float = 0.5  # a word explained only by the product's category
    sized_string_unsized_line: float = 0.95  # "sparkling 1.5l" says more than the line "sparkling"
    pack_token_idf: float = 0.3  # pack words ("case") say little about the product
    number_token_idf: float = 0.6
    size_word_weight_cap: float = 1.0  # a size word ("big") weighs at most this much in the phrase
    unseen_pack_weight: float = 0.3  # a pack word the catalog never uses
    unseen_number_weight: float = 0.5
    unseen_word_doc_freq: float = 0.5  # an unseen word weighs as if it were in half a product

    # ---- typos (rapidfuzz ratio, 0..100)
    typo_cutoff: int = 74  # below this a word is not a typo of a catalog word
    typo_other_initial: int = 85  # a typo with another first letter must be this close
    typo_max_length_diff: int = 2
    typo_min_length: int = 4  # shorter words must match exactly
    typo_candidates: int = 6
    typo_exponent: float = 1.5  # similarity = (ratio / 100) ** typo_exponent
    single_edit_similarity: float = 0.95  # one slip of the keys in a long word (tokens.single_edit)
    cover_similarity: float = 0.6  # a word "covers" a catalog word at this similarity
    catalog_word_similarity: float = 0.8  # a not-understood part names a catalog word (same first letter)

    # ---- size and pack evidence
    size_agrees_bonus: float = 0.03
    size_conflict_factor: float = 0.5  # 330ml asked, 1.5L sold
    size_number_misfit_factor: float = 0.7  # "coke 1.5" for a product with no 1.5 size
    unit_agrees_bonus: float = 0.04  # "cases" of a product sold by the case
    wrong_pack_penalty: float = 0.06  # "a case" of a product sold by the keg

    # ---- confidence
    exact_score: float = 0.97  # a score this high is an exact match
    close_score: float = 0.85  # ... and this high a close one (else fuzzy)
    confidence_max: float = 0.99
    typo_cap: float = 0.9  # read through a typo: likely, not certain
    near_runner_up: float = 0.15  # a runner-up within this margin lowers confidence ...
    near_base: float = 0.6  # ... to near_base + margin * near_slope
    near_slope: float = 2.6
    unsized_cap: float = 0.95  # the product has sizes and the line names none
    below_resolve: float = 0.01  # a product whose pack rules it out stays this far below resolve_floor
    loose_count_cap: float = 0.75  # "30 heineken" sold by the case of 24: items or cases?
    second_look_cap: float = (
        0.75  # SECOND_LOOK_UNSAID (guards.py): the product read, never confirmed as it stands
    )


WEIGHTS = Weights()
