"""Bulk-loading a graph file or a folder of N-Quads partitions into a new store directory, in a
process of its own.

Why a process of its own: Oxigraph's bulk loader spends about a fifth of its CPU in the C
library's allocator (a ``perf`` profile of a 1M-triple load: millions of small keys allocated,
sorted and freed per index). A faster allocator (mimalloc: Debian's ``libmimalloc2.0``, which
``.ci/run`` installs) can only be chosen when a process starts (``LD_PRELOAD``), so the load runs
in a child started with it preloaded: about 15% less time on this machine's two cores (bench
figures in the README). The caller's memory does not grow with the load either: the loader's
batches are freed when the child exits, and the caller opens the finished store.

The child is ``python -m kg.store_loader SOURCE TARGET``; :func:`load_into` starts it and turns
its one-line error into a :class:`~kg.errors.GraphError`. Without mimalloc (another system, or
``KG_LOAD_ALLOCATOR=system``) the child runs with the C library's allocator and the same result.

Partitions that ``kg build --partitions`` wrote (the folder carries kg.store.PARTITIONS_MARK) are
parsed leniently: Oxigraph then skips validating IRIs and language tags, which kg's own writer
already guarantees (another 7% of the load); any other file is parsed strictly.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as folder:
...     source = Path(folder, "g.nq")
...     _ = source.write_text('<http://e.org/s> <http://e.org/p> "值" <http://e.org/g> .\\n', encoding="utf-8")
...     report = load_into(source, Path(folder, "store"))
>>> report.quads
1
"""

from __future__ import annotations

import argparse
import ctypes.util
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.errors import GraphError, first_line

ALLOCATOR_ENV = "KG_LOAD_ALLOCATOR"  # a shared library's path, or "system" for the C library's allocator


@dataclass(frozen=True)
class LoadReport:
    """What a load wrote: quads in the store, the allocator the loader ran with (a shared
    library's path or file name as mapped in the child, "" for the C library's) and whether its
    partitions were parsed leniently."""

    quads: int
    allocator: str
    lenient: bool


def preloaded_allocator() -> str:
    """The allocator to preload into the loader: ``KG_LOAD_ALLOCATOR`` if set (a path; "system"
    for none), else mimalloc where the system has it, else "" (Linux only: elsewhere "")."""
    chosen = os.environ.get(ALLOCATOR_ENV, "").strip()
    if chosen == "system" or not sys.platform.startswith("linux"):
        return ""
    if chosen:
        if not Path(chosen).is_file():
            raise GraphError(f"{ALLOCATOR_ENV}={chosen}: no such shared library (give its path, or 'system')")
        return chosen
    return ctypes.util.find_library("mimalloc") or ""


def load_into(source: Path, target: Path, *, threads: int = 2) -> LoadReport:
    """Bulk-load ``source`` (a graph file or a folder of N-Quads partitions) into the new store
    directory ``target``, in a child process (see the module doc)."""
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    allocator = preloaded_allocator()
    if allocator:
        env["LD_PRELOAD"] = " ".join(p for p in (allocator, env.get("LD_PRELOAD", "")) if p)
    command = [sys.executable, "-m", "kg.store_loader", str(source), str(target), "--threads", str(threads)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        errors = [line for line in done.stderr.splitlines() if line.strip()]
        raise GraphError(errors[-1] if errors else f"{source}: the store loader stopped (exit status {done.returncode})")
    reply = json.loads(lines[-1])
    return LoadReport(quads=int(reply["quads"]), allocator=str(reply["allocator"]), lenient=bool(reply["lenient"]))


def _mapped_allocator() -> str:
    """The preloaded allocator as this process mapped it (so a report says what really ran)."""
    preload = os.environ.get("LD_PRELOAD", "").split()
    if not preload:
        return ""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    names = {Path(p).name for p in preload} | {Path(p).resolve().name for p in preload if "/" in p}
    for line in maps.splitlines():
        path = line.split()[-1] if line.split() else ""
        if path.startswith("/") and any(Path(path).name.startswith(name) for name in names):  # libmimalloc.so.2 → .so.2.0
            return path
    return ""


def _load(source: Path, target: Path, threads: int) -> LoadReport:
    import pyoxigraph as ox

    from kg.store import bulk_load_files, is_partitions, load_file, trusted_partitions

    if not source.exists():
        raise GraphError(f"{source}: no such graph file or partitions folder")
    store = ox.Store(str(target))
    lenient = False
    if is_partitions(source):
        lenient = trusted_partitions(source)
        bulk_load_files(store, sorted(source.glob("*.nq")), "nq", threads=threads, lenient=lenient)
    else:
        load_file(store, source, bulk=True)
    store.flush()
    quads = len(store)
    del store
    return LoadReport(quads=quads, allocator=_mapped_allocator(), lenient=lenient)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.store_loader", description="Bulk-load a graph file or partitions folder into a new store directory.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    try:
        report = _load(args.source, args.target, max(1, args.threads))
    except GraphError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{args.target}: cannot write the store: {first_line(exc)}", file=sys.stderr)
        return 2
    print(json.dumps({"quads": report.quads, "allocator": report.allocator, "lenient": report.lenient}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
