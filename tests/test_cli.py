"""The command line: builds, JSON lines, stats, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.rdf.io import read_dataset

from .conftest import SAMPLE, TEXTS

BIO = "张伟，1980年出生于杭州，2002年毕业于浙江大学。2010年，张伟在上海创立了一家公司。"


def _kg(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, timeout=120)


def test_build_writes_every_output_and_prints_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    trig, ttl, nq = tmp_path / "g.trig", tmp_path / "g.ttl", tmp_path / "g.nq"
    assert main(["build", str(SAMPLE), "-o", str(trig), "-o", str(ttl), "-o", str(nq)]) == 0
    out = capsys.readouterr().out
    for heading in ("Entities per type:", "Relations per predicate:", "Events:", "Most connected entities:"):
        assert heading in out
    assert "Julien Chaumond" in out
    quads = read_dataset(trig)
    assert len(read_dataset(nq)) == len(quads)
    assert len(read_dataset(ttl)) <= len(quads)


def test_build_reads_folders_recursively(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "bio.md").write_text(BIO, encoding="utf-8")
    (tmp_path / "in" / "skip.csv").write_text("a,b", encoding="utf-8")
    out = tmp_path / "g.trig"
    assert main(["build", str(tmp_path / "in"), "-o", str(out)]) == 0
    assert "1 document(s)" in capsys.readouterr().out


def test_stats_on_a_graph_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "g.trig"
    main(["build", str(TEXTS), "-q", "-o", str(out)])
    assert main(["stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert "3 document(s)" in text and "studiedAt" in text


def test_stdin_and_relative_dates() -> None:
    done = _kg("extract", "-", "--date", "2024-05-01", stdin="两年前，张伟毕业于浙江大学。".encode())
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    times = [e for e in record["entities"] if e["label"] == "Time"]
    assert times[0]["time"]["value"] == "2022"


def test_extract_jsonl_is_in_doccanos_relation_shape(tmp_path: Path) -> None:
    gold = tmp_path / "in.jsonl"
    gold.write_text(json.dumps({"id": "bio-1", "text": BIO}, ensure_ascii=False) + "\n", encoding="utf-8")
    done = _kg("extract", str(gold), "--input-format", "jsonl")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["id"] == "bio-1" and record["text"] == BIO
    entities = {e["id"]: e for e in record["entities"]}
    for e in entities.values():
        assert BIO[e["start_offset"] : e["end_offset"]] == e["text"]
        assert e["label"] in ("Person", "Organization", "Place", "Work", "Product", "Event", "Time")
    facts = {(entities[r["from_id"]]["text"], r["type"], entities[r["to_id"]]["text"]) for r in record["relations"]}
    assert ("张伟", "studiedAt", "浙江大学") in facts
    assert all({"id", "from_id", "to_id", "type", "confidence", "rule"} <= r.keys() for r in record["relations"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03binary\x00\x00" * 100, "binary"),
        ("中文".encode() + b"\xff\xfe\xfa" + "混合编码".encode("gbk") + "中文".encode(), "convert it to UTF-8"),
    ],
    ids=["empty", "binary", "mixed-encoding"],
)
def test_bad_input_is_one_line_and_keeps_previous_output(tmp_path: Path, content: bytes, message: str) -> None:
    good, bad, out = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "g.trig"
    good.write_text(BIO, encoding="utf-8")
    bad.write_bytes(content)
    assert _kg("build", str(good), "-q", "-o", str(out)).returncode == 0
    before = out.read_bytes()
    done = _kg("build", str(good), str(bad), "-q", "-o", str(out))
    assert done.returncode == 1
    err = done.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("kg: error:") and message in err, err
    assert "Traceback" not in err
    assert out.read_bytes() == before


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_build(tmp_path: Path, encoding: str) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes(BIO.encode(encoding))
    done = _kg("extract", str(src))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == BIO


def test_very_long_line_without_punctuation(tmp_path: Path) -> None:
    src = tmp_path / "long.txt"
    src.write_text("张伟毕业于浙江大学" + "很长的文字没有标点" * 20000, encoding="utf-8")
    done = _kg("build", str(src), "-q", "-o", str(tmp_path / "g.trig"))
    assert done.returncode == 0, done.stderr
    assert "studiedAt" in (tmp_path / "g.trig").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "/no/such/file.txt"], "no such file"),
        (["stats", "/no/such/graph.trig"], "no such graph file"),
        (["build", "data/samples", "--date", "yesterday"], "not a date"),
        (["build", "data/samples", "-o", "/tmp/x.unknownext"], "cannot tell the RDF format"),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    done = _kg(*args)
    assert done.returncode != 0
    assert message in done.stderr.decode() and "Traceback" not in done.stderr.decode()


def test_broken_graph_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> this is not turtle", encoding="utf-8")
    done = _kg("stats", str(bad))
    assert done.returncode == 1 and done.stderr.decode().count("\n") == 1
