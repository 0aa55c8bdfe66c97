"""Splitting a "full name" column into the first and last names a contact stores.

The rules, simple on purpose (a wrong guess is fixed in the contact form, a clever one
surprises):

* "Karimov, Gʻulom": a comma puts the last name first (Outlook's "File As").
* Chinese and Korean names written without spaces start with the family name: one
  character ("王伟": 王 / 伟), or two for the compound surnames listed here ("欧阳娜娜":
  欧阳 / 娜娜). With a middle dot ("约翰·史密斯", a foreign name written in Chinese) the
  given name comes first. Written with a space ("王 伟"), the first part is the family
  name.
* A patronymic at the end (Russian -ович/-овна, Uzbek "Rustam oʻgʻli"/"qizi") means the
  family name comes first: "Иванов Иван Иванович" is last "Иванов", first "Иван
  Иванович". The patronymic stays with the first name, so nothing is lost and "Иван
  Иванович" is how such a person is addressed. A patronymic in the middle ("Иван
  Иванович Иванов") means the family name comes last.
* A first word that looks like a Russian or Uzbek family name (-ов, -ев, -ова, -ева,
  -ский, -енко... in Cyrillic or Latin, five letters or more) when no later word does,
  comes first: "Petrova Irina", "Karimov Gʻulom". Names ending in -ин/-ина are not
  counted (Ирина, Марина are given names).
* Otherwise the last word is the last name, with a particle before it ("Ludwig van
  Beethoven": van Beethoven), and everything before it the first name. One word alone
  is a first name.
"""

from __future__ import annotations

import unicodedata

COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台",
    "公冶", "宗政", "濮阳", "太史", "申屠", "钟离", "闻人", "赫连", "万俟", "单于", "司空",
    "拓跋", "第五", "歐陽", "司馬", "諸葛", "東方", "長孫", "獨孤", "鍾離", "聞人", "赫連",
    "單于", "軒轅",
    "남궁", "황보", "제갈", "선우", "독고",
))
_MIDDLE_DOTS = "·・•‧"
_PATRONYMIC_ENDINGS = (
    "ович", "евич", "ьич", "овна", "евна", "ична", "инична", "івна", "ївна",
    "ovich", "evich", "ovna", "evna", "ichna",
)
#: Uzbek "son of" / "daughter of", after the father's name.
_UZBEK_CHILD_OF = frozenset(("ogli", "ugli", "qizi", "кизи", "қизи", "ўгли", "ўғли", "угли"))
_SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "ская", "цкий", "цкая", "енко",
    "ov", "ev", "ova", "eva", "sky", "skiy", "skaya", "enko",
)
_PARTICLES = frozenset((
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin",
    "binti", "al", "el", "ibn", "ter", "ten",
))


def split_full_name(text: str | None) -> tuple[str | None, str | None]:
    """``(first, last)`` of a full name by the rules above; None for a missing part."""
    if text is None:
        return None, None
    words = unicodedata.normalize("NFC", text).split()
    if not words:
        return None, None
    joined = " ".join(words)
    if "," in joined:
        last, _, first = (part.strip() for part in joined.partition(","))
        if last and first:
            return first, last
        joined = last or first
        words = joined.split()
        if not words:
            return None, None
    if len(words) == 1:
        return _unspaced(words[0])
    if all(_is_cjk(word) for word in words):
        return " ".join(words[1:]), words[0]
    tail = _patronymic_words(words)
    if tail and len(words) - tail == 2:
        return " ".join(words[1:]), words[0]
    if len(words) == 3 and _is_patronymic(words[1]):
        return " ".join(words[:2]), words[2]
    if _is_surname(words[0]) and not any(_is_surname(word) for word in words[1:]):
        return " ".join(words[1:]), words[0]
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _PARTICLES:
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]


def _unspaced(word: str) -> tuple[str | None, str | None]:
    """A name written without spaces: Chinese or Korean, or one word."""
    for dot in _MIDDLE_DOTS:
        if dot in word:
            given, _, family = (part.strip() for part in word.partition(dot))
            return given or None, family or None
    if len(word) < 2 or not _is_cjk(word):
        return word, None
    size = 2 if len(word) > 2 and word[:2] in COMPOUND_SURNAMES else 1
    return word[size:], word[:size]


def _is_cjk(word: str) -> bool:
    """Whether every character is a Chinese character (hanzi, kanji) or a Hangul syllable."""
    return all(
        0x4E00 <= (code := ord(ch)) <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
        or 0xAC00 <= code <= 0xD7AF
        for ch in word
    )


def _fold(word: str) -> str:
    """Lower case, letters only; Uzbek ʻ and ’ are letters to Python, so drop them too."""
    return "".join(ch for ch in word.casefold() if ch.isalpha() and ch not in "ʻʼʽ’‘")


def _is_patronymic(word: str) -> bool:
    folded = _fold(word)
    return len(folded) >= 5 and folded.endswith(_PATRONYMIC_ENDINGS)


def _patronymic_words(words: list[str]) -> int:
    """How many words at the end are a patronymic: 1 ("Иванович"), 2 ("Rustam oʻgʻli")."""
    if len(words) >= 3 and _fold(words[-1]) in _UZBEK_CHILD_OF:
        return 2
    return 1 if _is_patronymic(words[-1]) else 0


def _is_surname(word: str) -> bool:
    folded = _fold(word)
    return len(folded) >= 5 and folded.endswith(_SURNAME_ENDINGS)
