"""``to_rdf``: project extractions and their resolution into the RDF contract (docs/rdf.md).

One named graph per document (facts, statement nodes, evidence, events), one graph for the
entities. Every IRI is built from the base, a fixed path and either a hash or an IRI-safe slug,
so no input text reaches an IRI unencoded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Protocol

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.model import Document, Entity, Event, Extraction, Mention, Relation, Resolution, TimeValue
from kg.rdf.vocab import DCTERMS, KG, NIF, PREFIXES, PROV, WD
from kg.resources import has_cjk

DEFAULT_BASE = "https://kg.example.org/"
Resolver = Callable[[Mention], URIRef | None]  # a mention's entity node, if it has one


class TripleSink(Protocol):
    """Where the mapping writes: an rdflib Graph, or a faster collector (kg.corpus)."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


def _h(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _lang(text: str) -> str:
    return "zh" if has_cjk(text) else "en"


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


def time_literal(value: str) -> Literal:
    """``2016`` → xsd:gYear, ``2016-03`` → xsd:gYearMonth, ``2016-03-01`` → xsd:date."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


class Iris:
    """The IRI scheme under one base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, entity: Entity) -> URIRef:
        return URIRef(f"{self.base}entity/{entity.top.lower()}/{entity.id}")

    def document(self, doc: Document) -> URIRef:
        return URIRef(f"{self.base}doc/{doc.id}")

    def graph(self, doc: Document) -> URIRef:
        return URIRef(f"{self.base}graph/doc/{doc.id}")

    def entities_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/entities")

    def node(self, kind: str, *parts: object) -> URIRef:
        return URIRef(f"{self.base}{kind}/{_h(*parts)}")


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, iri in PREFIXES.items():
        ds.bind(prefix, iri)
    return ds


def to_rdf(extractions: Sequence[Extraction], resolution: Resolution, base: str = DEFAULT_BASE) -> Dataset:
    """The dataset: entities graph plus one graph per document.

    >>> from kg import build_dataset
    >>> ds = build_dataset([("bio.txt", "屠呦呦毕业于北京医学院。")])
    >>> len(list(ds.graphs())) >= 3  # default, entities, the document
    True
    """
    iris = Iris(base)
    ds = new_dataset()
    add_entities(ds.graph(iris.entities_graph()), resolution.entities, iris)
    for x in extractions:
        add_document(ds.graph(iris.graph(x.document)), x, resolution, iris)
    return ds


def add_entities(g: TripleSink, entities: Iterable[Entity], iris: Iris) -> None:
    for e in entities:
        node = iris.entity(e)
        g.add((node, RDF.type, KG[e.type]))
        if e.type != e.top:
            g.add((node, RDF.type, KG[e.top]))
        for lang, label in e.labels:
            g.add((node, RDFS.label, Literal(label, lang=lang)))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang=_lang(alias))))
        if e.wikidata:
            g.add((node, OWL.sameAs, WD[e.wikidata]))


def add_document(g: TripleSink, x: Extraction, resolution: Resolution, iris: Iris) -> None:
    doc = x.document
    doc_node = iris.document(doc)
    g.add((doc_node, RDF.type, KG.Document))
    g.add((doc_node, RDF.type, NIF.Context))
    if doc.title:
        g.add((doc_node, DCTERMS.title, Literal(doc.title)))
    g.add((doc_node, KG.contentHash, Literal(hashlib.sha256(doc.text.encode("utf-8")).hexdigest())))
    g.add((doc_node, KG.length, Literal(len(doc.text), datatype=XSD.nonNegativeInteger)))
    if doc.date:
        g.add((doc_node, DCTERMS.date, Literal(doc.date, datatype=XSD.date)))
    by_id = {e.id: e for e in resolution.entities}

    def entity_node(m: Mention) -> URIRef | None:
        entity_id = resolution.entity_of(doc.id, m)
        return iris.entity(by_id[entity_id]) if entity_id else None

    for rel in x.relations:
        _add_relation(g, doc, rel, entity_node, iris)
    for event in x.events:
        _add_event(g, doc, event, entity_node, iris)


def _evidence(g: TripleSink, doc: Document, sentence_index: int, iris: Iris) -> URIRef:
    sentence = doc.sentences[sentence_index]
    node = iris.node("evidence", doc.id, sentence.start, sentence.end)
    g.add((node, RDF.type, KG.Evidence))
    g.add((node, RDF.type, NIF.String))
    g.add((node, NIF.anchorOf, Literal(doc.sentence_text(sentence))))
    g.add((node, NIF.beginIndex, Literal(sentence.start, datatype=XSD.nonNegativeInteger)))
    g.add((node, NIF.endIndex, Literal(sentence.end, datatype=XSD.nonNegativeInteger)))
    g.add((node, NIF.referenceContext, iris.document(doc)))
    return node


def _add_time(g: TripleSink, node: URIRef | BNode, time: TimeValue | None) -> None:
    if time is None:
        return
    if time.value:
        g.add((node, KG.time, time_literal(time.value)))
    if time.begin:
        g.add((node, KG.begin, time_literal(time.begin)))
    if time.end:
        g.add((node, KG.end, time_literal(time.end)))
    if time.approximate:
        g.add((node, KG.approximate, Literal(True)))
    g.add((node, KG.timeText, Literal(time.text, lang="zh")))


def _add_relation(g: TripleSink, doc: Document, rel: Relation, resolve: Resolver, iris: Iris) -> None:
    subject = resolve(rel.subject)
    if subject is None:
        return
    obj: URIRef | Literal | None
    if rel.object.type == "Time":
        time = rel.object.time
        value = time.value or time.begin if time else ""
        obj = time_literal(value) if value else None
    else:
        obj = resolve(rel.object)
    if obj is None or obj == subject:
        return
    predicate: URIRef = KG[rel.predicate]
    g.add((subject, predicate, obj))
    st = iris.node("statement", doc.id, rel.subject.start, rel.predicate, rel.object.start, rel.rule)
    g.add((st, RDF.type, KG.Statement))
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, subject))
    g.add((st, RDF.predicate, predicate))
    g.add((st, RDF.object, obj))
    g.add((st, KG.confidence, _confidence(rel.confidence)))
    g.add((st, KG.rule, Literal(rel.rule)))
    if rel.role:
        g.add((st, KG.role, Literal(rel.role, lang=_lang(rel.role))))
    if rel.object.type != "Time":
        _add_time(g, st, rel.time)
    for prefix, m in (("subject", rel.subject), ("object", rel.object)):
        g.add((st, KG[f"{prefix}Text"], Literal(m.text)))
        g.add((st, KG[f"{prefix}Begin"], Literal(m.start, datatype=XSD.nonNegativeInteger)))
        g.add((st, KG[f"{prefix}End"], Literal(m.end, datatype=XSD.nonNegativeInteger)))
    g.add((st, PROV.wasDerivedFrom, _evidence(g, doc, rel.sentence, iris)))
    g.add((st, KG.document, iris.document(doc)))


def _add_event(g: TripleSink, doc: Document, event: Event, resolve: Resolver, iris: Iris) -> None:
    participants = [(role, node, m) for role, m in event.arguments if (node := resolve(m)) is not None]
    if not participants or (len(participants) < len(event.arguments) and not event.rule.startswith("event.")):
        return  # an event read off a relation needs both sides (an unresolved 他 drops it)
    node = iris.node("event", doc.id, event.type, event.sentence, event.trigger.start, *(m.start for _, _, m in participants))
    g.add((node, RDF.type, KG[event.type]))
    g.add((node, RDF.type, KG.Event))
    names = "、".join(dict.fromkeys(m.text for _, _, m in participants))
    g.add((node, RDFS.label, Literal(f"{event.type}: {names}", lang=_lang(names))))
    for n, (role, entity, _) in enumerate(participants):
        g.add((node, KG.participant, entity))
        part = URIRef(f"{node}/role/{n}")
        g.add((node, KG.hasParticipation, part))
        g.add((part, RDF.type, KG.Participation))
        g.add((part, KG.agent, entity))
        g.add((part, KG.roleName, Literal(role)))
    if event.place is not None and (place := resolve(event.place)) is not None:
        g.add((node, KG.place, place))
    _add_time(g, node, event.time)
    g.add((node, KG.trigger, Literal(event.trigger.text)))
    g.add((node, KG.confidence, _confidence(event.confidence)))
    g.add((node, KG.rule, Literal(event.rule)))
    g.add((node, PROV.wasDerivedFrom, _evidence(g, doc, event.sentence, iris)))
    g.add((node, KG.document, iris.document(doc)))
