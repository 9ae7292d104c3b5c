"""Names and addresses, found before any text goes to a third-party model (pure Python, no I/O).

jobs/language/pii.py finds what has a checkable shape (emails, phones, cards, IBANs...). Names and
street addresses have none, so this module looks for the places they are written in an order message:

- a UK postcode (``NW1 6XE``) or a US state and ZIP (``NY 10001``);
- a street address: a house number, one to four capitalised words and a street word (``12 Baker
  Street``, ``221b Kings Road``), or ``Unit 4`` / ``Flat 2b`` style premises;
- "my name is ...", "this is ... (from|at|here)", "it's ... here", "I'm ... from";
- a greeting or a sign-off (``Hi Tom,``, ``Thanks, Jane``, ``Regards\nJane Doe``, ``- Sam``): the
  capitalised words that follow it on its line or the next;
- a title (``Mr``, ``Mrs``, ``Ms``, ``Dr``...) and the capitalised words after it;
- an email spelled out (``john dot smith at gmail dot com``);
- a first name from the names list followed by a capitalised surname (``Jane Doe``), unless the words
  are in the `protected` vocabulary (the tenant's catalog: ``Jack Daniels`` is a product).

`find_personal` returns `PiiFinding` spans typed NAME, ADDRESS or EMAIL; `redact_for_model` replaces them
with placeholders. tests/data/personal.jsonl is the labelled set this is measured on (tests/test_personal.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jobs.language.extraction.talk_words import GREEK_UKRAINIAN_THANKS
from jobs.language.pii import PiiFinding, redact

NAME, ADDRESS, EMAIL = "NAME", "ADDRESS", "EMAIL"

FIRST_NAMES = frozenset(
    [
        "aaron",
        "adam",
        "adrian",
        "ahmed",
        "aisha",
        "alan",
        "albert",
        "alex",
        "alexander",
        "alice",
        "alison",
        "amanda",
        "amelia",
        "amy",
        "andrew",
        "angela",
        "anna",
        "anne",
        "anthony",
        "arthur",
        "ashley",
        "barbara",
        "ben",
        "benjamin",
        "beth",
        "bill",
        "bob",
        "brian",
        "bruce",
        "carl",
        "carlos",
        "carol",
        "caroline",
        "catherine",
        "charles",
        "charlie",
        "charlotte",
        "chloe",
        "chris",
        "christine",
        "christopher",
        "claire",
        "colin",
        "connor",
        "craig",
        "daniel",
        "dave",
        "david",
        "deborah",
        "dennis",
        "diana",
        "donna",
        "dylan",
        "edward",
        "elaine",
        "eleanor",
        "elizabeth",
        "ella",
        "ellie",
        "emily",
        "emma",
        "eric",
        "fatima",
        "fiona",
        "frank",
        "gary",
        "george",
        "georgia",
        "gemma",
        "graham",
        "grace",
        "hannah",
        "harry",
        "heather",
        "helen",
        "henry",
        "ian",
        "isaac",
        "isabella",
        "jack",
        "jacob",
        "jake",
        "james",
        "jamie",
        "jane",
        "janet",
        "jason",
        "jennifer",
        "jess",
        "jessica",
        "jim",
        "joanne",
        "joe",
        "john",
        "jonathan",
        "jordan",
        "joseph",
        "josh",
        "joshua",
        "julie",
        "karen",
        "kate",
        "katie",
        "keith",
        "kevin",
        "laura",
        "lauren",
        "leo",
        "liam",
        "lily",
        "linda",
        "lisa",
        "louise",
        "lucy",
        "luke",
        "maria",
        "mark",
        "martin",
        "mary",
        "matt",
        "matthew",
        "megan",
        "michael",
        "michelle",
        "mike",
        "mohammed",
        "muhammad",
        "natalie",
        "neil",
        "nicholas",
        "nick",
        "nicola",
        "oliver",
        "olivia",
        "omar",
        "owen",
        "patricia",
        "patrick",
        "paul",
        "peter",
        "philip",
        "priya",
        "rachel",
        "raj",
        "rebecca",
        "richard",
        "rob",
        "robert",
        "ruth",
        "ryan",
        "sam",
        "samantha",
        "samuel",
        "sandra",
        "sarah",
        "scott",
        "sean",
        "sharon",
        "simon",
        "sophie",
        "stephen",
        "steve",
        "steven",
        "stuart",
        "susan",
        "thomas",
        "tim",
        "tom",
        "tony",
        "tracy",
        "victoria",
        "william",
        "zoe",
    ]
)

_STREET_WORDS = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|place|pl|court|ct|crescent|terrace|gardens|"
    r"square|sq|boulevard|blvd|hill|grove|row|mews|walk|parade|broadway|parkway|highway|hwy"
)
_CAP = r"[A-Z][\w'’-]*"
_POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_ZIP_RE = re.compile(
    r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|"
    r"PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b"
)
_STREET_RE = re.compile(rf"\b\d{{1,5}}[a-zA-Z]?,?\s+(?:{_CAP}\s+){{1,4}}(?i:{_STREET_WORDS})\b\.?")
_PREMISES_RE = re.compile(r"\b(?:Unit|Flat|Apartment|Apt|Suite)\s+\d{1,4}[a-zA-Z]?\b")
_NAME_WORDS = rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
_INTRO_RE = re.compile(
    rf"(?i:\bmy name is|\bthis is|\bit'?s|\bi'?m|\bi am)\s+(?P<name>{_NAME_WORDS})"
    rf"(?=\s*(?:,|\.|!|$|\s+(?i:from|at|here|of|with|speaking|calling|again|there)\b))",
    re.MULTILINE,
)
_MY_NAME_RE = re.compile(rf"(?i:\bmy name is|\bname:)\s+(?P<name>{_NAME_WORDS})")
_GREETING_RE = re.compile(
    rf"(?im:^\s*(?:hi|hello|hey|dear|morning|afternoon)\s+)(?P<name>{_NAME_WORDS})(?=\s*[,!.\n]|$)"
)
_SIGNOFF_RE = re.compile(
    rf"(?i:\b(?:thanks|thank you|many thanks|cheers|regards|kind regards|best regards|best wishes|best|"
    rf"sincerely|yours|ta|thx|br|{GREEK_UKRAINIAN_THANKS}))\s*[,.!]?\s*\n?\s*[-–—]?\s*(?P<name>{_NAME_WORDS})\s*$",
    re.MULTILINE,
)
_DASH_SIGN_RE = re.compile(rf"(?:^|\n|\s)[-–—]\s*(?P<name>{_NAME_WORDS})(?=\s*(?:\(|$))", re.MULTILINE)
_TITLE_RE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?P<name>{_NAME_WORDS})")
_SPELLED_EMAIL_RE = re.compile(
    r"\b\w+(?:\s*(?:\.|\bdot\b|\(dot\)|\[dot\])\s*\w+)*\s*(?:\bat\b|\(at\)|\[at\])\s*"
    r"\w+(?:\s*(?:\.|\bdot\b|\(dot\)|\[dot\])\s*\w+)*\s*(?:\bdot\b|\(dot\)|\[dot\])\s*"
    r"(?:com|co|org|net|io|uk|de|fr|es|ie|nl|info|biz)\b(?:\s*(?:\.|\bdot\b)\s*(?:uk|au|nz))?",
    re.IGNORECASE,
)
_FULL_NAME_RE = re.compile(rf"\b(?P<first>{_CAP})[ \t]+(?P<last>{_CAP})\b")
# Words that start a sentence or name a thing, never a person's name after a greeting or sign-off.
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "please",
        "pls",
        "thanks",
        "thank",
        "order",
        "orders",
        "team",
        "all",
        "there",
        "everyone",
        "guys",
        "delivery",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "tmrw",
        "again",
        "much",
        "so",
        "accounts",
        "payable",
        "manager",
        "office",
        "kitchen",
        "bar",
        "head",
        "chef",
        "management",
    ]
)


def _words(span: str) -> list[str]:
    return re.findall(r"[\w'’-]+", span.lower())


def _finding(kind: str, start: int, end: int, score: float, recognizer: str) -> PiiFinding:
    return PiiFinding(kind, start, end, score, recognizer)


def _named(
    pattern: re.Pattern[str], text: str, recognizer: str, protected: frozenset[str]
) -> Iterable[PiiFinding]:
    for m in pattern.finditer(text):
        words = _words(m.group("name"))
        kept = []
        for w in words:  # stop at the first word that is not a name (a product, a weekday...)
            if w in _NOT_NAMES or w in protected:
                break
            kept.append(w)
        if not kept:
            continue
        start = m.start("name")
        end = start
        for w in kept:  # the span of the kept words
            end = text.lower().index(w, end) + len(w)
        yield _finding(NAME, start, end, 0.7, recognizer)


def find_personal(text: str, protected: Iterable[str] = ()) -> list[PiiFinding]:
    """Names, addresses and spelled-out emails in `text`; `protected` words (lower case) are never
    taken for a name (the tenant's catalog vocabulary)."""
    if not text:
        return []
    # a frozenset is the caller's cached vocabulary, lower case already (jobs/pipeline/paid.py): as is
    guard = protected if isinstance(protected, frozenset) else frozenset(w.lower() for w in protected)
    found: list[PiiFinding] = []
    for pattern, kind, recognizer in (
        (_POSTCODE_RE, ADDRESS, "postcode"),
        (_ZIP_RE, ADDRESS, "us_zip"),
        (_STREET_RE, ADDRESS, "street"),
        (_PREMISES_RE, ADDRESS, "premises"),
        (_SPELLED_EMAIL_RE, EMAIL, "spelled_email"),
    ):
        found += [_finding(kind, m.start(), m.end(), 0.8, recognizer) for m in pattern.finditer(text)]
    for pattern, recognizer in (
        (_MY_NAME_RE, "my_name_is"),
        (_INTRO_RE, "introduction"),
        (_GREETING_RE, "greeting"),
        (_SIGNOFF_RE, "sign_off"),
        (_DASH_SIGN_RE, "dash_signature"),
        (_TITLE_RE, "title"),
    ):
        found += list(_named(pattern, text, recognizer, guard))
    for m in _FULL_NAME_RE.finditer(text):
        first, last = m.group("first").lower(), m.group("last").lower()
        if first in FIRST_NAMES and first not in guard and last not in guard and last not in _NOT_NAMES:
            found.append(_finding(NAME, m.start(), m.end(), 0.6, "names_list"))
    return _merge(found)


def _merge(findings: list[PiiFinding]) -> list[PiiFinding]:
    """Overlapping spans joined into one (the type of the longest), sorted."""
    out: list[PiiFinding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            last = out[-1]
            if f.end > last.end:
                kind = last.pii_type if last.end - last.start >= f.end - f.start else f.pii_type
                out[-1] = PiiFinding(kind, last.start, f.end, max(last.score, f.score), last.recognizer)
            continue
        out.append(f)
    return out


def redact_for_model(text: str, protected: Iterable[str] = ()) -> str:
    """`text` (already PII-redacted) with names, addresses and spelled-out emails replaced too."""
    return redact(text, find_personal(text, protected))
