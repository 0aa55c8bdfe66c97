"""Open any file people import as a ``Table``: the entry point of every reader.

``read_table(path)`` looks at the file's first bytes and its name to pick the reader:

* a zip (PK..): xlsx_reader, whatever the name (.xlsx, .xlsm, or a misnamed .csv);
  it tells a workbook from another zip (.docx, .ods) and says which;
* D0 CF 11 E0 (OLE2/CFB): refused, as a password-protected workbook (Office wraps an
  encrypted .xlsx in OLE2) or an old Excel 97-2003 .xls;
* named .xlsx/.xlsm/.xls but not a zip: refused, saying it is text (a CSV renamed)
  or something else;
* .vcf / .vcard, or text (not .csv/.tsv) with a BEGIN:VCARD line near the start:
  vcard_reader;
* anything else (.csv, .tsv, .txt...): csv_reader, which refuses binary data;

and hands back the table inside a context manager: rows stream while the file is
open and it is closed on exit, whatever happens. Every failure to read is an
ImportFileError with one English sentence (the UI translates the template); an
OSError when opening (missing, a folder, no permission) is one too.

The notes a reader leaves in ``Table.notes`` are fixed sentences marked with
QT_TRANSLATE_NOOP("Import", ...), so the preview can translate them as they are.
A sheet or file with a header row and nothing under it is not an error here: its
table has headers and no rows (the importer says "no rows").
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP
from .csv_reader import open_csv
from .encoding_reader import looks_binary
from .table import ImportFileError, Table
from .text_reader import CANNOT_READ
from .vcard_reader import open_vcard
from .xlsx_reader import open_xlsx
from .xlsx_reader import sheet_names as _workbook_sheets

__all__ = ["read_table", "sheet_names"]

WORKBOOK_SUFFIXES = frozenset((".xlsx", ".xlsm", ".xltx", ".xltm", ".xls"))
VCARD_SUFFIXES = frozenset((".vcf", ".vcard"))
_HEAD = 64 * 1024
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_BEGIN_VCARD = re.compile(rb"^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?[ \t]*begin:vcard[ \t]*\r?$",
                          re.IGNORECASE | re.MULTILINE)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

NOT_FOUND = QT_TRANSLATE_NOOP("Import", "{name} was not found (moved or deleted?).")
IS_FOLDER = QT_TRANSLATE_NOOP("Import", "{name} is a folder, not a file.")
PROTECTED_OR_XLS = QT_TRANSLATE_NOOP(
    "Import", "{name} is password-protected or an old Excel 97-2003 (.xls) workbook; remove "
    "the password or save it as .xlsx, then import it again.")
TEXT_NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "Import", "{name} is not an Excel workbook but a text file; if it is CSV, rename it .csv.")
BINARY_NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "Import", "{name} is not an Excel workbook (.xlsx), or it is damaged.")
EMPTY_FILE = QT_TRANSLATE_NOOP("Import", "{name} is empty.")
NOT_A_TABLE = QT_TRANSLATE_NOOP("Import", "{name} has no data.")


@contextmanager
def read_table(path: Path | str, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None, language: str | None = None) -> Iterator[Table]:
    """The file at ``path`` as a Table (module doc). ``sheet``: workbooks only (default:
    the active sheet if it has data, else the first that has); ``encoding`` and
    ``delimiter``: text files only (default: detected); ``language`` ("ru", "pl"...)
    makes that language's legacy code page the first guess (default: the system's)."""
    path = Path(path)
    head = _head(path)
    kind = file_kind(path, head)
    if kind == "xlsx":
        opened = open_xlsx(path, sheet=sheet)
    elif kind == "vcf":
        opened = open_vcard(path, head, encoding=encoding, language=language)
    else:
        opened = open_csv(path, head, encoding=encoding, delimiter=delimiter,
                          language=language)
    with ExitStack() as stack:
        try:
            table = stack.enter_context(opened)
        except OSError as exc:  # gone (or locked) between the first look and now
            raise _open_error(path, exc) from None
        if not table.headers:
            raise ImportFileError(NOT_A_TABLE, name=path.name)
        yield table


def sheet_names(path: Path | str) -> list[str]:
    """The sheets of a workbook, in tab order; [] for a CSV or vCard file."""
    path = Path(path)
    head = _head(path)
    if file_kind(path, head) != "xlsx":
        return []
    return _workbook_sheets(path)


def file_kind(path: Path, head: bytes) -> str:
    """"xlsx", "vcf" or "csv" from the first bytes and the name; or ImportFileError
    when the content cannot be what the name says (module doc)."""
    suffix = path.suffix.lower()
    if head.startswith(_OLE2):
        raise ImportFileError(PROTECTED_OR_XLS, name=path.name)
    if head.startswith(_ZIP):
        return "xlsx"  # xlsx_reader tells a workbook from another zip
    if suffix in WORKBOOK_SUFFIXES:
        if not head:
            raise ImportFileError(EMPTY_FILE, name=path.name)
        if not looks_binary(head):
            raise ImportFileError(TEXT_NOT_WORKBOOK, name=path.name)
        raise ImportFileError(BINARY_NOT_WORKBOOK, name=path.name)
    if suffix in VCARD_SUFFIXES or (suffix not in (".csv", ".tsv") and _vcard_text(head)):
        return "vcf"
    return "csv"


def _vcard_text(head: bytes) -> bool:
    """Whether a line of the file's start is BEGIN:VCARD (NULs dropped for UTF-16)."""
    return _BEGIN_VCARD.search(head[:8192].replace(b"\x00", b"")) is not None


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_HEAD)
    except OSError as exc:
        raise _open_error(path, exc) from None


def _open_error(path: Path, exc: OSError) -> ImportFileError:
    if isinstance(exc, FileNotFoundError):
        return ImportFileError(NOT_FOUND, name=path.name)
    if isinstance(exc, IsADirectoryError) or (isinstance(exc, PermissionError)
                                              and os.path.isdir(path)):
        return ImportFileError(IS_FOLDER, name=path.name)
    return ImportFileError(CANNOT_READ, name=path.name, reason=exc.strerror or str(exc))
