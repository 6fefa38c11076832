"""Reading and writing graph files. Writes are atomic: a temporary file, then a rename, so a
failed run leaves the previous output intact."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset

from kg.errors import GraphError, first_line
from kg.rdf.mapping import new_dataset

# our format name → (rdflib serializer/parser name, file extension, keeps named graphs)
FORMATS: dict[str, tuple[str, str, bool]] = {
    "trig": ("trig", ".trig", True),
    "nq": ("nquads", ".nq", True),
    "ttl": ("turtle", ".ttl", False),
    "nt": ("nt11", ".nt", False),
    "jsonld": ("json-ld", ".jsonld", True),
    "xml": ("xml", ".rdf", False),
}
_BY_SUFFIX = {ext: name for name, (_, ext, _) in FORMATS.items()} | {".json": "jsonld", ".n3": "ttl", ".owl": "xml", ".turtle": "ttl"}


def format_of(path: str | Path, explicit: str = "") -> str:
    if explicit:
        if explicit not in FORMATS:
            raise GraphError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return explicit
    suffix = Path(path).suffix.lower()
    if suffix not in _BY_SUFFIX:
        raise GraphError(f"{path}: cannot tell the RDF format from the extension; use --format ({', '.join(FORMATS)})")
    return _BY_SUFFIX[suffix]


def atomic_write(path: str | Path, write: Callable[[Path], object]) -> None:
    """Call ``write(tmp)`` then rename tmp onto path; on any error the old file stays."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs get the usual permissions
    try:
        write(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_dataset(ds: Dataset, path: str | Path, fmt: str = "") -> None:
    """Write ``ds`` in the format of the extension (or ``fmt``): sorted, deterministic and atomic,
    through the exporters (kg.export), the one writer of RDF files."""
    from kg.export import export  # kg.export reads graphs through this module

    export(ds, format_of(path, fmt), path)


def read_dataset(path: str | Path, fmt: str = "") -> Dataset:
    """A graph file (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML) as a Dataset."""
    p = Path(path)
    if not p.is_file():
        raise GraphError(f"{path}: no such graph file")
    fmt = format_of(p, fmt)
    rdflib_name, _, keeps_graphs = FORMATS[fmt]
    ds = new_dataset()
    try:
        if keeps_graphs:
            ds.parse(str(p), format=rdflib_name)
        else:
            ds.default_graph.parse(str(p), format=rdflib_name)  # type: ignore[attr-defined]
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise GraphError(f"{path}: not valid {fmt}: {first_line(exc)[:200]}") from None
    return ds
