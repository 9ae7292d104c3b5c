"""A Chinese name closing a message, written as a name. "请送 ... 木薯淀粉 2箱。谢谢！黄伟" and a mail's "黄伟 / 黄氏超市"
sign off with the writer's name and shop; transliterated in lower case ("huangwei") they were read as lines that
matched nothing, or as words of the line before ("tapioca starch huangwei"). So, on the message side, a run of two
to four Chinese characters that opens with a common family name (``SURNAMES``, simplified and traditional), holds
no word `jobs.language.script_words` knows, and stands alone on the message's last lines (or after its closing
punctuation) is written as a capitalised name ("Huangwei"), which `jobs.language.matching.signature` reads as a
signature. "黄油 2箱" (butter) counts goods and is left alone.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from jobs.language.script_words import CHINESE
from jobs.language.tables import table_rows

# The most common family names (simplified, then the traditional forms that differ).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤伍麦欧温"
    "張劉陳楊黃趙吳鄭許謝韓馮鄧蕭葉呂盧鍾譚陸賈鄒龔錢嚴湯麥歐溫顧賀龍"
)
_KNOWN = frozenset(w for _, words in table_rows(CHINESE) for w in words if len(w) >= 2)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# a run alone on its line, or right after the closing thanks ("谢谢！黄伟"), with nothing but space after it
_ALONE = re.compile(rf"^[ \t]*([{_HAN}]{{2,4}})[ \t]*$", re.MULTILINE)
_AFTER_THANKS = re.compile(
    rf"(?:谢谢|謝謝|多谢|多謝|感谢|感謝|thanks|thank you)[ \t]*[！!。.，,]?[ \t]*([{_HAN}]{{2,4}})[ \t]*$",
    re.I,
)
# a contact line below the name: a phone number, or its mask once redacted ("<PHONE>", "[PHONE_1]")
_CONTACT = re.compile(r"\d{3,}[\d \t-]{6,}|[<\[]PHONE(?:_\d+)?[>\]]")


def _is_name(run: str) -> bool:
    if run[0] not in SURNAMES:
        return False
    return not any(run[i:j] in _KNOWN for i in range(len(run)) for j in range(i + 2, len(run) + 1))


def name_closing(text: str) -> str:
    """``text`` with the Chinese names closing it written as capitalised names; any other text unchanged: a name
    after the closing thanks, or on its own line above a contact line (a phone number)."""
    if text.isascii():
        return text
    text = _AFTER_THANKS.sub(lambda m: m.group(0).replace(m.group(1), _written(m.group(1))), text)
    return _ALONE.sub(
        lambda m: _written(m.group(1)) if _CONTACT.search(text, m.end()) else m.group(0),
        text,
    )


def _written(run: str) -> str:
    if not _is_name(run):
        return run
    return " " + anyascii(run).replace("'", "").capitalize()
