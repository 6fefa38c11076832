"""The RDF output: it passes the SHACL shapes, follows the contract, and keeps text out of IRIs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg import build_dataset
from kg.rdf.io import read_dataset, write_dataset
from kg.rdf.vocab import KG, NIF, PROV

from .conftest import ROOT, SAMPLE, TEXTS

HOSTILE = (
    'Robert "); DROP TABLE 毕业于 <script>alert(1)</script> 大学。\n'
    "Alice <img src=x onerror=alert(1)> Smith 毕业于斯坦福大学。\n"
    "Héctor </script><script>alert(2)</script> 创立了 Evil\\u0000 Corp 公司。\n"
    "王小明\x01\x07毕业于北京大学，曾任腾讯公司的\t首席技术官。\n"
)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "shapes.ttl")


@pytest.fixture(scope="module")
def demo() -> Dataset:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in [SAMPLE, *sorted(TEXTS.glob("*.txt"))]]
    return build_dataset(texts)


def _conforms(ds: Dataset, shapes: Graph) -> tuple[bool, str]:
    conforms, _, text = validate(ds, shacl_graph=shapes, inference="none")
    return bool(conforms), str(text)


def test_demo_and_test_texts_pass_the_shapes(demo: Dataset, shapes: Graph) -> None:
    conforms, report = _conforms(demo, shapes)
    assert conforms, report[:3000]


def test_hostile_names_give_a_valid_graph(shapes: Graph, tmp_path: Path) -> None:
    ds = build_dataset([("hostile.txt", HOSTILE)])
    conforms, report = _conforms(ds, shapes)
    assert conforms, report[:3000]
    for node in {*ds.subjects(), *ds.objects()}:
        if isinstance(node, URIRef):
            assert not any(c in str(node) for c in ' <>"{}|\\^`'), node
    out = tmp_path / "hostile.trig"
    write_dataset(ds, out)
    store = pyoxigraph.Store()
    store.load(path=str(out), format=pyoxigraph.RdfFormat.TRIG)  # a strict second parser
    assert len(store) == len(read_dataset(out))


def test_every_statement_has_its_plain_triple_and_evidence(demo: Dataset) -> None:
    statements = list(demo.subjects(RDF.type, KG.Statement))
    assert len(statements) >= 20
    for st in statements:
        s, p, o = demo.value(st, RDF.subject), demo.value(st, RDF.predicate), demo.value(st, RDF.object)
        assert (s, p, o) in demo
        evidence = demo.value(st, PROV.wasDerivedFrom)
        sentence = str(demo.value(evidence, NIF.anchorOf))
        begin = int(demo.value(st, KG.subjectBegin)) - int(demo.value(evidence, NIF.beginIndex))  # type: ignore[arg-type]
        subject_text = str(demo.value(st, KG.subjectText))
        assert sentence[begin : begin + len(subject_text)] == subject_text


def test_one_named_graph_per_document_plus_entities(demo: Dataset) -> None:
    names = {str(g.identifier) for g in demo.graphs() if len(g)}
    docs = [n for n in names if "/graph/doc/" in n]
    assert len(docs) == 1 + len(list(TEXTS.glob("*.txt")))
    assert any(n.endswith("/graph/entities") for n in names)


def test_labels_are_language_tagged_and_unique_per_language(demo: Dataset) -> None:
    for entity in demo.subjects(RDF.type, KG.Person):
        langs = [lit.language for lit in demo.objects(entity, RDFS.label) if isinstance(lit, Literal)]
        assert langs and all(langs) and len(langs) == len(set(langs))


def test_building_twice_gives_the_same_graph() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    a, b = build_dataset([("a.txt", text)]), build_dataset([("a.txt", text)])
    assert set(a.quads()) == set(b.quads())
