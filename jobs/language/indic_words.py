"""Hindi, Punjabi and Gujarati words in their own scripts (Devanagari, Gurmukhi, Gujarati), as data: each row is
``reading: words``, the reading the Latin word the readers already know (a unit, a number in digits, a weekday, a
size, a goods word), ``_`` for nothing (case endings and postpositions that only join words: का, ਦੇ, लिए).

Only words whose spoken Latin form (`jobs.language.indic`) is not the one the readers know are listed: English
loanwords ("बैग" is spelt "baig" letter by letter, "ਟੱਬ" "tabb"), number words, weekdays, "ghee", and the words
that mark a size as the one wanted ("15 किलो वाला", "20 ਕਿੱਲੋ ਵਾਲੇ": wala). A word read the same letter by letter
("जलेबी" jalebi, "बेसन" besan, "बोरी" bori) needs no row.
"""

from __future__ import annotations

_ROWS = """
_: का के की को में से ने पर लिए लिये ਦਾ ਦੇ ਦੀ ਦੀਆਂ ਦਿਆਂ ਨੂੰ ਵਿੱਚ ਲਈ ਤੋਂ ਨੇ ਜੀ जी ਹੈ है हैं ਹਨ ਜੀਓ
and: और ਅਤੇ ਤੇ
also: भी ਵੀ ਹੋਰ
wala: वाला वाले वाली ਵਾਲਾ ਵਾਲੇ ਵਾਲੀ ਵਾਲੀਆਂ
send: भेज भेजो भेजिए भेजिये भेजना भेजें ਭੇਜ ਭੇਜੋ ਭੇਜਣਾ ਭੇਜਿਓ
please: दीजिए दीजिये दे देना ਦਿਓ ਦੇਣਾ कृपया ਕਿਰਪਾ
thanks: धन्यवाद शुक्रिया ਧੰਨਵਾਦ ਸ਼ੁਕਰੀਆ
hello: नमस्ते नमस्कार ਨਮਸਤੇ
tomorrow: कल ਕੱਲ੍ਹ ਕੱਲ
order: ऑर्डर आर्डर ਆਰਡਰ ઓર્ડર
again: दुबारा दोबारा ਦੁਬਾਰਾ ફરીથી
week: हफ्ते हफ़्ते हफ्ता ਹਫ਼ਤੇ ਹਫਤੇ
kg: किलो ਕਿਲੋ ਕਿੱਲੋ કિલો
g: ग्राम ਗ੍ਰਾਮ ગ્રામ
l: लीटर ਲੀਟਰ લીટર
bag: बैग ਬੈਗ થેલી
pack: पैक पैकेट ਪੈਕ ਪੈਕੇਟ ਪੈਕਟ પેક પેકેટ
box: डिब्बा डिब्बे डब्बा डब्बे ਡੱਬਾ ਡੱਬੇ बॉक्स ਬਾਕਸ ડબ્બો ડબ્બા
case: केस ਕੇਸ पेटी ਪੇਟੀ
tin: टिन टीन ਟੀਨ ਟਿਨ ટીન
tub: टब ਟੱਬ ਟਬ
tray: ट्रे ਟ੍ਰੇ ਟਰੇ
sack: बोरी बोरियां बोरियाँ ਬੋਰੀ ਬੋਰੀਆਂ ਬੋਰੀਆ ગુણી
ghee: घी ਘਿਓ ਘੀ ઘી
sugar: चीनी ਚੀਨੀ ਖੰਡ खांड ખાંડ
oil: तेल ਤੇਲ તેલ
small: छोटा छोटे छोटी ਛੋਟਾ ਛੋਟੇ ਛੋਟੀ નાનું નાના
large: बड़ा बड़े बड़ी ਵੱਡਾ ਵੱਡੇ ਵੱਡੀ મોટું
half: आधा आधी ਅੱਧਾ ਅੱਧੀ અડધો
1: एक ਇੱਕ ਇਕ એક
2: બે
3: तीन ਤਿੰਨ ત્રણ
4: चार ਚਾਰ ચાર
5: पांच पाँच ਪੰਜ પાંચ
6: छह छः छे ਛੇ છ
7: सात ਸੱਤ સાત
8: आठ ਅੱਠ આઠ
9: नौ ਨੌਂ ਨੌ નવ
10: दस ਦਸ દસ
12: बारह ਬਾਰਾਂ બાર
15: पंद्रह ਪੰਦਰਾਂ પંદર
20: बीस ਵੀਹ વીસ
25: पच्चीस ਪੱਚੀ ਪੱਚੀਸ પચ્ચીસ
50: पचास ਪੰਜਾਹ પચાસ
monday: सोमवार ਸੋਮਵਾਰ સોમવાર
tuesday: मंगलवार ਮੰਗਲਵਾਰ મંગળવાર
wednesday: बुधवार ਬੁੱਧਵਾਰ બુધવાર
thursday: गुरुवार बृहस्पतिवार ਵੀਰਵਾਰ ગુરુવાર
friday: शुक्रवार ਸ਼ੁੱਕਰਵਾਰ શુક્રવાર
saturday: शनिवार ਸ਼ਨੀਵਾਰ ਸ਼ਨਿੱਚਰਵਾਰ શનિવાર
sunday: रविवार ਐਤਵਾਰ રવિવાર
"""


def _readings() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _ROWS.strip().splitlines():
        reading, _, words = line.partition(":")
        reading = "" if reading.strip() == "_" else reading.strip()
        for word in words.split():
            if out.setdefault(word, reading) != reading:
                raise ValueError(f"indic_words: {word!r} read as {out[word]!r} and {reading!r}")
    return out


# word as written -> its reading
INDIC: dict[str, str] = _readings()
