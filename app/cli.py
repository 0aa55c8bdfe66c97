"""Headless commands, and the hand-over to the window when no command is given.

Nothing heavy is imported at module level: the window path must start fast, and
each command loads only what it needs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__, config

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .db import Database

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    if value > 100_000_000:
        raise argparse.ArgumentTypeError(f"{text} is more than 100,000,000")
    return value


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    db_help = (
        "database file (or SQLAlchemy URL); default: $RAPPORT_DB, "
        f"else {config.DB_FILENAME} in the per-user data folder"
    )
    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rapport, an offline-first CRM. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument("--db", metavar="PATH", help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="fill a database with realistic demo data",
        description="Fill a database with deterministic demo data: companies, contacts "
        "(English, Chinese, Russian and Uzbek names), tags, interactions over three years "
        "and follow-up tasks; on request deals and purchases (with loyalty points). The same "
        "--seed and --today give the same data.",
    )
    demo.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)
    demo.add_argument("--contacts", type=_positive_int, default=1000, metavar="N")
    demo.add_argument("--interactions", type=_positive_int, default=None, metavar="M",
                      help="default: 10 per contact")
    demo.add_argument("--companies", type=_positive_int, default=None, metavar="K",
                      help="default: one per 20 contacts")
    demo.add_argument("--tasks", type=_positive_int, default=None, metavar="T",
                      help="default: one per 5 contacts")
    demo.add_argument("--open-deals", type=_positive_int, default=0, metavar="N",
                      help="open deals with their stage history (default: none)")
    demo.add_argument("--closed-deals", type=_positive_int, default=0, metavar="N",
                      help="won and lost deals with their stage history (default: none)")
    demo.add_argument("--purchases", type=_positive_int, default=0, metavar="N",
                      help="purchases with buying habits, points for members (default: none)")
    demo.add_argument("--members-share", type=_share, default=0.3, metavar="P",
                      help="with --purchases: the share of buyers in the loyalty programme, "
                      "0 to 1 (default: 0.3)")
    demo.add_argument("--seed", type=int, default=42)
    demo.add_argument("--today", metavar="YYYY-MM-DD",
                      help="the day the data is built around (default: today, UTC)")
    demo.add_argument("--quiet", action="store_true", help="no progress output")

    stats = commands.add_parser("stats", help="print the number of rows per table")
    stats.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)

    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)
    backup.add_argument("dest", nargs="?", metavar="FILE",
                        help="where to write it (default: beside the database, timestamped)")

    export = commands.add_parser(
        "export", help="write contacts, companies, tasks, interactions or deals to a file",
        description="Write records to .xlsx, .csv or .vcf (contacts only), the format "
        "from the file's suffix. The file is replaced only once complete. Exit status: "
        "0 done, 2 bad arguments or a file that cannot be written (nothing is written).")
    export.add_argument("kind",
                        choices=("contacts", "companies", "tasks", "interactions", "deals"))
    export.add_argument("file", metavar="FILE.(xlsx|csv|vcf)")
    export.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)
    export.add_argument("--search", metavar="TEXT",
                        help="contacts: as the search box finds them; companies: by name")
    export.add_argument("--tag", metavar="NAME", help="contacts with this tag")
    export.add_argument("--pipeline", metavar="NAME",
                        help="deals: every deal of this pipeline (default: the first)")
    export.add_argument("--json", action="store_true",
                        help="end with one JSON line: count, path, kind, format")
    from .cli_io import add_import_parsers

    add_import_parsers(commands, db_help)
    return parser


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"rapport: {message}", file=sys.stderr)
    return code


def _open(target: str, *, create: bool) -> Database:
    from .db import open_database

    return open_database(target, create_folder=create)


def cmd_stats(target: str) -> int:
    from .db import DatabaseOpenError
    from .services.stats import table_counts

    try:
        db = _open(target, create=False)
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    try:
        with db.session_scope() as session:
            counts = table_counts(session)
    finally:
        db.dispose()
    width = max(len(name) for name in counts)
    print(f"Database: {target}")
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count:>12,}")
    return EXIT_OK


def cmd_backup(target: str, dest: str | None) -> int:
    from pathlib import Path

    from .db import MANUAL, DatabaseOpenError, backup_sqlite

    if config.is_url(target):
        return _fail("backup copies SQLite files; use your server's own tools for a server.")
    try:
        config.check_database_file(target)
    except config.DatabaseFileError as exc:
        return _fail(str(exc))
    if not Path(target).exists():
        return _fail(f"{target} does not exist.")
    try:
        written = backup_sqlite(Path(target), Path(dest) if dest else None, label=MANUAL)
    except (FileExistsError, OSError, DatabaseOpenError) as exc:
        return _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - sqlite3 errors on a damaged file
        return _fail(f"backup failed: {exc}")
    print(f"Backup written to {written}")
    return EXIT_OK


def cmd_export(target: str, args: argparse.Namespace) -> int:
    """`export KIND FILE`: see build_parser(). Tasks and interactions are exported all;
    deals are all of one pipeline's, open, won and lost, whatever their dates."""
    import datetime as dt
    import json
    from pathlib import Path

    from .db import DatabaseOpenError
    from .services.board import BoardFilter
    from .services.contacts import list_tags
    from .services.io import export
    from .services.search import ContactFilters, ContactQuery

    kind, path = args.kind, Path(args.file)
    if args.tag is not None and kind != "contacts":
        return _fail(f"--tag chooses contacts; it cannot be used with {kind}.")
    if args.search is not None and kind not in ("contacts", "companies"):
        return _fail(f"--search chooses contacts or companies, not {kind}.")
    if args.pipeline is not None and kind != "deals":
        return _fail(f"--pipeline chooses deals; it cannot be used with {kind}.")
    if not config.is_url(target) and not Path(target).exists():
        return _fail(f"{target} does not exist.")
    try:
        export.export_format(path)
        db = _open(target, create=False)
    except (export.ExportError, DatabaseOpenError) as exc:
        return _fail(str(exc))
    now, text = dt.datetime.now().astimezone(), args.search or ""
    try:
        with db.session_scope() as session:
            if kind == "contacts":
                wanted = (args.tag or "").strip().casefold()
                tag_ids = tuple(i for i, name, _c in list_tags(session)
                                if name.casefold() == wanted)
                if args.tag is not None and not tag_ids:
                    return _fail(f"there is no tag {args.tag!r}.")
                query = ContactQuery(text=text, filters=ContactFilters(tag_ids=tag_ids))
                result = export.export_contacts(session, query, path, now=now)
            elif kind == "companies":
                result = export.export_companies(session, path, text=text, now=now)
            elif kind == "tasks":
                result = export.export_tasks(session, path, now=now)
            elif kind == "deals":
                pipeline_id = _pipeline_id(session, args.pipeline)
                if isinstance(pipeline_id, str):
                    return _fail(pipeline_id)
                result = export.export_deals(session, BoardFilter(pipeline_id), path, now=now)
            else:
                result = export.export_interactions(session, path, now=now)
    except export.ExportError as exc:
        return _fail(str(exc))
    finally:
        db.dispose()
    print(f"Exported {result.count:,} {kind} to {result.path}")
    if args.json:
        print(json.dumps({"count": result.count, "path": str(result.path), "kind": kind,
                          "format": result.format}))
    return EXIT_OK


def _pipeline_id(session: Session, name: str | None) -> int | str:
    """The id of the pipeline called ``name`` (any case; None: the first), or why not."""
    from .services.pipeline import pipelines

    found = pipelines(session)
    if not found:
        return "there are no pipelines (and so no deals) in this database."
    if name is None:
        return found[0].id
    wanted = name.strip().casefold()
    for pipeline in found:
        if pipeline.name.casefold() == wanted:
            return pipeline.id
    names = ", ".join(repr(p.name) for p in found)
    return f"there is no pipeline {name!r}; there are {names}."


def cmd_demo(target: str, args: argparse.Namespace) -> int:
    import datetime as dt

    from .db import DatabaseOpenError
    from .services import demo

    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            return _fail(f"--today {args.today!r} is not a date like 2026-01-31.")
    if (args.open_deals or args.closed_deals) and args.contacts == 0:
        return _fail("Deals need contacts: give --contacts of at least 1.")
    if args.purchases and args.contacts == 0:
        return _fail("Purchases need contacts: give --contacts of at least 1.")
    plan = demo.DemoPlan.for_contacts(
        args.contacts,
        interactions=args.interactions,
        companies=args.companies,
        tasks=args.tasks,
        seed=args.seed,
        today=today,
    )
    try:
        db = _open(target, create=target == str(config.default_db_path()))
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    try:
        reporter = None if args.quiet else demo.ConsoleProgress(sys.stderr)
        try:
            result = demo.generate(db.engine, plan, progress=reporter)
            deals = _demo_deals(db, args)
            purchases = _demo_purchases(db, args)
        except demo.DemoError as exc:
            return _fail(str(exc))
    finally:
        db.dispose()
    print(
        f"Demo data written to {target}: {result.rows:,} rows in {result.seconds:.1f} s "
        f"({result.rows_per_second:,.0f} rows/s)"
    )
    for line in (deals, purchases):
        if line:
            print(line)
    return EXIT_OK


def _demo_deals(db: Database, args: argparse.Namespace) -> str | None:
    """`demo --open-deals N --closed-deals M`: the deals, after the contacts; a line
    saying what was written, or None when no deals were asked for."""
    import datetime as dt
    import time

    from .services import demo, demo_deals

    if not (args.open_deals or args.closed_deals):
        return None
    today = dt.date.fromisoformat(args.today) if args.today else None  # checked before
    started = time.perf_counter()
    reporter = None if args.quiet else demo.ConsoleProgress(sys.stderr)
    with db.session_scope() as session:
        count = demo_deals.add_deals(session, args.open_deals, args.closed_deals,
                                     seed=args.seed, today=today, progress=reporter)
    return (f"Deals: {count:,} ({args.open_deals:,} open, {args.closed_deals:,} won or lost) "
            f"in {time.perf_counter() - started:.1f} s")


def _demo_purchases(db: Database, args: argparse.Namespace) -> str | None:
    """`demo --purchases N [--members-share P]`: the purchases, after the contacts; a
    line saying what was written, or None when none were asked for."""
    import datetime as dt
    import time

    from .services import demo, demo_purchases

    if not args.purchases:
        return None
    today = dt.date.fromisoformat(args.today) if args.today else None  # checked before
    started = time.perf_counter()
    reporter = None if args.quiet else demo.ConsoleProgress(sys.stderr)
    count = demo_purchases.add_purchases(db.engine, args.purchases,
                                         members_share=args.members_share, seed=args.seed,
                                         today=today, progress=reporter)
    return (f"Purchases: {count:,} ({args.members_share:.0%} of buyers in the loyalty "
            f"programme) in {time.perf_counter() - started:.1f} s")


def _window_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether the arguments only open the window (none, or just --db PATH), and the
    --db given. That path skips building the parser of every command (6 ms of
    argparse, a twentieth of the start-up); anything else, --help included, goes
    through the full parser."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0][len("--db="):]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    window, db = _window_start(sys.argv[1:] if argv is None else list(argv))
    if window:
        from .ui.app import run_gui

        return run_gui(config.resolve_db_target(db))
    parser = build_parser()
    args = parser.parse_args(argv)
    target = config.resolve_db_target(getattr(args, "db", None))
    if args.command is None:
        from .ui.app import run_gui

        return run_gui(target)
    if args.command == "stats":
        return cmd_stats(target)
    if args.command == "backup":
        return cmd_backup(target, args.dest)
    if args.command == "demo":
        return cmd_demo(target, args)
    if args.command == "export":
        return cmd_export(target, args)
    if args.command in ("import", "undo-import", "imports"):
        from . import cli_io

        if args.command == "import":
            return cli_io.cmd_import(target, args)
        if args.command == "undo-import":
            return cli_io.cmd_undo_import(target, args.batch)
        return cli_io.cmd_imports(target)
    parser.error(f"unknown command {args.command}")
    return EXIT_BAD_INPUT
