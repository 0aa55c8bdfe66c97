"""Cold start: process start to the first shown main window, against a bare PySide6 window.

Both are child processes timed from spawn by this process, with the same clock and
the same end mark: the first event-loop turn after ``show()`` (the window has been
exposed and painted). Rapport prints its marks when RAPPORT_STARTUP_PROBE=1 is set:
``shown`` then, once the worker has opened (and if need be migrated) the database and
counted the contacts, ``ready``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .common import REPO, Figure

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _time_marks(cmd: list[str], env: dict[str, str], marks: tuple[str, ...]) -> dict[str, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=REPO)
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split()[0] if line.split() else ""
        if word in marks and word not in seen:
            seen[word] = time.perf_counter() - started
        if len(seen) == len(marks):
            break
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
    if len(seen) != len(marks):
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{cmd} did not print {marks}: {err}")
    return seen


def _byte_compile() -> None:
    """Write Rapport's bytecode, as a user's first run (or an installer) would.

    The bare script's modules all come byte-compiled from their wheels. Rapport's own
    are compiled on first import and cached in __pycache__, unless PYTHONDONTWRITEBYTECODE
    is set (as on some CI and sandbox machines), in which case every run would compile
    them again: about 10 ms a user never pays. compileall writes the cache regardless.
    """
    import compileall

    compileall.compile_dir(REPO / "app", quiet=1)
    compileall.compile_file(REPO / "main.py", quiet=1)


def bench(db_path: Path, runs: int = 7) -> list[Figure]:
    _byte_compile()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    app_env = {**env, "RAPPORT_STARTUP_PROBE": "1",
               "RAPPORT_DATA_DIR": str(db_path.parent / "startup-profile")}
    bare, shown, ready = [], [], []
    # One warm-up of each so that neither pays for the first read of the wheels from disk.
    _time_marks([sys.executable, "-c", BARE], env, ("shown",))
    _time_marks([sys.executable, "main.py", "--db", str(db_path)], app_env, ("shown", "ready"))
    for _ in range(runs):
        bare.append(_time_marks([sys.executable, "-c", BARE], env, ("shown",))["shown"])
        marks = _time_marks([sys.executable, "main.py", "--db", str(db_path)], app_env,
                            ("shown", "ready"))
        shown.append(marks["shown"])
        ready.append(marks["ready"])
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    return [
        Figure("bare PySide6 script: spawn to shown QMainWindow (median)", b * 1000, "ms"),
        Figure(f"Rapport: spawn to shown main window, {db_path.name} (median)", s * 1000, "ms",
               "< 1000 ms", s < 1.0),
        Figure("Rapport shown / bare shown", s / b, "x", "<= 1.3", s / b <= 1.3),
        Figure("Rapport: spawn to database open and contacts counted (median)", r * 1000, "ms"),
    ]
