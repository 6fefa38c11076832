"""JSON-LD export with the published context (ontology/context.jsonld): compact keys in the
schema.org style (``id``, ``type``, ``name``, ``alternateName``, ``sameAs``, ``founded`` …).

The context is written inline, so readers need no network; it is the same object as the published
file. Each value goes under its term when it fits the term's definition (an IRI for ``"@type":
"@id"``, the right datatype for a typed term, a language-tagged or plain string for a language
map); anything else goes under the compact IRI of its property as a full value object. So the
file expands to exactly the triples of the graph. One named graph per ``@graph`` block, nodes
written one by one in the export order (kg.export.quads).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.export.quads import GraphName, Source, quads
from kg.rdf.gen_vocab import ROOT
from kg.rdf.vocab import RDF

CONTEXT_PATH = ROOT / "ontology" / "context.jsonld"
_XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")  # (not XSD.string: rdflib's XSD warns under doctest)
_SAFE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class Term:
    name: str
    iri: str
    type: str  # "@id", a datatype IRI, or ""
    container: str  # "@language" or ""


@dataclass(frozen=True)
class Context:
    """The published context, read once: its JSON, prefixes and terms by IRI."""

    raw: dict[str, Any]
    prefixes: tuple[tuple[str, str], ...]  # (prefix, namespace), longest namespace first
    terms: dict[str, Term]  # IRI → the term that stands for it

    def compact(self, iri: str) -> str:
        """``kg:founded`` for a namespace we declare, else the IRI itself."""
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and _SAFE_LOCAL.match(iri[len(ns) :]):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    def vocab(self, iri: str) -> str:
        """A type value or key: its term name when there is one, else the compact IRI."""
        term = self.terms.get(iri)
        return term.name if term else self.compact(iri)


def load_context(path: Path = CONTEXT_PATH) -> Context:
    raw = json.loads(path.read_text(encoding="utf-8"))["@context"]
    prefixes = {k: v for k, v in raw.items() if isinstance(v, str) and not k.startswith("@") and v.endswith(("/", "#"))}

    def expand(value: str) -> str:
        prefix, _, local = value.partition(":")
        return prefixes[prefix] + local if prefix in prefixes and not local.startswith("//") else value

    terms: dict[str, Term] = {}
    for name, definition in raw.items():
        if name.startswith("@") or name in prefixes or definition in ("@id", "@type"):
            continue
        if isinstance(definition, str):
            definition = {"@id": definition}
        iri = expand(definition["@id"])
        kind = definition.get("@type", "")
        term = Term(name, iri, kind if kind in ("", "@id") else expand(kind), definition.get("@container", ""))
        terms.setdefault(iri, term)
    ordered = tuple(sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    return Context(raw, ordered, terms)


def write_jsonld(source: Source, stream: BinaryIO, context: Context | None = None) -> int:
    """Write ``source`` as JSON-LD; return the number of quads written."""
    ctx = context or load_context()
    node_ref = _NodeRef(source, ctx)
    written = 0
    stream.write(b'{\n  "@context": ')
    stream.write(_indent(json.dumps(ctx.raw, ensure_ascii=False, indent=2), 2).encode("utf-8"))
    stream.write(b',\n  "@graph": [')
    first_graph = True
    for name, graph_quads in groupby(quads(source), key=lambda q: q[3]):
        nodes = _nodes(graph_quads, node_ref)
        if name is None:
            for top, n in nodes:
                stream.write(b"" if first_graph else b",")
                stream.write(b"\n    " + _indent(_dump(top), 4).encode("utf-8"))
                written += n
                first_graph = False
            continue
        stream.write(b"" if first_graph else b",")
        first_graph = False
        head = '\n    {\n      "id": ' + json.dumps(node_ref.id(name), ensure_ascii=False) + ',\n      "@graph": ['
        stream.write(head.encode("utf-8"))
        first_node = True
        for node, n in nodes:
            stream.write(b"" if first_node else b",")
            stream.write(b"\n        " + _indent(_dump(node), 8).encode("utf-8"))
            written += n
            first_node = False
        stream.write(b"\n      ]\n    }")
    stream.write(b"\n  ]\n}\n")
    return written


def _dump(node: dict[str, Any]) -> str:
    return json.dumps(node, ensure_ascii=False, indent=2)


def _indent(text: str, spaces: int) -> str:
    return text.replace("\n", "\n" + " " * spaces)


class _NodeRef:
    def __init__(self, source: Source, ctx: Context) -> None:
        self.labels = source.labels
        self.ctx = ctx

    def id(self, term: Node | GraphName) -> str:
        if isinstance(term, BNode):
            return "_:" + self.labels.get(term, str(term))
        return str(term)

    def iri_value(self, term: Node) -> str:
        """An IRI as the value of an ``"@type": "@id"`` term (compact IRIs expand there)."""
        if isinstance(term, BNode):
            return self.id(term)
        return self.ctx.compact(str(term))


def _nodes(graph_quads: Iterator[tuple[Node, URIRef, Node, GraphName]], ref: _NodeRef) -> Iterator[tuple[dict[str, Any], int]]:
    """One node object per subject, and how many quads it holds."""
    for subject, group in groupby(graph_quads, key=lambda q: q[0]):
        node: dict[str, Any] = {"id": ref.id(subject)}
        n = 0
        for predicate, pairs in groupby(((q[1], q[2]) for q in group), key=lambda po: po[0]):
            objects = [o for _, o in pairs]
            n += len(objects)
            _add_property(node, predicate, objects, ref)
        yield node, n


def _add_property(node: dict[str, Any], predicate: URIRef, objects: Sequence[Node], ref: _NodeRef) -> None:
    ctx = ref.ctx
    if predicate == RDF.type:
        types = [ref.id(o) if isinstance(o, BNode) else ctx.vocab(str(o)) for o in objects if not isinstance(o, Literal)]
        if types:
            node["type"] = types[0] if len(types) == 1 else types
        objects = [o for o in objects if isinstance(o, Literal)]
        if not objects:
            return
    term = ctx.terms.get(str(predicate)) if predicate != RDF.type else None
    rest: list[Node] = []
    if term is None:
        rest = list(objects)
    elif term.container == "@language":
        by_lang: dict[str, list[str]] = {}
        for o in objects:
            if isinstance(o, Literal) and (o.language or o.datatype in (None, _XSD_STRING)):
                by_lang.setdefault(o.language or "@none", []).append(str(o))
            else:
                rest.append(o)
        if by_lang:
            node[term.name] = {lang: v[0] if len(v) == 1 else v for lang, v in by_lang.items()}
    else:
        fitting: list[Any] = []
        for o in objects:
            if term.type == "@id" and not isinstance(o, Literal):
                fitting.append(ref.iri_value(o))
            elif term.type not in ("", "@id") and isinstance(o, Literal) and not o.language and str(o.datatype) == term.type:
                fitting.append(str(o))
            elif term.type == "":
                fitting.append(_value_object(o, ref))
            else:
                rest.append(o)
        if fitting:
            node[term.name] = fitting[0] if len(fitting) == 1 else fitting
    if rest:
        values = [_value_object(o, ref) for o in rest]
        node[ctx.compact(str(predicate))] = values[0] if len(values) == 1 else values


def _value_object(term: Node, ref: _NodeRef) -> Any:
    """A value under a key with no coercion: string, ``{"@value", "@language"|"@type"}`` or ``{"id"}``."""
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype in (None, _XSD_STRING):
            return str(term)
        return {"@value": str(term), "@type": ref.ctx.compact(str(term.datatype))}
    return {"id": ref.id(term)}
