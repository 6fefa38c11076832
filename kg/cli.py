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
from kg.rdf.io import FORMATS, read_dataset, write_dataset

EXAMPLES = {
    "build": "kg build data/samples -o out/graph.trig -o out/graph.ttl   (corpus: kg build corpus/ --store out/store -j 2)",
    "extract": "kg extract data/samples --format jsonl > mentions.jsonl",
    "stats": "kg stats out/graph.trig",
    "eval": "kg eval ../shared/eval/cluener_dev.jsonl --task ner --by type --errors 20",
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


def _read(path: str, date: str) -> object:
    from kg.text import decode, read_document

    if path == "-":
        return read_document("-", text=decode(sys.stdin.buffer.read(), "stdin"), date=date)
    return read_document(path, date=date)


def cmd_build(args: argparse.Namespace) -> int:
    if args.store or args.partitions or args.engine != "local" or args.jobs:
        return _build_corpus(args)
    from kg.extract import extract
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
        extractions.append(extract(doc, res))  # type: ignore[arg-type]
        progress.step(len(doc.text))  # type: ignore[attr-defined]
    dataset = to_rdf(extractions, resolve_entities(extractions, res.gazetteer), args.base)
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

    def progress(total: int) -> Progress:
        return Progress(total, not args.quiet)

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
        progress=lambda total: progress(total).step,
    )
    if not args.quiet:
        print(
            f"{report.documents} documents: {report.extracted} extracted, {report.reused} unchanged, "
            f"{report.rewritten} graphs written, {report.removed} removed; {report.entities} entities"
        )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from kg.extract import extract
    from kg.jsonl import extraction_record, read_jsonl_documents
    from kg.resolve import resolve_entities
    from kg.resources import default_resources

    res = default_resources(args.segmenter)
    if args.input_format == "jsonl":
        docs = [doc for path in args.paths for doc in read_jsonl_documents(path, args.date or "")]
    else:
        docs = [_read(p, args.date or "") for p in iter_inputs(args.paths)]  # type: ignore[misc]
    extractions = [extract(d, res) for d in docs]  # type: ignore[arg-type]
    resolution = resolve_entities(extractions, res.gazetteer)
    out = sys.stdout
    for x in extractions:
        out.write(json.dumps(extraction_record(x, resolution, args.base), ensure_ascii=False) + "\n")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.stats import format_stats, graph_stats

    print(format_stats(graph_stats(read_dataset(args.graph))))
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
    b.add_argument("--engine", choices=["local", "dask"], default="local", help="where extraction runs (dask: a Dask cluster)")
    b.add_argument("--scheduler", default="", metavar="tcp://HOST:PORT", help="the Dask scheduler for --engine dask")
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

    s = command("stats", "Summarize a graph file: entities, relations, events, most connected.")
    s.add_argument("graph", metavar="GRAPH")
    s.set_defaults(func=cmd_stats)

    ev = command("eval", "Score the extractor on annotated JSON lines (NER or relations).")
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--task", choices=["ner", "re"], default="", help="default: re when the lines carry relations")
    ev.add_argument("--by", choices=["type", "predicate"], default="", help="rows of the table (type for ner, predicate for re)")
    ev.add_argument("--errors", type=int, default=10, metavar="N", help="show the N most frequent misses and false alarms")
    ev.add_argument("--segmenter", choices=BACKENDS, default="rjieba")
    ev.set_defaults(func=cmd_eval)
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
