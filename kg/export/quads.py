"""The graph as an ordered stream of quads: the one order every RDF export writes in.

Sorted by graph name (default graph first), subject, predicate (``rdf:type`` first) and object;
blank nodes get labels computed from their surroundings, so the same graph gives the same bytes
whatever labels the parser invented. Only the sorted subjects of one graph are held at a time,
never a second copy of the triples: the triples of each subject are looked up as they are written.

The truthy layer leaves out the provenance nodes (``kg:Statement``, ``kg:Evidence``,
``kg:Participation``, ``kg:Document``) and every triple that points at them; what stays is the
plain graph: entities, labels, plain relation triples and event nodes with their participants.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.rdf.gen_vocab import ROOT
from kg.rdf.vocab import KG, PROV, RDF

LAYERS = ("full", "truthy")
ONTOLOGY_PATH = ROOT / "ontology" / "kg.ttl"
SHAPES_PATH = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY_GRAPH = URIRef("https://kg.example.org/ontology")
SHAPES_GRAPH = URIRef("https://kg.example.org/shapes")

# Provenance classes, and links to provenance nodes, left out of the truthy layer.
_PROVENANCE_TYPES = (KG.Statement, RDF.Statement, KG.Evidence, KG.Participation, KG.Document)
_PROVENANCE_LINKS = (KG.hasParticipation, PROV.wasDerivedFrom, KG.document)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

GraphName = URIRef | BNode | None  # None: the default graph
Quad = tuple[Node, URIRef, Node, GraphName]
Triple = tuple[Node, URIRef, Node]


@dataclass(frozen=True)
class Source:
    """What an RDF export writes: named graphs in order, blank-node labels, left-out nodes."""

    graphs: tuple[tuple[GraphName, Graph], ...]
    labels: Mapping[BNode, str]
    dropped: frozenset[Node]
    truthy: bool = False

    def key(self, term: Node | None) -> tuple[int, str, str, str]:
        """The sort key of a term: IRIs, then blank nodes, then literals (value, type, language)."""
        if term is None:
            return (-1, "", "", "")
        if isinstance(term, URIRef):
            return (0, str(term), "", "")
        if isinstance(term, BNode):
            return (1, self.labels.get(term, str(term)), "", "")
        if isinstance(term, Literal):
            return (2, str(term), _datatype(term), term.language or "")
        return (3, str(term), "", "")

    def predicate_key(self, predicate: Node) -> tuple[int, str]:
        return (0 if predicate == RDF.type else 1, str(predicate))

    def keeps(self, predicate: Node, obj: Node) -> bool:
        return not (self.truthy and (obj in self.dropped or predicate in _PROVENANCE_LINKS))


def prepare(ds: Dataset, *, layer: str = "full", with_ontology: bool = False) -> Source:
    """The graphs of ``ds`` (plus the ontology and the shapes as named graphs) ready to stream."""
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}")
    graphs: list[tuple[GraphName, Graph]] = []
    for graph in ds.graphs():
        ident = graph.identifier
        name: GraphName = None if ident == DATASET_DEFAULT_GRAPH_ID else ident  # type: ignore[assignment]
        graphs.append((name, graph))
    if with_ontology:
        graphs.append((ONTOLOGY_GRAPH, Graph().parse(ONTOLOGY_PATH, format="turtle")))
        graphs.append((SHAPES_GRAPH, Graph().parse(SHAPES_PATH, format="turtle")))
    dropped: frozenset[Node] = frozenset()
    if layer == "truthy":
        dropped = frozenset(_provenance_nodes(g for _, g in graphs))
    labels = blank_node_labels(graphs)
    probe = Source((), labels, frozenset())
    graphs.sort(key=lambda item: probe.key(item[0]))
    return Source(tuple((n, g) for n, g in graphs if len(g)), labels, dropped, truthy=layer == "truthy")


def _provenance_nodes(graphs: Iterable[Graph]) -> set[Node]:
    nodes: set[Node] = set()
    for graph in graphs:
        for cls in _PROVENANCE_TYPES:
            nodes.update(graph.subjects(RDF.type, cls))
        for link in _PROVENANCE_LINKS:
            nodes.update(graph.objects(None, link))
    return nodes


def _sorted_pairs(source: Source, pairs: Iterable[tuple[Node, Node]]) -> list[tuple[Node, Node]]:
    kept = {(p, o) for p, o in pairs if source.keeps(p, o)}
    return sorted(kept, key=lambda po: (source.predicate_key(po[0]), source.key(po[1])))


def quads(source: Source) -> Iterator[Quad]:
    """Every quad, graph by graph, in the export order."""
    for name, graph in source.graphs:
        for subject in sorted(set(graph.subjects()), key=source.key):
            if subject in source.dropped:
                continue
            for p, o in _sorted_pairs(source, graph.predicate_objects(subject)):
                yield subject, p, o, name  # type: ignore[misc]


def triples(source: Source) -> Iterator[Triple]:
    """The union of all graphs, each triple once, in the export order."""
    subjects: set[Node] = set()
    for _, graph in source.graphs:
        subjects.update(graph.subjects())
    for subject in sorted(subjects, key=source.key):
        if subject in source.dropped:
            continue
        pairs = (po for _, graph in source.graphs for po in graph.predicate_objects(subject))
        for p, o in _sorted_pairs(source, pairs):
            yield subject, p, o  # type: ignore[misc]


def _datatype(literal: Literal) -> str:
    """The datatype IRI, "" for a simple literal (rdflib's ``"x"`` and ``"x"^^xsd:string`` are one)."""
    datatype = str(literal.datatype or "")
    return "" if datatype == _XSD_STRING else datatype


def _n3(term: Node) -> str:
    if isinstance(term, Literal) and not term.language:
        return Literal(str(term), datatype=_datatype(term) or None).n3()
    return term.n3()


# --- blank nodes ---------------------------------------------------------------------------


def blank_node_labels(graphs: Iterable[tuple[GraphName, Graph]]) -> dict[BNode, str]:
    """Labels for the blank nodes from what surrounds them (colour refinement).

    Two runs over the same graph give the same labels, whatever the parser named the nodes.
    Exact for blank nodes that hang off IRIs as trees (RDF lists, OWL restrictions, SHACL
    property shapes); blank nodes that cannot be told apart at all are interchangeable, so
    their order does not change the output.

    >>> g = Graph().parse(data="<http://a> <http://p> [ <http://q> 1 ] .", format="turtle")
    >>> list(blank_node_labels([(None, g)]).values())
    ['bc51a150859504d83']
    """
    incident: dict[BNode, list[tuple[str, str, Node, str]]] = defaultdict(list)
    for name, graph in graphs:
        gname = "" if name is None else name.n3()
        for s, p, o in graph:
            if isinstance(s, BNode):
                incident[s].append(("out", str(p), o, gname))
            if isinstance(o, BNode):
                incident[o].append(("in", str(p), s, gname))
    if not incident:
        return {}
    colour = {b: "" for b in incident}
    distinct = 1
    for _ in range(len(colour)):
        refined = {}
        for b, edges in incident.items():
            signature = sorted(
                (direction, p, "_:" + colour[other] if isinstance(other, BNode) else _n3(other), g)
                for direction, p, other, g in edges
            )
            refined[b] = hashlib.sha256(repr((colour[b], signature)).encode("utf-8")).hexdigest()
        colour = refined
        if len(set(colour.values())) == distinct:
            break
        distinct = len(set(colour.values()))
    groups: dict[str, list[BNode]] = defaultdict(list)
    for b in sorted(colour, key=str):
        groups[colour[b]].append(b)
    labels: dict[BNode, str] = {}
    for c, members in groups.items():
        for i, b in enumerate(members):
            labels[b] = f"b{c[:16]}" if len(members) == 1 else f"b{c[:16]}x{i}"
    return labels


def ontology_graph(path: Path = ONTOLOGY_PATH) -> Graph:
    return Graph().parse(path, format="turtle")
