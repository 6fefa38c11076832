"""Load and query times of the Oxigraph store against rdflib's in-memory Dataset, on synthetic
graphs that follow docs/rdf.md (entities graph, one graph per document, statement and evidence
nodes, events), and the memory a query process needs as the store on disk grows.

    .venv/bin/python bench/bench_sparql.py                  # 100k and 1M triples (a few minutes)
    .venv/bin/python bench/bench_sparql.py --sizes 100000   # quick

Each engine runs in its own process (so peak RSS is its own): rdflib parses the TriG file into
``Dataset(default_union=True)``; Oxigraph loads it into memory (``Store().load``) and into a store
directory (``bulk_load``); the same data as N-Quads partitions (one file per document graph,
what ``kg build --partitions`` writes) is loaded into a store directory two loads side by side
by a loader process of its own with mimalloc preloaded where the system has it
(``kg.store_loader.load_into``, what ``kg serve`` does with a partitions folder) and compared
with rdflib parsing the same N-Quads (--load-rounds of each, alternating; medians); then a fresh process opens the store directory read-only
and runs the queries. Query times are the median of --repeat runs (rdflib: one run when a run takes over a
second; a run over --rdflib-timeout is stopped and reported as a lower bound, ">").
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KG = "https://kg.example.org/ontology#"
BASE = "https://kg.example.org/"
PREDICATES = ("founded", "studiedAt", "worksFor", "memberOf", "advisorOf", "knows")
PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""


# --------------------------------------------------------------------------- the data


def partition(trig: Path, folder: Path, single: Path) -> tuple[Path, Path]:
    """The TriG's graphs as N-Quads partitions (one file per graph, as kg build --partitions
    writes them) and as one N-Quads file; made before any timing."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.dump(str(single), format=ox.RdfFormat.N_QUADS)
    by_graph: dict[str, list[Any]] = {}
    for quad in store:
        by_graph.setdefault(str(quad.graph_name), []).append(quad)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i, name in enumerate(sorted(by_graph)):
        (folder / f"part-{i:05}.nq").write_bytes(ox.serialize(by_graph[name], format=ox.RdfFormat.N_QUADS))
    from kg.store import mark_partitions

    mark_partitions(folder)  # as kg build --partitions does: written by a serializer, so valid IRIs
    return folder, single


def generate(path: Path, triples: int, seed: int = 7) -> dict[str, str]:
    """Write a TriG graph of about ``triples`` triples; returns IRIs to bind in the queries."""
    rng = random.Random(seed)
    facts = triples // 24
    people, orgs = max(facts // 8, 10), max(facts // 20, 5)
    lines = [f"@prefix kg: <{KG}> .", "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix prov: <http://www.w3.org/ns/prov#> .", "@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .",
             "@prefix dcterms: <http://purl.org/dc/terms/> .", "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", ""]
    lines.append(f"<{BASE}graph/entities> {{")
    for i in range(people):
        lines.append(f'<{BASE}entity/person/p{i}> a kg:Person ; rdfs:label "Person {i}"@en , "人物{i}"@zh ; skos:altLabel "P{i}"@en .')
    for i in range(orgs):
        kind = "Company" if i % 3 else "EducationalOrganization"
        lines.append(f'<{BASE}entity/organization/o{i}> a kg:{kind} , kg:Organization ; rdfs:label "Org {i}"@en , "机构{i}"@zh .')
    lines.append("}")
    per_doc = 40
    for d in range((facts + per_doc - 1) // per_doc):
        doc = f"<{BASE}doc/d{d}>"
        lines.append(f"<{BASE}graph/doc/d{d}> {{")
        lines.append(f'{doc} a kg:Document ; dcterms:title "doc{d}.txt" ; kg:length 9000 .')
        for f in range(d * per_doc, min((d + 1) * per_doc, facts)):
            s = f"<{BASE}entity/person/p{rng.randrange(people)}>"
            p = PREDICATES[rng.randrange(len(PREDICATES))]
            o = f"<{BASE}entity/person/p{rng.randrange(people)}>" if p in ("advisorOf", "knows") else f"<{BASE}entity/organization/o{rng.randrange(orgs)}>"
            st, ev = f"<{BASE}statement/s{f}>", f"<{BASE}evidence/e{f}>"
            year = 1980 + rng.randrange(40)
            lines.append(f"{s} kg:{p} {o} .")
            lines.append(
                f'{st} a kg:Statement , rdf:Statement ; rdf:subject {s} ; rdf:predicate kg:{p} ; rdf:object {o} ; '
                f'kg:confidence {rng.randrange(50, 100) / 100} ; kg:rule "{p}.rule{rng.randrange(5)}" ; kg:time "{year}"^^xsd:gYear ; '
                f'kg:subjectText "人物" ; kg:subjectBegin {f % 900} ; kg:objectText "机构" ; kg:objectBegin {f % 900 + 5} ; '
                f"prov:wasDerivedFrom {ev} ; kg:document {doc} ."
            )
            lines.append(f'{ev} a kg:Evidence , nif:String ; nif:anchorOf "第{f}句：人物与机构的关系。" ; nif:beginIndex {f % 900} ; nif:endIndex {f % 900 + 20} ; nif:referenceContext {doc} .')
            if p == "founded":
                e = f"<{BASE}event/f{f}>"
                lines.append(f'{e} a kg:Founding , kg:Event ; kg:participant {s} , {o} ; kg:time "{year}"^^xsd:gYear ; kg:confidence 0.8 ; prov:wasDerivedFrom {ev} ; kg:document {doc} .')
        lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"person": f"{BASE}entity/person/p1", "org": f"{BASE}entity/organization/o1"}


# selective queries first (their memory is measured on its own), then the scans
QUERIES = {
    "evidence of one person": PREFIXES + "SELECT ?person ?p ?o ?c ?sentence WHERE { ?st rdf:subject ?person ; rdf:predicate ?p ; rdf:object ?o ; kg:confidence ?c ; prov:wasDerivedFrom ?ev . ?ev nif:anchorOf ?sentence }",
    "people of one org": PREFIXES + "SELECT DISTINCT ?org ?x ?l WHERE { ?org a kg:Organization . { ?x ?p ?org } UNION { ?org ?p ?x } ?x a kg:Person ; rdfs:label ?l }",
    "count by type": "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type",
    "facts per predicate": PREFIXES + "SELECT ?p (COUNT(*) AS ?n) WHERE { ?st a kg:Statement ; rdf:predicate ?p } GROUP BY ?p",
    # the same count with each pattern a subquery, as data/queries/relations.rq writes it: Oxigraph
    # joins the two by hashing instead of looking each statement up in the index again
    "facts per predicate, subqueries": PREFIXES + "SELECT ?p (COUNT(*) AS ?n) WHERE { { SELECT ?st WHERE { ?st a kg:Statement } } "
    "{ SELECT ?st ?p WHERE { ?st rdf:predicate ?p } } } GROUP BY ?p",
    "founders with labels": PREFIXES + "SELECT ?f ?fl ?o ?ol WHERE { ?f kg:founded ?o . ?f rdfs:label ?fl . ?o rdfs:label ?ol FILTER(LANG(?fl) = 'en' && LANG(?ol) = 'en') }",
}
SELECTIVE = ("evidence of one person", "people of one org")
BINDS = {"evidence of one person": ("person", "person"), "people of one org": ("org", "org")}


# --------------------------------------------------------------------------- one engine, in its own process

class Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout


def _rss_mb(field: str = "VmRSS") -> float:
    """The resident set size now (VmRSS) or its peak (VmHWM), in MB. Not ru_maxrss: Linux keeps
    that across exec, so a child would report its parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time_queries(run: Any, repeat: int, limit: float, rss: dict[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name in QUERIES:
        if name not in SELECTIVE and "selective" not in rss:
            rss["selective"] = _rss_mb()
        times = []
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, limit)
            started = time.perf_counter()
            try:
                run(name)
                elapsed = time.perf_counter() - started
            except Timeout:
                elapsed = -limit  # negative: a lower bound
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(elapsed)
            if elapsed < 0 or elapsed > 1.0:
                break
        out[name] = statistics.median(times) if all(t >= 0 for t in times) else min(times)
    return out


def engine(mode: str, trig: Path, store_dir: Path, iris: dict[str, str], repeat: int, limit: float) -> dict[str, Any]:
    signal.signal(signal.SIGALRM, _alarm)
    result: dict[str, Any] = {"mode": mode}
    if mode == "rdflib-nq":  # the partitions' N-Quads, in one file (rdflib's fastest way to read them)
        from rdflib import Dataset

        started = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(str(trig), format="nquads")
        result["load"] = time.perf_counter() - started
        result["quads"] = sum(len(g) for g in ds.graphs())
        result["rss_mb"] = _rss_mb("VmHWM")
        return result
    if mode == "oxigraph-disk-parts":  # what kg serve does with a partitions folder
        from kg.store_loader import load_into

        started = time.perf_counter()
        report = load_into(trig, store_dir, threads=2)  # a loader process of its own
        result["load"] = time.perf_counter() - started
        import pyoxigraph as ox

        result["quads"] = len(ox.Store.read_only(str(store_dir)))  # counted after the timing
        result["allocator"] = Path(report.allocator).name or "the C library's"
        result["lenient"] = report.lenient
        child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        result["rss_mb"] = max(_rss_mb("VmHWM"), child_mb)
        return result
    if mode == "rdflib":
        from rdflib import Dataset, URIRef

        started = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(str(trig), format="trig")
        result["load"] = time.perf_counter() - started
        result["quads"] = sum(len(g) for g in ds.graphs())

        def run(name: str) -> int:
            binding = BINDS.get(name)
            init = {binding[0]: URIRef(iris[binding[1]])} if binding else {}
            return len(list(ds.query(QUERIES[name], initBindings=init)))  # type: ignore[arg-type]
    else:
        import pyoxigraph as ox

        started = time.perf_counter()
        if mode == "oxigraph-memory":
            store = ox.Store()
            store.load(path=str(trig), format=ox.RdfFormat.TRIG)
        elif mode == "oxigraph-disk":
            store = ox.Store(str(store_dir))
            store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
            store.flush()
        else:  # oxigraph-open: the store on disk, opened read-only by a fresh process
            store = ox.Store.read_only(str(store_dir))
        result["load"] = time.perf_counter() - started
        result["rss_open"] = _rss_mb()
        if mode != "oxigraph-open":  # counting would read the whole store
            result["quads"] = len(store)

        def run(name: str) -> int:
            binding = BINDS.get(name)
            subs = {ox.Variable(binding[0]): ox.NamedNode(iris[binding[1]])} if binding else None
            return len(list(store.query(QUERIES[name], use_default_graph_as_union=True, substitutions=subs)))  # type: ignore[arg-type]

    rss: dict[str, float] = {}
    if mode != "oxigraph-disk":
        result["queries"] = _time_queries(run, repeat, limit, rss)
    result["rss_selective"] = rss.get("selective", 0.0)
    result["rss_mb"] = _rss_mb("VmHWM")
    return result


def in_process(mode: str, trig: Path, store_dir: Path, iris: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--engine", mode, "--trig", str(trig), "--store-dir", str(store_dir),
               "--iris", json.dumps(iris), "--repeat", str(args.repeat), "--rdflib-timeout", str(args.rdflib_timeout)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{mode} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# --------------------------------------------------------------------------- the report

def geo(values: list[float]) -> float:
    return statistics.geometric_mean(values) if values else float("nan")


def _ms(seconds: float) -> str:
    return f">{-seconds * 1000:,.0f}" if seconds < 0 else f"{seconds * 1000:,.1f}"


def _ratio(slow: float, fast: float) -> str:
    if fast <= 0:
        return "n/a"
    return f"≥{-slow / fast:,.0f}×" if slow < 0 else f"{slow / fast:,.1f}×"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds before an rdflib query is stopped")
    p.add_argument("--load-rounds", type=int, default=3, help="alternating loads of the partitions and of rdflib's N-Quads (medians reported)")
    p.add_argument("--workdir", default="", help="keep generated files here (default: a temporary folder)")
    p.add_argument("--engine", default="", help=argparse.SUPPRESS)
    p.add_argument("--trig", default="", help=argparse.SUPPRESS)
    p.add_argument("--store-dir", default="", help=argparse.SUPPRESS)
    p.add_argument("--iris", default="{}", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.engine:
        print(json.dumps(engine(args.engine, Path(args.trig), Path(args.store_dir), json.loads(args.iris), args.repeat, args.rdflib_timeout)))
        return
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="kg-bench-sparql-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: dict[int, dict[str, dict[str, Any]]] = {}
    try:
        for size in args.sizes:
            trig = work / f"graph-{size}.trig"
            store_dir = work / f"store-{size}"
            iris = generate(trig, size)
            shutil.rmtree(store_dir, ignore_errors=True)
            print(f"{size:,} triples: {trig.stat().st_size / 1e6:,.0f} MB of TriG", file=sys.stderr, flush=True)
            parts, nquads = partition(trig, work / f"parts-{size}", work / f"graph-{size}.nq")
            rows[size] = {}
            modes = ["oxigraph-memory", "oxigraph-disk", "oxigraph-open", "rdflib"]
            modes += ["oxigraph-disk-parts", "rdflib-nq"] * args.load_rounds  # alternated: the machine's drift hits both
            loads: dict[str, list[float]] = {}
            for mode in modes:
                source = parts if mode == "oxigraph-disk-parts" else nquads if mode == "rdflib-nq" else trig
                where = work / f"store-{size}-parts" if mode == "oxigraph-disk-parts" else store_dir
                shutil.rmtree(work / f"store-{size}-parts", ignore_errors=True)
                rows[size][mode] = in_process(mode, source, where, iris, args)
                loads.setdefault(mode, []).append(rows[size][mode]["load"])
                print(f"  {mode}: load {rows[size][mode]['load']:.2f}s, {rows[size][mode]['rss_mb']:,.0f} MB", file=sys.stderr, flush=True)
            for mode in ("oxigraph-disk-parts", "rdflib-nq"):
                rows[size][mode]["load"] = statistics.median(loads[mode])
                rows[size][mode]["loads"] = loads[mode]
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)

    print("\nLoad (seconds) and peak memory (MB of RSS in the engine's own process)\n")
    print(f"{'triples':>10}  {'engine':<20} {'quads read':>12} {'load s':>8} {'RSS MB':>8}")
    for size, by_mode in rows.items():
        for mode, r in by_mode.items():
            quads = r.get("quads", by_mode["oxigraph-disk"]["quads"])
            print(f"{size:>10,}  {mode:<20} {quads:>12,} {r['load']:>8.2f} {r['rss_mb']:>8,.0f}")
    print("\nQuery times (ms; median; \">\" = stopped at the rdflib timeout)\n")
    names = list(QUERIES)
    print(f"{'triples':>10}  {'query':<31} {'rdflib':>10} {'oxigraph mem':>13} {'oxigraph disk':>14} {'ratio mem':>10} {'ratio disk':>11}")
    for size, by_mode in rows.items():
        for name in names:
            r, m, d = by_mode["rdflib"]["queries"][name], by_mode["oxigraph-memory"]["queries"][name], by_mode["oxigraph-open"]["queries"][name]
            print(f"{size:>10,}  {name:<31} {_ms(r):>10} {_ms(m):>13} {_ms(d):>14} {_ratio(r, m):>10} {_ratio(r, d):>11}")
    print("\nRatios (rdflib ÷ Oxigraph; the goal is ≥ 10× at 1M triples)\n")
    for size, by_mode in rows.items():
        rdf = by_mode["rdflib"]
        q_mem = [rdf["queries"][n] / by_mode["oxigraph-memory"]["queries"][n] for n in names if rdf["queries"][n] > 0]
        q_disk = [rdf["queries"][n] / by_mode["oxigraph-open"]["queries"][n] for n in names if rdf["queries"][n] > 0]
        lower = any(rdf["queries"][n] < 0 for n in names)
        print(f"{size:>10,} triples: load {rdf['load'] / by_mode['oxigraph-memory']['load']:.1f}× (memory), {rdf['load'] / by_mode['oxigraph-disk']['load']:.1f}× (bulk load to disk); "
              f"N-Quads partitions to disk, two loads side by side ({by_mode['oxigraph-disk-parts']['allocator']} allocator"
              f"{', lenient' if by_mode['oxigraph-disk-parts']['lenient'] else ''}): {by_mode['rdflib-nq']['load'] / by_mode['oxigraph-disk-parts']['load']:.1f}× rdflib on the same N-Quads, "
              f"{rdf['load'] / by_mode['oxigraph-disk-parts']['load']:.1f}× rdflib on the TriG;")
        pairs = zip(by_mode["rdflib-nq"]["loads"], by_mode["oxigraph-disk-parts"]["loads"], strict=True)
        print(" " * 20 + "the partitions' load, round by round (median above): " + ", ".join(f"{r / o:.1f}×" for r, o in pairs))
        print(" " * 20
              + f"queries geometric mean {geo(q_mem):.0f}× (memory), {geo(q_disk):.0f}× (disk){' (excluding the timed-out ones, which are faster still)' if lower else ''}; "
              f"min {min(q_disk or [float('nan')]):.1f}× (disk)")
        plain, hashed = (rdf["queries"][n] for n in ("facts per predicate", "facts per predicate, subqueries"))
        if plain > 0 and hashed > 0:  # each engine's faster way of writing the same count
            best = min(plain, hashed) / min(by_mode["oxigraph-open"]["queries"][n] for n in ("facts per predicate", "facts per predicate, subqueries"))
            print(" " * 20 + f"facts per predicate, each engine's faster form of the query (disk): {best:.1f}×")
    if len(rows) > 1:
        small, big = min(rows), max(rows)
        a, b = rows[small]["oxigraph-open"], rows[big]["oxigraph-open"]
        print(f"\nMemory (RSS, MB) of a fresh process querying the store on disk, {small:,} → {big:,} triples ({big / small:.0f}× the data):")
        print(f"  opened read-only:               {a['rss_open']:>6,.0f} → {b['rss_open']:>6,.0f}  ({b['rss_open'] / a['rss_open']:.2f}×)")
        print(f"  after the selective queries:    {a['rss_selective']:>6,.0f} → {b['rss_selective']:>6,.0f}  ({b['rss_selective'] / a['rss_selective']:.2f}×)")
        print(f"  peak, after the scans too:      {a['rss_mb']:>6,.0f} → {b['rss_mb']:>6,.0f}  ({b['rss_mb'] / a['rss_mb']:.2f}×; scans build hash joins over what they match)")
        print(f"  rdflib, peak (graph in memory): {rows[small]['rdflib']['rss_mb']:>6,.0f} → {rows[big]['rdflib']['rss_mb']:>6,.0f}  ({rows[big]['rdflib']['rss_mb'] / rows[small]['rdflib']['rss_mb']:.2f}×)")


if __name__ == "__main__":
    main()
