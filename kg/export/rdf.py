"""RDF exports: Turtle, N-Triples, N-Quads, TriG and RDF/XML, written by Oxigraph's streaming
serializers from the ordered quad stream (kg.export.quads), so the output is sorted and the same
graph always gives the same bytes. JSON-LD has its own writer (kg.export.jsonld).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Literal
from rdflib.term import Node

from kg.export.output import ExportError
from kg.export.quads import GraphName, Source, quads, triples
from kg.rdf.vocab import PREFIXES

# Characters XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class RdfSyntax:
    name: str
    format: ox.RdfFormat
    extension: str
    keeps_graphs: bool  # False: the named graphs are merged into one graph


SYNTAXES = {
    "turtle": RdfSyntax("Turtle", ox.RdfFormat.TURTLE, ".ttl", False),
    "ntriples": RdfSyntax("N-Triples", ox.RdfFormat.N_TRIPLES, ".nt", False),
    "nquads": RdfSyntax("N-Quads", ox.RdfFormat.N_QUADS, ".nq", True),
    "trig": RdfSyntax("TriG", ox.RdfFormat.TRIG, ".trig", True),
    "rdfxml": RdfSyntax("RDF/XML", ox.RdfFormat.RDF_XML, ".rdf", False),
}


def write_rdf(source: Source, syntax: str, stream: BinaryIO) -> int:
    """Write ``source`` in ``syntax`` to ``stream``; return how many triples or quads were written."""
    spec = SYNTAXES[syntax]
    written = 0
    to_ox = _Converter(source, xml=spec.format == ox.RdfFormat.RDF_XML)

    def statements() -> Iterator[ox.Quad | ox.Triple]:
        nonlocal written
        if spec.keeps_graphs:
            for s, p, o, g in quads(source):
                written += 1
                yield ox.Quad(to_ox.subject(s), to_ox.iri(p), to_ox.term(o), to_ox.graph(g))
        else:
            for s, p, o in triples(source):
                written += 1
                yield ox.Triple(to_ox.subject(s), to_ox.iri(p), to_ox.term(o))

    out = _SortedHeader(stream, spec.format)
    ox.serialize(statements(), out, spec.format, prefixes=PREFIXES)  # type: ignore[arg-type]  # a file-like writer; quads or triples
    out.close()
    return written


class _Converter:
    """rdflib terms to Oxigraph terms; blank nodes take their stable labels."""

    def __init__(self, source: Source, xml: bool = False) -> None:
        self.labels = source.labels
        self.xml = xml

    def iri(self, term: Node) -> ox.NamedNode:
        try:
            return ox.NamedNode(str(term))
        except ValueError as exc:
            raise ExportError(f"cannot write the IRI <{term}>: {exc}") from None

    def subject(self, term: Node) -> ox.NamedNode | ox.BlankNode:
        if isinstance(term, BNode):
            return ox.BlankNode(self.labels.get(term, str(term)))
        return self.iri(term)

    def term(self, term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if isinstance(term, Literal):
            if self.xml and (bad := _NOT_XML.search(str(term))):
                raise ExportError(
                    f"RDF/XML cannot hold the control character U+{ord(bad.group()):04X} of the literal {str(term)[:40]!r}; "
                    "export to Turtle, N-Triples, TriG or JSON-LD instead"
                )
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self.iri(term.datatype))
            return ox.Literal(str(term))
        return self.subject(term)

    def graph(self, name: GraphName) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
        if name is None:
            return ox.DefaultGraph()
        return self.subject(name)


class _SortedHeader:
    """Passes the serializer's bytes through, with the namespace declarations in sorted order.

    Oxigraph keeps prefixes in a map whose order is its own business; sorting the ``@prefix``
    lines (Turtle, TriG) or the ``xmlns`` attributes of ``<rdf:RDF>`` makes the bytes ours.
    """

    _XMLNS = re.compile(rb'\s+(xmlns(?::[\w.-]+)?="[^"]*")')

    def __init__(self, stream: BinaryIO, fmt: ox.RdfFormat) -> None:
        self.stream = stream
        self.xml = fmt == ox.RdfFormat.RDF_XML
        self.head: bytearray | None = bytearray() if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None

    def write(self, data: bytes) -> int:
        if self.head is None:
            self.stream.write(data)
            return len(data)
        self.head += data
        self._flush_head(final=False)
        return len(data)

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        if self.head is not None:
            self._flush_head(final=True)
        self.stream.flush()

    def _flush_head(self, final: bool) -> None:
        assert self.head is not None
        head = bytes(self.head)
        if self.xml:
            end = head.find(b">", head.find(b"<rdf:RDF"))
            if head.find(b"<rdf:RDF") < 0 or end < 0:
                if final:
                    self._emit(head)
                return
            tag = head[: end + 1]
            attrs = sorted(self._XMLNS.findall(tag))
            start = self._XMLNS.sub(b"", tag)[:-1].rstrip()
            self._emit(start + b"".join(b" " + a for a in attrs) + b">" + head[end + 1 :])
            return
        lines = head.split(b"\n")
        done = [i for i, line in enumerate(lines[:-1]) if not line.startswith(b"@prefix ")]
        if not done and not final:
            return
        cut = done[0] if done else len(lines) - 1
        prefixes = sorted(lines[:cut])
        self._emit(b"".join(p + b"\n" for p in prefixes) + (b"\n" if prefixes else b"") + b"\n".join(lines[cut:]))

    def _emit(self, data: bytes) -> None:
        self.head = None
        self.stream.write(data)
