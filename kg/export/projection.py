"""The property-graph view of the RDF, shared by every non-RDF export (Neo4j, Kùzu, GraphML,
GEXF, CSV tables): nodes are entities and events, edges are facts and event roles.

One edge per fact, that is per plain triple ``s p o`` (the layer networkx and Gephi see), never
one per statement: when several statements support a fact, the edge carries the highest
confidence, the rule and time of the best statement, every distinct role and every distinct
evidence sentence joined with `` | `` (best first), and ``statements``, how many there were.
Statements are ranked by confidence (high first), then document, then position in the document,
then IRI, so the choice is the same on every run.

Text values are cleaned for tables and XML: control characters (newlines and tabs included)
become spaces, so every row is one line and no XML parser trips.

Everything is yielded in sorted order, one node or edge at a time; only the map from node IRI to
label (one entry per entity or event) is held.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node as RdfNode

from kg.export.quads import ontology_graph
from kg.rdf.vocab import DATATYPE_RELATIONS, DCTERMS, KG, NIF, OWL, PROV, RDF, RDFS, RELATION_PROPERTIES, SKOS, WD
from kg.stats import TOP_CLASSES

Value = str | float | int | bool | tuple[str, ...] | None
EVENT = "Event"
SEPARATOR = " | "
OBJECT_RELATIONS = tuple(name for name in RELATION_PROPERTIES if name not in DATATYPE_RELATIONS)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "string"  # "string", "double", "int", "boolean" or "list" (of strings)


_TIMING = (Column("time"), Column("start"), Column("end"), Column("approximate", "boolean"), Column("time_text"))
_PROVENANCE = (Column("evidence"), Column("document"), Column("document_title"))

ENTITY_COLUMNS = (
    Column("name"),
    Column("name_zh"),
    Column("name_en"),
    Column("aliases", "list"),
    Column("wikidata"),
    Column("subtype"),
) + tuple(Column(re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()) for name in DATATYPE_RELATIONS)
EVENT_COLUMNS = (
    (Column("name"), Column("subtype"))
    + _TIMING
    + (Column("trigger"), Column("confidence", "double"), Column("rule"))
    + _PROVENANCE
)
FACT_COLUMNS = (
    (Column("confidence", "double"), Column("statements", "int"), Column("rule"), Column("role"))
    + _TIMING
    + _PROVENANCE
)
ROLE_COLUMNS = (Column("role"),)
EDGE_TYPES = (*OBJECT_RELATIONS, "participant", "place")


def node_columns(label: str) -> tuple[Column, ...]:
    return EVENT_COLUMNS if label == EVENT else ENTITY_COLUMNS


def edge_columns(edge_type: str) -> tuple[Column, ...]:
    return {"participant": ROLE_COLUMNS, "place": ()}.get(edge_type, FACT_COLUMNS)


@dataclass(frozen=True)
class Node:
    id: str  # the IRI
    label: str  # Person, Organization, Place, Work, Product or Event
    values: tuple[Value, ...]  # aligned with node_columns(label)

    def get(self, name: str) -> Value:
        names = [c.name for c in node_columns(self.label)]
        return self.values[names.index(name)]


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    type: str  # a kg relation (founded, studiedAt, …), "participant" or "place"
    source_label: str
    target_label: str
    values: tuple[Value, ...]  # aligned with edge_columns(type)

    def get(self, name: str) -> Value:
        names = [c.name for c in edge_columns(self.type)]
        return self.values[names.index(name)]


@dataclass(frozen=True)
class Support:
    """What the statements of one fact say about it (all empty when it has none)."""

    confidence: float | None = None
    statements: int = 0
    rule: str = ""
    role: str = ""
    time: str = ""
    start: str = ""
    end: str = ""
    approximate: bool | None = None
    time_text: str = ""
    evidence: str = ""
    document: str = ""
    document_title: str = ""

    def values(self) -> tuple[Value, ...]:
        return tuple(getattr(self, c.name) for c in FACT_COLUMNS)


@dataclass(frozen=True)
class Fact:
    subject: URIRef
    predicate: str  # kg local name
    object: URIRef | Literal
    support: Support


@dataclass(frozen=True)
class _Statement:
    rank: tuple[float, str, int, str]
    support: Support  # of this statement alone


def clean(text: str) -> str:
    """Text safe for a CSV row or an XML attribute: control characters become spaces."""
    return _CONTROL.sub(" ", text)


def relation_type(name: str) -> str:
    """Neo4j's naming for a relationship type: ``studiedAt`` → ``STUDIED_AT``.

    ``place`` becomes ``AT_PLACE``: Kùzu table names ignore case, and ``PLACE`` is the node
    table ``Place``.

    >>> relation_type("studiedAt"), relation_type("place")
    ('STUDIED_AT', 'AT_PLACE')
    """
    if name == "place":
        return "AT_PLACE"
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


def relation_labels(ontology: Graph | None = None) -> dict[str, tuple[str, str]]:
    """``{"founded": ("创立", "founded"), …}``: Chinese and English labels of every edge type."""
    graph = ontology if ontology is not None else ontology_graph()
    labels = {}
    for name in EDGE_TYPES:
        by_lang = {lit.language: str(lit) for lit in graph.objects(KG[name], RDFS.label) if isinstance(lit, Literal)}
        labels[name] = (by_lang.get("zh", name), by_lang.get("en", name))
    return labels


class _Lookup:
    """Small helpers over the dataset; document titles are cached (there are few documents)."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.titles: dict[RdfNode, str] = {}

    def first(self, s: RdfNode, p: URIRef) -> RdfNode | None:
        values = set(self.ds.objects(s, p))
        return min(values, key=_key) if values else None

    def text(self, s: RdfNode, p: URIRef) -> str:
        value = self.first(s, p)
        return clean(str(value)) if value is not None else ""

    def title(self, doc: RdfNode | None) -> str:
        if doc is None:
            return ""
        if doc not in self.titles:
            self.titles[doc] = self.text(doc, DCTERMS.title)
        return self.titles[doc]

    def label(self, s: RdfNode) -> str:
        labels = {(lit.language or ""): str(lit) for lit in sorted(self.ds.objects(s, RDFS.label), key=_key) if isinstance(lit, Literal)}
        for lang in ("zh", "en", ""):
            if lang in labels:
                return clean(labels[lang])
        return clean(next(iter(labels.values()), ""))

    def timing(self, s: RdfNode) -> dict[str, Value]:
        time, begin, end = self.text(s, KG.time), self.text(s, KG.begin), self.text(s, KG.end)
        approximate = self.first(s, KG.approximate)
        return {
            "time": time,
            "start": begin or time,
            "end": end or time,
            "approximate": approximate.toPython() if isinstance(approximate, Literal) and approximate.datatype is not None else None,
            "time_text": self.text(s, KG.timeText),
        }

    def evidence(self, s: RdfNode) -> tuple[str, int]:
        """The sentences ``s`` was derived from, and where the first one begins."""
        sentences, begin = [], -1
        for ev in sorted(set(self.ds.objects(s, PROV.wasDerivedFrom)), key=_key):
            sentence = self.text(ev, NIF.anchorOf)
            if sentence and sentence not in sentences:
                sentences.append(sentence)
            index = self.first(ev, NIF.beginIndex)
            if begin < 0 and isinstance(index, Literal):
                begin = _int(index)
        return SEPARATOR.join(sentences), begin


def _key(term: RdfNode) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        return (1, str(term), term.language or str(term.datatype or ""))
    return (0, str(term), "")


def _int(lit: Literal) -> int:
    try:
        return int(str(lit))
    except ValueError:
        return -1


def _float(lit: RdfNode | None) -> float | None:
    if not isinstance(lit, Literal):
        return None
    try:
        return float(Decimal(str(lit)))
    except (InvalidOperation, ValueError):
        return None


# --- nodes ---------------------------------------------------------------------------------


def node_labels(ds: Dataset) -> dict[URIRef, str]:
    """Every entity (by its top-level class) and every event: the nodes of the property graph."""
    labels: dict[URIRef, str] = {}
    for cls in (*TOP_CLASSES, EVENT):
        for s in ds.subjects(RDF.type, KG[cls]):
            if isinstance(s, URIRef):
                labels.setdefault(s, cls)
    return labels


def iter_nodes(ds: Dataset, labels: dict[URIRef, str]) -> Iterator[Node]:
    """Entities and events, sorted by IRI."""
    look = _Lookup(ds)
    for iri in sorted(labels, key=str):
        label = labels[iri]
        yield _event_node(look, iri) if label == EVENT else _entity_node(look, iri, label)


def _kg_types(ds: Dataset, s: RdfNode) -> list[str]:
    ns = str(KG)
    return sorted(str(t)[len(ns) :] for t in set(ds.objects(s, RDF.type)) if str(t).startswith(ns))


def _entity_node(look: _Lookup, iri: URIRef, label: str) -> Node:
    ds = look.ds
    names: dict[str, str] = {}
    for lit in sorted(ds.objects(iri, RDFS.label), key=_key):
        if isinstance(lit, Literal):
            names.setdefault((lit.language or "").split("-")[0], clean(str(lit)))
    aliases = tuple(sorted({clean(str(a)) for a in ds.objects(iri, SKOS.altLabel)}))
    wikidata = sorted(str(o)[len(str(WD)) :] for o in ds.objects(iri, OWL.sameAs) if str(o).startswith(str(WD)))
    subtypes = [t for t in _kg_types(ds, iri) if t not in TOP_CLASSES] or [label]
    name = names.get("zh") or names.get("en") or next(iter(names.values()), "") or clean(str(iri).rstrip("/").rsplit("/", 1)[-1])
    dates = {fact.predicate: fact for fact in _best_facts(_facts_of(look, iri, DATATYPE_RELATIONS))}
    date_values = tuple(clean(str(dates[p].object)) if p in dates else "" for p in DATATYPE_RELATIONS)
    values = (name, names.get("zh", ""), names.get("en", ""), aliases, wikidata[0] if wikidata else "", subtypes[0])
    return Node(str(iri), label, values + date_values)


def _event_node(look: _Lookup, iri: URIRef) -> Node:
    subtypes = [t for t in _kg_types(look.ds, iri) if t != EVENT] or [EVENT]
    timing = look.timing(iri)
    evidence, _ = look.evidence(iri)
    doc = look.first(iri, KG.document)
    row: dict[str, Value] = {
        "name": look.label(iri),
        "subtype": subtypes[0],
        **timing,
        "trigger": look.text(iri, KG.trigger),
        "confidence": _float(look.first(iri, KG.confidence)),
        "rule": look.text(iri, KG.rule),
        "evidence": evidence,
        "document": str(doc) if doc is not None else "",
        "document_title": look.title(doc),
    }
    return Node(str(iri), EVENT, tuple(row[c.name] for c in EVENT_COLUMNS))


# --- facts and edges -----------------------------------------------------------------------


def fact_subjects(ds: Dataset) -> list[URIRef]:
    """Every subject of a relation triple, sorted."""
    subjects: set[URIRef] = set()
    for name in RELATION_PROPERTIES:
        subjects.update(s for s in ds.subjects(KG[name], None) if isinstance(s, URIRef))
    return sorted(subjects, key=str)


def iter_facts(ds: Dataset, subjects: Iterable[URIRef] | None = None) -> Iterator[Fact]:
    """Every plain relation triple with the support of its statements, sorted."""
    look = _Lookup(ds)
    for s in fact_subjects(ds) if subjects is None else subjects:
        yield from _facts_of(look, s, RELATION_PROPERTIES)


def iter_edges(ds: Dataset, labels: dict[URIRef, str]) -> Iterator[Edge]:
    """Facts between two nodes, then event participants and places; sorted."""
    look = _Lookup(ds)
    for s in sorted((n for n, label in labels.items() if label != EVENT), key=str):
        for fact in _facts_of(look, s, OBJECT_RELATIONS):
            target = fact.object
            if isinstance(target, URIRef) and target in labels:
                yield Edge(str(s), str(target), fact.predicate, labels[s], labels[target], fact.support.values())
    for event in sorted((n for n, label in labels.items() if label == EVENT), key=str):
        roles: dict[RdfNode, set[str]] = defaultdict(set)
        for agent in ds.objects(event, KG.participant):
            roles.setdefault(agent, set())
        for part in ds.objects(event, KG.hasParticipation):
            found = look.first(part, KG.agent)
            if found is not None:
                roles.setdefault(found, set()).add(look.text(part, KG.roleName))
        for agent in sorted(roles, key=_key):
            if isinstance(agent, URIRef) and agent in labels:
                for role in sorted(roles[agent] - {""}) or [""]:
                    yield Edge(str(event), str(agent), "participant", EVENT, labels[agent], (role,))
        for place in sorted(set(ds.objects(event, KG.place)), key=_key):
            if isinstance(place, URIRef) and place in labels:
                yield Edge(str(event), str(place), "place", EVENT, labels[place], ())


def _facts_of(look: _Lookup, s: URIRef, predicates: Sequence[str]) -> Iterator[Fact]:
    ds = look.ds
    statements: dict[tuple[RdfNode | None, RdfNode | None], list[_Statement]] = defaultdict(list)
    for st in set(ds.subjects(RDF.subject, s)):
        statements[(look.first(st, RDF.predicate), look.first(st, RDF.object))].append(_statement(look, st))
    for name in predicates:
        p: URIRef = KG[name]
        for o in sorted(set(ds.objects(s, p)), key=_key):
            if isinstance(o, URIRef | Literal):
                yield Fact(s, name, o, _support(statements.get((p, o), [])))


def _statement(look: _Lookup, st: RdfNode) -> _Statement:
    confidence = _float(look.first(st, KG.confidence))
    evidence, begin = look.evidence(st)
    doc = look.first(st, KG.document)
    timing = look.timing(st)
    support = Support(
        confidence=confidence,
        statements=1,
        rule=look.text(st, KG.rule),
        role=look.text(st, KG.role),
        evidence=evidence,
        document=str(doc) if doc is not None else "",
        document_title=look.title(doc),
        **timing,  # type: ignore[arg-type]
    )
    rank = (-(confidence if confidence is not None else -1.0), support.document, begin, str(st))
    return _Statement(rank, support)


def _support(statements: list[_Statement]) -> Support:
    if not statements:
        return Support()
    ranked = [st.support for st in sorted(statements, key=lambda st: st.rank)]
    best = ranked[0]
    timed = next((s for s in ranked if s.time or s.start or s.end), best)
    return Support(
        confidence=best.confidence,
        statements=len(ranked),
        rule=best.rule,
        role=SEPARATOR.join(dict.fromkeys(s.role for s in ranked if s.role)),
        time=timed.time,
        start=timed.start,
        end=timed.end,
        approximate=timed.approximate,
        time_text=timed.time_text,
        evidence=SEPARATOR.join(dict.fromkeys(e for s in ranked for e in s.evidence.split(SEPARATOR) if e)),
        document=best.document,
        document_title=best.document_title,
    )


def _best_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Per predicate, the fact with the best support (for one-valued node properties)."""
    best: dict[str, Fact] = {}
    for fact in facts:
        current = best.get(fact.predicate)
        score = fact.support.confidence if fact.support.confidence is not None else -1.0
        if current is None or score > (current.support.confidence if current.support.confidence is not None else -1.0):
            best[fact.predicate] = fact
    return list(best.values())
