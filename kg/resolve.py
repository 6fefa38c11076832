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
from collections.abc import Iterable, Sequence
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
    form = m.text if has_cjk(m.text) else fold(m.text)
    return f"{m.top}:{form}"


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
            key = surface_key(m)
            mention_key[(x.document.id, m.start, m.end)] = key
            named.append((x.document.id, m))
            uf.find(key)
            lookup = (m.text, m.alt, m.key, m.top)
            if lookup not in known:  # names repeat across a corpus: look each form up once
                known[lookup] = gazetteer_id(m, gazetteer)
            gid = known[lookup]
            if gid:
                uf.union(key, f"gaz:{gid}")
            if m.alt:
                partner = Mention(m.alt, m.type, 0, 0, m.sentence, m.source)
                uf.union(key, surface_key(partner))
    _link_short_forms(named, uf)
    clusters: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for doc_id, m in named:
        clusters[uf.find(mention_key[(doc_id, m.start, m.end)])].append((doc_id, m))
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
    links = {k: root_entity[uf.find(v)] for k, v in mention_key.items()}
    for x in extractions:
        for c in x.coreferences:
            target = links.get((x.document.id, c.antecedent.start, c.antecedent.end))
            if target:
                links[(x.document.id, c.mention.start, c.mention.end)] = target
    return Resolution(tuple(sorted(entities, key=lambda e: (e.top, e.id))), links)


def _link_short_forms(named: Sequence[tuple[str, Mention]], uf: _UnionFind) -> None:
    """Given names, surnames and suffix-less organization names to their unique full form."""
    full_people: dict[str, list[tuple[str, str]]] = defaultdict(list)  # part → [(doc, key)]
    orgs: dict[str, list[tuple[str, str]]] = defaultdict(list)  # stem → [(doc, key)]
    for doc_id, m in named:
        if m.top == "Person":
            parts = _name_parts(m.text)
            if len(parts) >= 2:
                for part in (parts[0], parts[-1]):
                    full_people[part if has_cjk(part) else fold(part)].append((doc_id, surface_key(m)))
        elif m.top == "Organization" and has_cjk(m.text):
            for suffix in _SUFFIXES:
                if m.text.endswith(suffix) and len(m.text) > len(suffix) + 1:
                    orgs[m.text[: -len(suffix)]].append((doc_id, surface_key(m)))
    for doc_id, m in named:
        parts = _name_parts(m.text)
        if m.top == "Person" and len(parts) == 1:
            _link_unique(doc_id, surface_key(m), full_people.get(m.text if has_cjk(m.text) else fold(m.text), []), uf)
        elif m.top in ("Organization", "Place") and has_cjk(m.text):
            _link_unique(doc_id, surface_key(m), orgs.get(m.text, []), uf)


def _link_unique(doc_id: str, key: str, candidates: Iterable[tuple[str, str]], uf: _UnionFind) -> None:
    candidates = list(candidates)
    local = {uf.find(k) for d, k in candidates if d == doc_id}
    corpus = {uf.find(k) for _, k in candidates}
    pool = local or corpus
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
