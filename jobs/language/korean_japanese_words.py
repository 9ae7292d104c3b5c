"""Korean and Japanese words, as data: each row is ``reading: word, word`` (a Korean word may be a phrase of
several eojeol), the reading the English the readers know (`jobs.language.korean_japanese` reads them).

Like `script_words` (Chinese, Thai): a reading is what the extractor and the matcher already read: a unit, a
request or polite word ("please", "thanks", "send", "order"), an intent cue ("cancel", "change", "broken",
"?"), a day, a colour or size, a trade noun ("gochujang", "soy sauce", "nori"). ``_`` reads as nothing
(fillers, copulas, particles); ``=`` keeps the word as written, so that a word made of known parts stays one
word (味の素, the seasoning, is no taste). A word no row knows stays as it was and is transliterated, on the
catalog side as on the message side, so a catalog's own alias ("떡볶이떡", "冷凍うどん") still matches.

Goods words are general trade vocabulary (what any Korean or Japanese kitchen orders), never one catalog's
SKUs; brand names stay as written.
"""

from __future__ import annotations

# Korean counters after a number ("6봉", "두 박스", "3병이요"), read as the extractor's unit words.
KOREAN_COUNTERS = """
box: 박스, 상자, box
case: 케이스, 짝, 카톤
bag: 봉, 봉지, 팩키지
pack: 팩, 묶음, 세트
bottle: 병
can: 캔
tub: 통
sack: 포, 포대, 자루
pcs: 개, 마리, 알, 모
people: 명, 인분
kg: kg, 킬로, 키로, 킬로그램
g: 그램
l: 리터
tray: 판
sheet: 장
"""

# Korean numerals before a counter: native (한 박스, 두 병, 열두 개) and their standalone forms.
KOREAN_NUMBERS = """
1: 한, 하나
2: 두, 둘
3: 세, 셋, 석
4: 네, 넷, 넉
5: 다섯
6: 여섯
7: 일곱
8: 여덟
9: 아홉
10: 열
11: 열한
12: 열두
15: 열다섯
20: 스무, 스물
30: 서른
"""

# Numerals read only before a counter ("한 박스", "세 병"): alone they are other words ("네", yes; "열", heat).
KOREAN_COUNTER_NUMBERS = "한 두 세 석 네 넉 열 열한 열두 스무"

# Endings that attach to a Korean word: particles, the copula and the polite 요 ("김치를", "소주는", "두
# 박스요", "10박스로요"). Cut from a word the table does not know as a whole, longest first.
KOREAN_ENDINGS = """
짜리로 짜리 이랑요 이랑은 이랑 랑요 랑은 랑 하고요 하고 으로요 으로는 으로 로요 로는 에서 에다 까지 부터 처럼 대로 만요 도요
이요 에도 에는 에서도 까지는 까지요 부터는 이에요 예요 입니다 이고 이며 은요 는요 을요 를요 씩 은 는 을 를 요 에 로 께
"""
# Endings that are also the last syllable of many nouns (떡볶이, 포도, 사과): cut only where what is left is a
# word the table knows ("김치가", "두부도").
KOREAN_RISKY_ENDINGS = """
이 가 도 만 과 와 의 나 이나 거 걸로 거로 것
"""

# Nouns of one syllable read inside a longer word ("한빛쌀": rice; "김밥김": seaweed); any other one-syllable
# word is read only standing alone (대 large, 소 small would be read inside most words).
KOREAN_WORD_PARTS = "떡 김 쌀 깨 쇠"

KOREAN = """
and: 그리고, 그리고요, 하고, 랑, 이랑, 또, 또한
if possible: 가능하면, 가능하시면, 되면, 있으면
of: 중
ordered: 주문한, 주문했던, 시킨, 주문했는데, 시켰는데
_: 업소용, 건, 사장님, 사장님께, 실장님, 이모님, 님, 저희, 저희는, 제가, 그럼, 네, 넵, 예, 좀, 꼭, 입니다, 이에요, 예요, 요, 혹시, 다만, 같이, 급하게, 이번, 이번에, 이번주, 이번 주, 이번 주는, 것, 걸, 거, 걸로, 거로
please: 주세요, 줘요, 주시면, 주십시오, 부탁드립니다, 부탁드려요, 부탁해요, 부탁합니다, 부탁드립니당, 부탁, 해주세요, 해 주세요, 넣어주세요, 챙겨주세요, 주문할게요, 주문합니다, 주문이요, 할게요
send: 보내주세요, 보내 주세요, 보내주시고, 보내줘요, 배송해주세요, 배달해주세요, 갖다주세요, 보낼게요, 보내주실
hello: 안녕하세요, 안녕하십니까, 수고하십니다, 수고 많으십니다
thanks: 감사합니다, 고맙습니다, 감사해요, 수고하세요
kind regards: 잘 부탁드립니다, 드림, 올림
order: 주문, 발주, 주문서
more: 더, 더요
add: 추가, 추가요, 추가로, 추가해주세요, 추가해 주세요
cancel: 취소, 취소해주세요, 취소해 주세요, 취소할게요
change: 변경, 바꿔주세요, 바꿔 주세요, 바꿔주실, 바꿀게요, 변경해주세요, 수정
not needed: 빼고, 빼주세요, 빼 주세요, 제외, 제외하고, 필요 없어요, 필요없어요, 안 보내셔도 돼요
not: 말고
the usual: 늘 하던 대로, 늘 하던대로, 평소대로, 평소처럼, 항상 하던 대로, 하던 대로, 늘 시키던 대로
same as last time: 지난번이랑 같이, 지난번이랑 똑같이, 지난번과 같이, 지난번처럼, 저번이랑 같이, 저번처럼, 저번이랑 똑같이, 지난번 주문이랑 같이, 지난번 주문대로
same as last week: 지난주랑 똑같이, 지난주랑 같이, 지난주와 같이, 지난주처럼, 지난주 주문대로, 지난주랑 동일하게
same: 똑같이, 동일하게, 그대로, 그대로입니다
of: 중에, 중에서
arrived: 왔어요, 왔습니다, 도착했어요
?: 알려주세요, 알려 주세요, 알려주실 수 있나요, 가능할까요, 가능한가요, 되나요, 될까요, 있나요, 있을까요, 있습니까, 인가요, 할까요, 주실 수 있나요, 주실 수 있을까요, 수 있나요, 수 있을까요
do you have: 있으신가요, 취급하시나요, 파나요, 판매하시나요, 파세요, 파시나요, 취급하세요, 있으세요
how much: 얼마, 얼마예요, 얼마인가요, 얼마에요
price: 가격, 단가, 가격표
broken: 깨져서, 깨졌어요, 깨진, 깨져, 파손, 터져서, 터졌어요, 찢어져서
damaged: 상했어요, 상해서, 상한, 불량, 찌그러져서, 녹아서, 녹았어요
expired: 유통기한 지난, 유통기한이 지난, 유통기한 지났어요, 기한 지난
wrong: 잘못, 잘못 왔어요, 잘못 온, 다른 게 왔어요, 틀려요
missing: 누락, 빠졌어요, 안 왔어요, 안 왔습니다, 안왔어요, 덜 왔어요, 모자라요
refund: 환불, 반품
exchange: 교환
complaint: 클레임
invoice: 계산서, 청구서, 영수증, 인보이스
cash: 현금, 현금으로
payment: 결제, 결제요, 계좌이체, 이체
account: 외상
delivery: 배송, 배달, 납품
closed: 휴무, 쉽니다, 쉬어요, 쉬는 날, 휴업, 영업 안 해요
deliver: 배송해, 배달해
tomorrow: 내일
today: 오늘, 오늘은
yesterday: 어제, 어제 온
by tomorrow: 내일까지
morning: 오전, 아침
afternoon: 오후
evening: 저녁
next week: 다음 주, 다음주
last week: 지난주, 지난 주, 저번 주, 저번주
this week: 이번 주, 이번주
last time: 지난번, 저번
monday: 월요일, 월욜
tuesday: 화요일, 화욜
wednesday: 수요일, 수욜
thursday: 목요일, 목욜
friday: 금요일, 금욜
saturday: 토요일, 토욜
sunday: 일요일, 일욜
"""

# Goods words, colours and sizes: a word after a count that starts the next item ("6봉 어묵": 6 bags, fish cake).
KOREAN_GOODS = """
red: 빨간색, 빨간, 빨강, 레드
black: 검은색, 검정, 검정색, 검은, 블랙
white: 흰색, 하얀, 하얀색, 흰, 화이트
green: 초록, 초록색, 녹색
yellow: 노란, 노란색
blue: 파란, 파란색
orange: 주황, 주황색
large: 큰, 대, 대용량, 큰거
small: 작은, 소, 소용량, 작은거
medium: 중간
fine: 고운
coarse: 굵은
fresh: 생, 신선한
frozen: 냉동
dried: 말린
rice: 쌀, 백미
glutinous rice: 찹쌀
rice cake: 떡
tteokbokki: 떡볶이
tteokguk: 떡국
tteok: 가래떡
gochujang: 고추장
doenjang: 된장
ssamjang: 쌈장
gochugaru: 고춧가루
kimchi: 김치
radish kimchi: 깍두기
soy sauce: 간장
sesame oil: 참기름
perilla oil: 들기름
sesame: 깨, 참깨
white sesame: 흰깨
black sesame: 검은깨, 흑임자
seaweed: 김
seasoned seaweed: 조미김
kimbap: 김밥
wakame: 미역
kombu: 다시마
anchovy: 멸치
danmuji: 단무지
fish cake: 어묵, 오뎅
glass noodles: 당면
noodles: 국수, 면
ramen: 라면
buldak: 불닭
carbo: 까르보
mandu: 만두
tofu: 두부
silken tofu: 순두부
firm tofu: 부침두부
soju: 소주
makgeolli: 막걸리
beer: 맥주
grapefruit: 자몽
peach: 복숭아
green grape: 청포도
grape: 포도
plum: 매실
corn syrup: 물엿
sugar: 설탕
salt: 소금
vinegar: 식초
garlic: 마늘
ginger: 생강
onion: 양파
chilli: 고추
pork: 돼지고기, 돼지
beef: 소고기, 쇠고기
chicken: 닭고기, 닭
meat: 고기
bento: 도시락
chopsticks: 젓가락
steel: 쇠, 스텐, 스테인리스
gloves: 장갑
cup: 컵
container: 용기
can: 캔, 캔맥주
bottle: 병
cola: 콜라
zero: 제로
cider: 사이다
water: 생수
juice: 주스
milk: 우유
sauce: 소스
ketchup: 케첩, 케찹
mustard: 머스타드
mayonnaise: 마요네즈, 마요
cheese: 치즈
butter: 버터
cream: 크림
oil: 오일, 식용유, 기름
lemon: 레몬
fresh: 후레쉬, 프레시, 후레시
original: 오리지널
lid: 뚜껑
straw: 빨대
napkins: 냅킨
wet wipes: 물티슈
foil: 호일, 쿠킹호일
cling film: 랩
tray: 트레이
plastic bags: 비닐봉투, 비닐봉지, 비닐
detergent: 세제
"""

# Japanese counters after a number ("5本", "一箱", "1ケース", "3kg"), read as the extractor's unit words.
JAPANESE_COUNTERS = """
case: ケース, ケ－ス, cs
box: 箱, 箱分, ボックス, 箱入
bag: 袋, 袋分
pack: パック, ﾊﾟｯｸ, 包, セット
bottle: 本, 瓶, 升瓶, 本分
can: 缶
pcs: 個, 丁, 尾, 点, つ
people: 名, 人, 名様
kg: キロ, kg, ｷﾛ
g: グラム
l: リットル
sheet: 枚
keg: 樽
tub: 桶
sack: 俵
"""

# Japanese numerals: the count words that need no counter ("ひとつ"), and kanji digits (read with a counter).
JAPANESE_NUMBERS = """
1: 一, ひとつ, 一つ
2: 二, ふたつ, 二つ
3: 三, みっつ, 三つ
4: 四, よっつ, 四つ
5: 五, いつつ, 五つ
6: 六, むっつ, 六つ
7: 七, ななつ, 七つ
8: 八, やっつ, 八つ
9: 九, ここのつ, 九つ
10: 十, とお
"""

# Particles of one letter (hiragana) cut from the end of a word where a word of another script follows
# ("唐揚げは8袋" -> 唐揚げ, 8袋): inside a word of hiragana they are letters ("うなぎ", "にごり").
JAPANESE_PARTICLES = "の を は が と で に も へ や"

JAPANESE = """
=: 味の素, いくら, 天削箸, 割り箸, 割箸
instant miso soup: 味噌汁の素, みそ汁の素
unagi sauce: うなぎのたれ, うなぎのタレ, 鰻のたれ
nigori sake: にごり酒, にごり
daiginjo: 大吟醸
ginjo: 吟醸
junmai: 純米
and: あと, それと, それから, および, 及び
from: から
until: まで
but: ただし, 但し, でも, けど
ponzu: ポン酢, ぽん酢
_: 入り, 入, して, します, しました, しています, 用, 一緒に, 内容, その間, となります, となりました, お世話になります, お世話になっております, いつもお世話になっております, いつもお世話になります, です, ます, でした, ました, でございます, ございます, ですが, ですか, について, として, ほど, など, こちら, そちら, 下記, 下記の通り, 以下, 以上, 以上です, 宜しく, よろしく, さん, 様, さま, 御中, 分, 各, ずつ, 今回, こちらこそ, 件名, 実際に
please: お願いします, お願いいたします, お願い致します, お願いできますか, お願いできますでしょうか, お願いします。, お願い, ください, 下さい, くださいませ, お願いしたいです
kind regards: よろしくお願いします, よろしくお願いいたします, 宜しくお願い致します, よろしくお願い致します, 宜しくお願いします
thanks: ありがとうございます, いつもありがとうございます, ありがとう, 感謝, 助かります
hello: こんにちは, おはようございます, お疲れ様です, お疲れさまです, もしもし
sorry: すみません, 申し訳ございません, 申し訳ありません, 恐れ入りますが, 恐縮ですが
order: 注文, ご注文, 発注, オーダー, 注文書
add: 追加, 追加で, 追加注文, 追加します, 増やして, プラス
send: 送って, 送ってください, 届けて, 配達して, 持ってきて
delivery: 配送, 配達, 納品, お届け, 便, 配送分
cancel: キャンセル, 取り消し, 取消, 中止, キャンセルさせてください
change: 変更, 変えて, 修正, 訂正
not needed: 不要, なし, 無し, 要らない, いらない, 抜き, 除いて, 不要です
instead: に変更, に変更で, へ変更, に変更して, に変更してください, に変更お願いします, にしてください, に変えて
only: だけ, のみ
instead of: の代わりに, 代わりに
the usual: いつもの, いつも通り, いつもどおり, いつもと同じ, 通常通り, 普段通り
same as last time: 前回と同じ, 前回同様, 前回通り, 前回どおり, この前と同じ, 前と同じ
same as last week: 先週と同じ, 先週同様, 先週通り
same: 同じ, 同様
?: か？, か?, ですか？, ますか？, ますか, でしょうか, ですか, ありますか, ございますか, 可能ですか, できますか, いただけますか, もらえますか, 教えてください, 教えて下さい, 教えていただけますか
do you have: 取り扱いありますか, 取り扱い, 取扱い, 在庫, 在庫ありますか, 扱って
do you deliver ?: 配達ありますか, 配送ありますか, 配達してもらえますか, 配達可能ですか
how much: おいくら, いくらですか, 値段は
price: 価格, 値段, 単価, 見積もり, 見積
question: 質問, 問い合わせ, 確認
please check: ご確認ください, ご確認下さい, 確認してください, ご確認お願いします
broken: 割れて, 割れてました, 割れていました, 割れた, 破損, 壊れて, 潰れて
damaged: 傷んで, 傷んでいました, 溶けて, 溶けてました, 溶けていました, 解凍されて, 不良, 腐って, 漏れて
expired: 賞味期限切れ, 期限切れ, 賞味期限が切れて
wrong: 間違って, 間違い, 違う, 違います, 誤って, 誤配
missing: 不足, 足りません, 足りない, 届いていません, 届いてない, 入っていません, 欠品
invoice: 請求書, 請求, 納品書, 伝票, 領収書
charged: 計上されていますが, 計上されて, 請求されて
delivered: 届いた, 届いたのは, 届きました
refund: 返品, 返金
exchange: 交換
complaint: クレーム
closed: 休業, 臨時休業, 店休日, 定休日, 休み, お休み
payment: 支払い, お支払い, 決済, 振込
tomorrow: 明日, あした, 明日の
today: 今日, 本日, 当日
yesterday: 昨日, きのう
this morning: 今朝
next week: 来週, 来週の
last week: 先週, 先週の
this week: 今週
last time: 前回, この前
morning: 午前, 朝, 午前中, 午前中に
afternoon: 午後
evening: 夕方, 夜
monday: 月曜日, 月曜
tuesday: 火曜日, 火曜
wednesday: 水曜日, 水曜
thursday: 木曜日, 木曜
friday: 金曜日, 金曜
saturday: 土曜日, 土曜
sunday: 日曜日, 日曜
"""

# Goods words, colours and sizes: a word after a count that starts the next item ("6봉 어묵": 6 bags, fish cake).
JAPANESE_GOODS = """
red: 赤, 赤い, 赤色, レッド
black: 黒, 黒い, 黒色, ブラック
white: 白, 白い, 白色, ホワイト
green: 緑, 緑色, グリーン
yellow: 黄色, イエロー
orange: オレンジ
pink: ピンク
large: 大, 大きい, 大サイズ, Lサイズ
small: 小, 小さい, 小サイズ, Sサイズ
medium: 中サイズ, Mサイズ
large bottle: 大瓶
small bottle: 小瓶
fresh: 生
frozen: 冷凍
dried: 乾燥, 乾麺
rice: 米, お米, 白米, 精米, ライス
sushi rice: 寿司米, すし米
glutinous rice: もち米
soy sauce: 醤油, しょうゆ, しょう油, 正油
less salt: 減塩
nori: 海苔, のり, ノリ
gold: 金
silver: 銀
half: 半切, 半切り, ハーフ
miso: 味噌, みそ
white miso: 白味噌, 白みそ
red miso: 赤味噌, 赤みそ
miso soup: 味噌汁, みそ汁
gyoza: 餃子, ぎょうざ, ギョーザ, ギョウザ
tofu: 豆腐, とうふ
silken tofu: 絹豆腐, 絹ごし豆腐, きぬ豆腐
firm tofu: 木綿豆腐, もめん豆腐
udon: うどん, ウドン
soba: 蕎麦, そば, ソバ
ramen: ラーメン, 拉麺
noodles: 麺, めん
sake: 酒, お酒, 日本酒, 清酒
plum wine: 梅酒
beer: ビール
wine: ワイン
shochu: 焼酎
tea: 茶, お茶
green tea: 緑茶
sencha: 煎茶
tea bags: ティーバッグ, ティーパック, ティーバック
karaage: 唐揚げ, からあげ, から揚げ
takoyaki: たこ焼き, たこやき, タコ焼き
edamame: 枝豆, えだまめ
in pods: さや付き
shelled: むき
prawn: 海老, えび, エビ
tempura: 天ぷら, てんぷら, 天麩羅
flour: 粉
wasabi: わさび, ワサビ, 山葵
katsuobushi: 鰹節, かつお節, かつおぶし
kombu: 昆布, こんぶ
wakame: わかめ, ワカメ
mirin: みりん, 味醂, ミリン
hon mirin: 本みりん, 本味醂
vinegar: 酢, お酢
rice vinegar: 米酢
sushi vinegar: 寿司酢, すし酢
sesame: ごま, 胡麻, ゴマ
white sesame: 白ごま, 白胡麻
black sesame: 黒ごま, 黒胡麻
sesame oil: ごま油, 胡麻油, ごま油
shichimi: 七味, 七味唐辛子
yuzu kosho: 柚子胡椒, ゆずこしょう
yuzu: 柚子, ゆず
tuna: 鮪, まぐろ
salmon: 鮭, サーモン
unagi: 鰻, うなぎ, ウナギ
salmon roe: イクラ
inari: いなり, 稲荷
ginger: 生姜, しょうが
pickled ginger: ガリ, 甘酢生姜
curry: カレー
curry roux: カレールー, カレールウ
sauce: ソース, たれ, タレ
mayonnaise: マヨネーズ, マヨ
pork: 豚, 豚肉
chicken: 鶏, 鶏肉
beef: 牛, 牛肉
vegetable: 野菜
chopsticks: 箸, はし
gloves: 手袋, グローブ
bento: 弁当, お弁当
container: 容器
tray: トレー, トレイ
keg: 樽
bottle: 瓶, ボトル
straight: ストレート
wavy: ちぢれ, 縮れ, ウェーブ
thin: 細
thick: 太
soup: スープ
medium thick: 中太
thin noodles: 細麺
thick noodles: 太麺
tonkotsu: 豚骨, とんこつ
chashu: チャーシュー, 叉焼
pork belly: 豚バラ, 豚ばら
bean sprouts: もやし, モヤシ
cola: コーラ
zero: ゼロ
juice: ジュース
oolong tea: ウーロン茶, 烏龍茶
lemon: レモン
lime: ライム
grapefruit: グレープフルーツ
peach: ピーチ, 桃
apple: アップル, りんご, リンゴ
plum: 梅
milk: ミルク, 牛乳
cream: クリーム
cheese: チーズ
butter: バター
oil: オイル, 油
salad: サラダ
dressing: ドレッシング
ketchup: ケチャップ
mustard: マスタード, からし
pepper: 胡椒, こしょう, コショウ, ペッパー
garlic: にんにく, ニンニク
onion: 玉ねぎ, たまねぎ
cabbage: キャベツ
egg: 卵, たまご
cup: カップ, コップ
bowl: ボウル, 丼, どんぶり
lid: 蓋, ふた, フタ
straw: ストロー
napkins: ナプキン, 紙ナプキン
cling film: ラップ
foil: ホイル, アルミホイル
detergent: 洗剤
bin bags: ゴミ袋, ごみ袋
sugar: 砂糖
salt: 塩
"""
