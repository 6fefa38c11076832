"""``kg validate``: check a graph against the SHACL shapes of the RDF contract (ontology/shapes.ttl).

The shapes run over the union of all named graphs (entity types live in the entities graph, facts
in the document graphs), with no inference. Each violation is reported with the offending node in
words (an entity's name, a statement as "subject predicate object") and the evidence sentence it
came from, so it can be traced back to the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from kg.errors import GraphError, KgError, first_line
from kg.rdf.gen_vocab import ROOT
from kg.rdf.vocab import DCTERMS, KG, NIF, PREFIXES, PROV, RDF, RDFS

SHAPES_PATH = ROOT / "ontology" / "shapes.ttl"
_LITERAL_REPR = re.compile(r'Literal\("([^"]*)"(?:, (?:datatype|lang)=[^)]*)?\)')  # in pyshacl's own messages
_PLAIN_TYPES = tuple(URIRef("http://www.w3.org/2001/XMLSchema#" + t) for t in ("decimal", "integer", "double", "boolean", "nonNegativeInteger"))
_GENERAL = ("Person", "Organization", "Place", "Work", "Product", "Event")


@dataclass(frozen=True)
class Violation:
    focus: str  # IRI (or blank node) of the offending node
    kind: str  # its kg class: Person, Statement, Evidence, …
    description: str  # the node in words
    path: str  # the property at fault (compact), or ""
    value: str  # the offending value (Turtle syntax), or ""
    message: str
    severity: str  # Violation, Warning or Info
    evidence: str  # a sentence the node was extracted from, or ""
    document: str  # that sentence's document (title, else IRI), or ""


@dataclass(frozen=True)
class Report:
    conforms: bool
    triples: int
    violations: tuple[Violation, ...]


def validate_dataset(ds: Dataset, shapes: str | Path = SHAPES_PATH) -> Report:
    """Run the SHACL shapes over ``ds``; the report lists every result, sorted.

    >>> from kg import build_dataset
    >>> validate_dataset(build_dataset([("bio.txt", "屠呦呦毕业于北京医学院。")])).conforms
    True
    """
    try:
        from pyshacl import validate
    except ImportError:
        raise KgError("kg validate needs pyshacl: pip install pyshacl") from None
    try:
        shapes_graph = Graph().parse(str(shapes), format="turtle")
    except FileNotFoundError:
        raise GraphError(f"{shapes}: no such shapes file") from None
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise GraphError(f"{shapes}: not valid Turtle: {first_line(exc)[:200]}") from None
    conforms, results, _ = validate(ds, shacl_graph=shapes_graph, inference="none", allow_warnings=False)
    assert isinstance(results, Graph)
    describe = _Describer(ds)
    found = {describe.violation(results, r) for r in results.subjects(RDF.type, SH.ValidationResult)}
    violations = tuple(sorted(found, key=lambda v: (v.focus, v.path, v.message, v.value)))
    return Report(bool(conforms), len(ds), violations)


def format_report(report: Report, name: str) -> str:
    """The report as text for a terminal."""
    if report.conforms:
        return f"{name}: conforms to the SHACL shapes ({report.triples} triples checked)"
    n = len(report.violations)
    lines = [f"{name}: {n} violation{'s' if n != 1 else ''} of the SHACL shapes ({report.triples} triples checked)"]
    for i, v in enumerate(report.violations, start=1):
        lines += ["", f"{i}. {v.kind} {v.description}".rstrip(), f"   {v.focus}"]
        if v.path or v.value:
            lines.append(f"   {v.path or '(node)'}{' = ' + v.value if v.value else ''}")
        lines.append(f"   {v.severity}: {v.message}")
        if v.evidence:
            lines.append(f"   evidence: “{v.evidence}”" + (f" ({v.document})" if v.document else ""))
    return "\n".join(lines)


class _Describer:
    """Turns SHACL results into Violations: names, compact terms, evidence."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.ns = NamespaceManager(Graph(), bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            self.ns.bind(prefix, iri)

    def term(self, node: Node | None) -> str:
        if node is None:
            return ""
        if isinstance(node, Literal):
            if node.datatype in _PLAIN_TYPES:
                return str(node)
            return node.n3(self.ns)
        if isinstance(node, URIRef):
            qname = node.n3(self.ns)
            return qname if not qname.startswith("<") else str(node)
        return node.n3()

    def values(self, focus: Node, path: Node | None) -> str:
        """What the focus node has at ``path`` (when the result names no single value)."""
        if not isinstance(path, URIRef):
            return ""
        found = sorted(self.ds.objects(focus, path), key=lambda n: (isinstance(n, Literal), str(n)))
        shown = ", ".join(self.term(v) for v in found[:5])
        return shown + (f", … ({len(found)} in all)" if len(found) > 5 else "")

    def first(self, s: Node, p: URIRef) -> Node | None:
        values = sorted(self.ds.objects(s, p), key=lambda n: (isinstance(n, Literal), str(n)))
        return values[0] if values else None

    def name(self, node: Node | None) -> str:
        if node is None:
            return "?"
        labels: dict[str, str] = {}
        for lit in sorted(self.ds.objects(node, RDFS.label), key=str):
            if isinstance(lit, Literal):
                labels.setdefault(lit.language or "", str(lit))
        for lang in ("zh", "en", ""):
            if lang in labels:
                return labels[lang]
        if isinstance(node, Literal):
            return str(node)
        return self.term(node)

    def kind(self, node: Node) -> str:
        """The node's most telling kg class: Statement, Evidence, Document, else the most specific."""
        ns = str(KG)
        kinds = sorted(str(t)[len(ns) :] for t in self.ds.objects(node, RDF.type) if str(t).startswith(ns))
        for provenance in ("Statement", "Evidence", "Document"):
            if provenance in kinds:
                return provenance
        specific = [k for k in kinds if k not in _GENERAL]
        return (specific or kinds or ["Node"])[0]

    def description(self, node: Node, kind: str) -> str:
        if kind == "Statement":
            s, p, o = (self.first(node, x) for x in (RDF.subject, RDF.predicate, RDF.object))
            return f"“{self.name(s)} {self.term(p)} {self.name(o)}”"
        if kind == "Evidence":
            return ""
        if kind == "Document":
            return f"“{self.first(node, DCTERMS.title) or self.term(node)}”"
        return f"“{self.name(node)}”"

    def evidence(self, node: Node) -> tuple[str, str]:
        """A sentence ``node`` was extracted from (or that mentions it) and its document."""
        ds = self.ds
        evidence: Node | None = node if (node, RDF.type, KG.Evidence) in ds else self.first(node, PROV.wasDerivedFrom)
        if evidence is None:
            holders = sorted(set(ds.subjects(RDF.subject, node)) | set(ds.subjects(RDF.object, node)), key=str)
            holders += sorted(set(ds.subjects(KG.participant, node)), key=str)
            evidence = next((e for h in holders if (e := self.first(h, PROV.wasDerivedFrom)) is not None), None)
        if evidence is None:
            return "", ""
        sentence = self.first(evidence, NIF.anchorOf)
        doc = self.first(evidence, NIF.referenceContext)
        title = self.first(doc, DCTERMS.title) if doc is not None else None
        return (str(sentence) if sentence is not None else ""), str(title or doc or "")

    def violation(self, results: Graph, result: Node) -> Violation:
        focus = results.value(result, SH.focusNode)
        assert focus is not None
        path = results.value(result, SH.resultPath)
        messages = sorted(_LITERAL_REPR.sub(r"\1", str(m)) for m in results.objects(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        kind = self.kind(focus)
        sentence, document = self.evidence(focus)
        return Violation(
            focus=str(focus),
            kind=kind,
            description=self.description(focus, kind),
            path=self.term(path) if isinstance(path, URIRef) else "",
            value=self.term(value) if value is not None else self.values(focus, path),
            message=" / ".join(messages) or "does not conform",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            evidence=sentence,
            document=document,
        )
