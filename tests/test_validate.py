"""``kg validate``: the demo graph passes; a graph broken on purpose fails with a readable report."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.rdf.io import read_dataset
from kg.validate import format_report, validate_dataset

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "export_sample.trig"

pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")


def broken(tmp_path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in [
        ('kg:confidence 0.9 ; kg:rule "founded.chuangli"', 'kg:confidence 1.5 ; kg:rule "founded.chuangli"'),  # statement st:a1
        ('rdfs:label "Tencent"@en ,', 'rdfs:label "Tencent"@en , "Tencent Holdings"@en ,'),  # two English labels
    ]:
        assert text.count(old) == 1
        text = text.replace(old, new)
    path = tmp_path / "broken.trig"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_demo_graph_conforms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "graph.trig"
    assert main(["build", str(ROOT / "data" / "samples"), "-q", "-o", str(graph)]) == 0
    capsys.readouterr()
    assert main(["validate", str(graph)]) == 0
    assert "conforms to the SHACL shapes" in capsys.readouterr().out


def test_the_sample_conforms() -> None:
    report = validate_dataset(read_dataset(SAMPLE))
    assert report.conforms and report.violations == () and report.triples > 100


def test_a_broken_graph_fails_with_the_entity_and_its_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = broken(tmp_path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: 2 violations of the SHACL shapes")
    assert "Statement “马化腾 kg:founded 腾讯”" in out
    assert "kg:confidence = " in out and "1.5" in out
    assert "evidence: “1998 年，马化腾与张志东在深圳创立了腾讯。” (tencent.txt)" in out
    assert "Company “腾讯”" in out and "at most one per language" in out
    assert "Traceback" not in out


def test_report_fields(tmp_path: Path) -> None:
    report = validate_dataset(read_dataset(broken(tmp_path)))
    assert not report.conforms
    by_focus = {v.focus.rsplit("/", 1)[-1]: v for v in report.violations}
    assert set(by_focus) == {"a1", "tencent"}
    statement = by_focus["a1"]
    assert (statement.kind, statement.path, statement.severity, statement.document) == ("Statement", "kg:confidence", "Violation", "tencent.txt")
    entity = by_focus["tencent"]
    assert (entity.kind, entity.path) == ("Company", "rdfs:label")
    assert entity.evidence  # a sentence that mentions the entity
    assert format_report(report, "x") == format_report(report, "x")


def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "missing.trig")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and err.count("\n") == 1
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    assert capsys.readouterr().err.startswith("kg: error:")
