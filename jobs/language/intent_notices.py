"""More of the intent classifier's vocabulary (jobs/language/intent.py), as data: messages that tell and order
nothing (NOTICE), counts corrected against others (CORRECTED_COUNT) and stock conditions on ordered goods
(CONDITIONAL_STOCK), in many languages."""

from __future__ import annotations

from jobs.language.intent_cues import _rx

__all__ = ["CONDITIONAL_STOCK", "CORRECTED_COUNT", "EMPTIES", "NOTICE"]


# NOTICE (intent.py): a message that tells, and orders nothing: closed, no deliveries ("nous serons fermés du 14 au 21",
# "bitte keine Lieferungen", "Kantinen holder lukket i uge 29-31"), a payment made ("Payment of 1,240.50 sent today by
# BACS", "Maksoimme laskun 40533", "Ödemeyi bugün havale ile yaptık"), a new address or delivery point, who orders
# from now on, empties to take back. Its dates and amounts are no order lines; a line of goods keeps the order.
NOTICE = _rx(
    r"\b(?:no|keine|pas\s+de|nessuna|geen|sem|sin|ingen|brak|dim)\s+(?:deliver(?:y|ies)|lieferung(?:en)?|livraisons?|"
    r"consegn[ae]|levering(?:en)?|entregas?|leverans(?:er)?|dostaw|danfoniadau)\b",
    r"\bno\s+delivery\s+needed\b|\bskip\s+(?:the\s+)?(?:\w+\s+)?delivery\b|\bne\s+rien\s+livrer\b|\bnu\s+livra[țt]i\b|"
    r"\bniente\s+ordine\b|\bne\s+dostavljajte\b|\bdelivery\s+epa\b",
    r"\b(?:we(?:'re|\s+are|\s+will\s+be|'ll\s+be)|shop|kitchen|school|store|bar|caf[eé]|restaurant|canteen|club)\s+"
    r"(?:\w+\s+)?closed\b",
    r"\bnous\s+serons\s+ferm[ée]s\b|\bsiamo\s+chiusi\b|\b(?:ist|sind)\s+(?:\S+\s+){0,6}geschlossen\b|\bva\s+fi\s+[îi]nchis\b|"
    r"\bholder\s+lukket\b|\bestaremos\s+(?:cerrados|fechados)\b|\bar\s+gau\b|\b(?:im|in)\s+urlaub\b",
    r"\bpayment\s+(?:of\s+\S+\s+)?(?:sent|made|transferred)\b|\b(?:maksoimme|maksettu)\b|\b[öo]demeyi\b|\bhavale\s+ile\b|"
    r"\bđã\s+bank\s+transfer\b|\b(?:hemos\s+pagado|nous\s+avons\s+pay[ée]|abbiamo\s+pagato|hebben\s+betaald|"
    r"zap[łl]acili[śs]my|am\s+pl[ăa]tit)\b",
    r"\b(?:change|update)\s+(?:the\s+|our\s+)?(?:delivery\s+|billing\s+|invoice\s+)?address\b|"
    r"\bnew\s+(?:delivery\s+|billing\s+|invoice\s+)?address\b|\bnouvelle\s+adresse\b|\bneue\s+(?:liefer|rechnungs)?adresse\b|"
    r"\bnueva\s+direcci[oó]n\b|\bnuovo\s+indirizzo\b|\bnieuw\s+adres\b|\bnovo\s+endere[çc]o\b|\bnowy\s+adres\b|"
    r"\bfatura\s+adres\w*|\bsend\s+(?:all\s+)?(?:the\s+|our\s+)?invoices\s+to\b",
    r"\bwill\s+(?:text|send|place|do)\s+(?:the\s+|our\s+)?orders\b|\bzam[óo]wienia\s+b[ęe]dzie\s+sk[łl]ada[ćc]\b|"
    r"\bnarud[žz]be\s+[šs]alje\b",
    r"\b(?:empty|empties)\b.{0,60}\b(?:back|return|collect(?:ed)?|pick(?:ed)?\s+up|take|grab)\b|"
    r"\b(?:back|return|collect|take|grab)\b.{0,40}\b(?:empty|empties)\b|\bdevolver\b.{0,30}\bvac[ií]os\b",
)
# EMPTIES: a line of empties ("12 empty crates") is no line of goods
EMPTIES = _rx(r"\b(?:empty|empties|vac[ií]os|vides|leergut|vuoti|vazios)\b")


# CORRECTED_COUNT (intent.py): a count corrected against another ("udon 3 not 2", "should be 6 packs, not 4", "3 cases of
# Nile Special, not 20"), in the "not" of more languages ("6 Jarlsberg, ikke 60", "4 Säcke, nicht 40", "2 itan oxi 20",
# "5 karung ya, bukan 6", "300 neme 30", "12 illa 15", "3 karo, 2 nahi", "jo 20", "voch te 70"), Greek "anti gia 10"
# (instead of 10), or a typo owned up to ("sorry lathos", "das war ein Tippfehler", "galti se 60 likh diya"): a change
# of an order already sent, unless the message repeats an earlier order with it ("same list as before but 4 boxes
# binchotan not 5") or reports what came ("was 8kg not 10": _PAST_NOT)
CORRECTED_COUNT = _rx(
    r"\b\d+(?:[.,]\d+)?\s*(?:[^\W\d_][\w.-]*\s+){0,4}?,?\s*(?:not|nicht|ikke|inte|niet|nie|ei|ekki|oxi|ochi|όχι|bukan|"
    r"neme|illa|nahi|jo|voch(?:\s+te)?|non)\s+\d+\b",
    r"\b\d+\s+(?:\w+\s+)?(?:ya\s+)?(?:nahi|nai)\b",
    r"\banti\s+gia\s+(?:tis\s+|tous\s+|ta\s+|to\s+)?\d+\b",
    r"\b(?:typo|tippfehler|tikfout|fat\s+(?:thumbs?|fingers?)|lathos|gabim|galti\s+se|liter[óo]wka|feil\s+i\s+(?:forrige|min)|"
    r"erreur\s+de\s+frappe|meant\s+to\s+be)\b",
)


# CONDITIONAL_STOCK: a stock condition on what is ordered ("2 kg de chilhuacle si ya lo tienen, si no nada", "si
# no lo tenéis", "si hay", "se ce l'avete", "se c'è") is no question about stock: read without it for
# _STRONG_QUESTION; the same words asked ("si lo tienen?") are still asked
CONDITIONAL_STOCK = _rx(
    r"\bsi\s+(?:ya\s+|todav[ií]a\s+|a[uú]n\s+)?(?:no\s+)?(?:(?:lo|la|los|las|les?)\s+)?(?:ten[eé]is|tienen|hay)\b(?!\s*\?)",
    r"\bse\s+(?:gi[aà]\s+|ancora\s+)?(?:non\s+)?(?:(?:ce\s+)?l'\s*avete|ce\s+l[oaie]\s+avete|avete|c'[eè])\b(?!\s*\?)",
)
