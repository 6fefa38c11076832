"""Export a graph for other tools: RDF syntaxes, Neo4j and Kùzu, GraphML and GEXF, CSV tables.

    from kg.export import export, open_graph
    export(open_graph("out/graph.trig"), "neo4j", "out/neo4j")

Every export is deterministic (same graph, same bytes: sorted output, stable blank-node labels,
no timestamps) and streams: it walks the graph subject by subject and writes as it goes, holding
at most the list of subjects (or of entities), never a second copy of the triples. Files are
written atomically; folders are built aside and swapped in. See docs/export.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset

from kg.export.output import ExportError, write_file, write_folder
from kg.export.quads import LAYERS, prepare
from kg.rdf.io import read_dataset
from kg.store import open_dataset

__all__ = ["ALIASES", "FORMATS", "LAYERS", "ExportError", "ExportFormat", "ExportResult", "default_output", "export", "open_graph"]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    family: str  # "rdf", "property graph", "graph file" or "table"
    extension: str  # file extension; "" for formats that write a folder
    description: str

    @property
    def folder(self) -> bool:
        return not self.extension


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("turtle", "rdf", ".ttl", "Turtle (named graphs merged)"),
        ExportFormat("ntriples", "rdf", ".nt", "N-Triples (named graphs merged)"),
        ExportFormat("nquads", "rdf", ".nq", "N-Quads"),
        ExportFormat("trig", "rdf", ".trig", "TriG"),
        ExportFormat("rdfxml", "rdf", ".rdf", "RDF/XML (named graphs merged)"),
        ExportFormat("jsonld", "rdf", ".jsonld", "JSON-LD with the kg @context"),
        ExportFormat("neo4j", "property graph", "", "CSVs + neo4j-admin and LOAD CSV scripts"),
        ExportFormat("kuzu", "property graph", "", "CSVs + Kùzu schema and COPY script"),
        ExportFormat("graphml", "graph file", ".graphml", "GraphML"),
        ExportFormat("gexf", "graph file", ".gexf", "GEXF 1.3 with event times (Gephi timeline)"),
        ExportFormat("csv", "table", "", "entities.csv and facts.csv"),
    )
}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "xml": "rdfxml", "rdf": "rdfxml", "json-ld": "jsonld", "kùzu": "kuzu", "tables": "csv"}


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: str
    count: int
    unit: str  # what count counts: "triples", "quads", "nodes and edges", "rows"
    files: tuple[str, ...] = ()  # the files of a folder export

    def describe(self) -> str:
        return f"wrote {self.path} ({self.count} {self.unit}, {FORMATS[self.format].description})"


def open_graph(path: str | Path) -> Dataset:
    """A graph file (TriG, N-Quads, Turtle, …) or an Oxigraph store folder, as an rdflib Dataset."""
    if Path(path).is_dir():
        return open_dataset(path)  # read-only, through oxrdflib: the exports stream from the store
    return read_dataset(path)


def resolve_format(name: str) -> ExportFormat:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise ExportError(f"unknown export format {name!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[key]


def default_output(to: str) -> str:
    spec = resolve_format(to)
    return f"out/export/{spec.name}" if spec.folder else f"out/export/graph{spec.extension}"


def export(ds: Dataset, to: str, output: str | Path, *, layer: str = "", with_ontology: bool = False) -> ExportResult:
    """Write ``ds`` as ``to`` (a name of FORMATS) at ``output`` (a file, ``-`` for stdout, or a folder).

    ``layer`` ("full" or "truthy") and ``with_ontology`` apply to the RDF formats only.
    """
    spec = resolve_format(to)
    if spec.family != "rdf" and (layer or with_ontology):
        option = "--layer" if layer else "--with-ontology"
        raise ExportError(f"{option} applies to the RDF formats only; {spec.name} always folds statements into edge properties")
    if layer and layer not in LAYERS:
        raise ExportError(f"unknown layer {layer!r}; choose one of {', '.join(LAYERS)}")
    if spec.family == "rdf":
        return _export_rdf(ds, spec, output, layer or "full", with_ontology)
    if spec.folder:
        return _export_folder(ds, spec, output)
    return _export_graph_file(ds, spec, output)


def _export_rdf(ds: Dataset, spec: ExportFormat, output: str | Path, layer: str, with_ontology: bool) -> ExportResult:
    from kg.export.jsonld import write_jsonld
    from kg.export.rdf import SYNTAXES, write_rdf

    source = prepare(ds, layer=layer, with_ontology=with_ontology)
    counted: list[int] = []

    def write(stream: BinaryIO) -> None:
        counted.append(write_jsonld(source, stream) if spec.name == "jsonld" else write_rdf(source, spec.name, stream))

    write_file(output, write)
    keeps_graphs = spec.name == "jsonld" or SYNTAXES[spec.name].keeps_graphs
    return ExportResult(spec.name, str(output), counted[0], "quads" if keeps_graphs else "triples")


def _export_graph_file(ds: Dataset, spec: ExportFormat, output: str | Path) -> ExportResult:
    from kg.export.graphfile import write_gexf, write_graphml

    writer: Callable[[Dataset, BinaryIO], int] = write_gexf if spec.name == "gexf" else write_graphml
    counted: list[int] = []
    write_file(output, lambda stream: counted.append(writer(ds, stream)))
    return ExportResult(spec.name, str(output), counted[0], "nodes and edges")


def _export_folder(ds: Dataset, spec: ExportFormat, output: str | Path) -> ExportResult:
    from kg.export.propertygraph import summary, write_property_graph
    from kg.export.tables import write_tables

    files: list[str] = []
    counted: list[int] = []

    def write(folder: Path) -> str:
        if spec.name == "csv":
            tables = write_tables(ds, folder)
            counted.append(tables.entities + tables.facts)
            contents = f"kg export --to csv\n\nentities.csv\t{tables.entities}\nfacts.csv\t{tables.facts}\n"
        else:
            written = write_property_graph(ds, folder, spec.name)
            counted.append(sum(n for _, n in written.rows))
            contents = summary(f"kg export --to {spec.name}", written)
        files.extend(sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()))
        return contents

    write_folder(output, write)
    return ExportResult(spec.name, str(output), counted[0], "rows", tuple(files))
