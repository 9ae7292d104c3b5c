"""Vietnamese read as English words. Vietnamese is written in Latin letters, but its words are short syllables
that the readers' other tables would take for words of other languages once the accents are gone ("đen",
black, is German "den"; "đỏ", red, Portuguese "do"), and its trade nouns are two syllables ("trân châu",
pearls; "ống hút", straw). So a text holding a letter only Vietnamese writes (ơ, ư, ă, đ, or a vowel with a
tone mark below or a hook) has its known words read as English before the accents are folded, on the
message side (extraction) and on the catalog side (the matcher's tokenisers) alike. A message typed without
accents ("nuoc cot dua", coconut milk) has only its phrases of two words or more read (`read_plain`), which
no other language writes, and, when it counts in Vietnamese units ("8 ky", "10 cay"), the words of
``PLAIN_IN_UNITS`` ("ngo 30 bo": coriander) and "bo" after a count (a bunch); its unit words are in
`jobs.language.extraction.pack_units`.

Rows are ``english: phrase, phrase`` (a phrase may be several words; ``_`` reads as nothing); the longest
phrase wins. Unit words with accents (gói, thùng, hộp...) are the extractor's units; those written the
same as words of other languages ("chai", bottle, is a tea; "lon", can) are read here, in Vietnamese text.
"""

from __future__ import annotations

import re
import unicodedata

from jobs.language.alternation import Alternation
from jobs.language.tables import reading, table_rows

TABLE = """
bottle: chai
can: lon
jar: hũ, hu, lọ
crate: két, ket
box: hộp, hop
kg: ký, kí, ky, ki, kilo
each: cái, cai
_: ơi, ạ, nha, nhé, nhe, chị, anh ơi, chị ơi, a ơi, em ơi
instead of: thay vì
the usual: như cũ, như mọi khi, như mọi lần
same as last week: như tuần trước, giống tuần trước
same as last time: như lần trước, giống lần trước
but: nhưng
black: đen
white: trắng
pink: hồng
green: xanh lá, xanh lá cây, xanh
red: đỏ
clear: trong suốt
large: lớn
small: nhỏ
pearl: trân châu
cup: ly, cốc
lid: nắp
dome: cầu, vòm
flat: phẳng
straw: ống hút
carrier bag: túi đựng, túi xách
powder: bột
creamer: bột kem béo, bột kem
grass jelly powder: bột sương sáo
taro powder: bột khoai môn
tapioca starch: bột năng
taro: khoai môn
tea: trà
jasmine tea: trà lài
coffee: cà phê
milk: sữa
condensed milk: sữa đặc
evaporated milk: sữa tươi không đường
coconut milk: nước cốt dừa
coconut: dừa
jelly: thạch
coconut jelly: thạch dừa
red bean: đậu đỏ
mung beans: đậu xanh
strawberry: dâu, dâu tây
pandan: lá dứa
palm sugar: đường thốt nốt
sugar: đường
syrup: siro, si rô
passion fruit: chanh dây
mango: xoài
lychee: vải
peach: đào
dessert bowl: chén chè, ly chè
dessert: chè
spoon: muỗng, thìa
gloves: găng tay, bao tay
bunch: bó
bag: bao
_: giùm, giúm, dùm
weekend: cuối tuần
to the order: vào đơn
cash: tiền mặt
whole: nguyên con
star anise: hồi, hoa hồi
brisket: nạm
perilla: tía tô
coriander: ngò, ngò rí, rau mùi
sawtooth coriander: ngò gai
pork belly: ba chỉ
skin on pork belly: ba chỉ có da
jasmine rice: gạo thơm
broken rice: gạo tấm
sticky rice: gạo nếp, nếp
boneless chicken thigh: đùi gà rút xương
chilli sauce: tương ớt
sweet chilli sauce: tương ớt ngọt
hoisin sauce: tương đen
flying goose: con ngỗng
goose: ngỗng
containers: hộp đựng
_: loại
°n: độ đạm
large bottle: chai lớn
beansprouts: giá, giá đỗ, giá sống
vest bags: túi xốp
soup containers: hộp đựng phở
and: với, và
monday: thứ hai, thứ 2
tuesday: thứ ba, thứ 3
wednesday: thứ tư, thứ 4
thursday: thứ năm, thứ 5
friday: thứ sáu, thứ 6
saturday: thứ bảy, thứ 7
sunday: chủ nhật
tomorrow: ngày mai
thanks: cảm ơn
hello: xin chào, chào
deliver: giao, giao hàng
order: đặt, đặt hàng, đơn hàng, đơn
add: thêm
cancel: hủy, huỷ, hủy đơn, huỷ đơn
can i ask: cho em hỏi, cho mình hỏi
can i ask the price: cho em hỏi giá, cho mình hỏi giá, em muốn hỏi giá, chị muốn hỏi giá
price: giá cả, giá tiền, hỏi giá, báo giá, bảng giá, giá của, giá bao nhiêu
wholesale price: giá sỉ
how much: bao nhiêu
do you sell: có bán
dented: móp, bị móp
damaged: hỏng, bị hỏng
broken: vỡ, bể
expired: hết hạn
wrong: sai
missing: thiếu
invoice: hóa đơn, hoá đơn
bank transfer: chuyển khoản
payment: thanh toán
delivery: nhận hàng
week: tuần
"""

# Letters no other language the readers know writes: ă, đ, ơ, ư and the vowels with a dot below or a hook.
_VIETNAMESE_LETTER = re.compile(r"[ăĂđĐơƠưƯ\u1ea0-\u1ef9]")


def _phrases() -> dict[str, str]:
    """Phrase -> its English (jobs/language/tables.py)."""
    out: dict[str, str] = {}
    for english, phrases in table_rows(TABLE, ","):
        for phrase in phrases:
            out[unicodedata.normalize("NFC", phrase)] = reading(english, phrase)
    return out


_PHRASES = _phrases()
_PHRASE_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


# Phrases read in text typed without accents: two words or more, not a weekday ("thu 5" is also English).
_PLAIN_SKIPPED = {"thanks", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _plain(phrase: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", phrase) if not unicodedata.combining(c)).replace(
        "đ", "d"
    )


_PLAIN = {_plain(p): english for p, english in _PHRASES.items() if " " in p and english not in _PLAIN_SKIPPED}
# searched per text only when the text holds one of the phrases (every text a message has is read here)
_PLAIN_RE = Alternation(
    [re.escape(p) for p in sorted(_PLAIN, key=len, reverse=True)],
    re.IGNORECASE,
    prefix=r"(?<!\w)(",
    suffix=r")(?!\w)",
    wrap=False,
)


# "tia to 10 bo": a count of "bo" (bó, a bunch) in a text that counts in Vietnamese units typed without accents
# ("8 ky", "2 thung", "10 bich"); "xuong bo" (bò, beef) and "bo" elsewhere are left alone.
_PLAIN_UNIT = re.compile(r"\d\s*(?:thung|bich|ky|goi|hop|cay|chai)\b", re.IGNORECASE)
_PLAIN_BUNCH = re.compile(r"(?<=\d)(\s*)bo\b", re.IGNORECASE)
# Goods words typed without accents that other languages write too ("ngo": ngò, coriander, is Cantonese "I" and
# English "NGO"), read only in such a text (rows ``english: words``).
PLAIN_IN_UNITS = """
coriander: ngo
"""
_IN_UNITS = {w: eng for eng, words in table_rows(PLAIN_IN_UNITS) for w in words}
_IN_UNITS_RE = re.compile(r"(?<![\w-])(" + "|".join(_IN_UNITS) + r")(?![\w-])", re.IGNORECASE)


def read_plain(text: str) -> str:
    """``text`` with its Vietnamese phrases typed without accents ("tran chau den") as English."""
    text = _PLAIN_RE.sub(lambda m: _PLAIN[" ".join(m.group(1).lower().split())], text)
    if text.isascii() and _PLAIN_UNIT.search(text):
        text = _widths(text)
        text = _PLAIN_BUNCH.sub(r"\1bunch", text)
        text = _IN_UNITS_RE.sub(lambda m: _IN_UNITS[m.group(1).lower()], text)
    return text


def is_vietnamese(text: str) -> bool:
    """Whether ``text`` holds a letter only Vietnamese writes."""
    return not text.isascii() and _VIETNAMESE_LETTER.search(text) is not None


def read_vietnamese(text: str) -> str:
    """``text`` with its known Vietnamese words as English when it is Vietnamese (see the module doc);
    any other text unchanged."""
    if not is_vietnamese(text):
        return text
    text = _widths(unicodedata.normalize("NFC", text))
    return read_plain(_PHRASE_RE.sub(_reading, text))


# WIDTH_LY: "ly" (li) is a cup and a millimetre. A small number of ly in a clause that counts its goods in another
# unit ("bánh phở khô 5 ly 5 thùng", "phở 4 thùng (5 ly)") is the noodle's width, 5mm; "50 ly" alone counts cups.
_LY = re.compile(r"(?<![\d.,])(\d{1,2})\s*ly(?!\w)", re.IGNORECASE)
_COUNTED = re.compile(
    r"\d\s*(?:thùng|thung|bao|gói|goi|hộp|hop|bịch|bich|ký|ky|kg|chai|hũ)(?!\w)", re.IGNORECASE
)


def _widths(text: str) -> str:
    """``text`` with each clause's "N ly" beside another count read as N mm (WIDTH_LY)."""
    if "ly" not in text.lower():
        return text
    return re.sub(
        r"[^,;.\n]+",
        lambda c: _LY.sub(r"\1mm", c.group(0)) if _COUNTED.search(c.group(0)) else c.group(0),
        text,
    )


def _reading(m: re.Match[str]) -> str:
    return _PHRASES[" ".join(m.group(1).lower().split())]
