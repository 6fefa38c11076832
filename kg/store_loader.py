"""Bulk-loading a graph file or a folder of N-Quads partitions into a new store directory, in a
process of its own.

Why a process of its own: Oxigraph's bulk loader spends about a fifth of its CPU in the C
library's allocator (a ``perf`` profile of a 1M-triple load: millions of small keys allocated,
sorted and freed per index). A faster allocator (mimalloc: Debian's ``libmimalloc2.0``, which
``.ci/run`` installs) can only be chosen when a process starts (``LD_PRELOAD``), so the load runs
in a child started with it preloaded: about 15% less time on this machine's two cores (bench
figures in the README). The caller's memory does not grow with the load either: the loader's
batches are freed when the child exits, and the caller opens the finished store.

The child runs this file by its path (``python -P kg/store_loader.py SOURCE TARGET``), so this
module imports nothing from kg at its top: the child starts in a few tens of milliseconds
instead of the third of a second importing the kg package (the extraction, rdflib) takes.
:func:`load_into` starts it and turns its one-line error into a :class:`~kg.errors.GraphError`.
Without mimalloc (another system, or ``KG_LOAD_ALLOCATOR=system``) the child runs with the C
library's allocator and writes the same store.

Partitions that ``kg build --partitions`` wrote (the folder carries :data:`PARTITIONS_MARK`) are
parsed leniently: Oxigraph then skips validating IRIs and language tags, which kg's own writer
already guarantees (another 7% of the load); any other file is parsed strictly.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     source = Path(folder, "g.nq")
...     _ = source.write_text('<http://e.org/s> <http://e.org/p> "值" <http://e.org/g> .\\n', encoding="utf-8")
...     report = load_into(source, Path(folder, "store"), count=True)
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
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox

ALLOCATOR_ENV = "KG_LOAD_ALLOCATOR"  # a shared library's path, or "system" for the C library's allocator
BULK_BYTES = 32 << 20  # N-Quads gathered into one bulk load (each load writes its own index files)
PARTITIONS_MARK = "kg-partitions.json"  # kg build --partitions writes it: the files are kg's own N-Quads


class LoadError(Exception):
    """A file the bulk loader cannot read or parse; the message is one line naming the file
    (kg.store turns it into a GraphError)."""


@dataclass(frozen=True)
class LoadReport:
    """What a load wrote: quads in the store (-1 when not counted), the allocator the loader ran
    with (the shared library's file as mapped in the child, "" for the C library's) and whether
    its partitions were parsed leniently."""

    quads: int
    allocator: str
    lenient: bool


def _first_line(exc: BaseException) -> str:  # kg.errors.first_line, which the child cannot import cheaply
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]


def trusted_partitions(folder: Path) -> bool:
    """True when ``folder`` holds partitions kg wrote (kg.store.mark_partitions)."""
    return (Path(folder) / PARTITIONS_MARK).is_file()


# --------------------------------------------------------------------------- the load itself


def bulk_load_nquads(store: ox.Store, paths: Sequence[Path], *, threads: int = 2, lenient: bool = False) -> None:
    """Bulk-load N-Quads files into ``store``, ``threads`` loads side by side.

    Oxigraph's bulk loader releases the GIL and spends its time building sorted index files, one
    core per load, so loads side by side use the cores a single load leaves idle (1M triples:
    1.7× faster on two cores). N-Quads files are line-based, so many small partitions (one per
    document) are gathered into loads of about 32 MB (a file with blank nodes loads alone, so its
    blank nodes stay its own). Raises :class:`LoadError` naming the file at fault.
    """
    shares: list[list[Path]] = [[] for _ in range(max(1, min(threads, len(paths))))]
    for k, path in enumerate(sorted(paths, key=lambda q: -q.stat().st_size)):
        shares[k % len(shares)].append(path)  # the biggest first, dealt round: even shares

    def load_share(share: list[Path]) -> None:
        batch: list[tuple[Path, bytes]] = []
        size = 0
        for k, path in enumerate(share):
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise LoadError(f"{path}: cannot read: {_first_line(exc)}") from None
            if b"_:" in data:  # blank nodes are local to their file: never gathered with another
                _bulk_nquads(store, data, [path], lenient)
            else:
                batch.append((path, data if data.endswith(b"\n") or not data else data + b"\n"))
                size += len(data)
            if batch and (size > BULK_BYTES or k == len(share) - 1):
                _bulk_nquads(store, b"".join(d for _, d in batch), [f for f, _ in batch], lenient)
                batch, size = [], 0

    if len(shares) == 1:
        load_share(shares[0])
        return
    with ThreadPoolExecutor(max_workers=len(shares)) as pool:
        for done in [pool.submit(load_share, share) for share in shares]:
            done.result()  # the first failure (a LoadError naming its file) is raised here


def _bulk_nquads(store: ox.Store, data: bytes, files: Sequence[Path], lenient: bool) -> None:
    import pyoxigraph as ox

    try:
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=lenient)
    except (SyntaxError, OSError, ValueError) as exc:
        for path in files:  # name the file at fault, not the batch
            try:
                for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
                    pass
            except SyntaxError as bad:
                raise LoadError(f"{path}: not valid nq: {_first_line(bad)}") from None
        raise LoadError(f"{files[0] if files else 'N-Quads'}: cannot load: {_first_line(exc)}") from None


# --------------------------------------------------------------------------- the parent's side


def preloaded_allocator() -> str:
    """The allocator to preload into the loader: ``KG_LOAD_ALLOCATOR`` if set (a path; "system"
    for none), else mimalloc where the system has it, else "" (Linux only: elsewhere "")."""
    from kg.errors import GraphError

    chosen = os.environ.get(ALLOCATOR_ENV, "").strip()
    if chosen == "system" or not sys.platform.startswith("linux"):
        return ""
    if chosen:
        if not Path(chosen).is_file():
            raise GraphError(f"{ALLOCATOR_ENV}={chosen}: no such shared library (give its path, or 'system')")
        return chosen
    return ctypes.util.find_library("mimalloc") or ""


def load_into(source: Path, target: Path, *, media_type: str = "application/n-quads", threads: int = 2, count: bool = False) -> LoadReport:
    """Bulk-load ``source`` (a folder of N-Quads partitions, or a graph file of ``media_type``)
    into the new store directory ``target``, in a child
    process (see the module doc); ``count`` counts the quads written (a scan of the store)."""
    from kg.errors import GraphError

    env = dict(os.environ)
    allocator = preloaded_allocator()
    if allocator:
        env["LD_PRELOAD"] = " ".join(p for p in (allocator, env.get("LD_PRELOAD", "")) if p)
    command = [sys.executable, "-P", str(Path(__file__).resolve()), str(source), str(target), "--media-type", media_type, "--threads", str(threads)]
    done = subprocess.run([*command, "--count"] if count else command, env=env, capture_output=True, text=True, check=False)
    replies = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not replies:
        errors = [line for line in done.stderr.splitlines() if line.strip()]
        raise GraphError(errors[-1] if errors else f"{source}: the store loader stopped (exit status {done.returncode})")
    reply = json.loads(replies[-1])
    return LoadReport(quads=int(reply["quads"]), allocator=str(reply["allocator"]), lenient=bool(reply["lenient"]))


# --------------------------------------------------------------------------- the child's side


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


def _load(source: Path, target: Path, media_type: str, threads: int, count: bool) -> LoadReport:
    import pyoxigraph as ox

    if not source.exists():
        raise LoadError(f"{source}: no such graph file or partitions folder")
    store = ox.Store(str(target))
    lenient = False
    if source.is_dir():
        lenient = trusted_partitions(source)
        bulk_load_nquads(store, sorted(source.glob("*.nq")), threads=threads, lenient=lenient)
    else:
        fmt = ox.RdfFormat.from_media_type(media_type)
        if fmt is None:
            raise LoadError(f"{source}: no RDF format has the media type {media_type!r}")
        try:
            store.bulk_load(path=str(source), format=fmt, base_iri=source.resolve().as_uri())
        except SyntaxError as exc:
            raise LoadError(f"{source}: not valid {fmt.file_extension}: {_first_line(exc)}") from None
        except ValueError as exc:
            raise LoadError(f"{source}: cannot read: {_first_line(exc)}") from None
    store.flush()
    quads = len(store) if count else -1
    del store
    return LoadReport(quads=quads, allocator=_mapped_allocator(), lenient=lenient)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bulk-load a graph file or partitions folder into a new store directory.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--media-type", default="application/n-quads", help="a graph file's format (partitions are N-Quads)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--count", action="store_true", help="count the quads written")
    args = parser.parse_args(argv)
    try:
        report = _load(args.source, args.target, args.media_type, max(1, args.threads), args.count)
    except LoadError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{args.target}: cannot write the store: {_first_line(exc)}", file=sys.stderr)
        return 2
    print(json.dumps({"quads": report.quads, "allocator": report.allocator, "lenient": report.lenient}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
