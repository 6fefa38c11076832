"""``kg push``: load a graph into any store that speaks the SPARQL 1.1 Graph Store HTTP Protocol
(Oxigraph server, Fuseki, GraphDB, Virtuoso, …).

Each named graph (one per document, plus the entities graph) goes to ``ENDPOINT?graph=IRI`` — or
all of them to one graph with ``--graph IRI`` — in batches of N-Triples sent as ``text/turtle``
(every Graph Store accepts Turtle, and N-Triples is Turtle). The first batch of a graph is a PUT
when replacing (the server drops what the graph held), every other batch a POST (added).
A graph holding blank nodes goes in one request, so its blank nodes stay one set.

Network failures, 5xx, 408 and 429 answers are retried with exponential back-off; any other
refusal stops the push with the server's status and first line of explanation.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import open_graph

RETRYABLE = {408, 425, 429, 500, 502, 503, 504}
MEDIA_TYPE = "text/turtle; charset=utf-8"


class PushError(KgError):
    """The target store refused the data or could not be reached."""


@dataclass(frozen=True)
class PushedGraph:
    source: str  # the graph in the input ("" for the default graph)
    target: str  # the graph on the server ("" for its default graph)
    triples: int
    requests: int


@dataclass(frozen=True)
class PushReport:
    endpoint: str
    graphs: tuple[PushedGraph, ...]
    retries: int

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store URL of a graph (``?graph=IRI``), or of the default graph (``?default``).

    >>> graph_url("http://127.0.0.1:7878/store", "https://kg.example.org/graph/entities")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fkg.example.org%2Fgraph%2Fentities'
    """
    parts = urlsplit(endpoint)
    extra = urlencode({"graph": graph}) if graph else "default"
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _batches(triples: Sequence[ox.Triple], size: int) -> Iterator[Sequence[ox.Triple]]:
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        yield triples
        return
    for start in range(0, len(triples), size):
        yield triples[start:start + size]


class Client:
    """A small HTTP client with retries (urllib; basic auth from ``user:password``)."""

    def __init__(self, retries: int = 3, backoff: float = 0.5, timeout: float = 60.0, user: str = "", sleep: Callable[[float], None] = time.sleep) -> None:
        self.retries, self.backoff, self.timeout, self.sleep = retries, backoff, timeout, sleep
        self.auth = "Basic " + base64.b64encode(user.encode("utf-8")).decode("ascii") if user else ""
        self.retried = 0

    def send(self, method: str, url: str, body: bytes, what: str) -> int:
        headers = {"Content-Type": MEDIA_TYPE, "User-Agent": "kg-push"}
        if self.auth:
            headers["Authorization"] = self.auth
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    response.read()
                    return int(response.status)
            except urllib.error.HTTPError as exc:
                detail = _first_line(exc.read())
                if exc.code not in RETRYABLE or attempt == self.retries:
                    raise PushError(f"{_where(url)} refused {what}: {exc.code} {exc.reason}{': ' + detail if detail else ''}") from None
                delay = _retry_after(exc.headers.get("Retry-After"), self.backoff * 2**attempt)
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                reason = getattr(exc, "reason", exc)
                if attempt == self.retries:
                    raise PushError(f"cannot reach {_where(url)} ({reason}); is the store running at this address?") from None
                delay = self.backoff * 2**attempt
            self.retried += 1
            self.sleep(delay)
        raise AssertionError("unreachable")


def _where(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    return text.splitlines()[0][:200] if text else ""


def _retry_after(value: str | None, default: float) -> float:
    try:
        return min(float(value), 30.0) if value else default
    except ValueError:
        return default


def push(
    path: str | Path,
    endpoint: str,
    *,
    graph: str = "",
    replace: bool = False,
    batch_size: int = 50_000,
    client: Client | None = None,
    progress: Callable[[PushedGraph], None] | None = None,
) -> PushReport:
    """Load the graph file or store at ``path`` into the Graph Store at ``endpoint``."""
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint (e.g. http://127.0.0.1:7878/store)")
    if batch_size < 1:
        raise PushError("the batch size must be at least 1")
    store = open_graph(path)
    client = client or Client()
    named = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    sources: list[ox.NamedNode | ox.DefaultGraph] = list(named)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        sources.insert(0, ox.DefaultGraph())
    pushed: list[PushedGraph] = []
    started: set[str] = set()
    for source in sources:
        name = source.value if isinstance(source, ox.NamedNode) else ""
        target = graph or name
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, source)]
        requests = 0
        for batch in _batches(triples, batch_size):
            method = "PUT" if replace and target not in started else "POST"
            started.add(target)
            body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""
            client.send(method, graph_url(endpoint, target), body, f"graph <{target}>" if target else "the default graph")
            requests += 1
        if not triples and replace and target not in started:
            client.send("PUT", graph_url(endpoint, target), b"", f"graph <{target}>")
            started.add(target)
            requests += 1
        item = PushedGraph(source=name, target=target, triples=len(triples), requests=requests)
        pushed.append(item)
        if progress:
            progress(item)
    return PushReport(endpoint=endpoint, graphs=tuple(pushed), retries=client.retried)
