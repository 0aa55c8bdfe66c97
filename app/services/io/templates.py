"""Saved column mappings: a named template per JSON file, for files that come back.

A person who imports the same kind of file every month maps it once and saves the
mapping as a template. A template stores, for each header it was made from, the field
that column fills (or null: ignored), so it applies to a file whose columns come in
another order; it also keeps the kind of record and the date order. The wizard keeps
templates in a folder of the data directory (``list_templates``, ``save_template``);
the command line takes the path of one file (``load_template``).

A template file is read as untrusted input: one that is too large (over 1 MB), not
JSON, or not shaped like a template raises ``TemplateError`` (an ImportFileError) with
one clear sentence, and nothing is changed. File names come from template names with
the characters no file system accepts replaced, so "Google / 2025" is
"Google _ 2025.json", and a name can never reach outside the folder.

The file, version 1::

    {"format": "rapport-mapping-template", "version": 1, "name": "Monthly leads",
     "kind": "contacts", "date_order": "dmy",
     "columns": [{"header": "Имя", "field": "first_name"}, {"header": "ID", "field": null}]}
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, ValidationError
from .atomic_write import write_atomically
from .fields import FIELDS
from .fields import field as field_of
from .mapping import ColumnMapping, is_field_key
from .table import ImportFileError
from .values import fold_text

FORMAT = "rapport-mapping-template"
VERSION = 1
SUFFIX = ".json"
MAX_BYTES = 1_000_000
MAX_COLUMNS = 16_384  # the most columns a worksheet can have
HEADER_LEN = 1_000
NAME_LEN = 100
NAME_BYTES = 200  # of the 255 a file name may have, leaving room for the suffix
DATE_ORDERS = (None, "dmy", "mdy")

TEMPLATE_UNREADABLE = QT_TRANSLATE_NOOP("Import", "The template “{name}” cannot be read: {reason}.")
TEMPLATE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Import", "“{name}” is too large to be a mapping template (over {limit} bytes)."
)
TEMPLATE_NOT_JSON = QT_TRANSLATE_NOOP(
    "Import", "“{name}” is not a mapping template: it is not JSON.")
TEMPLATE_INVALID = QT_TRANSLATE_NOOP(
    "Import", "“{name}” is not a Rapport mapping template ({detail})."
)
TEMPLATE_NEWER = QT_TRANSLATE_NOOP(
    "Import",
    "The template “{name}” was saved by a newer version of Rapport. Update Rapport to use it."
)
TEMPLATE_NOT_SAVED = QT_TRANSLATE_NOOP(
    "Import", "The template “{name}” cannot be saved: {reason}.")
NAME_EMPTY = QT_TRANSLATE_NOOP("Validation", "Type a name for the template.")

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_RESERVED = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", re.IGNORECASE)


class TemplateError(ImportFileError):
    """A template file that cannot be read or written; ``str()`` is one sentence."""


@dataclass(frozen=True)
class MappingTemplate:
    """A saved mapping: (header, field key or None) pairs in the order of the file it
    was made from. Invalid content is a ValueError (``load_template`` reports it)."""

    name: str
    columns: tuple[tuple[str, str | None], ...]
    kind: str = "contacts"
    date_order: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", tuple(tuple(pair) for pair in self.columns))
        if not self.name.strip() or len(self.name) > NAME_LEN:
            raise ValueError(f"name: 1 to {NAME_LEN} characters")
        if self.kind not in FIELDS:
            raise ValueError(f"kind: one of {', '.join(FIELDS)}")
        if self.date_order not in DATE_ORDERS:
            raise ValueError("date_order: dmy, mdy or null")
        if len(self.columns) > MAX_COLUMNS:
            raise ValueError(f"columns: at most {MAX_COLUMNS}")
        for i, (header, key) in enumerate(self.columns):
            if not isinstance(header, str) or len(header) > HEADER_LEN:
                raise ValueError(f"columns[{i}].header: text of at most {HEADER_LEN} characters")
            if key is not None and (not isinstance(key, str) or not is_field_key(self.kind, key)):
                raise ValueError(f"columns[{i}].field: {self.kind} have no field {key!r}")


def template_from_mapping(
    name: str, mapping: ColumnMapping, *, date_order: str | None = None
) -> MappingTemplate:
    """A template of ``mapping`` (which must know its headers) named ``name``."""
    text = " ".join(unicodedata.normalize("NFC", name).split())[:NAME_LEN]
    file_name(text)  # a name that gives no file name ("...") is no name
    if not mapping.headers:
        raise ValueError("the mapping does not know its headers")
    return MappingTemplate(text, tuple(zip(mapping.headers, mapping.columns,
                                                      strict=True)),
                           mapping.kind, date_order)


def apply_template(template: MappingTemplate, headers: Sequence[str]) -> ColumnMapping:
    """The mapping of a file with ``headers`` by the template: each header takes the
    field of the same header in the template (exactly, else ignoring case, spaces and
    punctuation; repeated headers pair up in order). Headers the template does not
    know are ignored; so is a second column for a field that takes one."""
    exact: dict[str, list[str | None]] = {}
    loose: dict[str, list[str | None]] = {}
    for header, key in template.columns:
        exact.setdefault(header, []).append(key)
        loose.setdefault(fold_text(header), []).append(key)
    columns: list[str | None] = []
    taken: set[str] = set()
    for header in headers:
        queue = exact.get(header) or loose.get(fold_text(header)) or [None]
        key = queue.pop(0) if len(queue) > 1 else queue[0]
        if key is not None and not field_of(template.kind, key).multi:
            if key in taken:
                key = None
            else:
                taken.add(key)
        columns.append(key)
    return ColumnMapping(tuple(columns), template.kind, tuple(headers))


def file_name(name: str) -> str:
    """The file name of a template called ``name``: unsafe characters replaced by "_",
    no leading or trailing dots or spaces, never a reserved Windows name."""
    text = _UNSAFE.sub("_", " ".join(unicodedata.normalize("NFC", name).split()))
    text = text.strip(" .")[:NAME_LEN]
    while len(text.encode("utf-8")) > NAME_BYTES:  # file systems count bytes, not letters
        text = text[:-1]
    text = text.rstrip(" .")
    if not text:
        raise ValidationError("template_name", NAME_EMPTY)
    if _RESERVED.fullmatch(text):
        text = "_" + text
    return text + SUFFIX


def template_path(folder: Path, name: str) -> Path:
    """Where the template ``name`` is (or would be) kept in ``folder``."""
    return Path(folder) / file_name(name)


def save_template(folder: Path, template: MappingTemplate) -> Path:
    """Write ``template`` to its file in ``folder`` (created if missing), replacing a
    template of the same name; the file is whole or unchanged, never half written."""
    path = template_path(folder, template.name)
    document = {
        "format": FORMAT, "version": VERSION, "name": template.name, "kind": template.kind,
        "date_order": template.date_order,
        "columns": [{"header": h, "field": k} for h, k in template.columns],
    }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    except OSError as exc:
        raise TemplateError(TEMPLATE_NOT_SAVED, name=template.name,
                            reason=exc.strerror or str(exc)) from None
    return path


def load_template(path: Path) -> MappingTemplate:
    """The template in the file ``path``; TemplateError when it is not one."""
    path = Path(path)
    name = path.name
    try:
        if not path.is_file():  # a folder or a pipe would fail late or block
            raise FileNotFoundError(2, "No such file")
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise TemplateError(TEMPLATE_UNREADABLE, name=name,
                            reason=exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise TemplateError(TEMPLATE_TOO_BIG, name=name, limit=MAX_BYTES)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # also UnicodeDecodeError, huge numbers
        raise TemplateError(TEMPLATE_NOT_JSON, name=name) from None
    try:
        return _template(document)
    except _Newer:
        raise TemplateError(TEMPLATE_NEWER, name=name) from None
    except ValueError as exc:
        raise TemplateError(TEMPLATE_INVALID, name=name, detail=str(exc)) from None


def list_templates(folder: Path) -> tuple[list[MappingTemplate], list[TemplateError]]:
    """The templates saved in ``folder`` by name, and the errors of the files there
    that are not templates (shown, not deleted). A missing folder has none."""
    found: list[MappingTemplate] = []
    errors: list[TemplateError] = []
    try:
        paths = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() == SUFFIX
                       and not p.name.startswith("."))
    except (FileNotFoundError, NotADirectoryError):
        return found, errors
    for path in paths:
        try:
            found.append(load_template(path))
        except TemplateError as exc:
            errors.append(exc)
    found.sort(key=lambda t: t.name.casefold())
    return found, errors


def delete_template(folder: Path, name: str) -> bool:
    """Remove the template ``name`` from ``folder``; False when there was none."""
    try:
        template_path(folder, name).unlink()
    except FileNotFoundError:
        return False
    return True


class _Newer(ValueError):
    pass


def _template(document: Any) -> MappingTemplate:
    """A MappingTemplate from parsed JSON, checking every type (ValueError if wrong)."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f'no "format": "{FORMAT}"')
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ValueError('"version" must be a whole number')
    if version > VERSION:
        raise _Newer
    name, kind, order = document.get("name"), document.get("kind"), document.get("date_order")
    columns = document.get("columns")
    if not isinstance(name, str) or not isinstance(kind, str):
        raise ValueError('"name" and "kind" must be text')
    if not isinstance(columns, list) or len(columns) > MAX_COLUMNS:
        raise ValueError(f'"columns" must be a list of at most {MAX_COLUMNS}')
    pairs: list[tuple[str, str | None]] = []
    for i, column in enumerate(columns):
        if not isinstance(column, dict):
            raise ValueError(f"columns[{i}] must be an object")
        header, key = column.get("header"), column.get("field")
        if not isinstance(header, str) or not (key is None or isinstance(key, str)):
            raise ValueError(f"columns[{i}]: header must be text, field text or null")
        pairs.append((header, key))
    if order is not None and not isinstance(order, str):
        raise ValueError('"date_order" must be "dmy", "mdy" or null')
    return MappingTemplate(name, tuple(pairs), kind, order)
