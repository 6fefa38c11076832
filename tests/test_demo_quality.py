"""The demo interview measured against an independent annotation (tests/data/interview_gold.toml).

Targets from the issue: ≥ 95% of the named entities found, each as exactly one node; ≥ 80% of
the relations stated outright; ≥ 60% of those that need 我 resolved; ≥ 90% of emitted relations
correct. The same rules are shown working on other texts in tests/test_generalization.py.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg import build_dataset
from kg.rdf.vocab import KG, RELATION_PROPERTIES

from .conftest import ROOT, SAMPLE

GOLD = tomllib.loads((ROOT / "tests" / "data" / "interview_gold.toml").read_text(encoding="utf-8"))
PRONOUNS = {"我", "你", "您", "我们", "他", "她"}


@pytest.fixture(scope="module")
def graph() -> Dataset:
    return build_dataset([(SAMPLE.name, SAMPLE.read_text(encoding="utf-8"))])


def _names(graph: Dataset) -> dict[str, set[URIRef]]:
    by_name: dict[str, set[URIRef]] = defaultdict(set)
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(p):
            if isinstance(s, URIRef) and isinstance(o, Literal) and "/entity/" in str(s):
                by_name[str(o)].add(s)
    return by_name


def _node(graph: Dataset, form: str) -> URIRef | None:
    nodes = _names(graph).get(form, set())
    return next(iter(nodes)) if len(nodes) == 1 else None


def _facts(graph: Dataset) -> set[tuple[URIRef, str, object]]:
    out = set()
    for name in RELATION_PROPERTIES:
        for s, o in graph.subject_objects(KG[name]):
            out.add((s, name, str(o) if isinstance(o, Literal) else o))
    return out


def _as_fact(graph: Dataset, triple: list[str]) -> tuple[object, str, object]:
    s, p, o = triple
    obj: object = o if o.isdigit() else _node(graph, o)
    return _node(graph, s), p, obj


def test_entities_found_each_as_one_node(graph: Dataset) -> None:
    names = _names(graph)
    found = 0
    missing = []
    for entity in GOLD["entity"]:
        nodes = set().union(*(names.get(f, set()) for f in entity["forms"]))
        if len(nodes) == 1 and all(f in names for f in entity["forms"]):
            node = next(iter(nodes))
            assert (node, RDF.type, KG[entity["type"]]) in graph, (entity, node)
            found += 1
        else:
            missing.append((entity["forms"], len(nodes)))
    share = found / len(GOLD["entity"])
    assert share >= 0.95, f"{share:.2f} of entities found as one node; missing or split: {missing}"


# Nodes the independent annotation does not list, read by hand and right (an organization, a
# company, a product and a community the interview names). A node outside the annotation and
# this list is a spurious mention (a kind of company read as a name, 初创公司) until read.
READ_BY_HAND = {"北京智源人工智能研究院", "Meta Platforms", "Slack Technologies", "Amazon Alexa", "硅谷创业社区"}


def test_no_node_outside_the_annotation_but_those_read_by_hand(graph: Dataset) -> None:
    forms = {f for entity in GOLD["entity"] for f in entity["forms"]}
    labels: dict[URIRef, set[str]] = defaultdict(set)
    for s, o in graph.subject_objects(RDFS.label):
        if isinstance(s, URIRef) and "/entity/" in str(s):
            labels[s].add(str(o))
    unread = [sorted(names) for names in labels.values() if not names & (forms | READ_BY_HAND)]
    assert not unread, unread


def test_outright_relations_recall(graph: Dataset) -> None:
    facts = _facts(graph)
    gold = [_as_fact(graph, t) for t in GOLD["outright"]]
    hit = [t for t, g in zip(GOLD["outright"], gold, strict=True) if g in facts]
    share = len(hit) / len(gold)
    assert share >= 0.8, f"{share:.2f}; missed {[t for t in GOLD['outright'] if t not in hit]}"


def test_relations_through_pronouns_recall(graph: Dataset) -> None:
    via_pronoun = set()
    for st in graph.subjects(RDF.type, KG.Statement):
        if str(graph.value(st, KG.subjectText)) in PRONOUNS or str(graph.value(st, KG.objectText)) in PRONOUNS:
            p = str(graph.value(st, RDF.predicate)).rsplit("#", 1)[-1]
            via_pronoun.add((graph.value(st, RDF.subject), p, graph.value(st, RDF.object)))
    gold = [_as_fact(graph, t) for t in GOLD["needs_pronoun"]]
    share = sum(g in via_pronoun for g in gold) / len(gold)
    assert share >= 0.6, f"{share:.2f} of the pronoun relations found"


def test_emitted_relations_precision(graph: Dataset) -> None:
    truth = {_as_fact(graph, t) for key in ("outright", "needs_pronoun", "also_true") for t in GOLD[key]}
    facts = _facts(graph)
    wrong = sorted(str(f) for f in facts if f not in truth)
    share = 1 - len(wrong) / len(facts)
    assert share >= 0.9, f"{share:.2f} correct; not in the annotation: {wrong}"
