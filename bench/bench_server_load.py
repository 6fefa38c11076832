"""Load test of ``kg serve``: many concurrent clients sending light queries for a bounded time, on
loopback only; then a query over the timeout, and how fast the next one is answered.

    .venv/bin/python bench/bench_server_load.py                 # 50 clients for 60 s
    .venv/bin/python bench/bench_server_load.py --seconds 10    # shorter

The server runs as its own process (``python -m kg serve GRAPH --port 0``). Clients are threads
with keep-alive connections, spread over a few processes so the client side is not one GIL; each
sends a mix of named queries (with bound parameters) and small SPARQL queries, back to back. The
baseline is the same mix from a single client, measured first in the same run.
The goal: no errors and p95 under 500 ms with 50 clients.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
JSON = "application/sparql-results+json"
KG = "PREFIX kg: <https://kg.example.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def requests_mix(people: list[str], orgs: list[str]) -> list[str]:
    """The light requests (paths on the server), named queries with their parameters included."""
    mix = [
        "/sparql?" + urlencode({"query": KG + "ASK { ?s a kg:Person }"}),
        "/sparql?" + urlencode({"query": KG + "SELECT ?e ?l WHERE { ?e a kg:Person ; rdfs:label ?l } LIMIT 20"}),
        "/sparql?" + urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}),
        "/queries/founders",
        "/queries/documents",
    ]
    mix += ["/queries/timeline?" + urlencode({"person": p}) for p in people[:3]]
    mix += ["/queries/evidence?" + urlencode({"subject": p}) for p in people[:3]]
    mix += ["/queries/people-of-organization?" + urlencode({"org": o}) for o in orgs[:3]]
    return mix


def fetch(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path, headers={"Accept": JSON})
    response = connection.getresponse()
    return response.status, response.read()


def clients(url: str, threads: int, seconds: float, mix: list[str], seed: int) -> tuple[list[float], int, list[str]]:
    """One client process: ``threads`` keep-alive clients until the deadline."""
    import threading

    parts = urlsplit(url)
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def one(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine: list[float] = []
        while time.monotonic() < deadline:
            path = rng.choice(mix)
            started = time.perf_counter()
            try:
                status, body = fetch(connection, path)
                ok = status == 200
                problem = f"{status}: {body[:80]!r}"
            except (OSError, http.client.HTTPException) as exc:
                ok, problem = False, f"{type(exc).__name__}: {exc}"
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            mine.append(time.perf_counter() - started)
            if not ok:
                with lock:
                    errors.append(problem)
        connection.close()
        with lock:
            latencies.extend(mine)

    pool = [threading.Thread(target=one, args=(n,)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return latencies, len(errors), errors[:5]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)] if ordered else float("nan")


def start_server(graph: Path, timeout: float, workers: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "kg", "serve", str(graph), "--host", "127.0.0.1", "--port", "0", "-q", "--timeout", str(timeout), "--workers", str(workers)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stderr is not None
    line = process.stderr.readline()
    if " at http://127.0.0.1:" not in line:
        process.kill()
        raise SystemExit(f"the server did not start: {line}{process.stderr.read()}")
    return process, line.split(" at ", 1)[1].split()[0]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--graph", default="", help="graph file or store (default: the demo sample, built now)")
    p.add_argument("--seconds", type=float, default=60.0, help="how long the load lasts (default 60)")
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--procs", type=int, default=2, help="client processes the clients are spread over")
    p.add_argument("--workers", type=int, default=2, help="the server's query workers")
    p.add_argument("--timeout", type=float, default=2.0, help="the server's query timeout for the overrun test (kg serve's default is 10)")
    args = p.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-load-") as tmp:
        graph = Path(args.graph) if args.graph else Path(tmp) / "graph.trig"
        if not args.graph:
            subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "data" / "samples"), "-q", "-o", str(graph)], check=True, cwd=ROOT)
        server, url = start_server(graph, args.timeout, args.workers)
        try:
            host = urlsplit(url).hostname
            assert host == "127.0.0.1", host  # loopback only
            base = url.rsplit("/sparql", 1)[0]
            parts = urlsplit(base)
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            _, body = fetch(connection, "/queries/entities?" + urlencode({"type": "Person"}))
            people = [b["entity"]["value"] for b in json.loads(body)["results"]["bindings"]]
            _, body = fetch(connection, "/queries/entities?" + urlencode({"type": "Organization"}))
            orgs = [b["entity"]["value"] for b in json.loads(body)["results"]["bindings"]]
            mix = requests_mix(people, orgs)
            for path in mix:  # every request of the mix works before we time anything
                status, body = fetch(connection, path)
                assert status == 200, (path, status, body[:200])

            baseline: list[float] = []
            rng = random.Random(1)
            for _ in range(300):
                started = time.perf_counter()
                status, _ = fetch(connection, rng.choice(mix))
                baseline.append(time.perf_counter() - started)

            print(f"load: {args.clients} clients for {args.seconds:g} s on {base} ({len(mix)} request kinds)", file=sys.stderr, flush=True)
            per_proc = [args.clients // args.procs + (1 if i < args.clients % args.procs else 0) for i in range(args.procs)]
            started = time.monotonic()
            with ProcessPoolExecutor(args.procs) as pool:
                futures = [pool.submit(clients, base, n, args.seconds, mix, seed) for seed, n in enumerate(per_proc) if n]
                results = [f.result(timeout=args.seconds + 120) for f in futures]
            elapsed = time.monotonic() - started
            loaded = [x for r in results for x in r[0]]
            errors = sum(r[1] for r in results)
            samples = [s for r in results for s in r[2]]

            connection.close()  # idle for the whole load: the server has closed it
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            slow_started = time.perf_counter()
            slow_status, slow_body = fetch(connection, "/sparql?" + urlencode({"query": HEAVY}))
            slow = time.perf_counter() - slow_started
            next_started = time.perf_counter()
            next_status, _ = fetch(connection, mix[2])
            after = time.perf_counter() - next_started
            connection.close()
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()

    def row(name: str, clients_: int, values: list[float], errs: int, seconds: float) -> str:
        return (f"{name:<10} {clients_:>7} {len(values):>9,} {errs:>7} {len(values) / seconds:>9,.0f} "
                f"{percentile(values, 0.5) * 1000:>8.1f} {percentile(values, 0.95) * 1000:>8.1f} {percentile(values, 0.99) * 1000:>8.1f} {max(values) * 1000:>8.1f}")

    print(f"\n{'phase':<10} {'clients':>7} {'requests':>9} {'errors':>7} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    print(row("baseline", 1, baseline, 0, sum(baseline)))
    print(row("load", args.clients, loaded, errors, elapsed))
    p95 = percentile(loaded, 0.95)
    print(f"\nratio: p95 under load ÷ p50 of one client = {p95 / statistics.median(baseline):,.1f}×; "
          f"throughput {len(loaded) / elapsed:,.0f} req/s vs {len(baseline) / sum(baseline):,.0f} req/s for one client")
    verdict = "met" if errors == 0 and p95 < 0.5 else "NOT met"
    print(f"goal (no errors, p95 < 500 ms with {args.clients} clients): {verdict}")
    if samples:
        print("first errors: " + "; ".join(samples))
    print(f"\nquery over the {args.timeout:g} s timeout: {slow_status} after {slow:.2f} s ({slow_body[:60].decode(errors='replace').strip()}); "
          f"the next query: {next_status} in {after * 1000:.1f} ms")


if __name__ == "__main__":
    main()
