"""kg: a Chinese-first knowledge-graph builder.

Library first; the CLI (``kg``) is a thin layer over these functions::

    from kg import load_resources, read_document, extract, names_reader, resolve_entities, to_rdf
    res = load_resources()
    extractions = [extract(read_document(p), res) for p in paths]
    resolution = resolve_entities(extractions, res.gazetteer, names_reader(res))
    dataset = to_rdf(extractions, resolution)          # an rdflib Dataset
    dataset.serialize("graph.trig", format="trig")
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset

from kg import native  # noqa: F401  (first: the compiled extraction modules, where built; kg.native)
from kg.errors import KgError
from kg.extract import extract
from kg.extract.firm_names import names_reader
from kg.model import Document, Entity, Event, Extraction, Mention, Relation, Resolution
from kg.rdf.mapping import DEFAULT_BASE, to_rdf
from kg.resolve import resolve_entities
from kg.resources import Resources, default_resources, load_resources
from kg.text import read_document

__all__ = [
    "DEFAULT_BASE",
    "Document",
    "Entity",
    "Event",
    "Extraction",
    "KgError",
    "Mention",
    "Relation",
    "Resolution",
    "Resources",
    "build_dataset",
    "default_resources",
    "extract",
    "load_resources",
    "names_reader",
    "read_document",
    "resolve_entities",
    "to_rdf",
]


def build_dataset(texts: Iterable[tuple[str, str]], base: str = DEFAULT_BASE, date: str = "") -> Dataset:
    """The whole pipeline over ``(name, text)`` pairs, in memory."""
    res = default_resources()
    extractions = [extract(read_document(name, text=text, date=date), res) for name, text in texts]
    return to_rdf(extractions, resolve_entities(extractions, res.gazetteer, names_reader(res)), base)
