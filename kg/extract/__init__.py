"""``extract(document, resources)``: the per-document pipeline, in one straight line.

Pure and per document (no corpus state), so it runs in parallel processes or on a cluster::

    tokens → mentions (gazetteer | Latin | titles | names | teams | suffix | addresses | POS | pronouns | times)
           → one overlap policy → bilingual pairs → classifiers (是一家) → short names (以下简称)
           → a person's name found once found everywhere in the document → relations (a sentence with no subject of its own
             goes on about the topic of the one before) → coreference → kinship composed → events → countries that only modify a word dropped
"""

from __future__ import annotations

import re
from collections import defaultdict

from kg.extract.attributes import attributive_countries
from kg.extract.birthplaces import split_birthplaces
from kg.extract.coref import resolve_pronouns
from kg.extract.events import events_from_relations, events_from_triggers
from kg.extract.grammar import compiled_grammar
from kg.extract.kinship import compose
from kg.extract.mentions import (
    ALIAS_SOURCE,
    classified,
    latter_former_typed,
    link_aliases,
    link_pairs,
    pronoun_mentions,
    schools_of_departments,
    select_mentions,
    sentence_mentions,
    without_parts_of_schools,
    without_pronouns_before_names,
    without_unnamed_addresses,
)
from kg.extract.relations import couple_of, overruled, read_sentence
from kg.extract.repeated_names import repeated_names
from kg.extract.short_names import declared_short_names, short_name_mentions
from kg.extract.teams import team_nationals
from kg.extract.time import find_times
from kg.model import Document, Event, Extraction, Mention, Relation, Sentence, Token
from kg.resources import Resources

__all__ = ["extract"]

_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")  # between two paragraphs


def extract(doc: Document, res: Resources) -> Extraction:
    """Mentions, relations, coreference and events of one document.

    >>> from kg.resources import default_resources
    >>> from kg.text import read_document
    >>> doc = read_document("bio.txt", text="屠呦呦毕业于北京医学院药学系。")
    >>> [(r.subject.text, r.predicate, r.object.text) for r in extract(doc, default_resources()).relations]
    [('屠呦呦', 'studiedAt', '北京医学院')]
    """
    text = doc.text
    mentions: list[Mention] = []
    relations: list[Relation] = []
    trigger_events: list[Event] = []
    short_names: dict[str, Mention] = {}  # declared short names (以下简称 X) → their first mention
    grammar = compiled_grammar(res)
    departments = grammar.department_endings
    found: list[list[Mention]] = []
    tokens_of: list[list[Token]] = []
    for sentence in doc.sentences:
        s, e, i = sentence.start, sentence.end, sentence.index
        tokens = res.segmenter.tokens(text, s, e)
        candidates = [
            *sentence_mentions(text, s, e, i, tokens, res),
            *pronoun_mentions(tokens, i, res),
            *find_times(text, s, e, i, res.time_words, doc.date),
            *short_name_mentions(text, s, e, i, short_names),
        ]
        candidates = schools_of_departments(candidates, grammar.school_heads, grammar.school_parts)
        selected = without_parts_of_schools(select_mentions(candidates, departments, grammar.department_lookalikes), grammar.school_heads, grammar.school_parts)
        selected = without_pronouns_before_names(selected)
        chosen = classified(text, link_aliases(text, link_pairs(text, selected, res), res), grammar.people_of_bodies)
        found.append(declared_short_names(text, chosen, short_names, e))
        tokens_of.append(tokens)
    found = latter_former_typed(without_unnamed_addresses(repeated_names(text, found, tokens_of, [sentence.index for sentence in doc.sentences], grammar)))
    carried: Mention | None = None  # the topic of the sentence before, for one with no subject of its own
    couple: tuple[Mention, Mention] | None = None  # the two people the sentence before married, for 两人 opening the next
    previous: Sentence | None = None
    topics: dict[int, Mention] = {}
    for sentence, chosen in zip(doc.sentences, found, strict=True):
        s, e, i = sentence.start, sentence.end, sentence.index
        chosen = split_birthplaces(text, chosen, res, grammar)  # 出生于美国加利福尼亚州: the country and the place in it
        mentions.extend(chosen)
        if previous is not None and (previous.turn != sentence.turn or _BLANK_LINE.search(text, previous.end, s) is not None):
            carried = couple = None  # a new paragraph or another speaker's turn: no topic goes on
        stated, carried = read_sentence(text, s, e, i, [m for m in chosen if m.source != ALIAS_SOURCE], res.relation_rules, carried, couple)
        relations.extend(stated)
        couple, previous = couple_of(stated, getattr(res.relation_rules, "kin_paths", None)), sentence
        if carried is not None and carried.top == "Person":
            topics[i] = carried  # the person sentence i was about, for a pronoun opening the next (kg.extract.coref)
        trigger_events.extend(events_from_triggers(text, s, e, i, chosen, res.event_rules))
    coreferences = tuple(resolve_pronouns(doc, mentions, relations, topics))
    # no fact relates someone to themselves: a pronoun resolved to the subject (某某娶了……他) drops it
    antecedent = {c.mention: c.antecedent for c in coreferences}
    relations = [r for r in relations if antecedent.get(r.subject, r.subject).text != antecedent.get(r.object, r.object).text]
    relations = compose(relations, getattr(res.relation_rules, "kin_paths", {}), antecedent)  # 爷爷 X, 姑姑 Y: Y is X's child
    relations = overruled(relations, res.relation_rules)  # 国籍：某国 overrules 出生于另一国
    for country, fact in list(team_nationals(relations, res.gazetteer, getattr(res.relation_rules, "national_teams", ()))):
        if country is not None:
            mentions.append(country)  # 入选墨西哥国家队: the team's country, inside the team's name
        relations.append(fact)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    events = [*events_from_relations(relations, by_sentence, res.event_rules), *trigger_events]
    countries = {m.sentence for m in mentions if m.type == "Country" or m.key in grammar.attribute_regions}
    if countries:  # 德国汽车: read by the relations (某某是法国人), then no place of its own
        words = [t for sentence, tokens in zip(doc.sentences, tokens_of, strict=True) if sentence.index in countries for t in tokens]
        attributes = attributive_countries(
            text, mentions, relations, events, coreferences, {t.start: t for t in words}, {t.end: t for t in words},
            grammar.before_places, grammar.attribute_keep_after, grammar.attribute_tags, grammar.attribute_regions,
        )
        mentions = [m for m in mentions if m not in attributes]
    return Extraction(doc, tuple(mentions), coreferences, tuple(relations), tuple(events))
