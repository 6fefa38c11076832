"""Corpus builds: incremental, resumable, pruning, stable IRIs, and a real Dask cluster."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest

from kg.corpus import build_corpus
from kg.errors import KgError

from .conftest import SAMPLE, TEXTS

DOCS = {
    "a.txt": "张伟，1980年出生于杭州，2002年毕业于浙江大学。",
    "b.txt": "2010年，李娜在上海创立了一家公司。李娜后来加入了腾讯公司，担任首席技术官。",
    "c.txt": "Satya Nadella 是微软的首席执行官。微软总部位于雷德蒙德。",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _paths(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("*.txt"))


def _graphs(store: Path) -> set[str]:
    s = pyoxigraph.Store.read_only(str(store))
    try:
        return {g.value for g in s.named_graphs()}
    finally:
        del s


def _quads(store: Path) -> set[str]:
    s = pyoxigraph.Store.read_only(str(store))
    try:
        return {str(q) for q in s}
    finally:
        del s


def test_rebuild_of_an_unchanged_corpus_extracts_nothing(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.corpus.PARALLEL_BYTES", 0)  # use worker processes even for these small files
    store = tmp_path / "store"
    first = build_corpus(_paths(corpus), store=store, state=store / "kg-state", jobs=2)
    assert (first.extracted, first.rewritten) == (3, 3)
    before = _quads(store)
    again = build_corpus(_paths(corpus), store=store, state=store / "kg-state", jobs=2)
    assert (again.extracted, again.reused, again.rewritten, again.removed) == (0, 3, 0, 0)
    assert _quads(store) == before


def test_a_new_version_of_the_extractor_extracts_every_document_again(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    monkeypatch.setattr("kg.corpus.extractor_fingerprint", lambda segmenter="rjieba", data_dir=None: "another version")
    again = build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    assert (again.extracted, again.reused) == (3, 0)  # the cached extractions were made by another extractor


def test_the_extractor_fingerprint_follows_its_data_files(tmp_path: Path) -> None:
    from kg.corpus import extractor_fingerprint
    from kg.resources import DATA_DIR

    data = tmp_path / "data"
    for sub in ("gazetteer", "names", "patterns"):
        shutil.copytree(DATA_DIR / sub, data / sub)
    assert extractor_fingerprint("rjieba", data) == extractor_fingerprint("rjieba", DATA_DIR)
    rules = data / "patterns" / "relations.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new rule would go here\n", encoding="utf-8")
    assert extractor_fingerprint("rjieba", data) != extractor_fingerprint("rjieba", DATA_DIR)


def test_an_edited_document_replaces_exactly_its_graph(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "store"
    build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    graphs = _graphs(store)
    (corpus / "a.txt").write_text(DOCS["a.txt"] + "张伟后来在北京大学任教授。", encoding="utf-8")
    report = build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    assert (report.extracted, report.removed) == (1, 1)
    after = _graphs(store)
    assert len(after) == len(graphs) and len(after - graphs) == 1  # one document graph swapped
    assert any("北京大学" in q for q in _quads(store))


def test_prune_removes_deleted_documents(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "store"
    build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    (corpus / "c.txt").unlink()
    kept = build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    assert kept.removed == 0 and any("Nadella" in q for q in _quads(store))
    pruned = build_corpus(_paths(corpus), store=store, state=store / "kg-state", prune=True)
    assert pruned.removed == 1 and not any("Nadella" in q for q in _quads(store))


def test_names_keep_their_iri_as_the_corpus_grows(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "store"
    build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    iri = [q for q in _quads(store) if "李娜" in q and "rdf-schema#label" in q and "/entity/person/" in q.split(" ")[0]]
    assert iri
    subject = iri[0].split(" ")[0]
    (corpus / "d.txt").write_text("李娜 (Li Na) 曾在清华大学读书。", encoding="utf-8")  # adds an English form
    build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    assert any(q.startswith(subject) and "Li Na" in q for q in _quads(store))


def test_an_incremental_build_equals_a_build_from_scratch(tmp_path: Path, corpus: Path) -> None:
    """Names added, names gone, a document deleted: the store updated in place (the entities graph
    by its difference) holds exactly what a fresh build of the final corpus holds."""
    store = tmp_path / "store"
    build_corpus(_paths(corpus), store=store, state=store / "kg-state")
    (corpus / "a.txt").write_text("张伟，1980年出生于杭州。张伟后来在北京大学任教授。", encoding="utf-8")  # 浙江大学 gone, 北京大学 new
    (corpus / "c.txt").unlink()
    (corpus / "d.txt").write_text("王芳是华为公司的工程师。", encoding="utf-8")
    report = build_corpus(_paths(corpus), store=store, state=store / "kg-state", prune=True)
    assert (report.extracted, report.reused, report.removed) == (2, 1, 2)
    fresh = tmp_path / "fresh"
    build_corpus(_paths(corpus), store=fresh, state=fresh / "kg-state")
    assert _quads(store) == _quads(fresh)
    assert not any("Nadella" in q or "浙江大学" in q for q in _quads(store))


def test_an_interrupted_build_resumes(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "store"
    (corpus / "z.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    with pytest.raises(KgError):
        build_corpus(_paths(corpus), store=store, state=store / "kg-state", jobs=1)
    (corpus / "z.txt").unlink()
    resumed = build_corpus(_paths(corpus), store=store, state=store / "kg-state", jobs=1)
    assert resumed.reused == 3 and resumed.extracted == 0  # the work done before the failure was kept


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def dask_cluster() -> Iterator[str]:
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_ = Path(sys.executable).parent
    scheduler = subprocess.Popen(
        [str(bin_ / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    workers = [
        subprocess.Popen(
            [str(bin_ / "dask"), "worker", address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(2)
    ]
    try:
        from distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout="2s") as client:
                    client.wait_for_workers(2, timeout=30)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield address
    finally:
        for proc in (*workers, scheduler):
            proc.terminate()
        for proc in (*workers, scheduler):
            proc.wait(timeout=30)


@pytest.mark.slow
def test_dask_build_equals_the_local_build(tmp_path: Path, corpus: Path, dask_cluster: str) -> None:
    paths = [*_paths(corpus), str(SAMPLE), *sorted(str(p) for p in TEXTS.glob("*.txt"))]
    build_corpus(paths, partitions=tmp_path / "dask", state=tmp_path / "s1", engine="dask", scheduler=dask_cluster)
    build_corpus(paths, partitions=tmp_path / "local", state=tmp_path / "s2", jobs=1)

    def lines(folder: Path) -> set[str]:
        return {line for f in folder.glob("*.nq") for line in f.read_text(encoding="utf-8").splitlines()}

    local = lines(tmp_path / "local")
    assert len(local) > 1000
    assert lines(tmp_path / "dask") == local
    store = pyoxigraph.Store()
    for f in sorted((tmp_path / "dask").glob("*.nq")):
        store.load(path=str(f), format=pyoxigraph.RdfFormat.N_QUADS)
    assert len(store) == len(local)


@pytest.mark.slow
def test_spark_build_equals_the_local_build(tmp_path: Path, corpus: Path) -> None:
    """PySpark on local[2]: the JVM and two Python workers, started by the build itself."""
    paths = [*_paths(corpus), str(SAMPLE), *sorted(str(p) for p in TEXTS.glob("*.txt"))]
    report = build_corpus(paths, partitions=tmp_path / "spark", state=tmp_path / "s1", engine="spark", jobs=2)
    assert report.extracted == len(paths)
    build_corpus(paths, partitions=tmp_path / "local", state=tmp_path / "s2", jobs=1)

    def lines(folder: Path) -> set[str]:
        return {line for f in folder.glob("*.nq") for line in f.read_text(encoding="utf-8").splitlines()}

    local = lines(tmp_path / "local")
    assert len(local) > 1000 and lines(tmp_path / "spark") == local


def test_an_unreachable_spark_master_is_a_one_line_error(tmp_path: Path, corpus: Path) -> None:
    with pytest.raises(KgError, match="Spark"):
        build_corpus(_paths(corpus), partitions=tmp_path / "nq", state=tmp_path / "s", engine="spark", scheduler="nonsense://x")


def test_partitions_folder_is_a_graph_for_every_command(tmp_path: Path, corpus: Path) -> None:
    from kg.store import open_graph

    build_corpus(_paths(corpus), partitions=tmp_path / "nq", state=tmp_path / "state")
    lines = {line for f in (tmp_path / "nq").glob("*.nq") for line in f.read_text(encoding="utf-8").splitlines()}
    assert len(open_graph(tmp_path / "nq")) == len(lines) > 50


def test_partitions_kg_wrote_are_marked_and_served_from_a_loader_process(tmp_path: Path, corpus: Path) -> None:
    """kg build --partitions marks its folder (kg-partitions.json), so a store is loaded from it
    leniently (its IRIs are valid by construction), by a loader process of its own."""
    from kg.store import open_store_read_only, snapshot
    from kg.store_loader import PARTITIONS_MARK, load_into, trusted_partitions

    build_corpus(_paths(corpus), partitions=tmp_path / "nq", state=tmp_path / "state")
    assert trusted_partitions(tmp_path / "nq") and (tmp_path / "nq" / PARTITIONS_MARK).is_file()
    lines = {line for f in (tmp_path / "nq").glob("*.nq") for line in f.read_text(encoding="utf-8").splitlines()}
    report = load_into(tmp_path / "nq", tmp_path / "store", count=True)
    assert report.lenient and report.quads == len(lines)
    served = snapshot(tmp_path / "nq", tmp_path / "served")
    assert len(open_store_read_only(served)) == len(lines)
