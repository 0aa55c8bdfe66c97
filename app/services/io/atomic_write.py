"""Write a file whole or not at all: into a temporary file beside it, then rename.

Every export goes through here. The data is written to a hidden temporary file in the
target's folder; only when the writer has finished (and the data is on disk) is it
renamed over the target, which is atomic on one file system. A writer that fails or is
cancelled leaves the target as it was (the previous export, or nothing) and no litter.

Creating the temporary file first also proves the folder writable before any database
work starts, so a wrong path fails at once with ``OSError``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

_ATTEMPTS = 100


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield an empty temporary file's path beside ``path``; on a normal exit move it
    over ``path``, on an exception remove it (and re-raise).

    The body may write the temporary file by name (XlsxWriter does) or reopen it. The
    new file gets the usual permissions (0666 less the umask), or those of the file it
    replaces.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    temp = _create_temp(path)
    try:
        yield temp
        _sync(temp)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file (see atomic_output)."""
    with atomic_output(path) as temp, open(temp, "wb") as file:
        file.write(data)


def _create_temp(path: Path) -> Path:
    """A new empty file ``.<name>.<random>.tmp`` in ``path``'s folder.

    os.open applies the umask (tempfile.mkstemp would make it private, 0600, and the
    export would keep that mode); O_EXCL makes sure it is ours.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return temp
    raise FileExistsError(17, "No free temporary file name", str(path))


def _sync(temp: Path) -> None:
    """Put the written data on disk before the rename makes it the file."""
    with open(temp, "r+b") as file:
        os.fsync(file.fileno())
