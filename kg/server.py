"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a graph file or a store, with a
small query page listing the named queries.

How it stays up and read-only:

- Every query is checked before evaluation (:func:`check_query`): update forms, SERVICE and
  FROM / default-graph-uri / named-graph-uri naming a graph that is not in the store are refused,
  so no request leaves the process and no file is read; the nesting depth, the number of
  operators and the request size are capped.
- Queries are evaluated in a small pool of worker processes, each holding the store open
  read-only. pyoxigraph cannot cancel a query, so a worker that overruns the timeout is killed
  and replaced; one that crashes is replaced too. The HTTP server never evaluates anything.
- Results stop at ``max_rows``; the response then carries ``X-SPARQL-MaxRows`` (as Virtuoso does).
- It binds to 127.0.0.1 unless told otherwise; CORS headers only when an origin is given.

Library use (tests, notebooks)::

    with Endpoint("out/graph.trig", ServerConfig(port=0)) as endpoint:
        endpoint.start()
        print(endpoint.url)   # http://127.0.0.1:PORT/sparql
"""

from __future__ import annotations

import html
import json
import multiprocessing
import queue
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KgError
from kg.query import (
    MAX_DEPTH,
    MAX_OPERATORS,
    NamedQuery,
    QueryError,
    QueryScan,
    answer,
    load_catalogue,
    render,
    run_query,
    scan_query,
)
from kg.store import open_store_read_only, snapshot

DEFAULT_PORT = 8000


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    timeout: float = 10.0  # seconds per query; the worker is killed and replaced after it
    max_rows: int = 10_000  # rows (or triples) per result; announced in X-SPARQL-MaxRows
    max_request: int = 64 * 1024  # bytes of query text, request body or URL
    workers: int = 2
    cors: str = ""  # an origin (or "*") allowed to call the endpoint from a browser; off when ""
    max_depth: int = MAX_DEPTH
    max_operators: int = MAX_OPERATORS
    max_connections: int = 128
    log: bool = True


class Refused(Exception):
    """A request answered with an HTTP error, before any evaluation."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


# --------------------------------------------------------------------------- the policy

def check_query(text: str, graphs: frozenset[str], config: ServerConfig, default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()) -> QueryScan:
    """Refuse what a read-only, offline endpoint must not evaluate; returns the scan otherwise."""
    if len(text.encode("utf-8")) > config.max_request:
        raise Refused(413, f"query longer than {config.max_request} bytes")
    scan = scan_query(text)
    if scan.update_keywords:
        raise Refused(403, f"this endpoint is read-only: {scan.update_keywords[0]} is an update operation")
    if scan.service:
        raise Refused(403, "SERVICE (federated query) is refused: this endpoint makes no outgoing requests")
    for iri in (*scan.from_graphs, *default_graphs, *named_graphs):
        if iri not in graphs:
            raise Refused(400, f"<{iri}> is not a graph of this store; remote graphs are never fetched")
    if scan.depth > config.max_depth:
        raise Refused(400, f"query nested {scan.depth} levels deep; the limit is {config.max_depth}")
    if scan.operators > config.max_operators:
        raise Refused(400, f"query has {scan.operators} operators and group patterns; the limit is {config.max_operators}")
    if not scan.form:
        raise Refused(400, "not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return scan


# media type → our format name, in order of preference for wildcards
RESULT_TYPES: tuple[tuple[str, str], ...] = (
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("text/plain", "table"),
)
GRAPH_TYPES: tuple[tuple[str, str], ...] = (
    ("text/turtle", "ttl"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
    ("application/rdf+xml", "rdfxml"),
    ("application/xml", "rdfxml"),
    ("text/plain", "nt"),
)


def negotiate(accept: str, offers: Sequence[tuple[str, str]]) -> str | None:
    """The format to answer in, from an Accept header (q-values and wildcards honoured);
    None when nothing offered is acceptable.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
    'xml'
    >>> negotiate("image/png", RESULT_TYPES) is None
    True
    """
    if not accept.strip():
        return offers[0][1]
    ranges: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((q, i, media.lower()))

    def quality(media_type: str) -> tuple[float, int]:
        kind = media_type.split("/")[0]
        best: tuple[int, float] = (-1, 0.0)  # (specificity, q)
        for q, _, media in ranges:
            specificity = 2 if media == media_type else 1 if media == f"{kind}/*" else 0 if media == "*/*" else -1
            if specificity > best[0]:
                best = (specificity, q)
        return best[1], best[0]

    scored = [(quality(media)[0], -n, name) for n, (media, name) in enumerate(offers)]
    q, _, name = max(scored)
    return name if q > 0 else None


# --------------------------------------------------------------------------- workers

@dataclass(frozen=True)
class Job:
    text: str = ""
    result_format: str | None = "json"  # for SELECT / ASK
    graph_format: str | None = "ttl"  # for CONSTRUCT / DESCRIBE
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int = 10_000
    named: str = ""  # a catalogue query by name, with binds
    binds: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    count: int = 0
    truncated: bool = False


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _evaluate(store: ox.Store, job: Job, catalogue: Mapping[str, NamedQuery]) -> Reply:
    try:
        if job.named:
            result = answer(store, "", dict(job.binds), named=catalogue[job.named])
        else:
            result = run_query(store, job.text, default_graphs=job.default_graphs, named_graphs=job.named_graphs)
        fmt = job.graph_format if isinstance(result, ox.QueryTriples) else job.result_format
        if fmt is None:
            return _text(406, "no acceptable media type for this result; see the Accept header")
        rendered = render(result, fmt, job.max_rows)
        return Reply(200, rendered.media_type, rendered.data, rendered.count, rendered.truncated)
    except QueryError as exc:
        return _text(400, str(exc))
    except KgError as exc:
        return _text(400, str(exc))
    except Exception as exc:  # noqa: BLE001 - a worker answers every job, whatever happens
        return _text(500, f"query failed: {type(exc).__name__}: {str(exc)[:300]}")


def _worker_main(conn: Connection, store_dir: str) -> None:
    """A worker process: open the store read-only, answer jobs until the pipe closes."""
    store = ox.Store.read_only(store_dir)
    catalogue = {q.name: q for q in load_catalogue()}
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_evaluate(store, job, catalogue))


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection


class WorkerPool:
    """Worker processes for queries; :meth:`run` kills and replaces one that overruns."""

    def __init__(self, store_dir: str | Path, size: int) -> None:
        self.store_dir = str(store_dir)
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["kg.server"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self.replaced = 0
        for _ in range(max(size, 1)):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child, self.store_dir), daemon=True, name="kg-sparql-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker now; start its replacement in the background."""
        worker.process.kill()
        worker.conn.close()
        with self._lock:
            self._all.discard(worker)
            self.replaced += 1

        def restart() -> None:
            worker.process.join(5)
            if not self._closed:
                fresh = self._start()
                if self._closed:
                    fresh.process.kill()
                else:
                    self._idle.put(fresh)

        threading.Thread(target=restart, daemon=True, name="kg-sparql-restart").start()

    def run(self, job: Job, timeout: float) -> Reply:
        deadline = time.monotonic() + timeout
        while True:
            try:
                worker = self._idle.get(timeout=max(deadline - time.monotonic(), 0.001))
            except queue.Empty:
                return _text(503, f"all workers busy for {timeout:g} s; try again")
            if worker.process.is_alive():
                break
            self._replace(worker)  # died while idle (killed from outside): use another
        try:
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                self._replace(worker)
                return _text(503, f"query timed out after {timeout:g} s and was stopped")
            reply: Reply = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return _text(500, "the query crashed its worker (it was replaced); simplify the query")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.process.kill()
            worker.conn.close()
        for worker in workers:
            worker.process.join(5)


# --------------------------------------------------------------------------- HTTP

_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_UPDATE = "application/sparql-update"
_HEADERS_SECURITY = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the listen backlog (socketserver's default of 5 drops bursts of clients)

    def __init__(self, address: tuple[str, int], endpoint: Endpoint) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.endpoint = endpoint
        self.slots = threading.BoundedSemaphore(endpoint.config.max_connections)
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql"
    sys_version = ""
    timeout = 30  # seconds a client may take to send its request
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart
    server: _HTTPServer

    # ----- plumbing
    @property
    def endpoint(self) -> Endpoint:
        return self.server.endpoint

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.endpoint.config.log:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _send(self, status: int, media_type: str, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for key, value in {**_HEADERS_SECURITY, **(headers or {})}.items():
            self.send_header(key, value)
        if self.endpoint.config.cors:
            self.send_header("Access-Control-Allow-Origin", self.endpoint.config.cors)
            self.send_header("Access-Control-Expose-Headers", "X-SPARQL-MaxRows")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers)

    def _path(self) -> str:
        return urlsplit(self.path).path.rstrip("/") or "/"

    def _params(self, text: str) -> dict[str, list[str]]:
        try:
            return parse_qs(text, keep_blank_values=True, encoding="utf-8", errors="strict")
        except (UnicodeDecodeError, ValueError):
            raise Refused(400, "parameters are not valid UTF-8") from None

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise Refused(411, "send a Content-Length (chunked requests are not accepted)")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            raise Refused(400, "bad Content-Length") from None
        if length < 0:
            raise Refused(400, "bad Content-Length")
        if length > self.endpoint.config.max_request:
            self.close_connection = True
            raise Refused(413, f"request body larger than {self.endpoint.config.max_request} bytes")
        return self.rfile.read(length) if length else b""

    # ----- methods
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._handle(self._post)

    def do_OPTIONS(self) -> None:  # noqa: N802
        if not self.endpoint.config.cors:
            self._handle(self._not_allowed)
            return
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", self.endpoint.config.cors)
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PUT(self) -> None:  # noqa: N802
        self._handle(self._not_allowed)

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle(self._not_allowed)

    def do_PATCH(self) -> None:  # noqa: N802
        self._handle(self._not_allowed)

    def _not_allowed(self) -> None:
        self.close_connection = True
        raise Refused(405, f"{self.command} is not allowed: this endpoint is read-only (GET or POST a query)")

    def _handle(self, action: Any) -> None:
        try:
            if len(self.path) > self.endpoint.config.max_request:
                raise Refused(414, f"URL longer than {self.endpoint.config.max_request} bytes; POST the query")
            action()
        except Refused as exc:
            headers = {"Allow": "GET, POST" + (", OPTIONS" if self.endpoint.config.cors else "")} if exc.status == 405 else None
            self._error(exc.status, exc.message, headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    # ----- routes
    def _get(self) -> None:
        path, query = self._path(), urlsplit(self.path).query
        if path == "/":
            self._send(200, "text/html; charset=utf-8", self.endpoint.page(), {"Content-Security-Policy": _CSP})
        elif path == "/kg-sparql.js":
            self._send(200, "text/javascript; charset=utf-8", _SCRIPT.encode("utf-8"))
        elif path == "/kg-sparql.css":
            self._send(200, "text/css; charset=utf-8", _STYLE.encode("utf-8"))
        elif path == "/queries":
            self._send(200, "application/json", self.endpoint.catalogue_json())
        elif path.startswith("/queries/"):
            self._named(path.removeprefix("/queries/"), self._params(query))
        elif path == "/sparql":
            params = self._params(query)
            if "update" in params:
                raise Refused(403, "this endpoint is read-only: updates are refused")
            if "query" not in params and "text/html" in self.headers.get("Accept", ""):
                self._send(200, "text/html; charset=utf-8", self.endpoint.page(), {"Content-Security-Policy": _CSP})
                return
            self._query(params, params)
        else:
            raise Refused(404, f"no such resource: {path} (the endpoint is /sparql, the query page /)")

    def _post(self) -> None:
        path = self._path()
        if path not in ("/sparql",) and not path.startswith("/queries/"):
            self._body()
            raise Refused(404, f"no such resource: {path} (the endpoint is /sparql)")
        media, _, params_text = self.headers.get("Content-Type", "").partition(";")
        media = media.strip().lower()
        charset = re.search(r"charset\s*=\s*\"?([\w-]+)", params_text, re.I)
        body = self._body()
        url_params = self._params(urlsplit(self.path).query)
        if path.startswith("/queries/"):
            if media != _FORM:
                raise Refused(415, f"POST named-query parameters as {_FORM}")
            self._named(path.removeprefix("/queries/"), self._params(self._decode(body, charset)))
            return
        if media == _UPDATE or "update" in url_params:
            raise Refused(403, "this endpoint is read-only: updates are refused")
        if media == _FORM:
            form = self._params(self._decode(body, charset))
            if "update" in form:
                raise Refused(403, "this endpoint is read-only: updates are refused")
            self._query(form, form)
        elif media == _QUERY:
            if "query" in url_params:
                raise Refused(400, "give the query once: in the body or in the URL, not both")
            self._query({"query": [self._decode(body, charset)]}, url_params)
        elif not media:
            raise Refused(415, f"POST needs a Content-Type: {_FORM} or {_QUERY}")
        else:
            raise Refused(415, f"unsupported Content-Type {media}; use {_FORM} or {_QUERY}")

    @staticmethod
    def _decode(body: bytes, charset: re.Match[str] | None) -> str:
        if charset and charset.group(1).lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
            raise Refused(415, f"charset {charset.group(1)} is not accepted; send UTF-8")
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the request body is not valid UTF-8") from None

    def _formats(self) -> tuple[str | None, str | None]:
        accept = self.headers.get("Accept", "")
        return negotiate(accept, RESULT_TYPES), negotiate(accept, GRAPH_TYPES)

    def _query(self, source: Mapping[str, list[str]], dataset: Mapping[str, list[str]]) -> None:
        queries = source.get("query", [])
        if len(queries) != 1:
            raise Refused(400, "give exactly one query parameter" if queries else "missing query parameter (GET /sparql?query=…)")
        text = queries[0]
        default_graphs = tuple(dataset.get("default-graph-uri", []))
        named_graphs = tuple(dataset.get("named-graph-uri", []))
        scan = check_query(text, self.endpoint.graphs, self.endpoint.config, default_graphs, named_graphs)
        result_format, graph_format = self._formats()
        if (scan.form in ("SELECT", "ASK") and result_format is None) or (scan.form in ("CONSTRUCT", "DESCRIBE") and graph_format is None):
            raise Refused(406, f"no acceptable media type for a {scan.form} result")
        job = Job(text, result_format, graph_format, default_graphs, named_graphs, self.endpoint.config.max_rows)
        self._reply(self.endpoint.run(job))

    def _named(self, name: str, params: Mapping[str, list[str]]) -> None:
        if name not in self.endpoint.catalogue:
            raise Refused(404, f"no named query {name!r}; GET /queries lists them")
        binds = []
        for key, values in params.items():
            if len(values) != 1:
                raise Refused(400, f"give {key} once")
            binds.append((key, values[0]))
        result_format, graph_format = self._formats()
        if result_format is None:
            raise Refused(406, "no acceptable media type for a SELECT result")
        job = Job("", result_format, graph_format, max_rows=self.endpoint.config.max_rows, named=name, binds=tuple(binds))
        self._reply(self.endpoint.run(job))

    def _reply(self, reply: Reply) -> None:
        headers = {"Vary": "Accept"}
        if reply.truncated:
            headers["X-SPARQL-MaxRows"] = str(self.endpoint.config.max_rows)
        self._send(reply.status, reply.media_type, reply.body, headers)


# --------------------------------------------------------------------------- the endpoint

class Endpoint:
    """A read-only SPARQL endpoint over a graph file or store directory (see the module doc)."""

    def __init__(self, path: str | Path, config: ServerConfig | None = None) -> None:
        self.config = config or ServerConfig()
        self.source = str(path)
        self._tmp = tempfile.mkdtemp(prefix="kg-serve-")
        self.pool: WorkerPool | None = None
        self.httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        try:
            self.store_dir = snapshot(path, self._tmp)
            store = open_store_read_only(self.store_dir)
            self.graphs = frozenset(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
            del store
            self.catalogue = {q.name: q for q in load_catalogue()}
            self.httpd = self._bind()
            self.pool = WorkerPool(self.store_dir, self.config.workers)
        except BaseException:
            self.close()
            raise

    def run(self, job: Job) -> Reply:
        if self.pool is None:
            return _text(503, "the endpoint is shutting down")
        return self.pool.run(job, self.config.timeout)

    def _bind(self) -> _HTTPServer:
        try:
            return _HTTPServer((self.config.host, self.config.port), self)
        except OSError as exc:
            raise KgError(f"cannot listen on {self.config.host}:{self.config.port}: {exc.strerror or exc}") from None

    @property
    def base_url(self) -> str:
        assert self.httpd is not None
        address = self.httpd.server_address
        host, port = (address[0].decode() if isinstance(address[0], bytes) else str(address[0])), address[1]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}"

    @property
    def url(self) -> str:
        return self.base_url + "/sparql"

    def catalogue_json(self) -> bytes:
        items = [
            {"name": q.name, "summary": q.summary, "description": q.description, "text": q.text,
             "params": [{"name": p.name, "kind": p.kind, "description": p.description} for p in q.params]}
            for q in self.catalogue.values()
        ]
        return json.dumps(items, ensure_ascii=False).encode("utf-8")

    def page(self) -> bytes:
        options = "".join(f'<option value="{html.escape(q.name)}">{html.escape(q.name)}: {html.escape(q.summary)}</option>' for q in self.catalogue.values())
        return _PAGE.format(source=html.escape(Path(self.source).name), options=options, rows=self.config.max_rows, timeout=f"{self.config.timeout:g}").encode("utf-8")

    def serve_forever(self) -> None:
        assert self.httpd is not None
        self.httpd.serve_forever(poll_interval=0.2)

    def start(self) -> Endpoint:
        """Serve in a background thread (for tests and notebooks)."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True, name="kg-sparql-http")
        self._thread.start()
        return self

    def close(self) -> None:
        if self.httpd is not None:
            if self._thread is not None:
                self.httpd.shutdown()
                self._thread.join(5)
            self.httpd.server_close()
            self.httpd = None
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(path: str | Path, config: ServerConfig) -> None:
    """Serve until interrupted (``kg serve``)."""
    with Endpoint(path, config) as endpoint:
        where = "" if config.host in ("127.0.0.1", "localhost", "::1") else "  (reachable from other machines)"
        print(f"kg: serving {path} read-only at {endpoint.url}{where}", file=sys.stderr)
        print(f"kg: query page {endpoint.base_url}/ ; Ctrl-C stops", file=sys.stderr)
        try:
            endpoint.serve_forever()
        except KeyboardInterrupt:
            print("kg: stopped", file=sys.stderr)


# --------------------------------------------------------------------------- the page

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL: {source}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/kg-sparql.css"></head>
<body>
<h1>SPARQL over {source}</h1>
<p>Read-only. At most {rows} rows per result; queries stop after {timeout} s.
Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, GET or POST).</p>
<label>Named query <select id="named"><option value="">(write your own)</option>{options}</select></label>
<p id="summary"></p>
<form id="form">
<div id="params"></div>
<textarea id="query" name="query" rows="14" spellcheck="false">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 20</textarea>
<p><button type="submit">Run</button> <span id="status" role="status"></span></p>
</form>
<div id="results"></div>
<script src="/kg-sparql.js"></script>
</body></html>
"""

_STYLE = """body { font: 15px/1.45 system-ui, "WenQuanYi Micro Hei", sans-serif; margin: 1.5em; color: #222; }
textarea { width: 100%; font: 13px/1.4 ui-monospace, monospace; }
table { border-collapse: collapse; margin-top: 1em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } pre { background: #f6f6f6; padding: 1em; overflow: auto; }
.error { color: #a00; white-space: pre-wrap; } .note { color: #a60; } label { font-weight: 600; }
#params label { display: block; margin: .3em 0; font-weight: normal; }
"""

_SCRIPT = r"""'use strict';
const $ = (id) => document.getElementById(id);
let catalogue = [];
const el = (tag, text) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; };
function cell(term) {
  const td = el('td');
  if (!term) return td;
  let text = term.value;
  if (term.type === 'uri') { try { text = decodeURI(term.value); } catch (error) { text = term.value; } }
  td.textContent = text;
  td.title = term.type === 'literal' ? (term['xml:lang'] ? '@' + term['xml:lang'] : (term.datatype || 'string')) : term.type;
  return td;
}
function table(data) {
  const t = el('table'), head = el('tr');
  data.head.vars.forEach((v) => head.appendChild(el('th', v)));
  t.appendChild(head);
  data.results.bindings.forEach((row) => {
    const tr = el('tr');
    data.head.vars.forEach((v) => tr.appendChild(cell(row[v])));
    t.appendChild(tr);
  });
  return t;
}
async function run(request) {
  const out = $('results'); out.replaceChildren(); $('status').textContent = 'running…';
  const started = performance.now();
  try {
    const response = await fetch(request.url, { method: 'POST', body: request.body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
                 'Accept': 'application/sparql-results+json, text/turtle;q=0.9' } });
    const type = response.headers.get('Content-Type') || '';
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    if (!response.ok) { out.appendChild(el('p', text)).className = 'error'; $('status').textContent = response.status + ' (' + ms + ' ms)'; return; }
    if (type.startsWith('application/sparql-results+json')) {
      const data = JSON.parse(text);
      if ('boolean' in data) out.appendChild(el('p', String(data.boolean)));
      else out.appendChild(table(data));
      $('status').textContent = (data.results ? data.results.bindings.length + ' rows, ' : '') + ms + ' ms';
    } else { out.appendChild(el('pre', text)); $('status').textContent = ms + ' ms'; }
    const cap = response.headers.get('X-SPARQL-MaxRows');
    if (cap) { const note = el('p', 'Only the first ' + cap + ' results are shown (the row limit).'); note.className = 'note'; out.prepend(note); }
  } catch (error) { out.appendChild(el('p', String(error))).className = 'error'; $('status').textContent = ''; }
}
function choose() {
  const q = catalogue.find((item) => item.name === $('named').value);
  const params = $('params'); params.replaceChildren();
  $('summary').textContent = q ? q.description : '';
  if (!q) return;
  $('query').value = q.text;
  q.params.forEach((p) => {
    const label = el('label', '--bind ' + p.name + ' (' + p.kind + ', optional) ');
    const input = el('input'); input.name = p.name; input.placeholder = p.description;
    label.appendChild(input); params.appendChild(label);
  });
}
$('named').addEventListener('change', choose);
$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = catalogue.find((item) => item.name === $('named').value);
  const inputs = Array.from($('params').querySelectorAll('input')).filter((i) => i.value.trim());
  if (q && (inputs.length || q.params.length && !q.text) && $('query').value === q.text) {
    const body = new URLSearchParams(); inputs.forEach((i) => body.append(i.name, i.value.trim()));
    run({ url: '/queries/' + encodeURIComponent(q.name), body });
  } else {
    run({ url: '/sparql', body: new URLSearchParams({ query: $('query').value }) });
  }
});
// a query chosen before the catalogue arrived gets its parameters now
fetch('/queries').then((r) => r.json()).then((items) => { catalogue = items; if ($('named').value) choose(); });
"""
