"""Entity resolution: every mention of one real thing becomes one entity, across documents.

Mentions are clustered (union-find) by, in order of trust:
1. the gazetteer: the same entry (exact CJK name, folded Latin name, the name without its
   organization suffix: 斯坦福大学 → 斯坦福, or a near-miss spelling of a Latin name:
   ``Echo Polytechnique`` → ``École Polytechnique``);
2. the same surface form (Latin names folded: ``Clement`` = ``Clément``, ``HuggingFace`` =
   ``Hugging Face``) within the same top-level type;
3. bilingual partners (``托马斯·沃尔夫 (Thomas Wolf)``);
4. short forms: a person's given name or surname alone (``Julien`` → ``Julien Chaumond``,
   ``托马斯`` → ``托马斯·沃尔夫``), and an organization without its suffix, when exactly one
   full form fits, looked for first in the same document, then in the corpus;
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
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import quote

from kg.model import Entity, Extraction, Mention, Resolution, top_type
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


def surface_key(m: Mention) -> str:
    """Same top-level type and same folded form: one key."""
    return _surface_key(m.top, m.text)


@lru_cache(maxsize=1 << 16)
def _surface_key(top: str, text: str) -> str:
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


def resolve_entities(extractions: Sequence[Extraction], gazetteer: Gazetteer) -> Resolution:
    uf = _UnionFind()
    mention_key: dict[tuple[str, int, int], str] = {}
    named: list[tuple[str, Mention]] = []
    known: dict[tuple[str, str, str, str], str] = {}
    for x in extractions:
        for m in x.mentions:
            if m.source == "pronoun" or m.type == "Time":
                continue
            top = m.top
            key = _surface_key(top, m.text)
            mention_key[(x.document.id, m.start, m.end)] = key
            named.append((x.document.id, m))
            lookup = (m.text, m.alt, m.key, top)
            if lookup in known:  # names repeat across a corpus: look each form up and join it once
                continue
            known[lookup] = gid = gazetteer_id(m, gazetteer)
            uf.find(key)
            if gid:
                uf.union(key, f"gaz:{gid}")
            if m.alt:
                uf.union(key, _surface_key(top, m.alt))
    _link_short_forms(named, uf)
    roots: dict[str, str] = {}
    clusters: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for doc_id, m in named:
        key = mention_key[(doc_id, m.start, m.end)]
        if key not in roots:
            roots[key] = uf.find(key)
        clusters[roots[key]].append((doc_id, m))
    entities: list[Entity] = []
    root_entity: dict[str, str] = {}
    used: Counter[str] = Counter()
    for root in sorted(clusters):
        entity = _entity(root, [m for _, m in clusters[root]], gazetteer)
        used[entity.id] += 1
        if used[entity.id] > 1:
            entity = Entity(f"{entity.id}-{used[entity.id]}", entity.type, entity.labels, entity.aliases, entity.wikidata)
        entities.append(entity)
        root_entity[root] = entity.id
    links = {k: root_entity[roots[v]] for k, v in mention_key.items()}
    for x in extractions:
        for c in x.coreferences:
            target = links.get((x.document.id, c.antecedent.start, c.antecedent.end))
            if target:
                links[(x.document.id, c.mention.start, c.mention.end)] = target
    return Resolution(tuple(sorted(entities, key=lambda e: (e.top, e.id))), links)


def _link_short_forms(named: Sequence[tuple[str, Mention]], uf: _UnionFind) -> None:
    """Given names, surnames and suffix-less organization names to their unique full form.

    Works on the distinct (document, form, type) triples, not on every mention: a corpus repeats
    its names many times.
    """
    forms = sorted({(doc_id, m.text, m.top) for doc_id, m in named})
    people: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # part → doc → keys
    orgs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # stem → doc → keys
    for doc_id, text, top in forms:
        if top == "Person":
            parts = _name_parts(text)
            if len(parts) >= 2:
                for part in (parts[0], parts[-1]):
                    people[part if has_cjk(part) else fold(part)][doc_id].add(_surface_key(top, text))
        elif top == "Organization" and has_cjk(text):
            for suffix in _SUFFIXES:
                if text.endswith(suffix) and len(text) > len(suffix) + 1:
                    orgs[text[: -len(suffix)]][doc_id].add(_surface_key(top, text))
    for doc_id, text, top in forms:
        if top == "Person" and len(_name_parts(text)) == 1:
            candidates = people.get(text if has_cjk(text) else fold(text))
        elif top in ("Organization", "Place") and has_cjk(text):
            candidates = orgs.get(text)
        else:
            continue
        if candidates:
            _link_unique(doc_id, _surface_key(top, text), candidates, uf)


def _link_unique(doc_id: str, key: str, candidates: dict[str, set[str]], uf: _UnionFind) -> None:
    """Join key to the one full form among the candidates: in this document if any, else corpus-wide."""
    local = {uf.find(k) for k in candidates.get(doc_id, ())}
    pool = local or {uf.find(k) for keys in candidates.values() for k in keys}
    if len(pool) == 1:
        uf.union(key, next(iter(pool)))


def _entity(root: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> Entity:
    entry = gazetteer.entries.get(root[4:]) if root.startswith("gaz:") else None
    forms = Counter(m.text for m in mentions)
    forms.update(m.alt for m in mentions if m.alt)
    if entry is not None:
        subtype = entry.type
        zh, en = entry.zh, entry.en
    else:
        types = Counter(m.type for m in mentions)
        top = Counter(m.top for m in mentions).most_common(1)[0][0]
        specific = [t for t, _ in types.most_common() if top_type(t) == top and t != top]
        subtype = specific[0] if specific else top
        zh = _preferred([f for f in forms if has_cjk(f)], forms)
        en = _preferred([f for f in forms if not has_cjk(f)], forms)
    labels = tuple((lang, label) for lang, label in (("en", en), ("zh", zh)) if label)
    label_set = {label for _, label in labels}
    canonical = {fold(label) for label in label_set}
    aliases = tuple(sorted(f for f in forms if f not in label_set and (has_cjk(f) or fold(f) not in canonical or f not in label_set)))
    if entry is not None:
        entity_id = entry.id
    else:
        entity_id = slug(en or zh)
    return Entity(entity_id, subtype, labels, aliases, entry.wikidata if entry else "")


def _preferred(candidates: Sequence[str], counts: Counter[str]) -> str:
    """The fullest form: most name parts, then most frequent, then longest, then smallest."""
    if not candidates:
        return ""
    return sorted(candidates, key=lambda f: (-len(_name_parts(f)), -counts[f], -len(f), f))[0]
