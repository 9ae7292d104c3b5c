"""Tamil, Malayalam, Sinhala, Telugu and Kannada words in their own scripts, as data: each row is ``reading:
words``, the reading the Latin word the readers already know (a unit, a number in digits, a weekday, a request
word, an order reference's word, a colour), ``_`` for nothing (particles and count markers that only join words:
Sinhala "25ක්" is 25, Malayalam "2 എണ്ണം" two of them).

Only words whose spoken Latin form (`jobs.language.south_indic`) is not the one the readers know are listed:
English loanwords ("பாக்கெட்" packet, "ഓർഡർ" order), number words, weekdays, units, and the few goods words
every catalog names in English (rice, oil, ghee). A word read the same letter by letter ("சாம்பார்" sambar,
"കൊടംപുളി" kodampuli, "රතු" rathu) needs no row unless its English word is what a catalog says.

`ENDINGS` are the case endings a word of a row may carry and still be that word ("வியாழக்கிழமைக்கு" to
Thursday, "சிகுරාදාට" by Friday, "ഡെലിവറിക്ക്" for delivery): longest first.
"""

from __future__ import annotations

from jobs.language.tables import reading, table_rows

_ROWS = """
_: ක් ක්ද එණ්ණ എണ്ണം எண்ணம் தான் போச்சு போயிடுச்சு
1: ஒன்று ஒரு ஒண்ணு ഒന്ന് ഒരു එක එකක් ఒకటి ఒక ಒಂದು
2: இரண்டு ரெண்டு இரெண்டு രണ്ട് දෙක දෙකක් రెండు ಎರಡು
3: மூன்று மூணு മൂന്ന് තුන තුනක් మూడు ಮೂರು
4: நான்கு நாலு നാല് හතර හතරක් నాలుగు ನಾಲ್ಕು
5: ஐந்து அஞ்சு അഞ്ച് පහ පහක් ఐదు ಐದು
6: ஆறு ആറ് හය හයක් ఆరు ಆರು
7: ஏழு ഏഴ് හත හතක් ఏడు ಏಳು
8: எட்டு എട്ട് අට අටක් ఎనిమిది ಎಂಟು
9: ஒன்பது ഒമ്പത് ഒൻപത് නවය తొమ్మిది ಒಂಬತ್ತು
10: பத்து പത്ത് දහය දහයක් పది ಹತ್ತು
11: பதினொன்று பதினொண்ணு പതിനൊന്ന് එකොළහ
12: பன்னிரண்டு பன்னெண்டு പന്ത്രണ്ട് දොළහ
15: பதினைந்து பதினஞ்சு പതിനഞ്ച് පහළොව
20: இருபது இருவது ഇരുപത് විස්ස
24: இருபத்திநாலு ഇരുപത്തിനാല് විසිහතර
25: இருபத்தைந்து இருபத்தஞ்சு ഇരുപത്തഞ്ച് ഇരുപത്തിയഞ്ച് විසිපහ
30: முப்பது മുപ്പത് තිහ
40: நாற்பது നാല്പത് හතළිහ
50: ஐம்பது அம்பது അമ്പത് පනහ
100: நூறு നൂറ് සියය
half: அரை അര භාගය බාගයක්
kg: கிலோ கிலோக்கு கிலோவுக்கு കിലോ കിലോഗ്രാം කිලෝ කිලෝව కిలో ಕಿಲೋ
g: கிராம் ഗ്രാം ග්‍රෑම් గ్రాము ಗ್ರಾಂ
l: லிட்டர் லீட்டர் ലിറ്റർ ලීටර් లీటర్ ಲೀಟರ್
sack: சாக்கு மூட்டை ചാക്ക് ചാക്കുകൾ ගෝනි ගෝනිය ගෝනියක් బస్తా ಚೀಲ
bag: பை ബാഗ് බෑග් මල්ල
pack: பாக்கெட் பாக்கட் பேக்கெட் பேக் പാക്കറ്റ് പായ്ക്കറ്റ് പാക്ക് പാക്കറ്റുകൾ පැකට් පැකට්ටු ప్యాకెట్ ಪ್ಯಾಕೆಟ್
box: பெட்டி பாக்ஸ் പെട്ടി ബോക്സ് පෙට්ටි පෙට්ටිය
tub: டப்பா டப்பாக்கள் ഡബ്ബ ടബ്ബ് ටබ්
tin: டின் ടിൻ ටින්
case: கேஸ் കേസ് කේස්
bottle: பாட்டில் குப்பி കുപ്പി ബോട്ടിൽ බෝතල් බෝතලය
bundle: கட்டு கட்டுகள் കെട്ട് കെട്ടുകൾ මිටි මිටිය
dozen: டஜன் ഡസൻ ඩසන්
send: அனுப்புங்க அனுப்புங்கள் அனுப்பவும் அனுப்பு அனுப்புக அனுப்பி അയക്കൂ അയക്കുക അയയ്ക്കുക അയക്കണം അയച്ചു
send: എത്തിക്കൂ එවන්න එවන්නකෝ එවපන් పంపండి ಕಳುಹಿಸಿ
need: வேணும் வேண்டும் தேவை വേണം ആവശ്യം ඕනෑ ඕන అవసరం ಬೇಕು
no: வேண்டாம் வேணாம் വേണ്ട ఒద్దు ಬೇಡ
closed: மூடியிருக்கும் மூடப்படும் അടച്ചിരിക്കും അവധി වහලා වසා
shop: கடை കട කඩේ කඩය
spoiled: புளிச்சு புளித்து கெட்டுப்போச்சு கெட்டுப்போனது കേടായി ചീത്തയായി නරක්
please: தயவுசெய்து தயவு ദയവായി කරුණාකර దయచేసి ದಯವಿಟ್ಟು
thanks: நன்றி நன்றிங்க நன்றிகள் നന്ദി ස්තුතියි ස්තූතියි ස්තුති ధన్యవాదాలు ಧನ್ಯವಾದ
hello: வணக்கம் നമസ്കാരം ආයුබෝවන් నమస్కారం ನಮಸ್ಕಾರ
and: மற்றும் සහ හා మరియు ಮತ್ತು
also: கூட கூடவே கூடுதலாக കൂടെ കൂടി കൂടാതെ තව තවත්
but: ஆனா ஆனால் പക്ഷേ പക്ഷെ ඒත් නමුත් కానీ ಆದರೆ
today: இன்று இன்னைக்கு ഇന്ന് අද ఈరోజు ಇಂದು
tomorrow: நாளை நாளைக்கு നാളെ හෙට రేపు ನಾಳೆ
order: ஆர்டர் ஓடர் ஓர்டர் ஆடர் ഓർഡർ ഓഡർ ඇණවුම ඇණවුමක් ඕඩර් ඕඩරය ఆర్డర్ ಆರ್ಡರ್
usual: வழக்கமான வழக்கமா സാധാരണ പതിവ് പതിവുള്ള സ്ഥിരം සුපුරුදු සාමාන්‍ය
delivery: டெலிவரி ഡെലിവറി ඩිලිවරි
evening: ஈவினிங் மாலை വൈകുന്നേരം හවස
morning: காலை രാവിലെ උදේ
week: வாரம் ആഴ്ച සතිය
monday: திங்கள் திங்கட்கிழமை തിങ്കളാഴ്ച തിങ്കൾ සඳුදා
tuesday: செவ்வாய் செவ்வாய்க்கிழமை ചൊവ്വാഴ്ച ചൊവ്വ අඟහරුවාදා
wednesday: புதன் புதன்கிழமை ബുധനാഴ്ച ബുധൻ බදාදා
thursday: வியாழன் வியாழக்கிழமை വ്യാഴാഴ്ച വ്യാഴം බ්‍රහස්පතින්දා බ්රහස්පතින්දා
friday: வெள்ளிக்கிழமை വെള്ളിയാഴ്ച සිකුරාදා
saturday: சனி சனிக்கிழமை ശനിയാഴ്ച ശനി සෙනසුරාදා
sunday: ஞாயிறு ஞாயிற்றுக்கிழமை ഞായറാഴ്ച ഞായർ ඉරිදා
white: வெள்ளை വെള്ള വെളുത്ത සුදු తెల్ల ಬಿಳಿ
red: சிவப்பு சிகப்பு ചുവന്ന ചുവപ്പ് රතු ఎర్ర ಕೆಂಪು
small: சின்ன சிறிய ചെറിയ ചെറുത് කුඩා පොඩි చిన్న ಸಣ್ಣ
large: பெரிய വലിയ ලොකු పెద్ద ದೊಡ್ಡ
roasted: வறுத்த வறுத்தது വറുത്ത බැදපු
cut: கட் കട്ട് කට්
enough: മതി போதும்
tea: டீ தேநீர் ചായ തേയില තේ
dust: டஸ்ட் ഡസ്റ്റ് ඩස්ට්
full: ஃபுல் ഫുൾ ෆුල්
catering: கேட்டரிங் കാറ്ററിംഗ് කැටරින්
yesterday: நேத்து நேற்று ഇന്നലെ ඊයේ
hot: காரமான காரம் എരിവുള്ള සැර
curry powder: கறித்தூள் கறிப்பொடி കറിപ്പൊടി තුනපහ
chilli powder: மிளகாய்த்தூள் மிளகாய்ப்பொடி മുളകുപൊടി මිරිස්කුඩු
milk: பால் പാൽ කිරි పాలు ಹಾಲು
sugar: சர்க்கரை சீனி പഞ്ചസാര සීනි చక్కెర ಸಕ್ಕರೆ
salt: உப்பு ഉപ്പ് ලුණු ఉప్పు ಉಪ್ಪು
onion: வெங்காயம் ഉള്ളി සවාල ලූනු ఉల్లిపాయ ಈರುಳ್ಳಿ
tomato: தக்காளி തക്കാളി තක්කාලි టమాటా ಟೊಮೇಟೊ
potato: உருளைக்கிழங்கு ഉരുളക്കിഴങ്ങ് අල బంగాళదుంప ಆಲೂಗಡ್ಡೆ
coconut: தேங்காய் തേങ്ങ පොල් కొబ్బరి ತೆಂಗಿನಕಾಯಿ
egg: முட்டை മുട്ട බිත්තර గుడ్డు ಮೊಟ್ಟೆ
chicken: கோழி சிக்கன் ചിക്കൻ കോഴി කුකුළු చికెన్ ಕೋಳಿ
fish: மீன் മീൻ මාළු చేప ಮೀನು
rice: அரிசி அரி അരി හාල් బియ్యం ಅಕ್ಕಿ
oil: எண்ணெய் എണ്ണ තෙල් నూనె ಎಣ್ಣೆ
ghee: நெய் നെയ്യ് നെയ് ගී నెయ్యి ತುಪ್ಪ
"""

# Case endings a word of the rows may carry (dative "to/for", locative, emphatic "-ye", "also"), longest first.
_ENDINGS = """
க்கு கு ல் யே ே
ക്ക് യ്ക്ക് ന് ിൽ ൽ
ට ටත් ත් ක්
"""
ENDINGS = tuple(sorted(_ENDINGS.split(), key=len, reverse=True))


def _readings() -> dict[str, str]:
    out: dict[str, str] = {}
    for key, words in table_rows(_ROWS):
        for word in words:
            said = reading(key, word)
            if out.setdefault(word, said) != said:
                raise ValueError(f"south_indic_words: {word!r} read as {out[word]!r} and {said!r}")
    return out


# word as written -> its reading
SOUTH: dict[str, str] = _readings()
