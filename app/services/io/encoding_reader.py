"""Which encoding a text file is in: found when it can be, guessed (and said) when not.

CSV and vCard files come from every program and every decade, so the encoding is
found, in this order, and the first answer wins:

1. a byte-order mark: UTF-8, UTF-32 or UTF-16 LE/BE (Excel's "Unicode text" is
   UTF-16 LE with a BOM);
2. UTF-16 without a BOM, told by its NUL bytes falling on every other byte (or, for
   text in another script than Latin, by decoding to printable lines);
3. UTF-8, checked strictly over the whole file (streamed, about 1 GB/s), so a single
   non-UTF-8 byte on line 90,000 is not missed;
4. otherwise a guess among legacy code pages (``likely_encodings``): each one that
   decodes the sample's non-ASCII lines (from the file's start and where UTF-8
   failed) is scored by charset-normalizer's mess detector (``mess_ratio``; its
   ``from_bytes`` drops candidates that decode to the same text and stops early, so
   it cannot rank near-ties). Windows-1250 and Windows-1252 tie on short files
   (Czech "Dvořák" is a plausible "Dvoøák"), so among the near-ties the one with no
   symbols stuck inside words wins ("£ódŸ" is Łódź misread), then the one the user's
   language makes likely. The choice is a guess: the table carries ``GUESSED_NOTE``
   and the preview shows the encoding.

A file whose start is mostly control bytes (a picture, a zip, an old .xls) is not text
and is refused.
"""

from __future__ import annotations

import codecs
import locale
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer.md import mess_ratio

from ..errors import QT_TRANSLATE_NOOP
from .table import ImportFileError

SAMPLE = 64 * 1024  # bytes examined at the start (and where UTF-8 fails)
#: Mess ratios this close count as a tie: on a few lines of Polish the detector
#: gives the right code page 0.2 and the wrong one 0; a wrong alphabet scores 0.3-1.5.
NEAR_TIE = 0.25
SCORED = 16 * 1024  # bytes of non-ASCII lines from the sample the guess is made on

GUESSED_NOTE = QT_TRANSLATE_NOOP(
    "Import", "The text encoding was guessed; if letters look wrong, choose another one.")
NOT_TEXT = QT_TRANSLATE_NOOP("Import", "{name} is not a text file (it holds binary data).")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Import", "“{encoding}” is not a known text encoding.")

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROLS = bytes([*range(1, 9), 0x0B, *range(0x0E, 0x1A), *range(0x1C, 0x20)])
#: The legacy code page people of a language most likely saved a CSV in.
_BY_LANGUAGE = {
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "uz"),
                    "cp1251"),
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "ro", "bs", "sq"), "cp1250"),
    "zh": "gb18030", "ja": "cp932", "ko": "cp949", "el": "cp1253", "tr": "cp1254",
    "az": "cp1254", "he": "cp1255", "ar": "cp1256", "fa": "cp1256", "lt": "cp1257",
    "lv": "cp1257", "et": "cp1257", "vi": "cp1258", "th": "cp874",
}
DEFAULT_CANDIDATES = ("cp1252", "cp1251", "gb18030", "cp1250")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class TextGuess:
    """How to decode a file: the codec, and whether it was a guess (so say so)."""

    encoding: str
    guessed: bool = False


def likely_encodings(language: str | None = None) -> tuple[str, ...]:
    """Legacy code pages to try, most likely first, for ``language`` ("ru", "pl_PL"...)
    or, when None, for the system's locale and ANSI code page."""
    first: list[str] = []
    if language is None:
        preferred = locale.getpreferredencoding(False).lower().replace("windows-", "cp")
        if preferred.startswith("cp") and preferred != "cp65001":
            first.append(preferred)  # Windows: the code page Excel saves CSV in
        language = (os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE")
                    or os.environ.get("LANG") or "")
    code = _BY_LANGUAGE.get(language.split("_")[0].split(".")[0].lower())
    if code:
        first.append(code)
    return tuple(dict.fromkeys([*first, *DEFAULT_CANDIDATES]))


def check_encoding(encoding: str) -> str:
    """The codec's canonical name, or ImportFileError for a name Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ImportFileError(UNKNOWN_ENCODING, encoding=encoding) from None


def detect_encoding(path: Path, head: bytes, *, language: str | None = None) -> TextGuess:
    """The encoding of the file at ``path`` whose first bytes are ``head`` (module doc)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return TextGuess(name)
    utf16 = _utf16_without_bom(head)
    if utf16:
        return TextGuess(utf16)
    if looks_binary(head):
        utf16 = _utf16_by_lines(head)  # BOM-less UTF-16 of another script than Latin
        if utf16:
            return TextGuess(utf16)
        raise ImportFileError(NOT_TEXT, name=path.name)
    failed_at = _utf8_failure(path)
    if failed_at is None:
        return TextGuess("utf-8")
    with open(path, "rb") as f:
        f.seek(max(failed_at - SAMPLE // 2, 0))
        around = f.read(SAMPLE)
    sample = _whole_lines(head) + b"\n" + _whole_lines(around.partition(b"\n")[2] or around)
    return TextGuess(_guess(sample, likely_encodings(language)), guessed=True)


def looks_binary(head: bytes) -> bool:
    """Whether the sample is binary data: over 1% control bytes or 30% NULs."""
    controls = sum(head.count(c) for c in _CONTROLS)
    return controls * 100 > len(head) or head.count(0) * 10 > len(head) * 3


def _utf16_without_bom(head: bytes) -> str | None:
    half = len(head) // 2
    if half < 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    name = ("utf-16-le" if odd * 10 >= half * 3 and even * 20 <= half else
            "utf-16-be" if even * 10 >= half * 3 and odd * 20 <= half else None)
    if name is None:
        return None
    try:
        head[: half * 2].decode(name)
    except UnicodeDecodeError:
        return None
    return name


def _utf16_by_lines(head: bytes) -> str | None:
    """UTF-16 without a BOM whose text is not Latin (Cyrillic: no NUL bytes, but 0x04
    bytes, which look like binary): printable text broken into lines. Random binary
    decodes to printable CJK too, but almost never with line breaks."""
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(name)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        breaks = text.count("\n")
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n")
        if text and breaks and breaks * 500 >= len(text) and printable * 50 >= len(text) * 49:
            return name
    return None


def _utf8_failure(path: Path) -> int | None:
    """The offset near which the file stops being UTF-8, or None if all of it is."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return offset + max(exc.start, 0)
            if not chunk:
                return None
            offset += len(chunk)


def _whole_lines(data: bytes) -> bytes:
    """``data`` up to its last line break, so no character is cut in two."""
    cut = data.rfind(b"\n")
    return data[:cut] if cut > 0 else data


def _guess(sample: bytes, candidates: tuple[str, ...]) -> str:
    """The candidate whose decoding of ``sample`` reads best (module doc)."""
    lines = [line for line in sample.split(b"\n") if max(line, default=0) >= 0x80]
    telling = b"\n".join(lines)[:SCORED] or sample[:SCORED]
    decoded = {}
    for name in candidates:
        try:
            decoded[name] = telling.decode(name)
        except UnicodeDecodeError:
            continue
    if not decoded:
        return "latin-1"  # decodes anything; the preview shows what it looks like
    mess = {name: mess_ratio(text, 0.5) for name, text in decoded.items()}
    best = min(mess.values())
    close = [name for name in decoded if mess[name] <= best + NEAR_TIE]
    return min(close, key=lambda name: (_stray_symbols(decoded[name]),
                                        candidates.index(name)))


def _stray_symbols(text: str) -> int:
    """Non-ASCII symbols touching a letter: "£ódŸ" is Łódź read in the wrong code page."""
    count = 0
    for match in _NON_ASCII.finditer(text):
        if unicodedata.category(match.group())[0] in "LMZ":
            continue
        i = match.start()
        count += text[i - 1: i].isalpha() or text[i + 1: i + 2].isalpha()
    return count
