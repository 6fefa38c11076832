"""kg.store: graph files and store directories read the same way; stores are opened read-only
for reading; loading a dataset replaces graph by graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg import build_dataset
from kg.cli import main
from kg.errors import GraphError
from kg.query import answer, find_query, render
from kg.rdf.io import read_dataset, write_dataset
from kg.stats import graph_stats
from kg.store import is_store, open_dataset, open_graph, open_store, save_dataset

TEXTS = [
    ("lei.txt", "雷军毕业于武汉大学。2010 年，雷军创立了小米公司。雷军曾担任金山软件的 CEO。"),
    ("ma.txt", "马化腾毕业于深圳大学。1998 年，马化腾创办了腾讯公司。"),
]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset(TEXTS)


@pytest.fixture(scope="module")
def trig(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "graph.trig"
    write_dataset(dataset, path)
    return path


def quads(store: ox.Store) -> set[tuple[str, str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store}


def triples(store: ox.Store) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in store}


def test_a_trig_file_reads_as_a_store_with_one_graph_per_document(trig: Path, dataset: Dataset) -> None:
    store = open_graph(trig)
    assert len(store) == len(read_dataset(trig))
    graphs = sorted(g.value for g in store.named_graphs())
    assert len(graphs) == 3 and graphs[-1].endswith("/graph/entities")
    assert sum(1 for g in graphs if "/graph/doc/" in g) == len(TEXTS)


@pytest.mark.parametrize("suffix", [".nq", ".ttl", ".nt", ".jsonld", ".rdf"])
def test_every_graph_format_reads_the_same_triples(dataset: Dataset, trig: Path, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    write_dataset(dataset, path)
    assert triples(open_graph(path)) == triples(open_graph(trig))


def test_a_store_directory_holds_the_same_quads_as_the_file(dataset: Dataset, trig: Path, tmp_path: Path) -> None:
    save_dataset(tmp_path / "store", dataset)
    assert is_store(tmp_path / "store") and not is_store(trig)
    assert quads(open_graph(tmp_path / "store")) == quads(open_graph(trig))


def test_a_store_opened_for_reading_cannot_be_written(dataset: Dataset, tmp_path: Path) -> None:
    save_dataset(tmp_path / "store", dataset)
    store = open_graph(tmp_path / "store")
    with pytest.raises(RuntimeError, match="read-write"):
        store.update("CLEAR ALL")
    assert len(open_graph(tmp_path / "store")) == len(dataset)


def test_saving_again_replaces_graphs_and_a_new_document_adds_one(dataset: Dataset, tmp_path: Path) -> None:
    first = save_dataset(tmp_path / "store", dataset)
    again = save_dataset(tmp_path / "store", dataset)
    assert (first.added, first.replaced) == (3, 0) and (again.added, again.replaced) == (0, 3)
    assert len(open_graph(tmp_path / "store")) == len(dataset)  # replaced, not duplicated
    more = save_dataset(tmp_path / "store", build_dataset([("zhang.txt", "张一鸣毕业于南开大学。2012 年，张一鸣创立了字节跳动。")]))
    assert more.added == 1 and more.replaced == 1  # its document graph, and the entities graph
    assert sum(1 for g in open_graph(tmp_path / "store").named_graphs() if "/graph/doc/" in g.value) == 3


def test_the_rdflib_view_of_a_store_gives_the_same_stats(dataset: Dataset, trig: Path, tmp_path: Path) -> None:
    save_dataset(tmp_path / "store", dataset)
    assert graph_stats(open_dataset(tmp_path / "store")) == graph_stats(read_dataset(trig))
    assert graph_stats(open_dataset(trig)) == graph_stats(read_dataset(trig))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.trig", "no such graph file or store directory"),
        (lambda p: p, "not a kg store"),
        (lambda p: (p / "bad.trig").write_text("<a> <b> .") and p / "bad.trig", "not valid trig"),
        (lambda p: (p / "graph.txt").write_text("x") and p / "graph.txt", "cannot tell the RDF format"),
    ],
)
def test_unreadable_inputs_are_graph_errors(tmp_path: Path, make: object, message: str) -> None:
    with pytest.raises(GraphError, match=message):
        open_graph(make(tmp_path))  # type: ignore[operator]


def test_a_store_is_never_created_over_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(GraphError, match="not empty and holds no store"):
        open_store(tmp_path)
    with pytest.raises(GraphError, match="is a file"):
        open_store(tmp_path / "notes.txt")
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_store_in_use_by_a_writer_is_a_clear_error(dataset: Dataset, tmp_path: Path) -> None:
    save_dataset(tmp_path / "store", dataset)
    writer = open_store(tmp_path / "store")
    with pytest.raises(GraphError, match="in use by another process"):
        open_store(tmp_path / "store")
    del writer


def test_kg_build_store_and_the_trig_file_answer_queries_alike(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS:
        (corpus / name).write_text(text, encoding="utf-8")
    assert main(["build", str(corpus), "-q", "-o", str(tmp_path / "graph.trig")]) == 0
    assert main(["build", str(corpus), "-q", "--store", str(tmp_path / "store")]) == 0
    file_store, dir_store = open_graph(tmp_path / "graph.trig"), open_graph(tmp_path / "store")
    for name in ("founders", "education-and-work", "timeline", "entities"):
        from_file = render(answer(file_store, "", {}, named=find_query(name)), "csv").data
        from_dir = render(answer(dir_store, "", {}, named=find_query(name)), "csv").data
        assert from_file == from_dir and from_file.count(b"\n") > 1, name
    capsys.readouterr()
    assert main(["query", str(tmp_path / "store"), "founders", "--format", "csv"]) == 0
    assert "Xiaomi" in capsys.readouterr().out


def _partitions(dataset: Dataset, folder: Path) -> Path:
    """The dataset as N-Quads partitions, one file per named graph (as kg build --partitions writes)."""
    folder.mkdir()
    for i, graph in enumerate(g for g in dataset.graphs() if len(g)):
        (folder / f"part-{i}.nq").write_text(
            "".join(f"{s.n3()} {p.n3()} {o.n3()} <{graph.identifier}> .\n" for s, p, o in graph), encoding="utf-8"
        )
    return folder


def test_partitions_load_side_by_side_into_the_same_store(dataset: Dataset, trig: Path, tmp_path: Path) -> None:
    from kg.store import bulk_load_files, is_partitions, snapshot

    folder = _partitions(dataset, tmp_path / "nq")
    assert is_partitions(folder) and not is_partitions(trig)
    expected = quads(open_graph(trig))
    served = snapshot(folder, tmp_path / "served", threads=2)  # what kg serve reads a partitions folder through
    assert is_store(served) and quads(ox.Store.read_only(str(served))) == expected
    one = ox.Store()
    bulk_load_files(one, sorted(folder.glob("*.nq")), "nq", threads=1)
    assert quads(one) == expected
    (folder / "zz-broken.nq").write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="zz-broken.nq: not valid nq"):
        bulk_load_files(ox.Store(), sorted(folder.glob("*.nq")), "nq", threads=2)


def test_a_loader_process_loads_partitions_with_the_faster_allocator(dataset: Dataset, trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kg.store_loader: the bulk load runs in a child process, mimalloc preloaded where the system
    has it (CI installs it: with KG_REQUIRE_NATIVE set its absence fails), the same quads either way."""
    import ctypes.util
    import os

    from kg.store_loader import ALLOCATOR_ENV, load_into

    folder = _partitions(dataset, tmp_path / "nq")
    expected = quads(open_graph(trig))
    mimalloc = ctypes.util.find_library("mimalloc")
    if os.environ.get("KG_REQUIRE_NATIVE"):
        assert mimalloc, "KG_REQUIRE_NATIVE is set but mimalloc is missing (Debian: libmimalloc2.0)"
    report = load_into(folder, tmp_path / "fast", count=True)
    assert ("mimalloc" in report.allocator) == bool(mimalloc) and not report.lenient  # not marked: strict
    assert report.quads == len(expected) and quads(ox.Store.read_only(str(tmp_path / "fast"))) == expected
    monkeypatch.setenv(ALLOCATOR_ENV, "system")
    plain = load_into(folder, tmp_path / "plain")
    assert plain.allocator == "" and quads(ox.Store.read_only(str(tmp_path / "plain"))) == expected
    monkeypatch.setenv(ALLOCATOR_ENV, str(tmp_path / "no-such-allocator.so"))
    with pytest.raises(GraphError, match="no such shared library"):
        load_into(folder, tmp_path / "never")
    monkeypatch.delenv(ALLOCATOR_ENV)
    (folder / "zz-broken.nq").write_text("<http://e.org/a> <http://e.org/b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match=r"zz-broken.nq: not valid nq") as failed:
        load_into(folder, tmp_path / "broken")
    assert "\n" not in str(failed.value) and "Traceback" not in str(failed.value)


def test_marked_partitions_are_parsed_leniently_unmarked_ones_strictly(tmp_path: Path) -> None:
    """Only kg's own partitions skip IRI validation: a relative IRI in someone else's file is refused."""
    from kg.store import mark_partitions
    from kg.store_loader import load_into

    (tmp_path / "nq").mkdir()
    (tmp_path / "nq" / "a.nq").write_text('<relative> <http://e.org/p> "甲" <http://e.org/g> .\n', encoding="utf-8")
    with pytest.raises(GraphError, match="a.nq"):
        load_into(tmp_path / "nq", tmp_path / "strict")
    mark_partitions(tmp_path / "nq")
    assert load_into(tmp_path / "nq", tmp_path / "lenient").lenient


def test_blank_nodes_stay_local_to_their_partition(tmp_path: Path) -> None:
    from kg.store import bulk_load_files

    for name, value in (("a", "甲"), ("b", "乙")):  # the same label in two files: two blank nodes
        (tmp_path / f"{name}.nq").write_text(f'_:b0 <http://example.org/p> "{value}" <http://example.org/g> .\n', encoding="utf-8")
    (tmp_path / "c.nq").write_text('<http://example.org/s> <http://example.org/p> "丙" <http://example.org/g> .\n', encoding="utf-8")
    for threads in (1, 2):
        store = ox.Store()
        bulk_load_files(store, sorted(tmp_path.glob("*.nq")), "nq", threads=threads)
        assert len(store) == 3 and len({q.subject for q in store if isinstance(q.subject, ox.BlankNode)}) == 2
