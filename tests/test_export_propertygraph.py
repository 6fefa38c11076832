"""Property-graph exports: the CSVs load into a real Kùzu database and answer Cypher as the RDF
does; the Neo4j files follow neo4j-admin's header rules and every script names every file."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import kuzu
import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.export import ExportError, export
from kg.rdf.io import read_dataset

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "export_sample.trig"
PREFIX = "PREFIX kg: <https://kg.example.org/ontology#>\n"

pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return read_dataset(SAMPLE)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """The sample in Oxigraph, to count what the property graph must hold, independently."""
    s = ox.Store()
    s.load(path=SAMPLE, format=ox.RdfFormat.TRIG)
    return s


def sparql_count(store: ox.Store, where: str) -> int:
    rows = list(store.query(PREFIX + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", use_default_graph_as_union=True))
    return int(rows[0]["n"].value)


@pytest.fixture(scope="module")
def kuzu_db(sample: Dataset, tmp_path_factory: pytest.TempPathFactory) -> kuzu.Connection:
    folder = tmp_path_factory.mktemp("kuzu") / "kg"
    export(sample, "kuzu", folder)
    script = (folder / "schema.cypher").read_text(encoding="utf-8")
    # the COPY paths are relative to the folder, as a user runs it; make them absolute here
    script = re.sub(r"FROM '((?:nodes|edges)/[^']+)'", lambda m: f"FROM '{folder / m.group(1)}'", script)
    conn = kuzu.Connection(kuzu.Database(str(folder.parent / "db.kuzu")))
    conn.execute(script)
    return conn


def rows(conn: kuzu.Connection, query: str) -> list[list[object]]:
    result = conn.execute(query)
    assert not isinstance(result, list)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def test_kuzu_holds_every_entity_and_event(kuzu_db: kuzu.Connection, store: ox.Store) -> None:
    for label in ("Person", "Organization", "Place"):
        expected = sparql_count(store, f"SELECT DISTINCT ?e WHERE {{ ?e a kg:{label} }}")
        assert rows(kuzu_db, f"MATCH (n:{label}) RETURN count(n)") == [[expected]]
    assert rows(kuzu_db, "MATCH (n:Event) RETURN count(n)") == [[sparql_count(store, "SELECT DISTINCT ?e WHERE { ?e a kg:Event }")]]


def test_kuzu_holds_one_edge_per_fact(kuzu_db: kuzu.Connection, store: ox.Store) -> None:
    for prop, rel in (("founded", "FOUNDED"), ("worksFor", "WORKS_FOR"), ("studiedAt", "STUDIED_AT"), ("headquarteredIn", "HEADQUARTERED_IN")):
        expected = sparql_count(store, f"SELECT DISTINCT ?s ?o WHERE {{ ?s kg:{prop} ?o }}")
        assert rows(kuzu_db, f"MATCH ()-[r:{rel}]->() RETURN count(r)") == [[expected]], rel
    participants = sparql_count(store, "SELECT DISTINCT ?e ?a WHERE { ?e kg:participant ?a }")
    assert rows(kuzu_db, "MATCH (:Event)-[r:PARTICIPANT]->() RETURN count(r)") == [[participants]]
    assert rows(kuzu_db, "MATCH (:Event)-[r:AT_PLACE]->(p:Place) RETURN p.name") == [["深圳"]]


def test_kuzu_answers_who_founded_what(kuzu_db: kuzu.Connection) -> None:
    answer = rows(kuzu_db, "MATCH (p:Person)-[:FOUNDED]->(o:Organization) RETURN p.name_en, o.name_zh ORDER BY p.name_en")
    assert answer == [["Ma Huateng", "腾讯"], ["Zhang Yiming", "字节跳动"], ["Zhang Zhidong", "腾讯"]]


def test_kuzu_gives_the_evidence_of_a_fact(kuzu_db: kuzu.Connection) -> None:
    [[confidence, statements, rule, evidence, title, time]] = rows(
        kuzu_db,
        "MATCH (p:Person {name_zh: '马化腾'})-[f:FOUNDED]->(o:Organization) "
        "RETURN f.confidence, f.statements, f.rule, f.evidence, f.document_title, f.time",
    )
    # two statements: the best (0.95, bytedance.txt) first, both sentences, the time of the timed one
    assert (confidence, statements, rule, title, time) == (0.95, 2, "founded.founder_of", "bytedance.txt", "1998")
    assert evidence == "马化腾是腾讯的创始人。 | 1998 年，马化腾与张志东在深圳创立了腾讯。"
    [[role, sentence]] = rows(kuzu_db, "MATCH (:Person)-[w:WORKS_FOR]->(:Organization) RETURN w.role, w.evidence")
    assert role == "董事会主席"
    assert sentence == '马化腾现任腾讯董事会主席， 腾讯总部位于“深圳”, 南山区 "科技园"。'  # newline → space


def test_kuzu_node_properties(kuzu_db: kuzu.Connection) -> None:
    [[name, zh, en, aliases, wikidata, subtype, founded]] = rows(
        kuzu_db,
        "MATCH (o:Organization {name_en: 'Tencent'}) RETURN o.name, o.name_zh, o.name_en, o.aliases, o.wikidata, o.subtype, o.founding_date",
    )
    assert (name, zh, en, aliases, wikidata, subtype, founded) == ("腾讯", "腾讯", "Tencent", "腾讯公司", "Q860580", "Company", "1998")
    [[start, end, approximate]] = rows(kuzu_db, "MATCH (:Person)-[s:STUDIED_AT]->() RETURN s.start, s.`end`, s.approximate")
    assert (start, end, approximate) == ("2001", "2005", True)
    roles = rows(kuzu_db, "MATCH (e:Event {name: '创立腾讯'})-[r:PARTICIPANT]->(n) RETURN n.name, r.role ORDER BY n.name")
    assert roles == [["张志东", "founder"], ["腾讯", "organization"], ["马化腾", "founder"]]


NEO4J_TYPES = {"", "int", "long", "float", "double", "boolean", "string", "string[]"}


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def test_neo4j_files_follow_the_import_header_rules(sample: Dataset, tmp_path: Path) -> None:
    folder = tmp_path / "neo4j"
    result = export(sample, "neo4j", folder)
    csvs = sorted(folder.rglob("*.csv"))
    assert {p.parent.name for p in csvs} == {"nodes", "edges"}
    total = 0
    for path in csvs:
        table = _csv(path)
        header = table[0]
        if path.parent.name == "nodes":
            assert header[0] == "id:ID"
        else:
            assert header[:2] == [":START_ID", ":END_ID"]
        for field in header:
            if not field.startswith(":") and field != "id:ID":
                name, _, kind = field.partition(":")
                assert re.fullmatch(r"[a-z_]+", name) and kind in NEO4J_TYPES, field
        assert all(len(row) == len(header) for row in table[1:]), path
        assert path.read_text(encoding="utf-8").count("\n") == len(table)  # one line per row: no newline in a cell
        total += len(table) - 1
    assert result.count == total


def test_neo4j_scripts_name_every_file(sample: Dataset, tmp_path: Path) -> None:
    folder = tmp_path / "neo4j"
    export(sample, "neo4j", folder)
    csvs = {str(p.relative_to(folder)) for p in folder.rglob("*.csv")}
    admin = (folder / "import.sh").read_text(encoding="utf-8")
    named = re.findall(r"--(?:nodes|relationships)=[\w:]+=(\S+) ", admin)
    assert sorted(named) == sorted(csvs)
    assert "--nodes=Entity:Person=nodes/Person.csv" in admin and "--relationships=FOUNDED=edges/FOUNDED__Person__Organization.csv" in admin
    cypher = (folder / "import.cypher").read_text(encoding="utf-8")
    assert sorted(re.findall(r"LOAD CSV WITH HEADERS FROM 'file:///kg/([^']+)'", cypher)) == sorted(csvs)
    assert cypher.count("MERGE (a)-[r:`FOUNDED`]->(b)") == 1


def test_neo4j_and_kuzu_share_the_csvs(sample: Dataset, tmp_path: Path) -> None:
    export(sample, "neo4j", tmp_path / "neo4j")
    export(sample, "kuzu", tmp_path / "kuzu")
    for path in (tmp_path / "neo4j").rglob("*.csv"):
        assert path.read_bytes() == (tmp_path / "kuzu" / path.relative_to(tmp_path / "neo4j")).read_bytes()


def test_folder_export_replaces_an_earlier_export_but_not_other_folders(sample: Dataset, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    export(sample, "kuzu", folder)
    stale = folder / "nodes" / "Stale.csv"
    stale.write_text("id:ID\n", encoding="utf-8")
    export(sample, "kuzu", folder)
    assert not stale.exists() and (folder / "schema.cypher").is_file()
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="other files"):
        export(sample, "neo4j", other)
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary leftovers
