"""Gujarati trade words in Latin letters (`english: gujarati words`), as typed or as `scripts.fold_scripts` folds the
script, read exactly (no Snowball stemmer). Request words, numbers, units and references are the reader's
(jobs/language/gujarati_roman.py)."""

TABLE = """
pickle: athanu athanun
chilli: marchan marcha marchu
green: lila
rice: chokha
"""
