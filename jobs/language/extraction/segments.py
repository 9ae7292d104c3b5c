"""Splitting a message into segments (one candidate line each) and cleaning a segment for reading."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from jobs.language.alternation import Alternation
from jobs.language.chinese_names import name_closing
from jobs.language.extraction.codes import join_numbered
from jobs.language.extraction.corrections import spoken_repairs
from jobs.language.extraction.false_friends import false_friend_units
from jobs.language.extraction.goods_words import GOODS_WORDS
from jobs.language.extraction.measures import MEASURES
from jobs.language.extraction.number_words import ARTICLES, FRACTIONS, NUMBER_WORDS, RISKY_NUMBER_WORDS
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.extraction.patterns import (
    BULLET_RE,
    DASH_LINE_RE,
    DASH_SPLIT_RE,
    GREETING_RE,
    HEADER_RE,
    ITEM_SPLIT_RE,
    NOISE_RE,
    NON_ITEM_COUNT_RE,
    NUMBERED_RE,
    PURPOSE_TAIL_RE,
    REQUEST_RE,
    SENTENCE_SPLIT_RE,
    SIGNOFF_LINE_RE,
    STREET_ADDRESS_RE,
    VAGUE_AND_RE,
    WROTE_LINE_RE,
)
from jobs.language.extraction.sizes import spell_sizes
from jobs.language.extraction.spoken import spoken_decimals, spoken_fractions, spoken_numbers
from jobs.language.extraction.talk_words import FILLER
from jobs.language.scripts import fold_scripts, read_folded, read_typed
from jobs.language.vietnamese import is_vietnamese, read_plain, read_vietnamese
from jobs.language.word_patterns import DIGIT_RE, LATIN_WORD_RE

_ENDS_WITH_DAY_RE = re.compile(r"\b\d{1,2}$")
_TWO_DIGITS_RE = re.compile(r"\d{2}(?!\d)")


@dataclass
class Segment:
    text: str  # raw segment
    in_list: bool  # came from a bullet/newline list, so a bare product name is a line
    header: bool = False  # ended with ":" ("Order for Friday:")
    dash_cont: bool = False  # followed " - " ("coke zero - 2 cs"): may complete the previous segment
    bulleted: bool = False  # its line started with a bullet or list number: a bare name is an item
    corrected: bool = False  # its item's count or product was corrected later in the message
    own_line: bool = False  # the whole of its line of a message of several lines (UNREAD_LIST_ITEM)


# Letters beyond Latin-1 that do not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "ŧ": "t"})


def fold_latin(text: str) -> str:
    """Polish, Czech, Romanian, Turkish... letters as their base letter ("pełne" -> "pelne", "mąka" ->
    "maka", "şişe" -> "sise"): the readers' word patterns cover Latin-1 only, and split a word at any
    other letter. Latin-1 letters (é, ü, ñ, ø) and other scripts are kept."""
    if text.isascii():
        return text
    out: list[str] = []
    for ch in text.translate(_UNDECOMPOSED):
        if ord(ch) > 0xFF and ch.isalpha():
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            if base and all(ord(c) <= 0xFF for c in base):
                ch = base
        out.append(ch)
    return "".join(out)


_MORE_RE = re.compile(
    r"\b(\d+(?:[.,]\d+)?)\s+(?:more|extra|further)\s+(?=(?:kg|kgs|kilos?|g|l|litres?|cases?|cs|box(?:es)?|bags?|"
    r"packs?|tins?|cans?|bottles?|trays?|sacks?|jars?|tubs?|outers?)\b)",
    re.IGNORECASE,
)


# "house red sixes", "the twelves": the case of 6 or 12 bottles, said as a plural number word
_PACK_OF_WORDS = {"sixes": 6, "twelves": 12, "twenty-fours": 24, "twentyfours": 24}
_PACK_OF_WORDS_RE = re.compile(r"\b(sixes|twelves|twenty-?fours)\b", re.IGNORECASE)


_ALSO_RE = re.compile(
    r"(?P<and_also>\bbir\s+de\b)"  # Turkish "bir de 10 sucuk": "and also", not one
    r"|\b(?:yes\s*,?\s*)?(?:please\s+)?(?:go\s+ahead|proceed)\s+(?:with|and)\b",  # "yes please go ahead with 3 cases"
    re.IGNORECASE,
)


# A currency amount written with thousands separators ("£1,284.50") is one amount: the comma split it into a word
# and a count of 50.
_MONEY_THOUSANDS_RE = re.compile(r"([£€$]\s*)(\d{1,3}(?:,\d{3})+)(?![\d,])")


def prepare(text: str) -> str:
    """Normalise typography (fractions, quotes, line ends) and blank out emoji and other symbols."""
    for k, v in FRACTIONS.items():
        text = text.replace(k, v)
    text = name_closing(unicodedata.normalize("NFKC", text).replace("⁄", "/"))  # "谢谢！黄伟": a signature
    text = _MONEY_THOUSANDS_RE.sub(
        lambda m: m.group(1) + m.group(2).replace(",", ""), text
    )  # "£1,284.50": one amount
    # the languages typed in Latin letters, before the accents go; then those read on the folded letters
    text = read_vietnamese(text) if is_vietnamese(text) else read_plain(read_typed(text))
    text = read_folded(text, fold_scripts(fold_latin(text)))
    text = (
        text.replace("’", "'")
        .replace("‘", "'")
        .replace("“", '"')
        .replace("”", '"')
        .replace("×", "x")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\t", " ")
    )
    text = _MORE_RE.sub(r"\1 ", text)  # "2 more kg guanciale": two kg
    # "bir de 10 sucuk", "yes please go ahead with 3 cases": no words of goods; Turkish "bir de" (and also) starts an item
    text = _ALSO_RE.sub(lambda m: ", " if m.group("and_also") else " ", text)
    text = join_numbered(text)  # "No.3 oysters", "size 18 chickens": one word each
    text = spoken_numbers(text)  # a voice note's "for sacks of flour": four sacks (SPOKEN_NUMBER)
    text = spoken_decimals(text)  # "coke one point five": coke 1.5 (SPOKEN_DECIMAL)
    text = spoken_fractions(text)  # "aadha kilo wala": the 0.5 kilo one (SPOKEN_FRACTION)
    text = spoken_repairs(text)  # "3 no 4 sacks": the second number stands (SELF_CORRECTION)
    text = false_friend_units(text)  # Dutch "5 dozen": five boxes (FALSE_FRIEND_UNIT)
    text = _PACK_OF_WORDS_RE.sub(
        lambda m: f"{_PACK_OF_WORDS[m.group(1).lower()]}s", text
    )  # "house red sixes"
    # emoji and other symbols carry no order content
    return "".join(" " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") else ch for ch in text)


# Where a reply quotes the message it answers: "On 1 Jul 2026, X wrote:", "-----Original Message-----", an
# Outlook "From: ... / Sent: ..." block. Forwarded messages are kept (their content may be the order).
QUOTE_HEADER_RE = re.compile(
    r"^\s*(?:-{2,}\s*(?:original\s+message|mensaje\s+original|message\s+d'origine|urspr[üu]ngliche\s+"
    r"nachricht|messaggio\s+originale|oorspronkelijk\s+bericht|mensagem\s+original)\s*-*|"
    r"(?:on|le|el|am|il|op|em)\s.{4,120}\s(?:wrote|a\s+[ée]crit|escribi[óo]|schrieb|ha\s+scritto|schreef|"
    r"escreveu)\s*:?|from:\s.+|sent\s+from\s+my\s.+)\s*$",
    re.IGNORECASE,
)


# A forwarded message's marker line ("---------- Forwarded message ---------", "Begin forwarded message:"),
# and the header lines of the mail it forwards ("From: ...", "Date: ...", "To: ..."): no content of their own.
FORWARD_RE = re.compile(
    r"^\s*-*\s*(?:forwarded\s+message|begin\s+forwarded\s+message|mensaje\s+reenviado|message\s+transf[ée]r[ée]|"
    r"weitergeleitete\s+nachricht|messaggio\s+inoltrato|mensagem\s+encaminhada|doorgestuurd\s+bericht|"
    r"wiadomo[sś][cć]\s+przekazana|iletilen\s+ileti|iletilen\s+mesaj)\s*:?\s*-*\s*$",
    re.IGNORECASE,
)
_FORWARD_SUBJECT_RE = re.compile(r"^\s*(?:subject\s*:\s*)?(?:fwd?|fw|tr|wg|rv|enc)\s*:", re.IGNORECASE)
_MAIL_HEADER_RE = re.compile(
    r"^\s*(?:from|date|sent|to|cc|subject|de|para|fecha|enviado|asunto|von|an|datum|gesendet|betreff|da|data|"
    r"inviato|oggetto|a|envoy[ée]|objet|od|do|temat|kimden|kime|tarih|konu)\s*:",
    re.IGNORECASE,
)


# OUT_OF_REASON: "we're out of red bull", "running low on coke", said before the order names the same goods
# with a count ("3am n we r out of red bull. 96 red bull + 6 jager"): the reason for the order, not a line.
# An Alternation (jobs/language/alternation.py): a text without "out", "run", "low" or "short" is not scanned.
_OUT_OF_RE = Alternation(
    [
        r"\b(?:(?:we'?re|we\s+are|we\s+r|i'?m|im|i\s+am)\s+)?(?:(?:nearly|almost|completely|totally|all)\s+)?"
        r"(?:out|run\s+out|running\s+out|running\s+low|low|short)\s+(?:of|on)\s+(?:the\s+)?"
        r"(?P<goods>[a-zà-öø-ÿ][a-zà-öø-ÿ' ]{1,30}?)(?=\s*(?:[.,!;:\n]|\s-\s|$)|\s+(?:and|so|n|again)\b)"
    ],
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _ordered_later_rx(goods: str) -> re.Pattern[str]:
    """A count then ``goods`` on one line, compiled once per goods phrase (not in re's shared cache)."""
    return re.compile(rf"\d[^\n]*?\b{re.escape(goods)}\b", re.IGNORECASE)


def _stated_reasons(text: str) -> list[tuple[re.Match[str], str, bool]]:
    """Each OUT_OF_REASON clause of the text: (its match, its goods, are they ordered later on)."""
    found = []
    for m in _OUT_OF_RE.finditer(text):
        goods = m.group("goods").strip()
        found.append((m, goods, _ordered_later_rx(goods).search(text[m.end() :]) is not None))
    return found


def drop_stated_reasons(text: str) -> str:
    """The text without OUT_OF_REASON clauses whose goods the message goes on to order."""
    out, last = [], 0
    for m, _goods, ordered in _stated_reasons(text):
        if ordered:
            out.append(text[last : m.start()] + ",")  # a separator: what came before is its own part
            last = m.end()
    return "".join(out) + text[last:]


def unordered_reasons(text: str) -> list[tuple[str, str]]:
    """(clause, goods) of the OUT_OF_REASON clauses whose goods the message does not order again ("Camden is
    nearly out of mozz and we need 4 cases of pelati"): goods asked for, which a person reads when no line names
    them (a request after the clause cuts it as talk)."""
    return [(m.group(0).strip(), goods) for m, goods, ordered in _stated_reasons(text) if not ordered]


def _unsigned_note(kept: list[str], start: int) -> list[str]:
    """SIGNED_NOTE_ABOVE_FORWARD: the note above a forwarded mail without its sign-off and signature ("Regards,\nPriya
    Nair\nPurchasing Officer ..."): signed off there, the note ends, not the message, so the signature cut
    (`drop_signature`) does not take the forwarded order with it."""
    for i in range(len(kept) - 1, start, -1):
        if SIGNOFF_LINE_RE.match(kept[i]):
            return kept[:i]
    return kept


@lru_cache(maxsize=64)
def unquoted(text: str) -> str:
    """The message as the extractor reads it, before its cuts of signatures and reasons: `prepare`d, without
    what it quotes (`drop_quoted`). Read once per message (about 0.2 ms): the extractor cuts its parts from it
    and UNREAD_COUNT (coverage.py) looks for the counts no line read in it, after the lines."""
    return drop_quoted(prepare(text))


def drop_quoted(text: str) -> str:
    """Cut a reply's quotation: lines starting with ">" and everything from a quote header on, once the
    message has content of its own ("Yes please go ahead, and add 2 boxes... > Your order 40117: 4 x house
    blend..." orders only the tea: the quoted order is not a new one). A forwarded mail is kept without its
    marker and header lines, also when it is quoted: its content may be the order ("FW: ... > Can you get us
    2 Carling and 1 Guinness keg?"). QUOTE_IN_FORWARD: a quote header right inside a forwarded mail ("----------
    Forwarded message ---------\nFrom: ...\n\nOn Wed, Kemi wrote:\n2 cases coke") cuts only once the forwarded mail
    has content of its own: the forwarder's note above it is not the message's content. SIGNED_NOTE_ABOVE_FORWARD:
    the note's sign-off and signature go (`_unsigned_note`)."""
    kept: list[str] = []
    forward_start = 0  # where the forwarded mail's own lines start in `kept`
    in_forward_header = False
    lines = text.split("\n")
    forwarded = any(FORWARD_RE.match(ln) for ln in lines) or any(
        _FORWARD_SUBJECT_RE.match(ln) for ln in lines[:3]
    )
    for ln in lines:
        if ln.lstrip().startswith(">"):
            if not forwarded:
                continue
            ln = ln.lstrip().lstrip("> ")  # FW: the forwarded mail is quoted, and it holds the order
            if _MAIL_HEADER_RE.match(ln):
                continue
        if FORWARD_RE.match(ln):
            in_forward_header = True
            kept = _unsigned_note(kept, forward_start)
            forward_start = len(kept)
            continue
        if in_forward_header and _MAIL_HEADER_RE.match(ln):
            continue
        in_forward_header = False
        if QUOTE_HEADER_RE.match(ln) and any(k.strip() for k in kept[forward_start:]):
            break
        kept.append(ln)
    return "\n".join(kept)


# A first name signing a short message with a dash: "Raj - 6 white rolls ...", "... 1 cs still water - Sid"
# (a capitalised word alone; a product named so would leave a count of nothing, which a person reads)
# ... or with kisses ("... for Monday pls Kerry x")
_DASHED_NAME_OPEN_RE = re.compile(r"^\s*[A-Z][a-z]+\s*[-–—]\s*(?=\d)")
_DASHED_NAME_RE = re.compile(r"\s[-–—]\s*[A-Z][a-z]+\s*[.!]?\s*$|\s[A-Z][a-z]+\s+x{1,3}\s*$")
# DASHED_LIST_ROW: a list written "product - count" line by line ("Coke - 2\nFanta - 3") opens with its first row,
# not a name: the first word before a dash is dropped as a name only when no other line reads so
_DASHED_ROW_RE = re.compile(r"^\s*[^\W\d_][^\n]*?\s[-–—]\s*\d", re.MULTILINE)


def drop_signature(text: str) -> str:
    """Cut the signature block: every line after a sign-off line that follows the order's content, and a
    first name signing the message with a dash."""
    if len(_DASHED_ROW_RE.findall(text)) < 2:
        text = _DASHED_NAME_OPEN_RE.sub(" ", text)
    text = _DASHED_NAME_RE.sub(" ", text)
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if (
            i > 0
            and SIGNOFF_LINE_RE.match(ln)
            and any(DIGIT_RE.search(x) for x in lines[:i])
            and not _forwarded_separator(lines, i)
        ):
            return "\n".join(lines[:i])
    return text


def forwarded_separator_at(text: str) -> int | None:
    """Where the first FORWARDED_SEPARATOR line of ``text`` starts (`_forwarded_separator`), or None."""
    lines = text.split("\n")
    at = 0
    for i, ln in enumerate(lines):
        if _forwarded_separator(lines, i):
            return at
        at += len(ln) + 1
    return None


def _forwarded_separator(lines: list[str], i: int) -> bool:
    """FORWARDED_SEPARATOR: a line of dashes followed by the line that opens a forwarded or quoted mail ("----",
    then "Daniel Achterberg wrote:") separates the forwarder's note from the mail it passes on, which may hold
    the order: no signature, and the message does not end there."""
    if not DASH_LINE_RE.match(lines[i]):
        return False
    after = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
    return WROTE_LINE_RE.match(after) is not None


def _numbered_lines(lines: list[str]) -> bool:
    """True when the lines look like a numbered list (1., 2., 3.) rather than quantities."""
    nums = [int(m.group(1)) for ln in lines if (m := NUMBERED_RE.match(ln))]
    if len(nums) < 2:
        return False
    return nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] in (0, 1)


def segments(text: str) -> list[Segment]:
    """The message's lines, sentences and list items, each a candidate order line."""
    raw = text.split("\n")
    kept = [i for i, ln in enumerate(raw) if ln.strip() and not HEADER_RE.match(ln)]
    lines = [raw[i] for i in kept]
    # The sign-off: the last kept line with a blank line right above it ("...\n\nહિતેશ": a name in a script no
    # signature rule reads) closes the message; it is not a line of the list (UNREAD_LIST_ITEM).
    signoff = len(kept) > 1 and not raw[kept[-1] - 1].strip()
    signed_from = _signature_block(raw, kept)
    numbered = _numbered_lines(lines)
    listy = sum(1 for ln in lines if DIGIT_RE.search(ln)) >= 2
    out: list[Segment] = []
    for k, ln in enumerate(lines):
        start = len(out)
        has_bullet = False
        if numbered and NUMBERED_RE.match(ln):
            ln = NUMBERED_RE.sub("", ln, count=1)
            has_bullet = True
        elif BULLET_RE.match(ln):
            ln = BULLET_RE.sub("", ln, count=1)
            has_bullet = True
        sentences = [s for s in SENTENCE_SPLIT_RE.split(ln) if s and s.strip()]
        for sent in sentences:
            out.extend(_sentence_segments(sent, has_bullet, listy and len(sentences) == 1))
        if k == signed_from:  # SIGNATURE_ADDRESS_BLOCK: the name that signs, no content
            out[start:] = [replace(seg, header=True) for seg in out[start:]]
        elif len(out) == start + 1 and len(lines) > 1 and not (signoff and k == len(lines) - 1):
            out[start] = replace(out[start], own_line=True)
    return out


def _signature_block(raw: list[str], kept: list[int]) -> int:
    """SIGNATURE_ADDRESS_BLOCK: the last lines after a blank line, a name then the business's address ("\n\nhitesh
    shah\nKutch Kitchen, 9 Belgrave Road, Leicester"), sign the message off: the name is no line of the order (it
    was a product of one word too many, or UNREAD_LIST_ITEM), the address is read as ever. The index in ``kept`` of
    the name's line (len(kept): no such block)."""
    blank = max((i for i in range(kept[-1]) if not raw[i].strip()), default=None) if kept else None
    block = [k for k, i in enumerate(kept) if blank is not None and i > blank]
    if not 2 <= len(block) <= 3:
        return len(kept)
    name, address = raw[kept[block[0]]], raw[kept[block[-1]]]
    words = LATIN_WORD_RE.findall(name.lower())
    goods = any(w in GOODS_WORDS or w.rstrip("s") in GOODS_WORDS for w in words)
    if DIGIT_RE.search(name) or len(name.split()) > 3 or goods or not STREET_ADDRESS_RE.search(address):
        return len(kept)  # "and some lemons\n12 High Street": goods, a line
    return block[0]


def _sentence_segments(sent: str, has_bullet: bool, alone_in_list: bool) -> list[Segment]:
    """The items of one sentence: split on commas, "and", "+", and dashes before a number."""
    body = _colon_prefix(sent)
    if body is None:
        return [Segment("", False, header=True)]
    m = VAGUE_AND_RE.match(body)
    if m:  # "some tomatoes and onions": the vague quantity applies to both
        body = f"{m.group(1)}{m.group(2)}, {m.group(1).strip()} {m.group(3)}{body[m.end() :]}"
    items = [i for i in ITEM_SPLIT_RE.split(body) if i and i.strip()]
    out: list[Segment] = []
    for item in items:
        in_list = has_bullet or alone_in_list or len(items) > 1
        for k, part in enumerate(DASH_SPLIT_RE.split(item)):
            if part.strip():
                out.append(Segment(part.strip(" .!?:-–—"), in_list, dash_cont=k > 0, bulleted=has_bullet))
    return out


def _colon_prefix(sent: str) -> str | None:
    """Drop a heading before a colon ("Order for Friday: 2 cs coke"); None when the sentence is a heading."""
    if ":" not in sent:
        return sent
    head, _, rest = sent.partition(":")
    if _ENDS_WITH_DAY_RE.search(head) and _TWO_DIGITS_RE.match(rest):
        return sent  # a time like 10:30 that the noise filter will remove
    if not rest.strip():
        return None
    rest_words = [
        w
        for w in LATIN_WORD_RE.findall(rest.lower())
        if w not in PACK_UNITS and w not in MEASURES and w not in FILLER and w != "x"
    ]
    if rest_words:
        return rest
    return f"{head} {rest}"  # "Chicken breast: 12kg"


def item_number_in(text: str) -> bool:
    """Whether a text holds a number that may count items (not a time, date, phone or "34 covers")."""
    if not DIGIT_RE.search(text):
        return False
    return bool(DIGIT_RE.search(NON_ITEM_COUNT_RE.sub(" ", NOISE_RE.sub(" ", text))))


# Who is writing, before the first count of a part: "Bruno again 160 lemons", "Tom @ Burger Yard 6 bags".
_IDENTITY_PREFIX_RE = re.compile(
    r"^\s*(?:it'?s\s+|this\s+is\s+)?[a-zà-öø-ÿ]+(?:\s+(?:again|here)|\s*@\s*[a-zà-öø-ÿ'& ]{2,30}?)[\s,.!:;–—-]*"
    r"(?:(?:forgot|also)\s+)?(?=\d)"
    # "its tash from plaka street food 🌯 2 chicken cones": a name and where from, then the first count
    r"|^\s*(?:it'?s|this\s+is)\s+[a-zà-öø-ÿ]+\s+(?:from|at)\s+[a-zà-öø-ÿ'& ]{2,40}?[^\w\d]*(?=\d)"
    # "Shawarma Express again, add 2 boxes...": a business name of a few words, then a request
    r"|^\s*(?:it'?s\s+|this\s+is\s+)?(?:[a-zà-öø-ÿ']+\s+){1,3}(?:again|here)\s*[,.!:;-]+\s*"
    r"(?=(?:pls\s+|please\s+|can\s+(?:you|u|we|i)\s+|could\s+(?:you|u|we|i)\s+)?(?:add|send|need)\b)"
    # ... or alone, its own part ("Shawarma Express again, add..."); never "same again", "the usual again"
    r"|^\s*(?:it'?s\s+|this\s+is\s+)?(?!(?:the\s+)?(?:same|usual)\b)(?:[a-zà-öø-ÿ']+\s+){1,3}(?:again|here)[\s,.!:;-]*$"
)


# A part that opens with its count in words ("a box of dairy milk for the lounge", "two cases ... for the bar")
_COUNTED_RE = re.compile(
    r"\s*(?:"
    + "|".join(sorted(ARTICLES | (set(NUMBER_WORDS) - RISKY_NUMBER_WORDS), key=len, reverse=True))
    + r")\s+\w"
)


def clean(segment: str) -> str:
    """A segment's words for reading: lower case, without greetings, requests, noise and punctuation."""
    return clean_part(segment)[0]


# clean_part's steps, compiled once: re's shared cache is first-in first-out, and patterns compiled per
# message (a count, a product word) would push these out of it
_ELIDED_RE = re.compile(r"\b[dlj]'(?=[a-zà-öø-ÿ])")
_PUNCT_RE = re.compile(r"[\"()\[\]{}:!?¿¡*_=<>|~^@]")
_STOP_RE = re.compile(r"(?<!\d)\.(?!\d)|(?<=\d)\.(?!\d)")
_WORD_SLASH_RE = re.compile(r"(?<=[a-zà-öø-ÿ])/(?=[a-zà-öø-ÿ])")
_SPACES_RE = re.compile(r"\s+")


def clean_part(segment: str) -> tuple[str, tuple[str, ...]]:
    """`clean`, and the street addresses its noise held ("1 penny lane"): the extractor's finding that
    ADDRESS_OR_GOODS (matching/address_goods.py) reads, so that no one scans the text for them again."""
    addresses: list[str] = []

    def noise(m: re.Match[str]) -> str:
        if m.group(0)[:1].isdigit() and STREET_ADDRESS_RE.fullmatch(m.group(0)):
            addresses.append(m.group(0).strip())
        return " "

    s = segment.lower()
    s = spell_sizes(s)
    s = _ELIDED_RE.sub("", s)  # d'eau, l'huile
    s = GREETING_RE.sub(" ", s)
    s = _IDENTITY_PREFIX_RE.sub(" ", s)  # "bruno again 160 lemons", "tom @ burger yard 6 bags of chips"
    m = REQUEST_RE.search(s)
    if m and not item_number_in(s[: m.start()]):
        # "Hiya it's Kate at the Bluebell could I order 2 kegs" -> "2 kegs"; so does "busy Sat (34 covers at
        # 7pm) so can we get 3kg chicken", whose numbers before the request are covers and times
        s = s[m.end() :]
    s = REQUEST_RE.sub(" ", s)
    if DIGIT_RE.search(s) or _COUNTED_RE.match(s):
        # PURPOSE_TAIL before the noise too: "aranciata for the weekend market" lost its "for the weekend" as a
        # time and kept "market" as a product word
        s = PURPOSE_TAIL_RE.sub(" ", s)
    s = NOISE_RE.sub(noise, s)
    if DIGIT_RE.search(s) or _COUNTED_RE.match(s):
        s = PURPOSE_TAIL_RE.sub(" ", s)
    s = _PUNCT_RE.sub(" ", s)
    s = _STOP_RE.sub(" ", s)
    s = _WORD_SLASH_RE.sub(" ", s)
    return _SPACES_RE.sub(" ", s).strip(" ,.-'"), tuple(addresses)
