"""Scoring the extractor against annotated JSON lines (CLUENER-style NER, DuIE-style relations).

NER gold: ``{"id", "text", "entities": [{"start", "end", "type", "text"}]}`` with types PERSON,
ORG, PLACE (end exclusive); spans listed under ``other`` carry labels that are not scored
(CLUENER's scene, book, game …), so a prediction on exactly such a span is neither a hit nor a
false alarm (a scenic spot we call a Place is not wrong because the scheme files it elsewhere).
Relation gold: ``{"id", "text", "relations": [{"subject", "predicate", "object"}]}`` scored on
(subject text, predicate, object text) per sentence. A fact is about entities, not strings: it
matches the gold when the gold names each side by one of the names the sentence gives that
entity in our extraction (the mention's text, or the other form it is paired with: a declared
short or full name, 某某科技有限公司（以下简称某某科技）, or a translation in parentheses,
香奈儿（Chanel）, or a person's other name there, 某某（原名某某）, or a ruler's title and
personal name, together as written too: 宋太祖赵匡胤; a ruler named with the side of the dynasty,
北周宣帝, also without it), or, when the mention is
linked to the gazetteer, one of the names its entry lists (the text's 天津市 is the entry 天津;
the gold may write either), or, for an organization, another name its full name gives it and
entity resolution links to it (杭州某某数字技术股份有限公司 is 某某 and 杭州某某; 加拿大某某大学 is
某某大学; kg.extract.firm_names), or, for a date, as the date it stands for (次年 after 2001年 is
2002年), or, for a place, as written after the country or province it lies in (德国不来梅 is
不来梅). The same fact found under two names of one entity counts once, and
so does the same fact the gold lists under two such names.

``DUIE_PREDICATES`` is the one table that maps DuIE's predicates to ours, with direction and
role; everything else reads it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.extract import extract
from kg.extract.firm_names import names_reader
from kg.extract.names import DYNASTY_SIDES
from kg.jsonl import iter_jsonl
from kg.model import Extraction, Mention, Relation
from kg.resolve import OtherNames
from kg.resources import Gazetteer, Resources
from kg.text import read_document

_WIDER_PLACES = ("Country", "Region")  # what a place may be written after, as one name (德国不来梅)

# Our top-level classes → the gold NER labels.
NER_LABELS = {"Person": "PERSON", "Organization": "ORG", "Place": "PLACE"}


@dataclass(frozen=True)
class DuiePredicate:
    ours: str  # our property
    reverse: bool  # DuIE's subject is our object
    roles: tuple[str, ...] = ()  # required role qualifier, one of these (董事长, 校长)
    symmetric: bool = False


# DuIE predicate → our property. founder: DuIE says (org, founder, person), we say
# (person, founded, org); chairman/principal are worksFor with a role; spouse is symmetric.
DUIE_PREDICATES: dict[str, DuiePredicate] = {
    "founder": DuiePredicate("founded", reverse=True),
    "chairman": DuiePredicate("worksFor", reverse=True, roles=("董事长", "董事局主席", "董事会主席")),
    "principal": DuiePredicate("worksFor", reverse=True, roles=("校长",)),
    "educatedAt": DuiePredicate("studiedAt", reverse=False),
    "headquarters": DuiePredicate("headquarteredIn", reverse=False),
    "inception": DuiePredicate("foundingDate", reverse=False),
    "nationality": DuiePredicate("nationality", reverse=False),
    "spouse": DuiePredicate("spouse", reverse=False, symmetric=True),
    "parent": DuiePredicate("childOf", reverse=False),
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    task: str
    by: dict[str, Score] = field(default_factory=dict)
    lenient: dict[str, Score] = field(default_factory=dict)
    misses: Counter[tuple[str, str]] = field(default_factory=Counter)
    false_alarms: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], str] = field(default_factory=dict)
    bands: dict[str, Score] = field(default_factory=dict)  # confidence band → precision
    documents: int = 0

    def micro(self, scores: dict[str, Score] | None = None) -> Score:
        total = Score()
        for s in (self.by if scores is None else scores).values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    return (record for _, record in iter_jsonl(path))


def _extract(record: dict[str, Any], res: Resources) -> Extraction:
    return extract(read_document(str(record.get("id", "gold")), text=record["text"] or " "), res)


def _band(confidence: float) -> str:
    low = min(int(confidence * 10), 9) / 10
    return f"{low:.1f}–{low + 0.1:.1f}"


def evaluate_ner(records: Iterable[dict[str, Any]], res: Resources) -> Report:
    report = Report("ner")
    for label in NER_LABELS.values():
        report.by[label] = Score()
        report.lenient[label] = Score()
    for record in records:
        report.documents += 1
        text = record["text"]
        gold = {(e["start"], e["end"], e["type"]) for e in record.get("entities", []) if e["type"] in report.by}
        x = _extract(record, res) if text.strip() else None
        unscored = {(e["start"], e["end"]) for e in record.get("other", [])}
        predicted = {
            (m.start, m.end, NER_LABELS[m.top])
            for m in (x.mentions if x else ())
            if m.top in NER_LABELS and m.source != "pronoun" and (m.start, m.end) not in unscored
        }
        for label in report.by:
            g = {s for s in gold if s[2] == label}
            p = {s for s in predicted if s[2] == label}
            score = report.by[label]
            score.tp += len(g & p)
            score.fp += len(p - g)
            score.fn += len(g - p)
            lenient = report.lenient[label]
            lenient.tp += sum(1 for a in p if any(a[0] < b[1] and b[0] < a[1] for b in g))
            lenient.fp += sum(1 for a in p if not any(a[0] < b[1] and b[0] < a[1] for b in g))
            lenient.fn += sum(1 for b in g if not any(a[0] < b[1] and b[0] < a[1] for a in p))
        for s, e, label in gold - predicted:
            report.misses[(text[s:e], label)] += 1
            report.examples.setdefault((text[s:e], label), text)
        for s, e, label in predicted - gold:
            report.false_alarms[(text[s:e], label)] += 1
            report.examples.setdefault((text[s:e], label), text)
    return report


def _names(
    m: Mention, x: Extraction, gazetteer: Gazetteer | None = None, other_names: OtherNames | None = None, cluster: dict[Mention, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """The names of the entity a mention stands for in its sentence: its text (a pronoun's
    antecedent's), the form it is paired with (a declared short or full name, a translation),
    for a mention linked to the gazetteer, the entry's names (天津市 is the entity 天津), and for an
    organization the other names its full name gives it, which resolution links to it (a
    company's trade name: kg.extract.firm_names), and the names of the other mentions resolution
    links to the same entity in the document (``cluster``: 华光集团 and 中国华光集团有限公司 are one
    entity in the graph); none for a pronoun left unresolved (the graph drops it too)."""
    named = next((c.antecedent for c in x.coreferences if c.mention == m), None)
    if named is None:
        if m.source == "pronoun":
            return ()
        named = m
    names = [named.text, named.alt] if named.alt and named.alt != named.text else [named.text]
    text = x.document.text
    if named.alt and named.top == "Person":  # a title and the personal name after it, written as one (某宗某某)
        names += [w for w in (named.text + named.alt, named.alt + named.text) if w in text[max(0, named.start - len(named.alt)) : named.end + len(named.alt)]]
    if named.top == "Place":  # 德国不来梅, 广东·佛山: a place written after the country or province it lies in
        names += [
            text[p.start : named.end] for p in x.mentions
            if p.top == "Place" and p.sentence == named.sentence and p.type in _WIDER_PLACES and text[p.end : named.start] in ("", "·")
        ]
    if named.source == "noble" and len(named.text) >= 4 and named.text[0] in DYNASTY_SIDES:
        names += [n[1:] for n in list(names) if n[:1] in DYNASTY_SIDES]  # 北周宣帝 is also 周宣帝
    entry = gazetteer.entries.get(named.key) if gazetteer is not None and named.key else None
    if entry is not None:
        names += [n for n in entry.names() if n not in names]
    if other_names is not None and named.top == "Organization":
        names += [n for form in list(names) for n in other_names(form) if n not in names]
    if named.time is not None and named.time.value:
        names += [n for n in _date_names(named.time.value) if n not in names]
    if cluster is not None:
        names += [n for n in cluster.get(named, ()) if n not in names]
    return tuple(names)


def _date_names(value: str) -> tuple[str, ...]:
    """A date's value (1993-08) as the text writes it (1993年8月, 1993年08月): a time named from
    another (次年, 当年8月) is the date it stands for.

    >>> _date_names("1993-08-05")
    ('1993年8月5日', '1993年08月05日')
    """
    parts = value.split("-")
    if not all(p.isdigit() for p in parts):
        return ()
    units = ("年", "月", "日")
    plain = "".join(f"{int(p)}{u}" for p, u in zip(parts, units, strict=False))
    padded = "".join(f"{p}{u}" for p, u in zip(parts, units, strict=False))
    return (plain, padded) if padded != plain else (plain,)


def relation_facts(x: Extraction, gazetteer: Gazetteer | None = None, other_names: OtherNames | None = None) -> Iterator[tuple[tuple[str, ...], str, tuple[str, ...], float, Relation]]:
    """Our relations as DuIE facts: (subject's names, DuIE predicate, object's names), the
    mention's own text first; with the gazetteer, an entity's names are those the document's
    resolution gives it (what the graph names it by)."""
    cluster = _clusters(x, gazetteer, other_names) if gazetteer is not None else None
    for rel in x.relations:
        subjects, objects = _names(rel.subject, x, gazetteer, other_names, cluster), _names(rel.object, x, gazetteer, other_names, cluster)
        if not subjects or not objects:
            continue
        for name, spec in DUIE_PREDICATES.items():
            if spec.ours != rel.predicate or (spec.roles and not set(spec.roles) & set(re.split(r"[兼、,，及和]", rel.role))):
                continue
            if not spec.roles and rel.predicate == "worksFor":
                continue
            s, o = (objects, subjects) if spec.reverse else (subjects, objects)
            yield s, name, o, rel.confidence, rel


def _clusters(x: Extraction, gazetteer: Gazetteer, other_names: OtherNames | None) -> dict[Mention, tuple[str, ...]]:
    """Each named mention of the document → the texts of the mentions resolution links to its entity."""
    from kg.resolve import resolve_entities

    resolution = resolve_entities([x], gazetteer, other_names)
    forms: dict[str, dict[str, None]] = {}  # entity → its texts, in the order met (a dict as an ordered set)
    entity_of: dict[Mention, str] = {}
    for m in x.mentions:
        entity = resolution.entity_of(x.document.id, m)
        if entity is not None and m.source != "pronoun":
            entity_of[m] = entity
            forms.setdefault(entity, {}).update(dict.fromkeys(t for t in (m.text, m.alt) if t))
    return {m: tuple(forms[e]) for m, e in entity_of.items()}


def _fact(subject: str, predicate: str, obj: str) -> tuple[str, str, str]:
    """One fact, one key: a symmetric predicate's two directions are the same fact (DuIE lists a
    marriage twice, as 妻子 one way and 丈夫 the other; both are our spouse), counted once.

    >>> _fact("王刚", "spouse", "郑艳东") == _fact("郑艳东", "spouse", "王刚")
    True
    """
    if DUIE_PREDICATES[predicate].symmetric and obj < subject:
        return obj, predicate, subject
    return subject, predicate, obj


def evaluate_relations(records: Iterable[dict[str, Any]], res: Resources) -> Report:
    report = Report("re")
    reader = names_reader(res)
    for name in DUIE_PREDICATES:
        report.by[name] = Score()
    for record in records:
        report.documents += 1
        text = record["text"]
        gold = {_fact(r["subject"], r["predicate"], r["object"]) for r in record.get("relations", []) if r["predicate"] in DUIE_PREDICATES}
        x = _extract(record, res) if text.strip() else None
        # one entry per fact: its key under the mentions' own texts, every key under the
        # entities' names, the best confidence
        predicted: dict[tuple[str, str, str], tuple[float, set[tuple[str, str, str]]]] = {}
        named: dict[tuple[str, str, str], tuple[str, str, str]] = {}  # a key under any name → its fact
        for subjects, name, objects, confidence, _ in relation_facts(x, res.gazetteer, reader) if x else ():
            keys = {_fact(s, name, o) for s in subjects for o in objects}
            fact = next((named[k] for k in sorted(keys) if k in named), _fact(subjects[0], name, objects[0]))
            best, known_keys = predicted.get(fact, (0.0, set()))
            predicted[fact] = (max(confidence, best), known_keys | keys)
            named.update(dict.fromkeys(keys, fact))
        matched: set[tuple[str, str, str]] = set()
        for fact, (confidence, keys) in predicted.items():
            s, name, o = fact
            band = report.bands.setdefault(_band(confidence), Score())
            hit = next((k for k in sorted(keys) if k in gold and k not in matched), None)
            if hit is not None:
                report.by[name].tp += 1
                band.tp += 1
                matched |= {hit, *(keys & gold)}  # the gold's same fact under another name of the entity: one fact
            else:
                report.by[name].fp += 1
                band.fp += 1
                report.false_alarms[(f"{s} —{name}→ {o}", name)] += 1
                report.examples.setdefault((f"{s} —{name}→ {o}", name), text)
        for key in gold - matched:
            s, name, o = key
            report.by[name].fn += 1
            report.misses[(f"{s} —{name}→ {o}", name)] += 1
            report.examples.setdefault((f"{s} —{name}→ {o}", name), text)
    return report


def format_report(report: Report, errors: int = 10) -> str:
    title = "type" if report.task == "ner" else "predicate"
    lines = [f"{report.documents} sentences, task {report.task}", "", f"{title:<14} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>5} {'fp':>5} {'fn':>5}"]
    rows: Sequence[tuple[str, Score]] = [*report.by.items(), ("micro", report.micro())]
    for name, s in rows:
        lines.append(f"{name:<14} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}  {s.tp:>5} {s.fp:>5} {s.fn:>5}")
    if report.lenient:
        m = report.micro(report.lenient)
        lines.append(f"{'lenient micro':<14} {m.precision:>6.3f} {m.recall:>6.3f} {m.f1:>6.3f}  (overlapping spans of the same type)")
    if report.bands:
        lines += ["", "calibration (precision per confidence band; DuIE is not exhaustive, so a lower bound):"]
        for band in sorted(report.bands):
            s = report.bands[band]
            lines.append(f"  {band}  precision {s.precision:.3f}  ({s.tp + s.fp} predictions)")
    if errors:
        for heading, counter in (("most frequent misses", report.misses), ("most frequent false alarms", report.false_alarms)):
            lines += ["", f"{heading}:"]
            for (span, label), n in counter.most_common(errors):
                example = report.examples.get((span, label), "")
                lines.append(f"  {n:>3}× {span} [{label}]  «{example[:80]}»")
    return "\n".join(lines)
