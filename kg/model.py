"""The values that flow through the pipeline: frozen, hashable, offsets into the untouched text.

Every span is half-open ``[start, end)`` in code points of ``Document.text`` and satisfies
``doc.text[x.start:x.end] == x.text``. This module imports nothing else from ``kg``. The values
made by the hundred thousand per megabyte (sentences, tokens, mentions, relations, coreferences)
are slotted: attribute reads are the extraction's commonest operation (about 5% of its time).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Top-level classes and their subtypes (local names in the kg: ontology).
TOP_TYPES: tuple[str, ...] = ("Person", "Organization", "Place", "Work", "Product", "Event", "Time")
SUBTYPES: dict[str, str] = {
    "Person": "Person",
    "Organization": "Organization",
    "Company": "Organization",
    "EducationalOrganization": "Organization",
    "GovernmentOrganization": "Organization",
    "Community": "Organization",
    "ResearchProject": "Organization",
    "Place": "Place",
    "Country": "Place",
    "City": "Place",
    "Region": "Place",
    "Work": "Work",
    "Software": "Work",
    "Publication": "Work",
    "Product": "Product",
    "Time": "Time",
}


def top_type(subtype: str) -> str:
    """The top-level class of a (sub)type: ``top_type("City") == "Place"``.

    >>> top_type("EducationalOrganization")
    'Organization'
    """
    return SUBTYPES[subtype]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    turn: str = ""  # "question", "answer" or "" (not an interview turn)


@dataclass(frozen=True)
class Document:
    id: str  # stable: first 16 hex digits of the SHA-256 of the text
    text: str
    sentences: tuple[Sentence, ...]
    title: str = ""
    date: str = ""  # ISO date when known (front matter or --date)
    source: str = ""  # external id (a file name, or the `id` of a JSON line)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    pos: str
    start: int
    end: int


@dataclass(frozen=True)
class TimeValue:
    """A normalized time: ISO values (``2016``, ``2016-05``, ``2016-05-03``) or empty."""

    text: str
    value: str = ""  # single point
    begin: str = ""
    end: str = ""
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    type: str  # a subtype name from SUBTYPES ("Time" for times)
    start: int
    end: int
    sentence: int
    source: str  # gazetteer | pos | name | latin | suffix | registered | maker | pair | alias | pronoun | time | context …
    key: str = ""  # gazetteer id, when the mention came from (or matched) the gazetteer
    alt: str = ""  # a bilingual partner form: "托马斯·沃尔夫 (Thomas Wolf)" → alt "Thomas Wolf"
    time: TimeValue | None = None

    @property
    def top(self) -> str:
        return SUBTYPES[self.type]  # (top_type without its call: the readers ask it of every mention, time and again)


@dataclass(frozen=True, slots=True)
class Coreference:
    """A pronoun (or other anaphor) mention and the mention it stands for."""

    mention: Mention
    antecedent: Mention
    rule: str


@dataclass(frozen=True, slots=True)
class Relation:
    subject: Mention
    predicate: str  # local name of a kg: relation property
    object: Mention
    sentence: int
    confidence: float
    rule: str
    role: str = ""
    time: TimeValue | None = None


@dataclass(frozen=True)
class Event:
    type: str  # Founding, Education, Employment, Meeting, Trip, Interview, Acquisition, ...
    trigger: Mention  # the trigger words (type "Event")
    arguments: tuple[tuple[str, Mention], ...]  # (role, mention)
    sentence: int
    confidence: float
    rule: str
    time: TimeValue | None = None
    place: Mention | None = None


@dataclass(frozen=True)
class Extraction:
    document: Document
    mentions: tuple[Mention, ...]
    coreferences: tuple[Coreference, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Entity:
    id: str  # slug under entity/{kind}/
    type: str  # most specific subtype
    labels: tuple[tuple[str, str], ...]  # (lang, label): at most one per language
    aliases: tuple[str, ...] = ()
    wikidata: str = ""

    @property
    def top(self) -> str:
        return top_type(self.type)


@dataclass(frozen=True)
class Resolution:
    """Corpus-wide: the entities, and for each (document id, start, end) of a mention, its entity."""

    entities: tuple[Entity, ...]
    links: dict[tuple[str, int, int], str] = field(default_factory=dict, hash=False, compare=False)

    def entity_of(self, doc_id: str, mention: Mention) -> str | None:
        return self.links.get((doc_id, mention.start, mention.end))
