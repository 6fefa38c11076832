"""Graph files for network tools: GraphML (yEd, Cytoscape, networkx) and GEXF 1.3 (Gephi).

Both hold the property-graph view (kg.export.projection): entities and events as nodes, facts and
event roles as directed edges (parallel edges allowed), with Chinese and English labels on nodes
(``name_zh``, ``name_en``) and edges (``label_zh``, ``label_en``). In GEXF the graph is dynamic:
events and timed facts carry ``start``/``end`` dates (a year becomes Jan 1 – Dec 31), so Gephi's
timeline plays the history; entities have no interval and are always shown. Written element by
element with the text cleaned of control characters, so any XML parser reads it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from rdflib import Dataset

from kg.export.projection import (
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    FACT_COLUMNS,
    ROLE_COLUMNS,
    Column,
    Edge,
    Node,
    Value,
    clean,
    edge_columns,
    iter_edges,
    iter_nodes,
    node_columns,
    node_labels,
    relation_labels,
)
from kg.export.propertygraph import cell

_GRAPHML_TYPES = {"string": "string", "double": "double", "int": "int", "boolean": "boolean", "list": "string"}
_GEXF_TYPES = {"string": "string", "double": "double", "int": "integer", "boolean": "boolean", "list": "string"}


def _union(*groups: Iterable[Column]) -> tuple[Column, ...]:
    seen: dict[str, Column] = {}
    for group in groups:
        for column in group:
            seen.setdefault(column.name, column)
    return tuple(seen.values())


NODE_ATTRIBUTES = (Column("type"),) + _union(ENTITY_COLUMNS, EVENT_COLUMNS)
EDGE_ATTRIBUTES = (Column("relation"), Column("label_zh"), Column("label_en")) + _union(FACT_COLUMNS, ROLE_COLUMNS)


def _node_attributes(node: Node) -> dict[str, Value]:
    values: dict[str, Value] = {"type": node.label}
    values.update(zip((c.name for c in node_columns(node.label)), node.values, strict=True))
    return values


def _edge_attributes(edge: Edge, labels: dict[str, tuple[str, str]]) -> dict[str, Value]:
    zh, en = labels.get(edge.type, (edge.type, edge.type))
    values: dict[str, Value] = {"relation": edge.type, "label_zh": zh, "label_en": en}
    values.update(zip((c.name for c in edge_columns(edge.type)), edge.values, strict=True))
    return values


def _present(value: Value) -> bool:
    return value is not None and value != "" and value != ()


def _text(value: Value) -> str:
    return escape(clean(cell(value)))


def _attr(value: Value) -> str:
    return quoteattr(clean(cell(value)))


# --- GraphML -------------------------------------------------------------------------------


def write_graphml(ds: Dataset, stream: BinaryIO) -> int:
    """Write GraphML; return the number of nodes plus edges."""
    labels = node_labels(ds)
    edge_labels = relation_labels()
    out = _Writer(stream)
    out.line('<?xml version="1.0" encoding="UTF-8"?>')
    out.line(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
    )
    out.line('  <key id="n_label" for="node" attr.name="label" attr.type="string"/>')
    for c in NODE_ATTRIBUTES:
        out.line(f'  <key id="n_{c.name}" for="node" attr.name="{c.name}" attr.type="{_GRAPHML_TYPES[c.kind]}"/>')
    out.line('  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>')
    for c in EDGE_ATTRIBUTES:
        out.line(f'  <key id="e_{c.name}" for="edge" attr.name="{c.name}" attr.type="{_GRAPHML_TYPES[c.kind]}"/>')
    out.line('  <graph id="kg" edgedefault="directed">')
    count = 0
    for node in iter_nodes(ds, labels):
        attrs = _node_attributes(node)
        out.line(f"    <node id={_attr(node.id)}>")
        out.line(f'      <data key="n_label">{_text(node.get("name"))}</data>')
        for name, value in attrs.items():
            if _present(value):
                out.line(f'      <data key="n_{name}">{_text(value)}</data>')
        out.line("    </node>")
        count += 1
    for n, edge in enumerate(iter_edges(ds, labels)):
        attrs = _edge_attributes(edge, edge_labels)
        out.line(f'    <edge id="e{n}" source={_attr(edge.source)} target={_attr(edge.target)}>')
        out.line(f'      <data key="e_label">{_text(attrs["label_zh"])}</data>')
        for name, value in attrs.items():
            if _present(value):
                out.line(f'      <data key="e_{name}">{_text(value)}</data>')
        out.line("    </edge>")
        count += 1
    out.line("  </graph>")
    out.line("</graphml>")
    return count


# --- GEXF ----------------------------------------------------------------------------------


def date_bounds(value: str) -> tuple[str, str] | None:
    """The first and last day of an xsd:gYear, gYearMonth or date.

    >>> date_bounds("2016"), date_bounds("2016-02"), date_bounds("2016-02-03"), date_bounds("circa")
    (('2016-01-01', '2016-12-31'), ('2016-02-01', '2016-02-29'), ('2016-02-03', '2016-02-03'), None)
    """
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", f"{value}-12-31"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, value
    return None


def interval(start: Value, end: Value) -> str:
    """GEXF ``start``/``end`` attributes for a time span, or nothing."""
    first = date_bounds(start) if isinstance(start, str) and start else None
    last = date_bounds(end) if isinstance(end, str) and end else None
    if first is None and last is None:
        return ""
    begin = (first or last)[0]  # type: ignore[index]
    finish = (last or first)[1]  # type: ignore[index]
    if begin > finish:
        return ""
    return f' start="{begin}" end="{finish}"'


_GEXF_SKIP = {"start", "end"}  # written as the element's interval


def write_gexf(ds: Dataset, stream: BinaryIO) -> int:
    """Write GEXF 1.3; return the number of nodes plus edges."""
    labels = node_labels(ds)
    edge_labels = relation_labels()
    out = _Writer(stream)
    out.line('<?xml version="1.0" encoding="UTF-8"?>')
    out.line(
        '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">'
    )
    out.line("  <meta>")
    out.line("    <creator>kg</creator>")
    out.line("    <description>Knowledge graph: entities and events, facts and event roles</description>")
    out.line("  </meta>")
    out.line('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">')
    for cls, attributes in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
        out.line(f'    <attributes class="{cls}" mode="static">')
        for c in attributes:
            if c.name not in _GEXF_SKIP:
                out.line(f'      <attribute id="{c.name}" title="{c.name}" type="{_GEXF_TYPES[c.kind]}"/>')
        out.line("    </attributes>")
    count = 0
    out.line("    <nodes>")
    for node in iter_nodes(ds, labels):
        attrs = _node_attributes(node)
        span = interval(attrs.get("start"), attrs.get("end"))
        out.line(f"      <node id={_attr(node.id)} label={_attr(node.get('name'))}{span}>")
        _attvalues(out, attrs)
        out.line("      </node>")
        count += 1
    out.line("    </nodes>")
    out.line("    <edges>")
    for n, edge in enumerate(iter_edges(ds, labels)):
        attrs = _edge_attributes(edge, edge_labels)
        span = interval(attrs.get("start"), attrs.get("end"))
        confidence = attrs.get("confidence")
        weight = f' weight="{cell(confidence)}"' if isinstance(confidence, float) else ""
        out.line(
            f'      <edge id="e{n}" source={_attr(edge.source)} target={_attr(edge.target)}'
            f" label={_attr(attrs['label_zh'])}{weight}{span}>"
        )
        _attvalues(out, attrs)
        out.line("      </edge>")
        count += 1
    out.line("    </edges>")
    out.line("  </graph>")
    out.line("</gexf>")
    return count


def _attvalues(out: _Writer, attrs: dict[str, Value]) -> None:
    present = [(k, v) for k, v in attrs.items() if k not in _GEXF_SKIP and _present(v)]
    if not present:
        return
    out.line("        <attvalues>")
    for name, value in present:
        out.line(f'          <attvalue for="{name}" value={_attr(value)}/>')
    out.line("        </attvalues>")


class _Writer:
    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def line(self, text: str) -> None:
        self.stream.write(text.encode("utf-8") + b"\n")
