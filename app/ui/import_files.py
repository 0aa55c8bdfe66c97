"""Which files can be imported, choosing one, and reading its first rows for the wizard.

The main window asks here whether a dragged file is one Rapport can import (on each
drag over it, so nothing heavy is imported at module level) and shows the open-file
dialog of File > Import…. ``read_sample`` is the wizard's look at a file: its kind,
sheets, encoding and delimiter, header and the first rows, read on a worker (opening
a large workbook is not instant) and never the whole file: the rows stream.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from ..services.io.table import Row
    from .settings import Settings

#: The file suffixes an import reads (the readers' formats).
IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt", ".vcf")
#: Rows read ahead: the preview shows the first PREVIEW_ROWS, the date order is guessed
#: from all of them (as the importer does from its first rows).
SAMPLE_ROWS = 200
PREVIEW_ROWS = 50
LAST_FOLDER = "import-folder"  # window state: where the last imported file was


def importable(path: Path) -> bool:
    return path.suffix.lower() in IMPORT_SUFFIXES


def dropped_file(mime: QMimeData | None) -> Path | None:
    """The one local file a drag carries, when it is a file Rapport can import."""
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if importable(path) else None


def ask_for_import_file(parent: QWidget, settings: Settings) -> Path | None:
    """File > Import…: the open-file dialog, starting where the last import was."""
    folder = settings.window_text(LAST_FOLDER) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
    filters = ";;".join((
        QCoreApplication.translate("ImportFiles", "Contact files ({patterns})").format(
            patterns=patterns),
        QCoreApplication.translate("ImportFiles", "Excel workbooks (*.xlsx *.xlsm)"),
        QCoreApplication.translate("ImportFiles", "CSV and text files (*.csv *.tsv *.txt)"),
        QCoreApplication.translate("ImportFiles", "vCard files (*.vcf)"),
        QCoreApplication.translate("ImportFiles", "All files (*)"),
    ))
    title = QCoreApplication.translate("ImportFiles", "Import Contacts")
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, folder, filters)
    if not chosen:
        return None
    path = Path(chosen)
    settings.set_window_text(LAST_FOLDER, str(path.parent))
    return path


def kind_text(kind: str) -> str:
    """The kind of file a Table says it read, for a person."""
    names = {
        "xlsx": QCoreApplication.translate("ImportFiles", "Excel workbook"),
        "csv": QCoreApplication.translate("ImportFiles", "Text file with columns (CSV)"),
        "vcf": QCoreApplication.translate("ImportFiles", "vCard file"),
    }
    return names.get(kind, kind)


#: What a file can be imported as, in the order the wizard offers them.
RECORD_KINDS = ("contacts", "companies", "interactions", "tasks", "purchases")


def records_text(kind: str) -> str:
    """What the rows of an import are (its kind of record), for a person."""
    names = {
        "contacts": QCoreApplication.translate("ImportFiles", "Contacts"),
        "companies": QCoreApplication.translate("ImportFiles", "Companies"),
        "interactions": QCoreApplication.translate(
            "ImportFiles", "Interactions (calls, emails, meetings…)"),
        "tasks": QCoreApplication.translate("ImportFiles", "Tasks"),
        "purchases": QCoreApplication.translate("ImportFiles", "Purchases"),
    }
    return names.get(kind, kind)


@dataclass(frozen=True)
class FileSample:
    """What the wizard knows of a file before importing it: everything but the rows
    after the first SAMPLE_ROWS."""

    path: Path
    kind: str
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    sheets: tuple[str, ...]
    sheet: str | None
    encoding: str | None
    delimiter: str | None
    notes: tuple[str, ...]

    def samples(self, column: int, count: int = 3) -> list[str]:
        """Up to ``count`` non-empty values of a column, as text."""
        found: list[str] = []
        for row in self.rows:
            cell: Any = row.cells[column] if column < len(row.cells) else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            found.append(str(cell).replace("\n", " ").strip())
            if len(found) == count:
                break
        return found


@dataclass(frozen=True)
class FileLook:
    """A look at a file: its sheets (workbooks), and its sample or why there is none.

    The sheets are listed even when the sheet read cannot be imported (a cover sheet
    with a title and no table), so that the person can pick another.
    """

    sheets: tuple[str, ...]
    sample: FileSample | None
    error: Exception | None


def look_at(path: Path, sheet: str | None = None) -> FileLook:
    """Read the sheet names and a sample; raises ImportFileError only when even the
    sheets cannot be listed (a damaged workbook), else puts the error in the look."""
    from ..services.io.readers import sheet_names
    from ..services.io.table import ImportFileError

    sheets = tuple(sheet_names(path))
    try:
        return FileLook(sheets, read_sample(path, sheet), None)
    except ImportFileError as exc:
        return FileLook(sheets, None, exc)


def read_sample(path: Path, sheet: str | None = None) -> FileSample:
    """Open ``path`` (one sheet of a workbook) and read its header and first rows.

    Raises ImportFileError with the reason when the file cannot be imported, including
    a header with no rows under it (the import would refuse it the same way).
    """
    from ..services.io.importer import NO_ROWS
    from ..services.io.readers import read_table
    from ..services.io.table import ImportFileError

    with read_table(path, sheet=sheet) as table:
        rows = tuple(itertools.islice(table.rows, SAMPLE_ROWS))
        if not rows:
            raise ImportFileError(NO_ROWS, name=path.name)
        return FileSample(path=path, kind=table.kind, headers=tuple(table.headers), rows=rows,
                          sheets=tuple(table.sheets), sheet=table.sheet,
                          encoding=table.encoding, delimiter=table.delimiter,
                          notes=tuple(table.notes))
