"""RDF exports, each re-read by a second, strict parser: rapper (raptor2) and Oxigraph, rdflib for
JSON-LD. What they read must be what the graph holds: same counts, same (isomorphic) graphs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg.export import ExportError, export
from kg.export.jsonld import CONTEXT_PATH, load_context
from kg.export.quads import ONTOLOGY_PATH, SHAPES_PATH
from kg.rdf.io import read_dataset
from kg.rdf.vocab import CLASSES, KG, RELATION_PROPERTIES

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "export_sample.trig"
KG_NS = str(KG)
PROVENANCE_TYPES = {KG_NS + "Statement", "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement", KG_NS + "Evidence", KG_NS + "Participation", KG_NS + "Document"}
PROVENANCE_LINKS = {KG_NS + "hasParticipation", "http://www.w3.org/ns/prov#wasDerivedFrom", KG_NS + "document"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")

# our format → (rapper's syntax name, keeps named graphs, Oxigraph format)
RDF_FORMATS = {
    "turtle": ("turtle", False, ox.RdfFormat.TURTLE),
    "ntriples": ("ntriples", False, ox.RdfFormat.N_TRIPLES),
    "nquads": ("nquads", True, ox.RdfFormat.N_QUADS),
    "trig": ("trig", True, ox.RdfFormat.TRIG),
    "rdfxml": ("rdfxml", False, ox.RdfFormat.RDF_XML),
}


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return read_dataset(SAMPLE)


def _source_quads(path: Path = SAMPLE) -> list[ox.Quad]:
    return list(ox.parse(path=path, format=ox.RdfFormat.TRIG))


def _expected(with_ontology: bool = False) -> tuple[int, int]:
    """(quads, distinct triples) of the sample, counted by Oxigraph from the source file."""
    quads = set(_source_quads())
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    if with_ontology:
        extra = [q for path in (ONTOLOGY_PATH, SHAPES_PATH) for q in ox.parse(path=path, format=ox.RdfFormat.TURTLE)]
        return len(quads) + len(extra), len(triples) + len({(q.subject, q.predicate, q.object) for q in extra})
    return len(quads), len(triples)


def rapper_count(path: Path, syntax: str) -> int:
    assert shutil.which("rapper"), "rapper is missing: apt-get install raptor2-utils"
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"returned (\d+) triples", done.stderr)
    assert match, done.stderr
    return int(match.group(1))


def _graphs(ds: Dataset) -> dict[str, Graph]:
    graphs = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for triple in g:
                copy.add(triple)
            graphs[str(g.identifier)] = copy
    return graphs


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_rapper_and_oxigraph_read_what_we_meant(fmt: str, sample: Dataset, tmp_path: Path) -> None:
    syntax, keeps_graphs, ox_format = RDF_FORMATS[fmt]
    out = tmp_path / f"graph.{fmt}"
    result = export(sample, fmt, out)
    quads, triples = _expected()
    expected = quads if keeps_graphs else triples
    assert result.count == expected
    assert rapper_count(out, syntax) == expected
    assert len(list(ox.parse(path=out, format=ox_format))) == expected
    # the same graph, not only the same size
    back = Dataset()
    if keeps_graphs:
        back.parse(out, format={"nquads": "nquads", "trig": "trig"}[fmt])
        assert _graphs(back).keys() == _graphs(sample).keys()
        for name, graph in _graphs(sample).items():
            assert isomorphic(_graphs(back)[name], graph), name
    else:
        back = Dataset()
        back.default_graph.parse(out, format={"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml"}[fmt])  # type: ignore[attr-defined]
        assert isomorphic(_union(back), _union(sample))


@pytest.mark.parametrize("fmt", ["trig", "turtle", "rdfxml", "nquads"])
def test_with_ontology_adds_the_ontology_and_shapes(fmt: str, sample: Dataset, tmp_path: Path) -> None:
    syntax, keeps_graphs, _ = RDF_FORMATS[fmt]
    out = tmp_path / f"graph.{fmt}"
    export(sample, fmt, out, with_ontology=True)
    quads, triples = _expected(with_ontology=True)
    assert rapper_count(out, syntax) == (quads if keeps_graphs else triples)
    if keeps_graphs:
        names = {str(q.graph_name.value) for q in ox.parse(path=out, format=RDF_FORMATS[fmt][2]) if isinstance(q.graph_name, ox.NamedNode)}
        assert {"https://kg.example.org/ontology", "https://kg.example.org/shapes"} <= names


def test_jsonld_is_read_by_oxigraph_and_rdflib(sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonld"
    result = export(sample, "jsonld", out)
    quads, _ = _expected()
    assert result.count == quads
    by_oxigraph = list(ox.parse(path=out, format=ox.RdfFormat.JSON_LD))
    assert len(by_oxigraph) == quads
    back = Dataset()
    back.parse(out, format="json-ld")
    assert _graphs(back).keys() == _graphs(sample).keys()
    for name, graph in _graphs(sample).items():
        assert isomorphic(_graphs(back)[name], graph), name


def test_jsonld_uses_the_published_context(sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonld"
    export(sample, "jsonld", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    nodes = {n["id"]: n for g in data["@graph"] for n in g.get("@graph", [])}
    ma = nodes["https://kg.example.org/entity/person/ma-huateng"]
    assert ma["type"] == "Person"
    assert ma["name"] == {"en": "Ma Huateng", "zh": "马化腾"}
    assert ma["alternateName"] == {"en": "Pony Ma", "zh": "小马哥"}
    assert ma["sameAs"] == "wd:Q1739008"
    statement = nodes["https://kg.example.org/statement/a5"]
    assert statement["confidence"] == "0.8"
    assert statement["role"] == {"zh": "董事会主席"}
    assert statement["predicate"] == "kg:worksFor"


def test_context_has_a_compact_key_for_every_kg_term() -> None:
    ctx = load_context()
    for name in (*RELATION_PROPERTIES, *CLASSES, "confidence", "rule", "role", "participant", "agent", "roleName", "time", "document"):
        term = ctx.terms.get(KG_NS + name)
        assert term is not None, name
        assert term.name == name
    assert ctx.terms["http://www.w3.org/2000/01/rdf-schema#label"].name == "name"  # schema.org's key
    assert ctx.terms["http://www.w3.org/2002/07/owl#sameAs"].name == "sameAs"


def test_truthy_layer_keeps_the_plain_graph_only(sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "truthy.ttl"
    export(sample, "turtle", out, layer="truthy")
    quads = _source_quads()
    dropped = {q.subject for q in quads if str(q.predicate.value) == RDF_TYPE and str(q.object.value) in PROVENANCE_TYPES}
    dropped |= {q.object for q in quads if str(q.predicate.value) in PROVENANCE_LINKS}
    kept = {
        (q.subject, q.predicate, q.object)
        for q in quads
        if q.subject not in dropped and q.object not in dropped and str(q.predicate.value) not in PROVENANCE_LINKS
    }
    assert rapper_count(out, "turtle") == len(kept)
    back = {(t.subject, t.predicate, t.object) for t in ox.parse(path=out, format=ox.RdfFormat.TURTLE)}
    assert back == kept
    text = out.read_text(encoding="utf-8")
    assert "kg:Statement" not in text and "kg:Evidence" not in text and "nif:anchorOf" not in text
    assert "kg:founded" in text and "kg:participant" in text and "创立腾讯" in text


def test_output_is_sorted_and_grouped(sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "graph.nt"
    export(sample, "ntriples", out)
    subjects = [line.split(" ", 1)[0] for line in out.read_text(encoding="utf-8").splitlines()]
    keys = [(s.startswith("_:"), s.strip("<>")) for s in subjects]  # IRIs by their text, then blank nodes
    assert keys == sorted(keys)
    assert any(s.startswith("_:") for s in subjects)
    turtle = tmp_path / "graph.ttl"
    export(sample, "turtle", turtle)
    head = turtle.read_text(encoding="utf-8").split("\n\n", 1)[0].splitlines()
    assert head == sorted(head) and all(line.startswith("@prefix ") for line in head)


_EXPORT_ALL = """
import sys
from kg.export import FORMATS, export
from kg.rdf.io import read_dataset
ds = read_dataset(sys.argv[1])
for name, spec in FORMATS.items():
    extra = {"with_ontology": True} if spec.family == "rdf" else {}
    export(ds, name, sys.argv[2] + "/" + name + spec.extension, **extra)
"""


@pytest.mark.slow
def test_every_export_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """Two processes with different hash seeds (and fresh blank-node ids) write the same bytes."""
    runs = []
    for seed in ("1", "4242"):
        folder = tmp_path / seed
        folder.mkdir()
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, "-W", "ignore", "-c", _EXPORT_ALL, str(SAMPLE), str(folder)], check=True, env=env, cwd=ROOT)
        runs.append({str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()})
    assert len(runs[0]) >= 11 + 3 * 4  # every format, folders with several files
    assert runs[0].keys() == runs[1].keys()
    for name in runs[0]:
        assert runs[0][name] == runs[1][name], name


def test_rdfxml_refuses_what_xml_cannot_hold(tmp_path: Path) -> None:
    ds = read_dataset(SAMPLE)
    ds.graph(URIRef("https://kg.example.org/graph/entities")).add(
        (URIRef("https://kg.example.org/entity/person/ma-huateng"), RDFS.comment, Literal("bell\x07"))
    )
    with pytest.raises(ExportError, match="U\\+0007"):
        export(ds, "rdfxml", tmp_path / "graph.rdf")
    assert not (tmp_path / "graph.rdf").exists()
    export(ds, "turtle", tmp_path / "graph.ttl")  # Turtle escapes it
    assert rapper_count(tmp_path / "graph.ttl", "turtle") == _expected()[1] + 1


def test_a_plain_turtle_graph_with_blank_nodes_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "plain.ttl"
    source.write_text('@prefix ex: <http://ex.org/> .\nex:a ex:p [ ex:q ( 1 2 "x"@en ) ] ; ex:r "7"^^ex:dt .\n', encoding="utf-8")
    ds = read_dataset(source)
    for fmt, parse in (("trig", "trig"), ("jsonld", "json-ld"), ("rdfxml", "xml")):
        out = tmp_path / f"out.{fmt}"
        assert export(ds, fmt, out).count == 9
        back = Dataset()
        if fmt == "rdfxml":
            back.default_graph.parse(out, format=parse)  # type: ignore[attr-defined]
        else:
            back.parse(out, format=parse)
        assert isomorphic(_union(back), _union(ds)), fmt
