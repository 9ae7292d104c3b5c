"""Arabic trade words, in Arabic script (read through the same transliteration as messages,
jobs/language/scripts.py) and in the Latin spellings UK customers use (`english: words`), read exactly."""

TABLE = """
milk: حليب halib haleeb laban
yoghurt: لبن زبادي zabadi
cheese: جبن جبنة jibna jebna
butter: زبدة zibda zebda
egg: بيض bayd beid
chicken: دجاج djaj dajaj
meat: لحم lahm lahem
mince: مفروم mafrum mafroom
lamb: غنم خروف kharoof ghanam
beef: بقر baqar
fish: سمك samak
rice: رز أرز ruz aruz roz
flour: طحين دقيق tahin taheen
sugar: سكر sukkar sokar
salt: ملح milh malh
oil: زيت zeit zayt
olive: زيتون zaytun zaitoon
water: ماء مياه
tea: شاي shai shay
coffee: قهوة qahwa gahwa
bread: خبز khubz khobz
tomato: طماطم بندورة tamatem banadora
potato: بطاطا بطاطس batata batates
onion: بصل basal
garlic: ثوم thoum toum
lemon: ليمون laymun
cucumber: خيار khiyar
pepper: فلفل filfil felfel
chickpea: حمص
lentil: عدس adas
bean: فول فاصوليا fasoulia
date: تمر tamr tamer
parsley: بقدونس baqdunis
mint: نعناع naana
thyme: زعتر zaatar zatar
sesame: سمسم simsim
juice: عصير aseer asir
orange: برتقال burtuqal
apple: تفاح tuffah
banana: موز mouz
bag: كيس أكياس kees
box: علبة صندوق
large: كبير kabir kbir
small: صغير saghir
white: أبيض abyad
black: أسود aswad
red: أحمر ahmar
green: أخضر akhdar
fresh: طازج tazej
frozen: مجمد mujammad
"""
