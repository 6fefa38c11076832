"""GraphML and GEXF, read back by networkx (and a strict XML parser): same nodes and edges as the
RDF, labels in Chinese and English, event times as GEXF intervals, no control characters."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from kg.export import export
from kg.rdf.io import read_dataset

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "export_sample.trig"
MA = "https://kg.example.org/entity/person/ma-huateng"
TENCENT = "https://kg.example.org/entity/organization/tencent"
BYTEDANCE = "https://kg.example.org/entity/organization/bytedance"
SHENZHEN = URIRef("https://kg.example.org/entity/place/shenzhen")

pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")


@pytest.fixture(scope="module")
def sample() -> Dataset:
    ds = read_dataset(SAMPLE)
    # text as it may come from other tools: control characters, quotes, markup
    ds.graph(URIRef("https://kg.example.org/graph/entities")).add((SHENZHEN, RDFS.label, Literal('Shen\x07zhen <"SZ"> & \x1bco', lang="en-x-test")))
    return ds


def expected_counts() -> tuple[int, int]:
    """Nodes and edges the graph file must hold, counted by SPARQL over the source file."""
    store = ox.Store()
    store.load(path=SAMPLE, format=ox.RdfFormat.TRIG)
    prefix = "PREFIX kg: <https://kg.example.org/ontology#>\n"

    def count(where: str) -> int:
        rows = list(store.query(prefix + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", use_default_graph_as_union=True))
        return int(rows[0]["n"].value)

    typed = "VALUES ?t { kg:Person kg:Organization kg:Place kg:Work kg:Product kg:Event }"
    nodes = count(f"SELECT DISTINCT ?n WHERE {{ {typed} ?n a ?t }}")
    facts = count("SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { kg:founded kg:worksFor kg:studiedAt kg:headquarteredIn } ?s ?p ?o }")
    roles = count("SELECT DISTINCT ?e ?a ?r WHERE { ?e kg:hasParticipation [ kg:agent ?a ; kg:roleName ?r ] }")
    places = count("SELECT DISTINCT ?e ?p WHERE { ?e kg:place ?p }")
    return nodes, facts + roles + places


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_reads_every_node_and_edge(fmt: str, sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = export(sample, fmt, out)
    graph = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    nodes, edges = expected_counts()
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, edges)
    assert result.count == nodes + edges
    assert graph.is_directed() and graph.is_multigraph()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_attributes_in_chinese_and_english(fmt: str, sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / f"graph.{fmt}"
    export(sample, fmt, out)
    graph = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    ma = graph.nodes[MA]
    assert (ma["label"], ma["name_zh"], ma["name_en"], ma["type"], ma["wikidata"]) == ("马化腾", "马化腾", "Ma Huateng", "Person", "Q1739008")
    assert ma["aliases"] == "Pony Ma|小马哥"
    founded = [d for d in graph.get_edge_data(MA, TENCENT).values() if d["relation"] == "founded"]
    assert len(founded) == 1
    edge = founded[0]
    assert (edge["label_zh"], edge["label_en"], edge["confidence"], edge["statements"]) == ("创立了", "founded", 0.95, 2)
    assert edge["evidence"] == "马化腾是腾讯的创始人。 | 1998 年，马化腾与张志东在深圳创立了腾讯。"


def test_gexf_intervals_drive_the_timeline(sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "graph.gexf"
    export(sample, "gexf", out)
    root = ET.parse(out).getroot()
    ns = {"g": "http://gexf.net/1.3"}
    assert root.get("version") == "1.3"
    graph_el = root.find("g:graph", ns)
    assert graph_el is not None and (graph_el.get("mode"), graph_el.get("timeformat")) == ("dynamic", "date")
    graph = nx.read_gexf(out)
    event = graph.nodes["https://kg.example.org/event/b-founding"]
    assert (event["start"], event["end"]) == ("2012-03-01", "2012-03-31")  # xsd:gYearMonth 2012-03
    assert "start" not in graph.nodes[MA]  # entities are always on screen
    [founded] = [d for d in graph.get_edge_data("https://kg.example.org/entity/person/zhang-yiming", BYTEDANCE).values()]
    assert (founded["start"], founded["end"]) == ("2012-03-01", "2012-03-31")
    [studied] = graph.get_edge_data("https://kg.example.org/entity/person/zhang-yiming", "https://kg.example.org/entity/organization/nankai-university").values()
    assert (studied["start"], studied["end"], studied["approximate"]) == ("2001-01-01", "2005-12-31", True)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_no_control_characters_reach_the_xml(fmt: str, sample: Dataset, tmp_path: Path) -> None:
    out = tmp_path / f"graph.{fmt}"
    export(sample, fmt, out)
    raw = out.read_bytes()
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", raw)
    assert b"\n" not in b"".join(re.findall(rb'value="[^"]*"', raw))  # newlines in text became spaces
    ET.fromstring(raw)  # a strict parser accepts it
    graph = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    shenzhen = graph.nodes[str(SHENZHEN)]
    assert shenzhen["name_zh"] == "深圳" and shenzhen["label"] == "深圳"
