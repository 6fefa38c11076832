"""Where exports land: one file (atomic, or stdout) or one folder (built aside, then swapped in).

A failed export never leaves a half-written file or folder behind, and a second export into the
same folder replaces the first one entirely (no stale CSV of a label that no longer exists).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg.errors import KgError
from kg.rdf.io import atomic_write

# Written into every export folder; its presence is what allows replacing the folder later.
MARKER = "kg-export.txt"


class ExportError(KgError):
    """An export that cannot be written as asked (unknown format, bad option, unsafe output path)."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_file(path: str | Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(stream)`` on a temporary file renamed onto ``path``; ``-`` is stdout."""
    if str(path) == "-":
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    if Path(path).is_dir():
        raise ExportError(f"{path}: is a folder; this format writes one file, give a file name with -o")

    def to_tmp(tmp: Path) -> None:
        with tmp.open("wb") as stream:
            write(stream)
        os.chmod(tmp, 0o666 & ~_umask())  # as a plain open() would: other tools may run as other users

    atomic_write(path, to_tmp)


def write_folder(path: str | Path, write: Callable[[Path], str]) -> None:
    """Call ``write(tmp_folder)``, then put the folder in place of ``path``.

    ``write`` returns the text of ``kg-export.txt``, the folder's table of contents.

    ``path`` must be new, empty, or an earlier kg export (it holds ``kg-export.txt``): a folder
    of someone else's files is never replaced.
    """
    if str(path) == "-":
        raise ExportError("this format writes a folder of files; give a folder with -o, not -")
    target = Path(path)
    if target.exists():
        if not target.is_dir():
            raise ExportError(f"{target}: is a file; this format writes a folder, give a folder name with -o")
        if any(target.iterdir()) and not (target / MARKER).is_file():
            raise ExportError(f"{target}: is a folder with other files in it; give a new or empty folder (or an earlier kg export)")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        (tmp / MARKER).write_text(write(tmp), encoding="utf-8")
        os.chmod(tmp, 0o777 & ~_umask())
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            os.replace(target, old / target.name)
            try:
                os.replace(tmp, target)
            except BaseException:
                os.replace(old / target.name, target)  # put the earlier export back
                raise
            finally:
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
