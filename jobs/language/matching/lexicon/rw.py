"""Kinyarwanda trade words (`english: kinyarwanda words`), read exactly (no Snowball stemmer; the forms orders
use). Units, numbers, weekdays, request words and "boneless" ("idafite amagufa") are the reader's
(jobs/language/east_african.py)."""

TABLE = """
meat: inyama
goat: ihene
beef: inka
bone: amagufa
rice: umuceri
oil: amavuta
flour: ifu
cassava: imyumbati
bean: ibishyimbo
milk: amata
fish: amafi
sugar: isukari
matoke: ibitoke
"""
