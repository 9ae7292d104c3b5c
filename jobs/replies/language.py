"""The language a customer wrote in, from common words: the five languages the extractor reads.

Good enough to answer in kind (a reply in the wrong language is a template's worst failure); short or
mixed messages fall back to the conversation's previous language, then English.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "es", "fr", "de", "it")

_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "please",
            "pls",
            "thanks",
            "thank",
            "you",
            "have",
            "do",
            "is",
            "are",
            "of",
            "for",
            "can",
            "we",
            "our",
            "my",
            "need",
            "want",
            "some",
            "how",
            "much",
            "what",
            "when",
            "where",
            "order",
            "cases",
            "case",
            "box",
            "tomorrow",
            "hi",
            "hello",
            "sorry",
            "not",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "por",
            "favor",
            "gracias",
            "tienen",
            "tiene",
            "hay",
            "para",
            "quiero",
            "necesito",
            "de",
            "del",
            "unas",
            "unos",
            "cajas",
            "caja",
            "mañana",
            "manana",
            "hola",
            "tienen",
            "pedido",
            "cuanto",
            "cuánto",
            "precio",
            "pero",
            "no",
            "está",
            "esta",
            "buenas",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "pour",
            "merci",
            "avez",
            "vous",
            "est",
            "des",
            "du",
            "une",
            "un",
            "je",
            "voudrais",
            "besoin",
            "demain",
            "bonjour",
            "commande",
            "combien",
            "prix",
            "caisses",
            "caisse",
            "svp",
            "mais",
            "pas",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "bitte",
            "danke",
            "haben",
            "sie",
            "ist",
            "für",
            "ich",
            "möchte",
            "brauche",
            "morgen",
            "hallo",
            "bestellung",
            "wie",
            "viel",
            "preis",
            "kisten",
            "kiste",
            "nicht",
            "aber",
            "kostet",
            "viel",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "e",
            "per",
            "favore",
            "grazie",
            "avete",
            "avere",
            "è",
            "di",
            "del",
            "una",
            "uno",
            "vorrei",
            "bisogno",
            "domani",
            "ciao",
            "ordine",
            "quanto",
            "prezzo",
            "casse",
            "cassa",
            "non",
            "ma",
        ]
    ),
}
_TOKEN = re.compile(r"[a-zà-öø-ÿñß]+", re.IGNORECASE)


def detect_language(text: str, fallback: str = "en") -> str:
    """The most likely of LANGUAGES for `text`; `fallback` when no language stands out."""
    tokens = [t.lower() for t in _TOKEN.findall(text or "")]
    scores = {lang: sum(t in words for t in tokens) for lang, words in _WORDS.items()}
    best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == "en"))
    runner_up = max(scores[lang] for lang in LANGUAGES if lang != best)
    if scores[best] >= 2 or (scores[best] == 1 and runner_up == 0):
        return best
    return fallback if fallback in LANGUAGES else "en"
