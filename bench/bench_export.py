"""Exports on a synthetic graph that follows the RDF contract: time and extra memory per format.

    python bench/bench_export.py [--facts 2000]

The baseline, measured in the same run on the same in-memory graph, is rdflib's own TriG
serializer; "rdflib Turtle via a copy" (kg.rdf.io.write_dataset merging the named graphs into a
new Graph first) shows what a second copy of the graph costs. "extra MiB" is the peak of Python
allocations during the export (tracemalloc) on top of the graph already in memory.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rdflib import Dataset, Literal, URIRef  # noqa: E402
from rdflib.namespace import RDF, RDFS, XSD  # noqa: E402

from kg.export import FORMATS, export  # noqa: E402
from kg.rdf.io import write_dataset  # noqa: E402
from kg.rdf.mapping import new_dataset  # noqa: E402
from kg.rdf.vocab import KG, NIF, PROV  # noqa: E402

BASE = "https://kg.example.org/"


def synthetic(facts: int) -> Dataset:
    """``facts`` founders, each founding one company, with statement, evidence and event."""
    ds = new_dataset()
    entities = ds.graph(URIRef(BASE + "graph/entities"))
    doc = ds.graph(URIRef(BASE + "graph/doc/0000000000000000"))
    doc_node = URIRef(BASE + "doc/0000000000000000")
    doc.add((doc_node, RDF.type, KG.Document))
    for i in range(facts):
        person, company = URIRef(f"{BASE}entity/person/p{i}"), URIRef(f"{BASE}entity/organization/c{i}")
        entities.add((person, RDF.type, KG.Person))
        entities.add((person, RDFS.label, Literal(f"创始人{i}", lang="zh")))
        entities.add((person, RDFS.label, Literal(f"Founder {i}", lang="en")))
        entities.add((company, RDF.type, KG.Company))
        entities.add((company, RDF.type, KG.Organization))
        entities.add((company, RDFS.label, Literal(f"公司{i}", lang="zh")))
        doc.add((person, KG.founded, company))
        st, ev, event = URIRef(f"{BASE}statement/s{i}"), URIRef(f"{BASE}evidence/e{i}"), URIRef(f"{BASE}event/v{i}")
        for p, o in [
            (RDF.type, KG.Statement),
            (RDF.subject, person),
            (RDF.predicate, KG.founded),
            (RDF.object, company),
            (KG.confidence, Literal(Decimal("0.9"), datatype=XSD.decimal)),
            (KG.rule, Literal("founded.chuangli")),
            (KG.time, Literal(str(1990 + i % 30), datatype=XSD.gYear)),
            (PROV.wasDerivedFrom, ev),
            (KG.document, doc_node),
        ]:
            doc.add((st, p, o))
        doc.add((ev, RDF.type, KG.Evidence))
        doc.add((ev, NIF.anchorOf, Literal(f"{1990 + i % 30} 年，创始人{i}创立了公司{i}。")))
        doc.add((event, RDF.type, KG.Founding))
        doc.add((event, RDF.type, KG.Event))
        doc.add((event, KG.participant, person))
        doc.add((event, KG.participant, company))
        doc.add((event, KG.time, Literal(str(1990 + i % 30), datatype=XSD.gYear)))
    return ds


def measure(run: Callable[[], object]) -> tuple[float, float]:
    """Seconds of ``run()`` (untraced), then the peak extra MiB of a second, traced run."""
    t0 = time.perf_counter()
    run()
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=2000)
    args = parser.parse_args()
    ds = synthetic(args.facts)
    for module in ("rdf", "jsonld", "propertygraph", "graphfile", "tables"):  # imports are not the export's memory
        importlib.import_module(f"kg.export.{module}")
    print(f"synthetic graph: {len(ds)} triples ({args.facts} facts)\n")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        base_s, base_mb = measure(lambda: ds.serialize(destination=str(out / "rdflib.trig"), format="trig"))
        rows = [("rdflib TriG (baseline)", base_s, base_mb)]
        # what a second copy costs: kg build's Turtle output merges the graphs into a new Graph first
        copy_s, copy_mb = measure(lambda: write_dataset(ds, out / "copy.ttl"))
        rows.append(("rdflib Turtle via a copy", copy_s, copy_mb))
        for name, spec in FORMATS.items():
            target = out / (name + spec.extension)
            seconds, mb = measure(lambda name=name, target=target: export(ds, name, target))  # type: ignore[misc]
            rows.append((f"kg export --to {name}", seconds, mb))
    print(f"{'export':<28} {'seconds':>8} {'x base':>7} {'extra MiB':>10} {'x base':>7}")
    for label, seconds, mb in rows:
        print(f"{label:<28} {seconds:>8.2f} {seconds / base_s:>7.2f} {mb:>10.1f} {mb / base_mb:>7.2f}")


if __name__ == "__main__":
    main()
