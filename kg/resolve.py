"""Entity resolution: every mention of one real thing becomes one entity, across documents.

Mentions are clustered (union-find) by, in order of trust:
1. the gazetteer: the same entry (exact CJK name, folded Latin name, the name without its
   organization suffix: 斯坦福大学 → 斯坦福, or a near-miss spelling of a Latin name:
   ``Echo Polytechnique`` → ``École Polytechnique``);
2. the same surface form (Latin names folded: ``Clement`` = ``Clément``, ``HuggingFace`` =
   ``Hugging Face``) within the same top-level type;
3. bilingual partners (``托马斯·沃尔夫 (Thomas Wolf)``);
4. short forms: a person's given name or surname alone (``Julien`` → ``Julien Chaumond``,
   ``托马斯`` → ``托马斯·沃尔夫``), and an organization without its suffix or by another name
   its full name gives it (``other_names``: a company's trade name, 星河视讯 for
   宁波星河视讯信息技术股份有限公司; kg.extract.firm_names), when exactly one full form fits,
   looked for first in the same document, then in the corpus (a name the gazetteer knows is
   its entry and seeks no full form: 宁波 is never 宁波大学 without its suffix);
5. pronouns, through the coreference links of extraction.

Entity ids (IRI slugs) come from the canonical label, so the same name gets the same IRI in
every run: gazetteer entries use their id; others their Latin label, ASCII-folded and
hyphenated, or their Chinese label percent-encoded.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

from kg.model import SUBTYPES, Entity, Extraction, Mention, Resolution, top_type
from kg.resources import Gazetteer, fold, has_cjk

_SUFFIXES = ("大学", "学院", "公司", "集团", "有限公司", "社区", "研究院", "实验室", "基金会", "协会", "银行")
_NAME_SPLIT = re.compile(r"[\s·•・‧]+")


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # gazetteer roots win, then the lexically smaller: deterministic
            keep, drop = sorted((ra, rb), key=lambda k: (not k.startswith("gaz:"), k))
            self.parent[drop] = keep


@lru_cache(maxsize=1 << 16)
def _surface_key(top: str, text: str) -> str:
    """Same top-level type and same folded form: one key."""
    return f"{top}:{text if has_cjk(text) else fold(text)}"


def gazetteer_id(m: Mention, gazetteer: Gazetteer) -> str:
    if m.key:
        return m.key
    if m.top in ("Person", "Time", "Event"):
        return ""
    for form in (m.text, m.alt):
        if form and (found := gazetteer.lookup(form)):
            return found
    if has_cjk(m.text):
        for suffix in _SUFFIXES:
            if m.text.endswith(suffix) and len(m.text) > len(suffix) + 1:
                found = gazetteer.lookup(m.text[: -len(suffix)])
                if found and top_type(gazetteer.entries[found].type) == m.top:
                    return found
        return ""
    return _near_miss(m.text, gazetteer)


def _near_miss(name: str, gazetteer: Gazetteer) -> str:
    """A Latin name one or two typos away from a known one (long names only)."""
    key = fold(name)
    if len(key) < 8:
        return ""
    keys = [k for k in gazetteer.latin_keys() if abs(len(k) - len(key)) <= 3 and k[:1] == key[:1]]
    close = difflib.get_close_matches(key, keys, n=2, cutoff=0.85)
    if len(close) == 1 or (len(close) == 2 and gazetteer.latin_keys()[close[0]] == gazetteer.latin_keys()[close[1]]):
        return gazetteer.latin_keys()[close[0]]
    return ""


def _name_parts(text: str) -> list[str]:
    return [p for p in _NAME_SPLIT.split(text) if p]


def slug(label: str) -> str:
    """A readable, IRI-safe slug: ASCII-folded Latin, or the percent-encoded Chinese label.

    >>> slug("Héctor García-Molina"), slug("托马斯·沃尔夫")
    ('hector-garcia-molina', '%E6%89%98%E9%A9%AC%E6%96%AF%C2%B7%E6%B2%83%E5%B0%94%E5%A4%AB')
    """
    if has_cjk(label):
        return quote(unicodedata.normalize("NFC", label), safe="")
    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return out or quote(label, safe="")


# A distinct named mention of a document: (text, alt, gazetteer key, subtype). Resolution only
# needs these and their counts, so a corpus can be resolved without re-reading its extractions.
Form = tuple[str, str, str, str]


def document_forms(x: Extraction) -> dict[Form, int]:
    """The named-mention forms of one extraction, with their counts."""
    counts: Counter[Form] = Counter()
    for m in x.mentions:
        if m.source != "pronoun" and m.type != "Time":
            counts[(m.text, m.alt, m.key, m.type)] += 1
    return dict(counts)


def form_key(form: Form) -> str:
    """The surface key of a form: what resolution links."""
    return _surface_key(top_type(form[3]), form[0])


@dataclass(frozen=True)
class FormResolution:
    """The entities of a corpus and, for every surface key (``Person:julienchaumond``), its entity."""

    entities: tuple[Entity, ...]
    by_key: dict[str, str] = field(hash=False, compare=False)


OtherNames = Callable[[str], Sequence[str]]  # an organization's full name → the other names it gives it


def resolve_entities(extractions: Sequence[Extraction], gazetteer: Gazetteer, other_names: OtherNames | None = None) -> Resolution:
    """Cluster the mentions of all extractions into entities; link every mention to its entity."""
    resolved = resolve_forms([(x.document.id, document_forms(x)) for x in extractions], gazetteer, other_names)
    return link_mentions(extractions, resolved)


def link_mentions(extractions: Iterable[Extraction], resolved: FormResolution) -> Resolution:
    """Mention-level links from a form resolution, pronouns through their coreference links."""
    links: dict[tuple[str, int, int], str] = {}
    for x in extractions:
        doc_id = x.document.id
        for m in x.mentions:
            if m.source != "pronoun" and m.type != "Time":
                entity = resolved.by_key.get(_surface_key(m.top, m.text))
                if entity:
                    links[(doc_id, m.start, m.end)] = entity
        for c in x.coreferences:
            target = links.get((doc_id, c.antecedent.start, c.antecedent.end))
            if target:
                links[(doc_id, c.mention.start, c.mention.end)] = target
    return Resolution(resolved.entities, links)


def resolve_forms(forms_by_doc: Sequence[tuple[str, dict[Form, int]]], gazetteer: Gazetteer, other_names: OtherNames | None = None) -> FormResolution:
    """Cluster the forms of a corpus into entities.

    A corpus repeats its names many times, so the work is done once per distinct form (counts
    are summed first); only the short-form links look at which document a form occurs in.
    """
    totals: Counter[Form] = Counter()
    texts_by_doc: dict[str, set[tuple[str, str]]] = defaultdict(set)  # doc → {(text, top)}
    for doc_id, forms in forms_by_doc:  # the order does not matter: union roots are chosen by key
        totals.update(forms)
        texts_by_doc[doc_id].update({(form[0], SUBTYPES[form[3]]) for form in forms})  # SUBTYPES: what top_type reads
    uf = _UnionFind()
    key_of: dict[Form, str] = {}
    for form in sorted(totals):
        text, alt, gkey, subtype = form
        top = top_type(subtype)
        key = key_of[form] = _surface_key(top, text)
        uf.find(key)
        gid = gazetteer_id(Mention(text, subtype, 0, 0, 0, "", gkey, alt), gazetteer)
        if gid:
            uf.union(key, f"gaz:{gid}")
        if alt:
            uf.union(key, _surface_key(top, alt))
    _link_short_forms(texts_by_doc, uf, other_names)
    clusters: dict[str, Counter[Form]] = defaultdict(Counter)
    root_of: dict[str, str] = {}
    for form, count in totals.items():
        key = key_of[form]
        if key not in root_of:
            root_of[key] = uf.find(key)
        clusters[root_of[key]][form] += count
    entities: list[Entity] = []
    root_entity: dict[str, str] = {}
    used: Counter[str] = Counter()
    for root in sorted(clusters):
        entity = _entity(root, clusters[root], gazetteer, other_names)
        used[entity.id] += 1
        if used[entity.id] > 1:
            entity = Entity(f"{entity.id}-{used[entity.id]}", entity.type, entity.labels, entity.aliases, entity.wikidata)
        entities.append(entity)
        root_entity[root] = entity.id
    by_key = {key: root_entity[root] for key, root in root_of.items()}
    return FormResolution(tuple(sorted(entities, key=lambda e: (e.top, e.id))), by_key)


def _short_form_roles(text: str, top: str, other_names: OtherNames | None = None) -> tuple[tuple[str, ...], str]:
    """What a form offers and asks for in short-form linking: the parts it can be called by (a
    person's first and last name part, an organization without its suffix or by the other
    names its full name gives it) and, if it is a short form itself, the part it is looked up by."""
    if top == "Person":
        parts = _name_parts(text)
        if len(parts) >= 2:
            return tuple(p if has_cjk(p) else fold(p) for p in (parts[0], parts[-1])), ""
        return (), (text if has_cjk(text) else fold(text)) if len(parts) == 1 else ""
    if top in ("Organization", "Place") and has_cjk(text):
        stems = () if top == "Place" else tuple(
            text[: -len(suffix)] for suffix in _SUFFIXES if text.endswith(suffix) and len(text) > len(suffix) + 1
        )
        if top == "Organization" and other_names is not None:
            stems += tuple(n for n in other_names(text) if n not in stems)
        return stems, text
    return (), ""


def _link_short_forms(texts_by_doc: dict[str, set[tuple[str, str]]], uf: _UnionFind, other_names: OtherNames | None = None) -> None:
    """Given names, surnames and suffix-less organization names to their unique full form.

    A short form joins the one full form that fits in its own document if there is any there,
    else the one full form that fits in the whole corpus. Roles are worked out once per distinct
    name; the documents are then only intersected with the names that have a role.
    """
    roles = {tt: role for tt in set().union(*texts_by_doc.values()) if any(role := _short_form_roles(*tt, other_names))}
    offering = {tt for tt, (parts, _) in roles.items() if parts}
    offered: dict[tuple[str, bool], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # (part, kind) → doc → keys
    for doc_id, texts in texts_by_doc.items():
        for text, top in texts & offering:
            for part in roles[(text, top)][0]:
                offered[(part, top == "Person")][doc_id].add(_surface_key(top, text))
    seeking = {tt for tt, (_, short) in roles.items() if short and (short, tt[1] == "Person") in offered}
    corpus_wide: dict[tuple[str, bool], set[str]] = {}  # the corpus-wide candidates of a short form, gathered once
    for doc_id in sorted(texts_by_doc):
        for text, top in sorted(texts_by_doc[doc_id] & seeking):
            if uf.find(_surface_key(top, text)).startswith("gaz:"):
                continue  # a name the gazetteer knows is its entry (宁波 is the city, not 宁波大学 without 大学)
            wanted = (roles[(text, top)][1], top == "Person")
            candidates = offered[wanted]
            local = candidates.get(doc_id)
            if local is None and wanted not in corpus_wide:
                corpus_wide[wanted] = {k for keys in candidates.values() for k in keys}
            # join the short form to the one full form: in this document if any, else corpus-wide
            pool = {uf.find(k) for k in (local if local is not None else corpus_wide[wanted])}
            if len(pool) == 1:
                uf.union(_surface_key(top, text), next(iter(pool)))


def _entity(root: str, cluster: Counter[Form], gazetteer: Gazetteer, other_names: OtherNames | None = None) -> Entity:
    entry = gazetteer.entries.get(root[4:]) if root.startswith("gaz:") else None
    forms: Counter[str] = Counter()
    types: Counter[str] = Counter()
    tops: Counter[str] = Counter()
    for (text, alt, _, subtype), count in cluster.items():
        forms[text] += count
        if alt:
            forms[alt] += count
        types[subtype] += count
        tops[top_type(subtype)] += count
    if entry is not None:
        subtype = entry.type
        zh, en = entry.zh, entry.en
    else:
        top = sorted(tops.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        specific = [t for t, _ in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])) if top_type(t) == top and t != top]
        subtype = specific[0] if specific else top
        zh = _preferred([f for f in forms if has_cjk(f)], forms)
        en = _preferred([f for f in forms if not has_cjk(f)], forms)
    labels = tuple((lang, label) for lang, label in (("en", en), ("zh", zh)) if label)
    label_set = {label for _, label in labels}
    # an organization is also called by the other names its full names give it (a company's trade name)
    given = {n for f in forms if has_cjk(f) for n in other_names(f)} if other_names is not None and top_type(subtype) == "Organization" else set()
    aliases = tuple(sorted((set(forms) | given) - label_set))
    entity_id = entry.id if entry is not None else slug(en or zh)
    return Entity(entity_id, subtype, labels, aliases, entry.wikidata if entry else "")


def _preferred(candidates: Sequence[str], counts: Counter[str]) -> str:
    """The fullest form: most name parts, then most frequent, then longest, then smallest."""
    if not candidates:
        return ""
    return sorted(candidates, key=lambda f: (-len(_name_parts(f)), -counts[f], -len(f), f))[0]
