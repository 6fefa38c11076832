"""Tables for spreadsheets and pandas: ``entities.csv`` and ``facts.csv``.

UTF-8 with a byte-order mark, so Excel shows the Chinese right and ``pandas.read_csv`` reads it
as is (with Python's csv module open it with ``encoding="utf-8-sig"``). One row per entity; one
row per fact (plain triple), its statements folded as in the property graphs (best statement's
confidence, rule and time; all roles and evidence sentences joined with `` | ``). Names are given
next to IRIs so the table reads without a lookup.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, URIRef

from kg.export.projection import EVENT, FACT_COLUMNS, clean, iter_facts, iter_nodes, node_labels
from kg.export.propertygraph import cell

ENTITY_HEADER = ("iri", "type", "subtype", "name", "name_zh", "name_en", "aliases", "wikidata")
FACT_HEADER = ("subject", "predicate", "object") + tuple(c.name for c in FACT_COLUMNS) + ("subject_iri", "object_iri")


@dataclass(frozen=True)
class Tables:
    entities: int
    facts: int


def write_tables(ds: Dataset, folder: Path) -> Tables:
    """Write ``entities.csv`` and ``facts.csv`` into ``folder``."""
    labels = {iri: label for iri, label in node_labels(ds).items() if label != EVENT}
    names: dict[URIRef, str] = {}
    entities = facts = 0
    with (folder / "entities.csv").open("w", encoding="utf-8-sig", newline="") as stream:
        out = csv.writer(stream, lineterminator="\n")
        out.writerow(ENTITY_HEADER)
        for node in iter_nodes(ds, labels):
            name = str(node.get("name"))
            names[URIRef(node.id)] = name
            values = (node.id, node.label, node.get("subtype"), name, node.get("name_zh"), node.get("name_en"), node.get("aliases"), node.get("wikidata"))
            out.writerow([cell(v) for v in values])
            entities += 1
    with (folder / "facts.csv").open("w", encoding="utf-8-sig", newline="") as stream:
        out = csv.writer(stream, lineterminator="\n")
        out.writerow(FACT_HEADER)
        for fact in iter_facts(ds):
            target = fact.object
            obj = names.get(target, clean(str(target))) if isinstance(target, URIRef) else clean(str(target))
            iri = str(target) if isinstance(target, URIRef) else ""
            cells = [names.get(fact.subject, str(fact.subject)), fact.predicate, obj, *(cell(v) for v in fact.support.values()), str(fact.subject), iri]
            out.writerow(cells)
            facts += 1
    return Tables(entities, facts)
