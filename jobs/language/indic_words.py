"""Hindi, Punjabi, Gujarati and Bengali words in their own scripts (Devanagari, Gurmukhi, Gujarati, Bengali), as data: each row is
``reading: words``, the reading the Latin word the readers already know (a unit, a number in digits, a weekday, a
size, a goods word), ``_`` for nothing (case endings and postpositions that only join words: का, ਦੇ, लिए).

Only words whose spoken Latin form (`jobs.language.indic`) is not the one the readers know are listed: English
loanwords ("बैग" is spelt "baig" letter by letter, "ਟੱਬ" "tabb"), number words, weekdays, "ghee", and the words
that mark a size as the one wanted ("15 किलो वाला", "20 ਕਿੱਲੋ ਵਾਲੇ": wala). A word read the same letter by letter
("जलेबी" jalebi, "बेसन" besan, "बोरी" bori) needs no row.
"""

from __future__ import annotations

from jobs.language.tables import word_readings

_ROWS = """
_: का के की को में से ने पर लिए लिये ਦਾ ਦੇ ਦੀ ਦੀਆਂ ਦਿਆਂ ਨੂੰ ਵਿੱਚ ਲਈ ਤੋਂ ਨੇ ਜੀ जी ਹੈ है हैं ਹਨ ਜੀਓ
and: और ਅਤੇ ਤੇ আর এবং
also: भी ਵੀ ਹੋਰ
wala: वाला वाले वाली ਵਾਲਾ ਵਾਲੇ ਵਾਲੀ ਵਾਲੀਆਂ
send: भेज भेजो भेजिए भेजिये भेजना भेजें ਭੇਜ ਭੇਜੋ ਭੇਜਣਾ ਭੇਜਿਓ পাঠান পাঠাবেন পাঠিয়ে পাঠাও
please: दीजिए दीजिये दे देना ਦਿਓ ਦੇਣਾ कृपया ਕਿਰਪਾ
thanks: धन्यवाद शुक्रिया ਧੰਨਵਾਦ ਸ਼ੁਕਰੀਆ ধন্যবাদ
hello: नमस्ते नमस्कार ਨਮਸਤੇ নমস্কার
tomorrow: कल ਕੱਲ੍ਹ ਕੱਲ আগামীকাল
order: ऑर्डर आर्डर ਆਰਡਰ ઓર્ડર অর্ডার
again: दुबारा दोबारा ਦੁਬਾਰਾ ફરીથી
week: हफ्ते हफ़्ते हफ्ता ਹਫ਼ਤੇ ਹਫਤੇ
kg: किलो ਕਿਲੋ ਕਿੱਲੋ કિલો কেজি কিলো
g: ग्राम ਗ੍ਰਾਮ ગ્રામ গ্রাম
l: लीटर ਲੀਟਰ લીટર লিটার
bag: बैग ਬੈਗ થેલી ব্যাগ
pack: पैक पैकेट ਪੈਕ ਪੈਕੇਟ ਪੈਕਟ પેક પેકેટ প্যাকেট
box: डिब्बा डिब्बे डब्बा डब्बे ਡੱਬਾ ਡੱਬੇ बॉक्स ਬਾਕਸ ડબ્બો ડબ્બા বাক্স
case: केस ਕੇਸ पेटी ਪੇਟੀ কেস
tin: टिन टीन ਟੀਨ ਟਿਨ ટીન টিন
tub: टब ਟੱਬ ਟਬ
tray: ट्रे ਟ੍ਰੇ ਟਰੇ
sack: बोरी बोरियां बोरियाँ ਬੋਰੀ ਬੋਰੀਆਂ ਬੋਰੀਆ ગુણી বস্তা
ghee: घी ਘਿਓ ਘੀ ઘી ঘি
sugar: चीनी ਚੀਨੀ ਖੰਡ खांड ખાંડ চিনি
oil: तेल ਤੇਲ તેલ তেল
small: छोटा छोटे छोटी ਛੋਟਾ ਛੋਟੇ ਛੋਟੀ નાનું નાના
large: बड़ा बड़े बड़ी ਵੱਡਾ ਵੱਡੇ ਵੱਡੀ મોટું
half: आधा आधी ਅੱਧਾ ਅੱਧੀ અડધો
1: एक ਇੱਕ ਇਕ એક এক
2: બે দুই
3: तीन ਤਿੰਨ ત્રણ তিন
4: चार ਚਾਰ ચાર চার
5: पांच पाँच ਪੰਜ પાંચ পাঁচ
6: छह छः छे ਛੇ છ ছয়
7: सात ਸੱਤ સાત সাত
8: आठ ਅੱਠ આઠ আট
9: नौ ਨੌਂ ਨੌ નવ
10: दस ਦਸ દસ দশ
12: बारह ਬਾਰਾਂ બાર বারো
15: पंद्रह ਪੰਦਰਾਂ પંદર
20: बीस ਵੀਹ વીસ বিশ কুড়ি
25: पच्चीस ਪੱਚੀ ਪੱਚੀਸ પચ્ચીસ
50: पचास ਪੰਜਾਹ પચાસ পঞ্চাশ
monday: सोमवार ਸੋਮਵਾਰ સોમવાર
tuesday: मंगलवार ਮੰਗਲਵਾਰ મંગળવાર
wednesday: बुधवार ਬੁੱਧਵਾਰ બુધવાર
thursday: गुरुवार बृहस्पतिवार ਵੀਰਵਾਰ ગુરુવાર
friday: शुक्रवार ਸ਼ੁੱਕਰਵਾਰ શુક્રવાર
saturday: शनिवार ਸ਼ਨੀਵਾਰ ਸ਼ਨਿੱਚਰਵਾਰ શનિવાર
sunday: रविवार ਐਤਵਾਰ રવિવાર
"""


# word as written -> its reading
INDIC: dict[str, str] = word_readings(_ROWS, "indic_words")
