"""The summary of a graph: entities per type, relations per predicate, events, and the most
connected entities. Works on any graph that follows the RDF contract."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.rdf.vocab import KG, RELATION_PROPERTIES

TOP_CLASSES = ("Person", "Organization", "Place", "Work", "Product")


@dataclass(frozen=True)
class Stats:
    entities: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]
    events: tuple[tuple[str, int], ...]
    top: tuple[tuple[str, int], ...]  # (label, degree)
    triples: int
    documents: int


def label_of(ds: Dataset, node: URIRef, lang: str = "") -> str:
    labels = {(lit.language or ""): str(lit) for lit in ds.objects(node, RDFS.label) if isinstance(lit, Literal)}
    return labels.get(lang) or labels.get("en") or labels.get("zh") or next(iter(labels.values()), str(node).rsplit("/", 1)[-1])


def graph_stats(ds: Dataset) -> Stats:
    entities: Counter[str] = Counter()
    for cls in TOP_CLASSES:
        entities[cls] = len(set(ds.subjects(RDF.type, KG[cls])))
    relations: Counter[str] = Counter()
    graph = nx.MultiDiGraph()
    for name in RELATION_PROPERTIES:
        for s, o in ds.subject_objects(KG[name]):
            relations[name] += 1
            if isinstance(o, URIRef):
                graph.add_edge(s, o)
    events: Counter[str] = Counter()
    for event in set(ds.subjects(RDF.type, KG.Event)):
        kinds = [str(t).rsplit("#", 1)[-1] for t in ds.objects(event, RDF.type) if t != KG.Event]
        events[kinds[0] if kinds else "Event"] += 1
    degree = sorted(graph.degree(), key=lambda kv: (-kv[1], str(kv[0])))[:10]
    return Stats(
        entities=tuple(entities.items()),
        relations=tuple(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
        events=tuple(sorted(events.items(), key=lambda kv: (-kv[1], kv[0]))),
        top=tuple((label_of(ds, node), d) for node, d in degree),
        triples=len(ds),
        documents=len(set(ds.subjects(RDF.type, KG.Document))),
    )


def format_stats(stats: Stats) -> str:
    lines = [f"{stats.documents} document(s), {stats.triples} triples", "", "Entities per type:"]
    lines += [f"  {name:<14} {n:>6}" for name, n in stats.entities]
    lines += ["", "Relations per predicate:"]
    lines += [f"  {name:<16} {n:>6}" for name, n in stats.relations] or ["  (none)"]
    lines += ["", "Events:"]
    lines += [f"  {name:<16} {n:>6}" for name, n in stats.events] or ["  (none)"]
    lines += ["", "Most connected entities:"]
    lines += [f"  {i:>2}. {label} ({d})" for i, (label, d) in enumerate(stats.top, start=1)] or ["  (none)"]
    return "\n".join(lines)
