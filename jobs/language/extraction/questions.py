"""A question asked beside an order (rule `SIDE_QUESTION`).

"3 trays eggs, 2 greek yog, 1 block mozz. Also do you stock oat milk?", "... Also how much is the 50L
keg?": the order is complete as written, and the question wants an answer, not a line. Such a part is
kept as a line that is not understood and marked ``question``: the order's notes carry it for whoever
answers, and it does not hold the order in review. It does when the order depends on the answer ("do
you have oat milk? if not, soy"): a message with a conditional keeps every question part blocking.
"""

from __future__ import annotations

import re

# Openers of a question about goods, prices, delivery or the account (not an ordering request: "can I
# get", "could you add" are orders).
SIDE_QUESTION_RE = re.compile(
    r"^\W*(?:(?:and|also|oh\s+and|btw|by\s+the\s+way|ps|p\.s\.|one\s+more\s+thing|quick\s+question|"
    r"question|et|aussi|y|también|tambien|und|auch|e|anche|en|ook)\W+)*"
    r"(?:how\s+(?:much|many|long|about)|what(?:'s|\s+is|\s+are|\s+was|\s+about)?|when|which|where|why|"
    r"is\s+(?:the|there|it|your)|are\s+(?:you|u|the|there|they|your)|(?:do|does|did)\s+(?:you|u|ya|the|it|they)|"
    r"have\s+(?:you|u)|will\s+(?:the|you|it)|would\s+you\s+have|any\s+(?:news|update|idea|chance\s+you)|"
    r"(?:can|could)\s+(?:you|u)\s+(?:tell|confirm|let|check|advise|send\s+(?:me|us)\s+(?:the|a|your)\s+"
    r"(?:price|prices|invoice|list|spec|specs|allergen|statement))|"
    r"combien|quel(?:le)?s?|quand|est-ce|avez-vous|vous\s+avez|wie\s+viel|was\s+kostet|wann|habt\s+ihr|"
    r"haben\s+sie|gibt\s+es|cu[áa]nto|cu[áa]ndo|ten[ée]is|tienen|hay|qu[ée]\s+precio|quanto|quando|avete|"
    r"c'[èe]|hebben\s+jullie|hoeveel|wat\s+kost|quanto\s+custa|t[êe]m|c'?est\s+combien|[çc]a\s+co[uû]te|"
    r"ile\s+kosztuje|czy\s+(?:macie|jest)|c[âa]t\s+cost[ăa]|ave[tț]i|vad\s+kostar|har\s+ni|"
    r"pos[oa]\s+(?:kanei|kanoun|einai|kostizei|kostizoun)|e(?:x|ch|h)ete)\b",  # Greek (as folded): how much, have you
    re.IGNORECASE,
)
# The order depends on an answer: every question part then stays a reason for review.
CONDITIONAL_RE = re.compile(
    # "if not" that only lets a side question go ("do you do fresh basil? If not no worries") is no condition
    r"\b(?:if\s+(?:so|not(?![\s,.-]+(?:no\s+(?:worries|problem|bother)|that'?s\s+(?:fine|ok|okay|alright)|"
    r"don'?t\s+worry|never\s*mind|all\s+good|nbd))|yes|no|you\s+(?:do|have|can|don'?t|haven'?t)|available|"
    r"there\s+is)|otherwise|"
    r"if\s+in\s+stock|when\s+available|or\s+else|sinon|si\s+(?:no|oui|s[íi]|vous\s+avez|ten[ée]is)|"
    r"falls|wenn\s+(?:ja|nicht|ihr|sie)|sonst|altrimenti|se\s+(?:s[ìi]|no|avete)|anders|zo\s+niet|"
    r"se\s+n[ãa]o|caso\s+contr[aá]rio)\b",
    re.IGNORECASE,
)


def side_question(text: str) -> bool:
    """Whether a part of a message opens like a question rather than an order."""
    return SIDE_QUESTION_RE.search(text) is not None


# "what's the price on the Glen Arrin 12?", "how much is the 50L keg": a price question, whatever numbers
# its product's name holds.
PRICE_QUESTION_RE = re.compile(
    r"^\W*(?:(?:and|also|oh\s+and|btw|ps|et|e|y|und|en)\W+)*(?:how\s+much|what(?:'s|\s+is)\s+the\s+"
    r"(?:price|cost)|price\s+(?:of|on|for)|c'?est\s+combien|combien\s+co[uû]te|quanto\s+costa|"
    r"cu[áa]nto\s+(?:cuesta|vale)|was\s+kostet|wie\s+viel\s+kostet|ile\s+kosztuje|wat\s+kost|"
    r"quanto\s+custa|pos[oa]\s+(?:kanei|kanoun|einai|kostizei|kostizoun))\b",
    re.IGNORECASE,
)


def price_question(text: str) -> bool:
    """Whether a part of a message asks a price."""
    return PRICE_QUESTION_RE.search(text) is not None
