"""Kinship composed: facts between two relatives of the same person.

A sentence often names a person's relatives one after another (``司马某的祖父司马甲，父亲司马乙``;
``黎某，爷爷是黎甲，奶奶是林乙，姑姑黎丙``) and states nothing between them, yet what it says about
them is plain: 司马乙 is 司马甲's child, 黎丙 is the child of 黎甲 and 林乙, who are married. Rules
with the reserved predicate ``kin`` (``data/patterns/relations.toml``) find (person, kin word,
relative); the file's ``[kinship]`` table gives each kin word its path from that person, written
in letters: F father, M mother, S sibling (爷爷 = ``FF``, 姑姑 = ``FS``, 哥哥 = ``S``). This module
composes the paths (C, a child, and W, a spouse, stand alone: 幼子 X is the person's child,
妻子 Y their spouse): B is A's parent when B's path is A's path one generation up (``FF`` above
``F``; a sibling's parents are the person's own: ``FS`` below ``FF``), and the father and mother
on the same path are married. A person's own parents are left to the ``childOf`` rules, which
know the forms that only look like one. A sibling (``S``) is also the child of every parent the
sentence's other rules gave the person (``childOf`` without a kin word), and the person the
child of every parent they gave the sibling (甲是某某的儿子，乙的哥哥: 乙 is 某某's child), and the child of a
person with exactly one spouse named (a ``spouse`` fact, not a former one, 前妻 X, nor a remarriage
that brings the child along, 带着女儿嫁给 X) is that spouse's child too. ``kin`` facts themselves are not published: they are the evidence of the
facts composed here, each of which names its two kin words in its rule id.

>>> from kg.model import Mention
>>> def person(name, at):
...     return Mention(name, "Person", at, at + len(name), 0, "name")
>>> ego, a, b = person("黎丁", 0), person("黎甲", 6), person("黎丙", 12)
>>> facts = [Relation(ego, "kin", a, 0, 0.8, "kin.x", "爷爷"), Relation(ego, "kin", b, 0, 0.8, "kin.x", "姑姑")]
>>> [(r.subject.text, r.predicate, r.object.text, r.rule) for r in compose(facts, {"爷爷": "FF", "姑姑": "FS"})]
[('黎丙', 'childOf', '黎甲', 'kinship.姑姑+爷爷')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from kg.model import Mention, Relation

KIN = "kin"  # the reserved predicate of the rules that find (person, kin word, relative)
FACTOR = 0.9  # a composed fact is a little less certain than the two it rests on
PARENT = "P"  # a parent of unknown sex: a childOf fact of another rule
CHILD = "C"  # a child: a childOf fact of another rule, seen from the parent
SPOUSE = "W"  # a spouse: a spouse fact of another rule
_NO_SURE_PARENT = ("前", "再婚")  # a former spouse (前妻), or one married later (再婚: 带着女儿嫁给某某): no parent of the child


def _parents(path: str) -> tuple[str, ...]:
    """The paths of the parents of the relative at ``path``; a sibling shares the parents of the
    one it is a sibling of (full siblings: the usual reading)."""
    up = path[:-1] if path.endswith("S") else path
    return (up + "F", up + "M") + ((PARENT,) if up == "" else ())


def _same_person(a: Mention, b: Mention) -> bool:
    """Two mentions that may name one person: one's other name is the other's, or one holds the
    other (明宣宗 / 明宣宗朱瞻基)."""
    return a.alt == b.text or b.alt == a.text or a.text in b.text or b.text in a.text


def _without_coparents_as_kin(relations: Sequence[Relation], who: Mapping[Mention, Mention]) -> Sequence[Relation]:
    """``relations`` without a childOf fact of one person to another when both are the two parents
    of a third in the same sentence.

    >>> from kg.model import Mention
    >>> kid, dad, mum = (Mention(t, "Person", k * 4, k * 4 + 3, 0, "name") for k, t in enumerate(("林德安", "林国威", "邱美华")))
    >>> facts = [Relation(kid, "childOf", dad, 0, 0.85, "a"), Relation(kid, "childOf", mum, 0, 0.75, "b"), Relation(dad, "childOf", mum, 0, 0.75, "c")]
    >>> [(r.subject.text, r.object.text) for r in _without_coparents_as_kin(facts, {})]
    [('林德安', '林国威'), ('林德安', '邱美华')]
    """
    parents: dict[tuple[int, str], set[str]] = defaultdict(set)
    for r in relations:
        if r.predicate == "childOf":
            parents[(r.sentence, who.get(r.subject, r.subject).text)].add(who.get(r.object, r.object).text)
    pairs = {(n, a, b) for (n, _), ps in parents.items() if len(ps) == 2 for a in ps for b in ps if a != b}  # (three "parents": one is wrong, which is not known)
    if not pairs:
        return relations
    return [
        r for r in relations
        if not (r.predicate == "childOf" and (r.sentence, who.get(r.subject, r.subject).text, who.get(r.object, r.object).text) in pairs)
    ]


def compose(relations: Sequence[Relation], paths: Mapping[str, str], antecedent: Mapping[Mention, Mention] | None = None) -> list[Relation]:
    """The relations without their ``kin`` facts, plus the facts those compose, sentence by
    sentence (none that another rule already states in that sentence). ``antecedent`` names the
    person a pronoun stands for (他的父亲 X, 他的姐姐 Y: the same person's relatives). A child
    fact between two people the same sentence names as one child's two parents is dropped (某某的父亲
    是甲，母亲是乙: 乙 is no mother of 甲's, whatever a clause's rule read)."""
    who = antecedent or {}
    relations = _without_coparents_as_kin(relations, who)
    kept = [r for r in relations if r.predicate != KIN]
    relatives: dict[tuple[int, str], list[tuple[str, Mention, Relation]]] = defaultdict(list)  # person → (path, relative, fact)

    def person(m: Mention) -> tuple[int, str]:
        return m.sentence, who.get(m, m).text

    for r in relations:
        if r.predicate == KIN and r.role in paths:
            relatives[person(r.subject)].append((paths[r.role], r.object, r))
        elif r.predicate == "childOf":
            relatives[person(r.subject)].append((PARENT, r.object, r))
            relatives[person(r.object)].append((CHILD, r.subject, r))
        elif r.predicate == "spouse" and not r.role.startswith(_NO_SURE_PARENT):  # 前妻 X: a former spouse is no child's sure parent
            relatives[person(r.subject)].append((SPOUSE, r.object, r))
            relatives[person(r.object)].append((SPOUSE, r.subject, r))
    if not any(r.predicate == KIN for r in relations) and not any(
        {p for p, _, _ in known} >= {CHILD, SPOUSE} or sum(p == PARENT for p, _, _ in known) >= 2 for known in relatives.values()
    ):
        return kept
    stated = {(r.sentence, r.subject.text, r.predicate, r.object.text) for r in kept}
    stated |= {(n, o, p, s) for n, s, p, o in stated if p == "spouse"}
    derived: list[Relation] = []

    def add(subject: Mention, predicate: str, obj: Mention, rule: str, confidence: float, sentence: int) -> None:
        key = (sentence, subject.text, predicate, obj.text)
        if subject.text == obj.text or key in stated or who.get(subject, subject).text == who.get(obj, obj).text:
            return
        stated.add(key)
        if predicate == "spouse":
            stated.add((sentence, obj.text, predicate, subject.text))
        derived.append(Relation(subject, predicate, obj, sentence, round(confidence, 3), rule))

    for r in relations:  # 甲是某某的儿子，乙的哥哥: a sibling's parents are the person's own, both ways (as the
        # usual reading, half-siblings too: which parent they share is seldom said)
        if r.predicate == KIN and paths.get(r.role) == "S":
            for one, other in ((r.subject, r.object), (r.object, r.subject)):
                for path, parent, fact in relatives.get(person(other), ()):
                    if path == PARENT:  # (the other's childOf facts)
                        add(one, "childOf", parent, f"kinship.{r.role}+childOf", min(r.confidence, fact.confidence) * FACTOR, r.sentence)
    for r in relations:  # 某某的妻子甲，幼子乙: a child or a spouse named by a kin word is one
        if r.predicate == KIN and paths.get(r.role) == CHILD:
            add(r.object, "childOf", r.subject, f"kinship.{r.role}", r.confidence, r.sentence)
        elif r.predicate == KIN and paths.get(r.role) == SPOUSE:
            add(r.subject, "spouse", r.object, f"kinship.{r.role}", r.confidence, r.sentence)
    for known in relatives.values():
        spouses = {who.get(m, m).text for p, m, _ in known if p == SPOUSE}
        parents = {who.get(m, m).text: (m, fact) for p, m, fact in known if p == PARENT}
        if len(parents) == 2:  # 周小雨是周立的女儿，母亲林慧…: a child's two parents named in one sentence are a couple
            (a, fact_a), (b, fact_b) = parents.values()
            if not _same_person(a, b):
                add(a, "spouse", b, "kinship.parents_of_one_child", min(fact_a.confidence, fact_b.confidence) * FACTOR, fact_a.sentence)
        for path_a, a, fact_a in known:
            for path_b, b, fact_b in known:
                if fact_a is fact_b:
                    continue
                words = "+".join(sorted(f.role if f.predicate == KIN else f.predicate for f in (fact_a, fact_b)))
                confidence = min(fact_a.confidence, fact_b.confidence) * FACTOR
                if path_b in _parents(path_a) and KIN in (fact_a.predicate, fact_b.predicate):
                    add(a, "childOf", b, f"kinship.{words}", confidence, fact_a.sentence)
                if path_a[:-1] == path_b[:-1] and path_a[-1:] == "F" and path_b[-1:] == "M" and path_a:
                    add(a, "spouse", b, f"kinship.{words}", confidence, fact_a.sentence)
                if path_a == CHILD and path_b == SPOUSE and len(spouses) == 1:
                    add(a, "childOf", b, f"kinship.{words}", confidence, fact_a.sentence)  # the child of one married couple
                if path_a == SPOUSE and path_b in (SPOUSE + "F", SPOUSE + "M") and len(spouses) == 1:
                    add(a, "childOf", b, f"kinship.{words}", confidence, fact_a.sentence)  # 某某的妻子甲，岳父乙: the wife's father
    return kept + derived
