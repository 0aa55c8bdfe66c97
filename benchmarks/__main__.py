"""`make bench`: every benchmark, then one table of figures and the machine they came from.

    python -m benchmarks                 # 1,000,000 contacts + 10,000,000 interactions
    python -m benchmarks --quick         # 100,000 + 1,000,000, for a quick look
    python -m benchmarks --reuse         # keep an existing demo database (no demo figures)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import (
    bench_activity,
    bench_contacts,
    bench_demo,
    bench_export,
    bench_import,
    bench_loyalty,
    bench_pipeline,
    bench_startup,
)
from .common import REPO, Figure, machine, print_table


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--interactions", type=int, default=10_000_000)
    parser.add_argument("--quick", action="store_true", help="100k contacts + 1M interactions")
    parser.add_argument("--dir", type=Path, default=REPO / "bench-data",
                        help="where the benchmark databases go (default: bench-data/)")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the demo database if it exists (skips the demo benchmark)")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each kind")
    args = parser.parse_args()
    if args.quick:
        args.contacts, args.interactions = 100_000, 1_000_000
    args.dir.mkdir(parents=True, exist_ok=True)

    figures: list[Figure] = []
    demo_db = args.dir / f"demo-{args.contacts}.sqlite3"
    if not (args.reuse and demo_db.exists()):
        print(f"demo: {args.contacts:,} contacts + {args.interactions:,} interactions ...",
              flush=True)
        demo_figures, demo_db = bench_demo.bench(args.dir, args.contacts, args.interactions)
        figures += demo_figures
    else:
        # A kept database may predate the newest revision: upgrade it now, so that
        # no start-up run below pays for the upgrade (or its backup copy).
        from app.db import open_database

        open_database(str(demo_db)).dispose()
    print("start-up ...", flush=True)
    figures += bench_startup.bench(demo_db, runs=args.runs)
    print("contacts and search ...", flush=True)
    figures += bench_contacts.bench(demo_db)
    print("contact page and agenda ...", flush=True)
    figures += bench_activity.bench(demo_db)
    print("import of a 100,000-row workbook ...", flush=True)
    figures += bench_import.bench(demo_db)
    print("export of 100,000 contacts ...", flush=True)
    figures += bench_export.bench(_export_db(args.dir, demo_db))
    print("pipeline with 10,000 open and 200,000 closed deals ...", flush=True)
    figures += bench_pipeline.bench(args.dir)
    print("loyalty with 1,000,000 contacts and 10,000,000 purchases ...", flush=True)
    figures += bench_loyalty.bench(args.dir)

    print()
    print(f"Machine: {machine()}")
    print_table(figures)


def _export_db(folder: Path, demo_db: Path) -> Path:
    """The export benchmark's database: 100,000 contacts (the issue's figure), made
    once beside the others when the main demo is bigger."""
    from app.db import open_database
    from app.services import demo

    path = folder / "demo-100000.sqlite3"
    if path == demo_db or path.exists():
        open_database(str(path)).dispose()  # upgraded if the schema moved on
        return path
    db = open_database(str(path))
    try:
        demo.generate(db.engine, demo.DemoPlan.for_contacts(100_000))
    finally:
        db.dispose()
    return path


if __name__ == "__main__":
    main()
