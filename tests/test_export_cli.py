"""``kg export`` on the command line, and docs/export.md kept true."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.cli import main
from kg.export import ALIASES, FORMATS

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "export_sample.trig"
DOC = ROOT / "docs" / "export.md"

pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")


def test_export_to_a_file_and_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "graph.nt"
    assert main(["export", str(SAMPLE), "--to", "nt", "-o", str(out)]) == 0
    assert f"wrote {out} (" in capsys.readouterr().err
    assert main(["export", str(SAMPLE), "--to", "ntriples", "-o", "-"]) == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")


def test_default_output_is_under_out_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(SAMPLE), "--to", "gexf"]) == 0
    assert main(["export", str(SAMPLE), "--to", "csv"]) == 0
    assert (tmp_path / "out" / "export" / "graph.gexf").is_file()
    assert (tmp_path / "out" / "export" / "csv" / "facts.csv").is_file()


def test_exported_files_are_readable_by_others(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    assert main(["export", str(SAMPLE), "--to", "turtle", "-o", str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "excel"], "unknown export format 'excel'"),
        (["--to", "neo4j", "--layer", "truthy"], "--layer applies to the RDF formats only"),
        (["--to", "csv", "--with-ontology"], "--with-ontology applies to the RDF formats only"),
        (["--to", "neo4j", "-o", "-"], "writes a folder of files"),
    ],
)
def test_bad_options_are_one_line_errors(args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SAMPLE), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and message in err and err.count("\n") == 1


def test_missing_or_broken_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "none.trig"), "--to", "turtle", "-o", str(tmp_path / "x.ttl")]) == 1
    assert "no such graph file" in capsys.readouterr().err
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> {", encoding="utf-8")
    assert main(["export", str(bad), "--to", "turtle", "-o", str(tmp_path / "x.ttl")]) == 1
    assert capsys.readouterr().err.startswith("kg: error:")
    assert not (tmp_path / "x.ttl").exists()


def test_every_format_is_documented_with_its_loading_command() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for name in FORMATS:
        assert f"--to {name}" in doc, name
    for alias in ALIASES:
        assert f"`{alias}`" in doc, alias
    for tool_command in ("neo4j-admin database import full", "LOAD CSV", "kuzu.Database", "Gephi", "GraphDB", "Fuseki", "oxigraph load", "kg validate"):
        assert tool_command in doc, tool_command


def test_a_store_exports_like_the_file_it_was_built_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.rdf.io import read_dataset
    from kg.store import save_dataset

    # Oxigraph stores xsd:nonNegativeInteger as xsd:integer: keep to what it stores unchanged
    source = tmp_path / "sample.trig"
    source.write_text(SAMPLE.read_text(encoding="utf-8").replace("^^xsd:nonNegativeInteger", ""), encoding="utf-8")
    save_dataset(tmp_path / "store", read_dataset(source))
    for fmt in ("trig", "jsonld", "gexf"):
        assert main(["export", str(source), "--to", fmt, "-o", str(tmp_path / f"file.{fmt}")]) == 0
        assert main(["export", str(tmp_path / "store"), "--to", fmt, "-o", str(tmp_path / f"store.{fmt}")]) == 0
        assert (tmp_path / f"file.{fmt}").read_bytes() == (tmp_path / f"store.{fmt}").read_bytes(), fmt
    assert main(["export", str(tmp_path / "store"), "--to", "csv", "-o", str(tmp_path / "tables")]) == 0
    assert (tmp_path / "tables" / "facts.csv").read_text(encoding="utf-8-sig").count("\n") == 1 + 7  # header + facts
