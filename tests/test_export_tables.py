"""CSV tables for spreadsheets and pandas, read back with Python's csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.export import export
from kg.rdf.io import read_dataset

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "export_sample.trig"

pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tables") / "csv"
    ds: Dataset = read_dataset(SAMPLE)
    export(ds, "csv", folder)
    return folder


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def count(where: str) -> int:
    store = ox.Store()
    store.load(path=SAMPLE, format=ox.RdfFormat.TRIG)
    query = f"PREFIX kg: <https://kg.example.org/ontology#>\nSELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    return int(next(iter(store.query(query, use_default_graph_as_union=True)))["n"].value)  # type: ignore[index, arg-type]


def test_files_start_with_a_byte_order_mark_for_excel(tables: Path) -> None:
    for name in ("entities.csv", "facts.csv"):
        assert (tables / name).read_bytes().startswith(b"\xef\xbb\xbf")


def test_entities_table(tables: Path) -> None:
    rows = read(tables / "entities.csv")
    assert list(rows[0]) == ["iri", "type", "subtype", "name", "name_zh", "name_en", "aliases", "wikidata"]
    assert len(rows) == count("SELECT DISTINCT ?e WHERE { VALUES ?t { kg:Person kg:Organization kg:Place kg:Work kg:Product } ?e a ?t }")
    tencent = next(r for r in rows if r["name_en"] == "Tencent")
    assert tencent == {
        "iri": "https://kg.example.org/entity/organization/tencent",
        "type": "Organization",
        "subtype": "Company",
        "name": "腾讯",
        "name_zh": "腾讯",
        "name_en": "Tencent",
        "aliases": "腾讯公司",
        "wikidata": "Q860580",
    }


def test_facts_table(tables: Path) -> None:
    rows = read(tables / "facts.csv")
    assert list(rows[0])[:3] == ["subject", "predicate", "object"]
    assert {"role", "time", "confidence", "evidence", "document"} <= set(rows[0])
    relations = "kg:founded kg:worksFor kg:studiedAt kg:headquarteredIn kg:foundingDate"
    assert len(rows) == count(f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {relations} }} ?s ?p ?o }}")
    ma = next(r for r in rows if r["subject"] == "马化腾" and r["predicate"] == "founded")
    assert (ma["object"], ma["confidence"], ma["statements"], ma["time"], ma["document_title"]) == ("腾讯", "0.95", "2", "1998", "bytedance.txt")
    assert ma["evidence"].split(" | ") == ["马化腾是腾讯的创始人。", "1998 年，马化腾与张志东在深圳创立了腾讯。"]
    assert ma["subject_iri"] == "https://kg.example.org/entity/person/ma-huateng"
    works = next(r for r in rows if r["predicate"] == "worksFor")
    assert works["role"] == "董事会主席"
    date = next(r for r in rows if r["predicate"] == "foundingDate")
    assert (date["subject"], date["object"], date["object_iri"], date["confidence"]) == ("腾讯", "1998", "", "0.8")
