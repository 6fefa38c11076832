"""JSON lines in and out: documents from ``{id, text}`` lines, and extractions in doccano's
relation-extraction shape (``entities`` with offsets and labels, ``relations`` by entity id),
so a person can load our output into an annotation tool, correct it and measure on it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Document, Extraction, Resolution
from kg.rdf.mapping import Iris
from kg.text import read_document


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for every non-empty line; each record must carry a "text" string."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as UTF-8 JSON lines ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{path}:{number}: each line needs a \"text\" string (and an \"id\")")
        yield number, record


def read_jsonl_documents(path: str, date: str = "") -> Iterator[Document]:
    for number, record in iter_jsonl(path):
        doc_id = str(record.get("id", f"{Path(path).stem}-{number}"))
        if record["text"].strip():
            yield read_document(doc_id, text=record["text"], date=date, source_id=doc_id)


def extraction_record(x: Extraction, resolution: Resolution, base: str) -> dict[str, Any]:
    """One document in doccano's relation shape, plus our fields (subtype, text, entity IRI)."""
    iris = Iris(base)
    by_id = {e.id: e for e in resolution.entities}
    entities = []
    index: dict[tuple[int, int], int] = {}
    for n, m in enumerate(x.mentions):
        entity_id = resolution.entity_of(x.document.id, m)
        entity = by_id.get(entity_id) if entity_id else None
        index[(m.start, m.end)] = n
        record: dict[str, Any] = {
            "id": n,
            "label": m.top,
            "start_offset": m.start,
            "end_offset": m.end,
            "subtype": m.type,
            "text": m.text,
            "source": m.source,
        }
        if entity is not None:
            record["entity"] = str(iris.entity(entity))
        if m.time is not None:
            record["time"] = {k: v for k, v in vars(m.time).items() if v and k != "text"}
        entities.append(record)
    relations = []
    for n, r in enumerate(x.relations):
        relation: dict[str, Any] = {
            "id": n,
            "from_id": index[(r.subject.start, r.subject.end)],
            "to_id": index[(r.object.start, r.object.end)],
            "type": r.predicate,
            "confidence": r.confidence,
            "rule": r.rule,
            "sentence": r.sentence,
        }
        if r.role:
            relation["role"] = r.role
        relations.append(relation)
    return {
        "id": x.document.source or x.document.id,
        "doc": x.document.id,
        "text": x.document.text,
        "entities": entities,
        "relations": relations,
    }
