"""Tamil and Malayalam trade words in Latin letters (`english: words`), as South Indian and Jaffna shops type them
or as `jobs.language.south_indic` spells the scripts, read exactly (no stemmer). Request words, numbers and units are
the readers' (jobs/language/dravidian_roman.py, jobs/language/south_indic_words.py). "enna" (Malayalam oil) is left
out: it is Tamil's "what" ("ippo enna vilai?", what price now)."""

TABLE = """
powder: podi thool thul
rice: arisi
oil: ennai ennei
"""
