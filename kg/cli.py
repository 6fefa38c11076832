"""The ``kg`` command: a thin layer that parses arguments and calls the library.

Every error a user can cause prints one line (``kg: error: …``) and exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.errors import InputError, KgError
from kg.model import Document
from kg.rdf.io import FORMATS, write_dataset

EXAMPLES = {
    "build": "kg build data/samples -o out/graph.trig -o out/graph.ttl   (corpus: kg build corpus/ --store out/store -j 2)",
    "extract": "kg extract data/samples --format jsonl > mentions.jsonl",
    "stats": "kg stats out/graph.trig",
    "eval": "kg eval gold.jsonl --task ner --by type --errors 20   (gold: one {id, text, entities or relations} per line)",
    "export": "kg export out/graph.trig --to neo4j -o out/neo4j   (formats: turtle ntriples nquads trig rdfxml jsonld neo4j kuzu graphml gexf csv)",
    "validate": "kg validate out/graph.trig",
    "viz": "kg viz out/graph.trig -o out/graph.html --focus 斯坦福大学 --depth 2 --lang en",
    "query": "kg query out/graph.trig founders --format csv   (kg query --list; kg query out/store 'SELECT …'; kg query out/graph.trig shortest --bind from=Sergey Brin --bind to=斯坦福大学)",
    "serve": "kg serve out/graph.trig --port 8000   (then open http://127.0.0.1:8000/ ; the endpoint is /sparql)",
    "push": "kg push out/graph.trig --endpoint http://127.0.0.1:7878/store --replace",
}


def iter_inputs(paths: Sequence[str]) -> Iterator[str]:
    """Files as given; folders recursively (``*.txt``, ``*.md``), sorted; ``-`` for stdin."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".md"))
            if not found:
                raise InputError(f"{raw}: no .txt or .md files in this folder")
            yield from (str(p) for p in found)
        elif path.is_file():
            yield raw
        else:
            raise InputError(f"{raw}: no such file or folder")


class Progress:
    """A one-line progress bar on stderr (documents, characters per second, ETA)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled = total, enabled and total > 1
        self.done = self.chars = 0
        self.start = time.monotonic()

    def step(self, chars: int) -> None:
        self.done += 1
        self.chars += chars
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.chars / elapsed
        eta = elapsed / self.done * (self.total - self.done)
        bar = "#" * (20 * self.done // self.total)
        sys.stderr.write(f"\r[{bar:<20}] {self.done}/{self.total} docs  {rate / 1000:,.0f}k chars/s  ETA {eta:,.0f}s ")
        if self.done == self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _read(path: str, date: str) -> Document:
    from kg.text import decode, read_document

    if path == "-":
        return read_document("-", text=decode(sys.stdin.buffer.read(), "stdin"), date=date)
    return read_document(path, date=date)


def cmd_build(args: argparse.Namespace) -> int:
    if args.store or args.partitions or args.engine != "local" or args.jobs:
        return _build_corpus(args)
    from kg.extract import extract
    from kg.extract.firm_names import names_reader
    from kg.rdf.mapping import to_rdf
    from kg.resolve import resolve_entities
    from kg.resources import default_resources
    from kg.stats import format_stats, graph_stats

    outputs = args.output or ["out/graph.trig"]
    if args.format and len(outputs) > 1:
        raise KgError("--format applies to a single -o output; with several, the extension picks the format")
    res = default_resources(args.segmenter)
    paths = list(iter_inputs(args.paths))
    progress = Progress(len(paths), not args.quiet)
    extractions = []
    for path in paths:
        doc = _read(path, args.date or "")
        extractions.append(extract(doc, res))
        progress.step(len(doc.text))
    dataset = to_rdf(extractions, resolve_entities(extractions, res.gazetteer, names_reader(res)), args.base)
    for out in outputs:
        write_dataset(dataset, out, args.format)
        if not args.quiet:
            print(f"wrote {out}", file=sys.stderr)
    if not args.quiet:
        print(format_stats(graph_stats(dataset)))
    return 0


def _build_corpus(args: argparse.Namespace) -> int:
    """Parallel, incremental builds into a store and/or N-Quads partitions (kg.corpus)."""
    from kg.corpus import build_corpus, default_jobs

    if "-" in args.paths:
        raise KgError("corpus builds (--store, --partitions, -j, --engine) read files and folders, not stdin")
    if args.output:
        raise KgError("corpus builds write to --store and/or --partitions; export files with `kg export`")
    store = Path(args.store) if args.store else None
    partitions = Path(args.partitions) if args.partitions else None
    state = (store or partitions or Path("out")) / "kg-state"
    paths = list(iter_inputs(args.paths))

    report = build_corpus(
        paths,
        store=store,
        partitions=partitions,
        state=state,
        jobs=args.jobs or default_jobs(),
        engine=args.engine,
        scheduler=args.scheduler,
        base=args.base,
        date=args.date or "",
        segmenter=args.segmenter,
        prune=args.prune,
        progress=lambda total: Progress(total, not args.quiet).step,
    )
    if not args.quiet:
        print(
            f"{report.documents} documents: {report.extracted} extracted, {report.reused} unchanged, "
            f"{report.rewritten} graphs written, {report.removed} removed; {report.entities} entities"
        )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from kg.extract import extract
    from kg.extract.firm_names import names_reader
    from kg.jsonl import extraction_record, read_jsonl_documents
    from kg.resolve import resolve_entities
    from kg.resources import default_resources

    res = default_resources(args.segmenter)
    if args.input_format == "jsonl":
        docs = [doc for path in args.paths for doc in read_jsonl_documents(path, args.date or "")]
    else:
        docs = [_read(p, args.date or "") for p in iter_inputs(args.paths)]
    extractions = [extract(d, res) for d in docs]
    resolution = resolve_entities(extractions, res.gazetteer, names_reader(res))
    out = sys.stdout
    for x in extractions:
        out.write(json.dumps(extraction_record(x, resolution, args.base), ensure_ascii=False) + "\n")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.stats import format_stats, graph_stats
    from kg.store import open_dataset

    print(format_stats(graph_stats(open_dataset(args.graph))))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate_ner, evaluate_relations, format_report, read_gold
    from kg.resources import default_resources

    res = default_resources(args.segmenter)
    records = list(read_gold(args.gold))
    task = args.task or ("re" if any("relations" in r for r in records) else "ner")
    report = evaluate_ner(records, res) if task == "ner" else evaluate_relations(records, res)
    print(format_report(report, args.errors))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import default_output, export, open_graph

    output = args.output or default_output(args.to)
    result = export(open_graph(args.graph), args.to, output, layer=args.layer or "", with_ontology=args.with_ontology)
    if output != "-":
        print(result.describe(), file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.export import open_graph
    from kg.validate import SHAPES_PATH, format_report, validate_dataset

    report = validate_dataset(open_graph(args.graph), args.shapes or SHAPES_PATH)
    print(format_report(report, args.graph))
    return 0 if report.conforms else 1


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.viz import viz

    if args.depth is not None and not args.focus:
        raise KgError("--depth needs --focus ENTITY")
    types = [t for raw in args.types or [] for t in raw.split(",") if t.strip()]
    result = viz(
        args.graph,
        args.output,
        focus=args.focus or "",
        depth=1 if args.depth is None else args.depth,
        types=types,
        min_confidence=args.min_confidence,
        lang=args.lang,
        layout=args.layout or "",
    )
    if not args.quiet:
        print(f"wrote {result.path} ({result.nodes} nodes, {result.edges} edges, {result.layout} layout)", file=sys.stderr)
    return 0


def _confidence(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return x


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import SHORTEST, answer, find_query, format_catalogue, load_catalogue, parse_binds, render
    from kg.store import open_graph

    if args.list:
        print(format_catalogue(load_catalogue()))
        return 0
    if not args.graph:
        raise KgError("give a graph file or store: kg query GRAPH_OR_STORE 'SPARQL' | -f FILE.rq | NAME (kg query --list)")
    if args.file and args.query:
        raise KgError("give the query once: as text or name, or with -f FILE")
    named, text = None, ""
    if args.file:
        try:
            text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{args.file}: cannot read the query: {exc}") from None
    elif not args.query:
        raise KgError("give a query: 'SELECT …', -f FILE.rq or a name from `kg query --list`")
    elif re.fullmatch(r"[A-Za-z0-9][\w-]*", args.query):
        named = find_query(args.query)
    else:
        text = args.query
    store = open_graph(args.graph)
    rendered = render(answer(store, text, parse_binds(args.bind or []), named=named), args.format)
    sys.stdout.buffer.write(rendered.data)
    sys.stdout.flush()
    if named is SHORTEST and not rendered.count:
        print("kg: no connection between them", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.server import ServerConfig, serve

    if args.timeout <= 0 or args.max_rows < 1 or args.workers < 1:
        raise KgError("--timeout, --max-rows and --workers must be positive")
    config = ServerConfig(
        host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows, workers=args.workers, cors=args.cors, log=not args.quiet
    )
    serve(args.graph, config)
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    import os

    from kg.push import Client, PushedGraph, push

    def progress(item: PushedGraph) -> None:
        if not args.quiet:
            print(f"  {item.triples:>8} triples → {item.target or '(default graph)'}", file=sys.stderr)

    client = Client(retries=args.retries, timeout=args.timeout, user=args.user or os.environ.get("KG_PUSH_USER", ""))
    report = push(args.graph, args.endpoint, graph=args.target_graph, replace=args.replace, batch_size=args.batch_size, client=client, progress=progress)
    if not args.quiet:
        print(f"pushed {report.triples} triples in {len(report.graphs)} graph(s) to {report.endpoint}", file=sys.stderr)
    return 0


def _date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD")
    return value


def parser() -> argparse.ArgumentParser:
    from kg.rdf.mapping import DEFAULT_BASE
    from kg.segment import BACKENDS

    p = argparse.ArgumentParser(prog="kg", description="Chinese-first knowledge-graph builder.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=help_, epilog=f"example: {EXAMPLES[name]}")

    b = command("build", "Build the knowledge graph of text files, folders or stdin (-).")
    b.add_argument("paths", nargs="+", metavar="PATH")
    b.add_argument("-o", "--output", action="append", metavar="OUT", help="output file (repeatable; default out/graph.trig)")
    b.add_argument("--format", choices=sorted(FORMATS), default="", help="output format (default: from the extension)")
    b.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI of instances (default {DEFAULT_BASE})")
    b.add_argument("--date", type=_date, default=None, help="document date YYYY-MM-DD, for relative times")
    b.add_argument("--segmenter", choices=BACKENDS, default="rjieba")
    b.add_argument("--store", metavar="DIR", help="keep the graph in an Oxigraph store (incremental: only changed documents are redone)")
    b.add_argument("--partitions", metavar="DIR", help="write N-Quads partitions (one file per document graph) for any SPARQL store")
    b.add_argument("-j", "--jobs", type=int, default=0, metavar="N", help="extraction processes for corpus builds (default: all cores)")
    b.add_argument("--engine", choices=["local", "dask", "spark"], default="local", help="where extraction runs (dask: a Dask cluster; spark: Spark)")
    b.add_argument(
        "--scheduler", default="", metavar="URL",
        help="the Dask scheduler (tcp://HOST:PORT) for --engine dask; the Spark master (spark://HOST:7077, default local[-j]) for --engine spark",
    )
    b.add_argument("--prune", action="store_true", help="remove the graphs of documents no longer given")
    b.add_argument("-q", "--quiet", action="store_true")
    b.set_defaults(func=cmd_build)

    e = command("extract", "Print mentions and relations as JSON lines (doccano's relation shape).")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("--format", choices=["jsonl"], default="jsonl")
    e.add_argument("--input-format", choices=["text", "jsonl"], default="text", help="jsonl: one {id, text} per line")
    e.add_argument("--base", default=DEFAULT_BASE)
    e.add_argument("--date", type=_date, default=None)
    e.add_argument("--segmenter", choices=BACKENDS, default="rjieba")
    e.set_defaults(func=cmd_extract)

    s = command("stats", "Summarize a graph file or store: entities, relations, events, most connected.")
    s.add_argument("graph", metavar="GRAPH_OR_STORE")
    s.set_defaults(func=cmd_stats)

    ev = command("eval", "Score the extractor on annotated JSON lines (NER or relations).")
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--task", choices=["ner", "re"], default="", help="default: re when the lines carry relations")
    ev.add_argument("--by", choices=["type", "predicate"], default="", help="rows of the table (type for ner, predicate for re)")
    ev.add_argument("--errors", type=int, default=10, metavar="N", help="show the N most frequent misses and false alarms")
    ev.add_argument("--segmenter", choices=BACKENDS, default="rjieba")
    ev.set_defaults(func=cmd_eval)

    x = command("export", "Export a graph for other tools: RDF syntaxes, Neo4j, Kùzu, GraphML, GEXF, CSV tables.")
    x.add_argument("graph", metavar="GRAPH_OR_STORE")
    x.add_argument("--to", required=True, metavar="FORMAT", help="turtle, ntriples, nquads, trig, rdfxml, jsonld, neo4j, kuzu, graphml, gexf or csv")
    x.add_argument("-o", "--output", metavar="PATH", help="file (- for stdout) or, for neo4j/kuzu/csv, folder (default: under out/export/)")
    x.add_argument("--layer", choices=["full", "truthy"], default=None, help="RDF only. truthy: drop statement, evidence and document nodes")
    x.add_argument("--with-ontology", action="store_true", help="RDF only: add the ontology and the SHACL shapes (named graphs, or merged)")
    x.set_defaults(func=cmd_export)

    v = command("validate", "Check a graph against the SHACL shapes; exit 1 when anything violates them.")
    v.add_argument("graph", metavar="GRAPH_OR_STORE")
    v.add_argument("--shapes", metavar="SHAPES.ttl", default="", help="other shapes (default: ontology/shapes.ttl)")
    v.set_defaults(func=cmd_validate)

    vz = command("viz", "Write the graph as one interactive HTML page that works offline.")
    vz.add_argument("graph", metavar="GRAPH_OR_STORE", help="a graph file (.trig, .ttl, .nq, …) or a store directory")
    vz.add_argument("-o", "--output", metavar="OUT", help="the HTML file (default: the graph's name with .html, beside it)")
    vz.add_argument("--focus", metavar="ENTITY", help="only this entity (label, alias or IRI) and its neighbourhood")
    vz.add_argument("--depth", type=int, metavar="N", default=None, help="hops around --focus (default 1)")
    vz.add_argument("--types", nargs="+", metavar="TYPE", help="only these types, e.g. Person Organization Event (or 人物 组织)")
    vz.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X", help="hide facts and events below X (0–1)")
    vz.add_argument("--lang", choices=["zh", "en"], default="zh", help="labels shown first (a toggle on the page switches)")
    vz.add_argument("--layout", choices=["physics", "static"], default=None, help="default: physics up to 400 nodes, static above")
    vz.add_argument("-q", "--quiet", action="store_true")
    vz.set_defaults(func=cmd_viz)

    from kg.query import FORMAT_NAMES
    from kg.server import DEFAULT_PORT

    q = command("query", "Run SPARQL (text, -f FILE.rq or a named query) over a graph file or store.")
    q.add_argument("graph", metavar="GRAPH_OR_STORE", nargs="?")
    q.add_argument("query", metavar="SPARQL_OR_NAME", nargs="?", help="query text, or a name from --list")
    q.add_argument("-f", "--file", metavar="FILE.rq", help="read the query from a file (- for stdin)")
    q.add_argument("--bind", action="append", metavar="NAME=VALUE", help="bind ?NAME (repeatable); entities by label, alias or IRI")
    q.add_argument("--format", choices=FORMAT_NAMES, default="table", help="SELECT/ASK: table csv tsv json xml; CONSTRUCT/DESCRIBE: ttl nt jsonld (default table)")
    q.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    q.set_defaults(func=cmd_query)

    sv = command("serve", "Serve a graph file or store as a read-only SPARQL 1.1 endpoint with a query page.")
    sv.add_argument("graph", metavar="GRAPH_OR_STORE")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    sv.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="stop a query after this long (default 10)")
    sv.add_argument("--max-rows", type=int, default=10_000, metavar="N", help="rows per result; more are cut and announced (default 10000)")
    sv.add_argument("--workers", type=int, default=2, metavar="N", help="query worker processes (default 2)")
    sv.add_argument("--cors", default="", metavar="ORIGIN", help="allow browser calls from ORIGIN (or *); off by default")
    sv.add_argument("-q", "--quiet", action="store_true", help="no request log")
    sv.set_defaults(func=cmd_serve)

    pu = command("push", "Load a graph file or store into a SPARQL Graph Store (Oxigraph, Fuseki, GraphDB, Virtuoso).")
    pu.add_argument("graph", metavar="GRAPH_OR_STORE")
    pu.add_argument("--endpoint", required=True, metavar="URL", help="the Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store")
    pu.add_argument("--graph", dest="target_graph", default="", metavar="IRI", help="put everything in this graph (default: one graph per document)")
    pu.add_argument("--replace", action="store_true", help="replace each target graph (PUT) instead of adding to it (POST)")
    pu.add_argument("--batch-size", type=int, default=50_000, metavar="N", help="triples per request (default 50000)")
    pu.add_argument("--retries", type=int, default=3, metavar="N", help="retries on network errors and 5xx (default 3)")
    pu.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="per request (default 60)")
    pu.add_argument("--user", default="", metavar="USER:PASSWORD", help="HTTP basic auth (or set KG_PUSH_USER)")
    pu.add_argument("-q", "--quiet", action="store_true")
    pu.set_defaults(func=cmd_push)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
