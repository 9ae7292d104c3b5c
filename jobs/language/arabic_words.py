"""Arabic and Urdu words, as data: each row is ``reading: words``, the words (one or more, separated
by commas; a word may be a phrase of several) written as customers write them in Arabic script (Arabic,
Levantine, Gulf and Egyptian spellings; Urdu), the reading the English (or blank) the readers know. Persian,
Dari, Pashto and Sorani rows are in `jobs.language.persian_words`, read with these.
Urdu and Persian write ک and ی where Arabic writes ك and ي: the letters are kept apart, so "شكر" (Arabic,
thanks) and "شکر" (Persian, sugar) are two words.

The script writes no short vowels, so letter by letter "دجاج" would be "djj" and "خبز" "khbz": words no
English reader knows, and often too short to read at all ("رز" rice, "مي" water). `jobs.language.scripts`
reads each run of Arabic-script words through these rows before transliterating, the longest phrase first;
a word is also looked for without its definite article (ال, and ال after و ب ف ك, or لل) and, when the whole
word is unknown, without one attached و (and), ف, ب, ل or ك ("والخبز" is "and bread", "بالعظم" is listed).
A word no row knows is transliterated as before, without its article, on the catalog side as on the
message side.

A reading is what the extractor, the intent cues and the matcher already read: a unit ("case", "kg"), a
number word, a request or polite word ("please", "thanks", "send", "order"), a weekday, an intent phrase
("cancel", "the usual order", "same as last week"), or a trade noun ("chicken", "thigh", "boneless",
"garlic sauce"). ``_`` reads as nothing (particles, "God willing"). Letters are compared without vowel marks
and tatweel, with أ إ آ as ا, ى as ي and ة as ه ("طحينة" and "طحينه" are one word, listed once).
"""

from __future__ import annotations

ARABIC = """
_: إن شاء الله, انشاء الله, ان شاءالله, يوم, هذا, هذه, هاي, هيك, يا, في, من, عن, الي, لنا, لي, عندنا
_: تجهيز, اللي, الذي, التي, حبيبي, اخي, يا اخي, الله يعطيك العافية, يعطيك العافية, تحية طيبة, وبعد
_: محل, مطعم, هون, هنا, ابو, يا شباب, شباب, يا جماعة
hello: السلام عليكم, السلام عليكم ورحمة الله, السلام عليكم ورحمة الله وبركاته, سلام عليكم, مرحبا
hello: أهلا, هلا, صباح الخير, مساء الخير, صباح النور
thanks: شكرا, شكرا لكم, شكرا جزيلا, مشكور, مشكورين, جزاكم الله خير, جزاكم الله خيرا, جزاك الله خير
thanks: جزاك الله خيرا, يسلمو, يسلموا, تسلم, تسلمو, شكر
regards: مع الشكر, مع التحية, مع خالص الشكر, مع خالص التحية, مع الشكر والتقدير, تحياتي
please: من فضلك, من فضلكم, لو سمحت, لو سمحتم, لو سمحتوا, أرجو, نرجو, يرجى, الرجاء, رجاء
please: بدي, بدنا, نريد, أريد, نحتاج, احتاج, محتاجين, محتاج, عايز, عاوز, عايزين, ابغى, نبغى
please: نبي, ابي, حابب, حابين, ممكن
send: أرسل, أرسلوا, ارسلو, ابعث, ابعثوا, ابعتلي, ابعتولي, ابعتوا, ابعتو, ابعتلنا, ابعثلي, ابعثولي
send: جيبوا, جيبو, جيبلي, جيبولي, وصلوا, وصلولي, توصيل
add: زيد, زيدوا, زيدو, زيدولنا, زودوا, زودو, أضف, أضيفوا, ضيفوا, ضيفو, إضافة
also: كمان, أيضا, برضو, برضه
and: و, وكمان
just: بس
but: لكن
with: مع
for: ل
book a table: احجز طاولة, حجز طاولة, نحجز طاولة, بدي احجز طاولة
table: طاولة, طاولات
people: أشخاص, شخص, نفر, أنفار
at: الساعة
closed: مغلق, مغلقة, مسكر, مسكرين, سكرنا, مقفل, مقفول
customer: زبون, زباين, زبائن
in the order: بطلبية, بالطلبية, في طلبية, في الطلبية, بالطلب
to the order: على طلبية, على الطلبية, على الطلب, على طلب, الى الطلبية, لطلبية, للطلبية
order: طلبية, طلب, طلبات, طلبيات, طلبيتنا, طلبنا, الاوردر, اوردر
the following: التالية, التالي, الآتي
the usual order: الطلبية المعتادة, الطلب المعتاد, الطلبية العادية, الطلب العادي, طلبيتنا المعتادة, طلبنا المعتاد
the usual order: الطلبية الاسبوعية, طلبيتنا الاسبوعية, نفس كل اسبوع
the usual order: متل كل اسبوع, مثل كل أسبوع, زي كل اسبوع
as usual: كالعادة, زي العادة, مثل العادة, متل العادة
the usual: المعتاد, المعتادة, العادة
same as last week: نفس طلبية الأسبوع الماضي, نفس طلب الأسبوع الماضي
same as last week: مثل الأسبوع الماضي, زي الاسبوع الماضي
same as last week: متل الاسبوع الماضي, نفس الأسبوع الماضي, نفس الجمعة الماضية
same as last time: نفس الطلبية السابقة, نفس الطلبية الماضية, نفس الطلبية الأخيرة
same as last time: نفس الطلب السابق, نفس المرة الماضية, مثل المرة الماضية, متل المرة الماضية, زي المرة الماضية
same as last time: نفس آخر طلبية, نفس الطلبية اللي فاتت, زي المرة اللي فاتت, نفس المرة اللي فاتت
same: نفس, ذات
last week: الأسبوع الماضي, الأسبوع اللي فات
next week: الأسبوع القادم, الأسبوع الجاي
week: أسبوع
cancel: إلغاء, ألغوا, ألغو, ألغي, نلغي, كنسل, كنسلوا, الغاء الطلب
change: تغيير, تعديل, غيروا, غيرو, عدلوا, عدلو, بدلوا, بدل
instead of: بدال, بدلا من, عوض
make it: خلوها, خليها, خلوهم, خليهم, خلي, خلو, صيروها, خليه, خلوه
no: لا, مش, ما بدنا, ما بدي, لا نريد
not: ليس
complaint: شكوى, شكوة
stale: ناشف, ناشفة, يابس, يابسة, بايت, بايتة
broken: مكسر, مكسرة, مكسور, مكسورة, مفتوح, مبعوج
rotten: خربان, خربانة, فاسد, فاسدة, معفن, معفنة, عفن, ريحته, ريحتها, منتهي, منتهية
missing: ناقص, ناقصة, نقص, ما وصل, ما وصلت, لم يصل, لم تصل, ما اجا, ما اجت
binned: رميناهم, رميناها, رمينا, رميناه, كبيناهم
wrong: غلط, خطأ
late: متأخر, متأخرة, تأخر, تأخير
return: ترجيع, رجعنا, نرجع, ارجاع, استرجاع
arrived: وصل, وصلت, وصلنا, اجا, اجت
yesterday: أمس, امبارح, مبارح, البارحة
was: كان, كانت
melted: ذايب, ذايبة, ذائب, ذائبة, سايح, سايحة
not frozen: مو مجمد, مش مجمد, غير مجمد, مو مجمدة, مش مجمدة
invoice: فاتورة, الفاتورة
do you have: عندكم, عندك, فيه عندكم, في عندكم, هل عندكم, هل لديكم, لديكم, متوفر, يتوفر, متوفرة
how much: كم سعر, كم السعر, بكم, بقديش, قديش, قداش, شو سعر, شو السعر
price: سعر, السعر, أسعار
when: متى, امتى, ايمتى, ايمتا
can you: تقدرون, تقدروا, تقدر, بتقدروا, هل يمكن, هل ممكن
today: اليوم, النهارده, هاليوم
tomorrow: بكرا, بكره, غدا, الغد, لبكرا, لبكرة
tonight: الليلة
monday: الاثنين, الاتنين, يوم الاثنين
tuesday: الثلاثاء, الثلاثا, التلات, التلاتاء
wednesday: الأربعاء, الاربعا
thursday: الخميس, خميس
friday: الجمعة, جمعة
saturday: السبت, سبت
sunday: الأحد
# numbers
one: واحد, واحدة, وحده
two: اثنين, اثنان, اتنين, تنين, ثنتين
three: ثلاثة, ثلاث, تلاتة, تلات
four: أربعة, أربع
five: خمسة, خمس
six: ستة, ست
seven: سبعة, سبع
eight: ثمانية, ثماني, ثمان, تمانية, تمنية
nine: تسعة, تسع
ten: عشرة, عشر
eleven: أحد عشر, احدعش, حداش, إحدى عشر
twelve: اثنا عشر, اثني عشر, اطنعش, اتناشر, اثنعش
fifteen: خمسة عشر, خمسطعش, خمستعش, خمستاشر
twenty: عشرين, عشرون
thirty: ثلاثين, ثلاثون, تلاتين
forty: أربعين, أربعون
fifty: خمسين, خمسون
hundred: مئة, مائة, ميتين
half: نص, نصف
2 bag: كيسين
2 box: كرتونين, كرتونتين, علبتين
2 kg: كيلوين
# units and counters
box: كرتون, كرتونة, كراتين, كرتونات, صندوق كرتون
box: علبة, علب, صندوق, صناديق, بوكس
bag: كيس, أكياس
sack: شوال, شوالات, خيشة
pack: ربطة, ربطات, باكيت, باكيتات, باكو, بكت, بكيت, رزمة, رزم
can: تنكة, تنك, علبة معدن
tub: غالون, غالونات, جالون
bucket: سطل, سطول, دلو
jar: برطمان, مرطبان, قطرميز
bottle: زجاجة, زجاجات, قنينة, قناني, قزازة, قزايز
tray: صينية, صواني, صحن, صحون
dozen: درزن, دزينة, دستة
each: حبة, حبات, قطعة, قطع, عدد, راس, روس
kg: كيلو, كيلوات, كيلوغرام, كيلوجرام, كغ, كغم, كلغ, كجم, كيلوغرامات, كيلو غرام
g: غرام, جرام, غم, غرامات
litre: لتر, ليتر, لترات, ليترات
size: حجم, مقاس, قياس, نمرة
number: رقم, نمرة رقم
large: كبير, كبيرة, كبار
medium: وسط, متوسط, متوسطة, وسطاني
small: صغير, صغيرة, صغار
# goods: meat and cuts
meat: لحم, لحمة, لحوم
lamb: غنم, خروف, خرفان, ضأن, لحم غنم, لحم خروف, لحم ضأن, غنمي, خاروف, لحم غنمي
lamb: لحمة غنم, لحم غنم بلدي
mutton: لحم ضاني, ضاني
goat: ماعز, لحم ماعز, تيس, سخل
beef: بقر, لحم بقر, عجل, لحم عجل, بقري, لحمة بقر
veal: بتلو
camel: جمل, لحم جمل, حاشي
chicken: دجاج, جاج, فراخ, فرخة, دجاجة
whole chicken: فروج, فراريج, دجاج كامل, فروج كامل, جاج كامل
mince: مفروم, مفرومة, لحم مفروم, لحمة مفرومة, كيما, فرم
diced: مكعبات, شقف, قطع صغيرة, لحم شقف, مقطع
thigh: فخذ, أفخاذ, فخاذ, وراك, اوراك
chicken thigh: فخذ دجاج, أفخاذ دجاج, وراك دجاج, اوراك دجاج, فخذ جاج, فخاد جاج
lamb leg: فخذ غنم, فخذ خروف, فخذ ضأن, فخاذ غنم, افخاذ غنم
leg: ساق, سيقان
breast: صدر, صدور
chicken breast: صدر دجاج, صدور دجاج, صدر جاج, صدور جاج, صدر فراخ
wings: جوانح, جناح, أجنحة, جوانح دجاج
drumsticks: دبابيس, دبوس, سيقان دجاج
leg quarters: أرباع
shoulder: كتف, أكتاف, كتوف
ribs: أضلاع, ضلوع, ضلع
chops: ريش, ريشات, كستليتة, كوستلاتة
cutlets: كستلاتة, كوستليتة
shank: موزات, موزة غنم
neck: رقبة, رقاب
liver: كبدة, كبد, معلاق, سودة
heart: قلب, قلوب
kidney: كلاوي, كلى
tripe: كرشة, كرش, فوارغ
trotters: كوارع, مقادم, كراعين
brain: مخ, نخاعات, مخاخ
tongue: لسان, لسانات
bones: عظم, عظام
boneless: بدون عظم, بلا عظم, مسحب, مسحبة, مخلي, مخلية, منزوع العظم, بدون عظام, فيليه
bone in: بالعظم, بعظم, مع العظم, مع عظم, بعظمه, بالعظام
skinless: بدون جلد, بلا جلد, منزوع الجلد
whole: كامل, كاملة, كاملين, ذبيحة, ذبائح
carcass: ذبيحة كاملة
fresh: طازج, طازة, فريش
frozen: مجمد, مجمدة, مثلج, فروزن
halal: حلال
marinated: متبل, متبلة, متبلين
skewers: سيخ, أسياخ, شيش
shawarma: شاورما, شاورمة, شورما
chicken shawarma: شاورما دجاج, شاورمة دجاج, شاورما جاج
shawarma cone: سيخ شاورما, أسياخ شاورما, سيخ الشاورما
doner: دونر, دونير
shish taouk: شيش طاووق, شيش طاوق, طاووق, شيش طاووك, شيش طاوك
kebab: كباب, كبابات
kofta: كفتة, كفتا
burger: برغر, برجر, همبرغر, همبرجر
sausage: نقانق, سجق, سجقات, مقانق
falafel: فلافل
# bread
khubz: خبز, خبزات
bread: عيش
arabic bread: خبز عربي, خبز لبناني, خبز شامي, عيش شامي, خبز كماج, خبز تنور
pitta: بيتا, خبز بيتا
saj bread: خبز صاج, صاج, مرقوق, خبز مرقوق
wraps: تورتيلا, ترتيلا, تورتلا
samoon: صمون, صمونة
naan: نان, خبز نان
buns: خبز برغر, بن برغر
manakish: مناقيش, مناقيش زعتر, منقوشة
# spices, sauces and dips
spice: بهارات, بهار, توابل
shawarma spice: بهارات شاورما, بهار شاورما, توابل شاورما
sumac: سماق
cumin: كمون, كمونة
turmeric: كركم, عقدة صفراء
paprika: بابريكا, فلفل حلو
chilli: شطة, فلفل حار, فليفلة حارة, فلفل أحمر حار
chilli flakes: فلفل مجروش, شطة مجروشة, فلفل حلبي
black pepper: فلفل أسود, بهار أسود
pepper: فلفل, فليفلة
coriander: كزبرة
cinnamon: قرفة
cardamom: هيل, حبهان
saffron: زعفران
food colour: صبغة, ملون, ملون طعام, صبغة طعام
garlic powder: ثوم بودرة
sauce: صوص, صلصة, صوصات
garlic sauce: صوص ثوم, صوص الثوم, صوص توم, صوص التوم, ثومية, توم, مايونيز ثوم
chilli sauce: صوص حار, صلصة حارة, شطة صوص
tahini: طحينة, طحينية, طحينة سائلة, طحين سمسم
hummus: حمص, حمص بطحينة, حمص بالطحينة
chickpeas: حمص حب, حمص ناشف, حمص يابس, حب حمص
ketchup: كاتشب, كتشب, كاتشاب, كتشاب
mayonnaise: مايونيز, مايونيزة, مايونيز سادة
pickles: مخلل, مخللات, كبيس, طرشي, طرشي مشكل
pickled chillies: مخلل فليفلة, مخلل فلفل, فليفلة مخللة, فلفل مخلل, مخلل فلفل حار, مخلل شطة
olives: زيتون
pomegranate molasses: دبس رمان, دبس الرمان
vinegar: خل
yoghurt: لبن, زبادي, لبن زبادي, لبن رائب, روب
labneh: لبنة
ayran: عيران, لبن عيران, شنينة
cheese: جبن, جبنة
halloumi: حلوم, حلومي, جبنة حلوم
butter: زبدة
cream: قشطة, كريمة
milk: حليب
egg: بيض, بيضات
# dry store
rice: رز, أرز, رزات
basmati: بسمتي, بسماتي, بسمات
basmati rice: رز بسمتي, أرز بسمتي, رز بسماتي
egyptian rice: رز مصري, أرز مصري
bulgur: برغل, بلغور
fine: ناعم, ناعمة
coarse: خشن, خشنة
freekeh: فريكة
lentils: عدس
red lentils: عدس أحمر, عدس مجروش
flour: طحين, دقيق
semolina: سميد, سميدة
sugar: سكر
salt: ملح
oil: زيت, زيوت
sunflower oil: زيت دوار الشمس, زيت عباد الشمس, زيت دوار شمس
corn oil: زيت ذرة
olive oil: زيت زيتون, زيت الزيتون
vegetable oil: زيت نباتي, زيت نباتية
frying oil: زيت قلي, زيت للقلي, زيت القلي
ghee: سمن, سمنة
butter ghee: سمن بقري, سمنة بقري, سمنة بقرية, سمن حيواني, سمنة حيوانية, سمن بلدي, سمنة بلدي, سمنة بلدية
vegetable ghee: سمن نباتي, سمنة نباتي, سمنة نباتية
# produce and colours
fish: سمك, أسماك
white: أبيض, بيضاء, بيضا
black: أسود, سوداء, سودا
red: أحمر, حمراء, حمرا
green: أخضر, خضراء, خضرا
yellow: أصفر, صفراء, صفرا
tomato: طماطم, بندورة, طماطة
potato: بطاطا, بطاطس
onion: بصل, بصلة
garlic: ثوم, ثومة
lemon: ليمون, ليمونة, حامض
cucumber: خيار
parsley: بقدونس, بقدونس اخضر, بقدونسة
mint: نعناع, نعنع
lettuce: خس
cabbage: ملفوف, كرنب
aubergine: باذنجان, بتنجان
bean: فاصوليا
fava: فول
tinned ful: فول معلب, فول مدمس معلب
split fava: فول مجروش
red sorghum: ذرة حمراء
sorghum: ذرة رفيعة
cloves: قرنفل
still water: ماء عادي, مياه عادية, مي عادية
sukkari dates: تمر سكري
golden: ذهبي
date: تمر, تمور
thyme: زعتر
sesame: سمسم
orange: برتقال
apple: تفاح
banana: موز
filo pastry: عجينة فيلو, عجين فيلو, رقائق فيلو
filo: فيلو, فيللو
kunafa dough: عجينة كنافة, عجين كنافة
kunafa: كنافة
dough: عجينة, عجين
pistachio: فستق, فستق حلبي
ground: مطحون, مطحونة
grated: مبشور, مبشورة
mozzarella: موزاريلا, موتزاريلا, موزريلا
pitted: بلا بزر, بدون بزر, منزوع البزر, بدون نوى
seeds: بزر, بذور
rose water: ماء ورد, ماء الورد, مي ورد
rose: ورد
pickled cucumber: خيار مخلل, مخلل خيار
pickled turnip: لفت مخلل, مخلل لفت
turnip: لفت
# drinks
water: مي, مياه, ماء, ماي, مويه
cola: كولا, كوكاكولا, كوكا كولا, كوكا
pepsi: بيبسي
soft drinks: مشروبات غازية, غازيات, مشروبات, كانزات, كانز
juice: عصير, عصاير, عصائر
tea: شاي
coffee: قهوة
# packaging and grill supplies
foil: قصدير, ألمنيوم, سلفر, ورق قصدير, ورق فضي, فويل
foil containers: علب قصدير, صحون قصدير, صناديق قصدير, علب المنيوم, صواني قصدير
wrap sheets: ورق تغليف, ورق لف, ورق شاورما
greaseproof paper: ورق زبدة
paper: ورق
napkins: محارم, مناديل, فوط
gloves: كفوف, قفازات, جوانتي
cups: أكواب, كاسات, كبايات
lids: أغطية, غطاء, غطيان
takeaway boxes: علب سفري, علب تيك اوي
charcoal: فحم, فحمات
lumpwood charcoal: فحم طبيعي, فحم خشب
skewer: سيخ حديد
wooden skewers: أسياخ خشب, سيخ خشب, أعواد خشب
bamboo skewers: أسياخ بامبو
cleaning: تنظيف, منظف, منظفات
"""

URDU = """
_: کا, کی, کے, کو, نے, ہے, ہیں, تھا, تھی, تھے, بھائی, بھائی جان, بھائی صاحب, جی, ذرا, یہ, وہ, ہم, آپ, میں, پر
_: ان شاء اللہ, انشاءاللہ, ان شاءاللہ, جناب, صاحب, والا, والی, والے, ہو, گا, گی, گے
_: کر دیں, کر دو, کر دینا, کر دیجیے, کرنا, کریں, کر دیجئے
please: دے دیں, دے دو, دے دینا
hello: السلام علیکم, اسلام علیکم, السلام و علیکم, السلام وعلیکم, سلام, آداب
thanks: شکریہ, شکریا, جزاک اللہ, جزاک اللہ خیر, بہت شکریہ, مہربانی ہوگی
please: مہربانی, براہ مہربانی, مہربانی کر کے, مہربانی کرکے, پلیز, چاہیے, چاہئے, چاہیئے, چاہیں, دیجیے, دیجئے
please: بھیج دیں, بھیج دو, بھیجیں, بھیجنا, بھیج دیجیے, بھیج دیجئے, بھجوا دیں, بھجوادیں, بھیجو, بھیج
add: شامل کریں, ڈال دیں, ڈال دینا, ڈال دو, ایڈ کر دیں, ایڈ کریں
also: بھی
and: اور, نیز
but: لیکن, مگر
for: کے لیے, کے لئے, کیلئے, کیلیے, لیے, لئے
order: آرڈر, آڈر, اوڈر, آرڈرز
the usual order: ہمیشہ والا آرڈر, معمول کا آرڈر, ہر ہفتے والا آرڈر, ہمیشہ والا, ہمیشہ کی طرح
same as last week: پچھلے ہفتے والا آرڈر, پچھلے ہفتے والا, پچھلے ہفتے جیسا, پچھلے ہفتے کی طرح
same as last time: پچھلی بار والا, پچھلی دفعہ والا, پچھلی بار جیسا, پچھلی دفعہ جیسا, وہی آرڈر, پچھلا آرڈر
last time: پچھلی دفعہ, پچھلی بار, پچھلے دفعہ
last week: پچھلے ہفتے, پچھلا ہفتہ
this week: اس ہفتے, اس ہفتہ
next week: اگلے ہفتے, اگلا ہفتہ
same: وہی, ویسا ہی
cancel: کینسل, منسوخ, کینسل کر دیں, منسوخ کر دیں, کینسل کریں
change: تبدیل, بدل دیں, تبدیلی, چینج
instead of: کی جگہ, کے بجائے, کے بجاۓ
no: نہیں, نہ
not: نہیں تھی, نہیں تھا, نہیں تھے
complaint: شکایت
bad: خراب, گندا, گندی, بدبو
not clean: صاف نہیں, صاف نہیں تھی, صاف نہیں تھا
had to send back: واپس کرنی پڑی, واپس کرنا پڑا, واپس کرنے پڑے, واپس بھیجنا پڑا
return: واپس, واپسی
missing: کم تھا, کم تھی, نہیں آیا, نہیں آئی
late: دیر, لیٹ
do you have: کیا آپ کے پاس, آپ کے پاس, ملتا ہے, ملتی ہے, ملے گا, ملے گی, ہے کیا
how much: کتنے کا, کتنے کی, کتنا, کتنے
price: قیمت, ریٹ, بھاؤ
when: کب
today: آج
tomorrow: کل صبح
monday: پیر, سوموار
tuesday: منگل
wednesday: بدھ
thursday: جمعرات
friday: جمعہ, جمعے
saturday: ہفتہ, ہفتے
sunday: اتوار
# numbers
one: ایک
two: دو
three: تین
four: چار
five: پانچ
six: چھ, چھے
seven: سات
eight: آٹھ
nine: نو
ten: دس
eleven: گیارہ
twelve: بارہ
fifteen: پندرہ
twenty: بیس
25: پچیس
thirty: تیس
forty: چالیس
fifty: پچاس
hundred: سو
half: آدھا, آدھی, آدھے
# units and counters
box: ڈبہ, ڈبے, ڈبا, ڈبوں, باکس
case: پیٹی, پیٹیاں, پیٹیوں, کارٹن, کاٹن
sack: بوری, بوریاں, بوریوں
bag: تھیلا, تھیلی, تھیلے, تھیلیاں, بیگ
pack: پیکٹ, پیکٹس, پیک, پیکٹوں
tin: ٹن, کنستر
tub: ٹب
bottle: بوتل, بوتلیں
dozen: درجن
kg: کلو, کلوگرام, کیلو, کے جی
g: گرام
litre: لیٹر
each: پیس
# goods
meat: گوشت
mince: قیمہ, قیمے, قیما
mutton: مٹن, بکرے کا گوشت, چھوٹا گوشت
goat: بکرا, بکرے, بکری
beef: بیف, بڑا گوشت, گائے کا گوشت
chicken: چکن, مرغی, مرغ, مرغی کا گوشت
lamb: لیمب, دنبہ
curry cut: کری کٹ, کڑی کٹ, سالن والا
chops: چانپ, چانپیں, چاپ, چاپس
tripe: اوجڑی, اوجھڑی, اوجری
trotters: پائے, پایہ, پاۓ
nalli: نلی, نلیاں, نلی والی ہڈی
liver: کلیجی, کلیجہ
brain: مغز
boneless: بون لیس, بغیر ہڈی, بے ہڈی
bone: ہڈی, ہڈیاں
tikka: تکہ, تکے, ٹکا
seekh kebab: سیخ کباب
kebab: کباب
whole: پورا, ثابت
ghee: گھی
desi ghee: دیسی گھی
vegetable ghee: بناسپتی, بناسپتی گھی
oil: تیل, آئل
frying oil: فرائنگ آئل
rice: چاول, چاول کی بوری
sella: سیلا, سیلہ
basmati: باسمتی, بسمتی
dal: دال
flour: آٹا, میدہ
paratha: پراٹھا, پراٹھے, پراٹھہ
masala: مصالحہ, مسالہ, مصالحے
garam masala: گرم مصالحہ, گرم مسالہ
turmeric: ہلدی
chilli powder: لال مرچ, پسی لال مرچ
chilli: مرچ, مرچیں
green chilli: ہری مرچ, ہری مرچیں
red: لال, سرخ
green: ہرا, ہری, ہرے
yellow: پیلا, پیلی
orange: نارنجی, اورنج
white: سفید
black: کالا, کالی, کالے
fish: مچھلی
cumin: زیرہ, زیرا
salt: نمک
yoghurt: دہی
garlic: لہسن
ginger: ادرک
ginger garlic paste: ادرک لہسن پیسٹ, ادرک لہسن
paste: پیسٹ
onion: پیاز
tomato: ٹماٹر
potato: آلو
charcoal: کوئلہ, کوئلے
pickle: اچار
sugar: چینی
tea: چائے
milk: دودھ
water: پانی
colour: رنگ, کلر
"""
