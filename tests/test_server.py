"""kg.server: the SPARQL 1.1 Protocol endpoint, tested with real clients (SPARQLWrapper, rdflib's
SPARQLStore, curl, a browser), the query cases of the W3C SPARQL 1.1 Protocol test suite that
apply to a read-only endpoint, and hostile queries."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pyoxigraph as ox
import pytest

from kg import build_dataset
from kg.query import render, run_query
from kg.rdf.io import write_dataset
from kg.server import Endpoint, ServerConfig
from kg.store import open_graph

TEXTS = [
    ("lei.txt", "雷军毕业于武汉大学。2010 年，雷军创立了小米公司。雷军曾担任金山软件的 CEO。"),
    ("ma.txt", "马化腾毕业于深圳大学。1998 年，马化腾创办了腾讯公司。张小龙在腾讯担任副总裁。"),
]
TIMEOUT = 1.5
MAX_ROWS = 40
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server") / "graph.trig"
    write_dataset(build_dataset(TEXTS), path)
    return path


@pytest.fixture(scope="module")
def local(graph: Path) -> ox.Store:
    return open_graph(graph)


@pytest.fixture(scope="module")
def endpoint(graph: Path) -> Iterator[Endpoint]:
    with Endpoint(graph, ServerConfig(port=0, timeout=TIMEOUT, max_rows=MAX_ROWS, workers=2, log=False)) as ep:
        ep.start()
        yield ep


@pytest.fixture(scope="module")
def graphs(local: ox.Store) -> dict[str, str]:
    names = sorted(g.value for g in local.named_graphs())
    docs = [g for g in names if "/graph/doc/" in g]
    return {"d1": docs[0], "d2": docs[1], "entities": next(g for g in names if g.endswith("/graph/entities"))}


class Response:
    def __init__(self, status: int, headers: Mapping[str, str], body: bytes, seconds: float) -> None:
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0]


def call(endpoint: Endpoint, method: str, path: str, body: bytes | str | None = None, headers: Mapping[str, str] | None = None) -> Response:
    parts = urlsplit(endpoint.base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    started = time.monotonic()
    try:
        data = body.encode("utf-8") if isinstance(body, str) else body
        connection.putrequest(method, path, skip_accept_encoding=True)
        for key, value in (headers or {}).items():
            connection.putheader(key, value)
        if data is not None:
            connection.putheader("Content-Length", str(len(data)))
        connection.endheaders(data)
        response = connection.getresponse()
        payload = response.read()
        return Response(response.status, {k.lower(): v for k, v in response.getheaders()}, payload, time.monotonic() - started)
    finally:
        connection.close()


def get(endpoint: Endpoint, query: str, accept: str = JSON, **params: str | list[str]) -> Response:
    pairs: list[tuple[str, str]] = [("query", query)]
    for key, value in params.items():
        for v in [value] if isinstance(value, str) else value:
            pairs.append((key.replace("_", "-"), v))
    return call(endpoint, "GET", "/sparql?" + urlencode(pairs), headers={"Accept": accept})


def post_form(endpoint: Endpoint, fields: list[tuple[str, str]], accept: str = JSON, path: str = "/sparql") -> Response:
    return call(endpoint, "POST", path, urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})


def count_of(response: Response) -> int:
    assert response.status == 200, response.body
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def local_count(local: ox.Store, query: str = COUNT, **options: Any) -> int:
    result = run_query(local, query, **options)
    return int(next(iter(result))["n"].value)  # type: ignore[arg-type, index]


def solutions(data: bytes) -> list[tuple[str, ...]]:
    parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    return sorted(tuple(str(t) for t in s) for s in parsed)


# --------------------------------------------------------------------------- real clients

def test_a_partitions_folder_is_served_like_the_file(graph: Path, local: ox.Store, tmp_path: Path) -> None:
    """kg build --partitions output (N-Quads, one file per graph), loaded side by side."""
    folder = tmp_path / "nq"
    folder.mkdir()
    for i, graph in enumerate(local.named_graphs()):
        quads = list(local.quads_for_pattern(None, None, None, graph))
        (folder / f"part-{i}.nq").write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    per_graph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    with Endpoint(folder, ServerConfig(port=0, timeout=TIMEOUT, workers=1, log=False)) as ep:
        ep.start()
        assert ep.graphs == frozenset(g.value for g in local.named_graphs())
        assert count_of(get(ep, per_graph)) == local_count(local, per_graph) > 50


def test_sparqlwrapper_select_ask_and_construct(endpoint: Endpoint, local: ox.Store) -> None:
    from SPARQLWrapper import JSON as SW_JSON
    from SPARQLWrapper import POST, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint.url)
    client.setQuery("PREFIX kg: <https://kg.example.org/ontology#> SELECT ?f ?o WHERE { ?f kg:founded ?o } ORDER BY ?f")
    client.setReturnFormat(SW_JSON)
    rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index, call-overload]
    expected = [(s["f"].value, s["o"].value) for s in run_query(local, "PREFIX kg: <https://kg.example.org/ontology#> SELECT ?f ?o WHERE { ?f kg:founded ?o } ORDER BY ?f")]  # type: ignore[index, union-attr]
    assert [(r["f"]["value"], r["o"]["value"]) for r in rows] == expected and len(expected) == 2
    client.setMethod(POST)
    client.setQuery("ASK { ?s a <https://kg.example.org/ontology#Person> }")
    client.setReturnFormat(XML)
    assert client.queryAndConvert().getElementsByTagName("boolean")[0].firstChild.data == "true"  # type: ignore[union-attr]
    client.setQuery("PREFIX kg: <https://kg.example.org/ontology#> CONSTRUCT { ?f kg:founded ?o } WHERE { ?f kg:founded ?o }")
    client.setReturnFormat(TURTLE)
    data = client.queryAndConvert()
    assert len(list(ox.parse(data, ox.RdfFormat.TURTLE))) == 2  # type: ignore[arg-type]


def test_rdflib_sparqlstore_reads_the_endpoint(endpoint: Endpoint, local: ox.Store) -> None:
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = Graph(store=SPARQLStore(endpoint.url))
    query = "PREFIX kg: <https://kg.example.org/ontology#> SELECT ?p ?o WHERE { ?p kg:studiedAt ?o }"
    got = sorted((str(p), str(o)) for p, o in remote.query(query))  # type: ignore[misc]
    assert got == sorted((s["p"].value, s["o"].value) for s in run_query(local, query))  # type: ignore[index, union-attr]
    founded = URIRef("https://kg.example.org/ontology#founded")
    assert len(list(remote.triples((None, founded, None)))) == 2


def test_curl_gets_csv_and_posts_json(endpoint: Endpoint, local: ox.Store) -> None:
    curl = shutil.which("curl")
    assert curl, "curl is needed for this test (apt-get install curl)"
    query = "PREFIX kg: <https://kg.example.org/ontology#> SELECT ?p ?o WHERE { ?p kg:worksFor ?o } ORDER BY ?p ?o"
    done = subprocess.run([curl, "-sS", "-G", "-H", "Accept: text/csv", "--data-urlencode", f"query={query}", endpoint.url], capture_output=True, timeout=30, check=True)
    assert done.stdout == render(run_query(local, query), "csv").data
    done = subprocess.run([curl, "-sS", "-H", f"Accept: {JSON}", "--data-urlencode", f"query={COUNT}", endpoint.url], capture_output=True, timeout=30, check=True)
    assert int(json.loads(done.stdout)["results"]["bindings"][0]["n"]["value"]) == local_count(local)


# --------------------------------------------------------------------------- W3C SPARQL 1.1 Protocol
# Query cases of http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest.ttl,
# adapted to this store (graph names are ours; the update cases must be refused here).

@pytest.mark.parametrize(
    ("name", "method"),
    [("query_get", "GET"), ("query_post_form", "POST form"), ("query_post_direct", "POST direct")],
)
def test_w3c_query_transports(endpoint: Endpoint, name: str, method: str) -> None:
    accept = "application/sparql-results+xml"
    if method == "GET":
        response = get(endpoint, "ASK {}", accept)
    elif method == "POST form":
        response = post_form(endpoint, [("query", "ASK {}")], accept)
    else:
        response = call(endpoint, "POST", "/sparql", "ASK {}", {"Content-Type": "application/sparql-query", "Accept": accept})
    assert response.status == 200 and response.type == "application/sparql-results+xml"
    assert bool(ox.parse_query_results(response.body, ox.QueryResultsFormat.XML)) is True


@pytest.mark.parametrize("transport", ["get", "post"])
def test_w3c_query_dataset_default_graphs(endpoint: Endpoint, local: ox.Store, graphs: dict[str, str], transport: str) -> None:
    """query_dataset_default_graphs_get / _post: two default-graph-uri make the default graph."""
    chosen = [graphs["d1"], graphs["entities"]]
    if transport == "get":
        response = get(endpoint, COUNT, default_graph_uri=chosen)
    else:
        response = post_form(endpoint, [("query", COUNT), *(("default-graph-uri", g) for g in chosen)])
    assert count_of(response) == local_count(local, default_graphs=chosen) < local_count(local)


@pytest.mark.parametrize("transport", ["get", "post"])
def test_w3c_query_dataset_named_graphs(endpoint: Endpoint, graphs: dict[str, str], transport: str) -> None:
    """query_dataset_named_graphs_get / _post: named-graph-uri limits GRAPH ?g."""
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    chosen = [graphs["d1"], graphs["d2"]]
    if transport == "get":
        response = get(endpoint, query, named_graph_uri=chosen)
    else:
        response = post_form(endpoint, [("query", query), *(("named-graph-uri", g) for g in chosen)])
    assert response.status == 200
    assert sorted(b["g"]["value"] for b in response.json()["results"]["bindings"]) == chosen


def test_w3c_query_dataset_full(endpoint: Endpoint, local: ox.Store, graphs: dict[str, str]) -> None:
    """query_dataset_full: default-graph-uri and named-graph-uri together."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g"
    response = get(endpoint, query, default_graph_uri=graphs["entities"], named_graph_uri=[graphs["d1"]])
    expected = render(run_query(local, query, default_graphs=[graphs["entities"]], named_graphs=[graphs["d1"]]), "json").data
    assert solutions(response.body) == solutions(expected) and len(solutions(expected)) == 2


def test_w3c_query_multiple_dataset(endpoint: Endpoint, local: ox.Store, graphs: dict[str, str]) -> None:
    """query_multiple_dataset: the protocol's dataset overrides FROM in the query."""
    query = f"SELECT (COUNT(*) AS ?n) FROM <{graphs['d1']}> WHERE {{ ?s ?p ?o }}"
    response = call(endpoint, "POST", "/sparql?" + urlencode({"default-graph-uri": graphs["entities"]}), query, {"Content-Type": "application/sparql-query", "Accept": JSON})
    assert count_of(response) == local_count(local, default_graphs=[graphs["entities"]])
    assert count_of(get(endpoint, query)) == local_count(local, default_graphs=[graphs["d1"]])  # FROM alone applies


@pytest.mark.parametrize(
    ("query", "accept", "media", "parse"),
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv", "text/csv", None),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("ASK { ?s ?p ?o }", "application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("ASK { ?s ?p ?o }", "application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("CONSTRUCT WHERE { ?s a ?o } LIMIT 3", "text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("CONSTRUCT WHERE { ?s a ?o } LIMIT 3", "application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("CONSTRUCT WHERE { ?s a ?o } LIMIT 3", "application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("CONSTRUCT WHERE { ?s a ?o } LIMIT 3", "application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("DESCRIBE ?s WHERE { ?s a <https://kg.example.org/ontology#Person> } LIMIT 1", "application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("DESCRIBE ?s WHERE { ?s a <https://kg.example.org/ontology#Person> } LIMIT 1", "*/*", "text/turtle", ox.RdfFormat.TURTLE),
    ],
    ids=["select-xml", "select-json", "select-tsv", "select-csv", "select-q", "ask-json", "ask-xml", "construct-ttl", "construct-rdfxml", "construct-nt", "construct-jsonld", "describe-rdfxml", "describe-any"],
)
def test_w3c_query_content_type(endpoint: Endpoint, query: str, accept: str, media: str, parse: Any) -> None:
    """query_content_type_select / _ask / _describe / _construct: the result in the media type asked for."""
    response = get(endpoint, query, accept)
    assert response.status == 200 and response.type == media
    if isinstance(parse, ox.QueryResultsFormat):
        assert ox.parse_query_results(response.body, parse) is not None
    elif isinstance(parse, ox.RdfFormat):
        assert len(list(ox.parse(response.body, parse))) >= 1


def test_a_media_type_nobody_offers_is_406(endpoint: Endpoint) -> None:
    assert get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png").status == 406
    assert get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "text/csv").status == 406


W3C_BAD = [
    ("bad_query_method", "PUT", "/sparql?query=ASK%20%7B%7D", None, {}, 405),
    ("bad_multiple_queries", "GET", "/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", None, {}, 400),
    ("bad_query_wrong_media_type", "POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"}, 415),
    ("bad_query_missing_form_type", "POST", "/sparql", "query=ASK%20%7B%7D", {}, 415),
    ("bad_query_missing_direct_type", "POST", "/sparql", "ASK {}", {}, 415),
    ("bad_query_non_utf8", "POST", "/sparql", "ASK {}".encode("utf-16"), {"Content-Type": "application/sparql-query; charset=UTF-16"}, 415),
    ("bad_query_syntax", "GET", "/sparql?query=ASK%20%7B", None, {}, 400),
    ("bad_update_get", "GET", "/sparql?update=CLEAR%20ALL", None, {}, 403),
    ("bad_multiple_updates", "POST", "/sparql", "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", {"Content-Type": "application/x-www-form-urlencoded"}, 403),
    ("bad_update_wrong_media_type", "POST", "/sparql", "CLEAR NAMED", {"Content-Type": "text/plain"}, 415),
    ("bad_update_missing_form_type", "POST", "/sparql", "update=CLEAR%20NAMED", {}, 415),
    ("bad_update_non_utf8", "POST", "/sparql", "CLEAR NAMED".encode("utf-16"), {"Content-Type": "application/sparql-update; charset=UTF-16"}, 403),
    ("bad_update_syntax", "POST", "/sparql", "CLEAR XYZ", {"Content-Type": "application/sparql-update"}, 403),
    ("bad_update_dataset_conflict", "POST", "/sparql?using-graph-uri=http%3A%2F%2Fexample%2Fg", "update=CLEAR%20ALL", {"Content-Type": "application/x-www-form-urlencoded"}, 403),
    # the positive update cases of the suite are refusals on a read-only endpoint
    ("update_post_form", "POST", "/sparql", "update=CLEAR%20ALL", {"Content-Type": "application/x-www-form-urlencoded"}, 403),
    ("update_post_direct", "POST", "/sparql", "CLEAR ALL", {"Content-Type": "application/sparql-update"}, 403),
    ("update_dataset_default_graph", "POST", "/sparql?using-graph-uri=http%3A%2F%2Fe%2Fg", "INSERT { <http://e/s> <http://e/p> 1 } WHERE {}", {"Content-Type": "application/sparql-update"}, 403),
    ("update_base_uri", "POST", "/sparql", "BASE <http://e/> INSERT DATA { <s> <p> <o> }", {"Content-Type": "application/sparql-update"}, 403),
]


@pytest.mark.parametrize(("name", "method", "path", "body", "headers", "status"), W3C_BAD, ids=[c[0] for c in W3C_BAD])
def test_w3c_bad_requests_and_updates_are_refused(endpoint: Endpoint, local: ox.Store, name: str, method: str, path: str, body: Any, headers: dict[str, str], status: int) -> None:
    response = call(endpoint, method, path, body, headers)
    assert response.status == status, (name, response.body)
    assert count_of(get(endpoint, COUNT)) == local_count(local)  # nothing changed


# --------------------------------------------------------------------------- hostile queries

UPDATES = [
    "INSERT DATA { <http://e/s> <http://e/p> <http://e/o> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/passwd>",
    "LOAD <http://127.0.0.1:9/x.ttl> INTO GRAPH <http://e/g>",
    "CLEAR ALL",
    "DROP ALL",
    "CREATE GRAPH <http://e/g>",
    "COPY DEFAULT TO <http://e/g>",
    "# a comment first\nPREFIX e: <http://e/>\nwith e:g delete { ?s ?p ?o } where { ?s ?p ?o }",
]
TRANSPORTS = ["get-query", "get-update", "form-query", "form-update", "direct-query", "direct-update"]


@pytest.mark.parametrize("update", UPDATES)
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_updates_are_refused_through_every_transport(endpoint: Endpoint, graph: Path, local: ox.Store, update: str, transport: str) -> None:
    before = graph.read_bytes()
    kind, field = transport.split("-")
    if kind == "get":
        response = call(endpoint, "GET", "/sparql?" + urlencode({field: update}))
    elif kind == "form":
        response = post_form(endpoint, [(field, update)])
    else:
        response = call(endpoint, "POST", "/sparql", update, {"Content-Type": f"application/sparql-{field}"})
    assert response.status in (400, 403), response.body
    assert count_of(get(endpoint, COUNT)) == local_count(local) and graph.read_bytes() == before


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A local port that records every connection: proof that no request left the endpoint."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    hits.append(conn.recv(4096))
                except OSError:
                    hits.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/", hits
    stop.set()
    thread.join(2)
    server.close()


@pytest.mark.parametrize(
    ("template", "status"),
    [
        ("SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", 403),
        ("SELECT * WHERE {{ service silent <{url}> {{ ?s ?p ?o }} }}", 403),
        ("PREFIX r: <{url}> SELECT * WHERE {{ SERVICE r: {{ ?s ?p ?o }} }}", 403),
        ("SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}", 403),
        ("SELECT * WHERE {{ ?s ?p ?o FILTER(?s<?o).SERVICE<{url}>{{}} }}", 403),
        ("SELECT * FROM <{url}data.ttl> WHERE {{ ?s ?p ?o }}", 400),
        ("SELECT * FROM NAMED <{url}data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", 400),
        ("SELECT * FROM <file:///etc/passwd> WHERE {{ ?s ?p ?o }}", 400),
        ("DESCRIBE <{url}thing>", 200),  # an IRI in the query is just a name: never dereferenced
    ],
)
def test_nothing_leaves_the_process(endpoint: Endpoint, listener: tuple[str, list[bytes]], template: str, status: int) -> None:
    url, hits = listener
    response = get(endpoint, template.format(url=url), "*/*")
    assert response.status == status, response.body
    time.sleep(0.05)
    assert hits == []


def test_remote_graphs_in_protocol_parameters_are_refused(endpoint: Endpoint, listener: tuple[str, list[bytes]]) -> None:
    url, hits = listener
    assert get(endpoint, COUNT, default_graph_uri=url + "g.ttl").status == 400
    assert get(endpoint, COUNT, named_graph_uri=url + "g.ttl").status == 400
    assert hits == []


def test_a_query_over_the_timeout_is_stopped_and_the_next_is_prompt(endpoint: Endpoint, local: ox.Store) -> None:
    assert endpoint.pool is not None
    replaced = endpoint.pool.replaced
    slow = get(endpoint, HEAVY)
    assert slow.status == 503 and b"timed out" in slow.body
    assert TIMEOUT <= slow.seconds < TIMEOUT + 1.0
    quick = get(endpoint, COUNT)
    assert count_of(quick) == local_count(local) and quick.seconds < 0.5
    assert endpoint.pool.replaced == replaced + 1


def test_every_worker_stuck_at_once_still_recovers(endpoint: Endpoint, local: ox.Store) -> None:
    results: list[Response] = []
    threads = [threading.Thread(target=lambda: results.append(get(endpoint, HEAVY))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status for r in results] == [503, 503]
    quick = get(endpoint, COUNT)  # both workers were killed; their replacements answer
    assert count_of(quick) == local_count(local) and quick.seconds < 2.0


def test_a_killed_worker_is_replaced(endpoint: Endpoint, local: ox.Store) -> None:
    assert endpoint.pool is not None
    for pid in endpoint.pool.pids():
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.1)
    assert count_of(get(endpoint, COUNT)) == local_count(local)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{ " * 10_000 + "}" * 10_000,
        "SELECT * WHERE { BIND(" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) }",
        "SELECT * WHERE { BIND(" + "+".join(["1"] * 10_000) + " AS ?x) }",
        "SELECT * WHERE { ?s " + "/".join(["<http://p>"] * 3000) + " ?o }",
    ],
    ids=["braces", "parentheses", "operators", "path"],
)
def test_queries_that_crash_evaluators_are_refused_and_the_server_stays_up(endpoint: Endpoint, local: ox.Store, query: str) -> None:
    response = call(endpoint, "POST", "/sparql", query, {"Content-Type": "application/sparql-query"})
    assert response.status == 400 and b"limit is" in response.body
    assert count_of(get(endpoint, COUNT)) == local_count(local)


def test_the_row_cap_is_announced(endpoint: Endpoint) -> None:
    response = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert response.status == 200 and response.headers.get("x-sparql-maxrows") == str(MAX_ROWS)
    assert len(response.json()["results"]["bindings"]) == MAX_ROWS
    construct = get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert construct.headers.get("x-sparql-maxrows") == str(MAX_ROWS) and construct.body.count(b"\n") == MAX_ROWS
    small = get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert "x-sparql-maxrows" not in small.headers


def test_the_request_size_is_capped(endpoint: Endpoint) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70_000
    assert call(endpoint, "POST", "/sparql", big, {"Content-Type": "application/sparql-query"}).status == 413
    assert call(endpoint, "GET", "/sparql?query=" + quote(big)).status == 414
    assert get(endpoint, "ASK {}").status == 200


def test_fifty_concurrent_clients_all_get_answers(endpoint: Endpoint, local: ox.Store) -> None:
    expected = local_count(local)
    statuses: list[int] = []
    lock = threading.Lock()

    def client() -> None:
        for _ in range(4):
            response = get(endpoint, COUNT)
            with lock:
                statuses.append(response.status if response.status != 200 or count_of(response) == expected else -1)

    threads = [threading.Thread(target=client) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200] * 200


# --------------------------------------------------------------------------- named queries, page, defaults

def test_named_queries_over_http_bind_their_parameters(endpoint: Endpoint) -> None:
    response = call(endpoint, "GET", "/queries/founders?" + urlencode({"founder": "雷军"}), headers={"Accept": JSON})
    assert response.status == 200
    assert [b["orgLabel"]["value"] for b in response.json()["results"]["bindings"]] == ["Xiaomi"]
    shortest = post_form(endpoint, [("from", "雷军"), ("to", "Xiaomi")], path="/queries/shortest")
    assert shortest.status == 200 and len(shortest.json()["results"]["bindings"]) == 1
    assert call(endpoint, "GET", "/queries/nope").status == 404
    assert call(endpoint, "GET", "/queries/timeline?" + urlencode({"person": "王五"})).status == 400
    catalogue = json.loads(call(endpoint, "GET", "/queries").body)
    assert {"founders", "shortest", "timeline"} <= {q["name"] for q in catalogue}


def test_the_query_page_is_served_with_a_content_security_policy(endpoint: Endpoint) -> None:
    page = call(endpoint, "GET", "/", headers={"Accept": "text/html"})
    assert page.status == 200 and page.type == "text/html"
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert b"founders" in page.body and b"<script src=\"/kg-sparql.js\">" in page.body
    assert call(endpoint, "GET", "/sparql", headers={"Accept": "text/html"}).type == "text/html"
    assert call(endpoint, "GET", "/kg-sparql.js").type == "text/javascript"


def test_defaults_bind_loopback_and_send_no_cors(endpoint: Endpoint) -> None:
    from kg.cli import parser

    assert ServerConfig().host == "127.0.0.1" and parser().parse_args(["serve", "g.trig"]).host == "127.0.0.1"
    assert endpoint.httpd is not None and endpoint.httpd.server_address[0] == "127.0.0.1"
    response = get(endpoint, "ASK {}")
    assert "access-control-allow-origin" not in response.headers
    assert call(endpoint, "OPTIONS", "/sparql").status == 405


def test_cors_when_enabled_and_the_page_escapes_the_file_name(graph: Path, tmp_path: Path) -> None:
    odd = tmp_path / "a&<b>.trig"
    odd.write_bytes(graph.read_bytes())
    with Endpoint(odd, ServerConfig(port=0, cors="https://example.org", workers=1, log=False)) as ep:
        ep.start()
        assert get(ep, "ASK {}").headers["access-control-allow-origin"] == "https://example.org"
        preflight = call(ep, "OPTIONS", "/sparql", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
        assert preflight.status == 204 and "POST" in preflight.headers["access-control-allow-methods"]
        page = call(ep, "GET", "/").body.decode()
        assert "a&amp;&lt;b&gt;.trig" in page and "<b>" not in page


@pytest.mark.slow
def test_kg_serve_runs_until_interrupted(graph: Path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(graph), "--port", "0", "-q"], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert "read-only at http://127.0.0.1:" in line
        url = line.split(" at ", 1)[1].split()[0]
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        connection.request("GET", "/sparql?" + urlencode({"query": "ASK {}"}), headers={"Accept": JSON})
        assert json.loads(connection.getresponse().read())["boolean"] is True
        connection.close()
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 0


@pytest.mark.slow
def test_the_query_page_runs_a_named_query_in_a_browser(endpoint: Endpoint, browser: Any) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(endpoint.base_url + "/")
    page.wait_for_function("document.querySelectorAll('#named option').length > 3")
    page.select_option("#named", "founders")
    page.fill("#params input[name=founder]", "雷军")
    page.click("button[type=submit]")
    page.wait_for_selector("#results table td")
    cells = page.locator("#results td").all_text_contents()
    assert "Xiaomi" in cells and "雷军" in cells and "马化腾" not in cells
    assert "https://kg.example.org/entity/person/雷军" in cells  # IRIs shown decoded
    page.select_option("#named", "")
    page.fill("#query", "SELECT * WHERE { ?s ?p ?o }")
    page.click("button[type=submit]")
    page.wait_for_selector("#results .note")
    assert str(MAX_ROWS) in page.locator("#results .note").inner_text()
    assert errors == []
    page.close()
