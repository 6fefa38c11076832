"""kg.push: load graphs into a real Oxigraph server through the Graph Store Protocol, then get
the same answers from it as locally; retries, refusals and unreachable servers."""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest

from kg import build_dataset
from kg.cli import main
from kg.push import Client, PushError, push
from kg.query import find_query, load_catalogue, render, run_query
from kg.rdf.io import write_dataset
from kg.store import open_graph, save_dataset

TEXTS = [
    ("lei.txt", "雷军毕业于武汉大学。2010 年，雷军创立了小米公司。雷军曾担任金山软件的 CEO。"),
    ("ma.txt", "马化腾毕业于深圳大学。1998 年，马化腾创办了腾讯公司。张小龙在腾讯担任副总裁。"),
]
OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OxigraphServer:
    """`oxigraph serve` on loopback, in its own folder; stopped by its pid."""

    def __init__(self, folder: Path, read_only: bool = False) -> None:
        assert Path(OXIGRAPH).is_file(), "the oxigraph server is needed (pip install oxigraph)"
        self.port = free_port()
        command = "serve-read-only" if read_only else "serve"
        self.process = subprocess.Popen([OXIGRAPH, command, "-l", str(folder), "-b", f"127.0.0.1:{self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("oxigraph server did not start")

    def query(self, text: str) -> bytes:
        data = urlencode({"query": text, "union-default-graph": ""}).encode()
        request = urllib.request.Request(self.url + "/query", data=data, headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return bytes(response.read())

    def graph_sizes(self) -> dict[str, int]:
        raw = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        parsed = ox.parse_query_results(raw, ox.QueryResultsFormat.JSON)
        return {s["g"].value: int(s["n"].value) for s in parsed}  # type: ignore[index, union-attr]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("push") / "graph.trig"
    write_dataset(build_dataset(TEXTS), path)
    return path


@pytest.fixture
def server(tmp_path: Path) -> Iterator[OxigraphServer]:
    running = OxigraphServer(tmp_path / "oxigraph")
    yield running
    running.stop()


def local_sizes(store: ox.Store) -> dict[str, int]:
    return {g.value: sum(1 for _ in store.quads_for_pattern(None, None, None, g)) for g in store.named_graphs()}  # type: ignore[arg-type]


def solutions(data: bytes) -> list[tuple[str, ...]]:
    parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
    return sorted(tuple(str(t) for t in s) for s in parsed)  # type: ignore[union-attr]


def test_push_then_the_server_gives_the_same_answers(graph: Path, server: OxigraphServer) -> None:
    report = push(graph, server.url + "/store", replace=True)
    local = open_graph(graph)
    assert report.triples == len(local) and len(report.graphs) == 3
    assert server.graph_sizes() == local_sizes(local)  # one graph per document, plus the entities
    for named in load_catalogue():
        if named.builtin:
            continue
        expected = render(run_query(local, named.text), "json").data
        assert solutions(server.query(named.text)) == solutions(expected), named.name
    assert solutions(server.query(find_query("founders").text))  # and there are answers


def test_pushing_again_with_replace_changes_nothing_and_without_adds(graph: Path, server: OxigraphServer) -> None:
    push(graph, server.url + "/store", replace=True)
    before = server.graph_sizes()
    push(graph, server.url + "/store", replace=True)
    assert server.graph_sizes() == before


def test_replace_drops_what_a_graph_held(graph: Path, server: OxigraphServer, tmp_path: Path) -> None:
    target = "http://example.org/graph/all"
    other = tmp_path / "other.trig"
    write_dataset(build_dataset([("zhang.txt", "张一鸣毕业于南开大学。2012 年，张一鸣创立了字节跳动。")]), other)
    push(other, server.url + "/store", graph=target)
    push(graph, server.url + "/store", graph=target, replace=True)
    local = open_graph(graph)
    distinct = {(q.subject, q.predicate, q.object) for q in local}
    assert server.graph_sizes() == {target: len(distinct)}  # only the second graph, merged into one


def test_batches_carry_the_same_triples(graph: Path, server: OxigraphServer) -> None:
    report = push(graph, server.url + "/store", batch_size=50)
    assert all(g.requests == -(-g.triples // 50) for g in report.graphs) and sum(g.requests for g in report.graphs) > 3
    assert server.graph_sizes() == local_sizes(open_graph(graph))


def test_a_store_directory_pushes_like_its_file(graph: Path, server: OxigraphServer, tmp_path: Path) -> None:
    save_dataset(tmp_path / "store", build_dataset(TEXTS))
    assert main(["push", str(tmp_path / "store"), "--endpoint", server.url + "/store", "--replace", "-q"]) == 0
    assert server.graph_sizes() == local_sizes(open_graph(graph))


def test_a_refusing_server_is_a_one_line_error(graph: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    ox.Store(str(folder)).flush()
    read_only = OxigraphServer(folder, read_only=True)
    try:
        code = main(["push", str(graph), "--endpoint", read_only.url + "/store", "--replace", "-q"])
    finally:
        read_only.stop()
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("kg: error: ") and err.count("\n") == 1
    assert f"127.0.0.1:{read_only.port}/store refused graph <" in err and "403 Forbidden: The server is read-only" in err


def test_an_unreachable_server_is_retried_then_reported(graph: Path) -> None:
    waits: list[float] = []
    client = Client(retries=2, backoff=0.5, sleep=waits.append)
    with pytest.raises(PushError, match="cannot reach http://127.0.0.1:.*is the store running"):
        push(graph, f"http://127.0.0.1:{free_port()}/store", client=client)
    assert waits == [0.5, 1.0]


class Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 to the first requests, then 204; records what it received."""

    failures = 2
    seen: list[tuple[str, str, bytes]] = []

    def _any(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        Flaky.seen.append((self.command, self.path, body))
        status = 503 if len(Flaky.seen) <= Flaky.failures else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        if status == 503:
            self.send_header("Retry-After", "0")
        self.end_headers()

    do_PUT = do_POST = _any  # noqa: N815

    def log_message(self, *args: Any) -> None:
        pass


def test_server_errors_are_retried(graph: Path) -> None:
    Flaky.seen = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        report = push(graph, f"http://127.0.0.1:{httpd.server_address[1]}/store", replace=True, client=Client(retries=3, sleep=lambda s: None))
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert report.retries == 2 and len(Flaky.seen) == len(report.graphs) + 2
    assert {method for method, _, _ in Flaky.seen} == {"PUT"} and all("graph=" in path for _, path, _ in Flaky.seen)
    sent = {(t.subject, t.predicate, t.object) for _, _, body in Flaky.seen[2:] for t in ox.parse(body, ox.RdfFormat.TURTLE)}
    assert len(sent) == len({(q.subject, q.predicate, q.object) for q in open_graph(graph)})


@pytest.mark.parametrize(("endpoint", "message"), [("ftp://host/store", "not an http"), ("localhost:7878", "not an http")])
def test_bad_endpoints_are_errors(graph: Path, endpoint: str, message: str) -> None:
    with pytest.raises(PushError, match=message):
        push(graph, endpoint)


VIRTUOSO = shutil.which("virtuoso-t")
VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 100000
"""
# Virtuoso's Graph Store endpoint runs as the SPARQL user, who may not write until granted.
VIRTUOSO_GRANTS = (
    'GRANT SPARQL_UPDATE TO "SPARQL"; GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO "SPARQL"; '
    'GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO "SPARQL"; GRANT EXECUTE ON DB.DBA.L_O_LOOK TO "SPARQL"; '
    'GRANT EXECUTE ON DB.DBA.SPARUL_RUN TO "SPARQL"; GRANT EXECUTE ON DB.DBA.RDF_OBJ_ADD_KEYWORD_FOR_GRAPH TO "SPARQL";'
)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Virtuoso server (Debian's virtuoso-opensource) on loopback; yields its base URL."""
    assert VIRTUOSO, "Virtuoso is needed (apt-get install virtuoso-opensource-7-bin; .ci/run installs it)"
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    process = subprocess.Popen([VIRTUOSO, "+configfile", str(folder / "virtuoso.ini"), "+foreground"], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:  # ready when the SQL port takes the grants
            done = subprocess.run(["isql-vt", f"127.0.0.1:{sql}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"], capture_output=True, text=True)
            if done.returncode == 0 and "Error" not in done.stdout + done.stderr:
                break
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"Virtuoso did not start: {done.stdout[-300:]} {done.stderr[-300:]}")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{http}"
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def _virtuoso_select(base: str, query: str) -> list[dict[str, str]]:
    """Virtuoso answers GET queries (it ignores POSTed application/sparql-query bodies)."""
    request = urllib.request.Request(base + "/sparql?" + urlencode({"query": query}), headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        parsed = ox.parse_query_results(response.read(), ox.QueryResultsFormat.JSON)
    return [{v.value: s[v].value for v in parsed.variables if s[v] is not None} for s in parsed]  # type: ignore[union-attr, index]


@pytest.mark.slow
def test_push_to_virtuoso_gives_the_same_graphs(graph: Path, virtuoso: str) -> None:
    local = open_graph(graph)
    ours = "https://kg.example.org/graph/"
    mine = f'FILTER(STRSTARTS(STR(?g), "{ours}"))'  # Virtuoso's own system graphs aside
    sizes = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + mine + " } GROUP BY ?g"
    links = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(isIRI(?o)) } " + mine + " }"
    expected_sizes = {s["g"].value: int(s["n"].value) for s in run_query(local, sizes)}  # type: ignore[index, union-attr]
    expected_links = {(s["g"].value, s["s"].value, s["p"].value, s["o"].value) for s in run_query(local, links)}  # type: ignore[index, union-attr]
    for _ in range(2):  # pushing again with --replace leaves the same graphs
        assert main(["push", str(graph), "--endpoint", virtuoso + "/sparql-graph-crud", "--replace"]) == 0
        got = {r["g"]: int(r["n"]) for r in _virtuoso_select(virtuoso, sizes)}
        assert got == expected_sizes and len(got) == 3
    assert {(r["g"], r["s"], r["p"], r["o"]) for r in _virtuoso_select(virtuoso, links)} == expected_links
