"""Persian (Iranian Persian and Dari), Pashto and Sorani Kurdish words, as data, in the row format of
`jobs.language.arabic_words` (``reading: words``, the words written as customers write them in Arabic script,
one or more per row, comma-separated, a word may be a phrase; ``_`` reads as nothing). `jobs.language.scripts`
reads them with the Arabic and Urdu rows, the longest phrase first; a phrase two rows read differently is an
error in the data, so a word the languages share ("ماست" yoghurt, "کیلو" kg) is said once.

The three languages write the Persian letters (ی and ک, not Arabic ي and ك); Pashto adds its own (ټ ډ ړ ږ ښ
ځ څ ګ ۍ ې) and Sorani its vowels (ە ێ ۆ) and ڵ ڕ, kept as written, but for Sorani ە, read as ه. A word is
looked up as written; a word written with Arabic ي or ك (a Pashto final ي, an Arabic keyboard) is looked up
with ی and ک too, and a word no row knows without its ezafe or plural ending ("برنجی تیلدا" the rice of
Tilda, "ماستەکان" the yoghurts, "سیخونه" skewers: `scripts._known_form`).

Readings are what the readers read: units, number words, request, polite and intent words, weekdays, and
trade nouns as the English word of the trade ("لپه" split peas, "ماهیچه" lamb shank) or, for a thing with no
English name of its own, the Latin spelling a catalog of the trade writes ("سنگک" sangak, "کوبیده" koobideh,
"گز" gaz). Brand names are written as the brand writes itself in Latin letters ("تیلدا" tilda).
"""

from __future__ import annotations

# Iranian Persian and Dari (Afghan Persian): one language, two vocabularies for some goods and units.
PERSIAN = """
_: آقا, آقای, هستم, هستیم, رو, را, این, ام, کنید, کن, کنیم, کنین, بکنید, دهید, بدید, بدین, که, است
_: برادر, برادر جان, جان, عزیز, خانم, قربان, لطف کنید, بی زحمت, ممنون میشم, ممنون میشوم, جدید
_: می, بدم, بدیم, برسه, برسد
again: دوباره, باز هم
sorry: ببخشید, ببخشین, عذر میخوام
by mistake: اشتباهی, به اشتباه
amount: مبلغ
month: ماه
closed: بسته است, بستهست, تعطیل
by noon: تا ظهر
hello: درود, سلام علیکم, با سلام, با سلام و احترام, سلام و احترام, سلام و عرض ادب
please: لطفاً, لطفا, بفرستید, بفرست, بفرستین, میخواهم, میخوام, میخوایم, می خواهم, می خوام, می خوایم, مرحمت کنید
please: میخواستم, می خواستم, لازم داریم, نیاز داریم, بیارید, بیاورید, بیارین
please: روان کنید, ارسال کنید, ارسال فرمایید, ارسال شود, بفرستید لطفا, روان کن
send: ارسال
thanks: ممنون, مرسی, متشکرم, سپاس, دستتون درد نکنه, تشکر, با تشکر, با تشکر فراوان, تشکر از شما
regards: با احترام, با سپاس, ارادتمند
order: سفارش, فرمایش, سفارش هفتگی, فرمایش هفته وار
for: برای
from: از
to: به
in: در
with: با
and: و
also: هم, همچنین
tomorrow: فردا, فردا صبح
today: امروز
but: ولی, اما
just: فقط, تنها
extra: اضافی
double: دو برابر
extra: اضافه کنید, علاوه, علاوه کنید, اضافه کن
instead of: به جای, بجای, بجای آن
cancel: کنسل, لغو, کنسل کنید, لغو کنید, کنسل کن
change: تغییر, تغییر دهید, عوض کنید, بندازید
no: نه, نمیخوام, نمیخواهیم, نفرستید, نفرست, نمیخواهم
without: بدون, بی
the usual order: سفارش همیشگی, همون سفارش همیشگی, همان سفارش همیشگی, همیشگی, سفارش معمول, معمول
the usual: مثل همیشه, مثل همیشه برای
as usual: طبق معمول
same as last week: مثل هفته قبل, مثل هفته پیش, مثل هفته ی قبل, مثل هفته گذشته, فرمایش هفته گذشته
same as last week: سفارش هفته قبل, سفارش هفته گذشته
last week: هفته قبل, هفته پیش, هفته گذشته
do you have: دارید, دارین, موجود دارید, دارید؟
how much: چنده, چند است, قیمتش چنده, قیمتش
price: قیمت
i wanted to ask: میخواستم بپرسم, می خواستم بپرسم, خواستم بپرسم, بپرسم
was not good: خوب نبود, خوب نیست
quality: کیفیت, کیفیتش
invoice: فاکتور, بل
broken: شکسته
torn: پاره
spilled: ریخته
smelled bad: بو میداد
we returned: برگردوندیم, برگرداندیم, پس دادیم
arrived: رسید, اومد, آمد
charged: حساب شده
paid: پرداخت کردیم, پرداخت شد
saturday: شنبه
sunday: یکشنبه
monday: دوشنبه
tuesday: سه شنبه, سهشنبه
wednesday: چهارشنبه
thursday: پنجشنبه, پنج شنبه
friday: جمعه
# numbers ("نه", nine, is also "no")
one: یک, یه
1.5: یک و نیم
2.5: دو و نیم
three: سه
four: چهار
five: پنج
six: شش
seven: هفت
eight: هشت
ten: ده
twelve: دوازده
fifteen: پانزده
twenty: بیست
thirty: سی
forty: چهل
fifty: پنجاه
hundred: صد
half: نیم, نصف, نیمه
# units (Dari: بوری a sack, خریطه a bag, قطی a tin)
bag: کیسه, کیسه ای, خریطه, خریطه ها
pack: بسته, بسته ها
box: جعبه, جعبه ها
can: قوطی, حلب
tin: قطی
jar: شیشه
bottle: بطری
tray: سینی
bucket: دبه
roll: رول
each: تا, عدد, دانه
kg: کیلویی, کیلوگرم
g: گرمی, گرامی
litre: لیتری, لیتر, لیتره
g: گرم
carton: کارتن, کارتون
number: شماره, نمبر
mesghal: مثقال, مثقالی
large: بزرگ
small: کوچک
thin: نازک
wide: پهن
# goods
rice: برنج
broken basmati: برنج شکسته, برنج نیم دانه
sella: سیله, سلا, سیلا
golden sella: سیله طلایی, سلا طلایی, سیلا طلایی, سیله زرد, سلا زرد
golden: طلایی
tarom: طارم
hashemi: هاشمی
domsiah: دم سیاه, دمسیاه, دمسیا
tilda: تیلدا
mahmood: محمود
barberry: زرشک
doogh: دوغ
abali: آبعلی, ابعلی
kalleh: کاله, کالە, کالې
oil: روغن
butter ghee: روغن حیوانی, روغن کرمانشاهی, روغن زرد
vegetable ghee: روغن نباتی, روغن نباتي
frying oil: روغن مایع, روغن سرخ کردنی
olive oil: روغن زیتون
green lentils: عدس سبز
split peas: لپه
chickpeas: نخود
mung beans: ماش
beans: لوبیا
red kidney beans: لوبیا قرمز
pinto beans: لوبیا چیتی
turmeric: زردچوبه
fenugreek: شنبلیله
ghormeh sabzi herbs: سبزی قورمه, سبزی قرمه
herbs: سبزی
advieh: ادویه
golpar: گلپر
rose petals: گل محمدی
rose water: گلاب
cardamom: هل, هیل
saffron: زعفران
sargol: سرگل
negin: نگین
dried lime: لیمو عمانی
pomegranate molasses: رب انار
tomato paste: رب گوجه, رب گوجه فرنگی
lamb: گوسفندی, گوسفند
beef: گوساله, گاو
mince: چرخ کرده, چرخکرده
lamb mince: قیمه گوسفند, قیمه گوسفندی
lamb chops: شیشلیک
koobideh: کوبیده
joojeh: جوجه
bone in: با استخوان
boneless: بی استخوان, بدون استخوان
bone: استخوان
lamb shank: ماهیچه
chenjeh: چنجه
barg: برگ
plain: ساده
naan: نان
afghan naan: نان افغانی
afghan: افغانی
barbari bread: نان بربری, بربری
lavash: نان لواش, لواش
sangak: نان سنگک, سنگک
taftoon: نان تافتون, تافتون
tahdig: تهدیگ
kashk: کشک
dried kashk: کشک خشک
dried: خشک
aubergine: بادمجان, بادمجون
dried herbs: سبزی خشک
pistachio: پسته
almond: بادام, بادامی
slivered: خلال, خلالی
walnut: گردو
raisins: کشمش
golden raisins: کشمش زرد, کشمش طلایی
tokhmeh: تخمه
dates: خرما
mazafati: مضافتی
piarom: پیارم
medjool: مجول, مدجول
gaz: گز
sohan: سوهان
qom: قم
nabat: نبات
nabat sticks: شاخه نبات, نبات چوبی
baghlava: باقلوا, باقلوای
yoghurt: ماست
strained yoghurt: ماست چکیده
cheese: پنیر
lighvan: لیقوان
feta: فتا, فیتا
butter: کره
sugar: شکر
lemon: لیمو
pickles: ترشی
liteh: لیته
mixed: مخلوط
pickled cucumber: خیارشور, خیار شور
tahini: ارده
tea: چای
green tea: چای سبز
black tea: چای سیاه
alokozay: الکوزی
ahmad: احمد
zamzam: زمزم
orange: پرتقال
sekanjabin: سکنجبین
sharbat: شربت
sour cherry: آلبالو
charcoal: زغال
samovar: سماور, سماوار
electric: برقی
estekan: استکان
teapot: قوری
foil: فویل, آلومینیوم
containers: ظرف, ظروف
napkins: دستمال
gloves: دستکش
sofreh: سفره
white: سفید
black: سیاه
red: قرمز
green: سبز
yellow: زرد
"""

PASHTO = """
_: د, ته, دا, کې, یې, ورور, وروره, ورورجانه, ګرانه, کړئ, کړه, مو, شي, وو, دي
hello: سلام ورور
please: مهرباني, مهرباني وکړئ, غواړم, غواړو, را ولیږئ, راولیږئ, ولیږئ, راوړئ, راولئ, ولېږئ
thanks: مننه, ډېره مننه, ډیره مننه
and: او
also: هم
but: خو
no: مه, نه غواړو
order: فرمایش
the usual order: هماغه معمول سفارش, هماغه معمول, معمول سفارش
same as last week: لکه تېره اونۍ, لکه تیره اونۍ, لکه تېره هفته
last week: تېره اونۍ, تیره اونۍ
week: اونۍ
tomorrow: سبا
for: لپاره
sorry: بخښنه غواړم, بخښنه
by mistake: په غلطۍ
message: پیغام
previous: تېر, تیر
today: نن
thursday: پنجشنبې
friday: جمعې
price: بیه
how much: څو, بیه څو ده, څو ده
# numbers
one: یو
two: دوه
three: درې, دری
four: څلور
five: پنځه
six: شپږ
seven: اووه
eight: اته
nine: نهه
ten: لس
twenty: شل
# units
case: کارټن, کارټنه, کارټنونه
sack: بوجۍ, بوجی, بوجۍ
bag: خلطه, خلطې, خلطی
pack: پاکټ, پاکټه, پاکټونه
can: قطۍ
tin: ټین, ټینه, ټینونه
box: بکس, بکسه
large: لوی, غټ
small: کوچنی, واړه
wide: پلن
narrow: نری
# goods
rice: وریجې, وریجی
ghee: غوړي
vegetable ghee: نباتي غوړي, نباتی غوړي
bread: ډوډۍ, ډوډی
afghan naan: افغاني ډوډۍ, افغانی ډوډۍ
skewers: سیخونه, سیخ
white: سپینه, سپین
black: تور
red: سره, سور
green: شنه, شین
yellow: زیړ
orange: نارنج, نارنجي
medjool: میډجول
big k: بیګ کې, بیګ کی
"""

SORANI = """
_: کاک, لەو, ئەو, ئەمانە, بۆ ڕۆژی, ڕۆژی, لەسەر, بوو, بوون, ئەوانە
hello: سڵاو, سلاو
please: تکایە, ئەمەوێت, دەمەوێت, بنێرن, بنێرە, بنێریت
thanks: سوپاس, زۆر سوپاس
for: بۆ
and: و
but: بەڵام
just: تەنها
more: زیاتر
without: بێ
instead of: لەبری, لە جیاتی
the usual: وەک هەمیشە
same as last week: وەک هەفتەی پێشوو, وەک هەفتەی ڕابردوو
last week: هەفتەی پێشوو, هەفتەی ڕابردوو
week: هەفتە
weekly: هەفتانە
order: داواکاری, داواکارییەکە, داواکارییەی, داواکارییەکەم
cancel: هەڵبوەشێننەوە, هەڵیبوەشێننەوە, هەڵبوەشێنەوە, هەڵبوەشێنە
wrong: هەڵە
expired: بەسەرچوو, بەسەرچووە
do you have: هەیە, هەتانە
tomorrow: سبەینێ, بەیانی
today: ئەمڕۆ
saturday: شەممە
sunday: یەکشەممە
monday: دووشەممە
tuesday: سێشەممە
wednesday: چوارشەممە
thursday: پێنجشەممە
friday: هەینی
# numbers
one: یەک
two: دوو
three: سێ
four: چوار
five: پێنج
six: شەش
seven: حەوت
eight: هەشت
nine: نۆ
ten: دە
twenty: بیست
# units
case: کارتۆن, کارتۆنێک
sack: گۆنی, گۆنییەک
bag: کیسە
pack: پاکەت, پاکێت
tin: قوتوو, قوتووی
kg: کیلۆ, کیلۆیی, کیلۆگرام
roll: ڕۆڵ
each: دانە
large: گەورە, گەورانە, گەورەکان
small: بچووک
# goods
rice: برنج
lentils: نیسک
sumac: سماق
split peas: لەپە
chickpeas: نۆک
lamb: مەڕ, گۆشتی مەڕ
beef: مانگا, گۆشتی مانگا
meat: گۆشت
boneless: بێ ئێسک
bone: ئێسک
tomato: تەماتە
tomato paste: ڕۆبی تەماتە, ڕۆبە تەماتە, ڕۆب تەماتە
paste: ڕۆب, ڕۆبە
doogh: دۆ, دۆی
cheese: پەنیر, پەنیری
feta: فێتا
pickled cucumber: خیار شۆر, خیارشۆر, خیاری شۆر, خیار شۆری
zamzam: زەمزەم
cola: کۆلا
orange: پرتەقاڵ
microwave containers: قوتووی مایکرۆوەیڤ, قوتووی مایکرۆوەیڤی
abali: ئابەلی
kalleh: کاڵە
tea: چای
big k: بیگ کەی, بیگ کەی
white: سپی
black: ڕەش
red: سوور
green: سەوز
yellow: زەرد
"""
