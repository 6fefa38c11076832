"""kg.query: the named queries, bound parameters, result formats, the lexical scan, the shortest
connection, and the `kg query` command."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.query import (
    FORMAT_NAMES,
    QueryError,
    Table,
    answer,
    find_query,
    format_table,
    load_catalogue,
    parse_named_query,
    render,
    resolve_entity,
    run_query,
    scan_query,
    shortest_connection,
)
from kg.store import open_graph

E = "https://kg.example.org/entity/"
K = "https://kg.example.org/ontology#"
# A small graph written by hand after docs/rdf.md, so the expected answers are exact.
GRAPH = """\
@prefix kg: <https://kg.example.org/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix e: <https://kg.example.org/entity/> .
@prefix b: <https://kg.example.org/> .

b:graph\\/entities {
  e:person\\/lei-jun a kg:Person ; rdfs:label "Lei Jun"@en , "雷军"@zh ; skos:altLabel "雷总"@zh .
  e:person\\/zhang-san a kg:Person ; rdfs:label "张三"@zh .
  e:person\\/li-si a kg:Person ; rdfs:label "李四"@zh .
  e:organization\\/xiaomi a kg:Company , kg:Organization ; rdfs:label "Xiaomi"@en , "小米"@zh ; owl:sameAs <http://www.wikidata.org/entity/Q1637209> .
  e:organization\\/kingsoft a kg:Company , kg:Organization ; rdfs:label "金山软件"@zh .
  e:organization\\/whu a kg:EducationalOrganization , kg:Organization ; rdfs:label "武汉大学"@zh .
  e:place\\/beijing a kg:City , kg:Place ; rdfs:label "北京"@zh .
}

b:graph\\/doc\\/d1 {
  b:doc\\/d1 a kg:Document , nif:Context ; dcterms:title "lei.txt" ; kg:length 60 .
  e:person\\/lei-jun kg:founded e:organization\\/xiaomi ;
      kg:studiedAt e:organization\\/whu ;
      kg:worksFor e:organization\\/kingsoft .
  e:person\\/zhang-san kg:studiedAt e:organization\\/whu .
  e:organization\\/xiaomi kg:headquarteredIn e:place\\/beijing .
  b:statement\\/s1 a kg:Statement , rdf:Statement ;
      rdf:subject e:person\\/lei-jun ; rdf:predicate kg:founded ; rdf:object e:organization\\/xiaomi ;
      kg:confidence 0.85 ; kg:rule "founded.verb" ; kg:time "2010"^^xsd:gYear ;
      prov:wasDerivedFrom b:evidence\\/v1 ; kg:document b:doc\\/d1 .
  b:statement\\/s2 a kg:Statement , rdf:Statement ;
      rdf:subject e:person\\/lei-jun ; rdf:predicate kg:worksFor ; rdf:object e:organization\\/kingsoft ;
      kg:confidence 0.8 ; kg:rule "worksFor.serves_as" ; kg:role "CEO"@en ;
      kg:begin "1992"^^xsd:gYear ; kg:end "2007"^^xsd:gYear ;
      prov:wasDerivedFrom b:evidence\\/v2 ; kg:document b:doc\\/d1 .
  b:statement\\/s3 a kg:Statement , rdf:Statement ;
      rdf:subject e:person\\/lei-jun ; rdf:predicate kg:studiedAt ; rdf:object e:organization\\/whu ;
      kg:confidence 0.9 ; kg:rule "studiedAt.graduated" ;
      prov:wasDerivedFrom b:evidence\\/v3 ; kg:document b:doc\\/d1 .
  b:evidence\\/v1 a kg:Evidence , nif:String ; nif:anchorOf "2010 年，雷军创立了小米。" ;
      nif:beginIndex 20 ; nif:endIndex 34 ; nif:referenceContext b:doc\\/d1 .
  b:evidence\\/v2 a kg:Evidence , nif:String ; nif:anchorOf "雷军曾担任金山软件的 CEO。" ;
      nif:beginIndex 34 ; nif:endIndex 49 ; nif:referenceContext b:doc\\/d1 .
  b:evidence\\/v3 a kg:Evidence , nif:String ; nif:anchorOf "雷军毕业于武汉大学。" ;
      nif:beginIndex 0 ; nif:endIndex 10 ; nif:referenceContext b:doc\\/d1 .
  b:event\\/f1 a kg:Founding , kg:Event ; rdfs:label "Founding: 雷军、小米"@zh ;
      kg:participant e:person\\/lei-jun , e:organization\\/xiaomi ;
      kg:hasParticipation b:event\\/f1\\/role\\/0 ; kg:time "2010"^^xsd:gYear ; kg:timeText "2010 年"@zh ;
      kg:place e:place\\/beijing ; kg:confidence 0.85 ; kg:rule "founded.verb" ;
      prov:wasDerivedFrom b:evidence\\/v1 ; kg:document b:doc\\/d1 .
  b:event\\/f1\\/role\\/0 a kg:Participation ; kg:agent e:person\\/lei-jun ; kg:roleName "founder" .
  b:event\\/e1 a kg:Education , kg:Event ; rdfs:label "Education: 雷军、武汉大学"@zh ;
      kg:participant e:person\\/lei-jun , e:organization\\/whu ; kg:begin "1987"^^xsd:gYear ;
      kg:confidence 0.8 ; kg:rule "studiedAt.graduated" ; kg:document b:doc\\/d1 .
  b:event\\/t1 a kg:Trip , kg:Event ; rdfs:label "Trip: 雷军"@zh ;
      kg:participant e:person\\/lei-jun ; kg:confidence 0.7 ; kg:rule "visited.verb" ; kg:document b:doc\\/d1 .
}
"""


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "graph.trig"
    path.write_text(GRAPH, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(graph_file: Path) -> ox.Store:
    return open_graph(graph_file)


def rows(result: object, *names: str) -> list[tuple[str, ...]]:
    assert isinstance(result, ox.QuerySolutions | Table)
    table = result if isinstance(result, Table) else Table(tuple(v.value for v in result.variables), tuple(tuple(s) for s in result))
    index = [table.variables.index(n) for n in names]
    return [tuple("" if row[i] is None else row[i].value for i in index) for row in table.rows]  # type: ignore[union-attr]


# --------------------------------------------------------------------------- the catalogue

def test_catalogue_covers_the_questions_of_the_issue() -> None:
    names = {q.name for q in load_catalogue()}
    assert {"founders", "education-and-work", "people-of-organization", "timeline", "evidence", "entities", "shortest"} <= names
    for q in load_catalogue():
        assert q.summary.endswith("."), q.name  # a sentence saying what it answers
        if not q.builtin:
            assert scan_query(q.text).form == "SELECT", q.name
            for p in q.params:
                assert p.name in scan_query(q.text).variables


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "start the query with a `# …` comment"),
        ("# Things.\n# @param x entity the x\nSELECT * WHERE { ?s ?p ?o }", "not a variable of the query"),
        ("# Things.\n# @param s thing the s\nSELECT * WHERE { ?s ?p ?o }", "KIND one of"),
    ],
)
def test_a_broken_named_query_names_its_file_and_line(text: str, message: str) -> None:
    from kg.errors import ResourceError

    with pytest.raises(ResourceError, match="broken.rq:[12]:") as err:
        parse_named_query("broken", text, "broken.rq")
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("name", "binds", "columns", "expected"),
    [
        ("founders", {}, ("founderLabel", "orgLabel", "when"), [("Lei Jun", "Xiaomi", "2010")]),
        ("founders", {"org": "小米"}, ("founder",), [(E + "person/lei-jun",)]),
        ("founders", {"founder": "张三"}, ("founder",), []),
        (
            "education-and-work",
            {"person": "雷军"},
            ("relation", "orgLabel", "role", "begin", "end"),
            [
                ("https://kg.example.org/ontology#worksFor", "金山软件", "CEO", "1992", "2007"),
                ("https://kg.example.org/ontology#studiedAt", "武汉大学", "", "", ""),
            ],
        ),
        ("people-of-organization", {"org": "武汉大学"}, ("personLabel",), [("Lei Jun",), ("张三",)]),
        ("timeline", {"person": "雷总"}, ("when", "type", "role", "place"), [("1987", "Education", "", ""), ("2010", "Founding", "founder", "北京"), ("", "Trip", "", "")]),
        (
            "evidence",
            {"subject": "Lei Jun", "predicate": "worksFor"},
            ("object", "confidence", "rule", "sentence", "begin", "end"),
            [(E + "organization/kingsoft", "0.8", "worksFor.serves_as", "雷军曾担任金山软件的 CEO。", "34", "49")],
        ),
        ("entities", {"type": "Company"}, ("label", "labelZh"), [("", "金山软件"), ("Xiaomi", "小米")]),
        ("entities", {"type": "place"}, ("entity",), [(E + "place/beijing",)]),
        ("documents", {}, ("title", "facts", "events"), [("lei.txt", "3", "3")]),
        (
            "relations",
            {},
            ("predicate", "statements", "facts", "documents"),
            [(K + "founded", "1", "1", "1"), (K + "studiedAt", "1", "1", "1"), (K + "worksFor", "1", "1", "1")],
        ),
        ("relations", {"predicate": "worksFor"}, ("predicate", "meanConfidence"), [(K + "worksFor", "0.8")]),
    ],
)
def test_named_queries_answer_their_question(store: ox.Store, name: str, binds: dict[str, str], columns: tuple[str, ...], expected: list[tuple[str, ...]]) -> None:
    result = answer(store, "", binds, named=find_query(name))
    got = rows(result, *columns)
    assert (got if name in ("timeline", "education-and-work") else sorted(got)) == expected


def test_people_of_an_organization_say_how_they_are_connected(store: ox.Store) -> None:
    got = dict(rows(answer(store, "", {"org": "Xiaomi"}, named=find_query("people-of-organization")), "personLabel", "connection"))
    assert got == {"Lei Jun": "event:Founding, founded"} or set(got["Lei Jun"].split(", ")) == {"event:Founding", "founded"}


# --------------------------------------------------------------------------- binding

@pytest.mark.parametrize("hostile", ['雷军" } UNION { ?e ?p ?name } #', "雷军'>", "}}}", "?name"])
def test_bound_values_are_terms_never_query_text(store: ox.Store, hostile: str) -> None:
    text = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e ?name WHERE { ?e rdfs:label ?name }"
    result = run_query(store, text, {"name": ox.Literal(hostile)})
    assert rows(result, "e") == []  # the value matched as a literal, it did not change the query
    assert rows(run_query(store, text, {"name": ox.Literal("雷军", language="zh")}), "e") == [(E + "person/lei-jun",)]


def test_entities_resolve_by_label_alias_or_iri(store: ox.Store) -> None:
    for name in ("雷军", "lei jun", "雷总", f"<{E}person/lei-jun>", f"{E}person/lei-jun"):
        assert resolve_entity(store, name).value == E + "person/lei-jun"


@pytest.mark.parametrize(("value", "message"), [("王五", "no entity is labelled"), ("not an iri>", "no entity"), ("http://a b", "not a valid IRI")])
def test_unknown_entities_are_errors(store: ox.Store, value: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        resolve_entity(store, value)


def test_an_ambiguous_label_asks_for_an_iri(tmp_path: Path) -> None:
    path = tmp_path / "twins.ttl"
    path.write_text('<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "王伟" .\n<http://e/b> <http://www.w3.org/2000/01/rdf-schema#label> "王伟" .\n')
    with pytest.raises(QueryError, match="names 2 entities"):
        resolve_entity(open_graph(path), "王伟")


@pytest.mark.parametrize(
    ("binds", "message"),
    [({"nope": "1"}, "no variable ?nope"), ({"type": "Persn"}, "not a kg class"), ({"o": "x"}, "must be selected")],
)
def test_bad_binds_are_errors(store: ox.Store, binds: dict[str, str], message: str) -> None:
    named = find_query("entities") if "type" in binds else None
    text = "SELECT ?s WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError, match=re.escape(message)):
        answer(store, text, binds, named=named)


# --------------------------------------------------------------------------- formats

SELECT = "PREFIX kg: <https://kg.example.org/ontology#> SELECT ?s ?o ?t WHERE { ?s kg:studiedAt ?o OPTIONAL { ?o a ?t FILTER(?t != kg:Organization) } } ORDER BY ?s"


@pytest.mark.parametrize(("fmt", "parser"), [("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML), ("tsv", ox.QueryResultsFormat.TSV)])
def test_select_results_round_trip_through_a_sparql_results_parser(store: ox.Store, fmt: str, parser: ox.QueryResultsFormat) -> None:
    parsed = ox.parse_query_results(render(run_query(store, SELECT), fmt).data, parser)
    assert isinstance(parsed, ox.QuerySolutions)
    expected = [tuple(s) for s in run_query(store, SELECT)]  # type: ignore[union-attr]
    assert [tuple(s) for s in parsed] == expected and len(expected) == 2


def test_csv_results_are_rfc4180_with_plain_values(store: ox.Store) -> None:
    text = render(run_query(store, SELECT), "csv").data.decode("utf-8")
    assert text.endswith("\r\n")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["s", "o", "t"]
    assert sorted(table[1:]) == [[E + "person/lei-jun", E + "organization/whu", "https://kg.example.org/ontology#EducationalOrganization"], [E + "person/zhang-san", E + "organization/whu", "https://kg.example.org/ontology#EducationalOrganization"]]


@pytest.mark.parametrize(("fmt", "media"), [("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML)])
def test_ask_results_round_trip(store: ox.Store, fmt: str, media: ox.QueryResultsFormat) -> None:
    for text, value in (("ASK { ?s a <https://kg.example.org/ontology#Person> }", True), ("ASK { ?s a <http://nothing> }", False)):
        parsed = ox.parse_query_results(render(run_query(store, text), fmt).data, media)
        assert bool(parsed) is value


@pytest.mark.parametrize(("fmt", "rdf_format"), [("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES), ("jsonld", ox.RdfFormat.JSON_LD), ("xml", ox.RdfFormat.RDF_XML), ("table", ox.RdfFormat.TURTLE)])
def test_construct_results_come_as_rdf(store: ox.Store, fmt: str, rdf_format: ox.RdfFormat) -> None:
    text = "PREFIX kg: <https://kg.example.org/ontology#> CONSTRUCT { ?s kg:studiedAt ?o } WHERE { ?s kg:studiedAt ?o }"
    rendered = render(run_query(store, text), fmt)
    triples = {(t.subject, t.predicate, t.object) for t in ox.parse(rendered.data, rdf_format)}
    assert rendered.count == 2 and len(triples) == 2


@pytest.mark.parametrize(("text", "fmt"), [(SELECT, "ttl"), ("CONSTRUCT WHERE { ?s ?p ?o }", "csv"), ("ASK {}", "nt")])
def test_a_format_that_does_not_fit_the_result_is_an_error(store: ox.Store, text: str, fmt: str) -> None:
    with pytest.raises(QueryError, match="comes as"):
        render(run_query(store, text), fmt)


def test_the_row_cap_truncates_and_says_so(store: ox.Store) -> None:
    full = render(run_query(store, "SELECT * WHERE { ?s ?p ?o }"), "json")
    capped = render(run_query(store, "SELECT * WHERE { ?s ?p ?o }"), "json", max_rows=5)
    assert not full.truncated and full.count > 5
    assert capped.truncated and capped.count == 5
    assert len(json.loads(capped.data)["results"]["bindings"]) == 5


def test_the_table_aligns_chinese_text() -> None:
    from kg.query import _width

    data = [(ox.Literal("雷军"), ox.Literal("小米")), (ox.Literal("Lei Jun"), ox.Literal("Xiaomi Corporation"))]
    lines = format_table(("name", "org"), data).splitlines()
    second = {0: "org", 2: "小米", 3: "Xiaomi Corporation"}
    starts = {_width(lines[i][: lines[i].index(value)]) for i, value in second.items()}
    assert starts == {9}  # "Lei Jun" is 7 columns wide, "雷军" 4: the second column starts at 9 on every line
    assert lines[-1] == "(2 rows)"


# --------------------------------------------------------------------------- the lexical scan

@pytest.mark.parametrize(
    ("text", "service", "updates", "graphs"),
    [
        ('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }  # SERVICE <http://y/>', False, (), ()),
        ("SELECT * WHERE { sErViCe <http://x/> { ?s ?p ?o } }", True, (), ()),
        ("SELECT * WHERE { SERVICE SILENT <http://x/> { } }", True, (), ()),
        ("PREFIX x: <http://x/> SELECT * WHERE { SERVICE x: { } }", True, (), ()),
        ("SELECT * WHERE { SERVICE ?endpoint { } }", True, (), ()),
        ("SELECT * WHERE { FILTER(?a<?b).SERVICE<http://x/>{} }", True, (), ()),
        ("SELECT ?insert ?load WHERE { ?insert <http://ex/delete> ?load }", False, (), ()),
        ("PREFIX ex: <http://ex/> SELECT * WHERE { ?s ex:load ex:DROP }", False, (), ()),
        ("SELECT * WHERE { ?s ?p '''it's a \"long\" LOAD''' }", False, (), ()),
        ("LOAD <file:///etc/passwd>", False, ("LOAD",), ()),
        ("CLEAR ALL", False, ("CLEAR",), ()),
        ("DELETE WHERE { ?s ?p ?o }", False, ("DELETE",), ()),
        ("PREFIX g: <http://g/> SELECT * FROM g:a FROM NAMED <http://g/b> WHERE { }", False, (), ("http://g/a", "http://g/b")),
    ],
)
def test_the_scan_finds_service_updates_and_from(text: str, service: bool, updates: tuple[str, ...], graphs: tuple[str, ...]) -> None:
    scan = scan_query(text)
    assert (scan.service, scan.update_keywords, scan.from_graphs) == (service, updates, graphs)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE " + "{ " * 10_000 + "}" * 10_000,  # crashes pyoxigraph's parser if evaluated
        "SELECT * WHERE { BIND(" + "!" * 20_000 + "true AS ?x) }",
        "SELECT * WHERE { ?s " + "/".join(["<http://p>"] * 3000) + " ?o }",
    ],
)
def test_queries_that_would_crash_the_evaluator_are_refused(store: ox.Store, text: str) -> None:
    with pytest.raises(QueryError, match="limit is"):
        run_query(store, text)


def test_from_in_the_query_sets_the_default_graph(store: ox.Store) -> None:
    everything = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    entities = run_query(store, "SELECT (COUNT(*) AS ?n) FROM <https://kg.example.org/graph/entities> WHERE { ?s ?p ?o }")
    assert 0 < int(rows(entities, "n")[0][0]) < int(rows(everything, "n")[0][0])


# --------------------------------------------------------------------------- shortest connection

def test_shortest_connection_walks_relations_in_either_direction(store: ox.Store) -> None:
    path = shortest_connection(store, ox.NamedNode(E + "person/zhang-san"), ox.NamedNode(E + "place/beijing"))
    assert path is not None
    assert path.nodes == (E + "person/zhang-san", E + "organization/whu", E + "person/lei-jun", E + "organization/xiaomi", E + "place/beijing")
    kg = "https://kg.example.org/ontology#"
    assert [(s.subject.rsplit("/", 1)[1], s.predicate.removeprefix(kg), s.object.rsplit("/", 1)[1]) for s in path.steps] == [
        ("zhang-san", "studiedAt", "whu"),
        ("lei-jun", "studiedAt", "whu"),  # walked backwards, shown as stored
        ("lei-jun", "founded", "xiaomi"),
        ("xiaomi", "headquarteredIn", "beijing"),
    ]


def test_shortest_as_a_named_query_binds_labels(store: ox.Store) -> None:
    result = answer(store, "", {"from": "张三", "to": "Xiaomi"}, named=find_query("shortest"))
    assert rows(result, "step", "subjectLabel", "objectLabel") == [("1", "张三", "武汉大学"), ("2", "Lei Jun", "武汉大学"), ("3", "Lei Jun", "Xiaomi")]


def test_shortest_between_unconnected_entities_is_empty(store: ox.Store) -> None:
    with pytest.raises(QueryError, match="takes part in no relation"):
        answer(store, "", {"from": "李四", "to": "Xiaomi"}, named=find_query("shortest"))
    with pytest.raises(QueryError, match="needs --bind from"):
        answer(store, "", {"from": "张三"}, named=find_query("shortest"))


# --------------------------------------------------------------------------- the command

def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_kg_query_list_shows_every_named_query(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["query", "--list"], capsys)
    assert code == 0
    for q in load_catalogue():
        assert q.name in out and q.summary in out


@pytest.mark.parametrize("fmt", FORMAT_NAMES[:5])
def test_kg_query_runs_a_named_query_in_every_result_format(graph_file: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["query", str(graph_file), "founders", "--format", fmt], capsys)
    assert code == 0 and "Xiaomi" in out


def test_kg_query_reads_a_query_file_with_binds(graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?e ?name WHERE { ?e rdfs:label ?name FILTER(STR(?name) = STR(?want)) ?e ?p ?want2 } ")
    code, out, _ = run_cli(["query", str(graph_file), "-f", str(rq), "--format", "json", "--bind", "want2=x"], capsys)
    assert code == 1  # ?want2 is not projected: a one-line error, not a traceback
    rq.write_text("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?e ?name WHERE { ?e rdfs:label ?name }")
    code, out, _ = run_cli(["query", str(graph_file), "-f", str(rq), "--format", "json", "--bind", "name=小米"], capsys)
    assert code == 0 and json.loads(out)["results"]["bindings"] == []  # a plain literal does not match "小米"@zh


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "GRAPH", "SELEC nothing"], "SPARQL syntax error"),
        (["query", "GRAPH", "no-such-query"], "no named query 'no-such-query'"),
        (["query", "GRAPH", "timeline", "--bind", "person"], "write NAME=VALUE"),
        (["query", "GRAPH", "timeline", "--bind", "person=王五"], "no entity is labelled '王五'"),
        (["query", "MISSING", "founders"], "no such graph file or store directory"),
        (["query", "GRAPH"], "give a query"),
        (["query", "GRAPH", "founders", "--format", "nt"], "comes as"),
    ],
)
def test_kg_query_errors_are_one_line(graph_file: Path, tmp_path: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(graph_file) if a == "GRAPH" else str(tmp_path / "missing.trig") if a == "MISSING" else a for a in args]
    code, _, err = run_cli(args, capsys)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("kg: error: ") and message in err


def test_kg_query_never_prints_a_traceback_for_a_deep_query(graph_file: Path) -> None:
    deep = "SELECT * WHERE " + "{" * 50_000 + "}" * 50_000
    done = subprocess.run([sys.executable, "-m", "kg", "query", str(graph_file), deep], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "nested 50000 levels" in done.stderr and "Traceback" not in done.stderr
