"""Events as nodes: from relations (a founding, a course of study, a job …) and from trigger
words that make an event on their own (融资, 会见, 采访). Types and roles are data
(``data/patterns/events.toml``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from kg.model import Event, Mention, Relation, TimeValue

_PLACES = ("Place", "Country", "City", "Region")


def events_from_relations(relations: Sequence[Relation], mentions_by_sentence: Mapping[int, Sequence[Mention]], rules: Mapping[str, Any]) -> Iterator[Event]:
    by_relation: Mapping[str, Any] = rules.get("relation", {})
    for rel in relations:
        spec = by_relation.get(rel.rule) or by_relation.get(rel.predicate)
        if not spec:
            continue
        sentence_mentions = mentions_by_sentence.get(rel.sentence, ())
        place = next(
            (m for m in sentence_mentions if m.type in _PLACES and m is not rel.object and m is not rel.subject),
            rel.object if rel.object.type in _PLACES else None,
        )
        trigger = Mention(rel.predicate, "Event", rel.subject.start, rel.subject.end, rel.sentence, "rule")
        yield Event(
            type=spec["type"],
            trigger=trigger,
            arguments=((spec["subject_role"], rel.subject), (spec["object_role"], rel.object)),
            sentence=rel.sentence,
            confidence=min(rel.confidence, float(spec.get("confidence", rel.confidence))),
            rule=rel.rule,
            time=rel.time,
            place=place,
        )


def events_from_triggers(text: str, start: int, end: int, sentence: int, mentions: Sequence[Mention], rules: Mapping[str, Any]) -> Iterator[Event]:
    """One event per trigger rule whose word occurs in the sentence, with the named participants."""
    sentence_text = text[start:end]
    for spec in rules.get("trigger", []):
        word = next((w for w in spec["words"] if w in sentence_text), None)
        if word is None:
            continue
        participants = tuple(
            ("participant", m) for m in mentions if m.type in spec["roles"] and m.source != "pronoun"
        )
        if not participants:
            continue
        at = start + sentence_text.index(word)
        times = [m.time for m in mentions if m.time is not None]
        time: TimeValue | None = times[0] if len(times) == 1 else None
        place = next((m for m in mentions if m.type in _PLACES), None)
        trigger = Mention(word, "Event", at, at + len(word), sentence, "trigger")
        yield Event(spec["type"], trigger, participants, sentence, float(spec.get("confidence", 0.6)), f"event.{spec['type']}.trigger", time, place)
