"""A text file's lines, decoded and streamed, for the CSV and vCard readers.

Lines keep their own break (\\n, \\r\\n or \\r: files mix them), a BOM is dropped, and
so are NUL characters (some exporters pad with them; ``NUL_NOTE`` says so). Lines are
read with a length cap, so memory stays bounded whatever the file, and every failure
(an undecodable byte, a vanished file, a runaway line) is an ImportFileError naming
the line. The encoding comes from encoding_reader.
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path
from typing import BinaryIO

from ..errors import QT_TRANSLATE_NOOP
from .table import ImportFileError

LINE_LIMIT = 4 * 1024 * 1024  # characters in one line before a file is refused

NUL_NOTE = QT_TRANSLATE_NOOP("Import", "The file contained NUL characters; they were removed.")
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "Import", "Line {line} of {name} is not valid {encoding} text; choose another encoding.")
LONG_LINE = QT_TRANSLATE_NOOP(
    "Import", "Line {line} of {name} is too long to be a line of text.")
CANNOT_READ = QT_TRANSLATE_NOOP("Import", "{name} cannot be read: {reason}")
READ_FAILED = QT_TRANSLATE_NOOP(
    "Import", "{name} could not be read to the end (line {line}): {reason}")

_BREAKS = re.compile(r"\r\n|\r|\n")


class TextLines:
    """A text file's lines, decoded, each with its line break (``\\n``, ``\\r\\n`` or
    ``\\r``); a BOM and NUL characters removed. ``line`` counts the lines read.

    Read failures become ImportFileError naming the line: OSError (the file vanished,
    the drive was unplugged), a byte the encoding cannot decode, a runaway line.
    """

    def __init__(self, path: Path, encoding: str) -> None:
        self.name = path.name
        self._path = path
        self.encoding = encoding
        self.line = 0
        self.nul_removed = False
        self._file: BinaryIO = open(path, "rb")
        ascii_based = not encoding.startswith(("utf-16", "utf-32"))
        source: BinaryIO = self._file
        if ascii_based:  # a NUL byte is a NUL character: drop it before decoding
            source = io.BufferedReader(_NulDropper(self._file, self))
        self._text = io.TextIOWrapper(source, encoding=encoding, newline="")

    def __iter__(self) -> TextLines:
        return self

    def __next__(self) -> str:
        try:
            line = self._text.readline(LINE_LIMIT)
        except UnicodeDecodeError:  # decoded ahead in blocks: find the line itself
            bad = _first_bad_line(self._path, self.encoding)
            raise ImportFileError(BAD_ENCODING, line=bad, name=self.name,
                                  encoding=self.encoding) from None
        except OSError as exc:
            raise ImportFileError(READ_FAILED, name=self.name, line=self.line + 1,
                                  reason=exc.strerror or str(exc)) from None
        if not line:
            raise StopIteration
        self.line += 1
        if len(line) >= LINE_LIMIT and line[-1] not in "\r\n":
            raise ImportFileError(LONG_LINE, line=self.line, name=self.name)
        if self.line == 1 and line.startswith("\ufeff"):
            line = line[1:]
        if "\x00" in line:
            self.nul_removed = True
            line = line.replace("\x00", "")
        return line

    def close(self) -> None:
        self._text.close()
        self._file.close()


def _first_bad_line(path: Path, encoding: str) -> int:
    """The number of the first line of ``path`` that ``encoding`` cannot decode."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 16):
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                good = exc.object[: exc.start].decode(encoding, errors="ignore")
                return lines + len(_BREAKS.findall(good)) + 1
            lines += len(_BREAKS.findall(text))
    return lines + 1


class _NulDropper(io.RawIOBase):
    """A raw reader that leaves out NUL bytes (only for ASCII-based encodings)."""

    def __init__(self, raw: BinaryIO, owner: TextLines) -> None:
        self._raw = raw
        self._owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while True:
            data = self._raw.read(len(buffer))
            if not data:
                return 0
            if b"\x00" in data:
                self._owner.nul_removed = True
                data = data.replace(b"\x00", b"")
                if not data:
                    continue
            buffer[: len(data)] = data
            return len(data)
