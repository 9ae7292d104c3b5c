"""Chinese and Thai words, as data: each row is ``reading: words``, the words written as customers write them
(Chinese simplified and traditional, Cantonese; Thai), the reading the English (or blank) the readers know.

Neither script puts spaces between words; `jobs.language.scripts` cuts a run of either script into the
longest known words (forward maximum matching over these rows) before transliterating, so "透明封口膜" is
"clear" and the catalog's own word 封口膜, and "ชาไทย 400g 6 ถุง" is "thai tea 400g 6 bag". A word no row
knows stays as it was and is transliterated as one word, on the catalog side as on the message side.

A reading is what the extractor and the matcher already read: a unit ("case", "bag"), a request or polite
word ("please", "thanks", "send", "order"), a weekday, a colour or size ("clear", "pink", "large"), a trade
noun ("pearl", "straw", "lid"). ``_`` reads as nothing (particles such as Thai ค่ะ, Chinese 的); ``=`` keeps
the word as written, so that a word made of known characters stays one word (粉丝, glass noodles, is no
powder).
Single characters are listed only where they are a word on their own in an order (黑 black, 碗 bowl); a
compound holding one (黑糖 brown sugar) is listed with its own reading, so that the longest match wins.
"""

from __future__ import annotations

# Chinese (simplified and traditional forms on one row). Counters after a numeral are read by
# scripts.chinese_counts; alone, a counter stays a word ("包" as bun, "盒" as box) and is not listed here.
CHINESE = """
=: 粉丝 粉絲 河粉 米粉 肠粉 腸粉 冬粉 粉条 粉條 白菜 小白菜 大白菜 白酒 红酒 紅酒 黑椒 大蒜 小葱 小蔥 大葱 大蔥
=: 面粉 麵粉 淀粉 澱粉 生粉 大米 小米 白米 黑米 红枣 紅枣 紅棗 白糖 红糖 紅糖 冰糖 大虾 大蝦 小虾 小蝦 龙虾 龍蝦
_: 你们 你們 您 请问 請問 的 了 呢 啊 吧 嘅 咗 喔 呀 那个 那個 个 個 装 裝 一起
please: 请 請 唔该 唔該 麻烦 麻煩 帮我 幫我 我要 给我 給我
thanks: 谢谢 謝謝 多谢 多謝 感谢 感謝 唔该晒 唔該晒
hello: 你好 您好 老板 老闆 哈囉
the usual: 老样子 老樣子 照旧 照舊 照常 跟平时一样 和平时一样 同平时一样 平时一样 平時一樣 跟平時一樣
same as last time: 和上次一样 跟上次一样 同上次一样 同上次一樣 和上次一樣 跟上次一樣 上次一样 上次一樣
same as last week: 同上个星期一样 同上個星期一樣 同上星期一样 同上星期一樣 同上個禮拜一樣 同上个礼拜一样
same as last week: 跟上周一样 跟上週一樣 和上周一样 和上週一樣 同上周一样 同上週一樣 跟上个星期一样 和上个星期一样
but: 但是 但係 但系 不过 不過
no: 不要 唔要
and: 和 跟 同 还有 還有 以及 再加 另外 加
add: 加多 多加 追加 补 補
send: 送 送货 送貨 配送
order: 订 訂 订货 訂貨 下单 下單 订单 訂單
do you have: 有没有 有冇 有無 有沒有
how much: 多少钱 多少錢 几钱 幾錢 几多钱 幾多錢
price: 价钱 價錢 价格 價格
?: 吗 嗎 咩
is it possible: 可以吗 可以嗎 能不能 可唔可以 可不可以
cancel: 取消
refund: 退货 退貨 退返 退钱 退錢 退款 要退
wrong: 错 錯 错了 錯咗 全错 全錯
damaged: 坏 壞 坏了 壞咗 烂 爛
expired: 过期 過期
melted: 溶咗 融化 溶化
not fresh: 唔新鲜 唔新鮮 不新鲜 不新鮮
missing: 少了 少咗
last time: 上次
same as the first order: 同第一張單一樣 同第一张单一样 跟第一張單一樣 和第一张单一样
we: 我们 我們
problem: 问题 問題
and: 仲有 同埋
last week: 上周 上週 上星期 上个星期 上個星期 上礼拜 上禮拜 上個禮拜 上个礼拜
tomorrow: 明天 明日 听日 聽日
today: 今天 今日
monday: 周一 週一 星期一 礼拜一 禮拜一
tuesday: 周二 週二 星期二 礼拜二 禮拜二
wednesday: 周三 週三 星期三 礼拜三 禮拜三
thursday: 周四 週四 星期四 礼拜四 禮拜四
friday: 周五 週五 星期五 礼拜五 禮拜五
saturday: 周六 週六 星期六 礼拜六 禮拜六
sunday: 周日 週日 星期日 星期天 礼拜日 禮拜日
black: 黑 黑色
white: 白 白色
pink: 粉色 粉红 粉紅 粉红色 粉紅色
green: 绿 綠 绿色 綠色
red: 红 紅 红色 紅色
clear: 透明
large: 大 大号 大號 大杯
medium: 中号 中號 中杯
small: 小 小号 小號 小杯
wide: 粗
thin: 细 細 尖头 尖頭
pearl: 珍珠 波霸
brown sugar: 黑糖
brown sugar syrup: 黑糖浆 黑糖漿 黑糖糖浆 黑糖糖漿
syrup: 糖浆 糖漿 糖水 露
sugar: 糖 砂糖
fructose: 果糖
cane sugar: 蔗糖
jelly: 果冻 果凍 凍 冻
coconut jelly: 椰果
grass jelly: 仙草 烧仙草 燒仙草
coffee jelly: 咖啡冻 咖啡凍
coffee: 咖啡
beer: 啤酒
tea: 茶
milk tea: 奶茶
oolong: 乌龙 烏龍 乌龙茶 烏龍茶
roasted: 烘焙 炭焙
jasmine: 茉莉
green tea: 绿茶 綠茶
black tea: 红茶 紅茶
powder: 粉
milk: 牛奶 奶
whole milk: 全脂牛奶 全脂奶
whole: 全脂
semi skimmed: 半脱脂 半脫脂
condensed milk: 炼奶 煉奶 炼乳 煉乳
evaporated milk: 淡奶 花奶
coconut milk: 椰奶 椰浆 椰漿
coconut: 椰子 椰
creamer: 奶精 植脂末
cheese: 芝士 起司
mango: 芒果
strawberry: 草莓
lychee: 荔枝
passion fruit: 百香果
peach: 蜜桃 水蜜桃 桃子
winter melon: 冬瓜
taro: 芋头 芋頭 芋
red bean: 红豆 紅豆
black sesame: 黑芝麻
sesame: 芝麻
paste: 糊 酱 醬
bean paste: 豆沙
red bean paste: 红豆沙 紅豆沙
cheese foam: 奶盖 奶蓋
assam: 阿萨姆 阿薩姆
egg waffle: 鸡蛋仔 雞蛋仔
egg waffle mix: 鸡蛋仔粉 雞蛋仔粉
mochi: 麻糬 糯米糍
pudding: 布丁
sago: 西米
jam: 果酱 果醬
puree: 泥
cup: 杯 杯子
bowl: 碗
dessert: 甜品 甜点 甜點
spoon: 勺 勺子 匙羹 汤匙 湯匙 调羹 調羹
lid: 盖 蓋 杯盖 杯蓋
flat lid: 平盖 平蓋
dome lid: 球盖 球蓋 拱盖 拱蓋 圆顶盖 圓頂蓋
straw: 吸管 飲管 饮管
film: 膜
sealing film: 封口膜
gloves: 手套
inch: 寸
napkins: 纸巾 紙巾
bag: 袋子
_: 阿 再 係 系 呀 啦 喎 先
# 要 (want) reads as the romanised word the extractor's fillers hold
yao: 要
next: 下 下個 下个
week: 星期 禮拜 礼拜
same: 一樣 一样
with: 連 连 連埋 连埋
more: 多
first: 第一
order: 落單 落单 落貨 落货 單 单 張單 张单
separately: 單獨 单独
change: 改 改做 改成 改為 改为
replace: 換 换 換過 换过
can i ask: 我想問 我想问 想問下 想问下 問下 问下
how many: 幾多 几多
what time: 幾點 几点
you: 你哋 你地
we: 我哋 我地
voice note: 語音 语音
invoice: 發票 发票
cash: 現金 现金
cash on delivery: 貨到付款 货到付款 貨到付現金 货到付现金
driver: 司機 司机
pay: 俾 畀 付
crushed: 壓扁 压扁 壓爛 压烂
unusable: 用唔到 用不了
foil: 錫紙 锡纸 錫箔 锡箔
foil trays: 錫紙盒 锡纸盒 錫紙碗 锡纸碗
plastic: 膠 胶 塑膠 塑料
plastic containers: 膠盒 胶盒 塑膠盒 塑料盒
plastic lids: 膠蓋 胶盖
sauce pots: 醬汁盒 酱汁盒
sauce: 醬汁 酱汁
kraft bags: 牛皮紙袋 牛皮纸袋
paper bags: 紙袋 纸袋
curry: 咖喱 咖哩
sweet and sour: 甜酸 酸甜
sweet and sour sauce: 甜酸醬 甜酸酱 酸甜醬 酸甜酱
cola: 可樂 可乐
lemon: 檸檬 柠檬
lemon tea: 檸檬茶 柠檬茶
vita: 維他 维他
cornflour: 粟粉 鷹粟粉 鹰粟粉 玉米粉
rice: 米
long grain rice: 絲苗米 丝苗米
jasmine rice: 香米 泰國香米 泰国香米
egg noodles: 雞蛋麵 鸡蛋面 蛋麵 蛋面
eggs: 雞蛋 鸡蛋
spring rolls: 春卷 春捲
mini spring rolls: 細春卷 细春卷 迷你春卷 小春卷
prawn crackers: 蝦片 虾片
oyster sauce: 蠔油 蚝油
hoisin sauce: 海鮮醬 海鲜酱
light soy: 生抽
dark soy: 老抽
soy sauce: 豉油 醬油 酱油
fish sauce: 鱼露 魚露
three crabs: 三蟹
sweet chilli sauce: 甜辣酱 甜辣醬
chilli sauce: 辣椒酱 辣椒醬
vest bags: 背心袋
rice paper: 米纸 米紙
rice flour: 粘米粉 黏米粉
glutinous rice flour: 糯米粉
glass noodles: 绿豆粉丝 綠豆粉絲
tapioca starch: 木薯淀粉 木薯澱粉 木薯粉
tofu: 豆腐
silken tofu: 嫩豆腐 滑豆腐
firm tofu: 老豆腐 硬豆腐
tofu puffs: 豆腐泡 豆卜
squid: 鱿鱼 魷魚
salt and pepper squid: 椒盐鱿鱼 椒鹽魷魚
prawns: 虾 蝦 虾仁 蝦仁
lee kum kee: 李锦记 李錦記
vegetable spring rolls: 菜春卷 素春卷 菜春捲 素春捲
chicken thigh: 鸡腿肉 雞腿肉 鸡腿 雞腿
straw mushrooms: 草菇
fwd: 转发 轉發
forwarded message: 转发的邮件 轉發的郵件 转发邮件 轉發郵件
from: 发件人 發件人
subject: 主题 主題
vegetable oil: 菜油 植物油
sesame oil: 麻油
onions: 洋蔥 洋葱
chips: 薯條 薯条
pork belly: 猪腩肉 豬腩肉
frozen prawns: 凍蝦 冻虾 急凍蝦 急冻虾
regular: 普通的 普通
"""

# REGIONAL_CATTY (scripts.chinese_counts): characters written only in traditional Chinese, and Cantonese words,
# that say a message comes from Hong Kong, Macau, Taiwan or Malaysia, where a 斤 (catty) is 600-605 g, not
# the mainland's 500 g 市斤. Common ones only: one of them is enough.
TRADITIONAL_MARKS = frozenset(
    "們個這來說時會對點幾隻條兩聽豬雞鴨魚蝦麵醬燒餃門開關貨單訂請謝該錢還買賣過後裡嗎麼號週電話紙盤蠔歡發葉"
    "靚嚟冇嘅唔咗哋係嘢啲邊齊車東裝頭飯涼凍薑蔥雙灣銀蘿蔔腸鮮為無"
)

# Thai (polite particles read as nothing; units as the extractor's unit words).
THAI = """
_: ค่ะ คะ ครับ นะ นะคะ นะครับ จ้า จ้ะ ค่า หน่อย ด้วย ที่ ของ
please: ขอ รบกวน
thanks: ขอบคุณ ขอบใจ
hello: สวัสดี
the usual: เหมือนเดิม
and: กับ และ
add: เพิ่ม
send: ส่ง
order: สั่ง สั่งของ
?: ไหม มั้ย มั๊ย หรือเปล่า ไหมคะ ไหมครับ
can you ?: ได้ไหม ได้มั้ย ได้ไหมคะ ได้ไหมครับ
how much: เท่าไหร่ เท่าไร
price: ราคา
cancel: ยกเลิก
expired: หมดอายุ
damaged: เสีย
broken: แตก
leaking: รั่ว
wrong: ผิด
missing: ขาด
same as last week: เหมือนอาทิตย์ที่แล้ว เหมือนสัปดาห์ที่แล้ว
same as last time: เหมือนครั้งที่แล้ว เหมือนครั้งก่อน
last week: อาทิตย์ที่แล้ว สัปดาห์ที่แล้ว
but: แต่
no: ไม่เอา
cash: เงินสด
pay: จ่าย จ่ายเงิน
tomorrow: พรุ่งนี้
today: วันนี้
monday: วันจันทร์
tuesday: วันอังคาร
wednesday: วันพุธ
thursday: วันพฤหัส วันพฤหัสบดี
friday: วันศุกร์
saturday: วันเสาร์
sunday: วันอาทิตย์
case: ลัง
bag: ถุง
box: กล่อง
bottle: ขวด
pack: แพ็ค แพ็ก ห่อ
kg: กิโล กิโลกรัม
g: กรัม
l: ลิตร
can: กระป๋อง
roll: ม้วน
each: ชิ้น
bucket: ถัง
jar: กระปุก
dozen: โหล
1: หนึ่ง
2: สอง
3: สาม
4: สี่
5: ห้า
6: หก
7: เจ็ด
8: แปด
9: เก้า
10: สิบ
black: ดำ สีดำ
white: ขาว สีขาว
pink: ชมพู สีชมพู
green: เขียว สีเขียว
clear: ใส
large: ใหญ่
small: เล็ก
tea: ชา
thai tea: ชาไทย ชาแดง
green tea: ชาเขียว
thai green tea: ชาเขียวไทย
coffee: กาแฟ
coffee beans: เมล็ดกาแฟ
milk: นม
condensed milk: นมข้นหวาน
evaporated milk: นมข้นจืด
coconut: กะทิ
coconut cream: หัวกะทิ
creamer: ครีมเทียม
pandan: ใบเตย
extract: สกัด
tapioca starch: แป้งมัน แป้งมันสำปะหลัง
palm sugar: น้ำตาลปี๊บ
sugar: น้ำตาล
syrup: น้ำเชื่อม ไซรัป
sago: สาคู
pearl: ไข่มุก
bean: ถั่ว
black bean: ถั่วดำ
mung beans: ถั่วเขียว
red bean: ถั่วแดง
order: ออเดอร์
powder: ผง
mango: มะม่วง
lychee: ลิ้นจี่
passion fruit: เสาวรส
taro: เผือก
jelly: เยลลี่ วุ้น
cup: แก้ว ถ้วย
bowl: ชาม
dessert bowl: ถ้วยขนม
thin straw: หลอดเล็ก
dessert: ขนม
spoon: ช้อน
straw: หลอด
lid: ฝา
flat: เรียบ
dome: โดม
carrier bag: ถุงหิ้ว
single: เดี่ยว
double: คู่
gloves: ถุงมือ
_: ดอง
sack: กระสอบ
kg: โล
bunch: กำ
small can: กระป๋องเล็ก
fish sauce: น้ำปลา
oyster sauce: น้ำมันหอย
sweet chilli sauce: น้ำจิ้มไก่
thin soy sauce: ซีอิ๊วขาว
soy sauce: ซีอิ๊ว
tiparos: ทิพรส
mae ploy: แม่พลอย
maesri: แม่ศรี
mae krua: แม่ครัว
aroy-d: อร่อยดี
chaokoh: ชาวเกาะ
healthy boy: เด็กสมบูรณ์
royal umbrella: ตราฉัตร
lotus field: โลตัสฟิลด์
mama: มาม่า
chatramue: ตรามือ ชาตรามือ
singha: สิงห์
chang: ช้าง
beer: เบียร์
curry paste: พริกแกง
green curry paste: พริกแกงเขียวหวาน
red curry paste: พริกแกงแดง พริกแกงเผ็ด
yellow curry paste: พริกแกงกะหรี่
massaman curry paste: พริกแกงมัสมั่น
panang curry paste: พริกแกงพะแนง
jungle curry paste: พริกแกงป่า
green curry: แกงเขียวหวาน
massaman: มัสมั่น
panang: พะแนง
jasmine rice: ข้าวหอมมะลิ
sticky rice: ข้าวเหนียว
broken rice: ข้าวหัก
rice flour: แป้งข้าวเจ้า
glutinous rice flour: แป้งข้าวเหนียว
prawns: กุ้ง
vannamei: แวนนาไม
dried shrimp: กุ้งแห้ง
squid: ปลาหมึก
fish balls: ลูกชิ้นปลา
fish cakes: ทอดมัน
minced pork: หมูสับ
pork belly: หมูสามชั้น
tom yum: ต้มยำ
tom yum shrimp: ต้มยำกุ้ง
birds eye chillies: พริกขี้หนู
galangal: ข่า
lemongrass: ตะไคร้
bamboo shoots: หน่อไม้
beansprouts: ถั่วงอก
coriander: ผักชี
green papaya: มะละกอ
shallots: หอมแดง
tamarind: มะขาม มะขามเปียก
kaffir lime leaves: ใบมะกรูด
thai basil: โหระพา
holy basil: กะเพรา กะเพา
rice sticks 3mm: เส้นเล็ก
rice sticks 10mm: เส้นใหญ่
rice vermicelli: เส้นหมี่
glass noodles: วุ้นเส้น
tofu: เต้าหู้
msg: ผงชูรส
chopsticks: ตะเกียบ
spring rolls: ปอเปี๊ยะ
"""
