"""Property-graph exports: CSV files for Neo4j and Kùzu, plus the script that loads them.

One folder, the same CSVs for both tools::

    nodes/Person.csv                              id:ID,name,name_zh,…,aliases:string[],…
    nodes/Event.csv
    edges/FOUNDED__Person__Organization.csv       :START_ID,:END_ID,confidence:double,…
    edges/PARTICIPANT__Event__Person.csv

The headers are Neo4j's (``neo4j-admin database import`` reads the types from them); Kùzu maps
columns by position and skips the header. Neo4j gets ``import.sh`` (the ``neo4j-admin`` command,
every file listed) and ``import.cypher`` (``LOAD CSV`` + ``MERGE`` into a running database);
Kùzu gets ``schema.cypher`` (node and relationship tables, then ``COPY``). Edges are split by
type *and* end labels because a Kùzu ``COPY`` into a relationship table names one FROM/TO pair.
Lists (aliases) are joined with ``|``, Neo4j's array delimiter set in ``import.sh``.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rdflib import Dataset

from kg.export.projection import (
    EVENT,
    Column,
    Value,
    edge_columns,
    iter_edges,
    iter_nodes,
    node_columns,
    node_labels,
    relation_type,
)

_NEO4J_TYPES = {"string": "", "double": ":double", "int": ":int", "boolean": ":boolean", "list": ":string[]"}
_KUZU_TYPES = {"string": "STRING", "double": "DOUBLE", "int": "INT64", "boolean": "BOOLEAN", "list": "STRING"}
_CYPHER_CAST = {"string": "{}", "double": "toFloat({})", "int": "toInteger({})", "boolean": "toBoolean({})", "list": "split({}, '|')"}
ARRAY_DELIMITER = "|"


def cell(value: Value) -> str:
    """One CSV cell: empty for missing, ``true``/``false``, lists joined with ``|``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, tuple):
        return ARRAY_DELIMITER.join(value)
    return str(value)


def neo4j_header(name: str, column: Column) -> str:
    return name + _NEO4J_TYPES[column.kind]


@dataclass
class CsvFiles:
    """The CSV files of one export, opened as rows arrive; counts rows per file."""

    folder: Path
    rows: Counter[str] = field(default_factory=Counter)
    _open: dict[str, tuple[IO[str], Any]] = field(default_factory=dict)

    def write(self, name: str, header: list[str], row: list[str]) -> None:
        if name not in self._open:
            path = self.folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            stream = path.open("w", encoding="utf-8", newline="")
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(header)
            self._open[name] = (stream, writer)
        self._open[name][1].writerow(row)
        self.rows[name] += 1

    def close(self) -> None:
        for stream, _ in self._open.values():
            stream.close()
        self._open.clear()


@dataclass(frozen=True)
class EdgeFile:
    path: str
    type: str  # Neo4j relationship type, e.g. FOUNDED
    source_label: str
    target_label: str
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class PropertyGraphFiles:
    """What was written: node files by label, edge files, row counts."""

    nodes: tuple[tuple[str, str], ...]  # (label, path)
    edges: tuple[EdgeFile, ...]
    rows: tuple[tuple[str, int], ...]  # (path, rows)


def write_csvs(ds: Dataset, folder: Path) -> PropertyGraphFiles:
    """Write the node and edge CSVs of ``ds`` into ``folder``."""
    labels = node_labels(ds)
    files = CsvFiles(folder)
    node_files: dict[str, str] = {}
    edge_files: dict[str, EdgeFile] = {}
    try:
        for node in iter_nodes(ds, labels):
            columns = node_columns(node.label)
            path = f"nodes/{node.label}.csv"
            node_files[node.label] = path
            header = ["id:ID"] + [neo4j_header(c.name, c) for c in columns]
            files.write(path, header, [node.id] + [cell(v) for v in node.values])
        for edge in iter_edges(ds, labels):
            columns = edge_columns(edge.type)
            rel = relation_type(edge.type)
            path = f"edges/{rel}__{edge.source_label}__{edge.target_label}.csv"
            edge_files.setdefault(path, EdgeFile(path, rel, edge.source_label, edge.target_label, columns))
            header = [":START_ID", ":END_ID"] + [neo4j_header(c.name, c) for c in columns]
            files.write(path, header, [edge.source, edge.target] + [cell(v) for v in edge.values])
    finally:
        files.close()
    return PropertyGraphFiles(
        nodes=tuple(sorted(node_files.items())),
        edges=tuple(sorted(edge_files.values(), key=lambda e: e.path)),
        rows=tuple(sorted(files.rows.items())),
    )


def _node_labels_for_neo4j(label: str) -> str:
    return label if label == EVENT else f"Entity:{label}"


def neo4j_admin_script(written: PropertyGraphFiles) -> str:
    lines = [
        "#!/bin/sh",
        "# Load this folder into a new (or replaced) Neo4j 5 database with neo4j-admin.",
        "# Stop the database first, then:   sh import.sh [DATABASE]   (default: neo4j)",
        'cd "$(dirname "$0")" || exit 1',
        'exec neo4j-admin database import full --overwrite-destination --array-delimiter="|" \\',
    ]
    lines += [f"  --nodes={_node_labels_for_neo4j(label)}={path} \\" for label, path in written.nodes]
    lines += [f"  --relationships={e.type}={e.path} \\" for e in written.edges]
    lines.append('  "${1:-neo4j}"')
    return "\n".join(lines) + "\n"


def _set_clause(var: str, columns: tuple[Column, ...]) -> str:
    sets = [f"{var}.`{c.name}` = " + _CYPHER_CAST[c.kind].format(f"row.`{neo4j_header(c.name, c)}`") for c in columns]
    return ("SET " + ", ".join(sets)) if sets else ""


def neo4j_cypher_script(written: PropertyGraphFiles, folder_name: str = "kg") -> str:
    url = f"file:///{folder_name}/"
    lines = [
        "// Load this folder into a running Neo4j 5 with LOAD CSV + MERGE (safe to run again).",
        f"// Copy the folder into Neo4j's import directory as {folder_name}/, then:",
        "//   cypher-shell -u neo4j -p PASSWORD -f import.cypher",
        "",
    ]
    for label, _ in written.nodes:
        lines.append(f"CREATE CONSTRAINT `kg_{label.lower()}_id` IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.`id` IS UNIQUE;")
    lines.append("")
    for label, path in written.nodes:
        extra = "" if label == EVENT else " SET n:`Entity`"
        lines += [
            f"LOAD CSV WITH HEADERS FROM '{url}{path}' AS row",
            f"MERGE (n:`{label}` {{`id`: row.`id:ID`}}){extra}",
            _set_clause("n", node_columns(label)) + ";",
            "",
        ]
    for e in written.edges:
        body = [
            f"LOAD CSV WITH HEADERS FROM '{url}{e.path}' AS row",
            f"MATCH (a:`{e.source_label}` {{`id`: row.`:START_ID`}})",
            f"MATCH (b:`{e.target_label}` {{`id`: row.`:END_ID`}})",
            f"MERGE (a)-[r:`{e.type}`]->(b)",
        ]
        if e.columns:
            body.append(_set_clause("r", e.columns))
        body[-1] += ";"
        lines += body + [""]
    return "\n".join(lines)


def kuzu_script(written: PropertyGraphFiles) -> str:
    lines = [
        "// Load this folder into Kùzu: run it from inside the folder (the COPY paths are relative),",
        "//   python -c \"import kuzu; kuzu.Connection(kuzu.Database('kg.kuzu')).execute(open('schema.cypher').read())\"",
        "",
    ]
    for label, _ in written.nodes:
        cols = ", ".join(f"`{c.name}` {_KUZU_TYPES[c.kind]}" for c in node_columns(label))
        lines.append(f"CREATE NODE TABLE `{label}`(`id` STRING, {cols}, PRIMARY KEY(`id`));")
    by_type: dict[str, list[EdgeFile]] = {}
    for e in written.edges:
        by_type.setdefault(e.type, []).append(e)
    for rel, files in by_type.items():
        pairs = ", ".join(f"FROM `{f.source_label}` TO `{f.target_label}`" for f in files)
        cols = "".join(f", `{c.name}` {_KUZU_TYPES[c.kind]}" for c in files[0].columns)
        lines.append(f"CREATE REL TABLE `{rel}`({pairs}{cols});")
    lines.append("")
    for label, path in written.nodes:
        lines.append(f"COPY `{label}` FROM '{path}' (header=true);")
    for e in written.edges:
        lines.append(f"COPY `{e.type}` FROM '{e.path}' (header=true, from='{e.source_label}', to='{e.target_label}');")
    return "\n".join(lines) + "\n"


def summary(title: str, written: PropertyGraphFiles) -> str:
    lines = [title, ""] + [f"{path}\t{n}" for path, n in written.rows]
    return "\n".join(lines) + "\n"


def write_property_graph(ds: Dataset, folder: Path, tool: str) -> PropertyGraphFiles:
    """CSVs plus the loading script for ``tool`` ("neo4j" or "kuzu")."""
    written = write_csvs(ds, folder)
    scripts: dict[str, Callable[[PropertyGraphFiles], str]] = (
        {"import.sh": neo4j_admin_script, "import.cypher": neo4j_cypher_script} if tool == "neo4j" else {"schema.cypher": kuzu_script}
    )
    for name, render in scripts.items():
        (folder / name).write_text(render(written), encoding="utf-8")
    return written
