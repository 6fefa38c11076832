"""The graph store: an embedded, on-disk Oxigraph database (pyoxigraph), one named graph per
document, plus the entities graph (docs/rdf.md).

Every command that reads a graph takes either a graph file or a store directory and goes through
:func:`open_graph`: a file (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML) is parsed into an
in-memory store, a store directory is opened read-only. :func:`open_dataset` is the same graph seen
through rdflib (oxrdflib), for code written against rdflib's API.

Writing: :func:`save_dataset` loads an in-memory dataset (``kg.build_dataset``) into a store
directory, each named graph replacing the graph of the same IRI. Incremental corpus builds
(``kg build --store``) go through kg.corpus, which writes the same layout.

>>> import tempfile
>>> from kg import build_dataset
>>> ds = build_dataset([("a.txt", "屠呦呦毕业于北京医学院。")])
>>> with tempfile.TemporaryDirectory() as folder:
...     first, again = save_dataset(folder + "/store", ds), save_dataset(folder + "/store", ds)
...     triples = len(open_graph(folder + "/store"))
>>> (first.added, first.replaced), (again.added, again.replaced), triples == len(ds)
((2, 0), (0, 2), True)
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.errors import GraphError, first_line
from kg.rdf.io import atomic_write
from kg.rdf.vocab import PREFIXES
from kg.store_loader import PARTITIONS_MARK, LoadError, bulk_load_nquads, load_into

# our format names (kg.rdf.io.FORMATS) → pyoxigraph's parsers
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
DEFAULT_STORE = "out/store"
_MARKER = "CURRENT"  # RocksDB writes this file in every database directory


@dataclass(frozen=True)
class SaveReport:
    """What :func:`save_dataset` did: named graphs added and replaced, quads written."""

    added: int
    replaced: int
    quads: int


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a store directory (an Oxigraph database)."""
    p = Path(path)
    return p.is_dir() and (p / _MARKER).is_file()


def load_file(store: ox.Store, path: str | Path, fmt: str = "", *, bulk: bool = False) -> None:
    """Parse a graph file into ``store`` (pyoxigraph's parsers; the format from the extension
    or ``fmt``, one of kg.rdf.io.FORMATS). Triple formats land in the default graph."""
    from kg.rdf.io import format_of

    p = Path(path)
    if not p.is_file():
        raise GraphError(f"{path}: no such graph file or store directory")
    name = format_of(p, fmt)
    base = p.resolve().as_uri()
    try:
        if bulk:
            store.bulk_load(path=str(p), format=RDF_FORMATS[name], base_iri=base)
        else:
            store.load(path=str(p), format=RDF_FORMATS[name], base_iri=base)
    except SyntaxError as exc:
        raise GraphError(f"{path}: not valid {name}: {first_line(exc)}") from None
    except (OSError, ValueError) as exc:
        raise GraphError(f"{path}: cannot read: {first_line(exc)}") from None


def open_store(path: str | Path) -> ox.Store:
    """Open (creating if needed) a store directory for writing."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise GraphError(f"{path}: is a file; --store takes a directory (created if missing)")
    if p.is_dir() and any(p.iterdir()) and not is_store(p):
        raise GraphError(f"{path}: folder is not empty and holds no store; choose an empty or new directory")
    try:
        return ox.Store(str(p))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise GraphError(f"{path}: the store is in use by another process (a running `kg build --store`?); try again when it ends") from None
        raise GraphError(f"{path}: cannot open the store: {first_line(exc)}") from None


def open_store_read_only(path: str | Path) -> ox.Store:
    """Open a store directory read-only (any number of readers; see docs/sparql.md)."""
    p = Path(path)
    if not is_store(p):
        raise GraphError(f"{path}: not a kg store (no Oxigraph database in this folder); create one with `kg build FILES --store {path}`")
    try:
        return ox.Store.read_only(str(p))
    except (OSError, RuntimeError) as exc:
        raise GraphError(f"{path}: cannot open the store: {first_line(exc)} (is a build writing to it?)") from None


def open_graph(path: str | Path, fmt: str = "") -> ox.Store:
    """The graph at ``path`` as a pyoxigraph Store: a graph file parsed into memory, a folder of
    N-Quads partitions loaded into memory, or a store directory opened read-only. This is how every GRAPH_OR_STORE argument is read.

    Query it with the default graph as the union of all graphs
    (``store.query(q, use_default_graph_as_union=True)``, as kg.query.run_query does)."""
    p = Path(path)
    if is_partitions(p):
        store = ox.Store()  # N-Quads partitions (kg build --partitions): load them all
        for part in sorted(p.glob("*.nq")):
            load_file(store, part, "nq")
        return store
    if p.is_dir():
        return open_store_read_only(p)
    store = ox.Store()
    load_file(store, p, fmt)
    return store


def open_dataset(path: str | Path, fmt: str = "") -> Dataset:
    """The graph at ``path`` (file or store) as an rdflib Dataset whose default graph is the union,
    backed by Oxigraph through oxrdflib: code written for rdflib (kg.stats, viz) reads stores too."""
    from oxrdflib import OxigraphStore

    ds = Dataset(store=OxigraphStore(store=open_graph(path, fmt)), default_union=True)
    for prefix, iri in PREFIXES.items():
        ds.bind(prefix, iri)
    return ds


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, RdfLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise GraphError(f"cannot store the term {term!r}")


def _quads(graph: Graph, target: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
    for s, p, o in graph.triples((None, None, None)):
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), target)  # type: ignore[arg-type]


def load_dataset(store: ox.Store, ds: Dataset) -> SaveReport:
    """Load a built dataset into an open store: each named graph replaces the graph of the same
    IRI (a document's graph, the entities graph); default-graph triples are added."""
    added = replaced = quads = 0
    for context in ds.graphs():
        name = context.identifier
        if not isinstance(name, URIRef) or not len(context):
            continue
        if name == DATASET_DEFAULT_GRAPH_ID:
            target: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
        else:
            target = ox.NamedNode(str(name))
            if store.contains_named_graph(target):
                store.remove_graph(target)
                replaced += 1
            else:
                added += 1
        batch = list(_quads(context, target))
        store.extend(batch)
        quads += len(batch)
    return SaveReport(added=added, replaced=replaced, quads=quads)


def save_dataset(path: str | Path, ds: Dataset) -> SaveReport:
    """Open (or create) the store at ``path``, load ``ds`` into it and flush it to disk."""
    store = open_store(path)
    try:
        report = load_dataset(store, ds)
        store.flush()
        return report
    except OSError as exc:
        raise GraphError(f"{path}: cannot write the store: {first_line(exc)}") from None
    finally:
        del store


def is_partitions(path: str | Path) -> bool:
    """True when ``path`` is a folder of N-Quads partitions (``kg build --partitions``)."""
    p = Path(path)
    return p.is_dir() and not is_store(p) and any(p.glob("*.nq"))


def mark_partitions(folder: Path) -> None:
    """Mark ``folder`` as partitions kg's own writer wrote (valid IRIs and language tags by
    construction), so loaders may skip validating them (kg.store_loader)."""
    note = {"format": "application/n-quads", "writer": "kg build --partitions", "files": "*.nq, one per named graph"}
    atomic_write(folder / PARTITIONS_MARK, lambda tmp: tmp.write_text(json.dumps(note, indent=1) + "\n", encoding="utf-8"))


def bulk_load_files(store: ox.Store, paths: Sequence[Path], fmt: str = "", *, threads: int = 2, lenient: bool = False) -> None:
    """Bulk-load several graph files into ``store`` at once: N-Quads partitions side by side
    (kg.store_loader.bulk_load_nquads: ``threads`` loads of about 32 MB at a time; ``lenient``
    skips validating IRIs and language tags, for partitions kg wrote), other formats file by
    file. Bulk loads are not transactional: on an error the store holds part of the data
    (callers load into a fresh store)."""
    from kg.rdf.io import format_of

    if not all(format_of(Path(path), fmt) == "nq" for path in paths):
        for path in paths:
            load_file(store, path, fmt, bulk=True)
        return
    try:
        bulk_load_nquads(store, [Path(p) for p in paths], threads=threads, lenient=lenient)
    except LoadError as exc:
        raise GraphError(str(exc)) from None


def snapshot(path: str | Path, folder: str | Path, *, threads: int = 2) -> Path:
    """A store directory for read-only workers: a store directory as it is, or a graph file or a
    folder of partitions bulk-loaded into ``folder`` (which the caller removes), in a process of
    its own (kg.store_loader: a faster allocator, and this process's memory does not grow)."""
    from kg.rdf.io import format_of

    p = Path(path)
    if p.is_dir() and not is_partitions(p):
        open_store_read_only(p)  # fail early with a one-line error
        return p
    target = Path(folder) / "store"
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if p.is_dir():
        load_into(p, target, threads=threads)
    else:
        load_into(p, target, media_type=RDF_FORMATS[format_of(p)].media_type, threads=threads)
    return target
