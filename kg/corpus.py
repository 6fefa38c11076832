"""Corpus builds: parallel, incremental and resumable, locally or on a Dask or Spark cluster.

``build_corpus`` is the same pipeline as ``kg.build_dataset`` with three things added:

- **parallel extraction**: documents are extracted in worker processes (``jobs``), or as tasks on
  a Dask cluster (``engine="dask"``) or Spark (``engine="spark"``, ``scheduler`` the master
  URL); extraction is pure per document, so the result does not depend on where it ran;
- **a cache and a manifest** in the store folder: each document's extraction is kept under its
  content hash and the extractor's fingerprint (written atomically, one file per document), so
  re-running on an unchanged corpus extracts nothing, an edited document is extracted again, a
  new version of the extractor (its code, its data files or the segmenter chosen) extracts every
  document again, and an interrupted build resumes where it stopped; ``manifest.json`` records which files map to which document and the IRI
  given to each name, so the same name keeps its IRI as the corpus grows;
- **graph-level updates**: resolution runs over the whole corpus (cheap: it reads mentions),
  then only the documents whose facts changed get their named graph replaced; ``prune`` drops
  the graphs of documents that are gone.

Outputs: an Oxigraph store (``store_dir/oxigraph``) and/or N-Quads partitions (one file per
document graph plus ``entities.nq``) that load into any SPARQL store.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import multiprocessing.context
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, cast

from rdflib import URIRef
from rdflib.plugins.serializers.nquads import _nq_row as _untyped_nq_row
from rdflib.term import Node

from kg.errors import KgError, first_line
from kg.extract import extract
from kg.extract.firm_names import names_reader
from kg.model import Entity, Extraction, Resolution
from kg.rdf.io import atomic_write
from kg.rdf.mapping import DEFAULT_BASE, Iris, add_document, add_entities
from kg.resolve import Form, FormResolution, document_forms, form_key, link_mentions, resolve_forms
from kg.resources import Gazetteer, default_resources
from kg.text import read_document

MANIFEST_VERSION = 1
PARALLEL_BYTES = 64 << 10  # below this much text, starting worker processes costs more than it saves
_nq_row = cast(Callable[[tuple[Node, Node, Node], Node], str], _untyped_nq_row)  # rdflib's N-Quads line writer


@dataclass(frozen=True)
class BuildReport:
    documents: int
    extracted: int  # documents extracted in this run
    reused: int  # documents whose cached extraction was reused
    rewritten: int  # document graphs written
    removed: int  # document graphs pruned
    entities: int


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it (workers start in milliseconds with the resources loaded)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


def _extract_path(path: str, date: str, segmenter: str) -> Extraction:
    """The unit of work for a process or a Dask task."""
    return extract(read_document(path, date=date), default_resources(segmenter))


def _content_key(path: str, extractor: str = "") -> str:
    """The cache key of a file: the hash of its bytes (cheap; no decoding) and of the
    extractor's fingerprint."""
    digest = hashlib.sha256(extractor.encode())
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:32]


def extractor_fingerprint(segmenter: str = "rjieba", data_dir: Path | None = None) -> str:
    """What an extraction depends on besides the document: the extractor's code (``kg/extract``,
    the segmenter's module), its data files (gazetteer, names, patterns) and the segmenter
    chosen. A cached extraction made by another version is not reused.

    >>> extractor_fingerprint("rjieba") == extractor_fingerprint("rjieba") != extractor_fingerprint("jieba")
    True
    """
    from kg.resources import DATA_DIR

    package = Path(__file__).resolve().parent
    files = [*sorted((package / "extract").glob("*.py")), package / "segment.py", package / "resources.py"]
    data = data_dir or DATA_DIR
    files += sorted(f for sub in ("gazetteer", "names", "patterns") for f in (data / sub).rglob("*") if f.is_file())
    digest = hashlib.sha256(segmenter.encode())
    for f in files:
        digest.update(f.name.encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


class Cache:
    """Extractions on disk, keyed by the content hash of the file bytes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def get(self, key: str) -> Extraction | None:
        try:
            with self.path(key).open("rb") as handle:
                value = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError):
            return None
        return value if isinstance(value, Extraction) else None

    def put(self, key: str, x: Extraction) -> None:
        atomic_write(self.path(key), lambda tmp: tmp.write_bytes(pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL)))


def _read_manifest(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"version": MANIFEST_VERSION, "files": {}, "graphs": {}, "iris": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KgError(f"{path}: unreadable manifest ({exc}); delete it to rebuild from scratch") from None
    if data.get("version") != MANIFEST_VERSION:
        raise KgError(f"{path}: manifest version {data.get('version')} is not {MANIFEST_VERSION}; delete it to rebuild")
    return dict(data)


# What the build keeps of a fresh extraction in memory: its document id, its named-mention forms
# and its length in characters (the extraction itself goes to the cache on disk).
Found = tuple[str, dict[Form, int], int]


def _found(x: Extraction) -> Found:
    return x.document.id, document_forms(x), len(x.document.text)


def _extract_to_cache(path: str, key: str, folder: Path, date: str, segmenter: str) -> Found:
    """The unit of work of a local worker process: extract, cache, return only the forms (the
    extraction is not sent back to the parent, which would unpickle and pickle it again)."""
    x = _extract_path(path, date, segmenter)
    Cache(folder).put(key, x)
    return _found(x)


def extract_all(
    todo: Sequence[tuple[str, str]],
    *,
    cache: Cache,
    jobs: int,
    engine: str,
    scheduler: str,
    date: str,
    segmenter: str,
    done: Callable[[str, Found], None],
) -> None:
    """Extract (path, key) pairs into ``cache``, calling ``done(key, found)`` as each finishes.

    Local workers write the cache themselves; Dask workers may run on other machines, so their
    extractions come back and are cached here.
    """
    if not todo:
        return
    if engine == "dask":
        from distributed import Client
        from distributed import as_completed as dask_completed

        if not scheduler:
            raise KgError("--engine dask needs --scheduler tcp://HOST:PORT")
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            futures = {client.submit(_extract_path, p, date, segmenter, pure=False): key for p, key in todo}
            for future in dask_completed(futures):
                key, x = futures.pop(future), future.result()  # popped: the result is not kept past its use
                future.release()
                cache.put(key, x)
                done(key, _found(x))
        finally:
            client.close()
    elif engine == "spark":
        for key, x in _spark_extractions(todo, master=scheduler or f"local[{max(jobs, 1)}]", date=date, segmenter=segmenter):
            cache.put(key, x)
            done(key, _found(x))
    elif engine == "local" and jobs > 1 and len(todo) > 1 and sum(os.path.getsize(p) for p, _ in todo) > PARALLEL_BYTES:
        default_resources(segmenter)  # loaded once here: forked workers inherit them instead of loading their own
        with ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context()) as pool:
            pending = {pool.submit(_extract_to_cache, p, key, cache.folder, date, segmenter): key for p, key in todo}
            for future in as_completed(pending):
                done(pending.pop(future), future.result())
    elif engine == "local":
        for p, key in todo:
            done(key, _extract_to_cache(p, key, cache.folder, date, segmenter))
    else:
        raise KgError(f"unknown engine {engine!r}; choose local, dask or spark")


def _spark_extractions(todo: Sequence[tuple[str, str]], *, master: str, date: str, segmenter: str) -> Iterator[tuple[str, Extraction]]:
    """Extract on Spark: one task per document, results streamed back one partition at a time.

    ``master`` is a Spark master URL (``local[2]``, ``spark://HOST:7077``). Executors run Python
    workers that import kg, so for a local master the workers use this interpreter unless
    PYSPARK_PYTHON says otherwise; on a cluster, install kg where the executors run.
    """
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        raise KgError("--engine spark needs PySpark (pip install pyspark; Spark also needs Java 17 or newer)") from None
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    conf = SparkConf().setMaster(master).setAppName("kg build").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    try:
        context = SparkContext.getOrCreate(conf)
    except Exception as exc:  # Py4J and the JVM raise their own types: report them in one line
        raise KgError(f"cannot start Spark at {master}: {first_line(exc)}") from None
    context.setLogLevel("ERROR")
    try:
        tasks = context.parallelize(list(todo), numSlices=len(todo))
        yield from tasks.map(partial(_spark_task, date=date, segmenter=segmenter)).toLocalIterator()
    except KgError:
        raise
    except Exception as exc:  # a lost master or executor, a task that failed on a worker
        raise KgError(f"the Spark job at {master} failed: {first_line(exc)}") from None
    finally:
        context.stop()


def _spark_task(item: tuple[str, str], *, date: str, segmenter: str) -> tuple[str, Extraction]:
    path, key = item
    return key, _extract_path(path, date, segmenter)


def stable_resolution(resolved: FormResolution, iris: dict[str, str]) -> FormResolution:
    """Keep the IRI a name was first given: remap entity ids through the manifest's registry.

    ``iris`` maps surface keys (``Person:julienchaumond``) to entity ids and is updated in place
    with the keys seen now.
    """
    keys_of: dict[str, set[str]] = {}
    for key, entity_id in resolved.by_key.items():
        keys_of.setdefault(entity_id, set()).add(key)
    remap: dict[str, str] = {}
    taken: set[str] = set()
    for entity in resolved.entities:
        previous = sorted({iris[k] for k in keys_of.get(entity.id, ()) if k in iris})
        chosen = next((p for p in previous if p not in taken), entity.id)
        remap[entity.id] = chosen
        taken.add(chosen)
    entities = tuple(replace(e, id=remap[e.id]) for e in resolved.entities)
    for entity_id, keys in keys_of.items():
        for k in keys:
            iris.setdefault(k, remap[entity_id])
    by_key = {k: remap[v] for k, v in resolved.by_key.items()}
    return FormResolution(tuple(sorted(entities, key=lambda e: (e.top, e.id))), by_key)


def _signature(doc_id: str, forms: dict[Form, int], described: dict[Form, str]) -> str:
    """What a document's graph depends on: its text and the entities its names resolve to.

    ``described`` maps each form to its entity, as ``_form_entities`` gives it.
    """
    parts = [doc_id, *(described[form] for form in forms)]  # in extraction order, which is deterministic
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def _form_entities(forms: Iterable[Form], by_key: dict[str, str], entities: dict[str, Entity]) -> dict[Form, str]:
    """Each distinct form with the entity it resolves to, as signatures hash it."""
    described: dict[Form, str] = {}
    for form in forms:
        if form not in described:
            entity_id = by_key.get(form_key(form), "")
            entity = entities.get(entity_id)
            described[form] = f"{form[0]}\x1f{form[3]}\x1f{entity.top if entity else ''}/{entity_id}"
    return described


def _read_forms(path: Path) -> dict[str, tuple[str, dict[Form, int]]]:
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError):
        return {}
    return value if isinstance(value, dict) else {}


class NQuadsSink:
    """Collects triples as sorted, de-duplicated N-Quads lines of one graph, without building an
    rdflib Graph (its indexes cost more than the whole mapping at corpus scale)."""

    def __init__(self, graph: object) -> None:
        self.graph = URIRef(str(graph))
        self.lines: set[str] = set()

    def add(self, triple: tuple[Node, Node, Node], /) -> object:
        self.lines.add(_nq_row(triple, self.graph))
        return self

    def text(self) -> str:
        return "".join(sorted(self.lines))


def document_nquads(x: Extraction, resolution: Resolution, iris: Iris) -> str:
    sink = NQuadsSink(iris.graph(x.document))
    add_document(sink, x, resolution, iris)
    return sink.text()


def entities_nquads(entities: Iterable[Entity], iris: Iris) -> str:
    sink = NQuadsSink(iris.entities_graph())
    add_entities(sink, entities, iris)
    return sink.text()


def build_corpus(
    paths: Sequence[str],
    *,
    store: Path | None = None,
    partitions: Path | None = None,
    state: Path,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str = "",
    base: str = DEFAULT_BASE,
    date: str = "",
    segmenter: str = "rjieba",
    prune: bool = False,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[int], Callable[[int], None]] | None = None,
) -> BuildReport:
    """Build or update a corpus. ``state`` holds the cache and the manifest.

    ``progress(total)`` is called once with the number of documents to extract and returns the
    callback to call with each extracted document's length.
    """
    state.mkdir(parents=True, exist_ok=True)
    cache = Cache(state / "cache")
    manifest_path = state / "manifest.json"
    manifest = _read_manifest(manifest_path)
    forms_path = state / "forms.pickle"
    index = _read_forms(forms_path)  # content key → (document id, its named-mention forms)
    extractor = extractor_fingerprint(segmenter)
    keys = {p: _content_key(p, extractor) for p in paths}
    todo = [(p, k) for p, k in keys.items() if not cache.path(k).exists()]
    reused = len(keys) - len(todo)
    step = progress(len(todo)) if progress else None

    shared: dict[Form, Form] = {}

    def done(key: str, found: Found) -> None:
        # one object per distinct form: the index pickles each form once (names repeat across a
        # corpus; a tenth of the size and time) and holds it once in memory
        index[key] = (found[0], {shared.setdefault(form, form): count for form, count in found[1].items()})
        if step:
            step(found[2])

    listed_now = {str(Path(p)): keys[p] for p in paths}
    if not todo and {f: v["key"] for f, v in manifest["files"].items() if f in listed_now} == listed_now and (
        not prune or set(manifest["files"]) <= set(listed_now)
    ) and (store is None or store.exists()) and (partitions is None or partitions.exists()):
        return BuildReport(len(paths), 0, reused, 0, 0, int(manifest.get("entity_count", 0)))  # nothing changed: nothing to do
    extract_all(todo, cache=cache, jobs=jobs, engine=engine, scheduler=scheduler, date=date, segmenter=segmenter, done=done)

    def forms_of(key: str, where: str) -> tuple[str, dict[Form, int]] | None:
        if key not in index:  # a build interrupted before it saved the index: read the extraction once
            x = cache.get(key)
            if x is None:
                if where:
                    raise KgError(f"{where}: extraction missing from the cache at {cache.folder}")
                return None
            index[key] = (x.document.id, document_forms(x))
        return index[key]

    listed = [(keys[p], forms_of(keys[p], p)) for p in paths]
    unlisted = {f: v for f, v in manifest["files"].items() if f not in listed_now}
    kept = [] if prune else [(v["key"], found) for v in unlisted.values() if (found := forms_of(v["key"], "")) is not None]
    everything = [(key, found) for key, found in [*listed, *kept] if found is not None]  # not given this time: still resolved
    res = default_resources(segmenter)
    resolved = stable_resolution(resolve_forms([found for _, found in everything], gazetteer or res.gazetteer, names_reader(res)), manifest["iris"])
    iris = Iris(base)
    entities = {e.id: e for e in resolved.entities}
    old_graphs: dict[str, str] = manifest["graphs"]
    new_graphs: dict[str, str] = {}
    changed_keys: list[str] = []
    described = _form_entities((form for _, (_, forms) in everything for form in forms), resolved.by_key, entities)
    for key, (doc_id, forms) in everything:
        signature = _signature(doc_id, forms, described)
        if old_graphs.get(doc_id) != signature and doc_id not in new_graphs:
            changed_keys.append(key)
        new_graphs[doc_id] = signature

    def changed() -> Iterator[tuple[Extraction, Resolution]]:
        """The documents to rewrite, read one at a time (memory stays at one document)."""
        for key in changed_keys:
            x = cache.get(key)
            if x is not None:
                yield x, link_mentions([x], resolved)
    old_files: dict[str, dict[str, str]] = manifest["files"]
    current = set(new_graphs)
    replaced = {old_files[f]["doc"] for f in listed_now if f in old_files} - current
    gone = sorted(replaced | ({v["doc"] for v in unlisted.values()} - current if prune else set()))
    entities_text = entities_nquads(resolved.entities, iris)
    entities_hash = hashlib.sha256(entities_text.encode("utf-8")).hexdigest()[:32]
    fresh = manifest.get("entities") != entities_hash  # the entities graph is rewritten only when it changed
    if store is not None:
        loaded = state / "entities.nq"  # the entities graph as last loaded into the store: updates are diffs
        previous = entities_text  # unchanged: nothing to do unless the store lost the graph
        if fresh:
            previous = _read_text(loaded)
            if hashlib.sha256(previous.encode("utf-8")).hexdigest()[:32] != manifest.get("entities"):
                previous = ""  # not the graph the store holds: replace it whole
        _update_store(store, changed(), gone, iris, Change(previous, entities_text))
        if fresh or not loaded.exists():
            atomic_write(loaded, partial(_write_text, text=entities_text))
    if partitions is not None:
        _update_partitions(partitions, changed(), gone, iris, entities_text, fresh)
    manifest["entities"] = entities_hash
    manifest["entity_count"] = len(resolved.entities)
    manifest["files"] = {f: {"key": key, "doc": found[0]} for (f, key), (_, found) in zip(listed_now.items(), listed, strict=True) if found}
    if not prune:
        manifest["files"].update(unlisted)
    manifest["graphs"] = new_graphs
    live = {v["key"] for v in manifest["files"].values()}
    snapshot = {k: v for k, v in index.items() if k in live}
    atomic_write(forms_path, lambda tmp: tmp.write_bytes(pickle.dumps(snapshot, protocol=pickle.HIGHEST_PROTOCOL)))
    atomic_write(manifest_path, lambda tmp: tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"))
    return BuildReport(len(paths), len(todo), reused, len(changed_keys), len(gone), len(resolved.entities))


@dataclass(frozen=True)
class Change:
    """A graph's N-Quads before (empty: unknown) and after a build; equal when it did not change."""

    before: str
    after: str


def _update_store(
    folder: Path, changed: Iterable[tuple[Extraction, Resolution]], gone: Sequence[str], iris: Iris, entities: Change
) -> None:
    """Remove the graphs that go or change, then bulk-load the new ones in batches.

    The entities graph is updated by its difference when its previous version is known (else
    replaced whole): a few names added to a large corpus touch a few of its triples.
    Bulk loads are not transactional; a build interrupted here has not written its manifest,
    so the next run removes and loads the same graphs again.
    """
    import pyoxigraph

    from kg.store_loader import BULK_BYTES  # one batch size for every bulk load

    store = pyoxigraph.Store(str(folder))

    def drop(graph: object) -> None:
        node = pyoxigraph.NamedNode(str(graph))
        if store.contains_named_graph(node):
            store.remove_graph(node)

    for doc_id in gone:
        drop(f"{iris.base}graph/doc/{doc_id}")
    batch: list[str] = []
    size = 0
    for x, resolution in changed:
        drop(iris.graph(x.document))
        batch.append(document_nquads(x, resolution, iris))
        size += len(batch[-1])
        if size > BULK_BYTES:
            store.bulk_load("".join(batch).encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
            batch, size = [], 0
    if not store.contains_named_graph(pyoxigraph.NamedNode(str(iris.entities_graph()))):
        batch.append(entities.after)
    elif entities.before and entities.before != entities.after:
        before, after = set(entities.before.splitlines(keepends=True)), set(entities.after.splitlines(keepends=True))
        removed = "".join(sorted(before - after)).encode("utf-8")
        for quad in pyoxigraph.parse(removed, format=pyoxigraph.RdfFormat.N_QUADS) if removed else ():
            store.remove(quad)
        batch.append("".join(sorted(after - before)))
    elif not entities.before:
        drop(iris.entities_graph())
        batch.append(entities.after)
    if batch:
        store.bulk_load("".join(batch).encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _update_partitions(
    folder: Path, changed: Iterable[tuple[Extraction, Resolution]], gone: Sequence[str], iris: Iris, entities: str, fresh: bool
) -> None:
    from kg.store import mark_partitions  # (pyoxigraph only where a store is written)

    folder.mkdir(parents=True, exist_ok=True)
    for doc_id in gone:
        (folder / f"doc-{doc_id}.nq").unlink(missing_ok=True)
    for x, resolution in changed:
        text = document_nquads(x, resolution, iris)
        atomic_write(folder / f"doc-{x.document.id}.nq", partial(_write_text, text=text))
    if fresh or not (folder / "entities.nq").exists():
        atomic_write(folder / "entities.nq", lambda tmp: tmp.write_text(entities, encoding="utf-8"))
    mark_partitions(folder)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
