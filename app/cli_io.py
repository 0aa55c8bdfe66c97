"""The import commands of the command line: `import FILE` and `undo-import BATCH_ID`.

Kept apart from app.cli (which parses the arguments and dispatches) so that each
stays readable. Exit codes: 0 done, 1 done with rejected rows, 2 the file (or the
database) could not be used and nothing changed. With --json the last line printed
is one JSON object with the counts and the error report's path.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_BAD_FILE = 2

PRESETS = ("auto", "google", "outlook", "hubspot", "salesforce", "pipedrive")


def add_import_parsers(commands: Any, db_help: str) -> None:
    """The `import` and `undo-import` subcommands, on app.cli's subparsers."""
    imp = commands.add_parser(
        "import", help="import contacts from .xlsx, .csv or .vcf",
        description="Import contacts from a spreadsheet, CSV or vCard file, all or nothing. "
        "Exit status: 0 done, 1 done with rejected rows, 2 the file could not be read.")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--kind", choices=("contacts", "companies", "interactions", "tasks",
                                        "purchases"),
                     default="contacts", help="what the file holds (default: contacts); "
                     "interactions and tasks find their contact by email or name, "
                     "purchases by email, phone or name")
    imp.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)
    imp.add_argument("--sheet", metavar="NAME", help="the workbook sheet (default: the first)")
    imp.add_argument("--mapping", default="auto", metavar="auto|PRESET|TEMPLATE.json",
                     help="column mapping: suggested from the headers (auto), one tool's "
                     f"export ({', '.join(PRESETS[1:])}) or a saved template file")
    imp.add_argument("--on-duplicate", choices=("skip", "update", "create"), default="skip",
                     help="a row whose email or phone is already stored (default: skip)")
    imp.add_argument("--overwrite", action="store_true",
                     help="with --on-duplicate update: replace filled fields too")
    imp.add_argument("--date-order", choices=("dmy", "mdy"),
                     help="for dates like 03/04/2025 (default: guessed from the file)")
    imp.add_argument("--region", metavar="CC",
                     help="country assumed for phones without +, e.g. UZ (default: settings)")
    imp.add_argument("--dry-run", action="store_true",
                     help="read and check everything, store nothing, print the counts")
    imp.add_argument("--report", metavar="PATH",
                     help="where to write the rejected rows (.xlsx; default: beside FILE)")
    imp.add_argument("--json", action="store_true", help="end with one JSON line of counts")

    undo = commands.add_parser("undo-import", help="undo a whole import",
                               description="Remove what an import created and put back "
                               "what it changed.")
    undo.add_argument("batch", type=int, metavar="BATCH_ID")
    undo.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)

    history = commands.add_parser("imports", help="list the imports, newest first")
    history.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)


class _DryRun(Exception):
    def __init__(self, report: Any) -> None:
        super().__init__("dry run")
        self.report = report


def _fail(message: str, code: int = EXIT_BAD_FILE) -> int:
    print(f"rapport: {message}", file=sys.stderr)
    return code


def cmd_import(target: str, args: argparse.Namespace) -> int:
    from .config import system_region
    from .db import DatabaseOpenError, open_database
    from .services.errors import ServiceError
    from .services.io.import_plan import ImportOptions
    from .services.io.importer import import_file, write_error_report

    path = Path(args.file)
    if not path.is_file():
        return _fail(f"{path} does not exist or is not a file; nothing was imported.")
    mapping = None
    preset = args.mapping
    if args.mapping.lower().endswith(".json"):
        preset = "auto"
    elif args.mapping not in PRESETS:
        return _fail(f"--mapping {args.mapping!r} is neither a preset ({', '.join(PRESETS)}) "
                     "nor a .json template.")
    region = args.region or system_region()
    try:
        options = ImportOptions(on_duplicate=args.on_duplicate, overwrite=args.overwrite,
                                region=region)
    except ValueError as exc:
        return _fail(str(exc))
    try:
        db = open_database(target, create_folder=False)
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    try:
        if args.mapping.lower().endswith(".json"):
            from .services.io.templates import apply_template, load_template

            headers = _headers(path, args.sheet)
            mapping = apply_template(load_template(Path(args.mapping)), headers)
        try:
            with db.session_scope() as session:
                if args.kind == "contacts":
                    report = import_file(session, path, mapping=mapping, preset=preset,
                                         sheet=args.sheet, options=options,
                                         date_order=args.date_order)
                else:
                    from .services.io.import_records import import_records

                    report = import_records(session, path, kind=args.kind, mapping=mapping,
                                            sheet=args.sheet, options=options,
                                            date_order=args.date_order)
                if args.dry_run:
                    raise _DryRun(report)  # rolls the whole import back
        except _DryRun as dry:
            report = dry.report
    except ServiceError as exc:
        return _fail(f"{exc} Nothing was imported.")
    except OSError as exc:
        return _fail(f"{path}: {exc.strerror or exc}. Nothing was imported.")
    finally:
        db.dispose()
    result = report.result
    report_path = None
    if result.rejected:
        report_path = Path(args.report) if args.report else path.with_name(
            f"{path.stem}.rejected.xlsx")
        write_error_report(report_path, report.headers, result.rejected)
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {path.name}: {result.created:,} created, {result.updated:,} updated, "
          f"{result.skipped:,} skipped, {result.rejected_count:,} rejected"
          + ("" if args.dry_run else f" (import {result.batch_id})"))
    if report_path is not None:
        print(f"Rejected rows and their reasons: {report_path}")
    if args.json:
        print(json.dumps({
            "created": result.created, "updated": result.updated, "skipped": result.skipped,
            "rejected": result.rejected_count, "report": str(report_path) if report_path
            else None, "batch": None if args.dry_run else result.batch_id,
            "dry_run": args.dry_run,
        }))
    return EXIT_REJECTED if result.rejected else EXIT_OK


def _headers(path: Path, sheet: str | None) -> tuple[str, ...]:
    from .services.io.readers import read_table

    with read_table(path, sheet=sheet) as table:
        return table.headers


def cmd_undo_import(target: str, batch_id: int) -> int:
    from .db import DatabaseOpenError, open_database
    from .services.errors import ServiceError
    from .services.io.import_batches import undo_batch

    try:
        db = open_database(target, create_folder=False)
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    try:
        with db.session_scope() as session:
            done = undo_batch(session, batch_id)
    except ServiceError as exc:
        return _fail(str(exc), 1)
    finally:
        db.dispose()
    parts = [f"{done.removed:,} contacts removed", f"{done.restored:,} put back as they were",
             f"{done.companies_removed:,} companies removed"]
    for count, what in ((done.companies_restored, "companies put back"),
                        (done.interactions_removed, "interactions removed"),
                        (done.tasks_removed, "tasks removed"),
                        (done.purchases_removed, "purchases removed")):
        if count:
            parts.append(f"{count:,} {what}")
    print(f"Import {batch_id} undone: {', '.join(parts)}.")
    return EXIT_OK


def cmd_imports(target: str) -> int:
    from .db import DatabaseOpenError, open_database
    from .services.io.import_batches import list_batches

    try:
        db = open_database(target, create_folder=False)
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    try:
        with db.session_scope() as session:
            batches = list_batches(session)
    finally:
        db.dispose()
    for b in batches:
        state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""
        print(f"{b.id:>5}  {b.started_at:%Y-%m-%d %H:%M}  {b.file_name:<30}  "
              f"{b.created:>7,} created {b.updated:>7,} updated {b.skipped:>7,} skipped "
              f"{b.rejected:>7,} rejected  {state}".rstrip())
    return EXIT_OK
