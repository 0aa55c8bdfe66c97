"""Inside an .xlsx package: its sheets, the one to read, and how big that one really is.

An .xlsx is a zip of XML parts. Before handing a sheet to a reader this module reads
the workbook part (sheet names, which are hidden, which tab was active) through
defusedxml, and scans the sheet's XML once, as bytes, for its true extent: the
highest row and column that hold a cell. That extent is what decides the reader
(see xlsx_reader): calamine builds the whole sheet as a dense grid in memory, so a
single stray cell at XFD1048576 would ask it for hundreds of gigabytes (it aborts the
process, which no ``except`` catches), while the sheet's declared ``<dimension>``
cannot be trusted either way (writers leave it stale, and openpyxl would pad every
row out to a wrong one).

The scan looks at row tags (``<row r="12"``) and at column letters of two or three
letters (``<c r="AB12"``): cheap, as most cells are in columns A-Z. Cells or rows
written without an ``r`` attribute (allowed, rare) switch to a cell-by-cell count.
A file whose cell references disagree with their row tags could still mislead it;
such a file is not one any spreadsheet program writes.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..errors import QT_TRANSLATE_NOOP
from .table import ImportFileError

DAMAGED = QT_TRANSLATE_NOOP("Import", "{name} is damaged or is not a complete Excel workbook.")
NOT_WORKBOOK = QT_TRANSLATE_NOOP("Import", "{name} is not an Excel workbook (.xlsx).")
OPENDOCUMENT = QT_TRANSLATE_NOOP(
    "Import", "{name} is an OpenDocument spreadsheet; save it as .xlsx or .csv first.")
UNSAFE_XML = QT_TRANSLATE_NOOP(
    "Import", "{name} contains XML that is not safe to read (entity declarations).")
ZIP_PASSWORD = QT_TRANSLATE_NOOP("Import", "{name} is password-protected.")
EMPTY_WORKBOOK = QT_TRANSLATE_NOOP("Import", "{name} has no data: every sheet is empty.")
EMPTY_SHEET = QT_TRANSLATE_NOOP("Import", "The sheet “{sheet}” of {name} is empty.")
BINARY_WORKBOOK = QT_TRANSLATE_NOOP(
    "Import", "{name} is an Excel binary workbook (.xlsb); save it as .xlsx first.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Import", "{name} has no sheet named “{sheet}”.")
CHART_SHEET = QT_TRANSLATE_NOOP("Import", "“{sheet}” in {name} is a chart, not a sheet of cells.")

#: What can go wrong while unzipping a part (damaged data, unsupported compression).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, KeyError,
              ValueError)

_ROOT = re.compile(rb"<(\w+:)?worksheet\b")


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str  # the sheet's XML inside the zip
    visible: bool
    worksheet: bool  # False for chart sheets and dialog sheets


@dataclass(frozen=True)
class Extent:
    """The sheet as found in its XML: whether any cell has a value, the highest row
    and column with a cell (1-based), and the XML's size in bytes."""

    has_values: bool
    rows: int
    cols: int
    xml_bytes: int


def read_sheets(zf: zipfile.ZipFile, name: str) -> tuple[list[SheetInfo], int]:
    """The workbook's sheets in tab order and the index of the active one."""
    book = _main_part(zf, name)
    root = _xml(zf, book, name)
    rels_part = posixpath.join(posixpath.dirname(book), "_rels",
                               posixpath.basename(book) + ".rels")
    rels = {r.get("Id"): r for r in _xml(zf, rels_part, name) if _local(r.tag) == "Relationship"}
    sheets = []
    active = 0
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "workbookView":
            tab = el.get("activeTab") or "0"
            active = int(tab) if tab.isdigit() else 0
        elif tag == "sheet":
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
            rel = rels.get(rid)
            if rel is None:
                raise ImportFileError(DAMAGED, name=name)
            target = rel.get("Target") or ""
            part = (target.lstrip("/") if target.startswith("/")
                    else posixpath.normpath(posixpath.join(posixpath.dirname(book), target)))
            sheets.append(SheetInfo(
                name=el.get("name") or "", part=part,
                visible=(el.get("state") or "visible") == "visible",
                worksheet=(rel.get("Type") or "").endswith("/worksheet")))
    return sheets, active


def choose_sheet(zf: zipfile.ZipFile, sheets: list[SheetInfo], active: int,
                 wanted: str | None, name: str) -> tuple[SheetInfo, Extent]:
    """The sheet asked for, or else the active sheet if it has data, else the first
    visible one with data, else a hidden one with data; with its extent."""
    if wanted is not None:
        info = next((s for s in sheets if s.name == wanted), None)
        if info is None:
            info = next((s for s in sheets if s.name.casefold() == wanted.casefold()), None)
        if info is None:
            raise ImportFileError(NO_SUCH_SHEET, name=name, sheet=wanted)
        if not info.worksheet:
            raise ImportFileError(CHART_SHEET, name=name, sheet=wanted)
        extent = scan_sheet(zf, info.part, name)
        if not extent.has_values:
            raise ImportFileError(EMPTY_SHEET, name=name, sheet=info.name)
        return info, extent
    order = sheets[active:active + 1] + [s for s in sheets if s.visible]
    order += [s for s in sheets if not s.visible]
    seen = set()
    for info in order:
        if not info.worksheet or info.part in seen:
            continue
        seen.add(info.part)
        extent = scan_sheet(zf, info.part, name)
        if extent.has_values:
            return info, extent
    raise ImportFileError(EMPTY_WORKBOOK, name=name)


def scan_sheet(zf: zipfile.ZipFile, part: str, name: str) -> Extent:
    """One pass over the sheet's XML as bytes (about 0.3 s for 64 MB); see module doc."""
    rows = cols = size = 0
    values = odd = False
    last = b""
    try:
        pieces = _chunks(zf, part)
        first = next(pieces)
        root = _ROOT.search(first)
        find = _patterns((root.group(1) or b"") if root else b"")
        for buf in chain((first,), pieces):
            size += len(buf)
            found = find.row.findall(buf)
            if found:
                rows = max(rows, max(map(int, found)))
            for letters in set(find.wide_col.findall(buf)):
                cols = max(cols, column_number(letters))
            if cols < 26:
                for letter in set(find.narrow_col[cols].findall(buf)):
                    cols = max(cols, letter[0] - 64)
            values = values or find.value.search(buf) is not None
            odd = odd or bool(find.odd_cell.search(buf) or find.odd_row.search(buf))
            last = (last + buf)[-64:]
        if not last.rstrip().endswith(b"worksheet>"):
            raise ImportFileError(DAMAGED, name=name)  # cut short: the XML never closes
        if odd:
            rows, cols = _count_cells(zf, part, find)
    except RuntimeError:  # a zip entry encrypted with a zip password
        raise ImportFileError(ZIP_PASSWORD, name=name) from None
    except ZIP_ERRORS:
        raise ImportFileError(DAMAGED, name=name) from None
    return Extent(has_values=values, rows=rows, cols=cols, xml_bytes=size)


@dataclass(frozen=True)
class _Patterns:
    """The scan's regular expressions for one element prefix (b"" or b"x:"). Each
    starts with a literal tag, which the regex engine finds by fast search: an
    optional prefix group instead made the scan five times slower."""

    row: re.Pattern[bytes]
    wide_col: re.Pattern[bytes]
    narrow_col: tuple[re.Pattern[bytes], ...]  # by the widest column seen so far
    value: re.Pattern[bytes]
    odd_cell: re.Pattern[bytes]
    odd_row: re.Pattern[bytes]
    any_cell: re.Pattern[bytes]
    cell_ref: re.Pattern[bytes]


@lru_cache(maxsize=8)
def _patterns(prefix: bytes) -> _Patterns:
    p = re.escape(prefix)
    return _Patterns(
        row=re.compile(rb"<%brow\b[^>]*?\sr=\"(\d+)\"" % p),
        wide_col=re.compile(rb'<%bc r="([A-Z]{2,3})\d' % p),
        narrow_col=tuple(re.compile(rb'<%bc r="([%c-Z])\d' % (p, 65 + n)) for n in range(26)),
        value=re.compile(rb"<%b(?:v|is)[\s>]" % p),
        odd_cell=re.compile(rb'<%bc(?:>|/>|\s(?!r="))' % p),
        odd_row=re.compile(rb'<%brow(?:>|/>|\s(?!r="))' % p),
        any_cell=re.compile(rb"<%bc[\s>/]" % p),
        cell_ref=re.compile(rb'<%bc\s[^>]*?\br="([A-Z]{1,3})(\d+)"' % p),
    )


def _chunks(zf: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part's bytes in pieces of about 1 MB, each cut before a tag."""
    tail = b""
    with zf.open(part) as f:
        while chunk := f.read(1 << 20):
            buf = tail + chunk
            cut = buf.rfind(b"<")
            buf, tail = (buf[:cut], buf[cut:]) if cut > 0 else (buf, b"")
            yield buf
    yield tail


def _count_cells(zf: zipfile.ZipFile, part: str, find: _Patterns) -> tuple[int, int]:
    """Rows and columns, for sheets with unnumbered cells: every cell is counted
    (an unnumbered cell takes the next column, so the count bounds the width)."""
    rows = cols = cells = tags = 0
    for buf in _chunks(zf, part):
        for letters, digits in find.cell_ref.findall(buf):
            rows, cols = max(rows, int(digits)), max(cols, column_number(letters))
        cells += len(find.any_cell.findall(buf))
        tags += len(find.odd_row.findall(buf)) + len(find.row.findall(buf))
    return max(rows, tags), max(cols, cells)


def column_number(letters: bytes) -> int:
    """b"A" -> 1, b"AB" -> 28, b"XFD" -> 16384."""
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _main_part(zf: zipfile.ZipFile, name: str) -> str:
    names = set(zf.namelist())
    if "xl/workbook.xml" in names:
        return "xl/workbook.xml"
    if "_rels/.rels" in names:
        for rel in _xml(zf, "_rels/.rels", name):
            if (rel.get("Type") or "").endswith("/officeDocument"):
                part = (rel.get("Target") or "").lstrip("/")
                if part.endswith(".bin"):
                    raise ImportFileError(BINARY_WORKBOOK, name=name)
                if part in names and part.startswith("xl/"):
                    return part
    if "mimetype" in names and b"opendocument" in zf.read("mimetype"):
        raise ImportFileError(OPENDOCUMENT, name=name)
    raise ImportFileError(NOT_WORKBOOK, name=name)


def _xml(zf: zipfile.ZipFile, part: str, name: str):  # type: ignore[no-untyped-def]
    """A small XML part, parsed by defusedxml (no entities, no DTD tricks)."""
    try:
        return fromstring(zf.read(part))
    except DefusedXmlException:
        raise ImportFileError(UNSAFE_XML, name=name) from None
    except RuntimeError:
        raise ImportFileError(ZIP_PASSWORD, name=name) from None
    except (*ZIP_ERRORS, SyntaxError):  # ParseError is a SyntaxError
        raise ImportFileError(DAMAGED, name=name) from None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]
